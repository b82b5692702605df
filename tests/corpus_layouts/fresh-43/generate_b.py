#!/usr/bin/env python
"""Generate the f43b- batch of fictional SIP documents into plans/.

Run with /work/batches/.venv/bin/python generate.py
Deterministic: fixed dates, no randomness. Calls soffice for PDF conversion.
"""
import datetime
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f43b"
LO_PROFILE = "file:///tmp/lo-f43b"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def path(nn, ext):
    return os.path.join(OUT, f"{PREFIX}-{nn:02d}.{ext}")


def soffice_pdf(src, target):
    """Convert src (.html/.docx) to PDF with LibreOffice and move to target."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
             "--convert-to", "pdf", "--outdir", tmp, src],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            timeout=180)
        base = os.path.splitext(os.path.basename(src))[0] + ".pdf"
        shutil.move(os.path.join(tmp, base), target)


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
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


def cell_text(cell, text, bold=False, size=None, italic=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    return cell


def header_table(doc, headers, rows, widths=None, fill="D9E2F3", size=10):
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    for i, h in enumerate(headers):
        cell_text(t.rows[0].cells[i], h, bold=True, size=size)
        shade(t.rows[0].cells[i], fill)
    mark_header_row(t.rows[0])
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cell_text(cells[i], v, size=size)
    if widths:
        t.autofit = False
        for i, w in enumerate(widths):
            t.columns[i].width = Cm(w)
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


def bold_para(doc, text, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    return p


def label_para(doc, label, value):
    p = doc.add_paragraph()
    p.add_run(label).bold = True
    p.add_run(value)
    return p


def set_base_font(doc, name="Calibri", size=11):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), name)


# ============================================================== 01 (HTML->PDF)
def plan01():
    bar = ('<table width="100%" cellpadding="4" cellspacing="0" style="margin-top:10px">'
           '<tr><td bgcolor="#2E6E9E"><font color="#FFFFFF" face="DejaVu Sans" size="3">'
           '<b>{}</b></font></td></tr></table>')

    def measure(n, what, who, when):
        return (f'<p style="margin-bottom:0"><b>Åtgärd {n}</b></p>'
                '<dl style="margin-top:2px">'
                f'<dt><b>Åtgärd:</b></dt><dd>{what}</dd>'
                f'<dt><b>Ansvarig:</b></dt><dd>{who}</dd>'
                f'<dt><b>Tidpunkt:</b></dt><dd>{when}</dd>'
                '</dl>')

    html = f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8">
<title>SIP - journalutskrift</title>
<style>
body {{ font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; }}
td.k {{ color:#444444; width:32%; }}
dd {{ margin-left: 18px; }}
</style></head>
<body>
<table width="100%" cellpadding="3" cellspacing="0" style="border-bottom:1px solid #888888">
<tr><td><font size="2">Region Västmanland · Cosmic · Journalutskrift</font></td>
<td align="right"><font size="2">Utskrivet 2024-11-21 09:14</font></td></tr>
<tr><td><font size="2">Vårdenhet: Vårdcentralen Surahammar</font></td>
<td align="right"><font size="2">Utskriven av: Maria, distriktssköterska</font></td></tr>
</table>
<h2 style="color:#2E6E9E">Samordnad individuell plan (SIP)</h2>
<table width="100%" cellpadding="3" cellspacing="0" border="1" style="border-collapse:collapse">
<tr><td class="k">Patient</td><td>Gunvor</td><td class="k">Personnummer</td><td>XXXXXX-XXXX</td></tr>
<tr><td class="k">Ålder</td><td>88 år</td><td class="k">Hemkommun</td><td>Surahammar</td></tr>
<tr><td class="k">Datum för SIP-möte</td><td>2024-11-20</td><td class="k">Plats</td><td>Vårdcentralen Surahammar, konferensrum 2</td></tr>
<tr><td class="k">Anteckningstyp</td><td>SIP</td><td class="k">Yrkesroll</td><td>Distriktssköterska</td></tr>
</table>

{bar.format('Bakgrund / aktuell situation')}
<p>Gunvor, 88 år, bor ensam i lägenhet (andra våningen, hiss finns) i centrala Surahammar.
Hjärtsvikt sedan 2019, förmaksflimmer och artros i båda knäna. Inlagd på medicinkliniken,
Västmanlands sjukhus Västerås, 2024-10-14 – 2024-10-22 pga försämrad hjärtsvikt med
vätskeansamling i benen och andfåddhet. Tre fall i hemmet sedan september, senast 2024-11-08
då hon låg på hallgolvet ca två timmar innan hemtjänsten kom på kvällsbesöket.
Trygghetslarmet hängde i sovrummet. Inga frakturer men stort blåmärke på höger höft.</p>
<p>Har i dag hemtjänst morgon och kväll (hjälp med dusch 2 ggr/v, påklädning, tillsyn),
matdistribution fem dagar i veckan. Kommunal hemsjukvård sköter dosdispenserade läkemedel
sedan utskrivningen. Hemtjänsten har noterat viktuppgång ca 3 kg senaste veckan och att
hon äter dåligt på helgerna.</p>

{bar.format('Syfte med SIP')}
<p>Syftet är att samordna vårdcentralens, hemsjukvårdens och hemtjänstens insatser kring
Gunvors hjärtsvikt och fallrisk, så att tecken på försämring (viktökning, andfåddhet, svullnad)
upptäcks tidigt och nya fall och akuta inläggningar kan förebyggas.</p>

{bar.format('Frågeställningar')}
<p>&nbsp;</p>

{bar.format('Den enskildes mål')}
<p>&nbsp;</p>

{bar.format('Samtycke')}
<p>Samtycke finns.</p>

{bar.format('Planerade åtgärder')}
{measure(1, 'Daglig vägning på morgonen före frukost, vikten förs in på viktlistan på kylskåpet. '
 'Ökning med mer än 2 kg på tre dagar meddelas hemsjukvårdens sjuksköterska samma dag.',
 'Hemtjänst Surahammar, grupp Centrum, omsorgspersonal', 'Dagligen fr.o.m. 2024-11-25')}
{measure(2, 'Läkemedelsgenomgång med justering av vätskedrivande (furosemid) utifrån vikt och symtom. '
 'Bedömning av blodtryck och fallrisk kopplad till läkemedel.',
 'Läkare, Vårdcentralen Surahammar', '2024-12-04')}
{measure(3, 'Hembesök för fallriskbedömning, genomgång av bostaden (mattor, belysning, trösklar, '
 'toalettförhöjning) och utprovning av rollator för inomhusbruk.',
 'Arbetsterapeut och fysioterapeut, Kommunal rehab Surahammar', '')}
{measure(4, 'Utredning av utökad hemtjänst med lunchbesök och tillsyn nattetid samt byte till '
 'armbandslarm som bärs dygnet runt.',
 'Biståndshandläggare, Äldreomsorgen Surahammars kommun', 'Beslut senast 2024-12-06')}
{measure(5, 'Kontroll av blodtryck, puls och ödem en gång i veckan. Rapport till distriktssköterskan '
 'vid försämring.',
 'Sjuksköterska, Hemsjukvården Surahammar', 'Varje tisdag fr.o.m. 2024-11-26')}

{bar.format('Övriga aktörer')}
<p>Dottern bor i Västerås och har tät telefonkontakt med Gunvor.</p>

{bar.format('Huvudansvar för planen')}
<table width="100%" cellpadding="3" cellspacing="0">
<tr><td class="k">Huvudansvarig huvudman</td><td>Region Västmanland</td></tr>
</table>

{bar.format('Uppföljning')}
<p>Ny SIP om ca 3 månader. Dsk kallar.</p>

{bar.format('Deltagare')}
<p>Maria, distriktssköterska<br>
Jonas, biståndshandläggare<br>
Leila, sjuksköterska<br>
Pia, gruppledare<br>
Sofia, arbetsterapeut<br>
Dotter (per telefon)</p>

<hr>
<p><font size="2">Signerad av: Maria, distriktssköterska, 2024-11-21 09:10<br>
Kopia till: Hemsjukvården Surahammar, Biståndsenheten Surahammar</font></p>
</body></html>
"""
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "f43b-01.html")
        with open(src, "w", encoding="utf-8") as f:
            f.write(html)
        soffice_pdf(src, path(1, "pdf"))


# ============================================================== 02 (docx)
def plan02():
    doc = Document()
    set_base_font(doc, "Calibri", 11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Skinnskattebergs kommun · Region Västmanland  |  SIP för barn och unga"
    hp.runs[0].font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.text = "Planen har gåtts igenom med vårdnadshavarna. Kopia till vårdnadshavare och deltagande verksamheter."
    fp.runs[0].font.size = Pt(8)

    doc.add_heading("Samordnad individuell plan (SIP)", level=1)

    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    data = [("Barnets namn", "Melvin", "Personnummer", "ÅÅMMDD-XXXX"),
            ("Ålder", "4 år", "Vårdnadshavare", "Sara och Jonas"),
            ("Datum för mötet", "2025-01-14", "Plats", "Förskolan Solrosen, Skinnskatteberg")]
    for r, vals in enumerate(data):
        for c, v in enumerate(vals):
            cell_text(t.rows[r].cells[c], v, bold=(c % 2 == 0), size=10)
            if c % 2 == 0:
                shade(t.rows[r].cells[c], "EDEDED")

    doc.add_heading("Bakgrund", level=2)
    doc.add_paragraph(
        "Melvin är 4 år och bor med mamma, pappa och storasyster (7 år) i Skinnskatteberg. "
        "Han fick diagnosen autism i november 2024 efter utredning på BUP Västerås och är nu "
        "inskriven på Habiliteringscentrum Västerås, barn- och ungdomshabiliteringen. Melvin har "
        "få ord och visar mest med kroppen vad han vill. Han går på Förskolan Solrosen ca 7.30–16.00. "
        "Förskolan beskriver att han har svårt vid övergångar (ute/inne, lunch, vila) och att det "
        "blir många utbrott på eftermiddagen. Hemma sover han oroligt och vaknar flera gånger per "
        "natt. Föräldrarna arbetar båda heltid och är mycket trötta.")

    doc.add_heading("Syfte med planen", level=2)
    doc.add_paragraph("Samordning av insatser.")

    # the parents' box: single-cell shaded table with thick border
    box = doc.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    box.alignment = WD_TABLE_ALIGNMENT.CENTER
    c = box.rows[0].cells[0]
    shade(c, "FFF4D6")
    c.text = ""
    p = c.paragraphs[0]
    r = p.add_run("Det här vill vi som föräldrar")
    r.bold = True
    r.font.size = Pt(12)
    r.font.color.rgb = RGBColor(0x8A, 0x5A, 0x00)
    for line in [
        "”Vi vill att Melvin ska trivas på förskolan och orka hela dagen utan att vara helt slut "
        "när han kommer hem.”",
        "”Vi vill att han ska få fler sätt att visa vad han vill och behöver. I dag blir det mycket "
        "skrik när vi inte förstår honom, och det är jobbigt för honom och för oss.”",
        "”Vi vill lära oss mer om autism och få hjälp med sömnen, vi har inte sovit en hel natt på "
        "länge.”",
        "”Vi vill inte behöva ringa runt till alla själva, vi vill ha en väg in.”",
    ]:
        pp = c.add_paragraph(line)
        pp.runs[0].italic = True
    tcPr = c._tc.get_or_add_tcPr()
    borders = OxmlElement("w:tcBorders")
    for side in ("top", "left", "bottom", "right"):
        b = OxmlElement(f"w:{side}")
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), "18")
        b.set(qn("w:color"), "C99A2E")
        borders.append(b)
    tcPr.append(borders)

    doc.add_heading("Melvins delaktighet", level=2)
    doc.add_paragraph(
        "Melvin var inte med på mötet, det hade blivit för mycket för honom med många vuxna i ett "
        "nytt rum. Föräldrarna berättade vad Melvin tycker om: att gunga, att leka med vatten och "
        "att titta på bilderböcker om tåg. Han blir orolig av höga ljud och av att inte veta vad "
        "som ska hända sen. Föräldrarna vill att det tas hänsyn till detta i alla insatser.")

    doc.add_heading("Samtycke", level=2)
    doc.add_paragraph("Vårdnadshavarna har samtyckt till SIP.")

    doc.add_heading("Insatser", level=2)
    rows = [
        ("Habiliteringen\n(Habiliteringscentrum Västerås)",
         "Föräldrautbildning om autism i grupp, 6 träffar", "Kurator",
         "Start 2025-02-06, torsdagar kl. 17–19"),
        ("", "Bildstöd/AKK: hembesök och besök på förskolan, introduktion av bildschema och pekkartor",
         "Logoped", "Hembesök 2025-01-28, förskolebesök 2025-02-11"),
        ("", "Sömnkartläggning med sömndagbok, råd om kvällsrutiner", "Arbetsterapeut",
         "Dagbok fr.o.m. 2025-01-20, genomgång 2025-02-25"),
        ("Förskolan Solrosen",
         "Förberedelse inför övergångar med bildschema och timer; lugn vrå efter lunch",
         "Ansvarig pedagog på Melvins avdelning", "Fr.o.m. 2025-02-03"),
        ("", "Ansökan om tilläggsbelopp för extra personalstöd", "Rektor", "Senast 2025-02-28"),
        ("Socialtjänsten, Skinnskattebergs kommun",
         "Utredning av ansökan om avlösarservice i hemmet enligt LSS", "LSS-handläggare",
         "Beslut senast 2025-03-31"),
        ("Föräldrarna",
         "Ansöker om omvårdnadsbidrag hos Försäkringskassan. Kurator på habiliteringen hjälper till "
         "med underlag.", "Sara och Jonas", "Under februari 2025"),
    ]
    t = header_table(doc, ["Verksamhet", "Insats", "Ansvarig funktion", "När"], rows,
                     widths=[4.0, 6.5, 3.3, 3.6], fill="DDEBD7")
    # merge the Verksamhet column for grouped rows
    for a, b in ((1, 3), (4, 5)):
        top = t.cell(a, 0)
        txt = top.text
        m = top.merge(t.cell(b, 0))
        cell_text(m, txt, size=10)

    doc.add_heading("Huvudansvar", level=2)
    label_para(doc, "Huvudansvar för planen: ", "Habiliteringen.")

    doc.add_heading("Uppföljning", level=2)
    doc.add_paragraph("Planen följs upp i samband med nästa habiliteringsbesök.")

    doc.add_heading("Deltagare", level=2)
    doc.add_paragraph("Närvarande vid mötet: Sara och Jonas (vårdnadshavare), Karin, Lena, Petra och Anders.")

    doc.save(path(2, "docx"))


# ============================================================== 03 (txt e-mail)
def plan03():
    text = """\
Från: Mikael (Socialförvaltningen Västerås, Vuxenenheten)
Skickat: den 4 februari 2025 15:42
Till: Daniel
Ämne: Planen från mötet i dag (SIP)

Hej Daniel!

Tack för i dag. Som jag lovade skickar jag planen som vi skrev ihop på
mötet, den är inklistrad här nedanför. Läs igenom den och säg till om
något har blivit fel eller om du vill lägga till något, så ändrar jag.
Jag skickar den också till de andra som var med.

----------------------------------------------------------------------

SAMORDNAD INDIVIDUELL PLAN (SIP) – DANIEL, 23 ÅR
Datum: 2025-02-04

Bakgrund:
Daniel frigavs från anstalt 2025-01-20 efter att ha avtjänat ett straff
på 1 år och 4 månader. Han har villkorlig frigivning med övervakning av
Frivården Västerås till och med december 2025. Daniel har ingen egen
bostad, han sover sedan frigivningen hos olika kompisar och två nätter
på härbärget. Han har tidigare använt amfetamin och cannabis, och säger
att han har varit drogfri sedan han kom in på anstalten. Han har inga
inkomster i dag och skulder hos Kronofogden.

Syfte:
Att Daniel efter frigivningen ska få en stabil boendesituation och en
sysselsättning, och att socialtjänsten, frivården och beroendevården
drar åt samma håll så att risken för återfall i missbruk och brott
minskar. Han ska inte behöva berätta samma sak för alla.

Frågor vi tog upp:
- Kan Daniel få en träningslägenhet via socialtjänsten och vad krävs
  för att han ska kunna ta över kontraktet senare?
- Hur lägger vi frivårdens träffar och provtagningen på
  beroendemottagningen så att de inte krockar med praktik?
- Vem hjälper Daniel att ta kontakt med Kronofogden om skulderna?

Daniels mål (hans egna ord):
"Jag vill ha ett eget kontrakt innan sommaren och komma bort från
gänget jag hängde med förut. Jag vill jobba, helst med bilar."

Daniels synpunkter:
Daniel var med på hela mötet. Han sa att boendet är det viktigaste för
honom just nu och att han inte vill bo på härbärget, för där finns
folk som han känner från förut. Han vill hellre ha få träffar som är
bra än många som han inte orkar gå på.

Insatser:
1. Tillfälligt boende i kommunens stödboende från och med 2025-02-05
   och ansökan om träningslägenhet.
   Ansvarig: boendesekreterare, Vuxenenheten, Socialförvaltningen
   Västerås. Beslut om träningslägenhet senast 2025-02-28.
2. Ekonomiskt bistånd för februari, ansökan görs i morgon.
   Ansvarig: handläggare, Försörjningsstöd Västerås. Besök
   2025-02-05 kl. 10.00.
3. Övervakningssamtal varje tisdag, uppföljning av
   frigivningsvillkoren.
   Ansvarig: frivårdsinspektör, Kriminalvården Frivården Västerås.
   Varje tisdag från och med 2025-02-11.
4. Urinprov och återfallsförebyggande samtal.
   Ansvarig: Regionen.
5. Inskrivning på Arbetsförmedlingen och kartläggning inför praktik,
   gärna på bilverkstad (Stöd och matchning).
   Ansvarig: Arbetsförmedlingen Västerås, handläggare. Daniel bokar
   själv tid via webben senast 2025-02-14.
6. Kontakt med Kronofogden om skulderna, ansökan om skuldsanering
   längre fram.
   Ansvarig: budget- och skuldrådgivare, Västerås stad, första möte
   2025-03-03. Daniel tar med alla brev han har fått.

Huvudansvar:
Huvudansvar för planen har jag, Mikael, samordnare på Vuxenenheten,
Socialförvaltningen Västerås.

----------------------------------------------------------------------

Ha det bra!

Med vänlig hälsning

Mikael
Samordnare
Vuxenenheten, Individ- och familjeomsorgen
Socialförvaltningen, Västerås stad
Tel: via växeln
"""
    data = text.replace("\n", "\r\n").encode("cp1252")
    with open(path(3, "txt"), "wb") as f:
        f.write(data)


# ============================================================== 04 (md)
def plan04():
    rows = [
        ("Dokument", "Samordnad individuell plan (SIP)"),
        ("Namn", "M-L"),
        ("Personnummer", "XXXXXX-XXXX"),
        ("Ålder", "67 år"),
        ("Kommun", "Kungsör"),
        ("Datum för mötet", "2024-10-22"),
        ("Plats", "Vårdcentralen Kungsör"),
        ("Bakgrund",
         "M-L bor ensam i hyreslägenhet i Kungsör. Alkoholrelaterad demens (diagnos vid "
         "Minnesmottagningen, Köpings lasarett, våren 2024). Mångårigt alkoholberoende.<br>"
         "Har god man sedan 2023.<br>Hemtjänst 2 ggr/dag sedan juni. Hemtjänsten rapporterar att "
         "hon glömmer att äta, att det finns tomflaskor i lägenheten och att hon vid två tillfällen "
         "har gått ut på natten och inte hittat hem.<br>Viktnedgång ca 6 kg sedan i våras. "
         "Inlagd på Köpings lasarett i september efter fall i samband med berusning."),
        ("Syfte med SIP", "–"),
        ("Frågeställningar", "Diskutera läget och hur vi går vidare."),
        ("M-L:s mål", "Målet är att M-L ska kunna bo kvar i sin lägenhet så länge som möjligt med stöd."),
        ("Delaktighet", "M-L deltog i början av mötet."),
        ("Insatser",
         "**Hemtjänst Kungsör norra:** fortsatt stöd enligt beslut<br>"
         "**Vårdcentralen Kungsör:** fortsatt kontakt, uppföljning vid behov<br>"
         "**Minnesmottagningen Köping:** fortsatt kontakt<br>"
         "**Kungsörs kommun, biståndshandläggare:** kontakt vid behov<br>"
         "**Alkoholstöd:** erbjuds vid behov"),
        ("God man", "God man finns."),
        ("Huvudansvarig", "Ej utsedd ännu"),
        ("Nästa uppföljning", "2025-01-21 kl. 13.30, Vårdcentralen Kungsör"),
        ("Deltagare", "M-L (en stund)<br>Stig (god man)<br>Annika<br>Jenny<br>Hassan<br>Lovisa"),
        ("Dokumenterat av", "Annika, 2024-10-23"),
    ]
    out = ["| Rubrik | Innehåll |", "|---|---|"]
    for k, v in rows:
        out.append(f"| **{k}** | {v} |")
    with open(path(4, "md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


# ============================================================== 05 (fpdf2)
class TOEPDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(80, 80, 80)
        self.cell(70, 5, "Lifecare SP – Samordnad planering", border=0)
        self.cell(60, 5, "Utskrivet 2024-12-04 10:12", border=0, align="C")
        self.cell(0, 5, f"Sida {self.page_no()} ({{nb}})", border=0, align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(3)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, "Region Västmanland och kommunerna i Västmanlands län – gemensam plan enligt "
                  "lagen om samverkan vid utskrivning från sluten hälso- och sjukvård", align="C")
        self.set_text_color(0, 0, 0)


def plan05():
    pdf = TOEPDF(format="A4")
    pdf.set_creation_date(datetime.datetime(2024, 12, 4, 10, 12, tzinfo=datetime.timezone.utc))
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(15, 12, 15)
    pdf.add_page()
    W = pdf.w - 30

    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 8, "Gemensam plan – Trygg och effektiv utskrivning (SIP)", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)

    # header box
    y0 = pdf.get_y()
    pdf.set_font("DejaVu", "", 9)
    fields = [("Patient (initialer)", "B.L.", "Personnummer", "XXXXXX-XXXX"),
              ("Ålder", "79 år", "Hemkommun", "Arboga"),
              ("Vårdenhet", "Medicinavdelning 2, Köpings lasarett", "Inskriven", "2024-11-27"),
              ("Mötesdatum", "2024-12-03", "Mötesform", "Videomöte"),
              ("Utskrivningsklar", "2024-12-05 (beräknat)", "Upprättad av", "Helena, sjuksköterska avd 2")]
    for a, b, c, d in fields:
        pdf.set_font("DejaVu", "B", 8.5)
        pdf.cell(38, 6.5, a, border=1)
        pdf.set_font("DejaVu", "", 9)
        pdf.cell(W / 2 - 38, 6.5, b, border=1)
        pdf.set_font("DejaVu", "B", 8.5)
        pdf.cell(34, 6.5, c, border=1)
        pdf.set_font("DejaVu", "", 9)
        pdf.cell(W / 2 - 34, 6.5, d, border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.set_line_width(0.6)
    pdf.rect(15, y0, W, pdf.get_y() - y0)
    pdf.set_line_width(0.2)
    pdf.ln(4)

    def section(title):
        pdf.ln(1)
        pdf.set_fill_color(225, 230, 238)
        pdf.set_font("DejaVu", "B", 10)
        pdf.cell(0, 6.5, title, border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 9.5)
        pdf.ln(1)

    section("Checklista")
    checks = [
        ("☒", "Inskrivningsmeddelande skickat till kommun och primärvård 2024-11-27"),
        ("☒", "Samtycke till SIP och informationsöverföring:  ☒ muntligt  ☐ skriftligt  Datum: 2024-11-28"),
        ("☐", "Patienten deltar i mötet"),
        ("☐", "Patientens egna önskemål dokumenterade"),
        ("☐", "Närstående informerade"),
        ("☒", "Syrgasbehandling (LTOT) ordinerad och patienten informerad om brandrisk"),
        ("☒", "Läkemedelslista uppdaterad och skickad till hemsjukvården"),
        ("☐", "Hjälpmedel förskrivna"),
        ("☒", "Hemsjukvård informerad"),
        ("☐", "Huvudansvarig för SIP utsedd"),
    ]
    for box, txt in checks:
        pdf.set_x(18)
        pdf.cell(7, 5.8, box)
        pdf.multi_cell(W - 10, 5.8, txt, new_x="LMARGIN", new_y="NEXT")

    section("Syfte")
    pdf.multi_cell(0, 5.5, "Samordnad vårdplanering inför hemgång.", new_x="LMARGIN", new_y="NEXT")

    section("Bakgrund / aktuellt")
    pdf.multi_cell(0, 5.5,
        "79-årig man med KOL (GOLD 3) som bor ensam i villa i Arboga. Inkom 2024-11-27 via akuten "
        "med KOL-exacerbation och andningssvikt, behandlad med antibiotika, kortison och initialt "
        "NIV. Blodgaser visar kvarstående kronisk hypoxi och syrgasbehandling i hemmet (LTOT) "
        "startades 2024-12-02, 1 l/min minst 16 timmar per dygn. Före inläggningen hemtjänst en gång "
        "i veckan för städning. Klarar förflyttningar själv men blir mycket andfådd vid dusch och "
        "påklädning. Slutade röka 2022.", new_x="LMARGIN", new_y="NEXT")

    section("Planerade insatser")
    rows = [
        ("Leverans och installation av syrgaskoncentrator samt portabel syrgasenhet i bostaden",
         "Regionen", ""),
        ("Hembesök dag 1 efter hemkomst: kontroll av syrgasutrustning, saturation och andning; "
         "genomgång av brandrisk och rökförbud", "Sjuksköterska, Kommunal hemsjukvård Arboga",
         "2024-12-06"),
        ("Utökad hemtjänst till tre besök/dag (morgon, lunch, kväll) med hjälp vid dusch, "
         "påklädning och måltider", "Hemtjänst Arboga öster", "Fr.o.m. hemkomst 2024-12-05"),
        ("Trygghetslarm installeras", "Larmgruppen, Arboga kommun", "Senast 2024-12-05"),
        ("Genomgång av inhalationsteknik och uppdaterad läkemedelslista", "Sjuksköterska, "
         "Medicinavdelning 2, Köpings lasarett", "Före utskrivning 2024-12-05"),
        ("Läkarbesök för kontroll av vikt, ödem och läkemedel efter utskrivning",
         "Läkare, Vårdcentralen Arboga", "2024-12-17"),
        ("Återbesök med blodgas och ställningstagande till fortsatt LTOT",
         "Läkare, Lungmottagningen Västmanlands sjukhus Västerås", "2025-01-15"),
        ("Bedömning av behov av hjälpmedel i hemmet (duschstol, rollator med korg för "
         "syrgasenhet)", "Arbetsterapeut, Arboga kommun", "Vecka 50"),
        ("Bedömning av andningsteknik och fysisk aktivitet i hemmet",
         "Fysioterapeut, Arboga kommun", "Efter hemgång"),
    ]
    pdf.set_font("DejaVu", "", 9)
    with pdf.table(col_widths=(95, 55, 30), text_align="LEFT", line_height=5,
                   repeat_headings=1) as table:
        hr = table.row()
        for h in ("Insats", "Ansvarig", "När"):
            hr.cell(h)
        for r in rows:
            tr = table.row()
            for v in r:
                tr.cell(v)

    section("Uppföljning")
    pdf.multi_cell(0, 5.5, "Uppföljning av den gemensamma planen inom en vecka efter hemgång. "
                   "Hemsjukvården kallar.", new_x="LMARGIN", new_y="NEXT")

    section("Deltagare")
    parts = [("Helena", "Sjuksköterska", "Medicinavdelning 2, Köpings lasarett"),
             ("Omar", "Läkare", "Medicinavdelning 2, Köpings lasarett"),
             ("Lotta", "Biståndshandläggare", "Äldreomsorgen, Arboga kommun"),
             ("Ingrid", "Sjuksköterska", "Kommunal hemsjukvård Arboga"),
             ("Elin", "Distriktssköterska", "Vårdcentralen Arboga")]
    with pdf.table(col_widths=(35, 50, 95), text_align="LEFT", line_height=5,
                   repeat_headings=1) as table:
        hr = table.row()
        for h in ("Namn", "Funktion", "Verksamhet"):
            hr.cell(h)
        for r in parts:
            tr = table.row()
            for v in r:
                tr.cell(v)

    pdf.output(path(5, "pdf"))


# ============================================================== 06 (docx follow-up)
def plan06():
    doc = Document()
    set_base_font(doc, "Arial", 10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    hp = sec.header.paragraphs[0]
    hp.text = "Sala kommun – Socialtjänsten  |  Region Västmanland – Psykiatrimottagningen Sala"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Uppföljning av SIP · 2025-03-12"
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.runs[0].font.size = Pt(8)

    doc.add_heading("Uppföljning av samordnad individuell plan (SIP)", level=1)
    t = doc.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    vals = [("Namn", "L., 20 år", "Personnummer", "XXXXXX-XXXX"),
            ("Datum för uppföljning", "2025-03-12", "Ursprunglig SIP", "2024-10-09")]
    for r, v in enumerate(vals):
        for c, x in enumerate(v):
            cell_text(t.rows[r].cells[c], x, bold=(c % 2 == 0), size=10)

    doc.add_heading("1. Syfte", level=2)
    doc.add_paragraph("Se tidigare plan.")

    doc.add_heading("2. Frågeställningar inför mötet", level=2)
    for q in ["Hur kan L. få en fast dygnsrytm nu när ADHD-medicineringen är inställd, så att han "
              "orkar gå upp på förmiddagarna?",
              "Ska ansökan om aktivitetsersättning hos Försäkringskassan göras nu eller vänta tills "
              "arbetsträningen har kommit igång?",
              "Behöver spelbehandlingen ändras när L. fortfarande spelar på nätterna?"]:
        doc.add_paragraph(q, style="List Bullet")

    doc.add_heading("3. Delaktighet", level=2)
    doc.add_paragraph("L. deltog i mötet tillsammans med sin mamma.")

    doc.add_heading("4. Tidigare mål – hur har det gått?", level=2)
    rows = [
        ("Målet är att L. ska ha en regelbunden dygnsrytm och sova före kl. 01 på vardagar.",
         "Bättre sedan januari enligt mamma, men fortfarande sent 3–4 nätter i veckan. Medicineringen "
         "(lisdexamfetamin) inställd i februari."),
        ("L. ska minska sitt spelande till högst 3 timmar per dag.",
         "Delvis. Spelar mindre på dagtid, men långa pass på nätterna. Har gått på 7 av 10 "
         "samtal hos öppenvården."),
        ("L. ska påbörja någon form av sysselsättning.",
         "Inte påbörjat. Inskrivning på Arbetsförmedlingen blev inte av i december."),
        ("L. ska ha kontakt med psykiatrin för utredning och behandling av ADHD.",
         "Uppnått. Diagnos ADHD kombinerad form, fastställd 2024-11-20."),
    ]
    header_table(doc, ["Tidigare mål", "Hur har det gått?"], rows, widths=[8.0, 9.0], fill="E2EFDA")

    doc.add_heading("5. Nya insatser", level=2)
    rows = [
        ("Återbesök för utvärdering av medicinering och sömn", "Läkare, Psykiatrimottagningen Sala",
         "2025-04-02"),
        ("KBT-inriktade samtal om spelandet, fokus på nätterna; avtal om att datorn stängs kl. 00",
         "Behandlare, Öppenvårdsteamet, Socialtjänsten Sala", "Varje måndag fr.o.m. 2025-03-17"),
        ("Arbetsträning på Återbruket tre förmiddagar i veckan", "Arbetscoach, Arbetsmarknadsenheten "
         "(AME) Sala kommun", "Start 2025-04-07"),
        ("Inskrivning och kartläggning inom Stöd och matchning", "Handläggare, Arbetsförmedlingen "
         "Sala", "Möte 2025-03-26"),
        ("Väcker L. kl. 08.00 vardagar och följer med till första dagen på Återbruket",
         "Mamma (Anna)", "Fr.o.m. 2025-03-13"),
        ("Intyg inför ev. ansökan om aktivitetsersättning", "Läkare, Psykiatrimottagningen Sala",
         "Vid återbesöket 2025-04-02"),
    ]
    header_table(doc, ["Insats", "Ansvarig (verksamhet/funktion)", "När"], rows,
                 widths=[8.0, 5.5, 3.5], fill="E2EFDA")

    doc.add_heading("6. Huvudansvar", level=2)
    doc.add_paragraph("Som tidigare.")

    doc.add_heading("7. Nästa uppföljning", level=2)
    doc.add_paragraph("Ej bestämt.")

    doc.add_heading("8. Deltagare", level=2)
    rows = [("L.", "Den enskilde", "–"),
            ("Anna", "Mamma", "–"),
            ("Johan", "Läkare", "Psykiatrimottagningen Sala, Region Västmanland"),
            ("Sanna", "Behandlare", "Öppenvårdsteamet, Socialtjänsten Sala kommun"),
            ("Erik", "Arbetscoach", "Arbetsmarknadsenheten, Sala kommun"),
            ("Frida", "Handläggare", "Arbetsförmedlingen Sala")]
    header_table(doc, ["Namn", "Funktion", "Verksamhet"], rows, widths=[3.5, 4.0, 9.5], fill="E2EFDA")

    doc.save(path(6, "docx"))


# ============================================================== 07 (docx MVC + soc)
def plan07():
    doc = Document()
    set_base_font(doc, "Georgia", 10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    hp = sec.header.paragraphs[0]
    hp.text = "Barnmorskemottagningen (MVC) Köping  ·  Socialtjänsten Köpings kommun"
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    hp.runs[0].font.size = Pt(8.5)
    hp.runs[0].font.small_caps = True

    def sc_heading(text):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.space_after = Pt(3)
        r = p.add_run(text)
        r.bold = True
        r.font.small_caps = True
        r.font.size = Pt(12)
        r.font.color.rgb = RGBColor(0x5B, 0x2C, 0x6F)
        return p

    p = doc.add_paragraph()
    r = p.add_run("Samordnad individuell plan – SIP")
    r.bold = True
    r.font.small_caps = True
    r.font.size = Pt(16)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Gemensam plan för MVC och socialtjänsten under graviditeten").alignment = \
        WD_ALIGN_PARAGRAPH.CENTER

    label_para(doc, "Namn: ", "J.    ")
    label_para(doc, "Personnummer: ", "XXXXXX-XXXX")
    label_para(doc, "Graviditetsvecka vid mötet: ", "24+3   (beräknad förlossning 2025-05-08)")
    label_para(doc, "Mötesdatum: ", "2025-01-15, MVC Köping")

    sc_heading("Bakgrund")
    doc.add_paragraph(
        "J. är 26 år och väntar sitt första barn. Hon har använt amfetamin och cannabis sedan "
        "tonåren, och berättade själv vid inskrivningen på MVC i vecka 11 att hon använt under "
        "de första veckorna av graviditeten. Hon har sedan november kontakt med Beroendemottagningen "
        "Köping och lämnar urinprov, samtliga negativa sedan 2024-12-02. J. bor ensam i lägenhet i "
        "Köping och har begränsat nätverk. MVC har gjort en orosanmälan till socialtjänsten före "
        "barnets födelse (14 kap. 1 c § SoL), och J. har själv ansökt om stöd hos Vuxenenheten.")

    sc_heading("Syfte")
    doc.add_paragraph(
        "Syftet med SIP är att J. ska få ett samlat och tryggt stöd under resten av graviditeten och "
        "inför förlossningen, så att hon kan fortsätta vara drogfri och barnet får en trygg start. "
        "Planen ska också göra tydligt vem som gör vad mellan MVC, beroendevården och socialtjänsten, "
        "så att J. inte behöver ha kontakt med fler än nödvändigt.")

    sc_heading("Frågeställningar")
    doc.add_paragraph("Gå igenom läget inför förlossningen.")

    sc_heading("J:s egna mål")
    p = doc.add_paragraph()
    r = p.add_run("”Jag vill vara drogfri när bebisen kommer och kunna ta hem henne själv från BB. "
                  "Jag vill att det är samma barnmorska hela vägen.”")
    r.italic = True

    sc_heading("Delaktighet")
    doc.add_paragraph(
        "J. deltog under hela mötet. Hon sa att hon är rädd att barnet ska omhändertas direkt efter "
        "förlossningen och att det är därför hon vill ha stöd nu. Hon vill inte bli inlagd på "
        "avdelning före förlossningen om det inte behövs, och hon vill träffa familjebehandlaren "
        "hemma i stället för på kontoret.")

    sc_heading("Samtycke")
    doc.add_paragraph(
        "J. lämnade den 15 januari 2025 skriftligt samtycke, på kommunens och regionens gemensamma "
        "blankett, till att MVC, Beroendemottagningen och socialtjänsten samarbetar och utbyter "
        "information inom ramen för denna SIP.")

    sc_heading("Insatser")
    rows = [
        ("Tätare besök på MVC med urinprov; samtal om förlossningsrädsla", "Barnmorska, MVC Köping",
         "Varannan vecka fr.o.m. 2025-01-22"),
        ("Återfallsprevention, samtal och provtagning", "Sjuksköterska, Beroendemottagningen Köping",
         "Varje tisdag fr.o.m. 2025-01-21"),
        ("Bedömning och förlossningsplanering hos specialistmödravården",
         "Obstetriker, Specialistmödravården Västerås", "2025-02-12"),
        ("Föräldraskapsstöd i hemmet, förberedelse inför barnets ankomst",
         "Familjebehandlare, Barn och familj, IFO Köping", "Varje vecka fr.o.m. 2025-02-03"),
        ("Öppenvårdsstöd, återfallsprevention i grupp", "Behandlare, Vuxenenheten, IFO Köping",
         "Start 2025-01-27, måndagar"),
        ("Planering av vårdtid och stöd på BB efter förlossningen", "Barnmorska, MVC Köping, "
         "tillsammans med BB Västerås", "Senast 2025-04-10"),
    ]
    t = header_table(doc, ["Insats", "Ansvarig", "När"], rows, widths=[7.5, 5.5, 3.8], fill="E8DFF0",
                     size=9.5)
    for c in t.rows[0].cells:
        for rr in c.paragraphs[0].runs:
            rr.font.small_caps = True

    sc_heading("Huvudansvar")
    doc.add_paragraph("Huvudansvar för planen: socialsekreteraren.")

    sc_heading("Uppföljning")
    doc.add_paragraph("Nästa SIP-möte hålls 2025-03-05 kl. 10.00 på MVC Köping. J. får kallelse "
                      "hem och sms-påminnelse.")

    doc.save(path(7, "docx"))


# ============================================================== 08 (minutes, not a plan)
def plan08():
    doc = Document()
    set_base_font(doc, "Times New Roman", 11.5)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "FAGERSTA KOMMUN\tSAMMANTRÄDESPROTOKOLL\tSida "
    hp.runs[0].font.size = Pt(9)
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    rr = OxmlElement("w:r")
    tt = OxmlElement("w:t")
    tt.text = "1"
    rr.append(tt)
    fld.append(rr)
    hp._p.append(fld)
    fp = sec.footer.paragraphs[0]
    fp.text = "Justerandes signatur: ________   ________          Utdragsbestyrkande: ________"
    fp.runs[0].font.size = Pt(8)

    p = doc.add_paragraph()
    r = p.add_run("Socialnämnden")
    r.bold = True
    r.font.size = Pt(16)
    label_para(doc, "Sammanträdesdatum: ", "2025-02-19")
    label_para(doc, "Plats och tid: ", "Kommunhuset, sammanträdesrum Vikern, kl. 13.00–15.40")
    label_para(doc, "Beslutande: ", "Ordförande (S), vice ordförande (M), samt ledamöterna NN (S), "
               "NN (S), NN (C), NN (SD), NN (V); tjänstgörande ersättare NN (KD)")
    label_para(doc, "Övriga närvarande: ", "Socialchef, nämndsekreterare, enhetschef Vuxenenheten "
               "(§ 15), MAS (§ 15)")
    label_para(doc, "Justerare: ", "NN (M)")
    label_para(doc, "Justeringens tid och plats: ", "2025-02-25, Socialförvaltningen")

    def para(num, title, body, decision=None):
        bold_para(doc, f"§ {num}  {title}", size=12)
        for b in body:
            doc.add_paragraph(b)
        if decision:
            bold_para(doc, "Beslut")
            for d in decision:
                doc.add_paragraph(d)

    para(12, "Val av justerare", [], ["Socialnämnden utser NN (M) att jämte ordföranden justera "
                                      "dagens protokoll."])
    para(13, "Godkännande av dagordning", [], ["Dagordningen godkänns med tillägg av ett "
                                               "informationsärende under § 18."])
    para(14, "Ekonomisk uppföljning januari 2025 (Dnr SN 2025/8)",
         ["Socialchefen redovisar utfallet för januari. Förvaltningen prognostiserar ett underskott "
          "om 2,1 mnkr för helåret, främst inom placeringar av barn och unga och externa "
          "HVB-placeringar för vuxna."],
         ["Socialnämnden lägger informationen till handlingarna."])
    para(15, "Revidering av rutin för samordnad individuell plan (SIP) (Dnr SN 2024/112)",
         ["Enhetschefen för Vuxenenheten och medicinskt ansvarig sjuksköterska (MAS) föredrar "
          "ärendet. Rutinen för SIP antogs 2019 och behöver uppdateras efter den länsgemensamma "
          "överenskommelsen om samverkan kring SIP mellan Region Västmanland och länets kommuner som "
          "började gälla 2024-09-01.",
          "Under 2024 hölls 41 SIP-möten där socialtjänsten i Fagersta deltog, varav 17 på "
          "kommunens initiativ. Vid den interna granskningen hösten 2024 av 20 slumpvis valda planer "
          "saknade nio planer datum för uppföljning och i sju planer framgick inte vem som hade "
          "huvudansvaret. I flera planer fanns den enskildes egna mål inte med.",
          "Förslaget till reviderad rutin innebär bl.a. att",
          "– kallelse till SIP ska skickas senast fem arbetsdagar efter att behovet uppmärksammats,",
          "– den länsgemensamma mallen för SIP ska användas i samtliga verksamheter,",
          "– huvudansvarig och datum för uppföljning alltid ska anges innan mötet avslutas,",
          "– enhetscheferna ska följa upp andelen planer med uppföljningsdatum två gånger per år.",
          "Ledamoten NN (V) frågar hur den enskilde görs delaktig när personen inte kan närvara. "
          "Enhetschefen svarar att rutinen kompletteras med ett avsnitt om förberedande samtal och "
          "om att den enskildes synpunkter ska föras in i planen med egna ord.",
          "Ledamoten NN (C) yrkar att nämnden ska få en årlig redovisning av SIP-arbetet."],
         ["1. Socialnämnden antar reviderad rutin för samordnad individuell plan (SIP) enligt "
          "förvaltningens förslag, att gälla från och med 2025-03-01.",
          "2. Socialnämnden bifaller yrkandet från NN (C) och ger förvaltningen i uppdrag att "
          "årligen, med start i februari 2026, redovisa antal SIP-möten och resultatet av "
          "egenkontrollen till nämnden.",
          "Protokollsutdrag: Vuxenenheten, Barn- och familjeenheten, Vård och omsorg, MAS."])
    para(16, "Delegationsbeslut januari 2025",
         ["Förteckning över delegationsbeslut fattade under perioden 2025-01-01 – 2025-01-31 "
          "redovisas."], ["Socialnämnden lägger redovisningen till handlingarna."])
    para(17, "Anmälningsärenden",
         ["Inkomna skrivelser och domar redovisas enligt bilaga."],
         ["Anmälningsärendena läggs till handlingarna."])
    para(18, "Information",
         ["Socialchefen informerar om arbetet med den nya socialtjänstlagen som väntas träda i kraft "
          "2025-07-01 och om rekryteringsläget på Barn- och familjeenheten."])

    doc.add_paragraph()
    doc.add_paragraph("Vid protokollet\n\n____________________\nNämndsekreterare")
    doc.add_paragraph("Ordförande\n\n____________________")
    doc.add_paragraph("Justerare\n\n____________________")

    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "f43b-08.docx")
        doc.save(src)
        soffice_pdf(src, path(8, "pdf"))


def main():
    os.makedirs(OUT, exist_ok=True)
    for fn in (plan01, plan02, plan03, plan04, plan05, plan06, plan07, plan08):
        fn()
        print("ok", fn.__name__)


if __name__ == "__main__":
    main()
