#!/usr/bin/env python
"""Generate batch fresh-89a: eight fictional, anonymized documents (seven SIP plans
and one routine document) for Region Västernorrland, 2025.

Run with /work/batches/.venv/bin/python generate.py
Deterministic: fixed texts and dates, no randomness.
"""
import os
import shutil
import subprocess
import textwrap
from datetime import datetime

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
PLANS = os.path.join(HERE, "plans")
BUILD = os.path.join(HERE, "build")
PREFIX = "f89a"
LO_PROFILE = "file:///tmp/lo-f89a"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def out(n, ext):
    return os.path.join(PLANS, f"{PREFIX}-{n:02d}.{ext}")


def save_docx(doc, path, when, author=""):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = when
    cp.modified = when
    cp.revision = 1
    doc.save(path)


# ---------------------------------------------------------------- docx helpers
def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_col_width(table, idx, width):
    """Set a column width in the cells and in w:tblGrid (LibreOffice reads the grid)."""
    table.autofit = False
    for row in table.rows:
        row.cells[idx].width = width
    grid = table._tbl.tblGrid
    cols = grid.findall(qn("w:gridCol"))
    if idx < len(cols):
        cols[idx].set(qn("w:w"), str(int(width.twips)))


def cant_split(table):
    for row in table.rows:
        trPr = row._tr.get_or_add_trPr()
        el = OxmlElement("w:cantSplit")
        el.set(qn("w:val"), "true")
        trPr.append(el)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


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
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(2.0)
    sec.bottom_margin = Cm(2.0)
    return doc


def para(container, text="", bold=False, italic=False, size=None, style=None,
         color=None, space_after=None, align=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if align:
        p.alignment = align
    return p


def cell_text(cell, text, bold=False, size=None, italic=False, color=None):
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return p


def cell_add(cell, text, style=None, bold=False, size=None):
    p = cell.add_paragraph(style=style) if style else cell.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    return p


def footer_text(section, text, size=8):
    p = section.footer.paragraphs[0]
    p.text = ""
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)


def add_page_field(paragraph, size=8):
    """Append 'Sida X av Y' with real PAGE / NUMPAGES fields."""
    def fld(instr):
        r = paragraph.add_run()
        r.font.size = Pt(size)
        b = OxmlElement("w:fldChar")
        b.set(qn("w:fldCharType"), "begin")
        r._r.append(b)
        r2 = paragraph.add_run()
        r2.font.size = Pt(size)
        it = OxmlElement("w:instrText")
        it.set(qn("xml:space"), "preserve")
        it.text = instr
        r2._r.append(it)
        r3 = paragraph.add_run()
        r3.font.size = Pt(size)
        e = OxmlElement("w:fldChar")
        e.set(qn("w:fldCharType"), "end")
        r3._r.append(e)
    r = paragraph.add_run("Sida ")
    r.font.size = Pt(size)
    fld("PAGE")
    r = paragraph.add_run(" av ")
    r.font.size = Pt(size)
    fld("NUMPAGES")


# ====================================================================== 01
def plan01():
    """Two-column table plan, grey label column, merged 'Insatser' label spanning
    the kommun row and the region row, nested bullet lists. Child with school
    refusal and anxiety, Timrå."""
    doc = base_doc("Calibri", 10.5)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    r = hp.add_run("Timrå kommun – Region Västernorrland")
    r.font.size = Pt(8)
    r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    hp.add_run("\t\t")
    r = hp.add_run("Samordnad individuell plan")
    r.font.size = Pt(8)
    r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_page_field(fp)

    para(doc, "SAMORDNAD INDIVIDUELL PLAN (SIP)", bold=True, size=15, space_after=2)
    para(doc, "Enligt 2 kap. 7 § SoL och 16 kap. 4 § HSL", italic=True, size=9,
         color="595959", space_after=10)

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER

    def row(label):
        cells = t.add_row().cells
        cell_text(cells[0], label, bold=True)
        shade(cells[0])
        return cells[1]

    c = row("Namn")
    cell_text(c, "Alva, 13 år (ÅÅMMDD-XXXX)")
    c = row("Datum och plats för mötet")
    cell_text(c, "2025-03-18 kl. 13.00–14.30, Elevhälsans samtalsrum, Timrå")

    c = row("Deltagare")
    cell_text(c, "Vid mötet deltog:")
    cell_add(c, "Alva (första halvtimmen) och mamma Jenny", "List Bullet")
    cell_add(c, "Timrå kommun", "List Bullet")
    cell_add(c, "Maria, skolkurator, Elevhälsan Timrå kommun", "List Bullet 2")
    cell_add(c, "Oskar, mentor åk 7, högstadiet Timrå kommun", "List Bullet 2")
    cell_add(c, "Hanna, socialsekreterare, Barn och unga, Socialtjänsten Timrå", "List Bullet 2")
    cell_add(c, "Region Västernorrland", "List Bullet")
    cell_add(c, "Lovisa, psykolog, BUP Sundsvall", "List Bullet 2")
    cell_add(c, "Fredrik, specialistläkare, BUP Sundsvall (via Teams)", "List Bullet 2")

    c = row("Bakgrund")
    cell_text(c, "Alva går i åk 7. Frånvaron har ökat sedan höstterminen och var under "
                 "februari ca 45 %, mest måndagar och dagar med idrott. Hon har ont i "
                 "magen på morgnarna och blir kvar hemma. BUP Sundsvall påbörjade en "
                 "bedömning i januari 2025 och ser tecken på generaliserat ångestsyndrom. "
                 "Socialtjänsten har en pågående utredning efter ansökan från mamma om "
                 "stöd i hemmet.")

    c = row("Syfte med SIP")
    cell_text(c, "Att skolan, socialtjänsten och BUP har en gemensam plan för hur Alva "
                 "stegvis ska komma tillbaka till skolan i sin egen takt och samtidigt få "
                 "behandling för sin oro, så att mamma inte själv behöver hålla ihop "
                 "kontakterna.")

    c = row("Alvas mål")
    cell_text(c, "Alva sa så här:")
    cell_add(c, "”Jag vill kunna vara i skolan på förmiddagarna och äta lunch med "
                "mina kompisar igen.”", "List Bullet")
    cell_add(c, "”Jag vill slippa ha ont i magen varje morgon.”", "List Bullet")

    c = row("Alvas egen syn")
    cell_text(c, "Alva var med första halvtimmen tillsammans med mamma. Hon berättade att "
                 "det är jobbigast i det stora klassrummet och på idrotten när alla "
                 "tittar. Hon vill ha en vuxen att gå till när det blir för mycket och "
                 "vill inte att hela klassen ska få veta om planen.")

    # merged label over two rows
    r1 = t.add_row().cells
    r2 = t.add_row().cells
    lab = r1[0].merge(r2[0])
    cell_text(lab, "Insatser", bold=True)
    shade(lab)
    k = r1[1]
    cell_text(k, "Kommun – Timrå kommun", bold=True)
    cell_add(k, "Skolan/Elevhälsan", "List Bullet")
    cell_add(k, "Anpassad studiegång: skoldagen börjar kl. 9.30, mindre grupp i "
                "svenska och matematik, Alva får gå ifrån idrotten till biblioteket – "
                "ansvarig Oskar, mentor, från 2025-03-24", "List Bullet 2")
    cell_add(k, "Stödsamtal med kurator varje tisdag kl. 10.00, Maria är Alvas "
                "”trygga vuxna” på skolan – ansvarig Maria, skolkurator, start 2025-03-25",
             "List Bullet 2")
    cell_add(k, "Socialtjänsten, Barn och unga", "List Bullet")
    cell_add(k, "Utredningen slutförs och beslut om familjebehandlare i hemmet "
                "(Familjeteamet Timrå) fattas – ansvarig Hanna, socialsekreterare, "
                "senast 2025-04-04", "List Bullet 2")
    g = r2[1]
    cell_text(g, "Region – Region Västernorrland", bold=True)
    cell_add(g, "BUP Sundsvall", "List Bullet")
    cell_add(g, "KBT-behandling för oro, ca 12 samtal, med övningar mellan "
                "träffarna – ansvarig Lovisa, psykolog", "List Bullet 2")
    cell_add(g, "Läkarbedömning av om medicinering kan vara aktuell – Fredrik, "
                "specialistläkare BUP, besök 2025-04-15", "List Bullet 2")

    c = row("Samtycke")
    cell_text(c, "Samtycke finns.")
    c = row("Huvudansvar för planen")
    cell_text(c, "Elevhälsan, Timrå kommun")
    c = row("Uppföljning")
    cell_text(c, "2025-05-20 kl. 13.00 i Elevhälsans samtalsrum. Kurator skickar kallelse.")

    set_col_width(t, 0, Cm(4.2))
    set_col_width(t, 1, Cm(12.4))

    para(doc, "")
    para(doc, "Planen upprättad 2025-03-18 av Maria, skolkurator. Kopia till "
              "vårdnadshavare och samtliga deltagare.", italic=True, size=9,
         color="595959")
    save_docx(doc, out(1, "docx"), datetime(2025, 3, 18, 15, 2))


# ====================================================================== 02
class NCSPrint(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(110, 110, 110)
        self.set_xy(15, 9)
        self.cell(90, 4, "Region Västernorrland · Journal", new_x="RIGHT", new_y="TOP")
        self.cell(0, 4, "A.   ÅÅMMDD-XXXX", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(170, 170, 170)
        self.set_line_width(0.2)
        self.line(15, 14.5, 195, 14.5)
        self.set_y(19)

    def footer(self):
        self.set_y(-13)
        self.set_draw_color(170, 170, 170)
        self.set_line_width(0.2)
        self.line(15, self.get_y() - 1.5, 195, self.get_y() - 1.5)
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(110, 110, 110)
        self.cell(60, 4, "Utskrift ur NCS Cross", new_x="RIGHT", new_y="TOP")
        self.cell(60, 4, "Utskriven 2025-03-07 10:42 av Peter", align="C",
                  new_x="RIGHT", new_y="TOP")
        self.cell(0, 4, f"Sida {self.page_no()} av {{nb}}", align="R")


def plan02():
    """Record print: small grey capital labels above values, no boxes, thin rule
    between parts, two pages, running footer. Adult with psychosis and debts,
    Sundsvall."""
    pdf = NCSPrint(format="A4")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_margins(15, 18, 15)
    pdf.set_auto_page_break(True, margin=20)
    pdf.alias_nb_pages()
    pdf.set_creation_date(datetime(2025, 3, 7, 10, 42))
    pdf.set_creator("NCS Cross")
    pdf.add_page()

    W = 180

    def label(txt):
        pdf.set_font("DejaVu", "", 6.8)
        pdf.set_text_color(125, 125, 125)
        pdf.cell(W, 3.6, txt.upper(), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.6)

    def value(txt, bold=False, size=10.5, h=5.2):
        pdf.set_font("DejaVu", "B" if bold else "", size)
        pdf.set_text_color(20, 20, 20)
        if txt:
            pdf.multi_cell(W, h, txt, align="L", new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.ln(h)

    def rule():
        pdf.ln(2.2)
        pdf.set_draw_color(190, 190, 190)
        pdf.set_line_width(0.15)
        y = pdf.get_y()
        pdf.line(15, y, 195, y)
        pdf.ln(3)

    def part(lab, txt, **kw):
        label(lab)
        value(txt, **kw)
        rule()

    pdf.set_font("DejaVu", "B", 14)
    pdf.set_text_color(20, 20, 20)
    pdf.cell(W, 8, "Samordnad individuell plan (SIP)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 8.5)
    pdf.set_text_color(90, 90, 90)
    pdf.cell(W, 5, "Anteckning · Allmänpsykiatrisk öppenvård Sundsvall · Signerad "
                   "2025-03-07 av Peter, specialistsjuksköterska",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    rule()

    part("Datum för SIP-möte", "2025-03-06 kl. 09.00–10.30, Socialpsykiatrin "
         "Sundsvall, mötesrum 1")
    part("Deltagare", "Kontaktperson, boendestödjare, sjuksköterska, överläkare, "
         "budget- och skuldrådgivare, handläggare ekonomiskt bistånd, god man")
    part("Den enskildes delaktighet", "A. deltog inte i mötet.")
    part("Samtycke", "Muntligt samtycke till SIP och till informationsutbyte mellan "
         "socialpsykiatrin, ekonomiskt bistånd, budget- och skuldrådgivningen, "
         "psykiatrin och hälsocentralen lämnat av A. till kontaktperson vid hembesök "
         "2025-02-24. Dokumenterat i båda verksamheterna.")
    part("Bakgrund", "Man, 34 år, bor ensam i hyresrätt på Norrmalm i Sundsvall. "
         "Schizofreni sedan 2019. Vårdades inom heldygnsvården oktober–december 2024 "
         "efter att ha slutat med sin medicin, därefter depåinjektion. Hyresskuld på "
         "ca 23 000 kr och skulder hos Kronofogden på ca 180 000 kr. Hyresvärden har "
         "skickat uppsägningsvarning. God man förordnad i december 2024. "
         "Aktivitetsersättning från Försäkringskassan.")
    part("Syfte", "Att samordna kommunens och regionens insatser så att A. kan behålla "
         "sin lägenhet, att hyresskulden hanteras innan hyresvärden går vidare och att "
         "den psykiatriska behandlingen fortsätter utan avbrott efter utskrivningen.")
    part("Frågeställningar", "")
    part("Mål", "Målet är att A. ska bo kvar i sin lägenhet, ta sin medicin "
         "regelbundet och på sikt få en fungerande ekonomi och en meningsfull "
         "sysselsättning.")

    label("Planerade insatser")
    items = [
        ("Depåinjektion var fjärde vecka samt kontroll av biverkningar.",
         "Peter, specialistsjuksköterska, Allmänpsykiatrisk öppenvård Sundsvall",
         "Nästa 2025-03-13, därefter var fjärde vecka"),
        ("Läkarbesök för uppföljning av medicinering och sömn.",
         "Överläkare, Allmänpsykiatrisk öppenvård Sundsvall",
         "2025-04-10"),
        ("Boendestöd två gånger i veckan: struktur i vardagen, öppna post tillsammans, "
         "inköp och städning.",
         "Boendestödjare, Socialpsykiatrin Sundsvalls kommun",
         "Från 2025-03-10, måndag och torsdag"),
        ("Kontakt med hyresvärden om avbetalningsplan för hyresskulden och att "
         "uppsägningen skjuts upp.",
         "Lena, kontaktperson, Socialpsykiatrin Sundsvalls kommun",
         "Senast 2025-03-14"),
        ("Handläggning av ansökan om ekonomiskt bistånd till del av hyresskulden.",
         "Handläggare, Ekonomiskt bistånd, Socialtjänsten Sundsvall",
         "Beslut senast 2025-03-21"),
        ("Genomgång av samtliga skulder och bedömning av om ansökan om "
         "skuldsanering är möjlig.",
         "Budget- och skuldrådgivare, Sundsvalls kommun",
         "Första besök 2025-03-27"),
        ("Introduktion på Träffpunkten (dagverksamhet) två förmiddagar i veckan, "
         "boendestödjaren följer med de första gångerna.",
         "Arbetskonsulent, Socialpsykiatrin Sundsvalls kommun",
         "Start vecka 15, första besök 2025-04-08"),
        ("Somatisk hälsokontroll: blodtryck, vikt, blodsocker och blodfetter "
         "(metabol kontroll vid antipsykotisk behandling).",
         "Distriktssköterska, Hälsocentralen Skönsberg",
         "2025-04-03"),
    ]
    for i, (what, who, when) in enumerate(items, 1):
        pdf.set_font("DejaVu", "", 10.5)
        pdf.set_text_color(20, 20, 20)
        # keep each item together
        if pdf.get_y() + 17 > pdf.h - 20:
            pdf.add_page()
        pdf.cell(5, 5.2, f"{i}.", new_x="RIGHT", new_y="TOP")
        pdf.multi_cell(W - 5, 5.2, what, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 9)
        pdf.set_text_color(70, 70, 70)
        pdf.set_x(20)
        pdf.multi_cell(W - 5, 4.6, f"Ansvarig: {who}", align="L",
                       new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(20)
        pdf.multi_cell(W - 5, 4.6, f"Tid: {when}", align="L",
                       new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.8)
    rule()

    part("Övriga aktörer", "God man finns sedan december 2024. Försäkringskassan är "
         "aktuell (aktivitetsersättning).")
    part("Huvudansvar", "Lena, kontaktperson, Socialpsykiatrin Sundsvalls kommun")
    part("Uppföljning", "")
    part("Övrigt", "Planen skickas till A. och till god man per post. Kontaktperson "
         "går igenom planen med A. vid nästa hembesök.")
    pdf.output(out(2, "pdf"))


# ====================================================================== 03
def plan03():
    """Outlook calendar invitation body with meeting notes, UTF-8 with CRLF.
    Young adult with substance use, Örnsköldsvik."""
    def w(s, width=76):
        return textwrap.fill(s, width=width)

    lines = []
    A = lines.append
    A("Ämne: SIP E. – samordning beroende/psykiatri/boende")
    A("Plats: Beroendeenheten Örnsköldsvik, mötesrum Skuleberget / Microsoft Teams-möte")
    A("Tid: den 11 mars 2025 09:00-10:30 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, "
      "Stockholm, Wien")
    A("")
    A("Deltagare:")
    A("  E. (19 år) och hans pappa")
    A("  Sara – socialsekreterare, IFO vuxen/Beroendeenheten, Örnsköldsviks kommun")
    A("  Mikael – behandlare, Öppenvårdsteamet beroende, Örnsköldsviks kommun")
    A("  Linnea – boendesamordnare, Socialtjänsten Örnsköldsviks kommun")
    A("  Ingrid – sjuksköterska, Beroendemottagningen, Region Västernorrland")
    A("  Amir – specialistläkare, Vuxenpsykiatrin Örnsköldsvik, Region Västernorrland")
    A("")
    A("Hej!")
    A(w("Välkomna till SIP-möte för E. Mötet hålls på plats, men den som inte kan "
        "komma kan ansluta via Teams. E. har sagt att han vill att pappa är med."))
    A("")
    A("Vänliga hälsningar")
    A("Sara")
    A("Socialsekreterare, Beroendeenheten")
    A("Örnsköldsviks kommun")
    A("")
    A("_" * 80)
    A("Microsoft Teams-möte")
    A("Anslut på datorn, mobilappen eller rumsenheten")
    A("Klicka här för att ansluta till mötet")
    A("Mötes-ID: 3XX XXX XXX XXX")
    A("Lösenord: XXXXXX")
    A("Läs mer | Alternativ för möte")
    A("_" * 80)
    A("")
    A("Anteckningar från mötet:")
    A("")
    A(w("närvarande: alla enligt kallelsen. E. var med hela mötet, pappa första "
        "timmen. Amir anslöt via Teams."))
    A("")
    A(w("syfte: samordning av insatser kring E."))
    A("")
    A(w("bakgrund: E. 19 år, använt cannabis sedan 15-årsåldern och amfetamin "
        "periodvis senaste året. Bor i träningslägenhet via socialtjänsten sedan "
        "september, kontraktet går ut 30/4. Avbröt gymnasiet (el-programmet) i åk 2. "
        "Har svårt med koncentration och sömn, fråga om ADHD har väckts tidigare "
        "men aldrig utretts."))
    A("")
    A(w("frågor: hur ska behandlingen läggas upp när E. inte vill gå i grupp? "
        "behöver han en ADHD-utredning och kan den göras fast han inte varit drogfri "
        "särskilt länge? vad händer med boendet när kontraktet på "
        "träningslägenheten går ut 30/4?"))
    A("")
    A(w("E. själv: vill inte gå kvar i gruppbehandlingen, tycker det är jobbigt att "
        "prata inför andra och att det blir mer snack om droger där. vill hellre ha "
        "enskilda samtal. säger själv: \"jag vill ha en egen lägenhet och ett riktigt "
        "jobb, inte sitta hemma hela dagarna\". tycker det gått bättre sen jul, har "
        "inte tagit amfetamin sedan januari enligt honom själv."))
    A("")
    A(w("beslut/insatser: enskild behandling med återfallsprevention (ÅP) en gång "
        "i veckan istället för gruppen. urinprov varannan vecka som stöd i "
        "behandlingen. ADHD-utredning ska påbörjas, remiss skrivs. träningslägenheten "
        "förlängs tre månader om proverna är rena, ny bedömning av eget kontrakt "
        "därefter. sömnskola/sömnråd."))
    A("")
    A(w("vem gör vad: hann vi inte gå igenom ordentligt, Sara skickar ut ett "
        "förslag till alla."))
    A("")
    A(w("övrigt: AF nämndes, E. är inskriven där sedan i höstas."))
    A("")
    A(w("nästa möte: i juni, Sara skickar kallelse."))
    A("")
    flat = []
    for ln in lines:
        flat.extend(ln.split("\n"))
    text = "\r\n".join(flat) + "\r\n"
    with open(out(3, "txt"), "wb") as f:
        f.write(text.encode("utf-8"))


# ====================================================================== 04
def plan04():
    """Markdown table 'Del | Innehåll' with <br> and bullet characters in cells.
    Adult with autism and intellectual disability, LSS group home, new type 2
    diabetes, Kramfors."""
    rows = [
        ("Namn", "J., 27 år"),
        ("Datum", "2025-04-02"),
        ("Plats", "Gruppbostaden, Kramfors (gemensamhetsrummet)"),
        ("Deltagare", "• J. (början av mötet)<br>• Anna (kontaktman)<br>"
                      "• Ulf (enhetschef)<br>• Maria (sjuksköterska)<br>"
                      "• Sofia (dietist)<br>• Rickard (arbetsterapeut)"),
        ("Bakgrund", "J. har autism och lindrig intellektuell funktionsnedsättning. "
                     "Bor i gruppbostad enligt LSS 9 § 9 sedan 2019 och har daglig "
                     "verksamhet fyra dagar i veckan.<br>"
                     "Fick diagnosen typ 2-diabetes i januari 2025 (HbA1c 58). Har gått "
                     "upp ca 12 kg på två år. Äter mycket på kvällarna och har svårt med "
                     "ändrade rutiner. Tar Metformin sedan februari."),
        ("Syfte", "Att personalen på gruppbostaden, daglig verksamhet och hälso- och "
                  "sjukvården ska arbeta på samma sätt kring J:s mat, rörelse och "
                  "medicinering nu när han har fått diabetes, så att förändringarna "
                  "blir begripliga och förutsägbara för honom."),
        ("Frågeställningar", "Gå igenom läget.<br>Hur går det?"),
        ("J:s delaktighet", "J. var med i början av mötet och visade sitt veckoschema "
                            "med bilder. Han gick sedan till sitt rum."),
        ("Mål", "Sätts vid nästa möte."),
        ("Insatser", "• Fortsatt stöd i vardagen<br>"
                     "• Stöd kring mat och rörelse vid behov<br>"
                     "• Fortsatt kontakt angående diabetesen<br>"
                     "• Se över hjälpmedel vid behov"),
        ("Samtycke", "Skriftligt samtycke på blanketten ”Samtycke till SIP och "
                     "informationsöverföring”, undertecknad av J. 2025-03-20 "
                     "tillsammans med kontaktman. Blanketten finns i akten."),
        ("Huvudansvar", "–"),
        ("Uppföljning", "Vecka 40"),
    ]
    lines = ["# SIP – J.", "",
             "Samordnad individuell plan, Kramfors kommun / Region Västernorrland", "",
             "| Del | Innehåll |", "|---|---|"]
    for d, c in rows:
        lines.append(f"| **{d}** | {c} |")
    lines += ["", "_Antecknat av Maria, 2025-04-03._", ""]
    with open(out(4, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines))


# ====================================================================== 05
def plan05():
    """Plan for a young person: own section as answers to prompts, some left
    unanswered, followed by staff parts. 16-year-old with depression and
    self-harm, Sollefteå."""
    doc = base_doc("Arial", 10.5)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    r = hp.add_run("SIP – Sollefteå kommun och Region Västernorrland")
    r.font.size = Pt(8)
    r.font.color.rgb = RGBColor(0x70, 0x70, 0x70)
    footer_text(sec, "Mall: SIP barn och unga, version 2024-09")

    h = doc.add_heading("Min SIP – samordnad individuell plan", level=1)
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    info = [("Namn", "Nora"), ("Personnummer", "ÅÅMMDD-XXXX"),
            ("Datum för mötet", "2025-04-08"),
            ("Plats", "Socialtjänsten Sollefteå, Barn och unga, mötesrum Ådalen")]
    for i, (a, b) in enumerate(info):
        cell_text(t.cell(i, 0), a, bold=True)
        shade(t.cell(i, 0), "EDEDED")
        cell_text(t.cell(i, 1), b)
    set_col_width(t, 0, Cm(4.5))
    set_col_width(t, 1, Cm(12))

    doc.add_heading("Min del", level=2)
    para(doc, "Den här delen fyller du i själv eller tillsammans med någon du litar "
              "på. Du bestämmer vad som står här.", italic=True, size=9, color="666666")

    prompts = [
        ("Det här är viktigt för mig:",
         "Att jag får gå kvar i min klass och inte behöver byta skola. Jag vill klara "
         "första året på gymnasiet och kunna vara med mina kompisar igen. Min katt, och "
         "att få vara ifred på mitt rum på kvällarna."),
        ("Det här vill jag ha hjälp med:",
         "Att orka gå upp på morgonen. Att någon pratar med lärarna så att jag inte "
         "måste förklara för alla varför jag inte är där. Jag vill må bättre så att jag "
         "slutar skada mig."),
        ("Det här vill jag inte:", ""),
        ("Det här är jag bra på:", ""),
        ("Så här vill jag vara med på mötet:",
         "Jag vill vara med hela tiden men jag vill inte prata om allt när mamma är "
         "där. Frida får säga det jag har skrivit här om jag inte orkar."),
    ]
    for q, a in prompts:
        para(doc, q, bold=True, space_after=2)
        if a:
            para(doc, a, space_after=8)
        else:
            p = para(doc, "", space_after=8)
            p.add_run("\u00a0")
            p.paragraph_format.space_before = Pt(2)
    para(doc, "Nora har fyllt i sin del tillsammans med kurator Frida 2025-04-03.",
         italic=True, size=9, color="666666")

    doc.add_heading("Deltagare", level=2)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = ["Namn", "Funktion", "Verksamhet"]
    for i, x in enumerate(hdr):
        cell_text(t.rows[0].cells[i], x, bold=True)
        shade(t.rows[0].cells[i], "EDEDED")
    repeat_header(t.rows[0])
    for r_ in [("Nora", "", ""), ("Mamma", "Vårdnadshavare", ""),
               ("Frida", "Kurator", "Elevhälsan, Gymnasieskolan Sollefteå"),
               ("Karin", "Skolsköterska", "Elevhälsan, Gymnasieskolan Sollefteå"),
               ("Johanna", "Socialsekreterare", "Barn och unga, Socialtjänsten Sollefteå"),
               ("Anders", "Psykolog", "BUP Sollefteå, Region Västernorrland")]:
        cells = t.add_row().cells
        for i, x in enumerate(r_):
            cell_text(cells[i], x)

    doc.add_heading("Bakgrund", level=2)
    para(doc, "Nora går första året på samhällsprogrammet. Sedan november har hon varit "
              "frånvarande ungefär varannan dag. Hon har nedstämdhet och sömnsvårigheter "
              "och har skadat sig själv genom att skära sig på armarna, senast i mars. "
              "Hon har haft kontakt med BUP sedan december 2024. Skolsköterskan gjorde "
              "en orosanmälan i februari och socialtjänsten har inlett en utredning. "
              "Mamma och Nora bråkar mycket hemma, mest om skolan.")

    doc.add_heading("Frågeställningar inför mötet", level=2)
    para(doc, "(Vilka frågor ska mötet ge svar på?)", italic=True, size=9,
         color="8C8C8C")
    para(doc, "")

    doc.add_heading("Insatser – vem gör vad och när", level=2)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, x in enumerate(["Insats", "Vem (funktion, verksamhet)", "När"]):
        cell_text(t.rows[0].cells[i], x, bold=True)
        shade(t.rows[0].cells[i], "EDEDED")
    repeat_header(t.rows[0])
    ins = [
        ("Samtalsbehandling med fokus på nedstämdhet och självskada, varannan vecka",
         "Anders, psykolog, BUP Sollefteå", "Från 2025-04-15"),
        ("Säkerhetsplan vid självskada görs tillsammans med Nora och mamma",
         "Anders, psykolog, BUP Sollefteå", "2025-04-15"),
        ("Anpassad studiegång: senare start på måndagar, ett kursmoment i "
         "naturkunskap flyttas till åk 2. Mentor informerar lärarna så att Nora "
         "slipper förklara själv",
         "Rektor och mentor, Gymnasieskolan Sollefteå", "Från vecka 16"),
        ("Stödsamtal med kurator en gång i veckan", "Frida, kurator, Elevhälsan", ""),
        ("Utredningen slutförs; ställning tas till familjebehandling för Nora och mamma",
         "Johanna, socialsekreterare, Barn och unga", "Senast 2025-05-15"),
    ]
    for row_ in ins:
        cells = t.add_row().cells
        for i, x in enumerate(row_):
            cell_text(cells[i], x)
    set_col_width(t, 0, Cm(8))
    set_col_width(t, 1, Cm(5.5))
    set_col_width(t, 2, Cm(3))

    doc.add_heading("Andra aktörer", level=2)
    para(doc, "Inga andra aktörer än skolan, socialtjänsten och BUP är aktuella just nu. "
              "Familjen har ingen kontakt med Försäkringskassan eller andra.")

    doc.add_heading("Huvudansvarig för planen", level=2)
    para(doc, "")

    doc.add_heading("Uppföljning", level=2)
    para(doc, "Efter sommarlovet, i augusti när skolan har börjat igen.")
    save_docx(doc, out(5, "docx"), datetime(2025, 4, 8, 16, 10))


# ====================================================================== 06
def plan06():
    """Follow-up plan: 'Förändringar sedan förra planen' table (Del | Tidigare |
    Nu), then the full current plan. Written in Word, printed to PDF with
    LibreOffice. Man with bipolar disorder after inpatient care, Ånge."""
    doc = base_doc("Calibri", 10.5)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("Ånge kommun · Socialpsykiatrin\nSIP – uppföljning")
    r.font.size = Pt(8)
    r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(fp)

    doc.add_heading("Samordnad individuell plan – uppföljning (plan nr 2)", level=1)
    para(doc, "Namn: T.    Personnummer: ÅÅMMDD-XXXX    Hemkommun: Ånge", space_after=2)
    para(doc, "Datum för detta möte: 2025-03-26    Förra planen: 2025-01-30 "
              "(upprättad inför utskrivning från heldygnsvården)", space_after=10)

    doc.add_heading("Förändringar sedan förra planen", level=2)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, x in enumerate(["Del", "Tidigare", "Nu"]):
        cell_text(t.rows[0].cells[i], x, bold=True)
        shade(t.rows[0].cells[i], "DCE6F1")
    repeat_header(t.rows[0])
    ch = [
        ("Vårdform", "Heldygnsvård, avd 31, Vuxenpsykiatrin Sundsvall",
         "Öppenvård, Vuxenpsykiatriska mottagningen Sundsvall. Utskriven 2025-02-14."),
        ("Boende", "Egen lägenhet i Ånge, inga insatser",
         "Boendestöd två gånger i veckan, Socialpsykiatrin Ånge"),
        ("Den enskildes mål", "Målet är att T. ska kunna bo kvar hemma och gradvis "
         "återgå i arbete.", "Oförändrat"),
        ("Sysselsättning", "Sjukskriven 100 %",
         "Sjukskriven 100 % t.o.m. 2025-04-30, därefter planeras arbetsträning 25 %"),
        ("Huvudansvar", "Karin, kontaktperson, Socialpsykiatrin Ånge kommun",
         "Oförändrat"),
        ("Uppföljning", "2025-03-26", "2025-06-11"),
    ]
    for row_ in ch:
        cells = t.add_row().cells
        for i, x in enumerate(row_):
            cell_text(cells[i], x, bold=(i == 0))
    set_col_width(t, 0, Cm(3.6))
    set_col_width(t, 1, Cm(6.3))
    set_col_width(t, 2, Cm(6.7))

    para(doc, "")
    doc.add_heading("Aktuell plan", level=2)

    def part(lbl, txt):
        para(doc, lbl, bold=True, space_after=1)
        para(doc, txt, space_after=8)

    part("Närvarande", "T., Karin, Jenny, Ali, Ewa, Peter (via Teams)")
    part("Syfte", "Oförändrat, se SIP 2025-01-30.")
    part("Frågeställningar",
         "Hur har det fungerat hemma de första veckorna efter utskrivningen? Ska "
         "sjukskrivningen trappas ned från maj, och i så fall hur? Behöver T. fortsatt "
         "hjälp med räkningar och post när boendestödet redan finns?")
    part("Bakgrund",
         "T., 48 år, har bipolär sjukdom typ 1. Vårdades på avd 31 i Sundsvall "
         "december 2024–februari 2025 efter en manisk episod. Bor ensam i lägenhet i "
         "Ånge, arbetar som truckförare på ett sågverk. Står på litium. Efter "
         "utskrivningen har han haft svårt med sömnen och med att komma iväg till "
         "provtagningar.")
    part("Den enskildes mål",
         "Målet är att T. ska kunna bo kvar hemma och gradvis återgå i arbete.")
    part("Den enskildes delaktighet", "T. deltog i hela mötet.")

    para(doc, "Insatser", bold=True, space_after=2)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, x in enumerate(["Insats", "Ansvarig", "När"]):
        cell_text(t.rows[0].cells[i], x, bold=True)
        shade(t.rows[0].cells[i], "DCE6F1")
    repeat_header(t.rows[0])
    ins = [
        ("Läkarbesök: uppföljning av litiumbehandling, sömn och sjukskrivning",
         "Ali, överläkare, Vuxenpsykiatriska mottagningen Sundsvall", "2025-04-16"),
        ("Samtalskontakt med sjuksköterska varannan vecka (telefon eller besök)",
         "Regionen", "Från 2025-04-02"),
        ("Provtagning litiumkoncentration och njurprover",
         "Ewa, distriktssköterska, Hälsocentralen Ånge", "2025-04-09"),
        ("Boendestöd tisdag och fredag: dygnsrytm, inköp, post och räkningar",
         "Jenny, boendestödjare, Socialpsykiatrin Ånge kommun",
         "Pågår sedan 2025-02-18"),
        ("Påminnelse via sms inför provtagningar",
         "Jenny, boendestödjare, Socialpsykiatrin Ånge kommun",
         "Inför varje provtagning"),
    ]
    for row_ in ins:
        cells = t.add_row().cells
        for i, x in enumerate(row_):
            cell_text(cells[i], x)
    set_col_width(t, 0, Cm(7.0))
    set_col_width(t, 1, Cm(5.8))
    set_col_width(t, 2, Cm(3.8))
    cant_split(t)
    para(doc, "")

    part("Andra aktörers insatser",
         "Försäkringskassan: Peter, handläggare, bedömer rätten till sjukpenning efter "
         "2025-04-30 och kallar till avstämningsmöte med T., arbetsgivaren och läkaren "
         "under april. Arbetsgivaren har erbjudit arbetsträning 25 % med andra "
         "arbetsuppgifter än truckkörning från maj. T. kontaktar själv sin chef före "
         "2025-04-15 för att bestämma startdag.")
    part("Huvudansvar", "Karin, kontaktperson, Socialpsykiatrin, Ånge kommun")
    part("Nästa uppföljning", "2025-06-11 kl. 10.00, Socialpsykiatrin Ånge. Karin "
         "kallar.")
    para(doc, "Antecknat av Karin, kontaktperson, 2025-03-26.", italic=True, size=9,
         color="595959")

    src = os.path.join(BUILD, f"{PREFIX}-06.docx")
    save_docx(doc, src, datetime(2025, 3, 26, 15, 20))
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
                    "--convert-to", "pdf", "--outdir", BUILD, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=240)
    shutil.copyfile(os.path.join(BUILD, f"{PREFIX}-06.pdf"), out(6, "pdf"))


# ====================================================================== 07
def plan07():
    """Continuous text by a district nurse under one heading. Older man after
    hip fracture, Härnösand."""
    doc = base_doc("Times New Roman", 12)
    sec = doc.sections[0]
    footer_text(sec, "Hemsjukvården, Härnösands kommun", size=9)

    doc.add_heading("Sammanfattning av SIP-mötet", level=1)
    ps = [
        "SIP-möte hölls 2025-04-09 kl. 14.00 hemma hos Olof, 86 år, i hans lägenhet "
        "i Härnösand. Närvarande var Olof själv, hans dotter Eva, Malin, "
        "biståndshandläggare vid Vård och omsorg, Härnösands kommun, Jonas, "
        "fysioterapeut vid Kommunrehab Härnösand, Sanna, undersköterska och "
        "kontaktperson i Hemtjänst Härnösand centrum, Henrik, allmänläkare vid "
        "Hälsocentralen Härnösand (deltog via telefon de första tjugo minuterna) samt "
        "undertecknad, Annika, distriktssköterska i Hemsjukvården, Härnösands kommun. "
        "Syftet med mötet var samordning. Samtycke finns.",

        "Olof föll i badrummet 2025-03-14 och opererades för en höftfraktur på "
        "höger sida på Sundsvalls sjukhus. Han skrevs ut till hemmet 2025-03-28 med "
        "hemtjänst, korttidsplats var inte aktuell eftersom Olof bestämt ville hem. "
        "Han går med rollator inomhus men är osäker vid förflyttningar, särskilt på "
        "natten, och har inte varit utomhus sedan han kom hem. Han har sedan tidigare "
        "hjärtsvikt och lätt nedsatt njurfunktion och tar ett tiotal läkemedel. "
        "Hustrun dog för två år sedan och Olof bor ensam. Eva bor i Härnösand och "
        "kommer förbi några gånger i veckan.",

        "Olof berättade att det är jobbigt att det kommer så många olika personer "
        "från hemtjänsten och att han helst vill duscha på kvällen, inte på "
        "förmiddagen som nu. Han sa också att han vill klara sig med så lite hjälp som "
        "möjligt och att han inte vill ha något larm om det inte är nödvändigt, men "
        "efter samtalet med Eva och Malin tyckte han att det var bra att prova "
        "trygghetslarm. Målet är att Olof ska kunna röra sig säkert i lägenheten med "
        "rollator och så småningom klara att gå ner till brevlådan själv.",

        "Vi kom överens om följande. Hemtjänsten fortsätter med hjälp morgon och kväll "
        "med påklädning och tillsyn, och duschen flyttas till tisdagskvällar från "
        "2025-04-15; Sanna ser till att det i möjligaste mån blir samma personal. Malin "
        "fattar beslut om trygghetslarm, som installeras senast 2025-04-11. Jonas gör "
        "hembesök för gång- och balansträning två gånger i veckan under fyra veckor med "
        "start 2025-04-15 och lämnar ett träningsprogram som hemtjänsten stöttar Olof i. "
        "Arbetsterapeut från Kommunrehab ska göra en bedömning av hjälpmedel i "
        "badrummet, bland annat toalettförhöjning och duschpall. Henrik gör en "
        "läkemedelsgenomgång på hälsocentralen 2025-04-23 och tar då ställning till "
        "behandling mot benskörhet. Jag tar blodprover (Hb och njurfunktion) i hemmet "
        "2025-04-16 och fortsätter med dosettdelning varannan vecka. Eva handlar åt "
        "Olof en gång i veckan som hittills, följer med honom till läkarbesöket "
        "2025-04-23 och hjälper honom att ansöka om bostadstillägg hos "
        "Pensionsmyndigheten under april.",

        "Vi bestämde att ses igen om ungefär två månader för att se hur det har gått. "
        "Kallelse skickas ut.",

        "Annika, distriktssköterska, Hemsjukvården Härnösands kommun, 2025-04-10",
    ]
    for i, p in enumerate(ps):
        pp = para(doc, p, space_after=10)
        if i == len(ps) - 1:
            pp.runs[0].italic = True
    save_docx(doc, out(7, "docx"), datetime(2025, 4, 10, 8, 31))


# ====================================================================== 08
def plan08():
    """NOT a plan: routine document for staff on how SIP is done in Sundsvall."""
    doc = base_doc("Calibri", 11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    r = hp.add_run("Sundsvalls kommun · Region Västernorrland\tRutin\tFastställd 2025-01-15")
    r.font.size = Pt(8)
    r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_page_field(fp)

    doc.add_heading("Samverkansöverenskommelse – rutin för SIP i Sundsvall", level=0)
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    meta = [("Dokumenttyp", "Rutin (bilaga till länsgemensam överenskommelse om SIP)"),
            ("Gäller för", "Medarbetare inom Sundsvalls kommun (socialtjänst, vård och "
                           "omsorg, förskola och skola) och Region Västernorrland "
                           "(primärvård, psykiatri, BUP, habilitering) i Sundsvall"),
            ("Fastställd av", "Ledningsgruppen för samverkan Sundsvall, 2025-01-15"),
            ("Giltig till", "2026-12-31")]
    for i, (a, b) in enumerate(meta):
        cell_text(t.cell(i, 0), a, bold=True)
        shade(t.cell(i, 0), "EDEDED")
        cell_text(t.cell(i, 1), b)
    set_col_width(t, 0, Cm(4))
    set_col_width(t, 1, Cm(12.6))

    doc.add_heading("1. Bakgrund", level=1)
    para(doc, "Enligt 2 kap. 7 § socialtjänstlagen och 16 kap. 4 § hälso- och "
              "sjukvårdslagen ska kommunen och regionen tillsammans upprätta en "
              "samordnad individuell plan (SIP) när en person har behov av insatser "
              "från båda huvudmännen och insatserna behöver samordnas. Planen ska "
              "upprättas om kommunen eller regionen bedömer att den behövs och den "
              "enskilde samtycker. Rutinen beskriver hur detta går till i Sundsvall.")
    doc.add_heading("2. Syfte med rutinen", level=1)
    para(doc, "Rutinen ska ge medarbetare ett gemensamt arbetssätt så att den enskilde "
              "möter samma process oavsett vilken verksamhet som tar initiativ till SIP, "
              "och så att planerna håller en jämn kvalitet.")
    doc.add_heading("3. Vem kallar?", level=1)
    para(doc, "Den verksamhet som först uppmärksammar behovet ansvarar för att kalla "
              "till SIP-möte. Kallelse ska skickas senast fem arbetsdagar efter att "
              "behovet uppmärksammats, och mötet bör hållas inom 30 dagar. Kallelsen "
              "görs i SAMSA när den används, annars på länets gemensamma blankett.")
    doc.add_heading("4. Arbetsgång", level=1)
    steps = [
        "Informera den enskilde (vid barn: vårdnadshavare och barnet) om vad en SIP "
        "är och fråga om samtycke.",
        "Dokumentera samtycket: muntligt eller skriftligt, datum och vilka "
        "verksamheter det gäller.",
        "Förbered den enskilde inför mötet, gärna med stödmaterialet ”Min SIP”.",
        "Kalla deltagare från berörda verksamheter och, om den enskilde vill, "
        "närstående, god man, Försäkringskassan eller Arbetsförmedlingen.",
        "Håll mötet med den enskilde i centrum. Skriv planen under mötet om möjligt.",
        "Skicka planen till den enskilde och till samtliga deltagare inom en vecka.",
        "Följ upp planen på det datum som bestämts.",
    ]
    for s in steps:
        doc.add_paragraph(s, style="List Number")

    doc.add_heading("5. Planens innehåll – exempel på rubriker", level=1)
    para(doc, "Planen kan skrivas i SAMSA, i verksamhetens journalsystem eller på länets "
              "Word-mall. Oavsett form ska den innehålla nedanstående. Exemplen är "
              "påhittade och ska bara visa nivån.")
    ex = doc.add_table(rows=1, cols=2)
    ex.style = "Table Grid"
    cell_text(ex.rows[0].cells[0], "Rubrik", bold=True)
    cell_text(ex.rows[0].cells[1], "Vad som ska stå (exempel)", bold=True)
    for c in ex.rows[0].cells:
        shade(c, "EDEDED")
    repeat_header(ex.rows[0])
    exs = [
        ("Syfte", "Vad planen ska åstadkomma för just den här personen. Exempel: "
                  "”Att skolan och BUP har en gemensam plan för att X ska komma "
                  "tillbaka till skolan.”"),
        ("Frågeställningar", "Konkreta frågor som mötet ska besvara. Exempel: "
                             "”Vem följer med till läkarbesöken?”"),
        ("Den enskildes mål", "Med personens egna ord. Exempel: ”Jag vill kunna bo "
                              "kvar hemma.”"),
        ("Insatser", "Vad som ska göras, av vem (verksamhet och funktion) och när."),
        ("Andra aktörer", "Vad närstående, god man, FK, AF eller personen själv gör – "
                          "eller att inga andra är aktuella."),
        ("Huvudansvar", "Funktion/namn och verksamhet för den som håller ihop planen."),
        ("Uppföljning", "Datum för uppföljning, t.ex. ”2025-10-14”."),
        ("Deltagare", "Namn, funktion och verksamhet för alla som deltog."),
    ]
    for a, b in exs:
        cells = ex.add_row().cells
        cell_text(cells[0], a, bold=True)
        cell_text(cells[1], b)
    set_col_width(ex, 0, Cm(4))
    set_col_width(ex, 1, Cm(12.6))

    doc.add_heading("6. Oenighet och avvikelser", level=1)
    para(doc, "Om verksamheterna inte kommer överens om ansvaret lyfts frågan till "
              "närmaste chef och vid behov till samverkansgruppen. Brister i "
              "samverkan rapporteras som avvikelse i respektive huvudmans system.")
    doc.add_heading("7. Uppföljning av rutinen", level=1)
    para(doc, "Ledningsgruppen för samverkan följer upp rutinen årligen genom "
              "stickprov av tio planer. Nästa översyn sker senast december 2025.")
    save_docx(doc, out(8, "docx"), datetime(2025, 1, 15, 9, 0))


def main():
    os.makedirs(PLANS, exist_ok=True)
    os.makedirs(BUILD, exist_ok=True)
    for fn in (plan01, plan02, plan03, plan04, plan05, plan06, plan07, plan08):
        fn()
    print("done")


if __name__ == "__main__":
    main()
