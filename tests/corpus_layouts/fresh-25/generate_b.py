# -*- coding: utf-8 -*-
"""Generate batch f25b: 8 fictional, anonymized Swedish SIP documents into plans/."""
import os
import subprocess
import shutil
import tempfile
import datetime
FIXED = datetime.datetime(2025, 1, 1, 12, 0, 0)

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
os.makedirs(OUT, exist_ok=True)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def soffice_pdf(src, name):
    tmp = tempfile.mkdtemp(prefix="f25b-")
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-f25b", "--headless",
                    "--convert-to", "pdf", "--outdir", tmp, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    base = os.path.splitext(os.path.basename(src))[0] + ".pdf"
    shutil.move(os.path.join(tmp, base), os.path.join(OUT, name))
    shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------- 01 txt
def plan01():
    txt = """\
================================================================================
TREservice VÅRD & OMSORG - UTSKRIFT AV DOKUMENT     Utskriftsdatum: 2025-01-15
================================================================================
Dokumenttyp:     SIP - Samordnad individuell plan
Personnummer:    XXXXXX-XXXX
Namn:            J.
Enhet:           Vuxenenheten IFO, Sala kommun
Antecknad av:    Eva, socialsekreterare
Mötesdatum:      2025-01-14
Mötesplats:      Psykiatrimottagningen Sala
Status:          Signerad 2025-01-15
--------------------------------------------------------------------------------

SYFTE:
    Syftet med planen är att samordna stödet kring J. efter hans senaste
    psykos hösten 2024, så att han kan behålla sin lägenhet i Sala och
    få ordning på sina skulder, som har vuxit sedan han slutade öppna
    sin post under sommaren.

FRÅGESTÄLLNINGAR:

BAKGRUND:
    J. är 34 år och har diagnosen schizofreni sedan 2019. Han vårdades
    inom den slutna psykiatrin i Västerås 2024-10-02 -- 2024-10-28 efter
    att ha slutat ta sin medicin. Hyresskulden är i dag ca 18 000 kr och
    hyresvärden har skickat en uppsägning som är vilande till och med
    februari. Det finns flera ärenden hos Kronofogden (el, mobil, sms-
    lån). J. har god man sedan november 2024. Han bor ensam och har
    sporadisk kontakt med sin syster i Uppsala. Han har ingen
    sysselsättning och har aktivitetsersättning från FK t.o.m. 2026.

DELAKTIGHET:
    J. deltog på mötet.

SAMTYCKE:
    Samtycke finns.

DELTAGARE:
    Socialsekreterare, budget- och skuldrådgivare, sjuksköterska,
    läkare, god man, J.

INSATSER/ÅTGÄRDER:
    1.  Vad:  Boendestöd två gånger i veckan med fokus på att öppna och
              sortera post, betala räkningar tillsammans med god man
              och planera inköp.
        Vem:  Boendestödet, Socialpsykiatrin Sala kommun
        När:  Start 2025-01-27

    2.  Vad:  Budget- och skuldrådgivning. Genomgång av samtliga skulder
              och bedömning av om ansökan om skuldsanering kan göras.
        Vem:  Budget- och skuldrådgivare, Sala kommun
        När:  Första besöket 2025-02-04

    3.  Vad:  Depåinjektion var tredje vecka samt läkarbesök för
              uppföljning av läkemedel och biverkningar.
        Vem:  Regionen
        När:  Nästa injektion 2025-01-21, läkarbesök 2025-03-04

    4.  Vad:  Ansökan om ekonomiskt bistånd till hyresskulden prövas,
              underlag från god man ska vara inlämnat 2025-01-22.
        Vem:  Socialsekreterare, Vuxenenheten IFO Sala
        När:  Beslut senast 2025-01-31

    5.  Vad:  God man tar över all kontakt med hyresvärden och
              Kronofogden, lägger upp autogiro för hyran och meddelar
              boendestödet vilka räkningar som ska betalas varje månad.
        Vem:  God man (förordnad av överförmyndaren i Sala)
        När:  Senast 2025-02-01

    6.  Vad:  Kontaktsjuksköterskan ringer J. varje måndag under
              februari och mars för att stämma av mående och sömn.
        Vem:  Kontaktsjuksköterska, Psykiatrimottagningen Sala
        När:  Från 2025-01-20

UPPFÖLJNING:
    Uppföljande SIP-möte 2025-03-11 kl. 13.00 på Psykiatrimottagningen
    Sala.

--------------------------------------------------------------------------------
Signerad av: Eva, socialsekreterare                     2025-01-15 09:42
================================================================================
"""
    with open(os.path.join(OUT, "f25b-01.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(txt)


# ---------------------------------------------------------------- 02 pdf (html)
def plan02():
    html = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8">
<title>SIP vid utskrivning</title>
<style>
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; }
h1 { font-size: 15pt; margin-bottom: 2pt; }
h2 { font-size: 11.5pt; background: #dde6ef; padding: 2pt 4pt; margin-top: 12pt; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 1px solid #555; padding: 3pt 4pt; vertical-align: top; font-size: 9.5pt; }
th { background: #eeeeee; text-align: left; }
.meta td { border: none; padding: 1pt 4pt; }
.small { font-size: 8pt; color: #444; }
</style></head><body>
<p class="small">Region Västmanland · Psykiatriska kliniken Västerås · Avdelning 52</p>
<h1>Samordnad individuell plan vid utskrivning från sluten psykiatrisk vård</h1>
<table class="meta">
<tr><td><b>Patient:</b></td><td>A.</td><td><b>Personnummer:</b></td><td>ÅÅMMDD-XXXX</td></tr>
<tr><td><b>Datum för SIP-möte:</b></td><td>2024-11-12</td><td><b>Planerad utskrivning:</b></td><td>2024-11-15</td></tr>
<tr><td><b>Inskriven:</b></td><td>2024-10-20 (HSL)</td><td><b>Hemkommun:</b></td><td>Västerås stad</td></tr>
</table>

<h2>Syfte</h2>
<p>Samordnad utskrivning.</p>

<h2>Bakgrund</h2>
<p>A. är 46 år och har bipolär sjukdom typ 1. Han lades in via akuten 2024-10-20 i en manisk
episod efter att ha slutat med litium under sommaren. Han har under vårdtiden stabiliserats på
litium och quetiapin. A. bor ensam i hyreslägenhet i Västerås och har tidigare haft boendestöd
2021–2022. Han har varit utan sysselsättning sedan våren 2024.</p>

<h2>Patientens delaktighet</h2>
<p>A. deltog på mötet på avdelningen. Han önskar att komma hem till lägenheten så snart som
möjligt och vill inte ha hembesök före kl. 10 på förmiddagen. Han vill på sikt sköta sin medicin
själv men accepterar dosett under de första veckorna efter utskrivningen.</p>

<h2>Mål</h2>
<p>Målet är att A. ska kunna bo kvar i sin lägenhet med ett stabilt mående och att ny
inläggning ska undvikas under det närmaste halvåret.</p>

<h2>Fast vårdkontakt och samordning</h2>
<table>
<tr><th style="width:35%">Fast vårdkontakt</th><td>Lina, kontaktsjuksköterska, Psykiatriska öppenvårdsmottagningen Västerås (nås via växeln)</td></tr>
<tr><th>Samordningsansvarig</th><td>Västerås stad</td></tr>
</table>

<h2>Insatser efter utskrivning</h2>
<table>
<tr><th style="width:42%">Insats</th><th style="width:36%">Ansvarig verksamhet / funktion</th><th>Start / tidpunkt</th></tr>
<tr><td>Utskrivningssamtal, recept på litium och quetiapin, epikris skickas till öppenvården</td><td>Ansvarig läkare, Avdelning 52, Psykiatriska kliniken Västerås</td><td>2024-11-15</td></tr>
<tr><td>Hembesök av fast vårdkontakt, genomgång av krisplan och tidiga tecken</td><td>Kontaktsjuksköterska, Psykiatriska öppenvårdsmottagningen Västerås</td><td>2024-11-18</td></tr>
<tr><td>Litiumprov och läkarbesök för uppföljning av dos</td><td>Läkare, Psykiatriska öppenvårdsmottagningen Västerås</td><td>Prov 2024-11-22, besök 2024-11-26</td></tr>
<tr><td>Boendestöd tre gånger i veckan (efter kl. 10): struktur i vardagen, inköp, tvätt</td><td>Boendestödet, Socialpsykiatrin Västerås stad</td><td>Fr.o.m. 2024-11-15</td></tr>
<tr><td>Dosettdelning av läkemedel och kontroll att dosetten tas</td><td>Sjuksköterska, Hemsjukvården Västerås stad</td><td>Fr.o.m. 2024-11-16</td></tr>
<tr><td>Introduktion till träffpunkt/sysselsättning inom socialpsykiatrin</td><td>Sysselsättningshandläggare, Socialpsykiatrin Västerås stad</td><td>Första besök 2024-12-02</td></tr>
</table>

<h2>Uppföljning</h2>
<p>Uppföljning om cirka fyra veckor efter utskrivningen.</p>

<h2>Deltagare vid mötet</h2>
<table>
<tr><th>Namn</th><th>Funktion</th><th>Verksamhet</th></tr>
<tr><td>A.</td><td>Patient</td><td>–</td></tr>
<tr><td>Erik</td><td>Överläkare</td><td>Avdelning 52, Psykiatriska kliniken Västerås</td></tr>
<tr><td>Malin</td><td>Sjuksköterska</td><td>Avdelning 52, Psykiatriska kliniken Västerås</td></tr>
<tr><td>Lina</td><td>Kontaktsjuksköterska</td><td>Psykiatriska öppenvårdsmottagningen Västerås</td></tr>
<tr><td>Sofia</td><td>Socialsekreterare</td><td>Socialpsykiatrin, Västerås stad</td></tr>
<tr><td>Maja</td><td>Boendestödjare</td><td>Boendestödet, Västerås stad</td></tr>
</table>
<p class="small">Dokumentet upprättat 2024-11-12 av Malin, sjuksköterska, Avdelning 52. Utskrift från journalsystem.</p>
</body></html>
"""
    tmp = tempfile.mkdtemp(prefix="f25b-html-")
    src = os.path.join(tmp, "f25b-02.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html)
    soffice_pdf(src, "f25b-02.pdf")
    shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------- docx helpers
def set_cell_bg(cell, color):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), color)
    tcPr.append(shd)


def header_row(table, texts, color="D9E2F3"):
    for cell, t in zip(table.rows[0].cells, texts):
        cell.text = ""
        r = cell.paragraphs[0].add_run(t)
        r.bold = True
        set_cell_bg(cell, color)


def add_rows(table, rows):
    for row in rows:
        cells = table.add_row().cells
        for c, t in zip(cells, row):
            c.text = t


def save_docx(d, path):
    """Save and rewrite the zip with fixed entry timestamps so reruns give identical bytes."""
    import io
    import zipfile
    buf = io.BytesIO()
    d.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 1, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(item.filename))


def base_doc():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    d.core_properties.created = FIXED
    d.core_properties.modified = FIXED
    d.core_properties.author = "Handläggare"
    return d


# ---------------------------------------------------------------- 03 docx du-form
def plan03():
    d = base_doc()
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Fagersta kommun · Barn och unga · Samordnad individuell plan (SIP)"
    hp.runs[0].font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.text = "Planen är skriven till dig. Du får en egen kopia."
    fp.runs[0].font.size = Pt(9)

    d.add_heading("Din plan – Noah", level=1)
    d.add_paragraph("Möte 2025-04-08 på Familjecentralen i Fagersta")

    d.add_heading("Därför träffades vi", level=2)
    d.add_paragraph(
        "Vi träffades för att du, din mamma och vi som jobbar med dig ska hjälpas åt så att du kan "
        "sluta röka cannabis och komma tillbaka till skolan. Du har missat mycket av vårterminen i "
        "årskurs 2 på gymnasiet, och i februari blev du tagen av polisen med cannabis i fickan. "
        "Därför behöver socialtjänsten, Beroendemottagningen för unga och skolan göra en plan "
        "tillsammans i stället för var för sig.")

    d.add_heading("Så här har du det just nu", level=2)
    d.add_paragraph(
        "Du bor hemma med din mamma och din lillasyster i Fagersta. Du sover ofta till lunch och är "
        "uppe på nätterna. Du berättade att du röker nästan varje kväll med några kompisar och att "
        "det är svårt att säga nej när alla andra gör det. Du har inte varit i skolan mer än ett par "
        "dagar i veckan sedan jullovet.")

    d.add_heading("Det här tycker du", level=2)
    d.add_paragraph(
        "Du var med på hela mötet tillsammans med din mamma. Du sa att det har varit för många vuxna "
        "som pratar om dig i stället för med dig, och att du vill att vi säger saker rakt till dig. "
        "Du vill inte byta skola, men du vill börja med färre lektioner och gå på samtalen på "
        "eftermiddagen i stället för på morgonen.")

    d.add_heading("Det här vill du", level=2)
    p = d.add_paragraph()
    p.add_run("Du sa: ")
    r = p.add_run("”Jag vill ta studenten med mina kompisar nästa år och slippa ha soc efter mig.”")
    r.italic = True

    d.add_heading("Får vi prata med varandra om dig?", level=2)
    d.add_paragraph(
        "– Ja, sa du på mötet 2025-04-08. Din mamma sa också ja. Det betyder att vi som står i planen "
        "får prata med varandra om det som behövs för planen. Du kan ändra dig när du vill.")

    d.add_heading("Det här ska hända", level=2)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    header_row(t, ["Vad", "Vem", "När"], "E2EFD9")
    add_rows(t, [
        ["Samtal om cannabis en gång i veckan (MI och KBT), på eftermiddagen",
         "Ola, behandlare på Beroendemottagningen för unga, Fagersta (Region Västmanland)",
         "Varje tisdag kl. 15 från 2025-04-15"],
        ["Drogtester (urinprov) varannan vecka, svaret går till dig och Hanna",
         "Beroendemottagningen för unga, Fagersta",
         "Från 2025-04-15"],
        ["Nytt schema med färre lektioner, du börjar med svenska, engelska och matte",
         "Din mentor på gymnasiet i Fagersta",
         "Från 2025-04-22"],
        ["Stöd hemma till dig och din mamma från Ungdomsteamet, om kvällar och regler",
         "Hanna, socialsekreterare, Barn och unga, Fagersta kommun",
         "Tid bestäms senare"],
    ])

    d.add_heading("Det här gör du och din mamma", level=2)
    d.add_paragraph("Du går på samtalen varje tisdag och lämnar proverna när Ola ber om det.",
                    style="List Bullet")
    d.add_paragraph("Du ställer väckarklockan kl. 8.00 de dagar du har lektion.", style="List Bullet")
    d.add_paragraph("Din mamma ser till att du är hemma kl. 22 på vardagar och hör av sig till Hanna "
                    "om hon blir orolig.", style="List Bullet")

    d.add_heading("När ses vi igen?", level=2)
    d.add_paragraph("Vi ses igen efter sommarlovet, i augusti. Du och din mamma får en kallelse hem.")
    save_docx(d, os.path.join(OUT, "f25b-03.docx"))


# ---------------------------------------------------------------- 04 md minutes
def plan04():
    md = """# Nätverksmöte (SIP) – Elvin, åk 7

**Datum:** 2025-02-04, kl. 13.00–14.30
**Plats:** Västerskolan, Köping
**Närvarande:** Elvin, Lena, Tomas, Sara, Mikael, Anna, Jessica
**Antecknat av:** Sara

## Syfte

Att få en gemensam bild.

## Frågor inför mötet

- Hur ska Elvin kunna komma tillbaka till skolan, och i vilken takt?
- Vem gör vad de morgnar Elvin inte kommer iväg?
- Behöver BUP:s bedömning av ångesten vara klar innan skolan ändrar schemat?

## Hur det har varit

Elvin har haft hög frånvaro sedan höstlovet (runt 70 % av lektionerna). Han har ont i magen
på morgnarna och har vid flera tillfällen vänt vid skolgården. BUP Västerås har träffat Elvin
två gånger för bedömning och ser en social ångest som har ökat under hösten. Skolan har gjort
en kartläggning av frånvaron som skickades till föräldrarna i december.

Elvin och båda föräldrarna var med under hela mötet. Elvin berättade att det värsta är
matsalen och korridoren innan första lektionen, och att han inte vill att klasskompisarna ska
få veta att han går på BUP. Föräldrarna berättade att morgnarna ofta blir konflikter och att
de känner sig ensamma med det.

## Överenskommelser

- Specialpedagogen på Västerskolan gör ett anpassat schema där Elvin börjar kl. 9.40 och kan äta
  lunch i ett mindre rum, och schemat ska vara klart den 10 februari 2025.
- Mentorn i 7B ringer hem kl. 8.15 de dagar Elvin inte har kommit till skolan, från och med
  2025-02-10.
- Skolkuratorn träffar Elvin för stödsamtal varje tisdag efter lunch, med start 2025-02-11.
- Psykologen på BUP Västerås påbörjar KBT mot social ångest med träffar varannan vecka, och
  första tiden är bokad till 2025-02-12.
- Skolsköterskan går igenom magsmärtorna med Elvin och stämmer av med BUP senast 2025-02-21.
- Socialsekreteraren på Barn och familj i Köpings kommun erbjuder familjen föräldrastöd kring
  morgonrutinerna, och första hembesöket sker 2025-02-19.

Huvudansvaret för att planen följs och att kalla till nästa möte ligger hos skolan.

## Nästa uppföljning

2025-03-18 kl. 13.00 på Västerskolan.
"""
    with open(os.path.join(OUT, "f25b-04.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ---------------------------------------------------------------- 05 docx action table
def plan05():
    d = base_doc()
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Arboga kommun – Stöd och omsorg, LSS"
    sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    sec.footer.paragraphs[0].text = "SIP – samordnad individuell plan · Sekretess enligt OSL 26 kap."

    d.add_heading("Samordnad individuell plan (SIP)", level=1)
    meta = d.add_table(rows=4, cols=2)
    meta.style = "Table Grid"
    for i, (k, v) in enumerate([
            ("Namn", "Jonas"), ("Personnummer", "ÅÅMMDD-XXXX"),
            ("Mötesdatum", "2025-03-25"), ("Plats", "Stöd och omsorg, Arboga")]):
        meta.cell(i, 0).text = k
        meta.cell(i, 0).paragraphs[0].runs[0].bold = True
        meta.cell(i, 1).text = v

    d.add_heading("Bakgrund", level=2)
    d.add_paragraph(
        "Jonas är 24 år och har autism och lindrig intellektuell funktionsnedsättning. Han bor i egen "
        "lägenhet i en servicebostad i Arboga och har daglig verksamhet enligt LSS fyra dagar i veckan "
        "på Verkstan. Han har haft svårt att sova i över ett år och kommer ofta för sent eller inte alls "
        "till daglig verksamhet. Han har kontakt med Habiliteringscentrum Västerås sedan barndomen, "
        "men ingen pågående insats där sedan 2023.")

    d.add_heading("Frågeställningar", level=2)
    d.add_paragraph("Gå igenom läget sedan förra året.")

    d.add_heading("Jonas mål", level=2)
    d.add_paragraph(
        "Jonas var inte med på mötet. Han hade inför mötet skrivit ner sina mål tillsammans med sin "
        "kontaktperson i servicebostaden:")
    q = d.add_paragraph()
    r = q.add_run("”Jag vill jobba på ett riktigt ställe, helst med djur. Och jag vill kunna sova "
                  "på nätterna så jag inte är trött hela dagen.”")
    r.italic = True

    d.add_heading("Handlingsplan", level=2)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    header_row(t, ["Vad", "Vem", "Klart när"])
    add_rows(t, [
        ["Praktik på lantgård inom daglig verksamhet två dagar i veckan, med handledare från Verkstan",
         "Daglig verksamhet LSS, Arboga kommun", "2025-05-05"],
        ["Sömnutredning och genomgång av läkemedel", "Regionen", "2025-05-15"],
        ["Visuellt schema för morgon och kväll, anpassat till praktiken",
         "Arbetsterapeut, Habiliteringscentrum Västerås", ""],
        ["Ansökan om ledsagarservice enligt LSS 9 § 3 prövas",
         "LSS-handläggare, Arboga kommun", "2025-04-30"],
        ["Personalen i servicebostaden påminner Jonas om kvällsrutinen kl. 21.30",
         "Servicebostaden, Arboga kommun", "Från 2025-03-31"],
    ])
    # merged section row for own measures
    row = t.add_row()
    merged = row.cells[0].merge(row.cells[2])
    merged.text = ""
    rr = merged.paragraphs[0].add_run("Jonas egna och närståendes åtgärder")
    rr.bold = True
    set_cell_bg(merged, "F2F2F2")
    add_rows(t, [
        ["Lägger mobilen i köket kl. 22 varje kväll och skriver i sömndagboken", "Jonas",
         "Varje kväll från 2025-03-31"],
        ["Följer med Jonas första dagen på lantgården och skjutsar honom dit första veckan",
         "Birgitta, Jonas mamma", "2025-05-05 – 2025-05-09"],
    ])

    d.add_heading("Huvudansvar", level=2)
    d.add_paragraph("Huvudansvarig för planen: Arboga kommun.")
    save_docx(d, os.path.join(OUT, "f25b-05.docx"))


# ---------------------------------------------------------------- 06 pdf fpdf2 follow-up
class RSPdf(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 8)
        self.set_text_color(80, 80, 80)
        self.cell(70, 5, "SamPlan – Region Västmanland/kommunerna", border=0)
        self.cell(70, 5, "Utskrivet 2025-03-06 10:14", border=0, align="C")
        self.cell(0, 5, f"Sida {self.page_no()} ({{nb}})", border=0, align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(3)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.cell(0, 5, "Uppföljning av SIP · Innehåller sekretessuppgifter", align="C")


def field(pdf, label, value, h=6, wlabel=55):
    pdf.set_font("DejaVu", "B", 9)
    x, y = pdf.get_x(), pdf.get_y()
    pdf.set_fill_color(235, 235, 235)
    # measure value height
    pdf.set_font("DejaVu", "", 9)
    lines = pdf.multi_cell(pdf.w - pdf.l_margin - pdf.r_margin - wlabel, h, value,
                           dry_run=True, output="LINES")
    height = max(1, len(lines)) * h
    pdf.set_xy(x, y)
    pdf.set_font("DejaVu", "B", 9)
    pdf.multi_cell(wlabel, height, label, border=1, fill=True, new_x="RIGHT", new_y="TOP")
    pdf.set_font("DejaVu", "", 9)
    pdf.multi_cell(0, h, value, border=1, new_x="LMARGIN", new_y="NEXT")


def section_title(pdf, t):
    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 10.5)
    pdf.set_fill_color(210, 222, 235)
    pdf.cell(0, 7, t, border=1, fill=True, new_x="LMARGIN", new_y="NEXT")


def plan06():
    pdf = RSPdf(format="A4")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONTB)
    pdf.alias_nb_pages()
    pdf.set_creation_date(FIXED.replace(tzinfo=datetime.timezone.utc))
    pdf.set_auto_page_break(True, margin=16)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 9, "Uppföljning av samordnad individuell plan (SIP)", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    field(pdf, "Person", "M.")
    field(pdf, "Personnummer", "XXXXXX-XXXX")
    field(pdf, "Datum för uppföljning", "2025-03-05")
    field(pdf, "Ursprunglig plan upprättad", "2024-11-20")
    field(pdf, "Plats", "Vuxenenheten IFO, Hallstahammar")

    section_title(pdf, "Planens grunddelar")
    field(pdf, "Syfte", "Se tidigare plan.")
    field(pdf, "Den enskildes mål", "Oförändrat.")
    field(pdf, "Frågeställningar",
          "Är arbetsträningen på 25 % rätt nivå, eller ska den ökas till 50 % från april? "
          "Hur ska ADHD-medicineringen läggas upp när M. arbetstränar på förmiddagarna? "
          "Behöver M. fortsatt ekonomiskt bistånd när sjukpenningen är beviljad?")
    field(pdf, "Delaktighet", "M. var inte närvarande vid uppföljningen.")
    field(pdf, "Samtycke", "Samtycke finns sedan tidigare.")
    field(pdf, "Deltagare", "Socialsekreterare, arbetsterapeut, läkare, arbetsmarknadskonsulent, "
                             "kurator")
    field(pdf, "Huvudansvarig för planen",
          "Petra, socialsekreterare, Vuxenenheten IFO Hallstahammars kommun")
    field(pdf, "Andra aktörer", "Försäkringskassan är informerad om planen.")

    section_title(pdf, "Status för tidigare beslutade åtgärder")
    pdf.ln(1)
    pdf.set_font("DejaVu", "", 8.5)
    head = FontFace(emphasis="BOLD", fill_color=(235, 235, 235))
    earlier = [
        ("Samtal med kurator varannan vecka (KBT-inriktat) mot nedstämdhet",
         "Kurator, Vårdcentralen Hallstahammar", "Pågår",
         "M. har gått på 7 av 8 samtal. Fortsätter till sommaren."),
        ("Läkarbedömning av antidepressiv medicin och utredning av ADHD",
         "Läkare, Vuxenpsykiatrin Köping", "Klar",
         "ADHD bekräftad i januari. Medicinering påbörjad 2025-02-03."),
        ("Arbetsträning 25 % inom kommunens arbetsmarknadsenhet",
         "Arbetsmarknadskonsulent, Arbetsmarknadsenheten Hallstahammar", "Pågår",
         "Start 2024-12-09 i caféet på Medborgarhuset. Närvaro ca 80 %."),
        ("Ekonomiskt bistånd i väntan på beslut om sjukpenning",
         "Socialsekreterare, Vuxenenheten IFO", "Pågår",
         "Beviljat t.o.m. mars 2025."),
        ("Bedömning av aktivitetsförmåga och vardagsrutiner",
         "Arbetsterapeut, Vuxenpsykiatrin Köping", "Klar",
         "Bedömning klar 2025-01-28, rapport skickad till läkaren."),
        ("Stödsamtal om skulder hos budget- och skuldrådgivningen",
         "Budget- och skuldrådgivare, Hallstahammars kommun", "Ej påbörjad",
         "M. har inte bokat tid. Ny tid erbjuds."),
        ("Läkarintyg för sjukpenning skickas",
         "Läkare, Vårdcentralen Hallstahammar", "Klar",
         "Intyg skickat 2024-12-02."),
    ]
    with pdf.table(col_widths=(55, 45, 20, 60), headings_style=head, line_height=5,
                   repeat_headings=1, text_align="LEFT") as table:
        row = table.row()
        for h in ("Åtgärd", "Ansvarig", "Status", "Kommentar"):
            row.cell(h)
        for r in earlier:
            row = table.row()
            for c in r:
                row.cell(c)

    section_title(pdf, "Nya åtgärder")
    pdf.ln(1)
    pdf.set_font("DejaVu", "", 8.5)
    new = [
        ("Arbetsträningen ökas till 50 % (fyra förmiddagar i veckan)",
         "Arbetsmarknadskonsulent, Arbetsmarknadsenheten Hallstahammar", "Fr.o.m. 2025-04-07"),
        ("Uppföljning av ADHD-medicin, dosjustering och blodtryck",
         "Läkare, Vuxenpsykiatrin Köping", "2025-03-24"),
        ("Veckoschema och påminnelser i mobilen, träning i att använda dem",
         "Arbetsterapeut, Vuxenpsykiatrin Köping", "Två träffar, sista 2025-04-11"),
        ("Ny tid hos budget- och skuldrådgivningen erbjuds per brev och sms",
         "Budget- och skuldrådgivare, Hallstahammars kommun", "Senast 2025-03-14"),
        ("Nytt beslut om ekonomiskt bistånd april–maj",
         "Socialsekreterare, Vuxenenheten IFO Hallstahammar", "Senast 2025-03-31"),
        ("Samtalen med kurator fortsätter varannan vecka",
         "Kurator, Vårdcentralen Hallstahammar", "T.o.m. 2025-06-13"),
        ("Nytt läkarintyg för fortsatt sjukskrivning på deltid",
         "Läkare, Vårdcentralen Hallstahammar", "Senast 2025-03-28"),
    ]
    with pdf.table(col_widths=(75, 70, 35), headings_style=head, line_height=5,
                   repeat_headings=1, text_align="LEFT") as table:
        row = table.row()
        for h in ("Åtgärd", "Ansvarig", "När"):
            row.cell(h)
        for r in new:
            row = table.row()
            for c in r:
                row.cell(c)

    section_title(pdf, "Nästa uppföljning")
    pdf.set_font("DejaVu", "", 9)
    pdf.multi_cell(0, 6, "Nästa uppföljning i maj. Huvudansvarig kallar.", border=1,
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("DejaVu", "", 8)
    pdf.cell(0, 5, "Dokumenterat av: Petra, socialsekreterare · Signerat 2025-03-06",
             new_x="LMARGIN", new_y="NEXT")
    pdf.output(os.path.join(OUT, "f25b-06.pdf"))


# ---------------------------------------------------------------- 07 docx notice (not a plan)
def plan07():
    d = base_doc()
    sec = d.sections[0]
    sec.header.paragraphs[0].text = "Surahammars kommun · Individ- och familjeomsorgen"
    d.add_heading("Kallelse till SIP-möte", level=1)
    p = d.add_paragraph()
    p.add_run("Till: ").bold = True
    p.add_run("Kim och Kims vårdnadshavare Anna")
    d.add_paragraph("Du och din mamma är välkomna till ett möte om samordnad individuell plan (SIP). "
                    "På mötet träffas du, din mamma och de verksamheter som ger dig stöd, så att vi "
                    "tillsammans kan göra en plan för vem som gör vad.")
    t = d.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Datum och tid", "Torsdag 2025-05-22 kl. 09.00–10.30"),
                                ("Plats", "Familjecentralen Surahammar, stora samtalsrummet"),
                                ("Kontakt", "Emma, socialsekreterare, nås via växeln")]):
        t.cell(i, 0).text = k
        t.cell(i, 0).paragraphs[0].runs[0].bold = True
        t.cell(i, 1).text = v
    d.add_heading("Inbjudna", level=2)
    for s in ["Kim och Anna (vårdnadshavare)",
              "Emma, socialsekreterare, Barn och familj, Surahammars kommun",
              "Psykolog, BUP Västerås",
              "Elevhälsan (skolkurator), Nytorpsskolan Surahammar",
              "Sjuksköterska, Vårdcentralen Surahammar"]:
        d.add_paragraph(s, style="List Bullet")
    d.add_heading("Förslag till dagordning", level=2)
    for s in ["Presentation och syfte med mötet",
              "Hur har Kim det i dag? Kim och Anna berättar",
              "Vilka insatser finns i dag och vad behövs",
              "Vem gör vad och när",
              "Vem har huvudansvaret för planen",
              "Tid för uppföljning"]:
        d.add_paragraph(s, style="List Number")
    d.add_heading("Bra att veta", level=2)
    d.add_paragraph("Inför mötet behöver vi ditt samtycke till att verksamheterna får prata med "
                    "varandra. Vi går igenom samtycket i början av mötet. Du får gärna fundera på "
                    "vad som är viktigast för dig att ta upp. Om tiden inte passar, hör av dig till "
                    "Emma så snart som möjligt.")
    d.add_paragraph("Välkomna!")
    d.add_paragraph("Emma\nSocialsekreterare, Barn och familj\nSurahammars kommun")
    d.add_paragraph("Skickad 2025-05-06")
    save_docx(d, os.path.join(OUT, "f25b-07.docx"))


# ---------------------------------------------------------------- 08 md elderly
def plan08():
    md = """# Samordnad individuell plan – Greta, 87 år

**Datum för mötet**
2024-09-24, i Gretas hem i Kungsör

**Upprättad av**
Karin, biståndshandläggare, Äldreomsorgen Kungsörs kommun

**Syfte**
Samordning.

**Frågeställningar**

**Bakgrund**
Greta bor ensam i en tvåa på andra våningen med hiss i centrala Kungsör. Hon har hjärtsvikt
och ett svårläkt bensår på vänster underben. I augusti föll hon i badrummet och låg på golvet
till sonen kom på kvällen. Hon vårdades på Västmanlands sjukhus Västerås i fem dagar och har
efter hemkomsten haft korttidsinsatser från hemtjänsten. Hon går med rollator inomhus men är
osäker vid trösklarna. Minnet är bra enligt Greta och sonen.

**Gretas mål**
"Jag vill bo kvar här hemma med min katt så länge det går, och jag vill kunna gå ner till
brevlådan själv."

**Gretas delaktighet**
Greta deltog på mötet, som hölls hemma hos henne. Hon vill att hemtjänsten kommer efter kl. 8
på morgonen och önskar så få olika personer som möjligt. Hon vill inte flytta till särskilt
boende nu, men vill ha ett trygghetslarm.

**Samtycke**
Samtycke finns.

**Insatser**
- Hemtjänst Kungsör norra: hjälp med morgon- och kvällsrutiner, dusch en gång i veckan och
  tillsyn mitt på dagen, från och med 2024-09-30.
- Biståndshandläggaren beställer trygghetslarm, som installeras senast 2024-10-04.
- Distriktssköterska, Vårdcentralen Kungsör: omläggning av bensåret två gånger i veckan och
  viktkontroll vid hjärtsvikten.
- Arbetsterapeut, Rehab Kungsörs kommun: hembesök för bedömning av rollator och
  tröskelramper, 2024-10-08.

**Sonens åtgärder**
- Sonen Per sköter Gretas räkningar och bankärenden, handlar storhandling varannan lördag och
  kör henne till vårdcentralen vid läkarbesök.

**Huvudansvar**
Kommunen.
"""
    with open(os.path.join(OUT, "f25b-08.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


if __name__ == "__main__":
    plan01()
    plan02()
    plan03()
    plan04()
    plan05()
    plan06()
    plan07()
    plan08()
    print("done:", sorted(os.listdir(OUT)))
