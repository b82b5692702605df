#!/usr/bin/env python3
"""Generate batch fresh-103b: eight fictional, anonymized SIP documents, Region Dalarna.

Run with /work/batches/.venv/bin/python generate.py
Writes into plans/ (f103b-01 ... f103b-08). Deterministic content (no randomness).
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
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f103b"
LO_PROFILE = "file:///tmp/lo-f103b"


def path(nn, ext):
    return os.path.join(OUT, f"{PREFIX}-{nn:02d}.{ext}")


def soffice_pdf(src, final_pdf):
    """Convert src to PDF with LibreOffice (own profile) and move to final_pdf."""
    tmpdir = tempfile.mkdtemp(prefix="f103b-")
    subprocess.run(
        ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
         "--convert-to", "pdf", "--outdir", tmpdir, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    produced = os.path.join(tmpdir, os.path.splitext(os.path.basename(src))[0] + ".pdf")
    shutil.move(produced, final_pdf)
    shutil.rmtree(tmpdir, ignore_errors=True)


# ---------------------------------------------------------------- docx helpers
def base_doc(font="Calibri", size=11):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for s in d.sections:
        s.top_margin = Cm(2)
        s.bottom_margin = Cm(2)
        s.left_margin = Cm(2.2)
        s.right_margin = Cm(2.2)
    return d


def save_docx(d, out, author="", when=(2025, 1, 1, 8, 0)):
    """Save with fixed core properties and fixed zip timestamps (byte-stable)."""
    import datetime, io, zipfile
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = datetime.datetime(*when)
    cp.modified = datetime.datetime(*when)
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(item.filename))


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def cell_text(cell, text, bold=False, size=None, italic=False):
    cell.text = ""
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
    return cell


def bold_label(d, text, size=None, space_before=8):
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(space_before)
    p.paragraph_format.space_after = Pt(2)
    p.paragraph_format.keep_with_next = True
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    return p


def para(d, text, italic=False, size=None, style=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    r = p.add_run(text)
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    return p


def add_page_field(paragraph, instr):
    r = paragraph.add_run()
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "end")
    r._r.append(f1)
    r._r.append(it)
    r._r.append(f2)


def header_footer(section, left, right=None, footer=None, page_numbers=True):
    hp = section.header.paragraphs[0]
    hp.text = ""
    text_w = section.page_width - section.left_margin - section.right_margin
    hp.paragraph_format.tab_stops.clear_all()
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Inches
    for pos in (Inches(3.25), Inches(6.5)):  # clear the Header style's own tabs
        hp.paragraph_format.tab_stops.add_tab_stop(pos, WD_TAB_ALIGNMENT.CLEAR)
    hp.paragraph_format.tab_stops.add_tab_stop(text_w, WD_TAB_ALIGNMENT.RIGHT)
    r = hp.add_run(left)
    r.font.size = Pt(9)
    if right:
        r2 = hp.add_run("\t" + right)
        r2.font.size = Pt(9)
    fp = section.footer.paragraphs[0]
    fp.text = ""
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if footer:
        rf = fp.add_run(footer + "    ")
        rf.font.size = Pt(8)
    if page_numbers:
        rf = fp.add_run("Sida ")
        rf.font.size = Pt(8)
        add_page_field(fp, "PAGE")
        rf = fp.add_run(" av ")
        rf.font.size = Pt(8)
        add_page_field(fp, "NUMPAGES")


def keep_table_together(table):
    for row in table.rows[:-1]:
        for c in row.cells:
            for p in c.paragraphs:
                p.paragraph_format.keep_with_next = True
    for row in table.rows:
        trPr = row._tr.get_or_add_trPr()
        cs = OxmlElement("w:cantSplit")
        trPr.append(cs)


def set_col_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        if i < len(widths_cm):
            gc.set(qn("w:w"), str(int(Cm(widths_cm[i]).twips)))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


# ---------------------------------------------------------------- sheet print
def print_workbook(wb, out_pdf):
    """Render an openpyxl workbook like a spreadsheet print (gridlines, wrap)."""
    from fpdf import FPDF
    from openpyxl.utils import get_column_letter

    FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
    FONTI = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"
    pdf = FPDF(unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_font("Sans", "", FONT)
    pdf.add_font("Sans", "B", FONTB)
    pdf.add_font("Sans", "I", FONTI)
    pdf.set_creator("LibreOffice Calc")
    pdf.set_title("SIP M.")
    pdf.set_creation_date(__import__("datetime").datetime(2025, 4, 24, 9, 12))
    mp = FPDF(unit="mm", format="A4")  # scratch document for measuring text
    mp.add_font("Sans", "", FONT)
    mp.add_font("Sans", "B", FONTB)
    mp.add_font("Sans", "I", FONTI)
    mp.add_page()

    # pre-count pages: one pass to lay out, second to draw
    def layout(ws, draw, page_no0, total):
        land = ws.page_setup.orientation == "landscape"
        pw, ph = (297, 210) if land else (210, 297)
        ml = mr = 12.7
        mt, mb = 20, 20
        ncol = ws.max_column
        widths = [(ws.column_dimensions[get_column_letter(c)].width or 8.43) * 1.9
                  for c in range(1, ncol + 1)]
        scale = min(1.0, (pw - ml - mr) / sum(widths))
        widths = [w * scale for w in widths]
        fs = 10 * scale
        lh = fs * 0.45
        merged = {}
        for rng in ws.merged_cells.ranges:
            merged[(rng.min_row, rng.min_col)] = rng.max_col
        title_rows = []
        if ws.print_title_rows:
            a, b = ws.print_title_rows.replace("$", "").split(":")
            title_rows = list(range(int(a), int(b) + 1))

        def hf(page):
            if not draw:
                return
            def sub(t):
                return (t or "").replace("&A", ws.title).replace("&P", str(page)).replace("&N", str(total))
            pdf.set_font("Sans", "", 8)
            pdf.set_text_color(0)
            pdf.set_xy(ml, 10)
            pdf.cell(pw - ml - mr, 4, sub(ws.oddHeader.left.text), align="L")
            pdf.set_xy(ml, 10)
            pdf.cell(pw - ml - mr, 4, sub(ws.oddHeader.right.text), align="R")
            pdf.set_xy(ml, ph - 12)
            pdf.cell(pw - ml - mr, 4, sub(ws.oddFooter.left.text), align="L")
            pdf.set_xy(ml, ph - 12)
            pdf.cell(pw - ml - mr, 4, sub(ws.oddFooter.right.text), align="R")

        def row_lines(r):
            out = {}
            c = 1
            while c <= ncol:
                cell = ws.cell(row=r, column=c)
                span_end = merged.get((r, c), c)
                w = sum(widths[c - 1:span_end])
                val = "" if cell.value is None else str(cell.value)
                f = cell.font
                style = ("B" if f.bold else "") + ("I" if f.italic else "")
                size = (f.size or 10) * scale
                mp.set_font("Sans", style, size)
                lines = []
                for part in val.split("\n"):
                    if part == "":
                        lines.append("")
                    else:
                        lines += mp.multi_cell(w - 1.6, size * 0.45, part, dry_run=True,
                                                output="LINES")
                out[c] = (span_end, w, lines, style, size, cell)
                c = span_end + 1
            return out

        def row_height(info):
            h = 0
            for span_end, w, lines, style, size, cell in info.values():
                h = max(h, len(lines) * size * 0.45 + 1.6)
            return max(h, lh + 1.6)

        def draw_row(info, y, h):
            x = ml
            for c, (span_end, w, lines, style, size, cell) in info.items():
                fill = cell.fill.fgColor.rgb if cell.fill and cell.fill.fill_type == "solid" else None
                if fill and isinstance(fill, str) and fill not in ("00000000",):
                    col = fill[-6:]
                    pdf.set_fill_color(int(col[0:2], 16), int(col[2:4], 16), int(col[4:6], 16))
                    pdf.rect(x, y, w, h, style="F")
                if ws.print_options.gridLines or cell.border.left.style:
                    pdf.set_draw_color(0)
                    pdf.set_line_width(0.1)
                    pdf.rect(x, y, w, h)
                pdf.set_font("Sans", style, size)
                yy = y + 0.8
                for ln in lines:
                    pdf.set_xy(x + 0.8, yy)
                    pdf.cell(w - 1.6, size * 0.45, ln)
                    yy += size * 0.45
                x += w

        pages = 1
        if draw:
            pdf.add_page(orientation="L" if land else "P")
            hf(page_no0 + 1)
        y = mt
        title_info = [row_lines(r) for r in title_rows]
        for r in range(1, ws.max_row + 1):
            info = row_lines(r)
            h = row_height(info)
            if y + h > ph - mb:
                pages += 1
                if draw:
                    pdf.add_page(orientation="L" if land else "P")
                    hf(page_no0 + pages)
                y = mt
                for ti in title_info:
                    th = row_height(ti)
                    if draw:
                        draw_row(ti, y, th)
                    y += th
            if all(v[2] == [] or v[2] == [""] for v in info.values()) and r not in title_rows:
                y += h * 0.6
                continue
            if draw:
                draw_row(info, y, h)
            y += h
        return pages

    counts = [layout(ws, False, 0, 0) for ws in wb.worksheets]
    total = sum(counts)
    start = 0
    for ws, n in zip(wb.worksheets, counts):
        layout(ws, True, start, total)
        start += n
    pdf.output(out_pdf)


# ======================================================================
# 01  Spreadsheet printed to PDF (xlsx -> LibreOffice): Borlänge, adult
#     with schizophrenia, rent arrears and debts
# ======================================================================
def plan01():
    wb = Workbook()
    ws = wb.active
    ws.title = "SIP"
    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    ws.column_dimensions["A"].width = 26
    ws.column_dimensions["B"].width = 88

    ws.merge_cells("A1:B1")
    ws["A1"] = "SAMORDNAD INDIVIDUELL PLAN (SIP)"
    ws["A1"].font = Font(name="Arial", bold=True, size=14)
    ws.merge_cells("A2:B2")
    ws["A2"] = "Borlänge kommun – Region Dalarna. Mall SIP vuxen, version 3 (2024)"
    ws["A2"].font = Font(name="Arial", italic=True, size=9)

    rows = [
        ("Upprättad av (enhet)", "Socialtjänsten Borlänge, vuxenenheten"),
        ("Namn", "M."),
        ("Personnummer", "XXXXXX-XXXX"),
        ("Datum för SIP-möte", "2025-04-23"),
        ("Plats", "Psykiatrimottagningen Borlänge, samtalsrum 2"),
        ("Deltagare (namn, funktion, verksamhet)", "Se kallelse."),
        ("Bakgrund / nuläge",
         "M. är 34 år och har diagnosen schizofreni sedan 2019. Han bor ensam i hyreslägenhet i "
         "Borlänge. Under vintern har M. haft en period med försämring och var inlagd på "
         "psykiatrisk heldygnsvård i Säter 2025-01-14 – 2025-02-20. Under och efter vårdtiden har "
         "hyran inte betalats för januari–mars och hyresvärden har skickat en skriftlig "
         "varning om uppsägning. M. har skulder hos Kronofogden på ca 140 000 kr (bl.a. "
         "sms-lån och obetalda elräkningar). Han har sjukersättning från Försäkringskassan. "
         "Sysselsättningen på Träffpunkten avbröts i höstas. Kontakt med Psykiatrimottagningen "
         "Borlänge, depåinjektion varannan vecka. Ingen god man i dagsläget."),
        ("Syfte med SIP",
         "Syftet är att psykiatrin och socialtjänsten tillsammans planerar stödet så att M. kan "
         "bo kvar i sin lägenhet, få en lösning på hyresskulden och skulderna hos Kronofogden "
         "och komma tillbaka till en daglig sysselsättning. Planen ska också göra det tydligt "
         "vem som gör vad om M. börjar må sämre igen, så att det inte blir ett nytt glapp som "
         "i vintras."),
        ("Frågeställningar inför mötet", "Gå igenom nuläget."),
        ("Mål",
         "Målet är att M. ska bo kvar i sin lägenhet och ha en stabil ekonomi med hyran betald "
         "varje månad. M. ska ha en meningsfull sysselsättning minst två dagar i veckan under "
         "hösten 2025."),
        ("Samtycke", ""),
        ("Insatser", "Se blad 2 ”Insatser” (sida 2)."),
        ("Andra aktörer (FK, AF, god man, närstående m.fl.)",
         "M:s bror Daniel hjälper M. att lägga upp autogiro för hyran på banken, senast "
         "2025-05-15.\n"
         "M. ansöker själv om bostadstillägg hos Försäkringskassan via e-tjänsten, med hjälp av "
         "boendestödjaren, senast 2025-05-31.\n"
         "Se även blad 2, rad 6–7."),
        ("Huvudansvarig för planen", "Socialtjänsten Borlänge"),
        ("Uppföljning", "2025-06-11 kl. 13.00 på Psykiatrimottagningen Borlänge."),
        ("Planen skickas till", "Samtliga deltagare samt M."),
    ]
    r0 = 4
    heights = {}
    for i, (lab, val) in enumerate(rows):
        r = r0 + i
        a = ws.cell(row=r, column=1, value=lab)
        b = ws.cell(row=r, column=2, value=val)
        a.font = Font(name="Arial", bold=True, size=10)
        b.font = Font(name="Arial", size=10)
        a.alignment = wrap
        b.alignment = wrap
        a.fill = PatternFill("solid", fgColor="E8EEF4")
        a.border = box
        b.border = box
        # estimated print height (LibreOffice keeps explicit heights)
        nlines = 0
        for part in (val or " ").split("\n"):
            nlines += max(1, -(-len(part) // 95))
        nlab = max(1, -(-len(lab) // 27))
        heights[r] = max(nlines, nlab) * 13.5 + 4
    for r, h in heights.items():
        ws.row_dimensions[r].height = h

    ws.print_options.gridLines = True
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.page_margins.left = 0.5
    ws.page_margins.right = 0.5
    ws.oddHeader.left.text = "Socialtjänsten Borlänge, vuxenenheten"
    ws.oddHeader.right.text = "SIP M. 2025-04-23"
    ws.oddFooter.left.text = "&A"
    ws.oddFooter.right.text = "Sida &P av &N"

    # ---- sheet 2: measures
    w2 = wb.create_sheet("Insatser")
    widths = {"A": 5, "B": 30, "C": 46, "D": 32, "E": 22}
    for k, v in widths.items():
        w2.column_dimensions[k].width = v
    w2.merge_cells("A1:E1")
    w2["A1"] = "INSATSER – SIP M. 2025-04-23"
    w2["A1"].font = Font(name="Arial", bold=True, size=12)
    head = ["Nr", "Insats", "Beskrivning", "Ansvarig (verksamhet/funktion)", "Start / tidpunkt"]
    for j, h in enumerate(head, start=1):
        c = w2.cell(row=3, column=j, value=h)
        c.font = Font(name="Arial", bold=True, size=10)
        c.fill = PatternFill("solid", fgColor="D9D9D9")
        c.alignment = wrap
        c.border = box
    meas = [
        ("1", "Depåinjektion och läkarkontakt",
         "Depåinjektion varannan vecka hos kontaktsjuksköterska. Läkarbesök var tredje månad, "
         "bedömning av dosering.",
         "Psykiatrimottagningen Borlänge, kontaktsjuksköterska och läkare",
         "Pågår. Nästa injektion 2025-04-30, läkarbesök 2025-06-04"),
        ("2", "Boendestöd",
         "Två besök i veckan: stöd med post, räkningar, inköp och städning. Boendestödjaren "
         "hjälper M. att öppna posten varje besök.",
         "Socialtjänsten Borlänge, boendestödet",
         "Start 2025-04-28"),
        ("3", "Budget- och skuldrådgivning",
         "Genomgång av skulder och kontakt med Kronofogden om möjlighet till skuldsanering.",
         "Budget- och skuldrådgivningen, Borlänge kommun",
         "Första besök 2025-05-07"),
        ("4", "Ekonomiskt bistånd hyresskuld",
         "Prövning av ansökan om ekonomiskt bistånd till hyresskulden (tre månadshyror) så att "
         "uppsägning kan undvikas.",
         "Kommunen",
         ""),
        ("5", "Sysselsättning",
         "Kartläggning av aktivitetsförmåga inför återgång till Träffpunkten eller annan daglig "
         "sysselsättning.",
         "Regionen",
         "Under maj"),
        ("6", "Autogiro för hyran",
         "Bror (Daniel) följer med M. till banken och lägger upp autogiro för hyran.",
         "Bror",
         "Senast 2025-05-15"),
        ("7", "Bostadstillägg",
         "M. ansöker om bostadstillägg hos Försäkringskassan (e-tjänst), boendestödjaren hjälper "
         "till med inloggning.",
         "M. själv",
         "Senast 2025-05-31"),
    ]
    for i, row in enumerate(meas):
        r = 4 + i
        maxl = 1
        for j, val in enumerate(row, start=1):
            c = w2.cell(row=r, column=j, value=val)
            c.font = Font(name="Arial", size=10)
            c.alignment = wrap
            c.border = box
            wdt = list(widths.values())[j - 1]
            maxl = max(maxl, -(-len(val) // max(1, int(wdt * 1.05))))
        w2.row_dimensions[r].height = maxl * 13.5 + 4
    w2.print_options.gridLines = True
    w2.print_title_rows = "3:3"
    w2.page_setup.orientation = "landscape"
    w2.page_setup.paperSize = w2.PAPERSIZE_A4
    w2.sheet_properties.pageSetUpPr.fitToPage = True
    w2.page_setup.fitToWidth = 1
    w2.page_setup.fitToHeight = 0
    w2.oddHeader.left.text = "Socialtjänsten Borlänge, vuxenenheten"
    w2.oddHeader.right.text = "SIP M. 2025-04-23"
    w2.oddFooter.left.text = "&A"
    w2.oddFooter.right.text = "Sida &P av &N"

    # LibreOffice Calc is not installed on this machine (only Writer), so the
    # workbook is "printed" by print_workbook() below, which mimics a Calc
    # print: one page set per sheet, header/footer from the sheet settings,
    # printed gridlines, wrapped cells, fit to page width.
    print_workbook(wb, path(1, "pdf"))


# ======================================================================
# 02  Crisis and action plan inside a SIP (.docx), Mora: woman with
#     bipolar disorder living alone, two inpatient stays last year
# ======================================================================
def plan02():
    d = base_doc("Calibri", 11)
    header_footer(d.sections[0], "Mora kommun  |  Region Dalarna",
                  "SIP – kris- och handlingsplan",
                  footer="Förvaras hos Lotta, boendestödet och Psykiatrimottagningen Mora")

    t = d.add_heading("Samordnad individuell plan – kris- och handlingsplan", level=1)
    para(d, "Planen är skriven tillsammans med Lotta på SIP-mötet. Den ska finnas hemma hos "
            "henne (i pärmen i köket) och hos de verksamheter som har insatser.", italic=True, size=10)

    tbl = d.add_table(rows=2, cols=4)
    tbl.style = "Table Grid"
    info = [("Namn", "Lotta"), ("Personnummer", "ÅÅMMDD-XXXX"),
            ("Datum för mötet", "2025-02-19"), ("Plats", "Psykiatrimottagningen Mora")]
    for i, (k, v) in enumerate(info):
        r, c = divmod(i, 2)
        cell_text(tbl.cell(r, c * 2), k, bold=True, size=10)
        shade(tbl.cell(r, c * 2), "EDEDED")
        cell_text(tbl.cell(r, c * 2 + 1), v, size=10)
    set_col_widths(tbl, [3.7, 4.6, 3.7, 4.6])

    d.add_heading("1. Varför har vi en SIP?", level=2)
    para(d, "Lotta har bipolär sjukdom typ 2 och har under 2024 varit inlagd två gånger på "
            "psykiatrisk heldygnsvård i Säter, båda gångerna efter att hon slutat ta sin medicin "
            "och stängt in sig hemma i flera veckor utan att någon märkte det. Syftet med planen är "
            "att boendestödet, Psykiatrimottagningen Mora och Vårdcentralen Mora ska veta vad var och "
            "en gör, och att vi tillsammans med Lotta reagerar tidigt när hon börjar må sämre så att "
            "en ny inläggning kan undvikas.")

    d.add_heading("2. Frågeställningar inför mötet", level=2)
    ft = d.add_table(rows=1, cols=1)
    ft.style = "Table Grid"
    cell_text(ft.cell(0, 0), "")
    ft.rows[0].height = Cm(1.4)

    d.add_heading("3. Mina mål", level=2)
    for s in ["Jag vill bo kvar i min lägenhet och slippa bli inlagd igen.",
              "Jag vill orka träffa min dotter varannan helg.",
              "Jag vill börja sjunga i kyrkokören igen till hösten."]:
        para(d, s, style="List Bullet")

    d.add_heading("4. Så här var Lotta med i planeringen", level=2)
    para(d, "Lotta var med under hela mötet. Hon berättade att det första tecknet på att hon mår "
            "sämre är att hon slutar svara i telefon och slutar öppna posten, och att hon då skäms "
            "och inte själv hör av sig. Hon vill att boendestödet i första hand kommer hem till "
            "henne och knackar på, och hon vill inte att polis kontaktas om det inte är absolut "
            "nödvändigt. Lotta vill ha sina mediciner i dosrullar eftersom dosetten blir rörig.")

    d.add_heading("5. Samtycke", level=2)
    para(d, "Samtycke finns.")

    d.add_heading("6. Insatser – vem gör vad och när", level=2)
    it = d.add_table(rows=1, cols=3)
    it.style = "Table Grid"
    for j, h in enumerate(["Insats", "Vem (verksamhet/funktion)", "När"]):
        cell_text(it.rows[0].cells[j], h, bold=True, size=10)
        shade(it.rows[0].cells[j], "D5E3EF")
    repeat_header(it.rows[0])
    ins = [
        ("Boendestöd två gånger i veckan (tisdag och fredag): struktur i vardagen, post, inköp "
         "och promenad.", "Socialtjänsten Mora, boendestödet", "Från 2025-02-25"),
        ("Samtal med kontaktsjuksköterska varannan vecka.", "Psykiatrimottagningen Mora, "
         "kontaktsjuksköterska Maria", "Varannan tisdag, första 2025-03-04"),
        ("Läkarbesök, översyn av litium och ordination av dosdispenserade läkemedel.",
         "Psykiatrimottagningen Mora, läkare", "2025-03-11"),
        ("Diabeteskontroll och blodprover (även litiumnivå).", "Vårdcentralen Mora, "
         "diabetessköterska", "2025-03-20"),
    ]
    for row in ins:
        cells = it.add_row().cells
        for j, v in enumerate(row):
            cell_text(cells[j], v, size=10)
    set_col_widths(it, [8.0, 5.2, 3.4])

    d.add_heading("7. Om … så … (krisplan)", level=2)
    para(d, "Det här är överenskommet på mötet. Lotta har själv formulerat tecknen i vänster kolumn.",
         size=10)
    kt = d.add_table(rows=1, cols=2)
    kt.style = "Table Grid"
    cell_text(kt.rows[0].cells[0], "Om det här händer", bold=True)
    cell_text(kt.rows[0].cells[1], "Då gör vi så här", bold=True)
    shade(kt.rows[0].cells[0], "F4DEDE")
    shade(kt.rows[0].cells[1], "F4DEDE")
    repeat_header(kt.rows[0])
    krisrader = [
        ("Om jag inte svarar i telefon på två dagar,",
         "så ringer boendestödet till kontaktsjuksköterskan på Psykiatrimottagningen Mora samma dag "
         "och gör ett hembesök dagen efter."),
        ("Om jag inte öppnar dörren vid hembesöket,",
         "så kontaktar boendestödet sin enhetschef, som tillsammans med psykiatrimottagningen "
         "bedömer om polis behöver kontaktas för att öppna."),
        ("Om dosrullarna ligger kvar oöppnade,",
         "så meddelar boendestödet kontaktsjuksköterskan, som erbjuder mig en läkartid inom en vecka."),
        ("Om jag sover mindre än fyra timmar flera nätter i rad eller blir väldigt uppvarvad och "
         "handlar på nätet,",
         "så kontaktar boendestödet kontaktsjuksköterskan samma dag, som bokar en akut läkartid "
         "på Psykiatrimottagningen Mora inom två dagar."),
        ("Om jag får tankar på att ta livet av mig,",
         "så kontaktar boendestödet eller kontaktsjuksköterskan psykiatriska akutmottagningen i "
         "Falun samma dag, och boendestödet följer med mig dit."),
    ]
    for a, b in krisrader:
        cells = kt.add_row().cells
        cell_text(cells[0], a)
        cell_text(cells[1], b)
    set_col_widths(kt, [7.0, 9.6])

    d.add_heading("8. Andra som är viktiga för mig", level=2)
    para(d, "Min dotter Sara känner till planen.")

    d.add_heading("9. Uppföljning", level=2)
    para(d, "Planen följs upp om tre månader, eller tidigare vid behov.")

    bold_label(d, "Underskrift", space_before=14)
    para(d, "Lotta: ____________________________")
    save_docx(d, path(2, "docx"), "Boendestödet Mora", (2025, 2, 19, 15, 30))


# ======================================================================
# 03  Record-system text export, fixed-width columns, each measure row on
#     two physical lines (Windows-1252, CRLF): Avesta, 84-year-old man
#     after hip fracture, discharge home
# ======================================================================
def _wrap2(text, width):
    import textwrap
    lines = textwrap.wrap(text, width)
    if len(lines) > 2:
        raise ValueError(f"too long for two lines: {text}")
    while len(lines) < 2:
        lines.append("")
    return lines


def plan03():
    W = 76
    L = []
    L.append("SAMVERKAN DALA - Samordnad planering                Utskrift 2025-05-09 10:42")
    L.append("Region Dalarna / Avesta kommun                                    Sida 1 (1)")
    L.append("=" * W)
    L.append("SAMORDNAD INDIVIDUELL PLAN (SIP)")
    L.append("=" * W)
    L.append("Person.........: G.")
    L.append("Personnummer...: XXXXXX-XXXX")
    L.append("Planstatus.....: Fastställd")
    L.append("Plantyp........: SIP i samband med utskrivning från slutenvård")
    L.append("Mötesdatum.....: 2025-05-08")
    L.append("Mötesform......: Videomöte (Skype) från Avdelning 3, Avesta lasarett")
    L.append("")
    L.append("SYFTE")
    L.append("-" * W)
    L.append("Samordning inför hemgång.")
    L.append("")
    L.append("BAKGRUND")
    L.append("-" * W)
    bak = ("84-årig man, opererad för höftfraktur vänster sida 2025-04-29 efter fall i "
           "hemmet. Bor ensam i villa i Avesta, två trappsteg vid entrén och badrum med "
           "badkar. Hade före fallet ingen hemtjänst. Går nu med rollator inomhus korta "
           "sträckor, behöver hjälp vid dusch och påklädning av nedre delen av kroppen. "
           "Lätt kognitiv svikt noterad under vårdtiden. Diabetes typ 2 (tabletter). "
           "Beräknad utskrivning 2025-05-12.")
    import textwrap
    L.extend(textwrap.wrap(bak, 74))
    L.append("")
    L.append("DELTAGARE")
    L.append("-" * W)
    L.append(f"{'Namn':<10}{'Funktion':<24}Verksamhet")
    L.append(f"{'-'*8:<10}{'-'*22:<24}{'-'*40}")
    delt = [
        ("Helena", "Biståndshandläggare", "Avesta kommun, äldreomsorgen"),
        ("Sara", "Sjuksköterska", "Avdelning 3, Avesta lasarett"),
        ("Per", "Fysioterapeut", "Hemrehab, Avesta kommun"),
        ("Jenny", "Distriktssköterska", "Vårdcentralen Avesta"),
        ("Anneli", "Enhetschef", "Hemtjänst Avesta centrum"),
    ]
    for n, f, v in delt:
        L.append(f"{n:<10}{f:<24}{v}")
    L.append("")
    L.append("INSATSER")
    L.append("-" * W)
    c_nr, c_ins, c_ans, c_start = 4, 30, 24, 12
    L.append(f"{'Nr':<{c_nr}}{'Insats':<{c_ins}}{'Ansvarig':<{c_ans}}{'Start':<{c_start}}Status")
    L.append(f"{'--':<{c_nr}}{'-'*(c_ins-2):<{c_ins}}{'-'*(c_ans-2):<{c_ans}}{'-'*10:<{c_start}}--------")
    ins = [
        ("1", "Hemtjänst 4 ggr/dag: hygien, påklädning, måltider",
         "Hemtjänst Avesta centrum", "2025-05-12", "Beviljad"),
        ("2", "Trygghetslarm installeras innan hemgång",
         "Larmgruppen, Avesta kommun", "2025-05-12", "Beviljad"),
        ("3", "Hemrehab: gångträning med rollator 2 ggr/v",
         "Hemrehab Avesta kommun, fysioterapeut", "2025-05-13", "Planerad"),
        ("4", "Bostadsanpassning: trösklar bort, toalettförhöjning",
         "Avesta kommun", "", "Ansökt"),
        ("5", "Omläggning op-sår 2 ggr/v till suturtagning",
         "Hemsjukvården Avesta, distriktssköterska", "2025-05-13", "Planerad"),
        ("6", "Läkemedelsgenomgång, dosdispensering av tabletter",
         "Vårdcentralen Avesta, läkare", "2025-05-20", "Planerad"),
        ("7", "Hjälpmedel: duschpall, griptång, förhöjningsdyna",
         "Arbetsterapeut, avd 3, Avesta lasarett", "2025-05-09", "Klar"),
    ]
    for nr, txt, ans, start, status in ins:
        a1, a2 = _wrap2(txt, c_ins - 2)
        b1, b2 = _wrap2(ans, c_ans - 2)
        L.append(f"{nr:<{c_nr}}{a1:<{c_ins}}{b1:<{c_ans}}{start:<{c_start}}{status}".rstrip())
        L.append(f"{'':<{c_nr}}{a2:<{c_ins}}{b2:<{c_ans}}".rstrip())
    L.append("")
    L.append("UPPFÖLJNING")
    L.append("-" * W)
    L.append("Datum..........: 2025-06-10 kl. 14.00")
    L.append("Form...........: Hembesök, biståndshandläggare och hemrehab")
    L.append("")
    L.append("Planen är elektroniskt signerad 2025-05-08 av deltagande verksamheter.")
    L.append("=" * W)
    L.append("*** Slut på utskrift ***")
    text = "\r\n".join(L) + "\r\n"
    with open(path(3, "txt"), "wb") as f:
        f.write(text.encode("cp1252"))


# ======================================================================
# 04  .docx, measures as a numbered list with nested sub-bullets
#     (Vem/När/Hur följs det upp), Ludvika: 19-year-old, cannabis and
#     amphetamine, dropped out of upper secondary school
# ======================================================================
def plan04():
    d = base_doc("Arial", 10.5)
    header_footer(d.sections[0], "Socialtjänsten Ludvika, vuxenenheten", "SIP",
                  footer="Sekretess enligt OSL 26 kap. och 25 kap.")

    p = d.add_paragraph()
    r = p.add_run("Samordnad individuell plan (SIP)")
    r.bold = True
    r.font.size = Pt(16)
    p = d.add_paragraph()
    r = p.add_run("Ludvika kommun och Region Dalarna")
    r.font.small_caps = True
    r.font.size = Pt(11)

    for k, v in [("Namn:", "J."), ("Personnummer:", "XXXXXX-XXXX"),
                 ("Datum:", "2025-02-04"), ("Plats:", "Socialtjänsten Ludvika, mötesrum Väsman")]:
        p = d.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        rr = p.add_run(k + " ")
        rr.bold = True
        p.add_run(v)

    bold_label(d, "Bakgrund", size=12, space_before=12)
    para(d, "J. är 19 år och bor hos sin mamma i Ludvika. Han hoppade av gymnasiet (El- och "
            "energiprogrammet) i åk 2 hösten 2024. Socialtjänsten fick en orosanmälan från "
            "polisen i november 2024 efter att J. påträffats påverkad av amfetamin. J. har enligt "
            "egen uppgift använt cannabis dagligen sedan sommaren 2024. Han har sedan december "
            "kontakt med Beroendemottagningen Ludvika. Vårdcentralen Ludvika har skrivit ut "
            "sömnmedicin. J. har ingen sysselsättning och ingen egen inkomst.")

    bold_label(d, "Frågeställningar", size=12, space_before=10)
    para(d, "Diskutera läget kring skolan och boendet.")

    bold_label(d, "Mål", size=12, space_before=10)
    para(d, "Målet är att J. ska bli drogfri och på sikt återuppta sina gymnasiestudier.")

    bold_label(d, "Delaktighet", size=12, space_before=10)
    para(d, "J. deltog på mötet tillsammans med sin mamma.")

    bold_label(d, "Samtycke", size=12, space_before=10)
    para(d, "J. har lämnat skriftligt samtycke till att Socialtjänsten Ludvika, "
            "Beroendemottagningen Ludvika och Vårdcentralen Ludvika utbyter uppgifter inom SIP. "
            "Samtycket skrevs på blanketten ”Samtycke till samordnad individuell plan” "
            "2025-01-28 och gäller ett år.")

    bold_label(d, "Insatser", size=12, space_before=10)
    items = [
        ("Fortsatt kontakt med Beroendemottagningen Ludvika.",
         [("Vem:", "Beroendemottagningen Ludvika"), ("När:", "Löpande"),
          ("Hur följs det upp:", "På nästa SIP-möte")]),
        ("Stöd vid behov från socialtjänsten.",
         [("Vem:", "Socialtjänsten Ludvika, vuxenenheten"),
          ("Hur följs det upp:", "J. hör själv av sig om han behöver något")]),
        ("Samtal vid behov.",
         [("När:", "Under våren")]),
        ("Fortsatt kontakt med vårdcentralen.",
         [("Vem:", "Regionen"), ("När:", "Vid behov")]),
        ("Stöd kring sysselsättning.",
         [("Vem:", "Socialtjänsten"),
          ("Hur följs det upp:", "Stäms av på nästa möte")]),
    ]
    for main, subs in items:
        mp_ = para(d, main, style="List Number")
        mp_.paragraph_format.space_before = Pt(6)
        mp_.paragraph_format.space_after = Pt(0)
        for lab, val in subs:
            sp = d.add_paragraph(style="List Bullet 2")
            sp.paragraph_format.space_after = Pt(0)
            rr = sp.add_run(lab + " ")
            rr.bold = True
            sp.add_run(val)

    bold_label(d, "Andra aktörer", size=12, space_before=10)
    para(d, "Utöver kommunen och regionen finns inga andra aktörer med insatser i planen. "
            "Arbetsförmedlingen och Försäkringskassan är inte aktuella i nuläget. Mamma deltar som "
            "stöd till J. men har inga egna åtgärder i planen.")

    bold_label(d, "Uppföljning", size=12, space_before=10)
    para(d, "Uppföljning vecka 20.")

    bold_label(d, "Deltagare", size=12, space_before=10)
    for n in ["J.", "Eva (mamma)", "Maria", "Peter", "Sofie"]:
        para(d, n, style="List Bullet")

    save_docx(d, path(4, "docx"), "Socialtjänsten Ludvika", (2025, 2, 5, 9, 10))


# ======================================================================
# 05  Markdown plan written by a school's student health team, a table
#     per term, the student's words in a blockquote: Leksand, 14-year-old
#     girl with school refusal and anxiety
# ======================================================================
PLAN05 = """# SIP – Samordnad individuell plan

**Elevhälsoteamet, Högstadieskolan i Leksand**
Skriven av: Karin, skolkurator

| | |
|---|---|
| **Elev** | Ella, åk 8 |
| **Personnummer** | ÅÅMMDD-XXXX |
| **SIP-möte** | 2025-09-17, kl. 13.15–14.30, konferensrummet vid elevhälsan |
| **Vårdnadshavare** | Mamma och pappa (gemensam vårdnad) |

---

## Purpose / Syfte

Samordning mellan skola och BUP.

## Background / Bakgrund

Ella har haft hög frånvaro sedan vårterminen i åk 7. Under VT 2025 var frånvaron ca 60 %,
mest hel dag och oftast måndagar och tisdagar. Hon beskriver stark oro i korridorer och i
matsalen och har svårt att ta sig iväg på morgonen. Ella är inskriven på BUP Falun sedan
mars 2025 och har påbörjat KBT. Betygen i flera ämnen är i fara (F i SO och NO i våras).
Skolan har sedan augusti en anpassning med att Ella får sitta i studion under lektioner
i matematik och svenska.

## Questions / Frågeställningar

- Hur lägger skolan och BUP upp en gemensam plan för stegvis återgång till heldagar?
- Behöver Ella anpassad studiegång i fler ämnen än idag, och vem utreder det?
- Vem ska höra av sig hem på morgonen när Ella inte kommer, och hur?
- Hur kan exponeringsövningarna i KBT:n kopplas till riktiga skolsituationer?

## In Ella's own words / Ellas egna ord

> "Jag vill kunna gå till skolan igen, i alla fall tre dagar i veckan. Det värsta är
> korridoren på morgonen när alla står där. Jag vill inte att varje lärare ska prata med
> mig om frånvaron, det räcker att Sofia gör det."

## Goals / Mål

- **Ellas mål:** ”Att jag är i skolan tre hela dagar i veckan innan jullovet.”
- **Ellas mål på längre sikt:** ”Jag vill klara godkänt i alla ämnen i nian så att jag kan
  söka Naturbruk.”
- Skolans mål: närvaron ökar till minst 60 % under HT 2025.

## Participation / Delaktighet

Ella och båda vårdnadshavarna var med på mötet. Ella ville sitta nära dörren och fick
ta en paus efter halva tiden. Hon var tydlig med att hon vill börja senare på morgonen
och inte gå genom huvudentrén. Pappa tog upp att Ella sover dåligt söndag kväll.

## Consent / Samtycke

Samtycke finns från vårdnadshavare.

## Measures / Insatser

### HT 2025

| Insats | Vem | När |
|---|---|---|
| Anpassat schema: Ella börjar kl. 9.40 och går in via elevhälsans ingång | Mentor Sofia, Högstadieskolan i Leksand | Fr.o.m. 2025-09-22 |
| Samtal med kurator en gång/vecka, fokus på oro och morgonrutin | Kurator Karin, elevhälsan | Onsdagar fr.o.m. 2025-09-24 |
| KBT med exponering för skolsituationer (korridor, matsal) | BUP Falun, psykolog | Varannan vecka fr.o.m. 2025-09-30 |
| Lugn arbetsplats i studion under ma, sv och en, uppgifter läggs i Classroom | Specialpedagog, Högstadieskolan i Leksand | Fr.o.m. 2025-09-22 |
| Sms hem kl. 8.15 om Ella inte har kommit | Mentor Sofia | Varje skoldag fr.o.m. 2025-09-22 |
| Hälsosamtal om sömn | Skolsköterska Malin, elevhälsan | 2025-10-08 |

### VT 2026

| Insats | Vem | När |
|---|---|---|
| Utökat schema till tre heldagar (mån, ons, tors) | Mentor Sofia och specialpedagog | Fr.o.m. 2026-01-12 |
| Utredning av behov av anpassad studiegång i SO och NO | Rektor, Högstadieskolan i Leksand | Beslut senast 2026-02-06 |
| Läkarbedömning av ev. läkemedel mot ångest | BUP Falun, läkare | Senast 2026-02-15 |
| Förberedande besök inför PRAO, välja arbetsplats med få personer | Studie- och yrkesvägledare, Högstadieskolan i Leksand | Vecka 10 (2026-03-02) |

## Responsible / Huvudansvar

Huvudansvarig för planen: Elevhälsan.

## Participants / Deltagare

- Ella
- Mamma och pappa
- Karin, kurator
- Sofia, mentor
- Malin, skolsköterska
- Anders, psykolog

*Planen delas ut till Ella och vårdnadshavarna. Kopia förvaras i elevhälsans journal.*
"""


def plan05():
    with open(path(5, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(PLAN05)


# ======================================================================
# 06  Landscape .docx, one table with a row per life area (Område | Så är
#     det nu | Det här vill jag | Så här gör vi): Falun, 24-year-old man
#     with autism and mild intellectual disability, LSS
# ======================================================================
def plan06():
    d = base_doc("Calibri", 10.5)
    s = d.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    s.left_margin = s.right_margin = Cm(1.8)
    s.top_margin = s.bottom_margin = Cm(1.6)
    header_footer(s, "Falu kommun, LSS-handläggning  •  Region Dalarna, Habiliteringen Falun",
                  "SIP – livsområden", footer="SIP D. 2025-10-08")

    d.add_heading("Samordnad individuell plan (SIP) för D.", level=1)

    it = d.add_table(rows=2, cols=6)
    it.style = "Table Grid"
    for j, (k, v) in enumerate([("Datum", "2025-10-08"), ("Plats", "Habiliteringen Falun"),
                                ("Personnummer", "XXXXXX-XXXX")]):
        cell_text(it.cell(0, j * 2), k, bold=True, size=10)
        shade(it.cell(0, j * 2), "E2EFDA")
        cell_text(it.cell(0, j * 2 + 1), v, size=10)
    set_col_widths(it, [2.4, 5.6, 2.0, 5.6, 3.7, 6.7])
    m = it.cell(1, 0).merge(it.cell(1, 5))
    cell_text(m, "Huvudansvarig för planen: Lina, LSS-handläggare, Falu kommun", bold=True, size=10)

    p = bold_label(d, "Syfte: ", space_before=10)
    p.add_run("Gemensam planering.")
    p = bold_label(d, "Frågeställningar: ", space_before=4)
    p.add_run("Gå igenom läget inom alla livsområden.")
    p = bold_label(d, "D:s delaktighet: ", space_before=4)
    p.add_run("D. deltog inte på mötet. Det D. själv vill står i kolumnen ”Det här vill jag” "
              "och har skrivits ned av LSS-handläggaren vid hembesök 2025-09-30.")

    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    heads = ["Område", "Så är det nu", "Det här vill jag", "Så här gör vi (vem, när)"]
    for j, h in enumerate(heads):
        cell_text(t.rows[0].cells[j], h, bold=True)
        shade(t.rows[0].cells[j], "A9D08E")
    repeat_header(t.rows[0])
    rows = [
        ("Boende",
         "Bor hemma hos mamma och pappa i Falun. Klarar vardagssysslor med påminnelser och "
         "bildschema. Föräldrarna vill att D. ska flytta inom ett par år.",
         "”Jag vill ha en egen lägenhet där jag bestämmer själv. Gärna nära stan så jag kan "
         "gå till affären.”",
         "LSS-handläggare Lina, Falu kommun: utreder ansökan om bostad med särskild service "
         "(9 § 9 LSS), beslut senast 2025-12-15.\n"
         "Arbetsterapeut, Habiliteringen Falun: bedömning av förmåga i hemmet (matlagning, tvätt), "
         "start 2025-10-20."),
        ("Sysselsättning",
         "Daglig verksamhet fyra dagar i veckan på caféet i centrum, mest disk och "
         "påfyllning.",
         "”Jag vill jobba mer med datorer och inte bara diska.”",
         "Daglig verksamhet Falun, arbetsledare: låter D. prova kassa och beställningar i "
         "datorn två förmiddagar i veckan fr.o.m. 2025-11-03."),
        ("Hälsa",
         "Svårt att somna, blir mycket stressad vid förändringar (t.ex. ny personal). "
         "Melatonin sedan i våras.",
         "”Jag vill sova bättre och inte bli så arg och stressad när saker ändras.”",
         "Habiliteringen Falun, psykolog: fem samtal om stress med bildstöd, start 2025-10-15.\n"
         "Vårdcentralen Falun centrum, läkare: uppföljning av sömnmedicin 2025-11-12."),
        ("Ekonomi",
         "Aktivitetsersättning från Försäkringskassan t.o.m. 2026-01-31. God man sedan 2023 "
         "sköter räkningarna. D. har svårt att veta hur mycket pengar han har.",
         "”Jag vill ha egna pengar varje vecka som jag själv bestämmer över.”",
         "God man (Kerstin): för över 600 kr till D:s kort varje måndag fr.o.m. 2025-10-13.\n"
         "D. ansöker om förlängd aktivitetsersättning hos Försäkringskassan tillsammans med god "
         "man, senast 2025-11-30."),
        ("Fritid",
         "Är mest hemma och spelar datorspel på kvällar och helger. Har ingen kompis "
         "utanför daglig verksamhet.",
         "”Jag vill träffa kompisar som gillar samma spel som jag.”",
         "LSS-handläggare Lina: utreder kontaktperson (9 § 4 LSS), beslut senast 2025-12-01.\n"
         "Mamma skjutsar D. till spelkvällen på fritidsgården onsdagar fr.o.m. 2025-10-15."),
    ]
    for row in rows:
        cells = t.add_row().cells
        for j, v in enumerate(row):
            cell_text(cells[j], v, bold=(j == 0), size=10)
    set_col_widths(t, [3.4, 6.8, 6.0, 9.8])

    save_docx(d, path(6, "docx"), "LSS Falu kommun", (2025, 10, 9, 11, 0))


# ======================================================================
# 07  Follow-up of a SIP (.docx -> PDF with LibreOffice): Rättvik, woman
#     52 with depression and alcohol problems, after inpatient care
# ======================================================================
def plan07():
    d = base_doc("Times New Roman", 11)
    header_footer(d.sections[0], "Rättviks kommun / Region Dalarna", "Uppföljning av SIP",
                  footer="SIP-uppföljning A. 2025-06-10")

    d.add_heading("Uppföljning av samordnad individuell plan (SIP)", level=1)

    t = d.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    info = [("Namn", "A."), ("Personnummer", "XXXXXX-XXXX"),
            ("Datum för uppföljningen", "2025-06-10"),
            ("Plats", "Psykiatrimottagningen Rättvik"),
            ("Ursprunglig plan upprättad", "2025-03-12 (efter utskrivning från heldygnsvård i Säter)")]
    for i, (k, v) in enumerate(info):
        cell_text(t.cell(i, 0), k, bold=True)
        shade(t.cell(i, 0), "F2F2F2")
        cell_text(t.cell(i, 1), v)
    set_col_widths(t, [5.0, 11.6])

    d.add_heading("Syfte", level=2)
    para(d, "Syftet är detsamma som i planen från 2025-03-12.")

    d.add_heading("Frågor till dagens möte", level=2)
    for q in ["Behöver A. fortfarande boendestöd tre gånger i veckan, eller kan det trappas ned "
              "under sommaren?",
              "Hur ska kontakten med psykiatrin se ut i juli när kontaktsjuksköterskan har semester?",
              "Ska samtalen på Beroendemottagningen fortsätta efter de åtta planerade gångerna?"]:
        para(d, q, style="List Bullet")

    d.add_heading("Mål", level=2)
    para(d, "Målen från planen 2025-03-12 kvarstår.")

    d.add_heading("A:s synpunkter", level=2)
    para(d, "A. var med på hela mötet. Hon tycker att boendestödet har hjälpt henne mest, "
            "särskilt att komma ut på promenader och att handla mat regelbundet. Hon vill ha kvar "
            "samma kontaktsjuksköterska och vill inte börja om med någon ny efter sommaren. Hon "
            "berättade själv om de två återfallen i alkohol i maj och vill fortsätta samtalen.")

    d.add_heading("Samtycke", level=2)
    para(d, "A. lämnade muntligt samtycke på mötet 2025-06-10 till att de deltagande "
            "verksamheterna fortsätter att utbyta information inom ramen för SIP fram till nästa "
            "uppföljning. Antecknat i respektive journal.")

    d.add_heading("Deltagare", level=2)
    dt = d.add_table(rows=1, cols=3)
    dt.style = "Table Grid"
    for j, h in enumerate(["Namn", "Funktion", "Verksamhet"]):
        cell_text(dt.rows[0].cells[j], h, bold=True)
        shade(dt.rows[0].cells[j], "D9E2F3")
    for row in [("A.", "", ""),
                ("Eva", "Kontaktsjuksköterska", "Psykiatrimottagningen Rättvik"),
                ("Jonas", "Socialsekreterare", "Socialtjänsten Rättvik, vuxenenheten"),
                ("Petra", "Boendestödjare", "Socialtjänsten Rättvik, boendestödet"),
                ("Mikael", "Distriktsläkare", "Vårdcentralen Rättvik"),
                ("Linnea", "Behandlare", "Beroendemottagningen Leksand-Rättvik")]:
        cells = dt.add_row().cells
        for j, v in enumerate(row):
            cell_text(cells[j], v)
    set_col_widths(dt, [3.0, 5.0, 8.6])

    d.add_heading("Huvudansvarig för planen", level=2)
    para(d, "Eva, kontaktsjuksköterska, Psykiatrimottagningen Rättvik (oförändrat sedan 2025-03-12).")

    d.add_heading("Insatser – uppföljning", level=2)
    earlier = [
        ("1. Boendestöd tre gånger i veckan",
         "Socialtjänsten Rättvik, boendestödet",
         "A. har tagit emot boendestödet nästan varje gång (två missade besök i april). "
         "Promenader och inköp fungerar, disken och tvätten sköter hon nu själv.",
         "Fortsätter, minskas till två gånger i veckan (måndag och torsdag) fr.o.m. 2025-06-16.",
         "2025-09-09"),
        ("2. Kontakt med kontaktsjuksköterska varannan vecka och läkemedelsbehandling",
         "Psykiatrimottagningen Rättvik, kontaktsjuksköterska och läkare",
         "A. har kommit på alla besök. Sertralin höjdes i april, hon sover bättre och "
         "beskriver mindre nedstämdhet.",
         "Fortsätter. Under juli telefonsamtal med vikarierande sjuksköterska 2025-07-08 och "
         "2025-07-22.",
         "2025-09-09"),
        ("3. Alkoholbehandling, samtal (ÅP-metod) åtta gånger",
         "Beroendemottagningen Leksand-Rättvik, behandlare",
         "A. har gått på sex av åtta samtal. Två återfall i maj som hon själv tog upp.",
         "Fortsätter med ytterligare åtta samtal, varannan vecka fr.o.m. 2025-06-17.",
         "2025-09-09"),
        ("4. Leverprover och återbesök distriktsläkare",
         "Vårdcentralen Rättvik, distriktsläkare",
         "Proverna 2025-05-20 var nästan normala. Inget fortsatt behov av täta kontroller.",
         "Avslutas. Årskontroll bokas via vårdcentralen.",
         "–"),
    ]
    for title, who, how, cont, nxt in earlier:
        bold_label(d, title, space_before=10)
        et = d.add_table(rows=4, cols=2)
        et.style = "Table Grid"
        for i, (k, v) in enumerate([("Ansvarig", who), ("Hur gick det?", how),
                                    ("Fortsätter/avslutas", cont),
                                    ("Nästa uppföljning av insatsen", nxt)]):
            cell_text(et.cell(i, 0), k, bold=True, size=10)
            shade(et.cell(i, 0), "F2F2F2")
            cell_text(et.cell(i, 1), v, size=10)
        set_col_widths(et, [4.6, 12.0])
        keep_table_together(et)

    bold_label(d, "Ny insats", space_before=12)
    nt = d.add_table(rows=1, cols=3)
    nt.style = "Table Grid"
    for j, h in enumerate(["Insats", "Ansvarig", "När"]):
        cell_text(nt.rows[0].cells[j], h, bold=True, size=10)
        shade(nt.rows[0].cells[j], "D9E2F3")
    cells = nt.add_row().cells
    for j, v in enumerate(["Stöd att hitta en sysselsättning, t.ex. arbetsträning eller "
                           "Träffpunkten två förmiddagar i veckan",
                           "Kommunen", "Efter sommaren"]):
        cell_text(cells[j], v, size=10)
    set_col_widths(nt, [9.0, 4.0, 3.6])

    d.add_heading("Nästa uppföljning av planen", level=2)
    para(d, "2025-09-09 kl. 10.00 på Psykiatrimottagningen Rättvik. Eva skickar kallelse.")

    tmp = tempfile.mkdtemp(prefix="f103b-d-")
    src = os.path.join(tmp, f"{PREFIX}-07.docx")
    save_docx(d, src, "Psykiatrimottagningen Rättvik", (2025, 6, 10, 14, 0))
    soffice_pdf(src, path(7, "pdf"))
    shutil.rmtree(tmp, ignore_errors=True)


# ======================================================================
# 08  NOT a SIP: evaluation questionnaire after the SIP meeting, filled in
# ======================================================================
def plan08():
    d = base_doc("Calibri", 11)
    header_footer(d.sections[0], "Falu kommun, Socialtjänsten  •  Region Dalarna",
                  "Enkät efter SIP-möte", footer="Svaren används för att förbättra våra SIP-möten",
                  page_numbers=True)

    p = d.add_paragraph()
    r = p.add_run("Utvärdering av SIP-mötet – vad tyckte du?")
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)

    para(d, "Hej! Du var med på ett SIP-möte (samordnad individuell plan) 2025-05-20 på "
            "Socialtjänsten Falun. Vi vill gärna veta hur du upplevde mötet. Det tar ungefär fem "
            "minuter. Du behöver inte skriva ditt namn. Sätt ett kryss i rutan som stämmer bäst.")

    def q(nr, text, options, chosen, note=None):
        p = bold_label(d, f"{nr}. {text}", space_before=10)
        p = d.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.6)
        for o in options:
            box = "☒" if o == chosen else "☐"
            p.add_run(f"{box} {o}      ")
        if note is not None:
            lab, ans = note
            p2 = d.add_paragraph()
            p2.paragraph_format.left_indent = Cm(0.6)
            p2.add_run(lab + " ")
            ra = p2.add_run(ans)
            ra.italic = True
            ra.font.color.rgb = RGBColor(0x1A, 0x3D, 0x8F)

    q(1, "Fick du säga det du ville på mötet?", ["Ja", "Delvis", "Nej"], "Ja")
    q(2, "Kändes det som att de andra lyssnade på dig?", ["Ja", "Delvis", "Nej"], "Ja")
    q(3, "Förstod du vad som bestämdes på mötet?", ["Ja", "Delvis", "Nej"], "Delvis",
      ("Om delvis eller nej – vad var svårt?",
       "Det var många förkortningar och jag vet inte riktigt vad boendestöd innebär."))
    q(4, "Vet du vem som är huvudansvarig för din plan?", ["Ja", "Nej", "Vet inte"], "Ja",
      ("Om ja, vem?", "Tomas på socialtjänsten tror jag"))
    q(5, "När är nästa möte?", ["Jag vet datumet", "Ungefär", "Vet inte"], "Ungefär",
      ("Skriv när:", "I september någon gång"))
    q(6, "Var det för många personer på mötet?", ["Ja", "Lagom", "För få"], "Ja")
    q(7, "Fick du en kopia av planen efter mötet?", ["Ja", "Nej", "Vet inte"], "Vet inte")
    q(8, "Hur kändes mötet på det hela taget? (1 = mycket dåligt, 5 = mycket bra)",
      ["1", "2", "3", "4", "5"], "4")

    bold_label(d, "9. Är det något mer du vill säga till oss?", space_before=10)
    t = d.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    cell_text(c, "Det var bra att jag fick ha med min syster. Nästa gång vill jag veta innan vem "
                 "som kommer. Jag blev trött efter en timme.", italic=True)

    bold_label(d, "Fylldes i av", space_before=10)
    p = d.add_paragraph()
    for o, ch in [("Mig själv", True), ("Med hjälp av någon", False)]:
        p.add_run(("☒ " if ch else "☐ ") + o + "      ")

    para(d, "Tack för din hjälp! Lägg enkäten i det frankerade svarskuvertet senast 2025-06-05.",
         italic=True, size=10)
    save_docx(d, path(8, "docx"), "Socialtjänsten Falun", (2025, 5, 21, 8, 45))


def main():
    os.makedirs(OUT, exist_ok=True)
    for fn in (plan01, plan02, plan03, plan04, plan05, plan06, plan07, plan08):
        fn()
        print("ok", fn.__name__)


if __name__ == "__main__":
    main()
