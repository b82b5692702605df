#!/usr/bin/env python3
"""Generate the f70b batch of fictional SIP plans (Kronoberg, Kalmar län, Gotland).

Run with /work/batches/.venv/bin/python generate.py
Writes plans/f70b-01.pdf ... plans/f70b-08.docx. Uses LibreOffice for f70b-06.pdf.
Deterministic: fixed dates, no randomness, fixed zip timestamps and PDF dates.
"""
import os
import shutil
import subprocess
import textwrap
import zipfile
from datetime import datetime, timezone

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor, Twips
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
PLANS = os.path.join(HERE, "plans")
BUILD = os.path.join(HERE, "build")
PREFIX = "f70b"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIXED_DT = datetime(2025, 1, 1, 12, 0, 0)


def out(n, ext):
    return os.path.join(PLANS, f"{PREFIX}-{n:02d}.{ext}")


# ---------------------------------------------------------------- helpers docx

def fix_core(doc, author, title, when):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.revision = 1
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""


def normalize_zip(path):
    """Rewrite a docx with fixed timestamps so repeated runs give identical bytes."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    os.replace(tmp, path)


def save_docx(doc, path):
    doc.save(path)
    normalize_zip(path)


def base_font(doc, name="Calibri", size=11):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), name)
    # Swedish proofing language
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "sv-SE")


def a4(sec, lr=Cm(2.2)):
    sec.page_width = Cm(21)
    sec.page_height = Cm(29.7)
    sec.left_margin = sec.right_margin = lr
    return sec.page_width - sec.left_margin - sec.right_margin


def header_two_sided(sec, left, right, size=8):
    """Header line with text left and right; clears the Header style's default tabs."""
    usable = sec.page_width - sec.left_margin - sec.right_margin
    hp = sec.header.paragraphs[0]
    hp.text = f"{left}\t{right}"
    for r in hp.runs:
        r.font.size = Pt(size)
    ts = hp.paragraph_format.tab_stops
    ts.add_tab_stop(Twips(4680), WD_TAB_ALIGNMENT.CLEAR)
    ts.add_tab_stop(Twips(9360), WD_TAB_ALIGNMENT.CLEAR)
    ts.add_tab_stop(usable, WD_TAB_ALIGNMENT.RIGHT)
    return hp


def shade(cell, fill):
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


def set_col_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for idx, w in enumerate(widths):
            row.cells[idx].width = w


def cell_text(cell, text, bold=False, size=None):
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
    return p


def add_field(paragraph, instr):
    """Insert a simple field (PAGE, NUMPAGES) as fldChar runs."""
    r1 = paragraph.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    r1._r.append(fc)
    r2 = paragraph.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    r2._r.append(it)
    r3 = paragraph.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "separate")
    r3._r.append(fc)
    paragraph.add_run("1")
    r5 = paragraph.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "end")
    r5._r.append(fc)


def bullet(doc, text):
    return doc.add_paragraph(text, style="List Bullet")


# ------------------------------------------------------------ content controls

_SDT_ID = [7301000]


def _next_id():
    _SDT_ID[0] += 17
    return _SDT_ID[0]


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def _runs_xml(text, placeholder):
    rpr = ('<w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr>'
           if placeholder else "")
    parts = []
    for i, line in enumerate(text.split("\n")):
        if i:
            parts.append(f"<w:r>{rpr}<w:br/></w:r>")
        parts.append(f'<w:r>{rpr}<w:t xml:space="preserve">{_esc(line)}</w:t></w:r>')
    return "".join(parts)


def sdt_text(paragraph, tag, value=None, multiline=False,
             placeholder="Klicka eller tryck här för att ange text."):
    showing = value is None
    text = placeholder if showing else value
    ml = ' w:multiLine="1"' if multiline else ""
    xml = (
        f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{_esc(tag)}"/>'
        f'<w:tag w:val="{_esc(tag)}"/><w:id w:val="{_next_id()}"/>'
        + ("<w:showingPlcHdr/>" if showing else "")
        + f"<w:text{ml}/></w:sdtPr><w:sdtContent>{_runs_xml(text, showing)}"
        "</w:sdtContent></w:sdt>"
    )
    paragraph._p.append(parse_xml(xml))


def sdt_block(cell, tag, value):
    """Rich-text content control around whole paragraphs in a table cell (filled)."""
    paras = "".join(f"<w:p>{_runs_xml(line, False)}</w:p>" for line in value.split("\n"))
    xml = (
        f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{_esc(tag)}"/>'
        f'<w:tag w:val="{_esc(tag)}"/><w:id w:val="{_next_id()}"/><w:richText/></w:sdtPr>'
        f"<w:sdtContent>{paras}</w:sdtContent></w:sdt>"
    )
    tc = cell._tc
    for p in list(tc.findall(qn("w:p"))):
        tc.remove(p)
    tc.append(parse_xml(xml))


def sdt_date(paragraph, tag, iso=None):
    showing = iso is None
    text = "Klicka eller tryck här för att ange ett datum." if showing else iso
    full = f' w:fullDate="{iso}T00:00:00Z"' if iso else ""
    xml = (
        f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{_esc(tag)}"/>'
        f'<w:tag w:val="{_esc(tag)}"/><w:id w:val="{_next_id()}"/>'
        + ("<w:showingPlcHdr/>" if showing else "")
        + f'<w:date{full}><w:dateFormat w:val="yyyy-MM-dd"/><w:lid w:val="sv-SE"/>'
        '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>'
        f"</w:sdtPr><w:sdtContent>{_runs_xml(text, showing)}</w:sdtContent></w:sdt>"
    )
    paragraph._p.append(parse_xml(xml))


def sdt_dropdown(paragraph, tag, items, selected=None):
    showing = selected is None
    text = "Välj ett objekt." if showing else selected
    last = f' w:lastValue="{_esc(selected)}"' if selected else ""
    li = '<w:listItem w:displayText="Välj ett objekt." w:value=""/>' + "".join(
        f'<w:listItem w:displayText="{_esc(i)}" w:value="{_esc(i)}"/>' for i in items)
    xml = (
        f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{_esc(tag)}"/>'
        f'<w:tag w:val="{_esc(tag)}"/><w:id w:val="{_next_id()}"/>'
        + ("<w:showingPlcHdr/>" if showing else "")
        + f"<w:dropDownList{last}>{li}</w:dropDownList></w:sdtPr>"
        f"<w:sdtContent>{_runs_xml(text, showing)}</w:sdtContent></w:sdt>"
    )
    paragraph._p.append(parse_xml(xml))


# ================================================================= 01 PDF
# fpdf2 record print, letter-spaced labels/headings, boxed fields.
# Adult with psychosis and rent debt, Kalmar.

class RecordPDF(FPDF):
    SYSTEM = "Cosmic  ·  Journalutskrift  ·  Region Kalmar län"
    PRINTED = "Utskrivet 2025-03-13 09:41 av Mikael, skötare"

    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_char_spacing(0)
        self.set_text_color(60, 60, 60)
        self.set_xy(self.l_margin, 8)
        self.cell(0, 4, self.SYSTEM, align="L")
        self.set_xy(self.l_margin, 8)
        self.cell(0, 4, f"Sida {self.page_no()} ({{nb}})", align="R")
        self.set_xy(self.l_margin, 12)
        self.cell(0, 4, self.PRINTED + "   |   Patient: R.   XXXXXX-XXXX", align="L")
        self.set_draw_color(90, 90, 90)
        self.line(self.l_margin, 17, self.w - self.r_margin, 17)
        self.set_text_color(0, 0, 0)
        self.set_y(21)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.set_char_spacing(0)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Dokumentet är en utskrift ur journalsystemet och är inte signerat i utskriften.",
                  align="C")
        self.set_text_color(0, 0, 0)


def _spaced(pdf, size=7.5, bold=True, spacing=0.8):
    pdf.set_font("DejaVu", "B" if bold else "", size)
    pdf.set_char_spacing(spacing)


def _plain(pdf, size=9.5):
    pdf.set_font("DejaVu", "", size)
    pdf.set_char_spacing(0)


def pdf_field_height(pdf, w, value, line_h=4.6):
    _plain(pdf)
    lines = pdf.multi_cell(w - 3, line_h, value if value else " ", dry_run=True, output="LINES")
    return 6.2 + line_h * len(lines) + 1.8


def pdf_field(pdf, x, y, w, label, value, h=None, min_h=0, line_h=4.6):
    if h is None:
        h = max(pdf_field_height(pdf, w, value, line_h), min_h)
    pdf.set_draw_color(70, 70, 70)
    pdf.set_line_width(0.25)
    pdf.rect(x, y, w, h)
    _spaced(pdf)
    pdf.set_text_color(40, 40, 40)
    pdf.set_xy(x + 1.5, y + 1.2)
    pdf.cell(w - 3, 4, label)
    pdf.set_text_color(0, 0, 0)
    if value:
        _plain(pdf)
        pdf.set_xy(x + 1.5, y + 6.2)
        pdf.multi_cell(w - 3, line_h, value, align="L")
    return h


def pdf_row(pdf, fields, gap=0, min_h=0):
    """Draw a row of boxed fields [(label, value, width_fraction)] at current y."""
    full = pdf.w - pdf.l_margin - pdf.r_margin
    widths = [full * f for (_, _, f) in fields]
    h = max([pdf_field_height(pdf, w, v) for w, (_, v, _) in zip(widths, fields)] + [min_h])
    if pdf.get_y() + h > pdf.h - 16:
        pdf.add_page()
    y = pdf.get_y()
    x = pdf.l_margin
    for w, (lab, val, _) in zip(widths, fields):
        pdf_field(pdf, x, y, w, lab, val, h=h)
        x += w
    pdf.set_xy(pdf.l_margin, y + h + gap)


def pdf_heading(pdf, text):
    if pdf.get_y() + 16 > pdf.h - 16:
        pdf.add_page()
    pdf.ln(2.5)
    _spaced(pdf, size=9.5, bold=True, spacing=1.0)
    pdf.set_fill_color(225, 229, 234)
    pdf.cell(0, 6.5, "  " + text.upper(), fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def pdf_table(pdf, header, rows, fracs, line_h=4.4):
    full = pdf.w - pdf.l_margin - pdf.r_margin
    widths = [full * f for f in fracs]

    def draw_header():
        _spaced(pdf, size=7.5, bold=True, spacing=0.7)
        pdf.set_fill_color(238, 238, 238)
        y = pdf.get_y()
        x = pdf.l_margin
        for w, t in zip(widths, header):
            pdf.set_xy(x, y)
            pdf.cell(w, 6, " " + t, border=1, fill=True)
            x += w
        pdf.set_xy(pdf.l_margin, y + 6)

    draw_header()
    for row in rows:
        _plain(pdf, 9)
        nlines = [len(pdf.multi_cell(w - 2.4, line_h, t if t else " ", dry_run=True, output="LINES"))
                  for w, t in zip(widths, row)]
        h = max(nlines) * line_h + 2.4
        if pdf.get_y() + h > pdf.h - 16:
            pdf.add_page()
            _plain(pdf, 8)
            pdf.set_text_color(90, 90, 90)
            pdf.cell(0, 4.5, "Insatser (forts.)", new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            draw_header()
        y = pdf.get_y()
        x = pdf.l_margin
        for w, t in zip(widths, row):
            pdf.rect(x, y, w, h)
            _plain(pdf, 9)
            pdf.set_xy(x + 1.2, y + 1.2)
            pdf.multi_cell(w - 2.4, line_h, t, align="L")
            x += w
        pdf.set_xy(pdf.l_margin, y + h)


def make_01():
    pdf = RecordPDF(format="A4")
    pdf.set_creation_date(datetime(2025, 3, 13, 9, 41, tzinfo=timezone.utc))
    pdf.set_title("SIP R.")
    pdf.set_author("Psykosmottagningen Kalmar")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_margins(15, 20, 15)
    pdf.set_auto_page_break(False)
    pdf.add_page()

    _spaced(pdf, size=13, bold=True, spacing=1.0)
    pdf.cell(0, 8, "SAMORDNAD INDIVIDUELL PLAN (SIP)", new_x="LMARGIN", new_y="NEXT")
    _spaced(pdf, size=8, bold=False, spacing=0.6)
    pdf.cell(0, 5, "Journalmall: SIP – vuxenpsykiatri / socialtjänst   ·   Vårdenhet: Psykosmottagningen Kalmar",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)

    pdf_row(pdf, [("Patient", "R.", 0.34), ("Personnummer", "XXXXXX-XXXX", 0.33),
                  ("Mötesdatum", "2025-03-12 kl. 13.30–15.00", 0.33)])
    pdf_row(pdf, [("Plats", "Psykosmottagningen Kalmar, samtalsrum 2", 0.5),
                  ("Samtycke till SIP", "Ja", 0.5)])

    pdf_heading(pdf, "Mötet")
    pdf_row(pdf, [("Deltagare",
                   "R.\n"
                   "Jonas, specialistläkare, Psykosmottagningen Kalmar\n"
                   "Mikael, skötare/kontaktperson, Psykosmottagningen Kalmar\n"
                   "Sara, socialsekreterare, Vuxenenheten, Socialtjänsten Kalmar kommun\n"
                   "Emelie, boendestödjare, Socialpsykiatrin Kalmar kommun", 1.0)])
    pdf_row(pdf, [("Syfte med SIP",
                   "Att samordna stödet från psykiatrin och socialtjänsten så att R. kan bo kvar i sin "
                   "lägenhet efter vinterns försämring, få ordning på hyresskulden och behålla en "
                   "regelbunden kontakt med psykosmottagningen.", 1.0)])
    pdf_row(pdf, [("Frågeställningar inför mötet", "", 1.0)], min_h=16)
    pdf_row(pdf, [("Bakgrund / nuläge",
                   "R., 34 år, har schizofreni sedan 2015 och är sedan flera år listad på "
                   "Psykosmottagningen Kalmar. Under december–januari slutade han ta sin medicin, blev "
                   "mer misstänksam och isolerad och öppnade inte sin post. Han har nu två obetalda "
                   "hyror och har fått en skrivelse från hyresvärden om uppsägning. Han har även skulder "
                   "hos Kronofogden sedan tidigare. Sedan februari får han depåinjektion och beskriver "
                   "själv att han sover bättre och att rösterna har blivit svagare. Bor ensam i "
                   "hyreslägenhet i centrala Kalmar. Har sjukersättning.", 1.0)])

    pdf_heading(pdf, "Den enskildes mål och synpunkter")
    pdf_row(pdf, [("Den enskildes mål (egna ord)",
                   "”Jag vill bo kvar i min lägenhet och slippa ligga vaken och tänka på räkningarna.”",
                   1.0)])
    pdf_row(pdf, [("Den enskildes synpunkter",
                   "R. deltog under hela mötet. Han vill gärna ha boendestöd men vill inte att psykiatrin "
                   "gör fler hembesök än en gång i veckan. Han vill själv vara med när skulderna gås "
                   "igenom och inte att någon annan sköter det åt honom.", 1.0)])

    pdf_heading(pdf, "Insatser och ansvar")
    pdf_table(pdf, ["Insats", "Ansvarig (verksamhet/funktion)", "När"], [
        ["Depåinjektion var tredje vecka samt uppföljning av biverkningar",
         "Psykosmottagningen Kalmar, sjuksköterska", "Var tredje vecka fr.o.m. 2025-03-19"],
        ["Läkarbesök, utvärdering av medicineringen",
         "Psykosmottagningen Kalmar, specialistläkare", "2025-04-09"],
        ["Hembesök av kontaktperson en gång/vecka, samtal om vardag och tidiga tecken på försämring",
         "Psykosmottagningen Kalmar, kontaktperson", "Tisdagar fr.o.m. v. 12"],
        ["Boendestöd två gånger/vecka: sortera post, betala räkningar, handla",
         "Socialpsykiatrin Kalmar kommun, boendestödjare", "Start 2025-03-17"],
        ["Utredning av ansökan om ekonomiskt bistånd för hyresskulden",
         "Vuxenenheten, Socialtjänsten Kalmar kommun, socialsekreterare", "Beslut senast 2025-03-28"],
        ["Genomgång av skulder hos budget- och skuldrådgivningen", "Kommunen", ""],
    ], [0.46, 0.32, 0.22])

    pdf_heading(pdf, "Övriga aktörer")
    pdf_row(pdf, [("Andra aktörer (t.ex. FK, AF, god man, närstående)",
                   "Försäkringskassan (sjukersättning). Hyresvärden.", 1.0)])

    pdf_heading(pdf, "Samordning och uppföljning")
    pdf_row(pdf, [("Huvudansvarig för planen",
                   "Sara, socialsekreterare, Vuxenenheten, Socialtjänsten Kalmar kommun", 0.6),
                  ("Uppföljning", "Om ca tre månader. Sara kallar.", 0.4)])
    pdf_row(pdf, [("Dokumenterat av", "Mikael, skötare, Psykosmottagningen Kalmar", 0.6),
                  ("Datum", "2025-03-12", 0.4)])
    pdf.output(out(1, "pdf"))


# ================================================================= 02 DOCX
# County template, two-column table Fält | Värde, content controls.
# Elderly man after hip fracture, discharge to home in Ljungby.

def make_02():
    doc = Document()
    base_font(doc, "Arial", 10)
    fix_core(doc, "Karin", "SIP – Samordnad individuell plan", datetime(2025, 4, 8, 15, 20))
    ph = doc.styles.add_style("Placeholder Text", WD_STYLE_TYPE.CHARACTER)
    ph.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    sec = doc.sections[0]
    a4(sec, Cm(2.2))
    header_two_sided(sec, "Region Kronoberg  |  Kommunerna i Kronobergs län", "SIP-mall version 3.2")
    fp = sec.footer.paragraphs[0]
    fp.text = "Samordnad individuell plan enligt SoL 2 kap. 7 § och HSL 16 kap. 4 §   ·   Sida "
    fp.runs[0].font.size = Pt(8)
    add_field(fp, "PAGE")

    t = doc.add_paragraph()
    r = t.add_run("SIP – Samordnad individuell plan")
    r.bold = True
    r.font.size = Pt(16)
    p = doc.add_paragraph()
    r = p.add_run("Fyll i mallen digitalt. Grå text är hjälptext och ersätts med innehåll.")
    r.italic = True
    r.font.size = Pt(8.5)

    tbl = doc.add_table(rows=1, cols=2)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = tbl.rows[0].cells
    cell_text(hdr[0], "Fält", bold=True)
    cell_text(hdr[1], "Värde", bold=True)
    shade(hdr[0], "D9E2F3")
    shade(hdr[1], "D9E2F3")
    repeat_header(tbl.rows[0])

    def row(label, filler, block=False):
        cells = tbl.add_row().cells
        cell_text(cells[0], label, bold=True)
        shade(cells[0], "F2F2F2")
        filler(cells[1] if block else cells[1].paragraphs[0])

    row("Namn", lambda p: sdt_text(p, "Namn", "B."))
    row("Personnummer", lambda p: sdt_text(p, "Personnummer", "ÅÅMMDD-XXXX"))
    row("Datum för SIP-möte", lambda p: sdt_date(p, "Mötesdatum", "2025-04-08"))
    row("Plats", lambda p: sdt_text(p, "Plats", "Ortopedavdelning 6, Centrallasarettet Växjö"))
    row("Deltagare (namn, funktion, verksamhet)", lambda c: sdt_block(
        c, "Deltagare",
        "B.\n"
        "Karin, biståndshandläggare, Äldreomsorgen Ljungby kommun\n"
        "Annika, enhetschef, Hemtjänst Ljungby centrum\n"
        "Oskar, fysioterapeut, Hemrehab Ljungby kommun\n"
        "Helena, distriktssköterska, Vårdcentralen Ljungby\n"
        "Jenny, sjuksköterska, Ortopedavdelning 6, Centrallasarettet Växjö"), block=True)
    row("Samtycke", lambda p: sdt_dropdown(
        p, "Samtycke", ["Muntligt samtycke", "Skriftligt samtycke", "Samtycke saknas"]))
    row("Samtycke – form och datum", lambda p: sdt_text(
        p, "Samtycke form",
        "B. lämnade muntligt samtycke till biståndshandläggaren vid vårdplaneringssamtal "
        "på avdelningen 2025-04-02, gäller samverkan mellan parterna ovan."))
    row("Syfte med SIP", lambda p: sdt_text(p, "Syfte", "Samordning inför hemgång."))
    row("Frågeställningar inför mötet", lambda p: sdt_text(p, "Frågeställningar", None))
    row("Bakgrund / nuläge", lambda c: sdt_block(
        c, "Bakgrund",
        "84 år, bor ensam i villa i Ljungby. Föll i köket 2025-03-20 och opererades för "
        "höftfraktur höger sida på Centrallasarettet Växjö. Går kortare sträckor med rollator "
        "och stöd av en person. Har sedan tidigare hemtjänst för inköp varannan vecka. "
        "Diabetes typ 2 i tablettbehandling. Planerad utskrivning 2025-04-10.\n"
        "B. deltog på mötet, som hölls på avdelningen."), block=True)
    row("Den enskildes mål", lambda p: sdt_text(p, "Mål", None))
    row("Insatser (vad, vem, när)", lambda c: sdt_block(
        c, "Insatser",
        "1. Hemtjänst morgon och kväll, hjälp med personlig hygien, på- och avklädning och "
        "frukost – Hemtjänst Ljungby centrum – fr.o.m. hemgångsdagen 2025-04-10.\n"
        "2. Trygghetslarm installeras – biståndshandläggare, Äldreomsorgen Ljungby kommun – "
        "2025-04-10.\n"
        "3. Hembesök av fysioterapeut: gångträning, bedömning och utprovning av hjälpmedel "
        "(rollator inomhus, toalettförhöjning, duschpall) – Hemrehab Ljungby kommun – första "
        "besöket senast 2025-04-14.\n"
        "4. Läkemedelsgenomgång och uppföljning av smärtlindring och blodsocker – "
        "Vårdcentralen Ljungby, distriktssköterska och läkare."), block=True)
    row("Andra aktörers insatser (FK, AF, god man, närstående m.fl.)",
        lambda p: sdt_text(p, "Andra aktörer", None))
    row("Huvudansvarig huvudman", lambda p: sdt_dropdown(
        p, "Huvudman", ["Kommunen", "Regionen"], selected="Kommunen"))
    row("Huvudansvarig (namn/funktion)", lambda p: sdt_text(p, "Huvudansvarig", None))
    row("Datum för uppföljning", lambda p: sdt_date(p, "Uppföljning", None))
    row("Upprättad av", lambda p: sdt_text(p, "Upprättad av", "Karin, biståndshandläggare"))

    set_col_widths(tbl, [Cm(5.2), Cm(11.4)])
    save_docx(doc, out(2, "docx"))


# ================================================================= 03 TXT
# Journal export (Windows-1252, CRLF), several chronological entries.
# 13-year-old with school refusal and anxiety, Växjö.

def make_03():
    W = 76

    entries = [
        ("2025-02-10 09:40", "Anteckning", "Socialsekreterare, Socialtjänsten Växjö",
         "Orosanmälan inkommen 2025-02-06 från rektor på Tegnérskolan gällande E., 13 år, åk 7. "
         "Skolan uppger att E. haft ca 60 % frånvaro sedan november, mest hela dagar, och att "
         "E. flera gånger ringt hem från skolan med magont och hjärtklappning.\n"
         "Telefonsamtal med mamma. Mamma bekräftar bilden, E. har svårt att ta sig iväg på "
         "morgnarna och ligger kvar i sängen. Familjen har sedan januari kontakt med BUP Växjö "
         "efter remiss från skolsköterskan. Mamma och pappa har gemensam vårdnad och bor "
         "tillsammans. Beslut att inleda utredning enligt SoL 11 kap. 1 §."),
        ("2025-02-24 14:05", "Telefonsamtal", "Socialsekreterare, Socialtjänsten Växjö",
         "Samtal med kurator på Tegnérskolan. Kurator har pratat med vårdnadshavarna och "
         "kommer att kalla till SIP. Hon skickar kallelse till BUP, socialtjänsten och "
         "skolans elevhälsa."),
        ("2025-03-04 10:12", "Anteckning", "Socialsekreterare, Socialtjänsten Växjö",
         "Kallelse till SIP 2025-03-11 kl. 13.00 på Tegnérskolan har inkommit från kurator. "
         "Hembesök hos familjen i dag. E. var med en stund och berättade om sitt intresse för "
         "teckning. Föräldrarna upplever att det blivit lugnare hemma sedan E. fick vara "
         "hemma mer, men de är oroliga för att E. ska halka efter helt i skolan."),
        ("2025-03-11 15:30", "SIP-möte", "Socialsekreterare, Socialtjänsten Växjö",
         "SIP-möte på Tegnérskolan.\n"
         "Närvarande: E., mamma, pappa, kurator, mentor, specialpedagog, psykolog, "
         "undertecknad socialsekreterare.\n"
         "Samtycke: finns.\n"
         "Frågeställningar: Gå igenom läget.\n"
         "E. var med under hela mötet och sa själv: \"Jag vill kunna gå till skolan utan att "
         "må illa varje morgon. Jag vill börja med några lektioner och inte hela dagar.\" E. "
         "vill helst inte ha lektioner i helklass i början och vill ha en vuxen att gå till "
         "när det känns jobbigt. Föräldrarna ställer sig bakom detta.\n"
         "Överenskomna insatser:\n"
         "- BUP Växjö, psykolog: KBT-behandling för ångest med exponering kopplad till "
         "skolan, varannan vecka, start 2025-03-18.\n"
         "- Skolan, specialpedagog och mentor: anpassad studiegång med två lektioner per dag "
         "i mindre grupp, trappas upp efter hand, start v. 12. Mentor möter E. vid entrén "
         "varje morgon.\n"
         "- Socialtjänsten Växjö, familjebehandlare: föräldrastöd med fokus på "
         "morgonrutiner, en gång i veckan, start 2025-03-20.\n"
         "- Regionen ser över om E. behöver en läkarbedömning.\n"
         "Ny SIP i maj."),
        ("2025-03-20 16:05", "Anteckning", "Familjebehandlare, Socialtjänsten Växjö",
         "Första träffen med föräldrarna i dag enligt överenskommelsen på SIP-mötet. Vi gick "
         "igenom hur morgnarna ser ut och gjorde ett schema för väckning och frukost. "
         "Kurator på Tegnérskolan har meddelat att uppföljande SIP-möte är bokat till "
         "2025-05-13 kl. 13.00 på skolan. Kallelse skickas till samtliga som deltog "
         "2025-03-11."),
        ("2025-04-02 11:15", "Telefonsamtal", "Socialsekreterare, Socialtjänsten Växjö",
         "Mamma ringer. E. har varit i skolan tre förmiddagar den här veckan och klarat "
         "båda lektionerna. Har fortfarande ont i magen på söndagskvällar. Mamma tycker att "
         "KBT-kontakten på BUP fungerar bra."),
    ]

    L = []
    L.append("JOURNALUTSKRIFT".ljust(40) + "Växjö kommun – Socialförvaltningen".rjust(W - 40))
    L.append("Utskriven: 2025-04-03 08:12".ljust(40) + "Enhet: Barn och familj".rjust(W - 40))
    L.append("=" * W)
    L.append("Klient:        E.")
    L.append("Personnummer:  ÅÅMMDD-XXXX")
    L.append("Akt:           Utredning barn, SoL 11 kap. 1 §")
    L.append("Urval:         Samtliga anteckningar 2025-02-01 -- 2025-04-03")
    L.append("=" * W)
    L.append("")
    for when, kind, who, body in entries:
        L.append(f"{when}  {kind}  {who}")
        L.append("-" * W)
        for para in body.split("\n"):
            if para.startswith("- "):
                wrapped = textwrap.wrap(para[2:], width=W - 6, break_on_hyphens=False)
                L.append("    - " + wrapped[0])
                L.extend("      " + w for w in wrapped[1:])
            else:
                L.extend("    " + w for w in textwrap.wrap(para, width=W - 4, break_on_hyphens=False))
        L.append("")
        L.append("    Signerad: " + when[:10])
        L.append("")
    L.append("=" * W)
    L.append("Slut på utskrift. Antal anteckningar: %d" % len(entries))
    text = "\r\n".join(L) + "\r\n"
    with open(out(3, "txt"), "wb") as f:
        f.write(text.encode("cp1252"))


# ================================================================= 04 MD
# Decimal outline, measures with Vem:/När: lines. LSS, young adult with autism, Älmhult.

MD_04 = """\
# Samordnad individuell plan – J.

Älmhults kommun / Region Kronoberg
Datum för mötet: 2025-05-06
Plats: LSS-enheten, Älmhult

1. Inledning
1.1 Syfte
J. har beviljats daglig verksamhet enligt LSS 9 § 10 och bor fortfarande hemma hos sin mamma. Syftet med planen är att samordna starten på daglig verksamhet med habiliteringens och vårdcentralens stöd, så att J. får en förutsägbar övergång och kan komma igång utan att sömn och oro blir sämre igen.
1.2 Frågor till mötet
1.2.1 Hur ska J:s schema se ut de första fyra veckorna på daglig verksamhet?
1.2.2 Vem ska ta fram bildstöd som fungerar både hemma och på daglig verksamhet?
1.2.3 Behöver sömnmedicineringen ändras inför starten?
1.3 Deltagare
J., Maria (mamma), Lena, Ahmed, Sofia, Per

2. Nuläge
2.1 Bakgrund
J. är 22 år och har autism och lindrig intellektuell funktionsnedsättning. Han gick ut gymnasiesärskolan 2022 och har sedan dess mest varit hemma. Under vintern har han sovit dåligt och haft perioder med mycket oro, särskilt vid förändringar. Han har aktivitetsersättning från Försäkringskassan som löper ut i augusti.
2.2 Medverkan
J. var med under den första halvtimmen av mötet tillsammans med mamma och gick sedan ut med Per.

3. Mål
3.1 Målet är att J. ska komma igång på daglig verksamhet tre dagar i veckan före sommaruppehållet.
3.2 Målet är att J. ska få en fungerande sömn med fasta tider.

4. Insatser
4.1 Daglig verksamhet på Verkstan, Älmhult, tre dagar i veckan 9–14, med en fast kontaktman de första veckorna
    Vem: Daglig verksamhet Älmhult, kontaktman
    När: Start 2025-05-19
4.2 Bildstöd och veckoschema för hemmet och daglig verksamheten, hembesök och ett besök på Verkstan
    Vem: Vuxenhabiliteringen Växjö, arbetsterapeut
    När: Hembesök 2025-05-15, besök på Verkstan 2025-05-22
4.3 Genomgång av sömnmedicineringen (melatonin) och bedömning av oro
    Vem: Vårdcentralen Älmhult, distriktsläkare
    När: 2025-06-03
4.4 Utredning av ansökan om bostad med särskild service enligt LSS 9 § 9
    Vem: LSS-handläggare, Älmhults kommun
    När: Utredningen klar senast 2025-06-30

5. Andra aktörer
5.1 Ansökan om förlängd aktivitetsersättning hos Försäkringskassan
    Vem: Maria (mamma) tillsammans med J.
    När: Senast 2025-06-15
5.2 Läkarutlåtande till Försäkringskassan inför förlängningen
    Vem: Vårdcentralen Älmhult, distriktsläkare
    När: Senast 2025-06-15
5.3 Skjuts till och från daglig verksamhet de två första veckorna, därefter färdtjänst
    Vem: Maria (mamma)
    När: 2025-05-19 -- 2025-05-30

6. Samordning
6.1 Huvudansvar
Älmhults kommun har huvudansvaret för planen.
6.2 Övrigt
Planen skickas till alla som deltog.
"""


def make_04():
    with open(out(4, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(MD_04)


# ================================================================= 05 DOCX
# Letter to the god man summarising the SIP meeting. Adult with alcohol dependence, Västervik.

def make_05():
    doc = Document()
    base_font(doc, "Garamond", 12)
    fix_core(doc, "Anna", "Sammanfattning SIP-möte", datetime(2025, 6, 10, 10, 5))
    sec = doc.sections[0]
    a4(sec, Cm(2.5))
    hp = sec.header.paragraphs[0]
    r = hp.add_run("VÄSTERVIKS KOMMUN")
    r.bold = True
    r.font.size = Pt(10)
    hp2 = sec.header.add_paragraph()
    r = hp2.add_run("Socialförvaltningen · Vuxenenheten")
    r.font.size = Pt(9)
    r.font.small_caps = True

    p = doc.add_paragraph("Västervik 2025-06-10")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Till: Birgitta, god man för P.").bold = True
    p = doc.add_paragraph()
    p.add_run("Angående: Sammanfattning av SIP-mötet 2025-06-05").bold = True
    doc.add_paragraph()

    paras = [
        "Hej!",
        "Här kommer en sammanfattning av vad vi kom fram till på SIP-mötet i torsdags, eftersom "
        "du inte hade möjlighet att vara med den här gången. Vi som var med var P., Johan, Lina, "
        "Mats och jag.",
        "P. var med under hela mötet och var mer pratsam än vid förra tillfället. Han berättade "
        "att han har varit nykter sedan början av maj och att det är det han är mest stolt över. "
        "Om vad han själv vill uppnå sa han så här: ”Jag vill ha en egen lägenhet igen och "
        "kunna träffa min dotter utan att skämmas.” Han sa också att han inte vill gå i grupp "
        "just nu, men att han kan tänka sig enskilda samtal. Samtycke till samverkan finns, så vi "
        "har kunnat prata fritt med varandra om hans situation.",
        "Beroendemottagningen Västervik fortsätter med behandlingen med Antabus, som P. tar "
        "under övervakning tre gånger i veckan på mottagningen, och gör "
        "samtidigt en ny bedömning av hans leverprover. Sjuksköterskan där tar proverna vecka 25 "
        "och läkaren går igenom dem med P. vid ett besök 2025-06-26.",
        "Vuxenenheten erbjuder P. enskilda samtal med en behandlare i öppenvården varannan vecka, "
        "med start 2025-06-12. Samtalen utgår från återfallsprevention och hur han ska klara "
        "sommaren. Vi på socialtjänsten ska också titta på möjligheten till en träningslägenhet, "
        "men det finns ingen ledig just nu och vi kunde inte säga när det kan bli aktuellt.",
        "När det gäller ekonomin kom vi överens om att du som god man kontaktar Kronofogden för "
        "att få en aktuell skuldsammanställning och att du sedan hjälper P. att ansöka om "
        "skuldsanering, helst innan semesterperioden i augusti. P. tar själv med sig sina "
        "lönespecifikationer och kontoutdrag från våren till dig så att ni kan gå igenom dem "
        "tillsammans. Han har också lovat att själv ringa Försäkringskassan och fråga hur det går "
        "med hans ansökan om sjukpenning, senast vid midsommar.",
        "Jag är samordnare och har huvudansvaret för planen. Vi ses igen efter sommaren, "
        "preliminärt i september, och jag skickar en kallelse till alla, dig också, när vi har "
        "hittat en tid som passar.",
        "Hör gärna av dig om du har frågor eller om något inte stämmer med din bild.",
    ]
    for t in paras:
        p = doc.add_paragraph(t)
        p.paragraph_format.space_after = Pt(8)

    doc.add_paragraph()
    doc.add_paragraph("Vänliga hälsningar")
    doc.add_paragraph()
    for t in ["Anna", "Socialsekreterare, Vuxenenheten", "Socialtjänsten Västerviks kommun",
              "Nås via kommunens växel"]:
        p = doc.add_paragraph(t)
        p.paragraph_format.space_after = Pt(0)
    save_docx(doc, out(5, "docx"))


# ================================================================= 06 PDF (LibreOffice)
# Heading 1/2 numbered as text, TOC with dotted leaders and page numbers first.
# Discharge from psychiatric inpatient care, Kalmar -> Oskarshamn.

def make_06():
    doc = Document()
    base_font(doc, "Liberation Sans", 10.5)
    fix_core(doc, "Malin", "SIP vid utskrivning – L.", datetime(2025, 9, 2, 14, 0))
    for name, size in (("Heading 1", 14), ("Heading 2", 12)):
        st = doc.styles[name]
        st.font.name = "Liberation Sans"
        st.font.size = Pt(size)
        st.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    sec = doc.sections[0]
    usable = a4(sec, Cm(2.5))
    sec.top_margin = Cm(2.5)
    header_two_sided(sec, "Samordnad individuell plan vid utskrivning – L.",
                     "Region Kalmar län · Oskarshamns kommun")
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Sida ")
    r.font.size = Pt(8)
    add_field(fp, "PAGE")
    fp.add_run(" (")
    add_field(fp, "NUMPAGES")
    fp.add_run(")")

    p = doc.add_paragraph()
    r = p.add_run("Samordnad individuell plan (SIP)")
    r.bold = True
    r.font.size = Pt(20)
    p = doc.add_paragraph()
    r = p.add_run("vid utskrivning från psykiatrisk slutenvård")
    r.font.size = Pt(13)
    info = doc.add_table(rows=4, cols=2)
    info.style = "Table Grid"
    for i, (a, b) in enumerate([("Namn", "L."), ("Personnummer", "ÅÅMMDD-XXXX"),
                                ("Datum för SIP-möte", "2025-09-02"),
                                ("Planerat utskrivningsdatum", "2025-09-04")]):
        cell_text(info.rows[i].cells[0], a, bold=True)
        cell_text(info.rows[i].cells[1], b)
    set_col_widths(info, [Cm(5.5), Cm(10.5)])
    doc.add_paragraph()
    p = doc.add_paragraph()
    r = p.add_run("Innehåll")
    r.bold = True
    r.font.size = Pt(13)

    toc = [(1, "1 Inledning", 2), (2, "1.1 Syfte med planen", 2), (2, "1.2 Frågeställningar", 2),
           (1, "2 Deltagare och medverkan", 2), (2, "2.1 Deltagare", 2),
           (2, "2.2 Den enskildes medverkan", 2), (1, "3 Nuläge", 2),
           (1, "4 Insatser", 3), (2, "4.1 Regionens insatser", 3), (2, "4.2 Kommunens insatser", 3),
           (1, "5 Ansvar och uppföljning", 3), (2, "5.1 Huvudansvar", 3), (2, "5.2 Uppföljning", 3)]
    for i, (lvl, text, page) in enumerate(toc):
        p = doc.add_paragraph()
        pf = p.paragraph_format
        pf.left_indent = Cm(0 if lvl == 1 else 0.8)
        pf.space_after = Pt(2)
        pf.tab_stops.add_tab_stop(usable, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        if i == 0:
            r = p.add_run()
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), "begin")
            r._r.append(fc)
            r = p.add_run()
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = ' TOC \\o "1-2" \\h \\z \\u '
            r._r.append(it)
            r = p.add_run()
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), "separate")
            r._r.append(fc)
        r = p.add_run(f"{text}\t{page}")
        r.bold = lvl == 1
        if i == len(toc) - 1:
            r = p.add_run()
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), "end")
            r._r.append(fc)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    doc.add_heading("1 Inledning", level=1)
    doc.add_heading("1.1 Syfte med planen", level=2)
    doc.add_paragraph(
        "L. skrivs ut från avdelning 12, Psykiatriska kliniken, Länssjukhuset Kalmar, efter drygt "
        "fem veckors vård för ett maniskt skov. Syftet med planen är att samordna utskrivningen så "
        "att boendestöd, litiumkontroller och en fast vårdkontakt i öppenvården finns på plats "
        "redan den vecka L. kommer hem till sin lägenhet i Oskarshamn.")
    doc.add_heading("1.2 Frågeställningar", level=2)
    for q in ["Vem tar över ansvaret för litiumkontrollerna efter utskrivningen?",
              "Kan boendestödet starta dagen efter hemgång?",
              "Hur ska sömnen följas upp under den första månaden hemma?"]:
        bullet(doc, q)
    doc.add_heading("2 Deltagare och medverkan", level=1)
    doc.add_heading("2.1 Deltagare", level=2)
    dt = doc.add_table(rows=1, cols=3)
    dt.style = "Table Grid"
    for c, t in zip(dt.rows[0].cells, ["Namn", "Funktion", "Verksamhet"]):
        cell_text(c, t, bold=True)
        shade(c, "DCE6F0")
    repeat_header(dt.rows[0])
    for row in [("L.", "Patient", "–"),
                ("Erik", "Överläkare", "Psykiatriska kliniken Kalmar, avdelning 12"),
                ("Malin", "Sjuksköterska", "Psykiatriska kliniken Kalmar, avdelning 12"),
                ("Johanna", "Sjuksköterska, fast vårdkontakt",
                 "Psykiatriska öppenvårdsmottagningen Oskarshamn"),
                ("Fredrik", "Biståndshandläggare", "Socialpsykiatrin, Oskarshamns kommun"),
                ("Camilla", "Boendestödjare", "Boendestödet, Oskarshamns kommun")]:
        cells = dt.add_row().cells
        for c, t in zip(cells, row):
            cell_text(c, t)
    set_col_widths(dt, [Cm(3), Cm(5), Cm(8)])
    doc.add_heading("2.2 Den enskildes medverkan", level=2)
    doc.add_paragraph("L. deltog i mötet, som hölls i avdelningens samtalsrum. Mötet tog cirka en "
                      "timme.")
    doc.add_heading("3 Nuläge", level=1)
    doc.add_paragraph(
        "L., 29 år, har bipolär sjukdom typ 1 sedan 2019. Hon lades in 2025-07-28 efter en tids "
        "sömnlöshet, ökat tempo och stora inköp på kredit. Vården har skett enligt HSL. Hon är nu "
        "stabiliserad på litium och sover 6–7 timmar per natt. Hon bor ensam i en hyreslägenhet i "
        "Oskarshamn och har inte haft stöd från kommunen tidigare. Före inläggningen hade hon "
        "kontakt med öppenvården i Oskarshamn ungefär var tredje månad.")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    doc.add_heading("4 Insatser", level=1)

    def itable(rows):
        t = doc.add_table(rows=1, cols=3)
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, ["Insats", "Ansvarig verksamhet/funktion", "När"]):
            cell_text(c, h, bold=True)
            shade(c, "DCE6F0")
        repeat_header(t.rows[0])
        for rw in rows:
            cells = t.add_row().cells
            for c, v in zip(cells, rw):
                cell_text(c, v)
        set_col_widths(t, [Cm(5.6), Cm(5.4), Cm(5.0)])

    doc.add_heading("4.1 Regionens insatser", level=2)
    itable([
        ("Utskrivningsmeddelande och epikris till öppenvården",
         "Avdelning 12, Psykiatriska kliniken Kalmar, sjuksköterska", "Vid utskrivning 2025-09-04"),
        ("Provtagning s-litium varje vecka första månaden, därefter enligt ordination",
         "Psykiatriska öppenvårdsmottagningen Oskarshamn, sjuksköterska",
         "Tisdagar fr.o.m. 2025-09-09"),
        ("Läkarbesök med uppföljning av medicinering och sömn",
         "Psykiatriska öppenvårdsmottagningen Oskarshamn, läkare", "2025-09-23"),
        ("Stödsamtal med fast vårdkontakt varannan vecka",
         "Psykiatriska öppenvårdsmottagningen Oskarshamn, fast vårdkontakt",
         "Fr.o.m. 2025-09-11"),
    ])
    doc.add_heading("4.2 Kommunens insatser", level=2)
    itable([
        ("Boendestöd tre gånger i veckan: struktur i vardagen, måltider, sömnrutiner",
         "Boendestödet, Oskarshamns kommun, boendestödjare", "Start 2025-09-05"),
        ("Utredning av sysselsättning inom socialpsykiatrin (träfflokalen Navet)",
         "Socialpsykiatrin, Oskarshamns kommun, biståndshandläggare", "Beslut senast 2025-09-30"),
    ])
    doc.add_heading("5 Ansvar och uppföljning", level=1)
    doc.add_heading("5.1 Huvudansvar", level=2)
    doc.add_paragraph("Socialpsykiatrin, Oskarshamns kommun.")
    doc.add_heading("5.2 Uppföljning", level=2)
    doc.add_paragraph("Uppföljande SIP-möte vecka 40 på Psykiatriska öppenvårdsmottagningen "
                      "Oskarshamn. Kallelse skickas ut.")
    doc.add_paragraph()
    doc.add_paragraph("Planen upprättad av Malin, sjuksköterska, avdelning 12, Psykiatriska "
                      "kliniken Kalmar.")

    src = os.path.join(BUILD, f"{PREFIX}-06.docx")
    save_docx(doc, src)
    profile = f"file:///tmp/lo-{PREFIX}"
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless",
                    "--convert-to", "pdf", "--outdir", BUILD, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    shutil.copyfile(os.path.join(BUILD, f"{PREFIX}-06.pdf"), out(6, "pdf"))


# ================================================================= 07 DOCX
# Follow-up plan with evaluation table. Elderly woman with depression, home care, Visby.

def make_07():
    doc = Document()
    base_font(doc, "Calibri", 11)
    fix_core(doc, "Region Gotland", "Uppföljning SIP", datetime(2025, 10, 14, 16, 0))
    sec = doc.sections[0]
    a4(sec)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("Region Gotland")
    r.bold = True
    hp.add_run("  ·  Socialförvaltningen och Hälso- och sjukvårdsförvaltningen")
    for r in hp.runs:
        r.font.size = Pt(9)

    doc.add_heading("Uppföljning av samordnad individuell plan (SIP)", level=1)
    it = doc.add_table(rows=0, cols=2)
    it.style = "Table Grid"
    for a, b in [("Namn", "A-K"), ("Personnummer", "ÅÅMMDD-XXXX"),
                 ("Datum för uppföljningen", "2025-10-14"),
                 ("Ursprunglig plan upprättad", "2025-05-20"),
                 ("Samtycke", "Finns sedan tidigare."),
                 ("Huvudansvarig", "Oförändrat.")]:
        cells = it.add_row().cells
        cell_text(cells[0], a, bold=True)
        shade(cells[0], "EDEDED")
        cell_text(cells[1], b)
    set_col_widths(it, [Cm(5.5), Cm(10.5)])

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    p.add_run("Syfte: ").bold = True
    p.add_run("Se tidigare plan.")
    p = doc.add_paragraph()
    p.add_run("Mål: ").bold = True
    p.add_run("Att A-K ska må bra i sitt eget hem och känna sig trygg, även nattetid.")

    doc.add_heading("Utvärdering av insatser i planen från 2025-05-20", level=2)
    et = doc.add_table(rows=1, cols=3)
    et.style = "Table Grid"
    for c, h in zip(et.rows[0].cells, ["Insats", "Resultat", "Fortsätter (Ja/Nej)"]):
        cell_text(c, h, bold=True)
        shade(c, "C9DAF8")
    repeat_header(et.rows[0])
    for rw in [
        ("Tillsyn via trygghetskamera nattetid", "Fungerar. Inga oroliga nätter rapporterade "
         "sedan juli.", "Ja"),
        ("Hjälp med läkemedel morgon och kväll (dosett)", "Följsamheten är god, inga missade "
         "doser sedan augusti.", "Ja"),
        ("Samtalskontakt varannan vecka, KBT-inriktad", "Avslutad i september, nedstämdheten "
         "bedöms ha minskat.", "Nej"),
        ("Dagverksamhet två dagar i veckan", "Har inte kommit igång, avböjt vid flera "
         "tillfällen.", "Nej"),
        ("Läkemedelsgenomgång av antidepressiv behandling", "Genomförd 2025-08-12, dosen "
         "sänkt.", "Nej"),
    ]:
        cells = et.add_row().cells
        for c, v in zip(cells, rw):
            cell_text(c, v)
    set_col_widths(et, [Cm(5.8), Cm(7.2), Cm(3.4)])

    doc.add_heading("Nya och fortsatta insatser", level=2)
    for b in ["Fortsatt tillsyn nattetid och hjälp med läkemedel enligt ovan.",
              "Minnesutredning med kognitiv screening och provtagning.",
              "Uppmuntra till social aktivitet, t.ex. Träffpunkten i Visby söder, en eftermiddag "
              "i veckan på prov.",
              "Bedömning av behov av hjälpmedel i badrummet."]:
        bullet(doc, b)

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    p.add_run("Övrigt: ").bold = True
    p.add_run("Sonen är informerad om uppföljningen.")
    p = doc.add_paragraph()
    p.add_run("Nästa uppföljning: ").bold = True
    p.add_run("2025-12-09 kl. 10.00 i A-K:s hem.")
    save_docx(doc, out(7, "docx"))


# ================================================================= 08 DOCX
# NOT a SIP: minutes of a school's student health team meeting, Kalmar.

def make_08():
    doc = Document()
    base_font(doc, "Calibri", 11)
    fix_core(doc, "Rektor", "Protokoll elevhälsomöte", datetime(2025, 2, 18, 16, 30))
    sec = doc.sections[0]
    a4(sec)
    hp = sec.header.paragraphs[0]
    hp.text = "Kalmar kommun · Barn- och ungdomsförvaltningen · Björkängsskolan F–6"
    hp.runs[0].font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.text = "Sekretess enligt OSL 23 kap. 2 §"
    fp.runs[0].font.size = Pt(8)

    doc.add_heading("Protokoll elevhälsomöte", level=1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [("Datum", "2025-02-18 kl. 14.00–15.00"), ("Plats", "Konferensrummet, Björkängsskolan"),
                 ("Närvarande", "Helena, rektor; Lars, skolsköterska; Nadia, kurator; Ulrika, "
                  "specialpedagog; Tove, skolpsykolog; Jesper, mentor åk 5"),
                 ("Protokollförare", "Nadia, kurator"), ("Ärende", "Elev S., åk 5")]:
        cells = t.add_row().cells
        cell_text(cells[0], a, bold=True)
        cell_text(cells[1], b)
    set_col_widths(t, [Cm(4), Cm(12)])

    sections = [
        ("§ 1 Mötets öppnande", "Rektor öppnade mötet. Dagordningen godkändes."),
        ("§ 2 Föregående protokoll", "Protokollet från 2025-01-21 lades till handlingarna."),
        ("§ 3 Elevärende: S., åk 5",
         "Mentor lyfter att S. har svårt att komma igång med uppgifter, tappar fokus efter kort "
         "tid och ofta lämnar klassrummet. Frånvaron är 18 % under vårterminen, mest ströfrånvaro "
         "på måndagar. Resultaten i svenska och matematik har sjunkit sedan åk 4. Specialpedagog "
         "har observerat S. under två lektioner och ser svårigheter med läsflyt och arbetsminne. "
         "Skolsköterskan har träffat S. vid hälsobesök i höstas; S. uppgav då att hen sover dåligt "
         "och har ont i huvudet. Vårdnadshavarna har i utvecklingssamtal uttryckt oro för att S. "
         "inte har några nära kompisar i klassen."),
        ("§ 4 Bedömning",
         "Elevhälsoteamet bedömer att extra anpassningar i klassrummet behöver prövas och "
         "dokumenteras under minst sex veckor innan frågan om särskilt stöd och åtgärdsprogram "
         "tas upp. En pedagogisk kartläggning ska göras. Teamet ser i nuläget inte behov av "
         "kontakt med andra verksamheter, men frågan tas upp igen om sömn- och "
         "huvudvärksbesvären kvarstår."),
    ]
    for h, txt in sections:
        doc.add_heading(h, level=2)
        doc.add_paragraph(txt)

    doc.add_heading("§ 5 Åtgärder", level=2)
    at = doc.add_table(rows=1, cols=3)
    at.style = "Table Grid"
    for c, h in zip(at.rows[0].cells, ["Åtgärd", "Ansvarig", "Klart"]):
        cell_text(c, h, bold=True)
        shade(c, "E2EFDA")
    for rw in [
        ("Extra anpassningar: bildstöd för lektionens upplägg, uppdelade uppgifter, "
         "tillgång till hörselkåpor, placering nära dörren", "Mentor åk 5", "Fr.o.m. v. 9"),
        ("Pedagogisk kartläggning inkl. läsning och arbetsminne", "Specialpedagog", "2025-03-28"),
        ("Hälsosamtal med S. om sömn och huvudvärk, vid behov kontakt med vårdnadshavare "
         "om läkarbesök på vårdcentral", "Skolsköterska", "2025-03-07"),
        ("Samtal med S. om kamratrelationer, rastaktivitet två gånger/vecka", "Kurator", "Fr.o.m. v. 10"),
        ("Information till vårdnadshavarna om teamets bedömning och åtgärderna", "Mentor åk 5",
         "2025-02-21"),
    ]:
        cells = at.add_row().cells
        for c, v in zip(cells, rw):
            cell_text(c, v)
    set_col_widths(at, [Cm(9), Cm(4), Cm(3)])

    doc.add_heading("§ 6 Nästa möte", level=2)
    doc.add_paragraph("Uppföljning av ärendet S. på elevhälsomötet 2025-04-01. Mentor och "
                      "specialpedagog redovisar utfallet av anpassningarna och kartläggningen.")
    doc.add_paragraph()
    doc.add_paragraph("Vid protokollet: Nadia, kurator")
    doc.add_paragraph("Justeras: Helena, rektor")
    save_docx(doc, out(8, "docx"))


def main():
    os.makedirs(PLANS, exist_ok=True)
    os.makedirs(BUILD, exist_ok=True)
    make_01()
    make_02()
    make_03()
    make_04()
    make_05()
    make_06()
    make_07()
    make_08()
    for f in sorted(os.listdir(PLANS)):
        print(f, os.path.getsize(os.path.join(PLANS, f)))


if __name__ == "__main__":
    main()
