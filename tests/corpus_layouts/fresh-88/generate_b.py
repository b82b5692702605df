#!/usr/bin/env python
"""Generate batch fresh-88b: eight fictional SIP documents, Region Värmland, 2025.

Run with /work/batches/.venv/bin/python generate.py
Writes plans/f88b-01.docx ... plans/f88b-08.docx (see README.md).
"""
import datetime
import os
import shutil
import subprocess
import tempfile
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
PREFIX = "f88b"
LO_PROFILE = "file:///tmp/lo-f88b"
FIXED_DT = datetime.datetime(2025, 1, 1, 12, 0, 0)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def path(n, ext):
    return os.path.join(OUT, f"{PREFIX}-{n:02d}.{ext}")


def fix_core(doc, title, author):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1


def soffice_pdf(src, outdir):
    subprocess.run(
        ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
         "--convert-to", "pdf", "--outdir", outdir, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        timeout=240,
    )


def shade_run(run, fill="D9D9D9"):
    rpr = run._r.get_or_add_rPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    rpr.append(shd)


def shade_cell(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trpr.append(th)


def add_formtext(par, value, name, size=None):
    """A legacy Word text form field (FORMTEXT) whose result is `value`."""
    r = par.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    ff = OxmlElement("w:ffData")
    nm = OxmlElement("w:name")
    nm.set(qn("w:val"), name)
    en = OxmlElement("w:enabled")
    ce = OxmlElement("w:calcOnExit")
    ce.set(qn("w:val"), "0")
    ti = OxmlElement("w:textInput")
    ff.extend([nm, en, ce, ti])
    fc.append(ff)
    r._r.append(fc)
    r = par.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " FORMTEXT "
    r._r.append(it)
    r = par.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "separate")
    r._r.append(fc)
    lines = value.split("\n")
    for i, line in enumerate(lines):
        vr = par.add_run(line)
        shade_run(vr)
        if size:
            vr.font.size = size
        if i < len(lines) - 1:
            vr.add_break()
    r = par.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "end")
    r._r.append(fc)


# ---------------------------------------------------------------------------
# 01  Word template with legacy form fields; Karlstad, psychosis + debts
# ---------------------------------------------------------------------------
def plan01():
    doc = Document()
    fix_core(doc, "SIP - Samordnad individuell plan", "Karlstads kommun")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Karlstads kommun  |  Region Värmland\tSAMORDNAD INDIVIDUELL PLAN"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Mall SIP Värmland, version 2019-03. Sekretess enligt OSL 26 kap. 1 § och 25 kap. 1 §"
    fp.runs[0].font.size = Pt(7)

    t = doc.add_paragraph()
    r = t.add_run("SIP – Samordnad individuell plan")
    r.bold = True
    r.font.size = Pt(16)
    p = doc.add_paragraph("Enligt 2 kap. 7 § SoL och 16 kap. 4 § HSL")
    p.runs[0].italic = True
    p.runs[0].font.size = Pt(8)

    n = [0]

    def field(label, value):
        n[0] += 1
        lp = doc.add_paragraph()
        lp.paragraph_format.space_after = Pt(1)
        lr = lp.add_run(label)
        lr.bold = True
        vp = doc.add_paragraph()
        vp.paragraph_format.space_after = Pt(8)
        add_formtext(vp, value, f"Text{n[0]}")

    field("Namn:", "J.")
    field("Personnummer:", "XXXXXX-XXXX")
    field("Datum för SIP-möte:", "2025-03-18")
    field("Plats:", "Psykosmottagningen, Vuxenpsykiatrin Karlstad")
    field("Närvarande vid mötet:", "Text")
    lp = doc.add_paragraph()
    lp.add_run("Samtycke till SIP och samverkan:").bold = True
    vp = doc.add_paragraph()
    vp.add_run("☒ Ja   ☐ Nej")
    vp = doc.add_paragraph()
    add_formtext(vp, "Samtycke finns.", "Text90")
    field("Datum för samtycke:", "     ")
    field("Syfte med SIP:",
          "J. skrevs ut från heldygnsvården på Psykiatriska kliniken, Centralsjukhuset "
          "Karlstad, 2025-03-04 efter sex veckors vård. Han har hyresskulder och en "
          "uppsägning av lägenheten är påbörjad. Syftet är att psykiatrin, socialtjänsten "
          "och boendestödet tillsammans ska se till att J. kan bo kvar, tar sin medicin och "
          "får en plan för skulderna, så att en ny inläggning kan undvikas.")
    field("Frågeställningar inför mötet:", "     ")
    field("Den enskildes mål:",
          "Målet är att J. ska kunna bo kvar i sin lägenhet på Våxnäs, ha en stabil "
          "psykisk hälsa och få ordning på sin ekonomi.")
    lp = doc.add_paragraph()
    lp.add_run("Har den enskilde deltagit i mötet:").bold = True
    doc.add_paragraph("☒ Ja   ☐ Nej   ☐ Delvis")
    field("Den enskildes egna synpunkter:", "     ")

    lp = doc.add_paragraph()
    lp.add_run("Insatser – vad ska göras, av vem och när:").bold = True
    rows = [
        ("Läkarbesök med uppföljning av depåinjektion var 14:e dag",
         "Sjuksköterska och läkare, Psykosmottagningen Vuxenpsykiatrin Karlstad",
         "Från 2025-03-20, löpande"),
        ("Ansökan om boendestöd utreds och beslutas",
         "Socialsekreterare, IFO Vuxen Karlstads kommun",
         "Beslut senast 2025-04-04"),
        ("Boendestöd 2 ggr/vecka: struktur i vardagen, post och räkningar, inköp",
         "Boendestödet Karlstads kommun, socialpsykiatrin",
         "Text"),
        ("Kontakt med hyresvärden om avbetalningsplan för hyresskulden",
         "Socialsekreterare, IFO Vuxen Karlstads kommun",
         "Senast 2025-03-28"),
        ("Genomgång av skulder, kontakt med Kronofogden och ev. ansökan om skuldsanering",
         "Budget- och skuldrådgivningen, Karlstads kommun",
         "Första besök 2025-04-09"),
    ]
    tbl = doc.add_table(rows=1, cols=3)
    tbl.style = "Table Grid"
    hdr = tbl.rows[0].cells
    for c, txt in zip(hdr, ("Insats", "Ansvarig verksamhet/funktion", "När")):
        c.text = ""
        c.paragraphs[0].add_run(txt).bold = True
        shade_cell(c, "BFBFBF")
    repeat_header(tbl.rows[0])
    k = 20
    for row in rows:
        cells = tbl.add_row().cells
        for c, val in zip(cells, row):
            k += 1
            add_formtext(c.paragraphs[0], val, f"Text{k}", size=Pt(9))
    for row in tbl.rows:
        row.cells[0].width = Cm(7.0)
        row.cells[1].width = Cm(6.0)
        row.cells[2].width = Cm(3.5)
    doc.add_paragraph()

    field("Övriga aktörers insatser (t.ex. Försäkringskassan, Arbetsförmedlingen, god man, närstående):",
          "     ")
    field("Huvudansvarig för planen (namn, funktion, verksamhet):",
          "Kerstin, socialsekreterare, IFO Vuxen, Karlstads kommun")
    field("Datum för uppföljning:", "     ")
    field("Planen upprättad av:", "Text")

    doc.add_paragraph()
    doc.add_paragraph("Underskrift den enskilde: ______________________________")
    doc.add_paragraph("Underskrift huvudansvarig: _____________________________")
    doc.save(path(1, "docx"))


# ---------------------------------------------------------------------------
# 02  Printed e-mail thread (HTML -> PDF); Arvika, school refusal, 14 years
# ---------------------------------------------------------------------------
MAIL_HTML = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8">
<title>SIP – sammanfattning</title>
<style>
 body { font-family: 'Calibri', 'Carlito', 'DejaVu Sans', sans-serif; font-size: 11pt; }
 .owner { font-size: 14pt; font-weight: bold; border-bottom: 3px solid #000; padding-bottom: 2px; margin-bottom: 10px; }
 table.hdr { border-collapse: collapse; margin-bottom: 12px; }
 table.hdr td { vertical-align: top; padding: 1px 6px 1px 0; font-size: 11pt; }
 table.hdr td.l { font-weight: bold; width: 70px; white-space: nowrap; }
 p { margin: 0 0 8px 0; }
 pre.q { font-family: 'Liberation Mono', 'DejaVu Sans Mono', monospace; font-size: 9.5pt; margin: 0; }
 ol li { margin-bottom: 5px; }
</style></head>
<body>
<p class="owner"><b>Malin – Skolkurator</b></p>
<hr>
<table class="hdr">
<tr><td class="l"><b>Från:</b></td><td>Skolkurator, Västra skolan Arvika</td></tr>
<tr><td class="l"><b>Skickat:</b></td><td>den 14 februari 2025 15:42</td></tr>
<tr><td class="l"><b>Till:</b></td><td>Mentor åk 8, Västra skolan; Behandlare, BUP Arvika; Socialsekreterare, Barn och unga IFO Arvika; Vårdnadshavare</td></tr>
<tr><td class="l"><b>Kopia:</b></td><td>Specialpedagog, Västra skolan</td></tr>
<tr><td class="l"><b>Ämne:</b></td><td>SIP – sammanfattning</td></tr>
</table>

<p>Hej alla!</p>
<p>Tack för ett bra möte i går (torsdag 13/2). Här kommer en sammanfattning av det vi kom fram
till, så att alla har samma bild. Säg till senast på tisdag om något blivit fel så rättar jag.</p>
<p>Syftet med mötet var att få en gemensam bild.</p>
<p>Med på mötet var E., mamma Sara, Johan, Petra, Lars och jag.</p>
<p>E. var med hela mötet och sa själv att hon vill tillbaka men i sin egen takt. Hon sa: <i>”Jag vill
kunna gå till skolan utan att få ont i magen varje morgon, och jag vill hinna ikapp i matten innan
nian.”</i> Hon vill inte att klasskompisarna ska få veta varför hon varit borta, och hon vill helst
börja med lektioner där hon känner läraren.</p>

<p><b>Det här kom vi överens om:</b></p>
<ol>
<li>Skolan (Johan, mentor): anpassat schema från måndag 17 februari – E. börjar med två lektioner per
dag (svenska och bild) och ett kort avstämningssamtal med Johan kl. 8.15 varje morgon.</li>
<li>Skolan (specialpedagog): pedagogisk kartläggning i matematik, klar senast 14 mars. Därefter
planeras stödundervisning i liten grupp.</li>
<li>BUP Arvika (Petra): fortsatt KBT varannan vecka med fokus på ångesten på morgonen och gradvis
exponering för skolmiljön. Nästa tid 20 februari. Petra tar också upp frågan om utredning med
läkaren på BUP före nästa möte.</li>
<li>IFO Arvika (Lars): kollar med familjebehandlarna om familjen kan få stöd hemma kring
morgonrutinerna och återkommer till mamma.</li>
<li>Jag (kurator): stödsamtal med E. en gång i veckan på tisdagar, första gången 18 februari.</li>
<li>Mamma stöttar hemma så gott det går.</li>
</ol>
<p>Vi ses igen efter sportlovet för att se hur det har gått, jag skickar ut en kallelse.</p>
<p>Trevlig helg!</p>
<p>Hälsningar<br>Malin<br>Skolkurator<br>Västra skolan, Arvika kommun<br>Tfn via växeln</p>

<pre class="q">&gt; Från: Behandlare, BUP Arvika
&gt; Skickat: den 10 februari 2025 09:05
&gt; Till: Skolkurator, Västra skolan Arvika
&gt; Ämne: SV: SIP-möte för E. torsdag 13/2
&gt;
&gt; Hej!
&gt; Jag kommer. Inför torsdag skulle jag vilja att vi tar upp:
&gt; – Hur mycket närvaro är realistiskt de närmaste veckorna? Min bedömning är
&gt;   att heldagar är för mycket just nu.
&gt; – Vem gör vad de morgnar E. inte kommer iväg – ska skolan ringa hem, och
&gt;   i så fall vem och när på dagen?
&gt;
&gt; Mvh
&gt; Petra
&gt; Behandlare BUP Arvika
&gt;
&gt; &gt; Från: Skolkurator, Västra skolan Arvika
&gt; &gt; Skickat: den 7 februari 2025 14:20
&gt; &gt; Till: Mentor åk 8, Västra skolan; Behandlare, BUP Arvika; Socialsekreterare,
&gt; &gt;   Barn och unga IFO Arvika; Vårdnadshavare
&gt; &gt; Ämne: SIP-möte för E. torsdag 13/2
&gt; &gt;
&gt; &gt; Hej!
&gt; &gt; Välkomna till SIP-möte för E. (åk 8) torsdag 13 februari kl. 13.00–14.30
&gt; &gt; i konferensrummet plan 2, Västra skolan. E. och mamma är med.
&gt; &gt;
&gt; &gt; E. har haft 38 % frånvaro sedan jullovet och har varit helt hemma de
&gt; &gt; senaste tre veckorna. Frågor inför mötet:
&gt; &gt;   1. Hur kan skolan anpassa schemat så att E. kan börja komma tillbaka?
&gt; &gt;   2. Behöver E. en utredning (BUP har nämnt misstanke om ADHD)?
&gt; &gt;   3. Kan socialtjänsten erbjuda något stöd till familjen kring
&gt; &gt;      morgnarna?
&gt; &gt;   4. Hur fångar vi upp kunskapsluckorna i matematik?
&gt; &gt;
&gt; &gt; Hälsningar
&gt; &gt; Malin, skolkurator
</pre>
</body></html>
"""


def plan02():
    tmp = tempfile.mkdtemp(prefix="f88b-")
    src = os.path.join(tmp, f"{PREFIX}-02.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(MAIL_HTML)
    soffice_pdf(src, tmp)
    shutil.move(os.path.join(tmp, f"{PREFIX}-02.pdf"), path(2, "pdf"))
    shutil.rmtree(tmp)


# ---------------------------------------------------------------------------
# 03  Record-system text export, cp1252 + CRLF; Kristinehamn, substance use
# ---------------------------------------------------------------------------
def wrap(text, width=76):
    out = []
    for para in text.split("\n"):
        if not para.strip():
            out.append("")
            continue
        if para.startswith("- "):
            out.extend(textwrap.wrap(para, width, subsequent_indent="  "))
        else:
            out.extend(textwrap.wrap(para, width))
    return out


def plan03():
    parts = [
        ("DOKUMENTINFORMATION",
         "Dokumenttyp: Samordnad individuell plan (SIP)\n"
         "Verksamhet: Individ- och familjeomsorgen, Vuxenenheten\n"
         "Skapad: 2025-04-09 11:12   Signerad: 2025-04-09 15:40\n"
         "Utskrift: 2025-04-10 08:03   Användare: XXXXXX\n"
         "Status: Aktuell"),
        ("PERSON",
         "Namn: A.\nPersonnummer: ÅÅMMDD-XXXX\nKommun: Kristinehamn"),
        ("BAKGRUND",
         "A. är 19 år och bor hos sin mamma i Kristinehamn. Han avbröt "
         "gymnasiet (El- och energiprogrammet) under åk 2 och har sedan dess inte "
         "haft någon sysselsättning. Han har använt cannabis dagligen sedan 16 års "
         "ålder och det senaste halvåret även amfetamin vid helger. Anmälan från "
         "polisen inkom 2025-02-20 efter ett ringa narkotikabrott. A. sökte själv "
         "Beroendemottagningen i mars och har tagit emot kontakten med IFO. "
         "Mamman är orolig och har ringt socialtjänsten flera gånger."),
        ("MÖTE",
         "SIP-möte 2025-04-09 kl. 09.30-11.00 på Öppenvården, Kristinehamn. "
         "A. deltog under hela mötet."),
        ("SAMTYCKE",
         "A. har lämnat skriftligt samtycke till att IFO Vuxen, Öppenvården, "
         "Beroendemottagningen Kristinehamn och Arbetsförmedlingen får utbyta "
         "uppgifter inom ramen för SIP. Blanketten \"Samtycke SIP\" undertecknades "
         "2025-03-27 och är inskannad i akten. Samtycket gäller till 2026-03-27."),
        ("MÅL",
         "Målet är att A. ska vara drogfri, ha en fungerande dygnsrytm och vara "
         "igång med en sysselsättning (studier eller arbete) under hösten 2025."),
        ("INSATSER",
         "- [IFO Vuxen Kristinehamn, socialsekreterare] Utredning och beslut om "
         "öppenvårdsbehandling enligt SoL 4 kap. 1 § (2025-04-09–2025-04-25)\n"
         "- [Öppenvården Kristinehamn, behandlare] Återfallsprevention enskilt "
         "1 ggr/vecka, därefter grupp (2025-04-28–2025-10-31)\n"
         "- [Beroendemottagningen Kristinehamn, sjuksköterska] Urinprov 2 ggr/vecka "
         "enligt schema (2025-04-14–2025-10-31)\n"
         "- [Beroendemottagningen Kristinehamn, läkare] Läkarbedömning av sömn och "
         "ställningstagande till ADHD-utredning (2025-04-23–2025-06-30)\n"
         "- [Arbetsförmedlingen Kristinehamn, arbetsförmedlare] Inskrivning, "
         "kartläggning och planering inför studier på Komvux eller praktik "
         "(2025-05-05–2025-08-29)\n"
         "- [A. själv] Lämnar urinprov på avtalade tider och meddelar Öppenvården "
         "om han inte kan komma (2025-04-14–2025-10-31)"),
        ("HUVUDANSVAR",
         "Socialtjänsten Kristinehamn"),
        ("UPPFÖLJNING",
         "Planen följs upp vid nytt SIP-möte 2025-06-11 kl. 13.00 på Öppenvården."),
    ]
    lines = []
    lines.append("OMSORGSJOURNAL – UTSKRIFT AV DOKUMENT")
    lines.append("Kristinehamns kommun, Socialförvaltningen")
    lines.append("-" * 60)
    lines.append("")
    for head, body in parts:
        lines.append(f"=== {head} ===")
        lines.extend(wrap(body) if head not in ("DOKUMENTINFORMATION", "PERSON")
                     else body.split("\n"))
        lines.append("")
    lines.append("-" * 60)
    lines.append("Slut på utskrift. Sekretess enligt OSL 26 kap. 1 §.")
    data = "\r\n".join(lines) + "\r\n"
    with open(path(3, "txt"), "wb") as f:
        f.write(data.encode("cp1252"))


# ---------------------------------------------------------------------------
# 04  Nurse's Markdown; Sunne, 84-year-old man after hip fracture
# ---------------------------------------------------------------------------
PLAN04 = """# SIP – G., Sunne

**Datum och plats**  
2025-09-16 kl. 10.00, hemma hos G. (Lysvik, Sunne kommun)

**Skriven av**  
Eva, distriktssköterska, Vårdcentralen Sunne

**Syfte**  
Samordning efter hemgång.

**Bakgrund**  
G. är 84 år, änkeman sedan tre år och bor ensam i villa utanför Lysvik. Föll i hallen
2025-08-30 och opererades för höftfraktur (vänster) på Centralsjukhuset Karlstad.
Hemskriven 2025-09-10. Går med rollator inomhus, osäker i trappan till källaren.
Diabetes typ 2 och förmaksflimmer sedan tidigare. Dottern Anna bor i Sunne och
hälsar på ett par gånger i veckan.

**Frågeställningar inför mötet**  
- Klarar G. att duscha själv, eller behövs hjälp av hemtjänsten?
- Behöver han trygghetslarm nu när han bor ensam efter fallet?
- Vem följer upp smärtlindringen och när ska agrafferna tas?
- Hur ska gångträningen fortsätta när han inte kan åka till rehab själv?

**Mål**  
Målet är att G. ska kunna bo kvar hemma och på sikt gå med rollator ut till
brevlådan och till grannen.

**G:s egen syn**  
G. var med på hela mötet. Han vill inte ha hjälp på morgonen före kl. 8 och tycker
att det viktigaste är att få fortsätta elda i kaminen själv. Han är tveksam till
trygghetslarm men gick med på att prova.

## Deltagare

| Namn / funktion | Verksamhet | Närvarande (ja/nej) |
|---|---|---|
| G. | – | ja |
| Anna, dotter | – | ja |
| Eva, distriktssköterska | Vårdcentralen Sunne | ja |
| Biståndshandläggare | Äldreomsorgen, Sunne kommun | ja |
| Arbetsterapeut | Kommunrehab Sunne | ja |
| Fysioterapeut | Kommunrehab Sunne | nej |
| Läkare | Vårdcentralen Sunne | nej |

## Insatser

Bockad = klart.

- [x] Biståndshandläggaren: beslut om hemtjänst – dusch 2 ggr/vecka (tis, fre) och
      inköp varannan vecka. Beslutat 2025-09-16, start 2025-09-19.
- [x] Arbetsterapeut, Kommunrehab Sunne: toalettförhöjning, duschpall och
      griptång levererade 2025-09-12.
- [ ] Fysioterapeut, Kommunrehab Sunne: hembesök med gångträning 1 gång/vecka
      under oktober, första besöket 2025-09-25. Övningsprogram lämnas.
- [ ] Distriktssköterska, Vårdcentralen Sunne: agrafftagning och kontroll av
      såret 2025-09-24, följer upp smärta och blodsocker vid samma besök.
- [ ] Läkare, Vårdcentralen Sunne: läkemedelsgenomgång (Alvedon/Oxynorm,
      blodförtunnande).
- [ ] Kommunen: trygghetslarm installeras.
- [ ] Anna (dotter): handlar mat de veckor hemtjänsten inte gör det och följer
      med till läkarbesöken.
- [ ] G. själv: gör övningarna från fysioterapeuten varje dag och använder
      rollatorn även inomhus.

**Huvudansvar**  
Sunne kommun

**Uppföljning**  
Om ca 4 veckor. Jag ringer runt och bokar en tid som passar alla.

/Eva
"""


def plan04():
    with open(path(4, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(PLAN04)


# ---------------------------------------------------------------------------
# 05  Word, Heading 2 per spouse; Torsby, older couple
# ---------------------------------------------------------------------------
def add_table(doc, header, rows, widths=None, style="Table Grid"):
    tbl = doc.add_table(rows=1, cols=len(header))
    tbl.style = style
    for c, txt in zip(tbl.rows[0].cells, header):
        c.text = ""
        c.paragraphs[0].add_run(txt).bold = True
        shade_cell(c, "DEEAF6")
    repeat_header(tbl.rows[0])
    for row in rows:
        cells = tbl.add_row().cells
        for c, val in zip(cells, row):
            c.text = val
    if widths:
        for row in tbl.rows:
            for c, w in zip(row.cells, widths):
                c.width = Cm(w)
    return tbl


def plan05():
    doc = Document()
    fix_core(doc, "SIP Bengt och Inga", "Torsby kommun")
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Torsby kommun – Vård och omsorg\tRegion Värmland – Vårdcentralen Torsby"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "SIP upprättad 2025-10-08"
    fp.runs[0].font.size = Pt(8)

    doc.add_heading("Samordnad individuell plan (SIP)", level=1)
    doc.add_paragraph("För: Bengt (ÅÅMMDD-XXXX) och Inga (ÅÅMMDD-XXXX), Östmark, Torsby kommun")
    doc.add_paragraph("Mötesdatum: 2025-10-08, hemma hos Bengt och Inga")

    doc.add_heading("Gemensamt", level=2)
    p = doc.add_paragraph()
    p.add_run("Bakgrund. ").bold = True
    p.add_run(
        "Bengt (84) och Inga (80) bor i sitt hus i Östmark, ca 5 mil från Torsby. Bengt fick "
        "diagnosen Alzheimers sjukdom 2023 och har blivit sämre under året; han går vilse "
        "utomhus och är orolig på kvällarna. Inga har hjärtsvikt och KOL och var inlagd på "
        "Torsby sjukhus i augusti 2025. Hon har hittills skött allt hemma, men säger att hon "
        "inte orkar längre. Sonen Per bor i Karlstad.")
    p = doc.add_paragraph()
    p.add_run("Syfte. ").bold = True
    p.add_run(
        "Syftet med planen är att Bengt och Inga ska kunna bo kvar tillsammans i huset i "
        "Östmark så länge som möjligt, att Bengt får en trygg dag med aktivitet och att Inga "
        "får avlastning och hjälp med sin egen behandling så att hon inte blir inlagd igen.")
    p = doc.add_paragraph()
    p.add_run("Samtycke. ").bold = True
    p.add_run("Samtycke finns från båda.")
    p = doc.add_paragraph()
    p.add_run("Deltagare. ").bold = True
    p.add_run(
        "Bengt, Inga, sonen Per (via telefon), Lena (undersköterska), Maria "
        "(distriktssköterska), Sofia (biståndshandläggare) och Johanna (anhörigkonsulent).")
    p = doc.add_paragraph()
    p.add_run("Bengts och Ingas delaktighet. ").bold = True
    p.add_run(
        "Båda var med under hela mötet vid köksbordet. Bengt sa flera gånger att han inte "
        "vill flytta. Inga vill ha hjälp men vill inte att \"det springer folk här hela dagarna\". "
        "De vill båda att hemtjänsten i första hand är samma personer.")

    doc.add_heading("Bengt", level=2)
    p = doc.add_paragraph()
    p.add_run("Bengts mål: ").bold = True
    p.add_run("”Jag vill bo kvar här hemma med Inga och komma ut i skogen ibland.”")
    add_table(doc, ("Insats", "Ansvarig", "Start", "Klart/omfattning"), [
        ("Dagverksamhet för personer med demenssjukdom, tisdag och torsdag, med färdtjänst",
         "Biståndshandläggare, Torsby kommun (beslut); Dagverksamheten Solgläntan",
         "2025-10-14", "Tills vidare"),
        ("GPS-larm att bära vid promenader",
         "Biståndshandläggare / Trygghetsenheten, Torsby kommun", "2025-10-20", "2025-10-31"),
        ("Läkarbesök: uppföljning av demensläkemedel och kvällsoron",
         "Läkare, Vårdcentralen Torsby", "2025-10-22", "2025-10-22"),
        ("Tillsyn kväll kl. 20 och hjälp med kvällsmedicin",
         "Hemtjänst Torsby norra (Östmarkgruppen)", "2025-10-09", "Tills vidare"),
    ], widths=(6.5, 5.0, 2.2, 2.8))

    doc.add_heading("Inga", level=2)
    p = doc.add_paragraph()
    p.add_run("Ingas mål: ").bold = True
    p.add_run("”Jag vill orka ta hand om Bengt och mig själv, och kunna sova en hel natt "
              "någon gång ibland.”")
    add_table(doc, ("Insats", "Ansvarig", "Start", "Klart/omfattning"), [
        ("Hjärtsviktsuppföljning: vikt, ödem och diuretika, hembesök varannan vecka",
         "Distriktssköterska, Vårdcentralen Torsby (hemsjukvård)", "2025-10-15", "Tills vidare"),
        ("Spirometri och genomgång av inhalationsteknik",
         "KOL-sjuksköterska, Vårdcentralen Torsby", "2025-11-05", "2025-11-05"),
        ("Stödsamtal för anhöriga och information om anhöriggrupp i Torsby",
         "Anhörigkonsulent, Torsby kommun", "2025-10-16", "2025-12-31"),
        ("Städning varannan vecka och inköp en gång i veckan",
         "Hemtjänst Torsby norra (Östmarkgruppen)", "2025-10-13", "Tills vidare"),
        ("Växelvård för Bengt en vecka per månad så att Inga får vila",
         "Biståndshandläggare, Torsby kommun; Korttidsboendet Frykenbaden",
         "2025-11-03", "Tills vidare"),
    ], widths=(6.5, 5.0, 2.2, 2.8))

    doc.add_heading("Gemensamt – övrigt och uppföljning", level=2)
    p = doc.add_paragraph()
    p.add_run("Övriga. ").bold = True
    p.add_run("Sonen Per hjälper till när han kan.")
    p = doc.add_paragraph()
    p.add_run("Uppföljning. ").bold = True
    p.add_run("Nytt möte hemma hos Bengt och Inga 2025-12-03 kl. 13.30.")
    doc.add_paragraph()
    doc.add_paragraph("Planen skickas hem till Bengt och Inga samt till Per.")
    doc.save(path(5, "docx"))


# ---------------------------------------------------------------------------
# 06  fpdf2 two-page form; page 2 template left blank; Säffle, autism + LSS
# ---------------------------------------------------------------------------
class SipForm(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(80, 80, 80)
        self.cell(60, 4, "Samverkansportalen Värmland", new_x="RIGHT", new_y="TOP")
        self.cell(70, 4, "Utskriftsdatum: 2025-05-06 14:22", align="C", new_x="RIGHT", new_y="TOP")
        self.cell(0, 4, f"Sida {self.page_no()} ({{nb}})", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(120, 120, 120)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(4)
        self.set_text_color(0, 0, 0)
        self.set_draw_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(110, 110, 110)
        self.cell(0, 4, "Blankett SIP Värmland v. 3.1 – innehåller uppgifter som omfattas av sekretess",
                  align="C")
        self.set_text_color(0, 0, 0)


FREE06 = (
    "SIP-möte för samordning.\n\n"
    "Närvarande: LSS-handläggare, boendestödjare, sjuksköterska psykiatrin, arbetsledare "
    "daglig verksamhet.\n\n"
    "V. deltog inte på mötet. Hon tycker att möten med många personer är för jobbiga.\n\n"
    "V. har gett skriftligt samtycke till SIP på blankett daterad 2025-04-14, samtycket "
    "förvaras hos LSS-handläggaren.\n\n"
    "V. är 22 år, har autism och depression och bor i egen lägenhet i Säffle med "
    "boendestöd (SoL). Hon har beslut om daglig verksamhet enligt LSS 9 § 10 men har "
    "inte varit där sedan mitten av mars. Boendestödjaren beskriver att V. sover på "
    "dagarna, äter oregelbundet och har slutat öppna posten.\n\n"
    "Frågan var om V. kan gå ner till halvdagar på daglig verksamheten och byta till "
    "en mindre grupp, och om psykiatrin kan se över medicineringen eftersom hon sover "
    "dåligt och har gått upp i vikt sedan sertralinet höjdes. Även fråga om vem som "
    "hjälper V. med posten och räkningarna.\n\n"
    "Psykiatrin (sjuksköterska, Vuxenpsykiatrin mottagning Säffle) bokar läkarbesök för "
    "medicinuppföljning, ska ske före 2025-05-20. Boendestödet (Säffle kommun, "
    "socialpsykiatrin) utökas från 2 till 3 besök per vecka från vecka 19 och går "
    "igenom posten med V. vid varje besök. LSS-handläggaren utreder ändrad omfattning "
    "av daglig verksamhet. Daglig verksamhet Verkstan erbjuder plats i den mindre "
    "trädgårdsgruppen, förmiddagar."
)


def box_label(pdf, label, hint, h, w=None):
    w = w or (pdf.w - pdf.l_margin - pdf.r_margin)
    x, y = pdf.get_x(), pdf.get_y()
    pdf.set_font("DejaVu", "B", 9)
    pdf.cell(w, 5, label, new_x="LMARGIN", new_y="NEXT")
    y2 = pdf.get_y()
    pdf.rect(x, y2, w, h)
    if hint:
        pdf.set_xy(x + 1.5, y2 + 1.5)
        pdf.set_font("DejaVu", "", 7.5)
        pdf.set_text_color(140, 140, 140)
        pdf.multi_cell(w - 3, 3.6, hint)
        pdf.set_text_color(0, 0, 0)
    pdf.set_xy(x, y2 + h + 3)


def plan06():
    pdf = SipForm(format="A4")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_auto_page_break(False)
    pdf.set_margins(18, 12, 18)
    pdf.alias_nb_pages("{nb}")
    pdf.set_creation_date(FIXED_DT)
    pdf.set_title("SIP – Samordnad individuell plan")
    pdf.set_author("Säffle kommun")
    W = pdf.w - 36

    # ---- page 1
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 15)
    pdf.cell(0, 9, "SIP – Samordnad individuell plan", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 8)
    pdf.cell(0, 4, "Säffle kommun och Region Värmland  ·  2 kap. 7 § SoL / 16 kap. 4 § HSL",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    fields = [("Namn", "V."), ("Personnummer", "ÅÅMMDD-XXXX"),
              ("Datum för SIP-möte", "2025-04-29"), ("Plats", "LSS-kontoret, Säffle")]
    for i in range(0, 4, 2):
        for lab, val in fields[i:i + 2]:
            x, y = pdf.get_x(), pdf.get_y()
            pdf.rect(x, y, W / 2, 11)
            pdf.set_xy(x + 1.2, y + 0.8)
            pdf.set_font("DejaVu", "", 6.5)
            pdf.cell(W / 2 - 2, 3, lab)
            pdf.set_xy(x + 1.2, y + 4.6)
            pdf.set_font("DejaVu", "", 10)
            pdf.cell(W / 2 - 2, 5.5, val)
            pdf.set_xy(x + W / 2, y)
        pdf.set_xy(pdf.l_margin, pdf.get_y() + 11)
    pdf.ln(4)
    pdf.set_font("DejaVu", "B", 9)
    pdf.cell(0, 5, "Anteckningar från mötet (fritext)", new_x="LMARGIN", new_y="NEXT")
    y0 = pdf.get_y()
    box_h = 297 - 20 - y0
    pdf.rect(pdf.l_margin, y0, W, box_h)
    pdf.set_xy(pdf.l_margin + 2, y0 + 2)
    pdf.set_font("DejaVu", "", 9.5)
    pdf.multi_cell(W - 4, 4.9, FREE06)

    # ---- page 2: the template, left blank
    pdf.add_page()
    box_label(pdf, "Syfte med SIP", "(Beskriv varför en SIP behövs i den enskildes situation)", 14)
    box_label(pdf, "Frågeställningar inför mötet", "(Vilka frågor behöver lösas?)", 14)
    box_label(pdf, "Den enskildes mål", "(Med den enskildes egna ord)", 14)
    box_label(pdf, "Den enskildes delaktighet och synpunkter",
              "(Har den enskilde deltagit? Den enskildes egen syn)", 12)
    # action table, empty
    pdf.set_font("DejaVu", "B", 9)
    pdf.cell(W, 5, "Insatser – vem gör vad och när", new_x="LMARGIN", new_y="NEXT")
    cols = [("Insats/åtgärd", 0.40), ("Ansvarig verksamhet/funktion", 0.35),
            ("Start", 0.12), ("Klart", 0.13)]
    pdf.set_fill_color(225, 225, 225)
    pdf.set_font("DejaVu", "B", 8)
    for lab, frac in cols:
        pdf.cell(W * frac, 6, lab, border=1, fill=True)
    pdf.ln(6)
    pdf.set_font("DejaVu", "", 8)
    pdf.set_text_color(150, 150, 150)
    for r in range(5):
        for j, (lab, frac) in enumerate(cols):
            txt = "ÅÅÅÅ-MM-DD" if j >= 2 else ""
            pdf.cell(W * frac, 6.5, txt, border=1)
        pdf.ln(6.5)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(3)
    box_label(pdf, "Övriga aktörers insatser",
              "(T.ex. Försäkringskassan, Arbetsförmedlingen, god man, anhöriga, den enskilde själv)", 12)
    # two half boxes
    x, y = pdf.get_x(), pdf.get_y()
    box_label(pdf, "Huvudansvarig för planen", "(Namn, funktion, verksamhet)", 11, w=W / 2 - 2)
    pdf.set_xy(x + W / 2 + 2, y)
    box_label(pdf, "Uppföljning", "Datum: ÅÅÅÅ-MM-DD", 11, w=W / 2 - 2)
    pdf.set_x(pdf.l_margin)
    box_label(pdf, "Deltagare (namn, funktion, verksamhet)", "", 16)
    pdf.set_font("DejaVu", "", 8.5)
    pdf.cell(W / 2, 8, "Den enskildes underskrift: ____________________", new_x="RIGHT", new_y="TOP")
    pdf.cell(W / 2, 8, "Huvudansvarigs underskrift: ____________________")
    pdf.output(path(6, "pdf"))


# ---------------------------------------------------------------------------
# 07  Word, first person throughout; Hagfors, depression + debts
# ---------------------------------------------------------------------------
def plan07():
    doc = Document()
    fix_core(doc, "Min SIP", "Hagfors kommun")
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11.5)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Hagfors kommun, IFO Vuxen  ·  Samordnad individuell plan"
    hp.runs[0].font.size = Pt(8)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    doc.add_heading("Min samordnade individuella plan (SIP)", level=1)
    doc.add_paragraph("Upprättad 2025-02-11 i Hagfors")

    doc.add_heading("Om mig", level=2)
    doc.add_paragraph(
        "Jag heter K. och är 41 år. Jag bor i en lägenhet i Hagfors och min son, som är 12, "
        "bor hos mig varannan vecka. Jag har varit sjukskriven från mitt jobb i hemtjänsten "
        "sedan maj 2024 för depression och ångest. Under hösten fick jag svårt att betala "
        "räkningar och nu har jag skulder hos Kronofogden, bland annat för el och ett "
        "sms-lån. Jag sover dåligt och det är svårt att orka med min son de veckor han är hos mig.")

    doc.add_heading("Varför jag har en SIP", level=2)
    doc.add_paragraph(
        "Jag har kontakt med vårdcentralen, socialtjänsten, budget- och skuldrådgivningen och "
        "Försäkringskassan, och jag har fått berätta samma sak för alla. Jag har en SIP för att "
        "de ska prata med varandra, så att min behandling, min sjukskrivning och mina skulder "
        "hanteras tillsammans och jag vet vem jag ska vända mig till.")

    doc.add_heading("Det här vill jag", level=2)
    for t in (
        "Jag vill kunna sova på nätterna och orka vara med min son när han är här.",
        "Jag vill ha koll på mina räkningar igen och slippa vara rädd för posten.",
        "Till hösten vill jag börja jobba 25 % igen, helst på min gamla arbetsplats.",
    ):
        doc.add_paragraph(t, style="List Bullet")
    doc.add_paragraph(
        "Jag var med på mötet hela tiden. Det som är viktigast för mig är att jag inte får "
        "för många tider samma vecka som jag har min son, och att jag får papper hemskickade "
        "så att jag kan läsa dem i lugn och ro.")

    doc.add_heading("Vem som gör vad", level=2)
    items = [
        ("Vårdcentralen Hagfors: ",
         "Sara, som är kurator, ger mig KBT mot depression och sömnproblem varannan vecka. "
         "Första gången är 2025-02-18, och vi håller på fram till midsommar."),
        ("Regionen: ",
         "ska ordna en läkartid för att se över min medicin."),
        ("Socialtjänsten (IFO Vuxen Hagfors): ",
         "Karin, min socialsekreterare, hjälper mig att söka försörjningsstöd för mars och "
         "april medan jag väntar på beslut från Försäkringskassan. Ansökan lämnas senast 2025-02-28."),
        ("Budget- och skuldrådgivningen, Hagfors kommun: ",
         "Jonas går igenom alla mina skulder med mig och hjälper mig att ansöka om "
         "skuldsanering hos Kronofogden. Första träffen är 2025-02-25."),
        ("Försäkringskassan: ",
         "min handläggare kallar till ett avstämningsmöte med mig och min arbetsgivare i april "
         "för att planera en försiktig återgång i arbete."),
        ("Min syster M.: ",
         "följer med mig till första träffen hos Jonas och hjälper mig att sortera posten "
         "en gång i veckan."),
        ("Jag själv: ",
         "går en promenad varje dag, skriver sömndagbok till Sara och öppnar posten "
         "tillsammans med min syster."),
    ]
    for head, txt in items:
        p = doc.add_paragraph(style="List Bullet")
        p.add_run(head).bold = True
        p.add_run(txt)

    doc.add_heading("Vilka som var med", level=2)
    doc.add_paragraph(
        "På mötet 2025-02-11 på socialkontoret i Hagfors var vi: jag, min syster M., Karin "
        "(socialsekreterare, IFO Vuxen, Hagfors kommun), Sara (kurator, Vårdcentralen Hagfors), "
        "Jonas (budget- och skuldrådgivare, Hagfors kommun) och Emma (handläggare, "
        "Försäkringskassan, lokalt försäkringskontor Karlstad).")

    doc.add_heading("När vi ses igen", level=2)
    doc.add_paragraph("Vi ses igen efter sommaren för att se hur det har gått. Karin kallar.")

    doc.add_heading("Vem som håller ihop min plan", level=2)
    doc.add_paragraph(
        "Karin har huvudansvaret för min SIP. Jag kan ringa henne via växeln om något inte "
        "fungerar eller om jag vill ändra något.")

    doc.add_paragraph()
    doc.add_paragraph("Hagfors 2025-02-11")
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Karin").italic = True
    doc.add_paragraph("Socialsekreterare, samordnare och huvudansvarig för SIP\n"
                      "Individ- och familjeomsorgen, Vuxenenheten\nHagfors kommun")
    doc.save(path(7, "docx"))


# ---------------------------------------------------------------------------
# 08  NOT a plan: Genomförandeplan – boendestöd; Arvika
# ---------------------------------------------------------------------------
def plan08():
    doc = Document()
    fix_core(doc, "Genomförandeplan boendestöd", "Arvika kommun")
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10.5)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Arvika kommun\tSocialförvaltningen – Socialpsykiatrin, Boendestödet"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Genomförandeplan enligt SOSFS 2014:5 – dokumenteras i verksamhetssystemet"
    fp.runs[0].font.size = Pt(7)

    doc.add_heading("Genomförandeplan – boendestöd", level=1)
    add_table(doc, ("Uppgift", "Innehåll"), [
        ("Namn", "L."),
        ("Personnummer", "ÅÅMMDD-XXXX"),
        ("Beslut", "Boendestöd enligt SoL 4 kap. 1 §, 4 timmar/vecka, beslut 2025-05-02, "
                   "gäller t.o.m. 2025-11-30"),
        ("Utförare", "Boendestödet, Socialpsykiatrin Arvika kommun"),
        ("Kontaktperson", "Boendestödjare Ahmed"),
        ("Upprättad", "2025-05-27 tillsammans med L."),
    ], widths=(4.0, 12.0))

    doc.add_heading("1. Uppdraget från biståndshandläggaren", level=2)
    doc.add_paragraph(
        "L. ska få stöd att strukturera vardagen, sköta hushållet och ekonomin och bryta "
        "isoleringen. Stödet ges i hemmet och ute i samhället.")

    doc.add_heading("2. L:s mål med stödet", level=2)
    doc.add_paragraph("”Jag vill kunna handla och laga mat själv och inte vara instängd hela veckorna.”",
                      style="List Bullet")
    doc.add_paragraph("”Jag vill att räkningarna är betalda i tid.”", style="List Bullet")

    doc.add_heading("3. Så här genomförs stödet", level=2)
    add_table(doc, ("Vad", "Hur", "När"), [
        ("Veckoplanering", "Vi gör veckoschema tillsammans på whiteboarden i köket. L. bestämmer "
         "själv vad som ska med.", "Måndagar kl. 10–11"),
        ("Inköp och matlagning", "Vi skriver inköpslista och handlar på ICA, L. betalar själv. "
         "Vi lagar en enkel middag tillsammans och L. fryser in portioner.",
         "Torsdagar kl. 13–15"),
        ("Post och räkningar", "Vi öppnar posten och L. betalar räkningar via internetbanken med "
         "stöd. Boendestödjaren rör inte L:s pengar.", "Måndagar efter planeringen"),
        ("Aktivitet utanför hemmet", "Promenad eller besök på Träffpunkten i Arvika. "
         "Målet är att L. ska gå dit själv på sikt.", "Varannan fredag"),
    ], widths=(3.5, 9.5, 3.5))
    doc.add_paragraph()
    doc.add_paragraph(
        "Om L. inte öppnar vid ett besök ringer boendestödjaren en gång och kommer tillbaka "
        "samma dag. Vid tre missade besök i följd kontaktas biståndshandläggaren.")

    doc.add_heading("4. Samverkan", level=2)
    doc.add_paragraph(
        "L. har en samordnad individuell plan (SIP) som upprättades 2025-05-20 tillsammans med "
        "Psykiatriska öppenvårdsmottagningen Arvika och Vårdcentralen Arvika. Enligt SIP:en "
        "ansvarar boendestödet för stöd med struktur och ekonomi, medan psykiatrin ansvarar för "
        "behandling och medicinering. Det som står i SIP:en upprepas inte här. Boendestödjaren "
        "deltar i uppföljningen av SIP:en.")

    doc.add_heading("5. Uppföljning av genomförandeplanen", level=2)
    doc.add_paragraph(
        "Genomförandeplanen följs upp av L. och kontaktpersonen 2025-08-26 och därefter "
        "inför att beslutet löper ut.")

    doc.add_paragraph()
    doc.add_paragraph("L. har tagit del av planen och fått en egen kopia.")
    doc.add_paragraph("Underskrift L.: ____________________    "
                      "Underskrift kontaktperson: ____________________")
    doc.save(path(8, "docx"))


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
