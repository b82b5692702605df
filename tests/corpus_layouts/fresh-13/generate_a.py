#!/usr/bin/env python3
"""Generate batch fresh-13a: eight fictional, anonymized Swedish SIP plans.

Run with a Python that has python-docx and fpdf2 (and LibreOffice on PATH): python generate_a.py
Writes plans/f13a-01 ... f13a-08. Deterministic (fixed dates, no randomness);
PDFs printed through LibreOffice carry LibreOffice's own creation stamp.
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
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
PLANS = os.path.join(HERE, "plans")
BUILD = os.path.join(HERE, "build")
PREFIX = "f13a"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIXED = dt.datetime(2025, 3, 14, 9, 0, 0)


def normalize_zip(path):
    """Rewrite a .docx with fixed zip timestamps so reruns give identical bytes."""
    import zipfile
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 14, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def out(n, ext):
    return os.path.join(PLANS, f"{PREFIX}-{n:02d}.{ext}")


# ---------------------------------------------------------------- docx helpers
def fix_core(doc, author, title):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>')
    tcPr.append(shd)


def set_col_width(table, idx, width):
    for row in table.rows:
        row.cells[idx].width = width


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def add_placeholder_sdt(paragraph, text="Klicka eller tryck här för att ange text."):
    """Inline plain-text content control showing its placeholder (i.e. empty)."""
    sdt = parse_xml(
        f'<w:sdt {nsdecls("w")}>'
        '<w:sdtPr><w:rPr><w:color w:val="808080"/></w:rPr>'
        '<w:showingPlcHdr/><w:text/></w:sdtPr>'
        '<w:sdtContent><w:r><w:rPr><w:color w:val="808080"/></w:rPr>'
        f'<w:t xml:space="preserve">{text}</w:t></w:r></w:sdtContent></w:sdt>'
    )
    paragraph._p.append(sdt)


def add_field(paragraph, instr, placeholder="1"):
    fld = parse_xml(
        f'<w:fldSimple {nsdecls("w")} w:instr="{instr}"><w:r><w:t>{placeholder}</w:t></w:r></w:fldSimple>'
    )
    paragraph._p.append(fld)


def cell_text(cell, text, bold=False, size=None, italic=False):
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    return p


def cell_lines(cell, lines, size=None):
    first = True
    for ln in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        r = p.add_run(ln)
        if size:
            r.font.size = Pt(size)


def base_font(doc, name="Calibri", size=11):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), name)


def soffice_pdf(docx_path, n):
    os.makedirs(BUILD, exist_ok=True)
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file:///tmp/lo-{PREFIX}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            BUILD,
            docx_path,
        ],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        timeout=240,
    )
    produced = os.path.join(BUILD, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
    shutil.move(produced, out(n, "pdf"))


# =========================================================== 01 county template
def plan01():
    doc = Document()
    base_font(doc, "Arial", 10)
    fix_core(doc, "Vuxenpsykiatrin Köping", "SIP – länsgemensam mall")
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Region Västmanland  |  Länets kommuner\tSAMORDNAD INDIVIDUELL PLAN (SIP)"
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    r = fp.add_run("Länsgemensam SIP-mall, version 2023:2. Sidan ")
    r.font.size = Pt(8)
    add_field(fp, "PAGE")
    r = fp.add_run(" av ")
    r.font.size = Pt(8)
    add_field(fp, "NUMPAGES", "2")

    t = doc.add_paragraph()
    r = t.add_run("Samordnad individuell plan – SIP")
    r.bold = True
    r.font.size = Pt(16)
    t2 = doc.add_paragraph()
    r = t2.add_run("Enligt 2 kap. 7 § SoL och 16 kap. 4 § HSL. Mallen fylls i av sammankallande och "
                   "lämnas till den enskilde och samtliga deltagare.")
    r.italic = True
    r.font.size = Pt(8)

    rows = []  # (kind, label, value)
    rows.append(("sec", "A. Uppgifter om den enskilde", None))
    rows.append(("row", "Namn", "K."))
    rows.append(("row", "Personnummer", "ÅÅMMDD-XXXX"))
    rows.append(("row", "Boende", "Stödboende inom socialpsykiatrin, Köpings kommun (egen lägenhet med "
                                  "personal i huset dygnet runt)."))
    rows.append(("sec", "B. Mötet", None))
    rows.append(("row", "Datum för SIP-mötet", "2025-03-12, kl. 09.30–11.00"))
    rows.append(("row", "Plats", "Vuxenpsykiatrin Köping, mottagningens konferensrum"))
    rows.append(("consent", "Samtycke till SIP", None))
    rows.append(("lines", "Deltagare\n(namn, funktion, verksamhet)", [
        "K., den enskilde",
        "Sara, sjuksköterska/fast vårdkontakt, Vuxenpsykiatrin Köping",
        "Lena, överläkare, Vuxenpsykiatrin Köping",
        "Mikael, stödpedagog, Stödboendet, socialpsykiatrin Köpings kommun",
        "Ahmed, biståndshandläggare, Vuxenenheten IFO, Köpings kommun",
        "Emma, distriktssköterska (diabetesmottagningen), Vårdcentralen Köping",
    ]))
    rows.append(("sec", "C. Bakgrund, syfte och frågeställningar", None))
    rows.append(("row", "Bakgrund/nuläge",
                 "K. är 41 år och har en paranoid schizofreni sedan drygt 20 år. Han bor sedan 2022 i "
                 "stödboende. Under hösten 2024 vårdades han inneliggande två gånger (september och november) "
                 "efter att ha slutat ta sin medicin. Han har också diabetes typ 2 som inte har följts upp på "
                 "över ett år. Personalen på boendet beskriver att K. periodvis stänger in sig i lägenheten, "
                 "äter mest färdigrätter och godis och har svårt att passa tider, vilket gjort att han missat "
                 "flera depåinjektioner."))
    rows.append(("row", "Syfte med SIP",
                 "Syftet är att vuxenpsykiatrin, stödboendet och vårdcentralen tillsammans ska se till att K. "
                 "får sin depåinjektion regelbundet så att han slipper fler inläggningar, och att hans "
                 "diabetes kommer under kontroll igen."))
    rows.append(("row", "Frågeställningar inför mötet", "Allmän genomgång av nuläget."))
    rows.append(("sec", "D. Den enskildes mål och delaktighet", None))
    rows.append(("sdt", "Mina mål (den enskilde med egna ord)", None))
    rows.append(("row", "Den enskildes delaktighet",
                 "K. deltog under första halvan av mötet och gick sedan tillbaka till boendet tillsammans "
                 "med Mikael."))
    rows.append(("sec", "E. Insatser", None))
    rows.append(("nested", "Insatser\n(vad, vem, när)", None))
    rows.append(("row", "Andra aktörers insatser\n(t.ex. FK, AF, god man, anhöriga)", "K. har god man."))
    rows.append(("sec", "F. Ansvar och uppföljning", None))
    rows.append(("sdt", "Huvudansvarig för planen\n(namn, funktion, verksamhet)", None))
    rows.append(("row_grey", "Datum för uppföljning", "ÅÅÅÅ-MM-DD"))
    rows.append(("sdt", "Plats/form för uppföljning", None))
    rows.append(("sec", "G. Upprättande", None))
    rows.append(("row", "Planen upprättad av", "Sara, sjuksköterska, Vuxenpsykiatrin Köping, 2025-03-13"))
    rows.append(("row", "Planen skickas till", "☒ Den enskilde   ☒ Deltagarna   ☐ God man   ☐ Annan: ……"))

    table = doc.add_table(rows=len(rows), cols=2)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, (kind, label, value) in enumerate(rows):
        row = table.rows[i]
        a, b = row.cells
        if kind == "sec":
            m = a.merge(b)
            cell_text(m, label, bold=True, size=10)
            shade(m, "C6D9F1")
            continue
        cell_text(a, label, bold=True, size=9)
        shade(a, "F2F2F2")
        if kind == "row":
            cell_text(b, value)
        elif kind == "row_grey":
            p = cell_text(b, value)
            p.runs[0].font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        elif kind == "lines":
            cell_lines(b, value)
        elif kind == "sdt":
            add_placeholder_sdt(b.paragraphs[0])
        elif kind == "consent":
            p = b.paragraphs[0]
            p.add_run("☒ Ja   ☐ Nej")
            p2 = b.add_paragraph()
            p2.add_run("Form: ☐ Muntligt   ☐ Skriftligt (blankett)     Datum: ")
            add_placeholder_sdt(p2, "Ange datum.")
        elif kind == "nested":
            b.paragraphs[0].add_run("Insatserna nedan beslutades på mötet.").italic = True
            items = [
                ("Insats", "Ansvarig (verksamhet/funktion)", "När"),
                ("Depåinjektion var fjärde vecka på mottagningen",
                 "Sjuksköterska, Vuxenpsykiatrin Köping", "Nästa 2025-03-26, sedan var 4:e vecka"),
                ("Påminnelse dagen före och följe till mottagningen vid varje injektion",
                 "Stödpedagog/personal, Stödboendet Köping", "Inför varje injektionstillfälle"),
                ("Årskontroll diabetes med HbA1c, fotundersökning och kostråd",
                 "Distriktssköterska, Vårdcentralen Köping", ""),
                ("Stöd vid inköp och matlagning, två kvällar i veckan",
                 "Personal, Stödboendet Köping", "Tisdagar och fredagar fr.o.m. 2025-03-18"),
                ("Läkarbesök för att se över medicineringen (biverkningar, vikt)",
                 "Överläkare, Vuxenpsykiatrin Köping", "Vecka 16"),
            ]
            nt = b.add_table(rows=len(items), cols=3)
            nt.style = "Table Grid"
            for ri, vals in enumerate(items):
                for ci, v in enumerate(vals):
                    c = nt.rows[ri].cells[ci]
                    cell_text(c, v, bold=(ri == 0), size=8.5)
                    if ri == 0:
                        shade(c, "E7E6E6")
            b.add_paragraph("")
    set_col_width(table, 0, Cm(5.2))
    set_col_width(table, 1, Cm(11.8))
    doc.save(out(1, "docx"))


# =========================================================== 02 home-care print
def plan02():
    doc = Document()
    base_font(doc, "Liberation Sans", 9.5)
    fix_core(doc, "VOMS", "Genomförandeplan/SIP")
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin = Cm(2.0)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("VOMS Vård och omsorg – Hallstahammars kommun     Utskrift 2025-02-12 09:14     Sida ")
    r.font.size = Pt(7.5)
    add_field(hp, "PAGE")
    r = hp.add_run(" (")
    r.font.size = Pt(7.5)
    add_field(hp, "NUMPAGES", "2")
    r = hp.add_run(")")
    r.font.size = Pt(7.5)
    fp = sec.footer.paragraphs[0]
    r = fp.add_run("Utskriften innehåller uppgifter som omfattas av sekretess (26 kap. OSL). Utskriven av: hanund01")
    r.font.size = Pt(7)

    h = doc.add_paragraph()
    r = h.add_run("Genomförandeplan/SIP")
    r.bold = True
    r.font.size = Pt(15)
    sub = doc.add_paragraph()
    r = sub.add_run("Dokumenttyp: Genomförandeplan med samordnad individuell plan   Status: Signerad")
    r.font.size = Pt(8)

    def box(title, content_lines, fill="DDDDDD"):
        t = doc.add_table(rows=2, cols=1)
        t.style = "Table Grid"
        cell_text(t.rows[0].cells[0], title, bold=True, size=9)
        shade(t.rows[0].cells[0], fill)
        c = t.rows[1].cells[0]
        first = True
        for ln in content_lines:
            p = c.paragraphs[0] if first else c.add_paragraph()
            first = False
            if isinstance(ln, tuple):  # (bold prefix, rest)
                rb = p.add_run(ln[0])
                rb.bold = True
                p.add_run(ln[1])
            else:
                p.add_run(ln)
        doc.add_paragraph().paragraph_format.space_after = Pt(0)

    box("Brukare", [
        ("Namn: ", "Gunnel"), ("Personnummer: ", "ÅÅMMDD-XXXX"),
        ("Utförare: ", "Hemtjänst Hallstahammar centrum"),
        ("Kontaktperson hemtjänst: ", "Hanna, undersköterska"),
    ])
    box("Planeringstillfälle", [
        ("Datum: ", "2025-02-11 kl. 13.30"), ("Plats: ", "I brukarens hem"),
        ("Typ av plan: ", "☒ SIP   ☐ Genomförandeplan enbart hemtjänst"),
    ])
    box("Närvarande", [
        "Gunnel, brukare",
        "Anita, dotter",
        "Eva, biståndshandläggare, Äldreomsorgen, Hallstahammars kommun",
        "Hanna, undersköterska/kontaktperson, Hemtjänst Hallstahammar centrum",
        "Kristina, distriktssköterska, Vårdcentralen Hallstahammar",
        "Peter, arbetsterapeut, Rehabenheten, Hallstahammars kommun",
    ])
    box("Samtycke", [
        "Gunnel gav muntligt samtycke vid mötet 2025-02-11 till att hemtjänsten, vårdcentralen och "
        "kommunens rehab utbyter information och planerar tillsammans. Dottern Anita var med när "
        "samtycket lämnades."
    ])
    box("Syfte", ["Samordnad vårdplanering."])
    box("Bakgrund", [
        "Gunnel är 86 år och bor ensam i lägenhet. Alzheimers sjukdom diagnostiserad 2023. Hon har fallit två "
        "gånger i december, glömmer att äta och har gått ner 4 kg sedan i höstas. Hemsjukvård sedan januari "
        "för läkemedelshantering. Dottern bor i Västerås och kommer en dag i veckan."
    ])
    box("Brukarens delaktighet", ["Gunnel deltog i mötet i sitt hem."])
    box("Mål för insatserna", [
        "Gunnel ska kunna bo kvar i sin lägenhet med tryggt stöd, äta regelbundet och få sina läkemedel "
        "vid rätt tid."
    ])
    box("Insatser per veckodag (utförare inom parentes)", [
        ("Måndag: ", "07.30 morgonhjälp – påklädning, frukost (Hemtjänst Hallstahammar centrum). "
                     "11.30 lunch, matlåda värms och serveras (Hemtjänst Hallstahammar centrum)."),
        ("Tisdag: ", "09.30–15.00 dagverksamhet Vallmon för personer med demenssjukdom, resa med "
                     "färdtjänst (Dagverksamheten, Vård och omsorg, Hallstahammars kommun)."),
        ("Onsdag: ", "09.00 dusch och hårtvätt, byte av sänglinne (Hemtjänst Hallstahammar centrum)."),
        ("Torsdag: ", "09.30–15.00 dagverksamhet Vallmon (Dagverksamheten, Hallstahammars kommun)."),
        ("Fredag: ", "13.00 jämna veckor: hembesök av distriktssköterska – blodtryck, vikt och "
                     "sårkontroll på vänster underben (Vårdcentralen Hallstahammar)."),
        ("Lördag: ", "eftermiddag: dottern Anita handlar inför veckan och fyller på kylskåpet (Anita, dotter)."),
        ("Söndag: ", "morgon-, lunch- och kvällsbesök som övriga dagar (Hemtjänst Hallstahammar centrum)."),
        ("Alla dagar: ", "kl. 08, 12 och 19.30 läkemedel ur dosrulle enligt delegering (Hemtjänst, "
                         "delegering från sjuksköterska i Hemsjukvården Hallstahammar). Trygghetslarm "
                         "dygnet runt (Larm- och nattpatrullen, Hallstahammars kommun)."),
    ])
    box("Övriga insatser", [
        "Hembesök för bedömning av hjälpmedel (rollator inomhus, spisvakt) 2025-02-20 – Peter, "
        "arbetsterapeut, Rehabenheten Hallstahammars kommun.",
        "God man (Lars) betalar Gunnels räkningar och sköter kontakten med banken, varje månad kring den 25:e.",
    ])
    box("Huvudansvarig för SIP", ["Eva, biståndshandläggare, Äldreomsorgen, Hallstahammars kommun"])
    box("Uppföljning", [
        "Planen följs upp efter ca tre månader (maj 2025). Kontaktpersonen i hemtjänsten kallar till mötet."
    ])
    box("Signering", ["Dokumenterad av Hanna, undersköterska, 2025-02-11 15:02. Signerad 2025-02-11 15:05."],
        fill="EEEEEE")
    os.makedirs(BUILD, exist_ok=True)
    path = os.path.join(BUILD, f"{PREFIX}-02.docx")
    doc.save(path)
    soffice_pdf(path, 2)


# =========================================================== 03 child plan
class ChildPDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 9)
        self.set_text_color(110, 110, 110)
        self.cell(0, 6, "Min SIP – barnversion   ·   Sala kommun och Region Västmanland", align="L")
        self.ln(12)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-15)
        self.set_font("DejaVu", "", 9)
        self.set_text_color(110, 110, 110)
        self.cell(0, 8, f"Sida {self.page_no()} ({{nb}})", align="C")


def plan03():
    pdf = ChildPDF("P", "mm", "A4")
    pdf.set_creation_date(dt.datetime(2025, 3, 6, 10, 0, tzinfo=dt.timezone.utc))
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_auto_page_break(True, 20)
    pdf.set_margins(22, 15, 22)

    def title(txt, rgb):
        pdf.set_fill_color(*rgb)
        pdf.set_font("DejaVu", "B", 30)
        pdf.cell(0, 20, txt, fill=True, align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(10)

    def para(txt, size=19):
        pdf.set_font("DejaVu", "", size)
        pdf.multi_cell(0, 10, txt, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(5)

    def bullets(items, size=19):
        pdf.set_font("DejaVu", "", size)
        for it in items:
            pdf.cell(10, 10, "•")
            pdf.multi_cell(0, 10, it, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)

    # cover
    pdf.add_page()
    pdf.ln(20)
    pdf.set_font("DejaVu", "B", 40)
    pdf.cell(0, 22, "Min plan", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 24)
    pdf.cell(0, 14, "Noah, 8 år", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    # a small sun drawing
    pdf.set_fill_color(255, 214, 64)
    pdf.ellipse(90, 105, 30, 30, style="F")
    pdf.set_draw_color(255, 180, 0)
    pdf.set_line_width(1.5)
    for x1, y1, x2, y2 in [(105, 95, 105, 100), (105, 140, 105, 145), (80, 120, 85, 120),
                           (125, 120, 130, 120), (88, 103, 92, 107), (118, 133, 122, 137),
                           (122, 103, 118, 107), (92, 133, 88, 137)]:
        pdf.line(x1, y1, x2, y2)
    pdf.set_y(160)
    para("Mötet var den 4 mars 2025 i skolan.", 18)
    para("De som var med på mötet: jag, mamma, pappa, Lena, Ahmed och Sara.", 18)

    pdf.add_page()
    title("Om mig", (186, 225, 255))
    para("Jag heter Noah. Jag är 8 år och går i tvåan på Kungsskolan i Sala.")
    para("Jag bor med mamma, pappa och min lillasyster Elsa. Vi har en hund som heter Sixten.")
    para("Jag gillar Minecraft, att cykla och att bygga lego. Jag är bra på att springa fort och "
         "på att rita drakar.")

    pdf.add_page()
    title("Det här är svårt", (255, 205, 205))
    bullets([
        "Att sitta still och lyssna när fröken pratar länge.",
        "När det låter mycket i matsalen.",
        "När jag blir arg och inte kan sluta.",
        "Att somna på kvällen.",
        "Rasterna, för då vet jag inte vem jag ska vara med.",
    ])

    pdf.add_page()
    title("Det här vill jag", (200, 240, 200))
    bullets([
        "Jag vill ha en kompis att vara med på rasten.",
        "Jag vill inte bli så arg så att jag slår.",
        "Jag vill kunna läsa en hel bok själv.",
    ])
    para("Jag var med på mötet med mamma och pappa. Jag berättade själv om det här, och jag ritade "
         "medan de vuxna pratade.", 17)

    pdf.add_page()
    title("Så här hjälper de vuxna mig", (255, 236, 179))
    rows = [
        ("Skolan", "Lena och de andra i skolan hjälper mig när det blir jobbigt på lektionerna."),
        ("BUP", "Ahmed fortsätter att träffa mig och mamma och pappa."),
        ("Socialtjänsten", "Sara stöttar vår familj när vi behöver det."),
        ("Mamma och pappa", "De hjälper mig hemma, varje dag."),
    ]
    for who, what in rows:
        pdf.set_font("DejaVu", "B", 20)
        pdf.cell(0, 11, who, new_x="LMARGIN", new_y="NEXT")
        para(what)

    pdf.add_page()
    title("Vi ses igen", (225, 205, 255))
    para("Vi ses igen tisdag den 13 maj 2025 klockan 14.00 i skolans konferensrum.")
    para("Då kommer alla som var med i dag igen.")
    pdf.output(out(3, "pdf"))


# =========================================================== 04 minutes
def plan04():
    doc = Document()
    base_font(doc, "Calibri", 11)
    fix_core(doc, "Petra", "Minnesanteckningar SIP E.")
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Ekbackeskolan, Arboga – Elevhälsan"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(9)
        r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)

    p = doc.add_paragraph()
    r = p.add_run("Minnesanteckningar SIP-möte gällande E. (åk 9)")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph("Torsdag 9 januari 2025, kl. 13.00–14.30, Ekbackeskolan, grupprummet vid expeditionen")
    p = doc.add_paragraph()
    p.add_run("Närvarande: ").bold = True
    p.add_run("E., Karin (mamma), Jonas, Petra, Sofie, Amir")
    p = doc.add_paragraph()
    p.add_run("Antecknat av: ").bold = True
    p.add_run("Petra")

    def bold_par(t):
        q = doc.add_paragraph()
        q.paragraph_format.space_before = Pt(8)
        q.add_run(t).bold = True

    bold_par("Varför vi träffades")
    doc.add_paragraph(
        "E. går i nian och frånvaron har ökat sedan förra våren; under höstterminen var den 62 %, "
        "största delen ogiltig. Skolan gjorde en orosanmälan i oktober. Under utredningen har E. berättat "
        "att hon röker cannabis flera gånger i veckan, oftast med äldre kompisar på kvällar och helger, "
        "och hon har sedan november kontakt med regionens beroendeteam för unga. Syftet med mötet var att "
        "skolan, socialtjänsten och beroendeteamet ska komma överens om hur E. ska få en skolgång som "
        "fungerar igen och hur stödet kring droganvändningen ska hänga ihop med skolan, så att hon kan "
        "få godkända betyg i vår.")
    doc.add_paragraph(
        "Frågor vi ville ha svar på idag: Kan E. börja senare på morgonen utan att det räknas som "
        "ogiltig frånvaro? Vem tar drogtesterna, och hur får Karin veta resultatet?")
    bold_par("E:s och mammas syn")
    doc.add_paragraph(
        "E. berättade att hon känner sig utpekad i klassen och att morgnarna är värst eftersom hon "
        "inte kan sova på nätterna. Hon vill inte byta skola. Hon tycker att det är okej att lämna "
        "urinprov så länge det inte sker på skolan. E. vill klara nian och komma in på frisörprogrammet "
        "i höst.")
    doc.add_paragraph(
        "Karin är orolig för att E. ska dras med mer i umgänget. Hon har svårt att få upp E. på "
        "morgnarna och vill ha besked samma dag när E. inte kommer till skolan.")
    bold_par("Övrigt")
    doc.add_paragraph("Samtycke har E. och Karin lämnat sedan tidigare.")
    doc.add_paragraph("Socialtjänsten i Arboga har huvudansvaret för planen.")
    doc.add_paragraph("Nästa möte efter sportlovet (v. 10). Sofie skickar kallelse.")

    bold_par("Det här kom vi överens om")
    items = [
        ("Vad", "Vem", "Klart senast"),
        ("Anpassat schema med start kl. 9.40 mån–fre och studieplan i ma, sv och en",
         "Mentor, Ekbackeskolan", "2025-01-20"),
        ("Sms till Karin senast kl. 10 samma dag vid ogiltig frånvaro", "Skolan", "2025-01-13"),
        ("MI-samtal varannan vecka och urinprov vid varje besök; svaren lämnas till E. och Karin",
         "Behandlare, Beroendeteamet för unga, Region Västmanland", "2025-01-16 (första samtalet)"),
        ("Utreda behov av öppenvårdsinsats eller kontaktperson enligt SoL",
         "Socialsekreterare, IFO Barn och unga, Arboga kommun", ""),
        ("Väcka E. kl. 7.00 och följa henne till bussen", "Karin (mamma)", "2025-01-13"),
        ("Komma till skolan minst fyra dagar i veckan", "E.", "Från 2025-01-13"),
    ]
    t = doc.add_table(rows=len(items), cols=3)
    t.style = "Table Grid"
    for ri, vals in enumerate(items):
        for ci, v in enumerate(vals):
            c = t.rows[ri].cells[ci]
            cell_text(c, v, bold=(ri == 0), size=10)
            if ri == 0:
                shade(c, "D9D9D9")
    repeat_header(t.rows[0])
    set_col_width(t, 0, Cm(8.5))
    set_col_width(t, 1, Cm(5.0))
    set_col_width(t, 2, Cm(3.2))
    doc.save(out(4, "docx"))


# =========================================================== 05 follow-up txt
def plan05():
    W = 72

    def wrap(s, indent="", sub=""):
        return textwrap.fill(s, W, initial_indent=indent, subsequent_indent=sub or indent)

    L = []
    L.append("Vårdcentralen Skultuna – rehabkoordinator")
    L.append("")
    L.append("UPPFÖLJNING AV SIP FRÅN 2024-11-20")
    L.append("")
    L.append("Gäller: A., ÅÅMMDD-XXXX")
    L.append("Uppföljningsmöte: 2025-03-11 kl. 10.00, vårdcentralen")
    L.append("")
    L.append(wrap("A. kunde inte komma idag, hon hade sovit dåligt flera nätter och orkade inte "
                  "ta sig hit. Jag pratade med henne i telefon 2025-03-10 och förde fram hennes "
                  "synpunkter på mötet (se nedan)."))
    L.append("")
    L.append("Frågor till dagens möte")
    L.append(wrap("- Kan A. börja arbetsträna på sin arbetsplats i april, och i så fall hur "
                  "många timmar per dag?", "", "  "))
    L.append(wrap("- Behövs fler KBT-samtal efter de tio som är gjorda?", "", "  "))
    L.append("")
    L.append("Gjort sedan 2024-11-20")
    done = [
        "10 KBT-samtal hos psykolog på vårdcentralen, avslutade 2025-02-25.",
        "Distriktsläkaren har förlängt sjukskrivningen på 100 % t.o.m. 2025-03-31.",
        "FK har haft avstämningsmöte med A. och arbetsgivaren 2025-01-28.",
        "A. har gått 6 av 8 träffar i gruppen Stress och återhämtning hos fysioterapeut.",
        "Arbetsgivaren (förskolan där A. arbetar) har tagit fram förslag på uppgifter utan "
        "eget ansvar för barngrupp.",
        "Budget- och skuldrådgivningen i Västerås stad har haft ett första samtal med A. i "
        "januari om hushållets ekonomi under sjukskrivningen.",
    ]
    for d in done:
        L.append(wrap("- " + d, "", "  "))
    L.append("")
    L.append("A:s synpunkter (telefon 2025-03-10)")
    L.append(wrap("\"Jag vill kunna jobba halvtid igen till sommaren, men inte med barngrupp i "
                  "början. Och jag vill gärna träffa psykologen några gånger till.\""))
    L.append("")
    L.append("Ny plan")
    plan = [
        ("Arbetsträning 25 % (tre timmar om dagen, måndag-torsdag) med anpassade uppgifter "
         "på förskolan.",
         "A:s chef på förskolan, i samråd med FK",
         "start 2025-04-07, fyra veckor"),
        ("Sjukskrivning 75 % under arbetsträningen, nytt läkarintyg.",
         "distriktsläkare, Vårdcentralen Skultuna",
         "intyget klart senast 2025-03-31"),
        ("Fyra KBT-samtal till med fokus på återgång i arbete.",
         "psykolog, Vårdcentralen Skultuna",
         "varannan vecka fr.o.m. v. 14"),
        ("Avslutande träffar i gruppen Stress och återhämtning.",
         "fysioterapeut, Vårdcentralen Skultuna",
         "2025-03-18 och 2025-03-25"),
        ("Avstämningsmöte om utökning till 50 % från maj.",
         "handläggare, Försäkringskassan",
         "vecka 18"),
        ("Fortsatta samtal om budget och ansökan om anstånd med studielånet; A. bokar tiden själv.",
         "Budget- och skuldrådgivningen, Västerås stad",
         None),
    ]
    for what, who, when in plan:
        L.append(wrap("- " + what, "", "  "))
        L.append(wrap("Ansvar: " + who, "    ", "      "))
        if when:
            L.append(wrap("Tid: " + when, "    ", "      "))
    L.append("")
    L.append("Huvudansvar: ligger kvar på vårdcentralen.")
    L.append("")
    L.append("Nästa uppföljning: tisdag 2025-05-13 kl. 13.30 på vårdcentralen. Om A. inte")
    L.append("orkar komma tar vi henne med via telefon.")
    L.append("")
    L.append("/Maria, rehabkoordinator")
    txt = ("\n".join(L) + "\n").replace("\n", "\r\n")
    with open(out(5, "txt"), "wb") as f:
        f.write(txt.encode("utf-8"))


# =========================================================== 06 empty md template
def plan06():
    md = """# Samordnad individuell plan (SIP)

_Mall i Markdown. Kopiera filen, döp om den och fyll i under varje rubrik. Ta bort kommentarerna när du är klar._

**Den enskilde:** <!-- fyll i förnamn/initialer -->
**Personnummer:** ÅÅMMDD-XXXX
**Datum för mötet:** <!-- fyll i ÅÅÅÅ-MM-DD -->
**Plats:** <!-- fyll i -->

## 1. Deltagare

_Ange alla som deltar: namn, funktion och verksamhet. Glöm inte den enskilde och närstående._

| Namn | Funktion | Verksamhet/organisation |
|------|----------|-------------------------|

## 2. Samtycke

<!-- fyll i -->
_Hur lämnades samtycket (muntligt/skriftligt) och när? Vilka verksamheter omfattas?_

- [ ] Muntligt
- [ ] Skriftligt

## 3. Bakgrund

<!-- fyll i -->
_Kort om situationen som gör att en SIP behövs._

## 4. Syfte med planen

<!-- fyll i -->
_Vad ska planen åstadkomma för just den här personen?_

## 5. Frågeställningar till mötet

<!-- fyll i -->
_Vilka frågor behöver mötet lösa?_

## 6. Mina mål

<!-- fyll i -->
_Skriv den enskildes mål med hens egna ord, gärna som citat._

## 7. Den enskildes delaktighet

<!-- fyll i -->
_Deltog personen? Vad tycker personen? Om personen inte var med: varför, och hur har hens synpunkter kommit fram?_

## 8. Insatser

_En rad per insats. Ansvarig anges med verksamhet och funktion, inte bara "kommunen" eller "regionen"._

| Insats | Ansvarig verksamhet/funktion | Start | Klart/tidpunkt |
|--------|------------------------------|-------|----------------|

## 9. Andra aktörers insatser

_T.ex. Försäkringskassan, Arbetsförmedlingen, god man, närstående, den enskilde själv. Skriv "Inga" om det inte finns några._

| Aktör | Vad gör aktören? | När |
|-------|------------------|-----|

## 10. Huvudansvar för planen

**Namn:** <!-- fyll i -->
**Funktion:** <!-- fyll i -->
**Verksamhet:** <!-- fyll i -->

## 11. Uppföljning

**Datum:** <!-- fyll i ÅÅÅÅ-MM-DD -->
**Plats/form:** <!-- fyll i -->
**Sammankallande:** <!-- fyll i -->

---

_Planen har upprättats av:_ <!-- fyll i -->
_Kopia till:_ <!-- fyll i -->
"""
    with open(out(6, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# =========================================================== 07 discharge letter
def plan07():
    doc = Document()
    base_font(doc, "Calibri", 11.5)
    fix_core(doc, "Avdelning 3", "Din plan inför utskrivningen")
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("Region Västmanland\nPsykiatri – Avdelning 3, Psykiatriska kliniken Västerås")
    r.font.size = Pt(9)
    r.font.small_caps = True
    fp = sec.footer.paragraphs[0]
    r = fp.add_run("Samordnad individuell plan (SIP) vid utskrivning från sluten psykiatrisk vård")
    r.font.size = Pt(8)
    r.italic = True

    d = doc.add_paragraph("Västerås 2025-02-04")
    d.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p = doc.add_paragraph()
    r = p.add_run("Till dig, J.")
    r.bold = True
    r.font.size = Pt(15)

    doc.add_paragraph(
        "Hej! Här kommer planen som vi gjorde tillsammans på mötet här på avdelningen i går, måndag "
        "den 3 februari. Vi har gjort den för att din väg hem till lägenheten i Köping ska bli trygg: "
        "alla som ska hjälpa dig ska veta vad de andra gör, och du ska inte bli lämnad ensam de första "
        "veckorna efter att du skrivs ut på onsdag.")
    doc.add_paragraph("Vi som var med på mötet: du, din pappa Stefan, Maja, Ali och Sofia.")

    def lead(t):
        q = doc.add_paragraph()
        q.paragraph_format.space_before = Pt(10)
        rr = q.add_run(t)
        rr.bold = True
        rr.font.size = Pt(12.5)

    lead("Det vi pratade om")
    doc.add_paragraph("Hur det ska bli för dig framöver.")
    lead("Att vi får prata med varandra")
    doc.add_paragraph(
        "Du sa ja till att vi som finns runt dig får prata med varandra och dela information om dig "
        "för den här planen. Det sa du muntligt på mötet den 3 februari, och vi har skrivit in det i "
        "din journal.")
    lead("Det här tycker du")
    doc.add_paragraph(
        "Du berättade att nätterna är det svåraste med att komma hem, och att du inte vill att "
        "socialtjänsten kommer oanmäld. Du vill hellre ha sms än telefonsamtal.")
    lead("Ditt mål")
    doc.add_paragraph("Att kunna bo kvar i din lägenhet och börja läsa på Komvux till hösten.")
    lead("Det här händer nu")
    items = [
        "Öppenvårdsmottagningen på Vuxenpsykiatrin Köping ringer dig senast måndag 10 februari och "
        "bokar en första träff med din nya kontaktperson.",
        "En läkare på Vuxenpsykiatrin Köping träffar dig senast 3 mars för att se hur medicinen "
        "fungerar och om dosen ska ändras.",
        "Socialtjänsten i Köping, vuxenenheten (Ali är din handläggare): boendestöd två gånger i "
        "veckan, tisdagar och torsdagar från den 11 februari. Boendestödjaren skickar sms innan.",
        "Din pappa ringer dig varje kväll kl. 21 de två första veckorna och kör dig till den första "
        "träffen på mottagningen.",
        "Du själv tar medicinen varje kväll och har ett larm i telefonen kl. 21.30 som påminner dig.",
    ]
    for it in items:
        doc.add_paragraph(it, style="List Bullet")
    lead("Vem håller ihop planen?")
    doc.add_paragraph("Vuxenpsykiatrin Köping har huvudansvaret för din plan.")
    lead("Om du mår sämre – din krisplan")
    crisis = [
        "Om du sover mindre än fyra timmar två nätter i rad, eller om rösterna kommer tillbaka: "
        "berätta det för pappa eller för boendestödjaren samma dag.",
        "Vardagar dagtid: ring öppenvårdsmottagningen i Köping via växeln och be att få prata med "
        "en sjuksköterska.",
        "Kvällar och helger: ring 1177 eller Psykiatriska akutmottagningen i Västerås.",
        "Om du får tankar på att skada dig själv: ring 112.",
    ]
    for c in crisis:
        doc.add_paragraph(c, style="List Number")
    lead("När ses vi igen?")
    doc.add_paragraph(
        "Vi följer upp planen när du har träffat din kontaktperson första gången. Då kallas alla till "
        "ett nytt möte.")
    doc.add_paragraph("")
    doc.add_paragraph("Ta hand om dig, J. Lycka till hemma!")
    doc.add_paragraph("Hälsningar\nMaja, för oss som var med på mötet")
    doc.save(out(7, "docx"))


# =========================================================== 08 spreadsheet grid
class SheetPDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "SIP_PK_2025-04.xlsx", align="C", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(2)

    def footer(self):
        self.set_y(-11)
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"Blad1   Sida {self.page_no()} av {{nb}}", align="C")


def plan08():
    pdf = SheetPDF("L", "mm", "A4")
    pdf.set_creation_date(dt.datetime(2025, 4, 9, 8, 30, tzinfo=dt.timezone.utc))
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_margins(12, 10, 12)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_draw_color(170, 170, 170)
    pdf.set_line_width(0.2)

    # header block, each line its own spreadsheet row (label in column A, value spanning)
    hdr = [
        ("Samordnad individuell plan", "P.K."),
        ("Datum", "2025-04-08 (version 2)"),
        ("Syfte", "Gemensam planering"),
        ("Samtycke", "Ja"),
        ("Huvudansvarig", "Jenny, enhetschef, Gruppbostaden Solrosen, Norbergs kommun"),
        ("Deltagare", "Jenny, enhetschef, Gruppbostaden Solrosen (LSS), Norbergs kommun"),
        ("", "Oskar, stödassistent, Gruppbostaden Solrosen (LSS), Norbergs kommun"),
        ("", "Johan, LSS-handläggare, Norbergs kommun"),
        ("", "Maria, distriktssköterska, Vårdcentralen Norberg"),
        ("", "Amina, dietist, Vårdcentralen Norberg"),
        ("", "Karin, fysioterapeut, Habiliteringen vuxen, Region Västmanland"),
        ("Nästa gemensamma uppföljning", "2025-09-16"),
    ]
    la, lb = 62, 211
    for a, b in hdr:
        pdf.set_font("DejaVu", "B" if a else "", 8.5)
        pdf.cell(la, 5.6, a, border=1)
        pdf.set_font("DejaVu", "B" if a == "Samordnad individuell plan" else "", 8.5)
        pdf.cell(lb, 5.6, b, border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.cell(la, 5.6, "", border=1)
    pdf.cell(lb, 5.6, "", border=1, new_x="LMARGIN", new_y="NEXT")

    cols = ["Område", "Mål", "Insats", "Ansvarig", "Start", "Uppföljning"]
    widths = [30, 60, 76, 59, 24, 24]
    rows = [
        ("Kost", "P.K. ska äta regelbundna måltider och småäta mindre mellan målen",
         "Veckomatsedel görs varje söndag; tallriksmodellen vid lunch och middag",
         "Personal, Gruppbostaden Solrosen", "2025-04-14", "2025-06-10"),
        ("Kost", "", "Besök hos dietist, individuell kostplan som delas med personalen",
         "Dietist, VC Norberg", "2025-04-29", "2025-09-16"),
        ("Vikt", "P.K. ska gå ner 5–6 kg på ett år",
         "Vägning första måndagen i månaden, vikten förs in i hälsopärmen",
         "Personal, Gruppbostaden Solrosen", "2025-05-05", ""),
        ("Fysisk aktivitet", "P.K. ska röra sig minst 30 minuter om dagen",
         "Promenad med personal mån, ons och fre eftermiddag", "Personal, Gruppbostaden Solrosen",
         "", "2025-06-10"),
        ("Fysisk aktivitet", "", "Bassäng i Norbergs simhall fredagar med ledsagare", "", "2025-05-02", ""),
        ("Fysisk aktivitet", "", "Anpassat träningsprogram och instruktion till personalen",
         "Fysioterapeut, Habiliteringen vuxen", "maj 2025", ""),
        ("Hälsokontroller", "Tidig upptäckt av diabetes och högt blodtryck",
         "Blodprov (HbA1c, blodfetter) och blodtrycksmätning", "Distriktssköterska, VC Norberg",
         "2025-04-22", "2025-09-16"),
        ("Läkemedel", "", "Genomgång av läkemedel som kan påverka vikt och aptit", "Läkare, VC Norberg",
         "", ""),
        ("Sömn", "P.K. ska sova bättre och vara piggare på dagarna",
         "Sömnregistrering i två veckor, därefter ställning till utredning av sömnapné",
         "Personal Solrosen / DSK VC Norberg", "2025-05-12", ""),
        ("Kommunikation", "P.K. ska förstå hur dagen ser ut",
         "Bildstöd för måltider och veckoschema", "Arbetsterapeut, Habiliteringen vuxen",
         "maj 2025", "2025-09-16"),
        ("Daglig verksamhet", "", "Utomhusaktivitet en gång i veckan inom daglig verksamhet",
         "Daglig verksamhet LSS, Norbergs kommun", "2025-04-15", ""),
        ("Fritid", "P.K. ska ha en egen fritidsaktivitet",
         "Prova bowling i fritidsverksamheten för LSS", "Fritidskonsulent, Norbergs kommun",
         "aug 2025", ""),
        ("Munhälsa", "", "Munhälsobedömning i bostaden", "", "", ""),
        ("Övrigt", "", "", "", "", ""),
    ]
    lh = 4.6

    def header_row():
        pdf.set_font("DejaVu", "B", 8.5)
        pdf.set_fill_color(217, 225, 242)
        for c, w in zip(cols, widths):
            pdf.cell(w, 7, c, border=1, fill=True)
        pdf.ln(7)

    pdf.ln(4)
    header_row()
    pdf.set_font("DejaVu", "", 8.5)
    bottom = pdf.h - 16
    for row in rows:
        nlines = max(
            len(pdf.multi_cell(w - 2, lh, v, align="L", dry_run=True, output="LINES")) if v else 1
            for v, w in zip(row, widths)
        )
        rh = max(nlines * lh + 1.6, 7)
        if pdf.get_y() + rh > bottom:
            pdf.add_page()
            pdf.set_draw_color(170, 170, 170)
            header_row()
            pdf.set_font("DejaVu", "", 8.5)
        x0, y0 = pdf.get_x(), pdf.get_y()
        x = x0
        for v, w in zip(row, widths):
            pdf.rect(x, y0, w, rh)
            if v:
                pdf.set_xy(x + 1, y0 + 0.8)
                pdf.multi_cell(w - 2, lh, v, align="L")
            x += w
        pdf.set_xy(x0, y0 + rh)
    pdf.output(out(8, "pdf"))


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
    for n in (1, 4, 7):
        normalize_zip(out(n, "docx"))
    shutil.rmtree(BUILD, ignore_errors=True)


if __name__ == "__main__":
    main()
