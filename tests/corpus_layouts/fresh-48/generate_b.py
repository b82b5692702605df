#!/usr/bin/env python
"""Generate the f48b- batch of fictional, anonymized SIP plans into plans/.

Run with /work/batches/.venv/bin/python generate.py
Deterministic: fixed texts, fixed dates, no randomness.
"""
import datetime as dt
import os
import shutil
import subprocess
import textwrap
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
OUT = HERE / "plans"
TMP = HERE / "_build"
PREFIX = "f48b"
LO_PROFILE = "file:///tmp/lo-f48b"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIXED = dt.datetime(2025, 4, 10, 9, 0, 0)


# ---------------------------------------------------------------- helpers
def fixed_props(doc, title, author):
    for sec in doc.sections:  # A4, as Swedish Word templates
        if sec.orientation == WD_ORIENT.PORTRAIT:
            sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


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


def cell_text(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n") if text else [""]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
    return cell


def bold_para(doc, text, size=None, small_caps=False, space_before=8):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(space_before)
    p.paragraph_format.space_after = Pt(2)
    p.paragraph_format.keep_with_next = True
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    if small_caps:
        r.font.small_caps = True
    return p


def para(doc, text, italic=False, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    r = p.add_run(text)
    r.italic = italic
    return p


def content_control(doc, placeholder="Klicka eller tryck här för att ange text.", text=None):
    """Block-level w:sdt; empty -> shows placeholder text (grey) with showingPlcHdr."""
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    alias = OxmlElement("w:alias")
    alias.set(qn("w:val"), "Textfält")
    pr.append(alias)
    if text is None:
        sp = OxmlElement("w:showingPlcHdr")
        pr.append(sp)
    txt = OxmlElement("w:text")
    pr.append(txt)
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    p = OxmlElement("w:p")
    r = OxmlElement("w:r")
    if text is None:
        rpr = OxmlElement("w:rPr")
        col = OxmlElement("w:color")
        col.set(qn("w:val"), "808080")
        rpr.append(col)
        r.append(rpr)
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = placeholder if text is None else text
    r.append(t)
    p.append(r)
    content.append(p)
    sdt.append(content)
    doc.element.body.insert(len(doc.element.body) - 1, sdt)  # before sectPr
    return sdt


def normalize_docx(path: Path):
    """Rewrite the .docx zip with fixed timestamps so that each run gives identical bytes."""
    import zipfile
    items = []
    with zipfile.ZipFile(path) as z:
        for info in z.infolist():
            items.append((info.filename, z.read(info.filename)))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 4, 10, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def normalize_pdf(path: Path):
    """Blank out LibreOffice's creation dates and document ID (same byte length, so the xref
    table stays valid)."""
    import re
    b = path.read_bytes()
    b = re.sub(rb"D:\d{14}([+-Z][0-9']*)", lambda m: b"D:20241211090000" + m.group(1), b)
    b = re.sub(rb"<[0-9A-F]{32}>", lambda m: b"<" + b"0" * 32 + b">", b)
    b = re.sub(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)[^<]*(</xmp)",
               lambda m: m.group(1) + b"2024-12-11T09:00:00".ljust(len(m.group(0)) - len(m.group(1)) - len(m.group(2)), b" ") + m.group(2), b)
    b = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, b)
    b = re.sub(rb"(uuid:)[0-9a-f-]{36}", lambda m: m.group(1) + b"00000000-0000-0000-0000-000000000000", b)
    path.write_bytes(b)


def set_cell_width(table, widths):
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w


def soffice_pdf(src: Path, outdir: Path):
    outdir.mkdir(parents=True, exist_ok=True)
    cmd = ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless"]
    if src.suffix == ".html":
        # import as a Writer document (not Writer/Web), as when printing from the word processor
        cmd += ["--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export"]
    else:
        cmd += ["--convert-to", "pdf"]
    cmd += ["--outdir", str(outdir), str(src)]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=240)
    return outdir / (src.stem + ".pdf")


def wrap(text, width=74, indent=""):
    out = []
    for para_ in text.split("\n"):
        if not para_.strip():
            out.append("")
            continue
        out.extend(textwrap.wrap(para_, width=width, subsequent_indent=indent,
                                 break_long_words=False, break_on_hyphens=False))
    return out


# ---------------------------------------------------------------- 01
def plan01():
    """County template, bilingual bold labels; young man, autism + gaming, Borås."""
    doc = Document()
    fixed_props(doc, "SIP – Samordnad individuell plan", "Socialtjänsten Borås")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Västra Götaland – gemensam SIP-mall för kommunerna och Västra Götalandsregionen"
    hp.runs[0].font.size = Pt(8)
    hp.runs[0].font.color.rgb = RGBColor(0x44, 0x44, 0x44)
    fp = sec.footer.paragraphs[0]
    fp.text = "Mall SIP VG, version 2023-05 / Template SIP VG, version 2023-05"
    fp.runs[0].font.size = Pt(8)

    t = doc.add_paragraph()
    r = t.add_run("Samordnad individuell plan (SIP)")
    r.bold = True
    r.font.size = Pt(18)
    t2 = doc.add_paragraph()
    r = t2.add_run("Coordinated Individual Plan")
    r.italic = True
    r.font.size = Pt(12)

    info = doc.add_table(rows=4, cols=2)
    info.style = "Table Grid"
    rows = [
        ("Namn / Name", "Elias"),
        ("Personnummer / Personal ID no.", "ÅÅMMDD-XXXX"),
        ("Datum för mötet / Date of meeting", "2024-09-17"),
        ("Plats / Place", "Socialtjänsten Borås, Vuxenenheten, mötesrum 2 (Elias via Teams)"),
    ]
    for i, (a, b) in enumerate(rows):
        cell_text(info.rows[i].cells[0], a, bold=True, size=10)
        cell_text(info.rows[i].cells[1], b, size=10)
    set_cell_width(info, [Cm(6.5), Cm(10)])

    bold_para(doc, "Deltagare / Participants")
    para(doc, "Elias, Sara, Per, Johanna, Mira")

    bold_para(doc, "Syfte / Purpose")
    para(doc, "Syftet med planen är att Elias ska få ett samordnat stöd från socialtjänsten "
              "och vuxenpsykiatrin så att han kan minska sitt spelande på nätterna, få en "
              "fungerande dygnsrytm i lägenheten och komma vidare mot studier. Elias har en "
              "autismdiagnos sedan tonåren och har sedan han slutade gymnasiet suttit vid datorn "
              "större delen av dygnet, ofta 12–14 timmar, och har i perioder slutat äta ordentligt.")

    bold_para(doc, "Frågeställningar / Issues to discuss")
    for q in [
        "Hur kan Elias få behandling för spelandet när han inte orkar ta sig till mottagningen varje vecka?",
        "Kan boendestödet starta redan i början av oktober och vara samma person varje gång?",
        "Vad behövs för att Elias ska kunna börja på Komvux till vårterminen?",
    ]:
        para(doc, q, style="List Bullet")

    bold_para(doc, "Den enskildes mål / Personal goals")
    para(doc, "Elias säger själv: ”Jag vill kunna sova på nätterna och spela max två timmar om "
              "dagen. Till våren vill jag börja plugga, typ programmering på Komvux.”")

    bold_para(doc, "Den enskildes delaktighet / Participation")
    para(doc, "Elias deltog i hela mötet via Teams från sin lägenhet med kameran avstängd, vilket "
              "han själv hade bett om. Han skrev i chatten när han ville säga något. Han tycker att "
              "nya personer är jobbigt och önskar att boendestödet är samma person varje gång och "
              "att samtalen med psykologen kan vara på video ibland.")

    bold_para(doc, "Samtycke / Consent")
    para(doc, "Ja, samtycke finns.")

    bold_para(doc, "Insatser / Interventions")
    tab = doc.add_table(rows=1, cols=4)
    tab.style = "Table Grid"
    hdr = ["Insats / Intervention", "Verksamhet / Unit", "Ansvarig funktion / Responsible",
           "När / When"]
    for i, h in enumerate(hdr):
        cell_text(tab.rows[0].cells[i], h, bold=True, size=9)
        shade(tab.rows[0].cells[i], "D9E2F3")
    repeat_header(tab.rows[0])
    data = [
        ("Samtal med KBT-inriktning om spelandet, varannan vecka, växelvis på mottagningen och via video",
         "Vuxenpsykiatrin Borås, Södra Älvsborgs sjukhus", "Psykolog", "Start 2024-10-03"),
        ("Boendestöd i hemmet två gånger i veckan med fokus på dygnsrytm, mat och städning",
         "Socialtjänsten Borås, Boendestödsenheten", "Boendestödjare", "Start 2024-10-07"),
        ("Läkemedelsgenomgång kring sömn och eventuell sömnmedicin",
         "Vuxenpsykiatrin Borås, Södra Älvsborgs sjukhus", "Läkare", ""),
        ("Träff med studie- och yrkesvägledare för att planera studier på Komvux",
         "Vuxenutbildningen Borås", "Studie- och yrkesvägledare", "2024-11-15"),
    ]
    for row in data:
        cells = tab.add_row().cells
        for i, v in enumerate(row):
            cell_text(cells[i], v, size=9)
    set_cell_width(tab, [Cm(6.5), Cm(4.2), Cm(3.3), Cm(2.6)])

    bold_para(doc, "Andra aktörers insatser / Other actors’ interventions")
    p = para(doc, "Klicka här för att ange text.")
    p.runs[0].font.color.rgb = RGBColor(0x80, 0x80, 0x80)

    bold_para(doc, "Huvudansvarig för planen / Overall responsibility")
    para(doc, "Sara, socialsekreterare, Socialtjänsten Borås, Vuxenenheten")

    bold_para(doc, "Uppföljning / Follow-up")
    para(doc, "Nästa SIP-möte i vecka 47. Sara skickar kallelse till alla.")

    bold_para(doc, "Underskrift / Signature")
    para(doc, "Planen är upprättad av Sara, socialsekreterare, 2024-09-18.")
    doc.save(OUT / f"{PREFIX}-01.docx")


# ---------------------------------------------------------------- 02
class RecordPDF(FPDF):
    system = "Cosmic – Region Jönköpings län   |   SIP – Samordnad individuell plan"
    printed = "Utskriftsdatum: 2025-03-04 10:12   Utskrivet av: kurator, Psyk. öppenvård Värnamo"

    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(60, 60, 60)
        w = self.w - self.l_margin - self.r_margin
        self.cell(w * 0.7, 4, self.system, new_x="RIGHT", new_y="TOP")
        self.cell(w * 0.3, 4, f"Sida {self.page_no()} ({{nb}})", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.cell(w, 4, self.printed, new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(120, 120, 120)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Patient: R.   Pnr: XXXXXX-XXXX   Dokument: SIP 2025-02-27   Status: Signerad",
                  align="L")
        self.set_text_color(0, 0, 0)


def boxed(pdf, label, text, h_min=10):
    w = pdf.w - pdf.l_margin - pdf.r_margin
    x, y = pdf.l_margin, pdf.get_y()
    pdf.set_font("DejaVu", "B", 8)
    pdf.set_fill_color(230, 230, 230)
    pdf.cell(w, 5, label, border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    y0 = pdf.get_y()
    if text:
        pdf.multi_cell(w, 4.6, text, border=0, new_x="LMARGIN", new_y="NEXT", align="L",
                       padding=(1.2, 1.5, 1.2, 1.5))
    h = max(pdf.get_y() - y0, h_min)
    pdf.rect(x, y0, w, h)
    pdf.set_y(y0 + h + 2.5)


def plan02():
    """fpdf2 record-system form; landscape page 2 with 8-column measures table. Psychosis and
    debts, Värnamo."""
    pdf = RecordPDF(orientation="P", format="A4")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_creation_date(FIXED)
    pdf.set_title("SIP – Samordnad individuell plan")
    pdf.set_author("Cosmic")
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, margin=16)
    pdf.set_margins(15, 12, 15)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 8, "Samordnad individuell plan (SIP)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 8)
    pdf.cell(0, 4, "Journalmall: SIP Vuxen, Psykiatri   Vårdenhet: Psykiatriska öppenvårdsmottagningen Värnamo",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)

    # identification grid
    w = pdf.w - pdf.l_margin - pdf.r_margin
    grid = [("Namn", "R."), ("Personnummer", "XXXXXX-XXXX"),
            ("Mötesdatum", "2025-02-27"), ("Plats", "Psyk. öppenvårdsmottagningen Värnamo")]
    for i in range(0, 4, 2):
        for lab, val in grid[i:i + 2]:
            pdf.set_font("DejaVu", "B", 7.5)
            pdf.cell(w * 0.14, 7, lab, border=1)
            pdf.set_font("DejaVu", "", 9)
            pdf.cell(w * 0.36, 7, val, border=1)
        pdf.ln(7)
    pdf.ln(3)

    boxed(pdf, "Syfte med SIP", "Samordning.")
    boxed(pdf, "Bakgrund",
          "R. är 38 år och har schizofreni sedan 2012. Han bor ensam i hyreslägenhet i Värnamo. "
          "Under hösten 2024 slutade han ta sin medicin och var inlagd på psykiatrisk "
          "slutenvård i Jönköping i fem veckor (okt–nov). Han har skulder på ca 180 000 kr, "
          "främst obetalda hyror, el och sms-lån, och han har fått en varning om uppsägning "
          "av lägenheten. Han har ingen sysselsättning sedan 2021.")
    boxed(pdf, "Frågeställningar", "", h_min=12)
    boxed(pdf, "Den enskildes mål",
          "Målet är att R. ska ha en stabil psykisk hälsa, ta sin medicin regelbundet och få "
          "kontroll över sin ekonomi så att han kan bo kvar i lägenheten.")
    boxed(pdf, "Den enskildes delaktighet", "", h_min=12)

    # consent box with ticks
    pdf.set_font("DejaVu", "B", 8)
    pdf.set_fill_color(230, 230, 230)
    pdf.cell(w, 5, "Samtycke", border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    y0 = pdf.get_y()
    pdf.set_x(pdf.l_margin + 1.5)
    pdf.cell(0, 5.5, "☒ Skriftligt samtycke     ☐ Muntligt samtycke     ☐ Samtycke saknas",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(pdf.l_margin + 1.5)
    pdf.cell(0, 5.5, "Datum: 2025-02-20     Inhämtat av: kurator, Psykiatriska öppenvårdsmottagningen "
                     "Värnamo (blankett skannad)", new_x="LMARGIN", new_y="NEXT")
    pdf.rect(pdf.l_margin, y0, w, pdf.get_y() - y0 + 1)
    pdf.set_y(pdf.get_y() + 3.5)

    # participants table
    pdf.set_font("DejaVu", "B", 8)
    pdf.cell(w, 5, "Deltagare vid mötet", border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
    cols = [w * 0.22, w * 0.33, w * 0.45]
    for c, h in zip(cols, ["Namn", "Funktion", "Verksamhet"]):
        pdf.cell(c, 5, h, border=1)
    pdf.ln(5)
    pdf.set_font("DejaVu", "", 8.5)
    for row in [("Anna", "Kurator", "Psyk. öppenvårdsmottagningen Värnamo"),
                ("Erik", "Läkare", "Psyk. öppenvårdsmottagningen Värnamo"),
                ("Maja", "Socialsekreterare", "Socialtjänsten Värnamo, Vuxenenheten"),
                ("Tove", "Budget- och skuldrådgivare", "Värnamo kommun, Budget- och skuldrådgivningen"),
                ("Lars", "Boendestödjare", "Socialtjänsten Värnamo, Boendestöd")]:
        for c, v in zip(cols, row):
            pdf.cell(c, 5.5, v, border=1)
        pdf.ln(5.5)
    pdf.ln(3)

    boxed(pdf, "Huvudansvarig för planen", "Socialtjänsten Värnamo")
    boxed(pdf, "Uppföljning", "Vecka 18. Kallelse skickas ut av huvudansvarig.")
    pdf.set_font("DejaVu", "", 8)
    pdf.cell(0, 5, "Insatser och ansvarsfördelning: se sida 2.", new_x="LMARGIN", new_y="NEXT")

    # ---- landscape page with wide table
    pdf.add_page(orientation="L")
    pdf.set_font("DejaVu", "B", 11)
    pdf.cell(0, 7, "Insatser och ansvarsfördelning", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    W = pdf.w - pdf.l_margin - pdf.r_margin
    widths = [0.04, 0.11, 0.27, 0.18, 0.13, 0.08, 0.09, 0.10]
    widths = [W * f for f in widths]
    heads = ["Nr", "Behov/område", "Insats/åtgärd", "Utförare (verksamhet)", "Funktion",
             "Start", "Klart/avstäm.", "Status"]
    rows = [
        ("1", "Psykisk hälsa", "Depåinjektion var 14:e dag och läkemedelsuppföljning hos läkare "
         "var 8:e vecka", "Psyk. öppenvårdsmottagningen Värnamo", "Sjuksköterska / läkare",
         "2025-03-03", "2025-06-30", "Pågår"),
        ("2", "Ekonomi", "Genomgång av skulder, kontakt med fordringsägare och upprättande av "
         "budget", "Värnamo kommun, Budget- och skuldrådgivningen", "Budget- och skuldrådgivare",
         "2025-03-10", "2025-04-30", "Planerad"),
        ("3", "Ekonomi", "Utredning av ekonomiskt bistånd till hyresskulden för att undvika "
         "uppsägning", "Socialtjänsten Värnamo, Vuxenenheten", "Socialsekreterare",
         "2025-03-05", "2025-03-21", "Planerad"),
        ("4", "Boende", "Boendestöd 3 ggr/vecka: struktur i vardagen, post, inköp, "
         "påminnelse om injektionstider", "Socialtjänsten Värnamo, Boendestöd", "Boendestödjare",
         "2025-03-10", "2025-08-31", "Planerad"),
        ("5", "Somatisk hälsa", "Hälsokontroll med blodprover och vikt (metabola biverkningar)",
         "Vårdcentralen Värnamo", "Distriktssköterska", "2025-03-17", "2025-03-17", "Planerad"),
        ("6", "Sysselsättning", "Kartläggning inför daglig sysselsättning enligt SoL, "
         "studiebesök på Verkstan", "Socialtjänsten Värnamo, Sysselsättningsenheten",
         "Arbetskonsulent", "2025-04-01", "2025-05-30", "Planerad"),
        ("7", "Samordning", "Kontaktperson i psykiatrin håller kontakt med boendestödet "
         "vid uteblivna injektioner", "Psyk. öppenvårdsmottagningen Värnamo", "Kurator",
         "2025-03-03", "2025-08-31", "Pågår"),
    ]

    def head_row():
        pdf.set_font("DejaVu", "B", 7)
        pdf.set_fill_color(215, 225, 240)
        for c, h in zip(widths, heads):
            pdf.cell(c, 6, h, border=1, fill=True)
        pdf.ln(6)

    head_row()
    pdf.set_font("DejaVu", "", 7)
    lh = 3.6
    for row in rows:
        # compute height
        nlines = []
        for c, v in zip(widths, row):
            lines = pdf.multi_cell(c, lh, v, dry_run=True, output="LINES", padding=(0.8, 1, 0.8, 1), align="L")
            nlines.append(len(lines))
        h = max(nlines) * lh + 1.6
        if pdf.get_y() + h > pdf.page_break_trigger:
            pdf.add_page(orientation="L")
            head_row()
            pdf.set_font("DejaVu", "", 7)
        y = pdf.get_y()
        x = pdf.l_margin
        for c, v in zip(widths, row):
            pdf.set_xy(x, y)
            pdf.multi_cell(c, lh, v, border=0, padding=(0.8, 1, 0.8, 1), align="L")
            pdf.rect(x, y, c, h)
            x += c
        pdf.set_xy(pdf.l_margin, y + h)
    pdf.ln(4)
    pdf.set_font("DejaVu", "", 8)
    pdf.cell(0, 5, "Signerad av: Anna, kurator, 2025-03-04", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(OUT / f"{PREFIX}-02.pdf"))


# ---------------------------------------------------------------- 03
def plan03():
    """E-mail (Windows-1252, CRLF) with the plan pasted after a separator line; youth with
    cannabis use, Nässjö."""
    lines = [
        "Från: Sara (Socialtjänsten Nässjö)",
        "Skickat: den 13 november 2024 09:41",
        "Till: Ali; Helena; Oskar; Jenny",
        "Ämne: SIP M. – planen bifogas",
        "Bifogade filer: SIP_M_2024-11-12.docx",
        "",
        "Hej alla!",
        "",
    ]
    body = (
        "Tack för ett bra möte i tisdags. Här kommer planen från SIP-mötet, den ligger som "
        "bilaga (SIP_M_2024-11-12.docx). Eftersom några av er har sagt att bilagor från oss "
        "fastnar i filtret hos regionen klistrar jag även in texten nedan. Hör av er om något "
        "blivit fel eller om ni vill lägga till något, annars skickar jag ut den som den är "
        "till M. och mamma på fredag.")
    lines += wrap(body, 74)
    lines += ["", "Hälsningar", "Sara", "Socialsekreterare, Barn och familj",
              "Socialtjänsten Nässjö (nås via växeln)", "", ""]
    lines.append("---------- Planen ----------")
    lines.append("")

    def lv(label, value, width=74):
        first = f"{label}: {value}" if value else f"{label}:"
        out = textwrap.wrap(first, width=width, subsequent_indent="    ",
                            break_long_words=False) or [first]
        return out

    lines.append("SAMORDNAD INDIVIDUELL PLAN (SIP)")
    lines.append("")
    lines += lv("Namn", "M., 16 år")
    lines += lv("Personnummer", "XXXXXX-XXXX")
    lines += lv("Datum för SIP-möte", "2024-11-12")
    lines += lv("Plats", "Socialtjänsten Nässjö, Barn och familj")
    lines += lv("Deltagare", "M., Jenny, Sara, Ali, Helena, Oskar")
    lines.append("")
    lines += lv("Bakgrund",
                "M. går första året på gymnasiet (el- och energiprogrammet) men har inte varit "
                "i skolan mer än enstaka dagar sedan september. Skolan och mamma har sett tecken "
                "på att han röker cannabis, och i oktober togs han av polisen i Nässjö centrum "
                "med en mindre mängd cannabis. Socialtjänsten har en pågående utredning. M. har "
                "sedan tidigare kontakt med BUP för ADHD.")
    lines.append("")
    lines += lv("Syfte",
                "Att socialtjänsten, BUP och skolan samordnar stödet till M. kring hans "
                "cannabisanvändning och skolfrånvaro och vet vad var och en gör, så att inget "
                "faller mellan stolarna nu när han både har ADHD-medicinering via BUP och en "
                "pågående utredning hos socialtjänsten.")
    lines.append("")
    lines += lv("Frågeställningar", "")
    lines.append("")
    lines += lv("Mål", "")
    lines.append("")
    lines += lv("Delaktighet", "M. var med på mötet tillsammans med sin mamma.")
    lines.append("")
    lines += lv("Insatser", "")
    lines += ["  - Fortsatt kontakt med BUP.",
              "  - Stöd från socialtjänsten vid behov.",
              "  - Fortsatt kontakt med elevhälsan på skolan."]
    lines += lv("Ansvarig", "Kommunen och Regionen")
    lines.append("")
    lines += lv("Nästa möte", "2025-01-21 kl. 13.00, Socialtjänsten Nässjö")
    lines.append("")
    lines.append("---------- Slut på planen ----------")
    lines.append("")
    text = "\r\n".join(lines) + "\r\n"
    (OUT / f"{PREFIX}-03.txt").write_bytes(text.encode("cp1252"))


# ---------------------------------------------------------------- 04
def plan04():
    """Markdown: the whole plan as one pipe table Rubrik | Innehåll; bipolar disorder,
    sick leave, Växjö."""
    rows = [
        ("Syfte",
         "Syftet är att L. ska få ett samordnat stöd från psykiatrin, kommunen och "
         "Försäkringskassan nu när hon har varit sjukskriven i över ett år efter en svår "
         "depressiv episod, så att hon kan få en stabil vardag och pröva att gå tillbaka till "
         "arbetet på lagret."),
        ("Frågeställningar", "Gå igenom läget."),
        ("Mål",
         "Målet är att L. ska ha en stabil stämning och kunna börja arbetsträna på 25 % under "
         "våren 2025."),
        ("Delaktighet",
         "L. deltog på hela mötet. Hon vill inte ha fler nya kontakter än nödvändigt och "
         "önskar att boendestödet kommer på förmiddagar, eftersom hon är trött efter "
         "kvällsmedicinen. Hon vill själv vara med och bestämma takten i arbetsträningen."),
        ("Samtycke", "-"),
        ("Insatser",
         "1. Läkemedelsuppföljning (litium), provtagning var 3:e månad<br>"
         "2. Psykoedukation i grupp om bipolär sjukdom, 8 träffar<br>"
         "3. Boendestöd 2 ggr/vecka, förmiddag, fokus struktur och sömn<br>"
         "4. Kartläggning av arbetsförmåga inför arbetsträning"),
        ("Ansvar",
         "1. Vuxenpsykiatrimottagningen Växjö, läkare och sjuksköterska. Nästa läkarbesök "
         "2025-01-14<br>"
         "2. Vuxenpsykiatrimottagningen Växjö, arbetsterapeut. Gruppstart 2025-02-05<br>"
         "3. Växjö kommun, Socialpsykiatrin, boendestödjare. Start 2024-12-02<br>"
         "4. Växjö kommun, Arbetsmarknadsenheten, arbetskonsulent. Klar senast 2025-02-28"),
        ("Andra aktörer",
         "Försäkringskassan (handläggare): utreder rätten till fortsatt sjukpenning, beslut "
         "senast 2025-01-31.<br>"
         "Arbetsgivaren (lagret, närmaste chef): tar fram förslag på anpassade arbetsuppgifter "
         "till 2025-02-15.<br>"
         "L. själv: för humördagbok varje kväll och tar med den till läkarbesöken."),
        ("Huvudansvar", "-"),
        ("Uppföljning", "-"),
    ]
    out = [
        "# SIP – L.",
        "",
        "Datum: 2024-11-26  ",
        "Plats: Vuxenpsykiatrimottagningen Växjö",
        "",
        "| Rubrik | Innehåll |",
        "|---|---|",
    ]
    for k, v in rows:
        out.append(f"| {k} | {v} |")
    out += ["", "*Anteckningar förda av sjuksköterska, Vuxenpsykiatrimottagningen Växjö.*", ""]
    (OUT / f"{PREFIX}-04.md").write_text("\n".join(out), encoding="utf-8")


# ---------------------------------------------------------------- 05
def plan05():
    """Heading-style docx written by the daughter with the coordinator, partly first person;
    elderly man with Alzheimer's disease, Ljungby."""
    doc = Document()
    fixed_props(doc, "SIP för pappa", "Karin")
    st = doc.styles["Normal"]
    st.font.name = "Georgia"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "SIP – Ljungby kommun och Region Kronoberg"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Skriven av Karin (dotter) tillsammans med samordnaren efter mötet 2025-02-11"
    fp.runs[0].font.size = Pt(8)

    doc.add_heading("Samordnad individuell plan för pappa, Gunnar 84 år", level=1)
    para(doc, "Mötet hölls hemma hos pappa i Ljungby den 11 februari 2025. Den här planen har "
              "jag, Karin, skrivit ihop med samordnaren från kommunen efter mötet, så att det "
              "ska vara lätt för pappa och oss i familjen att läsa.")

    doc.add_heading("Varför vi gör en SIP", level=2)
    para(doc, "Pappa fick diagnosen Alzheimers sjukdom 2023 och har blivit sämre i vinter. Han "
              "har gått vilse två gånger när han skulle gå till kiosken, och han glömmer att ta "
              "sina mediciner. Jag och pappa vill att alla som hjälper honom ska veta vad de "
              "andra gör. Syftet är att pappa ska kunna bo kvar tryggt i huset så länge det går, "
              "med hjälp från kommunen och vården som hänger ihop, och att jag inte ska behöva "
              "ringa runt till alla själv.")

    doc.add_heading("Det vi ville ha svar på", level=2)
    for q in ["Kan hemtjänsten ge pappa hans mediciner morgon och kväll?",
              "Kan han få plats på dagverksamheten två dagar i veckan?",
              "Behöver pappa ett trygghetslarm med GPS, och vem ansöker om det?"]:
        para(doc, q, style="List Bullet")

    doc.add_heading("Pappas mål", level=2)
    para(doc, "Målet är att pappa ska kunna bo kvar hemma med hjälp och känna sig trygg.")

    doc.add_heading("Hur pappa var med", level=2)
    para(doc, "Pappa satt med vid köksbordet den första halvtimmen. Han sa att han trivs i huset "
              "och inte vill flytta till något boende, och att han gärna vill fortsätta gå sin "
              "promenad till kiosken på förmiddagarna. Han tyckte att det var för mycket folk "
              "i köket och sedan blev han trött och gick och lade sig, så resten av mötet förde "
              "jag hans talan.")

    doc.add_heading("Vad som ska göras och av vem", level=2)
    tab = doc.add_table(rows=1, cols=3)
    tab.style = "Light Grid Accent 1"
    for i, h in enumerate(["Vad", "Vem", "När"]):
        cell_text(tab.rows[0].cells[i], h, bold=True)
    repeat_header(tab.rows[0])
    data = [
        ("Hemtjänst morgon och kväll, bl.a. överlämning av mediciner",
         "Hemtjänst Ljungby centrum, undersköterskor", "Från 2025-02-24"),
        ("Dosdispenserade läkemedel (påsar) så att det blir lättare att ge rätt medicin",
         "Vårdcentralen Ljungby, distriktssköterska", "Start 2025-03-03"),
        ("Dagverksamhet för personer med demenssjukdom, tisdag och torsdag",
         "Dagverksamheten Ljungby kommun", "När plats finns"),
        ("Ansökan om trygghetslarm med GPS", "Biståndshandläggaren", ""),
        ("Läkarbesök: kontroll av demenssjukdomen och medicinerna",
         "Minnesmottagningen, Ljungby lasarett, läkare", "2025-04-08"),
        ("Jag handlar mat till pappa varje lördag och går igenom hans post och räkningar",
         "Karin (dotter)", "Varje lördag"),
        ("Jag ansöker hos överförmyndaren om att bli god man för pappa",
         "Karin (dotter)", "Senast 2025-03-31"),
    ]
    for row in data:
        c = tab.add_row().cells
        for i, v in enumerate(row):
            cell_text(c[i], v)
    set_cell_width(tab, [Cm(8), Cm(5.5), Cm(3)])

    doc.add_heading("Vem håller ihop planen", level=2)
    para(doc, "Biståndshandläggaren håller ihop planen och är den vi ringer om något inte fungerar.")

    doc.add_heading("Nästa gång vi ses", level=2)
    para(doc, "I maj. Handläggaren skickar en kallelse till alla.")

    doc.add_heading("Vi som var med", level=2)
    para(doc, "Pappa Gunnar, jag (Karin), Lena, Maria, Ahmed och Eva.")
    doc.save(OUT / f"{PREFIX}-05.docx")


# ---------------------------------------------------------------- 06
HTML06 = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8">
<title>SIP – Ella, åk 7</title>
<style>
 body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; }
 h1 { font-size: 16pt; color: #1f4e79; margin-bottom: 2pt; }
 h2 { font-size: 11.5pt; color: #1f4e79; border-bottom: 1px solid #1f4e79; margin-top: 14pt; }
 table { border-collapse: collapse; width: 100%; }
 th, td { border: 1px solid #777; padding: 3pt 5pt; vertical-align: top; text-align: left; }
 th { background: #dde7f3; }
 .meta td { border: none; padding: 1pt 6pt 1pt 0; }
 .small { font-size: 8pt; color: #555; }
</style></head>
<body>
<p class="small">Skövde kommun, Barn- och utbildningsförvaltningen &nbsp;|&nbsp; Region Västra Götaland, Skaraborgs sjukhus</p>
<h1>SIP – Samordnad individuell plan</h1>
<table class="meta" width="100%" cellpadding="2" cellspacing="0">
<tr><td width="22%"><b>Elev:</b></td><td width="78%">Ella, åk 7, Högelidsskolan</td></tr>
<tr><td><b>Personnummer:</b></td><td>ÅÅMMDD-XXXX</td></tr>
<tr><td><b>Mötesdatum:</b></td><td>2024-12-10, Högelidsskolan, konferensrum Björken</td></tr>
</table>

<h2>Syfte</h2>
<p>Gemensam planering.</p>

<h2>Bakgrund</h2>
<p>Ella har dyslexi (utredd i åk 4) och har sedan höstterminen i åk 7 haft ökande oro och
magont inför skoldagarna. Hon har en frånvaro på ca 30 % under hösten, mest på måndagar och
dagar med engelska och SO. BUP Skövde har sedan oktober bedömt att hon har ett
ångestsyndrom. Familjen har sökt stöd hos socialtjänsten för att hitta sätt att få igång
morgnarna utan konflikter.</p>

<h2>Frågeställningar</h2>
<ul>
<li>Hur kan skolan minska Ellas oro inför redovisningar och prov?</li>
<li>Behöver Ella en ny kartläggning av läs- och skrivförmågan nu när texterna blivit längre?</li>
<li>Kan familjen få föräldrastöd från socialtjänsten kring morgonrutinerna?</li>
</ul>

<h2>Ellas mål</h2>
<p>Ella sa på mötet: ”Jag vill kunna gå till skolan utan att ha ont i magen, och jag vill
klara engelskan.”</p>

<h2>Ellas och vårdnadshavarnas delaktighet</h2>
<p>Ella var med på mötet tillsammans med mamma och pappa. Ella vill inte behöva läsa högt
inför klassen och vill hellre göra muntliga prov enskilt med läraren. Hon vill att
mentorn är den hon pratar med när det blir jobbigt. Föräldrarna önskar att skolan hör av
sig samma dag om Ella inte kommer.</p>

<h2>Samtycke</h2>
<p>Samtycke finns.</p>

<h2>Anpassningar i skolan</h2>
<ul>
<li>Inlästa läromedel och talsyntes på Chromebook i alla ämnen</li>
<li>Förlängd skrivtid på prov, möjlighet att skriva i eget rum</li>
<li>Ella läser inte högt inför klassen; redovisningar görs för läraren eller i liten grupp</li>
<li>Veckoschema med förhandsinformation om prov och redovisningar</li>
<li>Daglig incheckning med mentor vid skoldagens start</li>
<li>Frånvaro meddelas vårdnadshavare via Skolplattformen samma förmiddag</li>
</ul>

<h2>Insatser</h2>
<table width="100%" border="1" cellpadding="4" cellspacing="0">
<tr><th width="33%">Insats</th><th width="24%">Verksamhet</th><th width="21%">Ansvarig funktion</th><th width="22%">När</th></tr>
<tr><td>Ny kartläggning av läs- och skrivförmåga</td><td>Elevhälsan, Högelidsskolan</td><td>Specialpedagog</td><td>Klar 2025-01-31</td></tr>
<tr><td>KBT-behandling för ångest, 12 sessioner</td><td>BUP Skövde</td><td>Psykolog</td><td>Start 2025-01-09, varje torsdag</td></tr>
<tr><td>Föräldrastöd kring morgonrutiner och oro, hembesök varannan vecka</td><td>Socialtjänsten Skövde, Barn och familj</td><td>Familjebehandlare</td><td>Start 2025-01-13</td></tr>
<tr><td>Stödsamtal om skolsituationen</td><td>Elevhälsan, Högelidsskolan</td><td>Kurator</td><td>Varje måndag från 2025-01-13</td></tr>
</table>

<h2>Uppföljning</h2>
<p>Uppföljning efter sportlovet.</p>

<h2>Deltagare</h2>
<table width="100%" border="1" cellpadding="4" cellspacing="0">
<tr><th width="25%">Namn</th><th width="25%">Funktion</th><th width="50%">Verksamhet</th></tr>
<tr><td>Ella</td><td>Elev</td><td>–</td></tr>
<tr><td>Mamma och pappa</td><td>Vårdnadshavare</td><td>–</td></tr>
<tr><td>Annika</td><td>Mentor</td><td>Högelidsskolan, Skövde kommun</td></tr>
<tr><td>Johan</td><td>Specialpedagog</td><td>Elevhälsan, Högelidsskolan</td></tr>
<tr><td>Nadia</td><td>Kurator</td><td>Elevhälsan, Högelidsskolan</td></tr>
<tr><td>Sofia</td><td>Psykolog</td><td>BUP Skövde, Skaraborgs sjukhus</td></tr>
<tr><td>Nora</td><td>Familjebehandlare</td><td>Socialtjänsten Skövde, Barn och familj</td></tr>
</table>
<p class="small">Planen skickas till vårdnadshavare och deltagande verksamheter. Utskriven 2024-12-11.</p>
</body></html>
"""


def plan06():
    """HTML -> PDF via LibreOffice; pupil with dyslexia and anxiety, Skövde."""
    TMP.mkdir(exist_ok=True)
    src = TMP / f"{PREFIX}-06.html"
    src.write_text(HTML06, encoding="utf-8")
    pdf = soffice_pdf(src, TMP)
    shutil.move(str(pdf), OUT / f"{PREFIX}-06.pdf")
    normalize_pdf(OUT / f"{PREFIX}-06.pdf")


# ---------------------------------------------------------------- 07
def plan07():
    """Docx with a measures table that has one column per actor and rows Vad/När/Vem;
    boy with ADHD and school refusal, Gislaved."""
    doc = Document()
    fixed_props(doc, "SIP Noah", "Socialtjänsten Gislaved")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    hp = sec.header.paragraphs[0]
    hp.text = "Gislaveds kommun – Region Jönköpings län\tSIP\tSekretess enligt OSL"
    hp.runs[0].font.size = Pt(8)

    h = doc.add_paragraph()
    r = h.add_run("SIP – Noah, 11 år")
    r.bold = True
    r.font.size = Pt(16)
    r.font.small_caps = True
    para(doc, "Mötesdatum: 2025-03-11   Plats: Ängsskolan, Gislaved   Personnummer: ÅÅMMDD-XXXX")

    bold_para(doc, "Bakgrund", small_caps=True)
    para(doc, "Noah går i åk 5 och har diagnosen ADHD sedan 2023. Han har sedan jul varit i skolan "
              "ungefär halva dagarna och det har varit flera konflikter på rasterna. Hemma blir det "
              "ofta bråk på morgnarna, och mamma och pappa berättar att Noah vägrar gå till skolan "
              "vissa dagar. Medicineringen ändrades i januari. Socialtjänsten har en pågående "
              "utredning efter en ansökan från föräldrarna om stöd.")

    bold_para(doc, "Noahs delaktighet", small_caps=True)
    para(doc, "Noah var inte med på mötet. Föräldrarna och kuratorn hade bedömt att det var "
              "bättre att han var i skolan som vanligt under tiden, eftersom stora möten med många "
              "vuxna brukar göra honom orolig.")

    bold_para(doc, "Samtycke", small_caps=True)
    para(doc, "☒ Vårdnadshavarna har lämnat skriftligt samtycke till SIP och till att "
              "verksamheterna får utbyta information (blankett undertecknad av båda "
              "vårdnadshavarna 2025-03-05).")

    bold_para(doc, "Insatser", small_caps=True)
    actors = ["Skolan", "BUP", "Socialtjänsten", "Familjen"]
    tab = doc.add_table(rows=4, cols=5)
    tab.style = "Table Grid"
    tab.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_text(tab.rows[0].cells[0], "", bold=True)
    for i, a in enumerate(actors, start=1):
        cell_text(tab.rows[0].cells[i], a, bold=True)
        shade(tab.rows[0].cells[i], "E2EFD9")
    shade(tab.rows[0].cells[0], "E2EFD9")
    repeat_header(tab.rows[0])
    content = {
        "Vad": [
            "Anpassad skoldag 08.30–12.00 med utökning en timme varannan vecka. Elevassistent "
            "på raster. Lugn plats i grupprummet när det blir för mycket.",
            "Uppföljning av ADHD-medicineringen efter dosändringen, vikt och blodtryck. "
            "Föräldrautbildning i grupp (4 träffar).",
            "Familjebehandling i hemmet 1 gång/vecka med fokus på morgonrutiner och konflikter.",
            "Mamma och pappa gör ett bildschema för morgonen tillsammans med Noah och väcker "
            "honom 07.00. Pappa följer med till skolan de två första veckorna.",
        ],
        "När": ["Från 2025-03-17", "",
                "Start vecka 13, torsdagar", "Från 2025-03-17"],
        "Vem (funktion)": ["Rektor och specialpedagog", "Regionen",
                           "Familjebehandlare, Barn och familj", "Mamma och pappa"],
    }
    for r_i, key in enumerate(["Vad", "När", "Vem (funktion)"], start=1):
        cell_text(tab.rows[r_i].cells[0], key, bold=True)
        shade(tab.rows[r_i].cells[0], "F2F2F2")
        for c_i, v in enumerate(content[key], start=1):
            cell_text(tab.rows[r_i].cells[c_i], v)
    set_cell_width(tab, [Cm(2.8), Cm(6.1), Cm(6.1), Cm(5.6), Cm(5.6)])

    bold_para(doc, "Huvudansvar", small_caps=True)
    para(doc, "Socialtjänsten har huvudansvaret för planen.")

    bold_para(doc, "Uppföljning", small_caps=True)
    para(doc, "Uppföljande SIP-möte 2025-05-06 kl. 14.00 på Ängsskolan.")

    bold_para(doc, "Närvarande", small_caps=True)
    para(doc, "Mamma, pappa, rektor, mentor, specialpedagog, kurator, familjebehandlare, "
              "sjuksköterska")
    doc.save(OUT / f"{PREFIX}-07.docx")


# ---------------------------------------------------------------- 08
def plan08():
    """Follow-up template half filled in; adult with alcohol dependence and depression,
    Tingsryd."""
    doc = Document()
    fixed_props(doc, "Uppföljning av SIP", "Socialtjänsten Tingsryd")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Tingsryds kommun • Region Kronoberg\tUPPFÖLJNING AV SIP"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Mall: Uppföljning SIP, Kronobergs län, rev. 2024"
    fp.runs[0].font.size = Pt(8)

    doc.add_heading("Uppföljning av samordnad individuell plan (SIP)", level=1)
    info = doc.add_table(rows=4, cols=2)
    info.style = "Table Grid"
    for i, (a, b) in enumerate([
        ("Namn", "T."),
        ("Personnummer", "XXXXXX-XXXX"),
        ("Datum för uppföljningen", "2025-04-09"),
        ("Datum för ursprunglig SIP", "2024-12-03"),
    ]):
        cell_text(info.rows[i].cells[0], a, bold=True)
        cell_text(info.rows[i].cells[1], b)
    set_cell_width(info, [Cm(6), Cm(10)])

    doc.add_heading("1. Deltagare", level=2)
    dt_ = doc.add_table(rows=1, cols=3)
    dt_.style = "Table Grid"
    for i, h in enumerate(["Namn", "Funktion", "Verksamhet"]):
        cell_text(dt_.rows[0].cells[i], h, bold=True)
        shade(dt_.rows[0].cells[i], "DEEAF6")
    repeat_header(dt_.rows[0])
    for row in [("T.", "Den enskilde", ""),
                ("Helena", "SIP-samordnare", "Socialtjänsten Tingsryd, Vuxenenheten"),
                ("Bo", "Sjuksköterska", "Beroendemottagningen Växjö, Region Kronoberg"),
                ("Linnea", "Distriktssköterska", "Vårdcentralen Tingsryd"),
                ("Kim", "Boendestödjare", "Tingsryds kommun, Socialpsykiatrin")]:
        c = dt_.add_row().cells
        for i, v in enumerate(row):
            cell_text(c[i], v)

    doc.add_heading("2. Syfte med planen", level=2)
    para(doc, "Se tidigare plan.")

    doc.add_heading("3. Frågeställningar inför uppföljningen", level=2)
    para(doc, "Hur har det gått sedan sist?")

    doc.add_heading("4. Vad har hänt sedan förra mötet?", level=2)
    para(doc, "T. hade ett återfall i alkohol i slutet av januari och var inlagd på "
              "psykiatrisk avdelning i Växjö 12–19 februari. Efter utskrivningen har han bott "
              "hemma i lägenheten. Hyresskulden från hösten är betald. Han har enligt egen uppgift "
              "inte druckit sedan 1 mars, och PEth-provet som togs 2025-03-28 var negativt. Han "
              "har varit på alla inbokade besök under mars.")

    doc.add_heading("5. Den enskildes mål och synpunkter", level=2)
    content_control(doc)

    doc.add_heading("6. Samtycke", level=2)
    para(doc, "Som tidigare.")

    doc.add_heading("7. Pågående insatser", level=2)
    para(doc, "Se tidigare plan.")

    doc.add_heading("8. Nya insatser", level=2)
    nt = doc.add_table(rows=1, cols=4)
    nt.style = "Table Grid"
    for i, h in enumerate(["Insats", "Verksamhet", "Ansvarig funktion", "När"]):
        cell_text(nt.rows[0].cells[i], h, bold=True)
        shade(nt.rows[0].cells[i], "DEEAF6")
    repeat_header(nt.rows[0])
    for _ in range(3):
        nt.add_row()

    doc.add_heading("9. Andra aktörer", level=2)
    para(doc, "God man finns sedan januari 2025.")

    doc.add_heading("10. Huvudansvarig för planen", level=2)
    para(doc, "Helena, SIP-samordnare, Socialtjänsten Tingsryd, Vuxenenheten")

    doc.add_heading("11. Nästa uppföljning", level=2)
    para(doc, "Datum: ÅÅÅÅ-MM-DD    Plats: ")
    doc.save(OUT / f"{PREFIX}-08.docx")


# ---------------------------------------------------------------- main
def main():
    OUT.mkdir(exist_ok=True)
    for f in OUT.glob(f"{PREFIX}-*"):
        f.unlink()
    plan01()
    plan02()
    plan03()
    plan04()
    plan05()
    plan06()
    plan07()
    plan08()
    for f in OUT.glob("*.docx"):
        normalize_docx(f)
    shutil.rmtree(TMP, ignore_errors=True)
    for f in sorted(OUT.iterdir()):
        print(f.name, f.stat().st_size)


if __name__ == "__main__":
    main()
