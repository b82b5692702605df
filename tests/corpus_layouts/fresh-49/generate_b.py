#!/usr/bin/env python3
"""Generate the f49b- batch of fictional, anonymized SIP documents into plans/.

Run with /work/batches/.venv/bin/python generate.py
Deterministic: fixed dates, no randomness; .docx zip entries get a fixed timestamp,
fpdf2 PDFs a fixed creation date. The LibreOffice PDF (f49b-06) embeds its own
conversion time in its metadata, the visible content is identical each run.
"""
import datetime
import os
import shutil
import subprocess
import tempfile
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
OUT = os.path.join(HERE, "plans")
PREFIX = "f49b-"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIXED_DT = datetime.datetime(2025, 1, 20, 9, 42, 0, tzinfo=datetime.timezone.utc)
LO_PROFILE = "file:///tmp/lo-f49b"


def path(n, ext):
    return os.path.join(OUT, f"{PREFIX}{n:02d}.{ext}")


# ---------------------------------------------------------------- docx helpers

def fix_docx(doc, fn, title, author):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = datetime.datetime(2025, 1, 1, 8, 0, 0)
    cp.modified = datetime.datetime(2025, 1, 1, 8, 0, 0)
    cp.revision = 1
    doc.save(fn)
    # rewrite zip with fixed timestamps so the bytes are stable between runs
    tmp = fn + ".tmp"
    with zipfile.ZipFile(fn) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 1, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    os.replace(tmp, fn)


def add_field(paragraph, instr):
    """Insert a simple field (PAGE, NUMPAGES) into a paragraph."""
    run = paragraph.add_run()
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    run._r.append(b)
    run2 = paragraph.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    run2._r.append(it)
    run3 = paragraph.add_run()
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    run3._r.append(s)
    paragraph.add_run("1")
    run4 = paragraph.add_run()
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    run4._r.append(e)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trPr.append(th)


def set_cell(cell, text, bold=False, size=None):
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
    return cell


def header_table(table, headers, fill="D9D9D9", size=None):
    for i, h in enumerate(headers):
        c = table.rows[0].cells[i]
        set_cell(c, h, bold=True, size=size)
        shade(c, fill)
    repeat_header(table.rows[0])


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


# ==================================================================== plan 01
# fpdf2, landscape A4, record-system print with boxed fields and a time-line grid

class RSPdf(FPDF):
    SYSTEM = "VästSIP – Samordnad individuell plan"
    PRINTED = "Utskriven 2025-01-20 09:42 av Mikael, sjuksköterska"

    def header(self):
        self.set_font("DejaVu", "B", 9)
        self.set_text_color(40, 40, 40)
        self.cell(120, 6, self.SYSTEM, border=0)
        self.set_font("DejaVu", "", 8)
        self.cell(100, 6, self.PRINTED, border=0, align="C")
        self.cell(0, 6, f"Sida {self.page_no()} ({{nb}})", border=0, align="R")
        self.ln(6)
        self.set_draw_color(90, 90, 90)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(2)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, "Region Västmanland och Sala kommun · Dokumentet innehåller "
                  "sekretessbelagda uppgifter (OSL 25 kap. 1 §, 26 kap. 1 §)", align="C")
        self.set_text_color(0, 0, 0)

    def box(self, label, text, w=None, h_min=0, x=None):
        """Boxed field: small label on top, value below; returns bottom y."""
        if w is None:
            w = self.w - self.l_margin - self.r_margin
        if x is None:
            x = self.l_margin
        y0 = self.get_y()
        self.set_xy(x + 1.5, y0 + 1)
        self.set_font("DejaVu", "B", 7)
        self.set_text_color(80, 80, 80)
        self.cell(w - 3, 3.5, label.upper())
        self.set_text_color(0, 0, 0)
        self.set_xy(x + 1.5, y0 + 5)
        self.set_font("DejaVu", "", 9)
        self.multi_cell(w - 3, 4.6, text)
        y1 = max(self.get_y() + 1.5, y0 + h_min)
        self.rect(x, y0, w, y1 - y0)
        return y1


def plan01():
    pdf = RSPdf(orientation="L", format="A4")
    pdf.set_creation_date(FIXED_DT)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_auto_page_break(True, margin=15)
    pdf.set_margins(12, 10, 12)
    pdf.alias_nb_pages()
    pdf.add_page()
    W = pdf.w - 24

    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 8, "Samordnad individuell plan (SIP)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 8)
    pdf.cell(0, 4, "Plan-ID 2025-0117 · Status: Fastställd · Version 1", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)

    # first row of boxes
    y = pdf.get_y()
    w4 = W / 4
    bottoms = []
    for i, (lab, val) in enumerate([
        ("Namn", "P."),
        ("Personnummer", "ÅÅMMDD-XXXX"),
        ("Mötesdatum", "2025-01-14 kl. 13.00–14.30"),
        ("Mötesplats", "Psykiatrimottagningen Sala"),
    ]):
        pdf.set_xy(pdf.l_margin + i * w4, y)
        bottoms.append(pdf.box(lab, val, w=w4, h_min=11, x=pdf.l_margin + i * w4))
    pdf.set_y(max(bottoms))

    pdf.set_y(pdf.box("Syfte med SIP",
        "Syftet är att psykiatrin och socialtjänsten gemensamt planerar stödet så att P. kan "
        "behålla sin lägenhet, få ordning på ekonomin och hålla sig psykiskt stabil efter "
        "slutenvårdstillfället i november 2024. Hyresvärden har skickat en varning om "
        "uppsägning på grund av obetalda hyror.", h_min=12))
    pdf.set_y(pdf.box("Frågeställningar inför mötet",
        "Gå igenom nuläget och planera vidare.", h_min=10))

    y = pdf.get_y()
    half = W / 2
    b1 = pdf.box("Den enskildes mål",
        "Målet är att P. ska kunna bo kvar i sin lägenhet och ha en fungerande vardag "
        "med regelbunden dygnsrytm.", w=half, h_min=16, x=pdf.l_margin)
    pdf.set_xy(pdf.l_margin + half, y)
    b2 = pdf.box("Den enskildes delaktighet och synpunkter",
        "P. deltog under hela mötet. P. vill helst ha samma kontaktperson på "
        "mottagningen som tidigare och vill inte ha hembesök oftare än två gånger i "
        "veckan. Han vill inte flytta till boende med personal.",
        w=half, h_min=16, x=pdf.l_margin + half)
    pdf.set_y(max(b1, b2))

    pdf.set_y(pdf.box("Samtycke",
        "P. lämnade muntligt samtycke vid mötet 2025-01-14 till att Psykiatrimottagningen "
        "Sala och socialtjänsten i Sala kommun utbyter de uppgifter som behövs för planen. "
        "Antecknat av socialsekreteraren.", h_min=10))

    y = pdf.get_y()
    b1 = pdf.box("Huvudansvarig för planen",
        "Mikael, sjuksköterska/case manager, Psykiatrimottagningen Sala",
        w=half, h_min=11, x=pdf.l_margin)
    pdf.set_xy(pdf.l_margin + half, y)
    b2 = pdf.box("Andra aktörer",
        "Försäkringskassan är berörd (sjukersättning). Kronofogden har ett ärende.",
        w=half, h_min=11, x=pdf.l_margin + half)
    pdf.set_y(max(b1, b2))

    pdf.set_y(pdf.box("Deltagare",
        "P. (den enskilde)\n"
        "Anna, socialsekreterare, Vuxenenheten IFO Sala kommun\n"
        "Mikael, sjuksköterska/case manager, Psykiatrimottagningen Sala, Region Västmanland\n"
        "Sara, boendestödjare, Socialpsykiatrin Sala kommun\n"
        "Leila, budget- och skuldrådgivare, Sala kommun", h_min=12))
    pdf.set_y(pdf.box("Nästa uppföljning",
        "2025-04-08 kl. 13.00, Psykiatrimottagningen Sala. Mikael skickar kallelse.", h_min=10))

    # ---- time-line grid
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 11)
    pdf.cell(0, 7, "Insatser och tidsplan 2025", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 8)
    pdf.cell(0, 4, "X = insatsen pågår under månaden", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    months = ["jan", "feb", "mar", "apr", "maj", "jun"]
    rows = [
        ("Läkemedelsuppföljning och depotinjektion var tredje vecka på mottagningen",
         "Sjuksköterska, Psykiatrimottagningen Sala", "XXXXXX"),
        ("Boendestöd två gånger i veckan: veckoschema, inköp, städning och post",
         "Boendestödjare, Socialpsykiatrin Sala kommun", "XXXXXX"),
        ("Budget- och skuldrådgivning: upprätta budget, kontakt med fordringsägare, "
         "förbereda ansökan om skuldsanering",
         "Budget- och skuldrådgivningen, Sala kommun", ".XXXX."),
        ("Ansökan om ekonomiskt bistånd för hyresskulden (december och januari)",
         "Kommunen", "X....."),
        ("Samtalsbehandling, KBT för psykos (KBTp), 12 tillfällen",
         "Psykolog, Psykiatrimottagningen Sala", "..XXXX"),
        ("Utreda sysselsättning: studiebesök på Träffpunkten och ev. ansökan om "
         "sysselsättning enligt SoL",
         "Biståndshandläggare, Socialpsykiatrin Sala kommun", "...XXX"),
    ]
    cw = [112, 90] + [(W - 202) / 6] * 6

    def grid_header():
        pdf.set_font("DejaVu", "B", 8)
        pdf.set_fill_color(220, 220, 220)
        pdf.cell(cw[0], 7, "Insats", border=1, fill=True)
        pdf.cell(cw[1], 7, "Ansvarig", border=1, fill=True)
        for i, m in enumerate(months):
            pdf.cell(cw[2 + i], 7, m, border=1, fill=True, align="C")
        pdf.ln(7)

    grid_header()
    pdf.set_font("DejaVu", "", 8.5)
    for ins, ans, marks in rows:
        # height from the longest text
        lines_i = pdf.multi_cell(cw[0] - 2, 4.4, ins, dry_run=True, output="LINES")
        lines_a = pdf.multi_cell(cw[1] - 2, 4.4, ans, dry_run=True, output="LINES")
        h = max(len(lines_i), len(lines_a)) * 4.4 + 2
        if pdf.get_y() + h > pdf.h - 15:
            pdf.add_page()
            grid_header()
            pdf.set_font("DejaVu", "", 8.5)
        x, y = pdf.get_x(), pdf.get_y()
        pdf.rect(x, y, cw[0], h)
        pdf.set_xy(x + 1, y + 1)
        pdf.multi_cell(cw[0] - 2, 4.4, ins, align="L")
        pdf.rect(x + cw[0], y, cw[1], h)
        pdf.set_xy(x + cw[0] + 1, y + 1)
        pdf.multi_cell(cw[1] - 2, 4.4, ans, align="L")
        xx = x + cw[0] + cw[1]
        pdf.set_font("DejaVu", "B", 9)
        for i, mk in enumerate(marks):
            pdf.set_xy(xx, y)
            pdf.cell(cw[2 + i], h, "X" if mk == "X" else "", border=1, align="C")
            xx += cw[2 + i]
        pdf.set_font("DejaVu", "", 8.5)
        pdf.set_xy(x, y + h)
    pdf.ln(5)
    pdf.set_font("DejaVu", "", 8)
    pdf.multi_cell(W, 4.2,
        "Planen är upprättad i VästSIP 2025-01-14 och fastställd 2025-01-20. Kopia lämnad till P. "
        "vid hembesök. Ändringar i planen görs av huvudansvarig efter samråd med berörda.")
    pdf.output(path(1, "pdf"))


# ==================================================================== plan 02
# Word: measures table with a nested "Vad / Vem" table in one cell; header/footer, Heading styles

def plan02():
    doc = Document()
    base_font(doc, "Calibri", 11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Köpings kommun · Barn- och utbildningsförvaltningen\tSIP\tRegion Västmanland"
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("SIP Elsa, upprättad 2024-11-19 · Sida ")
    r.font.size = Pt(8)
    add_field(fp, "PAGE")
    fp.add_run(" av ").font.size = Pt(8)
    add_field(fp, "NUMPAGES")

    doc.add_heading("Samordnad individuell plan (SIP)", level=1)
    p = doc.add_paragraph()
    p.add_run("Barn/elev: ").bold = True
    p.add_run("Elsa, 13 år, åk 7 Västerskolan, Köping\n")
    p.add_run("Personnummer: ").bold = True
    p.add_run("XXXXXX-XXXX\n")
    p.add_run("Vårdnadshavare: ").bold = True
    p.add_run("mamma och pappa (gemensam vårdnad)\n")
    p.add_run("Mötesdatum: ").bold = True
    p.add_run("2024-11-19, Västerskolans konferensrum")

    doc.add_heading("Bakgrund", level=2)
    doc.add_paragraph(
        "Elsa har haft ökande frånvaro sedan vårterminen i åk 6 och har under höstterminen "
        "varit i skolan ungefär var tredje dag, oftast bara några lektioner. Hon beskriver "
        "magont och illamående på morgnarna och panikkänslor i matsalen och i korridorerna. "
        "Elsa är aktuell på BUP Västerås sedan september 2024 efter remiss från skolsköterskan. "
        "Föräldrarna har haft kontakt med socialtjänstens familjestöd via öppen ingång och har "
        "själva bett om SIP.")

    doc.add_heading("Syfte", level=2)
    doc.add_paragraph("Samordning av insatser.")

    doc.add_heading("Frågeställningar", level=2)
    for q in [
        "Hur kan Elsa komma tillbaka till skolan stegvis, och vilka lektioner börjar hon med?",
        "Vem stöttar familjen på morgnarna när det är svårast att komma iväg?",
        "Ska BUP gå vidare med en neuropsykiatrisk utredning som skolan har tagit upp?",
    ]:
        doc.add_paragraph(q, style="List Bullet")

    doc.add_heading("Elsas mål", level=2)
    doc.add_paragraph("”Jag vill kunna gå i skolan utan att få ont i magen, och vara med på "
                      "idrotten igen.”")

    doc.add_heading("Elsas delaktighet", level=2)
    doc.add_paragraph(
        "Elsa var med första halvtimmen tillsammans med mamma och pappa. Hon berättade själv "
        "att morgnarna och matsalen är det värsta, och att hon vill börja med bild och engelska "
        "där hon känner läraren. Hon vill inte äta i matsalen just nu utan i ett mindre rum. "
        "Föräldrarna deltog under hela mötet.")

    doc.add_heading("Samtycke", level=2)
    doc.add_paragraph("Samtycke finns.")

    doc.add_heading("Insatser", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    header_table(t, ["Insats", "Ansvarig", "När", "Kommentar"])
    rows = [
        ("Anpassad studiegång: schema med start två lektioner per dag, ökning varannan vecka",
         "Rektor, Västerskolan", "Från v. 48, beslut 2024-11-22", "Bild och engelska först"),
        ("Mentor tar emot Elsa vid entrén kl. 8.10 och gör en kort plan för dagen",
         "Mentor, Västerskolan", "Varje skoldag från 2024-11-25", "Lunch i grupprummet"),
        ("KBT-behandling för ångest/skolundvikande, 12 sessioner",
         "Psykolog, BUP Västerås", "Start 2024-12-04, varannan onsdag", ""),
        ("Ställningstagande till neuropsykiatrisk utredning",
         "Läkare, BUP Västerås", "Beslut senast 2025-01-31", "Skolan skickar pedagogisk kartläggning"),
        ("Familjestöd i hemmet kring morgonrutiner",
         "Familjebehandlare, Familjestödet Köpings kommun", "Två morgnar/vecka från 2024-12-02", ""),
    ]
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v, size=10)
    # the vårdnadshavare row: a small nested Vad/Vem table inside the Insats cell
    cells = t.add_row().cells
    c = cells[0]
    set_cell(c, "Vårdnadshavarnas insatser:", bold=True, size=10)
    nt = c.add_table(rows=1, cols=2)
    nt.style = "Table Grid"
    header_table(nt, ["Vad", "Vem"], fill="EDEDED", size=9)
    for vad, vem in [
        ("Följa Elsa till skolan tisdagar och torsdagar", "Pappa"),
        ("Kontakt med mentor via Unikum varje fredag om veckan som gått", "Mamma"),
        ("Följa med Elsa till BUP-besöken", "Mamma eller pappa"),
    ]:
        rc = nt.add_row().cells
        set_cell(rc[0], vad, size=9)
        set_cell(rc[1], vem, size=9)
    c.add_paragraph("")
    set_cell(cells[1], "Vårdnadshavare", size=10)
    set_cell(cells[2], "Från 2024-11-25", size=10)
    set_cell(cells[3], "", size=10)
    for row in t.rows:
        row.cells[0].width = Cm(6.5)
        row.cells[1].width = Cm(4.0)
        row.cells[2].width = Cm(3.5)
        row.cells[3].width = Cm(3.0)

    doc.add_heading("Huvudansvar", level=2)
    doc.add_paragraph("Västerskolan (elevhälsan).")

    doc.add_heading("Uppföljning", level=2)
    doc.add_paragraph("Uppföljning vecka 6. Kallelse skickas av skolan.")

    doc.add_heading("Deltagare", level=2)
    dt = doc.add_table(rows=1, cols=3)
    dt.style = "Table Grid"
    header_table(dt, ["Namn", "Funktion", "Verksamhet"])
    for row in [
        ("Elsa", "Elev", "Västerskolan, åk 7"),
        ("Mamma och pappa", "Vårdnadshavare", "–"),
        ("Karin", "Kurator", "Elevhälsan, Västerskolan"),
        ("Per", "Mentor", "Västerskolan"),
        ("Lena", "Rektor", "Västerskolan"),
        ("Nadia", "Psykolog", "BUP Västerås"),
        ("Tomas", "Familjebehandlare", "Familjestödet, Köpings kommun"),
    ]:
        rc = dt.add_row().cells
        for i, v in enumerate(row):
            set_cell(rc[i], v, size=10)
    doc.add_paragraph("")
    doc.add_paragraph("Antecknat av Karin, kurator. Planen skickas hem till vårdnadshavarna.")
    fix_docx(doc, path(2, "docx"), "SIP Elsa", "Elevhälsan Västerskolan")


# ==================================================================== plan 03
# Text, Windows-1252, CRLF: dictated IFO journal note, wrapped at 72 columns

def plan03():
    head = [
        "Fagersta kommun  Individ- och familjeomsorgen  Vuxengruppen",
        "JOURNALANTECKNING",
        "",
        "2025-02-04 08:51  Anteckning  Sign: Jenny, socialsekreterare",
        "Händelsedatum: 2025-02-03   Dikterad 2025-02-03, utskriven 2025-02-04",
        "Klient: D., XXXXXX-XXXX   Akt: IFO-V 2024/0388",
        "-" * 72,
        "",
    ]
    paras = [
        ("", "Anteckning: SIP-möte hölls idag kl 13.30 på Beroendemottagningen i "
         "Fagersta gällande D. som sedan hösten har haft ett tilltagande bruk av "
         "cannabis och under de senaste månaderna även tabletter, främst "
         "bensodiazepiner som han köper utan recept. D. har sedan december inte "
         "haft någon fast bostad utan bor växelvis hos kompisar och ibland hos en "
         "moster. Närvarande vid mötet var D., Emma, Ali, Kristina och "
         "undertecknad. Mötet tog ungefär en och en halv timme och stämningen var "
         "bra, D. var trött men engagerad."),
        ("", "Syftet med SIP:en är att D. ska få en samlad plan där "
         "beroendevården och socialtjänsten drar åt samma håll, så att han kan "
         "bli drogfri och komma till ett eget boende i stället för att flytta "
         "runt mellan kompisar, vilket han själv beskriver som det som gör att han "
         "fortsätter röka."),
        ("SAMTYCKE", "D. har lämnat skriftligt samtycke till samverkan mellan "
         "IFO och Beroendemottagningen, blankett undertecknad 2025-01-20 vid "
         "besök på IFO. Blanketten är skannad till akten."),
        ("", "D. var med under hela mötet och fick börja med att berätta hur han "
         "ser på sin situation. Han säger att han är trött på att aldrig ha ett "
         "eget ställe och att tabletterna har blivit mer än han tänkt sig. Han "
         "vill ha behandling i Fagersta och inte åka iväg på behandlingshem, i "
         "alla fall inte nu. Hans mål med egna ord: \"Jag vill ha en egen lya och "
         "ett jobb, och jag vill inte hålla på så här när jag fyller 21.\""),
        ("BESLUTADE INSATSER", "Det beslutades att Beroendemottagningen "
         "Fagersta genom sjuksköterska gör urinprovskontroller två gånger i veckan "
         "med start 2025-02-05, att läkare på Beroendemottagningen gör en "
         "bedömning av nedtrappning av bensodiazepiner vid läkarbesök "
         "2025-02-12, och att undertecknad på IFO vuxengruppen utreder ansökan "
         "om öppenvårdsbehandling med återfallsprevention på kommunens "
         "Beroendeenhet, beslut senast 2025-02-28 och inskrivning beräknas i "
         "mars 2025. Boendesamordnaren på IFO tar kontakt med D. om möjligheten "
         "till träningslägenhet. Beroendemottagningens kurator erbjuder "
         "stödsamtal varannan vecka från och med vecka 7, första tid "
         "2025-02-13."),
        ("HUVUDANSVAR", "Undertecknad, Jenny, socialsekreterare på IFO "
         "vuxengruppen Fagersta kommun, har huvudansvaret för planen och kallar "
         "till uppföljning."),
        ("UPPFÖLJNING", "Nästa SIP-möte 2025-04-22 kl 10.00 på IFO Fagersta, "
         "plan 2."),
        ("", "Planen skrivs in i den gemensamma SIP-mallen och lämnas till D. "
         "vid nästa besök på IFO."),
    ]
    lines = list(head)
    for heading, text in paras:
        if heading:
            lines.append(heading)
        lines.extend(textwrap.wrap(text, width=72))
        lines.append("")
    lines.append("Jenny, socialsekreterare")
    lines.append("IFO vuxengruppen, Fagersta kommun")
    data = "\r\n".join(lines) + "\r\n"
    for ln in lines:
        assert len(ln) <= 72, ln
    with open(path(3, "txt"), "wb") as f:
        f.write(data.encode("cp1252"))


# ==================================================================== plan 04
# Text, UTF-8, LF, AsciiDoc style

def plan04():
    txt = """= Samordnad individuell plan – M.
:datum: 2024-05-16
:kommun: Surahammar
:plats: Vuxenhabiliteringen Västerås, mötesrum Linden
:dokumenttyp: SIP, första planen
:sekretess: Omfattas av sekretess enligt OSL
:toc:

== Bakgrund

M. är 26 år och har autism och lindrig intellektuell funktionsnedsättning. Hon bor sedan
2021 i servicebostad enligt LSS 9 § 9 i Surahammar och har daglig verksamhet på
Verkstaden tre dagar i veckan. Sedan vintern har personalen i boendet och på daglig
verksamhet sett fler utbrott, särskilt vid oförutsedda ändringar, och M. har flera
gånger gått hem mitt på dagen. Hon sover dåligt och har gått ner i vikt.

== Syfte

Syftet är att habiliteringen, boendet och daglig verksamhet använder samma strategier
och samma bildstöd för M., så att hennes oro och utbrott minskar och hon kan fortsätta
bo i sin servicebostad och öka sin närvaro på daglig verksamhet.

== Frågeställningar

Diskutera läget.

== Delaktighet

M. deltog inte i mötet. Hon har svårt med möten med många personer hon inte känner och
det blir för påfrestande för henne, vilket personalen i boendet och god man bedömt
tillsammans.

== Insatser

[cols="4,3,2",options="header"]
|===
|Insats |Ansvarig |När

|Gemensam bildstödd veckoplanering, samma bildschema i boendet och på daglig verksamhet
|Arbetsterapeut, Vuxenhabiliteringen Västerås
|Klar senast 2024-06-14

|Handledning till personalen om lågaffektivt bemötande, tre tillfällen
|Psykolog, Vuxenhabiliteringen Västerås
|2024-06-04, 2024-08-20, 2024-09-10

|Daglig verksamhet utökas från tre till fyra dagar i veckan med fasta starttider
|Enhetschef, Daglig verksamhet Verkstaden, Surahammars kommun
|Från 2024-08-12

|Sömnkartläggning och läkemedelsgenomgång
|Distriktsläkare, Vårdcentralen Surahammar
|Läkarbesök 2024-06-11

|Kontaktpersonen i boendet går igenom kommande veckas bildschema varje söndag
|Kontaktperson, Servicebostaden Myran LSS, Surahammars kommun
|Varje söndag från 2024-06-16

|Ansöker om bostadstillägg hos Försäkringskassan och gör en budget där pengar till
fritidsaktiviteter ingår
|God man (Eva)
|Senast 2024-06-30
|===

== Andra aktörer

God man Eva ansöker om bostadstillägg hos Försäkringskassan och gör en ny budget
tillsammans med boendet (se tabellen ovan). Inga andra aktörer är aktuella.

== Uppföljning

Nytt möte i september 2024.

== Deltagare

* Kenneth, LSS-handläggare, Surahammars kommun
* Jonna, arbetsterapeut, Vuxenhabiliteringen Västerås
* Rami, psykolog, Vuxenhabiliteringen Västerås
* Birgitta, enhetschef, Daglig verksamhet Verkstaden, Surahammars kommun
* Aida, kontaktperson, Servicebostaden Myran LSS, Surahammars kommun
* Eva, god man
"""
    with open(path(4, "txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(txt)


# ==================================================================== plan 05
# Word: discharge nurse's plan after stroke; bold run-in labels, ☒/☐ aids

def plan05():
    doc = Document()
    base_font(doc, "Arial", 10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    hp = sec.header.paragraphs[0]
    hp.text = "Region Västmanland · Strokeenheten, Västmanlands sjukhus Köping"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Utskrivningsplanering/SIP · upprättad 2024-10-08"
    fp.runs[0].font.size = Pt(8)

    def runin(label, text, space_after=6):
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(space_after)
        r = p.add_run(label + " ")
        r.bold = True
        p.add_run(text)
        return p

    t = doc.add_paragraph()
    r = t.add_run("SIP – samordnad individuell plan inför hemgång")
    r.bold = True
    r.font.size = Pt(14)

    runin("Patient:", "Gunnel, 81 år, ÅÅMMDD-XXXX. Bor ensam i lägenhet med hiss i Arboga. "
          "Änka sedan 2019.")
    runin("Mötesdatum:", "2024-10-08, videomöte från Strokeenheten, Västmanlands sjukhus Köping.")
    runin("Deltagare:", "Gunnel, hennes dotter, utskrivningssjuksköterska, arbetsterapeut, "
          "fysioterapeut, biståndshandläggare, distriktssköterska.")
    runin("Bakgrund:", "Gunnel inkom 2024-09-29 med vänstersidig svaghet i arm och ben, "
          "diagnos hjärninfarkt. Har fått trombolys och förbättrats men har kvarstående nedsatt "
          "kraft i vänster hand, går med rollator korta sträckor och behöver stöd vid dusch och "
          "påklädning. Lätt sluddrigt tal men förstår allt och uttrycker sig bra. Tidigare "
          "helt självständig, promenerade till affären dagligen. Planerad utskrivning 2024-10-11.")
    runin("Syfte:", "Att planera Gunnels hemgång från strokeenheten så att hon kan bo kvar "
          "hemma på ett tryggt sätt med hemtjänst, hemrehabilitering och hjälpmedel, och att "
          "alla vet vem som gör vad de första veckorna efter hemkomsten.")
    runin("Frågeställningar:", "Klarar Gunnel att ta sig till toaletten själv nattetid eller "
          "behövs tillsyn via trygghetslarm? Vem tar över läkemedelshanteringen efter "
          "hemgång? Behövs korttidsplats första veckan?")
    runin("Gunnels mål:", "”Jag vill klara mig hemma och kunna gå till affären själv igen "
          "till våren.”")
    runin("Delaktighet och önskemål:", "Gunnel deltog i mötet från dagrummet tillsammans med "
          "sjuksköterskan. Hon vill inte till korttidsboende utan hem direkt, och hon vill ha "
          "hemtjänsten på förmiddagen eftersom hon sover länge. Dottern stöttar detta.")
    runin("Samtycke:", "Samtycke finns.")

    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(2)
    p.add_run("Hjälpmedel:").bold = True
    aids = [("☒", "Rollator"), ("☒", "Duschpall"), ("☐", "Rullstol"),
            ("☒", "Toalettförhöjning"), ("☐", "Hygienstol"), ("☒", "Trygghetslarm"),
            ("☐", "Sänggrind"), ("☒", "Griptång")]
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(0.6)
    for i, (box, name) in enumerate(aids):
        p.add_run(f"{box} {name}" + ("     " if i < len(aids) - 1 else ""))
    p = doc.add_paragraph("Rollator, duschpall, toalettförhöjning och griptång förskrivs av "
                          "arbetsterapeut på Strokeenheten och levereras hem 2024-10-10.")
    p.paragraph_format.left_indent = Cm(0.6)

    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(2)
    p.add_run("Insatser efter hemgång:").bold = True
    for label, text in [
        ("Hemtjänst:", "Hemtjänst Arboga centrum, insats förmiddag och kväll (dusch två "
         "gånger/vecka, på- och avklädning, frukost och kvällsmål), start 2024-10-11 vid "
         "hemkomst. Beslut av biståndshandläggare Arboga kommun 2024-10-09."),
        ("Trygghetslarm:", "Installeras av larmgruppen, Arboga kommun, 2024-10-10 innan "
         "hemgång. Nattillsyn via larm de två första veckorna."),
        ("Hemrehabilitering:", "Arbetsterapeut och fysioterapeut, Hemrehab Arboga kommun. "
         "Hembesök vecka 42, därefter gång- och balansträning två gånger/vecka i sex veckor "
         "samt handträning."),
        ("Läkemedel:", "Läkemedelsgenomgång och blodtryckskontroll efter hemkomst – Regionen."),
        ("Återbesök:", "Strokemottagningen, Västmanlands sjukhus Köping, 2024-11-20 "
         "(kallelse skickas)."),
    ]:
        pp = runin(label, text, space_after=3)
        pp.paragraph_format.left_indent = Cm(0.6)
    runin("Närstående:", "Dottern Annika handlar åt Gunnel varje lördag, hjälper till med "
          "post och räkningar och följer med på återbesöket på strokemottagningen 2024-11-20.")
    runin("Huvudansvar:", "Distriktssköterska.")
    runin("Uppföljning:", "Uppföljande SIP-möte i Gunnels hem 2024-11-12 kl. 10.00.")
    doc.add_paragraph("")
    p = doc.add_paragraph()
    r = p.add_run("Upprättad av utskrivningssjuksköterska, Strokeenheten Västmanlands sjukhus Köping. "
                  "Kopia till Gunnel och dottern.")
    r.italic = True
    r.font.size = Pt(9)
    fix_docx(doc, path(5, "docx"), "SIP inför hemgång", "Strokeenheten Köping")


# ==================================================================== plan 06
# HTML print from a web SIP tool, converted to PDF with LibreOffice

def plan06():
    def bar(title):
        return (f'<table width="100%" cellpadding="5" cellspacing="0" bgcolor="#D6D6D6" '
                f'style="margin-top:10px"><tr><td><font face="DejaVu Sans" size="2">'
                f'<b>&#9660;&nbsp;&nbsp;{title}</b></font></td>'
                f'<td align="right"><font face="DejaVu Sans" size="1" color="#555555">'
                f'Expanderad</font></td></tr></table>\n')

    def field(label, value, empty=False):
        v = ('<i><font color="#888888">Ej angivet</font></i>' if empty else value)
        return (f'<p style="margin-top:6px;margin-bottom:0;margin-left:10px">'
                f'<font face="DejaVu Sans" size="1" color="#777777">{label}</font></p>\n'
                f'<p style="margin-top:1px;margin-bottom:4px;margin-left:10px">'
                f'<font face="DejaVu Sans" size="2">{v}</font></p>\n')

    def measure(nr, ins, ans, start, slut):
        return (f'<table width="96%" align="center" cellpadding="4" cellspacing="0" '
                f'border="1" bordercolor="#BBBBBB" style="margin-top:6px"><tr><td>'
                f'<font face="DejaVu Sans" size="1" color="#777777">Insats {nr}</font><br>'
                f'<font face="DejaVu Sans" size="2">{ins}</font><br>'
                f'<font face="DejaVu Sans" size="1" color="#777777">Ansvarig verksamhet</font><br>'
                f'<font face="DejaVu Sans" size="2">{ans}</font><br>'
                f'<font face="DejaVu Sans" size="1" color="#777777">Startdatum</font><br>'
                f'<font face="DejaVu Sans" size="2">{start}</font><br>'
                f'<font face="DejaVu Sans" size="1" color="#777777">Slutdatum</font><br>'
                f'<font face="DejaVu Sans" size="2">{slut}</font>'
                f'</td></tr></table>\n')

    E = '<i><font color="#888888">Ej angivet</font></i>'
    h = ['<!DOCTYPE html>\n<html lang="sv"><head><meta charset="utf-8">'
         '<title>SIP – utskrift</title></head><body>\n']
    h.append('<table width="100%" cellpadding="2" cellspacing="0"><tr>'
             '<td><font face="DejaVu Sans" size="1" color="#555555">SIP-portalen Västmanland · '
             'Utskrift</font></td><td align="right"><font face="DejaVu Sans" size="1" '
             'color="#555555">Utskriven 2025-03-12 15:04</font></td></tr></table>\n')
    h.append('<p><font face="DejaVu Sans" size="5"><b>Samordnad individuell plan</b></font><br>'
             '<font face="DejaVu Sans" size="2" color="#555555">Plan nr 2025-VÅS-0412 · '
             'Status: Fastställd</font></p>\n')
    h.append(bar("Grunduppgifter"))
    h.append(field("Namn", "A."))
    h.append(field("Personnummer", "XXXXXX-XXXX"))
    h.append(field("Hemkommun", "Västerås"))
    h.append(field("Mötesdatum", "2025-03-11"))
    h.append(field("Mötesform", "Fysiskt möte, Avdelning 52, Psykiatriska kliniken Västerås"))
    h.append(bar("Bakgrund"))
    h.append(field("Bakgrund", "A. är 42 år och har vårdats på avdelning 52 sedan 2025-02-20 "
                   "efter en försämring i sin bipolära sjukdom med maniska symtom. A. bor ensam i "
                   "hyreslägenhet. Utskrivning planeras till 2025-03-14."))
    h.append(bar("Deltagare"))
    h.append(field("Deltagare på mötet", "", empty=True))
    h.append(bar("Syfte"))
    h.append(field("Syfte med planen", "Samordning inför utskrivning."))
    h.append(bar("Frågeställningar"))
    h.append(field("Frågeställningar inför mötet", "", empty=True))
    h.append(bar("Den enskildes mål och önskemål"))
    h.append(field("Mål", "Målet är att A. ska kunna bo kvar i egen lägenhet och må bra."))
    h.append(field("Den enskildes önskemål", "", empty=True))
    h.append(bar("Delaktighet"))
    h.append(field("Deltog den enskilde i mötet?", "Ja"))
    h.append(field("Den enskildes synpunkter", "", empty=True))
    h.append(bar("Samtycke"))
    h.append(field("Samtycke finns", "Ja"))
    h.append(field("Datum för samtycke", "", empty=True))
    h.append(field("Form för samtycke", "", empty=True))
    h.append(bar("Insatser"))
    h.append(measure(1, "Fortsatt kontakt med psykiatrisk öppenvård", "Regionen", E, E))
    h.append(measure(2, "Stöd från socialtjänsten vid behov", "Kommunen", E, E))
    h.append(measure(3, "Fortsatt kontakt med vårdcentralen", "Regionen", E, E))
    h.append(bar("Andra aktörer"))
    h.append(field("Andra aktörers insatser (t.ex. Försäkringskassan, Arbetsförmedlingen, "
                   "god man, närstående)", "", empty=True))
    h.append(bar("Huvudansvar"))
    h.append(field("Huvudansvarig för planen", "", empty=True))
    h.append(bar("Uppföljning"))
    h.append(field("Uppföljning", "Vid behov"))
    h.append(field("Kallelse skickas av", "", empty=True))
    h.append('<p style="margin-top:16px"><font face="DejaVu Sans" size="1" color="#777777">'
             'Senast ändrad 2025-03-11 16:20 · Utskriften är en kopia, gällande version finns i '
             'SIP-portalen.</font></p>\n')
    h.append("</body></html>\n")
    tmpd = tempfile.mkdtemp(prefix="f49b-")
    try:
        html = os.path.join(tmpd, f"{PREFIX}06.html")
        with open(html, "w", encoding="utf-8") as f:
            f.write("".join(h))
        subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
                        "--convert-to", "pdf:writer_web_pdf_Export", "--outdir", tmpd, html],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=180)
        shutil.copy(os.path.join(tmpd, f"{PREFIX}06.pdf"), path(6, "pdf"))
    finally:
        shutil.rmtree(tmpd, ignore_errors=True)


# ==================================================================== plan 07
# Word: empty printed county template, only meeting date and participant names filled in

def plan07():
    doc = Document()
    base_font(doc, "Calibri", 10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    hp = sec.header.paragraphs[0]
    hp.text = "Region Västmanland och länets kommuner\t\tSamordnad individuell plan"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    r = fp.add_run("Mall SIP Västmanland, version 2024-01 · Sida ")
    r.font.size = Pt(8)
    add_field(fp, "PAGE")
    fp.add_run(" av ").font.size = Pt(8)
    add_field(fp, "NUMPAGES")

    def guide(text):
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.italic = True
        r.font.color.rgb = RGBColor(0x70, 0x70, 0x70)
        r.font.size = Pt(9)
        return p

    def blank_table(headers, nrows, widths=None):
        t = doc.add_table(rows=1, cols=len(headers))
        t.style = "Table Grid"
        header_table(t, headers)
        for _ in range(nrows):
            t.add_row()
        if widths:
            for row in t.rows:
                for i, w in enumerate(widths):
                    row.cells[i].width = Cm(w)
        return t

    h = doc.add_heading("Samordnad individuell plan (SIP)", level=0)
    guide("[Planen upprättas tillsammans med den enskilde enligt SoL 2 kap. 7 § och HSL 16 kap. "
          "4 §. Fyll i alla avsnitt. Lämna en kopia till den enskilde.]")

    doc.add_heading("1. Personuppgifter", level=1)
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    vals = [("Namn", "", "Personnummer", "ÅÅMMDD-XXXX"),
            ("Vårdnadshavare/god man", "", "Tolk behövs", "☐ Ja   ☐ Nej"),
            ("Mötesdatum", "2025-05-20", "Plats", "")]
    for i, row in enumerate(vals):
        for j, v in enumerate(row):
            set_cell(t.rows[i].cells[j], v, bold=(j % 2 == 0))
            if j % 2 == 0:
                shade(t.rows[i].cells[j], "EDEDED")

    doc.add_heading("2. Syfte med SIP", level=1)
    guide("[Beskriv varför planen upprättas, utifrån den enskildes situation.]")
    doc.add_paragraph("")

    doc.add_heading("3. Frågeställningar inför mötet", level=1)
    guide("[Vilka frågor behöver lösas på mötet? Skriv dem som frågor.]")
    doc.add_paragraph("")

    doc.add_heading("4. Den enskildes mål", level=1)
    guide("[Den enskildes mål med egna ord.]")
    doc.add_paragraph("")

    doc.add_heading("5. Den enskildes delaktighet", level=1)
    doc.add_paragraph("☐ Den enskilde deltog i mötet")
    doc.add_paragraph("☐ Den enskilde deltog inte. Orsak: ……………………………………………")
    guide("[Den enskildes synpunkter och önskemål. Om den enskilde inte deltog: hur har hens "
          "synpunkter förmedlats?]")
    doc.add_paragraph("")

    doc.add_heading("6. Samtycke", level=1)
    doc.add_paragraph("☐ Muntligt samtycke     ☐ Skriftligt samtycke     Datum: ÅÅÅÅ-MM-DD")
    guide("[Ange vilka verksamheter samtycket gäller.]")

    doc.add_heading("7. Deltagare", level=1)
    t = blank_table(["Namn", "Funktion", "Verksamhet/organisation", "Närvarande"], 0,
                    widths=[4.0, 4.0, 6.0, 2.5])
    for name in ["S.", "Hanna", "Jonas", "Marie", "Ibrahim", "Ulla"]:
        rc = t.add_row().cells
        set_cell(rc[0], name)
        set_cell(rc[3], "")
    for _ in range(2):
        t.add_row()
    for row in t.rows:
        for i, w in enumerate([4.0, 4.0, 6.0, 2.5]):
            row.cells[i].width = Cm(w)

    doc.add_heading("8. Insatser", level=1)
    guide("[Vad ska göras, vem ansvarar (verksamhet och funktion) och när?]")
    blank_table(["Insats/åtgärd", "Ansvarig verksamhet", "Ansvarig funktion", "Start", "Klart"], 5,
                widths=[6.0, 3.5, 3.0, 2.0, 2.0])

    doc.add_heading("9. Andra aktörers insatser", level=1)
    guide("[T.ex. Försäkringskassan, Arbetsförmedlingen, god man, närstående, den enskilde själv. "
          "Skriv ”Inga” om inga andra aktörer är aktuella.]")
    blank_table(["Aktör", "Vad", "När"], 3, widths=[5.0, 8.5, 3.0])

    doc.add_heading("10. Huvudansvar för planen", level=1)
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    header_table(t, ["Namn", "Funktion", "Verksamhet"])

    doc.add_heading("11. Uppföljning", level=1)
    doc.add_paragraph("Datum för uppföljning: ÅÅÅÅ-MM-DD        Plats: ……………………………")
    doc.add_paragraph("Ansvarig för kallelse: ……………………………………………")

    doc.add_heading("12. Underskrift", level=1)
    doc.add_paragraph("☐ Den enskilde har fått en kopia av planen")
    doc.add_paragraph("\n……………………………………………      ……………………………………………\n"
                      "Den enskilde                                         Huvudansvarig")
    fix_docx(doc, path(7, "docx"), "SIP-mall", "Region Västmanland")


# ==================================================================== 08
# Word: information leaflet "Vad är en SIP?" (not a plan)

def plan08():
    doc = Document()
    base_font(doc, "Calibri", 11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.text = "Kungsörs kommun · Region Västmanland · Informationsblad, reviderat mars 2025"
    fp.runs[0].font.size = Pt(8)

    t = doc.add_heading("Vad är en SIP?", level=0)
    p = doc.add_paragraph()
    r = p.add_run("Information till dig som får stöd från både kommunen och regionen, "
                  "och till dina närstående")
    r.italic = True
    r.font.size = Pt(12)

    doc.add_heading("En plan för samordning", level=1)
    doc.add_paragraph(
        "SIP betyder samordnad individuell plan. Om du får hjälp från flera håll, till exempel "
        "från socialtjänsten, hemtjänsten eller skolan i kommunen och från vårdcentralen eller "
        "psykiatrin i regionen, kan det vara svårt att veta vem som gör vad. En SIP gör att alla "
        "som hjälper dig träffas tillsammans med dig och kommer överens om en gemensam plan. "
        "Du ska inte behöva berätta samma sak för många olika personer.")
    doc.add_paragraph(
        "Kommunen och regionen är skyldiga enligt lag att göra en SIP när det behövs för att du "
        "ska få dina behov tillgodosedda (socialtjänstlagen och hälso- och sjukvårdslagen).")

    doc.add_heading("Vem kan få en SIP?", level=1)
    for s in [
        "Barn, unga, vuxna och äldre, alla åldrar.",
        "Du som behöver insatser från både kommunen och regionen.",
        "Du kan själv be om en SIP. En närstående, till exempel en förälder, kan också be om "
        "det. Personal kan föreslå en SIP.",
        "Det är frivilligt. En SIP görs bara om du samtycker till det.",
    ]:
        doc.add_paragraph(s, style="List Bullet")

    doc.add_heading("Hur går mötet till?", level=1)
    for s in [
        "Den som du har kontakt med kallar till ett möte, oftast inom några veckor.",
        "Du bestämmer tillsammans med personalen vilka som ska vara med. Du får gärna ta med en "
        "närstående eller någon annan du litar på.",
        "På mötet pratar ni om hur du har det, vad du vill och vad du behöver hjälp med.",
        "Ni kommer överens om vem som gör vad och när. Du kan också vara med digitalt.",
    ]:
        doc.add_paragraph(s, style="List Number")

    doc.add_heading("Vad står i planen?", level=1)
    tb = doc.add_table(rows=1, cols=2)
    tb.style = "Table Grid"
    header_table(tb, ["I planen står", "Exempel på frågor"])
    for a, b in [
        ("Dina mål och önskemål", "Vad är viktigt för dig? Vad vill du ska bli bättre?"),
        ("Vilka insatser du ska få", "Vilken hjälp behöver du hemma, i skolan eller i vården?"),
        ("Vem som ansvarar och när", "Vem gör vad, och när ska det vara klart?"),
        ("Vad andra gör", "Till exempel Försäkringskassan, Arbetsförmedlingen, god man eller "
         "närstående."),
        ("Vem som har huvudansvaret", "Vem håller ihop planen och kallar till nästa möte?"),
        ("När planen följs upp", "När träffas ni igen för att se hur det har gått?"),
    ]:
        rc = tb.add_row().cells
        set_cell(rc[0], a)
        set_cell(rc[1], b)
    doc.add_paragraph("")
    doc.add_paragraph("Du får alltid en kopia av planen. Planen kan ändras om din situation "
                      "ändras.")

    doc.add_heading("Vad kostar det?", level=1)
    doc.add_paragraph("Det kostar ingenting att få en SIP.")

    doc.add_heading("Kontakt", level=1)
    for s in [
        "Socialtjänsten, Kungsörs kommun: ring via växeln [telefonnummer]",
        "Hemtjänst och biståndshandläggare: via växeln [telefonnummer]",
        "Din vårdcentral: ring eller skriv via 1177",
        "Psykiatrin eller BUP: det telefonnummer du fått från din mottagning",
    ]:
        doc.add_paragraph(s, style="List Bullet")
    p = doc.add_paragraph()
    r = p.add_run("Mer information om SIP finns på kommunens och regionens webbplatser.")
    r.italic = True
    fix_docx(doc, path(8, "docx"), "Vad är en SIP?", "Kungsörs kommun")


def main():
    os.makedirs(OUT, exist_ok=True)
    for fn in (plan01, plan02, plan03, plan04, plan05, plan06, plan07, plan08):
        fn()
        print("wrote", fn.__name__)


if __name__ == "__main__":
    main()
