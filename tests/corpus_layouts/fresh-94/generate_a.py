#!/usr/bin/env python
"""Generate batch f94a: eight fictional, anonymized documents (seven SIP plans and
one non-plan) for Region Västerbotten. Deterministic: fixed dates, no randomness.

Run with /work/batches/.venv/bin/python generate.py
"""
import os
import shutil
import subprocess
import textwrap
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
PLANS = os.path.join(HERE, "plans")
BUILD = os.path.join(HERE, "build")
PREFIX = "f94a"
LO_PROFILE = "file:///tmp/lo-f94a"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_I = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"

# fixed core properties so that .docx files are identical between runs
import datetime as _dt
FIXED_DT = _dt.datetime(2025, 1, 1, 8, 0, 0)


def out(n, ext):
    return os.path.join(PLANS, f"{PREFIX}-{n:02d}.{ext}")


def soffice_pdf(src, target):
    """Print src to PDF with LibreOffice (own profile) and move it to target."""
    subprocess.run(
        ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
         "--convert-to", "pdf", "--outdir", BUILD, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    produced = os.path.join(BUILD, os.path.splitext(os.path.basename(src))[0] + ".pdf")
    shutil.move(produced, target)


def fix_core(doc, title, author):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1


def set_cell_shading(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def add_field(paragraph, instr):
    """Simple field (PAGE, NUMPAGES) as fldChar runs."""
    r1 = paragraph.add_run()
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "begin"); r1._r.append(fc)
    r2 = paragraph.add_run()
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = f" {instr} "
    r2._r.append(it)
    r3 = paragraph.add_run()
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "separate"); r3._r.append(fc)
    paragraph.add_run("1")
    r5 = paragraph.add_run()
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "end"); r5._r.append(fc)


# ---------------------------------------------------------------------------
# 01  Excel workbook printed to PDF: man 50, bipolar disorder, gambling debts, Umeå
# ---------------------------------------------------------------------------
def plan01():
    wb = Workbook()
    ws = wb.active
    ws.title = "SIP"
    ws.column_dimensions["A"].width = 31
    ws.column_dimensions["B"].width = 34
    ws.column_dimensions["C"].width = 13
    ws.column_dimensions["D"].width = 13

    bold = Font(name="Calibri", bold=True, size=11)
    normal = Font(name="Calibri", size=10)
    wrap = Alignment(wrap_text=True, vertical="top")
    head_fill = PatternFill("solid", fgColor="D9E1F2")

    ws["A1"] = "SAMORDNAD INDIVIDUELL PLAN (SIP)"
    ws["A1"].font = Font(name="Calibri", bold=True, size=14)
    ws["A2"] = "Umeå kommun / Region Västerbotten"
    ws["A2"].font = Font(name="Calibri", italic=True, size=10)

    rows = [
        ("Datum för möte", "2025-03-11"),
        ("Person", "J., 50 år"),
        ("Personnummer", "XXXXXX-XXXX"),
        ("Kommun", "Umeå"),
        ("Mötesplats", "Psykiatrisk öppenvårdsmottagning Umeå"),
        ("Syfte med planen",
         "Planen ska samordna psykiatrins, socialtjänstens och budget- och "
         "skuldrådgivningens insatser så att J. får ett stabilt mående efter vinterns "
         "maniska skov och en hållbar lösning på spelskulderna innan ärendena hos "
         "Kronofogden går vidare till utmätning av lön."),
        ("Bakgrund",
         "J. har bipolär sjukdom typ 1 sedan drygt 20 år och behandlas med litium. "
         "Under ett maniskt skov i december–januari spelade han på nätcasino och tog flera "
         "SMS-lån. Skulderna är ca 380 000 kr, sju ärenden ligger hos Kronofogden. "
         "Sjukskriven på heltid från arbetet som lagerarbetare sedan 2025-01-08. "
         "Bor ensam i hyreslägenhet på Ålidhem. Har en syster, Lena, i Umeå som han har "
         "nära kontakt med. Ingen tidigare kontakt med socialtjänsten."),
        ("Frågeställningar", "Gå igenom läget kring ekonomin och måendet."),
        ("Den enskildes mål",
         "Målet är att J. ska bli fri från spelandet, ha ett stabilt mående och på sikt "
         "kunna gå tillbaka till arbetet på lagret."),
        ("Delaktighet", "J. deltog under hela mötet."),
        ("Samtycke", "Samtycke finns."),
        ("Huvudansvarig för planen",
         "Sjuksköterska Camilla, Psykiatrisk öppenvårdsmottagning Umeå, Region Västerbotten"),
        ("Deltagare",
         "J.\n"
         "Camilla, sjuksköterska, Psykiatrisk öppenvårdsmottagning Umeå\n"
         "Erik, överläkare, Psykiatrisk öppenvårdsmottagning Umeå\n"
         "Sofia, socialsekreterare, IFO vuxen, Umeå kommun\n"
         "Hanna, budget- och skuldrådgivare, Umeå kommun\n"
         "Lena, syster"),
        ("Andra aktörers insatser",
         "Försäkringskassan: handläggaren kallar till avstämningsmöte om sjukpenning och "
         "plan för återgång i arbete, preliminärt i april.\n"
         "Systern Lena: följer med J. till banken 2025-03-18 för att spärra kreditkortet "
         "och säga upp kontokrediten.\n"
         "J. själv: har registrerat sig på Spelpaus.se under mötet och installerar "
         "spelblockering i telefonen senast 2025-03-14."),
        ("Uppföljning", "Uppföljande SIP-möte 2025-05-20 kl. 13.00 på mottagningen."),
    ]
    r = 4
    for label, value in rows:
        ws.cell(row=r, column=1, value=label).font = bold
        ws.cell(row=r, column=1).alignment = wrap
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
        c = ws.cell(row=r, column=2, value=value)
        c.font = normal
        c.alignment = wrap
        # rough row height: LibreOffice does not auto-fit merged cells
        lines = 0
        for part in value.split("\n"):
            lines += max(1, (len(part) // 68) + 1)
        ws.row_dimensions[r].height = max(15, 13.5 * lines)
        r += 1

    r += 1
    ws.cell(row=r, column=1, value="INSATSER").font = Font(name="Calibri", bold=True, size=12)
    r += 1
    headers = ["Insats", "Ansvarig", "Start", "Klart"]
    for i, h in enumerate(headers, start=1):
        c = ws.cell(row=r, column=i, value=h)
        c.font = bold
        c.fill = head_fill
        c.alignment = wrap
    header_row = r
    measures = [
        ("Läkemedelsbehandling med litium, provtagning S-litium var tredje månad och "
         "läkarbesök", "Överläkare Erik, Psykiatrisk öppenvårdsmottagning Umeå",
         "2025-03-11", "Löpande"),
        ("Samtal med sjuksköterska varannan vecka: tidiga tecken på skov, krisplan "
         "upprättas", "Sjuksköterska Camilla, Psykiatrisk öppenvårdsmottagning Umeå",
         "2025-03-18", "2025-09-30"),
        ("Behandling för spelberoende, KBT-grupp 8 träffar", "Regionen",
         "2025-04-02", "2025-05-28"),
        ("Genomgång av alla skulder, ansökan om skuldsanering hos Kronofogden",
         "Budget- och skuldrådgivare Hanna, Umeå kommun", "2025-03-20", "2025-06-30"),
        ("Prövning av ekonomiskt bistånd till hyran för april", "Socialsekreterare Sofia, "
         "IFO vuxen, Umeå kommun", "2025-03-13", "2025-04-30"),
        ("Boendestöd två gånger i veckan: struktur kring post, räkningar och veckobudget",
         "Boendestödet, Umeå kommun", "2025-04-01", "2025-09-30"),
    ]
    for ins, ans, start, klart in measures:
        r += 1
        vals = [ins, ans, start, klart]
        for i, v in enumerate(vals, start=1):
            c = ws.cell(row=r, column=i, value=v)
            c.font = normal
            c.alignment = wrap
        ws.row_dimensions[r].height = 44
    thin = Side(style="thin", color="808080")
    for row in ws.iter_rows(min_row=header_row, max_row=r, min_col=1, max_col=4):
        for c in row:
            c.border = Border(left=thin, right=thin, top=thin, bottom=thin)

    r += 2
    ws.cell(row=r, column=1, value="Planen upprättad av").font = bold
    ws.cell(row=r, column=2, value="Camilla, sjuksköterska").font = normal

    ws.print_options.gridLines = True
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = None
    ws.oddHeader.center.text = "&A"
    ws.oddHeader.right.text = "Utskrivet 2025-03-12"
    ws.oddFooter.center.text = "Sida &P av &N"
    ws.page_margins.left = 0.5
    ws.page_margins.right = 0.5
    wb.properties.creator = "Camilla"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    src = os.path.join(BUILD, f"{PREFIX}-01.xlsx")
    wb.save(src)
    # This machine's LibreOffice has no Calc module (writer-nogui only), so the
    # workbook cannot be opened by soffice directly.  We "print" it the way Calc
    # would: read the saved workbook back, lay the used range out as a grid with
    # printed gridlines, column widths, merged cells and the sheet name (&A) in the
    # page header, and let LibreOffice print that to PDF.
    print_sheet_like_calc(src, out(1, "pdf"))


def print_sheet_like_calc(xlsx_path, target):
    from openpyxl import load_workbook
    from openpyxl.utils import get_column_letter
    wb = load_workbook(xlsx_path)
    ws = wb["SIP"]
    max_r, max_c = ws.max_row, ws.max_column
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    st.paragraph_format.space_after = Pt(0)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(1.27)
    sec.top_margin = Cm(2.0)
    sec.bottom_margin = Cm(2.0)
    sec.header_distance = Cm(0.8)
    sec.footer_distance = Cm(0.8)
    # header: centre = sheet name (&A), right = print note; footer: Sida &P av &N
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.clear_all() if hasattr(hp.paragraph_format.tab_stops, "clear_all") else None
    hp.text = "\t" + ws.title + "\t" + ws.oddHeader.right.text
    for r in hp.runs:
        r.font.size = Pt(10)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Sida ")
    add_field(fp, "PAGE")
    fp.add_run(" av ")
    add_field(fp, "NUMPAGES")

    usable = 21 - 2 * 1.27
    widths = [ws.column_dimensions[get_column_letter(c)].width for c in range(1, max_c + 1)]
    scale = usable / sum(widths)
    tbl = doc.add_table(rows=max_r, cols=max_c)
    tbl.style = "Table Grid"
    tbl.autofit = False
    # grey gridlines like Calc's printed grid
    tblPr = tbl._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "single"); e.set(qn("w:sz"), "2"); e.set(qn("w:color"), "A0A0A0")
        borders.append(e)
    tblPr.append(borders)
    merged_anchor = {}
    for rng in ws.merged_cells.ranges:
        merged_anchor[(rng.min_row, rng.min_col)] = (rng.max_row, rng.max_col)
    for r in range(1, max_r + 1):
        for c in range(1, max_c + 1):
            cell = tbl.cell(r - 1, c - 1)
            cell.width = Cm(widths[c - 1] * scale)
            v = ws.cell(row=r, column=c).value
            if v is None:
                continue
            f = ws.cell(row=r, column=c).font
            fill = ws.cell(row=r, column=c).fill
            parts = str(v).split("\n")
            cell.paragraphs[0].text = ""
            for i, part in enumerate(parts):
                p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                run = p.add_run(part)
                run.font.name = "Calibri"
                run.font.size = Pt(f.sz or 10)
                run.bold = bool(f.b)
                run.italic = bool(f.i)
            if fill is not None and fill.fill_type == "solid":
                set_cell_shading(cell, fill.fgColor.rgb[-6:])
    for i, w in enumerate(widths):
        tbl.columns[i].width = Cm(w * scale)
    for row in tbl.rows:  # Calc never splits a row over two pages
        trPr = row._tr.get_or_add_trPr()
        cs = OxmlElement("w:cantSplit"); cs.set(qn("w:val"), "true"); trPr.append(cs)
    # Calc lets unwrapped text overflow into empty cells to the right (no grid line)
    for r in range(1, max_r + 1):
        for c in range(1, max_c + 1):
            xc = ws.cell(row=r, column=c)
            if xc.value is None or (xc.alignment and xc.alignment.wrap_text):
                continue
            if (r, c) in merged_anchor:
                continue
            end = c
            while end + 1 <= max_c and ws.cell(row=r, column=end + 1).value is None \
                    and not any(rr.min_row <= r <= rr.max_row and rr.min_col <= end + 1 <= rr.max_col
                                for rr in ws.merged_cells.ranges):
                end += 1
            if end > c:
                merged_anchor[(r, c)] = (r, end)
    for (r0, c0), (r1, c1) in merged_anchor.items():
        a = tbl.cell(r0 - 1, c0 - 1)
        b = tbl.cell(r1 - 1, c1 - 1)
        a.merge(b)
    fix_core(doc, "SIP", "Camilla")
    tmp = os.path.join(BUILD, f"{PREFIX}-01-print.docx")
    doc.save(tmp)
    soffice_pdf(tmp, target)


# ---------------------------------------------------------------------------
# 02  Protected Word form with legacy form fields: girl 14, ADHD, absence, Skellefteå
# ---------------------------------------------------------------------------
_ff_counter = [0]


def _ff_begin(run, ffdata):
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    fc.append(ffdata)
    run._r.append(fc)


def _ffdata(name):
    ff = OxmlElement("w:ffData")
    n = OxmlElement("w:name"); n.set(qn("w:val"), name); ff.append(n)
    ff.append(OxmlElement("w:enabled"))
    c = OxmlElement("w:calcOnExit"); c.set(qn("w:val"), "0"); ff.append(c)
    return ff


def form_checkbox(paragraph, checked, use_checked_el=False):
    """Legacy FORMCHECKBOX. Ticked either via w:default=1 or via w:checked."""
    _ff_counter[0] += 1
    ff = _ffdata(f"Kryss{_ff_counter[0]}")
    cb = OxmlElement("w:checkBox")
    sa = OxmlElement("w:sizeAuto"); cb.append(sa)
    d = OxmlElement("w:default")
    if use_checked_el:
        d.set(qn("w:val"), "0")
        cb.append(d)
        if checked:
            ch = OxmlElement("w:checked"); cb.append(ch)
    else:
        d.set(qn("w:val"), "1" if checked else "0")
        cb.append(d)
    ff.append(cb)
    r1 = paragraph.add_run()
    _ff_begin(r1, ff)
    r2 = paragraph.add_run()
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve")
    it.text = " FORMCHECKBOX "
    r2._r.append(it)
    r3 = paragraph.add_run()
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "end"); r3._r.append(fc)


def form_text(paragraph, value, bold=False):
    """Legacy FORMTEXT; empty value shows five en spaces like Word."""
    _ff_counter[0] += 1
    ff = _ffdata(f"Text{_ff_counter[0]}")
    ti = OxmlElement("w:textInput")
    ff.append(ti)
    r1 = paragraph.add_run()
    _ff_begin(r1, ff)
    r2 = paragraph.add_run()
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve")
    it.text = " FORMTEXT "
    r2._r.append(it)
    r3 = paragraph.add_run()
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "separate"); r3._r.append(fc)
    if not value:
        rr = paragraph.add_run("\u2002" * 5)
        rr.font.bold = bold
    else:
        parts = value.split("\n")
        for i, p in enumerate(parts):
            rr = paragraph.add_run(p)
            rr.font.bold = bold
            if i < len(parts) - 1:
                rr.add_break()
    r5 = paragraph.add_run()
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "end"); r5._r.append(fc)


def protect_forms(docx_path):
    """Add <w:documentProtection w:edit="forms" w:enforcement="1"/> to settings.xml."""
    tmp = docx_path + ".tmp"
    with zipfile.ZipFile(docx_path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/settings.xml":
                s = data.decode("utf-8")
                tag = '<w:documentProtection w:edit="forms" w:enforcement="1"/>'
                # documentProtection comes early in CT_Settings (after zoom etc.)
                idx = s.find("<w:defaultTabStop")
                if idx == -1:
                    idx = s.find(">", s.find("<w:settings")) + 1
                s = s[:idx] + tag + s[idx:]
                data = s.encode("utf-8")
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 1, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    os.replace(tmp, docx_path)


def normalise_zip(docx_path):
    """Rewrite zip entries with a fixed timestamp (deterministic output)."""
    tmp = docx_path + ".tmp"
    with zipfile.ZipFile(docx_path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 1, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(item.filename))
    os.replace(tmp, docx_path)


def plan02():
    _ff_counter[0] = 0
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = Cm(1.8)
    hp = sec.header.paragraphs[0]
    hp.text = "Skellefteå kommun och Region Västerbotten\tSIP barn och unga\tBlankett 2024-08"
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Formuläret är skyddat – fyll i fälten med Tab."
    fp.runs[0].font.size = Pt(7)

    t = doc.add_paragraph()
    rr = t.add_run("SAMORDNAD INDIVIDUELL PLAN – SIP")
    rr.bold = True; rr.font.size = Pt(15)
    t2 = doc.add_paragraph()
    rr = t2.add_run("Barn och unga 0–18 år")
    rr.font.size = Pt(11)

    def label_field(label, value, note=None):
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(2)
        lr = p.add_run(label + " ")
        lr.bold = True
        form_text(p, value)
        if note:
            nr = p.add_run("  " + note)
            nr.italic = True; nr.font.size = Pt(8)
        return p

    def section(title):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.space_after = Pt(2)
        r = p.add_run(title)
        r.bold = True; r.font.size = Pt(11.5)
        r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
        return p

    def block_field(value):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.5)
        form_text(p, value)
        return p

    section("1. Uppgifter om barnet")
    label_field("Barnets namn:", "A.")
    label_field("Personnummer:", "XXXXXX-XXXX")
    label_field("Vårdnadshavare:", "Maria (mamma), Johan (pappa)")
    label_field("Skola/klass:", "Kanalskolan, åk 8")
    label_field("Datum för mötet:", "2025-09-02")
    label_field("Plats:", "Elevhälsans rum, Kanalskolan, Skellefteå")

    section("2. Samtycke")
    p = doc.add_paragraph()
    p.add_run("Samtycke: ").bold = True
    form_checkbox(p, True)
    p.add_run(" muntligt   ")
    form_checkbox(p, False)
    p.add_run(" skriftligt")
    p = doc.add_paragraph()
    p.add_run("Samtycke lämnat av: ").bold = True
    form_checkbox(p, True, use_checked_el=True)
    p.add_run(" barnet   ")
    form_checkbox(p, True, use_checked_el=True)
    p.add_run(" vårdnadshavare   ")
    form_checkbox(p, False, use_checked_el=True)
    p.add_run(" annan företrädare")
    label_field("Datum för samtycke:", "2025-09-02")
    label_field("Samtycket gäller informationsutbyte mellan:",
                "BUP Skellefteå, elevhälsan Kanalskolan och Socialtjänsten Barn och unga, Skellefteå kommun")

    section("3. Deltagare vid mötet")
    block_field("A., elev\n"
                "Maria och Johan, vårdnadshavare\n"
                "Lotta, skolkurator, Kanalskolan\n"
                "Henrik, mentor, Kanalskolan\n"
                "Emma, sjuksköterska, BUP Skellefteå\n"
                "Niklas, socialsekreterare, Socialtjänsten Barn och unga, Skellefteå kommun")

    section("4. Syfte med SIP")
    block_field("Samordning")

    section("5. Bakgrund")
    block_field("A. fick diagnosen ADHD 2023 och medicineras via BUP Skellefteå. Sedan "
                "vårterminen i åk 7 har frånvaron ökat och under augusti–september 2025 har "
                "hon varit närvarande på ungefär 40 % av lektionerna, mest frånvaro på måndagar "
                "och efter lunch. Hon somnar sent, har svårt att komma iväg på morgonen och "
                "har halkat efter i matematik och engelska. Skolan gjorde en orosanmälan i maj "
                "2025 och socialtjänstens utredning avslutades i augusti med beslut om "
                "familjebehandling.")

    section("6. Frågeställningar inför mötet")
    block_field("1. Hur kan skolan anpassa schema och lärmiljö så att A. kan öka sin närvaro?\n"
                "2. Behöver medicineringen ses över när A. somnar sent och är trött på förmiddagarna?\n"
                "3. Vem tar kontakt med hemmet en morgon när A. inte kommer till skolan?")

    section("7. Barnets delaktighet")
    p = doc.add_paragraph()
    p.add_run("Barnet deltog i mötet: ").bold = True
    form_checkbox(p, True)
    p.add_run(" ja   ")
    form_checkbox(p, False)
    p.add_run(" nej, skäl anges nedan")
    block_field("A. deltog hela mötet tillsammans med båda vårdnadshavarna. Hon berättade att "
                "matsalen och de stora grupperna i korridoren är det jobbigaste och att hon inte "
                "vill bli hämtad av personal i klassrummet inför de andra. Hon vill helst ha sin "
                "kontakt med Lotta och inte träffa fler nya vuxna.")

    section("8. Barnets egna mål (med barnets egna ord)")
    block_field("")

    section("9. Insatser")
    tbl = doc.add_table(rows=1, cols=4)
    tbl.style = "Table Grid"
    hdr = ["Insats", "Ansvarig (verksamhet/funktion)", "Start", "Klart"]
    for i, h in enumerate(hdr):
        c = tbl.rows[0].cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(h); r.bold = True
        set_cell_shading(c, "DCE6F0")
    repeat_header(tbl.rows[0])
    measures = [
        ("Anpassat schema: börjar 09.40 på måndagar, äter lunch i mindre rum med två "
         "klasskamrater, extra genomgång i matematik två gånger i veckan",
         "Mentor Henrik, Kanalskolan", "2025-09-08", "2025-12-19"),
        ("Stödsamtal med skolkurator en gång i veckan, närvaron följs upp varje fredag",
         "Skolkurator Lotta, Kanalskolan", "2025-09-09", "2025-12-19"),
        ("Läkarbesök för översyn av ADHD-medicinering, sömndagbok i två veckor",
         "Sjuksköterska Emma och läkare, BUP Skellefteå", "2025-09-15", "2025-10-31"),
        ("Familjebehandling i hemmet en gång i veckan med fokus på morgonrutiner och sömn",
         "Familjebehandlare, Socialtjänsten Barn och unga, Skellefteå kommun",
         "2025-09-22", "2026-01-30"),
    ]
    for m in measures:
        cells = tbl.add_row().cells
        for i, v in enumerate(m):
            cells[i].text = ""
            form_text(cells[i].paragraphs[0], v)
    widths = [Cm(7.2), Cm(5.3), Cm(2.2), Cm(2.2)]
    for row in tbl.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w

    section("10. Andra aktörers insatser (t.ex. Försäkringskassan, föreningar, närstående)")
    block_field("")

    section("11. Huvudansvar för planen")
    label_field("Huvudansvarig verksamhet/person:", "BUP Skellefteå")

    section("12. Uppföljning")
    label_field("Uppföljning av planen:", "Vecka 45")

    section("13. Planen upprättad av")
    label_field("Namn och funktion:", "Lotta, skolkurator")
    label_field("Datum:", "2025-09-03")

    fix_core(doc, "SIP barn och unga", "Lotta")
    path = out(2, "docx")
    doc.save(path)
    protect_forms(path)


# ---------------------------------------------------------------------------
# 03  Record export, Windows-1252 CRLF, coded fields: woman 79, diabetes, Lycksele
# ---------------------------------------------------------------------------
def plan03():
    W = 74

    def fld(code, label, text):
        lines = [f"{code} {label}:"]
        if text:
            for para in text.split("\n"):
                wrapped = textwrap.wrap(para, W) or [""]
                lines += ["\t" + w for w in wrapped]
        lines.append("")
        return lines

    L = []
    L.append("JOURNALUTDRAG - SAMORDNAD INDIVIDUELL PLAN (SIP)")
    L.append("Enhet: Hälsocentralen Lycksele, Region Västerbotten")
    L.append("Utskrift: 2025-02-28 10:14   Utskriven av: Maria, distriktssköterska")
    L.append("Dokumenttyp: SIP   Status: Signerad")
    L.append("-" * 72)
    L.append("")
    L += fld("K00", "Patient", "E., kvinna 79 år, XXXXXX-XXXX\nHemkommun: Lycksele\n"
             "SIP-möte 2025-02-26 på Hälsocentralen Lycksele")
    L += fld("K01", "Syfte",
             "Syftet med planen är att E. ska kunna bo kvar i sin lägenhet i Lycksele efter "
             "vårdtiden på lasarettet, och att insulinbehandlingen, läkemedelshanteringen och "
             "den påbörjade minnesutredningen samordnas mellan hälsocentralen och kommunens "
             "hemsjukvård och hemtjänst.")
    L += fld("K02", "Frågeställningar", "")
    L += fld("K03", "Den enskildes mål",
             "Målet är att E. ska klara vardagen hemma med stöd, ha stabila blodsockervärden "
             "och undvika nya inläggningar.")
    L += fld("K04", "Delaktighet", "E. deltog inte i mötet.")
    L += fld("K05", "Samtycke", "Samtycke finns.")
    L += fld("K06", "Bakgrund",
             "Typ 2-diabetes sedan 15 år, insulinbehandlad sedan 2022. Inlagd på "
             "medicinavdelningen Lycksele lasarett 2025-02-10 - 2025-02-21 efter "
             "hypoglykemi och fall i hemmet, ingen fraktur. Under vårdtiden noterades "
             "minnessvikt, MMSE 22/30. Enligt dottern har E. under hösten glömt att äta "
             "efter insulindosen och vid minst ett tillfälle tagit dubbel dos. Änka sedan "
             "2019, bor ensam i hyresrätt med hiss. Hade ingen hemtjänst före inläggningen.")
    L += fld("K07", "Insatser",
             "1. Insulin ges morgon och kväll av undersköterska med delegering, "
             "blodsockerkontroll två gånger per dag. Ansvarig: Hemsjukvården Lycksele "
             "kommun. Start 2025-02-21.\n"
             "2. Tillsyn och stöd vid frukost och middag, påminnelse om att äta efter "
             "insulin. Ansvarig: Kommunen. Start 2025-02-24.\n"
             "3. Basal demensutredning: läkarbesök, kognitiv testning och DT-hjärna. "
             "Ansvarig: läkare, Hälsocentralen Lycksele. Start 2025-03-10, klar senast "
             "2025-05-30.\n"
             "4. Övergång till dosdispenserade läkemedel. Ansvarig: läkare, "
             "Hälsocentralen Lycksele. Start 2025-03-03.\n"
             "5. Trygghetslarm installeras. Ansvarig: biståndshandläggare, Lycksele "
             "kommun. Klart 2025-02-28.")
    L += fld("K08", "Huvudansvar",
             "Distriktssköterska Maria, Hälsocentralen Lycksele.")
    L += fld("K09", "Andra aktörer",
             "Dottern Anna handlar mat åt E. varje lördag och följer med henne till "
             "läkarbesöken i minnesutredningen. Anna tar också reda på hur en "
             "framtidsfullmakt upprättas och tar upp det med E. före uppföljningen.")
    L += fld("K10", "Uppföljning",
             "Uppföljande SIP 2025-04-15 kl. 10.00 på Hälsocentralen Lycksele.")
    L += fld("K11", "Deltagare",
             "Maria (dsk), Petra (biståndshandläggare), Jonas (läkare), Anna (dotter)")
    L.append("-" * 72)
    L.append("Signerad 2025-02-27 av Maria, distriktssköterska")
    data = "\r\n".join(L) + "\r\n"
    with open(out(3, "txt"), "wb") as f:
        f.write(data.encode("cp1252"))


# ---------------------------------------------------------------------------
# 04  Markdown minutes with action list: young man 19, cannabis, Vilhelmina
# ---------------------------------------------------------------------------
def plan04():
    md = """# Minnesanteckningar SIP-möte

**Datum:** 2025-10-07, kl. 09.00–10.30
**Plats:** Socialkontoret, Vilhelmina
**Närvarande:** Linus, Ingela (mamma), Karin, Anders, Sofia
**Antecknat av:** Karin

**Syfte:** Att få en gemensam bild.

**Frågeställningar:** Diskutera läget.

## Diskussion

Linus berättade att han röker cannabis nästan varje dag sedan han gick andra året på
gymnasiet. Han gick ut utan examen i juni och har inte haft något att göra sedan dess,
han bor kvar hemma hos mamma. Han tycker själv att det har gått för långt och sa på
mötet: "Jag vill ha ett jobb och flytta till en egen lägenhet innan sommaren, och jag
vill sluta röka på vardagarna." Han vill inte gå på gruppbehandling men kan tänka sig
att prata med någon enskilt.

Ingela beskrev att det är mycket konflikter hemma, framför allt på kvällarna, och att
hon är orolig för vilka han umgås med. Hon tycker att det är bra att alla träffas.

Anders berättade att Linus haft ett par samtal på beroendeenheten under sommaren men
att det blev uppehåll i augusti. Kontakten kan fortsätta om Linus vill. Sofia tog upp
att Linus sover dåligt och att han kan höra av sig till hälsocentralen om det behövs.

Karin sa att socialtjänsten finns kvar som stöd och att man får se vad som behövs
längre fram. Det kom också upp att kontakt med Arbetsförmedlingen kan bli aktuell så
småningom, men ingen visste i dagsläget vad AF skulle kunna erbjuda.

Vi bestämde att ses igen i december.

## Åtgärdslista

| Nr | Åtgärd | Ansvarig | Klart till |
|----|--------|----------|------------|
| 1 | Fortsatt kontakt med beroendeenheten | Beroendeenheten | 2025-12-01 |
| 2 | Stöd från socialtjänsten vid behov | Socialtjänsten | 2025-12-01 |
| 3 | Se över sysselsättning | Socialtjänsten |  |
| 4 | Fortsatt kontakt med hälsocentralen | Hälsocentralen Vilhelmina | 2025-12-01 |
"""
    with open(out(4, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ---------------------------------------------------------------------------
# 05  Bilingual Word plan (sv | en): boy 11, autism and anxiety, Storuman
# ---------------------------------------------------------------------------
def plan05():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)
    hp = sec.header.paragraphs[0]
    hp.text = "Storumans kommun  •  Region Västerbotten"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "SIP / Coordinated Individual Plan – S., 2025-09-10 – Sida "
    add_field(fp, "PAGE")
    for r in fp.runs:
        r.font.size = Pt(8)

    doc.add_heading("Samordnad individuell plan (SIP)", level=1)
    p = doc.add_paragraph()
    r = p.add_run("Coordinated Individual Plan")
    r.italic = True; r.font.size = Pt(13)
    doc.add_paragraph("Planen är skriven på svenska och engelska eftersom familjen talar engelska. "
                      "/ This plan is written in Swedish and English because the family speaks English.")

    tbl = doc.add_table(rows=1, cols=2)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    h = tbl.rows[0].cells
    for c, txt in zip(h, ["Svenska", "English"]):
        c.text = ""
        rr = c.paragraphs[0].add_run(txt); rr.bold = True
        set_cell_shading(c, "BDD7EE")
    repeat_header(tbl.rows[0])

    def heading_row(sv, en):
        row = tbl.add_row()
        m = row.cells[0].merge(row.cells[1])
        m.text = ""
        rr = m.paragraphs[0].add_run(f"{sv} / {en}")
        rr.bold = True
        set_cell_shading(m, "EDEDED")

    def pair(sv, en):
        row = tbl.add_row()
        for c, txt in zip(row.cells, [sv, en]):
            c.text = ""
            paras = txt.split("\n") if txt else [""]
            c.paragraphs[0].text = paras[0]
            for extra in paras[1:]:
                c.add_paragraph(extra)

    heading_row("1. Grunduppgifter", "Basic information")
    pair("Barn: S., 11 år, åk 5 på Centralskolan i Storuman. Personnummer: XXXXXX-XXXX.\n"
         "Vårdnadshavare: mamma Grace och pappa Daniel.\n"
         "Familjen kom till Storuman från Kenya i april 2025. Språk i hemmet: engelska och swahili.\n"
         "S. har en autismdiagnos från Nairobi (2022).\n"
         "Mötesdatum: 2025-09-10, Centralskolan.",
         "Child: S., 11 years, year 5 at Centralskolan in Storuman. ID number: XXXXXX-XXXX.\n"
         "Guardians: mother Grace and father Daniel.\n"
         "The family moved to Storuman from Kenya in April 2025. Languages at home: English and Swahili.\n"
         "S. has an autism diagnosis from Nairobi (2022).\n"
         "Meeting date: 10 September 2025, Centralskolan.")

    heading_row("2. Syfte med planen", "Purpose of the plan")
    pair("Planen ska samordna skolans, socialtjänstens och BUP:s stöd så att S. kan gå i skolan "
         "utan svår ångest, och så att familjen förstår hur stödet till barn med autism fungerar "
         "i Sverige och vem de ska vända sig till.",
         "The plan coordinates support from the school, social services and the child and "
         "adolescent psychiatry clinic (BUP) so that S. can attend school without severe "
         "anxiety, and so that the family understands how support for children with autism "
         "works in Sweden and whom to contact.")

    heading_row("3. Frågeställningar", "Questions for the meeting")
    pair("• Hur kan skolan minska S:s ångest vid övergångar mellan lektioner och på rasterna?\n"
         "• Behöver ångesten bedömas av BUP, utöver autismdiagnosen från Kenya?\n"
         "• Hur får familjen information på engelska om habilitering och LSS?",
         "• How can the school reduce S.'s anxiety when changing lessons and at break time?\n"
         "• Does BUP need to assess the anxiety, in addition to the autism diagnosis from Kenya?\n"
         "• How can the family get information in English about habilitation and LSS support?")

    heading_row("4. S:s egna mål", "S.'s own goals")
    pair("(Se engelska kolumnen – S. uttryckte sig på engelska.)",
         "\u201cI want to have one friend to play football with at break, and I want the "
         "classroom to be quiet when I work.\u201d")

    heading_row("5. Delaktighet", "Participation")
    pair("S. var med första delen av mötet tillsammans med sina föräldrar och ritade hur en "
         "bra skoldag ser ut för honom: få ljud, samma plats i klassrummet och fotboll på "
         "rasten. Han gick därefter till fritids, vilket var planerat i förväg.",
         "S. took part in the first part of the meeting with his parents and drew what a good "
         "school day looks like for him: little noise, the same seat in the classroom and "
         "football at break. He then went to the after-school centre, as planned beforehand.\n"
         "Parents' view: \u201cWe are worried that he is alone at school. We want the school "
         "to call us, not only send messages in the app.\u201d")

    heading_row("6. Samtycke", "Consent")
    pair("Samtycke finns.", "Consent given.")

    heading_row("7. Insatser – vem gör vad och när", "Interventions – who does what and when")
    pair("a) Resursperson på raster och vid övergångar, fast plats i klassrummet, hörselkåpor "
         "och bildschema.\nAnsvarig: rektor Malin, Centralskolan Storuman. Start: 2025-09-15.",
         "a) Support person at breaks and when changing rooms, fixed seat in the classroom, "
         "ear defenders and a picture schedule.\nResponsible: head teacher Malin, Centralskolan "
         "Storuman. Start: 15 September 2025.")
    pair("b) Svenska som andraspråk och studiehandledning på engelska tre lektioner i veckan.\n"
         "Ansvarig: klasslärare Per, Centralskolan Storuman. Start: 2025-09-01.",
         "b) Swedish as a second language and study guidance in English, three lessons a week.\n"
         "Responsible: class teacher Per, Centralskolan Storuman. Start: 1 September 2025.")
    pair("c) Bedömning av ångesten och vid behov KBT anpassad för barn med autism.\n"
         "Ansvarig: psykolog Tomas, BUP Lycksele. Start: ej bestämd (väntetid).",
         "c) Assessment of the anxiety and, if needed, CBT adapted for children with autism.\n"
         "Responsible: psychologist Tomas, BUP Lycksele. Start: not decided (waiting list).")
    pair("d) Remiss till Barn- och ungdomshabiliteringen, Region Västerbotten.\n"
         "Ansvarig: läkare, BUP Lycksele. Skickas senast 2025-09-30.",
         "d) Referral to the Child and Youth Habilitation service, Region Västerbotten.\n"
         "Responsible: doctor, BUP Lycksele. Sent by 30 September 2025.")
    pair("e) Informationsmöte för familjen på engelska om LSS; ansökan om kontaktperson "
         "enligt LSS tas emot.\nAnsvarig: LSS-handläggare, Storumans kommun. Datum: 2025-10-01.",
         "e) Information meeting in English for the family about LSS; an application for a "
         "contact person under LSS will be received.\nResponsible: LSS officer, Storuman "
         "municipality. Date: 1 October 2025.")

    heading_row("8. Andra aktörer", "Other actors")
    pair("Familjen har kontakt med Migrationsverket och med en församling i Storuman.",
         "The family is in contact with the Swedish Migration Agency and with a church "
         "congregation in Storuman.")

    heading_row("9. Huvudansvar för planen", "Lead responsibility for the plan")
    pair("", "")

    heading_row("10. Uppföljning", "Follow-up")
    pair("Uppföljande SIP-möte 2025-11-12 kl. 14.00 på Centralskolan.",
         "Follow-up meeting on 12 November 2025 at 2 pm at Centralskolan.")

    heading_row("11. Deltagare", "Participants")
    pair("S. och föräldrarna Grace och Daniel\n"
         "Malin, rektor, Centralskolan Storuman\n"
         "Per, klasslärare, Centralskolan Storuman\n"
         "Åsa, skolsköterska, Elevhälsan Storumans kommun\n"
         "Jenny, socialsekreterare, Socialtjänsten Storuman\n"
         "Tomas, psykolog, BUP Lycksele, Region Västerbotten (via Teams)",
         "S. and his parents Grace and Daniel\n"
         "Malin, head teacher, Centralskolan Storuman\n"
         "Per, class teacher, Centralskolan Storuman\n"
         "Åsa, school nurse, Pupil Health, Storuman municipality\n"
         "Jenny, social worker, Social Services Storuman\n"
         "Tomas, psychologist, BUP Lycksele, Region Västerbotten (via Teams)")

    for row in tbl.rows:
        row.cells[0].width = Cm(8.7)
        row.cells[1].width = Cm(8.7)

    fix_core(doc, "SIP / Coordinated Individual Plan", "Jenny")
    path = out(5, "docx")
    doc.save(path)
    normalise_zip(path)


# ---------------------------------------------------------------------------
# 06  fpdf2 discharge form with ☒/☐ rows: man 84 after stroke, Vindeln
# ---------------------------------------------------------------------------
class DischargePDF(FPDF):
    SYSTEM = "NorrPlan – samordnad vårdplanering"
    PRINTED = "2025-06-12 14:32"

    def header(self):
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(70, 5, self.SYSTEM, border=0)
        self.cell(70, 5, f"Utskriftsdatum: {self.PRINTED}", border=0, align="C")
        self.cell(0, 5, f"Sida {self.page_no()} ({{nb}})", border=0, align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(120, 120, 120)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, "Patient: B.  XXXXXX-XXXX   –   Dokumentet är en utskrift ur "
                  "journalsystemet och är inte signerat på papper.", align="C")
        self.set_text_color(0, 0, 0)


def plan06():
    pdf = DischargePDF(format="A4")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_font("DejaVu", "I", FONT_I)
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(15, 12, 15)
    pdf.alias_nb_pages()
    pdf.set_creation_date(FIXED_DT)
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin

    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 8, "Utskrivningsplan / SIP vid utskrivning", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)

    def kv_row(pairs):
        # pairs of (label, value, width)
        y = pdf.get_y()
        x = pdf.l_margin
        for label, value, w in pairs:
            pdf.set_xy(x, y)
            pdf.set_font("DejaVu", "", 7)
            pdf.set_text_color(80, 80, 80)
            pdf.cell(w, 4, label, border="LTR")
            pdf.set_xy(x, y + 4)
            pdf.set_text_color(0, 0, 0)
            pdf.set_font("DejaVu", "", 9.5)
            pdf.cell(w, 6, value, border="LBR")
            x += w
        pdf.set_xy(pdf.l_margin, y + 10)

    kv_row([("Patient", "B., man 84 år", W * 0.35), ("Personnummer", "XXXXXX-XXXX", W * 0.25),
            ("Hemkommun", "Vindeln", W * 0.4)])
    kv_row([("Vårdenhet", "Strokeenheten, Norrlands universitetssjukhus, Umeå", W * 0.6),
            ("Inskriven", "2025-05-28", W * 0.2), ("Planerad utskrivning", "2025-06-16", W * 0.2)])
    kv_row([("Planeringsmöte", "2025-06-12 kl. 10.00, Teams", W * 0.6),
            ("Dokumenterat av", "Sjuksköterska, avd", W * 0.4)])
    pdf.ln(3)

    def box(label, text, min_h=10):
        pdf.set_font("DejaVu", "B", 9)
        pdf.cell(0, 5, label, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 9.5)
        y0 = pdf.get_y()
        if text:
            pdf.multi_cell(W, 5, text, border=0, padding=(1.5, 2, 1.5, 2), align="L",
                           new_x="LMARGIN", new_y="NEXT")
        h = max(min_h, pdf.get_y() - y0)
        pdf.rect(pdf.l_margin, y0, W, h)
        pdf.set_y(y0 + h + 2.5)

    box("Syfte", "Trygg hemgång.")
    box("Frågeställningar inför planeringen", "", min_h=12)
    box("Patientens mål", "", min_h=12)
    box("Sammanfattning av vårdtiden",
        "Inlagd 2025-05-28 med högersidig svaghet och talsvårigheter, ischemisk stroke i vänster "
        "hemisfär, trombolys given. Förbättrad under vårdtiden. Går kortare sträckor inomhus med "
        "rollator och tillsyn, behöver hjälp med påklädning av underkroppen och vid dusch. Lätt "
        "afasi, förstår enkla frågor och svarar med korta meningar. Blodtrycket har varit högt, "
        "ny blodtrycksmedicin insatt. Bor ensam i villa i Vindeln, änkling sedan 2021. Före "
        "insjuknandet helt självständig, körde egen bil.")

    pdf.set_font("DejaVu", "B", 9)
    pdf.cell(0, 5, "Patientens delaktighet", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9.5)
    y0 = pdf.get_y()
    pdf.cell(W, 7, "  Patienten deltog i planeringen:   Ja ☒     Nej ☐     Via företrädare ☐",
             border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2.5)

    pdf.set_font("DejaVu", "B", 9)
    pdf.cell(0, 5, "Samtycke till informationsöverföring och samordnad planering",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9.5)
    pdf.cell(W, 7, "  Muntligt ☒     Skriftligt ☐     Datum: 2025-06-10     Inhämtat av: "
             "sjuksköterska, Strokeenheten", border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2.5)

    pdf.set_font("DejaVu", "B", 9)
    pdf.cell(0, 5, "Insatser efter utskrivning", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9.5)
    opts = [
        "Hemtjänst ☒     Hemsjukvård ☐     Trygghetslarm ☒     Matdistribution ☒",
        "Korttidsplats ☐     Dagverksamhet ☐     Hemrehabilitering ☒     Bostadsanpassning ☒",
        "Hjälpmedel ☒     Dosdispensering ☒     Logoped ☒     Färdtjänst ☐",
    ]
    y0 = pdf.get_y()
    for o in opts:
        pdf.cell(W, 6, "  " + o, border=0, new_x="LMARGIN", new_y="NEXT")
    pdf.rect(pdf.l_margin, y0, W, pdf.get_y() - y0 + 1)
    pdf.ln(4)

    # measures table, header repeated on next page
    cols = [("Insats", 0.22), ("Omfattning / innehåll", 0.36), ("Ansvarig", 0.28), ("Fr.o.m.", 0.14)]
    widths = [W * f for _, f in cols]

    def table_header():
        pdf.set_font("DejaVu", "B", 8.5)
        pdf.set_fill_color(225, 230, 238)
        for (h, _), w in zip(cols, widths):
            pdf.cell(w, 6, h, border=1, fill=True)
        pdf.ln(6)
        pdf.set_font("DejaVu", "", 8.5)

    rows = [
        ("Hemtjänst", "Morgon och kväll: hjälp med påklädning, dusch en gång i veckan",
         "Hemtjänsten Vindeln, enligt beslut av biståndshandläggare", "2025-06-16"),
        ("Trygghetslarm", "Installeras och testas före hemkomst",
         "Biståndshandläggare, Vindelns kommun", "2025-06-13"),
        ("Matdistribution", "Lunch levereras alla dagar", "Hemtjänsten Vindeln", "2025-06-16"),
        ("Hemrehabilitering", "Gångträning inne och ute, ADL-träning i köket, 2 ggr/vecka i 6 veckor",
         "Fysioterapeut och arbetsterapeut, Rehab Vindelns kommun", "2025-06-17"),
        ("Bostadsanpassning", "Trösklar tas bort, stödhandtag i badrum, ansökan skickas",
         "Arbetsterapeut, Rehab Vindelns kommun", "2025-06-18"),
        ("Hjälpmedel", "Rollator, duschpall och toalettförhöjning förskrivs och levereras hem",
         "Arbetsterapeut, Strokeenheten NUS", "2025-06-13"),
        ("Dosdispensering", "Läkemedel i dospåsar, läkemedelslista skickas till hälsocentralen",
         "Läkare, Strokeenheten NUS", "2025-06-13"),
        ("Logoped", "Fortsatt afasiträning i öppenvård, första besök via videolänk",
         "Logopedmottagningen NUS", "2025-06-25"),
        ("Läkarbesök", "Återbesök för blodtryck och sekundärprevention",
         "Läkare, Hälsocentralen Vindeln", "2025-07-01"),
    ]
    table_header()
    line_h = 4.6
    for row in rows:
        # compute height
        n_lines = []
        for v, w in zip(row, widths):
            lines = pdf.multi_cell(w, line_h, v, dry_run=True, output="LINES")
            n_lines.append(len(lines))
        h = max(n_lines) * line_h + 1.5
        if pdf.get_y() + h > pdf.h - pdf.b_margin:
            pdf.add_page()
            table_header()
        y = pdf.get_y()
        x = pdf.l_margin
        for v, w in zip(row, widths):
            pdf.set_xy(x, y + 0.7)
            pdf.multi_cell(w, line_h, v, border=0, align="L")
            pdf.rect(x, y, w, h)
            x += w
        pdf.set_xy(pdf.l_margin, y + h)
    pdf.ln(3)

    if pdf.get_y() > pdf.h - 80:
        pdf.add_page()
    box("Huvudansvar för planen / fast vårdkontakt efter utskrivning", "Hälsocentralen Vindeln.")
    box("Uppföljning", "Uppföljning inom två veckor efter hemkomst, vid behov tidigare.")
    box("Deltagare i planeringen",
        "Patienten, sjuksköterska, arbetsterapeut, läkare, biståndshandläggare, "
        "distriktssköterska, fysioterapeut")
    pdf.output(out(6, "pdf"))


# ---------------------------------------------------------------------------
# 07  Empty county SIP template printed to PDF via LibreOffice
# ---------------------------------------------------------------------------
def plan07():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    for lvl in (1, 2):
        hs = doc.styles[f"Heading {lvl}"]
        hs.font.name = "Arial"
        hs.font.color.rgb = RGBColor(0x00, 0x4B, 0x87)
    doc.styles["Heading 1"].font.size = Pt(16)
    doc.styles["Heading 2"].font.size = Pt(12)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Region Västerbotten och Västerbottens kommuner\tGemensam SIP-mall\tVersion 2025:1"
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Sida ")
    add_field(fp, "PAGE")
    fp.add_run(" av ")
    add_field(fp, "NUMPAGES")
    for r in fp.runs:
        r.font.size = Pt(8)

    def hint(text):
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.italic = True
        r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        return p

    def empty_table(headers, widths):
        t = doc.add_table(rows=1, cols=len(headers))
        t.style = "Table Grid"
        for i, h in enumerate(headers):
            c = t.rows[0].cells[i]
            c.text = ""
            rr = c.paragraphs[0].add_run(h); rr.bold = True; rr.font.size = Pt(9)
            set_cell_shading(c, "D9E2F3")
            c.width = Cm(widths[i])
            t.columns[i].width = Cm(widths[i])
        repeat_header(t.rows[0])
        doc.add_paragraph()
        return t

    doc.add_heading("Samordnad individuell plan (SIP)", level=1)
    p = doc.add_paragraph()
    r = p.add_run("Enligt 2 kap. 7 § socialtjänstlagen och 16 kap. 4 § hälso- och sjukvårdslagen")
    r.font.size = Pt(8.5)

    doc.add_heading("Uppgifter om den enskilde", level=2)
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, lab in enumerate(["Namn", "Personnummer", "Kommun", "Datum för mötet"]):
        t.rows[i].cells[0].text = ""
        rr = t.rows[i].cells[0].paragraphs[0].add_run(lab); rr.bold = True
        set_cell_shading(t.rows[i].cells[0], "F2F2F2")
        t.rows[i].cells[0].width = Cm(5)
        t.rows[i].cells[1].width = Cm(11.6)
    t.columns[0].width = Cm(5)
    t.columns[1].width = Cm(11.6)
    doc.add_paragraph()

    doc.add_heading("Samtycke", level=2)
    doc.add_paragraph("☐ Muntligt     ☐ Skriftligt          Datum: ÅÅÅÅ-MM-DD")
    hint("Ange hur och när samtycke till SIP och informationsutbyte har lämnats och vilka "
         "verksamheter det gäller")

    doc.add_heading("Deltagare", level=2)
    empty_table(["Namn", "Funktion", "Verksamhet/organisation"], [5, 5, 6.6])

    doc.add_heading("Syfte med SIP", level=2)
    hint("Beskriv syftet med planen")

    doc.add_heading("Frågeställningar inför mötet", level=2)
    hint("Vilka frågor ska mötet ta ställning till?")

    doc.add_heading("Den enskildes mål", level=2)
    hint("Den enskildes egna mål, gärna med egna ord")

    doc.add_heading("Den enskildes delaktighet", level=2)
    doc.add_paragraph("☐ Deltog i mötet     ☐ Deltog inte i mötet")
    hint("Beskriv den enskildes synpunkter och önskemål. Om personen inte deltog: ange skäl "
         "och hur personens synpunkter har inhämtats")

    doc.add_heading("Insatser", level=2)
    empty_table(["Insats/åtgärd", "Ansvarig verksamhet/funktion", "Start", "Klart"],
                [6.6, 5, 2.5, 2.5])

    doc.add_heading("Andra aktörers insatser", level=2)
    hint("T.ex. Försäkringskassan, Arbetsförmedlingen, god man, närstående, den enskilde själv")
    empty_table(["Aktör", "Åtgärd", "När"], [5, 8.6, 3])

    doc.add_heading("Huvudansvar för planen", level=2)
    doc.add_paragraph("Namn/funktion:")
    doc.add_paragraph("Verksamhet:")
    hint("Ange vem som har huvudansvaret för att planen samordnas och följs upp")

    doc.add_heading("Uppföljning", level=2)
    doc.add_paragraph("Datum för uppföljning: ÅÅÅÅ-MM-DD          Plats:")
    hint("Ange datum, tid och plats för uppföljningen")

    doc.add_heading("Planen har upprättats av", level=2)
    doc.add_paragraph("Namn och funktion:")
    doc.add_paragraph("Datum:")

    fix_core(doc, "SIP-mall Västerbotten", "Region Västerbotten")
    src = os.path.join(BUILD, f"{PREFIX}-07.docx")
    doc.save(src)
    soffice_pdf(src, out(7, "pdf"))


# ---------------------------------------------------------------------------
# 08  NOT a plan: nurse's discharge needs checklist, Robertsfors patient
# ---------------------------------------------------------------------------
def plan08():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hp.text = "Medicinavdelning 4, Norrlands universitetssjukhus – Region Västerbotten"
    hp.runs[0].font.size = Pt(8)

    doc.add_heading("Behovsbedömning inför utskrivning", level=1)
    p = doc.add_paragraph()
    r = p.add_run("Checklista för sjuksköterska – fylls i senast dagen före planerad utskrivning")
    r.italic = True

    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    info = [("Patient", "G., kvinna 81 år", "Personnummer", "XXXXXX-XXXX"),
            ("Hemkommun", "Robertsfors", "Inskriven", "2025-08-14"),
            ("Orsak till vård", "Pneumoni, nedsatt allmäntillstånd", "Planerad utskrivning", "2025-08-20"),
            ("Boende", "Eget hus, ensamboende", "Ifylld", "2025-08-19")]
    for i, row in enumerate(info):
        for j, v in enumerate(row):
            c = t.rows[i].cells[j]
            c.text = ""
            rr = c.paragraphs[0].add_run(v)
            if j in (0, 2):
                rr.bold = True
                set_cell_shading(c, "F2F2F2")
    doc.add_paragraph()

    chk = doc.add_table(rows=1, cols=3)
    chk.style = "Table Grid"
    for i, h in enumerate(["Område", "Kontrollerat", "Kommentar"]):
        c = chk.rows[0].cells[i]
        c.text = ""
        rr = c.paragraphs[0].add_run(h); rr.bold = True
        set_cell_shading(c, "DDEBF7")
    repeat_header(chk.rows[0])
    items = [
        ("Rörlighet och förflyttning", "☒ Ja  ☐ Nej",
         "Går med rollator inomhus, klarar trappa med stöd. Bedömd av fysioterapeut 2025-08-18."),
        ("Fallrisk (Downton)", "☒ Ja  ☐ Nej", "Downton 3 – förhöjd fallrisk, halkstrumpor."),
        ("Läkemedel – genomgång och ändringar", "☒ Ja  ☐ Nej",
         "Antibiotika t.o.m. 2025-08-24. Furosemid minskad. Ny läkemedelslista skrivs ut."),
        ("Läkemedelshantering hemma", "☒ Ja  ☐ Nej",
         "Sköter själv med dosett, sonen fyller dosetten varje söndag."),
        ("Nutrition och vikt", "☒ Ja  ☐ Nej", "Vikt 58 kg (61 kg i juni). Näringsdryck 2/dag."),
        ("Kognition", "☐ Ja  ☒ Nej", "Ej bedömt, inga tecken på förvirring under vårdtiden."),
        ("Hjälp i hemmet", "☒ Ja  ☐ Nej",
         "Har hemtjänst i Robertsfors för städning varannan vecka. Behov av utökning med "
         "dusch och inköp ska bedömas av biståndshandläggare."),
        ("Hjälpmedel", "☒ Ja  ☐ Nej", "Egen rollator. Duschpall behövs – förskrivs av arbetsterapeut."),
        ("Inskrivningsmeddelande till kommunen", "☒ Ja  ☐ Nej", "Skickat 2025-08-14."),
        ("Närstående informerade", "☒ Ja  ☐ Nej", "Sonen informerad per telefon 2025-08-19."),
        ("Hemtransport", "☐ Ja  ☒ Nej", "Sjukresa beställs dagen för utskrivning."),
        ("Fast vårdkontakt i primärvården", "☒ Ja  ☐ Nej",
         "Distriktssköterska, Hälsocentralen Robertsfors."),
    ]
    for it in items:
        cells = chk.add_row().cells
        for i, v in enumerate(it):
            cells[i].text = v
    for row in chk.rows:
        row.cells[0].width = Cm(5)
        row.cells[1].width = Cm(3)
        row.cells[2].width = Cm(9)
    for i, w in enumerate((5, 3, 9)):
        chk.columns[i].width = Cm(w)

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Övrigt: ").bold = True
    p.add_run("Patienten vill åka hem så snart som möjligt. Om behovet av insatser från både "
              "kommunen och hälsocentralen kvarstår efter hemkomsten kan fast vårdkontakt kalla "
              "till ett SIP-möte. Bedömningen lämnas vidare till "
              "Hälsocentralen Robertsfors och kommunens biståndshandläggare.")
    doc.add_paragraph()
    doc.add_paragraph("Sjuksköterska: Karin, Medicinavdelning 4, NUS          Datum: 2025-08-19")

    fix_core(doc, "Behovsbedömning inför utskrivning", "Karin")
    path = out(8, "docx")
    doc.save(path)
    normalise_zip(path)


def main():
    os.makedirs(PLANS, exist_ok=True)
    os.makedirs(BUILD, exist_ok=True)
    plan01()
    plan02()
    plan03()
    plan04()
    plan05()
    plan06()
    plan07()
    plan08()
    print("done:", sorted(os.listdir(PLANS)))


if __name__ == "__main__":
    main()
