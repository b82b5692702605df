#!/usr/bin/env python
"""Generate the f16a batch of fictional, anonymized SIP plans into plans/.

Run with python generate_a.py
Deterministic: fixed dates and texts, no randomness.
"""
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
PREFIX = "f16a"


def path(n, ext):
    return os.path.join(OUT, f"{PREFIX}-{n:02d}.{ext}")


def fixed_core(doc, title, author):
    """Fixed core properties so the docx is the same each run."""
    import datetime as dt
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


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def cell_text(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if i < len(lines) - 1:
            r.add_break()
    return p


def to_pdf(docx_path, final_pdf):
    """Convert with LibreOffice using our own profile."""
    tmp = tempfile.mkdtemp(prefix="f16a-conv-")
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file:///tmp/lo-{PREFIX}", "--headless",
         "--convert-to", "pdf", "--outdir", tmp, docx_path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    produced = os.path.join(tmp, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
    shutil.move(produced, final_pdf)
    shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------------------
# 01  Record-system print, fpdf2 — "Vårdplan – SIP", Köping, psychosis + debts
# ---------------------------------------------------------------------------
class RecordPDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(60, 60, 60)
        self.cell(95, 4, "Cosmic  |  Region Västmanland  |  Vuxenpsykiatrin Köping", new_x="RIGHT", new_y="TOP")
        self.cell(0, 4, f"Sida {self.page_no()} ({{nb}})", align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(95, 4, "Utskriven av: Lena, sjuksköterska", new_x="RIGHT", new_y="TOP")
        self.cell(0, 4, "Utskriftsdatum: 2025-03-19 10:42", align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Journalhandling – utskrift. Hanteras enligt gällande sekretessregler (OSL 25 kap.)", align="C")
        self.set_text_color(0, 0, 0)

    def section_title(self, text):
        self.ln(2)
        self.set_font("DejaVu", "B", 10)
        self.set_fill_color(225, 230, 238)
        self.cell(0, 6, text, border=1, fill=True, new_x="LMARGIN", new_y="NEXT")

    def field(self, label, value, label_w=48, h=5.2):
        self.set_font("DejaVu", "B", 8.5)
        x, y = self.get_x(), self.get_y()
        # measure value height first
        self.set_font("DejaVu", "", 9)
        lines = self.multi_cell(self.epw - label_w - 2, h, value, align="L", dry_run=True, output="LINES")
        self.set_font("DejaVu", "B", 8.5)
        llines = self.multi_cell(label_w - 2, h, label, align="L", dry_run=True, output="LINES")
        height = max(1, len(lines), len(llines)) * h + 1.6
        if y + height > self.page_break_trigger:
            self.add_page()
            x, y = self.get_x(), self.get_y()
        self.rect(x, y, label_w, height)
        self.rect(x + label_w, y, self.epw - label_w, height)
        self.set_xy(x + 1, y + 0.8)
        self.set_font("DejaVu", "B", 8.5)
        self.multi_cell(label_w - 2, h, label, align="L")
        self.set_xy(x + label_w + 1, y + 0.8)
        self.set_font("DejaVu", "", 9)
        self.multi_cell(self.epw - label_w - 2, h, value, align="L")
        self.set_xy(x, y + height)


def plan01():
    pdf = RecordPDF(format="A4")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_margins(15, 12, 15)
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_creator("Cosmic utskrift")
    pdf.set_creation_date(__import__("datetime").datetime(2025, 3, 19, 10, 42))
    pdf.add_page()

    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 8, "Vårdplan – SIP", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 8.5)
    pdf.cell(0, 5, "Samordnad individuell plan enligt HSL 16 kap. 4 § / SoL 2 kap. 7 §", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)

    # boxed header table
    pdf.set_font("DejaVu", "B", 8)
    w = [40, 50, 50, 40]
    heads = ["Patient (initialer)", "Personnummer", "Enhet", "Utskriftsdatum"]
    vals = ["R. J.", "XXXXXX-XXXX", "Vuxenpsykiatrin Köping,\nöppenvårdsmottagningen", "2025-03-19"]
    pdf.set_fill_color(240, 240, 240)
    for wi, hd in zip(w, heads):
        pdf.cell(wi, 5.5, hd, border=1, fill=True)
    pdf.ln()
    pdf.set_font("DejaVu", "", 8.5)
    x0, y0 = pdf.get_x(), pdf.get_y()
    for wi, v in zip(w, vals):
        x = pdf.get_x()
        pdf.rect(x, y0, wi, 10)
        pdf.multi_cell(wi, 5, v, new_x="RIGHT", new_y="TOP")
        pdf.set_xy(x + wi, y0)
    pdf.set_xy(x0, y0 + 10)
    pdf.set_font("DejaVu", "B", 8)
    w2 = [40, 50, 90]
    for wi, hd in zip(w2, ["SIP-mötets datum", "Plats", "Dokumenterad av"]):
        pdf.cell(wi, 5.5, hd, border=1, fill=True)
    pdf.ln()
    pdf.set_font("DejaVu", "", 8.5)
    for wi, v in zip(w2, ["2025-03-18", "Vuxenpsykiatrin Köping, rum 3", "Lena, sjuksköterska, Vuxenpsykiatrin Köping"]):
        pdf.cell(wi, 5.5, v, border=1)
    pdf.ln(8)

    pdf.section_title("Bakgrund")
    pdf.field("Aktuell situation",
              "34-årig man med schizofrenidiagnos sedan 2016. Vårdad inneliggande på avd. 21, "
              "Psykiatriska kliniken Västerås, 2025-02-03 – 2025-02-27 efter att ha slutat ta sin "
              "medicin och blivit alltmer isolerad i lägenheten. Bor ensam i hyreslägenhet i Köping. "
              "Har skulder hos Kronofogden (hyra, el, sms-lån) och en obetald hyra från januari som "
              "hyresvärden har påtalat. Har god man sedan 2023. Uppbär sjukersättning.")
    pdf.field("Syfte med SIP",
              "Att samordna psykiatrins och socialtjänstens insatser efter utskrivningen så att R. kan "
              "bo kvar i sin lägenhet, få hjälp med sin ekonomi och inte behöva läggas in igen.")
    pdf.field("Frågeställningar", "Diskutera läget och fortsatt planering.")
    pdf.field("Patientens egen beskrivning / önskemål", "")
    pdf.field("Den enskildes mål", "")
    pdf.field("Samtycke", "Finns.")
    pdf.field("Patienten närvarande", "Nej")

    pdf.section_title("Planerade åtgärder")
    pdf.ln(1)
    rows = [
        ("Åtgärd", "Ansvarig enhet / funktion", "Start", "Klart / avstäms"),
        ("Depotinjektion Xeplion var 4:e vecka på mottagningen, påminnelse via sms dagen före.",
         "Sjuksköterska, Vuxenpsykiatrin Köping", "2025-03-25", "Löpande, avstäms 2025-05-20"),
        ("Läkarbesök för uppföljning av medicinering och biverkningar.",
         "Överläkare, Vuxenpsykiatrin Köping", "2025-04-15", "2025-04-15"),
        ("Samtalskontakt med fokus på tidiga tecken och krisplan (återfallsprevention).",
         "Kurator, Vuxenpsykiatrin Köping", "v. 13", "Varannan vecka t.o.m. v. 25"),
        ("Boendestöd i hemmet två gånger per vecka: struktur i vardagen, inköp, tvätt, post.",
         "Boendestödjare, Socialförvaltningen Köping, Socialpsykiatri", "2025-03-24", "Avstäms 2025-05-20"),
        ("Biståndsbedömning av ansökan om boendestöd och sysselsättning.",
         "Biståndshandläggare, Socialförvaltningen Köping", "2025-03-20", "Beslut senast 2025-04-04"),
        ("Kontakt med hyresvärden om avbetalningsplan för januarihyran.",
         "Socialsekreterare, Vuxenenheten Köping", "2025-03-21", "2025-03-31"),
        ("Genomgång av skulder och ansökan om skuldsanering hos Kronofogden.",
         "Budget- och skuldrådgivare, Köpings kommun", "", ""),
        ("Hämtning av läkemedel i dosett varje vecka på mottagningen, dosettdelning av sjuksköterska.",
         "Sjuksköterska, Vuxenpsykiatrin Köping", "2025-03-19", "Varje onsdag"),
        ("Somatisk hälsokontroll: blodtryck, vikt, blodprover (metabolt syndrom).",
         "Distriktssköterska, Vårdcentralen Köping", "April 2025", "2025-04-30"),
        ("Remiss till Träfflokalen Ankaret, visning tillsammans med boendestödjaren.",
         "Boendestödjare, Socialpsykiatri Köping", "v. 15", "v. 17"),
        ("Krisplan skrivs och delas med boendestödet (med patientens medgivande).",
         "Kurator, Vuxenpsykiatrin Köping", "2025-04-01", "2025-04-22"),
    ]
    pdf.set_font("DejaVu", "", 8.5)
    with pdf.table(col_widths=(74, 50, 24, 32), text_align="LEFT", line_height=4.6,
                   headings_style=FontFace(emphasis="BOLD", fill_color=(225, 230, 238)),
                   repeat_headings=1, padding=1.2) as table:
        for i, r in enumerate(rows):
            row = table.row()
            if i == 0:
                pdf.set_font("DejaVu", "B", 8.5)
            else:
                pdf.set_font("DejaVu", "", 8.5)
            for c in r:
                row.cell(c)
    pdf.set_font("DejaVu", "", 9)
    pdf.ln(3)

    pdf.section_title("Övrigt")
    pdf.field("Andra aktörer", "God man (Ove). Försäkringskassan.")
    pdf.field("Huvudansvarig för planen",
              "Lena, sjuksköterska/fast vårdkontakt, Vuxenpsykiatrin Köping öppenvårdsmottagning")
    pdf.field("Uppföljning", "Uppföljande SIP-möte 2025-05-20 kl. 13.30, Vuxenpsykiatrin Köping.")
    pdf.field("Deltagare vid mötet",
              "Lena, sjuksköterska, Vuxenpsykiatrin Köping\n"
              "Farid, överläkare, Vuxenpsykiatrin Köping\n"
              "Maja, kurator, Vuxenpsykiatrin Köping\n"
              "Jessica, biståndshandläggare, Socialförvaltningen Köping\n"
              "Tobias, socialsekreterare, Vuxenenheten Köping\n"
              "Sandra, boendestödjare, Socialpsykiatrin Köping")
    pdf.field("Planen skickas till", "Deltagarna ovan. Kopia i journal.")
    pdf.ln(4)
    pdf.set_font("DejaVu", "", 8)
    pdf.cell(0, 4, "Signerad: Lena, sjuksköterska   2025-03-19 10:37", new_x="LMARGIN", new_y="NEXT")
    pdf.output(path(1, "pdf"))


# ---------------------------------------------------------------------------
# 02  Word, numbered CAPITAL headings + landscape action table — Arboga, hip fracture
# ---------------------------------------------------------------------------
def plan02():
    doc = Document()
    fixed_core(doc, "SIP Arboga", "Biståndshandläggare Arboga kommun")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    st.paragraph_format.space_after = Pt(4)
    for lvl in (1,):
        hs = doc.styles[f"Heading {lvl}"]
        hs.font.size = Pt(12)
        hs.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
        hs.paragraph_format.space_before = Pt(10)
        hs.paragraph_format.space_after = Pt(3)

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = sec.bottom_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hp.text = "Arboga kommun – Vård- och omsorgsförvaltningen  |  Samordnad individuell plan (SIP)"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Sekretess enligt OSL 26 kap. 1 §"
    fp.runs[0].font.size = Pt(8)

    t = doc.add_paragraph()
    r = t.add_run("SAMORDNAD INDIVIDUELL PLAN – SIP")
    r.bold = True
    r.font.size = Pt(16)
    meta = doc.add_table(rows=3, cols=4)
    meta.style = "Table Grid"
    data = [("Namn", "Gunnar", "Personnummer", "ÅÅMMDD-XXXX"),
            ("Datum för mötet", "2024-10-02", "Plats", "I Gunnars hem, Arboga"),
            ("Plan upprättad av", "Helena, biståndshandläggare", "Datum", "2024-10-03")]
    for i, rowv in enumerate(data):
        for j, v in enumerate(rowv):
            cell_text(meta.cell(i, j), v, bold=(j % 2 == 0), size=10)
            if j % 2 == 0:
                shade(meta.cell(i, j), "E7ECF3")

    doc.add_heading("1. BAKGRUND", level=1)
    doc.add_paragraph(
        "Gunnar är 86 år och bor ensam i en villa i Arboga. Han föll i hallen 2024-09-12 och fick en "
        "höftfraktur på vänster sida som opererades på Lasarettet i Köping. Han skrevs ut till korttidsboendet "
        "Solgläntan 2024-09-19 och flyttade hem igen 2024-09-30. Han går med rollator inomhus och behöver "
        "handräckning i trappan till övervåningen där sovrummet ligger. Han har sedan tidigare diabetes typ 2 och "
        "nedsatt syn. Före fallet klarade han sig helt utan hemtjänst.")
    doc.add_paragraph(
        "Vid hemgången beviljades hemtjänst morgon och kväll samt trygghetslarm. Hemsjukvården har haft "
        "kontakt kring såromläggning, som nu är avslutad.")

    doc.add_heading("2. SYFTE MED SIP", level=1)
    doc.add_paragraph(
        "Syftet är att hemtjänsten, den kommunala rehabiliteringen och vårdcentralen har samma bild av "
        "Gunnars behov efter höftfrakturen, så att han kan bo kvar hemma tryggt och inte faller igen.")

    doc.add_heading("3. FRÅGESTÄLLNINGAR", level=1)
    doc.add_paragraph("")

    doc.add_heading("4. DEN ENSKILDES MÅL", level=1)
    doc.add_paragraph(
        "Målet är att Gunnar ska kunna gå med rollator ut till brevlådan och klara trappan själv med "
        "stöd av ledstång före jul.")

    doc.add_heading("5. DELTAGARE", level=1)
    for s in ["Gunnar",
              "Helena, biståndshandläggare, Vård- och omsorgsförvaltningen Arboga kommun",
              "Petra, fysioterapeut, Kommunrehab Arboga",
              "Amir, arbetsterapeut, Kommunrehab Arboga",
              "Karin, distriktssköterska, Vårdcentralen Arboga",
              "Lotta, samordnare, Hemtjänst Arboga centrum"]:
        doc.add_paragraph(s, style="List Bullet")
    doc.add_paragraph("Gunnar var med under hela mötet, som hölls hemma hos honom.")

    doc.add_heading("6. SAMTYCKE", level=1)
    doc.add_paragraph(
        "Gunnar gav sitt muntliga samtycke till SIP och till att de deltagande verksamheterna får utbyta "
        "information med varandra vid mötet 2024-10-02. Samtycket är antecknat i Treserva och i "
        "vårdcentralens journal samma dag.")

    # landscape section for the action table
    new = doc.add_section(WD_SECTION.NEW_PAGE)
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = Cm(29.7), Cm(21)
    new.left_margin = new.right_margin = Cm(2)
    doc.add_heading("7. PLANERADE AKTIVITETER", level=1)
    acts = [
        ("Aktivitet", "Utförare", "Tidsram", "Uppföljs av"),
        ("Hemtjänst morgon (dusch, påklädning, frukost) och kväll (kvällsmål, tillsyn).",
         "Hemtjänst Arboga centrum", "Pågår, beslut t.o.m. 2024-12-31", "Biståndshandläggare"),
        ("Lägga till lunchbesök med matdistribution (färdiga matlådor) eftersom Gunnar äter för lite.",
         "Hemtjänst Arboga centrum, efter beslut av biståndshandläggare", "Start 2024-10-07", "Biståndshandläggare"),
        ("Gångträning inne och ute med rollator samt trappträning, hembesök en gång i veckan.",
         "Fysioterapeut, Kommunrehab Arboga", "2024-10-08 – 2024-12-10, tisdagar", "Fysioterapeut"),
        ("Bedöma och ordna extra ledstång i trappan, toalettförhöjning och duschpall.",
         "Arbetsterapeut, Kommunrehab Arboga", "Hembesök 2024-10-09, montering senast v. 43", "Arbetsterapeut"),
        ("Utredning av fallrisk och genomgång av läkemedel (blodtryckssänkande, sömnmedel).",
         "Distriktsläkare, Vårdcentralen Arboga", "Läkarbesök 2024-10-16", "Distriktssköterska"),
        ("Diabeteskontroll: HbA1c och fotundersökning, råd om kost.",
         "Diabetessjuksköterska, Vårdcentralen Arboga", "2024-10-23", "Distriktssköterska"),
        ("Synundersökning – remiss till ögonmottagningen.",
         "Distriktsläkare, Vårdcentralen Arboga", "Remiss skickas senast 2024-10-18", "Distriktssköterska"),
    ]
    tbl = doc.add_table(rows=len(acts), cols=4)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    tbl.autofit = False
    widths = [Cm(9.5), Cm(6.5), Cm(5.5), Cm(4.2)]
    for j, wd in enumerate(widths):
        tbl.columns[j].width = wd
    for i, row in enumerate(acts):
        for j, v in enumerate(row):
            c = tbl.cell(i, j)
            c.width = widths[j]
            cell_text(c, v, bold=(i == 0), size=10)
            if i == 0:
                shade(c, "1F3A5F")
                c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    repeat_header(tbl.rows[0])

    back = doc.add_section(WD_SECTION.NEW_PAGE)
    back.orientation = WD_ORIENT.PORTRAIT
    back.page_width, back.page_height = Cm(21), Cm(29.7)
    back.left_margin = back.right_margin = Cm(2.2)
    doc.add_heading("8. HUVUDANSVAR", level=1)
    doc.add_paragraph("Arboga kommun.")
    doc.add_heading("9. UPPFÖLJNING", level=1)
    doc.add_paragraph(
        "Planen följs upp vecka 48 hemma hos Gunnar. Biståndshandläggaren skickar kallelse till alla.")
    doc.add_heading("10. UNDERSKRIFT", level=1)
    doc.add_paragraph("Helena\nBiståndshandläggare, Vård- och omsorgsförvaltningen, Arboga kommun")
    doc.save(path(2, "docx"))


# ---------------------------------------------------------------------------
# 03  Markdown, child-friendly — Sala, 9-year-old with ADHD and worry
# ---------------------------------------------------------------------------
PLAN03 = """# Min plan – SIP för Nora

*Möte 2025-01-28 på Familjeenheten i Sala*

Den här planen är skriven till dig, Nora. Den är till för att du och alla vuxna som hjälper
dig ska komma ihåg vad vi bestämde på mötet.

## Varför har vi det här mötet?

Du har berättat att det känns jobbigt i skolan när det är rörigt och högljutt, och att du
ibland blir så arg och ledsen att du springer därifrån. Hemma blir det mycket bråk på
morgnarna. Därför har vi det här mötet: så att skolan, BUP och socialtjänsten pratar med
varandra och hjälper dig på samma sätt, i stället för att alla gör olika.

## Det här är viktigt för mig

Det här sa du på mötet:

> "Jag vill kunna vara kvar i klassrummet hela lektionen utan att behöva rymma."

> "Jag vill att morgnarna hemma ska bli lugnare så att vi inte skriker."

> "Jag vill ha en kompis att vara med på rasten."

Du sa också att du tycker om att rita och att du gillar när Ahmed förklarar saker en gång
till bara för dig.

## Det här ska vi göra

**Skolan (Kyrkskolan)**
- Ahmed, din lärare, gör ett bildschema för varje dag som sitter på din bänk. Det är klart
  **måndag 3 februari**.
- Du får använda hörselkåpor och sitta vid bordet längst fram till höger från och med
  **v. 6**.
- Skolan ordnar en lugn plats där du kan vara på rasterna.
- Malin, skolsköterskan, träffar dig på tisdagar efter lunch, första gången **4 februari**.

**BUP**
- Eva, psykolog på BUP i Sala, träffar dig och mamma eller pappa varannan torsdag från
  **6 februari**. Ni ska öva på vad du kan göra när ilskan kommer ("vulkanen").
- Läkaren på BUP ringer mamma **senast 14 februari** och berättar hur det gick med
  utredningen och om medicin kan hjälpa.

**Socialtjänsten**
- Sara, socialsekreterare, ordnar så att familjebehandlare från Familjeenheten kommer hem
  till er på morgonen två gånger i veckan under februari och mars, med start **v. 7**.

**Mamma och pappa**
- Mamma Jenny och pappa Ali lägger fram kläderna kvällen innan och väcker dig tio minuter
  tidigare, från och med nu.
- De går på föräldrakursen "Föräldraskap med ADHD" på BUP, fem kvällar med start
  **12 februari**.

**Du själv**
- Du visar det röda kortet för Ahmed när det känns för mycket, i stället för att springa ut.
- Du provar att fråga Ella om hon vill rita med dig på rasten.

## Vi som var med

Du, mamma Jenny, pappa Ali, Sara, Eva, Ahmed och Malin.

## Sammankallande och huvudansvarig

Sara, socialsekreterare på Familjeenheten, Socialtjänsten i Sala kommun. Det är Sara som
kallar till nästa möte och som mamma och pappa kan ringa till (via växeln) om något inte
fungerar.

## När ses vi igen?

Efter sportlovet, i mars. Sara skickar en kallelse.

---
*Planen har lästs upp för Nora i slutet av mötet. Mamma och pappa har fått varsin kopia.*
"""


def plan03():
    with open(path(3, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(PLAN03)


# ---------------------------------------------------------------------------
# 04  TXT prose minutes by school counsellor, cp1252 + CRLF — Fagersta, school refusal
# ---------------------------------------------------------------------------
PLAN04 = """Ämne: Minnesanteckningar från SIP-möte om Vilmer, åk 9 – 2025-02-26

Hej alla,

här kommer mina anteckningar från SIP-mötet i går eftermiddag på Brinkskolan. Läs gärna
igenom och hör av er senast på fredag om något blivit fel, annars skickar jag ut dem som
slutlig version.

På mötet var Vilmers mamma Therese, Maria som är socialsekreterare på IFO Barn och familj
i Fagersta kommun, Amanda som är psykolog på BUP Fagersta, Johan som är Vilmers mentor och
klasslärare i 9B, Annelie som är skolsköterska på Brinkskolan och jag själv (Hanna,
skolkurator på Brinkskolan). Vilmer var inte med på mötet. Syftet med mötet var samordning.

Som bakgrund berättade Johan att Vilmer har haft en frånvaro på nästan 60 procent sedan
höstlovet och att han de senaste tre veckorna bara har varit i skolan en dag. Therese
berättade att han sover till lunch, sitter mycket vid datorn och får ont i magen på
söndagskvällarna. Amanda bekräftade att Vilmer går i KBT på BUP sedan december för
ångest, och att han kommer till de flesta tiderna. Vilmer har sagt till sin mamma att han
vill gå ut nian med sina klasskompisar och inte byta skola, men att han inte orkar sitta
i det stora klassrummet. Målet är att Vilmer ska komma tillbaka till skolan och få
godkända betyg i så många ämnen som möjligt så att han kan söka till gymnasiet.

De frågor vi utgick ifrån var framför allt hur Vilmer ska kunna komma tillbaka till
skolan stegvis utan att ångesten tar över, om han kan få göra de nationella proven i
mindre grupp, och hur vi ska få ihop BUP:s exponeringsövningar med det skolan gör så att
han inte får olika besked från olika vuxna. Therese tog också upp frågan om vem hon ska
vända sig till när det blir kris på morgonen.

Det här kom vi överens om. Johan gör ett anpassat schema där Vilmer börjar med två
lektioner om dagen (svenska och matte) i Studion, det mindre rummet bredvid biblioteket,
med start måndag 3 mars, och utökar med en lektion i veckan om det går bra. Johan
ansvarar också för att ämneslärarna lägger ut allt material i Classroom varje fredag från
och med v. 10. Jag själv träffar Vilmer på tisdagar och torsdagar kl. 8.15 från 4 mars
för att ta emot honom vid entrén och gå igenom dagen. Annelie bokar ett hälsosamtal med
Vilmer om sömn och magont under v. 11. Rektor har redan beslutat om särskilt stöd, och
specialpedagogen Sofie gör klart åtgärdsprogrammet senast 14 mars (Johan tar det med
henne). Amanda fortsätter KBT-behandlingen på BUP varje onsdag och lägger fr.o.m. 5 mars
in exponering för skolsituationer som hänger ihop med schemat, och hon stämmer av med mig
per telefon varannan fredag med start 7 mars. Maria erbjuder familjen stöd från
Familjeteamet i Fagersta med fokus på morgonrutiner och dygnsrytm, första hembesöket är
bokat till 11 mars kl. 7.30, och hon skickar beslut om insatsen senast 7 mars. Frågan om
vem som ska kontaktas vid kris på morgonen hann vi inte reda ut, den tar vi nästa gång.

Samtycke finns från vårdnadshavarna.

Vi ses igen för uppföljning tisdag 8 april 2025 kl. 14.00 i konferensrummet på
Brinkskolan. Jag bokar rummet och skickar ut en kallelse.

Med vänliga hälsningar

Hanna
Skolkurator
Brinkskolan, Fagersta kommun
Barn- och utbildningsförvaltningen
Tel. via skolans växel
"""


def wrap_paragraphs(text, width=78):
    """Rewrap every paragraph that has a line longer than width (mail client style)."""
    import textwrap
    out = []
    for para in text.split("\n\n"):
        lines = para.split("\n")
        if any(len(l) > width for l in lines) and not para.startswith("Ämne:"):
            para = textwrap.fill(" ".join(l.strip() for l in lines), width=width)
        out.append(para)
    return "\n\n".join(out)


def plan04():
    data = wrap_paragraphs(PLAN04).replace("\n", "\r\n").encode("cp1252")
    with open(path(4, "txt"), "wb") as f:
        f.write(data)


# ---------------------------------------------------------------------------
# 05  Word, bulleted sentences, no tables — Västerås, young adult with depression + cannabis
# ---------------------------------------------------------------------------
def plan05():
    doc = Document()
    fixed_core(doc, "SIP K.", "Socialsekreterare IFO Vuxen Västerås")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5)
    hp = sec.header.paragraphs[0]
    hp.text = "Västerås stad – Individ- och familjeförvaltningen, Vuxenenheten Beroende"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(8)
    hp.runs[0].font.small_caps = True

    h = doc.add_heading("SIP – samordnad individuell plan", level=0)
    p = doc.add_paragraph()
    p.add_run("Gäller: ").bold = True
    p.add_run("K., 22 år, ÅÅMMDD-XXXX")
    p = doc.add_paragraph()
    p.add_run("Mötesdatum: ").bold = True
    p.add_run("2024-09-17, Vuxenpsykiatrin Västerås öppenvård (VUP), mottagning 2")

    doc.add_heading("Kort om situationen", level=2)
    doc.add_paragraph(
        "K. har haft en depression sedan gymnasiet och röker cannabis i stort sett dagligen sedan "
        "ett år tillbaka. Han bor hos sin mamma i Bäckby, har inte haft någon sysselsättning sedan "
        "våren 2023 och är sjukskriven från Arbetsförmedlingens program sedan juni. Han har haft "
        "kontakt med VUP sedan februari och ansökte själv om stöd från socialtjänsten i augusti.")

    doc.add_heading("Frågeställningar", level=2)
    doc.add_paragraph("Gå igenom läget.")

    doc.add_heading("K:s egna mål", level=2)
    for s in ["”Jag vill sluta röka på helt och kunna sova på nätterna.”",
              "”Jag vill ha ett jobb att gå till, helst något med händerna, typ lager eller bilar.”",
              "”Jag vill flytta till en egen lägenhet inom ett år.”"]:
        doc.add_paragraph(s, style="List Bullet")

    doc.add_heading("K:s delaktighet", level=2)
    doc.add_paragraph(
        "K. var med på hela mötet. Han sa att han vill ha färre men längre samtal, att han inte vill "
        "gå i grupp just nu och att han tycker att det är jobbigt med telefon – han vill helst få "
        "kallelser och påminnelser via sms eller 1177.")

    doc.add_heading("Insatser – regionen", level=2)
    for s in [
        "Kurator på VUP träffar K. varannan tisdag från v. 40 för samtal med KBT-inriktning mot depression och sömn.",
        "Läkare på VUP följer upp antidepressiv medicinering (sertralin) vid besök 2024-10-22.",
        "Sjuksköterska på Beroendecentrum Västerås tar urinprov för drogscreening en gång i veckan från och med 2024-09-24 och följer upp resultaten med K.",
        "Beroendecentrum erbjuder K. en plats i ACT-baserad behandling mot cannabisberoende, individuellt, start v. 41.",
    ]:
        doc.add_paragraph(s, style="List Bullet")

    doc.add_heading("Insatser – kommunen", level=2)
    for s in [
        "Socialsekreterare på IFO Vuxen Beroende utreder K:s ansökan och fattar beslut om öppenvårdsbehandling senast 2024-10-04.",
        "Behandlare på Öppenvården Vuxen (Västerås stad) träffar K. på måndagar kl. 13 från 2024-10-07 för återfallsprevention (ÅP).",
        "Socialtjänsten erbjuder stöd i boendefrågan vid behov.",
    ]:
        doc.add_paragraph(s, style="List Bullet")

    doc.add_heading("Andra aktörers åtgärder", level=2)
    for s in [
        "Försäkringskassan: handläggare utreder K:s rätt till sjukpenning och begär in läkarintyg från VUP; VUP-läkaren skickar intyget senast 2024-09-30.",
        "Arbetsförmedlingen: arbetsförmedlare i Västerås tar upp K. i Steg till arbete när sjukskrivningen är avslutad och bokar ett planeringssamtal i november.",
        "K:s mamma Lena följer med honom till första besöket på Beroendecentrum och ser till att han får frukost innan han går.",
        "K. själv laddar ner 1177-appen och slår på påminnelser till sina besök senast den här veckan.",
    ]:
        doc.add_paragraph(s, style="List Bullet")

    doc.add_heading("Huvudansvar", level=2)
    doc.add_paragraph("Socialtjänsten.")

    doc.add_heading("Uppföljning", level=2)
    doc.add_paragraph("Vi följer upp planen v. 46.")

    p = doc.add_paragraph()
    p.add_run("\nPlanen skriven av: ").bold = True
    p.add_run("Jonna, socialsekreterare, IFO Vuxen Beroende, Västerås stad, 2024-09-18")
    doc.save(path(5, "docx"))


# ---------------------------------------------------------------------------
# 06  Municipal template, one big two-column table, merged part headers → PDF
#      Hallstahammar, young woman with autism (LSS)
# ---------------------------------------------------------------------------
def plan06():
    doc = Document()
    fixed_core(doc, "Mall SIP Hallstahammars kommun", "Socialsekreterare LSS")
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = Cm(1.6)
    sec.bottom_margin = Cm(1.6)
    hp = sec.header.paragraphs[0]
    hp.text = "HALLSTAHAMMARS KOMMUN\tSocialförvaltningen\tMall SIP, rev. 2023-05"
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Planen förvaras i personakten. Kopia till den enskilde och till deltagande verksamheter."
    fp.runs[0].font.size = Pt(7.5)

    t = doc.add_paragraph()
    r = t.add_run("Samordnad individuell plan (SIP)")
    r.bold = True
    r.font.size = Pt(15)
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER

    rows = [
        ("H", "DEL 1 – UPPGIFTER OM DEN ENSKILDE OCH MÖTET"),
        ("Namn", "Alva"),
        ("Personnummer", "XXXXXX-XXXX"),
        ("Datum för SIP-mötet", "2025-03-04"),
        ("Plats", "Socialförvaltningen, Hallstahammar, samtalsrum 2"),
        ("H", "DEL 2 – DELTAGARE"),
        ("Deltagare (namn, funktion, verksamhet)",
         "Alva\nEmelie, LSS-handläggare, Socialförvaltningen Hallstahammar\n"
         "Jimmy, kontaktperson på Daglig verksamhet Verkstan, Hallstahammars kommun\n"
         "Sofia, kurator, Habiliteringen Västmanland, vuxenhab Västerås\n"
         "Robert, arbetsterapeut, Habiliteringen Västmanland, vuxenhab Västerås\n"
         "Nadia, sjuksköterska, Vårdcentralen Hallstahammar"),
        ("H", "DEL 3 – SITUATION, SYFTE OCH FRÅGESTÄLLNINGAR"),
        ("Nuvarande situation",
         "Alva är 19 år och har autism och en lindrig intellektuell funktionsnedsättning. Hon gick ut "
         "gymnasiesärskolan i juni 2024 och har sedan september daglig verksamhet på Verkstan, fyra "
         "dagar i veckan. Hon bor kvar hemma men har ansökt om bostad med särskild service. Under "
         "vintern har hon haft svårt att ta sig till verksamheten, sover dåligt och har gått ner i "
         "vikt. Hon har blivit mer orolig när rutiner ändras och har haft utbrott på bussen."),
        ("Syfte med SIP", "Samordning."),
        ("Frågeställningar inför mötet", ""),
        ("H", "DEL 4 – DEN ENSKILDES MÅL OCH DELAKTIGHET"),
        ("Den enskildes mål",
         "Målet är att Alva ska komma till dagliga verksamheten fyra dagar i veckan och ha en "
         "fungerande sömn."),
        ("Den enskildes delaktighet / synpunkter",
         "Alva deltog på mötet tillsammans med Jimmy från Verkstan. Hon berättade att hon trivs på "
         "Verkstan, särskilt med att sortera i lagret, men att bussen är jobbig när den är full och "
         "att hon blir rädd när det är en ny chaufför. Hon vill inte ha fler personer som kommer hem "
         "till henne. Hon vill ha det skriftligt vad som ska hända."),
        ("Samtycke",
         "Får vi prata med varandra om dig? – Ja, sa du på mötet 2025-03-04. Gäller de verksamheter "
         "som är med i planen."),
        ("H", "DEL 5 – INSATSER"),
        ("Kommunens insatser (vad, vem, när)",
         "• LSS-handläggaren utreder ansökan om bostad med särskild service enligt LSS 9 § 9, "
         "beslut senast 2025-04-30.\n"
         "• LSS-handläggaren utreder ansökan om ledsagare/resestöd till och från Verkstan, "
         "beslut senast 2025-03-21.\n"
         "• Daglig verksamhet Verkstan: Jimmy gör ett bildstöd för veckan och skickar hem det "
         "varje fredag från 2025-03-07."),
        ("Regionens insatser (vad, vem, när)",
         "• Arbetsterapeut, Habiliteringen Västmanland: bedömning av hjälpmedel för tidshållning "
         "och sömn (tyngdtäcke, timer), hembesök 2025-03-18.\n"
         "• Kurator, Habiliteringen Västmanland: samtal om oro och strategier på bussen, "
         "sex tillfällen från v. 12.\n"
         "• Regionen: provtagning och viktkontroll."),
        ("Andra aktörers insatser (t.ex. FK, god man, anhöriga)", ""),
        ("H", "DEL 6 – ANSVAR OCH UPPFÖLJNING"),
        ("Huvudansvarig för planen", "Hallstahammars kommun"),
        ("Datum för uppföljning", ""),
        ("Planen upprättad av", "Emelie, LSS-handläggare, 2025-03-05"),
    ]
    tbl = doc.add_table(rows=len(rows), cols=2)
    tbl.style = "Table Grid"
    for i, (lab, val) in enumerate(rows):
        if lab == "H":
            c = tbl.cell(i, 0).merge(tbl.cell(i, 1))
            cell_text(c, val, bold=True, size=10)
            shade(c, "C9D9EA")
        else:
            a, b = tbl.cell(i, 0), tbl.cell(i, 1)
            cell_text(a, lab, bold=True, size=9.5)
            shade(a, "F2F2F2")
            cell_text(b, val, size=10)
    tbl.autofit = False
    tbl.columns[0].width = Cm(5.4)
    tbl.columns[1].width = Cm(11.6)
    for i, (lab, val) in enumerate(rows):
        if lab == "H":
            tbl.cell(i, 0).width = Cm(17)
        else:
            tbl.cell(i, 0).width = Cm(5.4)
            tbl.cell(i, 1).width = Cm(11.6)
    tmpdir = tempfile.mkdtemp(prefix="f16a-06-")
    src = os.path.join(tmpdir, "SIP_Alva_2025-03-04.docx")
    doc.save(src)
    to_pdf(src, path(6, "pdf"))
    shutil.rmtree(tmpdir, ignore_errors=True)


# ---------------------------------------------------------------------------
# 07  Word follow-up plan — Surahammar, after psychiatric inpatient care
# ---------------------------------------------------------------------------
def plan07():
    doc = Document()
    fixed_core(doc, "Uppföljning av SIP", "Vuxenpsykiatrin")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    hp = sec.header.paragraphs[0]
    hp.text = "Region Västmanland / Surahammars kommun – SIP"
    hp.runs[0].font.size = Pt(8)

    doc.add_heading("Uppföljning av SIP", level=1)
    meta = [("Namn:", "Peter"), ("Personnummer:", "ÅÅMMDD-XXXX"),
            ("Datum för uppföljningen:", "2024-11-12"),
            ("Plats:", "Träffpunkten, Surahammar"),
            ("Ursprunglig SIP upprättad:", "2024-08-27")]
    for a, b in meta:
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(a + " ")
        r.bold = True
        p.add_run(b)

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    p.add_run("Närvarande: ").bold = True
    p.add_run("Peter, Annika, Jonas, Leila, Mats")

    p = doc.add_paragraph()
    p.add_run("Syfte: ").bold = True
    p.add_run("Se tidigare plan.")

    p = doc.add_paragraph()
    p.add_run("Frågor till dagens möte: ").bold = True
    p.add_run("Behöver boendestödet utökas nu när Peter börjat gå på träfflokalen? Ska medicinen "
              "fortsätta delas i dosett eller kan Peter sköta den själv? Vad händer med hans "
              "ekonomi när sjukpenningen tar slut i januari?")

    p = doc.add_paragraph()
    p.add_run("Peters mål: ").bold = True
    p.add_run("Oförändrat.")

    p = doc.add_paragraph()
    p.add_run("Samtycke: ").bold = True
    p.add_run("Finns sedan tidigare.")

    doc.add_heading("Insatser", level=2)
    rows = [
        ("Insats", "Hur har det gått?", "Fortsätter/avslutas"),
        ("Boendestöd 2 ggr/vecka (städning, inköp, post)",
         "Har fungerat bra. Peter har tagit emot besöken, lägenheten är i ordning och räkningarna "
         "är betalda för oktober.", "Fortsätter"),
        ("Depotinjektion var tredje vecka",
         "Peter har kommit till alla tider utom en som flyttades. Inga nya inläggningar sedan "
         "utskrivningen i augusti.", "Fortsätter"),
        ("Medicindelning i dosett en gång i veckan",
         "Fungerar. Diskuterades på mötet, beslut att vänta med förändring till efter jul.", "Fortsätter"),
        ("Sysselsättning på träfflokal",
         "Peter har börjat gå dit på tisdagar och ibland torsdagar.",
         "Fortsätter"),
        ("Samtal om tidiga varningstecken / krisplan",
         "Krisplanen är klar och finns hemma hos Peter.", "Avslutas"),
        ("Stöd att ansöka om bostadstillägg", "Ansökan är inskickad och beviljad.", "Avslutas"),
    ]
    tbl = doc.add_table(rows=len(rows), cols=3)
    tbl.style = "Light Grid Accent 1"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            cell_text(tbl.cell(i, j), v, bold=(i == 0), size=10)
    repeat_header(tbl.rows[0])

    doc.add_heading("Övrigt", level=2)
    doc.add_paragraph("FK är informerade om att sjukpenningen upphör i januari. God man finns.")

    p = doc.add_paragraph()
    p.add_run("Huvudansvar: ").bold = True
    p.add_run("Vuxenpsykiatrin")

    p = doc.add_paragraph()
    p.add_run("Nästa uppföljning: ").bold = True
    p.add_run("–")

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(14)
    p.add_run("Antecknat av Jonas, 2024-11-12").italic = True
    doc.save(path(7, "docx"))


# ---------------------------------------------------------------------------
# 08  Almost empty printed template, exported as text — Norberg
# ---------------------------------------------------------------------------
PLAN08 = """======================================================================
                SAMORDNAD INDIVIDUELL PLAN (SIP)
        Norbergs kommun / Region Västmanland – gemensam blankett
======================================================================

Namn: B.                               Personnummer: ÅÅMMDD-XXXX
Datum för mötet: 2024-06-05            Plats: Vårdcentralen Norberg

----------------------------------------------------------------------
1. Deltagare
   (namn, funktion och verksamhet)
----------------------------------------------------------------------
Birgitta, Lasse, Anneli, Göran


----------------------------------------------------------------------
2. Den enskildes
   delaktighet
----------------------------------------------------------------------
   ☐ Den enskilde deltog i mötet
   ☐ Den enskilde deltog inte, orsak: ______________________________
   Den enskildes synpunkter
   (vad tycker personen själv?):



----------------------------------------------------------------------
3. Samtycke
   (till SIP och informationsöverföring)
----------------------------------------------------------------------
   ☐ Muntligt     ☐ Skriftligt     Datum: ÅÅÅÅ-MM-DD
   ☐ Samtycke gäller även närstående: ______________________________


----------------------------------------------------------------------
4. Syfte med
   planen
----------------------------------------------------------------------



----------------------------------------------------------------------
5. Frågeställningar
   (vad ska mötet ta ställning till?)
----------------------------------------------------------------------



----------------------------------------------------------------------
6. Den enskildes mål
   (med egna ord)
----------------------------------------------------------------------



----------------------------------------------------------------------
7. Insatser
   (vad ska göras, av vem och när?)
----------------------------------------------------------------------
Insats                          Ansvarig                    När
------------------------------  --------------------------  ----------
Fortsatt kontakt
Stöd vid behov


----------------------------------------------------------------------
8. Andra aktörers insatser
   (t.ex. Försäkringskassan, god man, närstående)
----------------------------------------------------------------------



----------------------------------------------------------------------
9. Huvudansvarig
   (namn, funktion, verksamhet)
----------------------------------------------------------------------



----------------------------------------------------------------------
10. Uppföljning
    (datum, tid, plats)
----------------------------------------------------------------------
Vid behov


----------------------------------------------------------------------
Underskrift den enskilde / vårdnadshavare:

.......................................   Datum: ..................

Planen upprättad av:

.......................................   Datum: ..................
======================================================================
"""


def plan08():
    with open(path(8, "txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(PLAN08)


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
    print("done:", sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()
