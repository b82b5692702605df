#!/usr/bin/env python
"""Generate the f76b batch of fictional SIP documents (Värmland west / Dalsland).

Run with /work/batches/.venv/bin/python generate.py
Writes plans/f76b-01.pdf ... plans/f76b-08.docx. Deterministic content; zip entry
dates and PDF creation dates are fixed. f76b-07.pdf is printed with LibreOffice.
"""
import datetime as dt
import os
import shutil
import subprocess
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
BUILD = os.path.join(HERE, "build")
PREFIX = "f76b-"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIXED = dt.datetime(2025, 1, 1, 0, 0, 0, tzinfo=dt.timezone.utc)


def out(n, ext):
    return os.path.join(OUT, f"{PREFIX}{n:02d}.{ext}")


def normalize_zip(path):
    """Rewrite a .docx with fixed entry dates so reruns give identical bytes."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    os.replace(tmp, path)


def save_docx(doc, path):
    cp = doc.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.created = dt.datetime(2025, 1, 1, 0, 0, 0)
    cp.modified = dt.datetime(2025, 1, 1, 0, 0, 0)
    cp.revision = 1
    doc.save(path)
    normalize_zip(path)


def set_cell_shading(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def mark_header_row(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


def base_font(doc, name="Calibri", size=11):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), name)


def set_col_widths(table, widths):
    """Fixed column widths that both Word and LibreOffice respect."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = w


def add_page_number_field(paragraph):
    run = paragraph.add_run()
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1)
    run._r.append(it)
    run._r.append(f2)


# ---------------------------------------------------------------------------
# 01  Record print (fpdf2): value left, label right in a narrow grey column.
#     Säffle, adult man with psychosis, debts and eviction risk.
# ---------------------------------------------------------------------------
class RecordPDF(FPDF):
    def header(self):
        self.set_font("dv", "", 7.5)
        self.set_text_color(60, 60, 60)
        self.cell(95, 4, "Journalsystem Region Värmland  ·  Utskrift", align="L")
        self.cell(0, 4, f"Sida {self.page_no()} ({{nb}})", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.cell(95, 4, "Utskriven av: sjuksköterska, Psykiatrin Arvika", align="L")
        self.cell(0, 4, "Utskriftsdatum 2025-04-09 14:32", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.cell(95, 4, "Patient: J., ÅÅMMDD-XXXX", align="L")
        self.cell(0, 4, "Journaltyp: Samordnad individuell plan", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(120, 120, 120)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("dv", "", 7)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Utskriften är en kopia av journalanteckning. Signerad 2025-04-08.",
                  align="C")
        self.set_text_color(0, 0, 0)


def rec_field(pdf, value, label, bold=False):
    """Value in a wide left cell, label in a narrow grey column to its right."""
    label_w = 38
    gap = 2
    value_w = pdf.w - pdf.l_margin - pdf.r_margin - label_w - gap
    lh = 5
    pdf.set_font("dv", "B" if bold else "", 9.5)
    lines = pdf.multi_cell(value_w, lh, value, dry_run=True, output="LINES") if value else [""]
    h = max(len(lines), 1) * lh + 2
    if pdf.get_y() + h > pdf.h - pdf.b_margin:
        pdf.add_page()
    x0, y0 = pdf.l_margin, pdf.get_y()
    # label column first (grey background, right)
    pdf.set_fill_color(217, 217, 217)
    pdf.rect(x0 + value_w + gap, y0, label_w, h, style="F")
    pdf.set_xy(x0 + value_w + gap + 1.5, y0 + 1)
    pdf.set_font("dv", "", 7.5)
    pdf.set_text_color(70, 70, 70)
    pdf.multi_cell(label_w - 3, 3.6, label, align="L")
    pdf.set_text_color(0, 0, 0)
    # value
    pdf.set_xy(x0, y0 + 1)
    pdf.set_font("dv", "B" if bold else "", 9.5)
    if value:
        pdf.multi_cell(value_w, lh, value, align="L")
    pdf.set_draw_color(200, 200, 200)
    pdf.line(x0, y0 + h, x0 + value_w + gap + label_w, y0 + h)
    pdf.set_xy(x0, y0 + h + 0.8)


def rec_section(pdf, title):
    if pdf.get_y() + 14 > pdf.h - pdf.b_margin:
        pdf.add_page()
    pdf.ln(2)
    pdf.set_font("dv", "B", 10.5)
    pdf.cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.5)


def make_01():
    pdf = RecordPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.add_font("dv", "", FONT)
    pdf.add_font("dv", "B", FONT_B)
    pdf.set_margins(16, 14, 16)
    pdf.set_auto_page_break(True, margin=18)
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("dv", "B", 13)
    pdf.cell(0, 7, "Samordnad individuell plan (SIP)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 9)
    pdf.cell(0, 5, "Psykiatrin Arvika, psykosteamet  –  i samverkan med Säffle kommun",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)

    rec_section(pdf, "Uppgifter om mötet")
    rec_field(pdf, "2025-04-08 kl 13.00–14.30, Säffle kommunhus, sammanträdesrum Byälven", "Datum och plats")
    rec_field(pdf, "Första SIP-mötet", "Typ av möte")
    rec_field(pdf, "J., 34 år, ensamboende i hyreslägenhet i Säffle", "Person")
    rec_field(pdf, "Finns", "Samtycke")
    rec_field(pdf,
              "J. deltog på mötet tillsammans med sin gode man.",
              "Den enskildes deltagande")

    rec_section(pdf, "Bakgrund och syfte")
    rec_field(pdf,
              "J. har diagnos schizofreni sedan 2019 och har kontakt med psykosteamet i Arvika. "
              "Under vintern har han missat flera återbesök och haft perioder med mer röstupplevelser. "
              "Hyresvärden har skickat en skriftlig varning om störningar och obetalda hyror "
              "(januari–mars). Det finns skulder hos Kronofogden, bl.a. för el och mobilabonnemang. "
              "J. har sedan 2025-03-20 en god man via överförmyndaren i Säffle. Han har ekonomiskt "
              "bistånd från IFO Vuxen Säffle sedan februari.",
              "Bakgrund / aktuell situation")
    rec_field(pdf,
              "Syftet med SIP är att psykiatrin, socialpsykiatrin och ekonomiska biståndet "
              "samordnar sina insatser kring J:s boende och skulder, eftersom hyresvärden har "
              "varnat för uppsägning och J. samtidigt har missat flera återbesök hos psykiatrin. "
              "Alla ska veta vem som gör vad så att inget faller mellan stolarna.",
              "Syfte med planen")
    rec_field(pdf, "", "Frågeställningar")

    rec_section(pdf, "Insatser")
    rows = [
        ("Boendestöd två gånger per vecka (måndag och torsdag förmiddag): stöd att öppna "
         "post, handla och hålla ordning i lägenheten.",
         "Socialpsykiatrin Säffle, boendestödjare",
         "Start 2025-04-14"),
        ("Ekonomiskt bistånd till hyra för april och maj prövas, hyresskulden för mars "
         "hanteras i kontakt med hyresvärden.",
         "IFO Vuxen Säffle, socialsekreterare ekonomiskt bistånd",
         "Beslut senast 2025-04-22"),
        ("Depåinjektion var fjortonde dag i stället för tabletter.",
         "Regionen",
         "Från 2025-04-15"),
        ("Läkarbesök för uppföljning av medicinering och biverkningar.",
         "Psykiatrin Arvika, psykosteamet, läkare",
         "2025-05-13"),
        ("Sms-påminnelse dagen före varje återbesök.",
         "Psykiatrin Arvika, psykosteamet, sjuksköterska",
         "Fortlöpande från 2025-04-09"),
        ("Hälsokontroll (blodtryck, vikt, blodsocker) med anledning av viktuppgång.",
         "Vårdcentralen Säffle, distriktssköterska",
         "2025-05-06"),
    ]
    for i, (what, who, when) in enumerate(rows, 1):
        if pdf.get_y() + 34 > pdf.h - pdf.b_margin:
            pdf.add_page()
        rec_field(pdf, what, f"Insats {i}")
        rec_field(pdf, who, "Ansvarig")
        rec_field(pdf, when, "Tidpunkt")
        pdf.ln(1)

    rec_section(pdf, "Andra aktörer")
    rec_field(pdf,
              "God man (Säffle, förordnad 2025-03-20): gör en skuldsammanställning och tar kontakt "
              "med Kronofogden om avbetalningsplan, klart senast 2025-05-31. Gode mannen betalar "
              "hyran via J:s konto från och med maj och följer med J. till "
              "budget- och skuldrådgivningen i Säffle kommun 2025-05-07.",
              "Övriga aktörers åtgärder")

    rec_section(pdf, "Ansvar och uppföljning")
    rec_field(pdf, "Socialpsykiatrin Säffle", "Huvudansvar för planen")
    rec_field(pdf, "2025-06-17 kl 13.00, Säffle kommunhus", "Nästa uppföljning")

    rec_section(pdf, "Deltagare")
    rec_field(pdf, "J.", "Den enskilde")
    rec_field(pdf, "Hans, god man", "Ställföreträdare")
    rec_field(pdf, "Sofia, sjuksköterska, Psykiatrin Arvika psykosteamet", "Region")
    rec_field(pdf, "Emir, läkare, Psykiatrin Arvika psykosteamet", "Region")
    rec_field(pdf, "Camilla, distriktssköterska, Vårdcentralen Säffle (deltog via Teams)", "Region")
    rec_field(pdf, "Peter, boendestödjare, Socialpsykiatrin Säffle", "Kommun")
    rec_field(pdf, "Linda, socialsekreterare, IFO Vuxen Säffle ekonomiskt bistånd", "Kommun")

    rec_section(pdf, "Signering")
    rec_field(pdf, "Sofia, sjuksköterska, Psykiatrin Arvika. Signerad 2025-04-08 16:05.", "Dokumenterad av")
    pdf.output(out(1, "pdf"))


# ---------------------------------------------------------------------------
# 02  Word plan with Heading 1 numbered automatically via numbering.xml.
#     Grums, 84-year-old man after hip fracture, discharge from orthopaedics.
# ---------------------------------------------------------------------------
def add_heading_numbering(doc):
    numbering = doc.part.numbering_part.element
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), "90")
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "singleLevel")
    absn.append(mlt)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:pStyle", "Heading1"),
                     ("w:lvlText", "%1."), ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "432")
    ind.set(qn("w:hanging"), "432")
    ppr.append(ind)
    lvl.append(ppr)
    absn.append(lvl)
    existing = numbering.findall(qn("w:abstractNum"))
    existing[-1].addnext(absn)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), "90")
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), "90")
    num.append(an)
    numbering.append(num)
    # link Heading 1 style to the list
    h1 = doc.styles["Heading 1"].element
    pPr = h1.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), "0")
    numId = OxmlElement("w:numId")
    numId.set(qn("w:val"), "90")
    numPr.append(ilvl)
    numPr.append(numId)
    pPr.insert(0, numPr)


def make_02():
    doc = Document()
    base_font(doc, "Calibri", 11)
    add_heading_numbering(doc)
    h1 = doc.styles["Heading 1"]
    h1.font.size = Pt(13)
    h1.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    hp = sec.header.paragraphs[0]
    hp.text = "Grums kommun / Region Värmland\tSamordnad individuell plan\t2025-02-11"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.add_run("Sida ").font.size = Pt(8)
    add_page_number_field(fp)

    t = doc.add_paragraph()
    r = t.add_run("Samordnad individuell plan – SIP")
    r.bold = True
    r.font.size = Pt(18)
    info = doc.add_table(rows=3, cols=4)
    info.style = "Table Grid"
    cells = [("Namn", "A."), ("Personnummer", "ÅÅMMDD-XXXX"),
             ("Mötesdatum", "2025-02-11"), ("Plats", "Ortopedavd. 12, Centralsjukhuset Karlstad"),
             ("Bostadsort", "Grums (Slottsbron)"), ("Planen upprättad av", "Sjuksköterska")]
    k = 0
    for row in info.rows:
        for j in (0, 2):
            lab, val = cells[k]
            row.cells[j].text = lab
            row.cells[j].paragraphs[0].runs[0].bold = True
            set_cell_shading(row.cells[j], "E7EEF5")
            row.cells[j + 1].text = val
            k += 1
    doc.add_paragraph()

    doc.add_heading("Bakgrund", level=1)
    doc.add_paragraph(
        "A. är 84 år och bor ensam i villa i Slottsbron. Han föll i hallen 2025-01-30, låg på golvet "
        "några timmar innan grannen hittade honom, och opererades samma kväll för höftfraktur "
        "vänster sida (halvprotes). Förloppet på avdelningen har varit utan komplikationer men "
        "han har haft nattlig oro första dygnen. Han går i dag med gåbord i korridoren och "
        "behöver hjälp av en person vid på- och avklädning nedtill. Sedan tidigare har han "
        "förmaksflimmer och lindrig njursvikt. Han har inte haft hemtjänst tidigare. "
        "Utskrivning är planerad till 2025-02-14.")

    doc.add_heading("Frågeställningar", level=1)
    for q in ("Klarar A. trappan till sovrummet på övervåningen, eller behöver en säng ställas i "
              "vardagsrummet till att börja med?",
              "Vilka hjälpmedel behövs i badrummet innan han kommer hem?",
              "Vem följer upp smärtlindringen och tar bort agrafferna efter hemgång?"):
        doc.add_paragraph(q, style="List Bullet")

    doc.add_heading("A:s egen beskrivning och mål", level=1)
    doc.add_paragraph(
        "A. var med under hela mötet i dagrummet. Han berättar att han är rädd för att ramla igen, "
        "framför allt på natten när han ska gå på toaletten, och att han helst vill sova i sitt "
        "eget sovrum så snart det går. Han tycker att det är ovant att ta emot hjälp men förstår "
        "att han behöver det de första veckorna.")
    doc.add_paragraph(
        "Mål: Målet är att A. ska kunna röra sig säkert inomhus med rollator och klara sin "
        "personliga hygien med visst stöd.")

    doc.add_heading("Insatser och ansvar", level=1)
    rows = [
        ("Insats", "Ansvarig", "När"),
        ("Hembesök med bedömning av bostaden, montering av toalettförhöjning och "
         "duschpall, säng flyttas till vardagsrummet", "Arbetsterapeut, Kommunrehab Grums",
         "2025-02-13 (före hemgång)"),
        ("Biståndsbeslut om hemtjänst: morgon- och kvällshjälp, hjälp med dusch två "
         "gånger per vecka, trygghetslarm", "Biståndshandläggare, Grums kommun",
         "Beslut 2025-02-12"),
        ("Hemtjänst enligt beslut", "Hemtjänst Grums, grupp Slottsbron",
         "Från 2025-02-14"),
        ("Gångträning och trappträning i hemmet, hemträningsprogram", "Fysioterapeut, Kommunrehab Grums",
         "Första besök 2025-02-17, sedan 1 g/v i 6 veckor"),
        ("Smärtlindring och läkemedelslista skickas med, läkemedelsgenomgång",
         "Läkare, Ortopedavd. 12 CSK", "Vid utskrivning 2025-02-14"),
        ("Agraffborttagning och sårkontroll", "Distriktssköterska, Vårdcentralen Grums",
         "2025-02-25"),
        ("Uppföljning av smärta och läkemedel, telefon", "Distriktssköterska, Vårdcentralen Grums",
         "2025-02-18"),
    ]
    tbl = doc.add_table(rows=len(rows), cols=3)
    tbl.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = tbl.rows[i].cells[j]
            c.text = v
            if i == 0:
                c.paragraphs[0].runs[0].bold = True
                set_cell_shading(c, "D9E2F3")
    mark_header_row(tbl.rows[0])
    set_col_widths(tbl, [Cm(7.2), Cm(4.8), Cm(4.4)])
    doc.add_paragraph()

    doc.add_heading("Huvudansvar", level=1)
    doc.add_paragraph("Huvudansvarig för planen är sjuksköterskan.")

    doc.add_heading("Uppföljning", level=1)
    doc.add_paragraph(
        "Planen följs upp om ca fyra veckor efter hemgång, i A:s hem. Kallelse skickas ut.")

    doc.add_heading("Deltagare", level=1)
    doc.add_paragraph("A., Karin, Mats, Elin, Sofia, Lars (Lars via videolänk).")

    save_docx(doc, out(2, "docx"))


# ---------------------------------------------------------------------------
# 03  Text export, Windows-1252, LF; "LABEL ........ value" with dot leaders.
#     Årjäng, 17-year-old with cannabis use, follow-up of SIP.
# ---------------------------------------------------------------------------
def leader_line(label, dots, value, width=78):
    head = f"{label} {'.' * dots} "
    indent = " " * len(head)
    if not value:
        return [head.rstrip()]
    lines = []
    for k, para in enumerate(value.split("\n")):
        wrapped = textwrap.wrap(para, width=width - len(head)) or [""]
        for i, w in enumerate(wrapped):
            if not lines:
                lines.append(head + w)
            else:
                lines.append(indent + w)
    return lines


def make_03():
    L = []
    L.append("SOCIALTJÄNSTEN ÅRJÄNG - BARN OCH UNGA")
    L.append("Utskrift från verksamhetssystem  2025-03-13 08:41")
    L.append("=" * 78)
    L.append("")
    fields = [
        ("DOKUMENTTYP", 9, "Samordnad individuell plan (SIP) - uppföljning"),
        ("PERSON", 17, "D., ÅÅMMDD-XXXX, 17 år"),
        ("VÅRDNADSHAVARE", 6, "Mamma och pappa (gemensam vårdnad)"),
        ("DATUM FÖR MÖTE", 4, "2025-03-12 kl 09.00-10.15"),
        ("PLATS", 20, "Årjängs kommunhus, rum Silen"),
        ("TIDIGARE PLAN", 8, "2025-01-14"),
        ("SYFTE", 15, "Samordning."),
        ("NULÄGE", 14,
         "D. bor hemma hos mamma i Årjäng och går första året på el- och "
         "energiprogrammet i Arvika. Mamma upplever att det är lugnare hemma sedan "
         "januari men att D. sover dåligt och är uppe på nätterna. Skolan rapporterar "
         "att närvaron har ökat något men att han fortfarande är borta många förmiddagar, "
         "framför allt måndagar. Han har två F-varningar. D. uppger själv att han röker "
         "mindre cannabis än i höstas. Beroendemottagningen har ingen ny information "
         "att lämna sedan förra mötet."),
        ("FRÅGESTÄLLNINGAR", 3, ""),
        ("MÅL", 18, "Målet är att D. ska vara drogfri och klara sin utbildning."),
        ("DEN ENSKILDES DELAKTIGHET", 2,
         "D. kom inte till mötet. Socialsekreteraren träffade D. 2025-03-10. Han tycker "
         "att det går bättre nu, att han har minskat och att han vill få vara i fred "
         "med kompisarna på helgerna."),
        ("INSATSER", 11, "Oförändrat, se tidigare plan 2025-01-14."),
        ("ANSVARIG FÖR INSATSERNA", 3, "Som tidigare."),
        ("ANDRA AKTÖRER", 7, "Föräldrarna är informerade och stöttar D. hemma."),
        ("HUVUDANSVARIG", 9,
         "Maja, socialsekreterare, Socialtjänsten Årjäng, barn och unga"),
        ("UPPFÖLJNING", 12, "2025-05-20 kl 09.00, Årjängs kommunhus"),
    ]
    for lab, dots, val in fields:
        L.extend(leader_line(lab, dots, val))
    L.append("")
    L.append("DELTAGARE")
    L.append("-" * 9)
    parts = [
        ("Maja", 14, "socialsekreterare, Socialtjänsten Årjäng, barn och unga"),
        ("Tomas", 13, "behandlare, Beroendemottagningen Arvika (Region Värmland)"),
        ("Linnea", 12, "kurator, elevhälsan, gymnasieskolan i Arvika (Arvika kommun)"),
        ("Nadia", 12, "sjuksköterska, Ungdomsmottagningen Årjäng (Region Värmland)"),
        ("Mamma", 13, "vårdnadshavare"),
        ("Pappa", 13, "vårdnadshavare (via telefon)"),
    ]
    for lab, dots, val in parts:
        L.extend(leader_line(lab, dots, val))
    L.append("")
    L.extend(leader_line("ANTECKNAT AV", 5, "Maja, socialsekreterare, 2025-03-12"))
    L.append("")
    text = "\n".join(L) + "\n"
    with open(out(3, "txt"), "w", encoding="cp1252", newline="\n") as f:
        f.write(text)


# ---------------------------------------------------------------------------
# 04  Markdown with YAML front matter (lead, follow-up day, participants).
#     Eda, 24-year-old man with autism, LSS group home and daily activity.
# ---------------------------------------------------------------------------
MD_04 = """---
dokument: Samordnad individuell plan (SIP)
person: F.
kommun: Eda
motesdatum: 2025-05-06
huvudansvar: Eda kommun
nasta_uppfoljning: 2025-09-16
deltagare:
  - namn: F.
    roll: den enskilde
  - namn: Rasmus
    funktion: kontaktman
    organisation: Gruppbostaden Solrosen, Eda kommun
  - namn: Karin
    funktion: LSS-handläggare
    organisation: Eda kommun, myndighetsenheten
  - namn: Jenny
    funktion: enhetschef
    organisation: Daglig verksamhet Eda, Charlottenberg
  - namn: Omid
    funktion: läkare
    organisation: Psykiatrin Arvika, allmänpsykiatrisk mottagning
  - namn: Therese
    funktion: arbetsterapeut
    organisation: Habiliteringen Värmland, vuxenhabiliteringen
---

# SIP för F.

## Bakgrund

F. är 24 år och har autism och lindrig intellektuell funktionsnedsättning. Han bor sedan
2023 i gruppbostaden Solrosen i Charlottenberg (LSS 9 § 9) och har daglig verksamhet
(LSS 9 § 10) fyra dagar i veckan på snickeriet i Charlottenberg. Sedan i vintras sover
han sämre, vaknar vid 3–4-tiden och är då svår att få tillbaka i säng. På dagliga
verksamheten har det blivit fler utbrott vid lunchen, senast 2025-04-22 då han kastade en
stol. Han har fått melatonin utskrivet av psykiatrin i Arvika sedan januari.

## F:s delaktighet

F. var med den första halvtimmen av mötet tillsammans med sin kontaktman Rasmus, och
vi använde bildstöd. F. sa att det är för mycket ljud i matsalen och att han vill äta
lunch i ett eget rum. Han vill inte byta dagar på snickeriet. Han ville inte vara med
längre än en halvtimme, vilket alla tyckte var rimligt.

## Mål

Målet är att F. ska få en lugn och förutsägbar vardag och sova bättre.

## Samtycke

Samtycke: finns.

## Insatser

- **Gruppbostaden Solrosen (kontaktman):** inför bildschema för kvällsrutinen och en
  fast nattrutin med samma personal så långt det går. Start 2025-05-12.
- **Daglig verksamhet Eda:** ordnar ett eget rum för lunch med hörselkåpor tillgängliga.
  Från 2025-05-19.
- **Psykiatrin Arvika, läkare:** ser över melatonindosen och tar ställning till annan
  sömnmedicin vid återbesök 2025-06-03.
- **Regionen:** remiss till habiliteringen för bedömning av F:s sensoriska behov.
- **Gruppbostaden Solrosen:** för sömndagbok i fyra veckor från 2025-05-12, skickas till
  läkaren före återbesöket.

## Andra aktörer

Inga andra aktörer är aktuella. F. har ingen god man och inga pågående ärenden hos
Försäkringskassan eller Arbetsförmedlingen som berör planen.

---
*Antecknat av Karin, LSS-handläggare, 2025-05-07.*
"""


def make_04():
    with open(out(4, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(MD_04)


# ---------------------------------------------------------------------------
# 05  Word schedule: each measure a paragraph starting with a bold date.
#     Sunne, 13-year-old girl with school refusal and anxiety.
# ---------------------------------------------------------------------------
def make_05():
    doc = Document()
    base_font(doc, "Arial", 10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Sunne kommun – Barn- och elevhälsan, Lövåsskolan"
    hp.runs[0].font.size = Pt(8)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    p = doc.add_paragraph()
    r = p.add_run("SIP – tidsplan för insatser")
    r.bold = True
    r.font.size = Pt(16)
    p = doc.add_paragraph()
    p.add_run("Elev: ").bold = True
    p.add_run("E., åk 7, Lövåsskolan Sunne        ")
    p.add_run("Mötesdatum: ").bold = True
    p.add_run("2025-03-05")

    p = doc.add_paragraph()
    p.add_run("Syfte: ").bold = True
    p.add_run("Samordning.")

    p = doc.add_paragraph()
    p.add_run("Bakgrund").bold = True
    doc.add_paragraph(
        "E. har haft ökande frånvaro sedan oktober och har under februari varit i skolan "
        "sammanlagt sex dagar, de flesta halva. Hon har ont i magen på morgnarna och får panik "
        "när hon ska gå in i matsalen. Vårdcentralen Sunne har uteslutit kroppsliga orsaker och "
        "skickade remiss till BUP Karlstad 2025-02-20. Familjen har ansökt om stöd hos "
        "socialtjänsten. Mentor har skickat hem uppgifter men E. har inte gjort dem.")

    p = doc.add_paragraph()
    p.add_run("Frågor inför mötet").bold = True
    for q in ("Hur kan E. komma tillbaka till skolan stegvis, och vem möter henne på morgonen?",
              "Behöver BUP göra en bedömning av E:s oro innan skolan ändrar något mer?",
              "Kan familjebehandlingen hjälpa familjen med morgonrutinerna hemma?"):
        doc.add_paragraph(q, style="List Bullet")

    p = doc.add_paragraph()
    p.add_run("E:s röst").bold = True
    doc.add_paragraph(
        "E. valde att inte vara med på mötet eftersom hon tycker att det är jobbigt med många "
        "vuxna i samma rum. Kuratorn träffade E. 2025-03-03 och förmedlade på mötet att E. "
        "tycker att morgnarna och matsalen är det svåraste, att hon gärna pratar med "
        "kuratorn men inte med någon ny, och att hon inte vill att klassen ska få veta om "
        "planen.")
    doc.add_paragraph(
        "Vårdnadshavarna är viktiga i arbetet och hålls informerade av mentor.")

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    r = p.add_run("Tidsplan")
    r.bold = True
    r.font.size = Pt(12.5)

    schedule = [
        ("2025-03-10", "Kurator, Lövåsskolan: veckovisa samtal med E., måndagar kl 08.30 i "
                       "kuratorsrummet. E. går direkt dit när hon kommer till skolan."),
        ("2025-03-10", "Mentor, Lövåsskolan: anpassat schema där E. börjar med två lektioner "
                       "per dag (svenska och bild) och äter lunch i grupprummet. Utökas med en "
                       "lektion varannan vecka om det fungerar."),
        ("2025-03-12", "Skolsköterska, elevhälsan Lövåsskolan: hälsosamtal med E. om sömn och "
                       "mat, och kontakt med vårdnadshavare om magbesvären."),
        ("2025-03-17", "Familjebehandlare, Socialtjänsten Sunne familjeenheten: första "
                       "hembesök, sedan varannan vecka. Arbetar med morgonrutiner och hur "
                       "föräldrarna kan stötta utan att det blir konflikt."),
        ("2025-03-24", "Psykolog, BUP Karlstad: bedömningssamtal med E. och vårdnadshavare "
                       "på mottagningen i Karlstad (kallelse skickad)."),
        ("2025-04-07", "Specialpedagog, Lövåsskolan: kartläggning av E:s lärmiljö klar och "
                       "återkopplad till mentor och arbetslaget."),
        ("2025-04-14", "Psykolog, BUP Karlstad: återkoppling av bedömningen till E. och "
                       "vårdnadshavarna, med råd om vad familjen kan göra hemma."),
        ("2025-05-05", "Mentor och kurator, Lövåsskolan: avstämning av närvaro och schema, "
                       "beslut om E. kan börja äta i matsalen med en kompis."),
        ("2025-06-04", "Uppföljning av planen kl 14.00 på Lövåsskolan, konferensrummet."),
    ]
    for d, txt in schedule:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(2.4)
        p.paragraph_format.first_line_indent = Cm(-2.4)
        p.paragraph_format.space_after = Pt(4)
        p.add_run(d).bold = True
        p.add_run("\t" + txt)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(2.4))

    doc.add_paragraph()
    p = doc.add_paragraph()
    r = p.add_run("Planen skrevs av kurator, Lövåsskolan, 2025-03-06.")
    r.italic = True
    r.font.size = Pt(9)
    save_docx(doc, out(5, "docx"))


# ---------------------------------------------------------------------------
# 06  Word minutes of a Teams SIP meeting, written as a chat log.
#     Hagfors, 45-year-old woman, discharge after psychiatric inpatient care.
# ---------------------------------------------------------------------------
def make_06():
    doc = Document()
    base_font(doc, "Segoe UI", 10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    p = doc.add_paragraph()
    r = p.add_run("Minnesanteckningar – SIP-möte på Teams")
    r.bold = True
    r.font.size = Pt(15)
    meta = [
        ("Datum", "2025-05-05, kl 10.00–10.35"),
        ("Gäller", "M., 45 år, Hagfors"),
        ("Deltagare", "Lena (kurator), Johan (sjuksköterska), Peter (läkare), "
                      "Anna (biståndshandläggare), Sara (boendestödjare), M."),
    ]
    for k, v in meta:
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        p.add_run(k + ": ").bold = True
        p.add_run(v)
    p = doc.add_paragraph()
    r = p.add_run("Chatten från mötet har kopierats in nedan. Mötet hölls med kamera, men alla "
                  "överenskommelser skrevs i chatten så att de skulle bli sparade.")
    r.italic = True
    r.font.size = Pt(9)

    chat = [
        ("10:00", "Kurator Lena", "Hej alla! Då kör vi. Syftet är som vanligt att vi får en gemensam bild."),
        ("10:01", "Kurator Lena", "M. sitter med mig i samtalsrummet på avdelningen och skriver själv i chatten ibland."),
        ("10:02", "Kurator Lena", "Frågor idag: 1) vem följer upp medicinen efter utskrivningen 2) hur får M. hjälp hemma de första veckorna 3) vad gör vi om det blir sämre igen"),
        ("10:03", "Kurator Lena", "M., är det ok att vi som är med här pratar med varandra och delar information om dig mellan psykiatrin, kommunen och vårdcentralen?"),
        ("10:04", "M.", "ja det är ok"),
        ("10:04", "Kurator Lena", "Noterar muntligt samtycke från M. idag 2025-05-05."),
        ("10:05", "Läkare Peter", "Kort läge: M. kom in 2025-04-14 efter en överdos. Stämningsläget är bättre, sertralin höjt till 150 mg. Utskrivning planeras onsdag 2025-05-07."),
        ("10:06", "M.", "jag vill kunna bo kvar hemma och orka gå ut med hunden på morgonen. och jag vill inte bli inlagd igen"),
        ("10:07", "M.", "det värsta är kvällarna när jag är själv"),
        ("10:09", "Sjuksköterska Johan", "Jag ringer M. dagen efter hemgång, alltså 2025-05-08, och bokar första besöket på mottagningen i Hagfors."),
        ("10:10", "Sjuksköterska Johan", "Jag gör också en krisplan tillsammans med M. innan hon går hem, klar tisdag 2025-05-06. Den får följa med hem."),
        ("10:12", "Biståndshandläggare Anna", "Jag fattar beslut om boendestöd i dag. Sara, kan ni börja nästa vecka?"),
        ("10:13", "Boendestödjare Sara", "Ja, vi kan börja måndag 2025-05-12, tisdagar och fredagar förmiddag. Hjälp att komma igång med handling, post och promenad."),
        ("10:15", "Läkare Peter", "Receptförnyelsen får vårdcentralen ta över så småningom."),
        ("10:16", "M.", "vad händer med räkningarna? jag har inte betalat något i april"),
        ("10:17", "Boendestödjare Sara", "Det tittar vi på tillsammans första besöket 2025-05-12"),
        ("10:19", "Sjuksköterska Johan", "I krisplanen skriver jag in vilka nummer som gäller dagtid (mottagningen) och kvällar/helger (psykiatrins akutmottagning i Karlstad)."),
        ("10:22", "Kurator Lena", "Vem tar huvudansvaret för planen?"),
        ("10:23", "Biståndshandläggare Anna", "Vi får ta det vid nästa möte när öppenvården är med fullt ut"),
        ("10:24", "Kurator Lena", "Ok. Vi ses igen om ungefär en månad, jag skickar ut kallelse."),
        ("10:26", "Kurator Lena", "Sammanfattning av det vi kommit överens om: Johan ringer 8/5 och bokar besök, krisplan klar 6/5, boendestöd från 12/5 tis+fre, Sara tittar på räkningarna 12/5, vårdcentralen tar över recepten. Stämmer det?"),
        ("10:27", "Läkare Peter", "👍"),
        ("10:27", "M.", "ja tack"),
        ("10:28", "Boendestödjare Sara", "Stämmer!"),
    ]
    for ts, who, msg in chat:
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(2)
        r = p.add_run(f"[{ts}] ")
        r.font.color.rgb = RGBColor(0x70, 0x70, 0x70)
        r = p.add_run(f"{who}: ")
        r.bold = True
        p.add_run(msg)

    doc.add_paragraph()
    p = doc.add_paragraph()
    r = p.add_run("Sparat och inklistrat av Lena, kurator, 2025-05-05.")
    r.font.size = Pt(9)
    save_docx(doc, out(6, "docx"))


# ---------------------------------------------------------------------------
# 07  Word plan printed to PDF with LibreOffice; summary table at the end.
#     Bengtsfors (Dalsland), 58-year-old man with alcohol dependence.
# ---------------------------------------------------------------------------
def make_07():
    doc = Document()
    base_font(doc, "Liberation Sans", 10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.4)
    hp = sec.header.paragraphs[0]
    hp.text = "Bengtsfors kommun – Socialtjänsten, vuxenenheten\tSIP\tSekretess enl. OSL 26 kap."
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Sida ").font.size = Pt(8)
    add_page_number_field(fp)

    def bold_head(text):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(8)
        p.paragraph_format.space_after = Pt(2)
        p.paragraph_format.keep_with_next = True
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(11.5)

    p = doc.add_paragraph()
    r = p.add_run("Samordnad individuell plan")
    r.bold = True
    r.font.size = Pt(17)
    p = doc.add_paragraph()
    p.add_run("Person: K., ÅÅMMDD-XXXX    Möte: 2025-04-09, Vårdcentralen Bengtsfors, konferensrummet")

    bold_head("Syfte")
    doc.add_paragraph(
        "Syftet med SIP är att vårdcentralen, beroendemottagningen och socialtjänsten planerar "
        "stödet kring K:s alkoholbruk och hans förhöjda levervärden tillsammans, så att han kan "
        "bo kvar i lägenheten och inte behöver läggas in akut igen som i februari.")

    bold_head("Frågeställningar")
    doc.add_paragraph("Diskutera läget och hur det går.")

    bold_head("Bakgrund")
    doc.add_paragraph(
        "K. är 58 år, ensamboende i lägenhet i centrala Bengtsfors. Han har druckit mycket sedan "
        "han förlorade arbetet på sågverket för tre år sedan. I februari 2025 vårdades han på "
        "NÄL för abstinens och kramper och hade då förhöjda levervärden. Han har fallit i "
        "hemmet två gånger under mars. Hemtjänsten har sedan 2025-03-01 insatser med "
        "matleverans. K. hade en kortare kontakt med beroendemottagningen 2019.")

    bold_head("Den enskildes mål")
    doc.add_paragraph("Målet är att K. ska minska sitt drickande och klara sitt boende.")

    bold_head("Den enskildes deltagande")
    doc.add_paragraph("K. kom inte till mötet.")

    bold_head("Samtycke")
    doc.add_paragraph(
        "K. har lämnat skriftligt samtycke till SIP och till att uppgifter lämnas mellan de "
        "deltagande verksamheterna 2025-04-02 (blankett \"Samtycke SIP\"), vid besök hos "
        "socialsekreteraren.")

    bold_head("Insatser")
    for t in (
        "Socialsekreterare på vuxenenheten erbjuder motiverande samtal (MI) varannan torsdag, "
        "första gången 2025-04-17.",
        "Sjuksköterska på Beroendemottagningen Åmål gör en bedömning av läkemedelsbehandling mot "
        "alkoholberoende vid besök 2025-04-23. Socialsekreteraren följer med K. dit.",
        "Distriktsläkare, Vårdcentralen Bengtsfors, tar levervärden och PEth var sjätte vecka, "
        "första provtagningen 2025-04-14.",
        "Hemtjänst Bengtsfors centrum utökar med tillsyn morgon och kväll från 2025-04-10 "
        "(biståndsbeslut 2025-04-08).",
        "Arbetsterapeut, Kommunrehab Bengtsfors, gör hembesök och fallriskbedömning 2025-04-16 "
        "och ser över behovet av trygghetslarm.",
        "Vårdcentralens kurator kan erbjuda K. stödsamtal om han vill.",
    ):
        doc.add_paragraph(t, style="List Bullet")

    bold_head("Huvudansvar")
    doc.add_paragraph("Jonas, socialsekreterare, Socialtjänsten Bengtsfors, vuxenenheten.")

    bold_head("Deltagare")
    for t in (
        "Jonas, socialsekreterare, Socialtjänsten Bengtsfors, vuxenenheten",
        "Eva, sjuksköterska, Beroendemottagningen Åmål",
        "Ali, distriktsläkare, Vårdcentralen Bengtsfors",
        "Birgitta, enhetschef, Hemtjänst Bengtsfors centrum",
        "Hanna, arbetsterapeut, Kommunrehab Bengtsfors",
    ):
        doc.add_paragraph(t, style="List Bullet")

    bold_head("Sammanfattning")
    rows = [
        ("Vem", "Gör vad", "När"),
        ("Socialsekreterare, vuxenenheten", "MI-samtal varannan torsdag", "Från 2025-04-17"),
        ("Beroendemottagningen Åmål", "Bedömning läkemedelsbehandling", "2025-04-23"),
        ("Vårdcentralen Bengtsfors", "Levervärden och PEth var 6:e vecka", "Från 2025-04-14"),
        ("Hemtjänst Bengtsfors centrum", "Tillsyn morgon och kväll", "Från 2025-04-10"),
    ]
    tbl = doc.add_table(rows=len(rows), cols=3)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = tbl.rows[i].cells[j]
            c.text = v
            if i == 0:
                c.paragraphs[0].runs[0].bold = True
                set_cell_shading(c, "D9D9D9")
    mark_header_row(tbl.rows[0])
    set_col_widths(tbl, [Cm(5.5), Cm(6.5), Cm(3.8)])

    os.makedirs(BUILD, exist_ok=True)
    src = os.path.join(BUILD, f"{PREFIX}07.docx")
    save_docx(doc, src)
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo-f76b", "--headless",
         "--convert-to", "pdf", "--outdir", OUT, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    shutil.rmtree(BUILD, ignore_errors=True)


# ---------------------------------------------------------------------------
# 08  NOT a SIP: school referral to BUP (Remiss till BUP).
#     Säffle, 11-year-old boy, concentration difficulties and outbursts.
# ---------------------------------------------------------------------------
def make_08():
    doc = Document()
    base_font(doc, "Calibri", 11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    hp = sec.header.paragraphs[0]
    hp.text = "Säffle kommun – Elevhälsan, Höglundaskolan"
    hp.runs[0].font.size = Pt(8)

    p = doc.add_paragraph()
    r = p.add_run("Remiss till BUP")
    r.bold = True
    r.font.size = Pt(18)
    p = doc.add_paragraph("Mottagare: BUP Karlstad, mottagningen för barn 6–12 år")

    tbl = doc.add_table(rows=4, cols=2)
    tbl.style = "Table Grid"
    data = [("Elev", "S., ÅÅMMDD-XXXX, åk 5"),
            ("Skola", "Höglundaskolan, Säffle"),
            ("Vårdnadshavare", "Mamma och pappa, gemensam vårdnad. Nås via växeln / 070-XXX XX XX"),
            ("Remissdatum", "2025-02-18")]
    for i, (a, b) in enumerate(data):
        tbl.rows[i].cells[0].text = a
        tbl.rows[i].cells[0].paragraphs[0].runs[0].bold = True
        set_cell_shading(tbl.rows[i].cells[0], "EDEDED")
        tbl.rows[i].cells[1].text = b

    set_col_widths(tbl, [Cm(4), Cm(12)])

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    p.add_run("Frågeställning till BUP").bold = True
    for q in ("Finns det en neuropsykiatrisk problematik (ADHD) som förklarar S:s svårigheter "
              "med koncentration och impulskontroll?",
              "Finns det ångest eller nedstämdhet bakom utbrotten, och behöver S. behandling?",
              "Vilka råd kan BUP ge skolan om anpassningar i klassrummet?"):
        doc.add_paragraph(q, style="List Number")

    p = doc.add_paragraph()
    p.add_run("Elevens svårigheter").bold = True
    doc.add_paragraph(
        "S. har sedan åk 3 haft svårt att komma igång med uppgifter och att sitta kvar på "
        "lektionerna. Under hösten 2024 har det blivit fler konflikter på raster och han har "
        "vid fem tillfällen kastat saker i klassrummet. Han säger själv att han blir \"arg i "
        "huvudet\" och inte vet varför. Han sover dåligt enligt vårdnadshavarna och är ofta "
        "trött på förmiddagarna. Kunskapsmässigt ligger han under förväntad nivå i matematik "
        "och svenska, men han är duktig i idrott och slöjd.")

    p = doc.add_paragraph()
    p.add_run("Skolans insatser hittills").bold = True
    for t in ("Extra anpassningar sedan 2024-09: tydligt schema, pausbricka, hörselkåpor.",
              "Elevassistent på förmiddagarna sedan 2024-11.",
              "Pedagogisk kartläggning av specialpedagog, klar 2025-01-31 (bifogas).",
              "Hälsobesök hos skolsköterska 2025-02-04: syn och hörsel utan anmärkning.",
              "Psykologisk bedömning av skolpsykolog (WISC-V) 2025-02-10 (bifogas)."):
        doc.add_paragraph(t, style="List Bullet")

    p = doc.add_paragraph()
    p.add_run("Vårdnadshavarnas inställning").bold = True
    doc.add_paragraph(
        "Vårdnadshavarna har tagit del av remissen vid möte på skolan 2025-02-14 och samtycker "
        "skriftligt till att den skickas. De önskar en utredning och vill gärna ha tider efter "
        "kl 15. Om BUP bedömer att fler verksamheter behöver vara inblandade är familjen "
        "positiv till en SIP längre fram.")

    p = doc.add_paragraph()
    p.add_run("Bilagor").bold = True
    doc.add_paragraph("Pedagogisk kartläggning, psykologutlåtande, samtyckesblankett.")

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(14)
    p.add_run("Avsändare").bold = True
    doc.add_paragraph("Maria, skolsköterska, elevhälsan Höglundaskolan, Säffle kommun\n"
                      "Kontakt via växeln.\n"
                      "Medicinskt ansvarig: skolläkare, elevhälsan Säffle kommun")
    save_docx(doc, out(8, "docx"))


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
    print("\n".join(sorted(os.listdir(OUT))))


if __name__ == "__main__":
    main()
