#!/usr/bin/env python3
"""Generate batch dev-a (prefix "da"): 20 fictional, anonymized documents around SIP
(samordnad individuell plan).  Run with ../../../.venv/bin/python generate.py.
Deterministic: fixed dates, no randomness.  PDFs "printed" from Word are made with
LibreOffice using a private profile (/tmp/lo-da)."""

import datetime
import os
import shutil
import subprocess
import tempfile
import textwrap

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF
from fpdf.enums import MethodReturnValue

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_C = "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf"
FONT_CB = "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf"
FIXED = datetime.datetime(2025, 1, 1, 12, 0, 0, tzinfo=datetime.timezone.utc)
LO_PROFILE = "file:///tmp/lo-da"


def out(name):
    return os.path.join(OUT, name)


# --------------------------------------------------------------------------
# python-docx helpers
# --------------------------------------------------------------------------

def new_doc(font="Calibri", size=11, author="Handläggare"):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.revision = 1
    for s in d.sections:
        s.page_width, s.page_height = Cm(21.0), Cm(29.7)
        s.left_margin = s.right_margin = Cm(2.2)
        s.top_margin = Cm(2.0)
        s.bottom_margin = Cm(2.0)
    return d


def para(doc, text="", bold=False, italic=False, size=None, small_caps=False,
         all_caps=False, align=None, after=None, before=None, color=None, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if small_caps:
            r.font.small_caps = True
        if all_caps:
            r.font.all_caps = True
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if after is not None:
        p.paragraph_format.space_after = Pt(after)
    if before is not None:
        p.paragraph_format.space_before = Pt(before)
    return p


def label_para(doc, label, value, after=4):
    """'Label: value' paragraph with bold label."""
    p = doc.add_paragraph()
    r = p.add_run(label + " ")
    r.bold = True
    if value:
        p.add_run(value)
    p.paragraph_format.space_after = Pt(after)
    return p


def bullets(doc, items):
    for it in items:
        doc.add_paragraph(it, style="List Bullet")


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


def cell_text(cell, text, bold=False, size=None, italic=False, small_caps=False):
    cell.text = ""
    lines = text.split("\n") if text else [""]
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if small_caps:
            r.font.small_caps = True
        if size:
            r.font.size = Pt(size)
        p.paragraph_format.space_after = Pt(0)


def set_widths(table, widths_cm):
    """Set column widths both in the grid (used by LibreOffice) and on every cell (Word)."""
    table.autofit = False
    grid = table._tbl.tblGrid
    cols = grid.findall(qn("w:gridCol"))
    for i, w in enumerate(widths_cm):
        if i < len(cols):
            cols[i].set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def grid_table(doc, header, rows, widths=None, size=None, head_fill="D9D9D9",
               style="Table Grid"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        cell_text(t.rows[0].cells[i], h, bold=True, size=size)
        if head_fill:
            shade(t.rows[0].cells[i], head_fill)
    repeat_header(t.rows[0])
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cell_text(cells[i], v, size=size)
    if widths:
        set_widths(t, widths)
    return t


def add_section(doc, landscape):
    from docx.enum.section import WD_SECTION
    s = doc.add_section(WD_SECTION.NEW_PAGE)
    if landscape:
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    else:
        s.orientation = WD_ORIENT.PORTRAIT
        s.page_width, s.page_height = Cm(21.0), Cm(29.7)
    s.left_margin = s.right_margin = Cm(2.0)
    s.top_margin = s.bottom_margin = Cm(2.0)
    return s


def header_text(section, left, right=None, size=8):
    section.header.is_linked_to_previous = False
    hp = section.header.paragraphs[0]
    hp.text = ""
    r = hp.add_run(left)
    r.font.size = Pt(size)
    if right:
        hp.add_run("\t\t" + right).font.size = Pt(size)


def footer_text(section, text, size=8, page_field=True):
    section.footer.is_linked_to_previous = False
    fp = section.footer.paragraphs[0]
    fp.text = ""
    r = fp.add_run(text)
    r.font.size = Pt(size)
    if page_field:
        r2 = fp.add_run("   Sida ")
        r2.font.size = Pt(size)
        _field(fp, "PAGE", size)
        r3 = fp.add_run(" av ")
        r3.font.size = Pt(size)
        _field(fp, "NUMPAGES", size)


def _field(p, instr, size):
    r = p.add_run()
    r.font.size = Pt(size)
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    i = OxmlElement("w:instrText")
    i.set(qn("xml:space"), "preserve")
    i.text = instr
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r._r.append(b)
    r._r.append(i)
    r._r.append(s)
    r._r.append(t)
    r._r.append(e)


def save_docx(doc, name):
    doc.save(out(name))


def docx_to_pdf(doc, name):
    """Save doc to a temp .docx and 'print' it to plans/name with LibreOffice."""
    tmp = tempfile.mkdtemp(prefix="da-lo-")
    base = os.path.splitext(name)[0]
    src = os.path.join(tmp, base + ".docx")
    doc.save(src)
    subprocess.run(["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
                    "--convert-to", "pdf", "--outdir", tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=180)
    shutil.move(os.path.join(tmp, base + ".pdf"), out(name))
    shutil.rmtree(tmp, ignore_errors=True)


# --------------------------------------------------------------------------
# fpdf2 record-system print
# --------------------------------------------------------------------------

class RecordPrint(FPDF):
    def __init__(self, system, title, printed, printed_by, org, cond=False):
        super().__init__(format="A4", unit="mm")
        self.system = system
        self.title_txt = title
        self.printed = printed
        self.printed_by = printed_by
        self.org = org
        self.add_font("dv", "", FONT_C if cond else FONT)
        self.add_font("dv", "B", FONT_CB if cond else FONT_B)
        self.set_margins(15, 28, 15)
        self.set_auto_page_break(False)
        self.set_creation_date(FIXED)
        self.set_title(title)
        self.set_creator(system)
        self.set_producer(system + " utskriftsmodul")
        self.table_header = None  # (cols, widths) to repeat on a new page
        self.bottom = 297 - 18

    def header(self):
        self.set_draw_color(0)
        self.set_font("dv", "B", 10)
        self.set_xy(15, 9)
        self.cell(100, 5, self.system)
        self.set_font("dv", "", 8)
        self.set_xy(110, 9)
        self.cell(85, 5, "Utskriftsdatum " + self.printed, align="R")
        self.set_xy(15, 14)
        self.cell(120, 4.5, self.title_txt)
        self.set_xy(135, 14)
        self.cell(60, 4.5, "Sida %d ({nb})" % self.page_no(), align="R")
        self.set_xy(15, 18.5)
        self.set_font("dv", "", 7)
        self.cell(180, 4, self.org)
        self.line(15, 23.5, 195, 23.5)
        self.set_y(27)

    def footer(self):
        self.set_y(-14)
        self.set_font("dv", "", 7)
        self.cell(120, 4, "Utskriven av: " + self.printed_by)
        self.cell(60, 4, "Utskrift – ej original", align="R")

    # -- helpers -----------------------------------------------------------
    def nlines(self, text, w, size):
        self.set_font("dv", "", size)
        if not text:
            return 1
        lines = self.multi_cell(w, 4, text, dry_run=True, output=MethodReturnValue.LINES,
                               align="L")
        return max(1, len(lines))

    def ensure(self, h):
        if self.get_y() + h > self.bottom:
            self.add_page()
            return True
        return False

    def section_bar(self, text):
        self.ensure(12)
        self.ln(1.5)
        self.set_fill_color(205, 215, 230)
        self.set_font("dv", "B", 9)
        self.cell(180, 6, "  " + text, border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def field_beside(self, label, value, lw=46, x=15, w=180, size=8.5, min_lines=1):
        """Label in a small grey box, value in the box beside it."""
        vw = w - lw
        n = max(self.nlines(value, vw - 2, size), min_lines)
        nl = self.nlines(label, lw - 2, 7)
        h = max(n * 4 + 2.5, nl * 3.4 + 2)
        self.ensure(h)
        y = self.get_y()
        self.set_fill_color(238, 238, 238)
        self.rect(x, y, lw, h, style="DF")
        self.rect(x + lw, y, vw, h)
        self.set_font("dv", "", 7)
        self.set_xy(x + 1, y + 1)
        self.multi_cell(lw - 2, 3.4, label, align="L")
        self.set_font("dv", "", size)
        self.set_xy(x + lw + 1, y + 1.2)
        if value:
            self.multi_cell(vw - 2, 4, value, align="L")
        self.set_xy(15, y + h)

    def field_pair(self, items, size=8.5):
        """Several short label/value pairs on one line: items = [(label, value, lw, vw)]."""
        h = 6.5
        self.ensure(h)
        y = self.get_y()
        x = 15
        for label, value, lw, vw in items:
            self.set_fill_color(238, 238, 238)
            self.rect(x, y, lw, h, style="DF")
            self.rect(x + lw, y, vw, h)
            self.set_font("dv", "", 7)
            self.set_xy(x + 1, y + 1.4)
            self.cell(lw - 2, 3.5, label)
            self.set_font("dv", "", size)
            self.set_xy(x + lw + 1, y + 1.2)
            self.cell(vw - 2, 4, value)
            x += lw + vw
        self.set_xy(15, y + h)

    def field_below(self, label, value, x=15, w=180, size=8.5, min_lines=1, keep_y=False):
        """Label in a small box on top, value in the box below it."""
        n = max(self.nlines(value, w - 2, size), min_lines)
        hv = n * 4 + 2.5
        hl = 4.2
        self.ensure(hl + hv)
        y = self.get_y()
        self.set_fill_color(230, 236, 230)
        self.set_font("dv", "", 6.5)
        lw = self.get_string_width(label) + 4
        self.rect(x, y, lw, hl, style="DF")
        self.set_xy(x + 1, y + 0.5)
        self.cell(lw - 2, 3.2, label)
        self.rect(x, y + hl, w, hv)
        self.set_font("dv", "", size)
        self.set_xy(x + 1, y + hl + 1.2)
        if value:
            self.multi_cell(w - 2, 4, value, align="L")
        end = y + hl + hv
        if keep_y:
            return end
        self.set_xy(15, end + 1.5)
        return end

    def table(self, cols, widths, rows, size=7.5, head_fill=(220, 220, 220)):
        def draw_head():
            self.set_font("dv", "B", size)
            hn = max(self.nlines(c, w - 2, size) for c, w in zip(cols, widths))
            self.set_font("dv", "B", size)
            h = hn * 3.6 + 2
            y = self.get_y()
            x = 15
            self.set_fill_color(*head_fill)
            for c, w in zip(cols, widths):
                self.rect(x, y, w, h, style="DF")
                self.set_xy(x + 1, y + 1)
                self.set_font("dv", "B", size)
                self.multi_cell(w - 2, 3.6, c, align="L")
                x += w
            self.set_xy(15, y + h)

        self.ensure(13)
        draw_head()
        for r in rows:
            n = max(self.nlines(v, w - 2, size) for v, w in zip(r, widths))
            h = n * 3.6 + 2
            if self.get_y() + h > self.bottom:
                self.add_page()
                draw_head()
            y = self.get_y()
            x = 15
            for v, w in zip(r, widths):
                self.rect(x, y, w, h)
                self.set_xy(x + 1, y + 1)
                self.set_font("dv", "", size)
                if v:
                    self.multi_cell(w - 2, 3.6, v, align="L")
                x += w
            self.set_xy(15, y + h)
        self.ln(2)


# --------------------------------------------------------------------------
# text helpers
# --------------------------------------------------------------------------

def wrap(text, width=76, indent=""):
    res = []
    for para_ in text.split("\n"):
        if not para_.strip():
            res.append("")
            continue
        res.extend(textwrap.wrap(para_, width=width, initial_indent=indent,
                                 subsequent_indent=indent) or [""])
    return "\n".join(res)


def label_lines(label, value, lw=26, width=78):
    """'Label: value' lines; long labels wrap over two lines, value wraps under the
    value column."""
    lab_lines = textwrap.wrap(label + ":", width=lw - 1)
    val_lines = textwrap.wrap(value, width=width - lw) if value else [""]
    n = max(len(lab_lines), len(val_lines))
    lines = []
    for i in range(n):
        lpart = lab_lines[i] if i < len(lab_lines) else ""
        vpart = val_lines[i] if i < len(val_lines) else ""
        lines.append((lpart.ljust(lw) + vpart).rstrip())
    return "\n".join(lines)


def fixed_table(cols, widths, rows, sep=" "):
    """Fixed-width columns; cell text wraps inside its column."""
    def fmt(cells):
        wrapped = [textwrap.wrap(c, w) or [""] for c, w in zip(cells, widths)]
        n = max(len(x) for x in wrapped)
        lines = []
        for i in range(n):
            parts = [(x[i] if i < len(x) else "").ljust(w) for x, w in zip(wrapped, widths)]
            lines.append(sep.join(parts).rstrip())
        return lines
    lines = fmt(cols)
    lines.append(sep.join("-" * w for w in widths))
    for r in rows:
        lines.extend(fmt(r))
    return "\n".join(lines)


def write_text(name, text, encoding="utf-8", crlf=False):
    if not text.endswith("\n"):
        text += "\n"
    if crlf:
        text = text.replace("\n", "\r\n")
    with open(out(name), "wb") as f:
        f.write(text.encode(encoding))


# ==========================================================================
# 1. Record-system prints (fpdf2)
# ==========================================================================

def da01():
    """Samverkansmodulen print; adult with schizophrenia and debts, Köping."""
    pdf = RecordPrint("Samverkansmodulen", "Samordnad individuell plan (SIP) – plan",
                      "2024-11-04 14:22",
                      "Sjuksköterska/case manager, Psykiatriska öppenvårdsmott. Köping",
                      "Region Västmanland / Köpings kommun – gemensam samverkansjournal")
    pdf.add_page()
    pdf.set_font("dv", "B", 12)
    pdf.cell(180, 7, "SIP – Samordnad individuell plan", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.section_bar("Personuppgifter")
    pdf.field_pair([("Namn", "Mikael (M.)", 22, 68), ("Personnummer", "XXXXXX-XXXX", 26, 64)])
    pdf.field_pair([("Folkbokförd", "Köpings kommun", 22, 68), ("Tolkbehov", "Nej", 26, 64)])
    pdf.field_beside("Vårdnadshavare / legal företrädare", "")
    pdf.section_bar("Planinformation")
    pdf.field_pair([("Plan-ID", "SIP-2024-0871", 22, 68), ("Status", "Aktiv", 26, 64)])
    pdf.field_pair([("Mötesdatum", "2024-10-29", 22, 68), ("Plantyp", "Ny plan", 26, 64)])
    pdf.field_beside("Mötesplats", "Vuxenpsykiatrin Köping, samtalsrum 2 (M. och boendestödjaren på plats, IFO via Teams)")
    pdf.field_beside("Huvudansvarig för planen",
                     "Lena, case manager, Psykiatriska öppenvårdsmottagningen Köping (Vuxenpsykiatrin, Region Västmanland)")
    pdf.field_beside("Deltagare",
                     "Mikael (M.), den enskilde\n"
                     "Lena, case manager, Psykiatriska öppenvårdsmottagningen Köping\n"
                     "Ahmed, överläkare, Psykiatriska öppenvårdsmottagningen Köping\n"
                     "Sara, socialsekreterare, Vuxenenheten IFO Köpings kommun\n"
                     "Jonas, boendestödjare, Socialpsykiatrin Köpings kommun")
    pdf.field_beside("Samtycke", "")
    pdf.section_bar("Bakgrund och syfte")
    pdf.field_beside("Bakgrund / nuvarande situation",
                     "M. är 38 år och har diagnosen paranoid schizofreni sedan 2016. Han vårdades "
                     "inneliggande på psykiatrisk klinik i Västerås 2024-08-02 – 2024-08-30 efter att "
                     "ha slutat ta sin medicin. Under våren hade han slutat öppna post och har en "
                     "hyresskuld på ca 3 mån. Hyresvärden har skickat varsel om uppsägning. Skulder "
                     "finns även hos Kronofogden (oklart belopp, M. uppger ca 60 000 kr). Han bor "
                     "ensam i lägenhet i centrala Köping och har en dotter 9 år som bor hos sin mamma.")
    pdf.field_beside("Syfte med planen",
                     "Syftet är att psykiatrins och kommunens insatser samordnas så att M. kan behålla "
                     "sin lägenhet efter vårdtillfället i augusti, fortsätta med sin medicinering och "
                     "få en hållbar lösning på hyresskulden och övriga skulder.")
    pdf.field_beside("Frågeställningar inför mötet", "", min_lines=2)
    pdf.section_bar("Den enskildes mål och delaktighet")
    pdf.field_beside("Den enskildes mål (med egna ord)",
                     "”Jag vill bo kvar i min lägenhet och slippa vara rädd för brev från "
                     "Kronofogden. Och jag vill kunna ha min dotter hos mig varannan helg igen.”")
    pdf.field_beside("Den enskildes synpunkter / önskemål",
                     "M. deltog under hela mötet. Han vill ha boendestödet på förmiddagar eftersom "
                     "han sover dåligt och är trött på eftermiddagarna. Han vill inte ha fler "
                     "läkarbesök än nödvändigt men går med på depåinjektionen.")
    pdf.field_beside("Övriga aktörer",
                     "Försäkringskassan (sjukersättning). Hyresvärden. Kronofogden.")
    pdf.section_bar("Insatser och ansvar")
    cols = ["Nr", "Insats / åtgärd", "Ansvarig verksamhet", "Ansvarig funktion", "Start", "Klart / t.o.m."]
    w = [8, 62, 40, 30, 20, 20]
    rows = [
        ["1", "Depåinjektion var 14:e dag samt uppföljning av biverkningar",
         "Psykiatriska öppenvårdsmott. Köping", "Sjuksköterska", "2024-11-05", "Tillsvidare"],
        ["2", "Läkarbesök för utvärdering av medicinering och sömn",
         "Psykiatriska öppenvårdsmott. Köping", "Överläkare", "2024-12-10", "2024-12-10"],
        ["3", "Boendestöd två förmiddagar/vecka: öppna och sortera post, betala räkningar, "
              "struktur i vardagen, städning",
         "Socialpsykiatrin Köpings kommun", "Boendestödjare", "2024-11-11", "2025-05-31"],
        ["4", "Utredning av ansökan om ekonomiskt bistånd för hyresskuld, kontakt med "
              "hyresvärden om att uppsägningen skjuts upp",
         "IFO Vuxenenheten Köping", "Socialsekreterare", "2024-11-04", "2024-11-29"],
        ["5", "Krisplan upprättas tillsammans med M.: tidiga tecken, vem han ringer",
         "Psykiatriska öppenvårdsmott. Köping", "Case manager", "2024-11-15", "2024-11-15"],
        ["6", "Hjälp att ansöka om bostadstillägg och att skicka in intyg",
         "Socialpsykiatrin Köpings kommun", "Boendestödjare", "2024-11-18", "2024-12-31"],
        ["7", "Kontakt med budget- och skuldrådgivningen, genomgång av skulder hos Kronofogden",
         "Köpings kommun", "Budget- och skuldrådgivare", "", ""],
        ["8", "Somatisk hälsokontroll (blodtryck, vikt, blodfetter, blodsocker)",
         "Vårdcentralen Köping", "Distriktssköterska", "v. 3 2025", "v. 3 2025"],
        ["9", "Samtal om kontakt med dottern, ev. stöd vid umgänge",
         "IFO Vuxenenheten Köping", "Socialsekreterare", "2025-01-13", "2025-03-31"],
    ]
    pdf.table(cols, w, rows)
    pdf.section_bar("Uppföljning")
    pdf.field_beside("Uppföljning av planen",
                     "Om ca tre månader. Case manager kallar till uppföljande SIP-möte.")
    pdf.field_beside("Bilagor", "")
    pdf.field_beside("Planen upprättad av", "Lena, case manager, Psykiatriska öppenvårdsmottagningen Köping")
    pdf.output(out("da-01.pdf"))


def da02():
    """Lifecare SP print; girl 14 with school refusal and anxiety, Sala."""
    pdf = RecordPrint("Lifecare SP", "Samordnad plan – SIP   Barn och unga",
                      "2025-02-17 09:05", "Skolkurator, Elevhälsan Sala kommun",
                      "Lifecare SP  ·  Region Västmanland  ·  Sala kommun", cond=True)
    pdf.add_page()
    pdf.set_font("dv", "B", 12)
    pdf.cell(180, 7, "Samordnad individuell plan", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 8)
    pdf.cell(180, 5, "Planversion 1   Skapad 2025-02-12   Senast ändrad 2025-02-14",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    y = pdf.get_y()
    e1 = pdf.field_below("Förnamn", "Elin", x=15, w=58, keep_y=True)
    pdf.set_y(y)
    pdf.field_below("Personnummer", "ÅÅMMDD-XXXX", x=76, w=58, keep_y=True)
    pdf.set_y(y)
    pdf.field_below("Ålder", "14 år", x=137, w=58, keep_y=True)
    pdf.set_xy(15, e1 + 1.5)
    pdf.field_below("Vårdnadshavare", "Karin (mamma) och Per (pappa), gemensam vårdnad")
    y = pdf.get_y()
    e1 = pdf.field_below("Mötesdatum", "2025-02-12", x=15, w=88, keep_y=True)
    pdf.set_y(y)
    pdf.field_below("Mötesplats", "Elevhälsans lokaler, Sala", x=107, w=88, keep_y=True)
    pdf.set_xy(15, e1 + 1.5)
    pdf.field_below("Samtycke", "")
    pdf.field_below("Deltagare", "Elin, Karin, Per, Maria, Johan, Fatima, Lars", min_lines=1)
    pdf.field_below("Bakgrund",
                    "E. går i åk 8. Sedan början av höstterminen har frånvaron ökat och sedan "
                    "november har hon i princip inte varit i skolan (närvaro ca 15 % ht). Hon har "
                    "magont och panikkänslor på morgnarna. Utredning på BUP pågår sedan december, "
                    "där generaliserat ångestsyndrom och social fobi bedöms. Föräldrarna upplever att "
                    "de inte räcker till och att morgnarna blir konflikter.")
    pdf.field_below("Syfte", "Samordning skola – BUP.")
    pdf.field_below("Frågeställningar",
                    "1. Hur kan E. komma tillbaka till skolan stegvis efter sportlovet, och vilka "
                    "lektioner börjar vi med?\n"
                    "2. Vem tar kontakt med hemmet de dagar E. inte kommer till skolan?\n"
                    "3. Behöver familjen eget stöd utöver BUP, t.ex. föräldrastöd?")
    pdf.field_below("Barnets mål",
                    "Målet är att E. ska vara i skolan minst halva skoldagen efter påsklovet och "
                    "kunna äta lunch i skolan.")
    pdf.field_below("Barnets delaktighet och synpunkter",
                    "E. var med på mötet första halvtimmen tillsammans med mamma och pappa. Hon "
                    "berättade att matsalen och de stora klassrummen är det jobbigaste, och att hon "
                    "hellre vill börja med två lektioner om dagen i ett mindre rum än att vara borta helt. "
                    "Hon vill inte byta skola.")
    pdf.field_below("Pågående kontakter",
                    "BUP Sala sedan 2024-12 (utredning). Elevhälsan: skolkurator och skolsköterska. "
                    "Ingen kontakt med socialtjänsten tidigare.")
    pdf.field_below("Huvudansvarig för planen", "BUP")
    pdf.field_below("Övriga aktörer och deras åtgärder",
                    "Pappa Per kör E. till skolan på morgnarna under v. 9–12 och hämtar vid behov. "
                    "Mamma Karin håller kontakt med mentor via Schoolsoft och meddelar frånvaro före kl. 8.")
    cols = ["Insats", "Utförare (verksamhet)", "Ansvarig funktion", "Fr.o.m.", "T.o.m."]
    w = [66, 44, 30, 20, 20]
    rows = [
        ["KBT-behandling för ångest, 12 sessioner, exponering för skolsituationer",
         "BUP Sala", "Psykolog", "2025-02-24", "2025-05-30"],
        ["Läkarbedömning avseende sömn och ev. läkemedel", "BUP Sala", "Läkare",
         "2025-03-12", "2025-03-12"],
        ["Anpassat schema: två lektioner/dag i mindre grupprum, utökas stegvis",
         "Sala högstadieskola", "Rektor", "2025-02-24", "2025-04-04"],
        ["Stödsamtal varje vecka, uppföljning av närvaro", "Elevhälsan Sala kommun",
         "Skolkurator", "2025-02-25", "2025-06-13"],
        ["Hemuppgifter via lärplattform de dagar E. inte är på plats",
         "Sala högstadieskola", "Mentor", "2025-02-24", "2025-06-13"],
        ["Föräldrastöd i grupp (Föräldraskap i svåra situationer)", "Familjecentrum, IFO Sala",
         "Familjebehandlare", "2025-03-05", "2025-04-30"],
    ]
    pdf.table(cols, w, rows)
    pdf.field_below("Uppföljning", "Uppföljande SIP-möte 2025-04-08 kl. 13.30 på skolan.")
    pdf.field_below("Övrigt", "")
    pdf.output(out("da-02.pdf"))


def da03():
    """Prator SIP print; young man 19 with substance use, Västerås. Sparse plan."""
    pdf = RecordPrint("Prator SIP-modul 3.1", "SIP – samordnad individuell plan",
                      "2024-12-02 16:47", "Socialsekreterare, Beroendeenheten IFO Västerås",
                      "Västerås stad  ·  Region Västmanland")
    pdf.add_page()
    pdf.set_font("dv", "B", 11)
    pdf.cell(180, 7, "Samordnad individuell plan (SIP)", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.section_bar("1  Uppgifter om den enskilde")
    pdf.field_pair([("Namn", "Jonatan (J.)", 20, 70), ("Personnr", "XXXXXX-XXXX", 22, 68)])
    pdf.field_pair([("Kommun", "Västerås", 20, 70), ("Ålder", "19", 22, 68)])
    pdf.field_beside("Legal företrädare", "")
    pdf.field_beside("Kontaktuppgifter", "Via socialsekreterare")
    pdf.section_bar("2  Mötet")
    pdf.field_pair([("Datum", "2024-11-27", 20, 70), ("Tid", "10.00–11.15", 22, 68)])
    pdf.field_beside("Plats", "Beroendeenheten, Västerås stad")
    pdf.field_beside("Den enskilde närvarande", "Ja")
    pdf.field_beside("Deltagare",
                     "J.\n"
                     "Linda, socialsekreterare, Beroendeenheten IFO Västerås stad\n"
                     "Erik, sjuksköterska, Beroendemottagningen Västerås, Region Västmanland\n"
                     "Hanna, arbetsförmedlare, Arbetsförmedlingen Västerås\n"
                     "Mamma (L.)")
    pdf.field_beside("Samtycke", "Samtycke finns.")
    pdf.section_bar("3  Planens innehåll")
    pdf.field_beside("Bakgrund",
                     "J. använder cannabis dagligen sedan ca två år, periodvis även tabletter. Han "
                     "har avbrutit gymnasiet och bor hos sin mamma. Remitterad till "
                     "Beroendemottagningen i oktober, har varit på två av fyra bokade besök.")
    pdf.field_beside("Syfte med SIP", "", min_lines=2)
    pdf.field_beside("Frågeställningar", "Diskutera läget.")
    pdf.field_beside("Den enskildes mål", "", min_lines=2)
    pdf.field_beside("Den enskildes synpunkter", "", min_lines=2)
    pdf.field_beside("Tidigare insatser", "", min_lines=2)
    pdf.field_beside("Riskbedömning", "", min_lines=2)
    pdf.field_beside("Huvudansvarig", "")
    pdf.field_beside("Samordnare", "")
    pdf.field_beside("Andra aktörer och deras åtgärder",
                     "Arbetsförmedlingen: J. är inskriven sedan oktober. Arbetsförmedlaren (Hanna) "
                     "bokar ett planeringsmöte med J. i december om förberedande insatser inför "
                     "studier/arbete.\n"
                     "Mamma (L.) väcker J. och skjutsar honom till besöken på Beroendemottagningen.")
    pdf.section_bar("4  Insatser")
    pdf.ln(6)
    cols = ["Insats", "Huvudman", "Ansvarig enhet/funktion", "Start", "Slut"]
    w = [70, 28, 42, 20, 20]
    rows = [
        ["Fortsatt kontakt.", "", "", "", ""],
        ["Stöd vid behov.", "", "", "", ""],
        ["Motivationsarbete.", "", "", "", ""],
    ]
    pdf.bottom = 297 - 18
    # leave room so that the table starts near the end of page 1
    pdf.set_y(pdf.bottom - 19)
    pdf.table(cols, w, rows)
    pdf.section_bar("5  Uppföljning")
    pdf.field_beside("Datum för uppföljning", "")
    pdf.field_beside("Ansvarig för kallelse", "")
    pdf.section_bar("6  Signering")
    pdf.field_pair([("Upprättad av", "Linda, socialsekreterare", 26, 64), ("Datum", "2024-12-02", 20, 70)])
    pdf.output(out("da-03.pdf"))


# ==========================================================================
# 2. Record-system text exports (.txt)
# ==========================================================================

def da04():
    """Text export, UTF-8 LF; man 24 with autism (LSS), Arboga."""
    W = 78
    L = []
    L.append("OMSORGSJOURNALEN 7.4 | Utskrift SIP | Arboga kommun | Utskriftsdatum 2025-01-20 10:41 | Sida 1")
    L.append("=" * W)
    L.append("SAMORDNAD INDIVIDUELL PLAN (SIP)")
    L.append("")
    f = [
        ("Namn", "Oskar (O.)"),
        ("Personnummer", "XXXXXX-XXXX"),
        ("Ärendenummer", "LSS-2024-1123"),
        ("Dokumenttyp", "SIP, första planen"),
        ("Mötesdatum", "2025-01-15 kl. 09.00-10.30"),
        ("Mötesplats", "Biståndsenheten, Arboga kommun"),
        ("Närvarande (funktion)", "LSS-handläggare, enhetschef, arbetsterapeut, psykolog, boendestödjare"),
        ("Samtycke till samverkan och informationsutbyte",
         "Skriftligt samtycke, blanketten Samtycke SIP undertecknad av O. 2025-01-08. Giltigt ett år."),
        ("Huvudansvarig/samordnare för planen", ""),
    ]
    for a, b in f:
        L.append(label_lines(a, b, lw=28, width=W))
    L.append("")
    L.append("-" * W)
    f = [
        ("Bakgrund",
         "O. är 24 år och har autism och lindrig intellektuell funktionsnedsättning (personkrets 1 "
         "LSS). Han bor i en hyreslägenhet i Arboga med boendestöd tre gånger i veckan och har "
         "daglig verksamhet. Under hösten har O. haft mer ångest, sover dåligt och har varit "
         "hemma från daglig verksamhet ungefär en dag i veckan. Han har ansökt om bostad med "
         "särskild service (servicebostad) enligt 9 § 9 LSS."),
        ("Syfte med den samordnade planen",
         "Planen ska samordna kommunens LSS-insatser med habiliteringens och psykiatrins stöd "
         "inför O:s flytt till servicebostad under våren 2025, så att flytten inte leder till "
         "ökad ångest och avbrott i den dagliga verksamheten."),
        ("Frågeställningar inför mötet",
         "1) Kan daglig verksamhet erbjuda en lugnare arbetsplats och lunch utanför den stora "
         "matsalen? 2) Hur ska flytten till servicebostad förberedas så att O. får tid och "
         "bildstöd? 3) Vem följer upp sömnen och om läkemedel behövs?"),
        ("Den enskildes mål",
         "Målet är att O. ska kunna bo i en servicebostad och fortsätta på daglig verksamhet "
         "fyra dagar i veckan."),
    ]
    for a, b in f:
        L.append(label_lines(a, b, lw=28, width=W))
        L.append("")
    L.append("-" * W)
    L.append("PLANERADE INSATSER")
    L.append("")
    cols = ["Insats", "Ansvarig verksamhet", "Funktion", "Start", "Klart"]
    widths = [26, 19, 12, 10, 10]
    rows = [
        ["Utredning av ansökan om bostad med särskild service, 9 § 9 LSS",
         "Biståndsenheten LSS Arboga", "LSS-handl.", "2025-01-20", "2025-03-14"],
        ["Daglig verksamhet 4 dgr/v, arbetsuppgift i verkstaden, lunch i mindre rum",
         "Daglig verksamhet Arboga", "Enhetschef", "2025-01-27", "2025-06-30"],
        ["Kartläggning av sensoriska behov, förslag på anpassningar i nuvarande och ny bostad",
         "Vuxenhabiliteringen Västerås", "Arbetster.", "2025-02-03", "2025-03-31"],
        ["Anpassad KBT med fokus på ångest, 8 samtal, bildstöd inför flytten",
         "Vuxenhabiliteringen Västerås", "Psykolog", "2025-02-10", "2025-05-30"],
        ["Läkemedelsgenomgång avseende sömn",
         "Vuxenpsykiatrin Köping", "Läkare", "2025-02-18", "2025-02-18"],
        ["Boendestöd 3 ggr/v fram till flytt, därefter överlämning till personal i servicebostaden",
         "Boendestödet Arboga kommun", "Boende-stödjare", "2025-01-20", "Vid flytt"],
    ]
    L.append(fixed_table(cols, widths, rows))
    L.append("")
    L.append("-" * W)
    L.append(label_lines("Uppföljning", "v. 17 2025", lw=28, width=W))
    L.append(label_lines("Planen upprättad av", "LSS-handläggare, Biståndsenheten Arboga kommun",
                         lw=28, width=W))
    L.append(label_lines("Senast ändrad", "2025-01-20 10:38", lw=28, width=W))
    L.append("")
    L.append("*** Slut på utskrift ***")
    write_text("da-04.txt", "\n".join(L))


def da05():
    """Text export, Windows-1252 + CRLF; woman 84 with dementia and depression, Fagersta."""
    W = 76
    L = []
    L.append("VIVA Omsorg - Journalexport   Utskrift 2025-03-11 08:57   Användare: SSK hemsjukvården")
    L.append("-" * W)
    L.append("Dokument: Samordnad individuell plan (SIP)      Enhet: Hemsjukvården Fagersta")
    L.append("-" * W)
    L.append("")
    f = [
        ("Brukare", "Gunvor (G.), 84 år"),
        ("Personnummer", "ÅÅMMDD-XXXX"),
        ("Datum för SIP-möte", "2025-03-06"),
        ("Plats", "I brukarens hem, Fagersta"),
        ("Anledning till SIP / aktuell situation",
         "G. har måttlig Alzheimers sjukdom (diagnos 2023) och nedstämdhet. Bor ensam i "
         "lägenhet. Hon har vid flera tillfällen gått ut sent på kvällen och inte hittat hem, "
         "glömmer att äta och tar inte sina läkemedel som ordinerat. Hemtjänst två gånger per "
         "dag sedan 2024."),
        ("Syfte", "Gemensam planering."),
        ("Frågeställningar", ""),
        ("Brukarens delaktighet", "Brukaren deltog i mötet som hölls i hennes hem."),
        ("Samtycke till samordnad individuell plan",
         "Muntligt samtycke inhämtat av biståndshandläggare vid hembesök 2025-02-27, "
         "dokumenterat i akt."),
        ("Huvudansvar för planen", "Kommunen"),
    ]
    for a, b in f:
        L.append(label_lines(a, b, lw=24, width=W))
    L.append("")
    L.append("INSATSER")
    cols = ["Insats", "Utförare", "Ansvarig", "Start", "Slut"]
    widths = [22, 17, 12, 10, 12]
    rows = [
        ["Hemtjänst 4 ggr/dag (frukost, lunch, middag, kvällstillsyn), påminnelse om mat och dryck",
         "Hemtjänst Fagersta centrum", "Kontaktman", "2025-03-10", "tills vidare"],
        ["Läkemedelshantering: dosett, hemtjänst överlämnar kvällsdos",
         "Hemsjukvården Fagersta", "Sjuksköt.", "2025-03-10", "tills vidare"],
        ["Dagverksamhet för personer med demenssjukdom 2 dgr/v",
         "Dagverksamheten Fagersta", "Bistånds-handläggare", "2025-03-17", "2025-09-30"],
        ["Trygghetslarm med GPS-funktion", "Larmgruppen Fagersta kommun",
         "Bistånds-handläggare", "2025-03-12", "tills vidare"],
        ["Uppföljning av nedstämdhet och antidepressiv behandling", "Vårdcentralen Fagersta",
         "Distrikts-läkare", "v. 13", "v. 13"],
        ["Fördjupad demensutredning / bedömning av progress", "Regionen", "", "", ""],
    ]
    L.append(fixed_table(cols, widths, rows))
    L.append("")
    L.append(label_lines("Uppföljning av planen", "Vid behov, senast i höst.", lw=24, width=W))
    L.append(label_lines("Signerad av", "Sjuksköterska, Hemsjukvården Fagersta 2025-03-07", lw=24, width=W))
    L.append("")
    L.append("Utskriften innehåller 1 dokument.")
    write_text("da-05.txt", "\n".join(L), encoding="cp1252", crlf=True)


def da06():
    """Text export, UTF-8 + CRLF; woman 45 with exhaustion/depression on sick leave, Hallstahammar."""
    W = 78
    L = []
    L.append("SAMVERKAN VM | SIP-utskrift | 2025-05-06 11:03 | Sida 1 av 1 | Utskriven av: rehabkoordinator VC Hallstahammar")
    L.append("")
    L.append("SAMORDNAD INDIVIDUELL PLAN")
    L.append("")
    f = [
        ("Patient/klient", "Annika (A.)"),
        ("Personnr", "XXXXXX-XXXX"),
        ("Planens status", "Upprättad"),
        ("Datum för möte", "2025-05-05"),
        ("Mötesform", "Fysiskt på Vårdcentralen Hallstahammar, FK deltog per telefon"),
        ("Deltagare",
         "A. själv; Johanna, rehabkoordinator, Vårdcentralen Hallstahammar; Peter, "
         "socialsekreterare, IFO Vuxenenheten Hallstahammars kommun; Mira, arbetskonsulent, "
         "Arbetsmarknadsenheten Hallstahammars kommun; Olle, handläggare, Försäkringskassan"),
        ("Bakgrund och nuvarande situation",
         "A. är 45 år och har varit sjukskriven på heltid sedan september 2024 för "
         "utmattningssyndrom och medelsvår depression. Anställningen som lagerarbetare "
         "upphörde i mars 2025. FK har ifrågasatt fortsatt sjukpenning från dag 181 och A. "
         "har sökt ekonomiskt bistånd i väntan på beslut. Hon sover bättre sedan april men "
         "orkar fortfarande lite, har svårt med koncentration och undviker att gå utanför "
         "bostaden."),
        ("Syfte med SIP",
         "Syftet är att A. ska få en samlad plan för att komma tillbaka till arbete, där "
         "vårdcentralens behandling, kommunens arbetsträning och FK:s och AF:s insatser går "
         "i samma riktning, och att hon inte blir utan försörjning medan sjukpenningen prövas."),
        ("Frågor till mötet", "Gå igenom läget."),
        ("Den enskildes mål med egna ord",
         "”Jag vill orka jobba igen, kanske halvtid till att börja med. Och jag vill slippa "
         "söka försörjningsstöd varje månad.”"),
        ("Den enskildes delaktighet och önskemål",
         "A. deltog under hela mötet och hade förberett sig tillsammans med rehabkoordinatorn. "
         "Hon önskar att arbetsträningen blir utomhus eller med djur om det går, och att den "
         "inte börjar före kl. 9."),
    ]
    for a, b in f:
        L.append(label_lines(a, b, lw=24, width=W))
        L.append("")
    L.append("INSATSER OCH ANSVAR")
    cols = ["Insats/åtgärd", "Vem (verksamhet)", "Funktion", "Från", "Till"]
    widths = [21, 19, 16, 10, 10]
    rows = [
        ["KBT-behandling för depression, 10 samtal", "Vårdcentralen Hallstahammar",
         "Psykolog", "2025-05-13", "2025-08-29"],
        ["Läkarbesök: sjukskrivning, utvärdering av medicinering", "Vårdcentralen Hallstahammar",
         "Distriktsläkare", "2025-05-20", "2025-05-20"],
        ["Rehabkoordinering, kontakt med FK och arbetskonsulent", "Vårdcentralen Hallstahammar",
         "Rehabkoordinator", "", ""],
        ["Arbetsträning 25 % (4 tim x 2 dgr/v), plats i kommunens trädgårds-grupp",
         "AME Hallstahammar", "Arbetskonsulent", "2025-06-02", "2025-08-29"],
        ["Ekonomiskt bistånd under tiden FK utreder", "IFO Vuxenenheten Hallstahammar",
         "Socialsekr.", "2025-05-06", "2025-07-31"],
    ]
    L.append(fixed_table(cols, widths, rows))
    L.append("")
    L.append("ANDRA AKTÖRER")
    rows = [
        ["Avstämningsmöte och beslut om rätten till sjukpenning efter dag 180", "Försäkringskassan",
         "Handläggare", "2025-05-27", "2025-06-13"],
        ["Inskrivning och planering av förberedande insats efter arbetsträningen",
         "Arbetsförmedlingen", "Arbetsförmedlare", "2025-08-18", "2025-09-30"],
        ["Daglig promenad och aktivitetsdagbok som tas med till psykologen", "A. själv", "-",
         "2025-05-06", "löpande"],
    ]
    L.append(fixed_table(cols, widths, rows))
    L.append("")
    L.append(label_lines("Planen dokumenterad av", "Johanna, rehabkoordinator, Vårdcentralen Hallstahammar",
                         lw=24, width=W))
    L.append("")
    L.append("--- Slut på dokument ---")
    write_text("da-06.txt", "\n".join(L), encoding="utf-8", crlf=True)


# ==========================================================================
# 3. SIP vid utskrivning (discharge planning)
# ==========================================================================

def da07():
    """SIP vid utskrivning (.docx, Heading styles); man 86 after hip fracture, Kungsör."""
    d = new_doc("Calibri", 11, "Sjuksköterska Ortopedavd 2")
    s = d.sections[0]
    header_text(s, "Region Västmanland · Kungsörs kommun", "Samverkan vid utskrivning")
    footer_text(s, "SIP vid utskrivning – Gösta (G.) – upprättad 2024-09-12")
    h = d.add_heading("Samordnad individuell plan vid utskrivning", level=0)
    para(d, "enligt lagen (2017:612) om samverkan vid utskrivning från sluten hälso- och sjukvård",
         italic=True, size=10, after=10)

    d.add_heading("Patient och vårdtillfälle", level=1)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [("Namn", "Gösta (G.)"), ("Personnummer", "ÅÅMMDD-XXXX"),
                 ("Folkbokförd", "Kungsörs kommun"),
                 ("Vårdande enhet", "Ortopedavdelning 2, Västmanlands sjukhus Västerås"),
                 ("Inskrivningsdatum", "2024-09-08"),
                 ("Inskrivningsmeddelande skickat", "2024-09-09 kl. 08.40"),
                 ("Planeringsmöte (SIP)", "2024-09-12, via videolänk")]:
        c = t.add_row().cells
        cell_text(c[0], a, bold=True)
        shade(c[0], "EDEDED")
        cell_text(c[1], b)
    set_widths(t, [5.5, 11])

    d.add_heading("Utskrivningsklar", level=1)
    para(d, "Patienten bedöms utskrivningsklar 2024-09-16 (bedömning av ansvarig läkare "
            "ortopedavdelning 2). Planerad hemgång 2024-09-17 med sjukresa (liggande ej nödvändigt).")

    d.add_heading("Fast vårdkontakt och samordningsansvar", level=1)
    label_para(d, "Fast vårdkontakt i slutenvården:", "Emma, sjuksköterska, Ortopedavdelning 2.")
    label_para(d, "Fast vårdkontakt i den öppna vården:", "Maja, distriktssköterska, Vårdcentralen Kungsör.")
    label_para(d, "Samordningsansvarig efter utskrivning:",
               "Maja, distriktssköterska, Vårdcentralen Kungsör, ansvarar för att planen hålls "
               "ihop efter hemgång och är kontaktperson för kommunens verksamheter.")

    d.add_heading("Syfte med planeringen", level=1)
    para(d, "Planeringen ska ge G. en trygg hemgång till sitt hus i Kungsör efter operationen för "
            "höftfraktur, så att hemtjänst, hemsjukvård och hemrehabilitering finns på plats från "
            "första dagen och så att en ny fallolycka kan förebyggas.")

    d.add_heading("Patientens situation och behov efter utskrivning", level=1)
    para(d, "G. är 86 år, änkeman sedan 2022 och bor ensam i eget hus med sovrum på "
            "bottenvåningen. Han föll i hallen 2024-09-07 och opererades 2024-09-09 med "
            "halvprotes i vänster höft. Får belasta fullt. Går i dag med gåbord korta sträckor "
            "på avdelningen. Behöver hjälp med nedre hygien, på- och avklädning och "
            "stödstrumpor. Lätt kognitiv svikt enligt avdelningen, klarar att larma. "
            "Läkemedel: Fragmin 5000 E s.c. 1 gång dagligen i 4 veckor efter operation, "
            "Alvedon och Oxynorm vid behov. Agraffer tas dag 14.")

    d.add_heading("Mål", level=1)
    para(d, "Målet är att G. ska kunna gå med rollator inomhus och klara sin personliga "
            "hygien med visst stöd inom sex veckor efter hemgång.")

    d.add_heading("Patientens delaktighet", level=1)
    para(d, "G. deltog i planeringsmötet via videolänk från avdelningen tillsammans med sin "
            "fasta vårdkontakt Emma.")

    d.add_heading("Samtycke", level=1)
    para(d, "G. har 2024-09-10 muntligt samtyckt till att en samordnad individuell plan "
            "upprättas och till att information lämnas mellan slutenvården, Vårdcentralen "
            "Kungsör och Kungsörs kommun. Samtycket är dokumenterat i journalen av "
            "sjuksköterska Emma.")

    d.add_heading("Planerade insatser efter utskrivning", level=1)
    rows = [
        ["Hemtjänst morgon och kväll: personlig hygien, på-/avklädning, stödstrumpor. "
         "Matdistribution lunch. Inköp 1 ggr/v.",
         "Hemtjänst Kungsör södra", "Biståndshandläggare (beslut), gruppledare (planering)",
         "2024-09-17", "2024-10-31"],
        ["Trygghetslarm installeras före hemkomst", "Biståndsenheten Kungsör",
         "Biståndshandläggare", "2024-09-16", "Tills vidare"],
        ["Fragmin-injektion dagligen, smärtskattning, borttagning av agraffer 2024-09-23",
         "Hemsjukvården Kungsör", "Sjuksköterska", "2024-09-17", "2024-10-07"],
        ["Hemrehabilitering: gång- och balansträning, utprovning av rollator, "
         "toalettförhöjning och duschpall", "Rehabenheten Kungsörs kommun",
         "Fysioterapeut och arbetsterapeut", "2024-09-18", "2024-10-31"],
        ["Läkemedelsgenomgång, kontroll av Hb och smärtlindring", "Vårdcentralen Kungsör",
         "Distriktsläkare", "2024-09-26", "2024-09-26"],
        ["Återbesök med röntgen 6 veckor postoperativt", "Ortopedmottagningen Västerås",
         "Ortoped", "2024-10-21", "2024-10-21"],
    ]
    grid_table(d, ["Insats", "Utförare", "Ansvarig funktion", "Start", "Slut"], rows,
               widths=[5.6, 3.2, 3.2, 2.3, 2.3], size=9.5)

    d.add_heading("Deltagare i planeringen", level=1)
    bullets(d, ["Gösta (G.), patient (via videolänk från avdelningen)",
                "Emma, sjuksköterska, Ortopedavdelning 2, Västmanlands sjukhus Västerås",
                "Karim, läkare, Ortopedavdelning 2, Västmanlands sjukhus Västerås",
                "Maja, distriktssköterska, Vårdcentralen Kungsör",
                "Ulrika, biståndshandläggare, Biståndsenheten Kungsörs kommun",
                "Tove, sjuksköterska, Hemsjukvården Kungsör",
                "Linn, arbetsterapeut, Rehabenheten Kungsörs kommun"])
    para(d, "Planen upprättad 2024-09-12 av Emma, sjuksköterska, Ortopedavdelning 2.",
         italic=True, size=9, before=8)
    save_docx(d, "da-07.docx")


def da08():
    """SIP vid utskrivning (.docx, bold paragraphs, no Heading styles); man 35 with bipolar
    disorder after psychiatric inpatient care, Surahammar."""
    d = new_doc("Arial", 10, "Avd 63 psykiatri")
    s = d.sections[0]
    header_text(s, "Psykiatri Västmanland – Heldygnsvård avd 63", "Utskrivningsplanering", size=8)
    p = para(d, "Planering inför utskrivning från psykiatrisk heldygnsvård", bold=True, size=14, after=2)
    para(d, "Samordnad individuell plan (SIP) – lagen om samverkan vid utskrivning från sluten "
            "hälso- och sjukvård", size=9, italic=True, after=10)

    t = d.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    vals = [("Patient", "Daniel (D.)", "Personnr", "XXXXXX-XXXX"),
            ("Inskriven", "2025-03-18 (LPT, övergått till frivillig vård 2025-03-28)",
             "Hemkommun", "Surahammar"),
            ("Utskrivningsklar", "2025-04-09", "Planeringsmöte", "2025-04-03, avd 63")]
    for r, v in zip(t.rows, vals):
        cell_text(r.cells[0], v[0], bold=True, size=9)
        cell_text(r.cells[1], v[1], size=9)
        cell_text(r.cells[2], v[2], bold=True, size=9)
        cell_text(r.cells[3], v[3], size=9)
        shade(r.cells[0], "F2F2F2")
        shade(r.cells[2], "F2F2F2")
    set_widths(t, [3.0, 7.0, 3.0, 3.6])
    para(d, "")

    def H(x):
        para(d, x, bold=True, size=11, before=8, after=2)

    H("Syfte")
    para(d, "Trygg utskrivning.")
    H("Vårdförlopp och behov efter utskrivning")
    para(d, "D. är 35 år och har bipolär sjukdom typ 1. Han lades in i manisk fas efter att ha "
            "slutat med litium i januari. Under vårdtiden har litium återinsatts och stämningsläget "
            "stabiliserats. Han bor ensam i hyreslägenhet i Surahammar. Under vårdtiden har en "
            "hyresskuld uppstått (två månader). Han har arbetat 75 % på en bilverkstad och är nu "
            "sjukskriven. Behov efter utskrivning: stöd med läkemedel och provtagning, struktur i "
            "vardagen och hjälp att lösa hyresskulden.")
    H("Frågor inför utskrivningen")
    bullets(d, ["Vem stöttar D. med läkemedelshanteringen (dosett) de första veckorna hemma?",
                "Kan boendestödet starta redan före utskrivningsdagen, så att D. hinner träffa "
                "boendestödjaren på avdelningen?",
                "Hur ska hyresskulden hanteras så att D. inte riskerar att bli uppsagd?"])
    H("Patientens egna mål")
    para(d, "Sagt till kontaktsjuksköterskan på avdelningen 2025-04-02: ”Jag vill hem till min "
            "lägenhet och tillbaka till jobbet på verkstaden så fort det går. Jag vill inte bli "
            "inlagd igen.”")
    H("Patientens medverkan")
    para(d, "Patienten deltog inte i mötet.")
    H("Samtycke")
    para(d, "Samtycke till SIP finns.")
    H("Fast vårdkontakt")
    para(d, "Slutenvård: Sofia (kontaktsjuksköterska avd 63). Öppenvård: Petra (kontaktsjuksköterska).")
    H("Planerade insatser efter hemgång")
    rows = [
        ["Provtagning s-litium en vecka efter utskrivning, därefter enligt ordination",
         "Allmänpsykiatriska mottagningen Hallstahammar", "Sjuksköterska", "2025-04-16"],
        ["Läkarbesök, uppföljning av medicinering och sjukskrivning",
         "Allmänpsykiatriska mottagningen Hallstahammar", "Läkare", "v. 17"],
        ["Boendestöd två gånger per vecka: dosett, struktur, post", "Kommunen", "", "2025-04-10"],
        ["Utredning av ekonomiskt bistånd för hyresskuld, kontakt med hyresvärden",
         "IFO Surahammar", "Socialsekreterare", ""],
        ["Hembesök av kontaktsjuksköterska dagen efter utskrivning",
         "Allmänpsykiatriska mottagningen Hallstahammar", "Kontaktsjuksköterska", "2025-04-10"],
    ]
    grid_table(d, ["Insats", "Verksamhet", "Ansvarig", "När"], rows,
               widths=[6.6, 4.8, 3.0, 2.2], size=9, head_fill="DCE6F1")
    H("Övrigt")
    para(d, "D. har god man sedan 2023. Arbetsgivaren är informerad om sjukskrivningen.")
    H("Samordningsansvar")
    para(d, "Psykiatrin.")
    H("Uppföljning efter utskrivning")
    para(d, "Uppföljande SIP-möte ca 4 veckor efter utskrivning.")
    H("Närvarande vid planeringsmötet")
    para(d, "Sofia, Anders, Petra, Nils (via Teams)")
    para(d, "Dokumenterat av Sofia 2025-04-03", size=8, italic=True, before=10)
    save_docx(d, "da-08.docx")


def da09():
    """SIP vid utskrivning printed to PDF via LibreOffice; woman 82 with heart failure
    and COPD, Norberg. Bare-bones form."""
    d = new_doc("Liberation Sans", 10, "Medicinavdelning 2")
    s = d.sections[0]
    header_text(s, "Region Västmanland – Medicinkliniken Köping, avdelning 2",
                "Utskrift 2025-03-05", size=8)
    footer_text(s, "Blankett MK-U12  Plan för insatser efter utskrivning  v. 2.3")
    para(d, "PLAN FÖR INSATSER EFTER UTSKRIVNING", bold=True, size=13, after=0)
    para(d, "Samordnad individuell plan vid utskrivning från slutenvård (SIP vid utskrivning)",
         size=9, after=8)

    def form_table(rows, widths=(5.0, 11.6)):
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for a, b in rows:
            c = t.add_row().cells
            cell_text(c[0], a, bold=True, size=9)
            shade(c[0], "E7E6E6")
            cell_text(c[1], b, size=9.5)
        set_widths(t, list(widths))
        para(d, "", after=2)

    para(d, "Patient", bold=True, size=10.5, after=2)
    form_table([("Namn", "Ingrid (I.)"), ("Personnummer", "ÅÅMMDD-XXXX"),
                ("Hemkommun", "Norberg"), ("Boende", "Egen lägenhet, hiss finns")])
    para(d, "Vårdtillfälle", bold=True, size=10.5, after=2)
    form_table([("Inskrivningsdatum", "2025-02-27"),
                ("Orsak till inskrivning", "Försämrad hjärtsvikt med vätskeansamling, samtidig "
                 "KOL-exacerbation. Behandlad med i.v. diuretika och kortison."),
                ("Utskrivningsklar datum", "2025-03-06"),
                ("Planerad hemgång", "2025-03-06 eftermiddag, sjukresa beställd")])
    para(d, "Fast vårdkontakt / samordningsansvar", bold=True, size=10.5, after=2)
    form_table([("Fast vårdkontakt i slutenvården", "Sjuksköterska, avdelning 2"),
                ("Fast vårdkontakt i öppenvården och samordningsansvarig",
                 "Helena, distriktssköterska, Vårdcentralen Norberg"),
                ("Samtycke till informationsöverföring och SIP",
                 "Ja. Muntligt samtycke från patienten 2025-03-03, inhämtat av sjuksköterska "
                 "på avdelning 2 och journalfört.")])
    para(d, "Planerade insatser efter utskrivning", bold=True, size=10.5, after=2)
    rows = [
        ["Hemtjänst", "Hjälp med dusch 2 ggr/v, städning, inköp. Tillsyn morgon och kväll.",
         "Hemtjänst Norberg", "Biståndshandläggare", "2025-03-06"],
        ["Hemsjukvård", "Daglig vikt första två veckorna, kontakt med VC vid viktökning >2 kg "
         "på 3 dagar. Hemsjukvården delar dosett varannan vecka.",
         "Hemsjukvården Norberg", "Sjuksköterska", "2025-03-07"],
        ["Rehabilitering", "Bedömning av hjälpmedel (rollator, duschstol) i hemmet, "
         "energibesparande arbetssätt", "Rehabenheten Norbergs kommun", "Arbetsterapeut", ""],
        ["Vårdcentral", "Återbesök hjärtsviktsmottagning, justering av diuretika, "
         "kontroll av elektrolyter", "Vårdcentralen Norberg", "Hjärtsviktssköterska",
         "2025-03-20"],
        ["Vårdcentral", "Uppföljning KOL, ny inhalationsteknik", "Vårdcentralen Norberg",
         "Astma/KOL-sjuksköterska", "2025-04-03"],
    ]
    grid_table(d, ["Område", "Insats", "Utförare", "Ansvarig", "Start"], rows,
               widths=[2.6, 5.3, 3.1, 3.4, 2.2], size=9, head_fill="E7E6E6")
    para(d, "")
    para(d, "Deltagare vid planeringen (Lifecare, videomöte 2025-03-04)", bold=True, size=10.5, after=2)
    para(d, "Sjuksköterska, läkare, biståndshandläggare, distriktssköterska", after=8)
    para(d, "Ifylld av: sjuksköterska avd 2          Datum: 2025-03-05", size=9)
    docx_to_pdf(d, "da-09.pdf")


# ==========================================================================
# 4. Numbered headings written as text
# ==========================================================================

def numhead(d, text, size=12, before=10):
    return para(d, text, bold=True, size=size, before=before, after=3)


def da10():
    """Numbered headings (.docx); boy 9 with ADHD, school + BUP + IFO family treatment, Köping."""
    d = new_doc("Calibri", 11, "Skolkurator")
    s = d.sections[0]
    header_text(s, "Köpings kommun · Barn- och utbildningsförvaltningen", "SIP – barn och unga", size=8)
    footer_text(s, "Sekretess enligt OSL – förvaras i elevakt", size=8)
    para(d, "Samordnad individuell plan (SIP)", bold=True, size=18, after=2)
    para(d, "Barn: Liam (L.), 9 år, åk 3        Personnummer: ÅÅMMDD-XXXX", size=10, after=0)
    para(d, "Vårdnadshavare: Sara (mamma) och Ali (pappa)", size=10, after=0)
    para(d, "Mötesdatum: 2025-02-18 kl. 14.00–15.30, Kristinaskolan, Köping", size=10, after=6)

    numhead(d, "1. Bakgrund")
    para(d, "L. fick diagnosen ADHD i september 2024 efter utredning på BUP Västerås och har sedan "
            "november metylfenidat, som fortfarande titreras. I skolan har han svårt att komma "
            "igång med uppgifter och hamnar ofta i konflikter på rasterna, vid två tillfällen "
            "har det slutat i slagsmål. Hemma blir det utbrott vid läggning och på morgnarna. "
            "Socialtjänsten (IFO Barn och familj) beviljade i januari familjebehandling efter "
            "föräldrarnas egen ansökan. Föräldrarna upplever att skola, BUP och "
            "familjebehandlaren ger olika råd.")
    numhead(d, "2. Syfte med SIP")
    para(d, "Syftet med SIP är att skolan, BUP och socialtjänstens familjebehandling ska arbeta "
            "mot samma mål och ge L. och föräldrarna samma strategier hemma och i skolan, så att "
            "utbrotten minskar och L. kan gå kvar i sin klass.")
    numhead(d, "3. Frågeställningar")
    bullets(d, ["Hur fungerar medicineringen under skoldagen, och behöver dosen ses över före lunch?",
                "Kan L. få en vuxen med sig på rasterna under våren?",
                "Hur samordnar vi belöningssystemet så att det är samma hemma och i skolan?"])
    numhead(d, "4. Mål")
    para(d, "Målet är att L. ska klara rasterna utan slagsmål och att utbrotten hemma på kvällarna "
            "ska bli färre.")
    numhead(d, "5. Barnets och vårdnadshavarnas delaktighet")
    para(d, "L. var med den första halvtimmen tillsammans med mamma och pappa och ritade under "
            "tiden. Han sa att det är jobbigt när det är rörigt i klassrummet och när ”alla pratar "
            "samtidigt”, och att det bästa med skolan är fritids och fotbollen på lunchrasten. "
            "Föräldrarna önskar att skolan hör av sig samma dag när något har hänt, inte i "
            "veckobrevet.")
    numhead(d, "6. Insatser")
    rows = [
        ["Uppföljning av medicinering, ev. dosjustering. Skattning från skola och hem inför besöket",
         "BUP Västerås", "Läkare", "2025-03-04", "2025-03-04"],
        ["Vuxenstöd på rasterna (förmiddag och lunch), strukturerade rastaktiviteter",
         "Kristinaskolan", "Rektor (fördelar resurs)", "2025-02-24", "2025-06-13"],
        ["Anpassningar i klassrummet: bildschema, hörselkåpor, egen arbetsplats",
         "Kristinaskolan", "Klasslärare", "2025-02-24", "2025-06-13"],
        ["Familjebehandling varannan vecka i hemmet med fokus på kvällsrutiner och "
         "gemensamt belöningssystem", "IFO Barn och familj, Köpings kommun",
         "Familjebehandlare", "2025-02-20", "2025-06-30"],
        ["Föräldrautbildning om ADHD (4 träffar)", "BUP Västerås", "Kurator",
         "2025-03-12", "2025-04-02"],
        ["Samtal med L. om känslor och konflikter, varannan vecka", "Elevhälsan Kristinaskolan",
         "Skolkurator", "2025-02-25", "2025-06-10"],
    ]
    grid_table(d, ["Insats", "Verksamhet", "Ansvarig", "Start", "Slut"], rows,
               widths=[5.8, 3.6, 2.6, 2.3, 2.3], size=9.5)
    numhead(d, "7. Övriga aktörer")
    para(d, "Farmor finns som stöd i familjen.")
    numhead(d, "8. Huvudansvar för planen")
    para(d, "Skolan.")
    numhead(d, "9. Samtycke")
    para(d, "Vårdnadshavarna har samtyckt till SIP.")
    numhead(d, "10. Uppföljning")
    para(d, "Uppföljande SIP-möte 2025-05-20 kl. 14.00 på Kristinaskolan. Skolkurator skickar kallelse.")
    numhead(d, "11. Deltagare")
    bullets(d, ["Liam (L.) och vårdnadshavarna Sara och Ali",
                "Nadia, skolkurator, Elevhälsan Kristinaskolan",
                "Jenny, klasslärare åk 3, Kristinaskolan",
                "Mats, biträdande rektor, Kristinaskolan",
                "Emir, sjuksköterska, BUP Västerås (via Teams)",
                "Helena, familjebehandlare, IFO Barn och familj, Köpings kommun"])
    save_docx(d, "da-10.docx")


def da11():
    """Numbered headings (.docx), thin plan; man 52 with alcohol dependence and liver
    disease, Skinnskatteberg."""
    d = new_doc("Times New Roman", 12, "IFO Skinnskatteberg")
    s = d.sections[0]
    header_text(s, "Skinnskattebergs kommun – Individ- och familjeomsorgen", size=9)
    para(d, "SIP – Samordnad individuell plan", bold=True, size=16, after=4)
    para(d, "Gäller: P-O, 52 år          Datum: 2024-10-22", after=10)
    numhead(d, "1. Bakgrund", size=13)
    para(d, "P-O har ett långvarigt alkoholberoende och har under året fått diagnosen "
            "alkoholorsakad leverskada (levercirros). Han har varit inlagd på medicinavdelning två "
            "gånger under hösten, senast i september med gulsot och vätska i buken. Han bor "
            "ensam i hus utanför Skinnskatteberg. Det har kommit en orosanmälan från "
            "grannar om att han inte handlar mat och att det är ostädat.")
    numhead(d, "2. Syfte", size=13)
    para(d, "Samordning.")
    numhead(d, "3. Frågeställningar", size=13)
    para(d, "Diskutera läget och hur vi går vidare.")
    numhead(d, "4. Mål", size=13)
    para(d, "Målet är att P-O ska minska sitt drickande och må bättre.")
    numhead(d, "5. Insatser", size=13)
    para(d, "Insatser är inte bestämda ännu. Tas upp på nästa möte.")
    numhead(d, "6. Ansvarsfördelning", size=13)
    t = d.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Vad", "Vem", "När"]):
        cell_text(t.rows[0].cells[i], h, bold=True)
    repeat_header(t.rows[0])
    set_widths(t, [8, 5, 3.5])
    numhead(d, "7. Huvudansvar", size=13)
    para(d, "Socialtjänsten")
    numhead(d, "8. Uppföljning", size=13)
    para(d, "Nytt möte om ca tre månader.")
    save_docx(d, "da-11.docx")


def da12():
    """Numbered headings printed to PDF via LibreOffice; girl 16 with anorexia nervosa,
    Västerås."""
    d = new_doc("Arial", 10.5, "BUP Ätstörningsenheten")
    s = d.sections[0]
    header_text(s, "Region Västmanland · BUP Ätstörningsenheten Västerås  |  Västerås stad · Elevhälsan",
                size=8)
    footer_text(s, "SIP A. 2025-01-14", size=8)
    para(d, "SIP – Samordnad individuell plan", bold=True, size=17, after=0, color="1F3864")
    para(d, "Alva (A.), 16 år, ÅÅMMDD-XXXX  ·  Möte 2025-01-14 på BUP Ätstörningsenheten", size=10, after=10)

    numhead(d, "1. Bakgrund", size=12)
    para(d, "A. går första året på gymnasiet (naturvetenskapsprogrammet). Under hösten har hon "
            "gått ned ca 9 kg och fick i december diagnosen anorexia nervosa. Hon har slutat med "
            "handboll och äter inte lunch i skolan. Behandling på Ätstörningsenheten påbörjades "
            "2024-12-10. Mentor och skolsköterska har märkt att hon är trött och fryser, och "
            "frånvaron har ökat på eftermiddagarna.")
    numhead(d, "2. Syfte med SIP", size=12)
    para(d, "Syftet är att Ätstörningsenheten och elevhälsan ska ha samma plan för A:s måltider "
            "och aktivitet under skoldagen, så att hon kan fortsätta gå i skolan under "
            "viktuppgången och inte behöver läggas in på avdelning.")
    numhead(d, "3. Ungdomens egna mål", size=12)
    para(d, "A. hade skrivit ned sina mål till mötet och behandlaren läste upp dem: ”Jag vill "
            "kunna äta lunch med mina kompisar utan att någon vuxen sitter bredvid. Och jag vill "
            "få börja spela handboll igen till hösten.”")
    numhead(d, "4. Insatser och ansvar", size=12)
    rows = [
        ["Familjebaserad behandling (FBT), en gång per vecka",
         "BUP Ätstörningsenheten Västerås", "Behandlare", "2025-01-15", "2025-06-30"],
        ["Vägning och medicinsk kontroll (puls, blodtryck, prover)",
         "BUP Ätstörningsenheten Västerås", "Sjuksköterska", "2025-01-15", "Varannan vecka"],
        ["Lunch i skolan i lugnt rum med stödperson enligt måltidsplanen",
         "Elevhälsan, A:s gymnasieskola", "Skolsköterska", "2025-01-20", "2025-03-28"],
        ["Befrielse från idrott och hälsa tills vidare, anpassade uppgifter",
         "A:s gymnasieskola", "Mentor", "2025-01-20", ""],
        ["Stöd till föräldrarna i måltidssituationen hemma", "Regionen", "", "", ""],
    ]
    grid_table(d, ["Insats", "Verksamhet", "Ansvarig", "Start", "Slut/frekvens"], rows,
               widths=[5.3, 3.9, 2.8, 2.3, 2.3], size=9.5, head_fill="DEEAF6")
    numhead(d, "5. Övrigt", size=12)
    para(d, "Föräldrarna är delaktiga i behandlingen.")
    numhead(d, "6. Uppföljning", size=12)
    para(d, "Nästa SIP-möte 2025-03-11 kl. 15.00 på BUP Ätstörningsenheten.")
    numhead(d, "7. Närvarande", size=12)
    para(d, "Mamma, pappa, behandlare, sjuksköterska, skolsköterska, mentor")
    docx_to_pdf(d, "da-12.pdf")


# ==========================================================================
# 5. Headings as formatted runs (CAPITALS / small caps) + landscape action table
# ==========================================================================

WIDE_COLS = ["Insats", "Ansvarig verksamhet", "Ansvarig person/funktion", "Start", "Slut"]
WIDE_W = [9.6, 5.6, 5.0, 2.7, 2.7]


def da13():
    """Typed CAPITALS headings, landscape action table (.docx); man 30 with autism and
    depression, Surahammar."""
    d = new_doc("Calibri", 11, "Socialpsykiatrin Surahammar")
    s = d.sections[0]
    header_text(s, "Surahammars kommun · Region Västmanland", "SIP", size=8)
    para(d, "SAMORDNAD INDIVIDUELL PLAN", bold=True, size=16, after=0)
    para(d, "Fredrik (F.)   ·   XXXXXX-XXXX   ·   Möte 2025-06-10, Kommunhuset Surahammar", size=10, after=12)

    def H(x):
        para(d, x, bold=True, size=11, before=10, after=2, color="2F5496")

    H("BAKGRUND")
    para(d, "F. är 30 år och har autism och återkommande depressioner. Han bor i egen lägenhet i "
            "Surahammar med boendestöd enligt SoL och har daglig verksamhet enligt LSS i "
            "kommunens second hand-butik. Under våren 2025 blev han deprimerad, slutade gå till "
            "daglig verksamhet i mars och har mest varit hemma. Han har kontakt med "
            "Allmänpsykiatriska mottagningen i Hallstahammar och med Vuxenhabiliteringen i "
            "Västerås, men de olika kontakterna har inte vetat om varandras planer.")
    H("SYFTE")
    para(d, "Syftet är att F:s kontakter i psykiatrin, habiliteringen och kommunen samordnas efter "
            "vårens depression, så att han kan komma tillbaka till daglig verksamhet och klara "
            "sitt boende utan att bli isolerad.")
    H("F:S MÅL")
    para(d, "”Jag vill tillbaka till jobbet i butiken tre dagar i veckan. Och jag vill kunna laga "
            "min egen middag i stället för att bara äta mikromat.”")
    H("DELAKTIGHET")
    para(d, "F. deltog i hela mötet tillsammans med sin boendestödjare, som han hade förberett "
            "frågor med. F. vill få en skriftlig sammanfattning efter varje möte och vill bara "
            "behöva höra av sig till en person när något inte fungerar. Han vill inte ha "
            "telefonsamtal, bara sms.")
    H("SAMTYCKE")
    para(d, "F. har lämnat samtycke.")
    H("HUVUDANSVAR")
    para(d, "Huvudansvarig verksamhet: Allmänpsykiatriska mottagningen Hallstahammar.")
    H("DELTAGARE")
    bullets(d, ["F.",
                "Ida, boendestödjare, Socialpsykiatrin Surahammars kommun",
                "Roger, LSS-handläggare, Myndighetsenheten Surahammars kommun",
                "Camilla, enhetschef, Daglig verksamhet Surahammar",
                "Dragan, sjuksköterska, Allmänpsykiatriska mottagningen Hallstahammar",
                "Lovisa, arbetsterapeut, Vuxenhabiliteringen Västerås"])

    s2 = add_section(d, landscape=True)
    para(d, "INSATSER OCH ANSVAR", bold=True, size=11, after=4, color="2F5496")
    rows = [
        ["Stegvis återgång till daglig verksamhet: vecka 1–2 två förmiddagar, därefter tre hela dagar. "
         "Fast handledare i butiken.", "Daglig verksamhet Surahammar", "Camilla, enhetschef",
         "2025-06-16", "2025-08-29"],
        ["Boendestöd 3 ggr/v, fokus på matlagning (planera, handla, laga två middagar/vecka)",
         "Socialpsykiatrin Surahammars kommun", "Ida, boendestödjare", "2025-06-11", "2025-12-31"],
        ["Beslut om utökad daglig verksamhet (3 dagar/v) och ledsagning till butiken första veckorna",
         "Myndighetsenheten Surahammars kommun", "Roger, LSS-handläggare", "2025-06-11", "2025-06-20"],
        ["Läkarbesök, utvärdering av antidepressiv behandling", "Allmänpsykiatriska mottagningen Hallstahammar",
         "Läkare", "2025-06-24", "2025-06-24"],
        ["Stödsamtal var 14:e dag, beteendeaktivering", "Allmänpsykiatriska mottagningen Hallstahammar",
         "Dragan, sjuksköterska", "2025-06-17", "2025-10-31"],
        ["Bedömning av aktivitetsförmåga i köket och tips på hjälpmedel (bildrecept, timer)",
         "Vuxenhabiliteringen Västerås", "Lovisa, arbetsterapeut", "2025-07-01", "2025-09-30"],
        ["Skriftlig sammanfattning till F. efter varje möte, kontaktperson för sms",
         "Allmänpsykiatriska mottagningen Hallstahammar", "Dragan, sjuksköterska", "2025-06-10", "2025-12-31"],
    ]
    grid_table(d, WIDE_COLS, rows, widths=WIDE_W, size=10, head_fill="D9E2F3")

    s3 = add_section(d, landscape=False)
    para(d, "UPPFÖLJNING", bold=True, size=11, after=2, color="2F5496")
    para(d, "")
    para(d, "Planen upprättad av Ida, boendestödjare, 2025-06-11.", italic=True, size=9, before=12)
    save_docx(d, "da-13.docx")


def da14():
    """Small-caps headings, landscape action table (.docx); man 77 after stroke, Arboga."""
    d = new_doc("Georgia", 10.5, "Biståndshandläggare Arboga")
    s = d.sections[0]
    header_text(s, "Arboga kommun – Vård och omsorg", "Samordnad individuell plan", size=8)
    footer_text(s, "SIP Bengt (B.)", size=8)
    para(d, "Samordnad individuell plan", bold=True, size=15, small_caps=True, after=0)
    para(d, "Bengt (B.), 77 år · ÅÅMMDD-XXXX · SIP-möte 2024-10-16 på strokeenheten, Västerås",
         size=9.5, after=10)

    def H(x):
        para(d, x, bold=True, small_caps=True, size=12, before=10, after=2)

    H("Bakgrund")
    para(d, "B. insjuknade i stroke 2024-10-02 och vårdas på strokeenheten i Västerås. Han har "
            "vänstersidig svaghet i arm och ben, lätt afasi och sväljsvårigheter som har "
            "förbättrats. Han går i dag kortare sträckor med rollator och stöd av en person. "
            "Före insjuknandet var han helt självständig och bodde med sin hustru i villa i "
            "Arboga, med badrum på övervåningen. Beräknas utskrivningsklar om ca en vecka.")
    H("Syfte")
    para(d, "Att få en gemensam bild.")
    H("Frågeställningar")
    bullets(d, ["Klarar B. att bo kvar hemma med utökad hemtjänst, eller behövs en korttidsplats "
                "under tiden som rehabiliteringen pågår och badrummet anpassas?",
                "Vem tar över logopedkontakten för afasin efter utskrivningen?",
                "Behövs bostadsanpassning (trapphiss eller badrum på bottenvåningen)?"])
    H("Närvarande")
    para(d, "Birgitta, Karl, Eva, Mohammed, Sanna")
    H("Anhöriga")
    para(d, "Hustrun och sonen är informerade.")

    add_section(d, landscape=True)
    para(d, "Insatser", bold=True, small_caps=True, size=12, after=4)
    rows = [
        ["Korttidsvistelse med rehabilitering efter utskrivning", "Korttidsenheten Arboga",
         "Biståndshandläggare", "2024-10-23", "2024-11-20"],
        ["Gång- och balansträning, träning av arm/hand 3 ggr/v under korttidsvistelsen",
         "Rehabenheten Arboga kommun", "Fysioterapeut", "2024-10-24", "2024-11-20"],
        ["Bedömning av ADL och hemmiljö, hembesök med B. inför hemgång",
         "Rehabenheten Arboga kommun", "Arbetsterapeut", "2024-11-06", "2024-11-06"],
        ["Bostadsanpassning: ansökan om trapphiss eller ombyggnad av badrum",
         "Bostadsanpassning Arboga kommun", "Handläggare bostadsanpassning", "", ""],
        ["Logopedbehandling för afasi", "Logopedmottagningen Västerås", "Logoped", "2024-11-04",
         "2025-01-31"],
        ["Uppföljning av blodtryck och sekundärprevention, läkemedelsgenomgång",
         "Vårdcentralen Arboga", "Distriktsläkare", "2024-11-27", "2024-11-27"],
        ["Hemtjänst efter hemgång (omfattning bedöms efter korttidsvistelsen)", "Hemtjänst Arboga väster",
         "Biståndshandläggare", "2024-11-21", ""],
    ]
    grid_table(d, WIDE_COLS, rows, widths=WIDE_W, size=9.5, head_fill="E2EFD9")
    add_section(d, landscape=False)
    H("Uppföljning")
    para(d, "Ny SIP vecka 46, före hemgång från korttids.")
    save_docx(d, "da-14.docx")


def da15():
    """Headings with the all-caps run property, landscape action table (.docx); girl 12
    with intellectual disability and epilepsy, Fagersta."""
    d = new_doc("Verdana", 10, "Habiliteringen")
    s = d.sections[0]
    header_text(s, "Fagersta kommun · Barn- och ungdomshabiliteringen Region Västmanland", size=7.5)

    def H(x, size=11):
        para(d, x, bold=True, all_caps=True, size=size, before=10, after=2)

    H("Samordnad individuell plan – SIP", size=14)
    para(d, "Barn: Tilda (T.), 12 år", after=0)
    para(d, "Personnummer: ÅÅMMDD-XXXX", after=0)
    para(d, "Datum: 2025-04-29", after=0)
    para(d, "Plats: Barn- och ungdomshabiliteringen, Fagersta", after=8)
    para(d, "Närvarande: T., mamma, pappa, kurator, sjuksköterska, specialpedagog, LSS-handläggare",
         after=4)
    H("Bakgrund")
    para(d, "T. har måttlig intellektuell funktionsnedsättning och epilepsi. Hon går i "
            "anpassad grundskola åk 6 och har korttidsvistelse enligt LSS en helg i månaden. "
            "Under vintern har hon haft fler anfall, främst på morgonen, och medicineringen har "
            "ändrats av neurologen. Skolan och korttids har olika rutiner för anfallsmedicin.")
    H("Frågeställningar")
    para(d, "Gå igenom hur det fungerar.")
    H("Mål")
    para(d, "Målet är att T. ska ha en trygg vardag i skolan och på korttids.")
    H("Barnets delaktighet")
    para(d, "T. var med på mötet tillsammans med mamma och pappa. Med bildstöd visade hon att hon "
            "tycker mest om simningen på fredagar och att hon vill sova hemma och inte på "
            "korttids de helger då pappa har ledigt.")

    add_section(d, landscape=True)
    H("Insatser")
    rows = [
        ["Fortsatt kontakt.", "", "", "", ""],
        ["Stöd vid behov.", "", "", "", ""],
        ["Anpassningar i vardagen.", "", "", "", ""],
        ["", "", "", "", ""],
    ]
    grid_table(d, WIDE_COLS, rows, widths=WIDE_W, size=9.5, head_fill="FBE4D5")
    add_section(d, landscape=False)
    H("Uppföljning")
    para(d, "Nästa möte 2025-10-07 kl. 13.00 på Barn- och ungdomshabiliteringen i Fagersta.")
    save_docx(d, "da-15.docx")


# ==========================================================================
# 6. Municipal template: one big two-column table with merged part-header rows
# ==========================================================================

def two_col_form(d, items, widths=(5.2, 11.6), part_fill="1F4E79", part_color="FFFFFF",
                 label_fill="F2F2F2", size=10):
    """items: ("PART", title) for a merged full-width header row, or (label, value)."""
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for it in items:
        row = t.add_row()
        a, b = row.cells
        if it[0] == "PART":
            m = a.merge(b)
            cell_text(m, it[1], bold=True, size=size + 0.5)
            for r in m.paragraphs[0].runs:
                r.font.color.rgb = RGBColor.from_string(part_color)
            shade(m, part_fill)
        else:
            cell_text(a, it[0], bold=True, size=size - 0.5)
            shade(a, label_fill)
            cell_text(b, it[1], size=size)
    set_widths(t, list(widths))
    return t


def da16():
    """Two-column municipal template (.docx); woman 40, violence in close relationship and
    PTSD, Norberg."""
    d = new_doc("Calibri", 10.5, "IFO Norberg")
    s = d.sections[0]
    header_text(s, "NORBERGS KOMMUN  Socialtjänsten", "Mall SIP v. 2023:2", size=8)
    footer_text(s, "Omfattas av sekretess enligt 26 kap. OSL", size=7.5)
    para(d, "SAMORDNAD INDIVIDUELL PLAN (SIP)", bold=True, size=14, after=2)
    para(d, "Fylls i under mötet. Planen lämnas till den enskilde och samtliga deltagare.",
         italic=True, size=8.5, after=6)
    items = [
        ("PART", "DEL 1 – MÖTET"),
        ("Den enskilde", "Leila (L.), 40 år, XXXXXX-XXXX"),
        ("Datum och tid", "2024-11-19 kl. 09.30–11.00"),
        ("Plats", "Socialtjänsten Norberg, mötesrum Klockarbo"),
        ("Deltagare",
         "L.\nTolk (arabiska), via tolkförmedling\n"
         "Hanna, socialsekreterare, Relationsvåldsteamet IFO Norbergs kommun\n"
         "Jesper, socialsekreterare, Försörjningsstöd IFO Norbergs kommun\n"
         "Amra, familjebehandlare, IFO Barn och familj Norbergs kommun\n"
         "Karin, psykolog, Vuxenpsykiatrin Fagersta\n"
         "Ninni, distriktssköterska, Vårdcentralen Norberg"),
        ("Samtycke",
         "☒ Skriftligt  ☐ Muntligt\nL. har undertecknat kommunens samtyckesblankett 2024-11-19 "
         "före mötet. Samtycket gäller de verksamheter som deltar i mötet."),
        ("PART", "DEL 2 – BAKGRUND OCH SYFTE"),
        ("Bakgrund",
         "L. har levt med en man som utsatt henne för våld i många år. Hon bodde i skyddat "
         "boende i sju veckor under sommaren och har sedan september en egen lägenhet i Norberg "
         "tillsammans med barnen (8 och 11 år). Polisanmälan är gjord. Hon har mardrömmar, "
         "sover 3–4 timmar per natt och undviker att gå ut när det är mörkt. Vuxenpsykiatrin "
         "har bedömt PTSD. Hon har ingen inkomst ännu och väntar på beslut om bostadsbidrag."),
        ("Syfte med planen",
         "Syftet är att L. ska få traumabehandling, ekonomiskt stöd och skydd samordnat, så att "
         "hon och barnen kan bo kvar tryggt i Norberg och hon orkar ta hand om barnen och börja "
         "på SFI igen."),
        ("Frågeställningar", ""),
        ("PART", "DEL 3 – PLANERING"),
        ("Den enskildes mål",
         "”Jag vill kunna sova en hel natt och känna mig trygg när jag går till affären med barnen.”"),
        ("Den enskildes synpunkter",
         "L. deltog under hela mötet med tolk. Hon vill ha kvinnlig tolk på plats i rummet, inte "
         "telefontolk, och vill att alla kallelser skickas som sms och inte med post."),
        ("Insats 1",
         "Traumafokuserad behandling (PE), 12 samtal.\nAnsvarig: Karin, psykolog, Vuxenpsykiatrin "
         "Fagersta.\nTid: 2024-12-02 – 2025-03-31"),
        ("Insats 2",
         "Läkarbedömning av sömn och ev. läkemedel.\nAnsvarig: läkare, Vuxenpsykiatrin Fagersta.\n"
         "Tid: 2024-11-28"),
        ("Insats 3",
         "Stödsamtal om våld i nära relation varannan vecka och säkerhetsplanering (skyddade "
         "personuppgifter, kontaktförbud).\nAnsvarig: Hanna, socialsekreterare, "
         "Relationsvåldsteamet IFO Norberg.\nTid: 2024-11-25 – 2025-05-31"),
        ("Insats 4",
         "Ekonomiskt bistånd i väntan på bostadsbidrag, hjälp att komplettera ansökan.\n"
         "Ansvarig: Jesper, socialsekreterare, Försörjningsstöd IFO Norberg.\n"
         "Tid: 2024-11-20 – 2025-02-28"),
        ("Insats 5",
         "Barnsamtal i grupp för barn som upplevt våld (Trappan) för båda barnen.\n"
         "Ansvarig: Amra, familjebehandlare, IFO Barn och familj Norberg.\n"
         "Tid: 2025-01-08 – 2025-04-30"),
        ("Insats 6",
         "Hälsokontroll och blodtryck, bedömning av huvudvärk.\nAnsvarig: Ninni, "
         "distriktssköterska, Vårdcentralen Norberg.\nTid: 2024-12-10"),
        ("Andra aktörer", "Polisen. Kvinnojouren i Fagersta."),
        ("PART", "DEL 4 – ANSVAR OCH UPPFÖLJNING"),
        ("Huvudansvarig för planen",
         "Hanna, socialsekreterare, Relationsvåldsteamet IFO Norbergs kommun"),
        ("Uppföljning", "2025-02-18 kl. 10.00, Socialtjänsten Norberg. Hanna kallar."),
        ("Planen skickad till", "L. (utlämnad på mötet) och samtliga deltagare 2024-11-20"),
    ]
    two_col_form(d, items)
    save_docx(d, "da-16.docx")


def da17():
    """Two-column municipal template (.docx), partly filled; man 21 with ADHD and no
    occupation, Hallstahammar."""
    d = new_doc("Arial", 10, "AME Hallstahammar")
    s = d.sections[0]
    header_text(s, "Hallstahammars kommun", "SIP – blankett", size=8)
    para(d, "SIP – Samordnad individuell plan", bold=True, size=14, after=6)
    items = [
        ("PART", "DEL 1 – UPPGIFTER OM DEN ENSKILDE"),
        ("Namn", "Noah (N.)"),
        ("Personnummer", "ÅÅMMDD-XXXX"),
        ("Adress", "[adress]"),
        ("Legal företrädare", ""),
        ("PART", "DEL 2 – MÖTET"),
        ("Datum", "2025-09-23"),
        ("Plats", "Arbetsmarknadsenheten, Hallstahammar"),
        ("Deltagare", "N., Lisa, Omar, Petra"),
        ("Samtycke", "Ja"),
        ("Den enskilde deltog", "N. deltog."),
        ("Den enskildes synpunkter", ""),
        ("PART", "DEL 3 – PLANERING"),
        ("Bakgrund",
         "N. är 21 år och har ADHD, diagnostiserad i gymnasiet. Han gick ut gymnasiet utan "
         "fullständiga betyg 2023 och har sedan dess inte haft någon sysselsättning. Bor i "
         "andrahandslägenhet. Har skulder på ca 25 000 kr (mobilabonnemang, sms-lån). "
         "Medicinering för ADHD förskrivs via vårdcentralen men han tar den oregelbundet. "
         "Försörjningsstöd sedan januari 2025."),
        ("Syfte", "Samverkan kring sysselsättning."),
        ("Frågeställningar", ""),
        ("Mål", "N. ska komma ut i arbete eller studier."),
        ("Insatser",
         "- Arbetsträning 50 %, med handledare\n"
         "- Uppföljning av ADHD-medicinering och dosering\n"
         "- Genomgång av skulder och upprättande av budget\n"
         "- Studie- och yrkesvägledning inför ev. komvux"),
        ("Ansvarig för respektive insats", ""),
        ("Tidsplan", ""),
        ("Andra aktörer", "AF och FK berörs."),
        ("Huvudansvarig", "AME"),
        ("PART", "DEL 4 – UPPFÖLJNING"),
        ("Datum för uppföljning", ""),
        ("Ansvarig för kallelse", ""),
    ]
    two_col_form(d, items, widths=(5.0, 11.8), part_fill="BFBFBF", part_color="000000",
                 label_fill="FFFFFF")
    save_docx(d, "da-17.docx")


def da18():
    """Two-column municipal template printed to PDF via LibreOffice; man 58 with
    schizophrenia and home care, Kungsör."""
    d = new_doc("Times New Roman", 11, "Hemtjänst Kungsör")
    s = d.sections[0]
    header_text(s, "Kungsörs kommun – Vård och omsorg / Socialpsykiatri", "SIP", size=8)
    footer_text(s, "Blankett VO 114 (rev. 2024)", size=7.5)
    para(d, "Samordnad individuell plan – SIP", bold=True, size=15, after=6)
    items = [
        ("PART", "DEL 1 – MÖTET"),
        ("Namn", "Kenneth (K.), 58 år"),
        ("Personnummer", "XXXXXX-XXXX"),
        ("Datum", "2025-09-09"),
        ("Plats", "Hemtjänstens lokal, Kungsör"),
        ("Deltagare", ""),
        ("Den enskilde deltog", ""),
        ("Samtycke", "Samtycke inhämtat."),
        ("PART", "DEL 2 – BAKGRUND"),
        ("Bakgrund",
         "K. har schizofreni sedan 25 års ålder och bor i egen lägenhet i Kungsör. Han har "
         "hemtjänst för läkemedelsöverlämning, städning och inköp, och depåinjektion var "
         "fjärde vecka på mottagningen i Köping. Under sommaren har han flera gånger inte "
         "öppnat för hemtjänsten och missat två injektioner. Han har gått ned i vikt och "
         "lägenheten är mer nedgången."),
        ("Syfte", ""),
        ("Frågeställningar",
         "1. Hur ska läkemedelsöverlämningen gå till de dagar K. inte öppnar för hemtjänsten?\n"
         "2. Kan depåinjektionen ges i hemmet i stället för på mottagningen i Köping?\n"
         "3. Behöver K. boendestöd utöver hemtjänsten?"),
        ("PART", "DEL 3 – PLANERING"),
        ("Den enskildes mål", ""),
        ("Insatser och ansvar",
         "Depåinjektion ges i hemmet var fjärde vecka – Sjuksköterska, Psykiatriska "
         "öppenvårdsmottagningen Köping – fr.o.m. 2025-09-23.\n"
         "Hemtjänst dagligen kl. 10–11 för läkemedelsöverlämning; vid uteblivet besök ringer "
         "hemtjänsten K. och gör nytt försök kl. 14 – Gruppledare, Hemtjänst Kungsör norra – "
         "fr.o.m. 2025-09-10.\n"
         "Boendestöd två gånger per vecka med fokus på matlagning och städning – Boendestödjare, "
         "Socialpsykiatrin Kungsör – 2025-09-22 t.o.m. 2026-03-31.\n"
         "Vikt- och blodprovskontroll – Distriktssköterska, Vårdcentralen Kungsör – 2025-10-07."),
        ("Andra aktörer och deras åtgärder",
         "God man (Ulla) betalar K:s räkningar och följer med och handlar kläder en gång i "
         "månaden. Systern hämtar K. till söndagsmiddag varannan vecka och hör av sig till "
         "hemtjänsten om hon inte får kontakt med honom."),
        ("Huvudansvarig", ""),
        ("PART", "DEL 4 – UPPFÖLJNING"),
        ("Uppföljning", "Om ca 6 månader."),
        ("Upprättad av", "Gruppledare, Hemtjänst Kungsör norra"),
    ]
    two_col_form(d, items, widths=(5.0, 11.6), part_fill="D9D9D9", part_color="000000",
                 label_fill="FFFFFF", size=10.5)
    docx_to_pdf(d, "da-18.pdf")


# ==========================================================================
# 7. Documents that are not SIP plans
# ==========================================================================

def da19():
    """Not a plan: invitation to a SIP meeting (hand-written Markdown)."""
    text = """# Kallelse till SIP-möte

**Till:** Vincent (V.) och vårdnadshavare Maria och Thomas
**Från:** Elevhälsan, Vallaskolan Sala
**Datum för utskick:** 2025-03-03

Hej!

Ni kallas härmed till ett möte om en **samordnad individuell plan (SIP)** för Vincent.

| | |
|---|---|
| **Tid** | Tisdag 2025-03-18 kl. 13.00–14.30 |
| **Plats** | Vallaskolan, konferensrum Eken (ingång från skolgården, plan 2) |
| **Sammankallande** | Skolkurator, Elevhälsan Vallaskolan |

## Vilka är inbjudna?

- Vincent och vårdnadshavarna Maria och Thomas
- Skolkurator och mentor, Vallaskolan Sala
- Specialpedagog, Barn- och utbildningsförvaltningen Sala kommun
- Behandlare, BUP Sala
- Socialsekreterare, IFO Barn och unga, Sala kommun

## Vad är en SIP?

En SIP är en plan som görs när en person behöver stöd från både kommunen och regionen.
På mötet bestämmer vi tillsammans vem som gör vad, så att ni inte behöver vara länken
mellan alla kontakter själva. Vincents egna tankar är viktiga – han är välkommen att vara
med hela eller delar av mötet, och han får gärna skriva ned det han vill säga innan.

## Inför mötet

- Fundera gärna på vad som fungerar bra och vad som är svårast just nu, i skolan och hemma.
- Ta med eventuella intyg eller planer som ni vill att vi tittar på.
- Samtyckesblanketten skickas med denna kallelse. Ta med den ifylld till mötet.

Om tiden inte passar, hör av er till skolkurator via skolans växel eller via Schoolsoft
senast 2025-03-12 så hittar vi en ny tid.

Välkomna!

*Skolkurator, Elevhälsan Vallaskolan Sala*
"""
    write_text("da-19.md", text)


def da20():
    """Not a plan: genomförandeplan of one home-care unit for one person (.docx)."""
    d = new_doc("Calibri", 11, "Hemtjänst Köping västra")
    s = d.sections[0]
    header_text(s, "Köpings kommun · Vård och omsorg · Hemtjänst Köping västra", size=8)
    footer_text(s, "Genomförandeplan SoL – förvaras i brukarens pärm och i verksamhetssystemet", size=7.5)
    para(d, "Genomförandeplan – hemtjänst", bold=True, size=16, after=2)
    para(d, "Upprättad enligt SOSFS 2014:5 (dokumentation i socialtjänsten)", italic=True, size=9, after=8)
    t = d.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    info = [("Brukare", "Astrid (A.)", "Personnummer", "ÅÅMMDD-XXXX"),
            ("Enhet", "Hemtjänst Köping västra, grupp 2", "Kontaktman", "Undersköterska Pia"),
            ("Beslut", "Hemtjänst SoL 4 kap. 1 §, beslutat 2024-12-02", "Upprättad", "2024-12-12")]
    for row in info:
        c = t.add_row().cells
        for i, v in enumerate(row):
            cell_text(c[i], v, bold=(i % 2 == 0), size=9.5)
            if i % 2 == 0:
                shade(c[i], "EAF1DD")
    set_widths(t, [2.8, 5.6, 3.0, 5.2])
    para(d, "")
    para(d, "Så här vill jag ha min hjälp", bold=True, size=12, after=2)
    para(d, "A. vill att personalen knackar och väntar tills hon svarar innan de går in. Hon vill "
            "klä sig själv på överkroppen och få hjälp med strumpor och skor. Hon tycker om att "
            "prata om sitt gamla arbete på posten och vill ha radion på under frukosten. Kaffet "
            "ska vara starkt, utan mjölk.")
    para(d, "Insatser och hur de utförs", bold=True, size=12, before=8, after=2)
    rows = [
        ["Morgonhjälp", "Hjälp med nedre hygien, stödstrumpor och skor. Duka fram frukost, "
         "koka kaffe. Påminna om att ta morgontabletterna från dosetten.", "Dagligen 08.00–08.30",
         "Personal grupp 2"],
        ["Dusch", "Dusch med duschpall, hårtvätt. A. tvättar ansikte och armar själv. "
         "Smörja fötterna.", "Tisdagar 10.00", "Personal grupp 2"],
        ["Lunch", "Värma matlåda, duka fram. Fylla på vattenkaraffen.", "Dagligen 12.00", "Personal grupp 2"],
        ["Kvällshjälp", "Hjälp med av- och påklädning, ta av stödstrumpor, följa till sängen. "
         "Kontrollera att dörren är låst och att larmet sitter på armen.", "Dagligen 20.30",
         "Personal grupp 2"],
        ["Städning", "Dammsuga, våttorka golv i kök och badrum, byta sängkläder.",
         "Varannan torsdag", "Personal grupp 2"],
        ["Inköp", "A. skriver inköpslista på onsdagar, varorna levereras/handlas på torsdag.",
         "Torsdagar", "Kontaktman"],
        ["Social samvaro", "Promenad med rollator runt kvarteret när vädret tillåter, 30 min.",
         "Fredagar", "Kontaktman"],
    ]
    grid_table(d, ["Insats", "Hur insatsen utförs", "När", "Vem"], rows,
               widths=[2.8, 8.6, 2.8, 2.4], size=9.5, head_fill="EAF1DD")
    para(d, "Uppföljning av genomförandeplanen", bold=True, size=12, before=8, after=2)
    para(d, "Kontaktmannen följer upp genomförandeplanen tillsammans med A. 2025-03-12, eller "
            "tidigare om behoven ändras.")
    para(d, "Delaktighet", bold=True, size=12, before=8, after=2)
    para(d, "Genomförandeplanen är upprättad tillsammans med A. i hennes hem. A. har tagit del "
            "av planen och fått en kopia.")
    para(d, "Kontaktman: Pia, undersköterska          Enhetschef: Hemtjänst Köping västra",
         size=9.5, before=12)
    save_docx(d, "da-20.docx")


# ==========================================================================

ALL = [da01, da02, da03, da04, da05, da06, da07, da08, da09, da10,
       da11, da12, da13, da14, da15, da16, da17, da18, da19, da20]


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in ALL:
        f()
        print("wrote", f.__name__.replace("da", "da-"))


if __name__ == "__main__":
    main()
