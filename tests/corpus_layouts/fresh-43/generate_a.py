#!/usr/bin/env python3
"""Generate the f43a- batch of fictional, anonymized SIP plans into plans/.

Run with /work/batches/.venv/bin/python generate.py
Deterministic: fixed dates, no randomness. Plan 06 is converted with LibreOffice.
"""
import datetime
import os
import shutil
import subprocess
import textwrap

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f43a-"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIXED = datetime.datetime(2025, 3, 1, 10, 0, 0)


def path(n, ext):
    return os.path.join(OUT, f"{PREFIX}{n:02d}.{ext}")


# ---------------------------------------------------------------- helpers (docx)
def new_doc(font="Calibri", size=11):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    for sec in doc.sections:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    cp = doc.core_properties
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = ""
    cp.author = ""
    return doc


def set_cell_shading(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_col_widths(table, widths_cm):
    """Fix column widths in both tblGrid and every cell (Word and LibreOffice)."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        for c, w in zip(row.cells, widths_cm):
            c.width = Cm(w)


def mark_header_row(row):
    trPr = row._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trPr.append(th)


def cell_text(cell, text, bold=False, size=None, italic=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    return cell


def bold_para(doc, text, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    return p


def label_value(doc, label, value):
    p = doc.add_paragraph()
    r = p.add_run(label + " ")
    r.bold = True
    p.add_run(value)
    return p


# ================================================================ 01 fpdf2 print
class CountyPrint(FPDF):
    system = "SIP-webben · Samverkan Västmanland"
    printed = "2024-09-11 14:32"

    def header(self):
        self.set_fill_color(200, 200, 200)
        self.rect(10, 8, 190, 14, style="F")
        self.set_xy(13, 10)
        self.set_font("DejaVu", "B", 13)
        self.cell(120, 6, "Samordnad individuell plan (SIP)")
        self.set_font("DejaVu", "", 8)
        self.set_xy(120, 10)
        self.cell(77, 5, self.system, align="R")
        self.set_xy(13, 16)
        self.cell(120, 5, "Plan-id: SIP-2024-0917  ·  Status: Fastställd")
        self.set_y(27)

    def footer(self):
        self.set_y(-14)
        self.set_draw_color(150, 150, 150)
        self.line(10, self.get_y(), 200, self.get_y())
        self.set_font("DejaVu", "", 8)
        self.cell(95, 6, f"Utskriftsdatum: {self.printed}")
        self.cell(95, 6, f"Sida {self.page_no()} ({{nb}})", align="R")


def field(pdf, label, value, w=190, x=None, min_h=8):
    if x is not None:
        pdf.set_x(x)
    pdf.set_font("DejaVu", "B", 8)
    pdf.set_text_color(70, 70, 70)
    pdf.cell(w, 5, label, new_x="LEFT", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("DejaVu", "", 9.5)
    pdf.set_draw_color(160, 160, 160)
    pdf.set_line_width(0.2)
    y0 = pdf.get_y()
    x0 = pdf.get_x()
    if value:
        pdf.multi_cell(w, 5, value, border=0, padding=(1.5, 2, 1.5, 2),
                       new_x="LEFT", new_y="NEXT")
    y1 = max(pdf.get_y(), y0 + min_h)
    pdf.rect(x0, y0, w, y1 - y0)
    pdf.set_xy(x0, y1 + 3)


def field_row(pdf, items):
    """items: list of (label, value, width) drawn side by side."""
    y = pdf.get_y()
    x = 10
    for label, value, w in items:
        pdf.set_xy(x, y)
        field(pdf, label, value, w=w)
        x += w + 4
    pdf.set_xy(10, y + 5 + 8 + 3)


def section_title(pdf, text):
    pdf.set_font("DejaVu", "B", 11)
    pdf.set_fill_color(230, 230, 230)
    pdf.cell(190, 7, " " + text, fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


def plan01():
    pdf = CountyPrint(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_margins(10, 27, 10)
    pdf.add_page()

    section_title(pdf, "Personuppgifter och möte")
    field_row(pdf, [("Namn", "Hans", 60), ("Personnummer", "XXXXXX-XXXX", 60),
                    ("Folkbokförd kommun", "Arboga", 62)])
    field_row(pdf, [("Mötesdatum", "2024-09-10", 60),
                    ("Plats", "Vårdcentralen Arboga, konferensrum 2", 90),
                    ("Mötestyp", "Första möte", 32)])

    section_title(pdf, "Underlag")
    field(pdf, "Bakgrund / nuvarande situation",
          "Hans fick en stroke i vänster hjärnhalva i juni 2024 och vårdades på "
          "strokeenheten i Västerås och därefter på rehabavdelningen i Köping. Han har "
          "kvarstående afasi: han har svårt att hitta ord och att skriva, men förstår bra "
          "om man pratar lugnt och i korta meningar. Nedsatt kraft och finmotorik i höger "
          "arm. Han bor med sin fru i villa i Arboga. Före insjuknandet arbetade han heltid "
          "som lagerarbetare. Hemgång från rehabavdelningen 2024-08-28. Frun arbetar "
          "dagtid och Hans är ensam hemma på dagarna. Han har haft svårt att duscha "
          "själv och har vid två tillfällen glömt att ta sina blodtrycksmediciner.")
    field(pdf, "Syfte med SIP",
          "Syftet är att Hans ska kunna bo kvar hemma och fortsätta träna tal och arm "
          "efter stroken, utan att han och hans fru själva ska behöva hålla ihop "
          "kontakterna med logoped, hemrehab, hemtjänst och vårdcentral.")
    field(pdf, "Frågeställningar inför mötet", "Gå igenom läget.")
    field(pdf, "Den enskildes mål (med egna ord)",
          "”Jag vill prata med barnbarnen i telefon. Och köra bil igen.” "
          "(Hans sa detta på mötet med stöd av samtalsmatta och bildstöd från logopeden.)")
    field(pdf, "Den enskildes delaktighet och synpunkter",
          "Hans deltog hela mötet tillsammans med sin fru. Logopeden stöttade samtalet "
          "med samtalsmatta. Hans vill ha träningen hemma i stället för att åka till "
          "Västerås, och han vill inte ha hemtjänst på kvällarna eftersom frun är hemma då.")
    field(pdf, "Samtycke", "", min_h=9)

    section_title(pdf, "Planerade insatser")
    pdf.set_font("DejaVu", "", 9)
    rows = [
        ("Insats", "Utförare", "Start", "Slut"),
        ("Logopedträning för afasi, 1 gång/vecka i hemmet, samt hemuppgifter med "
         "app för ordmobilisering", "Logoped, Neurorehab Västmanland", "2024-09-16",
         "2024-12-20"),
        ("Arbetsterapeutisk bedömning och träning av höger arm och handfunktion; "
         "bedömning av hjälpmedel i badrum (duschpall, greppbräda)",
         "Arbetsterapeut, Hemrehab Arboga kommun", "", ""),
        ("Hemtjänst: hjälp med dusch 2 gånger/vecka (tisdag och fredag förmiddag)",
         "Hemtjänst Arboga, grupp Väster", "2024-09-12", "Tills vidare"),
        ("Tillsyn av medicinintag via telefon varje förmiddag kl. 10",
         "Hemtjänst Arboga, grupp Väster", "2024-09-12", "2024-11-30"),
        ("Läkarbesök: uppföljning av blodtryck och sekundärprevention efter stroke",
         "Distriktsläkare, Vårdcentralen Arboga", "2024-10-08", "2024-10-08"),
        ("Läkemedelsgenomgång och dosett, apodos-ansökan",
         "Distriktssköterska, Vårdcentralen Arboga", "2024-09-17", "2024-10-15"),
        ("Bedömning av körförmåga efter stroke",
         "Läkare, Strokemottagningen Västmanlands sjukhus Västerås", "2025-01-15",
         "2025-01-15"),
    ]
    with pdf.table(col_widths=(80, 60, 25, 25), line_height=5,
                   headings_style=FontFace(emphasis="BOLD", fill_color=(215, 215, 215)),
                   repeat_headings=1, padding=1.5, text_align="LEFT") as table:
        for r in rows:
            row = table.row()
            for c in r:
                row.cell(c)
    pdf.ln(4)

    section_title(pdf, "Samordning och uppföljning")
    field(pdf, "Andra aktörer (t.ex. Försäkringskassan, Arbetsförmedlingen, god man)",
          "Försäkringskassan. Eventuellt Arbetsförmedlingen längre fram.")
    field(pdf, "Huvudansvarig för planen", "Arboga kommun")
    field_row(pdf, [("Datum för uppföljning", "", 60), ("Kallas av", "", 60),
                    ("Plats för uppföljning", "", 62)])

    section_title(pdf, "Deltagare vid mötet")
    pdf.set_font("DejaVu", "", 9)
    drows = [
        ("Namn", "Funktion", "Verksamhet / organisation"),
        ("Hans", "Den enskilde", "–"),
        ("Birgitta", "Närstående (fru)", "–"),
        ("Karin", "Logoped", "Neurorehab Västmanland, Region Västmanland"),
        ("Jonas", "Arbetsterapeut", "Hemrehab, Arboga kommun"),
        ("Elin", "Biståndshandläggare", "Socialförvaltningen, Arboga kommun"),
        ("Ahmed", "Distriktssköterska", "Vårdcentralen Arboga"),
    ]
    with pdf.table(col_widths=(45, 55, 90), line_height=5,
                   headings_style=FontFace(emphasis="BOLD", fill_color=(215, 215, 215)),
                   repeat_headings=1, padding=1.5, text_align="LEFT") as table:
        for r in drows:
            row = table.row()
            for c in r:
                row.cell(c)
    pdf.ln(4)
    field_row(pdf, [("Upprättad av", "Elin, biståndshandläggare", 90),
                    ("Fastställd datum", "2024-09-11", 50)])
    pdf.output(path(1, "pdf"))


# ================================================================ 02 school docx
def plan02():
    doc = new_doc("Calibri", 11)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Kyrkskolan F–6, Sala kommun – Elevhälsoteamet"
    sec.footer.paragraphs[0].text = "Barn- och utbildningsförvaltningen, Sala kommun"
    sec.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER

    doc.add_heading("Samordnad individuell plan (SIP) – Elsa, åk 3", level=1)
    doc.add_paragraph(
        "Möte 2024-11-19 kl. 14.00–15.30 i skolans konferensrum. "
        "Planen är skriven av elevhälsoteamet efter mötet.")

    doc.add_heading("1. Vad behöver Elsa hjälp med?", level=2)
    doc.add_paragraph(
        "Elsa har selektiv mutism. Hon pratar obehindrat hemma med mamma, pappa och "
        "lillebror, men har inte sagt något till någon vuxen i skolan sedan förskoleklass. "
        "Hon viskar ibland till sin kompis Moa när ingen vuxen är nära. Elsa behöver hjälp "
        "att steg för steg våga använda rösten i skolan, och hon behöver att bedömningen i "
        "svenska och engelska inte bygger på att hon läser högt eller redovisar muntligt "
        "inför klassen.")
    doc.add_paragraph(
        "BUP Västerås gjorde en bedömning i september och har påbörjat behandling. "
        "Under hösten har Elsa ofta haft ont i magen på måndagar och frånvaron har ökat "
        "till ungefär 15 %. Hon är mycket duktig i matematik och bild.")

    doc.add_heading("2. Vad vill Elsa själv?", level=2)
    doc.add_paragraph(
        "Elsa var med på mötets första del tillsammans med mamma och pappa. Hon svarade "
        "genom att peka på en skala och genom att viska till mamma. Hon vill ha någon att "
        "vara med på rasterna, hon vill inte behöva läsa högt inför hela klassen och hon "
        "vill gärna att Moa får sitta bredvid henne. Hon tycker om att rita och vill få "
        "visa det hon kan med bilder.")

    doc.add_heading("3. Varför har vi en SIP?", level=2)
    doc.add_paragraph("För att få en gemensam bild.")

    doc.add_heading("4. Vad ville vi prata om på mötet?", level=2)
    doc.add_paragraph(
        "Hur ska BUP:s behandling och skolans anpassningar hänga ihop, så att Elsa får "
        "öva på samma sätt hemma, på BUP och i skolan?", style="List Bullet")
    doc.add_paragraph(
        "Kan Elsa redovisa skriftligt eller med ljudinspelning hemifrån i stället för "
        "muntligt i klassrummet, och hur bedöms det?", style="List Bullet")
    doc.add_paragraph("Vad gör vi när Elsa har ont i magen på morgonen?",
                      style="List Bullet")

    doc.add_heading("5. Vad ska vi uppnå?", level=2)
    doc.add_paragraph(
        "Målet är att Elsa före sommarlovet 2025 ska kunna säga några ord till minst en "
        "vuxen i skolan och att frånvaron ska vara under 5 %.")

    doc.add_heading("6. Vem gör vad och när?", level=2)
    rows = [
        ("Psykolog, BUP Västerås",
         "Behandling med gradvis exponering (”sliding in”) tillsammans med Elsa och mamma, "
         "varannan tisdag kl. 08.15 från 2024-11-26. Skickar övningsschemat till klassläraren "
         "efter varje besök."),
        ("Klasslärare Lena, Kyrkskolan åk 3",
         "Låter Elsa redovisa skriftligt, med bild eller med ljudinspelning hemifrån från "
         "vecka 48. Tränar ”sliding in” i klassrummet efter skoltid med Elsa och mamma "
         "torsdagar kl. 15.00 från 2024-11-28."),
        ("Skolkurator, Kyrkskolan",
         "Lekstund med Elsa och Moa en gång i veckan, onsdagar efter lunch, från 2024-11-27."),
        ("Specialpedagog, Kyrkskolan",
         "Tar fram kommunikationskort (ja/nej, toalett, hjälp) och skriver åtgärdsprogram "
         "med anpassningar, klart senast 2024-12-06."),
        ("Skolsköterska, Kyrkskolan",
         "Träffar Elsa vid magont på morgonen och går igenom frånvaron med mentor en gång "
         "i månaden, första gången 2024-12-20."),
        ("Mamma och pappa",
         "Gör BUP:s hemövningar med Elsa minst tre gånger i veckan (t.ex. beställa själv i "
         "kassan, svara i telefon till mormor). Mamma följer med till BUP varannan tisdag. "
         "Ringer skolans frånvarolinje före kl. 08.00 om Elsa är sjuk."),
    ]
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    hdr = t.rows[0]
    cell_text(hdr.cells[0], "Vem", bold=True)
    cell_text(hdr.cells[1], "Gör vad och när", bold=True)
    for c in hdr.cells:
        set_cell_shading(c, "D9E2F3")
    mark_header_row(hdr)
    for who, what in rows:
        r = t.add_row()
        cell_text(r.cells[0], who)
        cell_text(r.cells[1], what)
    set_col_widths(t, (5.0, 11.5))

    doc.add_heading("7. Vem har huvudansvaret för planen?", level=2)
    doc.add_paragraph("Skolan.")

    doc.add_heading("8. När följer vi upp planen?", level=2)
    doc.add_paragraph("Efter sportlovet, vecka 10. Rektor skickar kallelse.")

    doc.add_heading("9. Vilka var med på mötet?", level=2)
    doc.add_paragraph("Elsa (första delen), Karin, Johan, Lena, Sofia, Mikael och Amir.")

    doc.save(path(2, "docx"))


# ================================================================ 03 minutes md
PLAN03 = """# Anteckningar från SIP-möte

**Datum:** 2025-02-04 kl. 09.30–11.00
**Plats:** Socialtjänsten Köping, rum Mälaren
**Närvarande:** S., Hanna, Peter, Maja, Lotta (antecknar)

- **1. Inledning**
  - Alla presenterade sig. S. hade önskat att mötet skulle vara på förmiddagen eftersom
    hon är som tröttast på eftermiddagarna, det blev så.
  - Samtycke finns.
- **2. Hur fungerar vardagen hemma med E. (2 år)?**
  - S. berättar att hösten varit tung. Hon har haft perioder med självskadetankar,
    sover dåligt och blir lätt arg på sig själv när E. har utbrott.
  - Maja har träffat E. på 2-årsbesöket i januari: glad och nyfiken, språket i nivå med
    åldern, inga tecken på att E. far illa.
  - S. säger att hon vill klara E. själv och att hon inte vill ha fler personer hem än
    nödvändigt. Hon tycker att Lotta är bra och vill behålla henne.
  - Beslut: familjebehandlingen i hemmet fortsätter, Lotta kommer tisdagar och torsdagar
    kl. 9–11 t.o.m. 2025-04-30.
- **3. Ska S. börja i DBT-gruppen i vår?**
  - Peter berättade om DBT (färdighetsträning i grupp + individuella samtal).
    S. är tveksam till grupp men vill prova.
  - Beslut: Peter skriver remiss till DBT-teamet senast 2025-02-14. Gruppstart planeras v. 12.
  - Beslut: individuella samtal med Peter fortsätter varannan vecka tills DBT startar.
- **4. Förskoleplats för E.**
  - Hanna tycker att det vore bra för E. att gå på förskola några timmar om dagen, och S.
    vill det också så att hon orkar gå på DBT.
  - Beslut: Hanna tar kontakt med förskoleplaceringen om plats för E. 15 tim/vecka.
- **5. Vad gör vi om S. mår sämre?**
  - Gick igenom vad som hände i december när S. sökte psykakuten en natt och ingen
    visste vem som skulle ta hand om E.
  - Beslut: Peter och Hanna tar fram en gemensam krisplan, med vem som kontaktas och vem
    som tar hand om E.
- **6. Mål**
  - Målet är att S. ska kunna hantera starka känslor utan att skada sig själv och att E.
    ska ha en trygg och förutsägbar vardag.
- **7. Övrigt**
  - Inget övrigt.

**Nästa möte:** 2025-04-15 kl. 09.30, Socialtjänsten Köping. Hanna skickar kallelse.
"""


def plan03():
    with open(path(3, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(PLAN03)


# ================================================================ 04 txt export
def plan04():
    def wrap(s):
        return "\n".join(textwrap.fill(par, 76) if par else "" for par in s.split("\n"))

    fields = [
        ("Dokument", "SIP - Samordnad individuell plan"),
        ("Enhet", "Vårdcentralen Fagersta"),
        ("Patient", "Gösta"),
        ("Personnummer", "XXXXXX-XXXX"),
        ("Planens status", "Aktiv"),
        ("Datum för SIP-möte", "2024-10-22"),
        ("Plats", "I hemmet, Fagersta"),
        ("Syfte med planen", ""),
        ("Frågeställningar inför mötet", ""),
        ("Bakgrund",
         "Gösta, 70 år, har Parkinsons sjukdom sedan 2016. Under det senaste halvåret "
         "har han fått tydligare on/off-fluktuationer, frysningar vid gång och "
         "synhallucinationer nattetid efter senaste höjningen av levodopa. Tre fall "
         "i hemmet under september, ingen fraktur. Bor i radhus med hustrun Inga, 68 år, "
         "som sköter det mesta av omvårdnaden och medicinerna. Inga har själv ryggbesvär "
         "och beskriver att hon är mycket trött och inte kommer ut på egna aktiviteter. "
         "Sonen bor i Västerås och hjälper till med transporter."),
        ("Den enskildes mål", ""),
        ("Den enskildes delaktighet", "Gösta deltog i mötet, som hölls i hemmet."),
        ("Samtycke",
         "Skriftligt samtycke till SIP och till informationsöverföring mellan "
         "Vårdcentralen Fagersta, Neurologmottagningen Västerås och Fagersta kommun "
         "inhämtat 2024-10-15 vid hembesök av distriktssköterska. Blanketten är "
         "skannad till journalen."),
        ("Insatser",
         "1. Översyn av Parkinsonmedicineringen pga nattliga hallucinationer och "
         "on/off-fluktuationer.\n"
         "   Ansvarig: Neurolog, Neurologmottagningen Västerås. När: besök 2024-11-12.\n"
         "2. Hemtjänst morgon och kväll, hjälp med påklädning, dusch 2 ggr/vecka.\n"
         "   Ansvarig: Hemtjänst Fagersta, grupp Centrum. När: från 2024-11-04.\n"
         "3. Bedömning av fallrisk i hemmet, förskrivning av rollator inomhus och "
         "duschpall, ev. trygghetslarm.\n"
         "   Ansvarig: Arbetsterapeut, Kommunrehab Fagersta. När:\n"
         "4. Avlösning i hemmet 4 tim/vecka så att Inga kan gå på egna aktiviteter.\n"
         "   Ansvarig: Anhörigstödet, Fagersta kommun. När: onsdagar från 2024-11-06.\n"
         "5. Läkemedel i dosrulle (ApoDos) och uppföljning av medicinintag och "
         "blodtryck.\n"
         "   Ansvarig: Distriktssköterska, Vårdcentralen Fagersta. När: dosstart "
         "2024-11-01, kontroll 2024-11-20."),
        ("Närståendes och andra aktörers insatser",
         "Inga ger Gösta medicinerna enligt dosrullen kl. 7, 11, 15 och 19 och för "
         "ett symtomschema (on/off, fall och hallucinationer) fram till neurologbesöket "
         "2024-11-12. Sonen kör Gösta och Inga till Neurologmottagningen i Västerås "
         "2024-11-12."),
        ("Huvudansvarig för planen", "Distriktssköterska Marie, Vårdcentralen Fagersta"),
        ("Uppföljning", "Om ca tre månader. Marie kallar."),
        ("Deltagare",
         "Gösta, Inga (hustru), distriktssköterska, biståndshandläggare, arbetsterapeut"),
        ("Övrigt", ""),
        ("Signerad av", "Marie, distriktssköterska, 2024-10-23 08:14"),
    ]
    out = ["Utskrift journalanteckning - Sökord SIP", ""]
    for name, val in fields:
        out.append(f"[{name}]")
        if val:
            for line in val.split("\n"):
                if line.startswith("   "):
                    out.append(textwrap.fill(line.strip(), 76, initial_indent="   ",
                                             subsequent_indent="   "))
                else:
                    out.append(textwrap.fill(line, 76, subsequent_indent="   "
                                             if line[:2].rstrip(".").isdigit() else ""))
        out.append("")
    with open(path(4, "txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))


# ================================================================ 05 easy Swedish
def plan05():
    doc = new_doc("Verdana", 15)
    doc.styles["Normal"].paragraph_format.space_after = Pt(8)
    doc.styles["Normal"].paragraph_format.line_spacing = 1.3
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.header.paragraphs[0].text = "Samordnad individuell plan – lättläst"

    def p(text, bold=False, size=None):
        para = doc.add_paragraph()
        r = para.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        return para

    def head(text):
        para = p(text, bold=True, size=19)
        para.paragraph_format.space_before = Pt(18)
        return para

    def bullet(text):
        para = doc.add_paragraph()
        para.paragraph_format.left_indent = Cm(1)
        para.paragraph_format.first_line_indent = Cm(-0.8)
        para.add_run("■  " + text)
        return para

    p("Det här är din plan", bold=True, size=26)
    p("Planen är till dig, Amanda.")
    p("Planen heter SIP.")
    p("SIP betyder samordnad individuell plan.")
    p("Vi hade möte den 14 januari 2025.")
    p("Mötet var på din gruppbostad Solrosen i Norberg.")

    head("Varför har du en plan?")
    p("Du har fått fler anfall av epilepsi i höstas.")
    p("Du har varit väldigt trött på jobbet i caféet.")
    p("Planen ska hjälpa boendet, jobbet och vården")
    p("att göra samma sak.")
    p("Då kan du få färre anfall och orka mer på dagarna.")

    head("Vad vill du?")
    p("Du sa så här:")
    bullet("”Jag vill orka jobba hela dagen i caféet.”")
    bullet("”Jag vill inte vara rädd att få anfall när jag åker buss.”")

    head("Du var med på mötet")
    p("Du berättade att du sover dåligt.")
    p("Du vill att någon från personalen följer med dig till doktorn.")
    p("Du vill få vila efter lunch på jobbet.")

    head("Får vi prata med varandra om dig?")
    p("Du har gett ditt samtycke.")

    head("Vad – Vem – När")
    rows = [
        ("Doktorn tittar på din medicin mot epilepsi.",
         "Neurolog på Neurologmottagningen Västerås", "3 februari 2025"),
        ("Sjuksköterskan tar blodprov för din medicin.",
         "Sjuksköterska på Vårdcentralen Norberg", "27 januari 2025"),
        ("Personalen skriver upp när du får anfall och hur du sover.",
         "Personalen på gruppbostaden Solrosen", "Varje dag från 15 januari 2025"),
        ("Personalen följer med dig till doktorn.",
         "Personalen på gruppbostaden Solrosen", "3 februari 2025"),
        ("Du får vila 30 minuter efter lunch.",
         "Handledare på daglig verksamhet Caféet Norberg",
         "Varje dag från 20 januari 2025"),
        ("Vi skriver vad personalen ska göra om du får anfall på jobbet.",
         "Handledare på daglig verksamhet Caféet och sjuksköterska i LSS Norberg",
         "Klart 31 januari 2025"),
    ]
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(("Vad", "Vem", "När")):
        cell_text(t.rows[0].cells[i], h, bold=True, size=16)
        set_cell_shading(t.rows[0].cells[i], "FFF2CC")
    mark_header_row(t.rows[0])
    for what, who, when in rows:
        r = t.add_row()
        cell_text(r.cells[0], "■ " + what, size=14)
        cell_text(r.cells[1], who, size=14)
        cell_text(r.cells[2], when, size=14)

    head("Vem håller ihop planen?")
    p("Lina är samordnare för din plan.")
    p("Du kan alltid fråga Lina om planen.")

    head("När ses vi igen?")
    p("Vi ses igen i maj.")

    head("Vilka var på mötet?")
    for n in ("Du, Amanda", "Lina", "Ahmed", "Karin", "Jonas"):
        bullet(n)

    doc.save(path(5, "docx"))


# ================================================================ 06 revision -> pdf
def plan06(tmpdir):
    doc = new_doc("Arial", 10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Rönnbyskolan 7–9, Västerås stad – Elevhälsan  ·  SIP, reviderad"
    fp = sec.footer.paragraphs[0]
    fp.text = "Version 3 · 2025-02-11"
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    doc.add_heading("Samordnad individuell plan – revidering", level=1)
    label_value(doc, "Gäller:", "L., ÅÅMMDD-XXXX, åk 9, Rönnbyskolan, Västerås")

    doc.add_heading("Ändringslogg", level=2)
    log = [
        ("Datum", "Ändring", "Av"),
        ("2024-09-05", "Plan upprättad vid första SIP-mötet. Insats 1–4.",
         "Johanna, kurator"),
        ("2024-11-20", "Uppföljning. Insats 2 ändrad: anpassad studiegång gäller nu även "
         "engelska. Insats 4 (läkemedel) tillagd.", "Johanna, kurator"),
        ("2025-02-11", "Uppföljning. Insats 1 och 3 avslutade. Insats 5 och 6 tillagda. "
         "Nuläge uppdaterat.", "Johanna, kurator"),
    ]
    t = doc.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    for i, row in enumerate(log):
        r = t.add_row()
        for j, v in enumerate(row):
            cell_text(r.cells[j], v, bold=(i == 0))
            if i == 0:
                set_cell_shading(r.cells[j], "D9D9D9")
        if i == 0:
            mark_header_row(r)
    set_col_widths(t, (2.6, 10.4, 3.6))

    doc.add_heading("Aktuell plan (version 3, fastställd 2025-02-11)", level=2)
    label_value(doc, "Syfte:", "Samordning.")
    label_value(doc, "Frågeställningar:", "Uppföljning av läget.")
    bold_para(doc, "Nuläge")
    doc.add_paragraph(
        "L. har Tourettes syndrom med motoriska och vokala tics, diagnostiserat på BUP "
        "2021. Tics ökade kraftigt under åk 8 och L. började utebli från skolan, främst "
        "från lektioner i helklass. Närvaron var ca 45 % under ht 2024 och har hittills "
        "under vt 2025 ökat till ca 70 %. Han går nu matematik och engelska i "
        "studierummet och har klarat de nationella proven i åk 9 hittills. Tics har "
        "minskat något sedan läkemedelsbehandling startade i december. Han har fortfarande "
        "svårt med morgnarna och sover dåligt.")
    bold_para(doc, "L:s mål")
    doc.add_paragraph(
        "L. sa i samtal med kuratorn 2025-02-04: ”Jag vill gå klart nian och komma in på "
        "el-programmet. Och jag vill slippa sitta i klassrummet när det är som värst med "
        "ticsen.”")
    bold_para(doc, "L:s delaktighet")
    doc.add_paragraph(
        "L. deltog inte i mötet 2025-02-11. Kuratorn förmedlade hans synpunkter från "
        "samtalet 2025-02-04: han tycker att studierummet fungerar bra och vill fortsätta "
        "där resten av året, och han vill inte byta läkemedel nu.")
    bold_para(doc, "Samtycke")
    doc.add_paragraph(
        "Skriftligt samtycke från L. och båda vårdnadshavarna 2024-09-05 på Västerås stads "
        "blankett ”Samtycke till SIP”. Gäller till 2025-09-05.")

    bold_para(doc, "Insatser")
    ins = [
        ("Nr", "Insats", "Ansvarig", "Tid", "Status"),
        ("1", "Tics-träning (CBIT), 8 tillfällen", "Psykolog, BUP Västerås",
         "2024-09-17 – 2024-12-10", "Avslutad 2024-12-10"),
        ("2", "Anpassad studiegång: matematik och engelska i studierummet med "
         "specialpedagog", "Mentor Erik, Rönnbyskolan", "Från 2024-09-09, t.o.m. "
         "vt 2025 (2025-06-13)", "Pågår"),
        ("3", "Samtal med skolkurator varje vecka om frånvaro och morgonrutiner",
         "Kurator, Rönnbyskolan", "2024-09-10 – 2025-01-31", "Avslutad"),
        ("4", "Läkemedelsbehandling mot tics med uppföljning av effekt och "
         "biverkningar", "Läkare, BUP Västerås", "", "Pågår"),
        ("5", "Studie- och yrkesvägledning inför gymnasievalet, stöd vid ansökan till "
         "el-programmet", "Studie- och yrkesvägledare, Rönnbyskolan",
         "Samtal 2025-02-18, ansökan senast 2025-03-01", "Ny"),
        ("6", "Öppenvårdsinsats: samtal med L. och mamma om skolnärvaro och sömn, "
         "varannan vecka", "Socialsekreterare, Ungdomsteamet IFO Västerås",
         "Från 2025-02-17", "Ny"),
    ]
    t = doc.add_table(rows=0, cols=5)
    t.style = "Table Grid"
    widths = (1.0, 6.0, 3.8, 3.4, 2.4)
    for i, row in enumerate(ins):
        r = t.add_row()
        for j, v in enumerate(row):
            cell_text(r.cells[j], v, bold=(i == 0), size=9.5)
            if i == 0:
                set_cell_shading(r.cells[j], "D9D9D9")
        if i == 0:
            mark_header_row(r)
    set_col_widths(t, widths)

    bold_para(doc, "Övrigt")
    doc.add_paragraph(
        "Familjen har kontakt med Försäkringskassan angående omvårdnadsbidrag.")

    bold_para(doc, "Deltagare vid mötet 2025-02-11")
    for d in ("Johanna, kurator, Rönnbyskolan",
              "Erik, mentor, Rönnbyskolan",
              "Sara, sjuksköterska, BUP Västerås",
              "Mats, socialsekreterare, Ungdomsteamet IFO Västerås",
              "L:s mamma"):
        doc.add_paragraph(d, style="List Bullet")

    src = os.path.join(tmpdir, f"{PREFIX}06.docx")
    doc.save(src)
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file:///tmp/lo-{PREFIX.rstrip('-')}",
         "--headless", "--convert-to", "pdf", "--outdir", tmpdir, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.move(os.path.join(tmpdir, f"{PREFIX}06.pdf"), path(6, "pdf"))


# ================================================================ 07 landscape docx
def set_landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    w, h = section.page_width, section.page_height
    if w < h:
        section.page_width, section.page_height = h, w
    section.left_margin = section.right_margin = Cm(1.8)
    section.top_margin = section.bottom_margin = Cm(1.6)


def plan07():
    doc = new_doc("Calibri", 10.5)
    sec = doc.sections[0]
    set_landscape(sec)
    sec.header.paragraphs[0].text = (
        "Region Västmanland · Psykiatri · Avdelning 5, heldygnsvård, Västmanlands sjukhus "
        "Västerås")
    fpar = sec.footer.paragraphs[0]
    fpar.text = "SIP inför utskrivning – sida "
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    fr = OxmlElement("w:r")
    ft = OxmlElement("w:t")
    ft.text = "1"
    fr.append(ft)
    fld.append(fr)
    fpar._p.append(fld)

    title = doc.add_paragraph()
    r = title.add_run("SIP inför utskrivning från psykiatrisk heldygnsvård")
    r.bold = True
    r.font.size = Pt(15)
    r.font.small_caps = True
    label_value(doc, "Patient:", "M., 44 år, ÅÅMMDD-XXXX, folkbokförd i Hallstahammar.")
    label_value(doc, "SIP-möte:", "2025-01-13 på avdelningen. Planerad utskrivning 2025-01-17.")
    label_value(doc, "Syfte:",
                "Syftet med planen är att M. ska ha boende, medicinering och stöd kring "
                "drogerna på plats när han skrivs ut, så att han inte blir inlagd igen "
                "som efter förra utskrivningen i augusti 2024 då depåinjektionen uteblev.")
    label_value(doc, "Frågor till mötet:",
                "Kan M. få boendestöd redan första veckan efter utskrivning? Vem ger "
                "depåinjektionen efter hemgång? Ska missbruksbehandlingen ske på "
                "Beroendemottagningen eller i kommunens öppenvård?")
    label_value(doc, "Samtycke:", "Samtycke finns.")
    label_value(doc, "Huvudansvarig för planen:",
                "Socialsekreterare Ida, Vuxenenheten IFO Hallstahammar.")
    label_value(doc, "Delaktighet:", "M. deltog i mötet.")

    groups = [
        ("Psykisk hälsa och läkemedel", [
            ("Schizofreni, stabil på depåinjektion. Depån uteblev efter förra "
             "utskrivningen och M. återinsjuknade.",
             "Depåinjektion paliperidon var 4:e vecka. Ansvar: sjuksköterska, Psykiatriska "
             "öppenvårdsmottagningen Hallstahammar. Första injektion efter utskrivning "
             "2025-02-10."),
            ("Läkaruppföljning av psykiskt mående och läkemedel.",
             "Läkarbesök hos öppenvårdsläkare, Psykiatriska öppenvårdsmottagningen "
             "Hallstahammar, 2025-02-03."),
        ]),
        ("Missbruk", [
            ("Amfetamin och cannabis veckorna före inläggningen. Hög återfallsrisk "
             "efter utskrivning.",
             "Bedömning och behandlingsplanering på Beroendemottagningen Västerås, "
             "ansvar: läkare och kontaktperson Beroendemottagningen, första besök "
             "2025-01-22."),
            ("Behov av stöd för drogfrihet.",
             "Urinprov 2 gånger/vecka på Beroendemottagningen Västerås från 2025-01-22."),
        ]),
        ("Boende och vardag", [
            ("Egen lägenhet. Har haft svårt att sköta mat, städning och tider.",
             "Boendestöd 3 gånger/vecka. Ansvar: kommunen. Från 2025-01-20."),
            ("Saknar sysselsättning, isolerar sig.",
             "Plats på Träffpunkten, Sysselsättningsenheten Hallstahammar, handledare "
             "gör introduktion 2025-01-29, därefter tisdag och torsdag."),
        ]),
        ("Ekonomi", [
            ("Hyresskuld (två månader) och risk för uppsägning av lägenheten.",
             "God man betalar hyran och hyresskulden enligt avbetalningsplan med "
             "hyresvärden och ger M. veckopeng varje måndag från 2025-01-20."),
            ("Sjukersättning; bostadstillägg saknas.",
             "God man skickar ansökan om bostadstillägg till Försäkringskassan senast "
             "2025-01-31. Försäkringskassan handlägger ansökan."),
        ]),
        ("Somatisk hälsa", [
            ("Viktuppgång och förhöjt blodsocker vid provtagning på avdelningen.",
             "Årskontroll av metabola värden, distriktssköterska, Vårdcentralen "
             "Hallstahammar, 2025-03-04."),
        ]),
    ]
    nrows = 1 + sum(len(g[1]) for g in groups)
    t = doc.add_table(rows=nrows, cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = (4.5, 9.0, 12.5)
    for j, h in enumerate(("Område", "Behov", "Insats/ansvar/tid")):
        cell_text(t.rows[0].cells[j], h, bold=True)
        set_cell_shading(t.rows[0].cells[j], "BFBFBF")
    mark_header_row(t.rows[0])
    i = 1
    for area, items in groups:
        start = i
        for need, action in items:
            cell_text(t.rows[i].cells[1], need)
            cell_text(t.rows[i].cells[2], action)
            i += 1
        top = t.cell(start, 0)
        if i - 1 > start:
            top = top.merge(t.cell(i - 1, 0))
        cell_text(top, area, bold=True)
        set_cell_shading(top, "F2F2F2")
    set_col_widths(t, widths)

    doc.add_paragraph()
    label_value(doc, "Uppföljning:", "SIP-uppföljning vecka 10. Ida skickar kallelse.")

    doc.save(path(7, "docx"))


# ================================================================ 08 empty template
PLACEHOLDER = "Klicka eller tryck här för att ange text."
DATE_PH = "Klicka eller tryck för att ange ett datum."


def add_placeholder_style(doc):
    st = doc.styles.add_style("Placeholder Text", WD_STYLE_TYPE.CHARACTER)
    st.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    return st


_sdt_id = [9001]


def add_sdt(paragraph, alias, text=PLACEHOLDER, kind="text"):
    """Append an inline content control showing its placeholder to paragraph."""
    _sdt_id[0] += 1
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    a = OxmlElement("w:alias")
    a.set(qn("w:val"), alias)
    pr.append(a)
    tag = OxmlElement("w:tag")
    tag.set(qn("w:val"), alias.lower().replace(" ", "_"))
    pr.append(tag)
    i = OxmlElement("w:id")
    i.set(qn("w:val"), str(_sdt_id[0]))
    pr.append(i)
    ph = OxmlElement("w:placeholder")
    dp = OxmlElement("w:docPart")
    dp.set(qn("w:val"), "DefaultPlaceholder_-1854013440" if kind == "text"
           else "DefaultPlaceholder_-1854013437")
    ph.append(dp)
    pr.append(ph)
    pr.append(OxmlElement("w:showingPlcHdr"))
    if kind == "date":
        d = OxmlElement("w:date")
        fmt = OxmlElement("w:dateFormat")
        fmt.set(qn("w:val"), "yyyy-MM-dd")
        d.append(fmt)
        lid = OxmlElement("w:lid")
        lid.set(qn("w:val"), "sv-SE")
        d.append(lid)
        cal = OxmlElement("w:calendar")
        cal.set(qn("w:val"), "gregorian")
        d.append(cal)
        pr.append(d)
    else:
        pr.append(OxmlElement("w:text"))
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    rs = OxmlElement("w:rStyle")
    rs.set(qn("w:val"), "PlaceholderText")
    rpr.append(rs)
    r.append(rpr)
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    content.append(r)
    sdt.append(content)
    paragraph._p.append(sdt)
    return sdt


def plan08():
    doc = new_doc("Arial", 10)
    add_placeholder_style(doc)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hr = hp.add_run("Socialtjänsten Skinnskatteberg – Vuxenenheten")
    hr.bold = True
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    tp = doc.add_paragraph()
    r = tp.add_run("SAMORDNAD INDIVIDUELL PLAN (SIP)")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Enligt 2 kap. 7 § socialtjänstlagen och 16 kap. 4 § hälso- och "
                      "sjukvårdslagen").runs[0].italic = True

    def fieldpara(label, alias, kind="text", text=None):
        p = doc.add_paragraph()
        rr = p.add_run(label + " ")
        rr.bold = True
        add_sdt(p, alias, text or (DATE_PH if kind == "date" else PLACEHOLDER), kind)
        return p

    def heading(text):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        rr = p.add_run(text)
        rr.bold = True
        rr.font.size = Pt(11.5)
        return p

    def block(alias, hint=None):
        if hint:
            hp_ = doc.add_paragraph()
            hr_ = hp_.add_run(hint)
            hr_.italic = True
            hr_.font.size = Pt(8.5)
        p = doc.add_paragraph()
        add_sdt(p, alias)
        return p

    heading("1. Uppgifter om den enskilde")
    fieldpara("Namn:", "Namn")
    fieldpara("Personnummer:", "Personnummer", text="ÅÅMMDD-XXXX")
    fieldpara("Datum för mötet:", "Mötesdatum", kind="date")
    fieldpara("Plats:", "Plats")
    doc.add_paragraph("Typ av möte:  ☐ Första SIP-möte   ☐ Uppföljning   ☐ Avslut")

    heading("2. Syfte med SIP")
    block("Syfte", "(Varför behövs en samordnad plan i just den här situationen?)")
    heading("3. Frågeställningar inför mötet")
    block("Frågeställningar")
    heading("4. Den enskildes mål")
    block("Mål", "(Skriv med den enskildes egna ord)")
    heading("5. Den enskildes delaktighet")
    doc.add_paragraph("☐ Deltog i mötet   ☐ Deltog inte i mötet")
    fieldpara("Om inte, orsak:", "Orsak")
    fieldpara("Den enskildes synpunkter:", "Synpunkter")
    heading("6. Samtycke")
    doc.add_paragraph("☐ Muntligt samtycke   ☐ Skriftligt samtycke   ☐ Vårdnadshavares samtycke")
    fieldpara("Datum för samtycke:", "Samtyckesdatum", kind="date")

    heading("7. Insatser")
    t = doc.add_table(rows=5, cols=4)
    t.style = "Table Grid"
    for j, h in enumerate(("Insats", "Ansvarig (verksamhet/funktion)", "Start", "Slut")):
        cell_text(t.rows[0].cells[j], h, bold=True)
        set_cell_shading(t.rows[0].cells[j], "D9D9D9")
    mark_header_row(t.rows[0])
    for i in range(1, 5):
        for j in range(4):
            c = t.rows[i].cells[j]
            c.text = ""
            add_sdt(c.paragraphs[0], f"Insats{i}_{j}",
                    DATE_PH if j >= 2 else PLACEHOLDER, "date" if j >= 2 else "text")

    heading("8. Andra aktörers insatser")
    block("Andra aktörer",
          "(Försäkringskassan, Arbetsförmedlingen, god man, närstående, den enskilde själv)")
    doc.add_paragraph("☐ Inga andra aktörer berörs")

    heading("9. Huvudansvar för planen")
    fieldpara("Namn och funktion:", "Huvudansvarig")
    fieldpara("Verksamhet:", "Huvudansvarig verksamhet")

    heading("10. Uppföljning")
    fieldpara("Datum för uppföljning:", "Uppföljningsdatum", text="ÅÅÅÅ-MM-DD")
    fieldpara("Sammankallande:", "Sammankallande")

    heading("11. Deltagare")
    t = doc.add_table(rows=6, cols=3)
    t.style = "Table Grid"
    for j, h in enumerate(("Namn", "Funktion", "Verksamhet/organisation")):
        cell_text(t.rows[0].cells[j], h, bold=True)
        set_cell_shading(t.rows[0].cells[j], "D9D9D9")
    mark_header_row(t.rows[0])
    for i in range(1, 6):
        for j in range(3):
            c = t.rows[i].cells[j]
            c.text = ""
            add_sdt(c.paragraphs[0], f"Deltagare{i}_{j}")

    doc.add_paragraph()
    doc.add_paragraph("Planen har upprättats av: ______________________________   "
                      "Datum: ______________")
    doc.save(path(8, "docx"))


def normalize_zip(fn):
    """Rewrite a .docx with fixed member timestamps so reruns give identical bytes."""
    import zipfile
    with zipfile.ZipFile(fn) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(fn, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 1, 10, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def main():
    os.makedirs(OUT, exist_ok=True)
    tmpdir = os.path.join(HERE, ".build")
    os.makedirs(tmpdir, exist_ok=True)
    plan01()
    plan02()
    plan03()
    plan04()
    plan05()
    plan06(tmpdir)
    plan07()
    plan08()
    shutil.rmtree(tmpdir, ignore_errors=True)
    for f in sorted(os.listdir(OUT)):
        if f.endswith(".docx"):
            normalize_zip(os.path.join(OUT, f))
    for f in sorted(os.listdir(OUT)):
        print(f)


if __name__ == "__main__":
    main()
