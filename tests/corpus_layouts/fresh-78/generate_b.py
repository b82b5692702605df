#!/usr/bin/env python
"""Generate the f78b batch of fictional SIP documents (Värmland / Örebro län).

Run with /work/batches/.venv/bin/python generate.py
Deterministic: fixed dates and texts, no randomness.
"""
import os
import re
import shutil
import subprocess
import textwrap

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
BUILD = os.path.join(HERE, "build")
PREFIX = "f78b"
LO_PROFILE = "file:///tmp/lo-f78b"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def path(nn, ext):
    return os.path.join(OUT, f"{PREFIX}-{nn:02d}.{ext}")


def fix_core(doc, title, author="", created="2025-01-01T08:00:00"):
    """Fixed core properties so the .docx files are reproducible."""
    import datetime
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    dt = datetime.datetime.fromisoformat(created)
    cp.created = dt
    cp.modified = dt
    cp.revision = 1


def normalize_docx(p):
    """Rewrite the zip with fixed timestamps so reruns give identical bytes."""
    import zipfile
    with zipfile.ZipFile(p) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def soffice_pdf(src, outdir):
    env = dict(os.environ, SOURCE_DATE_EPOCH="1741168800")
    subprocess.run(
        ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
         "--convert-to", "pdf", "--outdir", outdir, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240, env=env)


def add_field(paragraph, instr, placeholder="1", bold=None, size=None):
    """Insert a complex field (PAGE, NUMPAGES ...) into a paragraph."""
    def r():
        run = paragraph.add_run()
        if bold is not None:
            run.bold = bold
        if size is not None:
            run.font.size = size
        return run
    run = r()
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "begin"); run._r.append(fc)
    run = r()
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = f" {instr} "
    run._r.append(it)
    run = r()
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "separate"); run._r.append(fc)
    run = r(); run.text = placeholder
    run = r()
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "end"); run._r.append(fc)


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader"); el.set(qn("w:val"), "true")
    trPr.append(el)


def set_cell(cell, text, bold=False, size=None, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = size
    return cell


def base_font(doc, name="Calibri", size=11):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts"); rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), name)


def heading_font(doc, name, levels=(1, 2), color=None):
    for lv in levels:
        st = doc.styles[f"Heading {lv}"]
        st.font.name = name
        if color is not None:
            st.font.color.rgb = color
        rpr = st.element.get_or_add_rPr()
        rfonts = rpr.find(qn("w:rFonts"))
        if rfonts is None:
            rfonts = OxmlElement("w:rFonts"); rpr.append(rfonts)
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rfonts.set(qn(a), name)
        for a in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            if rfonts.get(qn(a)) is not None:
                del rfonts.attrib[qn(a)]


# ---------------------------------------------------------------------------
# 01 – Word document with table of contents, converted to PDF (Karlstad)
# ---------------------------------------------------------------------------

P01_PARTS = [
    ("1. Bakgrund", "bakgrund"),
    ("2. Syfte med planen", "syfte"),
    ("3. Frågeställningar", "fragor"),
    ("4. Sofias egna mål", "mal"),
    ("5. Insatser och ansvar", "insatser"),
    ("6. Övriga aktörer", "ovriga"),
    ("7. Uppföljning", "uppf"),
]


def build_01(docx_path, pages):
    doc = Document()
    base_font(doc, "Liberation Serif", 11.5)
    heading_font(doc, "Liberation Sans", (1, 2), RGBColor(0x1F, 0x3A, 0x5F))
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin = Cm(2.2); sec.bottom_margin = Cm(2.2)
    text_width = sec.page_width - sec.left_margin - sec.right_margin

    # toc 1 style
    toc1 = doc.styles.add_style("toc 1", WD_STYLE_TYPE.PARAGRAPH)
    toc1.base_style = doc.styles["Normal"]
    toc1.paragraph_format.space_after = Pt(6)
    toc1.paragraph_format.tab_stops.add_tab_stop(text_width, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)

    # header / footer
    hp = sec.header.paragraphs[0]
    hp.text = "Karlstads kommun · Region Värmland\tSamordnad individuell plan (SIP)"
    hp.paragraph_format.tab_stops.add_tab_stop(text_width, WD_TAB_ALIGNMENT.RIGHT)
    for r in hp.runs:
        r.font.size = Pt(9); r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Sida "); r.font.size = Pt(9)
    add_field(fp, "PAGE", "1", size=Pt(9))
    r = fp.add_run(" av "); r.font.size = Pt(9)
    add_field(fp, "NUMPAGES", "3", size=Pt(9))

    t = doc.add_paragraph()
    t.paragraph_format.space_before = Pt(24)
    run = t.add_run("Samordnad individuell plan")
    run.bold = True; run.font.size = Pt(22); run.font.name = "Liberation Sans"
    p = doc.add_paragraph()
    run = p.add_run("Sofia, 34 år, Karlstad")
    run.font.size = Pt(14); run.font.name = "Liberation Sans"
    p = doc.add_paragraph("SIP-möte 2025-03-04, Psykosmottagningen, Vuxenpsykiatrin Karlstad")
    p.paragraph_format.space_after = Pt(30)

    th = doc.add_paragraph(style="TOC Heading")
    th.add_run("Innehåll")

    # TOC as a field with cached result (as Word saves it)
    n = len(P01_PARTS)
    for i, (title, bm) in enumerate(P01_PARTS):
        p = doc.add_paragraph(style="toc 1")
        if i == 0:
            run = p.add_run()
            fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "begin"); run._r.append(fc)
            run = p.add_run()
            it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve")
            it.text = ' TOC \\o "1-1" \\h \\z \\u '
            run._r.append(it)
            run = p.add_run()
            fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "separate"); run._r.append(fc)
        p.add_run(title)
        p.add_run("\t")
        p.add_run(str(pages.get(title, 2)))
        if i == n - 1:
            run = p.add_run()
            fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "end"); run._r.append(fc)

    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    doc.add_heading(P01_PARTS[0][0], level=1)
    doc.add_paragraph(
        "Sofia insjuknade i en psykos 2019 och har diagnosen schizofreni. Hon har sedan dess "
        "kontakt med Psykosmottagningen inom Vuxenpsykiatrin Karlstad, med läkare och en "
        "kontaktsjuksköterska. Under hösten 2024 vårdades hon i två veckor på Psykiatriska "
        "kliniken, Centralsjukhuset Karlstad, efter att ha slutat ta sin medicin under "
        "sommaren. Efter utskrivningen får hon depåinjektion och mår stabilare, men hon "
        "beskriver fortfarande att hon har svårt att komma iväg hemifrån och att hon sover "
        "oregelbundet.")
    doc.add_paragraph(
        "Sofia bor ensam i en hyreslägenhet i Karlstad. Hon har skulder på cirka 180 000 kr, "
        "varav en del ligger hos Kronofogden, och hon har under vintern betalat hyran för sent "
        "tre gånger. Hyresvärden har skickat en skriftlig varning om att hyresavtalet kan sägas "
        "upp. Sofia har själv bett om hjälp med ekonomin och med att hålla ordning på post och "
        "räkningar. Hon har inga insatser från socialpsykiatrin i dag.")

    doc.add_heading(P01_PARTS[1][0], level=1)
    doc.add_paragraph(
        "Syftet med planen är att samordna stödet från Psykosmottagningen och socialtjänsten "
        "så att Sofia kan bo kvar i sin lägenhet och få ordning på sin ekonomi, och att tidiga "
        "tecken på att hon blir sämre i sin psykiska hälsa fångas upp i tid så att en ny "
        "inläggning kan undvikas.")

    doc.add_heading(P01_PARTS[2][0], level=1)
    for s in ("Gå igenom läget sedan förra kontakten.", "Övriga frågor."):
        doc.add_paragraph(s, style="List Bullet")

    doc.add_heading(P01_PARTS[3][0], level=1)
    doc.add_paragraph("Sofia har tidigare uttryckt sina mål så här:")
    q = doc.add_paragraph()
    q.paragraph_format.left_indent = Cm(1)
    r = q.add_run("”Jag vill bo kvar i min lägenhet och slippa alla brev från Kronofogden. "
                  "Och jag vill orka gå ut på promenader igen, som jag gjorde förut.”")
    r.italic = True

    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading(P01_PARTS[4][0], level=1)
    doc.add_paragraph("Följande insatser gäller från och med mötet 2025-03-04.")
    rows = [
        ("Insats", "Ansvarig verksamhet/funktion", "När"),
        ("Depåinjektion och samtal om mående och sömn",
         "Psykosmottagningen, Vuxenpsykiatrin Karlstad – kontaktsjuksköterska",
         "Varannan måndag fr.o.m. 2025-03-10"),
        ("Läkarbesök med utvärdering av medicineringen",
         "Psykosmottagningen, Vuxenpsykiatrin Karlstad – läkare", "2025-04-08"),
        ("Boendestöd i hemmet: post, räkningar, inköp och städning",
         "Socialpsykiatrin, Karlstads kommun – boendestödjare",
         "Tisdagar och fredagar fr.o.m. 2025-03-11"),
        ("Budget- och skuldrådgivning; underlag för ansökan om skuldsanering tas fram",
         "Budget- och skuldrådgivningen, Karlstads kommun – budget- och skuldrådgivare",
         "Första möte 2025-03-18"),
        ("Prövning av ekonomiskt bistånd för hyresskuld och kontakt med hyresvärden",
         "IFO Vuxen, Karlstads kommun – socialsekreterare", "Beslut senast 2025-03-28"),
        ("Krisplan uppdateras tillsammans med Sofia och delges boendestödet",
         "Psykosmottagningen, Vuxenpsykiatrin Karlstad – kontaktsjuksköterska",
         "Klart 2025-04-15"),
    ]
    tbl = doc.add_table(rows=len(rows), cols=3)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = (Cm(6.2), Cm(6.0), Cm(3.8))
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = tbl.rows[i].cells[j]
            c.width = widths[j]
            set_cell(c, val, bold=(i == 0), size=Pt(10.5))
            if i == 0:
                shade(c, "D9E2F3")
    repeat_header(tbl.rows[0])

    doc.add_heading(P01_PARTS[5][0], level=1)
    doc.add_paragraph(
        "Sofia har god man sedan oktober 2024. Kronofogden har ärenden om utmätning. "
        "Sofia har aktivitetsersättning från Försäkringskassan.")

    doc.add_heading(P01_PARTS[6][0], level=1)
    doc.add_paragraph(
        "Planen följs upp på ett nytt SIP-möte 2025-05-20 kl. 13.30 på Psykosmottagningen, "
        "Vuxenpsykiatrin Karlstad.")
    fix_core(doc, "Samordnad individuell plan", "Vuxenpsykiatrin Karlstad", "2025-03-05T10:15:00")
    doc.save(docx_path)


def make_01():
    b = os.path.join(BUILD, "01"); os.makedirs(b, exist_ok=True)
    src = os.path.join(b, "SIP_Sofia_2025-03-04.docx")
    # pass 1 with provisional numbers, read where the headings landed, pass 2
    build_01(src, {})
    soffice_pdf(src, b)
    pdf = src[:-5] + ".pdf"
    pages = {}
    txt = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout
    for pno, page in enumerate(txt.split("\f"), start=1):
        if pno == 1:
            continue
        for title, _ in P01_PARTS:
            if title not in pages and re.search(r"^\s*" + re.escape(title) + r"\s*$", page, re.M):
                pages[title] = pno
    build_01(src, pages)
    soffice_pdf(src, b)
    data = open(pdf, "rb").read()
    # fixed creation date and document ID (same byte length, xref offsets stay valid)
    data = re.sub(rb"/CreationDate\(D:\d{14}", b"/CreationDate(D:20250305101500", data)
    data = re.sub(rb"(/ID \[ ?<)[0-9A-F]{32}>(\s*<)[0-9A-F]{32}>",
                  lambda m: m.group(1) + b"F78B0001F78B0001F78B0001F78B0001>" + m.group(2)
                  + b"F78B0001F78B0001F78B0001F78B0001>", data)
    data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /F78B0001F78B0001F78B0001F78B0001", data)
    with open(path(1, "pdf"), "wb") as f:
        f.write(data)


# ---------------------------------------------------------------------------
# 02 – fixed-width record-system export, Windows-1252, CRLF (Kumla)
# ---------------------------------------------------------------------------

def label_lines(label, value, width=80, lab=23):
    head = (label + " ").ljust(lab - 2, ".") + ": "
    if not value:
        return [head.rstrip()]
    wrapped = textwrap.wrap(value, width - lab) or [""]
    out = [head + wrapped[0]]
    out += [" " * lab + w for w in wrapped[1:]]
    return out


def table_lines(headers, rows, widths):
    def fmt(cells):
        cols = [textwrap.wrap(c, w) or [""] for c, w in zip(cells, widths)]
        h = max(len(c) for c in cols)
        lines = []
        for k in range(h):
            parts = [(c[k] if k < len(c) else "").ljust(w) for c, w in zip(cols, widths)]
            lines.append("| " + " | ".join(parts) + " |")
        return lines
    sep_eq = "|" + "|".join("=" * (w + 2) for w in widths) + "|"
    sep = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    out = fmt(headers) + [sep_eq]
    for i, r in enumerate(rows):
        out += fmt(r)
        out.append(sep)
    return out


def make_02():
    W = 80
    L = []
    L.append("=" * W)
    L.append("LIFECARE SIP".ljust(48) + "Utskriftsdatum: 2025-02-14 09:12".rjust(32))
    L.append("Kumla kommun / Region Örebro län".ljust(60) + "Sida 1 av 1".rjust(20))
    L.append("=" * W)
    L.append("")
    L.append("SAMORDNAD INDIVIDUELL PLAN (SIP) - BARN OCH UNGA")
    L.append("Plan-ID: SIP-2025-0147        Status: Fastställd        Version: 1")
    L.append("-" * W)
    L += label_lines("Personnummer", "XXXXXX-XXXX")
    L += label_lines("Namn", "Elias")
    L += label_lines("Ålder", "13 år, åk 7")
    L += label_lines("Vårdnadshavare", "Mamma och pappa (gemensam vårdnad)")
    L += label_lines("Mötesdatum", "2025-02-11 kl. 13.00-14.30")
    L += label_lines("Mötesplats", "Elevhälsans lokaler, Kumla")
    L += label_lines("Bakgrund",
        "Elias har haft hög frånvaro sedan hösten 2024, under januari 2025 var han i "
        "skolan 4 av 19 dagar. Han beskriver magont och oro på morgnarna och har "
        "svårt att gå in i klassrummet. Kontakt med BUP Örebro sedan december 2024 "
        "efter remiss från skolsköterskan. Familjen har tidigare haft kontakt med "
        "socialtjänsten genom Familjecentralen.")
    L += label_lines("Syfte", "Samordning")
    L += label_lines("Frågeställningar",
        "Hur kan Elias komma tillbaka till skolan stegvis och vilka anpassningar "
        "behövs? Behöver ångesten behandlas med KBT innan skolstarten trappas upp? "
        "Ska en NPF-utredning göras?")
    L += label_lines("Mål", "")
    L += label_lines("Deltagare",
        "Elias, mamma Jenny, Jonas (mentor), Linnea (kurator), Maria (rektor), "
        "Petra (behandlare), Ahmed (socialsekreterare)")
    L += label_lines("Barnets delaktighet", "Elias deltog under första halvan av mötet.")
    L += label_lines("Samtycke",
        "Skriftligt samtycke från båda vårdnadshavarna, blankett inlämnad 2025-02-03.")
    L += label_lines("Huvudansvarig", "Socialtjänsten Kumla")
    L += label_lines("Uppföljning", "")
    L.append("")
    L.append("INSATSER")
    L.append("-" * W)
    headers = ("Nr", "Insats/åtgärd", "Ansvarig enhet/funktion", "Tidpunkt")
    rows = [
        ("1", "Stegvis återgång med anpassat schema, börjar med 3 lektioner per dag "
              "och utökas varannan vecka", "Rektor och mentor, Skolenheten Kumla",
         "fr.o.m. 2025-02-24"),
        ("2", "Stödsamtal med kurator varje vecka", "Kurator, Elevhälsan Kumla",
         "onsdagar fr.o.m. 2025-02-19"),
        ("3", "KBT-behandling för ångest, 12 sessioner", "Behandlare, BUP Örebro",
         "start 2025-03-05"),
        ("4", "Bedömning av om NPF-utredning ska inledas", "Läkare, BUP Örebro",
         "klart senast 2025-04-30"),
        ("5", "Föräldrastödssamtal för mamma och pappa kring morgonrutiner och "
              "skolnärvaro", "Familjebehandlare, Socialtjänsten Kumla, IFO Barn och unga",
         "varannan måndag fr.o.m. 2025-03-03"),
    ]
    L += table_lines(headers, rows, (2, 30, 23, 14))
    L.append("")
    L.append("Utskriven av: XX                                   *** Slut på utskrift ***")
    text = "\r\n".join(L) + "\r\n"
    with open(path(2, "txt"), "wb") as f:
        f.write(text.encode("cp1252"))


# ---------------------------------------------------------------------------
# 03 – easy-to-read (lättläst) plan, LSS, Arvika
# ---------------------------------------------------------------------------

def make_03():
    doc = Document()
    base_font(doc, "Verdana", 16)
    heading_font(doc, "Verdana", (1,), RGBColor(0x0B, 0x4F, 0x6C))
    doc.styles["Heading 1"].font.size = Pt(22)
    doc.styles["Normal"].paragraph_format.space_after = Pt(6)
    doc.styles["Normal"].paragraph_format.line_spacing = 1.3
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.5)
    hp = sec.header.paragraphs[0]
    hp.text = "Arvika kommun och Region Värmland"
    hp.runs[0].font.size = Pt(11)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = fp.add_run("Sida "); r.font.size = Pt(11)
    add_field(fp, "PAGE", "1", size=Pt(11))

    t = doc.add_paragraph()
    r = t.add_run("Lisas plan"); r.bold = True; r.font.size = Pt(30)
    p = doc.add_paragraph()
    r = p.add_run("Samordnad individuell plan – SIP"); r.font.size = Pt(18)
    doc.add_paragraph("Mötet var den 12 mars 2025.")
    doc.add_paragraph("Vi träffades på ditt boende.")

    def h(q):
        doc.add_heading(q, level=1)

    def lines(*ls):
        for s in ls:
            doc.add_paragraph(s)

    def tick(*ls):
        for s in ls:
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Cm(1.0)
            p.paragraph_format.first_line_indent = Cm(-1.0)
            r = p.add_run("✔\t"); r.bold = True; r.font.color.rgb = RGBColor(0x1B, 0x7F, 0x3B)
            p.add_run(s)

    h("Varför har vi ett möte?")
    lines("Du vill flytta till en egen lägenhet.",
          "Då behöver du hjälp från flera personer.",
          "Alla som hjälper dig ska veta vad de andra gör.",
          "Då blir det lättare för dig.")

    h("Vem var med på mötet?")
    lines("Du, Lisa.",
          "Din mamma Eva.",
          "Peter. Han är din gode man.",
          "Karin. Hon är din handläggare.",
          "Johan. Han är din kontaktperson på boendet.",
          "Sara. Hon är sjuksköterska.",
          "Amra. Hon är arbetsterapeut.")

    h("Vad vill du?")
    lines("Du var med på hela mötet.",
          "Du sa så här:",
          "”Jag vill bo själv.”",
          "”Jag vill laga min egen mat.”",
          "”Jag vill ha kvar mitt jobb på caféet.”",
          "Du vill inte bo långt från mamma.")

    h("Får vi prata med varandra om dig?")
    lines("Ja, sa du på mötet den 12 mars 2025.",
          "Du skrev också ditt namn på ett papper.",
          "Du kan ändra dig när du vill.")

    h("Vem gör vad?")
    tick("Karin hjälper dig att söka en egen lägenhet med stöd. "
         "Hon skickar ansökan före den 1 april.")
    tick("Johan lagar mat med dig. Ni gör det varje tisdag kväll.")
    tick("Amra kommer hem till dig i april. Hon visar dig en klocka som hjälper dig med tider.")
    tick("Sara går igenom dina mediciner med dig.")
    lines("Det här är inte bestämt än:")
    p = doc.add_paragraph("Kanske kan du gå en kurs i matlagning.")
    p.paragraph_format.left_indent = Cm(1.0)

    h("Vem bestämmer vad?")
    lines("Du bestämmer över ditt eget liv.",
          "Du och Peter bestämmer tillsammans om pengar.")
    tick("Peter betalar din hyra och dina räkningar varje månad.")
    tick("Peter hjälper dig att skriva på kontraktet när du får en lägenhet.")
    tick("Mamma hjälper dig att packa när du ska flytta.")

    h("När ses vi igen?")
    lines("Vi ses igen i september.",
          "Du får en inbjudan hem i brevlådan.")
    fix_core(doc, "Lisas plan", "", "2025-03-14T14:00:00")
    doc.save(path(3, "docx"))


# ---------------------------------------------------------------------------
# 04 – the plan as a letter to Amir (Örebro)
# ---------------------------------------------------------------------------

def make_04():
    doc = Document()
    base_font(doc, "Calibri", 12)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin = Cm(2.0); sec.bottom_margin = Cm(2.0)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("Örebro kommun"); r.bold = True; r.font.size = Pt(13)
    hp.add_run("\nSocialtjänsten – Ungdomsteamet").font.size = Pt(10)

    p = doc.add_paragraph("Örebro 2025-04-10")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = doc.add_paragraph(); r = p.add_run("Hej Amir!"); r.bold = True
    doc.add_paragraph(
        "Här är det vi kom överens om på mötet den 9 april 2025. Jag har skrivit ner det så "
        "att du kan läsa det i lugn och ro och spara brevet.")
    doc.add_paragraph(
        "Det var bra att du kom och att du sa så tydligt vad du tycker. Du sa att du vill "
        "”sluta röka på helt och ta körkort innan jag fyller 19”. Du sa också att det blir för "
        "många möten för dig, och att du inte vill att skolan ska få veta dina provsvar. Det har "
        "vi tagit hänsyn till: skolan får bara veta att du går på samtal, inte några resultat.")
    doc.add_paragraph(
        "Vi har ditt samtycke till att vi som arbetar med dig får prata med varandra.")
    doc.add_paragraph("Det här kom vi överens om:")
    items = [
        "Du går på samtal hos Jesper, som är behandlare på Mini-Maria Örebro, varje torsdag "
        "kl. 15.30. Första gången är den 17 april.",
        "Du lämnar urinprov hos Mini-Maria varannan vecka, samma dag som samtalet.",
        "Jag träffar dig och din mamma här på Ungdomsteamet varannan måndag, med start den "
        "28 april. Då pratar vi om hur det går hemma och om hur du vill ha det med pengar "
        "och fritid.",
        "Studie- och yrkesvägledaren på Virginska gymnasiet hjälper dig att göra en plan för "
        "vilka kurser du kan läsa klart i vår och vilka som kan vänta till hösten.",
        "Din mamma Leila hör av sig till Jesper eller mig om hon blir orolig för dig, och hon "
        "följer med på vartannat samtal på Mini-Maria.",
        "Du själv säger till någon av oss om det blir för mycket, i stället för att bara sluta "
        "komma.",
    ]
    for it in items:
        doc.add_paragraph(it, style="List Number")
    doc.add_paragraph(
        "Vi ses igen i början av juni. Jag skickar en kallelse när vi har hittat en tid som "
        "passar alla.")
    doc.add_paragraph(
        "Det är jag som har huvudansvaret för din plan. Om du undrar något kan du ringa mig via "
        "växeln eller skicka ett sms till 070-XXX XX XX.")
    p = doc.add_paragraph("Hälsningar")
    p.paragraph_format.keep_with_next = True
    p = doc.add_paragraph(); r = p.add_run("Hanna"); r.italic = True; r.font.size = Pt(14)
    p.paragraph_format.keep_with_next = True
    p = doc.add_paragraph("Hanna\nSocialsekreterare och SIP-samordnare\n"
                          "Ungdomsteamet, Socialtjänsten Örebro kommun")
    fix_core(doc, "Brev till Amir", "Hanna", "2025-04-10T11:20:00")
    doc.save(path(4, "docx"))


# ---------------------------------------------------------------------------
# 05 – SIP-karta in Markdown (Sunne)
# ---------------------------------------------------------------------------

def make_05():
    md = """# SIP-karta – Noah, 15 år

**SIP-möte:** 2025-03-25, Sunne kommunhus  
**Bakgrund:** Noah har autism och har varit hemma från skolan sedan november. Sover dåligt, spelar mycket på nätterna.  
**Syfte:** Samordning  
**Frågor:** Gå igenom läget  
**Mål:** Att Noah ska få en fungerande vardag och komma tillbaka till skolan.  
**Uppföljning:** 2025-06-03 kl. 14.00, samma lokal

---

## Jag

- Försöker så gott det går
- Tar emot det stöd som erbjuds

## Familj och nätverk

- Mamma och pappa stöttar Noah hemma
- Morfar finns med som stöd
- Familjen har kontakt med Försäkringskassan

## Kommunen

- Elevhälsan, Sunne: fortsatt stöd i skolan
- Socialtjänsten Sunne, IFO Barn och unga: stöd vid behov

## Regionen

- BUP Karlstad: fortsatt kontakt
- Vårdcentralen Sunne: vid behov
"""
    with open(path(5, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ---------------------------------------------------------------------------
# 06 – fpdf2, landscape: boxed first page, timeline on page 2 (Karlskoga)
# ---------------------------------------------------------------------------

class P06(FPDF):
    def header(self):
        self.set_font("DejaVu", "B", 9)
        self.set_fill_color(230, 236, 243)
        self.set_xy(10, 7)
        self.cell(120, 7, "Cosmic – Region Örebro län", border="TBL", fill=True)
        self.set_font("DejaVu", "", 9)
        self.cell(97, 7, "SIP – Samordnad individuell plan", border="TB", fill=True, align="C")
        self.cell(60, 7, f"Utskrift 2025-04-16 10:42   Sida {self.page_no()} ({{nb}})",
                  border="TBR", fill=True, align="R")
        self.ln(10)

    def footer(self):
        self.set_y(-10)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, "Karlskoga kommun · Region Örebro län · Utskriften är en kopia, "
                        "originalet finns i journalen.", align="C")
        self.set_text_color(0, 0, 0)


def box(pdf, x, y, w, h, label, text, size=9):
    pdf.rect(x, y, w, h)
    pdf.set_fill_color(242, 242, 242)
    pdf.rect(x, y, w, 5.5, style="DF")
    pdf.set_xy(x + 1.5, y + 0.5)
    pdf.set_font("DejaVu", "B", 8)
    pdf.cell(w - 3, 4.5, label)
    pdf.set_xy(x + 1.5, y + 7)
    pdf.set_font("DejaVu", "", size)
    if text:
        pdf.multi_cell(w - 3, 4.4, text, align="L")


def make_06():
    pdf = FPDF(orientation="L", unit="mm", format="A4") if False else P06("L", "mm", "A4")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_creation_date(__import__("datetime").datetime(2025, 4, 16, 10, 42))
    pdf.set_title("SIP – Mikael – tidslinje")
    pdf.set_author("Vårdcentralen Karlskoga")
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(False)

    # page 1 -------------------------------------------------------------
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 15)
    pdf.set_xy(10, 19)
    pdf.cell(0, 8, "Samordnad individuell plan – tidslinje")
    X0, Y0 = 10, 30
    col = (277 - 6) / 3  # three columns, 3 mm gap
    cx = [X0, X0 + col + 3, X0 + 2 * (col + 3)]

    box(pdf, cx[0], Y0, col, 24, "Person",
        "Mikael, 46 år\nPersonnummer: XXXXXX-XXXX\nBor i Karlskoga med sambo och två barn")
    box(pdf, cx[1], Y0, col, 24, "SIP-möte",
        "2025-04-15 kl. 09.00–10.30\nVårdcentralen Karlskoga\nPlanen gäller april–november 2025")
    box(pdf, cx[2], Y0, col, 24, "Huvudansvarig för planen",
        "Lena, kurator\nVårdcentralen Karlskoga, Region Örebro län")

    box(pdf, cx[0], Y0 + 27, col * 2 + 3, 30, "Bakgrund",
        "Mikael har varit sjukskriven på heltid sedan november 2024 för depression. Han har "
        "under vintern druckit mer alkohol än tidigare och tog själv upp det vid läkarbesöket "
        "i februari. Han är anställd som lagerarbetare och arbetsgivaren har erbjudit "
        "arbetsträning. Sjukpenning på heltid är beviljad t.o.m. 2025-05-31.")
    box(pdf, cx[2], Y0 + 27, col, 30, "Syfte med SIP", "")

    box(pdf, cx[0], Y0 + 60, col * 2 + 3, 30, "Frågeställningar",
        "1. Hur ska återgången i arbete läggas upp när sjukskrivningen på heltid går ut "
        "2025-05-31?\n2. Vem tar kontakt med arbetsgivaren inför arbetsträningen?\n"
        "3. Behöver alkoholbehandlingen fortsätta efter sommaren?")
    box(pdf, cx[2], Y0 + 60, col, 30, "Den enskildes mål", "")

    box(pdf, cx[0], Y0 + 93, col * 2 + 3, 50, "Deltagare",
        "Mikael\n"
        "Lena, kurator, Vårdcentralen Karlskoga (Region Örebro län)\n"
        "Erik, distriktsläkare, Vårdcentralen Karlskoga (Region Örebro län)\n"
        "Tobias, arbetsterapeut, Vårdcentralen Karlskoga (Region Örebro län)\n"
        "Anna, alkohol- och drogterapeut, Öppenvården IFO, Karlskoga kommun\n"
        "Jessica, handläggare, Försäkringskassan\n"
        "Närmaste chef, arbetsgivaren (deltog digitalt under punkt 2)")
    box(pdf, cx[2], Y0 + 93, col, 22, "Den enskildes delaktighet",
        "Mikael deltog på hela mötet.")
    box(pdf, cx[2], Y0 + 118, col, 25, "Uppföljning",
        "Uppföljande SIP-möte vecka 42. Lena kallar deltagarna.")
    pdf.set_xy(10, Y0 + 147)
    pdf.set_font("DejaVu", "", 8)
    pdf.cell(0, 5, "Insatserna redovisas som tidslinje på nästa sida. Varje stapel anger "
                   "insats och ansvarig enhet.")

    # page 2 – timeline ----------------------------------------------------
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 13)
    pdf.set_xy(10, 19)
    pdf.cell(0, 7, "Insatser april–november 2025")
    months = ["April", "Maj", "Juni", "Juli", "Augusti", "September", "Oktober", "November"]
    LX, LW = 10, 37          # left label column
    GX = LX + LW
    GW = 277 - LW
    MW = GW / len(months)
    TY = 29
    pdf.set_font("DejaVu", "B", 8.5)
    pdf.set_fill_color(31, 58, 95); pdf.set_text_color(255, 255, 255)
    pdf.set_xy(LX, TY)
    pdf.cell(LW, 7, "Område", border=1, fill=True, align="C")
    for i, m in enumerate(months):
        pdf.cell(MW, 7, m, border=1, fill=True, align="C")
    pdf.set_text_color(0, 0, 0)

    # (row label, [(start_month_idx, end_month_idx_inclusive, text, colour)])
    rows = [
        ("Depression", [(0, 2, "KBT-samtal, 10 tillfällen varannan vecka – "
                               "Vårdcentralen Karlskoga, kurator", (198, 219, 239))]),
        ("Medicin", [(0, 0, "Läkarbesök 2025-04-29 – VC Karlskoga, läkare", (198, 219, 239)),
                     (2, 2, "Läkarbesök 2025-06-24 – VC Karlskoga, läkare", (198, 219, 239)),
                     (5, 5, "Läkarbesök 2025-09-16 – VC Karlskoga, läkare", (198, 219, 239))]),
        ("Alkohol", [(1, 5, "Återfallsprevention i grupp, tisdagar 10 ggr + 2 enskilda samtal – "
                            "Öppenvården IFO, Karlskoga kommun, alkohol- och drogterapeut",
                      (253, 218, 176))]),
        ("Arbetsförmåga", [(1, 1, "Bedömning av arbetsförmåga – VC Karlskoga, arbetsterapeut",
                            (198, 219, 239))]),
        ("Försäkringskassan", [(2, 2, "Avstämningsmöte 2025-06-12 – "
                                      "Försäkringskassan, handläggare",
                                (214, 234, 208))]),
        ("Arbetsgivaren", [(4, 6, "Arbetsträning på lagret 25 % aug, 50 % sep–okt – "
                                  "arbetsgivaren, närmaste chef", (214, 234, 208))]),
        ("Mikael själv", [(0, 7, "Promenad 30 min tre dagar i veckan och dryckesdagbok som "
                                 "tas med till samtalen – Mikael", (235, 224, 245))]),
    ]
    RH = 19
    y = TY + 7
    mx = GX + 6 * MW + MW * 0.45
    for label, bars in rows:
        pdf.set_font("DejaVu", "B", 8)
        pdf.set_xy(LX, y)
        pdf.cell(LW, RH, label, border=1, align="C")
        for i in range(len(months)):
            pdf.rect(GX + i * MW, y, MW, RH)
        pdf.set_draw_color(200, 30, 30)
        pdf.set_dash_pattern(dash=1.5, gap=1.2)
        pdf.line(mx, y, mx, y + RH)
        pdf.set_dash_pattern()
        pdf.set_draw_color(0, 0, 0)
        for s, e, text, colour in bars:
            bx = GX + s * MW + 1.2
            bw = (e - s + 1) * MW - 2.4
            pdf.set_fill_color(*colour)
            pdf.rect(bx, y + 1.5, bw, RH - 3, style="DF")
            pdf.set_font("DejaVu", "", 7)
            pdf.set_xy(bx + 0.8, y + 2.3)
            pdf.multi_cell(bw - 1.6, 3.3, text, align="L")
        y += RH
    # follow-up marker, week 42 (mid October)
    pdf.set_text_color(200, 30, 30)
    pdf.set_font("DejaVu", "B", 8)
    pdf.set_xy(mx - 25, y + 2.5)
    pdf.cell(50, 5, "Uppföljning v. 42", align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("DejaVu", "", 7.5)
    pdf.set_xy(10, y + 9)
    pdf.cell(0, 4, "Färger: blå = Region Örebro län, orange = Karlskoga kommun, "
                   "grön = Försäkringskassan/arbetsgivare, lila = Mikael själv.")
    pdf.output(path(6, "pdf"))


# ---------------------------------------------------------------------------
# 07 – discharge plan under lag (2017:612) (Kristinehamn)
# ---------------------------------------------------------------------------

def add_sdt_placeholder(paragraph, text="Klicka eller tryck här för att ange text.", sid=1):
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    rpr = OxmlElement("w:rPr")
    rs = OxmlElement("w:rStyle"); rs.set(qn("w:val"), "Platshllartext"); rpr.append(rs)
    pr.append(rpr)
    i = OxmlElement("w:id"); i.set(qn("w:val"), str(100 + sid)); pr.append(i)
    ph = OxmlElement("w:placeholder")
    dp = OxmlElement("w:docPart"); dp.set(qn("w:val"), "DefaultPlaceholder_-1854013440")
    ph.append(dp); pr.append(ph)
    pr.append(OxmlElement("w:showingPlcHdr"))
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    rp = OxmlElement("w:rPr")
    c = OxmlElement("w:color"); c.set(qn("w:val"), "808080"); rp.append(c)
    r.append(rp)
    t = OxmlElement("w:t"); t.text = text; r.append(t)
    content.append(r)
    sdt.append(content)
    paragraph._p.append(sdt)


def make_07():
    doc = Document()
    base_font(doc, "Arial", 10)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = Cm(2.0)
    hp = sec.header.paragraphs[0]
    hp.text = ("Region Värmland · Kristinehamns kommun\tLifecare SP\tUtskrift 2025-09-30")
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = fp.add_run("Sida "); r.font.size = Pt(8)
    add_field(fp, "PAGE", "1", size=Pt(8))
    r = fp.add_run(" (" ); r.font.size = Pt(8)
    add_field(fp, "NUMPAGES", "2", size=Pt(8))
    r = fp.add_run(")"); r.font.size = Pt(8)

    p = doc.add_paragraph()
    r = p.add_run("Samordnad individuell plan vid utskrivning från slutenvård")
    r.bold = True; r.font.size = Pt(15)
    p = doc.add_paragraph()
    r = p.add_run("enligt lag (2017:612) om samverkan vid utskrivning från sluten hälso- och sjukvård")
    r.font.small_caps = True; r.font.size = Pt(9)

    def form_table(rows, widths=(Cm(5.0), Cm(12.0))):
        t = doc.add_table(rows=len(rows), cols=2)
        t.style = "Table Grid"
        for i, (lab, val) in enumerate(rows):
            a, b = t.rows[i].cells
            a.width, b.width = widths
            set_cell(a, lab, bold=True, size=Pt(9))
            shade(a, "EDEDED")
            if val is None:
                b.text = ""
                add_sdt_placeholder(b.paragraphs[0], sid=i)
            else:
                set_cell(b, val, size=Pt(10))
        return t

    def sect(title):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.space_after = Pt(3)
        r = p.add_run(title); r.bold = True; r.font.size = Pt(11)
        r.font.color.rgb = RGBColor(0x00, 0x4B, 0x87)

    sect("Patient och vårdtillfälle")
    form_table([
        ("Patient", "G., 84 år"),
        ("Personnummer", "XXXXXX-XXXX"),
        ("Vårdenhet", "Ortopedavdelning 31, Centralsjukhuset Karlstad"),
        ("Inskrivningsdatum", "2025-09-22"),
        ("Orsak till vårdtillfället", "Höftfraktur vänster efter fall i hemmet. Opererad "
                                      "2025-09-23 med halvprotes. Belastar fullt med rollator."),
        ("Hemkommun", "Kristinehamn"),
    ])

    sect("Status")
    p = doc.add_paragraph()
    p.add_run("☒ Utskrivningsklar").bold = True
    p.add_run("   Bedömd utskrivningsklar 2025-09-30, hemgång 2025-10-01")
    p = doc.add_paragraph()
    p.add_run("☒ Fast vårdkontakt utsedd").bold = True
    p.add_run("   Vårdcentralen Kristinehamn")
    p = doc.add_paragraph()
    p.add_run("☒ Patienten har samtyckt till SIP").bold = True
    p = doc.add_paragraph()
    p.add_run("☐ Behov av ny bedömning av bostadsanpassning").bold = True

    sect("SIP-möte")
    form_table([
        ("Datum", "2025-09-29, videomöte"),
        ("Syfte", "Trygg hemgång."),
        ("Frågeställningar", None),
        ("Mål", "Målet är att G. ska klara sig hemma med hemtjänst och kunna gå med rollator "
                "inomhus."),
        ("Huvudansvar för planen", "Vårdcentralen Kristinehamn"),
    ])

    sect("Deltagare")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = ("Namn", "Funktion", "Verksamhet")
    for j, h in enumerate(hdr):
        set_cell(t.rows[0].cells[j], h, bold=True, size=Pt(9)); shade(t.rows[0].cells[j], "D9E2F3")
    repeat_header(t.rows[0])
    for row in [("G.", "Patient", "–"),
                ("Malin", "Sjuksköterska", "Ortopedavdelning 31, Centralsjukhuset Karlstad"),
                ("Ronja", "Biståndshandläggare", "Vård och omsorg, Kristinehamns kommun"),
                ("Maja", "Distriktssköterska", "Vårdcentralen Kristinehamn"),
                ("Leo", "Arbetsterapeut", "Kommunrehab, Kristinehamns kommun")]:
        cells = t.add_row().cells
        for j, v in enumerate(row):
            set_cell(cells[j], v, size=Pt(9.5))

    sect("Patientens synpunkter")
    form_table([("Patientens egen syn",
                 "G. deltog i mötet via videolänk från avdelningen tillsammans med sjuksköterskan. "
                 "Han vill komma hem så snart som möjligt. Han tycker att hjälp morgon och kväll "
                 "räcker och vill inte ha besök mitt på dagen. Han tackar nej till trygghetslarm "
                 "just nu men vill att det tas upp igen om han faller.")])

    def measure_table(title, rows):
        sect(title)
        t = doc.add_table(rows=2, cols=3)
        t.style = "Table Grid"
        a = t.cell(0, 0).merge(t.cell(0, 2))
        set_cell(a, title, bold=True, size=Pt(9)); shade(a, "D9E2F3")
        for j, h in enumerate(("Insats", "Ansvarig", "Tidpunkt")):
            c = t.cell(1, j); set_cell(c, h, bold=True, size=Pt(9)); shade(c, "EDEDED")
        repeat_header(t.rows[0]); repeat_header(t.rows[1])
        for row in rows:
            cells = t.add_row().cells
            for j, v in enumerate(row):
                cells[j].width = (Cm(8.5), Cm(5.5), Cm(3.0))[j]
                set_cell(cells[j], v, size=Pt(9.5))

    measure_table("Hemsjukvård/hemtjänst och kommunal rehabilitering – Kristinehamns kommun", [
        ("Personlig omvårdnad morgon och kväll: hygien, på- och avklädning, stödstrumpor",
         "Hemtjänst Kristinehamn centrum", "Fr.o.m. 2025-10-01"),
        ("Inköp en gång i veckan och städning varannan vecka",
         "Hemtjänst Kristinehamn centrum", "Fr.o.m. 2025-10-03"),
        ("Hembesök, bedömning och utprovning av hjälpmedel (duschpall, toalettförhöjning, "
         "griptång)", "Arbetsterapeut, Kommunrehab", "2025-10-02"),
        ("Gångträning inomhus och i trappa med rollator",
         "Fysioterapeut, Kommunrehab", "2 ggr/vecka okt–nov 2025"),
    ])
    measure_table("Primärvård – Vårdcentralen Kristinehamn", [
        ("Borttagning av agraffer och kontroll av operationssår",
         "Distriktssköterska, Vårdcentralen Kristinehamn", "2025-10-08"),
        ("Läkemedelsgenomgång (smärtlindring, blodförtunnande, kalk och D-vitamin)",
         "Läkare, Vårdcentralen Kristinehamn", ""),
    ])

    sect("Uppföljning")
    form_table([("Uppföljning av planen", None)])
    fix_core(doc, "SIP vid utskrivning", "Lifecare", "2025-09-30T08:40:00")
    doc.save(path(7, "docx"))


# ---------------------------------------------------------------------------
# 08 – NOT a plan: a parent's complaint (Lindesberg)
# ---------------------------------------------------------------------------

def make_08():
    doc = Document()
    base_font(doc, "Arial", 10.5)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("Lindesbergs kommun"); r.bold = True
    hp.add_run("\tBlankett SOC-12").font.size = Pt(8)
    p = doc.add_paragraph()
    r = p.add_run("Synpunkter och klagomål"); r.bold = True; r.font.size = Pt(18)
    doc.add_paragraph("Här kan du lämna synpunkter, klagomål eller beröm på kommunens verksamheter. "
                      "Du kan vara anonym, men då kan vi inte ge dig något svar.").runs[0].italic = True

    p = doc.add_paragraph()
    p.add_run("Typ av ärende:  ").bold = True
    p.add_run("☐ Beröm   ☐ Förslag   ☒ Klagomål   ☐ Annat")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    def row(lab, val):
        c = t.add_row().cells
        c[0].width, c[1].width = Cm(5), Cm(11.6)
        set_cell(c[0], lab, bold=True, size=Pt(9.5)); shade(c[0], "EEEEEE")
        set_cell(c[1], val)
    row("Vilken verksamhet gäller det?", "Socialtjänsten, Barn och familj (och SIP-mötet som "
        "socialtjänsten kallade till)")
    row("Datum för händelsen", "2025-05-14")
    row("Namn (frivilligt)", "[namn], mamma till Oskar, 16 år")
    row("Vill du bli kontaktad?", "☒ Ja, per telefon 070-XXX XX XX   ☐ Nej")

    def h(s):
        p = doc.add_paragraph(); p.paragraph_format.space_before = Pt(10)
        r = p.add_run(s); r.bold = True; r.font.size = Pt(11.5)

    h("Beskriv vad som hände")
    doc.add_paragraph(
        "Den 14 maj hade vi ett SIP-möte om min son Oskar. Det var socialtjänsten som kallade och "
        "jag hade väntat på mötet sedan i mars. Oskar har ADHD och svår ångest och har knappt "
        "varit i skolan sedan jullovet.")
    doc.add_paragraph(
        "BUP kom inte. Ingen hade sagt något till mig i förväg, och när jag frågade fick jag "
        "veta att kallelsen kanske hade gått till fel mottagning. Hela poängen för mig var att "
        "BUP och skolan skulle sitta i samma rum, så utan BUP blev det inget av det vi behövde "
        "prata om. Rektorn gick efter tjugo minuter för att hon hade ett annat möte. Den "
        "socialsekreterare som ledde mötet var ny och hade inte läst på, så jag fick berätta "
        "hela historien från början igen.")
    doc.add_paragraph(
        "Oskar var med, vilket var ett stort steg för honom, men ingen frågade honom vad han "
        "tyckte. Han satt tyst i en timme och sa efteråt att han aldrig vill gå på ett sånt "
        "möte igen. Vi gick därifrån utan att något var bestämt och jag har inte fått något "
        "papper om vad som sades.")

    h("Vad hade du önskat?")
    doc.add_paragraph(
        "Jag ville att vi skulle komma överens om hur Oskar ska kunna komma tillbaka till "
        "skolan, att BUP skulle ta ställning till om medicinen ska ändras, och att någon "
        "skulle ta ansvar för att det som bestäms också blir gjort. Jag orkar inte längre vara "
        "den som ringer runt till alla.")

    h("Vad vill du ska hända nu?")
    for s in ("Att ett nytt SIP-möte hålls före sommarlovet och att BUP verkligen är där.",
              "Att det finns en namngiven person som har ansvaret och som jag kan vända mig till.",
              "Att Oskar får frågan om vad han tycker, gärna innan mötet så att han kan förbereda sig.",
              "Att jag får det som bestäms skriftligt efter mötet.",
              "Att jag får svar på det här klagomålet inom två veckor."):
        doc.add_paragraph(s, style="List Bullet")

    doc.add_paragraph()
    doc.add_paragraph("Lindesberg 2025-05-20")
    doc.add_paragraph("[namn]")
    p = doc.add_paragraph()
    r = p.add_run("Lämnas till kommunens kontaktcenter eller skickas till Lindesbergs kommun, "
                  "Synpunkter och klagomål. Ärendet registreras och besvaras av ansvarig chef.")
    r.italic = True; r.font.size = Pt(8)
    fix_core(doc, "Synpunkter och klagomål", "", "2025-05-20T19:30:00")
    doc.save(path(8, "docx"))


def main():
    os.makedirs(OUT, exist_ok=True)
    os.makedirs(BUILD, exist_ok=True)
    make_01()
    make_02()
    make_03()
    make_04()
    make_05()
    make_06()
    make_07()
    make_08()
    for f in sorted(os.listdir(OUT)):
        if f.endswith(".docx"):
            normalize_docx(os.path.join(OUT, f))
    shutil.rmtree(BUILD, ignore_errors=True)


if __name__ == "__main__":
    main()
