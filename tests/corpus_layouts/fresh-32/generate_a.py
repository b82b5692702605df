#!/usr/bin/env python3
"""Generate the f32a batch of fictional, anonymized SIP plans into plans/.

Run with python generate_a.py
Deterministic: fixed dates, no randomness. PDFs 06 is printed via LibreOffice.
"""
import os
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
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f32a"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_I = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"
LO_PROFILE = "file:///tmp/lo-f32a"


def path(n, ext):
    return os.path.join(OUT, f"{PREFIX}-{n:02d}.{ext}")


def fixed_docx_props(doc, title):
    cp = doc.core_properties
    import datetime as dt
    cp.author = ""
    cp.last_modified_by = ""
    cp.title = title
    cp.created = dt.datetime(2025, 1, 1, 8, 0, 0)
    cp.modified = dt.datetime(2025, 1, 1, 8, 0, 0)
    cp.revision = 1


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def mark_header_row(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def set_cell_text(cell, text, bold=False, size=None, italic=False, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    return cell


def normalize_zip(p):
    """Rewrite a .docx with fixed zip timestamps so repeated runs give identical bytes."""
    import zipfile
    with zipfile.ZipFile(p) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def convert_pdf(docx_path, pdf_target):
    tmpdir = tempfile.mkdtemp(prefix="f32a-lo-")
    subprocess.run(
        ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
         "--convert-to", "pdf", "--outdir", tmpdir, docx_path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240,
    )
    produced = os.path.join(tmpdir, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
    shutil.move(produced, pdf_target)
    shutil.rmtree(tmpdir, ignore_errors=True)


# ---------------------------------------------------------------------------
# 01  Record-system print (fpdf2), Fagersta, adult with schizophrenia + eviction
# ---------------------------------------------------------------------------
class RecordPrint(FPDF):
    system = "Cosmic – Region Västmanland"
    patient = "J.K."
    printed = "2025-03-12 14:37"

    def header(self):
        self.set_font("DejaVu", "B", 8)
        self.set_text_color(60, 60, 60)
        self.cell(70, 4, self.system, new_x="RIGHT", new_y="TOP")
        self.set_font("DejaVu", "", 8)
        self.cell(50, 4, f"Patient: {self.patient}  (ÅÅMMDD-XXXX)", new_x="RIGHT", new_y="TOP")
        self.cell(0, 4, f"Utskrivet: {self.printed}", align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(120, 4, "Journalanteckning – Samordnad individuell plan (SIP)", new_x="RIGHT", new_y="TOP")
        self.cell(0, 4, f"Sida {self.page_no()} ({{nb}})", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(120, 120, 120)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(5)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Utskriften är en kopia av journalinformation. Hanteras enligt gällande sekretessregler.",
                  align="C")
        self.set_text_color(0, 0, 0)


def field(pdf, label, value, lw=None):
    """'Label:' in bold with the value on the same line, wrapping under itself."""
    pdf.set_font("DejaVu", "B", 9.5)
    lab = label + ":"
    w = lw if lw else pdf.get_string_width(lab) + 2
    x0 = pdf.l_margin
    pdf.set_x(x0)
    pdf.cell(w, 5, lab, new_x="RIGHT", new_y="TOP")
    pdf.set_font("DejaVu", "", 9.5)
    if value:
        pdf.multi_cell(0, 5, value, align="L", new_x="LMARGIN", new_y="NEXT")
    else:
        pdf.ln(5)
    pdf.ln(1.2)


def section(pdf, title):
    pdf.ln(1.5)
    pdf.set_font("DejaVu", "B", 10.5)
    pdf.set_fill_color(225, 230, 238)
    pdf.cell(0, 6, title, fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def plan01():
    pdf = RecordPrint(format="A4")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_font("DejaVu", "I", FONT_I)
    pdf.set_margins(18, 14, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.alias_nb_pages()
    pdf.set_title("SIP J.K.")
    pdf.set_creation_date(__import__("datetime").datetime(2025, 3, 12, 14, 37))
    pdf.add_page()

    field(pdf, "Vårdenhet", "Psykiatriska öppenvården Fagersta, Team psykos")
    field(pdf, "Anteckningstyp", "SIP – samordnad individuell plan")
    field(pdf, "Signerad av", "Case manager, Psykiatriska öppenvården Fagersta, 2025-03-12")
    field(pdf, "Planens status", "Fastställd")

    section(pdf, "Möte")
    field(pdf, "Datum för SIP-möte", "2025-03-11, kl. 13.30–15.00")
    field(pdf, "Plats", "Psykiatriska öppenvården Fagersta, samtalsrum 2")
    field(pdf, "Deltagare",
          "J. (patient); case manager och sjuksköterska, Psykiatriska öppenvården Fagersta; "
          "socialsekreterare, Vuxenenheten IFO Fagersta kommun; boendestödjare, Socialpsykiatrin "
          "Fagersta kommun; handläggare försörjningsstöd, IFO Fagersta kommun (deltog per telefon).")

    section(pdf, "Bakgrund och syfte")
    field(pdf, "Bakgrund",
          "J., 38 år, har schizofreni sedan drygt tio år och har periodvis haft dålig följsamhet till "
          "medicineringen. Under hösten 2024 försämrades han med sömnsvårigheter, misstänksamhet och "
          "isolering. Grannar har klagat på störningar nattetid och hyran har inte betalats för "
          "november–januari. Hyresvärden skickade uppsägning av hyresavtalet 2025-02-20 med "
          "avflyttning 2025-05-31 om inte skulden regleras och störningarna upphör. J. bodde på "
          "härbärge en period 2019 och är mycket orolig för att hamna där igen. Sedan februari får han "
          "depåinjektion och är stabilare enligt både J. själv och teamet.")
    field(pdf, "Syfte",
          "Att samordna psykiatrins och socialtjänstens insatser så att J. kan behålla sin lägenhet "
          "trots uppsägningen, få ordning på hyresskulden och hålla en stabil behandling av sin "
          "schizofreni så att han inte blir sämre igen under våren.")
    field(pdf, "Frågeställningar", "Aktuell situation.")

    section(pdf, "Den enskildes mål och delaktighet")
    field(pdf, "Den enskildes mål",
          "”Jag vill bo kvar i min lägenhet och slippa hamna på härbärget igen. Och jag vill ha "
          "något att göra på dagarna så jag inte bara sitter hemma.”")
    field(pdf, "Delaktighet",
          "J. deltog under hela mötet. Han vill behålla sprutan eftersom han tycker att han sover "
          "bättre, men vill inte ha hembesök av fler än två olika personer. Han önskar att "
          "boendestödjaren hjälper honom att öppna post och betala hyran.")
    field(pdf, "Samtycke", "Samtycke inhämtat.")

    section(pdf, "Planerade åtgärder")
    pdf.set_font("DejaVu", "", 9)
    rows = [
        ("Depåinjektion antipsykotikum var tredje vecka på mottagningen, med påminnelse per sms dagen före.",
         "Psykiatriska öppenvården Fagersta, sjuksköterska", "2025-03-13 – tills vidare"),
        ("Läkarbesök för uppföljning av medicinering, biverkningar och sömn.",
         "Psykiatriska öppenvården Fagersta, specialistläkare", "2025-04-15"),
        ("Case manager-samtal varannan vecka med fokus på tidiga tecken på försämring och krisplan.",
         "Psykiatriska öppenvården Fagersta, case manager", "2025-03-18 – 2025-09-30"),
        ("Kontakt med hyresvärden om uppsägningen: begära rättelse, föreslå avbetalningsplan och "
         "informera om pågående insatser (med J:s medgivande).",
         "Vuxenenheten IFO Fagersta, socialsekreterare", "2025-03-12 – 2025-03-31"),
        ("Utredning av ansökan om ekonomiskt bistånd för hyresskulden (tre månadshyror).",
         "IFO Fagersta, handläggare försörjningsstöd", ""),
        ("Boendestöd två gånger per vecka: gå igenom post, betala hyra och räkningar, "
         "struktur i hemmet och matinköp.",
         "Socialpsykiatrin Fagersta, boendestödjare", "fr.o.m. 2025-03-17"),
        ("Introduktion på träffpunkten/sysselsättningen Kompassen, först med boendestödjare som följer med.",
         "Socialpsykiatrin Fagersta, arbetshandledare Kompassen", "fr.o.m. 2025-04-07"),
        ("Informera J. om möjligheten till budget- och skuldrådgivning och boka första tid om han vill.",
         "Vuxenenheten IFO Fagersta, socialsekreterare", "senast 2025-04-30"),
    ]
    heading_style = FontFace(emphasis="BOLD", fill_color=(225, 230, 238))
    with pdf.table(col_widths=(88, 52, 34), text_align="LEFT", line_height=4.6,
                   headings_style=heading_style, repeat_headings=1, padding=1.2) as table:
        h = table.row()
        for t in ("Åtgärd", "Utförare (enhet/funktion)", "Period"):
            h.cell(t)
        for r in rows:
            row = table.row()
            for t in r:
                row.cell(t)
    pdf.ln(3)

    section(pdf, "Ansvar och uppföljning")
    field(pdf, "Övriga aktörer",
          "J. har god man sedan 2023 (Överförmyndarnämnden Norra Västmanland). Ärende finns hos Kronofogden.")
    field(pdf, "Huvudansvarig för planen", "Case manager, Psykiatriska öppenvården Fagersta")
    field(pdf, "Uppföljning", "")
    field(pdf, "Kopia till", "J.; Vuxenenheten IFO Fagersta; Socialpsykiatrin Fagersta")

    pdf.output(path(1, "pdf"))


# ---------------------------------------------------------------------------
# 02  Geriatric discharge plan, text export UTF-8 CRLF, Sala
# ---------------------------------------------------------------------------
def plan02():
    text = """\
VÄSTMANLANDS SJUKHUS VÄSTERÅS - GERIATRISKA KLINIKEN AVD 53
SAMORDNAD INDIVIDUELL PLAN / UTSKRIVNINGSPLAN
Utskrift från journalsystem 2025-02-11 10:42

Patient: G., ÅÅMMDD-XXXX
Inskriven: 2025-01-29   Planerad utskrivning: 2025-02-13
Hemkommun: Sala

BAKGRUND:
G. är en 86-årig kvinna som bor ensam i lägenhet i centrala Sala, andra
våningen med hiss. Inlagd via akuten efter fall i hemmet med
bäckenfraktur (behandlas konservativt) samt förvirring vid ankomst som
bedöms ha orsakats av urinvägsinfektion. Tidigare hypertoni, lätt
hjärtsvikt och måttlig synnedsättning. Före inläggningen klarade hon sig
med hemtjänst för städning varannan vecka och dottern hjälpte till med
inköp. Under vårdtiden har förvirringen gått tillbaka, hon går med
rollator med tillsyn och behöver hjälp med nedre hygien och av- och
påklädning av strumpor och skor.

SYFTE:
Samordnad utskrivning.

PATIENTENS SYN:
G. deltog i planeringsmötet på avdelningen 2025-02-10. Hon vill helst
åka direkt hem och inte till korttidsboende. Hon vill inte ha
nattpatrull eftersom hon tycker att det stör sömnen, men går med på
trygghetslarm. Hon tycker det är viktigt att få duscha själv med lite
hjälp.

MÅL:
Målet är att G. ska kunna bo kvar hemma med stöd och kunna röra sig
säkert i lägenheten med rollator.

SAMTYCKE:
Finns.

DELTAGARE:
Patienten, dotter, sjuksköterska, biståndshandläggare, arbetsterapeut,
fysioterapeut.

Planerade insatser efter utskrivning:
- Hemtjänst morgon och kväll (personlig omvårdnad, på- och avklädning,
  stödstrumpor, tillsyn vid dusch två ggr/v) - Hemtjänst Sala centrum,
  från 2025-02-13
- Trygghetslarm installeras före hemgång - Trygghetsjouren Sala
  kommun, 2025-02-12
- Hemrehabilitering med gångträning och bedömning av halkrisk i
  badrummet - Rehab i hemmet Sala kommun, fysioterapeut, första besök
  inom en vecka efter hemkomst
- Hjälpmedel: toalettförhöjning, duschpall och griptång - Kommunen
- Läkemedelsgenomgång och kontroll av blodtryck och urinodling -
  Vårdcentralen Sala Väsby, distriktsläkare, 2025-02-25
- Läkemedel i dosdispens, delas av hemtjänsten - Vårdcentralen Sala
  Väsby ordinerar, hemtjänsten ger, från utskrivningsdagen
- Dottern M. handlar mat en gång i veckan och följer med G. till
  återbesöket på vårdcentralen

Fast vårdkontakt: Distriktssköterska, Vårdcentralen Sala Väsby
Samordningsansvarig: Biståndshandläggare

ÖVRIGT:
Epikris och läkemedelslista skickas elektroniskt till vårdcentralen
och kommunen på utskrivningsdagen. Transport hem med sjukresa
2025-02-13 ca kl. 11. Nyckel finns hos dottern. God man är inte
aktuellt, G. sköter själv sin ekonomi med hjälp av dottern.

UPPFÖLJNING:
Uppföljning vid hembesök ca två veckor efter hemgång.

Dokumenterat av: Sjuksköterska, Geriatriska kliniken avd 53
"""
    with open(path(2, "txt"), "w", encoding="utf-8", newline="\r\n") as f:
        f.write(text)


# ---------------------------------------------------------------------------
# 03  Word with numbered heading styles; teenager with cannabis use, Köping
# ---------------------------------------------------------------------------
def plan03():
    doc = Document()
    fixed_docx_props(doc, "SIP S.")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Köpings kommun · Region Västmanland\tSamordnad individuell plan (SIP)"
    fp = sec.footer.paragraphs[0]
    fp.text = "Sekretess enligt OSL 26 kap. 1 § och 25 kap. 1 §"
    fp.runs[0].font.size = Pt(8)

    doc.add_heading("Samordnad individuell plan – S., 16 år", level=0)
    p = doc.add_paragraph()
    p.add_run("Datum för möte: ").bold = True
    p.add_run("2024-10-09    ")
    p.add_run("Plats: ").bold = True
    p.add_run("Familjecentrum, Köping")

    doc.add_heading("1. Bakgrund", level=1)
    doc.add_paragraph(
        "S. går första året på gymnasiet i Köping (el- och energiprogrammet). Sedan våren i åk 9 "
        "har S. använt cannabis, de senaste månaderna flera gånger i veckan enligt S. själv. "
        "Närvaron i skolan har sjunkit till ungefär 50 % och S. har blivit av med sin praktikplats. "
        "Mamma har kontaktat socialtjänsten och en orosanmälan har även kommit från skolan. "
        "S. har under lång tid haft svårt med koncentration och sömn och har inte tidigare utretts.")

    doc.add_heading("2. Syfte med SIP", level=1)
    doc.add_paragraph(
        "Syftet är att S. ska få sammanhållet stöd för att sluta med cannabis och komma tillbaka "
        "till skolan, och att socialtjänst, Mini-Maria, skola och psykiatri inte gör parallella "
        "saker utan vet vem som gör vad.")

    doc.add_heading("3. Frågeställningar", level=1)
    doc.add_paragraph("Diskutera läget och hur vi går vidare.")

    doc.add_heading("4. S:s egna mål", level=1)
    doc.add_paragraph(
        "S. var med på hela mötet tillsammans med mamma och sa själv vad som är viktigt:")
    doc.add_paragraph(
        "”Jag vill klara ettan och få tillbaka min praktik. Jag vill kunna sova utan att röka "
        "på och inte ha mamma och soc efter mig hela tiden.”", style="Quote")
    doc.add_paragraph(
        "S. vill helst träffa samma behandlare hela tiden och vill inte ha möten på skoltid "
        "i skolans lokaler där kompisar kan se. Mamma delar oron för sömnen och vill ha hjälp "
        "att sätta gränser hemma.")

    doc.add_heading("5. Insatser", level=1)
    hdr = ("Behov", "Insats", "Ansvarig", "Start", "Uppföljs")
    rows = [
        ("Minska och sluta använda cannabis",
         "Behandlingssamtal (MI/ÅP) en gång per vecka, urinprov varannan vecka enligt överenskommelse",
         "Mini-Maria Köping, alkohol- och drogterapeut", "2024-10-14", "v. 49"),
        ("Sömn och koncentration",
         "Bedömning av sömn och utredning av ev. ADHD",
         "Regionen", "nov 2024", "v. 49"),
        ("Skolnärvaro",
         "Anpassad studiegång under hösten, mentorssamtal varje måndag, hjälp att hitta ny praktik",
         "Ullvigymnasiet, mentor och SYV", "2024-10-14", "v. 49"),
        ("Stöd till familjen",
         "Föräldrastöd till mamma, 6 träffar, samt gemensamma samtal med S.",
         "IFO Köping, familjebehandlare Barn och unga", "2024-10-21", "v. 49"),
    ]
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(hdr):
        set_cell_text(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9E2F3")
    mark_header_row(t.rows[0])
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            set_cell_text(cells[i], v, size=10)
    widths = (Cm(3.3), Cm(5.6), Cm(3.8), Cm(2.2), Cm(1.9))
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w

    doc.add_heading("6. Huvudansvar", level=1)
    doc.add_paragraph(
        "Huvudansvarig för planen är socialsekreterare Nora, Barn- och ungdomsenheten, IFO "
        "Köpings kommun. Hon kallar till uppföljning.")

    doc.add_heading("7. Uppföljning", level=1)
    doc.add_paragraph("Planen följs upp i december, se kolumnen Uppföljs ovan. Kallelse skickas ut.")

    doc.add_heading("8. Deltagare", level=1)
    for line in [
        "S. och mamma (vårdnadshavare)",
        "Nora, socialsekreterare, IFO Barn och unga, Köpings kommun",
        "Familjebehandlare, IFO Barn och unga, Köpings kommun",
        "Alkohol- och drogterapeut, Mini-Maria Köping",
        "Mentor, Ullvigymnasiet Köping",
        "Skolkurator, Elevhälsan Ullvigymnasiet",
    ]:
        doc.add_paragraph(line, style="List Bullet")

    doc.add_heading("9. Samtycke", level=1)
    doc.add_paragraph("Samtycke finns från S. och vårdnadshavare.")

    doc.save(path(3, "docx"))
    normalize_zip(path(3, "docx"))


# ---------------------------------------------------------------------------
# 04  Easy-read Markdown, adult with intellectual disability, Hallstahammar
# ---------------------------------------------------------------------------
def plan04():
    md = """\
# Min plan

**SIP för Ahmed**
Hallstahammar, april 2025

---

## Om mig

Jag heter Ahmed.
Jag är 27 år.
Jag bor i en lägenhet på gruppbostaden Linden.
Jag har en intellektuell funktionsnedsättning.
Jag jobbar på daglig verksamhet Verkstan.
Jag tycker om hästar och att laga mat.
Ibland blir jag stressad när det händer nya saker.
Då behöver jag veta vad som ska hända.

## Det här vill jag

- Jag vill jobba med djur.
- Jag vill lära mig att handla själv.
- Jag vill att mitt blodtryck ska bli bra så att jag inte får ont i huvudet.
- Jag vill att Lina följer med när jag ska till tandläkaren.

## Så här hjälper vi dig

Du var med på mötet den 9 april 2025.
Du sa att du vill prova att jobba i ett stall.
Du sa att du vill ha bilder som visar vad som händer varje dag.

**Får vi prata med varandra om dig?**
Ja, sa du på mötet den 9 april 2025.

**Jobbet**
Daglig verksamhet Verkstan ordnar så att du får prova att jobba på stallet Hästhagen.
Du börjar den 5 maj 2025.
Du är i stallet tisdag och torsdag.
Din handledare på Verkstan följer med de första gångerna.

**Handla mat**
Personalen på gruppbostaden Linden hjälper dig att handla varje tisdag kväll.
Ni skriver en inköpslista tillsammans.
Det börjar vecka 17.

**Blodtrycket**
Distriktssköterskan på Vårdcentralen Hallstahammar mäter ditt blodtryck.
Du har en tid den 20 maj 2025.
Personalen på Linden påminner dig och följer med.

**Bilder för dagen**
En arbetsterapeut på Habiliteringen i Västerås hjälper dig att göra ett schema med bilder.

**Lina och Per hjälper också till**
Lina är din syster.
Lina följer med dig till tandläkaren.
Per är din gode man.
Per betalar dina räkningar varje månad.
Per ser till att du har pengar för att handla.

## De här var med

- Du
- Lina, din syster
- Per, din gode man
- Sara
- Omar
- Eva

## Vi ses igen

Vi ses igen den 10 september 2025 klockan 13.00.
Vi träffas på Verkstan.
Personalen på Linden följer med dig dit.
"""
    with open(path(4, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ---------------------------------------------------------------------------
# 05  Meeting minutes in Word, child with school refusal, Arboga
# ---------------------------------------------------------------------------
def plan05():
    doc = Document()
    fixed_docx_props(doc, "Minnesanteckningar SIP-möte")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    hp = sec.header.paragraphs[0]
    hp.text = "Arboga kommun – Barn- och utbildningsförvaltningen"
    hp.runs[0].font.size = Pt(8)

    p = doc.add_paragraph()
    r = p.add_run("Minnesanteckningar – SIP-möte")
    r.bold = True
    r.font.size = Pt(15)
    p = doc.add_paragraph()
    p.add_run("Gäller: ").bold = True
    p.add_run("L., 11 år, åk 5\t")
    p.add_run("Datum: ").bold = True
    p.add_run("2024-10-24, kl. 08.30–10.00\t")
    p.add_run("Plats: ").bold = True
    p.add_run("Gäddgårdsskolan, konferensrummet")

    p = doc.add_paragraph()
    p.add_run("Närvarande").bold = True
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(("Namn", "Funktion", "Verksamhet")):
        set_cell_text(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "E7E6E6")
    mark_header_row(t.rows[0])
    for r in [
        ("K.", "Mamma, vårdnadshavare", "–"),
        ("Åsa", "Mentor/klasslärare åk 5", "Gäddgårdsskolan"),
        ("Henrik", "Skolkurator", "Elevhälsan, Gäddgårdsskolan"),
        ("Maria", "Rektor", "Gäddgårdsskolan"),
        ("Jonna", "Psykolog", "BUP Västerås, öppenvårdsmottagning"),
        ("Peter", "Socialsekreterare", "IFO Barn och familj, Arboga kommun"),
        ("Leila", "Familjebehandlare", "IFO Barn och familj, Arboga kommun"),
    ]:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            set_cell_text(cells[i], v)
    doc.add_paragraph("Antecknat av: Henrik, skolkurator")

    def topic(title, *paras):
        pp = doc.add_paragraph()
        pp.paragraph_format.space_before = Pt(10)
        rr = pp.add_run(title)
        rr.bold = True
        for para in paras:
            doc.add_paragraph(para)

    topic("1. Nuläge",
          "L. har haft ökande frånvaro sedan vårterminen i åk 4 och har sedan höstlovet i stort sett "
          "inte varit i skolan alls. Mamma beskriver att L. får ont i magen och gråter på morgnarna, "
          "ibland vägrar han gå ur bilen vid skolan. Hemma fungerar det bättre, men han är mest i "
          "sitt rum och spelar. L. står i kö till BUP efter remiss från elevhälsan i maj och har "
          "haft två bedömningssamtal. Enligt BUP:s bedömning handlar det om ångest med social "
          "rädsla, ingen misstanke om NPF i nuläget.",
          "L. var inte med på mötet. Mamma berättade att L. själv säger att han vill gå till skolan "
          "och träffa sin kompis i klassen, men att det känns omöjligt när det är mycket folk i "
          "korridoren och i matsalen. Han vill inte att klasskamraterna ska få veta varför han är "
          "borta.",
          "Inför mötet hade mamma skickat två frågor: kan L. få en anpassad skolgång med kortare "
          "dagar och ett annat ställe än matsalen att äta på, och vem kan hjälpa till på morgnarna "
          "när det kör ihop sig hemma? Mamma frågade också om det går att få hjälp med skolarbetet "
          "hemma under tiden.")

    topic("2. Skolan",
          "Rektor och mentor redogjorde för vad skolan kan göra. Det finns ett mindre grupprum "
          "intill biblioteket som kan användas. Målet är att L. ska vara i skolan hela skoldagar "
          "före jullovet.",
          "Beslut: Från och med 2024-11-04 har L. anpassat schema måndag–torsdag kl. 09.00–12.00, "
          "med start i grupprummet. Mentor Åsa tar emot L. vid entrén varje morgon och ansvarar "
          "för att planera upp lektionerna och skicka hem veckoplanering på fredagar.",
          "Beslut: Skolkuratorn träffar L. varje onsdag kl. 09.15 från 2024-11-06 för samtal om "
          "oro och för att gradvis öka tiden i klassrummet.",
          "Lunch kan L. äta i grupprummet med en kompis. Beslut: Rektor ser till att en "
          "elevassistent finns i grupprummet under lunchen från 2024-11-04.")

    topic("3. BUP",
          "Psykologen berättade att L. och mamma erbjuds KBT för ångest, ca 12 sessioner, med "
          "exponering som successivt knyts till skolan.",
          "Beslut: BUP Västerås, psykolog Jonna, påbörjar KBT-behandling med första besök "
          "2024-11-12, därefter varje vecka. Psykologen och mentor stämmer av med varandra per "
          "telefon en gång i månaden från december.")

    topic("4. Socialtjänsten",
          "Socialsekreteraren har tagit emot ansökan från mamma om stöd i hemmet. Familjen har "
          "beviljats insatsen familjebehandling enligt SoL.",
          "Beslut: Familjebehandlare Leila, IFO Barn och familj Arboga, gör hembesök varannan "
          "vecka med start vecka 46 och finns med på morgonen två dagar i veckan under de första "
          "tre veckorna med det anpassade schemat (start 2024-11-04) för att stötta rutinerna.")

    topic("5. Övrigt",
          "Mamma nämnde att hon har varit i kontakt med Försäkringskassan. Pappa bor i Köping och "
          "var inte med i dag, han känner till planeringen.",
          "Beslut: Gäddgårdsskolan håller ihop planen och kallar till nästa möte.")

    topic("6. Nästa möte",
          "Nästa möte blir vecka 50, tid meddelas. Då följer vi upp närvaro och hur behandlingen "
          "har kommit igång.")

    doc.save(path(5, "docx"))
    normalize_zip(path(5, "docx"))


# ---------------------------------------------------------------------------
# 06  Follow-up plan from Word printed via LibreOffice, Surahammar
# ---------------------------------------------------------------------------
def plan06():
    doc = Document()
    fixed_docx_props(doc, "Uppföljning SIP")
    st = doc.styles["Normal"]
    st.font.name = "Liberation Serif"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.top_margin = Cm(2.0)
    sec.left_margin = sec.right_margin = Cm(2.4)
    hp = sec.header.paragraphs[0]
    hp.text = "Surahammars kommun  |  Region Västmanland\tUppföljning SIP"
    for r in hp.runs:
        r.font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.text = "Dokumentet innehåller uppgifter som omfattas av sekretess."
    fp.runs[0].font.size = Pt(8)

    doc.add_heading("Uppföljning av samordnad individuell plan (SIP)", level=1)

    def lv(label, value):
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(3)
        p.add_run(label + ": ").bold = True
        p.add_run(value)

    lv("Gäller", "A., 45 år")
    lv("Datum för uppföljningsmöte", "2025-05-06")
    lv("Plats", "Vårdcentralen Surahammar")
    lv("Ursprunglig plan upprättad", "2025-01-21")
    lv("Närvarande", "A., Karin, Johan, Mats, Lisa")

    doc.add_heading("Plan", level=2)
    lv("Syfte", "Se tidigare plan")
    lv("Frågeställningar", "Se tidigare plan")
    lv("Den enskildes mål", "Se tidigare plan")
    lv("Samtycke", "Samtycke finns sedan tidigare.")
    lv("Huvudansvarig", "Se tidigare plan")

    doc.add_heading("Den enskildes synpunkter", level=2)
    doc.add_paragraph(
        "A. deltog i hela mötet. Hon upplever att hon sover bättre och att det har varit lättare "
        "att ta sig ut sedan mars, men hon orkar fortfarande inte arbeta mer än 25 % och blir "
        "mycket trött efter samtalen hos psykologen. Hon vill fortsätta med samtalen men tycker att "
        "det är för tidigt att börja arbetsträna mer än två förmiddagar i veckan. Skulderna känns "
        "mindre skrämmande nu när hon vet vad som ska betalas när.")

    doc.add_heading("Uppföljning av insatser", level=2)
    items = [
        ("1. Samtalsbehandling (KBT) för depression, varannan vecka",
         "Psykolog, Psykiatriska öppenvården Västerås", "2025-02-04 – 2025-06-30",
         "Pågår",
         "A. har gått på 8 av 10 planerade samtal. Behandlingen förlängs med fem samtal efter "
         "sommaren, psykologen bokar tider."),
        ("2. Rehabkoordinering och kontakt med arbetsgivaren om arbetsanpassning",
         "Rehabkoordinator, Vårdcentralen Surahammar", "2025-01-21 – 2025-04-30",
         "Genomförd",
         "Möte med arbetsgivaren hölls 2025-03-19. Arbetsgivaren kan inte erbjuda anpassat arbete "
         "i nuläget, därför planeras arbetsträning via AF i stället."),
        ("3. Budget- och skuldrådgivning",
         "Budget- och skuldrådgivare, Surahammars kommun", "2025-02 – 2025-06",
         "Pågår",
         "Budget är upprättad och avbetalningsplan med två borgenärer är klar. Ansökan om "
         "skuldsanering skickas till Kronofogden när A:s inkomst är klar."),
        ("4. Boendestöd en gång per vecka",
         "Socialpsykiatrin Surahammar, boendestödjare", "2025-02-03 – tills vidare",
         "Avslutad",
         "A. tackade nej efter tre besök, hon vill klara det själv. Kan sökas igen."),
        ("5. Läkemedelsuppföljning",
         "Distriktsläkare, Vårdcentralen Surahammar", "",
         "Pågår",
         "Dosen höjdes i mars. Fortsatt uppföljning hos läkare."),
    ]
    for title, ansv, period, status, comment in items:
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(8)
        p.paragraph_format.space_after = Pt(2)
        p.add_run(title).bold = True
        lv("Ansvarig", ansv)
        lv("Period", period)
        lv("Status", status)
        lv("Kommentar", comment)

    doc.add_heading("Nya insatser och andra aktörer", level=2)
    for t in [
        "Försäkringskassan: A:s handläggare kallar till avstämningsmöte med A., rehabkoordinator och "
        "Arbetsförmedlingen i juni och tar ställning till fortsatt sjukpenning på 75 %.",
        "Arbetsförmedlingen: arbetsförmedlare i Västerås skriver in A. och utreder arbetsträning "
        "två förmiddagar i veckan efter sommaren.",
        "A. själv kontaktar Kronofogden tillsammans med budget- och skuldrådgivaren när "
        "ansökan om skuldsanering är klar.",
        "Psykiatriska öppenvården Västerås, psykolog: fem nya KBT-samtal efter sommaren.",
    ]:
        doc.add_paragraph(t, style="List Bullet")

    doc.add_heading("Nästa uppföljning", level=2)
    doc.add_paragraph("Ny uppföljning i höst.")

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(14)
    p.add_run("Antecknat av: ").bold = True
    p.add_run("Karin")

    docx_tmp = os.path.join(tempfile.mkdtemp(prefix="f32a-06-"), f"{PREFIX}-06.docx")
    doc.save(docx_tmp)
    convert_pdf(docx_tmp, path(6, "pdf"))
    shutil.rmtree(os.path.dirname(docx_tmp), ignore_errors=True)


# ---------------------------------------------------------------------------
# 07  Municipal template as one two-column table, Skinnskatteberg
# ---------------------------------------------------------------------------
def plan07():
    doc = Document()
    fixed_docx_props(doc, "SIP-mall Skinnskattebergs kommun")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    hp = sec.header.paragraphs[0]
    hp.text = "SKINNSKATTEBERGS KOMMUN\tSocialförvaltningen\tBlankett SIP 2023:1"
    for r in hp.runs:
        r.font.size = Pt(8)

    p = doc.add_paragraph()
    r = p.add_run("SAMORDNAD INDIVIDUELL PLAN (SIP)")
    r.bold = True
    r.font.size = Pt(14)
    p = doc.add_paragraph()
    r = p.add_run("Enligt 2 kap. 7 § SoL och 16 kap. 4 § HSL")
    r.font.small_caps = True
    r.font.size = Pt(9)

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"

    def part(title):
        row = t.add_row()
        c = row.cells[0].merge(row.cells[1])
        set_cell_text(c, title, bold=True)
        shade(c, "BDD7EE")

    def lab(label, hint, value):
        row = t.add_row()
        lc, vc = row.cells
        lc.text = ""
        pp = lc.paragraphs[0]
        rr = pp.add_run(label)
        rr.bold = True
        rr.font.size = Pt(10)
        if hint:
            pp2 = lc.add_paragraph()
            rh = pp2.add_run(f"({hint})")
            rh.italic = True
            rh.font.size = Pt(8)
            rh.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
        set_cell_text(vc, value, size=10)
        shade(lc, "F2F2F2")

    part("DEL 1. UPPGIFTER OM PERSONEN OCH MÖTET")
    lab("Namn", "förnamn eller initialer", "T.")
    lab("Personnummer", None, "ÅÅMMDD-XXXX")
    lab("Vårdnadshavare", "om barn under 18 år", "Mamma och pappa, gemensam vårdnad")
    lab("Datum för mötet", "ÅÅÅÅ-MM-DD", "2025-02-18")
    lab("Plats", None, "Kommunhuset Skinnskatteberg, sal Kloten")

    part("DEL 2. SYFTE OCH FRÅGESTÄLLNINGAR")
    lab("Syfte med SIP", "Varför behövs en samordnad plan just nu?",
        "T. har autism och har sedan i höstas haft ökande frånvaro från skolan och skadat sig själv "
        "vid flera tillfällen. Planen ska samordna BUP:s behandling, skolans anpassningar och "
        "socialtjänstens stöd till familjen så att T. kan vara i skolan igen och självskadorna minskar.")
    lab("Frågeställningar inför mötet", "Vilka frågor ska mötet besvara?", "")

    part("DEL 3. DEN ENSKILDES DELAKTIGHET")
    lab("Den enskildes mål", "Hur beskriver personen själv sina mål? Använd gärna personens egna ord.",
        "Målet är att T. ska kunna gå i skolan tre dagar i veckan före sommarlovet och att "
        "självskadebeteendet ska minska.")
    lab("Den enskildes medverkan och synpunkter", "Hur har personen deltagit? Vad tycker personen?",
        "T. var med den första halvtimmen tillsammans med mamma och pappa och gick sedan ut med "
        "pappa. T. vill inte att fler vuxna på skolan ska få veta om självskadorna och vill ha ett "
        "lugnt ställe att vara på under raster. T. vill ha samma behandlare på BUP som nu.")
    lab("Samtycke", "Markera hur samtycke lämnats och ange datum",
        "☒ Muntligt   ☐ Skriftligt\nDatum: 2025-02-18. Samtycke från T. och båda vårdnadshavarna, "
        "inhämtat av socialsekreterare i början av mötet.")

    part("DEL 4. INSATSER OCH ANSVAR")
    lab("Insats 1", "Vad ska göras, av vem (verksamhet/funktion) och när?",
        "Individuell färdighetsträning (DBT-inspirerad) varannan vecka – BUP Västerås, behandlare "
        "(skötare/KBT-terapeut) – start 2025-03-03.")
    lab("Insats 2", "Vad ska göras, av vem (verksamhet/funktion) och när?",
        "Läkarbedömning av sömn och ev. läkemedelsbehandling – BUP Västerås, specialistläkare – "
        "2025-03-12.")
    lab("Insats 3", "Vad ska göras, av vem (verksamhet/funktion) och när?",
        "Anpassad skolgång: reducerat schema (08.30–12.00), eget arbetsrum och lugnt rum på raster, "
        "en kontaktperson på skolan – Klockarbergsskolan, specialpedagog och mentor – från 2025-02-24.")
    lab("Insats 4", "Vad ska göras, av vem (verksamhet/funktion) och när?",
        "Föräldrastöd kring autism och självskada, sex träffar – IFO Skinnskatteberg, "
        "familjebehandlare – mars–april 2025.")
    lab("Andra aktörers insatser", "T.ex. Försäkringskassan, god man, närstående, personen själv", "")
    lab("Huvudansvarig för planen", "Namn, funktion, verksamhet", "BUP Västerås")

    part("DEL 5. UPPFÖLJNING")
    lab("Datum för uppföljning", "Datum, tid och plats", "")

    part("DEL 6. DELTAGARE")
    lab("Vilka deltog i mötet?", "Markera med kryss",
        "☒ Den enskilde\n☒ Vårdnadshavare\n☒ Socialtjänst\n☒ BUP\n☒ Skola/elevhälsa\n"
        "☐ Vårdcentral\n☐ Habilitering\n☐ Annan: ……………")
    lab("Namn och funktion", "Skriv namn, funktion och verksamhet för varje deltagare", "")

    for row in t.rows:
        row.cells[0].width = Cm(6.0)
        row.cells[1].width = Cm(11.0)

    doc.add_paragraph()
    doc.add_paragraph("Planen skickas till den enskilde/vårdnadshavare och alla deltagande verksamheter.")

    doc.save(path(7, "docx"))
    normalize_zip(path(7, "docx"))


# ---------------------------------------------------------------------------
# 08  Empty printed template drawn with fpdf2, Kungsör
# ---------------------------------------------------------------------------
class BlankForm(FPDF):
    def header(self):
        self.set_font("DejaVu", "B", 9)
        self.cell(120, 5, "Kungsörs kommun · Region Västmanland", new_x="RIGHT", new_y="TOP")
        self.set_font("DejaVu", "", 8)
        self.cell(0, 5, f"Sida {self.page_no()} ({{nb}})", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_font("DejaVu", "", 8)
        self.cell(0, 4, "Blankett: Samordnad individuell plan (SIP) – version 2024-09",
                  new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(4)


def plan08():
    pdf = BlankForm(format="A4")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_font("DejaVu", "I", FONT_I)
    pdf.set_margins(20, 14, 20)
    pdf.set_auto_page_break(True, margin=18)
    pdf.alias_nb_pages()
    pdf.set_title("SIP blankett")
    pdf.set_creation_date(__import__("datetime").datetime(2024, 9, 2, 9, 0))
    pdf.add_page()

    W = pdf.w - pdf.l_margin - pdf.r_margin

    pdf.set_font("DejaVu", "B", 15)
    pdf.cell(0, 9, "SAMORDNAD INDIVIDUELL PLAN (SIP)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "I", 8.5)
    pdf.multi_cell(0, 4.2, "(Fylls i under eller direkt efter SIP-mötet. Planen upprättas tillsammans "
                   "med den enskilde och skickas till alla som deltagit.)", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)

    def heading(t):
        if pdf.get_y() > pdf.h - 70:
            pdf.add_page()
        pdf.ln(2)
        pdf.set_font("DejaVu", "B", 10.5)
        pdf.set_fill_color(230, 230, 230)
        pdf.cell(0, 6, t, fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)

    def blank(label, hint=None, lines=1, inline=True):
        needed = 6 + 7 * lines + (4 if hint else 0)
        if pdf.get_y() + needed > pdf.h - 20:
            pdf.add_page()
        pdf.set_font("DejaVu", "B", 9.5)
        lw = pdf.get_string_width(label) + 2
        pdf.cell(lw, 6, label, new_x="RIGHT", new_y="TOP")
        if hint:
            pdf.set_font("DejaVu", "I", 8)
            pdf.set_text_color(90, 90, 90)
            pdf.cell(0, 6, f"({hint})", new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
        else:
            pdf.ln(6)
        for i in range(lines):
            y = pdf.get_y() + 6
            pdf.line(pdf.l_margin, y, pdf.l_margin + W, y)
            pdf.set_y(y + 1)
        pdf.ln(1.5)

    def boxes(label, options, hint=None):
        if pdf.get_y() + 14 > pdf.h - 20:
            pdf.add_page()
        pdf.set_font("DejaVu", "B", 9.5)
        pdf.cell(pdf.get_string_width(label) + 2, 6, label, new_x="RIGHT", new_y="TOP")
        if hint:
            pdf.set_font("DejaVu", "I", 8)
            pdf.set_text_color(90, 90, 90)
            pdf.cell(0, 6, f"({hint})", new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
        else:
            pdf.ln(6)
        pdf.set_font("DejaVu", "", 9)
        x = pdf.l_margin
        y = pdf.get_y() + 1
        for opt in options:
            w = pdf.get_string_width(opt) + 10
            if x + w > pdf.l_margin + W:
                x = pdf.l_margin
                y += 6
            pdf.rect(x, y + 0.6, 3.4, 3.4)
            pdf.set_xy(x + 4.5, y)
            pdf.cell(w - 4.5, 4.6, opt)
            x += w + 3
        pdf.set_y(y + 7)

    heading("1. Uppgifter om personen")
    blank("Namn:", "förnamn och efternamn")
    blank("Personnummer:", "ÅÅÅÅMMDD-XXXX")
    blank("Vårdnadshavare/god man/förvaltare:", "namn och kontaktuppgifter")
    boxes("Tolk behövs:", ["Ja", "Nej"], "ange språk")

    heading("2. Mötet")
    blank("Datum och plats:", "ÅÅÅÅ-MM-DD")
    boxes("Deltagare:", ["Den enskilde", "Vårdnadshavare", "Närstående", "Socialtjänst",
                         "Hemsjukvård", "Skola", "Vårdcentral", "Psykiatri", "BUP",
                         "Habilitering", "Försäkringskassan", "Arbetsförmedlingen", "Annan"],
          "kryssa i och skriv namn, funktion och verksamhet nedan")
    blank("Namn, funktion, verksamhet:", None, lines=4)

    heading("3. Syfte och frågeställningar")
    blank("Syfte med planen:", "varför behövs samordning?", lines=2)
    blank("Frågeställningar:", "vilka frågor ska mötet besvara?", lines=2)

    heading("4. Den enskildes mål och delaktighet")
    blank("Mina mål:", "med personens egna ord", lines=3)
    blank("Den enskildes synpunkter:", "om personen inte deltog: varför, och hur har synpunkterna förmedlats?", lines=2)
    boxes("Samtycke:", ["Muntligt", "Skriftligt"], "ange datum")
    blank("Datum för samtycke:", "ÅÅÅÅ-MM-DD")

    heading("5. Insatser – vem gör vad och när")
    pdf.set_font("DejaVu", "B", 9)
    cols = (60, 62, 24, 24)
    for c, t in zip(cols, ("Insats/åtgärd", "Ansvarig (verksamhet/funktion)", "Start", "Uppföljs")):
        pdf.cell(c, 6, t, border=1)
    pdf.ln(6)
    for _ in range(6):
        for c in cols:
            pdf.cell(c, 9, "", border=1)
        pdf.ln(9)
    pdf.ln(2)
    blank("Andra aktörers insatser:", "t.ex. Försäkringskassan, Arbetsförmedlingen, god man, närstående", lines=2)

    heading("6. Ansvar och uppföljning")
    blank("Huvudansvarig för planen:", "namn, funktion, verksamhet")
    blank("Datum för uppföljning:", "ÅÅÅÅ-MM-DD")
    boxes("Planen har skickats till:", ["Den enskilde", "Vårdnadshavare", "Alla deltagare"])

    pdf.ln(4)
    pdf.set_font("DejaVu", "", 9)
    pdf.cell(80, 6, "Underskrift den enskilde:", new_x="RIGHT", new_y="TOP")
    pdf.cell(0, 6, "Underskrift huvudansvarig:", new_x="LMARGIN", new_y="NEXT")
    y = pdf.get_y() + 8
    pdf.line(pdf.l_margin, y, pdf.l_margin + 70, y)
    pdf.line(pdf.l_margin + 80, y, pdf.l_margin + W, y)

    pdf.output(path(8, "pdf"))


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


if __name__ == "__main__":
    main()
