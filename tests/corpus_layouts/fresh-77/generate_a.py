#!/usr/bin/env python3
"""Generate the f77a batch of fictional SIP plans (Västerbotten/Norrbotten coast).

Run with /work/batches/.venv/bin/python generate.py
Writes plans/f77a-01.docx ... plans/f77a-08.docx. Deterministic (fixed dates, no randomness).
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
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f77a"
FIXED = datetime.datetime(2025, 1, 1, 8, 0, 0)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def path(n, ext):
    return os.path.join(OUT, f"{PREFIX}-{n:02d}.{ext}")


# ---------------------------------------------------------------- docx helpers
def new_doc(author="", title=""):
    doc = Document()
    cp = doc.core_properties
    cp.author = author
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = author
    cp.revision = 1
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    return doc


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell_width(cell, cm):
    cell.width = Cm(cm)
    tcPr = cell._tc.get_or_add_tcPr()
    w = tcPr.find(qn("w:tcW"))
    if w is None:
        w = OxmlElement("w:tcW")
        tcPr.append(w)
    w.set(qn("w:w"), str(int(cm * 567)))
    w.set(qn("w:type"), "dxa")


def set_grid(table, widths_cm):
    """Set w:tblGrid column widths (LibreOffice honours these) and every cell's width."""
    grid = table._tbl.tblGrid
    cols = grid.findall(qn("w:gridCol"))
    for gc, w in zip(cols, widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for c, w in zip(row.cells, widths_cm):
            set_cell_width(c, w)


def set_table_borders(table, val="single", sz=4, color="808080"):
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), val)
        el.set(qn("w:sz"), str(sz))
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), color)
        borders.append(el)
    tblPr.append(borders)


def mark_header_row(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


def cell_text(cell, text, bold=False, size=None, color=None, italic=False):
    """Put text into the first paragraph of a cell (lines split on \n into paragraphs)."""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i > 0:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    return p


def add_placeholder_sdt(paragraph, text="Klicka eller tryck här för att ange text."):
    """Inline content control showing its placeholder (i.e. an empty field)."""
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    alias = OxmlElement("w:alias")
    alias.set(qn("w:val"), "Frågor")
    pr.append(alias)
    tag = OxmlElement("w:tag")
    tag.set(qn("w:val"), "fragor")
    pr.append(tag)
    ph = OxmlElement("w:placeholder")
    dp = OxmlElement("w:docPart")
    dp.set(qn("w:val"), "DefaultPlaceholder_-1854013440")
    ph.append(dp)
    pr.append(ph)
    pr.append(OxmlElement("w:showingPlcHdr"))
    pr.append(OxmlElement("w:text"))
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    col = OxmlElement("w:color")
    col.set(qn("w:val"), "808080")
    rpr.append(col)
    r.append(rpr)
    t = OxmlElement("w:t")
    t.text = text
    r.append(t)
    content.append(r)
    sdt.append(content)
    paragraph._p.append(sdt)


def bold_para(doc, text, size=None, space_before=8):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    p.paragraph_format.space_before = Pt(space_before)
    p.paragraph_format.space_after = Pt(2)
    p.paragraph_format.keep_with_next = True
    return p


def header_footer(section, header_text, footer_text=None, size=8):
    hp = section.header.paragraphs[0]
    hp.text = ""
    r = hp.add_run(header_text)
    r.font.size = Pt(size)
    r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    if footer_text:
        fp = section.footer.paragraphs[0]
        fp.text = ""
        r = fp.add_run(footer_text)
        r.font.size = Pt(size)
        r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)


# ============================================================== 01 icon tables
def plan01():
    """Word: every part is a one-row, two-cell table (coloured icon cell + content).
    Child (14) with school refusal and anxiety, Skellefteå."""
    doc = new_doc("Elevhälsan Solbackaskolan", "SIP L.")
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    header_footer(sec, "Skellefteå kommun  ·  Region Västerbotten  ·  Samordnad individuell plan",
                  "Sekretess enligt OSL 25 kap. 1 § och 26 kap. 1 §. Förvaras i elevakten.")

    t = doc.add_paragraph()
    r = t.add_run("Samordnad individuell plan (SIP)")
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    p = doc.add_paragraph()
    p.add_run("Mötesdatum: ").bold = True
    p.add_run("2025-09-10, kl. 13.15–14.45     ")
    p.add_run("Plats: ").bold = True
    p.add_run("Solbackaskolan, Skellefteå")

    parts = [
        ("◉", "Om mig", "DDEBF7",
         "L., 14 år, går i årskurs 8 på Solbackaskolan.\n"
         "Personnummer: ÅÅMMDD-XXXX\n"
         "Vårdnadshavare: mamma Anna och pappa Tomas (gemensam vårdnad). L. bor med båda "
         "föräldrarna och lillebror (9 år) i Skellefteå."),
        ("◈", "Bakgrund", "DDEBF7",
         "L. har sedan vårterminen i åk 7 haft ökande frånvaro. Hittills under höstterminen 2025 "
         "har hon varit i skolan 4 av 15 skoldagar, och då oftast bara del av dagen. Hon beskriver "
         "magont, hjärtklappning och panikkänslor på morgnarna. BUP Skellefteå gjorde en "
         "bedömning i juni och såg tecken på generaliserad ångest och social ångest. "
         "Elevhälsoteamet gjorde en kartläggning av frånvaron 2025-08-28. Familjen hade "
         "kontakt med Familjeenheten under 2023 (föräldrastöd), avslutat."),
        ("✎", "Syfte med planen", "E2EFDA",
         "Syftet är att skolan, BUP och socialtjänsten tillsammans med L. och föräldrarna ska "
         "ha en gemensam plan, så att L. steg för steg kan komma tillbaka till skolan samtidigt "
         "som hon får behandling för sin ångest, utan att familjen själv ska behöva samordna "
         "alla kontakter."),
        ("?", "Frågor inför mötet", "E2EFDA", None),  # empty content control
        ("★", "Mitt mål", "FFF2CC",
         "”Jag vill kunna gå till skolan minst tre dagar i veckan före jullovet och träffa mina "
         "kompisar igen. Och jag vill slippa ha ont i magen varje morgon.”"),
        ("☺", "Så var jag med", "FFF2CC",
         "L. var med under hela mötet tillsammans med mamma och pappa. L. berättade att "
         "morgnarna är svårast och att det känns lättare om hon får börja dagen med en lektion "
         "hon tycker om, som bild eller engelska. Hon vill inte att hela klassen ska få veta "
         "varför hon har varit borta. Föräldrarna delar skolans bild och önskar tätare kontakt "
         "med mentorn."),
        ("✔", "Samtycke", "FFF2CC",
         "L. och båda vårdnadshavarna gav skriftligt samtycke till SIP och till att "
         "Solbackaskolan, BUP Skellefteå och Socialtjänsten Skellefteå får utbyta information "
         "med varandra. Blanketten undertecknades 2025-09-02 och finns i elevakten."),
        ("⚙", "Insatser – vem gör vad och när", "FCE4D6",
         "1. Anpassad studiegång: L. börjar med två lektioner per dag (bild och engelska) och "
         "utökar en lektion i taget i samråd med mentor. Ansvar: rektor och mentor, "
         "Solbackaskolan. Från 2025-09-15.\n"
         "2. Samtal med skolkurator en gång i veckan med fokus på morgonrutin och återgång. "
         "Ansvar: kurator, Elevhälsan Solbackaskolan. Från 2025-09-17, onsdagar kl. 9.00.\n"
         "3. KBT-behandling för ångest, 12–14 sessioner, med föräldrasamtal var tredje gång. "
         "Ansvar: psykolog, BUP Skellefteå. Start vecka 39.\n"
         "4. Läkarbedömning av om läkemedelsbehandling behövs. Ansvar: läkare, BUP Skellefteå. "
         "Besök 2025-10-02.\n"
         "5. Familjebehandling i hemmet med fokus på morgonsituationen och relationen mellan "
         "syskonen. Ansvar: familjebehandlare, Familjeenheten, Socialtjänsten Skellefteå."),
        ("⊕", "Övrigt", "EDEDED",
         "Mamma har varit hemma från arbetet många morgnar under hösten och har varit i kontakt "
         "med Försäkringskassan om det. Vad som blir aktuellt där är inte klart."),
        ("☷", "Deltagare", "EDEDED",
         "L.\n"
         "Anna, mamma\n"
         "Tomas, pappa\n"
         "Karin, mentor, Solbackaskolan\n"
         "Erik, rektor, Solbackaskolan\n"
         "Sofia, kurator, Elevhälsan Solbackaskolan\n"
         "Maja, psykolog, BUP Skellefteå\n"
         "Jonas, socialsekreterare, Familjeenheten, Socialtjänsten Skellefteå"),
    ]
    for icon, name, fill, content in parts:
        tbl = doc.add_table(rows=1, cols=2)
        tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
        tbl.autofit = False
        set_table_borders(tbl, sz=6, color="A6A6A6")
        left, right = tbl.rows[0].cells
        set_grid(tbl, (3.6, 13.4))
        shade(left, fill)
        p = left.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        ri = p.add_run(icon)
        ri.font.size = Pt(22)
        ri.font.name = "Segoe UI Symbol"
        p2 = left.add_paragraph()
        p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
        rn = p2.add_run(name)
        rn.bold = True
        rn.font.size = Pt(10)
        if content is None:
            add_placeholder_sdt(right.paragraphs[0])
        else:
            cell_text(right, content)
        doc.add_paragraph().paragraph_format.space_after = Pt(0)
    doc.save(path(1, "docx"))


# ============================================================== 02 fpdf2 record print
class RecordPDF(FPDF):
    PRINTED = "2025-03-28 08:47"

    def header(self):
        self.set_font("DejaVu", "B", 9)
        self.set_text_color(40, 40, 40)
        self.cell(120, 5, "SamPlan Norr  –  Samordnad individuell plan (SIP)")
        self.set_font("DejaVu", "", 8)
        self.cell(0, 5, "Journalutskrift", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_font("DejaVu", "", 8)
        self.cell(120, 4, "Region Norrbotten  ·  Luleå kommun")
        self.cell(0, 4, "Patient: G., ÅÅMMDD-XXXX", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(90, 90, 90)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(5)

    def footer(self):
        self.set_y(-14)
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(80, 80, 80)
        self.cell(120, 6, f"Utskriftsdatum {self.PRINTED}  ·  Utskriven av: ssk, Hälsocentralen Hertsön")
        self.cell(0, 6, f"Sida {self.page_no()} ({{nb}})", align="R")


def plan02():
    """fpdf2 record print; each measure is a bordered block. Elderly man after hip fracture,
    home from Sunderby sjukhus, Luleå."""
    pdf = RecordPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("SIP – G.")
    pdf.set_author("SamPlan Norr")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_margins(18, 14, 18)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin

    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 8, "Samordnad individuell plan", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)

    def field(label, value, h_min=7, width=None, newline=True):
        w = width or W
        pdf.set_font("DejaVu", "", 9.5)
        lines = pdf.multi_cell(w - 3, 5, value, dry_run=True, output="LINES") if value else []
        h = max(h_min, 5 * len(lines) + 2)
        if pdf.get_y() + h + 6 > pdf.h - 22:
            pdf.add_page()
        x, y = pdf.get_x(), pdf.get_y()
        pdf.set_font("DejaVu", "B", 7.5)
        pdf.set_text_color(90, 90, 90)
        pdf.cell(w, 4, label, new_x="LEFT", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("DejaVu", "", 9.5)
        y0 = pdf.get_y()
        pdf.rect(x, y0, w, h)
        if value:
            pdf.set_xy(x + 1.5, y0 + 1)
            pdf.multi_cell(w - 3, 5, value, align="L")
        if newline:
            pdf.set_xy(pdf.l_margin, y0 + h + 2)
        else:
            pdf.set_xy(x + w + 4, y)

    half = (W - 4) / 2
    field("Patient", "G., 84 år", width=half, newline=False)
    field("Personnummer", "ÅÅMMDD-XXXX", width=half)
    field("Planens datum", "2025-03-27", width=half, newline=False)
    field("Mötesform", "Videomöte (Hälsocentralen Hertsön)", width=half)
    field("Planen gäller", "Hemgång efter höftfraktur. Utskriven från Sunderby sjukhus, "
          "ortopedavdelningen, 2025-03-20.")
    field("Bakgrund",
          "G. föll i hemmet 2025-03-11 och opererades för höftfraktur (vänster) på Sunderby "
          "sjukhus. Han bor ensam i en lägenhet på andra våningen med hiss i Luleå. Före fallet "
          "klarade han sig själv med städhjälp varannan vecka. Han har hjärtsvikt och lätt "
          "kognitiv svikt, och han har gått ned 4 kg sedan jul. Vid utskrivningen fick han "
          "tillfälliga hemtjänstinsatser i väntan på samordnad planering.")
    field("Syfte", "Samordning inför hemgång.")
    field("Frågeställningar", "", h_min=12)
    field("Mål", "Målet är att G. ska kunna bo kvar i sin lägenhet och klara förflyttningar "
          "inomhus med rollator.")
    field("Samtycke", "Samtycke finns.")
    field("Huvudansvar för planen", "Region Norrbotten")
    field("Deltagare", "Distriktssköterska, arbetsterapeut, fysioterapeut, biståndshandläggare, "
          "samordnare hemtjänst")

    pdf.ln(2)
    pdf.set_font("DejaVu", "B", 11)
    pdf.cell(0, 7, "Insatser", new_x="LMARGIN", new_y="NEXT")

    blocks = [
        ("Hemtjänst – personlig omvårdnad",
         "Hjälp med på- och avklädning morgon och kväll, dusch en gång per vecka, tillsyn "
         "nattetid via kameratillsyn de första fyra veckorna.",
         "Hemtjänst Hertsön, Luleå kommun", "Samordnare hemtjänst", "2025-03-20", "2025-04-24"),
        ("Hemrehabilitering",
         "Gång- och balansträning i hemmet två gånger per vecka under sex veckor, "
         "trappträning när G. klarar det.",
         "Rehabenheten, Luleå kommun", "Fysioterapeut", "2025-03-24", "2025-04-24"),
        ("Hjälpmedel och bostadsanpassning",
         "Rollator inomhus, toalettförhöjning och duschpall levererade. Bedömning av "
         "behov av bostadsanpassning av badrumströskel.",
         "Rehabenheten, Luleå kommun", "Arbetsterapeut", "2025-03-21", "2025-04-24"),
        ("Läkemedelsgenomgång",
         "Genomgång av smärtlindring, vätskedrivande och start av osteoporosbehandling. "
         "Ställningstagande till dosdispensering.",
         "Hälsocentralen Hertsön", "Distriktsläkare", "2025-04-03", "Vid behov"),
        ("Nutrition",
         "Viktkontroll varannan vecka och näringsdryck två gånger dagligen. Matlåda "
         "levereras fem dagar i veckan.",
         "Hälsocentralen Hertsön (vikt) och Hemtjänst Hertsön (matlåda)",
         "Distriktssköterska", "2025-03-25", "2025-04-24"),
        ("Trygghetslarm",
         "Trygghetslarm installerat, G. har fått visa att han kan använda det.",
         "Trygghetsjouren, Luleå kommun", "Larmoperatör", "2025-03-20", "2025-04-24"),
    ]
    for i, (title, desc, unit, contact, start, follow) in enumerate(blocks, 1):
        pdf.set_font("DejaVu", "", 9.5)
        dlines = pdf.multi_cell(W - 6, 5, desc, dry_run=True, output="LINES", align="L")
        h = 8 + 5 * len(dlines) + 4 * 5.2 + 4
        if pdf.get_y() + h > pdf.h - 22:
            pdf.add_page()
        x, y = pdf.l_margin, pdf.get_y()
        pdf.set_fill_color(225, 230, 238)
        pdf.rect(x, y, W, 7, style="F")
        pdf.set_draw_color(60, 60, 60)
        pdf.rect(x, y, W, h)
        pdf.set_xy(x + 2, y + 1)
        pdf.set_font("DejaVu", "B", 10)
        pdf.cell(W - 4, 5, f"Insats {i}. {title}")
        pdf.set_xy(x + 3, y + 9)
        pdf.set_font("DejaVu", "", 9.5)
        pdf.multi_cell(W - 6, 5, desc, align="L")
        pdf.set_x(x + 3)
        for lab, val in (("Ansvarig enhet:", unit), ("Kontaktperson:", contact),
                         ("Start:", start), ("Uppföljs:", follow)):
            pdf.set_x(x + 3)
            pdf.set_font("DejaVu", "B", 9)
            pdf.cell(32, 5.2, lab)
            pdf.set_font("DejaVu", "", 9)
            pdf.cell(W - 38, 5.2, val, new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(y + h + 3)

    pdf.ln(1)
    pdf.set_font("DejaVu", "B", 11)
    pdf.cell(0, 7, "Uppföljning av planen", new_x="LMARGIN", new_y="NEXT")
    field("Nästa uppföljning", "2025-04-24 kl. 10.00, videomöte", width=half, newline=False)
    field("Planen fastställd", "2025-03-27", width=half)
    pdf.output(path(2, "pdf"))


# ============================================================== 03 key = value txt
def plan03():
    """Text export 'key = value' with dotted keys. Young adult with substance use, Piteå."""
    items = [
        ("#", "SAMPLAN EXPORT  format=kv  version=2.3"),
        ("#", "Källa: Socialtjänsten Piteå / Region Norrbotten"),
        ("#", "Exporterad: 2025-03-05 09:41  teckenkodning: UTF-8"),
        ("", ""),
        ("plan.id", "SIP-2025-0142"),
        ("plan.typ", "SIP"),
        ("plan.status", "Fastställd"),
        ("plan.skapad_av", "anv_ifo_hl07"),
        ("plan.person.namn", "J."),
        ("plan.person.pnr", "XXXXXX-XXXX"),
        ("plan.person.alder", "22"),
        ("plan.motesdatum", "2025-03-04"),
        ("plan.motesplats", "Socialtjänsten Piteå, rum Lotsen"),
        ("plan.syfte", "Att samordna behandlingen av J:s amfetamin- och cannabisberoende med "
         "psykiatrins utredning av ADHD och Arbetsförmedlingens stöd, så att J. kan hålla sig "
         "drogfri och komma vidare till arbete eller studier."),
        ("plan.bakgrund", "J. har använt cannabis sedan 16 års ålder och amfetamin sedan 2023. "
         "Han avbröt gymnasiet (el- och energiprogrammet) i årskurs 2. Under hösten 2024 "
         "vårdades han två gånger på Sunderby sjukhus efter intoxikation. Han bor i egen "
         "lägenhet i Piteå sedan 2024 och har försörjningsstöd sedan oktober 2024. "
         "Mamman bor i Öjebyn."),
        ("plan.fragestallningar", "Diskutera läget och hur det går framåt."),
        ("plan.mal.enskild", "Målet är att J. ska vara drogfri och ha en sysselsättning."),
        ("plan.enskild.deltog", ""),
        ("plan.enskild.synpunkter", ""),
        ("plan.samtycke", "Muntligt samtycke lämnat till handläggare 2025-02-18. Gäller "
         "informationsutbyte mellan IFO Piteå, Psykiatrin Piteå och Arbetsförmedlingen."),
        ("plan.samtycke.form", "muntligt"),
        ("plan.samtycke.datum", "2025-02-18"),
        ("plan.insats.1.vad", "Strukturerad öppenvårdsbehandling, återfallsprevention (ÅP), "
         "en gång per vecka i 12 veckor"),
        ("plan.insats.1.vem", "Beroendeenheten, Socialtjänsten Piteå"),
        ("plan.insats.1.nar", "Start 2025-03-10, måndagar"),
        ("plan.insats.2.vad", "ADHD-utredning: läkarbedömning och neuropsykologisk testning"),
        ("plan.insats.2.vem", "Psykiatrin Piteå, allmänpsykiatrisk mottagning"),
        ("plan.insats.2.nar", ""),
        ("plan.insats.3.vad", "Urinprov för drogtest två gånger per vecka första månaden, "
         "därefter en gång per vecka"),
        ("plan.insats.3.vem", "Regionen"),
        ("plan.insats.3.nar", "Från 2025-03-10"),
        ("plan.insats.4.vad", "Kartläggning av arbetsförmåga och matchning mot arbete eller "
         "studier (Rusta och matcha)"),
        ("plan.insats.4.vem", "Arbetsförmedlingen Piteå, arbetsförmedlare"),
        ("plan.insats.4.nar", "April 2025"),
        ("plan.insats.5.vad", "Skjutsar J. till behandlingen på måndagar under mars och "
         "påminner honom kvällen innan"),
        ("plan.insats.5.vem", "Mamma (närstående)"),
        ("plan.insats.5.nar", "2025-03-10 -- 2025-03-31"),
        ("plan.huvudansvar.funktion", ""),
        ("plan.huvudansvar.enhet", ""),
        ("plan.uppfoljning", "vecka 20"),
        ("plan.deltagare", ""),
        ("plan.bilagor", "0"),
    ]
    out = []
    for k, v in items:
        if k == "#":
            out.append("# " + v)
            continue
        if k == "":
            out.append("")
            continue
        line = f"{k} = {v}" if v else f"{k} ="
        if len(line) <= 78:
            out.append(line)
            continue
        # properties-style continuation: trailing backslash, continued lines indented
        wrapped = textwrap.wrap(line, width=76, subsequent_indent="    ",
                                break_long_words=False, break_on_hyphens=False)
        for j, w in enumerate(wrapped):
            out.append(w + (" \\" if j < len(wrapped) - 1 else ""))
    with open(path(3, "txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


# ============================================================== 04 markdown table
def plan04():
    """Markdown: the plan is a table of parts with <br> in long cells. LSS, autism, Umeå."""
    rows = [
        ("Personuppgifter",
         "H., 27 år<br>Personnummer: ÅÅMMDD-XXXX<br>God man: Anders"),
        ("Bakgrund",
         "H. har autism (LSS personkrets 1) och bor sedan 2023 i servicebostad enligt LSS 9 § 9 "
         "på Ersboda. Han har daglig verksamhet på Verkstan på Teg sedan 2019, där han arbetar "
         "med montering. Verkstan flyttar till nya lokaler på Ersboda i juni 2025 och gruppen "
         "blir större.<br><br>Sedan hösten har H. haft perioder med sömnsvårigheter och oro. I "
         "februari gick han inte till den dagliga verksamheten under tre veckor. Han har "
         "kontakt med Vuxenhabiliteringen och med läkare på Psykiatrin Umeå, som förskriver "
         "sömnmedicin.<br><br>Hyran för servicebostaden höjs från 1 juli."),
        ("Frågeställningar",
         "1. Hur ska bytet från Verkstan till den nya gruppen på Ersboda gå till så att H. inte "
         "slutar gå till daglig verksamhet?<br>2. Behöver sömnmedicinen ses över?<br>3. Hur "
         "ska H:s ekonomi gå ihop när hyran höjs i juli?"),
        ("Insatser – vem gör vad och när",
         "**1. Stegvis introduktion i nya gruppen.** En timme per dag på Ersboda tillsammans "
         "med en handledare som H. känner, utökas varannan vecka.<br>Ansvar: enhetschef, Daglig "
         "verksamhet Verkstan, Umeå kommun. Start 2025-05-05.<br><br>"
         "**2. Översyn av sömnmedicinen.**<br>Ansvar: läkare, Psykiatrin Umeå, "
         "allmänpsykiatrisk öppenvårdsmottagning. Besök 2025-04-29.<br><br>"
         "**3. Bildstöd och visuellt veckoschema** för bytet, samma schema i boendet och i "
         "daglig verksamhet.<br>Ansvar: arbetsterapeut, Vuxenhabiliteringen, Region "
         "Västerbotten. Klart senast 2025-04-30.<br><br>"
         "**4. Fast kontaktperson i boendet** som går igenom veckoschemat med H.<br>Ansvar: "
         "enhetschef, Servicebostaden Ersboda, Umeå kommun."),
        ("God man och andra",
         "God man Anders ansöker om höjt bostadstillägg hos Försäkringskassan senast "
         "2025-06-15, eftersom hyran höjs från 1 juli. Han går också igenom H:s budget "
         "tillsammans med boendepersonalen i maj."),
        ("Huvudansvar",
         "Lina, LSS-handläggare, Avdelningen för funktionsstöd, Umeå kommun"),
        ("H:s medverkan",
         "H. deltog inte i mötet. Han blir mycket stressad av möten med flera personer han inte "
         "känner och har svårt att ta in muntlig information, vilket både boendepersonalen och "
         "gode mannen bekräftar."),
        ("Närvarande",
         "Lina<br>Peter<br>Sara<br>Karin<br>Anders (god man)"),
    ]
    lines = [
        "# Samordnad individuell plan – H.",
        "",
        "**Umeå kommun, Avdelningen för funktionsstöd · Region Västerbotten**  ",
        "Mötesdatum: 2025-04-08  ",
        "Plats: Servicebostaden Ersboda, samlingsrummet",
        "",
        "| Del | Innehåll |",
        "|---|---|",
    ]
    for k, v in rows:
        lines.append(f"| {k} | {v} |")
    lines += ["", "_Antecknat av Lina 2025-04-08, renskrivet 2025-04-09._", ""]
    with open(path(4, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines))


# ============================================================== 05 follow-up with NYTT:
def plan05():
    """Word follow-up; changed lines start with NYTT:, the rest copied. Adult with psychosis and
    debts, Haparanda."""
    doc = new_doc("Socialtjänsten Haparanda", "SIP uppföljning R.")
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    header_footer(sec, "Haparanda kommun  ·  Region Norrbotten        SIP – uppföljning",
                  "Planen förvaras hos Socialtjänsten Haparanda och Psykiatriska öppenvården Haparanda.")

    def para(text, bold_prefix=True):
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(3)
        if text.startswith("NYTT:") and bold_prefix:
            r = p.add_run("NYTT:")
            r.bold = True
            r.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
            p.add_run(text[5:])
        else:
            p.add_run(text)
        return p

    t = doc.add_paragraph()
    r = t.add_run("Samordnad individuell plan – uppföljning")
    r.bold = True
    r.font.size = Pt(16)
    p = doc.add_paragraph()
    p.add_run("Uppföljningsmöte: ").bold = True
    p.add_run("2025-06-10, Socialtjänsten Haparanda\n")
    p.add_run("Tidigare plan: ").bold = True
    p.add_run("upprättad 2025-02-18")
    p = doc.add_paragraph()
    r = p.add_run("Läsanvisning: rader som börjar med NYTT: är ändrade eller tillagda vid "
                  "uppföljningen 2025-06-10. Övrig text är kopierad från planen 2025-02-18.")
    r.italic = True
    r.font.size = Pt(9.5)

    bold_para(doc, "1. Personuppgifter")
    para("R., 41 år. Personnummer: XXXXXX-XXXX. Bor i egen hyreslägenhet i Haparanda.")

    bold_para(doc, "2. Bakgrund")
    para("R. har schizofreni sedan 20-årsåldern och har kontakt med Psykiatriska öppenvården "
         "Haparanda. Under 2024 vårdades han två gånger på Sunderby sjukhus efter att ha slutat "
         "ta sin medicin. R. har skulder (hyresskuld och obetalda räkningar) och fick en varning "
         "om uppsägning av lägenheten i januari 2025. Boendestöd beviljades i februari 2025.")
    para("NYTT: Ingen inläggning sedan februari. Hyresskulden har minskat sedan i vintras. "
         "Depåinjektionerna har fungerat, men R. uteblev vid ett tillfälle i maj och fick då "
         "hembesök.")

    bold_para(doc, "3. Syfte med planen")
    para("Syftet med planen är att R. ska kunna bo kvar i sin lägenhet och undvika nya "
         "inläggningar, genom att psykiatrins behandling, boendestödet och stödet med ekonomin "
         "samordnas.")

    bold_para(doc, "4. Frågeställningar")
    para("Hur kan vi undvika att hyresskulden växer?")
    para("NYTT: Hur säkrar vi depåinjektionerna under sommaren när kontaktpersonen har semester "
         "vecka 28–31?")
    para("NYTT: Räcker budgetrådgivningen eller behövs mer stöd med räkningarna efter sommaren?")

    bold_para(doc, "5. Den enskildes mål")
    para("Oförändrat, se plan 2025-02-18.")

    bold_para(doc, "6. Den enskildes delaktighet")
    para("R. deltog på mötet.")

    bold_para(doc, "7. Insatser")
    rows = [
        ("Insats", "Ansvarig", "När"),
        ("Boendestöd tisdagar och fredagar: struktur i vardagen, post och räkningar, inköp",
         "Boendestödet, Socialtjänsten Haparanda", "Från 2025-02-24, pågår"),
        ("Depåinjektion var tredje vecka och samtal med kontaktperson",
         "Psykiatriska öppenvården Haparanda", "Var tredje vecka, nästa 2025-06-17"),
        ("NYTT: Depåinjektion under kontaktpersonens semester",
         "Psykiatriska öppenvården Haparanda, vikarierande sjuksköterska",
         "NYTT: v. 28–31, tider bokas senast 2025-06-27"),
        ("Budget- och skuldrådgivning: genomgång av skulder och månadsbudget",
         "Budget- och skuldrådgivningen, Haparanda kommun", "NYTT: Nytt möte 2025-06-24"),
        ("NYTT: Somatisk hälsokontroll med blodprover, vikt och blodtryck",
         "Regionen", "NYTT: Under hösten"),
    ]
    tbl = doc.add_table(rows=len(rows), cols=3)
    tbl.style = "Table Grid"
    widths = (7.6, 5.2, 4.0)
    for i, row in enumerate(rows):
        for j, txt in enumerate(row):
            c = tbl.rows[i].cells[j]
            set_cell_width(c, widths[j])
            if i == 0:
                cell_text(c, txt, bold=True, size=10)
                shade(c, "D9D9D9")
            elif txt.startswith("NYTT:"):
                p = c.paragraphs[0]
                r = p.add_run("NYTT:")
                r.bold = True
                r.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
                r.font.size = Pt(10)
                r2 = p.add_run(txt[5:])
                r2.font.size = Pt(10)
            else:
                cell_text(c, txt, size=10)
    mark_header_row(tbl.rows[0])
    set_grid(tbl, widths)

    bold_para(doc, "8. Huvudansvar")
    para("Huvudansvarig för planen: Mikael, sjuksköterska och kontaktperson, Psykiatriska "
         "öppenvården Haparanda.")

    bold_para(doc, "9. Uppföljning")
    para("Uppföljning 2025-06-10.")
    para("NYTT: Nästa uppföljning 2025-09-16 kl. 13.30 på Socialtjänsten Haparanda. Mikael kallar.")

    bold_para(doc, "10. Deltagare")
    para("R., kontaktperson, boendestödjare, biståndshandläggare, budget- och skuldrådgivare.")
    para("NYTT: Vikarierande sjuksköterska deltog den första halvtimmen.")
    doc.save(path(5, "docx"))


# ============================================================== 06 two A5 pages on one sheet
def plan06(tmpdir):
    """LibreOffice PDF from .docx, two A5 'pages' side by side on one landscape A4 sheet.
    Discharge from psychiatric inpatient care, Umeå (NUS) to Robertsfors."""
    doc = new_doc("Psykiatriska kliniken NUS", "SIP utskrivning M.")
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(0.8)
    sec.top_margin = sec.bottom_margin = Cm(0.8)
    st = doc.styles["Normal"]
    st.font.size = Pt(8.5)
    st.paragraph_format.space_after = Pt(2)

    sheet = doc.add_table(rows=1, cols=2)
    sheet.autofit = False
    set_table_borders(sheet, sz=4, color="BFBFBF")
    left, right = sheet.rows[0].cells
    set_grid(sheet, (14.05, 14.05))
    trPr = sheet.rows[0]._tr.get_or_add_trPr()
    trh = OxmlElement("w:trHeight")
    trh.set(qn("w:val"), str(int(19.0 * 567)))
    trh.set(qn("w:hRule"), "atLeast")
    trPr.append(trh)

    def head(cell, page):
        p = cell.paragraphs[0]
        r = p.add_run("Region Västerbotten · Psykiatriska kliniken, Norrlands universitetssjukhus")
        r.font.size = Pt(7)
        r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
        p2 = cell.add_paragraph()
        r = p2.add_run("Patient: M., ÅÅMMDD-XXXX" + "\t" + f"Sida {page} (2)")
        r.font.size = Pt(7)
        r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
        p2.paragraph_format.tab_stops.add_tab_stop(Cm(13.4), WD_TAB_ALIGNMENT.RIGHT)

    def lab(cell, text):
        p = cell.add_paragraph()
        p.paragraph_format.space_before = Pt(5)
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(8.5)
        return p

    def txt(cell, text, italic=False):
        p = cell.add_paragraph()
        r = p.add_run(text)
        r.italic = italic
        return p

    # ---- page 1
    head(left, 1)
    p = left.add_paragraph()
    p.paragraph_format.space_before = Pt(6)
    r = p.add_run("SAMORDNAD INDIVIDUELL PLAN VID UTSKRIVNING FRÅN SLUTENVÅRD")
    r.bold = True
    r.font.size = Pt(10.5)
    txt(left, "Inskriven: 2025-04-29, avdelning 5B     Planerad utskrivning: 2025-05-22")
    txt(left, "SIP-möte: 2025-05-20 kl. 10.00, videomöte")
    lab(left, "Deltagare")
    for d in ("M., patient",
              "Helena, sjuksköterska, Psykiatriska kliniken NUS, avd 5B",
              "Peter, överläkare, Psykiatriska kliniken NUS, avd 5B",
              "Lena, distriktssköterska, Hälsocentralen Robertsfors",
              "Oskar, socialsekreterare, vuxenenheten, Socialtjänsten Robertsfors",
              "Jonas, sambo"):
        txt(left, "•  " + d)
    lab(left, "Syfte")
    txt(left, "Samordnad utskrivning.")
    lab(left, "Frågeställningar")
    txt(left, "")
    lab(left, "Bakgrund")
    txt(left, "M. har vårdats på avdelning 5B sedan 2025-04-29 efter en suicidhandling i samband "
              "med en djup depression. Hon bor med sambon och två barn, 4 och 7 år, i "
              "Robertsfors. Hon har varit sjukskriven från sitt arbete som undersköterska sedan "
              "mars. Depressionen har lättat under vårdtiden men hon sover fortfarande dåligt och "
              "orkar lite. Suicidriskbedömning inför utskrivning 2025-05-19: ingen akut risk.")
    lab(left, "M:s mål (med egna ord)")
    txt(left, "”Jag vill orka vara med mina barn igen och kunna sova en hel natt. Jag vill "
              "tillbaka till jobbet till hösten, men inte för fort.”")
    lab(left, "M:s synpunkter")
    txt(left, "M. deltog i mötet. Hon vill helst ha sina återbesök på hälsocentralen i "
              "Robertsfors i stället för att åka till Umeå. Hon vill inte att barnens förskola "
              "och skola kontaktas i nuläget.")

    # ---- page 2
    head(right, 2)
    lab(right, "Insatser")
    inner = right.add_table(rows=5, cols=4)
    inner.style = "Table Grid"
    data = [("Område", "Insats", "Ansvarig", "När"),
            ("Psykisk hälsa", "Fortsatt psykiatrisk kontakt och samtal.", "", ""),
            ("Sömn och läkemedel", "Fortsatt kontakt kring läkemedlen.", "", ""),
            ("Vardag och familj", "Stöd i vardagen vid behov.", "", ""),
            ("Arbete och försörjning", "Fortsatt sjukskrivning vid behov.", "", "")]
    iw = (3.0, 5.6, 2.6, 2.2)
    for i, row in enumerate(data):
        for j, v in enumerate(row):
            c = inner.rows[i].cells[j]
            set_cell_width(c, iw[j])
            cell_text(c, v, bold=(i == 0), size=8)
            if i == 0:
                shade(c, "E7E6E6")
    mark_header_row(inner.rows[0])
    set_grid(inner, iw)
    lab(right, "Andra aktörer")
    txt(right, "Försäkringskassan (sjukpenning) och sambon berörs.")
    lab(right, "Huvudansvarig för planen")
    txt(right, "")
    lab(right, "Samtycke till SIP")
    txt(right, "☒ Ja     ☐ Nej")
    lab(right, "Uppföljning")
    txt(right, "Om cirka fyra veckor efter utskrivning. Tid meddelas.")
    lab(right, "Kopia till")
    txt(right, "Patienten, Hälsocentralen Robertsfors, Socialtjänsten Robertsfors")
    lab(right, "Underskrift")
    txt(right, "Ort och datum: ............................................")
    txt(right, "Patient: ............................................")
    p = right.add_paragraph()
    p.paragraph_format.space_before = Pt(14)
    r = p.add_run("Utskrivet 2025-05-21 från journalsystemet")
    r.font.size = Pt(7)
    r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)

    src = os.path.join(tmpdir, f"{PREFIX}-06.docx")
    doc.save(src)
    soffice_pdf(src, OUT)


def soffice_pdf(src, outdir):
    profile = f"file:///tmp/lo-{PREFIX}"
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless",
                    "--convert-to", "pdf", "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


# ============================================================== 07 minutes with speakers
def plan07():
    """Word minutes: each contribution starts with the speaker's function in capitals.
    Child (10) with ADHD, Luleå."""
    doc = new_doc("Elevhälsan Tallkronaskolan", "Minnesanteckningar SIP S.")
    sec = doc.sections[0]
    header_footer(sec, "Luleå kommun – Barn- och utbildningsförvaltningen   |   Minnesanteckningar SIP-möte")

    h = doc.add_heading("Minnesanteckningar – SIP-möte", level=1)
    p = doc.add_paragraph()
    p.add_run("Datum: ").bold = True
    p.add_run("2025-09-24, kl. 13.00–14.30\n")
    p.add_run("Plats: ").bold = True
    p.add_run("Tallkronaskolan, konferensrummet, Luleå\n")
    p.add_run("Gäller: ").bold = True
    p.add_run("S., 10 år, åk 4\n")
    p.add_run("Antecknare: ").bold = True
    p.add_run("Elin, kurator")

    doc.add_heading("Närvarande", level=2)
    for d in ("S., elev åk 4 (de första 20 minuterna)",
              "Jenny, mamma",
              "Ali, pappa",
              "Maria, klasslärare, Tallkronaskolan",
              "Elin, kurator, Elevhälsan Tallkronaskolan",
              "Johan, psykolog, BUP Luleå",
              "Ahmed, socialsekreterare, Barn och familj, Socialtjänsten Luleå"):
        doc.add_paragraph(d, style="List Bullet")

    doc.add_heading("Syfte och frågeställningar", level=2)
    doc.add_paragraph(
        "Syftet med mötet är att skolan, BUP och socialtjänsten tillsammans med familjen ska "
        "komma överens om hur S. kan få lugnare skoldagar och hur familjen kan få stöd hemma "
        "efter att S. fick sin ADHD-diagnos i våras.")
    doc.add_paragraph(
        "Skolan har bett om mötet med två frågor: Hur kan S. få stöd på lunchrasten och i "
        "matsalen, där de flesta utbrotten sker? Hur kan BUP:s läkemedelsbehandling och skolans "
        "anpassningar följas upp tillsammans?")

    doc.add_heading("Anteckningar", level=2)
    speeches = [
        ("KURATORN", "Hälsade välkommen och gick igenom syftet. Skolan har haft "
         "elevhälsomöten om S. sedan i våras och kuratorn träffar honom varannan vecka. S. har "
         "svårt med övergångar, särskilt från rast till lektion."),
        ("KLASSLÄRAREN", "S. fungerar bra på lektioner med tydlig struktur, särskilt matte och "
         "bild. Under september har han vid sex tillfällen fått utbrott på lunchrasten, kastat "
         "saker och vid två tillfällen slagit en klasskamrat. Han har fått gå hem i förtid tre "
         "gånger. Klassen har 27 elever och det finns ingen resurs i dag."),
        ("ELEVEN", "S. berättade själv: ”Det är jobbigt i matsalen för alla pratar samtidigt. "
         "Och på rasten tar dom bollen.” Det bästa med skolan är bild och att bygga lego på "
         "fritids med kompisen Viktor. Han tycker inte om att sitta ensam i "
         "ett rum när han är arg. S. gick därefter tillbaka till klassen."),
        ("MAMMAN", "Hemma är kvällarna svårast. S. har svårt att somna och det blir bråk om "
         "skärmtiden. Lillasyster blir rädd när S. får utbrott. Medicinen hjälper på "
         "förmiddagarna men effekten går ur på eftermiddagen."),
        ("PAPPAN", "Håller med. Pappan arbetar skift och är borta varannan vecka, och det blir "
         "mer bråk då. Föräldrarna vill gärna gå en föräldrakurs tillsammans."),
        ("PSYKOLOGEN", "S. fick diagnosen ADHD i april efter utredning. Läkemedel "
         "(metylfenidat) sattes in i maj. Psykologen föreslår att läkaren ser över doseringen så "
         "att effekten räcker längre in på eftermiddagen, och att skolan och hemmet använder "
         "samma bildstöd för dagen."),
        ("SOCIALSEKRETERAREN", "Kan erbjuda föräldrarna plats i en Komet-grupp som startar i "
         "oktober, tio träffar."),
        ("KURATORN", "Sammanfattade att målet är att S. ska klara hela skoldagar utan att "
         "behöva gå hem i förtid, och att kvällarna hemma ska bli lugnare."),
    ]
    for who, text in speeches:
        p = doc.add_paragraph()
        r = p.add_run(who + ": ")
        r.bold = True
        p.add_run(text)

    doc.add_heading("Överenskommelser", level=2)
    agreements = [
        "En vuxen från skolan finns med S. under lunchrasten. Ansvar: rektor, Tallkronaskolan. "
        "Från 2025-10-06.",
        "S. äter lunch i lilla matsalen med två kamrater. Ansvar: klasslärare, Tallkronaskolan. "
        "Från 2025-09-29.",
        "Översyn av läkemedelsdoseringen. Ansvar: läkare, BUP Luleå. Besök 2025-10-15.",
        "Gemensamt bildstöd för skoldagen och kvällen tas fram och lämnas till skolan och "
        "föräldrarna. Ansvar: psykolog, BUP Luleå. Senast 2025-10-10.",
        "Föräldragrupp Komet, tio träffar. Ansvar: Barn och familj, Socialtjänsten Luleå. "
        "Start 2025-10-09.",
        "Föräldrarna ansöker om omvårdnadsbidrag hos Försäkringskassan senast 2025-10-31. "
        "Psykologen på BUP skriver intyg till ansökan senast 2025-10-17.",
        "Föräldrarna inför en gemensam kvällsrutin med skärmstopp kl. 19.00, från vecka 40.",
    ]
    for a in agreements:
        doc.add_paragraph(a, style="List Number")
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    p.add_run("Huvudansvar: ").bold = True
    p.add_run("Socialtjänsten har huvudansvaret för planen.")
    p = doc.add_paragraph()
    p.add_run("Nästa möte: ").bold = True
    p.add_run("I början av december. Kuratorn kallar.")
    doc.save(path(7, "docx"))


# ============================================================== 08 not a plan
def plan08():
    """Not a SIP: job description for a SIP coordinator, Skellefteå kommun."""
    doc = new_doc("HR Socialkontoret", "Befattningsbeskrivning SIP-samordnare")
    sec = doc.sections[0]
    header_footer(sec, "Skellefteå kommun · Socialkontoret", "Dnr SOC 2025/0117 · Fastställd 2025-01-20")
    doc.add_heading("Befattningsbeskrivning – SIP-samordnare", level=0)

    tbl = doc.add_table(rows=0, cols=2)
    tbl.style = "Table Grid"
    for k, v in [("Befattning", "SIP-samordnare"),
                 ("Förvaltning", "Socialkontoret, Skellefteå kommun"),
                 ("Organisatorisk placering", "Avdelningen Stöd och samverkan, enheten för samordning"),
                 ("Anställningsform", "Tillsvidareanställning, heltid"),
                 ("Närmaste chef", "Enhetschef, enheten för samordning"),
                 ("Fastställd", "2025-01-20 av avdelningschef Stöd och samverkan"),
                 ("Gäller till", "Tills vidare, revideras senast 2026-12-31")]:
        r = tbl.add_row().cells
        cell_text(r[0], k, bold=True)
        shade(r[0], "F2F2F2")
        cell_text(r[1], v)
        set_cell_width(r[0], 5.0)
        set_cell_width(r[1], 11.0)

    doc.add_heading("1. Uppdragets syfte", level=1)
    doc.add_paragraph(
        "SIP-samordnaren ska bidra till att invånare i Skellefteå kommun som behöver insatser "
        "från både kommunen och Region Västerbotten får en samordnad individuell plan (SIP) när "
        "behovet finns, och att planerna håller god kvalitet. Tjänsten är ett stöd till "
        "verksamheterna; ansvaret för den enskilda planen ligger kvar hos den verksamhet som "
        "kallar till SIP.")

    doc.add_heading("2. Huvudsakliga arbetsuppgifter", level=1)
    for t in ["Vara processledare vid SIP-möten som verksamheterna bokar via samordningsfunktionen, "
              "främst i ärenden med många aktörer eller där samverkan har låst sig.",
              "Ge råd till handläggare, elevhälsa, hemtjänst och LSS-verksamheter om när SIP ska "
              "erbjudas och hur samtycke inhämtas och dokumenteras.",
              "Hålla introduktionsutbildning om SIP för nyanställda två gånger per termin, "
              "tillsammans med regionens SIP-samordnare.",
              "Följa upp statistik över antal upprättade planer och andel planer med bokad "
              "uppföljning, och sammanställa den halvårsvis.",
              "Delta i den länsgemensamma nätverksgruppen för SIP i Västerbotten.",
              "Förvalta kommunens mallar och rutiner för SIP och hålla dem aktuella mot den "
              "länsgemensamma överenskommelsen.",
              "Ta emot synpunkter från invånare och närstående om hur SIP-arbetet fungerar och "
              "föra dem vidare till berörd verksamhet."]:
        doc.add_paragraph(t, style="List Bullet")

    doc.add_heading("3. Ansvar och befogenheter", level=1)
    doc.add_paragraph(
        "SIP-samordnaren ansvarar för att de egna processledda mötena genomförs enligt rutinen och "
        "att mötesanteckningar överlämnas till den kallande verksamheten inom fem arbetsdagar. "
        "Samordnaren har inte befogenhet att fatta beslut om bistånd, LSS-insatser eller "
        "elevhälsoinsatser och dokumenterar inte i socialtjänstens akter. Samordnaren får "
        "begära in underlag för statistik från verksamheterna.")

    doc.add_heading("4. Rapporterar till", level=1)
    doc.add_paragraph(
        "Samordnaren rapporterar till enhetschefen för enheten för samordning. Halvårsrapporten "
        "redovisas även för den lokala samverkansgruppen mellan Skellefteå kommun och Region "
        "Västerbotten (i maj och i november).")

    doc.add_heading("5. Kompetenskrav", level=1)
    for t in ["Socionomexamen eller annan relevant högskoleexamen inom vård, omsorg eller pedagogik.",
              "Minst tre års erfarenhet av arbete med SIP eller samverkan mellan kommun och region.",
              "God förmåga att leda möten och att uttrycka sig i tal och skrift.",
              "B-körkort."]:
        doc.add_paragraph(t, style="List Bullet")

    doc.add_heading("6. Arbetsmiljö och övrigt", level=1)
    doc.add_paragraph(
        "Arbetet utförs huvudsakligen på Socialkontoret och vid möten i kommunens verksamheter. "
        "Resor inom kommunen förekommer. Befattningsbeskrivningen följs upp i det årliga "
        "medarbetarsamtalet.")
    doc.save(path(8, "docx"))


def main():
    os.makedirs(OUT, exist_ok=True)
    plan01()
    plan02()
    plan03()
    plan04()
    plan05()
    tmp = tempfile.mkdtemp(prefix="f77a-")
    try:
        plan06(tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    plan07()
    plan08()
    for f in sorted(os.listdir(OUT)):
        print(f, os.path.getsize(os.path.join(OUT, f)))


if __name__ == "__main__":
    main()
