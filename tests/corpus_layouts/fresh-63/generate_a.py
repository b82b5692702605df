#!/usr/bin/env python3
"""Generate the f63a batch of fictional SIP documents (Västra Götaland, 2025).

Run with /work/batches/.venv/bin/python generate.py
Deterministic: fixed dates, no randomness. Calls soffice for f63a-06.pdf.
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
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor, Emu
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f63a"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_I = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"


def fix_props(doc, when, author="SIP"):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = when
    cp.modified = when
    cp.revision = 1


def normalize_zip(path):
    """Rewrite a .docx with fixed member timestamps so reruns give identical bytes."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def out(n, ext):
    return os.path.join(OUT, f"{PREFIX}-{n:02d}.{ext}")


# ---------------------------------------------------------------- helpers
def set_a4(section, landscape=False, margins_cm=2.0):
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    else:
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(margins_cm)
    section.top_margin = Cm(2.0)
    section.bottom_margin = Cm(1.8)


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


def cell_text(cell, text, bold=False, size=None, align=None, italic=False, color=None):
    cell.text = ""
    lines = text.split("\n") if text else [""]
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if align is not None:
            p.alignment = align
    return cell


def col_widths(table, widths_cm):
    """Set grid and cell widths (respecting gridSpan), so Word and LibreOffice agree."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for tr in table._tbl.tr_lst:
        col = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            w = sum(widths_cm[col:col + span])
            tc.width = Cm(w)
            col += span


def add_page_field(paragraph, instr="PAGE"):
    r = paragraph.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = f" {instr} "
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    r._r.append(f1); r._r.append(it); r._r.append(f2); r._r.append(t); r._r.append(f3)


def base_font(doc, name="Calibri", size=10.5):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts"); rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), name)
    rfonts.set(qn("w:hAnsi"), name)
    rfonts.set(qn("w:ascii"), name)


# ============================================================ 01 .docx
# County template, one small table per part, right-hand column "Klart" (☒/☐).
# Adult with psychosis who lost his flat, Trollhättan.
def doc01():
    doc = Document()
    base_font(doc, "Arial", 9.5)
    sec = doc.sections[0]
    set_a4(sec, margins_cm=1.8)
    hp = sec.header.paragraphs[0]
    hp.text = "Samordnad individuell plan (SIP)\tFyrbodals kommuner och Västra Götalandsregionen"
    for r in hp.runs:
        r.font.size = Pt(8); r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    fp = sec.footer.paragraphs[0]
    r = fp.add_run("Gemensam SIP-mall, version 3.1 (2024)   |   Sida ")
    r.font.size = Pt(8)
    add_page_field(fp)
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    t = doc.add_paragraph()
    rr = t.add_run("SAMORDNAD INDIVIDUELL PLAN – SIP")
    rr.bold = True; rr.font.size = Pt(15); rr.font.color.rgb = RGBColor(0x00, 0x5B, 0x96)
    p = doc.add_paragraph()
    rr = p.add_run("Enligt 2 kap. 7 § socialtjänstlagen och 16 kap. 4 § hälso- och sjukvårdslagen. "
                   "Bocka av i kolumnen Klart när delen är genomgången på mötet.")
    rr.italic = True; rr.font.size = Pt(8)

    X, O = "☒", "☐"
    HEAD = "D9E5F0"

    def part(title, rows, widths=(4.4, 11.2, 1.8)):
        tb = doc.add_table(rows=1, cols=3)
        tb.style = "Table Grid"
        tb.alignment = WD_TABLE_ALIGNMENT.CENTER
        h = tb.rows[0].cells
        m = h[0].merge(h[1])
        cell_text(m, title, bold=True)
        cell_text(h[2], "Klart", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        shade(m, HEAD); shade(h[2], HEAD)
        repeat_header(tb.rows[0])
        for label, value, mark in rows:
            c = tb.add_row().cells
            cell_text(c[0], label, bold=True, size=9)
            cell_text(c[1], value, size=9)
            cell_text(c[2], mark, size=11, align=WD_ALIGN_PARAGRAPH.CENTER)
        col_widths(tb, widths)
        doc.add_paragraph().paragraph_format.space_after = Pt(2)
        return tb

    def part_multi(title, header, rows, widths):
        header = list(header) + ["Klart"]
        n = len(header)
        tb = doc.add_table(rows=2, cols=n)
        tb.style = "Table Grid"
        tb.alignment = WD_TABLE_ALIGNMENT.CENTER
        top = tb.rows[0].cells
        m = top[0].merge(top[n - 2])
        cell_text(m, title, bold=True)
        cell_text(top[n - 1], "Klart", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        shade(m, HEAD); shade(top[n - 1], HEAD)
        sub = tb.rows[1].cells
        for i, hname in enumerate(header[:-1]):
            cell_text(sub[i], hname, bold=True, size=8.5)
            shade(sub[i], "EEF3F8")
        repeat_header(tb.rows[0]); repeat_header(tb.rows[1])
        for row in rows:
            c = tb.add_row().cells
            for i, v in enumerate(row):
                cell_text(c[i], v, size=9 if i < n - 1 else 11,
                          align=WD_ALIGN_PARAGRAPH.CENTER if i == n - 1 else None)
        col_widths(tb, widths)
        doc.add_paragraph().paragraph_format.space_after = Pt(2)

    part("1. Grunduppgifter", [
        ("Den enskilde", "A., 34 år", X),
        ("Personnummer", "XXXXXX-XXXX", X),
        ("Datum för mötet", "2025-04-09", X),
        ("Plats", "Socialtjänsten Trollhättan, Vuxenenheten, mötesrum 2", X),
        ("Typ av SIP", "Första SIP-mötet", X),
    ])
    part("2. Samtycke", [
        ("Samtycke till SIP", "Samtycke finns.", X),
        ("Samtyckesblankett bifogad", "", O),
    ])
    part_multi("3. Deltagare på mötet", ["Namn", "Funktion", "Verksamhet / organisation"], [
        ("A.", "Den enskilde", "–", X),
        ("Jonas", "Socialsekreterare", "Vuxenenheten, IFO Trollhättans stad", X),
        ("Lina", "Boendestödjare", "Boendestödet, Trollhättans stad", X),
        ("Petra", "Sjuksköterska, fast vårdkontakt", "Psykiatrimottagningen Trollhättan, VGR", X),
        ("Erik", "Specialistläkare", "Psykiatrimottagningen Trollhättan, VGR", X),
        ("Henrik", "God man", "–", X),
    ], widths=(2.6, 4.4, 8.6, 1.8))
    part("4. Syfte med SIP", [
        ("Syfte",
         "Syftet är att A. ska få ett stabilt boende igen efter vräkningen i februari och att "
         "psykiatrin, socialtjänsten och boendestödet samordnar sig så att hans behandling "
         "inte avbryts medan han bor i jourlägenhet.", X),
    ])
    part("5. Frågeställningar inför mötet", [
        ("Frågeställningar", "Diskutera läget och hur vi går vidare.", X),
    ])
    part("6. Nuläge", [
        ("Bakgrund",
         "A. har schizofreni och har kontakt med Psykiatrimottagningen Trollhättan sedan 2019. "
         "Han förlorade sin hyreslägenhet i februari 2025 på grund av hyresskulder och bor sedan "
         "2025-02-20 i en jourlägenhet genom socialtjänsten. Under hösten 2024 tog han inte sin "
         "medicin regelbundet och var inlagd på NÄL i tre veckor. Sedan december får han "
         "depåinjektion. Han har skulder hos Kronofogden.", X),
        ("Den enskildes syn",
         "A. berättar att han sover dåligt i jourlägenheten och att breven från Kronofogden gör "
         "honom orolig. Han tycker att depåsprutan har fungerat bättre för honom än tabletterna "
         "och att det har varit lättare att ha en och samma sjuksköterska.", X),
    ])
    part("7. Mina mål (den enskildes mål med egna ord)", [
        ("Mål", "", O),
    ])
    part_multi("8. Insatser – vem gör vad och när", ["Insats", "Ansvarig (verksamhet/funktion)", "När"], [
        ("Utredning av ansökan om bostad med boendestöd (försökslägenhet).",
         "Socialsekreterare, Vuxenenheten IFO Trollhättan", "Beslut senast 2025-05-15", X),
        ("Boendestöd två gånger i veckan i jourlägenheten: post, räkningar, städning och "
         "att komma iväg till mottagningen.",
         "Boendestödjare, Boendestödet Trollhättans stad", "Fr.o.m. 2025-04-14", O),
        ("Depåinjektion var fjortonde dag och stödsamtal.",
         "Sjuksköterska, Psykiatrimottagningen Trollhättan", "Pågår, nästa 2025-04-16", X),
        ("Läkarbesök för uppföljning av medicinering och sömn.",
         "Regionen", "2025-05-06", O),
        ("Första besök hos budget- och skuldrådgivningen, genomgång av skulderna.",
         "Budget- och skuldrådgivare, Trollhättans stad", "2025-04-24", O),
    ], widths=(6.8, 5.2, 3.6, 1.8))
    part("9. Andra aktörers insatser (t.ex. FK, AF, god man, närstående)", [
        ("Andra aktörer",
         "A. har god man sedan hösten 2024. Ärende finns hos Kronofogden.", X),
    ])
    part("10. Huvudansvar för planen", [
        ("Namn / funktion", "", O),
        ("Verksamhet", "", O),
    ])
    part("11. Uppföljning", [
        ("Uppföljning", "Uppföljning om ca tre månader. Kallelse skickas ut.", X),
    ])
    p = doc.add_paragraph()
    r = p.add_run("Planen har upprättats på mötet 2025-04-09. Kopia lämnas till den enskilde och "
                  "till samtliga deltagande verksamheter.")
    r.font.size = Pt(8.5); r.italic = True
    fix_props(doc, datetime.datetime(2025, 4, 9, 15, 0))
    doc.save(out(1, "docx"))


# ============================================================ 02 .pdf (fpdf2)
# Web form printed from a browser. Boy 10 with autism, Borås.
URL2 = "https://etjanst.boras.se/sip/arende/visa?id=XXXXXX&utskrift=1"
PRINTED2 = "2025-10-02 14:37"


class BrowserPrint(FPDF):
    def header(self):
        self.set_font("dv", "", 6.5)
        self.set_text_color(60, 60, 60)
        self.set_xy(8, 5)
        self.cell(60, 3, PRINTED2)
        self.set_xy(70, 5)
        self.cell(70, 3, "SIP – Samordnad individuell plan | Borås Stad e-tjänster", align="C")
        self.set_text_color(0, 0, 0)
        self.set_y(14)

    def footer(self):
        self.set_font("dv", "", 6.5)
        self.set_text_color(60, 60, 60)
        self.set_xy(8, -9)
        self.cell(150, 3, URL2)
        self.set_xy(-30, -9)
        self.cell(22, 3, f"{self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def doc02():
    pdf = BrowserPrint(format="A4")
    pdf.add_font("dv", "", FONT)
    pdf.add_font("dv", "B", FONT_B)
    pdf.alias_nb_pages()
    pdf.set_creation_date(datetime.datetime(2025, 10, 2, 14, 37, tzinfo=datetime.timezone.utc))
    pdf.set_auto_page_break(False)
    pdf.set_margins(18, 14, 18)
    pdf.add_page()
    L, W = 18, 174
    BOTTOM = 297 - 18

    # banner
    pdf.set_fill_color(0, 84, 139)
    pdf.rect(L, pdf.get_y(), W, 11, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("dv", "B", 11)
    pdf.set_xy(L + 3, pdf.get_y() + 3)
    pdf.cell(0, 5, "Borås Stad  ·  Västra Götalandsregionen")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(L, pdf.get_y() + 11)
    pdf.set_font("dv", "B", 15)
    pdf.cell(0, 9, "Samordnad individuell plan (SIP) – barn och unga", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 8)
    pdf.set_text_color(90, 90, 90)
    pdf.multi_cell(W, 4, "Fält markerade med * är obligatoriska. Ärendestatus: Sparad (ej låst).",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)

    def need(h):
        if pdf.get_y() + h > BOTTOM:
            pdf.add_page()

    def text_height(w, text, lh=4.6):
        if not text:
            return 0
        lines = pdf.multi_cell(w - 4, lh, text, align="L", dry_run=True, output="LINES")
        return len(lines) * lh

    def field(label, value, x=None, w=None, min_h=8, advance=True):
        x = L if x is None else x
        w = W if w is None else w
        pdf.set_font("dv", "", 9)
        h = max(min_h, text_height(w, value) + 3)
        need(h + 6)
        y = pdf.get_y()
        pdf.set_font("dv", "B", 8)
        pdf.set_xy(x, y)
        pdf.cell(w, 4.5, label)
        pdf.set_draw_color(150, 150, 150)
        pdf.rect(x, y + 5, w, h)
        if value:
            pdf.set_font("dv", "", 9)
            pdf.set_xy(x + 2, y + 6.5)
            pdf.multi_cell(w - 4, 4.6, value, align="L")
        if advance:
            pdf.set_xy(L, y + 5 + h + 3.5)
        return y + 5 + h + 3.5

    def pair(l1, v1, l2, v2):
        y0 = pdf.get_y()
        need(16)
        y0 = pdf.get_y()
        e1 = field(l1, v1, x=L, w=W / 2 - 3, advance=False)
        pdf.set_y(y0)
        e2 = field(l2, v2, x=L + W / 2 + 3, w=W / 2 - 3, advance=False)
        pdf.set_xy(L, max(e1, e2))

    def radios(label, options, chosen):
        need(12)
        y = pdf.get_y()
        pdf.set_font("dv", "B", 8)
        pdf.set_xy(L, y)
        pdf.cell(W, 4.5, label)
        pdf.set_font("dv", "", 9)
        pdf.set_xy(L, y + 5.5)
        txt = "     ".join(("(•) " if o == chosen else "( ) ") + o for o in options)
        pdf.cell(W, 5, txt)
        pdf.set_xy(L, y + 13)

    def section(title):
        need(16)
        pdf.ln(1)
        pdf.set_font("dv", "B", 11)
        pdf.set_text_color(0, 84, 139)
        pdf.cell(W, 6, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_draw_color(0, 84, 139)
        pdf.line(L, pdf.get_y(), L + W, pdf.get_y())
        pdf.set_text_color(0, 0, 0)
        pdf.ln(2.5)

    section("Uppgifter om barnet")
    pair("Barnets förnamn *", "Noah", "Personnummer *", "ÅÅMMDD-XXXX")
    pair("Ålder", "10 år", "Skola / årskurs", "Grundskola i Borås, åk 4")
    pair("Diagnos / känd problematik", "Autism (utredd på BUP Borås 2023)",
         "Vårdnadshavare", "Båda föräldrarna, gemensam vårdnad")

    section("Mötet")
    pair("Datum för SIP-möte *", "2025-09-30", "Plats", "BUP Borås, konferensrum")
    radios("Typ av möte *", ["Första SIP-möte", "Uppföljande SIP-möte"], "Första SIP-möte")
    field("Deltagare på mötet *",
          "Mamma, pappa, klasslärare, specialpedagog, skolkurator, psykolog, sjuksköterska, "
          "LSS-handläggare")

    section("Samtycke")
    radios("Hur har samtycke lämnats? *", ["Skriftligt", "Muntligt"], "Muntligt")
    pair("Datum för samtycke", "2025-09-12",
         "Samtycke lämnat av", "Båda vårdnadshavarna, per telefon till skolkurator")

    section("Planens innehåll")
    field("Syfte med SIP *", "Samordning")
    field("Frågeställningar inför mötet", "", min_h=14)
    radios("Barnets delaktighet", ["Deltog på mötet", "Deltog inte – synpunkter förmedlade",
                                   "Deltog inte"], "Deltog inte – synpunkter förmedlade")
    field("Barnets synpunkter / hur barnet varit delaktigt",
          "Noah orkar inte sitta med på möten med många vuxna, han blir stressad och sover dåligt "
          "flera dagar efteråt. Mamma har pratat med honom inför mötet och förmedlade det han sa: "
          "det är för högljutt i matsalen och på rasterna, han tycker om slöjden och att hans "
          "lärare ritar upp det som ska hända på tavlan. Han vill inte gå till fritids efter "
          "skolan.")
    field("Barnets / familjens mål",
          "Målet är att Noah ska kunna vara i skolan hela skoldagar minst fyra dagar i veckan "
          "fram till jullovet, och att utbrotten hemma efter skolan ska minska.")
    field("Nuläge",
          "Noah har sedan vårterminen haft hög frånvaro (ca 40 % under augusti–september). Han går "
          "ofta hem efter lunch. Hemma har han utbrott på eftermiddagarna och föräldrarna är slitna. "
          "Han har svårt att somna och har provat melatonin med viss effekt.")

    section("Insatser")
    insatser = [
        ("Anpassad skoldag: dagsschema med bildstöd, lunch i grupprummet med en vuxen och "
         "en lugn rastaktivitet med rastvärd.",
         "Specialpedagog, elevhälsan på skolan (Borås Stad)", "Från 2025-10-06"),
        ("Föräldrautbildning om autism i grupp, fem träffar.",
         "Psykolog, BUP Borås", "Start 2025-10-21"),
        ("Uppföljning av sömn och melatonin, läkarbesök.",
         "Läkare, BUP Borås", "2025-11-04"),
        ("Utredning av ansökan om korttidsvistelse enligt LSS (avlösning för familjen).",
         "LSS-handläggare, Vård- och äldreförvaltningen Borås Stad", "Beslut senast 2025-11-14"),
    ]
    for i, (what, who, when) in enumerate(insatser, 1):
        pdf.set_font("dv", "", 9)
        hh = text_height(W, what) + 3
        need(hh + 28)
        pdf.set_font("dv", "B", 9)
        pdf.cell(W, 5, f"Insats {i}", new_x="LMARGIN", new_y="NEXT")
        field("Beskrivning av insats *", what)
        pair("Ansvarig verksamhet / funktion *", who, "När / start", when)

    section("Ansvar och uppföljning")
    field("Andra aktörers insatser (t.ex. Försäkringskassan, föräldrar, föreningar)", "", min_h=14)
    pair("Huvudansvarig för planen *", "Elevhälsan", "Uppföljning (datum)", "Vecka 47")
    field("Övrigt", "", min_h=12)
    radios("Ska planen skickas till vårdnadshavare?", ["Ja", "Nej"], "Ja")
    pdf.output(out(2, "pdf"))


# ============================================================ 03 .txt (UTF-8, CRLF)
# Record export, fixed-width columns with dotted leaders, headings in capitals.
# Elderly woman with several illnesses, Skövde.
def doc03():
    W = 78
    L = []
    add = L.append

    def wrap(text, width=W, indent=""):
        for ln in textwrap.wrap(text, width=width, initial_indent=indent,
                                subsequent_indent=indent):
            add(ln)

    def leader(label, value, lw=26):
        head = label + "." * (lw - len(label)) + " "
        first = True
        for ln in textwrap.wrap(value, width=W - lw - 1) or [""]:
            add((head if first else " " * (lw + 1)) + ln)
            first = False

    add("SAMSA – Utskrift av samordnad individuell plan (SIP)")
    add("Utskriven 2025-10-03 08:52 av: Distriktssköterska, Hemsjukvården Skövde")
    add("=" * W)
    add("")
    add("PERSONUPPGIFTER")
    add("-" * W)
    leader("Namn", "G.")
    leader("Personnummer", "XXXXXX-XXXX")
    leader("Ålder", "84 år")
    leader("Boende", "Ensamboende i lägenhet, Skövde")
    leader("Närstående", "Dotter L., bor i Skövde")
    add("")
    add("MÖTESUPPGIFTER")
    add("-" * W)
    leader("Mötesdatum", "2025-10-02 kl. 10.00–11.15")
    leader("Plats", "Vårdcentralen Skövde, samt via Teams för SkaS")
    leader("Typ av SIP", "Första SIP efter utskrivning från slutenvård")
    add("")
    add("DELTAGARE")
    add("-" * W)
    add("Funktion....................... Verksamhet/organisation....................")
    parts = [
        ("Distriktssköterska", "Hemsjukvården, Skövde kommun"),
        ("Biståndshandläggare", "Äldreomsorgen, Skövde kommun"),
        ("Enhetschef", "Hemtjänst Skövde söder"),
        ("Arbetsterapeut", "Rehabenheten, Skövde kommun"),
        ("Läkare (allmänmedicin)", "Vårdcentralen Skövde"),
        ("Sjuksköterska", "Hjärtsviktsmottagningen, SkaS Skövde"),
        ("Dotter L.", "Närstående"),
    ]
    for f, v in parts:
        add(f"{f:<32}{v}")
    add("")
    add("SYFTE MED PLANEN")
    add("-" * W)
    add("(ej ifyllt)")
    add("")
    add("FRÅGESTÄLLNINGAR")
    add("-" * W)
    add("Genomgång av läget efter utskrivningen.")
    add("")
    add("BAKGRUND / NULÄGE")
    add("-" * W)
    wrap("G. skrevs ut från medicinkliniken på Skaraborgs Sjukhus Skövde 2025-09-29 efter "
         "fem dygn med försämrad hjärtsvikt. Hon har även diabetes typ 2 med insulin, KOL och en "
         "lätt kognitiv svikt som inte är utredd. Före inläggningen hade hon hemtjänst en gång "
         "per dag för dusch och städning. Under sommaren har hon tappat i vikt och glömt "
         "insulinet vid flera tillfällen enligt dottern. Hon går med rollator inomhus och har "
         "ramlat en gång i augusti utan skada. Vätskerestriktion 1,5 liter per dygn och daglig "
         "vägning ordinerades vid utskrivningen.")
    add("")
    add("DEN ENSKILDES MÅL")
    add("-" * W)
    add("(ej ifyllt)")
    add("")
    add("ÅTGÄRDER")
    add("-" * W)
    c1, c2, c3 = 34, 30, 12
    add("Åtgärd" + "." * (c1 - 6) + " " + "Ansvarig" + "." * (c2 - 8) + " " + "Datum")
    rows = [
        ("Hemtjänst morgon, lunch och kväll: hjälp med frukost, påminnelse om måltider och "
         "vätskelista, tillsyn.", "Hemtjänst Skövde söder, enhetschef", "2025-10-06"),
        ("Insulin morgon och kväll samt blodsockerkontroll (delegerat till hemtjänsten).",
         "Hemsjukvården Skövde kommun, distriktssköterska", "2025-10-03"),
        ("Vägning varje morgon, vikten förs in i listan; kontakt med sjuksköterska vid "
         "uppgång mer än 2 kg på tre dagar.", "Hemsjukvården Skövde kommun, distriktssköterska",
         "2025-10-03"),
        ("Trygghetslarm installeras.", "Biståndshandläggare, Äldreomsorgen Skövde kommun",
         "2025-10-10"),
        ("Hembesök, bedömning av fallrisk och hjälpmedel i badrummet.",
         "Arbetsterapeut, Rehabenheten Skövde kommun", "2025-10-08"),
        ("Läkemedelsgenomgång inklusive diuretika och insulindoser.",
         "Läkare, Vårdcentralen Skövde", "2025-10-21"),
        ("Återbesök hjärtsviktsmottagningen, dosjustering.",
         "Sjuksköterska, Hjärtsviktsmottagningen SkaS Skövde", "2025-11-04"),
        ("Handlar veckohandling varje fredag och följer med G. till återbesöket på "
         "hjärtsviktsmottagningen.", "Dotter L. (närstående)", "2025-10-10"),
    ]
    for what, who, when in rows:
        a = textwrap.wrap(what, c1 - 1)
        b = textwrap.wrap(who, c2 - 1)
        n = max(len(a), len(b))
        for i in range(n):
            x = a[i] if i < len(a) else ""
            y = b[i] if i < len(b) else ""
            z = when if i == 0 else ""
            add(f"{x:<{c1}} {y:<{c2}} {z}".rstrip())
        add("")
    add("HUVUDANSVAR FÖR PLANEN")
    add("-" * W)
    add("Skövde kommun")
    add("")
    add("UPPFÖLJNING")
    add("-" * W)
    leader("Nästa uppföljning", "2025-11-18 kl. 13.30, Vårdcentralen Skövde")
    add("")
    add("=" * W)
    add("Dokumentet är en utskrift ur SAMSA och är inte signerat i utskriftsform.")
    add("Sida 1 av 1")
    text = "\r\n".join(L) + "\r\n"
    with open(out(3, "txt"), "wb") as f:
        f.write(text.encode("utf-8"))


# ============================================================ 04 .md
# Running prose, no headings. Young woman with an eating disorder, Alingsås.
def doc04():
    paras = [
        "Den 14 oktober 2025 träffades vi för ett SIP-möte kring Sara, 18 år, i ett av "
        "samtalsrummen på Psykiatrimottagningen Alingsås. Med på mötet var Sara själv, en "
        "sjuksköterska, en dietist, en skolkurator och en socialsekreterare. Syftet med mötet var "
        "att få behandlingen för Saras anorexi och hennes sista år på gymnasiet att fungera "
        "tillsammans, så att hon kan fortsätta gå upp i vikt utan att behöva hoppa av "
        "utbildningen, och att alla som är inblandade vet vad de andra gör.",

        "Den fråga vi framför allt behövde svara på var om Sara kan fortsätta läsa på heltid under "
        "hösten, eller om studierna måste minskas under de veckor hon går på dagvård två dagar i "
        "veckan. Vi tog också upp hur skolan ska hantera skollunchen, eftersom lunchen i matsalen "
        "är det som är svårast för henne just nu. Sara sa att hon är rädd att tappa kontakten med "
        "klassen om hon går ner i studietakt, och att hon hellre läser något kortare schema än "
        "tar uppehåll. Med hennes egna ord: ”Jag vill ta studenten med min klass i juni, det är "
        "det jag kämpar för. Och jag vill kunna äta lunch utan att någon tittar på mig.”",

        "Vi kom överens om följande. Ätstörningsteamet på Psykiatrimottagningen Alingsås startar "
        "dagvård med måltidsstöd tisdagar och torsdagar från 2025-10-21, och Saras psykolog där "
        "fortsätter med KBT-E en gång i veckan som tidigare. Vårdcentralen Alingsås tar över "
        "vägning och blodprover varannan vecka med start vecka 44; det är distriktssköterskan "
        "som bokar tiderna. Skolkuratorn och specialpedagogen på gymnasiet gör tillsammans ett "
        "anpassat schema så att Sara kan läsa klart sina kurser på de tre dagar hon är i skolan, "
        "och skolan ordnar så att hon kan äta lunch i ett mindre rum med en vuxen. "
        "Socialtjänstens Råd- och stödenhet i Alingsås erbjuder stödsamtal varannan vecka med "
        "start 2025-11-03, eftersom det har varit mycket bråk hemma under sommaren.",

        "Dietisten påpekade att viktuppgången har planat ut sedan skolstarten och att dagvården "
        "behöver komma igång så snart som möjligt. Sara var tveksam till vägningarna men "
        "tyckte att vårdcentralen känns mindre laddad än mottagningen. Vi bestämde att ses igen i december för att "
        "se hur det går med vikten och med skolan, och om dagvården kan trappas ner efter "
        "jullovet.",

        "Anteckningarna skickas till alla som var med på mötet.",
    ]
    with open(out(4, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n\n".join(paras) + "\n")


# ============================================================ 05 .docx
# Follow-up plan, goals and measures as a two-level numbered list written as text.
# Man 45 with alcohol dependence, Uddevalla.
def doc05():
    doc = Document()
    base_font(doc, "Calibri", 11)
    sec = doc.sections[0]
    set_a4(sec, margins_cm=2.3)
    hp = sec.header.paragraphs[0]
    hp.text = "Uddevalla kommun – Socialtjänsten, Vuxenenheten   |   Uppföljningsplan SIP"
    for r in hp.runs:
        r.font.size = Pt(8.5)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Sida "); r.font.size = Pt(8.5)
    add_page_field(fp)

    h = doc.add_heading("Samordnad individuell plan – uppföljning", level=1)
    def kv(label, value):
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(label + ": "); r.bold = True
        p.add_run(value)
    kv("Namn", "Mikael (M.)")
    kv("Personnummer", "ÅÅMMDD-XXXX")
    kv("Datum för uppföljningsmöte", "2025-03-04")
    kv("Tidigare SIP upprättad", "2024-11-26")
    kv("Samtycke", "Samtycke finns.")
    doc.add_paragraph()

    doc.add_heading("Bakgrund och läget sedan förra mötet", level=2)
    doc.add_paragraph(
        "M. är 45 år och har ett alkoholberoende sedan många år. Han är sjukskriven på heltid "
        "sedan november 2024 från sin anställning som lagerarbetare. Efter avgiftning på "
        "Beroendemottagningen Uddevalla i december har han haft två kortare återfall, det "
        "senaste i februari. Han är separerad och har sina två barn varannan helg. Det finns "
        "obetalda räkningar och en skuld till Kronofogden.")
    doc.add_paragraph(
        "M. tycker själv att det fungerade bättre när han hade fasta tider att passa, och att "
        "gruppbehandlingen förra året kändes för stor för honom. Han har inte velat prova "
        "Antabus igen eftersom han fick biverkningar 2022.")

    doc.add_heading("Mål och insatser", level=2)

    def goal(n, text):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(8)
        p.paragraph_format.space_after = Pt(2)
        r = p.add_run(f"{n}. Mål: "); r.bold = True
        r2 = p.add_run(text); r2.bold = True

    def measure(n, text):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(1.0)
        p.paragraph_format.first_line_indent = Cm(-0.9)
        p.paragraph_format.space_after = Pt(2)
        p.add_run(f"{n}\t{text}")
        p.paragraph_format.tab_stops.add_tab_stop(Cm(1.0))

    goal(1, "M. ska vara nykter och minska risken för nya återfall.")
    measure("1.1", "Läkemedelsbehandling med naltrexon samt PEth-prov var fjärde vecka. "
                   "Ansvarig: läkare, Beroendemottagningen Uddevalla (VGR). Från 2025-03-10.")
    measure("1.2", "Återfallsprevention (ÅP) i individuella samtal varannan vecka. Ansvarig: "
                   "behandlare, Öppenvården Vuxenenheten, Uddevalla kommun. Start 2025-03-13.")
    measure("1.3", "M. går själv på AA-möte i Uddevalla en kväll i veckan. Ansvarig: M. "
                   "Från 2025-03-12 (onsdagar).")
    goal(2, "M. ska kunna gå tillbaka till sitt arbete på lagret.")
    measure("2.1", "Förlängt läkarintyg och bedömning av arbetsförmåga. Ansvarig: läkare, "
                   "Beroendemottagningen Uddevalla. Senast 2025-03-31.")
    measure("2.2", "Avstämningsmöte med M., arbetsgivaren och Beroendemottagningen. Ansvarig: "
                   "handläggare, Försäkringskassan. 2025-04-08.")
    measure("2.3", "Arbetsträning 25 % med stöd av företagshälsovården. Ansvarig: närmaste chef "
                   "på arbetsplatsen tillsammans med företagshälsovården. Start 2025-04-14.")
    goal(3, "M. ska få överblick över sin ekonomi och en plan för skulderna.")
    measure("3.1", "Genomgång av räkningar och skulder, ansökan om skuldsanering bedöms. "
                   "Ansvarig: budget- och skuldrådgivare, Uddevalla kommun. Första träff "
                   "2025-03-20.")
    measure("3.2", "Ekonomiskt bistånd för hyran mars–april utreds. Ansvarig: socialsekreterare, "
                   "Vuxenenheten Uddevalla. Beslut senast 2025-03-14.")

    doc.add_heading("Huvudansvar", level=2)
    doc.add_paragraph("Huvudansvarig för planen: socialsekreterare, Vuxenenheten, Socialtjänsten "
                      "Uddevalla kommun.")
    doc.add_heading("Nästa uppföljning", level=2)
    doc.add_paragraph("2025-06-12 kl. 10.00 på Beroendemottagningen Uddevalla.")
    p = doc.add_paragraph()
    r = p.add_run("Planen skickas till M. och till berörda verksamheter.")
    r.italic = True
    fix_props(doc, datetime.datetime(2025, 3, 4, 13, 0))
    doc.save(out(5, "docx"))


# ============================================================ 06 .pdf via LibreOffice
# Bilingual template: Swedish heading, English below in smaller grey italics.
# Family with a child of 6 with a language disorder, Borås; family's words interpreted.
def doc06(tmpdir):
    doc = Document()
    base_font(doc, "Liberation Sans", 10.5)
    sec = doc.sections[0]
    set_a4(sec, margins_cm=2.2)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("Borås Stad och Västra Götalandsregionen – SIP / Coordinated Individual Plan")
    r.font.size = Pt(8); r.font.color.rgb = RGBColor(0x60, 0x60, 0x60)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = fp.add_run("Tvåspråkig mall SV/EN, 2024   Sida / Page "); r.font.size = Pt(8)
    add_page_field(fp)

    def bihead(sv, en, level=2):
        h = doc.add_heading(sv, level=level)
        h.paragraph_format.space_after = Pt(0)
        for rr in h.runs:
            rr.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(4)
        rr = p.add_run(en)
        rr.italic = True
        rr.font.size = Pt(8.5)
        rr.font.color.rgb = RGBColor(0x80, 0x80, 0x80)

    bihead("Samordnad individuell plan (SIP)", "Coordinated Individual Plan", level=1)

    tb = doc.add_table(rows=0, cols=2)
    tb.style = "Table Grid"
    for sv, en, v in [
        ("Barnets namn", "Child's name", "Yousef (Y.), 6 år"),
        ("Personnummer", "Personal identity number", "ÅÅMMDD-XXXX"),
        ("Datum för mötet", "Date of meeting", "2025-05-20"),
        ("Plats", "Place", "Elevhälsan, Borås Stad (skola i Norrby)"),
        ("Språk / tolk", "Language / interpreter", "Arabiska, tolk på plats"),
    ]:
        c = tb.add_row().cells
        c[0].text = ""
        p = c[0].paragraphs[0]
        rr = p.add_run(sv); rr.bold = True; rr.font.size = Pt(9.5)
        p2 = c[0].add_paragraph()
        rr = p2.add_run(en); rr.italic = True; rr.font.size = Pt(7.5)
        rr.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        cell_text(c[1], v, size=10)
    col_widths(tb, (5.0, 11.6))
    doc.add_paragraph()

    bihead("Deltagare", "Participants")
    tb = doc.add_table(rows=1, cols=2)
    tb.style = "Table Grid"
    hdr = tb.rows[0].cells
    for i, (sv, en) in enumerate([("Namn / funktion", "Name / role"),
                                  ("Verksamhet", "Organisation")]):
        hdr[i].text = ""
        p = hdr[i].paragraphs[0]
        rr = p.add_run(sv); rr.bold = True; rr.font.size = Pt(9.5)
        rr = hdr[i].add_paragraph().add_run(en)
        rr.italic = True; rr.font.size = Pt(7.5); rr.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        shade(hdr[i], "E8EEF5")
    repeat_header(tb.rows[0])
    for a, b in [
        ("Yousef och hans föräldrar Rania och Khaled", "Familjen"),
        ("Tolk, arabiska", "Tolkförmedling Väst"),
        ("Lärare i förskoleklass", "Grundskoleförvaltningen, Borås Stad"),
        ("Specialpedagog", "Elevhälsan, Borås Stad"),
        ("Skolsköterska", "Elevhälsan, Borås Stad"),
        ("Logoped", "Logopedmottagningen, Södra Älvsborgs Sjukhus Borås"),
    ]:
        c = tb.add_row().cells
        cell_text(c[0], a, size=10)
        cell_text(c[1], b, size=10)
    col_widths(tb, (7.6, 9.0))

    bihead("Syfte med SIP", "Purpose of the plan")
    doc.add_paragraph(
        "Syftet är att förskoleklassen, elevhälsan och logopeden tillsammans med föräldrarna "
        "planerar stödet till Yousef inför att han börjar årskurs 1 i augusti, så att han kan "
        "göra sig förstådd och vara med i undervisningen trots sin språkstörning.")

    bihead("Frågeställningar inför mötet", "Questions for the meeting")
    doc.add_paragraph("")

    bihead("Bakgrund", "Background")
    doc.add_paragraph(
        "Yousef fick diagnosen språkstörning (expressiv och impressiv) hos logopeden i februari "
        "2025. Familjen kom till Sverige 2022 och talar arabiska hemma. I förskoleklassen leker "
        "han mest för sig själv och blir arg när de andra barnen inte förstår honom. Hörseln är "
        "kontrollerad och normal.")

    bihead("Familjens och barnets synpunkter", "The views of the family and the child")
    doc.add_paragraph(
        "Föräldrarna: ”Hemma pratar han mer, på arabiska, men han blir ledsen när han inte hittar "
        "orden. Vi är oroliga för att han blir ensam i skolan.” (tolkat från arabiska)")
    doc.add_paragraph(
        "Yousef var med på första delen av mötet och ritade. Han sa: ”Jag vill prata med Elias "
        "och Omar på rasten.” (tolkat från arabiska)")

    bihead("Mål", "Goals")
    doc.add_paragraph(
        "Föräldrarnas mål: ”Vi vill att Yousef ska kunna leka med de andra barnen och att "
        "lärarna ska förstå vad han vill säga.” (tolkat från arabiska)")

    bihead("Samtycke", "Consent")
    doc.add_paragraph("Samtycke finns.")

    bihead("Insatser", "Interventions")
    tb = doc.add_table(rows=1, cols=3)
    tb.style = "Table Grid"
    hdr = tb.rows[0].cells
    for i, (sv, en) in enumerate([("Insats", "Intervention"), ("Ansvarig", "Responsible"),
                                  ("När", "When")]):
        hdr[i].text = ""
        rr = hdr[i].paragraphs[0].add_run(sv); rr.bold = True; rr.font.size = Pt(9.5)
        rr = hdr[i].add_paragraph().add_run(en)
        rr.italic = True; rr.font.size = Pt(7.5); rr.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        shade(hdr[i], "E8EEF5")
    repeat_header(tb.rows[0])
    for a in ["Fortsatt kontakt.", "Stöd vid behov.", "Hålla varandra informerade."]:
        c = tb.add_row().cells
        cell_text(c[0], a, size=10)
        cell_text(c[1], "", size=10)
        cell_text(c[2], "", size=10)
    col_widths(tb, (8.6, 5.0, 3.0))

    bihead("Andra aktörers insatser", "Measures by other actors")
    doc.add_paragraph("")

    bihead("Huvudansvarig för planen", "Overall responsibility for the plan")
    doc.add_paragraph("Specialpedagog")

    bihead("Uppföljning", "Follow-up")
    doc.add_paragraph("")

    fix_props(doc, datetime.datetime(2025, 5, 20, 14, 0))
    src = os.path.join(tmpdir, f"{PREFIX}-06.docx")
    doc.save(src)
    profile = f"file:///tmp/lo-{PREFIX}"
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless",
                    "--convert-to", "pdf", "--outdir", tmpdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=240)
    shutil.copyfile(os.path.join(tmpdir, f"{PREFIX}-06.pdf"), out(6, "pdf"))


# ============================================================ 07 .docx with text boxes
# Habilitation centre template, parts are text boxes anchored on the page.
# Preschool child of 4 with Down syndrome, guardians, Lidköping.
NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"')


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _para(text, bold=False, size=20, color=None, italic=False, space_after=60):
    rpr = f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>'
    if bold:
        rpr = "<w:b/>" + rpr
    if italic:
        rpr = "<w:i/>" + rpr
    if color:
        rpr += f'<w:color w:val="{color}"/>'
    return (f'<w:p><w:pPr><w:spacing w:after="{space_after}" w:line="252" w:lineRule="auto"/>'
            f'</w:pPr><w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{_esc(text)}</w:t>'
            f'</w:r></w:p>')


_box_id = [0]


def textbox_run(title, paras, x_cm, y_cm, w_cm, h_cm, fill="FFFFFF", line="2E6F40"):
    _box_id[0] += 1
    bid = _box_id[0]
    emu = lambda cm: int(cm * 360000)
    inner = _para(title, bold=True, size=21, color=line, space_after=80)
    for p in paras:
        if isinstance(p, tuple):
            inner += _para(*p)
        else:
            inner += _para(p)
    xml = f'''<w:r {NS}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="{251658240 + bid}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/>
<wp:positionH relativeFrom="page"><wp:posOffset>{emu(x_cm)}</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="page"><wp:posOffset>{emu(y_cm)}</wp:posOffset></wp:positionV>
<wp:extent cx="{emu(w_cm)}" cy="{emu(h_cm)}"/>
<wp:effectExtent l="0" t="0" r="0" b="0"/>
<wp:wrapNone/>
<wp:docPr id="{100 + bid}" name="Textruta {bid}"/>
<wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/>
<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{emu(w_cm)}" cy="{emu(h_cm)}"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>
<a:ln w="12700"><a:solidFill><a:srgbClr val="{line}"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="108000" tIns="72000" rIns="108000" bIns="72000" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>
</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice></mc:AlternateContent></w:r>'''
    return parse_xml(xml)


def doc07():
    doc = Document()
    base_font(doc, "Calibri", 10)
    sec = doc.sections[0]
    set_a4(sec, margins_cm=1.8)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("Habiliteringen Skaraborg – Barn- och ungdomshabiliteringen Lidköping")
    r.font.size = Pt(8.5); r.font.color.rgb = RGBColor(0x2E, 0x6F, 0x40)
    fp = sec.footer.paragraphs[0]
    r = fp.add_run("SIP-mall habilitering v. 2.3   •   Sida "); r.font.size = Pt(8)
    add_page_field(fp)
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    # page 1 anchor paragraph with title
    p1 = doc.add_paragraph()
    r = p1.add_run("SAMORDNAD INDIVIDUELL PLAN – SIP")
    r.bold = True; r.font.size = Pt(16); r.font.color.rgb = RGBColor(0x2E, 0x6F, 0x40)
    p1b = doc.add_paragraph()
    r = p1b.add_run("Barn och ungdom – Habiliteringen i samverkan med kommunen")
    r.italic = True; r.font.size = Pt(10)

    GREY = "808080"
    boxes_p1 = [
        ("Barn och vårdnadshavare", [
            "Barn: Lova (L.), 4 år",
            "Personnummer: ÅÅMMDD-XXXX",
            "Diagnos: Downs syndrom, lätt hörselnedsättning höger öra",
            "Vårdnadshavare: Maria och Johan, gemensam vårdnad",
            "Förskola: avdelning Solrosen, Lidköpings kommun",
        ], 1.8, 4.2, 10.6, 4.5),
        ("Möte", [
            "Datum: 2025-09-17",
            "Plats: Habiliteringen Lidköping",
            "Typ: Första SIP",
        ], 12.8, 4.2, 6.4, 4.5),
        ("Deltagare", [
            "Maria (mamma)",
            "Johan (pappa)",
            "Anna",
            "Eva",
            "Kristin",
            "Sofie",
        ], 1.8, 9.1, 6.0, 5.6),
        ("Syfte med planen", [
            "Gemensam planering.",
        ], 8.2, 9.1, 11.0, 2.4),
        ("Frågeställningar", [
            "Hur ska personalen på förskolan lära sig TAKK så att Lova kan använda samma tecken "
            "hemma och på förskolan?",
            "Behöver förskolan en extra resurs vid måltider och vila?",
            "Vem hjälper familjen med ansökan om omvårdnadsbidrag?",
        ], 8.2, 11.8, 11.0, 4.6),
        ("Nuläge", [
            "Lova har gått på förskolan sedan januari 2025, 30 timmar i veckan. Hon förstår mycket "
            "men har få ord och använder ett tiotal tecken. Hon går själv men tröttnar snabbt och "
            "behöver hjälp vid av- och påklädning och vid måltider. Hon har haft många "
            "öroninflammationer under våren. Förskolan beskriver att hon ofta drar sig undan i "
            "stora gruppen och att personalen inte kan TAKK.",
        ], 1.8, 16.8, 17.4, 4.4),
        ("Mål", [
            "Målet är att Lova ska kunna använda minst 20 tecken (TAKK) för att visa vad hon vill "
            "och behöver, både hemma och på förskolan.",
            "Målet är att Lova ska kunna äta själv med anpassad sked och tallrik.",
        ], 1.8, 21.6, 17.4, 3.6),
    ]
    for t, ps, x, y, w, h in boxes_p1:
        p1._p.append(textbox_run(t, ps, x, y, w, h))

    # page 2
    pb = doc.add_paragraph()
    pb.add_run().add_break(WD_BREAK.PAGE)
    p2 = doc.add_paragraph()
    r = p2.add_run("SIP – Lova (L.) – forts.")
    r.bold = True; r.font.size = Pt(11); r.font.color.rgb = RGBColor(0x2E, 0x6F, 0x40)

    boxes_p2 = [
        ("Vårdnadshavarnas synpunkter", [], 1.8, 3.4, 17.4, 2.6),
        ("Insatser – vem gör vad och när", [
            "• Logoped, Habiliteringen Lidköping: TAKK-utbildning för förskolans personal och "
            "föräldrarna, fyra tillfällen. Start 2025-10-01.",
            "• Fysioterapeut, Habiliteringen Lidköping: motorikprogram med besök på förskolan "
            "och hembesök. Start 2025-10-08.",
            "• Arbetsterapeut, Habiliteringen Lidköping: utprovning av anpassade bestick, "
            "tallrik och sittdyna till förskolan.",
            "• Rektor för förskolan, Lidköpings kommun: beslut om extra resurs vid måltider "
            "och vila. Senast 2025-10-15.",
            "• Barnläkare, Barn- och ungdomsmedicin Skaraborgs Sjukhus Lidköping: årlig kontroll "
            "inklusive sköldkörtelprov och remiss till hörselvården. 2025-11-20.",
            "• Barnläkare, Barn- och ungdomsmedicin: läkarutlåtande till Försäkringskassan. "
            "Senast 2025-10-10.",
            "• Vårdnadshavarna (Maria och Johan): skickar ansökan om omvårdnadsbidrag till "
            "Försäkringskassan. Senast 2025-10-31.",
        ], 1.8, 6.4, 17.4, 10.4),
        ("Huvudansvarig för planen", [
            ("Klicka eller tryck här för att ange text.", False, 20, GREY),
        ], 1.8, 17.2, 8.5, 2.6),
        ("Uppföljning", [
            "Datum för uppföljning: ÅÅÅÅ-MM-DD",
        ], 10.7, 17.2, 8.5, 2.6),
        ("Planen delas ut till", [
            "Vårdnadshavare, förskolan, Habiliteringen Lidköping, Barn- och ungdomsmedicin.",
        ], 1.8, 20.2, 17.4, 2.2),
    ]
    for t, ps, x, y, w, h in boxes_p2:
        p2._p.append(textbox_run(t, ps, x, y, w, h))
    fix_props(doc, datetime.datetime(2025, 9, 17, 16, 0))
    doc.save(out(7, "docx"))


# ============================================================ 08 .docx NOT a plan
# Komvux "Individuell studieplan", Skövde.
def doc08():
    doc = Document()
    base_font(doc, "Calibri", 10.5)
    sec = doc.sections[0]
    set_a4(sec, margins_cm=2.0)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("Skövde kommun – Vuxenutbildningen (Komvux Skövde)")
    r.font.size = Pt(9); r.bold = True
    fp = sec.footer.paragraphs[0]
    r = fp.add_run("Individuell studieplan enligt 20 kap. 8 § skollagen   |   Sida ")
    r.font.size = Pt(8)
    add_page_field(fp)

    doc.add_heading("Individuell studieplan", level=0)
    tb = doc.add_table(rows=0, cols=4)
    tb.style = "Table Grid"
    rows = [
        ("Elev", "Amira (A.)", "Personnummer", "ÅÅMMDD-XXXX"),
        ("Upprättad", "2025-08-14", "Reviderad", "–"),
        ("Studievägledare", "Studie- och yrkesvägledare, Komvux Skövde", "Studieform",
         "Dagtid, på plats, 100 %"),
    ]
    for a, b, c, d in rows:
        cells = tb.add_row().cells
        cell_text(cells[0], a, bold=True, size=9.5); shade(cells[0], "EDEDED")
        cell_text(cells[1], b, size=9.5)
        cell_text(cells[2], c, bold=True, size=9.5); shade(cells[2], "EDEDED")
        cell_text(cells[3], d, size=9.5)
    col_widths(tb, (3.7, 4.8, 3.7, 4.8))

    doc.add_heading("Utbildningsmål", level=1)
    doc.add_paragraph(
        "Eleven vill bli undersköterska och läser Vård- och omsorgsutbildningen inom Yrkesvux, "
        "kombinerat med svenska som andraspråk på gymnasial nivå. Målet är gymnasieexamen/"
        "yrkesbevis med skyddad yrkestitel undersköterska under hösten 2026.")
    doc.add_heading("Tidigare utbildning och validering", level=1)
    doc.add_paragraph(
        "Gymnasieutbildning från hemlandet (12 år), bedömd av UHR. Svenska för invandrare "
        "kurs D avslutad vårterminen 2025 med betyget C. Svenska som andraspråk grund avslutad "
        "juni 2025. Arbetat som vårdbiträde inom hemtjänsten sommaren 2025; validering av kursen "
        "Vård och omsorg vid särskilda behov prövas i oktober.")

    doc.add_heading("Planerade kurser", level=1)
    tb = doc.add_table(rows=1, cols=5)
    tb.style = "Table Grid"
    for i, hname in enumerate(["Kurs", "Poäng", "Period", "Startdatum", "Slutdatum"]):
        cell_text(tb.rows[0].cells[i], hname, bold=True, size=9.5)
        shade(tb.rows[0].cells[i], "D5E3EF")
    repeat_header(tb.rows[0])
    courses = [
        ("Svenska som andraspråk 1", "100", "Period 1", "2025-08-18", "2025-10-24"),
        ("Vård- och omsorgsarbete 1", "200", "Period 1–2", "2025-08-18", "2025-12-19"),
        ("Medicin 1", "150", "Period 2", "2025-10-27", "2025-12-19"),
        ("Etik och människans livsvillkor", "100", "Period 3", "2026-01-12", "2026-03-13"),
        ("Psykiatri 1", "100", "Period 3", "2026-01-12", "2026-03-13"),
        ("Svenska som andraspråk 2", "100", "Period 3–4", "2026-01-12", "2026-06-05"),
        ("Gymnasiearbete (APL-förlagt)", "100", "Period 4", "2026-03-16", "2026-06-05"),
    ]
    for row in courses:
        c = tb.add_row().cells
        for i, v in enumerate(row):
            cell_text(c[i], v, size=9.5)
    col_widths(tb, (6.0, 1.6, 2.6, 2.9, 2.9))

    doc.add_heading("Arbetsplatsförlagt lärande (APL)", level=1)
    doc.add_paragraph(
        "APL 4 veckor inom äldreomsorgen i Skövde kommun under period 2 (vecka 46–49) och "
        "4 veckor inom regionens slutenvård under period 4. APL-samordnaren ordnar platser.")
    doc.add_heading("Studiestöd och anpassningar", level=1)
    for t in [
        "Eleven har dyslexi (intyg finns). Inläsningstjänst och förlängd skrivtid vid prov.",
        "Språkstöd i ämnesundervisningen två pass per vecka i studieverkstaden.",
        "Studiefinansiering: CSN-studiemedel, eleven ansöker själv.",
    ]:
        doc.add_paragraph(t, style="List Bullet")
    doc.add_heading("Uppföljning av studieplanen", level=1)
    doc.add_paragraph(
        "Studieplanen följs upp med studievägledaren efter varje period, första gången "
        "2025-10-27. Ändringar i kursval görs i samråd med studie- och yrkesvägledare.")
    doc.add_paragraph()
    tb = doc.add_table(rows=2, cols=2)
    cell_text(tb.rows[0].cells[0], "____________________________")
    cell_text(tb.rows[0].cells[1], "____________________________")
    cell_text(tb.rows[1].cells[0], "Elevens underskrift", size=9)
    cell_text(tb.rows[1].cells[1], "Studie- och yrkesvägledare, Komvux Skövde", size=9)
    fix_props(doc, datetime.datetime(2025, 8, 14, 10, 0))
    doc.save(out(8, "docx"))


def main():
    os.makedirs(OUT, exist_ok=True)
    tmpdir = os.path.join(HERE, "_build")
    os.makedirs(tmpdir, exist_ok=True)
    doc01()
    doc02()
    doc03()
    doc04()
    doc05()
    doc06(tmpdir)
    doc07()
    doc08()
    for n in (1, 5, 7, 8):
        normalize_zip(out(n, "docx"))
    shutil.rmtree(tmpdir, ignore_errors=True)
    print("written:", sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()
