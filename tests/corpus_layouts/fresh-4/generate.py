#!/usr/bin/env python3
"""Generate the f4 batch of fictional, anonymized SIP plans into plans/.

Run with ../../../.venv/bin/python generate.py  (calls soffice for the PDFs).
Deterministic: fixed dates and texts, no randomness.
"""
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Cm, Pt, RGBColor, Emu
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f4"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
LO_PROFILE = "file:///tmp/lo-f4"


def path(nn, ext):
    return os.path.join(OUT, f"{PREFIX}-{nn:02d}.{ext}")


# ---------------------------------------------------------------- helpers
def new_doc(font="Calibri", size=11, landscape=False):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(2.0)
    sec.bottom_margin = Cm(2.0)
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    doc.core_properties.author = ""
    doc.core_properties.last_modified_by = ""
    doc.core_properties.comments = ""
    return doc


def set_core(doc, title, created):
    import datetime as dt
    doc.core_properties.title = title
    d = dt.datetime.fromisoformat(created)
    doc.core_properties.created = d
    doc.core_properties.modified = d
    doc.core_properties.revision = 1


def bold_para(doc, text, size=None, space_before=8):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    p.paragraph_format.space_before = Pt(space_before)
    p.paragraph_format.space_after = Pt(2)
    p.paragraph_format.keep_with_next = True
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def shade_para(p, fill):
    pPr = p._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    pPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def table(doc, header, rows, widths=None, style="Table Grid", head_fill="D9E2F3"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.LEFT
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(h)
        r.bold = True
        if head_fill:
            shade(c, head_fill)
    repeat_header(t.rows[0])
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    if widths:
        set_widths(t, widths)
    return t


def set_widths(t, widths):
    t.autofit = False
    grid = t._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        if i < len(widths):
            gc.set(qn("w:w"), str(int(widths[i] * 567)))
    for row in t.rows:
        for i, w in enumerate(widths):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def footer_text(section, text, size=8, page_field=True, align=WD_ALIGN_PARAGRAPH.LEFT):
    p = section.footer.paragraphs[0]
    p.text = ""
    p.alignment = align
    r = p.add_run(text)
    r.font.size = Pt(size)
    if page_field:
        r2 = p.add_run("  Sida ")
        r2.font.size = Pt(size)
        add_field(p, "PAGE", size)
        r3 = p.add_run(" av ")
        r3.font.size = Pt(size)
        add_field(p, "NUMPAGES", size)
    return p


def add_field(p, instr, size=8):
    r = p.add_run()
    r.font.size = Pt(size)
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r._r.append(b)
    r2 = p.add_run()
    r2.font.size = Pt(size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    r2._r.append(it)
    r3 = p.add_run()
    r3.font.size = Pt(size)
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    r3._r.append(s)
    r4 = p.add_run("1")
    r4.font.size = Pt(size)
    r5 = p.add_run()
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r5._r.append(e)


def header_text(section, text, size=8, align=WD_ALIGN_PARAGRAPH.RIGHT):
    p = section.header.paragraphs[0]
    p.text = ""
    p.alignment = align
    r = p.add_run(text)
    r.font.size = Pt(size)
    return p


def to_pdf(src, out_pdf):
    """Convert src (.docx/.html) to PDF with LibreOffice into out_pdf."""
    tmp = tempfile.mkdtemp(prefix="f4conv-")
    cmd = ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless"]
    if src.endswith(".html"):
        cmd.append("--infilter=HTML (StarWriter)")
    subprocess.run(
        cmd + ["--convert-to", "pdf:writer_pdf_Export", "--outdir", tmp, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    base = os.path.splitext(os.path.basename(src))[0] + ".pdf"
    shutil.move(os.path.join(tmp, base), out_pdf)
    shutil.rmtree(tmp, ignore_errors=True)


def save_docx(doc, fn):
    """Save and rewrite the zip with fixed timestamps so reruns give identical bytes."""
    import io
    import zipfile
    buf = io.BytesIO()
    doc.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(fn, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(item.filename))


def write_text(fn, text, encoding="utf-8", crlf=False):
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    with open(fn, "wb") as f:
        f.write(text.encode(encoding))


# ======================================================================
# 01  Slide-deck export (PDF, 16:9 pages, one heading + bullets per slide)
#     Elvin, 19, cannabis use and school absence, Sala
# ======================================================================
def plan01():
    slides = [
        ("Varför är vi här?", [
            "Elvin, 19 år, går sista året på Bygg- och anläggningsprogrammet i Sala.",
            "Sedan i somras har han använt cannabis nästan dagligen, och närvaron i skolan har "
            "sjunkit till ungefär hälften.",
            "Syftet med SIP:en är att socialtjänsten, Beroendemottagningen för unga vuxna och "
            "skolan ska dra åt samma håll, så att Elvin kan minska sitt cannabisbruk och ta "
            "examen till sommaren.",
        ]),
        ("Frågor till mötet", [
            "Hur ska skolgången se ut resten av terminen – går det att läsa in de kurser han "
            "missat?",
            "Vem tar drogtester: Beroendemottagningen eller socialtjänsten?",
            "Behöver Elvin utredas för ADHD, som han själv har frågat om?",
        ]),
        ("Elvins röst", [
            "Elvin kom inte till mötet i dag.",
            "Inför mötet sa han till sin socialsekreterare:",
            "»Jag vill klara gymnasiet och sen få ett jobb så jag kan flytta till egen "
            "lägenhet.«",
            "»Jag vill inte byta skola, det är mina kompisar som är där.«",
        ]),
        ("Det vi ser", [
            "Hög frånvaro, främst förmiddagar",
            "Sover dåligt, vaken på nätterna",
            "Har själv sagt att han röker för att kunna varva ner",
            "Fungerar bra på praktiken (APL) när han väl är där",
        ]),
        ("Stöd framåt", [
            "Fortsatt kontakt med socialtjänsten",
            "Beroendemottagningen erbjuder stöd vid behov",
            "Skolan ser över vad som är möjligt kring kurserna",
            "Tas vidare vid nästa möte om ADHD-frågan",
        ]),
        ("Vem gör vad?", [
            "Socialtjänsten – Lina, under hösten",
            "Beroendemottagningen – Regionen",
            "Skolan – mentor",
        ]),
        ("Samordning och uppföljning", [
            "Huvudansvar för planen: Socialtjänsten Sala",
            "Nästa möte: 2024-12-03 kl. 13.30 på socialkontoret i Sala",
            "Lina skickar kallelse till Elvin",
        ]),
        ("Vilka var med?", [
            "Socialsekreterare",
            "Behandlare",
            "Mentor",
            "Studie- och yrkesvägledare",
        ]),
    ]

    W, H = 254.0, 142.875  # PowerPoint 16:9 in mm
    pdf = FPDF(orientation="L", unit="mm", format=(H, W))
    pdf.set_auto_page_break(False)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_title("SIP Elvin 2024-10-15")
    pdf.set_creator("Microsoft® PowerPoint® för Microsoft 365")
    pdf.set_creation_date(__import__("datetime").datetime(2024, 10, 15, 16, 2, 0,
                           tzinfo=__import__("datetime").timezone.utc))
    total = len(slides) + 1
    teal = (0, 98, 105)

    def footer(n):
        pdf.set_draw_color(*teal)
        pdf.set_line_width(0.4)
        pdf.line(12, H - 12, W - 12, H - 12)
        pdf.set_font("DejaVu", "", 8)
        pdf.set_text_color(90, 90, 90)
        pdf.set_xy(12, H - 10)
        pdf.cell(120, 5, "Sala kommun · Socialtjänsten · SIP Elvin")
        pdf.set_xy(W - 40, H - 10)
        pdf.cell(28, 5, f"{n}", align="R")

    # title slide
    pdf.add_page()
    pdf.set_fill_color(*teal)
    pdf.rect(0, 0, W, H, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("DejaVu", "B", 30)
    pdf.set_xy(20, 40)
    pdf.cell(W - 40, 14, "Samordnad individuell plan")
    pdf.set_font("DejaVu", "", 18)
    pdf.set_xy(20, 58)
    pdf.cell(W - 40, 10, "SIP-möte Elvin · 2024-10-15")
    pdf.set_font("DejaVu", "", 12)
    pdf.set_xy(20, 74)
    pdf.cell(W - 40, 8, "Socialtjänsten Sala, Vuxen- och ungdomsenheten")
    pdf.set_xy(W - 40, H - 10)
    pdf.set_font("DejaVu", "", 8)
    pdf.cell(28, 5, "1", align="R")

    for i, (title, bullets) in enumerate(slides, start=2):
        pdf.add_page()
        pdf.set_fill_color(*teal)
        pdf.rect(0, 0, 8, H, style="F")
        pdf.set_text_color(*teal)
        pdf.set_font("DejaVu", "B", 24)
        pdf.set_xy(20, 14)
        pdf.cell(W - 40, 12, title)
        pdf.set_text_color(30, 30, 30)
        y = 36
        size = 16 if sum(len(b) for b in bullets) < 260 else 14
        for b in bullets:
            pdf.set_font("DejaVu", "", size)
            pdf.set_xy(22, y)
            quote = b.startswith("»")
            pdf.cell(6, 8, "" if quote else "•")
            pdf.set_xy(30, y)
            if quote:
                pdf.set_text_color(*teal)
            pdf.multi_cell(W - 55, 8 if size == 16 else 7, b)
            pdf.set_text_color(30, 30, 30)
            y = pdf.get_y() + 3
        footer(i)
    pdf.output(path(1, "pdf"))


# ======================================================================
# 02  Reverse order (DOCX): follow-up and responsibility first, background
#     last; shaded bold band headings.  M-L, 34, psychosis and debts, Köping
# ======================================================================
def plan02():
    doc = new_doc("Arial", 10.5)
    set_core(doc, "SIP M-L", "2024-10-23T09:12:00")
    sec = doc.sections[0]
    header_text(sec, "Köpings kommun · Region Västmanland\nSamordnad individuell plan", 8)
    footer_text(sec, "SIP M-L, möte 2024-10-22.", 8)

    p = doc.add_paragraph()
    r = p.add_run("Samordnad individuell plan (SIP)")
    r.bold = True
    r.font.size = Pt(16)
    info = doc.add_table(rows=2, cols=4)
    info.style = "Table Grid"
    vals = [("Namn", "M-L"), ("Personnummer", "ÅÅMMDD-XXXX"),
            ("Datum för mötet", "2024-10-22"), ("Plats", "Vuxenpsykiatrin Köping, samtalsrum 2")]
    for i, (k, v) in enumerate(vals):
        c = info.rows[i // 2].cells[(i % 2) * 2]
        c.text = ""
        c.paragraphs[0].add_run(k).bold = True
        info.rows[i // 2].cells[(i % 2) * 2 + 1].text = v

    def band(text):
        p = bold_para(doc, text, 11, space_before=12)
        shade_para(p, "E7E6E6")
        return p

    band("Uppföljning och huvudansvar")
    doc.add_paragraph(
        "Planen följs upp 2025-01-21 kl. 10.00 på Vuxenpsykiatrin Köping. "
        "Huvudansvarig för planen är Johanna, case manager på Vuxenpsykiatrin Köping "
        "(Region Västmanland). Johanna kallar till uppföljningen och skickar ut planen till "
        "alla som deltog.")

    band("Vem gör vad och när")
    table(doc, ["Insats", "Ansvarig (verksamhet, funktion)", "När"], [
        ["Case management: träffar M-L varannan vecka, hjälper henne att hålla struktur "
         "i vardagen och påminner om läkarbesök",
         "Case manager, Vuxenpsykiatrin Köping", "Varannan vecka fr.o.m. 2024-10-28"],
        ["Läkarbesök för uppföljning av medicinering (depåinjektion) och biverkningar",
         "Läkare, Vuxenpsykiatrin Köping", "Var fjärde vecka, nästa 2024-11-05"],
        ["Utredning av ansökan om boendestöd",
         "Biståndshandläggare, Socialpsykiatrin, Köpings kommun", "Beslut senast 2024-11-15"],
        ["Boendestöd två gånger i veckan: post och räkningar, städning, handla mat",
         "Boendestödjare, Socialpsykiatrin, Köpings kommun",
         "Planerad start 2024-11-18 (efter beslut)"],
        ["Budget- och skuldrådgivning: genomgång av alla skulder och hjälp att göra en budget "
         "och en plan för hyresskulden",
         "Budget- och skuldrådgivare, Köpings kommun", "Första tid 2024-11-07"],
        ["Prövning av ekonomiskt bistånd för oktoberhyran",
         "Socialsekreterare, Försörjningsstöd, Köpings kommun", "Beslut vecka 45"],
    ], widths=[8.0, 5.3, 3.3])

    band("Mål")
    doc.add_paragraph(
        "Målet är att M-L ska kunna bo kvar i sin lägenhet, få ordning på sin ekonomi och "
        "undvika nya inläggningar under det kommande året.")

    band("Syfte")
    doc.add_paragraph(
        "M-L har varit inlagd på psykiatrisk avdelning två gånger under 2024 och har samtidigt "
        "fått stora hyresskulder. Syftet med SIP:en är att psykiatrin och socialtjänsten "
        "samordnar sina insatser så att hon kan bo kvar och inte blir sämre av oron för "
        "pengarna.")

    band("M-L:s synpunkter")
    doc.add_paragraph(
        "M-L deltog på hela mötet. Hon sa att hon vill bo kvar i lägenheten och att hon "
        "tycker det är jobbigt när många olika personer kommer hem till henne. Hon önskar att "
        "det blir samma boendestödjare varje gång och att besöken är på eftermiddagen, "
        "eftersom hon är trött på förmiddagarna av medicinen.")

    band("Samtycke")
    doc.add_paragraph("Samtycke finns.")

    band("Deltagare")
    table(doc, ["Namn", "Funktion", "Verksamhet"], [
        ["M-L", "Den enskilde", "–"],
        ["Johanna", "Case manager", "Vuxenpsykiatrin Köping, Region Västmanland"],
        ["Per", "Specialistläkare", "Vuxenpsykiatrin Köping, Region Västmanland"],
        ["Sofia", "Biståndshandläggare", "Socialpsykiatrin, Köpings kommun"],
        ["Elin", "Budget- och skuldrådgivare", "Köpings kommun"],
        ["Amra", "Socialsekreterare", "Försörjningsstöd, Köpings kommun"],
    ], widths=[3.5, 5.0, 8.1])

    band("Bakgrund")
    doc.add_paragraph(
        "M-L är 34 år och bor ensam i en hyreslägenhet i Köping. Hon fick diagnosen "
        "schizofreni 2016 och har sedan dess haft kontakt med Vuxenpsykiatrin Köping. Under "
        "våren 2024 slutade hon ta sin medicin och var inlagd i fem veckor i Västerås, och i "
        "augusti var hon inlagd igen i tio dagar. Sedan september får hon depåinjektion och "
        "mår enligt egen bedömning bättre.")
    doc.add_paragraph(
        "Under perioderna när hon mått dåligt har räkningar inte betalats. Hon har i dag "
        "obetalda hyror för tre månader, och skulder för sms-lån. Hon har ingen sysselsättning "
        "och lever på ekonomiskt bistånd. Hon har tidigare inte velat ha boendestöd men "
        "ansökte om det i samband med mötet.")
    save_docx(doc, path(2, "docx"))


# ======================================================================
# 03  One long numbered list with sub-letters (1a, 1b ...), plain text,
#     UTF-8 with CRLF.  Gösta, 86, after hip fracture, at home, Arboga
# ======================================================================
def numbered_list_text(title_lines, items, width=76):
    import textwrap
    out = list(title_lines) + [""]
    for num, head, subs in items:
        out.append(f"{num}. {head}")
        for letter, text in subs:
            lab = f"   {num}{letter}. "
            w = textwrap.wrap(text, width=width, initial_indent=lab,
                              subsequent_indent=" " * len(lab))
            out.extend(w)
        out.append("")
    return "\n".join(out)


def plan03():
    items = [
        (1, "Bakgrund", [
            ("a", "Gösta är 86 år och bor ensam i villa i Arboga. Han föll i hallen "
                  "2024-10-09 och opererades för höftfraktur på sjukhuset i Köping."),
            ("b", "Han kom hem 2024-10-21 med hemtjänst fyra gånger per dag och "
                  "rollator. Han är ostadig, har haft yrsel och har gått ner i vikt."),
            ("c", "Han har också hjärtsvikt och tar många läkemedel. Han har glömt "
                  "doser några gånger sedan hemkomsten enligt hemtjänsten."),
            ("d", "Dottern Karin bor i Kungsör och kommer varje helg. Sonen bor i "
                  "Göteborg."),
        ]),
        (2, "Syfte", [
            ("a", "Samordning efter höftfrakturen."),
        ]),
        (3, "Frågor", [
            ("a", "Gå igenom hur det fungerar hemma."),
        ]),
        (4, "Göstas egen mening", [
            ("a", "Gösta deltog på mötet som hölls i hans kök."),
            ("b", "Han sa: \"Jag vill kunna gå till Coop själv igen och klara mig "
                  "utan att nån ska komma fyra gånger om dagen.\""),
            ("c", "Han vill inte flytta och vill inte ha matlådor, han lagar helst "
                  "sin egen mat. Han går med på att hemtjänsten kommer morgon och "
                  "kväll tills vidare."),
        ]),
        (5, "Insatser och vem som gör vad", [
            ("a", "Hemtjänst morgon och kväll: hjälp med på- och avklädning, "
                  "stödstrumpor, dusch tisdagar. Ansvarig: Hemtjänst Arboga väster. "
                  "Minskas från fyra till två besök fr.o.m. 2024-11-11."),
            ("b", "Trygghetslarm installeras. Ansvarig: biståndshandläggare, "
                  "Arboga kommun."),
            ("c", "Gångträning och träning av balans två gånger i veckan i hemmet. "
                  "Ansvarig: fysioterapeut, Rehab i hemmet Arboga kommun. Start "
                  "vecka 46."),
            ("d", "Hjälpmedel: toalettförhöjning och duschpall provas ut. Ansvarig: "
                  "arbetsterapeut, Rehab i hemmet Arboga kommun, vid nästa hembesök "
                  "2024-11-12."),
            ("e", "Läkemedelsgenomgång och dosett/Apodos utreds. Ansvarig: "
                  "Vårdcentralen Arboga."),
            ("f", "Vägning varannan vecka, resultat till distriktssköterskan. "
                  "Ansvarig: hemtjänsten, start 2024-11-12."),
            ("g", "Karin (dotter) handlar åt Gösta varje lördag och hjälper honom "
                  "med post och räkningar tills han kan gå ut själv."),
            ("h", "Gösta gör de övningar fysioterapeuten visar, varje dag efter "
                  "frukost."),
        ]),
        (6, "Huvudansvar", [
            ("a", "Hemtjänsten har huvudansvaret för planen."),
        ]),
        (7, "Uppföljning", [
            ("a", "Planen följs upp om ca 6 veckor. Hemtjänsten kallar."),
        ]),
    ]
    title = [
        "SAMORDNAD INDIVIDUELL PLAN (SIP)",
        "Gösta, 86 år, Arboga",
        "Möte 2024-11-05 kl. 10.00 i Göstas hem",
        "Närvarande: Gösta, dottern Karin, samordnare, fysioterapeut,",
        "arbetsterapeut, distriktssköterska",
        "Antecknat av: samordnaren",
    ]
    write_text(path(3, "txt"), numbered_list_text(title, items) + "\n", crlf=True)


# ======================================================================
# 04  Handwritten paper form retyped into .txt with [ ] / [x] boxes,
#     Windows-1252 with CRLF.  J., 22, autism (LSS) and anxiety, Fagersta
# ======================================================================
def plan04():
    t = r"""SIP - SAMORDNAD INDIVIDUELL PLAN
Fagersta kommun / Region Västmanland          Blankett SIP 1 (pappersversion)
(Renskrivet från handskriven blankett 2024-03-19, adm. LSS-enheten.
 Oläsliga ord markerade med [?])
==============================================================================

Namn: J.                                 Personnummer: XXXXXX-XXXX
Datum för mötet: 2024-03-14              Plats: LSS-enheten, Fagersta

Mötet gäller:    [x] Första SIP     [ ] Uppföljning av SIP

------------------------------------------------------------------------------
1. SYFTE MED SIP
   [x] Samordna insatser
   [ ] Planera inför flytt / förändring
   [ ] Annat: ______________________________

2. SAMTYCKE
   [x] Muntligt     [ ] Skriftligt     Datum: 2024-03-14
   Samtycket gäller: [x] Socialtjänst/LSS  [x] Psykiatri  [ ] Skola  [ ] Annan

3. DEN ENSKILDE DELTOG
   [x] Ja     [ ] Nej      Om nej, varför: ________________________
   Den enskildes synpunkter:
   ____________________________________________________________________
   ____________________________________________________________________

4. FRÅGESTÄLLNINGAR INFÖR MÖTET
   ____________________________________________________________________
   ____________________________________________________________________

5. MÅL (den enskildes mål)
   J. ska få en meningsfull sysselsättning och må bättre i sin ångest.

------------------------------------------------------------------------------
6. INSATSER
   [x] Daglig verksamhet (LSS 9 § 10)      [x] Boendestöd
   [ ] Kontaktperson (LSS 9 § 4)           [ ] Korttidsvistelse
   [x] Psykiatrisk öppenvård               [ ] Habilitering
   [ ] Annat: ______________________

   Insats                       | Ansvarig            | Fr.o.m.
   -----------------------------+---------------------+-----------------
   Daglig verksamhet på         |                     |
   Verkstan, 3 dagar/vecka      | __________________  | ______________
   (mån, ons, fre 9-14)         |                     |
   -----------------------------+---------------------+-----------------
   Boendestöd 2 ggr/vecka,      |                     |
   hjälp att planera veckan,    | __________________  | ______________
   tvätt och matlista           |                     |
   -----------------------------+---------------------+-----------------
   Läkarbesök psykiatrin,       |                     |
   ny medicin mot ångest prövas | __________________  | ______________
   + samtal 1 g/mån             |                     |
   -----------------------------+---------------------+-----------------

7. HUVUDANSVAR FÖR PLANEN
   [x] Kommunen     [ ] Regionen
   Namn / funktion: ____________________________

8. ANDRA AKTÖRER
   [ ] Försäkringskassan   [ ] Arbetsförmedlingen   [x] God man
   [ ] Anhörig             [ ] Annan: ______________
   Vad gör de: ________________________________________________

9. NÄSTA UPPFÖLJNING
   Datum: ______________   Tid: ________   Plats: LSS-enheten [?]

------------------------------------------------------------------------------
10. DELTAGARE (namn och funktion/verksamhet)
   J.
   Eva (mamma)
   Ulla
   Reza
   Sofie
   Marit

Underskrifter:
   ______________________     ______________________     ____________________
   Den enskilde               Kommunen                   Regionen
"""
    write_text(path(4, "txt"), t, encoding="cp1252", crlf=True)


# ======================================================================
# 05  Split plan (DOCX): "Gemensam del", "Kommunens del", "Regionens del"
#     as shaded banner cells.  Alva, 13, school refusal + anxiety, Västerås
# ======================================================================
def plan05():
    doc = new_doc("Calibri", 11)
    set_core(doc, "SIP Alva", "2025-02-12T08:30:00")
    sec = doc.sections[0]
    header_text(sec, "SIP · Alva · 2025-02-11", 8)
    footer_text(sec, "Västerås stad · Region Västmanland", 8, align=WD_ALIGN_PARAGRAPH.CENTER)

    p = doc.add_paragraph()
    r = p.add_run("Samordnad individuell plan")
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    doc.add_paragraph("Alva, 13 år, åk 7 Vallbyskolan · Personnummer ÅÅMMDD-XXXX · "
                      "Möte 2025-02-11 kl. 14.00–15.30, Vallbyskolan")

    def banner(text, fill):
        t = doc.add_table(rows=1, cols=1)
        c = t.rows[0].cells[0]
        c.text = ""
        r = c.paragraphs[0].add_run(text)
        r.bold = True
        r.font.size = Pt(13)
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        shade(c, fill)
        doc.add_paragraph().paragraph_format.space_after = Pt(0)

    def lab(label, text):
        p = doc.add_paragraph()
        p.add_run(label).bold = True
        p.paragraph_format.space_after = Pt(2)
        p.paragraph_format.keep_with_next = True
        if isinstance(text, str):
            doc.add_paragraph(text)
        else:
            for t in text:
                doc.add_paragraph(t, style="List Bullet")

    banner("GEMENSAM DEL", "1F4E79")
    lab("Syfte", "Alva har inte varit i skolan mer än enstaka dagar sedan höstlovet. Syftet med "
        "planen är att skolan, socialtjänsten och BUP samordnar stödet så att Alva stegvis kan "
        "komma tillbaka till skolan och få behandling för sin ångest.")
    lab("Frågeställningar", [
        "Hur kan Alva komma tillbaka till skolan stegvis, och vem möter henne på morgonen?",
        "Behöver Alva en neuropsykiatrisk utredning, eller ska ångestbehandlingen prövas först?",
        "Vad kan familjen få för stöd hemma när morgnarna blir konflikter?",
    ])
    lab("Alvas mål", "”Jag vill kunna gå till skolan utan att få ont i magen, och vara med på "
        "idrotten igen.”")
    lab("Alvas och vårdnadshavarnas delaktighet",
        "Alva var med den första halvtimmen tillsammans med sin mamma och pappa. Hon berättade "
        "att det är värst på morgonen och i matsalen. Hon vill börja med att komma till skolan "
        "när det är lugnt, efter lunch, och vill inte att klasskamraterna ska få veta varför hon "
        "varit borta. Föräldrarna stod kvar hela mötet.")
    lab("Samtycke", "Vårdnadshavarna har samtyckt till SIP.")
    lab("Övrigt", "Föräldrarna stöttar Alva hemma.")
    lab("Huvudansvar för planen", "Linnea, socialsekreterare, Barn och familj, Västerås stad.")
    lab("Uppföljning", "2025-04-08 kl. 15.00 på Vallbyskolan. Linnea kallar.")

    banner("KOMMUNENS DEL", "2E7D32")
    table(doc, ["Insats", "Ansvarig", "När"], [
        ["Anpassat schema: Alva börjar med två timmar per dag efter lunch, utökas "
         "stegvis enligt plan med mentor", "Mentor och rektor, Vallbyskolan",
         "Fr.o.m. 2025-02-17"],
        ["Samtal med kurator en gång i veckan, bl.a. om matsalen och raster",
         "Skolkurator, Elevhälsan Vallbyskolan", "Tisdagar fr.o.m. 2025-02-18"],
        ["Familjebehandling: stöd kring morgonrutiner, hembesök en gång i veckan",
         "Familjebehandlare, Familjestödsenheten, Västerås stad", "Start 2025-02-20"],
        ["Utredning enligt 11 kap. 1 § SoL avslutas och beslut fattas",
         "Socialsekreterare, Barn och familj, Västerås stad", "Klar senast 2025-03-14"],
    ], widths=[8.0, 5.3, 3.3], head_fill="E2EFDA")
    doc.add_paragraph()

    banner("REGIONENS DEL", "7B2C83")
    table(doc, ["Insats", "Ansvarig", "När"], [
        ["KBT mot ångest, 12 sessioner", "Psykolog, BUP Västerås",
         "Onsdagar fr.o.m. 2025-02-19"],
        ["Bedömning av om neuropsykiatrisk utredning behövs", "Läkare, BUP Västerås",
         "Bedömningssamtal 2025-03-05"],
        ["Undersökning av magbesvären för att utesluta kroppslig orsak",
         "Läkare, Vårdcentralen Bäckby", "Besök 2025-02-25"],
    ], widths=[8.0, 5.3, 3.3], head_fill="EADCF0")
    doc.add_paragraph()

    bold_para(doc, "Deltagare")
    table(doc, ["Namn", "Funktion", "Verksamhet"], [
        ["Alva", "", "(första halvtimmen)"],
        ["Mamma och pappa", "Vårdnadshavare", ""],
        ["Linnea", "Socialsekreterare", "Barn och familj, Västerås stad"],
        ["Jonas", "Mentor", "Vallbyskolan"],
        ["Hanna", "Skolkurator", "Elevhälsan, Vallbyskolan"],
        ["Mirja", "Rektor", "Vallbyskolan"],
        ["Oskar", "Psykolog", "BUP Västerås"],
        ["Tove", "Familjebehandlare", "Familjestödsenheten, Västerås stad"],
    ], widths=[4.0, 4.5, 8.1], head_fill="F2F2F2")
    save_docx(doc, path(5, "docx"))


# ======================================================================
# 06  Bold run-in headings with colon, text continuing on the same line
#     for several lines (DOCX -> PDF).  Sanna, 45, depression, sick leave,
#     Hallstahammar
# ======================================================================
def plan06():
    doc = new_doc("Times New Roman", 12)
    set_core(doc, "SIP sammanfattning", "2024-11-20T13:40:00")
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    header_text(sec, "Region Västmanland\nVårdcentralen Hallstahammar", 9,
                align=WD_ALIGN_PARAGRAPH.LEFT)
    footer_text(sec, "Vårdcentralen Hallstahammar · SIP", 8, align=WD_ALIGN_PARAGRAPH.RIGHT)

    p = doc.add_paragraph()
    r = p.add_run("Samordnad individuell plan – sammanfattning efter möte")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph("Gäller: Sanna, ÅÅMMDD-XXXX\nMötesdatum: 2024-11-19\n"
                      "Skriven av: rehabkoordinator, Vårdcentralen Hallstahammar")

    def runin(label, text):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.paragraph_format.space_after = Pt(8)
        p.add_run(label + ": ").bold = True
        p.add_run(text)

    runin("Bakgrund", "Sanna är 45 år och bor i Hallstahammar. Hon har varit sjukskriven på "
          "heltid sedan april 2024 för medelsvår depression. Hon arbetade tidigare som "
          "lokalvårdare på ett bemanningsföretag men blev uppsagd under sommaren i samband med "
          "neddragningar. Behandlingen har hittills bestått av antidepressiv medicin och stödsamtal "
          "hos vårdcentralens kurator. Enligt journalen är sömnen fortfarande störd och "
          "energinivån låg, men hon klarar sin vardag hemma. Från december passerar hon dag 180 i "
          "sjukskrivningen och arbetsförmågan ska då prövas mot hela arbetsmarknaden.")
    runin("Syfte", "Syftet med den samordnade planen är att vårdcentralen, socialtjänsten i "
          "Hallstahammar, Försäkringskassan och Arbetsförmedlingen tillsammans planerar hur Sanna "
          "ska få en mer intensiv behandling för sin depression och samtidigt en realistisk väg "
          "tillbaka till arbete, eftersom hon riskerar att bli utan inkomst om sjukpenningen dras "
          "in efter dag 180 och ingen av oss i dag har hela bilden av hennes situation.")
    runin("Frågor inför mötet", "Vad händer med försörjningen om sjukpenningen dras in efter dag "
          "180, och vem ska Sanna vända sig till då? Kan Arbetsförmedlingen erbjuda något redan "
          "under sjukskrivningen, t.ex. förberedande insatser på deltid? Behöver behandlingen "
          "förstärkas med KBT hos psykolog, eller ska hon remitteras till psykiatrin?")
    runin("Vårdcentralens insatser", "Distriktsläkaren har fortsatt ansvar för sjukskrivningen och "
          "medicineringen och träffar Sanna 2024-12-10 för ny bedömning, då även "
          "läkemedelsdosen ses över. Psykolog på vårdcentralen ger KBT för depression, tio "
          "sessioner med start vecka 49. Rehabkoordinatorn skickar läkarintyg och underlag till "
          "Försäkringskassan inför avstämningsmötet senast 2024-11-29.")
    runin("Socialtjänstens insatser", "Socialtjänsten i Hallstahammar, vuxenenheten, erbjuder "
          "samtalsstöd hos behandlare på Träffpunkten, och tar emot en ansökan om ekonomiskt "
          "bistånd om sjukpenningen upphör; en handläggare har då utsetts i förväg så att "
          "ärendet kan handläggas utan dröjsmål.")
    runin("Försäkringskassan", "Handläggaren på Försäkringskassan bokar ett avstämningsmöte med "
          "Sanna, distriktsläkaren och Arbetsförmedlingen den 4 december 2024 och gör därefter en "
          "ny bedömning av rätten till sjukpenning efter dag 180.")
    runin("Arbetsförmedlingen", "Arbetsförmedlare på Arbetsförmedlingen i Västerås deltar i "
          "avstämningsmötet och bedömer om Sanna kan skrivas in och få förberedande insatser på "
          "25 procent, med start tidigast i januari 2025, om läkaren bedömer att det är "
          "möjligt medicinskt.")
    runin("Uppföljning", "Vi ses igen i januari 2025, efter avstämningsmötet, för att se om "
          "planen behöver ändras. Kallelse skickas ut.")
    save_docx(doc, os.path.join(TMP, "f4-06.docx"))
    to_pdf(os.path.join(TMP, "f4-06.docx"), path(6, "pdf"))


# ======================================================================
# 07  Plan written by HVB staff in the home's own documentation layout
#     (DOCX -> PDF).  A., 16, placed at HVB Björkbacken, Norberg,
#     by social services in Västerås; ADHD, school, contact with mother
# ======================================================================
def plan07():
    doc = new_doc("Verdana", 10)
    set_core(doc, "Dokumentation SIP-möte", "2025-02-07T15:20:00")
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = ""
    r = hp.add_run("HVB Björkbacken")
    r.bold = True
    r.font.size = Pt(14)
    r.font.color.rgb = RGBColor(0x38, 0x76, 0x1D)
    r = hp.add_run("   Behandlingshem för pojkar 14–18 år · Norberg")
    r.font.size = Pt(8)
    r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    footer_text(sec, "Björkbacken · Dokumentation enligt ledningssystem, rutin D4 ·", 7)

    p = doc.add_paragraph()
    r = p.add_run("Dokumentation från SIP-möte")
    r.bold = True
    r.font.size = Pt(15)
    r.font.color.rgb = RGBColor(0x38, 0x76, 0x1D)

    info = doc.add_table(rows=5, cols=2)
    info.style = "Table Grid"
    for i, (k, v) in enumerate([
            ("Ungdom", "A., 16 år (ÅÅMMDD-XXXX)"),
            ("Placerande kommun", "Västerås stad, Barn och ungdom"),
            ("Datum", "2025-02-06, kl. 13–15, Björkbacken (mamma via Teams)"),
            ("Typ av möte", "SIP"),
            ("Syfte", "Gemensam planering."),
    ]):
        info.rows[i].cells[0].text = ""
        info.rows[i].cells[0].paragraphs[0].add_run(k).bold = True
        shade(info.rows[i].cells[0], "D9EAD3")
        info.rows[i].cells[1].text = v
    set_widths(info, [4.5, 12.0])

    def h(text):
        p = bold_para(doc, text, 11, space_before=12)
        p.runs[0].font.color.rgb = RGBColor(0x38, 0x76, 0x1D)

    h("Kort om A. och placeringen")
    doc.add_paragraph(
        "A. har bott på Björkbacken sedan oktober 2024. Han placerades enligt SoL efter en "
        "period med mycket konflikter hemma, skolk och att han vistades ute på nätterna. A. har "
        "ADHD och medicinerar. De första veckorna var tuffa men sedan jul har han kommit in i "
        "rutinerna, går upp på morgnarna och har bara missat skolan två dagar i januari. Han "
        "sover fortfarande dåligt och blir lätt arg när han är trött.")

    h("Frågor vi från Björkbacken tog med oss")
    for t in ["Kan A. träffa BUP via video i stället för att åka till Västerås varje gång "
              "(tre timmar tur och retur)?",
              "Vem ansvarar för att det finns en skolplacering till hösten när han börjar "
              "gymnasiet?",
              "Kan sömnmedicinen ses över? Personalen ser att han somnar först vid 02."]:
        doc.add_paragraph(t, style="List Bullet")

    h("Vad A. själv sa")
    doc.add_paragraph(
        "A. var med under hela mötet och pratade mycket själv. Han sa: ”Jag vill flytta hem till "
        "mamma till sommaren och börja spela fotboll igen.” Han tycker att skolan i Norberg "
        "funkar bra för att klasserna är små, men han saknar sina kompisar. Han vill inte byta "
        "BUP-läkare.")

    h("Det här kom vi överens om")
    table(doc, ["Vad", "Vem", "När"], [
        ["Samtal med A. varje måndag, följer med på BUP-besök och stöttar med kvällsrutiner "
         "och sömn", "Kim, behandlare och kontaktperson på Björkbacken", "Från 2025-02-10"],
        ["Undervisning i liten grupp i åk 9 med stöd av specialpedagog",
         "Specialpedagog, Centralskolan Norberg", "Från 2025-02-17"],
        ["Läkarkontakt för ADHD-medicin och sömn via video en gång i månaden",
         "Regionen", "Nästa besök 2025-02-20"],
        ["Utredning av om A. kan flytta hem till sommaren",
         "Socialsekreterare, Barn och ungdom, Västerås stad", "Klar senast 2025-05-30"],
        ["Gymnasieval och ansökan, kontakt med studie- och yrkesvägledare",
         "Studie- och yrkesvägledare, Centralskolan Norberg", "Före 2025-03-01"],
    ], widths=[8.0, 5.2, 3.4], head_fill="D9EAD3")

    h("Familjen")
    doc.add_paragraph(
        "A. åker hem till mamma varannan helg. Mamma vill gärna vara med mer i planeringen, hur "
        "det ska gå till tas upp nästa gång. Pappa ska kontaktas om han vill vara delaktig.")

    h("Nästa SIP-möte")
    doc.add_paragraph("Vi hörs om datum, troligen efter sommarlovet.")

    h("Närvarande")
    doc.add_paragraph("A., mamma (Teams), Kim, Sara, Ahmed, Therese")

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(14)
    r = p.add_run("Antecknat av Kim, behandlare, HVB Björkbacken")
    r.italic = True
    save_docx(doc, os.path.join(TMP, "f4-07.docx"))
    to_pdf(os.path.join(TMP, "f4-07.docx"), path(7, "pdf"))


# ======================================================================
# 08  Word "Title"/"Subtitle" styles misused for every heading (DOCX).
#     B., 67, alcohol dependence, type 2 diabetes, falls, Kungsör
# ======================================================================
def plan08():
    doc = new_doc("Calibri", 11)
    set_core(doc, "SIP", "2024-09-25T10:05:00")
    doc.add_paragraph("SIP", style="Title")
    doc.add_paragraph("B. – möte 2024-09-24, Kungsörs kommun, hemsjukvården", style="Subtitle")

    doc.add_paragraph("Bakgrund", style="Title")
    doc.add_paragraph(
        "B. är 67 år och bor ensam i lägenhet i Kungsör. Han har diabetes typ 2 med insulin och "
        "har druckit mycket alkohol i många år. Sedan i juli har han ramlat fyra gånger i "
        "hemmet, två gånger har han fått åka ambulans till akuten i Köping. Blodsockret "
        "varierar mycket och han glömmer ibland att äta. Han har en remiss till "
        "beroendemottagningen som skickades i augusti.")

    doc.add_paragraph("Syfte", style="Title")
    doc.add_paragraph(
        "Syftet är att hemtjänsten, hemsjukvården och vårdcentralen tillsammans med B. ska "
        "hitta ett sätt att få stabilare blodsocker och färre fall i hemmet, eftersom fallen "
        "nästan alltid har skett när han druckit och inte ätit.")

    doc.add_paragraph("Frågeställningar", style="Title")
    doc.add_paragraph("")

    doc.add_paragraph("Mål", style="Title")
    doc.add_paragraph("Mål för B.", style="Subtitle")
    doc.add_paragraph("Målet är att B. ska minska sitt alkoholintag och ta sitt insulin enligt "
                      "ordination.")

    doc.add_paragraph("Delaktighet", style="Title")
    doc.add_paragraph("B. var med på mötet.")

    doc.add_paragraph("Samtycke", style="Title")
    doc.add_paragraph("Samtycke finns.")

    doc.add_paragraph("Insatser", style="Title")
    doc.add_paragraph("Vad vi pratade om", style="Subtitle")
    doc.add_paragraph(
        "Insatser diskuterades men inget bestämdes. Beroendemottagningen har ännu inte träffat "
        "B. och vi vill vänta på deras bedömning innan något ändras. Beslut om insatser tas vid "
        "nästa möte.")

    doc.add_paragraph("Huvudansvar", style="Title")
    doc.add_paragraph("Distriktssköterskan.")

    doc.add_paragraph("Uppföljning", style="Title")
    doc.add_paragraph("Nytt möte vid behov, dock senast i vår.")
    save_docx(doc, path(8, "docx"))


# ======================================================================
# 09  School "åtgärdsprogram" template reused as SIP (DOCX).
#     N., 12, ADHD, åk 6, Surahammar
# ======================================================================
def plan09():
    doc = new_doc("Arial", 10)
    set_core(doc, "Åtgärdsprogram", "2024-08-28T07:55:00")
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = ""
    r = hp.add_run("SURAHAMMARS KOMMUN\tBarn- och utbildningsförvaltningen")
    r.font.size = Pt(8)
    footer_text(sec, "Blankett ÅP 2019:1 · Sekretess enligt OSL 23 kap. 2 § när ifylld ·", 7)

    p = doc.add_paragraph()
    r = p.add_run("ÅTGÄRDSPROGRAM")
    r.bold = True
    r.font.size = Pt(18)
    p = doc.add_paragraph()
    r = p.add_run("Används även som SIP (samordnad individuell plan) – beslutat på mötet "
                  "med BUP och IFO 2024-08-27")
    r.italic = True
    r.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)

    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    cells = [("Elevens namn", "N."), ("Personnummer", "ÅÅMMDD-XXXX"),
             ("Skola", "Nyhemsskolan"), ("Klass", "6B"),
             ("Datum", "2024-08-27"), ("Ansvarig för åtgärdsprogrammet", "Rektor")]
    for i, (k, v) in enumerate(cells):
        row, col = i // 2, (i % 2) * 2
        c = t.rows[row].cells[col]
        c.text = ""
        r = c.paragraphs[0].add_run(k)
        r.font.size = Pt(8)
        r.bold = True
        shade(c, "F2F2F2")
        t.rows[row].cells[col + 1].text = v

    def section(title, text=None, lines=0):
        tt = doc.add_table(rows=2, cols=1)
        tt.style = "Table Grid"
        c = tt.rows[0].cells[0]
        c.text = ""
        c.paragraphs[0].add_run(title).bold = True
        shade(c, "D9D9D9")
        body = tt.rows[1].cells[0]
        body.text = text or ""
        for _ in range(lines):
            body.add_paragraph("")
        doc.add_paragraph().paragraph_format.space_after = Pt(0)
        return body

    doc.add_paragraph()
    section("Sammanfattning av utredningen om elevens behov av särskilt stöd",
            "N. fick diagnosen ADHD i mars 2024 via BUP Västerås och medicinerar sedan maj. Under "
            "åk 5 lämnade han ofta klassrummet, hamnade i konflikter på rasterna och har luckor "
            "i matematik. Pedagogisk kartläggning gjord av specialpedagog i juni 2024. Familjen "
            "har haft kontakt med IFO Surahammar sedan våren efter oro från skolan om "
            "konflikterna hemma, och föräldrarna har själva bett om föräldrastöd.")
    section("Elevens behov av särskilt stöd",
            "N. behöver en förutsägbar skoldag med tydliga instruktioner, möjlighet till paus "
            "och en lugn arbetsplats. Han behöver extra stöd i matematik och en vuxen att vända "
            "sig till på rasterna.")
    section("Frågeställning (SIP)", "Diskutera skolsituationen.")
    section("Mål för åtgärderna",
            "N. ska kunna vara kvar i klassrummet hela lektioner i matematik och svenska.\n"
            "N. ska nå kunskapskraven i matematik i åk 6.\n"
            "N. ska ha färre konflikter på rasterna.")

    bold_para(doc, "Åtgärder", 11)
    table(doc, ["Åtgärd", "Ansvarig", "Tidsperiod"], [
        ["Anpassat schema med bildstöd, egen arbetsplats i klassrummet och möjlighet till paus "
         "i grupprummet", "Mentor, klass 6B, Nyhemsskolan", "2024-08-26 – 2024-12-20"],
        ["Specialpedagogiskt stöd i matematik, 2 lektioner per vecka i liten grupp",
         "Specialpedagog, Nyhemsskolan", "2024-09-02 – 2024-12-20"],
        ["Vuxenledd rastaktivitet på förmiddagsrasten", "Fritidspedagog, Nyhemsskolan",
         "Fr.o.m. 2024-08-26"],
        ["Uppföljning av ADHD-medicin, dosjustering och samtal om sömn",
         "Sjuksköterska och läkare, BUP Västerås", "Besök 2024-09-17"],
        ["Föräldrastöd: ADHD-föräldrautbildning i grupp, 8 träffar",
         "Familjebehandlare, IFO Surahammar", "Start 2024-09-12"],
        ["Ger N. hans medicin varje morgon och hör av sig till mentor vid ändringar i "
         "medicineringen", "Vårdnadshavare (mamma och pappa)", "Fr.o.m. 2024-08-26"],
    ], widths=[8.5, 5.0, 3.5], head_fill="D9D9D9")
    doc.add_paragraph()

    section("Elevens och vårdnadshavares synpunkter",
            "N. och hans mamma och pappa var med på mötet. N. tycker att det är jobbigt på "
            "rasterna och vill ha ett ställe att vara på när det blir för mycket. Han vill "
            "gärna sitta nära fönstret. Föräldrarna önskar att skolan hör av sig samma dag när "
            "något har hänt.")
    section("Utvärdering",
            "Datum för utvärdering: ____________    Utvärderingen görs av: ____________")
    section("Åtgärdsprogrammet har utarbetats av",
            "Mentor, specialpedagog, skolsköterska, rektor, BUP, IFO, N. och vårdnadshavare")
    section("Beslut",
            "Beslut om åtgärdsprogram fattat av rektor 2024-08-27.\n\n"
            "Underskrift rektor: _______________________\n\n"
            "Vårdnadshavare har tagit del av åtgärdsprogrammet: ____________________")
    save_docx(doc, path(9, "docx"))


# ======================================================================
# 10  One table per goal: merged goal row + Åtgärd/Vem/När rows (DOCX).
#     T., 38, bipolar disorder, no occupation, Skinnskatteberg
# ======================================================================
def plan10():
    doc = new_doc("Calibri", 11)
    set_core(doc, "SIP T", "2024-09-11T14:00:00")
    sec = doc.sections[0]
    header_text(sec, "Skinnskattebergs kommun, Socialpsykiatrin", 8)
    footer_text(sec, "SIP T. 2024-09-10", 8)

    p = doc.add_paragraph()
    r = p.add_run("SIP – T.")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Datum: 2024-09-10   Plats: Socialkontoret Skinnskatteberg")

    def labline(label, text):
        p = doc.add_paragraph()
        p.add_run(label + " ").bold = True
        p.add_run(text)

    labline("Frågeställningar:", "Gå igenom läget.")
    labline("T:s önskemål:", "T. har via sin boendestödjare framfört att han önskar komma ut "
            "i någon form av arbete och att han vill slippa byta kontaktpersoner så ofta.")
    labline("Samtycke:", "Inhämtat.")

    goals = [
        ("Mål 1: T. ska ha en stabil psykisk hälsa och undvika inläggning", "DEEAF6", [
            ["Läkarbesök med bedömning av stämningsläget och litiumbehandlingen",
             "Läkare, Psykiatrimottagningen Köping", "Var tredje månad, nästa 2024-10-15"],
            ["Provtagning av litiumvärde", "Sjuksköterska, Psykiatrimottagningen Köping",
             "2024-10-08"],
            ["Gemensam plan för tidiga tecken på mani, lämnas till boendestödet",
             "Sjuksköterska, Psykiatrimottagningen Köping", "Klar 2024-10-15"],
        ]),
        ("Mål 2: T. ska klara sitt boende och sin vardag", "E2EFDA", [
            ["Boendestöd två gånger i veckan: struktur, matlagning, tvätt",
             "Boendestödjare, Socialpsykiatrin Skinnskatteberg",
             "Tisdag och torsdag fr.o.m. 2024-09-17"],
            ["Stöd att betala räkningar via internetbanken",
             "Boendestödjare, Socialpsykiatrin Skinnskatteberg", "Första veckan varje månad"],
        ]),
        ("Mål 3: T. ska ha en meningsfull sysselsättning", "FFF2CC", [
            ["Arbetsträning på kommunens återbruk, start med två förmiddagar i veckan",
             "Arbetskonsulent, Arbetsmarknadsenheten Skinnskatteberg", ""],
        ]),
    ]
    for title, fill, rows in goals:
        doc.add_paragraph()
        t = doc.add_table(rows=2, cols=3)
        t.style = "Table Grid"
        top = t.rows[0].cells[0].merge(t.rows[0].cells[2])
        top.text = ""
        top.paragraphs[0].add_run(title).bold = True
        shade(top, fill)
        for i, h in enumerate(["Åtgärd", "Vem", "När"]):
            c = t.rows[1].cells[i]
            c.text = ""
            c.paragraphs[0].add_run(h).italic = True
        for row in rows:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = v
        set_widths(t, [7.5, 5.5, 3.6])

    doc.add_paragraph()
    labline("Uppföljning:", "vecka 48")
    labline("Deltagare:", "Helena, Mats, Amir, Lotta")
    save_docx(doc, path(10, "docx"))


# ======================================================================
# 11  Follow-up date only in the page footer (DOCX).
#     Anneli, 58, after stroke with aphasia and right-sided weakness, Västerås
# ======================================================================
def plan11():
    doc = new_doc("Calibri", 11)
    set_core(doc, "SIP Anneli", "2025-01-29T11:10:00")
    sec = doc.sections[0]
    header_text(sec, "Region Västmanland · Västerås stad", 8)
    footer_text(sec, "SIP Anneli · upprättad 2025-01-28 · Uppföljning 2025-03-18 kl. 13.00, "
                "Neurorehabiliteringen Västerås ·", 8)

    p = doc.add_paragraph()
    r = p.add_run("Samordnad individuell plan")
    r.bold = True
    r.font.size = Pt(17)
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Namn", "Anneli, 58 år"),
                                ("Personnummer", "ÅÅMMDD-XXXX"),
                                ("Möte", "2025-01-28, Neurorehabiliteringen Västerås")]):
        t.rows[i].cells[0].text = ""
        t.rows[i].cells[0].paragraphs[0].add_run(k).bold = True
        t.rows[i].cells[1].text = v

    bold_para(doc, "Nuvarande situation", 12)
    doc.add_paragraph(
        "Anneli fick en stroke i november 2024 och vårdades på strokeenheten och därefter på "
        "Neurorehabiliteringen i Västerås. Hon har kvarstående afasi, framför allt svårt att "
        "hitta ord, och nedsatt kraft i höger arm och ben. Hon går med rollator inomhus. Hon "
        "skrevs hem till sin lägenhet 2025-01-17 och bor ensam. Hon har tidigare arbetat som "
        "undersköterska.")

    bold_para(doc, "Annelis medverkan", 12)
    doc.add_paragraph(
        "Anneli deltog i mötet tillsammans med sin logoped, som stöttade kommunikationen med "
        "bildstöd.")

    bold_para(doc, "Samtycke", 12)
    doc.add_paragraph("Samtycke finns i journalen.")

    bold_para(doc, "Insatser", 12)
    table(doc, ["Insats", "Utförare", "Start / tid"], [
        ["Logopedbehandling två gånger i veckan", "Logoped, Neurorehabiliteringen Västerås",
         "Fr.o.m. 2025-02-03, mån och tors"],
        ["Träning av vardagsaktiviteter i hemmet, bl.a. matlagning och påklädning",
         "Arbetsterapeut, Hemrehab Västerås stad", "Fr.o.m. 2025-02-04, tisdagar"],
        ["Gång- och balansträning", "Fysioterapeut, Hemrehab Västerås stad",
         "Fr.o.m. 2025-02-05, ons och fre"],
        ["Hemtjänst morgon, lunch och kväll: personlig omvårdnad och måltider",
         "Hemtjänst Västerås öster", "Pågår sedan 2025-01-17"],
        ["Läkarbesök: blodtryck och sekundärprevention efter stroke",
         "Distriktsläkare, Vårdcentralen Skultuna", "2025-02-26"],
        ["Handläggning av ansökan om färdtjänst", "Handläggare, Färdtjänsten Västerås stad",
         "Beslut senast 2025-02-28"],
    ], widths=[7.5, 5.6, 3.5])

    bold_para(doc, "Huvudansvarig för planen", 12)
    doc.add_paragraph("Emma, rehabkoordinator, Neurorehabiliteringen Västerås "
                      "(Region Västmanland).")

    bold_para(doc, "Deltagare", 12)
    table(doc, ["Namn", "Funktion", "Verksamhet"], [
        ["Anneli", "", ""],
        ["Emma", "Rehabkoordinator", "Neurorehabiliteringen Västerås"],
        ["Ida", "Logoped", "Neurorehabiliteringen Västerås"],
        ["Malin", "Arbetsterapeut", "Hemrehab, Västerås stad"],
        ["Goran", "Biståndshandläggare", "Äldreomsorg/funktionsstöd, Västerås stad"],
        ["Susanne", "Samordnare", "Hemtjänst Västerås öster"],
    ], widths=[3.5, 5.0, 8.1])
    save_docx(doc, path(11, "docx"))


# ======================================================================
# 12  Markdown with YAML front matter holding the metadata.
#     Ella, 19, anorexia and social isolation, Arboga / Västerås
# ======================================================================
def plan12():
    t = """---
title: "SIP – Ella"
typ: samordnad individuell plan
version: 1
skapad: 2024-10-08
kommun: Arboga
region: Region Västmanland
huvudansvarig: "Ätstörningsenheten Västerås"
samtycke: "Muntligt, av Ella på mötet 2024-10-08"
nasta_uppfoljning:
status: utkast
taggar: [sip, ätstörning, unga-vuxna]
---

# SIP – Ella

## Bakgrund

Ella är 19 år och bor i egen lägenhet i Arboga sedan i våras. Hon har haft
anorexia sedan hon var 15 och har vårdats inneliggande två gånger, senast i
juni 2024. Hon hoppade av gymnasiet i trean och har sedan dess mest varit
hemma. Vikten har sjunkit igen under hösten och hon äter i princip bara en
måltid om dagen. Hon har svårt att ta sig ut och har förlorat kontakten med de
flesta vänner.

## Ellas mål

> "Jag vill orka träffa mina kompisar igen och börja plugga på Komvux till
> hösten. Jag vill inte bli inlagd en gång till."

## Vad Ella tycker

Ella var med på hela mötet. Hon tycker att dagvård kan vara okej om hon får
åka hem varje kväll. Hon vill ha hjälp att komma igång med att handla och laga
mat själv, men vill inte att någon kommer hem till henne tidigt på morgonen.
Hon är orolig för pengar.

## Insatser

- Dagvård med måltidsstöd tre dagar i veckan
- Vägning och provtagning en gång i veckan
- Stöd i hemmet med att planera, handla och laga mat, två gånger i veckan
- Samtal om sysselsättning och studier på Komvux
- Genomgång av Ellas ekonomi och rätt till bistånd

*Ansvar och tider fördelas när teamen har stämt av internt.*

## Andra aktörer

Inga andra aktörer är aktuella just nu. Ella har ingen pågående kontakt med
Försäkringskassan eller Arbetsförmedlingen, och hon har inte velat att
föräldrarna ska vara med i planeringen.
"""
    write_text(path(12, "md"), t)


# ======================================================================
# 13  Every section in its own text box (wps:txbx / w:txbxContent with
#     VML fallback, as Word writes it) (DOCX).
#     I., 84, Alzheimer's disease, lives alone, Sala
# ======================================================================
def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _txbx_content(paras):
    out = []
    for text, kind in paras:
        ppr = '<w:pPr><w:spacing w:after="60"/></w:pPr>'
        rpr = ""
        if kind == "h":
            rpr = '<w:rPr><w:b/><w:color w:val="2F5597"/><w:sz w:val="24"/></w:rPr>'
        elif kind == "title":
            rpr = '<w:rPr><w:b/><w:sz w:val="32"/></w:rPr>'
        elif kind == "li":
            ppr = ('<w:pPr><w:spacing w:after="60"/><w:ind w:left="284" w:hanging="284"/>'
                   '</w:pPr>')
            text = "•\t" + text
        out.append(f'<w:p>{ppr}<w:r>{rpr}<w:t xml:space="preserve">{_esc(text)}</w:t></w:r></w:p>')
    return "<w:txbxContent>" + "".join(out) + "</w:txbxContent>"


NSD = " ".join(f'xmlns:{k}="{v}"' for k, v in {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "v": "urn:schemas-microsoft-com:vml",
    "o": "urn:schemas-microsoft-com:office:office",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
}.items())


def add_textbox(doc, paras, height_pt, idx, fill="F5F9FC", line="2F5597"):
    width_pt = 453
    cx, cy = width_pt * 12700, int(height_pt * 12700)
    content = _txbx_content(paras)
    xml = f'''<w:r {NSD}>
<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:inline distT="0" distB="0" distL="0" distR="0">
<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>
<wp:docPr id="{idx}" name="Textruta {idx}"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/>
<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>
<a:ln w="9525"><a:solidFill><a:srgbClr val="{line}"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx>{content}</wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr>
</wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:rect id="Textruta {idx}" o:spid="_x0000_s10{idx:02d}" style="width:{width_pt}pt;height:{height_pt}pt;mso-position-horizontal-relative:char;mso-position-vertical-relative:line" fillcolor="#{fill}" strokecolor="#{line}">
<v:textbox style="mso-fit-shape-to-text:t">{content}</v:textbox></v:rect></w:pict></mc:Fallback>
</mc:AlternateContent></w:r>'''
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(8)
    p._p.append(parse_xml(xml))
    return p


def plan13():
    doc = new_doc("Calibri", 11)
    set_core(doc, "SIP I.", "2024-05-08T09:45:00")
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    header_text(sec, "Sala kommun · Vård och omsorg", 8)
    boxes = [
        ([("SIP – samordnad individuell plan", "title"),
          ("I., 84 år, Sala · ÅÅMMDD-XXXX", None),
          ("Möte 2024-05-07 kl. 13.00, Vårdcentralen Sala", None)], 62, "FFFFFF", "7F7F7F"),
        ([("Syfte", "h"),
          ("Samordning av vård och omsorg.", None)], 42, "F5F9FC", "2F5597"),
        ([("Frågor till mötet", "h"),
          ("Kan I. bo kvar hemma med utökad hemtjänst, eller ska vi ansöka om särskilt "
           "boende nu?", "li"),
          ("Vem tar över läkemedelshanteringen när hon inte längre klarar dosetten själv?", "li"),
          ("Behövs spisvakt och trygghetslarm efter att spisen stått på i natt två gånger?", "li")],
         100, "F5F9FC", "2F5597"),
        ([("Samtycke", "h"),
          ("I. gav muntligt samtycke till SIP när biståndshandläggaren var på hembesök "
           "2024-04-22.", None)], 56, "F5F9FC", "2F5597"),
        ([("Insatser – vem gör vad och när", "h"),
          ("Hemtjänsten utökas till fyra besök per dag med tillsyn, frukost, lunch och "
           "kvällsmål. Hemtjänst Sala centrum, fr.o.m. 2024-05-13.", "li"),
          ("Spisvakt och trygghetslarm beställs. Biståndshandläggare, Sala kommun, senast "
           "2024-05-17.", "li"),
          ("Läkemedelshanteringen tas över av hemsjukvården, Apodos påbörjas. "
           "Distriktssköterska, Hemsjukvården Sala, fr.o.m. 2024-05-20.", "li"),
          ("Demensutredningen kompletteras med läkarbesök och provtagning. Läkare, "
           "Vårdcentralen Sala, 2024-06-04.", "li"),
          ("Dagverksamhet för personer med demenssjukdom två dagar i veckan. Dagverksamheten "
           "Solrosen, Sala kommun, start 2024-06-03.", "li")], 205, "F5F9FC", "2F5597"),
        ([("Huvudansvar", "h"),
          ("Hemtjänst Sala centrum.", None)], 42, "F5F9FC", "2F5597"),
        ([("Uppföljning", "h"),
          ("Efter sommaren.", None)], 42, "F5F9FC", "2F5597"),
    ]
    for i, (paras, h, fill, line) in enumerate(boxes, start=1):
        add_textbox(doc, paras, h, i, fill, line)
    save_docx(doc, path(13, "docx"))


# ======================================================================
# 14  SBAR-structured plan written by a district nurse (HTML -> PDF).
#     K., 72, COPD with home oxygen, anxiety, Fagersta
# ======================================================================
def plan14():
    rows = [
        ("S", "Situation",
         "<p>SIP-möte för samordning kring K.</p>"),
        ("B", "Bakgrund",
         "<p>K. är 72 år och bor ensam i lägenhet i Fagersta. KOL grad 3, syrgas i hemmet "
         "sedan 2023. Tre inläggningar på medicinkliniken i Västerås under vintern 2024–2025, "
         "senast i februari. Har hemtjänst sedan tidigare. Under senaste månaden har K. ringt "
         "1177 och larmat ambulans flera gånger på kvällar och nätter på grund av andnöd och "
         "oro. Röker fortfarande några cigaretter per dag trots syrgasen, vilket är en "
         "brandrisk.</p>"),
        ("A", "Aktuellt / Bedömning",
         "<p>Frågeställning: diskutera läget hemma och oron.</p>"
         "<p>Bedömning: K. behöver mer stöd, framför allt kvällstid. Det är oklart hur mycket av "
         "andnöden som är ångest. Risk för ny inläggning.</p>"),
        ("R", "Rekommendation / Åtgärd",
         "<ul><li>Fortsatt kontakt med DSK.</li>"
         "<li>Hemtjänst vid behov.</li>"
         "<li>Stöd från anhöriga.</li>"
         "<li>Läkarkontakt vid försämring.</li></ul>"),
    ]
    colors = {"S": "#C0504D", "B": "#4F81BD", "A": "#9BBB59", "R": "#8064A2"}
    trs = "\n".join(
        f'<tr><td class="l" width="60" bgcolor="{colors[k]}" align="center">'
        f'<font size="7" color="#FFFFFF"><b>{k}</b></font></td>'
        f'<td><div class="h">{h}</div>{body}</td></tr>' for k, h, body in rows)
    html = f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8">
<title>SIP SBAR K.</title>
<style>
 body {{ font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; }}
 h1 {{ font-size: 16pt; margin-bottom: 2pt; }}
 .meta {{ font-size: 9pt; color: #444; margin-bottom: 12pt; }}
 table {{ border-collapse: collapse; width: 100%; }}
 td {{ border: 1px solid #999; vertical-align: top; padding: 6pt; }}
 td.l {{ width: 40pt; color: white; font-size: 28pt; font-weight: bold; text-align: center; }}
 .h {{ font-weight: bold; font-size: 11pt; margin-bottom: 4pt; }}
 .sign {{ margin-top: 16pt; font-size: 9pt; }}
</style></head>
<body>
<h1>SIP enligt SBAR</h1>
<div class="meta">Region Västmanland · Vårdcentralen Fagersta<br>
Patient: K., ÅÅMMDD-XXXX &nbsp;·&nbsp; Datum: 2025-03-12</div>
<table width="100%" border="1" cellpadding="6" cellspacing="0">
{trs}
</table>
<p class="sign">Signerat: distriktssköterska, Vårdcentralen Fagersta, 2025-03-13</p>
</body></html>
"""
    src = os.path.join(TMP, "f4-14.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html)
    to_pdf(src, path(14, "pdf"))


# ---------------------------------------------------------------- main
TMP = None


def main():
    global TMP
    os.makedirs(OUT, exist_ok=True)
    for fn in os.listdir(OUT):
        os.remove(os.path.join(OUT, fn))
    TMP = tempfile.mkdtemp(prefix="f4src-")
    for fn in (plan01, plan02, plan03, plan04, plan05, plan06, plan07, plan08, plan09,
               plan10, plan11, plan12, plan13, plan14):
        fn()
        print("ok", fn.__name__)
    shutil.rmtree(TMP, ignore_errors=True)


if __name__ == "__main__":
    main()
