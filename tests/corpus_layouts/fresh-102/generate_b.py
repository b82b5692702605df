#!/usr/bin/env python
"""Generate the f102b batch of fictional, anonymized SIP documents (Region Jämtland Härjedalen).

Run with /work/batches/.venv/bin/python generate.py
Writes plans/f102b-01 ... f102b-08. Plan 07 is built as .docx in build/ and converted to PDF
with LibreOffice (profile /tmp/lo-f102b).
"""
import datetime
import re
import os
import shutil
import subprocess
import textwrap

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
PLANS = os.path.join(HERE, "plans")
BUILD = os.path.join(HERE, "build")
PREFIX = "f102b"
FIXED_DT = datetime.datetime(2025, 1, 1, 8, 0, 0)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_I = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"


def out(nn, ext):
    return os.path.join(PLANS, f"{PREFIX}-{nn:02d}.{ext}")


# ----------------------------------------------------------------- docx helpers

def new_doc(author="", title=""):
    doc = Document()
    cp = doc.core_properties
    cp.author = author
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
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


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def cell_text(cell, text, bold=False, size=None, italic=False, color=None):
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
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    return cell


def table(doc, header, rows, widths=None, header_fill="D9E2F3", size=10, style="Table Grid"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        cell_text(t.rows[0].cells[i], h, bold=True, size=size)
        shade(t.rows[0].cells[i], header_fill)
    repeat_header(t.rows[0])
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cell_text(cells[i], v, size=size)
    if widths:
        set_widths(t, widths)
    return t


def set_widths(t, widths):
    """Fixed column widths that both Word and LibreOffice honour (tblGrid + tcW)."""
    t.autofit = False
    grid = t._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        if i < len(widths):
            gc.set(qn("w:w"), str(int(widths[i] * 567)))
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)


def para(doc, text="", bold=False, italic=False, size=None, color=None, align=None, space_after=None):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def label_value(doc, label, value, size=None):
    p = doc.add_paragraph()
    r = p.add_run(label + " ")
    r.bold = True
    if size:
        r.font.size = Pt(size)
    r2 = p.add_run(value)
    if size:
        r2.font.size = Pt(size)
    return p


def add_page_number_field(paragraph, prefix="Sida ", mid=" av "):
    def fld(instr):
        r = paragraph.add_run()
        b = OxmlElement("w:fldChar")
        b.set(qn("w:fldCharType"), "begin")
        r._r.append(b)
        r2 = paragraph.add_run()
        it = OxmlElement("w:instrText")
        it.set(qn("xml:space"), "preserve")
        it.text = instr
        r2._r.append(it)
        r3 = paragraph.add_run()
        e = OxmlElement("w:fldChar")
        e.set(qn("w:fldCharType"), "separate")
        r3._r.append(e)
        r4 = paragraph.add_run("1")
        r5 = paragraph.add_run()
        e2 = OxmlElement("w:fldChar")
        e2.set(qn("w:fldCharType"), "end")
        r5._r.append(e2)

    paragraph.add_run(prefix)
    fld("PAGE")
    paragraph.add_run(mid)
    fld("NUMPAGES")


def sdt_placeholder(doc, placeholder="Klicka här för att ange text."):
    """An empty rich-text content control (w:sdt) showing its placeholder text."""
    body = doc.element.body
    sdt = OxmlElement("w:sdt")
    sdtPr = OxmlElement("w:sdtPr")
    alias = OxmlElement("w:alias")
    alias.set(qn("w:val"), "Text")
    sdtPr.append(alias)
    tag = OxmlElement("w:tag")
    tag.set(qn("w:val"), "txt")
    sdtPr.append(tag)
    sh = OxmlElement("w:showingPlcHdr")
    sdtPr.append(sh)
    sdt.append(sdtPr)
    content = OxmlElement("w:sdtContent")
    p = OxmlElement("w:p")
    r = OxmlElement("w:r")
    rPr = OxmlElement("w:rPr")
    col = OxmlElement("w:color")
    col.set(qn("w:val"), "808080")
    rPr.append(col)
    r.append(rPr)
    t = OxmlElement("w:t")
    t.text = placeholder
    r.append(t)
    p.append(r)
    content.append(p)
    sdt.append(content)
    # insert before the final sectPr
    body.insert(len(body) - 1, sdt)
    return sdt


def set_landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    w, h = section.page_width, section.page_height
    if w < h:
        section.page_width, section.page_height = h, w


def set_portrait(section):
    section.orientation = WD_ORIENT.PORTRAIT
    w, h = section.page_width, section.page_height
    if w > h:
        section.page_width, section.page_height = h, w


# ============================================================ 01: international template
def plan01():
    doc = new_doc(author="Psykosmottagningen Östersund", title="SIP / Coordinated Individual Plan")
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = ("Region Jämtland Härjedalen · Vuxenpsykiatrin Östersund, Psykosmottagningen\t\t"
               "Template CIP-SE/EN v2.1")
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Coordinated Individual Plan (CIP) / Samordnad individuell plan (SIP) · Sekretess enligt OSL 25 kap. 1 §"
    for r in fp.runs:
        r.font.size = Pt(8)

    for lvl in (1, 2):
        hs = doc.styles[f"Heading {lvl}"]
        hs.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    doc.styles["Heading 1"].font.size = Pt(13)

    t = doc.add_paragraph()
    r = t.add_run("SAMORDNAD INDIVIDUELL PLAN (SIP)")
    r.bold = True
    r.font.size = Pt(16)
    r = t.add_run("\nCoordinated Individual Plan – CIP")
    r.font.size = Pt(10)
    r.italic = True
    r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)

    doc.add_heading("0. Dokumentinformation [DOC]", level=1)
    info = doc.add_table(rows=0, cols=4)
    info.style = "Table Grid"
    rows = [
        ("Namn / Name", "Mikael (M.)", "Personnummer / ID", "ÅÅMMDD-XXXX"),
        ("Mötesdatum / Meeting date", "2025-02-04", "Plats / Venue", "Psykosmottagningen Östersund"),
        ("Plantyp / Plan type", "☒ Ny plan  ☐ Uppföljning", "Dokument-ID", "CIP-2025-0147"),
    ]
    for a, b, c, d in rows:
        cells = info.add_row().cells
        cell_text(cells[0], a, bold=True, size=9)
        cell_text(cells[1], b, size=10)
        cell_text(cells[2], c, bold=True, size=9)
        cell_text(cells[3], d, size=10)
        shade(cells[0], "EDEDED")
        shade(cells[2], "EDEDED")
    set_widths(info, [3.6, 4.4, 3.4, 5.2])

    doc.add_heading("1. Deltagare [PART]", level=1)
    for d in [
        "Mikael",
        "Kontaktperson (sjuksköterska)",
        "Läkare (ST-läkare)",
        "Socialsekreterare",
        "Boendestödjare",
        "Budget- och skuldrådgivare",
    ]:
        doc.add_paragraph(d, style="List Bullet")

    doc.add_heading("2. Syfte [PURP]", level=1)
    doc.add_paragraph(
        "Mikael har en psykossjukdom och har under hösten 2024 fått stora skulder, bland annat en "
        "hyresskuld på tre månadshyror, och det finns risk att han förlorar sin lägenhet i Östersund. "
        "Syftet med planen är att psykiatrin och socialtjänsten samordnar behandling, boendestöd och "
        "hjälp med ekonomin så att Mikael kan bo kvar och inte blir sämre av stressen kring räkningarna."
    )

    doc.add_heading("3. Frågeställningar [ISS]", level=1)
    p = doc.add_paragraph()
    r = p.add_run("Ange frågeställningar inför mötet. / State the issues to be addressed.")
    r.italic = True
    r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)

    doc.add_heading("4. Nuläge [SIT]", level=1)
    doc.add_paragraph(
        "M. har haft kontakt med Psykosmottagningen sedan 2021 (schizofreni). Depåinjektion var tredje "
        "vecka sedan oktober 2024, efter ett återinsjuknande i augusti med kort inläggning på "
        "psykiatrisk slutenvård. Psykiskt stabilare sedan årsskiftet enligt läkare. Ekonomin har "
        "försämrats: obetalda räkningar, sms-lån och hyresskuld. Han har öppnat lite av sin post sedan i "
        "somras. Han har sedan tidigare boendestöd en gång per vecka."
    )
    doc.add_paragraph(
        "Mikael deltog på mötet hela tiden. Han berättade att han mår bättre sedan medicinen ändrades "
        "men att han inte kan sova när han tänker på räkningarna. Han vill ha hjälp med posten men vill "
        "inte ha hembesök oftare än två gånger i veckan, och han vill inte byta kontaktperson på "
        "mottagningen."
    )

    doc.add_heading("5. Mål [GOAL]", level=1)
    doc.add_paragraph(
        "Målet är att M. ska behålla sin lägenhet, få en plan för skulderna och ha en fortsatt stabil "
        "psykisk hälsa utan nya inläggningar under 2025."
    )

    doc.add_heading("6. Insatser [ACT]", level=1)
    doc.add_heading("6.1 Kommun och region [ACT-PUB]", level=2)
    table(
        doc,
        ["Nr", "Insats / Action", "Ansvarig enhet, funktion / Responsible", "Start", "Tid / Deadline"],
        [
            ["1", "Depåinjektion var tredje vecka och läkemedelsuppföljning",
             "Psykosmottagningen Östersund, kontaktperson (sjuksköterska)", "Pågår", "Nästa 2025-02-11"],
            ["2", "Utökat boendestöd till två gånger per vecka med fokus på att öppna post och betala "
                  "räkningar", "Östersunds kommun, Socialpsykiatrin, boendestödjare",
             "2025-02-10", "Löpande"],
            ["3", "Budget- och skuldrådgivning: genomgång av skulder och förslag till avbetalningsplan "
                  "för hyresskulden", "Östersunds kommun, Budget- och skuldrådgivningen", "", ""],
            ["4", "Prövning av ansökan om ekonomiskt bistånd för hyresskuld",
             "IFO Vuxenenheten, socialsekreterare", "2025-02-05", "Beslut senast 2025-02-21"],
            ["5", "Psykoedukation om stress och sömn, 6 samtal",
             "Psykosmottagningen Östersund, kurator", "v. 8", "v. 19"],
        ],
        widths=[0.8, 5.6, 4.6, 2.4, 3.2],
        size=9,
    )
    doc.add_heading("6.2 Övriga aktörer [ACT-EXT]", level=2)
    doc.add_paragraph("")

    doc.add_heading("7. Huvudansvar [LEAD]", level=1)
    doc.add_paragraph(
        "Huvudansvarig för planen / Lead coordinator: kontaktperson (sjuksköterska), "
        "Psykosmottagningen, Vuxenpsykiatrin Östersund."
    )

    doc.add_heading("8. Samtycke [CONS]", level=1)
    doc.add_paragraph("Samtycke till informationsutbyte / Consent to share information:  ☒ Ja / Yes   ☐ Nej / No")
    doc.add_paragraph("Form:  ☐ Muntligt / Oral   ☐ Skriftligt / Written      Datum / Date: ÅÅÅÅ-MM-DD")
    doc.add_paragraph("Samtycke finns.")

    doc.add_heading("9. Uppföljning [FUP]", level=1)
    doc.add_paragraph("Uppföljning av planen vecka 14, 2025. Tid bokas av huvudansvarig.")

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(18)
    r = p.add_run("Upprättad 2025-02-04 · Kontaktperson, Psykosmottagningen Östersund")
    r.font.size = Pt(9)
    r.italic = True

    doc.save(out(1, "docx"))


# ============================================================ 02: fpdf2 plan on a page
class OnePage(FPDF):
    def footer(self):
        self.set_y(-9)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(110, 110, 110)
        self.cell(0, 4, "Utskrivet 2025-03-12 · Krokoms kommun, Elevhälsan · Sida 1 (1)", align="R")


def plan02():
    pdf = OnePage(orientation="L", unit="mm", format="A4")
    pdf.set_creation_date(datetime.datetime(2025, 3, 12, 15, 0, 0, tzinfo=datetime.timezone.utc))
    pdf.set_title("Min plan på en sida – SIP")
    pdf.set_author("Krokoms kommun, Elevhälsan")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_font("DejaVu", "I", FONT_I)
    pdf.set_auto_page_break(False)
    pdf.set_margins(10, 8, 10)
    pdf.add_page()

    # small top line
    pdf.set_font("DejaVu", "", 7.5)
    pdf.set_text_color(90, 90, 90)
    pdf.set_xy(10, 7)
    pdf.cell(140, 4, "Krokoms kommun · Elevhälsan   |   Region Jämtland Härjedalen · BUP Östersund")
    pdf.cell(137, 4, "SIP – samordnad individuell plan", align="R")

    pdf.set_text_color(20, 40, 80)
    pdf.set_font("DejaVu", "B", 17)
    pdf.set_xy(10, 12)
    pdf.cell(0, 8, "Min plan på en sida")

    # band with meeting facts
    bx, by, bw, bh = 10, 22, 277, 22
    pdf.set_fill_color(222, 234, 246)
    pdf.set_draw_color(60, 90, 140)
    pdf.rect(bx, by, bw, bh, style="DF")
    facts = [
        [("Namn", "Elin, 13 år, åk 7"),
         ("Möte", "2025-03-12 kl. 13.00–14.30, skolan i Nälden"),
         ("Huvudansvar", "Elevhälsan")],
        [("Deltagare", "Elin, mamma Sara, pappa Jonas, Maria, Anders, Petra, Kim (via Teams)"),
         ("Nästa möte", "2025-05-07 kl. 13.00")],
    ]
    pdf.set_text_color(0, 0, 0)
    y = by + 3
    for line in facts:
        x = bx + 4
        colw = (bw - 8) / 3 if len(line) == 3 else None
        for i, (lab, val) in enumerate(line):
            w = colw if colw else ((bw - 8) * (0.7 if i == 0 else 0.3))
            pdf.set_xy(x, y)
            pdf.set_font("DejaVu", "B", 9)
            lw = pdf.get_string_width(lab + ": ") + 1
            pdf.cell(lw, 6, lab + ": ")
            pdf.set_font("DejaVu", "", 9)
            pdf.cell(w - lw, 6, val)
            x += w
        y += 8

    # quadrants
    top = by + bh + 4
    gap = 4
    qw = (277 - gap) / 2
    qh = (210 - 12 - top - gap) / 2
    quads = [
        ("Mitt mål", (246, 226, 200), [
            "”Jag vill kunna gå till skolan minst tre dagar i veckan innan sommarlovet.”",
            "”Jag vill kunna sova på nätterna och inte ha ont i magen varje morgon.”",
            "”Jag vill börja på handbollen igen, kanske till hösten.”",
        ]),
        ("Det här gör jag", (214, 236, 214), [
            "Jag går till skolan tisdag och torsdag de två första lektionerna, och när det har gått "
            "bra i två veckor lägger vi till en dag.",
            "Jag gör mina KBT-uppgifter på kvällen, ungefär tio minuter.",
            "Jag visar det gula kortet för mentorn när det blir för mycket, då får jag gå till det lilla "
            "grupprummet.",
            "Jag fyller i mitt närvaroschema med mentorn varje fredag.",
        ]),
        ("Det här gör de andra", (224, 224, 244), [
            "Mentorn: möter Elin vid entrén tisdag och torsdag kl. 8.10 från vecka 12.",
            "Kuratorn (elevhälsan): samtal med Elin varannan onsdag kl. 10, start 2025-03-19.",
            "BUP Östersund: KBT-behandling för ångest, 10 tillfällen, första besök 2025-03-20.",
            "Specialpedagogen: gör en anpassad studieplan med färre ämnen och hemuppgifter i "
            "mindre delar.",
            "Mamma och pappa: kör Elin till skolan tisdag och torsdag och hämtar henne om hon ringer. "
            "Pappa följer med på BUP-besöken.",
        ]),
        ("Så här följer vi upp", (240, 240, 240), [
            "Vi ses igen 2025-05-07 kl. 13.00 på skolan, samma grupp.",
            "Då tittar vi på närvaroschemat och om Elin kan gå fler dagar.",
            "Om det blir mycket sämre innan dess ringer mamma eller pappa till mentorn, så bokar vi "
            "ett möte tidigare.",
        ]),
    ]
    for i, (title, col, items) in enumerate(quads):
        cx = 10 + (i % 2) * (qw + gap)
        cy = top + (i // 2) * (qh + gap)
        pdf.set_draw_color(120, 120, 120)
        pdf.set_fill_color(*col)
        pdf.rect(cx, cy, qw, 9, style="DF")
        pdf.rect(cx, cy, qw, qh, style="D")
        pdf.set_xy(cx + 3, cy + 1.5)
        pdf.set_font("DejaVu", "B", 12)
        pdf.set_text_color(30, 30, 30)
        pdf.cell(qw - 6, 6, title)
        yy = cy + 12
        for it in items:
            pdf.set_xy(cx + 3, yy)
            pdf.set_font("DejaVu", "", 9.5)
            pdf.cell(4, 5, "•")
            pdf.set_xy(cx + 7, yy)
            if title == "Mitt mål":
                pdf.set_font("DejaVu", "I", 10.5)
                pdf.multi_cell(qw - 11, 5.4, it, align="L")
            else:
                pdf.multi_cell(qw - 11, 4.8, it, align="L")
            yy = pdf.get_y() + 1.6
        assert yy < cy + qh, (title, yy, cy + qh)
    pdf.output(out(2, "pdf"))


# ============================================================ 03: txt bracket export
def plan03():
    W = 76

    def wrap(text):
        res = []
        for para_ in text.split("\n"):
            if not para_.strip():
                res.append("")
                continue
            ind = ""
            stripped = para_.lstrip()
            lead = para_[: len(para_) - len(stripped)]
            if stripped.startswith("- "):
                ind = lead + "  "
            elif re.match(r"\d+\. ", stripped):
                ind = lead + "   "
            else:
                ind = lead
            res.extend(textwrap.wrap(para_, W, subsequent_indent=ind) or [""])
        return res

    fields = [
        ("Dokumenttyp", "SIP - Samordnad individuell plan"),
        ("Status", "Signerad"),
        ("Exporterad", "2025-01-21 09:42 av sjuksköterska, Korttidsenheten Sveg"),
        ("Brukare/patient", "Bengt, 84 år"),
        ("Personnummer", "XXXXXX-XXXX"),
        ("Hemkommun", "Härjedalens kommun"),
        ("Mötesdatum", "2025-01-20 kl. 13.30-14.30"),
        ("Mötesplats", "Korttidsenheten Sveg, samtalsrummet. Läkaren deltog via Teams."),
        ("Deltagare", "Bengt\nsjuksköterska\narbetsterapeut\nfysioterapeut\nbiståndshandläggare\n"
                      "distriktsläkare (Teams)"),
        ("Syfte", "Samordning."),
        ("Frågeställningar", "Diskutera läget."),
        ("Bakgrund",
         "Bengt bor ensam i villa i Sveg, tvåplanshus med sovrum på övervåningen. Han föll i "
         "hemmet 2024-12-28 och fick en höftfraktur höger sida som opererades på Östersunds sjukhus "
         "2024-12-29. Han kom till korttidsplats i Sveg 2025-01-03. Går nu med rollator inomhus "
         "korta sträckor, behöver hjälp vid dusch och av- och påklädning av strumpor och skor. "
         "Smärta framför allt nattetid. Tidigare helt självständig, ingen hemtjänst. Planerad "
         "hemgång 2025-01-27. Sovrummet flyttas till bottenvåningen."),
        ("Den enskildes mål", ""),
        ("Den enskildes delaktighet", "Bengt deltog på mötet."),
        ("Samtycke",
         "Bengt lämnade muntligt samtycke till SIP och till att uppgifter delas mellan "
         "Härjedalens kommun och Region Jämtland Härjedalen 2025-01-20, inhämtat av "
         "biståndshandläggaren före mötet. Antecknat i journal och akt."),
        ("Insatser",
         "1. Hemtjänst morgon och kväll: hjälp med personlig hygien, dusch två gånger per vecka, "
         "av- och påklädning.\n"
         "   Ansvarig: Hemtjänst Sveg, enhetschef.\n"
         "   När: från hemgång 2025-01-27.\n"
         "2. Trygghetslarm installeras i bostaden före hemgång.\n"
         "   Ansvarig: biståndshandläggare, Härjedalens kommun.\n"
         "   När: senast 2025-01-24.\n"
         "3. Hembesök för bedömning av hjälpmedel (toalettförhöjning, duschpall, rollator till "
         "bottenvåningen) och flytt av säng.\n"
         "   Ansvarig: arbetsterapeut, Rehab Härjedalens kommun.\n"
         "   När: 2025-01-23.\n"
         "4. Gångträning i hemmet två gånger per vecka, trappträning.\n"
         "   Ansvarig: fysioterapeut, Rehab Härjedalens kommun.\n"
         "   När: 2025-01-28 t.o.m. 2025-03-07.\n"
         "5. Läkemedelsgenomgång: smärtlindring nattetid, ställningstagande till "
         "osteoporosbehandling.\n"
         "   Ansvarig: distriktsläkare, Hälsocentralen Sveg.\n"
         "   När: 2025-02-04.\n"
         "6. Kontroll av operationssår och suturtagning.\n"
         "   Ansvarig: distriktssköterska, Hälsocentralen Sveg.\n"
         "   När: 2025-01-22 (på korttidsenheten)."),
        ("Huvudansvarig", ""),
        ("Uppföljning", ""),
        ("Signerad av", "Sjuksköterska, Korttidsenheten Sveg, 2025-01-21"),
    ]
    lines = []
    lines.append("SamVerka 4.2 - Textexport")
    lines.append("Region Jämtland Härjedalen / Härjedalens kommun")
    lines.append("=" * 50)
    lines.append("")
    for lab, val in fields:
        lines.append(f"[{lab}]")
        if val:
            lines.extend(wrap(val))
        lines.append("")
    lines.append("-- Slut på export --")
    text = "\r\n".join(lines) + "\r\n"
    with open(out(3, "txt"), "w", encoding="utf-8", newline="") as f:
        f.write(text)


# ============================================================ 04: status column
def plan04():
    doc = new_doc(author="IFO Barn och unga, Strömsunds kommun", title="SIP uppföljning")
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    hp = sec.header.paragraphs[0]
    hp.text = "Strömsunds kommun\tIndivid- och familjeomsorgen\tSekretess enligt OSL 26 kap. 1 §"
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_number_field(fp)

    para(doc, "Samordnad individuell plan (SIP) – uppföljning", bold=True, size=16, color="1F4E79")
    para(doc, "Barn och unga 13–20 år", italic=True, size=10, space_after=8)

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [
        ("Namn", "Oskar, 17 år"),
        ("Personnummer", "ÅÅMMDD-XXXX"),
        ("Vårdnadshavare", "Anna (mamma). Pappa bor i annan kommun, delad vårdnad."),
        ("Mötesdatum", "2025-04-09 kl. 09.00–10.30"),
        ("Plats", "Socialkontoret Strömsund"),
        ("Tidigare SIP", "2025-01-15"),
    ]:
        c = t.add_row().cells
        cell_text(c[0], a, bold=True, size=10)
        shade(c[0], "E7EEF6")
        cell_text(c[1], b, size=10)

    set_widths(t, [4.5, 12.5])
    para(doc, "Deltagare", bold=True, size=12, color="1F4E79")
    table(
        doc,
        ["Namn", "Funktion", "Verksamhet"],
        [
            ["Oskar", "", ""],
            ["Anna", "Vårdnadshavare (mamma)", ""],
            ["Jenny", "Socialsekreterare", "IFO Barn och unga, Strömsunds kommun"],
            ["Erik", "Behandlare", "Öppenvården, Strömsunds kommun"],
            ["Maja", "Kurator", "Gymnasieskolan i Strömsund"],
            ["Kristin", "Sjuksköterska", "Mini-Maria Jämtland, Region Jämtland Härjedalen"],
        ],
        widths=[3.0, 5.0, 9.0],
    )

    para(doc, "Syfte med SIP", bold=True, size=12, color="1F4E79")
    doc.add_paragraph("Se plan från 2025-01-15.")

    para(doc, "Frågeställningar inför mötet", bold=True, size=12, color="1F4E79")
    for q in [
        "Hur ska skolgången se ut resten av vårterminen när Oskar har missat stora delar av "
        "januari–mars? Kan han gå på reducerat schema?",
        "Ska provtagningen fortsätta efter juni?",
        "Vilket stöd kan Anna få när det blir konflikter hemma på kvällarna?",
    ]:
        doc.add_paragraph(q, style="List Number")

    para(doc, "Nuläge", bold=True, size=12, color="1F4E79")
    doc.add_paragraph(
        "Oskar och Anna deltog båda på mötet. Oskar berättar att han har minskat sin "
        "cannabisanvändning och säger att han inte har rökt sedan påsklovet, vilket stöds av de "
        "senaste proverna. Han tycker att det är för många möten och för många personer runt honom "
        "och skulle helst vilja ha en enda kontakt på socialtjänsten. Han trivs med samtalen hos Erik. "
        "Anna beskriver att det är lugnare hemma men att det fortfarande blir bråk om tider på "
        "kvällarna. Skolan rapporterar 40 % närvaro under mars, bättre än i februari."
    )

    para(doc, "Mål", bold=True, size=12, color="1F4E79")
    doc.add_paragraph(
        "Målet är att Oskar ska vara drogfri, gå i skolan enligt schema och att konflikterna "
        "hemma ska minska."
    )

    # landscape section for the measures table
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    set_landscape(s2)
    para(doc, "Insatser", bold=True, size=12, color="1F4E79")
    t = table(
        doc,
        ["Nr", "Insats", "Ansvarig (verksamhet/funktion)", "Tidpunkt", "Status"],
        [
            ["1", "Utredning enligt 11 kap. 1 § SoL", "IFO Barn och unga, socialsekreterare",
             "2025-01-10 – 2025-03-20", "Avslutad"],
            ["2", "Samtal med MI och återfallsprevention, en gång per vecka",
             "Öppenvården Strömsunds kommun, behandlare", "Tisdagar fr.o.m. 2025-02-04", "Pågår"],
            ["3", "Urinprov för drogkontroll varannan vecka samt uppföljande samtal",
             "Mini-Maria Jämtland, sjuksköterska", "T.o.m. 2025-06-13", "Pågår"],
            ["4", "Reducerat schema (svenska, matematik, engelska, idrott) och studieplan för "
                  "hösten", "Gymnasieskolan i Strömsund, kurator och mentor",
             "Fr.o.m. 2025-04-14", "Ny"],
            ["5", "Bedömning av sömnsvårigheter och eventuell remiss för neuropsykiatrisk utredning",
             "Regionen", "", "Ny"],
            ["6", "Föräldrastöd till Anna, 6 träffar", "Öppenvården Strömsunds kommun, familjebehandlare",
             "Start 2025-05-06", "Ny"],
            ["7", "Kontakt med fältassistenterna under helger", "Fältgruppen, Strömsunds kommun",
             "2025-01-20 – 2025-03-31", "Avslutad"],
        ],
        widths=[1.0, 8.4, 6.6, 5.2, 2.4],
        size=10,
    )
    for row in t.rows[1:]:
        st = row.cells[4].text
        fill = {"Ny": "FFF2CC", "Pågår": "DDEBF7", "Avslutad": "E2E2E2"}[st]
        shade(row.cells[4], fill)
    para(doc, "Avslutade insatser ligger kvar i tabellen för dokumentationens skull.",
         italic=True, size=9)

    s3 = doc.add_section(WD_SECTION.NEW_PAGE)
    set_portrait(s3)
    para(doc, "Andra aktörer", bold=True, size=12, color="1F4E79")
    doc.add_paragraph(
        "Arbetsförmedlingen och sommarjobb diskuterades kort. Pappa är informerad om mötet."
    )
    para(doc, "Huvudansvar", bold=True, size=12, color="1F4E79")
    doc.add_paragraph("Strömsunds kommun.")
    para(doc, "Nästa uppföljning", bold=True, size=12, color="1F4E79")
    doc.add_paragraph("I september, efter skolstart.")
    para(doc, "")
    para(doc, "Antecknat av: Jenny, socialsekreterare", size=9, italic=True)
    doc.save(out(4, "docx"))


# ============================================================ 05: md, first person
def plan05():
    md = """# Min SIP

**Ida, 19 år, Järpen**
Datum för mötet: 2025-03-04

> Jag har skrivit den här planen själv. Min boendestödjare satt bredvid och hjälpte mig att
> formulera en del och att skriva på datorn. Det är min plan, så den är skriven som jag säger saker.

## Varför jag vill ha en SIP

Jag har många kontakter: psykiatrin i Östersund, habiliteringen, kommunen och Försäkringskassan.
Ingen vet riktigt vad den andra gör och jag måste berätta samma saker om och om igen, och det gör
mig så trött att jag ibland inte går på tiderna alls. Jag vill att ni pratar med varandra så att
jag slipper det, och så att jag kan komma igång med något att göra på dagarna nu när jag har
slutat gymnasiet.

## Det här vill jag prata om på mötet

- Kan jag få daglig verksamhet eller något annat att göra på förmiddagarna?
- Vem hjälper mig med ansökan om aktivitetsersättning? Jag förstår inte blanketten.
- Kan jag få träffa samma sjuksköterska på psykiatrin varje gång?

## Så här har jag det nu

Jag har autism och har varit deprimerad sedan i höstas. Jag bor i egen lägenhet sedan ett år.
Det går bra med städning men inte med mat, jag äter mest mackor. Jag sover ofta till lunch.
Det är jobbigt att ringa samtal och att gå till nya ställen. Jag mår bättre när jag vet vad som
ska hända under veckan. Jag var med på mötet hela tiden och det var bra att vi var få personer
i rummet.

## Mina mål

1. "Jag vill ha något att göra tre förmiddagar i veckan."
2. "Jag vill orka laga riktig mat själv minst två gånger i veckan."
3. "Jag vill ha en egen inkomst så att jag inte behöver fråga mamma om pengar."

## Det här gör jag själv

- Jag tar min medicin varje morgon. Mamma skickar ett sms kl. 9 de första veckorna.
- Jag går ut med hunden varje dag.
- Jag ringer eller skickar meddelande i 1177 till psykiatrin om jag mår sämre.
- Jag följer med på studiebesöket på daglig verksamhet.

## Det här hjälper andra mig med

| Vem | Vad | När |
|---|---|---|
| Boendestödet, Åre kommun | Hjälper mig att planera, handla och laga mat | Tisdag och fredag, från 2025-03-11 |
| Min sjuksköterska, Vuxenpsykiatrin Östersund | Samtal om hur jag mår och om medicinen, ringer mig | Var tredje vecka, första gången 2025-03-18 |
| Arbetsterapeut, Habiliteringen Östersund | Gör ett veckoschema med bilder tillsammans med mig | |
| LSS-handläggare, Åre kommun | Utreder om jag kan få daglig verksamhet, ordnar studiebesök | Beslut senast 2025-05-30 |
| Mamma | Hjälper mig att fylla i och skicka ansökan om aktivitetsersättning till Försäkringskassan | Senast 2025-03-31 |

## Samtycke

Jag har sagt ja till att alla som står i planen får prata med varandra om mig.
Jag skrev under samtyckesblanketten på mötet den 4 mars 2025.

---

## Personalens del

*Fylls i av personal efter mötet.*

- **Mötesdatum och plats:** 2025-03-04, kommunens lokaler i Järpen
- **Vi som var med:** Ida, Karin (mamma), Lina, Johan, Sofia, Per
- **Huvudansvar:** Åre kommun
- **Uppföljning:** efter sommaren, i augusti. Kallelse skickas ut i god tid.
"""
    with open(out(5, "md"), "w", encoding="utf-8") as f:
        f.write(md)


# ============================================================ 06: minutes § 1–7
def plan06():
    doc = new_doc(author="Avd. 9 Psykiatri", title="Minnesanteckningar SIP-möte")
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    hp = sec.header.paragraphs[0]
    hp.text = "Region Jämtland Härjedalen / Bräcke kommun\tMinnesanteckningar SIP-möte\t2024-11-14"
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_page_number_field(fp)

    para(doc, "MINNESANTECKNINGAR – SIP-MÖTE INFÖR UTSKRIVNING", bold=True, size=14)
    ht = doc.add_table(rows=0, cols=2)
    ht.style = "Table Grid"
    rows = [
        ("Ärende", "P., 42 år, ÅÅMMDD-XXXX, folkbokförd i Bräcke kommun"),
        ("Datum och tid", "2024-11-14 kl. 10.00–11.15"),
        ("Plats", "Konferensrummet avd. 9, Östersunds sjukhus, samt Teams"),
        ("Närvarande",
         "Överläkare, Psykiatriska slutenvården avd. 9, Östersunds sjukhus\n"
         "Hanna, sjuksköterska, Psykiatriska slutenvården avd. 9, Östersunds sjukhus (sekreterare)\n"
         "Kontaktperson (sjuksköterska), Psykiatrimottagningen Östersund\n"
         "Mats, biståndshandläggare, Socialtjänsten Bräcke kommun (Teams)\n"
         "Enhetschef, Boendestöd Bräcke kommun (Teams)\n"
         "Distriktssköterska, Hälsocentralen Bräcke (Teams)"),
    ]
    for a, b in rows:
        c = ht.add_row().cells
        cell_text(c[0], a, bold=True, size=10)
        cell_text(c[1], b, size=10)
        shade(c[0], "EEEEEE")
    set_widths(ht, [3.5, 13.0])
    para(doc, "")

    items = [
        ("§ 1 Mötets öppnande och syfte",
         "Hanna hälsar välkommen och går igenom dagordningen. Syftet med mötet är att planera P:s "
         "utskrivning från avd. 9 efter sex veckors vård för psykos med suicidtankar, så att "
         "läkemedel, boendestöd och öppenvårdskontakt finns på plats samma dag som han kommer hem till "
         "lägenheten i Bräcke och risken för ett snabbt återinsjuknande minskar.",
         "Syftet fastställs. Dagordningen godkänns."),
        ("§ 2 Frågeställningar",
         "Följande frågor tas upp: Vilket datum är en utskrivning realistisk? Klarar P. att sköta "
         "sin medicinering själv eller behövs dosett och tillsyn? Behövs boendestöd varje dag de "
         "första veckorna? Hur ordnas resorna till psykiatrimottagningen i Östersund?",
         "Frågorna behandlas under § 3–§ 6."),
        ("§ 3 Aktuellt hälsotillstånd",
         "Överläkaren redogör: P. är stabiliserad på olanzapin, sover bättre och har inga aktuella "
         "suicidtankar. Suicidrisken bedöms vid senaste bedömningen 2024-11-12 som låg men förhöjd "
         "över tid. Permission hem över helgen 9–10 november gick bra enligt avdelningen.",
         "Utskrivning planeras till 2024-11-21."),
        ("§ 4 Läkemedel",
         "P. har tidigare slutat ta sin medicin efter utskrivning. Diskuteras dosett med "
         "läkemedelsadministration via hälsocentralen.",
         "Avd. 9, sjuksköterska, skickar aktuell läkemedelslista till Hälsocentralen Bräcke senast "
         "2024-11-20. Hälsocentralen Bräcke, distriktssköterska, iordningställer dosett varje vecka "
         "fr.o.m. 2024-11-21."),
        ("§ 5 Boende och vardag",
         "P. har haft boendestöd en gång per vecka sedan 2023. Enhetschefen bedömer att det behövs "
         "dagliga besök de första fyra veckorna, bland annat för att se att medicinen tas och att det "
         "finns mat hemma.",
         "Biståndshandläggare, Socialtjänsten Bräcke kommun, fattar beslut om utökat boendestöd "
         "senast 2024-11-19. Boendestöd Bräcke kommun besöker P. varje vardag 2024-11-21 – "
         "2024-12-20, därefter omprövning."),
        ("§ 6 Öppenvård och resor",
         "Kontaktpersonen på psykiatrimottagningen tar över efter utskrivning. Resor till Östersund "
         "sker med sjukresa.",
         "Psykiatrimottagningen Östersund, kontaktperson, har första besök med P. 2024-11-26 och "
         "bokar läkarbesök 2024-12-10. Avd. 9, sjuksköterska, skickar remiss och epikris senast "
         "2024-11-21."),
        ("§ 7 Nästa möte och avslutning",
         "Planen följs upp när P. har varit hemma en tid.",
         "Nytt SIP-möte i januari 2025. Mötet avslutas."),
    ]
    for head, disc, beslut in items:
        p = doc.add_paragraph()
        r = p.add_run(head)
        r.bold = True
        r.font.size = Pt(12)
        p.paragraph_format.space_before = Pt(8)
        p.paragraph_format.keep_with_next = True
        doc.add_paragraph(disc)
        bp = doc.add_paragraph()
        br = bp.add_run("Beslut: ")
        br.bold = True
        bp.add_run(beslut)

    para(doc, "")
    para(doc, "Vid anteckningarna: Hanna, sjuksköterska avd. 9", italic=True, size=10)
    doc.save(out(6, "docx"))


# ============================================================ 07: cover page, LO pdf
def plan07():
    doc = new_doc(author="Habiliteringen", title="Samordnad individuell plan")
    sec = doc.sections[0]
    sec.different_first_page_header_footer = True
    sec.left_margin = sec.right_margin = Cm(2.5)
    # running header/footer (not on the cover)
    hp = sec.header.paragraphs[0]
    hp.text = "SIP – Viktor\tÖstersunds kommun · Region Jämtland Härjedalen\tSekretess enligt OSL"
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_number_field(fp)

    # ---- cover page
    logos = doc.add_table(rows=1, cols=2)
    cell_text(logos.rows[0].cells[0], "[Logotyp: Östersunds kommun]", italic=True, size=10, color="7F7F7F")
    cell_text(logos.rows[0].cells[1], "[Logotyp: Region Jämtland Härjedalen]", italic=True, size=10,
              color="7F7F7F")
    logos.rows[0].cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_widths(logos, [8.0, 8.0])
    for _ in range(5):
        para(doc, "")
    para(doc, "Samordnad individuell plan", bold=True, size=28, color="1F3864",
         align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "SIP", bold=True, size=20, color="1F3864", align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "")
    para(doc, "Enligt 2 kap. 7 § socialtjänstlagen och 16 kap. 4 § hälso- och sjukvårdslagen",
         size=11, align=WD_ALIGN_PARAGRAPH.CENTER)
    for _ in range(3):
        para(doc, "")
    para(doc, "Gäller: Viktor, 14 år", size=13, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "Upprättad: 2025-05-20", size=13, align=WD_ALIGN_PARAGRAPH.CENTER)
    for _ in range(5):
        para(doc, "")
    p = para(doc, "SEKRETESS ENLIGT OSL", bold=True, size=14, color="C00000",
             align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "Handlingen innehåller uppgifter som omfattas av sekretess enligt "
              "offentlighets- och sekretesslagen (2009:400) 25 kap. 1 § och 26 kap. 1 §.",
         size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
    p.runs[0].add_break(WD_BREAK.LINE)
    last = doc.paragraphs[-1]
    last.add_run().add_break(WD_BREAK.PAGE)

    # ---- plan, page 2
    para(doc, "1. Personuppgifter", bold=True, size=13, color="1F3864")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [
        ("Namn", "Viktor"),
        ("Personnummer", "ÅÅMMDD-XXXX"),
        ("Vårdnadshavare", "[namn], [namn]"),
        ("Kommun", "Östersund"),
        ("Mötesdatum", "2025-05-20"),
    ]:
        c = t.add_row().cells
        cell_text(c[0], a, bold=True, size=10)
        shade(c[0], "DEEAF6")
        cell_text(c[1], b, size=10)
    set_widths(t, [4.5, 11.5])
    para(doc, "")

    para(doc, "2. Syfte", bold=True, size=13, color="1F3864")
    doc.add_paragraph("Samordning av insatser.")

    para(doc, "3. Frågeställningar", bold=True, size=13, color="1F3864")
    sdt_placeholder(doc)

    para(doc, "4. Bakgrund", bold=True, size=13, color="1F3864")
    doc.add_paragraph(
        "Viktor har diagnoserna autism och ADHD och går i åk 8 i anpassad grundskola i Östersund. "
        "Under våren har skolan rapporterat mer utåtagerande beteende, framför allt vid övergångar "
        "mellan lektioner, och sämre sömn. Familjen har sedan flera år kontakt med både kommunen "
        "och regionen."
    )

    para(doc, "5. Den enskildes mål", bold=True, size=13, color="1F3864")
    sdt_placeholder(doc)

    para(doc, "6. Insatser", bold=True, size=13, color="1F3864")
    table(
        doc,
        ["Insats", "Ansvarig", "När"],
        [
            ["Fortsatt kontakt", "", ""],
            ["Stöd vid behov", "", ""],
            ["Översyn av befintliga insatser", "", ""],
        ],
        widths=[9.0, 4.0, 3.0],
        header_fill="DEEAF6",
    )
    para(doc, "")

    para(doc, "7. Samtycke", bold=True, size=13, color="1F3864")
    doc.add_paragraph("Vårdnadshavare har samtyckt.")

    para(doc, "8. Huvudansvar", bold=True, size=13, color="1F3864")
    doc.add_paragraph("Habiliteringen.")

    para(doc, "9. Uppföljning", bold=True, size=13, color="1F3864")
    doc.add_paragraph("Uppföljande SIP-möte 2025-09-16 kl. 13.30.")

    os.makedirs(BUILD, exist_ok=True)
    src = os.path.join(BUILD, f"{PREFIX}-07.docx")
    doc.save(src)
    cmd = ["soffice", f"-env:UserInstallation=file:///tmp/lo-{PREFIX}", "--headless",
           "--convert-to", "pdf", "--outdir", BUILD, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    shutil.copyfile(os.path.join(BUILD, f"{PREFIX}-07.pdf"), out(7, "pdf"))


# ============================================================ 08: job advertisement (not a plan)
def plan08():
    doc = new_doc(author="Östersunds kommun HR", title="Platsannons SIP-samordnare")
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Östersunds kommun · Socialförvaltningen\t\tPlatsannons · Ref. nr SOC 2025/214"
    for r in hp.runs:
        r.font.size = Pt(8)

    para(doc, "Vi söker SIP-samordnare till Östersunds kommun", bold=True, size=20, color="00549F")
    para(doc, "Socialförvaltningen, Vuxenenheten · Tillsvidareanställning, heltid", italic=True, size=11)

    doc.add_heading("Om oss", level=2)
    doc.add_paragraph(
        "Socialförvaltningen i Östersunds kommun arbetar med stöd till barn, unga, vuxna och familjer. "
        "Vuxenenheten ansvarar för insatser till personer med missbruk, beroende och psykisk "
        "ohälsa. Vi har ett nära samarbete med Region Jämtland Härjedalen och med grannkommunerna "
        "Krokom, Strömsund, Åre, Bräcke och Härjedalen inom ramen för den länsgemensamma "
        "överenskommelsen om samordnad individuell plan (SIP)."
    )
    doc.add_heading("Arbetsuppgifter", level=2)
    doc.add_paragraph(
        "Som SIP-samordnare blir du en viktig länk mellan socialtjänst, skola, hälsocentraler och "
        "psykiatri. Du kommer bland annat att:"
    )
    for b in [
        "kalla till och leda SIP-möten där den enskilde står i centrum",
        "stödja handläggare och behandlare i att dokumentera planer av god kvalitet",
        "följa upp att planerade SIP-möten blir av och att planerna följs upp",
        "ta fram statistik och delta i länets nätverk för SIP-samordnare",
        "hålla i utbildningar om SIP för nya medarbetare i kommunen och regionen",
    ]:
        doc.add_paragraph(b, style="List Bullet")
    doc.add_heading("Kvalifikationer", level=2)
    doc.add_paragraph(
        "Du har socionomexamen eller annan högskoleutbildning som vi bedömer likvärdig. Du har "
        "minst tre års erfarenhet av arbete inom socialtjänst, psykiatri eller elevhälsa och god "
        "kännedom om SoL, HSL och LSS. Erfarenhet av att leda möten med många aktörer är ett krav. "
        "B-körkort krävs då tjänsten innebär resor i länet."
    )
    doc.add_paragraph(
        "Som person är du trygg, strukturerad och har lätt för att skapa förtroende hos både "
        "brukare och samarbetspartner. Vi lägger stor vikt vid personlig lämplighet."
    )
    doc.add_heading("Vi erbjuder", level=2)
    for b in [
        "friskvårdsbidrag och en timmes friskvård i veckan",
        "möjlighet till distansarbete viss del av veckan",
        "handledning och kompetensutveckling",
    ]:
        doc.add_paragraph(b, style="List Bullet")
    doc.add_heading("Anställningsvillkor och ansökan", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [
        ("Anställningsform", "Tillsvidare, heltid 100 %. Provanställning kan tillämpas."),
        ("Tillträde", "Enligt överenskommelse, gärna 2025-08-18"),
        ("Lön", "Individuell lönesättning"),
        ("Sista ansökningsdag", "2025-06-08"),
        ("Ansökan", "Via kommunens rekryteringssystem, ange ref. nr SOC 2025/214"),
        ("Kontakt", "Enhetschef Vuxenenheten, nås via kommunens växel"),
        ("Fackliga företrädare", "Akademikerförbundet SSR och Vision, nås via växeln"),
    ]:
        c = t.add_row().cells
        cell_text(c[0], a, bold=True, size=10)
        cell_text(c[1], b, size=10)
        shade(c[0], "E8F0FA")
    set_widths(t, [4.5, 11.5])
    para(doc, "")
    para(doc, "Inför rekryteringsarbetet har vi tagit ställning till rekryteringskanaler och "
              "marknadsföring. Vi undanber oss därför kontakt med mediesäljare och rekryteringssajter.",
         italic=True, size=9)
    doc.save(out(8, "docx"))


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


if __name__ == "__main__":
    main()
