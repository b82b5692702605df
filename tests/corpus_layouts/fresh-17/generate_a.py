#!/usr/bin/env python3
"""Generate the f17a batch of fictional, anonymized SIP plans into plans/.

Run with python generate_a.py
Deterministic: fixed dates, no randomness. PDFs 06 and 08 are printed from
.docx with LibreOffice (own profile under /tmp/lo-f17a).
"""
import datetime
import os
import shutil
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
PLANS = os.path.join(HERE, "plans")
BUILD = os.path.join(HERE, "build")
PREFIX = "f17a"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIXED = datetime.datetime(2025, 3, 1, 10, 0, 0)


def out(n, ext):
    return os.path.join(PLANS, f"{PREFIX}-{n:02d}.{ext}")


# ---------------------------------------------------------------- helpers
def fix_core(doc, title, author):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


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


def set_cell(cell, text, bold=False, size=None, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if i < len(lines) - 1:
            r.add_break()
    return p


def col_widths(table, widths):
    table.autofit = False
    for idx, w in enumerate(widths):
        table.columns[idx].width = w
    for row in table.rows:
        for idx, w in enumerate(widths):
            row.cells[idx].width = w


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


def header_text(section, left, right=None, size=8):
    hp = section.header.paragraphs[0]
    hp.text = ""
    r = hp.add_run(left)
    r.font.size = Pt(size)
    if right:
        r2 = hp.add_run("\t\t" + right)
        r2.font.size = Pt(size)


def footer_text(section, text, size=8):
    fp = section.footer.paragraphs[0]
    fp.text = ""
    r = fp.add_run(text)
    r.font.size = Pt(size)
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def soffice_pdf(docx_path, n):
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file:///tmp/lo-{PREFIX}", "--headless",
         "--convert-to", "pdf", "--outdir", PLANS, docx_path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    assert os.path.exists(out(n, "pdf")), "LibreOffice conversion failed"


# ================================================================ 01 PDF
class RecordPrint(FPDF):
    SYSTEM = "JOURNALIA  ·  Region Västmanland"
    PRINTED = "Utskriftsdatum: 2024-11-08 14:32"

    def header(self):
        self.set_font("dv", "B", 9)
        self.cell(95, 5, self.SYSTEM, new_x="RIGHT", new_y="TOP")
        self.set_font("dv", "", 8)
        self.cell(0, 5, f"{self.PRINTED}    Sida {self.page_no()} ({{nb}})", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.cell(95, 4.5, "Patient: J.   XXXXXX-XXXX", new_x="RIGHT", new_y="TOP")
        self.cell(0, 4.5, "Vuxenpsykiatrin Fagersta, öppenvårdsmottagning", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(60, 60, 60)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(5)

    def footer(self):
        self.set_y(-13)
        self.set_font("dv", "", 7)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Utskrift ur journal. Utskriven av: Elin, sjuksköterska. "
                  "Journalhandling – hanteras enligt gällande sekretess.", align="C")
        self.set_text_color(0, 0, 0)

    def boxed(self, label, value, lw=48):
        vw = self.w - self.l_margin - self.r_margin - lw
        lh = 5
        self.set_font("dv", "B", 8.5)
        l_lines = self.multi_cell(lw - 2, lh, label, dry_run=True, output="LINES")
        self.set_font("dv", "", 9)
        v_lines = self.multi_cell(vw - 2, lh, value if value else " ", dry_run=True,
                                  output="LINES")
        h = max(len(l_lines), len(v_lines), 1) * lh + 2
        if self.get_y() + h > self.page_break_trigger:
            self.add_page()
        x, y = self.l_margin, self.get_y()
        self.set_fill_color(215, 215, 215)
        self.set_draw_color(110, 110, 110)
        self.rect(x, y, lw, h, style="DF")
        self.set_fill_color(255, 255, 255)
        self.rect(x + lw, y, vw, h, style="DF")
        self.set_xy(x + 1, y + 1)
        self.set_font("dv", "B", 8.5)
        self.multi_cell(lw - 2, lh, label, align="L")
        self.set_xy(x + lw + 1, y + 1)
        self.set_font("dv", "", 9)
        self.multi_cell(vw - 2, lh, value if value else "", align="L")
        self.set_xy(x, y + h)

    def part(self, title):
        if self.get_y() + 14 > self.page_break_trigger:
            self.add_page()
        self.ln(3)
        self.set_font("dv", "B", 10)
        self.cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)


def plan01():
    pdf = RecordPrint(format="A4")
    pdf.set_creation_date(datetime.datetime(2024, 11, 8, 14, 32, tzinfo=datetime.timezone.utc))
    pdf.set_title("SIP – utskrift")
    pdf.add_font("dv", "", FONT)
    pdf.add_font("dv", "B", FONT_B)
    pdf.set_margins(15, 12, 15)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    pdf.set_font("dv", "B", 13)
    pdf.cell(0, 8, "Samordnad individuell plan (SIP)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 8.5)
    pdf.cell(0, 5, "Anteckningstyp: SIP – planering    Dokumentstatus: Signerad",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)

    pdf.part("Grunduppgifter")
    pdf.boxed("Patient", "J.")
    pdf.boxed("Personnummer", "XXXXXX-XXXX")
    pdf.boxed("Mötesdatum", "2024-11-06 kl. 13.00–14.30")
    pdf.boxed("Mötesplats", "Vuxenpsykiatrin Fagersta, samtalsrum 2")
    pdf.boxed("Deltagare",
              "J. (patient)\n"
              "Elin, sjuksköterska och fast vårdkontakt, Vuxenpsykiatrin Fagersta\n"
              "Omar, överläkare, Vuxenpsykiatrin Fagersta\n"
              "Karin, socialsekreterare, IFO vuxenenheten, Fagersta kommun\n"
              "Patrik, boendestödjare, Socialpsykiatrin, Fagersta kommun\n"
              "Anna, budget- och skuldrådgivare, Fagersta kommun")
    pdf.boxed("Samtycke", "")

    pdf.part("Bakgrund och syfte")
    pdf.boxed("Bakgrund",
              "J. är 34 år och har diagnosen schizofreni sedan 2019. Han vårdades inneliggande "
              "på Psykiatriska kliniken i Västerås 2024-09-12 – 2024-10-25 efter en försämring "
              "med psykotiska symtom sedan han slutat ta sin medicin under sommaren. Bor ensam i "
              "hyreslägenhet i Fagersta. Har betalningsanmärkningar och en hyresskuld på ca tre "
              "månadshyror som hotar boendet. Har haft boendestöd sedan 2022 men avbröt det i "
              "april. Är inte i någon sysselsättning.")
    pdf.boxed("Syfte med SIP",
              "Syftet är att vuxenpsykiatrin och kommunen tillsammans ska ge J. det stöd han "
              "behöver för att kunna behålla sin lägenhet och undvika en ny inläggning, och att "
              "det ska vara tydligt för J. vem som ansvarar för medicineringen, ekonomin och "
              "stödet i vardagen.")
    pdf.boxed("Frågeställningar", "Genomgång av nuläget.")

    pdf.part("Patientens mål och delaktighet")
    pdf.boxed("Patientens mål",
              "Målet är att J. ska kunna bo kvar i sin lägenhet och få ordning på sin ekonomi.")
    pdf.boxed("Patientens delaktighet",
              "J. deltog under hela mötet. J. tycker att depåinjektion är bra eftersom han då "
              "slipper komma ihåg tabletter. Han vill att boendestödet kommer på förmiddagar och "
              "att det är samma personal varje gång. Han vill inte börja i någon grupp förrän "
              "efter jul.")
    pdf.boxed("Huvudansvarig för planen",
              "Karin, socialsekreterare, IFO vuxenenheten, Fagersta kommun")

    pdf.part("Insatser")
    rows = [
        ("1", "Depåinjektion antipsykotika var fjärde vecka, kontroll av mående och "
              "biverkningar i samband med injektionen", "Vuxenpsykiatrin Fagersta",
         "Sjuksköterska (fast vårdkontakt)", "2024-11-13", "Tills vidare"),
        ("2", "Läkarbesök: uppföljning av medicinering, ställningstagande till dos",
         "Vuxenpsykiatrin Fagersta", "Överläkare", "2024-12-04", "–"),
        ("3", "Stödsamtal varannan vecka med fokus på tidiga tecken och sömn",
         "Vuxenpsykiatrin Fagersta", "Sjuksköterska", "2024-11-20", "2025-02-28"),
        ("4", "Somatisk hälsokontroll (vikt, blodtryck, blodfetter, blodsocker) pga "
              "metabol risk vid behandlingen", "Vuxenpsykiatrin Fagersta", "Sjuksköterska",
         "2024-12-04", "–"),
        ("5", "Boendestöd två gånger per vecka, förmiddag: struktur i vardagen, post, "
              "inköp och städning", "Socialpsykiatrin, Fagersta kommun", "Boendestödjare",
         "2024-11-11", "Tills vidare"),
        ("6", "Ansökan om ekonomiskt bistånd för hyresskulden utreds och beslutas",
         "IFO vuxenenheten, Fagersta kommun", "Socialsekreterare", "2024-11-08",
         "2024-11-22"),
        ("7", "Genomgång av skulder och upprättande av budget tillsammans med J., "
              "två träffar", "Budget- och skuldrådgivningen, Fagersta kommun",
         "Budget- och skuldrådgivare", "2024-11-19", "2024-12-17"),
        ("8", "Utredning av behov av kontaktperson enligt SoL",
         "IFO vuxenenheten, Fagersta kommun", "Socialsekreterare", "Ej fastställt", "–"),
        ("9", "Gemensam krisplan: tidiga tecken på försämring och vem som kontaktas",
         "Vuxenpsykiatrin Fagersta / Socialpsykiatrin", "Sjuksköterska och boendestödjare",
         "2024-11-20", "2024-12-20"),
        ("10", "Introduktion på Träffpunkten (öppen verksamhet), boendestödjaren följer med "
               "de första gångerna", "Socialpsykiatrin, Fagersta kommun", "Boendestödjare",
         "2025-01-13", "–"),
    ]
    pdf.set_font("dv", "", 8)
    pdf.set_draw_color(110, 110, 110)
    head_style = FontFace(emphasis="BOLD", fill_color=(215, 215, 215))
    with pdf.table(col_widths=(8, 62, 38, 30, 20, 22), line_height=4.6,
                   headings_style=head_style, text_align="LEFT",
                   first_row_as_headings=True, repeat_headings=1) as table:
        r = table.row()
        for h in ("Nr", "Insats/åtgärd", "Ansvarig verksamhet", "Ansvarig funktion",
                  "Start", "Slut"):
            r.cell(h)
        for row in rows:
            r = table.row()
            for c in row:
                r.cell(c)

    pdf.part("Övrigt och uppföljning")
    pdf.boxed("Andra aktörers insatser", "")
    pdf.boxed("Uppföljning", "Uppföljning av planen v. 10 2025. Kallelse skickas av "
                             "huvudansvarig.")
    pdf.boxed("Signerad", "Elin, sjuksköterska, Vuxenpsykiatrin Fagersta, 2024-11-08 14:20")
    pdf.output(out(1, "pdf"))


# ================================================================ 02 DOCX
def plan02():
    doc = Document()
    base_font(doc, "Calibri", 11)
    fix_core(doc, "SIP vid utskrivning", "Jonas")
    sec = doc.sections[0]
    set_portrait(sec)
    header_text(sec, "Region Västmanland · Västmanlands sjukhus Köping · Ortopedavdelningen",
                "Utskrivningsplanering")
    footer_text(sec, "SIP vid utskrivning – upprättad i samverkan med Kungsörs kommun och "
                     "Vårdcentralen Kungsör")

    doc.add_heading("SIP vid utskrivning", level=0)
    p = doc.add_paragraph()
    p.add_run("Patient: ").bold = True
    p.add_run("G., 86 år, XXXXXX-XXXX")
    p = doc.add_paragraph()
    p.add_run("Vårdenhet: ").bold = True
    p.add_run("Ortopedavdelningen, Västmanlands sjukhus Köping")
    p = doc.add_paragraph()
    p.add_run("Planeringsmöte: ").bold = True
    p.add_run("2025-01-29 på avdelningen, kommunen och primärvården deltog via Teams")
    p = doc.add_paragraph()
    p.add_run("Beräknat utskrivningsdatum: ").bold = True
    p.add_run("2025-01-31")

    doc.add_heading("Bakgrund", level=1)
    doc.add_paragraph(
        "G. bor ensam i villa i Kungsör. Han föll i hallen hemma 2025-01-22 och fick en "
        "höftfraktur höger som opererades med halvprotes 2025-01-23. Tidigare känd hjärtsvikt "
        "och förmaksflimmer, behandlas med blodförtunnande. Före fallet klarade han sig helt "
        "själv utan hemtjänst. Nu går han med rollator inomhus, behöver hjälp med dusch och med "
        "stödstrumporna och är osäker i trappan till tvättstugan. Kognitivt klar. Operationssåret "
        "läker fint, agrafer ska tas bort dag 14.")
    p = doc.add_paragraph()
    p.add_run("Syfte: ").bold = True
    p.add_run("Trygg och säker hemgång.")

    doc.add_heading("Patientens delaktighet och mål", level=1)
    doc.add_paragraph(
        "G. deltog i planeringsmötet, som hölls i dagrummet på avdelningen. Han vill åka hem "
        "direkt och inte till korttidsboende. Han vill inte ha hemtjänst på kvällen eftersom han "
        "klarar att gå och lägga sig själv, men tackar ja till hjälp på morgonen och mitt på "
        "dagen. Han vill gärna att det är samma personal som kommer.")
    doc.add_paragraph(
        "Målet är att G. ska kunna bo kvar hemma och gå självständigt med rollator inomhus.")

    doc.add_heading("Fast vårdkontakt", level=1)
    doc.add_paragraph(
        "Fast vårdkontakt i primärvården: Lena, distriktssköterska, Vårdcentralen Kungsör.")
    doc.add_paragraph(
        "Kontaktperson på avdelningen fram till utskrivning: Jonas, sjuksköterska, "
        "Ortopedavdelningen Köping.")

    doc.add_heading("Samordningsansvarig", level=1)
    doc.add_paragraph(
        "Samordningsansvarig med huvudansvar för planen efter utskrivning: Sofia, "
        "biståndshandläggare, Vård och omsorg, Kungsörs kommun.")

    doc.add_heading("Planerade insatser efter utskrivning", level=1)
    items = [
        "Hemtjänst morgon och lunch: hjälp med stödstrumpor, på- och avklädning, frukost och "
        "tillsyn; dusch en gång per vecka – Hemtjänst Kungsör norra, start 2025-01-31.",
        "Trygghetslarm installeras samma dag som hemgång – Hemtjänst Kungsör norra, "
        "start 2025-01-31.",
        "Matdistribution, lunch vardagar – Kungsörs kommun, Vård och omsorg, start 2025-02-03.",
        "Hemsjukvård: sårkontroll och borttagning av agrafer – Kommunal hemsjukvård Kungsör, "
        "sjuksköterska, start 2025-02-06.",
        "Hemrehabilitering: gångträning inomhus och i trappa, träningsprogram, bedömning av "
        "toalettförhöjning och duschpall – Rehabenheten Kungsörs kommun, fysioterapeut och "
        "arbetsterapeut, start 2025-02-03 (första hembesök).",
        "Läkemedelsgenomgång med uppföljning av blodförtunnande och smärtlindring – "
        "Vårdcentralen Kungsör, distriktsläkare, start 2025-02-10.",
        "Återbesök med röntgen – Ortopedmottagningen, Västmanlands sjukhus Köping, "
        "2025-03-06.",
    ]
    for it in items:
        doc.add_paragraph(it, style="List Bullet")

    doc.add_heading("Uppföljning i hemmet", level=1)
    doc.add_paragraph(
        "Uppföljande SIP-möte i G:s hem 2025-02-12 kl. 13.30. Biståndshandläggaren skickar "
        "kallelse. Då följs hemtjänstinsatserna, larmet och rehabiliteringen upp och det "
        "bedöms om insatserna kan minskas.")

    doc.add_heading("Övrigt", level=1)
    doc.add_paragraph("Dottern Eva bor i Arboga och är ett stöd för G.")
    p = doc.add_paragraph()
    p.add_run("Närvarande vid planeringen: ").bold = True
    p.add_run("patienten, dotter, sjuksköterska på avdelningen, biståndshandläggare, "
              "distriktssköterska, fysioterapeut.")
    p = doc.add_paragraph()
    p.add_run("Upprättad av: ").bold = True
    p.add_run("Jonas, sjuksköterska, 2025-01-29")
    doc.save(out(2, "docx"))


# ================================================================ 03 DOCX
def sc_heading(doc, text, level=2):
    h = doc.add_heading("", level=level)
    r = h.add_run(text)
    r.font.small_caps = True
    return h


def set_landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)


def set_portrait(section):
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)


def plan03():
    doc = Document()
    base_font(doc, "Cambria", 11)
    fix_core(doc, "Samordnad individuell plan", "Marcus")
    s0 = doc.sections[0]
    set_portrait(s0)
    header_text(s0, "Sala kommun · Region Västmanland", "Samordnad individuell plan (SIP)")
    footer_text(s0, "Upprättad 2025-03-11")

    t = doc.add_paragraph()
    r = t.add_run("Samordnad individuell plan – SIP")
    r.bold = True
    r.font.size = Pt(18)
    r.font.small_caps = True
    for lab, val in [("Barn/elev", "E., 14 år, åk 8"), ("Personnummer", "ÅÅMMDD-XXXX"),
                     ("Datum för mötet", "2025-03-11"),
                     ("Plats", "Ekbackeskolan, Sala (konferensrum)")]:
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        p.add_run(lab + ": ").bold = True
        p.add_run(val)

    sc_heading(doc, "1. Bakgrund")
    doc.add_paragraph(
        "E. har haft stor frånvaro sedan oktober 2024 och har inte varit i skolan alls sedan "
        "jullovet. Hon beskriver ångest och magont på morgnarna, har svårt att somna och sover "
        "ofta till lunch. BUP har påbörjat en utredning under hösten. Socialtjänsten fick en "
        "orosanmälan från skolan i januari och en utredning enligt 11 kap. 1 § SoL avslutades "
        "med att familjen tackade ja till familjebehandling. Föräldrarna upplever att de "
        "har fått hålla i alla kontakter själva.")
    sc_heading(doc, "2. Syfte med SIP")
    doc.add_paragraph(
        "Syftet med SIP:en är att skolan, socialtjänsten och BUP ska samordna sitt stöd så att "
        "E. kan komma tillbaka till skolan i en takt hon klarar, och att familjen ska slippa "
        "hålla ihop kontakterna själva.")
    sc_heading(doc, "3. Frågeställningar")
    doc.add_paragraph("")
    sc_heading(doc, "4. Elevens mål")
    doc.add_paragraph(
        "E. säger: ”Jag vill kunna vara i skolan några lektioner varje dag och slippa ha ont i "
        "magen varje morgon. Och jag vill hinna ikapp i matte.”")
    sc_heading(doc, "5. Delaktighet och samtycke")
    doc.add_paragraph(
        "E. deltog under första halvan av mötet tillsammans med mamma och pappa. Hon vill att "
        "det bara är mentorn som möter henne på morgonen och vill inte ha lektioner i helklass "
        "i början. Hon vill hellre ha samtal med kuratorn än med någon ny person. "
        "Samtycke har inhämtats från vårdnadshavare.")

    # landscape section with the action table
    s1 = doc.add_section(WD_SECTION.NEW_PAGE)
    set_landscape(s1)
    sc_heading(doc, "6. Insatser")
    rows = [
        ("Anpassad studiegång: tre förmiddagar/vecka i lilla gruppen, utökas efter "
         "utvärdering", "Ekbackeskolan, Sala kommun", "Rektor", "2025-03-17", "2025-06-13"),
        ("Möte vid entrén kl. 08.15 de dagar E. har schema", "Ekbackeskolan, Sala kommun",
         "Mentor (Johanna)", "2025-03-17", "2025-06-13"),
        ("Kartläggning av frånvaron och åtgärdsprogram", "Elevhälsan, Ekbackeskolan",
         "Specialpedagog", "2025-03-17", "2025-04-04"),
        ("Stödsamtal med skolkurator en gång per vecka", "Elevhälsan, Ekbackeskolan",
         "Skolkurator", "2025-03-19", "2025-06-11"),
        ("KBT för ångest, 12 sessioner, med föräldrainslag", "BUP Västerås, mottagning Sala",
         "Psykolog", "2025-03-25", "2025-06-30"),
        ("Slutförande av neuropsykiatrisk utredning och återkoppling till familj och skola",
         "Regionen", "", "april 2025", ""),
        ("Familjebehandling i hemmet varannan vecka, fokus på morgonrutiner och sömn",
         "IFO barn och familj, Sala kommun", "Familjebehandlare", "2025-03-20", "2025-09-30"),
    ]
    tbl = doc.add_table(rows=1, cols=5)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = ["Insats", "Ansvarig verksamhet", "Ansvarig person/funktion", "Start", "Slut"]
    for i, h in enumerate(hdr):
        set_cell(tbl.rows[0].cells[i], h, bold=True, size=10)
        shade(tbl.rows[0].cells[i], "D9E2F3")
    repeat_header(tbl.rows[0])
    for row in rows:
        cells = tbl.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v, size=10)
    col_widths(tbl, [Cm(9.5), Cm(5.5), Cm(4.5), Cm(2.6), Cm(2.6)])

    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    set_portrait(s2)
    sc_heading(doc, "7. Huvudansvar för planen")
    doc.add_paragraph("Socialtjänsten i Sala kommun har huvudansvar för planen.")
    sc_heading(doc, "8. Övriga aktörer")
    doc.add_paragraph(
        "Familjen har kontakt med Försäkringskassan angående omvårdnadsbidrag.")
    sc_heading(doc, "9. Uppföljning")
    doc.add_paragraph("Uppföljning av SIP 2025-05-20 kl. 14.00 på Ekbackeskolan.")
    sc_heading(doc, "10. Deltagare")
    for line in [
        "E. (deltog under första delen av mötet)",
        "Mamma och pappa, vårdnadshavare",
        "Johanna, mentor, Ekbackeskolan",
        "Lotta, rektor, Ekbackeskolan",
        "Pernilla, skolkurator, Elevhälsan Ekbackeskolan",
        "Ida, psykolog, BUP Västerås mottagning Sala",
        "Marcus, familjebehandlare, IFO barn och familj, Sala kommun",
    ]:
        doc.add_paragraph(line, style="List Bullet")
    p = doc.add_paragraph()
    p.add_run("Antecknat av: ").bold = True
    p.add_run("Marcus, familjebehandlare")
    doc.save(out(3, "docx"))


# ================================================================ 04 MD
PLAN04 = """# Din plan – SIP

**Till:** Noah

**Möte:** 2025-02-04 hos socialtjänsten i Arboga

Hej Noah! Här har vi skrivit ner det vi kom fram till på mötet. Läs igenom den och säg till
Amir om något har blivit fel eller om du vill ändra något.

## Det här är viktigt för dig

Du sa på mötet: *"Jag vill klara gymnasiet och ta körkort. Och jag vill inte att allt ska
handla om att jag röker."*

- Du vill att det blir mindre bråk hemma med mamma.
- Du vill inte ha möten på förmiddagarna när du har lektioner.
- Du tycker att drogtesterna känns jobbiga, men du går med på dem för att visa att det går bra.
- Du vill träffa samma person på Mini-Maria varje gång.

**Får vi prata med varandra om dig?** – Ja, sa du och din mamma på mötet 2025-02-04. Du skrev
också under samtyckesblanketten samma dag. Samtycket gäller socialtjänsten, Mini-Maria,
vårdcentralen och skolan.

## Det här ska vi göra

| Vad | Vem | När |
|---|---|---|
| Samtal om cannabis och hur du vill ha det, en gång i veckan | Lina, behandlare på Mini-Maria Västerås | Tisdagar kl. 15.30, start 2025-02-11 |
| Drogtest (urinprov) varannan vecka | Lina, Mini-Maria Västerås | Start 2025-02-11 |
| Läkarbesök om att du sover dåligt | Läkare på Vårdcentralen Arboga | 2025-02-18 kl. 14.00 |
| Studieplan så att du kan ta igen kurserna från hösten | Sara, mentor på gymnasieskolan i Arboga | Start 2025-02-10 |
| Föräldrastöd för mamma i föräldragruppen | Ungdomsteamet, socialtjänsten i Arboga | Torsdagar, start 2025-02-13 |
| Kolla om du kan få feriejobb eller en fritidsaktivitet genom kommunen | Amir, socialsekreterare | |

**Det här gör du själv:** Du kommer till samtalen på tisdagarna och lämnar proven. Om du
inte kan komma sms:ar du Lina innan. Du säger till Sara om du behöver mer hjälp med
kurserna.

**Det här gör mamma:** Mamma går på föräldragruppen på torsdagar och ringer Amir om hon
blir orolig för dig i stället för att ta det med dig direkt när ni är arga.

## Vem håller ihop planen?

Amir, socialsekreterare på Ungdomsteamet, socialtjänsten i Arboga. Han håller ihop planen
och är den du ska vända dig till om något inte fungerar. Du når honom via växeln.

## När ses vi igen?

Vi ses igen efter påsklovet, i april. Amir skickar en kallelse till dig och mamma.

---

På mötet var: du, mamma, Amir, Lina och Sara.
"""


def plan04():
    with open(out(4, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(PLAN04)


# ================================================================ 05 TXT
PLAN05 = """SURAHAMMARS KOMMUN
Socialförvaltningen, Vuxenenheten/LSS

MINNESANTECKNINGAR FRÅN SIP-MÖTE

Datum:  2025-03-12, kl. 09.00-10.30
Plats:  Socialförvaltningen, sammanträdesrum 3
Gäller: R., ÅÅMMDD-XXXX

NÄRVARANDE
Hanna, LSS-handläggare, Socialförvaltningen Surahammars kommun
Tove, enhetschef daglig verksamhet, Surahammars kommun
Mikael, boendestödjare, Socialpsykiatrin Surahammars kommun
Farah, sjuksköterska, Allmänpsykiatriska öppenvården, Vuxenpsykiatrin Västerås
Jenny, distriktsläkare, Vårdcentralen Surahammar
Birgitta, R:s mamma

FRÅNVARANDE
R. hade valt att inte delta. Hon har tidigare berättat för Hanna att stora möten med många människor gör henne så stressad att hon behöver vila i flera dagar efteråt.

Syftet med mötet var samordning.

BAKGRUND OCH FRÅGESTÄLLNINGAR
R. är 28 år och har autism (diagnos 2015) och återkommande depressioner. Hon bor i egen lägenhet i Surahammar med boendestöd en gång i veckan. Hon hade daglig verksamhet enligt LSS på Skogsgården fram till i höstas men slutade gå dit i oktober när hon blev sämre, och sedan dess har hon mest varit hemma. Farah berättade att R. har haft samtal varannan vecka på Vuxenpsykiatrin och att humöret är något bättre sedan jul men att sömnen fortfarande är dålig. Mötets huvudfråga var hur R. ska kunna komma tillbaka till daglig verksamhet utan att depressionen förvärras, och om medicineringen behöver ses över innan hon börjar igen. Vi pratade också om hur R. ska få hjälp med ansökan till Försäkringskassan eftersom hennes aktivitetsersättning löper ut 2025-06-30.

MÅL
Målet är att R. ska ha en meningsfull sysselsättning några dagar i veckan och att hennes mående ska stabiliseras.

VAD VI KOM ÖVERENS OM
Farah bokar en tid för R. hos läkaren på Vuxenpsykiatrin för genomgång av hennes antidepressiva medicinering, besöket ska ske före 2025-04-04, och Farah fortsätter stödsamtalen varannan vecka men gör dem nu via videolänk eftersom det är långt att åka till Västerås. Läkaren på Vuxenpsykiatrin skriver vid det besöket också det medicinska underlaget till Försäkringskassan.

Tove erbjuder R. en ny start på daglig verksamhet, två förmiddagar i veckan i den mindre gruppen på Skogsgården med start vecka 16, och Mikael utökar boendestödet från en till två gånger i veckan från och med 2025-03-17 och följer med R. till Skogsgården de första tre gångerna.

Jenny tar blodprover (sköldkörtel, B12, järnvärden) och går igenom R:s sömnsvårigheter vid ett besök på Vårdcentralen Surahammar 2025-03-25. Hanna utreder om R. har rätt till ledsagarservice enligt LSS så att hon kan komma ut på egen hand på helgerna.

Birgitta hjälper R. att fylla i ansökan om förlängd aktivitetsersättning och de skickar in den till Försäkringskassan senast 2025-04-15. Birgitta har R:s fullmakt att prata med Försäkringskassan.

NÄSTA MÖTE
Nästa SIP-möte blir 2025-05-07 kl. 13.00 på Socialförvaltningen. Kallelse skickas ut i god tid. R. erbjuds att delta via video eller bara med en eller två av oss.

Antecknat av: Hanna, LSS-handläggare
"""


def wrap_text(text, width=76):
    import textwrap
    lines = []
    for line in text.split("\n"):
        if len(line) <= width:
            lines.append(line)
        else:
            lines.extend(textwrap.wrap(line, width=width, break_long_words=False,
                                       break_on_hyphens=False))
    return "\n".join(lines)


def plan05():
    txt = wrap_text(PLAN05, 76).replace("\n", "\r\n")
    with open(out(5, "txt"), "wb") as f:
        f.write(txt.encode("cp1252"))


# ================================================================ 06 PDF (docx)
def part_row(tbl, text, fill="BFBFBF"):
    row = tbl.add_row()
    c = row.cells[0].merge(row.cells[1])
    set_cell(c, text, bold=True, size=10)
    shade(c, fill)
    return row


def field_row(tbl, label, value, lab_fill="F2F2F2", size=10):
    row = tbl.add_row()
    set_cell(row.cells[0], label, bold=True, size=size)
    shade(row.cells[0], lab_fill)
    set_cell(row.cells[1], value, size=size)
    return row


def full_row(tbl, text, size=10):
    row = tbl.add_row()
    c = row.cells[0].merge(row.cells[1])
    set_cell(c, text, size=size)
    return row


def plan06():
    doc = Document()
    base_font(doc, "Arial", 10)
    fix_core(doc, "SIP Hallstahammar", "Karin")
    s = doc.sections[0]
    set_portrait(s)
    s.left_margin = s.right_margin = Cm(2.0)
    s.top_margin = Cm(2.0)
    header_text(s, "Hallstahammars kommun  |  Region Västmanland", "SIP – samordnad individuell plan")
    footer_text(s, "Hallstahammars kommun · Vård och omsorg · SIP-mall, version 2023-09")

    p = doc.add_paragraph()
    r = p.add_run("SAMORDNAD INDIVIDUELL PLAN (SIP)")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph("Enligt 2 kap. 7 § SoL och 16 kap. 4 § HSL").runs[0].font.size = Pt(8)

    tbl = doc.add_table(rows=0, cols=2)
    tbl.style = "Table Grid"
    part_row(tbl, "DEL 1   PERSONUPPGIFTER")
    field_row(tbl, "Namn", "A.")
    field_row(tbl, "Personnummer", "ÅÅMMDD-XXXX")
    field_row(tbl, "Ställföreträdare / god man", "Per (son), god man sedan 2023")
    full_row(tbl, "Samtycke: ☒ Muntligt ☐ Skriftligt  Datum: 2025-01-20")

    part_row(tbl, "DEL 2   MÖTET")
    field_row(tbl, "Datum för SIP-möte", "2025-01-28")
    field_row(tbl, "Plats", "I A:s hem, Hallstahammar")
    field_row(tbl, "Deltagare", "A., Per, Maja, Karin, Johan, Sanna")
    field_row(tbl, "Syfte med planen",
              "Syftet är att A. ska kunna bo kvar i sitt hus och känna sig trygg, och att "
              "hemtjänsten, hemsjukvården, vårdcentralen och minnesmottagningen samordnar sina "
              "insatser kring hennes medicinering, måltider och den nattliga oron.")
    field_row(tbl, "Frågeställningar", "Aktuell situation gås igenom.")

    part_row(tbl, "DEL 3   DEN ENSKILDES SYN")
    field_row(tbl, "Mål med egna ord",
              "A. säger: ”Jag vill bo kvar i mitt hus och ha min katt hos mig. Jag vill inte "
              "flytta till något hem.”")
    field_row(tbl, "Delaktighet",
              "A. deltog i mötet vid sitt köksbord tillsammans med sonen Per. Hon vill att "
              "hemtjänsten kommer på samma tider varje dag och att det inte är så många olika "
              "personer. Hon vill inte ha tillsyn med kamera på natten.")

    part_row(tbl, "DEL 4   INSATSER (vad, vem, när)")
    field_row(tbl, "Hemtjänst",
              "Hjälp med frukost, lunch och kvällsmål, påminnelse om att dricka, dusch en gång "
              "per vecka och promenad en gång per vecka.\n"
              "Ansvarig: Hemtjänst Hallstahammar centrum, kontaktman.  Start: 2025-02-01")
    field_row(tbl, "Läkemedel",
              "Överlämnande av läkemedel morgon och kväll ur dosrulle, delegerat till "
              "hemtjänsten.\n"
              "Ansvarig: Kommunal hemsjukvård Hallstahammar, sjuksköterska.  Start: 2025-02-03")
    field_row(tbl, "Läkemedelsgenomgång",
              "Genomgång av läkemedel och ordination av dosdispenserade läkemedel.\n"
              "Ansvarig: Vårdcentralen Hallstahammar, distriktsläkare.  Datum: 2025-02-05")
    field_row(tbl, "Demenssjukdom",
              "Uppföljning av Alzheimers sjukdom och bedömning av sömn och nattlig oro.\n"
              "Ansvarig: Minnesmottagningen Västerås, specialistsjuksköterska.  "
              "Datum: 2025-03-12")
    field_row(tbl, "Dagverksamhet",
              "Dagverksamhet för personer med demenssjukdom tisdagar och fredagar, med "
              "färdtjänst.\n"
              "Ansvarig: Dagverksamheten Eken, Hallstahammars kommun, enhetschef.  "
              "Start: 2025-02-11")
    field_row(tbl, "Trygghetslarm",
              "Beslut om trygghetslarm och bedömning av GPS-larm.\n"
              "Ansvarig: Biståndshandläggare, Vård och omsorg, Hallstahammars kommun.  "
              "Start: 2025-02-03")

    part_row(tbl, "DEL 5   ANDRA AKTÖRER")
    field_row(tbl, "Närstående, god man m.fl.",
              "Per (son och god man) sköter A:s ekonomi och betalar räkningar, följer med på "
              "besöket på minnesmottagningen 2025-03-12 och gör större inköp och köper kattmat "
              "varje lördag.")

    part_row(tbl, "DEL 6   ANSVAR OCH UPPFÖLJNING")
    field_row(tbl, "Huvudansvarig för planen", "Hallstahammars kommun")
    field_row(tbl, "Uppföljning", "Planen följs upp i juni 2025.")
    field_row(tbl, "Planen upprättad av", "Karin, 2025-01-28")
    col_widths(tbl, [Cm(5.0), Cm(12.0)])

    os.makedirs(BUILD, exist_ok=True)
    path = os.path.join(BUILD, f"{PREFIX}-06.docx")
    doc.save(path)
    soffice_pdf(path, 6)


# ================================================================ 07 DOCX
def plan07():
    doc = Document()
    base_font(doc, "Calibri", 11)
    fix_core(doc, "Uppföljning av SIP", "Sanna")
    s = doc.sections[0]
    set_portrait(s)
    header_text(s, "Köpings kommun · Region Västmanland", "Uppföljning av SIP")
    footer_text(s, "Köpings kommun, Socialpsykiatrin · Vuxenpsykiatrin Köping")

    doc.add_heading("Uppföljning av samordnad individuell plan", level=1)
    tbl = doc.add_table(rows=0, cols=2)
    tbl.style = "Table Grid"
    fields = [
        ("Namn", "L."),
        ("Personnummer", "XXXXXX-XXXX"),
        ("Datum för uppföljning", "2025-01-21"),
        ("Ursprunglig plan upprättad", "2024-10-15"),
        ("Deltagare", "L., Sanna, Robert, Camilla, Tobias"),
        ("Syfte", "Se tidigare plan"),
        ("Samtycke", "Se tidigare plan"),
        ("Den enskildes mål", "Oförändrat"),
        ("Huvudansvarig", "Oförändrat"),
    ]
    for lab, val in fields:
        row = tbl.add_row()
        set_cell(row.cells[0], lab, bold=True)
        shade(row.cells[0], "EDEDED")
        set_cell(row.cells[1], val)
    col_widths(tbl, [Cm(5.5), Cm(11.0)])

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    p.add_run("Aktuell situation").bold = True
    doc.add_paragraph(
        "L. skrevs ut från Psykiatriska kliniken i Västerås 2024-10-14 efter drygt tre veckors "
        "inläggning för svår depression. Sjukskriven t.o.m. 2025-03-31. Boendestödjaren ser att "
        "L. är mer uppe på dagarna nu men att han fortfarande är mycket isolerad och sällan går "
        "ut. Sömnen är bättre sedan medicinen höjdes.")
    p = doc.add_paragraph()
    p.add_run("Frågor inför dagens möte").bold = True
    for q in ["Varför har samtalskontakten hos psykolog inte kommit igång?",
              "Behöver boendestödet fortsätta efter februari?",
              "Hur ska L. få en sysselsättning när sjukskrivningen går ut?"]:
        doc.add_paragraph(q, style="List Bullet")

    p = doc.add_paragraph()
    p.add_run("Delaktighet").bold = True
    doc.add_paragraph("L. deltog på mötet.")

    p = doc.add_paragraph()
    p.add_run("Insatser från tidigare plan").bold = True
    rows = [
        ("Läkarbesök för uppföljning av medicinering", "Vuxenpsykiatrin Köping, psykiatriker",
         "2024-11-12", "Genomförd", "Dosen höjd, nytt besök bokas av mottagningen"),
        ("Samtalskontakt (KBT) hos psykolog varannan vecka", "Vuxenpsykiatrin Köping, psykolog",
         "2024-11-01", "Har inte blivit av", "Väntetid, ingen första tid bokad ännu"),
        ("Boendestöd två gånger per vecka", "Socialpsykiatrin Köpings kommun, boendestödjare",
         "2024-10-21", "Pågår", ""),
        ("Ansökan om försörjningsstöd i väntan på sjukpenning",
         "IFO vuxenenheten Köpings kommun, socialsekreterare", "2024-10-16", "Genomförd",
         "Beviljat okt–dec"),
        ("Introduktion på Träffpunkten, boendestödjare följer med",
         "Socialpsykiatrin Köpings kommun, boendestödjare", "–", "Har inte blivit av",
         "L. har avbokat två gånger"),
        ("Återbesök hos distriktssköterska, blodtryck och vikt", "Vårdcentralen Köping, "
         "distriktssköterska", "2024-12-03", "Genomförd", ""),
    ]
    t2 = doc.add_table(rows=1, cols=5)
    t2.style = "Table Grid"
    for i, h in enumerate(["Insats", "Ansvarig", "Start", "Status", "Kommentar"]):
        set_cell(t2.rows[0].cells[i], h, bold=True, size=9)
        shade(t2.rows[0].cells[i], "D9D9D9")
    repeat_header(t2.rows[0])
    for row in rows:
        cells = t2.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v, size=9)
    col_widths(t2, [Cm(4.6), Cm(4.2), Cm(2.2), Cm(2.6), Cm(3.4)])

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    p.add_run("Nya insatser").bold = True
    doc.add_paragraph("Inga nya insatser beslutades. Psykologkontakten ska påbörjas snarast.")
    p = doc.add_paragraph()
    p.add_run("Övriga aktörer").bold = True
    doc.add_paragraph("Kontakt med Försäkringskassan pågår.")
    p = doc.add_paragraph()
    p.add_run("Nästa uppföljning: ").bold = True
    p.add_run("–")
    p = doc.add_paragraph()
    p.add_run("Antecknat av: ").bold = True
    p.add_run("Sanna, 2025-01-21")
    doc.save(out(7, "docx"))


# ================================================================ 08 PDF (docx)
def label_hint(cell, label, hint, size=9.5):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(label)
    r.bold = True
    r.font.size = Pt(size)
    r.add_break()
    r2 = p.add_run(hint)
    r2.italic = True
    r2.font.size = Pt(8)
    r2.font.color.rgb = RGBColor(0x59, 0x59, 0x59)


def plan08():
    doc = Document()
    base_font(doc, "Arial", 10)
    fix_core(doc, "SIP-mall Norberg", "Norbergs kommun")
    s = doc.sections[0]
    set_portrait(s)
    s.left_margin = s.right_margin = Cm(2.0)
    header_text(s, "Norbergs kommun  ·  Region Västmanland", "SIP-blankett, rev. 2024-02")
    footer_text(s, "Blanketten förvaras i respektive verksamhets journal/akt. "
                   "Kopia till den enskilde.")

    p = doc.add_paragraph()
    r = p.add_run("Samordnad individuell plan (SIP)")
    r.bold = True
    r.font.size = Pt(15)
    doc.add_paragraph("Fyll i blanketten under eller efter SIP-mötet.").runs[0].font.size = Pt(8)

    tbl = doc.add_table(rows=0, cols=2)
    tbl.style = "Table Grid"
    fields = [
        ("Den enskildes namn", "(förnamn och efternamn)"),
        ("Personnummer", "(ÅÅÅÅMMDD-XXXX)"),
        ("Datum för mötet", "ÅÅÅÅ-MM-DD"),
        ("Deltagare", "(namn, funktion och verksamhet)"),
        ("Bakgrund", "(kort beskrivning av nuvarande situation)"),
        ("Syfte med planen", "(varför behövs en SIP just nu?)"),
        ("Frågeställningar", "(vilka frågor ska mötet besvara?)"),
        ("Den enskildes mål", "(med egna ord)"),
        ("Den enskildes delaktighet", "(hur har personen deltagit, vad tycker personen?)"),
    ]
    for lab, hint in fields:
        row = tbl.add_row()
        label_hint(row.cells[0], lab, hint)
        shade(row.cells[0], "F2F2F2")
        set_cell(row.cells[1], "")
        if lab not in ("Personnummer", "Datum för mötet", "Den enskildes namn"):
            row.height = Cm(1.6)
            row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
    row = tbl.add_row()
    label_hint(row.cells[0], "Samtycke till SIP", "(muntligt eller skriftligt)")
    shade(row.cells[0], "F2F2F2")
    set_cell(row.cells[1], "☐ Ja   ☐ Nej\n☐ Muntligt   ☐ Skriftligt   Datum: ÅÅÅÅ-MM-DD")
    col_widths(tbl, [Cm(5.5), Cm(11.5)])

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    p.add_run("Insatser").bold = True
    t2 = doc.add_table(rows=1, cols=4)
    t2.style = "Table Grid"
    for i, h in enumerate(["Insats / åtgärd", "Ansvarig verksamhet\n(huvudman, enhet)",
                           "Ansvarig funktion\n(t.ex. kurator)", "När\n(ÅÅÅÅ-MM-DD)"]):
        set_cell(t2.rows[0].cells[i], h, bold=True, size=9)
        shade(t2.rows[0].cells[i], "D9D9D9")
    repeat_header(t2.rows[0])
    for _ in range(5):
        nr = t2.add_row()
        nr.height = Cm(0.9)
        nr.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        cells = nr.cells
        for c in cells:
            set_cell(c, "")
    col_widths(t2, [Cm(6.0), Cm(4.0), Cm(3.5), Cm(3.5)])

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    t3 = doc.add_table(rows=0, cols=2)
    t3.style = "Table Grid"
    for lab, hint in [
        ("Andra aktörers insatser", "(t.ex. Försäkringskassan, Arbetsförmedlingen, god man, "
                                    "närstående)"),
        ("Huvudansvarig för planen", "(namn, funktion, verksamhet)"),
    ]:
        row = t3.add_row()
        label_hint(row.cells[0], lab, hint)
        shade(row.cells[0], "F2F2F2")
        set_cell(row.cells[1], "")
        row.height = Cm(1.6)
        row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
    row = t3.add_row()
    label_hint(row.cells[0], "Finns behov av tolk?", "(språk)")
    shade(row.cells[0], "F2F2F2")
    set_cell(row.cells[1], "☐ Ja   ☐ Nej")
    row = t3.add_row()
    label_hint(row.cells[0], "Datum för uppföljning", "(tid och plats)")
    shade(row.cells[0], "F2F2F2")
    set_cell(row.cells[1], "ÅÅÅÅ-MM-DD")
    row = t3.add_row()
    label_hint(row.cells[0], "Har planen lämnats till den enskilde?", "(kopia)")
    shade(row.cells[0], "F2F2F2")
    set_cell(row.cells[1], "☐ Ja   ☐ Nej")
    col_widths(t3, [Cm(5.5), Cm(11.5)])

    os.makedirs(BUILD, exist_ok=True)
    path = os.path.join(BUILD, f"{PREFIX}-08.docx")
    doc.save(path)
    soffice_pdf(path, 8)


def normalize_docx(path):
    """Rewrite the zip with fixed timestamps so the .docx is byte-identical each run."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 1, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


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
    for n in (2, 3, 7):
        normalize_docx(out(n, "docx"))
    shutil.rmtree(BUILD, ignore_errors=True)
    print("done:", sorted(os.listdir(PLANS)))


if __name__ == "__main__":
    main()
