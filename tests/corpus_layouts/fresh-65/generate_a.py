# -*- coding: utf-8 -*-
"""Generate the f65a- batch of fictional, anonymized SIP documents into plans/.

Run with /work/batches/.venv/bin/python generate.py  (calls soffice for f65a-06.pdf).
Deterministic: fixed texts and dates, no randomness.
"""
import datetime
import os
import shutil
import subprocess
import tempfile
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
PREFIX = "f65a"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_I = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"


def path(nn, ext):
    return os.path.join(OUT, f"{PREFIX}-{nn}.{ext}")


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def set_col_widths(table, widths):
    """Fix column widths in grid and cells so Word and LibreOffice agree."""
    table.autofit = False
    grid = table._tbl.tblGrid
    cols = grid.findall(qn("w:gridCol"))
    for gc, w in zip(cols, widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    tblPr = table._tbl.tblPr
    tblW = tblPr.find(qn("w:tblW"))
    if tblW is None:
        tblW = OxmlElement("w:tblW")
        tblPr.append(tblW)
    tblW.set(qn("w:type"), "dxa")
    tblW.set(qn("w:w"), str(int(sum(w.twips for w in widths))))
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = w


def set_cell_text(cell, text, bold=False, size=None, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    return cell


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
    fixed = datetime.datetime(2025, 1, 1, 8, 0, 0)
    doc.core_properties.created = fixed
    doc.core_properties.modified = fixed
    doc.core_properties.author = ""
    doc.core_properties.last_modified_by = ""
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(2.0)
    sec.bottom_margin = Cm(2.0)
    return doc


def header_footer(doc, left, right=None, footer=None):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = left + (("\t\t" + right) if right else "")
    for r in hp.runs:
        r.font.size = Pt(8)
        r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    if footer:
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = fp.add_run(footer)
        r.font.size = Pt(8)


def add_page_field(paragraph):
    """Append 'Sida X (Y)' with real PAGE/NUMPAGES fields."""
    def fld(instr):
        r = paragraph.add_run()
        b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._r.append(b)
        r2 = paragraph.add_run()
        it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
        r2._r.append(it)
        r3 = paragraph.add_run()
        e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r3._r.append(e)
    paragraph.add_run("Sida ")
    fld(" PAGE ")
    paragraph.add_run(" (")
    fld(" NUMPAGES ")
    paragraph.add_run(")")


def bold_label(doc, label, text=None, space_after=4):
    p = doc.add_paragraph()
    r = p.add_run(label)
    r.bold = True
    if text is not None:
        p.add_run(" " + text)
    p.paragraph_format.space_after = Pt(space_after)
    return p


# =============================================================== 01 (fpdf2)
class CirclePDF(FPDF):
    def header(self):
        lm = self.l_margin
        self.set_left_margin(15)
        self.set_x(15)
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(120, 5, "Region Norrbotten  |  Samverkan SIP – Samordnad individuell plan")
        self.cell(0, 5, "Utskrivet 2025-04-24 10:32", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(0, 84, 130)
        self.set_line_width(0.4)
        self.line(15, self.get_y() + 1, 195, self.get_y() + 1)
        self.ln(6)
        self.set_text_color(0, 0, 0)
        self.set_left_margin(lm)
        self.set_x(lm)

    def footer(self):
        lm = self.l_margin
        self.set_left_margin(15)
        self.set_y(-14)
        self.set_draw_color(180, 180, 180)
        self.set_line_width(0.2)
        self.line(15, self.get_y(), 195, self.get_y())
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(120, 6, "SIP Birgitta, ÅÅMMDD-XXXX  –  Hälsocentralen Piteå")
        self.cell(0, 6, f"Sida {self.page_no()} ({{nb}})", align="R")
        self.set_text_color(0, 0, 0)
        self.set_left_margin(lm)

    def part(self, num, heading, paragraphs):
        if self.get_y() > 245:
            self.add_page()
        self.ln(3)
        y = self.get_y()
        self.set_fill_color(0, 84, 130)
        self.ellipse(15, y, 8, 8, style="F")
        self.set_text_color(255, 255, 255)
        self.set_font("DejaVu", "B", 10)
        self.set_xy(15, y + 1.3)
        self.cell(8, 5.4, str(num), align="C")
        self.set_text_color(0, 0, 0)
        self.set_font("DejaVu", "B", 12)
        self.set_xy(26, y + 0.8)
        self.cell(0, 6.4, heading, new_x="LMARGIN", new_y="NEXT")
        self.ln(2.5)
        self.set_left_margin(26)
        self.set_x(26)
        self.set_font("DejaVu", "", 10)
        for para in paragraphs:
            if isinstance(para, tuple) and para[0] == "bullet":
                self.set_left_margin(30)
                self.set_x(26)
                self.cell(4, 5.2, "•")
                self.multi_cell(0, 5.2, para[1], new_x="LMARGIN", new_y="NEXT")
                self.set_left_margin(26)
                self.set_x(26)
                self.ln(1.2)
            else:
                self.multi_cell(0, 5.2, para, new_x="LMARGIN", new_y="NEXT")
                self.ln(1.8)
        self.set_left_margin(15)
        self.set_x(15)


def make_01():
    pdf = CirclePDF(format="A4")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_margins(15, 15, 15)
    pdf.set_auto_page_break(True, margin=20)
    pdf.alias_nb_pages()
    pdf.set_creation_date(datetime.datetime(2025, 4, 24, 10, 32, tzinfo=datetime.timezone.utc))
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 16)
    pdf.cell(0, 9, "Samordnad individuell plan (SIP)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    info = [
        ("Person", "Birgitta, 58 år"),
        ("Personnummer", "ÅÅMMDD-XXXX"),
        ("Mötesdatum", "2025-04-23 kl. 13.30–15.00"),
        ("Plats", "Hälsocentralen Piteå, samtalsrummet plan 2"),
        ("Planen upprättad av", "Distriktssköterska, Hälsocentralen Piteå"),
    ]
    pdf.ln(1)
    for k, v in info:
        pdf.set_font("DejaVu", "B", 9.5)
        pdf.cell(42, 6, k + ":", border="B")
        pdf.set_font("DejaVu", "", 9.5)
        pdf.cell(0, 6, v, border="B", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)

    pdf.part(1, "Bakgrund", [
        "Birgitta är 58 år och bor ensam i en lägenhet på tredje våningen utan hiss i "
        "Piteå centrum. Hon har KOL (GOLD 3) med syrgasbehov vid ansträngning och har "
        "vårdats inneliggande på Piteå älvdals sjukhus vid tre exacerbationer sedan maj "
        "2024, senast 2025-03-02. Sedan 2022 har hon en medelsvår depression som "
        "behandlas med sertralin via hälsocentralen, och hon remitterades till "
        "psykiatrimottagningen i februari 2025.",
        "Hon har under vintern i stort sett slutat gå ut, äter oregelbundet och har gått "
        "ned 6 kg sedan januari. Hemtjänst beviljades i mars 2025. Vid försämring i "
        "andningen har hon ofta väntat för länge med att söka, och personalen på "
        "hälsocentralen och psykiatrimottagningen har sett att försämringar i KOL och i "
        "depressionen hänger ihop. Ingen har hittills haft helhetsbilden och "
        "informationen har gått fram och tillbaka per telefon.",
    ])
    pdf.part(2, "Syfte med planen", [
        "Syftet med SIP är att samordna KOL-vården på hälsocentralen med behandlingen av "
        "depressionen på psykiatrimottagningen och hemtjänstens stöd, eftersom Birgittas "
        "försämringar i KOL och i depressionen hänger ihop och de tre verksamheterna hittills "
        "har planerat var för sig.",
    ])
    pdf.part(3, "Frågeställningar", [
        "Gemensam genomgång av läget.",
    ])
    pdf.part(4, "Insatser och ansvar", [
        ("bullet", "KOL-sjuksköterska, Hälsocentralen Piteå: spirometri, genomgång av "
                   "inhalationsteknik och skriftlig egenvårdsplan vid försämring. Besök "
                   "2025-05-07, därefter telefonuppföljning varannan vecka."),
        ("bullet", "Distriktsläkare, Hälsocentralen Piteå: läkemedelsgenomgång inklusive "
                   "syrgasbehandling och sertralindos, 2025-05-14."),
        ("bullet", "Dietist, Hälsocentralen Piteå: kostbedömning och eventuell "
                   "näringsdryck på grund av viktnedgången, första besök 2025-05-21."),
        ("bullet", "Kurator (KBT), Psykiatrimottagningen Piteå: samtalsbehandling med "
                   "beteendeaktivering en gång i veckan från vecka 19, tolv tillfällen, "
                   "varav varannan som videobesök."),
        ("bullet", "Hemtjänst Piteå centrum: hjälp med inköp och städning varje tisdag samt "
                   "tillsyn och påminnelse om lunch dagligen kl. 12, från 2025-04-28."),
        ("bullet", "Arbetsterapeut, Piteå kommun (hemsjukvården): hembesök för bedömning "
                   "av hjälpmedel, t.ex. rollator med sits, duschpall och förhöjd "
                   "toalettsits."),
    ])
    pdf.part(5, "Huvudansvar för planen", [
        "Huvudansvarig för planen är Karin, distriktssköterska, Hälsocentralen Piteå. Hon "
        "kallar till uppföljning och är kontaktperson för de andra verksamheterna när "
        "något förändras.",
    ])
    pdf.part(6, "Uppföljning", [
        "Planen följs upp i oktober 2025. Karin skickar kallelse till alla deltagare.",
    ])
    pdf.part(7, "Deltagare vid mötet", [
        ("bullet", "Karin, distriktssköterska, Hälsocentralen Piteå"),
        ("bullet", "Jonas, distriktsläkare, Hälsocentralen Piteå"),
        ("bullet", "Emma, kurator, Psykiatrimottagningen Piteå"),
        ("bullet", "Marie, enhetschef, Hemtjänst Piteå centrum"),
        ("bullet", "Anders, arbetsterapeut, Piteå kommun, hemsjukvården"),
    ])
    pdf.ln(4)
    pdf.set_font("DejaVu", "", 8)
    pdf.set_text_color(90, 90, 90)
    pdf.multi_cell(0, 4.5, "Planen är signerad elektroniskt 2025-04-24 av distriktssköterska, "
                           "Hälsocentralen Piteå. Kopia till deltagande verksamheter.")
    pdf.output(path("01", "pdf"))


# =============================================================== 02 (docx)
def make_02():
    doc = base_doc("Calibri", 11)
    sec = doc.sections[0]
    # landscape: the table is wide
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    hp = sec.header.paragraphs[0]
    hp.text = "Luleå kommun och Region Norrbotten\tSamordnad individuell plan – SIP\t2025-02-11"
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_page_field(fp)
    for r in fp.runs:
        r.font.size = Pt(8)

    doc.add_heading("Samordnad individuell plan (SIP)", level=1)
    bold_label(doc, "Barn:", "Elias, 12 år, åk 6        Personnummer: ÅÅMMDD-XXXX")
    bold_label(doc, "Möte:", "2025-02-11 kl. 14.00, Ängsskolan, Luleå (konferensrummet)")
    bold_label(doc, "Närvarande:", "Sara (mamma), Elias, Lena, Jonas, Maria, Petra, Håkan")
    doc.add_paragraph(
        "Elias har autism (utredd på BUP Luleå 2023). Sedan höstlovet har han varit i "
        "skolan mindre än hälften av tiden och efter jullovet nästan inte alls. Skolan ser "
        "att han blir stressad i matsalen och på rasterna och att han ofta är kvar hemma "
        "efter helger. Han sover oregelbundet och är uppe sent med datorn. Mamma och pappa "
        "bor tillsammans; pappa arbetar skift och kunde inte komma till mötet.")
    bold_label(doc, "Syfte:", "Samordning.")
    bold_label(doc, "Frågeställningar:",
               "Hur kan Elias komma tillbaka till skolan stegvis, och var ska han vara när "
               "han inte klarar klassrummet? Behöver BUP bedöma sömnen på nytt? Kan Elias "
               "få skolskjuts med taxi i stället för buss?")
    bold_label(doc, "Mål:", "Målet är att Elias ska vara i skolan minst tre förmiddagar i "
                           "veckan före sommarlovet.")
    bold_label(doc, "Samtycke:", "Vårdnadshavarna (mamma och pappa) har lämnat skriftligt "
                                "samtycke på kommunens SIP-blankett 2025-02-03.")
    doc.add_paragraph()

    rows = [
        ("Elias", "Kommer till skolan tisdag och torsdag kl. 9–11 och går direkt till "
                  "studierummet. Använder pauskortet och säger till mentor när han behöver "
                  "gå ut.", "Från 2025-02-18, tisdagar och torsdagar", "Elias själv"),
        ("Familjen (mamma och pappa)", "Väcker Elias kl. 7.30 och kör honom till skolan "
                  "tisdag och torsdag. Datorn stängs av kl. 22 på vardagar enligt "
                  "överenskommelse hemma.", "Från 2025-02-18", "Mamma"),
        ("Ängsskolan, åk 6", "Anpassat schema med två förmiddagar i studierummet med känd "
                  "vuxen; mentor tar emot vid entrén; lunch i lugnt rum i stället för matsalen.",
         "Från 2025-02-18, utökas till tre förmiddagar från 2025-03-31", "Mentor"),
        ("Elevhälsan, Ängsskolan", "Kurator har samtal med Elias varannan vecka. "
                  "Skolsköterskan skickar information om sömn och närvaro till BUP.",
         "Samtal varannan torsdag från 2025-02-20; till BUP senast 2025-02-28",
         "Kurator, skolsköterska"),
        ("BUP Luleå", "Läkarbedömning av sömnen och ställningstagande till melatonin. "
                  "Föräldrautbildning om autism och skolfrånvaro, fyra träffar.",
         "Läkarbesök 2025-03-05; föräldrautbildning från 2025-03-12", "Läkare, psykolog"),
        ("Socialtjänsten Luleå, barn och familj", "Utreder ansökan om kontaktperson enligt "
                  "SoL för fritiden.", "Beslut senast 2025-04-15", "Socialsekreterare"),
        ("Luleå kommun, utbildningsförvaltningen", "Prövar ansökan om skolskjuts med taxi.",
         "Beslut senast 2025-03-07", "Handläggare skolskjuts"),
    ]
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(5.0), Cm(11.0), Cm(5.7), Cm(4.0)]
    hdr = ["Aktör", "Vad gör vi?", "När?", "Kontaktperson"]
    for i, h in enumerate(hdr):
        c = t.rows[0].cells[i]
        set_cell_text(c, h, bold=True)
        shade(c, "D9E2F3")
        c.width = widths[i]
    repeat_header(t.rows[0])
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell_text(cells[i], v, size=10)
    set_col_widths(t, widths)
    doc.add_paragraph()
    p = doc.add_paragraph("Planen skickas hem till vårdnadshavarna och till deltagande verksamheter.")
    p.runs[0].italic = True
    doc.save(path("02", "docx"))


# =============================================================== 03 (txt)
def make_03():
    lines = [
        "EXPORT SIP-MODUL | Sundsvalls kommun / Region Västernorrland",
        "Exportdatum: 2025-04-10 08:14",
        "Dokumenttyp: Samordnad individuell plan",
        "Teckenkodning: UTF-8",
        "------------------------------------------------------------",
        "SIP/Id: SIP-2025-0412",
        "SIP/Status: Fastställd",
        "SIP/Version: 1",
        "SIP/Mötesdatum: 2025-04-09",
        "SIP/Mötesplats: Psykosmottagningen Sundsvall",
        "SIP/Enskild/Namn: J.",
        "SIP/Enskild/Personnummer: ÅÅMMDD-XXXX",
        "SIP/Enskild/Deltog: Ja",
        "SIP/Enskild/Synpunkter: ",
        "SIP/Bakgrund: J. är 35 år och har schizofreni sedan 2016. Han blev vräkt från sin "
        "lägenhet i januari 2025 på grund av hyresskulder och störningar och bor sedan dess "
        "på kommunens akutboende. Förra gången han var bostadslös (2021) slutade han med "
        "sin medicin och vårdades sex veckor inom slutenvården. Han har nu depåinjektion och "
        "kommer till sina besök, men missar ibland tider när han inte har laddat telefonen.",
        "SIP/Syfte: Planen ska samordna psykosvården och kommunens boende- och "
        "ekonomiinsatser så att J. kan flytta från akutboendet till ett stadigvarande boende "
        "utan att behandlingen avbryts, som den gjorde när han blev bostadslös 2021.",
        "SIP/Frågeställningar: ",
        "SIP/Mål: Målet är att J. ska ha ett eget boende med stöd under hösten 2025 och "
        "inte behöva vårdas inom slutenvården.",
        "SIP/Insats 1/Vad: Depåinjektion och samtal om mående och sömn",
        "SIP/Insats 1/Vem: Psykosmottagningen Sundsvall, sjuksköterska",
        "SIP/Insats 1/När: Var tredje vecka, nästa 2025-04-16",
        "SIP/Insats 2/Vad: Läkarbesök, uppföljning av medicinering och biverkningar",
        "SIP/Insats 2/Vem: Psykosmottagningen Sundsvall, läkare",
        "SIP/Insats 2/När: 2025-05-07",
        "SIP/Insats 3/Vad: Boendestöd på akutboendet och vid flytt: struktur i vardagen, "
        "påminnelser om tider, hjälp att ladda och använda telefonen",
        "SIP/Insats 3/Vem: Socialpsykiatrin Sundsvall, boendestödjare",
        "SIP/Insats 3/När: Två gånger i veckan från 2025-04-14",
        "SIP/Insats 4/Vad: Utredning av ansökan om bostad med särskild service enligt SoL "
        "(socialpsykiatrin)",
        "SIP/Insats 4/Vem: Kommunen",
        "SIP/Insats 4/När: Beslut senast 2025-05-30",
        "SIP/Insats 5/Vad: Genomgång av hyresskulden och upprättande av budget",
        "SIP/Insats 5/Vem: Budget- och skuldrådgivningen, Sundsvalls kommun, "
        "budget- och skuldrådgivare",
        "SIP/Insats 5/När: Första möte 2025-04-23",
        "SIP/Övriga aktörer: J. har god man sedan 2023. God man är informerad om planen.",
        "SIP/Huvudansvar/Namn: Anna",
        "SIP/Huvudansvar/Funktion: Samordnare",
        "SIP/Huvudansvar/Verksamhet: Socialpsykiatrin Sundsvall, Sundsvalls kommun",
        "SIP/Uppföljning/Datum: 2025-06-18",
        "SIP/Uppföljning/Tid: 13:00",
        "SIP/Uppföljning/Plats: Socialpsykiatrin Sundsvall",
        "SIP/Bilagor: 0",
        "SIP/Fastställd: 2025-04-10",
        "------------------------------------------------------------",
    ]
    nfields = sum(1 for ln in lines if ln.startswith("SIP/"))
    lines.append(f"Slut på export ({nfields} fält)")
    with open(path("03", "txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# =============================================================== 04 (md)
MD_04 = """# Samordnad individuell plan

**Gäller:** Gunnel, 86 år, Härnösand  
**Personnummer:** ÅÅMMDD-XXXX  
**Datum för mötet:** 2025-03-12  
**Plats:** Hälsocentralen Härnösand

## Bakgrund

Gunnel har Alzheimers sjukdom (diagnos hösten 2023) och bor ensam i sin villa i
Härnösand sedan maken dog 2022. Under vintern har det blivit tydligt att hon inte
klarar sig själv: hon har vid två tillfällen gått ut på natten i tunna kläder,
glömmer att äta och tabletterna ligger ofta kvar i dosetten. Hemtjänsten har
kommit en gång per dag sedan december. Dottern Lena bor i Sundsvall och åker upp
varje helg.

Gunnel deltog inte i mötet. Enligt dottern vill Gunnel helst att det är samma
personal som kommer, och hon vill duscha på förmiddagen.

**Samtycke:** Samtycke finns.

## Insatser

- **Hemtjänst Härnösand centrum** (undersköterskor, kontaktman i hemtjänsten)
  - Tillsyn och hjälp vid måltider
    - Morgon, lunch och kväll varje dag, från 2025-03-17
  - Hjälp med dusch
    - Tisdagar förmiddag, från 2025-03-18
  - Påminnelse om läkemedel ur dosrullen
    - Vid varje besök, från 2025-03-24
- **Hemsjukvården, Härnösands kommun** (arbetsterapeut)
  - Spisvakt och trygghetslarm med dörrlarm nattetid
    - Installeras vecka 13
  - Bedömning av fallrisk i hemmet
    - Hembesök 2025-03-20
- **Hälsocentralen Härnösand**
  - Läkemedelsgenomgång
    - Distriktsläkare, 2025-04-02
  - Beställning av dosdispenserade läkemedel
    - Distriktssköterska, beställs senast 2025-03-19, start 2025-03-24
- **Minnesmottagningen Härnösand** (läkare och demenssjuksköterska)
  - Uppföljning av demenssjukdomen och bedömning av läkemedel
    - 2025-05-08
- **Biståndshandläggare, Härnösands kommun**
  - Utreder ansökan om dagverksamhet två dagar i veckan
    - Beslut senast 2025-04-10
- **Lena (dotter)**
  - Handlar och fyller på kylskåpet
    - Varje lördag
  - Följer med till läkemedelsgenomgången
    - 2025-04-02
  - Ansöker hos överförmyndaren om god man för ekonomin
    - Senast 2025-04-30

**Huvudansvar:** Hemtjänsten

**Uppföljning:** Om tre månader, tidigare vid behov.
"""


def make_04():
    with open(path("04", "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(MD_04)


# =============================================================== 05 (docx, nested table)
def make_05():
    doc = base_doc("Arial", 10)
    header_footer(doc, "Örnsköldsviks kommun  |  Region Västernorrland",
                  "SIP 2025-05-06", footer="Samordnad individuell plan – Ella")
    doc.add_heading("SIP – Samordnad individuell plan", level=1)

    outer = doc.add_table(rows=0, cols=2)
    outer.style = "Table Grid"
    w0, w1 = Cm(4.0), Cm(12.6)

    def outer_row(label, text=None):
        cells = outer.add_row().cells
        set_cell_text(cells[0], label, bold=True)
        shade(cells[0], "EDEDED")
        cells[0].width, cells[1].width = w0, w1
        if text is not None:
            set_cell_text(cells[1], text)
        return cells

    outer_row("Namn", "Ella, 15 år, åk 9")
    outer_row("Personnummer", "ÅÅMMDD-XXXX")
    outer_row("Datum och plats", "2025-05-06 kl. 09.00, Parkskolan, Örnsköldsvik")
    outer_row("Deltagare", "Ella, mamma, pappa, Sofia, Henrik, Malin, Jenny")
    outer_row("Bakgrund",
              "Ella har skurit sig på armarna och låren sedan hösten 2024. Skolsköterskan "
              "upptäckte såren i februari och Ella har haft kontakt med BUP Örnsköldsvik "
              "sedan mars. Hon har nedstämdhet och ångest på morgnarna, har varit borta från "
              "skolan 1–2 dagar i veckan under våren och har haft konflikter i en gruppchatt "
              "med tjejer i klassen. Inga suicidförsök. Nationella prov pågår och hon ska "
              "börja gymnasiet i augusti.")
    outer_row("Frågeställningar",
              "Hur ska skolan göra om Ella mår dåligt eller har skadat sig under skoldagen, "
              "och vem kontaktar föräldrarna?\n"
              "Hur får Ella stöd under sommarlovet när elevhälsan är stängd?\n"
              "Hur ska övergången till gymnasiet planeras?")
    outer_row("Ellas egna mål",
              "”Jag vill klara nian och komma in på barn- och fritid. Och jag vill ha ett "
              "sätt att hantera ångesten som inte är att skära mig.”")
    outer_row("Ellas synpunkter",
              "Ella var med på hela mötet tillsammans med mamma och pappa. Hon vill inte att "
              "lärarna i klassen ska få veta detaljer, bara mentor. Hon vill hellre träffa "
              "kuratorn på morgonen än på lunchen, för då ser inte klasskompisarna det.")

    cells = outer_row("Insatser")
    cell = cells[1]
    cell.text = ""
    cell.paragraphs[0].add_run("Insatser som beslutades på mötet:").italic = True
    inner = cell.add_table(rows=1, cols=3)
    inner.style = "Table Grid"
    ih = ["Vad", "Vem", "När"]
    for i, h in enumerate(ih):
        set_cell_text(inner.rows[0].cells[i], h, bold=True, size=9)
        shade(inner.rows[0].cells[i], "DDEBF7")
    repeat_header(inner.rows[0])
    inner_rows = [
        ("Individuell samtalsbehandling med DBT-inspirerad färdighetsträning",
         "Psykolog, BUP Örnsköldsvik", "Varje onsdag från 2025-05-14"),
        ("Krisplan vid självskada tas fram med Ella och lämnas till mentor och elevhälsan",
         "Sjuksköterska, BUP Örnsköldsvik", "Klar 2025-05-16"),
        ("Stödsamtal på morgonen", "Kurator, Elevhälsan Parkskolan",
         "Måndag och torsdag kl. 8.15 från 2025-05-08"),
        ("Omläggning av sår och uppföljning av läkning", "Skolsköterska, Elevhälsan Parkskolan", ""),
        ("Anpassad planering inför nationella prov, eget rum vid prov",
         "Mentor, Parkskolan", "Från 2025-05-07 till skolavslutningen"),
        ("Överlämning till gymnasiets elevhälsa", "Kurator, Elevhälsan Parkskolan", "Juni 2025"),
        ("Stödsamtal för föräldrarna, tre träffar",
         "Socialsekreterare, Råd- och stödteamet, Socialtjänsten Örnsköldsvik",
         "Första träffen 2025-05-20"),
    ]
    iw = [Cm(5.0), Cm(4.0), Cm(3.0)]
    for r in inner_rows:
        rc = inner.add_row().cells
        for i, v in enumerate(r):
            set_cell_text(rc[i], v, size=9)
    set_col_widths(inner, iw)

    outer_row("Övrigt", "Mamma och pappa finns med som stöd hemma.")
    outer_row("Nästa uppföljning", "2025-06-10 kl. 13.00, BUP Örnsköldsvik")
    set_col_widths(outer, [w0, w1])
    doc.add_paragraph()
    doc.add_paragraph("Planen delas ut till Ella och vårdnadshavarna på mötet.").runs[0].italic = True
    doc.save(path("05", "docx"))


# =============================================================== 06 (html -> pdf)
HTML_06 = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8">
<title>SIP Tomas 2025-01-28</title>
<style>
body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; }
h1 { font-family: 'DejaVu Sans', sans-serif; font-size: 16pt; margin-bottom: 2pt; }
h2 { font-family: 'DejaVu Sans', sans-serif; font-size: 11pt; margin-top: 10pt; margin-bottom: 2pt; color: #1f3864; }
p { margin-top: 2pt; margin-bottom: 4pt; }
td { vertical-align: top; }
.small { font-size: 8pt; color: #555555; }
</style></head>
<body>
<p class="small">Kiruna kommun · Region Norrbotten &nbsp;&nbsp;|&nbsp;&nbsp; Utskrift 2025-01-29</p>
<h1>Samordnad individuell plan (SIP)</h1>
<table width="100%" cellpadding="6" cellspacing="0">
<tr>
<td width="64%" valign="top">
<p><b>Namn:</b> Tomas, 44 år<br>
<b>Personnummer:</b> ÅÅMMDD-XXXX<br>
<b>Mötesdatum:</b> 2025-01-28<br>
<b>Plats:</b> Socialtjänsten Kiruna, vuxenenheten</p>

<h2>Bakgrund</h2>
<p>Tomas har druckit alkohol i stor mängd i många år och det har ökat efter
skilsmässan 2023. Han vårdades för abstinens på Sunderby sjukhus i december 2024
och har förhöjda levervärden. Han bor ensam i en hyreslägenhet i Kiruna och har
hyresskulder sedan hösten. Han har haft kontakt med beroendemottagningen sedan
januari men uteblivit från två besök. Hälsocentralen har sett honom efter ett fall
i hemmet.</p>

<h2>Syfte</h2>
<p>Samordning mellan kommun och region.</p>

<h2>Frågeställningar</h2>
<p>Diskutera läget och hur vi går vidare.</p>

<h2>Mål</h2>
<p>Målet är att Tomas ska minska sitt drickande och att hälsan ska bli bättre.</p>

<h2>Den enskildes medverkan</h2>
<p>Tomas var inte med på mötet.</p>

<h2>Samtycke</h2>
<p>Tomas har lämnat skriftligt samtycke till SIP och till att kommunen och regionen
får utbyta information. Blanketten undertecknades 2025-01-20 och finns i akten.</p>

<h2>Insatser</h2>
<p>Fortsatt kontakt. Stöd vid behov när det gäller alkoholen och ekonomin. Vi ser över
behovet av annat stöd längre fram.</p>

<h2>Huvudansvar</h2>
<p>Socialtjänsten.</p>
</td>
<td width="36%" valign="top" style="border: 1.5pt solid #1f3864; background-color: #eef2f8;">
<p><b>Kontaktuppgifter / Deltagare</b></p>
<p><b>Deltagare på mötet</b></p>
<p>Maria<br>socialsekreterare<br>Socialtjänsten Kiruna, vuxenenheten</p>
<p>Helena<br>behandlare<br>Öppenvården beroende, Kiruna kommun</p>
<p>Per<br>sjuksköterska<br>Beroendemottagningen Kiruna, Region Norrbotten</p>
<p>Anders<br>distriktsläkare<br>Hälsocentralen Kiruna, Region Norrbotten</p>
<p><b>Kontaktuppgifter</b></p>
<p>Socialtjänsten Kiruna: via växeln<br>
Beroendemottagningen Kiruna: via växeln<br>
Hälsocentralen Kiruna: via växeln</p>
</td>
</tr>
</table>
</body></html>
"""


def make_06():
    tmp = tempfile.mkdtemp(prefix="f65a-")
    src = os.path.join(tmp, f"{PREFIX}-06.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(HTML_06)
    subprocess.run(["soffice", f"-env:UserInstallation=file:///tmp/lo-{PREFIX}", "--headless",
                    "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export", "--outdir", tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.copy(os.path.join(tmp, f"{PREFIX}-06.pdf"), path("06", "pdf"))
    shutil.rmtree(tmp)


# =============================================================== 07 (docx, Min plan)
def make_07():
    doc = base_doc("Calibri", 12)
    header_footer(doc, "Bodens kommun och Region Norrbotten – SIP", "2025-03-12")
    t = doc.add_paragraph(style="Title")
    t.add_run("Min plan")
    sub = doc.add_paragraph()
    r = sub.add_run("Samordnad individuell plan (SIP) – skriven av Noel, 17 år, Boden")
    r.font.small_caps = True
    r.font.size = Pt(11)

    def head(text):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.space_after = Pt(2)
        rr = p.add_run(text)
        rr.bold = True
        rr.font.size = Pt(13)
        rr.font.color.rgb = RGBColor(0x2E, 0x74, 0xB5)

    def line(text, addition=None, bullet=False):
        p = doc.add_paragraph(style="List Bullet" if bullet else None)
        p.add_run(text)
        if addition:
            a = p.add_run(" [" + addition + "]")
            a.italic = True
            a.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
        p.paragraph_format.space_after = Pt(3)

    head("Om mig")
    line("Jag heter Noel och är 17 år. Jag bor med mamma och min lillebror i Boden. Jag fick "
         "ADHD-diagnos när jag var tolv.")
    line("I höstas slutade jag gå till skolan (El- och energiprogrammet, åk 2) och jag har "
         "rökt på nästan varje dag sen sommaren.",
         "Aktuell på socialtjänstens ungdomsenhet sedan november 2024 efter orosanmälan från "
         "skolan. /socialsekreterare")

    head("Varför vi har en plan")
    line("Den här planen finns för att alla som hjälper mig ska veta vad de andra gör. Då "
         "slipper jag berätta samma sak för fyra olika personer, och det blir lättare för mig "
         "att komma tillbaka till skolan och sluta röka på.")

    head("Mitt mål")
    line("Jag vill gå klart gymnasiet och ta B-körkort. Jag vill också att det ska bli lugnare "
         "hemma med mamma.")

    head("Det här tycker jag är viktigt")
    line("Jag var med på mötet 2025-03-12 och mamma var också med.")
    line("Jag vill inte ha möten före kl. 10. Jag vill inte att lärarna ska veta om urinproven, "
         "det räcker att mentorn vet att jag går på samtal.",
         "Vi respekterar det. Skolan får bara veta det som behövs för studieplanen. /kurator")

    head("Att ni pratar med varandra")
    line("Jag sa ja till att BUP, soc och skolan får prata med varandra om mig. Det sa jag på "
         "mötet 2025-03-12, och mamma sa också ja.",
         "Muntligt samtycke från Noel och vårdnadshavare 2025-03-12, antecknat i journal. "
         "/socialsekreterare")

    head("Det här ska hända")
    line("Jag träffar min behandlare på BUP och vi kollar om medicinen funkar.",
         "BUP Boden, läkare och sjuksköterska. Första besöket 2025-03-20, sedan varannan "
         "torsdag.", bullet=True)
    line("Jag går på samtal om cannabis en gång i veckan.",
         "Socialtjänsten Boden, ungdomsenheten, behandlare. Onsdagar kl. 13 från 2025-03-19, "
         "tio gånger.", bullet=True)
    line("Jag lämnar urinprov.",
         "Ungdomsenheten, varje måndag från 2025-03-17.", bullet=True)
    line("Jag ska få hjälp att komma ikapp i skolan med en ny studieplan.",
         "Studie- och yrkesvägledare och mentor på gymnasiet.", bullet=True)
    line("Mamma väcker mig kl. 7 och skjutsar mig till skolan på tisdagar och torsdagar.",
         "Mamma, från 2025-03-18.", bullet=True)
    line("Jag själv ska lägga mobilen i köket efter kl. 23 och säga till min behandlare om "
         "jag har rökt.", bullet=True)

    head("Vilka var med")
    line("Jag, mamma, Sanna, Erik, Mattias och Lisa.")

    head("När ses vi igen")
    line("Vi ses igen efter sommarlovet.", "Vecka 34, tid meddelas.")

    doc.add_paragraph()
    p = doc.add_paragraph()
    rr = p.add_run("Texten i hakparentes är tillägg från personalen.")
    rr.italic = True
    rr.font.size = Pt(9)
    doc.save(path("07", "docx"))


# =============================================================== 08 (docx, NOT a plan)
def make_08():
    doc = base_doc("Calibri", 11)
    header_footer(doc, "Luleå kommun – Barn- och utbildningsförvaltningen",
                  "Överlämning förskola–förskoleklass, vt 2025")
    h = doc.add_heading("Överlämning från förskola till förskoleklass", level=1)
    doc.add_paragraph("Dokumentet skrivs av förskolan tillsammans med vårdnadshavare och "
                      "lämnas till mottagande förskoleklass inför skolstarten i augusti.").runs[0].italic = True

    t = doc.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    data = [
        ("Barnets namn", "Lova", "Födelsedatum", "ÅÅMMDD"),
        ("Förskola", "Förskolan Blåklockan, Luleå", "Avdelning", "Lingonet"),
        ("Mottagande skola", "Ängsskolan, förskoleklass", "Datum för samtal", "2025-05-20"),
    ]
    for row in data:
        c = t.add_row().cells
        for i, v in enumerate(row):
            set_cell_text(c[i], v, bold=(i % 2 == 0), size=10)
            if i % 2 == 0:
                shade(c[i], "F2F2F2")

    def section(title, text):
        doc.add_heading(title, level=2)
        for para in text.split("\n"):
            doc.add_paragraph(para)

    section("Om barnet – intressen och styrkor",
            "Lova är nyfiken och tycker mycket om att vara ute. Hon bygger gärna kojor och "
            "letar småkryp, och hon kan berätta länge om det hon har hittat. Hon är duktig på "
            "att pussla och har börjat skriva sitt namn och några andra ord.")
    section("Språk och kommunikation",
            "Lova pratar svenska hemma och på förskolan. Hon har ett rikt ordförråd men kan ha "
            "svårt att vänta på sin tur i samtal i större grupp. Hon har träffat logoped vid "
            "ett tillfälle 2024 och behövde ingen fortsatt kontakt.")
    section("Lek och relationer",
            "Lova leker helst med två–tre kompisar och tar ofta initiativ i rollek. I stora "
            "grupper drar hon sig ibland undan och behöver en vuxen som hjälper henne in i "
            "leken. Hon har två nära kompisar som också börjar på Ängsskolan.")
    section("Självständighet och rutiner",
            "Lova klär på sig själv och klarar toalettbesök. Hon tycker om när dagen är "
            "förutsägbar och blir trygg av att få veta vad som ska hända. Vid övergångar, t.ex. "
            "från utevistelse till lunch, fungerar det bra med en förvarning några minuter innan.")
    section("Det här fungerar bra för Lova",
            "Bildstöd för dagens schema, en fast plats vid samlingen och att få ett eget "
            "uppdrag (t.ex. duka eller hämta frukt). Hon vill gärna visa vad hon kan för en vuxen.")
    section("Vårdnadshavarnas tankar inför skolstarten",
            "Vårdnadshavarna ser fram emot skolstarten och tror att Lova kommer att trivas. De "
            "undrar hur fritids är organiserat och önskar att Lova får gå i samma grupp som "
            "sina kompisar.")
    doc.add_heading("Barnets egna ord", level=2)
    q = doc.add_paragraph("”Jag vill lära mig läsa riktiga böcker. Och jag vill ha en egen bänk.”")
    q.runs[0].italic = True

    doc.add_heading("Särskilt stöd", level=2)
    doc.add_paragraph("☐ Ja, barnet har haft särskilt stöd i förskolan     ☒ Nej")
    doc.add_paragraph("☒ Vårdnadshavarna har tagit del av dokumentet och godkänner att det "
                      "lämnas till mottagande skola.")
    doc.add_paragraph()
    st = doc.add_table(rows=2, cols=2)
    set_cell_text(st.rows[0].cells[0], "Förskollärare: Hanna, Förskolan Blåklockan")
    set_cell_text(st.rows[0].cells[1], "Vårdnadshavare: ____________________")
    set_cell_text(st.rows[1].cells[0], "Datum: 2025-05-20")
    set_cell_text(st.rows[1].cells[1], "Datum: 2025-05-20")
    doc.save(path("08", "docx"))


def normalize_zip(p):
    """Rewrite a .docx with fixed zip timestamps so reruns give identical bytes."""
    with zipfile.ZipFile(p) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


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
    for nn in ("02", "05", "07", "08"):
        normalize_zip(path(nn, "docx"))
    print("done:", sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()
