#!/usr/bin/env python
"""Generate the f21b batch of fictional, anonymized SIP documents into plans/.

Deterministic: fixed dates and texts, no randomness. Run with
python generate_b.py
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
OUT = os.path.join(HERE, "plans")
TMP = os.path.join(HERE, "_build")
PREFIX = "f21b"
LO_PROFILE = "file:///tmp/lo-f21b"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def path(nn, ext):
    return os.path.join(OUT, f"{PREFIX}-{nn:02d}.{ext}")


def soffice_pdf(src, outdir):
    subprocess.run(
        ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
         "--convert-to", "pdf", "--outdir", outdir, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        timeout=240,
    )


def fix_docx_core(doc, title, author):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    import datetime
    cp.created = datetime.datetime(2025, 3, 1, 9, 0, 0)
    cp.modified = datetime.datetime(2025, 3, 1, 9, 0, 0)
    cp.revision = 1


def set_cell_shading(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def add_page_number_field(paragraph):
    run = paragraph.add_run()
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = "PAGE"
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1)
    run._r.append(instr)
    run._r.append(f2)


# ---------------------------------------------------------------------------
# 01  Regional record system text export (Cosmic-like), UTF-8, LF
#     Discharge from psychiatric inpatient care, woman 34, Västerås
# ---------------------------------------------------------------------------

def plan01():
    W = 78

    def header(page):
        return [
            "Region Västmanland                                 Journalutskrift",
            "System: Cosmic R8.5  Journal - Vårdplaner/SIP",
            f"Utskriftsdatum: 2025-03-13 09:41      Utskriven av: [användare]      Sida {page} av 2",
            "-" * W,
            "Patient: XXXXXX-XXXX  L. [namn]",
            "Vårdenhet: Vuxenpsykiatrin Västerås, Avdelning 82 (allmänpsykiatri)",
            "-" * W,
            "",
        ]

    def kw(word, text):
        lines = [f"Sökord: {word}"]
        for para in text.strip().split("\n\n"):
            wrapped = textwrap.wrap(" ".join(para.split()), width=W - 4)
            lines += ["    " + w for w in wrapped]
        lines.append("")
        return lines

    page1 = header(1) + [
        "2025-03-12 13:30  SIP-anteckning",
        "Anna, kurator, Vuxenpsykiatrin Västerås avd 82",
        "",
    ]
    page1 += kw("Aktuellt", """
        L. är 34 år och har varit inlagd på avd 82 sedan 2025-02-19 efter en
        period med svår depression och suicidtankar. Hon bor ensam i hyreslägenhet
        på Råby. Före inskrivningen hade hon slutat gå till sin praktik och inte
        öppnat post på flera veckor. Stämningsläget har förbättrats under
        vårdtiden, hon sover bättre och har haft permissioner hem utan problem.
        Utskrivning planeras till 2025-03-18.

        Hon har sedan tidigare kontakt med socialtjänsten i Västerås (IFO vuxen)
        och har ansökt om boendestöd.
        """)
    page1 += kw("Syfte med SIP", """
        Syftet med SIP är att L. ska få en trygg övergång från slutenvården till
        hemmet, så att öppenvården och socialtjänsten har stöd på plats redan
        första veckan efter utskrivningen och inte börjar i olika ändar.
        """)
    page1 += kw("Frågeställningar", """
        Diskutera läget inför utskrivning.
        """)
    page1 += kw("Patientens mål", """
        "Jag vill klara mig hemma utan att det blir som i vintras, och till
        hösten vill jag tillbaka till praktiken på second hand-butiken", säger L.
        """)
    page1 += kw("Patientens delaktighet", """
        L. deltog i hela mötet på avdelningen. Hon vill att boendestödet kommer på
        förmiddagar eftersom hon har svårt att komma igång på morgonen, och hon
        vill helst ha samma sjuksköterska på mottagningen som hon hade 2023.
        Hon vill inte ha hembesök av psykiatrin första veckan, hon föredrar att
        komma till mottagningen.
        """)
    page1 += kw("Samtycke", """
        Samtycke finns.
        """)

    page2 = header(2)
    page2 += kw("Planering", """
        1. Läkarbesök för läkemedelsuppföljning (sertralin, ev. dosjustering):
        läkare, Allmänpsykiatriska mottagningen Västerås, 2025-03-25 kl 10.00.

        2. Stödsamtal varannan vecka med fast vårdkontakt (sjuksköterska),
        Allmänpsykiatriska mottagningen Västerås, första samtal 2025-03-20.

        3. Boendestöd efter utskrivning, två förmiddagar i veckan med stöd i
        struktur, post och inköp. Kommunen ordnar.

        4. Ordinationshandling och utskrivningsmeddelande skickas via Prator:
        sjuksköterska avd 82, senast 2025-03-18.

        5. Uppföljning av ansökan om boendestöd och genomgång av L:s ekonomi:
        socialsekreterare, IFO vuxen Västerås kommun, hembesök 2025-03-21.
        """)
    page2 += kw("Huvudansvar", """
        Vuxenpsykiatrin.
        """)
    page2 += kw("Deltagare", """
        L. (patient). Anna, kurator, Vuxenpsykiatrin Västerås avd 82. Martin,
        överläkare, Vuxenpsykiatrin Västerås avd 82. Sofia, sjuksköterska/fast
        vårdkontakt, Allmänpsykiatriska mottagningen Västerås. Jonas,
        socialsekreterare, IFO vuxen, Västerås stad.
        """)
    page2 += kw("Uppföljning", """
        Uppföljande SIP-möte 2025-04-15 kl 13.30 på Allmänpsykiatriska
        mottagningen Västerås. Kurator skickar kallelse.
        """)
    page2 += [
        "Signerad: 2025-03-12 16:02  Anna, kurator",
        "",
        "*** Slut på utskrift ***",
        "",
    ]
    text = "\n".join(page1) + "\n\f" + "\n".join(page2)
    with open(path(1, "txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# ---------------------------------------------------------------------------
# 02  Plan written by the person (first person), LSS + autism, woman 20, Sala
# ---------------------------------------------------------------------------

def plan02():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(12)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Min SIP  –  samordnad individuell plan"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.text = "Sida "
    add_page_number_field(fp)
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    doc.add_heading("Min plan – Ella", level=0)
    p = doc.add_paragraph()
    p.add_run("Mötet var: ").bold = True
    p.add_run("onsdag 9 april 2025 på Kvarnens dagliga verksamhet i Sala")
    p = doc.add_paragraph()
    p.add_run("Jag har skrivit planen själv. ").bold = False
    p.add_run("Mamma har hjälpt mig att skriva in det vi sa på mötet.")

    doc.add_heading("Varför har vi det här mötet?", level=1)
    doc.add_paragraph("För att alla som hjälper mig ska samarbeta.")

    doc.add_heading("Vi som var med", level=1)
    for n in ["Jag, Ella", "Mamma Anna", "Sara", "Linnea", "Ahmed", "Petra"]:
        doc.add_paragraph(n, style="List Bullet")

    doc.add_heading("Det här är viktigt för mig", level=1)
    doc.add_paragraph(
        "Jag vill flytta hemifrån och bo i en egen lägenhet med personal "
        "som finns nära. Jag vill ha samma personal så mycket som möjligt, "
        "för jag blir trött och orolig när det är nya människor hela tiden.")
    doc.add_paragraph(
        "Jag vill fortsätta på Kvarnen och jobba i kaféet, men inte på "
        "fredagar för då är det för mycket folk.")
    doc.add_paragraph(
        "Jag vill kunna åka buss själv till Västerås och träffa min kompis "
        "Moa.")
    doc.add_paragraph(
        "Det är viktigt för mig att man säger till i god tid om något ska "
        "ändras. Jag vill få det skrivet på papper, inte bara sagt.")

    doc.add_heading("Det här ska vi göra", level=1)
    rows = [
        ("Utreda min ansökan om bostad med särskild service (servicebostad)",
         "Min LSS-handläggare",
         "Beslut före 30 juni 2025"),
        ("Göra ett veckoschema med bilder som jag har på Kvarnen och hemma",
         "Handledaren på daglig verksamhet Kvarnen",
         "Klart till 25 april 2025"),
        ("Visa mig en app för att planera dagen och öva med mig",
         "Arbetsterapeut på Vuxenhabiliteringen Västerås",
         "Vi bestämmer det sen"),
        ("Öva att åka buss 550 till Västerås, fem gånger",
         "Boendestödjare, Socialpsykiatrin Sala kommun",
         "Tisdagar i maj 2025"),
        ("Läkarbesök för att se över min sömnmedicin",
         "Läkare på Vårdcentralen Sala",
         "12 maj 2025"),
        ("Hjälpa mig att fylla i blanketten till Försäkringskassan om "
         "aktivitetsersättning",
         "Mamma",
         "Före 1 maj 2025"),
        ("Jag själv: jag säger till Linnea om jag inte orkar komma till "
         "Kvarnen, och jag tar med schemat hem varje fredag",
         "Jag",
         "Varje vecka från 14 april"),
    ]
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    for c, txt in zip(hdr, ["Vad ska göras?", "Vem gör det?", "När?"]):
        c.text = ""
        r = c.paragraphs[0].add_run(txt)
        r.bold = True
        set_cell_shading(c, "D9E2F3")
    set_repeat_header(t.rows[0])
    for a, b, c in rows:
        cells = t.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = a, b, c
    for row in t.rows:
        row.cells[0].width = Cm(8.5)
        row.cells[1].width = Cm(5)
        row.cells[2].width = Cm(3.5)

    doc.add_heading("När ses vi igen?", level=1)
    doc.add_paragraph("Efter sommaren, i augusti. Då har jag kanske fått "
                      "svar om lägenheten.")

    doc.add_heading("Sammankallande och huvudansvarig", level=1)
    doc.add_paragraph("Sara, min handläggare. Hon skickar en kallelse till "
                      "alla och till mig på papper.")

    fix_docx_core(doc, "Min SIP", "Ella")
    doc.save(path(2, "docx"))


# ---------------------------------------------------------------------------
# 03  School minutes (HTML -> LibreOffice PDF), school refusal, girl 13, Köping
# ---------------------------------------------------------------------------

HTML03 = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8">
<title>Minnesanteckningar SIP</title>
<style>
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 11pt; }
h1 { font-size: 16pt; margin-bottom: 2pt; }
h2 { font-size: 12pt; margin-top: 14pt; margin-bottom: 4pt; }
p.meta { color: #444; font-size: 10pt; margin-top: 0; }
table.del { border-collapse: collapse; width: 100%; }
table.del td, table.del th { border: 1px solid #888; padding: 3pt 6pt; text-align: left; font-size: 10pt; }
table.del th { background: #e6e6e6; }
</style></head>
<body>
<p class="meta">Köpings kommun · Barn- och utbildningsförvaltningen · Nyhammarskolan</p>
<h1>Minnesanteckningar – SIP-möte</h1>
<p class="meta">Elev: E. [namn], åk 7 &nbsp;|&nbsp; Datum: 2025-03-18 kl. 13.00–14.30 &nbsp;|&nbsp; Plats: Elevhälsans konferensrum, Nyhammarskolan</p>

<h2>Närvarande</h2>
<table class="del">
<tr><th>Namn</th><th>Funktion</th><th>Verksamhet</th></tr>
<tr><td>Johan</td><td>Rektor</td><td>Nyhammarskolan, Köpings kommun</td></tr>
<tr><td>Karin</td><td>Mentor åk 7</td><td>Nyhammarskolan, Köpings kommun</td></tr>
<tr><td>Lina</td><td>Skolkurator</td><td>Elevhälsan, Nyhammarskolan</td></tr>
<tr><td>Maria</td><td>Specialpedagog</td><td>Elevhälsan, Nyhammarskolan</td></tr>
<tr><td>Hanna</td><td>Psykolog</td><td>BUP Västerås, öppenvården</td></tr>
<tr><td>Daniel</td><td>Socialsekreterare</td><td>IFO Barn och familj, Köpings kommun</td></tr>
<tr><td>[namn]</td><td>Vårdnadshavare (mamma)</td><td>–</td></tr>
</table>

<h2>Elevens deltagande</h2>
<p>E. var inbjuden men ville inte komma till mötet. Hon tycker att det är
jobbigt med många vuxna i samma rum och har inte varit i skolan sedan
sportlovet.</p>

<h2>Syfte med mötet</h2>
<p>Samordning.</p>

<h2>Bakgrund</h2>
<p>E. har haft hög frånvaro sedan höstterminen, ca 60 % under januari–februari,
och har inte varit i skolan alls sedan v. 9. Hon har kontakt med BUP Västerås
sedan november 2024 p.g.a. ångest och sömnproblem. Socialtjänsten har en
pågående utredning enligt 11 kap. 1 § SoL efter orosanmälan från skolan i
januari.</p>

<h2>Frågeställningar</h2>
<ul>
<li>Hur kan skolan, BUP och socialtjänsten tillsammans stötta E. att komma tillbaka till skolan i små steg?</li>
<li>Behöver E. utredas vidare för NPF, och i så fall vem gör vad?</li>
<li>Kan E. få undervisning i mindre grupp under resten av vårterminen?</li>
</ul>

<h2>Mål</h2>
<p>Att E. ska vara i skolan minst tre förmiddagar i veckan före sommarlovet
och att hennes ångest ska minska.</p>

<h2>Samtycke</h2>
<p>Samtycke till SIP finns.</p>

<h2>Beslutade insatser</h2>
<ul>
<li>Mentor Karin ringer hem till E. varje måndag kl. 8.00 från och med 2025-03-24 för att stämma av veckan.</li>
<li>Skolkurator Lina träffar E. varannan torsdag kl. 10.00 med start 2025-03-27, de första gångerna i hemmet.</li>
<li>Specialpedagog Maria gör en pedagogisk kartläggning och lägger fram ett förslag på anpassad studiegång senast 2025-04-11.</li>
<li>Rektor Johan fattar beslut om undervisning i liten grupp (Studion) två förmiddagar i veckan från och med v. 15 (2025-04-07).</li>
<li>Psykolog Hanna på BUP Västerås påbörjar KBT-behandling för ångest och skolfrånvaro med ett första besök 2025-03-26.</li>
<li>BUP fortsätter kontakten vid behov.</li>
<li>Socialsekreterare Daniel, IFO Barn och familj, slutför utredningen och återkopplar till skolan senast 2025-04-30.</li>
</ul>

<h2>Huvudansvarig för planen</h2>
<p>Rektor, Nyhammarskolan (Johan). Rektor kallar till nästa möte.</p>

<h2>Nästa möte</h2>
<p>Tisdag 2025-04-29 kl. 14.00 i Elevhälsans konferensrum, Nyhammarskolan.</p>

<p class="meta">Antecknat av: Lina, skolkurator &nbsp;·&nbsp; Justerat av: Johan, rektor, 2025-03-19</p>
</body></html>
"""


def plan03():
    os.makedirs(TMP, exist_ok=True)
    src = os.path.join(TMP, f"{PREFIX}-03.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(HTML03)
    soffice_pdf(src, TMP)
    shutil.move(os.path.join(TMP, f"{PREFIX}-03.pdf"), path(3, "pdf"))


# ---------------------------------------------------------------------------
# 04  Markdown plan, youth 17 with cannabis use, Fagersta
# ---------------------------------------------------------------------------

MD04 = """# SIP – samordnad individuell plan för A.

**Datum för mötet:** 2025-01-28
**Plats:** Socialtjänsten Fagersta, rum Brunnsbo

---

## Varför har du en SIP?

Den här planen finns för att du, din mamma, skolan, socialtjänsten och
Maria Västmanland ska jobba åt samma håll, så att du kan sluta röka cannabis
och klara ditt andra år på El- och energiprogrammet på VBU. Förra terminen
blev det många olika kontakter som inte visste om varandra, och du sa att du
fick berätta samma sak för alla.

## Frågor till mötet

Diskutera läget.

## Det här vill du

> "Jag vill sluta röka på och ta körkort innan jag fyller 19. Och jag vill
> slippa ha soc i mitt liv."

## Så här var du med

Du var med på hela mötet tillsammans med din mamma. Du sa att du inte vill
gå på samtal på skoltid eftersom kompisarna då frågar var du är, och att du
hellre lämnar urinprov på Maria än på vårdcentralen i Fagersta. Du tycker att
det funkar bättre med sms-påminnelser än brev.

## Får vi prata med varandra om dig?

– Ja, sa du 2025-01-28. Din mamma sa också ja. Vi skrev upp det här i
planen och ni skrev under samtyckesblanketten på mötet.

## Det här ska vi göra

| Aktivitet | Utförare | Tidsram | Uppföljs av |
|---|---|---|---|
| Samtal om cannabis och återfallsprevention (KBT-inriktat), 45 min | Behandlare, Maria Västmanland (beroendevård för unga, Västerås) | Tisdagar kl. 16.00, 2025-02-04 – 2025-06-10 | Behandlare Maria |
| Urinprov (drogtest) | Sjuksköterska, Maria Västmanland | Varannan tisdag i samband med samtal, från 2025-02-04 | Behandlare Maria |
| Öppenvårdsinsats enligt SoL, samtal med dig och mamma | Familjebehandlare, Familjeenheten Fagersta kommun | Var tredje vecka, första gången 2025-02-12 | Socialsekreterare IFO |
| Plan för att ta igen missade kurser, extra studietid | Mentor, VBU Fagersta | Plan klar 2025-02-21, studietid onsdagar | Mentor VBU |
| Kontakt med fritidsgården Fabriken om sommarjobb | Fritidsledare, Fagersta kommun | – | Socialsekreterare IFO |
| Skjutsa dig till Västerås på tisdagar | Mamma | Tisdagar under våren 2025 | Mamma |
| Gå på samtalen och lämna prov, säga till om du har rökt | Du själv | Från 2025-02-04 | Du och behandlaren |

## Vilka var med?

- Du
- Mamma
- Socialsekreterare
- Familjebehandlare
- Behandlare
- Mentor

## När ses vi igen?

Vi ses igen vecka 14. Socialsekreteraren skickar tid via sms till dig och
mamma.
"""


def plan04():
    with open(path(4, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(MD04)


# ---------------------------------------------------------------------------
# 05  Municipal template: one big table, merged part headers, nested table
#     Adult 42 with psychosis and debts, Arboga
# ---------------------------------------------------------------------------

def plan05():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("ARBOGA KOMMUN\tSocialförvaltningen\tSamordnad individuell plan (SIP)")
    r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    r = fp.add_run("Blankett SF 114, rev. 2023-09  ·  Sida ")
    r.font.size = Pt(8)
    add_page_number_field(fp)

    title = doc.add_paragraph()
    r = title.add_run("SAMORDNAD INDIVIDUELL PLAN – SIP")
    r.bold = True
    r.font.size = Pt(14)
    sub = doc.add_paragraph()
    r = sub.add_run("enligt 2 kap. 7 § SoL och 16 kap. 4 § HSL")
    r.font.small_caps = True
    r.font.size = Pt(9)

    t = doc.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER

    def part(label):
        row = t.add_row()
        c = row.cells[0].merge(row.cells[3])
        c.text = ""
        rr = c.paragraphs[0].add_run(label)
        rr.bold = True
        rr.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        set_cell_shading(c, "1F4E79")
        return c

    def lab(cell, label, value="", hint=None):
        cell.text = ""
        p = cell.paragraphs[0]
        rr = p.add_run(label)
        rr.bold = True
        rr.font.size = Pt(8)
        if hint:
            h = p.add_run(f" ({hint})")
            h.italic = True
            h.font.size = Pt(7)
        p2 = cell.add_paragraph(value)
        return p2

    def full(label, value="", hint=None):
        row = t.add_row()
        c = row.cells[0].merge(row.cells[3])
        lab(c, label, value, hint)
        return c

    def pair(l1, v1, l2, v2):
        row = t.add_row()
        a = row.cells[0].merge(row.cells[1])
        b = row.cells[2].merge(row.cells[3])
        lab(a, l1, v1)
        lab(b, l2, v2)

    part("DEL 1  PERSONUPPGIFTER")
    pair("Namn", "P. [namn]", "Personnummer", "ÅÅMMDD-XXXX")
    pair("Datum för SIP-möte", "2025-02-12", "Plats", "Socialförvaltningen, Arboga")
    pair("Sammankallande", "Kristina, socialsekreterare, Socialpsykiatrin Arboga kommun",
         "Typ av plan", "☒ Ny plan   ☐ Uppföljning")
    full("Bakgrund",
         "P. är 42 år och har en schizofrenidiagnos sedan 2011. Han har "
         "kontakt med psykosteamet vid Vuxenpsykiatrin Köping och får "
         "depåinjektion. Under hösten 2024 har han slutat öppna post, har en "
         "hyresskuld på ca 18 000 kr hos Arboga Bostäder och flera skulder hos "
         "Kronofogden. Hyresvärden har skickat en uppsägningsvarning i januari. "
         "P. lever på sjukpenning som löper ut i juni.")

    part("DEL 2  SYFTE OCH FRÅGESTÄLLNINGAR")
    full("Syfte med SIP", "")
    full("Frågeställningar inför mötet", "", hint="vad ska mötet ta ställning till?")

    part("DEL 3  DEN ENSKILDES MÅL OCH DELAKTIGHET")
    full("Mål", "Målet är att P. ska kunna bo kvar i sin lägenhet, få ordning på "
                "ekonomin och ha en stabil psykisk hälsa.")
    full("Den enskildes synpunkter och önskemål", "")
    row = t.add_row()
    c = row.cells[0].merge(row.cells[3])
    lab(c, "Samtycke till informationsöverföring mellan deltagande verksamheter",
        "☒ Skriftligt   ☐ Muntligt        Datum: 2025-02-03        "
        "Blankett: Samtycke SIP, undertecknad av P.")

    part("DEL 4  INSATSER")
    row = t.add_row()
    c = row.cells[0].merge(row.cells[3])
    c.text = ""
    c.paragraphs[0].add_run(
        "Insatser från kommun, region och andra aktörer").bold = True
    nested = c.add_table(rows=1, cols=3)
    nested.style = "Table Grid"
    for cc, txt in zip(nested.rows[0].cells,
                       ["Insats / åtgärd", "Ansvarig (verksamhet, funktion)",
                        "När / tidsperiod"]):
        cc.text = ""
        rr = cc.paragraphs[0].add_run(txt)
        rr.bold = True
        rr.font.size = Pt(9)
        set_cell_shading(cc, "DEEAF6")
    set_repeat_header(nested.rows[0])
    ins = [
        ("Depåinjektion och läkemedelsuppföljning",
         "Sjuksköterska, psykosteamet, Vuxenpsykiatrin Köping",
         "Var tredje vecka, nästa 2025-02-17"),
        ("Boendestöd två gånger/vecka: post, räkningar, inköp",
         "Boendestödjare, Socialpsykiatrin Arboga kommun",
         "Fr.o.m. 2025-02-24"),
        ("Budget- och skuldrådgivning, genomgång av skulder och kontakt med "
         "Kronofogden",
         "Budget- och skuldrådgivare, Arboga kommun",
         "Första besök 2025-03-05"),
        ("Läkarintyg till överförmyndaren inför ansökan om god man",
         "Regionen",
         "Under våren"),
        ("Avbetalningsplan för hyresskulden, uppsägningen pausas så länge "
         "avbetalning sker",
         "Arboga Bostäder, kundansvarig",
         "Avtal skrivs 2025-02-20"),
        ("Ansökan om sjukersättning skickas in, P. gör ansökan med stöd av "
         "boendestödjaren",
         "P. själv / Försäkringskassan handlägger",
         "Senast 2025-03-31"),
        ("Öppnar post tillsammans med P. varje söndag tills god man är "
         "utsedd",
         "P:s syster",
         "Söndagar fr.o.m. 2025-02-16"),
    ]
    for a, b, cc in ins:
        cells = nested.add_row().cells
        for cell, txt in zip(cells, (a, b, cc)):
            cell.text = txt
            for p in cell.paragraphs:
                for rr in p.runs:
                    rr.font.size = Pt(9)

    part("DEL 5  ANSVAR OCH UPPFÖLJNING")
    full("Huvudansvarig för planen",
         "Kristina, socialsekreterare, Socialpsykiatrin/IFO vuxen, Arboga kommun")
    pair("Uppföljning (datum)", "", "Plats för uppföljning", "")

    part("DEL 6  DELTAGARE VID MÖTET")
    row = t.add_row()
    hdrs = ["Namn", "Funktion", "Verksamhet", "Närvarande"]
    for cc, txt in zip(row.cells, hdrs):
        cc.text = ""
        rr = cc.paragraphs[0].add_run(txt)
        rr.bold = True
        rr.font.size = Pt(8)
    for n in ["Kristina", "Omar", "Lena", "Jenny"]:
        row = t.add_row()
        row.cells[0].text = n
        row.cells[1].text = ""
        row.cells[2].text = ""
        row.cells[3].text = "☒"

    part("UNDERSKRIFT")
    pair("Ort och datum", "Arboga 2025-02-12", "Upprättad av", "Kristina, socialsekreterare")

    fix_docx_core(doc, "SIP", "Socialförvaltningen Arboga")
    doc.save(path(5, "docx"))


# ---------------------------------------------------------------------------
# 06  Follow-up plan drawn with fpdf2, traffic lights; man 84 after hip
#     fracture, Kungsör
# ---------------------------------------------------------------------------

class PDF06(FPDF):
    def header(self):
        self.set_font("DejaVu", "B", 9)
        self.cell(95, 5, "Prator – Samordnad individuell plan", border=0)
        self.set_font("DejaVu", "", 8)
        self.cell(0, 5, f"Utskrivet 2025-05-21 08:14   Sida {self.page_no()} ({{nb}})",
                  border=0, align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, "Region Västmanland / Kungsörs kommun   –   Uppföljning av SIP",
                  border="B", new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.cell(0, 5, "Utskrift ur Prator. Dokumentet innehåller sekretessbelagda uppgifter.",
                  align="C")


def plan06():
    pdf = PDF06(format="A4")
    pdf.alias_nb_pages()
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_auto_page_break(True, margin=16)
    pdf.set_margins(15, 12, 15)
    pdf.add_page()
    W = pdf.w - 30

    def field(label, value, h=6):
        pdf.set_font("DejaVu", "B", 8)
        pdf.cell(W, 5, label, border="LTR", new_x="LMARGIN", new_y="NEXT",
                 fill=True)
        pdf.set_font("DejaVu", "", 9)
        pdf.multi_cell(W, 5, value if value else " ", border="LRB",
                       new_x="LMARGIN", new_y="NEXT")
        if not value:
            pass
        pdf.ln(1.5)

    pdf.set_fill_color(235, 235, 235)
    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 8, "Uppföljning av samordnad individuell plan (SIP)",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    # identity boxes
    half = W / 2
    pdf.set_font("DejaVu", "B", 8)
    pdf.cell(half, 5, "Namn", border="LTR", fill=True)
    pdf.cell(half, 5, "Personnummer", border="LTR", fill=True,
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    pdf.cell(half, 6, "G. [namn]", border="LRB")
    pdf.cell(half, 6, "XXXXXX-XXXX", border="LRB", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 8)
    pdf.cell(half, 5, "Datum för uppföljningsmöte", border="LTR", fill=True)
    pdf.cell(half, 5, "Tidigare plan upprättad", border="LTR", fill=True,
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    pdf.cell(half, 6, "2025-05-20, i G:s hem", border="LRB")
    pdf.cell(half, 6, "2025-01-14", border="LRB", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)

    field("Syfte", "Se tidigare plan (2025-01-14).")
    field("Frågeställningar", "")
    field("Deltagare",
          "G. (patient), biståndshandläggare, distriktssköterska, "
          "fysioterapeut, gruppledare hemtjänst.")
    field("Den enskildes delaktighet och mål",
          "G. deltog i mötet hemma i sitt kök. Han säger: \"Jag vill kunna gå "
          "till Coop själv med rollatorn och bo kvar här i huset så länge det "
          "går.\" Han vill inte flytta till särskilt boende och vill ha "
          "hemtjänsten på samma tider som nu, morgon och kväll, eftersom han "
          "känner personalen.")
    field("Sammanfattning av läget",
          "G. är 84 år och opererades för höftfraktur på Västmanlands sjukhus "
          "Köping i december 2024. Han har återhämtat sig väl, går inomhus med "
          "rollator utan stöd och klarar toalettbesök själv. Han har fallit en "
          "gång i mars (utan skada). Sårläkningen är klar. Han är fortfarande "
          "osäker utomhus och i trappan ner till källaren.")

    # Status table for earlier actions (traffic lights)
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 7, "Status för åtgärder i tidigare plan", new_x="LMARGIN",
             new_y="NEXT")
    cols = [62, 50, 24, W - 136]
    heads = ["Åtgärd", "Ansvarig", "Status", "Kommentar"]

    def table_header():
        pdf.set_font("DejaVu", "B", 8)
        pdf.set_fill_color(210, 210, 210)
        for wcol, h in zip(cols, heads):
            pdf.cell(wcol, 6, h, border=1, fill=True)
        pdf.ln()
        pdf.set_fill_color(235, 235, 235)

    colors = {"Grön": (60, 170, 70), "Gul": (240, 190, 30), "Röd": (210, 50, 40)}
    status_rows = [
        ("Hemtjänst morgon och kväll, hjälp med dusch 1 g/v",
         "Hemtjänst Kungsör norra, gruppledare", "Grön",
         "Fungerar. Fortsätter enligt beslut."),
        ("Trygghetslarm installeras", "Biståndshandläggare, Kungsörs kommun",
         "Grön", "Installerat 2025-01-20. Används vid fallet i mars."),
        ("Hemrehabilitering, gångträning 2 g/v i 8 veckor",
         "Fysioterapeut, Rehabenheten Kungsörs kommun", "Grön",
         "Avslutad 2025-03-21. Mål inomhus uppnått."),
        ("Borttagning av trösklar och mattor, griptång och duschpall",
         "Arbetsterapeut, Rehabenheten Kungsörs kommun", "Grön",
         "Klart i februari."),
        ("Utomhusträning med rollator",
         "Fysioterapeut, Rehabenheten Kungsörs kommun", "Gul",
         "Påbörjad i april, avbröts vid sjukdom. Pågår."),
        ("Uppföljning av blodtryck och smärtlindring",
         "Distriktssköterska, Vårdcentralen Kungsör", "Gul",
         "Blodtryck lågt vid två mätningar, yrsel på morgonen."),
        ("Bostadsanpassning: ledstång i källartrappan",
         "Handläggare bostadsanpassning, Kungsörs kommun", "Röd",
         "Ansökan ej inskickad. Ny åtgärd nedan."),
        ("Matdistribution fem dagar i veckan",
         "Biståndshandläggare, Kungsörs kommun", "Grön",
         "Avslutad på G:s begäran i april."),
    ]
    table_header()
    line_h = 4.5
    for a, b, s, k in status_rows:
        pdf.set_font("DejaVu", "", 8)
        # compute height
        texts = [a, b, s, k]
        nlines = max(len(pdf.multi_cell(wcol, line_h, t, dry_run=True,
                                         output="LINES", align="L"))
                     for wcol, t in zip(cols, texts))
        rh = nlines * line_h + 2
        if pdf.get_y() + rh > pdf.h - 18:
            pdf.add_page()
            pdf.set_font("DejaVu", "B", 10)
            pdf.cell(0, 7, "Status för åtgärder i tidigare plan (forts.)",
                     new_x="LMARGIN", new_y="NEXT")
            table_header()
            pdf.set_font("DejaVu", "", 8)
        x0, y0 = pdf.get_x(), pdf.get_y()
        x = x0
        for i, (wcol, t) in enumerate(zip(cols, texts)):
            pdf.rect(x, y0, wcol, rh)
            if i == 2:
                pdf.set_fill_color(*colors[s])
                pdf.ellipse(x + 2, y0 + 1.5, 3.5, 3.5, style="F")
                pdf.set_xy(x + 6.5, y0 + 1)
                pdf.multi_cell(wcol - 7, line_h, t, align="L")
            else:
                pdf.set_xy(x + 0.5, y0 + 1)
                pdf.multi_cell(wcol - 1, line_h, t, align="L")
            x += wcol
        pdf.set_xy(x0, y0 + rh)
    pdf.set_fill_color(235, 235, 235)
    pdf.ln(3)

    # New actions
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 7, "Nya åtgärder", new_x="LMARGIN", new_y="NEXT")
    ncols = [78, 62, W - 140]
    pdf.set_font("DejaVu", "B", 8)
    pdf.set_fill_color(210, 210, 210)
    for wcol, h in zip(ncols, ["Åtgärd", "Ansvarig", "När"]):
        pdf.cell(wcol, 6, h, border=1, fill=True)
    pdf.ln()
    new_rows = [
        ("Ansökan om bostadsanpassning (ledstång källartrappa) skickas in "
         "med intyg",
         "Arbetsterapeut, Rehabenheten Kungsörs kommun", "Senast 2025-06-05"),
        ("Utomhusträning med rollator återupptas, 1 g/v i 6 veckor",
         "Fysioterapeut, Rehabenheten Kungsörs kommun", "Start v. 23 (2025-06-02)"),
        ("Läkemedelsgenomgång p.g.a. yrsel och lågt blodtryck",
         "Regionen", "Före semestern"),
        ("Ortostatiskt blodtryck mäts 3 ggr, resultat till läkare",
         "Distriktssköterska, Vårdcentralen Kungsör", "2025-05-26 – 2025-05-30"),
        ("Hemtjänst följer med vid promenad till affären 1 g/v",
         "Hemtjänst Kungsör norra, kontaktman", "Fr.o.m. 2025-06-09"),
    ]
    for a, b, c in new_rows:
        pdf.set_font("DejaVu", "", 8)
        texts = [a, b, c]
        nlines = max(len(pdf.multi_cell(wcol, line_h, t, dry_run=True,
                                         output="LINES", align="L"))
                     for wcol, t in zip(ncols, texts))
        rh = nlines * line_h + 2
        if pdf.get_y() + rh > pdf.h - 18:
            pdf.add_page()
            pdf.set_font("DejaVu", "B", 8)
            pdf.set_fill_color(210, 210, 210)
            for wcol, h in zip(ncols, ["Åtgärd", "Ansvarig", "När"]):
                pdf.cell(wcol, 6, h, border=1, fill=True)
            pdf.ln()
            pdf.set_font("DejaVu", "", 8)
        x0, y0 = pdf.get_x(), pdf.get_y()
        x = x0
        for wcol, t in zip(ncols, texts):
            pdf.rect(x, y0, wcol, rh)
            pdf.set_xy(x + 0.5, y0 + 1)
            pdf.multi_cell(wcol - 1, line_h, t, align="L")
            x += wcol
        pdf.set_xy(x0, y0 + rh)
    pdf.ln(3)
    pdf.set_fill_color(235, 235, 235)
    field("Huvudansvar", "Kommunen")
    field("Nästa uppföljning", "I höst.")
    pdf.set_font("DejaVu", "", 8)
    pdf.cell(0, 5, "Dokumenterat av: biståndshandläggare, 2025-05-20",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_creation_date(__import__("datetime").datetime(2025, 5, 21, 8, 14))
    pdf.output(path(6, "pdf"))


# ---------------------------------------------------------------------------
# 07  NOT a plan: home-care "Genomförandeplan", woman 88, Hallstahammar
# ---------------------------------------------------------------------------

def plan07():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Hallstahammars kommun  ·  Vård- och omsorgsförvaltningen  ·  Hemtjänst Hallstahammar västra"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Genomförandeplan enligt SOSFS 2014:5  ·  Sida "
    add_page_number_field(fp)

    doc.add_heading("Genomförandeplan", level=0)
    t = doc.add_table(rows=4, cols=2)
    t.style = "Light Grid Accent 1"
    info = [("Namn", "Rut [namn]"), ("Personnummer", "ÅÅMMDD-XXXX"),
            ("Kontaktman", "Fatima, undersköterska, Hemtjänst Hallstahammar västra"),
            ("Upprättad / reviderad", "2025-02-06 / nästa revidering 2025-08-06")]
    for row, (a, b) in zip(t.rows, info):
        row.cells[0].text = a
        row.cells[1].text = b
        row.cells[0].paragraphs[0].runs[0].bold = True

    doc.add_heading("Beslut", level=1)
    doc.add_paragraph(
        "Hemtjänst enligt 4 kap. 1 § SoL, beslut av biståndshandläggare "
        "2025-01-22: personlig omvårdnad morgon och kväll, dusch 1 gång/vecka, "
        "städning varannan vecka, inköp 1 gång/vecka, trygghetslarm.")

    doc.add_heading("Om mig", level=1)
    doc.add_paragraph(
        "Jag heter Rut och är 88 år. Jag har bott i Hallstahammar i hela mitt "
        "liv och jobbade på Bultfabriken i trettio år. Jag är änka sedan 2019. "
        "Jag tycker om att lösa korsord och lyssna på radio P4 Västmanland. "
        "Min son bor i Västerås och kommer på söndagar.")

    doc.add_heading("Så här vill jag ha min hjälp", level=1)
    steps = [
        ("Morgon (kl. 7.30–8.00)",
         "Knacka och vänta tills jag svarar. Hjälp mig upp ur sängen och till "
         "badrummet. Jag tvättar ansiktet själv men vill ha hjälp med "
         "stödstrumporna. Koka kaffe i bryggaren, två koppar, och en smörgås "
         "med ost. Jag tar mina mediciner ur dosetten själv medan ni är där."),
        ("Kväll (kl. 20.00–20.30)",
         "Hjälp med att ta av stödstrumporna och smörja fötterna. Kontrollera "
         "att spisen är avstängd och att ytterdörren är låst. Ställ fram ett "
         "glas vatten vid sängen."),
        ("Dusch (torsdagar förmiddag)",
         "Jag sitter på duschpallen. Jag vill tvätta mig själv så långt jag "
         "kan, ni hjälper till med ryggen och håret. Jag vill inte ha för "
         "varmt vatten."),
        ("Städning (varannan måndag)",
         "Dammsuga, torka golv i kök och badrum, byta sängkläder. Jag vill "
         "inte att ni flyttar på sakerna i vitrinskåpet."),
        ("Inköp (onsdagar)",
         "Jag skriver inköpslistan på tisdag kväll. Handla på ICA Kvantum. "
         "Kvitto och växel läggs i den blå burken i köket."),
    ]
    tt = doc.add_table(rows=1, cols=2)
    tt.style = "Table Grid"
    tt.rows[0].cells[0].text = "Insats / tid"
    tt.rows[0].cells[1].text = "Hur"
    for c in tt.rows[0].cells:
        c.paragraphs[0].runs[0].bold = True
    for a, b in steps:
        cells = tt.add_row().cells
        cells[0].text = a
        cells[1].text = b

    doc.add_heading("Risker och sådant personalen ska vara uppmärksam på", level=1)
    doc.add_paragraph(
        "Fallrisk (bedömd enligt Senior Alert 2025-01-28). Rollatorn ska stå "
        "vid sängen. Rapportera till sjuksköterskan om Rut verkar yr, äter "
        "dåligt eller har sår på fötterna.")

    doc.add_heading("Delaktighet", level=1)
    doc.add_paragraph(
        "Planen är gjord tillsammans med Rut och hennes son vid ett besök "
        "2025-02-06. Rut har läst planen och godkänt den.")

    doc.add_heading("Uppföljning", level=1)
    doc.add_paragraph(
        "Kontaktmannen går igenom planen med Rut 2025-08-06 eller tidigare om "
        "behoven ändras.")

    p = doc.add_paragraph()
    p.add_run("Signatur: ").bold = True
    p.add_run("Fatima, kontaktman    ")
    p.add_run("Godkänd av: ").bold = True
    p.add_run("Ingrid, enhetschef Hemtjänst Hallstahammar västra")

    fix_docx_core(doc, "Genomförandeplan", "Hemtjänst Hallstahammar västra")
    doc.save(path(7, "docx"))


# ---------------------------------------------------------------------------
# 08  Nearly empty printed template as text, Windows-1252, CRLF, Surahammar
# ---------------------------------------------------------------------------

TXT08 = """SURAHAMMARS KOMMUN                                    REGION VÄSTMANLAND
Socialförvaltningen                               Närsjukvården

            SAMORDNAD INDIVIDUELL PLAN (SIP)
            Mall för SIP-möte, version 2022:2

------------------------------------------------------------------------------
Namn:            [namn]                  Personnummer:  ÅÅMMDD-XXXX
Datum för                                Plats för
mötet:           2025-02-27              mötet:         ____________________
------------------------------------------------------------------------------

Samtycke till SIP och informationsöverföring
(den enskilde/vårdnadshavare)            [ ] Ja   [ ] Nej
Samtycket är                             [ ] Muntligt   [ ] Skriftligt

Syfte med SIP-mötet
(beskriv varför mötet hålls)             Samordning

Frågeställningar
(vilka frågor ska mötet besvara?)        ____________________________________

Den enskildes mål
(med egna ord om möjligt)                ____________________________________

Den enskildes delaktighet
(deltog personen? om inte, varför?)      ____________________________________

------------------------------------------------------------------------------
INSATSER
Insats                       Ansvarig verksamhet/      Från - till
(vad ska göras)              funktion
____________________________ _________________________ ______________________
____________________________ _________________________ ______________________
____________________________ _________________________ ______________________

Andra aktörers insatser
(t.ex. Försäkringskassan, Arbetsförmedlingen, god man, närstående)
____________________________________________________________________________

------------------------------------------------------------------------------
Huvudansvarig för planen
(namn, funktion och verksamhet)          ____________________________________

Uppföljning
(datum och tid för nästa möte)           Vid behov

------------------------------------------------------------------------------
DELTAGARE
Namn                  Funktion                  Verksamhet
_____________________ _________________________ ______________________________
_____________________ _________________________ ______________________________
_____________________ _________________________ ______________________________

Planen har delgetts den enskilde         [ ] Ja   [ ] Nej     Datum: ÅÅÅÅ-MM-DD
"""


def plan08():
    data = TXT08.replace("\n", "\r\n").encode("cp1252")
    with open(path(8, "txt"), "wb") as f:
        f.write(data)


def normalize_zip(fname):
    """Rewrite a .docx with fixed zip timestamps so reruns give identical bytes."""
    import zipfile
    with zipfile.ZipFile(fname) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(fname, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def main():
    os.makedirs(OUT, exist_ok=True)
    for fn in (plan01, plan02, plan03, plan04, plan05, plan06, plan07, plan08):
        fn()
    for nn in (2, 5, 7):
        normalize_zip(path(nn, "docx"))
    shutil.rmtree(TMP, ignore_errors=True)


if __name__ == "__main__":
    main()
