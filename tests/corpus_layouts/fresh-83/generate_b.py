#!/usr/bin/env python
"""Generate batch fresh-83b: eight fictional, anonymized documents (seven SIP plans and
one home-care daily note) for Jämtland Härjedalen and Västernorrland, 2025.

Run with /work/batches/.venv/bin/python generate.py
"""
import datetime as dt
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

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f83b"
LO_PROFILE = "file:///tmp/lo-f83b"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_I = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"

FIXED = dt.datetime(2025, 1, 1, 8, 0, 0)


def path(nn, ext):
    return os.path.join(OUT, f"{PREFIX}-{nn:02d}.{ext}")


# ---------------------------------------------------------------- docx helpers

def new_doc(font="Calibri", size=11):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    cp = doc.core_properties
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = ""
    cp.author = ""
    cp.revision = 1
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2.2)
        s.top_margin = Cm(2.0)
        s.bottom_margin = Cm(2.0)
    return doc


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


def cell_text(cell, text, bold=False, size=None):
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
    return cell


def set_col_widths(table, widths):
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w


def label_para(doc, label, value):
    p = doc.add_paragraph()
    r = p.add_run(label)
    r.bold = True
    p.add_run(value)
    return p


def footer_text(section, text, size=8):
    p = section.footer.paragraphs[0]
    p.text = ""
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)


def header_text(section, text, size=9, align=WD_ALIGN_PARAGRAPH.LEFT):
    p = section.header.paragraphs[0]
    p.text = ""
    r = p.add_run(text)
    r.font.size = Pt(size)
    p.alignment = align
    return p


def fix_comment_dates(doc):
    for i, c in enumerate(doc.comments):
        c._comment_elm.date = dt.datetime(2025, 1, 30, 9, 12 + 7 * i, 0, tzinfo=dt.timezone.utc)


def soffice_pdf(src, final):
    tmpd = tempfile.mkdtemp(prefix="f83b-")
    cmd = ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
           "--convert-to", "pdf", "--outdir", tmpd, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=240)
    produced = os.path.join(tmpd, os.path.splitext(os.path.basename(src))[0] + ".pdf")
    shutil.move(produced, final)
    shutil.rmtree(tmpd, ignore_errors=True)


# ====================================================================== 01
def plan01():
    """Word draft with colleagues' comments; adult with schizophrenia and debts, Östersund."""
    doc = new_doc()
    sec = doc.sections[0]
    header_text(sec, "Östersunds kommun – Socialtjänsten, vuxenenheten\tUTKAST", 9)
    footer_text(sec, "SIP Daniel – utkast 2025-01-29. Sparas i akten när planen är klar.")

    doc.add_heading("Samordnad individuell plan (SIP)", level=1)

    t = doc.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    cell_text(t.cell(0, 0), "Namn", bold=True)
    cell_text(t.cell(0, 1), "Daniel")
    cell_text(t.cell(0, 2), "Personnummer", bold=True)
    cell_text(t.cell(0, 3), "ÅÅMMDD-XXXX")
    cell_text(t.cell(1, 0), "Datum för SIP-möte", bold=True)
    cell_text(t.cell(1, 1), "2025-01-28")
    cell_text(t.cell(1, 2), "Plats", bold=True)
    cell_text(t.cell(1, 3), "Socialtjänstens lokaler, Östersund")
    doc.add_paragraph()

    doc.add_heading("1. Bakgrund", level=2)
    doc.add_paragraph(
        "Daniel är 34 år och bor i egen hyreslägenhet i Östersund. Han har diagnosen schizofreni "
        "sedan 2019 och har kontakt med Psykosmottagningen Östersund. Under hösten 2024 slutade "
        "han ta sin medicin och blev sämre, med misstänksamhet mot grannar och sömnlöshet. Han "
        "vårdades på Psykiatriska kliniken, Östersunds sjukhus, 2024-11-04 – 2024-12-02 och "
        "ställdes då in på depotinjektion.")
    doc.add_paragraph(
        "Under sjukdomsperioden har räkningar inte betalats. Det finns obetald hyra för tre "
        "månader, en elräkning och ett ärende hos Kronofogden. Hyresvärden har skickat en "
        "skriftlig varning om uppsägning. Daniel har sjukersättning. Boendestöd har funnits "
        "sedan 2023 men har haft uppehåll under vårdtiden.")

    doc.add_heading("2. Syfte med planen", level=2)
    doc.add_paragraph(
        "Syftet med planen är att Daniel ska kunna bo kvar i sin lägenhet och att "
        "Psykosmottagningen, socialtjänsten och boendestödet samordnar stödet kring medicinering "
        "och ekonomi, så att en ny inläggning kan undvikas.")

    doc.add_heading("3. Mål", level=2)
    doc.add_paragraph(
        "Målet är att Daniel ska ha en stabil boendesituation och en plan för sina skulder före "
        "sommaren 2025. Målet är också att Daniel ska ta sin medicin regelbundet och inte behöva "
        "läggas in igen.")

    doc.add_heading("4. Den enskildes delaktighet", level=2)
    doc.add_paragraph("Daniel deltog under hela mötet.")

    doc.add_heading("5. Insatser", level=2)
    rows = [
        ("Insats", "Ansvarig", "När"),
        ("Depotinjektion var tredje vecka samt läkarbesök för uppföljning av medicineringen.",
         "Sjuksköterska Anna och läkare, Psykosmottagningen Östersund",
         "Från 2025-02-04, var tredje vecka. Läkarbesök 2025-03-11."),
        ("Boendestöd utökas till två besök/vecka: stöd med post och räkningar, matinköp och att "
         "hålla ordning på tider hos psykiatrin.",
         "Boendestödjare, Boendestödet Östersunds kommun", ""),
        ("Ansökan om ekonomiskt bistånd för hyresskulden och kontakt med hyresvärden om "
         "avbetalningsplan.",
         "Socialsekreterare Johanna, vuxenenheten, Socialtjänsten Östersund",
         "Senast 2025-02-14"),
        ("Genomgång av samtliga skulder, budget och bedömning om ansökan om skuldsanering kan "
         "bli aktuell.",
         "Budget- och skuldrådgivare, Östersunds kommun", "Första besök 2025-02-20"),
        ("Anmälan till överförmyndaren om behov av god man för ekonomi.",
         "Socialsekreterare Johanna, vuxenenheten", "Februari 2025"),
    ]
    t = doc.add_table(rows=len(rows), cols=3)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            cell_text(t.cell(i, j), v, bold=(i == 0))
            if i == 0:
                shade(t.cell(i, j), "D9E2F3")
    repeat_header(t.rows[0])
    set_col_widths(t, [Cm(8.0), Cm(5.2), Cm(3.6)])
    # the empty "När" cell of the boendestöd row gets a comment
    empty_cell = t.cell(2, 2)
    anchor_run = t.cell(2, 1).paragraphs[0].runs[0]
    doc.add_paragraph()

    doc.add_heading("6. Andra aktörers insatser", level=2)
    doc.add_paragraph(
        "Daniel lämnar själv in ansökan om bostadstillägg till Försäkringskassan, med hjälp av "
        "boendestödjaren vid ett av besöken, senast 2025-02-28.", style="List Bullet")
    doc.add_paragraph(
        "Daniels mamma följer med honom till Psykosmottagningen vid de två första "
        "injektionstillfällena i februari.", style="List Bullet")

    doc.add_heading("7. Huvudansvar för planen", level=2)
    p = doc.add_paragraph()
    p.add_run("Huvudansvar: ")
    hv_run = p.add_run("Socialtjänsten Östersund.")

    doc.add_heading("8. Uppföljning", level=2)
    p = doc.add_paragraph()
    p.add_run("Planen följs upp ")
    v12_run = p.add_run("v. 12")
    p.add_run(". Socialtjänsten skickar kallelse.")

    doc.add_heading("9. Deltagare vid mötet", level=2)
    for line in [
        "Daniel",
        "Daniels mamma",
        "Johanna, socialsekreterare, vuxenenheten, Socialtjänsten Östersund",
        "Anna, sjuksköterska, Psykosmottagningen Östersund, Region Jämtland Härjedalen",
        "Peter, boendestödjare, Boendestödet Östersunds kommun",
        "Maja, budget- och skuldrådgivare, Östersunds kommun",
    ]:
        doc.add_paragraph(line, style="List Bullet")

    doc.add_heading("10. Samtycke", level=2)
    doc.add_paragraph("Samtycke finns.")


    # --- comments from colleagues who read the draft (not part of the plan text)
    doc.add_comment(v12_run, text="Ska det stå v. 12 här? Vi sa väl ett datum på mötet?",
                    author="Anna (Psykosmottagningen)", initials="A")
    doc.add_comment(hv_run, text="Vem är huvudansvarig egentligen? Står bara Socialtjänsten.",
                    author="Peter (Boendestödet)", initials="P")
    doc.add_comment(anchor_run, text="Fyll i från när boendestödet ökar – från v. 7?",
                    author="Peter (Boendestödet)", initials="P")
    fix_comment_dates(doc)
    doc.save(path(1, "docx"))


# ====================================================================== 02
def plan02():
    """LibreOffice PDF; three-column table grouped by time horizon; school refusal, Sundsvall."""
    doc = new_doc(font="Arial", size=10)
    sec = doc.sections[0]
    header_text(sec, "Sundsvalls kommun  |  Region Västernorrland", 8,
                WD_ALIGN_PARAGRAPH.RIGHT)
    footer_text(sec, "SIP Alva 2025-03-04")

    h = doc.add_paragraph()
    r = h.add_run("SIP – Samordnad individuell plan")
    r.bold = True
    r.font.size = Pt(16)

    label_para(doc, "Barn: ", "Alva, 13 år, åk 7")
    label_para(doc, "Datum för mötet: ", "2025-03-04, Bergsåkersskolan, Sundsvall")
    label_para(doc, "Deltagare: ", "Alva, Sara, Johan, Linnea, Maria, Erik, Jenny")
    label_para(doc, "Syfte: ", "Samordning av insatser.")
    doc.add_paragraph(
        "Alva har haft hög frånvaro sedan hösten 2024, i januari och februari har hon varit i "
        "skolan ungefär en dag i veckan. Hon beskriver oro och magont på morgnarna och har svårt "
        "att somna på kvällarna. Hon har en pågående utredning på BUP Sundsvall sedan december.")
    doc.add_paragraph(
        "Alva var med på mötet tillsammans med sina föräldrar. Hon berättade att det är "
        "morgnarna och matsalen som är svårast, och hon vill inte att alla lärare ska prata med "
        "henne om frånvaron, helst bara mentorn.")
    p = doc.add_paragraph()
    r = p.add_run("Alvas mål: ")
    r.bold = True
    p.add_run("”Jag vill kunna gå till skolan minst tre dagar i veckan och äta lunch i "
              "matsalen med mina kompisar igen.”")

    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = ["Behov", "Insats", "Ansvarig och tid"]
    for j, v in enumerate(hdr):
        cell_text(t.rows[0].cells[j], v, bold=True)
        shade(t.rows[0].cells[j], "BFD7EA")
    repeat_header(t.rows[0])

    def group(title):
        row = t.add_row()
        m = row.cells[0].merge(row.cells[2])
        cell_text(m, title, bold=True)
        shade(m, "EDEDED")

    def line(a, b, c):
        row = t.add_row()
        cell_text(row.cells[0], a)
        cell_text(row.cells[1], b)
        cell_text(row.cells[2], c)

    group("Kort sikt (0–3 månader)")
    line("Svårt att ta sig till skolan på morgonen, oro vid skolstart.",
         "Anpassad skolstart: Alva börjar kl. 9.40 och möts vid entrén av mentor. Lugn plats "
         "(grupprummet) att gå till vid behov under dagen.",
         "Mentor Linnea, Bergsåkersskolan.\nFrån 2025-03-10.")
    line("Oro och ångest kopplat till skolan.",
         "Bedömningssamtal och därefter KBT-behandling med fokus på skolrelaterad ångest, "
         "ca 10 samtal.",
         "Psykolog Erik, BUP Sundsvall.\nFörsta samtal 2025-03-18.")
    line("Insomningssvårigheter.",
         "Sömndagbok i två veckor och läkarbedömning av sömnen.",
         "Regionen.\nVecka 13.")
    line("Kunskapsluckor i matematik och engelska efter frånvaron.",
         "Studiestöd i liten grupp två lektioner per vecka, anpassade uppgifter i "
         "lärplattformen.",
         "Specialpedagog Maria, Bergsåkersskolan.\nFrån 2025-03-17.")
    group("Lång sikt (3–12 månader)")
    line("Rutiner hemma kring morgon och kväll, föräldrarna behöver stöd.",
         "Familjebehandling varannan vecka med fokus på morgon- och kvällsrutiner i "
         "familjen.",
         "Familjebehandlare Jenny, Familjeteamet, Socialtjänsten Sundsvall.\n"
         "Start senast 2025-04-28.")
    line("Övergång till åk 8.",
         "Planering av schema och placering i klassrum inför åk 8, överlämning till ev. ny "
         "mentor.",
         "Mentor Linnea och rektor, Bergsåkersskolan.\nSenast 2025-06-13.")
    line("Fortsatt behandling.",
         "Utvärdering av KBT-behandlingen, ställningstagande till förlängning.",
         "Psykolog Erik, BUP Sundsvall.\n2025-08-26.")
    set_col_widths(t, [Cm(4.5), Cm(7.0), Cm(5.0)])

    doc.add_paragraph()
    label_para(doc, "Uppföljning: ",
               "2025-05-13 kl. 13.00 på Bergsåkersskolan. Linnea skickar kallelse till alla.")
    doc.add_paragraph("Planen skickas hem till Alva och föräldrarna efter mötet.")

    src = os.path.join(tempfile.mkdtemp(prefix="f83b-src-"), "f83b-02.docx")
    doc.save(src)
    soffice_pdf(src, path(2, "pdf"))
    shutil.rmtree(os.path.dirname(src), ignore_errors=True)


# ====================================================================== 03
def plan03():
    """Teams Copilot summary, CRLF; young man with cannabis use, Örnsköldsvik."""
    text = """Copilot – sammanfattning av mötet

SIP – Elias
tisdag 6 maj 2025, 13:00–14:10 (Microsoft Teams)
Mötesinspelning och avskrift finns i mötets chatt.

Viktiga punkter

• Närvarande i mötet: Elias, Sofia, Jonas, Maria och Petter.
• Elias har sedan februari gått i öppenvårdsbehandling för sitt cannabisbruk. Petter
  berättade att Elias har lämnat negativa prover de senaste fyra veckorna och kommer till
  de flesta samtalen.
• Boendet: Elias bor tillfälligt hos sin mamma Sofia i Örnsköldsvik sedan han förlorade
  sitt förstahandskontrakt i januari. Mötet tog upp frågan om var Elias ska bo efter
  sommaren och om ett träningsboende kan vara aktuellt. Ingen lösning bestämdes.
• Maria tog upp att Elias har uteblivit från två tider på hälsocentralen under våren och
  att läkarintyget behöver förnyas.
• Sysselsättning: Arbetsförmedlingen nämndes som en möjlig kontakt längre fram, men det
  diskuterades inte vidare.
• Elias deltog i början av mötet och lämnade mötet efter ungefär 20 minuter.

Åtgärdspunkter

- Jonas (socialsekreterare) ska fortsätta kontakten med Elias och återkomma om boendet.
- Petter (behandlare) ska fortsätta samtalen med Elias som tidigare.
- Maria (sjuksköterska) ska erbjuda stöd vid behov.
- Jonas ska skicka kallelse till nästa möte senast 3 juni.

Nämnda datum

- 3 juni 2025: sista dag för kallelse till nästa möte
- 17 juni 2025, kl. 13:00: nästa SIP-möte (uppföljning), Teams
- "Efter sommaren": när boendefrågan behöver vara löst

--------------------------------------------------------------------------------
AI-genererat innehåll kan vara felaktigt. Sammanfattningen har skapats automatiskt av
Copilot utifrån mötets avskrift och kan innehålla fel. Kontrollera viktig information
innan du delar den.
"""
    with open(path(3, "txt"), "w", encoding="utf-8", newline="\r\n") as f:
        f.write(text)


# ====================================================================== 04
def plan04():
    """Markdown, one big pipe table Fråga | Svar | Kommentar; hip fracture, Härnösand."""
    rows = [
        ("Person", "Gunnar, 84 år, Härnösand. Pnr ÅÅMMDD-XXXX.", ""),
        ("Datum och plats för mötet", "2025-04-09, hemma hos Gunnar.", ""),
        ("Bakgrund",
         "Gunnar bor ensam i villa strax utanför Härnösand. Han föll i hallen 2025-03-14 och "
         "fick en höftfraktur på höger sida som opererades på ortopeden, Sundsvalls sjukhus."
         "<br>Efter operationen var han på korttidsboende i Härnösand 2025-03-24 – 2025-04-07 "
         "och kom hem 2025-04-07.<br>Han går med rollator inomhus, är osäker vid förflyttning "
         "till och från toaletten och har värk på kvällarna. Har förmaksflimmer och "
         "blodförtunnande behandling.",
         "Hustrun dog 2022. Har trygghetslarm sedan tidigare."),
        ("Syfte med SIP", "Se tidigare plan.",
         "Syftet skrevs på korttiden, planen finns i journalen där."),
        ("Frågeställningar", "Gå igenom läget efter hemgången.", ""),
        ("Gunnars mål",
         "Målet är att Gunnar ska kunna bo kvar hemma och röra sig säkert inomhus med rollator, "
         "och på sikt kunna gå ut till brevlådan själv.", ""),
        ("Gunnars delaktighet och synpunkter",
         "Gunnar deltog i mötet vid köksbordet.<br>Han vill ha kvar morgonbesöket av hemtjänsten "
         "men tycker att kvällsbesöket kan tas bort när han känner sig säkrare på benen.<br>Han "
         "vill inte flytta till särskilt boende och vill helst duscha på tisdagar som förut.",
         "Gunnar hör dåligt på vänster öra – prata tydligt och sitt på hans högra sida. /usk"),
        ("Samtycke",
         "Gunnar gav muntligt samtycke till SIP och till att information delas mellan kommunen "
         "och regionen, vid mötet 2025-04-09.", ""),
        ("Insatser och ansvar",
         "1. Hemtjänst morgon och kväll: hjälp med stödstrumpor, på- och avklädning, dusch "
         "tisdagar, tillsyn på kvällen – Hemtjänsten Härnösand centrala, från 2025-04-07."
         "<br>2. Gång- och förflyttningsträning i hemmet två gånger/vecka – fysioterapeut, "
         "Rehabenheten Härnösands kommun, 2025-04-10 – 2025-05-30."
         "<br>3. Utprovning av duschstol och toalettförhöjning – arbetsterapeut, "
         "Rehabenheten Härnösands kommun, senast 2025-04-16."
         "<br>4. Sårkontroll och suturtagning – sjuksköterska, Hemsjukvården Härnösands kommun, "
         "2025-04-11."
         "<br>5. Läkemedelsgenomgång (smärtlindring, blodförtunnande) – läkare, "
         "Hälsocentralen Härnösand, 2025-04-23.",
         "Kvällsbesöket ses över av biståndshandläggaren när träningen är klar."),
        ("Andra aktörer",
         "Dottern Karin handlar åt Gunnar varje lördag.<br>Karin följer med honom på återbesöket "
         "på ortopedmottagningen, Sundsvalls sjukhus, 2025-05-20, och kör honom dit.",
         "Karin bor i Sundsvall."),
        ("Huvudansvarig för planen", "Hemsjukvården",
         "Ska vi skriva namn här? Tas upp på APT. /dsk"),
        ("Uppföljning", "–", "Inget datum bestämt ännu."),
        ("Deltagare",
         "Gunnar, dottern Karin (via telefon), undersköterska från hemtjänsten, fysioterapeut, "
         "arbetsterapeut, sjuksköterska", ""),
    ]

    def esc(s):
        return s.replace("|", "\\|")

    out = []
    out.append("# SIP – Gunnar, Härnösand")
    out.append("")
    out.append("Samordnad individuell plan efter hemgång från korttidsboende. "
               "Skriven i mötet och renskriven 2025-04-10.")
    out.append("")
    out.append("| Fråga | Svar | Kommentar |")
    out.append("|---|---|---|")
    for a, b, c in rows:
        out.append(f"| **{esc(a)}** | {esc(b)} | {esc(c)} |")
    out.append("")
    out.append("*Planen lämnas i pärmen hemma hos Gunnar. Kopia till Karin.*")
    out.append("")
    with open(path(4, "md"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))


# ====================================================================== 05
def plan05():
    """Word plan opening with the person's own story; young adult with autism, Krokom."""
    doc = new_doc(font="Calibri", size=11)
    sec = doc.sections[0]
    header_text(sec, "Krokoms kommun – Socialtjänsten / Region Jämtland Härjedalen", 8)
    footer_text(sec, "Samordnad individuell plan – Anton")

    doc.add_heading("Samordnad individuell plan – Anton", level=0)
    label_para(doc, "Datum för mötet: ", "2025-09-16")
    label_para(doc, "Personnummer: ", "XXXXXX-XXXX")

    doc.add_heading("Min berättelse", level=1)
    story = [
        "Jag heter Anton och är 24 år. Jag bor i en egen lägenhet i Krokom sedan två år. Jag fick "
        "min autismdiagnos när jag var 19, efter gymnasiet. Innan dess trodde alla att jag bara "
        "var blyg och lat, och det trodde jag själv också. Det var skönt att få en förklaring, "
        "men det var också jobbigt, för då förstod jag att det inte går över.",
        "I skolan var det mest rasterna och matsalen som var svåra. Det var för mycket ljud och "
        "för många människor, och jag visste aldrig vad jag skulle säga. Jag klarade gymnasiet "
        "med IM-programmet och sedan har jag inte gjort så mycket. Jag har försökt en praktik på "
        "ett lager i Östersund, men där var det radio på hela tiden och folk pratade till mig "
        "när jag jobbade, så efter tre veckor orkade jag inte gå dit mer.",
        "Nu är jag mest hemma. Jag sover dåligt, ofta somnar jag inte förrän fyra eller fem på "
        "morgonen och sedan vaknar jag på eftermiddagen. Då känns det som att dagen redan är "
        "slut. Jag äter mest mikromat och nudlar, för när jag ska laga mat vet jag inte var jag "
        "ska börja, och disken blir stående. Jag skäms när någon ska komma hem till mig.",
        "Det jag tycker om är att spela och att bygga saker. Jag har byggt en hel stad i "
        "Minecraft och jag har gjort en fågelholk i trä som jag satt upp på balkongen. Jag gillar "
        "när saker är tydliga och när jag vet vad som ska hända i förväg. Det värsta jag vet är "
        "när någon ändrar en tid utan att säga det.",
        "Mitt mål är att ha något att göra på dagarna, helst där man jobbar med händerna och där "
        "det inte är för mycket ljud och folk. Jag vill också kunna laga riktig mat själv några "
        "dagar i veckan och vakna på morgonen som andra. Jag vill inte att det ska vara möten "
        "med många personer samtidigt, det är bättre om jag får träffa en i taget och att jag "
        "får saker skriftligt.",
    ]
    for s in story:
        doc.add_paragraph(s)
    p = doc.add_paragraph()
    r = p.add_run("Anton skrev sin berättelse själv inför mötet och läste upp den för oss på "
                  "mötet 2025-09-16. Han var med under hela mötet.")
    r.italic = True

    doc.add_heading("Nuvarande situation", level=1)
    doc.add_paragraph(
        "Anton har sedan 2023 boendestöd en gång i veckan. Han har ingen sysselsättning och "
        "lämnar lägenheten sällan, främst för att handla. Han har kontakt med Vuxenhabiliteringen "
        "i Östersund sedan diagnosen men har inte haft något besök det senaste året. En ansökan "
        "om daglig verksamhet enligt LSS kom in i augusti och utreds av LSS-handläggare.")

    doc.add_heading("Behov", level=1)
    for b in [
        "Meningsfull sysselsättning i en lugn miljö med få personer.",
        "Struktur i vardagen: dygnsrytm, matlagning, städning.",
        "Bedömning av sömnsvårigheterna.",
        "Hjälpmedel och anpassningar för ljudkänslighet och planering.",
    ]:
        doc.add_paragraph(b, style="List Bullet")

    doc.add_heading("Insatser", level=1)
    rows = [
        ("Insats", "Ansvarig", "Tidpunkt"),
        ("Studiebesök på två dagliga verksamheter (snickeriet och trädgårdsgruppen), därefter "
         "beslut om daglig verksamhet enligt LSS.",
         "LSS-handläggare, Krokoms kommun",
         "Studiebesök v. 40, beslut senast 2025-10-15"),
        ("Boendestöd utökas till tre gånger i veckan med fokus på matlagning, inköpslista och "
         "veckoschema. Samma boendestödjare varje gång.",
         "Boendestödet, Krokoms kommun", "Från 2025-09-22"),
        ("Utredning av sömnsvårigheter och översyn av läkemedel.", "Regionen", "Hösten 2025"),
        ("Bildstöd/veckoschema i mobilen och utprovning av hörselkåpor.",
         "Arbetsterapeut, Vuxenhabiliteringen Östersund", "Oktober 2025"),
    ]
    t = doc.add_table(rows=len(rows), cols=3)
    t.style = "Light Grid Accent 1"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            cell_text(t.cell(i, j), v, bold=(i == 0))
    repeat_header(t.rows[0])
    set_col_widths(t, [Cm(8.5), Cm(4.5), Cm(3.8)])

    doc.add_heading("Samtycke", level=1)
    doc.add_paragraph("Samtycke finns.")

    doc.add_heading("Uppföljning", level=1)
    doc.add_paragraph("Planen följs upp i november 2025. Anton vill ha kallelsen skriftligt "
                      "minst en vecka innan.")
    doc.save(path(5, "docx"))


# ====================================================================== 06
class Poster(FPDF):
    pass


def plan06():
    """fpdf2 landscape SIP-tavla poster; 15-year-old with ADHD, Strömsund."""
    pdf = Poster(orientation="L", unit="mm", format="A4")
    pdf.set_creation_date(dt.datetime(2025, 9, 10, 10, 0, 0, tzinfo=dt.timezone.utc))
    pdf.set_title("SIP-tavla Leo")
    pdf.set_author("Socialtjänsten Strömsund")
    pdf.add_font("DV", "", FONT)
    pdf.add_font("DV", "B", FONT_B)
    pdf.add_font("DV", "I", FONT_I)
    pdf.set_auto_page_break(False)
    pdf.set_margins(10, 10, 10)
    pdf.add_page()

    W = 297 - 20
    # title
    pdf.set_font("DV", "B", 20)
    pdf.set_xy(10, 9)
    pdf.cell(W * 0.62, 10, "SIP-tavla – Leo, 15 år")
    pdf.set_font("DV", "", 9)
    pdf.set_xy(10 + W * 0.62, 10)
    pdf.multi_cell(W * 0.38, 4.5, "Strömsund, upprättad 2025-09-09\n"
                   "Huvudansvar: Socialtjänsten Strömsund", align="R")

    # top strip
    y0 = 22
    strip_h = 36
    boxes = [
        ("SYFTE",
         "Att skolan, BUP och socialtjänsten drar åt samma håll så att Leo kommer till skolan "
         "varje dag och så att bråken hemma på morgnarna blir färre."),
        ("LEOS MÅL",
         "”Jag vill klara godkänt i matte och svenska i vår och slippa bråka med mamma varje "
         "morgon.”"),
        ("UPPFÖLJNING",
         "Vecka 47 – samma gäng träffas igen på Hedbergska skolan. Tavlan tas med och gås "
         "igenom punkt för punkt."),
    ]
    bw = W / 3
    fills = [(222, 235, 247), (226, 239, 218), (255, 242, 204)]
    for i, (head, body) in enumerate(boxes):
        x = 10 + i * bw
        pdf.set_fill_color(*fills[i])
        pdf.set_draw_color(60, 60, 60)
        pdf.set_line_width(0.5)
        pdf.rect(x + 1, y0, bw - 2, strip_h, style="DF")
        pdf.set_xy(x + 4, y0 + 2)
        pdf.set_font("DV", "B", 11)
        pdf.cell(bw - 8, 6, head)
        pdf.set_xy(x + 4, y0 + 9)
        pdf.set_font("DV", "I" if head == "LEOS MÅL" else "", 10)
        pdf.multi_cell(bw - 8, 5, body, align="L")

    # actor columns
    cols = [
        ("Jag", "Leo", [
            "Tar min medicin varje morgon innan frukost.",
            "Säger till mentorn när jag behöver gå ut ur klassrummet en stund.",
            "Lägger mobilen i köket kl. 22 på vardagar.",
            "Går till fritidsgården i stället för att hänga i centrum efter skolan.",
        ]),
        ("Familjen", "mamma och pappa", [
            "Mamma väcker Leo kl. 06.45 och gör frukost, ingen tjat om annat på morgonen.",
            "Pappa skjutsar Leo till fotbollsträningen tisdagar och torsdagar.",
            "Mamma och pappa går på föräldrastödet (se Socialtjänsten).",
        ]),
        ("Skolan", "Hedbergska skolan", [
            "Mentor: avstämning med Leo varje måndag morgon, från v. 38.",
            "Specialpedagog: anpassad studiegång i tyska och extra stöd i matte.",
            "Skolsköterska: samtal om sömn och kost.",
            "Mentor ringer hem samma dag vid frånvaro.",
        ]),
        ("BUP", "BUP Östersund", [
            "Läkare: medicinuppföljning och dosjustering 2025-10-07.",
            "Sjuksköterska: telefonavstämning med mamma varannan vecka från 2025-09-16.",
        ]),
        ("Socialtjänsten", "IFO Strömsund", [
            "Familjebehandlare: hembesök varannan vecka från v. 38.",
            "Föräldrastöd i grupp för mamma och pappa, fyra träffar under hösten.",
        ]),
        ("Övriga", "", [
            "Fotbollstränaren i Strömsunds IF: Leo får ta en paus från träningen när det "
            "behövs utan att bli bänkad till matchen.",
        ]),
    ]
    cy = y0 + strip_h + 6
    ch = 210 - 10 - cy - 6
    cw = W / len(cols)
    for i, (name, sub, items) in enumerate(cols):
        x = 10 + i * cw
        pdf.set_draw_color(40, 40, 40)
        pdf.set_line_width(0.6)
        pdf.rect(x + 1, cy, cw - 2, ch)
        pdf.set_fill_color(47, 84, 150)
        pdf.rect(x + 1, cy, cw - 2, 13, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("DV", "B", 13)
        pdf.set_xy(x + 1, cy + 1)
        pdf.cell(cw - 2, 7, name, align="C")
        pdf.set_font("DV", "", 7.5)
        pdf.set_xy(x + 1, cy + 7.5)
        pdf.cell(cw - 2, 4.5, sub, align="C")
        pdf.set_text_color(0, 0, 0)
        yy = cy + 17
        pdf.set_font("DV", "", 10.5)
        for it in items:
            pdf.set_xy(x + 3, yy)
            pdf.cell(3, 5.4, "•")
            pdf.set_xy(x + 6, yy)
            pdf.multi_cell(cw - 9, 5.4, it, align="L")
            yy = pdf.get_y() + 3
    pdf.set_font("DV", "", 7)
    pdf.set_xy(10, 210 - 10)
    pdf.cell(W, 4, "Tavlan sitter på kylskåpet hemma och en kopia finns hos mentorn.", align="C")
    pdf.output(path(6, "pdf"))


# ====================================================================== 07
def plan07():
    """District nurse's SIP in SBAR structure; 86-year-old with dementia, Åre (Järpen)."""
    doc = new_doc(font="Calibri", size=11)
    sec = doc.sections[0]
    header_text(sec, "Region Jämtland Härjedalen – Hälsocentralen Järpen\t\tSIP / SBAR", 9)
    footer_text(sec, "Upprättad av distriktssköterska Eva, Hälsocentralen Järpen, 2025-10-14")

    doc.add_heading("Samordnad individuell plan (SIP) – SBAR", level=1)
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    info = [("Namn", "Margit"), ("Personnummer", "XXXXXX-XXXX"),
            ("SIP-möte", "2025-10-14 kl. 13.30, Hälsocentralen Järpen")]
    for i, (a, b) in enumerate(info):
        cell_text(t.cell(i, 0), a, bold=True)
        cell_text(t.cell(i, 1), b)
    set_col_widths(t, [Cm(4), Cm(12.6)])
    doc.add_paragraph()

    doc.add_heading("S – Situation", level=2)
    doc.add_paragraph(
        "Margit, 86 år, bor ensam i lägenhet i Järpen. Sedan i somras har hon gått ner 6 kg i "
        "vikt och fallit två gånger i hemmet (2025-08-30 och 2025-09-21), utan frakturer. "
        "Hemtjänsten rapporterar att hon ofta inte har ätit det som lämnats framme och att "
        "tabletter blir kvar i dosetten.")
    doc.add_paragraph(
        "Syftet med SIP är att samordna läkemedelshantering, nutrition och fallprevention "
        "mellan hälsocentralen, den kommunala hemsjukvården och hemtjänsten efter Margits "
        "viktnedgång och de två fallen i höstas.")
    label_para(doc, "Frågeställning till mötet: ", "Gå igenom läget.")
    doc.add_paragraph("Deltagare:")
    for d in [
        "Eva, distriktssköterska, Hälsocentralen Järpen",
        "Ingrid, läkare, Hälsocentralen Järpen",
        "Lina, biståndshandläggare, Åre kommun",
        "Mats, enhetschef, Hemtjänsten Järpen, Åre kommun",
        "Sofia, sjuksköterska, Hemsjukvården Åre kommun",
        "Kajsa, arbetsterapeut, Rehab Åre kommun",
    ]:
        doc.add_paragraph(d, style="List Bullet")

    doc.add_heading("B – Bakgrund", level=2)
    doc.add_paragraph(
        "Alzheimers sjukdom diagnostiserad 2023. Hypertoni, förmaksflimmer med "
        "antikoagulantia, artros i knäna. Hemtjänst två gånger per dagen sedan maj 2024 "
        "(morgon och kväll) för påminnelse om läkemedel, frukost och kvällsmål. Dosett delas "
        "av hemsjukvården varannan vecka. Trygghetslarm finns men Margit bär det sällan. "
        "Sonen bor i Umeå och ringer henne några gånger i veckan.")
    doc.add_paragraph(
        "Margit gav muntligt samtycke till att SIP upprättas och att information delas mellan "
        "hälsocentralen och kommunen vid hembesök av distriktssköterskan 2025-10-06.")

    doc.add_heading("A – Aktuellt tillstånd", level=2)
    for a in [
        "Vikt 52 kg (58 kg i maj 2025). MNA 6 p = undernäring.",
        "Blodtryck 112/68 sittande, 98/60 stående – ortostatism.",
        "MMSE 19 p (22 p i mars 2024).",
        "Downton fallriskindex 4 = hög fallrisk. Lösa mattor i hallen och dålig belysning "
        "nattetid enligt hemtjänsten.",
        "Enligt hemtjänstens signeringar har minst 9 dostillfällen missats de senaste fyra "
        "veckorna.",
    ]:
        doc.add_paragraph(a, style="List Bullet")

    doc.add_heading("R – Rekommendation/Överenskommelse", level=2)
    doc.add_paragraph("Följande kom vi överens om på mötet:")
    rows = [
        ("Åtgärd", "Ansvarig", "Tidpunkt"),
        ("Övergång från dosett till Apodos samt översyn av blodtrycksläkemedlen p.g.a. "
         "ortostatism.", "Läkare Ingrid, Hälsocentralen Järpen", "Senast 2025-10-24"),
        ("Installation av läkemedelsautomat i hemmet och instruktion till hemtjänsten.",
         "Sjuksköterska Sofia, Hemsjukvården Åre kommun", "2025-10-30"),
        ("Beslut om utökad hemtjänst med lunchbesök: värma och servera mat, sitta med vid "
         "måltiden.", "Biståndshandläggare Lina, Åre kommun", "Beslut senast 2025-10-21"),
        ("Näringsdryck två gånger dagligen och mellanmål vid varje besök, signeras.",
         "Hemtjänsten Järpen (enhetschef Mats)", "Från 2025-10-20"),
        ("Viktkontroll varannan vecka, rapport till distriktssköterskan.",
         "Sjuksköterska Sofia, Hemsjukvården Åre kommun", "Från 2025-10-21"),
        ("Hembesök för fallprevention: ta bort mattor, nattbelysning, se över larmet.",
         "Arbetsterapeut Kajsa, Rehab Åre kommun", "2025-10-22"),
        ("Läkarbesök med blodprover (Hb, elstatus, albumin) och viktuppföljning.",
         "Läkare Ingrid, Hälsocentralen Järpen", "2025-11-12"),
    ]
    t = doc.add_table(rows=len(rows), cols=3)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            cell_text(t.cell(i, j), v, bold=(i == 0), size=10)
            if i == 0:
                shade(t.cell(i, j), "E2EFD9")
    repeat_header(t.rows[0])
    set_col_widths(t, [Cm(8.2), Cm(5.0), Cm(3.4)])
    doc.add_paragraph()
    label_para(doc, "Huvudansvarig för planen: ",
               "Eva, distriktssköterska, Hälsocentralen Järpen.")
    label_para(doc, "Uppföljning: ", "2025-12-04 kl. 10.00 på Hälsocentralen Järpen. "
               "Eva kallar.")
    doc.save(path(7, "docx"))


# ====================================================================== 08
def doc08():
    """NOT a plan: home-care social documentation, daily note, Sollefteå."""
    doc = new_doc(font="Arial", size=10)
    sec = doc.sections[0]
    header_text(sec, "Sollefteå kommun – Vård och omsorg", 8)
    footer_text(sec, "Social dokumentation enligt SoL. Utskrift 2025-11-19.")

    p = doc.add_paragraph()
    r = p.add_run("Social dokumentation – hemtjänst, daganteckning")
    r.bold = True
    r.font.size = Pt(14)

    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    info = [
        ("Brukare", "Ingrid (XXXXXX-XXXX)"),
        ("Datum", "2025-11-19"),
        ("Besök", "07.30–08.15, 11.45–12.20"),
        ("Utförare", "Emma, undersköterska, Hemtjänsten Sollefteå södra"),
        ("Insats enligt beslut", "Personlig omvårdnad, måltider, tillsyn, promenad"),
    ]
    for i, (a, b) in enumerate(info):
        cell_text(t.cell(i, 0), a, bold=True)
        cell_text(t.cell(i, 1), b)
    set_col_widths(t, [Cm(4.5), Cm(12)])
    doc.add_paragraph()

    p = doc.add_paragraph()
    p.add_run("Anteckning").bold = True
    doc.add_paragraph(
        "Morgonbesök. Ingrid var redan uppe och satt i köket när jag kom. Hon sa att hon sovit "
        "bra i natt. Hjälpte henne med dusch och påklädning, hon ville ha den blå koftan. "
        "Smorde in benen med kräm enligt ordination. Ingrid åt två smörgåsar och drack kaffe. "
        "Tog sina morgontabletter från dosetten medan jag var där, signerat på "
        "signeringslistan.")
    doc.add_paragraph(
        "Ingrid berättade om SIP-mötet som var förra veckan (2025-11-12) och att hon tyckte det "
        "var bra att alla satt samtidigt. Hon sa att hon inte kom ihåg allt som bestämdes men att "
        "hon vill fortsätta med promenaderna. Det står i hennes genomförandeplan att hemtjänsten "
        "erbjuder promenad tisdagar och onsdagar.")
    doc.add_paragraph(
        "Lunchbesök. Värmde fiskgratäng från matdistributionen, Ingrid åt nästan allt. Efter "
        "maten gick vi en promenad runt kvarteret, ca 15 minuter, med rollator. Hon var lite "
        "andfådd i backen men ville gå hela vägen. Halkigt på trottoaren vid infarten, meddelat "
        "fastighetsskötaren via växeln.")
    doc.add_paragraph(
        "Ingrid frågade när dottern kommer. Sa att hon kommer på lördag enligt almanackan på "
        "kylskåpet. Ingrid var glad och pratsam vid båda besöken.")
    p = doc.add_paragraph()
    p.add_run("Övrigt: ").bold = True
    p.add_run("Brödet slut, skrivit upp på inköpslistan till fredagens handling. "
              "Inget att rapportera till sjuksköterskan i dag.")
    doc.add_paragraph()
    doc.add_paragraph("Signatur: Emma, usk, Hemtjänsten Sollefteå södra, 2025-11-19 12.35")
    doc.save(path(8, "docx"))


def main():
    os.makedirs(OUT, exist_ok=True)
    plan01()
    plan02()
    plan03()
    plan04()
    plan05()
    plan06()
    plan07()
    doc08()
    print("done:", sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()
