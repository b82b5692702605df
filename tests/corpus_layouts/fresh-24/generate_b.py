#!/usr/bin/env python3
"""Generate the f24b batch of fictional, anonymized SIP documents into plans/.
Deterministic: fixed dates and text, no randomness."""
import os
import shutil
import subprocess
import textwrap

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
TMP = os.path.join(HERE, "_tmp")
PREFIX = "f24b"
LO_PROFILE = "file:///tmp/lo-f24b"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def path(n, ext):
    return os.path.join(OUT, f"{PREFIX}-{n:02d}.{ext}")


def soffice_pdf(src, final):
    subprocess.run(
        ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
         "--convert-to", "pdf", "--outdir", TMP, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    produced = os.path.join(TMP, os.path.splitext(os.path.basename(src))[0] + ".pdf")
    shutil.move(produced, final)


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def bold_para(doc, text, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    return p


# ---------------------------------------------------------------------------
# 01  Record-system text export, Windows-1252, CRLF
# ---------------------------------------------------------------------------
def wrap_field(label, value, width=76, labw=22):
    lines = textwrap.wrap(value, width=width - labw)
    out = [f"{label:<{labw}}{lines[0]}"]
    for l in lines[1:]:
        out.append(" " * labw + l)
    return out


def plan01():
    L = []
    L.append("=" * 76)
    L.append("PROCAPITA VOO - UTSKRIFT AV DOKUMENT".ljust(54) + "Utskr: 2025-03-06")
    L.append("Sala kommun – Socialförvaltningen".ljust(54) + "Användare: IFO/vux")
    L.append("=" * 76)
    L.append("Dokumenttyp:          SIP - Samordnad individuell plan")
    L.append("Klient:               J. (man, 38 år)")
    L.append("Personnummer:         XXXXXX-XXXX")
    L.append("Ärende:               Vuxen, missbruk/psykisk ohälsa")
    L.append("Upprättad datum:      2025-03-05")
    L.append("Upprättad av:         Socialsekreterare, enh. Vuxen")
    L.append("Status:               Signerad")
    L.append("-" * 76)
    L.append("")
    L.append("BAKGRUND")
    L += textwrap.wrap(
        "J. har diagnosen paranoid schizofreni sedan 2016 och har haft tre "
        "inläggningar inom psykiatrisk slutenvård de senaste två åren, senast "
        "dec 2024. Han bor ensam i hyreslägenhet i centrala Sala. J. har "
        "betalningsanmärkningar och hyresskulder sedan hösten 2024 och har fått "
        "en varning från hyresvärden. Vid försämring slutar J. ta sin medicin "
        "och öppnar inte post, vilket har gjort att skulderna växt. Han har "
        "ekonomiskt bistånd sedan jan 2025.", 76)
    L.append("")
    L.append("SYFTE")
    L += textwrap.wrap(
        "Syftet med planen är att J. ska kunna behålla sin lägenhet och få "
        "ordning på sin ekonomi, och att psykiatrin och socialtjänsten ska "
        "samordna sig så att tecken på försämring upptäcks tidigt och en ny "
        "inläggning kan undvikas.", 76)
    L.append("")
    L.append("DELTAGARE")
    L.append("  - J.")
    L.append("  - Kurator")
    L.append("  - Sjuksköterska")
    L.append("  - Socialsekreterare")
    L.append("  - Boendestödjare")
    L.append("")
    L.append("SAMTYCKE")
    L.append("Samtycke finns.")
    L.append("")
    L.append("DEN ENSKILDES MÅL")
    L += textwrap.wrap(
        "J. sa på mötet: \"Jag vill ha koll på mina räkningar själv och slippa "
        "åka in på avdelningen igen. Och jag vill få behålla lägenheten.\"", 76)
    L.append("")
    L.append("DEN ENSKILDES SYN")
    L += textwrap.wrap(
        "J. var med hela mötet. Han tycker att hembesöken från boendestödet "
        "hjälper men vill inte ha fler än två besök i veckan. Han vill hellre "
        "träffa sin sjuksköterska på mottagningen än hemma. J. vill att "
        "socialsekreteraren hjälper honom att ringa hyresvärden.", 76)
    L.append("")
    L.append("ÅTGÄRDER")
    L.append("-" * 76)
    acts = [
        ("1", "Budget- och skuldrådgivning: genomgång av skulder och "
              "upprättande av budget tillsammans med J.",
         "Budget- och skuldrådgivningen, Sala kommun", "Start v. 11, 2025"),
        ("2", "Boendestöd två gånger/vecka med fokus på post, räkningar och "
              "matinköp.",
         "Boendestödjare, Socialpsykiatrin Sala", "Pågår fr.o.m. 2025-03-10"),
        ("3", "Kontakt med hyresvärden om avbetalningsplan för hyresskulden.",
         "Socialsekreterare, IFO Vuxen Sala", "Senast 2025-03-21"),
        ("4", "Depotinjektion var fjärde vecka samt samtal om tidiga tecken "
              "på försämring.",
         "Regionen", "Fortlöpande"),
        ("5", "Läkarbesök för översyn av medicinering.",
         "Psykiatriska öppenvården Sala, läkare", "April 2025"),
    ]
    for nr, what, who, when in acts:
        L += wrap_field(f"ÅTGÄRD {nr}:", what)
        L += wrap_field("  ANSVARIG:", who)
        L += wrap_field("  TIDPUNKT:", when)
        L.append("")
    L.append("-" * 76)
    L.append("HUVUDANSVAR FÖR PLANEN")
    L.append("Socialtjänsten Sala")
    L.append("")
    L.append("UPPFÖLJNING")
    L.append("Planen följs upp om tre månader.")
    L.append("")
    L.append("-" * 76)
    L.append("Signerad: Socialsekreterare, IFO Vuxen 2025-03-05 15:42")
    L.append("*** Slut på dokument ***")
    data = "\r\n".join(L) + "\r\n"
    with open(path(1, "txt"), "wb") as f:
        f.write(data.encode("cp1252"))


# ---------------------------------------------------------------------------
# 02  Discharge plan from psychiatry, HTML -> LibreOffice PDF
# ---------------------------------------------------------------------------
def plan02():
    html = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8">
<title>Samordnad individuell plan vid utskrivning</title>
<style>
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; }
h1 { font-size: 15pt; color: #1f3864; margin-bottom: 2pt; }
h2 { font-size: 11.5pt; color: #1f3864; border-bottom: 1px solid #1f3864; margin-top: 14pt; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 1px solid #777; padding: 4px; vertical-align: top; font-size: 9.5pt; }
th { background: #d9e2f3; text-align: left; }
.meta td { border: none; padding: 1px 6px 1px 0; }
.small { font-size: 8pt; color: #555; }
</style></head><body>
<p class="small">Region Västmanland &nbsp;|&nbsp; Psykiatri Vuxen &nbsp;|&nbsp; Samordnad utskrivningsplanering (LUS)</p>
<h1>Samordnad individuell plan (SIP) vid utskrivning från slutenvård</h1>
<table class="meta">
<tr><td><b>Patient:</b></td><td>A. (kvinna, 29 år)</td><td><b>Personnr:</b></td><td>ÅÅMMDD-XXXX</td></tr>
<tr><td><b>Vårdenhet:</b></td><td>Psykiatriska kliniken Västerås, avd 52</td><td><b>Inskriven:</b></td><td>2025-02-24</td></tr>
<tr><td><b>Hemkommun:</b></td><td>Köping</td><td><b>Planerad utskrivning:</b></td><td>2025-03-14</td></tr>
<tr><td><b>SIP-möte:</b></td><td>2025-03-11 kl. 13.00, avd 52 (Köpings kommun via Teams)</td><td></td><td></td></tr>
</table>

<h2>Syfte</h2>
<p>Samordning.</p>

<h2>Bakgrund</h2>
<p>A. skrevs in enligt HSL efter en överdos av sina sömntabletter i samband med en
djup depression. Hon har tidigare haft kontakt med psykiatrisk öppenvård i Köping
2021&ndash;2022. A. bor ensam i lägenhet i Köping, har avbrutit sina studier på
komvux och har under vintern isolerat sig alltmer. Under vårdtiden har stämningsläget
förbättrats, hon har påbörjat antidepressiv behandling och har haft permission hem
två gånger utan komplikationer.</p>

<h2>Deltagare vid mötet</h2>
<ul>
<li>A., patient</li>
<li>Kontaktsjuksköterska</li>
<li>Överläkare</li>
<li>Biståndshandläggare</li>
<li>Kurator</li>
</ul>

<h2>Samtycke</h2>
<p>A. har gett skriftligt samtycke till informationsöverföring mellan psykiatrin och
Köpings kommun (samtyckesblankett undertecknad 2025-03-10, skannad i journalen).</p>

<h2>Patientens delaktighet och önskemål</h2>
<p>A. deltog i hela mötet. Hon önskar att få komma hem till sin lägenhet och vill inte
ha boendestöd varje dag, men kan tänka sig två gånger i veckan de första veckorna.
Hon vill helst ha samtalskontakt med samma behandlare som hon haft på avdelningen
men förstår att det är öppenvården i Köping som tar över. A. vill ha sina tider skriftligt,
inte bara via 1177.</p>

<h2>Mål</h2>
<p>Målet är att A. ska kunna bo kvar i egen lägenhet, ha en stabil dygnsrytm och
återuppta sina studier till hösten.</p>

<h2>Fast vårdkontakt och samordningsansvar</h2>
<table>
<tr><th style="width:35%">Fast vårdkontakt i öppenvården</th><td>Sjuksköterska, Psykiatriska öppenvårdsmottagningen Köping</td></tr>
<tr><th>Samordningsansvarig för SIP</th><td>Kommunen</td></tr>
</table>

<h2>Insatser</h2>
<table>
<tr><th style="width:40%">Insats</th><th style="width:35%">Ansvarig verksamhet/funktion</th><th>När</th></tr>
<tr><td>Läkemedelsgenomgång och recept på antidepressiv medicin till återbesök. Sömntabletter
förskrivs i små förpackningar.</td><td>Överläkare, avd 52 Psykiatriska kliniken Västerås</td><td>Före utskrivning 2025-03-14</td></tr>
<tr><td>Första besök hos fast vårdkontakt, därefter samtal varannan vecka.</td>
<td>Sjuksköterska, Psykiatriska öppenvårdsmottagningen Köping</td><td>2025-03-18, sedan varannan vecka</td></tr>
<tr><td>Läkarbesök för uppföljning av medicinering.</td><td>Läkare, Psykiatriska öppenvårdsmottagningen Köping</td><td>Inom fyra veckor efter utskrivning, senast 2025-04-11</td></tr>
<tr><td>Boendestöd två gånger/vecka: struktur i vardagen, dygnsrytm, följa med till
mottagningen vid behov.</td><td>Biståndshandläggare beslutar, Socialpsykiatrin Köping utför</td><td>Beslut 2025-03-13, start 2025-03-17</td></tr>
<tr><td>Kontakt med komvux studievägledare om möjlighet att återuppta studier.</td>
<td>Kurator, Psykiatriska öppenvårdsmottagningen Köping</td><td>Under april 2025</td></tr>
<tr><td>Upprätta krisplan/vårdplan vid försämring med A.</td><td>Kontaktsjuksköterska, avd 52</td><td>2025-03-13</td></tr>
</table>

<h2>Uppföljning</h2>
<p>Uppföljande SIP-möte 2025-04-08 kl. 10.00 på Psykiatriska öppenvårdsmottagningen
Köping. Kallelse skickas av kommunen.</p>

<p class="small">Dokumentet är upprättat i samband med samordnad utskrivningsplanering.
Utskrivet från journalsystemet 2025-03-11.</p>
</body></html>
"""
    src = os.path.join(TMP, f"{PREFIX}-02.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html)
    soffice_pdf(src, path(2, "pdf"))


# ---------------------------------------------------------------------------
# 03  Plan written to the person, du-form, docx
# ---------------------------------------------------------------------------
def plan03():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11.5)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Fagersta kommun  ·  Region Västmanland          Din plan (SIP)"
    hp.runs[0].font.size = Pt(8.5)
    fp = sec.footer.paragraphs[0]
    fp.text = "Planen är skriven till dig. Säg till om något är fel."
    fp.runs[0].font.size = Pt(8.5)

    t = doc.add_heading("Din plan – Noah", level=0)
    p = doc.add_paragraph("Vi träffades onsdag 2025-02-19 i Träffpunkten, Fagersta.")
    p.runs[0].italic = True

    doc.add_heading("Vilka var med?", level=1)
    for n in ["Du, Noah", "Mamma Lena", "Sara", "Johan", "Amira", "Per"]:
        doc.add_paragraph(n, style="List Bullet")

    doc.add_heading("Varför vi träffades", level=1)
    doc.add_paragraph(
        "Du har börjat på daglig verksamhet men har haft svårt att orka vara där, "
        "och du sover dåligt sedan medicinen ändrades i höstas. Vi träffades för "
        "att alla som hjälper dig ska veta vad de andra gör, så att du slipper "
        "berätta samma sak många gånger och så att dina dagar på daglig "
        "verksamhet blir lagom långa.")

    doc.add_heading("Det här ville vi prata om", level=1)
    doc.add_paragraph("Hur det går för dig just nu.")

    doc.add_heading("Får vi prata med varandra om dig?", level=1)
    doc.add_paragraph("Ja. Du sa muntligt ja på mötet 2025-02-19. Du sa också att "
                      "vi inte ska prata med din pappa utan att fråga dig först.")

    doc.add_heading("Det här vill du", level=1)
    q = doc.add_paragraph()
    r = q.add_run("”Jag vill vara på dagliga verksamheten fyra dagar i veckan och "
                  "jobba i caféet. Och jag vill kunna sova på nätterna.”")
    r.italic = True

    doc.add_heading("Det här tyckte du på mötet", level=1)
    doc.add_paragraph(
        "Du tyckte att det var för mycket folk på mötet först, men att det blev "
        "bättre när vi tog paus. Du vill börja kl. 9 i stället för 8. Du vill inte "
        "byta kontaktperson på daglig verksamhet. Du vill att habiliteringen "
        "skickar en lapp med tider i stället för att ringa.")

    doc.add_heading("Vem gör vad?", level=1)
    items = [
        ("Daglig verksamhet Caféet, Fagersta kommun:",
         " du börjar kl. 9 och är där fyra dagar i veckan från måndag 2025-03-03. "
         "Din kontaktperson Johan gör ett schema med bilder tillsammans med dig."),
        ("Habiliteringen Fagersta (arbetsterapeut):",
         " provar ut ett tyngdtäcke och ger dig tips om sömn. Första besöket är "
         "2025-03-12."),
        ("Vuxenpsykiatrin Fagersta (läkare):",
         " ser över din sömnmedicin."),
        ("LSS-handläggare, Fagersta kommun:",
         " skriver nytt beslut om daglig verksamhet med de nya tiderna, senast "
         "2025-02-28."),
    ]
    for a, b in items:
        p = doc.add_paragraph(style="List Bullet")
        p.add_run(a).bold = True
        p.add_run(b)

    doc.add_heading("Din familj", level=1)
    doc.add_paragraph("Mamma och pappa finns med och stöttar dig.")

    doc.add_heading("När ses vi igen?", level=1)
    doc.add_paragraph("Vi ses igen i maj och pratar om hur det har gått.")

    doc.save(path(3, "docx"))


# ---------------------------------------------------------------------------
# 04  Minutes in Markdown
# ---------------------------------------------------------------------------
def plan04():
    md = """# Minnesanteckningar SIP-möte

**Datum:** 2025-01-16 kl. 13.30–14.45
**Plats:** Hemma hos Gösta, Kungsör
**Antecknat av:** Biståndshandläggare, Äldreomsorgen Kungsörs kommun

## Närvarande

- Gösta, 84 år
- Eva, dotter
- Biståndshandläggare, Äldreomsorgen Kungsörs kommun
- Enhetschef, Hemtjänst Kungsör norra
- Arbetsterapeut, Rehab Kungsörs kommun
- Distriktssköterska, Vårdcentralen Kungsör
- Fysioterapeut, Vårdcentralen Kungsör

## Syfte

SIP.

## Bakgrund

Gösta föll i badrummet 2024-12-28 och fick en höftfraktur som opererades på
Västmanlands sjukhus Västerås. Han skrevs ut till hemmet 2025-01-09 och har sedan
dess hemtjänst två gånger per dag. Gösta går med rollator inomhus men är osäker
vid förflyttning till och från toaletten och har ramlat en gång till sedan han kom
hem (utan skada). Han tar blodförtunnande och smärtlindring. Gösta bor ensam i villa
i två plan; sovrummet är på övervåningen och han sover nu i vardagsrummet.

Gösta deltog i mötet i början men blev trött och vilade under andra halvan.

## Vad som bestämdes

- Hemtjänst Kungsör norra (enhetschef) utökar insatserna till fyra besök per dag
  med hjälp vid dusch två gånger i veckan, från och med 2025-01-20.
- Arbetsterapeut, Rehab Kungsörs kommun, gör hembesök och provar ut
  toalettförhöjning, duschpall och sänggrind senast 2025-01-24.
- Fysioterapeut, Vårdcentralen Kungsör, startar hemträning med gång- och
  balansövningar en gång i veckan från vecka 5; hemtjänsten får ett träningsprogram
  att påminna om dagligen.
- Biståndshandläggaren fattar beslut om trygghetslarm och lägger ansökan om
  korttidsplats som reserv, beslut senast 2025-01-22.
- Distriktssköterska, Vårdcentralen Kungsör, gör läkemedelsgenomgång med
  läkaren vid vårdcentralen 2025-01-29 och tar ställning till dosett.
- Vårdcentralen Kungsör har fortsatt kontakt vid behov.
- Eva (dotter) handlar mat varje lördag, tar hand om Göstas post och följer med
  honom till återbesöket på ortopeden 2025-02-20.

## Nästa möte

Uppföljning 2025-03-04 kl. 10.00 hemma hos Gösta. Biståndshandläggaren kallar.
"""
    with open(path(4, "md"), "w", encoding="utf-8") as f:
        f.write(md)


# ---------------------------------------------------------------------------
# 05  Action table docx, landscape
# ---------------------------------------------------------------------------
def plan05():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin"):
        setattr(sec, m, Cm(2.0))
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("SURAHAMMARS KOMMUN – Socialtjänsten, Barn och unga")
    r.font.small_caps = True
    r.font.size = Pt(9)
    hp.add_run("\tSamordnad individuell plan (SIP)").font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.text = "Mall SIP v. 3.1 – Gemensam mall kommunerna i Västmanland och Region Västmanland"
    fp.runs[0].font.size = Pt(8)

    bold_para(doc, "SAMORDNAD INDIVIDUELL PLAN – HANDLINGSPLAN", 14)

    meta = doc.add_table(rows=2, cols=4)
    meta.style = "Table Grid"
    vals = [("Namn:", "Leo, 17 år", "Personnummer:", "XXXXXX-XXXX"),
            ("Datum för möte:", "2025-04-23", "Plats:", "Socialkontoret, Surahammar")]
    for i, row in enumerate(vals):
        for j, v in enumerate(row):
            c = meta.rows[i].cells[j]
            c.text = v
            if j % 2 == 0:
                c.paragraphs[0].runs[0].bold = True
                shade(c, "E7E6E6")
    doc.add_paragraph()

    bold_para(doc, "Syfte med planen")
    doc.add_paragraph("SIP.")

    bold_para(doc, "Frågeställningar")
    doc.add_paragraph("")

    bold_para(doc, "Bakgrund")
    doc.add_paragraph(
        "Leo går andra året på el- och energiprogrammet i Västerås och bor med mamma "
        "i Surahammar, varannan helg hos pappa i Västerås. Sedan hösten 2024 har Leo "
        "använt cannabis flera gånger i veckan och har hög frånvaro (ca 40 % vt 2025). "
        "Han blev omhändertagen av polis i mars 2025 och en orosanmälan gjordes. "
        "Utredning enligt 11 kap. 1 § SoL pågår. Leo har en ADHD-utredning påbörjad "
        "på BUP 2023 som aldrig slutfördes.")

    bold_para(doc, "Leos mål")
    q = doc.add_paragraph()
    q.add_run("”Jag vill klara gymnasiet och ta körkort. Jag vill sluta röka på men "
              "jag vill inte att hela stan ska veta om det.”").italic = True

    bold_para(doc, "Leos synpunkter")
    doc.add_paragraph(
        "Leo var med på mötet. Han vill gå på "
        "samtal på Mini-Maria men inte på skolan, eftersom han inte vill att "
        "kompisarna ska se. Han tycker att urinprov varje vecka är för ofta men går "
        "med på varannan vecka. Han vill att ADHD-utredningen görs klart.")

    bold_para(doc, "Handlingsplan")
    rows = [
        ("Öppenvårdsbehandling (MI/KBT) och urinprov varannan vecka",
         "Mini-Maria Västerås, behandlare (Region Västmanland)",
         "Start v. 18, 2025, pågår t.o.m. 2025-06-30",
         "Socialsekreterare, Barn och unga Surahammar"),
        ("Återuppta och slutföra ADHD-utredning",
         "BUP Västerås, psykolog och läkare",
         "Första besök 2025-05-07, klart senast 2025-09-30",
         "Socialsekreterare, Barn och unga Surahammar"),
        ("Anpassad studiegång och närvaroplan, mentorsamtal varje måndag",
         "Elevhälsan, Gymnasieskolan Västerås (kurator och mentor)",
         "Fr.o.m. 2025-04-28 till terminsslut 2025-06-13",
         "Kurator, elevhälsan"),
        ("Familjesamtal om regler hemma och kommunikation mellan mamma och pappa",
         "Familjebehandlare, Familjeenheten Surahammar",
         "Varannan torsdag fr.o.m. 2025-05-08",
         "Socialsekreterare, Barn och unga Surahammar"),
        ("Gå på alla tider på Mini-Maria och lämna urinprov",
         "Leo själv",
         "Fr.o.m. v. 18",
         "Behandlare, Mini-Maria"),
        ("Väcka Leo och skjutsa till bussen kl. 7.15 de veckor han bor hemma",
         "Mamma",
         "Skoldagar fr.o.m. 2025-04-28",
         "Familjebehandlare"),
        ("Samma regler för kvällar som hos mamma; hemma senast kl. 22 på vardagar",
         "Pappa",
         "Varannan helg fr.o.m. 2025-04-25",
         "Familjebehandlare"),
    ]
    tbl = doc.add_table(rows=1, cols=4)
    tbl.style = "Table Grid"
    hdr = ["Aktivitet", "Utförare", "Tidsram", "Uppföljs av"]
    for i, h in enumerate(hdr):
        c = tbl.rows[0].cells[i]
        c.text = h
        c.paragraphs[0].runs[0].bold = True
        shade(c, "BDD7EE")
    repeat_header(tbl.rows[0])
    # section label row (merged)
    lab = tbl.add_row().cells
    m = lab[0].merge(lab[3])
    m.text = "Kommun och region"
    m.paragraphs[0].runs[0].bold = True
    shade(m, "F2F2F2")
    for k, row in enumerate(rows):
        if k == 4:
            lab = tbl.add_row().cells
            m = lab[0].merge(lab[3])
            m.text = "Leo och familjen"
            m.paragraphs[0].runs[0].bold = True
            shade(m, "F2F2F2")
        cells = tbl.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    widths = [Cm(8.5), Cm(6.5), Cm(6.0), Cm(4.7)]
    for row in tbl.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    doc.add_paragraph()

    bold_para(doc, "Huvudansvar för planen")
    doc.add_paragraph("Socialtjänsten Surahammar.")

    bold_para(doc, "Uppföljning")
    doc.add_paragraph("Planen följs upp om tre månader.")

    doc.save(path(5, "docx"))


# ---------------------------------------------------------------------------
# 06  Follow-up plan drawn with fpdf2
# ---------------------------------------------------------------------------
class RSPdf(FPDF):
    def header(self):
        self.set_font("DV", "B", 9)
        self.set_fill_color(225, 232, 240)
        self.cell(0, 7, "  SAMSYS  –  Samordnad individuell plan  |  Uppföljning",
                  border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
        self.set_font("DV", "", 7.5)
        self.cell(95, 5, "Region Västmanland / Hallstahammars kommun", border=0)
        self.cell(0, 5, f"Utskriftsdatum 2024-11-27   Sida {self.page_no()} ({{nb}})",
                  align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def footer(self):
        self.set_y(-12)
        self.set_font("DV", "", 7)
        self.cell(0, 5, "Utskrift ur SAMSYS. Utskriften är en kopia – originalet finns i systemet.",
                  align="C")


def plan06():
    pdf = RSPdf(format="A4")
    pdf.add_font("DV", "", FONT)
    pdf.add_font("DV", "B", FONT_B)
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, margin=16)
    pdf.set_margins(14, 10, 14)
    pdf.add_page()
    W = pdf.w - 28

    def field(label, value, h=6, lw=48):
        pdf.set_font("DV", "B", 8.5)
        pdf.set_fill_color(242, 242, 242)
        y = pdf.get_y()
        pdf.set_font("DV", "", 9)
        # compute height of value
        lines = pdf.multi_cell(W - lw, 5, value, dry_run=True, output="LINES")
        hh = max(h, 5 * len(lines) + 1)
        if y + hh > pdf.h - 16:
            pdf.add_page()
            y = pdf.get_y()
        pdf.set_font("DV", "B", 8.5)
        pdf.rect(14, y, lw, hh, style="DF")
        pdf.set_xy(15, y + 0.5)
        pdf.multi_cell(lw - 2, 5, label)
        pdf.rect(14 + lw, y, W - lw, hh)
        pdf.set_font("DV", "", 9)
        pdf.set_xy(15 + lw, y + 0.5)
        pdf.multi_cell(W - lw - 2, 5, value)
        pdf.set_y(y + hh)

    def section(title):
        pdf.ln(3)
        pdf.set_font("DV", "B", 10)
        pdf.set_fill_color(200, 214, 229)
        pdf.cell(0, 6.5, " " + title, border=1, fill=True, new_x="LMARGIN", new_y="NEXT")

    pdf.set_font("DV", "B", 13)
    pdf.cell(0, 8, "Uppföljning av SIP", new_x="LMARGIN", new_y="NEXT")
    field("Namn", "Elin, 14 år")
    field("Personnummer", "ÅÅMMDD-XXXX")
    field("Vårdnadshavare", "Mamma Jenny och pappa Mikael (gemensam vårdnad)")
    field("Mötesdatum", "2024-11-26")
    field("Plan upprättad", "2024-09-10")
    field("Huvudansvarig", "Kurator Jonas, Elevhälsan Parkskolan, Hallstahammars kommun")

    section("Deltagare")
    parts = [
        ("Jenny, mamma", "Vårdnadshavare"),
        ("Mikael, pappa", "Vårdnadshavare"),
        ("Jonas", "Kurator, Elevhälsan Parkskolan, Hallstahammar"),
        ("Sofia", "Mentor åk 8, Parkskolan, Hallstahammar"),
        ("Henrik", "Psykolog, BUP Västerås"),
        ("Malin", "Familjebehandlare, Socialtjänsten Hallstahammar"),
    ]
    pdf.set_font("DV", "B", 8.5)
    pdf.cell(60, 6, " Namn", border=1, fill=True)
    pdf.cell(W - 60, 6, " Funktion / verksamhet", border=1, fill=True,
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 9)
    for n, f in parts:
        pdf.cell(60, 6, " " + n, border=1)
        pdf.cell(W - 60, 6, " " + f, border=1, new_x="LMARGIN", new_y="NEXT")
    field("Elins deltagande", "Elin deltog inte. Hon hade haft en orolig natt och orkade "
          "inte komma till skolan.", lw=48)
    field("Samtycke", "Samtycke finns.")

    section("Frågeställningar inför mötet")
    pdf.set_font("DV", "", 9)
    pdf.multi_cell(0, 5,
        "1. Hur ska Elins återgång till skolan planeras efter jullovet – hela dagar "
        "eller utökning lektion för lektion?\n"
        "2. Behöver Elin studiehandledning i hemmet under tiden, och vem ska i så fall "
        "ge den?\n"
        "3. Ska BUP:s KBT-behandling utökas med exponering i skolmiljön?",
        border=1, new_x="LMARGIN", new_y="NEXT")

    section("Status tidigare åtgärder (plan 2024-09-10)")
    cols = [62, 40, 26, W - 128]
    head = ["Åtgärd", "Ansvarig", "Status", "Kommentar"]

    def table_head():
        pdf.set_font("DV", "B", 8.5)
        pdf.set_fill_color(242, 242, 242)
        for w, h in zip(cols, head):
            pdf.cell(w, 6, " " + h, border=1, fill=True)
        pdf.ln(6)

    def row(vals, widths):
        pdf.set_font("DV", "", 8.5)
        heights = []
        for w, v in zip(widths, vals):
            lines = pdf.multi_cell(w - 2, 4.5, v, dry_run=True, output="LINES")
            heights.append(4.5 * len(lines) + 1.5)
        hh = max(heights)
        if pdf.get_y() + hh > pdf.h - 16:
            pdf.add_page()
            return True, hh
        return False, hh

    def draw_rows(rows, widths, hdr_fn):
        hdr_fn()
        for vals in rows:
            newpage, hh = row(vals, widths)
            if newpage:
                pdf.set_font("DV", "", 7.5)
                pdf.cell(0, 5, "(forts.)", new_x="LMARGIN", new_y="NEXT")
                hdr_fn()
            y = pdf.get_y()
            x = 14
            pdf.set_font("DV", "", 8.5)
            for w, v in zip(widths, vals):
                pdf.rect(x, y, w, hh)
                pdf.set_xy(x + 1, y + 0.7)
                pdf.multi_cell(w - 2, 4.5, v, align="L")
                x += w
            pdf.set_xy(14, y + hh)

    old = [
        ("KBT-behandling för ångest, samtal varje vecka",
         "Psykolog, BUP Västerås", "Pågår",
         "Elin går regelbundet, 11 av 12 tider. Skattar lägre ångest hemma."),
        ("Anpassat schema, två lektioner per dag i lilla gruppen",
         "Mentor, Parkskolan", "Delvis",
         "Elin har varit i skolan ca 30 % av tiden sedan september, mest måndagar."),
        ("Familjebehandling, hembesök varannan vecka",
         "Familjebehandlare, Socialtjänsten Hallstahammar", "Pågår",
         "Fokus på morgonrutiner och föräldrarnas samarbete."),
        ("Läkarbedömning av sömn",
         "Läkare, BUP Västerås", "Klar",
         "Genomförd 2024-10-02, melatonin insatt."),
        ("Kontakt med skolsköterska om huvudvärk",
         "Skolsköterska, Elevhälsan Parkskolan", "Ej påbörjad",
         "Elin har inte varit i skolan de dagar tiden var bokad."),
    ]
    draw_rows(old, cols, table_head)

    section("Nya åtgärder")
    cols2 = [70, 56, W - 126]
    head2 = ["Åtgärd", "Ansvarig", "När"]

    def table_head2():
        pdf.set_font("DV", "B", 8.5)
        pdf.set_fill_color(242, 242, 242)
        for w, h in zip(cols2, head2):
            pdf.cell(w, 6, " " + h, border=1, fill=True)
        pdf.ln(6)

    new = [
        ("Återgångsplan efter jullovet: start med första och andra lektionen "
         "måndag–onsdag, utökas varannan vecka.",
         "Mentor och kurator, Parkskolan", "Start 2025-01-08"),
        ("Exponeringsövningar i skolmiljön tillsammans med psykolog, två tillfällen.",
         "Psykolog, BUP Västerås", "December 2024"),
        ("Studiehandledning i hemmet en eftermiddag i veckan i matematik och svenska.",
         "Speciallärare, Parkskolan", ""),
        ("Ny tid hos skolsköterska, bokas en dag Elin är i skolan.",
         "Skolsköterska, Elevhälsan Parkskolan", "Senast 2024-12-13"),
        ("Familjebehandlingen fortsätter med fokus på morgnar; följer med Elin till "
         "skolan första veckan efter jullovet.",
         "Familjebehandlare, Socialtjänsten Hallstahammar", "v. 2, 2025"),
    ]
    draw_rows(new, cols2, table_head2)

    section("Nästa uppföljning")
    pdf.set_font("DV", "", 9)
    pdf.multi_cell(0, 5, "Nästa uppföljning vecka 9. Kurator kallar.", border=1,
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("DV", "", 8)
    pdf.cell(0, 5, "Dokumenterad av: Kurator, Elevhälsan Parkskolan   2024-11-26 16:10",
             new_x="LMARGIN", new_y="NEXT")
    pdf.output(path(6, "pdf"))


# ---------------------------------------------------------------------------
# 07  NOT a plan: meeting notice (kallelse)
# ---------------------------------------------------------------------------
def plan07():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Arboga kommun\tVård och omsorg\tKALLELSE"
    hp.runs[0].font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.text = "Arboga kommun · Vård och omsorg · Växel: via växeln"
    fp.runs[0].font.size = Pt(8)

    doc.add_heading("Kallelse till SIP-möte", level=1)
    doc.add_paragraph("Datum för utskick: 2025-05-05")

    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    data = [
        ("Gäller", "M-L (kvinna, 61 år)"),
        ("Datum och tid", "Tisdag 2025-05-20 kl. 09.30–11.00"),
        ("Plats", "Vårdcentralen Arboga, konferensrum 2 (entréplan)"),
        ("Sammankallande", "Biståndshandläggare, Vård och omsorg Arboga kommun"),
        ("Anmälan", "Meddela förhinder via växeln senast 2025-05-15"),
    ]
    for i, (a, b) in enumerate(data):
        t.rows[i].cells[0].text = a
        t.rows[i].cells[0].paragraphs[0].runs[0].bold = True
        shade(t.rows[i].cells[0], "E7E6E6")
        t.rows[i].cells[1].text = b
    doc.add_paragraph()

    bold_para(doc, "Kallade")
    for k in ["M-L",
              "Make, B.",
              "Distriktssköterska, Vårdcentralen Arboga",
              "Kurator, Vuxenpsykiatrin Köping (mottagningen i Arboga)",
              "Enhetschef, Hemtjänst Arboga centrum",
              "Biståndshandläggare, Vård och omsorg Arboga kommun"]:
        doc.add_paragraph(k, style="List Bullet")

    bold_para(doc, "Förslag på dagordning")
    for k in ["Presentation av deltagarna",
              "M-L berättar hur hon har det",
              "Genomgång av nuvarande insatser",
              "Upprättande av samordnad individuell plan",
              "Övriga frågor"]:
        doc.add_paragraph(k, style="List Number")

    doc.add_paragraph(
        "M-L har gett sitt samtycke till att mötet hålls. Om du inte kan delta, "
        "skicka gärna en ersättare från din verksamhet eller lämna skriftliga "
        "synpunkter till sammankallande före mötet.")
    doc.add_paragraph(
        "Information om SIP finns på kommunens webbplats. Välkomna!")
    doc.add_paragraph()
    doc.add_paragraph("Med vänlig hälsning")
    doc.add_paragraph("Biståndshandläggare\nVård och omsorg, Arboga kommun")
    doc.save(path(7, "docx"))


# ---------------------------------------------------------------------------
# 08  E-mail summary, UTF-8, LF
# ---------------------------------------------------------------------------
def plan08():
    body = [
        "Från: IFO Vuxen Skinnskatteberg",
        "Till: SIP-deltagare (se nedan)",
        "Datum: 2025-04-03 08:47",
        "Ämne: Sammanfattning SIP-möte 2/4 – Peter",
        "",
        "Hej alla,",
        "",
    ]
    paras = [
        "Tack för ett bra möte igår. Här kommer en kort sammanfattning av vad vi "
        "kom fram till kring Peter, så att alla har samma bild. Säg till om ni "
        "uppfattat något annorlunda så rättar jag.",

        "Vi som var med: Anna, Lisa, Tomas, Mona och jag. Peter var inte med.",

        "Kort om läget: Peter har druckit mer igen sedan jul och har varit "
        "sjukskriven på heltid sedan januari. Han har nedstämdhet och sover dåligt. "
        "Målet är att P. ska bli nykter, må bättre psykiskt och på sikt kunna "
        "återgå i arbete på sågverket.",

        "Beroendemottagningen Köping bokar in Peter för ny bedömning och start av "
        "läkemedelsbehandling mot alkoholsuget, första tiden blir 2025-04-10. "
        "Beroendemottagningen tar också leverprover vid samma besök.",

        "Vårdcentralen Skinnskatteberg (läkaren) förlänger sjukskrivningen och "
        "skickar nytt läkarintyg till FK senast 2025-04-14. Vårdcentralens "
        "psykosociala team erbjuder samtal om nedstämdheten.",

        "IFO Vuxen, Skinnskatteberg (jag) gör en ansökan om öppenvårdsprogrammet "
        "Återfallsprevention i grupp i Fagersta och skickar den 2025-04-07. Jag "
        "hjälper också Peter med ansökan om ekonomiskt bistånd för april.",

        "Försäkringskassan (handläggaren) bokar ett avstämningsmöte med Peter, "
        "vårdcentralen och arbetsgivaren under vecka 17 för att prata om "
        "rehabilitering och en eventuell arbetsträning.",

        "Mona, Peters syster, kör honom till beroendemottagningen på torsdagarna "
        "och hjälper honom att hålla koll på tiderna i kalendern.",

        "Peter själv ska lämna blåsprov på beroendemottagningen vid "
        "varje besök och gå på AA-mötet i Riddarhyttan på söndagar.",

        "Nästa gång vi ses är tisdag 2025-05-13 kl. 13.00 på vårdcentralen i "
        "Skinnskatteberg.",
    ]
    for p in paras:
        body += textwrap.wrap(p, 74)
        body.append("")
    body += [
        "Hälsningar",
        "Karin",
        "Socialsekreterare",
        "IFO Vuxen, Socialförvaltningen Skinnskattebergs kommun",
        "Tel: via växeln",
        "",
    ]
    with open(path(8, "txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(body))


def main():
    os.makedirs(OUT, exist_ok=True)
    os.makedirs(TMP, exist_ok=True)
    plan01()
    plan02()
    plan03()
    plan04()
    plan05()
    plan06()
    plan07()
    plan08()
    shutil.rmtree(TMP, ignore_errors=True)


if __name__ == "__main__":
    main()
