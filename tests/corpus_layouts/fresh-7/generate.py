#!/usr/bin/env python
"""Generate batch fresh-7: 16 fictional, anonymized SIP plans (prefix f7).

Run with ../../../.venv/bin/python generate.py
Writes plans/f7-01 ... f7-16 (.docx, .pdf, .md, .txt). Intermediate files for
LibreOffice conversions go to build/. Deterministic content (fixed dates, no random).
"""
import datetime as dt
import os
import shutil
import subprocess
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
BUILD = os.path.join(HERE, "build")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_I = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"
FONT_MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
FIXED_ZIP_TIME = (2024, 1, 1, 0, 0, 0)


# --------------------------------------------------------------------------
# helpers: docx
# --------------------------------------------------------------------------
def new_doc(author, created, font="Calibri", size=11):
    doc = Document()
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = created
    cp.modified = created
    cp.revision = 1
    cp.title = ""
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    for s in doc.sections:
        s.page_width = Cm(21.0)
        s.page_height = Cm(29.7)
        s.left_margin = Cm(2.2)
        s.right_margin = Cm(2.2)
        s.top_margin = Cm(2.0)
        s.bottom_margin = Cm(2.0)
    return doc


def save_doc(doc, path):
    """Save and rewrite the zip with fixed timestamps so the bytes are stable."""
    tmp = path + ".tmp"
    doc.save(tmp)
    with zipfile.ZipFile(tmp) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zi = zipfile.ZipInfo(item.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    os.remove(tmp)


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


def add_field(paragraph, instr, placeholder="1"):
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = placeholder
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


def set_cell(cell, text, bold=False, size=None, italic=False, color=None, align=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        if align is not None:
            p.alignment = align
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    return cell


def col_widths(table, widths_cm):
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def bold_para(doc, text, size=None, space_before=8, caps=False, small_caps=False, color=None):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(space_before)
    p.paragraph_format.space_after = Pt(2)
    r = p.add_run(text.upper() if caps else text)
    r.bold = True
    if small_caps:
        r.font.small_caps = True
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return p


def para(doc, text, size=None, italic=False, space_after=4):
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(space_after)
    r = p.add_run(text)
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    return p


def bullets(doc, items):
    for it in items:
        p = doc.add_paragraph(style="List Bullet")
        p.add_run(it)


_sdt_id = [1000]


def sdt_placeholder(paragraph, tag, text="Klicka eller tryck här för att ange text."):
    """Empty plain-text content control showing its placeholder text."""
    _sdt_id[0] += 1
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    alias = OxmlElement("w:alias")
    alias.set(qn("w:val"), tag)
    pr.append(alias)
    tg = OxmlElement("w:tag")
    tg.set(qn("w:val"), tag)
    pr.append(tg)
    i = OxmlElement("w:id")
    i.set(qn("w:val"), str(_sdt_id[0]))
    pr.append(i)
    pr.append(OxmlElement("w:showingPlcHdr"))
    pr.append(OxmlElement("w:text"))
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    c = OxmlElement("w:color")
    c.set(qn("w:val"), "808080")
    rpr.append(c)
    r.append(rpr)
    t = OxmlElement("w:t")
    t.text = text
    t.set(qn("xml:space"), "preserve")
    r.append(t)
    content.append(r)
    sdt.append(content)
    paragraph._p.append(sdt)


def header_footer(section, left, right=None, footer=None, page_numbers=False, size=8):
    hp = section.header.paragraphs[0]
    hp.text = ""
    r = hp.add_run(left)
    r.font.size = Pt(size)
    if right:
        hp.add_run("\t\t")
        r2 = hp.add_run(right)
        r2.font.size = Pt(size)
    if footer is not None or page_numbers:
        fp = section.footer.paragraphs[0]
        fp.text = ""
        if footer:
            rf = fp.add_run(footer)
            rf.font.size = Pt(size)
        if page_numbers:
            rf = fp.add_run("\t\tSida ")
            rf.font.size = Pt(size)
            add_field(fp, "PAGE")
            rf2 = fp.add_run(" av ")
            rf2.font.size = Pt(size)
            add_field(fp, "NUMPAGES")


def landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    w, h = section.page_width, section.page_height
    if w < h:
        section.page_width, section.page_height = h, w


def soffice_pdf(src):
    cmd = [
        "soffice",
        "-env:UserInstallation=file:///tmp/lo-f7",
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        OUT,
        src,
    ]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


def write_text(name, text, encoding="utf-8", crlf=False):
    text = text.replace("\r\n", "\n")
    if crlf:
        text = text.replace("\n", "\r\n")
    with open(os.path.join(OUT, name), "wb") as fh:
        fh.write(text.encode(encoding))


def D(y, m, d):
    return dt.datetime(y, m, d, 9, 0, 0)


# --------------------------------------------------------------------------
# f7-01  Municipal Word template with label tables (Sala)
# --------------------------------------------------------------------------
def plan01():
    doc = new_doc("Sala kommun", D(2024, 10, 8))
    sec = doc.sections[0]
    header_footer(sec, "SALA KOMMUN  |  Vård- och omsorgsförvaltningen", "SIP – Samordnad individuell plan",
                  footer="Blankett VO 4.12 (rev. 2023-05)", page_numbers=True)

    t = doc.add_paragraph()
    r = t.add_run("Samordnad individuell plan (SIP)")
    r.bold = True
    r.font.size = Pt(18)
    para(doc, "Enligt 2 kap. 7 § socialtjänstlagen och 16 kap. 4 § hälso- och sjukvårdslagen", size=8, italic=True)

    def label_table(rows, w=(5.0, 11.6), header=None):
        tbl = doc.add_table(rows=0, cols=2)
        tbl.style = "Table Grid"
        if header:
            c = tbl.add_row().cells
            m = c[0].merge(c[1])
            set_cell(m, header, bold=True, size=10)
            shade(m, "D9E2F3")
        for lab, val in rows:
            c = tbl.add_row().cells
            set_cell(c[0], lab, bold=True, size=9.5)
            shade(c[0], "F2F2F2")
            set_cell(c[1], val, size=10)
        col_widths(tbl, w)
        doc.add_paragraph().paragraph_format.space_after = Pt(0)
        return tbl

    label_table([
        ("Namn", "Mattias (M.)"),
        ("Personnummer", "ÅÅMMDD-XXXX"),
        ("Datum för mötet", "2024-10-08"),
        ("Plats", "Vuxenpsykiatrins mottagning i Sala"),
        ("Typ av plan", "☒ Ny plan     ☐ Uppföljning     ☐ SIP vid utskrivning"),
    ], header="1. Uppgifter om den enskilde och mötet")

    label_table([
        ("Samtycke till SIP och informationsutbyte",
         "☒ Muntligt     ☒ Skriftligt"),
        ("Hur/när",
         "Muntligt samtycke lämnat till biståndshandläggare Sara vid hembesök 2024-09-30. "
         "Skriftligt samtycke (kommunens blankett) undertecknat av Mattias vid mötet 2024-10-08. "
         "Samtycket gäller de verksamheter som står under punkt 3."),
    ], header="2. Samtycke")

    # participants
    h = doc.add_table(rows=1, cols=3)
    h.style = "Table Grid"
    c = h.rows[0].cells
    m = c[0].merge(c[2])
    set_cell(m, "3. Deltagare", bold=True, size=10)
    shade(m, "D9E2F3")
    hr = h.add_row().cells
    for i, s in enumerate(["Namn", "Funktion", "Verksamhet/organisation"]):
        set_cell(hr[i], s, bold=True, size=9.5)
        shade(hr[i], "F2F2F2")
    for row in [
        ("Mattias", "Den enskilde", "–"),
        ("Sara", "Biståndshandläggare", "Socialpsykiatri, Sala kommun"),
        ("Jesper", "Boendestödjare", "Boendestödet, Sala kommun"),
        ("Helena", "Socialsekreterare", "Försörjningsstöd, IFO Sala kommun"),
        ("Nadia", "Sjuksköterska, fast vårdkontakt", "Vuxenpsykiatrin Sala, Region Västmanland"),
        ("Bengt", "God man", "Förordnad av Överförmyndarnämnden"),
    ]:
        rc = h.add_row().cells
        for i, s in enumerate(row):
            set_cell(rc[i], s, size=10)
    col_widths(h, (3.6, 5.5, 7.5))
    doc.add_paragraph()

    label_table([
        ("Bakgrund",
         "Mattias är 34 år och har diagnosen schizofreni sedan 2016. Han bor ensam i en hyreslägenhet i Sala. "
         "Under sommaren slutade han ta sin medicin och var inlagd på Psykiatriska kliniken i Västerås i tre veckor, "
         "utskriven 2024-08-27. Hyran för juli–september är inte betald och hyresvärden har skickat en uppsägning. "
         "M. har sedan tidigare skulder hos Kronofogden (ca 140 000 kr). Han har sjukersättning och god man sedan 2021."),
        ("Syfte med SIP",
         "Syftet är att samordna stödet kring Mattias så att han kan bo kvar i sin lägenhet, få ordning på hyresskulden "
         "och ekonomin och slippa en ny inläggning. Alla som är inblandade ska veta vem som gör vad under hösten."),
        ("Frågeställningar inför mötet",
         "• Hur kan hyresskulden för juli–september lösas så att uppsägningen kan dras tillbaka?\n"
         "• Var ska depåinjektionen ges nu när M. inte vill åka till Västerås?\n"
         "• Behöver boendestödet utökas under hösten och i så fall vilka tider?"),
        ("Den enskildes mål (med egna ord)",
         "”Jag vill bo kvar i min lägenhet och slippa ligga vaken och tänka på räkningar. "
         "Och jag vill inte in på avdelningen igen.”"),
        ("Den enskildes delaktighet och synpunkter",
         "Mattias deltog under hela mötet. Han vill att boendestödet kommer på eftermiddagen eftersom han sover dåligt "
         "och har svårt med morgnar. Han vill inte att hyresvärden kontaktas utan att han får veta det i förväg."),
    ], header="4. Situation och mål")

    # interventions
    it = doc.add_table(rows=1, cols=4)
    it.style = "Table Grid"
    c = it.rows[0].cells
    m = c[0].merge(c[3])
    set_cell(m, "5. Insatser från kommun och region", bold=True, size=10)
    shade(m, "D9E2F3")
    hr = it.add_row()
    repeat_header(hr)
    for i, s in enumerate(["Nr", "Insats/åtgärd", "Ansvarig (verksamhet, funktion)", "När"]):
        set_cell(hr.cells[i], s, bold=True, size=9.5)
        shade(hr.cells[i], "F2F2F2")
    rows = [
        ("1", "Depåinjektion var fjärde vecka på mottagningen i Sala i stället för i Västerås.",
         "Vuxenpsykiatrin Sala, Nadia (ssk)", "Från 2024-10-22, därefter var 4:e vecka"),
        ("2", "Läkarbesök för uppföljning av medicinering och biverkningar.",
         "Läkare, Vuxenpsykiatrin Sala", "2024-11-12"),
        ("3", "Boendestöd tre eftermiddagar/vecka (mån, ons, fre) med fokus på post, räkningar och matinköp.",
         "Boendestödet Sala kommun, Jesper", "Start v. 42, beslut t.o.m. 2025-04-30"),
        ("4", "Prövning av ekonomiskt bistånd för hyresskulden juli–september.",
         "Försörjningsstöd IFO Sala, Helena (socialsekreterare)", "Beslut senast 2024-10-18"),
        ("5", "Kontakt med hyresvärden om avbetalningsplan och om att uppsägningen återkallas. "
              "M. informeras innan kontakten tas.",
         "Socialsekreterare, Försörjningsstöd IFO Sala", ""),
    ]
    for row in rows:
        rc = it.add_row().cells
        for i, s in enumerate(row):
            set_cell(rc[i], s, size=10)
    col_widths(it, (1.0, 7.2, 4.8, 3.6))
    doc.add_paragraph()

    ot = doc.add_table(rows=1, cols=3)
    ot.style = "Table Grid"
    c = ot.rows[0].cells
    m = c[0].merge(c[2])
    set_cell(m, "6. Andra aktörers insatser (t.ex. FK, AF, god man, närstående, den enskilde)", bold=True, size=10)
    shade(m, "D9E2F3")
    hr = ot.add_row().cells
    for i, s in enumerate(["Aktör", "Vad", "När"]):
        set_cell(hr[i], s, bold=True, size=9.5)
        shade(hr[i], "F2F2F2")
    for row in [
        ("God man (Bengt)", "Ansöker om skuldsanering hos Kronofogden och bokar tid hos kommunens budget- och skuldrådgivning.",
         "Ansökan senast 2024-11-29"),
        ("God man (Bengt)", "Ansöker om fortsatt sjukersättning hos Försäkringskassan (nuvarande beslut gäller t.o.m. 2025-06-30).",
         "Senast 2025-03-31"),
        ("Mattias", "Öppnar posten tillsammans med boendestödet och lägger räkningar i mappen till god man.",
         "Varje fredag"),
    ]:
        rc = ot.add_row().cells
        for i, s in enumerate(row):
            set_cell(rc[i], s, size=10)
    col_widths(ot, (3.6, 9.0, 4.0))
    doc.add_paragraph()

    label_table([
        ("Huvudansvarig för planen", "Sara, biståndshandläggare, Socialpsykiatri Sala kommun"),
        ("Uppföljning", "2025-01-21 kl. 13.00 på Vuxenpsykiatrins mottagning i Sala. Sara kallar."),
        ("Planen upprättad av", "Sara, biståndshandläggare, 2024-10-08"),
        ("Kopia till", "Mattias, samtliga deltagare"),
    ], header="7. Ansvar och uppföljning")
    save_doc(doc, os.path.join(OUT, "f7-01.docx"))


# --------------------------------------------------------------------------
# f7-02  Half-filled joint template with content controls (Hallstahammar)
# --------------------------------------------------------------------------
def plan02():
    doc = new_doc("Hallstahammars kommun", D(2024, 11, 14), font="Arial", size=10)
    sec = doc.sections[0]
    header_footer(sec, "Hallstahammars kommun  •  Region Västmanland", "Gemensam SIP-mall Västmanland v. 3.1",
                  footer="Sparas i respektive huvudmans journal/akt.", page_numbers=True)

    p = doc.add_paragraph()
    r = p.add_run("SIP – Samordnad individuell plan")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)

    tbl = doc.add_table(rows=0, cols=4)
    tbl.style = "Table Grid"

    def row4(a, av, b, bv):
        c = tbl.add_row().cells
        set_cell(c[0], a, bold=True, size=9)
        shade(c[0], "EDEDED")
        set_cell(c[2], b, bold=True, size=9)
        shade(c[2], "EDEDED")
        for cell, v in ((c[1], av), (c[3], bv)):
            if v is None:
                cell.text = ""
                sdt_placeholder(cell.paragraphs[0], "fält")
            else:
                set_cell(cell, v, size=10)

    row4("Namn", "Ingrid", "Personnummer", None)
    row4("Datum för mötet", "2024-11-14", "Plats", None)
    c = tbl.add_row().cells
    set_cell(c[0], "Typ av SIP", bold=True, size=9)
    shade(c[0], "EDEDED")
    m = c[1].merge(c[3])
    set_cell(m, "☐ Ny     ☐ Uppföljning     ☐ Utskrivning från slutenvård", size=10)
    col_widths(tbl, (3.2, 5.2, 3.2, 5.2))

    def section(title, value=None, hint=None):
        hp = doc.add_paragraph(style="Heading 2")
        hp.add_run(title)
        if hint:
            para(doc, hint, size=8, italic=True, space_after=2)
        p = doc.add_paragraph()
        if value is None:
            sdt_placeholder(p, title)
        else:
            p.add_run(value)

    section("1. Bakgrund",
            "Ingrid, 81 år, har en demenssjukdom (Alzheimer) sedan 2022 och har blivit alltmer nedstämd under hösten. "
            "Hon äter dåligt och har gått ner ca 5 kg sedan augusti. Bor ensam i lägenhet.")
    section("2. Syfte med SIP", "Samordning.")
    section("3. Frågeställningar", None, hint="Vilka frågor behöver lösas på mötet?")
    section("4. Den enskildes mål", None, hint="Skriv gärna med den enskildes egna ord.")

    doc.add_paragraph(style="Heading 2").add_run("5. Den enskildes delaktighet")
    para(doc, "☒ Den enskilde deltog i mötet     ☐ Den enskilde deltog inte, skäl:")
    p = doc.add_paragraph()
    p.add_run("Den enskildes synpunkter: ")
    sdt_placeholder(p, "synpunkter")

    doc.add_paragraph(style="Heading 2").add_run("6. Samtycke")
    p = doc.add_paragraph()
    p.add_run("☐ Muntligt     ☐ Skriftligt     Datum: ")
    sdt_placeholder(p, "samtyckesdatum", "ÅÅÅÅ-MM-DD")

    doc.add_paragraph(style="Heading 2").add_run("7. Insatser")
    it = doc.add_table(rows=1, cols=3)
    it.style = "Table Grid"
    for i, s in enumerate(["Insats/åtgärd", "Ansvarig verksamhet och funktion", "När"]):
        set_cell(it.rows[0].cells[i], s, bold=True, size=9)
        shade(it.rows[0].cells[i], "DDEBF7")
    repeat_header(it.rows[0])
    for _ in range(3):
        rc = it.add_row().cells
        for cell in rc:
            cell.text = ""
            sdt_placeholder(cell.paragraphs[0], "insats")
    col_widths(it, (7.0, 6.0, 3.6))

    section("8. Andra aktörers insatser", None,
            hint="T.ex. Försäkringskassan, Arbetsförmedlingen, god man, anhöriga. Ange vem som gör vad.")

    doc.add_paragraph(style="Heading 2").add_run("9. Huvudansvarig för planen")
    for lab in ("Namn: ", "Funktion: ", "Verksamhet: "):
        p = doc.add_paragraph()
        p.add_run(lab).bold = True
        sdt_placeholder(p, lab.strip(": "))

    section("10. Uppföljning", "Om 3 månader.")
    section("11. Deltagare", "Ingrid, Maria, Johan, Eva")
    save_doc(doc, os.path.join(OUT, "f7-02.docx"))


# --------------------------------------------------------------------------
# f7-03  Region record-system print (fpdf2), discharge SIP, Västerås
# --------------------------------------------------------------------------
class RecordPDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(60, 60, 60)
        self.cell(60, 4, "Region Västmanland", new_x="RIGHT", new_y="TOP")
        self.cell(70, 4, "Journalutskrift – Samordnad individuell plan", align="C", new_x="RIGHT", new_y="TOP")
        self.cell(0, 4, f"Sida {self.page_no()} ({{nb}})", align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(60, 4, "Patient: Emir   ÅÅMMDD-XXXX", new_x="RIGHT", new_y="TOP")
        self.cell(70, 4, "Utskriftsdatum: 2024-11-05 15:22", align="C", new_x="RIGHT", new_y="TOP")
        self.cell(0, 4, "Utskriven av: Kim, ssk", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(120, 120, 120)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Utskrift ur journalsystem. Originalet finns i journalen. Vårdenhet: Psykiatriska kliniken Västerås, avd 82",
                  align="C")
        self.set_text_color(0, 0, 0)


def pdf_fonts(pdf):
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_font("DejaVu", "I", FONT_I)


def plan03():
    pdf = RecordPDF(format="A4")
    pdf.set_creation_date(dt.datetime(2024, 11, 5, 15, 22, tzinfo=dt.timezone.utc))
    pdf_fonts(pdf)
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, margin=16)
    pdf.set_margins(15, 12, 15)
    pdf.add_page()
    W = pdf.w - 30

    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(0, 7, "SIP vid utskrivning från sluten hälso- och sjukvård", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 8)
    pdf.cell(0, 5, "Anteckningstyp: SIP  |  Signerad 2024-11-05 15:10 av Kim, Sjuksköterska  |  Status: Signerad",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)

    def kv_row(pairs):
        w = W / len(pairs)
        y = pdf.get_y()
        for i, (k, v) in enumerate(pairs):
            x = pdf.l_margin + i * w
            pdf.set_xy(x, y)
            pdf.set_fill_color(230, 234, 240)
            pdf.set_font("DejaVu", "B", 7.5)
            pdf.cell(w, 5, k, border=1, fill=True)
            pdf.set_xy(x, y + 5)
            pdf.set_font("DejaVu", "", 9)
            pdf.cell(w, 6.5, v, border=1)
        pdf.set_xy(pdf.l_margin, y + 11.5)

    kv_row([("Vårdenhet", "Psykiatriska kliniken Västerås, avd 82"), ("Mötesform", "Fysiskt möte på avd + Teams")])
    kv_row([("Mötesdatum", "2024-11-05"), ("Inskrivningsdatum", "2024-10-21"), ("Planerad utskrivning", "2024-11-08")])
    pdf.ln(3)

    def field(label, text, h=5):
        if pdf.get_y() > pdf.h - 40:
            pdf.add_page()
        pdf.set_fill_color(230, 234, 240)
        pdf.set_font("DejaVu", "B", 8)
        pdf.cell(W, 5.5, label, border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 9.5)
        if text:
            pdf.multi_cell(W, h, text, border=1, align="L", new_x="LMARGIN", new_y="NEXT", padding=(1.2, 1.5))
        else:
            pdf.cell(W, 9, "", border=1, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)

    field("Bakgrund",
          "27-årig man som vårdas sedan 2024-10-21 efter en överdos av paracetamol i suicidsyfte i samband med svår "
          "depression. Bor ensam i egen lägenhet i Västerås. Avbröt högskolestudier i våras och har sedan dess ingen "
          "sysselsättning. Ingen tidigare kontakt med psykiatrin, enstaka besök på vårdcentral för sömnproblem. "
          "Stämningsläget har förbättrats under vårdtiden på insatt sertralin, sover bättre, inga aktuella suicidtankar "
          "vid bedömning 2024-11-04.")
    field("Syfte",
          "Syftet med planen är att Emir ska kunna skrivas ut till sin lägenhet 2024-11-08 med en trygg övergång: att "
          "öppenvård, kommunens stöd och en krisplan finns på plats från första dagen hemma, så att risken för ett nytt "
          "suicidförsök minskar och han inte blir ensam med sitt mående.")
    field("Frågeställningar", "Gå igenom läget inför utskrivning.")
    field("Patientens mål",
          "Målet är att E. ska kunna bo kvar i egen lägenhet och på sikt ha en meningsfull sysselsättning.")
    field("Patientens delaktighet",
          "Patienten deltog under hela mötet. E. önskar att få träffa samma kontaktperson på öppenvården och vill inte ha "
          "hembesök av flera olika personer. Han vill hellre ha boendestöd än hemsjukvård och vill börja med KBT så snart "
          "som möjligt.")
    field("Samtycke till informationsöverföring", "")

    pdf.set_font("DejaVu", "B", 9)
    pdf.cell(0, 6, "Planerade insatser", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 8.5)
    rows = [
        ("1", "Läkemedel: sertralin 100 mg x 1. Recept förnyas, dosett delas ut vid utskrivning.",
         "Avdelningsläkare, avd 82", "2024-11-08"),
        ("2", "Krisplan upprättas tillsammans med E., kopia till E. och öppenvården.",
         "Kontaktperson avd 82 (Linda, skötare)", "Senast 2024-11-07"),
        ("3", "Telefonuppföljning dagen efter utskrivning.", "Kim, ssk, Psykiatrisk öppenvård mottagning Väst",
         "2024-11-09"),
        ("4", "Fast vårdkontakt: första besök, genomgång av krisplan och skattning (MADRS).",
         "Kim, ssk, Psykiatrisk öppenvård mottagning Väst", "2024-11-11"),
        ("5", "Biståndsbedömning av boendestöd.", "Biståndshandläggare, Vuxenenheten, Västerås stad",
         "Beslut 2024-11-07"),
        ("6", "Boendestöd två gånger per vecka: struktur i vardagen, inköp och måltider.",
         "Boendestödet, Socialpsykiatrin Västerås stad", "Start 2024-11-12"),
        ("7", "Läkarbesök, uppföljning av läkemedel och sömn.", "Psykiater, Psykiatrisk öppenvård mottagning Väst",
         "2024-11-25"),
        ("8", "Kartläggning inför sysselsättning (träfflokal/arbetsträning i kommunens regi).",
         "Arbetsterapeut, Socialpsykiatrin Västerås stad", "2024-12-02"),
        ("9", "KBT vid depression, 12–16 sessioner.", "Psykolog, Psykiatrisk öppenvård mottagning Väst",
         "Start v. 49"),
    ]
    pdf.set_fill_color(230, 234, 240)
    heading_style = FontFace(emphasis="BOLD", fill_color=(230, 234, 240))
    with pdf.table(col_widths=(8, 82, 62, 28), headings_style=heading_style, line_height=4.6,
                   repeat_headings=1, padding=1.2, text_align="LEFT") as table:
        hr = table.row()
        for s in ("Nr", "Insats", "Ansvarig enhet/funktion", "Start/tid"):
            hr.cell(s)
        for r in rows:
            tr = table.row()
            for s in r:
                tr.cell(s)
    pdf.ln(3)
    field("Fast vårdkontakt / huvudansvarig för SIP",
          "Kim, sjuksköterska, Psykiatrisk öppenvård Västerås, mottagning Väst. Ansvarar för att planen hålls samman "
          "och kallar till uppföljning.")
    field("Uppföljning", "2024-12-03 kl. 10.00, Psykiatrisk öppenvård mottagning Väst (E. kan delta via Teams).")
    field("Deltagare",
          "Emir (patient)\n"
          "Linda, skötare/kontaktperson, Psykiatriska kliniken Västerås avd 82\n"
          "Farid, avdelningsläkare, Psykiatriska kliniken Västerås avd 82\n"
          "Kim, sjuksköterska, Psykiatrisk öppenvård Västerås mottagning Väst (via Teams)\n"
          "Anneli, biståndshandläggare, Vuxenenheten Västerås stad (via Teams)\n"
          "Roger, boendestödjare, Socialpsykiatrin Västerås stad")
    pdf.output(os.path.join(OUT, "f7-03.pdf"))


# --------------------------------------------------------------------------
# f7-04  Municipal record-system text export, Windows-1252 + CRLF (Köping)
# --------------------------------------------------------------------------
def plan04():
    txt = """\
======================================================================
KÖPINGS KOMMUN - SOCIALFÖRVALTNINGEN, BARN OCH UNGA
Utskrift från verksamhetssystem                    2025-02-20  09:14
======================================================================
DOKUMENTTYP:      SIP - Samordnad individuell plan
KLIENT:           Alva (XXXXXX-XXXX)
ÄRENDE:           Barn och unga, utredning enl. 11 kap. 1 § SoL
MÖTESDATUM:       2025-02-18
MÖTESPLATS:       Socialkontoret, Köping
DOKUMENTERAT AV:  Socialsekreterare Barn och unga
----------------------------------------------------------------------

BAKGRUND
Alva är 17 år och går andra året på gymnasiet i Köping. Sedan hösten
har frånvaron ökat till ca 60 %. Orosanmälan från skolan 2025-01-09
efter att A. varit påverkad av cannabis under skoltid. Positivt
urinprov för THC vid Mini-Marias bedömning 2025-01-28. Föräldrarna är
separerade, A. bor växelvis hos mamma och pappa. Föräldrarna uttrycker
att de inte vet hur de ska sätta gränser.

SYFTE
Syftet med SIP är att samordna stödet till Alva så att cannabisbruket
upphör och hon kommer tillbaka till skolan, och att föräldrarna får
stöd i att sätta gemensamma gränser i båda hemmen.

FRÅGESTÄLLNINGAR


MÅL
Målet är att A. ska vara drogfri och gå i skolan minst 80 % av
schemalagd tid före sommarlovet.

SAMTYCKE
Samtycke finns.

INSATSER
Insats                            Ansvarig                    Tid
----------------------------------------------------------------------
Behandlingssamtal (MI/KBT)        Mini-Maria Västerås,        Start 2025-02-25,
1 ggr/vecka                       behandlare                  tisdagar
Urinprov varannan vecka           Mini-Maria Västerås,        Från 2025-02-25
                                  behandlare
Anpassad studiegång, 3 dagar/     Mentor, gymnasieskolan      Från 2025-03-03
vecka på plats + uppgifter hemma  i Köping
Samtal med skolsköterska om       Skolsköterska, elevhälsan   2025-03-05
sömn och mående                   gymnasieskolan i Köping
Föräldrastöd, gemensamma samtal   Socialtjänsten
med båda föräldrarna

ANDRA AKTÖRER
Mamma följer med A. till Mini-Maria på tisdagarna och ringer mentor
samma dag om A. inte kommer till skolan. Pappa hämtar A. efter skolan
på fredagar och ser till att hon är hemma fredagskvällar. Gäller från
2025-02-21.

HUVUDANSVAR
Socialtjänsten Köping

UPPFÖLJNING
Vecka 12

DELTAGARE
Socialsekreterare, behandlare, mentor, skolsköterska, mamma, pappa

----------------------------------------------------------------------
Utskriften innehåller sekretessbelagda uppgifter (26 kap. 1 § OSL).
"""
    write_text("f7-04.txt", txt, encoding="cp1252", crlf=True)


# --------------------------------------------------------------------------
# f7-05  Markdown export, follow-up plan, LSS adult with autism (Fagersta)
# --------------------------------------------------------------------------
def plan05():
    md = """\
# Uppföljning av SIP – Jonatan

**Datum för uppföljning:** 2024-09-10  
**Ursprunglig plan upprättad:** 2024-03-12  
**Plats:** Daglig verksamhet Fagersta, konferensrummet  
**Dokumenterat av:** LSS-handläggare, Fagersta kommun

---

## Syfte

Se tidigare plan (2024-03-12).

## Frågor till dagens möte

1. Fungerar det nya schemat på daglig verksamhet, eller behöver J. gå ner till fyra dagar i veckan?
2. Kan J. börja träna på att åka buss själv till verksamheten, och vem tränar med honom?
3. Behöver personalstödet på servicebostaden utökas kvällstid när oron ökar?

## Hur har det gått sedan förra mötet?

| Insats från mars | Hur har det gått |
|---|---|
| Bildschema för morgonrutiner (Habiliteringen) | Används varje dag, fungerar bra enligt personal. |
| Daglig verksamhet fem dagar/vecka | J. har varit hemma många fredagar, blir trött. |
| Samtal om oro (Habiliteringen, psykolog) | Fyra samtal genomförda, avbrott under sommaren. |

## Mål

Jonatans mål är att kunna åka buss själv till daglig verksamhet och att ha en fast tid för dusch som han själv väljer.

## Delaktighet

Jonatan deltog i början av mötet (ca 20 minuter) med stöd av sitt bildschema och personal från servicebostaden.

## Samtycke

Samtycke finns sedan tidigare.

## Insatser framåt

| Insats | Ansvarig | När |
|---|---|---|
| Bussträning tillsammans med handledare, två gånger per vecka | Daglig verksamhet Fagersta, handledare | v. 38–44 |
| Nytt veckoschema i lägenheten med fast duschtid | Arbetsterapeut, Habiliteringen Västmanland | 2024-09-30 |
| Fortsatta samtal om oro och ångest | Psykolog, Habiliteringen Västmanland | |
| Översyn av personalstöd kvällstid på servicebostaden | LSS-handläggare, Fagersta kommun | Beslut senast 2024-10-15 |
| Daglig verksamhet fyra dagar/vecka (mån–tors) på prov | Daglig verksamhet Fagersta, enhetschef | Från 2024-09-16 |

## Andra aktörer

- **God man (Ulla):** köper månadskort för buss från oktober och ser till att J. har pengar på kortet.
- **Mamma:** följer med J. på bussen på helgerna de första veckorna i oktober.

## Huvudansvar

LSS-handläggare

**Nästa uppföljning:** 

---
*Exporterad från verksamhetssystemet 2024-09-11*
"""
    write_text("f7-05.md", md)


# --------------------------------------------------------------------------
# f7-06  Child-friendly plan "Min plan" (Arboga)
# --------------------------------------------------------------------------
def plan06():
    doc = new_doc("BUP", D(2024, 10, 8), font="Verdana", size=12)
    sec = doc.sections[0]
    header_footer(sec, "Min plan – Elsa", "Skriven tillsammans 8 oktober 2024", size=9)

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("★  Min plan  ★")
    r.bold = True
    r.font.size = Pt(26)
    r.font.color.rgb = RGBColor(0x2E, 0x75, 0xB6)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("för Elsa, 10 år")
    r.font.size = Pt(16)
    para(doc, "Det här är din plan. Den kallas SIP och vi skrev den när vi träffades på skolan i Arboga "
              "tisdagen den 8 oktober 2024. Du får en egen kopia och mamma och pappa får också en.", size=11)

    def h(text, color="2E75B6"):
        bp = bold_para(doc, text, size=15, space_before=14, color=color)
        return bp

    h("Varför har vi träffats?")
    para(doc, "Vi har träffats för att hjälpa dig att kunna gå till skolan igen och må bättre när du blir orolig. "
              "Skolan, BUP och mamma och pappa ska hjälpas åt så att du slipper ha ont i magen varje morgon.")

    h("Det här vill jag")
    p = para(doc, "”Jag vill kunna vara i klassrummet hela dagen utan att få ont i magen. "
                  "Och jag vill kunna äta lunch med Mira.”", size=13, italic=True)
    para(doc, "– Elsa", size=11)

    h("Så var det på mötet")
    para(doc, "Du var med på mötet tillsammans med mamma och pappa. Du berättade att det är svårast på morgonen "
              "och i den stora matsalen när det är mycket ljud. Du ville inte att hela klassen ska få veta om planen, "
              "och du ville gärna ha en plats där du kan vara när det blir för mycket.")

    h("Får vi prata med varandra om dig?")
    para(doc, "Ja, sa du och mamma och pappa på mötet den 8 oktober 2024. Mamma och pappa skrev också under ett papper "
              "(samtycke) om att skolan och BUP får prata med varandra om hur du mår.")

    h("Vem gör vad?")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, s in enumerate(["Vem", "Vad", "När"]):
        set_cell(t.rows[0].cells[i], s, bold=True, size=12, color="FFFFFF")
        shade(t.rows[0].cells[i], "2E75B6")
    for row, fill in [
        (("Kuratorn på skolan", "Pratar med dig om hur veckan har varit och övar på vad du kan göra när oron kommer.",
          "Varje tisdag, från 15 oktober"), "FFF2CC"),
        (("Din behandlare på BUP", "Träffar dig och mamma eller pappa och jobbar med KBT mot oro (vi övar lite i taget).",
          "Varannan torsdag, första gången 17 oktober"), "E2EFDA"),
        (("Din klasslärare", "Du får börja dagen i det lilla grupprummet och äta lunch i lilla matsalen med en kompis.",
          "–"), "FFF2CC"),
        (("Mamma och pappa", "Följer med dig till skolan. Mamma måndag–onsdag, pappa torsdag–fredag.",
          "Varje morgon från 14 oktober"), "E2EFDA"),
        (("Du", "Visar ditt stoppkort för läraren när det blir för mycket och går till grupprummet en stund.",
          "När du behöver, varje dag"), "FFF2CC"),
    ]:
        rc = t.add_row().cells
        for i, s in enumerate(row):
            set_cell(rc[i], s, size=11, bold=(i == 0))
            shade(rc[i], fill)
    col_widths(t, (4.0, 8.2, 4.4))

    h("Vem håller ihop planen?")
    para(doc, "BUP har huvudansvaret för att planen följs och att alla gör det de har lovat.")

    h("När ses vi igen?")
    para(doc, "Tisdag 10 december 2024 klockan 14.00 på skolan. Då pratar vi om hur det har gått.")

    h("Vi som var med")
    para(doc, "Du, mamma, pappa, Petra, Hassan och Linnea.")
    save_doc(doc, os.path.join(OUT, "f7-06.docx"))


# --------------------------------------------------------------------------
# f7-07  Minutes from a SIP meeting, bold short paragraphs (Kungsör)
# --------------------------------------------------------------------------
def plan07():
    doc = new_doc("Kungsörs kommun", D(2025, 1, 16), font="Times New Roman", size=12)
    sec = doc.sections[0]
    header_footer(sec, "Kungsörs kommun – Vård och omsorg", "Minnesanteckningar", size=9)

    p = doc.add_paragraph()
    r = p.add_run("Minnesanteckningar från SIP-möte")
    r.bold = True
    r.font.size = Pt(15)
    para(doc, "Datum: 2025-01-16, kl. 10.00–11.15\nPlats: Hembesök hos Gösta och Maj, Kungsör\n"
              "Antecknat av: Karin, biståndshandläggare")

    bold_para(doc, "Närvarande")
    para(doc, "Gösta\nMaj, hustru\nPer, son (via telefon)\n"
              "Karin, biståndshandläggare, Kungsörs kommun\n"
              "Ahmed, fysioterapeut, Rehab Kungsör (kommunal rehab)\n"
              "Sofia, arbetsterapeut, Rehab Kungsör\n"
              "Lena, distriktssköterska, Vårdcentralen Kungsör\n"
              "Jenny, undersköterska/kontaktman, Hemtjänst Kungsör norra")

    bold_para(doc, "Syfte")
    para(doc, "Samordning.")

    bold_para(doc, "Frågor inför mötet")
    para(doc, "– Klarar Gösta trappan ner till tvättstugan och entrén på egen hand?\n"
              "– Behövs trygghetslarm nu när han är hemma igen?\n"
              "– Hur kan Maj avlastas, hon har själv minnesproblem?")

    bold_para(doc, "1. Bakgrund")
    para(doc, "Gösta, 88 år, föll i hemmet 2024-12-28 och opererades för höftfraktur på Västmanlands sjukhus Västerås. "
              "Han skrevs ut till hemmet 2025-01-13 efter korttidsplats. Går med rollator inomhus, osäker i trappor. "
              "Bor i lägenhet två trappor upp med hiss, tvättstuga i källaren. Maj, 86 år, har en lindrig "
              "minnesstörning och har haft svårt att klara hushållet ensam under tiden G. var inlagd.")

    bold_para(doc, "2. Göstas synpunkter")
    para(doc, "Gösta deltog under hela mötet. Han framförde att han inte vill ha besök före kl. 08.00 och att han helst "
              "vill duscha på kvällen. Gösta vill kunna gå ut till brevlådan och till affären själv igen.")

    bold_para(doc, "3. Överenskommelser")
    para(doc, "Hemtjänst: Karin (biståndshandläggare) fattar beslut om hemtjänst morgon och kväll, hjälp med på- och "
              "avklädning samt dusch tisdagar kväll. Hemtjänst Kungsör norra utför från 2025-01-20.")
    para(doc, "Trygghetslarm: Karin beställer larm, installeras av Hemtjänst Kungsör norra senast 2025-01-24.")
    para(doc, "Gångträning: Ahmed, fysioterapeut Rehab Kungsör, tränar gång och trappa med G. i hemmet två gånger "
              "per vecka från 2025-01-21 till och med vecka 8.")
    para(doc, "Hjälpmedel: Sofia, arbetsterapeut Rehab Kungsör, provar ut toalettförhöjning, duschpall och en extra "
              "rollator till källaren vid hembesök 2025-01-22.")
    para(doc, "Läkemedel: Lena, distriktssköterska VC Kungsör, bokar läkemedelsgenomgång med läkare 2025-02-04, "
              "smärtlindringen och blodförtunnande ses över.")
    para(doc, "Avlösning för Maj: Karin undersöker möjligheten till avlösning i hemmet och dagverksamhet.")

    bold_para(doc, "4. Övrigt")
    para(doc, "Sonen Per bor i Örebro och är ett stöd för föräldrarna. Maj uttryckte att hon är trött.")

    bold_para(doc, "Huvudansvar")
    para(doc, "Kommunen.")
    para(doc, "\nVid anteckningarna\nKarin", italic=True)
    save_doc(doc, os.path.join(OUT, "f7-07.docx"))


# --------------------------------------------------------------------------
# f7-08  BUP's own Word-like document with its own headings -> HTML -> PDF (Norberg)
# --------------------------------------------------------------------------
def plan08():
    html = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>Nätverksmöte Noah</title>
<style>
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10.5pt; }
h1 { font-size: 15pt; color: #7a1f3d; margin-bottom: 2pt; }
h2 { font-size: 11.5pt; color: #7a1f3d; border-bottom: 1px solid #7a1f3d; margin-top: 14pt; }
table.lh td { font-size: 8.5pt; color: #444; }
table.grid { border-collapse: collapse; width: 100%; }
table.grid th, table.grid td { border: 1px solid #999; padding: 3pt; font-size: 10pt; text-align: left; vertical-align: top; }
table.grid th { background: #f0e3e8; }
</style></head><body>
<table class="lh" width="100%"><tr>
<td>Region Västmanland<br>Barn- och ungdomspsykiatrin (BUP) Västerås<br>Öppenvårdsteam Norra</td>
<td align="right">Datum: 2024-11-27<br>Dnr/journal: se Cosmic<br>Skrivet av: Behandlare BUP</td>
</tr></table>
<h1>Nätverksmöte / SIP – Noah, 14 år</h1>
<p>Mötet hölls på Kyrkskolan i Norberg, kl. 13.30–14.30.</p>

<h2>Närvarande</h2>
<table class="grid">
<tr><th>Namn</th><th>Funktion</th><th>Verksamhet</th></tr>
<tr><td>Karolina</td><td>Behandlare (socionom)</td><td>BUP Västerås, öppenvårdsteam Norra</td></tr>
<tr><td>Mats</td><td>Mentor åk 8</td><td>Kyrkskolan, Norbergs kommun</td></tr>
<tr><td>Yvonne</td><td>Specialpedagog</td><td>Elevhälsan, Norbergs kommun</td></tr>
<tr><td>Peter</td><td>Socialsekreterare</td><td>Socialtjänsten Norberg, Barn och familj</td></tr>
<tr><td>Susanne</td><td>Mamma</td><td>–</td></tr>
<tr><td>Dragan</td><td>Pappa</td><td>–</td></tr>
</table>

<h2>Frågor att ta upp</h2>
<p>Läget i skolan och hemma i stort.</p>

<h2>Noahs situation</h2>
<p>Noah fick diagnosen ADHD (kombinerad form) våren 2023 och medicineras med metylfenidat. Under hösten har
frånvaron ökat, framför allt på eftermiddagar och i idrott. Det har varit flera konflikter hemma kring skärmtid
och läggtider och vid ett tillfälle kom polis hem till familjen efter ett bråk. Skolan beskriver att N. fungerar bättre
i mindre grupp och att han har svårt att komma i gång med uppgifter. Föräldrarna är oroliga och trötta.</p>

<h2>Mål</h2>
<p>Målet för N. är att klara godkänt i svenska, engelska och matematik i åk 9 och att konflikterna hemma ska minska.</p>

<h2>Överenskommelser</h2>
<ul>
<li>BUP: fortsatt kontakt.</li>
<li>Skolan fortsätter med anpassningarna som tidigare.</li>
<li>Socialtjänsten kan erbjuda stöd till familjen vid behov.</li>
</ul>

<h2>Nästa träff</h2>
<p>I januari. Skolan kallar.</p>

<p style="margin-top:20pt; font-size:9pt; color:#555">Anteckningarna skickas till samtliga närvarande.</p>
</body></html>
"""
    src = os.path.join(BUILD, "f7-08.html")
    with open(src, "w", encoding="utf-8") as fh:
        fh.write(html)
    soffice_pdf(src)


# --------------------------------------------------------------------------
# f7-09  Thin plan as a plain e-mail body, UTF-8 + CRLF (Surahammar)
# --------------------------------------------------------------------------
def plan09():
    txt = """\
Från: Eva
Skickat: den 20 maj 2024 08:41
Till: Jonas; Malin
Ämne: SIP R. 17/5

Hej!

Här kommer en kort sammanfattning från SIP-mötet i fredags (2024-05-17)
om R. Skriv om ni tycker att jag har missat något så lägger jag in det i
journalen.

R. har fortfarande svårt med sockret och alkoholen och är mycket ensam.

Syfte: samordning
Samtycke finns.

Det vi kom fram till:
- fortsatt kontakt
- stöd vid behov
- se över hemtjänsten

Huvudansvar: vårdcentralen
Deltog: Eva, Jonas, Malin

Ny SIP i höst.

Hälsningar
Eva
Vårdcentralen Surahammar
"""
    write_text("f7-09.txt", txt, encoding="utf-8", crlf=True)


# --------------------------------------------------------------------------
# f7-10  Word document with numbered headings (Heading styles), Skinnskatteberg
# --------------------------------------------------------------------------
def plan10():
    doc = new_doc("Socialtjänsten Skinnskatteberg", D(2025, 3, 4), font="Calibri", size=11)
    sec = doc.sections[0]
    header_footer(sec, "Skinnskattebergs kommun – Socialtjänsten", "SIP 2025-03-04", page_numbers=True,
                  footer="Sekretess enligt OSL 26 kap.")
    doc.add_heading("Samordnad individuell plan – Sandra", level=0)

    doc.add_heading("1. Uppgifter om mötet", level=1)
    para(doc, "Datum: 2025-03-04, kl. 09.30–11.00\nPlats: Familjecentralen Skinnskatteberg\n"
              "Den enskilde: Sandra, ÅÅMMDD-XXXX")

    doc.add_heading("2. Deltagare", level=1)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Light Grid Accent 1"
    for i, s in enumerate(["Namn", "Funktion", "Verksamhet"]):
        set_cell(t.rows[0].cells[i], s, bold=True)
    for row in [
        ("Sandra", "Den enskilde", "–"),
        ("Ulrika", "Familjebehandlare", "Socialtjänsten Skinnskattebergs kommun"),
        ("Maria", "BVC-sjuksköterska", "BVC Skinnskatteberg, Region Västmanland"),
        ("Anders", "Läkare", "Vårdcentralen Skinnskatteberg, Region Västmanland"),
        ("Sofie", "Psykolog", "Vuxenpsykiatrin Köping, Region Västmanland (via Teams)"),
        ("Nina", "Förskollärare", "Öppna förskolan, Familjecentralen Skinnskatteberg"),
    ]:
        rc = t.add_row().cells
        for i, s in enumerate(row):
            set_cell(rc[i], s)
    col_widths(t, (3.0, 4.2, 9.4))

    doc.add_heading("3. Bakgrund", level=1)
    para(doc, "Sandra är 29 år och har en son som är fyra månader. Vid BVC:s screening (EPDS) i januari framkom tecken "
              "på depression efter förlossningen och hon har sedan dess haft samtal med BVC-sjuksköterskan. Sandra "
              "sover dåligt även när sonen sover, har svår oro och är mycket isolerad. Hon flyttade till Skinnskatteberg "
              "2024 och har inget nätverk i närheten. Hon är ensamstående. Det finns ingen oro för sonens omsorg i dag "
              "enligt BVC, men BVC bedömer att hon behöver mer stöd än BVC kan ge.")

    doc.add_heading("4. Samtycke", level=1)
    para(doc, "Sandra har lämnat skriftligt samtycke (blankett ”Samtycke till SIP”) 2025-03-03 till att de "
              "verksamheter som anges under punkt 2 utbyter information med varandra inför och under SIP-arbetet.")

    doc.add_heading("5. Syfte med SIP", level=1)
    para(doc, "Syftet är att Sandra ska få en sammanhållen vård och ett samordnat stöd för sin depression så att hon "
              "orkar ta hand om sig själv och sin son, och att BVC, vårdcentralen, psykiatrin och socialtjänsten inte "
              "ger dubbla eller motstridiga insatser.")

    doc.add_heading("6. Frågeställningar", level=1)
    bullets(doc, [
        "Ska Sandra behandlas på vårdcentralen eller remitteras vidare till Vuxenpsykiatrin i Köping?",
        "Hur kan Sandra få sova ostört några nätter i veckan?",
        "Behövs stöd i föräldraskapet i hemmet, och i så fall hur ofta?",
    ])

    doc.add_heading("7. Den enskildes mål och delaktighet", level=1)
    para(doc, "Sandra deltog på mötet.")

    doc.add_heading("8. Insatser och ansvar", level=1)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Light Grid Accent 1"
    for i, s in enumerate(["Insats", "Ansvarig", "När"]):
        set_cell(t.rows[0].cells[i], s, bold=True)
    repeat_header(t.rows[0])
    for row in [
        ("Läkemedelsbehandling (SSRI) sätts in, uppföljande läkarbesök.",
         "Anders, läkare, Vårdcentralen Skinnskatteberg", "Start 2025-03-06, uppföljning 2025-04-03"),
        ("Psykologbedömning och KBT, 10 tillfällen, varannan gång digitalt.",
         "Sofie, psykolog, Vuxenpsykiatrin Köping", "Första samtal 2025-03-18"),
        ("Hembesök varannan vecka, EPDS upprepas, stöd kring amning/sömn.",
         "Maria, BVC-sjuksköterska, BVC Skinnskatteberg", "Från 2025-03-11"),
        ("Familjebehandling i hemmet en gång i veckan: sömnrutiner, samspel och avlastningsplan.",
         "Ulrika, familjebehandlare, Socialtjänsten", "Från 2025-03-10"),
        ("Babygrupp på Öppna förskolan, tisdagar kl. 10.",
         "Nina, förskollärare, Öppna förskolan", "Från 2025-03-11"),
    ]:
        rc = t.add_row().cells
        for i, s in enumerate(row):
            set_cell(rc[i], s)
    col_widths(t, (7.2, 5.4, 4.0))

    doc.add_heading("9. Huvudansvar", level=1)
    para(doc, "Ulrika, familjebehandlare, Socialtjänsten Skinnskattebergs kommun.")

    doc.add_heading("10. Uppföljning", level=1)
    para(doc, "Vecka 20. Ulrika kallar.")
    save_doc(doc, os.path.join(OUT, "f7-10.docx"))


# --------------------------------------------------------------------------
# f7-11  INVENTED: half-year timeline grid, landscape (Västerås)
# --------------------------------------------------------------------------
def plan11():
    doc = new_doc("Psykiatrisk öppenvård Västerås", D(2025, 3, 27), font="Segoe UI", size=9)
    sec = doc.sections[0]
    landscape(sec)
    sec.left_margin = sec.right_margin = Cm(1.5)
    sec.top_margin = sec.bottom_margin = Cm(1.5)
    header_footer(sec, "Psykiatrisk öppenvård Västerås, mottagning Öst  ·  Socialpsykiatrin Västerås stad",
                  "Tidslinje SIP – Viktor", size=8)

    p = doc.add_paragraph()
    r = p.add_run("Halvårsplan april–september 2025 – Viktor")
    r.bold = True
    r.font.size = Pt(15)
    p = doc.add_paragraph()
    r = p.add_run("Upprättad 2025-03-27  ·  Samordnande: Psykiatrisk öppenvård Västerås  ·  "
                  "Läs raden för din verksamhet – varje ruta är det som ska vara gjort under månaden.")
    r.font.size = Pt(8.5)
    r.italic = True

    months = ["April", "Maj", "Juni", "Juli", "Augusti", "September"]
    rows = [
        ("Psykiatrisk öppenvård, mottagning Öst – fast vårdkontakt (ssk)",
         ["Litiumprov + samtal v. 15", "Samtal varannan vecka, stämningsskattning", "Samtal varannan vecka",
          "Telefonkontakt varannan vecka (semester)", "Litiumprov v. 33, samtal", "Samtal, förbereder uppföljning"]),
        ("Psykiatrisk öppenvård, mottagning Öst – psykiater",
         ["Läkemedelsgenomgång 2025-04-09", "", "Läkarbesök 2025-06-11", "", "", "Utvärdering 2025-09-10"]),
        ("Psykiatrisk öppenvård – psykopedagogisk grupp bipolär sjukdom",
         ["", "Gruppstart 2025-05-06, tisdagar 8 ggr", "Grupp pågår", "", "", ""]),
        ("Socialpsykiatrin Västerås stad – boendestöd",
         ["Två besök/vecka (tis, tor): veckoplanering, tvätt, inköp", "Som april", "Som april",
          "Ett besök/vecka", "Två besök/vecka", "Två besök/vecka"]),
        ("Arbetsmarknadsenheten Västerås stad – arbetsmarknadskonsulent",
         ["", "Kartläggning, två träffar", "Arbetsträning 2 h/dag, Returbutiken", "Uppehåll",
          "Arbetsträning utökas till 4 h/dag", "Avstämning arbetsträning"]),
        ("IFO Västerås stad – försörjningsstöd, socialsekreterare",
         ["Nytt beslut april–juni", "", "Ansökan juli–sep handläggs", "", "", "Ny prövning okt–dec"]),
        ("Gemensamt",
         ["", "", "Avstämning via Teams 2025-06-17 kl. 14", "", "", "Uppföljning SIP 2025-09-16 kl. 09.00"]),
    ]
    t = doc.add_table(rows=1, cols=7)
    t.style = "Table Grid"
    hdr = t.rows[0]
    repeat_header(hdr)
    set_cell(hdr.cells[0], "Vem", bold=True, size=9, color="FFFFFF")
    shade(hdr.cells[0], "385723")
    for i, m in enumerate(months):
        set_cell(hdr.cells[i + 1], m, bold=True, size=9, color="FFFFFF", align=WD_ALIGN_PARAGRAPH.CENTER)
        shade(hdr.cells[i + 1], "548235")
    for who, cells in rows:
        rc = t.add_row().cells
        set_cell(rc[0], who, bold=True, size=8.5)
        shade(rc[0], "E2EFDA")
        for i, v in enumerate(cells):
            set_cell(rc[i + 1], v, size=8.5)
            if v and who == "Gemensamt":
                shade(rc[i + 1], "FFE699")
    col_widths(t, (5.4, 3.6, 3.6, 3.6, 3.6, 3.6, 3.6))

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    r = p.add_run("Diskuteras vid mötet: ")
    r.bold = True
    p.add_run("läget i stort.")
    p = doc.add_paragraph()
    r = p.add_run("Bakgrund i korthet: ")
    r.bold = True
    p.add_run("Viktor, 41 år, bipolär sjukdom typ 1. Manisk episod hösten 2024 med slutenvård, sedan dess stabil "
              "på litium. Har varit utan arbete sedan 2023 och har försörjningsstöd. Bor ensam i lägenhet i Västerås.")
    save_doc(doc, os.path.join(OUT, "f7-11.docx"))


# --------------------------------------------------------------------------
# f7-12  INVENTED: question-and-answer "samtalskort" layout drawn in fpdf2 (Sala)
# --------------------------------------------------------------------------
class CardPDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 8)
        self.set_text_color(110, 80, 140)
        self.cell(0, 5, "Sala kommun · Region Västmanland — Samtalsunderlag SIP", align="L", new_x="LMARGIN",
                  new_y="NEXT")
        self.set_draw_color(110, 80, 140)
        self.set_line_width(0.6)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.set_line_width(0.2)
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "I", 7.5)
        self.set_text_color(120, 120, 120)
        self.cell(0, 5, f"{self.page_no()}/{{nb}}", align="R")


def plan12():
    pdf = CardPDF(format="A4")
    pdf.set_creation_date(dt.datetime(2025, 8, 7, 11, 0, tzinfo=dt.timezone.utc))
    pdf_fonts(pdf)
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, margin=16)
    pdf.set_margins(18, 12, 18)
    pdf.add_page()
    W = pdf.w - 36

    pdf.set_font("DejaVu", "B", 17)
    pdf.set_text_color(80, 50, 110)
    pdf.cell(0, 9, "Hanna, 19 år", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    pdf.set_text_color(60, 60, 60)
    pdf.cell(0, 6, "SIP-möte 2025-08-07 på Vårdcentralen Sala · frågorna vi utgår från och vad vi kom fram till",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(3)

    def qa(q, a):
        if pdf.get_y() > pdf.h - 50:
            pdf.add_page()
        y = pdf.get_y()
        pdf.set_fill_color(232, 223, 242)
        pdf.rect(pdf.l_margin, y, W, 8, style="F", round_corners=True, corner_radius=2)
        pdf.set_xy(pdf.l_margin + 3, y + 1.2)
        pdf.set_font("DejaVu", "B", 10.5)
        pdf.set_text_color(80, 50, 110)
        pdf.cell(W - 6, 5.6, "? " + q)
        pdf.set_text_color(0, 0, 0)
        pdf.set_xy(pdf.l_margin + 4, y + 10)
        pdf.set_font("DejaVu", "", 10)
        pdf.multi_cell(W - 8, 5.2, a, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)

    qa("Varför gör vi en SIP?",
       "För att Hanna ska kunna fortsätta sin behandling för anorexi på hemmaplan i Sala och samtidigt börja läsa på "
       "Komvux i höst, utan att behöva åka till Västerås flera gånger i veckan och utan att vikten sjunker igen.")
    qa("Vad behöver vi reda ut idag?",
       "• Kan viktkontrollerna göras på vårdcentralen i Sala i stället för på Ätstörningsenheten?\n"
       "• Hur mycket klarar Hanna att läsa på Komvux – halvfart eller kvartsfart?\n"
       "• Vem stöttar med lunch de dagar hon bor i sin egen lägenhet?")
    qa("Vad vill Hanna själv?",
       "Hanna sa till sin behandlare inför mötet: ”Jag vill orka plugga och träffa kompisar utan att allt handlar "
       "om mat.”")
    qa("Var Hanna med?",
       "Hanna var inte med på dagens möte. Hennes synpunkter förmedlades av behandlaren: hon vill ha viktkontrollerna "
       "i Sala, helst på eftermiddagar, och vill inte ha mer kontakt med socialtjänsten än nödvändigt.")

    # who-does-what cards, two columns
    if pdf.get_y() > pdf.h - 90:
        pdf.add_page()
    y = pdf.get_y()
    pdf.set_fill_color(232, 223, 242)
    pdf.rect(pdf.l_margin, y, W, 8, style="F", round_corners=True, corner_radius=2)
    pdf.set_xy(pdf.l_margin + 3, y + 1.2)
    pdf.set_font("DejaVu", "B", 10.5)
    pdf.set_text_color(80, 50, 110)
    pdf.cell(W - 6, 5.6, "? Vem gör vad – och när?")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(y + 11)
    cards = [
        ("Ätstörningsenheten Västerås – behandlare",
         "KBT-E en gång i veckan, varannan gång digitalt.", "Från 2025-08-19"),
        ("Vårdcentralen Sala – sjuksköterska",
         "Viktkontroll varannan vecka, resultat skickas till Ätstörningsenheten.", "Från 2025-08-26"),
        ("Vårdcentralen Sala – läkare",
         "Provtagning (blodstatus, elektrolyter) och bedömning av hjärtfrekvens.", ""),
        ("Komvux Sala – studie- och yrkesvägledare",
         "Gör en studieplan på kvartsfart med två kurser.", "Klar 2025-08-15"),
        ("Socialtjänsten Sala – boendestöd",
         "Måltidsstöd i lägenheten, tre luncher i veckan (mån, ons, fre).", "Från 2025-08-25"),
    ]
    cw = (W - 6) / 2
    ch = 27
    for i, (who, what, when) in enumerate(cards):
        col = i % 2
        if col == 0 and i:
            pdf.set_y(pdf.get_y() + ch + 4)
        if pdf.get_y() + ch > pdf.h - 18:
            pdf.add_page()
        yy = pdf.get_y()
        x = pdf.l_margin + col * (cw + 6)
        pdf.set_draw_color(150, 120, 180)
        pdf.rect(x, yy, cw, ch, style="D", round_corners=True, corner_radius=2.5)
        pdf.set_xy(x + 2.5, yy + 2)
        pdf.set_font("DejaVu", "B", 8.5)
        pdf.multi_cell(cw - 5, 4.2, who, new_x="LEFT", new_y="NEXT")
        pdf.set_x(x + 2.5)
        pdf.set_font("DejaVu", "", 9)
        pdf.multi_cell(cw - 5, 4.4, what, align="L", new_x="LEFT", new_y="NEXT")
        pdf.set_xy(x + 2.5, yy + ch - 6)
        pdf.set_font("DejaVu", "I", 8.5)
        pdf.cell(cw - 5, 4.4, "När: " + (when if when else ""))
        pdf.set_xy(pdf.l_margin, yy)
    pdf.set_y(pdf.get_y() + ch + 8)

    qa("Vilka andra finns runt Hanna?",
       "Mamma är ett viktigt stöd och Hanna bor hos henne ibland.")
    qa("Vilka var med?", "Jessica, Amir, Karolina, Tove och Elin.")
    pdf.output(os.path.join(OUT, "f7-12.pdf"))


# --------------------------------------------------------------------------
# f7-13  INVENTED: agreement/contract layout in Markdown (Hallstahammar)
# --------------------------------------------------------------------------
def plan13():
    md = """\
# Överenskommelse om samordnade insatser

### Tobias – våren 2025

> Den här överenskommelsen är vår SIP. Varje part skriver under på det den lovar
> och säger till i god tid om något inte går att hålla.

**Datum:** 2025-02-11  
**Plats:** Individ- och familjeomsorgen, Hallstahammar  
**Syfte:** Gemensam planering.  
**Samtycke:** Ja

---

## Tobias egna ord

> ”Jag vill vara nykter och ha ett jobb att gå till när sommaren kommer. Och jag vill kunna träffa min dotter
> utan att någon är orolig.”

Tobias var med hela mötet. Han vill hellre lämna urinprov på Beroendemottagningen än på vårdcentralen, eftersom
han känner folk som jobbar där. Han vill inte gå i grupp på måndagar eftersom han då träffar sin dotter.

## Vi lovar

### Beroendemottagningen Västerås (Region Västmanland)

- Läkarbesök och insättning av naltrexon – **2025-02-18**
- Återfallspreventionsgrupp torsdagar kl. 14, tolv gånger – **start 2025-02-20**
- Urinprov varje vecka i samband med gruppen – **från 2025-02-20**

### Missbruksenheten, IFO Hallstahammars kommun

- Beslut om öppenvårdsbehandling enligt SoL – **2025-02-11** (✔ fattat på mötet)
- Stödsamtal med socialsekreterare Mikael varannan vecka – **från 2025-02-14**
- Hjälp att söka träningslägenhet – **ansökan klar 2025-03-31**

### Vårdcentralen Hallstahammar

- Leverprover och uppföljning av blodtrycket hos distriktsläkare – **2025-03-05**

### Arbetsförmedlingen

- Handläggare bokar inskrivningsmöte och kartläggning inför arbetsträning – **senast 2025-03-12**

### Tobias

- Går till gruppen varje torsdag och lämnar prov – **från 2025-02-20**
- Ringer Mikael samma dag om han tar ett återfall – **löpande**
- Skriver in sig på Arbetsförmedlingen – **2025-02-14**

## Samordningsansvarig

Mikael, socialsekreterare, Missbruksenheten IFO Hallstahammars kommun

## Närvarande

Tobias, Mikael, Jenny, Omar, Lina

## Underskrifter

| Part | Underskrift |
|---|---|
| Tobias | ____________________ |
| Beroendemottagningen Västerås | ____________________ |
| Missbruksenheten IFO Hallstahammar | ____________________ |
| Vårdcentralen Hallstahammar | ____________________ |
| Arbetsförmedlingen | ____________________ |

*Överenskommelsen gäller tills vidare.*
"""
    write_text("f7-13.md", md)


# --------------------------------------------------------------------------
# f7-14  INVENTED: network map as nested "rings" of tables (Norberg)
# --------------------------------------------------------------------------
def plan14():
    doc = new_doc("Vårdcentralen Norberg", D(2024, 6, 12), font="Calibri", size=10.5)
    sec = doc.sections[0]
    header_footer(sec, "Vårdcentralen Norberg  ·  Norbergs kommun", "Nätverkskarta / SIP", size=8)

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Berits nätverk")
    r.bold = True
    r.font.size = Pt(20)
    r.font.color.rgb = RGBColor(0x83, 0x3C, 0x0B)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Samordnad plan i form av nätverkskarta. Mötet hölls 2024-06-12 på Vårdcentralen Norberg.").italic = True
    para(doc, "Så här läser du kartan: i mitten står Berit. Ju längre ut, desto längre från vardagen. "
              "I varje ring står vad var och en gör.", size=9, italic=True)

    def ring(container, title, text, fill, inner=None, width=None):
        t = container.add_table(rows=2, cols=1)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        if width is not None:
            t.autofit = False
            for c in t.columns[0].cells:
                c.width = Cm(width)
        set_cell(t.rows[0].cells[0], title, bold=True, size=10, align=WD_ALIGN_PARAGRAPH.CENTER)
        shade(t.rows[0].cells[0], fill)
        body = t.rows[1].cells[0]
        shade(body, fill)
        set_cell(body, text, size=10)
        if inner is not None:
            tcPr = body._tc.get_or_add_tcPr()
            mar = OxmlElement("w:tcMar")
            for side in ("left", "right"):
                m = OxmlElement("w:" + side)
                m.set(qn("w:w"), "567")
                m.set(qn("w:type"), "dxa")
                mar.append(m)
            tcPr.append(mar)
            inner(body)
            body.add_paragraph()
        return t

    def center(cell):
        ring(cell, "I MITTEN: BERIT", width=9.5, text=
             "Berit är 76 år, har KOL och hjärtsvikt och blir andfådd redan i trappan. Hon har varit nedstämd sedan "
             "maken dog förra våren och går sällan ut. Målet är att Berit ska kunna bo kvar hemma.", fill="FBE5D6")

    def family(cell):
        ring(cell, "RING 1: FAMILJ, VÄNNER, GRANNAR",
             "Sonen Leif bor i Uppsala.\nGrannen Inga är en viktig person för Berit.", "F8CBAD", inner=center, width=12)

    def care(cell):
        ring(cell, "RING 2: KOMMUN OCH REGION",
             "Norbergs kommun: hemtjänst enligt beslut. Stöd vid behov. Dagverksamhet kan bli aktuellt längre fram.\n"
             "Region Västmanland: fortsatt kontakt med vårdcentralen. KOL-sjuksköterska vid behov. "
             "Hjärtsviktsmottagningen som tidigare.",
             "F4B183", inner=family, width=14.5)

    ring(doc, "RING 3: ÖVRIGA", "–", "F2F2F2", inner=care)

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    r = p.add_run("Huvudansvarig för planen: ")
    r.bold = True
    p.add_run("Annika, distriktssköterska, Vårdcentralen Norberg")
    save_doc(doc, os.path.join(OUT, "f7-14.docx"))


# --------------------------------------------------------------------------
# f7-15  INVENTED: case-ticket layout, fixed width, Windows-1252, LF (Köping)
# --------------------------------------------------------------------------
def plan15():
    txt = """\
SAMORDNINGSÄRENDE #2024-117                 Köpings kommun / Region Västmanland
==============================================================================
Ärende.......: Leo, 8 år (XXXXXX-XXXX)
Typ..........: SIP - barn
Öppnat.......: 2024-10-02          Senast ändrad: 2024-10-02
Status.......: AKTIV
Syfte........: Samordning av insatser
Delaktighet..: Leo och vårdnadshavare (mamma) deltog en stund i början av
               mötet.

BESKRIVNING
------------------------------------------------------------------------------
Leo har en måttlig intellektuell funktionsnedsättning och epilepsi med
tonisk-kloniska anfall, senast 2024-09-19 på korttidsboendet. Akutmedicin
finns förskriven men personalen på korttids och i skolan är osäkra på när och
hur den ska ges. Leo går i anpassade grundskolan åk 2 och har korttidsvistelse
enligt LSS en helg per månad. Familjen har ansökt om utökning.

FRÅGOR
------------------------------------------------------------------------------
Q1  Hur ska akutmedicinen (buccalt midazolam) hanteras på korttids och i
    skolan, och vem utbildar personalen?
Q2  Kan korttidsvistelsen utökas till två helger per månad?
Q3  Behövs bildstöd hemma och på korttids för att Leo ska förstå när han
    ska åka dit?

ÅTGÄRDER
------------------------------------------------------------------------------
ID  Åtgärd                        Ansvarig                    Klart senast Status
--  ----------------------------  --------------------------  ------------ -------
A1  Skriftlig akutplan vid anfall Barnläkare, Barn- och       2024-10-16   Pågår
    (när/hur akutmedicin ges)     ungdomsneurologen Västerås
A2  Utbildning i anfallshantering Epilepsisjuksköterska,      2024-10-23   Planerad
    för personal på korttids och  Barn- och ungdoms-
    i skolan                      neurologen Västerås
A3  Ny ansökan om utökad          LSS-handläggare, Köpings    2024-10-31   Planerad
    korttidsvistelse prövas       kommun
A4  Elevassistent får läkemedels- Rektor, anpassade grund-    2024-10-14   Klar
    delegering och följer med på  skolan Köping
    utflykter
A5  Bildstöd hemma och på         Arbetsterapeut, Barn- och   2024-11-15   Planerad
    korttids (veckoschema)        ungdomshabiliteringen Köping

UPPFÖLJNING
------------------------------------------------------------------------------
Planerad.....: v. 47

LOGG
------------------------------------------------------------------------------
2024-10-02  Ärende skapat efter SIP-möte.
2024-10-02  A4 markerad klar.
"""
    write_text("f7-15.txt", txt, encoding="cp1252", crlf=False)


# --------------------------------------------------------------------------
# f7-16  INVENTED: one-page "SIP canvas" grid, landscape docx -> PDF (Fagersta)
# --------------------------------------------------------------------------
def plan16():
    doc = new_doc("Elevhälsan Fagersta", D(2024, 4, 29), font="Arial", size=9.5)
    sec = doc.sections[0]
    landscape(sec)
    sec.left_margin = sec.right_margin = Cm(1.4)
    sec.top_margin = Cm(1.3)
    sec.bottom_margin = Cm(1.2)
    header_footer(sec, "SIP-canvas · Fagersta kommun, Elevhälsan · BUP Västerås", "Möte 2024-04-29", size=8)

    p = doc.add_paragraph()
    r = p.add_run("SAGA, 15 ÅR — SIP PÅ EN SIDA")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)

    t = doc.add_table(rows=3, cols=3)
    t.style = "Table Grid"

    def box(r_, c_, title, text, fill):
        cell = t.cell(r_, c_)
        cell.text = ""
        p0 = cell.paragraphs[0]
        run = p0.add_run(title.upper())
        run.bold = True
        run.font.size = Pt(9)
        run.font.small_caps = True
        run.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
        for line in text.split("\n"):
            pp = cell.add_paragraph()
            rr = pp.add_run(line)
            rr.font.size = Pt(9.5)
        shade(cell, fill)
        return cell

    box(0, 0, "Läget nu",
        "Saga går i åk 9 i Fagersta. Hon har skadat sig själv (skär sig) sedan i höstas och har varit frånvarande "
        "ca 40 % sedan jullovet. Kontakt med BUP sedan februari. Bor med mamma och lillebror.", "DEEAF6")
    box(0, 1, "Mitt mål",
        "”Jag vill kunna gå till skolan utan att må dåligt hela tiden, och jag vill sluta skada mig.”\n"
        "(Saga till sin behandlare 2024-04-22)", "FFF2CC")
    box(0, 2, "Mina tankar",
        "Saga var inte med på mötet. Behandlaren på BUP berättade att Saga vill ha färre personer att prata med "
        "och att hon inte vill att lärarna ska fråga om armarna inför klassen.", "FFF2CC")
    box(1, 0, "Att prata om", "Hur det går.", "DEEAF6")
    # who does what spans two columns
    wcell = t.cell(1, 1).merge(t.cell(1, 2))
    wcell.text = ""
    p0 = wcell.paragraphs[0]
    run = p0.add_run("VEM GÖR VAD")
    run.bold = True
    run.font.size = Pt(9)
    run.font.small_caps = True
    run.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
    shade(wcell, "E2EFDA")
    for line in [
        "► BUP Västerås, behandlare: samtal med DBT-inriktning varje vecka, färdighetsträning – från 2024-05-06",
        "► Elevhälsan, skolkurator: kort avstämning varje måndag morgon – från 2024-05-06",
        "► Mentor, åk 9: anpassat schema med kortare dagar och möjlighet att gå undan till studierummet",
        "► Socialtjänsten Fagersta, familjebehandlare: föräldrasamtal med mamma varannan vecka – start v. 20",
        "► Skolsköterska: omläggning/bedömning av sår vid behov, rapporterar till BUP samma dag",
    ]:
        pp = wcell.add_paragraph()
        rr = pp.add_run(line)
        rr.font.size = Pt(9.5)
    box(2, 0, "Familjen", "Pappa bor i Avesta och har kontakt med Saga.", "FBE5D6")
    box(2, 1, "Vi som var med", "Mamma, Ida, Robin, Kerstin, Malin", "FBE5D6")
    box(2, 2, "Nästa gång", "", "FBE5D6")
    col_widths(t, (8.6, 8.6, 8.6))
    for row in t.rows:
        row.height = Cm(3.6)
    save_doc(doc, os.path.join(BUILD, "f7-16.docx"))
    soffice_pdf(os.path.join(BUILD, "f7-16.docx"))


def main():
    os.makedirs(OUT, exist_ok=True)
    if os.path.isdir(BUILD):
        shutil.rmtree(BUILD)
    os.makedirs(BUILD)
    for f in (plan01, plan02, plan03, plan04, plan05, plan06, plan07, plan08,
              plan09, plan10, plan11, plan12, plan13, plan14, plan15, plan16):
        f()
        print("ok", f.__name__)


if __name__ == "__main__":
    main()
