#!/usr/bin/env python
"""Generate batch f85b: eight fictional, anonymized documents (seven SIP plans and
one repayment plan) from the Västra Götaland / Halland border area, 2025.

Run with /work/batches/.venv/bin/python generate.py. Deterministic: no randomness,
fixed dates. Calls LibreOffice (own profile) for f85b-02.pdf.
"""
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
LO_PROFILE = "file:///tmp/lo-f85b"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


# ---------------------------------------------------------------- helpers
def set_core(doc, title, author):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    import datetime
    cp.created = datetime.datetime(2025, 1, 1, 8, 0, 0)
    cp.modified = datetime.datetime(2025, 1, 1, 8, 0, 0)
    cp.revision = 1


def base_style(doc, font="Calibri", size=11):
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    pf = st.paragraph_format
    pf.space_after = Pt(3)
    pf.space_before = Pt(0)


def para(doc_or_cell, text="", bold=False, size=None, italic=False, align=None,
         space_after=None, style=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def label_value(doc, label, value, size=None):
    p = doc.add_paragraph()
    r = p.add_run(label)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    if value:
        r2 = p.add_run(" " + value)
        if size:
            r2.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(2)
    return p


def shade(cell, fill="D9D9D9"):
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


def table(doc, header, rows, widths=None, style="Table Grid", size=10, fill="D9D9D9"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.LEFT
    hdr = t.rows[0]
    repeat_header(hdr)
    for i, h in enumerate(header):
        c = hdr.cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(h)
        r.bold = True
        r.font.size = Pt(size)
        if fill:
            shade(c, fill)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = ""
            r = cells[i].paragraphs[0].add_run(v)
            r.font.size = Pt(size)
    if widths:
        t.autofit = False
        for i, w in enumerate(widths):
            t.columns[i].width = Cm(w)
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


def add_page_field(paragraph, prefix="Sida "):
    if prefix:
        paragraph.add_run(prefix)
    run = paragraph.add_run()
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    run._r.addnext(fld)


# ---------------------------------------------------------------- 01 telegram
def plan01(path):
    doc = Document()
    base_style(doc, "Arial", 10)
    set_core(doc, "SIP E. 2025-05-08", "ssk avd 3")
    sec = doc.sections[0]
    sec.top_margin = Cm(1.8)
    sec.bottom_margin = Cm(1.5)
    sec.left_margin = Cm(2.0)
    sec.right_margin = Cm(2.0)
    hp = sec.header.paragraphs[0]
    hp.text = "SIP  |  Alingsås kommun / Alingsås lasarett (VGR)"
    hp.runs[0].font.size = Pt(8)

    para(doc, "SIP – E., 84 år", bold=True, size=13, space_after=2)
    lines = [
        ("Datum/plats:", "2025-05-08, avd 3 med, Alingsås lasarett (dagrummet)"),
        ("Pnr:", "ÅÅMMDD-XXXX"),
        ("Bakgr:", "Stroke v. 17 → nedsatt kraft hö arm + lätt afasi. FF → Waran. "
                   "Bor ensam, 2 rok 2 tr m hiss, Alingsås centrum. Före insjukn: klarade "
                   "ADL själv, inga insatser. Utskrivningsklar 12/5."),
        ("Syfte:", "hemgång + stöd."),
        ("Mål:", "\u201dklara mig själv\u201d (E:s ord). Hem, ej SÄBO/korttids."),
        ("E:s syn:", "delt. hela mötet (afasi – tar tid, men förstår allt). Vill hem "
                     "snarast. Vill EJ ha HT kvällstid (\u201djag lägger mig själv\u201d). "
                     "OK m larm."),
        ("Samtycke:", "ja."),
    ]
    for lab, val in lines:
        label_value(doc, lab, val)

    para(doc, "Insats:", bold=True, space_after=1)
    ins = [
        "HT x3/d (morg/lunch/midd) fr 12/5 → HT norr, ec HT",
        "dsk INR 1 g/v fr v. 21 (mån) + dosett 1 g/v → dsk Närhälsan Noltorp VC",
        "Waran-dos efter INR → läk Närhälsan Noltorp VC, fr 12/5",
        "Hemrehab: träning hö arm + hjälpmedel (duschpall, griptång) → AT/FT "
        "Rehab Alingsås kn, 1:a besök 13/5",
        "Logoped öppenv. → remiss skickad fr avd → Logopedmott. Alingsås lasarett, kallelse kommer",
        "Trygghetslarm → bist.handl. Alingsås kn (ansökan inlämnad)",
    ]
    for s in ins:
        p = doc.add_paragraph(s, style="List Bullet")
        p.paragraph_format.space_after = Pt(1)

    para(doc, "Anhör/E. själv:", bold=True, space_after=1)
    for s in [
        "Dotter M.: handlar lö + hämtar post/räkningar, följer med till VC 1:a INR-besök 19/5",
        "E.: tar Waran själv ur dosett, ringer HT vid problem",
    ]:
        p = doc.add_paragraph(s, style="List Bullet")
        p.paragraph_format.space_after = Pt(1)

    label_value(doc, "HA:", "")
    label_value(doc, "Uppf.:", "ca 4 v efter hemgång, kallelse skickas")
    label_value(doc, "Närv:", "E., dotter M., ssk, AT, bistånd, ec HT")
    para(doc, "")
    para(doc, "Antecknat: Karin", italic=True, size=8)
    doc.save(path)


# ---------------------------------------------------------------- 02 parts on pages
def plan02(pdf_path):
    doc = Document()
    base_style(doc, "Liberation Serif", 11)
    set_core(doc, "SIP Adam 2025-03-03", "Psykosmottagningen NÄL")
    for s in ("Heading 1", "Heading 2"):
        doc.styles[s].font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)

    def set_header(section, left, right="Trollhättans stad  •  Västra Götalandsregionen"):
        section.header.is_linked_to_previous = False
        section.footer.is_linked_to_previous = False
        hp = section.header.paragraphs[0]
        hp.text = ""
        r = hp.add_run(left)
        r.bold = True
        r.font.size = Pt(10)
        r2 = hp.add_run("\t\t" + right)
        r2.font.size = Pt(8)
        # bottom border under header
        pPr = hp._p.get_or_add_pPr()
        bdr = OxmlElement("w:pBdr")
        b = OxmlElement("w:bottom")
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), "6")
        b.set(qn("w:space"), "1")
        b.set(qn("w:color"), "1F3A5F")
        bdr.append(b)
        pPr.append(bdr)
        fp = section.footer.paragraphs[0]
        fp.text = ""
        fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        add_page_field(fp, "SIP – Adam – sida ")
        for r in fp.runs:
            r.font.size = Pt(8)

    sec = doc.sections[0]
    set_header(sec, "Samordnad individuell plan – Innehåll")

    para(doc, "Samordnad individuell plan (SIP)", bold=True, size=18, space_after=6)
    label_value(doc, "Den enskilde:", "Adam, 34 år")
    label_value(doc, "Personnummer:", "ÅÅMMDD-XXXX")
    label_value(doc, "Mötesdatum:", "2025-03-03 kl. 09.30–11.00")
    label_value(doc, "Plats:", "Psykosmottagningen NÄL, Trollhättan")
    label_value(doc, "Planen upprättad av:", "Johan, case manager")
    para(doc, "")
    doc.add_heading("Innehåll", level=2)
    toc = [
        ("Del 1 – Bakgrund och syfte", "2"),
        ("Del 2 – Mål och delaktighet", "3"),
        ("Del 3 – Insatser", "4"),
        ("Del 4 – Ansvar och uppföljning", "5"),
        ("Del 5 – Deltagare och samtycke", "6"),
    ]
    for t_, pg in toc:
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(14))
        p.add_run(t_ + "\t" + pg)
    para(doc, "")
    para(doc, "Planen är gemensam för Trollhättans stad (socialtjänsten) och "
              "Västra Götalandsregionen (Psykosmottagningen NÄL). Varje del börjar "
              "på en ny sida.", italic=True, size=9)

    def new_part(title):
        s = doc.add_section(WD_SECTION.NEW_PAGE)
        set_header(s, title)
        doc.add_heading(title, level=1)

    # Del 1
    new_part("Del 1 – Bakgrund och syfte")
    doc.add_heading("Bakgrund", level=2)
    para(doc, "Adam är 34 år och bor ensam i en hyreslägenhet på Lextorp i Trollhättan. "
              "Han har diagnosen schizofreni sedan 2019 och har haft kontakt med "
              "Psykosmottagningen NÄL sedan dess. Under hösten 2024 vårdades han "
              "inneliggande i sex veckor efter att ha slutat ta sin medicin. Under "
              "vårdtiden uppstod en hyresskuld på tre månadshyror och hyresvärden har "
              "skickat en uppsägning till socialnämnden för kännedom. Adam har även "
              "skulder hos Kronofogden på ca 85 000 kr (främst obetalda räkningar för "
              "telefon och el). Han har sjukersättning och bostadstillägg från "
              "Försäkringskassan. God man förordnades i november 2024.")
    para(doc, "Sedan utskrivningen har Adam fått depåinjektion och mår stabilare, men "
              "han har svårt att hålla ordning på post och räkningar och har varit "
              "isolerad i lägenheten.")
    doc.add_heading("Syfte med SIP", level=2)
    para(doc, "Syftet med planen är att psykiatrin och socialtjänsten samordnar sina "
              "insatser så att Adam kan bo kvar i sin lägenhet, behålla kontakten med "
              "Psykosmottagningen och få en hållbar plan för hyresskulden och de övriga "
              "skulderna.")
    doc.add_heading("Frågeställningar", level=2)
    para(doc, "Gå igenom läget.")

    # Del 2
    new_part("Del 2 – Mål och delaktighet")
    doc.add_heading("Mål", level=2)
    para(doc, "Målet är att Adam ska kunna bo kvar i sin lägenhet och ha en stabil "
              "psykisk hälsa utan nya inläggningar under 2025.")
    doc.add_heading("Delaktighet", level=2)
    para(doc, "Adam deltog i hela mötet.")

    # Del 3
    new_part("Del 3 – Insatser")
    para(doc, "Insatser som beslutades vid mötet 2025-03-03:")
    table(doc,
          ["Insats", "Huvudman", "Ansvarig verksamhet / funktion", "Start / tid"],
          [
              ["Depåinjektion var fjärde vecka, samt kontroll av vikt och blodtryck",
               "Region", "Psykosmottagningen NÄL, sjuksköterska",
               "Nästa 2025-03-12, därefter var 4:e vecka"],
              ["Läkarbesök – utvärdering av medicinering och biverkningar", "Region",
               "Psykosmottagningen NÄL, överläkare", "2025-04-09"],
              ["Boendestöd 2 ggr/vecka: struktur i vardagen, post, städning, inköp",
               "Kommun", "Socialpsykiatrin Trollhättans stad, boendestödjare",
               "Fr.o.m. 2025-03-10"],
              ["Prövning av ekonomiskt bistånd till hyresskulden (3 mån)", "Kommun",
               "Försörjningsstöd, Trollhättans stad, socialsekreterare",
               "Beslut senast 2025-03-21"],
              ["Budget- och skuldrådgivning: genomgång av skulder hos Kronofogden, "
               "budget", "Kommun", "Budget- och skuldrådgivningen, Trollhättans stad",
               "Första besök 2025-03-18"],
              ["Studiebesök på öppen träffpunkt (sysselsättning)", "Kommun",
               "Socialpsykiatrin Trollhättans stad, arbetsterapeut", "2025-04-01"],
          ],
          widths=[5.2, 2.3, 4.6, 4.3])

    # Del 4
    new_part("Del 4 – Ansvar och uppföljning")
    doc.add_heading("Huvudansvar för planen", level=2)
    para(doc, "Case manager Johan, Psykosmottagningen NÄL, Trollhättan, har "
              "huvudansvaret för att planen hålls samman och att den följs upp.")
    doc.add_heading("Andra aktörer", level=2)
    para(doc, "Försäkringskassan och god man är informerade om planen.")
    doc.add_heading("Uppföljning", level=2)
    para(doc, "Planen följs upp på nästa SIP-möte 2025-05-26 kl. 13.00 på "
              "Psykosmottagningen NÄL. Case manager skickar kallelse.")

    # Del 5
    new_part("Del 5 – Deltagare och samtycke")
    doc.add_heading("Deltagare", level=2)
    table(doc, ["Namn", "Funktion", "Verksamhet"], [
        ["Adam", "Den enskilde", "–"],
        ["Johan", "Case manager, sjuksköterska", "Psykosmottagningen NÄL, VGR"],
        ["Maria", "Överläkare", "Psykosmottagningen NÄL, VGR"],
        ["Helena", "Socialsekreterare", "Försörjningsstöd, Trollhättans stad"],
        ["Ali", "Boendestödjare", "Socialpsykiatrin, Trollhättans stad"],
    ], widths=[3.0, 5.5, 7.5])
    para(doc, "")
    doc.add_heading("Samtycke", level=2)
    para(doc, "Adam har lämnat skriftligt samtycke till SIP och till att uppgifter "
              "får lämnas mellan Psykosmottagningen NÄL och socialtjänsten i "
              "Trollhättans stad. Samtyckesblanketten undertecknades vid mötet "
              "2025-03-03 och finns i journalen.")

    tmp = tempfile.mkdtemp(prefix="f85b-")
    docx_path = os.path.join(tmp, "f85b-02.docx")
    doc.save(docx_path)
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
                    "--convert-to", "pdf", "--outdir", tmp, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=240)
    shutil.copy(os.path.join(tmp, "f85b-02.pdf"), pdf_path)
    shutil.rmtree(tmp)


# ---------------------------------------------------------------- 03 transcript
def plan03(path):
    lines = [
        "[00:00:02] Talare 1: Ja eh, då är det sammanfattning från slip mötet idag, "
        "det är den eh fjortonde oktober, om Kevin.",
        "[00:00:09] Talare 1: Eh, Kevin kom inte idag.",
        "[00:00:12] Talare 1: Eh, läget är ju liksom att han hade två positiva prov "
        "i september, eh, cannabis, och frånvaron på gymnasiet är typ femtio procent "
        "nu, eh, och han har slutat på fotbollen.",
        "[00:00:24] Talare 1: Så eh det vi kom överens om liksom, det var att eh "
        "beroende mottagningen för unga ut i valla, dom fortsätter med samtalen eh "
        "varannan vecka, på tisdagar, och dom tar urin prov då också vid varje besök.",
        "[00:00:41] Talare 1: Eh, och nästa tid där är den tjugoförsta oktober klockan "
        "fyra, alltså sexton.",
        "[00:00:48] Talare 1: Sen skolan, alltså eh kuratorn på öst rabo, hon träffar "
        "honom en gång i veckan, på måndagar, från och med eh nästa vecka, alltså "
        "tjugo oktober.",
        "[00:01:01] Talare 1: Och eh från sock, alltså från oss på "
        "ungdomsenheten, så eh ansöker vi om öppenvårds insats, liksom MI samtal "
        "hos ungdomsteamet, det får eh, det får gå sin väg liksom, det finns ingen "
        "tid för det än.",
        "[00:01:18] Talare 1: Mamma skjutsar honom till mottagningen på tisdagarna "
        "och hon eh ringer kuratorn om han inte kommer till skolan på morgonen. "
        "Pappa betalar hans busskort från och med november.",
        "[00:01:32] Talare 1: Eh kabeté, det får vi liksom ta sen, det var inte "
        "riktigt aktuellt nu.",
        "[00:01:39] Talare 1: Och bup, dom skulle eh kolla om a de h de utredningen "
        "kan eh återupptas, den avbröts ju i våras när han inte kom, eh, det "
        "skulle dom typ höra av sig om.",
        "[00:01:54] Talare 1: Eh, vi ses igen om eh sex veckor ungefär, kallelse "
        "skickas ut.",
        "[00:02:00] Talare 1: Eh, punkt. Slut på anteckning.",
    ]
    text = "\r\n".join(lines) + "\r\n"
    with open(path, "wb") as f:
        f.write(text.encode("cp1252"))


# ---------------------------------------------------------------- 04 running md
PLAN04 = """# SIP – Jonatan, 22 år (Mölndal)

Löpande plan. Senaste mötet står sist och gäller.

Personnummer: ÅÅMMDD-XXXX
Diagnos: autism, ADHD, periodvis nedstämdhet
Bor: hos mamma i Lindome, står i kö till bostad med särskild service (LSS 9 § 9)

---

## 2025-02-10 – första SIP-mötet

Plats: Vuxenhabiliteringen Mölndal.

### Bakgrund

Jonatan gick ut gymnasiesärskolan 2022 och har sedan dess varit hemma större delen av
tiden. Han började på daglig verksamhet hösten 2024 men har varit där ojämnt, ofta bara
en dag i veckan. Han sover dåligt, har svårt med övergångar och blir lätt överbelastad i
stora grupper. Mamma har hittills skött det mesta av kontakterna. Han har aktivitets-
ersättning från Försäkringskassan och god man sedan 2023.

### Syfte

Syftet med SIP är att LSS, daglig verksamhet, Vuxenhabiliteringen och psykiatrin ska ha
samma bild av Jonatans behov, så att han kan komma i gång med daglig verksamhet regelbundet
och förberedas för att flytta till ett eget boende.

### Jonatans mål

- "Jag vill bo i en egen lägenhet, inte hemma hos mamma när jag är 25."
- "Jag vill vara på jobbet (dagliga verksamheten) tre dagar och inte bli trött hela tiden."

### Delaktighet

Jonatan var med hela mötet, med paus efter halva tiden. Han vill att man pratar lugnt och
en i taget, och att han får sitta närmast dörren. Han vill inte byta daglig verksamhet,
men vill vara i den mindre gruppen (Verkstan).

### Insatser

| Insats | Ansvarig | När |
|---|---|---|
| Flytt till mindre grupp (Verkstan), schema mån/ons/fre 9–13 | Enhetschef, Daglig verksamhet Kvarnbyn | fr.o.m. 2025-02-17 |
| Bildschema och förberedelse inför förändringar | Arbetsterapeut, Vuxenhabiliteringen Mölndal | 2025-02-24 |
| Sömnbedömning + utvärdering ADHD-medicin | Läkare, Vuxenpsykiatrimottagningen Mölndal | 2025-03-05 |
| Ansökan LSS 9 § 9 bostad – utredning | LSS-handläggare, Mölndals stad | beslut senast 2025-04-30 |
| Samtal om stress och vardag, 1 g/v i 8 veckor | Kurator, Vuxenhabiliteringen Mölndal | fr.o.m. 2025-02-20 |

### Andra aktörer

- **God man** (Birgitta): sköter räkningar och ansökan om bostadstillägg, går igenom
  ekonomin för eget boende med Jonatan före 2025-04-14.
- **Försäkringskassan**: aktivitetsersättningen löper t.o.m. 2025-09-30. God man lämnar in
  ansökan om förlängning i juni.
- **Mamma**: väcker Jonatan och följer honom till bussen de tre dagarna fram till påsk.

### Huvudansvar

LSS-handläggare Nora, Mölndals stad.

### Uppföljning

2025-04-14 kl. 13.00, Vuxenhabiliteringen Mölndal.

### Deltagare

- Jonatan
- Mamma
- Birgitta, god man
- Nora, LSS-handläggare, Mölndals stad
- Ahmed, enhetschef, Daglig verksamhet Kvarnbyn, Mölndals stad
- Lena, arbetsterapeut, Vuxenhabiliteringen Mölndal (VGR)
- Sofia, kurator, Vuxenhabiliteringen Mölndal (VGR)
- Daniel, sjuksköterska, Vuxenpsykiatrimottagningen Mölndal (VGR)

---

## 2025-04-14 – uppföljning

Plats: Vuxenhabiliteringen Mölndal.

### Frågor till mötet

- Kan dagarna i Verkstan förlängas till kl. 14 utan att Jonatan blir överbelastad?
- Vem tränar Jonatan i matlagning och tvätt inför flytten, och när kan det börja?

### Läget

Jonatan går nu till Verkstan mån/ons/fre och har bara missat två dagar sedan februari.
Sömnen är bättre efter att kvällsdosen av ADHD-medicinen togs bort. Han säger själv att
det är "mycket lugnare i Verkstan" och att han vill fortsätta så hela våren. Han vill
gärna ha längre dagar, men inte fler dagar.

LSS-beslutet om bostad med särskild service blev bifall 2025-04-02. Det finns ingen ledig
lägenhet ännu; väntetiden beräknas till 6–12 månader.

### Ändringar i insatser

| Insats | Status | Ansvarig | När |
|---|---|---|---|
| Verkstan mån/ons/fre 9–13 | fortsätter, utökas till 9–14 | Enhetschef, Daglig verksamhet Kvarnbyn | fr.o.m. 2025-05-05 |
| Bildschema | klart, används hemma och i Verkstan | – | – |
| Samtal med kurator | förlängs 6 ggr | Kurator, Vuxenhabiliteringen Mölndal | fr.o.m. 2025-04-22 |
| Psykiatrins läkarkontakt | avslutas, receptförnyelse via vårdcentral | Läkare, Vårdcentralen Lindome | fr.o.m. 2025-05-01 |
| Boendeträning inför flytt (matlagning, tvätt) | nytt – utreds | Biståndshandläggare, Mölndals stad | – |

### Andra aktörer

- God man har gått igenom hyra och budget för eget boende med Jonatan. Hon lämnar in
  ansökan om förlängd aktivitetsersättning till Försäkringskassan senast 2025-06-15.
- Mamma slutar följa till bussen; Jonatan åker själv sedan mars.

### Huvudansvar

Från och med detta möte ligger huvudansvaret hos Vuxenhabiliteringen.

### Nästa uppföljning

Efter sommaren. Kallelse skickas ut i augusti.

### Deltagare

- Jonatan
- Birgitta, god man
- Nora, LSS-handläggare, Mölndals stad
- Ahmed, enhetschef, Daglig verksamhet Kvarnbyn, Mölndals stad
- Lena, arbetsterapeut, Vuxenhabiliteringen Mölndal (VGR)
- Sofia, kurator, Vuxenhabiliteringen Mölndal (VGR)

Daniel (Vuxenpsykiatrimottagningen) kunde inte delta och hade skickat sin bedömning skriftligt.
"""


def plan04(path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(PLAN04)


# ---------------------------------------------------------------- 05 åtgärdsprogram
def plan05(path):
    doc = Document()
    base_style(doc, "Calibri", 11)
    set_core(doc, "Åtgärdsprogram Ella 7B", "Elevhälsan Engelbrektskolan")
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = ""
    r = hp.add_run("BORÅS STAD")
    r.bold = True
    r.font.small_caps = True
    hp.add_run("\tGrundskoleförvaltningen – Engelbrektskolan\t").font.size = Pt(9)
    r3 = hp.add_run("Sekretess enl. OSL 23 kap. 2 §")
    r3.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(fp, "Sida ")

    doc.add_heading("Åtgärdsprogram", level=0)
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    vals = [
        ("Elev", "Ella", "Personnummer", "ÅÅMMDD-XXXX"),
        ("Klass", "7B", "Skola", "Engelbrektskolan, Borås"),
        ("Datum för upprättande", "2025-09-15", "Mentor", "Linnea"),
    ]
    for i, row in enumerate(vals):
        for j, v in enumerate(row):
            c = t.rows[i].cells[j]
            c.text = ""
            rr = c.paragraphs[0].add_run(v)
            if j % 2 == 0:
                rr.bold = True
                shade(c, "EDEDED")
    para(doc, "")
    p = para(doc, "Detta dokument utgör även samordnad individuell plan (SIP) mellan "
                  "skolan, BUP och socialtjänsten.", bold=True)

    doc.add_heading("Bakgrund och kartläggning", level=1)
    para(doc, "Ella har haft en ökande frånvaro sedan vårterminen i årskurs 6. Under "
              "höstterminen 2025 har närvaron hittills varit ca 40 %, och hon har de "
              "senaste tre veckorna bara varit i skolan enstaka förmiddagar. Hon beskriver "
              "ont i magen och hjärtklappning på morgnarna och har vid två tillfällen fått "
              "panikattacker i matsalen. Ella har kontakt med BUP Borås sedan maj 2025, där "
              "hon har fått diagnosen generaliserat ångestsyndrom. Familjen har sedan "
              "augusti kontakt med socialtjänstens öppenvård (Familjestöd) efter "
              "orosanmälan från skolan om frånvaron.")
    para(doc, "Kartläggning har gjorts av mentor och specialpedagog (samtal med Ella, "
              "lärarnas bedömningar, närvarostatistik) och av skolkurator (samtal med "
              "Ella och vårdnadshavare).")

    doc.add_heading("Syfte", level=1)
    para(doc, "Syftet med åtgärdsprogrammet och SIP:en är att skolan, BUP och "
              "socialtjänsten ska arbeta åt samma håll, så att Ella stegvis kan komma "
              "tillbaka till undervisningen utan att ångesten förvärras av att hon halkar "
              "efter i ämnena.")

    doc.add_heading("Elevens behov", level=1)
    for s in [
        "Ella behöver en förutsägbar skoldag med kortare dagar i början och få övergångar.",
        "Ella behöver en lugn plats att gå till när ångesten kommer, och en vuxen hon känner.",
        "Ella behöver hjälp att ta igen det viktigaste stoffet i svenska, engelska och matematik.",
        "Ella behöver behandling för sin ångest och familjen behöver stöd i morgonrutinerna.",
    ]:
        doc.add_paragraph(s, style="List Bullet")

    doc.add_heading("Mål", level=1)
    para(doc, "Målet är att Ella ska ha minst 60 % närvaro vid utvärderingen och kunna "
              "delta i lektionerna i svenska, engelska och matematik i liten grupp.")

    doc.add_heading("Åtgärder", level=1)
    table(doc, ["Åtgärd", "Nivå", "Ansvarig", "Fr.o.m. / tidpunkt"], [
        ["Anpassat schema: start kl. 9.30, tre lektioner per dag, utökas en lektion "
         "var tredje vecka", "Individ", "Mentor, Engelbrektskolan", "2025-09-22"],
        ["Undervisning i liten grupp i sv, en, ma i Studion", "Grupp",
         "Specialpedagog, Engelbrektskolan", "2025-09-22"],
        ["Lugnt rum (Studion) och \u201dnödkort\u201d för att lämna lektion utan att förklara",
         "Individ", "Specialpedagog, Engelbrektskolan", "2025-09-22"],
        ["Stödsamtal med skolkurator en gång i veckan (onsdagar)", "Individ",
         "Skolkurator, Elevhälsan Engelbrektskolan", "Fr.o.m. 2025-09-24"],
        ["KBT-behandling för ångest, 12 tillfällen, inkl. exponering för skolsituationer",
         "Individ", "Psykolog, BUP Borås (SÄS)", "Start 2025-09-30"],
        ["Läkarbedömning om läkemedel mot ångest", "Individ", "Läkare, BUP Borås (SÄS)",
         "2025-10-08"],
        ["Familjebehandling i hemmet 1 g/v med fokus på morgonrutiner",
         "Individ", "Familjebehandlare, Familjestöd, IFO Borås Stad", "Fr.o.m. 2025-10-01"],
    ], widths=[6.8, 1.6, 4.8, 3.0], size=9)

    doc.add_heading("Elevens och vårdnadshavarnas delaktighet", level=1)
    para(doc, "Ella och hennes vårdnadshavare deltog vid mötet. Vårdnadshavarna är "
              "delaktiga i arbetet.")
    para(doc, "Vårdnadshavarna har samtyckt till samverkan mellan skola, BUP och "
              "socialtjänsten.")

    doc.add_heading("Utvärdering", level=1)
    para(doc, "Åtgärdsprogrammet och SIP:en utvärderas gemensamt 2025-11-20 kl. 14.00 på "
              "Engelbrektskolan. Vid utvärderingen jämförs närvaron med "
              "närvarostatistiken från september.")

    doc.add_heading("Närvarande vid mötet 2025-09-15", level=1)
    table(doc, ["Namn", "Funktion", "Verksamhet"], [
        ["Ella", "Elev", "–"],
        ["Mamma och pappa", "Vårdnadshavare", "–"],
        ["Linnea", "Mentor", "Engelbrektskolan"],
        ["Karolina", "Specialpedagog", "Engelbrektskolan"],
        ["Fredrik", "Skolkurator", "Elevhälsan, Engelbrektskolan"],
        ["Hanna", "Psykolog", "BUP Borås, Södra Älvsborgs sjukhus"],
        ["Emir", "Familjebehandlare", "Familjestöd, IFO Borås Stad"],
    ], widths=[4.0, 4.5, 7.5])
    para(doc, "")
    para(doc, "Beslut om åtgärdsprogram", bold=True)
    para(doc, "Rektor: ……………………………………………        Datum: ……………………")
    doc.save(path)


# ---------------------------------------------------------------- 06 fpdf2 form
class Form(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(80, 80, 80)
        self.cell(95, 5, "SAMSA – Samordnad individuell plan", border="B")
        self.cell(0, 5, f"Utskrivet 2025-06-10 15:02   Sida {self.page_no()} ({{nb}})",
                  border="B", align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, "Västra Götalandsregionen / Kungälvs kommun – utskrift ur SAMSA, "
                        "gäller endast vid utskriftstillfället", align="C")
        self.set_text_color(0, 0, 0)


def plan06(path):
    pdf = Form(format="A4")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(15, 12, 15)
    pdf.set_creator("SAMSA")
    pdf.set_title("SIP L. 2025-06-10")
    pdf.set_creation_date(__import__("datetime").datetime(2025, 6, 10, 15, 2, 0))
    pdf.add_page()
    W = pdf.w - 30

    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 8, "Samordnad individuell plan (SIP) – inför utskrivning från slutenvård",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)

    def field(label, value, w, h=11, ln=False):
        x, y = pdf.get_x(), pdf.get_y()
        pdf.rect(x, y, w, h)
        pdf.set_xy(x + 1.2, y + 0.8)
        pdf.set_font("DejaVu", "", 6.5)
        pdf.set_text_color(90, 90, 90)
        pdf.cell(w - 2.4, 3, label)
        pdf.set_text_color(0, 0, 0)
        pdf.set_xy(x + 1.2, y + 4.6)
        pdf.set_font("DejaVu", "", 9.5)
        pdf.cell(w - 2.4, 5, value)
        if ln:
            pdf.set_xy(15, y + h)
        else:
            pdf.set_xy(x + w, y)

    field("Patient / den enskilde", "L.", W * 0.35)
    field("Personnummer", "ÅÅMMDD-XXXX", W * 0.30)
    field("Hemkommun", "Kungälv", W * 0.35, ln=True)
    field("Vårdenhet", "Psykiatrisk vårdavdelning 2, Kungälvs sjukhus", W * 0.50)
    field("Mötesdatum", "2025-06-10", W * 0.25)
    field("Planerad utskrivning", "2025-06-13", W * 0.25, ln=True)
    pdf.ln(3)

    def big_field(label, value, h=14):
        x, y = pdf.get_x(), pdf.get_y()
        pdf.set_font("DejaVu", "B", 9)
        pdf.cell(0, 5, label, new_x="LMARGIN", new_y="NEXT")
        y2 = pdf.get_y()
        pdf.rect(15, y2, W, h)
        pdf.set_xy(16.5, y2 + 1.5)
        pdf.set_font("DejaVu", "", 9.5)
        pdf.multi_cell(W - 3, 5, value)
        pdf.set_xy(15, y2 + h + 2)

    big_field("Syfte med SIP", "Samordning inför utskrivning.", h=10)
    big_field("Frågeställningar inför mötet", "Genomgång av läget inför hemgång.", h=10)

    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 7, "Kontrollfrågor", new_x="LMARGIN", new_y="NEXT")

    def yn(question, yes, comment=None, comment_label="Kommentar:"):
        pdf.set_font("DejaVu", "", 9.5)
        pdf.cell(W - 40, 6.5, question, border="LT")
        ja = "\u2612 Ja" if yes else "\u2610 Ja"
        nej = "\u2610 Nej" if yes else "\u2612 Nej"
        pdf.cell(20, 6.5, ja, border="T")
        pdf.cell(20, 6.5, nej, border="TR", new_x="LMARGIN", new_y="NEXT")
        if comment is not None:
            pdf.set_font("DejaVu", "", 8)
            pdf.set_text_color(90, 90, 90)
            pdf.cell(22, 6, comment_label, border="L")
            pdf.set_text_color(0, 0, 0)
            pdf.set_font("DejaVu", "", 9)
            x = pdf.get_x()
            pdf.cell(W - 22, 6, comment, border="R", new_x="LMARGIN", new_y="NEXT")
            y = pdf.get_y()
            pdf.set_draw_color(150, 150, 150)
            pdf.line(x, y - 0.8, 15 + W - 2, y - 0.8)
            pdf.set_draw_color(0, 0, 0)
        else:
            pdf.cell(W, 1.5, "", border="LR", new_x="LMARGIN", new_y="NEXT")

    yn("Har den enskilde deltagit i mötet?", True,
       "L. vill att uppföljningen sker hemma hos honom och vill inte ha hemtjänst.")
    yn("Har närstående deltagit i mötet?", False)
    yn("Finns samtycke?", False, "Samtyckesblanketten är inte underskriven.")
    yn("Har den enskildes egna mål formulerats?", False, "")
    yn("Finns andra aktörer med insatser (t.ex. FK, AF, god man)?", False,
       "Inga. L. har ingen god man och inga pågående ärenden hos FK eller AF.")
    yn("Behövs hjälpmedel vid hemgång?", False)
    pdf.cell(W, 0, "", border="T", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    # measures table
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 7, "Åtgärder", new_x="LMARGIN", new_y="NEXT")
    cols = [10, W * 0.5 - 10, W * 0.27, W * 0.23]
    heads = ["Nr", "Åtgärd", "Ansvarig", "Tidpunkt"]

    def thead():
        pdf.set_font("DejaVu", "B", 9)
        pdf.set_fill_color(225, 225, 225)
        for w, h in zip(cols, heads):
            pdf.cell(w, 7, h, border=1, fill=True)
        pdf.ln(7)

    rows = [
        ["1", "Fortsatt kontakt", "", "Efter utskrivning"],
        ["2", "Stöd i vardagen vid behov", "", "Löpande"],
        ["3", "Uppföljning av mående", "", "Löpande"],
        ["4", "Medicinering enligt ordination", "", "Löpande"],
        ["5", "Samtal", "", "Vid behov"],
    ]
    thead()
    pdf.set_font("DejaVu", "", 9)
    for r in rows:
        if pdf.get_y() + 7 > pdf.h - 20:
            pdf.add_page()
            thead()
            pdf.set_font("DejaVu", "", 9)
        for w, v in zip(cols, r):
            pdf.cell(w, 7, v, border=1)
        pdf.ln(7)
    pdf.ln(4)

    field("Huvudansvarig för planen", "Kungälvs kommun", W, h=11, ln=True)
    pdf.ln(2)
    field("Uppföljning – datum", "ÅÅÅÅ-MM-DD", W * 0.4)
    field("Uppföljning – plats", "", W * 0.6, ln=True)
    pdf.ln(5)

    # participants table (may continue on next page, header repeated)
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 7, "Deltagare vid mötet", new_x="LMARGIN", new_y="NEXT")
    pcols = [W * 0.22, W * 0.30, W * 0.48]
    pheads = ["Namn", "Funktion", "Verksamhet"]

    def phead():
        pdf.set_font("DejaVu", "B", 9)
        pdf.set_fill_color(225, 225, 225)
        for w, h in zip(pcols, pheads):
            pdf.cell(w, 7, h, border=1, fill=True)
        pdf.ln(7)

    prow = [
        ["L.", "Patient", "–"],
        ["Jenny", "Sjuksköterska", "Psykiatrisk vårdavdelning 2, Kungälvs sjukhus"],
        ["Omar", "Överläkare", "Psykiatrisk vårdavdelning 2, Kungälvs sjukhus"],
        ["Cecilia", "Kontaktperson, skötare", "Psykiatrimottagningen Kungälv"],
        ["Therese", "Biståndshandläggare", "Socialpsykiatri, Kungälvs kommun"],
        ["Niklas", "Boendestödjare", "Socialpsykiatri, Kungälvs kommun"],
    ]
    phead()
    pdf.set_font("DejaVu", "", 9)
    for r in prow:
        if pdf.get_y() + 7 > pdf.h - 20:
            pdf.add_page()
            pdf.set_font("DejaVu", "B", 9)
            pdf.cell(0, 6, "Deltagare vid mötet (forts.)", new_x="LMARGIN", new_y="NEXT")
            phead()
            pdf.set_font("DejaVu", "", 9)
        for w, v in zip(pcols, r):
            pdf.cell(w, 7, v, border=1)
        pdf.ln(7)
    pdf.ln(6)
    pdf.set_font("DejaVu", "", 8)
    pdf.cell(0, 5, "Planen upprättad i SAMSA av: Jenny, sjuksköterska, 2025-06-10",
             new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


# ---------------------------------------------------------------- 07 status follow-up
def plan07(path):
    doc = Document()
    base_style(doc, "Calibri", 11)
    set_core(doc, "Uppföljning SIP Gunnar", "Närhälsan Lidköping vårdcentral")
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Lidköpings kommun  |  Närhälsan Lidköping vårdcentral"
    hp.runs[0].font.size = Pt(9)

    para(doc, "Uppföljning av SIP – Gunnar, 86 år", bold=True, size=15, space_after=2)
    para(doc, "Datum: 2025-09-23 kl. 10.00–10.45. Mötesform: Teams. Pnr: ÅÅMMDD-XXXX",
         size=10, space_after=8)

    label_value(doc, "Syfte:", "Se tidigare plan (2025-08-19).")
    para(doc, "")
    para(doc, "Frågor till dagens möte", bold=True)
    for s in [
        "Klarar Gunnar att duscha själv med duschpall, eller behöver hemtjänsten hjälpa till?",
        "Behövs fortsatt hemrehabilitering efter v. 42?",
        "Kan yrseln på morgnarna ha med läkemedlen att göra?",
    ]:
        doc.add_paragraph(s, style="List Bullet")

    label_value(doc, "Mål:", "Att Gunnar ska kunna gå till affären med rollator och klara "
                             "morgonhygienen själv.")
    label_value(doc, "Närvarande:", "Anna, Petra, Mikael, Sofie")
    para(doc, "Gunnar deltog inte i mötet.")
    para(doc, "")

    para(doc, "Insatser", bold=True)
    items = [
        ("KLART – ", "Rollator och duschpall utprovade och levererade. Arbetsterapeut, "
                     "Rehab Lidköpings kommun. Klart 2025-09-05."),
        ("PÅGÅR – ", "Hemrehabilitering 2 ggr/vecka, gång- och balansträning ute och "
                     "inne. Fysioterapeut, Rehab Lidköpings kommun, t.o.m. 2025-10-17."),
        ("PÅGÅR – ", "Hemtjänst morgon och kväll (hygien, påklädning, stödstrumpor). "
                     "Hemtjänst Lidköping centrum, oförändrat t.o.m. nästa uppföljning "
                     "2025-10-21."),
        ("NYTT – ", "Trygghetslarm. Kommunen."),
        ("NYTT – ", "Läkemedelsgenomgång p.g.a. yrsel på morgnarna. Läkare, Närhälsan "
                    "Lidköping vårdcentral, 2025-10-02."),
        ("AVSLUTAS – ", "Hemsjukvård för omläggning av operationssåret (läkt). "
                        "Distriktssköterska, Närhälsan Lidköping vårdcentral, sista besök "
                        "2025-09-26."),
        ("AVSLUTAS – ", "Kontakt med ortopedmottagningen, Skaraborgs Sjukhus Lidköping. "
                        "Återbesök med röntgen gjort 2025-09-10, frakturen läkt, inga fler "
                        "besök."),
    ]
    for tag, txt in items:
        p = doc.add_paragraph()
        r = p.add_run(tag)
        r.bold = True
        p.add_run(txt)
        p.paragraph_format.space_after = Pt(4)
        p.paragraph_format.left_indent = Cm(0.5)
        p.paragraph_format.first_line_indent = Cm(-0.5)

    para(doc, "")
    label_value(doc, "Huvudansvarig:", "Distriktssköterska, Närhälsan Lidköping vårdcentral.")
    para(doc, "")
    p = doc.add_paragraph()
    r = p.add_run("Nästa möte: 2025-10-21 kl. 10.00, hemma hos Gunnar.")
    r.bold = True
    doc.save(path)


# ---------------------------------------------------------------- 08 avbetalningsplan
def plan08(path):
    doc = Document()
    base_style(doc, "Calibri", 11)
    set_core(doc, "Avbetalningsplan hyresskuld", "Budget- och skuldrådgivningen")
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Kungälvs kommun – Budget- och skuldrådgivningen"
    hp.runs[0].font.size = Pt(9)

    doc.add_heading("Avbetalningsplan – hyresskuld", level=1)
    para(doc, "Överenskommelse mellan hyresgäst, hyresvärd och budget- och "
              "skuldrådgivningen i Kungälvs kommun", italic=True)
    table(doc, ["Part", "Uppgift"], [
        ["Hyresgäst", "Sara, ÅÅMMDD-XXXX"],
        ["Hyresvärd", "Bostads AB Älvhem, Kungälv (kundtjänst via växeln)"],
        ["Lägenhet", "2 rok, objektnr XXXX, månadshyra 7 800 kr"],
        ["Budget- och skuldrådgivning", "Budget- och skuldrådgivare Peter, Kungälvs kommun"],
        ["Datum för överenskommelse", "2025-06-24"],
    ], widths=[5.5, 10.5], fill="E2EFDA")

    doc.add_heading("1. Skuldens storlek", level=2)
    para(doc, "Hyresskulden avser obetald hyra för mars, april och maj 2025, "
              "3 × 7 800 kr = 23 400 kr. Påminnelseavgifter om 180 kr har hyresvärden "
              "efterskänkt. Ingen ränta tas ut under förutsättning att planen följs.")

    doc.add_heading("2. Avbetalningar", level=2)
    para(doc, "Skulden betalas med 1 950 kr per månad i tolv månader, utöver ordinarie "
              "hyra. Avbetalningen betalas senast den 27:e varje månad till hyresvärdens "
              "bankgiro med OCR-nummer enligt avi.")
    rows = []
    months = ["2025-07-27", "2025-08-27", "2025-09-27", "2025-10-27", "2025-11-27",
              "2025-12-27", "2026-01-27", "2026-02-27", "2026-03-27", "2026-04-27",
              "2026-05-27", "2026-06-27"]
    rest = 23400
    for i, d in enumerate(months, 1):
        rest -= 1950
        rows.append([str(i), d, "1 950 kr", f"{rest:,} kr".replace(",", " ")])
    table(doc, ["Nr", "Förfallodag", "Belopp", "Kvar av skulden"], rows,
          widths=[1.5, 4.5, 4.0, 5.0], size=10, fill="E2EFDA")

    doc.add_heading("3. Vem betalar vad", level=2)
    for s in [
        "Sara betalar ordinarie hyra 7 800 kr och avbetalningen 1 950 kr via autogiro "
        "från sitt lönekonto den 25:e varje månad (lön utbetalas den 25:e).",
        "Hyresvärden registrerar avbetalningsplanen, skickar separat avi för avbetalningen "
        "och återkallar uppsägningen av hyresavtalet så länge planen följs.",
        "Budget- och skuldrådgivaren har hjälpt Sara att göra en hushållsbudget och lägga "
        "upp autogirot, och går igenom budgeten med henne igen i oktober.",
        "Ingen annan part betalar något på skulden. Ekonomiskt bistånd har inte sökts.",
    ]:
        doc.add_paragraph(s, style="List Bullet")

    doc.add_heading("4. Om en betalning uteblir", level=2)
    para(doc, "Om en avbetalning inte är betald senast 14 dagar efter förfallodagen "
              "kontaktar hyresvärden Sara och budget- och skuldrådgivaren. Uteblir två "
              "avbetalningar förfaller hela den återstående skulden till betalning och "
              "hyresvärden har rätt att på nytt säga upp hyresavtalet.")

    doc.add_heading("5. Underskrifter", level=2)
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for j, h in enumerate(["Hyresgäst", "Hyresvärd", "Budget- och skuldrådgivare"]):
        t.rows[0].cells[j].text = h
        t.rows[0].cells[j].paragraphs[0].runs[0].bold = True
        t.rows[1].cells[j].text = "\n\n……………………………………\nKungälv 2025-06-24"
    doc.save(path)


def fix_zip(path):
    """Rewrite a .docx with fixed zip timestamps so reruns give identical bytes."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in items:
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def main():
    os.makedirs(OUT, exist_ok=True)
    plan01(os.path.join(OUT, "f85b-01.docx"))
    plan02(os.path.join(OUT, "f85b-02.pdf"))
    plan03(os.path.join(OUT, "f85b-03.txt"))
    plan04(os.path.join(OUT, "f85b-04.md"))
    plan05(os.path.join(OUT, "f85b-05.docx"))
    plan06(os.path.join(OUT, "f85b-06.pdf"))
    plan07(os.path.join(OUT, "f85b-07.docx"))
    plan08(os.path.join(OUT, "f85b-08.docx"))
    for n in ("01", "05", "07", "08"):
        fix_zip(os.path.join(OUT, f"f85b-{n}.docx"))
    print("ok")


if __name__ == "__main__":
    main()
