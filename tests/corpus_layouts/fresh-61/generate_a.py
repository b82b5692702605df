#!/usr/bin/env python
"""Generate batch fresh-61a (prefix f61a-): seven fictional SIP plans and one
non-plan (a municipal decision letter), Östergötland and Gotland.

Run with /work/batches/.venv/bin/python generate.py
Deterministic: fixed dates, no randomness; docx zip members get a fixed time.
"""
import datetime
import os
import shutil
import subprocess
import tempfile
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f61a-"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIXED = datetime.datetime(2024, 10, 21, 14, 32, 0, tzinfo=datetime.timezone.utc)


def path(n, ext):
    return os.path.join(OUT, f"{PREFIX}{n:02d}.{ext}")


def normalize_docx(fn):
    """Rewrite the zip with fixed member timestamps so reruns give equal files."""
    tmp = fn + ".tmp"
    with zipfile.ZipFile(fn) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zi = zipfile.ZipInfo(item.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    os.replace(tmp, fn)


def set_core(doc, title, author, when):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = when
    cp.modified = when
    cp.revision = 1


def soffice_pdf(docx_file, outdir):
    profile = "file:///tmp/lo-f61a"
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless",
         "--convert-to", "pdf", "--outdir", outdir, docx_file],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


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


# ---------------------------------------------------------------------------
# 01  fpdf2 record print, numbered boxes with title in the top border line
# ---------------------------------------------------------------------------
class RecordPDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "B", 8)
        self.set_xy(12, 8)
        self.cell(120, 4, "Lifecare SP  –  Samordnad individuell plan (SIP)")
        self.set_font("DejaVu", "", 8)
        self.set_xy(120, 8)
        self.cell(78, 4, f"Sida {self.page_no()} ({{nb}})", align="R")
        self.set_xy(12, 12)
        self.cell(120, 4, "Norrköpings kommun  ·  Region Östergötland")
        self.set_xy(120, 12)
        self.cell(78, 4, "Utskriftsdatum 2024-10-21 14:32", align="R")
        self.set_line_width(0.3)
        self.line(12, 17, 198, 17)
        self.set_y(22)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Utskrift av journalhandling. Person: M-L, ÅÅMMDD-XXXX. "
                  "Utskriven av: Vård- och omsorgskontoret, Norrköpings kommun.", align="L")
        self.set_text_color(0, 0, 0)


def box(pdf, num, title, body, min_h=0, gap=6):
    """Numbered box; body is text (str) or a callable drawing inside the box."""
    x0, w = 12, 186
    pad = 3
    pdf.set_font("DejaVu", "", 9)
    if isinstance(body, str):
        lines = pdf.multi_cell(w - 2 * pad, 4.6, body, dry_run=True, output="LINES") if body else []
        need = max(len(lines) * 4.6 + 2 * pad + 2, min_h)
    else:
        need = min_h
    if pdf.get_y() + need > pdf.h - 18:
        pdf.add_page()
    y0 = pdf.get_y()
    pdf.set_xy(x0 + pad, y0 + pad + 1)
    if isinstance(body, str):
        if body:
            pdf.multi_cell(w - 2 * pad, 4.6, body, align="L")
        y1 = max(pdf.get_y() + pad, y0 + min_h)
    else:
        body(pdf, x0 + pad, w - 2 * pad)
        y1 = max(pdf.get_y() + pad, y0 + min_h)
    pdf.set_line_width(0.2)
    pdf.rect(x0, y0, w, y1 - y0)
    label = f" {num}. {title} "
    pdf.set_font("DejaVu", "B", 8.5)
    lw = pdf.get_string_width(label) + 1
    pdf.set_fill_color(255, 255, 255)
    pdf.set_xy(x0 + 4, y0 - 2.2)
    pdf.cell(lw, 4.4, label, fill=True)
    pdf.set_font("DejaVu", "", 9)
    pdf.set_xy(x0, y1 + gap)


def make_01():
    pdf = RecordPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("SIP M-L 2024-10-17")
    pdf.set_author("Lifecare SP")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(12, 22, 12)
    pdf.add_page()

    def person(p, x, w):
        rows = [("Namn", "M-L"), ("Personnummer", "ÅÅMMDD-XXXX"),
                ("Ålder", "61 år"), ("Boende", "Ensamboende i hyreslägenhet, Hageby, Norrköping"),
                ("Mötesdatum", "2024-10-17 kl. 13.30–15.00"),
                ("Mötesplats", "Vårdcentralen Hageby, Norrköping"),
                ("Plantyp", "SIP – ny plan")]
        for k, v in rows:
            p.set_x(x)
            p.set_font("DejaVu", "B", 8)
            p.cell(32, 4.8, k)
            p.set_font("DejaVu", "", 9)
            p.cell(w - 32, 4.8, v, new_x="LMARGIN", new_y="NEXT")

    box(pdf, 1, "Personuppgifter", person, min_h=0)

    def participants(p, x, w):
        rows = [("Namn", "Funktion", "Verksamhet"),
                ("M-L", "Den enskilde", "–"),
                ("Karin", "Biståndshandläggare", "Vård- och omsorgskontoret, Norrköpings kommun"),
                ("Jessica", "Gruppledare", "Hemtjänst Hageby, Norrköpings kommun"),
                ("Peter", "Distriktssköterska", "Vårdcentralen Hageby, Region Östergötland"),
                ("Amira", "KOL-sjuksköterska", "Lungmottagningen, Vrinnevisjukhuset"),
                ("Helena", "Psykoterapeut", "Vårdcentralen Hageby, Region Östergötland")]
        widths = [30, 45, w - 75]
        for i, row in enumerate(rows):
            p.set_x(x)
            p.set_font("DejaVu", "B" if i == 0 else "", 8 if i == 0 else 9)
            for cw, val in zip(widths, row):
                p.cell(cw, 4.8, val)
            p.ln(4.8)

    box(pdf, 2, "Deltagare", participants)

    box(pdf, 3, "Bakgrund",
        "M-L har KOL (stadium 3) sedan 2019 och har sedan 2022 återkommande ångestattacker, "
        "framför allt i samband med andnöd. Hon bor ensam och har haft hemtjänst sedan mars 2023 "
        "för städning och inköp, och sedan september 2024 även morgonhjälp med påklädning och "
        "dusch. Under perioden juli–september 2024 har hemtjänsten larmat ambulans fem gånger på "
        "grund av andnöd, vid tre tillfällen blev hon inlagd på Vrinnevisjukhuset 1–3 dygn. "
        "Inhalationerna tas enligt hemtjänstens iakttagelser inte regelbundet. Hemtjänsten "
        "upplever att personalen är osäker på hur de ska göra när M-L får andnöd och blir rädd.")

    box(pdf, 4, "Syfte med SIP",
        "Syftet med planen är att hemtjänsten, vårdcentralen och lungmottagningen ska ha ett "
        "gemensamt sätt att hantera M-L:s andnöd och oro i hemmet, så att hon kan bo kvar "
        "hemma och antalet akuta ambulanstransporter och inläggningar minskar.")

    box(pdf, 5, "Frågeställningar",
        "Gå igenom nuläget. Övrigt.")

    box(pdf, 6, "Den enskildes mål", "", min_h=13)

    box(pdf, 7, "Den enskildes delaktighet",
        "M-L deltog på mötet.")

    def measures(p, x, w):
        rows = [("Insats", "Ansvarig", "När"),
                ("Genomgång av inhalationsteknik och andningsövningar. Skriftlig handlingsplan "
                 "vid andnöd tas fram och sätts upp på kylskåpet.",
                 "KOL-sjuksköterska, Lungmottagningen ViN", "2024-10-31"),
                ("Påminnelse om inhalationer morgon och kväll vid ordinarie besök. Personalen "
                 "följer handlingsplanen vid andnöd innan ambulans larmas.",
                 "Gruppledare, Hemtjänst Hageby", "Fr.o.m. 2024-11-04"),
                ("Läkemedelsgenomgång inklusive behovsläkemedel mot ångest.",
                 "Distriktsläkare, Vårdcentralen Hageby", ""),
                ("Samtalsbehandling (KBT) mot ångest, 8 tillfällen.",
                 "Psykoterapeut, Vårdcentralen Hageby", "Start v. 45"),
                ("Ny bedömning av behov av kvällsbesök och trygghetslarm med snabbare "
                 "svarstid.",
                 "Biståndshandläggare, Vård- och omsorgskontoret", "Beslut senast 2024-11-15")]
        widths = [w - 90, 62, 28]
        for i, row in enumerate(rows):
            p.set_font("DejaVu", "B" if i == 0 else "", 8 if i == 0 else 9)
            heights = []
            for cw, val in zip(widths, row):
                n = len(p.multi_cell(cw - 2, 4.4, val or " ", dry_run=True, output="LINES"))
                heights.append(n * 4.4)
            h = max(heights) + 1.6
            y = p.get_y()
            cx = x
            for cw, val in zip(widths, row):
                p.set_xy(cx + 1, y + 0.8)
                p.multi_cell(cw - 2, 4.4, val, align="L")
                cx += cw
            p.set_line_width(0.1)
            p.line(x, y + h, x + w, y + h)
            p.set_xy(x, y + h)

    box(pdf, 8, "Insatser och ansvar", measures, min_h=60)

    box(pdf, 9, "Uppföljning",
        "Planen följs upp vid nytt SIP-möte 2025-01-23 kl. 10.00 på Vårdcentralen Hageby. "
        "Kallelse skickas ut i god tid.")

    box(pdf, 10, "Övrigt",
        "Handlingsplanen vid andnöd bifogas planen när den är klar. Kopia av planen lämnas till "
        "M-L vid nästa hemtjänstbesök.")
    pdf.output(path(1, "pdf"))


# ---------------------------------------------------------------------------
# 02  docx, one long paragraph per part with a run-in bold lead word
# ---------------------------------------------------------------------------
def make_02():
    doc = Document()
    set_core(doc, "SIP J.", "Socialförvaltningen Motala", datetime.datetime(2024, 12, 6, 9, 0))
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    hp = sec.header.paragraphs[0]
    hp.text = "Motala kommun\tSocialförvaltningen, Stöd och service\t"
    hp.runs[0].font.size = Pt(9)

    t = doc.add_paragraph()
    r = t.add_run("Samordnad individuell plan (SIP)")
    r.bold = True
    r.font.size = Pt(16)
    p = doc.add_paragraph()
    p.add_run("Gällande: ").bold = True
    p.add_run("J., ÅÅMMDD-XXXX, Motala")
    p = doc.add_paragraph()
    p.add_run("Mötesdatum: ").bold = True
    p.add_run("2024-12-05, Socialförvaltningen, Motala")

    parts = [
        ("Bakgrund:",
         " J. är 18 år och fick diagnosen autism när han var nio år, han har också en "
         "ångestproblematik som tidvis gör att han har svårt att ta sig utanför hemmet. Han bor "
         "med sin mamma i Motala och går sista året på ett introduktionsprogram på gymnasiet; "
         "han går ut i juni 2025 med ett studiebevis och har under hösten haft omkring 40 % "
         "frånvaro. Han har haft kontakt med BUP Linköping sedan 2019 och ska nu, eftersom han "
         "fyllt 18, föras över till vuxenpsykiatrin. Sedan 2021 har han en kontaktperson enligt "
         "LSS som han träffar varannan vecka och som han beskrivs ha ett gott förhållande till. "
         "Han har i dag ingen egen inkomst och ingen plan för vad som händer efter skolan."),
        ("Syfte:",
         " Syftet med planen är att J:s övergång från gymnasiet till arbete, studier eller "
         "annan sysselsättning sommaren 2025 blir samordnad, så att han inte blir sittande "
         "hemma utan inkomst och sysselsättning, och att hans psykiatriska kontakt flyttas från "
         "BUP till vuxenpsykiatrin utan något uppehåll i behandlingen."),
        ("Frågeställningar:",
         " Prata om läget och hur det ser ut framåt."),
        ("Mål:",
         " Målet är att J. efter gymnasiet ska ha en meningsfull sysselsättning på dagarna, på "
         "sikt ett arbete med stöd, och en egen inkomst, samt att han ska ha en fungerande "
         "kontakt med vuxenpsykiatrin."),
        ("Delaktighet:",
         " J. deltog inte på mötet. Han hade förberett sig tillsammans med sin kontaktperson "
         "men lämnade återbud samma morgon, eftersom möten med många och för honom nya "
         "personer gör honom mycket stressad. Planen skickas hem till honom efter mötet."),
        ("Insatser:",
         " BUP Linköping (ansvarig läkare) skickar remiss till Vuxenpsykiatrin Motala senast "
         "2024-12-20 och bifogar sammanfattning av utredningar och pågående behandling. "
         "Vuxenpsykiatrin Motala, neuropsykiatriska teamet, erbjuder J. ett första besök hos "
         "sjuksköterska senast 2025-02-28 och BUP behåller ansvaret för förskrivning fram till "
         "dess. Studie- och yrkesvägledaren på gymnasiet ordnar under vecka 4 2025 två "
         "studiebesök för J., dels på daglig verksamhet med arbetsinriktning, dels på "
         "Komvux anpassade utbildning. LSS-handläggaren på Socialförvaltningen utreder J:s "
         "ansökan om daglig verksamhet enligt 9 § 10 LSS, som lämnas in i januari, och fattar "
         "beslut senast 2025-04-30. Kontaktpersonen enligt LSS fortsätter med träffar varannan "
         "vecka till och med 2025-06-30 och följer med J. på studiebesöken; enhetschefen för "
         "Stöd och service LSS ansvarar för att kontaktpersonen får ersättning för de extra "
         "tillfällena."),
        ("Andra aktörer:",
         " Arbetsförmedlingen Motala: arbetsförmedlaren Hanna bokar ett inskrivningsmöte med J. "
         "i februari 2025 (vecka 7) och gör en kartläggning av om han kan få stöd genom SIUS "
         "eller programmet Stöd och matchning efter skolavslutningen. Försäkringskassan: J. "
         "ansöker med hjälp av sin mamma om aktivitetsersättning när han fyller 19 i augusti "
         "2025; mamma ansvarar för att ansökan skickas in under juli och Försäkringskassan "
         "utreder därefter rätten till ersättning. Mamma följer också med J. till "
         "inskrivningsmötet hos Arbetsförmedlingen."),
        ("Huvudansvar:",
         " Huvudansvarig för planen, det vill säga för att hålla ihop den och kalla till "
         "uppföljning, är LSS-handläggare Sofia på Socialförvaltningen, Motala kommun."),
        ("Uppföljning:",
         " Planen följs upp vecka 10 2025, tid och plats meddelas av huvudansvarig."),
    ]
    for lead, text in parts:
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(10)
        p.paragraph_format.line_spacing = 1.15
        p.add_run(lead).bold = True
        p.add_run(text)
    p = doc.add_paragraph()
    p.add_run("Planen upprättad 2024-12-05.").italic = True
    fn = path(2, "docx")
    doc.save(fn)
    normalize_docx(fn)


# ---------------------------------------------------------------------------
# 03  Markdown, definition-list style and task list of measures
# ---------------------------------------------------------------------------
MD_03 = """# SIP – samordnad individuell plan

**Barn:** E., 12 år (ÅÅMMDD-XXXX)  
**Vårdnadshavare:** mamma S. och pappa D.  
**Mötesdatum:** 2024-11-19  
**Plats:** Familjecentralen Skäggetorp, Linköping

## Deltagare

- E.
- S., mamma
- D., pappa
- Lina, socialsekreterare
- Mikael, kurator
- Farida, sjuksköterska
- Jonas, psykolog

## Planens innehåll

Syfte
: Samordning.

Bakgrund
: E. går i årskurs 6 och fick diagnosen ADHD på BUP Linköping i mars 2023. Hon har
  medicin (metylfenidat) som fungerar bra under skoldagen men verkar gå ur kroppen vid
  15-tiden. Hemma är det mycket konflikter, framför allt på morgnarna och efter skolan,
  både med föräldrarna och med lillebror (8 år). Vid två tillfällen i höstas har mamma
  ringt socialjouren efter bråk där E. slängt saker och sprungit ut. I skolan fungerar
  lektionerna hyggligt med anpassningar, men det blir ofta konflikter på rasterna.

E:s egna mål
: "Jag vill att det ska bli mindre bråk hemma och att mamma och pappa inte skriker på
  mig. Och jag vill få sova över hos kompisar igen."

Delaktighet
: E. var med på första halvan av mötet tillsammans med mamma och pappa och gick sedan
  till fritids. Hon berättade själv att morgnarna är värst och att hon vill ha en egen
  stund i lugn och ro när hon kommer hem, innan någon pratar om läxor. Hon vill inte byta
  skola och vill inte att klasskamraterna ska märka att hon har extra stöd på rasterna.

## Åtgärder

- [x] Läkemedelsuppföljning, justering av eftermiddagsdos (BUP Linköping, läkare – genomfört 2024-11-12)
- [ ] Kartläggning av morgon- och kvällsrutiner, bildschema hemma (BUP Linköping, arbetsterapeut – december 2024)
- [ ] Föräldrastödsprogram i grupp, 8 träffar, för mamma och pappa (Föräldrastöd, Linköpings kommun – start 2025-01-15)
- [ ] Utredning av behov av familjebehandling i hemmet (IFO Barn och familj, socialsekreterare Lina – beslut senast 2024-12-10)
- [ ] Rastaktivitet med vuxen två dagar i veckan och en lugn plats att gå till vid konflikt (skolan, kurator Mikael tillsammans med mentor)

## Uppföljning

Ny SIP-träff om ungefär tre månader. Kallelse skickas ut.
"""


def make_03():
    with open(path(3, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(MD_03)


# ---------------------------------------------------------------------------
# 04  txt, chat-like export with timestamps and staff names (UTF-8, LF)
# ---------------------------------------------------------------------------
CHAT_04 = [
    ("2024-11-26 14:05", "Anna",
     "Hej alla! Sammanfattar här från SIP-mötet i förmiddags så vi har det samlat på ett "
     "ställe, eftersom vi inte hann skriva klart planen på mötet. Rätta mig om jag har "
     "missat något."),
    ("2024-11-26 14:07", "Anna",
     "Med på mötet var P., jag, Kim, Sara och Johan (Johan via Teams)."),
    ("2024-11-26 14:12", "Anna",
     "Bakgrund i korthet: P. är 48 år och bor i en hyresrätt i Navestad, Norrköping. Han "
     "har druckit dagligen sedan han blev av med jobbet på lagret för två år sedan, "
     "uppskattningsvis en flaska vin och några starköl om dagen. Han har hyresskulder på "
     "tre månader och hyresvärden har skickat en uppsägning som kan leda till vräkning i "
     "februari. Dessutom skulder hos flera inkassobolag, han vet inte själv hur mycket."),
    ("2024-11-26 14:20", "Kim",
     "Bra sammanfattat. P. sa själv på mötet, jag skrev ner det ordagrant: \"Jag vill ha "
     "kvar lägenheten och kunna ha mina barn här varannan helg igen. Och jag vill sluta "
     "dricka på vardagarna, helst helt.\""),
    ("2024-11-26 14:22", "Kim",
     "Han var med hela mötet och sa också att han inte vill bli inlagd på avgiftning just "
     "nu, men att han kan tänka sig att komma på samtal om det blir på förmiddagar. Han "
     "tycker att det är jobbigt med många olika kontakter och vill helst ha en person att "
     "ringa."),
    ("2024-11-26 14:31", "Sara",
     "Samtycke finns för SIP:en, det har jag kollat."),
    ("2024-11-26 14:40", "Johan",
     "Det vi kom fram till var väl ungefär: fortsatt kontakt kring alkoholen, stöd med "
     "ekonomin och att se över boendefrågan. Vi får hjälpas åt med det."),
    ("2024-11-26 14:43", "Anna",
     "Andra aktörer: P. har ingen god man och inget pågående ärende hos Försäkringskassan "
     "eller Arbetsförmedlingen, och han vill inte ha god man nu. Så inga andra aktörer är "
     "inblandade just nu."),
    ("2024-11-26 14:47", "Johan",
     "Vem som ska vara huvudansvarig bestämde vi inte, det får vi ta nästa gång."),
    ("2024-11-26 14:52", "Kim",
     "Jag tänker att vi ses igen om sisådär sex veckor, efter trettonhelgen i alla fall."),
    ("2024-11-26 14:53", "Sara",
     "Låter bra. Efter trettonhelgen funkar för mig."),
    ("2024-11-26 15:10", "Anna",
     "Då kör vi på det. Jag lägger in den här tråden i akten som minnesanteckning från "
     "SIP-mötet 2024-11-26."),
]


def wrap(text, width=76, indent=""):
    words = text.split()
    lines, cur = [], ""
    for w in words:
        if cur and len(indent) + len(cur) + 1 + len(w) > width:
            lines.append(indent + cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    if cur:
        lines.append(indent + cur)
    return lines


def make_04():
    out = ["Export av chatt: \"SIP P. – Norrköping\"",
           "Exporterad: 2024-11-28 09:02",
           "Medlemmar i chatten: Anna, Kim, Sara, Johan",
           "=" * 64, ""]
    for ts, name, msg in CHAT_04:
        out.append(f"[{ts}] {name}:")
        out.extend(wrap(msg, 76, "    "))
        out.append("")
    out.append("=" * 64)
    out.append("Slut på export (12 meddelanden)")
    with open(path(4, "txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


# ---------------------------------------------------------------------------
# 05  docx follow-up: table of earlier measures with status, table of new ones
# ---------------------------------------------------------------------------
def make_05():
    doc = Document()
    set_core(doc, "SIP uppföljning A.", "IFO Finspång", datetime.datetime(2025, 1, 22, 10, 0))
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    hp = sec.header.paragraphs[0]
    hp.text = "Finspångs kommun – Socialtjänsten, Individ- och familjeomsorgen"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "SIP uppföljning – A. – 2025-01-21"
    fp.runs[0].font.size = Pt(8)

    doc.add_heading("SIP – uppföljning", level=1)
    info = doc.add_table(rows=4, cols=2)
    info.style = "Table Grid"
    data = [("Namn", "A., 15 år"), ("Personnummer", "ÅÅMMDD-XXXX"),
            ("Datum för uppföljningsmöte", "2025-01-21"),
            ("Ursprunglig plan upprättad", "2024-09-03")]
    for row, (k, v) in zip(info.rows, data):
        set_cell(row.cells[0], k, bold=True)
        set_cell(row.cells[1], v)
        shade(row.cells[0], "E7E6E6")
    doc.add_paragraph()

    doc.add_heading("Syfte", level=2)
    doc.add_paragraph("Se tidigare plan.")
    doc.add_heading("Frågeställningar inför mötet", level=2)
    doc.add_paragraph("Har A. slutat röka cannabis – vad visar urinproverna sedan november?",
                      style="List Bullet")
    doc.add_paragraph("Hur ska skolan stötta A. så att han når godkänt i svenska, engelska och "
                      "matematik till våren och blir behörig till gymnasiet?", style="List Bullet")
    doc.add_heading("Mål", level=2)
    doc.add_paragraph("Målet är att A. ska vara drogfri och gå ut årskurs 9 med behörighet "
                      "till ett nationellt program på gymnasiet.")
    doc.add_heading("Delaktighet och samtycke", level=2)
    doc.add_paragraph("A. deltog inte på mötet. Samtycke finns sedan tidigare.")

    doc.add_heading("Insatser enligt tidigare plan", level=2)
    prev = [("Insats", "Ansvarig", "Uppföljning/status"),
            ("Urinprovskontroller varannan vecka",
             "Mini-Maria Norrköping, Region Östergötland",
             "Genomfört 6 av 8 planerade prover. Två prover i oktober positiva för cannabis, "
             "de tre senaste (nov–jan) negativa."),
            ("Motiverande samtal (MI) med ungdomsbehandlare, 10 tillfällen",
             "Ungdomsteamet, IFO Finspång",
             "A. har kommit på 7 av 10 samtal. Behandlaren bedömer att han är mer öppen än i "
             "höstas. Fortsätter."),
            ("Extra stöd i matematik två lektioner i veckan",
             "Mentor och speciallärare, Högstadiet Finspång",
             "Pågår. A. har kommit på ungefär hälften av tillfällena, bättre efter jullovet."),
            ("Familjesamtal med A. och mamma",
             "Familjebehandlare, IFO Finspång",
             "Avslutat i december enligt plan, 6 samtal genomförda."),
            ("Kontakt med skolsköterska kring sömn",
             "Elevhälsan, Högstadiet Finspång",
             "Ej påbörjat, skolsköterskan har varit sjukskriven under hösten.")]
    t = doc.add_table(rows=len(prev), cols=3)
    t.style = "Table Grid"
    for i, row in enumerate(prev):
        for j, val in enumerate(row):
            set_cell(t.rows[i].cells[j], val, bold=(i == 0), size=9.5)
            if i == 0:
                shade(t.rows[i].cells[j], "D9E2F3")
    repeat_header(t.rows[0])
    for row in t.rows:
        row.cells[0].width = Cm(5.5)
        row.cells[1].width = Cm(4.5)
        row.cells[2].width = Cm(7.0)
    doc.add_paragraph()

    doc.add_heading("Nya och fortsatta insatser", level=2)
    new = [("Insats", "Ansvarig", "När"),
           ("Urinprovskontroller en gång i veckan",
            "Mini-Maria Norrköping", "2025-01-27 t.o.m. 2025-04-30"),
           ("Fortsatta MI-samtal, ytterligare 6 tillfällen",
            "Ungdomsbehandlare, Ungdomsteamet IFO Finspång", "Februari–mars 2025, varannan vecka"),
           ("Studiehandledning i svenska och engelska, en timme i veckan, utöver matematikstödet",
            "Speciallärare, Högstadiet Finspång", "Fr.o.m. vecka 5 2025"),
           ("Erbjudande om fritidsaktivitet (gym/idrottsförening) via fritidsgården",
            "Fritidsledare, Fritidsgården Finspång", "")]
    t2 = doc.add_table(rows=len(new), cols=3)
    t2.style = "Table Grid"
    for i, row in enumerate(new):
        for j, val in enumerate(row):
            set_cell(t2.rows[i].cells[j], val, bold=(i == 0), size=9.5)
            if i == 0:
                shade(t2.rows[i].cells[j], "D9E2F3")
    repeat_header(t2.rows[0])
    for row in t2.rows:
        row.cells[0].width = Cm(7.5)
        row.cells[1].width = Cm(5.5)
        row.cells[2].width = Cm(4.0)
    doc.add_paragraph()

    doc.add_heading("Huvudansvar", level=2)
    doc.add_paragraph("Socialtjänsten Finspång.")
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Nästa uppföljning: ").bold = True
    p.add_run("tisdag 2025-04-08 kl. 13.30 i Socialtjänstens lokaler i Finspång. "
              "Samma deltagare kallas.")
    fn = path(5, "docx")
    doc.save(fn)
    normalize_docx(fn)


# ---------------------------------------------------------------------------
# 06  docx -> PDF via LibreOffice: landscape, three newspaper columns
# ---------------------------------------------------------------------------
def set_cols(section, num, space_twips=567, sep=False):
    sectPr = section._sectPr
    cols = sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sectPr.append(cols)
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), str(space_twips))
    if sep:
        cols.set(qn("w:sep"), "1")


def landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width = Cm(29.7)
    section.page_height = Cm(21.0)
    section.left_margin = section.right_margin = Cm(1.6)
    section.top_margin = Cm(1.5)
    section.bottom_margin = Cm(1.5)


def make_06(tmpdir):
    doc = Document()
    set_core(doc, "SIP B.", "Region Gotland", datetime.datetime(2025, 1, 22, 8, 0))
    normal = doc.styles["Normal"]
    normal.font.name = "Liberation Serif"
    normal.font.size = Pt(9.5)
    normal.paragraph_format.space_after = Pt(3)
    sec = doc.sections[0]
    landscape(sec)
    set_cols(sec, 1)
    hp = sec.header.paragraphs[0]
    hp.text = "Region Gotland  ·  Hälso- och sjukvårdsförvaltningen  ·  Socialförvaltningen"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(8)

    t = doc.add_paragraph()
    r = t.add_run("SAMORDNAD INDIVIDUELL PLAN – SIP")
    r.bold = True
    r.font.size = Pt(18)
    s = doc.add_paragraph()
    r = s.add_run("B., 79 år  ·  ÅÅMMDD-XXXX  ·  Möte 2025-01-21 på Vårdcentralen Visby norr")
    r.font.size = Pt(10)
    r.italic = True
    s.paragraph_format.space_after = Pt(8)

    sec2 = doc.add_section(WD_SECTION.CONTINUOUS)
    landscape(sec2)
    set_cols(sec2, 3, 500, sep=True)

    def head(text):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(7)
        p.paragraph_format.space_after = Pt(1)
        p.paragraph_format.keep_with_next = True
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(8.5)
        r.font.small_caps = True
        r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)

    def para(text):
        p = doc.add_paragraph(text)
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        return p

    head("Syfte")
    para("Samordning av vård och omsorg.")
    head("Bakgrund")
    para("B. har Parkinsons sjukdom sedan 2016 och bor med sin make G. (82 år) i villa i "
         "Visby. Sjukdomen har gått framåt det senaste året: hon har svårt att komma igång "
         "när hon ska gå (frysningar), har fallit tre gånger i hemmet under december och har "
         "periodvis nattlig oro och synvillor. Medicineringen tas fem gånger per dygn och "
         "tiderna är viktiga för att hon ska kunna röra sig.")
    para("G. har hittills skött det mesta i hemmet och hjälper B. med påklädning, "
         "toalettbesök och mediciner. Han berättar att han sover dåligt eftersom B. är vaken "
         "flera gånger per natt, och att han är orolig för att inte orka. Hemtjänst finns sedan "
         "oktober 2024 med två besök per dag (morgon och kväll).")
    head("Nuvarande insatser")
    para("Hemtjänst Visby öster morgon och kväll sedan 2024-10-07 (påklädning, frukost, "
         "kvällsmål och hjälp i säng). Trygghetslarm sedan november 2024. Fysioterapeut "
         "från kommunal rehab gav ett hemträningsprogram under hösten, avslutat i december. "
         "B. har färdtjänst. Neurologmottagningen har haft årlig kontroll, senast i maj 2024.")
    head("Sammanfattning från mötet")
    para("Deltagarna är överens om att situationen i hemmet är ansträngd och att G. riskerar "
         "att inte orka om inte insatserna utökas före våren. Fallen i december har skett "
         "på väg till toaletten nattetid och vid tillfällen när effekten av medicinen har "
         "klingat av innan nästa dos. Hemtjänsten rapporterar att B. vid flera morgonbesök "
         "har varit så stel att det har behövts två personal. Sjuksköterskan från "
         "neurologmottagningen bedömde per telefon att tiderna för medicineringen bör ses "
         "över innan dosen höjs, och att synvillorna kan hänga ihop med kvällsdosen.")
    head("Samtycke")
    para("Muntligt samtycke till SIP och till informationsöverföring mellan de verksamheter "
         "som deltar lämnades av B. till distriktssköterskan vid hembesök 2025-01-09. "
         "Antecknat i journalen samma dag.")
    head("Deltagare")
    for line in ["G., make",
                 "Maria, distriktssköterska, Vårdcentralen Visby norr",
                 "Erik, biståndshandläggare, Socialförvaltningen Region Gotland",
                 "Linnea, arbetsterapeut, Rehab kommunal hälso- och sjukvård, Region Gotland",
                 "Sven, enhetschef, Hemtjänst Visby öster",
                 "Åsa, sjuksköterska, Neurologmottagningen Visby lasarett (per telefon)"]:
        p = doc.add_paragraph(line)
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.left_indent = Cm(0.3)
    head("Insatser")
    items = [
        ("Hemtjänst. ", "Utökning från två till fyra besök per dag (morgon, lunch, kväll och "
         "tillsyn kl. 22). Biståndshandläggaren fattar beslut senast 2025-01-31 och Hemtjänst "
         "Visby öster startar insatsen 2025-02-03."),
        ("Avlösning i hemmet. ", "Sex timmar per vecka så att G. kan gå ifrån. Beslut av "
         "biståndshandläggaren senast 2025-01-31, start vecka 6."),
        ("Hjälpmedel och fallprevention. ", "Arbetsterapeuten gör hembesök 2025-01-28 och "
         "bedömer behov av rollator med handbroms, toalettförhöjning, sänggrind och "
         "lyftbälte. Förskrivna hjälpmedel levereras från hjälpmedelscentralen."),
        ("Läkemedel. ", "Distriktssköterskan skriver in B. i hemsjukvården och ordnar "
         "dosdispenserade läkemedel (Apodos) från 2025-02-03, så att hemtjänsten kan ge "
         "läkemedlen vid lunch och kväll."),
        ("Neurologisk bedömning. ", "Neurologmottagningen ser över Parkinsonmedicineringen "
         "med anledning av frysningar och synvillor. Tid skickas med kallelse."),
    ]
    for lead, text in items:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.add_run(lead).bold = True
        p.add_run(text)
    head("Närståendes och andras insatser")
    para("G. fortsätter att ge morgonmedicinen kl. 7 och kvällsmedicinen kl. 21 fram till "
         "att Apodos startar, och för en symtomdagbok (bra och dåliga perioder, fall, "
         "nätter) som han tar med till neurologbesöket. G. anmäler sig själv till "
         "anhöriggruppen för närstående till personer med Parkinson, som startar i februari. "
         "Parkinsonföreningen på Gotland har gett honom information om träffar.")
    head("Huvudansvar")
    para("Region Gotland.")
    head("Övrigt")
    para("Planen gäller tills vidare. Kopia av planen skickas hem till B. och G. "
         "Vid försämring kontaktar G. distriktssköterskan via växeln.")

    docx_fn = os.path.join(tmpdir, f"{PREFIX}06.docx")
    doc.save(docx_fn)
    soffice_pdf(docx_fn, tmpdir)
    shutil.copy(os.path.join(tmpdir, f"{PREFIX}06.pdf"), path(6, "pdf"))


# ---------------------------------------------------------------------------
# 07  docx with real footnotes (w:footnoteReference)
# ---------------------------------------------------------------------------
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def xml_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def add_footnotes_part(doc, notes):
    body = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:footnotes xmlns:w="{W_NS}" xmlns:r="{R_NS}">',
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" '
            'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing '
            'w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/>'
            '</w:r></w:p></w:footnote>']
    for nid, text in notes:
        body.append(
            f'<w:footnote w:id="{nid}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
            f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:t xml:space="preserve"> {xml_escape(text)}</w:t></w:r></w:p></w:footnote>')
    body.append("</w:footnotes>")
    part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES,
                "".join(body).encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)


def add_footnote_ref(paragraph, nid):
    run = paragraph.add_run()
    rPr = run._r.get_or_add_rPr()
    rs = OxmlElement("w:rStyle")
    rs.set(qn("w:val"), "FootnoteReference")
    rPr.append(rs)
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), str(nid))
    run._r.append(ref)
    return run


def make_07():
    doc = Document()
    set_core(doc, "SIP R.", "Psykiatriska mottagningen Linköping", datetime.datetime(2024, 11, 6, 11, 0))
    styles = doc.styles
    fnt = styles.add_style("FootnoteText", WD_STYLE_TYPE.PARAGRAPH)
    fnt.base_style = styles["Normal"]
    fnt.font.size = Pt(9)
    fnt.paragraph_format.space_after = Pt(0)
    fnr = styles.add_style("FootnoteReference", WD_STYLE_TYPE.CHARACTER)
    fnr.font.superscript = True
    # python-docx names the styles by their UI name; give them the Word ids
    fnt.element.set(qn("w:styleId"), "FootnoteText")
    fnr.element.set(qn("w:styleId"), "FootnoteReference")
    fnt.name = "footnote text"
    fnr.name = "footnote reference"

    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    hp = sec.header.paragraphs[0]
    hp.text = "Region Östergötland, Psykiatriska mottagningen Linköping  |  Linköpings kommun, Socialförvaltningen"
    hp.runs[0].font.size = Pt(8)

    doc.add_heading("Samordnad individuell plan (SIP)", level=1)
    p = doc.add_paragraph()
    p.add_run("Namn: ").bold = True
    p.add_run("R.    ")
    p.add_run("Personnummer: ").bold = True
    p.add_run("ÅÅMMDD-XXXX")
    p = doc.add_paragraph()
    p.add_run("Datum för mötet: ").bold = True
    p.add_run("2024-11-05, Psykiatriska mottagningen Linköping")

    doc.add_heading("Deltagare", level=2)
    doc.add_paragraph("R., Elin, Mats, Johanna, Karin")

    doc.add_heading("Samtycke", level=2)
    p = doc.add_paragraph("R. har samtyckt till SIP och till att de verksamheter som "
                          "deltar utbyter information med varandra.")
    add_footnote_ref(p, 1)

    doc.add_heading("Bakgrund", level=2)
    doc.add_paragraph(
        "R. är 33 år och bor ensam i en hyreslägenhet i Ryd, Linköping. Han insjuknade i sin "
        "första psykos 2023 och fick diagnosen schizofreni i början av 2024. Under sommaren "
        "slutade han ta sin medicin och vårdades på Psykiatriska kliniken, avdelning 5, "
        "mellan 2024-09-28 och 2024-10-18. Han har tidigare arbetat inom bilvård men är "
        "sjukskriven sedan mars 2024. Hyresvärden har under hösten hört av sig om klagomål "
        "från grannar och om obetald hyra för september. R. har få sociala kontakter, "
        "mamma bor i Norrköping.")

    doc.add_heading("Syfte", level=2)
    doc.add_paragraph(
        "Syftet med planen är att R. efter utskrivningen från heldygnsvården ska få ett "
        "samordnat stöd i vardagen, så att han fortsätter med sin medicinering, behåller sin "
        "lägenhet och inte behöver läggas in igen.")

    doc.add_heading("Frågeställningar", level=2)
    doc.add_paragraph("Hur ska R. få stöd med struktur i vardagen, framför allt kvällar och "
                      "helger när han är ensam?", style="List Bullet")
    doc.add_paragraph("Vem hjälper R. med kontakten med hyresvärden och den obetalda hyran?",
                      style="List Bullet")

    doc.add_heading("Delaktighet", level=2)
    doc.add_paragraph("R. deltog under hela mötet.")

    doc.add_heading("Insatser", level=2)
    rows = [("Insats", "Ansvarig", "Tid"),
            ("Depåinjektion var fjärde vecka", "Sjuksköterska, Psykiatriska mottagningen Linköping",
             "Nästa 2024-11-19, därefter var 4:e vecka"),
            ("Case management, träff en gång i veckan i hemmet eller på mottagningen",
             "Case manager, Psykiatriska mottagningen Linköping", "Fr.o.m. 2024-11-11"),
            ("Boendestöd tre gånger i veckan: struktur för dagen, inköp, städning, post och "
             "räkningar, stöd i kontakt med hyresvärden",
             "Boendestödjare, Socialförvaltningen Linköpings kommun", "Start 2024-11-18"),
            ("Bedömning av aktivitetsförmåga (ADL) i hemmet",
             "Arbetsterapeut, Psykiatriska mottagningen Linköping", "Se not"),
            ("Utredning av sysselsättning/träfflokal enligt SoL",
             "Biståndshandläggare, Socialförvaltningen Linköpings kommun",
             "Beslut senast 2024-12-13")]
    t = doc.add_table(rows=len(rows), cols=3)
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            set_cell(t.rows[i].cells[j], val, bold=(i == 0), size=10)
            if i == 0:
                shade(t.rows[i].cells[j], "DDDDDD")
    repeat_header(t.rows[0])
    add_footnote_ref(t.rows[4].cells[2].paragraphs[0], 2)

    doc.add_heading("Andra aktörer", level=2)
    doc.add_paragraph("R. har sjukpenning från Försäkringskassan. God man är inte aktuellt.")

    doc.add_heading("Huvudansvar", level=2)
    doc.add_paragraph("Elin, case manager, Psykiatriska mottagningen Linköping, Region "
                      "Östergötland.")

    add_footnotes_part(doc, [
        (1, "Muntligt samtycke lämnat av R. på mötet 2024-11-05. Antecknat i journalen av "
            "case manager samma dag. Samtycket omfattar Psykiatriska mottagningen Linköping "
            "och Socialförvaltningen Linköpings kommun."),
        (2, "Hembesök bokat 2024-11-27 kl. 10.00."),
    ])
    fn = path(7, "docx")
    doc.save(fn)
    normalize_docx(fn)


# ---------------------------------------------------------------------------
# 08  NOT a plan: municipal decision letter, home care granted
# ---------------------------------------------------------------------------
def make_08():
    doc = Document()
    set_core(doc, "Beslut – hemtjänst", "Vård- och omsorgskontoret", datetime.datetime(2024, 10, 14, 13, 0))
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    doc.styles["Normal"].font.name = "Garamond"
    doc.styles["Normal"].font.size = Pt(11.5)
    ht = sec.header.add_table(1, 2, Cm(16))
    set_cell(ht.rows[0].cells[0], "NORRKÖPINGS KOMMUN\nVård- och omsorgskontoret\nMyndighetsenheten", bold=False, size=9)
    set_cell(ht.rows[0].cells[1], "BESLUT\nDatum: 2024-10-14\nDnr: VOK 2024-XXXX", size=9)
    ht.rows[0].cells[1].paragraphs[0].runs[0].bold = True
    for cp in ht.rows[0].cells[1].paragraphs:
        cp.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    doc.add_paragraph()
    addr = doc.add_paragraph("[Namn]\n[Adress]\n[Postnummer] Norrköping")
    addr.paragraph_format.left_indent = Cm(9)
    doc.add_paragraph()

    doc.add_heading("Beslut – hemtjänst", level=1)
    p = doc.add_paragraph()
    p.add_run("Ärende: ").bold = True
    p.add_run("Ansökan om bistånd i form av hemtjänst, inkommen 2024-09-30.")
    p = doc.add_paragraph()
    p.add_run("Sökande: ").bold = True
    p.add_run("[Namn], ÅÅMMDD-XXXX")

    doc.add_heading("Beslut", level=2)
    doc.add_paragraph(
        "Du beviljas bistånd i form av hemtjänst enligt 4 kap. 1 § socialtjänstlagen "
        "(2001:453) med följande insatser:")
    for s in ["Hjälp med personlig omvårdnad morgon och kväll (påklädning, dusch två gånger "
              "per vecka, av- och påtagning av stödstrumpor)",
              "Inköp en gång per vecka",
              "Städning varannan vecka",
              "Tillsyn en gång per dag",
              "Trygghetslarm"]:
        doc.add_paragraph(s, style="List Bullet")
    doc.add_paragraph(
        "Beslutet gäller från och med 2024-10-21 till och med 2025-04-30. Omfattningen är "
        "beräknad till 26 timmar per månad. Insatserna utförs av Hemtjänst Norrköping "
        "Ektorp. Utföraren kontaktar dig för att gå igenom när och hur hjälpen ska ges och "
        "upprätta en genomförandeplan tillsammans med dig.")

    doc.add_heading("Motivering", level=2)
    doc.add_paragraph(
        "Av utredningen framgår att du efter din höftoperation i september 2024 har svårt att "
        "klara den personliga omvårdnaden och att sköta hemmet på egen hand. Du har uppgett "
        "att du vill bo kvar i din lägenhet och att du har en son som hjälper dig med "
        "ekonomin. Arbetsterapeut från kommunens rehabenhet har bedömt att du behöver hjälp "
        "med förflyttning i duschen. Nämnden bedömer att ditt behov inte kan tillgodoses på "
        "annat sätt och att du genom insatserna tillförsäkras en skälig levnadsnivå.")

    doc.add_heading("Avgift", level=2)
    doc.add_paragraph(
        "För hemtjänst och trygghetslarm tas en avgift ut enligt kommunens taxa. Du får ett "
        "separat beslut om avgift när dina inkomstuppgifter har kommit in.")

    doc.add_heading("Hur du överklagar", level=2)
    doc.add_paragraph(
        "Om du inte är nöjd med beslutet kan du överklaga det hos Förvaltningsrätten i "
        "Linköping. Skriv till Vård- och omsorgskontoret och tala om vilket beslut du vill "
        "överklaga och hur du vill att det ska ändras. Överklagandet ska ha kommit in inom "
        "tre veckor från den dag du fick del av beslutet. Behöver du hjälp att överklaga kan "
        "du kontakta din biståndshandläggare.")

    doc.add_paragraph()
    doc.add_paragraph("Med vänliga hälsningar")
    doc.add_paragraph("Linda\nBiståndshandläggare\nVård- och omsorgskontoret, Norrköpings kommun\n"
                      "Nås via kommunens växel")
    fp = sec.footer.paragraphs[0]
    fp.text = "Norrköpings kommun · Vård- och omsorgskontoret · Kontakt via växeln"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.runs[0].font.size = Pt(8)
    fn = path(8, "docx")
    doc.save(fn)
    normalize_docx(fn)


def main():
    os.makedirs(OUT, exist_ok=True)
    make_01()
    make_02()
    make_03()
    make_04()
    make_05()
    with tempfile.TemporaryDirectory(prefix="f61a-") as tmp:
        make_06(tmp)
    make_07()
    make_08()
    print("\n".join(sorted(os.listdir(OUT))))


if __name__ == "__main__":
    main()
