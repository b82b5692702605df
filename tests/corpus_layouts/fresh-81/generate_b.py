#!/usr/bin/env python3
"""Generate batch f81b: seven fictional SIP plans and one non-plan, Stockholms län, 2025.

Run with /work/batches/.venv/bin/python generate.py (calls soffice for f81b-06.pdf).
Deterministic: fixed dates, no randomness.
"""
import datetime
import os
import shutil
import subprocess
import textwrap

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT, WD_ROW_HEIGHT_RULE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
PLANS = os.path.join(HERE, "plans")
BUILD = os.path.join(HERE, "build")
PREFIX = "f81b"
LO_PROFILE = "file:///tmp/lo-f81b"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIXED = datetime.datetime(2025, 9, 1, 8, 0, 0)


# ----------------------------------------------------------------- helpers
def out(n, ext):
    return os.path.join(PLANS, f"{PREFIX}-{n:02d}.{ext}")


def new_doc(author="", title=""):
    doc = Document()
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    return doc


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def text_direction(cell, val="btLr"):
    tcPr = cell._tc.get_or_add_tcPr()
    td = OxmlElement("w:textDirection")
    td.set(qn("w:val"), val)
    tcPr.append(td)


def valign(cell, val="center"):
    tcPr = cell._tc.get_or_add_tcPr()
    va = OxmlElement("w:vAlign")
    va.set(qn("w:val"), val)
    tcPr.append(va)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


def col_widths(table, widths):
    table.autofit = False
    for i, w in enumerate(widths):
        table.columns[i].width = w
    for row in table.rows:
        for i, w in enumerate(widths):
            if i < len(row.cells):
                row.cells[i].width = w


def cell_text(cell, text, bold=False, size=None, color=None, italic=False, align=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    if align is not None:
        p.alignment = align
    return p


def bold_para(doc, text, size=11, space_before=8):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(space_before)
    p.paragraph_format.space_after = Pt(2)
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    return p


def para(doc, text, **kw):
    p = doc.add_paragraph()
    r = p.add_run(text)
    for k, v in kw.items():
        if k == "size":
            r.font.size = Pt(v)
        elif k == "color":
            r.font.color.rgb = RGBColor.from_string(v)
        else:
            setattr(r, k, v)
    return p


def header_footer(section, left, right=None, footer=None):
    hp = section.header.paragraphs[0]
    hp.text = ""
    r = hp.add_run(left)
    r.font.size = Pt(8)
    if right:
        r2 = hp.add_run("\t\t" + right)
        r2.font.size = Pt(8)
    if footer is not None:
        fp = section.footer.paragraphs[0]
        fp.text = ""
        fr = fp.add_run(footer)
        fr.font.size = Pt(8)
        # page number field
        run = fp.add_run()
        run.font.size = Pt(8)
        for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
            if kind:
                fc = OxmlElement("w:fldChar")
                fc.set(qn("w:fldCharType"), kind)
                run._r.append(fc)
            else:
                it = OxmlElement("w:instrText")
                it.set(qn("xml:space"), "preserve")
                it.text = txt
                run._r.append(it)


def wrap(text, width=72):
    out_lines = []
    for block in text.split("\n"):
        if block.strip() == "":
            out_lines.append("")
        else:
            out_lines.extend(textwrap.wrap(block, width=width, break_long_words=False,
                                           break_on_hyphens=False))
    return out_lines


# ============================================================ f81b-01.docx
def plan01():
    """Two-column table, part names rotated in left column; child with school refusal, Huddinge."""
    doc = new_doc("Elevhälsan Trångsundsskolan", "SIP Ella")
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    header_footer(sec, "Huddinge kommun – Grundskola, Trångsundsskolan", "Samordnad individuell plan",
                  footer="Sida ")

    parts = [
        ("SYFTE", [
            "Ella (13 år, åk 7) har varit i skolan bara enstaka dagar sedan påsklovet 2025 och har "
            "svår ångest på morgnarna. Vi gör den här planen för att skolan, BUP och socialtjänsten "
            "ska jobba åt samma håll så att Ella kan komma tillbaka till skolan i en takt hon klarar.",
            "Planen ska också göra det tydligt för Ella och föräldrarna vem de ska vända sig till "
            "med vad.",
        ]),
        ("LÄGE", [
            "Ella går i 7B. Hon har haft magont och sömnproblem sedan i vintras och blev "
            "remitterad till BUP Huddinge i maj av vårdcentralen. Hon sitter mest på sitt rum och "
            "spelar. Kontakt med en kompis i klassen finns kvar.",
            "Mamma och pappa har fått ta ledigt från jobbet många förmiddagar och tycker att "
            "mornarna hemma blivit en kamp.",
        ]),
        ("FRÅGOR", [
            "Gå igenom läget.",
            "Övrigt.",
        ]),
        ("MÅL", [
            "Ella: ”Jag vill kunna gå till skolan utan att få ont i magen, och jag vill gå kvar i "
            "min klass där Moa är.”",
            "Ella vill börja med någon lektion om dagen och inte behöva förklara för klassen varför "
            "hon varit borta. Hon vill helst komma in bakvägen.",
            "Föräldrarna: att mornarna ska bli lugnare och att Ella ska må bättre.",
        ]),
        ("VEM", [
            "Mentor, Trångsundsskolan: anpassat schema – två lektioner per dag (sv och bild) första "
            "veckorna, möter Ella vid bakre entrén.",
            "Skolkurator, elevhälsan Trångsundsskolan: stödsamtal med Ella en gång i veckan.",
            "Psykolog, BUP Huddinge: KBT med inriktning ångest och skolfrånvaro, 10 tillfällen, "
            "föräldrarna med vid varannan träff.",
            "Socialsekreterare, Socialtjänsten Huddinge barn och unga: utreder om familjen behöver "
            "familjebehandling enligt SoL (öppenvård i hemmet).",
            "Föräldrarna stöttar hemma.",
        ]),
        ("NÄR", [
            "Anpassat schema börjar måndag 2025-09-01.",
            "Kuratorssamtal: tisdagar kl. 10.00 från och med 2025-09-02.",
            "BUP: första KBT-tid 2025-09-09, sedan varje vecka.",
            "Socialtjänstens utredning: ",
            "Uppföljning av planen: nytt SIP-möte onsdag 2025-11-12 kl. 14.00 i skolans konferensrum.",
        ]),
        ("ANSV.", [
            "Skolan har huvudansvaret för planen och kallar till nästa möte.",
        ]),
        ("MED", [
            "Ella (första halvtimmen), Sara (mamma), Ali (pappa)",
            "Elin, Amira, Hanna, Jonas",
        ]),
    ]

    title = doc.add_paragraph()
    r = title.add_run("SIP – samordnad individuell plan")
    r.bold = True
    r.font.size = Pt(16)
    p = doc.add_paragraph()
    p.add_run("Ella, f. ÅÅMMDD-XXXX     Möte 2025-08-27 kl. 13.00–14.30, Trångsundsskolan").font.size = Pt(10)

    nrows = 1 + sum(len(v) for _, v in parts)
    t = doc.add_table(rows=nrows, cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = t.rows[0]
    a = hdr.cells[0].merge(hdr.cells[1])
    cell_text(a, "Ella, åk 7 – SIP 2025-08-27", bold=True, size=10)
    shade(a, "D9E2F3")
    repeat_header(hdr)

    i = 1
    for name, rows in parts:
        for j, txt in enumerate(rows):
            row = t.rows[i]
            left, right = row.cells[0], row.cells[1]
            if j == 0:
                cell_text(left, name, bold=True, size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
                text_direction(left, "btLr")
                valign(left, "center")
                shade(left, "F2F2F2")
                row.height = Cm(1.9 if len(name) > 4 else 1.5)
                row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
            else:
                left.text = ""
            cell_text(right, txt, size=10)
            i += 1
    col_widths(t, [Cm(1.2), Cm(15.8)])

    para(doc, "")
    para(doc, "Anteckningar förda av skolkurator. Planen delas ut till alla som var med.", size=9,
         italic=True)
    doc.save(out(1, "docx"))


# ============================================================ f81b-02.pdf
class Plan02PDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90, 90, 90)
        w = self.w - self.l_margin - self.r_margin
        self.cell(w / 3, 5, "Treserva – Socialtjänsten Södertälje", border=0)
        self.cell(w / 3, 5, "Utskrift 2025-09-12 09:41", border=0, align="C")
        self.cell(w / 3, 5, f"Sida {self.page_no()} ({{nb}})", border=0, align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(4)
        self.set_text_color(0, 0, 0)


def plan02():
    """fpdf2: p1 portrait paragraphs under underlined headings, p2 landscape measures, p3 participants."""
    pdf = Plan02PDF(orientation="P", unit="mm", format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("SIP Mikael 2025-09-10")
    pdf.set_author("Socialtjänsten Södertälje")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(20, 15, 20)

    # ---- page 1
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 15)
    pdf.cell(0, 9, "Samordnad individuell plan (SIP)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9.5)
    pdf.cell(0, 5, "Namn: Mikael      Personnummer: ÅÅMMDD-XXXX      Mötesdatum: 2025-09-10",
             new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "Plats: Psykiatriska öppenvårdsmottagningen Södertälje", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    def section(head, body):
        pdf.set_font("DejaVu", "BU", 11)
        pdf.cell(0, 7, head, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 10)
        for b in body:
            pdf.multi_cell(0, 5.2, b, new_x="LMARGIN", new_y="NEXT", align="L")
            pdf.ln(1.5)
        pdf.ln(2)

    section("Syfte med planen", [
        "Mikael har efter sin senaste inläggning i juli stora hyresskulder och riskerar att bli "
        "uppsagd från lägenheten. Syftet med SIP:en är att psykiatrin, socialtjänsten, god man och "
        "Försäkringskassan samordnar sina insatser så att Mikael kan bo kvar, ta sin medicin och få "
        "en plan för skulderna."])
    section("Bakgrund", [
        "Mikael, 34 år, har diagnosen schizofreni sedan 2016 och har kontakt med Psykiatriska "
        "öppenvårdsmottagningen Södertälje. Under våren slutade han ta sin medicin och vårdades "
        "inneliggande 2025-06-28 – 2025-07-21. Han har sjukersättning. Under våren betalades inte "
        "hyran för tre månader och det finns även obetalda räkningar och skulder hos Kronofogden. "
        "God man förordnades i augusti."])
    section("Mikaels mål", [
        "Målet är att Mikael ska kunna bo kvar i sin lägenhet, hålla sig stabil i sitt mående "
        "och få ordning på ekonomin."])
    section("Mikaels synpunkter", [
        "Mikael deltog i hela mötet. Han sa att han vill ha boendestödet på eftermiddagen eftersom "
        "medicinen gör honom trött på förmiddagen, och att han inte vill att hans mamma kontaktas "
        "om ekonomin. Han tycker att depåsprutan fungerar bättre än tabletter."])
    section("Huvudansvar för planen", [
        "Socialtjänsten Södertälje har huvudansvaret för planen."])
    section("Uppföljning", [
        "Planen följs upp om cirka tre månader, i december. Kallelse skickas ut."])

    # ---- page 2 landscape: measures
    pdf.add_page(orientation="L")
    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(0, 8, "Insatser och åtgärder", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    cols = [("Nr", 10), ("Insats / åtgärd", 92), ("Ansvarig verksamhet och funktion", 75),
            ("Start / när", 35), ("Omfattning", 45)]
    rows = [
        ("1", "Depåinjektion av antipsykotiskt läkemedel",
         "Psykiatriska öppenvårdsmottagningen Södertälje, sjuksköterska", "2025-09-15",
         "Varannan måndag"),
        ("2", "Läkarbesök, bedömning av medicinering och biverkningar",
         "Psykiatriska öppenvårdsmottagningen Södertälje, läkare", "2025-10-20", "Ett besök"),
        ("3", "Boendestöd: hjälp med post, städning, inköp och att komma iväg på tider",
         "Socialtjänsten Södertälje, Boendestödet, boendestödjare", "2025-09-22",
         "Tis och tors eftermiddag"),
        ("4", "Genomgång av skulder, kontakt med hyresvärd om avbetalningsplan",
         "Budget- och skuldrådgivningen, Södertälje kommun, budget- och skuldrådgivare",
         "2025-10-02", "Möten varannan vecka"),
        ("5", "Betalar hyra och räkningar från Mikaels konto, ansöker om skuldsanering hos "
              "Kronofogden",
         "God man (Bengt)", "Hyra från 2025-09-25; ansökan senast 2025-11-30", "Löpande varje månad"),
        ("6", "Ansökan om bostadstillägg skickas till Försäkringskassan",
         "God man (Bengt) tillsammans med Mikael", "Senast 2025-10-15", "En gång"),
        ("7", "Handlägger ansökan om bostadstillägg och meddelar beslut",
         "Försäkringskassan, handläggare", "Beslut senast 2025-12-15", "–"),
        ("8", "Hämtar ut sina mediciner på apoteket och går på sina tider",
         "Mikael själv", "Från 2025-09-15", "Varje fredag"),
    ]

    def table_header():
        pdf.set_font("DejaVu", "B", 9)
        pdf.set_fill_color(220, 225, 235)
        for name, w in cols:
            pdf.cell(w, 7, name, border=1, fill=True)
        pdf.ln()

    table_header()
    pdf.set_font("DejaVu", "", 9)
    lh = 4.6
    for row in rows:
        # compute height
        heights = []
        for (name, w), txt in zip(cols, row):
            lines = pdf.multi_cell(w - 1, lh, txt, dry_run=True, output="LINES", align="L")
            heights.append(len(lines) * lh)
        h = max(heights) + 2
        if pdf.get_y() + h > pdf.h - 18:
            pdf.add_page(orientation="L")
            table_header()
            pdf.set_font("DejaVu", "", 9)
        x0, y0 = pdf.get_x(), pdf.get_y()
        x = x0
        for (name, w), txt in zip(cols, row):
            pdf.rect(x, y0, w, h)
            pdf.set_xy(x + 0.5, y0 + 1)
            pdf.multi_cell(w - 1, lh, txt, align="L")
            x += w
        pdf.set_xy(x0, y0 + h)
    pdf.ln(4)
    pdf.set_font("DejaVu", "", 9)
    pdf.multi_cell(0, 4.6, "Övriga aktörer: God man och Försäkringskassan enligt rad 5–7. Mikaels "
                   "egen del enligt rad 8.")

    # ---- page 3 portrait: participants, signatures
    pdf.add_page(orientation="P")
    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(0, 8, "Deltagare vid mötet 2025-09-10", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pcols = [("Namn", 35), ("Funktion", 50), ("Verksamhet / organisation", 85)]
    prow = [
        ("Mikael", "Den enskilde", "–"),
        ("Sofia", "Socialsekreterare", "Socialtjänsten Södertälje, Vuxenenheten"),
        ("Ahmed", "Sjuksköterska", "Psykiatriska öppenvårdsmottagningen Södertälje"),
        ("Nora", "Läkare", "Psykiatriska öppenvårdsmottagningen Södertälje"),
        ("Karin", "Boendestödjare", "Socialtjänsten Södertälje, Boendestödet"),
        ("Bengt", "God man", "Förordnad av överförmyndaren i Södertälje"),
    ]
    pdf.set_font("DejaVu", "B", 9.5)
    pdf.set_fill_color(220, 225, 235)
    for n, w in pcols:
        pdf.cell(w, 7, n, border=1, fill=True)
    pdf.ln()
    pdf.set_font("DejaVu", "", 9.5)
    for r in prow:
        for (n, w), v in zip(pcols, r):
            pdf.cell(w, 7, v, border=1)
        pdf.ln()
    pdf.ln(3)
    pdf.multi_cell(0, 5, "Försäkringskassans handläggare deltog inte men har fått planen via god man.")
    pdf.ln(8)
    pdf.set_font("DejaVu", "B", 11)
    pdf.cell(0, 7, "Underskrifter", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    pdf.ln(2)
    for who in ("Mikael", "Socialtjänsten Södertälje", "Psykiatriska öppenvårdsmottagningen Södertälje",
                "God man"):
        y = pdf.get_y() + 10
        pdf.line(20, y, 110, y)
        pdf.line(120, y, 190, y)
        pdf.set_xy(20, y + 1)
        pdf.cell(90, 4, who)
        pdf.set_xy(120, y + 1)
        pdf.cell(70, 4, "Ort och datum", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    pdf.output(out(2, "pdf"))


# ============================================================ f81b-03.txt
def plan03():
    """Hurried plain e-mail body, no headings; youth with cannabis use, Botkyrka. cp1252 + CRLF."""
    head = [
        "Från: Maja",
        "Skickat: den 18 september 2025 16:52",
        "Till: Leo; Sanna; Fatima",
        "Ämne: Anteckningar från mötet om Adam (SIP)",
        "",
    ]
    body = (
        "Hej alla,\n"
        "\n"
        "Här kommer en snabb sammanfattning från mötet i tisdags (16/9). Jag hann inte få in det "
        "i mallen innan jag går på ledighet, så ni får det så här istället, sorry.\n"
        "\n"
        "Vi träffades för att samordna oss kring Adam.\n"
        "\n"
        "Adam kom inte. Mamma hade pratat med honom kvällen innan och hon berättade att han sagt: "
        "\"Jag vill gå ut nian med betyg och att alla ska sluta tjata på mig om röken.\" Han har "
        "varit med på två samtal hos Leo på Mini-Maria men har sagt till mamma att han inte ser "
        "något problem med att röka på helgerna. Skolan har noterat ökad frånvaro sedan "
        "sportlovet, mest måndagar.\n"
        "\n"
        "Det vi kom överens om var att Mini-Maria fortsätter ha kontakt med Adam, att skolan "
        "stöttar honom vid behov och att vi på socialtjänsten finns med som stöd till familjen. "
        "Fältarna håller också ögonen öppna.\n"
        "\n"
        "Vi pratade också om att mamma och pappa behöver vara med i det här och att Adams morbror "
        "kanske kan vara ett stöd för honom.\n"
        "\n"
        "Nästa gång ses vi vecka 43, jag skickar en kallelse när jag är tillbaka. Vem som ska "
        "hålla ihop planen framåt får vi bestämma då.\n"
        "\n"
        "Vi som var med: jag, Leo, Sanna, Fatima och Adams mamma Mira.\n"
        "\n"
        "Hör av er om jag missat något!\n"
        "\n"
        "/Maja\n"
        "\n"
        "Maja\n"
        "Socialsekreterare\n"
        "Ungdomsenheten, Socialtjänsten Botkyrka kommun\n"
        "Nås via växeln\n"
    )
    lines = head + wrap(body, 74)
    data = "\r\n".join(lines) + "\r\n"
    with open(out(3, "txt"), "wb") as f:
        f.write(data.encode("cp1252"))


# ============================================================ f81b-04.docx
def plan04():
    """Adult after psychiatric inpatient care, Nacka. Each unit's block in its own colour/style."""
    doc = new_doc("Socialpsykiatrin Nacka", "SIP Linda")
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)

    p = doc.add_paragraph()
    r = p.add_run("SIP – samordnad individuell plan")
    r.bold = True
    r.font.size = Pt(15)
    para(doc, "Linda, ÅÅMMDD-XXXX", size=10)
    para(doc, "Möte 2025-05-14 på Nacka psykiatriska öppenvårdsmottagning. Sammanställd 2025-05-15. "
              "Varje verksamhet har skrivit sin egen del och delarna är inklistrade här som de kom.",
         size=9, italic=True)

    def block(name, lines, font, color, size=11, italic=False, sc=False):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(14)
        p.paragraph_format.space_after = Pt(3)
        r = p.add_run(name)
        r.bold = True
        r.font.name = font
        r.font.size = Pt(size + 1)
        r.font.color.rgb = RGBColor.from_string(color)
        for ln in lines:
            bullet = ln.startswith("- ")
            q = doc.add_paragraph(style="List Bullet" if bullet else None)
            q.paragraph_format.space_after = Pt(2)
            rr = q.add_run(ln[2:] if bullet else ln)
            rr.font.name = font
            rr.font.size = Pt(size)
            rr.italic = italic
            rr.font.small_caps = False
            rr.font.color.rgb = RGBColor.from_string(color)

    block("PSYKIATRI SYDÖST – NACKA PSYKIATRISKA ÖPPENVÅRDSMOTTAGNING", [
        "Linda skrevs ut från slutenvården 2025-05-09 efter en manisk episod. Vi har fortsatt "
        "ansvar för den psykiatriska behandlingen.",
        "- Litiumprov tas 2025-05-21 och därefter var tredje månad (sjuksköterska).",
        "- Läkarbesök 2025-05-28: uppföljning av litiumdos, sömn och sjukskrivning.",
        "- Kontaktsjuksköterska Maria ringer Linda varje måndag kl. 9 under juni.",
        "- Läkarintyg till Försäkringskassan skrivs senast 2025-06-10.",
    ], "Calibri", "1F4E79")

    block("NACKA KOMMUN – SOCIALPSYKIATRI, VUXENENHETEN", [
        "Beslut om boendestöd enligt SoL fattas senast 2025-05-23.",
        "Vi har huvudansvaret för den här planen och kallar till uppföljningsmöte "
        "tisdag 2025-08-26 kl. 10.00 på Nacka psykiatriska öppenvårdsmottagning.",
    ], "Times New Roman", "385723", size=12)

    block("BOENDESTÖDET NACKA", [
        "Vi kommer hem till Linda två eftermiddagar i veckan (tisdag och torsdag) med start "
        "vecka 22. Fokus på dygnsrytm, att handla och laga mat och att komma iväg till tiderna på "
        "mottagningen.",
    ], "Georgia", "5B2C6F", italic=True)

    block("VÅRDCENTRALEN ORMINGE", [
        "Vi följer upp Lindas sköldkörtelprover och njurfunktion eftersom litium kan påverka. "
        "Distriktssköterskan kallar Linda.",
    ], "Arial", "843C0C", size=10)

    block("FÖRSÄKRINGSKASSAN", [
        "Linda har sjukpenning på heltid till och med 2025-06-30. Handläggaren bokar ett "
        "avstämningsmöte med Linda och psykiatrin 2025-06-17 för att se på en plan för återgång "
        "till arbetet som barnskötare. Arbetsgivaren bjuds in.",
    ], "Verdana", "595959", size=9.5)

    block("LINDA – MIN DEL", [
        "(skrivet av mig själv på mötet)",
        "Jag vill kunna sova ordentligt igen och orka gå tillbaka till jobbet på förskolan efter "
        "sommaren, kanske halvtid först. Jag vill inte att boendestödet kommer före tio på "
        "morgonen och jag vill helst att det är samma person varje gång.",
        "Jag själv ska ta litium varje kväll och skriva i sömndagboken som jag fick på avdelningen.",
        "Jag gav mitt skriftliga samtycke på mötet den 14 maj 2025 (blanketten) till att ni "
        "pratar med varandra och med Försäkringskassan om mig.",
    ], "Comic Sans MS", "C00000", size=11)

    doc.save(out(4, "docx"))


# ============================================================ f81b-05.md
def plan05():
    """Wiki page: level-2 headings with key-value tables; measures with 'Klart'. LSS autism, Järfälla."""
    md = """# SIP – Oskar

_Sida i teamets wiki · Senast ändrad 2025-03-12 av Nadia (LSS-handläggare) · Kategori: SIP, LSS_

> Detta är den samordnade individuella planen från mötet 2025-03-11. Ändra inte i
> tabellerna utan att skriva in det i ändringsloggen längst ner.

## Grunduppgifter

| Fält | Värde |
|---|---|
| Namn | Oskar |
| Personnummer | ÅÅMMDD-XXXX |
| Ålder | 19 år |
| Mötesdatum | 2025-03-11 |
| Plats | Habilitering & Hälsa, Habiliteringscenter Järfälla |
| Bor | Servicebostad enligt LSS, Jakobsberg |

## Syfte

| Fält | Värde |
|---|---|
| Syfte | Samordning |

## Bakgrund

| Fält | Värde |
|---|---|
| Diagnos | Autism och lindrig intellektuell funktionsnedsättning |
| Skola | Anpassade gymnasieskolan, nationellt program, åk 4 – slutar i juni 2025 |
| Kontakter | Habiliteringen (psykolog, arbetsterapeut), LSS-handläggare, servicebostaden |
| Kort läge | Oskar har svårt med förändringar och nya miljöer. Praktiken i höstas på ett lager avbröts efter två veckor. Han har beslut om boende enligt LSS 9 § 9 men inget beslut om sysselsättning efter skolan. |

## Frågeställningar

| Fält | Värde |
|---|---|
| Fråga 1 | Vad ska Oskar göra på dagarna när skolan slutar i juni? |
| Fråga 2 | Behöver Oskar ledsagarservice för att ta sig till och från en ny verksamhet? |
| Fråga 3 | Hur förs det som fungerar i skolan (bildschema, förvarning) över till nästa verksamhet? |

## Mål

| Fält | Värde |
|---|---|
| Mål | Att Oskar ska ha en daglig verksamhet som passar honom från augusti 2025. |
| Delmål | Att övergången sker med förberedelse så att Oskar inte blir utan sysselsättning. |

## Delaktighet

| Fält | Värde |
|---|---|
| Oskar deltog | Ja, första halvtimmen. Sedan gick han tillbaka med personal från servicebostaden. |
| Oskars synpunkter | |

## Samtycke

| Fält | Värde |
|---|---|
| Samtycke | Skriftligt. Blanketten "Samtycke till SIP" signerades av Oskar 2025-03-11. |
| Skannad | Ja, i akten |

## Åtgärder

| Åtgärd | Klart |
|---|---|
| Ansökan om daglig verksamhet enligt LSS 9 § 10 | 2025-04-15 |
| Utredning av behov av ledsagarservice | 2025-05-30 |
| Studiebesök på två dagliga verksamheter (Jakobsberg och Viksjö) | 2025-05-09 |
| Överlämning av dokumentation om vad som fungerar för Oskar (bildschema, förvarning) | 2025-06-05 |
| Bildstöd och veckoschema för den nya vardagen tas fram | 2025-06-13 |
| Inskolning på daglig verksamhet, korta dagar första två veckorna | 2025-08-29 |

## Huvudansvar

| Fält | Värde |
|---|---|
| Huvudansvarig | Nadia, LSS-handläggare, Järfälla kommun |

## Deltagare

| Fält | Värde |
|---|---|
| Deltagare | Oskar, Nadia, Peter, Lina, Josef |

## Uppföljning

| Fält | Värde |
|---|---|
| Nästa uppföljning | |

---

### Ändringslogg

- 2025-03-11 Sidan skapad (Nadia)
- 2025-03-12 Lagt till åtgärd om inskolning (Nadia)
"""
    with open(out(5, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ============================================================ f81b-06.pdf (docx -> LO)
def plan06():
    """Follow-up plan, elderly man after hip fracture, Norrtälje (Tiohundra). Column 'Ändring sedan förra planen'."""
    doc = new_doc("Tiohundra", "Uppföljning SIP Gösta")
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    header_footer(sec, "Tiohundra · Norrtälje kommun", "Uppföljning av SIP", footer="Sida ")

    p = doc.add_paragraph()
    r = p.add_run("UPPFÖLJNING AV SAMORDNAD INDIVIDUELL PLAN")
    r.bold = True
    r.font.size = Pt(14)
    para(doc, "☐ Ny plan    ☒ Uppföljning    ☐ Avslut", size=10)

    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    info = [("Namn", "Gösta"), ("Personnummer", "ÅÅMMDD-XXXX"),
            ("Datum för uppföljningsmötet", "2025-05-20, Vårdcentralen Rimbo"),
            ("Tidigare plan", "2025-02-18")]
    for row, (k, v) in zip(t.rows, info):
        cell_text(row.cells[0], k, bold=True, size=10)
        shade(row.cells[0], "EDEDED")
        cell_text(row.cells[1], v, size=10)
    col_widths(t, [Cm(5.5), Cm(11.5)])

    bold_para(doc, "1. Syfte med SIP")
    para(doc, "Se tidigare plan (2025-02-18).")
    bold_para(doc, "2. Frågor inför mötet")
    para(doc, "Diskutera läget efter hemgången.")
    bold_para(doc, "3. Göstas mål")
    para(doc, "Oförändrat.")
    bold_para(doc, "4. Göstas delaktighet")
    para(doc, "Gösta deltog inte i mötet.")
    bold_para(doc, "5. Samtycke")
    para(doc, "Samtycke finns sedan tidigare.")
    bold_para(doc, "6. Läget")
    para(doc, "Gösta, 84 år, bröt höften i januari och opererades på Norrtälje sjukhus. Han kom hem "
              "2025-02-14. Han går nu inomhus med rollator men har varit yr vid två tillfällen och "
              "ramlat en gång i badrummet i april utan att skada sig. Hemtjänsten uppger att han "
              "äter sämre och sitter mycket ensam sedan hustrun flyttade till särskilt boende.")

    bold_para(doc, "7. Insatser")
    cols = ["Insats", "Ansvarig", "När", "Ändring sedan förra planen"]
    rows = [
        ("Hemtjänst morgon och kväll, dusch en gång i veckan",
         "Hemtjänst Rimbo (Tiohundra), gruppledare", "Pågår, beslut t.o.m. 2025-12-31", "Oförändrad"),
        ("Matdistribution, lunch vardagar", "Hemtjänst Rimbo (Tiohundra)", "Pågår, dagligen",
         "Oförändrad"),
        ("Trygghetslarm", "Larmcentralen Tiohundra", "Pågår, dygnet runt", "Oförändrad"),
        ("Hemrehabilitering: gångträning med rollator, träningsprogram",
         "Fysioterapeut, Hemrehab Tiohundra", "Avslutades 2025-04-30", "Avslutad"),
        ("Läkemedelsgenomgång p.g.a. yrsel och fallrisk", "Läkare, Vårdcentralen Rimbo (Tiohundra)",
         "2025-06-10", "Ny"),
        ("Dagverksamhet två dagar i veckan för social samvaro", "Biståndshandläggare, Norrtälje kommun",
         "", "Ny"),
        ("Bedömning av halkskydd och stödhandtag i badrummet", "Arbetsterapeut, Hemrehab Tiohundra",
         "Hembesök 2025-05-27", "Ny"),
    ]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, cols):
        cell_text(c, h, bold=True, size=9.5)
        shade(c, "D9D9D9")
    repeat_header(t.rows[0])
    for row, vals in zip(t.rows[1:], rows):
        for c, v in zip(row.cells, vals):
            cell_text(c, v, size=9.5)
    col_widths(t, [Cm(5.6), Cm(4.8), Cm(3.6), Cm(3.0)])

    bold_para(doc, "8. Andra aktörer")
    para(doc, "Dottern Karin är anhörig och finns med.")
    bold_para(doc, "9. Huvudansvarig för planen")
    para(doc, "")
    bold_para(doc, "10. Deltagare")
    t = doc.add_table(rows=6, cols=3)
    t.style = "Table Grid"
    prow = [("Namn", "Funktion", "Verksamhet"),
            ("Karin", "Dotter", "–"),
            ("Sven", "Biståndshandläggare", "Äldreomsorgen, Norrtälje kommun"),
            ("Anna", "Gruppledare", "Hemtjänst Rimbo (Tiohundra)"),
            ("Eva", "Distriktssköterska", "Vårdcentralen Rimbo (Tiohundra)"),
            ("Jesper", "Fysioterapeut", "Hemrehab Tiohundra")]
    for i, (row, vals) in enumerate(zip(t.rows, prow)):
        for c, v in zip(row.cells, vals):
            cell_text(c, v, bold=(i == 0), size=9.5)
            if i == 0:
                shade(c, "D9D9D9")
    repeat_header(t.rows[0])
    para(doc, "")
    para(doc, "Planen uppdaterad vid uppföljningsmötet 2025-05-20. Antecknad av Eva, distriktssköterska.",
         size=9, italic=True)

    src = os.path.join(BUILD, f"{PREFIX}-06.docx")
    doc.save(src)
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
                    "--convert-to", "pdf", "--outdir", BUILD, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    shutil.copyfile(os.path.join(BUILD, f"{PREFIX}-06.pdf"), out(6, "pdf"))


# ============================================================ f81b-07.docx
def plan07():
    """One plan for mother and child, Haninge. Own goals per person, measures marked for whom."""
    doc = new_doc("Socialtjänsten Haninge", "SIP Jasmin och Noah")
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    header_footer(sec, "Haninge kommun · Region Stockholm", "SIP – gemensam plan för familj",
                  footer="Sida ")

    doc.add_heading("Samordnad individuell plan – Jasmin och Noah", level=1)
    para(doc, "Planen gäller två personer: Jasmin (29 år) och hennes son Noah (5 år). "
              "Möte 2025-04-03, Familjecentralen Handen.", size=10)

    doc.add_heading("Personer i planen", level=2)
    t = doc.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    vals = [("", "Jasmin", "Noah"),
            ("Personnummer", "ÅÅMMDD-XXXX", "ÅÅMMDD-XXXX"),
            ("Kort om situationen",
             "Depression sedan förlossningen av lillasyster i höstas, går hos Psykiatri Sydöst "
             "Haninge. Sover dåligt och har svårt att komma iväg på morgnarna.",
             "Går på förskolan Solrosen. Försenad talutveckling, pratar i korta ord. Har mycket "
             "frånvaro från förskolan sedan jul eftersom mamma inte orkar lämna.")]
    for i, (row, v) in enumerate(zip(t.rows, vals)):
        for c, x in zip(row.cells, v):
            cell_text(c, x, bold=(i == 0), size=10)
            if i == 0:
                shade(c, "DEEAF6")
    repeat_header(t.rows[0])
    col_widths(t, [Cm(3.5), Cm(6.75), Cm(6.75)])

    doc.add_heading("Syfte", level=2)
    para(doc, "Samordning för familjen.")

    doc.add_heading("Mål", level=2)
    p = doc.add_paragraph()
    p.add_run("Jasmins mål: ").bold = True
    p.add_run("”Jag vill orka vara en bra mamma igen och kunna lämna Noah på förskolan varje dag "
              "utan att gråta efteråt.”")
    p = doc.add_paragraph()
    p.add_run("Noahs mål: ").bold = True
    p.add_run("Noah ritade sig själv på förskolan och sa: ”Jag vill gå till förskolan med mamma och "
              "leka med Elias.”")

    doc.add_heading("Delaktighet", level=2)
    para(doc, "Jasmin var med hela mötet. Noah var med första halvtimmen och ritade tillsammans med "
              "förskolläraren. Jasmin vill att familjebehandlingen sker hemma eller på "
              "familjecentralen och inte på socialkontoret, och att samma person kommer varje gång. "
              "Hon vill ha tider efter kl. 9 på morgonen.")

    doc.add_heading("Insatser", level=2)
    cols = ["För", "Insats", "Ansvarig (verksamhet, funktion)", "När"]
    rows = [
        ("Jasmin", "Samtalsbehandling (KBT) för depression och läkarbedömning av medicinering",
         "Psykiatri Sydöst, Haninge psykiatriska mottagning – psykolog och läkare",
         "Psykolog varannan vecka från 2025-04-10; läkare 2025-04-24"),
        ("Noah", "Logopedbedömning och föräldraråd kring språkträning",
         "Logopedmottagningen Haninge (Region Stockholm) – logoped", "Bedömning 2025-05-06"),
        ("Noah", "Språkstöd i förskolan med bildstöd (TAKK) i vardagen",
         "Förskolan Solrosen, Haninge kommun – förskollärare", "Från 2025-04-07, dagligen"),
        ("Båda", "Familjebehandling i hemmet: morgonrutiner, lämning på förskolan, samspel",
         "Socialtjänsten Haninge, Barn och familj – familjebehandlare",
         "Måndag och torsdag morgon från 2025-04-14"),
        ("Båda", "Föräldra- och barnhälsosamtal, uppföljning av Noahs utveckling och Jasmins mående",
         "BVC, Vårdcentralen Handen – BVC-sjuksköterska", "2025-05-15"),
    ]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, cols):
        cell_text(c, h, bold=True, size=9.5)
        shade(c, "DEEAF6")
    repeat_header(t.rows[0])
    for row, vals in zip(t.rows[1:], rows):
        for j, (c, v) in enumerate(zip(row.cells, vals)):
            cell_text(c, v, size=9.5, bold=(j == 0))
    col_widths(t, [Cm(1.6), Cm(5.8), Cm(5.4), Cm(4.2)])

    doc.add_heading("Deltagare", level=2)
    para(doc, "Jasmin, Noah (en stund), familjebehandlare, förskollärare, BVC-sjuksköterska, "
              "psykolog, logoped.")

    doc.add_heading("Uppföljning", level=2)
    para(doc, "Uppföljning efter sommaren.")
    doc.save(out(7, "docx"))


# ============================================================ f81b-08.docx (not a plan)
def doc08():
    doc = new_doc("Kommunförbundet / Region Stockholm", "Kontaktlista SIP-samordnare")
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.8)
    header_footer(sec, "Kontaktlista – SIP-samordnare och kontaktfunktioner, Stockholms län",
                  "Version 2025-02", footer="Sida ")

    doc.add_heading("Kontaktlista: SIP-samordnare i Stockholms län", level=1)
    para(doc, "Den här listan är till för dig som behöver kalla till eller delta i en samordnad "
              "individuell plan (SIP) och vill veta vem som är kontaktperson för SIP-frågor i "
              "kommunen eller i regionens verksamheter. Listan innehåller inga planer och inga "
              "uppgifter om enskilda. Kontaktfunktionerna nås via respektive växel; fråga efter "
              "funktionen, inte efter en person, eftersom bemanningen skiftar.")
    para(doc, "Listan uppdateras två gånger per år. Ändringar skickas till den regionala "
              "samordningsfunktionen via Region Stockholms växel.", size=10, italic=True)

    cols = ["Huvudman", "Kommun / område", "Verksamhet", "Funktion", "Kontakt"]
    rows = [
        ("Kommun", "Södertälje", "Socialtjänsten, Vuxenenheten", "SIP-samordnare", "Nås via växeln"),
        ("Kommun", "Södertälje", "Barn och unga, Socialtjänsten", "Utvecklingsledare SIP", "Nås via växeln"),
        ("Kommun", "Huddinge", "Grundskoleförvaltningen, centrala elevhälsan", "Samordnare skolfrånvaro/SIP",
         "Nås via växeln"),
        ("Kommun", "Huddinge", "Socialtjänsten", "SIP-koordinator", "Nås via växeln"),
        ("Kommun", "Botkyrka", "Socialförvaltningen", "SIP-samordnare", "Nås via växeln"),
        ("Kommun", "Nacka", "Socialpsykiatri, Vuxenenheten", "Verksamhetsutvecklare SIP", "Nås via växeln"),
        ("Kommun", "Norrtälje", "Tiohundra / Äldreomsorgen", "Samordnare vård och omsorg", "Nås via växeln"),
        ("Kommun", "Järfälla", "LSS-enheten", "SIP-ansvarig handläggare", "Nås via växeln"),
        ("Kommun", "Solna", "Socialförvaltningen", "SIP-samordnare", "Nås via växeln"),
        ("Kommun", "Haninge", "Socialförvaltningen, Barn och familj", "SIP-samordnare", "Nås via växeln"),
        ("Region", "Södra länet", "BUP Huddinge / BUP Haninge", "Enhetschef, SIP-ombud", "Nås via växeln"),
        ("Region", "Sydöst", "Psykiatri Sydöst (Nacka, Haninge)", "SIP-ombud", "Nås via växeln"),
        ("Region", "Nordväst", "Psykiatri Nordväst (Järfälla, Solna)", "SIP-ombud", "Nås via växeln"),
        ("Region", "Norrtälje", "Tiohundra, Norrtälje sjukhus", "Vårdsamordnare", "Nås via växeln"),
        ("Region", "Länet", "Habilitering & Hälsa", "Kontaktperson samverkan", "Nås via växeln"),
        ("Region", "Länet", "Beroendecentrum Stockholm / Mini-Maria", "Samverkansansvarig", "Nås via växeln"),
        ("Region", "Länet", "Vårdcentraler (SLSO och privata)", "Respektive verksamhetschef", "Nås via växeln"),
    ]
    t = doc.add_table(rows=1 + len(rows), cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, cols):
        cell_text(c, h, bold=True, size=10)
        shade(c, "BDD7EE")
    repeat_header(t.rows[0])
    for row, vals in zip(t.rows[1:], rows):
        for c, v in zip(row.cells, vals):
            cell_text(c, v, size=9.5)
    col_widths(t, [Cm(2.3), Cm(3.2), Cm(8.0), Cm(6.5), Cm(4.0)])

    doc.add_heading("Bra att veta", level=2)
    for s in ["Den kommun eller region som först ser behovet kallar till SIP.",
              "Blankett för samtycke och mall för SIP finns på SIP-sidan på respektive intranät.",
              "Vid oklarhet om vem som ska kalla: kontakta SIP-samordnaren i den kommun där "
              "personen är folkbokförd."]:
        doc.add_paragraph(s, style="List Bullet")
    doc.save(out(8, "docx"))


def normalize_docx(path):
    """Rewrite the zip with fixed timestamps so repeated runs give identical bytes."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 9, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def main():
    os.makedirs(PLANS, exist_ok=True)
    os.makedirs(BUILD, exist_ok=True)
    plan01()
    plan02()
    plan03()
    plan04()
    plan05()
    plan06()
    plan07()
    doc08()
    for n in (1, 4, 7, 8):
        normalize_docx(out(n, "docx"))
    print("done:", sorted(os.listdir(PLANS)))


if __name__ == "__main__":
    main()
