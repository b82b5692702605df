#!/usr/bin/env python3
"""Writes the dev-c batch of fictional, anonymized SIP plans into plans/.

Run with ../../../.venv/bin/python generate.py
Deterministic: fixed dates, no randomness; .docx zip entries get a fixed
timestamp, fpdf2 PDFs a fixed creation date. LibreOffice PDFs carry
LibreOffice's own creation time in their metadata, the visible content is the same.
"""
import datetime as dt
import os
import shutil
import subprocess
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
BUILD = os.path.join(HERE, "build")
PREFIX = "dc"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_I = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"
FIXED = dt.datetime(2025, 6, 2, 9, 0, 0)
GREY = RGBColor(0x80, 0x80, 0x80)
PH = "Klicka eller tryck här för att ange text."


def path(n, ext):
    return os.path.join(OUT, f"{PREFIX}-{n:02d}.{ext}")


# ---------------------------------------------------------------- docx helpers

def new_doc(font="Calibri", size=11, margins=2.0):
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
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(margins)
        s.top_margin = s.bottom_margin = Cm(2.0)
        s.page_height = Cm(29.7)
        s.page_width = Cm(21.0)
    cp = doc.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    return doc


def save_docx(doc, target):
    doc.save(target)
    # rewrite the zip with fixed timestamps so every run gives the same bytes
    with zipfile.ZipFile(target) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 6, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def para(doc_or_cell, text="", bold=False, italic=False, size=None, style=None,
         align=None, color=None, space_after=None, small_caps=False):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        r.font.small_caps = small_caps
        if size:
            r.font.size = Pt(size)
        if color is not None:
            r.font.color.rgb = color
    if align:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def label_value(doc_or_cell, label, value, sep=" ", value_grey=False):
    p = doc_or_cell.add_paragraph()
    r = p.add_run(label)
    r.bold = True
    if value:
        r2 = p.add_run(sep + value)
        if value_grey:
            r2.font.color.rgb = GREY
    p.paragraph_format.space_after = Pt(4)
    return p


def cell_text(cell, text, bold=False, size=None, color=None, italic=False):
    """Replace the cell's first paragraph with text; '\n' makes new paragraphs."""
    lines = text.split("\n") if text else [""]
    cell.paragraphs[0].text = ""
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        if line:
            r = p.add_run(line)
            r.bold = bold
            r.italic = italic
            if size:
                r.font.size = Pt(size)
            if color is not None:
                r.font.color.rgb = color
        p.paragraph_format.space_after = Pt(2)
    return cell


def cell_lines_break(cell, lines, bold=False, size=None):
    """One paragraph, lines separated by soft line breaks (label wrapped over two lines)."""
    p = cell.paragraphs[0]
    p.text = ""
    for i, line in enumerate(lines):
        r = p.add_run(line)
        r.bold = bold if i == 0 else False
        if size:
            r.font.size = Pt(size)
        if i < len(lines) - 1:
            r.add_break(WD_BREAK.LINE)
    return cell


def shade(cell, fill="D9D9D9"):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def set_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        if i < len(widths_cm):
            gc.set(qn("w:w"), str(int(widths_cm[i] * 567)))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def grid_table(container, headers, rows, widths=None, header_fill="D9D9D9", size=None,
               style="Table Grid"):
    t = container.add_table(rows=1, cols=len(headers))
    t.style = style
    for i, h in enumerate(headers):
        cell_text(t.rows[0].cells[i], h, bold=True, size=size)
        if header_fill:
            shade(t.rows[0].cells[i], header_fill)
    repeat_header(t.rows[0])
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cell_text(cells[i], v, size=size)
    if widths:
        set_widths(t, widths)
    return t


def header_footer(section, header_text=None, footer_text=None, header_right=None, size=8):
    if header_text is not None:
        hp = section.header.paragraphs[0]
        hp.text = ""
        r = hp.add_run(header_text)
        r.font.size = Pt(size)
        if header_right:
            hp.add_run("\t\t" + header_right).font.size = Pt(size)
    if footer_text is not None:
        fp = section.footer.paragraphs[0]
        fp.text = ""
        r = fp.add_run(footer_text)
        r.font.size = Pt(size)


def add_page_field(paragraph, size=8):
    """'Sida X (Y)' with real PAGE / NUMPAGES fields."""
    def fld(instr):
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
        s = OxmlElement("w:fldChar")
        s.set(qn("w:fldCharType"), "separate")
        r3._r.append(s)
        r4 = paragraph.add_run("1")
        r4.font.size = Pt(size)
        r5 = paragraph.add_run()
        e = OxmlElement("w:fldChar")
        e.set(qn("w:fldCharType"), "end")
        r5._r.append(e)
    paragraph.add_run("Sida ").font.size = Pt(size)
    fld(" PAGE ")
    paragraph.add_run(" (").font.size = Pt(size)
    fld(" NUMPAGES ")
    paragraph.add_run(")").font.size = Pt(size)


def sdt_run(paragraph, text=None, placeholder=PH, tag=None):
    """Inline content control. Empty -> shows its placeholder text in grey."""
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    if tag:
        t = OxmlElement("w:tag")
        t.set(qn("w:val"), tag)
        pr.append(t)
    if not text:
        pr.append(OxmlElement("w:showingPlcHdr"))
    tx = OxmlElement("w:text")
    pr.append(tx)
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    if not text:
        c = OxmlElement("w:color")
        c.set(qn("w:val"), "808080")
        rpr.append(c)
    r.append(rpr)
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text if text else placeholder
    r.append(t)
    content.append(r)
    sdt.append(content)
    paragraph._p.append(sdt)
    return sdt


def landscape_section(doc):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    return sec


def portrait_section(doc):
    sec = doc.add_section(WD_SECTION.NEW_PAGE)
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    return sec


def soffice_pdf(src, n):
    """Convert src (docx/html/odt in BUILD) to plans/dc-NN.pdf with LibreOffice."""
    prof = f"file:///tmp/lo-{PREFIX}"
    subprocess.run(["soffice", f"-env:UserInstallation={prof}", "--headless",
                    "--convert-to", "pdf", "--outdir", BUILD, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=240)
    produced = os.path.splitext(src)[0] + ".pdf"
    shutil.move(produced, path(n, "pdf"))
    pin_pdf_metadata(path(n, "pdf"))


def pin_pdf_metadata(target):
    """Overwrite LibreOffice's creation date and document ID with fixed values of the
    same byte length, so xref offsets stay valid and every run gives the same file."""
    import hashlib
    import re
    with open(target, "rb") as f:
        data = f.read()

    def fix_date(m):
        fixed = b"D:20250602090000"
        return m.group(1) + fixed[:len(m.group(2))].ljust(len(m.group(2)), b"0")

    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\()(D:\d+)", fix_date, data)
    digest = hashlib.md5(os.path.basename(target).encode()).hexdigest().upper().encode()

    def fix_id(m):
        return b"<" + digest[:len(m.group(1))] + b">"

    data = re.sub(rb"<([0-9A-Fa-f]{32})>", fix_id, data)
    data = re.sub(rb"(/DocChecksum /)([0-9A-Fa-f]{32})", lambda m: m.group(1) + digest,
                  data)
    with open(target, "wb") as f:
        f.write(data)


def write_text(n, text, encoding="utf-8", crlf=False, ext="txt"):
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    with open(path(n, ext), "wb") as f:
        f.write(text.encode(encoding))


def wrap(text, width=72):
    """Hard-wrap every line longer than width; list items get a hanging indent."""
    import re
    import textwrap
    out = []
    for line in text.split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        m = re.match(r"^(\s*(?:\d+\.|-|\*|•)\s+)", line)
        lead = re.match(r"^(\s*)", line).group(1)
        sub = " " * len(m.group(1)) if m else lead
        out.append(textwrap.fill(line, width=width, subsequent_indent=sub,
                                 break_long_words=False, break_on_hyphens=False))
    return "\n".join(out)


# ---------------------------------------------------------------- fpdf helpers

class RecordPDF(FPDF):
    """A record-system print: running header with system, print date and Sida X (Y)."""

    def __init__(self, system, unit, printed, patient, **kw):
        super().__init__(orientation="P", unit="mm", format="A4", **kw)
        self.system, self.unit, self.printed, self.patient = system, unit, printed, patient
        self.add_font("DejaVu", "", FONT)
        self.add_font("DejaVu", "B", FONT_B)
        self.add_font("DejaVu", "I", FONT_I)
        self.set_creation_date(FIXED)
        self.set_auto_page_break(True, margin=18)
        self.set_margins(15, 15, 15)

    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(60, 60, 60)
        w = self.w - self.l_margin - self.r_margin
        self.cell(w / 3, 4, self.system, align="L")
        self.cell(w / 3, 4, f"Utskrivet {self.printed}", align="C")
        self.cell(w / 3, 4, f"Sida {self.page_no()} ({{nb}})", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.cell(w / 2, 4, self.unit, align="L")
        self.cell(w / 2, 4, self.patient, align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Utskrift ur journal – hanteras enligt sekretess (OSL 25 kap. 1 §)",
                  align="C")
        self.set_text_color(0, 0, 0)

    # boxed form field: label on top in small bold, value below, rectangle round both
    def field(self, label, value, w=None, min_h=12, x=None, size=9.5, new_line=True):
        w = w or (self.w - self.l_margin - self.r_margin)
        x = self.l_margin if x is None else x
        y = self.get_y()
        self.set_font("DejaVu", "", size)
        lines = self.multi_cell(w - 3, 4.6, value or " ", dry_run=True, output="LINES")
        h = max(min_h, 6 + 4.6 * len(lines) + 2)
        if y + h > self.page_break_trigger:
            self.add_page()
            y = self.get_y()
        self.rect(x, y, w, h)
        self.set_xy(x + 1.5, y + 1)
        self.set_font("DejaVu", "B", 7.5)
        self.cell(w - 3, 4, label)
        self.set_xy(x + 1.5, y + 5.5)
        self.set_font("DejaVu", "", size)
        if value:
            self.multi_cell(w - 3, 4.6, value, align="L")
        if new_line:
            self.set_xy(self.l_margin, y + h)
        else:
            self.set_xy(x + w, y)
        return h

    def field_row(self, pairs, min_h=12):
        """Several boxed fields side by side; pairs = [(label, value, width), ...]."""
        y = self.get_y()
        heights = []
        self.set_font("DejaVu", "", 9.5)
        for label, value, w in pairs:
            lines = self.multi_cell(w - 3, 4.6, value or " ", dry_run=True, output="LINES")
            heights.append(max(min_h, 6 + 4.6 * len(lines) + 2))
        h = max(heights)
        if y + h > self.page_break_trigger:
            self.add_page()
            y = self.get_y()
        x = self.l_margin
        for label, value, w in pairs:
            self.rect(x, y, w, h)
            self.set_xy(x + 1.5, y + 1)
            self.set_font("DejaVu", "B", 7.5)
            self.cell(w - 3, 4, label)
            self.set_xy(x + 1.5, y + 5.5)
            self.set_font("DejaVu", "", 9.5)
            if value:
                self.multi_cell(w - 3, 4.6, value, align="L")
            x += w
        self.set_xy(self.l_margin, y + h)

    def table(self, headers, rows, widths, size=8.5, line_h=4.2):
        """Bordered table; when a row does not fit, new page and the header row again."""
        def draw_row(cells, bold=False, fill=False):
            self.set_font("DejaVu", "B" if bold else "", size)
            nl = []
            for c, w in zip(cells, widths):
                nl.append(len(self.multi_cell(w - 2, line_h, c or " ", dry_run=True,
                                              output="LINES")))
            h = max(nl) * line_h + 2
            return h

        def render(cells, h, bold=False, fill=False):
            y = self.get_y()
            x = self.l_margin
            self.set_font("DejaVu", "B" if bold else "", size)
            for c, w in zip(cells, widths):
                if fill:
                    self.set_fill_color(225, 225, 225)
                    self.rect(x, y, w, h, style="DF")
                else:
                    self.rect(x, y, w, h)
                self.set_xy(x + 1, y + 1)
                self.multi_cell(w - 2, line_h, c or "", align="L")
                x += w
            self.set_xy(self.l_margin, y + h)

        hh = draw_row(headers, bold=True)
        if self.get_y() + hh + 10 > self.page_break_trigger:
            self.add_page()
        render(headers, hh, bold=True, fill=True)
        for row in rows:
            h = draw_row(row)
            if self.get_y() + h > self.page_break_trigger:
                self.add_page()
                self.set_font("DejaVu", "I", 7.5)
                self.cell(0, 4, "(forts.)", new_x="LMARGIN", new_y="NEXT")
                render(headers, hh, bold=True, fill=True)
            render(row, h)


# =============================================================== 1. follow-ups

def plan01():
    """Uppföljning av SIP; Ella 14, skolfrånvaro och ångest, Köping (.docx)."""
    doc = new_doc()
    sec = doc.sections[0]
    header_footer(sec, "Köpings kommun  ·  Region Västmanland", "Uppföljning av SIP – "
                  "förvaras i akt hos Barn och unga, IFO Köping")
    doc.add_heading("Uppföljning av SIP", level=1)
    para(doc, "Samordnad individuell plan – uppföljningsmöte", italic=True, space_after=8)
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    info = [("Datum för uppföljningsmöte", "2024-11-12, kl. 13.00–14.30"),
            ("Ursprunglig plan upprättad", "2024-05-21"),
            ("Plats", "Västerskolan, Köping, elevhälsans konferensrum"),
            ("Namn / personnummer", "Ella, 14 år / ÅÅMMDD-XXXX")]
    for i, (a, b) in enumerate(info):
        cell_text(t.rows[i].cells[0], a, bold=True)
        shade(t.rows[i].cells[0], "EDEDED")
        cell_text(t.rows[i].cells[1], b)
    set_widths(t, [6, 11])
    para(doc)

    doc.add_heading("1. Syfte med SIP", level=2)
    para(doc, "Se tidigare plan.")
    doc.add_heading("2. Frågeställningar inför dagens möte", level=2)
    para(doc, "Hur har Ellas närvaro utvecklats under hösten jämfört med i våras? Ska den "
              "anpassade studiegången fortsätta under vårterminen, och vem tar över "
              "KBT-kontakten när Ellas psykolog på BUP går på föräldraledighet i januari?")
    doc.add_heading("3. Den enskildes mål", level=2)
    para(doc, "Oförändrat.")
    doc.add_heading("4. Den enskildes delaktighet", level=2)
    para(doc, "Ella deltog tillsammans med mamma under hela mötet. Ella berättar att det har "
              "varit lättare att gå till skolan sedan hon fick börja dagen i studion, men att "
              "idrotten fortfarande är jobbig. Hon vill inte byta psykolog mitt i behandlingen "
              "och vill att den nya behandlaren träffar henne tillsammans med Nils första gången.")
    label_value(doc, "Samtycke:", "Samtycke från vårdnadshavare finns sedan tidigare.")

    doc.add_heading("5. Uppföljning av insatser i tidigare plan", level=2)
    grid_table(doc, ["Insats", "Ansvarig", "Status", "Kommentar"], [
        ["Anpassad studiegång med start kl. 08.20 i studion", "Västerskolan, mentor",
         "Genomförd", "Ella är i studion varje morgon. Närvaron har ökat från ca 40 % i maj "
         "till ca 75 % i oktober."],
        ["KBT-behandling för ångest, varannan vecka", "BUP Köping, psykolog", "Pågår",
         "9 av 14 planerade sessioner genomförda."],
        ["Föräldrastöd i grupp för mamma", "IFO Köping, Familjecentrum, familjebehandlare",
         "Ej påbörjad", "Gruppen startade inte i höstas, för få anmälda."],
        ["Ansökan om omvårdnadsbidrag hos Försäkringskassan", "Mamma", "Genomförd",
         "Beviljat i september, gäller t.o.m. februari 2025."],
        ["Uppföljning av sömn och huvudvärk", "Elevhälsan Västerskolan, skolsköterska",
         "Pågår", "Ella sover bättre enligt mamma, huvudvärken kvarstår vissa dagar."],
    ], widths=[5, 4, 2.4, 5.6], size=9.5)
    para(doc)

    doc.add_heading("6. Nya och reviderade insatser", level=2)
    grid_table(doc, ["Insats", "Vem (verksamhet, funktion)", "När"], [
        ["Ella fortsätter att börja dagen i studion. Idrott ersätts av individuell "
         "rörelse med idrottslärare två gånger/vecka.",
         "Västerskolan, mentor och idrottslärare", "Fr.o.m. 2024-11-18"],
        ["Gemensamt överlämningssamtal till ny KBT-behandlare, Ella och mamma deltar",
         "BUP Köping, psykolog", "Senast 2024-12-20"],
        ["Mamma erbjuds plats i föräldrastödsgruppen som startar i vår",
         "IFO Köping, Familjecentrum, familjebehandlare", ""],
        ["Mamma kontaktar Försäkringskassan om förlängning av omvårdnadsbidraget",
         "Mamma", "I januari 2025"],
    ], widths=[8, 5.5, 3.5], size=9.5)
    para(doc)

    doc.add_heading("7. Huvudansvar för planen", level=2)
    para(doc, "Som tidigare.")
    doc.add_heading("8. Deltagare", level=2)
    for d in ["Ella", "Camilla, mamma",
              "Johanna, mentor, Västerskolan Köping",
              "Petra, skolsköterska, Elevhälsan Västerskolan",
              "Nils, psykolog, BUP Köping",
              "Sofia, socialsekreterare, Barn och unga, IFO Köpings kommun"]:
        para(doc, d, style="List Bullet")
    para(doc)
    label_value(doc, "Nästa uppföljning:", "–")
    save_docx(doc, path(1, "docx"))


def plan02():
    """Uppföljning; Robin 38, psykos och skulder, Arboga (.docx, landscape status table)."""
    doc = new_doc(font="Arial", size=10)
    sec = doc.sections[0]
    header_footer(sec, "Arboga kommun, Socialpsykiatrin  |  Region Västmanland, Psykiatriska "
                  "mottagningen Arboga")
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_page_field(fp)
    p = para(doc, "Uppföljning av SIP – samordnad individuell plan", bold=True, size=16,
             small_caps=True, space_after=10)
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([("Datum för uppföljning", "2025-02-04"),
                                ("Tidigare plan", "2024-10-15"),
                                ("Plats", "Psykiatriska mottagningen Arboga")]):
        cell_text(t.rows[0].cells[i], a, bold=True, size=8.5)
        shade(t.rows[0].cells[i], "E7E6E6")
        cell_text(t.rows[1].cells[i], b)
    para(doc)
    label_value(doc, "Namn:", "Robin")
    label_value(doc, "Personnummer:", "ÅÅMMDD-XXXX")
    para(doc)
    para(doc, "Syfte", bold=True, size=11)
    para(doc, "Syftet med dagens möte är att följa upp planen från 2024-10-15 och se om "
              "Robins boende och ekonomi har stabiliserats sedan utskrivningen från "
              "slutenvården, så att han kan bo kvar i sin lägenhet och slipper en ny "
              "inläggning.")
    para(doc, "Frågeställningar", bold=True, size=11)
    para(doc, "Som tidigare.")
    para(doc, "Robins mål", bold=True, size=11)
    para(doc, "”Jag vill ha kvar min lägenhet och slippa breven från Kronofogden. Och jag vill "
              "börja spela bas igen.”", italic=True)
    para(doc, "Robins delaktighet", bold=True, size=11)
    para(doc, "Robin deltog på mötet tillsammans med sin gode man. Robin säger att boendestödet "
              "fungerar bra men att han vill ha färre besök, två i stället för tre i veckan. "
              "Han tycker att sprutorna är okej så länge han slipper åka till Västerås för att "
              "få dem.")
    para(doc, "Samtycke", bold=True, size=11)
    para(doc, "Robin lämnade muntligt samtycke till SIP och informationsutbyte vid mötet "
              "2024-10-15 och bekräftade muntligt vid dagens möte att samtycket fortfarande "
              "gäller.")

    sec2 = landscape_section(doc)
    para(doc, "Status för insatser i planen från 2024-10-15", bold=True, size=11)
    grid_table(doc, ["Insats", "Ansvarig", "Status", "Kommentar"], [
        ["Ansökan om boendestöd", "Socialpsykiatrin Arboga, biståndshandläggare",
         "Genomförd", "Beviljat 2024-10-28, boendestöd tre gånger/vecka sedan 2024-11-04."],
        ["Depåinjektion varannan vecka", "Psykiatriska mottagningen Arboga, sjuksköterska",
         "Pågår", "Inga missade tillfällen sedan utskrivningen."],
        ["Budget- och skuldrådgivning", "Arboga kommun, budget- och skuldrådgivare",
         "Ej påbörjad", "Väntetid. Första tid är bokad 2025-02-19."],
        ["Avbetalningsplan för hyresskulden", "God man", "Genomförd",
         "Klar med hyresvärden i december, 500 kr/mån."],
        ["Ansökan om skuldsanering hos Kronofogden", "God man", "Pågår",
         "Underlag samlas in, kontoutdrag saknas."],
        ["Träff med arbetsterapeut om dagliga rutiner", "Psykiatriska mottagningen Arboga, "
         "arbetsterapeut", "Genomförd", "Tre träffar hösten 2024, veckoschema finns."],
    ], widths=[6.5, 6.5, 2.8, 9.8], size=9)
    para(doc)
    para(doc, "Planering framåt", bold=True, size=11)
    grid_table(doc, ["Vad", "Vem (verksamhet, funktion)", "När"], [
        ["Boendestödet minskas till två besök/vecka, tisdag och fredag",
         "Socialpsykiatrin Arboga, boendestödjare", "Fr.o.m. 2025-02-11"],
        ["Fortsatt depåinjektion varannan vecka; läkaren bedömer dosen",
         "Psykiatriska mottagningen Arboga, sjuksköterska resp. läkare",
         "Injektioner enligt schema, läkarbesök 2025-03-11"],
        ["Första möte hos budget- och skuldrådgivningen, boendestödjaren följer med",
         "Arboga kommun, budget- och skuldrådgivare", "2025-02-19"],
        ["Ansökan om skuldsanering skickas till Kronofogden", "God man",
         "Senast 2025-03-31"],
        ["Robin hör själv av sig till studieförbundet om en musikcirkel", "Robin",
         "Under februari 2025"],
    ], widths=[10.5, 9, 6.1], size=9)

    portrait_section(doc)
    para(doc, "Huvudansvar för planen", bold=True, size=11)
    para(doc, "Tove, sjuksköterska och case manager, Psykiatriska mottagningen Arboga "
              "(oförändrat).")
    para(doc, "Deltagare", bold=True, size=11)
    para(doc, "Robin, Peter (god man), Tove, Linda, Hassan")
    para(doc)
    label_value(doc, "Nästa uppföljning:", "om ett halvår")
    save_docx(doc, path(2, "docx"))


def plan03():
    """Uppföljning; J. 22, autism, LSS, Sala (.docx -> PDF via LibreOffice)."""
    doc = new_doc(font="Times New Roman", size=11)
    sec = doc.sections[0]
    header_footer(sec, "SALA KOMMUN  –  Vård och omsorg, LSS-enheten")
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(fp)
    doc.add_heading("Uppföljning av SIP", level=1)
    para(doc, "Samordnad individuell plan enligt SoL 2 kap. 7 § och HSL 16 kap. 4 §",
         size=9, italic=True)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    rows = [
        ("Namn", "J., 22 år"),
        ("Personnummer", "ÅÅMMDD-XXXX"),
        ("Datum för uppföljning", "2024-09-18"),
        ("Föregående plan", "2024-03-06"),
        ("Syfte", "Uppföljning."),
        ("Frågeställningar", "Diskutera läget."),
        ("Den enskildes mål", "Målet är att J. ska kunna åka buss själv till daglig "
                              "verksamhet och att J. ska ha en meningsfull fritid."),
        ("Den enskildes delaktighet", "J. deltog inte på mötet. Stora möten med många "
                                      "personer är svåra för J., därför bestämde J. och "
                                      "mamma före mötet att han inte skulle vara med."),
        ("Samtycke", "Samtycke finns."),
    ]
    for a, b in rows:
        c = t.add_row().cells
        cell_text(c[0], a, bold=True)
        shade(c[0], "F2F2F2")
        cell_text(c[1], b)
    set_widths(t, [5, 12])
    para(doc)
    para(doc, "Status för tidigare insatser", bold=True, size=12)
    grid_table(doc, ["Insats", "Ansvarig", "Status", "Kommentar"], [
        ["Daglig verksamhet enligt LSS 9 § 10, fyra dagar/vecka", "Kommunen", "Pågår",
         "Fungerar bra, J. trivs i snickeriet."],
        ["Bussträning med personal två gånger/vecka, sträckan hem – daglig verksamhet",
         "Kommunen", "Pågår", "Har åkt med personal sedan juni. Nästa steg är att "
         "personalen åker med på bussen men sitter en bit bort."],
        ["Bedömning av sömnsvårigheter", "Regionen", "Ej påbörjad", ""],
        ["Kontaktperson enligt LSS 9 § 4", "Kommunen", "Ej påbörjad",
         "Ingen lämplig kontaktperson har hittats ännu."],
        ["Bildstöd för veckoschema hemma", "Regionen", "Genomförd", ""],
    ], widths=[6, 2.6, 2.6, 5.8], size=10)
    para(doc)
    t2 = doc.add_table(rows=0, cols=2)
    t2.style = "Table Grid"
    for a, b in [("Huvudansvar", "LSS-handläggare"),
                 ("Övriga", "Föräldrarna är ett viktigt stöd för J."),
                 ("Nästa uppföljning", "2025-03-12 kl. 13.00, Habiliteringen Sala"),
                 ("Närvarande", "LSS-handläggare, arbetsterapeut, kontaktman, "
                                "mamma och pappa")]:
        c = t2.add_row().cells
        cell_text(c[0], a, bold=True)
        shade(c[0], "F2F2F2")
        cell_text(c[1], b)
    set_widths(t2, [5, 12])
    src = os.path.join(BUILD, f"{PREFIX}-03.docx")
    save_docx(doc, src)
    soffice_pdf(src, 3)


def plan04():
    """Uppföljning; M. 19, missbruk, Fagersta (.docx, bold labels, no heading styles)."""
    doc = new_doc(font="Calibri", size=11)
    sec = doc.sections[0]
    header_footer(sec, "Fagersta kommun – Socialtjänsten, Vuxenenheten")
    para(doc, "Uppföljning av SIP", bold=True, size=14, space_after=2)
    para(doc, "Datum: 2025-03-06", space_after=0)
    para(doc, "Plats: Socialtjänsten Fagersta, rum 2", space_after=10)
    label_value(doc, "Namn:", "M., 19 år")
    label_value(doc, "Syfte:", "Se tidigare plan.")
    label_value(doc, "Aktuella frågor:", "")
    para(doc, "M. avbröt öppenvårdsbehandlingen på Beroendemottagningen i januari. Hur går vi "
              "vidare med behandlingen? Kan M. få stöd till eget boende nu när han har fått "
              "flytta ut hemifrån och sover hos olika kompisar?")
    label_value(doc, "Den enskildes mål:", "Se tidigare plan.")
    label_value(doc, "Den enskildes delaktighet:", "M. kom inte till mötet.")
    para(doc)
    para(doc, "Status tidigare insatser", bold=True)
    grid_table(doc, ["Insats", "Ansvarig", "Status", "Kommentar"], [
        ["Kontakt med Beroendemottagningen", "Regionen", "Ej påbörjad",
         "Avbrutet i januari efter två besök."],
        ["Stöd från socialtjänsten", "Socialtjänsten", "Pågår", ""],
        ["Fortsatt kontakt med vårdcentralen", "Regionen", "Pågår", ""],
    ], widths=[5.5, 3.5, 2.8, 5.2], size=10)
    para(doc)
    para(doc, "Fortsatt planering", bold=True)
    para(doc, "Socialtjänsten fortsätter kontakten med M. och erbjuder stöd vid behov. "
              "Beroendemottagningen står kvar som kontakt om M. vill återuppta behandlingen.")
    label_value(doc, "Huvudansvar:", "Fagersta kommun, socialtjänsten")
    label_value(doc, "Nästa uppföljning:", "2025-04-10 kl. 14.00")
    para(doc)
    para(doc, "Deltagare", bold=True)
    for d in ["Hanna, socialsekreterare, Vuxenenheten Fagersta kommun",
              "Omar, sjuksköterska, Beroendemottagningen Fagersta",
              "Maria, kurator, Vårdcentralen Fagersta"]:
        para(doc, d, style="List Bullet")
    save_docx(doc, path(4, "docx"))


# =============================================================== 2. empty templates

def form_row(table, label_lines, value=None, placeholder=PH, label_w=None):
    """Two-column form row: label (may wrap over two lines) | content control."""
    c = table.add_row().cells
    cell_lines_break(c[0], label_lines, bold=True, size=9.5)
    shade(c[0], "EAF1F8")
    p = c[1].paragraphs[0]
    if isinstance(value, list):  # literal runs (checkbox lines etc.)
        p.text = ""
        for i, line in enumerate(value):
            q = p if i == 0 else c[1].add_paragraph()
            q.add_run(line)
    else:
        sdt_run(p, value, placeholder)
    return c


def plan05():
    """Tom utskriven mall (.docx) med innehållskontroller; Kungsör/Köping/Arboga/Region."""
    doc = new_doc(font="Calibri", size=10.5)
    sec = doc.sections[0]
    header_footer(sec, "Region Västmanland och kommunerna i KAK (Köping, Arboga, Kungsör)",
                  "Mall: SIP – samordnad individuell plan, version 2024-01. Sparas i "
                  "respektive huvudmans journal/akt.")
    para(doc, "SAMORDNAD INDIVIDUELL PLAN (SIP)", bold=True, size=15, space_after=2)
    para(doc, "Enligt SoL 2 kap. 7 § och HSL 16 kap. 4 §", size=9, italic=True, space_after=10)

    doc.add_heading("1. Personuppgifter och möte", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    form_row(t, ["Namn"])
    form_row(t, ["Personnummer"], placeholder="ÅÅMMDD-XXXX")
    form_row(t, ["Vårdnadshavare/företrädare", "(om aktuellt)"])
    form_row(t, ["Datum för SIP-möte"], placeholder="ÅÅÅÅ-MM-DD")
    form_row(t, ["Plats"])
    set_widths(t, [6, 11])

    doc.add_heading("2. Samtycke och delaktighet", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    form_row(t, ["Samtycke till SIP och", "informationsutbyte"],
             value=["☐ Muntligt   ☐ Skriftligt", "Datum: ÅÅÅÅ-MM-DD"])
    form_row(t, ["Den enskilde deltog i mötet"], value=["☐ Ja   ☐ Nej"])
    form_row(t, ["Om nej: skäl och hur den", "enskildes synpunkter inhämtats"])
    form_row(t, ["Den enskildes synpunkter", "och önskemål"])
    set_widths(t, [6, 11])

    doc.add_heading("3. Syfte och frågeställningar", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    form_row(t, ["Syfte med SIP", "(beskriv varför planen upprättas)"])
    form_row(t, ["Frågeställningar inför mötet"])
    form_row(t, ["Den enskildes mål", "(med egna ord)"])
    set_widths(t, [6, 11])

    doc.add_heading("4. Insatser", level=2)
    grid_table(doc, ["Insats/åtgärd", "Ansvarig verksamhet och funktion", "När/tidpunkt",
                     "Huvudman"], [], widths=[6, 5, 3, 3], header_fill="EAF1F8", size=9.5)
    para(doc, "Lägg till rader vid behov.", italic=True, size=8, color=GREY)

    doc.add_heading("5. Andra aktörer", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    form_row(t, ["Finns insatser från andra", "aktörer? (t.ex. FK, AF, god man,",
                 "närstående)"], value=["☐ Ja   ☐ Nej"])
    form_row(t, ["Vem gör vad"])
    set_widths(t, [6, 11])

    doc.add_heading("6. Ansvar och uppföljning", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    form_row(t, ["Huvudansvarig för planen", "(namn, funktion, verksamhet)"])
    form_row(t, ["Uppföljning"], value=["☐ Om 3 månader   ☐ Om 6 månader   ☐ Annat:"])
    form_row(t, ["Datum för uppföljning"], placeholder="ÅÅÅÅ-MM-DD")
    set_widths(t, [6, 11])

    doc.add_heading("7. Deltagare", level=2)
    grid_table(doc, ["Namn", "Funktion", "Verksamhet/organisation"], [["", "", ""]] * 4,
               widths=[5, 5, 7], header_fill="EAF1F8", size=9.5)
    para(doc)
    para(doc, "Planen har upprättats tillsammans med den enskilde. Kopia lämnas till den "
              "enskilde och samtliga deltagande verksamheter.", size=8, italic=True,
         color=GREY)
    save_docx(doc, path(5, "docx"))


def plan06():
    """Tom blankett (.docx -> PDF via LibreOffice), Fagersta/Norberg/Skinnskatteberg."""
    doc = new_doc(font="Arial", size=10)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = ""
    r = hp.add_run("Norra Västmanland – Fagersta, Norberg, Skinnskatteberg")
    r.font.size = Pt(8)
    r.font.small_caps = True
    hp2 = sec.header.add_paragraph()
    hp2.add_run("Blankett SIP 1:3").font.size = Pt(8)
    hp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.text = ""
    fp.add_run("Blankett SIP v. 3.2 (2024)   ").font.size = Pt(7.5)
    add_page_field(fp, size=7.5)

    para(doc, "Samordnad individuell plan", bold=True, size=16, space_after=0)
    para(doc, "SIP", bold=True, size=12, space_after=8)

    def boxed(label_lines, placeholder="Klicka här för att ange text.", height_lines=1,
              literal=None):
        t = doc.add_table(rows=2, cols=1)
        t.style = "Table Grid"
        cell_lines_break(t.rows[0].cells[0], label_lines, bold=True, size=8.5)
        shade(t.rows[0].cells[0], "F2F2F2")
        for row in t.rows:
            row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
        t.rows[0].cells[0].paragraphs[0].paragraph_format.keep_with_next = True
        c = t.rows[1].cells[0]
        if literal:
            cell_text(c, literal)
        else:
            cell_text(c, placeholder, color=GREY)
        for _ in range(height_lines - 1):
            c.add_paragraph()
        set_widths(t, [17])
        para(doc, space_after=0).paragraph_format.space_before = Pt(0)

    para(doc, "1. Uppgifter om den enskilde", bold=True, size=11)
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for i, lab in enumerate(["Namn", "Personnummer", "Datum för mötet"]):
        cell_text(t.rows[0].cells[i], lab, bold=True, size=8.5)
        shade(t.rows[0].cells[i], "F2F2F2")
    cell_text(t.rows[1].cells[0], "Klicka här för att ange text.", color=GREY)
    cell_text(t.rows[1].cells[1], "ÅÅMMDD-XXXX", color=GREY)
    cell_text(t.rows[1].cells[2], "ÅÅÅÅ-MM-DD", color=GREY)
    set_widths(t, [7, 5, 5])
    para(doc)

    para(doc, "2. Syfte med SIP", bold=True, size=11)
    boxed(["Varför behövs en samordnad plan?", "(beskriv den enskildes situation)"],
          height_lines=3)
    para(doc, "3. Frågeställningar", bold=True, size=11)
    boxed(["Vilka frågor ska mötet ta ställning till?"], height_lines=3)
    para(doc, "4. Den enskildes mål och delaktighet", bold=True, size=11)
    boxed(["Den enskildes mål", "(med egna ord)"], height_lines=3)
    boxed(["Deltog den enskilde?"], literal="☐ Ja    ☐ Nej, skäl:")
    boxed(["Den enskildes synpunkter/önskemål"], height_lines=2)
    boxed(["Samtycke"], literal="Samtycke: ☐ Muntligt ☐ Skriftligt        Datum: ÅÅÅÅ-MM-DD")

    para(doc, "5. Insatser och ansvar", bold=True, size=11)
    grid_table(doc, ["Insats", "Vem gör vad\n(verksamhet, funktion)", "När",
                     "Klart/status"], [], widths=[6, 5, 3, 3], header_fill="F2F2F2", size=9)
    para(doc)
    para(doc, "6. Andra aktörers insatser", bold=True, size=11)
    boxed(["Försäkringskassan, Arbetsförmedlingen, god man, närstående m.fl.",
           "(vem gör vad, eller ange att det inte finns några)"], height_lines=2)
    para(doc, "7. Huvudansvar och uppföljning", bold=True, size=11)
    boxed(["Huvudansvarig för planen", "(namn, funktion, verksamhet)"])
    boxed(["Datum för uppföljning"], placeholder="ÅÅÅÅ-MM-DD")
    para(doc, "8. Deltagare vid mötet", bold=True, size=11)
    grid_table(doc, ["Namn", "Funktion", "Verksamhet"], [], widths=[5, 5, 7],
               header_fill="F2F2F2", size=9)
    para(doc)
    para(doc, "Underskrift den enskilde: ______________________________", size=9)
    src = os.path.join(BUILD, f"{PREFIX}-06.docx")
    save_docx(doc, src)
    soffice_pdf(src, 6)


def plan07():
    """Tom mall, textversion (.txt, UTF-8) från intranätet, Västerås."""
    w = 78
    line = "-" * w
    txt = f"""SAMORDNAD INDIVIDUELL PLAN (SIP) - TEXTMALL
Västerås stad och Region Västmanland
Mallen kan fyllas i direkt i textfilen och klistras in i journal/akt.
{line}

NAMN: ________________________________________
PERSONNUMMER: ÅÅMMDD-XXXX
DATUM FÖR MÖTET: ÅÅÅÅ-MM-DD
PLATS: ________________________________________

SAMTYCKE
Samtycke: ☐ Muntligt ☐ Skriftligt
Datum för samtycke: ÅÅÅÅ-MM-DD

DEN ENSKILDES DELAKTIGHET
Deltog den enskilde i mötet?  ☐ Ja ☐ Nej
Om nej, skäl och hur den enskildes
synpunkter har inhämtats: ______________________________

{line}
1. SYFTE MED PLANEN
   (beskriv kortfattat den enskildes situation och varför en SIP behövs)
   ____________________________________________________________________

2. FRÅGESTÄLLNINGAR INFÖR MÖTET
   ____________________________________________________________________

3. DEN ENSKILDES MÅL (med egna ord)
   ____________________________________________________________________

4. INSATSER
   Insats/åtgärd              | Ansvarig (verksamhet, funktion) | När
   ---------------------------+---------------------------------+-----------

5. ANDRA AKTÖRERS INSATSER
   (t.ex. Försäkringskassan, Arbetsförmedlingen, god man, närstående,
   den enskilde själv)
   Finns det andra aktörer?  ☐ Ja ☐ Nej
   Vem gör vad: _______________________________________________________

6. HUVUDANSVARIG FÖR PLANEN
   (namn, funktion,
   verksamhet): _______________________________________________________

7. UPPFÖLJNING
   Datum för uppföljning: ÅÅÅÅ-MM-DD
   Plats: [Klicka här för att ange text.]

8. DELTAGARE
   Namn                  Funktion              Verksamhet
   --------------------  --------------------  ----------------------------

{line}
Kopia till: ☐ Den enskilde ☐ Vårdnadshavare ☐ Samtliga deltagande verksamheter
"""
    write_text(7, txt)


# =============================================================== 3. half-filled templates

def plan08():
    """Halvifylld mall med innehållskontroller; K. 41, utskrivning från psykiatrisk
    heldygnsvård, Västerås (.docx)."""
    doc = new_doc(font="Calibri", size=10.5)
    sec = doc.sections[0]
    header_footer(sec, "Västerås stad och Region Västmanland",
                  "Mall: SIP – samordnad individuell plan, version 2024-01.")
    para(doc, "SAMORDNAD INDIVIDUELL PLAN (SIP)", bold=True, size=15, space_after=2)
    para(doc, "Enligt SoL 2 kap. 7 § och HSL 16 kap. 4 §", size=9, italic=True,
         space_after=10)

    doc.add_heading("1. Personuppgifter och möte", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    form_row(t, ["Namn"], "K.")
    form_row(t, ["Personnummer"], "ÅÅMMDD-XXXX")
    form_row(t, ["Vårdnadshavare/företrädare", "(om aktuellt)"], "–")
    form_row(t, ["Datum för SIP-möte"], "2024-10-08")
    form_row(t, ["Plats"], "Psykiatriska kliniken Västerås, avdelning 51")
    set_widths(t, [6, 11])

    doc.add_heading("2. Samtycke och delaktighet", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    form_row(t, ["Samtycke till SIP och", "informationsutbyte"],
             value=["☒ Muntligt   ☐ Skriftligt", "Datum: 2024-10-08"])
    form_row(t, ["Den enskilde deltog i mötet"], value=["☒ Ja   ☐ Nej"])
    form_row(t, ["Om nej: skäl och hur den", "enskildes synpunkter inhämtats"], "–")
    form_row(t, ["Den enskildes synpunkter", "och önskemål"])
    set_widths(t, [6, 11])

    doc.add_heading("3. Syfte och frågeställningar", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    form_row(t, ["Syfte med SIP", "(beskriv varför planen upprättas)"],
             "Samordning inför utskrivning")
    form_row(t, ["Frågeställningar inför mötet"])
    form_row(t, ["Den enskildes mål", "(med egna ord)"])
    set_widths(t, [6, 11])

    doc.add_heading("4. Insatser", level=2)
    grid_table(doc, ["Insats/åtgärd", "Ansvarig verksamhet och funktion", "När/tidpunkt",
                     "Huvudman"], [
        ["Boendestöd i hemmet två gånger/vecka", "Socialpsykiatrin Västerås, boendestödjare",
         "Efter utskrivning", "Kommun"],
        ["Återbesök hos läkare, psykiatrisk öppenvård", "Regionen", "–", "Region"],
    ], widths=[6, 5, 3, 3], header_fill="EAF1F8", size=9.5)
    para(doc, "Lägg till rader vid behov.", italic=True, size=8, color=GREY)

    doc.add_heading("5. Andra aktörer", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    form_row(t, ["Finns insatser från andra", "aktörer? (t.ex. FK, AF, god man,",
                 "närstående)"], value=["☐ Ja   ☐ Nej"])
    form_row(t, ["Vem gör vad"])
    set_widths(t, [6, 11])

    doc.add_heading("6. Ansvar och uppföljning", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    form_row(t, ["Huvudansvarig för planen", "(namn, funktion, verksamhet)"], "Socialtjänsten")
    form_row(t, ["Uppföljning"], value=["☐ Om 3 månader   ☐ Om 6 månader   ☐ Annat:"])
    form_row(t, ["Datum för uppföljning"], placeholder="ÅÅÅÅ-MM-DD")
    set_widths(t, [6, 11])

    doc.add_heading("7. Deltagare", level=2)
    grid_table(doc, ["Namn", "Funktion", "Verksamhet/organisation"], [
        ["K.", "–", "–"],
        ["Sara", "Kurator", "Psykiatriska kliniken Västerås, avdelning 51"],
        ["Jonas", "Socialsekreterare", "Vuxenenheten, Västerås stad"],
        ["Lotta", "Boendestödjare", "Socialpsykiatrin, Västerås stad"],
    ], widths=[5, 5, 7], header_fill="EAF1F8", size=9.5)
    para(doc)
    para(doc, "Planen har upprättats tillsammans med den enskilde. Kopia lämnas till den "
              "enskilde och samtliga deltagande verksamheter.", size=8, italic=True,
         color=GREY)
    save_docx(doc, path(8, "docx"))


def plan09():
    """Halvifylld mall (tabellformulär); Leo 11, ADHD, konflikter i skola och hem,
    Hallstahammar (.docx)."""
    doc = new_doc(font="Verdana", size=9.5)
    sec = doc.sections[0]
    header_footer(sec, "HALLSTAHAMMARS KOMMUN – Barn- och utbildningsförvaltningen / "
                       "Socialförvaltningen")
    fp = sec.footer.paragraphs[0]
    fp.text = ""
    fp.add_run("SIP Barn och unga – mall 2023   ").font.size = Pt(7.5)
    add_page_field(fp, size=7.5)
    para(doc, "SIP – Samordnad individuell plan för barn och unga", bold=True, size=14,
         space_after=8)

    def section_table(title, rows):
        para(doc, title, bold=True, size=10.5, color=RGBColor(0x1F, 0x4E, 0x79),
             space_after=2)
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for lab, val in rows:
            c = t.add_row().cells
            cell_lines_break(c[0], lab if isinstance(lab, list) else [lab], bold=True,
                             size=8.5)
            shade(c[0], "DEEAF6")
            if val is None:
                cell_text(c[1], "Klicka här för att ange text.", color=GREY)
            else:
                cell_text(c[1], val)
        set_widths(t, [5.5, 11.5])
        para(doc, space_after=2)

    section_table("Barnet", [
        ("Barnets namn", "Leo, 11 år"),
        ("Personnummer", "ÅÅMMDD-XXXX"),
        ("Vårdnadshavare", "Mamma Sanna (ensam vårdnad)"),
        ("Skola/förskola", "Tunboskolan, åk 5"),
        ("Datum för SIP-möte", "2025-01-15"),
        (["Bakgrund", "(kort)"],
         "Leo har ADHD, utredd på BUP Västerås 2023, och medicineras sedan dess. Under "
         "hösten har det varit flera konflikter på rasterna och Leo har vid tre tillfällen "
         "slagit andra elever. Hemma blir det ofta bråk kring läxor och läggning. Mamma "
         "har sökt stöd hos socialtjänsten och en utredning enligt SoL 11 kap. 1 § "
         "avslutades i december utan insats."),
    ])
    section_table("Syfte och frågeställningar", [
        (["Syfte med SIP"], "Att få en gemensam bild."),
        (["Frågeställningar", "(vad behöver mötet ta ställning till?)"],
         "Hur kan skolan och BUP samarbeta kring medicineringen under skoldagen, när Leo "
         "ska ta sin eftermiddagsdos? Kan Leo få en rastaktivitet med en vuxen?"),
    ])
    section_table("Barnets mål och delaktighet", [
        (["Barnets mål", "(med barnets egna ord)"],
         "”Jag vill inte bli arg hela tiden. Och jag vill ha någon att vara med på "
         "rasterna.”"),
        (["Barnets delaktighet"],
         "☒ Barnet deltog   ☒ Vårdnadshavare deltog\nLeo var med den första halvtimmen. "
         "Han tycker att rasterna och matsalen är jobbigast och vill helst äta i ett "
         "mindre rum med några kompisar."),
        (["Samtycke"], "☐ Muntligt   ☐ Skriftligt\nSe journal"),
    ])
    para(doc, "Insatser", bold=True, size=10.5, color=RGBColor(0x1F, 0x4E, 0x79),
         space_after=2)
    grid_table(doc, ["Insats", "Ansvarig", "När"], [
        ["Stöd vid behov", "Elevhälsan", "Vid behov"],
        ["Fortsatt kontakt", "BUP", "–"],
        ["–", "", ""],
    ], widths=[8, 5, 4], header_fill="DEEAF6", size=9)
    para(doc, space_after=2)
    section_table("Övrigt", [
        (["Andra aktörer", "(FK, god man, närstående m.fl.)"],
         "☐ Ja   ☒ Nej, inga andra aktörer berörs"),
        (["Huvudansvarig för planen", "(namn, funktion, verksamhet)"], ""),
        (["Uppföljning"], "Vid behov"),
        (["Deltagare"], "Leo, Sanna, Malin, Erik, Jessica"),
    ])
    save_docx(doc, path(9, "docx"))


def plan10():
    """Halvifylld formulärutskrift ur journalsystem (fpdf2, rutor); L. 44, depression och
    lång sjukskrivning, Kungsör. Insatstabellen fortsätter på sida 2."""
    pdf = RecordPDF("Cosmic  ·  Region Västmanland", "Vårdcentralen Kungsör",
                    "2025-01-24 10:12", "L.  ÅÅMMDD-XXXX")
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 8, "Samordnad individuell plan (SIP)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 8)
    pdf.cell(0, 4, "Formulär: SIP vuxen  ·  Status: Ej signerad", new_x="LMARGIN",
             new_y="NEXT")
    pdf.ln(2)
    W = pdf.w - 30
    pdf.field_row([("Patient", "L.", W * 0.4), ("Personnummer", "ÅÅMMDD-XXXX", W * 0.3),
                   ("Datum för möte", "2025-01-20", W * 0.3)])
    pdf.field_row([("Plats", "Vårdcentralen Kungsör", W * 0.5),
                   ("Mötesform", "☒ Fysiskt  ☐ Digitalt  ☐ Telefon", W * 0.5)])
    pdf.field("Bakgrund",
              "L. är 44 år och bor med sin sambo och två tonårsbarn i Kungsör. Hon arbetade "
              "tidigare som lokalvårdare men blev uppsagd under sjukskrivningen och har idag "
              "ingen anställning att gå tillbaka till. Hon har behandlats med antidepressiva "
              "läkemedel sedan 2023 och haft samtalskontakt på vårdcentralen, som avslutades "
              "i höstas. Hon sover dåligt, orkar sällan lämna bostaden och beskriver att hon "
              "tappat kontakten med de flesta vänner. Försäkringskassan har aviserat att "
              "rätten till sjukpenning ska prövas mot hela arbetsmarknaden. Sambon stöttar "
              "hemma men arbetar skift.")
    pdf.field("Aktuella kontakter",
              "Vårdcentralen Kungsör (distriktsläkare, tidigare kurator)\n"
              "Försäkringskassan (handläggare sjukpenning)\n"
              "Arbetsförmedlingen (inskriven som arbetssökande sedan november 2024)\n"
              "Arbetsmarknadsenheten Kungsör (remiss skickad 2025-01-08)")
    pdf.field("Syfte med planen",
              "L. har varit sjukskriven i snart två år för depression och utmattning. "
              "Planen ska samordna vården, rehabiliteringen och kontakterna med "
              "Försäkringskassan och Arbetsförmedlingen så att L. kan börja arbetsträna "
              "under våren.")
    pdf.field("Frågeställningar", "–")
    pdf.field("Den enskildes mål (med egna ord)", "Målet är att L. ska kunna arbeta 25 % "
              "inom ett år.")
    pdf.field("Den enskildes delaktighet", "☐ Deltog   ☐ Deltog inte\nSynpunkter: ")
    pdf.field("Samtycke", "☐ Muntligt   ☒ Skriftligt      Datum: 2025-01-20\n"
                          "Samtyckesblankett skannad till journalen.")
    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 6, "Insatser", new_x="LMARGIN", new_y="NEXT")
    pdf.table(["Insats", "Ansvarig (verksamhet, funktion)", "När"], [
        ["Samtal med kurator, KBT-inriktat, varannan vecka",
         "Kurator, Vårdcentralen Kungsör", "Fr.o.m. vecka 5"],
        ["Läkarbedömning och förnyat läkarintyg till FK",
         "Distriktsläkare, Vårdcentralen Kungsör", "Senast 2025-02-14"],
        ["Fysisk aktivitet på recept; uppföljning hos fysioterapeut",
         "Fysioterapeut, Vårdcentralen Kungsör", "Februari 2025"],
        ["Arbetsträning två timmar/dag, tre dagar/vecka, i kommunens café",
         "Arbetsmarknadsenheten Kungsör, arbetskonsulent", ""],
        ["Avstämningsmöte om rehabiliteringen och fortsatt sjukpenning",
         "Försäkringskassan, handläggare", "Se journal"],
        ["Inskrivning och kartläggning i Rusta och matcha när arbetsträningen har kommit "
         "igång", "Arbetsförmedlingen, arbetsförmedlare", "Efter arbetsträningens "
         "första månad"],
        ["Promenad 30 minuter varje dag enligt FaR", "L. själv", "Dagligen"],
    ], [W * 0.46, W * 0.34, W * 0.20])
    pdf.ln(4)
    pdf.field("Andra aktörer", "Se insatstabellen (Försäkringskassan, Arbetsförmedlingen, "
              "L. själv).")
    pdf.field("Huvudansvarig för planen (namn, funktion, verksamhet)",
              "Vårdcentralen Kungsör")
    pdf.field_row([("Datum för uppföljning", "ÅÅÅÅ-MM-DD", W * 0.5),
                   ("Plats för uppföljning", "", W * 0.5)])
    pdf.field("Deltagare (namn, funktion, verksamhet)", "", min_h=22)
    pdf.ln(3)
    pdf.set_font("DejaVu", "I", 8)
    pdf.cell(0, 5, "Dokumentet är inte signerat.", new_x="LMARGIN", new_y="NEXT")
    pdf.output(path(10, "pdf"))


# =============================================================== 4. question and answer

def plan11():
    """Fråga–svar i tvåkolumnstabell; Nora 15, ångest och självskada, Skinnskatteberg
    (.docx)."""
    doc = new_doc(font="Calibri", size=11)
    sec = doc.sections[0]
    header_footer(sec, "Skinnskattebergs kommun  ·  Region Västmanland, BUP Västerås")
    para(doc, "Din SIP", bold=True, size=18, space_after=0,
         color=RGBColor(0x2E, 0x74, 0xB5))
    para(doc, "Samordnad individuell plan för Nora, 15 år", size=12, space_after=2)
    para(doc, "Mötet hölls 2024-10-08 på Kyrkbacksskolan, Skinnskatteberg.", italic=True,
         space_after=10)

    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    cell_text(t.rows[0].cells[0], "Fråga", bold=True)
    cell_text(t.rows[0].cells[1], "Svar", bold=True)
    for c in t.rows[0].cells:
        shade(c, "BDD7EE")
    repeat_header(t.rows[0])
    qa = [
        ("Varför träffas vi?",
         "Vi träffades för att du, pappa, skolan, BUP och socialtjänsten ska hjälpas åt så "
         "att du kan må bättre, slippa skada dig själv och komma tillbaka till skolan på "
         "heltid."),
        ("Vad behöver vi prata om?",
         "Hur du får hjälp i skolan när ångesten kommer under lektionerna. Om du behöver "
         "mer stöd hemma på kvällarna när pappa jobbar. Hur BUP och skolsköterskan ska "
         "hålla kontakt med varandra."),
        ("Vad vill du själv?",
         "”Jag vill kunna sova på nätterna och klara matten. Och jag vill inte att alla i "
         "klassen ska veta.”"),
        ("Vad tycker du om det vi bestämde?",
         "Du tycker att det är bra att du får gå till skolsköterskan i stället för "
         "kuratorn. Du vill inte ha samtal på BUP på torsdagar, eftersom du har innebandy "
         "då."),
        ("Får vi prata med varandra om dig?",
         "Ja, sa både du och pappa på mötet 2024-10-08."),
    ]
    for q, a in qa:
        c = t.add_row().cells
        cell_text(c[0], q, bold=True)
        cell_text(c[1], a)
    set_widths(t, [5.5, 11.5])
    para(doc)

    para(doc, "Det här ska hända", bold=True, size=13, color=RGBColor(0x2E, 0x74, 0xB5))
    grid_table(doc, ["Vad ska hända?", "Vem gör det?", "När?"], [
        ["Samtal om ångest och om vad du kan göra i stället för att skada dig, med "
         "färdighetsträning", "Anna, behandlare, BUP Västerås",
         "Måndagar varannan vecka fr.o.m. 2024-10-14"],
        ["Du får ett pauskort att visa läraren och kan gå till ett lugnt rum när du "
         "behöver", "Kristoffer, mentor, Kyrkbacksskolan", "Fr.o.m. 2024-10-09"],
        ["Du träffar skolsköterskan en stund varje vecka", "Lena, skolsköterska, "
         "Kyrkbacksskolan", "Onsdagar"],
        ["Socialtjänsten utreder om ni behöver stöd hemma, t.ex. familjebehandling eller "
         "kontaktperson", "Emir, socialsekreterare, Skinnskattebergs kommun", "–"],
        ["Pappa låser in alla läkemedel hemma och följer med på första besöket på BUP",
         "Pappa", "Direkt"],
        ["Du säger till Lena eller pappa om du får tankar på att skada dig", "Du själv",
         "Hela tiden"],
    ], widths=[8, 5.5, 3.5], header_fill="BDD7EE", size=10)
    para(doc)

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for q, a in [
        ("Vem ser till att planen följs?", "Anna, behandlare på BUP Västerås. Hon kallar "
                                           "till nästa möte."),
        ("När träffas vi nästa gång?", "Efter jullovet. Anna skickar en kallelse."),
        ("Vilka var med?", "Du, pappa Johan, Anna från BUP, Lena skolsköterska, Emir och "
                           "Marie från socialtjänsten och din mentor Kristoffer."),
    ]:
        c = t.add_row().cells
        cell_text(c[0], q, bold=True)
        shade(c[0], "DDEBF7")
        cell_text(c[1], a)
    set_widths(t, [5.5, 11.5])
    para(doc)
    para(doc, "Om du mår sämre och inte kan vänta: kontakta Vårdguiden eller BUP-akuten "
              "i Västerås.", size=9,
         italic=True)
    save_docx(doc, path(11, "docx"))


def plan12():
    """Fråga–svar som lista (frågor i fetstil); Peter 61, alkoholberoende och
    leversjukdom, Norberg (.docx)."""
    doc = new_doc(font="Arial", size=11)
    sec = doc.sections[0]
    header_footer(sec, "Norbergs kommun, Vård och omsorg – Hemsjukvården")
    para(doc, "SIP – samordnad individuell plan", bold=True, size=16, space_after=0)
    para(doc, "Enkel version", italic=True, space_after=10)
    label_value(doc, "Namn:", "Peter, 61 år")
    label_value(doc, "Datum för mötet:", "2025-04-02")
    label_value(doc, "Plats:", "Vårdcentralen Norberg")
    para(doc)

    def q(question, *answers, bullets=False):
        p = para(doc, question, bold=True, size=12, space_after=2)
        p.paragraph_format.keep_with_next = True
        for a in answers:
            if bullets:
                para(doc, a, style="List Bullet")
            else:
                para(doc, a, space_after=8)

    q("Varför träffas vi?", "För samordning.")
    q("Vad är målet?", "Målet är att Peter ska dricka mindre och slippa åka in akut till "
                       "sjukhuset i Västerås.")
    q("Var Peter med på mötet?", "Nej. Peter hade feber och orkade inte komma.")
    q("Vad ska hända?",
      "Hemsjukvården kommer varje måndag, tar blodprover och delar läkemedel i dosett.",
      "Peter erbjuds stödsamtal och återfallsprevention på Beroendemottagningen.",
      "Hemtjänsten hjälper till med städning varannan vecka.",
      "Distriktsläkaren på vårdcentralen följer levervärdena och skriver remiss till "
      "medicinmottagningen om värdena blir sämre.", bullets=True)
    q("Vem gör det?", "Hemsjukvård och hemtjänst: kommunen. Beroendemottagningen och "
                      "vårdcentralen: Regionen.")
    q("När?", "Prover varje måndag. Städning varannan torsdag. Stödsamtal när Peter vill.")
    q("Vad gör andra?", "Peters syster Eva handlar mat åt Peter varje lördag och följer med "
                        "honom till Beroendemottagningen första gången.")
    q("Vem ser till att planen följs?", "Karin, sjuksköterska i Hemsjukvården Norberg.")
    q("När träffas vi nästa gång?", "Den 14 maj 2025 kl. 10, hemma hos Peter.")
    save_docx(doc, path(12, "docx"))


# =============================================================== 5. elderly care, Markdown

def plan13():
    """Markdown-export; Bengt 84, höftfraktur, Kungsör (hemtjänst, hemsjukvård/rehab,
    vårdcentral, dotter)."""
    md = """# Samordnad individuell plan (SIP)

**Namn:** Bengt  
**Personnummer:** ÅÅMMDD-XXXX  
**Datum för möte:** 2025-02-11  
**Plats:** Hembesök hos Bengt, Kungsör  
**Dokumenterat av:** Anneli, biståndshandläggare

---

## Deltagare

- Bengt
- Maria, dotter
- Anneli, biståndshandläggare, Äldreomsorgen Kungsörs kommun
- Sven, distriktssköterska, Vårdcentralen Kungsör
- Helena, arbetsterapeut, Rehab Kungsör (kommunal hälso- och sjukvård)
- Mikael, gruppledare, Hemtjänst Kungsör norra

## Bakgrund

Bengt är 84 år och bor ensam i villa i Kungsör sedan hustrun dog för tre år sedan. Han
föll i köket i januari och opererades för höftfraktur på ortopeden i Västerås. Han
skrevs ut 2025-02-03 och har sedan dess hemtjänst morgon och kväll. Han går med
rollator, har ont nattetid och äter blodförtunnande läkemedel.

## Syfte och frågeställningar

**Syfte:** Planen ska samordna hemtjänst, hemsjukvård, rehab och vårdcentral efter
Bengts höftoperation, så att han kan bo kvar hemma tryggt och inte faller igen.

**Frågeställningar:**

- Räcker nuvarande hemtjänstinsatser, eller behövs tillsyn även nattetid?
- Vem följer upp smärtlindringen och de blodförtunnande läkemedlen?
- Behöver Bengt trygghetslarm och hjälpmedel i badrummet?

## Bengts mål

> ”Jag vill bo kvar i mitt hus och kunna laga min egen frukost. Och till sommaren vill
> jag kunna gå ner till bryggan.”

## Bengts delaktighet och samtycke

**Deltog:** Ja, mötet hölls hemma hos Bengt.  
**Bengts synpunkter:** Bengt vill inte ha nattbesök men går med på trygghetslarm. Han vill
helst ha samma personal på morgonen och vill duscha på kvällen i stället för morgonen.  
**Samtycke:** Samtycke finns.

## Insatser

| Insats | Ansvarig | När |
|---|---|---|
| Hemtjänst morgon och kväll: hjälp med dusch, på- och avklädning, frukost | Hemtjänst Kungsör norra, gruppledare | Pågår sedan 2025-02-03 |
| Trygghetslarm installeras | Äldreomsorgen Kungsör, biståndshandläggare | Senast 2025-02-14 |
| Duschstol, toalettförhöjning och rollator för inomhusbruk | Rehab Kungsör, arbetsterapeut | Vecka 8 |
| Gångträning i hemmet två gånger/vecka | Rehab Kungsör, fysioterapeut | |
| Läkemedelsgenomgång: smärtlindring och blodförtunnande | Vårdcentralen Kungsör, distriktsläkare | 2025-02-25 |
| Kontroll av operationssåret, stygnen tas | Vårdcentralen Kungsör, distriktssköterska | Tisdag 2025-02-18 |

## Närstående och den enskilde själv

**Dotter Maria:** handlar mat varje lördag och sköter Bengts räkningar med fullmakt.  
**Bengt själv:** gör övningarna från fysioterapeuten varje förmiddag och bär larmet dygnet runt.

## Ansvar för planen

**Huvudansvarig:** Sven, distriktssköterska, Vårdcentralen Kungsör

## Uppföljning

**Nästa uppföljning:** vecka 12
"""
    write_text(13, md, ext="md")


def plan14():
    """Markdown med definitionsrader; Greta 88, demenssjukdom, bor ensam, Surahammar."""
    md = """# SIP – Greta

Surahammars kommun, Vård och omsorg · Region Västmanland

Datum
:   2024-11-20

Plats
:   Gretas lägenhet, Surahammar

Deltagare
:   Greta, Anders, Birgitta, Ulla, Roger

## Bakgrund

Greta är 88 år och bor ensam i lägenhet. Hon fick diagnosen Alzheimers sjukdom 2022.
Under hösten har hemtjänsten sett att hon glömmer att äta och vid två tillfällen har
hon gått ut på kvällen utan ytterkläder. Sonen bor i Västerås och ringer varje dag.

## Planen

Syfte
:   Gemensam planering.

Frågeställningar
:   Övergripande genomgång av situationen.

Mål
:   Målet är att Greta ska kunna bo kvar hemma så länge som möjligt med stöd.

Delaktighet
:   Greta deltog en stund i början av mötet.

Samtycke
:   Greta lämnade muntligt samtycke vid hembesöket 2024-11-20, sonen Anders var
    närvarande.

Insatser
:   - Fortsatt hemtjänst enligt beslut. Ansvar: hemtjänsten.
    - Fortsatt kontakt med vårdcentralen.
    - Dagverksamhet vid behov.

Anhöriga
:   Sonen Anders är ett viktigt stöd för Greta.

Uppföljning
:   Vid behov.
"""
    write_text(14, md, ext="md")


# =============================================================== 6. letter / e-mail

def plan15():
    """E-post till den enskilde (.txt, UTF-8); Ali 19, PTSD och sömnproblem, utan
    sysselsättning, Köping."""
    head = """Från: Maria, socialsekreterare, Vuxenenheten Köpings kommun
Till: Ali
Datum: 2024-09-25 08:47
Ämne: Det vi bestämde på SIP-mötet igår

"""
    body = """Hej Ali!

Här kommer det vi bestämde på mötet igår, tisdag 24 september, så att du har allt samlat på ett ställe. Läs igenom och hör av dig om något är fel eller om du har frågor.

Varför vi träffades: Vi träffades för att alla som hjälper dig ska veta vad de andra gör, så att du kan få behandling för sömnen och mardrömmarna och samtidigt komma igång med SFI och en praktik. Det har blivit många kontakter på en gång och du sa att det var svårt att hålla reda på vem som gör vad.

Du ville att vi skulle prata om två saker: hur du kan få tolk när du träffar psykologen, och om du kan få hjälp med hyran för oktober.

Det du sa om vad du vill: "Jag vill sova och jobba, som andra." Du sa också att du hellre vill ha praktik med händerna, gärna bilverkstad, än att sitta på kurs hela dagarna, och att du inte vill träffa psykologen på förmiddagarna eftersom du har SFI då.

Vi har ditt samtycke till att vi pratar med varandra om dig.

Det här ska hända:

1. Kerstin (sjuksköterska på Vuxenpsykiatrin Köping) bokar en tid hos psykolog för bedömning av traumabehandling, med tolk på arabiska. Tiden kommer i ett brev senast 11 oktober.
2. Läkaren på Vuxenpsykiatrin ska också gå igenom din sömnmedicin.
3. Jag (Maria) gör en utredning om ekonomiskt bistånd till hyran för oktober. Du lämnar in hyresavi och kontoutdrag till mig senast 30 september.
4. Sofie på Arbetsförmedlingen bokar ett möte med dig om praktik på en bilverkstad. Hon ringer dig under vecka 41.
5. Du fortsätter på SFI på Campus Köping måndag till torsdag förmiddag.
6. Din kompis Yusuf följer med dig första gången till Vuxenpsykiatrin, det bestämde du själv.

Jag är den som håller ihop planen och kallar till nästa möte. Du kan alltid ringa mig via växeln.

Vi ses igen tisdag 26 november kl. 14.00 på socialkontoret, samma rum som igår.

På mötet var du, jag, Kerstin från Vuxenpsykiatrin och Sofie från Arbetsförmedlingen.

Vänliga hälsningar
Maria
Socialsekreterare, Vuxenenheten
Köpings kommun
"""
    write_text(15, head + wrap(body, 74) + "\n")


def plan16():
    """Brev till den enskilde (.docx); Emma 17, cannabis och studieavbrott, Sala."""
    doc = new_doc(font="Georgia", size=11, margins=2.5)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = ""
    r = hp.add_run("SALA KOMMUN")
    r.bold = True
    r.font.size = Pt(10)
    hp.add_run("\nSocialförvaltningen, Individ- och familjeomsorgen, Barn och unga").font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = ""
    fp.add_run("Sala kommun · Socialförvaltningen · Besök: Stadshuset · Telefon via växeln"
               ).font.size = Pt(7.5)
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    para(doc, "Sala 2024-11-29", align=WD_ALIGN_PARAGRAPH.RIGHT, space_after=18)
    para(doc, "Till Emma", space_after=18)
    para(doc, "Hej Emma!", bold=True, space_after=10)
    for txt in [
        "Tack för att du kom på mötet i onsdags. Här kommer en sammanfattning av vårt möte, "
        "så att du och din mamma kan läsa i lugn och ro vad vi kom fram till.",
        "Du sa att du vill ”klara gymnasiet och flytta hemifrån när jag fyllt arton”, och "
        "att det viktigaste just nu är att få sova ordentligt och slippa bråken hemma. Du "
        "berättade också att du inte vill ha någon kontakt med skolkuratorn, men att det "
        "är okej att träffa Jonna på Mini-Maria. Det har vi skrivit in.",
        "Det här bestämde vi:",
    ]:
        para(doc, txt, space_after=8)
    for txt in [
        "Du träffar Jonna, behandlare på Mini-Maria Sala, varannan torsdag kl. 15.30. "
        "Första gången är torsdag 5 december.",
        "Maja, studie- och yrkesvägledare på Kungsängsgymnasiet, går igenom med dig "
        "vilka kurser du har kvar och hur du kan läsa ikapp. Ni ses tisdag 10 december "
        "kl. 10.",
        "Amir, ungdomsbehandlare på socialtjänsten, kommer hem till dig och mamma på "
        "onsdagar kl. 17 och pratar om hur ni kan ha det lugnare hemma. Start 4 december.",
        "Jonna på Mini-Maria tar urinprov varannan vecka i samband med samtalen, som vi "
        "kom överens om.",
    ]:
        para(doc, txt, style="List Bullet")
    for txt in [
        "Amir är den som har huvudansvaret för planen och kallar till nästa möte. Vi "
        "ses igen i februari.",
        "På mötet var du, mamma, Jonna och Amir.",
        "Hör av dig till Amir om det är något du undrar över eller om något inte "
        "stämmer.",
    ]:
        para(doc, txt, space_after=8)
    para(doc, "Hälsningar", space_after=2)
    para(doc, "Amir", space_after=0)
    para(doc, "Ungdomsbehandlare, Barn och unga, Sala kommun", size=10)
    save_docx(doc, path(16, "docx"))


# =============================================================== 7. journal notes

def plan17():
    """Journalanteckning – SIP-möte (fpdf2, journalutskrift, 2 sidor); R. 32, schizofreni,
    utskrivning från psykiatrisk heldygnsvård efter LPT, Köping."""
    pdf = RecordPDF("Cosmic  ·  Journalutskrift", "Vuxenpsykiatrin Köping, avdelning 3",
                    "2024-08-13 09:41", "R.  ÅÅMMDD-XXXX")
    pdf.add_page()
    W = pdf.w - 30
    pdf.set_font("DejaVu", "B", 11)
    pdf.cell(0, 7, "Journalanteckning – SIP-möte", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 8.5)
    meta = [("Anteckningsdatum", "2024-08-12 14:20"),
            ("Vårdenhet", "Vuxenpsykiatrin Köping, avdelning 3"),
            ("Yrkesroll", "Kurator"),
            ("Dokumentationstyp", "Samordnad individuell plan"),
            ("Signerad", "2024-08-12 16:05, kurator Elin")]
    for k, v in meta:
        pdf.set_font("DejaVu", "B", 8.5)
        pdf.cell(38, 4.6, k + ":")
        pdf.set_font("DejaVu", "", 8.5)
        pdf.cell(0, 4.6, v, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.line(15, pdf.get_y(), pdf.w - 15, pdf.get_y())
    pdf.ln(3)

    def kw(word, text):
        pdf.set_font("DejaVu", "B", 9.5)
        pdf.cell(0, 5.5, f"Sökord: {word}", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 9.5)
        pdf.multi_cell(W, 4.8, text, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)

    kw("Kontaktorsak", "SIP-möte inför utskrivning. Pat vårdas sedan 2024-06-28 på avd 3, "
                       "initialt enligt LPT, konverterat till frivillig vård 2024-07-22.")
    kw("Närvarande",
       "Pat\n"
       "Kurator Elin, Vuxenpsykiatrin Köping avd 3 (antecknar)\n"
       "Överläkare, Vuxenpsykiatrin Köping avd 3\n"
       "Sjuksköterska Kim, Psykiatriska öppenvårdsmottagningen Köping\n"
       "Socialsekreterare Annika, Vuxenenheten Köpings kommun\n"
       "Boendestödjare Sami, Socialpsykiatrin Köpings kommun\n"
       "God man, via telefon")
    kw("Syfte", "Syftet med SIP-mötet är att planera R:s utskrivning från avdelningen så "
                "att boende, ekonomi och fortsatt psykiatrisk behandling är ordnade innan "
                "han flyttar hem, eftersom de två senaste utskrivningarna följdes av "
                "återinläggning inom en månad.")
    kw("Samtycke", "Pat har muntligen samtyckt till SIP och till informationsutbyte mellan "
                   "deltagande verksamheter, 2024-08-12.")
    kw("Aktuellt",
       "Pat har under vårdtiden stabiliserats på depåinjektion. Hallucinationerna har "
       "klingat av, sömnen är bättre. Pat har egen lägenhet i Köping men hyran för maj–juli "
       "är obetald och hyresvärden har skickat en uppsägningsvarning. Huvudfrågan vid "
       "mötet var om pat kan flytta tillbaka direkt till egen lägenhet eller behöver en "
       "träningslägenhet först, och hur hyresskulden ska lösas så att han inte förlorar "
       "lägenheten.")
    kw("Patientens önskemål",
       "Pat vill flytta hem till sin lägenhet så snart som möjligt. Pat vill inte ha "
       "boendestöd varje dag men accepterar tre dagar i veckan. Pat önskar fortsatt "
       "kontakt med samma sjuksköterska i öppenvården.")
    kw("Bedömning",
       "Samtliga bedömer att pat kan skrivas ut till egen lägenhet med boendestöd och tät "
       "uppföljning i öppenvården. Risk för återinsjuknande bedöms som förhöjd de första "
       "veckorna efter utskrivningen.")
    kw("Planering",
       "Planerad utskrivning 2024-08-19. Socialsekreterare Annika, Vuxenenheten, fattar "
       "beslut om boendestöd senast 2024-08-16. Boendestöd från Socialpsykiatrin Köping "
       "tre gånger/vecka (mån, ons, fre) fr.o.m. 2024-08-19, boendestödjare Sami ansvarar. "
       "Återbesök hos läkare på Psykiatriska öppenvårdsmottagningen Köping 2024-08-28. "
       "Depåinjektion var tredje vecka, ssk Kim på öppenvårdsmottagningen, nästa 2024-09-02. "
       "God man ansöker om bostadstillägg hos Försäkringskassan och gör upp en "
       "avbetalningsplan med hyresvärden, båda under augusti. Pat åtar sig att själv öppna "
       "post tillsammans med boendestödjaren på onsdagar.")
    kw("Huvudansvar", "Vuxenpsykiatrin Köping.")
    kw("Uppföljning", "Ny SIP 2024-09-23 kl. 13.30 på Psykiatriska öppenvårdsmottagningen "
                      "Köping. Ssk Kim kallar.")
    kw("Information", "Pat har fått en kopia av planen. Kopia skickas till Vuxenenheten och "
                      "Socialpsykiatrin.")
    pdf.output(path(17, "pdf"))


def plan18():
    """Journalanteckning – SIP-möte (HTML -> PDF via LibreOffice); O. 8, autism,
    Habiliteringen och LSS, Fagersta."""
    html = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>Journalanteckning</title>
<style>
 @page { size: A4; margin: 18mm 16mm 18mm 16mm; }
 body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; }
 table.meta { border-collapse: collapse; width: 100%; font-size: 8.5pt; }
 table.meta td { border: 1px solid #999; padding: 2px 5px; }
 table.meta td.k { background: #eee; font-weight: bold; width: 28%; }
 .sys { font-size: 8pt; color: #444; border-bottom: 1px solid #000; margin-bottom: 6px; }
 h1 { font-size: 12pt; margin: 8px 0 4px 0; }
 p.kw { font-weight: bold; margin: 9px 0 1px 0; }
 p.t { margin: 0 0 2px 0; }
</style></head><body>
<div class="sys">Region Västmanland · Journalsystem · Utskrift 2024-10-30 08:15 · Habiliteringen Västmanland, barn och ungdom, Fagersta</div>
<table class="meta">
<tr><td class="k">Patient</td><td>O., 8 år, ÅÅMMDD-XXXX</td></tr>
<tr><td class="k">Vårdgivare</td><td>Habiliteringen Västmanland, barn och ungdom, mottagning Fagersta</td></tr>
<tr><td class="k">Anteckningsdatum</td><td>2024-10-29 10:30</td></tr>
<tr><td class="k">Anteckning av</td><td>Psykolog, Habiliteringen Fagersta</td></tr>
<tr><td class="k">Kontakttyp</td><td>Möte, samverkan</td></tr>
</table>
<h1>Journalanteckning – SIP-möte</h1>

<p class="kw">Sökord: Närvarande</p>
<p class="t">Mamma (vårdnadshavare)<br>
Psykolog och arbetsterapeut, Habiliteringen Västmanland, mottagning Fagersta<br>
LSS-handläggare, Fagersta kommun<br>
Klasslärare och specialpedagog, Brinkskolan, Fagersta<br>
Socialsekreterare, Barn och familj, Fagersta kommun</p>

<p class="kw">Sökord: Syfte</p>
<p class="t">Samordning.</p>

<p class="kw">Sökord: Frågeställning</p>
<p class="t">Genomgång av aktuell situation.</p>

<p class="kw">Sökord: Delaktighet</p>
<p class="t">O. deltog ej. Mamma deltog.</p>

<p class="kw">Sökord: Samtycke</p>
<p class="t">Samtycke enligt vårdnadshavare.</p>

<p class="kw">Sökord: Aktuellt</p>
<p class="t">O. har autism och språkstörning, diagnostiserad 2021. Går i åk 2 med
assistent delar av dagen. Mamma är ensamstående med ytterligare två barn och beskriver
att hon är mycket trött. O. sover oroligt, vaknar flera gånger per natt och har
utbrott vid övergångar, särskilt på morgonen och efter skolan. I skolan fungerar det
bättre sedan bildschemat infördes i augusti. Ansökan om korttidsvistelse enligt LSS
är beviljad 2024-10-15.</p>

<p class="kw">Sökord: Planering</p>
<p class="t">Korttidsvistelse enligt LSS 9 § 6 en helg per månad med start i januari 2025,
LSS-handläggaren verkställer och ordnar inskolning på korttidshemmet.<br>
Arbetsterapeut från Habiliteringen gör hembesök vecka 46 för bedömning av
hjälpmedel (tyngdtäcke, bildstöd för morgonrutiner).<br>
Psykolog på Habiliteringen erbjuder mamma föräldrautbildning om autism, nästa
grupp startar 20 januari 2025.<br>
Skolan fortsätter med bildschema och förberedelse inför övergångar i klassrummet.</p>

<p class="kw">Sökord: Uppföljning</p>
<p class="t">Uppföljning i februari.</p>

<p style="margin-top:14px; font-size:8pt; color:#444;">Signerad 2024-10-29 15:42 av psykolog,
Habiliteringen Fagersta.</p>
</body></html>
"""
    src = os.path.join(BUILD, f"{PREFIX}-18.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html)
    # open the HTML in Writer (not Writer/Web) and print it to PDF
    prof = f"file:///tmp/lo-{PREFIX}"
    subprocess.run(["soffice", f"-env:UserInstallation={prof}", "--headless",
                    "--infilter=HTML (StarWriter)", "--convert-to",
                    "pdf:writer_pdf_Export", "--outdir", BUILD, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=240)
    shutil.move(os.path.join(BUILD, f"{PREFIX}-18.pdf"), path(18, "pdf"))
    pin_pdf_metadata(path(18, "pdf"))


def plan19():
    """Journalanteckning – SIP-möte, textexport (.txt, UTF-8); S. 27, ADHD, utan arbete,
    Arboga."""
    body = """JOURNALUTSKRIFT                                   Region Västmanland
Utskriftsdatum: 2025-03-05                          Sida 1
Patient: S.  ÅÅMMDD-XXXX
Enhet: Psykiatriska öppenvårdsmottagningen Arboga
========================================================================

2025-03-04 13:00  Arbetsterapeut Lina, Psykiatriska öppenvården Arboga
Journalanteckning – SIP-möte
Kontakttyp: Möte, samverkan   Status: Signerad 2025-03-04 16:20

Sökord: Syfte
SIP.

Sökord: Närvarande
S., arbetsterapeut, socialsekreterare, arbetsförmedlare.

Sökord: Frågeställning
Hur kan S. få stöd att komma iväg till praktiken på morgnarna? Ska S. ansöka om aktivitetsersättning hos Försäkringskassan, eller är det bättre att fortsätta med försörjningsstöd och praktik?

Sökord: Aktuellt
S. är 27 år och fick diagnosen ADHD 2023. Hon har inte haft något arbete sedan gymnasiet och har haft försörjningsstöd i tre år. Två tidigare praktiker har avbrutits för att hon inte kommit iväg på morgnarna. Medicineringen har justerats under hösten med viss effekt. S. bor ensam i Arboga.

Sökord: Patientens mål
S. säger: "Jag vill ha ett jobb jag orkar med och slippa söka försörjningsstöd varje månad."

Sökord: Delaktighet
S. deltog under hela mötet och tyckte att det var bra att alla satt vid samma bord. Hon vill ha påminnelser via sms i stället för brev och vill börja praktiken på förmiddagar, inte kl. 07.

Sökord: Planering
- Arbetsterapeut Lina, Psykiatriska öppenvården Arboga: träning i morgonrutiner, utprovning av väckarklocka och påminnelse-app, hembesök varje tisdag fr.o.m. vecka 11.
- Läkare, Psykiatriska öppenvården Arboga: utvärdering av ADHD-medicineringen 2025-03-20.
- Socialsekreterare, Försörjningsstöd Arboga kommun: fortsatt försörjningsstöd och kontakt med AF om praktiken.
- Arbetsförmedlare, Arbetsförmedlingen Köping/Arboga: praktik på second hand-butik tre förmiddagar i veckan, start 2025-03-17.
- S. själv: skickar ansökan om aktivitetsersättning till Försäkringskassan med stöd av arbetsterapeuten, senast 2025-03-31.

Sökord: Huvudansvar
Lina, arbetsterapeut, Psykiatriska öppenvården Arboga.

Sökord: Uppföljning
Uppföljning om tre månader.

------------------------------------------------------------------------
Slut på anteckning
"""
    write_text(19, wrap(body, 72))


# =============================================================== 8. old system, cp1252 CRLF

def plan20():
    """Äldre verksamhetssystem, textutskrift (Windows-1252, CRLF, VERSALA rubriker,
    72 kolumner); G. 58, MS och depression, Skinnskatteberg."""
    body = """OMSORGSSYSTEM 4.2          SKINNSKATTEBERGS KOMMUN          UTSKRIFT
ÄLDRE- OCH OMSORGSFÖRVALTNINGEN                             2024-04-05
========================================================================

SAMORDNAD INDIVIDUELL PLAN (SIP)

NAMN.........: G.
PERSONNR.....: XXXXXX-XXXX
MÖTESDATUM...: 2024-04-03
PLATS........: G:s bostad, Skinnskatteberg (hembesök)

DELTAGARE
G.
Biståndshandläggare
Distriktssköterska
Kurator
Arbetsterapeut

SYFTE MED PLANEN
G. har MS sedan 2009 och har under vintern blivit sämre i benen och mer nedstämd. Han behöver nu insatser från både kommunen och regionen samtidigt, och syftet med planen är att samordna hemtjänst, bostadsanpassning, hjälpmedel och samtalsstöd så att G. kan bo kvar hemma och ta sig ut på egen hand.

DEN ENSKILDES MÅL
G. uttrycker det själv så här: ”Min önskan är att kunna ta mig ut själv med rullstolen och handla, utan att behöva be någon om hjälp varje gång.”

DELAKTIGHET
G. deltog under hela mötet, som hölls i hans bostad. G. vill ha hemtjänst på morgonen men klarar kvällarna själv. Han vill inte byta kurator.

SAMTYCKE
Skriftligt samtycke inhämtat 2024-04-03 på kommunens blankett. Blanketten finns i akten.

INSATSER
{table}

ANDRA AKTÖRER
Inga andra aktörer berörs. G. bor ensam och har inga närstående i närheten som är med i planeringen.

HUVUDANSVARIG FÖR PLANEN
Eva, biståndshandläggare, Äldre- och omsorgsförvaltningen Skinnskattebergs kommun.

UPPFÖLJNING
2024-10-01 kl. 10.00 i G:s bostad.

========================================================================
SLUT PÅ UTSKRIFT                                               SIDA 1(1)
"""
    rows = [("INSATS", "ANSVARIG", "NÄR"),
            ("-" * 28, "-" * 30, "-" * 10),
            ("Hemtjänst morgon, hjälp med", "Hemtjänsten Skinnskatteberg,", "fr.o.m."),
            ("personlig hygien och frukost", "gruppledare", "2024-04-08"),
            ("Bostadsanpassning, ramp vid", "Bostadsanpassningshandläggare,", "beslut"),
            ("entrén", "Skinnskattebergs kommun", "maj 2024"),
            ("Utprovning av elrullstol", "Arbetsterapeut, Hjälpmedel", "v. 16"),
            ("", "Västmanland", ""),
            ("Samtalskontakt kurator var", "REGIONEN", "fr.o.m."),
            ("tredje vecka", "", "v. 15"),
            ("Läkemedelsgenomgång, antide-", "Distriktssköterska och läkare,", "2024-04-22"),
            ("pressiva och spasticitet", "Vårdcentralen Skinnskatteberg", "")]
    table = "\n".join(f"{a:<28}  {b:<30}  {c}".rstrip() for a, b, c in rows)
    body = body.replace("{table}", table)
    assert all(len(l) <= 72 for l in table.split("\n")), table
    write_text(20, wrap(body, 72), encoding="cp1252", crlf=True)


def plan21():
    """Äldre verksamhetssystem, textutskrift (Windows-1252, CRLF, VERSALER); NN 29,
    intellektuell funktionsnedsättning och epilepsi, gruppbostad LSS, Västerås."""
    body = """VÄSTERÅS STAD – VÅRD OCH OMSORG                          UTSKRIFT
SYSTEM: VOS/DOK                                             2025-05-28
------------------------------------------------------------------------

SIP - SAMORDNAD INDIVIDUELL PLAN

NAMN: NN
PNR: XXXXXX-XXXX
DATUM: 2025-05-27

DELTAGARE: KERSTIN, AHMED, LOTTA, BO

BAKGRUND
NN bor på gruppbostad enligt LSS i Västerås sedan 2019. NN har en måttlig intellektuell funktionsnedsättning och epilepsi. Under våren har anfallen blivit fler, särskilt nattetid, och personalen har vid två tillfällen ringt ambulans. NN har också gått ner i vikt. NN trivs på boendet och går till daglig verksamhet fyra dagar i veckan.

FRÅGESTÄLLNINGAR
Diskutera läget.

DELAKTIGHET
NN deltog ej.

SAMTYCKE
Samtycke finns.

INSATSER
- Fortsatt kontakt angående epilepsin.
- Fortsatt stöd i vardagen.
- Översyn av medicineringen vid behov.

HUVUDANSVAR
Region Västmanland.

ÖVRIGT
God man finns.

------------------------------------------------------------------------
                                                              SIDA 1(1)
"""
    write_text(21, wrap(body, 72), encoding="cp1252", crlf=True)


# =============================================================== main

def main():
    os.makedirs(OUT, exist_ok=True)
    os.makedirs(BUILD, exist_ok=True)
    for f in os.listdir(OUT):
        if f.startswith(PREFIX + "-"):
            os.remove(os.path.join(OUT, f))
    for n in range(1, 22):
        globals()[f"plan{n:02d}"]()
        print("wrote", [f for f in sorted(os.listdir(OUT)) if f.startswith(f"{PREFIX}-{n:02d}.")])


if __name__ == "__main__":
    main()
