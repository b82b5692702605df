#!/usr/bin/env python3
"""Generate the f80a batch of fictional SIP documents (Uppsala län, Gotland, Södermanland).

Run with /work/batches/.venv/bin/python generate.py ; writes into plans/.
Deterministic: fixed dates and texts, no randomness.
"""
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor, Emu
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f80a"
LO_PROFILE = "file:///tmp/lo-f80a"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def path(n, ext):
    return os.path.join(OUT, f"{PREFIX}-{n:02d}.{ext}")


# ---------------------------------------------------------------- docx helpers

def fix_core(doc, title, author):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.comments = ""
    import datetime
    cp.created = datetime.datetime(2025, 3, 12, 9, 0, 0)
    cp.modified = datetime.datetime(2025, 3, 12, 9, 0, 0)
    cp.revision = 1


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


def table(doc, header, rows, widths=None, fill="D9E2F3", size=10):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.LEFT
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, bold=True, size=size)
        shade(t.rows[0].cells[i], fill)
    repeat_header(t.rows[0])
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v, size=size)
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


def label_value(doc, label, value, size=None):
    p = doc.add_paragraph()
    r = p.add_run(label + " ")
    r.bold = True
    r2 = p.add_run(value)
    if size:
        r.font.size = Pt(size)
        r2.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(2)
    return p


def header_footer(section, head, foot):
    hp = section.header.paragraphs[0]
    hp.text = head
    for r in hp.runs:
        r.font.size = Pt(8)
        r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    fp = section.footer.paragraphs[0]
    fp.text = foot
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for r in fp.runs:
        r.font.size = Pt(8)


def soffice_pdf(src, dest):
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(
            ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
             "--convert-to", "pdf", "--outdir", td, src],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        produced = os.path.join(td, os.path.splitext(os.path.basename(src))[0] + ".pdf")
        shutil.move(produced, dest)


def normalize_docx(fn):
    """Rewrite the zip with fixed timestamps so that every run gives identical bytes."""
    import zipfile
    with zipfile.ZipFile(fn) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(fn, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def normalize_pdf(fn, stamp="20250604101500"):
    """Fix LibreOffice's creation date and document ID (same byte length, offsets unchanged)."""
    import re
    data = open(fn, "rb").read()
    data = re.sub(rb"\(D:\d{14}", b"(D:" + stamp.encode(), data)
    data = re.sub(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]",
                  lambda m: re.sub(rb"<[0-9A-Fa-f]+>", lambda h: b"<" + b"A" * (len(h.group(0)) - 2) + b">", m.group(0)),
                  data)
    data = re.sub(rb"/DocChecksum /([0-9A-Fa-f]+)", lambda m: b"/DocChecksum /" + b"C" * len(m.group(1)), data)
    open(fn, "wb").write(data)


# ====================================================================== 01
# Per-goal plan, Uppsala: 16-year-old with cannabis use and school absence.

def plan01():
    doc = Document()
    fix_core(doc, "SIP Elias", "IFO Barn och unga")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    header_footer(sec, "Uppsala kommun, Socialförvaltningen – IFO Barn och unga   |   Region Uppsala",
                  "SIP – Samordnad individuell plan · Elias · upprättad 2025-03-12")

    doc.add_heading("Samordnad individuell plan (SIP)", level=0)
    label_value(doc, "Namn:", "Elias")
    label_value(doc, "Personnummer:", "ÅÅMMDD-XXXX")
    label_value(doc, "Vårdnadshavare:", "Jenny (mamma) och Ola (pappa)")
    label_value(doc, "Mötesdatum:", "2025-03-12, kl. 13.00–14.30")
    label_value(doc, "Plats:", "IFO Barn och unga, Uppsala, mötesrum 2 (BUP-läkaren med via Teams)")

    doc.add_heading("Deltagare", level=1)
    for line in [
        "Elias",
        "Jenny och Ola, vårdnadshavare",
        "Maria, socialsekreterare, IFO Barn och unga, Uppsala kommun",
        "Kevin, mentor, Lundellska skolan, Uppsala kommun",
        "Sara, skolkurator, Lundellska skolan",
        "Johanna, sjuksköterska, Ungdomsteamet Beroendecentrum, Region Uppsala",
        "Filip, ST-läkare, BUP Uppsala, Region Uppsala (via Teams)",
    ]:
        doc.add_paragraph(line, style="List Bullet")

    doc.add_heading("Syfte med SIP", level=1)
    doc.add_paragraph(
        "Syftet är att skolan, socialtjänsten, BUP och beroendevården tillsammans med Elias och "
        "hans föräldrar gör en gemensam plan för att Elias ska sluta använda cannabis och komma "
        "tillbaka till skolan. Elias har i dag fyra olika kontakter som inte vet om varandra, och "
        "familjen vill ha en plan där det står vem som gör vad.")

    doc.add_heading("Frågeställningar", level=1)
    doc.add_paragraph("Diskutera läget kring skola och droger.")

    doc.add_heading("Bakgrund", level=1)
    doc.add_paragraph(
        "Elias är 16 år och går första året på el- och energiprogrammet. Sedan i höstas har "
        "frånvaron ökat och är nu ungefär 45 %. Föräldrarna hittade cannabis i hans rum i januari "
        "och gjorde en orosanmälan tillsammans med skolan. Utredning enligt 11 kap. 1 § SoL "
        "pågår. Elias har en ADHD-diagnos sedan åk 6 och har tidigare haft medicin som han "
        "slutade med förra våren. Det har varit mycket konflikter hemma, framför allt kring "
        "sovtider och pengar.")

    doc.add_heading("Elias delaktighet", level=1)
    doc.add_paragraph(
        "Elias var med under hela mötet och pratade själv om hur det är. Han sa att det blir för "
        "mycket med alla möten och att han helst vill ha en vuxen att höra av sig till. Han tycker "
        "att skoldagarna är för långa och vill börja med kortare dagar. Han vill inte byta skola.")

    doc.add_heading("Mål och insatser", level=1)
    doc.add_paragraph(
        "Målen är skrivna som Elias sa dem på mötet, utom mål 2 som skolan formulerade.").runs[0].italic = True

    goals = [
        ("Mål 1: ”Jag vill sluta röka på helt innan sommaren, och slippa ha koll på vem jag "
         "får köpa av.”",
         [
             ("Motiverande samtal och urinprov varannan vecka",
              "Sjuksköterska Johanna, Ungdomsteamet Beroendecentrum", "Varannan tisdag från 2025-03-18"),
             ("Ny bedömning av ADHD-medicinering",
              "Regionen", "Under våren"),
             ("Elias lämnar urinprov och kommer på samtalen, hör av sig till Johanna om han inte kan",
              "Elias själv", "Från 2025-03-18"),
         ]),
        ("Mål 2: ”Att Elias ska klara sitt första år på gymnasiet och ha en närvaro över 80 %.”",
         [
             ("Anpassad studiegång: schema med kortare dagar (kl. 9–13) och extra stöd i matte",
              "Mentor Kevin, Lundellska skolan", "Från 2025-03-17 till terminens slut"),
             ("Samtal med skolkurator en gång i veckan",
              "Skolkurator Sara, Lundellska skolan", "Måndagar, vårterminen 2025"),
             ("Väcker Elias och skjutsar till skolan de dagar han har svårt att komma i väg",
              "Jenny och Ola (vårdnadshavare)", "Varje skoldag från v. 12"),
         ]),
        ("Mål 3: ”Jag vill att det ska vara lugnare hemma och att vi kan prata utan att det blir bråk.”",
         [
             ("Familjebehandling (FFT), 12 träffar hemma hos familjen",
              "Familjebehandlare, Familjeenheten, Uppsala kommun", "Start 2025-04-02"),
             ("Föräldrastödssamtal om gränser och pengar",
              "Socialsekreterare Maria, IFO Barn och unga", "Tre samtal i april–maj 2025"),
         ]),
    ]
    for title, rows in goals:
        p = doc.add_paragraph()
        r = p.add_run(title)
        r.bold = True
        p.paragraph_format.space_before = Pt(10)
        table(doc, ["Insats", "Ansvarig", "När"], [list(x) for x in rows], widths=[7.5, 5.5, 3.8])

    doc.add_heading("Andra aktörer", level=1)
    doc.add_paragraph(
        "Föräldrarna väcker och skjutsar Elias till skolan (se mål 2) och deltar i familjebehandlingen "
        "(mål 3). Elias ansvarar själv för att komma på samtalen och lämna prover (mål 1). "
        "Försäkringskassan och Arbetsförmedlingen är inte aktuella.")

    doc.add_heading("Huvudansvar för planen", level=1)
    doc.add_paragraph("Socialsekreterare Maria, IFO Barn och unga, Socialförvaltningen Uppsala kommun.")

    doc.add_heading("Uppföljning", level=1)
    doc.add_paragraph(
        "Planen följs upp vecka 36, efter att skolan har börjat igen. Huvudansvarig skickar kallelse "
        "till alla i god tid.")

    doc.save(path(1, "docx"))


# ====================================================================== 02
# fpdf2 drawn form with boxes and coloured label bands; Visby/Gotland, hip fracture.

class BoxPDF(FPDF):
    system = "SIP-modulen · Region Gotland"
    printed = "Utskrift 2025-03-06 10:42"

    def header(self):
        self.set_font("DejaVu", "", 8)
        self.set_text_color(80, 80, 80)
        self.cell(70, 5, self.system)
        self.cell(60, 5, self.printed, align="C")
        self.cell(0, 5, f"Sida {self.page_no()} ({{nb}})", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(5)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, "Samordnad individuell plan – Bengt, XXXXXX-XXXX – Sekretess enligt OSL 25 kap. 1 § och 26 kap. 1 §",
                  align="C")
        self.set_text_color(0, 0, 0)

    def box(self, label, bullets, band=(31, 96, 130), empty_h=14):
        w = self.w - self.l_margin - self.r_margin
        x = self.l_margin
        band_h = 7
        line_h = 5
        self.set_font("DejaVu", "", 9.5)
        n = 0
        for b in bullets:
            n += len(self.multi_cell(w - 12, line_h, b, dry_run=True, output="LINES"))
        body_h = (n * line_h + 2 * (len(bullets) - 1) + 6) if bullets else empty_h
        total = band_h + body_h
        if self.get_y() + total > self.page_break_trigger:
            self.add_page()
        y = self.get_y()
        self.set_fill_color(*band)
        self.set_draw_color(*band)
        self.rect(x, y, w, band_h, style="F")
        self.set_xy(x + 3, y + 1)
        self.set_font("DejaVu", "B", 10)
        self.set_text_color(255, 255, 255)
        self.cell(w - 6, 5, label.upper())
        self.set_text_color(0, 0, 0)
        self.set_line_width(0.35)
        self.rect(x, y, w, total)
        cy = y + band_h + 3
        self.set_font("DejaVu", "", 9.5)
        for b in bullets:
            self.set_xy(x + 3, cy)
            self.cell(5, line_h, "•")
            self.set_xy(x + 8, cy)
            self.multi_cell(w - 12, line_h, b, align="L")
            cy = self.get_y() + 2
        self.set_y(y + total + 4)


def plan02():
    pdf = BoxPDF(format="A4")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_margins(15, 12, 15)
    pdf.set_auto_page_break(True, margin=16)
    pdf.set_title("SIP Bengt")
    pdf.set_author("Region Gotland")
    pdf.set_creation_date(__import__("datetime").datetime(2025, 3, 6, 10, 42))
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 15)
    pdf.cell(0, 9, "Samordnad individuell plan (SIP)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9.5)
    pdf.cell(0, 6, "Region Gotland – hälso- och sjukvårdsförvaltningen / socialförvaltningen",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    pdf.box("Personuppgifter", [
        "Namn: Bengt",
        "Personnummer: XXXXXX-XXXX",
        "Bor: ensam i eget hus utanför Klintehamn, två trappsteg vid entrén, badrum på nedervåningen",
        "Mötesdatum: 2025-03-05 kl. 10.00, Ortopedavdelningen, Visby lasarett",
    ])
    pdf.box("Bakgrund", [
        "Bengt, 81 år, föll i köket 2025-02-24 och fick en höftfraktur på höger sida som opererades "
        "2025-02-25 (halvprotes). Han går nu med rollator inomhus men är osäker i trappor.",
        "Diabetes typ 2 med tabletter, högt blodtryck. Lätt nedsatt syn.",
        "Har inte haft hemtjänst tidigare. Hustrun gick bort 2023. Har kört bil själv till handeln "
        "i Klintehamn, får nu inte köra på minst sex veckor.",
        "Beräknas utskrivningsklar 2025-03-12.",
    ])
    pdf.box("Syfte", ["Samordning inför hemgång."])
    pdf.box("Frågeställningar", [])
    pdf.box("Den enskildes mål", [])
    pdf.box("Delaktighet", [
        "Bengt deltog i mötet från sin sal på avdelningen, tillsammans med sjuksköterska och arbetsterapeut.",
    ])
    pdf.box("Samtycke", [
        "Muntligt samtycke till SIP och till informationsutbyte mellan socialförvaltningen och "
        "hälso- och sjukvården lämnades av Bengt till kurator på avdelningen 2025-03-03.",
    ])
    pdf.box("Insatser – vem gör vad och när", [
        "Hemtjänst tre gånger per dag (morgon, lunch, kväll) och trygghetslarm. Ansvarig: "
        "biståndshandläggare, socialförvaltningen Region Gotland. Beslut fattas 2025-03-10, start på hemgångsdagen.",
        "Hembesök före hemgång, bedömning av bostadsanpassning (tröskelramper, förhöjd toalettstol, "
        "duschpall). Ansvarig: arbetsterapeut, Rehab Södra Gotland. Hembesök 2025-03-11.",
        "Hemsjukvård: dosett och blodsockerkontroll två gånger i veckan, sårkontroll. Ansvarig: "
        "distriktssköterska, Hälsocentralen Hemse. Från 2025-03-12.",
        "Gångträning i hemmet två gånger per vecka. Ansvarig: fysioterapeut, Rehab Södra Gotland. "
        "Vecka 12–17.",
        "Läkemedelsgenomgång (blodtryck, smärtlindring). Ansvarig: läkare, Hälsocentralen Hemse. "
        "Senast 2025-04-01.",
    ])
    pdf.box("Huvudansvar för planen", ["Region Gotland, socialförvaltningen."])
    pdf.box("Andra aktörer", [
        "Dottern Eva bor i Stockholm och är informerad om planen.",
    ])
    pdf.box("Uppföljning", [
        "Uppföljande SIP-möte 2025-04-15 kl. 13.30 hemma hos Bengt.",
    ])
    pdf.box("Deltagare", [
        "Bengt",
        "Biståndshandläggare",
        "Sjuksköterska, avdelningen",
        "Arbetsterapeut",
        "Kurator",
        "Dotter (via telefon)",
    ])

    # last page: signatures
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(0, 8, "Underskrifter", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9.5)
    pdf.multi_cell(0, 5, "Planen har gåtts igenom på mötet. Genom att skriva under bekräftar "
                   "respektive part sina åtaganden i planen.")
    pdf.ln(10)
    for role in ["Den enskilde", "Biståndshandläggare, socialförvaltningen",
                 "Sjuksköterska, Ortopedavdelningen Visby lasarett",
                 "Distriktssköterska, Hälsocentralen Hemse"]:
        y = pdf.get_y() + 12
        pdf.set_draw_color(0, 0, 0)
        pdf.line(15, y, 110, y)
        pdf.line(125, y, 195, y)
        pdf.set_xy(15, y + 1)
        pdf.set_font("DejaVu", "", 8)
        pdf.cell(95, 4, f"Underskrift – {role}")
        pdf.set_xy(125, y + 1)
        pdf.cell(70, 4, "Ort och datum", new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(y + 10)
    pdf.output(path(2, "pdf"))


# ====================================================================== 03
# Web form answers pasted into an e-mail; Tierp, child with school refusal.

def plan03():
    txt = """Från: Tierps kommun – e-tjänster
Skickat: den 8 april 2025 15:07
Till: Elevhälsan Tierp (funktionsbrevlåda)
Ämne: Inskickat formulär: SIP – anteckningar från möte (ärende E-2025-0412)

Hej!

Ett formulär har skickats in via e-tjänsten "Samordnad individuell plan
(SIP) – anteckningar". Svaren återges nedan i den ordning de besvarades.

Formulär: SIP – anteckningar från möte
Inskickat av: Skolkurator, Centralskolan Tierp
Inskickat: 2025-04-08 15:06

------------------------------------------------------------------------

Fråga 1: Vad är syftet med mötet?
Svar: Samordning.

Fråga 2: Datum och plats för mötet
Svar: 2025-04-08, Centralskolan Tierp, konferensrummet

Fråga 3: Vilka deltog på mötet?
Svar: Alva, mamma, pappa, mentor, skolkurator, skolsköterska, psykolog

Fråga 4: Beskriv kort bakgrund och nuläge
Svar: Alva går i åk 5. Hon har haft hög frånvaro sedan november, nu
ungefär 60 %. Hon har ont i magen och gråter på morgnarna och klarar
inte att komma in i klassrummet. Har varit hemma helt sedan sportlovet.
Utredning på BUP Uppsala pågår, de misstänker ångestsyndrom. Skolan har
gjort en kartläggning av frånvaron i februari.

Fråga 5: Vilka frågor ska tas upp på mötet?
Svar: Hur ska Alva kunna börja komma till skolan igen efter påsklovet,
med korta dagar i ett mindre rum? Kan BUP:s behandling och skolans
anpassningar läggas upp så att de hänger ihop, så att Alva inte får
olika besked? Behöver familjen stöd hemma från socialtjänsten
(familjebehandling) för morgnarna?

Fråga 6: Har barnet getts möjlighet att delta? Hur?
Svar: Alva var med i början av mötet.

Fråga 7: Vad vill barnet/den enskilde uppnå (mål)?
Svar:

Fråga 8: Finns samtycke från vårdnadshavare?
Svar: Ja

Fråga 9: Vilka insatser behövs?
Svar: Fortsatt stöd och kontakt. Anpassningar vid behov.

Fråga 10: Vem ansvarar för vad och när?
Svar:

Fråga 11: Andra aktörer som berörs (t.ex. FK, fritids, anhöriga)
Svar: Föräldrarna.

Fråga 12: Vem har huvudansvar för planen?
Svar:

Fråga 13: När ska planen följas upp?
Svar:

Fråga 14: Övrigt
Svar: Anteckningarna förs in i elevakten.

------------------------------------------------------------------------

Detta meddelande har skickats automatiskt från Tierps kommuns
e-tjänsteplattform. Det går inte att svara på meddelandet.
Svaren sparas i e-tjänsten i 30 dagar.
"""
    with open(path(3, "txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(txt)


# ====================================================================== 04
# Markdown with <details> blocks; Eskilstuna, adult with psychosis and debts.

def plan04():
    md = """# SIP – Samordnad individuell plan

**Eskilstuna kommun**, Vuxenenheten/Socialpsykiatrin · **Region Sörmland**, Psykiatriska öppenvården Eskilstuna
Upprättad: 2025-02-11 · Den enskilde: Johan · Personnummer: ÅÅMMDD-XXXX

> Klicka på en rubrik för att visa innehållet.

<details>
<summary>Bakgrund</summary>

Johan är 29 år och har en schizofrenidiagnos sedan 2019. Han skrevs ut från psykiatrisk
heldygnsvård (avd. 11, Mälarsjukhuset) 2025-01-28 efter tre veckors inläggning, den andra
under 2024–2025. Inläggningen kom efter att han slutat med medicinen under hösten.<br>
Johan bor ensam i hyreslägenhet på Årby. Han har hyresskuld på tre månader och hyresvärden
har skickat en uppsägning som kan dras tillbaka om skulden betalas. Han har flera skulder hos
Kronofogden (mobilabonnemang, sms-lån) och får sjukersättning.

</details>

<details>
<summary>Syfte</summary>

Syftet med planen är att Johan ska kunna bo kvar i sin lägenhet och slippa en ny inläggning,
genom att psykiatrin, socialpsykiatrin och skuldrådgivningen samordnar sitt stöd kring
medicinering, vardagen hemma och skulderna.

</details>

<details>
<summary>Johans delaktighet</summary>

Johan var med hela mötet på mottagningen och berättade själv om hösten.<br>
Det viktigaste för honom är att få behålla lägenheten. Han vill inte läggas in igen och vill
ha sprutan i stället för tabletter, eftersom han glömmer tabletterna. Han vill ha kvar
samma boendestödjare som han haft tidigare.

</details>

<details>
<summary>Samtycke</summary>

Johan lämnade skriftligt samtycke på kommunens blankett *Samtycke till SIP och
informationsutbyte* 2025-02-11. Blanketten är inskannad i både kommunens och regionens journal.

</details>

<details>
<summary>Mål</summary>

Målet är att Johan ska ha ett stabilt psykiskt mående, behålla sin lägenhet och få en
överblick över sin ekonomi under 2025.

</details>

<details>
<summary>Insatser och ansvar</summary>

<ul>
<li><b>Depåinjektion var tredje vecka</b> – sjuksköterska, Psykosteamet, Psykiatriska öppenvården Eskilstuna – första 2025-02-20, därefter var tredje vecka</li>
<li><b>Läkarbesök, uppföljning av medicinering och biverkningar</b> – psykiater, Psykosteamet – 2025-03-12</li>
<li><b>Boendestöd två gånger i veckan</b> (post, räkningar, handla, städning) – boendestödjare, Socialpsykiatrin Eskilstuna kommun – från 2025-02-17</li>
<li><b>Kontakt med hyresvärden om avbetalningsplan för hyresskulden</b> och prövning av ekonomiskt bistånd för skulden – socialsekreterare, Vuxenenheten Eskilstuna kommun – senast 2025-02-28</li>
<li><b>Budget- och skuldrådgivning</b>, genomgång av skulderna hos Kronofogden – budget- och skuldrådgivare, Konsumentvägledningen Eskilstuna kommun – första möte 2025-03-04</li>
</ul>

</details>

<details>
<summary>Andra aktörer</summary>

God man har diskuterats och kan bli aktuellt längre fram.<br>
Johan har sjukersättning från Försäkringskassan.

</details>

<details>
<summary>Huvudansvar</summary>

Socialpsykiatrin, Eskilstuna kommun.

</details>

<details>
<summary>Uppföljning</summary>

Planen följs upp i oktober, tidigare vid behov.

</details>
"""
    with open(path(4, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ====================================================================== 05
# Measures as matrix actors x periods; Nyköping, discharge after inpatient psychiatric care.

def plan05():
    doc = Document()
    fix_core(doc, "SIP vid utskrivning", "Kurator avd 32")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    header_footer(sec, "Region Sörmland – Psykiatriska kliniken, Nyköpings lasarett  ·  Nyköpings kommun – Socialförvaltningen",
                  "SIP Peter · möte 2025-04-03")

    doc.add_heading("SIP – Samordnad individuell plan", level=0)
    label_value(doc, "Den enskilde:", "Peter")
    label_value(doc, "Personnummer:", "ÅÅMMDD-XXXX")
    label_value(doc, "Mötesdatum:", "2025-04-03")
    label_value(doc, "Plats:", "Avdelning 32, Psykiatriska kliniken, Nyköpings lasarett")
    label_value(doc, "Utskrivningsklar:", "☒ Ja   ☐ Nej      Planerad utskrivning: 2025-04-07")

    doc.add_heading("Deltagare", level=1)
    table(doc, ["Namn", "Funktion", "Verksamhet"], [
        ["Peter", "Den enskilde", ""],
        ["Karin", "Hustru (separerade sedan februari)", ""],
        ["Lena", "Kurator", "Avdelning 32, Psykiatriska kliniken Nyköpings lasarett"],
        ["Mats", "Överläkare", "Avdelning 32, Psykiatriska kliniken Nyköpings lasarett"],
        ["Anneli", "Sjuksköterska", "Psykiatriska öppenvårdsmottagningen Nyköping"],
        ["Helena", "Socialsekreterare", "Vuxenenheten, Socialförvaltningen Nyköpings kommun"],
        ["Jonas", "Handläggare (via telefon)", "Försäkringskassan, lokalt försäkringscenter"],
    ], widths=[2.5, 5.5, 9])

    doc.add_heading("Bakgrund", level=1)
    doc.add_paragraph(
        "Peter är 45 år och lades in på avdelning 32 den 2025-03-14 efter ett suicidförsök med "
        "tabletter. Han har en medelsvår till svår depression sedan i höstas. Han och Karin "
        "separerade i februari och Peter har sedan dess bott hos en kamrat. Han arbetar som "
        "lagerarbetare och är sjukskriven på heltid sedan december. Peter har mått bättre den "
        "senaste veckan, har fått ny medicin och har inga suicidtankar enligt bedömning 2025-04-02.")

    doc.add_heading("Frågeställningar", level=1)
    for q in [
        "Var ska Peter bo när han skrivs ut, eftersom han inte kan flytta hem igen?",
        "Hur ska kontakten med öppenvården se ut de första veckorna efter utskrivningen, när risken "
        "för återfall är störst?",
        "Hur och när ska återgången till arbetet planeras, och vem har kontakt med arbetsgivaren?",
    ]:
        doc.add_paragraph(q, style="List Number")

    doc.add_heading("Mål", level=1)
    doc.add_paragraph(
        "Målet är att Peter ska må stabilt bättre, ha ett eget boende och kunna börja arbetsträna "
        "på deltid under hösten 2025.")

    doc.add_heading("Peters delaktighet", level=1)
    doc.add_paragraph("Peter deltog på mötet, som hölls på avdelningen.")

    # landscape section for the matrix
    new = doc.add_section()
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = sec.page_height, sec.page_width
    new.left_margin = new.right_margin = Cm(2)
    doc.add_heading("Insatser – vem gör vad och när", level=1)
    doc.add_paragraph("Perioderna räknas från utskrivningen 2025-04-07.").runs[0].italic = True
    rows = [
        ["Vecka 1–4\n(7 april – 4 maj)",
         "Socialsekreterare Helena, Vuxenenheten: beslut om tillfällig lägenhet (försöks- och "
         "träningslägenhet) från utskrivningsdagen och ekonomiskt bistånd för april.",
         "Sjuksköterska Anneli, Psykiatriska öppenvårdsmottagningen: hembesök vecka 1, därefter "
         "telefonkontakt två gånger per vecka.\nÖverläkare Mats: läkarbesök på mottagningen vecka 3.",
         "Karin: hämtar Peter vid utskrivningen och kör över hans kläder och saker till lägenheten.\n"
         "Peter: tar medicinen varje dag och ringer mottagningen eller 1177 om han mår sämre."],
        ["Maj",
         "Boendestödjare, Socialpsykiatrin Nyköpings kommun: boendestöd två gånger i veckan från "
         "2025-05-05 (struktur i vardagen, handla, myndighetspost).",
         "Psykolog, Psykiatriska öppenvårdsmottagningen: KBT-samtal en gång i veckan från 2025-05-06.",
         "Handläggare Jonas, Försäkringskassan: avstämningsmöte med Peter, arbetsgivaren och "
         "läkaren om rehabiliteringsplan, i mitten av maj."],
        ["Juni–augusti",
         "Socialsekreterare Helena, Vuxenenheten: ansökan om förtur till förstahandskontrakt hos "
         "bostadsbolaget skickas i juni.",
         "Överläkare Mats, Psykiatriska öppenvårdsmottagningen: ny bedömning av sjukskrivningsgrad "
         "och medicinering i augusti.",
         "Handläggare Jonas, FK: beslut om fortsatt sjukpenning och arbetsträning.\n"
         "Peter: arbetsträning 25 % på arbetsplatsen från augusti, enligt rehabiliteringsplanen."],
    ]
    t = table(doc, ["Period", "Kommunen", "Regionen", "Övriga (FK, familj)"], rows,
              widths=[3.2, 7.2, 7.2, 7.2], fill="E2EFD9", size=9.5)
    for r in t.rows[1:]:
        for p in r.cells[0].paragraphs:
            for run in p.runs:
                run.bold = True

    doc.add_heading("Övrigt", level=1)
    doc.add_paragraph(
        "Peter har fått med sig en lista med telefonnummer till mottagningen och till "
        "socialtjänstens jour (via växeln). Karin vill inte vara kontaktperson framöver men "
        "hjälper till vid utskrivningen.")
    doc.save(path(5, "docx"))


# ====================================================================== 06
# Person's own part as a letter inside the plan; Katrineholm, LSS, autism.

def plan06():
    doc = Document()
    fix_core(doc, "SIP Linnea", "LSS-handläggare")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    header_footer(sec, "Katrineholms kommun – Vård- och omsorgsförvaltningen, LSS   |   Region Sörmland – Habiliteringen Katrineholm",
                  "Samordnad individuell plan – Linnea – 2025-05-20")

    doc.add_heading("Samordnad individuell plan", level=0)
    label_value(doc, "Namn:", "Linnea")
    label_value(doc, "Född:", "ÅÅMMDD-XXXX")
    label_value(doc, "Mötesdatum:", "2025-05-20, kl. 14.00")
    label_value(doc, "Plats:", "Habiliteringscentrum Katrineholm, litet mötesrum (Linnea ville inte sitta i det stora)")

    doc.add_heading("Närvarande", level=1)
    doc.add_paragraph("Linnea, Annika (mamma), Sofia, Ahmed, Maria, Jenny")

    doc.add_heading("Syfte", level=1)
    doc.add_paragraph(
        "Linnea går ut anpassade gymnasieskolan i juni och ska börja på daglig verksamhet i "
        "augusti. Syftet med planen är att LSS-handläggningen, daglig verksamhet och "
        "habiliteringen tillsammans med Linnea och hennes mamma planerar övergången, så att "
        "Linnea får en förutsägbar start och vet vem hon ska vända sig till.")

    doc.add_heading("Bakgrund", level=1)
    doc.add_paragraph(
        "Linnea är 19 år och har autism och lindrig intellektuell funktionsnedsättning. Hon bor "
        "hemma med sin mamma i Katrineholm. Hon har haft insatser från Habiliteringen sedan hon "
        "var liten och har i dag kontakt med arbetsterapeut och kurator där. Linnea tycker om djur "
        "och datorer. Förändringar och höga ljud gör henne mycket stressad, och hon har svårt med "
        "telefonsamtal. Under våren har hon haft praktik i två veckor på daglig verksamhet, vilket "
        "gick bra.")

    doc.add_heading("Linneas egen del", level=1)
    p = doc.add_paragraph(
        "Linnea skrev det här brevet hemma innan mötet och läste upp det själv på mötet. Hon ville "
        "att det skulle stå med i planen precis som hon skrivit det.")
    p.runs[0].italic = True

    letter = [
        "Till er som ska hjälpa mig",
        "",
        "Jag heter Linnea och jag är 19 år. Jag har autism. Det betyder att jag behöver veta innan "
        "vad som ska hända och vem jag ska träffa. Om något ändras vill jag få veta det i god tid, "
        "helst dagen innan.",
        "Det här är mina mål:",
        "• Jag vill jobba med djur, eller med datorer om det inte finns djur.",
        "• Jag vill kunna åka buss själv till daglig verksamhet, utan att mamma skjutsar.",
        "• Jag vill flytta hemifrån när jag är 21, till en egen lägenhet med personal i närheten.",
        "Det som är svårt för mig är höga ljud, många människor samtidigt och när någon ringer "
        "utan att jag vet om det. Skicka hellre sms eller skriv till mig. Jag blir inte arg om ni "
        "frågar, men jag behöver tid att svara.",
        "Jag vill att mamma får vara med när vi bestämmer saker, men jag vill själv säga vad jag tycker.",
        "",
        "Hälsningar",
        "Linnea",
    ]
    for i, line in enumerate(letter):
        lp = doc.add_paragraph(line)
        lp.paragraph_format.left_indent = Cm(1)
        lp.paragraph_format.space_after = Pt(3)
        for r in lp.runs:
            r.font.name = "Comic Sans MS"
            if i == 0:
                r.font.small_caps = True
                r.bold = True

    doc.add_heading("Insatser", level=1)
    table(doc, ["Insats", "Ansvarig", "När"], [
        ["Beslut om daglig verksamhet enligt LSS 9 § 10, djur- och gårdsgruppen",
         "LSS-handläggare, Vård- och omsorgsförvaltningen Katrineholms kommun",
         "Beslut senast 2025-06-05, start 2025-08-18"],
        ["Bussträning: handledare följer med på bussen och åker sedan en hållplats efter",
         "Handledare, Daglig verksamhet Katrineholm",
         "Vecka 34–37"],
        ["Veckoschema med bilder i mobilen, så att Linnea ser vad som händer varje dag",
         "Arbetsterapeut, Habiliteringen Katrineholm, Region Sörmland",
         ""],
        ["Samtal om stress och om att flytta hemifrån, i lugn miljö",
         "Kurator, Habiliteringen Katrineholm",
         "Var tredje vecka från 2025-06-10"],
    ], widths=[7, 6, 4])

    doc.add_heading("Andra aktörer", level=1)
    doc.add_paragraph(
        "Linnea har ansökt om aktivitetsersättning hos Försäkringskassan. Mamma Annika är ett "
        "viktigt stöd för Linnea.")

    doc.add_heading("Uppföljning", level=1)
    doc.add_paragraph(
        "Uppföljning 2025-09-23 kl. 10.00 på Habiliteringscentrum Katrineholm, samma lilla rum. "
        "Kallelsen skickas skriftligt till Linnea, inte via telefon.")
    doc.save(path(6, "docx"))


# ====================================================================== 07
# Numbered questions with answers in Word text boxes (w:txbxContent) -> LibreOffice PDF; Strängnäs.

NS_DECL = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
           'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
           'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def textbox_run(paragraph, box_id, lines, width_cm, height_cm):
    cx = int(Cm(width_cm))
    cy = int(Cm(height_cm))
    paras = "".join(
        f'<w:p><w:pPr><w:spacing w:after="40"/></w:pPr><w:r><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/>'
        f'<w:sz w:val="20"/></w:rPr><w:t xml:space="preserve">{_esc(t)}</w:t></w:r></w:p>'
        for t in lines) if lines else '<w:p><w:pPr><w:spacing w:after="40"/></w:pPr></w:p>'
    xml = (
        f'<w:r {NS_DECL}><w:drawing>'
        f'<wp:inline distT="0" distB="0" distL="0" distR="0">'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:docPr id="{box_id}" name="Textruta {box_id}"/><wp:cNvGraphicFramePr/>'
        f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f'<wps:wsp><wps:cNvSpPr txBox="1"/>'
        f'<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        f'<a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>'
        f'<a:ln w="9525"><a:solidFill><a:srgbClr val="7F7F7F"/></a:solidFill></a:ln></wps:spPr>'
        f'<wps:txbx><w:txbxContent>{paras}</w:txbxContent></wps:txbx>'
        f'<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t">'
        f'<a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')
    paragraph._p.append(parse_xml(xml))


def plan07():
    doc = Document()
    fix_core(doc, "SIP", "Distriktssköterska")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    header_footer(sec, "Strängnäs kommun · Region Sörmland – Vårdcentralen Strängnäs",
                  "Blankett SIP – version 2023:2")

    t = doc.add_paragraph()
    r = t.add_run("SAMORDNAD INDIVIDUELL PLAN – SIP")
    r.bold = True
    r.font.size = Pt(14)
    label_value(doc, "Namn:", "Gunnel")
    label_value(doc, "Personnummer:", "ÅÅMMDD-XXXX")
    label_value(doc, "Datum:", "2025-06-04")
    doc.add_paragraph()

    qa = [
        ("1. Vilka behov finns?", [
            "Gunnel, 84 år, har Alzheimers sjukdom (diagnos 2023) och diabetes typ 2 med insulin. Hon bor "
            "ensam i lägenhet i Mariefred och har hemtjänst morgon och kväll.",
            "Hon har fallit två gånger i maj, senast 2025-05-27 utan frakturer. Hon glömmer måltider och "
            "ibland insulinet. Hemtjänsten har sett att hon går ut sent på kvällen och har svårt att hitta hem.",
        ], 3.4),
        ("2. Vad är syftet med planen?", [], 1.4),
        ("3. Vilka frågor ska tas upp på mötet?", [
            "Kan Gunnel bo kvar hemma med mer stöd, eller ska en ansökan om särskilt boende göras nu?",
            "Vem ska ansvara för insulinet framöver – hemtjänsten genom delegering eller hemsjukvården?",
        ], 2.2),
        ("4. Vilka insatser ska göras och av vem?", [
            "Kommunen: fortsatt hemtjänst, utökas vid behov.",
            "Regionen: fortsatt kontakt.",
        ], 1.8),
        ("5. Finns samtycke till SIP?", ["Samtycke finns."], 1.1),
        ("6. Vem har huvudansvaret för planen?", [
            "Distriktssköterska Anna, Vårdcentralen Strängnäs (Region Sörmland)."], 1.1),
        ("7. När ska planen följas upp?", ["I september."], 1.1),
    ]
    for i, (q, ans, h) in enumerate(qa, start=1):
        qp = doc.add_paragraph()
        qr = qp.add_run(q)
        qr.bold = True
        qp.paragraph_format.space_before = Pt(8)
        qp.paragraph_format.space_after = Pt(2)
        bp = doc.add_paragraph()
        textbox_run(bp, i, ans, 15.8, h)

    doc.save(os.path.join(TMP, f"{PREFIX}-07.docx"))
    soffice_pdf(os.path.join(TMP, f"{PREFIX}-07.docx"), path(7, "pdf"))
    normalize_pdf(path(7, "pdf"))


# ====================================================================== 08
# NOT a plan: calendar invitation (iCalendar-like text), Windows-1252, CRLF; Enköping.

def ical_fold(line, limit=74):
    out = []
    while len(line) > limit:
        out.append(line[:limit])
        line = " " + line[limit:]
    out.append(line)
    return out


def plan08():
    desc = ("Välkommen till SIP-möte för A. (samordnad individuell plan).\\n\\n"
            "Dagordning:\\n"
            "1. Presentation och genomgång av samtycke\\n"
            "2. A:s egna tankar om läget och vad hen vill ha hjälp med\\n"
            "3. Nuläge: boende\\, ekonomi\\, behandling\\n"
            "4. Frågeställningar och vem som gör vad\\n"
            "5. Huvudansvar och datum för uppföljning\\n\\n"
            "Inbjudna:\\n"
            "- A. och kontaktperson\\n"
            "- Socialsekreterare\\, Vuxenenheten IFO Enköpings kommun (sammankallande)\\n"
            "- Sjuksköterska\\, Vuxenpsykiatrin Enköping\\, Region Uppsala\\n"
            "- Kurator\\, Vårdcentralen Enköping\\n"
            "- Handläggare\\, Arbetsförmedlingen (deltar via Teams)\\n\\n"
            "Teams-länk skickas separat till den som deltar på distans. Meddela förhinder "
            "till sammankallande via växeln.")
    lines = [
        "BEGIN:VCALENDAR",
        "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
        "VERSION:2.0",
        "METHOD:REQUEST",
        "X-MS-OLK-FORCEINSPECTOROPEN:TRUE",
        "BEGIN:VTIMEZONE",
        "TZID:W. Europe Standard Time",
        "BEGIN:STANDARD",
        "DTSTART:16011028T030000",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:16010325T020000",
        "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "END:DAYLIGHT",
        "END:VTIMEZONE",
        "BEGIN:VEVENT",
        "ATTENDEE;CN=\"Sjuksköterska, Vuxenpsykiatrin Enköping\";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:[borttagen]",
        "ATTENDEE;CN=\"Kurator, Vårdcentralen Enköping\";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:[borttagen]",
        "ATTENDEE;CN=\"Handläggare, Arbetsförmedlingen\";ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:[borttagen]",
        "CLASS:PRIVATE",
        "CREATED:20250428T071512Z",
        "DESCRIPTION:" + desc,
        "DTEND;TZID=\"W. Europe Standard Time\":20250514T143000",
        "DTSTAMP:20250428T071512Z",
        "DTSTART;TZID=\"W. Europe Standard Time\":20250514T130000",
        "LAST-MODIFIED:20250428T071512Z",
        "LOCATION:Socialförvaltningen Enköping\\, mötesrum Ekolsund / Teams",
        "ORGANIZER;CN=\"Socialsekreterare, Vuxenenheten IFO Enköping\":mailto:[borttagen]",
        "PRIORITY:5",
        "SEQUENCE:0",
        "SUMMARY;LANGUAGE=sv-SE:SIP-möte – A. (Vuxenenheten Enköping)",
        "TRANSP:OPAQUE",
        "UID:040000008200E00074C5B7101A82E00800000000F0A3C2B9E2B7DB01000000000000000010000000B7C1",
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "BEGIN:VALARM",
        "TRIGGER:-PT1440M",
        "ACTION:DISPLAY",
        "DESCRIPTION:Påminnelse",
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    folded = []
    for l in lines:
        folded.extend(ical_fold(l))
    with open(path(8, "txt"), "w", encoding="cp1252", newline="\r\n") as f:
        f.write("\n".join(folded) + "\n")


# ---------------------------------------------------------------------------

TMP = None


def main():
    global TMP
    os.makedirs(OUT, exist_ok=True)
    for name in os.listdir(OUT):
        if name.startswith(PREFIX + "-"):
            os.remove(os.path.join(OUT, name))
    TMP = tempfile.mkdtemp(prefix="f80a-src-")
    try:
        plan01()
        plan02()
        plan03()
        plan04()
        plan05()
        plan06()
        plan07()
        plan08()
        for n in (1, 5, 6):
            normalize_docx(path(n, "docx"))
    finally:
        shutil.rmtree(TMP, ignore_errors=True)
    print("\n".join(sorted(os.listdir(OUT))))


if __name__ == "__main__":
    main()
