#!/usr/bin/env python
"""Generate the f33b batch of fictional, anonymized SIP plans (and one non-SIP).

Run with python generate_b.py
Writes plans/f33b-01 ... f33b-08. Deterministic (fixed dates, seeded random).
"""
import datetime
import os
import random
import shutil
import subprocess
import textwrap

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
PLANS = os.path.join(HERE, "plans")
BUILD = os.path.join(HERE, "build")
PREFIX = "f33b"
LO_PROFILE = "file:///tmp/lo-f33b"
FONT_DIR = "/usr/share/fonts/truetype"

os.makedirs(PLANS, exist_ok=True)
os.makedirs(BUILD, exist_ok=True)


def out(n, ext):
    return os.path.join(PLANS, f"{PREFIX}-{n:02d}.{ext}")


# ---------------------------------------------------------------- docx helpers
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


def add_table(doc, header, rows, widths=None, size=10, header_fill="D9E2F3"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, bold=True, size=size)
        shade(t.rows[0].cells[i], header_fill)
    repeat_header(t.rows[0])
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v, size=size)
    if widths:
        t.autofit = False
        for i, w in enumerate(widths):
            t.columns[i].width = Cm(w)
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


def bold_para(doc, text, size=11):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    p.paragraph_format.space_before = Pt(8)
    p.paragraph_format.space_after = Pt(2)
    return p


def label_value(doc, label, value):
    p = doc.add_paragraph()
    r = p.add_run(label + " ")
    r.bold = True
    p.add_run(value)
    p.paragraph_format.space_after = Pt(2)
    return p


FIXED_DT = datetime.datetime(2025, 1, 1, 8, 0, 0)


def base_doc(font="Calibri", size=11):
    doc = Document()
    cp = doc.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(2.0)
    sec.bottom_margin = Cm(2.0)
    return doc


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


def soffice_pdf(src, target):
    """Convert src (docx/html) with LibreOffice, move result to target."""
    cmd = [
        "soffice",
        f"-env:UserInstallation={LO_PROFILE}",
        "--headless",
    ]
    if src.endswith(".html"):
        # open HTML in Writer (not Writer/Web), as when printed from the word processor
        cmd.append("--infilter=HTML (StarWriter)")
    cmd += [
        "--convert-to",
        "pdf",
        "--outdir",
        BUILD,
        src,
    ]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    produced = os.path.join(BUILD, os.path.splitext(os.path.basename(src))[0] + ".pdf")
    shutil.move(produced, target)


# =========================================================== 01 BUP Word plan
def plan01():
    doc = base_doc()
    sec = doc.sections[0]
    header_text(sec, "Region Västmanland – BUP Västerås", "SIP – samordnad individuell plan")
    footer_text(sec, "Dokumentet innehåller sekretessbelagda uppgifter (OSL 25 kap. 1 §, 26 kap. 1 §)")

    doc.add_heading("Samordnad individuell plan (SIP)", level=0)

    doc.add_heading("Uppgifter om barnet", level=1)
    add_table(
        doc,
        ["Uppgift", "Innehåll"],
        [
            ["Namn", "Elin"],
            ["Personnummer", "ÅÅMMDD-XXXX"],
            ["Skola/klass", "Önstaskolan, åk 7"],
            ["Vårdnadshavare", "Maria (mamma), Tomas (pappa) – gemensam vårdnad"],
            ["Datum för mötet", "2025-02-25 kl. 13.00–14.30"],
            ["Plats", "BUP Västerås, mottagningens konferensrum"],
        ],
        widths=[4.5, 12],
    )

    doc.add_heading("Syfte", level=1)
    doc.add_paragraph("Att få en gemensam bild.")

    doc.add_heading("Bakgrund", level=1)
    doc.add_paragraph(
        "Elin är 13 år och går i åk 7. Hon har haft ökande frånvaro sedan höstterminen 2024 och "
        "har under januari–februari 2025 varit i skolan i genomsnitt en dag i veckan. Hon beskriver "
        "magont, illamående och svårt att sova på söndagskvällar. Elin har sedan december 2024 "
        "kontakt med BUP Västerås där en bedömning visat social ångest och generaliserad ångest. "
        "Skolan har gjort en anmälan till socialtjänsten om oro för frånvaron (december 2024) och "
        "en utredning enligt 11 kap. 1 § SoL pågår på IFO Barn och familj."
    )

    doc.add_heading("Frågeställningar", level=1)
    for q in [
        "Hur kan Elin stegvis komma tillbaka till skolan efter sportlovet, och vilka lektioner börjar hon med?",
        "Vem möter Elin på morgonen de dagar hon kommer till skolan?",
        "Behöver familjen stöd i hemmet från socialtjänsten, t.ex. familjebehandlare?",
        "Ska Elins sömn bedömas av läkare innan KBT-behandlingen startar?",
    ]:
        doc.add_paragraph(q, style="List Bullet")

    doc.add_heading("Deltagare", level=1)
    add_table(
        doc,
        ["Namn", "Roll", "Verksamhet", "Närvarande (Ja/Nej)"],
        [
            ["Elin", "Barnet", "–", "Ja"],
            ["Maria", "Vårdnadshavare (mamma)", "–", "Ja"],
            ["Tomas", "Vårdnadshavare (pappa)", "–", "Nej"],
            ["Karin", "Psykolog", "BUP Västerås", "Ja"],
            ["Hassan", "Specialistläkare", "BUP Västerås", "Nej"],
            ["Anders", "Mentor", "Önstaskolan, åk 7", "Ja"],
            ["Leila", "Skolkurator", "Elevhälsan, Önstaskolan", "Ja"],
            ["Johan", "Socialsekreterare", "IFO Barn och familj, Västerås stad", "Ja"],
        ],
        widths=[3.0, 4.5, 6.5, 3.0],
    )

    doc.add_heading("Elins egna ord", level=1)
    doc.add_paragraph(
        "Elin ville inte prata inför alla på mötet. Hon skrev ner det här tillsammans med Karin "
        "innan mötet och ville att det skulle stå med i planen som hon skrivit det:"
    )
    qt = doc.add_table(rows=1, cols=1)
    qt.style = "Table Grid"
    qt.alignment = WD_TABLE_ALIGNMENT.CENTER
    c = qt.rows[0].cells[0]
    shade(c, "FFF2CC")
    c.width = Cm(15)
    c.text = ""
    p = c.paragraphs[0]
    r = p.add_run(
        "”Jag vill kunna gå till skolan utan att ha ont i magen varje morgon. Jag vill börja med "
        "bild och idrott för där känner jag folk, och jag vill slippa redovisa inför hela klassen "
        "tills det känns bättre. Jag vill att någon väntar på mig vid entrén så jag inte måste gå "
        "in själv.”"
    )
    r.italic = True
    r.font.size = Pt(12)
    p2 = c.add_paragraph()
    r2 = p2.add_run("– Elin, 13 år")
    r2.font.size = Pt(10)
    p2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph(
        "Maria sa på mötet att hon håller med om att en långsam start är bättre än att Elin "
        "tvingas till heltid direkt, och att morgnarna är det svåraste hemma."
    )

    doc.add_heading("Insatser och ansvar", level=1)
    add_table(
        doc,
        ["Nr", "Åtgärd", "Ansvarig (verksamhet/funktion)", "När"],
        [
            ["1", "Läkarbedömning av sömnen och ställningstagande till läkemedel.",
             "Specialistläkare, BUP Västerås", "2025-03-06"],
            ["2", "KBT-behandling för ångest, 12 sessioner varannan tisdag kl. 15.00 med exponering "
                  "kopplad till skolsituationer.", "Psykolog, BUP Västerås", "Från 2025-03-11"],
            ["3", "Anpassat schema: start med bild och idrott (tis + tors), svenska läggs till efter "
                  "två veckor. Inga muntliga redovisningar inför klass under vårterminen.",
             "Mentor, Önstaskolan", "Från 2025-03-11"],
            ["4", "Elin möts vid entrén kl. 08.10 och har en kort incheckning hos kurator de dagar hon "
                  "är i skolan.", "Skolkurator, Elevhälsan Önstaskolan", "Från 2025-03-11"],
            ["5", "Samtal med Elin och vårdnadshavarna om föräldrastöd och om ansökan om "
                  "familjebehandlare.", "Socialsekreterare, IFO Barn och familj", ""],
        ],
        widths=[1.0, 8.0, 5.0, 3.0],
        size=10,
    )

    doc.add_heading("Övriga aktörer", level=1)
    doc.add_paragraph("Vårdnadshavarna är ett viktigt stöd för Elin.")

    doc.add_heading("Samtycke", level=1)
    doc.add_paragraph("Samtycke till SIP finns.")

    doc.add_heading("Uppföljning", level=1)
    doc.add_paragraph("Uppföljande SIP-möte 2025-04-29 kl. 13.00 på BUP Västerås.")

    doc.save(out(1, "docx"))


# ================================================= 02 fpdf2 two-page home-care form
class FormPDF(FPDF):
    def footer(self):
        self.set_y(-14)
        self.set_font("dv", "", 8)
        self.set_text_color(80, 80, 80)
        self.cell(0, 5, f"Sida {self.page_no()} av {{nb}}", align="C")
        self.set_text_color(0, 0, 0)


def plan02():
    rnd = random.Random(33)
    pdf = FormPDF(format="A4")
    pdf.set_creation_date(datetime.datetime(2025, 2, 11, 15, 0, 0, tzinfo=datetime.timezone.utc))
    pdf.alias_nb_pages("{nb}")
    pdf.set_auto_page_break(False)
    pdf.add_font("dv", "", f"{FONT_DIR}/dejavu/DejaVuSans.ttf")
    pdf.add_font("dv", "B", f"{FONT_DIR}/dejavu/DejaVuSans-Bold.ttf")
    pdf.add_font("hand", "", f"{FONT_DIR}/liberation/LiberationSerif-Italic.ttf")
    pdf.set_margins(18, 15, 18)

    LBL_W = 52
    X0 = 18
    X1 = X0 + LBL_W
    X2 = 210 - 18
    LINE_H = 8

    def head(title_suffix=""):
        pdf.set_font("dv", "B", 9)
        pdf.cell(0, 5, "Kungsörs kommun  |  Region Västmanland", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("dv", "B", 14)
        pdf.cell(0, 8, "Samordnad individuell plan (SIP)", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("dv", "", 10)
        pdf.cell(0, 5, "Hemtjänst och primärvård – blankett för planering i hemmet" + title_suffix,
                 new_x="LMARGIN", new_y="NEXT")
        pdf.set_draw_color(0, 0, 0)
        pdf.set_line_width(0.5)
        pdf.line(X0, pdf.get_y() + 2, X2, pdf.get_y() + 2)
        pdf.set_line_width(0.2)
        pdf.ln(6)

    def section(title):
        pdf.ln(2)
        pdf.set_font("dv", "B", 10)
        pdf.set_fill_color(225, 225, 225)
        pdf.cell(0, 6, " " + title, fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    def hand(x, y, text):
        pdf.set_font("hand", "", 12.5)
        pdf.set_text_color(25, 45, 140)
        pdf.text(x + rnd.uniform(0.5, 2.0), y + rnd.uniform(-0.4, 0.4), text)
        pdf.set_text_color(0, 0, 0)

    def field(label, values, nlines=1):
        """Label at left, ruled lines right, handwritten-looking values on the lines."""
        if isinstance(values, str):
            values = [values] if values else []
        nlines = max(nlines, len(values))
        y = pdf.get_y()
        pdf.set_font("dv", "", 9)
        pdf.set_xy(X0, y + 2)
        pdf.multi_cell(LBL_W - 2, 4, label)
        pdf.set_draw_color(120, 120, 120)
        for i in range(nlines):
            ly = y + LINE_H * (i + 1)
            pdf.line(X1, ly, X2, ly)
            if i < len(values):
                hand(X1, ly - 1.6, values[i])
        pdf.set_draw_color(0, 0, 0)
        pdf.set_y(y + LINE_H * nlines + 1.5)

    # ---------------- page 1
    pdf.add_page()
    head()
    section("1. Personuppgifter")
    field("Namn", "Gösta NN")
    field("Personnummer", "XXXXXX-XXXX")
    field("Adress", "[adress], Kungsör")
    field("Telefon", "070-XXX XX XX")
    field("Närstående", ["Inga, hustru (bor tillsammans)", "Annika, dotter (bor i Eskilstuna)"], 2)
    section("2. Mötet")
    field("Datum och tid", "2025-02-11  kl 10.00")
    field("Plats", "I hemmet")
    field("Närvarande", ["Gösta, Inga, dotter Annika (tel.)",
                         "Distriktssköterska, biståndshandläggare,",
                         "gruppledare hemtjänst, arbetsterapeut"], 3)
    section("3. Syfte och frågeställningar")
    field("Syfte med SIP", "", 2)
    field("Frågeställningar inför mötet", "", 2)
    section("4. Nuläge")
    field("Hälsa / diagnoser",
          ["Hjärtsvikt, förmaksflimmer. Inlagd Västerås x 2",
           "sedan jul (vätska i lungorna). Glömmer medicin.",
           "Lätt minnessvikt, ej utredd."], 3)
    field("Vardag / funktion",
          ["Går med rollator inne. Dusch m. hjälp. Inga har",
           "ont i knäna, orkar inte längre ensam."], 3)
    field("Tidigare kontakter",
          ["Hjärtsviktsmott. Västerås (vid inläggningar),",
           "vårdcentralen Kungsör."], 2)

    # ---------------- page 2
    pdf.add_page()
    head(" (forts.)")
    section("5. Mål")
    field("Mål", ["Målet är att Gösta ska kunna bo kvar", "hemma med Inga."], 2)
    section("6. Insatser och ansvar")
    field("Insats", "Fortsatt hemtjänst enl. beslut")
    field("Ansvarig", "Kommunen")
    field("Insats", "Fortsatt kontakt m. vårdcentralen")
    field("Ansvarig", "Regionen")
    field("Insats", "Stöd till Inga vid behov")
    field("Ansvarig", "Kommunen")
    field("Insats", "")
    field("Ansvarig", "")
    section("7. Övriga aktörer (närstående, god man, FK m.fl.)")
    field("Vem / vad", ["Dottern Annika hjälper till."], 2)
    section("8. Samtycke, ansvar och uppföljning")
    field("Samtycke", "Muntligt av Gösta vid mötet 2025-02-11")
    field("Huvudansvarig för planen", "Hemtjänsten")
    field("Uppföljning (datum)", "")
    section("9. Underskrifter")
    pdf.ln(6)
    y = pdf.get_y()
    pdf.set_draw_color(120, 120, 120)
    pdf.line(X0, y + 10, X0 + 75, y + 10)
    pdf.line(X0 + 95, y + 10, X2, y + 10)
    pdf.set_font("dv", "", 8)
    pdf.text(X0, y + 14, "Den enskilde")
    pdf.text(X0 + 95, y + 14, "Ansvarig för planen")
    pdf.set_draw_color(0, 0, 0)

    pdf.output(out(2, "pdf"))


# ====================================================== 03 plain prose text (UTF-8, LF)
def plan03():
    paras = [
        "Samordnat möte (SIP) den 18 februari 2025 på Vårdcentralen Fagersta, "
        "anteckning av kurator.",
        "Syftet med mötet var att samordna stödet kring Jenny så att hon kan ha en "
        "trygg försörjning under sjukskrivningen och på sikt komma tillbaka till "
        "arbete, eftersom hon i dag har kontakt med vårdcentralen, "
        "Försäkringskassan och socialtjänsten och de inte har vetat om varandras "
        "planer. Jenny är 31 år, har en medelsvår depression sedan i somras och är "
        "sjukskriven på heltid från sitt arbete i butik sedan augusti 2024. Hon har "
        "hamnat efter med hyran för december och januari.",
        "På mötet deltog Jenny själv, Sara som är hennes handläggare på "
        "Försäkringskassan (via Teams), Mohammed som är socialsekreterare på "
        "IFO vuxen, ekonomiskt bistånd, Fagersta kommun, distriktsläkare Eva från "
        "Vårdcentralen Fagersta och jag, Lotta, kurator på Vårdcentralen Fagersta. "
        "Arbetsförmedlingen var inbjuden men kunde inte delta den här gången.",
        "Jenny skrev under blanketten för samtycke till SIP när hon var hos mig den "
        "14 januari 2025, och hon bekräftade muntligt i början av mötet att vi får "
        "dela information med varandra om det som rör sjukskrivningen, ekonomin "
        "och behandlingen.",
        "Den fråga Jenny själv ville ha svar på var vad som händer med hennes "
        "sjukpenning efter dag 180 och om hon kan få hjälp med hyran under tiden. "
        "Vi pratade också om hur en rimlig plan för återgång i arbete kan se ut och "
        "när det är dags att kontakta arbetsgivaren.",
        "Jenny berättade att hon mår något bättre sedan hon började med medicinen "
        "i december men att hon sover dåligt och oroar sig mycket för pengar. Hon "
        "vill i första hand få ordning på ekonomin innan hon orkar tänka på jobbet, "
        "och hon vill inte tillbaka till samma butik utan hellre prova något annat "
        "längre fram. Det gemensamma målet är att Jenny ska kunna börja "
        "arbetsträna på 25 procent under hösten 2025.",
        "Vi kom överens om följande. Eva förlänger sjukskrivningen till och med den "
        "30 april och skickar ett utförligare läkarintyg till Försäkringskassan "
        "senast den 7 mars. Jag fortsätter med stödsamtal med KBT-inriktning "
        "varannan torsdag från och med vecka 9. Mohammed tar emot Jennys ansökan "
        "om ekonomiskt bistånd för hyran i mars och bokar en tid för henne hos "
        "budget- och skuldrådgivningen i kommunen under mars. Sara på "
        "Försäkringskassan bokar ett avstämningsmöte med Jenny, Eva och "
        "arbetsgivaren för att prata om rehabilitering och vad som händer efter dag "
        "180. Jenny lämnar själv in hyresavierna och kontoutdrag för de senaste tre "
        "månaderna till Mohammed senast den 28 februari.",
        "Vi ses igen om ungefär sju veckor, i mitten av april, på vårdcentralen. "
        "Tid och inbjudan kommer senare och Arbetsförmedlingen bjuds in igen.",
    ]
    text = "\n\n".join(textwrap.fill(p, width=76) for p in paras) + "\n"
    with open(out(3, "txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# ================================================== 04 Markdown timeline plan
def plan04():
    md = """# SIP – Jonas, flytt till gruppbostad

**Upprättad:** 2025-02-20  
**Kommun:** Hallstahammar  
**Personnummer:** ÅÅMMDD-XXXX

## Syfte

Planen ska se till att Jonas flytt från föräldrahemmet till gruppbostaden Eken i april 2025
blir förutsägbar för honom, och att boendets, daglig verksamhets och habiliteringens stöd är
på plats samtidigt så att han inte tappar sina rutiner under flytten. Jonas är 22 år och har
autism och lindrig intellektuell funktionsnedsättning.

## Ansvar

Huvudansvarig för planen är LSS-handläggare Nadia, Myndighetsenheten LSS, Hallstahammars
kommun. Hon kallar till uppföljningen och uppdaterar tidslinjen om något datum flyttas.

Jonas har god man.

## Tidslinje

- 2025-03-03: Beslut om bostad med särskild service för vuxna (9 § 9 LSS) expedieras. – *LSS-handläggare, Myndighetsenheten LSS*
- 2025-03-10: Bildstödd veckoplan och flyttkalender tas fram inför flytten. – *Arbetsterapeut, Vuxenhabiliteringen Västerås*
- 2025-03-17: Första besök på gruppbostaden Eken; Jonas får se sitt rum och träffa två av personalen. – *Enhetschef gruppbostaden Eken och kontaktman på Daglig verksamhet Verkstan*
- 2025-03-24: Start av tre provövernattningar (24/3, 27/3, 31/3). – *Personal gruppbostaden Eken*
- 2025-04-01: Ansökan om färdtjänst från nya bostaden till Verkstan handläggs. – *Färdtjänsthandläggare, Hallstahammars kommun*
- 2025-04-07: Inflyttning. Kontaktman på boendet utses och genomförandeplan påbörjas. – *Enhetschef gruppbostaden Eken*
- 2025-04-14: Läkemedelsgenomgång; dosdispenseringen flyttas till boendet. – *Läkare, Vårdcentralen Hallstahammar, och sjuksköterska, kommunal hälso- och sjukvård LSS*
- 2025-05-12: Veckoplanen utvärderas tillsammans med boendepersonalen och justeras. – *Arbetsterapeut, Vuxenhabiliteringen Västerås*
- 2025-06-10: Uppföljning av SIP på LSS-kontoret. – *LSS-handläggare kallar*
"""
    with open(out(4, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ============================== 05 landscape docx, one table per principal
def plan05():
    doc = base_doc(font="Arial", size=10)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    header_text(sec, "Köpings kommun – Socialtjänsten, Vuxenenheten", "SIP samsjuklighet")

    t = doc.add_paragraph()
    r = t.add_run("SAMORDNAD INDIVIDUELL PLAN – SIP")
    r.bold = True
    r.font.size = Pt(16)
    t2 = doc.add_paragraph()
    r = t2.add_run("Missbruk/beroende och psykisk ohälsa")
    r.font.small_caps = True
    r.font.size = Pt(11)

    label_value(doc, "Namn:", "Dennis")
    label_value(doc, "Personnummer:", "ÅÅMMDD-XXXX")
    label_value(doc, "Datum för SIP-möte:", "2025-05-15")
    label_value(doc, "Plats:", "Socialtjänsten Köping")

    bold_para(doc, "Syfte med SIP")
    doc.add_paragraph("Samordning av insatser.")

    bold_para(doc, "Frågeställningar inför mötet")
    doc.add_paragraph("")

    bold_para(doc, "Deltagare")
    doc.add_paragraph(
        "Dennis; Per, socialsekreterare; Lena, sjuksköterska; Sofia, läkare; Ahmed, boendestödjare; "
        "Jessica, behandlare."
    )

    bold_para(doc, "Dennis mål med egna ord")
    p = doc.add_paragraph()
    r = p.add_run(
        "”Jag vill ha en egen lägenhet igen och klara mig utan att dricka. Och jag vill kunna träffa "
        "min dotter varannan helg utan att någon oroar sig.”"
    )
    r.italic = True

    bold_para(doc, "Dennis syn")
    doc.add_paragraph(
        "Dennis deltog under hela mötet. Han tycker att vården tidigare har varit splittrad, att han "
        "har fått berätta samma sak för många och att han vill ha en person att ringa när det börjar "
        "gå dåligt. Han vill inte bo kvar på härbärget längre än nödvändigt och säger att de "
        "manodepressiva svängningarna och drickandet hänger ihop för honom."
    )

    bold_para(doc, "Insatser per huvudman")

    def principal_table(name, rows):
        tb = doc.add_table(rows=2, cols=3)
        tb.style = "Table Grid"
        top = tb.rows[0].cells
        m = top[0].merge(top[1]).merge(top[2])
        set_cell(m, name, bold=True, size=11)
        shade(m, "1F3864")
        for run in m.paragraphs[0].runs:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        m.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        for i, h in enumerate(["Insats", "Ansvarig funktion", "När"]):
            set_cell(tb.rows[1].cells[i], h, bold=True)
            shade(tb.rows[1].cells[i], "D9E2F3")
        repeat_header(tb.rows[0])
        repeat_header(tb.rows[1])
        for row in rows:
            cells = tb.add_row().cells
            for i, v in enumerate(row):
                set_cell(cells[i], v)
        tb.autofit = False
        for i, w in enumerate([13.5, 8.0, 4.2]):
            tb.columns[i].width = Cm(w)
        for row in tb.rows:
            for i, w in enumerate([13.5, 8.0, 4.2]):
                row.cells[i].width = Cm(w)
        doc.add_paragraph("")

    principal_table("KOMMUNEN", [
        ["Boendestöd två gånger i veckan (måndag och torsdag): struktur i vardagen, post, räkningar "
         "och inköp.", "Boendestödjare, Socialpsykiatrin Köping", "Från 2025-05-19"],
        ["Utredning och beslut om träningslägenhet (boendetrappa steg 1).",
         "Socialsekreterare, Vuxenenheten IFO", "Beslut senast 2025-06-13"],
        ["Återfallsprevention i grupp, torsdagar kl. 13–15, 10 tillfällen.",
         "Behandlare, Beroendeenheten Köping (kommunal öppenvård)", "Start 2025-05-22"],
    ])
    principal_table("REGIONEN", [
        ["Antabus under övervakning två gånger i veckan.",
         "Sjuksköterska, Beroendemottagningen Köping", "Från 2025-05-20"],
        ["Provtagning litium och njurvärden.", "Sjuksköterska, Vuxenpsykiatrin Köping",
         "2025-06-02"],
        ["Läkarbesök: utvärdering av stämningsstabiliserande behandling och sömn.",
         "Läkare, Vuxenpsykiatrin Köping", "2025-06-10"],
    ])
    principal_table("ÖVRIGA", [
        ["Utreda rätten till sjukpenning/sjukersättning och bjudas in till nästa möte.",
         "Handläggare, Försäkringskassan", ""],
        ["Dennis kontaktar Kronofogden om avbetalningsplan för skulden till hyresvärden, med hjälp "
         "av boendestödjaren.", "Dennis själv", "Senast 2025-05-31"],
        ["Dennis går på AA-möte i Köping på måndagkvällar.", "Dennis själv", "Från 2025-05-19"],
    ])

    bold_para(doc, "Huvudansvar för planen")
    doc.add_paragraph("Socialtjänsten Köping")

    bold_para(doc, "Nästa uppföljning")
    doc.add_paragraph("")

    doc.save(out(5, "docx"))


# ============================ 06 follow-up plan, Word -> LibreOffice PDF
def plan06():
    doc = base_doc(font="Liberation Sans", size=10.5)
    sec = doc.sections[0]
    header_text(sec, "Arboga kommun / Region Västmanland", "Uppföljning av SIP")
    footer_text(sec, "Utskrift 2025-10-08")

    t = doc.add_paragraph()
    r = t.add_run("Uppföljning av samordnad individuell plan (SIP)")
    r.bold = True
    r.font.size = Pt(15)

    label_value(doc, "Den enskilde:", "R., 29 år")
    label_value(doc, "Personnummer:", "XXXXXX-XXXX")
    label_value(doc, "Ursprunglig plan upprättad:", "2025-06-17")
    label_value(doc, "Detta uppföljningsmöte:", "2025-10-07 kl. 09.30, Socialpsykiatrin Arboga")
    doc.add_paragraph("R. var inte närvarande vid mötet.")

    bold_para(doc, "Syfte med planen")
    doc.add_paragraph(
        "Syftet är att R. ska kunna bo kvar i sin lägenhet trots hyresskulden, och att psykosvården "
        "och boendestödet hänger ihop efter att han avbröt sin depåbehandling i juli och blev inlagd "
        "på Vuxenpsykiatrin Västerås i tre veckor i augusti."
    )

    bold_para(doc, "Frågeställningar vid denna uppföljning")
    for q in [
        "Har avbetalningsplanen för hyresskulden hållits sedan augusti?",
        "Behöver boendestödet utökas under hösten när R. bor ensam igen?",
        "Hur fungerar tablettbehandlingen jämfört med depåinjektionerna?",
    ]:
        doc.add_paragraph(q, style="List Bullet")

    bold_para(doc, "Mål")
    doc.add_paragraph(
        "Målet är att R. ska ha en stabil boendesituation, ta sin medicin regelbundet och att inga nya "
        "skulder uppstår under resten av 2025."
    )

    bold_para(doc, "Deltagare vid uppföljningen")
    add_table(
        doc,
        ["Namn", "Funktion", "Verksamhet"],
        [
            ["Emma", "Sjuksköterska, fast vårdkontakt", "Psykosmottagningen, Vuxenpsykiatrin Arboga"],
            ["Farid", "Överläkare", "Psykosmottagningen, Vuxenpsykiatrin Arboga"],
            ["Sanna", "Boendestödjare", "Socialpsykiatrin, Arboga kommun"],
            ["Kristoffer", "Socialsekreterare", "IFO vuxen, Arboga kommun"],
            ["Malin", "Budget- och skuldrådgivare", "Arboga kommun"],
        ],
        widths=[3.0, 5.5, 8.0],
    )

    bold_para(doc, "Läget sedan förra planen")
    doc.add_paragraph(
        "Avbetalningen på hyresskulden har gjorts i augusti och september men inte i oktober. R. har "
        "enligt boendestödet tagit tabletterna de flesta dagar men hoppat över helger. Han har varit "
        "mer isolerad sedan utskrivningen och släppt in boendestödet vid fem av åtta besök i "
        "september. Inga tecken på återinsjuknande enligt Emmas senaste hembesök 2025-10-01."
    )

    bold_para(doc, "Insatser (uppdaterade 2025-10-07)")
    add_table(
        doc,
        ["Insats", "Ansvarig", "När", "Status"],
        [
            ["Boendestöd utökas från två till tre besök i veckan (tis, tors, fre), fokus på "
             "dosett, post och inköp.", "Boendestödjare, Socialpsykiatrin Arboga kommun",
             "Från 2025-10-14", "Utökning ny"],
            ["Genomgång av avbetalningsplanen för hyresskulden och ny budget efter uteblivna "
             "oktoberbetalningen.", "Budget- och skuldrådgivare, Arboga kommun", "2025-10-20",
             "Pågår"],
            ["Beslut om ekonomiskt bistånd för hyran oktober–november.",
             "Socialsekreterare, IFO vuxen Arboga", "Beslut senast 2025-10-15", "Ansökan inkom 2025-10-03"],
            ["Läkarbesök: utvärdering av tablettbehandling, ställningstagande till återgång till depå.",
             "Överläkare, Psykosmottagningen Arboga", "2025-10-28", "Ny"],
            ["Hembesök av fast vårdkontakt varannan onsdag.",
             "Sjuksköterska, Psykosmottagningen Arboga", "Från 2025-10-15, varannan onsdag",
             "Fortsätter, ändrad dag"],
        ],
        widths=[6.8, 4.5, 3.0, 2.5],
        size=9.5,
    )

    bold_para(doc, "Huvudansvar för planen")
    doc.add_paragraph("Region Västmanland, Vuxenpsykiatrin Arboga.")

    bold_para(doc, "Nästa uppföljning")
    doc.add_paragraph("Vecka 48.")

    src = os.path.join(BUILD, f"{PREFIX}-06.docx")
    doc.save(src)
    soffice_pdf(src, out(6, "pdf"))


# ==================================== 07 dementia SIP, person absent
def plan07():
    doc = base_doc(font="Cambria", size=11)
    sec = doc.sections[0]
    header_text(sec, "Norbergs kommun – Vård och omsorg", "SIP")
    footer_text(sec, "Samordnad individuell plan enligt 2 kap. 7 § SoL och 16 kap. 4 § HSL")

    t = doc.add_paragraph()
    r = t.add_run("Samordnad individuell plan")
    r.bold = True
    r.font.size = Pt(16)
    r.font.small_caps = True

    bold_para(doc, "1. Personuppgifter")
    add_table(
        doc,
        ["Uppgift", ""],
        [
            ["Namn", "Britt"],
            ["Personnummer", "ÅÅMMDD-XXXX"],
            ["Närstående", "Kjell, make (bor tillsammans)"],
            ["God man", "Åsa (förordnad av överförmyndaren, bevaka rätt och förvalta egendom)"],
            ["Datum för möte", "2025-09-30"],
            ["Plats", "Biståndsenheten, Norbergs kommun"],
        ],
        widths=[4.5, 12],
    )

    bold_para(doc, "2. Bakgrund")
    doc.add_paragraph(
        "Britt är 81 år och har Alzheimers sjukdom, diagnostiserad 2023. Hon bor med maken Kjell i "
        "villa i Norberg. Hemtjänst två gånger per dag sedan maj 2025. Under sommaren har hon gått "
        "ut på natten och hittats av grannar vid två tillfällen. Kjell har själv KOL och orkar "
        "allt mindre; han sover dåligt eftersom Britt är vaken nattetid."
    )

    bold_para(doc, "3. Frågeställningar")
    doc.add_paragraph("Aktuell situation och fortsatt planering.")

    bold_para(doc, "4. Britts delaktighet")
    doc.add_paragraph(
        "Britt deltog inte i mötet. Hon blir mycket orolig och förvirrad i okända miljöer och när "
        "flera personer pratar samtidigt, och efter samtal med Kjell och demenssjuksköterskan "
        "bedömdes att ett möte på biståndsenheten skulle bli för påfrestande för henne. "
        "Demenssjuksköterskan och Kjell pratade med Britt hemma veckan före mötet."
    )
    doc.add_paragraph(
        "Kjell förmedlade Britts önskemål: hon vill bo kvar hemma och inte flytta till något boende, "
        "hon vill fortsätta gå sina promenader till kyrkan och hon tycker illa om att det kommer ny "
        "hemtjänstpersonal hela tiden. Hon tycker om att sjunga och att baka."
    )

    bold_para(doc, "5. Mål")
    doc.add_paragraph(
        "Målet är att Britt ska kunna bo kvar hemma med trygghet så länge som möjligt och att Kjell "
        "ska orka."
    )

    bold_para(doc, "6. Insatser – kommun och region")
    add_table(
        doc,
        ["Insats", "Ansvarig", "När"],
        [
            ["Hemtjänsten utökas till fyra besök per dag (morgon, lunch, middag, kväll), med ett "
             "litet fast team på högst fyra personer.", "Biståndshandläggare (beslut) och enhetschef, "
             "Hemtjänst Norberg (verkställighet)", "Från 2025-10-06"],
            ["Dagverksamhet för personer med demenssjukdom två dagar i veckan (tisdag och torsdag), "
             "med sång och bakning.", "Dagverksamheten Norberg, enhetschef", "Från 2025-10-14"],
            ["GPS-larm (trygghetslarm med positionering) och dörrlarm nattetid.",
             "Arbetsterapeut, Norbergs kommun", "Senast 2025-10-20"],
            ["Läkemedelsgenomgång och bedömning av sömn och nattlig oro.",
             "Distriktsläkare, Vårdcentralen Norberg", "2025-10-16"],
            ["Hembesök av demenssjuksköterska var sjätte vecka, även stödsamtal med Kjell.",
             "Demenssjuksköterska, Vårdcentralen Norberg", "Nästa 2025-11-04"],
            ["Anhörigstöd: samtal och information om anhöriggrupp.",
             "Anhörigkonsulent, Norbergs kommun", "Första samtal 2025-10-09"],
        ],
        widths=[8.5, 5.5, 3.0],
        size=10,
    )

    bold_para(doc, "7. Övriga aktörer")
    add_table(
        doc,
        ["Vem", "Gör vad", "När"],
        [
            ["Kjell, make", "Skriver ner Britts dygnsrutiner, vanor och vad som lugnar henne och "
             "lämnar det till hemtjänstens team.", "Senast 2025-10-06"],
            ["Kjell, make", "Följer med Britt till läkarbesöket på vårdcentralen.", "2025-10-16"],
            ["Åsa, god man", "Ansöker om bostadstillägg hos Pensionsmyndigheten för Britt och ser "
             "till att avgiften för dagverksamheten betalas från Britts konto.", ""],
        ],
        widths=[3.5, 10.5, 3.0],
        size=10,
    )

    bold_para(doc, "8. Huvudansvar och uppföljning")
    doc.add_paragraph(
        "Huvudansvarig för planen är Maria, biståndshandläggare, Äldreomsorgen Norbergs kommun."
    )
    doc.add_paragraph("Uppföljande SIP-möte 2025-12-02 kl. 10.00 i hemmet, så att Britt kan vara med en stund.")

    bold_para(doc, "9. Deltagare")
    add_table(
        doc,
        ["Namn", "Funktion", "Organisation"],
        [
            ["Kjell", "Make", "–"],
            ["Åsa", "God man", "–"],
            ["Maria", "Biståndshandläggare", "Äldreomsorgen, Norbergs kommun"],
            ["Pia", "Enhetschef", "Hemtjänst Norberg"],
            ["Linnea", "Demenssjuksköterska", "Vårdcentralen Norberg"],
            ["Omar", "Distriktsläkare", "Vårdcentralen Norberg"],
            ["Helena", "Arbetsterapeut", "Norbergs kommun"],
        ],
        widths=[3.5, 5.0, 8.0],
        size=10,
    )

    doc.save(out(7, "docx"))


# ============================ 08 NOT a SIP: ward care plan, HTML -> LibreOffice PDF
def plan08():
    html = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>Vårdplan</title>
<style>
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt; }
h1 { font-size: 16pt; margin-bottom: 2pt; }
h2 { font-size: 11.5pt; background: #e6e6e6; padding: 2pt 4pt; margin-top: 12pt; }
table { border-collapse: collapse; width: 100%; }
td, th { border: 1px solid #666; padding: 3pt 5pt; vertical-align: top; }
th { background: #d9e2f3; text-align: left; }
.small { font-size: 8.5pt; color: #444; }
</style></head><body>
<p class="small">Region Västmanland · Vuxenpsykiatrin Västerås · Avdelning 73 (allmänpsykiatrisk slutenvård)</p>
<h1>Vårdplan</h1>
<table>
<tr><th style="width:30%">Patient</th><td>L., 46 år</td></tr>
<tr><th>Personnummer</th><td>XXXXXX-XXXX</td></tr>
<tr><th>Inskriven</th><td>2025-11-03</td></tr>
<tr><th>Vårdform</th><td>Frivillig vård enligt HSL</td></tr>
<tr><th>Ansvarig läkare</th><td>Överläkare, avdelning 73</td></tr>
<tr><th>Omvårdnadsansvarig sjuksköterska</th><td>Jonna, sjuksköterska avd 73</td></tr>
</table>

<h2>Vårdbehov / problem</h2>
<p>Inlagd efter suicidtankar i samband med djup depression, utlöst av separation och sömnbrist sedan
september. Har slutat äta regelbundet och tappat ca 5 kg. Ingen tidigare slutenvård.</p>

<h2>Mål med vårdtiden</h2>
<p>Patienten ska ha minskade suicidtankar, sova minst sex timmar per natt och äta tre mål per dag
före utskrivning. Patienten uttrycker själv: ”Jag vill kunna sova igen och orka gå tillbaka till jobbet.”</p>

<h2>Planerade åtgärder</h2>
<table>
<tr><th>Åtgärd</th><th>Ansvarig</th><th>Tidpunkt</th></tr>
<tr><td>Suicidriskbedömning dagligen, observationsnivå enligt ordination</td><td>Läkare / sjuksköterska</td><td>Dagligen</td></tr>
<tr><td>Insättning av antidepressiv behandling, uppföljning av biverkningar</td><td>Läkare</td><td>Från 2025-11-04</td></tr>
<tr><td>Sömnregistrering och sömnhygieniska råd</td><td>Skötare/sjuksköterska</td><td>Varje natt</td></tr>
<tr><td>Måltidsstöd och viktkontroll två gånger i veckan</td><td>Skötare</td><td>Mån och tors</td></tr>
<tr><td>Stödsamtal, krisbearbetning</td><td>Kurator avd 73</td><td>Två gånger i veckan</td></tr>
<tr><td>Permission på dagtid när suicidrisken bedöms låg</td><td>Läkare</td><td>Enligt bedömning</td></tr>
</table>

<h2>Närstående</h2>
<p>Syster informerad efter patientens medgivande. Patienten önskar inte att före detta maken kontaktas.</p>

<h2>Planering inför utskrivning</h2>
<p>Beräknad vårdtid 2–3 veckor. Vid utskrivning remiss till Allmänpsykiatriska mottagningen Västerås för
fortsatt öppenvårdskontakt. Sjukskrivning utfärdas av avdelningsläkare. Vårdplanen revideras vid
behandlingskonferens varje tisdag.</p>

<p class="small">Upprättad 2025-11-04 av Jonna, sjuksköterska. Utskriven från journalsystemet 2025-11-05.</p>
</body></html>
"""
    src = os.path.join(BUILD, f"{PREFIX}-08.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html)
    soffice_pdf(src, out(8, "pdf"))


if __name__ == "__main__":
    plan01()
    plan02()
    plan03()
    plan04()
    plan05()
    plan06()
    plan07()
    plan08()
    print("done:", sorted(os.listdir(PLANS)))
