#!/usr/bin/env python3
"""Generate batch fresh-11b: eight fictional, anonymized Swedish SIP documents.

Run with a Python that has python-docx and fpdf2 (and LibreOffice on PATH): python generate_b.py
Writes into plans/ (and intermediate files into build/). Deterministic.
"""
import os
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

HERE = os.path.dirname(os.path.abspath(__file__))
PLANS = os.path.join(HERE, "plans")
BUILD = os.path.join(HERE, "build")
PREFIX = "f11b"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_I = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"
FIXED_DATE = (2025, 1, 1, 0, 0, 0)


def out(n, ext):
    return os.path.join(PLANS, f"{PREFIX}-{n:02d}.{ext}")


def soffice_pdf(src, target):
    """Convert src to PDF with LibreOffice using our own profile, move to target."""
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo-f11b", "--headless",
         "--convert-to", "pdf", "--outdir", BUILD, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    produced = os.path.join(BUILD, os.path.splitext(os.path.basename(src))[0] + ".pdf")
    shutil.move(produced, target)


def normalize_zip(path):
    """Rewrite a .docx with fixed zip timestamps so repeated runs give identical bytes."""
    import zipfile
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=FIXED_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def fix_docx_core(doc, author):
    import datetime
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = datetime.datetime(2025, 1, 1, 8, 0, 0)
    cp.modified = datetime.datetime(2025, 1, 1, 8, 0, 0)
    cp.revision = 1


# ---------------------------------------------------------------------------
# 01  LSS unit plan, HTML printed to PDF via LibreOffice (Kungsör)
# ---------------------------------------------------------------------------
HTML_01 = """<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>SIP Emil 2025-02-11</title>
<style>
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt; }
.huvud { border-bottom: 2px solid #2a5d8f; padding-bottom: 4px; margin-bottom: 10px; }
.huvud .enhet { font-size: 9pt; color: #2a5d8f; }
h1 { font-size: 15pt; margin: 2px 0; }
h2 { font-size: 12pt; color: #2a5d8f; border-bottom: 1px solid #bbb; margin-top: 16px; }
h3 { font-size: 10.5pt; margin: 10px 0 2px 0; }
dl { margin: 0 0 6px 12px; }
dt { font-weight: bold; float: left; width: 48px; }
dd { margin-left: 56px; margin-bottom: 2px; }
table.info td { padding: 1px 10px 1px 0; }
.fot { font-size: 8pt; color: #555; margin-top: 20px; border-top: 1px solid #bbb; }
</style>
</head>
<body>
<div class="huvud">
<div class="enhet">Kungsörs kommun &middot; Vård och omsorg &middot; LSS-enheten &middot; Gruppbostaden Ekbacken</div>
<h1>Samordnad individuell plan enligt LSS/SoL/HSL</h1>
</div>

<table class="info">
<tr><td><b>Namn</b></td><td>Emil</td></tr>
<tr><td><b>Personnummer</b></td><td>ÅÅMMDD-XXXX</td></tr>
<tr><td><b>Datum för SIP-möte</b></td><td>2025-02-11, kl. 13.00&ndash;14.30</td></tr>
<tr><td><b>Plats</b></td><td>Gruppbostaden Ekbacken, Kungsör (neurologmottagningen via Teams)</td></tr>
</table>

<h2>Bakgrund</h2>
<p>Emil är 29 år och har bott på Gruppbostaden Ekbacken sedan 2019. Han har en måttlig
intellektuell funktionsnedsättning och epilepsi med fokala anfall som ibland går över i
generaliserade anfall. Under hösten 2024 ökade anfallen och Emil fick åka ambulans till
Västmanlands sjukhus Västerås två gånger (september och november). Neurologmottagningen har
därefter justerat hans läkemedel. Personalen på Ekbacken och på daglig verksamhet har varit
osäkra på när akutläkemedel (Buccolam) ska ges och när man ska ringa 112, och rutinerna skiljer
sig mellan boendet och Kungsgården där Emil arbetar i caféet fyra dagar i veckan.
Emil har också gått upp ca 8 kg det senaste året och den årliga hälsokontrollen på
vårdcentralen blev inte av under 2024.</p>

<h2>Varför gör vi en SIP?</h2>
<p>Syftet är att boendet, daglig verksamhet, vårdcentralen och neurologmottagningen ska arbeta
efter en och samma anfallsrutin, så att Emil får rätt hjälp vid ett anfall oavsett var han är
och kan fortsätta arbeta på Kungsgården utan onödiga sjukhusbesök.</p>

<h2>Frågor till mötet</h2>
<p>Gå igenom hur det har fungerat sedan i höstas och om något behöver ändras.</p>

<h2>Emils delaktighet</h2>
<p>Emil var med under den första halvtimmen tillsammans med sin kontaktperson Jenny. Vi
använde bildstöd. Emil berättade att han trivs med jobbet i caféet och vill fortsätta där
fyra dagar i veckan. Han vill inte att personal ska sova inne i hans lägenhet på nätterna,
men tycker att det är okej med ett larm i sängen. Han gick sedan till sin lägenhet eftersom
han blev trött, och Jenny förde fram hans synpunkter under resten av mötet.</p>

<h2>Mål</h2>
<p>Målet är att Emil ska ha färre akuta sjukhusbesök på grund av anfall under 2025 och kunna
fortsätta med sin dagliga verksamhet fyra dagar i veckan.</p>

<h2>Samtycke</h2>
<p>Samtycke till SIP finns.</p>

<h2>Insatser</h2>

<h3>Insats 1 &ndash; Gemensam anfallsrutin</h3>
<dl>
<dt>Vad</dt><dd>En skriftlig anfallsrutin tas fram: hur anfallen ser ut, när Buccolam ska ges, när 112 ska ringas och vem som informeras efteråt. Rutinen sätts in i Emils pärm på boendet och på Kungsgården.</dd>
<dt>Vem</dt><dd>Epilepsisjuksköterska, Neurologmottagningen Västerås, Region Västmanland</dd>
<dt>När</dt><dd>Klar senast 2025-03-07</dd>
</dl>

<h3>Insats 2 &ndash; Utbildning för personalen</h3>
<dl>
<dt>Vad</dt><dd>Genomgång av anfallsrutinen och praktisk övning i att ge Buccolam för personalen på Ekbacken och handledarna på Kungsgården.</dd>
<dt>Vem</dt><dd>Epilepsisjuksköterska, Neurologmottagningen, tillsammans med enhetschef för Ekbacken och Kungsgården</dd>
<dt>När</dt><dd>2025-03-19 kl. 14&ndash;16 på Ekbacken</dd>
</dl>

<h3>Insats 3 &ndash; Anfallsdagbok</h3>
<dl>
<dt>Vad</dt><dd>Alla anfall förs in i anfallsdagboken (tid, längd, typ, om Buccolam gavs). Kontaktpersonen sammanställer och skickar till neurologmottagningen inför läkarbesöket.</dd>
<dt>Vem</dt><dd>Omvårdnadspersonal, Gruppbostaden Ekbacken (kontaktperson sammanställer)</dd>
<dt>När</dt><dd>Löpande från 2025-02-12, sammanställning senast 2025-04-16 inför läkarbesök 2025-04-23</dd>
</dl>

<h3>Insats 4 &ndash; Samma rutin på daglig verksamhet</h3>
<dl>
<dt>Vad</dt><dd>Kungsgården inför rutinen, har Buccolam på plats i caféet och utser en ansvarig handledare per dag.</dd>
<dt>Vem</dt><dd>Handledare, Daglig verksamhet Kungsgården, Kungsörs kommun</dd>
<dt>När</dt><dd>Från 2025-03-24</dd>
</dl>

<h3>Insats 5 &ndash; Epilepsilarm</h3>
<dl>
<dt>Vad</dt><dd>Utprovning av sänglarm som larmar personalen vid krampanfall nattetid.</dd>
<dt>Vem</dt><dd>Arbetsterapeut, Hälso- och sjukvårdsenheten, Kungsörs kommun</dd>
<dt>När</dt><dd>Utprovning v. 11</dd>
</dl>

<h3>Insats 6 &ndash; Hälsokontroll</h3>
<dl>
<dt>Vad</dt><dd>Årlig hälsokontroll med vikt, blodtryck och blodprover, samt samtal om kost och motion.</dd>
<dt>Vem</dt><dd>Distriktssköterska, Vårdcentralen Kungsör</dd>
<dt>När</dt><dd>&ndash;</dd>
</dl>

<h2>Huvudansvar för planen</h2>
<p>Huvudansvarig är Sara, LSS-handläggare på Myndighetsenheten, Kungsörs kommun.</p>

<h2>Uppföljning</h2>
<p>Planen följs upp 2025-05-20 kl. 13.30 på Ekbacken. Huvudansvarig skickar kallelse.</p>

<h2>Deltagare</h2>
<ul>
<li>Emil (första halvtimmen)</li>
<li>Jenny, undersköterska och kontaktperson, Gruppbostaden Ekbacken, Kungsörs kommun</li>
<li>Mikael, enhetschef, Gruppbostaden Ekbacken och Daglig verksamhet Kungsgården, Kungsörs kommun</li>
<li>Per, handledare, Daglig verksamhet Kungsgården, Kungsörs kommun</li>
<li>Sara, LSS-handläggare, Myndighetsenheten, Kungsörs kommun</li>
<li>Leila, distriktssköterska, Vårdcentralen Kungsör, Region Västmanland</li>
<li>Annika, epilepsisjuksköterska, Neurologmottagningen Västerås, Region Västmanland (Teams)</li>
</ul>

<div class="fot">Upprättad av Sara, LSS-handläggare &middot; Utskriven 2025-02-13 &middot; Kopia till samtliga deltagare</div>
</body>
</html>
"""


def plan01():
    src = os.path.join(BUILD, "f11b-01.html")
    with open(src, "w", encoding="utf-8") as fh:
        fh.write(HTML_01)
    soffice_pdf(src, out(1, "pdf"))


# ---------------------------------------------------------------------------
# 02  Mobile team plan, .txt Windows-1252 with CRLF (Skinnskatteberg)
# ---------------------------------------------------------------------------
def underline(title):
    return [title, "-" * len(title)]


def wrap(text, width=76, indent=""):
    return textwrap.wrap(text, width=width, initial_indent=indent,
                         subsequent_indent=indent, break_on_hyphens=False)


def plan02():
    L = []
    L += ["REGION VÄSTMANLAND",
          "Mobila närvårdsteamet, Närsjukvård västra (Fagersta/Norberg/Skinnskatteberg)",
          "",
          "SAMORDNAD INDIVIDUELL PLAN (SIP)",
          "",
          "Patient:      B., 84 år",
          "Personnummer: XXXXXX-XXXX",
          "Upprättad:    2025-03-05",
          "Kommun:       Skinnskatteberg",
          ""]
    L += underline("Syfte")
    L += ["Samordning av vård och omsorg.", ""]
    L += underline("Bakgrund")
    L += wrap("84-årig man som bor ensam i villa ca 1 mil utanför Skinnskatteberg. "
              "Hjärtsvikt, KOL, diabetes typ 2, njursvikt stadium 3 samt lätt kognitiv "
              "svikt (ej utredd). Tre inläggningar på Västmanlands sjukhus Västerås sedan "
              "november 2024, två för hjärtsvikt och en för pneumoni. Hemtjänst 3 ggr/dag "
              "sedan januari. Ordinerad 14 läkemedel, tar dem själv från burkar och "
              "följsamheten bedöms som osäker. Ett fall i hallen i februari utan fraktur. "
              "Dotter M. bor i Köping och hjälper till med inköp och räkningar.")
    L += [""]
    L += underline("Mål")
    L += wrap("Målet är att B. ska kunna bo kvar i sitt hem och undvika oplanerade "
              "inläggningar under våren, samt att viktökning vid hjärtsvikt upptäcks i tid.")
    L += [""]
    L += underline("Delaktighet")
    L += wrap("B. har framfört att han vill bo kvar hemma så länge det går och helst "
              "slippa åka in till Västerås igen.")
    L += [""]
    L += underline("Samtycke")
    L += wrap("B. har muntligen samtyckt till SIP och till att berörda enheter lämnar "
              "information till varandra, i telefonsamtal med ssk 2025-03-03.")
    L += [""]
    L += underline("Insatser")
    actions = [
        "Daglig viktkontroll på morgonen före frukost, värdet skrivs på listan på "
        "kylskåpet. Vid ökning med mer än 2 kg på tre dagar ringer personalen mobila "
        "teamet. (hemtjänsten Skinnskatteberg, fr.o.m. v. 11)",
        "Läkemedelsgenomgång med ställningstagande till dosdispensering (ApoDos). "
        "(läkare mobila teamet, v. 12)",
        "Överlämning av dosdispenserade läkemedel och signering vid varje "
        "tillfälle. (hemsjukvården Skinnskattebergs kommun, fr.o.m. v. 13)",
        "Kontroll av krea, natrium och kalium efter ändrad diuretikados. "
        "(ssk mobila teamet, v. 13)",
        "Hembesök för bedömning av förflyttning och halkrisk, provning av rollator "
        "inomhus och duschpall. (arbetsterapeut kommunens rehabenhet, v. 12)",
        "Genomgång av inhalationsteknik och spirometri. (dsk VC Skinnskatteberg, v. 14)",
        "Handläggning av ansökan om trygghetslarm. (biståndshandläggare "
        "äldreomsorgen Skinnskatteberg, beslut v. 11)",
        "Handlar och bär hem varor samt följer med på besöket hos dsk på VC. "
        "(dottern M., varannan lördag resp. v. 14)",
    ]
    for i, a in enumerate(actions, 1):
        lines = wrap(a, width=76, indent="   ")
        lines[0] = f"{i})" + lines[0][2:] if i < 10 else lines[0]
        L += lines
        L += [""]
    L += underline("Ansvar för planen")
    L += ["Mobila teamet håller samman planen.", ""]
    L += underline("Uppföljning")
    L += ["Planen följs upp om ca 6 veckor. Tid meddelas B. och dottern.", ""]
    L += ["[Textexport ur journalsystemet 2025-03-05 15:42]", ""]
    text = "\r\n".join(L)
    with open(out(2, "txt"), "wb") as fh:
        fh.write(text.encode("cp1252"))


# ---------------------------------------------------------------------------
# 03  Family-treatment unit child-and-family plan, .docx (Hallstahammar)
# ---------------------------------------------------------------------------
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


def bold_para(doc, text, size=None, color=None, space_before=8):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    p.paragraph_format.space_before = Pt(space_before)
    p.paragraph_format.space_after = Pt(2)
    return p


def person_table(doc, rows, widths=(Cm(9.5), Cm(6.0))):
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    for c, txt in zip(hdr, ("Vad gör jag/vi?", "När?")):
        c.text = ""
        c.paragraphs[0].add_run(txt).bold = True
        shade(c, "E8F0E0")
    repeat_header(t.rows[0])
    for what, when in rows:
        cells = t.add_row().cells
        cells[0].text = what
        cells[1].text = when
    t.autofit = False
    for col, w in zip(t.columns, widths):
        col.width = w
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    return t


def plan03():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Hallstahammars kommun  |  Socialförvaltningen  |  Familjeenheten – familjebehandling"
    hp.runs[0].font.size = Pt(8)
    hp.runs[0].font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    fp = sec.footer.paragraphs[0]
    fp.text = "Vår plan – Noah och familjen – 2025-01-28"
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.runs[0].font.size = Pt(8)

    t = doc.add_paragraph()
    r = t.add_run("Vår plan")
    r.bold = True
    r.font.size = Pt(20)
    r.font.color.rgb = RGBColor(0x3A, 0x6B, 0x35)
    p = doc.add_paragraph()
    r = p.add_run("Samordnad individuell plan (SIP) för Noah och hans familj")
    r.font.size = Pt(12)
    r.font.small_caps = True

    info = doc.add_table(rows=3, cols=2)
    info.style = "Table Grid"
    for i, (k, v) in enumerate([("Barn", "Noah, 9 år, åk 3 (ÅÅMMDD-XXXX)"),
                                ("Datum", "2025-01-28 kl. 15.00–16.30"),
                                ("Plats", "Familjeenhetens samtalsrum, Hallstahammar")]):
        info.cell(i, 0).text = k
        info.cell(i, 0).paragraphs[0].runs[0].bold = True
        info.cell(i, 1).text = v
        info.cell(i, 0).width = Cm(3)
        info.cell(i, 1).width = Cm(12.5)

    bold_para(doc, "Syfte", 12, "3A6B35")
    doc.add_paragraph("Samverkan kring Noah.")

    bold_para(doc, "Så här har det varit", 12, "3A6B35")
    doc.add_paragraph(
        "Noah går i årskurs 3 på Parkskolan. Sedan höstterminen har han haft många utbrott "
        "i skolan, framför allt på raster och vid övergångar, och han har slagit klasskamrater "
        "vid flera tillfällen. Skolan gjorde en orosanmälan i oktober 2024. Efter utredning "
        "beviljades familjen familjebehandling från december. Hemma blir det ofta bråk vid "
        "läggning och mellan Noah och lillasyster Ella (5 år). Noah somnar sent och är trött "
        "på morgonen. Elevhälsan skickade en remiss till BUP Västerås i december med fråga om "
        "neuropsykiatrisk utredning.")

    bold_para(doc, "Frågor vi vill ha svar på idag", 12, "3A6B35")
    for q in ["Har BUP tagit emot remissen, och när kan en bedömning av Noah starta?",
              "Hur gör vi så att hemmet och skolan använder samma sätt att förebygga och "
              "avbryta utbrott, och samma belöningssystem?",
              "Kan Noah få en vuxen med sig på lunchrasten?"]:
        doc.add_paragraph(q, style="List Bullet")

    bold_para(doc, "Noahs teckning", 12, "3A6B35")
    doc.add_paragraph(
        "Noah ville inte prata så mycket i början, så han ritade i stället medan vi pratade. "
        "På teckningen finns ett gult hus med ett stort svart moln över taket. Inne i huset "
        "har han ritat mamma, pappa och Ella vid ett bord. En liten figur står ensam bredvid "
        "ett fotbollsmål utanför huset. Noah sa att figuren är han och att molnet är ”när det "
        "blir bråk”. I hörnet finns en sol, och den är ”när vi spelar FIFA med pappa”. Noah "
        "ville att teckningen skulle sitta med i planen.")

    bold_para(doc, "Noah var med", 12, "3A6B35")
    doc.add_paragraph(
        "Noah var med den första timmen tillsammans med mamma och pappa. Han berättade att det "
        "är värst på lunchrasten när de andra inte låter honom vara med och spela fotboll, och "
        "att han vill ha en vuxen i närheten då. Han vill inte byta klass. Han tycker att "
        "stopp-kortet som mentorn har pratat om är bra, men vill inte att alla i klassen ska se "
        "när han använder det.")

    bold_para(doc, "Noahs mål – med hans egna ord", 12, "3A6B35")
    for g in ["”Jag vill inte bli så arg att jag slår någon.”",
              "”Jag vill få vara med och spela fotboll på rasten.”",
              "”Jag vill att det inte blir bråk hemma när jag ska sova.”"]:
        doc.add_paragraph(g, style="List Bullet")

    bold_para(doc, "Mammas och pappas mål", 12, "3A6B35")
    doc.add_paragraph("Mamma: ”Att vi ska kunna äta middag och lägga barnen utan att någon skriker.”",
                      style="List Bullet")
    doc.add_paragraph("Pappa: ”Att skolan ringer oss för att berätta något bra och inte bara när det "
                      "har hänt något.”", style="List Bullet")

    bold_para(doc, "Vad gör var och en?", 13, "3A6B35", space_before=12)

    bold_para(doc, "Noah", 11)
    person_table(doc, [
        ("Visar stopp-kortet för fröken när han känner att han blir arg, och går till lugna "
         "hörnan i klassrummet en stund.", "Från 2025-02-03"),
        ("Övar på att sätta ord på känslor med ”känslotermometern” tillsammans med "
         "familjebehandlaren.", "Vid hembesöken varannan tisdag, från 2025-02-04"),
    ])
    bold_para(doc, "Mamma", 11)
    person_table(doc, [
        ("Går föräldrakursen ABC (Alla Barn i Centrum) på Familjeenheten.",
         "4 träffar, start 2025-02-12"),
        ("Fyller i belöningsschemat på kylskåpet varje kväll tillsammans med Noah.",
         "Från 2025-02-03"),
    ])
    bold_para(doc, "Pappa", 11)
    person_table(doc, [
        ("Sköter läggningen tisdag–torsdag med samma kvällsrutin (läsa, släcka kl. 20.00).",
         "Från 2025-02-03"),
        ("Går ABC tillsammans med mamma.", "Start 2025-02-12"),
        ("Svarar på mentorns veckobrev och berättar om helgen.", "Varje måndag från v. 6"),
    ])
    bold_para(doc, "Vi som arbetar runt familjen", 11)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ("Vem", "Vad", "När")):
        c.text = ""
        c.paragraphs[0].add_run(txt).bold = True
        shade(c, "E8F0E0")
    repeat_header(t.rows[0])
    for who, what, when in [
        ("Familjebehandlare, Familjeenheten",
         "Hembesök med fokus på kvällsrutiner, konflikter mellan syskonen och belöningsschema.",
         "Varannan tisdag kl. 16.00–17.30 från 2025-02-04"),
        ("Mentor/klasslärare, Parkskolan",
         "Inför stopp-kort och lugn hörna i klassrummet. Skickar veckobrev till föräldrarna med "
         "minst en sak som gått bra.", "Från 2025-02-03, veckobrev fredagar"),
        ("Rektor, Parkskolan",
         "Beslut om vuxenstöd (elevassistent) på lunchrasten.", "Beslut senast 2025-02-14"),
        ("Skolsköterska, elevhälsan Parkskolan",
         "Skickar skolans pedagogiska kartläggning och observationer som komplettering till BUP.",
         "Senast 2025-02-07"),
        ("Behandlare, BUP Västerås (intag)",
         "Första bedömningssamtal med Noah och föräldrarna. Tar ställning till "
         "neuropsykiatrisk utredning.", "2025-03-11"),
    ]:
        cells = t.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = who, what, when
    t.autofit = False
    for col, w in zip(t.columns, (Cm(4.5), Cm(7.5), Cm(3.5))):
        col.width = w
    for row in t.rows:
        for c, w in zip(row.cells, (Cm(4.5), Cm(7.5), Cm(3.5))):
            c.width = w

    bold_para(doc, "Vem håller ihop planen?", 12, "3A6B35", space_before=12)
    doc.add_paragraph("Familjeenheten har huvudansvar för planen.")

    bold_para(doc, "Med på mötet", 12, "3A6B35")
    doc.add_paragraph("Noah (första timmen), mamma Sara, pappa Karim, Linda, Johan, Maria och Petra.")

    fix_docx_core(doc, "Familjeenheten")
    doc.save(out(3, "docx"))
    normalize_zip(out(3, "docx"))


# ---------------------------------------------------------------------------
# 04  Discharge SIP from psychiatric inpatient care, fpdf2 landscape table
# ---------------------------------------------------------------------------
class JournalPDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 8)
        self.set_text_color(80, 80, 80)
        self.cell(95, 5, "Cosmic – Psykiatri, Region Västmanland", new_x="RIGHT", new_y="TOP")
        self.cell(87, 5, "Utskriftsdatum 2025-04-03 10:14", align="C", new_x="RIGHT", new_y="TOP")
        self.cell(0, 5, f"Sida {self.page_no()} ({{nb}})", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, "Patient: A.  ÅÅMMDD-XXXX   |   Dokument: SIP inför utskrivning   |   "
                        "Psykiatriska kliniken Västerås, avd 31", align="C")


def plan04():
    pdf = JournalPDF(orientation="L", unit="mm", format="A4")
    pdf.set_creation_date(__import__("datetime").datetime(2025, 4, 3, 10, 14))
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_margins(14, 12, 14)
    pdf.set_auto_page_break(True, margin=16)
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 7, "Samordnad individuell plan (SIP) inför utskrivning från psykiatrisk heldygnsvård",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    pdf.cell(0, 5, "Psykiatriska kliniken Västerås, avdelning 31  ·  Planerad utskrivning 2025-04-10",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    rows = [
        ("Patient", "A., 34 år\nPersonnummer: ÅÅMMDD-XXXX\nFolkbokförd: Västerås"),
        ("Mötesdatum och plats", "2025-04-02 kl. 13.00–14.15, avdelning 31, Västmanlands sjukhus "
         "Västerås. Beroendecentrum deltog via Teams."),
        ("Deltagare",
         "A. (patient)\n"
         "Johanna, sjuksköterska, avd 31 Psykiatriska kliniken Västerås\n"
         "Erik, överläkare, avd 31 Psykiatriska kliniken Västerås\n"
         "Sofia, kontaktsjuksköterska, Psykosmottagningen Västerås, Region Västmanland\n"
         "Ola, behandlare, Beroendecentrum Västerås, Region Västmanland (Teams)\n"
         "Malin, socialsekreterare, Vuxenenheten missbruk, Västerås stad\n"
         "Dragan, boendestödjare, Boendestöd socialpsykiatri, Västerås stad"),
        ("Bakgrund",
         "A. har diagnosen schizofreni sedan 2021 och ett periodvis omfattande bruk av amfetamin och "
         "cannabis. Han lades in enligt LPT 2025-02-27 efter ett psykotiskt insjuknande med hot mot "
         "grannar, i samband med amfetaminbruk. Vården övergick till frivillig 2025-03-20. Detta är "
         "hans tredje inläggning på två år; vid de två tidigare utskrivningarna avbröts kontakten med "
         "psykosmottagningen inom några veckor. A. bor ensam i hyreslägenhet i Västerås. Det finns en "
         "hyresskuld på tre månader och hyresvärden har skickat en varning om uppsägning."),
        ("Syfte",
         "Syftet är att A. ska kunna skrivas ut till sin egen lägenhet med boendestöd, fortsatt "
         "antipsykotisk behandling och beroendebehandling som är på plats redan första veckan, så att "
         "han inte återfaller i amfetaminbruk och behöver läggas in igen."),
        ("Frågeställningar",
         "– Kan A. bo kvar i lägenheten trots hyresskulden, och vem kontaktar hyresvärden före "
         "utskrivningen?\n"
         "– Ska depåinjektionen ges på psykosmottagningen eller i hemmet?\n"
         "– Ska beroendebehandlingen ske på Beroendecentrum eller i kommunens öppenvård?"),
        ("Den enskildes mål",
         "A:s mål är att bo kvar i sin lägenhet, vara drogfri och på sikt ha någon form av "
         "sysselsättning."),
        ("Den enskildes delaktighet och synpunkter",
         "A. deltog under hela mötet. Han vill bo kvar i sin lägenhet och tycker att boendestöd två "
         "gånger i veckan räcker. Han vill inte gå i grupp på Beroendecentrum utan föredrar enskilda "
         "samtal. Han är positiv till depåinjektion i stället för tabletter."),
        ("Insatser, ansvar och tidpunkt",
         "1. Depåinjektion (paliperidon) var fjärde vecka.\n"
         "    Ansvar: kontaktsjuksköterska, Psykosmottagningen Västerås. Första injektion efter "
         "utskrivning 2025-04-24 på mottagningen.\n"
         "2. Läkarbesök för uppföljning av läkemedelsbehandling och biverkningar.\n"
         "    Ansvar: läkare, Psykosmottagningen Västerås. 2025-05-08.\n"
         "3. Utskrivningssamtal, aktuell läkemedelslista och recept för 14 dagar, "
         "utskrivningsmeddelande till psykosmottagningen.\n"
         "    Ansvar: sjuksköterska och överläkare, avd 31. Vid utskrivning 2025-04-10.\n"
         "4. Boendestöd två gånger i veckan: struktur i vardagen, post och räkningar, inköp, "
         "påminnelse om besök.\n"
         "    Ansvar: Boendestöd socialpsykiatri, Västerås stad. Start 2025-04-11.\n"
         "5. Kontakt med hyresvärden om hyresskulden och ansökan om ekonomiskt bistånd för skulden.\n"
         "    Ansvar: socialsekreterare, Vuxenenheten missbruk, Västerås stad. Senast 2025-04-09.\n"
         "6. Enskilda samtal med återfallsprevention samt regelbundna urinprover.\n"
         "    Ansvar: Beroendecentrum Västerås.\n"
         "7. Krisplan: tidiga tecken är sömnsvårigheter och misstänksamhet mot grannar. Vid "
         "försämring kontaktas psykosmottagningen dagtid, psykiatrisk akutmottagning kvällar och "
         "helger. Krisplanen lämnas i kopia till boendestödet.\n"
         "    Ansvar: kontaktsjuksköterska, Psykosmottagningen. Klar till utskrivning 2025-04-10."),
        ("Andra aktörer",
         "A. har god man sedan 2023. Försäkringskassan kan bli aktuell längre fram när det gäller "
         "sysselsättning och ersättning."),
        ("Huvudansvarig för SIP", ""),
        ("Uppföljning",
         "Uppföljande SIP-möte ca fyra veckor efter utskrivning. Kallelse skickas ut."),
        ("Dokumenterad av", "Johanna, sjuksköterska, avd 31, 2025-04-02"),
    ]
    pdf.set_font("DejaVu", "", 9)
    with pdf.table(col_widths=(55, 214), line_height=5, repeat_headings=1,
                   headings_style=__import__("fpdf").fonts.FontFace(emphasis="BOLD", fill_color=(215, 225, 235)),
                   text_align=("LEFT", "LEFT"), padding=1.5) as table:
        h = table.row()
        h.cell("Rubrik")
        h.cell("Innehåll")
        for k, v in rows:
            r = table.row()
            r.cell(k)
            r.cell(v)
    pdf.output(out(4, "pdf"))


# ---------------------------------------------------------------------------
# 05  School-health-led SIP minutes, .md (Norberg)
# ---------------------------------------------------------------------------
MD_05 = """# Minnesanteckningar – SIP-möte

**Elev:** Tova, åk 9
**Datum:** 2025-02-19, kl. 10.00–11.15
**Plats:** Elevhälsans konferensrum, Norberg
**Antecknare:** Elin

## Närvarande

- Tova – elev
- Anna – mamma
- Elin – kurator
- Hanna – skolsköterska
- Jonas – mentor
- Karin – rektor (punkt 4–5)
- Amir – behandlare

## Dagordning

1. **Inledning**
   Elin hälsade alla välkomna och gick igenom hur mötet skulle gå till. Syfte med mötet: samordning kring Tova.

2. **Samtycke**
   Samtycke finns.

3. **Nuläge**
   Tova har haft ca 40 % frånvaro under höstterminen, mest förstalektioner. Hon fick diagnosen depression på BUP i december och började med medicin (SSRI) i januari. Hon har KBT-samtal på BUP varannan vecka. Tova berättade att morgnarna är värst, att hon ligger vaken länge på kvällarna och att hon skäms när hon kommer in sent i klassrummet. Hon tycker att det har blivit lite bättre sedan jul.
   Tova om vad hon vill: *”Jag vill klara matte och engelska så att jag kommer in på samhällsprogrammet i Sala till hösten.”*
   Mamma berättade att det är svårt att få upp Tova på morgonen och att hon oroar sig för betygen.

4. **Frågor till mötet**
   - Kan Tova börja senare på morgonen några dagar i veckan utan att missa kärnämnen?
   - Behöver hon anpassad studiegång i idrott och hemkunskap för att hinna ikapp i matte och engelska?
   - Hur ska skolan få veta om medicinen ändras eller om måendet blir sämre?

   Amir berättade att Tova har en ny läkartid på BUP i mars. Karin tyckte att senare start går att lösa med schemat.

5. **Insatser och beslut**
   **Beslut: Tova börjar kl. 9.40 måndag, tisdag och torsdag från v. 9. Jonas meddelar berörda lärare och lägger upp ett schema.**
   **Beslut: Karin tar ställning till anpassad studiegång i idrott och hemkunskap.**
   **Beslut: Elin träffar Tova för stödsamtal varje onsdag kl. 10.15 under vårterminen, start 2025-02-26.**
   **Beslut: Jonas och ämneslärarna i matte och engelska gör en plan för vad Tova behöver ta igen, klar till v. 10.**
   **Beslut: Amir fortsätter KBT-samtalen varannan vecka och läkaren följer upp medicinen.**
   **Beslut: Hanna och Amir stämmer av Tovas mående per telefon var tredje vecka, första gången v. 10.**
   Mamma sa att familjen stöttar hemma så gott det går.

6. **Övrigt**
   Tova vill inte att klasskamraterna ska få veta varför hon börjar senare. Lärarna säger bara att hon har ett anpassat schema. Tova vill helst ha samtalen med Elin i ett rum som inte ligger vid korridoren.

7. **Nästa möte**
   **Uppföljning v. 14.** Tid skickas ut senare.

---
*Anteckningarna skickas till deltagarna efter mötet.*
"""


def plan05():
    with open(out(5, "md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(MD_05)


# ---------------------------------------------------------------------------
# 06  Follow-up .docx: copied table with an added follow-up column (Köping)
# ---------------------------------------------------------------------------
def plan06():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin = Cm(1.6)
    hdr = sec.header.paragraphs[0]
    hdr.text = "KÖPINGS KOMMUN\tSocialförvaltningen, Vuxenenheten\tUppföljning SIP"
    for r in hdr.runs:
        r.font.size = Pt(8)
    ftr = sec.footer.paragraphs[0]
    ftr.text = "Dokumentet innehåller sekretessbelagda uppgifter. Förvaras i akten."
    ftr.runs[0].font.size = Pt(7)

    h = doc.add_heading("Uppföljning av samordnad individuell plan (SIP)", level=1)
    p = doc.add_paragraph()
    p.add_run("Namn: ").bold = True
    p.add_run("Ahmed     ")
    p.add_run("Personnr: ").bold = True
    p.add_run("ÅÅMMDD-XXXX     ")
    p.add_run("Ursprunglig plan: ").bold = True
    p.add_run("2024-11-19     ")
    p.add_run("Uppföljningsmöte: ").bold = True
    p.add_run("2025-03-18, Vuxenenheten Köping")

    bold_para(doc, "Syfte")
    doc.add_paragraph("Se SIP 2024-11-19.")
    bold_para(doc, "Mål (från planen 2024-11-19)")
    doc.add_paragraph("Målet är att Ahmed ska klara sin vardag i hemmet med stöd och på sikt kunna "
                      "återgå till sitt arbete på deltid.")
    bold_para(doc, "Bakgrund i korthet")
    doc.add_paragraph(
        "Ahmed, 46 år, fick en traumatisk hjärnskada vid en cykelolycka i augusti 2024. Efter "
        "rehabilitering på Rehabiliteringsmedicin i Västerås bor han hemma i Köping med sambon Lina. "
        "Han har kvarstående minnes- och uppmärksamhetssvårigheter, uttalad trötthet och nedsatt "
        "balans. Han är sjukskriven på heltid från sitt arbete som lagerarbetare och har sjukpenning "
        "från Försäkringskassan.")
    bold_para(doc, "Delaktighet och samtycke")
    doc.add_paragraph("Ahmed deltog på mötet tillsammans med Lina. Samtycke finns sedan tidigare.")

    bold_para(doc, "Insatser enligt planen 2024-11-19 med uppföljning")
    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    heads = ("Insats", "Ansvarig", "När", "Uppföljning 2025-03-18")
    for c, t in zip(table.rows[0].cells, heads):
        c.text = ""
        c.paragraphs[0].add_run(t).bold = True
        shade(c, "D9D9D9")
    repeat_header(table.rows[0])
    groups = [
        ("Kommunen", [
            ("Boendestöd 2 ggr/vecka: veckoplanering, almanacka, påminnelser om tider.",
             "Boendestöd, Socialpsykiatrin Köpings kommun", "Från 2024-12-02",
             "Fortsätter. Minskas till 1 ggr/vecka från v. 15."),
            ("Bedömning och förskrivning av kognitiva hjälpmedel i hemmet (talande klocka, "
             "whiteboard, medicindosett med larm).",
             "Arbetsterapeut, Kommunrehab Köping", "v. 50", "Klart."),
            ("Utredning och beslut om ledsagarservice till träning och ärenden.",
             "Biståndshandläggare, Vuxenenheten", "Beslut v. 49",
             "Klart. Beviljat 8 tim/månad."),
        ]),
        ("Regionen", [
            ("Neuropsykologisk utredning.",
             "Psykolog, Rehabiliteringsmedicin Västmanlands sjukhus Västerås", "Jan–feb 2025",
             "Klart. Återkoppling till Ahmed och Lina 2025-02-26."),
            ("Fysioterapi för balans och kondition.",
             "Fysioterapeut, Rehabiliteringsmedicin VS", "1 ggr/vecka t.o.m. v. 12",
             "Fortsätter t.o.m. v. 20."),
            ("Läkarintyg för fortsatt sjukskrivning.",
             "Läkare, Vårdcentralen Köping", "Senast 2025-01-15",
             "Klart. Nytt intyg senast 2025-04-10."),
        ]),
        ("Övriga", [
            ("Avstämningsmöte om sjukpenning och möjlig arbetsåtergång.",
             "Handläggare, Försäkringskassan", "v. 6", "Klart. Ny tid v. 20."),
            ("Kontakt med arbetsgivaren om arbetsanpassning och arbetsträning.",
             "Handläggare, Försäkringskassan", "Mars 2025", "Fortsätter."),
            ("Skjutsar Ahmed till fysioterapin när ledsagare saknas.",
             "Sambon Lina", "Från 2024-12", "Fortsätter."),
        ]),
    ]
    for gname, rows in groups:
        r = table.add_row()
        merged = r.cells[0].merge(r.cells[3])
        merged.text = ""
        run = merged.paragraphs[0].add_run(gname)
        run.bold = True
        run.font.small_caps = True
        shade(merged, "F2F2F2")
        for row in rows:
            cells = table.add_row().cells
            for c, t in zip(cells, row):
                c.text = t
    widths = (Cm(9.0), Cm(7.0), Cm(3.8), Cm(6.2))
    table.autofit = False
    for col, w in zip(table.columns, widths):
        col.width = w
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = w

    bold_para(doc, "Övrigt från mötet")
    doc.add_paragraph(
        "Neuropsykologens bedömning bekräftar nedsatt arbetsminne och uttalad hjärntrötthet. "
        "Ledsagarservicen har fungerat bra. Boendestödet ser att veckoplaneringen fungerar allt "
        "bättre och kan minskas.")
    bold_para(doc, "Huvudansvarig för planen")
    doc.add_paragraph("Emma, biståndshandläggare, Vuxenenheten, Socialförvaltningen Köpings kommun.")
    bold_para(doc, "Närvarande 2025-03-18")
    doc.add_paragraph("Ahmed, Lina, Emma, Sofia, Jesper, Maja (via Teams).")

    fix_docx_core(doc, "Vuxenenheten Köping")
    doc.save(out(6, "docx"))
    normalize_zip(out(6, "docx"))


# ---------------------------------------------------------------------------
# 07  Empty printed checklist template, fpdf2
# ---------------------------------------------------------------------------
def plan07():
    pdf = FPDF(orientation="P", unit="mm", format="A4")
    pdf.set_creation_date(__import__("datetime").datetime(2024, 9, 2, 9, 0))
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_font("DejaVu", "I", FONT_I)
    pdf.set_margins(20, 16, 20)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("DejaVu", "", 8)
    pdf.set_text_color(90, 90, 90)
    pdf.cell(0, 4, "Länsgemensam mall – kommunerna i Västmanland och Region Västmanland",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)
    pdf.set_font("DejaVu", "B", 15)
    pdf.cell(0, 8, "Checklista – samordnad individuell plan (SIP)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "I", 8.5)
    pdf.multi_cell(0, 4, "Används vid SIP-mötet. Bocka av när punkten är genomgången och skriv "
                         "kort vad som bestämts. Fullständig plan dokumenteras i respektive "
                         "verksamhets journal/akt.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    pdf.set_font("DejaVu", "", 10)
    def field(label, w_label, w_line, newline=True):
        pdf.cell(w_label, 7, label, new_x="RIGHT", new_y="TOP")
        x, y = pdf.get_x(), pdf.get_y()
        pdf.line(x, y + 6, x + w_line, y + 6)
        pdf.set_x(x + w_line + 4)
        if newline:
            pdf.ln(9)

    field("Namn:", 14, 80, newline=False)
    field("Personnummer:", 28, 44)
    field("Datum för SIP-mötet:", 38, 40, newline=False)
    field("Plats:", 12, 72)
    pdf.ln(2)

    items = [
        "Syfte beskrivet",
        "Frågeställningar inför mötet",
        "Den enskildes mål (med egna ord)",
        "Den enskilde delaktig / synpunkter",
        "Samtycke (muntligt/skriftligt, datum)",
        "Insatser beskrivna",
        "Ansvarig och tidpunkt per insats",
        "Huvudansvarig för planen",
        "Andra aktörer (FK, AF, god man, närstående)",
        "Deltagare (namn, funktion, verksamhet)",
    ]
    for it in items:
        y = pdf.get_y()
        pdf.set_font("DejaVu", "", 12)
        pdf.cell(7, 7, "☐", new_x="RIGHT", new_y="TOP")
        pdf.set_font("DejaVu", "", 10)
        pdf.cell(86, 7, it, new_x="RIGHT", new_y="TOP")
        x = pdf.l_margin + 95
        pdf.set_draw_color(120, 120, 120)
        pdf.line(x, y + 6, pdf.w - pdf.r_margin, y + 6)
        pdf.line(pdf.l_margin + 95, y + 13, pdf.w - pdf.r_margin, y + 13)
        pdf.set_draw_color(0, 0, 0)
        pdf.set_y(y + 17)

    pdf.ln(2)
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 7, "Datum för uppföljning: ______________________", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("DejaVu", "", 9)
    pdf.cell(85, 6, "Underskrift: ____________________________", new_x="RIGHT", new_y="TOP")
    pdf.cell(0, 6, "Funktion/verksamhet: __________________________", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(-14)
    pdf.set_font("DejaVu", "", 7)
    pdf.set_text_color(110, 110, 110)
    pdf.cell(0, 4, "Mall version 2024-09  ·  Sida 1 (1)", align="R")
    pdf.output(out(7, "pdf"))


# ---------------------------------------------------------------------------
# 08  iPad notes export, .txt UTF-8 (Sala)
# ---------------------------------------------------------------------------
TXT_08 = """SIP Nora 20/3-25
VC Sala rum 4 + teams

Vi sågs för att VC, psykiatrin
och kommunen ska dra åt samma håll
så att Nora kan börja komma tillbaka
till jobbet efter snart ett år sjukskriven

Nora 38 år, jobbar i butik
sjukskriven 100% sen april -24
GAD + paniksyndrom
svårt att ta bussen, handlar sent på kvällen när det är tomt
sover dåligt, mkt oro för ekonomin

Nora var med hela mötet 👍
sa själv:
"jag vill kunna jobba 25% igen innan sommaren"
"och kunna åka buss till Västerås själv"
vill INTE ha gruppbehandling, helst samma kontakt som nu

✅ fortsatt kontakt kurator
👤 kurator Lisa VC
📅 3/4 sen varannan vecka

✅ fortsatt kontakt psykiatrin
👤 Kim psyk öppenvård Sala
📅

✅ stöd vid behov från kommunen
👤 socialtjänsten
📅 ?

✅ fortsatt kontakt läkare
👤 dr Omar VC
📅 10/4

FK är med i bilden
AF kanske längre fram

🔑 huvudansvar VC

📅 nästa SIP 12/6 kl 13 på VC
"""


def plan08():
    with open(out(8, "txt"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(TXT_08)


def main():
    os.makedirs(PLANS, exist_ok=True)
    os.makedirs(BUILD, exist_ok=True)
    for f in (plan01, plan02, plan03, plan04, plan05, plan06, plan07, plan08):
        f()
    print("done:", sorted(os.listdir(PLANS)))


if __name__ == "__main__":
    main()
