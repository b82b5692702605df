#!/usr/bin/env python3
"""Generate the f72a batch of fictional SIP documents (Stockholms län, 2025).

Run with /work/batches/.venv/bin/python generate.py
Deterministic: fixed dates and texts, no randomness.
"""
import datetime
import os
import shutil
import subprocess
import tempfile
import textwrap
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor, Emu
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f72a-"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def out(name):
    return os.path.join(OUT, PREFIX + name)


# ---------------------------------------------------------------- helpers
def set_cell_shading(cell, hex_color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_color)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def add_page_field(paragraph, instr="PAGE"):
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


def set_col_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = w


def set_landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    w, h = section.page_width, section.page_height
    if w < h:
        section.page_width, section.page_height = h, w


def set_portrait(section):
    section.orientation = WD_ORIENT.PORTRAIT
    w, h = section.page_width, section.page_height
    if w > h:
        section.page_width, section.page_height = h, w


def a4(section):
    section.page_width = Cm(21.0)
    section.page_height = Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.2)
    section.top_margin = Cm(2.0)
    section.bottom_margin = Cm(2.0)


def bold_para(doc, text, size=None, space_before=8):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    p.paragraph_format.space_before = Pt(space_before)
    p.paragraph_format.space_after = Pt(2)
    return p


def label_value(doc, label, value):
    p = doc.add_paragraph()
    r = p.add_run(label + " ")
    r.bold = True
    p.add_run(value)
    p.paragraph_format.space_after = Pt(2)
    return p


def normalize_zip(path):
    """Rewrite a .docx with fixed zip timestamps so every run gives the same bytes."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def save_docx(doc, path):
    cp = doc.core_properties
    cp.author = "SIP"
    cp.last_modified_by = "SIP"
    cp.created = datetime.datetime(2025, 1, 1, 8, 0, 0)
    cp.modified = datetime.datetime(2025, 1, 1, 8, 0, 0)
    cp.revision = 1
    doc.save(path)
    normalize_zip(path)


def base_doc(font="Calibri", size=11):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    a4(doc.sections[0])
    return doc


def soffice_pdf(docx_path, pdf_path):
    tmp = tempfile.mkdtemp(prefix="f72a-conv-")
    subprocess.run(
        [
            "soffice",
            "-env:UserInstallation=file:///tmp/lo-f72a",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            tmp,
            docx_path,
        ],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        timeout=240,
    )
    base = os.path.splitext(os.path.basename(docx_path))[0] + ".pdf"
    shutil.move(os.path.join(tmp, base), pdf_path)
    shutil.rmtree(tmp, ignore_errors=True)


# ====================================================================
# 01  .docx, regional template, every part a Heading 3 question
#     Child (13) with school refusal and anxiety, Södertälje
# ====================================================================
def plan01():
    doc = base_doc()
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Region Stockholm · Södertälje kommun\tSamordnad individuell plan\tSIP-mall barn och unga"
    fp = sec.footer.paragraphs[0]
    fp.text = "Mallen är framtagen gemensamt av Region Stockholm och länets kommuner, version 2024:2"
    fp.runs[0].font.size = Pt(8)

    t = doc.add_paragraph()
    r = t.add_run("Samordnad individuell plan – SIP")
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)
    sub = doc.add_paragraph()
    r = sub.add_run("Min plan")
    r.font.small_caps = True
    r.font.size = Pt(13)

    tbl = doc.add_table(rows=3, cols=2)
    tbl.style = "Table Grid"
    rows = [
        ("Namn", "Elsa"),
        ("Födelsedatum", "ÅÅMMDD-XXXX"),
        ("Datum för mötet", "2025-03-12, Ronnaskolan, Södertälje"),
    ]
    for i, (a, b) in enumerate(rows):
        tbl.cell(i, 0).text = a
        tbl.cell(i, 0).paragraphs[0].runs[0].bold = True
        tbl.cell(i, 1).text = b
        tbl.cell(i, 0).width = Cm(4.5)
        tbl.cell(i, 1).width = Cm(12)

    doc.add_heading("Vilka var med på mötet?", level=3)
    doc.add_paragraph("Elsa, Nadia, Karim, Maria, Johan, Linda och Petra.")

    doc.add_heading("Vad är syftet med SIP:en?", level=3)
    doc.add_paragraph(
        "Elsa har inte varit i skolan mer än enstaka dagar sedan höstlovet och har "
        "mycket ångest på morgnarna. Syftet med SIP:en är att skolan, BUP och "
        "socialtjänsten tillsammans med familjen ska lägga upp en gemensam plan för "
        "att Elsa stegvis ska komma tillbaka till skolan och få hjälp med sin ångest, "
        "så att inte varje verksamhet arbetar för sig."
    )

    doc.add_heading("Vilka frågor ska vi lösa?", level=3)
    for q in [
        "Hur kan Elsa komma tillbaka till skolan i små steg, och vilka anpassningar behövs?",
        "Behöver Elsa en utredning av sin ångest på BUP, och hur lång är väntetiden?",
        "Vilket stöd kan föräldrarna få i hur de ska hantera morgnarna hemma?",
    ]:
        doc.add_paragraph(q, style="List Bullet")

    doc.add_heading("Vad vill du uppnå?", level=3)
    doc.add_paragraph(
        "Elsa var med den första halvtimmen av mötet tillsammans med mamma och pappa. "
        "Hon berättade att hon har ont i magen varje morgon och att det känns värst när "
        "många vuxna frågar om skolan samtidigt. Hon vill hellre ha en och samma vuxen "
        "att prata med på skolan."
    )
    p = doc.add_paragraph()
    r = p.add_run(
        "”Jag vill kunna gå till skolan några dagar i veckan och äta lunch med mina "
        "kompisar igen. Och jag vill slippa ha ont i magen varje morgon.”"
    )
    r.italic = True

    doc.add_heading("Vem gör vad och när?", level=3)
    doc.add_paragraph(
        "BUP Södertälje: psykolog gör en bedömning av Elsas ångest. Första besök är "
        "bokat 2025-03-26. Om bedömningen visar att det behövs erbjuds KBT med start i april."
    )
    doc.add_paragraph(
        "Elevhälsan, Ronnaskolan: mentor och specialpedagog gör en plan för anpassad "
        "skolgång. Elsa börjar med två lektioner per dag i ett mindre grupprum från "
        "vecka 13, och planen stäms av varje fredag med mentor."
    )
    doc.add_paragraph(
        "Skolkuratorn på Ronnaskolan erbjuder Elsa stödsamtal."
    )
    doc.add_paragraph(
        "Socialtjänsten Södertälje, enheten Barn och unga: familjebehandlare erbjuder "
        "föräldrastöd kring morgonrutiner, första träffen 2025-04-02 i hemmet."
    )

    doc.add_heading("Vem håller ihop planen?", level=3)
    doc.add_paragraph("Socialtjänsten i Södertälje.")

    doc.add_heading("När följer vi upp?", level=3)
    p = doc.add_paragraph()
    r = p.add_run("ÅÅÅÅ-MM-DD")
    r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)

    save_docx(doc, out("01.docx"))


# ====================================================================
# 02  .pdf (fpdf2) record-system print, keyword entries
#     Adult with psychosis, rent arrears and debts, Huddinge
# ====================================================================
class JournalPDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 8)
        self.set_text_color(60, 60, 60)
        self.cell(60, 5, "TakeCare · Journalutskrift", border=0)
        self.cell(70, 5, "Utskriven 2025-03-10 14:22 av kurator", align="C")
        self.cell(0, 5, f"Sida {self.page_no()} ({{nb}})", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_font("DejaVu", "", 8)
        self.cell(0, 5, "Patient: Robin   ÅÅMMDD-XXXX   Vårdenhet: Psykiatri Sydväst, Öppenvårdsmottagning Huddinge",
                  new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, "Utskriften innehåller journaluppgifter som omfattas av sekretess (OSL 25 kap.)", align="C")


def plan02():
    pdf = JournalPDF(format="A4")
    pdf.set_creation_date(datetime.datetime(2025, 3, 10, 14, 22, tzinfo=datetime.timezone.utc))
    pdf.set_title("Journalutskrift")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(18, 14, 18)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(0, 7, "Journalanteckningar – urval: Sökord SIP, Planering, Åtgärd", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    pdf.cell(0, 5, "Period 2025-02-11 – 2025-03-07   Journaltyp: Psykiatri öppenvård", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    def bar(text):
        pdf.set_fill_color(215, 215, 215)
        pdf.set_font("DejaVu", "B", 9)
        pdf.cell(0, 6, "  " + text, fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)

    def kw(label, text):
        pdf.set_font("DejaVu", "", 9.5)
        pdf.multi_cell(0, 5, f"**{label}** {text}", markdown=True, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)

    bar("2025-02-11 13:45   Kurator   Psykiatri Sydväst, ÖV Huddinge   Kontakttyp: SIP-möte")
    kw("Kontaktorsak:", "SIP-möte på mottagningen, 90 min.")
    kw("Närvarande:", "Patienten. Kurator och sjuksköterska, Psykiatri Sydväst öppenvård Huddinge. "
       "Socialsekreterare, Vuxenenheten, Huddinge kommun. Boendestödjare, Socialpsykiatrin Huddinge kommun.")
    kw("Samtycke:", "Patienten gav muntligt samtycke till SIP och till att de närvarande verksamheterna "
       "utbyter information med varandra. Inhämtat vid mötet 2025-02-11, noterat av undertecknad.")
    kw("Aktuellt:", "31-årig man med paranoid schizofreni sedan 2017, bor ensam i hyreslägenhet i Flemingsberg. "
       "Ökade rösthallucinationer sedan december, sover dåligt och har enligt egen uppgift tagit "
       "tabletterna oregelbundet. Hyresskuld motsvarande tre månadshyror och flera obetalda räkningar, "
       "har fått varning om uppsägning. Ingen sysselsättning sedan 2023.")
    kw("Patientens synpunkter:", "Patienten deltog under hela mötet. Han är mest orolig för att förlora lägenheten "
       "och vill i första hand ha hjälp med ekonomin. Han vill inte ha tätare läkarbesök men kan tänka sig "
       "depåinjektion i stället för tabletter.")
    kw("Mål:", "Målet är att Robin ska behålla sin lägenhet, få överblick över sin ekonomi och bli "
       "stabil i sitt psykiska mående.")
    kw("Planering:", "Följande överenskoms på mötet:")
    kw("Åtgärd:", "Vuxenenheten Huddinge handlägger ansökan om ekonomiskt bistånd för hyresskulden. "
       "Socialsekreteraren fattar beslut senast 2025-02-28.")
    kw("Åtgärd:", "Boendestöd från Socialpsykiatrin Huddinge två gånger per vecka med start vecka 8, "
       "fokus på post, räkningar och inköp.")
    kw("Åtgärd:", "Kontakt med budget- och skuldrådgivningen förmedlas.")
    kw("Åtgärd:", "Övergång till depåinjektion. Första injektion ges 2025-02-20 på mottagningen, "
       "sjuksköterska Psykiatri Sydväst ansvarar.")
    kw("Åtgärd:", "Läkarbesök för medicinuppföljning – Regionen.")
    kw("Uppföljning:", "Ny SIP om ca tre månader, kallelse skickas.")

    pdf.ln(2)
    bar("2025-02-13 10:20   Läkare   Psykiatri Sydväst, ÖV Huddinge   Kontakttyp: Journalanteckning")
    kw("Aktuellt:", "Genomgång efter SIP-mötet. Inga kontraindikationer mot depåbehandling. "
       "Ordinerat enligt läkemedelslistan, tablettbehandlingen trappas ut under två veckor.")
    kw("Planering:", "Se SIP-anteckning 2025-02-11.")

    pdf.ln(2)
    bar("2025-02-20 09:10   Sjuksköterska   Psykiatri Sydväst, ÖV Huddinge   Kontakttyp: Besök")
    kw("Aktuellt:", "Kommer i tid. Något spänd, berättar att boendestödjaren varit hemma två gånger och "
       "att de sorterat posten. Sover fortfarande oroligt.")
    kw("Åtgärd:", "Depåinjektion given i gluteus enligt ordination. Inga biverkningar noterade.")
    kw("Planering:", "Nästa injektion 2025-03-20.")

    pdf.ln(2)
    bar("2025-03-07 15:30   Kurator   Psykiatri Sydväst, ÖV Huddinge   Kontakttyp: Telefon")
    kw("Aktuellt:", "Telefonsamtal med socialsekreterare på Vuxenenheten, Huddinge kommun. Beslut om "
       "ekonomiskt bistånd för hyresskulden fattat 2025-02-26, uppsägningen är därmed avvärjd enligt "
       "socialsekreteraren. Boendestödet fungerar enligt patienten.")
    kw("Planering:", "Oförändrad.")

    pdf.ln(4)
    pdf.set_font("DejaVu", "", 8)
    pdf.cell(0, 5, "Slut på utskrift. 4 anteckningar, varav 1 SIP-anteckning.", new_x="LMARGIN", new_y="NEXT")
    pdf.output(out("02.pdf"))


# ====================================================================
# 03  .txt (UTF-8, LF) meeting protocol with numbered decisions
#     16-year-old with cannabis use, Botkyrka
# ====================================================================
def plan03():
    W = 72

    def para(s, indent="", sub=None):
        return textwrap.fill(s, width=W, initial_indent=indent,
                             subsequent_indent=indent if sub is None else sub)

    def beslut(n, s):
        head = f"Beslut {n}: "
        return textwrap.fill(head + s, width=W, subsequent_indent=" " * len(head))

    L = []
    L.append("PROTOKOLL SIP-MÖTE")
    L.append("=" * 18)
    L.append("")
    L.append("Datum:          2025-04-08, kl. 13.00-14.30")
    L.append("Plats:          Socialtjänsten Botkyrka, Tumba")
    L.append("Gäller:         Liam, 16 år (ÅÅMMDD-XXXX)")
    L.append("Protokoll:      Sara")
    L.append("")
    L.append("Närvarande:     Liam, mamma, socialsekreterare, behandlare,")
    L.append("                skolkurator, skolsköterska")
    L.append("")
    L.append("§ 1  MÖTETS ÖPPNANDE OCH PRESENTATION")
    L.append("")
    L.append(para("Alla presenterade sig. Liam hade med sig sin mamma. Mötet hölls i "
                  "socialtjänstens lokaler på Liams önskan, han ville inte att det skulle "
                  "vara på skolan."))
    L.append("")
    L.append("§ 2  FRÅGOR INFÖR MÖTET")
    L.append("")
    L.append(para("- Behöver Liam behandling för sitt cannabisbruk, och i så fall var och "
                  "hur ofta?", "  ", "    "))
    L.append(para("- Hur ska skolan hantera frånvaron (ca 40 % sedan januari) så att Liam "
                  "kan få godkänt i matte och engelska?", "  ", "    "))
    L.append(para("- Behöver Liam en kontaktperson på fritiden?", "  ", "    "))
    L.append("")
    L.append("§ 3  LIAMS BERÄTTELSE")
    L.append("")
    L.append(para("Liam berättar att han röker cannabis flera gånger i veckan, mest på "
                  "helgerna med kompisar i Tumba, och att det har blivit mer sedan han "
                  "bröt med sin flickvän i december. Han sover dåligt och kommer inte upp "
                  "på morgnarna. Han tycker själv att det gått för långt och säger:"))
    L.append("")
    L.append(para("\"Jag vill sluta röka på innan sommaren och klara matten så att jag "
                  "kommer in på el-programmet i höst.\"", "    "))
    L.append("")
    L.append(para("Han vill helst inte träffa fler nya vuxna än nödvändigt och vill ha "
                  "samtal på eftermiddagar efter skolan. Mamma är orolig men tycker att "
                  "Liam har varit ärlig under mötet."))
    L.append("")
    L.append("§ 4  SAMTYCKE")
    L.append("")
    L.append(para("Samtycke till SIP finns enligt socialsekreteraren."))
    L.append("")
    L.append("§ 5  BESLUT")
    L.append("")
    L.append(beslut(1, "Liam påbörjar behandling på Mini-Maria Botkyrka. Första besök "
                       "2025-04-15 kl. 15.30, behandlare på Mini-Maria ansvarar för att "
                       "kalla."))
    L.append("")
    L.append(beslut(2, "Skolkurator och mentor på Tumba gymnasium gör en anpassad "
                       "studieplan för matte och engelska, klar senast 2025-04-25."))
    L.append("")
    L.append(beslut(3, "Drogtester (urinprov) görs regelbundet i samband med "
                       "behandlingen."))
    L.append("")
    L.append(beslut(4, "Socialtjänsten Botkyrka, ungdomsenheten, utreder behovet av "
                       "kontaktperson enligt SoL."))
    L.append("")
    L.append(beslut(5, "Skolsköterskan bokar ett hälsosamtal med Liam om sömn, vecka 17."))
    L.append("")
    L.append(beslut(6, "Uppföljning av planen 2025-05-20 kl. 14.00 på Mini-Maria "
                       "Botkyrka. Liam och mamma kallas."))
    L.append("")
    L.append("§ 6  ÖVRIGT")
    L.append("")
    L.append(para("Mamma nämnde att Liams morbror kan vara ett stöd på helgerna. Det "
                  "diskuterades också om polisen ska kontaktas angående de äldre "
                  "kompisarna, inget beslut fattades."))
    L.append("")
    L.append("Vid protokollet")
    L.append("Sara")
    L.append("")
    L.append("Protokollet skickas till samtliga närvarande.")
    text = "\n".join(L) + "\n"
    with open(out("03.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# ====================================================================
# 04  .md opening with a long Sammanfattning, then detail parts
#     Man (86) after hip fracture, discharge home, Norrtälje
# ====================================================================
def plan04():
    md = """# Samordnad individuell plan – Gunnar

*Norrtälje kommun, Äldreomsorgen · Region Stockholm, Norrtälje sjukhus*
*Upprättad 2025-06-03*

## Sammanfattning

Gunnar är 86 år och bor ensam i en hyreslägenhet på tredje våningen med hiss i Norrtälje centrum. Han föll i badrummet 2025-05-19, låg på golvet över natten och hittades av hemtjänstens städpersonal på morgonen. Han opererades för en höftfraktur på höger sida på Norrtälje sjukhus dagen efter och vårdas sedan dess på ortopedavdelningen. Innan fallet klarade han sig i stort sett själv med städning varannan vecka från Hemtjänst Norrtälje centrum och matleveranser, men han har en lätt kognitiv svikt sedan något år och hjärtsvikt som följs av Vårdcentralen Norrtälje. Han bedöms bli utskrivningsklar omkring 2025-06-05.

SIP-mötet hölls 2025-06-03 i dagrummet på ortopedavdelningen; hemtjänsten och hemrehab deltog via Teams. Gunnar gav muntligt samtycke till SIP och till att vi delar information med varandra när mötet inleddes. Syftet med SIP:en är att Gunnar ska kunna skrivas ut till sin egen lägenhet med den hjälp han behöver, och att rehabiliteringen efter operationen fortsätter utan avbrott när ansvaret går över från sjukhuset till kommunen och vårdcentralen.

Gunnar deltog på mötet, sittande i rullstol, och var tydlig med att han inte vill flytta till ett särskilt boende. Han vill att hemtjänsten kommer ungefär samma tider varje dag och att det helst är samma personal, eftersom han blir förvirrad av många nya ansikten. Han går i dag korta sträckor med rollator med stöd av en person och behöver hjälp vid dusch och påklädning av underkroppen. Målet är att Gunnar ska kunna förflytta sig säkert med rollator inomhus, klara toalettbesöken själv och på sikt kunna gå ut på kortare promenader.

På mötet kom vi överens om att Hemtjänst Norrtälje centrum utökar insatserna till hjälp morgon, lunch och kväll med personlig omvårdnad, måltider och tillsyn, samt dusch en gång i veckan. Trygghetslarm installeras innan han kommer hem. Hemrehab i Norrtälje kommun gör hembesök första veckan efter hemgång: arbetsterapeuten bedömer behovet av hjälpmedel som toalettförhöjning och duschpall och fysioterapeuten tränar förflyttning och gång. Vårdcentralen Norrtälje gör en läkemedelsgenomgång, eftersom han fått nya läkemedel på sjukhuset, och distriktssköterskan tar bort agrafferna. Dottern Eva bor i Uppsala och hjälper till när hon kan.

## Insatser i korthet

| Insats | Utförare | När |
|---|---|---|
| Hemtjänst morgon, lunch, kväll + dusch 1 g/v | Hemtjänst Norrtälje centrum, enhetschef | Från hemgångsdagen |
| Trygghetslarm | Biståndshandläggare, Äldreomsorgen Norrtälje kommun | Installeras senast 2025-06-05 |
| Hembesök, hjälpmedelsbedömning | Arbetsterapeut, Hemrehab Norrtälje kommun | 2025-06-06 |
| Gång- och förflyttningsträning | Fysioterapeut, Hemrehab Norrtälje kommun | 2 ggr/vecka från vecka 24 |
| Läkemedelsgenomgång | Läkare, Vårdcentralen Norrtälje | |
| Borttagning av agraffer | Distriktssköterska, Vårdcentralen Norrtälje | 2025-06-09 |

## Deltagare

| Namn | Funktion |
|---|---|
| Gunnar | |
| Eva | dotter (telefon) |
| Helena | sjuksköterska |
| Jonas | biståndshandläggare |
| Pia | enhetschef (Teams) |
| Amir | arbetsterapeut (Teams) |
| Ulrika | distriktssköterska |

## Övrigt

- Utskrivningsmeddelande skickas i Webcare när utskrivningsdatum är bestämt.
- Nyckel till lägenheten finns hos hemtjänsten sedan tidigare.
"""
    with open(out("04.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ====================================================================
# 05  .docx with real Word footnotes giving responsibility
#     Unaccompanied young person (17), Nacka
# ====================================================================
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def footnote_ref_run(fid):
    r = OxmlElement("w:r")
    rPr = OxmlElement("w:rPr")
    va = OxmlElement("w:vertAlign")
    va.set(qn("w:val"), "superscript")
    rPr.append(va)
    r.append(rPr)
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), str(fid))
    r.append(ref)
    return r


def footnotes_xml(notes):
    def esc(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    parts = [
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
        f'<w:footnotes xmlns:w="{W_NS}" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">',
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
        'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
        'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
    ]
    for fid, text in notes:
        parts.append(
            f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
            '</w:pPr><w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {esc(text)}</w:t></w:r></w:p></w:footnote>'
        )
    parts.append("</w:footnotes>")
    return "".join(parts).encode("utf-8")


def plan05():
    doc = base_doc("Arial", 10.5)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Nacka kommun · Region Stockholm"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "SIP – Ahmad – sida "
    add_page_field(fp)
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    t = doc.add_paragraph()
    r = t.add_run("SIP – Samordnad individuell plan")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Namn: Ahmad\tPersonnummer: ÅÅMMDD-XXXX\tMötesdatum: 2025-09-02")
    doc.add_paragraph("Plats: Stödboendet Nacka, samlingsrummet. Telefontolk dari.")

    bold_para(doc, "1. Bakgrund")
    doc.add_paragraph(
        "Ahmad är 17 år och kom till Sverige som ensamkommande 2023. Han bor sedan ett år i "
        "kommunens stödboende för unga i Nacka och går andra året på språkintroduktion på "
        "Nacka gymnasium. Sedan i våras sover han bara några timmar per natt, har mardrömmar och "
        "svårt att koncentrera sig på lektionerna. Närvaron i skolan har sjunkit till cirka 60 %. "
        "Han fyller 18 år i november och det är oklart var han ska bo därefter. Skolsköterskan "
        "har skickat en remiss till BUP Nacka."
    )

    bold_para(doc, "2. Syfte med SIP")
    doc.add_paragraph(
        "Syftet är att samordna stödet kring Ahmads sömnproblem och psykiska mående så att han "
        "kan fortsätta sina studier på språkintroduktionen, och att planera boende och stöd inför "
        "att han fyller 18 år i november."
    )

    bold_para(doc, "3. Frågeställningar")
    doc.add_paragraph("Diskutera läget kring skola och mående.")

    bold_para(doc, "4. Ahmads mål och synpunkter")
    doc.add_paragraph(
        "Ahmad deltog på hela mötet med telefontolk på dari. Han berättade att det är nätterna som "
        "är svårast och att han oroar sig mycket för vad som händer när han fyller 18. Han vill bo "
        "kvar i Nacka och fortsätta i samma skola, och han vill inte byta kontaktperson på boendet. "
        "Målet är att Ahmad ska få en bättre sömn och klara sina kurser på språkintroduktionen "
        "under läsåret."
    )

    bold_para(doc, "5. Insatser")
    notes = []
    items = [
        ("Bedömning av sömnproblem och traumasymtom på BUP Nacka, med ställningstagande till behandling.",
         "Ansvarig: psykolog, BUP Nacka. Första bedömningssamtal 2025-09-16, med tolk."),
        ("Stödsamtal med skolkurator varannan vecka.",
         "Ansvarig: kurator, Nacka gymnasium (språkintroduktion). Start vecka 37."),
        ("Stödboendet hjälper Ahmad att hitta fungerande kvällsrutiner och följer upp skolnärvaron "
         "tillsammans med mentor.", None),
        ("Utredning av fortsatt stöd och boende efter 18 år (insatser enligt SoL för unga vuxna).",
         "Ansvarig: socialsekreterare, Enheten för barn och unga, Nacka kommun. Utredningen klar senast 2025-10-31."),
        ("Hälsosamtal med skolsköterskan, bland annat om kost och sömnhygien.", None),
    ]
    fid = 1
    for text, note in items:
        p = doc.add_paragraph(style="List Bullet")
        p.add_run(text)
        if note:
            p._p.append(footnote_ref_run(fid))
            notes.append((fid, note))
            fid += 1

    bold_para(doc, "6. Andra aktörer")
    p = doc.add_paragraph(
        "God man följer med Ahmad till första besöket på BUP och går igenom hans ekonomi med "
        "honom inför 18-årsdagen, då godmanskapet upphör."
    )
    p._p.append(footnote_ref_run(fid))
    notes.append((fid, "Ansvarig: god man, förordnad av Överförmyndarnämnden. Genomgången av ekonomin görs i oktober."))
    fid += 1
    doc.add_paragraph(
        "Ahmad för själv en sömndagbok under två veckor inför besöket på BUP och tar med den dit."
    )

    bold_para(doc, "7. Huvudansvar för planen")
    doc.add_paragraph(
        "Socialsekreterare Maja, Enheten för barn och unga, Nacka kommun, håller ihop planen "
        "och kallar till uppföljningen."
    )

    bold_para(doc, "8. Uppföljning")
    doc.add_paragraph("Uppföljning av planen vecka 45.")

    bold_para(doc, "9. Deltagare")
    for line in [
        "Ahmad",
        "God man",
        "Socialsekreterare, Enheten för barn och unga, Nacka kommun",
        "Kontaktperson, Stödboendet Nacka (Nacka kommun)",
        "Kurator, Nacka gymnasium",
        "Skolsköterska, Nacka gymnasium",
        "Sjuksköterska, BUP Nacka",
        "Telefontolk, dari",
    ]:
        doc.add_paragraph(line, style="List Bullet")

    # real footnotes part
    fn_part = Part(
        PackURI("/word/footnotes.xml"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
        footnotes_xml(notes),
        doc.part.package,
    )
    doc.part.relate_to(fn_part, RT.FOOTNOTES)
    save_docx(doc, out("05.docx"))


# ====================================================================
# 06  .pdf via LibreOffice from .docx, landscape section in the middle
#     Young adult with autism (LSS), Solna
# ====================================================================
def plan06():
    doc = base_doc("Calibri", 11)
    s1 = doc.sections[0]
    hp = s1.header.paragraphs[0]
    hp.text = "Solna stad · Region Stockholm\tSamordnad individuell plan (SIP)"
    hp.runs[0].font.size = Pt(9)
    fp = s1.footer.paragraphs[0]
    fp.text = "Sida "
    add_page_field(fp)
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    doc.add_heading("Samordnad individuell plan", level=1)
    tbl = doc.add_table(rows=4, cols=2)
    tbl.style = "Table Grid"
    for i, (a, b) in enumerate([
        ("Namn", "Jonas"),
        ("Personnummer", "ÅÅMMDD-XXXX"),
        ("Mötesdatum", "2025-03-04"),
        ("Plats", "Vuxenhabiliteringen Solna"),
    ]):
        tbl.cell(i, 0).text = a
        tbl.cell(i, 0).paragraphs[0].runs[0].bold = True
        set_cell_shading(tbl.cell(i, 0), "E7EEF7")
        tbl.cell(i, 1).text = b
    set_col_widths(tbl, [Cm(4.0), Cm(12.5)])

    doc.add_heading("Syfte med SIP", level=2)
    doc.add_paragraph("Samordning av insatser.")

    doc.add_heading("Bakgrund", level=2)
    doc.add_paragraph(
        "Jonas är 23 år och har autism och lindrig intellektuell funktionsnedsättning. Han bor hos "
        "sin mamma i Solna och har daglig verksamhet enligt LSS tre dagar i veckan. Sedan hösten har "
        "han haft mer ångest, sover oregelbundet och har fått flera utbrott hemma där han slagit "
        "sönder saker. Mamma är mycket trött och orkar inte längre ha Jonas boende hemma. En ansökan "
        "om bostad med särskild service för vuxna (LSS 9 § 9) lämnades in 2025-02-20. Jonas har "
        "kontakt med Vuxenhabiliteringen Solna sedan 18 års ålder och med Psykiatri Nordväst för "
        "ångest sedan 2024."
    )

    doc.add_heading("Den enskildes delaktighet", level=2)
    doc.add_paragraph("Jonas deltog inte på mötet.")

    doc.add_heading("Frågeställningar", level=2)
    doc.add_paragraph("")

    doc.add_heading("Deltagare", level=2)
    parts = [
        ("Namn", "Funktion", "Verksamhet"),
        ("Lena", "Mamma", "–"),
        ("Anders", "LSS-handläggare", "Funktionsstödsenheten, Solna stad"),
        ("Mirja", "Enhetschef", "Daglig verksamhet Hagalund, Solna stad"),
        ("Sofia", "Kurator", "Vuxenhabiliteringen Solna"),
        ("Karin", "Arbetsterapeut", "Vuxenhabiliteringen Solna"),
        ("Erik", "Sjuksköterska", "Psykiatri Nordväst, öppenvård Solna"),
    ]
    pt = doc.add_table(rows=len(parts), cols=3)
    pt.style = "Table Grid"
    set_col_widths(pt, [Cm(3.0), Cm(4.5), Cm(9.0)])
    for i, row in enumerate(parts):
        for j, v in enumerate(row):
            pt.cell(i, j).text = v
            if i == 0:
                pt.cell(i, j).paragraphs[0].runs[0].bold = True
                set_cell_shading(pt.cell(i, j), "D9E2F3")

    # landscape section with the measure table
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    set_landscape(s2)
    doc.add_heading("Insatser och ansvar", level=2)
    rows = [
        ("Område", "Insats", "Ansvarig verksamhet / funktion", "När", "Kommentar"),
        ("Boende", "Utredning och beslut om bostad med särskild service för vuxna (LSS 9 § 9)",
         "LSS-handläggare, Funktionsstödsenheten, Solna stad", "Beslut senast 2025-05-15",
         "Ansökan inkom 2025-02-20"),
        ("Boende", "Korttidsvistelse en helg per månad i väntan på boende",
         "LSS-handläggare, Funktionsstödsenheten, Solna stad", "Beslut 2025-03-14, start april",
         "Avlösning för mamma"),
        ("Psykisk hälsa", "Läkarbedömning av ångest och sömn, översyn av läkemedel",
         "Läkare, Psykiatri Nordväst, öppenvård Solna", "2025-03-18", ""),
        ("Kommunikation", "Bildstöd och veckoschema för hemmet och daglig verksamhet",
         "Arbetsterapeut, Vuxenhabiliteringen Solna", "Start 2025-03-24", "Samma schema på båda ställena"),
        ("Sysselsättning", "Daglig verksamhet utökas från tre till fyra dagar/vecka, fast handledare",
         "Enhetschef, Daglig verksamhet Hagalund", "Från 2025-04-01", ""),
        ("Anhörigstöd", "Stödsamtal för mamma",
         "Anhörigkonsulent, Solna stad", "Första samtal 2025-03-20", "Lena tackade ja"),
    ]
    mt = doc.add_table(rows=len(rows), cols=5)
    mt.style = "Table Grid"
    widths = [Cm(3.6), Cm(7.0), Cm(6.3), Cm(4.0), Cm(4.4)]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = mt.cell(i, j)
            c.text = v
            c.width = widths[j]
            if i == 0:
                c.paragraphs[0].runs[0].bold = True
                set_cell_shading(c, "D9E2F3")
    set_col_widths(mt, widths)
    repeat_header(mt.rows[0])
    # merge the two "Boende" cells
    a = mt.cell(1, 0)
    b = mt.cell(2, 0)
    m = a.merge(b)
    m.text = "Boende"

    # back to portrait
    s3 = doc.add_section(WD_SECTION.NEW_PAGE)
    set_portrait(s3)
    doc.add_heading("Huvudansvar för planen", level=2)
    doc.add_paragraph("Solna stad.")
    doc.add_heading("Uppföljning", level=2)
    doc.add_paragraph("Uppföljande SIP-möte 2025-06-10 kl. 13.00 på Vuxenhabiliteringen Solna.")
    doc.add_paragraph("")
    doc.add_paragraph("Planen skickas till samtliga deltagare efter mötet.")

    tmp = tempfile.mkdtemp(prefix="f72a-06-")
    src = os.path.join(tmp, "f72a-06.docx")
    save_docx(doc, src)
    soffice_pdf(src, out("06.pdf"))
    shutil.rmtree(tmp, ignore_errors=True)


# ====================================================================
# 07  .docx mind map of DrawingML text boxes (wps:txbx / w:txbxContent)
#     Adult discharged from psychiatric inpatient care, Södertälje
# ====================================================================
NS_DECL = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
)


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _txbx_paras(lines):
    xml = []
    for kind, text in lines:
        if kind == "title":
            rpr = '<w:rPr><w:b/><w:color w:val="1F3864"/><w:sz w:val="24"/></w:rPr>'
            ppr = '<w:pPr><w:jc w:val="center"/><w:spacing w:after="60"/></w:pPr>'
        elif kind == "big":
            rpr = '<w:rPr><w:b/><w:sz w:val="40"/></w:rPr>'
            ppr = '<w:pPr><w:jc w:val="center"/><w:spacing w:after="40"/></w:pPr>'
        elif kind == "center":
            rpr = '<w:rPr><w:sz w:val="18"/></w:rPr>'
            ppr = '<w:pPr><w:jc w:val="center"/><w:spacing w:after="0"/></w:pPr>'
        elif kind == "quote":
            rpr = '<w:rPr><w:i/><w:sz w:val="19"/></w:rPr>'
            ppr = '<w:pPr><w:spacing w:after="40"/></w:pPr>'
        else:
            rpr = '<w:rPr><w:sz w:val="19"/></w:rPr>'
            ppr = '<w:pPr><w:spacing w:after="40"/></w:pPr>'
        xml.append(f'<w:p>{ppr}<w:r>{rpr}<w:t xml:space="preserve">{_esc(text)}</w:t></w:r></w:p>')
    return "".join(xml)


def textbox_run(shape_id, x, y, cx, cy, lines, fill="EAF1FB", line="2F5597", geom="roundRect"):
    xml = f"""<w:r {NS_DECL}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="{251659264 + shape_id}"
 behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/>
<wp:positionH relativeFrom="page"><wp:posOffset>{x}</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="page"><wp:posOffset>{y}</wp:posOffset></wp:positionV>
<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>
<wp:docPr id="{shape_id}" name="Textruta {shape_id}"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/>
<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>
<a:prstGeom prst="{geom}"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>
<a:ln w="15875"><a:solidFill><a:srgbClr val="{line}"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{_txbx_paras(lines)}</w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>
</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice></mc:AlternateContent></w:r>"""
    return parse_xml(xml)


def line_run(shape_id, x1, y1, x2, y2):
    x, y = min(x1, x2), min(y1, y2)
    cx, cy = max(abs(x2 - x1), 1), max(abs(y2 - y1), 1)
    flip = ' flipV="1"' if (x2 - x1) * (y2 - y1) < 0 else ""
    xml = f"""<w:r {NS_DECL}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="{251650000 + shape_id}"
 behindDoc="1" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/>
<wp:positionH relativeFrom="page"><wp:posOffset>{x}</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="page"><wp:posOffset>{y}</wp:posOffset></wp:positionV>
<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>
<wp:docPr id="{shape_id}" name="Rak koppling {shape_id}"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvCnPr/>
<wps:spPr><a:xfrm{flip}><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>
<a:prstGeom prst="line"><a:avLst/></a:prstGeom>
<a:ln w="19050"><a:solidFill><a:srgbClr val="7F7F7F"/></a:solidFill></a:ln></wps:spPr>
<wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice></mc:AlternateContent></w:r>"""
    return parse_xml(xml)


def plan07():
    doc = base_doc("Calibri", 11)
    sec = doc.sections[0]
    set_landscape(sec)
    sec.left_margin = sec.right_margin = Cm(1.5)
    sec.top_margin = sec.bottom_margin = Cm(1.5)
    hp = sec.header.paragraphs[0]
    hp.text = "Psykiatri Södertälje, avdelning 3 · Socialtjänsten Södertälje"
    hp.runs[0].font.size = Pt(8)

    t = doc.add_paragraph()
    r = t.add_run("SIP inför utskrivning – tankekarta")
    r.bold = True
    r.font.size = Pt(14)
    anchor_p = doc.add_paragraph()

    EMU = 360000  # per cm
    # page 29.7 x 21 cm
    boxes = [
        # id, x, y, w, h (cm), lines, fill
        (1, 11.6, 8.3, 6.5, 3.4, [("big", "Mattias"), ("center", "SIP-möte 2025-10-14"),
                                  ("center", "avdelning 3")], "FFF2CC", "BF9000", "ellipse"),
        (2, 1.5, 3.0, 7.8, 3.6, [("title", "Varför SIP?"), ("text", "Samordning inför utskrivning.")],
         "EAF1FB", "2F5597", "roundRect"),
        (3, 11.0, 2.6, 7.8, 4.6, [("title", "Mattias önskemål"),
                                  ("text", "Mattias deltog inte på mötet. Kontaktpersonen på avdelningen har "
                                           "pratat med honom och förmedlar:"),
                                  ("quote", "”Jag vill ha en egen lägenhet igen och kunna träffa min dotter "
                                            "varannan helg. Jag vill inte bo på härbärge.”")],
         "E2EFDA", "548235", "roundRect"),
        (4, 20.4, 3.0, 7.8, 3.6, [("title", "Vård"), ("text", "• Fortsatt kontakt efter utskrivning"),
                                  ("text", "• Medicinen ses över vid behov")], "EAF1FB", "2F5597", "roundRect"),
        (5, 20.4, 12.6, 7.8, 3.8, [("title", "Ekonomi och sysselsättning"),
                                   ("text", "• Ekonomin ses över, ev. kontakt med FK"),
                                   ("text", "• Sysselsättning diskuteras längre fram")],
         "EAF1FB", "2F5597", "roundRect"),
        (6, 11.0, 13.8, 7.8, 3.6, [("title", "Boende"), ("text", "• Se över boendesituationen"),
                                   ("text", "• Stöd i vardagen vid behov")], "EAF1FB", "2F5597", "roundRect"),
        (7, 1.5, 12.6, 7.8, 2.2, [("title", "Samordning"), ("text", "Socialtjänsten")],
         "EAF1FB", "2F5597", "roundRect"),
        (8, 1.5, 15.4, 7.8, 2.2, [("title", "Uppföljning"), ("text", "Vid behov")],
         "EAF1FB", "2F5597", "roundRect"),
    ]
    centre = (11.6 + 3.25, 8.3 + 1.7)
    sid = 20
    for b in boxes[1:]:
        _, x, y, w, h = b[:5]
        bx, by = x + w / 2, y + h / 2
        anchor_p._p.append(line_run(sid, int(centre[0] * EMU), int(centre[1] * EMU), int(bx * EMU), int(by * EMU)))
        sid += 1
    for bid, x, y, w, h, lines, fill, ln, geom in boxes:
        anchor_p._p.append(textbox_run(bid, int(x * EMU), int(y * EMU), int(w * EMU), int(h * EMU),
                                       lines, fill, ln, geom))
    save_docx(doc, out("07.docx"))


# ====================================================================
# 08  .docx NOT a SIP: ward handover report at discharge, SBAR
#     Woman (81) after pneumonia, Södertälje sjukhus -> home
# ====================================================================
def plan08():
    doc = base_doc("Calibri", 11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Södertälje sjukhus · Medicinavdelning 14\tÖverrapportering vid utskrivning"
    hp.runs[0].font.size = Pt(9)

    doc.add_heading("Överrapportering – SBAR", level=1)
    info = doc.add_table(rows=5, cols=2)
    info.style = "Table Grid"
    for i, (a, b) in enumerate([
        ("Patient", "Birgitta, 81 år, ÅÅMMDD-XXXX"),
        ("Från", "Medicinavdelning 14, Södertälje sjukhus"),
        ("Till", "Hemsjukvården Södertälje / Hemtjänst Södertälje, Hovsjö"),
        ("Utskrivningsdatum", "2025-05-16, hemresa med taxi ca kl. 13"),
        ("Rapporterande", "Sjuksköterska avd 14 (nås via växeln)"),
    ]):
        info.cell(i, 0).text = a
        info.cell(i, 0).paragraphs[0].runs[0].bold = True
        set_cell_shading(info.cell(i, 0), "F2F2F2")
        info.cell(i, 1).text = b

    doc.add_heading("S – Situation", level=2)
    doc.add_paragraph(
        "Birgitta skrivs ut i dag efter sex dygns vård för samhällsförvärvad pneumoni med "
        "akut förvirring. Hon är nu feberfri sedan tre dygn och bedöms medicinskt färdigbehandlad "
        "på sjukhus. Hon återgår till sin lägenhet i Hovsjö med befintlig hemtjänst."
    )
    doc.add_heading("B – Bakgrund", level=2)
    doc.add_paragraph(
        "Hjärtsvikt (EF 40 %), förmaksflimmer, diabetes typ 2 med tablettbehandling, lätt "
        "njursvikt. Bor ensam, hemtjänst två gånger per dag sedan 2024 för inköp, måltider och "
        "tillsyn. Gick före insjuknandet inomhus utan hjälpmedel. Dotter bor i Järna och har "
        "daglig telefonkontakt. Ingen känd allergi."
    )
    doc.add_heading("A – Aktuellt tillstånd", level=2)
    for s in [
        "Vitalparametrar i dag kl. 07: AF 18, saturation 94 % utan syrgas, puls 82 oregelbunden, "
        "BT 128/74, temp 37,1. NEWS 1.",
        "Mobiliseras med rollator och tillsyn av en person. Trött efter vårdtiden.",
        "Kognition bättre men viss förvirring kvällstid, orienterad till person och plats.",
        "Äter ungefär halva portioner, vikt vid utskrivning 61,4 kg (64 kg vid inskrivning).",
        "Läkemedelsändringar: Amoxicillin t.o.m. 2025-05-20. Furosemid ökad till 40 mg x 1. "
        "Aktuell läkemedelslista skickas med och finns i NPÖ.",
        "Inget trycksår. Urinkontinent nattetid, använder inkontinensskydd.",
    ]:
        doc.add_paragraph(s, style="List Bullet")
    doc.add_heading("R – Rekommendation", level=2)
    for s in [
        "Hemsjukvården: daglig vikt första veckan, kontakta vårdcentralen vid viktuppgång över 2 kg "
        "på tre dagar eller ökad andfåddhet.",
        "Provtagning krea, kalium och CRP på Vårdcentralen Södertälje 2025-05-23 (remiss skickad).",
        "Hemtjänst: uppmärksamma vätske- och matintag, erbjud mellanmål. Bistånd för tillsyn "
        "kvällstid bedöms av biståndshandläggare, underlag skickat i Webcare.",
        "Vid försämring med feber eller ökad förvirring: kontakta vårdcentralen eller 1177.",
        "Något behov av samordnad individuell plan bedöms inte föreligga i nuläget.",
    ]:
        doc.add_paragraph(s, style="List Bullet")

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    p.add_run("Rapport lämnad muntligt per telefon till sjuksköterska i hemsjukvården 2025-05-16 kl. 10.15 "
              "och skriftligt via Webcare.").italic = True
    save_docx(doc, out("08.docx"))


def main():
    os.makedirs(OUT, exist_ok=True)
    for fn in (plan01, plan02, plan03, plan04, plan05, plan06, plan07, plan08):
        fn()
    print("\n".join(sorted(os.listdir(OUT))))


if __name__ == "__main__":
    main()
