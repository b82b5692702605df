#!/usr/bin/env python3
"""Generate the f46b- batch of fictional, anonymized SIP plans into plans/.

Deterministic: fixed dates and texts, no randomness. Calls LibreOffice (soffice)
with a private profile for the HTML -> PDF conversion of f46b-06.
"""
import os
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
OUT = HERE / "plans"
PREFIX = "f46b"
LO_PROFILE = "file:///tmp/lo-f46b"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

# Fixed core-properties date so the .docx files are the same on every run
import datetime as _dt
FIXED_DT = _dt.datetime(2025, 3, 1, 8, 0, 0)


def fname(n, ext):
    return OUT / f"{PREFIX}-{n:02d}.{ext}"


def fix_core(doc, author):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    cp.title = ""


def set_repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def set_grid(table, widths):
    """Write column widths into w:tblGrid too (LibreOffice reads the grid)."""
    table.autofit = False
    for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    return p


def add_page_number_field(paragraph):
    """Insert a PAGE field into a paragraph (footer)."""
    r = paragraph.add_run()
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r._r.append(b)
    r2 = paragraph.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r2._r.append(it)
    r3 = paragraph.add_run()
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r3._r.append(e)


def normalize_docx(path):
    """Rewrite the zip with fixed timestamps so the bytes are stable between runs."""
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 3, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    tmp.replace(path)


def save_docx(doc, path):
    doc.save(path)
    normalize_docx(path)


# ---------------------------------------------------------------------------
# 01  School-initiated SIP (docx), 15-year-old with self-harm, Norrköping
# ---------------------------------------------------------------------------
def plan01():
    doc = Document()
    fix_core(doc, "Elevhälsan Kvarnbackaskolan")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)

    hp = sec.header.paragraphs[0]
    hr = hp.add_run("Kvarnbackaskolan – Elevhälsan")
    hr.bold = True
    hp.add_run("\tNorrköpings kommun, Utbildningsförvaltningen")
    hp2 = sec.header.add_paragraph("Sekretess enligt OSL 23 kap. 2 §")
    hp2.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.add_run("Sida ")
    add_page_number_field(fp)

    def head(text):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.space_after = Pt(2)
        r = p.add_run(text)
        r.bold = True
        return p

    t = doc.add_paragraph()
    r = t.add_run("Samordnad individuell plan – SIP")
    r.bold = True
    r.font.size = Pt(16)

    p = doc.add_paragraph()
    p.add_run("Elev: ").bold = True
    p.add_run("Ella, åk 9B, ÅÅMMDD-XXXX\n")
    p.add_run("Datum för mötet: ").bold = True
    p.add_run("2024-10-15, kl. 13.00–14.30\n")
    p.add_run("Plats: ").bold = True
    p.add_run("Kvarnbackaskolan, elevhälsans konferensrum")

    head("Deltagare")
    for line in [
        "Ella, elev åk 9",
        "Annika, mamma (vårdnadshavare)",
        "Lina, kurator, Kvarnbackaskolan",
        "Petra, skolsköterska, Kvarnbackaskolan",
        "Anders, mentor åk 9B, Kvarnbackaskolan",
        "Sofie, psykolog, BUP Norrköping, Region Östergötland",
        "Hanna, socialsekreterare, IFO Barn och unga, Norrköpings kommun",
    ]:
        doc.add_paragraph(line, style="List Bullet")
    doc.add_paragraph(
        "Pappa Mattias kunde inte komma men har fått information av Annika."
    )

    head("Bakgrund")
    doc.add_paragraph(
        "Ella går i åk 9. Under våren i åk 8 ökade frånvaron och i augusti berättade "
        "Ella för skolsköterskan att hon skär sig på armarna och låren, oftast på "
        "kvällarna. Skolan gjorde en orosanmälan till socialtjänsten 2024-09-04 och "
        "Ella har sedan dess en pågående utredning hos IFO Barn och unga. Ella har "
        "haft kontakt med BUP Norrköping sedan slutet av augusti och träffar "
        "psykolog varannan vecka. Frånvaron är nu ca 30 %, mest första lektionen "
        "på morgonen och idrotten. Ella har F i två ämnen och riskerar att inte bli "
        "behörig till gymnasiet."
    )

    head("Syfte med SIP")
    doc.add_paragraph(
        "Syftet är att skolan, BUP och socialtjänsten ska ha en gemensam plan för hur "
        "Ella får stöd när hon mår dåligt under skoldagen, så att risken för "
        "självskada minskar och hon kan gå i skolan och bli behörig till gymnasiet."
    )

    head("Frågor till mötet")
    doc.add_paragraph(
        "Hur ska personalen på skolan agera om Ella berättar att hon har skadat sig "
        "under skoldagen, och vem ska kontaktas?", style="List Number")
    doc.add_paragraph(
        "Kan Ella få anpassad studiegång i idrott och hälsa under hösten?",
        style="List Number")
    doc.add_paragraph(
        "Hur kan BUP-tiderna läggas så att Ella inte missar samma lektion varje gång?",
        style="List Number")

    head("Ellas och mammas synpunkter")
    doc.add_paragraph(
        "Ella var med under hela mötet tillsammans med mamma. Ella berättade att "
        "morgnarna är jobbigast och att hon inte vill att alla lärare ska veta om "
        "självskadan. Hon vill ha en vuxen på skolan som hon kan gå till när det blir "
        "för mycket, och helst inte behöva sitta i klassrummet då. Mamma önskar att "
        "skolan hör av sig samma dag om något händer."
    )

    head("Mål")
    doc.add_paragraph(
        "Målet är att Ella ska må bättre, att självskadandet ska minska och att hon "
        "ska klara godkända betyg i alla ämnen till sommaren."
    )

    head("Vem gör vad")
    rows = [
        ("Insats / åtgärd", "Ansvarig", "Klart senast"),
        ("Fast samtalskontakt på skolan, samtal varje tisdag kl. 8.15 och möjlighet "
         "att gå till kurators rum när det blir för mycket under dagen",
         "Kurator Lina, elevhälsan Kvarnbackaskolan", "2024-10-22"),
        ("Skriftlig rutin för hur personalen gör vid självskada under skoldagen; "
         "gås igenom med Ellas lärare (inte hela arbetslaget)",
         "Skolsköterska Petra, elevhälsan", "2024-11-01"),
        ("Anpassad studiegång i idrott och hälsa, studiepass i studion i stället, "
         "samt extra stöd i matematik och engelska två pass/vecka",
         "Mentor Anders och rektor, Kvarnbackaskolan", "2024-10-28"),
        ("Individuell behandling (KBT med DBT-färdigheter) varannan vecka; "
         "BUP-tider läggs på onsdagar eftermiddag",
         "Psykolog Sofie, BUP Norrköping", "2024-10-30"),
        ("Utredningen avslutas och familjen erbjuds ev. stöd/insats från "
         "socialtjänsten", "Socialsekreterare Hanna, IFO Barn och unga", ""),
    ]
    tbl = doc.add_table(rows=len(rows), cols=3)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(9.0), Cm(5.0), Cm(2.6)]
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = tbl.rows[i].cells[j]
            c.width = widths[j]
            cell_text(c, val, bold=(i == 0), size=10)
            if i == 0:
                shade(c, "D9E2F3")
    set_repeat_header(tbl.rows[0])
    set_grid(tbl, widths)

    head("Huvudansvar")
    doc.add_paragraph("Elevhälsan på Kvarnbackaskolan har huvudansvaret för planen.")

    head("Övrigt")
    doc.add_paragraph(
        "Föräldrarna och mormor är ett viktigt stöd runt Ella. Ella har också en "
        "kompis i klassen som hon litar på."
    )

    head("Uppföljning")
    doc.add_paragraph("Uppföljning vecka 49. Kallelse skickas ut av skolan.")

    save_docx(doc, fname(1, "docx"))


# ---------------------------------------------------------------------------
# 02  Municipal elderly-care form print (fpdf2), Kalmar
# ---------------------------------------------------------------------------
class ElderForm(FPDF):
    def header(self):
        self.set_font("DV", "B", 10)
        self.cell(100, 6, "Vård- och omsorgsförvaltningen", new_x="RIGHT", new_y="TOP")
        self.set_font("DV", "", 8)
        self.cell(0, 6, f"Utskrivet 2025-01-28 09:14    Sida {self.page_no()} ({{nb}})",
                  align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_font("DV", "", 8)
        self.cell(100, 4, "Kalmar kommun – Äldreomsorg", new_x="RIGHT", new_y="TOP")
        self.cell(0, 4, "Dokument: SIP Äldreomsorg v2.3", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(0)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(4)

    def footer(self):
        self.set_y(-12)
        self.set_font("DV", "", 7)
        self.cell(0, 5, "Handlingen innehåller uppgifter som omfattas av sekretess "
                  "enligt OSL 26 kap. 1 §", align="C")


def plan02():
    pdf = ElderForm(format="A4")
    pdf.set_creation_date(FIXED_DT)
    pdf.add_font("DV", "", FONT)
    pdf.add_font("DV", "B", FONT_B)
    pdf.set_margins(15, 12, 15)
    pdf.set_auto_page_break(True, 18)
    pdf.alias_nb_pages()
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin

    pdf.set_font("DV", "B", 14)
    pdf.cell(0, 8, "SIP – Samordnad individuell plan", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 8)
    pdf.cell(0, 4, "Enligt SoL 2 kap. 7 § och HSL 16 kap. 4 §. Fyll i samtliga fält.",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)

    def label(txt):
        pdf.set_font("DV", "B", 8)
        pdf.cell(0, 5, txt, new_x="LMARGIN", new_y="NEXT")

    def box(txt, min_h=8):
        pdf.set_font("DV", "", 9)
        x, y = pdf.get_x(), pdf.get_y()
        if txt:
            pdf.multi_cell(W, 5, txt, border=0, padding=(1.5, 2, 1.5, 2), align="L",
                           new_x="LMARGIN", new_y="NEXT")
        h = max(pdf.get_y() - y, min_h)
        pdf.rect(x, y, W, h)
        pdf.set_xy(x, y + h)
        pdf.ln(2)

    def pair_row(items):
        # items: list of (label, value, width)
        pdf.set_font("DV", "B", 8)
        for lab, _, w in items:
            pdf.cell(w, 5, lab, new_x="RIGHT", new_y="TOP")
        pdf.ln(5)
        pdf.set_font("DV", "", 9)
        for _, val, w in items:
            pdf.cell(w, 7, " " + val, border=1, new_x="RIGHT", new_y="TOP")
        pdf.ln(9)

    pair_row([("Namn", "Margit", W * 0.4), ("Personnummer", "ÅÅMMDD-XXXX", W * 0.3),
              ("Mötesdatum", "2025-01-27", W * 0.3)])
    pair_row([("Vistelseadress just nu", "Korttidsboendet Lindö, Kalmar", W * 0.5),
              ("Bostad", "Egen lägenhet, Berga, Kalmar", W * 0.5)])

    label("Bakgrund / aktuell situation")
    box("Margit, 86 år, bor ensam i lägenhet på tredje våningen med hiss. Vårdades på "
        "medicinkliniken, Länssjukhuset Kalmar, i december 2024 för försämrad "
        "hjärtsvikt och föll i hemmet strax innan. Sedan 2025-01-08 på korttidsboende "
        "Lindö. Lätt kognitiv svikt, minnesutredning påbörjad på Vårdcentralen Berga. "
        "Har tidigare klarat sig utan hemtjänst. Går med rollator inomhus, osäker vid "
        "förflyttning. Ödem i benen, viktkontroll behövs.")

    label("Syfte med SIP")
    box("Samordning av insatser.")

    label("Frågeställningar inför mötet")
    box("Gå igenom situationen.")

    label("Den enskilde deltog i mötet")
    pdf.set_font("DV", "", 9)
    pdf.cell(0, 6, "☐ Ja      ☒ Nej      ☐ Genom ombud/närstående",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    label("Den enskildes synpunkter och önskemål")
    box("")

    label("Mål")
    box("Målet är att Margit ska kunna flytta hem till sin lägenhet och bo kvar där "
        "med stöd av hemtjänst och hemsjukvård.")

    label("Aktuella insatser (kryssa)")
    pdf.set_font("DV", "", 9)
    grid = [
        ["☒ Hemtjänst", "☐ Trygghetslarm", "☒ Matdistribution"],
        ["☐ Dagverksamhet", "☒ Hemsjukvård", "☐ Korttidsboende"],
        ["☒ Rehabilitering i hemmet", "☐ Bostadsanpassning", "☐ Ledsagning"],
        ["☐ Avlösning", "☐ Särskilt boende", "☐ Annat: ____________"],
    ]
    x0 = pdf.get_x()
    y0 = pdf.get_y()
    for row in grid:
        for item in row:
            pdf.cell(W / 3, 6.5, " " + item, border=1, new_x="RIGHT", new_y="TOP")
        pdf.ln(6.5)
    pdf.ln(2)

    label("Insatser – vad, vem och när")
    cols = [W * 0.46, W * 0.34, W * 0.20]
    headers = ["Insats", "Ansvarig verksamhet / funktion", "Från / senast"]
    rows = [
        ("Hemtjänst morgon och kväll: hjälp med dusch, påklädning, frukost och "
         "kvällsmål", "Hemtjänst Kalmar centrum, gruppledare", "Från 2025-02-03"),
        ("Matdistribution, lunch måndag–fredag",
         "Biståndshandläggare, Myndighetsenheten äldreomsorg", "Från 2025-02-03"),
        ("Läkemedel via Apodos, hemsjukvården ger läkemedel kväll och kontrollerar "
         "vikt två gånger i veckan", "Distriktssköterska, Hemsjukvården Kalmar kommun",
         "Från 2025-02-03"),
        ("Hembesök av arbetsterapeut: bedömning av hjälpmedel (duschpall, "
         "toalettförhöjning) och förflyttningar", "Arbetsterapeut, Rehabenheten Kalmar "
         "kommun", "Senast 2025-02-07"),
        ("Läkemedelsgenomgång och uppföljning av hjärtsvikt",
         "Distriktsläkare, Vårdcentralen Berga", "2025-02-20"),
    ]

    def table_header():
        pdf.set_font("DV", "B", 8)
        pdf.set_fill_color(225, 225, 225)
        for w, h in zip(cols, headers):
            pdf.cell(w, 6, " " + h, border=1, fill=True, new_x="RIGHT", new_y="TOP")
        pdf.ln(6)

    table_header()
    pdf.set_font("DV", "", 8.5)
    line_h = 4.5
    for row in rows:
        # compute height
        heights = []
        for w, val in zip(cols, row):
            lines = pdf.multi_cell(w, line_h, val, dry_run=True, output="LINES", align="L",
                                   padding=(1, 1.5, 1, 1.5))
            heights.append(len(lines) * line_h + 2)
        h = max(heights)
        if pdf.get_y() + h > pdf.page_break_trigger:
            pdf.add_page()
            table_header()
            pdf.set_font("DV", "", 8.5)
        x, y = pdf.get_x(), pdf.get_y()
        for w, val in zip(cols, row):
            pdf.set_xy(x, y)
            pdf.multi_cell(w, line_h, val, border=0, padding=(1, 1.5, 1, 1.5), align="L")
            pdf.rect(x, y, w, h)
            x += w
        pdf.set_xy(pdf.l_margin, y + h)
    pdf.ln(3)

    label("Samtycke till SIP")
    pdf.set_font("DV", "", 9)
    pdf.cell(0, 6, "☒ Muntligt   ☐ Skriftligt      Datum: 2025-01-20      "
             "Inhämtat av: biståndshandläggare", border=1,
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)

    label("Huvudansvarig för planen (namn, funktion, verksamhet)")
    box("")

    label("Övriga aktörer och deras insatser (t.ex. närstående, god man, "
          "Försäkringskassan)")
    box("")

    label("Uppföljning (datum)")
    box("Om ca 3 mån, v. 17")

    # Signature block
    if pdf.get_y() > 200:
        pdf.add_page()
    pdf.ln(2)
    pdf.set_font("DV", "B", 10)
    pdf.cell(0, 7, "Deltagare och underskrifter", new_x="LMARGIN", new_y="NEXT")
    scols = [W * 0.16, W * 0.24, W * 0.38, W * 0.22]
    sh = ["Namn", "Funktion", "Verksamhet", "Underskrift"]
    pdf.set_font("DV", "B", 8)
    for w, h in zip(scols, sh):
        pdf.cell(w, 6, " " + h, border=1, fill=True, new_x="RIGHT", new_y="TOP")
    pdf.ln(6)
    pdf.set_font("DV", "", 8.5)
    people = [
        ("Eva", "Biståndshandläggare", "Myndighetsenheten äldreomsorg, Kalmar kommun"),
        ("Marie", "Gruppledare", "Hemtjänst Kalmar centrum, Kalmar kommun"),
        ("Jenny", "Distriktssköterska", "Hemsjukvården, Kalmar kommun"),
        ("Amir", "Arbetsterapeut", "Rehabenheten, Kalmar kommun"),
        ("Helena", "Sjuksköterska", "Korttidsboendet Lindö, Kalmar kommun"),
        ("Lars", "Distriktsläkare", "Vårdcentralen Berga, Region Kalmar län"),
    ]
    for p_ in people:
        for w, v in zip(scols, list(p_) + [""]):
            pdf.cell(w, 9, " " + v, border=1, new_x="RIGHT", new_y="TOP")
        pdf.ln(9)
    pdf.ln(3)
    pdf.set_font("DV", "", 8)
    pdf.cell(0, 5, "Planen har skickats till samtliga deltagare 2025-01-28.",
             new_x="LMARGIN", new_y="NEXT")

    pdf.output(str(fname(2, "pdf")))


# ---------------------------------------------------------------------------
# 03  Markdown, personal assistance coordinator, spinal cord injury, Östersund
# ---------------------------------------------------------------------------
PLAN03 = """# SIP – samordnad individuell plan för Johan

**Datum:** 2025-02-12, kl. 10.00–11.30
**Plats:** Johans hem, Odenskog, Östersund
**Upprättad av:** samordnare för personlig assistans, Östersunds kommun

## Deltagare

- Johan
- Maria
- Henrik
- Sofia
- Erik
- Lena

## Syfte

Syftet med planen är att Johan ska kunna bo kvar i sin lägenhet och börja studera
igen, och att assistansen, rehabiliteringen och Försäkringskassans handläggning
hänger ihop så att Johan inte står utan tillräcklig assistans medan ansökan om
fler timmar utreds.

## Nuläge

- Johan är 34 år och har en ryggmärgsskada (tetraplegi, nivå C6) efter en
  MC-olycka i juni 2023. Han var inskriven på rehabiliteringsmedicin, Östersunds
  sjukhus, till i oktober 2023 och har bott hemma med personlig assistans sedan dess.
- Johan har assistansersättning från FK med 98 timmar/vecka. Östersunds kommun är
  assistansanordnare.
- Morgonrutinen (förflyttning, hygien, tarmrutin) tar 2–2,5 timmar och kräver två
  personer vid förflyttning med lift. I dag löses det genom att Johans syster Lena
  kommer på morgonen tre dagar i veckan, vilket hon inte orkar fortsätta med.
- Den manuella rullstolen är sliten och Johan har fått ont i axlarna.
- Hög personalomsättning i assistansgruppen under hösten, fyra nya assistenter sedan
  september.

## Johans egna ord

> Jag vill klara mig själv så mycket det går och komma tillbaka till högskolan i
> höst. Jag vill inte att det ska vara min syster som håller ihop morgnarna, och
> jag vill inte ha nya assistenter varje månad.

Johan var med på hela mötet, som hölls hemma hos honom efter hans önskemål. Han
tycker att rehabträningen har gett mycket men vill träna på förmiddagar, inte
efter lunch när han är trött.

## Samtycke

Samtycke finns.

## Insatser – vem gör vad och när

- **Dubbelbemanning vid morgonrutinen** kl. 07–09 alla dagar; schemat ändras och
  två ordinarie assistenter introduceras – *samordnare personlig assistans,
  Östersunds kommun* – från 2025-03-01.
- **Fast assistentgrupp**: rekrytering av två assistenter på tillsvidareanställning
  så att Johan har högst sex ordinarie assistenter – *samordnare personlig
  assistans, Östersunds kommun* – klart senast 2025-04-30.
- **Bedömning av eldriven rullstol och ny lift/takmotor**, hembesök –
  *arbetsterapeut, Rehabiliteringsmedicin, Östersunds sjukhus (Region Jämtland
  Härjedalen)* – senast 2025-03-14.
- **Intensivträning** för axlar och bål, 2 ggr/vecka på förmiddagar under 8 veckor
  – *fysioterapeut, Rehabiliteringsmedicin, Östersunds sjukhus* – start 2025-03-10.
- **Läkarintyg** till FK som beskriver behovet av två personer vid förflyttning –
  *läkare, Rehabiliteringsmedicin, Östersunds sjukhus* – skickas senast 2025-02-21.
- **Bostadsanpassning** (automatisk dörröppnare och ramp till förrådet) –
  handläggs av *bostadsanpassningshandläggare, Samhällsbyggnad Östersunds kommun* –
  beslut senast 2025-04-15 efter att Johan har ansökt.

## Andra aktörer

- **Försäkringskassan**: handläggaren utreder Johans ansökan om utökad
  assistansersättning (dubbelbemanning morgon). Beslut beräknat i april 2025;
  handläggaren har lovat att höra av sig till Johan senast 2025-03-31 om det
  behövs mer underlag.
- **Johan själv**: skickar in ansökan om bostadsanpassning senast 2025-02-28 (med
  hjälp av assistent) och kontaktar studievägledningen på Mittuniversitetet om
  återstart av utbildningen till hösten, senast 2025-03-31.
- **Lena (syster)**: fortsätter komma på morgonen tisdag och torsdag fram till
  2025-03-01, därefter inte längre.

## Huvudansvar

Östersunds kommun.

## Uppföljning

Nästa SIP-möte 2025-05-20 kl. 13.30 hemma hos Johan.
"""


def plan03():
    fname(3, "md").write_text(PLAN03, encoding="utf-8")


# ---------------------------------------------------------------------------
# 04  Social services journal export (txt, UTF-8, CRLF), Motala
# ---------------------------------------------------------------------------
PLAN04_ENTRIES = [
    ("2025-03-18", "Lena, socialsekreterare, IFO Vuxen Motala",
     "Telefonsamtal",
     "Försökt nå K. per telefon två gånger under dagen, inget svar. Meddelande "
     "lämnat på telefonsvararen om att han kan ringa undertecknad via växeln."),
    ("2025-03-12", "Lena, socialsekreterare, IFO Vuxen Motala",
     "Telefon från psykiatrin",
     "Ssk på Vuxenpsykiatrin Motala ringer och meddelar att K. har uteblivit från "
     "två bokade besök på mottagningen. Undertecknad informerar om att "
     "K. inte heller kom till SIP-mötet. Ssk tar upp det med ansvarig läkare."),
    ("2025-03-05", "Lena, socialsekreterare, IFO Vuxen Motala",
     "Hembesök ej genomfört",
     "Bokat hembesök kl. 10.00. K. öppnade inte. Lapp lämnad i brevlådan med "
     "önskan om att han ringer undertecknad via växeln."),
    ("2025-02-26", "Lena, socialsekreterare, IFO Vuxen Motala",
     "SIP-möte",
     "Närvarande: kontaktsjuksköterska, boendestödjare, budget- och skuldrådgivare "
     "samt undertecknad. K. kom inte till mötet.\n"
     "Syfte: samordning.\n"
     "Frågeställningar: Hur ska hyresskulden på ca 18 000 kr hanteras så att K. "
     "kan bo kvar i lägenheten? Vem hjälper K. med post och räkningar så att nya "
     "skulder inte uppstår?\n"
     "Bakgrund: K. har schizofreni och har under hösten varit försämrad med "
     "avbrott i medicineringen. Hyran har inte betalats sedan november och det "
     "finns en risk att han förlorar bostaden.\n"
     "Målet är att K. ska kunna bo kvar i lägenheten och få ordning på sin "
     "ekonomi.\n"
     "Överenskommet:\n"
     "- Psykiatrin fortsätter kontakten som tidigare.\n"
     "- IFO ger fortsatt stöd.\n"
     "- Stöd kring ekonomin vid behov.\n"
     "Ansvar: regionen respektive kommunen."),
    ("2025-02-18", "Lena, socialsekreterare, IFO Vuxen Motala",
     "Kallelse SIP",
     "Kallelse till SIP-möte 2025-02-26 kl. 13.00 skickad till berörda. K. "
     "informerad per brev och telefon."),
    ("2025-02-10", "Lena, socialsekreterare, IFO Vuxen Motala",
     "Telefonsamtal med K. – samtycke",
     "Samtal med K. Han ger muntligt samtycke till att en SIP upprättas och att "
     "IFO, Vuxenpsykiatrin Motala och Boendestödet Motala får utbyta information "
     "med varandra inför och under SIP-mötet. Samtycket gäller ett år från "
     "2025-02-10. K. låter trött men svarar adekvat."),
    ("2025-01-29", "Lena, socialsekreterare, IFO Vuxen Motala",
     "Aktualisering",
     "Anmälan från Vuxenpsykiatrin Motala: K., 42 år, känd inom psykiatrin sedan "
     "2008, diagnos schizofreni. Psykiatrin bedömer att K. behöver stöd med "
     "ekonomin och att en SIP behövs. Ärendet aktualiseras. Undertecknad tar "
     "kontakt med K. för att fråga om samtycke."),
]


def wrap(text, width=76):
    out = []
    for para in text.split("\n"):
        words = para.split(" ")
        line = ""
        for w in words:
            if line and len(line) + 1 + len(w) > width:
                out.append(line)
                line = w
            else:
                line = (line + " " + w) if line else w
        out.append(line)
    return out


def plan04():
    lines = [
        "JOURNALUTSKRIFT – INDIVID- OCH FAMILJEOMSORG",
        "Motala kommun, Socialförvaltningen, Vuxenenheten",
        "Utskriftsdatum: 2025-03-19 08:42      Utskriven av: Lena",
        "Personnr: XXXXXX-XXXX      Namn: K.",
        "Urval: Samtliga anteckningar 2025-01-01 -- 2025-03-19 (senaste först)",
        "=" * 76,
        "",
    ]
    for date, sign, rubrik, text in PLAN04_ENTRIES:
        lines.append(f"Datum: {date}    Signerad av: {sign}")
        lines.append(f"Rubrik: {rubrik}")
        lines.extend(wrap(text))
        lines.append("-" * 76)
        lines.append("")
    lines.append("Slut på utskrift. Antal anteckningar: %d" % len(PLAN04_ENTRIES))
    data = "\r\n".join(lines) + "\r\n"
    fname(4, "txt").write_bytes(data.encode("utf-8"))


# ---------------------------------------------------------------------------
# 05  docx with content controls (w:sdt); substance use, children in foster care,
#     Västervik
# ---------------------------------------------------------------------------
PLACEHOLDER = "Klicka eller tryck här för att ange text."
_sdt_id = [500100]


def add_sdt(paragraph, alias, text, placeholder=False, size=10):
    """Append a run-level plain-text content control to a paragraph."""
    _sdt_id[0] += 7
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    a = OxmlElement("w:alias"); a.set(qn("w:val"), alias); pr.append(a)
    t = OxmlElement("w:tag"); t.set(qn("w:val"), alias.lower().replace(" ", "_")); pr.append(t)
    i = OxmlElement("w:id"); i.set(qn("w:val"), str(_sdt_id[0])); pr.append(i)
    if placeholder:
        pr.append(OxmlElement("w:showingPlcHdr"))
    tx = OxmlElement("w:text"); tx.set(qn("w:multiLine"), "1"); pr.append(tx)
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    if placeholder:
        col = OxmlElement("w:color"); col.set(qn("w:val"), "808080"); rpr.append(col)
    sz = OxmlElement("w:sz"); sz.set(qn("w:val"), str(size * 2)); rpr.append(sz)
    r.append(rpr)
    wt = OxmlElement("w:t")
    wt.set(qn("xml:space"), "preserve")
    wt.text = PLACEHOLDER if placeholder else text
    r.append(wt)
    content.append(r)
    sdt.append(content)
    paragraph._p.append(sdt)
    return sdt


def plan05():
    doc = Document()
    fix_core(doc, "Socialförvaltningen Västervik")
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hp.add_run("Västerviks kommun\tSocialförvaltningen\tSIP – blankett 2024")
    hp.runs[0].font.size = Pt(8)

    h = doc.add_paragraph()
    r = h.add_run("SAMORDNAD INDIVIDUELL PLAN (SIP)")
    r.bold = True
    r.font.size = Pt(15)
    doc.add_paragraph("Västerviks kommun och Region Kalmar län").runs[0].italic = True

    fields = [
        ("Namn", "Sanna", False),
        ("Personnummer", "ÅÅMMDD-XXXX", False),
        ("Datum för mötet", "2025-02-13", False),
        ("Plats", "Socialkontoret, Västervik", False),
        ("Deltagare", "Sanna, Johanna, Per, Emelie, Karin, Mikael", False),
        ("Syfte med SIP", "Samordning av insatser.", False),
        ("Frågeställningar inför mötet", "", True),
        ("Bakgrund", "Sanna, 31 år, har ett beroende av amfetamin och alkohol sedan "
         "tonåren. Hennes två barn (6 och 9 år) placerades i familjehem i juni 2024 "
         "enligt LVU. Sanna har varit på behandlingshem hösten 2024 och bor nu i "
         "en träningslägenhet genom socialtjänsten. Hon har haft ett återfall i "
         "januari. Umgänget med barnen har varit oregelbundet.", False),
        ("Den enskildes mål (med egna ord)", "”Jag vill vara drogfri och få träffa "
         "Alva och Noah varje vecka. Till sommaren vill jag ha ett eget boende där "
         "barnen kan sova över.”", False),
        ("Den enskildes synpunkter", "Sanna deltog på hela mötet. Hon tycker att "
         "umgänget fungerar bäst på lördagar och vill inte byta behandlare på "
         "beroendemottagningen. Hon vill själv vara med när barnens socialsekreterare "
         "pratar med familjehemmet om umgänget.", False),
        ("Samtycke", "Samtycke finns.", False),
    ]
    tbl = doc.add_table(rows=len(fields), cols=2)
    tbl.style = "Table Grid"
    for i, (lab, val, ph) in enumerate(fields):
        c0, c1 = tbl.rows[i].cells
        c0.width = Cm(4.8)
        c1.width = Cm(12.2)
        cell_text(c0, lab, bold=True)
        shade(c0, "EDEDED")
        c1.text = ""
        add_sdt(c1.paragraphs[0], lab, val, placeholder=ph)

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Insatser").bold = True

    mt = doc.add_table(rows=2 + 5, cols=4)
    mt.style = "Table Grid"
    hdr0, hdr1 = mt.rows[0], mt.rows[1]
    a = hdr0.cells[0].merge(hdr0.cells[1])
    cell_text(a, "Insats", bold=True)
    a.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    b = hdr0.cells[2].merge(hdr1.cells[2])
    cell_text(b, "Ansvarig", bold=True)
    c = hdr0.cells[3].merge(hdr1.cells[3])
    cell_text(c, "Start", bold=True)
    cell_text(hdr1.cells[0], "Vad", bold=True)
    cell_text(hdr1.cells[1], "Hur ofta", bold=True)
    widths = [Cm(6.2), Cm(3.0), Cm(5.3), Cm(2.5)]
    for row in (hdr0, hdr1):
        for j, cell in enumerate(row.cells):
            cell.width = widths[j]
        for cell in row.cells:
            shade(cell, "D9D9D9")
        set_repeat_header(row)
    mrows = [
        ("Öppenvårdsbehandling med återfallsprevention (ÅP)", "1 gång/vecka",
         "Behandlare, Beroendemottagningen Västervik", "2025-02-20"),
        ("Drogtester (urinprov), oanmälda", "2 gånger/vecka",
         "Sjuksköterska, Beroendemottagningen Västervik", "2025-02-17"),
        ("Umgänge med barnen med umgängesstöd", "Varannan lördag, 2 tim",
         "Familjehemssekreterare, IFO Barn och familj", "2025-03-01"),
        ("Boendestöd i träningslägenheten: struktur, ekonomi, post", "2 gånger/vecka",
         "Boendestödet, Västerviks kommun", "2025-02-24"),
        ("Läkarbedömning av sömnproblem och ställningstagande till ADHD-utredning",
         "Engångsbesök", "Regionen", ""),
    ]
    widths = [Cm(6.2), Cm(3.0), Cm(5.3), Cm(2.5)]
    for i, vals in enumerate(mrows):
        cells = mt.rows[2 + i].cells
        for j, v in enumerate(vals):
            cells[j].width = widths[j]
            cell_text(cells[j], v)
    set_grid(mt, widths)

    doc.add_paragraph()
    t2 = doc.add_table(rows=2, cols=2)
    t2.style = "Table Grid"
    for i, (lab, val, ph) in enumerate([
        ("Huvudansvarig", "Johanna, socialsekreterare, IFO Vuxen, Västerviks kommun",
         False),
        ("Nästa uppföljning", "", True),
    ]):
        c0, c1 = t2.rows[i].cells
        c0.width = Cm(4.8)
        c1.width = Cm(12.2)
        cell_text(c0, lab, bold=True)
        shade(c0, "EDEDED")
        c1.text = ""
        add_sdt(c1.paragraphs[0], lab, val, placeholder=ph)

    save_docx(doc, fname(5, "docx"))


# ---------------------------------------------------------------------------
# 06  Child-friendly plan (HTML -> PDF via LibreOffice), type 1 diabetes, Krokom
# ---------------------------------------------------------------------------
PLAN06_HTML = """<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Min plan – Wilma</title>
<style>
 body { font-family: 'DejaVu Sans', sans-serif; font-size: 13pt; color: #222; }
 h1 { font-size: 24pt; color: #1d6fa5; margin-bottom: 2pt; }
 h2 { font-size: 18pt; color: #c0392b; margin-top: 16pt; margin-bottom: 4pt; }
 p.small { font-size: 9pt; color: #555; }
 li { margin-bottom: 4pt; }
 .quote { font-size: 15pt; font-style: italic; background: #fff4cc; padding: 6pt; }
</style>
</head>
<body>
<p class="small">Krokoms kommun, Näldens skola och fritids · Region Jämtland Härjedalen,
Barn- och ungdomsmedicin, Östersunds sjukhus · Samordnad individuell plan (SIP)</p>
<h1>Min plan – Wilma, 9 år</h1>
<p>Vi hade möte onsdagen den 5 mars 2025 i skolans bibliotek.</p>

<h2>Varför träffades vi?</h2>
<p>För att samarbeta kring dig.</p>

<h2>Vem var med?</h2>
<ul>
<li>Du och mamma och pappa.</li>
<li>Karin, som är skolsköterska.</li>
<li>Ola, som är din lärare.</li>
<li>Lena, som jobbar på fritids.</li>
<li>Maja, som är diabetessjuksköterska.</li>
</ul>

<h2>Vad vill du?</h2>
<p class="quote">”Jag vill kunna vara med på allt som mina kompisar gör. Och jag vill
åka med på lägerskolan i maj.”</p>

<h2>Vad tycker du?</h2>
<p>Du sa att det känns pinsamt att kolla blodsockret och ta insulin inne i
klassrummet. Du vill hellre gå till skolsköterskans rum. Du vill att Ola påminner
dig tyst, inte så att hela klassen hör.</p>

<h2>Får vi prata med varandra om dig?</h2>
<p>Ja, sa du och mamma och pappa på mötet den 5 mars 2025. Mamma och pappa skrev
också på en samtyckesblankett samma dag.</p>

<h2>Vem hjälper dig?</h2>
<ul>
<li>Karin (skolsköterska) visar alla vuxna i skolan hur din sensor och din
insulinpenna fungerar. Det ska vara klart fredag 21 mars.</li>
<li>Maja från diabetesmottagningen kommer till skolan och har en utbildning för
lärarna och fritidspersonalen onsdag 19 mars.</li>
<li>Ola låter dig gå till skolsköterskans rum när du behöver kolla blodsockret.
Det börjar måndag 10 mars.</li>
<li>Skolköket gör en lista över hur mycket kolhydrater det är i skolmaten varje
vecka. Den första listan kommer måndag 17 mars.</li>
<li>Lena på fritids ska lära sig mer om diabetes och om vad man gör om du får
lågt blodsocker.</li>
<li>Mamma och pappa finns med och stöttar dig.</li>
</ul>

<h2>När ses vi igen?</h2>
<p>Efter sommarlovet, i september, när du har börjat i fyran.</p>

<p class="small">Planen skickas hem till mamma och pappa och till alla som var med
på mötet.</p>
</body>
</html>
"""


def soffice_convert(src, outdir):
    cmd = ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
           "--convert-to", "pdf", "--outdir", str(outdir), str(src)]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=240)


def plan06():
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / f"{PREFIX}-06.html"
        src.write_text(PLAN06_HTML, encoding="utf-8")
        soffice_convert(src, td)
        shutil.move(str(Path(td) / f"{PREFIX}-06.pdf"), str(fname(6, "pdf")))


# ---------------------------------------------------------------------------
# 07  Network meeting minutes in prose (docx), young man, Oskarshamn
# ---------------------------------------------------------------------------
def plan07():
    doc = Document()
    fix_core(doc, "Socialtjänsten Oskarshamn")
    doc.styles["Normal"].font.name = "Times New Roman"
    doc.styles["Normal"].font.size = Pt(12)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Oskarshamns kommun · Socialtjänsten · Ungdomsteamet")
    fp.runs[0].font.size = Pt(8)

    doc.add_heading("Nätverksmöte kring Elias", level=1)
    doc.add_paragraph("Minnesanteckningar, tisdag 2025-03-25 kl. 09.30–11.00, "
                      "socialkontoret i Oskarshamn").runs[0].italic = True

    doc.add_paragraph(
        "Närvarande var Elias (19 år) och hans mamma Carina, Amir, socialsekreterare "
        "på ungdomsteamet, Socialtjänsten Oskarshamn, Therese, sjuksköterska på "
        "Vuxenpsykiatriska mottagningen Oskarshamn, Region Kalmar län, Jon, "
        "behandlare på Öppenvården Oskarshamn (kommunens beroendeöppenvård), och "
        "Linda, arbetskonsulent på Arbetsmarknadsenheten, Oskarshamns kommun. "
        "Amir ledde mötet och skrev anteckningarna."
    )
    doc.add_paragraph(
        "Elias bor hos sin mamma sedan han flyttade hem från ett HVB i höstas. Han "
        "fick diagnosen ADHD 2021 och har förskrivits centralstimulantia, men "
        "medicineringen har varit oregelbunden och han har själv berättat för Jon "
        "att han röker cannabis flera gånger i veckan. Elias har inte fullständiga "
        "gymnasiebetyg och har inte haft någon sysselsättning sedan i augusti. "
        "Han har försörjningsstöd tillsammans med mamma."
    )
    doc.add_paragraph(
        "De frågor som lyftes inför mötet var om Elias kan börja på "
        "Arbetsmarknadsenhetens praktikverksamhet trots att han fortfarande "
        "använder cannabis, och hur förskrivningen av ADHD-medicinen ska hanteras "
        "när psykiatrin kräver drogfria urinprov. Therese berättade att psykiatrin "
        "inte kan fortsätta förskriva centralstimulantia utan provtagning men att "
        "läkaren är beredd att träffa Elias. Linda sa att praktik är möjlig om "
        "Elias samtidigt har kontakt med öppenvården. Jon berättade att Elias "
        "kommit på tre av fyra samtal hittills. Elias var med under hela mötet."
    )
    p = doc.add_paragraph()
    p.add_run("Beslut. ").bold = True
    p.add_run(
        "Therese bokar en tid hos läkare på Vuxenpsykiatriska mottagningen för "
        "genomgång av ADHD-medicineringen senast den 11 april 2025. Jon erbjuder "
        "Elias samtal med återfallsprevention en gång i veckan på Öppenvården, med "
        "start vecka 14. Amir skickar en ansökan om praktikplats till "
        "Arbetsmarknadsenheten. Urinprov lämnas varje vecka. Kontakt med "
        "Arbetsförmedlingen kan bli aktuell längre fram, och Carina finns med som "
        "stöd för Elias."
    )
    doc.add_paragraph(
        "Amir, socialsekreterare på ungdomsteamet, Socialtjänsten Oskarshamn, har "
        "huvudansvaret för att planen hålls ihop och kallar till nya möten."
    )
    doc.add_paragraph(
        "Anteckningarna skickas till alla som var med. Nästa nätverksmöte hålls "
        "den 6 maj 2025 kl. 14.00 på socialkontoret."
    )
    save_docx(doc, fname(7, "docx"))


# ---------------------------------------------------------------------------
# 08  Half-filled county template (docx), young woman with autism, Strömsund
# ---------------------------------------------------------------------------
def plan08():
    doc = Document()
    fix_core(doc, "Strömsunds kommun")
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("Länsgemensam mall – Samordnad individuell plan, Jämtlands län")
    r.font.small_caps = True
    r.font.size = Pt(9)
    hp.add_run("\tRegion Jämtland Härjedalen och länets kommuner, version 2024:1").font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.add_run("Mallen är framtagen i länsgemensam samverkan. Spara ifylld plan i "
               "respektive verksamhets journal.").font.size = Pt(7)

    def guide(text):
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.italic = True
        r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        return p

    doc.add_heading("SIP – Samordnad individuell plan", level=0)

    meta = doc.add_table(rows=3, cols=4)
    meta.style = "Table Grid"
    vals = [("Namn", "Linnea", "Personnummer", "ÅÅMMDD-XXXX"),
            ("Datum för SIP-möte", "2025-01-22", "Plats", "Kommunhuset, Strömsund"),
            ("Typ av möte", "☒ Första SIP   ☐ Uppföljning", "Kommun", "Strömsund")]
    for i, row in enumerate(vals):
        for j, v in enumerate(row):
            cell_text(meta.rows[i].cells[j], v, bold=(j % 2 == 0), size=10)

    doc.add_heading("1. Syfte med SIP", level=1)
    doc.add_paragraph(
        "Linnea har inte orkat gå till sin dagliga verksamhet sedan oktober och har "
        "blivit alltmer isolerad i lägenheten. Syftet är att LSS-handläggningen, "
        "den dagliga verksamheten, boendestödet och psykiatrin gör en gemensam plan "
        "för hur Linnea ska få behandling för sin ångest och stegvis kunna komma "
        "tillbaka till en sysselsättning."
    )

    doc.add_heading("2. Deltagare", level=1)
    dt = doc.add_table(rows=1, cols=3)
    dt.style = "Table Grid"
    for j, h in enumerate(["Namn", "Funktion", "Verksamhet / organisation"]):
        cell_text(dt.rows[0].cells[j], h, bold=True, size=10)
        shade(dt.rows[0].cells[j], "DDEBF7")
    set_repeat_header(dt.rows[0])
    for row in [
        ("Linnea", "Den enskilda", ""),
        ("Malin", "LSS-handläggare", "Myndighetsenheten, Strömsunds kommun"),
        ("Hans", "Gruppledare", "Daglig verksamhet Verkstan, Strömsunds kommun"),
        ("Per", "Boendestödjare", "Boendestödet, Strömsunds kommun"),
        ("Anna", "Sjuksköterska", "Psykiatriska mottagningen Strömsund, Region "
         "Jämtland Härjedalen"),
    ]:
        cells = dt.add_row().cells
        for j, v in enumerate(row):
            cell_text(cells[j], v, size=10)

    doc.add_heading("3. Den enskildes delaktighet och synpunkter", level=1)
    guide("[Ange hur den enskilde har varit delaktig och vad hen själv tycker och "
          "önskar]")

    doc.add_heading("4. Frågeställningar", level=1)
    guide("[Ange de frågor som mötet ska ta ställning till]")

    doc.add_heading("5. Den enskildes mål", level=1)
    guide("[Ange den enskildes mål med egna ord]")

    doc.add_heading("6. Samtycke", level=1)
    doc.add_paragraph("☐ Muntligt   ☐ Skriftligt      Datum: ÅÅÅÅ-MM-DD")

    doc.add_heading("7. Insatser – vem gör vad och när", level=1)
    guide("[Ange insats, ansvarig verksamhet/funktion och tidpunkt]")
    it = doc.add_table(rows=2, cols=4)
    it.style = "Table Grid"
    for j, h in enumerate(["Insats/åtgärd", "Ansvarig verksamhet/funktion",
                           "Start", "Klart senast"]):
        cell_text(it.rows[0].cells[j], h, bold=True, size=10)
        shade(it.rows[0].cells[j], "DDEBF7")
    set_repeat_header(it.rows[0])

    doc.add_heading("8. Andra aktörers insatser", level=1)
    guide("[Ange insatser från t.ex. Försäkringskassan, Arbetsförmedlingen, god man, "
          "närstående eller den enskilde själv. Om det inte finns några, skriv det]")

    doc.add_heading("9. Huvudansvarig för planen", level=1)
    p = doc.add_paragraph("Namn, funktion och verksamhet: ")
    p.add_run("")

    doc.add_heading("10. Uppföljning", level=1)
    p = doc.add_paragraph("Datum för uppföljning: ")
    r = p.add_run("[Ange datum]")
    r.italic = True
    r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)

    save_docx(doc, fname(8, "docx"))


def main():
    OUT.mkdir(exist_ok=True)
    plan01()
    plan02()
    plan03()
    plan04()
    plan05()
    plan06()
    plan07()
    plan08()
    for f in sorted(OUT.iterdir()):
        print(f.name, f.stat().st_size)


if __name__ == "__main__":
    main()
