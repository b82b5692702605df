#!/usr/bin/env python
"""Generate batch fresh-26b (prefix f26b): 7 fictional SIP plans + 1 non-SIP care plan.

Run with python generate_b.py. Deterministic: fixed dates, no randomness.
"""
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
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
OUT = HERE / "plans"
PREFIX = "f26b"
LO_PROFILE = "file:///tmp/lo-f26b"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def name(nn, ext):
    return OUT / f"{PREFIX}-{nn:02d}.{ext}"


# --------------------------------------------------------------------------- helpers (docx)

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
    gcs = grid.findall(qn("w:gridCol"))
    for gc, w in zip(gcs, widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for i, w in enumerate(widths):
            if i < len(row.cells):
                row.cells[i].width = w


def cell_text(cell, text, bold=False, size=None, italic=False, color=None):
    """Replace the content of a cell's first paragraph with text (lines split on \n)."""
    p = cell.paragraphs[0]
    lines = text.split("\n")
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


def add_sdt_placeholder(paragraph, placeholder="Klicka här för att ange text."):
    """Append an empty plain-text content control showing its placeholder text."""
    sdt = OxmlElement("w:sdt")
    sdtPr = OxmlElement("w:sdtPr")
    alias = OxmlElement("w:alias")
    alias.set(qn("w:val"), "Text")
    sdtPr.append(alias)
    ph = OxmlElement("w:placeholder")
    dp = OxmlElement("w:docPart")
    dp.set(qn("w:val"), "DefaultPlaceholder_-1854013440")
    ph.append(dp)
    sdtPr.append(ph)
    sp = OxmlElement("w:showingPlcHdr")
    sdtPr.append(sp)
    txt = OxmlElement("w:text")
    sdtPr.append(txt)
    sdt.append(sdtPr)
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    rPr = OxmlElement("w:rPr")
    rstyle = OxmlElement("w:color")
    rstyle.set(qn("w:val"), "808080")
    rPr.append(rstyle)
    r.append(rPr)
    t = OxmlElement("w:t")
    t.text = placeholder
    r.append(t)
    content.append(r)
    sdt.append(content)
    paragraph._p.append(sdt)


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
    sec = doc.sections[0]
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(2.0)
    sec.bottom_margin = Cm(2.0)
    return doc


def set_core(doc, title, author):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    import datetime
    cp.created = datetime.datetime(2024, 1, 1, 8, 0, 0)
    cp.modified = datetime.datetime(2024, 1, 1, 8, 0, 0)


def header_footer(doc, left, right=None, footer=None):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = ""
    r = hp.add_run(left)
    r.font.size = Pt(8)
    if right:
        hp.add_run("\t\t")
        r2 = hp.add_run(right)
        r2.font.size = Pt(8)
    if footer:
        fp = sec.footer.paragraphs[0]
        fp.text = ""
        rf = fp.add_run(footer)
        rf.font.size = Pt(8)
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def fix_zip_times(path):
    """Rewrite a .docx with fixed zip timestamps so repeated runs give identical files."""
    import zipfile
    with zipfile.ZipFile(path) as zin:
        items = [(i, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info, data in items:
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def to_pdf(docx_path, outdir):
    subprocess.run(
        ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
         "--convert-to", "pdf", "--outdir", str(outdir), str(docx_path)],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


# =========================================================================== 01 TXT cp1252 CRLF
def plan01():
    W = 78
    LBL = 24

    def field(label, value):
        lead = f"{label:<{LBL}}: "
        if not value:
            return [lead.rstrip()]
        wrapped = textwrap.wrap(value, W - len(lead))
        out = [lead + wrapped[0]]
        out += [" " * len(lead) + w for w in wrapped[1:]]
        return out

    def page_header(n, tot):
        l1 = "OMSORGSDATA VÅRD OCH OMSORG 7.4"
        r1 = "Utskriftsdatum: 2024-11-19 14:32"
        l2 = "Surahammars kommun - IFO Vuxen"
        r2 = f"Sida {n} ({tot})"
        return [l1 + " " * (W - len(l1) - len(r1)) + r1,
                l2 + " " * (W - len(l2) - len(r2)) + r2,
                "=" * W, ""]

    body = []
    body += ["DOKUMENT: SAMORDNAD INDIVIDUELL PLAN (SIP)", "-" * W]
    body += field("Klient", "J., ÅÅMMDD-XXXX")
    body += field("Ärendenummer", "IFO-V 2024-0XXX")
    body += field("Dokumentstatus", "Fastställd")
    body += field("Mötesdatum", "2024-11-18")
    body += field("Mötesplats", "Socialkontoret, Surahammar")
    body += field("Registrerad av", "HANDL14")
    body += [""]
    body += ["DELTAGARE", "-" * W]
    body += [f"{'Namn':<10}{'Funktion':<30}{'Verksamhet'}"]
    parts = [
        ("J.", "Den enskilde", ""),
        ("Emma", "Socialsekreterare", "IFO Vuxen, Surahammars kommun"),
        ("Patrik", "Sjuksköterska, case manager", "Vuxenpsykiatrin Västerås,"),
        ("", "", "psykosteamet"),
        ("Helena", "Boendestödjare", "Socialpsykiatrin, Surahammars"),
        ("", "", "kommun"),
        ("Rasmus", "Budget- och skuldrådgivare", "Surahammars kommun"),
    ]
    for a, b, c in parts:
        body.append(f"{a:<10}{b:<30}{c}".rstrip())
    body += [""]
    body += ["BAKGRUND", "-" * W]
    bg = ("J. är 34 år och bor ensam i hyreslägenhet i Surahammar. Diagnos paranoid "
          "schizofreni sedan 2019. Vårdades inom psykiatrisk slutenvård 2024-08-21 \u2013 "
          "2024-09-30 efter återinsjuknande sedan han slutat ta sin medicin under "
          "våren. Har sedan tidigare skulder på ca 85 000 kr, bl.a. obetalda hyror "
          "sedan juni och telefonräkningar, och det finns risk att han förlorar "
          "bostaden. J. har ingen sysselsättning och har inte öppnat sin post "
          "sedan i somras. Kontakten med IFO Vuxen inleddes efter orosanmälan "
          "från slutenvården i samband med utskrivningen.")
    body += textwrap.wrap(bg, W)
    body += [""]
    body += ["PLANENS INNEHÅLL", "-" * W]
    body += field("Syfte med planen",
                  "Att samordna psykiatrins och socialtjänstens insatser så att J. "
                  "kan bo kvar i sin lägenhet, få ordning på sin ekonomi och inte "
                  "återinsjuknar efter utskrivningen i september.")
    body += field("Frågeställningar", "Gå igenom läget efter utskrivning.")
    body += field("Den enskildes mål", "")
    body += field("Den enskildes synpunkter",
                  "J. deltog på hela mötet. Han tycker att det är för många som "
                  "ringer honom och att han blir stressad av brev från myndigheter. "
                  "Han vill inte träffa läkare oftare än nödvändigt just nu, men "
                  "säger att han går med på sprutorna eftersom han sover bättre.")
    body += field("Samtycke inhämtat", "")
    body += [""]
    body += ["INSATSER", "-" * W]
    ins = [
        ("Boendestöd två gånger i veckan (tisdag och fredag), stöd med post, "
         "räkningar och inköp.", "Boendestödjare, Socialpsykiatrin Surahammars kommun",
         "Från 2024-11-26"),
        ("Depåinjektion var fjärde vecka samt läkarbesök för uppföljning av "
         "medicineringen.", "Psykosteamet, Vuxenpsykiatrin Västerås",
         "Injektion 2024-11-28, läkarbesök 2024-12-12"),
        ("Utredning av ansökan om ekonomiskt bistånd för hyresskulden.",
         "Socialsekreterare, IFO Vuxen", "Beslut senast 2024-11-29"),
        ("Genomgång av skulder, upprättande av budget, ev. ansökan om "
         "skuldsanering.", "Budget- och skuldrådgivare, Surahammars kommun", ""),
    ]
    ins_lines = []
    for i, (d, a, t) in enumerate(ins, 1):
        ins_lines.append(f"Insats {i}")
        ins_lines += ["  " + l for l in field("Beskrivning", d)]
        ins_lines += ["  " + l for l in field("Ansvarig", a)]
        ins_lines += ["  " + l for l in field("Tidpunkt", t)]
        ins_lines.append("")
    body += ins_lines
    body += ["SAMORDNING OCH UPPFÖLJNING", "-" * W]
    body += field("Huvudansvarig", "IFO Vuxen")
    body += field("Uppföljning", "Om ca tre månader. Kallelse skickas ut.")
    body += [""]
    body += field("Signerad", "2024-11-19 14:20 HANDL14")
    body += ["", "*** Slut på utskrift ***"]

    # split into two printed pages
    cut = 52
    # move cut to a blank line so no field is split oddly
    while body[cut] != "":
        cut += 1
    lines = page_header(1, 2) + body[:cut] + ["", ""] + page_header(2, 2) + body[cut + 1:]
    text = "\r\n".join(lines) + "\r\n"
    with open(name(1, "txt"), "wb") as f:
        f.write(text.encode("cp1252"))


# =========================================================================== 02 DOCX->PDF SIP vid utskrivning
def plan02():
    doc = base_doc("Arial", 10)
    set_core(doc, "SIP vid utskrivning", "Avd 51")
    header_footer(doc, "Region Västmanland – Västmanlands sjukhus Västerås\nMedicinkliniken, avd 51 Strokeenheten",
                  None, "SIP vid utskrivning – utskrift 2024-10-15")
    h = doc.add_heading("SIP vid utskrivning", level=1)
    p = doc.add_paragraph()
    r = p.add_run("Samordnad individuell plan enligt lag (2017:612) om samverkan vid utskrivning "
                  "från sluten hälso- och sjukvård")
    r.italic = True
    r.font.size = Pt(9)

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    rows = [
        ("Patient", "E., ÅÅMMDD-XXXX"),
        ("Folkbokförd", "Kungsörs kommun"),
        ("Boendeform", "Ordinärt boende, villa, ensamboende"),
        ("Inskrivningsdatum", "2024-10-02"),
        ("Utskrivningsklar", "2024-10-15"),
        ("Planerad hemgång", "2024-10-16 förmiddag, sjukresa"),
        ("Fast vårdkontakt slutenvård", "Sjuksköterska Johanna, avd 51 Strokeenheten"),
        ("Fast vårdkontakt öppenvård", "Distriktssköterska Malin, Vårdcentralen Kungsör"),
        ("Samordningsansvarig för SIP", "Fast vårdkontakt (distriktssköterska), Vårdcentralen Kungsör"),
    ]
    for a, b in rows:
        c = t.add_row().cells
        cell_text(c[0], a, bold=True)
        cell_text(c[1], b)
        shade(c[0], "E7EEF5")
    set_col_widths(t, [Cm(5.5), Cm(11.0)])

    doc.add_heading("Syfte", level=2)
    doc.add_paragraph("Samordnad utskrivning.")

    doc.add_heading("Frågeställningar inför planeringen", level=2)
    tq = doc.add_table(rows=1, cols=1)
    tq.style = "Table Grid"
    cell_text(tq.rows[0].cells[0], "")

    doc.add_heading("Aktuellt", level=2)
    doc.add_paragraph(
        "88-årig man, änkling, bor ensam i villa i Kungsör. Inkom 2024-10-02 via akuten med "
        "vänstersidig svaghet, DT/DT-angio visade ischemisk stroke i höger hemisfär. Ej aktuell "
        "för trombolys. Kvarstående nedsatt kraft i vänster arm och ben, går kortare sträckor med "
        "rollator och stöd av en person. Behöver hjälp vid på- och avklädning, dusch och "
        "toalettbesök. Lätt dysartri, i övrigt god kommunikation. Före insjuknandet helt "
        "självständig utan hemtjänst. Ny medicinering: Trombyl, Atorvastatin, samt höjd dos "
        "blodtrycksläkemedel.")

    doc.add_heading("Patientens delaktighet", level=2)
    doc.add_paragraph("Patienten har deltagit i planeringen vid samtal på avdelningen 2024-10-14.")

    doc.add_heading("Planerade insatser efter utskrivning", level=2)
    ti = doc.add_table(rows=1, cols=4)
    ti.style = "Table Grid"
    hdr = ["Insats", "Huvudman / verksamhet", "Ansvarig funktion", "Start / tidpunkt"]
    for i, hh in enumerate(hdr):
        cell_text(ti.rows[0].cells[i], hh, bold=True)
        shade(ti.rows[0].cells[i], "D9E2F3")
    repeat_header(ti.rows[0])
    ins = [
        ("Hemtjänst fyra besök/dag: morgon (hygien, påklädning, frukost), lunch (matlåda), "
         "middag och kväll (avklädning, toalett). Tillsyn natt vid behov via larm.",
         "Kommun – Hemtjänst Kungsör", "Biståndshandläggare beviljar, hemtjänstgrupp utför",
         "Beslut 2024-10-15, första besök 2024-10-16 kl 12"),
        ("Trygghetslarm", "Kommun – Kungsörs kommun, larmgruppen", "Larmtekniker",
         "Installeras 2024-10-16"),
        ("Hemsjukvård: läkemedelshantering via ApoDos, delegering till hemtjänst, "
         "blodtryckskontroll en gång/vecka", "Kommun – Kommunal hemsjukvård Kungsör",
         "Sjuksköterska", "Hembesök 2024-10-16"),
        ("Rehabilitering i hemmet: gång- och balansträning två gånger/vecka, "
         "bedömning av bostaden och hjälpmedel (toalettförhöjning, duschpall, rollator inomhus)",
         "Kommun – Rehab Kungsör", "Fysioterapeut och arbetsterapeut",
         "Hembesök 2024-10-17"),
        ("Läkemedelsgenomgång och uppföljning efter stroke, blodtryck och lipider",
         "Region – Vårdcentralen Kungsör", "Läkare", "2024-11-05"),
        ("Strokeuppföljning per telefon", "Region – Strokeenheten Västerås",
         "Strokesjuksköterska", "2025-01-14"),
    ]
    for row in ins:
        c = ti.add_row().cells
        for i, v in enumerate(row):
            cell_text(c[i], v, size=9)
    set_col_widths(ti, [Cm(5.0), Cm(4.0), Cm(3.7), Cm(3.9)])

    doc.add_heading("Uppföljning av planen", level=2)
    doc.add_paragraph("Uppföljning sker vid behov efter hemgång. Fast vårdkontakt i öppenvården kallar.")

    doc.add_paragraph()
    p = doc.add_paragraph()
    r = p.add_run("Planen är upprättad i samband med utskrivningsplanering och har skickats till "
                  "berörda enheter via meddelandefunktionen.")
    r.font.size = Pt(8)
    r.italic = True

    tmp = HERE / "build"
    tmp.mkdir(exist_ok=True)
    src = tmp / f"{PREFIX}-02.docx"
    doc.save(src)
    to_pdf(src, tmp)
    shutil.move(str(tmp / f"{PREFIX}-02.pdf"), name(2, "pdf"))


# =========================================================================== 03 DOCX child-friendly
def plan03():
    doc = base_doc("Verdana", 11)
    set_core(doc, "Min plan – Elis", "Elevhälsan")
    header_footer(doc, "Norbergs kommun • Region Västmanland", None, "SIP – samordnad individuell plan • 2025-02-11")
    doc.add_heading("Min plan – Elis", level=0)
    p = doc.add_paragraph()
    r = p.add_run("SIP – samordnad individuell plan. Möte på Centralskolan i Norberg, tisdag 11 februari 2025.")
    r.italic = True

    doc.add_heading("Vi som var med", level=1)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Light Grid Accent 1"
    for i, hh in enumerate(["Namn", "Det här gör jag", "Här jobbar jag"]):
        cell_text(t.rows[0].cells[i], hh, bold=True)
    repeat_header(t.rows[0])
    people = [
        ("Elis", "Det är min plan. Jag är 9 år och går i 3B.", "Centralskolan, Norberg"),
        ("Sanna", "Elis mamma", "–"),
        ("Jonas", "Elis pappa", "–"),
        ("Mira", "Kurator. Jag pratar med barn som tycker att skolan är jobbig.",
         "Elevhälsan, Centralskolan Norberg"),
        ("Anders", "Lärare och mentor för Elis klass", "Centralskolan Norberg"),
        ("Petra", "Psykolog. Jag träffar Elis och hjälper till när det känns oroligt.",
         "BUP Västerås (Region Västmanland)"),
        ("Lina", "Socialsekreterare. Jag hjälper familjer som behöver stöd.",
         "Socialtjänsten Norbergs kommun, barn och familj"),
    ]
    for row in people:
        c = t.add_row().cells
        for i, v in enumerate(row):
            cell_text(c[i], v)
    set_col_widths(t, [Cm(2.6), Cm(7.4), Cm(6.6)])

    doc.add_heading("Varför har vi det här mötet?", level=1)
    doc.add_paragraph(
        "Elis har nästan inte varit i skolan sedan höstlovet. Han får ont i magen på morgnarna "
        "och det är för mycket ljud i klassrummet. Elis har autism och tycker om när han vet vad "
        "som ska hända. Vi träffas för att skolan, BUP och socialtjänsten ska hjälpa Elis och "
        "mamma och pappa på samma sätt, i stället för var och en för sig.")

    doc.add_heading("Det här ville vi prata om", level=1)
    for q in ["Hur kan Elis komma tillbaka till skolan lite i taget?",
              "Finns det en lugn plats i skolan där Elis kan vara när det blir för mycket?",
              "Hur kan mamma och pappa få hjälp med de jobbiga morgnarna?"]:
        doc.add_paragraph(q, style="List Bullet")

    doc.add_heading("Får vi prata med varandra om dig?", level=1)
    doc.add_paragraph("Ja, sa Elis. Mamma och pappa skrev under samtycket på mötet den 11 februari 2025. "
                      "Det betyder att skolan, BUP och socialtjänsten får prata med varandra om det som står i planen.")

    doc.add_heading("Det här vill jag", level=1)
    doc.add_paragraph("Elis var med på mötet den första halvtimmen tillsammans med mamma och pappa. "
                      "Sedan ritade han med Mira i rummet bredvid. Det här sa Elis:")
    for q in ["”Jag vill gå till skolan när det är lugnt och inte när alla skriker.”",
              "”Jag vill ha hörlurar och sitta i det lilla rummet när vi har matte.”",
              "”Jag vill fortsätta spela fotboll på fredagar.”"]:
        p = doc.add_paragraph(style="List Bullet")
        rr = p.add_run(q)
        rr.italic = True

    doc.add_heading("Vad ska hända?", level=1)
    ta = doc.add_table(rows=1, cols=3)
    ta.style = "Light Grid Accent 1"
    for i, hh in enumerate(["Vad", "Vem", "När"]):
        cell_text(ta.rows[0].cells[i], hh, bold=True)
    repeat_header(ta.rows[0])
    acts = [
        ("Elis börjar med korta dagar, kl 8.30–10.00, i det lilla rummet ”Lugnet” tillsammans med Anders.",
         "Anders, lärare", "Från måndag 17 februari 2025"),
        ("Elis får hörlurar och ett eget schema med bilder så att han vet vad som händer.",
         "Anders och Mira, skolan", "Klart fredag 14 februari 2025"),
        ("Elis och Petra pratar om oron och om hur man kan göra när magen gör ont (KBT), varannan vecka.",
         "Petra, psykolog BUP Västerås", "Första gången 20 februari 2025"),
        ("Samtal med mamma och pappa om hur morgnarna kan bli lättare.",
         "Lina, socialtjänsten", "Lina ringer och bokar en tid"),
        ("Mamma eller pappa följer Elis till skolan varje morgon och hämtar honom kl 10.",
         "Sanna och Jonas", "Från 17 februari 2025"),
        ("Elis visar sitt röda kort för Anders när det blir för mycket.",
         "Elis", "Varje skoldag"),
    ]
    for row in acts:
        c = ta.add_row().cells
        for i, v in enumerate(row):
            cell_text(c[i], v)
    set_col_widths(ta, [Cm(8.6), Cm(4.0), Cm(4.0)])

    doc.add_heading("Vem håller ihop planen?", level=1)
    doc.add_paragraph("Skolan håller ihop planen och bjuder in till nästa möte.")

    doc.add_heading("När ses vi igen?", level=1)
    doc.add_paragraph("Efter påsklovet. Skolan skickar en inbjudan till alla.")

    doc.save(name(3, "docx"))


# =========================================================================== 04 DOCX municipal template
def plan04():
    doc = base_doc("Calibri", 10)
    set_core(doc, "SIP Köping", "Socialförvaltningen")
    header_footer(doc, "Köpings kommun – Socialförvaltningen   |   Region Västmanland",
                  None, "Mall SIP version 3.1 – Köping/Arboga/Kungsör")
    p = doc.add_paragraph()
    r = p.add_run("SAMORDNAD INDIVIDUELL PLAN (SIP)")
    r.bold = True
    r.font.size = Pt(14)
    p = doc.add_paragraph()
    r = p.add_run("Enligt 2 kap. 7 § SoL och 16 kap. 4 § HSL")
    r.font.size = Pt(8)
    r.italic = True

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER

    def part(title):
        row = t.add_row()
        m = row.cells[0].merge(row.cells[1])
        par = m.paragraphs[0]
        rr = par.add_run(title)
        rr.bold = True
        rr.font.small_caps = True
        rr.font.size = Pt(11)
        shade(m, "D6E3BC")
        return m

    def line(label, value=None, placeholder=False):
        row = t.add_row()
        cell_text(row.cells[0], label, bold=True)
        shade(row.cells[0], "F2F2F2")
        if placeholder:
            add_sdt_placeholder(row.cells[1].paragraphs[0],
                                placeholder if isinstance(placeholder, str) else "Klicka här för att ange text.")
        elif value is not None:
            cell_text(row.cells[1], value)
        return row

    part("1. Uppgifter om den enskilde")
    line("Namn", "L.")
    line("Personnummer", "ÅÅMMDD-XXXX")
    line("Bostadsort", "Köping")
    line("Datum för SIP-möte", "2024-09-03")
    line("Mötesplats", "Socialkontoret Köping, rum Malmön")

    part("2. Samtycke")
    line("Samtycke till SIP", "☒ Skriftligt     ☐ Muntligt\nDatum: 2024-08-20, blankett ”Samtycke till SIP och informationsöverföring” undertecknad av L.")
    line("Samtycket omfattar", "☒ Köpings kommun, försörjningsstöd   ☒ Vårdcentralen Köping\n☒ Försäkringskassan   ☐ Arbetsförmedlingen   ☐ Annan")

    part("3. Delaktighet")
    line("Den enskilde deltog", "☒ Ja     ☐ Nej     ☐ Delvis")
    line("Närstående deltog", "☐ Ja     ☒ Nej")
    line("Den enskildes synpunkter",
         "L. tycker att det är skönt att alla sitter i samma rum så att hon slipper berätta samma sak flera "
         "gånger. Hon är orolig för att pengarna inte ska räcka under hösten och för att behöva börja arbeta "
         "heltid för snabbt. Hon vill helst börja arbetsträna med något praktiskt och inte i grupp.")

    part("4. Syfte och frågeställningar")
    line("Syfte med SIP",
         "L. har varit sjukskriven sedan februari 2024 för depression och sjukpenningen kan komma att "
         "dras in vid dag 180. Syftet är att vårdcentralen, försörjningsstödet och Försäkringskassan "
         "tillsammans planerar behandling, försörjning och en väg tillbaka mot arbete, så att L. inte "
         "hamnar mellan stolarna.")
    line("Frågeställningar", placeholder=True)

    part("5. Den enskildes mål")
    line("Mål", "Målet är att L. ska må bättre och kunna påbörja arbetsträning på deltid under hösten 2024.")
    line("Delmål", "Att L. ska ha en fungerande dygnsrytm och komma ut varje dag.")

    part("6. Insatser")
    row = t.add_row()
    m = row.cells[0].merge(row.cells[1])
    p0 = m.paragraphs[0]
    p0.add_run("Planerade insatser (kommun och region)").italic = True
    nt = m.add_table(rows=1, cols=3)
    nt.style = "Table Grid"
    for i, hh in enumerate(["Insats", "Ansvarig verksamhet / funktion", "Start / när"]):
        cell_text(nt.rows[0].cells[i], hh, bold=True, size=9)
        shade(nt.rows[0].cells[i], "EAF1DD")
    ins = [
        ("Samtalsbehandling KBT, 12 tillfällen", "Psykolog, Vårdcentralen Köping", "Start 2024-09-16"),
        ("Läkarbesök: bedömning av sjukskrivning och antidepressiv medicinering",
         "Läkare, Vårdcentralen Köping", "2024-09-24"),
        ("Förbereda och delta i avstämningsmöte med FK", "Rehabkoordinator, Vårdcentralen Köping", "2024-10-08"),
        ("Försörjningsstöd i väntan på beslut om sjukpenning/ersättning",
         "Socialsekreterare, Försörjningsstöd Köpings kommun", "Beslut senast 2024-09-13"),
        ("Kartläggning inför praktisk arbetsträning, enskilt upplägg",
         "Arbetskonsulent, Arbetsmarknadsenheten Köpings kommun", "Första träff 2024-10-15"),
    ]
    for a, b, c in ins:
        cc = nt.add_row().cells
        cell_text(cc[0], a, size=9)
        cell_text(cc[1], b, size=9)
        cell_text(cc[2], c, size=9)
    set_col_widths(nt, [Cm(7.0), Cm(5.5), Cm(3.5)])

    part("7. Andra aktörers insatser")
    line("Försäkringskassan",
         "Handläggaren utreder rätten till fortsatt sjukpenning efter dag 180 och kallar till "
         "avstämningsmöte 2024-10-08 tillsammans med L. och rehabkoordinatorn.")
    line("Den enskilde", "L. tar en promenad varje dag och för sömndagbok fram till läkarbesöket 2024-09-24.")
    line("Närstående / övriga", "Inga närstående ska involveras, enligt L:s önskemål.")

    part("8. Samordning och uppföljning")
    line("Huvudansvarig för planen", placeholder=True)
    line("Datum för uppföljning", "ÅÅÅÅ-MM-DD")

    part("9. Deltagare vid mötet")
    line("Närvarande", "L. (den enskilde)\nLena, socialsekreterare\nAhmed, läkare\nKarin, psykolog\n"
         "Sofia, rehabkoordinator\nMaria, handläggare")
    line("Planen upprättad av", "Lena")

    t.autofit = False
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), (Cm(5.0), Cm(11.6))):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in t.rows:
        if len(row.cells) == 2 and row.cells[0]._tc is not row.cells[1]._tc:
            row.cells[0].width = Cm(5.0)
            row.cells[1].width = Cm(11.6)

    doc.save(name(4, "docx"))


# =========================================================================== 05 Markdown
def plan05():
    md = """# SIP – Samordnad individuell plan

**Namn:** Noah, 17 år
**Personnummer:** XXXXXX-XXXX
**Datum för mötet:** 2025-03-04
**Plats:** Ungdomsenheten, Västerås stad (BUP beroende deltog via Teams)

**Deltagare:** Sara (socialsekreterare), Johan (behandlare), Eva (sjuksköterska), Mikael (kurator), mamma Lotta. Noah deltog inte.

**Syfte:** Samordning.

**Bakgrund:**
Noah går andra året på el- och energiprogrammet. Sedan i höstas har skolan och mamma sett att han röker cannabis flera gånger i veckan och dricker alkohol på helgerna. Frånvaron i skolan är ca 40 % under vårterminen. Polisen tog honom med hasch i december, vilket ledde till en anmälan till socialtjänsten. Utredning enligt 11 kap. 1 § SoL pågår sedan januari. Noah har haft två besök på BUP beroende och har lämnat ett positivt urinprov (THC) 2025-02-18.

**Noahs synpunkter:**
Noah kom inte till mötet. Sara träffade honom 2025-02-28 och han sa då att han tycker att det blivit för mycket möten men att han kan tänka sig att fortsätta på BUP om han får träffa samma person.

**Noahs mål:**
> "Jag vill klara gymnasiet och få ha mitt eget liv utan att alla tjatar."

**Samtycke:** Samtycke finns.

## Åtgärder

| Vad | Vem | Klart när |
|---|---|---|
| Behandlingssamtal (ACRA) en gång i veckan | Behandlare, BUP beroende | Start 2025-03-11, pågår t.o.m. 2025-06-13 |
| Urinprov varannan vecka | Sjuksköterska, BUP beroende | |
| Stödsamtal och gemensam aktivitet med ungdomsbehandlare en gång i veckan | Socialtjänsten | Start 2025-03-14 |
| Närvaroplan och anpassad studieplan för vårterminen | Kurator, Wenströmska gymnasiet | 2025-03-21 |
| Utredningen avslutas och beslut om fortsatta insatser | Socialsekreterare, Ungdomsenheten | 2025-04-15 |

**Mamma:** Lotta vill gärna vara med och stötta Noah.

**Huvudansvar:**

**Nästa uppföljning:** 2025-05-06 kl. 13.00 på Ungdomsenheten.
"""
    name(5, "md").write_text(md, encoding="utf-8")


# =========================================================================== 06 TXT e-mail UTF-8
def plan06():
    def para(s):
        return textwrap.fill(s, 72)

    parts = [
        "Ämne: Sammanfattning från SIP-mötet 22/10 (Gunnar)",
        "",
        para("Hej alla, här kommer en sammanfattning från vårt SIP-möte i tisdags "
             "(2024-10-22) hemma hos Gunnar. Hör av er om jag har missat något eller "
             "skrivit fel så rättar jag och skickar ut igen."),
        "",
        "Med på mötet var:",
        "- Gunnar själv",
        "- Peter, Gunnars son",
        "- Ulla, enhetschef, Hemtjänsten Skinnskatteberg",
        "- Anna, distriktssköterska, Vårdcentralen Skinnskatteberg",
        "- Lars, läkare, Vårdcentralen Skinnskatteberg (per telefon första",
        "  halvtimmen)",
        "- Helén, sjuksköterska, Äldrepsykiatriska mottagningen Västerås",
        "- jag, Maria, biståndshandläggare, Skinnskattebergs kommun",
        "",
        para("Vi träffades för att Gunnar sedan Birgit dog i april har blivit alltmer "
             "nedstämd, äter dåligt, har gått ner sex kilo och knappt går utanför "
             "dörren, och hemtjänsten och vårdcentralen har haft lite olika bild av hur "
             "han mår. Tanken var att vi skulle få till en gemensam plan så att han kan "
             "bo kvar hemma och må bättre, i stället för att alla gör lite var för sig."),
        "",
        para("Inför mötet hade Gunnar och Peter två frågor som vi utgick från: behöver "
             "medicinen ses över nu när han sover så dåligt, och finns det något sätt för "
             "Gunnar att träffa folk här i Skinnskatteberg utan att behöva åka till "
             "Västerås?"),
        "",
        para("Gunnar berättade själv att dagarna är långa och att han saknar att ha "
             "något att gå till. Han sa: \"Jag vill kunna gå ner till Konsum och fika "
             "med grabbarna på torsdagar som förr.\" Han var också tydlig med att han "
             "inte vill flytta från huset."),
        "",
        "Det här bestämde vi:",
        "",
        para("Lars bokar in Gunnar för läkemedelsgenomgång och uppföljning av "
             "depressionen på vårdcentralen den 5 november. Anna följer upp vikt och "
             "sömn vid sina besök varannan vecka, med start vecka 44."),
        "",
        para("Hemtjänsten lägger till promenad tillsammans med Gunnar tisdagar och "
             "fredagar och sällskap vid lunchen fyra dagar i veckan från vecka 44, Ulla "
             "ser till att det kommer in i planeringen. Jag fattar beslut om utökningen "
             "senast 2024-10-25."),
        "",
        para("Jag skickar också en ansökan om dagverksamhet på Träffpunkten så att han "
             "kan vara där torsdagar, och Helén tar upp Gunnar på äldrepsykiatrins "
             "teamkonferens för att se om han behöver en bedömning hos dem."),
        "",
        para("Peter sa att han gärna hjälper till mer när han kan."),
        "",
        para("Vem som ska ha huvudansvaret för planen framåt hann vi inte bestämma, det "
             "tar vi upp nästa gång."),
        "",
        para("Vi ses igen i början av december hemma hos Gunnar. Jag skickar ut en "
             "kallelse när jag har hittat en tid som passar alla."),
        "",
        "Vänliga hälsningar",
        "Maria",
        "Biståndshandläggare, Äldreomsorgen",
        "Skinnskattebergs kommun",
        "Tel. via växeln",
        "",
    ]
    name(6, "txt").write_text("\n".join(parts), encoding="utf-8")


# =========================================================================== 07 PDF fpdf2 follow-up
class RSPdf(FPDF):
    def header(self):
        self.set_font("DV", "B", 9)
        self.set_fill_color(225, 230, 238)
        self.cell(0, 6, "  VårdInfo – Region Västmanland  |  SIP-modul", border="LTR", fill=True,
                  new_x="LMARGIN", new_y="NEXT")
        self.set_font("DV", "", 8)
        self.cell(95, 5, "  Utskrift: SIP – Uppföljning", border="LB")
        self.cell(55, 5, "Utskriftsdatum 2025-04-03 10:12", border="B")
        self.cell(0, 5, f"Sida {self.page_no()} ({{nb}})  ", border="RB", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.ln(4)

    def footer(self):
        self.set_y(-12)
        self.set_font("DV", "", 7)
        self.cell(0, 5, "Patient: M., ÅÅMMDD-XXXX   –   Utskriven av: SJUKS07, Psykiatrimottagningen Sala",
                  align="C")


def plan07():
    pdf = RSPdf(format="A4")
    pdf.set_creation_date(__import__("datetime").datetime(2025, 4, 3, 10, 12, 0))
    pdf.add_font("DV", "", FONT)
    pdf.add_font("DV", "B", FONT_B)
    pdf.set_auto_page_break(True, margin=16)
    pdf.alias_nb_pages()
    pdf.set_title("SIP - Uppföljning")
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin

    def box(label, value, h=None, lw=55):
        pdf.set_font("DV", "B", 8.5)
        x, y = pdf.get_x(), pdf.get_y()
        pdf.set_font("DV", "", 9)
        # compute height needed
        lines = pdf.multi_cell(W - lw, 5, value if value else " ", dry_run=True, output="LINES")
        need = max(h or 0, 5 * len(lines) + 2, 7)
        if y + need > pdf.h - 16:
            pdf.add_page()
            x, y = pdf.get_x(), pdf.get_y()
        pdf.set_fill_color(242, 242, 242)
        pdf.rect(x, y, lw, need, style="DF")
        pdf.rect(x + lw, y, W - lw, need)
        pdf.set_xy(x + 1, y + 1)
        pdf.set_font("DV", "B", 8.5)
        pdf.multi_cell(lw - 2, 5, label)
        pdf.set_xy(x + lw + 1, y + 1)
        pdf.set_font("DV", "", 9)
        pdf.multi_cell(W - lw - 2, 5, value if value else "")
        pdf.set_xy(x, y + need)

    def section(title):
        pdf.ln(3)
        pdf.set_font("DV", "B", 10)
        pdf.set_fill_color(200, 210, 225)
        pdf.cell(W, 6.5, " " + title, border=1, fill=True, new_x="LMARGIN", new_y="NEXT")

    pdf.set_font("DV", "B", 14)
    pdf.cell(0, 8, "Samordnad individuell plan – Uppföljning", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)

    section("Grunduppgifter")
    box("Patient", "M., ÅÅMMDD-XXXX")
    box("Boende", "Bostad med särskild service (SoL), Sala kommun")
    box("Plantyp", "Uppföljning av SIP")
    box("Ursprunglig plan upprättad", "2024-10-09")
    box("Datum för uppföljningsmöte", "2025-04-02")
    box("Mötesplats", "Psykiatrimottagningen Sala")
    box("Diagnos", "F20.0 Paranoid schizofreni")

    section("Nuläge")
    box("Sammanfattning av nuläget",
        "M. bor sedan 2022 i bostad med särskild service i Sala. Under december och januari "
        "försämrades hon med ökade rösthallucinationer, sömnsvårigheter och minskat matintag, "
        "vilket ledde till inläggning i januari. Sedan utskrivningen beskrivs hon av personalen "
        "som stabilare, men hon är mycket på sitt rum och deltar sällan i gemensamma måltider. "
        "Hon har inte kommit igång med någon sysselsättning. Somatiskt ingen förändring.", h=42)

    section("Planens innehåll")
    box("Syfte", "Se tidigare plan")
    box("Frågeställningar", "", h=30)
    box("Den enskildes mål", "Oförändrat")
    box("Patienten deltog", "Ja")
    box("Samtycke", "Se tidigare plan")
    box("Händelser sedan föregående plan",
        "Inneliggande psykiatrisk slutenvård 2025-01-20 – 2025-01-27, avd 62 Västerås. "
        "Återgick till boendet 2025-01-27.", h=24)

    section("Status för insatser enligt tidigare plan")
    pdf.ln(1)
    pdf.set_font("DV", "", 8.5)
    rows = [
        ("1", "Fortsatt kontakt med psykiatrin", "Regionen", "Pågår", "Oförändrat"),
        ("2", "Fortsatt stöd i boendet", "Kommunen", "Pågår", "Som tidigare"),
        ("3", "Stöd vid behov från vårdcentralen", "Vårdcentralen Sala", "Pågår", "–"),
        ("4", "Sysselsättning", "Socialpsykiatrin Sala kommun", "Ej påbörjad", "Se tidigare plan"),
        ("5", "Fortsatt samverkan mellan boende och psykiatri", "Regionen / Kommunen", "Pågår", "–"),
        ("6", "Fortsatt kontakt med vårdcentralen vid behov", "Regionen", "Pågår", "Oförändrat"),
    ]
    head = FontFace(emphasis="BOLD", fill_color=(225, 230, 238))
    with pdf.table(col_widths=(8, 58, 50, 24, 40), headings_style=head, repeat_headings=1,
                   line_height=6, text_align="LEFT") as table:
        hr = table.row()
        for hh in ("Nr", "Insats (enligt tidigare plan)", "Ansvarig", "Status", "Kommentar"):
            hr.cell(hh)
        for r in rows:
            tr = table.row()
            for v in r:
                tr.cell(v)

    section("Nya eller ändrade insatser")
    box("Nya insatser", "Inga nya insatser.")

    section("Samordning")
    box("Huvudansvarig", "Psykiatrimottagningen Sala")
    box("Övriga aktörer", "", h=12)
    box("Deltagare", "M., Karin, Jonas, Leila, Amir")
    box("Nästa uppföljning", "–")

    pdf.ln(4)
    pdf.set_font("DV", "", 8)
    pdf.cell(0, 5, "Signerad 2025-04-02 16:48 av SJUKS07", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(name(7, "pdf")))


# =========================================================================== 08 DOCX not a SIP
def plan08():
    doc = base_doc("Arial", 10)
    set_core(doc, "Genomförandeplan", "Hemtjänst Hallstahammar centrum")
    header_footer(doc, "Hallstahammars kommun – Vård- och omsorgsförvaltningen", None,
                  "Genomförandeplan hemtjänst – sekretess enligt OSL 26 kap.")
    doc.add_heading("Genomförandeplan – hemtjänst", level=1)

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [
        ("Namn", "Ingrid"),
        ("Personnummer", "ÅÅMMDD-XXXX"),
        ("Utförare", "Hemtjänst Hallstahammar centrum"),
        ("Kontaktperson", "Fatima, undersköterska"),
        ("Biståndsbeslut", "Hemtjänst enligt SoL, beviljat 2025-01-15 t.o.m. 2025-07-31, 28 tim/månad"),
        ("Planen upprättad", "2025-01-22, hembesök hos Ingrid, dottern Karin närvarande"),
    ]:
        c = t.add_row().cells
        cell_text(c[0], a, bold=True)
        cell_text(c[1], b)
        shade(c[0], "EDEDED")
    set_col_widths(t, [Cm(4.5), Cm(12.0)])

    doc.add_heading("Bakgrund", level=2)
    doc.add_paragraph(
        "Ingrid är 84 år och bor ensam i lägenhet på andra våningen med hiss. Hon har artros i "
        "knäna och går med rollator inomhus. Efter ett fall i december känner hon sig otrygg vid "
        "dusch och när hon ska handla. Hon lagar enklare mat själv och tar sina läkemedel själv "
        "ur dosett som dottern fyller på.")

    doc.add_heading("Ingrids önskemål", level=2)
    doc.add_paragraph("Ingrid vill att det i möjligaste mån är samma personal som kommer, och att "
                      "duschen sker på förmiddagen. Hon vill själv bestämma vad som ska handlas.")

    doc.add_heading("Mål med insatserna", level=2)
    doc.add_paragraph("Ingrid ska kunna bo kvar hemma och känna sig trygg vid dusch och förflyttningar.",
                      style="List Bullet")
    doc.add_paragraph("Ingrid ska ha ett rent och städat hem och tillgång till de livsmedel hon önskar.",
                      style="List Bullet")

    doc.add_heading("Så här utförs insatserna", level=2)
    ta = doc.add_table(rows=1, cols=4)
    ta.style = "Table Grid"
    for i, hh in enumerate(["Insats", "Hur", "När", "Ingrid gör själv"]):
        cell_text(ta.rows[0].cells[i], hh, bold=True)
        shade(ta.rows[0].cells[i], "D9D9D9")
    repeat_header(ta.rows[0])
    for row in [
        ("Dusch", "Personal hjälper till in och ur duschen, stöd vid tvätt av rygg och fötter. "
                  "Duschpall och stödhandtag finns.", "Tisdagar kl 9–10", "Tvättar överkropp och hår"),
        ("Inköp", "Ingrid skriver inköpslista, personal handlar på ICA och packar upp varorna.",
         "Fredagar förmiddag", "Skriver inköpslista"),
        ("Städning", "Dammsugning, våttorkning av golv, rengöring av badrum och kök.",
         "Varannan måndag", "Dammar av"),
        ("Tillsyn", "Kvällsbesök, personal kontrollerar att Ingrid mår bra och att ytterdörren är låst.",
         "Dagligen kl 20–21", "–"),
        ("Trygghetslarm", "Larmet besvaras av hemtjänstens nattpatrull.", "Dygnet runt", "Bär larmet på armen"),
    ]:
        c = ta.add_row().cells
        for i, v in enumerate(row):
            cell_text(c[i], v, size=9)
    set_col_widths(ta, [Cm(2.8), Cm(7.4), Cm(3.0), Cm(3.3)])

    doc.add_heading("Uppföljning", level=2)
    doc.add_paragraph("Genomförandeplanen följs upp av kontaktpersonen tillsammans med Ingrid 2025-04-22 "
                      "eller tidigare om behoven förändras. Avvikelser dokumenteras i verksamhetssystemet.")

    doc.add_paragraph()
    doc.add_paragraph("Planen har gåtts igenom med Ingrid som har tagit del av den.")
    doc.add_paragraph("Kontaktperson: Fatima, undersköterska\t\tEnhetschef: Jessica")
    doc.save(name(8, "docx"))


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
        fix_zip_times(f)
    build = HERE / "build"
    if build.exists():
        shutil.rmtree(build)
    print("\n".join(sorted(p.name for p in OUT.iterdir())))


if __name__ == "__main__":
    main()
