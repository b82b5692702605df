#!/usr/bin/env python
"""Generate the f73b batch of fictional SIP plans (south-west Skåne, 2025).

Run with /work/batches/.venv/bin/python generate.py
Deterministic: fixed texts and dates, no randomness.
"""
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
from fpdf.enums import XPos, YPos

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f73b"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def path(n, ext):
    return os.path.join(OUT, f"{PREFIX}-{n:02d}.{ext}")


# ---------------------------------------------------------------- helpers
def set_core(doc, title):
    cp = doc.core_properties
    cp.title = title
    cp.author = ""
    cp.last_modified_by = ""
    cp.comments = ""
    # fixed dates so the files are the same each run
    import datetime as _dt
    cp.created = _dt.datetime(2025, 1, 1, 8, 0, 0)
    cp.modified = _dt.datetime(2025, 1, 1, 8, 0, 0)
    cp.revision = 1


def bold_par(doc, text, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(2)
    p.paragraph_format.space_before = Pt(8)
    p.paragraph_format.keep_with_next = True
    return p


def label_value(doc, label, value):
    p = doc.add_paragraph()
    r = p.add_run(label + " ")
    r.bold = True
    if value:
        p.add_run(value)
    p.paragraph_format.space_after = Pt(2)
    return p


def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def header_row(table, texts, fill="D9D9D9"):
    row = table.rows[0]
    for cell, t in zip(row.cells, texts):
        cell.text = ""
        r = cell.paragraphs[0].add_run(t)
        r.bold = True
        r.font.size = Pt(9.5)
        shade(cell, fill)
    repeat_header(row)


def fill_row(row, texts, size=9.5):
    for cell, t in zip(row.cells, texts):
        cell.text = ""
        if t:
            r = cell.paragraphs[0].add_run(t)
            r.font.size = Pt(size)


def set_col_widths(table, widths_cm):
    table.autofit = False
    for col, w in zip(table.columns, widths_cm):
        col.width = Cm(w)
    for row in table.rows:
        for cell, w in zip(row.cells, widths_cm):
            cell.width = Cm(w)


def header_text(section, left, right=None, size=8.5):
    hp = section.header.paragraphs[0]
    hp.text = ""
    r = hp.add_run(left)
    r.font.size = Pt(size)
    r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    if right:
        hp.add_run("\t\t")
        r2 = hp.add_run(right)
        r2.font.size = Pt(size)
        r2.font.color.rgb = RGBColor(0x55, 0x55, 0x55)


def footer_page_number(section, prefix="Sida "):
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run(prefix)
    r.font.size = Pt(8.5)
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        run = fp.add_run()
        run.font.size = Pt(8.5)
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            run._r.append(fc)
        else:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = text
            run._r.append(it)


def base_doc(font="Calibri", size=11):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(2.0)
    sec.bottom_margin = Cm(2.0)
    return doc


def normalize_docx(p):
    """Rewrite the zip with fixed timestamps so the same content gives the same bytes."""
    import zipfile
    with zipfile.ZipFile(p) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def soffice_pdf(docx_path, pdf_path):
    tmpdir = tempfile.mkdtemp(prefix="f73b-conv-")
    cmd = [
        "soffice",
        f"-env:UserInstallation=file:///tmp/lo-{PREFIX}",
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        tmpdir,
        docx_path,
    ]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    produced = os.path.join(tmpdir, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
    shutil.move(produced, pdf_path)
    shutil.rmtree(tmpdir, ignore_errors=True)


# ======================================================================
# 01  .docx, measure table Huvudman | Verksamhet | Insats | Startdatum
#     adult with psychosis and debts, Malmö
# ======================================================================
def plan01():
    doc = base_doc()
    set_core(doc, "SIP")
    sec = doc.sections[0]
    header_text(sec, "Malmö stad  |  Region Skåne", "Samordnad individuell plan (SIP)")
    footer_page_number(sec)

    t = doc.add_paragraph()
    r = t.add_run("Samordnad individuell plan (SIP)")
    r.bold = True
    r.font.size = Pt(16)

    label_value(doc, "Namn:", "Daniel")
    label_value(doc, "Personnummer:", "ÅÅMMDD-XXXX")
    label_value(doc, "Datum för SIP-möte:", "2025-02-18")
    label_value(doc, "Plats:", "Psykosmottagningen Malmö")

    bold_par(doc, "Bakgrund")
    doc.add_paragraph(
        "Daniel är 38 år och bor ensam i en hyreslägenhet i Malmö. Han har diagnosen paranoid "
        "schizofreni sedan 2014 och har under hösten 2024 varit inlagd två gånger på "
        "Vuxenpsykiatrin Malmö, båda gångerna efter att han slutat ta sin medicin. Han har "
        "skulder på ca 240 000 kr, främst hyresskulder, el och mobilabonnemang, och flera ärenden "
        "hos Kronofogden. Hyresvärden skickade i januari en varning om uppsägning på grund av "
        "obetalda hyror. Daniel har sjukersättning från Försäkringskassan och har haft god man "
        "sedan december 2024."
    )

    bold_par(doc, "Syfte med SIP")
    doc.add_paragraph(
        "Syftet med planen är att samordna psykiatrins behandling med socialtjänstens boendestöd "
        "och arbetet med skulderna, så att Daniel kan behålla sin lägenhet och slippa fler "
        "inläggningar under 2025."
    )

    bold_par(doc, "Mål")
    doc.add_paragraph(
        "Målet är att Daniel ska ha en stabil boendesituation, ta sin medicin regelbundet och ha "
        "en plan för hur skulderna ska betalas av."
    )

    bold_par(doc, "Närvaro")
    doc.add_paragraph("Daniel deltog under hela mötet.")

    bold_par(doc, "Insatser")
    cols = ["Huvudman (Kommun/Region/Annan)", "Verksamhet", "Insats", "Startdatum"]
    rows = [
        ("Region", "Psykosmottagningen Malmö, Vuxenpsykiatrin",
         "Depåinjektion var fjortonde dag och läkarbesök var tredje månad. Kontaktsjuksköterskan "
         "ringer Daniel en gång i veckan.", "2025-02-24"),
        ("Kommun", "Socialtjänsten Malmö, Boendestödsteamet Öster",
         "Boendestöd två gånger per vecka: hjälp med städning, post, inköp och att hålla tider.",
         "2025-03-03"),
        ("Region", "",
         "Samtalskontakt med fokus på sömn och oro, varannan vecka.", "2025-03-10"),
        ("Kommun", "",
         "Budget- och skuldrådgivning: genomgång av alla skulder och kontakt med fordringsägare "
         "om avbetalningsplaner.", "2025-03-17"),
        ("Annan", "God man",
         "Betalar hyra och fasta räkningar från Daniels konto varje månad och ansöker om "
         "skuldsanering hos Kronofogden.", "2025-03-01"),
        ("Annan", "Försäkringskassan",
         "Handlägger ansökan om bostadstillägg som god man skickar in.", "2025-03-15"),
    ]
    table = doc.add_table(rows=1 + len(rows), cols=4)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    header_row(table, cols)
    for row, data in zip(table.rows[1:], rows):
        fill_row(row, data)
    set_col_widths(table, [2.9, 4.2, 6.8, 2.7])

    bold_par(doc, "Huvudansvar för planen")
    doc.add_paragraph("Socialtjänsten Malmö, Vuxenenheten Öster")


    doc.save(path(1, "docx"))


# ======================================================================
# 02  .pdf (fpdf2) e-form print, drawn checkboxes; hip fracture discharge
#     SUS Lund -> home in Staffanstorp
# ======================================================================
class FormPDF(FPDF):
    system = "Region Skåne · Samordnad planering · SIP-formulär"
    printed = "Utskrivet 2025-03-12 14:07"

    def header(self):
        self.set_font("dv", "", 7.5)
        self.set_text_color(80, 80, 80)
        self.set_xy(12, 7)
        self.cell(120, 4, self.system)
        self.set_xy(12, 7)
        self.cell(186, 4, f"{self.printed}    Sida {self.page_no()} ({{nb}})", align="R")
        self.line(12, 12, 198, 12)
        self.set_text_color(0, 0, 0)
        self.set_y(15)

    def footer(self):
        self.set_y(-11)
        self.set_font("dv", "", 7)
        self.set_text_color(110, 110, 110)
        self.cell(0, 4, "Formulär SIP v3.2 – innehåller sekretessuppgifter", align="C")
        self.set_text_color(0, 0, 0)


def plan02():
    pdf = FormPDF(format="A4")
    pdf.add_font("dv", "", FONT)
    pdf.add_font("dv", "B", FONT_B)
    pdf.alias_nb_pages()
    import datetime as _dt
    pdf.set_creation_date(_dt.datetime(2025, 3, 12, 14, 7, tzinfo=_dt.timezone.utc))
    pdf.set_creator("SIP-formulär")
    pdf.set_auto_page_break(False)
    pdf.set_margins(12, 15, 12)
    pdf.add_page()
    L, W = 12, 186
    BOTTOM = 280

    def ensure(h):
        if pdf.get_y() + h > BOTTOM:
            pdf.add_page()

    def section_title(text, need=14):
        ensure(need)
        pdf.ln(2)
        pdf.set_fill_color(220, 228, 238)
        pdf.set_font("dv", "B", 9.5)
        pdf.set_x(L)
        pdf.cell(W, 6, " " + text, border=1, fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def boxed_field(label, value, lw=45, h=6.2):
        """A one-line labelled box; value may be empty."""
        ensure(h)
        y = pdf.get_y()
        pdf.set_font("dv", "", 8)
        pdf.set_xy(L, y)
        pdf.cell(lw, h, " " + label, border=1)
        pdf.set_font("dv", "", 9)
        pdf.cell(W - lw, h, " " + value, border=1, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def text_box(label, text, min_h=12):
        pdf.set_font("dv", "", 8)
        ensure(18)
        pdf.set_x(L)
        pdf.cell(W, 5, label, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font("dv", "", 9)
        lines = pdf.multi_cell(W - 4, 4.6, text, dry_run=True, output="LINES") if text else []
        h = max(min_h, len(lines) * 4.6 + 3)
        ensure(h)
        y = pdf.get_y()
        pdf.rect(L, y, W, h)
        if text:
            pdf.set_xy(L + 2, y + 1.5)
            pdf.multi_cell(W - 4, 4.6, text, align="L")
        pdf.set_xy(L, y + h)

    def checkbox(x, y, ticked, s=3.4):
        pdf.set_line_width(0.25)
        pdf.rect(x, y, s, s)
        if ticked:
            pdf.set_line_width(0.35)
            pdf.line(x + 0.5, y + 0.5, x + s - 0.5, y + s - 0.5)
            pdf.line(x + s - 0.5, y + 0.5, x + 0.5, y + s - 0.5)
            pdf.set_line_width(0.2)

    def check_line(items, h=5.6):
        """items: list of (ticked, text, width). Drawn on one row."""
        ensure(h)
        y = pdf.get_y()
        x = L + 2
        pdf.set_font("dv", "", 9)
        for ticked, text, w in items:
            checkbox(x, y + (h - 3.4) / 2, ticked)
            pdf.set_xy(x + 5, y)
            pdf.cell(w - 5, h, text)
            x += w
        pdf.set_xy(L, y + h)

    def table(cols, widths, rows, lh=4.4):
        def head():
            pdf.set_font("dv", "B", 8.5)
            pdf.set_fill_color(235, 235, 235)
            pdf.set_x(L)
            for c, w in zip(cols, widths):
                pdf.cell(w, 6, " " + c, border=1, fill=True)
            pdf.ln(6)

        pdf.set_font("dv", "", 8.5)
        first = rows[0]
        fh = max(len(pdf.multi_cell(w - 2, lh, t, dry_run=True, output="LINES")) if t else 1
                 for t, w in zip(first, widths)) * lh + 2
        ensure(6 + fh)
        head()
        pdf.set_font("dv", "", 8.5)
        for row in rows:
            heights = []
            for t, w in zip(row, widths):
                n = len(pdf.multi_cell(w - 2, lh, t, dry_run=True, output="LINES")) if t else 1
                heights.append(n * lh + 2)
            h = max(heights)
            if pdf.get_y() + h > BOTTOM:
                pdf.add_page()
                head()
                pdf.set_font("dv", "", 8.5)
            y = pdf.get_y()
            x = L
            for t, w in zip(row, widths):
                pdf.rect(x, y, w, h)
                if t:
                    pdf.set_xy(x + 1, y + 1)
                    pdf.multi_cell(w - 2, lh, t, align="L")
                x += w
            pdf.set_xy(L, y + h)

    # --- title
    pdf.set_font("dv", "B", 14)
    pdf.cell(W, 8, "Samordnad individuell plan (SIP)", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("dv", "", 8.5)
    pdf.cell(W, 5, "Enligt 2 kap. 7 § SoL och 16 kap. 4 § HSL. Kryssa i tillämpliga rutor.",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    section_title("1. Uppgifter om den enskilde och mötet")
    boxed_field("Namn", "Bengt")
    boxed_field("Personnummer", "ÅÅMMDD-XXXX")
    boxed_field("Bostadsort", "Staffanstorp")
    boxed_field("Mötesdatum", "2025-03-12")
    boxed_field("Plats", "Ortopedavdelning 4, Skånes universitetssjukhus Lund")
    pdf.set_font("dv", "", 8)
    pdf.cell(W, 5, "Mötesform", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    check_line([(True, "Fysiskt möte", 45), (False, "Digitalt möte", 45), (False, "Telefon", 45)])

    section_title("2. Bakgrund och nuvarande situation")
    text_box("Beskriv kortfattat",
             "Bengt, 84 år, föll i hemmet 2025-02-27 och opererades samma dag för höftfraktur på "
             "vänster sida på SUS Lund. Han bor ensam i villa i Staffanstorp sedan hustrun dog 2023 "
             "och klarade sig före fallet helt utan hjälp. Nu går han med rollator korta sträckor "
             "inomhus och behöver hjälp med av- och påklädning nedtill och med dusch. Lätt kognitiv "
             "svikt har noterats under vårdtiden. Beräknad utskrivning är 2025-03-17.")

    section_title("3. Syfte med SIP")
    text_box("Syfte",
             "Att planera Bengts hemgång så att hemtjänst, hemsjukvård och rehabilitering i "
             "Staffanstorp är på plats samma dag som han skrivs ut, och så att han kan fortsätta "
             "träna upp gångförmågan hemma i stället för på korttidsboende.")

    section_title("4. Frågeställningar inför mötet")
    text_box("Frågeställningar", "", min_h=9)

    section_title("5. Den enskildes delaktighet")
    check_line([(True, "Den enskilde deltog i mötet", 90)])
    check_line([(False, "Den enskilde deltog inte i mötet, orsak anges nedan", 120)])
    check_line([(False, "Den enskildes synpunkter har förmedlats av annan person", 120)])
    text_box("Den enskildes synpunkter och önskemål",
             "Bengt vill hem så snart som möjligt och vill inte till korttidsboende. Han önskar "
             "att det blir så få olika personer från hemtjänsten som möjligt och vill inte ha besök "
             "före kl. 8 på morgonen.")
    text_box("Den enskildes mål (med egna ord)",
             "\u201dJag vill klara mig själv hemma och kunna gå till affären med rollatorn innan "
             "midsommar.\u201d", min_h=9)

    section_title("6. Samtycke")
    check_line([(True, "Samtycke till samverkan finns", 90)])
    check_line([(False, "Muntligt", 35), (False, "Skriftligt", 35)])
    boxed_field("Datum för samtycke", "")

    section_title("7. Insatser och ansvar", need=30)
    table(
        ["Insats", "Ansvarig verksamhet / funktion", "Fr.o.m."],
        [88, 72, 26],
        [
            ("Hemtjänst morgon och kväll: hjälp med av- och påklädning, dusch en gång i veckan, "
             "inköp en gång i veckan",
             "Hemtjänst Staffanstorp, enhetschef", "2025-03-17"),
            ("Trygghetslarm installeras före hemkomst",
             "Hemtjänst Staffanstorp, larmansvarig", "2025-03-14"),
            ("Hembesök av arbetsterapeut: bedömning av hjälpmedel, toalettförhöjning och duschpall",
             "Rehab Staffanstorp, arbetsterapeut", "2025-03-18"),
            ("Gångträning i hemmet två gånger i veckan enligt träningsprogram från avdelningen",
             "Rehab Staffanstorp, fysioterapeut", ""),
            ("Suturtagning och kontroll av operationssår",
             "Kommunal hemsjukvård Staffanstorp, sjuksköterska", "2025-03-24"),
            ("Läkemedelsgenomgång och uppföljning av kognitiv svikt",
             "Vårdcentralen Staffanstorp, distriktsläkare", "2025-04-07"),
            ("Utskrivningsmeddelande och aktuell läkemedelslista skickas till hemsjukvård och "
             "vårdcentral",
             "Ortopedavdelning 4, SUS Lund, sjuksköterska", "2025-03-17"),
        ],
    )

    section_title("8. Andra aktörer")
    check_line([(False, "Försäkringskassan", 45), (False, "Arbetsförmedlingen", 45),
                (False, "God man / förvaltare", 50)])
    check_line([(True, "Närstående", 45), (False, "Inga andra aktörer", 50)])
    text_box("Beskriv", "Dottern Karin, bor i Malmö.", min_h=9)

    section_title("9. Huvudansvar för planen")
    check_line([(False, "Kommun", 40), (False, "Region", 40)])
    boxed_field("Namn/funktion och verksamhet", "", lw=60)

    section_title("10. Uppföljning")
    check_line([(True, "Uppföljningsmöte bokat, datum och tid: 2025-04-15 kl. 13.30", 150)])
    check_line([(False, "Uppföljning vid behov", 90)])
    boxed_field("Plats för uppföljning", "I Bengts bostad, Staffanstorp")

    section_title("11. Deltagare", need=24)
    table(
        ["Namn", "Funktion", "Verksamhet"],
        [40, 66, 80],
        [
            ("Bengt", "Den enskilde", ""),
            ("Karin", "Dotter", ""),
            ("Helena", "Sjuksköterska, utskrivningsansvarig", "Ortopedavdelning 4, SUS Lund"),
            ("Ali", "Fysioterapeut", "Ortopedavdelning 4, SUS Lund"),
            ("Maria", "Biståndshandläggare", "Vård och omsorg, Staffanstorps kommun"),
            ("Sven", "Sjuksköterska", "Kommunal hemsjukvård Staffanstorp"),
            ("Linnea", "Arbetsterapeut", "Rehab Staffanstorp"),
        ],
    )

    pdf.ln(4)
    pdf.set_font("dv", "", 8)
    ensure(14)
    pdf.cell(W, 5, "Planen har upprättats i samband med mötet och skickats till samtliga deltagare.",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.output(path(2, "pdf"))


# ======================================================================
# 03  .txt Windows-1252, one very long line per part, blank line between;
#     young man with substance use, Trelleborg
# ======================================================================
def plan03():
    parts = [
        "SIP – Samordnad individuell plan, Trelleborgs kommun och Region Skåne. Datum för mötet: "
        "2025-03-18, kl. 13.00–14.30. Plats: Socialtjänsten Trelleborg, mötesrum Lilla Vik. Den "
        "enskilde: Emil, 19 år, personnummer XXXXXX-XXXX. Närvarande: Emil, Sanna, Jonas, Petra "
        "och Mattias. Antecknat av Sanna. Planen skrivs ut och lämnas till Emil direkt efter "
        "mötet, övriga deltagare får den via internpost.",

        "Bakgrund: Emil är 19 år och bor sedan i höstas i en andrahandslägenhet i Trelleborg efter "
        "att ha flyttat hemifrån. Han har använt cannabis nästan dagligen sedan han var 16 och har "
        "under det senaste året även tagit amfetamin på helgerna. Han avbröt gymnasiet i årskurs 2 "
        "och har inte haft någon sysselsättning sedan dess. I januari 2025 sökte han själv hjälp "
        "för sitt missbruk och det finns nu kontakt både med socialtjänsten och med beroendevården. "
        "Han sover dåligt, har ångest på kvällarna och har haft svårt att betala hyran de senaste "
        "två månaderna.",

        "Syfte: Syftet med SIP:en är att socialtjänsten och beroendevården ska ha en gemensam plan "
        "för Emils behandling så att han inte faller mellan stolarna när han samtidigt behöver "
        "hjälp med att bli drogfri, med sömnen och med ångesten, och att han ska få stöd att komma "
        "tillbaka till studier eller arbete. Emil har tidigare upplevt att han fått olika besked "
        "från olika håll och att ingen visste vad den andra gjorde, därför vill alla parter ge "
        "honom en enda plan att hålla sig till.",

        "Frågeställningar: Vilken behandling ska Emil ha för sitt cannabisbruk och hur ofta ska han "
        "lämna urinprov? Kan sömnproblemen och ångesten utredas parallellt med "
        "missbruksbehandlingen eller måste han vara drogfri först? Hur ska Emil få en "
        "sysselsättning under våren och går det att kombinera med behandlingen? Hur gör vi om "
        "Emil får ett återfall, vem ska han vända sig till och hur får de andra veta det?",

        "Emils mål: Emil säger själv: ”Jag vill vara ren och ha ett jobb innan sommaren, och jag "
        "vill kunna sova på nätterna utan att röka på. Jag vill inte hamna där jag var i höstas "
        "igen.” På längre sikt vill han ta körkort och läsa in gymnasiet på Komvux, men han tycker "
        "att det viktigaste just nu är att få ordning på sömnen och slippa ångesten på kvällarna. "
        "Han vill ha så få personer som möjligt att träffa.",

        "Emils syn: Emil var med under hela mötet och berättade själv hur det har gått sedan "
        "januari. Han tycker att det är jobbigt att lämna urinprov men förstår varför och vill "
        "hellre lämna dem på samma ställe som han har sina samtal. Han vill inte bli inlagd och vill "
        "inte ha fler än två kontaktpersoner. Han önskar att mötena hålls på eftermiddagen "
        "eftersom han har svårt att komma upp på morgonen, och han vill ha planen utskriven på "
        "papper.",

        "Samtycke: Samtycke till att socialtjänsten och beroendevården får utbyta information med "
        "varandra finns. Emil vill inte att uppgifter ur planen lämnas till "
        "någon utanför de verksamheter som var med på mötet, och han vill själv bestämma om och när "
        "andra ska bjudas in till kommande SIP-möten. Det gäller även om han skulle få ett återfall "
        "under våren.",

        "Insatser: Öppenvårdsbehandling för cannabisberoende med återfallsprevention (ÅP) en gång "
        "per vecka under tolv veckor. Urinprov två gånger per vecka, oanmält. Bedömning av sömn och "
        "ångest med ställningstagande till läkemedel som inte är beroendeframkallande. Motiverande "
        "samtal kring sysselsättning och kontakt med Komvux om studier till hösten. Hjälp att "
        "ansöka om ekonomiskt bistånd för hyran i april. Vem som ansvarar för vilken insats och "
        "från när, och vem som ska ha huvudansvaret för planen, hann vi inte bestämma på mötet. "
        "Det tas upp nästa gång.",

        "Uppföljning: Ny SIP-träff om cirka tre månader, troligen i slutet av juni innan "
        "semestrarna börjar. Kallelse skickas ut när alla har svarat på vilka tider som passar, och "
        "mötet ska ligga efter klockan 13 enligt Emils önskemål. Fram till dess gäller planen ovan. "
        "Om situationen försämras, till exempel vid ett återfall eller om Emil inte kommer till "
        "sina samtal, kan vem som helst av parterna kalla till ett tidigare möte.",
    ]
    for p in parts[1:]:
        assert 300 <= len(p) <= 600, (len(p), p[:40])
    assert 300 <= len(parts[0]) <= 600, len(parts[0])
    text = "\r\n\r\n".join(parts) + "\r\n"
    with open(path(3, "txt"), "wb") as f:
        f.write(text.encode("cp1252"))


# ======================================================================
# 04  .md with mermaid gantt; LSS, autism, move to servicebostad, Lund
# ======================================================================
def plan04():
    md = """# SIP – Oskar, 24 år

**Datum för mötet:** 2025-03-25  
**Plats:** Habiliteringen Lund, Region Skåne  
**Personnummer:** XXXXXX-XXXX

## Bakgrund

Oskar har autism och lindrig intellektuell funktionsnedsättning och tillhör personkrets 1 enligt
LSS. Han bor hos sina föräldrar i Södra Sandby men har fått beslut om bostad med särskild service
enligt 9 § 9 LSS och ska flytta till Servicebostaden Kvarngatan i Lund i maj. Han har daglig
verksamhet på Verkstan tre dagar i veckan. Inför flytten har oron ökat, han sover sämre och har
haft utbrott hemma. Han har sömnmedicin utskriven av Vuxenpsykiatrin Lund. Hans
aktivitetsersättning från Försäkringskassan löper ut 2025-06-30. Oskar har god man sedan 2021.

Oskar var med en stund i början av mötet.

## Syfte

Syftet är att samordna flytten från föräldrahemmet till servicebostaden så att boendet, daglig
verksamhet, habiliteringen och psykiatrin arbetar på samma sätt med Oskars bildstöd och schema,
och så att hans ersättning från Försäkringskassan inte avbryts när aktivitetsersättningen löper
ut i juni.

## Tidsplan för insatserna

```mermaid
gantt
    title SIP Oskar - insatser 2025
    dateFormat YYYY-MM-DD
    axisFormat %d/%m

    section Lunds kommun - LSS-handläggning
    Verkställighet av beslut om bostad med särskild service :lss1, 2025-04-01, 2025-05-05

    section Lunds kommun - Servicebostaden Kvarngatan
    Introduktionsbesök i lägenheten två gånger per vecka :bo1, 2025-04-07, 2025-05-04
    Inflyttning :milestone, bo2, 2025-05-05, 0d
    Dagligt schema med bildstöd i lägenheten :bo3, 2025-05-05, 2025-09-30

    section Lunds kommun - Daglig verksamhet Verkstan
    Anpassat schema tre dagar per vecka under flytten :dv1, 2025-04-01, 2025-09-30

    section Region Skåne - Habiliteringen Lund
    Arbetsterapeut kartlägger vardagsaktiviteter i nya hemmet :hab1, 2025-05-12, 2025-06-13
    Kurator har samtal med Oskar varannan vecka :hab2, 2025-04-01, 2025-06-27

    section Region Skåne - Vuxenpsykiatrin Lund
    Läkarbesök och utvärdering av sömnmedicin :psy1, 2025-05-20, 1d

    section God man
    Ansökan om förlängd aktivitetsersättning till FK :gm1, 2025-04-01, 2025-04-30
    Ansökan om bostadstillägg och teckna hemförsäkring :gm2, 2025-04-14, 2025-05-05

    section Försäkringskassan
    Utredning och beslut om aktivitetsersättning :fk1, 2025-05-01, 2025-06-30

    section Uppföljning
    SIP-uppföljning :milestone, upp1, 2025-09-16, 0d
```

## Vem ansvarar för vad

- **LSS-handläggare, Lunds kommun** – verkställighet av boendebeslutet
- **Enhetschef, Servicebostaden Kvarngatan** – introduktion, inflyttning och schema med bildstöd
- **Arbetsledare, Daglig verksamhet Verkstan** – anpassat schema under flytten
- **Arbetsterapeut och kurator, Habiliteringen Lund** – kartläggning i hemmet och samtal
- **Ansvarig läkare, Vuxenpsykiatrin Lund** – uppföljning av sömnmedicinen
- **God man** – ansökningar till Försäkringskassan och hemförsäkring
- **Handläggare, Försäkringskassan** – beslut om aktivitetsersättning

Huvudansvar för SIP:en ligger på kommunen.

Uppföljning enligt tidsplanen ovan.
"""
    with open(path(4, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ======================================================================
# 05  .docx, Heading 1 for every label and every short value;
#     child with school refusal and anxiety, Eslöv
# ======================================================================
def plan05():
    doc = base_doc()
    set_core(doc, "SIP")
    h1 = doc.styles["Heading 1"]
    h1.font.size = Pt(14)

    def H(text):
        doc.add_paragraph(text, style="Heading 1")

    def N(text):
        doc.add_paragraph(text)

    H("SIP Samordnad individuell plan")
    H("Barnets namn")
    H("Alva")
    H("Födelsedatum")
    H("ÅÅMMDD-XXXX")
    H("Datum för mötet")
    H("2025-02-11")
    H("Plats")
    H("Bergaskolan, Eslöv")
    H("Bakgrund")
    N("Alva går i årskurs 5 på Bergaskolan. Sedan höstterminen 2024 har hennes frånvaro ökat och "
      "i januari var hon i skolan ungefär 38 % av tiden. Hon får ont i magen på morgnarna och blir "
      "mycket orolig när hon ska lämna hemmet. Hon remitterades i december från Vårdcentralen "
      "Eslöv till BUP Lund och fick en första bedömning i januari där man misstänker ett "
      "ångestsyndrom. Familjen har själv ansökt om stöd hos socialtjänsten i Eslöv. Alva bor med "
      "mamma, pappa och en lillebror på sex år.")
    H("Syfte")
    N("Syftet är att skolan, BUP och socialtjänsten tillsammans med Alva och hennes föräldrar gör "
      "en gemensam plan för att Alva ska kunna komma tillbaka till skolan steg för steg och få "
      "behandling för sin oro, så att familjen inte behöver samordna allt själv.")
    H("Frågeställningar")
    H("Alvas mål")
    N("\u201dJag vill kunna vara i skolan hela dagar och äta lunch med de andra igen. Och jag vill "
      "inte ha ont i magen varje morgon.\u201d")
    H("Alvas och föräldrarnas syn")
    N("Alva var med på mötet tillsammans med mamma och pappa. Alva berättade att det är jobbigast i "
      "matsalen och på rasterna när det är mycket ljud. Hon vill börja med att vara i skolan på "
      "förmiddagarna och vill att det är samma vuxna som möter henne varje dag. Föräldrarna "
      "önskar att BUP och skolan pratar direkt med varandra så att de slipper föra information "
      "fram och tillbaka.")
    H("Samtycke")
    H("Ja")
    H("Insatser")
    N("Anpassad skoldag: Alva är i skolan kl. 8.15–11.30 med egen plats i ett mindre grupprum. "
      "Mentor möter henne vid entrén varje morgon. Ansvarig: mentor, Bergaskolan. Start: 2025-02-17.")
    N("Samtal med kurator en gång i veckan om oron och skolsituationen. Ansvarig: kurator, "
      "elevhälsan Bergaskolan. Start: 2025-02-19.")
    N("KBT-behandling för ångest, cirka 12 tillfällen. Ansvarig: behandlare, BUP Lund. Start: mars 2025.")
    N("Utredning av behov av föräldrastöd eller familjebehandling. Ansvarig: socialsekreterare, "
      "Barn och familj, Socialtjänsten Eslöv.")
    H("Huvudansvarig")
    H("Kurator")
    H("Uppföljning")
    H("Vecka 14")
    H("Deltagare")
    for d in ["Alva", "Mamma", "Pappa", "Mentor", "Kurator", "Rektor", "Behandlare",
              "Socialsekreterare"]:
        H(d)
    doc.save(path(5, "docx"))


# ======================================================================
# 06  .docx, table Insats | Ansvarig | När | Den enskildes kommentar;
#     discharge from psychiatric inpatient care, Lund -> Höör
# ======================================================================
def plan06():
    doc = base_doc(font="Arial", size=10)
    set_core(doc, "SIP vid utskrivning")
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    header_text(sec, "Region Skåne – Psykiatri Skåne, Vuxenpsykiatrin Lund avd. 22",
                "Samordnad individuell plan")
    footer_page_number(sec)

    t = doc.add_paragraph()
    r = t.add_run("Samordnad individuell plan – SIP vid utskrivning från sluten psykiatrisk vård")
    r.bold = True
    r.font.size = Pt(14)

    label_value(doc, "Namn:", "Sofie")
    label_value(doc, "Personnummer:", "XXXXXX-XXXX")
    label_value(doc, "Mötesdatum:", "2025-04-09")
    label_value(doc, "Plats:", "Vuxenpsykiatrin Lund, avdelning 22")
    label_value(doc, "Syfte:", "SIP inför utskrivning.")
    label_value(doc, "Frågeställningar:", "")

    bold_par(doc, "Bakgrund")
    doc.add_paragraph(
        "Sofie, 34 år, har varit inlagd på avdelning 22 sedan 2025-03-20 efter en suicidal kris med "
        "självskada. Hon har haft återkommande depressioner sedan tonåren och svårigheter att "
        "reglera känslor. Hon bor ensam i lägenhet i Höör och har varit sjukskriven sedan november "
        "2024. Hon har hyresskuld motsvarande två månadshyror. Utskrivning planeras till 2025-04-14.")

    bold_par(doc, "Sofies mål")
    doc.add_paragraph(
        "\u201dJag vill kunna bo kvar i min lägenhet och börja plugga till undersköterska i höst. "
        "Jag vill inte hamna på avdelningen igen.\u201d")

    doc.add_paragraph(
        "Sofie deltog på mötet. Kommentarerna i tabellen är hennes egna ord och skrevs in under "
        "mötet tillsammans med henne.")

    bold_par(doc, "Insatser")
    cols = ["Insats", "Ansvarig", "När", "Den enskildes kommentar"]
    rows = [
        ("Återbesök hos läkare efter utskrivning, genomgång av antidepressiv medicinering",
         "Läkare, Vuxenpsykiatrin Eslöv/Höör öppenvård", "2025-04-17",
         "Bra. Jag vill inte höja dosen mer om det går att undvika."),
        ("Telefonkontakt två gånger i veckan de första fyra veckorna",
         "Kontaktsjuksköterska, Vuxenpsykiatrin Eslöv/Höör öppenvård", "Från 2025-04-15",
         "Det känns tryggt att veta vem som ringer."),
        ("DBT-färdighetsträning i grupp, 20 veckor",
         "Psykolog, Vuxenpsykiatrin Eslöv/Höör öppenvård", "Gruppstart 2025-05-06",
         "Jag är nervös för grupper men jag vill försöka."),
        ("Boendestöd tre gånger i veckan: struktur i vardagen, handla, öppna post",
         "Boendestödjare, Socialpsykiatrin Höör", "Från 2025-04-15",
         "Helst efter klockan tio, jag sover dåligt på morgnarna."),
        ("Utredning av ekonomiskt bistånd för hyresskulden",
         "Socialsekreterare, försörjningsstöd, Socialtjänsten Höör", "Besök 2025-04-16",
         "Jag skäms över skulden men vill få ordning på den."),
        ("Provtagning och viktkontroll",
         "Distriktssköterska, Vårdcentralen Höör", "2025-04-24",
         "Okej."),
        ("Krisplan gås igenom och lämnas med vid utskrivning",
         "Kontaktperson/skötare, avd. 22 Vuxenpsykiatrin Lund", "2025-04-14",
         "Jag vill ha den i telefonen också."),
    ]
    table = doc.add_table(rows=1 + len(rows), cols=4)
    table.style = "Table Grid"
    header_row(table, cols, fill="C6D9F1")
    for row, data in zip(table.rows[1:], rows):
        fill_row(row, data)
    set_col_widths(table, [7.2, 6.6, 3.9, 8.0])

    bold_par(doc, "Övriga aktörer")
    doc.add_paragraph("Sofie har sjukpenning och har kontakt med Försäkringskassan.")

    label_value(doc, "Huvudansvarig för planen:",
                "Lena, kontaktsjuksköterska, Vuxenpsykiatrin Eslöv/Höör öppenvård")

    bold_par(doc, "Uppföljning")
    doc.add_paragraph("Uppföljande SIP i juni, datum bestäms senare.")

    bold_par(doc, "Deltagare")
    doc.add_paragraph(
        "Sofie; Maria, skötare/kontaktperson; Lena, sjuksköterska; Ahmed, kurator; "
        "Eva, boendestödjare; Jonas, socialsekreterare.")
    doc.save(path(6, "docx"))


# ======================================================================
# 07  .pdf via LibreOffice, line numbers in margin; elderly woman with
#     dementia, Trelleborg
# ======================================================================
def plan07(tmp_docx):
    doc = base_doc(font="Times New Roman", size=12)
    set_core(doc, "SIP")
    sec = doc.sections[0]
    sec.left_margin = Cm(3.0)
    # Word line numbering: every line, continuous, in the left margin
    sectPr = sec._sectPr
    ln = OxmlElement("w:lnNumType")
    ln.set(qn("w:countBy"), "1")
    ln.set(qn("w:distance"), "340")
    ln.set(qn("w:restart"), "continuous")
    pgMar = sectPr.find(qn("w:pgMar"))
    pgMar.addnext(ln)
    header_text(sec, "Trelleborgs kommun – Vård och omsorg", None, size=9)

    p = doc.add_paragraph()
    r = p.add_run("SIP – samordnad individuell plan")
    r.bold = True
    r.font.size = Pt(15)

    label_value(doc, "Datum:", "2025-05-06")
    label_value(doc, "Plats:", "Vårdcentralen Trelleborg")
    label_value(doc, "Den enskilde:", "Margit, 86 år, ÅÅMMDD-XXXX")

    bold_par(doc, "Närvarande")
    for d in [
        "Anna, biståndshandläggare, Vård och omsorg, Trelleborgs kommun",
        "Kim, enhetschef, Hemtjänst Trelleborg öster",
        "Eva, distriktssköterska, Vårdcentralen Trelleborg",
        "Yusuf, distriktsläkare, Vårdcentralen Trelleborg",
        "Lars, son",
    ]:
        doc.add_paragraph(d)
    doc.add_paragraph(
        "Margit var inte med på mötet eftersom hon blir orolig och förvirrad i nya miljöer.")

    bold_par(doc, "Samtycke")
    doc.add_paragraph(
        "Margit gav muntligt samtycke till SIP och till att kommunen och vårdcentralen delar "
        "information med varandra vid ett hembesök 2025-04-28, där sonen också var med.")

    bold_par(doc, "Bakgrund")
    doc.add_paragraph(
        "Margit bor ensam i en lägenhet i Trelleborg. Hon fick diagnosen Alzheimers sjukdom 2023. "
        "Hon har hemtjänst fyra gånger om dagen och matdistribution. Under våren har hon vid flera "
        "tillfällen gått ut på kvällen och inte hittat hem. Hon har gått ner fyra kilo sedan "
        "januari. Hon har också tappat intresset för saker som hon tyckte om tidigare, som att "
        "lösa korsord och lyssna på radio, och distriktsläkaren misstänker att hon även har en "
        "depression. Sonen bor i Malmö och brukar komma på helgerna.")

    bold_par(doc, "Frågor till mötet")
    doc.add_paragraph("Diskutera läget hemma.")

    bold_par(doc, "Mål")
    doc.add_paragraph("Målet är att Margit ska kunna bo kvar hemma så länge som möjligt.")

    bold_par(doc, "Insatser")
    for d in [
        "Fortsatt hemtjänst enligt beslut.",
        "Fortsatt kontakt med vårdcentralen.",
        "Stöd vid behov.",
        "Sonen hjälper till som tidigare.",
    ]:
        doc.add_paragraph(d)

    bold_par(doc, "Ansvar")
    doc.add_paragraph(
        "Kommunen ansvarar för hemtjänsten och regionen ansvarar för den medicinska delen.")

    bold_par(doc, "Huvudansvar")
    doc.add_paragraph("Hemtjänsten.")

    bold_par(doc, "Övrigt")
    doc.add_paragraph(
        "Lars berättade att han är orolig för att hans mamma går ut på kvällarna och att han ofta "
        "blir uppringd av grannar. Det diskuterades om ett trygghetslarm med GPS kan vara aktuellt "
        "men inget beslutades. Viktnedgången och den misstänkta depressionen togs också upp. "
        "Mötet avslutades kl. 15.10.")
    doc.save(tmp_docx)
    soffice_pdf(tmp_docx, path(7, "pdf"))


# ======================================================================
# 08  .docx, NOT a SIP: school attendance report, Höör
# ======================================================================
def plan08():
    doc = base_doc()
    set_core(doc, "Närvarorapport")
    sec = doc.sections[0]
    header_text(sec, "Höörs kommun – Barn och utbildning, Ringsjöskolan", "Närvarorapport")

    t = doc.add_paragraph()
    r = t.add_run("Närvarorapport – februari 2025")
    r.bold = True
    r.font.size = Pt(16)

    label_value(doc, "Elev:", "Leo")
    label_value(doc, "Personnummer:", "ÅÅMMDD-XXXX")
    label_value(doc, "Klass:", "8B")
    label_value(doc, "Mentor:", "Johanna")
    label_value(doc, "Period:", "2025-02-03 – 2025-02-28 (vecka 7 sportlov)")

    bold_par(doc, "Sammanställning")
    summary = doc.add_table(rows=5, cols=2)
    summary.style = "Table Grid"
    data = [
        ("Skoldagar i perioden", "15"),
        ("Schemalagd tid", "4 050 minuter"),
        ("Total frånvaro", "1 400 minuter (35 %)"),
        ("varav anmäld/giltig frånvaro", "900 minuter (22 %)"),
        ("varav ogiltig frånvaro", "500 minuter (12 %)"),
    ]
    for row, (a, b) in zip(summary.rows, data):
        fill_row(row, (a, b), size=10)
        row.cells[0].paragraphs[0].runs[0].bold = True
        shade(row.cells[0], "EFEFEF")

    bold_par(doc, "Närvaro per dag")
    days = [
        ("2025-02-03", "måndag", "Frånvarande hela dagen", "Sjukanmäld av vårdnadshavare"),
        ("2025-02-04", "tisdag", "Närvarande", ""),
        ("2025-02-05", "onsdag", "Närvarande", ""),
        ("2025-02-06", "torsdag", "Sen ankomst 35 min", "Ogiltig"),
        ("2025-02-07", "fredag", "Frånvarande hela dagen", "Ogiltig, ej anmäld"),
        ("2025-02-10", "måndag", "Frånvarande hela dagen", "Sjukanmäld av vårdnadshavare"),
        ("2025-02-11", "tisdag", "Närvarande", ""),
        ("2025-02-12", "onsdag", "Närvarande", ""),
        ("2025-02-13", "torsdag", "Närvarande", ""),
        ("2025-02-14", "fredag", "Del av dag, gick hem efter lunch", "Ogiltig"),
        ("2025-02-24", "måndag", "Frånvarande hela dagen", "Sjukanmäld av vårdnadshavare"),
        ("2025-02-25", "tisdag", "Närvarande", ""),
        ("2025-02-26", "onsdag", "Del av dag, tandläkare 09.00–10.30", "Giltig, anmäld"),
        ("2025-02-27", "torsdag", "Närvarande", ""),
        ("2025-02-28", "fredag", "Sen ankomst 60 min", "Ogiltig"),
    ]
    tb = doc.add_table(rows=1 + len(days), cols=4)
    tb.style = "Table Grid"
    header_row(tb, ["Datum", "Dag", "Närvaro", "Orsak / anmärkning"])
    for row, d in zip(tb.rows[1:], days):
        fill_row(row, d)
    set_col_widths(tb, [2.8, 2.4, 6.0, 5.4])

    bold_par(doc, "Frånvaroorsaker i perioden")
    for d in [
        "Sjukdom (anmäld av vårdnadshavare): 3 hela dagar",
        "Tandläkare (anmäld i förväg): 1,5 timme",
        "Ogiltig frånvaro: 1 hel dag, 1 halv dag och 2 sena ankomster",
    ]:
        doc.add_paragraph(d, style="List Bullet")

    bold_par(doc, "Mentorns kommentar")
    doc.add_paragraph(
        "Leos frånvaro har ökat jämfört med januari (14 %) och ligger främst på måndagar och "
        "fredagar. När han är i skolan deltar han bra på lektionerna, särskilt i slöjd och idrott. "
        "Jag har pratat med Leo om de sena ankomsterna och han säger att han har svårt att somna på "
        "kvällarna. Vårdnadshavare kontaktades per telefon 2025-02-20. Vid fortsatt hög frånvaro "
        "anmäls det till rektor enligt skolans rutin för frånvarouppföljning.")
    label_value(doc, "Rapporten skickas till:", "vårdnadshavare via skolans lärplattform, rektor")
    label_value(doc, "Upprättad:", "2025-03-03, Johanna, mentor 8B")
    doc.save(path(8, "docx"))


def main():
    os.makedirs(OUT, exist_ok=True)
    plan01()
    plan02()
    plan03()
    plan04()
    plan05()
    plan06()
    tmp = tempfile.mkdtemp(prefix="f73b-src-")
    try:
        plan07(os.path.join(tmp, f"{PREFIX}-07.docx"))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    plan08()
    for name in sorted(os.listdir(OUT)):
        if name.endswith(".docx"):
            normalize_docx(os.path.join(OUT, name))
    print("written:", sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()
