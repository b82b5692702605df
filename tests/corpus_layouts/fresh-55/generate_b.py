#!/usr/bin/env python
"""Generate the f55b- batch of fictional, anonymized SIP test documents.

Run with /work/batches/.venv/bin/python generate.py
Deterministic: fixed dates and texts, no randomness. LibreOffice is called with
its own profile (-env:UserInstallation=file:///tmp/lo-f55b).
"""
import datetime as dt
import os
import re
import shutil
import subprocess
import tempfile

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
PREFIX = "f55b"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
LO_PROFILE = "file:///tmp/lo-f55b"


def path(nn, ext):
    return os.path.join(OUT, f"{PREFIX}-{nn:02d}.{ext}")


def soffice_to_pdf(src, target):
    """Convert src (docx/html) to PDF with LibreOffice and move it to target."""
    with tempfile.TemporaryDirectory() as tmp:
        cmd = ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless"]
        if src.endswith(".html"):
            # import as a Writer document (not Writer/Web) so it prints like a word processor
            cmd += ["--infilter=HTML (StarWriter)"]
        cmd += ["--convert-to", "pdf", "--outdir", tmp, src]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=180)
        produced = os.path.join(tmp, os.path.splitext(os.path.basename(src))[0] + ".pdf")
        with open(produced, "rb") as f:
            data = f.read()
        # same-length replacement of the volatile metadata, so the xref stays valid
        data = re.sub(rb"/CreationDate\(D:\d{14}", b"/CreationDate(D:20250124091200", data)
        data = re.sub(rb"/ModDate\(D:\d{14}", b"/ModDate(D:20250124091200", data)
        data = re.sub(rb"<[0-9A-F]{32}>", b"<" + b"0" * 24 + b"F55B0006" + b">", data)
        data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, data)
        with open(target, "wb") as f:
            f.write(data)


def save_docx(doc, target):
    """Save with fixed zip timestamps so that every run gives identical bytes."""
    import io
    import zipfile
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = item.external_attr
            zout.writestr(zi, zin.read(item.filename))


def fix_core(doc, title, author):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = dt.datetime(2025, 1, 1, 8, 0, 0)
    cp.modified = dt.datetime(2025, 1, 1, 8, 0, 0)
    cp.revision = 1


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_col_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for rw in table.rows:
        for c, w in zip(rw.cells, widths):
            c.width = w


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def cell_text(cell, text, bold=False, size=None, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    return p


def label_par(doc, label, value, size=None):
    p = doc.add_paragraph()
    r = p.add_run(label)
    r.bold = True
    if value:
        r2 = p.add_run(" " + value)
        if size:
            r2.font.size = Pt(size)
    if size:
        r.font.size = Pt(size)
    return p


# ---------------------------------------------------------------------------
# 01  PDF (fpdf2): shaded heading bars, two-column participants, zebra table
#     Trollhättan, J. 34 år, schizofreni och skulder
# ---------------------------------------------------------------------------

class BarPDF(FPDF):
    print_stamp = "Utskriftsdatum 2025-02-18 10:42"

    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(80, 80, 80)
        self.cell(95, 4, "SamPlan VGR  |  Samordnad individuell plan – utskrift", new_x="RIGHT", new_y="TOP")
        self.cell(0, 4, self.print_stamp, align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(95, 4, "Trollhättans stad / NU-sjukvården", new_x="RIGHT", new_y="TOP")
        self.cell(0, 4, f"Sida {self.page_no()} ({{nb}})", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(5)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(110, 110, 110)
        self.cell(0, 4, "Sekretess enligt OSL 25 kap. 1 § och 26 kap. 1 §. Utskriften är en kopia, gällande version finns i SamPlan.", align="C")
        self.set_text_color(0, 0, 0)

    def bar(self, title, need=40):
        if self.get_y() > self.h - need:
            self.add_page()
        self.ln(2)
        self.set_fill_color(205, 218, 232)
        self.set_font("DejaVu", "B", 10)
        self.cell(0, 7, "  " + title, fill=True, new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)
        self.set_font("DejaVu", "", 9.5)

    def body(self, text):
        self.set_font("DejaVu", "", 9.5)
        self.multi_cell(0, 5, text, align="L", new_x="LMARGIN", new_y="NEXT")

    def kv(self, label, value, lw=48):
        self.set_font("DejaVu", "B", 9.5)
        self.cell(lw, 5.5, label)
        self.set_font("DejaVu", "", 9.5)
        self.multi_cell(0, 5.5, value, align="L", new_x="LMARGIN", new_y="NEXT")


def plan01():
    pdf = BarPDF(format="A4")
    pdf.set_creation_date(dt.datetime(2025, 2, 18, 10, 42, tzinfo=dt.timezone.utc))
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_margins(18, 14, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.alias_nb_pages()
    pdf.add_page()

    pdf.set_font("DejaVu", "B", 15)
    pdf.cell(0, 8, "Samordnad individuell plan (SIP)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    pdf.cell(0, 5, "Status: Fastställd   Version 1   Plantyp: Ny plan", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)

    pdf.bar("Personuppgifter")
    pdf.kv("Namn", "J.")
    pdf.kv("Personnummer", "XXXXXX-XXXX")
    pdf.kv("Folkbokförd kommun", "Trollhättan")
    pdf.kv("SIP-möte", "2025-02-11, Psykiatrisk öppenvård Trollhättan, konferensrum 2")

    pdf.bar("Syfte med planen")
    pdf.body("Syftet är att samordna psykiatrins behandling, socialtjänstens boendestöd och arbetet "
             "med J:s skulder så att han kan behålla sin lägenhet efter uppsägningshotet i januari "
             "och inte behöver läggas in på avdelning igen.")

    pdf.bar("Bakgrund och nuläge")
    pdf.body("J. är 34 år och har diagnosen schizofreni sedan 2016. Han vårdades på psykiatrisk "
             "avdelning NÄL två gånger under 2024, senast i oktober–november efter ett återinsjuknande "
             "då han slutat med sin medicin. Sedan december får han depåinjektion och har varit "
             "stabilare. Han bor ensam i hyreslägenhet på Lextorp. Under hösten har obetald hyra "
             "lett till en hyresskuld på ca 18 000 kr och hyresvärden skickade i januari ett "
             "meddelande om uppsägning. Det finns även skulder hos Kronofogden efter obetalda "
             "räkningar och sms-lån 2019–2021. Posten har legat oöppnad i långa perioder. J. har "
             "ingen sysselsättning och lämnar sällan lägenheten annat än för att handla.")

    # Participants: the only two-column part (name | unit)
    pdf.bar("Deltagare")
    participants = [
        ("J.", "Den enskilde"),
        ("Lena, socialsekreterare", "Vuxenenheten, IFO, Trollhättans stad"),
        ("Maria, sjuksköterska/case manager", "Psykiatrisk öppenvård Trollhättan, NU-sjukvården"),
        ("Peter, överläkare", "Psykiatrisk öppenvård Trollhättan, NU-sjukvården"),
        ("Amir, boendestödjare", "Boendestöd, Socialpsykiatrin, Trollhättans stad"),
        ("Sofia, budget- och skuldrådgivare", "Budget- och skuldrådgivningen, Trollhättans stad"),
    ]
    x0 = pdf.l_margin
    colw = (pdf.w - pdf.l_margin - pdf.r_margin) / 2
    pdf.set_font("DejaVu", "B", 8.5)
    pdf.set_text_color(70, 70, 70)
    pdf.cell(colw, 5, "Namn / funktion")
    pdf.cell(colw, 5, "Verksamhet", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("DejaVu", "", 9.5)
    for name, unit in participants:
        pdf.set_x(x0)
        pdf.cell(colw, 5.5, name)
        pdf.cell(colw, 5.5, unit, new_x="LMARGIN", new_y="NEXT")

    pdf.bar("Frågeställningar")
    pdf.body("Gå igenom nuläget och planera vidare.")

    pdf.bar("Samtycke")
    pdf.body("J. har lämnat skriftligt samtycke till SIP och till informationsutbyte mellan de "
             "deltagande verksamheterna 2025-02-04 (blankett Samtycke SIP, VGR). Samtycket gäller "
             "i ett år och kan återkallas.")

    pdf.bar("Den enskildes delaktighet")
    pdf.body("J. deltog under hela mötet.")

    # Measures table, zebra-striped with filled rects
    pdf.bar("Insatser", need=70)
    cols = [("Nr", 9), ("Insats", 70), ("Ansvarig", 55), ("Start / tid", 0)]
    total = pdf.w - pdf.l_margin - pdf.r_margin
    widths = [c[1] for c in cols]
    widths[-1] = total - sum(widths[:-1])
    rows = [
        ("1", "Boendestöd två gånger i veckan: veckoschema, öppna och sortera post tillsammans, "
              "handla och laga mat.",
         "Boendestöd, Socialpsykiatrin, boendestödjare Amir", "Från 2025-02-24"),
        ("2", "Depåinjektion var fjortonde dag samt läkemedelsuppföljning hos sjuksköterska.",
         "Psykiatrisk öppenvård Trollhättan, sjuksköterska", "Pågår, nästa 2025-02-20"),
        ("3", "Genomgång av samtliga skulder; kontakt med hyresvärden om avbetalningsplan för "
              "hyresskulden.",
         "Budget- och skuldrådgivningen, Sofia", "Första besök 2025-03-04"),
        ("4", "Utredning av behov av sysselsättning (träfflokal eller sysselsättning enligt SoL).",
         "Vuxenenheten IFO, socialsekreterare", "Beslut senast 2025-03-31"),
        ("5", "Somatisk hälsokontroll (vikt, blodtryck, blodfetter, blodsocker) med anledning av "
              "antipsykotisk behandling.",
         "Psykiatrisk öppenvård Trollhättan, läkare", ""),
        ("6", "Krisplan upprättas tillsammans med J. och delas med boendestödet.",
         "Psykiatrisk öppenvård Trollhättan, case manager", "Klar till 2025-03-14"),
    ]
    lh = 4.6

    def header_row():
        pdf.set_font("DejaVu", "B", 8.5)
        pdf.set_fill_color(70, 100, 135)
        pdf.set_text_color(255, 255, 255)
        x = pdf.l_margin
        y = pdf.get_y()
        pdf.rect(x, y, total, 6.5, style="F")
        for (title, _), w in zip(cols, widths):
            pdf.set_xy(x + 1, y + 1)
            pdf.cell(w - 2, lh, title)
            x += w
        pdf.set_xy(pdf.l_margin, y + 6.5)
        pdf.set_text_color(0, 0, 0)

    header_row()
    pdf.set_font("DejaVu", "", 8.5)
    for i, row in enumerate(rows):
        nlines = max(len(pdf.multi_cell(w - 2, lh, t, align="L", dry_run=True, output="LINES")) if t else 1
                     for t, w in zip(row, widths))
        h = nlines * lh + 2.4
        if pdf.get_y() + h > pdf.h - 20:
            pdf.add_page()
            header_row()
            pdf.set_font("DejaVu", "", 8.5)
        y = pdf.get_y()
        if i % 2 == 1:
            pdf.set_fill_color(232, 238, 245)
        else:
            pdf.set_fill_color(255, 255, 255)
        pdf.rect(pdf.l_margin, y, total, h, style="F")
        x = pdf.l_margin
        for t, w in zip(row, widths):
            pdf.set_xy(x + 1, y + 1.2)
            pdf.multi_cell(w - 2, lh, t, align="L")
            x += w
        pdf.set_xy(pdf.l_margin, y + h)
    pdf.set_draw_color(70, 100, 135)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + total, pdf.get_y())
    pdf.ln(2)

    pdf.bar("Övriga aktörer")
    pdf.body("J. har sjukersättning från Försäkringskassan. God man finns sedan 2023.")

    pdf.bar("Huvudansvar för planen")
    pdf.body("Lena, socialsekreterare, Vuxenenheten IFO, Trollhättans stad")

    pdf.bar("Uppföljning")
    pdf.kv("Nästa uppföljning", "2025-05-20 kl. 13.00, Psykiatrisk öppenvård Trollhättan")
    pdf.kv("Kallelse", "Skickas av huvudansvarig")

    pdf.bar("Signering")
    pdf.kv("Planen upprättad av", "Lena, socialsekreterare")
    pdf.kv("Fastställd", "2025-02-11")
    pdf.output(path(1, "pdf"))


# ---------------------------------------------------------------------------
# 02  Word: BUP, 16-åring med spelberoende och skolfrånvaro, Uppsala
# ---------------------------------------------------------------------------

def plan02():
    doc = Document()
    fix_core(doc, "SIP E.", "BUP Uppsala")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    hp = sec.header.paragraphs[0]
    hp.text = "Region Uppsala\tBUP Uppsala, öppenvårdsmottagningen\t"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Samordnad individuell plan – E.   Mötesdatum 2025-03-06"
    fp.runs[0].font.size = Pt(8)

    doc.add_heading("Samordnad individuell plan (SIP)", level=1)
    doc.add_paragraph("Barn- och ungdomspsykiatrin, Region Uppsala – tillsammans med Uppsala kommun")

    doc.add_heading("Uppgifter om barnet", level=2)
    for lab, val in [("Namn:", "E."), ("Personnummer:", "ÅÅMMDD-XXXX"), ("Ålder:", "16 år"),
                     ("Skola:", "årskurs 9, grundskola i Uppsala kommun"),
                     ("Vårdnadshavare:", "C. (mamma) och T. (pappa), gemensam vårdnad"),
                     ("Mötesdatum och plats:", "2025-03-06 kl. 14.00–15.30, BUP Uppsala")]:
        label_par(doc, lab, val)

    doc.add_heading("Närvarande", level=2)
    for n in ["E.", "C., mamma", "T., pappa", "Lisa, mentor", "Ahmed, skolkurator",
              "Annika, skolsköterska", "Johanna, psykolog", "Fredrik, socialsekreterare"]:
        doc.add_paragraph(n, style="List Bullet")

    doc.add_heading("Bakgrund", level=2)
    doc.add_paragraph(
        "E. har sedan hösten 2024 spelat dator i 8–10 timmar per dygn, mest på nätterna, och har "
        "vänt på dygnet. Närvaron i skolan har sjunkit från nästan full närvaro i åk 8 till omkring "
        "30 % under vårterminen, och de senaste tre veckorna har han inte varit i skolan alls. "
        "Han riskerar att inte få godkända betyg i flera ämnen. När föräldrarna har försökt stänga "
        "av internet har det blivit bråk, vid ett tillfälle med en sönderslagen dörr.")
    doc.add_paragraph(
        "E. är aktuell på BUP sedan december 2024 efter remiss från elevhälsan på grund av "
        "nedstämdhet och oro. Vid bedömningen framkom sömnstörning, social ångest i skolsituationer "
        "och problematiskt spelande. Det finns en fråga om neuropsykiatrisk funktionsnedsättning "
        "som inte är utredd. Familjen har sedan februari kontakt med socialtjänstens familjestöd "
        "efter egen ansökan.")

    doc.add_heading("Frågeställningar", level=2)
    qs = [
        "Hur kan E. stegvis komma tillbaka till skolan under vårterminen?",
        "Hur ska spelandet och dygnsrytmen hanteras hemma, och vem stöttar föräldrarna i det?",
        "Behöver E. utredas för ADHD eller autism, och vem gör i så fall utredningen?",
        "Hur ska E. kunna nå godkända betyg i åk 9 och göra ett gymnasieval?",
    ]
    for i, q in enumerate(qs, 1):
        doc.add_paragraph(f"{i}. {q}")

    doc.add_heading("E:s och föräldrarnas syn", level=2)
    doc.add_paragraph(
        "E. var med under hela mötet tillsammans med båda föräldrarna. Han sa att skolan känns "
        "omöjlig just nu för att han inte vet vad han ska säga till klasskompisarna om varför han "
        "varit borta. Om spelandet sa han:")
    q = doc.add_paragraph()
    r = q.add_run("”Jag vill kunna gå i skolan igen, kanske halva dagar först. Jag vill inte att ni "
                  "tar datorn helt, men jag fattar att jag måste sova på nätterna. Mitt mål är att "
                  "komma in på el-programmet i höst.”")
    r.italic = True
    q.paragraph_format.left_indent = Cm(1)
    doc.add_paragraph(
        "Föräldrarna är oroliga och trötta efter månader av konflikter. De vill ha konkreta råd om "
        "hur de ska sätta gränser utan att det slutar i bråk, och de önskar att skolan och BUP "
        "pratar med varandra direkt.")

    doc.add_heading("Överenskommelser", level=2)
    doc.add_paragraph("Numreringen följer frågeställningarna ovan.").runs[0].italic = True
    answers = [
        ("1.", [
            "Mentor gör ett anpassat schema med två lektioner per dag (svenska och teknik) från "
            "2025-03-10 och trappar upp efter hand. Mentor möter E. vid entrén måndagar kl. 9.00.",
            "Skolkurator har samtal med E. en gång i veckan, första gången 2025-03-12.",
            "E. går till skolan enligt det anpassade schemat från 2025-03-10.",
        ]),
        ("2.", [
            "Psykolog på BUP ger KBT med fokus på sömn och spelande, åtta samtal varannan vecka med "
            "start 2025-03-13.",
            "Föräldrarna stänger av det trådlösa nätverket kl. 23.00 varje kväll och datorn flyttas "
            "till vardagsrummet, från 2025-03-07. E. lämnar telefonen i köket kl. 23.00.",
            "Socialsekreterare på familjestödet, IFO Uppsala, ger föräldrastöd med hembesök varannan "
            "vecka med start 2025-03-20.",
        ]),
        ("3.", [
            "BUP-läkare gör ett ställningstagande till neuropsykiatrisk utredning vid läkarbesök "
            "2025-04-02. Skolsköterska skickar skolhälsovårdsjournal till BUP senast 2025-03-21.",
        ]),
        ("4.", [
            "Mentor och ämneslärarna gör en plan för vilka moment som krävs för godkänt i varje "
            "ämne, klar 2025-03-28. Mentor bokar tid hos studie- och yrkesvägledare för E. och "
            "föräldrarna före 2025-03-21.",
        ]),
    ]
    for num, items in answers:
        p = doc.add_paragraph()
        p.add_run(num + " ").bold = True
        p.add_run(items[0])
        for it in items[1:]:
            pp = doc.add_paragraph(it)
            pp.paragraph_format.left_indent = Cm(0.6)

    doc.add_heading("Uppföljning", level=2)
    doc.add_paragraph("Uppföljning om sex veckor på BUP. Tid meddelas.")
    save_docx(doc, path(2, "docx"))


# ---------------------------------------------------------------------------
# 03  Text, Windows-1252, CRLF: e-mail forward chain, hip fracture, Kristianstad
# ---------------------------------------------------------------------------

def plan03():
    text = """Från: Hemtjänsten Tollarp, gruppledare
Skickat: den 4 mars 2025 08:17
Till: Hemrehab Kristianstad - östra teamet
Ämne: VB: VB: SIP B. efter höftfraktur

Hej!

Skickar vidare så ni har det, planen ligger längst ner. Vi har lagt in
besöken i schemat från hemgången. Kan ni höra av er om när fysioterapeuten
kommer första gången så vi kan vara där samtidigt?

/M.
Gruppledare Hemtjänsten Tollarp


---------- Vidarebefordrat meddelande ----------
Från: Biståndsenheten Kristianstad
Datum: mån 3 mars 2025 kl. 16:52
Ämne: VB: SIP B. efter höftfraktur
Till: Hemtjänsten Tollarp

Hej,

här kommer anteckningarna från SIP-mötet i fredags. Beslut om hemtjänst
är fattat enligt det vi kom fram till, se nedan. Trygghetslarmet är
beställt.

Hälsningar
K.
Biståndshandläggare


---------- Vidarebefordrat meddelande ----------
Från: Vårdplanering Ortopedavd 12, CSK
Datum: fre 28 feb 2025 kl. 15:10
Ämne: SIP B. efter höftfraktur
Till: Biståndsenheten Kristianstad; Hemrehab Kristianstad; Vårdcentralen
Tollarp

Hej alla,

här är planen från dagens möte (Teams), så som vi skrev den gemensamt.
Hör av er om något blivit fel.

SAMORDNAD INDIVIDUELL PLAN

Den enskilde:   B., 84 år, ÅÅMMDD-XXXX
Mötesdatum:     2025-02-28
Närvarande:     B., Sofie, Karin, Anna, Jonas, Mats

BAKGRUND
B. föll i hemmet 2025-02-16 och opererades dagen efter för höftfraktur
på vänster sida. Han bor ensam i en lägenhet på andra våningen med hiss
i Tollarp och har tidigare klarat sig helt själv. Under vårdtiden har
han varit förvirrad nattetid. Han går i dag korta sträckor med rollator
och stöd av en person. Bedöms utskrivningsklar 2025-03-05. Lätt
minnessvikt har noterats av avdelningen, inte utredd.

B. deltog i mötet från sitt rum på avdelningen.

MÅL
Målet är att B. ska återfå gångförmågan med rollator inomhus och klara
förflyttningar säng-stol-toalett utan hjälp.

INSATSER
- Hemtjänst fyra gånger per dag (morgon, lunch, kväll, natt): hjälp med
  personlig hygien, på- och avklädning och måltider. Hemtjänsten Tollarp.
  Start vid hemgång 2025-03-05.
- Trygghetslarm. Biståndsenheten.
- Hemrehabilitering: gångträning med fysioterapeut två gånger per vecka,
  arbetsterapeut bedömer hjälpmedel (toalettförhöjning, duschpall,
  griptång). Hemrehab Kristianstad, start första veckan efter hemgång.
- Läkemedelsgenomgång och kontroll av blodförtunnande behandling.
  Vårdcentralen Tollarp.
- Minnesutredning när B. har återhämtat sig efter operationen.

UPPFÖLJNING
Vecka 12, hemma hos B.

Vänliga hälsningar
S.
Vårdplaneringen, ortopedavdelning 12
Centralsjukhuset Kristianstad
"""
    data = text.replace("\n", "\r\n").encode("cp1252")
    with open(path(3, "txt"), "wb") as f:
        f.write(data)


# ---------------------------------------------------------------------------
# 04  Markdown: front matter + timeline code block, autism/LSS, Enköping
# ---------------------------------------------------------------------------

def plan04():
    md = """---
dokument: Samordnad individuell plan (SIP)
person: R.
personnummer: ÅÅMMDD-XXXX
kommun: Enköping
mötesdatum: 2025-02-12
syfte: Samordning
samtycke: ja
huvudansvarig: ""
deltagare:
  - R.
  - Sara (boendestödjare)
  - Johan (LSS-handläggare)
  - Elin (arbetsterapeut)
  - Mira (sjuksköterska)
status: gällande
---

# SIP för R. – våren 2025

R. är 24 år och har autism, diagnostiserad när han var 15. Sedan 2022 har han bott i en
träningslägenhet med stöd, och nu har han fått ett eget hyreskontrakt på en tvåa i centrala
Enköping från den 1 mars. Han har svårt med nya miljöer och oplanerade förändringar och sover
dåligt i perioder, särskilt när något är på väg att hända. Sysselsättningen på det förra
stället (packning på ett lager) avslutades i december när han slutade gå dit.

Mötet hölls i kommunhuset den 12 februari.

## Frågor till mötet

Gå igenom läget.

## Hur R. ser på det

R. var med hela mötet och pratade mest i början. Han sa så här:

> Jag vill bo själv och ha lugna dagar, utan att folk kommer när jag inte vet om det.
> Jag vill jobba med datorer, inte packa saker som på förra stället.

Han vill att boendestödet kommer på bestämda tider och att det är samma person varje gång, och
han vill inte ha besök före klockan tio på morgonen.

## Tidslinje

```timeline
title R:s plan våren 2025
2025-02-12 : SIP-möte
2025-03-01 : Start boendestöd
2025-03-03 : Flytt till egen lägenhet
2025-03-17 : Start daglig verksamhet, IT-gruppen
2025-04 : Hembesök arbetsterapeut, bedömning kognitiva hjälpmedel
2025-04-30 : Ställningstagande sömnutredning
2025-06-12 : Uppföljning av SIP
```

## Vad som ska göras

Boendestödet i Enköpings kommun börjar den 1 mars, tre gånger i veckan (måndag, onsdag,
fredag kl. 13), med Sara som fast boendestödjare. Fokus är att få ett veckoschema med bilder på
plats, handla och laga enkel mat och sköta tvätten i den nya tvättstugan.

Johan, LSS-handläggare, har beviljat daglig verksamhet enligt 9 § 10 LSS. R. börjar den 17 mars
i IT-gruppen på Daglig verksamhet Enköping, först tre förmiddagar i veckan.

Arbetsterapeuten på Habiliteringen Enköping gör ett hembesök i april när R. har bott in sig och
bedömer vilka kognitiva hjälpmedel han behöver (timer, whiteboard, påminnelser i telefonen).

Regionen tar ställning till sömnutredning och eventuell ändrad medicinering senast 30 april.

## Uppföljning

Vi ses igen den 12 juni 2025 kl. 10.00 i kommunhuset.
"""
    with open(path(4, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ---------------------------------------------------------------------------
# 05  Word: pregnant woman with intellectual disability, god man, Borås
# ---------------------------------------------------------------------------

def plan05():
    doc = Document()
    fix_core(doc, "SIP M.", "Borås Stad")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Borås Stad  |  Västra Götalandsregionen\tSamordnad individuell plan"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "SIP M. – upprättad 2025-04-08"
    fp.runs[0].font.size = Pt(8)

    t = doc.add_paragraph()
    r = t.add_run("SAMORDNAD INDIVIDUELL PLAN (SIP)")
    r.bold = True
    r.font.size = Pt(15)
    label_par(doc, "Namn:", "M.")
    label_par(doc, "Personnummer:", "ÅÅMMDD-XXXX")
    label_par(doc, "Datum för mötet:", "2025-04-08")
    label_par(doc, "Plats:", "Familjecentralen Norrby, Borås")

    label_par(doc, "Deltagare", "")
    tbl = doc.add_table(rows=1, cols=3)
    tbl.style = "Table Grid"
    for c, h in zip(tbl.rows[0].cells, ["Namn", "Funktion", "Verksamhet"]):
        cell_text(c, h, bold=True)
        shade(c, "D9D9D9")
    for row in [("M.", "Den enskilde", ""),
                ("D.", "Sambo, barnets pappa", ""),
                ("Gunilla", "God man", "Förordnad av överförmyndarnämnden"),
                ("Helena", "Barnmorska", "Barnmorskemottagningen Borås Centrum, Närhälsan"),
                ("Malin", "BVC-sjuksköterska", "BVC Norrby, Närhälsan"),
                ("Ulrika", "Kurator", "Vuxenhabiliteringen Borås, VGR"),
                ("Karl", "Socialsekreterare", "Familjestöd, Individ- och familjeomsorgen, Borås Stad"),
                ("Jenny", "Boendestödjare", "Boendestöd, Vård- och äldreförvaltningen, Borås Stad")]:
        cells = tbl.add_row().cells
        for c, v in zip(cells, row):
            cell_text(c, v)
    doc.add_paragraph()

    label_par(doc, "Syfte:", "Syftet med planen är att M. och hennes sambo ska få ett samordnat "
              "stöd under graviditeten och de första månaderna med barnet, så att M. kan ta hand om "
              "sitt barn och alla vet vem som gör vad. Stödet ges frivilligt enligt SoL; det pågår "
              "ingen utredning enligt LVU och det är inte aktuellt.")

    label_par(doc, "Bakgrund:", "M. är 27 år och har en lindrig intellektuell funktionsnedsättning. "
              "Hon har boendestöd en gång i veckan sedan 2021 och god man sedan samma år för att bevaka "
              "rätt och förvalta egendom. Hon bor med sambon D. i en lägenhet på Norrby. D. arbetar "
              "natt på ett lager. Beräknad förlossning är 2025-06-20. Graviditeten har gått bra "
              "medicinskt, men M. har haft svårt att ta till sig skriftlig information från "
              "mödrahälsovården och har missat två besök.")

    label_par(doc, "Frågeställningar", "")
    for q in ["Vilket stöd behöver M. för att förstå information från barnmorskemottagningen och förlossningen?",
              "Hur ska stödet hemma se ut de första veckorna efter förlossningen, när D. arbetar natt?",
              "Vem hjälper till med ansökan om föräldrapenning och barnbidrag?"]:
        doc.add_paragraph(q, style="List Bullet")

    label_par(doc, "M:s egen syn:", "M. var med under hela mötet tillsammans med D. och god man. "
              "Hon berättade att hon är glad över barnet men rädd för förlossningen och för att inte "
              "förstå vad personalen säger. Hon vill ha sin mamma med på förlossningen och vill att "
              "samma boendestödjare som nu fortsätter komma.")
    label_par(doc, "Mål:", "Målet är att M. ska känna sig trygg inför förlossningen och klara den "
              "dagliga omvårdnaden av barnet med stöd av boendestöd och BVC.")

    label_par(doc, "Insatser", "")
    mt = doc.add_table(rows=1, cols=3)
    mt.style = "Table Grid"
    mt.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, h in zip(mt.rows[0].cells, ["Insats", "Ansvarig", "När"]):
        cell_text(c, h, bold=True)
        shade(c, "D9D9D9")
    repeat_header(mt.rows[0])

    def group(title):
        cells = mt.add_row().cells
        m = cells[0].merge(cells[1]).merge(cells[2])
        cell_text(m, title, bold=True)
        shade(m, "EDEDED")

    def row(a, b, c):
        cells = mt.add_row().cells
        cell_text(cells[0], a)
        cell_text(cells[1], b)
        cell_text(cells[2], c)

    set_col_widths(mt, [Cm(7.4), Cm(5.4), Cm(3.8)])
    group("Före förlossningen")
    row("Extra besök hos barnmorska med bildstöd och lättläst information",
        "Barnmorska, Barnmorskemottagningen Borås Centrum", "Varannan vecka från 2025-04-15")
    row("Förlossningsförberedande samtal och visning av förlossningsavdelningen i anpassad form",
        "Regionen", "Maj 2025")
    row("Utökat boendestöd tre gånger i veckan: förbereda barnrum, inköp, öva rutiner",
        "Boendestöd, Borås Stad (Jenny)", "Från 2025-04-14")
    row("Föräldrastöd i hemmet med anpassat material, en gång i veckan",
        "Familjestöd IFO, socialsekreterare", "Start 2025-05-06")
    group("Efter förlossningen")
    row("Hembesök av BVC inom en vecka efter hemkomst, därefter utökat besöksprogram",
        "BVC Norrby, BVC-sjuksköterska", "Första veckan efter hemkomst")
    row("Boendestöd varje vardag de första sex veckorna, bl.a. stöd vid matning och bad",
        "Boendestöd, Borås Stad", "Från hemkomst t.o.m. vecka 6")
    row("Samtal om föräldraskap och samspel med barnet",
        "Vuxenhabiliteringen Borås, kurator", "Från augusti 2025")
    doc.add_paragraph()

    label_par(doc, "Andra aktörer:", "")
    for it in ["God man (Gunilla) ansöker om föräldrapenning hos Försäkringskassan och om "
               "barnbidrag samt ser till att räkningarna betalas under föräldraledigheten. Klart "
               "senast 2025-05-31.",
               "M:s mamma är med på förlossningen och bor hos familjen den första veckan efter hemkomsten.",
               "D. tar ut de tio dagarna i samband med barnets födelse och går ner till dagtid i juli."]:
        doc.add_paragraph(it, style="List Bullet")

    label_par(doc, "Huvudansvarig:", "Socialtjänsten i Borås")
    doc.add_paragraph()
    doc.add_paragraph("Planen skickas till alla deltagare. M. får en version med bildstöd.")
    save_docx(doc, path(5, "docx"))


# ---------------------------------------------------------------------------
# 06  PDF via LibreOffice from HTML: "Etikett: värde", discharge, Malmö
# ---------------------------------------------------------------------------

def plan06():
    html = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8">
<title>SIP utskrivning</title>
<style>
body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; }
p { margin: 0 0 6pt 0; text-indent: 0; }
p.top { font-size: 8pt; color: #555555; border-bottom: 1px solid #999999; }
h1 { font-family: 'DejaVu Sans', sans-serif; font-size: 14pt; margin: 10pt 0 10pt 0; padding: 0; }
b { font-weight: bold; }
</style></head><body>
<p class="top">Psykiatri Skåne – utskrift 2025-01-24 09:12 &nbsp;&nbsp; Slutenvården Malmö, avdelning 5</p>
<h1>Samordnad individuell plan – utskrivning från slutenvård</h1>
<p><b>Enskild:</b> A.</p>
<p><b>Personnummer:</b> XXXXXX-XXXX</p>
<p><b>Vårdenhet:</b> Psykiatri Skåne, Slutenvården Malmö, avdelning 5</p>
<p><b>Kommun:</b> Malmö stad</p>
<p><b>Datum för SIP-möte:</b> 2025-01-23</p>
<p><b>Beräknat utskrivningsdatum:</b> 2025-01-28</p>
<p><b>Syfte:</b> Samordnad utskrivning.</p>
<p><b>Bakgrund:</b> A. är 41 år och har bipolär sjukdom typ 1. Hon lades in 2024-12-30 enligt HSL i ett maniskt skede efter att ha slutat ta sitt litium under hösten, med sömnlöshet, stora inköp på kredit och konflikter med grannar. Hon har tidigare vårdats inneliggande 2022 och 2023. Under vårdtiden har litium återinsatts med terapeutiska koncentrationer och hon är nu i stort sett i normalläge men fortfarande trött. A. bor ensam i hyreslägenhet i östra Malmö. Hon har inte arbetat sedan 2021. Det finns obetalda räkningar och en hyresskuld från hösten, omfattningen är inte känd. Socialt nätverk begränsat.</p>
<p><b>Frågeställningar:</b></p>
<p><b>Den enskildes mål:</b></p>
<p><b>Samtycke:</b> Finns.</p>
<p><b>Insatser:</b> Fortsatt kontakt efter utskrivningen. Stöd vid behov när A. är hemma igen, både i vardagen och när det gäller ekonomin, i den omfattning som bedöms lämplig. Hjälp att komma igång med aktiviteter på dagtid vid behov.</p>
<p><b>Ansvarig för insatserna:</b></p>
<p><b>Huvudansvarig:</b> Regionen</p>
<p><b>Deltagare:</b></p>
<p><b>Uppföljning:</b></p>
<p><b>Övrigt:</b> Planen har upprättats i samband med samordnad planering inför utskrivning enligt lagen (2017:612) om samverkan vid utskrivning från sluten hälso- och sjukvård. Läkemedelslista och epikris skickas separat.</p>
<p class="top" style="border-bottom:0; border-top:1px solid #999999; margin-top:18pt;">Utskriften innehåller sekretessbelagda uppgifter. Sida 1 (1)</p>
</body></html>
"""
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, f"{PREFIX}-06.html")
        with open(src, "w", encoding="utf-8") as f:
            f.write(html)
        soffice_to_pdf(src, path(6, "pdf"))


# ---------------------------------------------------------------------------
# 07  Word: the person refused to attend; her own note attached. Tierp
# ---------------------------------------------------------------------------

def sc_heading(doc, text):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    r = p.add_run(text)
    r.bold = True
    r.font.small_caps = True
    r.font.size = Pt(12)
    r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    return p


def plan07():
    doc = Document()
    fix_core(doc, "SIP S.", "Tierps kommun")
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(11.5)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Tierps kommun, Socialtjänsten  –  Region Uppsala"
    hp.runs[0].font.size = Pt(8)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    t = doc.add_paragraph()
    r = t.add_run("SIP – Samordnad individuell plan")
    r.bold = True
    r.font.size = Pt(16)

    sc_heading(doc, "1. Grunduppgifter")
    label_par(doc, "Namn:", "S.")
    label_par(doc, "Personnummer:", "ÅÅMMDD-XXXX")
    label_par(doc, "Datum för SIP-möte:", "2025-01-21")
    label_par(doc, "Plats:", "Socialkontoret, Tierp")

    sc_heading(doc, "2. Syfte med SIP")
    doc.add_paragraph("Att få en gemensam bild.")

    sc_heading(doc, "3. Samtycke")
    doc.add_paragraph("S. gav muntligt samtycke till SIP och till att de berörda verksamheterna får "
                      "utbyta information, vid telefonsamtal med socialsekreterare 2025-01-14. "
                      "Samtycket är antecknat i S:s akt.")

    sc_heading(doc, "4. S:s delaktighet")
    doc.add_paragraph(
        "S. har valt att inte delta på mötet. Hon har berättat att hon inte klarar att sitta i ett "
        "rum med många vuxna och prata om sig själv och att det gör hennes ångest värre. "
        "Socialsekreteraren träffade henne 2025-01-17 inför mötet. S. skrev då själv ned vad hon "
        "ville säga, och texten lästes upp i början av mötet. Den finns bifogad sist i planen "
        "(Mina egna ord). S. vill att planen skickas hem till henne och inte till mammans adress.")

    sc_heading(doc, "5. Bakgrund")
    doc.add_paragraph(
        "S. är 19 år. Hon har använt cannabis dagligen sedan hon var 16 och har under det senaste "
        "året periodvis tagit bensodiazepiner som inte är förskrivna till henne. Hon avbröt "
        "gymnasiet i årskurs 2 och har sedan dess inte haft någon sysselsättning. Hon har social "
        "ångest och panikattacker och har sökt akut på Akademiska sjukhuset två gånger under "
        "hösten 2024. Hon bor hos sin mamma i Tierp men vill flytta. S. ansökte själv om stöd hos "
        "socialtjänsten i december 2024.")

    sc_heading(doc, "6. Insatser")
    tbl = doc.add_table(rows=1, cols=4)
    tbl.style = "Table Grid"
    for c, h in zip(tbl.rows[0].cells, ["Insats", "Ansvarig", "Start", "Omfattning"]):
        cell_text(c, h, bold=True, size=10)
        shade(c, "DCE6F1")
    repeat_header(tbl.rows[0])
    rows = [
        ("Öppenvårdsbehandling: motiverande samtal och återfallsprevention",
         "Beroendemottagningen Tierp, Region Uppsala, behandlare", "2025-02-03", "1 gång/vecka"),
        ("Urinprov för drogkontroll", "Beroendemottagningen Tierp, sjuksköterska", "2025-02-03",
         "2 gånger/vecka"),
        ("Bedömning av ångest och ställningstagande till läkemedel (ej bensodiazepiner)",
         "Vårdcentralen Tierp, läkare", "2025-02-11", "Enstaka besök"),
        ("Stödsamtal och praktiskt stöd, bl.a. med att ta sig till besöken",
         "Öppenvården, Vuxenenheten IFO Tierp, behandlare", "2025-01-28", "1 gång/vecka"),
        ("Utredning av behov av eget boende (träningslägenhet)",
         "Vuxenenheten IFO Tierp, socialsekreterare", "Klar 2025-03-14", "–"),
        ("Kartläggning inför studier eller arbete",
         "Arbetsmarknadsenheten, Tierps kommun, handledare", "2025-03-03", "2 förmiddagar/vecka"),
    ]
    for rw in rows:
        cells = tbl.add_row().cells
        for c, v in zip(cells, rw):
            cell_text(c, v, size=10)
    set_col_widths(tbl, [Cm(5.6), Cm(5.6), Cm(2.4), Cm(3.0)])

    sc_heading(doc, "7. Övriga aktörer")
    doc.add_paragraph("S:s mamma är informerad om att SIP-mötet hålls. S. är inskriven på "
                      "Arbetsförmedlingen.")

    sc_heading(doc, "8. Huvudansvar för planen")
    doc.add_paragraph("Nora, socialsekreterare, Vuxenenheten, Socialtjänsten Tierps kommun.")

    doc.add_page_break()
    sc_heading(doc, "Bilaga – Mina egna ord")
    note = doc.add_paragraph()
    note.add_run("Mina egna ord: ").bold = True
    rr = note.add_run(
        "Jag vill inte komma på mötet, jag får panik när alla sitter och tittar på mig. Jag vet "
        "att jag röker för mycket och jag vill sluta, men jag vill göra det på mitt sätt och inte "
        "bli tvingad. Mitt mål är att ha ett eget ställe att bo på och att börja plugga igen, "
        "kanske på komvux i höst. Jag vill ha en person att prata med, inte fem olika. Och jag "
        "vill inte att mamma får veta allt.")
    rr.italic = True
    doc.add_paragraph("/S.  (skrivet 2025-01-17)").runs[0].italic = True
    save_docx(doc, path(7, "docx"))


# ---------------------------------------------------------------------------
# 08  NOT a plan: yttrande till förvaltningsrätten i ett LVM-mål, Landskrona
# ---------------------------------------------------------------------------

def plan08():
    doc = Document()
    fix_core(doc, "Yttrande LVM", "Landskrona stad")
    st = doc.styles["Normal"]
    st.font.name = "Garamond"
    st.font.size = Pt(12)
    sec = doc.sections[0]
    sec.left_margin = Cm(2.5)
    sec.right_margin = Cm(2.5)
    hp = sec.header.paragraphs[0]
    hp.text = "LANDSKRONA STAD\tSocialförvaltningen\tYTTRANDE"
    hp.runs[0].font.size = Pt(9)
    h2 = sec.header.add_paragraph("\tIndivid- och familjeomsorgen, Vuxenenheten\tDnr SN 2025/XXX")
    h2.runs[0].font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.text = "Landskrona stad · Socialförvaltningen · Telefon via växeln"
    fp.runs[0].font.size = Pt(8)
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    p = doc.add_paragraph("2025-03-12")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph("Förvaltningsrätten i Malmö\nAvdelning 2\nMål nr XXXX-25")

    t = doc.add_paragraph()
    r = t.add_run("Yttrande till förvaltningsrätten")
    r.bold = True
    r.font.size = Pt(15)
    label_par(doc, "Angående:", "Begäran om yttrande i mål om vård enligt lagen (1988:870) om vård "
              "av missbrukare i vissa fall (LVM) beträffande P., ÅÅMMDD-XXXX")

    def head(txt):
        hp_ = doc.add_paragraph()
        hp_.paragraph_format.space_before = Pt(8)
        hr = hp_.add_run(txt)
        hr.bold = True

    head("Förvaltningsrättens begäran")
    doc.add_paragraph(
        "Förvaltningsrätten har genom föreläggande 2025-03-07 begärt socialnämndens yttrande över "
        "vad P:s offentliga biträde anfört i skrivelse 2025-03-05, särskilt om P:s vårdbehov kan "
        "tillgodoses genom frivilliga insatser enligt socialtjänstlagen eller på annat sätt, samt "
        "om nämnden vidhåller sin ansökan.")

    head("Socialnämndens inställning")
    doc.add_paragraph(
        "Socialnämnden vidhåller sin ansökan om att P. ska beredas vård enligt 4 § LVM och anser "
        "att det som anförts i biträdets skrivelse inte föranleder någon annan bedömning.")

    head("Skäl")
    doc.add_paragraph(
        "P. är 52 år och har ett mångårigt alkoholberoende. Sedan hösten 2024 har konsumtionen "
        "ökat kraftigt. P. har under perioden december 2024 – februari 2025 sökt akut vid "
        "Helsingborgs lasarett vid fyra tillfällen på grund av berusning, fall och kramper i "
        "samband med abstinens. Av läkarintyg enligt 9 § LVM, utfärdat 2025-02-26, framgår att P. "
        "har leverpåverkan, har gått ned kraftigt i vikt och att det föreligger risk för "
        "delirium vid okontrollerad abstinens.")
    doc.add_paragraph(
        "Biträdet anför att P. kan tillgodogöra sig frivillig vård och hänvisar till att det "
        "finns en samordnad individuell plan (SIP). Nämnden vill i denna del framhålla följande. "
        "En SIP upprättades 2024-11-19 tillsammans med P., beroendemottagningen i Landskrona och "
        "kommunens hemtjänst, och P. samtyckte då till abstinensbehandling och fortsatt kontakt "
        "med beroendemottagningen. P. har därefter inte kommit till någon av de fem bokade "
        "tiderna, har avbrutit en påbörjad avgiftning efter ett dygn och har vid två hembesök "
        "avböjt att träffa socialsekreteraren. Det uppföljningsmöte som var inplanerat i januari "
        "kunde inte genomföras eftersom P. inte ville medverka. Nämnden bedömer mot denna "
        "bakgrund att vårdbehovet inte kan tillgodoses enligt socialtjänstlagen eller på annat "
        "sätt.")
    doc.add_paragraph(
        "Nämnden bedömer att P. till följd av sitt fortgående missbruk av alkohol är i behov av "
        "vård för att komma ifrån missbruket och att han utsätter sin fysiska hälsa för allvarlig "
        "fara (4 § första stycket 1 och 2 punkten a LVM). Planerad placering är LVM-hem via "
        "Statens institutionsstyrelse.")

    head("Bilagor")
    for b in ["Läkarintyg enligt 9 § LVM, 2025-02-26 (tidigare inlämnat)",
              "Journalanteckningar från socialtjänsten, december 2024 – mars 2025"]:
        doc.add_paragraph(b, style="List Bullet")

    doc.add_paragraph()
    doc.add_paragraph("För socialnämnden i Landskrona, enligt delegation")
    doc.add_paragraph("\n\nEnhetschef, Vuxenenheten\t\t\tSocialsekreterare, Vuxenenheten")
    save_docx(doc, path(8, "docx"))


def main():
    os.makedirs(OUT, exist_ok=True)
    plan01()
    plan02()
    plan03()
    plan04()
    plan05()
    plan06()
    plan07()
    plan08()
    print("written:", sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()
