#!/usr/bin/env python
"""Generate the f107a batch of fictional, anonymized SIP plans (Region Jönköpings län).

Run with /work/batches/.venv/bin/python generate.py
Writes plans/f107a-01 ... f107a-08. Deterministic: fixed dates, no randomness,
zip timestamps and PDF creation dates are fixed.
"""
import datetime
import os
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.oxml import OxmlElement
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PFX = "f107a"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIXED = datetime.datetime(2025, 2, 4, 10, 42, tzinfo=datetime.timezone.utc)


def path(n, ext):
    return os.path.join(OUT, f"{PFX}-{n:02d}.{ext}")


def normalize_zip(fn):
    """Rewrite a .docx with fixed zip timestamps so every run gives the same bytes."""
    with zipfile.ZipFile(fn) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(fn, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def new_doc(landscape=False, author="", title=""):
    doc = Document()
    s = doc.sections[0]
    if landscape:
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = Cm(29.7), Cm(21.0)
    else:
        s.page_width, s.page_height = Cm(21.0), Cm(29.7)
    s.left_margin = s.right_margin = Cm(2.0)
    s.top_margin = s.bottom_margin = Cm(2.0)
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = datetime.datetime(2025, 1, 1, 9, 0)
    cp.modified = datetime.datetime(2025, 1, 1, 9, 0)
    cp.revision = 1
    return doc


def set_cell_shading(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_widths(table, cms):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), cms):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for cell, w in zip(row.cells, cms):
            cell.width = Cm(w)


def set_repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


# ---------------------------------------------------------------------------
# 1. Word form with checkbox content controls (w14:checkbox); child, Gislaved
# ---------------------------------------------------------------------------
_sdt_id = [71230]


def checkbox_sdt(checked):
    _sdt_id[0] += 1
    ch = "☒" if checked else "☐"
    xml = (
        f'<w:sdt {nsdecls("w")} xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml">'
        "<w:sdtPr>"
        '<w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
        f'<w:id w:val="{_sdt_id[0]}"/>'
        "<w14:checkbox>"
        f'<w14:checked w14:val="{1 if checked else 0}"/>'
        '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
        '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
        "</w14:checkbox>"
        "</w:sdtPr>"
        "<w:sdtContent><w:r>"
        '<w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr>'
        f"<w:t>{ch}</w:t>"
        "</w:r></w:sdtContent></w:sdt>"
    )
    return parse_xml(xml)


def text_sdt(text=None, tag=None):
    """Inline plain-text content control. text=None -> shows the placeholder."""
    _sdt_id[0] += 1
    placeholder = text is None
    shown = "Klicka eller tryck här för att ange text." if placeholder else text
    shown = shown.replace("&", "&amp;").replace("<", "&lt;")
    rpr = '<w:rPr><w:color w:val="808080"/></w:rPr>' if placeholder else ""
    xml = (
        f'<w:sdt {nsdecls("w")}><w:sdtPr>'
        f'<w:id w:val="{_sdt_id[0]}"/>'
        + (f'<w:tag w:val="{tag}"/>' if tag else "")
        + '<w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/></w:placeholder>'
        + ("<w:showingPlcHdr/>" if placeholder else "")
        + "<w:text w:multiLine=\"1\"/>"
        + "</w:sdtPr><w:sdtContent><w:r>"
        + rpr
        + f'<w:t xml:space="preserve">{shown}</w:t></w:r></w:sdtContent></w:sdt>'
    )
    return parse_xml(xml)


def add_label_para(doc_or_cell, parts, space_after=4):
    """parts: list of str (normal text), ('b', text) bold, ('cb', bool) checkbox, ('tx', text|None) content control"""
    p = doc_or_cell.add_paragraph()
    p.paragraph_format.space_after = Pt(space_after)
    for part in parts:
        if isinstance(part, str):
            p.add_run(part)
        elif part[0] == "b":
            p.add_run(part[1]).bold = True
        elif part[0] == "cb":
            p._p.append(checkbox_sdt(part[1]))
        elif part[0] == "tx":
            p._p.append(text_sdt(part[1]))
    return p


def plan01():
    doc = new_doc(author="Hanna, Socialtjänsten Gislaved", title="SIP – Samordnad individuell plan")
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Gislaveds kommun  |  Region Jönköpings län"
    hp.runs[0].font.size = Pt(8)
    hp2 = sec.header.add_paragraph("Samordnad individuell plan (SIP) – blankett version 2023:2")
    hp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp2.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Blanketten förvaras i den enskildes akt hos respektive huvudman. Sekretess enligt OSL 26 kap. och 25 kap."
    fp.runs[0].font.size = Pt(7)

    h = doc.add_heading("SIP – Samordnad individuell plan", level=1)
    doc.add_paragraph("Enligt 2 kap. 7 § SoL och 16 kap. 4 § HSL. Barn och unga.").runs[0].italic = True

    doc.add_heading("1. Uppgifter om den enskilde", level=2)
    add_label_para(doc, [("b", "Namn: "), ("tx", "Nora (12 år), åk 6")])
    add_label_para(doc, [("b", "Personnummer: "), ("tx", "ÅÅMMDD-XXXX")])
    add_label_para(doc, [("b", "Vårdnadshavare: "), ("tx", "Jenny (mamma) och Ali (pappa), gemensam vårdnad")])
    add_label_para(doc, [("b", "Datum för SIP-möte: "), ("tx", "2024-10-08"), "   ",
                         ("b", "Plats: "), ("tx", "Socialtjänstens mötesrum, Gislaved")])
    add_label_para(doc, [("b", "Typ av möte: "), ("cb", True), " Första SIP-möte   ", ("cb", False),
                         " Uppföljning   ", ("cb", False), " Akut SIP"])

    doc.add_heading("2. Samtycke", level=2)
    add_label_para(doc, [("cb", True), " Samtycke till SIP och till att berörda verksamheter får utbyta information har lämnats"])
    add_label_para(doc, [("b", "Form: "), ("cb", True), " Skriftligt   ", ("cb", False), " Muntligt   ",
                         ("b", "Datum: "), ("tx", "2024-10-01")])
    add_label_para(doc, [("b", "Lämnat av: "), ("cb", False), " Den enskilde   ", ("cb", True),
                         " Vårdnadshavare (båda)   ", ("cb", False), " Ställföreträdare"])
    add_label_para(doc, [("b", "Kommentar: "),
                         ("tx", "Samtyckesblanketten undertecknades av båda vårdnadshavarna vid besök på socialtjänsten. Nora har fått information om SIP av skolkurator.")])

    doc.add_heading("3. Den enskildes delaktighet", level=2)
    add_label_para(doc, [("cb", False), " Den enskilde deltar i mötet"])
    add_label_para(doc, [("cb", True), " Vårdnadshavare deltar i mötet"])
    add_label_para(doc, [("cb", True), " Den enskildes synpunkter har inhämtats inför mötet"])
    add_label_para(doc, [("b", "Den enskildes synpunkter/önskemål: "),
                         ("tx", "Nora valde att inte vara med på mötet eftersom hon tycker att det blir för många vuxna "
                                "i samma rum och att hon då inte får fram något. Hon träffade skolkurator Sara "
                                "2024-10-03 och ville att vi skulle få veta att hon helst vill börja med slöjd och bild, "
                                "att hon inte orkar äta i matsalen och att hon vill veta i förväg vilken lärare hon ska ha. "
                                "Sara förmedlade detta på mötet.")])

    doc.add_heading("4. Syfte med SIP", level=2)
    add_label_para(doc, [("tx", "Att samordna skolans, socialtjänstens och BUP:s insatser så att Nora steg för steg kan "
                                "komma tillbaka till skolan under hösten, få behandling för sin oro och att familjen vet "
                                "vem de ska vända sig till när det blir svårt på morgnarna.")])

    doc.add_heading("5. Frågeställningar inför mötet", level=2)
    add_label_para(doc, [("tx", None)])

    doc.add_heading("6. Mål", level=2)
    add_label_para(doc, [("b", "Övergripande mål: "),
                         ("tx", "Målet är att Nora ska vara i skolan minst halva skoldagen fyra dagar i veckan före "
                                "jullovet och att hennes oro inför skoldagen ska minska.")])

    doc.add_heading("7. Insatser och ansvar", level=2)
    rows = [
        ("Anpassad studiegång: start med slöjd och bild, 3 lektioner/vecka, utökas efter tre veckor om det går bra",
         "Mentor Lina och rektor, Norra skolan Gislaved", "Fr.o.m. 2024-10-14"),
        ("KBT-behandling för ångest och skolfrånvaro, ca 10 tillfällen, Nora och en förälder",
         "Psykolog, BUP Värnamo", "Första tid 2024-10-22, därefter varje tisdag"),
        ("Föräldrastöd kring morgonrutiner och hur föräldrarna kan stötta utan att pressa",
         "Familjebehandlare, Socialtjänsten Gislaved, barn- och familjeenheten", "Varannan torsdag fr.o.m. 2024-10-17"),
        ("Kartläggning av frånvaron och elevhälsomöte om fortsatt anpassning",
         "Skolkurator Sara, Elevhälsan Gislaveds kommun", ""),
    ]
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    for c, txt in zip(hdr, ("Nr", "Insats/åtgärd", "Ansvarig verksamhet/funktion", "När")):
        c.text = ""
        c.paragraphs[0].add_run(txt).bold = True
        set_cell_shading(c, "D9E2F3")
    set_repeat_header(t.rows[0])
    for i, (a, b, c) in enumerate(rows, 1):
        cells = t.add_row().cells
        cells[0].text = str(i)
        cells[1].text = a
        cells[2].text = b
        cells[3].text = c
    set_widths(t, (1.0, 7.5, 5.0, 3.5))

    doc.add_heading("8. Andra aktörer", level=2)
    add_label_para(doc, [("cb", True), " Andra aktörer finns   ", ("cb", False), " Inga andra aktörer är aktuella"])
    add_label_para(doc, [("b", "Vilka/vad: "),
                         ("tx", "Farmor och fritidsklubben i Gislaved är viktiga för Nora.")])

    doc.add_heading("9. Huvudansvar för planen", level=2)
    add_label_para(doc, [("cb", True), " Kommun   ", ("cb", False), " Region   ",
                         ("b", "Verksamhet/person: "), ("tx", "Socialtjänsten Gislaved")])

    doc.add_heading("10. Uppföljning", level=2)
    add_label_para(doc, [("b", "Planen följs upp: "),
                         ("tx", "Vecka 47. Kallelse skickas ut av socialtjänsten.")])

    doc.add_heading("11. Deltagare vid mötet", level=2)
    parts = [
        ("Jenny", "Vårdnadshavare (mamma)", "–"),
        ("Ali", "Vårdnadshavare (pappa)", "–"),
        ("Lina", "Mentor", "Norra skolan, Gislaved"),
        ("Sara", "Skolkurator", "Elevhälsan, Gislaveds kommun"),
        ("Hanna", "Socialsekreterare", "Socialtjänsten Gislaved, barn- och familjeenheten"),
        ("Mikael", "Psykolog", "BUP Värnamo, Region Jönköpings län"),
    ]
    t2 = doc.add_table(rows=1, cols=3)
    t2.style = "Table Grid"
    for c, txt in zip(t2.rows[0].cells, ("Namn", "Funktion", "Verksamhet/organisation")):
        c.text = ""
        c.paragraphs[0].add_run(txt).bold = True
        set_cell_shading(c, "D9E2F3")
    for a, b, c in parts:
        cells = t2.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = a, b, c
    set_widths(t2, (3.5, 5.5, 8.0))

    doc.add_paragraph()
    add_label_para(doc, [("b", "Planen skickas till: "), ("cb", True), " Vårdnadshavare  ", ("cb", True),
                         " Samtliga deltagande verksamheter  ", ("cb", False), " Övriga"])
    fn = path(1, "docx")
    doc.save(fn)
    normalize_zip(fn)


# ---------------------------------------------------------------------------
# 2. Hand-written Markdown with Mermaid flowchart; teenager, Nässjö
# ---------------------------------------------------------------------------
def plan02():
    md = """# SIP Elias – minnesanteckningar från mötet 2025-02-11

*Skrivet av Petra efter mötet, delas med alla som var med.*

**Syfte:** Samordning.

**Vi som var med:** mamma (Carina), Lina (mentor), Ahmed (kurator), Petra (soc), Jonas (sjuksköterska)

Elias var inte med den här gången.

## Läget just nu

Elias går i åk 9 och har mycket ogiltig frånvaro sedan november, framför allt måndagar och
fredagar. Han har ADHD och medicinerar, men tar inte medicinen regelbundet. Mamma berättade
att hon hittat cannabis i hans rum två gånger efter jul. Elias har sagt till mamma inför mötet:

> "Jag vill klara nian och komma in på bygg. Men jag pallar inte att sitta i klassrummet hela dagarna."

## Vem gör vad

```mermaid
graph LR
    A[Mamma] --> B["Ringer skolan varje fredag om veckans frånvaro"]
    C[Mentor Lina] --> D["Skickar veckoschema till mamma och Elias varje måndag"]
    C --> E["Ordnar studiero i lilla gruppen på eftermiddagarna fr.o.m. v. 8"]
    F[Elias] --> G["Lämnar drogtest på Mini-Maria varannan tisdag"]
    H[Mini-Maria Nässjö] --> I["MI-samtal med Elias varje tisdag kl 15 från 2025-02-18"]
    H --> G
    J[Socialtjänsten] --> K["Utreder behov av öppenvård / familjebehandling"]
    L[BUP] --> M["Ser över ADHD-medicineringen"]
```

## Övrigt

- Ahmed (kurator) pratar med Elias om mötet och berättar vad vi kommit fram till.
- Mamma tycker det är skönt att veta vem hon ska ringa.
- Jonas pratar med läkaren på BUP om medicinen.

**Nästa möte:** tisdag 2025-03-18 kl. 13.00 i skolans konferensrum.
"""
    with open(path(2, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ---------------------------------------------------------------------------
# 3. Text copied from a Microsoft Loop page in Teams; adult psychosis & debts, Jönköping
# ---------------------------------------------------------------------------
def plan03():
    txt = """SIP – M. (Jönköping)
Samverkan psykiatri–socialtjänst › SIP-arbetsytor
Senast redigerad av Anna för 2 dagar sedan

📌 Syfte
Vi gör en gemensam plan så att M. kan bo kvar i sin lägenhet efter psykosen i
höstas och inte blir vräkt på grund av hyresskulden. Psykiatrin och socialtjänsten
ska inte ringa honom om samma saker, och M. ska veta vem som gör vad.

❓ Frågor till mötet
• Kan boendestödet starta innan nästa hyra förfaller, eller behövs ett snabbt
  beslut?
• Vem hjälper M. att få överblick över skulderna och räkningarna?
• Hur gör vi om M. slutar ta depåsprutan igen – vem märker det först och vem
  ringer vem?

🎯 M:s mål
M:s mål är att bo kvar i lägenheten, ha råd med hyran varje månad och slippa bli
inlagd igen.

🗣 M. på mötet
M. var med på hela mötet (via Teams från mottagningen, Fredrik satt med honom).
Han sa att han blir stressad av att många ringer och att han helst vill få
påminnelser på SMS. Han vill inte ha hembesök på måndagar eftersom han då
tränar på gymmet. Han tycker att sprutan fungerar bättre än tabletterna.

✅ Uppgifter
☐ Ansök om boendestöd @Anna (socialsekreterare, Vuxenenheten Jönköping) Förfaller 12 mars
☑ Skicka remiss till budget- och skuldrådgivningen @Anna (socialsekreterare, Vuxenenheten Jönköping) Förfaller 28 feb
☐ Första budgetsamtal med M., gå igenom räkningar och inkassobrev @Johan (budget- och skuldrådgivare, Jönköpings kommun) Förfaller 14 mars
☐ Depåinjektion var 14:e dag, tider skickas på SMS @Fredrik (sjuksköterska, Psykiatriska öppenvårdsmottagningen Jönköping) Förfaller 6 mars
☐ Läkarbesök med läkemedelsgenomgång @Sara (läkare, Psykiatriska öppenvårdsmottagningen Jönköping) Förfaller 25 mars
☐ Ringa M. dagen efter utebliven injektion och meddela Anna @Fredrik (sjuksköterska, Psykiatriska öppenvårdsmottagningen Jönköping) Förfaller 6 mars

🔒 Samtycke
Samtycke finns.

👤 Huvudansvar
Socialtjänsten.

📅 Uppföljning
Nästa avstämning i april, Anna bokar.

💬 2 kommentarer
Fredrik: Har lagt in injektionstiderna i vår tidbok.
Anna: 👍
"""
    with open(path(3, "txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(txt)


# ---------------------------------------------------------------------------
# 4. Whole plan in one framed 1x1 table cell; elderly man after hip fracture, Vetlanda
# ---------------------------------------------------------------------------
def set_table_borders(table, size=18, color="1F3864"):
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), str(size))
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), color)
        borders.append(el)
    tblPr.append(borders)


def plan04():
    doc = new_doc(author="Eva, Vetlanda kommun", title="SIP Bertil")
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Vetlanda kommun – Vård och omsorg\t\tRegion Jönköpings län"
    hp.runs[0].font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.text = "Utskriven 2024-11-06"
    fp.runs[0].font.size = Pt(8)

    t = doc.add_table(rows=1, cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_table_borders(t, size=18)
    cell = t.cell(0, 0)
    cell.width = Cm(17.0)
    # cell margins
    tcPr = cell._tc.get_or_add_tcPr()
    mar = OxmlElement("w:tcMar")
    for edge in ("top", "left", "bottom", "right"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:w"), "200")
        el.set(qn("w:type"), "dxa")
        mar.append(el)
    tcPr.append(mar)

    first = cell.paragraphs[0]
    r = first.add_run("SAMORDNAD INDIVIDUELL PLAN (SIP)")
    r.bold = True
    r.font.size = Pt(14)
    first.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def head(text):
        p = cell.add_paragraph()
        p.paragraph_format.space_before = Pt(8)
        p.paragraph_format.space_after = Pt(2)
        p.add_run(text).bold = True

    def body(text):
        p = cell.add_paragraph(text)
        p.paragraph_format.space_after = Pt(2)
        return p

    body("Namn: Bertil        Personnummer: ÅÅMMDD-XXXX")
    body("Datum: 2024-11-06        Plats: Ortopedavdelningen, Höglandssjukhuset Eksjö")

    head("Närvarande")
    body("Bertil, Maria (sjuksköterska), Eva (biståndshandläggare), Ola (fysioterapeut), Ingrid (arbetsterapeut)")

    head("Bakgrund")
    body("Bertil är 84 år och bor ensam i villa i Vetlanda. Han föll i hallen 2024-10-29 och opererades för "
         "höftfraktur på Höglandssjukhuset. Före fallet klarade han sig själv med hjälp av städ och "
         "matdistribution. Han går nu kortare sträckor med rollator men behöver hjälp vid dusch, på- och "
         "avklädning och med strumpor. Beräknad hemgång 2024-11-12.")

    head("Syfte")
    body("Samordning inför hemgång.")

    head("Frågeställningar")
    body("")

    head("Bertils mål")
    body("”Jag vill klara mig hemma och kunna gå till Ica med rollatorn när det blir vår igen.”")

    head("Bertils synpunkter")
    body("Bertil var med på mötet vid sängen. Han vill inte ha tillsyn på natten eftersom han sover dåligt "
         "om någon kommer in. Han vill helst att det är samma personal som kommer på morgonen. Han tycker att "
         "trygghetslarm är bra.")

    head("Insatser")
    for line in [
        "Hemtjänst morgon, lunch och kväll (hjälp med dusch, av- och påklädning, stödstrumpor, måltider) "
        "fr.o.m. hemgång 2024-11-12 – Kommunen",
        "Trygghetslarm installeras före hemkomst – Kommunen",
        "Gångträning i hemmet 2 ggr/vecka – Regionen",
        "Återbesök ortopedmottagningen med röntgen efter ca 6 veckor – Regionen",
        "Hjälpmedel: rollator, toalettförhöjning och duschpall provas ut i hemmet – arbetsterapeut",
    ]:
        p = cell.add_paragraph(line, style="List Bullet")
        p.paragraph_format.space_after = Pt(1)

    p = cell.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    p.add_run("Antecknat av: Eva, biståndshandläggare").italic = True

    fn = path(4, "docx")
    doc.save(fn)
    normalize_zip(fn)


# ---------------------------------------------------------------------------
# 5. fpdf2 record-system print: measures table, one column per principal; Värnamo
# ---------------------------------------------------------------------------
class CosmicPDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(60, 60, 60)
        self.cell(90, 4, "Cosmic – Region Jönköpings län", new_x="RIGHT", new_y="TOP")
        self.cell(97, 4, "SIP – Samordnad individuell plan", align="C", new_x="RIGHT", new_y="TOP")
        self.cell(0, 4, f"Utskriven 2025-02-04 10:42   Sida {self.page_no()} ({{nb}})", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, "Patient: S., ÅÅMMDD-XXXX     Vårdenhet: Vårdcentralen Värnamo     Utskriven av: Sofia, "
                  "rehabkoordinator", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(120, 120, 120)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-10)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Utskrift ur journal. Dokumentet innehåller uppgifter som omfattas av sekretess.", align="C")


def field(pdf, label, value, w=None, h_min=9):
    """A boxed form field: small label on top, value below."""
    w = w or (pdf.w - pdf.l_margin - pdf.r_margin)
    if pdf.get_y() + 18 > pdf.page_break_trigger:
        pdf.add_page()
    x, y = pdf.get_x(), pdf.get_y()
    pdf.set_font("DejaVu", "", 7)
    pdf.set_text_color(80, 80, 80)
    pdf.set_xy(x + 1, y + 0.8)
    pdf.cell(w - 2, 3, label)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("DejaVu", "", 9)
    pdf.set_xy(x + 1, y + 4)
    pdf.multi_cell(w - 2, 4.4, value, new_x="LMARGIN", new_y="NEXT")
    h = max(h_min, pdf.get_y() - y + 1)
    pdf.rect(x, y, w, h)
    pdf.set_xy(x, y + h)
    return h


def plan05():
    pdf = CosmicPDF(orientation="L", format="A4")
    pdf.set_creation_date(FIXED)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_margins(12, 10, 12)
    pdf.set_auto_page_break(True, 14)
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 7, "Samordnad individuell plan (SIP)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 8)
    pdf.cell(0, 5, "Anteckningstyp: SIP   Signerad: 2025-01-30 av Sofia, rehabkoordinator, Vårdcentralen Värnamo",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    full = pdf.w - pdf.l_margin - pdf.r_margin
    y = pdf.get_y()
    field(pdf, "Datum för SIP-möte", "2025-01-28", w=full / 3)
    pdf.set_xy(pdf.l_margin + full / 3, y)
    field(pdf, "Plats", "Vårdcentralen Värnamo, samtalsrum 2", w=full / 3)
    pdf.set_xy(pdf.l_margin + 2 * full / 3, y)
    field(pdf, "Typ av SIP", "Första SIP", w=full / 3)
    pdf.set_x(pdf.l_margin)
    field(pdf, "Syfte",
          "Syftet är att S. ska få ett samlat stöd för att komma tillbaka till en sysselsättning efter "
          "sjukskrivningen för depression, och att vårdcentralen, socialtjänsten, Försäkringskassan och "
          "Arbetsförmedlingen inte ger henne olika besked om vad hon ska göra.")
    field(pdf, "Frågeställningar", "Gå igenom läget och planera vidare.")
    y = pdf.get_y()
    field(pdf, "Den enskildes delaktighet", "S. deltog på mötet.", w=full / 2)
    pdf.set_xy(pdf.l_margin + full / 2, y)
    field(pdf, "Samtycke", "Samtycke finns.", w=full / 2)
    pdf.set_x(pdf.l_margin)
    field(pdf, "Huvudansvarig för planen",
          "Emma, socialsekreterare, Socialtjänsten Värnamo, vuxenenheten (försörjningsstöd)")
    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 6, "Insatser per livsområde och huvudman", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)

    rows = [
        ("Livsområde", "Kommunen", "Regionen", "Övriga"),
        ("Försörjning och ekonomi",
         "Emma, socialsekreterare på vuxenenheten, beviljar ekonomiskt bistånd för februari–april i väntan "
         "på beslut från FK. Beslut fattas senast 2025-02-10.",
         "Läkaren på Vårdcentralen Värnamo skriver nytt läkarintyg till FK senast 2025-02-20.",
         "Försäkringskassans handläggare utreder rätten till sjukpenning och meddelar beslut under vecka 9."),
        ("Hälsa",
         "–",
         "Kurator på Vårdcentralen Värnamo ger KBT mot depression, 8 samtal, första samtalet 2025-02-06 "
         "och sedan varje torsdag.",
         "S. tar sin medicin varje morgon och för sömndagbok som hon tar med till kuratorn varje gång."),
        ("Sysselsättning och arbete",
         "Arbetsmarknadsenheten Värnamo (jobbcoach) erbjuder arbetsträning i Återbruket 2 förmiddagar/vecka "
         "fr.o.m. 2025-03-03.",
         "Rehabkoordinatorn på Vårdcentralen Värnamo kallar FK och AF till ett avstämningsmöte om "
         "sjukskrivningen.",
         "Arbetsförmedlaren skriver in S. i programmet Rusta och matcha när sjukskrivningen gått ned till "
         "50 %, planerat till 2025-04-01."),
        ("Boende och vardag",
         "Boendestöd från Socialpsykiatrin Värnamo tisdagar och torsdagar fr.o.m. 2025-02-11, fokus på "
         "dygnsrytm, inköp och städning.",
         "–",
         "Mamma följer med S. och handlar på lördagar och hjälper henne att öppna posten en gång i veckan."),
        ("Vid försämring",
         "Boendestödjaren meddelar kurator på vårdcentralen samma dag om S. inte öppnar vid två besök i rad "
         "eller säger att hon har tankar på att inte vilja leva.",
         "Kurator gör en ny bedömning av suicidrisk och bokar läkartid på Vårdcentralen Värnamo inom en vecka "
         "vid försämring. Vid akut försämring hänvisas S. till Psykiatriska kliniken Värnamo, akutmottagningen.",
         "S. ringer 1177 eller psykiatrins akutmottagning om hon mår sämre kvällstid eller helg. Mamma får "
         "ringa boendestödjaren om hon är orolig."),
        ("Fritid och socialt nätverk",
         "Boendestödjaren följer med S. till Träffpunkten i Värnamo första gången 2025-02-13.",
         "–",
         "S. själv ringer sin kompis minst en gång i veckan."),
    ]
    with pdf.table(col_widths=(38, 77, 77, 77), line_height=5, text_align="LEFT",
                   headings_style=FontFace(emphasis="BOLD", fill_color=(221, 230, 240)),
                   repeat_headings=1, padding=1.6, v_align="TOP") as table:
        for r in rows:
            row = table.row()
            for c in r:
                row.cell(c)
    pdf.ln(4)
    field(pdf, "Uppföljning", "Planen följs upp om ca tre månader, i maj. Emma kallar.")
    pdf.ln(2)
    pdf.set_font("DejaVu", "", 8)
    pdf.multi_cell(0, 4, "Kopia av planen har lämnats till S. och skickats till berörda verksamheter via "
                   "säker e-post.", new_x="LMARGIN", new_y="NEXT")
    pdf.output(path(5, "pdf"))


# ---------------------------------------------------------------------------
# 6. Text export with tab-padded labels (cp1252, CRLF); psychiatric discharge, Värnamo/Gislaved
# ---------------------------------------------------------------------------
def tabpad(label, col=32, continuation=None):
    n = 0
    pos = len(label)
    while pos < col:
        pos = (pos // 8 + 1) * 8
        n += 1
    return label + "\t" * max(n, 1)


def plan06():
    C = "\t\t\t\t"  # continuation indent to column 32
    L = []
    L.append("SAMORDNAD INDIVIDUELL PLAN (SIP) – INFÖR UTSKRIVNING")
    L.append("Psykiatriska kliniken Värnamo, avdelning 4 / Socialtjänsten Gislaved, vuxenenheten")
    L.append("=" * 72)
    L.append("")
    L.append(tabpad("Namn:") + "J.")
    L.append(tabpad("Personnummer:") + "XXXXXX-XXXX")
    L.append(tabpad("Datum för möte:") + "2025-01-21 kl. 13.30")
    L.append(tabpad("Plats:") + "Psykiatriska kliniken Värnamo, avd 4,")
    L.append(C + "samtalsrummet")
    L.append(tabpad("Deltagare:") + "Sjuksköterska, överläkare, biståndshandläggare,")
    L.append(C + "boendestödjare, god man")
    L.append(tabpad("Patienten deltog:") + "Nej")
    L.append("")
    L.append(tabpad("Bakgrund:") + "J., 45 år, bipolär sjukdom. Inlagd sedan 2024-12-30")
    L.append(C + "enligt HSL efter maniskt skov. Bor ensam i lägenhet")
    L.append(C + "i Gislaved. Har haft god man sedan 2023. Beräknas")
    L.append(C + "skrivas ut 2025-01-28.")
    L.append("")
    L.append(tabpad("Syfte:") + "SIP inför utskrivning.")
    L.append("")
    L.append(tabpad("Frågeställningar:") + "Vem ansvarar för att J. får sina läkemedel efter")
    L.append(C + "utskrivningen? Behöver J. boendestöd redan första")
    L.append(C + "veckan hemma? Hur fördelar god man och socialtjänsten")
    L.append(C + "ansvaret för hyran och räkningarna?")
    L.append("")
    L.append(tabpad("Den enskildes mål:"))
    L.append("")
    L.append(tabpad("Samtycke:") + "Muntligt samtycke till SIP och informationsöverföring")
    L.append(C + "lämnat till ssk Karin på avd 4, 2025-01-17.")
    L.append("")
    L.append("INSATSER")
    L.append("-" * 72)
    L.append(tabpad("1. Läkemedel:") + "Hemsjukvården Gislaved (distriktssköterska) delar")
    L.append(C + "dosett varje fredag fr.o.m. 2025-01-31. Avd 4 skickar")
    L.append(C + "läkemedelslista till hemsjukvården 2025-01-27.")
    L.append(tabpad("2. Boendestöd:") + "Socialtjänsten Gislaved, vuxenenheten, boendestöd")
    L.append(C + "3 ggr/vecka (mån, ons, fre) fr.o.m. 2025-01-28.")
    L.append(C + "Biståndshandläggaren fattar beslut 2025-01-24.")
    L.append(tabpad("3. Återbesök:") + "Läkarbesök Psykiatriska öppenvårdsmottagningen")
    L.append(C + "Värnamo 2025-02-04 kl. 09.00 (litiumkontroll).")
    L.append(tabpad("4. Uppringning:") + "Kontaktsjuksköterska, Psykiatriska")
    L.append(C + "öppenvårdsmottagningen Värnamo, ringer J. dag 2 efter")
    L.append(C + "utskrivning, 2025-01-30.")
    L.append("")
    L.append(tabpad("Andra aktörer:") + "God man (Lennart) betalar hyra och räkningar från")
    L.append(C + "J:s konto senast den 25:e varje månad och följer med")
    L.append(C + "J. till återbesöket 2025-02-04. God man ansöker om")
    L.append(C + "bostadstillägg hos Försäkringskassan före 2025-02-15.")
    L.append("")
    L.append(tabpad("Huvudansvarig:") + "Kontaktsjuksköterska")
    L.append("")
    L.append(tabpad("Uppföljning:") + "2025-02-11 kl. 10.00, Psykiatriska")
    L.append(C + "öppenvårdsmottagningen Värnamo")
    L.append("")
    L.append(tabpad("Dokumenterat av:") + "Karin, sjuksköterska avd 4")
    L.append(tabpad("Datum:") + "2025-01-21")
    text = "\r\n".join(L) + "\r\n"
    with open(path(6, "txt"), "wb") as f:
        f.write(text.encode("cp1252"))


# ---------------------------------------------------------------------------
# 7. "Poster" on a landscape page: grouped drawing shapes (wpg:wgp) with text boxes; LSS, Tranås
# ---------------------------------------------------------------------------
NS_DRAW = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing"'
)
EMU_CM = 360000


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def tb_paras(paras, color=None):
    """paras: list of (text, bold, size_pt, align)"""
    out = []
    col = f'<w:color w:val="{color}"/>' if color else ""
    for text, bold, size, align in paras:
        rpr = f'<w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/>{"<w:b/>" if bold else ""}{col}<w:sz w:val="{int(size*2)}"/></w:rPr>'
        out.append(
            f'<w:p><w:pPr><w:spacing w:after="60"/>'
            + (f'<w:jc w:val="{align}"/>' if align else "")
            + f"</w:pPr><w:r>{rpr}<w:t xml:space=\"preserve\">{esc(text)}</w:t></w:r></w:p>"
        )
    return "".join(out)


def shape(i, name, x, y, cx, cy, fill, line, paras, geom="roundRect", color=None):
    return (
        "<wps:wsp>"
        f'<wps:cNvPr id="{i}" name="{name}"/>'
        '<wps:cNvSpPr txBox="1"/>'
        "<wps:spPr>"
        f'<a:xfrm><a:off x="{x}" y="{y}"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        f'<a:prstGeom prst="{geom}"><a:avLst/></a:prstGeom>'
        f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>'
        f'<a:ln w="19050"><a:solidFill><a:srgbClr val="{line}"/></a:solidFill></a:ln>'
        "</wps:spPr>"
        f"<wps:txbx><w:txbxContent>{tb_paras(paras, color)}</w:txbxContent></wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="108000" tIns="72000" rIns="108000" bIns="72000" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>'
        "</wps:wsp>"
    )


def plan07():
    doc = new_doc(landscape=True, author="Linnea, LSS Tranås", title="Min plan – Alex")
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.5)
    sec.top_margin = Cm(1.5)
    sec.bottom_margin = Cm(1.2)
    sec.header_distance = Cm(0.6)
    hp = sec.header.paragraphs[0]
    hp.text = "Tranås kommun – Stöd och service LSS\t\t\tSIP"
    hp.runs[0].font.size = Pt(8)
    hp.runs[0].font.color.rgb = RGBColor(0x59, 0x59, 0x59)

    W = int(26.7 * EMU_CM)
    H = int(17.6 * EMU_CM)
    gap = int(0.4 * EMU_CM)
    title_h = int(2.3 * EMU_CM)
    colw = (W - 2 * gap) // 3
    rowh = (H - title_h - 2 * gap) // 2
    y1 = title_h + gap
    y2 = y1 + rowh + gap
    xs = [0, colw + gap, 2 * (colw + gap)]

    boxes = []
    boxes.append(shape(2, "Rubrik", 0, 0, W, title_h, "1F4E79", "1F4E79", [
        ("MIN PLAN – ALEX", True, 26, "center"),
        ("Samordnad individuell plan  ·  möte på Navet, Tranås 2025-03-05", False, 12, "center"),
    ], geom="rect", color="FFFFFF"))
    boxes.append(shape(3, "Det här är jag", xs[0], y1, colw, rowh, "E2EFDA", "548235", [
        ("Det här är jag", True, 15, None),
        ("Jag heter Alex och är 20 år. Jag bor i en gruppbostad i Tranås sedan i somras.", False, 11, None),
        ("Jag gillar tåg, att rita och att spela på datorn. Jag tycker inte om när det är mycket ljud "
         "eller när saker ändras utan att jag vet om det.", False, 11, None),
        ("Jag har autism.", False, 11, None),
    ]))
    boxes.append(shape(4, "Mina mål", xs[1], y1, colw, rowh, "FFF2CC", "BF9000", [
        ("Mina mål", True, 15, None),
        ("”Jag vill jobba med något lugnt, kanske med datorer.”", False, 11, None),
        ("”Jag vill kunna laga mat själv två gånger i veckan, pannkakor och tacos.”", False, 11, None),
        ("”Jag vill åka tåg till Linköping själv.”", False, 11, None),
    ]))
    boxes.append(shape(5, "Vad jag tycker", xs[2], y1, colw, rowh, "DDEBF7", "2F5597", [
        ("Vad jag tycker", True, 15, None),
        ("Alex var med på mötet första halvtimmen och hade sin ritbok med sig.", False, 11, None),
        ("Alex sa att det är för mycket ljud i lokalen på dagliga verksamheten och att han vill "
         "sitta i ett eget rum. Han vill att personalen knackar och frågar innan de kommer in i "
         "hans lägenhet.", False, 11, None),
    ]))
    boxes.append(shape(6, "Det här gör vi", xs[0], y2, colw, rowh, "FCE4D6", "C55A11", [
        ("Det här gör vi", True, 15, None),
        ("• Stöd vid behov.", False, 11, None),
        ("• Fortsatt kontakt som tidigare.", False, 11, None),
        ("• Vi hjälps åt så att Alex får det bra på boendet och på dagliga verksamheten.", False, 11, None),
    ]))
    boxes.append(shape(7, "Vilka var med", xs[1], y2, colw, rowh, "EDEDED", "7F7F7F", [
        ("Vilka var med", True, 15, None),
        ("Alex", False, 11, None),
        ("Linnea", False, 11, None),
        ("Erik", False, 11, None),
        ("Fatima", False, 11, None),
    ]))
    boxes.append(shape(8, "Nästa gång", xs[2], y2, colw, rowh, "E4DFEC", "7030A0", [
        ("Nästa gång", True, 15, None),
        ("Vi ses igen till hösten och pratar om hur det har gått.", False, 11, None),
    ]))

    grp = (
        f'<w:r {NS_DRAW}><mc:AlternateContent><mc:Choice Requires="wpg"><w:drawing>'
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="margin"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{W}" cy="{H}"/>'
        '<wp:effectExtent l="0" t="0" r="0" b="0"/>'
        "<wp:wrapTopAndBottom/>"
        '<wp:docPr id="1" name="Grupp 1" descr="Min plan – Alex (SIP-affisch)"/>'
        "<wp:cNvGraphicFramePr/>"
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup">'
        "<wpg:wgp><wpg:cNvGrpSpPr/>"
        f'<wpg:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{W}" cy="{H}"/>'
        f'<a:chOff x="0" y="0"/><a:chExt cx="{W}" cy="{H}"/></a:xfrm></wpg:grpSpPr>'
        + "".join(boxes)
        + "</wpg:wgp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice></mc:AlternateContent></w:r>"
    )
    p = doc.paragraphs[0] if doc.paragraphs else doc.add_paragraph()
    p._p.append(parse_xml(grp))
    fn = path(7, "docx")
    doc.save(fn)
    normalize_zip(fn)


# ---------------------------------------------------------------------------
# 8. NOT A PLAN: Lifecare invitation to a discharge planning meeting (fpdf2 PDF)
# ---------------------------------------------------------------------------
class LifecarePDF(FPDF):
    def header(self):
        self.set_fill_color(0, 84, 136)
        self.rect(0, 0, self.w, 14, style="F")
        self.set_text_color(255, 255, 255)
        self.set_font("DejaVu", "B", 11)
        self.set_xy(12, 3)
        self.cell(80, 8, "Lifecare SP")
        self.set_font("DejaVu", "", 8)
        self.cell(0, 8, f"Samordnad planering  |  Utskrift 2024-12-03 09:14  |  Sida {self.page_no()} ({{nb}})",
                  align="R")
        self.set_text_color(0, 0, 0)
        self.set_xy(12, 18)


def plan08():
    pdf = LifecarePDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_margins(12, 18, 12)
    pdf.set_auto_page_break(True, 14)
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 8, "Kallelse till vårdplaneringsmöte", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    pdf.cell(0, 5, "Samordnad vårdplanering inför utskrivning från slutenvård (lag 2017:612)",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    full = pdf.w - pdf.l_margin - pdf.r_margin

    def kv(rows, lw=55):
        for k, v in rows:
            y = pdf.get_y()
            pdf.set_font("DejaVu", "B", 9)
            pdf.set_fill_color(236, 241, 246)
            pdf.set_xy(pdf.l_margin, y)
            pdf.multi_cell(lw, 6, k, border=1, fill=True, new_x="RIGHT", new_y="TOP")
            pdf.set_font("DejaVu", "", 9)
            pdf.set_xy(pdf.l_margin + lw, y)
            pdf.multi_cell(full - lw, 6, v, border=1, new_x="LMARGIN", new_y="NEXT")
            h = pdf.get_y() - y
            pdf.rect(pdf.l_margin, y, lw, h)

    kv([
        ("Patient", "XXXXXX-XXXX  NN, 81 år"),
        ("Ärendestatus", "Inskriven – kallelse skickad"),
        ("Avsändare", "Medicinavdelning 2, Länssjukhuset Ryhov, Jönköping (Region Jönköpings län)"),
        ("Mottagare", "Jönköpings kommun, biståndshandläggare äldreomsorg\n"
                      "Hemsjukvården Jönköping öster, sjuksköterska\n"
                      "Vårdcentralen Råslätt, fast vårdkontakt"),
        ("Inskrivningsdatum", "2024-11-29"),
        ("Prel. utskrivningsklar", "2024-12-06"),
    ])
    pdf.ln(4)
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 6, "Mötet", new_x="LMARGIN", new_y="NEXT")
    kv([
        ("Datum och tid", "2024-12-05 kl. 13.30–14.15"),
        ("Mötesform", "Videomöte via Teams (länk finns i ärendet i Lifecare). Patienten och dottern sitter i "
                      "avdelningens samtalsrum."),
        ("Kallande", "Sjuksköterska på medicinavdelning 2, nås via växeln"),
    ])
    pdf.ln(4)
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 6, "Inbjudna deltagare", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    for line in [
        "Patienten",
        "Dotter (närstående), inbjuden efter patientens medgivande",
        "Sjuksköterska och arbetsterapeut, medicinavdelning 2",
        "Biståndshandläggare, Jönköpings kommun",
        "Sjuksköterska, Hemsjukvården Jönköping öster",
        "Fast vårdkontakt, Vårdcentralen Råslätt (vid förhinder: skriftligt underlag i Lifecare)",
    ]:
        pdf.cell(5, 5, "•")
        pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 6, "Orsak till inskrivning", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    pdf.multi_cell(0, 5, "Lunginflammation och nedsatt allmäntillstånd efter fall i hemmet. Har före inskrivningen "
                   "haft hemtjänst för inköp och städning. Bedöms nu ha ökat omvårdnadsbehov, framför allt vid "
                   "förflyttning och personlig hygien. Patienten vill själv gå hem till sin lägenhet.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 6, "Inför mötet – var vänlig förbered", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    for line in [
        "Biståndshandläggare: gällande beslut om hemtjänst och om trygghetslarm finns.",
        "Hemsjukvården: om patienten är inskriven i hemsjukvård, läkemedelshantering i hemmet.",
        "Vårdcentralen: fast vårdkontakt och eventuellt behov av läkarbesök efter hemgång.",
        "Patient och närstående: tankar om hemgång, boende och vilken hjälp som önskas.",
        "Alla: om det finns behov av en SIP efter utskrivningen.",
    ]:
        pdf.cell(5, 5, "•")
        pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 9)
    pdf.multi_cell(0, 5, "Svara på kallelsen i Lifecare senast 2024-12-04 kl. 12.00. "
                   "Vid förhinder, ange ersättare eller lämna skriftligt underlag i ärendet.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("DejaVu", "", 8)
    pdf.set_text_color(90, 90, 90)
    pdf.multi_cell(0, 4, "Kallelsen är skapad i Lifecare SP 2024-12-03 av sjuksköterska, medicinavdelning 2. "
                   "Vårdplanen upprättas först vid mötet och dokumenteras i ärendet.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.output(path(8, "pdf"))


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
    print("done:", sorted(os.listdir(OUT)))
