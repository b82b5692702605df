#!/usr/bin/env python3
"""Generate the f19a batch of fictional, anonymized SIP plans into plans/.

Run with python generate_a.py
Deterministic: fixed dates, no randomness.
"""
import os
import shutil
import subprocess
import tempfile
import textwrap

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f19a"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def path(n, ext):
    return os.path.join(OUT, f"{PREFIX}-{n:02d}.{ext}")


def fix_docx_core(doc, title, author="", created=None):
    """Fixed core properties so the .docx is stable between runs."""
    import datetime
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.revision = 1
    ts = created or datetime.datetime(2025, 1, 1, 8, 0, 0)
    cp.created = ts
    cp.modified = ts


def normalize_zip(p):
    """Rewrite a .docx with fixed zip timestamps so repeated runs give identical bytes."""
    import zipfile
    with zipfile.ZipFile(p) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def set_cell_shading(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def mark_header_row(row):
    trPr = row._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trPr.append(th)


def soffice_pdf(docx_path, pdf_path):
    outdir = tempfile.mkdtemp(prefix="f19a-lo-out-")
    cmd = [
        "soffice",
        f"-env:UserInstallation=file:///tmp/lo-{PREFIX}",
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        outdir,
        docx_path,
    ]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    produced = os.path.join(outdir, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
    shutil.move(produced, pdf_path)
    shutil.rmtree(outdir, ignore_errors=True)


# ---------------------------------------------------------------------------
# 01  Record-system print (fpdf2), boxed fields; adult with psychosis and debts, Sala
# ---------------------------------------------------------------------------

class RecordPDF(FPDF):
    SYSTEM = "SAMVIS Samordnad vård och omsorg – Region Västmanland / Västmanlands kommuner"
    PRINTED = "Utskrivet 2025-03-14 10:42 av: anna.x (Psykiatriska öppenvårdsmottagningen Sala)"

    def header(self):
        self.set_font("DejaVu", "B", 8)
        self.set_text_color(40, 40, 40)
        self.cell(0, 4, self.SYSTEM, new_x="LMARGIN", new_y="NEXT")
        self.set_font("DejaVu", "", 7.5)
        self.cell(130, 4, self.PRINTED)
        self.cell(0, 4, f"Sida {self.page_no()} ({{nb}})", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_font("DejaVu", "B", 11)
        self.cell(130, 6, "Samordnad individuell plan (SIP)")
        self.set_font("DejaVu", "", 7.5)
        self.cell(0, 6, "Dokument-ID: SIP-2025-0311-0047", align="R", new_x="LMARGIN", new_y="NEXT")
        y = self.get_y() + 1
        self.set_draw_color(0, 0, 0)
        self.set_line_width(0.4)
        self.line(self.l_margin, y, self.w - self.r_margin, y)
        self.set_line_width(0.2)
        self.set_y(y + 3)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Utskriften är en kopia. Gällande version finns i SAMVIS. Sekretess enligt OSL 25 kap. 1 § och 26 kap. 1 §.",
                  align="C")


LBL_H = 4.6
VAL_LH = 4.6
PAD = 1.6


def box_height(pdf, w, value):
    pdf.set_font("DejaVu", "", 9)
    if value.strip():
        lines = pdf.multi_cell(w - 2 * PAD, VAL_LH, value, align="L", dry_run=True, output="LINES")
        n = len(lines)
    else:
        n = 1  # an empty box still keeps one empty line
    return PAD + LBL_H + n * VAL_LH + PAD + (3.0 if not value.strip() else 0)


def draw_box(pdf, x, y, w, h, label, value):
    pdf.rect(x, y, w, h)
    pdf.set_xy(x + PAD, y + PAD - 0.4)
    pdf.set_font("DejaVu", "B", 8)
    pdf.cell(w - 2 * PAD, LBL_H, label)
    pdf.set_xy(x + PAD, y + PAD + LBL_H)
    pdf.set_font("DejaVu", "", 9)
    if value.strip():
        pdf.multi_cell(w - 2 * PAD, VAL_LH, value, align="L")


def box_row(pdf, fields, gap=0.0):
    """fields: list of (width_fraction, label, value). All boxes in the row share height."""
    total = pdf.w - pdf.l_margin - pdf.r_margin
    widths = [f[0] * total for f in fields]
    h = max(box_height(pdf, w, f[2]) for w, f in zip(widths, fields))
    if pdf.get_y() + h > pdf.h - 16:
        pdf.add_page()
    y = pdf.get_y()
    x = pdf.l_margin
    for w, (_, label, value) in zip(widths, fields):
        draw_box(pdf, x, y, w, h, label, value)
        x += w
    pdf.set_xy(pdf.l_margin, y + h + gap)


def section_title(pdf, text):
    if pdf.get_y() + 20 > pdf.h - 16:
        pdf.add_page()
    pdf.ln(2)
    pdf.set_font("DejaVu", "B", 9.5)
    pdf.set_fill_color(225, 225, 225)
    pdf.cell(0, 6, text, border=1, fill=True, new_x="LMARGIN", new_y="NEXT")


def plan01():
    pdf = RecordPDF(format="A4")
    pdf.set_creation_date(__import__("datetime").datetime(2025, 3, 14, 10, 42, 0, tzinfo=__import__("datetime").timezone.utc))
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_margins(15, 12, 15)
    pdf.set_auto_page_break(True, 16)
    pdf.set_title("SIP Jonas 2025-03-12")
    pdf.set_author("SAMVIS")
    pdf.add_page()

    section_title(pdf, "Personuppgifter och möte")
    box_row(pdf, [(0.40, "Namn", "Jonas (anonymiserat)"),
                  (0.30, "Personnummer", "XXXXXX-XXXX"),
                  (0.30, "Folkbokföringskommun", "Sala")])
    box_row(pdf, [(0.40, "Mötesdatum", "2025-03-12 kl. 13.30–15.00"),
                  (0.60, "Plats", "Psykiatriska öppenvårdsmottagningen Sala, samtalsrum 2")])
    box_row(pdf, [(0.40, "Typ av plan", "Ny SIP"),
                  (0.60, "Tolkbehov", "Nej")])
    box_row(pdf, [(1.0, "Samtycke",
                   "Jonas har lämnat muntligt samtycke till att SIP upprättas och till informationsutbyte mellan "
                   "Psykiatriska öppenvårdsmottagningen Sala, Vårdcentralen Sala väst och socialtjänsten i Sala kommun. "
                   "Samtycket lämnades vid telefonsamtal med fast vårdkontakt 2025-02-26 och upprepades muntligt vid mötet. "
                   "Samtycket gäller till 2026-02-26 eller tills Jonas tar tillbaka det.")])

    section_title(pdf, "Bakgrund, syfte och mål")
    box_row(pdf, [(1.0, "Bakgrund / nuläge",
                   "Jonas är 34 år och har diagnosen schizofreni sedan 2016. Han bor ensam i hyreslägenhet i Sala. "
                   "Under hösten 2024 slutade han ta sin medicin och vårdades inneliggande i Västerås i fem veckor. "
                   "Efter utskrivningen har han depåinjektion. Han har skulder hos Kronofogden på omkring 140 000 kr, "
                   "främst obetalda hyror, mobilabonnemang och sms-lån, och hyresvärden har skickat varning om uppsägning. "
                   "Han har ingen sysselsättning och är mycket ensam. Han har ingen vårdcentralskontakt sedan flera år.")])
    box_row(pdf, [(1.0, "Syfte med SIP",
                   "Syftet är att psykiatrin, vårdcentralen och socialtjänsten samordnar sina insatser så att Jonas "
                   "kan behålla sin lägenhet, får ordning på sin ekonomi och skulder och håller sig stabil i sitt "
                   "psykiska mående utan ny inläggning. Jonas ska också slippa berätta samma sak för flera olika "
                   "kontakter.")])
    box_row(pdf, [(1.0, "Frågeställningar inför mötet", "")])
    box_row(pdf, [(1.0, "Den enskildes mål (med egna ord)",
                   "”Jag vill bo kvar i min lägenhet och slippa att Kronofogden hela tiden skickar brev. "
                   "Sen vill jag ha något att göra på dagarna, kanske jobba med händerna.”")])
    box_row(pdf, [(1.0, "Den enskildes delaktighet och synpunkter",
                   "Jonas deltog under hela mötet. Han tycker att han har för många kontakter och önskar att "
                   "så mycket som möjligt samlas till samma besök. Han vill inte ha hembesök före kl. 10 på "
                   "förmiddagen. Han är tveksam till att ta fler blodprover men går med på en hälsokontroll om "
                   "han får komma på eftermiddagen.")])

    section_title(pdf, "Planerade insatser")
    rows = [
        ("Depåinjektion var tredje vecka samt läkemedelsuppföljning och samtal om mående och tidiga tecken på försämring.",
         "Sjuksköterska/fast vårdkontakt, Psykiatriska öppenvårdsmottagningen Sala",
         "Nästa injektion 2025-03-19, därefter var tredje vecka"),
        ("Boendestöd två gånger per vecka: stöd med post, räkningar, städning och inköp. Stöd att öppna och sortera brev från Kronofogden.",
         "Boendestödjare, Socialpsykiatrin Sala kommun",
         "Från 2025-03-24"),
        ("Budget- och skuldrådgivning: genomgång av alla skulder, kontakt med hyresvärden om avbetalningsplan och förberedelse av ansökan om skuldsanering.",
         "Budget- och skuldrådgivare, Sala kommun",
         ""),
        ("Hälsokontroll med blodtryck, vikt och metabola prover (blodsocker, blodfetter) med tanke på antipsykotisk medicinering.",
         "Distriktssköterska, Vårdcentralen Sala väst",
         "2025-04-08 kl. 14.00"),
        ("Studiebesök på träffpunkten och arbetsinriktad sysselsättning i snickeriet inom socialpsykiatrin.",
         "Arbetsterapeut, Socialpsykiatrin Sala kommun",
         "Vecka 14, 2025"),
    ]
    for i, (ins, ans, tid) in enumerate(rows, 1):
        box_row(pdf, [(0.50, f"Insats {i}", ins),
                      (0.30, "Ansvarig (verksamhet/funktion)", ans),
                      (0.20, "Tidpunkt", tid)], gap=1.2)

    section_title(pdf, "Övriga aktörer, ansvar och uppföljning")
    box_row(pdf, [(1.0, "Andra aktörers insatser (t.ex. god man, FK, AF, närstående)",
                   "God man finns sedan 2023. Kronofogden är inkopplad.")])
    box_row(pdf, [(1.0, "Huvudansvarig för planen", "Region Västmanland")])
    box_row(pdf, [(0.5, "Datum för uppföljning", ""),
                  (0.5, "Ansvarig för kallelse till uppföljning", "")])
    box_row(pdf, [(1.0, "Deltagare vid mötet",
                   "Jonas, den enskilde\n"
                   "Anna, sjuksköterska/fast vårdkontakt, Psykiatriska öppenvårdsmottagningen Sala\n"
                   "Mikael, boendestödjare, Socialpsykiatrin Sala kommun\n"
                   "Fatima, socialsekreterare, IFO vuxenenheten Sala kommun\n"
                   "Eva, distriktssköterska, Vårdcentralen Sala väst")])
    box_row(pdf, [(0.5, "Upprättad av", "Anna, sjuksköterska, Psykiatriska öppenvårdsmottagningen Sala"),
                  (0.25, "Upprättad datum", "2025-03-12"),
                  (0.25, "Status", "Signerad")])
    box_row(pdf, [(1.0, "Kopia till", "Jonas. Deltagande verksamheter via SAMVIS.")])
    pdf.output(path(1, "pdf"))


# ---------------------------------------------------------------------------
# 02  Home-care nurse, Word heading styles; elderly woman, heart failure + early dementia, Kungsör
# ---------------------------------------------------------------------------

def plan02():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    hp = sec.header.paragraphs[0]
    hp.text = "Kungsörs kommun\tVård och omsorg – Hemsjukvården"
    hp.runs[0].font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.text = "SIP Karin, upprättad 2025-04-29"
    fp.runs[0].font.size = Pt(8)

    doc.add_heading("Samordnad individuell plan (SIP)", level=0)
    p = doc.add_paragraph()
    p.add_run("Den enskilde: ").bold = True
    p.add_run("Karin, 86 år (ÅÅMMDD-XXXX)")
    p = doc.add_paragraph()
    p.add_run("Datum för mötet: ").bold = True
    p.add_run("2025-04-29, i Karins hem")

    doc.add_heading("Bakgrund", level=1)
    doc.add_paragraph(
        "Karin är 86 år och bor ensam i villa i Kungsör sedan maken dog 2022. Hon har hjärtsvikt och förmaksflimmer "
        "och har under vintern vårdats på Västmanlands sjukhus Köping två gånger för vätskeansamling och andfåddhet. "
        "I mars 2025 fick hon diagnosen lindrig Alzheimers sjukdom efter utredning på vårdcentralen. Hon glömmer "
        "ibland sina mediciner och har vid ett par tillfällen tagit vattendrivande tabletter dubbelt. Hon har "
        "hemtjänst morgon och kväll sedan februari. Dottern bor i Arboga och sonen i Kungsör.")

    doc.add_heading("Syfte", level=1)
    doc.add_paragraph(
        "Syftet med planen är att hemsjukvården, hemtjänsten och vårdcentralen arbetar på samma sätt kring Karins "
        "hjärtsvikt och minnessvårigheter, så att försämring upptäcks tidigt och nya sjukhusinläggningar kan undvikas "
        "och Karin kan bo kvar i sitt hus.")

    doc.add_heading("Karins mål", level=1)
    doc.add_paragraph(
        "Målet är att Karin ska kunna bo kvar i sitt hem med trygghet och att hon ska slippa fler akuta inläggningar "
        "på sjukhus under året.")

    doc.add_heading("Karins delaktighet", level=1)
    doc.add_paragraph(
        "Mötet hölls hemma hos Karin och hon var med under hela mötet. Karin vill absolut inte flytta till särskilt "
        "boende. Hon tycker att det är jobbigt med många nya ansikten från hemtjänsten och önskar att samma personal "
        "kommer så ofta som det går. Hon vill inte att vikten skrivs upp på kylskåpet där besökare ser den.")

    doc.add_heading("Samtycke", level=1)
    doc.add_paragraph("Samtycke finns.")

    doc.add_heading("Insatser", level=1)
    rows = [
        ("Daglig vägning på morgonen före frukost, noteras i viktlistan i hemjournalen.",
         "Hemtjänst Kungsör norra, undersköterska", "2025-05-05",
         "Vid viktökning mer än 2 kg på tre dagar kontaktas sjuksköterskan samma dag."),
        ("Överlämning av läkemedel ur Apodos morgon och kväll.",
         "Hemtjänst Kungsör norra, på delegering från distriktssköterska", "2025-05-05",
         "Läkemedelsskåpet hålls låst, Karin har ingen egen nyckel."),
        ("Hembesök en gång i veckan: kontroll av ödem, blodtryck, puls och andning samt genomgång av viktlistan.",
         "Hemsjukvården Kungsör, distriktssköterska", "2025-05-07",
         "Onsdagar förmiddag."),
        ("Läkemedelsgenomgång med särskild översyn av vattendrivande och blodförtunnande läkemedel, provtagning av njurvärden och NT-proBNP.",
         "Regionen", "Maj 2025", "Svar meddelas hemsjukvården."),
        ("Uppföljning av demensdiagnos och ställningstagande till bromsmedicin.",
         "Vårdcentralen Kungsör, ansvarig läkare", "2025-06-12", "Sonen följer med."),
        ("Utredning av trygghetslarm och eventuellt utökad hemtjänst vid lunch.",
         "Biståndshandläggare, Kungsörs kommun", "2025-05-12", "Hembesök för utredning."),
    ]
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    for c, txt in zip(hdr, ["Insats", "Utförare", "Från", "Kommentar"]):
        c.text = ""
        r = c.paragraphs[0].add_run(txt)
        r.bold = True
        set_cell_shading(c, "D9E2F3")
    mark_header_row(t.rows[0])
    for row in rows:
        cells = t.add_row().cells
        for c, txt in zip(cells, row):
            c.text = txt
    widths = [Cm(6.2), Cm(4.0), Cm(2.2), Cm(4.0)]
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w

    doc.add_heading("Närståendes insatser", level=1)
    doc.add_paragraph(
        "Dottern handlar mat åt Karin varje lördag och går då igenom posten och räkningarna tillsammans med henne. "
        "Sonen ringer Karin varje kväll vid sjutiden och kör henne till besöken på vårdcentralen. Sonen ringer "
        "hemsjukvården om han märker att Karin är mer andfådd eller svullen om benen än vanligt. Båda barnen har "
        "fått skriftlig information om vilka tecken på försämring de ska vara uppmärksamma på.")

    doc.add_heading("Ansvar för planen", level=1)
    p = doc.add_paragraph()
    p.add_run("Huvudansvarig för planen: ").bold = True
    p.add_run("Kungsörs kommun")

    doc.add_heading("Uppföljning", level=1)
    doc.add_paragraph("Planen följs upp om tre månader. Distriktssköterskan skickar kallelse.")

    doc.add_heading("Närvarande", level=1)
    for who in ["Karin", "Dotter", "Son", "Distriktssköterska", "Undersköterska/kontaktman",
                "Biståndshandläggare"]:
        doc.add_paragraph(who, style="List Bullet")

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Upprättad av: ").bold = True
    p.add_run("Lena, distriktssköterska")
    fix_docx_core(doc, "SIP Karin", "Lena")
    doc.save(path(2, "docx"))


# ---------------------------------------------------------------------------
# 03  Markdown export, bold labels; young adult with autism (LSS), Fagersta
# ---------------------------------------------------------------------------

PLAN03 = """\
# SIP – Samordnad individuell plan

Exporterad från SIP-modulen 2025-05-14 09:12 · Fagersta kommun / Region Västmanland
Plan-ID: 2025-FAG-0193 · Version 1

---

**Den enskilde**

Oskar, 19 år. Personnummer: XXXXXX-XXXX. Folkbokförd i Fagersta.

**Mötesdatum**

2025-05-13, LSS-kontoret Fagersta

**Bakgrund**

Oskar har autism och lindrig intellektuell funktionsnedsättning och går sista året på gymnasiesärskolan
i Fagersta. Han bor med sin mamma och har korttidsvistelse fyra dygn i månaden. Han har haft kontakt med
BUP Västerås för ångest och sömnsvårigheter och står på melatonin och sertralin. Kontakten med BUP
avslutas när han fyller 20 i augusti. Oskar blir lätt stressad av förändringar och har haft mycket
frånvaro under våren. Efter sommaren behöver han sysselsättning.

**Syfte**

Samordning av insatser.

**Frågeställningar**

Hur ska övergången från gymnasiesärskolan till daglig verksamhet planeras så att Oskar hinner vänja sig
innan skolan slutar? Vem tar över förskrivningen av hans läkemedel när BUP avslutar kontakten? Ska
korttidsvistelsen fortsätta efter 2025 eller ersättas med något annat?

**Den enskildes mål**

Målet är att Oskar ska få en meningsfull sysselsättning efter skolan och på sikt kunna flytta till en
egen lägenhet med stöd.

**Delaktighet**

Oskar deltog i mötet tillsammans med sin mamma.

**Samtycke**

Samtycke inhämtat.

**Insatser**

| Insats | Ansvarig | Start |
|---|---|---|
| Beslut om daglig verksamhet enligt LSS 9 § 10 | LSS-handläggare, Fagersta kommun | Beslut senast 2025-06-13 |
| Inskolning på daglig verksamhet Verkstan, två förmiddagar i veckan med samma handledare | Enhetschef, daglig verksamhet Verkstan, Fagersta kommun | 2025-08-18 |
| Korttidsvistelse fyra dygn per månad fortsätter enligt gällande beslut | Korttidsboendet Åsen, Fagersta kommun | Pågår, beslut t.o.m. 2025-12-31 |
| Remiss från BUP till Vuxenpsykiatrin Fagersta för fortsatt läkemedelsbehandling | Ansvarig läkare, BUP Västerås | Remiss skickas senast 2025-05-30 |
| Nybesök och övertagande av läkemedelsförskrivning | Sjuksköterska och läkare, Vuxenpsykiatrin Fagersta | Juni 2025 |
| Bildstöd och veckoschema för övergången skola – daglig verksamhet | Arbetsterapeut, Vuxenhabiliteringen Västerås | Start 2025-06-02 |
| Överlämningsmöte skola – daglig verksamhet | Mentor, gymnasiesärskolan Fagersta | 2025-06-05 |

**Huvudansvarig för planen**



**Uppföljning**

Uppföljning 2025-09-23 kl. 13.00 på LSS-kontoret Fagersta.

**Deltagare**

Oskar, Helena (mamma), Johan (LSS-handläggare), Sara (sjuksköterska), Amir (arbetsterapeut),
Ingrid (mentor)

---

*Planen har skickats till Oskar och hans mamma. Utskriften är en kopia av planen i SIP-modulen.*
"""


def plan03():
    with open(path(3, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(PLAN03)


# ---------------------------------------------------------------------------
# 04  Plain text, third person, "====" underlined headings; young adult with substance use, Köping
# ---------------------------------------------------------------------------

def wrap(text, width=76, indent=""):
    return "\n".join(textwrap.wrap(text, width=width, initial_indent=indent,
                                   subsequent_indent=indent, break_long_words=False,
                                   break_on_hyphens=False))


def heading(t):
    return f"{t}\n{'=' * len(t)}"


def numbered(n, text, width=76):
    first = f"{n}. "
    return "\n".join(textwrap.wrap(text, width=width, initial_indent=first,
                                   subsequent_indent=" " * len(first), break_on_hyphens=False))


def plan04():
    parts = []
    parts.append("SAMORDNAD INDIVIDUELL PLAN (SIP)\nKöpings kommun, IFO vuxenenheten / Region Västmanland")
    parts.append("Klient: Alex, 22 år (XXXXXX-XXXX)\nMötesdatum: 2025-10-02\nPlats: Socialkontoret Köping")
    parts.append(heading("Bakgrund") + "\n" + wrap(
        "Alex är 22 år och bor hos sin mamma i Köping. Han har använt cannabis dagligen sedan 16-årsåldern och "
        "under det senaste året även amfetamin på helger. Han har inte fullföljt gymnasiet och har inte haft något "
        "arbete sedan sommaren 2024. Under augusti 2025 vårdades han två dygn på Västmanlands sjukhus Västerås efter "
        "en drogutlöst psykos. Mamman har kontaktat socialtjänsten och beskriver konflikter hemma. Det finns misstanke "
        "om ADHD som inte är utredd. Alex uppbär ekonomiskt bistånd sedan juni 2025."))
    parts.append(heading("Syfte") + "\n" + wrap(
        "Syftet med SIP är att samordna insatserna från socialtjänstens beroendeenhet, Beroendemottagningen i Köping "
        "och vårdcentralen så att Alex kan sluta använda droger, få en bedömning av om ADHD-utredning ska göras och "
        "komma vidare till arbete eller studier och ett eget boende."))
    parts.append(heading("Frågeställningar") + "\n" + wrap("Aktuell situation och fortsatt planering."))
    parts.append(heading("Den enskildes mål") + "\n" + wrap(
        "Målet är att Alex ska vara drogfri och ha en egen bostad inom ett år samt ha påbörjat studier eller "
        "arbete."))
    parts.append(heading("Den enskildes delaktighet") + "\n" + wrap(
        "Alex deltog under hela mötet och beskrev själv sin situation. Han uppger att han vill flytta hemifrån så "
        "snart som möjligt. Han vill inte bli placerad på behandlingshem utan föredrar öppenvård i Köping. Han är "
        "positiv till urinprover eftersom han vill kunna visa att han är drogfri. Han vill inte att hans mamma ska "
        "delta i behandlingssamtalen."))
    ins = [
        "Återfallsprevention (ÅP) i individuella samtal en gång per vecka. Ansvarig: behandlare, "
        "Beroendeenheten Köping (IFO). Start 2025-10-06.",
        "Drogtester via urinprov två gånger per vecka, resultaten lämnas till behandlaren på Beroendeenheten. "
        "Ansvarig: sjuksköterska, Beroendemottagningen Köping. Från 2025-10-06.",
        "Läkarbedömning av sömnsvårigheter och ställningstagande till om ADHD-utredning ska inledas efter tre "
        "månaders dokumenterad drogfrihet. Ansvarig: läkare, Beroendemottagningen Köping. Bedömning i januari 2026.",
        "Ansökan om träningslägenhet med boendestöd. Ansvarig: socialsekreterare, IFO vuxenenheten Köping. "
        "Ansökan lämnas in senast 2025-10-31.",
        "Hälsokontroll och provtagning (levervärden, blodtryck). Ansvarig: distriktssköterska, Vårdcentralen "
        "Köping. Tid 2025-10-14.",
    ]
    parts.append(heading("Insatser") + "\n" + "\n".join(numbered(i, t) for i, t in enumerate(ins, 1)))
    parts.append(heading("Andra aktörer") + "\n" + "\n".join([
        wrap("Arbetsförmedlingen Köping: arbetsförmedlaren kallar Alex till planeringssamtal om att skrivas in i "
             "Rusta och matcha. Samtalet hålls i november 2025."),
        wrap("Mamma: följer med Alex till det första besöket på Beroendemottagningen 2025-10-06. Hon deltar inte i "
             "behandlingen i övrigt enligt Alex önskemål."),
        wrap("Alex själv: kommer till avtalade tider från 2025-10-06 och lämnar urinprover enligt schema. Han "
             "meddelar själv återbud till behandlaren om han inte kan komma."),
    ]))
    parts.append(heading("Huvudansvar") + "\n" + "Huvudansvar: Socialtjänsten.")
    parts.append(heading("Uppföljning") + "\n" + wrap(
        "Planen följs upp vecka 47. Socialsekreteraren kallar till mötet."))
    parts.append(heading("Deltagare") + "\n" + "\n".join([
        "Alex", "Alex mamma", "Socialsekreterare", "Behandlare", "Sjuksköterska", "Arbetsförmedlare"]))
    parts.append("Dokumenterat av: Jenny, socialsekreterare\nDatum: 2025-10-03")
    text = "\n\n".join(parts) + "\n"
    with open(path(4, "txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# ---------------------------------------------------------------------------
# 05  Child-friendly plan, written to the child; 9-year-old with school refusal and anxiety, Arboga
# ---------------------------------------------------------------------------

def plan05():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(13)
    for lvl, size in ((1, 17), (0, 26)):
        hs = doc.styles["Heading 1" if lvl == 1 else "Title"]
        hs.font.size = Pt(size)
        hs.font.color.rgb = RGBColor(0x2E, 0x74, 0x5A)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    hp = sec.header.paragraphs[0]
    hp.text = "Min plan – SIP"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(9)

    doc.add_heading("Din plan, Elsa", level=0)
    p = doc.add_paragraph("Vi träffades på Gäddgårdsskolan i Arboga tisdagen den 4 mars 2025.")
    p.runs[0].italic = True

    doc.add_heading("Varför träffades vi?", level=1)
    doc.add_paragraph(
        "Sedan jullovet har det varit svårt för dig att gå till skolan. Du har ofta ont i magen på morgnarna och "
        "ibland har du stannat hemma flera dagar i rad. Vi vuxna träffades för att hjälpas åt så att det ska bli "
        "lättare för dig att komma till skolan och så att du ska må bättre och inte vara så orolig.")
    doc.add_paragraph("Vi pratade om de här frågorna:")
    for q in ["Hur kan morgnarna hemma bli lättare?",
              "Var kan du vara i skolan när det blir för mycket ljud och för många människor?",
              "Behöver du och mamma få hjälp från BUP med oron?"]:
        doc.add_paragraph(q, style="List Bullet")

    doc.add_heading("Det här är viktigt för dig", level=1)
    doc.add_paragraph(
        "Du var med på mötet en stund tillsammans med mamma. Du har berättat att det är jobbigt i matsalen för att "
        "det är så mycket ljud, och att du blir nervös när du inte vet vem som är vikarie. Du tycker om att rita och "
        "att vara i biblioteket.")
    p = doc.add_paragraph("Du sa: ")
    r = p.add_run("”Jag vill kunna vara med på rasterna och leka med Nora igen. Och jag vill inte ha ont i magen när "
                  "jag ska till skolan.”")
    r.italic = True

    doc.add_heading("Det här gör de vuxna", level=1)
    for t in [
        "Lena, som är din mentor, möter dig vid skolgrinden kl. 8.10 varje morgon från måndag den 10 mars.",
        "Lena berättar för dig dagen innan om det kommer en vikarie.",
        "Ahmed, som är kurator på skolan, träffar dig varje torsdag efter lunch från den 13 mars. Ni pratar om "
        "hur veckan har varit och övar på saker som hjälper när du blir orolig.",
        "Du får äta lunch i det lilla rummet bredvid biblioteket tillsammans med en kompis. Det ordnar Lena från "
        "den 10 mars.",
        "Sara, som är psykolog på BUP Västerås, träffar dig och mamma för att prata om oron och hur ni kan göra "
        "hemma. Ni får en tid hem med brev.",
    ]:
        doc.add_paragraph(t, style="List Bullet")

    doc.add_heading("Det här gör du och mamma", level=1)
    for t in [
        "Mamma väcker dig i god tid och ni äter frukost tillsammans i lugn och ro.",
        "Mamma skickar ett meddelande till Lena om morgonen har varit jobbig, så att Lena vet det när du kommer.",
        "Du visar din känslotermometer för Lena eller Ahmed när det börjar bli för mycket.",
        "Du och mamma följer med till BUP när ni får en tid.",
    ]:
        doc.add_paragraph(t, style="List Bullet")

    doc.add_heading("Vi som var med", level=1)
    doc.add_paragraph("Du (en stund), mamma, Lena, Ahmed, Sara och Jenny.")

    doc.add_heading("Nästa gång vi ses", level=1)
    doc.add_paragraph("Vi ses igen efter påsklovet, i slutet av april. Mamma får en kallelse hem.")
    fix_docx_core(doc, "Din plan", "")
    doc.save(path(5, "docx"))


# ---------------------------------------------------------------------------
# 06  Discharge plan from psychiatric ward (docx -> LibreOffice PDF); bipolar disorder, Västerås -> Hallstahammar
# ---------------------------------------------------------------------------

def plan06():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(2.0)
    hp = sec.header.paragraphs[0]
    hp.text = "Region Västmanland\tPsykiatri\tVuxenpsykiatrin Västerås, avd 73"
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Samordnad individuell plan vid utskrivning – Sekretess enligt OSL"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for r in fp.runs:
        r.font.size = Pt(8)

    h = doc.add_heading("SIP vid utskrivning från sluten psykiatrisk vård", level=1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    fields = [
        ("Patient", "N., 41 år (XXXXXX-XXXX)"),
        ("Hemkommun", "Hallstahammar"),
        ("Vårdenhet", "Vuxenpsykiatrin Västerås, avdelning 73"),
        ("Inskrivningsdatum", "2025-03-28"),
        ("Datum för SIP-möte", "2025-04-23"),
        ("Utskrivningsdatum", "2025-04-25"),
        ("Fast vårdkontakt", "Anders, sjuksköterska, Psykiatriska öppenvårdsmottagningen Hallstahammar"),
        ("Samordningsansvarig", "Anders, fast vårdkontakt, Psykiatriska öppenvårdsmottagningen Hallstahammar"),
    ]
    for lab, val in fields:
        cells = t.add_row().cells
        cells[0].text = ""
        cells[0].paragraphs[0].add_run(lab).bold = True
        set_cell_shading(cells[0], "EDEDED")
        cells[1].text = val
    for row in t.rows:
        row.cells[0].width = Cm(5.0)
        row.cells[1].width = Cm(11.6)

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Syfte: ").bold = True
    p.add_run("Samordnad utskrivning.")

    doc.add_heading("Bakgrund", level=2)
    doc.add_paragraph(
        "N. har bipolär sjukdom typ 1 och skrevs in enligt HSL i slutet av mars i ett maniskt skov efter att ha "
        "slutat med litium under vintern. Hon har svarat bra på behandling och är nu stabil i stämningsläget. "
        "Hon bor ensam i lägenhet i Hallstahammar och har en katt som grannen har tagit hand om under vårdtiden. "
        "Hon arbetar som undersköterska och är sjukskriven på heltid sedan inskrivningen. Under maniskt skov har "
        "hon tidigare dragit på sig skulder och försummat räkningar.")

    doc.add_heading("Frågor inför utskrivningen", level=2)
    for q in [
        "Klarar N. att bo ensam direkt efter utskrivningen, eller behövs förstärkt boendestöd de första veckorna?",
        "Var och hur ofta ska litiumkontrollerna tas och vem följer upp svaren?",
        "Behöver obetalda räkningar från vårdtiden ses över innan hon kommer hem?",
    ]:
        doc.add_paragraph(q, style="List Bullet")

    doc.add_heading("Patientens delaktighet och mål", level=2)
    doc.add_paragraph("N. deltog inte i mötet.")
    doc.add_paragraph(
        "N. har inför mötet berättat för sin kontaktperson på avdelningen vad hon själv vill: ”Jag vill komma hem "
        "till min katt och orka jobba halvtid igen till hösten. Jag vill inte att det ska gå så långt nästa gång.”")

    doc.add_heading("Samtycke", level=2)
    doc.add_paragraph(
        "N. har lämnat muntligt samtycke till SIP och till att uppgifter lämnas till Hallstahammars kommun och "
        "Vårdcentralen Hallstahammar. Samtycket gavs 2025-04-17 till kontaktpersonen på avdelningen och är "
        "dokumenterat i journalen samma dag.")

    doc.add_heading("Planerade insatser efter utskrivning", level=2)
    for t_ in [
        "Läkarbesök på Psykiatriska öppenvårdsmottagningen Hallstahammar 2025-05-06 för uppföljning av "
        "litiumbehandlingen och sjukskrivningen.",
        "Fast vårdkontakt gör hembesök inom en vecka efter utskrivningen och därefter varannan vecka under maj och "
        "juni. Fokus på sömn, tidiga tecken på skov och krisplan.",
        "Provtagning av litiumkoncentration, njur- och sköldkörtelvärden på Vårdcentralen Hallstahammar, första "
        "gången 2025-05-05 och därefter var tredje månad. Svar följs upp av öppenvårdsmottagningens läkare.",
        "Boendestöd från Socialpsykiatrin, Hallstahammars kommun, tre gånger i veckan med stöd i vardagsrutiner, "
        "sömn och ekonomi. Biståndshandläggaren tar emot ansökan.",
        "Avdelningen skickar epikris och aktuell läkemedelslista till öppenvården och vårdcentralen på "
        "utskrivningsdagen 2025-04-25.",
    ]:
        doc.add_paragraph(t_, style="List Bullet")

    doc.add_heading("Övriga aktörer", level=2)
    doc.add_paragraph("Försäkringskassan och arbetsgivaren berörs av sjukskrivningen.")

    doc.add_heading("Uppföljning", level=2)
    doc.add_paragraph("Uppföljande SIP-möte 2025-05-20 kl. 10.00 på Psykiatriska öppenvårdsmottagningen Hallstahammar. "
                      "Fast vårdkontakt kallar.")

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Upprättad av: ").bold = True
    p.add_run("Kurator, avdelning 73, 2025-04-23")
    fix_docx_core(doc, "SIP vid utskrivning", "")
    tmpdir = tempfile.mkdtemp(prefix="f19a-06-")
    dpath = os.path.join(tmpdir, f"{PREFIX}-06.docx")
    doc.save(dpath)
    soffice_pdf(dpath, path(6, "pdf"))
    shutil.rmtree(tmpdir, ignore_errors=True)


# ---------------------------------------------------------------------------
# 07  Follow-up record, Status/Kommentar per action; elderly man after hip fracture, Norberg. cp1252 + CRLF
# ---------------------------------------------------------------------------

def plan07():
    L = []
    L.append("Utskrift från verksamhetssystemet Norbergs kommun, Vård och omsorg      2025-06-11")
    L.append("-" * 78)
    L.append("UPPFÖLJNING AV SAMORDNAD INDIVIDUELL PLAN (SIP)")
    L.append("-" * 78)
    L.append("Brukare: Gösta, 81 år")
    L.append("Personnummer: XXXXXX-XXXX")
    L.append("Ursprunglig plan upprättad: 2025-03-18")
    L.append("Datum för denna uppföljning: 2025-06-10")
    L.append("Plats: Göstas hem, Norberg")
    L.append("")
    L.append("Syfte: Oförändrat")
    L.append("Den enskildes mål: Se tidigare plan")
    L.append("Samtycke: Finns sedan tidigare")
    L.append("")
    L.append("Nuläge:")
    L.extend(textwrap.wrap(
        "Gösta opererades för höftfraktur i februari 2025 efter ett fall i badrummet. Han går nu med rollator "
        "inomhus. Han har inte fallit sedan förra mötet. Han har tappat något i vikt under "
        "våren.", width=78))
    L.append("")
    L.append("Gösta deltog på mötet.")
    L.append("")
    L.append("UPPFÖLJNING AV TIDIGARE ÅTGÄRDER")
    L.append("")
    acts = [
        ("1", "Stöd i hemmet vid behov", "Hemtjänsten Norberg", "Pågående",
         "Pågår", "Fungerar."),
        ("2", "Fortsatt kontakt med rehab", "Fysioterapeut, Kommunrehab Norberg", "T.o.m. 2025-06-30",
         "Pågår", "Avslutas enligt plan."),
        ("3", "Fortsatt kontakt med vårdcentralen", "Distriktsläkare, Vårdcentralen Norberg", "Enligt kallelse",
         "Pågår", "Oförändrat."),
        ("4", "Tillsyn vid behov", "Hemsjukvården Norberg", "Pågående",
         "Pågår", "-"),
    ]
    for n, a, ans, tid, status, kom in acts:
        L.append(f"Åtgärd {n}: {a}")
        L.append(f"  Ansvarig: {ans}")
        L.append(f"  Tidpunkt: {tid}")
        L.append(f"  Status: {status}")
        L.append(f"  Kommentar: {kom}")
        L.append("")
    L.append("NY ÅTGÄRD")
    L.append("")
    L.append("Åtgärd 5: Kontakt med arbetsterapeut vid behov")
    L.append("  Ansvarig: Arbetsterapeut, Kommunrehab Norberg")
    L.append("  Tidpunkt:")
    L.append("")
    L.append("Huvudansvar: Kommunen")
    L.append("")
    L.append("Deltagare:")
    L.append("  Gösta, den enskilde")
    L.append("  Maria, biståndshandläggare, Norbergs kommun")
    L.append("  Jonas, fysioterapeut, Kommunrehab Norberg")
    L.append("  Ulla, distriktssköterska, Vårdcentralen Norberg")
    L.append("  Kim, undersköterska, Hemtjänsten Norberg")
    L.append("")
    L.append("Nästa uppföljning: Vid behov")
    L.append("")
    L.append("Antecknat av: Maria, biståndshandläggare")
    L.append("-" * 78)
    text = "\r\n".join(L) + "\r\n"
    with open(path(7, "txt"), "wb") as f:
        f.write(text.encode("cp1252"))


# ---------------------------------------------------------------------------
# 08  Empty Word template: numbered headings, italic instruction, empty one-cell table
# ---------------------------------------------------------------------------

def one_cell_box(doc, height_cm):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    row = t.rows[0]
    trPr = row._tr.get_or_add_trPr()
    trh = OxmlElement("w:trHeight")
    trh.set(qn("w:val"), str(int(height_cm * 567)))
    trh.set(qn("w:hRule"), "atLeast")
    trPr.append(trh)
    row.cells[0].width = Cm(16.5)
    return t


def plan08():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "SIP – Samordnad individuell plan\tMall\tKommunerna i Västmanland och Region Västmanland"
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Mallversion 2025-01. Sparas i respektive verksamhets journal/akt."
    for r in fp.runs:
        r.font.size = Pt(8)

    doc.add_heading("Samordnad individuell plan (SIP)", level=0)
    intro = doc.add_paragraph()
    r = intro.add_run("Mallen fylls i under eller direkt efter SIP-mötet. Skriv i rutorna. Instruktionstexten i "
                      "kursiv stil kan tas bort.")
    r.italic = True
    r.font.size = Pt(9)

    sections = [
        ("1. Personuppgifter", "Ange namn, personnummer och folkbokföringskommun för den enskilde. Ange "
         "vårdnadshavare om den enskilde är under 18 år.", 1.6),
        ("2. Syfte med SIP", "Beskriv varför SIP upprättas och vad samordningen ska leda till för den enskilde.", 2.2),
        ("3. Frågeställningar inför mötet", "Ange de frågor som mötet behöver ta ställning till.", 2.2),
        ("4. Den enskildes mål", "Beskriv den enskildes mål med egna ord. Citera gärna.", 2.2),
        ("5. Den enskildes delaktighet och synpunkter", "Beskriv hur den enskilde har deltagit och vad hen tycker. "
         "Om den enskilde inte deltog: ange varför och hur hens synpunkter har förmedlats.", 2.2),
        ("6. Samtycke", "Ange hur och när samtycke har lämnats (☐ muntligt  ☐ skriftligt), datum och vem som tog "
         "emot samtycket.", 1.4),
        ("7. Insatser – vem gör vad och när", "Beskriv varje insats, ange ansvarig verksamhet och funktion samt "
         "från när insatsen gäller.", 4.0),
        ("8. Andra aktörers insatser", "Beskriv vad andra aktörer gör, till exempel Försäkringskassan, "
         "Arbetsförmedlingen, god man, närstående och den enskilde själv. Ange om det inte finns några.", 2.2),
        ("9. Huvudansvar för planen", "Ange vem som har huvudansvaret för planen: namn eller funktion och "
         "verksamhet.", 1.2),
        ("10. Uppföljning", "Ange datum, tid och plats för uppföljning samt vem som kallar.", 1.2),
        ("11. Deltagare", "Ange deltagarnas namn, funktion och verksamhet. Ange även vem som har fått kopia av "
         "planen.", 2.6),
    ]
    for title, instr, h in sections:
        doc.add_heading(title, level=1)
        p = doc.add_paragraph()
        r = p.add_run(instr)
        r.italic = True
        r.font.size = Pt(9.5)
        r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
        one_cell_box(doc, h)

    doc.add_heading("12. Underskrift", level=1)
    p = doc.add_paragraph()
    r = p.add_run("Ange datum och vem som har upprättat planen.")
    r.italic = True
    r.font.size = Pt(9.5)
    r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    one_cell_box(doc, 1.2)
    fix_docx_core(doc, "SIP-mall", "")
    doc.save(path(8, "docx"))


def main():
    os.makedirs(OUT, exist_ok=True)
    plan01()
    plan02()
    plan03()
    plan04()
    plan05()
    plan06()
    plan07()
    plan08()
    for n in (2, 5, 8):
        normalize_zip(path(n, "docx"))
    print("done:", sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()
