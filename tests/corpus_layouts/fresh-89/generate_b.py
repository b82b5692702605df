#!/usr/bin/env python
"""Generate the f89b batch of fictional SIP documents (Region Gotland / Region Uppsala).

Run with /work/batches/.venv/bin/python generate.py. Deterministic: fixed dates, no randomness.
"""
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f89b"
LO_PROFILE = "file:///tmp/lo-f89b"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def normalize_docx(fn):
    """Rewrite the .docx zip with fixed timestamps so repeated runs give identical bytes."""
    import zipfile
    with zipfile.ZipFile(fn) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(fn, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def path(n, ext):
    return os.path.join(OUT, f"{PREFIX}-{n:02d}.{ext}")


def set_cell_shading(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def mark_header_row(row):
    trPr = row._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trPr.append(th)


def set_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for c, w in zip(row.cells, widths_cm):
            c.width = Cm(w)


def cell_text(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    return p


def fix_core(doc, author, title):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    import datetime
    cp.created = datetime.datetime(2025, 1, 1, 8, 0, 0)
    cp.modified = datetime.datetime(2025, 1, 1, 8, 0, 0)
    cp.revision = 1


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
# 01  .docx  BUP plan with cover table and parts A–G; child with school refusal, Enköping
# ---------------------------------------------------------------------------
def plan01():
    doc = Document()
    fix_core(doc, "BUP Enköping", "SIP")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Region Uppsala · Barn- och ungdomspsykiatrin (BUP) Enköping"
    hp.runs[0].font.size = Pt(9)
    hp.runs[0].font.color.rgb = RGBColor(0x55, 0x55, 0x55)

    t = doc.add_paragraph()
    r = t.add_run("Samordnad individuell plan – SIP")
    r.bold = True
    r.font.size = Pt(18)
    s = doc.add_paragraph()
    r = s.add_run("Barn och unga · upprättad vid SIP-möte 2025-02-26, BUP Enköping")
    r.font.small_caps = True
    r.font.size = Pt(10)

    cover = doc.add_table(rows=5, cols=2)
    cover.style = "Table Grid"
    cover.alignment = WD_TABLE_ALIGNMENT.CENTER
    top = cover.rows[0].cells[0].merge(cover.rows[0].cells[1])
    cell_text(top, "Uppgifter om barnet", bold=True)
    set_cell_shading(top, "D9E2F3")
    rows = [
        ("Barnets namn [initial]", "E."),
        ("Ålder", "10 år (åk 4)"),
        ("Vårdnadshavare", "Mamma S. och pappa J. (gemensam vårdnad, bor växelvis)"),
        ("Skola", "Åkerskolan, Enköpings kommun, klass 4B"),
    ]
    for i, (k, v) in enumerate(rows, start=1):
        cell_text(cover.rows[i].cells[0], k, bold=True)
        cell_text(cover.rows[i].cells[1], v)
    set_widths(cover, [5, 11.5])

    doc.add_paragraph()
    doc.add_heading("A. Syfte", level=2)
    doc.add_paragraph(
        "E. har haft hög frånvaro sedan mitten av november 2024 och har de senaste sex veckorna "
        "bara varit i skolan enstaka förmiddagar. Hon har oro och magont på morgnarna och det "
        "har blivit många konflikter hemma kring skolgången. Syftet med planen är att BUP, "
        "skolan och socialtjänsten gör samma sak åt samma håll så att E. stegvis kan komma "
        "tillbaka till undervisning i klassrummet under vårterminen, och att föräldrarna får "
        "stöd i hur de ska hantera morgnarna."
    )

    doc.add_heading("B. Frågor till mötet", level=2)
    doc.add_paragraph("")

    doc.add_heading("C. Barnets röst", level=2)
    doc.add_paragraph(
        "E. var med de första 20 minuterna av mötet tillsammans med båda föräldrarna och "
        "ritade under tiden. Hon ville själv säga vad som är viktigt för henne:"
    )
    for q in [
        "”Jag vill kunna vara i klassrummet utan att mamma eller pappa sitter utanför.”",
        "”Jag vill inte att alla tittar på mig när jag kommer in sent.”",
        "”Det är lättare om jag får börja med slöjd eller bild och inte matte.”",
    ]:
        p = doc.add_paragraph(q, style="List Bullet")
    doc.add_paragraph(
        "E. önskar också att det är Malin (elevassistent) som möter henne vid entrén, "
        "eftersom hon känner henne sedan förskoleklassen."
    )

    doc.add_heading("D. Insatser", level=2)
    ins = doc.add_table(rows=1, cols=3)
    ins.style = "Table Grid"
    hdr = ins.rows[0]
    mark_header_row(hdr)
    for c, txt in zip(hdr.cells, ["Insats", "Ansvarig (verksamhet/funktion)", "Senast"]):
        cell_text(c, txt, bold=True)
        set_cell_shading(c, "D9E2F3")
    data = [
        ("KBT-behandling med fokus på oro och skolundvikande, 12 sessioner, varannan "
         "vecka på BUP och varannan vecka som digitala besök",
         "Psykolog, BUP Enköping", "Start 2025-03-06"),
        ("Anpassad skolgång: schema som börjar 09.20 med praktiskt-estetiska ämnen, "
         "mottagande vid entrén av elevassistent, utökas en lektion i taget",
         "Rektor, Åkerskolan", "2025-03-10"),
        ("Stödsamtal med kurator en gång i veckan, tisdagar efter lunch",
         "Skolkurator, elevhälsan Åkerskolan", "2025-03-11"),
        ("Kartläggning av frånvaron och ansökan om särskilt stöd, åtgärdsprogram",
         "Specialpedagog, Åkerskolan", "2025-03-21"),
        ("Föräldrastöd i hemmet kring morgonrutiner (ca 8 träffar)",
         "Familjebehandlare, IFO Barn och familj, Enköpings kommun", ""),
    ]
    for a, b, c in data:
        cells = ins.add_row().cells
        cell_text(cells[0], a)
        cell_text(cells[1], b)
        cell_text(cells[2], c)
    set_widths(ins, [8.5, 5.2, 2.8])

    doc.add_paragraph()
    doc.add_paragraph(
        "Vårdnadshavarna har lämnat samtycke till att BUP, skolan och socialtjänsten "
        "får utbyta information inom SIP-arbetet."
    )

    doc.add_heading("E. Samordningsansvar", level=2)
    doc.add_paragraph("Se tidigare plan.")

    doc.add_heading("F. Uppföljning", level=2)
    doc.add_paragraph(
        "Uppföljande SIP-möte 2025-05-15 kl. 14.00 på BUP Enköping. Vi går då igenom "
        "närvaron sedan mars och om schemat kan utökas inför höstterminen."
    )

    doc.add_heading("G. Närvarande", level=2)
    for x in [
        "E. (första delen av mötet), mamma S., pappa J.",
        "Karin, psykolog, BUP Enköping",
        "Johan, sjuksköterska, BUP Enköping",
        "Helena, rektor, Åkerskolan",
        "Amir, skolkurator, Åkerskolan",
        "Lotta, familjebehandlare, IFO Barn och familj, Enköpings kommun",
    ]:
        doc.add_paragraph(x, style="List Bullet")
    doc.save(path(1, "docx"))


# ---------------------------------------------------------------------------
# 02  .pdf via LibreOffice  header (initials + date) / footer (Huvudansvarig); psychosis + debts, Visby
# ---------------------------------------------------------------------------
def plan02_docx(target):
    doc = Document()
    fix_core(doc, "Socialförvaltningen", "SIP K.L.")
    st = doc.styles["Normal"]
    st.font.name = "Liberation Serif"
    st.font.size = Pt(11.5)
    sec = doc.sections[0]
    sec.top_margin = Cm(2.5)
    sec.bottom_margin = Cm(2.5)
    sec.left_margin = sec.right_margin = Cm(2.5)

    hp = sec.header.paragraphs[0]
    hp.text = "K.L.\tSIP-möte 2025-04-08"
    hp.style = doc.styles["Header"]
    fp = sec.footer.paragraphs[0]
    fp.style = doc.styles["Footer"]
    fp.add_run("Huvudansvarig: SIP-samordnare, Socialpsykiatrin, Socialförvaltningen Region Gotland")
    fp.add_run("\tSida ")
    add_page_number_field(fp)

    h = doc.add_paragraph()
    r = h.add_run("SAMORDNAD INDIVIDUELL PLAN")
    r.bold = True
    r.font.size = Pt(15)
    doc.add_paragraph("Region Gotland – socialförvaltningen och hälso- och sjukvårdsförvaltningen")

    def head(t):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(12)
        rr = p.add_run(t)
        rr.bold = True
        rr.font.size = Pt(12)

    head("Bakgrund")
    doc.add_paragraph(
        "K.L. är 38 år och bor i egen lägenhet i Visby. Han har en schizofrenidiagnos sedan "
        "2016 och har under vintern haft en period med ökade psykotiska symtom efter att ha "
        "slutat med sin medicin på egen hand i november. Han vårdades inneliggande på "
        "psykiatriska kliniken i Visby 2025-01-20 – 2025-02-14 och har därefter haft täta "
        "kontakter med öppenvården. Depotinjektion återinsattes under vårdtiden."
    )
    doc.add_paragraph(
        "Under insjuknandet har räkningar inte betalats. Det finns obetalda hyror för "
        "december–februari och flera ärenden hos Kronofogden. Hyresvärden har skickat en "
        "skriftlig varning. K. har tidigare haft boendestöd men tackade nej till fortsatt "
        "insats hösten 2024. Han har sjukersättning och har ingen kontakt med arbetsliv i nuläget."
    )
    doc.add_paragraph(
        "Psykiatrin tog initiativ till SIP i samband med utskrivningen och socialpsykiatrin "
        "kallade till mötet. K. deltog inte i mötet."
    )

    head("Samtycke")
    doc.add_paragraph(
        "K. har lämnat skriftligt samtycke till SIP och till informationsutbyte mellan "
        "psykiatrin och socialförvaltningen på blanketten ”Samtycke SIP”, undertecknad "
        "vid besök på psykiatriska öppenvårdsmottagningen 2025-03-25. Samtycket gäller ett år."
    )

    head("Syfte")
    doc.add_paragraph("Samordning.")

    head("Insatser")
    tbl = doc.add_table(rows=1, cols=3)
    tbl.style = "Table Grid"
    mark_header_row(tbl.rows[0])
    for c, t in zip(tbl.rows[0].cells, ["Insats", "Utförare", "När"]):
        cell_text(c, t, bold=True)
        set_cell_shading(c, "E7E6E6")
    rows = [
        ("Depotinjektion var 14:e dag och läkemedelsuppföljning, läkarbesök var tredje månad",
         "Sjuksköterska och läkare, Psykiatriska öppenvårdsmottagningen Visby",
         "Injektion 2025-04-10, därefter var 14:e dag.\nLäkarbesök 2025-05-06"),
        ("Boendestöd två gånger i veckan med fokus på post, räkningar och inköp",
         "Boendestödjare, Socialpsykiatrin Region Gotland",
         "Start 2025-04-14"),
        ("Genomgång av skulder, kontakt med hyresvärd om avbetalningsplan och ansökan om "
         "skuldsanering",
         "Budget- och skuldrådgivare, Region Gotland",
         "Första möte 2025-04-23"),
        ("Utredning av ekonomiskt bistånd för hyresskulden",
         "Socialsekreterare, Försörjningsstöd, Socialförvaltningen",
         "Beslut senast 2025-04-30"),
        ("Krisplan vid tecken på återinsjuknande, delas med boendestödet",
         "Sjuksköterska, Psykiatriska öppenvårdsmottagningen Visby",
         "Klar 2025-04-17"),
    ]
    for a, b, c in rows:
        cells = tbl.add_row().cells
        cell_text(cells[0], a, size=10)
        cell_text(cells[1], b, size=10)
        cell_text(cells[2], c, size=10)
    set_widths(tbl, [6.0, 5.0, 5.0])

    head("Vid försämring")
    doc.add_paragraph(
        "Tidiga tecken enligt tidigare vårdtillfällen är att K. slutar öppna dörren, drar "
        "ner persiennerna och börjar prata om att grannarna avlyssnar honom. Om boendestödet "
        "ser detta kontaktas psykiatriska öppenvårdsmottagningen samma dag via växeln. "
        "Utanför kontorstid gäller psykiatrisk akutmottagning på Visby lasarett."
    )
    doc.add_paragraph(
        "Om hyresvärden inleder uppsägning ska socialsekreteraren på försörjningsstöd "
        "informeras direkt, så att frågan om hyresskulden kan prioriteras."
    )

    head("Uppföljning")
    doc.add_paragraph("Uppföljning vecka 24.")

    head("Närvarande")
    for x in ["Sjuksköterska", "Överläkare", "Boendestödjare", "Socialsekreterare",
              "SIP-samordnare (sekreterare)"]:
        doc.add_paragraph(x, style="List Bullet")
    doc.save(target)


def plan02():
    tmp = tempfile.mkdtemp(prefix="f89b-")
    src = os.path.join(tmp, f"{PREFIX}-02.docx")
    plan02_docx(src)
    subprocess.run(
        ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
         "--convert-to", "pdf", "--outdir", tmp, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180,
    )
    shutil.copy(os.path.join(tmp, f"{PREFIX}-02.pdf"), path(2, "pdf"))
    shutil.rmtree(tmp)


# ---------------------------------------------------------------------------
# 03  .txt phone note (UTF-8, LF); teenager with cannabis use, Slite
# ---------------------------------------------------------------------------
TXT03 = """SIP J. – möte ons 12/3

Plats: Slite, skolans konferensrum
Med: J, mamma, A, L, T, jag

• J. röker på nästan varje dag sen jul, mest m kompisar i Slite
• skolkat mycket sista månaden, T säger ca 40 % frånvaro
• hemma bråk m mamma, J. sover ibland hos kompis
• mamma o morbror stöttar hemma, morbror viktig för J.

Frågor
→ vem tar drogtester, soc eller beroendemott?
→ kan J. bo kvar hemma eller behövs nåt annat?
→ går det att göra om schemat så han klarar kurserna?

J. sa själv
• "jag vill ha eget boende typ träningslägenhet, och jobb i sommar"
• "jag vill inte ha nån som kollar på mig hela tiden"
• vill sluta röka men "inte just nu", vill iaf testa att dra ner
• J. var med hela mötet, sa mer än väntat

Vad vi gör
• urinprov 1 ggr/v på Beroendemottagningen Visby → start v.12
• A (IFO ungdom) samtal m J. varannan vecka, MI → första fre 14/3
• T kollar m rektor om reducerat schema → efter påsk
• Regionen ska kolla om ADHD-utredning är aktuell

Huvudansvar?? – ta upp nästa gång

Nytt möte efter påsk, kanske v.17
"""


def plan03():
    with open(path(3, "txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(TXT03)


# ---------------------------------------------------------------------------
# 04  .md wiki export, ### parts with blockquote instructions; elderly man after hip fracture, Hemse
# ---------------------------------------------------------------------------
MD04 = """# SIP – G., 84 år, Hemse

*Exporterad från SIP-wiki Region Gotland · Sida: Vård och omsorg syd / SIP / 2025-05-07-G · Senast ändrad 2025-05-08*

---

### 1. Bakgrund

> Beskriv kort personens situation och varför SIP upprättas.

G. bor ensam i villa utanför Hemse. Han föll i köket i mars och opererades för höftfraktur på Visby lasarett. Efter utskrivning 2025-04-02 har han haft korttidsplats på Hemse och flyttade hem 2025-05-02. Han har hjärtsvikt och tar många läkemedel. Han har blivit osäker på att gå och har inte varit ute själv sedan fallet.

### 2. Syfte med planen

> Beskriv vad planen ska leda till för personen.

Planen ska göra att G. kan bo kvar hemma tryggt efter höftfrakturen, med hemtjänst och rehabilitering som hänger ihop, och att läkemedelshanteringen blir säker nu när han inte längre klarar dosetten själv.

### 3. Frågeställningar

> Beskriv de frågor som ska tas upp på mötet.

### 4. Personens egna mål

> Beskriv personens mål med hans eller hennes egna ord.

”Jag vill kunna gå ner till Ica själv och klara att duscha utan att någon står bredvid. Och jag vill inte flytta härifrån.”

### 5. Delaktighet

> Beskriv hur personen har varit delaktig och vad personen själv tycker.

Mötet hölls hemma hos G. i köket så att han kunde vara med hela tiden. G. tycker att hemtjänsten kommer för tidigt på morgonen och vill hellre ha hjälp efter klockan 8. Han vill själv sköta matlagningen men tar emot hjälp med inköp tills vidare.

### 6. Samtycke

> Beskriv hur och när samtycke har inhämtats.

### 7. Insatser

> Beskriv insatserna, vem som ansvarar och när.

| Insats | Ansvarig | När |
|---|---|---|
| Hemtjänst morgon och kväll, hjälp med dusch två gånger/vecka, inköp en gång/vecka | Hemtjänsten Hemse, enhetschef | Morgonbesök flyttas till efter 08.00 fr.o.m. 2025-05-12 |
| Gångträning i hemmet och utomhus, mål att gå till affären med rollator | Fysioterapeut, Rehabenheten Hemse (kommunal hemsjukvård) | Två gånger/vecka 2025-05-13 – 2025-06-13 |
| Hjälpmedel: rollator utomhus, duschpall och griptång | Arbetsterapeut, Rehabenheten Hemse | |
| Läkemedelsgenomgång och beslut om ApoDos | Distriktsläkare, Hemse vårdcentral | 2025-05-20 |
| Överlämning av läkemedel till hemtjänsten och signeringslista | Distriktssköterska, Hemse vårdcentral | När ApoDos startat, senast 2025-06-02 |
| Trygghetslarm, kontroll av funktion och kvittens | Larmcentralen, Vård och omsorg Region Gotland | 2025-05-09 |

### 8. Andra aktörers insatser

> Beskriv insatser från andra än kommun och region, t.ex. anhöriga, god man, Försäkringskassan.

### 9. Huvudansvar

> Ange vem som har huvudansvaret för planen (namn, funktion, verksamhet).

Distriktssköterskan.

### 10. Uppföljning

> Ange datum för uppföljning.

Uppföljning 2025-06-17 kl. 10.00 hemma hos G.

### 11. Deltagare

> Ange samtliga deltagare med funktion och verksamhet.

- G.
- Sofia
- Anders
- Maria
- Jonas

---
*Sidan har inga bifogade filer.*
"""


def plan04():
    with open(path(4, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(MD04)


# ---------------------------------------------------------------------------
# 05  .docx numbered measures with Vem/När/Hur vet vi; young adult with autism (LSS), Tierp
# ---------------------------------------------------------------------------
def plan05():
    doc = Document()
    fix_core(doc, "Tierps kommun", "SIP A.")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    hp = sec.header.paragraphs[0]
    hp.text = "Tierps kommun · Vård- och omsorgsförvaltningen · LSS-enheten"
    hp.runs[0].font.size = Pt(8.5)
    fp = sec.footer.paragraphs[0]
    fp.text = "Mall SIP v.3 – Tierps kommun och Region Uppsala"
    fp.runs[0].font.size = Pt(8)
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def bold(t, size=None, before=10):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(before)
        p.paragraph_format.space_after = Pt(3)
        r = p.add_run(t)
        r.bold = True
        if size:
            r.font.size = Pt(size)
        return p

    bold("Samordnad individuell plan (SIP)", size=16, before=0)
    p = doc.add_paragraph()
    p.add_run("Person: ").bold = True
    p.add_run("A., 22 år, Tierp\t")
    p.add_run("Personnummer: ").bold = True
    p.add_run("ÅÅMMDD-XXXX")
    p = doc.add_paragraph()
    p.add_run("Datum för möte: ").bold = True
    p.add_run("2025-06-04, LSS-enheten Tierp")

    bold("1. Bakgrund")
    doc.add_paragraph(
        "A. har autism och lindrig intellektuell funktionsnedsättning och tillhör LSS "
        "personkrets 1. Hon flyttade till en gruppbostad i Tierp i januari 2025 från "
        "föräldrahemmet i Söderfors. Sedan flytten har hon haft svårt att komma iväg till "
        "daglig verksamhet, hon har sovit dåligt och det har blivit utbrott på boendet "
        "flera gånger i veckan. Hon har kontakt med psykiatrin (habiliteringen/vuxenpsykiatrin "
        "Uppsala) för sömn och ångest. Mamma är god man."
    )
    bold("2. Syfte")
    doc.add_paragraph(
        "Syftet är att boendet, daglig verksamhet och psykiatrin ska ha en gemensam plan för "
        "A:s dygnsrytm och dagar, så att hon kan komma tillbaka till daglig verksamhet efter "
        "flytten och utbrotten på boendet minskar."
    )
    bold("3. Frågeställningar")
    doc.add_paragraph("Gå igenom läget sedan flytten.")
    bold("4. Mål")
    doc.add_paragraph(
        "Målet är att A. ska ha en fungerande vardag med daglig verksamhet fyra dagar i "
        "veckan och sova hela nätter."
    )
    bold("5. Samtycke")
    doc.add_paragraph("Samtycke finns.")

    bold("6. Insatser")
    items = [
        ("Gemensamt bildschema för veckan på boendet och på daglig verksamheten, samma bilder "
         "och samma ordning på morgonen.",
         [("Vem:", "Kontaktperson på Gruppbostaden Granen och handledare på Daglig verksamhet "
           "Tierp, Verkstaden"),
          ("När:", "Klart 2025-06-16"),
          ("Hur vet vi att det fungerar:", "A. kommer iväg till daglig verksamhet minst tre "
           "dagar i veckan i juni.")]),
        ("Översyn av sömnmedicinering och ångest, ev. justering av melatonin.",
         [("Vem:", "Läkare, Vuxenhabiliteringen Uppsala, i samråd med psykiatrisk mottagning"),
          ("När:", "Läkarbesök 2025-06-24"),
          ("Hur vet vi att det fungerar:", "Sömndagbok som personalen fyller i visar färre "
           "uppvaknanden.")]),
        ("Kartläggning av vad som utlöser utbrotten (tydliggörande pedagogik, lågaffektivt "
         "bemötande), handledning till personalgruppen.",
         [("Vem:", "Psykolog, Vuxenhabiliteringen Uppsala, och enhetschef Gruppbostaden Granen"),
          ("Hur vet vi att det fungerar:", "Incidentrapporterna på boendet minskar från ca "
           "fyra till högst en i veckan.")]),
        ("Ansökan om förlängd aktivitetsersättning hos Försäkringskassan (nuvarande beslut "
         "löper ut i augusti).",
         [("Vem:", "Mamma i egenskap av god man, med underlag från Vuxenhabiliteringen"),
          ("När:", "Ansökan inskickad senast 2025-06-30"),
          ("Hur vet vi att det fungerar:", "Beslut från FK före 2025-09-01 utan glapp i "
           "ersättningen.")]),
        ("Ledsagarservice en eftermiddag varannan vecka för simhallen, som A. tidigare "
         "tyckte om.",
         [("Vem:", "LSS-handläggare, Tierps kommun (beslut), utförs av Ledsagarservice Tierp"),
          ("När:", "Beslut 2025-06-13, start vecka 26"),
          ("Hur vet vi att det fungerar:", "Minst två simhallsbesök genomförda i juli.")]),
    ]
    for title, subs in items:
        p = doc.add_paragraph(title, style="List Number")
        p.paragraph_format.space_before = Pt(6)
        for lab, val in subs:
            sp = doc.add_paragraph()
            sp.paragraph_format.left_indent = Cm(1.27)
            sp.paragraph_format.space_after = Pt(0)
            sp.add_run(lab + " ").italic = True
            sp.add_run(val)

    bold("7. Huvudansvarig")
    doc.add_paragraph("LSS-handläggare")

    bold("8. Deltagare")
    tbl = doc.add_table(rows=1, cols=2)
    tbl.style = "Table Grid"
    mark_header_row(tbl.rows[0])
    for c, t in zip(tbl.rows[0].cells, ["Namn", "Funktion och verksamhet"]):
        cell_text(c, t, bold=True)
    for a, b in [
        ("Mamma (god man)", "–"),
        ("Petra", "LSS-handläggare, Tierps kommun"),
        ("Erik", "Enhetschef, Gruppbostaden Granen, Tierps kommun"),
        ("Sanna", "Kontaktperson, Gruppbostaden Granen"),
        ("Ali", "Handledare, Daglig verksamhet Tierp, Verkstaden"),
        ("Ingrid", "Psykolog, Vuxenhabiliteringen, Region Uppsala"),
    ]:
        cells = tbl.add_row().cells
        cell_text(cells[0], a)
        cell_text(cells[1], b)
    doc.save(path(5, "docx"))


# ---------------------------------------------------------------------------
# 06  .pdf fpdf2 compact form with horizontal checkbox rows; 13-year-old with ADHD, Östhammar
# ---------------------------------------------------------------------------
class FormPDF(FPDF):
    def header(self):
        self.set_font("dv", "", 7.5)
        self.set_text_color(80, 80, 80)
        self.cell(0, 4, "Cosmic – Region Uppsala · SIP-formulär (gemensam mall kommun/region)",
                  new_x="LMARGIN", new_y="NEXT")
        self.cell(95, 4, "Utskriftsdatum: 2025-09-10 13:42 · Utskrivet av: BUP Östhammar")
        self.cell(0, 4, f"Sida {self.page_no()} ({{nb}})", align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(3)
        self.set_text_color(0, 0, 0)


def plan06():
    pdf = FormPDF(format="A4")
    pdf.set_creation_date(__import__("datetime").datetime(2025, 9, 10, 13, 42))
    pdf.add_font("dv", "", FONT)
    pdf.add_font("dv", "B", FONT_B)
    pdf.alias_nb_pages()
    pdf.set_margins(14, 12, 14)
    pdf.set_auto_page_break(True, 14)
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin

    pdf.set_font("dv", "B", 12)
    pdf.cell(0, 7, "SAMORDNAD INDIVIDUELL PLAN – SIP", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 8.5)

    def field_row(pairs):
        n = len(pairs)
        w = W / n
        for lab, val in pairs:
            x, y = pdf.get_x(), pdf.get_y()
            pdf.rect(x, y, w, 10)
            pdf.set_font("dv", "", 6.5)
            pdf.set_xy(x + 1, y + 0.6)
            pdf.cell(w - 2, 3, lab)
            pdf.set_font("dv", "", 9)
            pdf.set_xy(x + 1, y + 4.3)
            pdf.cell(w - 2, 5, val)
            pdf.set_xy(x + w, y)
        pdf.ln(10)

    field_row([("Namn", "N."), ("Personnummer", "XXXXXX-XXXX"), ("Ålder", "13 år"),
               ("Mötesdatum", "2025-09-03")])
    field_row([("Kommun", "Östhammar"), ("Plats", "BUP Östhammar, samtalsrum 2"),
               ("Typ av möte", "Första SIP-möte")])
    pdf.ln(2)

    def check_row(label, options):
        pdf.set_font("dv", "B", 8.5)
        x, y = pdf.get_x(), pdf.get_y()
        pdf.rect(x, y, W, 7)
        pdf.set_xy(x + 1.5, y + 1)
        pdf.cell(34, 5, label)
        pdf.set_font("dv", "", 8.5)
        for ticked, text in options:
            shown = text if ticked is None else ("☒ " if ticked else "☐ ") + text
            pdf.cell(pdf.get_string_width(shown) + 5, 5, shown)
        pdf.set_xy(x, y + 7)

    check_row("Deltog:", [(1, "Den enskilde"), (1, "Vårdnadshavare"), (0, "Skola"),
                          (1, "BUP"), (0, "Socialtjänst")])
    check_row("Samtycke:", [(1, "Skriftligt"), (0, "Muntligt"),
                            (None, "Datum: 2025-09-03 (blankett ”Samtycke SIP barn”)")])
    check_row("Samtycke av:", [(1, "Den enskilde"), (1, "Vårdnadshavare 1"),
                               (1, "Vårdnadshavare 2")])
    check_row("Tolk:", [(0, "Ja"), (1, "Nej")])
    check_row("Huvudansvar:", [(0, "Region"), (1, "Kommun")])
    check_row("Övriga aktörer:", [(0, "Försäkringskassan"), (0, "Arbetsförmedlingen"),
                                  (0, "God man"), (0, "Närstående"), (0, "Annan")])
    check_row("Krisplan finns:", [(0, "Ja"), (1, "Nej"), (0, "Ej aktuellt")])
    pdf.ln(3)

    def text_field(label, text, h=None):
        pdf.set_font("dv", "B", 8.5)
        pdf.cell(0, 5, label, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("dv", "", 9)
        x, y = pdf.get_x(), pdf.get_y()
        if text:
            pdf.multi_cell(W, 4.6, text, border=1, padding=1.5, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.cell(W, h or 12, "", border=1, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    text_field("Syfte med SIP", "", 12)
    text_field(
        "Frågeställningar inför mötet",
        "1. Hur ska skolan och BUP samordna sig när N. börjar med ADHD-medicin och skolan "
        "samtidigt vill ändra hans placering till mindre undervisningsgrupp?\n"
        "2. Behöver familjen stöd från socialtjänsten med konflikterna hemma, och i så fall "
        "vilket?\n"
        "3. Vem informerar mentor om medicinstart och eventuella biverkningar?",
    )
    text_field("Den enskildes mål", "", 12)
    text_field("Den enskildes synpunkter och önskemål", "", 12)

    pdf.set_font("dv", "B", 8.5)
    pdf.cell(0, 5, "Insatser", new_x="LMARGIN", new_y="NEXT")
    cols = [("Insats", 0.5), ("Ansvarig huvudman", 0.28), ("Tidpunkt", 0.22)]
    pdf.set_fill_color(230, 230, 230)
    for t, f in cols:
        pdf.cell(W * f, 6, t, border=1, fill=True)
    pdf.ln(6)
    pdf.set_font("dv", "", 9)
    for a, b, c in [
        ("Fortsatt kontakt BUP", "Regionen", "Löpande"),
        ("Stöd från skolan vid behov", "Kommunen", ""),
        ("Socialtjänsten erbjuder stöd vid behov", "Kommunen", "Hösten 2025"),
    ]:
        pdf.cell(W * 0.5, 6, a, border=1)
        pdf.cell(W * 0.28, 6, b, border=1)
        pdf.cell(W * 0.22, 6, c, border=1)
        pdf.ln(6)
    pdf.ln(3)

    text_field("Övriga aktörers insatser", "", 10)
    field_row([("Uppföljning, datum", "2025-11-12 kl. 13.00"),
               ("Plats för uppföljning", "BUP Östhammar")])
    pdf.ln(2)
    text_field("Deltagare (namn)", "N., mamma Y., pappa R., Sara, Omar")
    text_field("Övrigt", "Skolan var kallad men kunde inte delta.")
    pdf.output(path(6, "pdf"))


# ---------------------------------------------------------------------------
# 07  .docx plan in simple English, Swedish summary table; adult with PTSD, Uppsala
# ---------------------------------------------------------------------------
def plan07():
    doc = Document()
    fix_core(doc, "Uppsala kommun", "Your coordinated plan (SIP)")
    st = doc.styles["Normal"]
    st.font.name = "Verdana"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    hp = sec.header.paragraphs[0]
    hp.text = "Uppsala kommun · Socialförvaltningen, Vuxenenheten"
    hp.runs[0].font.size = Pt(8.5)

    doc.add_heading("Your plan – SIP (Coordinated individual plan)", level=1)
    doc.add_paragraph("For: Samir, 41 years\nMeeting: 14 October 2025, Vårdcentralen Gottsunda, "
                      "Uppsala\nThis plan is written in simple English because you do not read "
                      "Swedish. There is a short summary in Swedish at the end for the staff.")

    doc.add_heading("Why do we have this plan?", level=2)
    doc.add_paragraph(
        "You have bad sleep and nightmares since the war, and your back hurts a lot. "
        "Because of this you have missed many days at SFI (Swedish classes). Many people "
        "help you: the health centre, psychiatry, and the social services. This plan is so "
        "that we all know what the others do, and so that you can get treatment for the "
        "nightmares and still keep your place at SFI."
    )

    doc.add_heading("What do you want?", level=2)
    doc.add_paragraph("At the meeting you said, with the help of the interpreter:")
    p = doc.add_paragraph()
    r = p.add_run("“I want to sleep without nightmares. I want to learn Swedish so I can work "
                  "as an electrician again, like in Aleppo.”")
    r.italic = True
    doc.add_paragraph(
        "You were at the whole meeting with an Arabic interpreter (by phone). You told us that "
        "you do not want group therapy, because it is hard for you to talk about the war with "
        "other people. You want one person to talk to, a man if possible."
    )
    doc.add_paragraph("You have agreed that we may talk to each other about you.")

    doc.add_heading("What will happen?", level=2)
    tbl = doc.add_table(rows=1, cols=3)
    tbl.style = "Table Grid"
    mark_header_row(tbl.rows[0])
    for c, t in zip(tbl.rows[0].cells, ["What", "Who", "When"]):
        cell_text(c, t, bold=True)
        set_cell_shading(c, "FFF2CC")
    for a, b, c in [
        ("Assessment for trauma treatment (PTSD). If it fits you: treatment with one "
         "therapist, about 12 times.",
         "Psychologist at Psykiatrimottagningen Uppsala (Region Uppsala)",
         "First visit 28 October 2025"),
        ("Physiotherapy for your back, once a week, exercises you can do at home.",
         "Physiotherapist at Vårdcentralen Gottsunda",
         "Starts 4 November 2025"),
        ("Help with a new SFI schedule, only mornings, so you can go to treatment in the "
         "afternoon.",
         "Study counsellor at SFI, Uppsala kommun (Vuxenutbildningen)",
         "Before 1 November 2025"),
        ("Support talks with your social worker every second week, help with letters and "
         "money.",
         "Social worker, Vuxenenheten, Uppsala kommun",
         "Every second Tuesday from 21 October 2025"),
        ("Help to find a dentist for your broken tooth.",
         "Nurse at Vårdcentralen Gottsunda", ""),
    ]:
        cells = tbl.add_row().cells
        cell_text(cells[0], a)
        cell_text(cells[1], b)
        cell_text(cells[2], c)
    doc.add_paragraph()
    doc.add_paragraph("Arbetsförmedlingen (the employment office) also knows about this plan.")

    doc.add_heading("Who is responsible for the whole plan?", level=2)
    doc.add_paragraph(
        "Lena, social worker at Vuxenenheten, Socialförvaltningen, Uppsala kommun. "
        "Call the switchboard (växeln) and ask for Lena if something changes."
    )

    doc.add_heading("When do we meet again?", level=2)
    doc.add_paragraph("We will meet again in about three months, in January. Lena will send "
                      "you a letter with the day and time.")

    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading("Sammanfattning på svenska", level=2)
    sm = doc.add_table(rows=5, cols=2)
    sm.style = "Table Grid"
    top = sm.rows[0].cells[0].merge(sm.rows[0].cells[1])
    cell_text(top, "Sammanfattning på svenska (för personal)", bold=True)
    set_cell_shading(top, "E7E6E6")
    mark_header_row(sm.rows[0])
    for i, (k, v) in enumerate([
        ("Syfte", "Samordna traumabehandling, fysioterapi och SFI så att Samir kan få "
                  "behandling för mardrömmar/PTSD och samtidigt behålla sin SFI-plats."),
        ("Insatser", "Bedömning och ev. traumafokuserad behandling (Psykiatrimottagningen "
                     "Uppsala, 2025-10-28). Fysioterapi rygg (VC Gottsunda, från 2025-11-04). "
                     "Nytt SFI-schema förmiddagar (studie- och yrkesvägledare SFI, före "
                     "2025-11-01). Stödsamtal varannan vecka (socialsekreterare Vuxenenheten, "
                     "från 2025-10-21). Hjälp att hitta tandläkare (sjuksköterska VC "
                     "Gottsunda)."),
        ("Ansvarig", "Huvudansvarig: Lena, socialsekreterare, Vuxenenheten, "
                     "Socialförvaltningen, Uppsala kommun."),
        ("Uppföljning", "Om ca tre månader, i januari. Kallelse skickas av Lena."),
    ], start=1):
        cell_text(sm.rows[i].cells[0], k, bold=True)
        cell_text(sm.rows[i].cells[1], v)
    set_widths(sm, [3.5, 12.5])
    doc.save(path(7, "docx"))


# ---------------------------------------------------------------------------
# 08  .md NOT a plan: notes from a school network meeting, Knivsta
# ---------------------------------------------------------------------------
MD08 = """# Minnesanteckningar – nätverksmöte

**Datum:** 2025-11-19, kl. 08.30–09.30
**Plats:** Thorildsplansskolan, Knivsta (elevhälsans rum)
**Ärende:** Elev i åk 8, V.
**Antecknat av:** Mentor

## Närvarande

- V:s pappa
- Emma, mentor åk 8, Thorildsplansskolan
- Jonas, skolkurator, elevhälsan Knivsta kommun
- Mirja, skolsköterska, elevhälsan Knivsta kommun
- Daniel, socialsekreterare, IFO Barn och unga, Knivsta kommun

V. var inte med idag, pappa har pratat med honom innan.

## Vad vi pratade om

Skolan har sett en stor ökning av frånvaron sedan höstlovet och V. har sagt till skolsköterskan att han har svårt att sova och "inte orkar". Pappa berättar att V. sitter uppe på nätterna och att han har börjat vägra gå till träningen. Socialtjänsten har en pågående utredning efter en orosanmälan i oktober.

Alla var överens om att det behövs en samordnad individuell plan (SIP) med BUP/vårdcentralen med, men att det först behövs en bedömning från hälso- och sjukvården. Vi kallar till SIP när den bedömningen är gjord, troligen i december.

## Vad var och en gör innan SIP

| Vem | Gör vad innan SIP |
|---|---|
| Pappa | Bokar tid på Vårdcentralen Knivsta för V. och frågar V. om han vill vara med på SIP-mötet |
| Mirja, skolsköterska | Skickar underlag om sömn och hälsosamtal till vårdcentralen när pappa har gett samtycke |
| Jonas, kurator | Erbjuder V. samtal en gång i veckan fram till SIP |
| Emma, mentor | Sammanställer frånvaron per ämne sedan augusti och stämmer av med lärarna om vad som fungerar |
| Daniel, IFO | Kallar till SIP när vårdcentralen har träffat V., bjuder in vårdcentralen/BUP |

## Nästa steg

SIP-möte kallas av socialtjänsten, preliminärt v. 50. Ingen plan upprättad idag.
"""


def plan08():
    with open(path(8, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(MD08)


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    plan01()
    plan02()
    plan03()
    plan04()
    plan05()
    plan06()
    plan07()
    plan08()
    for n in (1, 5, 7):
        normalize_docx(path(n, "docx"))
    print("done:", sorted(os.listdir(OUT)))
