#!/usr/bin/env python
"""Generate the f34a batch of fictional, anonymized SIP plans into plans/.

Run with python generate_a.py
Deterministic: fixed dates and texts, no randomness. PDFs for plan 06 and 08
are printed from .docx via LibreOffice with a private profile.
"""
import datetime
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f34a"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIXED_DT = datetime.datetime(2025, 3, 20, 9, 0, 0, tzinfo=datetime.timezone.utc)


def path(nn, ext):
    return os.path.join(OUT, f"{PREFIX}-{nn:02d}.{ext}")


def fix_core(doc, title, author="", created=None):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    dt = created or datetime.datetime(2024, 10, 1, 8, 0, 0)
    cp.created = dt
    cp.modified = dt
    cp.revision = 1


def set_cell_shading(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def mark_header_row(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def set_col_widths(table, widths_cm):
    """Set both the table grid and every cell width (Word and LibreOffice read different ones)."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        for c, w in zip(row.cells, widths_cm):
            c.width = Cm(w)


def cell_text(cell, text, bold=False, size=None, italic=False):
    """Replace the cell's first paragraph text (supports '\n' as new paragraphs)."""
    parts = text.split("\n")
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i > 0:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    return cell


def normalize_zip(fn):
    """Rewrite a .docx with fixed zip timestamps so repeated runs give identical bytes."""
    import zipfile
    with zipfile.ZipFile(fn) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(fn, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def soffice_pdf(docx_path, pdf_name):
    """Print a .docx to PDF with LibreOffice (own profile), result in OUT/pdf_name."""
    tmp = tempfile.mkdtemp(prefix="f34a-lo-out-")
    try:
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file:///tmp/lo-{PREFIX}",
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
        shutil.move(os.path.join(tmp, base), os.path.join(OUT, pdf_name))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------------------
# 01  Regional record system print (fpdf2), journal entries with Sökord
# ---------------------------------------------------------------------------
class JournalPDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "B", 9)
        self.cell(95, 5, "RegionJournal 7.4  –  Journalutskrift", new_x="RIGHT", new_y="TOP")
        self.set_font("DejaVu", "", 8)
        self.cell(0, 5, f"Sida {self.page_no()} ({{nb}})", align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(95, 4, "Region Västmanland  |  Psykiatrimottagningen Sala", new_x="RIGHT", new_y="TOP")
        self.cell(0, 4, "Utskriftsdatum: 2024-10-16 08:42", align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(95, 4, "Patient: K.   ÅÅMMDD-XXXX", new_x="RIGHT", new_y="TOP")
        self.cell(0, 4, "Utskriven av: Kurator Sara", align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(4)

    def footer(self):
        self.set_y(-13)
        self.set_font("DejaVu", "", 7)
        self.cell(
            0,
            4,
            "Utskrift ur journal. Innehåller sekretesskyddade uppgifter (OSL 25 kap.). "
            "Journalkopia – ej original.",
            align="C",
        )


def journal_entry(pdf, dt, author, keyword, text):
    if pdf.get_y() > pdf.h - 45:
        pdf.add_page()
    pdf.set_fill_color(230, 234, 240)
    pdf.set_font("DejaVu", "B", 9)
    pdf.cell(38, 6, dt, border="LTB", fill=True, new_x="RIGHT", new_y="TOP")
    pdf.cell(0, 6, author, border="RTB", fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 9)
    pdf.cell(0, 6, f"Sökord: {keyword}", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    for para in text.split("\n"):
        pdf.multi_cell(0, 4.6, para, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)


def plan01():
    pdf = JournalPDF(format="A4")
    pdf.set_creation_date(FIXED_DT)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(18, 14, 18)
    pdf.alias_nb_pages()
    pdf.add_page()

    pdf.set_font("DejaVu", "B", 11)
    pdf.cell(0, 7, "Journalanteckningar  –  Vårdenhet: Psykiatrimottagningen Sala", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 8.5)
    pdf.cell(0, 5, "Urval: Anteckningstyp SIP (samordnad individuell plan)   Period: 2024-10-01 – 2024-10-16",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    A = "Kurator Sara, Psykiatrimottagningen Sala"
    N = "Sjuksköterska Johan, Psykiatrimottagningen Sala"
    journal_entry(pdf, "2024-10-03 10:15", A, "Planering",
                  "Kallelse till SIP-möte skickad till patienten och till socialtjänsten i Sala kommun. "
                  "Patienten tillfrågad per telefon om han vill att mötet hålls här på mottagningen, vilket "
                  "han vill. Mötet bokat 2024-10-15 kl. 13.00.")
    journal_entry(pdf, "2024-10-15 15:40", A, "Syfte",
                  "SIP-möte hölls idag på mottagningen. Syftet med planen är att psykiatrin och socialtjänsten "
                  "samordnar sina insatser så att K. kan bo kvar i sin lägenhet trots hyresskulden, att "
                  "medicineringen fortsätter efter det senaste skovet och att han får hjälp att få ordning på "
                  "sin ekonomi innan ärendet går vidare till Kronofogden.")
    journal_entry(pdf, "2024-10-15 15:42", A, "Frågeställning",
                  "Genomgång av nuläget.")
    journal_entry(pdf, "2024-10-15 15:44", A, "Deltagare",
                  "Patienten, kurator, sjuksköterska, boendestödjare, socialsekreterare.")
    journal_entry(pdf, "2024-10-15 15:46", A, "Samtycke",
                  "Samtycke till SIP finns.")
    journal_entry(pdf, "2024-10-15 15:50", A, "Aktuellt",
                  "K. 34 år, diagnos schizofreni sedan 2016, inskriven i psykiatrins öppenvård. Vårdades "
                  "inneliggande i Västerås under augusti efter att ha slutat med sin medicin. Sedan hemgång "
                  "stabilare, tar depåinjektion. Under sjukhusvistelsen betalades inte hyran och det finns "
                  "nu en hyresskuld på tre månader samt obetalda räkningar. Hyresvärden har skickat en "
                  "uppsägning med möjlighet till rättelse. K. har svårt att öppna post och hantera "
                  "räkningar, och han isolerar sig i perioder.")
    journal_entry(pdf, "2024-10-15 15:55", A, "Patientens mål",
                  "K. säger själv: \"Jag vill bo kvar i min lägenhet och slippa Kronofogden. Och jag vill inte "
                  "tillbaka till avdelningen.\"")
    journal_entry(pdf, "2024-10-15 15:58", A, "Patientens synpunkter",
                  "K. deltog under hela mötet. Han vill helst ha boendestöd på eftermiddagar eftersom han "
                  "sover dåligt och har svårt att komma upp på morgonen. Han vill inte att mottagningen ringer "
                  "honom flera gånger i veckan, ett sms dagen före besök räcker enligt honom. Han är positiv "
                  "till att få hjälp med ekonomin men vill vara med när räkningarna gås igenom.")
    journal_entry(pdf, "2024-10-15 16:05", N, "Insatser",
                  "Överenskomna insatser:\n"
                  "1. Depåinjektion var 14:e dag. Ansvarig: sjuksköterska Johan, Psykiatrimottagningen Sala. "
                  "Nästa injektion 2024-10-22, därefter varannan tisdag.\n"
                  "2. Läkarbesök för uppföljning av medicinering och biverkningar. Ansvarig: överläkare, "
                  "Psykiatrimottagningen Sala. 2024-11-12.\n"
                  "3. Boendestöd två eftermiddagar i veckan med fokus på post, räkningar och att handla. "
                  "Ansvarig: boendestödjare, Socialpsykiatrin Sala kommun. Start vecka 43.\n"
                  "4. Prövning av ekonomiskt bistånd för hyresskulden och kontakt med hyresvärden om "
                  "avbetalningsplan. Ansvarig: socialsekreterare, Vuxenenheten IFO Sala. Beslut senast "
                  "2024-10-31.\n"
                  "5. Budget- och skuldrådgivning. Ansvarig: Kommunen.")
    journal_entry(pdf, "2024-10-15 16:10", A, "Övriga aktörer",
                  "K. har god man sedan 2023. God man har informerats om mötet och om att det finns en "
                  "hyresskuld. Kronofogden är ännu inte inkopplad.")
    journal_entry(pdf, "2024-10-15 16:12", A, "Huvudansvar",
                  "Huvudansvarig för planen: kurator Sara, Psykiatrimottagningen Sala.")
    journal_entry(pdf, "2024-10-15 16:14", A, "Uppföljning",
                  "Uppföljande SIP-möte 2025-01-14 kl. 10.00 på Psykiatrimottagningen Sala. Kurator skickar "
                  "kallelse till samtliga. Planen skrivs ut och lämnas till K. vid injektionsbesöket "
                  "2024-10-22.")
    journal_entry(pdf, "2024-10-16 08:30", N, "Omvårdnad",
                  "Telefonsamtal med K. dagen efter mötet. Han upplevde mötet som jobbigt men bra. Sover "
                  "fortsatt dåligt, inga tecken på försämring. Påminns om injektionstiden 2024-10-22.")
    pdf.output(path(1, "pdf"))


# ---------------------------------------------------------------------------
# 02  Discharge SIP from psychiatric ward, two-column table, nested table
# ---------------------------------------------------------------------------
def plan02():
    doc = Document()
    fix_core(doc, "SIP vid utskrivning", "Avd 42", datetime.datetime(2024, 10, 29, 14, 0))
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hp.text = "Region Västmanland  •  Psykiatriska kliniken Västerås, avdelning 42\t\tSIP utskrivning"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Blankett SIP-U 2023:2  •  Samordnad utskrivning enligt lag (2017:612)  •  Samordnad individuell plan"
    fp.runs[0].font.size = Pt(8)

    t = doc.add_paragraph()
    r = t.add_run("SAMORDNAD INDIVIDUELL PLAN VID UTSKRIVNING FRÅN SLUTEN PSYKIATRISK VÅRD")
    r.bold = True
    r.font.size = Pt(13)
    doc.add_paragraph("Upprättad 2024-10-29 vid SIP-möte på avdelning 42, Psykiatriska kliniken Västerås.")

    rows = [
        ("Namn", "L."),
        ("Personnummer", "ÅÅMMDD-XXXX"),
        ("Folkbokförd kommun", "Hallstahammar"),
        ("Inskrivningsdatum", "2024-10-14"),
        ("Planerat utskrivningsdatum", "2024-11-05"),
        ("Syfte med planen", "Samordnad utskrivning."),
        ("Frågeställningar", ""),
        ("Bakgrund / aktuell situation",
         "L. 27 år, emotionellt instabil personlighetsstörning och återkommande självskada. Inlagd "
         "enligt HSL efter en intoxikation. Har under vårdtiden stabiliserats, inga självskador sista "
         "veckan. Bor ensam i hyreslägenhet i Hallstahammar. Studieuppehåll från Komvux sedan i "
         "augusti. Har försörjningsstöd."),
        ("Den enskildes mål", "Målet är att L. ska kunna bo kvar i sin lägenhet och på sikt återgå till studier."),
        ("Den enskildes synpunkter",
         "L. deltog på mötet. Hon vill inte ha hembesök före kl. 10 och vill att boendestödet i början "
         "kommer samma dagar som hon har samtal på mottagningen, så att veckorna blir förutsägbara. Hon "
         "vill ha en påminnelse per sms dagen före varje besök."),
        ("Fast vårdkontakt utsedd", None),  # checkbox row
        ("Samtycke lämnat", None),  # checkbox row
        ("Insatser", None),  # nested table
        ("Huvudansvar för planen", "Allmänpsykiatrisk mottagning Västerås"),
        ("Uppföljning", "SIP-uppföljning 2024-11-26 kl. 13.30 på Allmänpsykiatrisk mottagning Västerås."),
        ("Deltagare på mötet",
         "L.\n"
         "Ahmed, skötare, avdelning 42 Psykiatriska kliniken Västerås\n"
         "Erik, överläkare, avdelning 42 Psykiatriska kliniken Västerås\n"
         "Maria, sjuksköterska, Allmänpsykiatrisk mottagning Västerås\n"
         "Johanna, biståndshandläggare, Socialförvaltningen Hallstahammars kommun\n"
         "Petra, boendestödjare, Socialpsykiatrin Hallstahammars kommun"),
    ]
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for label, value in rows:
        row = table.add_row()
        lc, vc = row.cells
        set_cell_shading(lc, "E7EDF3")
        cell_text(lc, label, bold=True)
        if label == "Fast vårdkontakt utsedd":
            cell_text(vc, "☒ Ja    ☐ Nej\nNamn/funktion: Maria, sjuksköterska")
        elif label == "Samtycke lämnat":
            cell_text(vc, "☒ Ja    ☐ Nej\nMuntligt samtycke till SIP och till informationsutbyte mellan "
                          "deltagande verksamheter, lämnat av L. på avdelningen 2024-10-29.")
        elif label == "Insatser":
            cell_text(vc, "Överenskomna insatser efter utskrivning:")
            nt = vc.add_table(rows=1, cols=3)
            nt.style = "Table Grid"
            hdr = nt.rows[0].cells
            for c, h in zip(hdr, ["Insats", "Ansvarig verksamhet / funktion", "När"]):
                cell_text(c, h, bold=True, size=9)
                set_cell_shading(c, "D9D9D9")
            mark_header_row(nt.rows[0])
            items = [
                ("Hembesök dagen efter utskrivning", "Sjuksköterska, Allmänpsykiatrisk mottagning Västerås",
                 "2024-11-06"),
                ("Samtal med färdighetsträning (DBT-inspirerat) en gång/vecka",
                 "Sjuksköterska Maria, Allmänpsykiatrisk mottagning Västerås", "Tisdagar från 2024-11-12"),
                ("Läkemedelsuppföljning och receptförnyelse", "Läkare, Allmänpsykiatrisk mottagning Västerås",
                 "2024-11-19"),
                ("Boendestöd tre gånger/vecka (struktur, måltider, vardagsrutiner)",
                 "Boendestödjare, Socialpsykiatrin Hallstahammars kommun", "Från 2024-11-06"),
                ("Fortsatt prövning av försörjningsstöd inkl. hyra november",
                 "Socialsekreterare, Försörjningsstöd Hallstahammars kommun", "Beslut senast 2024-11-15"),
            ]
            for a, b, c in items:
                cs = nt.add_row().cells
                cell_text(cs[0], a, size=9)
                cell_text(cs[1], b, size=9)
                cell_text(cs[2], c, size=9)
            set_col_widths(nt, (4.3, 5.0, 3.0))
            vc.add_paragraph("")
        else:
            cell_text(vc, value)
    set_col_widths(table, (4.0, 13.0))
    doc.add_paragraph("")
    doc.add_paragraph("Planen har lämnats till L. i pappersform vid utskrivningen. Kopia till deltagande "
                      "verksamheter.")
    doc.save(path(2, "docx"))


# ---------------------------------------------------------------------------
# 03  Nurse's notes as text export, UTF-8 + CRLF, Label: value
# ---------------------------------------------------------------------------
def plan03():
    lines = [
        "ANTECKNING SIP-MÖTE",
        "===================",
        "",
        "Datum: 2024-09-17 kl. 13.30-14.45",
        "Plats: I G:s hem, Kungsör",
        "Antecknat av: Anna, dsk",
        "Närvarande: G., dottern Eva, Anna, Lena, Maria, Jonas",
        "",
        "Bakgrund: G. 84 år, opererad för höftfraktur vänster sida 2024-08-22 på",
        "  Västmanlands sjukhus Köping. Hemgång 2024-09-03. Bor ensam i villa",
        "  med källartrappa, frun avled 2022. Diabetes typ 2 tablettbehandlad.",
        "  Går med rollator inomhus, osäker på trappan. Har fallit en gång",
        "  sedan hemkomsten (utan skada).",
        "Samtycke: Samtycke finns.",
        "G:s mål: \"Jag vill kunna gå ner till Konsum själv och klara duschen",
        "  utan hjälp före jul.\"",
        "G:s synpunkter: G. deltog hela mötet. Vill absolut inte flytta till",
        "  säbo. Tycker hemtjänsten kommer för tidigt på morgonen, önskar",
        "  morgonbesök efter kl 8. Vill inte ha larm runt halsen men går med",
        "  på armband.",
        "Eva: Orkar handla och hjälpa till med tvätt men bor i Arboga och",
        "  arbetar heltid, kan inte komma varje dag.",
        "",
        "Insatser:",
        "- Vad: Gångträning med rollator och trappträning 2 ggr/v",
        "  / Vem: Fysioterapeut, Rehabenheten Kungsörs kommun",
        "  / När: från 2024-09-23, 6 veckor",
        "- Vad: Hjälp med dusch, påklädning och frukost morgon samt tillsyn kväll",
        "  / Vem: Hemtjänst Kungsör norra",
        "  / När: pågår sedan 2024-09-04, morgonbesök flyttas till efter kl 8",
        "    från 2024-09-23",
        "- Vad: Trygghetslarm (armband)",
        "  / Vem: Kommunen",
        "  / När:",
        "- Vad: Omläggning op-sår och borttagning av agraffer",
        "  / Vem: Distriktssköterska, Hemsjukvården Kungsör",
        "  / När: 2 ggr/v, agraffer tas 2024-09-24",
        "- Vad: Läkemedelsgenomgång inkl. blodsocker och smärtlindring",
        "  / Vem: Läkare, Vårdcentralen Kungsör",
        "  / När: 2024-10-08",
        "- Vad: Handla mat och ta hem tvätt",
        "  / Vem: Eva (dotter)",
        "  / När: varje fredag",
        "- Vad: Hemövningsprogram (benstyrka, balans) enligt papper från",
        "    fysioterapeut",
        "  / Vem: G. själv",
        "  / När: dagligen, förmiddag",
        "",
        "Huvudansvar: Hemsjukvården",
        "Uppföljning: Nytt möte om ca 6 veckor, Anna kallar.",
        "",
        "Övrigt: Anteckningen skickas till G. och Eva per post. Kopia till",
        "  Vårdcentralen Kungsör och Rehabenheten.",
        "",
        "/Anna",
    ]
    text = "\r\n".join(lines) + "\r\n"
    with open(path(3, "txt"), "wb") as f:
        f.write(text.encode("utf-8"))


# ---------------------------------------------------------------------------
# 04  Child-friendly plan (Markdown), 9-year-old
# ---------------------------------------------------------------------------
def plan04():
    md = """# Min plan – Nora, 9 år

*Samordnad individuell plan (SIP). Skriven till dig, Nora, och till mamma och pappa efter
mötet på Risbroskolan i Fagersta tisdag 25 februari 2025.*

## Om mig

Jag heter Nora och går i klass 3 på Risbroskolan. Jag gillar att rita, simma och att vara med
min katt Sixten. Jag har ADHD, det fick jag veta i höstas av BUP. Ibland blir jag jättearg i
skolan, mest på rasterna och i matsalen, och då springer jag iväg. Några dagar har jag inte
velat gå till skolan alls.

På mötet pratade vi om de här frågorna:

- Hur kan rasterna bli bättre för Nora så att hon inte hamnar i bråk?
- Kan Nora äta lunch någon annanstans än i den stora matsalen?
- Ska Nora prova medicin för sin ADHD?
- Hur kan mamma och pappa få hjälp med morgnarna hemma?

## Det här tycker jag

- "Jag vill ha en kompis att vara med på rasten."
- "Det är för mycket ljud i matsalen. Jag får ont i huvudet."
- "Jag vill inte att fröken säger till mig inför hela klassen."
- "Jag vill gå till skolan, men inte när det är idrott inne."

Mamma och pappa tycker att morgnarna är det svåraste hemma. De vill att skolan hör av sig
samma dag om något har hänt.

## Det här ska de vuxna göra

| Vad | Vem | När |
|---|---|---|
| En vuxen är med Nora på rasterna och hjälper till att hitta en lek | Ali, fritidspedagog på Risbroskolan | Varje dag från 3 mars |
| Nora får äta lunch i lilla matsalen med två kompisar | Pia, klasslärare på Risbroskolan | Från vecka 10 |
| Skolan ringer mamma eller pappa samma dag om något har hänt | Pia, klasslärare | Från 3 mars |
| Träffa läkaren och prata om medicin | Läkare, BUP Fagersta | BUP skickar en tid |
| Familjebehandlaren kommer hem och hjälper till med morgonrutiner | Familjebehandlare, Socialtjänsten Fagersta | Varannan onsdag från 12 mars |
| Gå på föräldrakurs om ADHD (fyra kvällar) | Mamma och pappa | I april |
| Säga till Ali när jag behöver en paus | Nora | Varje dag |

## Vilka var med?

Nora, mamma Sanna, pappa Johan, Pia (din lärare), Ali (fritids), Eva (BUP) och Lotta
(socialtjänsten).

## När ses vi igen?

Tisdag 13 maj 2025 klockan 14.00 i Risbroskolans konferensrum. Då pratar vi om hur det har
gått med rasterna och maten.
"""
    with open(path(4, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ---------------------------------------------------------------------------
# 05  Numbered Word document, small-caps headings
# ---------------------------------------------------------------------------
def sc_heading(doc, text):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    p.paragraph_format.space_after = Pt(4)
    p.paragraph_format.keep_with_next = True
    r = p.add_run(text)
    r.bold = True
    r.font.small_caps = True
    r.font.size = Pt(13)
    r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    return p


def plan05():
    doc = Document()
    fix_core(doc, "Samordnad individuell plan", "IFO Arboga", datetime.datetime(2024, 9, 5, 10, 0))
    st = doc.styles["Normal"]
    st.font.name = "Garamond"
    st.font.size = Pt(11.5)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Arboga kommun – Socialförvaltningen, Individ- och familjeomsorgen\tSekretess enligt OSL 26 kap."
    hp.runs[0].font.size = Pt(8.5)
    fp = sec.footer.paragraphs[0]
    fp.text = "SIP J. 2024-09-05"
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.runs[0].font.size = Pt(8.5)

    p = doc.add_paragraph()
    r = p.add_run("Samordnad individuell plan (SIP)")
    r.bold = True
    r.font.size = Pt(18)
    r.font.small_caps = True
    meta = doc.add_table(rows=3, cols=2)
    meta.style = "Table Grid"
    for i, (a, b) in enumerate([("Namn", "J."), ("Personnummer", "XXXXXX-XXXX"),
                                 ("Mötesdatum", "2024-09-03, Socialkontoret Arboga")]):
        cell_text(meta.cell(i, 0), a, bold=True)
        cell_text(meta.cell(i, 1), b)

    sc_heading(doc, "1 Bakgrund")
    doc.add_paragraph(
        "J. är 19 år och bor hos sin mamma i Arboga. Han gick ut gymnasiet utan fullständiga betyg 2023 "
        "och har sedan dess inte haft någon sysselsättning. Han har använt cannabis i stort sett dagligen "
        "det senaste året och har vid två tillfällen kommit in till akuten efter blandintag. En ADHD-"
        "utredning påbörjades på Vårdcentralen Arboga under våren men avbröts när J. inte kom på "
        "besöken. Aktualiserad hos IFO efter orosanmälan från akutmottagningen i juli 2024. Beslut om "
        "öppenvårdsbehandling enligt SoL fattades 2024-08-28.")

    sc_heading(doc, "2 Syfte")
    doc.add_paragraph(
        "Syftet med planen är att J. ska få en samordnad behandling för sitt cannabisbruk samtidigt som "
        "ADHD-utredningen slutförs, så att inte behandlingen inom kommunen och vården inom regionen går "
        "omlott eller stannar av, och att han därefter kan komma vidare mot studier.")

    sc_heading(doc, "3 Frågeställningar")
    doc.add_paragraph("Diskutera läget och hur vi går vidare.")

    sc_heading(doc, "4 Den enskildes mål")
    doc.add_paragraph("Målet är att J. ska bli drogfri och påbörja studier på Komvux till våren 2025.")

    sc_heading(doc, "5 Insatser")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Nr", "Insats", "Ansvarig", "Tidpunkt"]):
        cell_text(c, h, bold=True)
        set_cell_shading(c, "DCE3EC")
    mark_header_row(t.rows[0])
    items = [
        ("5.1", "Urinprovskontroller en gång/vecka", "Sjuksköterska, Beroendemottagningen Köping",
         "Måndagar från 2024-09-09"),
        ("5.2", "ADHD-utredning slutförs (neuropsykologiska tester och läkarbedömning)", "Regionen",
         "Klar senast 2024-12-20"),
        ("5.3", "Återfallsprevention (ÅP), 10 individuella träffar", "Behandlare, Öppenvården Arboga kommun",
         "Start 2024-09-16, torsdagar"),
        ("5.4", "Studie- och yrkesvägledning inför Komvux", "Kommunen", "Oktober 2024"),
        ("5.5", "Prövning av försörjningsstöd under behandlingstiden",
         "Socialsekreterare, Vuxenenheten IFO Arboga", "Beslut senast 2024-09-20"),
    ]
    for row in items:
        cs = t.add_row().cells
        for c, v in zip(cs, row):
            cell_text(c, v)
    set_col_widths(t, (1.2, 6.5, 5.0, 3.8))

    sc_heading(doc, "6 Övriga aktörer")
    doc.add_paragraph("Arbetsförmedlingen kan bli aktuell längre fram.")

    sc_heading(doc, "7 Huvudansvar")
    doc.add_paragraph("Socialsekreterare Karin, Vuxenenheten, Individ- och familjeomsorgen Arboga kommun, har "
                      "huvudansvaret för planen och kallar till uppföljning.")

    sc_heading(doc, "8 Uppföljning")
    doc.add_paragraph("Datum: ÅÅÅÅ-MM-DD")
    doc.add_paragraph("Plats: ")

    sc_heading(doc, "9 Deltagare")
    dt = doc.add_table(rows=1, cols=3)
    dt.style = "Table Grid"
    for c, h in zip(dt.rows[0].cells, ["Namn", "Funktion", "Verksamhet"]):
        cell_text(c, h, bold=True)
        set_cell_shading(c, "DCE3EC")
    mark_header_row(dt.rows[0])
    for row in [
        ("J.", "Den enskilde", ""),
        ("Karin", "Socialsekreterare", "Vuxenenheten IFO Arboga kommun"),
        ("Fredrik", "Behandlare", "Öppenvården Arboga kommun"),
        ("Ahmed", "Sjuksköterska", "Beroendemottagningen Köping, Region Västmanland"),
        ("Linnea", "Läkare", "Vårdcentralen Arboga, Region Västmanland"),
    ]:
        cs = dt.add_row().cells
        for c, v in zip(cs, row):
            cell_text(c, v)
    doc.add_paragraph("J. deltog på hela mötet.")

    sc_heading(doc, "10 Samtycke")
    doc.add_paragraph("J. har lämnat skriftligt samtycke till SIP och till att deltagande verksamheter får "
                      "utbyta uppgifter, på kommunens blankett \"Samtycke SIP\" undertecknad 2024-09-03.")

    doc.add_paragraph("")
    doc.add_paragraph("Arboga 2024-09-05\nKarin, socialsekreterare")
    doc.save(path(5, "docx"))


# ---------------------------------------------------------------------------
# 06  Minutes printed via LibreOffice, dementia + worn-out spouse
# ---------------------------------------------------------------------------
def plan06(tmpdir):
    doc = Document()
    fix_core(doc, "Minnesanteckningar SIP", "Elin", datetime.datetime(2024, 11, 6, 9, 0))
    st = doc.styles["Normal"]
    st.font.name = "Liberation Serif"
    st.font.size = Pt(12)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Norbergs kommun\tVård och omsorg"
    hp.runs[0].font.size = Pt(9)

    doc.add_heading("Minnesanteckningar från SIP-möte", level=1)
    doc.add_paragraph("Datum: 2024-11-05 kl. 09.30–10.45\nPlats: Vårdcentralen Norberg, samtalsrum 2")
    doc.add_paragraph("Gäller: Astrid, 82 år")
    p = doc.add_paragraph()
    p.add_run("Närvarande: ").bold = True
    p.add_run("Bertil (make), Mats (son, deltog via telefon), Elin (biståndshandläggare, Norbergs kommun), "
              "Karin (demenssjuksköterska, Norbergs kommun), Sofia (enhetschef, Hemtjänsten Norberg), "
              "Gunilla (distriktsläkare, Vårdcentralen Norberg).")
    p = doc.add_paragraph()
    p.add_run("Mötets syfte: ").bold = True
    p.add_run("Samordning.")

    doc.add_heading("Bakgrund", level=2)
    doc.add_paragraph(
        "Astrid har Alzheimers sjukdom sedan 2021 och bor med sin make Bertil i villa i Norberg. Hon har "
        "hemtjänst två gånger om dagen för hjälp med hygien och läkemedel. Sedan i somras har hon blivit "
        "oroligare, särskilt på kvällar och nätter, och vid två tillfällen har hon gått ut på natten och "
        "Bertil har fått leta efter henne. Astrid deltog inte på mötet eftersom hon blir orolig och "
        "förvirrad i nya miljöer och när många personer pratar samtidigt.")
    doc.add_paragraph(
        "Inför mötet hade Bertil och Karin tagit fram två frågor: Kan Astrid få avlösning eller en "
        "korttidsvistelse så att Bertil får sova ordentligt några nätter i veckan? Behöver den nattliga "
        "oron bedömas av läkare, och finns det något i hennes mediciner som kan påverka?")

    doc.add_heading("Vad som sades", level=2)
    doc.add_paragraph(
        "Bertil berättade att han sover några timmar per natt och att han inte längre orkar med att både "
        "passa Astrid och sköta huset. Han blir lätt irriterad på henne och skäms för det efteråt. Han "
        "sa att han inte vill att Astrid ska flytta men att han inte vet hur länge han klarar det. Mats "
        "bor i Västerås och kommer hem ungefär en helg i månaden. Sofia berättade att personalen ser "
        "att Astrid ofta är trött på förmiddagen och att hon ibland vägrar duscha. Gunilla har inte "
        "träffat Astrid sedan i våras.")

    doc.add_heading("Överenskommelser", level=2)
    doc.add_paragraph(
        "Vi kom överens om att hemtjänsten fortsätter som tidigare. Vi kom överens om att kommunen ser över "
        "möjligheterna till avlastning för Bertil. Vi kom överens om att vårdcentralen följer upp Astrid "
        "vid behov. Vi kom också överens om att Karin fortsätter ha kontakt med familjen och att hon "
        "finns som stöd för Bertil.")
    doc.add_paragraph(
        "Mats sa att han ska försöka finnas med mer framöver. Kommunen har huvudansvaret för planen.")

    doc.add_heading("Nästa möte", level=2)
    doc.add_paragraph("Nytt möte i december. Elin skickar kallelse.")
    doc.add_paragraph("")
    doc.add_paragraph("Vid anteckningarna\nElin, biståndshandläggare")
    src = os.path.join(tmpdir, f"{PREFIX}-06.docx")
    doc.save(src)
    soffice_pdf(src, f"{PREFIX}-06.pdf")


# ---------------------------------------------------------------------------
# 07  Follow-up plan, person doing well
# ---------------------------------------------------------------------------
def plan07():
    doc = Document()
    fix_core(doc, "Uppföljning SIP", "Helena", datetime.datetime(2025, 3, 18, 15, 0))
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hp.text = "Skinnskattebergs kommun  |  Individ- och familjeomsorgen  |  SIP – uppföljning"
    hp.runs[0].font.size = Pt(8)

    doc.add_heading("Samordnad individuell plan – uppföljning", level=1)
    info = doc.add_table(rows=2, cols=4)
    info.style = "Table Grid"
    vals = [("Namn", "R.", "Personnummer", "ÅÅMMDD-XXXX"),
            ("Datum för uppföljning", "2025-03-18", "Ursprunglig plan upprättad", "2024-09-10")]
    for i, v in enumerate(vals):
        for j, x in enumerate(v):
            cell_text(info.cell(i, j), x, bold=(j % 2 == 0))

    doc.add_heading("Syfte", level=2)
    doc.add_paragraph("Uppföljning av SIP.")
    doc.add_heading("Frågeställningar", level=2)
    doc.add_paragraph("Kan boendestödet och försörjningsstödet avslutas nu när R. har arbete? "
                      "Behöver R. någon fortsatt kontakt med psykiatrin efter avslutad KBT, eller räcker "
                      "uppföljningen på vårdcentralen?")
    doc.add_heading("Nuläge", level=2)
    doc.add_paragraph(
        "R. mår mycket bättre än vid förra mötet. Han sover bra, har slutat dricka på vardagarna och har "
        "sedan januari en tillsvidareanställning på 75 %. Han har betalat av sina skulder till "
        "hyresvärden. Depressionen bedöms av vårdcentralen som i remission, han står kvar på "
        "antidepressiv medicin.")
    doc.add_heading("R:s mål och synpunkter", level=2)
    doc.add_paragraph("R. deltog på mötet. Han säger: \"Jag vill klara mig själv nu, utan socialen, och "
                      "fortsätta jobba.\" Han tycker att KBT-behandlingen var det som hjälpte mest och att han "
                      "inte behöver boendestödet längre. Han vill fortsätta med medicinen till hösten.")
    doc.add_heading("Samtycke", level=2)
    doc.add_paragraph("Samtycke finns sedan tidigare.")

    doc.add_heading("Insatser", level=2)
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Insats", "Ansvarig (verksamhet/funktion)", "Tidpunkt enligt plan",
                                       "Status", "Kommentar"]):
        cell_text(c, h, bold=True)
        set_cell_shading(c, "D9E2F3")
    mark_header_row(t.rows[0])
    rows = [
        ("KBT för depression, 12 sessioner", "Psykolog, Psykiatrimottagningen Köping",
         "2024-09-24 – 2025-02-20", "Avslutad", "Alla sessioner genomförda, avslutad 2025-02-20."),
        ("Boendestöd en gång/vecka", "Boendestödjare, Socialpsykiatrin Skinnskattebergs kommun",
         "Från 2024-09-16", "Avslutad", "Avslutad 2025-03-14 enligt R:s önskemål."),
        ("Försörjningsstöd", "Socialsekreterare, IFO Skinnskatteberg", "Månadsvis från 2024-09",
         "Avslutad", "Sista utbetalning februari 2025."),
        ("Arbetsträning med stöd av arbetskonsulent", "Arbetskonsulent, Arbetsmarknadsenheten "
         "Skinnskattebergs kommun", "2024-10-01 – 2025-01-10", "Avslutad", "Övergick i anställning."),
        ("Läkemedelsuppföljning (antidepressiva), ställningstagande till utsättning",
         "Läkare, Vårdcentralen Skinnskatteberg", "Nya tider: 2025-04-15 och 2025-09-16", "Pågår",
         "Ev. nedtrappning diskuteras i september."),
    ]
    for row in rows:
        cs = t.add_row().cells
        for c, v in zip(cs, row):
            cell_text(c, v)

    doc.add_heading("Huvudansvar", level=2)
    doc.add_paragraph("Som tidigare.")
    doc.add_heading("Deltagare", level=2)
    for line in [
        "R.",
        "Helena, socialsekreterare, IFO Skinnskattebergs kommun",
        "Sanna, boendestödjare, Socialpsykiatrin Skinnskattebergs kommun",
        "Peter, distriktsläkare, Vårdcentralen Skinnskatteberg",
    ]:
        doc.add_paragraph(line, style="List Bullet")
    p = doc.add_paragraph()
    p.add_run("Nästa uppföljning: ").bold = True
    p.add_run("vid behov")
    doc.save(path(7, "docx"))


# ---------------------------------------------------------------------------
# 08  Empty printed template (LibreOffice)
# ---------------------------------------------------------------------------
def hint(doc, text):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.italic = True
    r.font.size = Pt(9)
    r.font.color.rgb = RGBColor(0x70, 0x70, 0x70)
    return p


def empty_table(doc, headers, nrows=3, widths=None):
    t = doc.add_table(rows=1 + nrows, cols=len(headers))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, headers):
        cell_text(c, h, bold=True, size=9.5)
        set_cell_shading(c, "E2E2E2")
    mark_header_row(t.rows[0])
    for row in t.rows[1:]:
        row.height = Cm(0.8)
    if widths:
        set_col_widths(t, widths)
    return t


def plan08(tmpdir):
    doc = Document()
    fix_core(doc, "Mall SIP", "Surahammars kommun", datetime.datetime(2024, 2, 1, 8, 0))
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hp.text = "Surahammars kommun  •  Region Västmanland\t\tMall SIP, version 2024-02"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Sparas i respektive verksamhets journal/akt. Kopia till den enskilde."
    fp.runs[0].font.size = Pt(8)

    doc.add_heading("Samordnad individuell plan (SIP)", level=1)
    hint(doc, "(Enligt 2 kap. 7 § SoL och 16 kap. 4 § HSL. Fyll i samtliga rubriker. Ta bort hjälptexterna "
              "innan planen skrivs ut.)")

    doc.add_heading("Personuppgifter", level=2)
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([("Namn", ""), ("Personnummer", "ÅÅMMDD-XXXX"), ("Vårdnadshavare/god man", "")]):
        cell_text(t.cell(i, 0), a, bold=True)
        cell_text(t.cell(i, 1), b)
    doc.add_paragraph("Datum för mötet: ÅÅÅÅ-MM-DD          Plats: ")

    doc.add_heading("Samtycke", level=2)
    doc.add_paragraph("☐ Muntligt     ☐ Skriftligt     Datum: ÅÅÅÅ-MM-DD")
    hint(doc, "(Ange hur och när samtycke till SIP och informationsutbyte har lämnats.)")

    doc.add_heading("Syfte med planen", level=2)
    hint(doc, "(Beskriv varför en SIP behövs just nu och vad samordningen ska leda till.)")
    doc.add_heading("Frågeställningar inför mötet", level=2)
    hint(doc, "(Vilka frågor behöver lösas på mötet?)")
    doc.add_heading("Den enskildes mål", level=2)
    hint(doc, "(Skriv målet med den enskildes egna ord.)")
    doc.add_heading("Den enskildes synpunkter och delaktighet", level=2)
    doc.add_paragraph("☐ Den enskilde deltog     ☐ Den enskilde deltog inte, orsak: ")
    hint(doc, "(Hur har den enskildes egna önskemål tagits tillvara?)")

    doc.add_heading("Insatser", level=2)
    hint(doc, "(Vad ska göras, av vilken verksamhet och funktion, och när?)")
    empty_table(doc, ["Insats", "Ansvarig verksamhet / funktion", "Huvudman", "Tidpunkt"], 4,
                [6, 5, 2.5, 3.5])

    doc.add_heading("Övriga aktörers insatser", level=2)
    hint(doc, "(T.ex. Försäkringskassan, Arbetsförmedlingen, god man, närstående, den enskilde själv.)")
    empty_table(doc, ["Aktör", "Vad görs", "Tidpunkt"], 2, [5, 8, 4])

    doc.add_heading("Huvudansvar för planen", level=2)
    doc.add_paragraph("☐ Kommun     ☐ Region")
    doc.add_paragraph("Namn/funktion: ")
    doc.add_paragraph("Verksamhet: ")

    doc.add_heading("Uppföljning", level=2)
    doc.add_paragraph("Datum: ÅÅÅÅ-MM-DD          Tid:           Plats: ")

    doc.add_heading("Deltagare", level=2)
    empty_table(doc, ["Namn", "Funktion", "Verksamhet/organisation"], 5, [5, 5, 7])

    doc.add_paragraph("")
    doc.add_paragraph("Planen har upprättats av: ________________________     Datum: ÅÅÅÅ-MM-DD")
    src = os.path.join(tmpdir, f"{PREFIX}-08.docx")
    doc.save(src)
    soffice_pdf(src, f"{PREFIX}-08.pdf")


def main():
    os.makedirs(OUT, exist_ok=True)
    tmpdir = tempfile.mkdtemp(prefix="f34a-src-")
    try:
        plan01()
        plan02()
        plan03()
        plan04()
        plan05()
        plan06(tmpdir)
        plan07()
        plan08(tmpdir)
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    for f in sorted(os.listdir(OUT)):
        if f.endswith(".docx"):
            normalize_zip(os.path.join(OUT, f))
        print(f)


if __name__ == "__main__":
    main()
