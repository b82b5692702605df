#!/usr/bin/env python3
"""Generate the f75b- batch of fictional SIP plans (inland Norrbotten, 2025).

Run with /work/batches/.venv/bin/python generate.py
Writes plans/f75b-01.docx ... plans/f75b-08.docx. Deterministic (no randomness,
fixed dates); f75b-07.pdf is converted with LibreOffice.
"""
import datetime as dt
import os
import shutil
import subprocess
import tempfile
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f75b-"
FIXED = dt.datetime(2025, 9, 1, 12, 0, 0)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


# ---------------------------------------------------------------- helpers
def new_doc(author="", title=""):
    d = Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    return d


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


def cell_text(cell, text, bold=False, size=None, italic=False):
    """Replace cell content; '\n' makes new paragraphs."""
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    return cell


def header_row(table, labels, fill="D9D9D9", size=None):
    row = table.rows[0]
    for c, lab in zip(row.cells, labels):
        cell_text(c, lab, bold=True, size=size)
        shade(c, fill)
    repeat_header(row)


def bold_para(doc, text, size=None, space_before=6):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    p.paragraph_format.space_before = Pt(space_before)
    p.paragraph_format.space_after = Pt(2)
    return p


def add_page_field(paragraph, instr):
    r = paragraph.add_run()
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    r._r.append(f1)
    r._r.append(it)
    r._r.append(f2)
    r._r.append(t)
    r._r.append(f3)


def placeholder(paragraph, text="Klicka här för att ange text."):
    """An empty content control (w:sdt) showing its placeholder text."""
    sdt = OxmlElement("w:sdt")
    sdtPr = OxmlElement("w:sdtPr")
    ph = OxmlElement("w:placeholder")
    dp = OxmlElement("w:docPart")
    dp.set(qn("w:val"), "DefaultPlaceholder_-1854013440")
    ph.append(dp)
    sdtPr.append(ph)
    sh = OxmlElement("w:showingPlcHdr")
    sdtPr.append(sh)
    sdt.append(sdtPr)
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    rPr = OxmlElement("w:rPr")
    col = OxmlElement("w:color")
    col.set(qn("w:val"), "808080")
    rPr.append(col)
    r.append(rPr)
    t = OxmlElement("w:t")
    t.text = text
    r.append(t)
    content.append(r)
    sdt.append(content)
    paragraph._p.append(sdt)


def normalize_zip(path):
    """Rewrite a .docx with fixed member timestamps so reruns give identical bytes."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for fn, data in items:
            zi = zipfile.ZipInfo(fn, date_time=(2025, 9, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def save_doc(doc, name):
    path = os.path.join(OUT, name)
    doc.save(path)
    normalize_zip(path)
    return path


# ======================================================================
# 01  County form with interpreter (docx) - elderly man, Pajala
# ======================================================================
def plan01():
    d = new_doc("Pajala kommun", "SIP")
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = Cm(1.8)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("Region Norrbotten och kommunerna i Norrbottens län")
    r.font.small_caps = True
    r.font.size = Pt(9)
    hp.add_run("\tGemensam blankett SIP, version 2024:2").font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.add_run("Samordnad individuell plan – sekretess enligt OSL 25 kap. 1 § och 26 kap. 1 §. Sida ").font.size = Pt(8)
    add_page_field(fp, "PAGE")

    t = d.add_paragraph()
    rr = t.add_run("Samordnad individuell plan (SIP)")
    rr.bold = True
    rr.font.size = Pt(16)
    sub = d.add_paragraph()
    rs = sub.add_run("Enligt SoL 2 kap. 7 § och HSL 16 kap. 4 §")
    rs.font.size = Pt(9)
    rs.italic = True

    # 1. Uppgifter om den enskilde
    bold_para(d, "1. Uppgifter om den enskilde")
    tb = d.add_table(rows=5, cols=2)
    tb.style = "Table Grid"
    rows = [
        ("Namn", "Aarne"),
        ("Personnummer", "ÅÅMMDD-XXXX"),
        ("Hemkommun", "Pajala"),
        ("Tolk behövs", "☒ Ja – meänkieli     ☐ Nej\nAarne hör dåligt på vänster öra – tolken sitter till höger."),
        ("Kontaktväg", "Via växeln, Hemtjänst Pajala centrum"),
    ]
    for i, (a, b) in enumerate(rows):
        cell_text(tb.cell(i, 0), a, bold=True)
        shade(tb.cell(i, 0), "EDEDED")
        cell_text(tb.cell(i, 1), b)
    for row in tb.rows:
        row.cells[0].width = Cm(4.5)
        row.cells[1].width = Cm(12.5)

    # 2. Mötet
    bold_para(d, "2. Mötet")
    tb = d.add_table(rows=2, cols=4)
    tb.style = "Table Grid"
    cell_text(tb.cell(0, 0), "Datum", bold=True)
    cell_text(tb.cell(0, 1), "2025-03-18")
    cell_text(tb.cell(0, 2), "Plats", bold=True)
    cell_text(tb.cell(0, 3), "Korttidsboendet Pajala, samtalsrummet")
    cell_text(tb.cell(1, 0), "Planen gäller", bold=True)
    m = tb.cell(1, 1).merge(tb.cell(1, 3))
    cell_text(m, "☒ Ny SIP     ☐ Uppföljning av tidigare SIP")

    # 3. Deltagare
    bold_para(d, "3. Deltagare")
    parts = [
        ("Aarne", "Den enskilde"),
        ("Seija", "Dotter"),
        ("Sjuksköterska", "Hemsjukvården, Pajala kommun"),
        ("Biståndshandläggare", "Socialförvaltningen, Pajala kommun"),
        ("Fysioterapeut", "Kommunrehab Pajala"),
        ("Gruppledare", "Hemtjänst Pajala centrum"),
        ("Distriktsläkare (deltog via Teams)", "Hälsocentralen Pajala, Region Norrbotten"),
        ("Tolk, meänkieli (på plats)", "Tolkcentralen, Region Norrbotten"),
    ]
    tb = d.add_table(rows=1 + len(parts), cols=2)
    tb.style = "Table Grid"
    header_row(tb, ["Namn / funktion", "Verksamhet / relation"])
    for i, (a, b) in enumerate(parts, start=1):
        cell_text(tb.cell(i, 0), a)
        cell_text(tb.cell(i, 1), b)

    bold_para(d, "4. Bakgrund och nuläge")
    d.add_paragraph(
        "Aarne är 86 år och bor ensam i villa strax utanför Pajala centrum. Han föll i köket "
        "i februari och fick en höftfraktur som opererades på Gällivare sjukhus 2025-02-21. "
        "Sedan 2025-03-03 vistas han på korttidsboendet i Pajala. Han går med rollator inomhus "
        "men är osäker i trappan till övervåningen och ute på gården. Han har diabetes typ 2 och "
        "tar tio olika läkemedel efter operationen."
    )
    d.add_paragraph(
        "Aarne talar främst meänkieli och förstår enklare svenska, men missförstånd har uppstått "
        "på sjukhuset kring läkemedel och träningsprogram. Hemgång är planerad till 2025-03-24. "
        "Han har tidigare klarat sig utan hemtjänst."
    )

    bold_para(d, "5. Syfte med SIP")
    d.add_paragraph(
        "Syftet är att Aarne ska kunna flytta hem från korttidsboendet till sitt hus och känna "
        "sig trygg där, och att hemtjänst, hemsjukvård, rehab och hälsocentralen samordnar sina "
        "insatser så att han får information på sitt eget språk."
    )

    bold_para(d, "6. Frågeställningar inför mötet")
    p = d.add_paragraph()
    placeholder(p)

    bold_para(d, "7. Den enskildes mål och önskemål (med egna ord)")
    d.add_paragraph(
        "Aarne sa på meänkieli, översatt av tolken: ”Jag vill bo hemma i mitt eget hus. "
        "Jag vill själv kunna gå ut till vedboden och bada bastu på lördagarna igen.”"
    )
    bold_para(d, "Den enskildes delaktighet")
    d.add_paragraph(
        "Aarne deltog under hela mötet tillsammans med tolk. Han vill inte ha besök mitt på "
        "dagen eftersom han vilar då, och han önskar att personal som kan meänkieli kommer "
        "när det går. Han vill inte flytta till särskilt boende."
    )

    bold_para(d, "8. Samtycke")
    d.add_paragraph("Samtycke till SIP:   ☒ Ja     ☐ Nej")

    bold_para(d, "9. Insatser – vad, vem, när")
    ins = [
        ("Hemtjänst morgon och kväll: dusch, påklädning, frukost och kvällsmål",
         "Hemtjänst Pajala centrum, gruppledare", "Från 2025-03-24",
         "Meänkielitalande personal i första hand"),
        ("Trygghetslarm installeras och provas med Aarne",
         "Hemtjänst Pajala centrum, larmansvarig", "2025-03-24",
         "Genomgång med tolk på plats"),
        ("Gångträning med rollator och i trappa, bedömning av bostaden "
         "(toalettförhöjning, badkarsbräda, ledstång)",
         "Kommunrehab Pajala, fysioterapeut",
         "Första hembesök 2025-03-26, sedan 1 ggr/v i sex veckor", "Telefontolk"),
        ("Blodsockerkontroll och omläggning av operationssåret",
         "Hemsjukvården Pajala kommun, sjuksköterska",
         "2025-03-25, sedan varannan vecka", "Telefontolk"),
        ("Läkemedelsgenomgång, dosdispensering övervägs", "Regionen", "I april",
         "Tolk på plats"),
        ("Matdistribution lunch vardagar (beslut fattat på mötet)",
         "Biståndshandläggare, Pajala kommun", "Från 2025-03-24", "–"),
    ]
    tb = d.add_table(rows=1 + len(ins), cols=4)
    tb.style = "Table Grid"
    header_row(tb, ["Insats", "Ansvarig (verksamhet/funktion)", "När", "Språk"])
    for i, row in enumerate(ins, start=1):
        for j, v in enumerate(row):
            cell_text(tb.cell(i, j), v, size=9.5)
    for row in tb.rows:
        for c, w in zip(row.cells, [Cm(6.2), Cm(4.3), Cm(3.5), Cm(3.0)]):
            c.width = w

    bold_para(d, "10. Andra aktörer (t.ex. närstående, god man, FK)")
    d.add_paragraph(
        "Närstående: dottern Seija som bor i Luleå och sonen Veikko som bor i Pajala."
    )

    bold_para(d, "11. Huvudansvarig för planen")
    p = d.add_paragraph()
    placeholder(p)

    bold_para(d, "12. Uppföljning")
    d.add_paragraph("Om ca sex veckor. Hemtjänsten skickar kallelse.")

    bold_para(d, "Planen har delgivits")
    d.add_paragraph("☒ Den enskilde (genomgången muntligt med tolk)   ☒ Samtliga deltagare")
    save_doc(d, PREFIX + "01.docx")


# ======================================================================
# 02  Dense record-system print (fpdf2, 6-7 pt, boxes two across) - Kiruna
# ======================================================================
class DensePDF(FPDF):
    def header(self):
        self.set_font("DV", "B", 7)
        self.set_fill_color(40, 60, 90)
        self.set_text_color(255, 255, 255)
        self.cell(0, 4.2, "  NorrSam – Samordnad planering  |  Region Norrbotten / Kiruna kommun",
                  border=0, fill=True, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.set_font("DV", "", 6)
        self.cell(97, 3.2, "Utskrift: 2025-09-01 14:32   Användare: [användare]", new_x="RIGHT", new_y="TOP")
        self.cell(0, 3.2, "Sida %d (1)" % self.page_no(), align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def footer(self):
        self.set_y(-8)
        self.set_font("DV", "", 5.5)
        self.cell(0, 3, "Sekretessbelagd handling. Dokument-ID SIP-2025-0417. Utskriften är inte "
                  "uppdaterad efter utskriftsdatum.", align="C")


def plan02():
    pdf = DensePDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_author("NorrSam")
    pdf.set_title("SIP")
    pdf.add_font("DV", "", FONT)
    pdf.add_font("DV", "B", FONT_B)
    pdf.set_margins(8, 8, 8)
    pdf.set_auto_page_break(True, 10)
    pdf.add_page()
    pdf.set_font("DV", "B", 9)
    pdf.cell(0, 5, "SAMORDNAD INDIVIDUELL PLAN (SIP)", new_x="LMARGIN", new_y="NEXT")

    W = 194.0
    GAP = 2.0
    HALF = (W - GAP) / 2
    LH = 2.75  # line height for 6.5 pt

    def nlines(text, width, style="", size=6.5):
        pdf.set_font("DV", style, size)
        if not text:
            return 1
        return len(pdf.multi_cell(width, LH, text, dry_run=True, output="LINES", align="L"))

    def box_height(label, value, width):
        return 1.0 + 2.6 + nlines(value, width - 2) * LH + 1.0

    def draw_box(x, y, w, h, label, value):
        pdf.set_draw_color(120, 120, 120)
        pdf.rect(x, y, w, h)
        pdf.set_fill_color(232, 236, 242)
        pdf.rect(x, y, w, 3.4, style="DF")
        pdf.set_xy(x + 1, y + 0.4)
        pdf.set_font("DV", "B", 6)
        pdf.cell(w - 2, 2.6, label)
        pdf.set_xy(x + 1, y + 3.8)
        pdf.set_font("DV", "", 6.5)
        if value:
            pdf.multi_cell(w - 2, LH, value, align="L")

    def pair(l1, v1, l2, v2):
        y = pdf.get_y()
        h = max(box_height(l1, v1, HALF), box_height(l2, v2, HALF))
        x0 = pdf.l_margin
        draw_box(x0, y, HALF, h, l1, v1)
        draw_box(x0 + HALF + GAP, y, HALF, h, l2, v2)
        pdf.set_xy(x0, y + h + 1.2)

    def full(label, value):
        y = pdf.get_y()
        h = box_height(label, value, W)
        draw_box(pdf.l_margin, y, W, h, label, value)
        pdf.set_xy(pdf.l_margin, y + h + 1.2)

    pair("Brukare/patient", "P., man 41 år", "Personnummer", "ÅÅMMDD-XXXX")
    pair("Mötesdatum", "2025-08-28 kl. 13.00–14.30", "Mötesplats",
         "Psykiatrin Kiruna, öppenvårdsmottagningen, rum 2")
    pair("Planen gäller", "☒ Ny SIP   ☐ Uppföljning   ☐ Utskrivning från slutenvård",
         "Tolk", "☐ Ja   ☒ Nej   Språk: –")
    pair("Syfte med SIP", "Samordning.", "Kontaktväg",
         "Via växeln, Psykiatrin Kiruna. P. svarar sällan i telefon – sms 070-XXX XX XX.")
    full("Bakgrund / nuläge",
         "P. har schizofreni sedan 2019 och har sedan 2022 depåinjektion på mottagningen. Han har "
         "varit stabil psykiskt under våren men har slutat öppna posten och har obetalda räkningar. "
         "Hyresvärden har sagt upp kontraktet p.g.a. tre månaders hyresskuld (ca 21 000 kr) och "
         "ärendet kan gå vidare till Kronofogden för avhysning om inget händer under september. "
         "Skulder hos Kronofogden sedan tidigare ca 180 000 kr (bl.a. sms-lån 2021–2022). "
         "Aktivitetsersättningen upphörde i juni; P. har nu bara bostadstillägg och har ansökt om "
         "ekonomiskt bistånd i augusti. Ingen sysselsättning. Brodern K. bor i Kiruna och träffar "
         "P. ungefär varannan vecka.")
    pair("Hälsa / läkemedel",
         "Schizofreni. Depåinjektion paliperidon var 14:e dag. Rökare, 20 cig/dag. "
         "Viktökning 12 kg senaste året – somatisk kontroll på Hälsocentralen Kiruna planerad i höst.",
         "Boende",
         "Hyresrätt 1 rok i Kiruna. Uppsagd p.g.a. hyresskuld, kvar i lägenheten tills vidare. "
         "Städning eftersatt enligt brodern.")
    pair("Ekonomi",
         "Skulder hos KFM ca 180 tkr. Hyresskuld ca 21 tkr. Inkomst: bostadstillägg. "
         "Ansökan om ekonomiskt bistånd inkommen 2025-08-14.",
         "Sysselsättning / nätverk",
         "Ingen sysselsättning sedan 2023. Bror K. Inga andra kontakter. Har tidigare provat "
         "Träffpunkten Kiruna men slutade.")
    pair("Risker / kris- och beredskapsplan",
         "Vid tecken på försämring (sömnlöshet, misstänksamhet) kontaktar boendestödet eller "
         "brodern mottagningen samma dag. Kväll/helg: 1177 eller akuten Kiruna sjukhus.",
         "Tidigare SIP",
         "Nej")
    full("Frågeställningar inför mötet",
         "1. Kan en avbetalningsplan med hyresvärden göras innan ärendet går till Kronofogden, och "
         "vem hjälper P. med det?  2. Vem hjälper P. att ansöka om skuldsanering?  3. Behöver P. god "
         "man för ekonomin, och vem gör i så fall ansökan till överförmyndaren?")
    pair("Den enskildes mål (med egna ord)", "",
         "Den enskildes delaktighet / synpunkter", "☐ Deltog   ☐ Deltog ej\nSynpunkter:")
    pair("Samtycke", "☐ Muntligt   ☐ Skriftligt     Datum: ÅÅÅÅ-MM-DD",
         "Hjälpmedel / kommunikation", "–")

    # Insatser table
    pdf.set_font("DV", "B", 6)
    pdf.cell(0, 3, "Insatser (kommun och region)", new_x="LMARGIN", new_y="NEXT")
    cols = [70, 60, 28, 36]
    head = ["Insats", "Ansvarig verksamhet / funktion", "Start", "Klart / tid"]
    rows = [
        ("Depåinjektion var 14:e dag samt stödsamtal om ekonomi och vardag",
         "Sjuksköterska, Psykiatrin Kiruna", "Pågår", "Nästa 2025-09-04"),
        ("Läkarbesök, översyn av medicinering och vikt",
         "Läkare, Psykiatrin Kiruna", "2025-09-23", "–"),
        ("Ansökan om god man till överförmyndaren",
         "Socialsekreterare vuxen, Socialtjänsten Kiruna", "2025-09-01", "Senast 2025-09-15"),
        ("Kontakt med hyresvärden om avbetalningsplan; stöd i ansökan om skuldsanering hos KFM",
         "Budget- och skuldrådgivare, Kiruna kommun", "2025-09-03", "Ansökan senast 2025-10-31"),
        ("Beslut om ekonomiskt bistånd för augusti–september inkl. hyra",
         "Socialsekreterare, Försörjningsstöd Kiruna", "2025-09-02", "2025-09-05"),
        ("Boendestöd 2 ggr/vecka: posten, räkningar, städning",
         "Boendestödet, Socialpsykiatrin Kiruna kommun", "2025-09-08", "Tills vidare"),
    ]

    def trow(vals, bold=False, fill=False):
        pdf.set_font("DV", "B" if bold else "", 6 if bold else 6.5)
        hs = [len(pdf.multi_cell(w - 1, LH, v, dry_run=True, output="LINES")) for w, v in zip(cols, vals)]
        h = max(hs) * LH + 1
        y = pdf.get_y()
        x = pdf.l_margin
        for w, v in zip(cols, vals):
            if fill:
                pdf.set_fill_color(232, 236, 242)
                pdf.rect(x, y, w, h, style="DF")
            else:
                pdf.rect(x, y, w, h)
            pdf.set_xy(x + 0.5, y + 0.5)
            pdf.multi_cell(w - 1, LH, v, align="L")
            x += w
        pdf.set_xy(pdf.l_margin, y + h)

    trow(head, bold=True, fill=True)
    for r in rows:
        trow(r)
    pdf.ln(1.2)

    full("Andra aktörers insatser (FK, AF, god man, närstående, den enskilde)",
         "Försäkringskassan, handläggare: utreder rätt till sjukersättning; läkarintyg från "
         "Psykiatrin Kiruna skickat 2025-08-20, beslut väntas i oktober.\n"
         "Bror K.: följer med P. till hyresvärden 2025-09-05 för att prata om hyresskulden.\n"
         "P. själv: lämnar oöppnad post till boendestödjaren varje måndag.")
    pair("Huvudansvarig för planen", "Psykiatrin Kiruna",
         "Uppföljning", "Vecka 38")
    full("Deltagare (namn, funktion, verksamhet)", "")
    pair("Planen upprättad i system", "NorrSam 2025-08-28",
         "Kopia till", "Den enskilde, deltagande verksamheter")
    pdf.output(os.path.join(OUT, PREFIX + "02.pdf"))


# ======================================================================
# 03  Semicolon export saved as text (UTF-8, LF) - youth, cannabis, Gällivare
# ======================================================================
def plan03():
    fields = [
        ("Dokumenttyp", "Samordnad individuell plan (SIP)"),
        ("Enhet", "Socialtjänsten Gällivare, Barn och familj"),
        ("Exportdatum", "2025-04-10 08:51"),
        ("Mötesdatum", "2025-04-09"),
        ("Mötesplats", "Socialkontoret Gällivare, rum Dundret"),
        ("Namn", "Elias"),
        ("Personnummer", "XXXXXX-XXXX"),
        ("Ålder", "17 år"),
        ("Vårdnadshavare", "Mamma Sara"),
        ("Bakgrund",
         "Elias går första året på el- och energiprogrammet på gymnasiet i Gällivare. "
         "Sedan hösten 2024 har han haft hög frånvaro, ca 60 % under vårterminen. / "
         "Orosanmälan från skolan inkom 2025-02-14 efter att Elias varit påverkad på en lektion. "
         "Positivt urinprov för cannabis i februari. / "
         "Elias har haft kontakt med Beroendemottagningen Gällivare sedan mars. "
         "Mamma beskriver att han sover på dagarna och är ute på nätterna."),
        ("Syfte",
         "Syftet med SIP är att Elias ska få samordnat stöd från socialtjänsten, "
         "Beroendemottagningen och skolan för att sluta använda cannabis och komma tillbaka "
         "till skolan, och att alla vet vem som gör vad."),
        ("Frågeställningar", ""),
        ("Den enskildes mål",
         "Målet är att Elias ska vara drogfri och ha minst 80 % närvaro i skolan vid "
         "terminsstarten i augusti."),
        ("Delaktighet",
         "Elias vill inte ha fler samtal på socialkontoret men kan tänka sig att fortsätta "
         "på Beroendemottagningen. Han vill inte att skolan ska ringa mamma varje gång han är borta."),
        ("Samtycke",
         "Elias och vårdnadshavare (mamma) har lämnat skriftligt samtycke på blankett, "
         "undertecknad 2025-04-07 vid besök hos socialsekreteraren."),
        ("Insatser",
         "1) Urinprov och MI-samtal 1 ggr/v - Beroendemottagningen Gällivare, behandlare - "
         "från v. 16 / "
         "2) Öppenvårdsbehandling ungdom, samtal med Elias och mamma 1 ggr/v - Socialtjänsten "
         "Gällivare, familjebehandlare - start 2025-04-22 / "
         "3) Anpassad studiegång och närvarokontroll varje morgon - Gymnasieskolan Gällivare, mentor"),
        ("Nätverk", "Mamma är ett viktigt stöd. Pappa bor i Kiruna."),
        ("Huvudansvarig", ""),
        ("Uppföljning", ""),
        ("Deltagare", ""),
        ("Bilagor", "Inga"),
        ("Status", "Fastställd"),
    ]
    lines = ["Fält;Värde"]
    for k, v in fields:
        assert "\n" not in v and ";" not in v, k
        lines.append(f"{k};{v}")
    with open(os.path.join(OUT, PREFIX + "03.txt"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")


# ======================================================================
# 04  Markdown with "1)" headings and bold-actor bullets - child, Jokkmokk
# ======================================================================
def plan04():
    md = """# SIP – Maja, 13 år

**Datum:** 2025-02-06
**Plats:** Jokkmokks skola, högstadiet, konferensrummet
**Närvarande:** Maja, Anna (mamma), Tomas (pappa), Lina, Petra, Jonas, Sofia

## 1) Bakgrund

Maja går i åk 7. Sedan jullovet har hon varit i skolan sammanlagt nio dagar. Hon får ont i
magen och mår illa på morgnarna, och vid skolstarten i januari grät hon och ville inte gå in.
Bytet till högstadiet i augusti med nya klasskamrater och den stora matsalen har varit svårt.
Hälsocentralen Jokkmokk har undersökt magen (besök 2025-01-21) utan fynd och skickat remiss
till BUP, som har tagit emot den. Mamma och pappa har turats om att vara hemma från jobbet.

## 2) Syfte

Att få en gemensam bild.

## 3) Frågor till mötet

- Hur kan Maja komma tillbaka till skolan steg för steg, och vad behöver skolan ändra på?
- Kan BUP börja med behandling för ångesten redan nu, innan bedömningen är klar?
- Behöver familjen stöd från socialtjänsten?

## 4) Majas mål

Maja sa på mötet: *”Jag vill kunna gå till skolan utan att må illa varje morgon. Och jag vill
hinna göra klart min slöjd innan sommaren.”*

## 5) Majas delaktighet

Maja var med den första halvtimmen tillsammans med mamma och pappa, sedan gick hon ut och
väntade i kafeterian. Hon vill börja med en lektion om dagen och vill inte äta i stora
matsalen. Hon vill inte att klassen ska få veta varför hon har varit borta.

## 6) Insatser – vem gör vad och när

- **Mentor:** gör ett anpassat schema, första veckan en lektion per dag (slöjd), två lektioner
  per dag från vecka 8 om det fungerar. Start måndag 2025-02-10.
- **Kurator, elevhälsan:** samtal med Maja varje tisdag kl. 09.00 i kuratorsrummet, från
  2025-02-11.
- **Skolsköterska:** ordnar så att Maja kan äta lunch i elevhälsans lilla rum, från 2025-02-10.
- **BUP Gällivare, behandlare:** bedömningssamtal och KBT för ångest via videolänk från
  hälsocentralen i Jokkmokk, första tid 2025-02-19.
- **Socialtjänsten Jokkmokk, familjebehandlare:** erbjuder föräldrastöd till mamma och pappa.
- **Mamma och pappa:** väcker Maja kl. 07.00 och skjutsar henne till skolan varje morgon;
  ringer mentor före kl. 08.00 om det inte går.
- **Maja:** säger till kuratorn om något i schemat inte fungerar.

## 7) Huvudansvar

Skolan (Jokkmokks kommun).

---
*Antecknat av Lina. Skickas till vårdnadshavare och deltagare.*
"""
    with open(os.path.join(OUT, PREFIX + "04.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(md)


# ======================================================================
# 05  Follow-up with "Del | Tidigare plan | Nu" (docx) - LSS autism, Arvidsjaur
# ======================================================================
def plan05():
    d = new_doc("Arvidsjaurs kommun", "Uppföljning SIP")
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Arvidsjaurs kommun – Socialförvaltningen, LSS"
    hp.runs[0].font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.add_run("Uppföljning SIP 2025-09-16 – sida ").font.size = Pt(8)
    add_page_field(fp, "PAGE")

    d.add_heading("Uppföljning av samordnad individuell plan (SIP)", level=1)
    tb = d.add_table(rows=4, cols=2)
    tb.style = "Table Grid"
    info = [("Namn", "Jonas"), ("Personnummer", "ÅÅMMDD-XXXX"),
            ("Mötesdatum", "2025-09-16, Socialkontoret Arvidsjaur"),
            ("Tidigare plan", "SIP upprättad 2025-03-04")]
    for i, (a, b) in enumerate(info):
        cell_text(tb.cell(i, 0), a, bold=True)
        cell_text(tb.cell(i, 1), b)

    d.add_heading("Vad har hänt sedan förra planen", level=2)
    d.add_paragraph(
        "Jonas är 24 år och har autism och lindrig intellektuell funktionsnedsättning. Han bor i "
        "egen lägenhet i Arvidsjaur. Under sommaren har kvällarna blivit svårare: han har ringt "
        "larmet flera gånger per natt, sover dåligt och har varit borta från sin sysselsättning "
        "ungefär två dagar i veckan. Personalen beskriver att han blir orolig när det kommer ny "
        "personal han inte känner. Mamma berättar att han ringer henne sent på kvällarna."
    )

    # landscape section for the comparison table
    new = d.add_section()
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = sec.page_height, sec.page_width
    new.left_margin = new.right_margin = Cm(2)
    d.add_heading("Jämförelse med tidigare plan", level=2)
    rows = [
        ("Syfte", "Samordning av stöd.", "Oförändrat."),
        ("Frågeställningar", "Hur fungerar dagarna?",
         "Hur kan kvällarna bli lugnare så att Jonas slipper ringa larmet flera gånger per natt? "
         "Behöver sömnen utredas, och i så fall av habiliteringen eller av Hälsocentralen Arvidsjaur?"),
        ("Den enskildes mål", "Att Jonas ska ha en fungerande vardag.",
         "Målet är att Jonas ska kunna sova hela nätter och orka gå till sin sysselsättning "
         "fyra dagar i veckan."),
        ("Jonas delaktighet", "Jonas deltog med stöd av personal.",
         "Jonas deltog inte i mötet. Stora möten med många personer blir för mycket för honom."),
        ("Insatser", "Stöd enligt LSS-beslut. Kontakt med habiliteringen.",
         "Fortsatt stöd enligt beslut. Stöd vid behov kvällstid. Fortsatt kontakt med "
         "habiliteringen."),
        ("Vem gör vad och när", "Enligt bilaga till SIP 2025-03-04.", "Som tidigare."),
        ("Huvudansvar", "LSS-handläggare, Arvidsjaurs kommun",
         "LSS-handläggare Karin, Socialförvaltningen Arvidsjaurs kommun (ny handläggare sedan augusti)."),
        ("Andra aktörer", "–", "God man finns och var med på mötet."),
        ("Uppföljning", "2025-09-16", "Nästa uppföljning 2025-12-09 kl. 13.00 på Socialkontoret Arvidsjaur."),
        ("Deltagare", "Jonas, LSS-handläggare, personal, mamma",
         "LSS-handläggare, boendestödjare, sjuksköterska, god man, mamma"),
    ]
    tb = d.add_table(rows=2 + len(rows), cols=3)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    top = tb.cell(0, 0).merge(tb.cell(0, 2))
    cell_text(top, "SIP Jonas – förändringar vid uppföljning 2025-09-16", bold=True)
    shade(top, "BFBFBF")
    hdr = tb.rows[1]
    for c, lab in zip(hdr.cells, ["Del", "Tidigare plan", "Nu"]):
        cell_text(c, lab, bold=True)
        shade(c, "D9D9D9")
    repeat_header(tb.rows[0])
    repeat_header(hdr)
    for i, (a, b, c) in enumerate(rows, start=2):
        cell_text(tb.cell(i, 0), a, bold=True)
        cell_text(tb.cell(i, 1), b)
        cell_text(tb.cell(i, 2), c)
    widths = [Cm(4.5), Cm(8), Cm(12.5)]
    for row in tb.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    p.add_run("Anteckningar fördes av LSS-handläggaren. Planen skickas till deltagarna.").italic = True
    save_doc(d, PREFIX + "05.docx")


# ======================================================================
# 06  Floating text box "Viktiga datum" (docx) - discharge psych inpatient, Gällivare
# ======================================================================
NS_DECL = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
)


def textbox_run(lines, cx=2160000, cy=2150000):
    paras = []
    for i, (txt, bold) in enumerate(lines):
        b = "<w:b/>" if bold else ""
        sz = '<w:sz w:val="22"/>' if i == 0 else '<w:sz w:val="19"/>'
        paras.append(
            '<w:p><w:pPr><w:spacing w:after="60"/></w:pPr>'
            f'<w:r><w:rPr>{b}{sz}</w:rPr><w:t xml:space="preserve">{txt}</w:t></w:r></w:p>'
        )
    xml = f"""<w:r {NS_DECL}><w:drawing>
<wp:anchor distT="45720" distB="45720" distL="182880" distR="0" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/>
<wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>
<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>
<wp:extent cx="{cx}" cy="{cy}"/>
<wp:effectExtent l="0" t="0" r="0" b="0"/>
<wp:wrapSquare wrapText="left"/>
<wp:docPr id="2" name="Textruta 2"/>
<wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp>
<wps:cNvSpPr txBox="1"/>
<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
<a:solidFill><a:srgbClr val="FFF2CC"/></a:solidFill>
<a:ln w="12700"><a:solidFill><a:srgbClr val="7F6000"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{''.join(paras)}</w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>
</wps:wsp>
</a:graphicData></a:graphic>
</wp:anchor></w:drawing></w:r>"""
    return parse_xml(xml)


def plan06():
    d = new_doc("Region Norrbotten", "SIP utskrivning")
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Region Norrbotten – Psykiatriska slutenvården Gällivare\tGällivare kommun"
    for r in hp.runs:
        r.font.size = Pt(9)

    d.add_heading("Samordnad individuell plan – inför utskrivning från slutenvård", level=1)
    # anchor paragraph holding the floating text box
    p = d.add_paragraph()
    p._p.append(textbox_run([
        ("Viktiga datum", True),
        ("Utskrivning från avdelningen:", True),
        ("2025-05-27", False),
        ("Start boendestöd:", True),
        ("2025-05-28", False),
        ("Uppföljning av SIP:", True),
        ("2025-06-17 kl. 13.00, Psykiatriska öppenvården Gällivare", False),
    ]))
    p.add_run("Namn: ").bold = True
    p.add_run("R.")
    p2 = d.add_paragraph()
    p2.add_run("Personnummer: ").bold = True
    p2.add_run("ÅÅMMDD-XXXX")
    p3 = d.add_paragraph()
    p3.add_run("Mötesdatum: ").bold = True
    p3.add_run("2025-05-20, samtalsrummet på avdelningen")
    p4 = d.add_paragraph()
    p4.add_run("Bostadsort: ").bold = True
    p4.add_run("Malmberget, Gällivare kommun")

    d.add_heading("Bakgrund", level=2)
    d.add_paragraph(
        "R. är 38 år och har bipolär sjukdom typ 1. Han vårdas sedan 2025-05-05 på Psykiatriska "
        "slutenvården Gällivare efter ett maniskt skov; vården inleddes enligt LPT och övergick "
        "till frivillig vård 2025-05-12. Han har stabiliserats på litium och sover nu 6–7 timmar "
        "per natt. Under skovet har han inte betalat räkningar för maj och lägenheten är stökig. "
        "Efter förra utskrivningen 2024 fanns inget stöd på plats de första veckorna och han "
        "lades in igen efter en månad."
    )

    d.add_heading("Syfte", level=2)
    d.add_paragraph(
        "Syftet är att R. ska kunna skrivas ut till sin lägenhet i Malmberget med ett stöd som "
        "finns på plats redan första veckan, så att han inte blir sjuk igen och behöver läggas "
        "in på nytt som efter förra utskrivningen."
    )

    d.add_heading("Frågeställningar", level=2)
    d.add_paragraph("Diskutera läget inför utskrivningen.")

    d.add_heading("Mål", level=2)
    d.add_paragraph(
        "Målet är att R. ska kunna bo kvar i sin lägenhet och på sikt komma tillbaka till arbetet."
    )

    d.add_heading("R:s delaktighet", level=2)
    d.add_paragraph(
        "R. deltog på mötet. Han vill helst träffa sjuksköterskan på mottagningen i stället för "
        "att få hembesök, och han vill inte ha fler än två olika personer från boendestödet."
    )

    d.add_heading("Samtycke", level=2)
    d.add_paragraph("Samtycke finns.")

    d.add_heading("Insatser", level=2)
    ins = [
        ("Utskrivning; recept och aktuell läkemedelslista med hem",
         "Psykiatriska slutenvården Gällivare, ansvarig läkare", "2025-05-27"),
        ("Besök hos sjuksköterska på mottagningen, därefter varje onsdag",
         "Psykiatriska öppenvården Gällivare, sjuksköterska", "Första besök 2025-05-28 kl. 10.00"),
        ("Provtagning S-litium", "Psykiatriska öppenvården Gällivare, sjuksköterska", "2025-06-03"),
        ("Boendestöd 3 ggr/vecka: dygnsrytm, inköp, städning (två fasta boendestödjare)",
         "Socialpsykiatrin Gällivare kommun, boendestödjare", "Från 2025-05-28"),
        ("Genomgång av obetalda räkningar för maj, ev. ansökan om ekonomiskt bistånd",
         "Vuxenenheten, Socialtjänsten Gällivare, socialsekreterare", "Senast 2025-06-05"),
    ]
    tb = d.add_table(rows=1 + len(ins), cols=3)
    tb.style = "Light Grid Accent 1"
    header_row(tb, ["Insats", "Vem (verksamhet, funktion)", "När"], fill="DEEAF6")
    for i, row in enumerate(ins, start=1):
        for j, v in enumerate(row):
            cell_text(tb.cell(i, j), v, size=9.5)

    d.add_heading("Huvudansvar för SIP", level=2)
    d.add_paragraph("Gällivare kommun.")

    d.add_heading("Uppföljning", level=2)
    d.add_paragraph("Se rutan Viktiga datum.")

    d.add_heading("Deltagare", level=2)
    for t in [
        "R.",
        "Överläkare, Psykiatriska slutenvården Gällivare",
        "Sjuksköterska, Psykiatriska slutenvården Gällivare",
        "Sjuksköterska, Psykiatriska öppenvården Gällivare",
        "Socialsekreterare, Vuxenenheten Socialtjänsten Gällivare",
        "Boendestödjare, Socialpsykiatrin Gällivare kommun",
    ]:
        d.add_paragraph(t, style="List Bullet")
    save_doc(d, PREFIX + "06.docx")


# ======================================================================
# 07  Two-page PDF via LibreOffice, "Insatser (forts.)" on page 2 - Kiruna
# ======================================================================
def plan07(tmpdir):
    d = new_doc("Hälsocentralen Kiruna", "SIP Lena")
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin = Cm(2.0)
    hp = sec.header.paragraphs[0]
    hp.text = "SIP – Lena\tHälsocentralen Kiruna / Kiruna kommun"
    for r in hp.runs:
        r.font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.add_run("Sida ").font.size = Pt(8)
    add_page_field(fp, "PAGE")
    fp.add_run(" av ").font.size = Pt(8)
    add_page_field(fp, "NUMPAGES")

    d.add_heading("Samordnad individuell plan", level=1)
    tb = d.add_table(rows=2, cols=4)
    tb.style = "Table Grid"
    vals = [("Namn", "Lena", "Personnummer", "XXXXXX-XXXX"),
            ("Mötesdatum", "2025-04-15", "Plats", "Hälsocentralen Kiruna")]
    for i, row in enumerate(vals):
        for j, v in enumerate(row):
            cell_text(tb.cell(i, j), v, bold=(j % 2 == 0))
            if j % 2 == 0:
                shade(tb.cell(i, j), "EDEDED")
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(6)
    p.add_run("Närvarande: ").bold = True
    p.add_run("enligt kallelse daterad 2025-04-01 (se journalanteckning).")

    d.add_heading("Bakgrund", level=2)
    d.add_paragraph(
        "Lena är 46 år och bor i Kiruna med två barn, 12 och 15 år. Hon har arbetat som "
        "lokalvårdare på ett städföretag i tolv år. Hon är sjukskriven på heltid sedan 2024-11-04 "
        "för depression och utmattning. Hon har behandlats med sertralin sedan december och har "
        "haft stödsamtal på hälsocentralen, men sömnen är fortfarande dålig och hon orkar lite "
        "utöver det allra nödvändigaste hemma."
    )
    d.add_paragraph(
        "Försäkringskassan drog in sjukpenningen från 2025-03-10 med motiveringen att hon bedöms "
        "kunna ta ett annat arbete på normalt förekommande arbetsmarknad. Lena har begärt "
        "omprövning. Sedan mars har hon ekonomiskt bistånd från Socialtjänsten Kiruna. Hon "
        "oroar sig mycket för ekonomin och för att hon inte räcker till för barnen."
    )
    d.add_heading("Nuläge", level=2)
    d.add_paragraph(
        "Lena beskriver att hon sover 4–5 timmar per natt och vaknar tidigt med ångest. Hon "
        "promenerar ibland med hunden. Kontakten med arbetsgivaren har varit sporadisk; "
        "närmaste chef har hört av sig två gånger sedan jul. Psykiatrin Kiruna har gjort en "
        "bedömning 2025-03-27 och rekommenderar KBT-behandling."
    )

    d.add_heading("Lenas mål", level=2)
    d.add_paragraph(
        "”Jag vill orka jobba halvtid igen till hösten och kunna vara med barnen på kvällarna "
        "utan att somna i soffan.”"
    )
    d.add_heading("Lenas delaktighet", level=2)
    d.add_paragraph(
        "Lena var med på hela mötet. Hon vill vänta med kontakten med Arbetsförmedlingen till "
        "efter sommaren och vill helst ha sina samtal på eftermiddagen, när barnen är i skolan."
    )
    d.add_heading("Samtycke", level=2)
    d.add_paragraph("Lena har samtyckt till SIP.")

    head = ["Insats", "Ansvarig", "När"]
    part1 = [
        ("Läkarbesök: sjukskrivning och uppföljning av sertralin",
         "Läkare, Hälsocentralen Kiruna", "2025-04-29"),
        ("Rehabkoordinering: kontakt med arbetsgivaren och FK, förbereder avstämningsmöte",
         "Rehabkoordinator, Hälsocentralen Kiruna", "Avstämningsmöte 2025-05-13"),
        ("KBT-behandling för depression, 12 tillfällen",
         "Psykolog, Psykiatrin Kiruna (öppenvård)", "–"),
    ]
    part2 = [
        ("Ekonomiskt bistånd under tiden omprövningen pågår, hjälp med månadsansökan",
         "Socialsekreterare, Försörjningsstöd Socialtjänsten Kiruna", "Nästa beslut 2025-05-05"),
        ("Sömnskola i grupp, 4 träffar",
         "Distriktssköterska, Hälsocentralen Kiruna", "Start 2025-05-07"),
        ("Omprövning av beslut om sjukpenning; deltar i avstämningsmötet",
         "Försäkringskassan, handläggare", "2025-05-13"),
        ("Deltar i avstämningsmötet och undersöker anpassade arbetsuppgifter på halvtid",
         "Arbetsgivaren, närmaste chef", "2025-05-13"),
        ("Kartläggning inför arbetsträning",
         "Arbetsförmedlingen, handläggare", "Första möte 2025-08-19"),
        ("Promenad 30 min varje dag; för sömndagbok och tar med till psykologen",
         "Lena själv", "Från 2025-04-16"),
    ]

    def ins_table(rows):
        t = d.add_table(rows=1 + len(rows), cols=3)
        t.style = "Table Grid"
        header_row(t, head)
        for i, row in enumerate(rows, start=1):
            for j, v in enumerate(row):
                cell_text(t.cell(i, j), v)
        for row in t.rows:
            for c, w in zip(row.cells, [Cm(7.5), Cm(5.5), Cm(3.5)]):
                c.width = w
        return t

    d.add_heading("Insatser", level=2)
    ins_table(part1)
    br = d.add_paragraph()
    br.add_run().add_break(WD_BREAK.PAGE)
    d.add_heading("Insatser (forts.)", level=2)
    ins_table(part2)

    d.add_heading("Huvudansvarig", level=2)
    d.add_paragraph("Rehabkoordinator Eva, Hälsocentralen Kiruna.")
    d.add_heading("Uppföljning", level=2)
    d.add_paragraph("Planen följs upp efter sommaren, i september. Rehabkoordinatorn kallar.")
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(18)
    p.add_run("Planen skickas till Lena och till de verksamheter som har insatser.").italic = True

    src = os.path.join(tmpdir, PREFIX + "07.docx")
    d.save(src)
    profile = "file:///tmp/lo-" + PREFIX.rstrip("-")
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", tmpdir, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180,
    )
    shutil.copyfile(os.path.join(tmpdir, PREFIX + "07.pdf"), os.path.join(OUT, PREFIX + "07.pdf"))


# ======================================================================
# 08  NOT a SIP: newsletter from a daily activity centre, Kiruna
# ======================================================================
def plan08():
    d = new_doc("Dagliga verksamheten Kiruna", "Nyhetsbrev oktober 2025")
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Kiruna kommun – Dagliga verksamheten"
    hp.runs[0].font.size = Pt(9)
    t = d.add_heading("Nyhetsbrev – Dagliga verksamheten Kiruna", level=0)
    sub = d.add_paragraph()
    r = sub.add_run("Oktober 2025")
    r.bold = True
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)

    d.add_heading("Nytt sedan sist", level=1)
    d.add_paragraph(
        "Nu har vi bott in oss i de nya lokalerna i nya centrum! Snickeriet har fått större "
        "verkstad och en ny bandsåg, och textilgruppen har egna fönster mot torget. Tack till alla "
        "som hjälpte till med flytten i augusti."
    )
    d.add_paragraph(
        "Kaféet Norrsken öppnar för allmänheten tisdag–torsdag kl. 10–14 från 2025-10-07. "
        "Kaffegruppen bakar själva och tar gärna emot beställningar på kanelbullar till möten."
    )
    d.add_paragraph(
        "Snickeriet har fått en beställning på 40 fågelholkar från Kiruna kyrkas församling. "
        "De ska levereras före första advent."
    )

    d.add_heading("Aktiviteter i oktober", level=1)
    act = [
        ("Tisdag 7/10", "Kaféet öppnar – invigning med tårta kl. 10"),
        ("Torsdag 9/10", "Bowling i Kiruna, samling kl. 13 vid entrén"),
        ("Onsdag 15/10", "Norrskenspromenad vid Luossavaara, kl. 18 (om det är klart väder)"),
        ("Måndagar", "Sittgympa kl. 9.30 i stora rummet"),
        ("Fredag 24/10", "Höstfest med musikquiz och tacobuffé, kl. 12–15"),
        ("Torsdag 30/10", "Studiebesök hos Räddningstjänsten"),
    ]
    tb = d.add_table(rows=1 + len(act), cols=2)
    tb.style = "Light List Accent 1"
    header_row(tb, ["När", "Vad"], fill="DEEAF6")
    for i, (a, b) in enumerate(act, start=1):
        cell_text(tb.cell(i, 0), a)
        cell_text(tb.cell(i, 1), b)

    d.add_heading("Personal", level=1)
    d.add_paragraph(
        "Vi hälsar Sara välkommen som ny handledare i snickeriet från 1 oktober. Sara kommer "
        "närmast från en verkstad i Gällivare och har jobbat med trä i många år."
    )
    d.add_paragraph(
        "Mikko går på föräldraledighet från november till mars. Under tiden är Anja ansvarig "
        "för textilgruppen."
    )
    d.add_paragraph(
        "Enhetschefen nås via växeln, måndag–fredag. Har du frågor om ditt beslut om daglig "
        "verksamhet kontaktar du din LSS-handläggare."
    )

    d.add_heading("Kom ihåg", level=1)
    for t in ["Nu blir det kallt – ta med varma kläder och reflexväst till promenaderna.",
              "Anmäl dig till höstfesten senast 17/10 på listan i fikarummet.",
              "Glöm inte att ta med matlåda på onsdagar, då är lunchrestaurangen stängd."]:
        d.add_paragraph(t, style="List Bullet")
    end = d.add_paragraph()
    end.paragraph_format.space_before = Pt(12)
    end.add_run("Hälsningar från alla oss på Dagliga verksamheten Kiruna!").italic = True
    save_doc(d, PREFIX + "08.docx")


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.startswith(PREFIX):
            os.remove(os.path.join(OUT, f))
    plan01()
    plan02()
    plan03()
    plan04()
    plan05()
    plan06()
    with tempfile.TemporaryDirectory() as tmp:
        plan07(tmp)
    plan08()
    print("\n".join(sorted(os.listdir(OUT))))


if __name__ == "__main__":
    main()
