#!/usr/bin/env python3
"""Generate the f14b batch of fictional, anonymized SIP documents into plans/.

Run with python generate_b.py (calls soffice for the PDF
printed from Word). Deterministic: fixed dates and texts, no randomness.
"""
import datetime as dt
import os
import shutil
import subprocess
import textwrap

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
PREFIX = "f14b"
FIXED = dt.datetime(2025, 1, 1, 12, 0, 0)

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


# ---------------------------------------------------------------- helpers
def new_doc(font="Calibri", size=11):
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
    cp = doc.core_properties
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = ""
    cp.author = ""
    cp.revision = 1
    sec = doc.sections[0]
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(2.0)
    sec.bottom_margin = Cm(2.0)
    return doc


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def set_cell(cell, text, bold=False, size=None, italic=False, color=None):
    """Write text into a cell; '\n' makes new paragraphs."""
    lines = text.split("\n") if text else [""]
    cell.text = ""
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        p.paragraph_format.space_after = Pt(2)
        if line:
            r = p.add_run(line)
            r.bold = bold
            r.italic = italic
            if size:
                r.font.size = Pt(size)
            if color:
                r.font.color.rgb = RGBColor.from_string(color)
    return cell


def col_widths(table, widths_cm):
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def para(doc, text="", bold=False, size=None, italic=False, align=None,
         space_after=6, small_caps=False, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        r.font.small_caps = small_caps
        if size:
            r.font.size = Pt(size)
    if align:
        p.alignment = align
    p.paragraph_format.space_after = Pt(space_after)
    return p


def header_footer(section, left, right=None, footer=None, size=8):
    section.header.is_linked_to_previous = False
    hp = section.header.paragraphs[0]
    hp.text = ""
    r = hp.add_run(left)
    r.font.size = Pt(size)
    if right:
        r2 = hp.add_run("\t\t" + right)
        r2.font.size = Pt(size)
    if footer:
        section.footer.is_linked_to_previous = False
        fp = section.footer.paragraphs[0]
        fp.text = ""
        rf = fp.add_run(footer)
        rf.font.size = Pt(size)
        rf.font.color.rgb = RGBColor(0x55, 0x55, 0x55)


def add_page_field(paragraph, size=8):
    """Append 'Sida X (Y)' with PAGE / NUMPAGES fields."""
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
        e.set(qn("w:fldCharType"), "separate")
        r3._r.append(e)
        r4 = paragraph.add_run("1")
        r4.font.size = Pt(size)
        r5 = paragraph.add_run()
        e2 = OxmlElement("w:fldChar")
        e2.set(qn("w:fldCharType"), "end")
        r5._r.append(e2)
    r = paragraph.add_run("Sida ")
    r.font.size = Pt(size)
    fld("PAGE")
    r = paragraph.add_run(" (")
    r.font.size = Pt(size)
    fld("NUMPAGES")
    r = paragraph.add_run(")")
    r.font.size = Pt(size)


def save_docx(doc, path):
    """Save, then rewrite the zip with fixed timestamps so reruns give
    byte-identical files."""
    import io
    import zipfile
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(
            path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 1, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(item.filename))


def convert_pdf(docx_path, outdir):
    cmd = ["soffice", f"-env:UserInstallation=file:///tmp/lo-{PREFIX}",
           "--headless", "--convert-to", "pdf", "--outdir", outdir, docx_path]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, timeout=240)


# ------------------------------------------------------------ plan 01
def plan01():
    """Socialpsykiatri template: one big table with merged shaded part
    headers, landscape section with the action table. Hallstahammar."""
    doc = new_doc("Arial", 10)
    sec = doc.sections[0]
    header_footer(sec, "Hallstahammars kommun · Socialförvaltningen · Socialpsykiatrin",
                  "SIP",
                  "Mall: SIP socialpsykiatri, version 2023-05. Planen förvaras i "
                  "personakten. Kopia till den enskilde och deltagande verksamheter.")
    para(doc, "SAMORDNAD INDIVIDUELL PLAN (SIP)", bold=True, size=14, space_after=2)
    para(doc, "Socialpsykiatri – vuxna", size=10, italic=True, space_after=10)

    FILL_PART = "BFBFBF"
    FILL_LABEL = "F2F2F2"

    def part_row(t, text):
        row = t.add_row()
        c = row.cells[0].merge(row.cells[1])
        set_cell(c, text, bold=True, size=11)
        shade(c, FILL_PART)
        cant_split(row)

    def field_row(t, label, value):
        row = t.add_row()
        set_cell(row.cells[0], label, bold=True, size=9)
        shade(row.cells[0], FILL_LABEL)
        set_cell(row.cells[1], value, size=10)

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    part_row(t, "Del 1 Bakgrund")
    field_row(t, "Namn", "J.")
    field_row(t, "Personnummer", "ÅÅMMDD-XXXX")
    field_row(t, "Datum för SIP-möte", "2024-10-08")
    field_row(t, "Plats", "Socialpsykiatrins lokaler, Hallstahammar")
    field_row(t, "Närvarande", "J., Ali, Karin, Sofia, Anneli")
    field_row(t, "Bakgrund och nuvarande situation",
              "J. är 38 år och bor ensam i en hyreslägenhet i Hallstahammar. Han "
              "har diagnosen paranoid schizofreni sedan 2012 och har kontakt med "
              "Psykosmottagningen i Västerås. Under sommaren 2024 slutade J. ta "
              "sin medicin och var inlagd på Psykiatriska kliniken i Västerås "
              "2024-07-15 – 2024-08-20. Efter utskrivningen får han depåinjektion "
              "och mår enligt egen uppgift bättre, men han har svårt att komma "
              "igång med städning, tvätt och inköp.\n"
              "Vid hembesök 2024-09-17 var lägenheten stökig, det låg oöppnad post "
              "i hallen och flera räkningar var obetalda. J. har sedan tidigare "
              "skulder hos Kronofogden. Han har ingen sysselsättning och träffar "
              "få personer utöver personalen. Han har en syster i Västerås som "
              "han har sporadisk kontakt med.")
    field_row(t, "Pågående insatser",
              "Boendestöd 1 gång/vecka sedan 2022 (SoL). Depåinjektion via "
              "Psykosmottagningen Västerås. God man sedan 2023.")
    field_row(t, "Frågeställningar inför mötet", "")
    part_row(t, "Del 2 Planering")
    field_row(t, "Syfte med planen",
              "Syftet är att samordna stödet från kommunen och regionen så att J. "
              "kan bo kvar i sin lägenhet, fortsätta med sin medicinering och "
              "komma igång med någon form av sysselsättning under hösten.")
    field_row(t, "Den enskildes mål (med egna ord)",
              "”Jag vill kunna hålla ordning hemma själv och ha något att göra på "
              "dagarna, så att jag inte bara sitter hemma och tänker.”")
    field_row(t, "Den enskildes synpunkter",
              "J. deltog under hela mötet. Han vill ha mer hjälp med städning och "
              "tvätt men inte med matlagningen, som han klarar själv. Han vill inte "
              "ha fler än två besök i veckan. Han är positiv till att titta på "
              "Träffpunkten men vill ha sällskap första gången.")
    field_row(t, "Samtycke till samverkan",
              "☒ Ja     ☐ Nej\n"
              "Form:  ☐ Muntligt   ☐ Skriftligt        Datum: ÅÅÅÅ-MM-DD")
    field_row(t, "Andra aktörer (t.ex. FK, AF, god man, närstående)",
              "J. har god man sedan 2023. Skulder hos Kronofogden. "
              "Sjukersättning från Försäkringskassan.")
    col_widths(t, [5.0, 11.6])

    # landscape section with the wide action table
    sec2 = doc.add_section()
    sec2.orientation = WD_ORIENT.LANDSCAPE
    sec2.page_width, sec2.page_height = Cm(29.7), Cm(21.0)
    sec2.left_margin = sec2.right_margin = Cm(2.0)
    sec2.top_margin = sec2.bottom_margin = Cm(2.0)
    header_footer(sec2, "Hallstahammars kommun · Socialförvaltningen · Socialpsykiatrin",
                  "SIP – J. – 2024-10-08",
                  "Mall: SIP socialpsykiatri, version 2023-05.")
    para(doc, "Samordnad individuell plan – J. – insatser", italic=True,
         size=9, space_after=4)
    cols = ["Insats", "Ansvarig verksamhet", "Ansvarig person/funktion",
            "Start", "Slut"]
    widths = [10.2, 6.0, 4.6, 2.4, 2.5]
    a = doc.add_table(rows=2, cols=5)
    a.style = "Table Grid"
    c = a.rows[0].cells[0].merge(a.rows[0].cells[4])
    set_cell(c, "Del 3 Insatser", bold=True, size=11)
    shade(c, FILL_PART)
    for i, h in enumerate(cols):
        set_cell(a.rows[1].cells[i], h, bold=True, size=9)
        shade(a.rows[1].cells[i], FILL_LABEL)
    repeat_header(a.rows[0])
    repeat_header(a.rows[1])
    rows = [
        ("Boendestöd 2 gånger/vecka (tisdag och fredag): städning, tvätt och "
         "planering av inköp tillsammans med J. Utökning från 1 till 2 "
         "gånger/vecka, beslut 2024-10-01.",
         "Socialpsykiatrin Hallstahammar, boendestödsteamet", "Boendestödjare",
         "2024-10-15", "2025-04-30"),
        ("Depåinjektion var 14:e dag på mottagningen, samt samtal med "
         "sjuksköterska vid varje injektionstillfälle om mående och sömn.",
         "Psykosmottagningen Västerås", "Sjuksköterska", "2024-10-01",
         "Tills vidare"),
        ("Läkarbesök för uppföljning av medicinering och biverkningar "
         "(viktuppgång, trötthet).",
         "Regionen", "", "", ""),
        ("Studiebesök på Träffpunkten (sysselsättning enligt SoL) tillsammans "
         "med boendestödjare, därefter prova två förmiddagar i veckan.",
         "Socialpsykiatrin Hallstahammar, sysselsättningen", "Arbetsterapeut",
         "2024-11-04", "2024-12-20"),
        ("Sortera post och lägga upp en enkel veckobudget tillsammans med J. "
         "vid boendestödsbesöket på fredagar.",
         "Socialpsykiatrin Hallstahammar, boendestödsteamet", "Boendestödjare",
         "2024-10-18", "2025-04-30"),
    ]
    for r in rows:
        cells = a.add_row().cells
        for i, v in enumerate(r):
            set_cell(cells[i], v, size=9)
    col_widths(a, widths)
    para(doc, "")

    # back to portrait for part 4
    sec3 = doc.add_section()
    sec3.orientation = WD_ORIENT.PORTRAIT
    sec3.page_width, sec3.page_height = Cm(21.0), Cm(29.7)
    sec3.left_margin = sec3.right_margin = Cm(2.2)
    header_footer(sec3, "Hallstahammars kommun · Socialförvaltningen · Socialpsykiatrin",
                  "SIP",
                  "Mall: SIP socialpsykiatri, version 2023-05.")
    para(doc, "Samordnad individuell plan – J. – ansvar och uppföljning",
         italic=True, size=9, space_after=4)
    t4 = doc.add_table(rows=0, cols=2)
    t4.style = "Table Grid"
    part_row(t4, "Del 4 Ansvar och uppföljning")
    field_row(t4, "Huvudansvar för planen", "Socialpsykiatrin Hallstahammar")
    field_row(t4, "Datum för uppföljning", "ÅÅÅÅ-MM-DD")
    field_row(t4, "Kopia till", "☒ Den enskilde   ☒ God man   ☒ Psykosmottagningen")
    part_row(t4, "Del 5 Underskrifter")
    field_row(t4, "Den enskilde", "\n________________________________")
    field_row(t4, "För kommunen", "\n________________________________")
    field_row(t4, "För regionen", "\n________________________________")
    col_widths(t4, [5.0, 11.6])
    path = os.path.join(PLANS, f"{PREFIX}-01.docx")
    save_docx(doc, path)
    return path


# ------------------------------------------------------------ plan 02
def plan02():
    """Biståndshandläggare, elderly woman with dementia, Kungsör. Small caps
    headings, printed to PDF with LibreOffice."""
    doc = new_doc("Times New Roman", 11.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    header_footer(sec, "KUNGSÖRS KOMMUN · Vård och omsorg · Myndighetsenheten",
                  None, "Kungsörs kommun, Vård och omsorg. Sekretess enligt "
                  "OSL 26 kap.", size=8.5)
    fp = sec.footer.add_paragraph()
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_page_field(fp, 8.5)

    def h(text):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(12)
        p.paragraph_format.space_after = Pt(3)
        p.paragraph_format.keep_with_next = True
        r = p.add_run(text)
        r.bold = True
        r.font.small_caps = True
        r.font.size = Pt(13)
        return p

    t = para(doc, "Samordnad individuell plan", bold=True, size=17,
             small_caps=True, space_after=2)
    para(doc, "SIP enligt SoL 2 kap. 7 § och HSL 16 kap. 4 §", italic=True,
         size=10, space_after=10)
    info = doc.add_table(rows=4, cols=2)
    info.style = "Table Grid"
    vals = [("Namn", "M."), ("Personnummer", "ÅÅMMDD-XXXX"),
            ("Datum för möte", "2024-11-20"),
            ("Plats", "Vårdcentralen Kungsör, konferensrummet")]
    for i, (k, v) in enumerate(vals):
        set_cell(info.rows[i].cells[0], k, bold=True, size=10)
        set_cell(info.rows[i].cells[1], v, size=10.5)
    col_widths(info, [4.0, 12.0])

    h("Bakgrund")
    para(doc,
         "M. är 84 år och bor ensam i sin villa i Kungsör sedan maken dog 2021. "
         "Hon fick diagnosen Alzheimers sjukdom på Vårdcentralen Kungsör i maj "
         "2024. Under hösten har minnet blivit sämre. Hon glömmer att äta, har "
         "vid två tillfällen lämnat spisen på och ringer dottern flera gånger "
         "per natt för att hon inte vet vilken tid det är. Hon har haft "
         "hemtjänst sedan juni 2024 med tillsyn en gång per dag och hjälp med "
         "inköp. Distriktssköterskan har vid hembesök sett att dosetten varit "
         "orörd flera dagar i rad.")
    para(doc,
         "Dottern Eva bor i Arboga och besöker M. två till tre gånger i veckan. "
         "Sonen Anders bor i Stockholm. Eva berättar att hon själv börjar bli "
         "sliten av nattsamtalen och oron för att mamman ska gå ut på natten.")

    h("M:s önskemål – förmedlade av dottern")
    para(doc,
         "M. deltog inte i mötet. Hon blir orolig och förvirrad i nya miljöer "
         "och när det är många personer runt henne, och vi bedömde tillsammans "
         "med Eva att ett möte på vårdcentralen skulle bli för påfrestande för "
         "henne. Biståndshandläggaren och Eva besökte M. i hemmet 2024-11-18 "
         "och pratade med henne om hur hon vill ha det. Eva förmedlade på mötet "
         "det M. sagt:")
    for b in [
        "M. vill bo kvar i huset, där hon har bott i över femtio år, och "
        "vill inte flytta till ett boende.",
        "Hon vill att det så långt det går är samma personal som kommer hem "
        "till henne.",
        "Hon vill inte ha ett larm runt halsen men kan tänka sig ett armband.",
        "Hon tycker om att gå i kyrkan och att träffa andra, men orkar inte "
        "hela dagar.",
    ]:
        p = doc.add_paragraph(b, style="List Bullet")
        p.paragraph_format.space_after = Pt(2)

    h("Syfte med planen")
    para(doc,
         "Syftet med planen är att hemtjänsten, vårdcentralen och de anhöriga "
         "samordnar sitt stöd så att M. kan bo kvar hemma tryggt, får i sig mat "
         "och tar sina läkemedel rätt, och så att dottern får avlastning "
         "nattetid.")

    h("Mål")
    para(doc,
         "Målet är att M. ska kunna bo kvar i sitt hem under vintern med ett "
         "tryggt stöd, äta regelbundet och ta sina läkemedel enligt ordination.")

    h("Planerade insatser")
    rows = [
        ("Utökad hemtjänst: besök morgon, lunch och kväll med påminnelse om "
         "och tillsyn vid måltider.",
         "Hemtjänst Kungsör norra, samordnare", "2024-11-25"),
        ("Byte från dosett till dosdispenserade läkemedel (dosrulle).",
         "Vårdcentralen Kungsör, distriktssköterska och läkare", "2024-11-22"),
        ("Överlämnande av läkemedel ur dosrullen morgon och kväll enligt "
         "delegering.",
         "Hemtjänst Kungsör norra, delegerad personal (delegering från "
         "distriktssköterska, Vårdcentralen Kungsör)", "2024-11-25"),
        ("Trygghetslarm med armband samt spisvakt. Ansökan registrerad på "
         "mötet.",
         "Biståndshandläggare, Myndighetsenheten (installation av kommunens "
         "larmgrupp)", "Installation senast 2024-12-06"),
        ("Dagverksamhet för personer med demenssjukdom, tisdag och torsdag "
         "kl. 10–14, med transport.",
         "Dagverksamheten Solrosen, Kungsör", "2024-12-03"),
        ("Läkarbesök: uppföljning av demenssjukdomen och ställningstagande "
         "till behandling av oro och sömnproblem nattetid.",
         "Vårdcentralen Kungsör, läkare", "2024-12-10"),
        ("Stödsamtal för Eva hos anhörigkonsulent.",
         "Anhörigkonsulent, Kungsörs kommun", "2024-12-04"),
    ]
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, hd in enumerate(["Insats", "Ansvarig", "Från och med"]):
        set_cell(t.rows[0].cells[i], hd, bold=True, size=10)
        shade(t.rows[0].cells[i], "E7E6E6")
    repeat_header(t.rows[0])
    for r in rows:
        row = t.add_row()
        cant_split(row)
        for i, v in enumerate(r):
            set_cell(row.cells[i], v, size=10)
    col_widths(t, [8.0, 5.5, 2.5])

    h("Närståendes insatser")
    para(doc,
         "Eva handlar och lagar matlådor till M. varje lördag, som hemtjänsten "
         "sedan värmer under veckan. Eva har fullmakt och sköter M:s räkningar "
         "och bankärenden. Hemtjänsten och vårdcentralen kontaktar i första "
         "hand Eva.")
    para(doc,
         "Anders ringer M. varje kväll vid sjutiden och påminner om kvällsmaten. "
         "Han tar över kontakterna med hemtjänsten när Eva är bortrest. Eva och "
         "hennes man tar med M. till högmässan i kyrkan varannan söndag.")

    h("Huvudansvar")
    para(doc,
         "Huvudansvarig för planen är biståndshandläggare Sara, "
         "Myndighetsenheten, Vård och omsorg, Kungsörs kommun.")

    h("Uppföljning")
    para(doc, "Planen följs upp i februari 2025. Biståndshandläggaren kallar.")

    h("Deltagare")
    para(doc,
         "Eva (dotter), distriktssköterskan, läkaren, hemtjänstens samordnare "
         "och biståndshandläggaren.")
    para(doc, "")
    para(doc, "Upprättad 2024-11-21 av Sara, biståndshandläggare.", italic=True,
         size=10)

    os.makedirs(BUILD, exist_ok=True)
    src = os.path.join(BUILD, f"{PREFIX}-02.docx")
    save_docx(doc, src)
    convert_pdf(src, BUILD)
    out = os.path.join(PLANS, f"{PREFIX}-02.pdf")
    shutil.copyfile(os.path.join(BUILD, f"{PREFIX}-02.pdf"), out)
    return out


# ------------------------------------------------------------ plan 03
def plan03():
    """HVB placement, two-level numbered headings, social secretary, Sala."""
    doc = new_doc("Calibri", 11)
    sec = doc.sections[0]
    header_footer(sec, "Sala kommun · Socialförvaltningen · IFO Barn och unga",
                  "Samordnad individuell plan",
                  "Handlingen omfattas av sekretess enligt OSL 26 kap. 1 §.")
    for name in ("Heading 1", "Heading 2", "Title"):
        s = doc.styles[name]
        s.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
        s.font.name = "Calibri"
    doc.styles["Heading 1"].font.size = Pt(14)
    doc.styles["Heading 2"].font.size = Pt(12)

    para(doc, "Samordnad individuell plan (SIP)", bold=True, size=18,
         space_after=8)
    info = doc.add_table(rows=3, cols=4)
    info.style = "Table Grid"
    data = [("Barnets namn", "A.", "Personnummer", "ÅÅMMDD-XXXX"),
            ("Vårdnadshavare", "Lina (mamma), Mikael (pappa)", "Datum",
             "2025-03-12"),
            ("Placering", "HVB Björkgården, Norberg, sedan 2024-11-04",
             "Plats", "HVB Björkgården")]
    for i, r in enumerate(data):
        for j, v in enumerate(r):
            set_cell(info.rows[i].cells[j], v, bold=(j % 2 == 0), size=9.5)
            if j % 2 == 0:
                shade(info.rows[i].cells[j], "DCE6F0")
    col_widths(info, [3.6, 4.8, 3.2, 5.0])
    para(doc, "")

    doc.add_heading("1 Bakgrund", level=1)
    para(doc,
         "A. är 15 år och går i årskurs 9. Han bodde tidigare växelvis hos "
         "mamma och pappa i Sala. Under 2024 ökade skolfrånvaron kraftigt, och "
         "A. använde cannabis regelbundet tillsammans med äldre kamrater. Efter "
         "en anmälan från skolan i september 2024 och en utredning enligt SoL "
         "11 kap. 1 § placerades A. enligt SoL på HVB Björkgården i Norberg "
         "2024-11-04. A. har diagnosen ADHD sedan 2023 och "
         "medicineras via BUP Västerås.")
    doc.add_heading("1.1 Tidigare insatser", level=2)
    for b in [
        "Familjebehandling genom Öppenvården Sala, mars 2023 – juni 2024.",
        "Kontakt med Mini-Maria Västerås våren 2024, som A. avbröt efter tre "
        "besök.",
        "BUP Västerås: ADHD-utredning klar 2023-05, därefter läkemedelsbehandling "
        "och uppföljning.",
        "Elevhälsan Ekebyskolan: anpassad studiegång och kuratorskontakt från "
        "mars 2024.",
    ]:
        p = doc.add_paragraph(b, style="List Bullet")
        p.paragraph_format.space_after = Pt(2)
    doc.add_heading("1.2 Aktuell situation", level=2)
    para(doc,
         "A. har nu bott på Björkgården i fyra månader. Samtliga drogtester sedan "
         "december har varit negativa. Han går i Björkgårdens skola, som har "
         "undervisning i små grupper, och har närvaro på drygt 90 procent. Han "
         "ligger efter i matematik och svenska. Personalen beskriver att A. har "
         "svårt att komma till ro på kvällarna och att han periodvis glömmer "
         "sin medicin på morgonen. Gymnasievalet ska göras under våren.")
    doc.add_heading("1.3 Frågeställningar", level=2)
    para(doc, "Gå igenom hur placeringen fungerar och planering framåt.")
    doc.add_heading("1.4 A:s och vårdnadshavarnas synpunkter", level=2)
    para(doc,
         "A. deltog i hela mötet tillsammans med mamma och pappa. A. tycker att "
         "det fungerar bättre på Björkgården nu än i början och att skolan är "
         "lättare när grupperna är små. Han saknar sina kompisar och vill kunna "
         "åka hem oftare. Han vill inte byta medicin. Mamma och pappa är "
         "positiva till att placeringen fortsätter men är oroliga för hur det "
         "blir när A. flyttar hem igen.")

    doc.add_heading("2 Planering", level=1)
    doc.add_heading("2.1 Mål", level=2)
    para(doc,
         "Målet är att A. ska vara fortsatt drogfri, klara godkända betyg i "
         "svenska, engelska och matematik i årskurs 9 och kunna flytta hem till "
         "mamma efter sommaren 2025.")
    doc.add_heading("2.2 Skola", level=2)
    para(doc,
         "Björkgårdens skola ger A. stödundervisning i matematik och svenska i "
         "liten grupp, och A. får läsa in kurser som han missat under hösten "
         "2024. Ansvarig: rektor, Björkgårdens skola.")
    para(doc,
         "Studie- och yrkesvägledare på Ekebyskolan (hemskolan i Sala) träffar A. "
         "och vårdnadshavarna inför gymnasievalet, senast 2025-04-11. "
         "Ansvarig: studie- och yrkesvägledare, Ekebyskolan.")
    doc.add_heading("2.3 Hälsa och behandling", level=2)
    para(doc,
         "BUP Västerås kallar A. till läkarbesök för uppföljning av "
         "ADHD-medicineringen och sömnen 2025-04-09. Ansvarig: läkare, BUP "
         "Västerås. Sjuksköterska på BUP skickar aktuell läkemedelslista till "
         "Björkgården efter besöket.")
    para(doc,
         "HVB Björkgården gör slumpvisa drogtester minst en gång i veckan och A. "
         "har återfallspreventiva samtal (MI/ÅP) med sin behandlare en gång i "
         "veckan, t.o.m. 2025-06-30. Personalen ger A. påminnelse om morgonmedicinen "
         "varje skoldag. Ansvarig: behandlingsansvarig, HVB Björkgården.")
    doc.add_heading("2.4 Familjebehandling", level=2)
    para(doc,
         "Familjebehandlare från Öppenvården Sala har samtal med A. och "
         "föräldrarna en gång i månaden, växelvis på Björkgården och i Sala, "
         "med start 2025-04-02, som förberedelse inför hemflytt. Ansvarig: "
         "familjebehandlare, Öppenvården Sala.")

    doc.add_heading("3 Ansvar och uppföljning", level=1)
    doc.add_heading("3.1 Huvudansvar", level=2)
    para(doc,
         "Socialsekreterare Emma, IFO Barn och unga, Sala kommun, har "
         "huvudansvaret för planen och kallar till uppföljning.")
    doc.add_heading("3.2 Uppföljning", level=2)
    para(doc,
         "Planen följs upp vid nästa vårdplanemöte på Björkgården, preliminärt "
         "i slutet av augusti 2025.")

    doc.add_heading("4 Deltagare", level=1)
    for b in [
        "A.",
        "Lina, mamma (vårdnadshavare)",
        "Mikael, pappa (vårdnadshavare)",
        "Emma, socialsekreterare, IFO Barn och unga, Sala kommun",
        "Behandlingsansvarig, HVB Björkgården",
        "Rektor, Björkgårdens skola",
        "Kurator, Elevhälsan Ekebyskolan, Sala",
        "Sjuksköterska, BUP Västerås (via Teams)",
        "Familjebehandlare, Öppenvården Sala",
    ]:
        p = doc.add_paragraph(b, style="List Bullet")
        p.paragraph_format.space_after = Pt(1)
    para(doc, "")
    para(doc, "Dokumenterat av Emma, socialsekreterare, 2025-03-13.",
         italic=True, size=9.5)
    path = os.path.join(PLANS, f"{PREFIX}-03.docx")
    save_docx(doc, path)
    return path


# ------------------------------------------------------------ plan 04
class EasyPDF(FPDF):
    def header(self):
        self.set_font("dv", "", 10)
        self.set_text_color(90, 90, 90)
        self.cell(0, 6, "Min plan – SIP", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin,
                  self.get_y() + 1)
        self.ln(6)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-15)
        self.set_font("dv", "", 10)
        self.set_text_color(90, 90, 90)
        self.cell(0, 8, f"Sida {self.page_no()} ({{nb}})", align="R")
        self.set_text_color(0, 0, 0)


def plan04():
    """Easy-to-read plan (lättläst), LSS, Surahammar, fpdf2 in large type."""
    pdf = EasyPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.alias_nb_pages()
    pdf.add_font("dv", "", DEJAVU)
    pdf.add_font("dv", "B", DEJAVU_B)
    pdf.set_margins(22, 15, 22)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()

    def h(text):
        if pdf.get_y() > 235:
            pdf.add_page()
        pdf.ln(3)
        pdf.set_font("dv", "B", 22)
        pdf.multi_cell(0, 12, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)

    def line(text, bold=False):
        pdf.set_font("dv", "B" if bold else "", 16)
        pdf.multi_cell(0, 8.6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    def gap():
        pdf.ln(3)

    pdf.set_font("dv", "B", 30)
    pdf.cell(0, 16, "Min plan", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    h("Det här är min plan")
    for t in ["Jag heter Sanna.", "Jag är 27 år.",
              "Jag bor i en grupp-bostad i Surahammar.",
              "Grupp-bostaden heter Lönnen.",
              "Jag jobbar på Verkstan.",
              "Det är min dagliga verksamhet.",
              "Jag har epilepsi.",
              "Ibland får jag anfall."]:
        line(t)
    gap()
    line("Det här är min plan.")
    line("Den ska hjälpa alla att samarbeta.")
    gap()
    line("Vi hade möte den 12 februari 2025.")
    line("Mötet var på Lönnen.")
    line("Jag var med på mötet.")
    line("Jag sa vad jag tycker.")
    gap()
    line("Alla på mötet får prata med varandra om mig.")
    line("Det sa jag ja till på mötet den 12 februari 2025.")
    line("Jag skrev under på ett papper.")

    h("Det här vill jag")
    for t in ["Jag vill åka buss själv till Verkstan.",
              "Jag vill inte få så många anfall.",
              "Jag vill ha en kompis att gå på bio med.",
              "Jag vill laga mat själv ibland."]:
        line(t)

    h("Det här ska hända")
    for t in ["Jag ska träna att åka buss.",
              "Sara tränar med mig varje tisdag.",
              "Vi börjar den 4 mars."]:
        line(t)
    gap()
    for t in ["Jag ska träffa läkaren på Neurologmottagningen i Västerås.",
              "Läkaren ska titta på min medicin.",
              "Det är den 26 mars."]:
        line(t)
    gap()
    for t in ["Ahmed ska ta reda på om det finns en fritids-grupp för mig.",
              "Där kan jag träffa nya kompisar."]:
        line(t)
    gap()
    for t in ["Personalen på Lönnen lagar mat med mig.",
              "Det gör vi varje onsdag.",
              "Vi börjar den 19 februari."]:
        line(t)

    h("De här hjälper mig")
    for t in ["Mamma hämtar mig varannan fredag.",
              "Då sover jag hos henne.",
              "Mamma följer med mig till läkaren den 26 mars."]:
        line(t)
    gap()
    for t in ["Per är min gode man.",
              "Han betalar mina räkningar.",
              "Per köper ett buss-kort till mig före den 4 mars."]:
        line(t)
    gap()
    for t in ["Jag hjälper mig själv också.",
              "Jag säger till personalen när jag känner att ett anfall kommer."]:
        line(t)

    h("Vem håller ihop min plan?")
    line("Linda håller ihop min plan.")
    line("Linda är min handläggare.")

    h("De här var på mötet")
    for t in ["Jag, Sanna.", "Mamma.", "Per, min gode man.",
              "Linda, min handläggare.", "Sara, arbets-terapeut.",
              "Ahmed, min kontakt-person."]:
        line(t)

    h("Vi ses igen")
    for t in ["Vi ses igen tisdag den 13 maj 2025.",
              "Klockan 13.",
              "Vi ses på Lönnen.",
              "Linda skickar en inbjudan till alla."]:
        line(t)

    out = os.path.join(PLANS, f"{PREFIX}-04.pdf")
    pdf.output(out)
    return out


# ------------------------------------------------------------ plan 05
def plan05():
    """Record-system text export, fixed-width action table, UTF-8 LF.
    Elderly man after hip fracture, discharge to Fagersta."""
    W = 78
    L = []

    def rule(ch="-"):
        L.append(ch * W)

    def two(left, right):
        L.append(left + " " * (W - len(left) - len(right)) + right)

    def field(label, text):
        L.append(label)
        if text:
            for para_ in text.split("\n"):
                L.extend(textwrap.wrap(para_, W - 2, initial_indent="  ",
                                       subsequent_indent="  "))
        L.append("")

    two("SAMORDNAD INDIVIDUELL PLAN (SIP)", "Utskrift 2024-11-06 08:14")
    two("Region Västmanland / Fagersta kommun", "Sida 1 av 1")
    rule("=")
    two("Patient/brukare: B.", "Personnummer: ÅÅMMDD-XXXX")
    two("Planens status: Fastställd", "Upprättad: 2024-11-05")
    two("Mötesform: Videomöte", "Plantyp: SIP vid utskrivning")
    two("Ansvarig enhet: -", "Version: 1")
    rule("=")
    L.append("")
    field("BAKGRUND:",
          "B. är 79 år och föll i hemmet 2024-10-28. Höftfraktur vänster sida, "
          "opererad med halvprotes på Västmanlands sjukhus Västerås 2024-10-29. "
          "Vårdas på Ortopedavdelning 2, beräknas utskrivningsklar 2024-11-08. "
          "Bor ensam i radhus i Fagersta med sovrum och badrum med dusch på "
          "övervåningen, toalett finns på bottenvåningen. Inga insatser från "
          "kommunen före fallet. Diabetes typ 2 (tablettbehandlad), "
          "hypertoni. Går med rollator inomhus, klarar inte trappan. Behöver "
          "hjälp av en person vid dusch och vid på- och avklädning av nedre "
          "kroppshalvan. Viss trötthet och nedsatt aptit efter operationen.")
    field("SYFTE:", "Samordning inför utskrivning.")
    field("FRÅGESTÄLLNINGAR:", "")
    field("PATIENTENS MÅL:", "")
    field("SAMTYCKE:",
          "Muntligt samtycke till SIP och till informationsöverföring mellan "
          "region och kommun lämnat av patienten 2024-11-04 till sjuksköterska "
          "på Ortopedavdelning 2.")
    field("DELTAGARE:",
          "Sjuksköterska, Ortopedavdelning 2, Västmanlands sjukhus Västerås\n"
          "Fysioterapeut, Ortopedavdelning 2, Västmanlands sjukhus Västerås\n"
          "Biståndshandläggare, Äldreomsorgen, Fagersta kommun\n"
          "Arbetsterapeut, Kommunrehab Fagersta\n"
          "Distriktssköterska, Vårdcentralen Fagersta")
    L.append("ÅTGÄRDER:")
    cw = [29, 27, 11, 11]
    hdr = ["ÅTGÄRD", "UTFÖRARE", "FROM", "TOM"]

    def trow(cols):
        wrapped = [textwrap.wrap(c, cw[i] - 1, break_long_words=False)
                   or [""] for i, c in enumerate(cols)]
        n = max(len(w) for w in wrapped)
        for k in range(n):
            parts = []
            for i, w in enumerate(wrapped):
                s = w[k] if k < len(w) else ""
                parts.append(s.ljust(cw[i]))
            L.append("".join(parts).rstrip())

    trow(hdr)
    L.append("-" * W)
    actions = [
        ("Hemtjänst morgon och kväll: hjälp med dusch, på- och avklädning "
         "samt tillsyn vid måltid",
         "Hemtjänst Fagersta centrum", "2024-11-08", "2024-12-31"),
        ("Säng flyttas till vardagsrummet, förhöjd toalettsits och "
         "duschpall",
         "Kommunrehab Fagersta, arbetsterapeut", "2024-11-07", "2024-11-08"),
        ("Hemrehabilitering: gångträning och trappträning 2 ggr/vecka",
         "Kommunrehab Fagersta, fysioterapeut", "2024-11-11", "2024-12-20"),
        ("Trygghetslarm", "Äldreomsorgen Fagersta, biståndshandläggare",
         "2024-11-08", "tills vidare"),
        ("Aktuell läkemedelslista och recept på smärtlindring skickas med "
         "vid utskrivning",
         "Ortopedavdelning 2, läkare", "2024-11-08", "2024-11-08"),
        ("Agrafftagning och kontroll av operationssår",
         "Vårdcentralen Fagersta, distriktssköterska", "2024-11-12",
         "2024-11-12"),
        ("Kontroll av blodsocker och vikt p.g.a. nedsatt aptit",
         "Vårdcentralen Fagersta, distriktssköterska", "2024-11-19",
         "2024-12-17"),
        ("Återbesök med röntgen", "Ortopedmottagningen Västerås",
         "2025-01-14", "2025-01-14"),
    ]
    for a in actions:
        trow(list(a))
        L.append("")
    L.append("UPPFÖLJNING:")
    L.append("  Uppföljning planeras v. 49.")
    L.append("")
    L.append("ÖVRIGT:")
    L.append("  Patienten deltog ej.")
    L.append("")
    rule("=")
    L.append("Dokumenterat av: Sjuksköterska, Ortopedavdelning 2, "
             "2024-11-05 14:32")
    L.append("Signerat: 2024-11-05 15:02")
    rule("=")

    text = "\n".join(L) + "\n"
    for ln in text.split("\n"):
        assert len(ln) <= W, (len(ln), ln)
    out = os.path.join(PLANS, f"{PREFIX}-05.txt")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    return out


# ------------------------------------------------------------ plan 06
def plan06():
    """Not a plan: meeting notice (Kallelse till SIP-möte), Köping."""
    doc = new_doc("Calibri", 11)
    sec = doc.sections[0]
    header_footer(sec, "Köpings kommun · Socialförvaltningen · LSS-enheten",
                  "2025-03-14")
    para(doc, "Kallelse till SIP-möte", bold=True, size=18, space_after=10)
    para(doc, "Till R. och berörda verksamheter", bold=True, space_after=8)
    para(doc,
         "Du kallas till ett möte om samordnad individuell plan (SIP) för R. "
         "R. har själv sagt ja till att mötet hålls och att de som bjuds in "
         "får delta.")
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([
            ("Datum och tid", "Torsdag 2025-04-03, kl. 13.30–15.00"),
            ("Plats", "Socialkontoret i Köping, mötesrum Mälaren. Anmäl dig i "
                      "receptionen."),
            ("Möjlighet att delta digitalt", "Ja, länk till Teams skickas till "
                                             "den som meddelar det i förväg.")]):
        set_cell(t.rows[i].cells[0], k, bold=True)
        set_cell(t.rows[i].cells[1], v)
        shade(t.rows[i].cells[0], "EDEDED")
    col_widths(t, [5.0, 11.6])
    para(doc, "")
    para(doc, "Inbjudna", bold=True, space_after=3)
    for b in ["R.", "Mamma till R. (om R. vill)",
              "LSS-handläggare, Köpings kommun",
              "Sjuksköterska, Vuxenpsykiatrin Köping",
              "Arbetsterapeut, Vuxenhabiliteringen Västerås",
              "Handläggare, Arbetsförmedlingen",
              "Personal från Daglig verksamhet Köping"]:
        p = doc.add_paragraph(b, style="List Bullet")
        p.paragraph_format.space_after = Pt(1)
    para(doc, "")
    para(doc, "Dagordning", bold=True, space_after=3)
    for i, b in enumerate([
            "Välkomna och presentation",
            "Varför vi träffas – R. berättar hur han har det just nu",
            "Vilket stöd R. har i dag från respektive verksamhet",
            "Vad R. vill ha hjälp med framåt",
            "Vem gör vad och när",
            "Vem som ska ha huvudansvaret för planen",
            "Tid för uppföljning"], start=1):
        p = doc.add_paragraph(f"{i}. {b}")
        p.paragraph_format.left_indent = Cm(0.6)
        p.paragraph_format.space_after = Pt(1)
    para(doc, "")
    para(doc,
         "Fundera gärna på vilka frågor du vill ta upp och ta med dem till "
         "mötet. Du får gärna skriva ner dem i förväg. Du kan ta med dig en "
         "person som du litar på.")
    para(doc,
         "Om du inte kan komma, meddela LSS-handläggaren via växeln så snart "
         "som möjligt så att vi kan boka en ny tid.")
    para(doc, "")
    para(doc, "Välkommen!", space_after=2)
    para(doc, "Karin", space_after=0)
    para(doc, "LSS-handläggare, Köpings kommun", space_after=0)
    para(doc, "Nås via kommunens växel", space_after=0)
    path = os.path.join(PLANS, f"{PREFIX}-06.docx")
    save_docx(doc, path)
    return path


# ------------------------------------------------------------ plan 07
def plan07():
    """Follow-up plan, Arboga: many 'Se tidigare plan'/'Oförändrat', status
    per earlier action, two new actions, next follow-up."""
    doc = new_doc("Calibri", 10.5)
    sec = doc.sections[0]
    header_footer(sec, "Arboga kommun · Region Västmanland",
                  "SIP – uppföljning",
                  "Gemensam SIP-blankett kommun–region, Västmanland.")
    para(doc, "Samordnad individuell plan – UPPFÖLJNING", bold=True, size=16,
         space_after=8)

    def kv_table(rows, widths=(5.0, 11.6)):
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for k, v in rows:
            r = t.add_row()
            set_cell(r.cells[0], k, bold=True, size=10)
            shade(r.cells[0], "E8EEF4")
            set_cell(r.cells[1], v, size=10.5)
        col_widths(t, list(widths))
        return t

    kv_table([
        ("Namn", "E."),
        ("Personnummer", "ÅÅMMDD-XXXX"),
        ("Datum för uppföljning", "2025-01-28"),
        ("Plats", "Nybyskolan, Arboga, elevhälsans rum"),
        ("Tidigare plan upprättad", "2024-09-17"),
        ("Deltagare", "Jenny (mamma), Lars, Fatima, Ingrid, Oskar"),
    ])
    para(doc, "")
    kv_table([
        ("Syfte med SIP", "Se tidigare plan"),
        ("Frågeställningar inför mötet",
         "Kan E. börja en stegvis återgång till skolan efter att ha varit "
         "hemma nästan hela december?\n"
         "Behöver KBT-behandlingen på BUP förlängas efter de tolv planerade "
         "samtalen?\n"
         "Hur får E. skoluppgifter de dagar hon inte klarar att komma?"),
        ("Den enskildes mål", "Oförändrat"),
        ("Samtycke", "Se tidigare plan"),
        ("Den enskildes delaktighet",
         "E. deltog inte i mötet. Mamma berättade att E. tycker att samtalen "
         "på BUP hjälper och att hon vill börja i skolan igen, men inte i den "
         "stora klassen till att börja med."),
    ])
    para(doc, "")
    para(doc, "Status för insatser i tidigare plan", bold=True, size=12,
         space_after=3)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, hd in enumerate(["Insats", "Ansvarig", "Status", "Kommentar"]):
        set_cell(t.rows[0].cells[i], hd, bold=True, size=10)
        shade(t.rows[0].cells[i], "C9D7E6")
    repeat_header(t.rows[0])
    for r in [
        ("KBT-behandling för ångest, 12 samtal", "BUP Köping, psykolog",
         "Pågår", "8 av 12 samtal genomförda."),
        ("Anpassad studiegång med skolstart kl. 10", "Nybyskolan, rektor",
         "Genomförd", "Beslut fattat 2024-10-01."),
        ("Samtal med E. och mamma varannan vecka",
         "Familjeenheten Arboga, familjebehandlare", "Pågår",
         "Fungerar bra enligt mamma."),
        ("Hembesök av mentor en gång i veckan", "Nybyskolan, mentor",
         "Ej påbörjad", "Mentorn sjukskriven okt–dec. Ny mentor från januari."),
        ("Kontakt med skolsköterska om sömnsvårigheter",
         "Elevhälsan Nybyskolan, skolsköterska", "Genomförd",
         "Sömnen bättre efter råd om rutiner."),
    ]:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            set_cell(cells[i], v, size=10)
    col_widths(t, [4.6, 4.2, 2.7, 5.1])
    para(doc, "")
    para(doc, "Nya insatser", bold=True, size=12, space_after=3)
    n = doc.add_table(rows=1, cols=4)
    n.style = "Table Grid"
    for i, hd in enumerate(["Insats", "Ansvarig", "Start", "Slut"]):
        set_cell(n.rows[0].cells[i], hd, bold=True, size=10)
        shade(n.rows[0].cells[i], "C9D7E6")
    repeat_header(n.rows[0])
    for r in [
        ("Stegvis återgång: E. är i skolan måndag och onsdag kl. 10–12 i "
         "studierummet tillsammans med resursperson. Utökas till tre dagar "
         "efter två veckor om det fungerar.",
         "Nybyskolan, mentor och resursperson", "2025-02-03", "2025-03-28"),
        ("Bedömning av behov av neuropsykiatrisk utredning.",
         "BUP Köping, läkare", "När plats finns", ""),
    ]:
        cells = n.add_row().cells
        for i, v in enumerate(r):
            set_cell(cells[i], v, size=10)
    col_widths(n, [7.2, 4.0, 2.7, 2.7])
    para(doc, "")
    kv_table([
        ("Huvudansvar", "Oförändrat"),
        ("Andra aktörer", "Oförändrat"),
        ("Nästa uppföljning", "2025-04-22 kl. 14.00, Nybyskolan"),
    ])
    path = os.path.join(PLANS, f"{PREFIX}-07.docx")
    save_docx(doc, path)
    return path


# ------------------------------------------------------------ plan 08
def plan08():
    """Psychiatric outpatient clinic, prose under question headings, Köping."""
    md = """# Samordnad individuell plan för S.

Vuxenpsykiatrin Köping, allmänpsykiatrisk mottagning
Möte på mottagningen 2025-05-20

## Varför träffas vi?

S. är 41 år och har haft återkommande depressioner sedan tjugoårsåldern, och de senaste två åren också en svår social ångest som gör att hon sällan lämnar lägenheten. Hon har varit sjukskriven på heltid sedan mars 2024 och får ekonomiskt bistånd som komplement till sjukpenningen. Hon har kontakt med oss på mottagningen, med socialtjänsten i Köping, med Försäkringskassan och med Arbetsförmedlingen, och har själv sagt att hon inte längre vet vem hon ska vända sig till när något händer.

Vi träffas för att få ihop de olika kontakterna till en gemensam plan, så att S. inte behöver berätta samma sak för alla och så att hon vet vem som gör vad.

S. var med på mötet. Hon sa att hon vill att mötena ska vara här på mottagningen, där hon känner sig trygg, och att hon vill få kallelser per brev och inte bli uppringd. S. har gett sitt samtycke till att vi samverkar.

## Vad ska hända?

S. fortsätter sin kontakt med mottagningen. Socialtjänsten fortsätter med stödet som tidigare, och vi ser tillsammans över om S. behöver mer stöd i vardagen. Kontakten med Försäkringskassan och Arbetsförmedlingen fortsätter.

## Vem gör vad?

Mottagningen, genom Maria som är sjuksköterska och S:s samtalskontakt, fortsätter att träffa S. regelbundet. Läkaren på mottagningen följer upp medicineringen vid behov. Socialtjänsten i Köping står för stödet från kommunens sida. S. har själv kontakt med sin handläggare på Försäkringskassan och med Arbetsförmedlingen.

## Vem håller ihop det hela?

Det hann vi inte bestämma på det här mötet. Vi tar upp det nästa gång.

## När ses vi igen?

Vi ses igen efter sommaren, troligen i slutet av augusti. Maria skickar kallelse per brev till S. och till de andra.

---

*Antecknat av Maria, sjuksköterska, 2025-05-21.*
"""
    out = os.path.join(PLANS, f"{PREFIX}-08.md")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write(md)
    return out


def main():
    os.makedirs(PLANS, exist_ok=True)
    for fn in (plan01, plan02, plan03, plan04, plan05, plan06, plan07, plan08):
        print(fn())


if __name__ == "__main__":
    main()
