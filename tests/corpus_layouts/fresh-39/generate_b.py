#!/usr/bin/env python3
"""Generate batch f39b: 7 fictional SIP plans + 1 non-plan (decision letter).
Run: python generate_b.py  (writes into plans/)"""
import os, subprocess, shutil, datetime, textwrap
from fpdf import FPDF
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
P = "f39b"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIXED = datetime.datetime(2025, 3, 1, 12, 0, 0, tzinfo=datetime.timezone.utc)


def fn(n, ext):
    return os.path.join(OUT, f"{P}-{n:02d}.{ext}")


# ---------------------------------------------------------------- docx helpers
def fix_props(doc, author="", title=""):
    cp = doc.core_properties
    cp.author = author
    cp.title = title
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_modified_by = author
    cp.revision = 1


def add_field(paragraph, instr):
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


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


def table(doc, header, rows, widths=None, style="Table Grid", fill="D9E2F3"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = style
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(h)
        r.bold = True
        if fill:
            shade(c, fill)
    repeat_header(t.rows[0])
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    if widths:
        set_grid(t, widths)
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


def set_grid(t, widths):
    """Write column widths into w:tblGrid so Word and LibreOffice agree."""
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))


def bold_par(doc, text, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    return p


def label_value(doc, label, value):
    p = doc.add_paragraph()
    r = p.add_run(label + " ")
    r.bold = True
    p.add_run(value)
    return p


def base_font(doc, name="Calibri", size=11):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)


# ================================================================ 01 mobile app PDF
class AppPDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 7)
        self.set_text_color(120, 120, 120)
        self.set_xy(10, 6)
        self.cell(95, 4, "SamPlan mobil · Region Västmanland / Sala kommun")
        self.cell(0, 4, f"Utskrift 2024-10-16 14:32   Sida {self.page_no()} ({{nb}})", align="R")
        self.set_draw_color(200, 200, 200)
        self.line(10, 11, 200, 11)
        self.set_y(16)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(140, 140, 140)
        self.cell(0, 4, "Utskriften är en kopia av planen i appen. Uppgifterna är sekretessbelagda.", align="C")


def plan01():
    pdf = AppPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.alias_nb_pages()
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONTB)
    pdf.set_auto_page_break(False)
    pdf.set_margins(10, 16, 10)
    pdf.add_page()
    COLX, COLW = 62, 86  # narrow centred column (phone screen)
    PAD = 3

    def ensure(h):
        if pdf.get_y() + h > 297 - 16:
            pdf.add_page()

    def title_bar(text, sub=None):
        ensure(16)
        y = pdf.get_y()
        pdf.set_fill_color(0, 94, 133)
        pdf.rect(COLX, y, COLW, 14 if sub else 10, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("DejaVu", "B", 11)
        pdf.set_xy(COLX + PAD, y + 2)
        pdf.cell(COLW - 2 * PAD, 5, text)
        if sub:
            pdf.set_font("DejaVu", "", 7.5)
            pdf.set_xy(COLX + PAD, y + 8)
            pdf.cell(COLW - 2 * PAD, 4, sub)
        pdf.set_y(y + (14 if sub else 10) + 3)

    def section(text):
        ensure(12)
        pdf.set_font("DejaVu", "B", 8)
        pdf.set_text_color(0, 94, 133)
        pdf.set_x(COLX + 1)
        pdf.cell(COLW, 5, text.upper())
        pdf.ln(6)

    def card(fields):
        """fields: list of (label, value). One card, label small grey, value larger."""
        inner = COLW - 2 * PAD
        parts = []
        h = PAD
        for lab, val in fields:
            pdf.set_font("DejaVu", "", 10)
            lines = pdf.multi_cell(inner, 5, val if val else " ", align="L", dry_run=True, output="LINES")
            parts.append((lab, val, len(lines)))
            h += 4 + len(lines) * 5 + 2
        h += PAD - 2
        ensure(h + 3)
        y0 = pdf.get_y()
        pdf.set_draw_color(215, 215, 215)
        pdf.set_fill_color(250, 250, 250)
        pdf.rect(COLX, y0, COLW, h, style="DF", round_corners=True, corner_radius=2)
        y = y0 + PAD
        for lab, val, n in parts:
            pdf.set_xy(COLX + PAD, y)
            pdf.set_font("DejaVu", "", 7)
            pdf.set_text_color(128, 128, 128)
            pdf.cell(inner, 4, lab)
            y += 4
            pdf.set_xy(COLX + PAD, y)
            pdf.set_font("DejaVu", "", 10)
            pdf.set_text_color(25, 25, 25)
            pdf.multi_cell(inner, 5, val if val else "", align="L", new_x="LEFT", new_y="NEXT")
            y += n * 5 + 2
        pdf.set_y(y0 + h + 3)

    title_bar("Samordnad individuell plan", "SIP · Status: Aktiv · Version 1")
    card([("Person", "Robin, 29 år"), ("Personnummer", "XXXXXX-XXXX"), ("Kommun", "Sala")])
    card([("Mötesdatum", "2024-10-15 kl. 13.30"), ("Plats", "Psykosmottagningen Sala, rum 2")])
    card([("Deltagare", "Robin\nSjuksköterska\nPsykiater\nBiståndshandläggare\nBoendestödjare\nBudget- och skuldrådgivare")])
    section("Om planen")
    card([("Varför har vi en SIP?",
           "Robin har en psykossjukdom och har sedan i somras haft svårt att ta sin medicin. "
           "Samtidigt har räkningar blivit liggande och det finns nu en hyresskuld på tre månader. "
           "Planen ska samordna psykiatrins och kommunens stöd så att Robin kan bo kvar i sin "
           "lägenhet och hålla sig stabil utan ny inläggning.")])
    card([("Frågor till mötet", "")])
    card([("Mitt mål",
           "\u201dJag vill bo kvar i min lägenhet och slippa ligga vaken och oroa mig för räkningarna. "
           "Till våren vill jag börja träna på gymmet igen.\u201d")])
    card([("Robins synpunkter",
           "Robin var med på hela mötet. Han vill att boendestödet kommer på förmiddagar, eftersom "
           "han sover dåligt och inte orkar ta emot besök sent på dagen. Han föredrar sprutan "
           "framför tabletter, \u201dför då slipper jag komma ihåg\u201d.")])
    section("Insatser (5)")
    card([("Insats", "Depotinjektion antipsykotika var 14:e dag"),
          ("Ansvarig", "Sjuksköterska, Psykosmottagningen Sala"),
          ("När", "Varannan måndag från 2024-10-21")])
    card([("Insats", "Läkarbesök, utvärdering av medicinering och biverkningar"),
          ("Ansvarig", "Psykiater, Psykosmottagningen Sala"),
          ("När", "2024-11-19")])
    card([("Insats", "Boendestöd 2 ggr/vecka (tisdag och fredag förmiddag): struktur i hemmet, "
                     "öppna post och betala räkningar tillsammans"),
          ("Ansvarig", "Boendestödet, Socialpsykiatrin Sala kommun"),
          ("När", "Från v. 43")])
    card([("Insats", "Budget- och skuldrådgivning: genomgång av alla skulder, budget och "
                     "avbetalningsplan"),
          ("Ansvarig", "Budget- och skuldrådgivningen, Sala kommun"),
          ("När", "Första träff 2024-10-29")])
    card([("Insats", "Utredning av ansökan om ekonomiskt bistånd för hyresskulden"),
          ("Ansvarig", "Försörjningsstöd, IFO Sala kommun"),
          ("När", "Beslut senast 2024-11-08")])
    section("Uppföljning")
    card([("Nästa uppföljning", "Vecka 50. Kallelse skickas via appen.")])
    card([("Senast ändrad", "2024-10-16 14:31")])
    pdf.output(fn(1, "pdf"))


# ================================================================ 02 text message
def plan02():
    txt = """Hej Sara! Här är det vi bestämde
på mötet i dag (12/11):

Mötet var en SIP, alltså
samordning av ditt stöd.

Ditt mål, som du sa det:
"Jag vill ta studenten i juni
och kunna sitta i klassrummet
utan att få panik."

Du frågade om du kan slippa
muntliga redovisningar inför
hela klassen i vår. Svaret är
ja, du får redovisa för
läraren enskilt.

Du sa också att du vill börja
med kortare dagar, så det tog
vi med:

1. Du börjar kl 10 varje dag
från måndag 18/11. Mentorn
Johan fixar schemat.

2. Kuratorn Jessica träffar dig
varje torsdag kl 13 från v. 47.

3. Psykiatrimottagningen i
Fagersta ringer dig och bokar
tid för KBT mot ångesten.

4. Specialpedagogen gör en
plan för vilka kurser du ska
prioritera.

Vi ses igen efter jullovet,
jag skickar en kallelse.

Hör av dig om något blev fel!
/Maria, elevhälsan
"""
    with open(fn(2, "txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(txt)


# ================================================================ 03 markdown who does what
def plan03():
    md = """# SIP – Elias, 17 år

**Datum:** 2025-02-11
**Plats:** Ungdomsenheten, Västerås stad
**Personnummer:** XXXXXX-XXXX

## Deltagare

- Elias
- Mamma N.
- Jenny, socialsekreterare, Ungdomsenheten IFO Västerås
- Oskar, behandlare, Mini-Maria Västerås
- Helena, psykolog, BUP Västerås
- Fredrik, mentor, gymnasieskolan (El- och energiprogrammet), Västerås stad
- Lina, kurator, elevhälsan på samma skola

## Bakgrund

E. har sedan i höstas använt cannabis flera gånger i veckan. Frånvaron
i skolan är ca 40 % under vt och han riskerar att inte få betyg i flera kurser. Skolan
gjorde en orosanmälan i december och utredning enligt 11 kap. 1 § SoL är inledd. E. fick
ADHD-diagnos på BUP 2022 men slutade med medicinen förra våren. Sömnen är dålig, han
somnar sent och kommer inte upp på morgnarna.

E. och mamma deltog i mötet.

## Frågeställningar

Gå igenom läget.

## Mål

Målet är att E. ska sluta använda cannabis och klara sina kurser i årskurs 2.

## Vem gör vad

- **Mini-Maria Västerås**
  - Behandlingssamtal (MI och återfallsprevention) varje onsdag kl. 15 från v. 8
  - Urinprov varannan onsdag i samband med samtalen, från v. 8
- **BUP Västerås**
  - Läkarbesök för att ta ställning till att återuppta ADHD-medicinering, 2025-03-04
  - Psykolog: samtal om sömn och nedstämdhet varannan vecka från v. 12
- **Ungdomsenheten IFO Västerås**
  - Utredningen slutförs senast 2025-04-30
  - Familjebehandling för E. och mamma, en gång i veckan, första träff v. 9
- **Gymnasieskolan, elevhälsan**
  - Mentor gör en anpassad studieplan med prioriterade kurser senast 2025-02-28
  - Kurator träffar E. varje måndag kl. 8.30 från v. 8
  - Skolan ringer mamma samma dag vid ogiltig frånvaro, från 2025-02-12
- **Mamma**
  - Deltar i familjebehandlingen från v. 9
  - Följer med E. på läkarbesöket på BUP 2025-03-04
- **Elias**
  - Kommer till Mini-Maria varje onsdag från v. 8
  - Lämnar urinprov varannan onsdag från v. 8

## Huvudansvar

Jenny, socialsekreterare, Ungdomsenheten IFO Västerås, håller ihop planen.

## Uppföljning

Vecka 14. Jenny skickar kallelse.
"""
    with open(fn(3, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ================================================================ 04 docx siblings
def plan04():
    doc = Document()
    base_font(doc)
    fix_props(doc, "Socialtjänsten Hallstahammar", "SIP Noah")
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Hallstahammars kommun · Socialtjänsten\tSamordnad individuell plan\tRegion Västmanland"
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "SIP Noah, upprättad 2024-09-24 · Sida "
    add_field(fp, "PAGE")
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in fp.runs:
        r.font.size = Pt(8)

    doc.add_heading("Samordnad individuell plan (SIP)", level=0)
    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    info = [("Barn som planen gäller", "Noah, 13 år"),
            ("Personnummer", "ÅÅMMDD-XXXX"),
            ("Syskon som berörs av planen", "Liam, 8 år"),
            ("Datum för mötet", "2024-09-24"),
            ("Plats", "Familjeenheten, Hallstahammar")]
    for i, (a, b) in enumerate(info):
        t.cell(i, 0).text = ""
        t.cell(i, 0).paragraphs[0].add_run(a).bold = True
        shade(t.cell(i, 0), "F2F2F2")
        t.cell(i, 1).text = b

    doc.add_heading("1. Deltagare", level=1)
    table(doc, ["Namn", "Funktion", "Verksamhet"], [
        ("Noah", "Barnet som planen gäller", ""),
        ("S.", "Mamma, vårdnadshavare", ""),
        ("D.", "Pappa, vårdnadshavare", ""),
        ("Emelie", "Socialsekreterare", "Barn och familj, IFO Hallstahammars kommun"),
        ("Tobias", "Familjebehandlare", "Familjeenheten, Hallstahammars kommun"),
        ("Karin", "Specialpedagog", "Västra skolan, Hallstahammar"),
        ("Amir", "Sjuksköterska", "BUP Västerås"),
    ], widths=[3.5, 5, 7.5])

    doc.add_heading("2. Syfte med SIP", level=1)
    doc.add_paragraph(
        "Syftet är att samordna skolans, socialtjänstens och BUP:s stöd till Noah så att han kan "
        "komma tillbaka till skolan på heltid, och att samtidigt ge familjen stöd i vardagen, "
        "eftersom Liams svårigheter och konflikterna mellan syskonen påverkar Noah mycket.")

    doc.add_heading("3. Frågeställningar inför mötet", level=1)
    ft = doc.add_table(rows=1, cols=1)
    ft.style = "Table Grid"
    ft.cell(0, 0).text = ""

    doc.add_heading("4. Bakgrund", level=1)
    doc.add_paragraph(
        "Noah fick diagnosen ADHD hösten 2023 och är medicinerad via BUP Västerås. Under vårterminen "
        "2024 var frånvaron ca 30 %, framför allt måndagar och första lektionen. Hemma är morgnarna "
        "svåra med mycket bråk mellan Noah och lillebror Liam. Liam står i kö för neuropsykiatrisk "
        "utredning och har dagliga utbrott, vilket gör att föräldrarna beskriver sig som slitna. "
        "Socialtjänsten har en pågående utredning efter ansökan från föräldrarna om stöd.")

    doc.add_heading("5. Noahs och familjens synpunkter", level=1)
    doc.add_paragraph(
        "Noah deltog i första halvan av mötet tillsammans med föräldrarna. Han berättade att det "
        "jobbigaste är morgnarna och att han inte vill sitta längst fram i klassrummet. Han vill ha "
        "en vuxen att gå till på rasterna. Föräldrarna önskar hjälp med rutiner hemma och någon "
        "form av avlastning när det gäller Liam.")

    doc.add_heading("6. Mål", level=1)
    doc.add_paragraph(
        "Målet är att Noah ska ha minst 90 % närvaro i skolan fram till jullovet och att familjen ska "
        "ha färre konflikter på morgnarna.")

    doc.add_heading("7. Insatser", level=1)
    groups = [
        ("Insatser för Noah", [
            ("Anpassad skoldag med start kl. 9.00 och fast plats längst bak i klassrummet",
             "Noah", "Specialpedagog, Västra skolan", "Från 2024-09-30"),
            ("Elevassistent som trygg vuxen på raster och lunch", "Noah", "Rektor, Västra skolan",
             "Från v. 40"),
            ("Läkarbesök för utvärdering av ADHD-medicinering", "Noah",
             "BUP Västerås, sjuksköterska/läkare", "2024-10-15"),
            ("Följer Noah till skolan måndagar och onsdagar", "Noah", "Pappa D.", "Från 2024-09-30"),
        ]),
        ("Insatser för Liam (lillebror)", [
            ("Neuropsykiatrisk utredning", "Liam", "Regionen", "Hösten 2024"),
            ("Utredning av kontaktfamilj enligt SoL som avlastning", "Liam/familjen",
             "Socialsekreterare, Barn och familj", "Beslut senast 2024-11-15"),
        ]),
        ("Insatser för hela familjen", [
            ("Familjebehandling i hemmet 1 gång/vecka, fokus morgonrutiner och syskonkonflikter",
             "Hela familjen", "Familjebehandlare, Familjeenheten", "Tisdagar från v. 41"),
            ("Föräldrautbildning Komet, 10 träffar", "Föräldrarna",
             "Familjeenheten, Hallstahammars kommun", "Start 2024-10-22"),
            ("Ansökan om omvårdnadsbidrag hos Försäkringskassan", "Familjen", "Mamma S.",
             "Senast 2024-10-31"),
        ]),
    ]
    it = table(doc, ["Insats", "Gäller", "Ansvarig", "När"], [])
    set_grid(it, [6.5, 2.5, 4.5, 3])
    for gname, rows in groups:
        cells = it.add_row().cells
        m = cells[0].merge(cells[3])
        m.text = ""
        gr = m.paragraphs[0].add_run(gname)
        gr.bold = True
        gr.italic = True
        shade(m, "F2F2F2")
        for row in rows:
            cells = it.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = v
    for row in it.rows:
        if len({id(c._tc) for c in row.cells}) < 4:
            continue  # merged group row spans the grid
        for i, w in enumerate([6.5, 2.5, 4.5, 3]):
            row.cells[i].width = Cm(w)

    doc.add_heading("8. Samtycke", level=1)
    doc.add_paragraph("☒ Samtycke finns     ☐ Muntligt     ☐ Skriftligt")

    doc.add_heading("9. Huvudansvar för planen", level=1)
    doc.add_paragraph("Socialtjänsten Hallstahammar")

    doc.add_paragraph()
    doc.add_paragraph("Planen har upprättats vid mötet och skickas till alla deltagare.")
    doc.save(fn(4, "docx"))


# ================================================================ 05 docx -> pdf with Krisplan
def plan05(tmpdir):
    doc = Document()
    base_font(doc, "Liberation Sans", 10.5)
    fix_props(doc, "Vuxenpsykiatrin Köping", "SIP Linnea")
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Region Västmanland · Köpings kommun\t\tSIP vid utskrivning"
    for r in hp.runs:
        r.font.size = Pt(8)
        r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    fp = sec.footer.paragraphs[0]
    fp.text = "Sida "
    add_field(fp, "PAGE")
    fp.add_run(" (")
    add_field(fp, "NUMPAGES")
    fp.add_run(")")
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    doc.add_heading("SIP – samordnad individuell plan vid utskrivning från slutenvård", level=1)
    label_value(doc, "Namn:", "Linnea, 34 år")
    label_value(doc, "Personnummer:", "XXXXXX-XXXX")
    label_value(doc, "Datum:", "2025-03-12")
    label_value(doc, "Plats:", "Avdelning 5, Psykiatriska kliniken, Västmanlands sjukhus Västerås")
    label_value(doc, "Hemkommun:", "Köping")
    label_value(doc, "Deltagare:", "Linnea, Eva (mamma), Peter, Anna, Sofie, Ahmed")

    doc.add_heading("Syfte", level=2)
    doc.add_paragraph(
        "Linnea har vårdats på avdelning 5 i tre veckor efter en period med svår depression och "
        "självskadetankar och skrivs ut 2025-03-14. Syftet med planen är att hon ska få ett "
        "samordnat stöd från psykiatrin och Köpings kommun de första månaderna hemma, så att hon "
        "inte behöver läggas in igen och så att alla vet vad de ska göra om hon mår sämre.")

    doc.add_heading("Linneas mål", level=2)
    doc.add_paragraph("\u201dJag vill kunna bo kvar hemma, sova bättre och börja jobba lite igen till hösten.\u201d")

    doc.add_heading("Linneas synpunkter", level=2)
    doc.add_paragraph(
        "Linnea deltog i hela mötet. Hon vill inte ha hembesök av många olika personer och önskar "
        "att det är samma boendestödjare varje gång. Hon vill att mamma får veta om hon blir sämre.")

    doc.add_heading("Samtycke", level=2)
    doc.add_paragraph(
        "Linnea lämnade skriftligt samtycke till SIP och till informationsutbyte mellan "
        "Vuxenpsykiatrin Köping och Köpings kommun på avdelningen 2025-03-10 (blankett "
        "\u201dSamtycke SIP\u201d).")

    doc.add_heading("Insatser", level=2)
    table(doc, ["Insats", "Ansvarig", "När / hur ofta"], [
        ("Fast vårdkontakt, stödsamtal", "Sjuksköterska, Vuxenpsykiatrin Köping", "Tisdagar från 2025-03-18"),
        ("Läkarbesök, uppföljning av medicinering", "Psykiater, Vuxenpsykiatrin Köping", "2025-04-02"),
        ("Boendestöd 3 gånger/vecka, samma stödjare", "Boendestödet, Socialpsykiatrin Köpings kommun",
         "Från 2025-03-17"),
        ("Träffpunkt/sysselsättning två förmiddagar i veckan", "Socialpsykiatrin Köpings kommun", "Från v. 14"),
        ("Arbetsterapeutisk bedömning av aktivitetsbalans", "Arbetsterapeut, Vuxenpsykiatrin Köping", "Tid bokas"),
    ], widths=[5.6, 5.8, 5.2])

    doc.add_heading("Andra aktörer", level=2)
    doc.add_paragraph(
        "Linnea ansöker själv om förlängd sjukpenning hos Försäkringskassan senast 2025-03-28 "
        "och tar med läkarintyget från avdelningen. Mamma Eva handlar den första veckan och följer "
        "med på läkarbesöket 2025-04-02.")

    doc.add_heading("Krisplan", level=2)
    kt = doc.add_table(rows=0, cols=2)
    kt.style = "Table Grid"
    krows = [
        ("Tidiga varningstecken",
         "Sover mindre än fyra timmar per natt flera nätter i rad. Drar sig undan, slutar svara i "
         "telefon. Slutar äta ordentligt. Tankar på att skada sig kommer tillbaka."),
        ("Det här gör jag själv",
         "Jag ringer mamma eller min fasta vårdkontakt. Jag tar vid behovs-medicinen enligt "
         "ordination. Jag går ut en promenad och skriver ner vad jag tänker."),
        ("Det här gör mamma",
         "Ringer Linnea om hon inte hört av sig på ett dygn och åker hem till henne. Kontaktar "
         "Vuxenpsykiatrin Köping om hon är orolig."),
        ("Det här gör boendestödet",
         "Kontaktar fast vårdkontakt samma dag vid varningstecken och rapporterar om Linnea inte öppnar."),
        ("Det här gör Vuxenpsykiatrin Köping",
         "Erbjuder tid samma eller nästa vardag. Läkare tar ställning till ändrad medicinering "
         "eller inläggning."),
        ("Vid akut fara",
         "Ring 112 eller åk till Psykiatrisk akutmottagning, Västmanlands sjukhus Västerås. "
         "Kvällar och helger: ring 1177."),
    ]
    for a, b in krows:
        c = kt.add_row().cells
        c[0].text = ""
        c[0].paragraphs[0].add_run(a).bold = True
        shade(c[0], "FCE4D6")
        c[1].text = b
    set_grid(kt, [4.5, 12])
    for row in kt.rows:
        row.cells[0].width = Cm(4.5)
        row.cells[1].width = Cm(12)

    doc.add_heading("Huvudansvar", level=2)
    doc.add_paragraph("Huvudansvarig för planen: Köpings kommun.")

    doc.add_heading("Uppföljning", level=2)
    doc.add_paragraph("Planen följs upp 2025-04-23 kl. 13.00 på Vuxenpsykiatrin Köping.")

    src = os.path.join(tmpdir, f"{P}-05.docx")
    doc.save(src)
    subprocess.run(["soffice", f"-env:UserInstallation=file:///tmp/lo-{P}", "--headless",
                    "--convert-to", "pdf", "--outdir", OUT, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


# ================================================================ 06 docx follow-up traffic lights
def plan06():
    doc = Document()
    base_font(doc, "Arial", 10)
    fix_props(doc, "Vård och omsorg Kungsör", "Uppföljning SIP")
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("Kungsörs kommun – Vård och omsorg")
    r.font.small_caps = True
    r.font.size = Pt(9)
    hp.add_run("\t\tUppföljning av samordnad individuell plan").font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.text = "Sida "
    add_field(fp, "PAGE")
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    doc.add_heading("Uppföljning av SIP", level=1)
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    vals = [("Person", "Gunnar, 84 år", "Personnummer", "ÅÅMMDD-XXXX"),
            ("Datum för uppföljning", "2024-11-20", "Plats", "Gunnars hem, Kungsör"),
            ("Ursprunglig plan", "Upprättad 2024-09-03", "Deltagare", "Gunnar, Karin, Annika, Mikael, Sanna")]
    for i, row in enumerate(vals):
        for j, v in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            run = c.paragraphs[0].add_run(v)
            if j % 2 == 0:
                run.bold = True
                shade(c, "EDEDED")

    doc.add_paragraph()
    label_value(doc, "Syfte:", "Uppföljning av SIP.")
    label_value(doc, "Samtycke:", "Samtycke finns, se tidigare plan.")
    label_value(doc, "Bakgrund:", "Gunnar opererades för höftfraktur på Västmanlands sjukhus Köping i augusti "
                "och skrevs ut till hemmet 2024-09-04. Han bor ensam i villa. Gunnar deltog i mötet.")

    bold_par(doc, "Status för insatser i planen från 2024-09-03")
    st = table(doc, ["Insats", "Ansvarig", "Status", "Kommentar"], [
        ("Hemtjänst morgon och kväll: personlig hygien, på- och avklädning",
         "Hemtjänst Kungsör norra", "Grönt", "Fungerar, fasta tider ca 08 och 20."),
        ("Trygghetslarm", "Larmgruppen, Kungsörs kommun", "Grönt",
         "Larmet har använts en gång i oktober, hjälp kom inom 20 minuter."),
        ("Hemrehabilitering, gångträning 2 gånger/vecka", "Fysioterapeut, Rehab Kungsör", "Gult",
         "Går med rollator inomhus. Trappan ner till tvättstugan går inte ännu."),
        ("Läkemedelsgenomgång", "Vårdcentralen Kungsör", "Rött",
         "Inte genomförd, tiden ställdes in på grund av sjukdom."),
        ("Matdistribution 5 dagar/vecka", "Hemtjänst Kungsör norra", "Grönt", "Fungerar."),
        ("Bostadsanpassning: ta bort trösklar", "Bostadsanpassningen, Kungsörs kommun", "Gult",
         "Bidrag beviljat, arbetet är inte påbörjat."),
    ], widths=[8, 6, 2.3, 9.2])
    colors = {"Grönt": "C6EFCE", "Gult": "FFEB9C", "Rött": "FFC7CE"}
    for row in st.rows[1:]:
        c = row.cells[2]
        shade(c, colors[c.text])
        c.paragraphs[0].runs[0].bold = True

    doc.add_paragraph()
    bold_par(doc, "Åtgärder framåt")
    table(doc, ["Åtgärd", "Ansvarig", "När"], [
        ("Ny tid för läkemedelsgenomgång", "Distriktssköterska, Vårdcentralen Kungsör", "Senast 2024-12-06"),
        ("Fortsatt hemrehabilitering, fokus trappgång", "Fysioterapeut, Rehab Kungsör", "2 gånger/vecka t.o.m. v. 51"),
        ("Hjälp med dusch 1 gång/vecka läggs till i hemtjänsten", "Hemtjänst Kungsör norra", "Från 2024-11-25"),
        ("Påminna entreprenören om trösklarna", "Bostadsanpassningen, Kungsörs kommun", ""),
    ], widths=[10, 9, 6.5])

    doc.add_paragraph()
    label_value(doc, "Anhöriga:", "Dottern Karin är ett viktigt stöd för Gunnar.")
    label_value(doc, "Huvudansvarig för planen:", "Biståndshandläggare, Vård och omsorg, Kungsörs kommun")
    label_value(doc, "Nästa uppföljning:", "2025-01-15 kl. 10.00 i Gunnars hem.")
    doc.save(fn(6, "docx"))


# ================================================================ 07 log minutes (cp1252, CRLF)
def plan07():
    head = [
        "SIP-MÖTE – MINNESANTECKNINGAR",
        "",
        "Datum: 2024-10-09",
        "Plats: Sammanträdesrum 2, Socialförvaltningen Arboga",
        "Gäller: J., 20 år (ÅÅMMDD-XXXX)",
        "Antecknat av: LSS-handläggare",
        "",
    ]
    log = [
        ("13:00", "Mötet öppnas. Närvarande: Maja, LSS-handläggare, Arboga kommun; Erik, "
                  "arbetsterapeut, Vuxenhabiliteringen Region Västmanland; Sofia, boendestödjare, "
                  "Socialpsykiatrin Arboga kommun; Dan, sjuksköterska, Vårdcentralen Arboga; Lisa, "
                  "samordnare daglig verksamhet, Arboga kommun."),
        ("13:02", "J. deltar inte."),
        ("13:03", "Maja meddelar att J. har lämnat skriftligt samtycke till SIP och till att "
                  "uppgifter lämnas mellan deltagarna, undertecknat 2024-09-23 på blanketten "
                  "\"Samtycke till SIP\"."),
        ("13:05", "Kort presentationsrunda."),
        ("13:10", "Frågeställning: Kan J. börja på daglig verksamhet enligt LSS efter årsskiftet, "
                  "och vilket stöd behöver han i så fall från habiliteringen vid starten? Hur ska "
                  "resorna dit lösas?"),
        ("13:16", "Bakgrund: J. har autism och lätt intellektuell funktionsnedsättning. Han gick ut "
                  "gymnasiesärskolan i juni och har sedan dess inte haft någon sysselsättning på "
                  "dagtid. Han bor i egen lägenhet i Arboga sedan i våras."),
        ("13:18", "Sofia berättar att J. klarar vardagen hemma hjälpligt men att disken och tvätten "
                  "ofta blir stående och att dygnsrytmen har förskjutits under hösten."),
        ("13:25", "Erik berättar att bildschema har provats hemma med blandat resultat."),
        ("13:32", "Dan: J. har sökt vårdcentralen för sömnproblem och huvudvärk. Inga nya "
                  "läkemedel."),
        ("13:40", "Lisa informerar om daglig verksamhet i Arboga: café, trädgårdsgrupp och "
                  "montering. Det finns platser i trädgårdsgruppen i vår."),
        ("13:48", "Diskussion. Målet är att J. ska få en meningsfull sysselsättning på dagtid och "
                  "en mer regelbunden dygnsrytm."),
        ("13:52", "Enighet om att J. behöver fortsatt stöd. Stöd vid behov fortsätter som tidigare "
                  "och det ska vara fortsatt kontakt mellan verksamheterna."),
        ("13:55", "Frågan om daglig verksamhet kunde inte besvaras i dag."),
        ("13:58", "Mötet avslutas."),
    ]
    lines = list(head)
    for t, text in log:
        wrapped = textwrap.wrap(text, width=72)
        lines.append(f"{t} {wrapped[0]}")
        for w in wrapped[1:]:
            lines.append("      " + w)
    data = "\r\n".join(lines) + "\r\n"
    with open(fn(7, "txt"), "wb") as f:
        f.write(data.encode("cp1252"))


# ================================================================ 08 NOT a plan: decision letter
def plan08():
    doc = Document()
    base_font(doc, "Times New Roman", 11)
    fix_props(doc, "Norbergs kommun", "Beslut om bistånd")
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    r = hp.add_run("NORBERGS KOMMUN")
    r.bold = True
    hp.add_run("\tSocialförvaltningen, Äldreomsorg\tBESLUT")
    fp = sec.footer.paragraphs[0]
    fp.text = "Norbergs kommun · Socialförvaltningen · Postadress: se kommunens webbplats · Telefon via växeln"
    for r in fp.runs:
        r.font.size = Pt(8)

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run("Datum: 2024-05-16\nDnr: SN 2024/XXX")
    doc.add_paragraph("Elsa\nÅÅMMDD-XXXX\nNorberg")
    doc.add_heading("Beslut om bistånd", level=1)
    label_value(doc, "Lagrum:", "4 kap. 1 § socialtjänstlagen (2001:453)")
    label_value(doc, "Ansökan inkom:", "2024-05-06")
    label_value(doc, "Ansökan avser:", "Hemtjänst")

    doc.add_heading("Beslut", level=2)
    doc.add_paragraph("Du beviljas bistånd i form av hemtjänst med följande insatser:")
    for s in ["Städning varannan vecka", "Inköp av dagligvaror en gång per vecka",
              "Hjälp vid dusch två gånger per vecka", "Tvätt varannan vecka", "Trygghetslarm"]:
        doc.add_paragraph(s, style="List Bullet")
    doc.add_paragraph("Beviljad omfattning: ca 14 timmar per månad. Beslutet gäller från och med "
                      "2024-05-20 till och med 2025-05-31.")
    table(doc, ["Insats", "Beslut", "Omfattning", "Gäller fr.o.m.–t.o.m."], [
        ("Service (städ, inköp, tvätt)", "Bifall", "ca 6 tim/mån", "2024-05-20 – 2025-05-31"),
        ("Personlig omvårdnad (dusch)", "Bifall", "ca 8 tim/mån", "2024-05-20 – 2025-05-31"),
        ("Trygghetslarm", "Bifall", "–", "2024-05-20 – 2025-05-31"),
    ], widths=[6, 2.5, 3, 4.5])

    doc.add_heading("Motivering", level=2)
    doc.add_paragraph(
        "Du är 87 år och bor ensam i lägenhet. Efter ett fall i mars har du nedsatt balans och "
        "behöver gånghjälpmedel. Du har berättat att du inte längre klarar att duscha på egen hand "
        "eller att bära hem matvaror. Ditt behov kan inte tillgodoses på annat sätt. Med de "
        "beviljade insatserna bedöms du tillförsäkras en skälig levnadsnivå.")

    doc.add_heading("Verkställighet och avgift", level=2)
    doc.add_paragraph(
        "Beslutet verkställs av Hemtjänsten Norberg, som kontaktar dig inom en vecka för att göra "
        "en genomförandeplan. För hemtjänst tas en avgift ut enligt kommunens taxa. Du får ett "
        "separat beslut om avgiften.")

    doc.add_heading("Hur man överklagar", level=2)
    doc.add_paragraph(
        "Om du inte är nöjd med beslutet kan du överklaga det hos Förvaltningsrätten i Uppsala. "
        "Skrivelsen ska skickas eller lämnas till Socialförvaltningen i Norbergs kommun inom tre "
        "veckor från den dag du fick del av beslutet. Ange vilket beslut du överklagar och hur du "
        "vill att det ska ändras. Se bifogad information om hur man överklagar.")

    doc.add_paragraph()
    doc.add_paragraph("Biståndshandläggare\nÄldreomsorgen, Norbergs kommun")
    doc.add_paragraph("Bilaga: Hur man överklagar")
    doc.save(fn(8, "docx"))


def normalize_docx(path):
    """Rewrite the docx zip with fixed timestamps so reruns give identical bytes."""
    import zipfile, io
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def main():
    os.makedirs(OUT, exist_ok=True)
    tmpdir = os.path.join(HERE, "build")
    os.makedirs(tmpdir, exist_ok=True)
    plan01()
    plan02()
    plan03()
    plan04()
    plan05(tmpdir)
    plan06()
    plan07()
    plan08()
    shutil.rmtree(tmpdir, ignore_errors=True)
    for n in (4, 6, 8):
        normalize_docx(fn(n, "docx"))
    print("done:", sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()
