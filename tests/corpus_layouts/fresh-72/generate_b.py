#!/usr/bin/env python3
"""Generate the f72b- batch of fictional Swedish SIP plans (Göteborg area and Sjuhärad).

Run with /work/batches/.venv/bin/python generate.py
Deterministic: fixed texts and dates, no randomness. f72b-01.pdf is converted with LibreOffice
from a .docx written to build/.
"""
import datetime
import io
import os
import zipfile
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
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
PLANS = os.path.join(HERE, "plans")
BUILD = os.path.join(HERE, "build")
PREFIX = "f72b-"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_I = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"


FIXED = datetime.datetime(2025, 1, 1, 8, 0, 0)


def save_docx(doc, path):
    """Save with fixed core properties and zip timestamps, so that reruns give identical bytes."""
    cp = doc.core_properties
    cp.author = "SIP"
    cp.last_modified_by = "SIP"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 1, 1, 8, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, zin.read(item.filename))


def out(name):
    return os.path.join(PLANS, PREFIX + name)


# ---------------------------------------------------------------- docx helpers
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


def para_border_bottom(paragraph, color="1F4E79", size="12"):
    pPr = paragraph._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "single")
    bottom.set(qn("w:sz"), size)
    bottom.set(qn("w:space"), "1")
    bottom.set(qn("w:color"), color)
    pbdr.append(bottom)
    pPr.append(pbdr)


def set_cell(cell, text, bold=False, size=None, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if i < len(lines) - 1:
            r.add_break()
    return p


def base_doc(font="Calibri", size=11):
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
        s.top_margin = Cm(2.2)
        s.bottom_margin = Cm(2.0)
        s.left_margin = Cm(2.3)
        s.right_margin = Cm(2.3)
    return doc


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


# ---------------------------------------------------------------- 01 letter -> PDF
def plan01():
    doc = base_doc("Liberation Serif", 11.5)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    r = hp.add_run("MÖLNDALS STAD")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    hp2 = sec.header.add_paragraph()
    r = hp2.add_run("Individ- och familjeomsorgen  ·  Barn och unga")
    r.font.size = Pt(9.5)
    r.font.small_caps = True
    para_border_bottom(hp2)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Mölndals stad  ·  Individ- och familjeomsorgen, Barn och unga  ·  Kontakt via växeln")
    r.font.size = Pt(8.5)

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run("Mölndal 2025-03-20").add_break()
    p.add_run("Dnr IFO 2025-XXXX")

    p = doc.add_paragraph()
    p.add_run("Till Elsa, Anna och Johan")
    doc.add_paragraph()

    p = doc.add_paragraph()
    r = p.add_run("Sammanfattning av Elsas SIP – samordnad individuell plan")
    r.bold = True
    r.font.size = Pt(13)

    body = [
        "Hej Elsa, Anna och Johan!",
        "Tack för att ni kom till mötet på Kvarnbyskolan tisdagen den 18 mars 2025. Här kommer en "
        "sammanfattning av det vi pratade om och det vi bestämde, så att ni har det på papper. "
        "Sammanfattningen är Elsas samordnade individuella plan (SIP) och skickas också till de "
        "som var med på mötet.",
    ]
    for t in body:
        doc.add_paragraph(t)

    def sub(t):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(8)
        p.paragraph_format.space_after = Pt(2)
        r = p.add_run(t)
        r.bold = True

    sub("Varför vi träffades")
    doc.add_paragraph(
        "Syftet med mötet var att vi tillsammans skulle göra en plan för hur Elsa ska kunna komma "
        "tillbaka till skolan. Elsa har bara varit i skolan enstaka dagar sedan jullovet, och oron "
        "inför skoldagarna gör att hon har svårt att sova och har ont i magen på morgnarna. Skolan, "
        "BUP och socialtjänsten har var för sig försökt hjälpa till, och nu behöver vi göra det på "
        "samma sätt och i samma takt."
    )
    doc.add_paragraph(
        "Inför mötet hade ni ställt två frågor som vi utgick från: Kan Elsa börja med kortare dagar "
        "och ändå få betyg i alla ämnen? Och hur ska skolan och BUP veta vad den andra gör, så "
        "att Elsa inte får olika besked?"
    )
    doc.add_paragraph("Vid mötet var vi: Elsa, Anna, Johan, Henrik, Lena, Maria, Petra och jag, Sofia.")

    sub("Det Elsa berättade")
    doc.add_paragraph(
        "Elsa berättade att det värsta är korridoren och matsalen när det är mycket folk, och att "
        "hon inte vill att klassen ska få veta varför hon har varit borta. Elsa sa: ”Jag vill kunna "
        "vara med på lektionerna igen, i alla fall de första timmarna, och äta lunch med Nora.” "
        "Hon önskade också att hon får komma in en annan väg än genom huvudentrén."
    )

    sub("Vi har kommit överens om följande:")
    items = [
        "Från måndag 24 mars har Elsa ett anpassat schema med skoldag 8.30–11.30 måndag till "
        "torsdag. Henrik, Elsas mentor på Kvarnbyskolan, gör schemat och går igenom det med Elsa "
        "och er senast fredag 21 mars. Elsa läser alla ämnen och kan få betyg i dem; Henrik "
        "stämmer av med ämneslärarna vilka uppgifter som kan göras hemma.",
        "Elsa får gå in via biblioteket i stället för genom huvudentrén. Lena, skolkurator på "
        "Kvarnbyskolan, möter Elsa i grupprummet bredvid biblioteket kl. 8.20 varje skoldag de "
        "första två veckorna, från 24 mars.",
        "Elsa får KBT-samtal med inriktning på oro och skolfrånvaro hos Maria, psykolog på BUP "
        "Mölndal, varannan tisdag med start 1 april 2025.",
        "Henrik och Maria har en kort avstämning per telefon varannan fredag, första gången "
        "4 april, så att det som görs i skolan och på BUP hänger ihop.",
        "Jag erbjuder er föräldrastöd i grupp genom IFO Barn och unga. Nästa grupp har inte fått "
        "något startdatum än, jag återkommer till er när det är bestämt.",
    ]
    for i, t in enumerate(items, 1):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.9)
        p.paragraph_format.first_line_indent = Cm(-0.6)
        p.paragraph_format.space_after = Pt(4)
        p.add_run(f"{i}.\u00a0\u00a0{t}")

    sub("Vem håller ihop planen")
    doc.add_paragraph(
        "Jag, Sofia, socialsekreterare på IFO Barn och unga i Mölndals stad, har huvudansvaret för "
        "planen. Det betyder att jag kallar till uppföljning och att ni kan vända er till mig om "
        "något i planen inte fungerar."
    )
    sub("Nästa möte")
    doc.add_paragraph(
        "Vi träffas igen efter påsklovet, i slutet av april, för att se hur det har gått. Jag "
        "skickar en kallelse med dag och tid."
    )
    doc.add_paragraph(
        "Om något i sammanfattningen inte stämmer med hur ni uppfattade mötet vill jag gärna att "
        "ni hör av er."
    )
    doc.add_paragraph()
    p = doc.add_paragraph("Med vänliga hälsningar")
    doc.add_paragraph()
    p = doc.add_paragraph()
    r = p.add_run("Sofia")
    r.italic = True
    r.font.size = Pt(14)
    p = doc.add_paragraph()
    p.add_run("Sofia").add_break()
    p.add_run("Socialsekreterare").add_break()
    p.add_run("IFO Barn och unga, Mölndals stad").add_break()
    p.add_run("Telefon: via växeln")

    src = os.path.join(BUILD, PREFIX + "01.docx")
    save_docx(doc, src)
    subprocess.run(
        [
            "soffice",
            "-env:UserInstallation=file:///tmp/lo-f72b",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            PLANS,
            src,
        ],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        timeout=240,
    )


# ---------------------------------------------------------------- 02 life-area matrix
def plan02():
    doc = base_doc("Arial", 10)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Borås Stad  |  Västra Götalandsregionen\tSIP – Samordnad individuell plan"
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Utskriftsdatum 2025-04-10"
    fp.runs[0].font.size = Pt(8)

    doc.add_heading("Samordnad individuell plan (SIP)", level=1)
    p = doc.add_paragraph()
    r = p.add_run("Plan per livsområde")
    r.font.small_caps = True
    r.font.size = Pt(12)

    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    info = [
        ("Namn", "R."),
        ("Personnummer", "ÅÅMMDD-XXXX"),
        ("Datum för SIP-möte", "2025-04-09"),
        ("Plats", "Psykosmottagningen, Södra Älvsborgs Sjukhus (SÄS) Borås"),
        ("Typ av möte", "☒ Första SIP-möte   ☐ Uppföljning"),
    ]
    for i, (k, v) in enumerate(info):
        set_cell(t.cell(i, 0), k, bold=True)
        shade(t.cell(i, 0), "E7EEF6")
        set_cell(t.cell(i, 1), v)
        t.cell(i, 0).width = Cm(4.5)
        t.cell(i, 1).width = Cm(12)

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Frågeställningar inför mötet").bold = True
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    set_cell(t.cell(0, 0), "")
    t.rows[0].height = Cm(1.4)

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Samtycke").bold = True
    doc.add_paragraph(
        "R. har lämnat skriftligt samtycke till att Borås Stad och Västra Götalandsregionen lämnar "
        "uppgifter till varandra inför och under SIP-arbetet. Samtyckesblanketten undertecknades "
        "2025-03-27 och finns i journalen på Psykosmottagningen."
    )

    p = doc.add_paragraph()
    p.add_run("Deltagare").bold = True
    parts = [
        ("R.", "Den enskilde", "–"),
        ("Camilla", "Sjuksköterska, fast vårdkontakt", "Psykosmottagningen, SÄS Borås (VGR)"),
        ("Daniel", "Överläkare", "Psykosmottagningen, SÄS Borås (VGR)"),
        ("Jonas", "Boendestödjare", "Socialpsykiatrin, Borås Stad"),
        ("Emma", "Biståndshandläggare", "Vuxenenheten, Borås Stad"),
        ("Petra", "Socialsekreterare", "Ekonomiskt bistånd, Borås Stad"),
    ]
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for j, h in enumerate(["Namn", "Funktion", "Verksamhet"]):
        set_cell(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j), "1F4E79")
        t.cell(0, j).paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    repeat_header(t.rows[0])
    for row in parts:
        cells = t.add_row().cells
        for j, v in enumerate(row):
            set_cell(cells[j], v)

    # landscape section with the matrix
    new = doc.add_section()
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = new.page_height, new.page_width
    new.left_margin = new.right_margin = Cm(1.8)
    doc.add_heading("Livsområden", level=2)
    hdr = ["Livsområde", "Nuläge", "Mål", "Insats", "Ansvar", "När"]
    rows = [
        (
            "Boende",
            "Bor sedan januari i andra hand hos en bekant på Norrby. Måste flytta senast 31 maj. "
            "Har tidigare haft hyresskulder.",
            "R. ska ha en egen lägenhet med förstahandskontrakt.",
            "Ansökan om boendestöd enligt SoL. Boendestöd 2 ggr/vecka när R. har eget boende. "
            "Hjälp att söka lägenhet och kontakt med hyresvärd.",
            "Emma, biståndshandläggare, Vuxenenheten (ansökan och beslut); Jonas, boendestödjare, "
            "Socialpsykiatrin (boendestöd)",
            "Beslut senast 2025-04-30. Boendestöd från inflyttning.",
        ),
        (
            "Sysselsättning/skola",
            "Ingen sysselsättning sedan 2023. Har tidigare arbetat på lager.",
            "R. ska ha en meningsfull sysselsättning några dagar i veckan.",
            "Information om träffpunkt och arbetsinriktad sysselsättning inom socialpsykiatrin.",
            "",
            "",
        ),
        (
            "Hälsa",
            "Schizofreni, stabil sedan depåinjektion startade hösten 2024. Sover dåligt och har "
            "gått upp i vikt.",
            "",
            "Depåinjektion var fjärde vecka. Läkarbesök för sömn och vikt, blodprover.",
            "Regionen",
            "Var 4:e vecka",
        ),
        (
            "Ekonomi",
            "Sjukersättning från Försäkringskassan. Skulder hos Kronofogden, ca 85 000 kr. Svårt "
            "att betala räkningar i tid.",
            "R. ska få kontroll över sin ekonomi.",
            "Budget- och skuldrådgivning. God man – behovet ses över.",
            "Budget- och skuldrådgivningen, Borås Stad",
            "Första besök 2025-04-23",
        ),
        ("Relationer", "Har kontakt med sin syster i Ulricehamn.", "", "", "", ""),
        ("Fritid", "", "R. ska ha något att göra på helgerna.", "", "", ""),
    ]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(3.2), Cm(5.2), Cm(4.2), Cm(5.6), Cm(4.4), Cm(3.4)]
    for j, h in enumerate(hdr):
        set_cell(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j), "D9E2F3")
        t.cell(0, j).width = widths[j]
    repeat_header(t.rows[0])
    for row in rows:
        cells = t.add_row().cells
        for j, v in enumerate(row):
            set_cell(cells[j], v, bold=(j == 0), size=9.5)
            cells[j].width = widths[j]

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Uppföljning: ").bold = True
    p.add_run("I början av juli, innan semesterperioden.")
    save_docx(doc, out("02.docx"))


# ---------------------------------------------------------------- 03 txt, setext, BOM + CRLF
def plan03():
    W = 76

    def wrap(t):
        return textwrap.fill(t, W)

    def h1(t):
        return f"{t}\n{'=' * len(t)}\n"

    def h2(t):
        return f"{t}\n{'-' * len(t)}\n"

    parts = []
    parts.append(h1("SAMORDNAD INDIVIDUELL PLAN (SIP)"))
    parts.append(
        "Kungälvs kommun, Vård och omsorg – Hemsjukvården\n"
        "Utskrift från verksamhetssystemet 2025-02-21\n"
    )
    parts.append(h2("Person"))
    parts.append(
        "Namn:           B.\n"
        "Personnummer:   XXXXXX-XXXX\n"
        "Boende:         Eget hus i Ytterby, Kungälvs kommun. Ensamstående sedan 2022.\n"
        "SIP-möte:       2025-02-20, hembesök hos B.\n"
    )
    parts.append(h2("Syfte"))
    parts.append("Trygg hemgång.\n")
    parts.append(h2("Frågor inför mötet"))
    parts.append("")
    parts.append(h2("Bakgrund"))
    parts.append(
        wrap(
            "B. är 86 år. Han föll i hallen hemma 2025-01-28 och fick en höftfraktur som "
            "opererades på Kungälvs sjukhus. Efter tre veckor på korttidsboende kom han hem "
            "2025-02-18. Han går med rollator inomhus men klarar inte trappan ner till källaren "
            "där tvättstugan finns. B. har förmaksflimmer och tar blodförtunnande läkemedel, och "
            "han har haft ont i höften på nätterna sedan hemkomsten. Dottern Karin bor i Kungälv "
            "och hälsar på ett par gånger i veckan."
        )
        + "\n"
    )
    parts.append(h2("Deltagare"))
    parts.append(
        "B.        den enskilde\n"
        "Karin     dotter\n"
        "Sanna     distriktssköterska, Hemsjukvården, Kungälvs kommun\n"
        "Oskar     fysioterapeut, Rehabenheten, Kungälvs kommun\n"
        "Linnea    biståndshandläggare, Äldreomsorgen, Kungälvs kommun\n"
        "Tove      samordnare, Hemtjänst Kungälv Ytterby\n"
        "Malin     sjuksköterska, Vårdcentralen Ytterby (Närhälsan)\n"
    )
    parts.append(h2("B:s egen syn"))
    parts.append(
        wrap(
            "B. vill bo kvar hemma och tycker inte om tanken på att flytta till ett boende. Han "
            "säger: ”Jag vill klara mig själv hemma och kunna gå ner till brevlådan och till "
            "affären i Ytterby igen innan sommaren.” Han vill helst inte ha besök efter kl. 21 "
            "och vill fortsätta att koka sitt eget kaffe på morgonen. Om trygghetslarmet säger "
            "han: ”Det får väl vara, om Karin blir lugnare av det.”"
        )
        + "\n"
    )
    parts.append(h1("Insatser och ansvar"))
    rows = [
        (
            "1. Hemtjänst morgon och kväll: hjälp med dusch tre dagar i veckan, på- och "
            "avklädning, tillsyn kväll före kl. 21.",
            "Linnea, biståndshandläggare (beslut); Hemtjänst Kungälv Ytterby (utförande).",
            "Beslut 2025-02-17, insats från 2025-02-18.",
        ),
        (
            "2. Trygghetslarm installeras.",
            "Linnea, biståndshandläggare, Äldreomsorgen.",
            "2025-02-24.",
        ),
        (
            "3. Träningsprogram för gång, balans och trappgång. Hembesök en gång i veckan.",
            "Oskar, fysioterapeut, Rehabenheten.",
            "Onsdagar från 2025-02-26 t.o.m. 2025-04-30.",
        ),
        (
            "4. Utprovning av duschstol och toalettförhöjning.",
            "Arbetsterapeut, Rehabenheten.",
            "2025-02-25.",
        ),
        (
            "5. Hemsjukvården tar över läkemedelshanteringen (dosett, blodförtunnande, "
            "smärtlindring) och ger läkemedel kväll.",
            "Sanna, distriktssköterska, Hemsjukvården.",
            "Från 2025-02-21.",
        ),
        (
            "6. Läkemedelsgenomgång, särskilt smärtlindring nattetid och blodförtunnande.",
            "Läkare, Vårdcentralen Ytterby.",
            "Ej bestämt.",
        ),
    ]
    block = []
    for what, who, when in rows:
        block.append(textwrap.fill(what, W, subsequent_indent="   "))
        block.append(textwrap.fill("Ansvar: " + who, W, initial_indent="   ", subsequent_indent="           "))
        block.append(textwrap.fill("När:    " + when, W, initial_indent="   ", subsequent_indent="           "))
        block.append("")
    parts.append("\n".join(block))
    parts.append(h2("Närstående och B. själv"))
    parts.append(
        textwrap.fill(
            "- Karin handlar åt B. varje lördag och följer med honom på besök på "
            "vårdcentralen.",
            W,
            subsequent_indent="  ",
        )
        + "\n"
        + textwrap.fill(
            "- B. gör övningarna från fysioterapeuten varje förmiddag och ringer "
            "hemsjukvården om han får mer ont i höften.",
            W,
            subsequent_indent="  ",
        )
        + "\n"
    )
    text = "\n".join(parts)
    text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    with open(out("03.txt"), "wb") as f:
        f.write(b"\xef\xbb\xbf" + text.encode("utf-8"))


# ---------------------------------------------------------------- 04 markdown, emoji status
def plan04():
    md = """# SIP – uppföljning

**Person:** Alvin, 20 år  
**Personnummer:** ÅÅMMDD-XXXX  
**Kommun:** Alingsås kommun  
**Datum:** 2025-06-11  
**Plats:** Vuxenhabiliteringen Alingsås  
**Typ av möte:** Uppföljning av SIP från 2025-01-22

**Närvarande:** Lina, Johanna, Mikael, Fredrik

Alvin var inte med på mötet.

## Huvudansvarig

Lina, LSS-handläggare, Alingsås kommun (Stöd och omsorg)

## Frågor till mötet

- Gå igenom läget
- Övrigt

## Läget sedan förra mötet

Alvin har autism och ångest. Han bor i Alingsås och går på daglig
verksamhet enligt LSS fyra dagar i veckan (packgruppen). Våren har varit lugnare än hösten,
färre sjukdagar och inga utbrott på daglig verksamhet sedan bildschemat kom på plats.
Han sover fortfarande dåligt, somnar sent och är trött på förmiddagarna. Oro inför
sommaruppehållet på daglig verksamhet v. 28–30.

## Alvins mål

> ”Jag vill ha ett eget ställe att bo på, med min katt. Och jag vill jobba med datorer på
> daglig verksamhet, inte packa grejer.”

*(Alvin sa det till Lina vid hembesöket i maj.)*

## Åtgärder

| # | Åtgärd | Status | Kommentar |
|---|--------|--------|-----------|
| 1 | Ansökan om bostad med särskild service för vuxna, LSS 9 § 9 | ⏳ pågår | Utredning påbörjad, beslut väntas efter sommaren |
| 2 | Arbetsterapeutisk bedömning av boendeförmåga (matlagning, tvätt, städning) | ✅ klar | Bedömning gjord i april, rapporten skickad |
| 3 | Byte till datorgruppen på daglig verksamhet | ❌ ej påbörjad | Plats saknas i datorgruppen just nu |
| 4 | Bildschema och förberedelse inför förändringar på daglig verksamhet | ✅ klar | Fungerar bra |
| 5 | Utredning av sömnsvårigheter, ev. läkemedel | ⏳ pågår | Läkarbesök bokat till slutet av juni |
| 6 | Kurs om autism för vuxna (”Att leva med autism”) | ❌ ej påbörjad | |
| 7 | Ledsagarservice en kväll i veckan | ⏳ pågår | Ledsagare söks |

## Övrigt

Mikael informerade om att Vårdcentralen Alingsås byter fast läkare efter sommaren.

## Nästa uppföljning

I september, efter semestrarna. Kallelse skickas.
"""
    with open(out("04.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ---------------------------------------------------------------- 05 fpdf2 record print
class RecordPDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(80, 80, 80)
        self.cell(0, 4, "Samordningsstöd VGR  |  SIP – Samordnad individuell plan", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, "Utskrivet 2025-05-08 10:42 av Jesper, Psykiatri Affektiva avd 3", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(120, 120, 120)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-13)
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(80, 80, 80)
        self.cell(0, 5, "Patient: M-L, XXXXXX-XXXX", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, f"Sida {self.page_no()} av {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def plan05():
    pdf = RecordPDF(format="A4")
    pdf.set_creation_date(datetime.datetime(2025, 5, 8, 10, 42, tzinfo=datetime.timezone.utc))
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_font("DejaVu", "I", FONT_I)
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(15, 12, 15)
    pdf.add_page()
    W = pdf.w - 30

    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 8, "Samordnad individuell plan (SIP) – inför utskrivning", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)

    def field(label, value, w, h=None, newline=True):
        x, y = pdf.get_x(), pdf.get_y()
        pdf.set_font("DejaVu", "B", 7)
        pdf.set_fill_color(235, 235, 235)
        pdf.cell(w, 4.5, label, border=1, fill=True, new_x="LEFT", new_y="NEXT")
        pdf.set_font("DejaVu", "", 9)
        pdf.set_xy(x, y + 4.5)
        if h:
            pdf.multi_cell(w, 5, value, border=0, align="L", new_x="LEFT", new_y="NEXT")
            pdf.rect(x, y + 4.5, w, h)
            end = y + 4.5 + h
        else:
            pdf.multi_cell(w, 5, value if value else " ", border=1, align="L", new_x="LEFT", new_y="NEXT")
            end = pdf.get_y()
        if newline:
            pdf.set_xy(pdf.l_margin, end + 2)
        else:
            pdf.set_xy(x + w, y)
        return end

    half = W / 2
    e1 = field("Patient", "M-L", half / 2, newline=False)
    e2 = field("Personnummer", "XXXXXX-XXXX", half / 2, newline=False)
    e3 = field("Hemkommun", "Göteborgs Stad, stadsområde Hisingen", half, newline=False)
    pdf.set_xy(pdf.l_margin, max(e1, e2, e3) + 2)
    e1 = field("Vårdenhet", "Psykiatri Affektiva, avd 3 (slutenvård), Sahlgrenska Universitetssjukhuset", half, newline=False)
    e2 = field("Inskriven / planerad utskrivning", "2025-04-14 / 2025-05-12", half / 2, newline=False)
    e3 = field("SIP-möte", "2025-05-07, avd 3 och Teams", half / 2, newline=False)
    pdf.set_xy(pdf.l_margin, max(e1, e2, e3) + 2)

    field(
        "Syfte med planen",
        "Syftet är att M-L ska kunna skrivas ut från avdelningen till sin egen lägenhet på Hisingen "
        "med ett samordnat stöd från första dagen. De två senaste utskrivningarna (2023 och 2024) "
        "följdes av återinläggning inom en månad, när boendestöd och öppenvårdskontakt inte kom "
        "igång i tid och läkemedelsbehandlingen avbröts.",
        W,
    )
    field("Frågeställningar", "", W, h=10)
    field(
        "Mål",
        "Att M-L ska kunna bo kvar i egen lägenhet med stöd och inte behöva läggas in igen under "
        "året. Att M-L ska ha en stabil dygnsrytm och komma igång med någon form av sysselsättning "
        "under hösten.",
        W,
    )
    field("Den enskildes synpunkter", "", W, h=10)
    y0 = pdf.get_y()
    e1 = field("Samtycke inhämtat", "Ja", half, newline=False)
    e2 = field("Huvudansvarig verksamhet", "Psykiatri Affektiva, Sahlgrenska Universitetssjukhuset", half, newline=False)
    pdf.set_xy(pdf.l_margin, max(e1, e2) + 4)

    # participants two across in boxes
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 6, "Deltagare vid SIP-mötet", new_x="LMARGIN", new_y="NEXT")
    people = [
        ("Karolina", "Överläkare", "Psykiatri Affektiva avd 3, SU"),
        ("Jesper", "Sjuksköterska, utskrivningssamordnare", "Psykiatri Affektiva avd 3, SU"),
        ("Amra", "Kontaktsjuksköterska", "Affektiva mottagningen (öppenvård), SU"),
        ("Elin", "Arbetsterapeut", "Affektiva mottagningen (öppenvård), SU"),
        ("Niklas", "Biståndshandläggare", "Socialförvaltningen Hisingen, Göteborgs Stad"),
        ("Helena", "Boendestödjare", "Boendestöd socialpsykiatri, Socialförvaltningen Hisingen"),
        ("Mira", "Socialsekreterare", "Ekonomiskt bistånd, Socialförvaltningen Hisingen"),
        ("Roger", "Distriktsläkare", "Vårdcentralen Hisingen Backa"),
    ]
    bw = (W - 4) / 2
    bh = 15
    for i, (n, f, o) in enumerate(people):
        col = i % 2
        if col == 0:
            y = pdf.get_y()
        x = pdf.l_margin + col * (bw + 4)
        pdf.set_draw_color(90, 90, 90)
        pdf.rect(x, y, bw, bh)
        pdf.set_xy(x + 2, y + 1.2)
        pdf.set_font("DejaVu", "B", 9)
        pdf.cell(bw - 4, 4.5, n, new_x="LEFT", new_y="NEXT")
        pdf.set_font("DejaVu", "", 8)
        pdf.cell(bw - 4, 4.2, f, new_x="LEFT", new_y="NEXT")
        pdf.cell(bw - 4, 4.2, o, new_x="LEFT", new_y="NEXT")
        if col == 1:
            pdf.set_xy(pdf.l_margin, y + bh + 2.5)
    pdf.ln(3)

    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 6, "Insatser och ansvar", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 8.2)
    measures = [
        ("1", "Utskrivningsinformation och aktuell läkemedelslista skickas till öppenvården och vårdcentralen",
         "Sjuksköterska Jesper, Psykiatri Affektiva avd 3", "2025-05-12"),
        ("2", "Apodos ordineras så att läkemedlen levereras i påsar från utskrivningsdagen",
         "Överläkare Karolina, Psykiatri Affektiva avd 3", "2025-05-09"),
        ("3", "Kris- och signalplan med tidiga tecken på mani och depression upprättas och bifogas journalen",
         "Sjuksköterska Jesper, Psykiatri Affektiva avd 3", "Klar före utskrivning 2025-05-12"),
        ("4", "Beslut om boendestöd enligt SoL",
         "Biståndshandläggare Niklas, Socialförvaltningen Hisingen", "2025-05-09"),
        ("5", "Boendestöd i hemmet: struktur för dagen, måltider, inköp och dygnsrytm",
         "Boendestödjare Helena, Boendestöd socialpsykiatri, Socialförvaltningen Hisingen", "Tisdag och fredag från 2025-05-13"),
        ("6", "Telefonkontakt efter utskrivning",
         "Kontaktsjuksköterska Amra, Affektiva mottagningen", "2025-05-13 och 2025-05-15"),
        ("7", "Litiumprov (S-litium) och kontroll av njurvärden",
         "Kontaktsjuksköterska Amra, Affektiva mottagningen", "2025-05-19, därefter var 3:e månad"),
        ("8", "Läkarbesök, återbesök efter utskrivning",
         "Läkare, Affektiva mottagningen", "2025-05-20 kl. 10.00"),
        ("9", "Kris- och signalplanen gås igenom med boendestödet",
         "Kontaktsjuksköterska Amra, Affektiva mottagningen", "2025-05-13"),
        ("10", "Gemensam avstämning boendestöd och mottagning (Teams)",
         "Kontaktsjuksköterska Amra och boendestödjare Helena", "2025-05-27 kl. 14.00"),
        ("11", "Handläggning av ansökan om ekonomiskt bistånd för hyra maj",
         "Socialsekreterare Mira, Ekonomiskt bistånd, Socialförvaltningen Hisingen", "Beslut senast 2025-05-16"),
        ("12", "Bedömning av aktivitetsbalans och dagsstruktur i hemmet",
         "Arbetsterapeut Elin, Affektiva mottagningen", "Hembesök 2025-05-22"),
        ("13", "Studiebesök på träffpunkt för sysselsättning",
         "Boendestödjare Helena, Socialförvaltningen Hisingen", "2025-06-05"),
        ("14", "Kontroll av blodtryck och sköldkörtelprover",
         "Distriktsläkare Roger, Vårdcentralen Hisingen Backa", "2025-06-03"),
        ("15", "Psykopedagogisk gruppbehandling för bipolär sjukdom, 8 träffar",
         "Arbetsterapeut Elin, Affektiva mottagningen", "Gruppstart 2025-09-02"),
    ]
    head = FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=(54, 84, 120))
    with pdf.table(
        col_widths=(8, 70, 62, 40),
        headings_style=head,
        cell_fill_color=(228, 233, 240),
        cell_fill_mode="ROWS",
        line_height=4.4,
        repeat_headings=1,
        text_align=("CENTER", "LEFT", "LEFT", "LEFT"),
        padding=1.2,
    ) as table:
        r = table.row()
        for h in ("Nr", "Insats / åtgärd", "Ansvarig (funktion, verksamhet)", "När"):
            r.cell(h)
        for m in measures:
            r = table.row()
            for v in m:
                r.cell(v)
    pdf.ln(4)
    pdf.set_font("DejaVu", "", 9)
    field("Uppföljning av SIP", "2025-06-10 kl. 13.30, Affektiva mottagningen (Teams-länk skickas av kontaktsjuksköterskan)", W)
    pdf.set_font("DejaVu", "I", 7.5)
    pdf.cell(0, 5, "Planen är upprättad i Samordningsstöd VGR och delas med deltagande verksamheter.", new_x="LMARGIN", new_y="NEXT")
    pdf.output(out("05.pdf"))


# ---------------------------------------------------------------- 06 child's plan with Leo
def plan06():
    doc = base_doc("Calibri", 12)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Ulricehamns kommun  ·  Västra Götalandsregionen"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(fp, "PAGE")

    doc.add_heading("Min plan – Leo", level=0)
    p = doc.add_paragraph()
    r = p.add_run("SIP – samordnad individuell plan, skriven tillsammans med Leo, 12 februari 2025")
    r.italic = True
    doc.add_paragraph(
        "Den här planen skrev vi tillsammans med Leo på mötet. Det Leo säger har vi skrivit så "
        "som han sa det."
    )

    def part(title, leo, adults):
        doc.add_heading(title, level=2)
        p = doc.add_paragraph()
        r = p.add_run("Leo säger: ")
        r.bold = True
        r.font.color.rgb = RGBColor(0x2E, 0x75, 0xB6)
        p.add_run(leo)
        p = doc.add_paragraph()
        r = p.add_run("De vuxna säger: ")
        r.bold = True
        r.font.color.rgb = RGBColor(0xC5, 0x5A, 0x11)
        p.add_run(adults)

    part(
        "Om mig",
        "Jag är 9 år och går i trean. Jag gillar fotboll, Minecraft och min hund Doris. Jag blir "
        "arg fort och sen blir det bråk och då får jag gå in.",
        "Leo är en nyfiken och rolig kille som kan väldigt mycket om djur. Han fick diagnosen ADHD "
        "i höstas efter en utredning på BUP. Det blir ofta konflikter på rasterna, och på "
        "kvällarna har Leo svårt att komma till ro.",
    )
    part(
        "Varför vi träffas",
        "För att det ska bli mindre bråk.",
        "Vi har träffats för att Leo ska få det lugnare i skolan och hemma, och för att skolan, "
        "BUP och socialtjänsten ska göra likadant och inte säga olika saker till Leo och till "
        "mamma och pappa.",
    )
    part(
        "Det här ville vi prata om",
        "Varför jag måste gå in först från rasten när det är de andra som börjar.",
        "Hur kan rasterna bli lugnare för Leo? Kan skolan och fritids använda samma schema? "
        "Behöver medicinen ändras, eftersom Leo inte äter lunch?",
    )
    part(
        "Skolan",
        "Jag vill kunna vara med och spela fotboll på rasten utan att det blir bråk. Och jag vill "
        "sitta längst fram vid fönstret.",
        "Annika, Leos lärare, gör ett bildschema för skoldagen som Leo har på bänken, från måndag "
        "17 februari. Fritids använder samma schema på eftermiddagen. Rektorn ser till att det "
        "finns en vuxen rastvärd vid fotbollsplanen på långrasten från samma dag, som Leo kan gå "
        "till när det börjar bli bråk. Leo får sitta längst fram vid fönstret.",
    )
    part(
        "Hemma",
        "Jag vill inte att mamma och pappa ska skrika. Jag vill somna fortare.",
        "Mamma och pappa gör en kvällsrutin med Leo: middag, dusch, en halvtimme skärm, läsa "
        "tillsammans och släcka kl. 20.30. De börjar den här veckan. Camilla, familjebehandlare på "
        "socialtjänsten i Ulricehamn, träffar familjen hemma varannan torsdag från 20 februari och "
        "hjälper mamma och pappa med rutinerna.",
    )
    part(
        "Må bra",
        "Medicinen gör att jag inte är hungrig på lunchen.",
        "Läkaren på BUP Ulricehamn tittar på om medicinen behöver ändras och hör av sig till "
        "mamma och pappa.",
    )
    part(
        "Fritid",
        "Jag vill börja i fotbollslaget igen.",
        "Pappa pratar med tränaren i fotbollsklubben om Leo kan vara med på träningarna på "
        "onsdagar igen. Han gör det före sportlovet.",
    )
    part(
        "Det här gör jag själv",
        "Jag säger till Annika eller går till rastvärden när det börjar bli för mycket.",
        "Det är en bra idé, Leo. Vi vuxna påminner dig om det.",
    )
    part(
        "Får vi prata med varandra?",
        "Ja, det är okej.",
        "Mamma och pappa sa ja på mötet den 12 februari 2025 till att skolan, BUP och "
        "socialtjänsten får prata med varandra om Leo, och skrev under samtyckesblanketten.",
    )
    part(
        "Nästa gång vi ses",
        "Då vill jag att det finns fika.",
        "Vi ses igen efter påsklovet och pratar om hur det har gått.",
    )
    save_docx(doc, out("06.docx"))


# ---------------------------------------------------------------- 07 agreements
def plan07():
    doc = base_doc("Calibri", 11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    r = hp.add_run("Göteborgs Stad – Socialförvaltningen Nordost")
    r.font.size = Pt(9)
    r.bold = True
    hp.add_run("\t\tSIP").font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = fp.add_run("Sida ")
    r.font.size = Pt(8)
    add_page_field(fp, "PAGE")

    doc.add_heading("SIP – Överenskommelser", level=1)
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    info = [
        ("Namn", "S."),
        ("Personnummer", "ÅÅMMDD-XXXX"),
        ("Datum", "2025-08-27"),
        ("Plats", "Mini-Maria Göteborg"),
    ]
    for i, (k, v) in enumerate(info):
        set_cell(t.cell(i, 0), k, bold=True)
        shade(t.cell(i, 0), "EDEDED")
        set_cell(t.cell(i, 1), v)
        t.cell(i, 0).width = Cm(4)
        t.cell(i, 1).width = Cm(12)
    doc.add_paragraph()

    def lab(label, text):
        p = doc.add_paragraph()
        p.add_run(label).bold = True
        p.add_run(text)
        return p

    lab("Syfte: ", "Samordning av insatser.")
    lab("Samtycke: ", "Samtycke finns.")
    lab("Huvudansvar: ", "Socialtjänsten Nordost")

    doc.add_heading("Bakgrund", level=2)
    doc.add_paragraph(
        "S. är 17 år och går andra året på gymnasiet, introduktionsprogrammet. Han har använt "
        "cannabis sedan 15-årsåldern och mer under sommaren. Hög frånvaro under vårterminen, "
        "flera konflikter hemma. Kontakt med Mini-Maria sedan maj 2025 efter anmälan från skolan. "
        "S. vill inte ha kontakt med BUP i nuläget."
    )

    doc.add_heading("Överenskommelser", level=2)
    agreements = [
        ("S. fortsätter sin kontakt med Mini-Maria.", "Mini-Maria Göteborg", None),
        ("Skolan stöttar S. i skolarbetet utifrån behov.", "Skolan", "Höstterminen 2025"),
        ("Socialtjänsten fortsätter att ha kontakt med familjen.", "Socialtjänsten", "Löpande"),
        ("Kontakt med BUP vid behov.", None, None),
        ("Föräldrarna stöttar S. hemma.", "Vårdnadshavare", None),
        ("Alla parter håller varandra informerade.", "Alla", "Löpande"),
    ]
    for i, (what, who, when) in enumerate(agreements, 1):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(6)
        p.paragraph_format.space_after = Pt(0)
        p.add_run(f"Överenskommelse {i}: ").bold = True
        p.add_run(what)
        if who:
            q = doc.add_paragraph()
            q.paragraph_format.left_indent = Cm(1.25)
            q.paragraph_format.space_after = Pt(0)
            q.add_run("Ansvar: ").italic = True
            q.add_run(who)
        if when:
            q = doc.add_paragraph()
            q.paragraph_format.left_indent = Cm(1.25)
            q.paragraph_format.space_after = Pt(0)
            q.add_run("Klart: ").italic = True
            q.add_run(when)

    doc.add_paragraph()
    lab("Uppföljning: ", "Uppföljande SIP-möte 2025-10-15 kl. 14.00 på Mini-Maria Göteborg.")

    doc.add_heading("Underskrifter", level=2)
    t = doc.add_table(rows=6, cols=3)
    t.style = "Table Grid"
    for j, h in enumerate(["Underskrift", "Namnförtydligande", "Verksamhet / funktion"]):
        set_cell(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j), "D9D9D9")
    for i in range(1, 6):
        t.rows[i].height = Cm(1.0)
    save_docx(doc, out("07.docx"))


# ---------------------------------------------------------------- 08 not a plan: admission notice
def plan08():
    doc = base_doc("Arial", 9.5)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Samverkan vid utskrivning – meddelande\tUtskrift 2025-05-15 08:03"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Meddelandet är skickat elektroniskt och signerat i avsändande system."
    fp.runs[0].font.size = Pt(7.5)

    p = doc.add_paragraph()
    r = p.add_run("INSKRIVNINGSMEDDELANDE")
    r.bold = True
    r.font.size = Pt(14)
    para_border_bottom(p, "000000", "8")

    def kv_table(rows, shade_col="F2F2F2"):
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for k, v in rows:
            c = t.add_row().cells
            set_cell(c[0], k, bold=True, size=9)
            shade(c[0], shade_col)
            set_cell(c[1], v, size=9)
            c[0].width = Cm(5.5)
            c[1].width = Cm(11)
        doc.add_paragraph()

    def sect(t):
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(2)
        r = p.add_run(t)
        r.bold = True
        r.font.size = Pt(10.5)

    sect("Meddelande")
    kv_table([
        ("Meddelandetyp", "Inskrivningsmeddelande"),
        ("Meddelande-id", "IM-2025-0514-XXXX"),
        ("Skickat", "2025-05-14 19:47"),
        ("Avsändare", "Södra Älvsborgs Sjukhus (SÄS) Borås, Medicinkliniken, avdelning M51"),
        ("Mottagare", "Borås Stad, Biståndsenheten äldreomsorg\nBorås Stad, Hemsjukvården\n"
                      "Vårdcentralen Borås Centrum (fast vårdkontakt i primärvården)"),
    ])
    sect("Patient")
    kv_table([
        ("Namn", "[namn]"),
        ("Personnummer", "ÅÅMMDD-XXXX"),
        ("Ålder", "81 år"),
        ("Folkbokföringskommun", "Borås Stad"),
        ("Samtycke till informationsöverföring", "Ja, muntligt till sjuksköterska på avdelningen 2025-05-14"),
    ])
    sect("Vårdtillfälle")
    kv_table([
        ("Inskrivningsdatum", "2025-05-14 16:20"),
        ("Inskrivande enhet", "Medicinkliniken, avdelning M51, SÄS Borås"),
        ("Kontaktorsak", "Lunginflammation. Fall i hemmet natten till 2025-05-14, ingen fraktur."),
        ("Beräknat datum för utskrivningsklar", "2025-05-20 (preliminärt)"),
    ])
    sect("Aktuella insatser före inskrivning (enligt patient/närstående)")
    kv_table([
        ("Hemtjänst", "☒ Ja – Hemtjänst Borås centrum, morgon och kväll"),
        ("Hemsjukvård", "☐ Ja  ☒ Nej"),
        ("Trygghetslarm", "☒ Ja"),
        ("Boende", "Ordinärt boende, lägenhet med hiss"),
    ])
    sect("Förväntat behov av stöd efter utskrivning")
    kv_table([
        ("Socialtjänst", "☒ Ökat behov av hemtjänst troligt (även lunch, tillsyn natt?)"),
        ("Hälso- och sjukvård i hemmet", "☒ Läkemedelshantering kan behövas – bedöms under vårdtiden"),
        ("Rehabilitering/hjälpmedel", "☒ Bedömning av förflyttning och gånghjälpmedel före utskrivning"),
        ("Behov av SIP", "☐ Ja  ☐ Nej  ☒ Bedöms senare"),
    ])
    sect("Kontakt")
    kv_table([
        ("Kontaktperson", "Ansvarig sjuksköterska, avdelning M51"),
        ("Telefon", "Via växeln, SÄS Borås"),
        ("Fast vårdkontakt slutenvård", "Utses vid behov"),
    ])
    p = doc.add_paragraph()
    r = p.add_run(
        "Mottagande enheter ombeds kvittera meddelandet. Utskrivningsplanering påbörjas när "
        "patienten bedöms ha behov av insatser efter utskrivning."
    )
    r.italic = True
    r.font.size = Pt(8.5)
    save_docx(doc, out("08.docx"))


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
    for f in sorted(os.listdir(PLANS)):
        print(f)


if __name__ == "__main__":
    main()
