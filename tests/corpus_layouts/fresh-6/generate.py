#!/usr/bin/env python
"""Generate the f6 batch of fictional, anonymized SIP plans into plans/.

Run with ../../../.venv/bin/python generate.py
Deterministic: fixed texts and dates; zip entries of .docx get fixed timestamps;
fpdf2 PDFs get a fixed creation date. PDFs converted by LibreOffice carry
LibreOffice's own creation stamp (content is the same each run).
"""
import datetime
import os
import shutil
import subprocess
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
BUILD = os.path.join(HERE, "build")
PREFIX = "f6"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIXED_DT = datetime.datetime(2025, 3, 1, 12, 0, 0, tzinfo=datetime.timezone.utc)


def path(n, ext):
    return os.path.join(OUT, f"{PREFIX}-{n:02d}.{ext}")


# ---------------------------------------------------------------- docx helpers
def new_doc(font="Calibri", size=11, landscape=False):
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
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
        sec.left_margin = sec.right_margin = Cm(1.8)
    cp = doc.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.created = datetime.datetime(2025, 1, 1, 8, 0, 0)
    cp.modified = datetime.datetime(2025, 1, 1, 8, 0, 0)
    cp.revision = 1
    return doc


def save_docx(doc, fn):
    doc.save(fn)
    # rewrite zip with fixed timestamps so that the file is byte-stable
    tmp = fn + ".tmp"
    with zipfile.ZipFile(fn) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 1, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    os.replace(tmp, fn)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None, italic=False, color=None, align=None):
    """Write text (may contain \n for several paragraphs) into a cell."""
    cell.text = ""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if align:
            p.alignment = align
    return cell


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def col_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        if i < len(widths_cm):
            gc.set(qn("w:w"), str(int(widths_cm[i] * 567)))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def add_field(paragraph, instr):
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


def header_footer(doc, header_text=None, footer_text=None, page_numbers=True, header_right=None):
    sec = doc.sections[0]
    if header_text is not None:
        hp = sec.header.paragraphs[0]
        hp.text = ""
        r = hp.add_run(header_text)
        r.font.size = Pt(8)
        r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
        if header_right:
            hp.add_run("\t\t" + header_right).font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = ""
    if footer_text:
        r = fp.add_run(footer_text + ("    " if page_numbers else ""))
        r.font.size = Pt(8)
    if page_numbers:
        r = fp.add_run("Sida ")
        r.font.size = Pt(8)
        add_field(fp, "PAGE")
        r = fp.add_run(" (")
        r.font.size = Pt(8)
        add_field(fp, "NUMPAGES")
        r = fp.add_run(")")
        r.font.size = Pt(8)


def bold_par(doc, text, size=None, space_before=8):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(space_before)
    p.paragraph_format.space_after = Pt(2)
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    return p


def para(doc, text, italic=False, size=None, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    r = p.add_run(text)
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    return p


def placeholder(cell, text="Klicka här för att ange text."):
    cell.text = ""
    r = cell.paragraphs[0].add_run(text)
    r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)


def lo_convert(src, outdir, html=False):
    cmd = ["soffice", "-env:UserInstallation=file:///tmp/lo-f6", "--headless"]
    if html:
        cmd += ["--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export"]
    else:
        cmd += ["--convert-to", "pdf"]
    cmd += ["--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    base = os.path.splitext(os.path.basename(src))[0]
    return os.path.join(outdir, base + ".pdf")


def write_text(fn, text, encoding="utf-8", crlf=False):
    text = text.replace("\r\n", "\n")
    if crlf:
        text = text.replace("\n", "\r\n")
    with open(fn, "wb") as f:
        f.write(text.encode(encoding))


# ============================================================== plan 01
def plan01():
    """County-style Word template with label tables (IFO Köping's variant)."""
    doc = new_doc()
    header_footer(doc, "Köpings kommun  |  Region Västmanland", "Mall SIP Västmanland rev. 2023-05, anpassad IFO Köping")
    t = doc.add_paragraph()
    r = t.add_run("Samordnad individuell plan (SIP)")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    para(doc, "Enligt 2 kap. 7 § socialtjänstlagen och 16 kap. 4 § hälso- och sjukvårdslagen", italic=True, size=9)

    def label_table(title, rows, widths=(5.0, 11.6)):
        tb = doc.add_table(rows=1 + len(rows), cols=2)
        tb.style = "Table Grid"
        top = tb.rows[0].cells
        m = top[0].merge(top[1])
        set_cell(m, title, bold=True, color="FFFFFF")
        shade(m, "1F3A5F")
        for i, (lab, val) in enumerate(rows, start=1):
            c0, c1 = tb.rows[i].cells
            set_cell(c0, lab, bold=True, size=10)
            shade(c0, "DCE6F1")
            set_cell(c1, val)
        col_widths(tb, widths)
        doc.add_paragraph()
        return tb

    label_table("1. Uppgifter om den enskilde", [
        ("Namn", "Elsa, 13 år"),
        ("Personnummer", "ÅÅMMDD-XXXX"),
        ("Vårdnadshavare", "Linda (mamma) och Johan (pappa), gemensam vårdnad"),
        ("Kontaktväg", "Via Familjeenheten Köping, växeln"),
    ])
    label_table("2. Mötet", [
        ("Datum för mötet", "2024-09-17, kl. 13.00–14.30"),
        ("Plats", "Familjeenheten, Köping"),
        ("Typ av möte", "☒ Första SIP-möte   ☐ Uppföljning   ☐ Avslut"),
        ("Samtycke", "☒ Skriftligt   ☐ Muntligt\nVårdnadshavarna har skrivit under samtyckesblanketten "
                     "(SIP och informationsutbyte mellan IFO, BUP och skolan) 2024-09-05. Elsa gav samma "
                     "dag sitt muntliga samtycke till socialsekreteraren."),
    ])

    bold_par(doc, "3. Deltagare", size=12)
    parts = [
        ("Elsa", "Den enskilde", "–"),
        ("Linda", "Vårdnadshavare", "–"),
        ("Johan", "Vårdnadshavare", "–"),
        ("Maria", "Socialsekreterare", "IFO Barn och unga, Köpings kommun"),
        ("Jesper", "Familjebehandlare", "Familjeenheten, Köpings kommun"),
        ("Ahmed", "Psykolog", "BUP Västerås, Region Västmanland"),
        ("Sofia", "Mentor", "Västerskolan, Köpings kommun"),
        ("Karin", "Kurator", "Elevhälsan Västerskolan, Köpings kommun"),
    ]
    tb = doc.add_table(rows=1, cols=3)
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, ("Namn", "Funktion", "Verksamhet/organisation")):
        set_cell(c, h, bold=True)
        shade(c, "DCE6F1")
    repeat_header(tb.rows[0])
    for row in parts:
        cells = tb.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    col_widths(tb, (3.5, 4.5, 8.6))
    doc.add_paragraph()

    label_table("4. Bakgrund och syfte", [
        ("Bakgrund / nuläge",
         "Elsa går i åk 7 på Västerskolan. Sedan mars 2024 har frånvaron ökat och sedan skolstarten i "
         "augusti har hon varit i skolan sammanlagt fyra halvdagar. Hon beskriver magont och "
         "panikkänslor på morgnarna, sover dåligt och ligger ofta vaken till efter midnatt. BUP Västerås "
         "har haft kontakt sedan maj 2024 (ångestsyndrom, utredning av ev. social fobi pågår). Skolan "
         "har kartlagt frånvaron. Föräldrarna känner sig osäkra på hur mycket de ska pressa Elsa och vem "
         "de ska ringa när morgnarna inte fungerar."),
        ("Syfte med SIP",
         "Att samordna stödet från skolan, BUP och socialtjänsten så att Elsa stegvis kan komma tillbaka "
         "till skolan under hösten 2024, och att familjen vet vem de ska vända sig till när det inte fungerar."),
        ("Frågeställningar inför mötet",
         "• Hur lägger vi upp en stegvis återgång till skolan och vilka lektioner är rimliga att börja med?\n"
         "• Behöver Elsa anpassad studiegång eller räcker extra anpassningar i nuläget?\n"
         "• Vem kontaktar familjen de morgnar Elsa inte kommer iväg?"),
    ])
    label_table("5. Den enskildes mål och delaktighet", [
        ("Elsas mål (med egna ord)",
         "”Jag vill kunna gå på engelskan och idrotten igen och sova bättre på nätterna. Och jag vill inte "
         "att alla ska fråga hur jag mår hela tiden.”"),
        ("Elsas och vårdnadshavarnas synpunkter",
         "Elsa var med under första halvan av mötet. Hon vill att mentorn skickar sms i stället för att "
         "ringa, och att bara en vuxen i skolan vet om hennes oro. Linda och Johan önskar en fast "
         "kontaktperson i skolan och att BUP-besöken läggs efter skoltid."),
    ])

    bold_par(doc, "6. Insatser – vem gör vad och när", size=12)
    ins = [
        ("KBT-behandling med gradvis exponering för skolsituationen, varannan vecka",
         "BUP Västerås, psykolog Ahmed", "Start 2024-09-24, t.o.m. 2024-12-17"),
        ("Anpassat schema: två lektioner per dag (engelska, idrott) de första fyra veckorna. Mentorn möter "
         "Elsa vid entrén kl. 08.15", "Västerskolan, mentor Sofia", "Från 2024-09-23"),
        ("Stödsamtal med kurator en gång i veckan", "Elevhälsan Västerskolan, kurator Karin",
         "Onsdagar kl. 10, från 2024-09-25"),
        ("Föräldrastöd kring rutiner, sömn och morgnar (beslut enligt 4 kap. 1 § SoL)",
         "Familjeenheten Köping, familjebehandlare Jesper", "Tid bokas med familjen"),
        ("Utredning av behov av anpassad studiegång", "Rektor, Västerskolan", "Beslut senast 2024-10-31"),
    ]
    tb = doc.add_table(rows=1, cols=4)
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, ("Nr", "Insats", "Ansvarig (verksamhet, funktion)", "När")):
        set_cell(c, h, bold=True)
        shade(c, "DCE6F1")
    repeat_header(tb.rows[0])
    for i, (a, b, c) in enumerate(ins, 1):
        cells = tb.add_row().cells
        set_cell(cells[0], str(i))
        set_cell(cells[1], a)
        set_cell(cells[2], b)
        set_cell(cells[3], c)
    col_widths(tb, (1.0, 7.4, 4.6, 3.6))
    doc.add_paragraph()

    label_table("7. Övrigt", [
        ("Andra aktörers insatser (närstående, den enskilde m.fl.)",
         "Linda följer Elsa till skolan de första två veckorna och lämnar henne vid entrén. Johan ansvarar "
         "för kvällsrutinen på vardagar (skärmar av kl. 21.30). Elsa fyller varje kväll i oroskattningen i "
         "appen hon fått av BUP och tar med den till samtalen. Inga andra aktörer (t.ex. "
         "Försäkringskassan) är aktuella."),
        ("Huvudansvarig för planen", "Maria, socialsekreterare, IFO Barn och unga, Köpings kommun"),
        ("Uppföljning",
         "Uppföljande SIP-möte 2024-11-12 kl. 13.00 på Familjeenheten. Maria skickar kallelse. Mentor och "
         "kurator stämmer av med familjen varannan fredag fram till dess."),
    ])
    para(doc, "Planen har upprättats gemensamt på mötet och skickas till samtliga deltagare. Kopia till "
              "vårdnadshavarna.", size=9, italic=True)
    save_docx(doc, path(1, "docx"))


# ============================================================== plan 02
def plan02():
    """Word document with ordinary Heading styles (Vuxenenheten Sala)."""
    doc = new_doc()
    header_footer(doc, "Sala kommun – Vård och omsorg, Vuxenenheten", None, page_numbers=True)
    doc.add_heading("Samordnad individuell plan", level=1)
    para(doc, "Den enskilde: Jonas, född 1986\nDatum: 2024-03-04\nPlats: Socialtjänsten Sala, mötesrum 2")

    doc.add_heading("Bakgrund", level=2)
    para(doc, "Jonas har en psykossjukdom sedan 2019 och har vårdats inom psykiatrisk slutenvård vid två "
              "tillfällen, senast i november 2023. Han bor ensam i hyresrätt i Sala. Under hösten har "
              "hyresskulden vuxit och hyresvärden har skickat uppsägning med varning för avhysning. Jonas har "
              "även skulder hos Kronofogden sedan tidigare (ca 85 000 kr). Han har svårt att öppna post och att "
              "komma ihåg tider, och har uteblivit från två besök på mottagningen under vintern.")
    para(doc, "Ärendet aktualiserades efter en orosanmälan från hyresvärden i januari.")

    doc.add_heading("Syfte", level=2)
    para(doc, "Samordning av insatser.")

    doc.add_heading("Frågeställningar", level=2)
    para(doc, "Aktuell situation och fortsatt planering.")

    doc.add_heading("Den enskildes delaktighet", level=2)
    para(doc, "Jonas deltog i mötet.")

    doc.add_heading("Planerade insatser", level=2)
    doc.add_heading("Vuxenpsykiatrin Sala", level=3)
    para(doc, "Fortsatt kontakt med mottagningen.")
    doc.add_heading("Socialpsykiatrin, Sala kommun", level=3)
    para(doc, "Stöd i hemmet vid behov.")
    doc.add_heading("Ekonomi", level=3)
    para(doc, "Hjälp med ekonomin. Ansvar: Kommunen.")

    doc.add_heading("Samordningsansvar", level=2)
    para(doc, "Ulrika, socialsekreterare, Vuxenenheten, Sala kommun, har huvudansvaret för planen.")

    doc.add_heading("Övriga aktörer", level=2)
    para(doc, "Jonas har god man sedan 2023. Kronofogden är inkopplad.")

    doc.add_heading("Uppföljning", level=2)
    para(doc, "Ny SIP om ca tre månader.")

    doc.add_heading("Närvarande", level=2)
    for s in ["Jonas",
              "Ulrika, socialsekreterare, Vuxenenheten Sala kommun",
              "Anna, sjuksköterska, Vuxenpsykiatrin Sala, Region Västmanland",
              "Peter, boendestödjare, Socialpsykiatrin Sala kommun"]:
        doc.add_paragraph(s, style="List Bullet")
    para(doc, "")
    para(doc, "Planen skickas till Jonas och till de deltagande verksamheterna.", italic=True, size=9)
    save_docx(doc, path(2, "docx"))


# ============================================================== plan 03
class RecordPrint(FPDF):
    """Generic record-system print with running header and 'Sida x (y)'."""

    def __init__(self, system, doc_title, printed, patient, **kw):
        super().__init__(**kw)
        self.system, self.doc_title, self.printed, self.patient = system, doc_title, printed, patient
        self.add_font("DejaVu", "", FONT)
        self.add_font("DejaVu", "B", FONT_B)
        self.set_creation_date(FIXED_DT)
        self.set_auto_page_break(True, margin=18)

    def header(self):
        self.set_font("DejaVu", "B", 8)
        self.set_text_color(60, 60, 60)
        self.cell(60, 4, self.system)
        self.set_font("DejaVu", "", 8)
        self.cell(70, 4, self.doc_title, align="C")
        self.cell(0, 4, f"Utskriftsdatum {self.printed}", align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(130, 4, self.patient)
        self.cell(0, 4, f"Sida {self.page_no()} ({{nb}})", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(120, 120, 120)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(5)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(110, 110, 110)
        self.cell(0, 4, "Utskriften är en kopia. Originalet finns i journalsystemet.", align="C")
        self.set_text_color(0, 0, 0)

    def bar(self, title):
        self.ln(2)
        self.set_fill_color(215, 215, 215)
        self.set_font("DejaVu", "B", 10)
        self.cell(0, 6, " " + title, fill=True, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def body(self, text, size=9.5):
        self.set_font("DejaVu", "", size)
        self.multi_cell(0, 4.8, text, new_x="LMARGIN", new_y="NEXT")

    def kv(self, label, value, lw=45):
        self.set_font("DejaVu", "B", 9)
        y = self.get_y()
        self.multi_cell(lw, 5, label, new_x="RIGHT", new_y="TOP")
        self.set_font("DejaVu", "", 9)
        self.multi_cell(0, 5, value, new_x="LMARGIN", new_y="NEXT")
        self.set_y(max(self.get_y(), y + 5))


def plan03():
    pdf = RecordPrint("SamVerka – Samordnad planering", "Samordnad individuell plan (SIP)",
                      "2024-10-16 09:42", "Gunnar, ÅÅMMDD-XXXX", format="A4")
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 8, "SIP – Planering inför hemgång", new_x="LMARGIN", new_y="NEXT")
    pdf.kv("Planens status", "Fastställd 2024-10-15")
    pdf.kv("Mötesdatum", "2024-10-15 kl. 13.30")
    pdf.kv("Mötesform", "Videomöte (Gunnar deltog från ortopedavdelningen, Västmanlands sjukhus Västerås)")
    pdf.kv("Kommun", "Arboga")

    pdf.bar("Bakgrund")
    pdf.body("Gunnar, 84 år, föll i hemmet 2024-10-03 och opererades för höftfraktur höger på Västmanlands "
             "sjukhus Västerås 2024-10-04. Han vårdas på ortopedavdelningen och beräknas vara utskrivningsklar "
             "2024-10-21. Före fallet klarade han sig i stort sett själv med hemtjänst för städning varannan "
             "vecka. Bor ensam i lägenhet på andra våningen (hiss finns) i centrala Arboga. Lätt kognitiv "
             "svikt enligt vårdcentralen, ej utredd. Går nu med rollator och med stöd av personal kortare "
             "sträckor. Behöver hjälp vid dusch och med strumpor/skor.")

    pdf.bar("Syfte")
    pdf.body("Syftet med planen är att Gunnar ska kunna komma hem till sin lägenhet i Arboga efter operationen "
             "med trygg rehabilitering och hjälp i hemmet, och att han ska veta vem som kommer och när de "
             "första veckorna.")

    pdf.bar("Den enskildes mål")
    pdf.body("”Jag vill klara mig själv hemma och kunna gå till Ica med rollatorn före jul.”")

    pdf.bar("Den enskildes synpunkter")
    pdf.body("Gunnar deltog via video från avdelningen. Han vill inte att hemtjänsten kommer före kl. 8 på "
             "morgonen och vill helst duscha på kvällen. Han är tveksam till trygghetslarm men går med på att "
             "prova det.")

    pdf.bar("Samtycke")
    pdf.body("Samtycke finns.")

    pdf.bar("Insatser")
    rows = [
        ("Hemtjänst morgon (kl. 8–9) och kväll (kl. 19–20): påklädning, dusch 2 ggr/v, tillsyn",
         "Hemtjänst Arboga centrum", "2024-10-21"),
        ("Trygghetslarm installeras samma dag som hemkomst", "Larmgruppen, Arboga kommun", "2024-10-21"),
        ("Hembesök, bedömning och utprovning av hjälpmedel (toalettförhöjning, duschpall, griptång)",
         "Arbetsterapeut, Hemrehab Arboga kommun", "2024-10-22"),
        ("Gångträning i hemmet och i trapphuset, 2 ggr/vecka i 6 veckor",
         "Fysioterapeut, Hemrehab Arboga kommun", "Fr.o.m. 2024-10-22"),
        ("Läkemedelsgenomgång inkl. smärtlindring och blodförtunnande",
         "Distriktsläkare, Vårdcentralen Arboga", "2024-10-29"),
        ("Återbesök med röntgen", "Ortopedmottagningen, Västmanlands sjukhus Västerås", "2024-11-26"),
    ]
    pdf.set_font("DejaVu", "", 8.5)
    with pdf.table(col_widths=(80, 60, 30), text_align="LEFT", line_height=4.5,
                   headings_style=FontFace(emphasis="BOLD", fill_color=(235, 235, 235)),
                   repeat_headings=1) as table:
        h = table.row()
        for x in ("Insats", "Utförare", "Start"):
            h.cell(x)
        for r in rows:
            row = table.row()
            for x in r:
                row.cell(x)

    pdf.bar("Huvudansvar för planen")
    pdf.body("Hemtjänsten")

    pdf.bar("Uppföljning")
    pdf.body("Uppföljning 2024-11-19 kl. 10.00 i Gunnars hem.")

    pdf.bar("Deltagare")
    pdf.body("Gunnar, Sara, Mehmet, Lena, Johanna")

    pdf.ln(4)
    pdf.set_font("DejaVu", "", 8)
    pdf.cell(0, 4, "Signerad av: Sara 2024-10-15 14:02", new_x="LMARGIN", new_y="NEXT")
    pdf.output(path(3, "pdf"))


# ============================================================== plan 04
def plan04():
    txt = """SAMORDNAD INDIVIDUELL PLAN (SIP)
================================
Utskrift från verksamhetssystem 2025-02-11 14:22
Enhet: Ungdomsenheten, Västerås stad

PERSON
Namn: Alex
Personnummer: XXXXXX-XXXX
Mötesdatum: 2025-02-10

SYFTE
SIP

BAKGRUND/NULÄGE
Alex är 17 år och bor med sin mamma i Västerås. Under hösten 2024 har
det kommit två orosanmälningar från skolan gällande misstänkt
cannabisbruk och hög frånvaro. Alex har haft kontakt med Mini-Maria
Västerås sedan december 2024. Positiva urinprov i december och
januari. Han går andra året på ett yrkesprogram men har enligt skolan
inte varit på sin APL-plats sedan november. Mamma uppger att det är
mycket konflikter hemma och att Alex ofta är ute sent på kvällarna.
Utredning enligt 11 kap. 1 § SoL pågår.

FRÅGESTÄLLNINGAR


MÅL


INSATSER
- Fortsatt samtalskontakt.
- Stöd i skolan vid behov.
- Samverkan mellan parterna.

ANSVARIG FÖR PLANEN


SAMTYCKE
Samtycke finns.

UPPFÖLJNING
Efter sommaren.

-- Slut på utskrift --
"""
    write_text(path(4, "txt"), txt, crlf=True)


# ============================================================== plan 05
def plan05():
    """Half-filled county template (Fagersta), placeholders left in grey."""
    doc = new_doc(font="Arial", size=10)
    header_footer(doc, "Fagersta kommun  •  Region Västmanland", "SIP-mall version 2023", page_numbers=True)
    p = doc.add_paragraph()
    r = p.add_run("SIP – Samordnad individuell plan")
    r.bold = True
    r.font.size = Pt(15)
    para(doc, "Fyll i alla fält. Planen ska skickas till alla deltagare efter mötet.", italic=True, size=8)

    def section(title, rows, filled):
        tb = doc.add_table(rows=len(rows) + 1, cols=2)
        tb.style = "Table Grid"
        m = tb.rows[0].cells[0].merge(tb.rows[0].cells[1])
        set_cell(m, title, bold=True)
        shade(m, "BFBFBF")
        for i, lab in enumerate(rows, 1):
            c0, c1 = tb.rows[i].cells
            set_cell(c0, lab, bold=True, size=9)
            shade(c0, "F2F2F2")
            val = filled.get(lab)
            if val is None:
                placeholder(c1)
            elif isinstance(val, tuple):
                placeholder(c1, val[0])
            else:
                set_cell(c1, val)
        col_widths(tb, (5.2, 11.4))
        doc.add_paragraph()

    section("Personuppgifter", ["Personens namn", "Personnummer", "Datum för SIP-mötet", "Plats"], {
        "Personens namn": "Oscar",
        "Personnummer": "ÅÅMMDD-XXXX",
        "Datum för SIP-mötet": "2025-01-21",
        "Plats": "Funktionsstöd, Fagersta kommun",
    })
    section("Samtycke", ["Form", "Datum för samtycke"], {
        "Form": "☒ Skriftligt   ☐ Muntligt",
        "Datum för samtycke": "2025-01-14",
    })
    section("Bakgrund och syfte", ["Bakgrund", "Syfte med planen", "Frågeställningar"], {
        "Bakgrund": "Oscar är 24 år och har autism och lindrig intellektuell funktionsnedsättning. Han bor hos "
                    "sin mamma i Fagersta. Han har svårt med förändringar och har under hösten haft perioder med "
                    "sömnsvårigheter och utbrott hemma. Mamma orkar inte längre med situationen.",
        "Syfte med planen": "Samordning inför flytt.",
        "Frågeställningar": "Gå igenom nuläget.",
    })
    section("Personens mål och delaktighet", ["Personens mål", "Personens synpunkter / delaktighet"], {})

    bold_par(doc, "Insatser")
    tb = doc.add_table(rows=4, cols=4)
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, ("Insats", "Ansvarig verksamhet", "Ansvarig funktion", "Datum")):
        set_cell(c, h, bold=True, size=9)
        shade(c, "F2F2F2")
    for row in tb.rows[1:]:
        placeholder(row.cells[0])
        placeholder(row.cells[1])
        placeholder(row.cells[2])
        placeholder(row.cells[3], "ÅÅÅÅ-MM-DD")
    col_widths(tb, (6.0, 4.0, 3.6, 3.0))
    doc.add_paragraph()

    section("Övrigt", ["Andra aktörers insatser", "Huvudansvarig för planen", "Uppföljning (datum)"], {
        "Huvudansvarig för planen": ("Namn, funktion, verksamhet",),
        "Uppföljning (datum)": ("ÅÅÅÅ-MM-DD",),
    })

    bold_par(doc, "Deltagare")
    tb = doc.add_table(rows=1, cols=3)
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, ("Namn", "Funktion", "Verksamhet")):
        set_cell(c, h, bold=True, size=9)
        shade(c, "F2F2F2")
    for row in [("Oscar", "Den enskilde", ""),
                ("Anneli", "LSS-handläggare", "Funktionsstöd, Fagersta kommun"),
                ("Göran", "Enhetschef", "Gruppbostäder, Funktionsstöd Fagersta kommun"),
                ("Rebecka", "Arbetsterapeut", "Vuxenhabiliteringen, Region Västmanland"),
                ("Hamid", "Läkare", "Vuxenpsykiatrin Fagersta, Region Västmanland")]:
        cells = tb.add_row().cells
        for c, v in zip(cells, row):
            set_cell(c, v)
    col_widths(tb, (3.5, 4.5, 8.6))
    save_docx(doc, path(5, "docx"))


# ============================================================== plan 06
def plan06():
    """Word document with ordinary headings in the unit's own wording (Hallstahammar)."""
    doc = new_doc(font="Calibri", size=11)
    header_footer(doc, "Hallstahammars kommun / Vårdcentralen Hallstahammar", None, page_numbers=False)
    doc.add_heading("SIP för Birgitta", level=1)

    doc.add_heading("Inledning", level=2)
    para(doc, "Birgitta, 79 år, Hallstahammar. Mötet hölls 2024-10-24 kl. 14 på Vårdcentralen Hallstahammar.")

    doc.add_heading("Varför vi träffas", level=2)
    para(doc, "Vi träffas för att samordna hjälpen till Birgitta efter att hon har fallit två gånger i hemmet i "
              "september under påverkan av alkohol, och för att hemtjänsten, vårdcentralen och "
              "beroendemottagningen ska arbeta åt samma håll kring hennes nedstämdhet och drickande.")

    doc.add_heading("Det vi vill ha svar på", level=2)
    for q in ["Kan beroendemottagningen träffa Birgitta i hemmet i stället för på mottagningen i Västerås?",
              "Hur ska hemtjänsten göra om Birgitta är påverkad vid besöket, och vem kontaktas då?",
              "Behöver den antidepressiva behandlingen ses över innan något annat ändras?"]:
        doc.add_paragraph(q, style="List Bullet")

    doc.add_heading("Nuläge", level=2)
    para(doc, "Birgitta är änka sedan 2022 och bor i villa i Hallstahammar. Hon har hemtjänst för inköp och "
              "städning sedan i våras. Distriktssköterskan har sett en tydlig försämring under hösten: "
              "viktnedgång, sämre hygien och flera tomma vinflaskor vid hembesök. AUDIT gjordes i augusti "
              "(22 poäng). Birgitta har en depression som behandlas på vårdcentralen med sertralin. Vid fallen "
              "i september kom ambulans och hon röntgades på akuten, inga frakturer.")

    doc.add_heading("Vad vi kommer överens om", level=2)
    para(doc, "Målet är att Birgitta ska minska sitt alkoholintag, må bättre och inte falla igen.")
    for s in [
        "Hemtjänst Hallstahammar östra: tillsynsbesök två gånger per dag (kl. 9 och kl. 15) från 2024-11-04, "
        "utöver nuvarande inköp och städ. Kontaktman: Jenny, undersköterska.",
        "Vårdcentralen Hallstahammar, distriktssköterska Pia: delar dosett varje måndag från 2024-11-04 och gör "
        "hembesök med läkemedelsgenomgång 2024-11-06.",
        "Vårdcentralen Hallstahammar, distriktsläkare: ser över den antidepressiva behandlingen vid "
        "läkarbesök 2024-11-13.",
        "Beroendemottagningen Västerås, behandlare Nils: samtal i hemmet varannan torsdag med start 2024-11-14.",
        "Biståndshandläggare, Äldreomsorgen Hallstahammars kommun: utreder behov av dagverksamhet, beslut "
        "senast 2024-11-29.",
    ]:
        doc.add_paragraph(s, style="List Number")

    doc.add_heading("Närstående", level=2)
    para(doc, "Sonen Anders ringer Birgitta varje söndag och tar med henne och handlar varannan lördag. Han tar "
              "själv kontakt med beroendemottagningens anhörigstöd under november.")

    doc.add_heading("Nästa träff", level=2)
    para(doc, "Vecka 47. Kallelse skickas.")

    doc.add_heading("Medverkande", level=2)
    para(doc, "Lotta, Pia, Jenny, Nils, sonen Anders.")
    save_docx(doc, path(6, "docx"))


# ============================================================== plan 07
class IfoPrint(RecordPrint):
    def header(self):
        self.set_fill_color(30, 30, 30)
        self.set_text_color(255, 255, 255)
        self.set_font("DejaVu", "B", 9)
        self.cell(0, 6, f" {self.system}", fill=True, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.set_font("DejaVu", "", 8)
        self.cell(100, 5, self.doc_title)
        self.cell(0, 5, f"Utskrivet {self.printed}   Sida {self.page_no()} av {{nb}}", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, self.patient, new_x="LMARGIN", new_y="NEXT")
        self.ln(4)

    def sec(self, title):
        self.ln(2)
        self.set_font("DejaVu", "B", 10.5)
        self.cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(0, 0, 0)
        self.line(self.l_margin, self.get_y(), self.l_margin + 60, self.get_y())
        self.ln(1.5)


def plan07():
    pdf = IfoPrint("SocSys IFO – Barn och familj", "Samordnad individuell plan (SIP)",
                   "2024-04-24 av Emelie", "Ärende: Liam, 10 år, ÅÅMMDD-XXXX", format="A4")
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 9, "Samordnad individuell plan", new_x="LMARGIN", new_y="NEXT")
    for k, v in [("Barn", "Liam, 10 år"),
                 ("Vårdnadshavare", "Jessica (mamma), Robin (pappa)"),
                 ("Mötesdatum", "2024-04-23"),
                 ("Plats", "Hagaskolan, Surahammar"),
                 ("Samtycke", "Vårdnadshavarna har gett skriftligt samtycke 2024-04-02 på kommunens blankett "
                              "”Samtycke SIP”. Liam har informerats om mötet av mamma.")]:
        pdf.kv(k, v, lw=38)

    pdf.sec("Syfte")
    pdf.body("Gemensam planering.")
    pdf.sec("Bakgrund")
    pdf.body("Liam går i åk 4 på Hagaskolan. Han fick diagnosen ADHD vid BUP Västerås i januari 2024 och har "
             "medicin (metylfenidat) sedan februari. Skolan rapporterar återkommande konflikter på rasterna, "
             "bl.a. slagsmål vid tre tillfällen i mars. Föräldrarna är separerade sedan 2023 och Liam bor "
             "växelvis. Socialtjänsten har en pågående utredning enligt 11 kap. 1 § SoL efter orosanmälan "
             "från skolan i februari.")
    pdf.sec("Frågeställningar")
    pdf.body("1. Hur ska skolan och BUP samordna informationen om medicineringen och hur den fungerar under "
             "skoldagen?\n"
             "2. Behöver Liam utredas vidare för språkstörning, som skolan misstänker?\n"
             "3. Hur kan rasterna organiseras så att Liam har en vuxen i närheten?")
    pdf.sec("Mål")
    pdf.body("Liam ska klara rasterna utan konflikter och få en fungerande skoldag.")
    pdf.sec("Barnets och vårdnadshavarnas delaktighet")
    pdf.body("Liam var med under den första halvtimmen tillsammans med mamma. Han sa att han vill att fröken "
             "inte säger till honom inför hela klassen, och att det är roligast på rasterna när de spelar "
             "fotboll. Pappa deltog inte men har lämnat synpunkter till socialsekreteraren per telefon: han "
             "önskar att familjebehandlingen ska gälla båda hemmen.")
    pdf.sec("Insatser")
    rows = [
        ("Uppföljning av medicineringen och ev. dosjustering", "BUP Västerås, läkare", "2024-05-07", "Planerad"),
        ("Skattningsformulär till lärare och föräldrar inför läkarbesöket", "BUP Västerås, sjuksköterska",
         "Skickas 2024-04-29", "Planerad"),
        ("Vuxen (elevassistent) ute på förmiddagsrasten och lunchrasten", "Hagaskolan, rektor",
         "Fr.o.m. 2024-04-29", "Beslutad"),
        ("Remiss till logoped för bedömning av misstänkt språkstörning",
         "Elevhälsan Hagaskolan, specialpedagog", "2024-05-03", "Planerad"),
        ("Familjebehandling i båda hemmen", "Kommunen", "", "Utreds"),
    ]
    pdf.set_font("DejaVu", "", 8.5)
    with pdf.table(col_widths=(70, 50, 30, 20), text_align="LEFT", line_height=4.5,
                   headings_style=FontFace(emphasis="BOLD", fill_color=(220, 220, 220)),
                   repeat_headings=1) as table:
        h = table.row()
        for x in ("Insats", "Ansvarig", "Tid", "Status"):
            h.cell(x)
        for r in rows:
            row = table.row()
            for x in r:
                row.cell(x)
    pdf.sec("Övriga aktörer")
    pdf.body("Farmor och fotbollsklubben är viktiga för Liam.")
    pdf.sec("Huvudansvarig för planen")
    pdf.body("")
    pdf.sec("Uppföljning")
    pdf.body("Uppföljning v. 24.")
    pdf.sec("Deltagare")
    rows = [("Liam", "Barnet", ""), ("Jessica", "Mamma", ""),
            ("Emelie", "Socialsekreterare", "Barn och familj, Surahammars kommun"),
            ("Josefin", "Klasslärare", "Hagaskolan, Surahammars kommun"),
            ("Khalid", "Rektor", "Hagaskolan, Surahammars kommun"),
            ("Maja", "Sjuksköterska", "BUP Västerås, Region Västmanland")]
    pdf.set_font("DejaVu", "", 8.5)
    with pdf.table(col_widths=(35, 45, 90), text_align="LEFT", line_height=4.5,
                   headings_style=FontFace(emphasis="BOLD", fill_color=(220, 220, 220)),
                   repeat_headings=1) as table:
        h = table.row()
        for x in ("Namn", "Roll/funktion", "Verksamhet"):
            h.cell(x)
        for r in rows:
            row = table.row()
            for x in r:
                row.cell(x)
    pdf.output(path(7, "pdf"))


# ============================================================== plan 08
def plan08():
    txt = """Norbergs kommun - Socialtjänsten                          Utskrift 2025-03-06
SAMORDNAD INDIVIDUELL PLAN (SIP)
-------------------------------------------------------------------------------
Klient:          Fatima
Personnr:        XXXXXX-XXXX
Mötesdatum:      2025-03-05 kl 13.00
Mötesplats:      Vårdcentralen Norberg
Närvarande:      Helena, Johan, Marita, Linnea
Samtycke:        Samtycke inhämtat.
-------------------------------------------------------------------------------

BAKGRUND
  Fatima är 41 år och ensamstående med tre barn (8, 12 och 15 år). Hon har
  varit sjukskriven på heltid för depression sedan juni 2024. Anställningen
  på ett städbolag i Fagersta upphörde i december och hon är nu utan arbete.
  Sjukpenningen prövas mot normalt förekommande arbete. Hon har hyresskuld
  för januari och februari och har ansökt om ekonomiskt bistånd. Hon har
  haft kontakt med vårdcentralen sedan hösten, läkemedelsbehandling
  sedan oktober.

FRÅGESTÄLLNINGAR
  Diskutera läget kring sjukskrivningen.

FATIMAS MÅL
  Fatima deltog inte i mötet. Hon har inför mötet sagt till handläggaren:
  "Jag vill orka vara med mina barn på eftermiddagarna och börja jobba lite
  igen, kanske 25 procent till hösten."

INSATSER
  Insats                          Ansvarig                        Tid
  ------------------------------  ------------------------------  -------------
  KBT-samtal, 10 tillfällen       Psykolog, Vårdcentralen Norberg tisdagar
                                                                  2025-03-11 --
                                                                  2025-05-13
  Läkarbesök, ny bedömning av     Läkare, Vårdcentralen Norberg   2025-03-20
  arbetsförmåga och medicinering
  Handläggning av ansökan om      Handläggare ekonomiskt bistånd, beslut senast
  ekonomiskt bistånd (hyra feb)   Socialtjänsten Norberg          2025-03-14
  Stödsamtal om vardagsstruktur,  Öppenvården Socialtjänsten      start 2025-03-17
  varannan vecka i hemmet         Norberg                         

ANDRA AKTÖRER
  Försäkringskassan: handläggaren kallar till avstämningsmöte 2025-04-10
  om sjukpenningen och rehabiliteringsplan.
  Arbetsförmedlingen: deltar vid avstämningsmötet och bedömer om Fatima kan
  få arbetsträning inom förberedande insats.
  Fatima själv: promenerar 30 minuter varje dag och fyller i den
  aktivitetsdagbok hon fått av psykologen, som hon tar med till samtalen.

HUVUDANSVAR
  Socialtjänsten

UPPFÖLJNING
  2025-05-22 kl 13.00, Vårdcentralen Norberg

-------------------------------------------------------------------------------
Dokumenterat av: Helena                                   Sida 1 av 1
"""
    write_text(path(8, "txt"), txt, encoding="cp1252", crlf=True)


# ============================================================== plan 09
def plan09():
    """Network map (nätverkskarta): 3x3 grid with the young person in the centre."""
    doc = new_doc(font="Calibri", size=10, landscape=True)
    header_footer(doc, "SIP – Kungsör", None, page_numbers=False)
    p = doc.add_paragraph()
    r = p.add_run("Nätverkskarta – SIP")
    r.bold = True
    r.font.size = Pt(18)
    para(doc, "Noah, 15 år  ·  Kungsör  ·  Möte 2024-10-01 på Socialtjänsten Kungsör", size=10)
    para(doc, "Kartan gjordes tillsammans på mötet. Varje ruta visar vad personen eller verksamheten gör.",
         italic=True, size=9)

    cells = {
        (0, 0): ("MAMMA – Sanna",
                 "Väcker Noah kl. 7.00 på skoldagar och skjutsar honom till skolan.\nFöljer med på BUP-besöken."),
        (0, 1): ("BUP VÄSTERÅS – psykolog",
                 "Samtal varje tisdag kl. 15 med fokus på nedstämdhet och självskada, från 2024-10-08.\n"
                 "Säkerhetsplanen gås igenom vid första besöket."),
        (0, 2): ("SKOLAN – mentor, Västergårdsskolan",
                 "Anpassad närvaroplan från 2024-10-07: Noah börjar kl. 9.40 tre dagar i veckan.\n"
                 "Kort avstämning med Noah varje morgon."),
        (1, 0): ("PAPPA – Mikael",
                 "Tar med Noah till gymmet på lördagar.\nHar hand om Noahs mobil på nätterna de helger Noah "
                 "bor hos honom."),
        (1, 2): ("ELEVHÄLSAN – skolsköterska", "Samtal vid behov."),
        (2, 0): ("SOCIALTJÄNSTEN KUNGSÖR – familjebehandlare",
                 "Hembesök varannan onsdag från 2024-10-09 med fokus på konflikterna hemma."),
        (2, 1): ("VÅRDCENTRALEN KUNGSÖR – läkare", "Följer upp sömnen och ev. sömnmedicin."),
        (2, 2): ("FRITID", "Noah vill börja i gymmets ungdomsgrupp igen. Pappa tar reda på när den startar."),
    }
    tb = doc.add_table(rows=3, cols=3)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    for (ri, ci), (title, text) in cells.items():
        c = tb.cell(ri, ci)
        c.text = ""
        pr = c.paragraphs[0]
        rr = pr.add_run(title)
        rr.bold = True
        rr.font.size = Pt(9.5)
        for line in text.split("\n"):
            c.add_paragraph(line).runs[0].font.size = Pt(9.5)
        shade(c, "EAF1FB" if ri != 1 else "F4F4F4")
    centre = tb.cell(1, 1)
    centre.text = ""
    pr = centre.paragraphs[0]
    pr.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rr = pr.add_run("NOAH")
    rr.bold = True
    rr.font.size = Pt(16)
    p2 = centre.add_paragraph("15 år")
    p2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p3 = centre.add_paragraph()
    p3.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r3 = p3.add_run("”Jag vill kunna sova och gå till skolan utan att få panik. Och jag vill börja träna igen.”")
    r3.italic = True
    shade(centre, "FFF2CC")
    col_widths(tb, (8.5, 8.5, 8.5))
    for row in tb.rows:
        row.height = Cm(3.6)

    doc.add_paragraph()
    bold_par(doc, "Om mötet", space_before=4)
    para(doc, "Noah var med hela mötet tillsammans med mamma och pappa. Noah vill att bara mentorn ska känna till "
              "hur han mår i skolan, inte hela arbetslaget.")
    para(doc, "Samtycke: Ja")
    para(doc, "Samordningsansvar: BUP")
    para(doc, "Vi ses igen efter jullovet.")
    para(doc, "Närvarande: Noah, Sanna, Mikael, Ida, Karl, Omar")
    save_docx(doc, path(9, "docx"))


# ============================================================== plan 10
def plan10():
    """OCR output of a scanned paper form (Skinnskatteberg), with OCR errors and a form feed."""
    page1 = """Skinnskattebergs kornmun                       Region Västmanland

SARNORDNAD INDIVIDUELL PLAN (SIP)

Namn: lngrid                     Personnummer: XXXXXX-XXXX
Datum för möte: 2024-05-14       Plats: Vårdcentralen Skinnskatteberg

Syfte med planen:


Frågeställningar:


Bakgrund / nuläge:
lngrid är 86 år och bor ensam i villa utanför Skinnskatteberg. Hon har
sedan ett år tillbaka tilltagande minnessvårigheter. Hemtjänsten
rapporterar att hon glömmer att äta och vid två tillfällen har spisen
stått på när personalen kommit. Misstänkt demenssjukdom, ej utredd.
Hon har fallit en gång i april utan skador. |

Mål:
Målet är att lngrid kan bo kvar hemma så länge som möjligt med
tillräckligt stöd och att hon äter regelbundet.

Insatser                       Ansvarig                        När
-------------------------------------------------------------------------
Utökad hemtjänst, 4 besök/     Hemtjänsten Skinnskatteberg,    fr.o.m.
dag (frukost, lunch,           enhetschef                      2024-05-20
middag, kvällstillsyn)
Spisvakt installeras           Biståndshandläggare, Skinnskat- 2024-05-24
                               tebergs kommun
Basal demensutredning          Regionen
(minnesutredning)
Kontroll av trygghetslarm      Hemtjänsten / larmansvarig      2024-05-20
Läkemedelsgenomgång, byte      Distriktssköterska, Vård-       2024-05-28
till Apodos                    centralen Skinnskatteberg

                                                            Sida 1 av2
"""
    page2 = """
Huvudansvarig för planen: Annika, distriktssköterska, Vårdcentralen
Skinnskatteberg

Uppföljning: 2024-08-20 kl 10.00 , Vårdcentralen

Deltagare:
Annika, distriktssköterska, Vårdcentralen Skinnskatteberg
Bo, biståndshandläggare, Skinnskattebergs kommun
Leila, enhetschef, Hemtjänsten Skinnskatteberg
Marcus, läkare, Vårdcentralen Skinnskatteberg



Underskrift ............................  ..............................
            Annika                          Bo

                                                            Sida 2 av 2
"""
    write_text(path(10, "txt"), page1 + "\f" + page2)


# ============================================================== plan 11
def plan11():
    """Signs of Safety layout: three columns (worries / what works / what needs to happen), scale, three houses."""
    doc = new_doc(font="Calibri", size=10.5, landscape=True)
    header_footer(doc, "SIP enligt Signs of Safety", None, page_numbers=True)
    p = doc.add_paragraph()
    r = p.add_run("SIP – Vera, 8 år")
    r.bold = True
    r.font.size = Pt(18)
    para(doc, "Möte 2024-03-12 kl. 15.00, Familjens hus, Västerås", size=10)

    bold_par(doc, "Därför har vi SIP")
    para(doc, "Vi har SIP för att mammas och pappas alkoholproblem påverkar Vera, och för att socialtjänsten, "
              "Beroendecentrum och Veras skola ska göra en gemensam plan så att Vera är trygg hemma och kan gå i "
              "skolan som vanligt.")

    tb = doc.add_table(rows=2, cols=3)
    tb.style = "Table Grid"
    heads = ("Vad oroar oss?", "Vad fungerar bra?", "Vad behöver hända?")
    fills = ("F8CBAD", "C6E0B4", "BDD7EE")
    for c, h, f in zip(tb.rows[0].cells, heads, fills):
        set_cell(c, h, bold=True, size=12)
        shade(c, f)
    repeat_header(tb.rows[0])
    set_cell(tb.cell(1, 0),
             "Polisen var hemma hos familjen 2024-01-27 efter bråk då båda föräldrarna var berusade.\n\n"
             "Vera har kommit till skolan utan frukost flera gånger i februari.\n\n"
             "Vera har berättat för sin lärare att hon blir rädd när pappa ”blir konstig”.")
    set_cell(tb.cell(1, 1),
             "Mormor Gun bor nära och Vera sover hos henne varannan helg.\n\n"
             "Vera går till skolan varje dag och har en bästa kompis i klassen.\n\n"
             "Mamma har själv sökt hjälp på Beroendecentrum i februari.\n\n"
             "Föräldrarna säger att de vill samarbeta.")
    set_cell(tb.cell(1, 2),
             "• Mamma och pappa går på samtal på Beroendecentrum Västerås varannan vecka från 2024-03-19 "
             "(behandlare Kim).\n"
             "• Pappa lämnar PEth-prov på Beroendecentrum en gång i månaden, första gången 2024-03-21.\n"
             "• Familjebehandlare från Familjeteamet, Västerås stad, gör hembesök varje tisdag kväll från "
             "2024-03-19.\n"
             "• Skolan ser till att Vera får frukost i skolan när hon kommer utan att ha ätit.\n"
             "• Mormor Gun har Vera varannan helg och är den Vera ringer om hon blir rädd. Gun har fått "
             "socialjourens nummer.")
    col_widths(tb, (8.4, 8.4, 9.2))

    doc.add_paragraph()
    bold_par(doc, "Skalfråga")
    para(doc, "På en skala 0–10, där 10 betyder att Vera är helt trygg hemma och 0 att hon inte kan bo kvar: "
              "socialtjänsten 4, skolan 5, mamma 7, pappa 7, mormor 5.")

    bold_par(doc, "Det vi behöver ta reda på")
    for q in ["Kan pappa få en egen behandlingskontakt, skild från mammas?",
              "Hur ska skolan göra om Vera berättar något nytt – vem ringer de?"]:
        doc.add_paragraph(q, style="List Bullet")

    bold_par(doc, "Veras tre hus")
    para(doc, "Vera var inte med på mötet eftersom vi inte ville att hon skulle höra de vuxnas oro om "
              "föräldrarna. Hon gjorde sina tre hus med socialsekreteraren 2024-03-05 och hennes bild visades "
              "på mötet. Mamma och pappa var med på hela mötet.", italic=True, size=9.5)
    th = doc.add_table(rows=2, cols=3)
    th.style = "Table Grid"
    for c, h, f in zip(th.rows[0].cells, ("Det bra huset", "Orohuset", "Drömhuset"), ("C6E0B4", "F8CBAD", "FFF2CC")):
        set_cell(c, h, bold=True)
        shade(c, f)
    set_cell(th.cell(1, 0), "”Mormors hus. Min katt Sixten. När mamma läser för mig.”")
    set_cell(th.cell(1, 1), "”När pappa blir konstig och skriker. När ingen är vaken på morgonen.”")
    set_cell(th.cell(1, 2), "”Jag vill att mamma och pappa slutar bråka och att jag får sova hos mormor på helgerna.”")
    col_widths(th, (8.6, 8.6, 8.8))

    doc.add_paragraph()
    para(doc, "Planen hålls ihop av socialsekreteraren Jonna.")
    para(doc, "Närvarande: Hanna, Daniel, Gun, Jonna, Kim, Petra")
    save_docx(doc, path(11, "docx"))


# ============================================================== plan 12
def plan12():
    txt = """# Ärende #2024-1187 — SIP Daniel (29)

| Fält | Värde |
|---|---|
| Status | Pågående |
| Ärendetyp | Samordnad individuell plan |
| Skapat | 2024-05-27 av sofvux01 |
| Senast ändrat | 2024-06-05 16:40 |
| Ansvarig enhet | Vuxenenheten, Västerås stad |
| Prioritet | Normal |
| Deltagare | Daniel (den enskilde); Sofia, socialsekreterare, Vuxenenheten Västerås stad; Marcus, sjuksköterska, Psykiatrimottagningen Västerås, Region Västmanland; Lena, bostadssamordnare, Bostadsenheten Västerås stad |

## Beskrivning

Daniel skrevs ut från psykiatrisk slutenvård 2024-05-20 efter en manisk episod. Diagnos bipolär sjukdom typ 1, litiumbehandling sedan 2021. Han förlorade sin lägenhet under vintern och bor tillfälligt hos sin syster i Västerås. Saknar inkomst sedan april.

## Frågor inför mötet 2024-06-05

- Kan Daniel få en lägenhet med bostadssocialt kontrakt, och hur lång är väntetiden?
- Vem hjälper honom att ansöka om sjukpenning hos Försäkringskassan?
- Hur säkrar vi att litiumproverna blir tagna när han inte har fast adress?

## Bilagor

- `samtycke_SIP_Daniel.pdf` — Skriftligt samtycke till SIP och informationsöverföring, undertecknat av Daniel 2024-05-28 (uppladdad av sofvux01)
- `kallelse_2024-06-05.pdf`

## Kommentarer

**sofvux01** · 2024-05-28 10:12

Samtycke inhämtat och uppladdat. Kallelse skickad till psykiatrin och bostadsenheten.

---

**marcpsyk** · 2024-06-03 08:47

Psykiatrin fortsätter kontakten som tidigare. Provtagning vid behov.

---

**lenabost** · 2024-06-04 13:20

Bostadsenheten tittar på boendefrågan. Återkommer.

---

**sofvux01** · 2024-06-05 16:38

Mötet hölls idag, Daniel var närvarande hela mötet. Överenskommet:

- Psykiatrin: fortsatt kontakt (Marcus).
- Socialtjänsten: stöd med ekonomin.
- Bostadsenheten: tittar vidare på boendefrågan.

Systern är informerad. Försäkringskassan behöver kontaktas.

---

*Exporterat från Ärendeportalen 2024-06-06 08:03*
"""
    write_text(path(12, "md"), txt)


# ============================================================== plan 13
def plan13():
    """ICF-structured plan written as HTML (intranet form) and printed to PDF by LibreOffice."""
    html = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>SIP – ICF</title>
<style>
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; }
h1 { font-size: 15pt; color: #234; margin-bottom: 2pt; }
h2 { font-size: 11pt; background: #dde7ee; padding: 2pt; margin-top: 10pt; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 1px solid #777; padding: 3pt; vertical-align: top; }
th { background: #eef2f5; text-align: left; }
.comp { background: #f6efe0; font-weight: bold; }
.small { font-size: 8pt; color: #555; }
</style></head><body>
<p class="small">Region Västmanland · Sala kommun — Gemensam SIP-mall, ICF-baserad (version 2.1)</p>
<h1>Samordnad individuell plan utifrån ICF</h1>
<table>
<tr><th style="width:28%">Namn</th><td>Peter, 56 år</td></tr>
<tr><th>Personnummer</th><td>ÅÅMMDD-XXXX</td></tr>
<tr><th>Mötesdatum och plats</th><td>2025-01-15, Vårdcentralen Sala</td></tr>
<tr><th>Samtycke</th><td>Peter gav skriftligt samtycke på regionens blankett 2025-01-08. Hustrun Maria deltar med Peters medgivande.</td></tr>
</table>

<h2>Syfte</h2>
<p>Syftet med SIP är att samordna Peters rehabilitering efter stroken mellan regionens neurorehabilitering, kommunens hemrehabilitering och Försäkringskassan, så att han klarar vardagen hemma och på sikt kan pröva att gå tillbaka till arbetet på verkstaden.</p>

<h2>Frågor till mötet</h2>
<p>–</p>

<h2>Personliga faktorer och Peters egen syn</h2>
<p>Peter drabbades av en vänstersidig hjärninfarkt i november 2024 och vårdades på strokeenheten i Västerås i tre veckor. Han deltog hela mötet; talet är något långsamt och han fick extra tid att svara. Han vill framför allt kunna köra bil igen och känner sig isolerad hemma. Han tycker att det är för många olika personer som hör av sig och vill helst ha en kontaktperson.</p>
<p><b>Peters mål:</b> ”Jag vill kunna köra bil igen och gå tillbaka till jobbet på verkstaden, först några timmar om dagen.”</p>

<h2>Plan per ICF-komponent</h2>
<table>
<tr><th style="width:18%">Nuläge</th><th style="width:27%">Insats</th><th style="width:33%">Ansvarig (funktion, verksamhet)</th><th>När</th></tr>
<tr><td colspan="4" class="comp">Kroppsfunktioner</td></tr>
<tr><td rowspan="2">Nedsatt kraft och finmotorik i höger arm och hand, uttalad trötthet, lätt afasi.</td>
<td>Träning av arm- och handfunktion 2 ggr/vecka</td><td>Arbetsterapeut, Neurorehab Västerås, Region Västmanland</td><td>2025-01-20 – 2025-03-14</td></tr>
<tr><td>Logopedbehandling, 8 tillfällen</td><td>Logoped, Neurorehab Västerås, Region Västmanland</td><td>Start 2025-01-22</td></tr>
<tr><td colspan="4" class="comp">Aktivitet och delaktighet</td></tr>
<tr><td rowspan="2">Klarar personlig vård med viss hjälp, går kortare sträckor utomhus, får inte köra bil.</td>
<td>Gång- och balansträning i hemmet och utomhus</td><td>Fysioterapeut, Hemrehab Sala kommun</td><td>1 gång/vecka fr.o.m. 2025-01-21</td></tr>
<tr><td>Trafikmedicinsk bedömning av körförmåga</td><td>Läkare, Neurorehab Västerås, Region Västmanland</td><td>2025-03-04</td></tr>
<tr><td colspan="4" class="comp">Omgivningsfaktorer</td></tr>
<tr><td rowspan="4">Bor med hustru i radhus med trappa. Sjukskriven 100 %. Arbetsgivaren (privat bilverkstad) är positiv till återgång.</td>
<td>Bostadsanpassning: ledstång i trappa, duschplats</td><td>Handläggare bostadsanpassning, Sala kommun</td><td>Beslut senast 2025-02-14</td></tr>
<tr><td>Sjukpenning; avstämningsmöte med Peter, arbetsgivaren och läkare</td><td>Handläggare, Försäkringskassan</td><td>Avstämningsmöte 2025-02-12</td></tr>
<tr><td>Arbetsplatsbesök för att bedöma anpassningar inför arbetsträning</td><td>Arbetsgivaren (verkstadschef) tillsammans med arbetsterapeut, Neurorehab Västerås</td><td>Vecka 11, 2025-03-12</td></tr>
<tr><td>Skjuts till träningen i Västerås och stöd vid arbetsplatsbesöket</td><td>Maria, hustru</td><td>Under hela rehabperioden</td></tr>
</table>

<h2>Andra aktörer</h2>
<p>Försäkringskassan, arbetsgivaren och hustrun Maria har uppgifter enligt tabellen ovan. Peter själv tränar enligt hemprogrammet från fysioterapeuten varje dag.</p>

<h2>Samordningsansvar</h2>
<p>Helena, sjuksköterska och SIP-samordnare, Neurorehab Västerås, Region Västmanland. Helena är Peters kontaktperson.</p>

<h2>Uppföljning</h2>
<p>Uppföljning i mars 2025, när den trafikmedicinska bedömningen är klar. Helena kallar.</p>

<h2>Deltagare</h2>
<table>
<tr><th>Namn</th><th>Funktion</th><th>Verksamhet</th></tr>
<tr><td>Peter</td><td>Den enskilde</td><td>–</td></tr>
<tr><td>Maria</td><td>Närstående (hustru)</td><td>–</td></tr>
<tr><td>Helena</td><td>Sjuksköterska, SIP-samordnare</td><td>Neurorehab Västerås, Region Västmanland</td></tr>
<tr><td>Erik</td><td>Arbetsterapeut</td><td>Neurorehab Västerås, Region Västmanland</td></tr>
<tr><td>Sanna</td><td>Fysioterapeut</td><td>Hemrehab, Sala kommun</td></tr>
<tr><td>Mona</td><td>Distriktsläkare</td><td>Vårdcentralen Sala, Region Västmanland</td></tr>
</table>
</body></html>
"""
    src = os.path.join(BUILD, f"{PREFIX}-13.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html)
    pdf = lo_convert(src, BUILD, html=True)
    shutil.copy(pdf, path(13, "pdf"))


# ============================================================== plan 14
def plan14():
    """Weekly schedule grid ('Viktors vecka') in landscape Word."""
    doc = new_doc(font="Calibri", size=10, landscape=True)
    header_footer(doc, "Socialpsykiatrin Köping – Psykosmottagningen Köping", None, page_numbers=False)
    p = doc.add_paragraph()
    r = p.add_run("Viktors vecka – samordnad plan (SIP)")
    r.bold = True
    r.font.size = Pt(17)
    para(doc, "Köping, gjord 2025-01-22. Viktor har varit med och gjort schemat.")
    para(doc, "Mål: Viktor ska ha samma tider varje vecka och komma iväg till Träffpunkten tre dagar i veckan.")

    days = ["", "Måndag", "Tisdag", "Onsdag", "Torsdag", "Fredag", "Lördag", "Söndag"]
    grid = {
        "Förmiddag": [
            "Boendestöd kl. 9–10 (boendestödjare, Socialpsykiatrin Köping): morgonrutin, post",
            "Depåinjektion kl. 10 jämna veckor (sjuksköterska, Psykosmottagningen Köping)",
            "Boendestöd kl. 9–10 (Socialpsykiatrin Köping)",
            "",
            "Boendestöd kl. 9–11 (Socialpsykiatrin Köping): handla tillsammans",
            "",
            "",
        ],
        "Eftermiddag": [
            "",
            "Träffpunkten kl. 12–15 (Socialpsykiatrin Köping, sysselsättning)",
            "Samtal kl. 14 udda veckor (arbetsterapeut, Psykosmottagningen Köping)",
            "Träffpunkten kl. 12–15 (Socialpsykiatrin Köping)",
            "Träffpunkten kl. 12–15 (Socialpsykiatrin Köping)",
            "",
            "",
        ],
        "Kväll": [
            "",
            "",
            "",
            "Viktor skriver inköpslista till fredagen",
            "",
            "",
            "Viktor ringer mamma kl. 18",
        ],
    }
    tb = doc.add_table(rows=1, cols=8)
    tb.style = "Table Grid"
    for c, d in zip(tb.rows[0].cells, days):
        set_cell(c, d, bold=True)
        shade(c, "D9E2F3")
    repeat_header(tb.rows[0])
    for label, vals in grid.items():
        cells = tb.add_row().cells
        set_cell(cells[0], label, bold=True)
        shade(cells[0], "D9E2F3")
        for c, v in zip(cells[1:], vals):
            set_cell(c, v, size=9)
    col_widths(tb, (2.8, 3.6, 3.6, 3.6, 3.6, 3.6, 2.6, 2.6))
    for row in tb.rows[1:]:
        row.height = Cm(2.6)

    doc.add_paragraph()
    bold_par(doc, "Utanför schemat")
    for s in ["Läkarbesök på Psykosmottagningen Köping 2025-02-18 kl. 13.30 (läkare): medicinuppföljning.",
              "God man betalar Viktors räkningar första vardagen i månaden och ger honom veckopeng på fredagar.",
              "Viktor tar själv bussen till Träffpunkten."]:
        doc.add_paragraph(s, style="List Bullet")
    para(doc, "Samtycke finns i journalen.")
    para(doc, "Schemat ses över i augusti.")
    save_docx(doc, path(14, "docx"))


# ============================================================== plan 15
def plan15():
    """Staircase plan ('Amirs trappa') drawn with fpdf2, landscape."""
    pdf = FPDF(orientation="L", format="A4")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_creation_date(FIXED_DT)
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 20)
    pdf.cell(0, 10, "Amirs trappa – SIP", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    pdf.cell(0, 6, "Arboga, möte 2025-02-04  ·  Amir, 22 år", new_x="LMARGIN", new_y="NEXT")

    steps = [
        ("STEG 1 – Kartläggning",
         "Vad: Kartläggning av arbetsförmåga och intressen",
         "Vem: Arbetsterapeut, Arbetsmarknadsenheten Arboga kommun",
         "När: 2025-02-17 – 2025-03-28"),
        ("STEG 2 – Behandling",
         "Vad: Insättning och uppföljning av ADHD-läkemedel, tre läkarbesök",
         "Vem: Läkare, Vuxenpsykiatrin Köping",
         "När: Första besöket 2025-02-20"),
        ("STEG 3 – Arbetsträning",
         "Vad: Arbetsträning 50 % på Återbruket",
         "Vem: Handledare, Arbetsmarknadsenheten Arboga kommun",
         "När: Fr.o.m. 2025-04-07"),
        ("STEG 4 – Arbete/studier",
         "Vad: Anvisning till Rusta och matcha eller studier på Komvux",
         "Vem: Arbetsförmedlare, Arbetsförmedlingen Köping/Arboga",
         "När: Beslut senast 2025-06-30"),
    ]
    x0, base, w, h, rise = 12, 185, 66, 52, 30
    for i, (title, a, b, c) in enumerate(steps):
        x = x0 + i * w
        y = base - h - i * rise
        pdf.set_fill_color(225 - i * 20, 235 - i * 10, 250)
        pdf.set_draw_color(60, 60, 90)
        pdf.rect(x, y, w - 2, h + i * rise, style="DF")
        pdf.set_xy(x + 2, y + 2)
        pdf.set_font("DejaVu", "B", 10)
        pdf.multi_cell(w - 6, 5, title, align="L", new_x="LEFT", new_y="NEXT")
        pdf.set_font("DejaVu", "", 8.5)
        for line in (a, b, c):
            pdf.set_x(x + 2)
            pdf.multi_cell(w - 6, 4.2, line, align="L", new_x="LEFT", new_y="NEXT")
            pdf.ln(0.8)
    # goal flag on top of the stairs
    gx, gy = x0 + 3 * w + 2, base - h - 3 * rise - 26
    pdf.set_fill_color(255, 230, 150)
    pdf.rect(gx, gy, w - 6, 20, style="DF")
    pdf.set_xy(gx + 2, gy + 2)
    pdf.set_font("DejaVu", "B", 9)
    pdf.multi_cell(w - 10, 4.2, align="L", text="MÅL: Amir ska ha ett arbete eller studera på Komvux senast våren 2026.")
    # side box at the bottom left (fits under the low steps)
    pdf.set_xy(x0, base + 3)
    pdf.set_font("DejaVu", "", 8.5)
    pdf.multi_cell(0, 4.2, "Vid sidan av trappan: Försörjningsstöd under steg 1–3 – handläggare ekonomiskt bistånd, "
                   "Socialtjänsten Arboga. Beslut månadsvis, nästa beslut 2025-02-25.")

    pdf.add_page()
    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 8, "Bakgrund", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 5.5, "Amir är 22 år och bor hos sina föräldrar i Arboga. Han fick diagnosen ADHD vid "
                   "Vuxenpsykiatrin Köping hösten 2024. Han har inte fullföljt gymnasiet och har varit "
                   "inskriven på Arbetsförmedlingen sedan 2023 utan att komma ut i arbete. Han har försörjningsstöd "
                   "sedan augusti 2024. Tidigare praktikplatser har avbrutits efter några veckor, enligt "
                   "Arbetsmarknadsenheten på grund av sena ankomster och svårt att hålla ordning på tider.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for k, v in [("Ansvar för planen", "SIP-samordnaren."),
                 ("Deltagare", "Arbetsterapeut, läkare, arbetsförmedlare, socialsekreterare, handläggare "
                               "ekonomiskt bistånd.")]:
        pdf.set_font("DejaVu", "B", 10)
        pdf.cell(45, 6, k + ":")
        pdf.set_font("DejaVu", "", 10)
        pdf.multi_cell(0, 6, v, new_x="LMARGIN", new_y="NEXT")
    pdf.output(path(15, "pdf"))


# ============================================================== plan 16
def plan16():
    txt = """# SIP Tilda – anteckningar

Fagersta 2025-02-03
Skrivet av: Hanna, skolsköterska

**Syfte:** Gemensam bild.

## Före mötet

Vi bjöd in Tilda och hennes föräldrar, ätstörningsenheten och elevhälsan. Samtycke finns från Tilda och vårdnadshavarna.

Frågor vi ville ha svar på:

1. Kan Tilda fortsätta med idrotten trots viktnedgången, eller ska hon vara befriad tills vidare?
2. Hur ska skollunchen fungera – kan hon äta i ett mindre rum med en vuxen?
3. Vad händer med remissen till ätstörningsenheten och hur lång är väntetiden?

## Under mötet

Med på mötet: Tilda, mamma, pappa, Hanna (skolsköterska), Erik (mentor), Sofie (behandlare), Jonas (kurator)

- Tilda berättade själv hur hon har det. Hon sa: *"Jag vill orka träna och inte behöva tänka på mat hela tiden."*
- Hon vill äta lunch i ett mindre rum och inte i matsalen. Hon vill inte bli vägd i skolan.
- Föräldrarna berättade att Tilda har gått ner ca 6 kg sedan i höstas och att måltiderna hemma ofta blir bråk.
- Sofie berättade att remissen har kommit in till ätstörningsenheten.
- Vi pratade om idrotten men kom inte överens.

## Efter mötet

Inga insatser bestämdes på mötet. Insatser bestäms när ätstörningsenheten har gjort sin bedömning. Skolan tar ställning till lunchen och idrotten efter det.

Nytt möte när bedömningen är klar.
"""
    write_text(path(16, "md"), txt)


def main():
    os.makedirs(OUT, exist_ok=True)
    os.makedirs(BUILD, exist_ok=True)
    for fn in (plan01, plan02, plan03, plan04, plan05, plan06, plan07, plan08,
               plan09, plan10, plan11, plan12, plan13, plan14, plan15, plan16):
        fn()
        print("ok", fn.__name__)
    shutil.rmtree(BUILD, ignore_errors=True)


if __name__ == "__main__":
    main()
