#!/usr/bin/env python
"""Generate the f23b batch of fictional, anonymized SIP documents into plans/.

Run with python generate_b.py  (calls soffice for the PDFs).
Deterministic: fixed texts and dates, no randomness.
"""
import datetime
import io
import os
import shutil
import subprocess
import tempfile
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f23b"
LO_PROFILE = "file:///tmp/lo-f23b"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def path(n, ext):
    return os.path.join(OUT, f"{PREFIX}-{n:02d}.{ext}")


def soffice_pdf(src, final):
    """Convert src (.docx/.html) to PDF with LibreOffice and move it to final."""
    tmp = tempfile.mkdtemp(prefix="f23b-lo-")
    extra = ['--infilter=HTML (StarWriter)'] if src.endswith(".html") else []
    subprocess.run(
        ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", *extra,
         "--convert-to", "pdf:writer_pdf_Export", "--outdir", tmp, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    produced = os.path.join(tmp, os.path.splitext(os.path.basename(src))[0] + ".pdf")
    shutil.move(produced, final)
    shutil.rmtree(tmp, ignore_errors=True)


def save_docx(doc, target, author="SIP", when=datetime.datetime(2025, 1, 1, 8, 0)):
    """Save with fixed core properties and fixed zip timestamps (byte-identical runs)."""
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = when
    cp.modified = when
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 1, 1, 8, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, zin.read(item.filename))


# ---------------------------------------------------------------- docx helpers
def set_cell_shading(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def mark_header_row(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def cell_text(cell, text, bold=False, size=None, italic=False, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    return p


def bold_para(doc, text, size=None, space_before=8):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    p.paragraph_format.space_before = Pt(space_before)
    p.paragraph_format.space_after = Pt(2)
    p.paragraph_format.keep_with_next = True
    return p


def base_doc(font="Calibri", size=11):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    rfonts.set(qn("w:eastAsia"), font)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2.2)
        s.top_margin = Cm(2.0)
        s.bottom_margin = Cm(2.0)
    return doc


def add_page_field(paragraph):
    """Insert a PAGE field into a paragraph."""
    r = paragraph.add_run()
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        r._r.append(el)


PLACEHOLDER = "Klicka eller tryck här för att ange text."


def add_empty_sdt(paragraph, tag, placeholder=PLACEHOLDER, date=False):
    """Append an empty run-level content control (w:sdt) showing its placeholder."""
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    alias = OxmlElement("w:alias")
    alias.set(qn("w:val"), tag)
    tg = OxmlElement("w:tag")
    tg.set(qn("w:val"), tag)
    ph = OxmlElement("w:placeholder")
    dp = OxmlElement("w:docPart")
    dp.set(qn("w:val"), "DefaultPlaceholder_-1854013440" if not date else
           "DefaultPlaceholder_-1854013437")
    ph.append(dp)
    show = OxmlElement("w:showingPlcHdr")
    pr.extend([alias, tg, ph, show])
    if date:
        d = OxmlElement("w:date")
        fmt = OxmlElement("w:dateFormat")
        fmt.set(qn("w:val"), "yyyy-MM-dd")
        lid = OxmlElement("w:lid")
        lid.set(qn("w:val"), "sv-SE")
        d.extend([fmt, lid])
        pr.append(d)
    else:
        pr.append(OxmlElement("w:text"))
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    rs = OxmlElement("w:rStyle")
    rs.set(qn("w:val"), "PlaceholderText")
    col = OxmlElement("w:color")
    col.set(qn("w:val"), "808080")
    rpr.extend([rs, col])
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = placeholder
    r.extend([rpr, t])
    content.append(r)
    sdt.extend([pr, content])
    paragraph._p.append(sdt)


# =========================================================== 01: fpdf2 record print
class RecordPDF(FPDF):
    system = "Lifecare SP"
    doc_title = "Samordnad individuell plan (SIP)"
    printed = "2025-05-06 10:42"

    def header(self):
        self.set_draw_color(0)
        self.set_line_width(0.3)
        x, y, w = 15, 10, 180
        self.rect(x, y, w, 16)
        self.line(x + 55, y, x + 55, y + 16)
        self.line(x + 135, y, x + 135, y + 16)
        self.set_xy(x + 2, y + 2)
        self.set_font("DejaVu", "B", 11)
        self.cell(51, 6, self.system)
        self.set_xy(x + 2, y + 8.5)
        self.set_font("DejaVu", "", 7.5)
        self.cell(51, 5, "Region Västmanland / Sala kommun")
        self.set_xy(x + 57, y + 2)
        self.set_font("DejaVu", "B", 10)
        self.cell(76, 6, self.doc_title, align="C")
        self.set_xy(x + 57, y + 8.5)
        self.set_font("DejaVu", "", 8)
        self.cell(76, 5, "Patient/klient: ÅÅMMDD-XXXX  [namn] (L.)", align="C")
        self.set_xy(x + 137, y + 2)
        self.set_font("DejaVu", "", 8)
        self.cell(41, 5, "Utskriftsdatum", align="R")
        self.set_xy(x + 137, y + 6.2)
        self.cell(41, 5, self.printed, align="R")
        self.set_xy(x + 137, y + 10.4)
        self.set_font("DejaVu", "B", 8)
        self.cell(41, 5, f"Sida {self.page_no()} ({{nb}})", align="R")
        self.set_y(y + 20)

    def footer(self):
        self.set_y(-13)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(90)
        self.cell(0, 5, "Utskrift ur journal/akt – hanteras enligt sekretess (OSL 25:1, 26:1). "
                  "Utskriven av: socialsekreterare, Vuxenenheten Sala", align="C")
        self.set_text_color(0)


def kw(pdf, key, value, keyw=48):
    """Keyword line: bold keyword in a left column, value as wrapped text."""
    pdf.set_font("DejaVu", "B", 9)
    y = pdf.get_y()
    pdf.set_x(15)
    pdf.multi_cell(keyw, 4.8, key, align="L", new_x="RIGHT", new_y="TOP")
    y_after_key = pdf.get_y()
    pdf.set_xy(15 + keyw, y)
    pdf.set_font("DejaVu", "", 9)
    pdf.multi_cell(180 - keyw, 4.8, value, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(max(pdf.get_y(), y + 4.8) + 1.6)


def plan01():
    pdf = RecordPDF(format="A4")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_margins(15, 15, 15)
    pdf.set_auto_page_break(True, margin=18)
    pdf.alias_nb_pages()
    pdf.set_creation_date(datetime.datetime(2025, 5, 6, 10, 42, tzinfo=datetime.timezone.utc))
    pdf.set_creator("Lifecare SP utskrift")
    pdf.add_page()

    pdf.set_font("DejaVu", "B", 8)
    pdf.set_fill_color(225, 225, 225)
    pdf.cell(60, 6, "Dokumenttyp", border=1, fill=True)
    pdf.cell(40, 6, "Mötesdatum", border=1, fill=True)
    pdf.cell(80, 6, "Vårdenhet / Verksamhet", border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 8.5)
    pdf.cell(60, 6, "SIP – upprättande", border=1)
    pdf.cell(40, 6, "2025-05-05", border=1)
    pdf.cell(80, 6, "Socialtjänsten Sala, Vuxenenheten", border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    kw(pdf, "Deltagare:",
       "Karin, socialsekreterare, Vuxenenheten, Socialtjänsten Sala\n"
       "Mats, sjuksköterska/fast vårdkontakt, Psykiatrisk öppenvård Sala\n"
       "Nadia, budget- och skuldrådgivare, Sala kommun\n"
       "Eva, distriktssköterska, Vårdcentralen Sala Väsby\n"
       "Jukka, boendestödjare, Socialpsykiatrin Sala\n"
       "Per-Olof, god man (förordnad av överförmyndaren)")
    kw(pdf, "Den enskildes närvaro:", "L. deltog inte i mötet.")
    kw(pdf, "Bakgrund:",
       "L. är 34 år och bor ensam i hyresrätt i Sala. Hon har en bipolär sjukdom typ II och har "
       "varit sjukskriven på heltid sedan hösten 2024. Under vintern har hon haft en depressiv "
       "period och räkningar har blivit liggande. Hyresvärden har skickat en påminnelse om "
       "obetald hyra för mars och april och det finns skulder hos Kronofogden (ca 85 000 kr, "
       "främst sms-lån och obetalda elräkningar). God man förordnades i mars 2025 och har "
       "ännu inte full överblick. L. har kontakt med psykiatrisk öppenvård sedan 2019.")
    kw(pdf, "Syfte med SIP:",
       "Att samordna stödet kring L.:s ekonomi och psykiska hälsa så att hon kan behålla sin "
       "lägenhet, få en hållbar plan för skulderna och på sikt kunna börja arbetsträna efter "
       "den långa sjukskrivningen.")
    kw(pdf, "Frågeställningar:", "Gå igenom läget.")
    kw(pdf, "Den enskildes mål:",
       "”Jag vill få ordning på räkningarna så att jag slipper vara rädd för brevlådan. Och "
       "jag vill orka jobba lite igen, kanske halvtid, innan jul.” (L. i samtal med sin fasta "
       "vårdkontakt 2025-04-29)")
    kw(pdf, "Den enskildes synpunkter:",
       "L. har inför mötet framfört via sin fasta vårdkontakt att hon vill att boendestödet "
       "kommer på eftermiddagar och att hyresvärden inte ska kontaktas utan att hon först "
       "får veta det. Hon vill själv vara med när skuldrådgivaren går igenom skulderna.")
    kw(pdf, "Samtycke:",
       "Skriftligt samtycke till SIP och till att uppgifter lämnas mellan Socialtjänsten Sala, "
       "Psykiatrisk öppenvård Sala, Vårdcentralen Sala Väsby och god man, inhämtat "
       "2025-04-22 på blankett ”Samtycke SIP”. Original i akt.")
    kw(pdf, "Aktuell bedömning:",
       "L. är stabilare sedan medicinjustering i mars men har svårt att öppna post och "
       "hålla tider. Risken för avhysning bedöms som reell om hyresskulden inte regleras "
       "före juni.")
    pdf.ln(1)

    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 6, "Planerade insatser och åtgärder", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 8.5)
    rows = [
        ("Utredning av ekonomiskt bistånd för hyresskuld mars–april",
         "Socialtjänsten Sala, Vuxenenheten", "Socialsekreterare", "Beslut senast 2025-05-16"),
        ("Läkemedelsuppföljning litium inkl. provtagning (S-litium, njurvärden)",
         "Psykiatrisk öppenvård Sala", "Sjuksköterska/fast vårdkontakt",
         "Prov 2025-05-14, därefter var 3:e månad"),
        ("Stödsamtal var 14:e dag med fokus på dygnsrytm och tidiga tecken på skov",
         "Psykiatrisk öppenvård Sala", "Sjuksköterska/fast vårdkontakt",
         "Fr.o.m. 2025-05-12"),
        ("Genomgång av skulder, upprättande av budget och ansökan om skuldsanering hos "
         "Kronofogden", "Budget- och skuldrådgivning, Sala kommun",
         "Budget- och skuldrådgivare", "Första möte 2025-05-20"),
        ("Boendestöd två eftermiddagar i veckan: öppna post tillsammans, struktur för "
         "räkningar och inköp", "Socialpsykiatrin Sala", "Boendestödjare", "–"),
        ("Hälsokontroll: blodtryck, vikt och blodfetter (viktuppgång efter "
         "medicinbyte)", "Vårdcentralen Sala Väsby", "Distriktssköterska", "2025-06-03"),
        ("Läkarintyg för fortsatt sjukskrivning skickas till Försäkringskassan",
         "Psykiatrisk öppenvård Sala", "Ansvarig läkare", "Senast 2025-05-15"),
    ]
    other = [
        ("Betalar hyra och löpande räkningar från L.:s konto; kontaktar hyresvärden om "
         "avbetalningsplan efter att först ha pratat med L.", "God man", "Per-Olof",
         "Kontakt med hyresvärd v. 20"),
        ("Följer med L. till första mötet hos budget- och skuldrådgivningen",
         "God man", "Per-Olof", "2025-05-20"),
        ("Tar ställning till fortsatt sjukpenning när nytt läkarintyg kommit in",
         "Försäkringskassan", "Handläggare sjukpenning", "Efter intyg, maj 2025"),
        ("Lägger all post i en låda och tar fram den när boendestödjaren kommer",
         "L. själv", "L.", "Varje besök"),
    ]
    head = ("Insats / åtgärd", "Ansvarig enhet", "Ansvarig funktion", "När")
    hstyle = FontFace(emphasis="BOLD", fill_color=(225, 225, 225))
    with pdf.table(col_widths=(72, 42, 34, 32), text_align="LEFT", line_height=4.4,
                   repeat_headings=1, headings_style=hstyle, first_row_as_headings=True,
                   padding=1.2) as table:
        table.row(head)
        for r in rows:
            table.row(r)
    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 6, "Andra aktörers insatser (FK, god man, den enskilde)",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 8.5)
    with pdf.table(col_widths=(72, 42, 34, 32), text_align="LEFT", line_height=4.4,
                   repeat_headings=1, headings_style=hstyle, first_row_as_headings=True,
                   padding=1.2) as table:
        table.row(("Åtgärd", "Aktör", "Vem", "När"))
        for r in other:
            table.row(r)
    pdf.ln(4)
    kw(pdf, "Huvudansvarig för planen:", "Socialtjänsten Sala")
    kw(pdf, "Uppföljning:",
       "2025-08-19 kl. 13.30, Socialtjänsten Sala, Vuxenenheten. L. kallas per brev och "
       "via god man.")
    kw(pdf, "Planen skickas till:",
       "L. (per post), god man, samtliga deltagare.")
    kw(pdf, "Signerad:", "Karin, socialsekreterare 2025-05-06 10:38")
    pdf.output(path(1, "pdf"))


# ================================================= 02: discharge plan, psychiatry
def plan02():
    doc = base_doc("Arial", 10)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Region Västmanland  |  Köpings kommun\tSamordnad individuell plan vid utskrivning"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Planen upprättad enligt lag (2017:612) om samverkan vid utskrivning från "
    fp.add_run("sluten hälso- och sjukvård.   Sida ")
    add_page_field(fp)
    for r in fp.runs:
        r.font.size = Pt(8)

    t = doc.add_paragraph()
    r = t.add_run("SAMORDNAD INDIVIDUELL PLAN (SIP)")
    r.bold = True
    r.font.size = Pt(15)
    t2 = doc.add_paragraph()
    r = t2.add_run("vid utskrivning från sluten psykiatrisk vård")
    r.font.size = Pt(12)
    r.font.small_caps = True

    info = [
        ("Patient", "Jonas, 41 år"),
        ("Personnummer", "ÅÅMMDD-XXXX"),
        ("Inskriven", "2025-02-28, Psykiatriska kliniken Västerås, avdelning 74 (LPT, "
                      "övergått till frivillig vård 2025-03-10)"),
        ("SIP-möte", "2025-03-20 kl. 10.00 på avdelning 74"),
        ("Planerat utskrivningsdatum", "2025-03-24"),
        ("Fast vårdkontakt", "Skötare, Psykosmottagningen Köping (nås via växeln)"),
        ("Samordningsansvarig", "Köpings kommun"),
    ]
    tbl = doc.add_table(rows=0, cols=2)
    tbl.style = "Table Grid"
    for k, v in info:
        c = tbl.add_row().cells
        cell_text(c[0], k, bold=True)
        set_cell_shading(c[0], "E7E6E6")
        cell_text(c[1], v)
    for row in tbl.rows:
        row.cells[0].width = Cm(5)
        row.cells[1].width = Cm(11.6)

    doc.add_heading("Syfte", level=2)
    doc.add_paragraph("Samordnad utskrivning.")

    doc.add_heading("Bakgrund", level=2)
    doc.add_paragraph(
        "Jonas har en schizofrenidiagnos sedan 2012 och bor i egen hyreslägenhet i Köping. "
        "Han lades in via akutpsykiatrin efter att grannar larmat om att han inte varit ute "
        "på flera veckor och att det luktade rök från lägenheten. Han hade slutat ta sin "
        "medicin i december. Under vårdtiden har han fått depåinjektion och är nu lugnare, "
        "sover bättre och har börjat gå ut på promenader med personal. Han har ingen "
        "sysselsättning och har haft sjukersättning sedan 2016. Ekonomin är rörig, bl.a. "
        "obetald el, och ansökan om god man är inlämnad till överförmyndaren.")

    doc.add_heading("Patientens delaktighet och önskemål", level=2)
    doc.add_paragraph(
        "Jonas deltog i hela mötet på avdelningen tillsammans med sin kontaktperson där. "
        "Han säger att han vill hem så fort som möjligt. Han önskar att boendestödet "
        "kommer efter kl. 10 eftersom han sover dåligt på morgnarna, och han vill inte ha "
        "hemtjänst. Han kan tänka sig att prova Träffpunkten om någon följer med första "
        "gången.")

    doc.add_heading("Mål", level=2)
    doc.add_paragraph(
        "Målet är att Jonas ska kunna bo kvar i sin lägenhet, ta sin medicin regelbundet "
        "och undvika ny inläggning under det kommande året.")

    doc.add_heading("Samtycke", level=2)
    doc.add_paragraph("Samtycke finns.")

    # landscape section for the action table
    new = doc.add_section()
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = sec.page_height, sec.page_width
    new.left_margin = new.right_margin = Cm(2.0)

    doc.add_heading("Insatser efter utskrivning", level=2)
    cols = ["Insats", "Ansvarig verksamhet", "Ansvarig person/funktion", "Start", "Slut"]
    rows = [
        ("Depåinjektion var 14:e dag samt uppföljning av biverkningar",
         "Psykosmottagningen Köping", "Sjuksköterska", "2025-03-27", "Tills vidare"),
        ("Läkarbesök, uppföljning efter utskrivning",
         "Psykosmottagningen Köping", "Ansvarig psykiater", "2025-04-10", "–"),
        ("Stödsamtal och hembesök, fast vårdkontakt",
         "Psykosmottagningen Köping", "Skötare (fast vårdkontakt)", "2025-03-25",
         "Tills vidare"),
        ("Boendestöd tre förmiddagar/vecka efter kl. 10: struktur, inköp, städning, "
         "påminnelse om medicin", "Socialpsykiatrin Köping", "Boendestödjare",
         "2025-03-25", "Omprövas 2025-09-30"),
        ("Utredning av ekonomiskt bistånd för elskuld och hyra april",
         "IFO Köping, ekonomiskt bistånd", "Socialsekreterare", "2025-03-26",
         "2025-04-30"),
        ("Introduktion på Träffpunkten (daglig sysselsättning), följer med första "
         "gången", "Socialpsykiatrin Köping, Träffpunkten", "Arbetsterapeut",
         "2025-04-07", "–"),
        ("Hembesök av fast vårdkontakt och boendestödjare tillsammans dagen efter "
         "utskrivning", "Psykosmottagningen Köping / Socialpsykiatrin Köping",
         "Skötare och boendestödjare", "2025-03-25", "2025-03-25"),
    ]
    at = doc.add_table(rows=1, cols=5)
    at.style = "Table Grid"
    at.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, c in enumerate(cols):
        cell_text(at.rows[0].cells[i], c, bold=True)
        set_cell_shading(at.rows[0].cells[i], "D9E2F3")
    mark_header_row(at.rows[0])
    for row in rows:
        cells = at.add_row().cells
        for i, v in enumerate(row):
            cell_text(cells[i], v)
    widths = [Cm(9.0), Cm(5.6), Cm(4.6), Cm(2.6), Cm(3.4)]
    for row in at.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w

    doc.add_heading("Övriga aktörer", level=2)
    doc.add_paragraph(
        "Försäkringskassan och god man berörs också (ansökan om god man pågår hos "
        "överförmyndaren).")

    back = doc.add_section()
    back.orientation = WD_ORIENT.PORTRAIT
    back.page_width, back.page_height = sec.page_width, sec.page_height
    back.left_margin = back.right_margin = Cm(2.2)

    doc.add_heading("Uppföljning", level=2)
    doc.add_paragraph(
        "Uppföljning av planen 2025-04-24 kl. 13.00 på Psykosmottagningen Köping. "
        "Samordningsansvarig skickar kallelse.")

    doc.add_heading("Deltagare vid mötet", level=2)
    for n in ["Jonas", "Maria", "Ahmed", "Lena", "Sofia", "Göran"]:
        doc.add_paragraph(n, style="List Bullet")

    doc.add_paragraph()
    p = doc.add_paragraph("Planen har lämnats till Jonas i pappersform 2025-03-20.")
    p.runs[0].italic = True
    save_docx(doc, path(2, "docx"))


# ====================================================== 03: du-form markdown
PLAN03 = """# Din plan – SIP

**Till:** Alva  
**Datum för mötet:** 2025-03-11, kl. 13.00–14.30  
**Plats:** Fagersta gymnasieskola, elevhälsans konferensrum

Hej Alva! Här har vi skrivit ner det vi kom fram till på mötet. Vi har försökt skriva
så att det blir lätt att läsa. Säg till Sara om något är fel eller om du vill ändra något.

## Det här har vi pratat om

Vi träffades för att du, din mamma och vi som jobbar med dig ska få ihop hjälpen från
skolan, socialtjänsten och BUP, så att du kan komma tillbaka till skolan och få hjälp
med att sluta röka på och med sömnen, utan att du behöver berätta samma sak för alla.

Det vi ville hitta svar på var:

- Hur kan du komma tillbaka till skolan efter att ha varit borta nästan helt sedan jullovet?
- Vad behöver du för att sluta röka på, och vem ska du prata med om det?
- Hur gör vi med sömnen, så att du inte ligger vaken till fyra på nätterna?
- Hur ska det bli lugnare hemma när det blir bråk om skolan?

**Får vi prata med varandra om dig?** Du sa muntligt ja 2025-03-11 till att vi som var
med på mötet får prata med varandra och lämna uppgifter om dig till varandra. Din mamma
sa också ja. Du kan ta tillbaka ditt ja när du vill.

## Det här vill du

> ”Jag vill klara ettan och slippa att alla tjatar på mig hela tiden. Och jag vill
> kunna somna utan att röka.”

Du sa också att du inte vill byta skola, och att du vill ha samtal hellre efter
skolan än på lektionstid.

## Så här hjälper vi dig

| Vad | Vem | När |
|---|---|---|
| Samtal om cannabis och om vad som triggar dig, en gång i veckan | Leila, behandlare på Öppenvård Ungdom, Socialtjänsten Fagersta | Onsdagar kl. 15.30, från 2025-03-19 |
| Läkarbesök om sömnen och om hur du mår | Sjuksköterska och läkare på BUP Fagersta | 2025-03-25 kl. 09.00 |
| Anpassad studiegång: du börjar med tre ämnen och har en lugn plats i studiehallen | Mentor och specialpedagog, Fagersta gymnasieskola | Från vecka 12 |
| Avstämning med kurator varje måndag morgon, hur veckan ska se ut | Johan, kurator, Fagersta gymnasieskola | Måndagar kl. 08.30, från 2025-03-17 |
| Samtal hemma med dig och mamma om hur ni kan prata om skolan utan att det blir bråk | Familjebehandlare, Socialtjänsten Fagersta | Första träffen 2025-03-27 |
| Hjälp att söka sommarjobb genom kommunens feriepraktik | Sara, socialsekreterare | |

Din mamma vill också hjälpa till.

## Vem håller ihop planen?

Det gör **Sara, socialsekreterare på Socialtjänsten Fagersta, barn- och ungdomsenheten**.
Hon ringer dig om något ändras och det är till henne du eller mamma hör av er om
något inte fungerar. Du når henne via växeln.

## Vi ses igen

Tisdag **2025-05-06 kl. 14.00** på Fagersta gymnasieskola, samma rum som förra gången.
Då pratar vi om hur det har gått med skolan, samtalen och sömnen.

## Vi som var med

- Du, Alva
- Jenny, din mamma
- Sara, socialsekreterare, Socialtjänsten Fagersta, barn- och ungdomsenheten
- Leila, behandlare, Öppenvård Ungdom, Socialtjänsten Fagersta
- Johan, kurator, Fagersta gymnasieskola
- Hanna, sjuksköterska, BUP Fagersta

---
*Planen skrevs av Sara och skickades till dig och mamma 2025-03-13.*
"""


def plan03():
    with open(path(3, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(PLAN03)


# =========================================== 04: network meeting minutes, docx
def plan04():
    doc = base_doc("Calibri", 11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Surahammars kommun\nIndivid- och familjeomsorgen, Vuxenenheten"
    for r in hp.runs:
        r.font.size = Pt(8)
        r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    p = doc.add_paragraph()
    r = p.add_run("Minnesanteckningar – nätverksmöte/SIP")
    r.bold = True
    r.font.size = Pt(16)
    p = doc.add_paragraph()
    p.add_run("Angående: ").bold = True
    p.add_run("K., 19 år")
    p = doc.add_paragraph()
    p.add_run("Datum: ").bold = True
    p.add_run("2025-09-16, kl. 09.00–10.30, Vuxenenhetens lokaler Surahammar")

    bold_para(doc, "Närvarande")
    for s in [
        "Linnea, socialsekreterare, IFO Vuxenenheten, Surahammars kommun",
        "Ali, kurator, VUP Västerås (Vuxenpsykiatrisk mottagning)",
        "Therese, handledare, Arbetsmarknadsenheten (AME) Surahammar",
        "Robin, arbetsförmedlare, Arbetsförmedlingen Västerås",
        "Annika, K:s mamma",
    ]:
        doc.add_paragraph(s, style="List Bullet")
    p = doc.add_paragraph("K. deltog inte.")

    bold_para(doc, "Syfte med mötet")
    doc.add_paragraph("Samordning.")

    bold_para(doc, "Bakgrund")
    doc.add_paragraph(
        "K. har diagnoserna ADHD och generaliserat ångestsyndrom. Han gick ut gymnasiet "
        "(IM-programmet) utan fullständiga betyg 2024 och har sedan dess mest varit hemma. "
        "I augusti flyttade han från mammans lägenhet till en egen etta i Surahammar. "
        "Mamma berättar att han sover på dagarna, äter oregelbundet och att hon oroar sig "
        "för att han slutat ta sin medicin. K. har varit inskriven på Arbetsförmedlingen "
        "sedan våren men inte kommit på bokade möten. Han har försörjningsstöd sedan "
        "september.")

    bold_para(doc, "Frågor vi tog upp")
    for s in [
        "Hur kan K. komma igång med någon form av daglig sysselsättning?",
        "Behöver K. stöd i hemmet nu när han bor själv, och vem ska i så fall ansöka?",
        "Hur säkrar vi att ADHD-medicineringen följs upp när K. inte kommer på besök?",
        "Ska Arbetsförmedlingen och AME ha en gemensam planering?",
    ]:
        doc.add_paragraph(s, style="List Bullet")

    bold_para(doc, "Diskussion")
    doc.add_paragraph(
        "Ali berättade att K. varit på två av fem bokade samtal sedan juni. När han kommer "
        "är han öppen och pratar bra. Therese har en plats på AME:s verkstad som passar "
        "någon som behöver börja i liten skala, några timmar i veckan. Robin kan göra en "
        "anvisning till AME om K. skriver in sig igen. Mamma har nyckel till lägenheten "
        "och har fått påminna om hyran. Alla var överens om att K. behöver någon som "
        "knackar på och följer med de första gångerna.")

    bold_para(doc, "Insatser – region och kommun")
    for s in [
        "Kurator på VUP träffar K. varannan tisdag från v. 40, i första hand på "
        "mottagningen, annars hembesök.",
        "Läkare på VUP gör uppföljning av ADHD-medicineringen i oktober; kuratorn "
        "bokar tiden och skickar kallelse även till mamma om K. vill det.",
        "Socialtjänsten ansöker om boendestöd.",
        "Handledare på AME erbjuder K. plats på verkstaden tre förmiddagar i veckan med "
        "start v. 42. Första dagen hämtar handledaren K. hemma.",
        "Socialsekreterare på Vuxenenheten fortsätter handläggningen av försörjningsstöd "
        "och gör ett hembesök hos K. under v. 39.",
    ]:
        doc.add_paragraph(s, style="List Bullet")

    bold_para(doc, "Andra aktörers åtgärder")
    for s in [
        "Arbetsförmedlingen: Robin bokar ett trepartssamtal med K. och handledaren på AME "
        "under oktober och gör därefter anvisning till AME.",
        "K:s mamma följer med K. till första träffen på AME och påminner honom om "
        "kuratorstiderna dagen innan.",
        "Försäkringskassan är inte aktuell i nuläget; frågan om aktivitetsersättning tas "
        "upp igen vid nästa möte.",
    ]:
        doc.add_paragraph(s, style="List Bullet")

    bold_para(doc, "Huvudansvar")
    doc.add_paragraph("Socialtjänsten har huvudansvaret för planen.")

    bold_para(doc, "Nästa möte")
    doc.add_paragraph("Nytt nätverksmöte v. 47. Kallelse skickas ut.")

    doc.add_paragraph()
    doc.add_paragraph("Vid anteckningarna\nLinnea, socialsekreterare")
    save_docx(doc, path(4, "docx"))


# ========================================= 05: plain-text e-mail, school nurse
PLAN05 = """Ämne: Sammanfattning från SIP-mötet 4/11 – Ella åk 5
Datum: 2025-11-04 16:12

Hej alla!

Tack för ett bra möte i eftermiddags. Här kommer en sammanfattning av det vi
kom överens om, så att ni har det svart på vitt. Hör av er om jag har missat
något eller skrivit fel, så rättar jag innan vi sparar det.

Med på mötet var Ella, Sanna, Tomas, Anna, Per, Karin, Mikael och jag.

Ella och hennes föräldrar var med hela mötet. Ella berättade själv hur hon har
det i skolan. Hon sa att det värsta är morgnarna och matsalen, och att det är
lättare när hon vet vem som möter henne i dörren. Ella sa: "Jag vill kunna
gå på idrotten igen och äta lunch i matsalen med Wilma." Hon vill inte sitta
i ett eget rum hela dagen, men hon vill gärna ha ett ställe att gå till när
det blir för mycket.

Samtycke till SIP finns från båda vårdnadshavarna.

Det här gör vi framåt:

Mentorn möter Ella vid entrén kl. 8.10 varje morgon med start måndag 10/11
och ringer hem varje fredag eftermiddag för att stämma av veckan.

Specialpedagogen gör ett schema tillsammans med Ella där hon börjar med fyra
hela dagar och en halv dag, och där det finns ett vilrum (biblioteket) att gå
till. Schemat ska vara klart till 10/11.

Jag (skolsköterskan) träffar Ella varannan onsdag kl. 9.30 från 12/11 för
samtal om oro och magont, och stämmer av med BUP efter varje månad.

Behandlaren på BUP Köping fortsätter KBT-samtalen med Ella varannan torsdag
(nästa gång 13/11) och gör en gradvis exponering för matsalen tillsammans med
Ella och mentorn, första försöket v. 47.

Familjebehandlaren från Socialtjänsten Arboga träffar familjen hemma varje
tisdag kl. 17 från 11/11 och jobbar med morgonrutinerna.

Rektor ser till att idrottsläraren får information och att Ella får byta om i
det lilla omklädningsrummet från v. 46.

Försäkringskassan kom upp som fråga (omvårdnadsbidrag), men vi bestämde inget
om det.

Vi hann inte prata om vem som ska ha huvudansvaret för planen, det tar vi upp
nästa gång.

Vi ses igen efter jullovet, kallelse kommer.

Vänliga hälsningar

Mikaela
Skolsköterska
Centralskolan, Arboga
Elevhälsan, Arboga kommun
"""


def plan05():
    with open(path(5, "txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(PLAN05)


# ============================================ 06: follow-up plan, HTML -> PDF
PLAN06_HTML = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8">
<title>Uppföljning av SIP</title>
<style>
 body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; }
 h1 { font-size: 15pt; margin-bottom: 2pt; }
 h2 { font-size: 11pt; background: #dfe8f1; padding: 3pt; margin-top: 12pt; }
 table { border-collapse: collapse; width: 100%; }
 td, th { border: 1px solid #555; padding: 4pt; vertical-align: top; text-align: left; }
 th { background: #eeeeee; }
 td.lbl { width: 32%; font-weight: bold; background: #f5f5f5; }
 .small { font-size: 8pt; color: #444; }
</style></head>
<body>
<p class="small">Hallstahammars kommun, Vård och omsorg &nbsp;|&nbsp; Region Västmanland, Primärvården</p>
<h1>Uppföljning av samordnad individuell plan (SIP)</h1>
<p class="small">Uppföljning nr 2 &nbsp;·&nbsp; Ursprunglig plan upprättad 2025-06-03</p>

<table>
<tr><td class="lbl">Namn</td><td>Bertil, 86 år</td></tr>
<tr><td class="lbl">Personnummer</td><td>ÅÅMMDD-XXXX</td></tr>
<tr><td class="lbl">Datum för uppföljningen</td><td>2025-10-14 kl. 10.00, i Bertils hem</td></tr>
<tr><td class="lbl">Syfte med SIP</td><td>Som tidigare.</td></tr>
<tr><td class="lbl">Den enskildes mål</td><td>Som tidigare.</td></tr>
<tr><td class="lbl">Samtycke</td><td>Finns sedan tidigare.</td></tr>
<tr><td class="lbl">Den enskildes delaktighet</td><td>Bertil deltog i mötet, som hölls i hans hem.</td></tr>
</table>

<h2>Frågeställningar inför uppföljningen</h2>
<ul>
<li>Räcker hemtjänstens insatser nu när Bertil har fallit två gånger nattetid i september (ingen fraktur)?</li>
<li>Behöver trygghetslarmet bytas mot ett larm med fallsensor?</li>
<li>Kan gåträningen avslutas eller behövs fortsatt fysioterapi?</li>
<li>Hur fungerar läkemedelshanteringen efter genomgången i augusti?</li>
</ul>

<h2>Status för tidigare insatser</h2>
<table>
<tr><th>Insats</th><th>Ansvarig</th><th>Status</th></tr>
<tr><td>Hemtjänst morgon och kväll (påklädning, frukost, kvällsmål), dusch 1 g/vecka</td>
    <td>Hemtjänsten Hallstahammar norra, undersköterskor</td>
    <td>Pågår, fungerar bra. Fortsätter oförändrat tills vidare.</td></tr>
<tr><td>Gåträning med rollator 2 ggr/vecka</td>
    <td>Rehabenheten Hallstahammars kommun, fysioterapeut</td>
    <td>Avslutad 2025-09-30. Bertil går säkert med rollator inomhus och kortare sträckor ute.</td></tr>
<tr><td>Läkemedelsgenomgång</td>
    <td>Vårdcentralen Hallstahammar, läkare</td>
    <td>Genomförd 2025-08-27. Sömntablett utsatt, blodtryckmedicin sänkt.</td></tr>
<tr><td>Läkemedelsdelning via dosett, veckovis</td>
    <td>Hemsjukvården Hallstahammar, sjuksköterska</td>
    <td>Pågår. Fortsätter tills vidare.</td></tr>
<tr><td>Trygghetslarm</td>
    <td>Biståndsenheten, Äldreomsorgen Hallstahammar</td>
    <td>Installerat 2025-06-12. Bertil har inte larmat vid fallen, låg kvar på golvet till morgonbesöket.</td></tr>
</table>

<h2>Nya insatser</h2>
<table>
<tr><th>Insats</th><th>Ansvarig</th><th>När</th></tr>
<tr><td>Hembesök för bedömning av fallrisk nattetid, sängbelysning och hjälpmedel i sovrum och badrum</td>
    <td>Arbetsterapeut, Rehabenheten Hallstahammars kommun</td>
    <td>v. 43</td></tr>
<tr><td>Utredning av nattillsyn (digital tillsyn eller besök) och byte till trygghetslarm med fallsensor</td>
    <td>Biståndshandläggare, Äldreomsorgen Hallstahammar</td>
    <td>–</td></tr>
</table>

<table style="margin-top:12pt">
<tr><td class="lbl">Huvudansvarig för planen</td><td>Som tidigare.</td></tr>
<tr><td class="lbl">Andra aktörer</td><td>Som tidigare.</td></tr>
<tr><td class="lbl">Nästa uppföljning</td><td>I december.</td></tr>
</table>

<h2>Deltagare</h2>
<table>
<tr><th>Namn</th><th>Funktion</th><th>Verksamhet</th></tr>
<tr><td>Bertil</td><td>Den enskilde</td><td>–</td></tr>
<tr><td>Eva</td><td>Biståndshandläggare</td><td>Äldreomsorgen, Hallstahammars kommun</td></tr>
<tr><td>Jonna</td><td>Sjuksköterska</td><td>Hemsjukvården Hallstahammar</td></tr>
<tr><td>Mirza</td><td>Undersköterska, kontaktman</td><td>Hemtjänsten Hallstahammar norra</td></tr>
<tr><td>Ingrid</td><td>Fysioterapeut</td><td>Rehabenheten, Hallstahammars kommun</td></tr>
<tr><td>Henrik</td><td>Distriktsläkare</td><td>Vårdcentralen Hallstahammar (deltog via Teams)</td></tr>
</table>

<p class="small" style="margin-top:14pt">Antecknat av: Eva, biståndshandläggare, 2025-10-14</p>
</body></html>
"""


def plan06():
    tmp = tempfile.mkdtemp(prefix="f23b-html-")
    src = os.path.join(tmp, f"{PREFIX}-06.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(PLAN06_HTML)
    soffice_pdf(src, path(6, "pdf"))
    shutil.rmtree(tmp, ignore_errors=True)


# ================================ 07: NOT a plan - unit's own Behandlingsplan
def plan07():
    doc = base_doc("Calibri", 11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Region Västmanland – Beroendecentrum Västerås, öppenvårdsmottagningen"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Behandlingsplan – upprättad i journal, utskrift för patient. Sida "
    add_page_field(fp)
    for r in fp.runs:
        r.font.size = Pt(8)

    doc.add_heading("Behandlingsplan", level=1)
    tbl = doc.add_table(rows=0, cols=2)
    tbl.style = "Table Grid"
    for k, v in [
        ("Patient", "M., 52 år"),
        ("Personnummer", "ÅÅMMDD-XXXX"),
        ("Enhet", "Beroendecentrum Västerås, öppenvård alkohol"),
        ("Datum", "2025-02-18"),
        ("Ansvarig behandlare", "Sjuksköterska Linda, Beroendecentrum Västerås"),
        ("Ansvarig läkare", "Överläkare, Beroendecentrum Västerås"),
    ]:
        c = tbl.add_row().cells
        cell_text(c[0], k, bold=True)
        cell_text(c[1], v)

    doc.add_heading("Bakgrund och aktuell situation", level=2)
    doc.add_paragraph(
        "M. söker på egen begäran efter att ha druckit dagligen sedan i höstas, uppskattningsvis "
        "en flaska vin och 4–6 starköl per dag. Genomgick abstinensbehandling i hemmet "
        "2025-02-03–2025-02-08 med stöd av mottagningen. Arbetar som lagerarbetare, för "
        "närvarande sjukskriven av vårdcentralen till och med 2025-03-16. Lever ensam, har "
        "två vuxna barn. AUDIT 29 poäng. Leverprover förhöjda (GT 3,1).")

    doc.add_heading("Problemområden", level=2)
    for s in ["Alkoholberoende, måttligt till svårt (F10.2)",
              "Sömnsvårigheter sedan abstinensen",
              "Förhöjda levervärden"]:
        doc.add_paragraph(s, style="List Bullet")

    doc.add_heading("Mål", level=2)
    doc.add_paragraph("Patientens mål: ”Jag vill vara helt nykter och kunna gå tillbaka "
                      "till jobbet i mars.”")
    doc.add_paragraph("Behandlingsmål: Alkoholfrihet under 3 månader, normaliserade "
                      "levervärden vid kontroll i maj.")

    doc.add_heading("Planerad behandling", level=2)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Light Grid Accent 1"
    for i, h in enumerate(["Behandling", "Ansvarig", "Frekvens / tid"]):
        cell_text(t.rows[0].cells[i], h, bold=True)
    mark_header_row(t.rows[0])
    for row in [
        ("Läkemedel: Naltrexon 50 mg, 1 x 1", "Överläkare", "Från 2025-02-18, omprövas i maj"),
        ("Återfallsprevention (KBT), individuellt", "Sjuksköterska Linda",
         "Varje vecka, 10 tillfällen"),
        ("Alkoholutandningsprov och PEth-prov", "Sjuksköterska Linda",
         "PEth var 4:e vecka"),
        ("Leverprover", "Mottagningens sjuksköterskor", "2025-05-13"),
        ("Anhöriginformation (frivilligt för patientens barn)", "Kurator",
         "Erbjuds under våren"),
    ]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cell_text(cells[i], v)

    doc.add_heading("Utvärdering", level=2)
    doc.add_paragraph("Behandlingsplanen utvärderas 2025-05-20 vid läkarbesök.")

    doc.add_heading("Patientens medverkan", level=2)
    doc.add_paragraph("Planen är upprättad tillsammans med patienten, som har fått en kopia. "
                      "Patienten önskar inte att arbetsgivaren eller socialtjänsten "
                      "kontaktas i nuläget.")
    doc.add_paragraph()
    doc.add_paragraph("Signerad: Linda, leg. sjuksköterska, 2025-02-18")
    save_docx(doc, path(7, "docx"))


# ================================== 08: printed Word template, almost empty
def plan08():
    doc = base_doc("Calibri", 10)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Kungsörs kommun  •  Region Västmanland\tMall SIP version 2024:2"
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Mallen fastställd av Samverkansgruppen Västra länsdelen. Sida "
    add_page_field(fp)
    for r in fp.runs:
        r.font.size = Pt(7)

    p = doc.add_paragraph()
    r = p.add_run("Samordnad individuell plan – SIP")
    r.bold = True
    r.font.size = Pt(16)
    p = doc.add_paragraph()
    r = p.add_run("Enligt 2 kap. 7 § SoL och 16 kap. 4 § HSL")
    r.font.small_caps = True
    r.font.size = Pt(9)

    def form_table(rows, label_w=Cm(4.0), val_w=Cm(12.6)):
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for label, kind, value in rows:
            c = t.add_row().cells
            c[0].width = label_w
            c[1].width = val_w
            cell_text(c[0], label, bold=True, size=9)
            set_cell_shading(c[0], "F2F2F2")
            c[1].text = ""
            par = c[1].paragraphs[0]
            if kind == "sdt":
                add_empty_sdt(par, label.split("(")[0].strip()[:30])
            elif kind == "date":
                add_empty_sdt(par, "Datum", placeholder="Klicka eller tryck här för att "
                              "ange ett datum.", date=True)
            elif kind == "text":
                par.add_run(value)
            elif kind == "check":
                par.add_run(value)
        return t

    bold_para(doc, "1. Personuppgifter")
    form_table([
        ("Namn", "text", "[namn]"),
        ("Personnummer", "text", "ÅÅMMDD-XXXX"),
        ("Vårdnadshavare / god man / förvaltare (namn och relation)", "sdt", None),
        ("Datum för SIP-mötet", "text", "2025-02-04"),
        ("Plats", "sdt", None),
    ])

    bold_para(doc, "2. Samtycke")
    form_table([
        ("Samtycke till SIP och informations-överföring (ange form och datum)", "check",
         "☐ Muntligt     ☐ Skriftligt     ☐ Vårdnadshavare har samtyckt"),
        ("Datum för samtycke", "text", "ÅÅÅÅ-MM-DD"),
        ("Begränsningar i samtycket (vilka verksamheter får inte kontaktas)", "sdt", None),
    ])

    bold_para(doc, "3. Syfte och frågeställningar")
    form_table([
        ("Syfte med SIP (beskriv varför en SIP behövs för just denna person)", "sdt", None),
        ("Frågeställningar inför mötet (vad ska mötet ge svar på?)", "sdt", None),
        ("Den enskildes mål (gärna med personens egna ord)", "sdt", None),
        ("Den enskildes delaktighet och synpunkter (deltog personen? om inte – varför, "
         "och hur har personens synpunkter inhämtats?)", "sdt", None),
    ])

    bold_para(doc, "4. Deltagare vid mötet")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Namn", "Funktion (t.ex. kurator, sjuksköterska)",
                           "Verksamhet/organisation"]):
        cell_text(t.rows[0].cells[i], h, bold=True, size=9)
        set_cell_shading(t.rows[0].cells[i], "D9D9D9")
    mark_header_row(t.rows[0])
    for n in ["Kim", "Leif", "Maja", "", ""]:
        c = t.add_row().cells
        cell_text(c[0], n, size=9)
        cell_text(c[1], "", size=9)
        cell_text(c[2], "", size=9)

    bold_para(doc, "5. Insatser")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Insats / åtgärd (vad ska göras?)", "Ansvarig verksamhet och "
                           "funktion", "Start (datum)", "Klart/ uppföljs (datum)"]):
        cell_text(t.rows[0].cells[i], h, bold=True, size=9)
        set_cell_shading(t.rows[0].cells[i], "D9D9D9")
    mark_header_row(t.rows[0])
    for _ in range(4):
        c = t.add_row().cells
        for i in range(4):
            c[i].text = ""
            if i == 0:
                add_empty_sdt(c[i].paragraphs[0], "Insats")
    for row in t.rows:
        for i, w in enumerate([Cm(6.6), Cm(4.6), Cm(2.7), Cm(2.7)]):
            row.cells[i].width = w

    bold_para(doc, "6. Andra aktörers insatser")
    form_table([
        ("Andra aktörer (t.ex. Försäkrings-kassan, Arbetsförmed-lingen, god man, "
         "närstående) – vem gör vad?", "sdt", None),
        ("Finns inga andra aktörer", "check", "☐ Ja"),
    ])

    bold_para(doc, "7. Ansvar och uppföljning")
    form_table([
        ("Huvudansvarig för planen (namn, funktion, verksamhet)", "sdt", None),
        ("Datum för uppföljning", "date", None),
        ("Plan delgiven", "check", "☐ Den enskilde     ☐ Vårdnadshavare     ☐ Samtliga "
         "deltagare"),
    ])

    doc.add_paragraph()
    p = doc.add_paragraph("Underskrift den enskilde/vårdnadshavare: "
                          "……………………………………………………")
    p = doc.add_paragraph("Underskrift huvudansvarig: ……………………………………………………")
    save_docx(doc, path(8, "docx"))


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
    print("done:", sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()
