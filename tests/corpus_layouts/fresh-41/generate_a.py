#!/usr/bin/env python
"""Generate the f41a batch of fictional, anonymized SIP plans into plans/.

Run with python generate_a.py
Deterministic: fixed texts and dates, no randomness.
"""
import datetime
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
PREFIX = "f41a"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def path(nn, ext):
    return os.path.join(OUT, f"{PREFIX}-{nn:02d}.{ext}")


# ---------------------------------------------------------------- helpers
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


def cell_text(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if i < len(lines) - 1:
            r.add_break()
    return p


def label_para(doc_or_cell, label, value, size=None):
    p = doc_or_cell.add_paragraph()
    r = p.add_run(label)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    if value:
        r2 = p.add_run(" " + value)
        if size:
            r2.font.size = Pt(size)
    return p


def base_doc(font="Calibri", size=11):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    cp = doc.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.created = datetime.datetime(2024, 1, 1, 8, 0, 0)
    cp.modified = datetime.datetime(2024, 1, 1, 8, 0, 0)
    cp.revision = 1
    for s in doc.sections:
        s.page_width, s.page_height = Cm(21.0), Cm(29.7)
        s.left_margin = Cm(2.2)
        s.right_margin = Cm(2.2)
        s.top_margin = Cm(2.0)
        s.bottom_margin = Cm(2.0)
    return doc


def add_page_number_field(paragraph):
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


# ===================================================================== 01
def plan01():
    """docx: interventions table with the actor merged vertically; Köping,
    adult with psychosis and debts."""
    doc = base_doc()
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = ("Köpings kommun, Socialtjänsten  |  Region Västmanland, "
               "Vuxenpsykiatrin Köping")
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "SIP – Johan – 2024-09-17 – sida "
    fp.runs[0].font.size = Pt(8)
    add_page_number_field(fp)

    doc.add_heading("Samordnad individuell plan (SIP)", level=1)

    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    rows = [("Namn", "Johan"),
            ("Personnummer", "ÅÅMMDD-XXXX"),
            ("Datum för mötet", "2024-09-17"),
            ("Plats", "Vuxenpsykiatrin Köping, samtalsrum 2")]
    for i, (a, b) in enumerate(rows):
        cell_text(t.cell(i, 0), a, bold=True)
        cell_text(t.cell(i, 1), b)
        t.cell(i, 0).width = Cm(4.5)
        t.cell(i, 1).width = Cm(12)

    doc.add_heading("Deltagare", level=2)
    for s in ["Johan",
              "Kent, god man",
              "Ahmed, socialsekreterare, Vuxenenheten IFO Köpings kommun",
              "Maria, boendestödjare, Socialpsykiatrin Köpings kommun",
              "Lena, kurator, Vuxenpsykiatrin Köping",
              "Rebecka, sjuksköterska, Vuxenpsykiatrin Köping"]:
        doc.add_paragraph(s, style="List Bullet")

    doc.add_heading("Syfte med SIP", level=2)
    doc.add_paragraph(
        "Syftet med planen är att Johan efter inläggningen på "
        "Psykiatriska kliniken i våras ska få ett samordnat stöd kring "
        "medicinering, boende och ekonomi, så att han kan bo kvar i sin "
        "lägenhet i Köping och att skulderna inte fortsätter att växa.")

    doc.add_heading("Frågeställningar", level=2)
    doc.add_paragraph("Gå igenom läget.")
    doc.add_paragraph("Övrigt.")

    doc.add_heading("Bakgrund", level=2)
    doc.add_paragraph(
        "Johan är 38 år och har en psykossjukdom sedan drygt tio år. Han "
        "vårdades inneliggande i april–maj 2024 efter att ha slutat ta sin "
        "medicin. Sedan juni får han depåinjektion. Han har skulder hos "
        "Kronofogden (hyra, el och telefonabonnemang) och har sedan i "
        "somras god man för att bevaka rätt och förvalta egendom. Boendestöd "
        "har han haft sedan 2022 men det har varit avbrott under "
        "sjukhusvistelsen.")

    doc.add_heading("Johans egna mål", level=2)
    p = doc.add_paragraph()
    p.add_run("”Jag vill kunna bo kvar i min lägenhet och slippa att "
              "Kronofogden skickar brev hela tiden. Sen vill jag börja "
              "jobba med något igen, kanske på Returen två dagar i "
              "veckan.”").italic = True

    doc.add_heading("Johans synpunkter", level=2)
    doc.add_paragraph(
        "Johan var med under hela mötet. Han tycker att det är viktigt att "
        "boendestödet kommer samma tid varje vecka och att han får behålla "
        "samma läkare. Han vill inte att posten öppnas när han inte är "
        "hemma.")

    doc.add_heading("Insatser – vem gör vad och när", level=2)
    data = [
        ("Vuxenpsykiatrin Köping, sjuksköterska",
         [("Depåinjektion var tredje vecka.",
           "Nästa 2024-09-24, sedan var 3:e vecka"),
          ("Bokar läkarbesök för uppföljning av medicinering och "
           "biverkningar.", "Oktober 2024")]),
        ("Socialpsykiatrin Köpings kommun, boendestödjare",
         [("Boendestöd tisdagar kl. 10: hjälp med post, städning och "
           "inköp.", "Från 2024-09-24, varje tisdag"),
          ("Följer med Johan till tandläkaren.", "")]),
        ("Vuxenenheten IFO Köping, socialsekreterare",
         [("Handlägger ansökan om ekonomiskt bistånd för "
           "september–oktober.", "Beslut senast 2024-10-04"),
          ("Skickar remiss till budget- och skuldrådgivningen i Köping.",
           "v. 40")]),
        ("God man (Kent)",
         [("Ansöker om skuldsanering hos Kronofogden tillsammans med "
           "Johan.", "Senast 2024-11-30"),
          ("Lägger hyran på autogiro och ser över elavtalet.",
           "Under oktober 2024")]),
        ("Johan själv",
         [("Är hemma tisdagar kl. 10 när boendestödet kommer.",
           "Varje vecka"),
          ("Öppnar posten tillsammans med boendestödjaren och lämnar "
           "räkningar till gode mannen.", "Varje tisdag")]),
    ]
    nrows = 1 + sum(len(x[1]) for x in data)
    t = doc.add_table(rows=nrows, cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = ["Ansvarig", "Insats/åtgärd", "När"]
    for j, h in enumerate(hdr):
        cell_text(t.cell(0, j), h, bold=True)
        set_cell_shading(t.cell(0, j), "D9E2F3")
    set_repeat_header(t.rows[0])
    r = 1
    widths = [Cm(4.5), Cm(8.3), Cm(4.0)]
    for actor, items in data:
        start = r
        for meas, when in items:
            cell_text(t.cell(r, 1), meas)
            cell_text(t.cell(r, 2), when)
            r += 1
        merged = t.cell(start, 0).merge(t.cell(r - 1, 0))
        cell_text(merged, actor, bold=True)
    for row in t.rows:
        for j, c in enumerate(row.cells):
            c.width = widths[j]

    doc.add_heading("Huvudansvar", level=2)
    doc.add_paragraph("Huvudansvarig för planen: Socialtjänsten Köping.")

    doc.add_heading("Uppföljning", level=2)
    doc.add_paragraph(
        "Planen följs upp om ungefär tre månader. Kallelse skickas ut av "
        "den som är huvudansvarig.")

    doc.save(path(1, "docx"))


# ===================================================================== 02
class Form02(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(80, 80, 80)
        self.cell(95, 4, "Lifecare SP – Samordnad individuell plan",
                  new_x="RIGHT", new_y="TOP")
        self.cell(0, 4, f"Sida {self.page_no()} ({{nb}})", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.cell(95, 4, "Sala kommun / Region Västmanland",
                  new_x="RIGHT", new_y="TOP")
        self.cell(0, 4, "Utskriftsdatum 2024-03-12 15:41", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(120, 120, 120)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin,
                  self.get_y() + 1)
        self.ln(4)
        self.set_text_color(0, 0, 0)


def plan02():
    """fpdf2 form, two pages, page 2 a signature page; Sala, elderly man
    after hip fracture, lives alone."""
    pdf = Form02(format="A4")
    pdf.set_creation_date(datetime.datetime(2024, 3, 12, 15, 41,
                                            tzinfo=datetime.timezone.utc))
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_margins(15, 12, 15)
    pdf.set_auto_page_break(True, 15)
    pdf.alias_nb_pages()
    pdf.add_page()
    W = pdf.w - 30

    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 8, "SAMORDNAD INDIVIDUELL PLAN (SIP)",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)

    def box_row(fields):
        # fields: list of (label, value, width)
        y = pdf.get_y()
        x = pdf.l_margin
        for label, value, w in fields:
            pdf.rect(x, y, w, 11)
            pdf.set_xy(x + 1, y + 0.8)
            pdf.set_font("DejaVu", "", 6.5)
            pdf.cell(w - 2, 3, label)
            pdf.set_xy(x + 1, y + 4.6)
            pdf.set_font("DejaVu", "", 9.5)
            pdf.cell(w - 2, 5, value)
            x += w
        pdf.set_xy(pdf.l_margin, y + 11)

    def box_text(label, text, min_h=12):
        y = pdf.get_y()
        pdf.set_font("DejaVu", "", 6.5)
        pdf.set_xy(pdf.l_margin + 1, y + 0.8)
        pdf.cell(W - 2, 3, label)
        pdf.set_xy(pdf.l_margin + 1, y + 4.6)
        pdf.set_font("DejaVu", "", 9.5)
        if text:
            pdf.multi_cell(W - 2, 4.6, text, new_x="LMARGIN", new_y="NEXT")
        h = max(min_h, pdf.get_y() - y + 1.5)
        pdf.rect(pdf.l_margin, y, W, h)
        pdf.set_xy(pdf.l_margin, y + h)

    box_row([("Namn", "Gunnar", 70), ("Personnummer", "ÅÅMMDD-XXXX", 45),
             ("Mötesdatum", "2024-03-12", 30), ("Plats", "I hemmet", W - 145)])
    box_row([("Kommun", "Sala", 70),
             ("Ärendetyp", "SIP efter utskrivning från slutenvård", W - 70)])
    box_text("Bakgrund",
             "Gunnar, 84 år, bor ensam i villa utanför Sala. Han föll i "
             "hemmet 2024-02-19 och opererades för höftfraktur på "
             "Västmanlands sjukhus Västerås. Han skrevs ut till hemmet "
             "2024-03-07. Han går med rollator men är ostadig, har ont och "
             "har svårt att klara dusch och påklädning själv. Tidigare hade "
             "han bara hjälp med städning var tredje vecka.")
    box_text("Syfte med SIP",
             "Syftet är att Gunnar ska kunna bo kvar hemma efter "
             "höftfrakturen och att hemtjänst, kommunens rehab och "
             "vårdcentralen samordnar sina insatser så att han inte faller "
             "igen och blir inlagd på nytt.")
    box_text("Frågeställningar inför mötet", "", min_h=12)
    box_text("Mål",
             "Målet är att Gunnar inom två månader ska kunna gå med rollator "
             "inomhus utan att falla och klara toalettbesök på egen hand.")
    box_text("Den enskildes delaktighet",
             "Gunnar deltog i mötet, som hölls i hans hem.")
    box_text("Samtycke",
             "Skriftligt samtycke till SIP och till att uppgifter lämnas "
             "mellan kommun och region inhämtat 2024-03-05 av "
             "biståndshandläggare. Blanketten finns i akten.")
    pdf.ln(2)

    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 6, "Insatser", new_x="LMARGIN", new_y="NEXT")
    cols = [78, 56, W - 134]
    hdr = ["Insats/åtgärd", "Ansvarig (verksamhet, funktion)", "När"]
    rows = [
        ("Hemtjänst morgon och kväll: hjälp med personlig hygien, "
         "påklädning och kvällsmål.",
         "Hemtjänst Sala väster, undersköterskor",
         "Från 2024-03-08 dagligen kl. 07.30 och 20.00"),
        ("Trygghetslarm installeras.",
         "Larm och hjälpmedel, Sala kommun",
         "2024-03-13"),
        ("Hembesök och bedömning av hjälpmedel (toalettförhöjning, "
         "duschpall, griphandtag).",
         "Arbetsterapeut, Rehab Sala kommun", "2024-03-14"),
        ("Gångträning enligt program, två gånger i veckan.",
         "Fysioterapeut, Hemrehab Sala kommun",
         "Tisdagar och fredagar från 2024-03-15"),
        ("Suturtagning och kontroll av operationssåret.",
         "Distriktssköterska, Vårdcentralen Sala", "2024-03-15"),
        ("Läkemedelsgenomgång, smärtlindring och "
         "benskörhetsbehandling.",
         "Distriktsläkare, Vårdcentralen Sala", "2024-03-20"),
    ]
    pdf.set_font("DejaVu", "", 8.5)
    pdf.set_fill_color(225, 225, 225)
    with pdf.table(col_widths=cols, line_height=4.4, text_align="LEFT",
                   width=W, repeat_headings=1) as table:
        hr = table.row()
        for h in hdr:
            hr.cell(h)
        for row in rows:
            r = table.row()
            for c in row:
                r.cell(c)
    pdf.ln(3)
    box_row([("Huvudansvarig för planen", "Biståndshandläggare", 90),
             ("Uppföljning", "2024-04-16 kl. 13.30 i hemmet", W - 90)])

    # --- page 2: signature page
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(0, 8, "Underskrifter – deltagare vid SIP-mötet 2024-03-12",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    pdf.multi_cell(0, 5, "Genom underskrift bekräftar deltagarna att planen "
                   "har upprättats gemensamt vid mötet.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    cols = [40, 50, 60, W - 150]
    pdf.set_font("DejaVu", "B", 9)
    for w, h in zip(cols, ["Namn", "Funktion", "Underskrift", "Datum"]):
        pdf.cell(w, 7, h, border=1, fill=True)
    pdf.ln()
    pdf.set_font("DejaVu", "", 9.5)
    people = [("Gunnar", "Den enskilde"),
              ("Anna", "Biståndshandläggare"),
              ("Mona", "Samordnare hemtjänst"),
              ("Leila", "Arbetsterapeut"),
              ("Erik", "Fysioterapeut"),
              ("Sofia", "Distriktssköterska")]
    for name, func in people:
        y = pdf.get_y()
        pdf.cell(cols[0], 14, name, border=1)
        pdf.cell(cols[1], 14, func, border=1)
        x = pdf.get_x()
        pdf.cell(cols[2], 14, "", border=1)
        pdf.line(x + 3, y + 10.5, x + cols[2] - 3, y + 10.5)
        pdf.cell(cols[3], 14, "2024-03-12", border=1)
        pdf.ln()
    pdf.output(path(2, "pdf"))


# ===================================================================== 03
def plan03():
    """Markdown with YAML front matter and #### headings; Arboga, girl 13
    with school refusal and anxiety."""
    md = """---
datum: 2024-11-05
enhet: Elevhälsan Arboga kommun
handläggare: Jenny, kurator
---

# SIP – Ella, åk 7

Möte på Centralskolan Arboga, konferensrummet, kl. 13.00–14.30.

#### Deltagare

- Ella
- Sara (mamma)
- Mikael (pappa)
- Jenny
- Oskar
- Hanna
- Lars

#### Syfte

**Syfte med mötet:** Samordning.

#### Bakgrund

**Kort om situationen:** Ella går i årskurs 7. Sedan början av
september har hon varit i skolan ungefär en dag i veckan. Hon har ont i
magen på morgnarna, sover dåligt och får panikkänslor när hon ska gå in i
klassrummet. Hon har varit aktuell på BUP Arboga sedan oktober och står
på väntelista för KBT. Föräldrarna är oroliga för att hon inte ska få
betyg i vår.

#### Frågeställningar

**Fråga 1:** Hur kan skolan och BUP lägga upp en gradvis återgång till
skolan, och vilka lektioner ska Ella börja med?

**Fråga 2:** Behöver familjen stöd från socialtjänsten i hemmet, till
exempel föräldrastöd eller familjebehandling?

**Fråga 3:** Kan Ella få undervisning i mindre grupp under tiden?

#### Ellas mål

**Med Ellas egna ord:** ”Jag vill kunna gå till skolan minst tre dagar i
veckan och äta lunch med min kompis. Och jag vill kunna sova på
nätterna.”

#### Ellas delaktighet

**Deltog:** Ella var med den första halvtimmen tillsammans med mamma och
pappa, sedan gick hon ut med Hanna.

**Ellas synpunkter:** Ella vill inte att hela klassen ska få veta varför
hon har varit borta. Hon vill hellre börja med de praktiska ämnena (bild
och slöjd) än med matte, och hon vill träffa samma person på BUP varje
gång.

#### Insatser och ansvar

| Insats | Ansvarig | När |
|---|---|---|
| KBT-behandling för ångest, 10 samtal | BUP Arboga, psykolog | Start v. 47, varannan vecka |
| Läkarbedömning av sömnsvårigheter | BUP Arboga, läkare | 2024-11-20 |
| Anpassad studiegång med kortare skoldagar, start med bild och slöjd | Rektor, Centralskolan Arboga | Från 2024-11-11 |
| Mentor ringer hem varje skoldag kl. 07.45 | Mentor, Centralskolan Arboga | Från 2024-11-11 |
| Samtal med Ella en gång i veckan | Kurator, Elevhälsan Arboga kommun | Onsdagar |
| Föräldrastöd | Regionen | Under hösten |

#### Andra aktörer

**Försäkringskassan:** Omvårdnadsbidrag togs upp.

#### Huvudansvar

**Huvudansvarig:** Jenny, kurator, Elevhälsan Arboga kommun.

#### Uppföljning

**Nästa uppföljning:** I december, före jullovet.
"""
    with open(path(3, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ===================================================================== 04
def plan04():
    """Fixed-width text export, 'LABEL.....: value'; Windows-1252, CRLF;
    Västerås, 19-year-old with cannabis use."""
    col = 24  # value column (0-based); label + dots + ': ' fills to here
    width = 76

    def field(label, value):
        lead = label + "." * (col - 2 - len(label)) + ": "
        out = []
        paras = value.split("\n") if value else [""]
        first = True
        for para in paras:
            wrapped = textwrap.wrap(para, width - col,
                                      break_on_hyphens=False) or [""]
            for w in wrapped:
                if first:
                    out.append((lead + w).rstrip())
                    first = False
                else:
                    out.append((" " * col + w).rstrip())
        return out

    lines = []
    lines.append("=" * width)
    lines.append("SAMORDNAD INDIVIDUELL PLAN (SIP)".center(width).rstrip())
    lines.append("Västerås stad, IFO Ungdom och vuxen / Region Västmanland"
                 .center(width).rstrip())
    lines.append("=" * width)
    lines.append("Utskrift: 2025-02-11 16:02        Dokumenttyp: SIP     "
                 "       Status: Klar")
    lines.append("-" * width)
    lines += field("Namn", "Noah")
    lines += field("Personnummer", "XXXXXX-XXXX")
    lines += field("Mötesdatum", "2025-02-11 kl. 09.00")
    lines += field("Mötesplats", "Mini-Maria Västerås")
    lines += field("Deltagare",
                   "Mamma (Lina), socialsekreterare, behandlare, "
                   "sjuksköterska")
    lines.append("")
    lines += field("Syfte", "")
    lines += field("Bakgrund",
                   "Noah är 19 år och bor hos sin mamma. Han har använt "
                   "cannabis nästan dagligen sedan ungefär ett år och "
                   "avbröt gymnasiet (El- och energiprogrammet) i våras. "
                   "Han har haft kontakt med Mini-Maria sedan december "
                   "2024 men har uteblivit från flera besök. Mamman "
                   "beskriver att han sover på dagarna och att det blir "
                   "bråk hemma om pengar.\n"
                   "Vårdcentralen har sett honom för magsmärtor och "
                   "nedstämdhet.")
    lines += field("Frågeställningar", "Diskutera läget och hur det går.")
    lines += field("Mål",
                   "Noah ska bli drogfri och komma igång med någon form av "
                   "sysselsättning.")
    lines += field("Samtycke",
                   "Skriftligt samtycke inhämtat 2025-01-28 av "
                   "socialsekreterare (blankett Samtycke SIP). Gäller IFO "
                   "Västerås, Mini-Maria Västerås och Vårdcentralen "
                   "Skultuna.")
    lines.append("")
    lines.append("INSATSER")
    lines.append("-" * width)
    lines += field("Insats 1", "Fortsatt kontakt på Mini-Maria.")
    lines += field("  Ansvarig", "Mini-Maria Västerås")
    lines += field("  Tidpunkt", "Löpande")
    lines += field("Insats 2", "Stöd från socialtjänsten vid behov.")
    lines += field("  Ansvarig", "Kommunen")
    lines += field("  Tidpunkt", "")
    lines += field("Insats 3", "Fortsatt kontakt med vårdcentralen.")
    lines += field("  Ansvarig", "Regionen")
    lines += field("  Tidpunkt", "")
    lines.append("")
    lines += field("Övriga aktörer",
                   "Inga andra aktörer (FK, AF, god man m.fl.) är aktuella "
                   "i nuläget. Noah är inte inskriven på "
                   "Arbetsförmedlingen.")
    lines += field("Huvudansvarig", "Bestäms vid nästa möte.")
    lines += field("Uppföljning", "Vecka 14")
    lines.append("-" * width)
    lines.append("Antecknat av: socialsekreterare, IFO Ungdom och vuxen")
    text = "\r\n".join(lines) + "\r\n"
    with open(path(4, "txt"), "wb") as f:
        f.write(text.encode("cp1252"))


# ===================================================================== 05
def plan05():
    """docx, easy-read plain headings; Fagersta, man 34 with CP, personal
    assistance under LSS, epilepsy and type 1 diabetes."""
    doc = base_doc(font="Arial", size=12)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Fagersta kommun – Region Västmanland"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(9)

    h = doc.add_paragraph()
    r = h.add_run("Min plan – SIP")
    r.bold = True
    r.font.size = Pt(20)
    doc.add_paragraph("Amir, Fagersta. Vi träffades 2025-03-04 hemma hos "
                      "mig.")
    doc.add_paragraph(
        "Den här planen finns för att mina assistenter, vårdcentralen och "
        "neurologen ska veta vem som gör vad när jag får anfall eller när "
        "mitt blodsocker krånglar, så att jag slipper åka in akut till "
        "Västerås som jag gjorde tre gånger i vintras.")

    doc.add_heading("Vem är jag", level=1)
    doc.add_paragraph(
        "Jag heter Amir och är 34 år. Jag har CP och sitter i rullstol. Jag "
        "bor i egen lägenhet i Fagersta och har personlig assistans enligt "
        "LSS dygnet runt genom Assistanskooperativet Fria Händer. Jag har "
        "epilepsi och diabetes typ 1. Jag gillar fotboll och att laga mat "
        "med mina assistenter. Min mamma Lena bor också i Fagersta och vi "
        "träffas varje söndag.")

    doc.add_heading("Vad behöver jag", level=1)
    for s in [
        "Jag behöver att alla mina assistenter kan ge anfallsmedicin och "
        "insulin, även de som jobbar natt.",
        "Jag behöver att någon tittar på min epilepsimedicin, för jag har "
        "fått fler anfall sedan i höstas.",
        "Jag behöver mer hjälp på natten. Nu är det bara jour och det "
        "räcker inte när jag får anfall.",
        "Jag behöver något att göra på dagarna.",
    ]:
        doc.add_paragraph(s, style="List Bullet")

    p = doc.add_paragraph()
    p.add_run("Det här ville jag prata om på mötet: ").bold = True
    p.add_run("Kan jag få träffa neurologen på vårdcentralen i Fagersta "
              "via video i stället för att åka till Västerås varje gång? "
              "Och vem ska jag ringa om assistenterna inte vet vad de ska "
              "göra med insulinet?")

    p = doc.add_paragraph()
    p.add_run("Mina mål: ").bold = True
    p.add_run("”Jag vill inte behöva åka ambulans mer i år. Jag vill börja "
              "på daglig verksamhet två dagar i veckan, helst där de lagar "
              "mat.”")

    p = doc.add_paragraph()
    p.add_run("Får vi prata med varandra om dig? ").bold = True
    p.add_run("Ja, sa jag på mötet 2025-03-04. Jag skrev också under "
              "samtyckesblanketten samma dag.")

    doc.add_heading("Vem gör vad", level=1)
    rows = [
        ("Jag (Amir)",
         "Tar mina mediciner med hjälp av assistenten. Säger till direkt "
         "om jag känner att ett anfall är på väg.", "Varje dag"),
        ("Assistanskooperativet Fria Händer, arbetsledaren",
         "Ser till att alla assistenter går utbildning i anfallsmedicin "
         "och blodsockerkontroll.", "Klart senast 2025-04-15"),
        ("Vårdcentralen Fagersta, diabetessjuksköterskan",
         "Gör ny delegering av insulingivning till assistenterna. Är den "
         "assistenterna ringer om insulinet på dagtid.",
         "2025-03-20"),
        ("Neurologmottagningen, Västmanlands sjukhus Västerås, läkare",
         "Ser över epilepsimedicinen. Tar reda på om återbesöket kan "
         "göras via video från Fagersta.", "Återbesök 2025-05-07"),
        ("LSS-handläggaren, Fagersta kommun",
         "Utreder min ansökan om daglig verksamhet två dagar i veckan.",
         ""),
        ("Mamma Lena",
         "Hjälper mig att skicka in ansökan till Försäkringskassan om fler "
         "assistanstimmar på natten.", "Senast 2025-03-31"),
        ("Försäkringskassan",
         "Gör en ny bedömning av mina assistanstimmar när ansökan har "
         "kommit in.", "Våren 2025"),
    ]
    t = doc.add_table(rows=1 + len(rows), cols=3)
    t.style = "Table Grid"
    for j, hname in enumerate(["Vem", "Vad", "När"]):
        cell_text(t.cell(0, j), hname, bold=True)
        set_cell_shading(t.cell(0, j), "FFF2CC")
    for i, (a, b, c) in enumerate(rows, start=1):
        cell_text(t.cell(i, 0), a)
        cell_text(t.cell(i, 1), b)
        cell_text(t.cell(i, 2), c)
    for row in t.rows:
        row.cells[0].width = Cm(5.0)
        row.cells[1].width = Cm(8.3)
        row.cells[2].width = Cm(3.5)

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Den som håller ihop planen: ").bold = True
    p.add_run("LSS-handläggaren på Fagersta kommun.")

    doc.add_heading("När ses vi", level=1)
    doc.add_paragraph("Vi ses igen 2025-06-10 kl. 14.00 hemma hos mig.")
    p = doc.add_paragraph()
    p.add_run("Vi som var med: ").bold = True
    p.add_run("Amir, mamma Lena, Petra, Nina, Josefin och Karim.")
    p = doc.add_paragraph()
    p.add_run("Om jag vill ändra något i planen ").bold = True
    p.add_run("säger jag till min assistent, som hör av sig till "
              "LSS-handläggaren.")

    doc.save(path(5, "docx"))


# ===================================================================== 06
def plan06():
    """LibreOffice PDF from docx; follow-up plan by goal ('Mål 1' ...);
    Hallstahammar, woman 42 with bipolar disorder after inpatient care."""
    doc = base_doc(font="Liberation Sans", size=10.5)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = ("Region Västmanland, Allmänpsykiatrin Hallstahammar\t\t"
               "Uppföljning SIP")
    hp.runs[0].font.size = Pt(8.5)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Sida ").font.size = Pt(8.5)
    add_page_number_field(fp)

    doc.add_heading("Uppföljning av samordnad individuell plan", level=1)
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    vals = [("Namn", "S.", "Personnummer", "ÅÅMMDD-XXXX"),
            ("Datum", "2025-01-21", "Plats",
             "Allmänpsykiatrin Hallstahammar"),
            ("Ursprunglig SIP", "2024-11-26", "Utskriven från avd.",
             "2024-11-29, Psykiatriska kliniken Västerås")]
    for i, row in enumerate(vals):
        for j, v in enumerate(row):
            cell_text(t.cell(i, j), v, bold=(j % 2 == 0), size=9.5)

    p = doc.add_paragraph()
    p.add_run("Syfte: ").bold = True
    p.add_run("Uppföljning av SIP.")

    p = doc.add_paragraph()
    p.add_run("Närvarande: ").bold = True
    doc.add_paragraph("Tove, kontaktperson/skötare, Allmänpsykiatrin "
                      "Hallstahammar", style="List Bullet")
    doc.add_paragraph("Daniel, specialistläkare, Allmänpsykiatrin "
                      "Hallstahammar", style="List Bullet")
    doc.add_paragraph("Mira, boendestödjare, Socialpsykiatrin "
                      "Hallstahammars kommun", style="List Bullet")
    doc.add_paragraph("Johanna, biståndshandläggare, Vuxenenheten "
                      "Hallstahammars kommun", style="List Bullet")
    doc.add_paragraph("Emma, syster till S.", style="List Bullet")

    p = doc.add_paragraph()
    p.add_run("S:s delaktighet: ").bold = True
    p.add_run("S. kunde inte delta eftersom hon hade sovit dåligt och mådde "
              "för dåligt samma morgon för att orka ett möte; hon ville inte "
              "att mötet skulle ställas in. Dagen innan berättade hon för "
              "Tove att hon vill ha kvar boendestödet men med färre besök, "
              "att hon inte vill höja litiumdosen igen och att hon vill "
              "komma igång med något på dagarna. Tove förmedlade detta på "
              "mötet och ringer S. efteråt och går igenom planen.")

    p = doc.add_paragraph()
    p.add_run("Samtycke: ").bold = True
    p.add_run("Samtycke finns sedan tidigare.")

    p = doc.add_paragraph()
    p.add_run("Läget sedan utskrivningen: ").bold = True
    p.add_run("S. har bott hemma sedan 2024-11-29. Hon har tagit sin medicin "
              "och inte haft något nytt skov, men är fortfarande trött och "
              "isolerar sig. Hon har sjukpenning och kontakt med "
              "Försäkringskassan. Boendestödet har kommit tre gånger i "
              "veckan och det har fungerat bra med disk och tvätt.")

    goals = [
        ("Mål 1 – Stabil psykisk hälsa",
         "S. ska inte behöva läggas in på nytt under 2025.",
         [("Läkarbesök, utvärdering av litiumbehandling",
           "Specialistläkare, Allmänpsykiatrin Hallstahammar",
           "2025-02-04"),
          ("Litiumprov var tredje månad",
           "Sjuksköterska, Allmänpsykiatrin Hallstahammar",
           "Nästa 2025-02-03"),
          ("Krisplanen uppdateras tillsammans med S.",
           "Kontaktperson, Allmänpsykiatrin Hallstahammar",
           "Senast 2025-02-14")]),
        ("Mål 2 – En fungerande vardag hemma",
         "S. ska klara tvätt, disk och inköp med mindre stöd än i dag.",
         [("Boendestöd två gånger i veckan (minskat från tre)",
           "Boendestödjare, Socialpsykiatrin Hallstahammars kommun",
           "Från 2025-01-27, måndag och torsdag"),
          ("Gå igenom matlagning och inköpslista varje torsdag",
           "Boendestödjare, Socialpsykiatrin Hallstahammars kommun",
           "Torsdagar från 2025-01-30")]),
        ("Mål 3 – Sysselsättning",
         "S. ska ha någon form av sysselsättning några timmar i veckan.",
         [("Utreda ansökan om sysselsättning på Träffpunkten, "
           "Socialpsykiatrin",
           "Biståndshandläggare, Vuxenenheten Hallstahammars kommun",
           "Beslut v. 7"),
          ("Studiebesök på Träffpunkten tillsammans med boendestödjaren",
           "Boendestödjare, Socialpsykiatrin Hallstahammars kommun",
           "2025-02-13")]),
    ]
    for title, goal, measures in goals:
        doc.add_heading(title, level=2)
        p = doc.add_paragraph()
        p.add_run("Mål: ").bold = True
        p.add_run(goal)
        p.paragraph_format.keep_with_next = True
        t = doc.add_table(rows=1 + len(measures), cols=3)
        t.style = "Table Grid"
        for j, hname in enumerate(["Åtgärd", "Ansvarig", "När"]):
            cell_text(t.cell(0, j), hname, bold=True, size=9.5)
            set_cell_shading(t.cell(0, j), "E7E6E6")
        for c0 in t.rows[0].cells:
            c0.paragraphs[0].paragraph_format.keep_with_next = True
        for i, (a, b, c) in enumerate(measures, start=1):
            cell_text(t.cell(i, 0), a, size=9.5)
            cell_text(t.cell(i, 1), b, size=9.5)
            cell_text(t.cell(i, 2), c, size=9.5)
        for row in t.rows:
            row.cells[0].width = Cm(6.8)
            row.cells[1].width = Cm(6.3)
            row.cells[2].width = Cm(3.7)

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Huvudansvar: ").bold = True
    p.add_run("Regionen.")
    p = doc.add_paragraph()
    p.add_run("Övrigt: ").bold = True
    p.add_run("Planen gäller tills vidare. Ändringar meddelas "
              "kontaktpersonen.")

    tmpdir = os.path.join(HERE, "build")
    os.makedirs(tmpdir, exist_ok=True)
    src = os.path.join(tmpdir, f"{PREFIX}-06.docx")
    doc.save(src)
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file:///tmp/lo-{PREFIX}",
         "--headless", "--convert-to", "pdf", "--outdir", OUT, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        timeout=240)


# ===================================================================== 07
def plan07():
    """docx: whole plan inside a single-cell table used as a frame;
    Norberg, woman 67 with COPD and low mood living alone."""
    doc = base_doc(font="Cambria", size=11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Norbergs kommun – Vård och omsorg"
    hp.runs[0].font.size = Pt(9)

    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    cell = t.cell(0, 0)
    cell.width = Cm(16.6)
    p = cell.paragraphs[0]
    r = p.add_run("SAMORDNAD INDIVIDUELL PLAN")
    r.bold = True
    r.font.size = Pt(14)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = cell.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("enligt SoL 2 kap. 7 § och HSL 16 kap. 4 §")
    r.font.small_caps = True
    r.font.size = Pt(9)

    cell.add_paragraph()
    label_para(cell, "Namn:", "Inger")
    label_para(cell, "Personnummer:", "ÅÅMMDD-XXXX")
    label_para(cell, "Datum:", "2024-10-29")
    cell.add_paragraph()

    label_para(cell, "Bakgrund", "")
    cell.add_paragraph(
        "Inger är 67 år och bor ensam i lägenhet i Norberg. Hon har KOL "
        "med syrgas i hemmet sedan i somras och har varit nedstämd sedan "
        "hennes man dog förra året. Hon har hemtjänst två gånger om dagen "
        "och hemsjukvård för syrgasen. Under september sökte hon "
        "akutmottagningen i Västerås fyra gånger för andnöd, och vid två "
        "tillfällen hade syrgasen inte varit påslagen.")
    label_para(cell, "Syfte", "")
    cell.add_paragraph(
        "Syftet med planen är att hemtjänsten, hemsjukvården och "
        "vårdcentralen ska samordna sig kring Ingers syrgasbehandling och "
        "hennes nedstämdhet, så att hon kan fortsätta bo hemma och slipper "
        "de upprepade akutbesöken.")
    label_para(cell, "Frågeställningar", "")
    cell.add_paragraph("Gå igenom hur det fungerar.")
    label_para(cell, "Ingers synpunkter", "")
    cell.add_paragraph(
        "Inger vill helst ha samma personal från hemtjänsten och tycker att "
        "det kommer för många olika. Hon tycker att syrgasslangen är i "
        "vägen i köket.")
    label_para(cell, "Insatser", "")
    for s in ["Fortsatt stöd i hemmet enligt tidigare.",
              "Fortsatt kontakt kring syrgasen.",
              "Samtalsstöd vid behov."]:
        cell.add_paragraph("–  " + s)
    cell.add_paragraph()
    label_para(cell, "Huvudansvarig:", "Hemtjänsten Norberg")
    label_para(cell, "Nästa träff:", "2024-12-03 kl. 10.00 hemma hos Inger")
    cell.add_paragraph()
    doc.save(path(7, "docx"))


# ===================================================================== 08
def plan08():
    """docx: empty landscape template, blank 4-column grid; only the unit
    name printed (Vårdcentralen Kungsör)."""
    doc = base_doc(font="Calibri", size=10.5)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin = sec.bottom_margin = Cm(1.5)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("Vårdcentralen Kungsör")
    r.bold = True
    r.font.size = Pt(10)
    fp = sec.footer.paragraphs[0]
    fp.add_run("Mall SIP, version 2024:1").font.size = Pt(8)

    h = doc.add_paragraph()
    r = h.add_run("Samordnad individuell plan (SIP)")
    r.bold = True
    r.font.size = Pt(16)

    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    top = [("Namn:", "", "Personnummer:", "ÅÅMMDD-XXXX"),
           ("Datum för mötet:", "ÅÅÅÅ-MM-DD", "Plats:", ""),
           ("Deltagare (namn, funktion, verksamhet):", "", "", "")]
    for i, row in enumerate(top):
        for j, v in enumerate(row):
            cell_text(t.cell(i, j), v, bold=(j % 2 == 0))
    m = t.cell(2, 1).merge(t.cell(2, 3))
    cell_text(m, "\n\n")
    for row in t.rows:
        row.cells[0].width = Cm(6)
    doc.add_paragraph()

    for lab in ["Syfte med SIP:", "Frågeställningar inför mötet:",
                "Mina mål (med egna ord):",
                "Den enskildes delaktighet och synpunkter:"]:
        tt = doc.add_table(rows=1, cols=1)
        tt.style = "Table Grid"
        c = tt.cell(0, 0)
        cell_text(c, lab, bold=True)
        c.add_paragraph("")
        c.add_paragraph("")
        doc.add_paragraph()

    p = doc.add_paragraph()
    p.add_run("Samtycke: ").bold = True
    p.add_run("☐ muntligt   ☐ skriftligt   Datum: ÅÅÅÅ-MM-DD")

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Insatser och ansvar").bold = True
    g = doc.add_table(rows=9, cols=4)
    g.style = "Table Grid"
    for j, hname in enumerate(["Område", "Behov", "Insats", "Ansvarig"]):
        cell_text(g.cell(0, j), hname, bold=True)
        set_cell_shading(g.cell(0, j), "DDEBF7")
    set_repeat_header(g.rows[0])
    for row in g.rows:
        for c in row.cells:
            c.width = Cm(6.5)
    for row in g.rows[1:]:
        trPr = row._tr.get_or_add_trPr()
        hgt = OxmlElement("w:trHeight")
        hgt.set(qn("w:val"), "480")
        trPr.append(hgt)

    doc.add_paragraph()
    for lab in ["Andra aktörers insatser (t.ex. Försäkringskassan, "
                "Arbetsförmedlingen, god man, närstående):",
                "Huvudansvarig (namn, funktion, verksamhet):",
                "Uppföljning, datum:"]:
        p = doc.add_paragraph()
        p.add_run(lab).bold = True
        p.add_run("  ______________________________________________")
    doc.save(path(8, "docx"))


def normalize_docx(fn):
    """Rewrite a .docx with fixed zip timestamps so reruns are identical."""
    import zipfile
    tmp = fn + ".tmp"
    with zipfile.ZipFile(fn) as zin, zipfile.ZipFile(
            tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zi = zipfile.ZipInfo(item.filename, (2024, 1, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    os.replace(tmp, fn)


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
    for n in (1, 5, 7, 8):
        normalize_docx(path(n, "docx"))
    shutil.rmtree(os.path.join(HERE, "build"), ignore_errors=True)
    print("done:", sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()
