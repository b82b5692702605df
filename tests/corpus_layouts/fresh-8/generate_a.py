#!/usr/bin/env python
"""Generate the fictional SIP plans f8a-01 ... f8a-08 into plans/.

Run with a Python that has python-docx and fpdf2 (and LibreOffice on PATH): python generate_a.py
Deterministic: fixed dates and texts, no randomness. Uses LibreOffice
(soffice) with a private profile for the PDFs printed from Word.
"""
import os
import shutil
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
PLANS = HERE / "plans"
BUILD = HERE / "build"
PREFIX = "f8a"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_I = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------

def out(n, ext):
    return PLANS / f"{PREFIX}-{n:02d}.{ext}"


def soffice_pdf(docx_path, target, when="20241108152000"):
    """Print a .docx to PDF with LibreOffice, using our own profile."""
    outdir = BUILD / "pdf"
    outdir.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file:///tmp/lo-{PREFIX}", "--headless",
         "--convert-to", "pdf", "--outdir", str(outdir), str(docx_path)],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180,
        env=dict(os.environ, SOURCE_DATE_EPOCH="1730000000"))
    data = (outdir / (Path(docx_path).stem + ".pdf")).read_bytes()
    # pin the volatile bytes (creation date, document ID) without moving any offset,
    # so the same PDF comes out on every run
    import re
    data = re.sub(rb"/(CreationDate|ModDate)\(D:(\d{14})",
                  lambda m: b"/" + m.group(1) + b"(D:" + when.encode()[:14], data)
    data = re.sub(rb"<([0-9A-F]{32})>", lambda m: b"<" + b"0" * 32 + b">", data)
    data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, data)
    Path(target).write_bytes(data)


def save_docx(doc, path, when=(2024, 10, 1, 8, 0, 0), author="", title=""):
    """Save with fixed metadata and fixed zip timestamps (same bytes every run)."""
    import datetime
    import io
    import zipfile
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.revision = 1
    cp.created = datetime.datetime(*when)
    cp.modified = datetime.datetime(*when)
    buf = io.BytesIO()
    doc.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(item.filename))


def base_doc(font="Arial", size=10.5):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    st.paragraph_format.space_after = Pt(4)
    for hs in ("Heading 1", "Heading 2", "Heading 3", "Title"):
        h = doc.styles[hs]
        h.font.name = font
        h.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
        hr = h.element.get_or_add_rPr()
        hf = hr.find(qn("w:rFonts"))
        if hf is None:
            hf = OxmlElement("w:rFonts")
            hr.append(hf)
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            hf.set(qn(a), font)
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(2.0)
    sec.bottom_margin = Cm(1.8)
    return doc


def add_field(run, instr):
    """Insert a Word field (PAGE, NUMPAGES) into a run."""
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    t = OxmlElement("w:instrText")
    t.set(qn("xml:space"), "preserve")
    t.text = f" {instr} "
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    v = OxmlElement("w:t")
    v.text = "1"
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    for el in (b, t, s, v, e):
        run._r.append(el)


def page_x_of_y(par, fmt="Sida {p} av {n}", size=8):
    pre, rest = fmt.split("{p}")
    mid, post = rest.split("{n}")
    for txt, fld in ((pre, None), (None, "PAGE"), (mid, None), (None, "NUMPAGES"), (post, None)):
        r = par.add_run(txt or "")
        r.font.size = Pt(size)
        if fld:
            add_field(r, fld)


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trPr.append(th)


def set_col_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def cell_text(cell, text, bold=False, italic=False, size=None, color=None):
    """Write text into a cell (first paragraph), newline -> new paragraph."""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        p.paragraph_format.space_after = Pt(1)
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    return p


def bold_par(doc, text, size=None, space_before=8):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(space_before)
    p.paragraph_format.space_after = Pt(2)
    p.paragraph_format.keep_with_next = True
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    return p


def hint_par(doc_or_cell, text, size=9):
    p = doc_or_cell.add_paragraph()
    r = p.add_run(text)
    r.italic = True
    r.font.size = Pt(size)
    r.font.color.rgb = RGBColor(0x70, 0x70, 0x70)
    p.paragraph_format.space_after = Pt(2)
    return p


def table_borders(table, color="808080", sz=4):
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), str(sz))
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), color)
        borders.append(el)
    tblPr.append(borders)


# --------------------------------------------------------------------------
# 01  Record-system print (fpdf2): adult with bipolar disorder, eviction risk, Sala
# --------------------------------------------------------------------------

class RecordPrint(FPDF):
    SYSTEM = "VIS Journal 4.2 \u2013 Region V\u00e4stmanland"
    PRINTED = "2024-10-16 14:32"

    def header(self):
        self.set_font("dv", "B", 8.5)
        self.set_text_color(30, 30, 30)
        self.cell(95, 4.5, self.SYSTEM, new_x="RIGHT", new_y="TOP")
        self.set_font("dv", "", 8)
        self.cell(0, 4.5, f"Utskriftsdatum: {self.PRINTED}     Sida {self.page_no()} ({{nb}})",
                  align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(95, 4, "Samordnad individuell plan (SIP)", new_x="RIGHT", new_y="TOP")
        self.cell(0, 4, "Patient: K.   \u00c5\u00c5MMDD-XXXX", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        y = self.get_y() + 1
        self.set_draw_color(60, 60, 60)
        self.line(self.l_margin, y, self.w - self.r_margin, y)
        self.set_y(y + 3)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("dv", "", 7)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Utskrift ur journal. Utskriften \u00e4r en kopia \u2013 originalet finns i "
                        "VIS Journal. Hanteras enligt OSL 25 kap. 1 \u00a7 och 26 kap. 1 \u00a7.",
                  align="L")
        self.set_text_color(0, 0, 0)

    # boxed "Label" / value field
    def box(self, label, value, w=None, h_value=None):
        w = w or (self.w - self.l_margin - self.r_margin)
        x = self.get_x()
        self.set_fill_color(232, 236, 241)
        self.set_font("dv", "B", 7.5)
        self.cell(w, 4.8, label, border=1, fill=True, new_x="LEFT", new_y="NEXT")
        self.set_x(x)
        self.set_font("dv", "", 9.5)
        if value:
            self.multi_cell(w, 5.0, value, border=1, new_x="LMARGIN", new_y="NEXT",
                            padding=(1.2, 1.5, 1.2, 1.5))
        else:
            self.cell(w, h_value or 10, "", border=1, new_x="LMARGIN", new_y="NEXT")
        self.ln(2.5)

    def box_row(self, pairs):
        """Several small boxed fields side by side (label above value)."""
        total = self.w - self.l_margin - self.r_margin
        w = total / len(pairs)
        y = self.get_y()
        self.set_fill_color(232, 236, 241)
        for i, (label, value) in enumerate(pairs):
            self.set_xy(self.l_margin + i * w, y)
            self.set_font("dv", "B", 7.5)
            self.cell(w, 4.8, label, border=1, fill=True)
            self.set_xy(self.l_margin + i * w, y + 4.8)
            self.set_font("dv", "", 9)
            self.cell(w, 6, value, border=1)
        self.set_xy(self.l_margin, y + 4.8 + 6 + 2.5)

    def section(self, title):
        self.set_font("dv", "B", 10.5)
        self.cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
        self.ln(0.5)


def plan01():
    pdf = RecordPrint(format="A4")
    pdf.add_font("dv", "", FONT)
    pdf.add_font("dv", "B", FONT_B)
    pdf.add_font("dv", "I", FONT_I)
    pdf.set_margins(15, 14, 15)
    pdf.set_auto_page_break(True, margin=16)
    pdf.set_creator("VIS Journal 4.2")
    pdf.set_title("SIP - K.")
    pdf.set_creation_date(__import__("datetime").datetime(2024, 10, 16, 14, 32))
    pdf.add_page()

    pdf.set_font("dv", "B", 13)
    pdf.cell(0, 7, "Samordnad individuell plan (SIP)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 8.5)
    pdf.cell(0, 4.5, "Anteckningstyp: SIP \u2013 Samordnad individuell plan   |   Status: Signerad",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)

    pdf.box_row([("Patient", "K."), ("Personnummer", "\u00c5\u00c5MMDD-XXXX"),
                 ("Datum f\u00f6r SIP-m\u00f6te", "2024-10-15")])
    pdf.box_row([("V\u00e5rdenhet", "Vuxenpsykiatrin Sala, \u00f6ppenv\u00e5rd"),
                 ("M\u00f6tesplats", "Mottagningen, samtalsrum 2"),
                 ("M\u00f6testyp", "F\u00f6rsta SIP-m\u00f6te")])

    pdf.box("Bakgrund / aktuell situation",
            "K. \u00e4r 41 \u00e5r och har bipol\u00e4r sjukdom typ 1 sedan drygt 15 \u00e5r, med "
            "kontakt p\u00e5 Vuxenpsykiatrin Sala. Det senaste \u00e5ret har K. varit inlagd tv\u00e5 "
            "g\u00e5nger, i mars 2024 (manisk episod) och i juli 2024 (depression). Under "
            "depressionen blev hyran obetald i fyra m\u00e5nader och hyresskulden \u00e4r nu ca "
            "23 400 kr. K. har f\u00e5tt en upps\u00e4gning av hyreskontraktet p\u00e5 grund av "
            "hyresskulden och det finns risk f\u00f6r avhysning om skulden inte regleras f\u00f6re "
            "2024-11-15.\n"
            "K. bor ensam i hyresr\u00e4tt i Sala. Behandlas med litium och lamotrigin, "
            "S-litium senast 0,7 mmol/l (2024-10-01). Boendest\u00f6d fr\u00e5n socialpsykiatrin "
            "beviljades 2022 men avslutades v\u00e5ren 2024. K. har ingen syssels\u00e4ttning sedan "
            "2023 och f\u00e5r ekonomiskt bist\u00e5nd fr\u00e5n IFO Sala sedan augusti 2024. "
            "Just nu stabilt st\u00e4mningsl\u00e4ge, men s\u00f6mnen \u00e4r oregelbunden.")

    pdf.box("Aktuell l\u00e4kemedelsbehandling (enligt l\u00e4kemedelslista 2024-10-15)",
            "Litium (Lithionit) 42 mg 2 + 0 + 2\n"
            "Lamotrigin 100 mg 0 + 0 + 2\n"
            "Quetiapin 25 mg 1\u20132 till natten vid behov, max 50 mg/dygn\n"
            "Levaxin 50 mikrog 1 + 0 + 0")

    pdf.box("Risker / observandum",
            "Tidigare manisk episod f\u00f6reg\u00e5tts av minskat s\u00f6mnbehov och \u00f6kade "
            "k\u00f6p p\u00e5 kredit. Depressiva perioder med tillbakadragande och obetalda "
            "r\u00e4kningar. Ingen suicidrisk bed\u00f6md vid m\u00f6tet (bed\u00f6mning l\u00e4kare "
            "2024-10-15). Litiumbehandling kr\u00e4ver regelbunden provtagning.")

    pdf.box("Syfte med SIP",
            "Syftet med planen \u00e4r att samordna psykiatrins och socialtj\u00e4nstens insatser "
            "s\u00e5 att K. kan beh\u00e5lla sin l\u00e4genhet, f\u00e5 ordning p\u00e5 hyresskulden och "
            "f\u00e5 st\u00f6d tidigt om det kommer tecken p\u00e5 ett nytt skov.")

    pdf.box("Fr\u00e5gest\u00e4llningar", "", h_value=12)

    pdf.box("Den enskildes m\u00e5l",
            "M\u00e5let \u00e4r att K. ska kunna bo kvar i sin l\u00e4genhet och ha en stabil "
            "vardag med fungerande ekonomi.")

    pdf.box("Den enskildes delaktighet", "K. deltog i m\u00f6tet.")

    pdf.section("Planerade insatser")
    rows = [
        ("Ans\u00f6kan om ekonomiskt bist\u00e5nd f\u00f6r hyresskulden handl\u00e4ggs skyndsamt. "
         "Beslut meddelas K. skriftligt.",
         "Socialsekreterare, Vuxenenheten IFO Sala kommun", "2024-10-16", "2024-10-31"),
        ("Utredning av behov av boendest\u00f6d (ny ans\u00f6kan) och beslut.",
         "Bist\u00e5ndshandl\u00e4ggare, Vuxenenheten IFO Sala kommun", "2024-10-16", "2024-10-30"),
        ("Boendest\u00f6d 2 ggr/vecka: st\u00f6d med post och r\u00e4kningar, ink\u00f6p, "
         "veckostruktur och p\u00e5minnelse om provtagning.",
         "Boendest\u00f6det, Socialpsykiatrin Sala kommun", "2024-11-04", "2025-01-21"),
        ("Genomg\u00e5ng av ekonomin, hush\u00e5llsbudget och plan f\u00f6r \u00f6vriga skulder "
         "(el, mobil). Uppr\u00e4ttar m\u00e5nadsbudget.",
         "Budget- och skuldr\u00e5dgivningen, Sala kommun", "2024-10-22", "2024-12-20"),
        ("L\u00e4kemedelsuppf\u00f6ljning litium/lamotrigin, S-litium var 3:e m\u00e5nad, "
         "kontroll av njur- och tyreoideaprover.",
         "Sjuksk\u00f6terska (fast v\u00e5rdkontakt), Vuxenpsykiatrin Sala", "2024-10-21",
         "2025-01-21"),
        ("L\u00e4karbes\u00f6k f\u00f6r utv\u00e4rdering av st\u00e4mningsstabiliserande behandling "
         "och s\u00f6mn.",
         "L\u00e4kare, Vuxenpsykiatrin Sala", "2024-11-12", "2024-11-12"),
        ("Gemensam krisplan: tidiga tecken p\u00e5 mani/depression, vad som ska g\u00f6ras och "
         "vem som kontaktas. Kopia till boendest\u00f6det.",
         "Sjuksk\u00f6terska Vuxenpsykiatrin Sala och boendest\u00f6djare Socialpsykiatrin Sala",
         "", ""),
        ("Psykopedagogisk gruppbehandling f\u00f6r bipol\u00e4r sjukdom, 8 tillf\u00e4llen.",
         "Arbetsterapeut, Vuxenpsykiatrin Sala", "2025-01-15", "2025-03-05"),
        ("Kartl\u00e4ggning inf\u00f6r syssels\u00e4ttning (Tr\u00e4ffpunkten eller arbetstr\u00e4ning "
         "inom kommunen).",
         "Arbetsterapeut, Socialpsykiatrin Sala kommun", "2024-12-02", "2025-01-21"),
        ("Planen och senaste epikris skickas till Vårdcentralen Sala Väsby för kännedom.",
         "Sjuksk\u00f6terska, Vuxenpsykiatrin Sala", "2024-10-18", "2024-10-18"),
    ]
    pdf.set_font("dv", "", 9)
    heading_style = FontFace(emphasis="BOLD", fill_color=(214, 222, 232))
    with pdf.table(col_widths=(76, 58, 23, 23), text_align="LEFT", line_height=4.8,
                   repeat_headings=1, headings_style=heading_style,
                   padding=1.3) as table:
        h = table.row()
        for t in ("Insats / \u00e5tg\u00e4rd", "Ansvarig verksamhet / funktion", "Start",
                  "Klart / f\u00f6ljs upp"):
            h.cell(t)
        for r in rows:
            row = table.row()
            for c in r:
                row.cell(c)
    pdf.ln(4)

    pdf.box("Huvudansvarig f\u00f6r planen",
            "Johanna, socialsekreterare, Vuxenenheten IFO Sala kommun")
    pdf.box("Uppf\u00f6ljning",
            "Uppf\u00f6ljande SIP-m\u00f6te 2025-01-21 kl. 10.00, Vuxenpsykiatrin Sala. "
            "Huvudansvarig kallar.")

    pdf.box("Kontaktv\u00e4gar",
            "Vuxenpsykiatrin Sala n\u00e5s via v\u00e4xeln vardagar 8\u201316, \u00f6vrig tid "
            "Psykiatrisk akutmottagning V\u00e4ster\u00e5s. Vuxenenheten IFO Sala n\u00e5s via "
            "kommunens kontaktcenter. Boendest\u00f6det n\u00e5s via v\u00e4xeln.")
    pdf.box("\u00d6vrigt",
            "Planen l\u00e4stes upp i sin helhet i slutet av m\u00f6tet. Kopia skickas till "
            "K. och till samtliga deltagare.")

    pdf.section("Deltagare vid m\u00f6tet")
    pdf.set_font("dv", "", 8.5)
    with pdf.table(col_widths=(50, 130), text_align="LEFT", line_height=4.4,
                   headings_style=heading_style, padding=1.3) as table:
        h = table.row()
        h.cell("Namn")
        h.cell("Roll")
        for n, r in (("K.", "Patient"), ("Johanna", "Socialsekreterare"),
                     ("Lars", "L\u00e4kare"), ("Erik", "Sjuksk\u00f6terska, fast v\u00e5rdkontakt"),
                     ("Amina", "Boendest\u00f6djare"), ("Per", "Budget- och skuldr\u00e5dgivare")):
            row = table.row()
            row.cell(n)
            row.cell(r)
    pdf.ln(5)

    # signature block
    if pdf.get_y() > pdf.h - 60:
        pdf.add_page()
    pdf.section("Signering")
    pdf.set_font("dv", "", 8.5)
    y = pdf.get_y()
    col = (pdf.w - pdf.l_margin - pdf.r_margin) / 2
    pdf.set_fill_color(232, 236, 241)
    for i, (lab, val) in enumerate((("Dokumenterad av", "Erik, sjuksk\u00f6terska"),
                                    ("Signerad av", "Erik, sjuksk\u00f6terska"))):
        pdf.set_xy(pdf.l_margin + i * col, y)
        pdf.set_font("dv", "B", 7.5)
        pdf.cell(col, 4.8, lab, border=1, fill=True)
        pdf.set_xy(pdf.l_margin + i * col, y + 4.8)
        pdf.set_font("dv", "", 9)
        pdf.cell(col, 6, val, border=1)
    y += 13
    for i, (lab, val) in enumerate((("Dokumentationsdatum", "2024-10-15 16:10"),
                                    ("Signeringsdatum", "2024-10-16 14:05"))):
        pdf.set_xy(pdf.l_margin + i * col, y)
        pdf.set_font("dv", "B", 7.5)
        pdf.cell(col, 4.8, lab, border=1, fill=True)
        pdf.set_xy(pdf.l_margin + i * col, y + 4.8)
        pdf.set_font("dv", "", 9)
        pdf.cell(col, 6, val, border=1)
    pdf.set_xy(pdf.l_margin, y + 16)
    pdf.set_font("dv", "", 8.5)
    pdf.cell(0, 5, "Underskrift patient: ......................................................"
                   "     Ort/datum: ...............................",
             new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(out(1, "pdf")))


# --------------------------------------------------------------------------
# 02  SIP vid utskrivning fr\u00e5n sluten v\u00e5rd (.docx -> PDF): stroke, Fagersta
# --------------------------------------------------------------------------

def plan02():
    doc = base_doc("Arial", 10)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hr = hp.add_run("Region V\u00e4stmanland \u2013 V\u00e4stmanlands sjukhus V\u00e4ster\u00e5s\t\t"
                    "Strokeenheten, avd 21")
    hr.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fr = fp.add_run("SIP vid utskrivning \u2013 mall Strokeenheten 2023-05\t\t")
    fr.font.size = Pt(8)
    page_x_of_y(fp, "Sida {p} av {n}")

    t = doc.add_paragraph()
    r = t.add_run("SIP vid utskrivning fr\u00e5n sluten v\u00e5rd")
    r.bold = True
    r.font.size = Pt(17)
    r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    s = doc.add_paragraph()
    r = s.add_run("Samordnad individuell plan enligt lag (2017:612) om samverkan vid utskrivning "
                  "fr\u00e5n sluten h\u00e4lso- och sjukv\u00e5rd")
    r.italic = True
    r.font.size = Pt(9)

    info = [
        ("Patient", "M-L"),
        ("Personnummer", "\u00c5\u00c5MMDD-XXXX"),
        ("Bostadsort", "Fagersta (eget boende, l\u00e4genhet 2 tr, hiss finns)"),
        ("Inskrivningsdatum", "2024-10-29"),
        ("Planerat utskrivningsdatum", "2024-11-13"),
        ("SIP-m\u00f6te", "2024-11-08 kl. 13.00 p\u00e5 avdelningen, kommunen deltog via Teams"),
    ]
    tb = doc.add_table(rows=0, cols=2)
    tb.style = "Table Grid"
    for k, v in info:
        c = tb.add_row().cells
        cell_text(c[0], k, bold=True, size=9)
        shade(c[0], "E7EDF3")
        cell_text(c[1], v, size=9.5)
    set_col_widths(tb, [5.0, 11.6])

    doc.add_heading("Syfte", level=2)
    doc.add_paragraph(
        "Att M-L ska kunna skrivas ut till sin egen l\u00e4genhet i Fagersta med den hj\u00e4lp "
        "hon beh\u00f6ver efter strokeinsjuknandet, och att kommunens och regionens insatser "
        "finns p\u00e5 plats redan den dag hon kommer hem.")

    doc.add_heading("Fr\u00e5gest\u00e4llningar", level=2)
    doc.add_paragraph("Planering inf\u00f6r hemg\u00e5ng.")

    doc.add_heading("V\u00e5rdtiden", level=2)
    doc.add_paragraph(
        "84-\u00e5rig kvinna som s\u00f6kte akut 2024-10-29 med pl\u00f6tslig svaghet i v\u00e4nster "
        "arm och ben samt sluddrigt tal. DT/MR visade h\u00f6gersidig hj\u00e4rninfarkt. Nyuppt\u00e4ckt "
        "f\u00f6rmaksflimmer, antikoagulantia insatt. Under v\u00e5rdtiden har talet blivit normalt. "
        "Kvarst\u00e5ende nedsatt kraft och finmotorik i v\u00e4nster hand, g\u00e5r med rollator "
        "inomhus, beh\u00f6ver hj\u00e4lp vid dusch samt delvis vid av- och p\u00e5kl\u00e4dning (knappar, "
        "str\u00f6mpor). Sv\u00e4ljningen bed\u00f6md av logoped, \u00e4ter normal kost. Uttalad "
        "tr\u00f6tthet efter aktivitet. Kognitiv screening visar l\u00e4tt p\u00e5verkan p\u00e5 "
        "uppm\u00e4rksamhet, hon bed\u00f6ms kunna fatta egna beslut.")
    doc.add_paragraph(
        "F\u00f6re insjuknandet klarade M-L sig helt sj\u00e4lv och hade inga insatser fr\u00e5n "
        "kommunen. Hon \u00e4r \u00e4nka sedan 2019.")

    doc.add_heading("Patientens delaktighet och samtycke", level=2)
    doc.add_paragraph(
        "M-L deltog under hela m\u00f6tet. Hon \u00e4r orolig f\u00f6r att vara ensam p\u00e5 "
        "n\u00e4tterna de f\u00f6rsta veckorna och \u00f6nskar att hemtj\u00e4nsten inte kommer "
        "f\u00f6re kl. 08 p\u00e5 morgonen eftersom hon sover d\u00e5ligt. Hon vill att dottern "
        "Anna f\u00e5r en kopia av l\u00e4kemedelslistan.")
    doc.add_paragraph("Samtycke till SIP finns.")

    doc.add_heading("De f\u00f6rsta dagarna hemma", level=2)
    doc.add_paragraph(
        "Utskrivning 2024-11-13 f\u00f6rmiddag, hemresa med sjukresa (taxi) som avdelningen "
        "bokar. Avdelningen skickar med l\u00e4kemedel f\u00f6r tre dygn och aktuell "
        "l\u00e4kemedelslista.")
    rows = [
        ("Trygghetslarm installeras i l\u00e4genheten f\u00f6re hemg\u00e5ng.",
         "Bist\u00e5ndshandl\u00e4ggare, \u00c4ldreomsorgen Fagersta kommun", "2024-11-12"),
        ("Hemtj\u00e4nst morgon (efter kl. 08) och kv\u00e4ll: hj\u00e4lp med av- och "
         "p\u00e5kl\u00e4dning, frukost, dusch 2 ggr/vecka. Tillsyn natt via larm.",
         "Hemtj\u00e4nst Fagersta centrum", "Fr\u00e5n 2024-11-13"),
        ("Matdistribution, lunch alla dagar.",
         "Matdistributionen, Fagersta kommun", "Fr\u00e5n 2024-11-14"),
        ("Hemsjukv\u00e5rd: delar dosett varannan vecka, ger l\u00e4kemedel f\u00f6rsta "
         "veckan, blodtryckskontroll 1 g/vecka.",
         "Distriktssk\u00f6terska, Hemsjukv\u00e5rden Fagersta kommun",
         "F\u00f6rsta bes\u00f6k 2024-11-13 em"),
        ("Hembes\u00f6k: bed\u00f6mning av hj\u00e4lpmedel (duschpall, toalettf\u00f6rh\u00f6jning, "
         "griptång), tr\u00e4ningsprogram f\u00f6r g\u00e5ng och v\u00e4nster hand.",
         "Arbetsterapeut och fysioterapeut, Kommunal rehab Fagersta", "2024-11-14"),
        ("L\u00e4kemedelsgenomg\u00e5ng, blodtryck och f\u00f6rmaksflimmer, bes\u00f6k hos "
         "l\u00e4kare p\u00e5 v\u00e5rdcentralen.",
         "L\u00e4kare, V\u00e5rdcentralen Fagersta", "2024-11-28"),
        ("Strukturerat telefonsamtal med strokesk\u00f6terska om besv\u00e4r efter "
         "stroke (tr\u00f6tthet, hum\u00f6r, hand).",
         "Strokemottagningen, V\u00e4stmanlands sjukhus V\u00e4ster\u00e5s", "2024-12-12"),
        ("Handlar dagligvaror en g\u00e5ng i veckan och f\u00f6ljer med till "
         "v\u00e5rdcentralen 2024-11-28.",
         "Anna, dotter", "Fr\u00e5n 2024-11-15"),
    ]
    tb = doc.add_table(rows=1, cols=3)
    tb.style = "Table Grid"
    for i, h in enumerate(("Insats", "Ansvarig", "N\u00e4r")):
        cell_text(tb.rows[0].cells[i], h, bold=True, size=9)
        shade(tb.rows[0].cells[i], "D6DEE8")
    repeat_header(tb.rows[0])
    for r in rows:
        c = tb.add_row().cells
        for i, v in enumerate(r):
            cell_text(c[i], v, size=9)
    set_col_widths(tb, [8.4, 5.4, 2.8])

    doc.add_heading("L\u00e4kemedel", level=2)
    for line in (
            "Eliquis 5 mg 1 x 2 \u2013 NY (f\u00f6rmaksflimmer)",
            "Atorvastatin 40 mg 1 x 1 till natten \u2013 NY",
            "Enalapril 5 mg 1 x 1 \u2013 of\u00f6r\u00e4ndrad",
            "Alvedon 665 mg 1 x 3 vid behov \u2013 of\u00f6r\u00e4ndrad",
            "Movicol 1 dospåse vid behov \u2013 NY"):
        doc.add_paragraph(line, style="List Bullet")
    doc.add_paragraph(
        "Avdelningen skickar l\u00e4kemedelslistan digitalt till hemsjukv\u00e5rden via "
        "informations\u00f6verf\u00f6ringen vid utskrivningen 2024-11-13. Hemsjukv\u00e5rden ansvarar f\u00f6r "
        "l\u00e4kemedelshanteringen efter hemg\u00e5ng. St\u00e4llningstagande till dosdispensering "
        "(Apodos) g\u00f6rs av l\u00e4karen p\u00e5 v\u00e5rdcentralen vid l\u00e4kemedelsgenomg\u00e5ngen "
        "2024-11-28.")

    doc.add_heading("Huvudansvar", level=2)
    doc.add_paragraph("Fagersta kommun har huvudansvar f\u00f6r planen efter utskrivning.")

    doc.add_heading("Uppf\u00f6ljning", level=2)
    doc.add_paragraph(
        "Uppf\u00f6ljning av SIP i hemmet ca 2\u20133 veckor efter hemg\u00e5ng. Tid bokas av "
        "kommunen.")

    doc.add_heading("Deltagare", level=2)
    for line in ("M-L, patient", "Anna, dotter", "Sara, sjuksk\u00f6terska",
                 "Peter, bist\u00e5ndshandl\u00e4ggare (Teams)",
                 "Lina, distriktssk\u00f6terska (Teams)", "Jonas, arbetsterapeut",
                 "Hanna, fysioterapeut"):
        doc.add_paragraph(line, style="List Bullet")

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(14)
    r = p.add_run("Planen uppr\u00e4ttad 2024-11-08 av Sara, sjuksk\u00f6terska. Kopia till "
                  "patienten, hemsjukv\u00e5rden och v\u00e5rdcentralen.")
    r.font.size = Pt(8.5)
    r.italic = True

    src = BUILD / f"{PREFIX}-02.docx"
    save_docx(doc, src, (2024, 11, 8, 15, 20, 0), "Strokeenheten avd 21", "SIP vid utskrivning")
    soffice_pdf(src, out(2, "pdf"))


# --------------------------------------------------------------------------
# 03  Child-friendly plan "Det h\u00e4r \u00e4r min plan" (.docx): 10-year-old, Kungs\u00f6r
# --------------------------------------------------------------------------

def child_box(doc, title, lines, fill, symbol="", note=None):
    tb = doc.add_table(rows=2, cols=1)
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    table_borders(tb, color="9A9A9A", sz=8)
    top = tb.rows[0].cells[0]
    shade(top, fill)
    p = top.paragraphs[0]
    r = p.add_run((symbol + "  " if symbol else "") + title)
    r.bold = True
    r.font.size = Pt(14)
    if note:
        r2 = p.add_run("   " + note)
        r2.font.size = Pt(11)
    body = tb.rows[1].cells[0]
    first = True
    for ln in lines:
        q = body.paragraphs[0] if first else body.add_paragraph()
        first = False
        q.paragraph_format.space_after = Pt(4)
        if isinstance(ln, tuple):  # quote
            rr = q.add_run("\u201d" + ln[0] + "\u201d")
            rr.italic = True
            rr.bold = True
            rr.font.size = Pt(13)
        else:
            rr = q.add_run(ln)
            rr.font.size = Pt(13)
    set_col_widths(tb, [16.0])
    sp = doc.add_paragraph()
    sp.paragraph_format.space_after = Pt(2)
    return tb


def plan03():
    doc = base_doc("Arial", 13)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fr = fp.add_run("Min SIP \u2013 barnversion   \u2022   Kungs\u00f6rs kommun och Region "
                    "V\u00e4stmanland   \u2022   ")
    fr.font.size = Pt(8)
    page_x_of_y(fp, "sida {p} av {n}")

    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("\U0001F31F  Det h\u00e4r \u00e4r min plan  \U0001F31F")
    r.bold = True
    r.font.size = Pt(24)
    r.font.color.rgb = RGBColor(0x2E, 0x6B, 0x3A)
    t2 = doc.add_paragraph()
    t2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t2.add_run("Min SIP \u2013 Noah, 10 \u00e5r")
    r.font.size = Pt(15)
    t3 = doc.add_paragraph()
    t3.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t3.add_run("Vi tr\u00e4ffades tisdagen den 15 oktober 2024 i skolans konferensrum "
                   "p\u00e5 V\u00e4stra skolan i Kungs\u00f6r.")
    r.font.size = Pt(12)

    child_box(doc, "Varf\u00f6r finns planen?", [
        "Den h\u00e4r planen finns f\u00f6r att du ska kunna g\u00e5 till skolan utan att ha "
        "s\u00e5 ont i magen.",
        "Alla vuxna runt dig ska veta vad de andra g\u00f6r. D\u00e5 slipper du ber\u00e4tta "
        "samma sak m\u00e5nga g\u00e5nger."], "FFF2CC", "\U0001F914")

    child_box(doc, "Det h\u00e4r ville vi prata om", [
        "\u2753 Hur kan morgnarna bli l\u00e4ttare f\u00f6r dig?",
        "\u2753 Vad kan du g\u00f6ra n\u00e4r det g\u00f6r ont i magen i skolan?",
        "\u2753 Beh\u00f6ver du tr\u00e4ffa BUP oftare?"], "DDEBF7", "\U0001F4AC")

    child_box(doc, "Det h\u00e4r vill jag", [
        ("Jag vill kunna vara med p\u00e5 rasterna och spela fotboll igen.",),
        ("Jag vill inte beh\u00f6va g\u00e5 hem fr\u00e5n skolan f\u00f6r att magen g\u00f6r ont.",),
        "Det sa du p\u00e5 m\u00f6tet."], "E2EFDA", "\U0001F3AF")

    child_box(doc, "S\u00e5 h\u00e4r var du med", [
        "Du var med p\u00e5 m\u00f6tet i b\u00f6rjan, tillsammans med mamma och pappa.",
        "Du ber\u00e4ttade att morgnarna \u00e4r v\u00e4rst och att det k\u00e4nns b\u00e4ttre n\u00e4r du "
        "f\u00e5r g\u00e5 in i klassrummet innan de andra kommer.",
        "Du ville inte att hela klassen ska f\u00e5 veta om planen. Det lovade vi."],
        "FCE4D6", "\U0001F64B")

    child_box(doc, "Det h\u00e4r g\u00f6r skolan", [
        "\u2705 Lena, din mentor, m\u00f6ter dig vid d\u00f6rren kl. 8.05 varje morgon.",
        "\u2705 Du f\u00e5r g\u00e5 in i klassrummet fem minuter f\u00f6re de andra.",
        "\u2705 Om magen g\u00f6r ont f\u00e5r du vila hos Ahmed, skolsk\u00f6terskan, i tio "
        "minuter. Sen g\u00e5r du tillbaka till lektionen.",
        "\u2705 Lena ringer mamma eller pappa varje fredag och ber\u00e4ttar hur veckan har "
        "g\u00e5tt."], "DDEBF7", "\U0001F3EB", note="(fr\u00e5n m\u00e5ndag 4 november)")

    child_box(doc, "Det h\u00e4r g\u00f6r BUP", [
        "\u2705 Maria p\u00e5 BUP K\u00f6ping tr\u00e4ffar dig och mamma eller pappa varannan "
        "tisdag fr\u00e5n den 22 oktober. Ni pratar om oron och \u00f6var p\u00e5 saker som "
        "hj\u00e4lper (det kallas KBT).",
        "\u2705 Maria pratar med l\u00e4karen p\u00e5 BUP om magen beh\u00f6ver unders\u00f6kas mer."],
        "E2EFDA", "\U0001F3E5")

    child_box(doc, "Det h\u00e4r g\u00f6r mamma och pappa", [
        "\u2705 Mamma och pappa hj\u00e4lper dig att packa v\u00e4skan kv\u00e4llen innan.",
        "\u2705 Pappa k\u00f6r dig till skolan p\u00e5 m\u00e5ndagar och torsdagar.",
        "\u2705 Mamma och pappa skriver i ett schema hur morgnarna g\u00e5r. Schemat tar ni "
        "med till BUP."], "FFF2CC", "\U0001F46A")

    child_box(doc, "Det h\u00e4r g\u00f6r du", [
        "\u2b50 Du s\u00e4ger till Lena eller Ahmed n\u00e4r magen g\u00f6r ont.",
        "\u2b50 Du \u00f6var p\u00e5 bubbelandningen hemma, tre minuter varje kv\u00e4ll."],
        "FCE4D6", "\u2b50")

    child_box(doc, "F\u00e5r vi prata med varandra om dig?", [
        "Mamma och pappa har gett sitt samtycke till att skolan och BUP pratar med "
        "varandra om dig."], "EDEDED", "\U0001F91D")

    child_box(doc, "Vilka var med?", [
        "Du, mamma, pappa, Lena, Ahmed och Maria."], "EDEDED", "\U0001F465")

    child_box(doc, "N\u00e4r ses vi igen?", [
        "Vi ses igen efter jullovet och pratar om hur det har g\u00e5tt. Du f\u00e5r g\u00e4rna "
        "ta med en teckning eller skriva ner vad du vill s\u00e4ga."], "DDEBF7", "\U0001F4C5")

    save_docx(doc, out(3, "docx"), (2024, 10, 17, 10, 5, 0), "Elevh\u00e4lsan", "Min SIP")


# --------------------------------------------------------------------------
# 04  Meeting minutes as e-mail body (.txt, cp1252, CRLF): substance use, K\u00f6ping
# --------------------------------------------------------------------------

def plan04():
    text = """Från: Elin
Skickat: den 12 februari 2025 09:14
Till: Johan; Amir; Sofia
Ämne: Minnesanteckningar SIP-möte 2025-02-11

Hej!

Här kommer minnesanteckningarna från gårdagens möte. Hör av er till mig om
något har blivit fel eller saknas, så rättar jag innan det skannas in.

MINNESANTECKNINGAR SIP-MÖTE

Datum: 2025-02-11 kl. 13.30-15.00
Plats: IFO Köping, rum Kopparen

Närvarande: Oscar, Lena (mamma), Elin (socialsekreterare), Johan
(behandlare), Amir (sjuksköterska), Sofia (ungdomscoach)

Syfte: Samordning kring Oscar.

Vi började med en presentationsrunda. Frågan inför mötet var om Oscar ska
fortsätta behandlingen på Beroendemottagningen eller gå över till kommunens
öppenvård, och hur det ska bli med sysselsättning nu när han har hoppat av
gymnasiet.

Oscar berättade att han har rökt cannabis nästan dagligen sedan i somras och
att han under hösten periodvis har tagit bensodiazepiner som han köpt. Han
har minskat sedan jul men har svårt att sova när han inte röker. Han sa att
han vill sluta och sa så här: "Jag vill ha ett jobb och flytta till en egen
lägenhet innan sommaren." Han vill inte gå i grupp utan vill hellre ha
enskilda samtal, och han vill helst träffa samma person varje gång.

Johan berättade att Oscar har varit på tre samtal på Beroendemottagningen
sedan december och att det har fungerat bra. Beroendemottagningen kan
erbjuda fortsatta enskilda samtal med CRA-inriktning. Amir sa att
läkaren vill göra en bedömning av sömnen och att de vill följa upp med
urinprov.

Elin berättade att IFO fick en orosanmälan från polisen i november
(innehav) och att utredningen är avslutad, men att Oscar kan ansöka om
insats. Elin och Johan var överens om att det är bäst att behandlingen
ligger kvar på Beroendemottagningen eftersom Oscar redan har en kontakt
där, och att IFO står för stöd kring sysselsättning och boende. Sofia
berättade om ungdomscoachningen och att de har platser till praktik i vår.

Lena sa att hon är orolig och att det har varit mycket bråk hemma, men att
hon gärna vill vara ett stöd för Oscar. Arbetsförmedlingen nämndes, det kan
bli aktuellt längre fram när Oscar har kommit igång.

Överenskommet:
- Beroendemottagningen ska erbjuda Oscar enskilda samtal (CRA) varannan
  vecka, första tid 2025-02-18 hos Johan.
- Amir ska boka läkarbedömning av sömnen och ta urinprov vid besöken på
  Beroendemottagningen, från 2025-02-18.
- Elin ska utreda Oscars ansökan om stöd i boendet och om en egen
  lägenhet (träningslägenhet) kan bli aktuell, beslut senast 2025-03-14.
- Sofia ska träffa Oscar för en kartläggning inför praktik.
- Elin och Johan ska stämma av per telefon varannan vecka, första gången
  2025-02-25.

Nästa möte: tisdag 2025-03-25 kl. 13.30 på IFO Köping, rum Kopparen.

Vänliga hälsningar
Elin
Socialsekreterare
IFO Köping, Vuxenenheten
Tel via växeln
"""
    text = text.replace("\n", "\r\n")
    with open(out(4, "txt"), "wb") as f:
        f.write(text.encode("cp1252"))


# --------------------------------------------------------------------------
# 05  Follow-up plan (Markdown): LSS adult with autism, Hallstahammar
# --------------------------------------------------------------------------

def plan05():
    md = """# Uppföljning av SIP

**Namn:** J.
**Personnummer:** ÅÅMMDD-XXXX
**Datum för uppföljning:** 2025-02-04
**Tidigare plan:** SIP upprättad 2024-09-17
**Plats:** Gruppbostaden Vallmon, Hallstahammar

## Närvarande

- J. (deltog i början av mötet)
- Karin, LSS-handläggare, Hallstahammars kommun
- Mats, enhetschef, Gruppbostaden Vallmon (LSS), Hallstahammars kommun
- Linnea, stödpedagog, Daglig verksamhet Verkstan, Hallstahammars kommun
- Eva, arbetsterapeut, Vuxenhabiliteringen Västerås, Region Västmanland
- Anders, sjuksköterska, Vårdcentralen Hallstahammar, Region Västmanland

## Syfte

Oförändrat, se SIP 2024-09-17.

## Den enskildes mål

Målet är fortsatt att J. ska ha en fungerande dygnsrytm och kunna gå till
daglig verksamhet fyra dagar i veckan.

## Delaktighet och samtycke

J. deltog i början av mötet. Samtycke finns sedan tidigare.

## Genomgång av insatser i tidigare plan

### 1. Stöd i vardagen i gruppbostaden

**Ansvarig:** Gruppbostaden Vallmon
**Status:** Oförändrat.
**Fortsätter/Avslutas:** Fortsätter

### 2. Daglig verksamhet Verkstan, fyra dagar/vecka

**Ansvarig:** Daglig verksamhet Verkstan
**Status:** J. har varit på Verkstan i snitt 2–3 dagar/vecka under hösten.
Måndagar fungerar sämst, personalen i gruppbostaden beskriver att han ofta är
uppe sent söndag kväll. Tisdag–torsdag fungerar bra, han arbetar i
snickeriet.
**Fortsätter/Avslutas:** Fortsätter

### 3. Veckoschema med bildstöd

**Ansvarig:** Arbetsterapeut, Vuxenhabiliteringen Västerås (klart 2024-11-30)
**Status:** Veckoschema med bilder infördes i november och används morgon och
kväll i gruppbostaden. Fungerar enligt personalen.
**Fortsätter/Avslutas:** Avslutas (insatsen genomförd)

### 4. Läkemedelsuppföljning, melatonin

**Ansvarig:** Vårdcentralen Hallstahammar
**Status:** Oförändrat.
**Fortsätter/Avslutas:** Fortsätter

### 5. Kontaktperson enligt LSS 9 § 4

**Ansvarig:** LSS-handläggare
**Status:** Beslut finns sedan 2024-06. Ingen kontaktperson har kunnat
matchas ännu.
**Fortsätter/Avslutas:** Fortsätter

### 6. Ledsagarservice 8 tim/månad

**Ansvarig:** LSS-handläggare
**Status:** Har inte använts sedan i somras.
**Fortsätter/Avslutas:** Avslutas, beslutet upphör 2025-02-28

## Andra aktörer

Oförändrat.

## Huvudansvar

Hallstahammars kommun (oförändrat).

## Nya överenskommelser

| Insats | Ansvarig | När |
|---|---|---|
| Bedömning av tidshjälpmedel (Timstock) och tyngdtäcke för sömnen, hembesök i gruppbostaden | Arbetsterapeut, Vuxenhabiliteringen Västerås | 2025-02-20 |
| Anpassad start på måndagar: J. börjar kl. 10.00 istället för 8.30 | Stödpedagog, Daglig verksamhet Verkstan | Från 2025-02-10 |
| Kvällsrutin söndagar enligt veckoschemat, personalen påminner kl. 21.30 | Gruppbostaden Vallmon | Oförändrat |
| Ny förfrågan om kontaktperson, annons via kontaktpersonsgruppen | LSS-handläggare | |

## Övrigt

–

*Antecknat av Mats, enhetschef Gruppbostaden Vallmon, 2025-02-05.*
"""
    out(5, "md").write_text(md, encoding="utf-8")


# --------------------------------------------------------------------------
# 06 / 07  The county's joint SIP template (Region V\u00e4stmanland + kommunerna)
# --------------------------------------------------------------------------

DOTS = "\u2026" * 28
DOTS_S = "\u2026" * 12
DOTS_FULL = "\u2026" * 44
BOX0 = "\u2610"
BOX1 = "\u2612"

COUNTY_HINTS = {
    "syfte": "(Varf\u00f6r beh\u00f6vs en samordnad plan? Beskriv utifr\u00e5n den enskildes "
             "situation.)",
    "fragor": "(Vilka fr\u00e5gor ska m\u00f6tet ta st\u00e4llning till?)",
    "bakgrund": "(Kort beskrivning av den enskildes nuvarande situation och behov.)",
    "mal": "(Skriv den enskildes m\u00e5l med egna ord, g\u00e4rna som citat.)",
    "delaktighet": "(Hur har den enskilde och i f\u00f6rekommande fall v\u00e5rdnadshavare "
                   "deltagit? Den enskildes synpunkter och \u00f6nskem\u00e5l. Om den enskilde inte "
                   "deltog: ange orsak och hur dennes synpunkter har inh\u00e4mtats.)",
    "insatser": "(Ange insats, vilken verksamhet och funktion som ansvarar samt start och "
                "n\u00e4r insatsen ska vara klar eller f\u00f6ljas upp.)",
    "andra": "(T.ex. F\u00f6rs\u00e4kringskassan, Arbetsf\u00f6rmedlingen, god man/f\u00f6rvaltare, "
             "n\u00e4rst\u00e5ende, den enskilde sj\u00e4lv \u2013 vem g\u00f6r vad?)",
    "huvud": "(Namn, funktion och verksamhet)",
    "uppf": "(Datum f\u00f6r uppf\u00f6ljning ska alltid anges.)",
}


def county_template(values=None):
    """Build the county's joint SIP template. values=None -> empty template."""
    v = values or {}
    doc = base_doc("Arial", 10)
    sec = doc.sections[0]
    sec.different_first_page_header_footer = False
    hdr = sec.header
    ht = hdr.add_table(rows=1, cols=2, width=Cm(16.6))
    cell_text(ht.rows[0].cells[0], "[Kommunens logotyp]", size=8, color="808080")
    c = ht.rows[0].cells[1]
    p = cell_text(c, "Region V\u00e4stmanland", bold=True, size=9, color="1F3A5F")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp = hdr.paragraphs[0]
    hr = hp.add_run("SAMORDNAD INDIVIDUELL PLAN \u2013 SIP")
    hr.font.size = Pt(8)
    hr.font.small_caps = True
    fp = sec.footer.paragraphs[0]
    fr = fp.add_run("Gemensam SIP-mall f\u00f6r Region V\u00e4stmanland och kommunerna i "
                    "V\u00e4stmanlands l\u00e4n, version 3.1 (2024)\t")
    fr.font.size = Pt(7.5)
    page_x_of_y(fp, "Sida {p} av {n}", size=7.5)

    t = doc.add_paragraph()
    r = t.add_run("Samordnad individuell plan (SIP)")
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    sub = doc.add_paragraph()
    r = sub.add_run("Enligt 2 kap. 7 \u00a7 socialtj\u00e4nstlagen och 16 kap. 4 \u00a7 "
                    "h\u00e4lso- och sjukv\u00e5rdslagen")
    r.italic = True
    r.font.size = Pt(8.5)

    # two-column label/value table
    top = [
        ("Namn", "namn", DOTS),
        ("Personnummer", "pnr", "\u00c5\u00c5MMDD-XXXX"),
        ("V\u00e5rdnadshavare / god man / f\u00f6rvaltare", "vh", DOTS),
        ("Datum f\u00f6r SIP-m\u00f6te", "datum", "\u00c5\u00c5\u00c5\u00c5-MM-DD"),
        ("Plats", "plats", DOTS),
        ("Typ av m\u00f6te", "typ", f"{BOX0} F\u00f6rsta SIP-m\u00f6te   {BOX0} Uppf\u00f6ljning"),
        ("Huvudansvarig f\u00f6r planen", "huvud_top", COUNTY_HINTS["huvud"]),
    ]
    tb = doc.add_table(rows=0, cols=2)
    tb.style = "Table Grid"
    for label, key, ph in top:
        cells = tb.add_row().cells
        cell_text(cells[0], label, bold=True, size=9)
        shade(cells[0], "E7EDF3")
        val = v.get(key)
        if val:
            cell_text(cells[1], val, size=10)
        else:
            cell_text(cells[1], ph, size=9, italic=ph.startswith("("),
                      color="707070" if ph.startswith("(") else None)
    set_col_widths(tb, [5.6, 11.0])

    def heading(txt):
        h = doc.add_heading(txt, level=2)
        h.paragraph_format.space_before = Pt(10)
        h.paragraph_format.keep_with_next = True

    def field(key, hint_key, lines=2):
        val = v.get(key)
        if val:
            for para in val.split("\n"):
                doc.add_paragraph(para)
        else:
            hint_par(doc, COUNTY_HINTS[hint_key])
            for _ in range(lines):
                doc.add_paragraph(DOTS_FULL)

    # consent
    heading("Samtycke")
    if v.get("samtycke"):
        doc.add_paragraph(v["samtycke"])
    else:
        doc.add_paragraph("Den enskilde/v\u00e5rdnadshavare har l\u00e4mnat samtycke till SIP och "
                          "till att ber\u00f6rda verksamheter utbyter information:")
        doc.add_paragraph(f"Samtycke: {BOX0} muntligt   {BOX0} skriftligt        "
                          "Datum: \u00c5\u00c5\u00c5\u00c5-MM-DD")
        doc.add_paragraph("Samtycket g\u00e4ller f\u00f6ljande verksamheter: " + DOTS)

    # participants
    heading("Deltagare")
    hint_par(doc, "(Ange namn, funktion och verksamhet/organisation f\u00f6r samtliga "
                  "deltagare. Markera om personen var n\u00e4rvarande.)")
    parts = v.get("deltagare")
    ptb = doc.add_table(rows=1, cols=4)
    ptb.style = "Table Grid"
    for i, h in enumerate(("Namn", "Funktion", "Verksamhet / organisation", "N\u00e4rvarande")):
        cell_text(ptb.rows[0].cells[i], h, bold=True, size=9)
        shade(ptb.rows[0].cells[i], "D6DEE8")
    repeat_header(ptb.rows[0])
    for row in (parts or [("", "", "", BOX0)] * 6):
        cells = ptb.add_row().cells
        for i, val in enumerate(row):
            cell_text(cells[i], val, size=9)
    set_col_widths(ptb, [3.6, 4.2, 6.4, 2.4])

    heading("1. Syfte med SIP")
    field("syfte", "syfte")
    heading("2. Fr\u00e5gest\u00e4llningar inf\u00f6r m\u00f6tet")
    field("fragor", "fragor")
    heading("3. Bakgrund och nuvarande situation")
    field("bakgrund", "bakgrund", lines=3)
    heading("4. Den enskildes m\u00e5l")
    field("mal", "mal")
    heading("5. Den enskildes delaktighet")
    if v.get("delaktighet"):
        for para in v["delaktighet"].split("\n"):
            doc.add_paragraph(para)
    else:
        doc.add_paragraph(f"{BOX0} Deltog     {BOX0} Deltog inte, orsak: " + DOTS_S)
        hint_par(doc, COUNTY_HINTS["delaktighet"])
        doc.add_paragraph(DOTS_FULL)

    heading("6. Insatser")
    if not v.get("insatser"):
        hint_par(doc, COUNTY_HINTS["insatser"])
    itb = doc.add_table(rows=1, cols=4)
    itb.style = "Table Grid"
    for i, h in enumerate(("Insats / \u00e5tg\u00e4rd", "Ansvarig verksamhet och funktion",
                           "Start\n\u00c5\u00c5\u00c5\u00c5-MM-DD",
                           "Planerat klart\n\u00c5\u00c5\u00c5\u00c5-MM-DD")):
        cell_text(itb.rows[0].cells[i], h, bold=True, size=9)
        shade(itb.rows[0].cells[i], "D6DEE8")
    repeat_header(itb.rows[0])
    for row in (v.get("insatser") or [("", "", "", "")] * 6):
        cells = itb.add_row().cells
        for i, val in enumerate(row):
            cell_text(cells[i], val, size=9)
    set_col_widths(itb, [6.6, 4.8, 2.6, 2.6])

    heading("7. Andra akt\u00f6rers insatser")
    if v.get("andra"):
        doc.add_paragraph(v["andra"])
    else:
        hint_par(doc, COUNTY_HINTS["andra"])
        doc.add_paragraph(f"{BOX0} Inga andra akt\u00f6rer \u00e4r aktuella")
        doc.add_paragraph(DOTS_FULL)

    heading("8. Huvudansvarig f\u00f6r planen")
    if v.get("huvud"):
        doc.add_paragraph(v["huvud"])
    else:
        hint_par(doc, COUNTY_HINTS["huvud"])
        doc.add_paragraph("Namn: " + DOTS_S + "   Funktion: " + DOTS_S)
        doc.add_paragraph("Verksamhet: " + DOTS)

    heading("9. Uppf\u00f6ljning")
    if not v.get("uppf"):
        hint_par(doc, COUNTY_HINTS["uppf"])
    doc.add_paragraph("Datum f\u00f6r uppf\u00f6ljning: " +
                      (v.get("uppf") or "\u00c5\u00c5\u00c5\u00c5-MM-DD"))
    doc.add_paragraph("Plats: " + (v.get("uppf_plats") or DOTS))
    doc.add_paragraph("Sammankallande: " + (v.get("sammankallande") or DOTS))

    heading("10. Underskrifter")
    hint_par(doc, "(Den enskilde/v\u00e5rdnadshavare samt ansvariga f\u00f6r respektive "
                  "verksamhet. Planen delges samtliga deltagare.)")
    stb = doc.add_table(rows=2, cols=2)
    for r_i in range(2):
        for c_i in range(2):
            cell = stb.rows[r_i].cells[c_i]
            cell_text(cell, "\n" + "_" * 34, size=9)
            hp2 = cell.add_paragraph()
            rr = hp2.add_run("Underskrift / namnf\u00f6rtydligande / verksamhet")
            rr.font.size = Pt(7.5)
            rr.italic = True
    return doc


def plan06():
    doc = county_template(None)
    src = BUILD / f"{PREFIX}-06.docx"
    save_docx(doc, src, (2024, 3, 1, 9, 0, 0), "Region V\u00e4stmanland", "SIP-mall")
    soffice_pdf(src, out(6, "pdf"), "20240301090000")


def plan07():
    values = {
        "namn": "Elias",
        "pnr": "\u00c5\u00c5MMDD-XXXX",
        "vh": "Sanna (mamma), Johan (pappa) \u2013 gemensam v\u00e5rdnad",
        "datum": "2024-10-02",
        "plats": "Ekbacksskolan, Arboga (konferensrummet)",
        "typ": f"{BOX1} F\u00f6rsta SIP-m\u00f6te   {BOX0} Uppf\u00f6ljning",
        "samtycke": f"Samtycke: {BOX0} muntligt   {BOX1} skriftligt        "
                    "Datum: 2024-09-20\nSamtycket g\u00e4ller f\u00f6ljande verksamheter: "
                    "Ekbacksskolan (elevh\u00e4lsan), BUP K\u00f6ping.",
        "deltagare": [
            ("Elias", "Elev \u00e5k 7", "\u2013", BOX1),
            ("Sanna", "V\u00e5rdnadshavare", "\u2013", BOX1),
            ("Johan", "V\u00e5rdnadshavare", "\u2013", BOX1),
            ("Mikael", "Mentor", "Ekbacksskolan, Arboga kommun", BOX1),
            ("Sara", "Specialpedagog", "Ekbacksskolan, Arboga kommun", BOX1),
            ("Nadia", "Skolkurator", "Elevh\u00e4lsan, Ekbacksskolan, Arboga kommun", BOX1),
            ("Fredrik", "Psykolog", "BUP K\u00f6ping, Region V\u00e4stmanland", BOX1),
            ("Helena", "Sjuksk\u00f6terska", "BUP K\u00f6ping, Region V\u00e4stmanland", BOX1),
        ],
        "syfte": "Syftet \u00e4r att skolan och BUP tillsammans planerar hur Elias stegvis ska "
                 "komma tillbaka till skolan, och att ADHD-behandlingen och anpassningarna i "
                 "skolan st\u00f6ttar varandra i st\u00e4llet f\u00f6r att g\u00f6ras var f\u00f6r sig.",
        "bakgrund": "Elias g\u00e5r i \u00e5k 7 p\u00e5 Ekbacksskolan. Han fick diagnosen ADHD "
                    "(kombinerad form) p\u00e5 BUP K\u00f6ping i maj 2023 och medicineras med "
                    "Elvanse sedan augusti 2023. Fr\u00e5nvaron \u00f6kade under v\u00e5rterminen "
                    "i \u00e5k 6 och har fortsatt efter skolbytet till h\u00f6gstadiet. N\u00e4rvaron "
                    "under augusti\u2013september 2024 \u00e4r ca 40 %, mest fr\u00e5nvaro p\u00e5 "
                    "m\u00e5ndagar och f\u00f6rsta lektionen.\nHemma beskrivs sv\u00e5righeter att "
                    "komma i s\u00e4ng p\u00e5 kv\u00e4llarna (datorn), konflikter p\u00e5 morgonen och "
                    "att Elias blir arg och l\u00e5ser in sig n\u00e4r han ska till skolan. I skolan "
                    "har han sv\u00e5rt att komma ig\u00e5ng med uppgifter i st\u00f6rre grupp, "
                    "fungerar b\u00e4ttre i liten grupp och i sl\u00f6jd och idrott. "
                    "Pedagogisk kartl\u00e4ggning gjord av specialpedagog i september 2024.",
        "delaktighet": f"{BOX1} Deltog     {BOX0} Deltog inte, orsak: \n"
                       "Elias deltog i m\u00f6tet tillsammans med mamma och pappa.",
        "insatser": [
            ("Anpassad skolstart: Elias b\u00f6rjar kl. 9.00 i st\u00e4llet f\u00f6r 8.10 och "
             "m\u00f6ts av mentor vid entr\u00e9n.",
             "Mentor, Ekbacksskolan", "2024-10-07", "2024-11-22"),
            ("Stegvis \u00f6kad n\u00e4rvaro enligt skriftlig n\u00e4rvaroplan, start tre "
             "lektioner/dag, \u00f6kas varannan vecka.",
             "Specialpedagog, Ekbacksskolan", "2024-10-07", "2024-12-20"),
            ("Undervisning i liten grupp i matematik och svenska, h\u00f6rlurar och "
             "f\u00f6rberedda uppgifter p\u00e5 papper.",
             "Specialpedagog, Ekbacksskolan", "2024-10-14", "2024-12-20"),
            ("Samtal med skolkurator en g\u00e5ng i veckan om fr\u00e5nvaron och vad som "
             "hj\u00e4lper p\u00e5 morgonen.",
             "Skolkurator, elevh\u00e4lsan Ekbacksskolan", "2024-10-09", "2024-12-18"),
            ("Uppf\u00f6ljning av ADHD-medicinering: dosjustering Elvanse, kontroll av "
             "vikt, puls och blodtryck.",
             "Sjuksk\u00f6terska och l\u00e4kare, BUP K\u00f6ping", "2024-10-15", "2024-11-26"),
            ("S\u00f6mnkartl\u00e4ggning med s\u00f6mndagbok och r\u00e5d kring kv\u00e4llsrutiner.",
             "Psykolog, BUP K\u00f6ping", "2024-10-08", "2024-11-05"),
            ("F\u00f6r\u00e4ldrautbildning om ADHD, fyra tr\u00e4ffar, erbjuds "
             "v\u00e5rdnadshavarna.",
             "Psykolog, BUP K\u00f6ping", "2024-10-24", "2024-11-14"),
            ("Avst\u00e4mning av n\u00e4rvaron per telefon mellan skola och BUP varannan "
             "fredag.",
             "Mentor Ekbacksskolan och psykolog BUP K\u00f6ping", "2024-10-11", "2024-12-20"),
        ],
        "andra": "F\u00f6rs\u00e4kringskassan \u2013 omv\u00e5rdnadsbidrag kan bli aktuellt.",
        "uppf": "v. 47",
        "uppf_plats": "Ekbacksskolan",
    }
    doc = county_template(values)
    save_docx(doc, out(7, "docx"), (2024, 10, 3, 14, 40, 0), "Ekbacksskolan", "SIP-mall")


# --------------------------------------------------------------------------
# 08  Municipal psychiatry unit's own Word template: psychosis and debts, Surahammar
# --------------------------------------------------------------------------

def plan08():
    doc = base_doc("Calibri", 11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hr = hp.add_run("SURAHAMMARS KOMMUN\tSocialpsykiatrin\tSIP")
    hr.font.size = Pt(8.5)
    hr.bold = True
    fp = sec.footer.paragraphs[0]
    fr = fp.add_run("Socialpsykiatrin Surahammar \u2013 mall SIP, rev. 2022\t\t")
    fr.font.size = Pt(8)
    page_x_of_y(fp, "{p} ({n})", size=8)

    t = doc.add_paragraph()
    r = t.add_run("Samordnad individuell plan (SIP)")
    r.bold = True
    r.font.size = Pt(16)

    for lab, val in (("Namn:", "P-O"), ("Personnummer:", "XXXXXX-XXXX"),
                     ("Datum f\u00f6r m\u00f6te:", "2024-11-05"),
                     ("Plats:", "Socialpsykiatrins tr\u00e4ffpunkt, Surahammar")):
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(4.0))
        a = p.add_run(lab + "\t")
        a.bold = True
        p.add_run(val)

    def numh(txt):
        bold_par(doc, txt, size=12, space_before=12)

    numh("1. Bakgrund")
    doc.add_paragraph(
        "P-O \u00e4r 34 \u00e5r och har schizofreni sedan 2015. Han har kontakt med "
        "Psykosmottagningen i V\u00e4ster\u00e5s och f\u00e5r depåinjektion var fjortonde dag. Han "
        "bor i egen l\u00e4genhet i Surahammar och har boendest\u00f6d tre g\u00e5nger i veckan "
        "fr\u00e5n Socialpsykiatrin. Sjukers\u00e4ttning fr\u00e5n F\u00f6rs\u00e4kringskassan. God man "
        "sedan 2023.")
    doc.add_paragraph(
        "Under h\u00f6sten har P-O missat tv\u00e5 dep\u00e5injektioner och boendest\u00f6djaren har "
        "sett att han sover d\u00e5ligt, h\u00f6r r\u00f6ster p\u00e5 n\u00e4tterna och drar sig undan. "
        "Han har skulder hos Kronofogden p\u00e5 ca 310 000 kr (mobilabonnemang, sms-l\u00e5n och "
        "k\u00f6p p\u00e5 kredit fr\u00e5n tidigare psykotiska perioder) och f\u00e5r l\u00f6neutm\u00e4tning "
        "p\u00e5 sjukers\u00e4ttningen. Det har gjort att han oroar sig mycket f\u00f6r pengar. Han "
        "har ingen syssels\u00e4ttning.")

    numh("2. Syfte")
    doc.add_paragraph("Samordning av insatser.")

    numh("3. Fr\u00e5gest\u00e4llningar")
    doc.add_paragraph("Diskutera l\u00e4get och hur vi g\u00e5r vidare.")

    numh("4. Mina m\u00e5l")
    for q in ("\u201dJag vill bli skuldfri och kunna sova p\u00e5 n\u00e4tterna utan r\u00f6sterna.\u201d",
              "\u201dJag vill ha n\u00e5got att g\u00f6ra p\u00e5 dagarna, kanske jobba p\u00e5 "
              "Returen.\u201d"):
        p = doc.add_paragraph()
        rr = p.add_run(q)
        rr.italic = True

    numh("5. Delaktighet")
    doc.add_paragraph(
        "P-O deltog under hela m\u00f6tet. Han vill ha f\u00e4rre personer p\u00e5 m\u00f6tena och "
        "vill beh\u00e5lla samma boendest\u00f6djare. Han tycker att sprutan fungerar b\u00e4ttre f\u00f6r "
        "honom \u00e4n tabletter men att det \u00e4r sv\u00e5rt att komma ih\u00e5g tiderna.")

    numh("6. Samtycke")
    doc.add_paragraph(
        "P-O l\u00e4mnade muntligt samtycke vid m\u00f6tet 2024-11-05 till SIP och till att "
        "Socialpsykiatrin, Psykosmottagningen och god man utbyter information.")

    numh("7. Insatser")
    rows = [
        ("Boendest\u00f6d 3 ggr/vecka: st\u00f6d med post, ink\u00f6p och st\u00e4dning, p\u00e5minnelse "
         "och f\u00f6ljer med till dep\u00e5injektionen.",
         "Boendest\u00f6djare, Socialpsykiatrin Surahammar", "Fr\u00e5n 2024-11-11", BOX0),
        ("Dep\u00e5injektion var 14:e dag, SMS-p\u00e5minnelse dagen innan.",
         "Regionen", "Var 14:e dag fr. o. m. 2024-11-12", BOX0),
        ("L\u00e4karbed\u00f6mning av s\u00f6mn och r\u00f6ster, ev. justering av medicinering.",
         "L\u00e4kare, Psykosmottagningen V\u00e4ster\u00e5s", "2024-11-19", BOX0),
        ("Studiebes\u00f6k p\u00e5 Returen (kommunens arbetstr\u00e4ning) och kartl\u00e4ggning "
         "inf\u00f6r syssels\u00e4ttning.",
         "Arbetskonsulent, Arbetsmarknadsenheten Surahammar", "v. 48", BOX0),
        ("Genomg\u00e5ng av skulderna och hj\u00e4lp att ta fram underlag till ans\u00f6kan om "
         "skuldsanering.",
         "Budget- och skuldr\u00e5dgivare, Surahammars kommun", "2024-12-10", BOX0),
        ("F\u00f6rl\u00e4ngning av beslut om boendest\u00f6d.",
         "Bist\u00e5ndshandl\u00e4ggare, Socialpsykiatrin", "2024-10-28", BOX1),
    ]
    tb = doc.add_table(rows=1, cols=4)
    tb.style = "Table Grid"
    for i, h in enumerate(("Vad", "Vem", "N\u00e4r", "Klart")):
        cell_text(tb.rows[0].cells[i], h, bold=True, size=10)
        shade(tb.rows[0].cells[i], "D9D9D9")
    repeat_header(tb.rows[0])
    for rr_ in rows:
        c = tb.add_row().cells
        for i, val in enumerate(rr_):
            cell_text(c[i], val, size=10)
        c[3].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_col_widths(tb, [7.4, 4.8, 3.0, 1.4])

    numh("8. Andra akt\u00f6rer")
    doc.add_paragraph(
        "God man (Mikael) sk\u00f6ter P-O:s ekonomi och betalar r\u00e4kningarna. God man "
        "ans\u00f6ker om skuldsanering hos Kronofogden senast 2025-01-31, med underlag fr\u00e5n "
        "budget- och skuldr\u00e5dgivaren, och s\u00f6ker bostadstill\u00e4gg hos "
        "F\u00f6rs\u00e4kringskassan f\u00f6re 2024-12-15.")
    doc.add_paragraph(
        "Systern Eva bes\u00f6ker P-O varannan s\u00f6ndag och handlar tillsammans med honom.")

    numh("9. Huvudansvar")
    doc.add_paragraph("Socialpsykiatrin.")

    numh("10. Uppf\u00f6ljning")
    doc.add_paragraph("Uppf\u00f6ljning i januari.")

    save_docx(doc, out(8, "docx"), (2024, 11, 6, 9, 12, 0), "Socialpsykiatrin", "SIP")


def main():
    PLANS.mkdir(exist_ok=True)
    BUILD.mkdir(exist_ok=True)
    plan01()
    plan02()
    plan03()
    plan04()
    plan05()
    plan06()
    plan07()
    plan08()
    print("done:", sorted(p.name for p in PLANS.iterdir()))


if __name__ == "__main__":
    main()
