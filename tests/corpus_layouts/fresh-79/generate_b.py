#!/usr/bin/env python
"""Generate the f79b batch of fictional, anonymized SIP plans (Jämtland / Västernorrland, 2025).

Run with /work/batches/.venv/bin/python generate.py
Writes every file into plans/. Deterministic: fixed dates, no randomness.
"""
import csv
import io
import os
import shutil
import subprocess
import tempfile
import zipfile
from datetime import datetime, timezone

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f79b"
LO_PROFILE = "file:///tmp/lo-f79b"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIXED = datetime(2025, 1, 1, 12, 0, 0)


def path(nn, ext):
    return os.path.join(OUT, f"{PREFIX}-{nn:02d}.{ext}")


# ---------------------------------------------------------------- docx helpers
def new_doc(font="Calibri", size=11):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    cp = doc.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    return doc


def save_docx(doc, target):
    """Save and normalise zip timestamps so repeated runs give identical files."""
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 1, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def bold_para(doc, text, size=None, color=None, space_before=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = color
    if space_before is not None:
        p.paragraph_format.space_before = Pt(space_before)
    return p


def label_value(doc, label, value):
    p = doc.add_paragraph()
    p.add_run(label + " ").bold = True
    p.add_run(value)
    p.paragraph_format.space_after = Pt(2)
    return p


def shade(cell, fill="D9D9D9"):
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


def table_with_header(doc, header, rows, widths=None, font_size=10, fill="D9D9D9"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = t.rows[0]
    repeat_header(hdr)
    for i, h in enumerate(header):
        c = hdr.cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(h)
        r.bold = True
        r.font.size = Pt(font_size)
        shade(c, fill)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = ""
            lines = v.split("\n")
            p = cells[i].paragraphs[0]
            for j, line in enumerate(lines):
                if j:
                    p = cells[i].add_paragraph()
                rr = p.add_run(line)
                rr.font.size = Pt(font_size)
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


def add_page_field(paragraph, prefix="Sida "):
    paragraph.add_run(prefix)
    for instr in ("PAGE",):
        fld = OxmlElement("w:fldSimple")
        fld.set(qn("w:instr"), instr)
        r = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.text = "1"
        r.append(t)
        fld.append(r)
        paragraph._p.append(fld)
    paragraph.add_run(" (")
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "NUMPAGES")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)
    paragraph.add_run(")")


def convert_pdf(docx_path, outdir):
    subprocess.run(
        ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
         "--convert-to", "pdf", "--outdir", outdir, docx_path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240,
    )


# ======================================================================
# 01  fpdf2 form: grid of three fields, value on a line, label under it
# ======================================================================
class SigForm(FPDF):
    def header(self):
        self.set_font("DV", "", 7)
        self.set_text_color(90, 90, 90)
        self.set_xy(15, 8)
        self.cell(90, 4, "Region Jämtland Härjedalen  ·  Östersunds kommun")
        self.cell(90, 4, f"Utskrift 2025-03-12   Sida {self.page_no()} ({{nb}})", align="R")
        self.set_draw_color(150, 150, 150)
        self.line(15, 13, 195, 13)
        self.set_text_color(0, 0, 0)
        self.set_draw_color(0, 0, 0)
        self.set_y(17)

    def footer(self):
        self.set_y(-12)
        self.set_font("DV", "", 6.5)
        self.set_text_color(110, 110, 110)
        self.cell(0, 4, "Blankett SIP gemensam för kommunerna i Jämtlands län och Region Jämtland Härjedalen, version 2024:2")
        self.set_text_color(0, 0, 0)


def make_01():
    pdf = SigForm(format="A4")
    pdf.set_creation_date(datetime(2025, 3, 12, 9, 0, tzinfo=timezone.utc))
    pdf.add_font("DV", "", FONT)
    pdf.add_font("DV", "B", FONT_B)
    pdf.set_auto_page_break(False)
    pdf.set_margins(15, 17, 15)
    pdf.add_page()

    pdf.set_font("DV", "B", 14)
    pdf.cell(0, 8, "SAMORDNAD INDIVIDUELL PLAN (SIP)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 8)
    pdf.cell(0, 4, "Enligt 2 kap. 7 § SoL och 16 kap. 4 § HSL", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)

    col_w, gap = 56, 6

    def field_row(fields, widths=None):
        """fields: list of (value, label). Value on a line, label under the line."""
        widths = widths or [col_w] * len(fields)
        y = pdf.get_y()
        x = 15
        for (value, label), w in zip(fields, widths):
            pdf.set_font("DV", "", 10)
            pdf.set_xy(x + 0.5, y)
            pdf.cell(w - 1, 6, value)
            pdf.line(x, y + 6.5, x + w, y + 6.5)
            pdf.set_font("DV", "", 6.5)
            pdf.set_text_color(70, 70, 70)
            pdf.set_xy(x, y + 7)
            pdf.cell(w, 3, label)
            pdf.set_text_color(0, 0, 0)
            x += w + gap
        pdf.set_y(y + 14)

    field_row([("Amir", "Förnamn"),
               ("XXXXXX-XXXX", "Personnummer"),
               ("2025-03-11", "Datum för SIP-mötet")])
    field_row([("Psykiatriska öppenvårdsmott.", "Plats för mötet"),
               ("☒ Ny plan   ☐ Uppföljning", "Typ av plan"),
               ("Ja, finns", "Samtycke till SIP")])
    field_row([("", "Huvudansvarig (namn, funktion)"),
               ("", "Huvudansvarig verksamhet"),
               ("2025-05-20 kl. 13.00", "Nästa uppföljning (datum, tid)")])
    field_row([("Amir, Nina, Jonas, Sofia, Eva, Hanna", "Deltagare vid mötet")], widths=[180])
    pdf.ln(2)

    def box(title, text, min_h=16):
        pdf.set_font("DV", "", 9.5)
        lines = pdf.multi_cell(176, 4.6, text, dry_run=True, output="LINES", align="L") if text else []
        h = max(min_h, 8 + 4.6 * len(lines) + 3)
        if pdf.get_y() + h > 297 - 18:
            pdf.add_page()
        y = pdf.get_y()
        pdf.rect(15, y, 180, h)
        pdf.set_xy(17, y + 1.5)
        pdf.set_font("DV", "B", 8.5)
        pdf.cell(0, 4.5, title)
        if text:
            pdf.set_xy(17, y + 7)
            pdf.set_font("DV", "", 9.5)
            pdf.multi_cell(176, 4.6, text, align="L")
        pdf.set_y(y + h + 3)

    box("Bakgrund och syfte med planen",
        "Amir är 34 år och har schizofreni. Sedan hösten 2024 har han haft två psykotiska skov, "
        "det senaste med inläggning i december. Han har skulder hos Kronofogden på ca 180 000 kr "
        "och har fått en varning från hyresvärden om uppsägning på grund av obetalda hyror.\n"
        "Syftet med planen är att psykiatrin och socialtjänsten tillsammans ska hjälpa Amir att "
        "behålla lägenheten, komma igång med en skuldsanering och hålla en stabil medicinering så "
        "att nya inläggningar kan undvikas.")
    box("Frågeställningar inför mötet", "", min_h=18)
    box("Den enskildes mål",
        "Målet är att Amir ska kunna bo kvar i sin lägenhet och få kontroll över sin ekonomi.")
    box("Den enskildes delaktighet och synpunkter",
        "Amir deltog under hela mötet. Han sa att han vill ha färre olika personer omkring sig och "
        "att han helst träffar boendestödet på eftermiddagar. Han vill inte byta läkare.")
    box("Insatser – kommunen (vad, vem, när)",
        "• Boendestöd två gånger i veckan med fokus på post, räkningar och veckohandling. "
        "Ansvar: boendestödet, Socialpsykiatrin Östersunds kommun. Start 2025-03-17.\n"
        "• Budget- och skuldrådgivning; ansökan om skuldsanering hos Kronofogden förbereds. "
        "Ansvar: budget- och skuldrådgivare, Östersunds kommun. Första träff 2025-03-26.\n"
        "• Kontakt med hyresvärden om en avbetalningsplan för hyresskulden. "
        "Ansvar: socialsekreterare, Vuxenenheten IFO Östersund.")
    box("Insatser – regionen (vad, vem, när)",
        "• Depåinjektion var fjortonde dag på mottagningen. Ansvar: sjuksköterska, "
        "Psykiatriska öppenvårdsmottagningen Östersund. Nästa gång 2025-03-18, därefter var 14:e dag.\n"
        "• Läkarbesök för uppföljning av medicineringen och biverkningar. Ansvar: psykiatriker, "
        "Psykiatriska öppenvårdsmottagningen Östersund. 2025-04-15.")
    box("Andra aktörers insatser (FK, AF, god man, närstående m.fl.)",
        "God man finns sedan 2024. Kontakt med god man vid behov.")
    box("Övrigt",
        "Planen skickas till Amir och till samtliga deltagare. Amir får en utskrift vid nästa "
        "injektionsbesök.")

    # signature lines
    if pdf.get_y() + 20 > 297 - 18:
        pdf.add_page()
    pdf.ln(6)
    field_row([("", "Den enskildes underskrift"),
               ("", "Underskrift kommunen"),
               ("", "Underskrift regionen")])

    pdf.output(path(1, "pdf"))


# ======================================================================
# 02  docx, two text columns, coloured headings, bullets with Ansvar/När
# ======================================================================
def make_02():
    doc = new_doc("Calibri", 10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = Cm(1.8)
    BLUE = RGBColor(0x1F, 0x5C, 0x99)
    GREEN = RGBColor(0x2E, 0x74, 0x4B)

    bold_para(doc, "SIP – Samordnad individuell plan", size=18, color=BLUE)
    p = doc.add_paragraph()
    p.add_run("Gunnar, 84 år, Matfors, Sundsvalls kommun").italic = True
    label_value(doc, "Mötesdatum:", "2025-05-07, avdelning 12 ortopedi, Sundsvalls sjukhus")
    label_value(doc, "Planen gäller från:", "hemgång, planerad 2025-05-12")

    new_sec = doc.add_section(WD_SECTION.CONTINUOUS)
    new_sec.left_margin = new_sec.right_margin = Cm(2)
    new_sec.top_margin = Cm(1.8)
    cols = new_sec._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        new_sec._sectPr.append(cols)
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), "567")

    def h(text, color=BLUE):
        bold_para(doc, text, size=12, color=color, space_before=8)

    def para(text):
        doc.add_paragraph(text)

    def bullet(text, ansvar, nar):
        p = doc.add_paragraph(style="List Bullet")
        p.add_run(text + " ")
        p.add_run("Ansvar:").bold = True
        p.add_run(" " + ansvar + ". ")
        p.add_run("När:").bold = True
        p.add_run(" " + nar + ".")

    h("Bakgrund")
    para("Gunnar föll i hemmet 2025-04-26 och opererades för höftfraktur på vänster sida dagen "
         "efter. Han bor ensam i villa i Matfors sedan hustrun dog 2023. Före fallet hade han "
         "hemtjänst för städning var tredje vecka och klarade i övrigt sig själv. Han har diabetes "
         "typ 2 som följs på Vårdcentralen Matfors. På avdelningen går han nu med rollator och "
         "stöd av en person, förflyttningar i säng och till toalett går långsamt men fungerar "
         "med tillsyn.")
    h("Syfte")
    para("Samordning inför hemgång.")
    h("Frågeställningar")
    para("Diskutera hemgången och läget i stort.")
    h("Gunnars mål")
    para("Målet är att Gunnar ska kunna gå med rollator inomhus och klara toalettbesök själv, "
         "så att han kan bo kvar hemma.")
    h("Gunnars synpunkter")
    para("Gunnar deltog i mötet, som hölls på avdelningen. Han vill hem så snart som möjligt och "
         "vill inte ha besök på natten. Han tycker att det är viktigt att det är samma personal "
         "från hemtjänsten så långt det går, och han vill själv sköta sina insulinsprutor som förut.")
    h("Insatser")
    bullet("Hemtjänst morgon och kväll: hjälp med på- och avklädning, frukost och kvällsmål, "
           "dusch två gånger i veckan.",
           "Hemtjänst Matfors, Sundsvalls kommun", "från hemgång 2025-05-12")
    bullet("Trygghetslarm installeras och provas.",
           "Larmgruppen, Vård och omsorg Sundsvalls kommun", "senast 2025-05-09")
    bullet("Hembesök och bedömning av hjälpmedel (toalettförhöjning, duschpall, rollator "
           "för inomhusbruk).",
           "arbetsterapeut, kommunal rehab Sundsvall", "dagen för hemgång 2025-05-12")
    bullet("Gångträning och uppföljning av träningsprogrammet.",
           "fysioterapeut, kommunal rehab Sundsvall", "två gånger i veckan maj–juni")
    bullet("Sårkontroll och suturtagning, kontroll av blodsocker första veckan.",
           "Regionen", "2025-05-14")
    bullet("Läkemedelsgenomgång efter operationen (smärtlindring, blodförtunnande).",
           "läkare, Vårdcentralen Matfors", "2025-05-28")
    h("Andra insatser", GREEN)
    bullet("Dottern Karin handlar åt Gunnar varje torsdag och följer med på återbesöket på "
           "ortopedmottagningen.", "Karin (dotter)", "från hemgång")
    bullet("Gunnar gör övningarna i sitt träningsprogram själv varje dag.",
           "Gunnar", "dagligen")
    h("Huvudansvar", GREEN)
    para("Sundsvalls kommun har huvudansvar för planen.")
    h("Uppföljning", GREEN)
    para("Uppföljning om ca sex veckor efter hemgång. Kallelse skickas till Gunnar.")

    save_docx(doc, path(2, "docx"))


# ======================================================================
# 03  CSV export saved as .txt, Windows-1252, CRLF
# ======================================================================
def make_03():
    rows = [
        ("Rubrik", "Text"),
        ("Plantyp", "Samordnad individuell plan (SIP)"),
        ("Kommun", "Örnsköldsvik"),
        ("Person", "Elias, 18 år"),
        ("Personnummer", "XXXXXX-XXXX"),
        ("Mötesdatum", "2025-10-14"),
        ("Mötesplats", "Socialkontoret, Örnsköldsvik"),
        ("Deltagare", "Elias\nMalin\nJohan\nSara\nPatrik"),
        ("Bakgrund",
         "Elias har använt cannabis nästan dagligen sedan våren 2024 och har under 2025 även "
         "provat tramadol. Han har hoppat av gymnasiet (El- och energiprogrammet, åk 2) och bor "
         "hemma hos sin mamma. Sömnen är förskjuten och han har svårt att komma iväg på "
         "tider. Urinprov i september var positivt för THC.\n"
         "Elias har sedan augusti kontakt med beroendemottagningen och med socialtjänstens "
         "ungdomsteam."),
        ("Syfte",
         "Syftet med planen är att socialtjänsten och beroendevården ska ge Elias ett samlat stöd "
         "så att han kan sluta med cannabis och komma tillbaka till gymnasiet till vårterminen "
         "2026.\n"
         "Elias ska inte behöva berätta samma sak för flera olika personer."),
        ("Frågeställningar", ""),
        ("Den enskildes mål",
         "\"Jag vill sluta röka på och ta körkort innan sommaren.\"\n"
         "\"Jag vill plugga klart, men inte i samma klass som förut.\""),
        ("Den enskildes delaktighet",
         "Elias deltog på mötet. Han säger att han inte vill gå i behandlingsgrupp utan hellre "
         "träffar en person enskilt, och att han vill ha tider efter kl. 11.\n"
         "Han vill inte ha hembesök."),
        ("Samtycke", "Samtycke finns."),
        ("Insatser", "Fortsatt kontakt.\nStöd vid behov.\nFortsatt samverkan."),
        ("Ansvarig för insatser", ""),
        ("Huvudansvarig", ""),
        ("Uppföljning", ""),
        ("Dokumenterat av", "Socialsekreterare, ungdomsteamet IFO Örnsköldsvik"),
        ("Exportdatum", "2025-10-15 08:42"),
    ]
    buf = io.StringIO(newline="")
    w = csv.writer(buf, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    for a, b in rows:
        w.writerow([a, b.replace("\n", "\r\n")])
    with open(path(3, "txt"), "wb") as f:
        f.write(buf.getvalue().encode("cp1252"))


# ======================================================================
# 04  child of 7: "Min del" + "De vuxnas plan" table, ordinary headings
# ======================================================================
def make_04():
    doc = new_doc("Calibri", 11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    doc.add_heading("Samordnad individuell plan (SIP) – Ella, 7 år", level=0)
    label_value(doc, "Datum för mötet:", "2025-09-16")
    label_value(doc, "Plats:", "Elevhälsans rum, Ellas skola i Kramfors")

    doc.add_heading("Min del", level=1)
    doc.add_paragraph(
        "Ella var med de första 20 minuterna av mötet tillsammans med mamma och pappa. Hon ritade "
        "medan vi pratade, och skolkuratorn skrev ner det Ella sa med hennes egna ord.")
    for label, sentences in [
        ("Jag tycker om:", ["Jag tycker om att rita hästar.",
                            "Jag tycker om när fröken läser högt.",
                            "Jag tycker om att bada med pappa på sommaren."]),
        ("Jag vill:", ["Jag vill ha en kompis som jag leker med på rasten.",
                       "Jag vill inte bli så arg.",
                       "Jag vill sitta vid fönstret i klassrummet."]),
        ("Det här är svårt:", ["Det är svårt när det låter mycket i matsalen.",
                               "Det är svårt att vänta på min tur.",
                               "Det är svårt när vi ska byta till en annan sal."]),
    ]:
        p = doc.add_paragraph()
        r = p.add_run(label)
        r.bold = True
        r.font.size = Pt(13)
        for s in sentences:
            q = doc.add_paragraph(s)
            q.paragraph_format.left_indent = Cm(0.8)
            q.paragraph_format.space_after = Pt(1)
            q.runs[0].font.size = Pt(13)

    doc.add_heading("Varför vi har ett SIP-möte", level=1)
    doc.add_paragraph(
        "Ella går i årskurs 1. Sedan skolstarten i augusti har hon haft häftiga utbrott i skolan, "
        "framför allt på raster och i matsalen, och två gånger har hon sprungit från skolgården. "
        "Hemma är kvällarna svåra med läggning och sömn. BUP har påbörjat en neuropsykiatrisk "
        "utredning. Syftet med planen är att skolan, BUP och socialtjänsten ska komma överens om "
        "hur Ella får stöd medan utredningen pågår, så att hon kan vara kvar i klassrummet och få "
        "en skoldag som fungerar.")

    doc.add_heading("Frågor till mötet", level=1)
    for q in ["Hur kan skolan anpassa raster och lunch för Ella medan utredningen pågår?",
              "Vilket stöd kan mamma och pappa få kring kvällsrutiner och läggning?",
              "När blir BUP:s utredning klar, och hur får skolan återkoppling?"]:
        doc.add_paragraph(q, style="List Number")

    doc.add_heading("De vuxnas plan", level=1)
    table_with_header(doc, ["Vad", "Vem", "När"], [
        ("Anpassad rast: rastvärd ute och en lugn plats i biblioteket när Ella behöver.",
         "Specialpedagog, elevhälsan, Kramfors kommun", "Från 2025-09-22"),
        ("Ella äter lunch i ett mindre rum med två klasskamrater.",
         "Klasslärare åk 1, Ellas skola", "Från 2025-09-22"),
        ("Neuropsykiatrisk utredning inklusive observation i skolan.",
         "Psykolog, BUP Härnösand", "Klar senast 2025-12-15"),
        ("Föräldrastödsgrupp (Komet).", "Kramfors kommun", "Start hösten 2025"),
        ("Familjebehandling med hembesök varannan vecka, fokus på kvällsrutiner.",
         "Familjebehandlare, Socialtjänsten Kramfors", "Start 2025-10-01"),
    ], widths=[8.2, 5.5, 3.3])

    doc.add_heading("Samtycke", level=1)
    doc.add_paragraph("Vårdnadshavarna har samtyckt till SIP.")

    doc.add_heading("Familjen", level=1)
    doc.add_paragraph("Mamma och pappa stöttar Ella hemma. Farmor finns också med i Ellas liv "
                      "och är viktig för henne.")

    doc.add_heading("Huvudansvar", level=1)
    doc.add_paragraph("Skolkurator Maria, Elevhälsan Kramfors kommun, har huvudansvar för planen "
                      "och kallar till nästa möte.")

    doc.add_heading("Uppföljning", level=1)
    doc.add_paragraph("Vi ses igen i december, före jullovet.")

    doc.add_heading("Vilka var med", level=1)
    for s in ["Ella (första delen av mötet)",
              "Sara, mamma, och Jonas, pappa (vårdnadshavare)",
              "Maria, skolkurator, Elevhälsan Kramfors kommun",
              "Anna, klasslärare åk 1, Ellas skola, Kramfors kommun",
              "Erik, psykolog, BUP Härnösand, Region Västernorrland",
              "Lina, familjebehandlare, Socialtjänsten Kramfors kommun"]:
        doc.add_paragraph(s, style="List Bullet")

    save_docx(doc, path(4, "docx"))


# ======================================================================
# 05  Markdown, Roman-numeral level-3 headings, nested bullets 3 levels
# ======================================================================
MD_05 = """\
# SIP – samordnad individuell plan

**Person:** M-L, 46 år, Sollefteå  
**Personnummer:** ÅÅMMDD-XXXX  
**Mötesdatum:** 2025-04-29  
**Plats:** Avdelning 5, Psykiatriska kliniken, Sundsvalls sjukhus (kommunen deltog via Teams)

### I. Bakgrund

M-L har bipolär sjukdom typ 1 och vårdas sedan 2025-04-02 på avdelning 5 efter ett maniskt
skov. Vården inleddes enligt LPT och övergick till frivillig vård 2025-04-16. Hon är nu
stabiliserad på litium. Planerad utskrivning är 2025-05-06. M-L bor ensam i lägenhet i
Sollefteå centrum. Hon hade boendestöd från socialpsykiatrin till och med hösten 2024.
M-L deltog i hela mötet.

### II. Frågeställningar

1. Hur säkerställs att M-L tar sin litiumbehandling efter utskrivningen och att blodprover
   tas enligt schema?
2. Behöver M-L boendestöd igen, och kan det vara igång dagen efter hemkomsten?
3. Vem kontaktar M-L om hon uteblir från det första besöket i öppenvården?

### III. Insatser

- **Region Västernorrland**
  - Avdelning 5, Psykiatriska kliniken Sundsvall
    - Skickar epikris och aktuell läkemedelslista till öppenvården och vårdcentralen senast 2025-05-06.
  - Psykiatriska öppenvården Sollefteå
    - Sjuksköterskebesök inom en vecka efter utskrivningen: 2025-05-08 kl. 09.30.
    - Uteblir M-L ringer sjuksköterskan henne samma dag och kontaktar boendestödet.
    - Läkarbesök för läkemedelsuppföljning 2025-05-27.
  - Vårdcentralen Sollefteå
    - Provtagning litiumkoncentration 2025-05-13, därefter var tredje månad (nästa 2025-08-13).
- **Sollefteå kommun**
  - Socialtjänsten, biståndshandläggare vuxen
    - Utreder och fattar beslut om boendestöd senast 2025-05-05.
  - Boendestödet, socialpsykiatrin
    - Boendestöd tre gånger i veckan (dagsstruktur, matlagning, läkemedelsdosett) från 2025-05-07.
    - Följer med till det första sjuksköterskebesöket 2025-05-08.

### IV. Huvudansvar och uppföljning

Regionen har huvudansvaret för planen.

Uppföljande SIP-möte 2025-06-10 kl. 13.00 på Psykiatriska öppenvården Sollefteå.

### V. Samtycke

M-L gav muntligt samtycke till SIP och till att uppgifter lämnas mellan region och kommun,
på avdelningen 2025-04-25. Samtycket är antecknat i journalen.

### VI. Deltagare

- M-L
- kontaktsjuksköterska
- överläkare
- kurator
- biståndshandläggare
- boendestödjare

### VII. Distribution

Planen skickas till M-L och till samtliga deltagare.
"""


def make_05():
    with open(path(5, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(MD_05)


# ======================================================================
# 06  docx -> PDF with LibreOffice, header table on every page
# ======================================================================
def make_06(tmpdir):
    doc = new_doc("Arial", 10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin = Cm(3.0)
    sec.header_distance = Cm(1.0)

    hdr = sec.header
    hp = hdr.paragraphs[0]
    hp.text = "Strömsunds kommun  ·  Region Jämtland Härjedalen  –  SIP"
    hp.runs[0].font.size = Pt(8)
    ht = hdr.add_table(1, 3, Cm(16.4))
    ht.style = "Table Grid"
    for cell, (lab, val) in zip(ht.rows[0].cells, [
            ("Initialer:", "J.S."),
            ("Mötesdatum:", "2025-02-18"),
            ("Huvudansvarig:", "Sara, LSS-handläggare, Strömsunds kommun")]):
        cell.text = ""
        p = cell.paragraphs[0]
        r1 = p.add_run(lab + " ")
        r1.bold = True
        r1.font.size = Pt(8)
        r2 = p.add_run(val)
        r2.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_page_field(fp)
    for r in fp.runs:
        r.font.size = Pt(8)

    doc.add_heading("Samordnad individuell plan", level=1)
    label_value(doc, "Syfte med planen:", "Samordning av insatser.")

    doc.add_heading("Frågeställningar inför mötet", level=2)
    ph = doc.add_paragraph()
    r = ph.add_run("Klicka här för att ange text.")
    r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)

    doc.add_heading("Bakgrund", level=2)
    doc.add_paragraph(
        "J. är 23 år och har diagnosen autism samt social ångest. Han bor i egen lägenhet i "
        "Strömsund sedan 2022. Han har beslut om daglig verksamhet enligt LSS sedan 2021 men har "
        "under hösten 2024 varit där allt mer sällan, i december bara en dag. Personalen beskriver "
        "att han blir orolig i den stora gruppen och när det kommer nya deltagare. Han har "
        "svårt att sova, somnar ofta först vid tre–fyratiden och vaknar sent på eftermiddagen. "
        "Han har sedan tidigare kontakt med Habiliteringen Östersund, senaste besöket var i maj 2024.")
    doc.add_paragraph(
        "J. klarar det mesta av sin hygien och enklare matlagning själv men har svårt med planering, "
        "inköp och att hålla ordning på tider. Han har inte åkt buss på egen hand sedan gymnasiet. "
        "Kontakt med vården har han i första hand haft genom Vårdcentralen Strömsund, där han fått "
        "kortvarigt sömnläkemedel under 2023.")

    doc.add_heading("Nuläge per område", level=2)
    for head, text in [
        ("Boende", "Fungerar i grunden. Disk och tvätt blir liggande perioder när sömnen är dålig. "
                   "Posten öppnas inte alltid."),
        ("Sysselsättning", "Låg närvaro i daglig verksamhet. Trivs bäst med uppgifter vid dator "
                           "och med djur. Den nuvarande gruppen har tolv deltagare."),
        ("Hälsa", "Sömnproblem sedan tonåren, förvärrade sedan i höstas. Ingen aktuell medicinering. "
                  "Äter oregelbundet."),
        ("Fritid och socialt", "Spelar online med ett par vänner. Lämnar sällan lägenheten på "
                               "kvällar och helger."),
    ]:
        p = doc.add_paragraph()
        p.add_run(head + ": ").bold = True
        p.add_run(text)

    doc.add_heading("J:s egna ord", level=2)
    doc.add_paragraph("J. deltog inte i mötet. Inför mötet pratade J. med sin boendestödjare "
                      "2025-02-12 och sa så här:")
    for q in ["”Jag vill ha ett jobb där det är lugnt, typ med datorer eller djur.”",
              "”Jag vill kunna åka buss själv till Östersund.”",
              "”Jag orkar inte gå till dagliga verksamheten varje dag, tre dagar är bra.”"]:
        qp = doc.add_paragraph(q)
        qp.paragraph_format.left_indent = Cm(1)
        qp.runs[0].italic = True

    doc.add_heading("Insatser", level=2)
    table_with_header(doc, ["Insats", "Ansvarig verksamhet / funktion", "Tidpunkt"], [
        ("Ny placering i daglig verksamhet enligt LSS i liten grupp (Verkstan, datorarbete och "
         "djurskötsel), tre dagar i veckan.",
         "Daglig verksamhet Verkstan, Strömsunds kommun",
         "Start 2025-03-03"),
        ("Boendestöd fyra timmar i veckan med veckoschema, inköp och post.",
         "Boendestödet, Socialpsykiatri och LSS, Strömsunds kommun",
         "Från 2025-02-24"),
        ("Bussträning Strömsund–Östersund, fyra tillfällen med boendestödjare.",
         "Boendestödet, Strömsunds kommun",
         "v. 10–14, sista tillfället senast 2025-04-04"),
        ("Bedömning av sömn, ev. läkemedel och provtagning.",
         "Läkare, Vårdcentralen Strömsund",
         "2025-03-11"),
        ("Hembesök: bedömning av vardagsstruktur, bildstöd och tidshjälpmedel.",
         "Arbetsterapeut, Habiliteringen Östersund",
         "2025-03-20"),
        ("Samtal med KBT-inriktning kring social ångest, sex tillfällen (video eller på plats).",
         "Psykolog, Habiliteringen Östersund",
         "Start 2025-03-24, avslut senast 2025-06-13"),
    ], widths=[7.6, 5.2, 3.6], font_size=9.5)

    doc.add_heading("Deltagare vid mötet", level=2)
    table_with_header(doc, ["Namn", "Funktion", "Verksamhet / organisation"], [
        ("Sara", "LSS-handläggare", "Socialtjänsten, Strömsunds kommun"),
        ("Kim", "Boendestödjare", "Boendestödet, Strömsunds kommun"),
        ("Tove", "Enhetschef", "Daglig verksamhet, Strömsunds kommun"),
        ("Peter", "Arbetsterapeut", "Habiliteringen Östersund, Region Jämtland Härjedalen"),
        ("Helena", "Psykolog", "Habiliteringen Östersund, Region Jämtland Härjedalen"),
        ("Omar", "Distriktsläkare (via Teams)", "Vårdcentralen Strömsund, Region Jämtland Härjedalen"),
    ], widths=[3, 4.4, 9], font_size=9.5)

    doc.add_paragraph()
    doc.add_paragraph("Planen skickas till J. och till deltagarna.")

    src = os.path.join(tmpdir, f"{PREFIX}-06.docx")
    save_docx(doc, src)
    convert_pdf(src, tmpdir)
    shutil.copy(os.path.join(tmpdir, f"{PREFIX}-06.pdf"), path(6, "pdf"))


# ======================================================================
# 07  minutes of a SIP follow-up meeting kept as a decision log
# ======================================================================
def make_07():
    doc = new_doc("Calibri", 11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    doc.add_heading("Minnesanteckningar – uppföljning av SIP", level=1)
    label_value(doc, "Gäller:", "Sanna, 38 år, Härnösand")
    label_value(doc, "Datum:", "2025-09-23 kl. 13.00–14.15")
    label_value(doc, "Plats:", "Vårdcentralen Härnösand, konferensrum 2")
    label_value(doc, "Föregående möte:", "2025-06-12")
    p = doc.add_paragraph()
    p.add_run("Närvarande:").bold = True
    for s in ["Petra, rehabkoordinator, Vårdcentralen Härnösand (Region Västernorrland)",
              "Jenny, kurator, Vårdcentralen Härnösand (Region Västernorrland)",
              "Mats, socialsekreterare, Ekonomiskt bistånd, Härnösands kommun",
              "Leila, arbetsmarknadskonsulent, Arbetsmarknadsenheten, Härnösands kommun",
              "Karin, handläggare, Försäkringskassan",
              "David, arbetsförmedlare, Arbetsförmedlingen"]:
        doc.add_paragraph(s, style="List Bullet")
    doc.add_paragraph("Sanna var inte närvarande.")
    label_value(doc, "Frågor till mötet:", "Läget sedan förra mötet.")
    doc.add_paragraph(
        "Beslutsloggen förs vidare från mötet 2025-06-12. Beslut 1–4 är från det mötet och "
        "har fått uppdaterad status, beslut 5–8 är nya från i dag.")

    table_with_header(doc, ["Nr", "Beslut", "Ansvarig", "Klart senast", "Status"], [
        ("1", "Sanna erbjuds plats i KBT-grupp för depression, åtta tillfällen.",
         "Kurator, Vårdcentralen Härnösand", "2025-08-31", "Klar – gruppen startade 2025-08-26"),
        ("2", "Avstämningsmöte om sjukpenning och plan för återgång i arbete.",
         "Handläggare, Försäkringskassan", "2025-09-15", "Klar – hölls 2025-09-10"),
        ("3", "Ansökan om ekonomiskt bistånd för september–oktober handläggs.",
         "Socialsekreterare, Ekonomiskt bistånd", "2025-09-05", "Klar"),
        ("4", "Kartläggning av arbetsförmåga och intressen (tre samtal).",
         "Arbetsmarknadskonsulent, Arbetsmarknadsenheten", "2025-09-30", "Pågår, två av tre samtal gjorda"),
        ("5", "Nytt läkarintyg med bedömning av arbetsförmåga inför arbetsträning.",
         "Läkare, Vårdcentralen Härnösand", "–", "Ej påbörjad"),
        ("6", "Arbetsträning 25 % i kommunens second hand-butik, start efter läkarbedömningen.",
         "Arbetsmarknadskonsulent, Arbetsmarknadsenheten", "2025-10-20", "Ej påbörjad"),
        ("7", "Sanna skrivs in hos Arbetsförmedlingen och kartläggning inför arbetsträning görs.",
         "Arbetsförmedlare, Arbetsförmedlingen", "2025-10-31", "Ej påbörjad"),
        ("8", "Sanna informeras per telefon om dagens beslut.",
         "Rehabkoordinator, Vårdcentralen Härnösand", "2025-09-26", "Ej påbörjad"),
    ], widths=[1, 6.6, 4.4, 2.4, 3.2], font_size=9.5)

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Övrigt").bold = True
    doc.add_paragraph("Mats meddelade att hyresskulden från i våras är betald. Jenny berättade att "
                      "Sanna har varit på båda gruppträffarna hittills. FK bedömer att sjukpenningen "
                      "kan fortsätta på 75 % under arbetsträningen.")
    p = doc.add_paragraph()
    p.add_run("Nästa uppföljning").bold = True
    doc.add_paragraph("I november. Datum bestäms senare.")
    doc.add_paragraph("Antecknat av: Jenny, kurator")

    save_docx(doc, path(7, "docx"))


# ======================================================================
# 08  NOT a SIP: Individuell plan enligt 10 § LSS (LSS administrator alone)
# ======================================================================
def make_08():
    doc = new_doc("Calibri", 11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    hp = sec.header.paragraphs[0]
    hp.text = "Krokoms kommun – Socialförvaltningen, LSS-handläggning"
    hp.runs[0].font.size = Pt(8)

    doc.add_heading("Individuell plan enligt 10 § LSS", level=1)
    label_value(doc, "Den enskilde:", "Oskar, 29 år")
    label_value(doc, "Personnummer:", "ÅÅMMDD-XXXX")
    label_value(doc, "Planen upprättad:", "2025-04-08")
    label_value(doc, "Upprättad av:", "Johanna, LSS-handläggare, Krokoms kommun")
    label_value(doc, "Planen begärd av:", "Oskar, med stöd av sin god man")

    doc.add_heading("Om planen", level=2)
    doc.add_paragraph(
        "Enligt 10 § LSS ska den som beviljats insatser erbjudas att en individuell plan upprättas "
        "i samråd med honom eller henne. Planen beskriver Oskars beslutade insatser enligt LSS och "
        "hur de ska genomföras. Planen omfattar endast insatser enligt LSS.")

    doc.add_heading("Beviljade insatser enligt LSS", level=2)
    table_with_header(doc, ["Insats", "Lagrum", "Beslut gäller", "Verkställs av"], [
        ("Bostad med särskild service för vuxna (gruppbostaden Solbacken, Krokom)",
         "9 § 9 LSS", "Tills vidare", "Gruppbostaden Solbacken"),
        ("Daglig verksamhet (caféet i Krokom, tre dagar i veckan)",
         "9 § 10 LSS", "Tills vidare", "Daglig verksamhet Krokom"),
        ("Ledsagarservice, 8 timmar per månad",
         "9 § 3 LSS", "2025-04-01 – 2026-03-31", "Ledsagarservice, Krokoms kommun"),
    ], widths=[7.2, 2.3, 3.5, 4.0], font_size=10)

    doc.add_heading("Oskars önskemål", level=2)
    for q in ["Jag vill jobba i caféet fyra dagar i stället för tre.",
              "Jag vill gå på bandy i Östersund med ledsagaren.",
              "Jag vill laga mer mat själv i min lägenhet."]:
        doc.add_paragraph(q, style="List Bullet")

    doc.add_heading("Hur insatserna ska genomföras", level=2)
    table_with_header(doc, ["Område", "Vad görs", "Vem", "När"], [
        ("Boende", "Matlagning med stöd två kvällar i veckan; Oskar väljer recept.",
         "Kontaktperson, gruppbostaden Solbacken", "Från 2025-04-14"),
        ("Daglig verksamhet", "Prövning av en fjärde dag i caféet under sex veckor.",
         "Handledare, daglig verksamhet Krokom", "2025-05-05 – 2025-06-13"),
        ("Ledsagarservice", "Ledsagare till hemmamatcher i bandy under säsongen.",
         "Ledsagarservice, Krokoms kommun", "Säsongsstart hösten 2025"),
        ("LSS-handläggning", "Ny utredning av omfattningen av daglig verksamhet om prövningen "
         "faller väl ut.", "LSS-handläggare", "Senast 2025-06-30"),
    ], widths=[3.0, 6.5, 4.3, 3.2], font_size=10)

    doc.add_heading("Oskars delaktighet och samtycke", level=2)
    doc.add_paragraph(
        "Planen har tagits fram vid ett samtal med Oskar i hans lägenhet 2025-04-08, där även hans "
        "god man deltog. Oskar har muntligt samtyckt till att planen lämnas till gruppbostaden, "
        "den dagliga verksamheten och ledsagarservicen.")

    doc.add_heading("Uppföljning", level=2)
    doc.add_paragraph("Planen följs upp 2025-10-07 av LSS-handläggaren tillsammans med Oskar och "
                      "hans god man.")
    doc.add_paragraph()
    doc.add_paragraph("Johanna\nLSS-handläggare, Krokoms kommun")

    save_docx(doc, path(8, "docx"))


def main():
    os.makedirs(OUT, exist_ok=True)
    make_01()
    make_02()
    make_03()
    make_04()
    make_05()
    with tempfile.TemporaryDirectory(prefix="f79b-") as tmp:
        make_06(tmp)
    make_07()
    make_08()
    for f in sorted(os.listdir(OUT)):
        print(f)


if __name__ == "__main__":
    main()
