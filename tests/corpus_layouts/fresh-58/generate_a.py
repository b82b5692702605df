#!/usr/bin/env python
"""Generate the f58a test documents (fictional, anonymized SIP plans) into plans/.

Run with /work/batches/.venv/bin/python generate.py
Deterministic: fixed dates and texts, no randomness.
"""
import os
import shutil
import subprocess
import textwrap

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF
from fpdf.enums import XPos, YPos

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f58a"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
LO_PROFILE = "file:///tmp/lo-f58a"


def path(n, ext):
    return os.path.join(OUT, f"{PREFIX}-{n:02d}.{ext}")


# ---------------------------------------------------------------- helpers (docx)

def set_cell_shading(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_col_widths(table, widths_cm):
    """Set column widths both in w:tblGrid and in every cell (Word and LibreOffice)."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        for cell, w in zip(row.cells, widths_cm):
            cell.width = Cm(w)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def cell_text(cell, text, bold=False, size=None, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i > 0:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    return cell


def fixed_docx_props(doc, title, author):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    import datetime
    cp.created = datetime.datetime(2025, 1, 1, 9, 0, 0)
    cp.modified = datetime.datetime(2025, 1, 1, 9, 0, 0)
    cp.revision = 1


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
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(2.0)
    sec.bottom_margin = Cm(2.0)
    return doc


def bold_para(doc, text, size=None, space_before=8):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(space_before)
    p.paragraph_format.space_after = Pt(2)
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    return p


# ------------------------------------------------------ content controls (w:sdt)

PLACEHOLDER = "Klicka eller tryck här för att ange text."
_sdt_id = [712400100]


def _next_id():
    _sdt_id[0] += 17
    return str(_sdt_id[0])


def _sdt_pr(alias, tag, showing_placeholder):
    sdtPr = OxmlElement("w:sdtPr")
    a = OxmlElement("w:alias")
    a.set(qn("w:val"), alias)
    sdtPr.append(a)
    t = OxmlElement("w:tag")
    t.set(qn("w:val"), tag)
    sdtPr.append(t)
    i = OxmlElement("w:id")
    i.set(qn("w:val"), _next_id())
    sdtPr.append(i)
    ph = OxmlElement("w:placeholder")
    dp = OxmlElement("w:docPart")
    dp.set(qn("w:val"), "DefaultPlaceholder_-1854013440")
    ph.append(dp)
    sdtPr.append(ph)
    if showing_placeholder:
        sdtPr.append(OxmlElement("w:showingPlcHdr"))
    return sdtPr


def _run(text, placeholder=False, bold=False):
    r = OxmlElement("w:r")
    rPr = OxmlElement("w:rPr")
    if placeholder:
        rs = OxmlElement("w:rStyle")
        rs.set(qn("w:val"), "PlaceholderText")
        rPr.append(rs)
    if bold:
        rPr.append(OxmlElement("w:b"))
    if len(rPr):
        r.append(rPr)
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def sdt_inline(paragraph, alias, tag, value=None):
    """Run-level content control appended to a paragraph."""
    placeholder = value is None
    sdt = OxmlElement("w:sdt")
    pr = _sdt_pr(alias, tag, placeholder)
    pr.append(OxmlElement("w:text"))
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    content.append(_run(PLACEHOLDER if placeholder else value, placeholder))
    sdt.append(content)
    paragraph._p.append(sdt)


def sdt_block_in_cell(cell, alias, tag, paragraphs=None):
    """Block-level (rich text) content control filling a table cell.
    paragraphs: list of strings (a string starting with '- ' becomes a dash item),
    or None for an empty control showing its placeholder."""
    placeholder = paragraphs is None
    sdt = OxmlElement("w:sdt")
    sdt.append(_sdt_pr(alias, tag, placeholder))
    content = OxmlElement("w:sdtContent")
    for text in ([PLACEHOLDER] if placeholder else paragraphs):
        p = OxmlElement("w:p")
        pPr = OxmlElement("w:pPr")
        sp = OxmlElement("w:spacing")
        sp.set(qn("w:after"), "60")
        pPr.append(sp)
        if text.startswith("- "):
            ind = OxmlElement("w:ind")
            ind.set(qn("w:left"), "284")
            ind.set(qn("w:hanging"), "284")
            pPr.append(ind)
            text = "–\t" + text[2:]
        p.append(pPr)
        p.append(_run(text, placeholder))
        content.append(p)
    sdt.append(content)
    tc = cell._tc
    for p in list(tc.findall(qn("w:p"))):
        tc.remove(p)
    tc.append(sdt)


def ensure_placeholder_style(doc):
    styles = doc.styles
    names = [s.name for s in styles]
    if "Placeholder Text" not in names:
        s = styles.add_style("Placeholder Text", WD_STYLE_TYPE.CHARACTER)
        s.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        s.element.set(qn("w:styleId"), "PlaceholderText")


# ====================================================================== 01 PDF
# fpdf2 record-system print, two columns without borders.

class RecordPrint(FPDF):
    SYSTEM = "Lifecare SP  –  Samordnad individuell planering"
    PRINTED = "Utskrivet 2025-03-13 14:22 av Sjuksköterska, Vuxenpsykiatri Gävle"

    def header(self):
        self.set_font("DejaVu", "B", 9)
        self.set_xy(self.l_margin, 10)
        self.cell(110, 5, self.SYSTEM)
        self.set_font("DejaVu", "", 9)
        self.cell(0, 5, f"Sida {self.page_no()} ({{nb}})", align="R",
                  new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_font("DejaVu", "", 8)
        self.cell(110, 4.5, self.PRINTED)
        self.cell(0, 4.5, "Region Gävleborg / Gävle kommun", align="R",
                  new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_font("DejaVu", "", 8)
        self.cell(0, 4.5, "Patient: Henrik  ÅÅMMDD-XXXX", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(6)

    def footer(self):
        self.set_y(-13)
        self.set_font("DejaVu", "", 7)
        self.cell(0, 4, "Utskriften är en kopia. Gällande version finns i Lifecare SP.",
                  align="L")


def build_01():
    pdf = RecordPrint(format="A4", unit="mm")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, margin=18)
    pdf.alias_nb_pages()
    pdf.set_title("SIP Henrik 2025-03-12")
    pdf.set_author("Lifecare SP")
    pdf.set_creation_date(__import__("datetime").datetime(2025, 3, 13, 14, 22))
    pdf.add_page()

    LW, GAP = 44, 4
    RW = pdf.epw - LW - GAP
    LH = 4.8

    def section(title):
        if pdf.get_y() + 14 > pdf.page_break_trigger:
            pdf.add_page()
        pdf.ln(2.5)
        pdf.set_font("DejaVu", "B", 11)
        pdf.cell(0, 6, title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1)

    def row(label, value):
        pdf.set_font("DejaVu", "", 9.5)
        vlines = pdf.multi_cell(RW, LH, value, dry_run=True, output="LINES") if value else [""]
        pdf.set_font("DejaVu", "B", 9.5)
        llines = pdf.multi_cell(LW, LH, label, dry_run=True, output="LINES")
        h = max(len(vlines), len(llines)) * LH
        if pdf.get_y() + h > pdf.page_break_trigger:
            pdf.add_page()
        y0 = pdf.get_y()
        pdf.set_xy(pdf.l_margin, y0)
        pdf.set_font("DejaVu", "B", 9.5)
        pdf.multi_cell(LW, LH, label, align="L")
        pdf.set_xy(pdf.l_margin + LW + GAP, y0)
        pdf.set_font("DejaVu", "", 9.5)
        if value:
            pdf.multi_cell(RW, LH, value, align="L")
        pdf.set_xy(pdf.l_margin, y0 + h + 2.2)

    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 8, "Samordnad individuell plan (SIP)", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("DejaVu", "", 9)
    pdf.cell(0, 5, "Planstatus: Fastställd    Version 1    Plan-id: SIP-2025-0318",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)

    section("Grunduppgifter")
    row("Namn", "Henrik")
    row("Personnummer", "ÅÅMMDD-XXXX")
    row("Folkbokförd kommun", "Gävle")
    row("Mötesdatum", "2025-03-12 kl. 13.00–14.30")
    row("Mötesplats", "Vuxenpsykiatriska mottagningen Gävle, samtalsrum 3")
    row("Deltagare", "Henrik, Sara, Mikael, Lena, Peter, Johanna")
    row("Initierad av", "Vuxenpsykiatri Gävle, öppenvård")

    section("Bakgrund och syfte")
    row("Bakgrund",
        "Henrik är 38 år och har bipolär sjukdom typ 1 sedan drygt tio år. Han bor "
        "ensam i hyreslägenhet på Sätra. Under hösten 2024 hade Henrik en manisk "
        "episod med inläggning på psykiatrisk avdelning i sex veckor. Under perioden "
        "före inläggningen gjordes flera köp på kredit och avbetalning, och det har "
        "i efterhand kommit betalningsanmärkningar samt en hyresskuld på tre månader. "
        "Hyresvärden har skickat en uppsägningsvarning. Henrik är sjukskriven på heltid "
        "sedan 2024-09-02. Han står på litium och kontrollerna har under vintern inte "
        "blivit tagna regelbundet. Sedan utskrivningen är stämningsläget stabilt men "
        "sömnen är oregelbunden.")
    row("Syfte med SIP",
        "Syftet med planen är att samordna psykiatrins behandling av Henriks bipolära "
        "sjukdom med kommunens stöd kring ekonomi och boende, så att hyresskulden kan "
        "regleras och Henrik inte förlorar sin lägenhet. Planen ska också säkra att "
        "litiumbehandlingen följs upp med regelbundna prover, eftersom tidigare "
        "skov har föregåtts av att kontrollerna uteblivit.")
    row("Samtycke", "Samtycke finns, se journal.")
    row("Den enskildes mål", "")

    section("Planerade insatser")
    row("Insats 1\nLäkemedel",
        "Läkarbesök för uppföljning av litiumbehandling, stämningsläge och sömn. "
        "Ansvarig: Vuxenpsykiatriska mottagningen Gävle, behandlande läkare. "
        "När: 2025-04-08, därefter var tredje månad.")
    row("Insats 2\nProvtagning",
        "S-Litium, kreatinin och TSH tas på vårdcentralen en vecka före varje "
        "läkarbesök; första provtagning 2025-04-01. Remiss skickas av psykiatrin. "
        "Ansvarig: Vårdcentralen Strömsbro, distriktssköterska. "
        "När: 2025-04-01, sedan var tredje månad.")
    row("Insats 3\nSamtalskontakt",
        "Stödsamtal med fokus på tidiga varningstecken, sömnrutiner och "
        "återfallsprevention. Gemensam krisplan skrivs och lämnas i kopia till "
        "boendestödet. Ansvarig: Vuxenpsykiatriska mottagningen Gävle, fast "
        "vårdkontakt (sjuksköterska). När: varannan vecka med start 2025-03-19; "
        "krisplanen klar senast 2025-04-02.")
    row("Insats 4\nEkonomiskt bistånd",
        "Prövning av ansökan om ekonomiskt bistånd till hyresskulden (tre "
        "månadshyror) samt kontakt med hyresvärden om avbetalningsplan. "
        "Ansvarig: Individ- och familjeomsorgen Gävle kommun, handläggare "
        "ekonomiskt bistånd. När: beslut senast 2025-03-28.")
    row("Insats 5\nBudget- och skuldrådgivning",
        "Genomgång av samtliga skulder, upprättande av månadsbudget och "
        "bedömning av om ansökan om skuldsanering är möjlig. Rådgivaren hjälper "
        "till att sortera post och räkningar som har samlats sedan hösten. "
        "Ansvarig: Budget- och skuldrådgivningen, Gävle kommun. "
        "När: första besök 2025-03-26, därefter varannan vecka under april–maj.")
    row("Insats 6\nBoendestöd",
        "Boendestöd enligt SoL två gånger per vecka med stöd att öppna post, "
        "betala räkningar i tid och hålla dygnsrytm. Boendestödjaren kontaktar "
        "fast vårdkontakt vid tecken på försämring enligt krisplanen. "
        "Ansvarig: Socialpsykiatrin Gävle kommun, boendestödjare. "
        "När: start vecka 13 (2025-03-24), beslut gäller t.o.m. 2025-09-30.")

    section("Övrigt och ansvar")
    row("Övriga aktörer", "Försäkringskassan (sjukpenning), Kronofogdemyndigheten.")
    row("Huvudansvarig för planen",
        "Fast vårdkontakt (sjuksköterska), Vuxenpsykiatriska mottagningen Gävle, "
        "öppenvård. Kallar till uppföljning och uppdaterar planen.")
    row("Uppföljning",
        "Om ca tre månader, preliminärt vecka 24. Kallelse skickas ut av "
        "huvudansvarig.")
    row("Delgivning",
        "Planen skickas till samtliga deltagare via Lifecare SP. Henrik får planen "
        "utskriven per post.")
    row("Signerad", "Sjuksköterska, Vuxenpsykiatri Gävle 2025-03-13")

    pdf.output(path(1, "pdf"))


# ===================================================================== 02 DOCX
# Word template with content controls; two still show the placeholder.

def build_02():
    doc = base_doc("Calibri", 11)
    ensure_placeholder_style(doc)
    fixed_docx_props(doc, "SIP – mall Region Gävleborg och kommunerna", "Elevhälsan Torsbergsgymnasiet")
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Region Gävleborg  |  Bollnäs kommun\tSamordnad individuell plan\tMall version 2023:1"
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Planen upprättas enligt SoL 2 kap. 7 § och HSL 16 kap. 4 §. Sekretessbelagd handling när den är ifylld."
    for r in fp.runs:
        r.font.size = Pt(7.5)

    t = doc.add_paragraph()
    r = t.add_run("Samordnad individuell plan (SIP)")
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    p = doc.add_paragraph("Barn och unga – gemensam mall för Region Gävleborg och kommunerna i Gävleborgs län")
    p.runs[0].italic = True
    p.runs[0].font.size = Pt(9)

    def field_table(rows):
        tb = doc.add_table(rows=0, cols=2)
        tb.style = "Table Grid"
        tb.alignment = WD_TABLE_ALIGNMENT.CENTER
        for label, hint, value in rows:
            c = tb.add_row().cells
            c[0].width, c[1].width = Cm(5.0), Cm(11.6)
            cell_text(c[0], label, bold=True, size=10)
            if hint:
                hp_ = c[0].add_paragraph()
                rr = hp_.add_run(hint)
                rr.italic = True
                rr.font.size = Pt(8)
                rr.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
            set_cell_shading(c[0], "DEEAF6")
            sdt_block_in_cell(c[1], label.split(" (")[0], label.lower()[:20].replace(" ", "_"), value)
        set_col_widths(tb, (5.0, 11.6))
        return tb

    bold_para(doc, "1. Personuppgifter", 12)
    field_table([
        ("Namn", None, ["Alva"]),
        ("Personnummer", None, ["ÅÅMMDD-XXXX"]),
        ("Vårdnadshavare", None, ["Mamma Helena och pappa Tomas (gemensam vårdnad)"]),
        ("Datum för SIP-mötet", None, ["2025-02-11"]),
        ("Plats", None, ["Elevhälsans konferensrum, Torsbergsgymnasiet, Bollnäs"]),
    ])

    bold_para(doc, "2. Syfte och frågeställningar", 12)
    field_table([
        ("Syfte med SIP", "Varför behövs en samordnad plan?", ["Samordning av insatser."]),
        ("Frågeställningar", "Vad behöver vi reda ut på mötet?", None),
    ])

    bold_para(doc, "3. Den enskildes delaktighet", 12)
    field_table([
        ("Den enskildes mål", "Med barnets/den unges egna ord",
         ["”Jag vill orka gå till skolan varje dag och klara engelskan och svenskan "
          "så att jag kan gå vidare till trean. Jag vill sluta skada mig och ha någon "
          "i skolan att gå till när det blir för mycket.”"]),
        ("Delaktighet och synpunkter", "Deltog den enskilde? Vad tycker hon/han?",
         ["Alva deltog på hela mötet tillsammans med mamma Helena. Pappa Tomas kunde "
          "inte komma på grund av arbete men har fått informationen av Helena.",
          "Alva vill inte att klasskamraterna ska få veta varför hon är borta från "
          "lektioner. Hon önskar att mentorn Erik är den vuxna hon går till i skolan, "
          "och hon vill inte ha samtal på BUP under skoltid på förmiddagarna eftersom "
          "hon då missar matten. Hon vill att föräldrarna ska få stöd så att det blir "
          "mindre bråk hemma kring skolan."]),
        ("Samtycke", "Hur och när har samtycke lämnats?",
         ["Skriftligt samtycke till informationsöverföring mellan BUP Bollnäs, "
          "Torsbergsgymnasiet och socialtjänsten i Bollnäs lämnades på blanketten "
          "”Samtycke SIP” och undertecknades av Alva och Helena 2025-02-11. Tomas "
          "har undertecknat i efterhand 2025-02-12."]),
    ])

    bold_para(doc, "4. Bakgrund / nuläge", 12)
    field_table([
        ("Nuläge", None,
         ["Alva är 17 år och går andra året på samhällsvetenskapsprogrammet. Hon har "
          "sedan hösten 2024 skadat sig själv genom att skära sig på armar och lår, "
          "ungefär en gång i veckan, och har haft kontakt med BUP Bollnäs sedan "
          "november. Frånvaron i skolan är cirka 40 procent sedan jullovet, främst "
          "morgonlektioner. Hon har F-varningar i engelska 6 och svenska 2. Det har "
          "varit en orosanmälan från skolan i januari som socialtjänsten har utrett; "
          "utredningen ledde till erbjudande om föräldrastöd.",
          "Alva beskriver att det blir jobbigt när flera prov kommer samtidigt och "
          "att hon då inte sover."]),
    ])

    bold_para(doc, "5. Insatser", 12)
    tb = doc.add_table(rows=1, cols=3)
    tb.style = "Table Grid"
    hdr = tb.rows[0].cells
    for c, txt in zip(hdr, ["Insats / åtgärd", "Ansvarig (verksamhet, funktion)", "När"]):
        cell_text(c, txt, bold=True, size=10)
        set_cell_shading(c, "DEEAF6")
    repeat_header(tb.rows[0])
    rows = [
        ("Samtalskontakt med inslag av DBT-färdighetsträning (känsloreglering, "
         "stresstolerans). Kedjeanalys efter varje självskadehandling.",
         "BUP Bollnäs, psykolog", "Varje tisdag kl. 15.30 fr.o.m. 2025-02-18"),
        ("Säkerhetsplan upprättas tillsammans med Alva och föräldrarna och "
         "lämnas i kopia till elevhälsan.",
         "BUP Bollnäs, sjuksköterska", "Klar senast 2025-02-25"),
        ("Anpassad studieplan: prov sprids ut, förlängd tid i engelska och svenska, "
         "möjlighet att lämna lektionen och gå till elevhälsan utan att förklara sig.",
         "Torsbergsgymnasiet, mentor och specialpedagog", ""),
        ("Stödsamtal i skolan, kontroll av mående och frånvaro.",
         "Elevhälsan Torsbergsgymnasiet, skolkurator", "Varannan torsdag fr.o.m. v. 8"),
        ("Föräldrastöd till Helena och Tomas (6 träffar) med fokus på bemötande "
         "vid självskada och konflikter kring skolan.",
         "Socialtjänsten Bollnäs, IFO Barn och unga, familjebehandlare",
         "Start 2025-03-05"),
    ]
    for ins, ans, nar in rows:
        c = tb.add_row().cells
        cell_text(c[0], ins, size=10)
        cell_text(c[1], ans, size=10)
        cell_text(c[2], nar, size=10)
    set_col_widths(tb, (8.2, 5.0, 3.4))

    bold_para(doc, "6. Övriga aktörer", 12)
    field_table([
        ("Andra aktörer", "T.ex. närstående, FK, AF, god man – vem gör vad?",
         ["Föräldrarna och mormor är viktiga för Alva."]),
    ])

    bold_para(doc, "7. Ansvar och uppföljning", 12)
    field_table([
        ("Huvudansvarig för planen", "Funktion och verksamhet", ["BUP Bollnäs"]),
        ("Uppföljning", "Datum, tid och plats", None),
    ])

    bold_para(doc, "8. Deltagare vid mötet", 12)
    tb = doc.add_table(rows=1, cols=3)
    tb.style = "Table Grid"
    for c, txt in zip(tb.rows[0].cells, ["Namn", "Funktion", "Verksamhet"]):
        cell_text(c, txt, bold=True, size=10)
        set_cell_shading(c, "DEEAF6")
    repeat_header(tb.rows[0])
    for n, f, v in [
        ("Alva", "Den enskilde", "–"),
        ("Helena", "Vårdnadshavare", "–"),
        ("Jenny", "Psykolog", "BUP Bollnäs, Region Gävleborg"),
        ("Erik", "Mentor", "Torsbergsgymnasiet, Bollnäs kommun"),
        ("Maria", "Skolkurator", "Elevhälsan, Torsbergsgymnasiet"),
        ("Ali", "Socialsekreterare", "IFO Barn och unga, Bollnäs kommun"),
    ]:
        c = tb.add_row().cells
        cell_text(c[0], n, size=10)
        cell_text(c[1], f, size=10)
        cell_text(c[2], v, size=10)
    set_col_widths(tb, (3.4, 5.0, 8.2))

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    p.add_run("Planen upprättad av: ").bold = True
    sdt_inline(p, "Upprättad av", "upprattad_av", "Maria, skolkurator")
    p = doc.add_paragraph()
    p.add_run("Datum: ").bold = True
    sdt_inline(p, "Datum", "datum", "2025-02-12")

    doc.save(path(2, "docx"))


# ====================================================================== 03 TXT
# E-mail body, Windows-1252, CRLF.

def build_03():
    W = 72

    def para(text):
        return textwrap.fill(text, W)

    def item(text):
        return textwrap.fill(text, W, initial_indent="  - ", subsequent_indent="    ")

    parts = []
    parts.append("Ämne: Sammanfattning och plan från SIP-mötet 9/4 – Margit")
    parts.append("")
    parts.append("Hej alla,")
    parts.append("")
    parts.append(para(
        "Tack för ett bra och konstruktivt möte i onsdags (2025-04-09) på "
        "Vårdcentralen Hudiksvall. Som utlovat kommer här en sammanfattning och "
        "den plan vi kom fram till, så att alla har samma bild. Hör av er till mig "
        "senast fredag om något blivit fel, annars gäller planen som den står här."))
    parts.append("")
    parts.append(para(
        "Som vi sa inledningsvis var syftet med mötet att lägga upp en gemensam "
        "plan så att Margit kan fortsätta bo kvar i sin lägenhet på ett tryggt "
        "sätt nu när minnet har blivit sämre och hon har fallit två gånger sedan "
        "jul. Vi behövde också reda ut ansvarsfördelningen mellan hemtjänsten, "
        "hemsjukvården och vårdcentralen, eftersom det har varit oklart vem som "
        "ska ringa vem när något händer."))
    parts.append("")
    parts.append(para("Frågorna vi hade med oss in i mötet var framför allt:"))
    parts.append(item("Vem tar över läkemedelshanteringen nu när Margit glömmer "
                      "dosetten eller tar dubbla doser?"))
    parts.append(item("Behövs trygghetslarm och nattillsyn efter fallen i februari "
                      "och mars?"))
    parts.append(item("Behöver demensutredningen från 2023 kompletteras med en ny "
                      "minnesbedömning?"))
    parts.append("")
    parts.append(para(
        "Lite kort om läget: Margit är 84 år och har en Alzheimerdiagnos sedan "
        "2023. Hon har hemtjänst två gånger per dag (morgon och kväll) sedan i "
        "höstas. Enligt hemtjänstpersonalen äter hon dåligt på dagarna och det har "
        "hänt att hon gått ut på kvällen och inte hittat tillbaka. Eva (dotter) "
        "upplever att det har blivit tydligt sämre de senaste två månaderna och är "
        "orolig för nätterna."))
    parts.append("")
    parts.append(para(
        "Målet som vi enades om är att Margit ska kunna bo kvar hemma med stöd "
        "åtminstone fram till hösten och att hon inte ska falla igen."))
    parts.append("")
    parts.append(para("Det här kom vi överens om att göra:"))
    parts.append(item("Hemtjänst Hudiksvall centrum utökar till fyra besök per dag "
                      "(morgon, lunch, middag och kväll) fr.o.m. måndag 2025-04-14. "
                      "Kerstin, enhetschef, ordnar med schemat."))
    parts.append(item("Biståndshandläggaren på Vård och omsorg utreder trygghetslarm "
                      "och nattillsyn. Beslut senast 2025-04-25."))
    parts.append(item("Vårdcentralen Hudiksvall, Margits läkare, gör en "
                      "läkemedelsgenomgång och bedömer om en ny minnesbedömning "
                      "behövs."))
    parts.append(item("Kommunens hemsjukvård (distriktssköterska) tar över "
                      "läkemedelshanteringen med dosdispenserade läkemedel "
                      "(Apodos) och hemtjänsten överlämnar läkemedlen vid varje "
                      "besök. Start vecka 17."))
    parts.append(item("Arbetsterapeut från kommunens rehab gör hembesök för "
                      "fallriskbedömning och ser över hjälpmedel (rollator inomhus, "
                      "nattbelysning, spisvakt). Hembesöket bokas till 2025-04-16."))
    parts.append("")
    parts.append(para(
        "Eva fortsätter som tidigare att handla till Margit två gånger i veckan och "
        "sköter kontakten med banken och räkningarna. Eva har fullmakt för "
        "Margits ekonomi, så vi bedömde att det inte behövs någon ansökan om god "
        "man i nuläget. Evas man Stefan kör Margit till vårdcentralen när hon ska "
        "dit."))
    parts.append("")
    parts.append(para("Samtycke till att vi samverkar kring Margit finns."))
    parts.append("")
    parts.append(para(
        "Jag (Annika, SIP-samordnare på Vård och omsorg, Hudiksvalls kommun) har "
        "huvudansvaret för planen. Det är alltså till mig ni hör av er om något "
        "förändras, och jag kallar till nästa möte."))
    parts.append("")
    parts.append(para(
        "Vi sa att vi ses igen i början av juni för att se hur det fungerar med de "
        "utökade besöken och läkemedlen. Jag skickar ut en kallelse när jag har "
        "fått in era kalendrar."))
    parts.append("")
    parts.append("Tack igen för ett bra samarbete!")
    parts.append("")
    parts.append("Med vänlig hälsning")
    parts.append("")
    parts.append("Annika")
    parts.append("SIP-samordnare")
    parts.append("Vård och omsorg, Hudiksvalls kommun")
    parts.append("Tel. via växeln")
    parts.append("")
    parts.append("--")
    parts.append("Detta e-postmeddelande kan innehålla sekretessbelagd information.")
    parts.append("Skicka inte personuppgifter okrypterat utanför kommunens nätverk.")
    text = ("\n".join(parts) + "\n").replace("\n", "\r\n")
    with open(path(3, "txt"), "wb") as f:
        f.write(text.encode("cp1252"))


# ======================================================================= 04 MD
# Exported from a wiki: ### headings, **Ansvar:** / **När:** lines, one pipe table.

MD_04 = """\
# SIP Daniel – mars 2025

*Omsorgsförvaltningen Falun > LSS > Samordnade planer > 2025*
*Senast ändrad 2025-03-19 av Lina*

---

### Grunduppgifter

- **Namn:** Daniel
- **Personnummer:** XXXXXX-XXXX
- **Mötesdatum:** 2025-03-18
- **Plats:** Psykosmottagningen Falun

### Bakgrund

Daniel är 30 år och har autism (diagnos i tonåren) och en psykossjukdom som
debuterade 2019. Han bor sedan 2022 i bostad med särskild service enligt LSS i
Falun och har haft två inläggningar på psykiatrisk avdelning, senast i
december 2024, efter att han slutat ta sin medicin. Sedan utskrivningen i
januari är han stabil men trött på dagarna och sover mycket. Daglig
verksamhet avbröts i höstas och han är hemma i stort sett hela dagarna.

### Frågeställningar

Gå igenom läget.

### Daniels mål

> "Jag vill bo kvar i min lägenhet och börja jobba på riktigt, kanske på en
> verkstad där man fixar cyklar. Och jag vill slippa bli inlagd igen."

### Daniels synpunkter

Daniel var med under hela mötet. Han tycker att medicinen gör honom för trött
för att orka något på förmiddagarna och vill prata med läkaren om dosen. Han
vill att personalen på boendet knackar och väntar på svar innan de går in, och
han vill inte ha fler än två personer från personalen som han har hand om.

### Insatser

#### 1. Läkemedelsuppföljning

Genomgång av antipsykotisk medicinering med hänsyn till trötthet, samt
provtagning och vikt.

**Ansvar:** Psykosmottagningen Falun, läkare
**När:** 2025-04-15

#### 2. Samtalskontakt och återfallsprevention

Samtal om tidiga tecken på försämring. Tillsammans med Daniel och boendet görs
en plan för vad personalen gör om han slutar ta sin medicin.

**Ansvar:** Psykosmottagningen Falun, kontaktperson (skötare)
**När:** Varannan onsdag fr.o.m. 2025-03-26

#### 3. Stöd i boendet

Stöd i vardagen enligt LSS 9 § 9: struktur med veckoschema och bildstöd,
påminnelse om medicin morgon och kväll, stöd vid inköp och städning. Två
namngivna kontaktmän i personalgruppen.

**Ansvar:** Enhetschef, bostad med särskild service Slätta, Falu kommun
**När:** Ny genomförandeplan klar 2025-04-01

#### 4. Daglig verksamhet

Ny ansökan om daglig verksamhet enligt LSS 9 § 10 utreds. Prova-på-period på
cykelverkstaden inom daglig verksamhet.

**Ansvar:** LSS-handläggare, Omsorgsförvaltningen Falu kommun
**När:** Beslut senast 2025-04-11, prova-på start 2025-04-22

#### 5. Somatisk hälsokontroll

Årlig hälsokontroll med blodtryck, blodfetter och blodsocker.

**Ansvar:** Vårdcentralen Falun Norr, distriktssköterska
**När:** Maj 2025

### Övrigt

Daniel har ett pågående ärende hos Försäkringskassan om aktivitetsersättning.
Hans bror finns också med i bilden.

### Deltagare

| Namn   | Roll                 |
|--------|----------------------|
| Daniel | Den enskilde         |
| Lina   | LSS-handläggare      |
| Sofia  | Enhetschef           |
| Ahmed  | Kontaktperson        |
| Johan  | Läkare               |

### Uppföljning

Nästa SIP-möte 2025-06-10 kl. 13.30 på Psykosmottagningen Falun.

---

*Sidan är skyddad – endast behöriga inom Omsorgsförvaltningen.*
"""


def build_04():
    with open(path(4, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(MD_04)


# ===================================================================== 05 DOCX
# Follow-up of SIP: table Mål | Hur har det gått? | Fortsättning, decisions at end.

def build_05():
    doc = base_doc("Arial", 10)
    fixed_docx_props(doc, "Uppföljning av SIP", "IFO Barn och familj Borlänge")
    doc.styles["Heading 1"].font.size = Pt(15)
    doc.styles["Heading 1"].font.name = "Arial"
    doc.styles["Heading 1"].font.color.rgb = RGBColor(0, 0, 0)
    doc.styles["Heading 2"].font.size = Pt(12)
    doc.styles["Heading 2"].font.name = "Arial"
    doc.styles["Heading 2"].font.color.rgb = RGBColor(0, 0, 0)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    hp = sec.header.paragraphs[0]
    hp.text = "Borlänge kommun, Socialförvaltningen  •  Region Dalarna\t\tUppföljning SIP – E., 12 år"
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Sekretess enligt OSL 26 kap. 1 § och 25 kap. 1 §"
    fp.runs[0].font.size = Pt(8)

    doc.add_heading("Uppföljning av samordnad individuell plan (SIP)", level=1)

    info = doc.add_table(rows=3, cols=4)
    info.style = "Table Grid"
    data = [
        ("Barnets namn", "E.", "Personnummer", "ÅÅMMDD-XXXX"),
        ("Datum för uppföljning", "2025-05-20", "Plats", "Hagaskolan, Borlänge, konferensrum B"),
        ("SIP upprättad", "2025-01-14", "Uppföljning nr", "1"),
    ]
    for r_, vals in zip(info.rows, data):
        for i, v in enumerate(vals):
            cell_text(r_.cells[i], v, bold=(i % 2 == 0), size=10)
            if i % 2 == 0:
                set_cell_shading(r_.cells[i], "E7E6E6")
    set_col_widths(info, (5.0, 7.85, 5.0, 7.85))

    doc.add_heading("Närvarande", level=2)
    tb = doc.add_table(rows=1, cols=3)
    tb.style = "Table Grid"
    for c, t in zip(tb.rows[0].cells, ["Namn", "Funktion", "Verksamhet"]):
        cell_text(c, t, bold=True)
        set_cell_shading(c, "E7E6E6")
    repeat_header(tb.rows[0])
    for n, f, v in [
        ("Cecilia", "Socialsekreterare", "IFO Barn och familj, Borlänge kommun"),
        ("Per", "Familjebehandlare", "Familjeenheten, Borlänge kommun"),
        ("Anders", "Klasslärare/mentor åk 6", "Hagaskolan, Borlänge kommun"),
        ("Kristin", "Skolkurator", "Elevhälsan, Hagaskolan"),
        ("Maria", "Sjuksköterska", "BUP Borlänge, Region Dalarna"),
    ]:
        c = tb.add_row().cells
        cell_text(c[0], n)
        cell_text(c[1], f)
        cell_text(c[2], v)
    set_col_widths(tb, (5.0, 8.0, 12.7))

    doc.add_heading("Frågor till dagens uppföljning", level=2)
    for q in [
        "Har E:s utbrott i skolan minskat sedan ADHD-medicinen justerades i februari?",
        "Behöver familjebehandlingen fortsätta efter sommaren, eller räcker det som har gjorts?",
        "Hur ska skolan och socialtjänsten göra om skolan på nytt ser tecken på våld i hemmet – "
        "vem ringer vem och när görs en ny orosanmälan?",
    ]:
        doc.add_paragraph(q, style="List Bullet")

    doc.add_heading("Uppföljning av målen", level=2)
    tb = doc.add_table(rows=1, cols=3)
    tb.style = "Table Grid"
    for c, t in zip(tb.rows[0].cells, ["Mål", "Hur har det gått?", "Fortsättning"]):
        cell_text(c, t, bold=True)
        set_cell_shading(c, "E7E6E6")
    repeat_header(tb.rows[0])
    rows = [
        ("Att E. ska ha en fungerande medicinering mot sin ADHD.",
         "Bättre. Färre utbrott i skolan enligt mentor, men E. somnar sent och är "
         "trött på morgonen. Vikten har gått ned något.",
         "Fortsatt kontakt med BUP."),
        ("Att E. ska klara att vara kvar i klassrummet under hela lektioner.",
         "Delvis. E. klarar ungefär två av tre lektioner. Svårast är idrott och "
         "lektioner efter lunch.",
         "Som tidigare."),
        ("Att E. ska vara trygg hemma och att våldet i hemmet ska upphöra.",
         "Inga nya incidenter kända sedan mars. Utredningen hos socialtjänsten är "
         "avslutad.",
         "Fortsatt stöd från socialtjänsten vid behov."),
        ("Att E. ska ha en meningsfull fritid.",
         "Har inte kommit igång. E. är mest hemma och spelar.",
         "Tas upp igen vid nästa möte."),
    ]
    for m, h, f in rows:
        c = tb.add_row().cells
        cell_text(c[0], m)
        cell_text(c[1], h)
        cell_text(c[2], f)
    set_col_widths(tb, (7.5, 10.5, 7.5))

    doc.add_heading("Övrigt", level=2)
    doc.add_paragraph(
        "Skolan upplever att samarbetet med BUP har blivit bättre sedan januari. "
        "Inför åk 7 till hösten byter E. skola till Kvarnsvedens skola och "
        "överlämning behöver planeras.")

    doc.add_heading("Beslut", level=2)
    for b in [
        "Planen fortsätter i övrigt oförändrad.",
        "BUP och skolan har fortsatt kontakt.",
        "Socialtjänsten återkommer om fortsatt stöd efter sommaren.",
        "Nästa uppföljning: 2025-10-07 kl. 14.00, Kvarnsvedens skola.",
    ]:
        doc.add_paragraph(b, style="List Number")

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    p.add_run("Antecknat av: ").bold = True
    p.add_run("Cecilia, socialsekreterare, IFO Barn och familj")

    doc.save(path(5, "docx"))


# ====================================================================== 06 PDF
# Child-friendly "Min plan", HTML -> PDF with LibreOffice.

HTML_06 = """<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Min plan – Elsa</title>
<style>
  p, li, td { font-family: 'DejaVu Sans', sans-serif; font-size: 12pt; }
  body { font-family: 'DejaVu Sans', sans-serif; font-size: 12pt; color: #222; }
  h1 { font-size: 24pt; color: #2a6f97; margin-bottom: 2pt; }
  .sub { font-size: 10pt; color: #555; margin-top: 0; }
  .box { border: 2px solid #89c2d9; background: #eef7fb; padding: 6pt 10pt;
         margin: 10pt 0; }
  .box.green { border-color: #95d5b2; background: #f0faf3; }
  .box.yellow { border-color: #f4d35e; background: #fffbe6; }
  .box.pink { border-color: #f4acb7; background: #fff0f3; }
  h2 { font-family: 'DejaVu Sans', sans-serif; font-size: 15pt; margin: 2pt 0 4pt 0; }
  .sym { font-size: 20pt; }
  li { margin-bottom: 4pt; }
  .small { font-size: 8.5pt; color: #666; }
</style>
</head>
<body>

<h1>★ Min plan ★</h1>
<p class="sub">Elsa, 9 år &nbsp;•&nbsp; Vi skrev planen tillsammans på mötet den 4 mars 2025 i Mora</p>

<table width="100%" cellpadding="9" cellspacing="0" style="border: 2px solid #89c2d9; margin-bottom: 10pt;"><tr><td bgcolor="#eef7fb" style="border: 2px solid #89c2d9;">
<h2><span class="sym">☀</span> Därför har vi gjort en plan</h2>
<p>Vi har gjort den här planen för att du ska kunna gå till skolan utan att ha
så ont i magen, och för att alla vuxna som hjälper dig – i skolan, på BUP och
hemma – ska veta vad de ska göra och göra på samma sätt.</p>
</td></tr></table>
<p style="font-size: 4pt;">&nbsp;</p>

<table width="100%" cellpadding="9" cellspacing="0" style="border: 2px solid #f4acb7; margin-bottom: 10pt;"><tr><td bgcolor="#fff0f3" style="border: 2px solid #f4acb7;">
<h2><span class="sym">♥</span> Det här är viktigt för mig</h2>
<ul>
<li>Jag vill veta innan om det blir en vikarie eller om något ändras.</li>
<li>Jag vill inte att det är så mycket ljud. Matsalen är jobbigast.</li>
<li>Jag vill få vara ifred en stund när jag kommer hem.</li>
</ul>
<p><b>Mitt mål:</b> ”Jag vill gå till skolan alla dagar och äta lunch med Wilma.”</p>
</td></tr></table>
<p style="font-size: 4pt;">&nbsp;</p>

<table width="100%" cellpadding="9" cellspacing="0" style="border: 2px solid #95d5b2; margin-bottom: 10pt;"><tr><td bgcolor="#f0faf3" style="border: 2px solid #95d5b2;">
<h2><span class="sym">☺</span> Så var det på mötet</h2>
<p>Du var med på mötet tillsammans med mamma och pappa. Du ritade en bild av
skolan och berättade att det värsta är ljudet i matsalen och när saker ändras
utan att du vet om det. Du sa att det bästa är bild och att vara med Wilma.</p>
<p><b>Får vi vuxna prata med varandra om dig?</b><br>
– Ja, sa du, mamma och pappa på mötet den 4 mars 2025. Mamma och pappa skrev
också under ett papper om det.</p>
</td></tr></table>
<p style="font-size: 4pt;">&nbsp;</p>

<table width="100%" cellpadding="9" cellspacing="0" style="border: 2px solid #e0b800; margin-bottom: 10pt;"><tr><td bgcolor="#fffbe6" style="border: 2px solid #e0b800;">
<h2><span class="sym">☛</span> Så här hjälper de vuxna mig</h2>
<ul>
<li><b>[bild: en klocka]</b> Jonas, min lärare, visar dagens bildschema på tavlan
varje morgon och säger till om det blir vikarie.</li>
<li><b>[bild: en pratbubbla]</b> Karin, som är kurator, träffar mig varje måndag
efter lunch och vi pratar om hur veckan ska bli.</li>
<li><b>[bild: ett hjärta]</b> På BUP träffar jag Anna, som är psykolog. Vi övar
på att våga saker som känns läskiga, lite i taget. Vi ses tio gånger och
börjar i mars.</li>
<li><b>[bild: en tallrik]</b> Jag får äta lunch i det lilla rummet bredvid
matsalen och får ta med en kompis.</li>
<li><b>[bild: hörlurar]</b> Jag får ha hörselkåpor i klassrummet när det är
mycket ljud.</li>
</ul>
</td></tr></table>
<p style="font-size: 4pt;">&nbsp;</p>

<table width="100%" cellpadding="9" cellspacing="0" style="border: 2px solid #f4acb7; margin-bottom: 10pt;"><tr><td bgcolor="#fff0f3" style="border: 2px solid #f4acb7;">
<h2><span class="sym">⌂</span> Så här hjälper mamma och pappa mig</h2>
<ul>
<li>Mamma följer med mig till skolan varje morgon och lämnar mig vid
klassrummet.</li>
<li>Pappa hämtar mig klockan 14 på tisdagar och torsdagar, då jag slutar
tidigare.</li>
<li>Hemma har vi samma bildschema som i skolan, och mamma och pappa går
igenom morgondagen med mig vid läggdags.</li>
</ul>
</td></tr></table>
<p style="font-size: 4pt;">&nbsp;</p>

<table width="100%" cellpadding="9" cellspacing="0" style="border: 2px solid #89c2d9; margin-bottom: 10pt;"><tr><td bgcolor="#eef7fb" style="border: 2px solid #89c2d9;">
<h2><span class="sym">✎</span> Vem håller ihop planen?</h2>
<p>Karin, som är kurator, håller ihop planen. Hon ringer mamma och pappa om
något ändras.</p>
</td></tr></table>
<p style="font-size: 4pt;">&nbsp;</p>

<table width="100%" cellpadding="9" cellspacing="0" style="border: 2px solid #95d5b2; margin-bottom: 10pt;"><tr><td bgcolor="#f0faf3" style="border: 2px solid #95d5b2;">
<h2><span class="sym">☺</span> Vilka var med på mötet?</h2>
<p>Du, mamma, pappa, Karin (kurator), Jonas (lärare) och Anna (psykolog).</p>
</td></tr></table>
<p style="font-size: 4pt;">&nbsp;</p>

<table width="100%" cellpadding="9" cellspacing="0" style="border: 2px solid #e0b800; margin-bottom: 10pt;"><tr><td bgcolor="#fffbe6" style="border: 2px solid #e0b800;">
<h2><span class="sym">☂</span> När ses vi igen?</h2>
<p>Vi ses igen efter sommarlovet, när skolan har börjat. Då pratar vi om hur
det har gått.</p>
</td></tr></table>
<p style="font-size: 4pt;">&nbsp;</p>

<p class="small">Barnversion av samordnad individuell plan (SIP). Mora kommun,
Barn- och utbildningsförvaltningen, och Region Dalarna, BUP Mora.</p>

</body>
</html>
"""


def soffice_convert(src, outdir):
    extra = ["--infilter=HTML (StarWriter)"] if src.endswith(".html") else []
    subprocess.run(
        ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", *extra,
         "--convert-to", "pdf:writer_pdf_Export", "--outdir", outdir, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


def build_06():
    tmp = os.path.join(HERE, "_build")
    os.makedirs(tmp, exist_ok=True)
    src = os.path.join(tmp, f"{PREFIX}-06.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(HTML_06)
    soffice_convert(src, tmp)
    shutil.move(os.path.join(tmp, f"{PREFIX}-06.pdf"), path(6, "pdf"))


# ===================================================================== 07 DOCX
# Discharge plan from psychiatric inpatient care used as SIP, ☒/☐ checkboxes.

def build_07():
    doc = base_doc("Arial", 10)
    fixed_docx_props(doc, "Utskrivningsplan / SIP", "Psykiatri Säter avd 4")
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    r = hp.add_run("Region Dalarna  |  Psykiatriska kliniken Säter, avdelning 4")
    r.font.size = Pt(8)
    r.font.small_caps = True
    fp = sec.footer.paragraphs[0]
    fp.text = "Blankett PSY-118, rev. 2024-05  •  Original i patientjournalen, kopia till patienten"
    fp.runs[0].font.size = Pt(7.5)

    p = doc.add_paragraph()
    r = p.add_run("UTSKRIVNINGSPLAN / SAMORDNAD INDIVIDUELL PLAN")
    r.bold = True
    r.font.size = Pt(14)
    p = doc.add_paragraph()
    r = p.add_run("Vid utskrivning från psykiatrisk slutenvård enligt lag (2017:612) och HSL 16 kap. 4 §")
    r.font.size = Pt(8.5)
    r.italic = True

    def grid(rows, widths=(5.2, 11.4)):
        tb = doc.add_table(rows=0, cols=2)
        tb.style = "Table Grid"
        for label, value in rows:
            c = tb.add_row().cells
            cell_text(c[0], label, bold=True, size=9.5)
            set_cell_shading(c[0], "F2F2F2")
            cell_text(c[1], value, size=9.5)
        set_col_widths(tb, widths)
        doc.add_paragraph().paragraph_format.space_after = Pt(0)
        return tb

    bold_para(doc, "Patientuppgifter", 11, 4)
    grid([
        ("Namn", "Anneli"),
        ("Personnummer", "ÅÅMMDD-XXXX"),
        ("Hemkommun", "Ludvika"),
        ("Inskriven", "2025-01-07"),
        ("Planerad utskrivning", "2025-01-28"),
        ("Vårdform", "☒ HSL (frivillig)   ☐ LPT   ☐ LRV"),
    ])

    bold_para(doc, "Planeringsmöte", 11, 4)
    grid([
        ("Typ av plan", "☒ SIP   ☐ Samordnad vårdplan (SVPL)"),
        ("Mötesdatum", "2025-01-24, Teams"),
        ("Syfte", "☒ Samordning inför utskrivning   ☐ Annat: ……………"),
        ("Frågeställningar", "Utskrivning och fortsatt vård."),
        ("Aktuellt", "Inlagd pga djup depression med suicidtankar. Samtidigt "
                     "alkoholberoende; abstinensbehandlad på avdelningen vecka 2. "
                     "Stämningsläget förbättrat, inga aktuella suicidtankar."),
    ])

    bold_para(doc, "Patientens delaktighet", 11, 4)
    grid([
        ("Patientens egna mål", ""),
        ("Deltagande", "☒ Patienten deltog i mötet\n☐ Patienten deltog inte, orsak: ……………"),
        ("Samtycke till SIP", "☐ Muntligt   ☐ Skriftligt    Datum: ÅÅÅÅ-MM-DD"),
        ("Närstående informerade", "☐ Ja   ☐ Nej"),
    ])

    bold_para(doc, "Insatser efter utskrivning", 11, 4)
    tb = doc.add_table(rows=1, cols=3)
    tb.style = "Table Grid"
    for c, t in zip(tb.rows[0].cells, ["Insats", "Ansvarig", "Fr.o.m."]):
        cell_text(c, t, bold=True, size=9.5)
        set_cell_shading(c, "F2F2F2")
    repeat_header(tb.rows[0])
    for ins in [
        "☒ Fortsatt kontakt med öppenvårdspsykiatrin",
        "☒ Stöd från socialtjänsten vid behov",
        "☐ Boendestöd",
        "☐ Kontakt med beroendemottagning",
        "☐ Hemsjukvård / läkemedelshantering",
        "☐ Annat: ……………",
    ]:
        c = tb.add_row().cells
        cell_text(c[0], ins, size=9.5)
        cell_text(c[1], "", size=9.5)
        cell_text(c[2], "", size=9.5)
    set_col_widths(tb, (8.6, 5.0, 3.0))
    doc.add_paragraph()

    bold_para(doc, "Andra aktörer", 11, 4)
    grid([
        ("Kontakt tagen med", "☐ Försäkringskassan   ☐ Arbetsförmedlingen\n☐ Närstående   ☐ God man/förvaltare"),
    ])

    bold_para(doc, "Ansvar och uppföljning", 11, 4)
    grid([
        ("Huvudansvarig för SIP / fast vårdkontakt",
         "Maria, sjuksköterska, Vuxenpsykiatrimottagningen Ludvika"),
        ("Uppföljande SIP-möte", "2025-02-18 kl. 10.00, Vuxenpsykiatrimottagningen Ludvika"),
        ("Plan skickad till", "☒ Patient   ☒ Öppenvården   ☐ Socialtjänsten   ☐ Vårdcentral"),
    ])

    p = doc.add_paragraph()
    p.add_run("Ifylld av: ").bold = True
    p.add_run("Sjuksköterska, avdelning 4, 2025-01-24")

    doc.save(path(7, "docx"))


# ===================================================================== 08 DOCX
# NOT a plan: åtgärdsprogram under the Education Act.

def build_08():
    doc = base_doc("Times New Roman", 11.5)
    fixed_docx_props(doc, "Åtgärdsprogram", "Elevhälsan Sandviken")
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Sandvikens kommun  •  Barn- och utbildningsförvaltningen\tÅtgärdsprogram\tKungsgårdsskolan"
    for r in hp.runs:
        r.font.size = Pt(8.5)
    for st in ("Heading 1", "Heading 2"):
        doc.styles[st].font.name = "Times New Roman"
        doc.styles[st].font.color.rgb = RGBColor(0, 0, 0)
    doc.styles["Heading 1"].font.size = Pt(17)
    doc.styles["Heading 2"].font.size = Pt(13)

    doc.add_heading("Åtgärdsprogram", level=1)
    p = doc.add_paragraph("Enligt 3 kap. 9 § skollagen (2010:800)")
    p.runs[0].italic = True

    tb = doc.add_table(rows=4, cols=4)
    tb.style = "Table Grid"
    data = [
        ("Elev", "Noah", "Personnummer", "ÅÅMMDD-XXXX"),
        ("Skola", "Kungsgårdsskolan, Sandviken", "Klass", "7B"),
        ("Mentor", "Johanna", "Datum för beslut", "2025-09-22"),
        ("Utredning gjord", "2025-09-08 (pedagogisk kartläggning)", "Beslut av", "Rektor"),
    ]
    for r_, vals in zip(tb.rows, data):
        for i, v in enumerate(vals):
            cell_text(r_.cells[i], v, bold=(i % 2 == 0), size=10)
    set_col_widths(tb, (3.2, 5.4, 3.6, 4.4))

    doc.add_heading("Nuvarande situation", level=2)
    doc.add_paragraph(
        "Noah började i årskurs 7 i augusti 2025. Han har svårt att komma igång med "
        "uppgifter på egen hand och lämnar ofta in ofullständiga arbeten i "
        "svenska, engelska och SO. Enligt den pedagogiska kartläggningen har Noah "
        "en långsam läshastighet och svårt att strukturera längre texter. I matematik "
        "når han målen. Noah är omtyckt av klasskamraterna och fungerar bra på "
        "raster och i praktiska ämnen. Vårdnadshavare beskriver att läxorna tar "
        "lång tid och leder till konflikter hemma.")

    doc.add_heading("Behov", level=2)
    for b in [
        "Noah behöver tydlig struktur och uppdelning av större uppgifter i mindre delar.",
        "Noah behöver stöd i läsning för att kunna ta till sig texter i teoretiska ämnen.",
        "Noah behöver mer tid vid prov och möjlighet att redovisa muntligt.",
    ]:
        doc.add_paragraph(b, style="List Bullet")

    doc.add_heading("Åtgärder", level=2)
    tb = doc.add_table(rows=1, cols=3)
    tb.style = "Table Grid"
    for c, t in zip(tb.rows[0].cells, ["Åtgärd", "Ansvarig", "Från och med"]):
        cell_text(c, t, bold=True, size=10)
        set_cell_shading(c, "D9D9D9")
    repeat_header(tb.rows[0])
    for a, an, f in [
        ("Specialpedagogiskt stöd i läs- och skrivstrategier, 2 × 40 min/vecka i liten grupp",
         "Specialpedagog", "2025-09-29"),
        ("Tillgång till talsyntes och inlästa läromedel (Inläsningstjänst) i alla teoretiska ämnen",
         "Mentor", "2025-09-29"),
        ("Uppgifter delas upp i delmoment med checklista; avstämning med mentor varje fredag",
         "Ämneslärare i sv, en, SO", "v. 40"),
        ("Förlängd provtid och möjlighet till muntlig komplettering",
         "Respektive ämneslärare", "Höstterminen 2025"),
        ("Läxhjälp på skolan tisdagar och torsdagar",
         "Fritidsledare", "v. 40"),
    ]:
        c = tb.add_row().cells
        cell_text(c[0], a, size=10)
        cell_text(c[1], an, size=10)
        cell_text(c[2], f, size=10)
    set_col_widths(tb, (9.2, 4.2, 3.2))

    doc.add_heading("Ansvarig", level=2)
    doc.add_paragraph(
        "Mentor Johanna ansvarar för att åtgärdsprogrammet genomförs och för "
        "kontakten med vårdnadshavare. Rektor ansvarar för beslutet.")

    doc.add_heading("Uppföljning", level=2)
    doc.add_paragraph(
        "Åtgärdsprogrammet följs upp och utvärderas 2025-12-08 av mentor och "
        "specialpedagog tillsammans med Noah och vårdnadshavare.")

    doc.add_heading("Elevens och vårdnadshavares synpunkter", level=2)
    doc.add_paragraph(
        "Noah och vårdnadshavare har deltagit i utarbetandet av programmet. Noah "
        "tycker att det är bra med inlästa böcker men vill inte gå ifrån klassen "
        "för ofta. Vårdnadshavare är positiva till läxhjälpen.")

    doc.add_heading("Underskrifter", level=2)
    doc.add_paragraph("Rektor: ______________________      Datum: 2025-09-22")
    doc.add_paragraph("Mentor: ______________________")
    p = doc.add_paragraph(
        "Beslut om åtgärdsprogram kan överklagas till Skolväsendets överklagandenämnd "
        "(28 kap. 16 § skollagen). Information om hur man överklagar har lämnats till vårdnadshavare.")
    p.runs[0].font.size = Pt(9)
    p.runs[0].italic = True

    doc.save(path(8, "docx"))


def normalize_zip(fn):
    """Rewrite a .docx with fixed zip timestamps so repeated runs give identical bytes."""
    import zipfile
    with zipfile.ZipFile(fn) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(fn, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def main():
    os.makedirs(OUT, exist_ok=True)
    build_01()
    build_02()
    build_03()
    build_04()
    build_05()
    build_06()
    build_07()
    build_08()
    shutil.rmtree(os.path.join(HERE, "_build"), ignore_errors=True)
    for fn in sorted(os.listdir(OUT)):
        if fn.endswith(".docx"):
            normalize_zip(os.path.join(OUT, fn))
    print("done:", sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()
