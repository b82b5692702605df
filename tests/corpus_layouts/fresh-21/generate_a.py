#!/usr/bin/env python3
"""Generate the f21a batch of fictional, anonymized SIP plans into plans/.

Run with python generate_a.py
Deterministic: fixed dates, no randomness. Calls soffice for the two
LibreOffice-printed PDFs (f21a-06, f21a-08).
"""
import os
import shutil
import subprocess
import tempfile
import textwrap
from datetime import datetime

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f21a"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIXED_DATE = datetime(2025, 2, 13, 9, 42, 0)


def path(nn, ext):
    return os.path.join(OUT, f"{PREFIX}-{nn:02d}.{ext}")


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def cell_text(cell, text, bold=False, size=None, small_caps=False, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        r.font.small_caps = small_caps
        if size:
            r.font.size = Pt(size)
    return cell


def base_doc(font="Calibri", size=11):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
    doc.core_properties.author = ""
    doc.core_properties.created = datetime(2025, 1, 1)
    doc.core_properties.modified = datetime(2025, 1, 1)
    doc.core_properties.last_modified_by = ""
    doc.core_properties.revision = 1
    return doc


def add_page_field(paragraph, field="PAGE"):
    run = paragraph.add_run()
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = field
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1)
    run._r.append(instr)
    run._r.append(f2)


def table_grid(doc, rows, cols, widths=None):
    t = doc.add_table(rows=rows, cols=cols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    if widths:
        t.autofit = False
        for i, w in enumerate(widths):
            t.columns[i].width = Cm(w)
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


def bold_para(doc, text, size=None, space_before=8):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    p.paragraph_format.space_before = Pt(space_before)
    p.paragraph_format.space_after = Pt(2)
    return p


def save_docx(doc, dest):
    """Save and rewrite the zip with fixed timestamps so reruns give identical bytes."""
    import io
    import zipfile
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, zin.read(item.filename))


def soffice_pdf(docx_path, pdf_path):
    outdir = tempfile.mkdtemp(prefix="f21a-lo-out-")
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file:///tmp/lo-{PREFIX}", "--headless",
         "--convert-to", "pdf", "--outdir", outdir, docx_path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180,
    )
    produced = os.path.join(outdir, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
    shutil.move(produced, pdf_path)
    shutil.rmtree(outdir, ignore_errors=True)


# =================================================================== PLAN 01
class RecordPrint(FPDF):
    system = "VårdDok – Region Västmanland"
    doc_title = "Samordnad individuell plan (SIP)"
    printed = "2025-02-13 09:42"

    def header(self):
        self.set_font("DejaVu", "B", 9)
        self.set_fill_color(225, 232, 240)
        self.cell(0, 6, f"  {self.system}", border="LTR", fill=True,
                  new_x="LMARGIN", new_y="NEXT")
        self.set_font("DejaVu", "", 8)
        y = self.get_y()
        self.cell(95, 5, "  Patient: Patrik (P.)   ÅÅMMDD-XXXX", border="LB")
        self.cell(0, 5, f"Utskriftsdatum: {self.printed}   Sida {self.page_no()} ({{nb}})  ",
                  border="RB", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_y(y + 8)
        self.set_font("DejaVu", "B", 12)
        self.cell(0, 6, self.doc_title, new_x="LMARGIN", new_y="NEXT")
        self.set_font("DejaVu", "", 7)
        self.cell(0, 4, "Journaldokument: SIP  |  Vårdenhet: Vuxenpsykiatrin Köping, Psykosteamet  |  Status: Signerad",
                  new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.cell(0, 4, "Utskrift från VårdDok. Utskriften är en kopia – originalet finns i journalen. Utskriven av: KAR01",
                  align="C")

    # boxed field: label small on top, value below
    def box(self, x, y, w, label, value, min_h=11, value_size=9):
        self.set_xy(x + 1, y + 0.8)
        self.set_font("DejaVu", "", 6.5)
        self.set_text_color(90, 90, 90)
        self.cell(w - 2, 3, label)
        self.set_text_color(0, 0, 0)
        self.set_font("DejaVu", "", value_size)
        self.set_xy(x + 1, y + 4.2)
        lines = self.multi_cell(w - 2, 4.3, value, dry_run=True, output="LINES") if value else []
        h_text = 4.3 * max(1, len(lines))
        h = max(min_h, h_text + 5.5)
        if value:
            self.set_xy(x + 1, y + 4.2)
            self.multi_cell(w - 2, 4.3, value)
        self.rect(x, y, w, h)
        return h

    def row2(self, l1, v1, l2, v2, min_h=11):
        x0 = self.l_margin
        full = self.w - self.l_margin - self.r_margin
        half = full / 2
        y = self.get_y()
        h1 = self.box(x0, y, half, l1, v1, min_h)
        h2 = self.box(x0 + half, y, half, l2, v2, min_h)
        h = max(h1, h2)
        # redraw to equal heights
        self.set_draw_color(255, 255, 255)
        self.set_draw_color(0, 0, 0)
        self.rect(x0, y, half, h)
        self.rect(x0 + half, y, half, h)
        self.set_xy(x0, y + h)

    def row1(self, label, value, min_h=11):
        x0 = self.l_margin
        full = self.w - self.l_margin - self.r_margin
        y = self.get_y()
        if y + min_h > self.h - self.b_margin:
            self.add_page()
            y = self.get_y()
        h = self.box(x0, y, full, label, value, min_h)
        self.set_xy(x0, y + h)

    def section(self, text):
        self.ln(2.5)
        self.set_font("DejaVu", "B", 9.5)
        self.set_fill_color(240, 240, 240)
        self.cell(0, 5.5, " " + text, border=1, fill=True, new_x="LMARGIN", new_y="NEXT")


def plan01():
    pdf = RecordPrint(format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_margins(14, 12, 14)
    pdf.set_auto_page_break(True, margin=16)
    pdf.alias_nb_pages()
    pdf.add_page()

    pdf.section("Grunduppgifter")
    pdf.row2("Namn", "Patrik (P.)", "Personnummer", "ÅÅMMDD-XXXX")
    pdf.row2("Mötesdatum", "2025-02-11 kl. 13.00–14.30", "Mötesplats",
             "Vuxenpsykiatrin Köping, samtalsrum 3")
    pdf.row2("Typ av plan", "SIP – första planering", "Planens status", "Fastställd 2025-02-12")
    pdf.row2("Huvudansvarig för planen", "Vuxenpsykiatrin Köping",
             "Samtycke inhämtat", "Ja")

    pdf.section("Bakgrund och syfte")
    pdf.row1("Bakgrund",
             "P. är 29 år och har diagnosen schizofreni sedan 2021. Han vårdades inneliggande på "
             "psykiatrisk avdelning i Västerås 2024-11-04 – 2024-12-18 efter ett återinsjuknande "
             "då han hade slutat ta sin medicin. Bor ensam i hyreslägenhet i Köping. Under hösten "
             "har obetalda hyror och elräkningar samlats på hög, han har inte öppnat sin post sedan "
             "i somras. Boendestöd från socialpsykiatrin startade i samband med utskrivningen. "
             "Saknar sysselsättning sedan 2022.")
    pdf.row1("Syfte med SIP",
             "Att samordna psykiatrins och kommunens insatser efter utskrivningen i december så att "
             "P. kan bo kvar i sin lägenhet, ta sin medicin regelbundet och få ordning på ekonomin "
             "innan hyresskulden leder till uppsägning.")
    pdf.row1("Frågeställningar inför mötet", "", min_h=12)

    pdf.section("Den enskildes mål och delaktighet")
    pdf.row1("Den enskildes mål (med egna ord)",
             "”Jag vill bo kvar i min lägenhet och slippa bli inlagd igen. Och jag vill kunna öppna "
             "posten utan att få panik.”")
    pdf.row1("Den enskildes delaktighet och synpunkter",
             "P. deltog under hela mötet. Han tycker att boendestödet fungerar bra men vill inte ha "
             "besök före kl. 10 på förmiddagen. Han vill i nuläget inte byta till depåinjektion men "
             "kan tänka sig att diskutera det vid uppföljningen. Han önskar att samma boendestödjare "
             "kommer varje gång.")

    pdf.section("Planerade insatser")
    pdf.set_font("DejaVu", "", 8.5)
    rows = [
        ("Insats", "Utförare", "Start", "Uppföljning"),
        ("Läkarbesök med läkemedelsuppföljning av antipsykotisk medicinering, bedömning av "
         "biverkningar och följsamhet.",
         "Psykosteamet, Vuxenpsykiatrin Köping – ansvarig läkare", "2025-02-18", "2025-04-15"),
        ("Kontaktpersonsamtal varannan vecka, symtomskattning och arbete med plan för tidiga "
         "tecken på försämring.",
         "Psykosteamet, Vuxenpsykiatrin Köping – kontaktperson (sjuksköterska)", "2025-02-13",
         "2025-05-20"),
        ("Boendestöd tre gånger per vecka (mån, ons, fre efter kl. 10): struktur i vardagen, "
         "sortera post, städning, inköp.",
         "Socialpsykiatrin Köpings kommun – boendestödjare", "Pågår sedan 2024-12-20",
         "2025-05-20"),
        ("Ekonomiskt bistånd: prövning av ansökan om bistånd till hyresskuld för december–januari.",
         "Försörjningsstöd, IFO Köpings kommun – socialsekreterare", "2025-02-12", "2025-03-14"),
        ("Budget- och skuldrådgivning: genomgång av samtliga skulder, upprätta månadsbudget, "
         "hjälp att upprätta avbetalningsplaner.",
         "Budget- och skuldrådgivningen, Köpings kommun – budget- och skuldrådgivare",
         "2025-03-03", "2025-05-20"),
        ("Somatisk hälsokontroll: blodprover (blodfetter, blodsocker), vikt, midjemått och "
         "blodtryck enligt metabol uppföljning vid antipsykotisk behandling.",
         "Regionen", "Mars 2025", "2025-05-20"),
        ("Bedömning av behov av sysselsättning, information om Träffpunkten och arbetsinriktad "
         "sysselsättning inom socialpsykiatrin.",
         "Vuxenenheten, Köpings kommun – biståndshandläggare", "2025-02-24", "2025-05-20"),
        ("Gemensam krisplan: vem P. och boendestödet kontaktar vid tidiga tecken (sömnproblem, "
         "misstänksamhet), kontaktvägar kvällstid.",
         "Psykosteamet, Vuxenpsykiatrin Köping – kontaktperson, tillsammans med boendestödjare",
         "2025-02-25", "2025-05-20"),
    ]
    with pdf.table(col_widths=(78, 58, 22, 24), text_align="LEFT", line_height=4.3,
                   headings_style=FontFace(emphasis="B", fill_color=(225, 232, 240)),
                   padding=1.2) as table:
        for r in rows:
            row = table.row()
            for c in r:
                row.cell(c)

    pdf.section("Andra aktörer")
    pdf.row1("Andra aktörers insatser (t.ex. Försäkringskassan, god man, närstående)", "", min_h=12)

    pdf.section("Uppföljning")
    pdf.row1("Nästa uppföljning av SIP",
             "2025-05-20 kl. 13.00, Vuxenpsykiatrin Köping. Kallelse skickas från psykosteamet.")

    pdf.section("Deltagare")
    pdf.row1("Deltagare vid mötet",
             "Patrik (P.), patient\n"
             "Karin, sjuksköterska/kontaktperson, Psykosteamet, Vuxenpsykiatrin Köping\n"
             "Johan, överläkare, Vuxenpsykiatrin Köping\n"
             "Mira, boendestödjare, Socialpsykiatrin Köpings kommun\n"
             "Henrik, biståndshandläggare, Vuxenenheten Köpings kommun\n"
             "Lina, socialsekreterare, Försörjningsstöd IFO Köpings kommun")
    pdf.ln(3)
    pdf.set_font("DejaVu", "", 7.5)
    pdf.cell(0, 4, "Signerad: KAR01 2025-02-12 16:05", new_x="LMARGIN", new_y="NEXT")
    pdf.output(path(1, "pdf"))


# =================================================================== PLAN 02
def plan02():
    doc = base_doc("Arial", 10)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Region Västmanland\tGeriatriska kliniken, Västmanlands sjukhus Västerås\tAvd 41"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Samordnad individuell plan vid utskrivning – sida ")
    r.font.size = Pt(8)
    add_page_field(fp)

    h = doc.add_heading("Samordnad individuell plan vid utskrivning", level=1)
    doc.add_paragraph("Enligt lagen (2017:612) om samverkan vid utskrivning från sluten hälso- och sjukvård")

    t = table_grid(doc, 4, 4, [3.6, 4.7, 3.6, 4.7])
    data = [
        ("Patient", "Gunnar (G.)", "Personnummer", "ÅÅMMDD-XXXX"),
        ("Inskriven", "2025-03-03", "Planerad utskrivning", "2025-03-14"),
        ("Hemkommun", "Hallstahammar", "Boende", "Lägenhet 2 tr, hiss finns"),
        ("Planeringsdatum", "2025-03-12 (Teams)", "Utskrivande enhet", "Geriatriska kliniken, avd 41"),
    ]
    for i, rowd in enumerate(data):
        for j, val in enumerate(rowd):
            cell_text(t.cell(i, j), val, bold=(j % 2 == 0), size=9)
            if j % 2 == 0:
                shade(t.cell(i, j), "E7EEF5")

    doc.add_heading("Fast vårdkontakt", level=2)
    doc.add_paragraph("Distriktssköterska Lena, Vårdcentralen Hallstahammar. Nås via växeln.")
    doc.add_heading("Samordningsansvarig", level=2)
    doc.add_paragraph("Biståndshandläggare Anneli, Äldreomsorgen, Hallstahammars kommun.")

    doc.add_heading("Syfte", level=2)
    doc.add_paragraph("Trygg och säker utskrivning.")

    doc.add_heading("Bakgrund", level=2)
    doc.add_paragraph(
        "G. är 84 år, änkling och bor ensam. Föll i hemmet 2025-03-02 och fick en höftfraktur på "
        "vänster sida, opererades på ortopeden i Västerås 2025-03-03 och flyttades till "
        "geriatriken för fortsatt rehabilitering. Känd hjärtsvikt och lätt kognitiv svikt "
        "(MMSE 25/30 i januari). Före fallet gick han utan hjälpmedel inomhus och hade hemtjänst "
        "för städning varannan vecka. Går nu med rollator med tillsyn, behöver hjälp med "
        "stödstrumpor och nedre påklädning. Sover dåligt på avdelningen och är orolig nattetid.")

    doc.add_heading("Patientens delaktighet", level=2)
    doc.add_paragraph(
        "G. har deltagit i planeringen från sin sal på avdelningen. Han vill åka direkt hem till "
        "sin lägenhet och vill inte till korttidsboende. Han är orolig för att ramla igen på natten "
        "och önskar trygghetslarm. Han vill helst att hemtjänsten kommer efter kl. 8 på morgonen.")

    doc.add_heading("Mål", level=2)
    doc.add_paragraph(
        "Målet är att G. ska kunna förflytta sig självständigt med rollator inomhus och klara "
        "toalettbesök själv inom sex veckor efter hemgång.")

    doc.add_heading("Samtycke", level=2)
    doc.add_paragraph("Samtycke finns.")

    doc.add_heading("Planerade insatser efter utskrivning", level=2)
    rows = [
        ("Insats", "Ansvarig verksamhet", "Ansvarig person/funktion", "Start", "Slut"),
        ("Hemtjänst morgon och kväll: hjälp med stödstrumpor, på- och avklädning, dusch 1 ggr/v",
         "Hemtjänst Hallstahammar centrum", "Enhetschef hemtjänst", "2025-03-14", "Tills vidare"),
        ("Trygghetslarm, installeras hemgångsdagen", "Trygghetsjouren, Hallstahammars kommun",
         "Larmansvarig", "2025-03-14", "Tills vidare"),
        ("Matdistribution, lunch alla dagar", "Äldreomsorgen, Hallstahammars kommun",
         "Biståndshandläggare", "2025-03-14", "2025-04-30"),
        ("Läkemedelshantering: överlämning av läkemedelslista, iordningställande i dosett och "
         "delegering till hemtjänst", "Hemsjukvården, Hallstahammars kommun",
         "Sjuksköterska hemsjukvård", "2025-03-14", "Tills vidare"),
        ("Hjälpmedel: toalettförhöjning, duschpall och griptång förskrivs och levereras hem",
         "Geriatriska kliniken, avd 41", "Arbetsterapeut", "2025-03-13", "2025-03-14"),
        ("Hembesök: bedömning av bostaden, ev. borttagning av trösklar och mattor",
         "Rehabenheten, Hallstahammars kommun", "Arbetsterapeut", "2025-03-18", "2025-03-31"),
        ("Hemrehabilitering: gång- och trappträning, träningsprogram 2 ggr/v",
         "Rehabenheten, Hallstahammars kommun", "Fysioterapeut", "2025-03-17", "2025-04-25"),
        ("Suturtagning och kontroll av operationssår", "Vårdcentralen Hallstahammar",
         "Distriktssköterska (fast vårdkontakt)", "2025-03-17", "2025-03-17"),
        ("Läkemedelsgenomgång och ställningstagande till osteoporosbehandling",
         "Vårdcentralen Hallstahammar", "Fast läkare", "2025-03-26", "2025-03-26"),
    ]
    t = table_grid(doc, len(rows), 5, [5.6, 3.6, 3.2, 2.1, 2.1])
    for i, rowd in enumerate(rows):
        for j, val in enumerate(rowd):
            cell_text(t.cell(i, j), val, bold=(i == 0), size=8.5)
            if i == 0:
                shade(t.cell(i, j), "D9E2EC")
    set_repeat_header(t.rows[0])

    doc.add_heading("Uppföljning", level=2)
    doc.add_paragraph(
        "Uppföljning i hemmet cirka två veckor efter hemgång. Tid bokas av fast vårdkontakt.")

    doc.add_heading("Medverkande vid planeringen", level=2)
    for role in ["Patienten", "Ansvarig sjuksköterska", "Arbetsterapeut", "Fysioterapeut",
                 "Biståndshandläggare", "Distriktssköterska"]:
        doc.add_paragraph(role, style="List Bullet")

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(14)
    p.add_run("Planen upprättad 2025-03-12. Kopia till patienten vid utskrivning.").italic = True
    save_docx(doc, path(2, "docx"))


# =================================================================== PLAN 03
def smallcaps_line(doc, label, value):
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(1)
    r = p.add_run(label + " ")
    r.font.small_caps = True
    r.bold = True
    p.add_run(value)
    return p


def caps_heading(doc, text):
    h = doc.add_heading(text, level=1)
    for r in h.runs:
        r.font.size = Pt(12)
        r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    return h


def plan03():
    doc = base_doc("Cambria", 11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "SALA KOMMUN  |  Individ- och familjeomsorgen, Barn och unga"
    hp.runs[0].font.size = Pt(8)
    hp.runs[0].font.small_caps = True
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = fp.add_run("SIP Elin 2025-05-06 – sida ")
    r.font.size = Pt(8)
    add_page_field(fp)

    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("SAMORDNAD INDIVIDUELL PLAN (SIP)")
    r.bold = True
    r.font.size = Pt(16)

    smallcaps_line(doc, "Namn:", "Elin")
    smallcaps_line(doc, "Född:", "2010 (ÅÅMMDD-XXXX)")
    smallcaps_line(doc, "Vårdnadshavare:", "Sofia (mamma), Mattias (pappa)")
    smallcaps_line(doc, "Datum för mötet:", "2025-05-06, kl. 14.00–15.30")
    smallcaps_line(doc, "Plats:", "Ekebyskolan, Sala, konferensrummet")
    smallcaps_line(doc, "Typ av plan:", "Ny SIP")

    caps_heading(doc, "1. BAKGRUND")
    doc.add_paragraph(
        "Elin är 15 år och går i årskurs 8 på Ekebyskolan. Hon fick diagnosen autism vid 9 års "
        "ålder och har insatser från Habiliteringscentrum sedan dess. Sedan höstterminen 2024 har "
        "närvaron sjunkit till omkring 30 procent; hon klarar ofta första lektionen men går hem "
        "före lunch. Hon beskriver stark oro i stora grupper och i matsalen och har svårt att sova. "
        "BUP har kontakt sedan januari 2025 och utreder ångest. Familjen har ett "
        "ärende hos Försäkringskassan om omvårdnadsbidrag.")

    caps_heading(doc, "2. SYFTE")
    doc.add_paragraph(
        "Syftet med SIP:en är att skolan, BUP, habiliteringen och socialtjänsten kommer överens om "
        "hur Elin ska få en skoldag hon orkar med, så att hon kan nå godkända betyg i matematik, "
        "engelska och svenska i årskurs 9, och att familjen vet vem de ska vända sig till.")

    caps_heading(doc, "3. FRÅGESTÄLLNINGAR")
    doc.add_paragraph("Diskutera läget inför höstterminen.")

    caps_heading(doc, "4. ELINS MÅL")
    doc.add_paragraph(
        "Elin har sagt till mamma inför mötet: ”Jag vill gå i skolan, men inte i en klass med 28 "
        "personer. Jag vill klara matte och engelska så att jag kommer in på gymnasiet.”")

    caps_heading(doc, "5. DELAKTIGHET")
    doc.add_paragraph(
        "Elin deltog inte på mötet. Mamma Sofia förmedlade Elins synpunkter: hon vill inte att "
        "skolan ringer hem varje morgon när hon inte kommit, och hon vill ha kvar Anders som mentor "
        "i årskurs 9.")

    caps_heading(doc, "6. DELTAGARE")
    parts = [
        ("Sofia", "mamma, vårdnadshavare"),
        ("Anders", "mentor, Ekebyskolan"),
        ("Maja", "specialpedagog, Ekebyskolan"),
        ("Tove", "skolkurator, Elevhälsan Sala kommun"),
        ("Peter", "psykolog, BUP Västerås (mottagning Sala)"),
        ("Nadia", "arbetsterapeut, Habiliteringscentrum Västerås"),
        ("Jenny", "familjebehandlare, IFO Barn och unga, Sala kommun"),
    ]
    for n, f in parts:
        p = doc.add_paragraph(style="List Bullet")
        p.add_run(n).bold = True
        p.add_run(", " + f)

    caps_heading(doc, "7. HUVUDANSVAR")
    smallcaps_line(doc, "Huvudansvarig:", "Individ- och familjeomsorgen, Sala kommun.")

    # landscape section for the action table
    new = doc.add_section(WD_SECTION.NEW_PAGE)
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = Cm(29.7), Cm(21.0)
    new.left_margin = new.right_margin = Cm(2.0)
    caps_heading(doc, "8. ÅTGÄRDSPLAN")
    rows = [
        ("Vad", "Vem", "Klart när"),
        ("Anpassat schema i åk 9: fyra dagar i veckan med start kl. 9.00, matematik och engelska "
         "i liten grupp (Studion), egen plats att äta lunch utanför matsalen.",
         "Maja, specialpedagog, Ekebyskolan", "2025-08-18 (skolstart)"),
        ("Överlämning till nya ämneslärare inför åk 9 med Elins ”Om mig”-dokument "
         "(vad som hjälper, vad som stressar).",
         "Anders, mentor, Ekebyskolan", "2025-06-13"),
        ("Stödsamtal med skolkurator en gång i veckan fram till sommarlovet.",
         "Tove, skolkurator, Elevhälsan Sala kommun", "2025-06-13"),
        ("KBT-inriktade samtal om oro och skolfrånvaro varannan vecka, inklusive gradvis "
         "exponering för matsalen och större grupper.",
         "Peter, psykolog, BUP Västerås (mottagning Sala)", "Start 2025-05-20, utvärderas 2025-10-01"),
        ("Kartläggning av sensorisk känslighet och förslag på anpassningar (hörselkåpor, vilrum, "
         "schema med bildstöd).",
         "Nadia, arbetsterapeut, Habiliteringscentrum Västerås", "2025-06-30"),
        ("Föräldrastödjande samtal med mamma och pappa om morgonrutiner och hur de kan "
         "stötta Elin när hon inte vill gå till skolan.",
         "Jenny, familjebehandlare, IFO Barn och unga, Sala kommun", "–"),
    ]
    t = table_grid(doc, len(rows), 3, [14.5, 7.5, 3.7])
    for i, rowd in enumerate(rows):
        for j, val in enumerate(rowd):
            if i == 0:
                cell_text(t.cell(i, j), val.upper(), bold=True, size=10)
                shade(t.cell(i, j), "DCE4EE")
            else:
                cell_text(t.cell(i, j), val, size=10)
    set_repeat_header(t.rows[0])

    # back to portrait
    last = doc.add_section(WD_SECTION.NEW_PAGE)
    last.orientation = WD_ORIENT.PORTRAIT
    last.page_width, last.page_height = Cm(21.0), Cm(29.7)
    last.left_margin = last.right_margin = Cm(2.2)
    caps_heading(doc, "9. UPPFÖLJNING")
    doc.add_paragraph("Nästa SIP-möte vecka 38. Kallelse skickas ut i augusti.")
    doc.add_paragraph()
    smallcaps_line(doc, "Antecknat av:", "Jenny, familjebehandlare")
    smallcaps_line(doc, "Planen skickad till:", "Vårdnadshavare och samtliga deltagare, 2025-05-08")
    save_docx(doc, path(3, "docx"))


# =================================================================== PLAN 04
PLAN04 = """\
# Din plan – SIP

**Till:** Noah, 14 år
**Mötet var:** tisdag 18 mars 2025 kl. 14.00 på Gäddgårdsskolan i Arboga
**Skriven av:** Sara, efter mötet

Hej Noah! Här är planen vi gjorde tillsammans. Den är skriven till dig, men mamma får också en
kopia. Om något är fel eller konstigt skrivet får du säga till, så ändrar vi.

## Därför träffades vi

Vi träffades för att du nästan inte har varit i skolan sedan jullovet, för att du har ont i
magen och mår illa på morgnarna och känner dig rädd när du ska gå dit. Alla vuxna som hjälper
dig ska veta vad de andra gör, så att du och mamma inte behöver berätta samma sak för fem olika
personer.

Det här ville vi prata om:

- Hur kan morgnarna bli lättare, så att du kommer iväg till skolan?
- Ska du börja med halva dagar efter påsklovet, och i så fall vilka lektioner?
- Behöver du träffa BUP oftare än en gång i månaden?

**Får vi prata med varandra om dig?** – Ja, sa du och mamma på mötet den 18 mars. Mamma skrev
också under samtyckesblanketten samma dag.

## Det här vill du

Du sa:

> ”Jag vill kunna gå till skolan utan att må illa hela morgonen.”

> ”Jag vill vara med på idrotten igen och spela fotboll med Ville på rasterna.”

Du sa också att du inte vill att hela klassen ska veta om planen, och att du tycker det är
jobbigt när lärare frågar inför alla var du har varit. Det har vi lovat att tänka på.

## Så här hjälper vi dig

| Vem | Vad | När |
|---|---|---|
| Skolan – Emma, din mentor | Du börjar kl. 9.30 och går hem efter lunch. Emma möter dig vid entrén varje morgon och ni går in tillsammans. | Från 22 april (efter påsklovet) |
| Skolan – skolsköterskan | Kollar magen och sömnen med dig och mamma. | 27 mars |
| BUP Arboga – Fatima, psykolog | Ni träffas varannan vecka och jobbar med oron på morgnarna (KBT). | Första gången 1 april |
| Socialtjänsten | Berättar om fritidsgården och om du kan få en kontaktperson. | |
| Mamma | Väcker dig 6.45 och kör dig till skolan. | De tre första veckorna efter påsklovet |
| Du själv | Skriver i må-bra-appen varje kväll hur dagen var och tar med mobilen till Fatima. | Varje kväll från 19 mars |

## Vem håller ihop planen?

Sara håller ihop planen. Det är henne du eller mamma hör av er till om något inte funkar, till
exempel om morgnarna blir jobbiga igen. Ni når henne via växeln.

## Vi som var med

Du, mamma, Sara, Emma, Fatima och Jonas.

## Nästa gång

Vi ses igen **tisdag 13 maj 2025 kl. 14.00** i samma rum. Då pratar vi om hur det har gått med
halvdagarna och om du vill börja på idrotten igen.
"""


def plan04():
    with open(path(4, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(PLAN04)


# =================================================================== PLAN 05
def wrap(par, width=76):
    return textwrap.fill(par, width=width, break_long_words=False, break_on_hyphens=False)


def plan05():
    head = [
        "MINNESANTECKNINGAR FRÅN SIP-MÖTE",
        "Fagersta kommun, Socialtjänsten – Vuxenenheten, Beroende och missbruk",
        "",
        "Datum:  2025-04-23, kl. 09.00–10.30",
        "Plats:  Socialkontoret Fagersta, mötesrum Åsen",
        "",
        "Närvarande:",
        "  Linus (L.), 19 år",
        "  Anna, socialsekreterare, Vuxenenheten Fagersta kommun (sekreterare)",
        "  Mikael, behandlare, Öppenvården Fagersta kommun",
        "  Helena, läkare, Beroendecentrum Region Västmanland, mottagning Fagersta",
        "  Hanna, distriktssköterska, Vårdcentralen Fagersta",
        "  Sebastian, handläggare, Bostadssociala enheten Fagersta kommun",
        "",
    ]
    paras = [
        "Anna hälsade alla välkomna och gick igenom att mötet är ett SIP-möte, alltså "
        "samordning. Alla presenterade sig.",
        "L. berättade själv att han har använt cannabis i princip dagligen sedan han var 16 och "
        "att han sedan i vintras också tar tabletter (bensodiazepiner) som han köper via nätet. "
        "Han bor sedan januari omväxlande hos två kompisar och ibland hos sin moster. Han sa att "
        "han är trött på att inte ha någonstans att ta vägen och att han vill bli drogfri och ha "
        "en egen lägenhet före jul. Han tycker att det är bra att alla sitter i samma rum, för han "
        "orkar inte ringa runt till olika ställen. Han vill helst inte till behandlingshem utan "
        "vill ha hjälp på hemmaplan.",
        "Den huvudsakliga frågan för mötet var om L. ska erbjudas en träningslägenhet genom "
        "socialtjänsten redan nu eller först när han har haft tre månader med negativa "
        "urinprover, och hur en nedtrappning av bensodiazepinerna ska läggas upp så att den inte "
        "krockar med behandlingen på Öppenvården. Helena menade att nedtrappningen bör ske med "
        "förskrivet preparat och täta kontroller, och att L. inte ska sluta tvärt på egen hand.",
        "Det bestämdes att Mikael på Öppenvården erbjuder L. samtal enligt ÅP "
        "(återfallsprevention) en gång i veckan med start tisdag 2025-04-29, och att Öppenvården "
        "tar urinprov två gånger i veckan med början samma vecka. Helena bokar in L. på "
        "Beroendecentrum för läkarbedömning och planering av nedtrappning, senast 2025-05-09. "
        "Hanna på vårdcentralen tar blodprover (leverprover och hepatitscreening) den 2025-05-06 "
        "och återkopplar svaren till Helena. Sebastian utreder om det finns en träningslägenhet "
        "ledig under sommaren och återkommer till Anna senast 2025-05-30. Anna skriver beslut om "
        "öppenvårdsinsatsen denna vecka.",
        "Det beslutades också att L. ska få hjälp att söka en sysselsättning eller praktikplats "
        "under sommaren.",
        "L. nämnde att han är inskriven på Arbetsförmedlingen sedan i höstas, men han vet inte "
        "riktigt vad som händer där just nu.",
        "Nästa möte blir i början av juni. Kallelse skickas ut.",
    ]
    lines = head + ["MÖTETS INNEHÅLL", ""]
    for p in paras:
        lines.append(wrap(p))
        lines.append("")
    lines += ["Vid anteckningarna", "Anna, socialsekreterare", ""]
    text = "\n".join(lines)
    with open(path(5, "txt"), "w", encoding="cp1252", newline="\r\n") as f:
        f.write(text)


# =================================================================== PLAN 06 / 08 (LibreOffice templates)
def part_header(t, row_idx, text, fill="1F4E79"):
    a, b = t.cell(row_idx, 0), t.cell(row_idx, 1)
    m = a.merge(b)
    cell_text(m, text, bold=True, size=10)
    m.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    shade(m, fill)
    return m


def two_col_form(doc, spec, widths=(5.6, 11.0), label_fill="EDEDED", empty_marker=None):
    """spec: list of ("PART", text) or (label, value)."""
    t = table_grid(doc, len(spec), 2, list(widths))
    for i, (k, v) in enumerate(spec):
        if k == "PART":
            part_header(t, i, v)
        else:
            cell_text(t.cell(i, 0), k, bold=True, size=9)
            shade(t.cell(i, 0), label_fill)
            cell_text(t.cell(i, 1), v, size=9.5)
            if not v.strip():
                t.rows[i].height = Cm(1.1)
                t.rows[i].height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
    return t


def plan06():
    doc = base_doc("Calibri", 10)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "KUNGSÖRS KOMMUN\tVård och omsorg – LSS\tMall SIP v. 2.1"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Samordnad individuell plan, Kungsörs kommun och Region Västmanland – sida ")
    r.font.size = Pt(8)
    add_page_field(fp)

    t = doc.add_paragraph()
    r = t.add_run("Samordnad individuell plan (SIP)")
    r.bold = True
    r.font.size = Pt(15)
    doc.add_paragraph("Enligt 2 kap. 7 § socialtjänstlagen och 16 kap. 4 § hälso- och sjukvårdslagen")

    spec = [
        ("PART", "DEL 1   UPPGIFTER OM DEN ENSKILDE"),
        ("Namn", "Mattias (M.)"),
        ("Personnummer", "ÅÅMMDD-XXXX"),
        ("Boende", "Servicebostad enligt LSS 9 § 9, Kungsör"),
        ("God man / förvaltare", "God man: Ulla"),
        ("Närstående", "Mamma Birgitta"),
        ("PART", "DEL 2   MÖTET"),
        ("Datum för möte", "2025-04-02"),
        ("Plats", "M:s lägenhet, servicebostaden i Kungsör"),
        ("Mötesform", "Fysiskt möte"),
        ("PART", "DEL 3   SAMTYCKE"),
        ("Samtycke till SIP och informationsöverföring",
         "☒ Muntligt   ☐ Skriftligt, datum 2025-04-02"),
        ("Samtycket gäller",
         "Vuxenpsykiatrin Köping, Vårdcentralen Kungsör, LSS-handläggning, Daglig verksamhet "
         "Kungsör, servicebostaden samt god man"),
        ("PART", "DEL 4   PLANEN"),
        ("Bakgrund",
         "M. är 34 år och har autism samt en måttlig depression sedan hösten 2024. Han bor i "
         "servicebostad och har daglig verksamhet på Verkstan. Sedan januari har han varit på "
         "dagliga verksamheten ungefär två dagar i veckan i stället för fem, han sover dåligt, "
         "har gått upp 9 kg och äter mest färdigmat. Personalen i servicebostaden har svårt att "
         "nå honom på kvällarna. Han har kontakt med Vuxenpsykiatrin Köping sedan november."),
        ("Syfte med SIP", "Samordning av insatser."),
        ("Frågeställningar inför mötet", ""),
        ("Den enskildes mål", ""),
        ("Den enskildes delaktighet",
         "M. deltog i mötet i sin lägenhet under den första halvtimmen."),
        ("Huvudansvarig för planen", "Kungsörs kommun"),
    ]
    two_col_form(doc, spec)

    bold_para(doc, "DEL 5   INSATSER", size=10, space_before=12)
    rows = [
        ("Insats", "Ansvarig verksamhet och funktion", "Start / tidpunkt"),
        ("Läkarbedömning av antidepressiv medicinering och sömn",
         "Vuxenpsykiatrin Köping, läkare", "2025-04-16"),
        ("Stödsamtal med fokus på nedstämdhet och vardagsstruktur, var tredje vecka",
         "Vuxenpsykiatrin Köping, kurator", "2025-04-23"),
        ("Anpassat schema på daglig verksamhet: 4 timmar per dag med start kl. 10, "
         "mjukstart med fika",
         "Daglig verksamhet Kungsör (Verkstan), enhetschef", "2025-04-07"),
        ("Personalstöd i servicebostaden med kvällsrutiner, matlagning 2 kvällar/v och "
         "promenad 3 ggr/v", "Servicebostaden Kungsör, kontaktman", "2025-04-03"),
        ("Hälsokontroll: blodprover, vikt och blodtryck", "Vårdcentralen Kungsör, distriktssköterska",
         "2025-04-28"),
    ]
    t = table_grid(doc, len(rows), 3, [8.2, 5.6, 2.8])
    for i, rowd in enumerate(rows):
        for j, val in enumerate(rowd):
            cell_text(t.cell(i, j), val, bold=(i == 0), size=9)
            if i == 0:
                shade(t.cell(i, j), "EDEDED")
    set_repeat_header(t.rows[0])

    doc.add_paragraph()
    spec2 = [
        ("PART", "DEL 6   ANDRA AKTÖRER"),
        ("Andra aktörers insatser (t.ex. Försäkringskassan, god man, närstående)",
         "God man Ulla sköter M:s ekonomi, betalar hyra och räkningar och ansöker hos "
         "Försäkringskassan om förlängd aktivitetsersättning före 2025-06-30.\n"
         "Mamma Birgitta hämtar M. varannan helg och följer med honom till tandläkaren "
         "2025-05-12."),
        ("PART", "DEL 7   UPPFÖLJNING"),
        ("Datum för uppföljning", ""),
        ("Ansvarig för kallelse", ""),
    ]
    two_col_form(doc, spec2)

    bold_para(doc, "DEL 8   DELTAGARE", size=10, space_before=12)
    rows = [
        ("Namn", "Funktion", "Verksamhet"),
        ("Mattias (M.)", "Den enskilde", "–"),
        ("Birgitta", "Mamma", "–"),
        ("Ulla", "God man", "–"),
        ("Karolina", "LSS-handläggare", "Myndighetsenheten, Kungsörs kommun"),
        ("Erik", "Kontaktman", "Servicebostaden Kungsör"),
        ("Leila", "Enhetschef", "Daglig verksamhet Kungsör (Verkstan)"),
        ("Johanna", "Sjuksköterska", "Vuxenpsykiatrin Köping"),
    ]
    t = table_grid(doc, len(rows), 3, [4.5, 4.5, 7.6])
    for i, rowd in enumerate(rows):
        for j, val in enumerate(rowd):
            cell_text(t.cell(i, j), val, bold=(i == 0), size=9)
            if i == 0:
                shade(t.cell(i, j), "EDEDED")

    doc.add_paragraph()
    doc.add_paragraph("Underskrift den enskilde: ____________________________")
    doc.add_paragraph("Underskrift huvudansvarig: __________________________")

    tmp = tempfile.mkdtemp(prefix="f21a-06-")
    src = os.path.join(tmp, "SIP_Kungsor_Mattias.docx")
    doc.save(src)
    soffice_pdf(src, path(6, "pdf"))
    shutil.rmtree(tmp, ignore_errors=True)


# =================================================================== PLAN 07
def plan07():
    doc = base_doc("Calibri", 11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Surahammars kommun – Socialförvaltningen, Vuxenenheten"
    hp.runs[0].font.size = Pt(8)

    doc.add_heading("Uppföljning av samordnad individuell plan (SIP)", level=1)

    info = [
        ("Namn", "K."),
        ("Personnummer", "XXXXXX-XXXX"),
        ("Datum för uppföljning", "2025-06-04"),
        ("Tidigare plan upprättad", "2025-01-15"),
        ("Plats", "Vuxenenheten, Surahammar"),
    ]
    t = table_grid(doc, len(info), 2, [5.0, 11.6])
    for i, (k, v) in enumerate(info):
        cell_text(t.cell(i, 0), k, bold=True, size=10)
        cell_text(t.cell(i, 1), v, size=10)

    for label, value in [
        ("Syfte", "Se tidigare plan."),
        ("Frågeställningar", "Oförändrat."),
        ("Den enskildes mål", "Oförändrat."),
        ("Samtycke", "Se tidigare plan."),
        ("Den enskildes delaktighet", "K. deltog."),
    ]:
        bold_para(doc, label)
        doc.add_paragraph(value)

    bold_para(doc, "Status för insatser i tidigare plan")
    rows = [
        ("Insats", "Ansvarig", "Status", "Kommentar"),
        ("Boendestöd 2 ggr/vecka", "Boendestödet, Surahammars kommun", "Pågår",
         "Besöken genomförs som planerat."),
        ("KBT-samtal vid depression, 10 tillfällen", "Vårdcentralen Surahammar, kurator",
         "Avslutad", "Alla 10 samtal genomförda, avslutat 2025-05-14."),
        ("Återfallsprevention i grupp", "Öppenvården Beroende, Surahammars kommun", "Avbruten",
         "K. kom till tre av åtta tillfällen i mars, därefter inte."),
        ("Läkemedelsuppföljning antidepressiv behandling", "Vårdcentralen Surahammar, läkare",
         "Pågår", "Oförändrat."),
        ("PEth-provtagning var fjärde vecka", "Vårdcentralen Surahammar, distriktssköterska",
         "Pågår", "Senaste prov 2025-05-20."),
    ]
    t = table_grid(doc, len(rows), 4, [5.0, 4.8, 2.0, 4.8])
    for i, rowd in enumerate(rows):
        for j, val in enumerate(rowd):
            cell_text(t.cell(i, j), val, bold=(i == 0), size=9.5)
            if i == 0:
                shade(t.cell(i, j), "E2EFDA")
    set_repeat_header(t.rows[0])

    bold_para(doc, "Nya eller ändrade insatser")
    rows = [
        ("Insats", "Ansvarig", "När"),
        ("Remiss för bedömning av läkemedel mot alkoholsug", "Vårdcentralen Surahammar, läkare",
         "2025-06-11"),
        ("Bedömning på Beroendecentrum och ställningstagande till individuell "
         "återfallsprevention i stället för grupp", "Beroendecentrum Västerås, läkare", "–"),
        ("Boendestöd", "Boendestödet, Surahammars kommun", "Oförändrat"),
    ]
    t = table_grid(doc, len(rows), 3, [8.0, 6.0, 2.6])
    for i, rowd in enumerate(rows):
        for j, val in enumerate(rowd):
            cell_text(t.cell(i, j), val, bold=(i == 0), size=9.5)
            if i == 0:
                shade(t.cell(i, j), "E2EFDA")

    for label, value in [
        ("Övriga aktörer", "Se tidigare plan."),
        ("Huvudansvarig", "Maria, socialsekreterare, Vuxenenheten Surahammars kommun"),
        ("Deltagare", "K., Maria, Jessica, Olle"),
    ]:
        bold_para(doc, label)
        doc.add_paragraph(value)

    p = bold_para(doc, "Nästa uppföljning: ")
    p.add_run("–").bold = False
    save_docx(doc, path(7, "docx"))


# =================================================================== PLAN 08
def plan08():
    doc = base_doc("Arial", 10)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Norbergs kommun och Region Västmanland\t\tBlankett SIP – version 2024-09"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Förvaras i personakt/journal hos respektive verksamhet – sida ")
    r.font.size = Pt(8)
    add_page_field(fp)

    t = doc.add_paragraph()
    r = t.add_run("Samordnad individuell plan – SIP")
    r.bold = True
    r.font.size = Pt(15)
    doc.add_paragraph("Fylls i vid SIP-mötet. Lämna inga fält tomma – skriv ”ej aktuellt” vid behov.")

    spec = [
        ("PART", "DEL 1   PERSONUPPGIFTER"),
        ("Namn", ""),
        ("Personnummer", "ÅÅMMDD-XXXX"),
        ("Vårdnadshavare / god man (namn och kontaktuppgift)", ""),
        ("PART", "DEL 2   MÖTET"),
        ("Datum (ÅÅÅÅ-MM-DD)", ""),
        ("Plats", ""),
        ("Typ av möte", "☐ Ny plan   ☐ Uppföljning   ☐ Revidering"),
        ("PART", "DEL 3   SAMTYCKE"),
        ("Samtycke (hur har samtycke lämnats?)", "☐ Muntligt   ☐ Skriftligt   Datum: ÅÅÅÅ-MM-DD"),
        ("PART", "DEL 4   PLANENS INNEHÅLL"),
        ("Syfte med SIP (beskriv varför planen behövs för just den här personen)", ""),
        ("Frågeställningar (vad ska mötet besvara?)", ""),
        ("Den enskildes mål (med personens egna ord)", ""),
        ("Den enskildes delaktighet (deltog personen? om nej, ange varför och hur personens "
         "synpunkter har inhämtats)", "☐ Deltog   ☐ Deltog inte"),
        ("Huvudansvarig för planen (namn, funktion och verksamhet)", ""),
    ]
    two_col_form(doc, spec, widths=(6.4, 10.2))

    bold_para(doc, "DEL 5   INSATSER (vad, vem ansvarar, när)", size=10, space_before=12)
    rows = [("Insats (vad ska göras)", "Ansvarig verksamhet/funktion", "Start", "Klart/avslut")] + \
        [("", "", "", "")] * 5
    t = table_grid(doc, len(rows), 4, [7.0, 5.0, 2.3, 2.3])
    for i, rowd in enumerate(rows):
        for j, val in enumerate(rowd):
            cell_text(t.cell(i, j), val, bold=(i == 0), size=9)
            if i == 0:
                shade(t.cell(i, j), "EDEDED")
    set_repeat_header(t.rows[0])
    for row in t.rows[1:]:
        row.height = Cm(0.9)
        row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST

    doc.add_paragraph()
    spec2 = [
        ("PART", "DEL 6   ANDRA AKTÖRER"),
        ("Andra aktörers insatser (t.ex. Försäkringskassan, Arbetsförmedlingen, god man, "
         "närstående, personen själv)", ""),
        ("PART", "DEL 7   UPPFÖLJNING"),
        ("Datum för uppföljning (ÅÅÅÅ-MM-DD)", ""),
        ("Ansvarig för kallelse (namn och funktion)", ""),
    ]
    two_col_form(doc, spec2, widths=(6.4, 10.2))

    bold_para(doc, "DEL 8   DELTAGARE", size=10, space_before=12)
    rows = [("Namn", "Funktion", "Verksamhet/organisation")] + [("", "", "")] * 6
    t = table_grid(doc, len(rows), 3, [4.6, 4.6, 7.4])
    for i, rowd in enumerate(rows):
        for j, val in enumerate(rowd):
            cell_text(t.cell(i, j), val, bold=(i == 0), size=9)
            if i == 0:
                shade(t.cell(i, j), "EDEDED")
    for row in t.rows[1:]:
        row.height = Cm(0.8)
        row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST

    doc.add_paragraph()
    doc.add_paragraph("Underskrift den enskilde / vårdnadshavare: ______________________________")
    doc.add_paragraph("Underskrift huvudansvarig: _____________________________________________")

    tmp = tempfile.mkdtemp(prefix="f21a-08-")
    src = os.path.join(tmp, "SIP_blankett_Norberg_2024-09.docx")
    doc.save(src)
    soffice_pdf(src, path(8, "pdf"))
    shutil.rmtree(tmp, ignore_errors=True)


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
