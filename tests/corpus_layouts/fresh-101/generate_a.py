#!/usr/bin/env python
"""Generate batch f101a: fictional, anonymized SIP plans from Region Kronoberg.

Run with /work/batches/.venv/bin/python generate.py
Deterministic: fixed dates, no randomness. Calls soffice for f101a-07.pdf.
"""
import datetime
import os
import shutil
import subprocess
import textwrap

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
PREFIX = "f101a"
LO_PROFILE = "file:///tmp/lo-f101a"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_I = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"


def path(nn, ext):
    return os.path.join(OUT, f"{PREFIX}-{nn:02d}.{ext}")


# ---------------------------------------------------------------- docx helpers

def set_cell_shading(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_text_direction(cell, value="btLr"):
    tcPr = cell._tc.get_or_add_tcPr()
    td = OxmlElement("w:textDirection")
    td.set(qn("w:val"), value)
    tcPr.append(td)


def set_cell_valign(cell, value="center"):
    tcPr = cell._tc.get_or_add_tcPr()
    va = OxmlElement("w:vAlign")
    va.set(qn("w:val"), value)
    tcPr.append(va)


def set_row_height(row, cm, rule="atLeast"):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:trHeight")
    h.set(qn("w:val"), str(int(cm * 567)))
    h.set(qn("w:hRule"), rule)
    trPr.append(h)


def set_repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def set_table_borders(table, val="single", sz=4):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), val)
        el.set(qn("w:sz"), str(sz))
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "auto" if val != "nil" else "auto")
        borders.append(el)
    tblPr.append(borders)


def set_col_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    gcols = grid.findall(qn("w:gridCol"))
    for gc, w in zip(gcols, widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for col, w in zip(table.columns, widths_cm):
        col.width = Cm(w)
    for row in table.rows:
        for idx, w in enumerate(widths_cm):
            if idx < len(row.cells):
                row.cells[idx].width = Cm(w)


def cell_text(cell, text, bold=False, size=None, italic=False, align=None):
    """Replace the first paragraph's text; extra lines become paragraphs."""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i > 0:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if align is not None:
            p.alignment = align
    return cell


FIXED_DT = datetime.datetime(2025, 6, 1, 8, 0, 0)


def base_document(font="Calibri", size=11):
    doc = Document()
    cp = doc.core_properties
    cp.created = cp.modified = cp.last_printed = FIXED_DT
    cp.author = cp.last_modified_by = "SIP"
    cp.revision = 1
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    return doc


def bold_par(doc_or_cell, text, size=None, space_before=6):
    p = doc_or_cell.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    p.paragraph_format.space_before = Pt(space_before)
    p.paragraph_format.space_after = Pt(2)
    return p


def header_text(section, left, right=None, size=9):
    hdr = section.header
    p = hdr.paragraphs[0]
    p.text = ""
    r = p.add_run(left)
    r.font.size = Pt(size)
    if right:
        r2 = p.add_run("\t\t" + right)
        r2.font.size = Pt(size)
    return p


def footer_text(section, text, size=8):
    p = section.footer.paragraphs[0]
    p.text = ""
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    return p


def add_page_field(paragraph, size=8):
    """Append 'Sida X (Y)' with real PAGE/NUMPAGES fields."""
    def field(instr):
        r = paragraph.add_run()
        r.font.size = Pt(size)
        b = OxmlElement("w:fldChar")
        b.set(qn("w:fldCharType"), "begin")
        r._r.append(b)
        r2 = paragraph.add_run()
        r2.font.size = Pt(size)
        it = OxmlElement("w:instrText")
        it.set(qn("xml:space"), "preserve")
        it.text = instr
        r2._r.append(it)
        r3 = paragraph.add_run()
        r3.font.size = Pt(size)
        e = OxmlElement("w:fldChar")
        e.set(qn("w:fldCharType"), "end")
        r3._r.append(e)
    r = paragraph.add_run("Sida ")
    r.font.size = Pt(size)
    field("PAGE")
    r = paragraph.add_run(" (")
    r.font.size = Pt(size)
    field("NUMPAGES")
    r = paragraph.add_run(")")
    r.font.size = Pt(size)


# ============================================================ 01 .docx btLr form

def plan01():
    doc = base_document("Arial", 10)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = Cm(1.8)
    sec.bottom_margin = Cm(1.6)
    header_text(sec, "Ljungby kommun  ·  Region Kronoberg", "SIP – samordnad individuell plan")
    fp = footer_text(sec, "Blankett SIP barn och unga, version 2023-09   ")
    add_page_field(fp)

    t = doc.add_paragraph()
    r = t.add_run("SAMORDNAD INDIVIDUELL PLAN (SIP)")
    r.bold = True
    r.font.size = Pt(15)
    sub = doc.add_paragraph()
    r = sub.add_run("Barn och unga – enligt SoL 2 kap. 7 § och HSL 16 kap. 4 §")
    r.font.small_caps = True
    r.font.size = Pt(9)

    parts = []  # (label, filler) filler is callable(cell)

    def uppgifter(c):
        lines = [
            ("Namn: ", "Elin"),
            ("Personnummer: ", "ÅÅMMDD-XXXX"),
            ("Vårdnadshavare: ", "Jenny (mamma), Daniel (pappa) – gemensam vårdnad"),
            ("Skola/klass: ", "Högstadiet Ljungby, åk 7"),
            ("Datum för SIP-möte: ", "2024-10-15, kl. 13.00–14.30"),
            ("Plats: ", "Elevhälsans rum, Högstadiet Ljungby"),
        ]
        p = c.paragraphs[0]
        for i, (lab, val) in enumerate(lines):
            if i:
                p = c.add_paragraph()
            a = p.add_run(lab)
            a.bold = True
            p.add_run(val)
    parts.append(("Uppgifter", uppgifter, 3.6))

    def bakgrund(c):
        cell_text(c, (
            "Elin har haft ökande frånvaro sedan vårterminen i åk 6 och har sedan "
            "skolstarten i augusti i stort sett inte varit i skolan (närvaro ca 15 % enligt "
            "Skola24). Hon beskriver magont och stark oro på morgnarna, särskilt inför "
            "idrott och lektioner i helklass. Elin är sedan september inskriven på BUP "
            "Ljungby efter remiss från skolsköterskan; bedömning pågår, preliminärt "
            "generaliserat ångestsyndrom. Familjen har själva ansökt om stöd hos "
            "socialtjänsten och ett beslut om föräldrastöd finns sedan 2024-10-01.\n"
            "Elin och båda föräldrarna var med på mötet. Elin berättade att hon helst vill "
            "börja med de lektioner där hennes mentor undervisar och att hon inte vill att "
            "klasskamraterna ska få veta varför hon varit borta. Föräldrarna önskar att "
            "skolan hör av sig samma dag om Elin inte kommer, i stället för via frånvaro-"
            "sms."))
    parts.append(("Bakgrund", bakgrund, 4.2))

    def syfte(c):
        cell_text(c, (
            "Syftet med SIP:en är att Elin ska kunna komma tillbaka till skolan i en takt "
            "hon klarar, och att skolan, BUP och socialtjänsten inte arbetar var för sig "
            "med hennes oro och frånvaro utan vet vad de andra gör."))
    parts.append(("Syfte", syfte, 2.2))

    def fragor(c):
        cell_text(c, "Gå igenom hur det ser ut just nu.\nAllmänt om samarbetet framåt.")
    parts.append(("Frågeställningar", fragor, 3.4))

    def mal(c):
        cell_text(c, (
            "Målet är att Elin ska ha minst 50 % närvaro efter jullovet och på sikt kunna "
            "delta i idrotten med sin klass."))
    parts.append(("Mål", mal, 2.0))

    def insatser(c):
        cell_text(c, "Insatser som beslutades på mötet:", bold=True)
        rows = [
            ("Insats", "Ansvarig (funktion, verksamhet)", "När"),
            ("Anpassad studiegång: start med två lektioner/dag (mentorns lektioner), "
             "utökas efter avstämning varannan vecka",
             "Mentor Karin och specialpedagog, Högstadiet Ljungby", "Fr.o.m. 2024-10-21"),
            ("Stödsamtal med skolkurator en gång/vecka, morgonincheckning samma dag",
             "Skolkurator, Elevhälsan Ljungby kommun", "Tisdagar, start 2024-10-22"),
            ("Samma-dag-kontakt med hemmet vid frånvaro (telefon, inte sms)",
             "Mentor, Högstadiet Ljungby", "Fr.o.m. 2024-10-21"),
            ("KBT-behandling för ångest, 12 tillfällen",
             "Psykolog, BUP Ljungby, Region Kronoberg", "Start v. 46, 2024"),
            ("Föräldrastöd (Komet) för Jenny och Daniel",
             "Familjebehandlare, IFO Barn och familj, Ljungby kommun",
             "Tid bestäms senare"),
        ]
        inner = c.add_table(rows=len(rows), cols=3)
        inner.style = "Table Grid"
        for i, rr in enumerate(rows):
            for j, val in enumerate(rr):
                cell_text(inner.rows[i].cells[j], val, bold=(i == 0), size=9)
                if i == 0:
                    set_cell_shading(inner.rows[i].cells[j], "D9E2F3")
        set_col_widths(inner, [6.2, 5.0, 3.0])
        c.add_paragraph()
    parts.append(("Insatser", insatser, 6.0))

    def huvud(c):
        cell_text(c, (
            "Huvudansvar för planen: Ljungby kommun. Kallelse till uppföljning skickas "
            "ut från kommunen."))
    parts.append(("Huvudansvar", huvud, 3.0))

    def uppf(c):
        cell_text(c, "Uppföljning av planen: 2024-12-10 kl. 13.00, Högstadiet Ljungby.")
    parts.append(("Uppföljning", uppf, 3.0))

    def delt(c):
        rows = [
            ("Namn", "Funktion", "Verksamhet"),
            ("Elin", "Elev", "–"),
            ("Jenny", "Vårdnadshavare", "–"),
            ("Daniel", "Vårdnadshavare", "–"),
            ("Karin", "Mentor", "Högstadiet Ljungby"),
            ("Maja", "Skolkurator", "Elevhälsan, Ljungby kommun"),
            ("Peter", "Psykolog", "BUP Ljungby, Region Kronoberg"),
            ("Sanna", "Socialsekreterare", "IFO Barn och familj, Ljungby kommun"),
        ]
        inner = c.add_table(rows=len(rows), cols=3)
        inner.style = "Table Grid"
        for i, rr in enumerate(rows):
            for j, val in enumerate(rr):
                cell_text(inner.rows[i].cells[j], val, bold=(i == 0), size=9)
        set_col_widths(inner, [3.0, 4.0, 7.2])
        c.paragraphs[0].add_run("Närvarande vid mötet:").bold = True
        c.add_paragraph()
    parts.append(("Deltagare", delt, 4.5))

    table = doc.add_table(rows=len(parts), cols=2)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, (label, filler, h) in enumerate(parts):
        left, right = table.rows[i].cells
        set_text_direction(left, "btLr")
        set_cell_valign(left, "center")
        set_cell_shading(left, "DEEAF6")
        cell_text(left, label, bold=True, size=10, align=WD_ALIGN_PARAGRAPH.CENTER)
        filler(right)
        set_row_height(table.rows[i], h)
    set_col_widths(table, [1.3, 15.7])

    doc.add_paragraph()
    doc.add_paragraph("Planen har upprättats på mötet och skickas till samtliga deltagare.")
    doc.save(path(1, "docx"))


# ============================================================ 02 .pdf fpdf2 record form

class RecordPDF(FPDF):
    system = "Cosmic – Region Kronoberg"
    printed = "Utskriftsdatum: 2025-03-04 09:12"

    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(60, 60, 60)
        self.cell(70, 4, self.system)
        self.cell(60, 4, self.printed, align="C")
        self.cell(0, 4, f"Sida {self.page_no()} ({{nb}})", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.set_font("DejaVu", "", 7.5)
        self.cell(70, 4, "Patient: R.  XXXXXX-XXXX")
        self.cell(0, 4, "Vårddokumentation – SIP Samordnad individuell plan", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(120, 120, 120)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Utskriften är en kopia av journalanteckning. Signerad av: Helena, "
                  "sjuksköterska, Vuxenpsykiatrin Växjö 2025-03-03 16:40", align="C")


def plan02():
    pdf = RecordPDF(format="A4")
    pdf.set_creation_date(datetime.datetime(2025, 3, 4, 9, 12, tzinfo=datetime.timezone.utc))
    pdf.set_creator("Cosmic Utskrift")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_font("DejaVu", "I", FONT_I)
    pdf.set_margins(15, 12, 15)
    pdf.set_auto_page_break(True, 18)
    pdf.alias_nb_pages()
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin

    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 8, "SIP – Samordnad individuell plan", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 8)
    pdf.cell(0, 4, "Mall: SIP vuxen (Region Kronoberg/kommunerna i Kronobergs län)",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)

    def field(label, text, h_min=9, w=None, x=None, newline=True):
        """Boxed field: small label at top, value below, box drawn with rect."""
        w = w or W
        x0 = x if x is not None else pdf.l_margin
        y0 = pdf.get_y()
        pdf.set_xy(x0 + 1, y0 + 0.8)
        pdf.set_font("DejaVu", "B", 7)
        pdf.cell(w - 2, 3.5, label)
        pdf.set_xy(x0 + 1, y0 + 4.5)
        pdf.set_font("DejaVu", "", 9)
        if text:
            pdf.multi_cell(w - 2, 4.4, text)
        y1 = max(pdf.get_y() + 1, y0 + h_min)
        pdf.rect(x0, y0, w, y1 - y0)
        if newline:
            pdf.set_xy(pdf.l_margin, y1)
        return y1

    y = pdf.get_y()
    field("Patient", "R.", w=W * 0.35, newline=False)
    pdf.set_y(y)
    field("Personnummer", "XXXXXX-XXXX", w=W * 0.25, x=pdf.l_margin + W * 0.35, newline=False)
    pdf.set_y(y)
    field("Datum för SIP-möte", "2025-03-03", w=W * 0.4, x=pdf.l_margin + W * 0.6)
    y = pdf.get_y()
    field("Mötesplats", "Vuxenpsykiatrin Växjö, mottagningens konferensrum", w=W * 0.6,
          newline=False)
    pdf.set_y(y)
    field("Typ av möte", "☐ Första SIP   ☒ Uppföljning   ☐ Avslut", w=W * 0.4,
          x=pdf.l_margin + W * 0.6)
    field("Bakgrund", (
        "R. är 28 år och bor i egen hyreslägenhet i Växjö. Diagnos schizofreni sedan 2019, "
        "behandlas med depåinjektion. Efter ett återinsjuknande i december 2024 vårdades "
        "han två veckor på Psykiatriska kliniken Växjö. Hyresvärden har skickat "
        "betalningspåminnelse för tre månaders hyra och det finns skulder hos "
        "Kronofogden. Aktivitetsersättningen från FK går ut i juni 2025 och ny ansökan "
        "är inlämnad. God man förordnades i januari 2025."), h_min=14)
    field("Syfte med SIP", "Samordning.", h_min=9)
    field("Frågeställningar inför mötet", "", h_min=12)
    field("Patientens egna mål", "", h_min=12)
    field("Patientens delaktighet och synpunkter", (
        "R. kom inte till mötet. Boendestödjare Linnea hade träffat honom dagen innan och "
        "framförde att R. tycker att det blir för många olika kontakter och att han inte "
        "vill byta läkare igen."), h_min=12)
    field("Samtycke", "Samtycke finns.", h_min=9)

    # Participant matrix
    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 6, "Deltagare", new_x="LMARGIN", new_y="NEXT")
    cols = [("Namn", 17), ("Funktion", 50), ("Enhet/organisation", 55),
            ("Närvarande", 19.5), ("Frånvarande", 19.5), ("Informerad", W - 161)]
    pdf.set_font("DejaVu", "B", 7)
    pdf.set_fill_color(225, 230, 238)
    for name, w in cols:
        pdf.cell(w, 6, name, border=1, fill=True, align="C" if w < 20 else "L")
    pdf.ln()
    people = [
        ("R.", "Patient", "–", 0),
        ("Amir", "Överläkare", "Vuxenpsykiatrin Växjö, psykosteamet", 0),
        ("Helena", "Sjuksköterska, fast vårdkontakt", "Vuxenpsykiatrin Växjö", 0),
        ("Linnea", "Boendestödjare", "Socialpsykiatrin, Växjö kommun", 0),
        ("Oskar", "Socialsekreterare ek. bistånd", "Arbete och välfärd, Växjö kommun", 0),
        ("Eva", "God man", "Förordnad av Överförmyndaren", 0),
        ("NN", "Handläggare", "Försäkringskassan", 2),
    ]
    people[0] = ("R.", "Patient", "–", 1)
    pdf.set_font("DejaVu", "", 8)
    for nm, fn, unit, state in people:
        pdf.cell(cols[0][1], 6, nm, border=1)
        pdf.cell(cols[1][1], 6, fn, border=1)
        pdf.cell(cols[2][1], 6, unit, border=1)
        for k in range(3):
            pdf.cell(cols[3 + k][1], 6, "☒" if k == state else "☐", border=1, align="C")
        pdf.ln()

    # Interventions table, header repeated on the next page
    pdf.ln(4)
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 6, "Insatser och ansvarsfördelning", new_x="LMARGIN", new_y="NEXT")
    icol = [("Insats", 66), ("Ansvarig (funktion, enhet)", 58), ("Start", 26),
            ("Klart/löpande", W - 150)]

    def ihead():
        pdf.set_font("DejaVu", "B", 8)
        pdf.set_fill_color(225, 230, 238)
        for name, w in icol:
            pdf.cell(w, 6, name, border=1, fill=True)
        pdf.ln()
        pdf.set_font("DejaVu", "", 8)

    rows = [
        ("Depåinjektion var fjärde vecka på mottagningen; påminnelse via sms dagen innan",
         "Sjuksköterska Helena, Vuxenpsykiatrin Växjö", "2025-03-12", "Löpande"),
        ("Läkarbesök, uppföljning av medicinering och biverkningar",
         "Överläkare Amir, Vuxenpsykiatrin Växjö", "2025-04-02", "2025-04-02"),
        ("Läkarutlåtande till FK inför ansökan om aktivitetsersättning",
         "Överläkare Amir, Vuxenpsykiatrin Växjö", "2025-03-04", "Senast 2025-03-21"),
        ("Boendestöd två gånger/vecka (mån och tors): post, räkningar, inköp",
         "Boendestödjare Linnea, Socialpsykiatrin Växjö kommun", "2025-03-10",
         "Löpande, omprövas 2025-06-30"),
        ("Utredning av ansökan om ekonomiskt bistånd för hyresskulden",
         "Socialsekreterare Oskar, Arbete och välfärd Växjö kommun", "2025-03-04",
         "Beslut senast 2025-03-14"),
        ("Kontakt med hyresvärden om avbetalning av hyresskuld",
         "God man Eva", "2025-03-05", "Senast 2025-03-14"),
        ("Ansökan om skuldsanering förbereds, kontakt med Kronofogden",
         "God man Eva", "2025-03-17", "Senast 2025-04-30"),
        ("Utredning av ansökan om förlängd aktivitetsersättning",
         "Handläggare, Försäkringskassan", "2025-03-01", "Beslut före 2025-06-01"),
    ]
    ihead()
    line_h = 4.2
    for row in rows:
        # compute needed height
        heights = []
        for (name, w), val in zip(icol, row):
            n = len(pdf.multi_cell(w - 0.6, line_h, val, align="L", dry_run=True,
                                   output="LINES"))
            heights.append(n * line_h + 1.6)
        h = max(heights)
        if pdf.get_y() + h > pdf.page_break_trigger:
            pdf.add_page()
            pdf.set_font("DejaVu", "I", 8)
            pdf.cell(0, 5, "Insatser och ansvarsfördelning (forts.)",
                     new_x="LMARGIN", new_y="NEXT")
            ihead()
        x0, y0 = pdf.get_x(), pdf.get_y()
        x = x0
        for (name, w), val in zip(icol, row):
            pdf.rect(x, y0, w, h)
            pdf.set_xy(x + 0.3, y0 + 0.8)
            pdf.multi_cell(w - 0.6, line_h, val, align="L")
            x += w
        pdf.set_xy(x0, y0 + h)

    pdf.ln(4)
    field("Huvudansvar för planen", "Vuxenpsykiatrin Växjö", h_min=9)
    field("Övriga aktörer", (
        "God man Eva sköter kontakt med hyresvärd och Kronofogden enligt ovan. "
        "Försäkringskassan har informerats om SIP:en via R:s samtycke och utreder "
        "ansökan om aktivitetsersättning."), h_min=12)
    field("Uppföljning", "Ny SIP vecka 14.", h_min=9)
    field("Journalförande", "Helena, sjuksköterska, Vuxenpsykiatrin Växjö", h_min=9)
    pdf.output(path(2, "pdf"))


# ============================================================ 03 .txt cp1252 CRLF setext

def setext(title, ch):
    return [title, ch * max(len(title), 5)]


def wrap(par, width=74):
    return textwrap.wrap(par, width=width, break_long_words=False, break_on_hyphens=False)


def dash_items(items, width=74):
    out = []
    for it in items:
        lines = textwrap.wrap(it, width=width - 2, break_on_hyphens=False)
        out.append("- " + lines[0])
        out.extend("  " + l for l in lines[1:])
    return out


def plan03():
    L = []
    L += setext("SAMORDNAD INDIVIDUELL PLAN (SIP)", "=")
    L += ["", "Gunnar, XXXXXX-XXXX", "Datum: 2024-11-07",
          "Plats: Ortopedavdelningen, Centrallasarettet Växjö", ""]
    L += setext("Bakgrund", "-")
    L += wrap("Gunnar är 84 år och bor ensam i villa i Älmhult sedan hustrun dog "
              "2022. Han föll i trädgården 2024-10-28 och opererades för höftfraktur "
              "(höger sida) på Centrallasarettet Växjö. Före fallet klarade han sig "
              "själv med visst stöd av dottern Karin som bor i Älmhult. Han går nu med "
              "gåbord/rollator korta sträckor och behöver hjälp vid dusch och "
              "påklädning av strumpor. Lätt kognitiv svikt finns noterad sedan "
              "tidigare på vårdcentralen, ingen demensdiagnos. Planerad hemgång "
              "2024-11-12.")
    L += [""]
    L += setext("Syfte", "-")
    L += wrap("Syftet med planen är att Gunnar ska kunna komma hem till sin villa i "
              "Älmhult efter höftfrakturen på ett tryggt sätt, och att hemtjänsten, "
              "kommunens rehab, vårdcentralen och Karin vet vem som gör vad de "
              "första veckorna hemma, så att han inte faller igen eller blir "
              "återinlagd.")
    L += [""]
    L += setext("Frågeställningar", "-")
    L += ["Diskutera läget inför hemgång.", ""]
    L += setext("Gunnars egen syn", "-")
    L += wrap("Gunnar var med på mötet vid sängen på avdelningen. Han är tydlig med "
              "att han vill hem och inte vill till korttidsboende. Han vill helst "
              "inte ha hemtjänst på kvällen \"om det går\", men går med på det de "
              "första veckorna. Med hans egna ord:")
    L += ["", "  \u201dJag vill klara mig hemma och kunna gå till Ica själv igen",
          "  till våren. Och jag vill kunna köra bilen till sommarstugan.\u201d", ""]
    L += setext("Åtgärder", "-")
    L += dash_items([
        "Hemtjänst morgon och kväll (hjälp med påklädning, strumpor, tillsyn), "
        "dusch en gång/vecka. Ansvar: Kommunen. Start 2024-11-12.",
        "Hjälpmedel: rollator, toalettförhöjning, duschpall och griptång levereras "
        "och provas i hemmet före hemgång. Ansvar: arbetsterapeut, "
        "Ortopedavdelningen Centrallasarettet Växjö. Klart 2024-11-11.",
        "Trygghetslarm installeras. Ansvar: biståndshandläggare, Älmhults "
        "kommun. Klart 2024-11-11.",
        "Hemrehabilitering: gång- och balansträning två gånger/vecka i hemmet. "
        "Ansvar: fysioterapeut, Rehab Älmhults kommun. Start vecka 46, i sex "
        "veckor.",
        "Läkemedelsgenomgång efter hemgång, bl.a. smärtlindring och "
        "benskörhetsbehandling. Ansvar: läkare, Vårdcentralen Älmhult. Inom två "
        "veckor efter hemgång.",
        "Återbesök med röntgen på ortopedmottagningen. Ansvar: Regionen.",
        "Karin (dotter) handlar mat en gång/vecka och kör Gunnar till "
        "återbesöket och till vårdcentralen. Hon har nyckel och tittar in på "
        "helgerna.",
    ])
    L += [""]
    L += setext("Närvarande", "-")
    L += wrap("Gunnar, dottern Karin, Lena (sjuksköterska), Ahmed (arbetsterapeut), "
              "Sofia (biståndshandläggare), Johan (fysioterapeut).")
    L += ["", "Samtycke till SIP finns.", "Planen skickas till alla som var med på mötet.", "",
          "/Lena, ssk", ""]
    text = "\r\n".join(L)
    with open(path(3, "txt"), "wb") as f:
        f.write(text.encode("cp1252"))


# ============================================================ 04 .docx Handlingsplan

def plan04():
    doc = base_document("Calibri", 11)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    header_text(sec, "Alvesta kommun – Individ- och familjeomsorgen, Barn och unga")
    fp = footer_text(sec, "SIP Noah 2025-01-28   ")
    add_page_field(fp)

    doc.add_heading("Samordnad individuell plan – SIP", level=1)
    info = doc.add_table(rows=4, cols=2)
    info.style = "Table Grid"
    for i, (a, b) in enumerate([
            ("Namn", "Noah"),
            ("Personnummer", "ÅÅMMDD-XXXX"),
            ("Vårdnadshavare", "Petra (mamma)"),
            ("Datum för mötet", "2025-01-28, Socialkontoret Alvesta")]):
        cell_text(info.rows[i].cells[0], a, bold=True)
        cell_text(info.rows[i].cells[1], b)
        set_cell_shading(info.rows[i].cells[0], "EDEDED")
    set_col_widths(info, [4.5, 12.5])

    doc.add_heading("Bakgrund", level=2)
    doc.add_paragraph(
        "Noah är 17 år och bor med sin mamma i Alvesta. Han avbröt sina studier på "
        "Allbo Lärcenter under hösten 2024 efter hög frånvaro. Socialtjänsten fick en "
        "orosanmälan från skolan i oktober och under utredningen framkom regelbundet "
        "cannabisbruk sedan cirka ett år. Noah har sedan december kontakt med "
        "Beroendemottagningen i Växjö. Det finns misstanke om ADHD som inte är utredd. "
        "I utredningen framkom också konflikter hemma, framför allt kring sömn och "
        "pengar.")

    doc.add_heading("Syfte med SIP", level=2)
    doc.add_paragraph("Samordning av insatser.")

    doc.add_heading("Samtycke", level=2)
    doc.add_paragraph(
        "Skriftligt samtycke till SIP och till informationsutbyte mellan IFO Alvesta, "
        "Beroendemottagningen Växjö och Allbo Lärcenter undertecknades av Noah och "
        "vårdnadshavare 2025-01-20 (blankett Samtycke SIP, förvaras i akten).")

    doc.add_heading("Handlingsplan", level=2)
    rows = [
        ("Mål", "Delmål", "Aktivitet", "Ansvarig", "Tidsram"),
        ("Noah ska vara drogfri", "Negativa urinprov åtta veckor i följd",
         "Övervakade urinprov en gång/vecka", "Sjuksköterska, Beroendemottagningen "
         "Växjö", "v. 6–14 2025"),
        ("", "Minska suget och hitta strategier vid återfallsrisk",
         "Återfallsprevention (ACRA), samtal varannan vecka",
         "Behandlare, Öppenvården IFO Alvesta", "Februari–april 2025"),
        ("", "Utreda misstänkt ADHD", "Remiss för neuropsykiatrisk utredning",
         "Läkare, Beroendemottagningen Växjö", "Remiss skickas senast 2025-02-14"),
        ("Noah ska återuppta sina studier", "Ha en studieplan inför hösten",
         "Möte om studieplan och möjlig start på introduktionsprogram",
         "Studie- och yrkesvägledare, Allbo Lärcenter", "2025-02-19"),
        ("Noah ska ha en fungerande vardag", "Regelbunden dygnsrytm",
         "Veckoschema tas fram och följs upp", "Alla", "Löpande"),
        ("", "Färre konflikter hemma", "Familjesamtal", "Gemensamt", "Under våren"),
    ]
    t = doc.add_table(rows=len(rows), cols=5)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            cell_text(t.rows[i].cells[j], v, bold=(i == 0), size=9.5)
            if i == 0:
                set_cell_shading(t.rows[i].cells[j], "C6D9F1")
    set_repeat_header(t.rows[0])
    # merge the Mål cells vertically where the goal continues
    a = t.cell(1, 0).merge(t.cell(3, 0))
    for p in a.paragraphs[1:]:
        p._element.getparent().remove(p._element)
    b = t.cell(5, 0).merge(t.cell(6, 0))
    for p in b.paragraphs[1:]:
        p._element.getparent().remove(p._element)
    set_col_widths(t, [3.2, 3.6, 4.2, 3.6, 2.4])

    doc.add_heading("Huvudansvar", level=2)
    doc.add_paragraph(
        "Huvudansvarig för SIP: Jonas, socialsekreterare, IFO Barn och unga, Alvesta "
        "kommun. Jonas kallar till uppföljning och skickar ut planen.")

    doc.add_heading("Deltagare", level=2)
    d = [("Namn", "Funktion", "Verksamhet"),
         ("Jonas", "Socialsekreterare", "IFO Barn och unga, Alvesta kommun"),
         ("Miriam", "Behandlare", "Öppenvården IFO, Alvesta kommun"),
         ("Fredrik", "Sjuksköterska", "Beroendemottagningen Växjö, Region Kronoberg"),
         ("Anna", "Studie- och yrkesvägledare", "Allbo Lärcenter, Alvesta kommun")]
    t2 = doc.add_table(rows=len(d), cols=3)
    t2.style = "Table Grid"
    for i, r in enumerate(d):
        for j, v in enumerate(r):
            cell_text(t2.rows[i].cells[j], v, bold=(i == 0))
    set_col_widths(t2, [3.5, 5.0, 8.5])

    doc.add_heading("Uppföljning", level=2)
    doc.add_paragraph("Planen följs upp 2025-04-22 kl. 13.00 på Socialkontoret Alvesta.")
    doc.save(path(4, "docx"))


# ============================================================ 05 .md blockquote

PLAN05 = """\
# SIP – Ali

**Datum:** 2025-05-20  
**Plats:** Elevhälsan, Tingsryds skola (högstadiet)  
**Skrivet av:** kurator

---

## Bakgrund

Ali går i åk 8. Han fick diagnosen ADHD på BUP för ett år sedan och har medicin
sedan i höstas. Under vårterminen har det blivit mer frånvaro, framför allt
efter lunch, och flera konflikter med lärare och klasskamrater. Hemma är det
också bråk, mamma Leila säger att hon är slut. Socialtjänsten har haft en
utredning efter en orosanmälan från skolan i mars.

## Syfte

Att få en gemensam bild.

## Alis egna ord

> Jag vill att folk slutar tjata på mig hela tiden. Jag vill klara nian och
> komma in på fordon i Växjö. Det är lättare att koncentrera sig när jag får
> sitta själv och ha hörlurar.
>
> — Ali, 15 år

Ali och mamma var med på hela mötet. Ali tyckte att det var för många vuxna i
rummet men sa att det var bra att alla hörde samma sak.

## Det här gör vi

- Fortsatt kontakt kring medicineringen
- Stöd i skolan vid behov
- Stöd till familjen hemma
- Ses igen och stämmer av

## Vem håller i planen?

Kuratorn håller ihop planen och kallar till nästa möte.

## Vilka var med

- Ali
- Leila, mamma
- Kurator
- Mentor
- Läkare
- Socialsekreterare

## Nästa gång

Vi ses igen efter sommarlovet.
"""


def plan05():
    with open(path(5, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(PLAN05)


# ============================================================ 06 .docx landscape, side by side

def nested_insats_table(cell, title, rows, widths):
    cell_text(cell, title, bold=True, size=12)
    cell.paragraphs[0].runs[0].font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    t = cell.add_table(rows=len(rows) + 1, cols=3)
    t.style = "Table Grid"
    for j, h in enumerate(("Insats", "Ansvarig", "När")):
        cell_text(t.rows[0].cells[j], h, bold=True, size=9)
        set_cell_shading(t.rows[0].cells[j], "DCE6F0")
    for i, r in enumerate(rows, start=1):
        for j, v in enumerate(r):
            cell_text(t.rows[i].cells[j], v, size=9)
    set_col_widths(t, widths)
    cell.add_paragraph()


def plan06():
    doc = base_document("Calibri", 10.5)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin = sec.bottom_margin = Cm(1.6)
    header_text(sec, "Markaryds kommun  |  Region Kronoberg",
                "SIP – Samordnad individuell plan")
    footer_text(sec, "Sara, SIP 2025-06-10")

    h = doc.add_paragraph()
    r = h.add_run("Samordnad individuell plan (SIP)")
    r.bold = True
    r.font.size = Pt(16)
    p = doc.add_paragraph()
    p.add_run("Namn: ").bold = True
    p.add_run("Sara     ")
    p.add_run("Personnummer: ").bold = True
    p.add_run("XXXXXX-XXXX     ")
    p.add_run("Datum: ").bold = True
    p.add_run("2025-06-10     ")
    p.add_run("Plats: ").bold = True
    p.add_run("LSS-kontoret, Markaryd")

    bold_par(doc, "Bakgrund")
    doc.add_paragraph(
        "Sara är 24 år, har autism och en måttlig depression som behandlas på "
        "Vuxenpsykiatrin Ljungby sedan 2023. Hon bor hos sina föräldrar i Markaryd och "
        "har daglig verksamhet enligt LSS fyra dagar i veckan. Sara har ansökt om bostad "
        "med särskild service (LSS 9 § 9) och en lägenhet i den nya servicebostaden "
        "blir ledig till hösten. Flytten är efterlängtad men Sara blir lätt överbelastad "
        "av förändringar, och under våren har nedstämdheten ökat.")

    bold_par(doc, "Syfte")
    doc.add_paragraph(
        "Syftet med SIP:en är att planera Saras flytt från föräldrahemmet till "
        "servicebostaden i Markaryd under hösten, så att depressionsbehandlingen och "
        "den dagliga verksamheten inte avbryts och Sara vet vad som händer och när.")

    bold_par(doc, "Saras delaktighet")
    doc.add_paragraph(
        "Sara var inte med på mötet. Stora möten med många personer hon inte känner är "
        "mycket påfrestande för henne, och hon valde i stället att träffa sin "
        "LSS-handläggare dagen innan (2025-06-09). Handläggaren förmedlade Saras "
        "synpunkter: hon vill flytta, men vill behålla samma personal på dagliga "
        "verksamheten och vill inte ha samtal eller möten på förmiddagar.")
    bold_par(doc, "Saras mål (med hennes egna ord)")
    q = doc.add_paragraph()
    r = q.add_run("”Jag vill ha en egen lägenhet med en egen dörr, och kunna laga min "
                  "egen mat på kvällen utan att någon stör.”")
    r.italic = True
    bold_par(doc, "Frågeställningar inför mötet")
    for qq in ("Hur ska inskolningen i servicebostaden läggas upp så att Sara inte "
               "tappar den dagliga verksamheten under hösten?",
               "Behöver depressionsbehandlingen förstärkas under flytten, och går det att "
               "flytta samtalen till eftermiddagar?"):
        doc.add_paragraph(qq, style="List Bullet")

    # borderless layout table holding two tables side by side
    layout = doc.add_table(rows=1, cols=2)
    set_table_borders(layout, val="nil")
    left, right = layout.rows[0].cells
    nested_insats_table(left, "Kommunens insatser", [
        ("Utredning och beslut om bostad med särskild service, LSS 9 § 9",
         "LSS-handläggare, Markaryds kommun", "Beslut senast 2025-07-04"),
        ("Daglig verksamhet fyra dagar/vecka med samma personal",
         "Enhetschef daglig verksamhet, Omsorgsförvaltningen Markaryd",
         "Fortsätter efter semester, fr.o.m. 2025-08-11"),
        ("Inskolning i servicebostaden: besök med kontaktperson, sedan gradvis "
         "övernattning", "Personal servicebostaden, Omsorgsförvaltningen Markaryd",
         "Start 2025-09-01, inflytt planerad 2025-10-01"),
    ], [4.9, 4.0, 3.5])
    nested_insats_table(right, "Regionens insatser", [
        ("Läkemedelsuppföljning (antidepressiv behandling)",
         "Läkare, Vuxenpsykiatrin Ljungby", "2025-08-19 kl. 14.00"),
        ("KBT-samtal varannan vecka, anpassade för autism, eftermiddagstider",
         "Psykolog, Vuxenpsykiatrin Ljungby", "Fr.o.m. 2025-08-26"),
        ("Arbetsterapeutisk bedömning av ADL (matlagning, tvätt) inför flytt",
         "Arbetsterapeut, Vuxenhabiliteringen Region Kronoberg",
         "Bedömning i augusti 2025, klar senast 2025-08-29"),
    ], [4.9, 4.0, 3.5])
    set_col_widths(layout, [13.0, 13.0])

    bold_par(doc, "Andra berörda")
    doc.add_paragraph(
        "Saras föräldrar berörs av flytten. Sara har aktivitetsersättning från "
        "Försäkringskassan.")
    bold_par(doc, "Uppföljning")
    doc.add_paragraph("Ny SIP i september, efter att inskolningen har kommit igång.")
    bold_par(doc, "Närvarande")
    doc.add_paragraph("Therese, Anders, Karim, Eva, Mona.")
    doc.save(path(6, "docx"))


# ============================================================ 07 .pdf via LibreOffice, Q&A

def plan07(tmpdir):
    doc = base_document("Liberation Sans", 10.5)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.3)
    header_text(sec, "Psykiatrin, Region Kronoberg", "SIP – med dig i centrum")
    fp = footer_text(sec, "Psykiatriska kliniken Växjö, avdelning 32   ")
    add_page_field(fp)

    t = doc.add_paragraph()
    r = t.add_run("Din samordnade individuella plan")
    r.bold = True
    r.font.size = Pt(17)
    intro = doc.add_paragraph()
    intro.add_run(
        "Till: Hanna\nSIP-möte inför utskrivning 2025-03-11 på avdelning 32, "
        "Psykiatriska kliniken Växjö. Hanna var med på mötet.").font.size = Pt(10)

    qa = [
        ("Varför ska vi ha en SIP?",
         "Du skrivs ut från avdelning 32 på fredag 2025-03-14 efter tre veckor. Vi "
         "behöver se till att Vuxenpsykiatrin Ljungby och socialpsykiatrin i Ljungby "
         "kommun tar vid direkt, så att du inte står utan stöd de första veckorna "
         "hemma och så att litiumbehandlingen fortsätter som den ska."),
        ("Vad vill vi prata om idag?", "–"),
        ("Vad vill du själv uppnå?", "–"),
        ("Vad tycker du om det stöd du har fått hittills?", "–"),
        ("Får vi prata med varandra om dig?",
         "Ja, du sa ja muntligt på mötet 2025-03-11. Samtycket gäller Psykiatriska "
         "kliniken Växjö, Vuxenpsykiatrin Ljungby och socialpsykiatrin i Ljungby kommun."),
        ("Vad ska göras, och vem gör det?", None),
        ("Gör någon annan något?",
         "Nej. Inga andra aktörer är inblandade just nu. Du har ingen god man, ingen "
         "pågående kontakt med Försäkringskassan eller Arbetsförmedlingen, och "
         "ingen närstående har någon uppgift i planen."),
        ("Vem håller ihop planen?", "–"),
        ("När ses vi igen?",
         "2025-04-08 kl. 10.00 på Vuxenpsykiatrin Ljungby."),
        ("Vilka fler var med på mötet?", "–"),
    ]
    actions = [
        "Blodprov (litiumkontroll): sjuksköterska, Vuxenpsykiatrin Ljungby, 2025-03-18.",
        "Läkarbesök för uppföljning av medicinerna: läkare, Vuxenpsykiatrin Ljungby, "
        "2025-03-25.",
        "Boendestöd tre gånger i veckan, hjälp med att komma igång med dygnsrytm, mat "
        "och städning: boendestödjare, Socialpsykiatrin Ljungby kommun.",
        "Ansökan om kontaktperson enligt SoL: biståndshandläggare, Ljungby kommun, "
        "ansökan tas emot 2025-03-17.",
        "Telefonsamtal från avdelningen dagen efter utskrivning: sjuksköterska, "
        "avdelning 32, 2025-03-15.",
    ]
    for i, (q, a) in enumerate(qa, start=1):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(7)
        p.paragraph_format.space_after = Pt(1)
        p.paragraph_format.keep_with_next = True
        rr = p.add_run(f"{i}. {q}")
        rr.bold = True
        if a is None:
            for act in actions:
                ap = doc.add_paragraph(style="List Bullet")
                ar = ap.add_run(act)
                ar.italic = True
        else:
            ap = doc.add_paragraph()
            ap.paragraph_format.left_indent = Cm(0.6)
            ar = ap.add_run(a)
            ar.italic = True
    end = doc.add_paragraph()
    end.paragraph_format.space_before = Pt(12)
    er = end.add_run("Du får en kopia av planen med dig hem vid utskrivningen.")
    er.font.size = Pt(9)
    docx_path = os.path.join(tmpdir, f"{PREFIX}-07.docx")
    doc.save(docx_path)
    subprocess.run([
        "soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
        "--convert-to", "pdf", "--outdir", OUT, docx_path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


# ============================================================ 08 .docx NOT a plan

def plan08():
    doc = base_document("Arial", 10)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    header_text(sec, "Försäkringskassan", "Läkarutlåtande om hälsotillstånd")
    fp = footer_text(sec, "FK 7800 (010 F 001)   ")
    add_page_field(fp)

    t = doc.add_paragraph()
    r = t.add_run("Läkarutlåtande om hälsotillstånd")
    r.bold = True
    r.font.size = Pt(15)
    s = doc.add_paragraph()
    r = s.add_run("för sjukersättning och aktivitetsersättning")
    r.font.small_caps = True

    def boxed(label, text, height_cm=None):
        tb = doc.add_table(rows=1, cols=1)
        tb.style = "Table Grid"
        c = tb.rows[0].cells[0]
        cell_text(c, label, bold=True, size=8)
        for line in text.split("\n"):
            para = c.add_paragraph()
            rr = para.add_run(line)
            rr.font.size = Pt(10)
        if height_cm:
            set_row_height(tb.rows[0], height_cm)
        doc.add_paragraph().paragraph_format.space_after = Pt(0)

    pt = doc.add_table(rows=1, cols=2)
    pt.style = "Table Grid"
    cell_text(pt.rows[0].cells[0], "Patientens personnummer\nXXXXXX-XXXX", size=9)
    cell_text(pt.rows[0].cells[1], "Patientens namn\nK.", size=9)
    doc.add_paragraph()

    boxed("1. Utlåtandet är baserat på",
          "☒ min undersökning av patienten 2025-02-12\n"
          "☐ min telefonkontakt med patienten\n"
          "☒ journaluppgifter från 2021-05-03\n"
          "☐ annat\n"
          "Jag har känt patienten sedan: 2021-05-03")
    boxed("2. Andra medicinska utredningar eller underlag",
          "Psykologutredning, Vuxenpsykiatrin Växjö 2023-11 (WAIS-IV, kognitiv "
          "funktion).\nArbetsterapeutisk bedömning (AMPS), Vårdcentralen Tingsryd "
          "2024-09.")
    boxed("3. Diagnos/diagnoser för sjukdomar som påverkar arbetsförmågan",
          "F33.2 Recidiverande depressiv sjukdom, svår episod utan psykotiska symtom\n"
          "F41.1 Generaliserat ångestsyndrom\n"
          "M79.7 Fibromyalgi")
    boxed("4. Diagnosgrund och bakgrund",
          "55-årig kvinna, tidigare undersköterska i hemtjänsten. Första depressiva "
          "episoden 2014, därefter fyra episoder, den senaste sedan hösten 2023. "
          "Diagnos ställd av psykiatriker vid Vuxenpsykiatrin Växjö. Sjukskriven på "
          "heltid sedan 2023-10-02. Generaliserad smärta sedan 2018, fibromyalgi "
          "diagnosticerad vid reumatologisk bedömning 2019.")
    boxed("5. Funktionsnedsättning",
          "Intellektuell funktion: nedsatt koncentrations- och minnesförmåga, påvisat "
          "i psykologutredning (arbetsminne och snabbhet under normalvariationen).\n"
          "Psykisk energi: uttalad uttröttbarhet, behöver vila 1–2 timmar efter "
          "aktivitet på 30 minuter.\n"
          "Kroppsliga funktioner: generaliserad smärta, ömhet i samtliga tenderpoints, "
          "nedsatt uthållighet.")
    boxed("6. Aktivitetsbegränsning",
          "Klarar inte att upprätthålla uppmärksamhet på en uppgift mer än cirka 20 "
          "minuter. Klarar inte att ta sig till och från en arbetsplats regelbundet. "
          "Hushållsarbete utförs med stöd av maken. Vid AMPS-bedömning framkom "
          "tydligt nedsatt processförmåga och ökad ansträngning i vardagliga uppgifter.")
    boxed("7. Medicinsk behandling",
          "Pågående: sertralin 150 mg, mirtazapin 30 mg till natten. Tidigare prövat "
          "escitalopram, venlafaxin och duloxetin utan tillräcklig effekt. Genomgått "
          "KBT 16 tillfällen 2022 och 2024. Fysioterapi med bassängträning.\n"
          "Planerad: fortsatt läkemedelsbehandling, uppföljning var åttonde vecka på "
          "vårdcentralen. Ingen ytterligare behandling bedöms kunna förbättra "
          "arbetsförmågan väsentligt.")
    boxed("8. Medicinska förutsättningar för arbete",
          "Bedömningen är att funktionsnedsättningen är varaktig och att patientens "
          "arbetsförmåga är nedsatt med minst en fjärdedel i alla arbeten på "
          "arbetsmarknaden under överskådlig tid. Patienten bedöms inte klara ens ett "
          "anpassat arbete med låga krav i mer än enstaka timmar per vecka.")
    boxed("9. Övrigt",
          "Patienten har en samordnad individuell plan (SIP) med Tingsryds kommun "
          "sedan 2024; planen ingår inte i detta underlag.\n"
          "☐ Jag önskar att Försäkringskassan kontaktar mig")
    boxed("Underskrift",
          "Datum: 2025-02-14\n"
          "Läkare: Johanna, specialist i allmänmedicin\n"
          "Vårdcentralen Tingsryd, Region Kronoberg\n"
          "Telefon: via växeln\n"
          "Namnteckning: ______________________")
    doc.save(path(8, "docx"))


def normalize_docx(p):
    """Rewrite the zip with fixed timestamps so reruns give identical bytes."""
    import zipfile
    with zipfile.ZipFile(p) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 6, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def normalize_lo_pdf(p):
    """Fix CreationDate and /ID in a LibreOffice PDF (same byte length, xref intact)."""
    import re
    data = open(p, "rb").read()
    data = re.sub(rb"/CreationDate\(D:[^)]+\)",
                  lambda m: b"/CreationDate(D:20250311150000" +
                  b"0" * (len(m.group(0)) - len(b"/CreationDate(D:20250311150000)")) + b")",
                  data)
    data = re.sub(rb"<([0-9A-Fa-f]{32})>", lambda m: b"<" + b"A" * 32 + b">", data)
    data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, data)
    open(p, "wb").write(data)


def main():
    os.makedirs(OUT, exist_ok=True)
    tmpdir = os.path.join(HERE, "_build")
    os.makedirs(tmpdir, exist_ok=True)
    plan01()
    plan02()
    plan03()
    plan04()
    plan05()
    plan06()
    plan07(tmpdir)
    plan08()
    shutil.rmtree(tmpdir, ignore_errors=True)
    for n in (1, 4, 6, 8):
        normalize_docx(path(n, "docx"))
    normalize_lo_pdf(path(7, "pdf"))
    print("done:", sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()
