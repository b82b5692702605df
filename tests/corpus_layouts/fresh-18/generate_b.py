#!/usr/bin/env python
"""Generate the f18b batch of fictional, anonymized SIP documents into plans/.

Run with python generate_b.py
Deterministic: fixed dates and text, no randomness.
"""
import datetime
import os
import shutil
import subprocess
import tempfile
import textwrap
import zipfile

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
PREFIX = "f18b"
LO_PROFILE = "file:///tmp/lo-f18b"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def out(name):
    return os.path.join(OUT, f"{PREFIX}-{name}")


def soffice_pdf(src, final_path):
    """Convert src (docx/html) to PDF with LibreOffice and move it to final_path."""
    tmpdir = tempfile.mkdtemp(prefix="f18b-lo-")
    subprocess.run(
        ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
         "--convert-to", "pdf", "--outdir", tmpdir, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    produced = os.path.join(tmpdir, os.path.splitext(os.path.basename(src))[0] + ".pdf")
    shutil.move(produced, final_path)
    shutil.rmtree(tmpdir, ignore_errors=True)


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


def add_table(doc, header, rows, widths=None, style="Table Grid", shade="D9E2F3"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = t.rows[0]
    mark_header_row(hdr)
    for i, h in enumerate(header):
        c = hdr.cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(h)
        r.bold = True
        if shade:
            set_cell_shading(c, shade)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


def save_docx(doc, path):
    """Save with fixed core properties and fixed zip timestamps (deterministic)."""
    fixed = datetime.datetime(2025, 1, 1, 8, 0, 0)
    cp = doc.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.created = fixed
    cp.modified = fixed
    cp.revision = 1
    doc.save(path)
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def a4(section):
    section.page_width = Cm(21.0)
    section.page_height = Cm(29.7)


def page_number_field(paragraph):
    run = paragraph.add_run()
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = "PAGE"
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1)
    run._r.append(it)
    run._r.append(f2)


# ---------------------------------------------------------------------------
# 01  Text export from a regional record system, Windows-1252, CRLF, form feed
# ---------------------------------------------------------------------------

def make_01():
    W = 78

    def header(page):
        return [
            "VÅRDSYSTEM VMLD  –  JOURNALUTSKRIFT".ljust(W - 14) + f"Sida {page} av 2",
            "Region Västmanland".ljust(W - 22) + "Utskriftsdatum 2024-11-19",
            "Utskriven av: ssk Maria, Psykiatriska öppenvårdsmottagningen Sala",
            "Patient: XXXXXX-XXXX  NN (J.)",
            "=" * W,
            "",
        ]

    def kw(key, value, indent=4):
        """Keyword line: KEY: value, wrapped onto indented lines below."""
        first_width = W - len(key) - 2
        words = value.split()
        lines, cur = [], ""
        limit = first_width
        for w in words:
            if cur and len(cur) + 1 + len(w) > limit:
                lines.append(cur)
                cur = w
                limit = W - indent
            else:
                cur = (cur + " " + w) if cur else w
        if cur:
            lines.append(cur)
        if not lines:
            return [f"{key}:"]
        resultat = [f"{key}: {lines[0]}"]
        resultat += [" " * indent + ln for ln in lines[1:]]
        return resultat

    def kw_below(key, paragraphs, indent=4):
        res = [f"{key}:"]
        for p in paragraphs:
            res += textwrap.wrap(p, W - indent, initial_indent=" " * indent,
                                 subsequent_indent=" " * indent)
        return res

    p1 = header(1)
    p1 += [
        "ANTECKNINGSTYP: Samordnad individuell plan (SIP)",
        "VÅRDENHET: Psykiatriska öppenvårdsmottagningen Sala",
        "DATUM FÖR MÖTE: 2024-11-18 kl. 13.30-15.00",
        "MÖTESPLATS: Socialtjänsten Sala, mötesrum Tallen",
        "",
    ]
    p1 += kw("SYFTE", "Samordning av insatser.")
    p1 += [""]
    p1 += kw("BAKGRUND",
             "34-årig man med schizofreni sedan 2016, behandlas med depåinjektion. "
             "Har under hösten haft ökade psykotiska symtom efter att ha missat två "
             "injektioner i augusti-september. Bor ensam i hyreslägenhet i Sala. Har "
             "hyresskuld om tre månadshyror samt obetalda el- och telefonräkningar, "
             "totalt ca 80 000 kr. Hyresvärden har skickat uppsägningsvarsel. J. har "
             "svårt att öppna post och har inte haft kontakt med socialtjänsten sedan "
             "2022. Ingen sysselsättning.")
    p1 += [""]
    p1 += kw_below("FRÅGESTÄLLNING", [
        "Hur kan J. behålla lägenheten nu när hyresskulden är tre månader och "
        "uppsägningsvarsel har kommit?",
        "Kan J. få stöd i hemmet med post, räkningar och att komma iväg på "
        "injektionerna, och vem ska i så fall hjälpa till med kontakten med "
        "hyresvärden?",
    ])
    p1 += [""]
    p1 += kw_below("PATIENTENS MÅL", [
        "\"Jag vill bo kvar i min lägenhet och slippa ha en massa brev som jag "
        "inte vågar öppna.\"",
    ])
    p1 += [""]
    p1 += kw_below("PATIENTENS DELAKTIGHET", [
        "J. deltog under hela mötet. Han säger att det blir för många nya "
        "människor på en gång och vill helst att samma person från boendestödet "
        "kommer varje gång. Vill inte att hyresvärden ringer honom direkt, "
        "hellre att kontakten går via socialtjänsten. Tycker att injektionerna "
        "hjälper men har svårt att komma ihåg tiderna.",
    ])
    p1 += [""]
    p1 += kw("SAMTYCKE", "Samtycke finns.")
    p1 += [""]
    p1 += kw("DELTAGARE", "J., Maria, Ove, Lena, Patrik")
    p1 += [""]

    p2 = header(2)
    p2 += kw_below("ÅTGÄRDER", [
        "1. Depåinjektion var fjärde vecka, påminnelse via sms dagen före.",
        "2. Boendestöd två gånger per vecka med fokus på post, räkningar och "
        "inköp.",
        "3. Ansökan om ekonomiskt bistånd för hyresskulden, kontakt med "
        "hyresvärden om avbetalningsplan.",
        "4. Genomgång av skulderna och upprättande av budget.",
        "5. Läkarbesök för uppföljning av medicinering och psykiskt mående.",
    ])
    p2 += [""]
    p2 += ["ANSVARIG:"]
    p2 += [""]
    p2 += kw("HUVUDANSVARIG FÖR PLANEN", "Socialtjänsten Sala")
    p2 += [""]
    p2 += kw("UPPFÖLJNING", "Om ca tre månader. Kallelse skickas ut.")
    p2 += [""]
    p2 += kw("BIFOGADE DOKUMENT", "Inga")
    p2 += [""]
    p2 += ["-" * W,
           "Signerad: Maria, sjuksköterska  2024-11-19 09:42",
           "Vidimerad: Ej vidimerad",
           ""]

    text = "\r\n".join(p1) + "\r\n\f" + "\r\n".join(p2) + "\r\n"
    with open(out("01.txt"), "wb") as fh:
        fh.write(text.encode("cp1252"))


# ---------------------------------------------------------------------------
# 02  "SIP vid utskrivning" from a psychiatric ward, HTML -> LibreOffice PDF
# ---------------------------------------------------------------------------

HTML_02 = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8">
<title>SIP vid utskrivning</title>
<style>
 @page { size: A4; margin: 2cm 1.8cm; }
 body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; }
 h1 { font-size: 15pt; margin: 0 0 4pt 0; }
 h2 { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 11pt; background: #dfe7ef; padding: 2pt 4pt; margin: 12pt 0 4pt 0; }
 table { border-collapse: collapse; width: 100%; }
 td, th { border: 1px solid #555; padding: 3pt 4pt; vertical-align: top; }
 th { background: #eeeeee; text-align: left; }
 td.lbl { width: 32%; font-weight: bold; background: #f6f6f6; }
 .top { font-size: 8.5pt; color: #333; border-bottom: 1px solid #999; margin-bottom: 8pt; }
 .small { font-size: 8.5pt; color: #444; }
</style></head><body>
<div class="top">Region Västmanland &nbsp;|&nbsp; Psykiatri &nbsp;|&nbsp; Allmänpsykiatrisk
heldygnsvård avd 51, Västmanlands sjukhus Västerås &nbsp;|&nbsp; Utskrivningsplanering</div>
<h1>SIP vid utskrivning</h1>
<p class="small">Samordnad individuell plan enligt lagen (2017:612) om samverkan vid utskrivning
från sluten hälso- och sjukvård, SoL 2 kap. 7 § och HSL 16 kap. 4 §.</p>

<table border="1" cellspacing="0" cellpadding="4" width="100%">
<tr><td class="lbl">Patient</td><td>S., kvinna 29 år, XXXXXX-XXXX</td></tr>
<tr><td class="lbl">Folkbokförd kommun</td><td>Hallstahammar</td></tr>
<tr><td class="lbl">Inskriven</td><td>2025-01-27</td></tr>
<tr><td class="lbl">Beräknat utskrivningsdatum</td><td>2025-02-14</td></tr>
<tr><td class="lbl">Datum för SIP-möte</td><td>2025-02-11, avd 51 (Teams för kommunens deltagare)</td></tr>
</table>

<h2>Syfte med planen</h2>
<p>Samordnad utskrivning från slutenvården.</p>

<h2>Bakgrund</h2>
<p>S. har recidiverande depression och emotionell instabilitet. Inlagd enligt HSL efter
intox med paracetamol i samband med att hon förlorade jobbet och flyttade från sin sambo.
Bor sedan december i andrahandslägenhet i Hallstahammar. Har haft kontakt med
öppenvårdspsykiatrin sporadiskt under 2024. Under vårdtiden stabiliserad, ny
antidepressiv medicinering insatt. Bedöms utskrivningsklar 2025-02-14.</p>

<h2>Frågeställningar inför mötet</h2>
<table border="1" cellspacing="0" cellpadding="4" width="100%"><tr><td style="height:30pt">&nbsp;</td></tr></table>

<h2>Patientens mål med insatserna</h2>
<table border="1" cellspacing="0" cellpadding="4" width="100%"><tr><td style="height:30pt">&nbsp;</td></tr></table>

<h2>Patientens delaktighet</h2>
<p>Patienten deltog i mötet på avdelningen tillsammans med kontaktperson på avdelningen.</p>

<h2>Samtycke</h2>
<p>Muntligt samtycke till SIP och till informationsöverföring mellan regionen och
Hallstahammars kommun lämnat av patienten till ssk Lovisa 2025-02-10.</p>

<h2>Fast vårdkontakt och samordning</h2>
<table border="1" cellspacing="0" cellpadding="4" width="100%">
<tr><td class="lbl">Fast vårdkontakt (öppenvård)</td><td>Anders, skötare, Allmänpsykiatrisk
öppenvårdsmottagning Västerås</td></tr>
<tr><td class="lbl">Fast vårdkontakt (primärvård)</td><td>Ej aktuellt</td></tr>
<tr><td class="lbl">Samordningsansvarig</td><td>Socialtjänsten Hallstahammar</td></tr>
</table>

<h2>Insatser efter utskrivning</h2>
<table border="1" cellspacing="0" cellpadding="4" width="100%">
<colgroup><col width="180"><col width="150"><col width="140"><col width="72"><col width="72"></colgroup>
<tr><th>Insats</th><th>Ansvarig verksamhet</th><th>Ansvarig person/funktion</th>
<th>Start</th><th>Slut</th></tr>
<tr><td>Läkarbesök för uppföljning av ny medicinering (sertralin), blodtryck och vikt</td>
<td>Allmänpsykiatrisk öppenvårdsmottagning Västerås</td><td>Läkare</td><td>2025-02-25</td><td>Tills vidare</td></tr>
<tr><td>Stödsamtal varje vecka, samt telefonkontakt dagen efter utskrivning</td>
<td>Allmänpsykiatrisk öppenvårdsmottagning Västerås</td><td>Anders, skötare</td><td>2025-02-15</td><td>2025-06-30</td></tr>
<tr><td>DBT-inspirerad färdighetsträning i grupp, bedömningssamtal</td>
<td>Allmänpsykiatrisk öppenvårdsmottagning Västerås</td><td>Psykolog</td><td>2025-03-10</td><td>Tills vidare</td></tr>
<tr><td>Boendestöd två gånger per vecka: struktur, matlagning, ekonomi</td>
<td>Socialpsykiatrin, Hallstahammars kommun</td><td>Boendestödjare</td><td>2025-02-17</td><td>2025-08-31</td></tr>
<tr><td>Utredning av ekonomiskt bistånd för februari och mars, beslut före utskrivning</td>
<td>Individ- och familjeomsorgen Hallstahammar</td><td>Socialsekreterare, försörjningsstöd</td><td>2025-02-12</td><td>2025-03-31</td></tr>
<tr><td>Biståndsbedömning av sysselsättning (träffpunkt/daglig verksamhet socialpsykiatri)</td>
<td>Socialtjänsten Hallstahammar</td><td>Biståndshandläggare</td><td>2025-02-20</td><td>2025-04-30</td></tr>
</table>

<h2>Uppföljning</h2>
<p>Uppföljande SIP-möte 2025-03-18 kl. 13.00 på Socialtjänsten Hallstahammar. Kallelse skickas
av samordningsansvarig.</p>

<h2>Deltagare</h2>
<p>Patienten, sjuksköterska, överläkare, skötare, biståndshandläggare, socialsekreterare.</p>

<p class="small">Planen upprättad 2025-02-11 av ssk Lovisa, avd 51. Kopia till patienten och till
samtliga deltagande verksamheter.</p>
</body></html>
"""


def make_02():
    tmpdir = tempfile.mkdtemp(prefix="f18b-html-")
    src = os.path.join(tmpdir, "sip_vid_utskrivning.html")
    with open(src, "w", encoding="utf-8") as fh:
        fh.write(HTML_02)
    soffice_pdf(src, out("02.pdf"))
    shutil.rmtree(tmpdir, ignore_errors=True)


# ---------------------------------------------------------------------------
# 03  Du-form plan with question headings (docx)
# ---------------------------------------------------------------------------

def make_03():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    a4(sec)
    hp = sec.header.paragraphs[0]
    hp.text = "Arboga kommun · Region Västmanland\tSamordnad individuell plan (SIP)"
    hp.runs[0].font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Din plan – sida ")
    r.font.size = Pt(9)
    page_number_field(fp)

    doc.add_heading("Din SIP – din samordnade plan", level=1)
    p = doc.add_paragraph()
    p.add_run("Till: ").bold = True
    p.add_run("Alva, 16 år")
    p = doc.add_paragraph()
    p.add_run("Datum för mötet: ").bold = True
    p.add_run("2024-10-08")

    doc.add_heading("Varför träffades vi?", level=2)
    doc.add_paragraph(
        "Vi träffades för att göra en gemensam plan för dig, eftersom du har rökt cannabis "
        "nästan varje dag sedan i somras och har varit borta från skolan stora delar av "
        "september. Flera olika verksamheter har kontakt med dig och din mamma, och vi "
        "behöver veta vem som gör vad så att du inte behöver berätta samma sak för alla "
        "och så att du kan komma tillbaka till skolan.")
    p = doc.add_paragraph()
    p.add_run("Det här skulle vi prata om: ").bold = True
    p.add_run("Hur det är för dig just nu.")

    doc.add_heading("Vad vill du?", level=2)
    doc.add_paragraph("Du sa på mötet:")
    q = doc.add_paragraph(
        "”Jag vill klara ettan på gymnasiet och ha kompisar som inte bara hänger och röker. "
        "Och jag vill att mamma ska kunna lita på mig igen.”")
    q.paragraph_format.left_indent = Cm(1)
    q.runs[0].italic = True
    doc.add_paragraph(
        "Du berättade också att du inte vill ha möten på skolan under lektionstid, för då "
        "märker klasskompisarna att du går iväg. Du vill helst träffa samma person på "
        "Mini-Maria varje gång. Du och din mamma var med under hela mötet.")

    doc.add_heading("Får vi prata med varandra om dig?", level=2)
    doc.add_paragraph(
        "Ja, sa du och din mamma på mötet 2024-10-08. Ni skrev också under "
        "samtyckesblanketten samma dag. Samtycket gäller socialtjänsten, Mini-Maria "
        "Västerås och elevhälsan på gymnasieskolan i Arboga. Du kan ta tillbaka ditt "
        "samtycke när du vill.")

    doc.add_heading("Vad ska hända nu?", level=2)
    doc.add_paragraph(
        "Du ska få hjälp att sluta röka på, ett schema som går att klara av, och stöd "
        "hemma så att det blir mindre bråk mellan dig och mamma.")

    doc.add_heading("Vem gör vad?", level=2)
    items = [
        ("Du", "träffar Johanna på Mini-Maria Västerås varje onsdag kl. 15.30 från den 16 "
               "oktober, och lämnar urinprov där varannan vecka."),
        ("Johanna, behandlare på Mini-Maria Västerås", "har samtal med dig (MI och KBT) "
               "varje onsdag från 16 oktober och träffar dig och mamma tillsammans en gång i "
               "månaden."),
        ("Sara, socialsekreterare på ungdomsenheten, socialtjänsten Arboga", "gör en "
               "utredning om familjebehandling och har ett beslut klart senast 15 november."),
        ("Erik, din mentor på gymnasieskolan", "gör ett anpassat schema med kortare dagar "
               "som börjar gälla vecka 43."),
        ("Skolkuratorn", "erbjuder dig samtal på skolan."),
        ("Mamma", "skjutsar dig till Mini-Maria de första fyra gångerna och ringer Erik "
                  "varje måndag för att prata om veckan."),
    ]
    for who, what in items:
        p = doc.add_paragraph(style="List Bullet")
        p.add_run(who + " ").bold = True
        p.add_run(what)

    doc.add_heading("Vem håller ihop din plan?", level=2)
    doc.add_paragraph("Socialtjänsten i Arboga håller ihop din plan.")

    doc.add_heading("När ses vi igen?", level=2)
    p = doc.add_paragraph()
    p.add_run("Datum: ").bold = True
    r = p.add_run("ÅÅÅÅ-MM-DD")
    r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    p.add_run("   ")
    p.add_run("Tid: ").bold = True
    r = p.add_run("…")
    r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    p.add_run("   ")
    p.add_run("Plats: ").bold = True
    r = p.add_run("…")
    r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)

    doc.add_paragraph()
    sm = doc.add_paragraph()
    r = sm.add_run("Om du har frågor om planen kan du ringa till socialtjänsten i Arboga via växeln.")
    r.font.size = Pt(9)
    r.italic = True

    save_docx(doc, out("03.docx"))


# ---------------------------------------------------------------------------
# 04  Meeting minutes in Markdown
# ---------------------------------------------------------------------------

MD_04 = """# Minnesanteckningar – SIP-möte K.

**Datum:** 2024-09-24, kl. 14.00–15.15
**Plats:** Familjeenheten, IFO Köping (BUP deltog via Teams)
**Antecknat av:** Ida, socialsekreterare

## Närvarande

- Mamma (vårdnadshavare)
- Linnea, kurator, VUP – Vårdcentralens ungdomsteam, Vårdcentralen Köping
- Mikael, psykolog, BUP Västerås
- Jesper, mentor åk 7, Västra skolan Köping
- Anna, skolsköterska, elevhälsan Västra skolan Köping
- Ida, socialsekreterare, familjeenheten IFO Köping

Pappa hade förhinder.

## Dagordning

1. Läget sedan förra mötet
2. Skolan
3. Övrigt

## 1. Läget sedan förra mötet

Mamma berättar att K. fortfarande har svårt att komma iväg på morgonen och ofta har ont i
magen från söndag kväll. K. sover dåligt och sitter mycket vid datorn på nätterna. Mamma
berättar att K. tycker att det är jobbigt med mycket folk i matsalen och korridorerna, och
att hon inte vill att klasskompisarna ska få veta att hon går och pratar med någon.

BUP har gjort färdigt sin bedömning: social ångest och inslag av depressiva symtom, ingen
misstanke om NPF i nuläget. Mikael rekommenderar KBT med exponering i små steg, och att
skolan och hemmet gör likadant.

## 2. Skolan

Jesper berättar att K. har varit i skolan 2 hela dagar och 3 halvdagar av de senaste 15
skoldagarna. När hon väl är där fungerar det bra på lektionerna, särskilt i bild och
matte. Skolan har gjort en kartläggning av frånvaron och erbjuder en mindre studieplats
i grupprummet intill biblioteket.

## Överenskomna insatser

- Kurator på VUP träffar K. varannan tisdag från v. 40 (första gången 1/10 kl. 09.00).
- Mikael på BUP startar KBT för social ångest, 12 sessioner, varje torsdag från 2024-10-10.
- Jesper möter K. vid entrén kl. 08.15 måndag–fredag från 30/9 och följer med till grupprummet.
- K. får läsa svenska, engelska och SO i grupprummet med speciallärare under oktober, från 30/9.
- Anna (skolsköterska) bokar hälsosamtal med K. om sömn och mage före höstlovet (v. 43).
- Ida på IFO erbjuder familjebehandling via Familjeteamet Köping, första hembesök senast 2024-10-18.
- Mamma ringer skolan varje fredag och stämmer av veckan med Jesper.
- Mamma och pappa begränsar skärmtiden till kl. 22 på vardagar från och med nu (mamma pratar med pappa i helgen).

## Nästa möte

v. 47. Kallelse skickas ut.
"""


def make_04():
    with open(out("04.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(MD_04)


# ---------------------------------------------------------------------------
# 05  Plan with landscape action table, Word heading styles, FK and god man
# ---------------------------------------------------------------------------

def make_05():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    a4(sec)
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Kungsörs kommun – Region Västmanland\tSIP\tXXXXXX-XXXX"
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = fp.add_run("Sida ")
    r.font.size = Pt(8)
    page_number_field(fp)

    doc.add_heading("Samordnad individuell plan (SIP)", level=0)
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    data = [("Namn", "M-L", "Personnummer", "XXXXXX-XXXX"),
            ("Datum för möte", "2024-10-15", "Plats", "Socialtjänsten Kungsör"),
            ("Typ av möte", "Första SIP-möte", "Planen upprättad av", "Petra, socialsekreterare"),
            ("Ärende", "Vuxenenheten, IFO Kungsör", "", "")]
    for i, row in enumerate(data):
        for j, v in enumerate(row):
            c = t.cell(i, j)
            c.text = v
            if j % 2 == 0:
                if v:
                    c.paragraphs[0].runs[0].bold = True
                set_cell_shading(c, "EDEDED")
    m = t.cell(3, 1).merge(t.cell(3, 3))
    m.text = "Vuxenenheten, IFO Kungsör"

    doc.add_heading("1. Syfte", level=1)
    doc.add_paragraph("Gemensam planering.")

    doc.add_heading("2. Frågeställningar", level=1)
    doc.add_paragraph("")

    doc.add_heading("3. Bakgrund och nuläge", level=1)
    doc.add_paragraph(
        "M-L, 44 år, har bipolär sjukdom typ 1 och har varit sjukskriven på heltid sedan mars "
        "2024 efter ett maniskt skov med inläggning. Hon arbetade tidigare som lokalvårdare i "
        "Kungsörs kommun. Under skovet uppstod skulder (konsumtionslån och obetalda räkningar) "
        "på drygt 200 000 kr. God man förordnades av överförmyndaren i augusti 2024 för att "
        "bevaka rätt och förvalta egendom. M-L bor ensam i bostadsrätt. Hon är nu stabil på "
        "litium men trött, sover mycket och har svårt att få struktur på dagarna. "
        "Sjukpenningen prövas mot normalarbetstid från dag 181.")

    doc.add_heading("4. Den enskildes mål", level=1)
    doc.add_paragraph(
        "Målet är att M-L ska få en stabil ekonomi utan nya skulder och på sikt kunna återgå i "
        "arbete på deltid.")

    doc.add_heading("5. Delaktighet", level=1)
    doc.add_paragraph("M-L var kallad till mötet men kom inte.")

    # Landscape section for the action table
    new = doc.add_section()
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = sec.page_height, sec.page_width
    new.left_margin = new.right_margin = Cm(2)
    doc.add_heading("6. Insatser och aktiviteter", level=1)
    rows = [
        ("Läkarbesök med uppföljning av litiumbehandling, provtagning (s-litium, njur- och "
         "tyreoideaprover) var tredje månad",
         "Läkare, Psykiatriska öppenvårdsmottagningen Köping",
         "Nästa besök 2024-11-12, därefter var 3:e månad",
         "Sjuksköterska, Psykiatriska öppenvårdsmottagningen Köping"),
        ("Boendestöd 2 ggr/vecka: dygnsrytm, måltider, veckoschema",
         "Boendestödjare, Socialpsykiatrin Kungsör",
         "Från 2024-10-21 t.o.m. 2025-04-30",
         "Biståndshandläggare, Socialtjänsten Kungsör"),
        ("Förlängt läkarintyg för sjukpenning",
         "Regionen",
         "",
         "Försäkringskassan"),
        ("Avstämningsmöte om rehabilitering och arbetsförmåga, med arbetsgivaren inbjuden",
         "Handläggare, Försäkringskassan",
         "v. 46, kallelse från FK senast 2024-10-31",
         "Handläggare, Försäkringskassan"),
        ("Betalar löpande räkningar, gör budget med M-L varje månad och ansöker om "
         "skuldsanering hos Kronofogden",
         "God man",
         "Budget från november; ansökan om skuldsanering senast 2024-12-31",
         "Överförmyndaren Kungsör (årsräkning)"),
        ("Samtal om sysselsättning och kontakt med AF när sjukskrivningen trappas ned",
         "Socialsekreterare, Vuxenenheten IFO Kungsör",
         "Start 2025-01-15",
         "Petra, socialsekreterare"),
    ]
    add_table(doc, ["Aktivitet", "Utförare", "Tidsram", "Uppföljs av"], rows,
              widths=[9.0, 6.0, 5.5, 5.0])

    back = doc.add_section()
    back.orientation = WD_ORIENT.PORTRAIT
    back.page_width, back.page_height = new.page_height, new.page_width
    back.left_margin = back.right_margin = Cm(2.2)

    doc.add_heading("7. Huvudansvar för planen", level=1)
    doc.add_paragraph(
        "Petra, socialsekreterare, Vuxenenheten IFO Socialtjänsten Kungsör, är huvudansvarig "
        "och kallar till uppföljning.")

    doc.add_heading("8. Uppföljning", level=1)
    doc.add_paragraph("Nästa SIP-möte 2025-01-21 kl. 10.00, Socialtjänsten Kungsör.")

    doc.add_heading("9. Deltagare", level=1)
    add_table(doc, ["Namn", "Funktion", "Verksamhet"], [
        ("Petra", "Socialsekreterare", "Vuxenenheten IFO, Kungsörs kommun"),
        ("Hanna", "Biståndshandläggare", "Socialtjänsten, Kungsörs kommun"),
        ("Göran", "Boendestödjare", "Socialpsykiatrin, Kungsörs kommun"),
        ("Amir", "Sjuksköterska", "Psykiatriska öppenvårdsmottagningen Köping, Region Västmanland"),
        ("Lisbeth", "Handläggare", "Försäkringskassan"),
        ("Kent", "God man", "Förordnad av Överförmyndaren Kungsör"),
    ], widths=[3.5, 4.5, 8.5], shade="EDEDED")

    save_docx(doc, out("05.docx"))


# ---------------------------------------------------------------------------
# 06  Follow-up plan with "Oförändrat"/"Som tidigare", docx -> LibreOffice PDF
# ---------------------------------------------------------------------------

def make_06():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    a4(sec)
    hp = sec.header.paragraphs[0]
    hp.text = "Norbergs kommun  |  Vård och omsorg\t\tUppföljning SIP"
    for r in hp.runs:
        r.font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    r = fp.add_run("Dokumentet förvaras i akten hos biståndsenheten. Sida ")
    r.font.size = Pt(8)
    page_number_field(fp)

    title = doc.add_paragraph()
    r = title.add_run("UPPFÖLJNING AV SAMORDNAD INDIVIDUELL PLAN")
    r.bold = True
    r.font.size = Pt(14)

    def field(label, value):
        p = doc.add_paragraph()
        r = p.add_run(label)
        r.bold = True
        r.font.small_caps = True
        doc.add_paragraph(value)

    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([
            ("Namn", "Bertil, 86 år"),
            ("Datum för uppföljningsmöte", "2025-04-23"),
            ("Ursprunglig plan upprättad", "2024-11-05")]):
        t.cell(i, 0).text = a
        t.cell(i, 0).paragraphs[0].runs[0].bold = True
        set_cell_shading(t.cell(i, 0), "F2F2F2")
        t.cell(i, 1).text = b
    doc.add_paragraph()

    field("Syfte med planen", "Oförändrat.")
    field("Frågeställningar", "Genomgång av insatserna.")
    field("Den enskildes mål", "Som tidigare.")
    field("Den enskildes delaktighet",
          "Bertil deltog inte i mötet eftersom han fortfarande är trött efter "
          "lunginflammationen i mars och inte orkar sitta med i längre möten. Dottern och "
          "kontaktmannen i hemtjänsten pratade med honom dagen innan. Han tycker att "
          "kvällsbesöken fungerar bra och känns trygga, men vill inte ha fler besök på "
          "förmiddagarna eftersom han sover länge. Han vill inte prata om korttidsboende.")
    field("Samtycke", "Samtycke finns sedan tidigare plan.")
    field("Läget sedan förra mötet",
          "Bertil har haft två fall sedan i vintras, varav ett med besök på akuten utan "
          "fraktur. Minnet har blivit sämre och han glömmer ibland att äta. Han har varit "
          "inneliggande på medicinkliniken Västerås 12–19 mars för lunginflammation. "
          "Dottern upplever att hon behöver ringa honom allt oftare.")

    p = doc.add_paragraph()
    r = p.add_run("Status för insatser enligt tidigare plan")
    r.bold = True
    r.font.small_caps = True
    add_table(doc, ["Insats", "Ansvarig", "Status"], [
        ("Stöd i hemmet", "Kommunen", "Pågår, oförändrat"),
        ("Kontakt med vårdcentralen", "Regionen", "Som tidigare"),
        ("Anhörigstöd", "Kommunen", "Ej påbörjat"),
        ("Hjälpmedel", "", "Klart"),
        ("Läkemedel", "Regionen", "Pågår"),
    ], widths=[6.5, 4.0, 5.5], shade="E7E6E6")
    doc.add_paragraph()

    p = doc.add_paragraph()
    r = p.add_run("Nya eller ändrade insatser")
    r.bold = True
    r.font.small_caps = True
    for txt in [
        "Fortsatt stöd från hemtjänsten vid behov.",
        "Fortsatt kontakt med distriktssköterska.",
        "Se över behov av mer tillsyn.",
    ]:
        doc.add_paragraph(txt, style="List Bullet")

    field("Huvudansvarig för planen", "Oförändrat.")
    field("Andra aktörer", "Dottern är delaktig.")
    field("Nästa uppföljning", "I höst.")
    field("Deltagare vid mötet",
          "Dotter, biståndshandläggare, distriktssköterska, kontaktman hemtjänst, "
          "arbetsterapeut.")

    tmpdir = tempfile.mkdtemp(prefix="f18b-docx-")
    src = os.path.join(tmpdir, "uppfoljning_sip.docx")
    save_docx(doc, src)
    soffice_pdf(src, out("06.pdf"))
    shutil.rmtree(tmpdir, ignore_errors=True)


# ---------------------------------------------------------------------------
# 07  NOT a plan: a home health care unit's own care plan
# ---------------------------------------------------------------------------

def make_07():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    a4(sec)
    hp = sec.header.paragraphs[0]
    hp.text = "Surahammars kommun – Hemsjukvården\tOmvårdnadsdokumentation"
    for r in hp.runs:
        r.font.size = Pt(9)

    doc.add_heading("Omvårdnadsplan – hemsjukvården", level=1)
    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([
            ("Patient", "Gun, 79 år, XXXXXX-XXXX"),
            ("Enhet", "Hemsjukvården Surahammar, distrikt öst"),
            ("Omvårdnadsansvarig sjuksköterska", "Karolina, distriktssköterska"),
            ("Upprättad", "2025-01-09"),
            ("Senast reviderad", "2025-02-06")]):
        t.cell(i, 0).text = a
        t.cell(i, 0).paragraphs[0].runs[0].bold = True
        t.cell(i, 1).text = b
    doc.add_paragraph()

    doc.add_heading("Omvårdnadsanamnes", level=2)
    doc.add_paragraph(
        "Gun har diabetes typ 2 med insulinbehandling, hjärtsvikt och ett venöst bensår på "
        "vänster underben sedan november 2024. Bor ensam i lägenhet, har hemtjänst morgon "
        "och kväll. Inskriven i hemsjukvården 2025-01-08 för sårvård, insulin och "
        "läkemedelshantering. Ordinationer från läkare på Vårdcentralen Surahammar.")

    doc.add_heading("Omvårdnadsbehov, mål och åtgärder", level=2)
    add_table(doc, ["Sökord / problem", "Mål", "Åtgärder", "Utförs av", "Utvärdering"], [
        ("Hud/sår: venöst bensår vä underben, 3x4 cm, vätskande",
         "Såret minskat i storlek till 2025-03-01, läkt inom 3 mån",
         "Omläggning enl. sårvårdsordination 3 ggr/v (mån, ons, fre). Kompression. "
         "Sårfoto varannan vecka.",
         "Sjuksköterska / undersköterska med delegering",
         "2025-03-01"),
        ("Nutrition: minskad aptit, vikt ned 3 kg sedan okt",
         "Bibehållen vikt",
         "Vägning 1 g/v. Kosttillägg 2 ggr/dag enligt ordination. Mat- och vätskelista 3 dygn.",
         "Undersköterska hemsjukvård",
         "2025-02-20"),
        ("Läkemedel: insulin och dosett",
         "Rätt läkemedel i rätt tid, inga hypoglykemier",
         "Insulin ges av delegerad personal morgon. Blodsocker mäts 2 ggr/v. Dosett delas "
         "varannan vecka av ssk.",
         "Sjuksköterska, delegerad personal",
         "Löpande, avvikelser rapporteras"),
        ("Cirkulation: hjärtsvikt, bensvullnad",
         "Stabil vikt, ingen andfåddhet i vila",
         "Vikt och ödemkontroll i samband med såromläggning. Kontakt med ssk vid viktökning "
         "> 2 kg på 3 dygn.",
         "Sjuksköterska",
         "2025-03-01"),
    ], widths=[3.3, 3.2, 5.5, 2.8, 2.2])
    doc.add_paragraph()

    doc.add_heading("Riskbedömningar", level=2)
    doc.add_paragraph("Senior alert 2025-01-09: risk för trycksår (Norton 23), risk för "
                      "undernäring (MNA 20). Fallrisk: låg, rollator inomhus.")
    doc.add_heading("Patientens synpunkter", level=2)
    doc.add_paragraph("Gun vill helst ha omläggning före kl. 11 och vill inte ha besök av "
                      "okänd personal när det går att undvika.")
    doc.add_heading("Signering", level=2)
    doc.add_paragraph("Karolina, distriktssköterska, hemsjukvården Surahammar, 2025-02-06")
    save_docx(doc, out("07.docx"))


# ---------------------------------------------------------------------------
# 08  School template drawn with fpdf2
# ---------------------------------------------------------------------------

class SchoolPDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "B", 9)
        self.set_text_color(30, 60, 110)
        self.cell(0, 5, "Skinnskattebergs kommun – Barn- och utbildningsförvaltningen",
                  new_x="LMARGIN", new_y="NEXT")
        self.set_font("DejaVu", "", 8)
        self.set_text_color(60, 60, 60)
        self.cell(120, 4, "Elevhälsan · Mall SIP skola v. 3 (2023)")
        self.cell(0, 4, f"Sida {self.page_no()} ({{nb}})", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(30, 60, 110)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(4)
        self.set_text_color(0, 0, 0)
        self.set_draw_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, "Sekretess enligt OSL 23 kap. 2 § och 26 kap. 1 §. Förvaras i elevhälsans "
                        "journal.", align="C")


def make_08():
    pdf = SchoolPDF(format="A4")
    pdf.set_creation_date(datetime.datetime(2025, 3, 5, 8, 30, tzinfo=datetime.timezone.utc))
    pdf.set_title("SIP skola")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(15, 12, 15)
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin

    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 8, "Samordnad individuell plan (SIP) – skola", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)

    def box(label, text, w=None, h=None, x=None, newline=True):
        """Label above a bordered box; text wrapped inside."""
        w = w or W
        x = pdf.l_margin if x is None else x
        y0 = pdf.get_y()
        pdf.set_xy(x, y0)
        pdf.set_font("DejaVu", "B", 8)
        pdf.set_fill_color(225, 232, 242)
        pdf.cell(w, 5, label, border=0, fill=True)
        pdf.set_xy(x, y0 + 5)
        pdf.set_font("DejaVu", "", 9.5)
        lines = pdf.multi_cell(w - 3, 4.8, text, dry_run=True, output="LINES") if text else []
        need = max(h or 0, 4.8 * max(len(lines), 1) + 3)
        pdf.rect(x, y0 + 5, w, need)
        if text:
            pdf.set_xy(x + 1.5, y0 + 6.5)
            pdf.multi_cell(w - 3, 4.8, text, align="L")
        end = y0 + 5 + need
        if newline:
            pdf.set_xy(pdf.l_margin, end + 3)
        return end

    half = (W - 4) / 2
    y = pdf.get_y()
    box("Elevens namn", "Noah", w=half, newline=False)
    pdf.set_xy(pdf.l_margin + half + 4, y)
    end = box("Personnummer", "ÅÅMMDD-XXXX", w=half, x=pdf.l_margin + half + 4, newline=False)
    pdf.set_xy(pdf.l_margin, end + 3)
    y = pdf.get_y()
    box("Skola och klass", "Skinnskattebergs skola, åk 4B", w=half, newline=False)
    pdf.set_xy(pdf.l_margin + half + 4, y)
    end = box("Datum för mötet", "2025-03-04", w=half, x=pdf.l_margin + half + 4, newline=False)
    pdf.set_xy(pdf.l_margin, end + 3)

    box("Närvarande",
        "Noah (första halvtimmen), Sara, Mattias, Karin, Leila, Johan, Mona")

    box("Bakgrund",
        "Noah är 10 år och fick diagnosen ADHD på BUP Västerås i januari 2025. Han har "
        "under hösten haft många konflikter på rasterna och lämnar ofta klassrummet när "
        "det blir stökigt. Hemma fungerar morgnarna dåligt. Medicinering med metylfenidat "
        "påbörjades i februari. Socialtjänsten har beviljat föräldrastöd.")

    box("Syfte med SIP",
        "Skolan, BUP och socialtjänsten behöver planera tillsammans så att Noah får samma "
        "stöd och bemötande i skolan och hemma, och så att han kan stanna kvar i "
        "klassrummet och få fungerande raster nu när medicineringen har startat.")

    box("Frågeställningar inför mötet", "", h=14)

    box("Elevens röst",
        "Noah var med första halvtimmen tillsammans med mamma och pappa. Han sa: ”Jag vill "
        "kunna vara kvar i klassrummet hela lektionen och inte bli arg när någon tar min "
        "plats.” Han tycker att det är bäst när han vet vad som ska hända, och han vill ha "
        "en egen plats längst fram vid fönstret. På rasten vill han spela fotboll men inte "
        "när det är för många.")

    pdf.set_font("DejaVu", "B", 8)
    pdf.set_fill_color(225, 232, 242)
    pdf.cell(W, 5, "Samtycke", fill=True, new_x="LMARGIN", new_y="NEXT")
    y0 = pdf.get_y()
    pdf.rect(pdf.l_margin, y0, W, 9)
    pdf.set_xy(pdf.l_margin + 1.5, y0 + 2)
    pdf.set_font("DejaVu", "", 9.5)
    pdf.cell(0, 5, "☐ Skriftligt samtycke från vårdnadshavare      ☐ Muntligt samtycke      "
                   "Datum: ____________")
    pdf.set_xy(pdf.l_margin, y0 + 12)

    # Interventions table, continued on next page with repeated header
    cols = [("Insats", 0.34), ("Vem", 0.24), ("När", 0.16), ("Hur följer vi upp?", 0.26)]
    widths = [W * f for _, f in cols]

    def table_header():
        pdf.set_font("DejaVu", "B", 8.5)
        pdf.set_fill_color(200, 212, 230)
        for (name, _), w in zip(cols, widths):
            pdf.cell(w, 6, name, border=1, fill=True)
        pdf.ln(6)
        pdf.set_font("DejaVu", "", 8.5)

    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 6, "Insatser", new_x="LMARGIN", new_y="NEXT")
    table_header()
    rows = [
        ("Fast plats längst fram, bildschema för dagen på bänken och förvarning vid "
         "förändringar", "Klasslärare/mentor", "Från v. 11",
         "Mentor stämmer av i elevhälsoteamet varannan vecka"),
        ("Vuxen med på rasterna: strukturerad rastaktivitet (fotboll i liten grupp) "
         "tisdag och torsdag", "Fritidspedagog, fritidshemmet", "Från 2025-03-11",
         "Fritidspedagogen för enkel rastlogg, tas upp i EHT"),
        ("Samtal med skolkurator om ilska och strategier, 6 gånger",
         "Skolkurator, elevhälsan", "Tisdagar kl. 10.00 från 2025-03-11",
         "Kuratorn återkopplar till mentor efter 6 ggr"),
        ("Uppföljning av medicinering, dos och biverkningar",
         "Läkare, BUP Västerås", "2025-03-26",
         "BUP skickar skattningsskala till skolan före besöket"),
        ("Skattning av koncentration i klassrummet (SNAP-IV lärarversion)",
         "Klasslärare", "Före 2025-03-21",
         "Skickas till BUP, skolsköterskan ansvarar"),
        ("Föräldrastöd: ADHD-anpassat föräldraprogram (8 träffar)",
         "Familjestödet, Socialtjänsten Skinnskatteberg", "Start 2025-04-02",
         "Familjebehandlare gör utvärdering efter sista träffen"),
        ("Utredning om hjälpmedel (tyngdtäcke, timer) och anpassning hemma",
         "Arbetsterapeut, BUP Västerås", "April 2025",
         "Arbetsterapeuten återkopplar i SIP-uppföljningen"),
        ("Skolsköterskan följer upp sömn, aptit och vikt efter medicinstart",
         "Skolsköterska, elevhälsan", "Var 4:e vecka från v. 12",
         "Skolsköterskan rapporterar till BUP vid viktnedgång"),
    ]
    line_h = 4.4
    for row in rows:
        nlines = max(len(pdf.multi_cell(w - 2, line_h, txt, dry_run=True, output="LINES"))
                     for txt, w in zip(row, widths))
        h = nlines * line_h + 2
        if pdf.get_y() + h > pdf.h - pdf.b_margin:
            pdf.add_page()
            pdf.set_font("DejaVu", "B", 10)
            pdf.cell(0, 6, "Insatser (forts.)", new_x="LMARGIN", new_y="NEXT")
            table_header()
        y = pdf.get_y()
        x = pdf.l_margin
        for txt, w in zip(row, widths):
            pdf.rect(x, y, w, h)
            pdf.set_xy(x + 1, y + 1)
            pdf.multi_cell(w - 2, line_h, txt, align="L")
            x += w
        pdf.set_xy(pdf.l_margin, y + h)
    pdf.ln(4)

    box("Samordningsansvarig", "Rektor")
    box("Uppföljning av SIP", "Nästa SIP-möte 2025-05-13 kl. 14.00 i skolans konferensrum.")

    pdf.output(out("08.pdf"))


def main():
    os.makedirs(OUT, exist_ok=True)
    make_01()
    make_02()
    make_03()
    make_04()
    make_05()
    make_06()
    make_07()
    make_08()
    print("done:", sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()
