#!/usr/bin/env python
"""Generate batch fresh-107b: fictional, anonymized SIP plans from Region Sörmland.

Run with /work/batches/.venv/bin/python generate.py
Deterministic: fixed dates and texts, no randomness.
"""
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f107b"
LO_PROFILE = "file:///tmp/lo-f107b"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"


def path(n, ext):
    return os.path.join(OUT, f"{PREFIX}-{n:02d}.{ext}")


# ---------------------------------------------------------------- docx helpers

def set_cell_shading(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_par_shading(par, fill):
    pPr = par._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    pPr.append(shd)


def set_repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def set_row_height(row, cm, rule="atLeast"):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:trHeight")
    h.set(qn("w:val"), str(int(cm * 567)))
    h.set(qn("w:hRule"), rule)
    trPr.append(h)


def set_col_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def add_field(par, instr):
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    par._p.append(fld)


def cell_text(cell, text, bold=False, size=None, color=None, italic=False):
    """Write text into a cell (first paragraph), lines split on \n as paragraphs."""
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
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    return p


_SDT_ID = [41000]


def add_placeholder_sdt(par, text="Klicka eller tryck här för att ange text."):
    """An empty rich-text content control showing its placeholder text."""
    sdt = OxmlElement("w:sdt")
    sdtPr = OxmlElement("w:sdtPr")
    rPr = OxmlElement("w:rPr")
    rs = OxmlElement("w:rStyle")
    rs.set(qn("w:val"), "Platshllartext")
    rPr.append(rs)
    sdtPr.append(rPr)
    alias = OxmlElement("w:id")
    _SDT_ID[0] += 1
    alias.set(qn("w:val"), str(_SDT_ID[0]))
    sdtPr.append(alias)
    ph = OxmlElement("w:showingPlcHdr")
    sdtPr.append(ph)
    sdt.append(sdtPr)
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    rPr2 = OxmlElement("w:rPr")
    col = OxmlElement("w:color")
    col.set(qn("w:val"), "808080")
    rPr2.append(col)
    r.append(rPr2)
    t = OxmlElement("w:t")
    t.text = text
    r.append(t)
    content.append(r)
    sdt.append(content)
    par._p.append(sdt)


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
    return doc


def fix_doc_id(doc):
    """Deterministic core properties."""
    import datetime
    cp = doc.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.created = datetime.datetime(2025, 1, 1, 8, 0, 0)
    cp.modified = datetime.datetime(2025, 1, 1, 8, 0, 0)
    cp.revision = 1


def save_docx(doc, target):
    """Save with fixed zip timestamps so the file is byte-identical on each run."""
    import io
    import zipfile
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(item.filename))


def lo_convert(docx_path, pdf_target):
    tmp = tempfile.mkdtemp(prefix="f107b-lo-")
    subprocess.run(
        ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
         "--convert-to", "pdf", "--outdir", tmp, docx_path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    base = os.path.splitext(os.path.basename(docx_path))[0] + ".pdf"
    shutil.move(os.path.join(tmp, base), pdf_target)
    shutil.rmtree(tmp, ignore_errors=True)


# =====================================================================
# 01  PDF printed from a spreadsheet, measures table split over 2 pages
# =====================================================================

def plan01():
    sheet_title = "SIP – Samordnad individuell plan"
    # header block: (label in B, value in C)
    head = [
        ("Namn", "P."),
        ("Personnummer", "ÅÅMMDD-XXXX"),
        ("Datum SIP-möte", "2025-02-11"),
        ("Kort om situationen",
         "P. 34 år, schizofreni, två inläggningar under 2024. Skulder hos "
         "Kronofogden och obetalda hyror, hyresvärden har varnat för uppsägning. "
         "Bor ensam i lägenhet på Fröslunda."),
        ("Syfte", "Samordning av insatser"),
        ("Huvudansvarig för planen",
         "Dragana, socialsekreterare, Socialtjänsten Eskilstuna, vuxenenheten"),
        ("Samtycke",
         "Muntligt samtycke från P. per telefon 2025-02-05 till socialsekreteraren. "
         "Gäller verksamheterna i planen nedan."),
        ("Nästa uppföljning", "2025-05-20 kl. 13.00, Vuxenpsykiatrin Eskilstuna"),
    ]
    cols_hdr = ["Nr", "Insats", "Mål", "Vem", "När", "Uppföljs"]
    rows = [
        ("1", "Läkemedelsbehandling med depotinjektion var tredje vecka samt "
              "stödsamtal med kontaktsjuksköterska",
         "Att P. ska vara stabil i sitt mående och inte behöva läggas in igen",
         "Vuxenpsykiatrin Eskilstuna, kontaktssk Karin och ansvarig läkare",
         "Nästa injektion 2025-02-18, därefter var 3:e vecka", "2025-05-20"),
        ("2", "Ansökan till tingsrätten om god man (bevaka rätt, förvalta egendom)",
         "Att P. ska få hjälp att betala räkningar i tid",
         "Socialsekreterare Dragana, Socialtjänsten Eskilstuna vuxenenheten, "
         "tillsammans med P.",
         "Ansökan skickas senast 2025-02-28", "2025-05-20"),
        ("3", "Budget- och skuldrådgivning: genomgång av skulder, kontakt med "
              "Kronofogden och hyresvärden om avbetalningsplan",
         "Att P. ska få överblick över skulderna och kunna bo kvar i lägenheten",
         "Budget- och skuldrådgivningen, Eskilstuna kommun",
         "Första besök 2025-03-04", "2025-05-20"),
        ("4", "Boendestöd två gånger i veckan (städning, inköp, öppna post)",
         "Att P. ska klara vardagen i lägenheten",
         "Boendestödet, Socialtjänsten Eskilstuna", "", "2025-05-20"),
        ("5", "Ansökan om sjukersättning hos Försäkringskassan, läkarutlåtande "
              "skrivs av Vuxenpsykiatrin",
         "Att P. ska ha en inkomst som räcker till hyra och mat",
         "P. själv med hjälp av kontaktssk Karin; läkarutlåtande ansvarig läkare "
         "Vuxenpsykiatrin Eskilstuna",
         "Ansökan in senast 2025-04-15", "2025-05-20"),
        ("6", "Betala hyra och löpande räkningar, ansöka om skuldsanering hos "
              "Kronofogden",
         "Att P:s skulder inte ska öka",
         "God man (när förordnad)", "Från förordnandet", "2025-05-20"),
    ]
    footer_rows = [("Upprättad av", "Dragana, Socialtjänsten Eskilstuna, 2025-02-11"),
                   ("Kopia till", "P., Vuxenpsykiatrin Eskilstuna, Budget- och skuldrådgivningen")]

    class P(FPDF):
        pass

    pdf = P(orientation="P", unit="mm", format="A4")
    pdf.add_font("DV", "", FONT)
    pdf.add_font("DV", "B", FONT_B)
    pdf.set_auto_page_break(False)
    pdf.set_margins(18, 20, 18)
    fs = 8
    lh = 3.6  # line height
    # column widths per page (column A = Nr repeated at left as print title)
    wA = 10
    page1 = [("A", wA), ("B", 80), ("C", 84)]
    page2 = [("A", wA), ("D", 74), ("E", 48), ("F", 30)]
    allw = {"A": wA, "B": 80, "C": 84, "D": 74, "E": 48, "F": 30}

    # Build sheet rows: dict col->(text,bold,border)
    sheet = []
    sheet.append({"A": (sheet_title, True, False, 12)})
    sheet.append({"A": ("Region Sörmland / Eskilstuna kommun", False, False, 8)})
    sheet.append({})
    for lab, val in head:
        sheet.append({"B": (lab, True, True, fs), "C": (val, False, True, fs)})
    sheet.append({})
    sheet.append({c: (h, True, True, fs) for c, h in zip("ABCDEF", cols_hdr)})
    hdr_index = len(sheet) - 1
    for r in rows:
        sheet.append({c: (v, False, True, fs) for c, v in zip("ABCDEF", r)})
    sheet.append({})
    for lab, val in footer_rows:
        sheet.append({"B": (lab, True, False, fs), "C": (val, False, False, fs)})

    pdf.set_font("DV", "", fs)
    pdf.add_page()  # page 1 (needed before dry-run measuring)

    def nlines(text, w, bold, size):
        if not text:
            return 1
        pdf.set_font("DV", "B" if bold else "", size)
        lines = pdf.multi_cell(w - 1.5, lh, text, dry_run=True, output="LINES")
        return max(1, len(lines))

    heights = []
    for row in sheet:
        n = 1
        for c, (t, b, brd, sz) in row.items():
            if c == "A" and not brd:
                continue  # overflow text, no wrap
            n = max(n, nlines(t, allw[c], b, sz))
        h = n * lh + 1.6
        if any(v[3] > 10 for v in row.values()):
            h = 7
        heights.append(h)

    def draw_page(cols, pageno):
        if pageno > 1:
            pdf.add_page()
        pdf.set_font("DV", "", 7.5)
        pdf.set_xy(18, 10)
        pdf.cell(174, 4, "SIP P 2025-02-11.xlsx", align="C")
        pdf.set_xy(18, 282)
        pdf.cell(87, 4, "Blad1", align="L")
        pdf.cell(87, 4, f"Sida {pageno} av 2", align="R")
        y = 20
        for ri, row in enumerate(sheet):
            x = 18
            h = heights[ri]
            for c, w in cols:
                if c in row:
                    t, b, brd, sz = row[c]
                    pdf.set_font("DV", "B" if b else "", sz)
                    if ri == hdr_index:
                        pdf.set_fill_color(217, 225, 242)
                        pdf.rect(x, y, w, h, style="DF")
                    elif brd:
                        pdf.rect(x, y, w, h)
                    if c == "A" and not brd:
                        # overflow into following empty cells
                        pdf.set_xy(x + 0.7, y + 0.8)
                        pdf.cell(0, lh if sz < 10 else 6, t)
                    else:
                        pdf.set_xy(x + 0.7, y + 0.8)
                        pdf.multi_cell(w - 1.5, lh, t, align="L")
                x += w
            y += h

    draw_page(page1, 1)
    draw_page(page2, 2)
    pdf.set_creation_date(__import__("datetime").datetime(2025, 2, 11, 15, 2, 0))
    pdf.set_creator("Microsoft® Excel® för Microsoft 365")
    pdf.output(path(1, "pdf"))


# =====================================================================
# 02  Fax / OCR text, cp1252, CRLF
# =====================================================================

PLAN02 = """\
FAX 2025-03-14 10:42     FRÅN: VÅRDCENTRALEN NYKOPING ÖSTER     S. 1/2


            SAMORDNAD INDIVIDUELL PLAN (SIP)
            Nyköpings kommun / Region Sörrnland


Datum för möte: 2025-03-12, hembesök i G:s bostad
Enskild: G., f. ÅÅMMDD-XXXX

Närvarande: G., Birgitta (dotter), Lena, Ahmed, Sofia, Jonas


BAKGRUND
G. är 84 år och bor ensam i lägenhet på tredje våningen, det finns
hiss. Han föll i hemmet 2025-02-03 och opererades för höftfraktur på
Nyköpings lasarett. Skrevs ut 2025-02-21 till korttidsboende och kom
hem 2025-03-07. Han har sedan tidigare hemtjänst en gång i veckan
(städning). Han har hjärtsvikt och tar vätskedrivande. Han går nu
med ro1lator inomhus men är osäker, och har ont i höften på nätter-
na. Har tappat i vikt under vistelsen på korttids. Dottern bor i
Stockholm och kommer varannan helg.


FRÅGOR INFÖR MÖTET
- Klarar G. att bo kvar hemma med utökad hemtjänst, eller behövs
  en ny period på korttidsboende?
- Behövs trygghetslarm och hjälprnedel i badrummet?
- Vem följer upp smärtlindringen och vikten (hjärtsvikten)?


G:S EGEN SYN OCH MÅL
G. vill bo kvar hemma och vill inte tillbaka till korttids. Han tyc-
ker att nätterna är värst och är rädd att ramla när han går på toa-
letten. Han säger: "Jag vill klara rnig själv hemma och kunna gå
ner till brevlådan på egen hand till midsommar."

-- Sida 2 --

FAX 2025-03-14 10:43     FRÅN: VÅRDCENTRALEN NYKOPING ÖSTER     S. 2/2


INSATSER SOM BESLUTADES PÅ MÖTET
Mötet enades om följande insat-
ser för G. de närmaste veckorna:

1. Hemtjänst morgon och kväll: hjälp med påklädning, dusch två
   gånger i veckan och tillsyn av att G. tar sina mediciner.
   Ansvar: Hemtjänst Nyköping östra. Beslut fattas av biståndshand-
   läggare Sofia, Nyköpings kommun. Start 2025-03-17.

2. Trygghetslarm installeras i bostaden.
   Ansvar: Trygghetslarmet, Nyköpings kommun. Senast 2025-03-19.

3. Hembesök av arbetsterapeut för bedömning av hjälpmedel (dusch-
   pall, toalettförhöjning, ev. ny rollator) och av bostaden.
   Ansvar: Arbetsterapeut, Rehabenheten Nyköpings komrnun.
   Hembesök 2025-03-18.

4. Gång- och balansträning efter höftoperationen, hembesök av fy-
   sioterapeut en gång i veckan i sex veckor.
   Ansvar: Fysioterapeut, Rehabenheten Nyköpings kommun. Start
   2025-03-20.

5. Läkarbesök för smärtlindring och kontroll av hjärtsvikt, blod-
   prover och vikt. Distriktssköterskan väger G. varannan vecka
   vid hembesök.
   Ansvar: Distriktsläkare och distriktssköterska, Vårdcentra1en
   Nyköping Öster. Läkarbesök 2025-03-26, vägning från v. 13.

Dottern Birgitta är ett stort stöd för G. och hålls informerad.

Huvudansvar för planen: kommunen.

Uppföljning om ca 6 veckor. Kallelse skickas ut.


Antecknat av: Sofia


"""


def plan02():
    text = PLAN02.replace("\n", "\r\n")
    with open(path(2, "txt"), "wb") as f:
        f.write(text.encode("cp1252"))


# =====================================================================
# 03  AsciiDoc text
# =====================================================================

PLAN03 = """\
= SIP för Noah, 19 år
:revdate: 2025-01-23
:lang: sv
:toc:
:toc-title: Innehåll

== Om planen

Samordnad individuell plan enligt SoL 2 kap. 7 § och HSL 16 kap. 4 §.
Mötet hölls 2025-01-23 kl. 09.00–10.30 på Socialtjänsten Strängnäs.

== Syfte

Att få en gemensam bild.

== Bakgrund

Noah är 19 år och bor sedan oktober 2024 i en träningslägenhet som
socialtjänsten hyr ut i andra hand. Han har använt cannabis i stort sett
dagligen sedan 16-årsåldern och har under hösten också använt
bensodiazepiner som han köpt på nätet. Han avbröt El- och
energiprogrammet i årskurs 2. En ADHD-utredning påbörjades på BUP när
han var 17 men blev aldrig klar. Han sover dåligt, ofta till eftermiddagen,
och har missat flera tider på vårdcentralen.

== Frågeställningar

* Gå igenom läget.

== Noahs mål

[quote, Noah]
____
Jag vill sluta röka på och få ett jobb, så att jag får ha kvar lägenheten.
____

== Noahs delaktighet

Noah var med under hela mötet. Han vill ha behandling i öppenvård och vill
inte till behandlingshem. Han vill att ADHD-utredningen görs klart eftersom
han tror att den förklarar mycket av hans problem i skolan. Han föredrar
tider efter kl. 11 och vill helst få påminnelser via sms.

NOTE: Samtycke finns.

== Insatser

[cols="3,3,2",options="header"]
|===
|Insats |Vem |När

|Samtal om cannabis och tabletter (MI och återfallsprevention), en gång i veckan
|Behandlare, Beroendemottagningen för unga vuxna, Region Sörmland
|Start 2025-01-30, torsdagar kl. 13

|Urinprov för drogkontroll varannan vecka i samband med samtalen
|Sjuksköterska, Beroendemottagningen för unga vuxna, Region Sörmland
|Från 2025-01-30

|ADHD-utredning för vuxna, inklusive bedömning av sömn
|Psykolog och läkare, Vuxenpsykiatrin Strängnäs
|Första besök 2025-02-12

|Boendestöd i träningslägenheten, utökas från en till två gånger i veckan
|Boendestödjare, Socialtjänsten Strängnäs, ungdomsenheten
|Från 2025-01-27 (måndagar och torsdagar)

|Hjälp att boka om missade tider och följa med till första besöket på Vuxenpsykiatrin
|Socialsekreterare, Socialtjänsten Strängnäs, ungdomsenheten
|2025-02-12
|===

NOTE: Om Noah uteblir två gånger i rad kontaktar behandlaren socialsekreteraren
samma vecka.

== Deltagare

[cols="2,3,4",options="header"]
|===
|Namn |Funktion |Verksamhet

|Noah
|
|

|Amira
|Socialsekreterare
|Socialtjänsten Strängnäs, ungdomsenheten

|Johan
|Behandlare
|Beroendemottagningen för unga vuxna, Region Sörmland

|Ulrika
|Sjuksköterska
|Vuxenpsykiatrin Strängnäs

|Patrik
|Boendestödjare
|Socialtjänsten Strängnäs, ungdomsenheten
|===
"""


def plan03():
    with open(path(3, "txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(PLAN03)


# =====================================================================
# 04  DOCX, goals as merged header rows in the measures table
# =====================================================================

def plan04():
    doc = base_doc("Calibri", 11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(2.0)
    hp = sec.header.paragraphs[0]
    hp.text = "Katrineholms kommun  |  Region Sörmland\tSamordnad individuell plan"
    hp.runs[0].font.size = Pt(8)
    hp.runs[0].font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Sida ")
    r.font.size = Pt(8)
    add_field(fp, "PAGE")

    doc.add_heading("Samordnad individuell plan – SIP", level=1)

    info = doc.add_table(rows=5, cols=2)
    info.style = "Table Grid"
    data = [
        ("Barnets namn", "Ella, 13 år, åk 7"),
        ("Personnummer", "ÅÅMMDD-XXXX"),
        ("Vårdnadshavare", "Jenny (mamma) och Mikael (pappa), gemensam vårdnad"),
        ("Datum och plats", "2025-01-16, konferensrummet på Nyhemsskolan, Katrineholm"),
        ("Deltagare", "Ella, mamma, pappa, mentor, skolkurator, skolsköterska, "
                      "psykolog, familjebehandlare"),
    ]
    for row, (a, b) in zip(info.rows, data):
        cell_text(row.cells[0], a, bold=True, size=10)
        cell_text(row.cells[1], b, size=10)
        set_cell_shading(row.cells[0], "EDEDED")
    set_col_widths(info, [4.2, 12.4])

    doc.add_heading("Bakgrund", level=2)
    doc.add_paragraph(
        "Ella har haft stor frånvaro sedan oktober 2024, under december var hon i skolan "
        "fyra hela dagar. Hon har ont i magen och kräks ibland på morgnarna före skolan. "
        "Hon utreds sedan november på BUP Katrineholm för ångest och har gått på två "
        "bedömningssamtal. Hemma blir det ofta konflikter på morgnarna när föräldrarna "
        "försöker få iväg henne. Föräldrarna har själva sökt stöd hos socialtjänsten och "
        "familjen har sedan december kontakt med en familjebehandlare. Ella har en lillebror "
        "som går i åk 3.")

    doc.add_heading("Frågor vi vill ha svar på", level=2)
    for q in [
        "Hur kan skolan anpassa schemat så att Ella kan börja komma tillbaka, och vilka lektioner ska hon börja med?",
        "Kan BUP:s behandling och skolans anpassningar läggas upp så att de inte krockar (tider, vem Ella pratar med)?",
        "Hur kan föräldrarna få hjälp med morgnarna så att det blir mindre bråk?",
    ]:
        doc.add_paragraph(q, style="List Bullet")

    doc.add_heading("Så här ser Ella på det", level=2)
    doc.add_paragraph(
        "Ella var med under hela mötet tillsammans med mamma och pappa. Hon berättade att "
        "det är värst i korridoren och i matsalen när det är mycket folk, och att magen "
        "gör ont redan när hon vaknar. Hon vill helst börja med de lektioner hon tycker om "
        "(bild och engelska) och vill inte att klasskamraterna ska märka att hon har ett "
        "annat schema. Hon vill träffa psykologen efter skoltid.")

    doc.add_heading("Mål och insatser", level=2)
    goals = [
        ("Mål 1: Jag vill gå till skolan minst tre dagar i veckan innan påsklovet.", [
            ("Anpassat schema: börjar med bild och engelska tre dagar i veckan, utökas med "
             "ett ämne varannan vecka om det går bra", "Mentor, Nyhemsskolan", "Från 2025-01-20"),
            ("En trygg vuxen möter Ella vid entrén och hon får äta lunch i ett mindre rum",
             "Skolkurator, Elevhälsan Nyhemsskolan", "Från 2025-01-20"),
            ("Mamma eller pappa väcker Ella kl. 07.00 och följer med henne till skolan",
             "Vårdnadshavare (Jenny och Mikael)", "2025-01-20 – 2025-01-31"),
        ]),
        ("Mål 2: Jag vill kunna känna mig lugn och sova bättre.", [
            ("KBT mot ångest, 12 samtal, tid efter skolan", "Psykolog, BUP Katrineholm",
             "Start 2025-01-29, onsdagar"),
            ("Bedömning av sömnen och ställningstagande till läkemedel", "Regionen",
             "Februari 2025"),
            ("Ella skriver i sin mående-dagbok varje kväll och tar med den till KBT",
             "Ella", "Från 2025-01-29"),
        ]),
        ("Mål 3: Jag vill att det ska bli mindre bråk hemma på morgnarna.", [
            ("Familjebehandling varannan vecka med fokus på rutiner för morgnar och "
             "föräldrastöd", "Familjebehandlare, Socialtjänsten Katrineholm, barn och unga",
             "Start 2025-02-04"),
            ("Skolsköterskan ringer föräldrarna varje fredag om hur veckan har gått",
             "Skolsköterska, Elevhälsan Nyhemsskolan", "Fredagar från 2025-01-24"),
        ]),
    ]
    nrows = 1 + sum(1 + len(m) for _, m in goals)
    t = doc.add_table(rows=nrows, cols=3)
    t.style = "Table Grid"
    hdr = t.rows[0]
    for c, h in zip(hdr.cells, ["Insats", "Vem", "När"]):
        cell_text(c, h, bold=True, size=10, color="FFFFFF")
        set_cell_shading(c, "2F5496")
    set_repeat_header(hdr)
    ri = 1
    for goal, measures in goals:
        row = t.rows[ri]
        m = row.cells[0].merge(row.cells[2])
        cell_text(m, goal, bold=True, size=10)
        set_cell_shading(m, "DEEAF6")
        ri += 1
        for ins, vem, nar in measures:
            cells = t.rows[ri].cells
            cell_text(cells[0], ins, size=10)
            cell_text(cells[1], vem, size=10)
            cell_text(cells[2], nar, size=10)
            ri += 1
    set_col_widths(t, [8.4, 5.0, 3.2])

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Huvudansvarig för planen: ").bold = True
    p.add_run("Skolkurator")
    doc.add_paragraph("Planen skickas hem till vårdnadshavare och till de verksamheter som deltog.")
    fix_doc_id(doc)
    save_docx(doc, path(4, "docx"))


# =====================================================================
# 05  Markdown written to the person, with checkboxes
# =====================================================================

PLAN05 = """\
# Din plan – SIP

**Till:** Jasmin
**Möte:** 4 mars 2025 på Vårdcentralen Flen

Hej Jasmin! Det här är planen som vi gjorde tillsammans på mötet. Den är skriven
till dig, så att du kan ha den hemma och bocka av det du har gjort. Ta med den
nästa gång vi ses.

## Varför vi har en plan

Du har varit sjukskriven för depression sedan augusti 2024 och har haft många
kontakter på en gång: vårdcentralen, socialtjänsten, Försäkringskassan och
Arbetsförmedlingen. Planen finns för att du inte ska behöva hålla ihop allt
själv, och för att vi tillsammans ska planera din väg tillbaka till arbete i en
takt som du orkar.

## Ditt mål

Du sa det så här:

> "Jag vill orka gå upp på morgonen och ha något att gå till. Till hösten vill
> jag jobba lite, kanske halvtid."

## Det här tyckte du var viktigt

- Du vill inte behöva berätta allt från början för varje ny handläggare.
- Du orkar bäst på förmiddagen, så träffar ska helst vara före lunch.
- Du vill ha skriftliga kallelser, inte bara telefonsamtal.

## Får vi prata med varandra om dig?

Ja, det sa du på mötet den 4 mars 2025. Vi har skrivit in ditt muntliga samtycke
i journalen. Det gäller Vårdcentralen Flen, Socialtjänsten Flen,
Arbetsmarknadsenheten Flen och Försäkringskassan. Du kan ta tillbaka det när du
vill.

## Det här gör du själv

- [ ] Jag ringer Försäkringskassan före 15 april och frågar hur det blir med
      sjukpenningen efter dag 365.
- [ ] Jag tar med kontoutdrag och hyresavi till socialsekreteraren den 18 mars.
- [ ] Jag anmäler mig till gruppen "Må bättre" på vårdcentralen senast 21 mars.
- [ ] Jag går en promenad minst tre gånger i veckan, 20 minuter räcker.
- [x] Jag har skrivit in mig på Arbetsförmedlingens webb (gjort 3 mars).

## Det här gör vi

| Vad | Vem | När |
|-----|-----|-----|
| Samtal (KBT) varannan vecka | Kuratorn, Vårdcentralen Flen | Från 11 mars 2025, tisdagar kl. 10 |
| Nytt läkarintyg till Försäkringskassan | Läkaren, Vårdcentralen Flen | Före 31 mars 2025 |
| Genomgång av budget och ansökan om ekonomiskt bistånd för april | Socialsekreteraren, Socialtjänsten Flen, ekonomiskt bistånd | 18 mars 2025 kl. 09.30 |
| Arbetsträning två förmiddagar i veckan på second hand-butiken | Arbetsmarknadsenheten Flen | – |
| Avstämningsmöte om sjukskrivning och rehabilitering | Din handläggare på Försäkringskassan | 9 april 2025 |
| Samtal om stöd till arbete (t.ex. SIUS) när du är redo | Arbetsförmedlingen, din handläggare | 9 april 2025, i samband med avstämningsmötet |

## Vem håller ihop planen?

Det är Vårdcentralen Flen som håller ihop planen och kallar till nästa möte.

## Nästa gång

Vi ses igen i juni för att se hur det har gått. Du får en kallelse med posten.

## Vi som var med

Du, Maria, Jonas, Lena och Petra.
"""


def plan05():
    with open(path(5, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(PLAN05)


# =====================================================================
# 06  DOCX follow-up: earlier measures Planerat | Gjort | Fortsätter?
# =====================================================================

def plan06():
    doc = base_doc("Arial", 10)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    hp = sec.header.paragraphs[0]
    hr = hp.add_run("Oxelösunds kommun – Socialförvaltningen, LSS\t\tUppföljning SIP")
    hr.font.size = Pt(8)
    hr.font.small_caps = True
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fr = fp.add_run("Sida ")
    fr.font.size = Pt(8)
    add_field(fp, "PAGE")

    doc.add_heading("Uppföljning av samordnad individuell plan (SIP)", level=1)

    info = doc.add_table(rows=4, cols=4)
    info.style = "Table Grid"
    vals = [
        ("Namn", "Viktor (V.)", "Personnummer", "XXXXXX-XXXX"),
        ("Datum för uppföljningen", "2025-02-06", "Plan upprättad", "2024-10-15"),
        ("Plats", "Socialtjänsten Oxelösund", "Syfte", "Uppföljning av SIP."),
        ("Samtycke", "Samtycke finns sedan tidigare plan.", "", ""),
    ]
    for row, v in zip(info.rows, vals):
        for i, x in enumerate(v):
            cell_text(row.cells[i], x, bold=(i % 2 == 0), size=9.5)
            if i % 2 == 0:
                set_cell_shading(row.cells[i], "E7E6E6")
    m = info.rows[3].cells[1].merge(info.rows[3].cells[3])
    set_col_widths(info, [4.5, 8.3, 3.5, 9.4])

    doc.add_heading("Deltagare", level=2)
    dt = doc.add_table(rows=1, cols=3)
    dt.style = "Table Grid"
    for c, h in zip(dt.rows[0].cells, ["Namn", "Funktion", "Verksamhet"]):
        cell_text(c, h, bold=True, size=9.5)
        set_cell_shading(c, "D9E2F3")
    for n, f, v in [
        ("Emma", "LSS-handläggare", "Socialtjänsten Oxelösund, LSS"),
        ("Karl", "Boendestödjare", "Boendestöd Oxelösund"),
        ("Sanna", "Handledare", "Daglig verksamhet Oxelösund, Trädgården"),
        ("Nadia", "Arbetsterapeut", "Vuxenhabiliteringen Nyköping, Region Sörmland"),
        ("Henrik", "Sjuksköterska", "Vuxenpsykiatrin Nyköping, Region Sörmland"),
    ]:
        cells = dt.add_row().cells
        cell_text(cells[0], n, size=9.5)
        cell_text(cells[1], f, size=9.5)
        cell_text(cells[2], v, size=9.5)
    set_col_widths(dt, [4.5, 6.0, 15.2])

    doc.add_heading("Frågeställningar inför uppföljningen", level=2)
    for q in [
        "Hur har bytet till en mindre grupp på daglig verksamhet fungerat, och kan tiden utökas?",
        "Varför har läkemedelsgenomgången för sömnen inte blivit av, och när kan den göras?",
        "Hur går utredningen om bostad med särskild service, och vad behövs under väntetiden?",
    ]:
        doc.add_paragraph(q, style="List Number")

    doc.add_heading("1. Insatser i tidigare plan (2024-10-15)", level=2)
    t1 = doc.add_table(rows=1, cols=5)
    t1.style = "Table Grid"
    for c, h in zip(t1.rows[0].cells, ["Insats", "Ansvarig", "Planerat", "Gjort", "Fortsätter?"]):
        cell_text(c, h, bold=True, size=9.5)
        set_cell_shading(c, "D9E2F3")
    set_repeat_header(t1.rows[0])
    rows1 = [
        ("Byte till daglig verksamhet med mindre grupp", "LSS-handläggare, Socialtjänsten Oxelösund",
         "Beslut och start november 2024",
         "Startade på Trädgården 2024-11-11, tre dagar i veckan. Handledaren beskriver färre "
         "utbrott och att V. kommer i tid.", "Ja, utökas till fyra dagar"),
        ("Boendestöd tre gånger i veckan", "Boendestöd Oxelösund", "Från 2024-10-21",
         "Har fungerat, två besök inställda i december pga. personalbrist.", "Ja"),
        ("Veckoschema med bildstöd", "Arbetsterapeut, Vuxenhabiliteringen Nyköping",
         "December 2024", "Veckoschema på surfplatta klart 2024-12-09, används dagligen.",
         "Ja, utvärderas"),
        ("Läkemedelsgenomgång, sömn", "Läkare, Vuxenpsykiatrin Nyköping", "Januari 2025",
         "Inte gjord, läkaren har varit sjukskriven.", "Ja, ny tid"),
        ("Ansökan om bostad med särskild service (LSS 9 § 9)", "LSS-handläggare, Socialtjänsten Oxelösund",
         "Ansökan hösten 2024", "Ansökan inkom 2024-11-20, utredning pågår.", "Ja"),
    ]
    for r in rows1:
        cells = t1.add_row().cells
        for c, v in zip(cells, r):
            cell_text(c, v, size=9.5)
    set_col_widths(t1, [6.0, 5.3, 3.9, 7.5, 3.0])

    doc.add_heading("2. Insatser från och med 2025-02-06", level=2)
    t2 = doc.add_table(rows=1, cols=3)
    t2.style = "Table Grid"
    for c, h in zip(t2.rows[0].cells, ["Insats", "Ansvarig", "När"]):
        cell_text(c, h, bold=True, size=9.5)
        set_cell_shading(c, "D9E2F3")
    set_repeat_header(t2.rows[0])
    rows2 = [
        ("Daglig verksamhet utökas till fyra dagar i veckan (måndag–torsdag)",
         "LSS-handläggare Emma, Socialtjänsten Oxelösund", "Från 2025-03-03"),
        ("Läkemedelsgenomgång med fokus på sömn", "Läkare, Vuxenpsykiatrin Nyköping",
         "2025-02-20 kl. 14.00"),
        ("Utvärdering av veckoschemat, komplettera med påminnelser för måltider",
         "Arbetsterapeut, Vuxenhabiliteringen Nyköping", ""),
        ("Boendestöd fortsätter tre gånger i veckan, fokus på matlagning",
         "Boendestöd Oxelösund", "Från 2025-02-10"),
        ("Beslut i utredningen om bostad med särskild service",
         "LSS-handläggare, Socialtjänsten Oxelösund", "Senast 2025-04-30"),
    ]
    for r in rows2:
        cells = t2.add_row().cells
        for c, v in zip(cells, r):
            cell_text(c, v, size=9.5)
    set_col_widths(t2, [11.5, 9.0, 5.2])

    doc.add_paragraph()
    doc.add_paragraph("God man har informerats om mötet.")
    p = doc.add_paragraph()
    p.add_run("Huvudansvarig för planen: ").bold = True
    p.add_run("Emma, LSS-handläggare, Socialtjänsten Oxelösund")
    p = doc.add_paragraph()
    p.add_run("Nästa uppföljning: ").bold = True
    p.add_run("2025-06-12 kl. 10.00, Socialtjänsten Oxelösund")
    fix_doc_id(doc)
    save_docx(doc, path(6, "docx"))


# =====================================================================
# 07  PDF from DOCX: dashboard, 2x3 boxes per page, white titles on dark bars
# =====================================================================

def plan07():
    doc = base_doc("Calibri", 10)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.5)
    sec.top_margin = Cm(1.3)
    sec.bottom_margin = Cm(1.2)
    sec.header_distance = Cm(0.6)
    hp = sec.header.paragraphs[0]
    hr = hp.add_run("Region Sörmland  ·  Vingåkers kommun\tSIP – översikt\tUtskrivning från slutenvård")
    hr.font.size = Pt(8)
    hr.font.color.rgb = RGBColor(0x40, 0x40, 0x40)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fr = fp.add_run("Sida ")
    fr.font.size = Pt(8)
    add_field(fp, "PAGE")
    fr2 = fp.add_run(" (2)")
    fr2.font.size = Pt(8)

    PH = None  # marker for an empty content control

    pages = [
        ("SIP – samordnad individuell plan  |  Linn", [
            ("Person", [
                "Namn: Linn (L.), 35 år",
                "Personnummer: ÅÅMMDD-XXXX",
                "Bor: egen lägenhet, Vingåker",
                "Inskriven: 2025-01-08, Psykiatriska slutenvården, Mälarsjukhuset Eskilstuna, avd 52",
                "Planerad utskrivning: 2025-01-29",
                "SIP-möte: 2025-01-24 på avdelningen",
            ]),
            ("Syfte med SIP", [
                "Syftet är att L. ska kunna skrivas ut till sin lägenhet i Vingåker med stöd "
                "på plats från första dagen, så att hon inte blir ensam med medicineringen och "
                "vardagen och inte behöver läggas in igen. Förra utskrivningen i augusti 2024 "
                "ledde till återinskrivning efter tre veckor.",
            ]),
            ("Bakgrund", [
                "L. har bipolär sjukdom typ 1 och lades in i januari efter en manisk period "
                "med sömnlöshet och stora inköp på kredit. Hon vårdades först enligt LPT, "
                "sedan 2025-01-15 frivilligt. Stämningsläget är nu stabilt på litium. Hon har "
                "ingen sysselsättning och har varit isolerad i hemmet under hösten.",
            ]),
            ("Frågeställningar", [PH]),
            ("Mina mål", [PH]),
            ("Delaktighet", ["L. deltog på mötet på avdelningen."]),
        ]),
        ("SIP – samordnad individuell plan  |  Linn (forts.)", [
            ("Insatser", [
                "• Fortsatt kontakt efter utskrivningen",
                "• Stöd vid behov",
                "• Hjälp i vardagen efter utskrivningen",
            ]),
            ("Vem gör vad och när", [PH]),
            ("Samtycke", [PH]),
            ("Huvudansvarig för planen", [PH]),
            ("Uppföljning", ["Vid behov."]),
            ("Deltagare", [
                "Patienten",
                "Kontaktperson",
                "Överläkare",
                "Biståndshandläggare",
                "Sjuksköterska hemsjukvården",
            ]),
        ]),
    ]

    for pi, (title, boxes) in enumerate(pages):
        hpar = doc.add_paragraph()
        if pi > 0:
            hpar.paragraph_format.page_break_before = True
        hr = hpar.add_run(title)
        hr.bold = True
        hr.font.size = Pt(14)
        hr.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
        hpar.paragraph_format.space_after = Pt(4)
        t = doc.add_table(rows=2, cols=3)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for r in t.rows:
            set_row_height(r, 8.0, "exact")
        for bi, (btitle, content) in enumerate(boxes):
            cell = t.rows[bi // 3].cells[bi % 3]
            p0 = cell.paragraphs[0]
            set_par_shading(p0, "1F3864")
            rr = p0.add_run(btitle)
            rr.bold = True
            rr.font.size = Pt(11)
            rr.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
            p0.paragraph_format.space_after = Pt(6)
            for line in content:
                p = cell.add_paragraph()
                p.paragraph_format.space_after = Pt(2)
                if line is None:
                    add_placeholder_sdt(p)
                else:
                    run = p.add_run(line)
                    run.font.size = Pt(10)
        set_col_widths(t, [8.9, 8.9, 8.9])

    fix_doc_id(doc)
    tmpd = tempfile.mkdtemp(prefix="f107b-07-")
    src = os.path.join(tmpd, "SIP_oversikt_L.docx")
    save_docx(doc, src)
    lo_convert(src, path(7, "pdf"))
    shutil.rmtree(tmpd, ignore_errors=True)


# =====================================================================
# 08  NOT a plan: minutes from the county's SIP coordinators' network
# =====================================================================

def plan08():
    doc = base_doc("Calibri", 11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.4)
    hp = sec.header.paragraphs[0]
    hr = hp.add_run("Nätverket för SIP-samordnare i Sörmland")
    hr.font.size = Pt(8)
    hr.italic = True

    doc.add_heading("Minnesanteckningar – nätverksmöte för SIP-samordnare i Sörmland", level=1)
    for lab, val in [
        ("Datum: ", "2025-03-20 kl. 09.00–12.00"),
        ("Plats: ", "Kommunhuset Katrineholm och via Teams"),
        ("Närvarande: ", "SIP-samordnare/utvecklare från Eskilstuna, Nyköping, Katrineholm, "
                         "Strängnäs, Flen, Oxelösund, Vingåker, Gnesta och Trosa, samt "
                         "Region Sörmlands processledare för samverkan (Anneli) och "
                         "representant för Vuxenpsykiatrin (Tobias)."),
        ("Antecknare: ", "Karin, Strängnäs"),
    ]:
        p = doc.add_paragraph()
        p.add_run(lab).bold = True
        p.add_run(val)

    def item(title, paras, bullets=None):
        doc.add_heading(title, level=2)
        for t in paras:
            doc.add_paragraph(t)
        for b in bullets or []:
            doc.add_paragraph(b, style="List Bullet")

    item("1. Mötets öppnande och dagordning", [
        "Anneli hälsade välkommen. Dagordningen godkändes med tillägg av en övrig fråga om "
        "SIP för barn i skyddat boende."])
    item("2. Föregående minnesanteckningar", [
        "Anteckningarna från 2024-11-14 lades till handlingarna. Frågan om vem som kallar till "
        "SIP vid utskrivning från slutenvård när patienten saknar fast vårdkontakt är fortfarande "
        "öppen och tas upp under punkt 3."])
    item("3. Länsgemensam rutin för SIP – revidering", [
        "Arbetsgruppen har gått igenom den länsgemensamma rutinen för SIP från 2021. Förslaget "
        "innebär bland annat:"], [
        "tydligare skrivning om att både kommun och region kan kalla till SIP och att den som "
        "får kännedom om behovet ska ta initiativ,",
        "att kallelse ska skickas senast fem arbetsdagar före mötet,",
        "ny mall för samtycke med plats för hur samtycket lämnats (muntligt/skriftligt),",
        "att huvudansvarig för planen alltid ska anges med namn, funktion och verksamhet.",
    ])
    doc.add_paragraph(
        "Synpunkter på förslaget lämnas till Anneli senast 2025-04-11. Rutinen planeras att "
        "beslutas i den politiska samverkansberedningen i juni.")
    item("4. Statistik 2024", [
        "Antalet upprättade SIP i länet ökade jämfört med 2023, men skillnaderna mellan "
        "kommunerna är stora. Uppföljningar registreras inte på samma sätt överallt, vilket gör "
        "det svårt att jämföra. Siffrorna nedan är hämtade ur det gemensamma IT-stödet."])
    st = doc.add_table(rows=1, cols=3)
    st.style = "Light Grid Accent 1"
    for c, h in zip(st.rows[0].cells, ["Kommun", "Upprättade SIP 2024", "Varav barn och unga"]):
        cell_text(c, h, bold=True, size=10)
    for k, a, b in [("Eskilstuna", "312", "141"), ("Nyköping", "188", "77"),
                    ("Katrineholm", "96", "48"), ("Strängnäs", "104", "39"),
                    ("Flen", "41", "15"), ("Oxelösund", "29", "12"),
                    ("Vingåker", "18", "6"), ("Gnesta", "22", "9"), ("Trosa", "25", "11")]:
        cells = st.add_row().cells
        for c, v in zip(cells, (k, a, b)):
            cell_text(c, v, size=10)
    doc.add_paragraph()
    doc.add_paragraph(
        "Diskussion: flera kommuner ser att SIP för äldre med demens och psykisk ohälsa nästan "
        "inte förekommer. Gruppen vill lyfta det till ledningsgruppen för vård och omsorg. "
        "Tobias påpekade att Vuxenpsykiatrin internt räknar SIP-möten där planen aldrig "
        "färdigställs, vilket kan förklara skillnaderna.")
    item("5. Utbildningsdag om SIP 2025-05-15", [
        "Utbildningsdagen hålls i Katrineholm, teatern, kl. 09.00–15.30. Målgrupp: "
        "medarbetare i kommun och region som kallar till och leder SIP-möten. Förmiddagen "
        "handlar om lagstiftning och barnets delaktighet, eftermiddagen om att skriva planer "
        "där insatserna är konkreta och har en ansvarig och en tidpunkt."], [
        "Inbjudan skickas ut senast 2025-04-01 (Anneli).",
        "Varje kommun anmäler högst 15 deltagare.",
        "Eskilstuna och Nyköping tar fram två fiktiva fall till workshopen.",
        "Brukarorganisationerna bjuds in att medverka med egna erfarenheter av SIP.",
    ])
    item("6. Övriga frågor", [
        "SIP för barn i skyddat boende: frågan om vilken kommun som ska kalla när barnet vistas "
        "i en annan kommun än hemkommunen. Gruppen var enig om att hemkommunen kallar, men att "
        "vistelsekommunens skola ska bjudas in. Tas med i rutinrevideringen.",
        "Strängnäs informerade om att de testar digitala SIP-möten för unga vuxna med "
        "beroendeproblematik, erfarenheterna redovisas i höst."])
    item("7. Nästa möte", [
        "2025-05-28 kl. 09.00–12.00 via Teams. Anneli skickar ut kallelse."])

    fix_doc_id(doc)
    save_docx(doc, path(8, "docx"))


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for fn in (plan01, plan02, plan03, plan04, plan05, plan06, plan07, plan08):
        fn()
        print("ok", fn.__name__)
