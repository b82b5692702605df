#!/usr/bin/env python3
"""Generate the f19b batch of fictional, anonymized SIP documents into plans/.

Run with python generate_b.py
Deterministic: fixed texts and dates, no randomness.
"""
import datetime as dt
import os
import subprocess
import shutil
import tempfile
import textwrap

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f19b"
LO_PROFILE = "file:///tmp/lo-f19b"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def path(n, ext):
    return os.path.join(OUT, f"{PREFIX}-{n:02d}.{ext}")


def fix_core(doc, title, author):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = dt.datetime(2024, 10, 15, 9, 0, 0)
    cp.modified = dt.datetime(2024, 10, 15, 9, 0, 0)
    cp.revision = 1


def save_docx(doc, target):
    """Save and rewrite the zip with fixed timestamps so reruns are byte-identical."""
    import io
    import zipfile
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(
            target, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, zin.read(item.filename))


def set_cell_shading(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def mark_header_row(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def soffice_pdf(src, outdir):
    subprocess.run(
        ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
         "--convert-to", "pdf", "--outdir", outdir, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        timeout=240,
    )


# ---------------------------------------------------------------------------
# 01  Minutes from a network meeting (docx), family with three children, Sala
# ---------------------------------------------------------------------------
def plan01():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)

    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Sala kommun – Socialtjänsten, Barn och familj"
    hp.runs[0].font.size = Pt(8)
    hp.runs[0].font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    fp = sec.footer.paragraphs[0]
    fp.text = "Minnesanteckningar – hanteras enligt OSL 26 kap."
    fp.runs[0].font.size = Pt(8)

    doc.add_heading("Minnesanteckningar från nätverksmöte (SIP)", level=1)
    p = doc.add_paragraph()
    r = p.add_run("Datum: 2024-10-15, kl. 13.00–14.45. Plats: Familjens hus, Sala. "
                  "Ärende: Elias, 11 år, familjen [efternamn].")
    r.italic = True

    paras = [
        "Vid mötet deltog Sanna (mamma), Dennis (pappa), socialsekreterare Linnéa "
        "från Barn och familj IFO Sala, familjebehandlare Omar från "
        "Familjebehandlingen Sala kommun, specialpedagog Karin och kurator Jenny "
        "från Ekebyskolan, psykolog Anna från BUP Sala öppenvårdsmottagning samt "
        "distriktssköterska Maja från Vårdcentralen Sala Väsby. Elias var inte med "
        "på mötet.",

        "Syftet med mötet var att samordna stödet kring Elias så att han kan komma "
        "tillbaka till hela skoldagar, och att föräldrarna får hjälp med de "
        "konflikter som uppstår hemma på eftermiddagar och kvällar, där även "
        "syskonen Wilma (8 år) och Noah (3 år) blir påverkade.",

        "Föräldrarna hade inför mötet två frågor som de ville ha svar på: hur lång "
        "tid det tar innan BUP kan påbörja den neuropsykiatriska utredning som "
        "skolan och föräldrarna efterfrågat, och om Ekebyskolan kan erbjuda Elias "
        "undervisning i mindre grupp under tiden som utredningen pågår.",

        "Sanna och Dennis beskrev hur vardagen ser ut. Elias har sedan "
        "höstterminens start gått hem från skolan flera gånger i veckan efter "
        "konflikter på rasterna, och hemma blir det ofta utbrott när han ska göra "
        "läxor eller när syskonen vill ha uppmärksamhet. Wilma har börjat säga att "
        "hon inte vill vara hemma när Elias är arg, och Noah sover oroligt. "
        "Föräldrarna har delat boende sedan i våras men bor nära varandra, barnen "
        "bor växelvis. Sanna berättade att hon själv sover dåligt och har svårt "
        "att orka på kvällarna.",

        "Skolan bekräftade bilden. Karin berättade att Elias klarar lektionerna "
        "bättre när han har en vuxen nära sig och när han vet vad som ska hända, "
        "men att de stora raster med hela mellanstadiet är svåra. Jenny har träffat "
        "Elias två gånger och upplever att han vill men inte riktigt kan förklara "
        "vad som händer när han blir arg. Anna från BUP informerade om att remissen "
        "från skolhälsovården är bedömd och att Elias står i kö för utredning; hon "
        "kunde efter mötet ge en första tid.",

        "Målet som vi enades om är att Elias ska vara i skolan hela skoldagar minst "
        "fyra dagar i veckan före jullovet och att antalet utbrott hemma ska minska, "
        "så att det blir lugnare för hela familjen.",

        "Följande beslutades:",
    ]
    for t in paras:
        doc.add_paragraph(t)

    decisions = [
        "Familjebehandlaren Omar träffar familjen i hemmet en kväll i veckan med "
        "start vecka 43, med fokus på rutiner kring läxor och syskonkonflikter.",
        "Psykolog Anna, BUP Sala, ger Elias och föräldrarna en första tid till "
        "utredningen 2024-11-06.",
        "Specialpedagog Karin gör en anpassningsplan med rastaktivitet och vuxen "
        "nära på rasterna, klar senast 2024-11-01. Karin tar också upp frågan om "
        "mindre undervisningsgrupp med rektor.",
        "Kurator Jenny fortsätter samtalen med Elias varje tisdag efter lunch.",
        "Vårdcentralen tar kontakt med Sanna om hennes egen sömn och hur hon mår.",
    ]
    for t in decisions:
        doc.add_paragraph("→ " + t)

    tail = [
        "Mormor bor i närheten och har sagt att hon kan avlasta familjen, men hur "
        "det ska gå till är inte bestämt ännu.",
        "Ansvaret för att hålla ihop planen ligger hos socialtjänsten i Sala.",
        "Nästa nätverksmöte hålls 2024-12-03 kl. 13.00 på Familjens hus i Sala.",
        "Vid anteckningarna: Omar, familjebehandlare",
    ]
    for t in tail:
        doc.add_paragraph(t)

    fix_core(doc, "Minnesanteckningar nätverksmöte", "Familjebehandlingen Sala")
    save_docx(doc, path(1, "docx"))


# ---------------------------------------------------------------------------
# 02  Habilitation plan (HTML -> LibreOffice PDF), young person with autism
# ---------------------------------------------------------------------------
HTML02 = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8">
<title>Samordnad individuell plan – Habiliteringscentrum Västerås</title>
<style>
body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; }
h1 { font-size: 15pt; margin-bottom: 2pt; }
h2 { font-size: 11.5pt; margin-top: 12pt; margin-bottom: 3pt; border-bottom: 1px solid #666; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #444; padding: 4pt; vertical-align: top; font-size: 9.5pt; }
th { background: #dde6ee; text-align: left; }
.meta td { border: none; padding: 1pt 6pt 1pt 0; }
.small { font-size: 8pt; color: #444; }
</style></head><body>
<p class="small">Region Västmanland · Habiliteringscentrum Västerås · Barn- och ungdomshabiliteringen</p>
<h1>Samordnad individuell plan (SIP)</h1>
<table class="meta">
<tr><td><b>Namn:</b></td><td>Alva</td><td><b>Personnummer:</b></td><td>ÅÅMMDD-XXXX</td></tr>
<tr><td><b>Mötesdatum:</b></td><td>2025-01-21</td><td><b>Plats:</b></td><td>Habiliteringscentrum Västerås</td></tr>
</table>

<h2>Syfte</h2>
<p>Samordning.</p>

<h2>Frågeställningar</h2>
<p>Stämma av läget.</p>

<h2>Bakgrund</h2>
<p>Alva är 16 år och går i årskurs 9 i Västerås. Hon har diagnosen autism sedan
åk 4 och är inskriven på habiliteringen. Under hösten har hon haft svårt att sova,
varit hemma från skolan i perioder och oroar sig mycket för övergången till
gymnasiet. Hon åker inte buss själv och är beroende av att mamma skjutsar.</p>

<h2>Delaktighet och samtycke</h2>
<p>Alva deltog i mötet tillsammans med sin mamma Lena. Alva hade skrivit ner det
hon ville säga på en lapp innan, och läste själv upp den. Hon vill helst gå i en
liten klass på gymnasiet och vill inte byta till en ny skola mitt i terminen. Hon
vill själv bestämma när hon tar paus under mötena.</p>
<p>Alva och vårdnadshavaren Lena gav skriftligt samtycke till SIP på
habiliteringens blankett 2025-01-14. Pappa har informerats och har inget att
invända.</p>

<h2>Mål och insatser</h2>
<table>
<thead><tr><th style="width:24%">Mål</th><th style="width:36%">Insats</th><th style="width:22%">Ansvarig</th><th style="width:18%">Tidsplan</th></tr></thead>
<tbody>
<tr><td>”Jag vill kunna sova på nätterna och inte vara så trött i skolan.”</td>
<td>Sömndagbok under fyra veckor, därefter läkarbesök för utvärdering av
melatonin och sömnrutiner.</td>
<td>Läkare, Habiliteringscentrum Västerås</td>
<td>Sömndagbok från v. 5, läkarbesök 2025-03-04</td></tr>
<tr><td>”Jag vill gå på gymnasiet, men i en liten grupp där jag känner lärarna.”</td>
<td>Studie- och yrkesvägledaren ordnar studiebesök på två gymnasieskolor med
mindre undervisningsgrupper och förbereder överlämning till mottagande skola.</td>
<td>SYV, Kristiansborgsskolan, Västerås stad</td>
<td>Studiebesök i februari 2025, överlämning senast 2025-05-30</td></tr>
<tr><td>”Jag vill kunna åka buss själv in till stan.”</td>
<td>Träning i att åka buss, sex tillfällen med arbetsterapeut, med bildstöd och
reseapp.</td>
<td>Arbetsterapeut, Habiliteringscentrum Västerås</td>
<td>Mars–april 2025</td></tr>
<tr><td>”Jag vill ha något eget att göra på helgerna.”</td>
<td>Utredning av ansökan om kontaktperson enligt LSS 9 § 4.</td>
<td>LSS-handläggare, Myndighetsenheten funktionsnedsättning, Västerås stad</td>
<td>Beslut senast 2025-03-31</td></tr>
<tr><td>”Jag vill inte gråta i skolan.”</td>
<td>Samtal om oro och stresshantering med kurator på habiliteringen, varannan vecka.</td>
<td>Kurator, Habiliteringscentrum Västerås</td>
<td>Varannan torsdag från 2025-02-06 till sommarlovet</td></tr>
</tbody></table>

<h2>Andra aktörer</h2>
<table>
<thead><tr><th style="width:30%">Vem</th><th style="width:50%">Gör vad</th><th style="width:20%">När</th></tr></thead>
<tbody>
<tr><td>Lena (mamma)</td><td>Skickar in ansökan om omvårdnadsbidrag med läkarutlåtande till Försäkringskassan.</td><td>Senast 2025-02-15</td></tr>
<tr><td>Försäkringskassan, handläggare</td><td>Utreder ansökan om omvårdnadsbidrag och fattar beslut.</td><td>Beslut beräknas i april 2025</td></tr>
<tr><td>Alva själv</td><td>Fyller i sömndagboken varje morgon och tar med den till läkarbesöket.</td><td>v. 5–8</td></tr>
</tbody></table>

<h2>Deltagare</h2>
<p>Alva, Lena (mamma), Jonas, Sofie, Ulrika, Mikael, Petra</p>

<h2>Huvudansvar för planen</h2>
<p>Habiliteringscentrum Västerås</p>

<h2>Uppföljning</h2>
<p>Uppföljning i maj 2025. Kallelse skickas ut.</p>

<p class="small">Planen har skickats till Alva, vårdnadshavare och samtliga deltagare.</p>
</body></html>
"""


def plan02():
    tmp = tempfile.mkdtemp(prefix="f19b-")
    src = os.path.join(tmp, f"{PREFIX}-02.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(HTML02)
    soffice_pdf(src, tmp)
    shutil.copy(os.path.join(tmp, f"{PREFIX}-02.pdf"), path(2, "pdf"))
    shutil.rmtree(tmp)


# ---------------------------------------------------------------------------
# 03  Regional record system SIP note export (txt, UTF-8, LF), Köping
# ---------------------------------------------------------------------------
def kw(label, text):
    lines = [label]
    if text:
        for para in text.split("\n"):
            lines += textwrap.wrap(para, width=72, initial_indent="  ",
                                   subsequent_indent="  ")
    return lines


def plan03():
    out = [
        "Cosmic – Journalutskrift",
        "Vårdenhet: Beroendemottagningen Köping, Region Västmanland",
        "Patient: XXXXXX-XXXX  [namn]",
        "Utskriven: 2025-02-12 08:41",
        "-" * 72,
        "2025-02-11 14:20  Sjuksköterska Lena, Beroendemottagningen Köping",
        "",
        "Anteckningstyp: SIP",
        "",
    ]
    out += kw("Aktuellt:",
              "J. är 52 år och avslutade abstinensbehandling på avdelning 21 i "
              "Västerås 2025-02-03. Han bor sedan dess åter i sin lägenhet i "
              "Köping. Två återfall i alkohol under det senaste halvåret, senast i "
              "januari. Sover dåligt, äter oregelbundet och har gått ner i vikt. "
              "Hyresskuld sedan i höstas. "
              "Har haft boendestöd sedan 2023.")
    out.append("")
    out += kw("Deltagare:",
              "J., socialsekreterare, sjuksköterska, läkare, boendestödjare.")
    out.append("")
    out += kw("Överenskommelse:",
              "Fortsatt kontakt och behandling. Stöd vid behov kring ekonomi och "
              "boende. Läkarkontakt vid behov.")
    out.append("")
    out += kw("Ansvarig för SIP:",
              "Socialsekreterare Karin, Vuxenenheten, IFO Köpings kommun.")
    out.append("")
    out += kw("Uppföljning:", "")
    out.append("")
    out.append("Signerad: Lena, leg. sjuksköterska  2025-02-11 15:02")
    out.append("")
    text = "\n".join(out)
    for line in text.split("\n"):
        assert len(line) <= 74, line
    with open(path(3, "txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# ---------------------------------------------------------------------------
# 04  Stroke, going home (docx, bold labels, action table, god man), Arboga
# ---------------------------------------------------------------------------
def bold_label(doc, label, text=None):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    p.paragraph_format.space_after = Pt(2)
    r = p.add_run(label)
    r.bold = True
    if text:
        doc.add_paragraph(text)
    return p


def plan04():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Arboga kommun · Region Västmanland\tSIP inför hemgång"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Samordnad individuell plan – upprättad på Strokeenheten, Köpings sjukhus"
    fp.runs[0].font.size = Pt(8)

    t = doc.add_paragraph()
    r = t.add_run("SAMORDNAD INDIVIDUELL PLAN – HEMGÅNG EFTER STROKE")
    r.bold = True
    r.font.size = Pt(14)
    t.alignment = WD_ALIGN_PARAGRAPH.LEFT
    doc.add_paragraph("Namn: Bertil    Personnummer: XXXXXX-XXXX    "
                      "Mötesdatum: 2024-11-12    Planerad hemgång: 2024-11-19")

    bold_label(doc, "Deltagare")
    for line in [
        "Bertil",
        "Eva, dotter",
        "Lennart, god man",
        "Sofia, biståndshandläggare, Äldreomsorgen Arboga kommun",
        "Petra, sjuksköterska, Strokeenheten Köpings sjukhus",
        "Hanna, arbetsterapeut, Kommunal rehab Arboga",
        "Niklas, fysioterapeut, Kommunal rehab Arboga",
        "Mira, logoped, Logopedmottagningen Köping, Region Västmanland",
        "Gunilla, distriktssköterska, Vårdcentralen Arboga",
        "Marie, enhetschef, Hemtjänst Arboga centrum",
    ]:
        doc.add_paragraph(line, style="List Bullet")

    bold_label(doc, "Syfte med planen",
               "Syftet är att Bertil ska kunna flytta hem till sin lägenhet i "
               "Arboga efter vården på strokeenheten, och att hemtjänsten, den "
               "kommunala rehabiliteringen, vårdcentralen, logopeden och god man "
               "vet vem som gör vad under de första veckorna hemma.")

    bold_label(doc, "Frågor inför mötet")
    for q in [
        "Behöver trygghetslarm och spisvakt vara installerade innan hemgång?",
        "Vem följer upp blodtrycket och den nya blodförtunnande medicinen efter "
        "utskrivning?",
        "Klarar Bertil de fyra trappstegen till entrén, eller behövs ramp?",
    ]:
        doc.add_paragraph(q, style="List Number")

    bold_label(doc, "Bakgrund",
               "Bertil är 78 år och bor ensam i en lägenhet på bottenplan i "
               "Arboga. Han fick en stroke 2024-10-28 med svaghet i höger arm och "
               "ben samt afasi. Han går med rollator inomhus och behöver hjälp vid "
               "dusch och påklädning. Talet har förbättrats men han har svårt att "
               "hitta ord och att läsa. Lennart är god man sedan 2022 med "
               "uppdraget att bevaka rätt och förvalta egendom.")

    bold_label(doc, "Bertils delaktighet",
               "Bertil deltog i mötet på avdelningen med stöd av logopeden.")

    bold_label(doc, "Samtycke", "Samtycke finns.")

    bold_label(doc, "Mål",
               "Målet är att Bertil ska klara förflyttningar och toalettbesök "
               "själv och kunna bo kvar i sin lägenhet.")

    bold_label(doc, "Insatser")
    rows = [
        ("Vad ska göras?", "Vem gör det?", "När?"),
        ("Trygghetslarm och spisvakt installeras.",
         "Biståndshandläggare Sofia, Äldreomsorgen Arboga kommun",
         "Före hemgång, senast 2024-11-18"),
        ("Hemtjänst morgon och kväll: hjälp med dusch, påklädning och måltider.",
         "Enhetschef Marie, Hemtjänst Arboga centrum",
         "Från hemgångsdagen 2024-11-19"),
        ("Hembesök för bedömning av hjälpmedel och trappan; ansökan om "
         "bostadsanpassning (ramp) skrivs med intyg.",
         "Arbetsterapeut Hanna, Kommunal rehab Arboga",
         "2024-11-20"),
        ("Gångträning och balansövningar i hemmet två gånger i veckan.",
         "Fysioterapeut Niklas, Kommunal rehab Arboga",
         "Från vecka 48 till och med vecka 3"),
        ("Fortsatt afasiträning, videobesök varje vecka.",
         "Logoped Mira, Logopedmottagningen Köping",
         "Från 2024-11-26, varje tisdag"),
        ("Blodtryckskontroll och uppföljning av blodförtunnande medicin, "
         "läkemedelsgenomgång.",
         "Distriktssköterska Gunilla och läkare, Vårdcentralen Arboga",
         "Första kontroll 2024-11-27"),
        ("Utskrivningsinformation och läkemedelslista skickas till vårdcentralen "
         "och hemtjänsten.",
         "Sjuksköterska Petra, Strokeenheten Köpings sjukhus",
         "På utskrivningsdagen"),
        ("Ansöker om bostadsanpassningsbidrag för ramp hos kommunen och om höjt "
         "bostadstillägg hos Pensionsmyndigheten; betalar hemtjänstavgiften.",
         "God man Lennart",
         "Ansökningar senast 2024-12-06"),
        ("Handlar och fyller på kylskåpet inför hemkomsten; följer med på första "
         "läkarbesöket.",
         "Eva, dotter",
         "2024-11-18 och 2024-11-27"),
    ]
    table = doc.add_table(rows=len(rows), cols=3)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(7.5), Cm(5.5), Cm(3.6)]
    for i, row in enumerate(rows):
        for j, txt in enumerate(row):
            cell = table.cell(i, j)
            cell.width = widths[j]
            cell.text = ""
            run = cell.paragraphs[0].add_run(txt)
            if i == 0:
                run.bold = True
                set_cell_shading(cell, "D9D9D9")
    mark_header_row(table.rows[0])

    bold_label(doc, "Huvudansvarig för planen",
               "Biståndshandläggare Sofia, Äldreomsorgen Arboga kommun.")

    bold_label(doc, "Uppföljning",
               "Uppföljning om sex veckor efter hemgång. Biståndshandläggaren "
               "kallar.")

    fix_core(doc, "SIP hemgång", "Strokeenheten Köping")
    save_docx(doc, path(4, "docx"))


# ---------------------------------------------------------------------------
# 05  Easy-to-read plan (md), woman with intellectual disability, Fagersta
# ---------------------------------------------------------------------------
MD05 = """# Min plan

Det här är min SIP.
Planen är till för att alla ska samarbeta.

## Jag heter Emma

Jag är 27 år.
Jag bor i en gruppbostad i Fagersta.
Jag jobbar på daglig verksamhet.
Jag har diabetes.

## Mötet

Vi hade möte den 4 februari 2025.
Jag var med på mötet.
Jag berättade vad jag tycker.
Jag sa att jag vill flytta.
Jag sa att jag vill ha samma personal som nu.

Vi som var på mötet:
jag, mamma, min handläggare,
min diabetessköterska,
min personal från jobbet
och min gode man.

**Får vi prata med varandra om dig?**
Ja, sa jag på mötet den 4 februari 2025.
Jag skrev mitt namn på papperet.

## Det här vill jag

- Jag vill bo i en egen lägenhet.
- Jag vill laga min mat själv.
- Jag vill ta min insulin själv.
- Jag vill ha kvar mitt jobb på Bruksgården.

## De här hjälper mig

**Sara** är min handläggare på kommunen.
Sara hjälper mig att söka en servicebostad.
Hon gör det i mars.

**Malin** är diabetessköterska på vårdcentralen.
Malin lär mig att ta insulin själv.
Vi träffas varannan vecka från den 11 februari.

**Peter** är min personal på Bruksgården.
Peter hjälper mig att träna på att laga mat.

**Lars** är min gode man.
Lars betalar mina räkningar.
Lars söker bostadstillägg åt mig när jag har fått en lägenhet.

**Mamma** följer med mig
när jag ska titta på lägenheter.

**Jag själv**
Jag skriver upp mitt blodsocker varje morgon.
Jag tar med lappen till Malin.

## Vi träffas igen

Vi träffas igen den 13 maj 2025.
Klockan 10.
Vi ses på Bruksgården.
"""


def plan05():
    with open(path(5, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(MD05)


# ---------------------------------------------------------------------------
# 06  School-led plan, fpdf2 landscape, wide table, pupil's words box
# ---------------------------------------------------------------------------
class SchoolPDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 8)
        self.set_text_color(70, 70, 70)
        self.cell(0, 5, "Hallstahammars kommun · Barn- och utbildningsförvaltningen · "
                  "Elevhälsan Parkskolan", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, f"Utskrivet 2025-01-10    Sida {self.page_no()} ({{nb}})",
                  align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(3)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.cell(0, 5, "SIP – skola, socialtjänst och BUP. Sekretess enligt OSL.",
                  align="C")


def plan06():
    pdf = SchoolPDF(orientation="L", unit="mm", format="A4")
    pdf.set_creation_date(dt.datetime(2025, 1, 10, 9, 0, 0, tzinfo=dt.timezone.utc))
    pdf.set_title("Samordnad individuell plan – Parkskolan")
    pdf.set_author("Elevhälsan Parkskolan")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, margin=16)
    pdf.set_margins(12, 12, 12)
    pdf.add_page()

    pdf.set_font("DejaVu", "B", 15)
    pdf.cell(0, 9, "Samordnad individuell plan (SIP) – skola", new_x="LMARGIN",
             new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    W = pdf.w - 24

    def field(label, value, w, h=7):
        x, y = pdf.get_x(), pdf.get_y()
        pdf.rect(x, y, w, h)
        pdf.set_font("DejaVu", "B", 7)
        pdf.set_xy(x + 1, y + 0.5)
        pdf.cell(w - 2, 3, label)
        pdf.set_font("DejaVu", "", 9)
        pdf.set_xy(x + 1, y + 3)
        pdf.cell(w - 2, 4, value)
        pdf.set_xy(x + w, y)

    field("Elev", "Nora, åk 8", W * 0.25, 9)
    field("Personnummer", "ÅÅMMDD-XXXX", W * 0.2, 9)
    field("Skola", "Parkskolan, Hallstahammar", W * 0.3, 9)
    field("Mötesdatum", "2025-01-09", W * 0.25, 9)
    pdf.ln(12)

    def boxed(label, text):
        pdf.set_font("DejaVu", "B", 9)
        pdf.cell(0, 5, label, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 9)
        pdf.multi_cell(0, 4.6, text, border=1, padding=1.5, new_x="LMARGIN",
                       new_y="NEXT")
        pdf.ln(2)

    boxed("Deltagare",
          "Nora (första halvtimmen); Ahmed och Sara, vårdnadshavare; mentor Johan, "
          "Parkskolan; kurator Elin, Elevhälsan Parkskolan; specialpedagog Maria, "
          "Parkskolan; skolsköterska Therese, Elevhälsan Parkskolan; psykolog Hanna, "
          "BUP Västerås; familjebehandlare Rasmus, Råd och stöd, Hallstahammars kommun.")
    boxed("Bakgrund",
          "Nora har haft ökande frånvaro sedan vårterminen i åk 7 och hade under "
          "höstterminen ca 40 % närvaro. Hon får ont i magen och panikkänslor på "
          "morgnarna, framför allt inför idrott och matematik. BUP Västerås har "
          "bedömt ångestproblematik och erbjuder behandling. Morgnarna hemma präglas "
          "av konflikter. Nora deltog i mötets första halvtimme tillsammans med "
          "föräldrarna och berättade själv hur morgnarna ser ut för henne.")
    boxed("Frågeställningar inför mötet", "Stämma av nuläget.")

    # pupil's own words box
    pdf.set_font("DejaVu", "B", 9)
    pdf.cell(0, 5, "Noras egna ord", new_x="LMARGIN", new_y="NEXT")
    pdf.set_fill_color(238, 244, 232)
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 5.2,
                   "”Jag vill kunna gå till skolan utan att få ont i magen varje "
                   "morgon. Jag vill vara med på idrotten igen, men jag vill inte "
                   "byta om i det stora omklädningsrummet. Det är lättare om någon "
                   "möter mig när jag kommer.”",
                   border=1, fill=True, padding=2.5, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 6, "Insatser", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 8.5)
    rows = [
        ("Område", "Nuläge", "Mål", "Insats", "Ansvarig", "Klart"),
        ("Närvaro",
         "Ca 40 % närvaro ht 2024. Kommer oftast inte till första lektionen.",
         "Minst 80 % närvaro.",
         "Anpassat schema med start 09.30. Mentor möter Nora vid entrén varje "
         "morgon. Mentor stämmer av närvaron med vårdnadshavarna varje fredag.",
         "Mentor Johan, Parkskolan",
         "2025-03-07"),
        ("Psykisk hälsa",
         "Magont och panikkänslor på morgnarna, sömnen förskjuten.",
         "Färre panikattacker, Nora ska ha verktyg att hantera oron.",
         "KBT-behandling för ångest, 12 tillfällen, med exponering kopplad till "
         "skolsituationen.",
         "Psykolog Hanna, BUP Västerås",
         ""),
        ("Kunskap",
         "Saknar underlag för betyg i matematik och idrott.",
         "Godkänt i matematik vid vårterminens slut.",
         "Studiestöd i liten grupp två gånger i veckan. Idrott med eget "
         "omklädningsrum och anpassade moment.",
         "Specialpedagog Maria, Parkskolan; idrottslärare",
         "2025-06-13"),
        ("Hemmet",
         "Konflikter på morgnarna, föräldrarna känner sig maktlösa.",
         "Lugnare morgnar.",
         "Föräldrastöd enligt programmet Comet, 8 träffar.",
         "Familjebehandlare Rasmus, Råd och stöd, Hallstahammars kommun",
         "Start 2025-02-04"),
        ("Hälsa",
         "Somnar sent, skärm på kvällen, äter ingen frukost.",
         "Bättre sömn och frukost varje dag.",
         "Hälsosamtal med fokus på sömn och kost, uppföljning efter fyra veckor.",
         "Skolsköterska Therese, Elevhälsan Parkskolan",
         "2025-02-28"),
        ("Samverkan",
         "Skola och BUP har inte haft kontakt.",
         "Skolan vet hur anpassningarna kan stödja behandlingen.",
         "Gemensamt avstämningsmöte mellan kurator och BUP-psykolog.",
         "Kurator Elin, Elevhälsan Parkskolan",
         "2025-02-20"),
    ]
    widths = (24, 50, 42, 78, 47, 32)
    with pdf.table(col_widths=widths, text_align="LEFT", line_height=4.4,
                   repeat_headings=1, padding=1.5,
                   headings_style=FontFace(emphasis="BOLD",
                                           fill_color=(220, 220, 220))) as table:
        for r in rows:
            row = table.row()
            for c in r:
                row.cell(c)
    pdf.ln(4)

    pdf.set_font("DejaVu", "", 9)
    field("Uppföljning", "Vecka 10, kallelse skickas av skolan", W * 0.5, 10)
    field("Underskrift", "", W * 0.5, 10)
    pdf.ln(12)
    pdf.output(path(6, "pdf"))


# ---------------------------------------------------------------------------
# 07  NOT A PLAN: referral letter from a school nurse to BUP (docx)
# ---------------------------------------------------------------------------
def plan07():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Surahammars kommun\tElevhälsans medicinska insats\tKlockarskolan"
    hp.runs[0].font.size = Pt(9)

    p = doc.add_paragraph("Till: BUP Västerås, mottagningen för nybesök\n"
                          "Från: Skolsköterska Annika, Klockarskolan, Surahammar\n"
                          "Datum: 2024-09-24")
    p.paragraph_format.space_after = Pt(14)

    h = doc.add_paragraph()
    r = h.add_run("Remiss till BUP")
    r.bold = True
    r.font.size = Pt(16)

    doc.add_paragraph("Elev: Leo, åk 3    Personnummer: ÅÅMMDD-XXXX\n"
                      "Vårdnadshavare: Jessica (mamma) och Kim (pappa), "
                      "nås via skolans växel eller 070-XXX XX XX")

    sections = [
        ("Frågeställning",
         "Bedömning av koncentrationssvårigheter, impulsivitet och "
         "utbrottsbeteende. Finns det behov av neuropsykiatrisk utredning?"),
        ("Anamnes",
         "Leo är 9 år och går i årskurs 3. Han har enligt lärarna svårt att "
         "komma igång med uppgifter, lämnar ofta sin plats och hamnar i konflikter "
         "på rasterna som slutar med att han slår eller sparkar. Under vårterminen "
         "i åk 2 skickades han hem fem gånger efter utbrott. Han klagar ofta på "
         "huvudvärk och magont och besöker mig ungefär två gånger i veckan. "
         "Föräldrarna beskriver att han har svårt att somna, ofta efter kl. 23, och "
         "att läxor leder till bråk hemma. Det finns inga kända somatiska sjukdomar. "
         "Syn och hörsel kontrollerades i åk 2 utan anmärkning. Tillväxtkurvan "
         "följer normalt mönster."),
        ("Skolans åtgärder hittills",
         "Skolan har sedan januari gjort extra anpassningar: bildschema, "
         "hörselkåpor, placering nära läraren och en rastaktivitet med "
         "fritidspersonal. Specialpedagogen har gjort en pedagogisk kartläggning "
         "(bifogas). Anpassningarna har gett viss effekt på lektionerna men "
         "rasterna är fortfarande svåra. Kurator har haft tre samtal med Leo."),
        ("Bifogas",
         "Pedagogisk kartläggning (specialpedagog), skolsköterskans journalutdrag "
         "med tillväxtkurva, lärarnas skattning (SNAP-IV) och föräldrarnas "
         "skattning."),
        ("Vårdnadshavarnas inställning",
         "Båda vårdnadshavarna känner till och önskar remissen. De har skriftligt "
         "godkänt att remissen skickas och att BUP får ta del av skolans "
         "kartläggning."),
    ]
    for head, text in sections:
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        rr = p.add_run(head)
        rr.bold = True
        doc.add_paragraph(text)

    doc.add_paragraph("\nMed vänlig hälsning\n\nAnnika\nLeg. sjuksköterska, "
                      "skolsköterska\nKlockarskolan, Surahammars kommun")
    fix_core(doc, "Remiss till BUP", "Elevhälsan Surahammar")
    save_docx(doc, path(7, "docx"))


# ---------------------------------------------------------------------------
# 08  Short follow-up e-mail (txt, Windows-1252, CRLF), Kungsör
# ---------------------------------------------------------------------------
MAIL08 = """Från: Eva, sjuksköterska, Vuxenpsykiatrin Köping
Skickat: den 4 mars 2025 15:37
Till: SIP-gruppen M.
Ämne: Uppföljning SIP – M., Kungsör

Hej alla!

Vi följde upp SIP:en i dag. Kort sammanfattning för er som inte kunde vara
med:

Det här har gjorts sedan förra mötet:
- Boendestödet har kommit igång två gånger i veckan och M. har fått hjälp
  att sortera posten och få ordning på tvättstugetiderna.
- Läkarbesöket på Vuxenpsykiatrin Köping blev av i februari och
  litiumvärdet var bra.
- M. har börjat gå till träffpunkten på Kungsgården på tisdagar.

Det här ändras:
- Boendestödet i Kungsörs kommun utökas till tre gånger i veckan från v. 11,
  med fokus på matlagning och att komma i väg på morgonen.
- Samtalskontakten hos oss ändras från varannan vecka till varje vecka
  fram till sommaren, eftersom M. sover sämre igen.
- M. behöver hjälp att göra en budget och att kontakta hyresvärden om
  en avbetalningsplan för hyresskulden.
- Försäkringskassan är kontaktad om sjukpenningen och det har
  pratats med M:s syster om att hon kan vara mer delaktig.

Ansvaret för planen går nu över från Anna på socialtjänsten till mig,
Eva, sjuksköterska på Vuxenpsykiatrin Köping. Hör av er till mig via
växeln om något ändras.

Nästa uppföljning blir vecka 12, jag skickar kallelse.

Hälsningar
Eva
Sjuksköterska, Vuxenpsykiatrin Köping
Region Västmanland
"""


def plan08():
    data = MAIL08.replace("\n", "\r\n").encode("cp1252")
    with open(path(8, "txt"), "wb") as f:
        f.write(data)


def main():
    os.makedirs(OUT, exist_ok=True)
    plan01()
    plan02()
    plan03()
    plan04()
    plan05()
    plan06()
    plan07()
    plan08()
    print("done:", sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()
