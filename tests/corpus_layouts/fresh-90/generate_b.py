#!/usr/bin/env python
"""Generate the f90b batch of fictional SIP plans (Region Skåne, 2025).

Run with /work/batches/.venv/bin/python generate.py
Deterministic: fixed texts and dates, no randomness.
"""
import os
import shutil
import subprocess
import datetime
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
BUILD = os.path.join(HERE, "build")
LO_PROFILE = "file:///tmp/lo-f90b"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def soffice_pdf(src, outdir):
    subprocess.run(
        ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
         "--convert-to", "pdf", "--outdir", outdir, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        timeout=300)


FIXED_DT = datetime.datetime(2025, 1, 1, 12, 0, 0)


def fix_props(doc, author):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1


def normalize_docx(path):
    """Rewrite the .docx zip with fixed entry timestamps (byte-stable output)."""
    import zipfile
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_cell_width(cell, cm):
    cell.width = Cm(cm)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def wrap(text, width=76, indent=""):
    out = []
    for para in text.split("\n"):
        if not para.strip():
            out.append("")
            continue
        out.extend(textwrap.wrap(para, width=width, initial_indent=indent,
                                 subsequent_indent=indent) or [""])
    return "\n".join(out)


# ---------------------------------------------------------------------------
# 01 .docx – record-system export, every field a one-row two-cell table
# ---------------------------------------------------------------------------
def plan01():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(9.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hp.text = "Samsyn Skåne – Journalutskrift\tSIP-plan\tUtskriven 2025-03-05 09:42"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = ("Utskriften är en kopia av uppgifter i Samsyn Skåne. "
               "Signerad av socialsekreterare, Vuxenenheten Malmö stad, 2025-03-05.")
    fp.runs[0].font.size = Pt(7.5)

    p = doc.add_paragraph()
    r = p.add_run("Samordnad individuell plan (SIP)")
    r.bold = True
    r.font.size = Pt(14)
    p = doc.add_paragraph()
    r = p.add_run("Dokumenttyp: SIP – plan   Status: Signerad   Dokument-id: 000418-SIP")
    r.font.size = Pt(8)
    r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)

    fields = [
        ("Namn", "R."),
        ("Personnummer", "ÅÅMMDD-XXXX"),
        ("Datum för SIP-möte", "2025-03-04 kl. 13.00–14.30"),
        ("Plats", "Psykosmottagningen Malmö, Region Skåne"),
        ("Deltagare",
         "R.\n"
         "Sara, socialsekreterare, Vuxenenheten, Malmö stad\n"
         "Ahmed, case manager, Psykosmottagningen Malmö, Region Skåne\n"
         "Helena, sjuksköterska, Psykosmottagningen Malmö, Region Skåne\n"
         "Mikael, budget- och skuldrådgivare, Budget- och skuldrådgivningen, Malmö stad"),
        ("Syfte",
         "Syftet med SIP är att samordna den psykiatriska behandlingen och "
         "socialtjänstens stöd så att R. kan behålla sin lägenhet och få ordning "
         "på hyresskulden, som har lett till en varning om uppsägning. R. har "
         "insjuknat i psykos två gånger under 2024, båda gångerna efter att han "
         "slutat med sin medicin i en period när ekonomin var ohållbar."),
        ("Frågeställningar", ""),
        ("Den enskildes mål", ""),
        ("Den enskildes delaktighet", "R. deltog under hela mötet."),
        ("Samtycke", ""),
        ("Insatser – vad, vem, när",
         "1. Depåinjektion var tredje vecka och läkemedelsuppföljning. "
         "Ansvarig: sjuksköterska, Psykosmottagningen Malmö. Pågår, nästa injektion 2025-03-11.\n"
         "2. Case management: hembesök varannan vecka, hjälp med kontakter, post och "
         "påminnelser om besök. Ansvarig: case manager, Psykosmottagningen Malmö. Fr.o.m. v. 11.\n"
         "3. Boendestöd två gånger i veckan (struktur i vardagen, städning, inköp). "
         "Ansvarig: boendestödjare, Vuxenenheten Malmö stad. Start 2025-03-17.\n"
         "4. Genomgång av skulder och upprättande av budget. Ansvarig: budget- och "
         "skuldrådgivare, Budget- och skuldrådgivningen Malmö stad. Första besök 2025-03-18.\n"
         "5. Utredning av ekonomiskt bistånd till hyresskulden. Ansvarig: kommunen."),
        ("Övriga aktörers insatser", ""),
        ("Huvudansvarig för planen", "Socialtjänsten Malmö"),
        ("Uppföljning",
         "Uppföljande SIP-möte 2025-05-20 kl. 13.00 på Psykosmottagningen Malmö."),
    ]
    assert len(fields) == 14
    for label, value in fields:
        t = doc.add_table(rows=1, cols=2)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        c0, c1 = t.rows[0].cells
        set_cell_width(c0, 4.5)
        set_cell_width(c1, 12.5)
        shade(c0, "E7E6E6")
        c0.paragraphs[0].text = ""
        rr = c0.paragraphs[0].add_run(label)
        rr.bold = True
        lines = value.split("\n") if value else [""]
        c1.paragraphs[0].text = lines[0]
        for ln in lines[1:]:
            c1.add_paragraph(ln)
        sp = doc.add_paragraph()
        sp.paragraph_format.space_after = Pt(0)
        sp.paragraph_format.space_before = Pt(0)
        sp.paragraph_format.line_spacing = Pt(6)
    fix_props(doc, "Samsyn Skåne")
    doc.save(os.path.join(OUT, "f90b-01.docx"))
    normalize_docx(os.path.join(OUT, "f90b-01.docx"))


# ---------------------------------------------------------------------------
# 02 .pdf – web page print, left column of anchors repeated on each page
# ---------------------------------------------------------------------------
NAV = ["Syfte", "Frågor", "Mål", "Synpunkter", "Insatser", "Huvudansvar", "Uppföljning"]


def nav_cell(active):
    items = []
    for n in NAV:
        if n in active:
            items.append(f'<p style="margin:0 0 6pt 0"><b><a href="#{n}">» {n}</a></b></p>')
        else:
            items.append(f'<p style="margin:0 0 6pt 0"><a href="#{n}">{n}</a></p>')
    return ('<td width="22%" valign="top" bgcolor="#EEF2F6" '
            'style="border-right:1px solid #9AA8B8;padding:8pt">'
            '<p style="margin:0 0 8pt 0"><font size="2" color="#444444">'
            'PLANENS DELAR</font></p>' + "".join(items) +
            '<p style="margin-top:14pt"><font size="1" color="#666666">'
            '↑ Till början</font></p></td>')


def page_top(n, total):
    return (
        '<table width="100%" cellpadding="4" cellspacing="0" bgcolor="#1F4E79">'
        '<tr><td><font color="#FFFFFF"><b>SIP webb</b> · Region Skåne och Skånes kommuner</font></td>'
        f'<td align="right"><font color="#FFFFFF" size="2">Utskrift 2025-09-01 14:12 · Sida {n} av {total}</font></td></tr>'
        '</table>'
        '<p style="margin:4pt 0 6pt 0"><font size="2" color="#333333">'
        'sipwebb.skane.example/plan/48213 · Plan: SIP för E. (ÅÅMMDD-XXXX) · '
        'Status: Fastställd · Mötesdatum 2025-08-28 · Senast ändrad av: socialsekreterare, '
        'Socialtjänsten Lund</font></p>'
    )


def plan02():
    pages = []
    p1 = """
<h2 id="Syfte"><a name="Syfte"></a>Syfte</h2>
<p>Samordning av insatser.</p>
<h2 id="Frågor"><a name="Frågor"></a>Frågor</h2>
<ul>
<li>Hur kan E. få stöd att minska sitt cannabisbruk samtidigt som han kommer
tillbaka till skolan efter sommarlovet?</li>
<li>Vem ansvarar för provtagning (urinprov) och hur ska provsvaren återkopplas till
socialtjänsten?</li>
<li>Kan skolan erbjuda anpassad studiegång under hösten så att E. inte tappar fler
kurser i år 2?</li>
</ul>
<h2 id="Mål"><a name="Mål"></a>Mål</h2>
<p>E. sa till sin socialsekreterare inför mötet: <i>”Jag vill sluta röka på och ta
studenten med min klass. Jag vill inte hålla på så här ett år till.”</i></p>
<h2 id="Synpunkter"><a name="Synpunkter"></a>Synpunkter</h2>
<p>E. kom inte till mötet. Socialsekreteraren träffade honom 2025-08-26 och han
berättade då att han inte vill ha kontakt med BUP igen, eftersom han tycker att
det inte hjälpte förra gången. Han kan tänka sig att gå till Maria Ungdom om han
får tider på eftermiddagen efter skolan, och han vill helst ha samma behandlare
hela tiden.</p>
"""
    p2 = """
<h2 id="Insatser"><a name="Insatser"></a>Insatser</h2>
<table width="100%" border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
<tr bgcolor="#DCE6F0"><th align="left" width="40%">Insats</th><th align="left" width="31%">Ansvarig</th><th align="left" width="29%">När</th></tr>
<tr><td>Öppenvårdsbehandling för unga med missbruk: motiverande samtal och CRA-A, en gång i veckan</td>
<td>Behandlare, Öppenvården Ungdom, Socialtjänsten Lund</td><td>Start 2025-09-08, måndagar kl. 15.30</td></tr>
<tr><td>Bedömning av cannabisbruket och urinprov varannan vecka</td>
<td>Sjuksköterska, Maria Ungdom Lund (Region Skåne)</td><td>2025-09-03 (första besök)</td></tr>
<tr><td>Återkoppling av provsvar till socialsekreteraren</td>
<td>Sjuksköterska, Maria Ungdom Lund</td><td>Efter varje prov, senast dagen efter</td></tr>
<tr><td>Anpassad studiegång med reducerat schema under höstterminen, plan för att ta igen kursen i matematik</td>
<td>Mentor och specialpedagog, gymnasieskolan, Lunds kommun</td><td>Fr.o.m. 2025-09-01</td></tr>
<tr><td>Uppföljning av frånvaro, kontakt med socialsekreteraren vid ogiltig frånvaro</td>
<td>Mentor, gymnasieskolan, Lunds kommun</td><td>Varje fredag fr.o.m. v. 36</td></tr>
</table>
<h2 id="Huvudansvar"><a name="Huvudansvar"></a>Huvudansvar</h2>
<p>Maja, socialsekreterare, Ungdomsenheten, Socialtjänsten Lund.</p>
<h2 id="Uppföljning"><a name="Uppföljning"></a>Uppföljning</h2>
<p>Uppföljning planeras till vecka 42. Kallelse skickas ut via SIP webb.</p>
<p style="margin-top:24pt"><font size="2" color="#666666">Planen är fastställd i SIP webb.
Ändringar görs av huvudansvarig. Utskriften är inte uppdaterad efter utskriftstillfället.</font></p>
"""
    p3 = p2[p2.index('<h2 id="Huvudansvar"'):]
    p2 = p2[:p2.index('<h2 id="Huvudansvar"')]
    active = [["Syfte", "Frågor", "Mål", "Synpunkter"], ["Insatser"],
              ["Huvudansvar", "Uppföljning"]]
    body = []
    for i, (content, act) in enumerate(zip([p1, p2, p3], active), start=1):
        if i > 1:
            body.append('<p style="page-break-before: always; margin:0"></p>')
        body.append(page_top(i, 3) +
                    '<table width="100%" cellpadding="0" cellspacing="0"><tr>' +
                    nav_cell(act) +
                    '<td width="3%"></td>'
                    '<td width="75%" valign="top">' + content +
                    '</td></tr></table>')
    html = ('<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8">'
            '<title>SIP för E. – SIP webb</title>'
            '<style>body{font-family:"DejaVu Sans",Arial,sans-serif;font-size:10.5pt}'
            'h2{font-size:12pt;color:#1F4E79;margin:12pt 0 4pt 0;padding:0}'
            '@media screen{nav{position:sticky;top:0}}</style></head><body>' +
            "".join(body) + '</body></html>')
    os.makedirs(BUILD, exist_ok=True)
    src = os.path.join(BUILD, "f90b-02.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html)
    soffice_pdf(src, BUILD)
    shutil.copy(os.path.join(BUILD, "f90b-02.pdf"), os.path.join(OUT, "f90b-02.pdf"))


# ---------------------------------------------------------------------------
# 03 .txt (UTF-8, LF) – minutes with § paragraphs
# ---------------------------------------------------------------------------
def plan03():
    W = 74
    L = []
    L.append("PROTOKOLL FÖRT VID SIP-MÖTE")
    L.append("=" * 27)
    L.append("")
    L.append("Datum:  2025-04-15, kl. 13.00-14.15")
    L.append("Plats:  G:s bostad, Ystad")
    L.append("Ärende: Samordnad individuell plan (SIP) för G., 84 år")
    L.append("")
    def par(head, body):
        L.append(head)
        L.append("")
        L.append(wrap(body, W))
        L.append("")
    par("§ 1 Mötets öppnande",
        "Mötet öppnades kl. 13.00 i G:s kök. Deltagarna presenterade sig och "
        "G. hälsade alla välkomna. Mötet hålls hemma hos G. eftersom han ännu "
        "inte kan ta sig ut på egen hand.")
    L.append("§ 2 Närvarande")
    L.append("")
    for ln in [
        "G., den enskilde",
        "Anna, biståndshandläggare, Myndighetsenheten äldreomsorg, Ystads kommun",
        "Maria, sjuksköterska, Hemsjukvården, Ystads kommun",
        "Erik, fysioterapeut, Rehabenheten, Ystads kommun",
        "Lina, distriktsläkare, Vårdcentralen Ystad, Region Skåne",
        "Yvonne, enhetschef, Hemtjänsten Ystad centrum, Ystads kommun",
    ]:
        L.append("  " + ln)
    L.append("")
    par("§ 3 Syfte",
        "Syftet med mötet är att G., som kom hem från Ystads lasarett "
        "2025-04-08 efter operation för höftfraktur, ska få en samordnad "
        "planering för rehabilitering, hemtjänst och läkemedel, så att han kan "
        "bo kvar hemma på ett tryggt sätt och inte faller igen. G. föll i "
        "hallen i mars och låg på golvet i flera timmar innan han hittades.")
    par("§ 4 Frågeställningar",
        "Diskutera läget efter hemgången.")
    par("§ 5 G:s synpunkter och mål",
        "G. är tydlig med att han inte vill flytta till särskilt boende. Han "
        "tycker att hemtjänsten kommer för tidigt på morgonen, före kl. 7, och "
        "önskar att morgonbesöket flyttas till efter kl. 8. Han vill helst "
        "duscha på kvällen. Målet är att G. ska kunna röra sig säkert inomhus "
        "med rollator och på sikt gå kortare promenader utomhus.")
    par("§ 6 Nuläge",
        "G. går med rollator inomhus men är osäker vid vändningar och i "
        "badrummet. Såret är läkt. Han har tappat i vikt under vårdtiden och "
        "äter dåligt när han är ensam. Han tar blodtrycksmedicin och har "
        "sömntabletter sedan många år, vilket Lina bedömer ökar fallrisken. "
        "Hemtjänst finns sedan utskrivningen morgon och kväll.")
    L.append("§ 7 Insatser och ansvar")
    L.append("")
    items = [
        "Hemrehabilitering med gångträning och träningsprogram tre gånger i "
        "veckan under sex veckor. Ansvarig: Erik, fysioterapeut, Rehabenheten "
        "Ystads kommun. Start 2025-04-17.",
        "Bedömning av hjälpmedel i badrum och hall (toalettförhöjning, "
        "duschpall, griptång). Ansvarig: arbetsterapeut, Rehabenheten Ystads "
        "kommun. Hembesök 2025-04-22.",
        "Hemtjänst morgon och kväll, hjälp med dusch två kvällar i veckan, "
        "morgonbesöket flyttas till efter kl. 8. Ansvarig: Yvonne, enhetschef "
        "Hemtjänsten Ystad centrum. Fr.o.m. 2025-04-22.",
        "Läkemedelsgenomgång med särskild inriktning på sömntabletter och "
        "blodtryck. Ansvarig: Lina, distriktsläkare, Vårdcentralen Ystad. "
        "2025-05-06.",
        "Veckovis dosettdelning och viktkontroll. Ansvarig: Maria, "
        "sjuksköterska, Hemsjukvården Ystads kommun. Onsdagar fr.o.m. "
        "2025-04-16.",
        "Trygghetslarm installeras. Ansvarig: kommunen.",
    ]
    for it in items:
        w = textwrap.wrap(it, W - 4)
        L.append("  - " + w[0])
        for x in w[1:]:
            L.append("    " + x)
    L.append("")
    par("§ 8 Övriga frågor",
        "Samtycke finns. Inga övriga frågor togs upp.")
    par("§ 9 Nästa möte",
        "Nästa SIP-möte hålls om cirka sex veckor, när hemrehabiliteringen är "
        "avslutad. Kallelse skickas ut.")
    L.append("Mötet avslutades kl. 14.15.")
    L.append("")
    L.append("Vid protokollet:  Anna, biståndshandläggare")
    L.append("Justeras:         G.")
    L.append("")
    txt = "\n".join(L)
    with open(os.path.join(OUT, "f90b-03.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(txt)


# ---------------------------------------------------------------------------
# 04 .md – nested list of measures under each actor
# ---------------------------------------------------------------------------
def plan04():
    md = """# SIP – J.

**Datum:** 2025-02-11
**Plats:** Vuxenhabiliteringen Helsingborg

## Bakgrund

J. är 20 år och har autism och en lindrig intellektuell funktionsnedsättning.
Han gick ut anpassade gymnasieskolan i juni 2024 och har sedan dess mest varit
hemma i lägenheten hos sin pappa. Under hösten har han haft perioder med stark
ångest, vänt på dygnet och slutat gå ut. Han har kontaktperson enligt LSS sedan
2022. Ansökan om aktivitetsersättning är inskickad till Försäkringskassan.

## J:s delaktighet

J. var med på mötet den första halvtimmen och gick sedan hem.

## Mål

Målet är att J. ska ha en meningsfull sysselsättning på dagtid, en fungerande
dygnsrytm och mindre ångest.

## Samtycke

Skriftligt samtycke lämnades av J. 2025-02-11 på blanketten *Samtycke till SIP*.

## Insatser

- **LSS-handläggare, Helsingborgs stad**
  - Utredning och beslut om daglig verksamhet – klart senast 2025-03-14
  - Utökad kontaktperson, två tillfällen per vecka – fr.o.m. 2025-03-01
- **Daglig verksamhet Ateljé Norr, Helsingborgs stad**
  - Studiebesök tillsammans med kontaktpersonen – 2025-03-20
  - Introduktion två förmiddagar i veckan – fr.o.m. april 2025
- **Vuxenhabiliteringen Helsingborg, Region Skåne**
  - Arbetsterapeut: bedömning av dygnsrytm, bildstöd för veckoschema – feb–mars 2025
  - Psykolog: samtal om ångest, sex tillfällen – start 2025-02-25
- **Vuxenpsykiatrin Helsingborg, Region Skåne**
  - Läkarbesök, utvärdering av sömnmedicin – 2025-03-05
  - Läkarutlåtande till Försäkringskassan – skickas senast 2025-02-28
- **Försäkringskassan**
  - Handlägger ansökan om aktivitetsersättning
  - Prövar om J. har rätt till merkostnadsersättning
- **Pappa (Thomas)**
  - Följer med J. till läkarbesöket på psykiatrin – 2025-03-05
  - Hjälper J. att hålla veckoschemat med bildstöd hemma – fr.o.m. mars 2025

## Huvudansvar

Kommunen (Helsingborgs stad) har huvudansvaret för planen.

---
*Anteckningar skrivna i anslutning till mötet. Bildstödet mejlas till pappa av arbetsterapeuten.*
"""
    with open(os.path.join(OUT, "f90b-04.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ---------------------------------------------------------------------------
# 05 .docx – older woman with dementia, partly written by her daughter
# ---------------------------------------------------------------------------
def plan05():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    hp = sec.header.paragraphs[0]
    hp.text = "Kristianstads kommun · Region Skåne\tSamordnad individuell plan"
    hp.runs[0].font.size = Pt(8)
    doc.add_heading("Samordnad individuell plan – I., 86 år", level=0)

    info = doc.add_table(rows=3, cols=2)
    info.style = "Table Grid"
    for i, (a, b) in enumerate([
        ("Datum för mötet", "2025-05-13"),
        ("Plats", "Vårdcentralen Kristianstad, samtalsrummet"),
        ("Personnummer", "ÅÅMMDD-XXXX"),
    ]):
        info.cell(i, 0).text = a
        info.cell(i, 1).text = b
        info.cell(i, 0).paragraphs[0].runs[0].bold = True
        shade(info.cell(i, 0), "F2F2F2")

    doc.add_heading("Deltagare", level=1)
    doc.add_paragraph(
        "Biståndshandläggare, distriktssköterska, hemtjänstpersonal, "
        "arbetsterapeut och dottern Karin.")

    doc.add_heading("Bakgrund", level=1)
    doc.add_paragraph(
        "I. är 86 år och bor ensam i sitt hus utanför Kristianstad. Hon fick "
        "diagnosen Alzheimers sjukdom 2023 på minnesmottagningen och har "
        "hemtjänst tre gånger om dagen sedan hösten 2024. Under våren har hon "
        "flera gånger glömt kvällsmedicinen eller tagit den två gånger, och i "
        "mars hittades hon av en granne på väg mot busshållplatsen sent på "
        "kvällen. Hon äter oregelbundet när hon är ensam. Dottern Karin bor i "
        "Lund och är hos henne varannan helg.")

    doc.add_heading("Syfte med planen", level=1)
    doc.add_paragraph(
        "Syftet är att I. ska kunna bo kvar hemma tryggt så länge som möjligt, "
        "med säker läkemedelshantering och regelbundna måltider, och att "
        "hemtjänsten, hemsjukvården, vårdcentralen, minnesmottagningen och "
        "familjen arbetar efter samma plan.")

    doc.add_heading("Mammas egna önskemål (förmedlat av dottern)", level=1)
    doc.add_paragraph(
        "Mamma var inte med på mötet. Hon blir lätt förvirrad och orolig i nya "
        "miljöer och när många människor pratar samtidigt, och vi kom överens "
        "med distriktssköterskan om att det var bättre att jag pratade med "
        "henne hemma i lugn och ro innan. Jag frågade henne i söndags vad hon "
        "tycker är viktigast. Hon sa:")
    q = doc.add_paragraph(
        "”Jag vill bo kvar i mitt hus med mina rosor så länge jag kan. Och jag "
        "vill inte att det kommer nya människor hela tiden, jag vet ju inte vilka "
        "de är.”")
    q.paragraph_format.left_indent = Cm(1)
    q.runs[0].italic = True
    doc.add_paragraph(
        "Hon sa också att hon gärna vill fortsätta gå på kyrkans kaffestund på "
        "torsdagar.")

    doc.add_heading("Min del som anhörig (skrivet av Karin, dotter)", level=1)
    doc.add_paragraph(
        "Jag som dotter vill att mamma ska få bo kvar hemma, och att hon så "
        "långt det går får träffa samma personal. Det här tar jag på mig:")
    for t in [
        "Jag sköter mammas ekonomi och betalar räkningarna (jag har fullmakt sedan 2024).",
        "Jag följer med mamma på återbesöket på minnesmottagningen 2025-06-10.",
        "Jag ringer mamma varje kväll kl. 19 och påminner om kvällsmaten.",
        "Jag skjutsar henne till kyrkans kaffestund de torsdagar jag är ledig, "
        "övriga torsdagar frågar jag grannen.",
        "Jag är kontaktperson för hemtjänsten och meddelar enhetschefen när jag "
        "är bortrest.",
    ]:
        doc.add_paragraph(t, style="List Bullet")

    doc.add_heading("Insatser", level=1)
    rows = [
        ("Insats", "Ansvarig", "När"),
        ("Dosdispenserade läkemedel och läkemedelsautomat med larm",
         "Sjuksköterska, kommunal hemsjukvård Kristianstad", "Fr.o.m. 2025-05-26"),
        ("Utökad hemtjänst till fyra besök per dag, tillsyn kl. 22",
         "Biståndshandläggare, Kristianstads kommun", "Beslut senast 2025-05-23"),
        ("Trygghetslarm med GPS (larmklocka)", "Kommunen", ""),
        ("Läkemedelsgenomgång och bedömning av nattlig oro",
         "Läkare, Vårdcentralen Kristianstad", "2025-06-03"),
        ("Bedömning av hemmiljön, spisvakt",
         "Arbetsterapeut, kommunal rehab Kristianstad", "Hembesök v. 22"),
        ("Återbesök och bedömning av sjukdomens förlopp",
         "Läkare, Minnesmottagningen, Region Skåne", "2025-06-10"),
    ]
    t = doc.add_table(rows=len(rows), cols=3)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = t.cell(i, j)
            c.text = v
            if i == 0:
                c.paragraphs[0].runs[0].bold = True
                shade(c, "D9E2F3")
    repeat_header(t.rows[0])

    doc.add_heading("Uppföljning", level=1)
    doc.add_paragraph("Vi ses igen efter sommaren, i september.")
    p = doc.add_paragraph()
    r = p.add_run("Planen skrevs av distriktssköterskan och Karin tillsammans efter mötet. "
                  "Karin skrev avsnitten om mammas önskemål och sin egen del.")
    r.italic = True
    r.font.size = Pt(9)
    fix_props(doc, "Hemsjukvården Kristianstad")
    doc.save(os.path.join(OUT, "f90b-05.docx"))
    normalize_docx(os.path.join(OUT, "f90b-05.docx"))


# ---------------------------------------------------------------------------
# 06 .pdf (fpdf2) – questions left, answer boxes right, overflow page
# ---------------------------------------------------------------------------
class FormPDF(FPDF):
    def header(self):
        self.set_font("DV", "", 7.5)
        self.set_text_color(80, 80, 80)
        self.set_xy(15, 8)
        self.cell(60, 4, "SamPlan Skåne – utskrift", align="L")
        self.cell(60, 4, "SIP – Samordnad individuell plan", align="C")
        self.cell(60, 4, f"Utskriven 2025-10-07 10:15   Sida {self.page_no()} ({{nb}})", align="R")
        self.set_draw_color(120, 120, 120)
        self.line(15, 13, 195, 13)
        self.set_text_color(0, 0, 0)
        self.set_y(17)

    def footer(self):
        self.set_y(-12)
        self.set_font("DV", "", 7)
        self.set_text_color(110, 110, 110)
        self.cell(0, 4, "Blankett SIP 2.1 · Trelleborgs kommun och Region Skåne · "
                  "Uppgifterna omfattas av sekretess", align="C")
        self.set_text_color(0, 0, 0)


def plan06():
    pdf = FormPDF(format="A4")
    pdf.add_font("DV", "", FONT)
    pdf.add_font("DV", "B", FONT_B)
    pdf.set_auto_page_break(False)
    pdf.alias_nb_pages()
    pdf.set_creation_date(FIXED_DT.replace(tzinfo=datetime.timezone.utc))
    pdf.set_title("SIP – L.")
    QX, QW, AX, AW = 15, 88, 106, 89
    LH = 4.6
    cont = []  # (number, title, page, text)

    syfte = (
        "Syftet är att skolan, BUP och socialtjänsten tillsammans med L. och "
        "hennes föräldrar ska få en gemensam plan för hur L. ska kunna komma "
        "tillbaka till skolan. L. går i årskurs 8 och har haft hög frånvaro sedan "
        "vårterminen 2025, under september ungefär 60 procent. Hon har ont i "
        "magen på morgnarna, sover dåligt och får panikkänslor när hon ska gå in "
        "i klassrummet. Hittills har skolan och BUP arbetat var för sig och "
        "föräldrarna upplever att de fått olika besked om vad de ska göra på "
        "morgnarna när L. inte vill gå hemifrån.")
    fragor = (
        "1. Hur ska en gradvis återgång till skolan läggas upp, och vem stöttar "
        "L. på morgonen när det är svårt att komma iväg? "
        "2. Hur samordnas BUP:s KBT-behandling med skolans anpassningar så att "
        "L. och föräldrarna inte får olika råd? "
        "3. Behöver familjen stöd från socialtjänsten, och i så fall vilket? "
        "4. Hur ska frånvaron följas upp och vem kontaktar vem om L. stannar hemma?")
    insatser = (
        "– KBT-behandling för ångest och skolfrånvaro, 10 sessioner. Ansvarig: "
        "Kim, psykolog, BUP Trelleborg. Start 2025-10-09, torsdagar kl. 8.15.\n"
        "– Anpassat schema: börjar med två lektioner per dag i ett mindre "
        "grupprum, trappas upp varannan vecka. Ansvarig: mentor och "
        "specialpedagog, Västra skolan Trelleborg. Fr.o.m. 2025-10-06.\n"
        "– Morgonkontakt via sms eller samtal kl. 7.45 varje skoldag. Ansvarig: "
        "mentor, Västra skolan. Fr.o.m. 2025-10-06.\n"
        "– Stödsamtal en gång i veckan. Ansvarig: Johanna, kurator, elevhälsan "
        "Västra skolan. Onsdagar fr.o.m. 2025-10-08.\n"
        "– Hälsobesök med fokus på magont och sömn. Ansvarig: Nina, "
        "skolsköterska, elevhälsan Västra skolan. 2025-10-10.\n"
        "– Föräldrastöd, vägledande samtal fem tillfällen. Ansvarig: Oskar, "
        "socialsekreterare, Barn och familj, Trelleborgs kommun. Start 2025-10-14.")

    fields_p1 = [
        ("1", "Den enskildes namn", "L.", 9),
        ("2", "Personnummer", "ÅÅMMDD-XXXX", 9),
        ("3", "Datum och plats för mötet", "2025-10-02 kl. 14.00, Västra skolan, Trelleborg", 9),
        ("4", "Deltagare (namn, funktion, verksamhet)",
         "L. (del av mötet)\nSofia och Daniel, vårdnadshavare\n"
         "Johanna, kurator, elevhälsan Västra skolan\n"
         "Nina, skolsköterska, elevhälsan Västra skolan\n"
         "Per, mentor, Västra skolan\n"
         "Kim, psykolog, BUP Trelleborg, Region Skåne\n"
         "Oskar, socialsekreterare, Barn och familj, Trelleborgs kommun", 36),
        ("5", "Vad är syftet med planen? Beskriv den enskildes situation och "
              "varför samordning behövs.", syfte, 32),
        ("6", "Vilka frågeställningar ska tas upp på mötet?", fragor, 32),
        ("7", "Vad är den enskildes mål? Om möjligt med egna ord.",
         "Målet är att L. ska kunna vara i skolan minst tre hela dagar i veckan "
         "före jullovet.", 18),
    ]
    fields_p2 = [
        ("8", "Hur har den enskilde varit delaktig? Vad tycker den enskilde "
              "själv om sin situation och om insatserna?",
         "L. var med de första 15 minuterna av mötet men orkade inte stanna.", 20),
        ("9", "Samtycke till samordning (hur och när)",
         "Skriftligt samtycke, blankett undertecknad av båda vårdnadshavarna "
         "2025-09-24. L. har också själv sagt ja muntligt till kuratorn.", 18),
        ("10", "Insatser – vad ska göras, av vem och när?", insatser, 62),
        ("11", "Insatser från övriga aktörer (t.ex. Försäkringskassan, "
               "Arbetsförmedlingen, god man, närstående)", "", 18),
        ("12", "Huvudansvarig för planen (namn, funktion, verksamhet)", "", 14),
        ("13", "Uppföljning av planen (datum och tid)", "", 14),
    ]

    def draw(fields, page):
        for num, q, a, h in fields:
            y = pdf.get_y()
            pdf.set_xy(QX, y + 1)
            pdf.set_font("DV", "B", 8.5)
            pdf.cell(7, LH, num + ".")
            pdf.set_font("DV", "", 8.5)
            pdf.set_xy(QX + 7, y + 1)
            pdf.multi_cell(QW - 9, LH, q, align="L")
            pdf.set_draw_color(0, 0, 0)
            pdf.rect(AX, y, AW, h)
            pdf.set_font("DV", "", 8.5)
            if a:
                lines = []
                for para in a.split("\n"):
                    lines.extend(pdf.multi_cell(AW - 3, LH, para, dry_run=True,
                                                output="LINES"))
                maxl = int((h - 2) // LH)
                if len(lines) > maxl:
                    keep = lines[:maxl - 1]
                    rest = lines[maxl - 1:]
                    cont.append((num, q.split("?")[0].split("(")[0].strip(), page,
                                 "\n".join(rest)))
                    keep.append("(forts. se sid 3)")
                    lines = keep
                yy = y + 1
                for ln in lines:
                    pdf.set_xy(AX + 1.5, yy)
                    if ln.startswith("(forts."):
                        pdf.set_font("DV", "B", 8.5)
                    pdf.cell(AW - 3, LH, ln)
                    pdf.set_font("DV", "", 8.5)
                    yy += LH
            pdf.set_y(y + h + 3.5)

    pdf.add_page()
    pdf.set_font("DV", "B", 13)
    pdf.cell(0, 7, "Samordnad individuell plan (SIP)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 8)
    pdf.cell(0, 4.5, "Frågorna till vänster, svaren i rutorna till höger. "
             "Svar som inte ryms fortsätter på sidan Fortsättning.",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    draw(fields_p1, 1)
    pdf.add_page()
    draw(fields_p2, 2)

    pdf.add_page()
    pdf.set_font("DV", "B", 12)
    pdf.cell(0, 7, "Fortsättning", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for num, title, page, text in cont:
        pdf.set_font("DV", "B", 9)
        pdf.cell(0, 5, f"{num}. {title} (forts. från sid {page})",
                 new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "", 8.5)
        y = pdf.get_y()
        lines = text.split("\n")
        h = len(lines) * LH + 2
        pdf.rect(15, y, 180, h)
        yy = y + 1
        for ln in lines:
            pdf.set_xy(16.5, yy)
            pdf.cell(177, LH, ln)
            yy += LH
        pdf.set_y(y + h + 5)
    pdf.output(os.path.join(OUT, "f90b-06.pdf"))


# ---------------------------------------------------------------------------
# 07 .docx – follow-up plan, tracked-changes look written as plain text
# ---------------------------------------------------------------------------
def plan07():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(11.5)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Eslövs kommun, Vuxenenheten · Region Skåne, Psykiatri\tUppföljning av SIP"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Version 2 – ersätter plan daterad 2025-06-10"
    fp.runs[0].font.size = Pt(8)

    p = doc.add_paragraph()
    r = p.add_run("UPPFÖLJNING AV SAMORDNAD INDIVIDUELL PLAN – K.")
    r.bold = True
    r.font.size = Pt(13)
    doc.add_paragraph("Uppföljningsmöte 2025-09-09 på Vuxenenheten i Eslöv.")
    p = doc.add_paragraph()
    r = p.add_run("Ändringar sedan förra planen (2025-06-10) visas så här: den tidigare "
                  "texten inom hakparentes [tidigare: …] och den nya texten direkt efter.")
    r.italic = True
    r.font.size = Pt(10)

    parts = [
        ("Deltagare",
         "K.; Emma, socialsekreterare, Vuxenenheten Eslövs kommun; Johan, skötare, "
         "Psykiatriska öppenvårdsmottagningen Eslöv; Sofia, sjuksköterska, "
         "Hemsjukvården Eslövs kommun; Amir, arbetsförmedlare, Arbetsförmedlingen Lund",
         "Se närvarolista i journalen."),
        ("Syfte",
         "Att samordna insatserna efter utskrivningen från den psykiatriska "
         "slutenvården i Lund, så att K. kan bo kvar i sin lägenhet, hålla sig "
         "nykter och inte behöva läggas in igen.",
         "Samordning."),
        ("Frågeställningar",
         "Vem delar ut medicinen efter utskrivningen? Hur ska K. ta sig till "
         "mötena på Arbetsförmedlingen?",
         "Gå igenom läget."),
        ("K:s mål",
         "”Jag vill klara mig utan att dricka och komma tillbaka till något "
         "jobb, det spelar ingen roll vad.”",
         "K. ska ha en fungerande vardag utan alkohol."),
        ("Delaktighet",
         "K. deltog i mötet och berättade att han vill ha färre men längre träffar "
         "med boendestödet, och att han inte vill att hemsjukvården kommer före "
         "kl. 9.",
         "K. deltog inte."),
        ("Samtycke",
         "Muntligt samtycke lämnat av K. på mötet 2025-06-10.",
         "Samtycke finns."),
        ("Insatser och ansvar",
         "Dosett delas varje vecka av sjuksköterska, Hemsjukvården Eslövs kommun, "
         "fr.o.m. 2025-06-12. Läkarbesök på Psykiatriska öppenvårdsmottagningen "
         "Eslöv 2025-07-01. Boendestöd två gånger i veckan, Vuxenenheten Eslöv, "
         "fr.o.m. 2025-06-16. Återfallsprevention i grupp, Beroendeenheten Eslöv, "
         "tisdagar fr.o.m. 2025-08-19.",
         "Fortsatt kontakt med psykiatrin (regionen). Stöd vid behov från kommunen."),
        ("Andra aktörer",
         "Arbetsförmedlingen: kartläggning och samtal med arbetsförmedlare "
         "varannan vecka.",
         "Inga andra aktörer är aktuella. K:s kontakt med Arbetsförmedlingen "
         "avslutades i augusti på hans egen begäran."),
        ("Huvudansvarig",
         "Emma, socialsekreterare, Vuxenenheten Eslövs kommun.",
         "Ny huvudansvarig utses vid nästa möte, eftersom Emma har slutat."),
        ("Nästa uppföljning",
         "2025-09-09 kl. 10.00.",
         "2025-11-25 kl. 10.00 på Vuxenenheten i Eslöv."),
    ]
    for label, old, new in parts:
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(8)
        p.paragraph_format.space_after = Pt(2)
        p.paragraph_format.keep_with_next = True
        r = p.add_run(label)
        r.bold = True
        p = doc.add_paragraph()
        r = p.add_run(f"[tidigare: {old}]")
        r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        p.add_run(" ")
        p.add_run(new)
    doc.add_paragraph()
    doc.add_paragraph("Antecknat av socialsekreterare, Vuxenenheten Eslöv, 2025-09-10.")
    fix_props(doc, "Vuxenenheten Eslöv")
    doc.save(os.path.join(OUT, "f90b-07.docx"))
    normalize_docx(os.path.join(OUT, "f90b-07.docx"))


# ---------------------------------------------------------------------------
# 08 .txt (UTF-8, CRLF) – NOT a plan: discharge handover note
# ---------------------------------------------------------------------------
def plan08():
    W = 72
    L = []
    L.append("ÖVERRAPPORTERING FRÅN SLUTENVÅRDEN TILL HEMSJUKVÅRDEN")
    L.append("")
    L.append("Från:        Avdelning 54, Medicinkliniken, Helsingborgs lasarett")
    L.append("Till:        Hemsjukvården, Landskrona stad")
    L.append("Patient:     B., 79 år, ÅÅMMDD-XXXX")
    L.append("Inskriven:   2025-11-10")
    L.append("Utskrivning: 2025-11-18, hemtransport med sjukresa ca kl. 11")
    L.append("Rapport av:  sjuksköterska, avd 54 (nås via växeln)")
    L.append("")
    def sec(head, body):
        L.append(head.upper())
        L.append(wrap(body, W))
        L.append("")
    sec("Orsak till vårdtillfället",
        "Försämrad hjärtsvikt med andfåddhet och bensvullnad. Behandlad med "
        "intravenös diuretika, nu övergång till tabletter. Vikt vid inskrivning "
        "84,6 kg, vid utskrivning 79,9 kg. Känd KOL, ingen syrgas i hemmet.")
    sec("Läkemedel",
        "Ny läkemedelslista bifogas i Pascal. Furosemid höjd dos, ny "
        "kaliumtablett. Dosdispensering beställd från och med 2025-11-20; "
        "fram till dess har patienten med sig läkemedel för två dagar, "
        "iordningställda i dosett av avdelningen.")
    sec("Omvårdnad",
        "Behöver hjälp med dusch och påklädning av strumpor. Går med rollator "
        "men blir andfådd efter ca 20 meter. Trycksår kategori 2 på vänster "
        "häl, omläggning med skumförband varannan dag, senast omlagt "
        "2025-11-17. Aptiten är nedsatt, äter halva portioner, får "
        "näringsdryck två gånger per dag. Sover i säng med höjd huvudända.")
    sec("Ordination till hemsjukvården",
        "Daglig vikt första veckan, kontakta vårdcentralen vid viktökning mer "
        "än 2 kg på tre dagar. Blodprov (kalium, kreatinin) 2025-11-24 via "
        "hemsjukvården. Såromläggning enligt ovan. Läkemedelsansvar via "
        "dosdispensering.")
    sec("Hjälpmedel",
        "Toalettförhöjning och duschpall finns hemma sedan tidigare. Rollator "
        "finns. Arbetsterapeut på avdelningen har skickat förskrivning av "
        "vändkudde till kommunens hjälpmedelscentral.")
    sec("Socialt",
        "Bor ensam i lägenhet med hiss. Sonen bor i Landskrona och handlar en "
        "gång i veckan. Hemtjänst morgon och kväll är beviljad via "
        "utskrivningsplaneringen i Lifecare.")
    sec("Planering",
        "Patienten och sonen har önskat en SIP. Ett SIP-möte är inbokat nästa "
        "vecka, 2025-11-26, med vårdcentralen, hemsjukvården, hemtjänsten och "
        "sonen. Kallelse skickas av vårdcentralen. Fast vårdkontakt på "
        "Vårdcentralen Landskrona är utsedd.")
    L.append("Med vänlig hälsning")
    L.append("Sjuksköterska, avd 54, Medicinkliniken, Helsingborgs lasarett")
    L.append("")
    txt = "\r\n".join(L).replace("\r\n", "\n").replace("\n", "\r\n")
    with open(os.path.join(OUT, "f90b-08.txt"), "w", encoding="utf-8", newline="") as f:
        f.write(txt)


def main():
    os.makedirs(OUT, exist_ok=True)
    os.makedirs(BUILD, exist_ok=True)
    plan01()
    plan02()
    plan03()
    plan04()
    plan05()
    plan06()
    plan07()
    plan08()
    shutil.rmtree(BUILD, ignore_errors=True)


if __name__ == "__main__":
    main()
