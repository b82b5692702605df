#!/usr/bin/env python3
"""Generate batch f96a: 8 fictional, anonymized documents (7 SIP plans + 1 invitation), Region Sörmland.

Run with /work/batches/.venv/bin/python generate.py  (calls soffice for plan 02).
Deterministic: fixed texts and dates, no randomness.
"""
import os
import shutil
import subprocess

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
PREFIX = "f96a"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def path(n, ext):
    return os.path.join(OUT, f"{PREFIX}-{n:02d}.{ext}")


def set_core(doc, title, author):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.comments = ""
    import datetime
    cp.created = datetime.datetime(2025, 1, 1, 8, 0, 0)
    cp.modified = datetime.datetime(2025, 1, 1, 8, 0, 0)
    cp.last_modified_by = author
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


def bottom_rule(paragraph, sz="8", color="808080"):
    pPr = paragraph._p.get_or_add_pPr()
    pBdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), sz)
    b.set(qn("w:space"), "6")
    b.set(qn("w:color"), color)
    pBdr.append(b)
    pPr.append(pBdr)


def cell_text(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    return p


# ---------------------------------------------------------------------------
# 01  Word, measures table with one row per principal, bullets in cells
# ---------------------------------------------------------------------------
def plan01():
    doc = Document()
    set_core(doc, "SIP Kjell", "Vuxenpsykiatrin Eskilstuna")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Region Sörmland · Eskilstuna kommun\tSamordnad individuell plan (SIP)"
    fp = sec.footer.paragraphs[0]
    fp.text = "Upprättad 2025-02-12. Planen förvaras i journal hos respektive huvudman."
    fp.runs[0].font.size = Pt(8)

    doc.add_heading("Samordnad individuell plan – SIP", level=1)
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    info = [("Namn", "Kjell (anonymiserat), 58 år"),
            ("Personnummer", "ÅÅMMDD-XXXX"),
            ("Kommun", "Eskilstuna"),
            ("Mötesdatum och plats", "2025-02-12, Psykosmottagningen, Vuxenpsykiatrin Eskilstuna")]
    for i, (a, b) in enumerate(info):
        cell_text(t.cell(i, 0), a, bold=True)
        cell_text(t.cell(i, 1), b)
        shade(t.cell(i, 0), "E7EEF6")

    doc.add_heading("Bakgrund", level=2)
    doc.add_paragraph(
        "Kjell har en schizofrenidiagnos sedan många år och diabetes typ 2 sedan 2019. Han bor ensam i "
        "hyreslägenhet på Råbergstorp. Under hösten 2024 slutade han ta sina läkemedel, åt oregelbundet och "
        "blodsockret var mycket högt. Han vårdades inneliggande på avdelning 33, Vuxenpsykiatrin "
        "Mälarsjukhuset, 2024-12-02 till 2024-12-20. Efter utskrivningen har han depåinjektion och kontakt "
        "med psykosmottagningen. Han har god man sedan 2022.")

    doc.add_heading("Syfte med SIP", level=2)
    doc.add_paragraph(
        "Syftet är att samordna stödet från socialpsykiatrin, psykosmottagningen och vårdcentralen så att "
        "Kjell kan bo kvar i sin lägenhet, hålla blodsockret stabilt och slippa en ny inläggning som efter "
        "vårdtillfället i december.")

    doc.add_heading("Kjells mål och synpunkter", level=2)
    p = doc.add_paragraph()
    p.add_run("Kjell deltog i hela mötet. ").bold = False
    p.add_run("Hans mål: ")
    r = p.add_run("”Jag vill klara mig själv hemma och orka gå ut en sväng varje dag.”")
    r.italic = True
    doc.add_paragraph(
        "Kjell säger att han inte vill ha hemtjänst, men kan tänka sig boendestöd om det är samma person "
        "som kommer varje gång. Han vill helst ta sprutan på mottagningen och inte hemma.")
    doc.add_paragraph("Samtycke finns.")

    doc.add_heading("Insatser – vem gör vad och när", level=2)
    mt = doc.add_table(rows=4, cols=2)
    mt.style = "Table Grid"
    mt.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_text(mt.cell(0, 0), "Huvudman", bold=True)
    cell_text(mt.cell(0, 1), "Insatser (vem, när)", bold=True)
    for c in mt.rows[0].cells:
        shade(c, "BFD3EA")
    repeat_header(mt.rows[0])
    rows = {
        "Kommunen": [
            "Boendestöd tre gånger i veckan (mån, ons, fre) med stöd kring måltider, blodsockermätning och "
            "struktur i vardagen – Boendestödet, Socialpsykiatrin Eskilstuna kommun, boendestödjare Emir, "
            "start 2025-02-17.",
            "Beslut om utökat boendestöd och ev. matdistribution – biståndshandläggare socialpsykiatri "
            "Maria, beslut senast 2025-02-28.",
            "Studiebesök på Träffpunkten Kvarnen inför sysselsättning två dagar i veckan – arbetsterapeut "
            "Johan, Socialpsykiatrin, följer med 2025-03-05.",
        ],
        "Regionen": [
            "Depåinjektion var 14:e dag på mottagningen – sjuksköterska Ida, Psykosmottagningen, "
            "Vuxenpsykiatrin Eskilstuna, nästa 2025-02-19 och därefter varannan onsdag.",
            "Diabeteskontroll med HbA1c och fotundersökning – diabetessjuksköterska, Vårdcentralen "
            "Skiftinge, provtagning 2025-03-10, återbesök 2025-03-24.",
            "Läkemedelsgenomgång (psykos- och diabetesläkemedel) – överläkare Psykosmottagningen "
            "tillsammans med distriktsläkare på vårdcentralen, 2025-04-01.",
        ],
        "Övriga": [
            "God man och Kjells syster Eva är informerade om planen och finns med som stöd.",
        ],
    }
    for i, (k, bullets) in enumerate(rows.items(), start=1):
        cell_text(mt.cell(i, 0), k, bold=True)
        c = mt.cell(i, 1)
        c.text = ""
        first = True
        for b in bullets:
            if first:
                par = c.paragraphs[0]
                par.style = doc.styles["List Bullet"]
                par.add_run(b)
                first = False
            else:
                c.add_paragraph(b, style="List Bullet")
    for row in mt.rows:
        row.cells[0].width = Cm(3.0)
        row.cells[1].width = Cm(13.5)

    doc.add_heading("Huvudansvar och uppföljning", level=2)
    doc.add_paragraph(
        "Huvudansvarig för planen: Ida, sjuksköterska och fast vårdkontakt, Psykosmottagningen, "
        "Vuxenpsykiatrin Eskilstuna. Ida kallar till uppföljning.")
    doc.add_paragraph("Planen följs upp om tre månader.")

    doc.add_heading("Deltagare", level=2)
    dt = doc.add_table(rows=1, cols=3)
    dt.style = "Table Grid"
    for j, h in enumerate(["Namn", "Funktion", "Verksamhet"]):
        cell_text(dt.cell(0, j), h, bold=True)
        shade(dt.cell(0, j), "BFD3EA")
    for r in [("Kjell", "Den enskilde", "–"),
              ("Ida", "Sjuksköterska, fast vårdkontakt", "Psykosmottagningen, Vuxenpsykiatrin Eskilstuna"),
              ("Maria", "Biståndshandläggare", "Socialpsykiatrin, Eskilstuna kommun"),
              ("Emir", "Boendestödjare", "Boendestödet, Eskilstuna kommun"),
              ("Linnea", "Diabetessjuksköterska", "Vårdcentralen Skiftinge")]:
        cells = dt.add_row().cells
        for j, v in enumerate(r):
            cells[j].text = v
    doc.save(path(1, "docx"))


# ---------------------------------------------------------------------------
# 02  PDF printed from .docx with margin notes in a borderless two-column table
# ---------------------------------------------------------------------------
def plan02():
    doc = Document()
    set_core(doc, "SIP Ella", "Elevhälsan Bergsskolan")
    st = doc.styles["Normal"]
    st.font.name = "Liberation Serif"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.left_margin = Cm(3.5)
    sec.right_margin = Cm(2.0)
    sec.top_margin = Cm(2.5)
    hp = sec.header.paragraphs[0]
    hp.text = "Nyköpings kommun – Bergsskolan, elevhälsan"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.text = "SIP Ella, åk 8 – arbetsversion med anteckningar i marginalen"
    fp.runs[0].font.size = Pt(8)

    h = doc.add_paragraph()
    r = h.add_run("SIP – Samordnad individuell plan")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Ella, 14 år, åk 8 Bergsskolan, Nyköping. Möte 2025-03-18 kl. 14.00–15.30 i skolans "
                      "konferensrum.")

    t = doc.add_table(rows=0, cols=2)
    t.autofit = False

    def row(main_blocks, note=""):
        cells = t.add_row().cells
        cells[0].width = Cm(12.0)
        cells[1].width = Cm(3.3)
        c = cells[0]
        c.text = ""
        first = True
        for kind, text in main_blocks:
            par = c.paragraphs[0] if first else c.add_paragraph()
            first = False
            if kind == "h":
                rr = par.add_run(text)
                rr.bold = True
                rr.font.size = Pt(12)
                par.paragraph_format.space_before = Pt(8)
            elif kind == "b":
                par.style = doc.styles["List Bullet"]
                par.add_run(text)
            else:
                par.add_run(text)
        n = cells[1]
        n.text = ""
        if note:
            nr = n.paragraphs[0].add_run(note)
            nr.italic = True
            nr.font.size = Pt(9)
            nr.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)

    row([("h", "Bakgrund"),
         ("p", "Ella har haft ökande frånvaro sedan hösten i åk 7. Under vårterminen 2025 har hon varit i skolan "
               "enstaka lektioner. Hon har magont och sömnsvårigheter, och ångesten är värst på morgonen. "
               "Hon är remitterad till BUP Nyköping och har haft två bedömningssamtal. Skolan har gjort en "
               "pedagogisk kartläggning i februari.")],
        "OBS! Frånvaro 62 % ht 2024")
    row([("h", "Syfte"), ("p", "Samordning.")])
    row([("h", "Frågeställningar"),
         ("p", "Hur kan skolan och BUP lägga upp en stegvis återgång så att Ella kan vara i skolan några timmar "
               "per dag? Behöver Ella undervisas i mindre grupp under en period, och vem ordnar det?")])
    row([("h", "Mål"),
         ("p", "Målet är att Ella ska vara i skolan minst tre förmiddagar i veckan före sommarlovet och ha "
               "färre dagar med magont.")])
    row([("h", "Ellas delaktighet"),
         ("p", "Ella och hennes mamma Anna var med på mötet. Ella berättade att morgnarna är värst och att hon "
               "vill slippa att lärarna frågar om frånvaron inför klassen. Hon vill börja med de lektioner där "
               "hon känner läraren.")])
    row([("h", "Insatser"),
         ("b", "KBT-behandling för ångest och skolfrånvaro en gång i veckan – psykolog, BUP Nyköping, "
               "start 2025-03-26."),
         ("b", "Anpassat schema med start kl. 9.30 och tre lektioner per dag – mentor Mikael, Bergsskolan, "
               "från vecka 13 (2025-03-24)."),
         ("b", "Stödsamtal varje tisdag kl. 9.00 – skolkurator Sara, elevhälsan Bergsskolan, "
               "från 2025-03-25."),
         ("b", "Föräldrastöd i form av samtal om hur familjen kan hantera morgnarna – Socialtjänsten "
               "Nyköping, Barn och familj, familjebehandlare.")],
        "Ny! schema\n\n\nOBS! tid ej klar för föräldrastödet")
    row([("h", "Huvudansvar"), ("p", "Bergsskolan.")])
    row([("h", "Uppföljning"),
         ("p", "Uppföljande SIP-möte 2025-04-29 kl. 14.00 på Bergsskolan.")],
        "Ny tid!")
    row([("h", "Närvarande"),
         ("p", "Ella, Anna (mamma), Sara, Mikael, Lotta, Jonas.")])
    t.columns[0].width = Cm(12.0)
    t.columns[1].width = Cm(3.3)
    doc.save(path(2, "docx"))

    tmp = os.path.join(HERE, "build")
    os.makedirs(tmp, exist_ok=True)
    src = os.path.join(tmp, f"{PREFIX}-02.docx")
    shutil.move(path(2, "docx"), src)
    subprocess.run(["soffice", f"-env:UserInstallation=file:///tmp/lo-{PREFIX}", "--headless",
                    "--convert-to", "pdf", "--outdir", OUT, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


# ---------------------------------------------------------------------------
# 03  Plain text export, cp1252, CRLF, "Fält = värde", cut at 255 chars
# ---------------------------------------------------------------------------
def plan03():
    def field(name, value):
        lines = []
        first = True
        while True:
            chunk, value = value[:255], value[255:]
            lines.append((f"{name} = " if first else "(forts.) ") + chunk)
            first = False
            if not value:
                break
        return lines

    fields = [
        ("Ärendetyp", "SIP"),
        ("Ärende-ID", "SIP-2025-0412"),
        ("Personnummer", "XXXXXX-XXXX"),
        ("Namn", "Margit (anonymiserat)"),
        ("Ålder", "76"),
        ("Kommun", "Katrineholm"),
        ("Mötesdatum", "2025-03-11"),
        ("Mötesplats", "Vårdcentralen Katrineholm, samtalsrum 2"),
        ("Syfte", ""),
        ("Bakgrund",
         "Margit fick diagnosen Alzheimers sjukdom vid minnesmottagningen i september 2024 och bor med sin make "
         "Bengt i villa i Katrineholm. Bengt har tagit över det mesta i hemmet, han lagar mat, sköter ekonomin och "
         "ger henne läkemedel, men han har själv hjärtsvikt och berättar att han sover dåligt eftersom Margit går "
         "upp flera gånger per natt och ibland försöker gå ut. Hon har vid två tillfällen i februari hittats av "
         "grannar en bit från huset. Hemtjänst har hittills inte varit aktuellt eftersom paret tackat nej, men "
         "efter en period då Bengt var inlagd på lasarettet i januari behövde Margit korttidsplats i en vecka och "
         "det fungerade bättre än väntat."),
        ("Frågeställningar", "Diskutera läget."),
        ("Den enskildes mål", ""),
        ("Delaktighet", "Margit var med på mötet."),
        ("Samtycke", "Muntligt samtycke från Margit vid mötet 2025-03-11, antecknat i journal."),
        ("Insats 1",
         "Hemtjänst morgon och kväll, stöd vid hygien, påklädning och läkemedel - Hemtjänst Katrineholm Norr, "
         "start 2025-03-17."),
        ("Insats 2",
         "Dagverksamhet för personer med demenssjukdom två dagar i veckan (tisdag och torsdag) med resa - "
         "Dagverksamheten Linnégården, Katrineholms kommun, start 2025-04-01."),
        ("Insats 3",
         "Avlösning i hemmet fyra timmar i veckan så att Bengt kan gå till anhöriggruppen - anhörigkonsulent, "
         "Anhörigstödet Katrineholms kommun, från 2025-03-24."),
        ("Insats 4",
         "Uppföljning av demensdiagnos, läkemedelsgenomgång och bedömning av sömn och oro nattetid - Regionen."),
        ("Andra aktörer",
         "Bengt (make) fortsätter att ge Margit hennes läkemedel på kvällar och helger när hemtjänsten inte kommer "
         "och följer med henne till vårdcentralen vid läkarbesök. Han går i anhöriggruppen på torsdagar. Dottern "
         "Karin, som bor i Flen, tar hand om kontakten med banken och hjälper Bengt att ansöka om "
         "bostadstillägg hos Pensionsmyndigheten under april. Ingen god man är aktuell i nuläget."),
        ("Huvudansvarig", ""),
        ("Uppföljning", "2025-06-17 kl. 13.30, Vårdcentralen Katrineholm"),
        ("Deltagare", ""),
        ("Status", "Beslutad"),
        ("Registrerad av", "anv. 4471"),
        ("Registrerad", "2025-03-12 09:14"),
    ]
    out = ["SIP-EXPORT  Katrineholms kommun / Region Sörmland",
           "Utskrift 2025-03-12 09:20   Format: fält = värde   Max fältlängd 255 tecken",
           "-" * 60]
    for k, v in fields:
        out.extend(field(k, v))
    out.append("-" * 60)
    out.append(f"Slut på export ({len(fields)} fält)")
    data = "\r\n".join(out) + "\r\n"
    with open(path(3, "txt"), "wb") as f:
        f.write(data.encode("cp1252"))


# ---------------------------------------------------------------------------
# 04  Markdown checklist of the quality criteria
# ---------------------------------------------------------------------------
def plan04():
    md = """# SIP – Alex, 18 år (Strängnäs)

Möte 2025-04-09 kl. 13.00, Strängnäs kommunhus, rum Mälaren
Antecknat av: kurator

Vi använder checklistan för SIP från kvalitetsarbetet. Bocka i det som mötet gått igenom.

## Checklista

- [x] Syfte: Samordning
- [x] Frågeställningar: Ska Alex söka daglig verksamhet enligt LSS direkt efter studenten i juni, eller vill han prova praktik först? Hur ska övergången från habiliteringens ungdomsteam till vuxenhabiliteringen gå till, och när?
- [ ] Den enskildes mål (egna ord):
- [x] Delaktighet: Alex var med första halvtimmen tillsammans med sin mamma. Han ville ha frågorna skriftligt i förväg och sa att han inte vill byta kontaktperson på habiliteringen om det går att undvika.
- [x] Samtycke: finns
- [x] Insatser: Stöd inför skolavslutet. Fortsatt kontakt med habiliteringen.
- [x] Ansvar: Kommunen och Regionen
- [ ] Huvudansvarig: –
- [x] Andra aktörer: Inga andra aktörer berörs i nuläget, enligt mötet.
- [ ] Uppföljning:
- [x] Deltagare: LSS-handläggare, kurator, psykolog, mamma, Alex

## Övrigt

Alex går sista året på gymnasieskolans individuella program och tar studenten i juni. Han har
autism och fungerar bäst med tydlig struktur och få nya personer. Mamma berättade att somrarna
brukar vara svåra när skolans rutiner försvinner.
"""
    with open(path(4, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ---------------------------------------------------------------------------
# 05  Word, parts separated by horizontal rules, bold lead-in sentences
# ---------------------------------------------------------------------------
def plan05():
    doc = Document()
    set_core(doc, "Plan Sanna", "Socialtjänsten Flen")
    st = doc.styles["Normal"]
    st.font.name = "Georgia"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    hp = sec.header.paragraphs[0]
    hp.text = "Flens kommun, Socialtjänsten · Region Sörmland"
    hp.runs[0].font.size = Pt(8)
    hp.runs[0].font.small_caps = True

    p = doc.add_paragraph()
    r = p.add_run("Samordnad plan för Sanna")
    r.bold = True
    r.font.size = Pt(15)
    p2 = doc.add_paragraph("Gemensamt möte 2025-04-02 på Socialtjänsten i Flen")
    p2.runs[0].italic = True
    bottom_rule(p2)

    def part(lead, text, bullets=None, rule=True):
        para = doc.add_paragraph()
        para.add_run(lead + " ").bold = True
        para.add_run(text)
        last = para
        for b in bullets or []:
            last = doc.add_paragraph(b, style="List Bullet")
        if rule:
            bottom_rule(last)

    part("Varför vi ses:",
         "Sanna är 35 år och har ett alkoholberoende sedan flera år. Hennes två barn, 7 och 10 år, bor sedan "
         "oktober 2024 i familjehem i Flens kommun. Syftet med planen är att behandlingen på "
         "beroendemottagningen och socialtjänstens stöd till Sanna och barnen hänger ihop, så att Sanna kan "
         "hålla sig nykter och att umgänget med barnen kan utökas steg för steg.")
    part("Det Sanna vill:",
         "Sanna var inte med på mötet. Hon har till sin behandlare sagt: ”Jag vill vara nykter när jag träffar "
         "barnen och få ha dem varannan helg till sommaren.”")
    part("Det här gör vi:", "", [
        "Antabus under övervakning måndag, onsdag och fredag – sjuksköterska Kim, Beroendemottagningen Flen "
        "(Region Sörmland), från 2025-04-07.",
        "Provtagning PEth var fjärde vecka – läkare vid Beroendemottagningen Flen, första provet 2025-04-14.",
        "Individuell återfallsprevention varje torsdag – behandlare Jonas, Vuxenenheten, Socialtjänsten Flen, "
        "från 2025-04-10.",
        "Umgänge med barnen under handledning varannan lördag – socialsekreterare Hanna, Barn och familj, "
        "Socialtjänsten Flen, från 2025-04-12.",
        "Utredning om utökat umgänge – socialsekreterare Hanna, Barn och familj, klar senast 2025-06-30.",
    ])
    part("Andra runt Sanna:",
         "Sannas mamma och AA-gruppen i Flen är viktiga för henne och finns med i bakgrunden.")
    part("Vem håller i trådarna:",
         "Jonas, behandlare på Vuxenenheten, Socialtjänsten Flen. Han kallar till nästa möte och håller "
         "kontakten med Sanna mellan mötena.")
    part("När vi ses igen:", "Vecka 42.", rule=False)
    doc.save(path(5, "docx"))


# ---------------------------------------------------------------------------
# 06  fpdf2 screenshot-like print of a web form
# ---------------------------------------------------------------------------
class WebForm(FPDF):
    def header(self):
        self.set_fill_color(232, 234, 237)
        self.rect(0, 0, 210, 14, style="F")
        self.set_font("dv", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.set_xy(8, 4)
        self.cell(120, 5, "SIP-webben · Region Sörmland och länets kommuner")
        self.set_xy(130, 4)
        self.cell(72, 5, f"Utskrivet 2025-09-24 10:41   Sida {self.page_no()} ({{nb}})", align="R")
        self.set_xy(8, 18)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("dv", "", 7)
        self.set_text_color(130, 130, 130)
        self.cell(0, 5, "Formulär: SIP barn och unga v3.2 – status: Utkast", align="C")


def plan06():
    pdf = WebForm(format="A4")
    pdf.alias_nb_pages()
    pdf.add_font("dv", "", FONT)
    pdf.add_font("dv", "B", FONT_B)
    pdf.set_auto_page_break(True, margin=16)
    pdf.set_margins(14, 18, 14)
    pdf.add_page()
    W = 182

    pdf.set_font("dv", "B", 15)
    pdf.cell(0, 9, "Samordnad individuell plan (SIP) – barn och unga", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 8)
    pdf.set_text_color(110, 110, 110)
    pdf.cell(0, 5, "Fält markerade med * är obligatoriska innan planen kan skickas för signering.",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(3)

    def section(title):
        if pdf.get_y() > 260:
            pdf.add_page()
        pdf.ln(2)
        pdf.set_font("dv", "B", 11)
        pdf.set_text_color(20, 70, 130)
        pdf.cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_draw_color(20, 70, 130)
        pdf.line(14, pdf.get_y(), 14 + W, pdf.get_y())
        pdf.set_text_color(0, 0, 0)
        pdf.ln(2)

    def field(label, value="", x=None, w=W, h=8, placeholder=False, dropdown=False, multi=False, newline=True):
        if x is None:
            x = 14
        y0 = pdf.get_y()
        if y0 + h + 6 > 280:
            pdf.add_page()
            y0 = pdf.get_y()
        pdf.set_xy(x, y0)
        pdf.set_font("dv", "", 7.5)
        pdf.set_text_color(120, 120, 120)
        pdf.cell(w, 4, label)
        pdf.set_draw_color(170, 170, 170)
        pdf.set_fill_color(255, 255, 255)
        pdf.rect(x, y0 + 4.5, w, h, style="D")
        pdf.set_font("dv", "", 9)
        if placeholder:
            pdf.set_text_color(170, 170, 170)
        else:
            pdf.set_text_color(0, 0, 0)
        if dropdown:
            pdf.set_xy(x + 1.5, y0 + 4.5)
            pdf.cell(w - 3, h, value or "Välj ▾", align="L")
            if value:
                pdf.set_xy(x + w - 8, y0 + 4.5)
                pdf.cell(6, h, "▾")
        elif multi and value:
            pdf.set_xy(x + 1.5, y0 + 5.5)
            pdf.multi_cell(w - 3, 4.6, value)
        elif value:
            pdf.set_xy(x + 1.5, y0 + 4.5)
            pdf.cell(w - 3, h, value)
        pdf.set_text_color(0, 0, 0)
        if newline:
            pdf.set_xy(14, y0 + h + 7)
        else:
            pdf.set_xy(14, y0)
        return y0

    section("1. Uppgifter om barnet")
    field("Barnets förnamn *", "Liam", w=88, newline=False)
    field("Personnummer *", "ÅÅMMDD-XXXX", x=108, w=88)
    field("Kommun *", "Oxelösund", w=88, dropdown=True, newline=False)
    field("Mötesdatum *", "2025-09-23", x=108, w=88)
    field("Skola / årskurs", "Ramdalsskolan, åk 6", w=88, newline=False)
    field("Tolk behövs", "Nej", x=108, w=88, dropdown=True)

    section("2. Syfte och frågeställningar")
    field("Syfte med SIP *", "", h=16)
    field("Frågeställningar inför mötet", "", h=16)

    section("3. Barnets delaktighet och mål")
    field("Barnets delaktighet", "", w=88, dropdown=True, newline=False)
    field("Vårdnadshavares delaktighet", "", x=108, w=88, dropdown=True)
    field("Barnets synpunkter och önskemål", "", h=14)
    field("Barnets mål (med barnets egna ord)", "", h=14)

    section("4. Samtycke")
    field("Samtycke inhämtat *", "", w=88, dropdown=True, newline=False)
    field("Datum för samtycke", "ÅÅÅÅ-MM-DD", x=108, w=88, placeholder=True)

    section("5. Insatser")
    pdf.set_font("dv", "", 7.5)
    pdf.set_text_color(120, 120, 120)
    cols = [("Insats / åtgärd", 62), ("Huvudman", 30), ("Ansvarig verksamhet/funktion", 58), ("Från datum", 32)]
    rows = [("Fortsatt kontakt med BUP", "Regionen", "", ""),
            ("Stöd i skolan vid behov", "Kommunen", "", ""),
            ("", "", "", "")]

    def table_head():
        pdf.set_font("dv", "B", 8)
        pdf.set_text_color(80, 80, 80)
        pdf.set_fill_color(240, 242, 245)
        for name, w in cols:
            pdf.cell(w, 7, name, border=1, fill=True)
        pdf.ln(7)

    table_head()
    pdf.set_font("dv", "", 9)
    pdf.set_text_color(0, 0, 0)
    for r in rows:
        if pdf.get_y() + 8 > 270:
            pdf.add_page()
            table_head()
            pdf.set_font("dv", "", 9)
            pdf.set_text_color(0, 0, 0)
        for (name, w), v in zip(cols, r):
            if name == "Huvudman":
                pdf.cell(w, 8, (v + "  ▾") if v else "Välj ▾", border=1)
            elif name == "Från datum" and not v:
                pdf.set_text_color(170, 170, 170)
                pdf.cell(w, 8, "ÅÅÅÅ-MM-DD", border=1)
                pdf.set_text_color(0, 0, 0)
            else:
                pdf.cell(w, 8, v, border=1)
        pdf.ln(8)
    pdf.set_font("dv", "", 8)
    pdf.set_text_color(20, 70, 130)
    pdf.cell(0, 7, "+ Lägg till insats", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)

    section("6. Andra aktörer")
    field("Insatser från andra aktörer (t.ex. Försäkringskassan, föreningar, närstående)", "", h=14)

    section("7. Huvudansvar och uppföljning")
    field("Huvudansvarig – funktion *", "Skolkurator", w=88, newline=False)
    field("Huvudansvarig – verksamhet *", "", x=108, w=88)
    field("Datum för uppföljning *", "ÅÅÅÅ-MM-DD", w=88, placeholder=True, newline=False)
    field("Sätt för uppföljning", "", x=108, w=88, dropdown=True)

    section("8. Deltagare på mötet")
    pcols = [("Namn", 34), ("Funktion", 52), ("Verksamhet/organisation", 96)]
    prows = [("Liam", "Barnet", "–"),
             ("Jenny", "Mamma, vårdnadshavare", "–"),
             ("Petra", "Skolkurator", "Elevhälsan, Ramdalsskolan, Oxelösunds kommun"),
             ("Ahmed", "Sjuksköterska", "BUP Nyköping-Oxelösund, Region Sörmland"),
             ("Karin", "Socialsekreterare", "Barn och familj, Socialtjänsten Oxelösund"),
             ("Fredrik", "Klasslärare åk 6", "Ramdalsskolan, Oxelösunds kommun")]
    pdf.set_font("dv", "B", 8)
    pdf.set_text_color(80, 80, 80)
    pdf.set_fill_color(240, 242, 245)
    for name, w in pcols:
        pdf.cell(w, 7, name, border=1, fill=True)
    pdf.ln(7)
    pdf.set_font("dv", "", 9)
    pdf.set_text_color(0, 0, 0)
    for r in prows:
        for (name, w), v in zip(pcols, r):
            pdf.cell(w, 7, v, border=1)
        pdf.ln(7)
    pdf.ln(6)
    # buttons
    y = pdf.get_y()
    pdf.set_fill_color(225, 225, 225)
    pdf.set_draw_color(150, 150, 150)
    pdf.set_xy(14, y)
    pdf.set_font("dv", "", 9)
    pdf.cell(38, 9, "Spara utkast", border=1, fill=True, align="C")
    pdf.set_fill_color(20, 70, 130)
    pdf.set_text_color(255, 255, 255)
    pdf.set_xy(56, y)
    pdf.cell(52, 9, "Skicka för signering", border=1, fill=True, align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.output(path(6, "pdf"))


# ---------------------------------------------------------------------------
# 07  Word follow-up plan, each part with Heading 3 "Status" / "Nästa steg"
# ---------------------------------------------------------------------------
def plan07():
    doc = Document()
    set_core(doc, "Uppföljning SIP Tomas", "Vuxenenheten Eskilstuna")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Eskilstuna kommun, Vuxenenheten\tUppföljning SIP\t2025-06-10"
    fp = sec.footer.paragraphs[0]
    fp.text = "Sekretess enligt OSL 26 kap. 1 §"
    fp.runs[0].font.size = Pt(8)

    doc.add_heading("Uppföljning av samordnad individuell plan", level=1)
    doc.add_paragraph("Tomas, 44 år, Eskilstuna. Uppföljningsmöte 2025-06-10 kl. 10.00–11.30 på "
                      "Vuxenenheten. Ursprunglig plan upprättad 2025-02-03.")
    p = doc.add_paragraph()
    p.add_run("Syfte: ").bold = True
    p.add_run("Uppföljning av SIP.")
    p = doc.add_paragraph()
    p.add_run("Frågor till mötet: ").bold = True
    p.add_run("Läget sedan förra mötet.")
    p = doc.add_paragraph()
    p.add_run("Närvarande: ").bold = True
    p.add_run("Fatima (socialsekreterare), Anna (psykolog), Lars (skuldrådgivare), Mehmet (arbetskonsulent).")

    def part(title, status, next_steps):
        doc.add_heading(title, level=2)
        doc.add_heading("Status", level=3)
        for s in status:
            doc.add_paragraph(s)
        doc.add_heading("Nästa steg", level=3)
        if next_steps:
            for n in next_steps:
                doc.add_paragraph(n, style="List Bullet")
        else:
            doc.add_paragraph("")

    part("1. Psykisk hälsa",
         ["Tomas har en medelsvår depression och går sedan mars i KBT hos psykolog på Allmänpsykiatriska "
          "mottagningen, Vuxenpsykiatrin Eskilstuna. Han har kommit till 9 av 11 bokade samtal. "
          "Antidepressiv medicinering sedan januari, dosen höjdes i april. Sömnen har blivit bättre enligt "
          "psykologens bedömning.",
          "Målet är att Tomas ska må så pass bra att han kan börja arbetsträna under hösten."],
         ["Psykolog Anna, Allmänpsykiatriska mottagningen, fortsätter KBT varannan vecka med ytterligare "
          "8 samtal; avslut planeras till 2025-10-31.",
          "Läkare vid mottagningen följer upp medicineringen vid läkarbesök 2025-07-01."])
    part("2. Ekonomi och skulder",
         ["Skulderna uppgår till ca 380 000 kr, främst konsumtionslån och obetalda räkningar från 2021–2023. "
          "Budget- och skuldrådgivningen har gått igenom samtliga skulder. Hyresskulden är betald och inga nya "
          "skulder har tillkommit sedan februari."],
         ["Skuldrådgivare Lars, Budget- och skuldrådgivningen Eskilstuna kommun, hjälper Tomas att ansöka om "
          "skuldsanering vid möte 2025-06-24.",
          "Socialsekreterare Fatima, Försörjningsstöd Vuxenenheten, prövar ansökan om ekonomiskt bistånd för "
          "juli senast 2025-06-25."])
    part("3. Sysselsättning",
         ["Arbetsmarknadsenheten, Eskilstuna kommun, har haft ett första samtal med Tomas i maj. Arbetsträning "
          "är inte aktuell förrän depressionen har lättat."],
         [])
    part("4. Fysisk hälsa",
         ["Högt blodtryck, behandlas på vårdcentral. Ingen förändring sedan februari."],
         [])
    part("5. Samordning av planen",
         ["Tomas gav skriftligt samtycke på kommunens blankett 2025-02-03 till att de som är med i planen får "
          "utbyta information. Samtycket gäller ett år.",
          "Huvudansvarig för planen är Fatima, socialsekreterare, Vuxenenheten, Socialtjänsten Eskilstuna."],
         ["Nästa uppföljning 2025-09-16 kl. 10.00 på Vuxenenheten. Fatima skickar kallelse."])
    doc.save(path(7, "docx"))


# ---------------------------------------------------------------------------
# 08  NOT a plan: invitation letter + agenda
# ---------------------------------------------------------------------------
def doc08():
    doc = Document()
    set_core(doc, "Kallelse SIP-möte 2025-05-20", "Socialtjänsten Nyköping")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Nyköpings kommun\tSocialtjänsten, Vuxen och beroende\t2025-05-06"
    doc.add_heading("Kallelse och dagordning, SIP-möte 2025-05-20", level=1)
    doc.add_paragraph("Till: Rasmus och de verksamheter som anges nedan")
    doc.add_paragraph(
        "Hej! Du kallas härmed till ett möte om samordnad individuell plan (SIP). Rasmus har själv bett om "
        "mötet och har gett sitt samtycke till att vi bjuder in de som finns med på listan. Mötet är till för att "
        "vi tillsammans ska ta fram en plan, så ingen plan är klar ännu.")
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([("Tid", "Tisdag 2025-05-20 kl. 13.00–14.30"),
                                ("Plats", "Socialtjänsten Nyköping, mötesrum Ö1 (anmäl dig i receptionen)"),
                                ("Mötesledare", "Socialsekreterare, Vuxen och beroende, Nyköpings kommun")]):
        cell_text(t.cell(i, 0), a, bold=True)
        cell_text(t.cell(i, 1), b)
    doc.add_heading("Inbjudna", level=2)
    for s in ["Rasmus",
              "Socialsekreterare, Vuxen och beroende, Socialtjänsten Nyköping (mötesledare)",
              "Sjuksköterska, Beroendecentrum Nyköping, Region Sörmland",
              "Läkare eller kurator, Vårdcentralen Brandholmen",
              "Handläggare, Arbetsförmedlingen Nyköping",
              "Rasmus pappa (om Rasmus vill det)"]:
        doc.add_paragraph(s, style="List Bullet")
    doc.add_heading("Dagordning", level=2)
    for s in ["Välkommen och presentation",
              "Vad är en SIP? Genomgång av hur mötet går till",
              "Rasmus berättar om sin situation och vad han vill ha hjälp med",
              "Nuvarande kontakter och insatser – varje verksamhet berättar kort",
              "Vad behöver samordnas? Boende, behandling, sysselsättning",
              "Vem ska vara huvudansvarig för planen?",
              "Övriga frågor",
              "Tid för nästa möte"]:
        doc.add_paragraph(s, style="List Number")
    doc.add_paragraph(
        "Om du inte kan komma, meddela mötesledaren via växeln senast 2025-05-15 och skicka gärna en "
        "ersättare. Tänk på att mötet utgår från Rasmus och att han ska kunna följa samtalet – undvik "
        "förkortningar.")
    doc.add_paragraph("Välkomna!")
    doc.add_paragraph("Socialsekreterare, Vuxen och beroende\nSocialtjänsten Nyköpings kommun")
    doc.save(path(8, "docx"))


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    plan01()
    plan02()
    plan03()
    plan04()
    plan05()
    plan06()
    plan07()
    doc08()
    shutil.rmtree(os.path.join(HERE, "build"), ignore_errors=True)
    print(sorted(os.listdir(OUT)))
