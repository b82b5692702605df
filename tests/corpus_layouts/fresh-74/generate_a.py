#!/usr/bin/env python3
"""Generate batch fresh-74a: eight fictional documents (seven SIP plans and one
weekly schedule) from Hälsingland. Run with /work/batches/.venv/bin/python.

Deterministic: fixed texts and dates, fixed zip timestamps for .docx and a fixed
creation date for the fpdf2 PDF. The LibreOffice PDF (f74a-06.pdf) carries
LibreOffice's own creation timestamp in its metadata; its content is fixed.
"""
import datetime
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
PLANS = os.path.join(HERE, "plans")
BUILD = os.path.join(HERE, "build")
PREFIX = "f74a"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIXED = datetime.datetime(2025, 1, 1, 12, 0, 0)


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------
def out(name):
    return os.path.join(PLANS, f"{PREFIX}-{name}")


def normalize_zip(path):
    """Rewrite a .docx with fixed member timestamps so reruns are identical."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    os.replace(tmp, path)


def save_docx(doc, path, author="", title=""):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    doc.save(path)
    normalize_zip(path)


def set_borders(table, sz=4, color="000000", edges=("top", "left", "bottom", "right", "insideH", "insideV")):
    tblPr = table._tbl.tblPr
    old = tblPr.find(qn("w:tblBorders"))
    if old is not None:
        tblPr.remove(old)
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        if edge in edges:
            el.set(qn("w:val"), "single")
            el.set(qn("w:sz"), str(sz))
            el.set(qn("w:space"), "0")
            el.set(qn("w:color"), color)
        else:
            el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.append(b)


def shade(cell, fill):
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


def cell_text(cell, text, bold=False, size=None, color=None, font=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if font:
            r.font.name = font
    return cell


def set_col_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        if i < len(widths_cm):
            gc.set(qn("w:w"), str(int(widths_cm[i] * 567)))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


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


def para(doc, text="", bold=False, italic=False, size=None, style=None, align=None, space_after=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def label_value(doc, label, value, space_after=4):
    p = doc.add_paragraph()
    r = p.add_run(label + " ")
    r.bold = True
    p.add_run(value)
    p.paragraph_format.space_after = Pt(space_after)
    return p


def wrap(text, width=72, prefix=""):
    return textwrap.fill(text, width=width, initial_indent=prefix, subsequent_indent=prefix,
                         break_long_words=False, break_on_hyphens=False)


# --------------------------------------------------------------------------
# 01  Google Docs export (.docx) – child, school refusal/anxiety, Hudiksvall
# --------------------------------------------------------------------------
def plan01():
    doc = Document()
    base_font(doc, "Arial", 11)
    for sname in ("Title", "Subtitle", "Heading 2"):
        st = doc.styles[sname]
        st.font.name = "Arial"
        st.font.color.rgb = RGBColor(0, 0, 0) if sname != "Subtitle" else RGBColor(0x66, 0x66, 0x66)
    doc.styles["Title"].font.size = Pt(26)
    tpPr = doc.styles["Title"].element.get_or_add_pPr()
    for bdr in tpPr.findall(qn("w:pBdr")):
        tpPr.remove(bdr)
    doc.styles["Subtitle"].font.size = Pt(15)
    doc.styles["Heading 2"].font.size = Pt(16)
    doc.styles["Heading 2"].font.bold = False
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.54)
    sec.top_margin = sec.bottom_margin = Cm(2.54)

    def empty(n):
        for _ in range(n):
            doc.add_paragraph()

    doc.add_paragraph("Samordnad individuell plan (SIP)", style="Title")
    doc.add_paragraph("Elsa, 14 år – möte 2025-02-11 på Björkbergsskolan, Hudiksvall", style="Subtitle")
    empty(2)

    doc.add_paragraph("Bakgrund", style="Heading 2")
    doc.add_paragraph(
        "Elsa går i årskurs 8 på Björkbergsskolan i Hudiksvall. Sedan oktober 2024 har hon varit "
        "frånvarande mer än hälften av skoldagarna. Hon får ont i magen och panikkänslor på morgonen "
        "och har svårt att ta sig iväg hemifrån. Elsa har en pågående kontakt med BUP Hudiksvall sedan "
        "december, där man bedömer att hon har en ångestproblematik. Vårdnadshavarna har själva "
        "kontaktat socialtjänsten och ansökt om stöd. Skolan har gjort en kartläggning av frånvaron "
        "under januari.")
    empty(3)

    doc.add_paragraph("Syfte", style="Heading 2")
    doc.add_paragraph(
        "Syftet med SIP:en är att skolan, BUP och socialtjänsten drar åt samma håll så att Elsa kan "
        "komma tillbaka till skolan i en takt som hon klarar, i stället för att varje verksamhet "
        "lägger upp sin egen plan för henne.")
    empty(3)

    doc.add_paragraph("Frågeställningar inför mötet", style="Heading 2")
    empty(4)

    doc.add_paragraph("Deltagare", style="Heading 2")
    rows = [
        ("Namn", "Roll", "Verksamhet"),
        ("Elsa", "Elev", ""),
        ("Annika", "Mamma, vårdnadshavare", ""),
        ("Peter", "Pappa, vårdnadshavare", ""),
        ("Jonas", "Skolkurator", "Elevhälsan, Björkbergsskolan, Hudiksvalls kommun"),
        ("Malin", "Mentor", "Björkbergsskolan, Hudiksvalls kommun"),
        ("Sanna", "Psykolog", "BUP Hudiksvall, Region Gävleborg"),
        ("Erik", "Socialsekreterare", "IFO barn och familj, Hudiksvalls kommun"),
    ]
    t = doc.add_table(rows=len(rows), cols=3)
    set_borders(t, sz=4, color="000000")
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            cell_text(t.cell(i, j), v)
    set_col_widths(t, [3.5, 5.0, 7.5])
    empty(3)

    doc.add_paragraph("Elsas delaktighet", style="Heading 2")
    doc.add_paragraph(
        "Elsa var med under första halvtimmen av mötet tillsammans med mamma och pappa, sedan ville "
        "hon gå ut. Hon berättade att det värsta är morgnarna och korridoren vid skåpen, och att hon "
        "helst vill börja med de ämnen hon tycker om, bild och slöjd, innan hon går på matten. Hon vill "
        "inte att klasskamraterna ska få veta varför hon har varit borta.")
    empty(3)

    doc.add_paragraph("Mål", style="Heading 2")
    doc.add_paragraph(
        "Målet är att Elsa ska vara i skolan minst tre förmiddagar i veckan före påsklovet och att hon "
        "ska ha betyg i fler ämnen till sommaren.")
    empty(3)

    doc.add_paragraph("Insatser och ansvar", style="Heading 2")
    rows = [
        ("Insats", "Vem ansvarar", "När"),
        ("Anpassad studiegång: Elsa börjar med bild och slöjd två förmiddagar i veckan och ökar "
         "med ett ämne i taget. Hon får gå in via biblioteket i stället för korridoren.",
         "Mentor Malin, Björkbergsskolan", "Från 2025-02-17"),
        ("Samtal med Elsa varje måndag morgon om veckans plan och vad som känns svårt.",
         "Skolkurator Jonas, Elevhälsan", "Varje måndag från 2025-02-17"),
        ("KBT-behandling för ångest, ca 12 besök, med exponering för skolsituationen.",
         "Psykolog Sanna, BUP Hudiksvall", "Start v. 9"),
        ("Familjebehandling med fokus på morgonrutiner och hur föräldrarna kan stötta utan att "
         "det blir bråk.", "Familjebehandlare, IFO Hudiksvall", ""),
    ]
    t = doc.add_table(rows=len(rows), cols=3)
    set_borders(t, sz=4, color="000000")
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            cell_text(t.cell(i, j), v)
    set_col_widths(t, [8.5, 4.5, 3.0])
    empty(3)

    doc.add_paragraph("Andra aktörer", style="Heading 2")
    doc.add_paragraph(
        "Föräldrarna är viktiga i arbetet och har fått information om planen. Omvårdnadsbidrag från "
        "Försäkringskassan nämndes på mötet.")
    empty(3)

    doc.add_paragraph("Samordningsansvarig", style="Heading 2")
    empty(3)

    doc.add_paragraph("Uppföljning", style="Heading 2")
    empty(5)

    save_docx(doc, out("01.docx"), author="", title="SIP Elsa")


# --------------------------------------------------------------------------
# 02  Web form print (fpdf2) – adult, psychosis and debts, Bollnäs
# --------------------------------------------------------------------------
class FormPDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.set_xy(15, 8)
        self.cell(90, 4, "Region Gävleborg · E-tjänst SIP (webbformulär)")
        self.cell(0, 4, f"Utskrift 2025-03-12 10:41    Sida {self.page_no()} ({{nb}})", align="R")
        self.set_draw_color(180, 180, 180)
        self.line(15, 13, 195, 13)
        self.set_xy(15, 17)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(120, 120, 120)
        self.cell(0, 4, "Ärende-ID SIP-2025-0311-B  ·  Utskriften är en kopia av inskickat formulär", align="C")


def plan02():
    pdf = FormPDF(format="A4")
    pdf.set_creation_date(datetime.datetime(2025, 3, 12, 10, 41, tzinfo=datetime.timezone.utc))
    pdf.set_title("SIP – webbformulär")
    pdf.set_author("E-tjänst SIP")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_auto_page_break(False)
    pdf.set_margins(15, 17, 15)
    pdf.add_page()

    LINE = 4.6
    PAD = 2.2

    def box_height(text, w, min_h):
        if not text:
            return min_h
        pdf.set_font("DejaVu", "", 9.5)
        lines = pdf.multi_cell(w - 2 * PAD, LINE, text, dry_run=True, output="LINES", align="L")
        return max(min_h, len(lines) * LINE + 2 * PAD)

    def ensure(h):
        if pdf.get_y() + h > 297 - 18:
            pdf.add_page()

    def fields_row(fields, min_h=9):
        """fields: list of (label, text, width)."""
        heights = [box_height(t, w, min_h) for (_, t, w) in fields]
        h = max(heights)
        ensure(h + 6)
        y0 = pdf.get_y()
        x = 15
        for (label, text, w) in fields:
            pdf.set_xy(x, y0)
            pdf.set_font("DejaVu", "", 7)
            pdf.set_text_color(80, 80, 80)
            pdf.cell(w, 3.6, label)
            pdf.set_fill_color(242, 242, 242)
            pdf.set_draw_color(200, 200, 200)
            pdf.rect(x, y0 + 4, w, h, style="DF")
            if text:
                pdf.set_text_color(0, 0, 0)
                pdf.set_font("DejaVu", "", 9.5)
                pdf.set_xy(x + PAD, y0 + 4 + PAD)
                pdf.multi_cell(w - 2 * PAD, LINE, text, align="L")
            x += w + 4
        pdf.set_xy(15, y0 + 4 + h + 3.5)

    def section(title):
        ensure(40)
        pdf.ln(1.5)
        pdf.set_font("DejaVu", "B", 11)
        pdf.set_text_color(0, 70, 120)
        pdf.cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_draw_color(0, 70, 120)
        pdf.line(15, pdf.get_y(), 195, pdf.get_y())
        pdf.ln(2.5)
        pdf.set_text_color(0, 0, 0)

    pdf.set_font("DejaVu", "B", 15)
    pdf.cell(0, 8, "Samordnad individuell plan (SIP)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 8.5)
    pdf.set_text_color(90, 90, 90)
    pdf.cell(0, 5, "Formulärversion 3.2 · Fält markerade med * är obligatoriska vid inskick",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)

    section("1. Uppgifter om den enskilde")
    fields_row([("Förnamn *", "Robin", 86), ("Personnummer *", "XXXXXX-XXXX", 90)])
    fields_row([("Folkbokföringskommun", "Bollnäs", 86), ("Datum för SIP-möte *", "2025-03-11", 90)])
    fields_row([("Mötesplats", "Psykiatrin Bollnäs, öppenvårdsmottagningen", 86),
                ("Typ av möte", "Första SIP-möte", 90)])
    fields_row([("Bakgrund / nuvarande situation",
                 "Robin, 34 år, har schizofreni sedan 2019 och vårdades senast inneliggande på "
                 "psykiatrisk avdelning i december 2024. Han bor ensam i en hyreslägenhet i Bollnäs. "
                 "Han har skulder på ca 180 000 kr, flera ärenden hos Kronofogden, och hyresvärden har "
                 "skickat två påminnelser om obetald hyra. Sedan januari 2025 har han god man. Han har "
                 "sjukpenning och en ansökan om sjukersättning ligger hos Försäkringskassan.", 180)],
               min_h=20)

    section("2. Planens inriktning")
    fields_row([("Syfte med SIP", "", 180)], min_h=14)
    fields_row([("Frågeställningar inför mötet", "", 180)], min_h=14)
    fields_row([("Den enskildes mål (gärna med egna ord)", "", 180)], min_h=14)
    fields_row([("Den enskildes delaktighet och önskemål",
                 "Robin vill inte att hans pappa ska kontaktas eller vara med i planeringen. Han vill ha "
                 "besök efter kl. 12 eftersom medicinen gör honom trött på förmiddagarna.", 180)],
               min_h=14)
    fields_row([("Samtycke till samverkan",
                 "Muntligt samtycke till att Psykiatrin Bollnäs, socialtjänsten Bollnäs och god man "
                 "utbyter information, inhämtat 2025-02-27 av kurator och dokumenterat i journalen.",
                 180)], min_h=12)

    section("3. Insatser")
    insatser = [
        ("Depotinjektion var fjärde vecka och läkemedelsuppföljning hos sjuksköterska, "
         "inklusive bedömning av biverkningar.",
         "Psykiatrin Bollnäs, öppenvårdsmottagningen (sjuksköterska)", "2025-03-18"),
        ("Boendestöd två gånger i veckan: gå igenom post och räkningar, handla och städa "
         "lägenheten tillsammans med Robin.",
         "Socialpsykiatrin Bollnäs, boendestödet", "2025-03-24"),
        ("Kontakt med budget- och skuldrådgivningen inför ansökan om skuldsanering.",
         "Kommunen", ""),
    ]
    for i, (b, a, d) in enumerate(insatser, start=1):
        ensure(30)
        pdf.set_font("DejaVu", "B", 8.5)
        pdf.cell(0, 5, f"Insats {i}", new_x="LMARGIN", new_y="NEXT")
        fields_row([("Beskrivning", b, 88), ("Ansvarig verksamhet", a, 56), ("Från datum", d, 28)],
                   min_h=10)

    section("4. Andra aktörer")
    fields_row([("Andra aktörers insatser (t.ex. god man, Försäkringskassan, Arbetsförmedlingen, närstående)",
                 "God man: går igenom post och betalar hyra och räkningar tillsammans med Robin varannan "
                 "vecka, och gör en avbetalningsplan med hyresvärden senast 2025-04-01.\n"
                 "Försäkringskassan: handlägger ansökan om sjukersättning. Kurator på öppenvården skickar "
                 "det kompletterande läkarutlåtandet till FK senast 2025-03-21.", 180)], min_h=14)

    section("5. Ansvar och uppföljning")
    fields_row([("Huvudansvarig för planen", "Socialtjänsten Bollnäs", 180)])
    fields_row([("Uppföljning (datum)", "Om tre månader.", 180)])
    fields_row([("Deltagare vid mötet (namn, funktion, verksamhet)", "", 180)], min_h=16)
    fields_row([("Övrigt", "", 180)], min_h=12)

    pdf.output(out("02.pdf"))


# --------------------------------------------------------------------------
# 03  E-mail with interleaved quoted additions (.txt UTF-8 LF) – elderly, hip
#     fracture, Söderhamn
# --------------------------------------------------------------------------
def plan03():
    L = []
    L += [
        "Från: Karin, Biståndsenheten Söderhamns kommun",
        "Skickat: den 16 april 2025 14:32",
        "Till: Lena, Rehab Söderhamn; Hemtjänst Söderhamn norr; Maria; Ulla",
        "Ämne: SIP Gunnar - utkast med Lenas tillägg",
        "",
        "Hej alla,",
        "",
    ]
    L.append(wrap(
        "Här kommer utkastet till SIP för Gunnar efter mötet hemma hos honom i går. Lena svarade "
        "med några tillägg i sitt mejl i morse, jag har klistrat in dem med > där de hör hemma så att "
        "vi har allt på ett ställe. Säg till om något blivit fel."))
    L.append("")
    L.append("BAKGRUND")
    L.append(wrap(
        "Gunnar är 86 år och bor ensam i villa i norra Söderhamn. Han föll i hallen i mars, "
        "opererades för höftfraktur på Hudiksvalls sjukhus och skrevs ut hem 2025-04-02 med "
        "korttidsinsatser. Han har hjärtsvikt och tar många läkemedel. Han går med rollator inomhus "
        "men har inte varit ute sedan han kom hem."))
    L.append(wrap("Han har också fallit en gång tidigare, hösten 2024, men bröt inget då.",
                  prefix="> "))
    L.append("")
    L.append("FRÅGOR TILL MÖTET")
    L.append("Gå igenom läget efter hemkomsten.")
    L.append("> Och allmänt hur det fungerar hemma.")
    L.append("")
    L.append("GUNNARS MÅL")
    L.append(wrap(
        "Gunnar sa själv: \"Jag vill kunna gå ut till brevlådan och hämta tidningen själv igen, sen "
        "är jag nöjd.\""))
    L.append(wrap(
        "Han sa till mig i hallen efteråt att han också vill kunna ta bussen in till torget till "
        "sommaren.", prefix="> "))
    L.append("")
    L.append("DELAKTIGHET")
    L.append(wrap(
        "Gunnar var med under hela mötet vid köksbordet. Han tycker att hemtjänsten kommer för "
        "tidigt på morgonen och vill ha morgonbesöket efter kl. 8. Duschen vill han ha kvar två "
        "gånger i veckan."))
    L.append("")
    L.append("INSATSER")
    L.append(wrap(
        "1. Hemtjänst Söderhamn norr: morgontillsyn dagligen efter kl. 8 och hjälp med dusch "
        "tisdagar och fredagar. Start 2025-04-22."))
    L.append(wrap(
        "2. Trygghetslarm installeras av larmgruppen, Söderhamns kommun, senast 2025-04-25."))
    L.append(wrap(
        "3. Rehab Söderhamn: fysioterapeut (jag) gör hembesök en gång i veckan med gång- och "
        "balansträning, första besöket 2025-04-23. Arbetsterapeut från Rehab Söderhamn bedömer "
        "behovet av toalettförhöjning och duschpall samma vecka.", prefix="> "))
    L.append(wrap(
        "4. Hälsocentralen Söderhamn: läkemedelsgenomgång med läkare och distriktssköterska "
        "med tanke på yrsel och fallrisk."))
    L.append("> Den är inte bokad än, vi återkommer om tid.")
    L.append("")
    L.append("SAMORDNINGSANSVAR")
    L.append("Det hann vi inte bestämma på mötet.")
    L.append(wrap(
        "Vi tar det vid uppföljningen. Jag kan tänka mig att ta det men vill stämma av med min chef "
        "först.", prefix="> "))
    L.append("")
    L.append("UPPFÖLJNING")
    L.append("Uppföljning om ungefär sex veckor.")
    L.append(wrap(
        "Jag har redan bokat den: 2025-06-03 kl. 13.30 hemma hos Gunnar. Kallelse är skickad till "
        "honom.", prefix="> "))
    L.append("")
    L.append("NÄRVARANDE")
    L.append("Gunnar, Karin, Lena, Maria och Ulla.")
    L.append("")
    L.append("Hälsningar")
    L.append("Karin")
    L.append("Biståndshandläggare, äldreomsorgen")
    L.append("Söderhamns kommun, nås via växeln")
    L.append("")
    text = "\n".join(L)
    with open(out("03.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# --------------------------------------------------------------------------
# 04  Questions and answers (.md) – young person, cannabis use, Ljusdal
# --------------------------------------------------------------------------
def plan04():
    pairs = [
        ("Vad är syftet med SIP:en?", "Att få en gemensam bild och samordna oss."),
        ("Hur ser situationen ut?",
         "Alva är 17 år och går andra året på gymnasiet i Ljusdal. Hon har haft hög frånvaro sedan "
         "jul och har berättat för skolkuratorn att hon röker cannabis nästan varje kväll för att "
         "kunna sova. Skolan gjorde en orosanmälan i april."),
        ("Vilka frågor ville ni ta upp på mötet?",
         "Om Alva vill ha kontakt med beroendemottagningen i Ljusdal eller hellre med "
         "ungdomsmottagningen, och hur skolan ska hantera frånvaron och de missade kurserna inför "
         "höstterminen."),
        ("Vad vill Alva själv?",
         "”Jag vill klara gymnasiet och kunna somna utan att röka”, sa Alva."),
        ("Var Alva med, och vad tyckte hon?",
         "Ja, hela mötet, och mamma var med den första halvtimmen. Alva sa att hon inte vill ha "
         "kontakt med vuxenpsykiatrin och att hon helst träffar någon på eftermiddagen efter "
         "skolan."),
        ("Har Alva gett sitt samtycke?",
         "Ja, skriftligt på samtyckesblanketten den 20 maj 2025, innan mötet började. Hon samtyckte "
         "till att socialtjänsten, skolan och beroendemottagningen får prata med varandra om henne."),
        ("Vilka insatser bestämdes?",
         "Inga den här gången. Alva ville tänka över vilken kontakt hon vill ha innan något "
         "bestäms, och det gick vi med på."),
        ("Vem gör vad och när?",
         "Det får vi ta när det finns något att fördela."),
        ("Vem har huvudansvaret för planen?", "Socialtjänsten i Ljusdal."),
        ("Finns det andra som stöttar Alva?",
         "Mamma vill gärna stötta Alva, men hur har vi inte hunnit prata om."),
        ("När följer vi upp planen?", "Det bestämde vi inte på mötet."),
        ("Vilka var med på mötet?", "Alva, mamma, Petra, Johan och Sara."),
    ]
    lines = [
        "# SIP – Alva, 17 år",
        "",
        "Möte 2025-05-20 kl. 13.00, Socialtjänsten Ljusdal. Anteckningarna är skrivna som frågor "
        "och svar så att Alva lätt kan läsa dem.",
        "",
    ]
    for q, a in pairs:
        lines.append(f"**F:** {q} **S:** {a}")
        lines.append("")
    lines.append("_Antecknat av Petra_")
    lines.append("")
    with open(out("04.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines))


# --------------------------------------------------------------------------
# 05  Framed "Sammanfattning för dig" + formal plan (.docx) – LSS, autism,
#     Ovanåker
# --------------------------------------------------------------------------
def plan05():
    doc = Document()
    base_font(doc, "Calibri", 11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Ovanåkers kommun · Region Gävleborg\tSIP"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Samordnad individuell plan – Hampus – 2025-06-03"
    fp.runs[0].font.size = Pt(8)

    # framed box as a 1x1 table with thick border and light fill
    box = doc.add_table(rows=1, cols=1)
    box.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_borders(box, sz=18, color="2E75B6", edges=("top", "left", "bottom", "right"))
    c = box.cell(0, 0)
    shade(c, "EAF2FB")
    c.width = Cm(16.5)
    c.text = ""
    p = c.paragraphs[0]
    r = p.add_run("Sammanfattning för dig")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    easy = [
        "Vi träffades den 3 juni 2025 i kommunhuset i Edsbyn.",
        "Du vill flytta till en egen lägenhet i Edsbyn i augusti.",
        "Målet är att du ska kunna bo själv och laga mat två dagar i veckan.",
        "Boendestödet kommer hem till dig tre gånger i veckan.",
        "På daglig verksamhet får du ett schema med bilder.",
        "Arbetsterapeuten hjälper dig med kvällarna och sömnen.",
        "Ylva är den som håller ihop planen.",
        "Vi ses igen torsdag den 9 oktober klockan 10.",
    ]
    for s in easy:
        q = c.add_paragraph()
        q.paragraph_format.space_after = Pt(3)
        rr = q.add_run("•  " + s)
        rr.font.size = Pt(13)
    c.add_paragraph()
    doc.add_paragraph()

    h = doc.add_heading("Samordnad individuell plan (SIP)", level=1)
    info = doc.add_table(rows=4, cols=2)
    info.style = "Table Grid"
    for i, (k, v) in enumerate([("Namn", "Hampus"), ("Personnummer", "ÅÅMMDD-XXXX"),
                                 ("Datum för möte", "2025-06-03"),
                                 ("Plats", "Kommunhuset, Edsbyn")]):
        cell_text(info.cell(i, 0), k, bold=True)
        cell_text(info.cell(i, 1), v)
    set_col_widths(info, [4.5, 12.0])
    doc.add_paragraph()

    doc.add_heading("1. Bakgrund", level=2)
    doc.add_paragraph(
        "Hampus är 24 år och har autism och en lindrig intellektuell funktionsnedsättning. Han har "
        "sedan i vintras ett tillfälligt boende i Alfta och har fått en hyreslägenhet i Edsbyn med "
        "inflyttning 2025-08-01. Han har daglig verksamhet enligt LSS fyra dagar i veckan. Han sover "
        "dåligt, ofta bara fyra–fem timmar per natt, och blir då orolig och stannar hemma från daglig "
        "verksamhet.")
    doc.add_heading("2. Syfte med SIP", level=2)
    doc.add_paragraph(
        "Syftet är att Hampus ska få ett sammanhängande stöd när han flyttar till egen lägenhet, så "
        "att boendestöd, daglig verksamhet och habilitering lägger upp dagarna på samma sätt och "
        "hjälper honom med sömnen och kvällsrutinerna.")
    doc.add_heading("3. Hampus mål", level=2)
    doc.add_paragraph(
        "Hampus mål är att kunna bo själv i sin nya lägenhet och laga mat två dagar i veckan.")
    doc.add_heading("4. Hampus delaktighet", level=2)
    doc.add_paragraph(
        "Hampus deltog på mötet. Han hade fått frågorna skriftligt en vecka innan och ville ha mötet "
        "i ett litet rum utan lysrör. Han sa att det viktigaste för honom är att det är samma personal "
        "från boendestödet som kommer, och att han inte vill ha besök före kl. 9 på morgonen.")
    doc.add_heading("5. Samtycke", level=2)
    doc.add_paragraph("Samtycke finns.")
    doc.add_heading("6. Insatser", level=2)
    rows = [
        ("Insats", "Ansvarig", "När"),
        ("Boendestöd tre gånger i veckan: matlagning, tvätt och dygnsrytm, med samma personal så "
         "långt det går.", "Boendestödet, socialpsykiatri och LSS, Ovanåkers kommun",
         "Från 2025-08-01"),
        ("Daglig verksamhet fyra dagar i veckan med nytt bildschema som också används hemma.",
         "Handledare, daglig verksamhet Edsbyn", "Nytt schema från 2025-08-11"),
        ("Bedömning av kvällsrutin och sömn, förskrivning av tyngdtäcke och bildstöd för kvällen.",
         "Arbetsterapeut, Vuxenhabiliteringen Bollnäs", "Juni 2025"),
        ("Läkemedelsgenomgång kring sömnmedicinen.", "Regionen", "Augusti 2025"),
    ]
    t = doc.add_table(rows=len(rows), cols=3)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            cell_text(t.cell(i, j), v, bold=(i == 0))
            if i == 0:
                shade(t.cell(i, j), "D9E2F3")
    repeat_header(t.rows[0])
    set_col_widths(t, [8.5, 5.0, 3.0])
    doc.add_heading("7. Huvudansvarig", level=2)
    doc.add_paragraph("LSS-handläggare Ylva, Socialförvaltningen, Ovanåkers kommun.")
    doc.add_heading("8. Uppföljning", level=2)
    doc.add_paragraph("2025-10-09 kl. 10.00 i kommunhuset, Edsbyn.")
    doc.add_heading("9. Deltagare", level=2)
    doc.add_paragraph(
        "Hampus, LSS-handläggare, boendestödjare, handledare på daglig verksamhet, arbetsterapeut, "
        "sjuksköterska.")

    save_docx(doc, out("05.docx"), author="Ylva", title="SIP Hampus")


# --------------------------------------------------------------------------
# 06  LibreOffice PDF from .docx, dark header tables with merged header cell –
#     discharge from psychiatric inpatient care, Hudiksvall/Nordanstig
# --------------------------------------------------------------------------
def dark_header_cell(cell, text):
    shade(cell, "1F3864")
    cell_text(cell, text, bold=True, color="FFFFFF", size=10)


def plan06():
    doc = Document()
    base_font(doc, "Liberation Sans", 10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    hp = sec.header.paragraphs[0]
    hp.text = "Region Gävleborg – Psykiatrin Hudiksvall, avdelning 3\tUtskrivningsplanering"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "SIP vid utskrivning från sluten psykiatrisk vård · Therese · 2025-09-16"
    fp.runs[0].font.size = Pt(8)

    doc.add_heading("SIP vid utskrivning från sluten psykiatrisk vård", level=1)
    label_value(doc, "Patient:", "Therese, 45 år (XXXXXX-XXXX)")
    label_value(doc, "Mötesdatum:", "2025-09-16, Teams och avdelning 3, Hudiksvalls sjukhus")
    label_value(doc, "Planerad utskrivning:", "2025-09-19 till bostaden i Bergsjö, Nordanstigs kommun")

    doc.add_heading("Bakgrund", level=2)
    doc.add_paragraph(
        "Therese har bipolär sjukdom typ 1 och lades in på avdelning 3 den 28 augusti 2025 i ett "
        "maniskt skov efter att ha slutat med litium under sommaren. Hon har stabiliserats och "
        "litiumbehandlingen är återinsatt. Hon bor ensam i lägenhet i Bergsjö och har tidigare haft "
        "boendestöd, som avslutades våren 2024. Vid förra utskrivningen 2023 kom hon tillbaka till "
        "avdelningen inom sex veckor.")

    doc.add_heading("Syfte", level=2)
    doc.add_paragraph(
        "Syftet är att planera Thereses utskrivning så att hon har boendestöd, hjälp med "
        "läkemedlen och tät kontakt med öppenvården redan de första veckorna hemma i Bergsjö, "
        "eftersom risken för ett nytt skov är störst då.")

    doc.add_heading("Frågeställningar", level=2)
    for s in ["Behöver Therese boendestöd redan från utskrivningsdagen, eller räcker det med "
              "hemsjukvård för läkemedlen den första veckan?",
              "Vem tar litiumproverna och vem meddelar Hälsocentralen Bergsjö om provsvaren?"]:
        doc.add_paragraph(s, style="List Bullet")

    doc.add_heading("Mål", level=2)
    doc.add_paragraph(
        "Målet är att Therese ska kunna bo kvar hemma i Bergsjö utan ny inläggning under hösten och "
        "ta sina läkemedel regelbundet.")

    doc.add_heading("Deltagare", level=2)
    rows = [("Namn", "Funktion"), ("Anders", "Överläkare"), ("Kim", "Sjuksköterska"),
            ("Jenny", "Kurator"), ("Mona", "Biståndshandläggare"), ("Ali", "Boendestödjare"),
            ("Lisa", "Sjuksköterska")]
    t = doc.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            if i == 0:
                dark_header_cell(t.cell(i, j), v)
            else:
                cell_text(t.cell(i, j), v)
    repeat_header(t.rows[0])
    set_col_widths(t, [5.0, 8.0])

    doc.add_heading("Insatser efter utskrivning", level=2)
    ins = [
        ("Läkemedelsuppföljning med litiumprov var tredje vecka och stödsamtal",
         "Region", "Psykiatriska öppenvården Hudiksvall, sjuksköterska", "2025-09-23"),
        ("Läkarbesök för bedömning av stämningsläge och dos",
         "Region", "Psykiatriska öppenvården Hudiksvall, överläkare", "2025-10-07"),
        ("Boendestöd två gånger i veckan: dygnsrytm, inköp och ekonomi",
         "Kommun", "Socialpsykiatrin Nordanstig, boendestödet", "2025-09-22"),
        ("Läkemedel i dosett, delning en gång i veckan",
         "Kommun", "Hemsjukvården Nordanstig, sjuksköterska", "2025-09-19"),
        ("Provtagning för njur- och sköldkörtelfunktion",
         "Region", "Hälsocentralen Bergsjö, distriktssköterska", "v. 42"),
    ]
    t = doc.add_table(rows=2 + len(ins), cols=5)
    t.style = "Table Grid"
    # two header rows
    a = t.cell(0, 0).merge(t.cell(1, 0))           # "Insats" merged over two rows
    dark_header_cell(a, "Insats")
    b = t.cell(0, 1).merge(t.cell(0, 2))           # "Ansvarig" over two columns
    dark_header_cell(b, "Ansvarig")
    c = t.cell(0, 3).merge(t.cell(0, 4))           # "Tid" over two columns
    dark_header_cell(c, "Tid")
    for j, v in zip(range(1, 5), ["Huvudman", "Verksamhet / funktion", "Start", "Följs upp"]):
        dark_header_cell(t.cell(1, j), v)
    for i, (x, hm, vf, st) in enumerate(ins, start=2):
        for j, v in enumerate([x, hm, vf, st, "Vid uppföljning"]):
            cell_text(t.cell(i, j), v, size=9.5)
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    set_col_widths(t, [5.0, 2.4, 4.7, 2.2, 2.7])
    for row in t.rows:
        trPr = row._tr.get_or_add_trPr()
        cs = OxmlElement("w:cantSplit")
        cs.set(qn("w:val"), "true")
        trPr.insert(0, cs)

    doc.add_heading("Huvudansvar", level=2)
    doc.add_paragraph("Psykiatriska öppenvården Hudiksvall.")
    doc.add_heading("Uppföljning", level=2)
    doc.add_paragraph(
        "Uppföljande SIP-möte ungefär fyra veckor efter utskrivningen. Öppenvården skickar kallelse.")

    os.makedirs(BUILD, exist_ok=True)
    src = os.path.join(BUILD, f"{PREFIX}-06.docx")
    save_docx(doc, src, author="Psykiatrin Hudiksvall", title="SIP vid utskrivning")
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file:///tmp/lo-{PREFIX}", "--headless",
         "--convert-to", "pdf", "--outdir", PLANS, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


# --------------------------------------------------------------------------
# 07  Measures as long paragraphs (.docx) – child with ADHD, Bollnäs
# --------------------------------------------------------------------------
def plan07():
    doc = Document()
    base_font(doc, "Times New Roman", 12)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Ängsskolan · Bollnäs kommun · Barn- och utbildningsförvaltningen"
    hp.runs[0].font.size = Pt(9)
    hp.runs[0].font.small_caps = True

    para(doc, "Samordnad individuell plan – Noah, 11 år", bold=True, size=16, space_after=6)
    label_value(doc, "Datum:", "2025-05-27")
    label_value(doc, "Plats:", "Ängsskolan, Bollnäs, konferensrummet")
    doc.add_paragraph()

    para(doc, "Närvarande", bold=True, space_after=2)
    for s in ["Noah och mamma (vårdnadshavare)",
              "Anna, mentor, Ängsskolan, Bollnäs kommun",
              "Per, skolkurator, Elevhälsan Ängsskolan, Bollnäs kommun",
              "Hassan, specialpedagog, Ängsskolan, Bollnäs kommun",
              "Jessica, sjuksköterska, BUP Bollnäs, Region Gävleborg",
              "Karl, familjebehandlare, IFO Bollnäs, Bollnäs kommun"]:
        doc.add_paragraph(s, style="List Bullet")

    para(doc, "Syfte", bold=True, space_after=2)
    doc.add_paragraph("Samordning av insatser kring Noah.")
    para(doc, "Frågeställningar", bold=True, space_after=2)
    doc.add_paragraph("Hur går vi vidare?")

    para(doc, "Bakgrund", bold=True, space_after=2)
    doc.add_paragraph(
        "Noah går i årskurs 5 och fick diagnosen ADHD 2023. Under vårterminen har han haft flera "
        "utbrott på rasterna, oftast efter lunch, och vid två tillfällen har andra elever blivit "
        "skadade. Skolan har gjort två orosanmälningar. Mamma är ensamstående med tre barn och "
        "berättar att kvällarna och morgnarna ofta slutar i bråk. Noah var med i början av mötet "
        "tillsammans med mamma.")

    para(doc, "Insatser", bold=True, space_after=2)
    long = [
        "Skolan ordnar en anpassad skoldag för Noah med kortare dagar fram till kl. 13 under de "
        "första fyra veckorna av höstterminen, en lugn plats i studiehallen som han kan gå till när "
        "han känner att det bubblar, och en vuxen som möter honom vid ingången varje morgon och går "
        "igenom dagens schema med honom, vilket mentor Anna på Ängsskolan ansvarar för, med start "
        "den första skoldagen 2025-08-19.",
        "Specialpedagogen Hassan på Ängsskolan kartlägger Noahs rastsituation genom observationer "
        "under två veckor och ger rastvärdarna förslag på strukturerade rastaktiviteter, vilket han "
        "själv ansvarar för och redovisar för elevhälsoteamet, med start 2025-08-25 och klart senast "
        "2025-09-26.",
        "BUP Bollnäs följer upp Noahs ADHD-medicinering med ett besök hos sjuksköterska och läkare "
        "för att se över dosen och eftermiddagseffekten, eftersom utbrotten oftast kommer efter "
        "lunch, vilket sjuksköterskan Jessica på BUP Bollnäs bokar, med första besök i juni 2025.",
        "Socialtjänsten erbjuder familjen familjebehandling med fokus på rutiner kväll och morgon och "
        "stöd till mamma i konfliktsituationer, med hembesök varannan vecka, vilket familjebehandlare "
        "Karl på IFO Bollnäs ansvarar för, med start vecka 34.",
        "Mamma ansöker om omvårdnadsbidrag hos Försäkringskassan med hjälp av läkarintyget från BUP, "
        "vilket hon gör före midsommar, och Noahs morfar hämtar honom från skolan tisdagar och "
        "torsdagar från och med höstterminen så att mamma kan vara med på familjebehandlingens "
        "träffar.",
    ]
    for s in long:
        p = doc.add_paragraph(s)
        p.paragraph_format.space_after = Pt(8)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    para(doc, "Huvudansvar", bold=True, space_after=2)
    doc.add_paragraph("Skolkurator Per, Elevhälsan Ängsskolan, Bollnäs kommun.")

    save_docx(doc, out("07.docx"), author="Per", title="SIP Noah")


# --------------------------------------------------------------------------
# 08  NOT a SIP: weekly schedule (.docx), landscape – Ljusdal
# --------------------------------------------------------------------------
def plan08():
    doc = Document()
    base_font(doc, "Calibri", 11)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin = sec.bottom_margin = Cm(1.5)
    hp = sec.header.paragraphs[0]
    hp.text = "Hemtjänst Ljusdal centrum"
    hp.runs[0].font.size = Pt(9)

    para(doc, "Veckoschema för Kerstin", bold=True, size=20, space_after=0)
    para(doc, "Gäller från vecka 40, hösten 2025. Sitter på kylskåpet – ändringar skrivs in av "
              "hemtjänsten.", italic=True, size=11, space_after=8)

    days = ["Måndag", "Tisdag", "Onsdag", "Torsdag", "Fredag", "Lördag", "Söndag"]
    sched = {
        "Måndag": ("Frukost och medicin\nHemtjänsten kl. 8", "Dagverksamheten Tallbacken\nTaxi hämtar kl. 9.15, hem 15.00",
                   "Kvällsmat och medicin\nHemtjänsten kl. 19"),
        "Tisdag": ("Dusch\nHemtjänsten kl. 8.30", "Promenad till affären\nDottern Eva",
                   "Kvällsmat och medicin\nHemtjänsten kl. 19"),
        "Onsdag": ("Frukost och medicin\nHemtjänsten kl. 8", "Såromläggning på benet\nDistriktssköterskan från Hälsocentralen Ljusdal",
                   "Telefon med Eva\nkl. 18.30"),
        "Torsdag": ("Frukost och medicin\nHemtjänsten kl. 8", "Dagverksamheten Tallbacken\nTaxi hämtar kl. 9.15",
                    "Kvällsmat och medicin\nHemtjänsten kl. 19"),
        "Fredag": ("Dusch och städning\nHemtjänsten kl. 8.30", "Fika med grannen Birgit",
                   "Kvällsmat och medicin\nHemtjänsten kl. 19"),
        "Lördag": ("Frukost och medicin\nHemtjänsten kl. 9", "Eva och barnbarnen hälsar på",
                   "Kvällsmat och medicin\nHemtjänsten kl. 19"),
        "Söndag": ("Frukost och medicin\nHemtjänsten kl. 9", "Gudstjänst i radion kl. 11\nVila",
                   "Kvällsmat och medicin\nHemtjänsten kl. 19"),
    }
    t = doc.add_table(rows=1 + len(days), cols=4)
    t.style = "Table Grid"
    for j, v in enumerate(["", "Förmiddag", "Eftermiddag", "Kväll"]):
        cell_text(t.cell(0, j), v, bold=True, size=12)
        shade(t.cell(0, j), "FCE4D6")
    for i, d in enumerate(days, start=1):
        cell_text(t.cell(i, 0), d, bold=True, size=12)
        for j, v in enumerate(sched[d], start=1):
            cell_text(t.cell(i, j), v, size=11)
    repeat_header(t.rows[0])
    set_col_widths(t, [3.0, 7.5, 7.5, 7.5])

    doc.add_paragraph()
    para(doc, "Bra att komma ihåg", bold=True, space_after=2)
    for s in ["Trygghetslarmet sitter på handleden – tryck om du ramlar eller mår dåligt.",
              "Medicinerna ligger i dosetten i köksskåpet. Hemtjänsten delar ut dem.",
              "Vill du ändra en tid: ring hemtjänsten via växeln.",
              "Färdtjänstkortet ligger i den blå plånboken."]:
        doc.add_paragraph(s, style="List Bullet")

    save_docx(doc, out("08.docx"), author="Hemtjänst Ljusdal centrum", title="Veckoschema")


def main():
    os.makedirs(PLANS, exist_ok=True)
    plan01()
    plan02()
    plan03()
    plan04()
    plan05()
    plan06()
    plan07()
    plan08()
    if os.path.isdir(BUILD):
        shutil.rmtree(BUILD)
    for f in sorted(os.listdir(PLANS)):
        print(f, os.path.getsize(os.path.join(PLANS, f)))


if __name__ == "__main__":
    main()
