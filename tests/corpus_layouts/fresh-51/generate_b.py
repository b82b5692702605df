#!/usr/bin/env python3
"""Generate the f51b batch of test documents (SIP plans + one non-plan).

Run with /work/batches/.venv/bin/python generate.py
Deterministic: fixed dates, no randomness, zip/PDF timestamps normalised.
"""
import datetime as dt
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f51b"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIXED = dt.datetime(2025, 3, 18, 10, 42, 0, tzinfo=dt.timezone.utc)
LO_PROFILE = "file:///tmp/lo-f51b"


def out(n, ext):
    return os.path.join(OUT, f"{PREFIX}-{n:02d}.{ext}")


# ---------------------------------------------------------------- helpers

def normalise_zip(path):
    """Rewrite a .docx with fixed member timestamps so runs are byte-identical."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 18, 10, 42, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    os.replace(tmp, path)


def fix_core(doc, title, author):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = dt.datetime(2025, 3, 1, 9, 0, 0)
    cp.modified = dt.datetime(2025, 3, 18, 10, 42, 0)
    cp.last_printed = dt.datetime(2025, 3, 18, 10, 42, 0)
    cp.revision = 1
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""


def save_docx(doc, path, title, author):
    fix_core(doc, title, author)
    doc.save(path)
    normalise_zip(path)


def normalise_pdf(path):
    """Replace creation/modification dates and document IDs with fixed,
    equal-length values so the xref offsets stay valid."""
    with open(path, "rb") as f:
        data = f.read()
    data = re.sub(rb"D:\d{14}", b"D:20250318104200", data)
    data = re.sub(rb"(D:20250318104200)([+\-Z])(\d\d)'(\d\d)'",
                  rb"\1+01'00'", data)

    def zero(m):
        return b"0" * len(m.group(0))
    data = re.sub(rb"(?<=/ID)\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]",
                  lambda m: re.sub(rb"[0-9A-Fa-f]", b"0", m.group(0)), data)
    data = re.sub(rb"(?<=/DocChecksum /)[0-9A-Fa-f]+", zero, data)
    with open(path, "wb") as f:
        f.write(data)


def soffice_pdf(src, outdir):
    cmd = ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
           "--convert-to", "pdf", "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, timeout=240)


def set_cell_bg(cell, hexcolor):
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


def cell_text(cell, text, bold=False, size=None, italic=False, color=None):
    cell.text = ""
    lines = text.split("\n") if text else [""]
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i > 0:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    return cell


def add_field_paragraph(paragraph, instr):
    """Insert a simple field (PAGE / NUMPAGES) into a paragraph."""
    r = paragraph.add_run()
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    r._r.append(f1)
    r2 = paragraph.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    r2._r.append(it)
    r3 = paragraph.add_run()
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    r3._r.append(f2)
    r4 = paragraph.add_run("1")
    r5 = paragraph.add_run()
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    r5._r.append(f3)


# =================================================================
# 01  PDF (fpdf2), 3 pages, measures table split inside a row
# =================================================================

class RSPdf(FPDF):
    SYSTEM = "SamPlan Öst – Samordnad individuell plan"

    def header(self):
        self.set_font("DV", "", 7.5)
        self.set_text_color(60, 60, 60)
        self.set_xy(15, 8)
        self.cell(90, 4, self.SYSTEM, align="L")
        self.cell(55, 4, "Utskrivet 2025-03-18 10:42", align="C")
        self.cell(35, 4, f"Sida {self.page_no()} ({{nb}})", align="R")
        self.set_draw_color(120, 120, 120)
        self.line(15, 13, 195, 13)
        self.set_xy(15, 14)
        self.cell(180, 4, "Plan-ID NKP-2025-0117  ·  Version 2 (fastställd)  ·  "
                  "Patient/klient: R., ÅÅMMDD-XXXX", align="L")
        self.set_text_color(0, 0, 0)
        self.set_draw_color(0, 0, 0)
        self.set_y(22)

    def footer(self):
        self.set_y(-14)
        self.set_draw_color(120, 120, 120)
        self.line(15, self.get_y() - 1, 195, self.get_y() - 1)
        self.set_font("DV", "", 7)
        self.set_text_color(60, 60, 60)
        self.cell(120, 4, "Norrköpings kommun · Region Östergötland – gemensam "
                  "SIP-dokumentation", align="L")
        self.cell(60, 4, "Sekretess enligt OSL 25 kap. 1 § och 26 kap. 1 §",
                  align="R")
        self.set_text_color(0, 0, 0)
        self.set_draw_color(0, 0, 0)


def make_01():
    pdf = RSPdf(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_producer("SamPlan Öst utskrift 4.2")
    pdf.set_creator("SamPlan Öst")
    pdf.set_title("Samordnad individuell plan – R.")
    pdf.add_font("DV", "", FONT)
    pdf.add_font("DV", "B", FONT_B)
    pdf.set_margins(15, 22, 15)
    pdf.set_auto_page_break(True, margin=18)
    pdf.alias_nb_pages()
    pdf.add_page()

    def section(title):
        if pdf.get_y() > pdf.page_break_trigger - 16:
            pdf.add_page()
        pdf.ln(2)
        pdf.set_fill_color(215, 225, 235)
        pdf.set_font("DV", "B", 9.5)
        pdf.cell(180, 6, title, border=1, fill=True,
                 new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "", 8.5)

    def box(text, h=4.4):
        pdf.set_font("DV", "", 8.5)
        pdf.multi_cell(180, h, text, border=1, padding=(1.2, 1.5),
                       new_x="LMARGIN", new_y="NEXT")

    def field_row(pairs):
        # pairs: list of (label, value, width)
        y = pdf.get_y()
        x = 15
        for label, value, w in pairs:
            pdf.rect(x, y, w, 10)
            pdf.set_xy(x + 1, y + 0.8)
            pdf.set_font("DV", "", 6.5)
            pdf.set_text_color(80, 80, 80)
            pdf.cell(w - 2, 3, label)
            pdf.set_text_color(0, 0, 0)
            pdf.set_xy(x + 1, y + 4.5)
            pdf.set_font("DV", "", 8.5)
            pdf.cell(w - 2, 4.5, value)
            x += w
        pdf.set_xy(15, y + 10)

    pdf.set_font("DV", "B", 13)
    pdf.cell(180, 8, "Samordnad individuell plan (SIP)", new_x="LMARGIN",
             new_y="NEXT")
    pdf.set_font("DV", "", 8.5)
    pdf.cell(180, 5, "Enligt 2 kap. 7 § SoL och 16 kap. 4 § HSL",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    field_row([("Namn", "R.", 40), ("Personnummer", "ÅÅMMDD-XXXX", 40),
               ("Folkbokförd kommun", "Norrköping", 50),
               ("Planens status", "Fastställd", 50)])
    field_row([("Mötesdatum", "2025-03-14", 40),
               ("Mötesplats", "Psykosmottagningen, Vrinnevisjukhuset", 90),
               ("Typ av möte", "Första SIP-möte", 50)])

    section("Deltagare vid mötet")
    parts = [
        ("R.", "Den enskilde", "–"),
        ("Henrik", "God man", "Uppdrag via Överförmyndarnämnden Norrköping"),
        ("Sara", "Socialsekreterare", "Vuxenenheten, Socialtjänsten Norrköpings kommun"),
        ("Jonas", "Sjuksköterska, case manager", "Psykosmottagningen, Vuxenpsykiatrin Norrköping, Region Östergötland"),
        ("Leila", "Överläkare", "Psykosmottagningen, Vuxenpsykiatrin Norrköping, Region Östergötland"),
        ("Peter", "Boendestödjare", "Boendestöd, Socialpsykiatrin Norrköpings kommun"),
        ("Mona", "Budget- och skuldrådgivare", "Konsument- och skuldrådgivningen, Norrköpings kommun"),
    ]
    widths = [22, 48, 110]
    pdf.set_font("DV", "B", 8)
    for w, h in zip(widths, ["Namn", "Funktion", "Verksamhet / organisation"]):
        pdf.cell(w, 5, h, border=1)
    pdf.ln()
    pdf.set_font("DV", "", 8)
    for row in parts:
        for w, v in zip(widths, row):
            pdf.cell(w, 5, v, border=1)
        pdf.ln()

    section("Bakgrund")
    box("R. är 34 år och bor ensam i hyreslägenhet i Hageby. Han har diagnosen "
        "paranoid schizofreni sedan 2016 och har haft kontakt med Psykosmottagningen "
        "sedan dess. I januari 2025 vårdades han 19 dagar på psykiatrisk "
        "slutenvård (avd 74) efter att ha slutat ta sin medicin under hösten. "
        "Under sjukdomsperioden har hyran för november–februari inte betalats och "
        "hyresvärden har skickat uppsägning med hänvisning till hyresskuld. R. har "
        "dessutom skulder hos Kronofogden (ca 210 000 kr, främst sms-lån och "
        "obetalda fakturor från 2019–2022). God man förordnades i december 2024 "
        "och har ännu inte full överblick över ekonomin. R. har aktivitetsersättning "
        "som upphörde 2024 och har nu sjukpenning i avvaktan på beslut om "
        "sjukersättning. Han har ingen sysselsättning och beskriver att han är "
        "ensam och mest är hemma. Mamman bor i Finspång, kontakten är sporadisk.")

    section("Syfte med SIP")
    box("Syftet med planen är att samordna psykiatrins och socialtjänstens insatser "
        "så att R. kan behålla sin lägenhet, få en hållbar plan för sina skulder och "
        "fortsätta sin medicinering efter slutenvårdstillfället i januari. Planen ska "
        "också göra tydligt för R. och gode mannen vem han vänder sig till för vad.")

    section("Frågeställningar inför mötet")
    box("1. Hur säkerställs att hyran betalas i tid från april så att hyresvärden "
        "kan återkalla uppsägningen?\n"
        "2. Kan socialtjänsten pröva ekonomiskt bistånd för hyresskulden "
        "november–februari?\n"
        "3. Vem följer upp när R. uteblir från depåinjektionen, och hur snabbt?\n"
        "4. Behövs ett nytt läkarutlåtande till Försäkringskassan för ansökan om "
        "sjukersättning?")

    section("Den enskildes mål")
    box("R. formulerade själv sina mål under mötet:\n"
        "”Jag vill bo kvar i min lägenhet och slippa Kronofogden. Jag vill kunna "
        "gå till gymmet igen utan att vara rädd hela tiden, och jag vill ha något "
        "att göra på dagarna, kanske en verkstad.”")

    section("Den enskildes delaktighet och önskemål")
    box("R. deltog under hela mötet tillsammans med sin gode man. Han önskar att "
        "boendestödet kommer på förmiddagar, att han får behålla Jonas som "
        "sjuksköterska, och att hans mamma inte kontaktas utan att han tillfrågats "
        "först. R. vill att posten gås igenom tillsammans med boendestödjaren och "
        "inte av gode mannen ensam.")

    # --- Measures table, drawn by hand so a row can break over the page
    section("Planerade insatser och ansvar")
    cols = [("Nr", 9), ("Insats / åtgärd", 58), ("Ansvarig", 46),
            ("När", 27), ("Kommentar", 40)]
    lh = 4.0
    state = {"split": False}

    def table_header(cont=False):
        pdf.set_font("DV", "B", 8)
        pdf.set_fill_color(235, 235, 235)
        x = 15
        y = pdf.get_y()
        for name, w in cols:
            pdf.set_xy(x, y)
            pdf.cell(w, 5.5, name, border=1, fill=True)
            x += w
        pdf.set_xy(15, y + 5.5)
        if cont:
            pass
        pdf.set_font("DV", "", 8)

    def split_lines(text, w):
        pdf.set_font("DV", "", 8)
        return pdf.multi_cell(w - 2, lh, text, dry_run=True, output="LINES")

    def draw_row(values):
        cl = [split_lines(v, w) for v, (_, w) in zip(values, cols)]
        n = max(len(c) for c in cl)
        i = 0
        while i < n:
            avail = int((pdf.h - 20 - pdf.get_y() - 0.8) // lh)
            if avail <= 0:
                pdf.add_page()
                pdf.set_font("DV", "", 7.5)
                pdf.cell(180, 4, "Planerade insatser och ansvar (forts.)",
                         new_x="LMARGIN", new_y="NEXT")
                table_header(True)
                continue
            k = min(avail, n - i)
            y0 = pdf.get_y()
            x = 15
            for c, (_, w) in zip(cl, cols):
                for j in range(i, i + k):
                    if j < len(c):
                        pdf.set_xy(x + 1, y0 + 0.4 + (j - i) * lh)
                        pdf.cell(w - 2, lh, c[j])
                pdf.rect(x, y0, w, k * lh + 0.8)
                x += w
            pdf.set_xy(15, y0 + k * lh + 0.8)
            if i + k < n and i == 0 and k >= 2 and n - k >= 2:
                state["split"] = True
            i += k

    pdf.set_auto_page_break(False)
    table_header()
    rows = [
        ("1", "Depåinjektion (antipsykotikum) var fjortonde dag samt kort "
              "samtal om mående, sömn och biverkningar. Vid varannan injektion "
              "skattas symtom (PANSS-kort) och vikt. R. får ett kort med "
              "datum för injektionerna fram till sommaren.",
         "Sjuksköterska/case manager Jonas, Psykosmottagningen",
         "Fr.o.m. 2025-03-19, varannan onsdag",
         "Uteblir R. ringer Jonas samma dag och kontaktar boendestödet, "
         "som gör hembesök samma eller nästa vardag."),
        ("2", "Läkarbesök för uppföljning av medicinering och skrivande av "
              "nytt läkarutlåtande om sjukersättning.",
         "Överläkare, Psykosmottagningen",
         "2025-04-02",
         "Utlåtandet skickas direkt till FK."),
        ("3", "Boendestöd två gånger i veckan: struktur i vardagen, "
              "genomgång av post, inköp och städning.",
         "Boendestödjare, Socialpsykiatrin Norrköpings kommun",
         "Fr.o.m. 2025-03-24, mån och tors fm",
         "Beslut enligt SoL finns (2025-03-10)."),
        ("4", "Utredning av ansökan om ekonomiskt bistånd för hyresskuld "
              "november 2024–februari 2025.",
         "Socialsekreterare Sara, Vuxenenheten",
         "Beslut senast 2025-03-28",
         "God man lämnar kontoutdrag senast 2025-03-20."),
        ("5", "Kontakt med hyresvärden om avbetalningsplan och om att "
              "uppsägningen återkallas när skulden är reglerad.",
         "Socialsekreterare Sara, Vuxenenheten, tillsammans med god man",
         "Senast 2025-03-21",
         "R. vill vara med vid telefonsamtalet."),
        ("6", "Kartläggning av samtliga skulder (Kronofogden, inkasso, "
              "sms-lån) och bedömning av om ansökan om skuldsanering är "
              "möjlig. Genomgång av inkomster och utgifter och upprättande av "
              "en månadsbudget som R. själv förstår. Rådgivaren går igenom "
              "post från inkassobolag tillsammans med R. och god man och "
              "hjälper till att begära ut registerutdrag från Kronofogden. "
              "Om skuldsanering bedöms möjlig hjälper rådgivaren till med "
              "ansökan.",
         "Budget- och skuldrådgivare Mona, Konsument- och "
         "skuldrådgivningen Norrköpings kommun",
         "Första möte 2025-04-08, därefter var tredje vecka",
         "Mötena hålls på Konsument- och skuldrådgivningen; boendestödjaren "
         "följer med R. de två första gångerna. Gode mannen deltar vid "
         "genomgången av skulderna."),
        ("7", "Studiebesök på daglig sysselsättning för personer med "
              "psykisk funktionsnedsättning (verkstaden i Navestad).",
         "Boendestödjare, Socialpsykiatrin, i samråd med Sara",
         "April 2025, senast 2025-04-30",
         "R. vill prova verkstaden först."),
        ("8", "Somatisk hälsokontroll: blodprover (metabol kontroll), "
              "vikt och blodtryck.",
         "Distriktssköterska, Vårdcentralen Hageby",
         "2025-04-15",
         "Jonas skickar remiss 2025-03-19."),
        ("9", "Krisplan: vid tecken på försämring (sömnbrist, misstänksamhet, "
              "isolering) kontaktar boendestödet Psykosmottagningen samma dag.",
         "Boendestödjare och case manager Jonas",
         "Gäller fr.o.m. 2025-03-14",
         "Krisplanen finns i kopia hos R."),
    ]
    for r in rows:
        draw_row(r)
    pdf.set_auto_page_break(True, margin=18)
    assert state["split"], "measures table did not split inside a row"  # CHECK

    section("Andra aktörers insatser")
    box("God man Henrik: betalar hyra och fakturor från R:s konto från april, "
        "lämnar kontoutdrag till socialsekreteraren senast 2025-03-20 och ansöker "
        "om bostadstillägg hos Försäkringskassan senast 2025-03-31.\n"
        "Försäkringskassan (handläggare sjukförsäkring): tar emot nytt "
        "läkarutlåtande och fattar beslut om sjukersättning. R. och god man "
        "ringer FK efter läkarbesöket 2025-04-02 för att höra om ärendets status.\n"
        "R. själv: sparar all post i den blå mappen och tar fram den när "
        "boendestödjaren kommer på måndagar.")

    section("Huvudansvar för planen")
    box("Sara, socialsekreterare, Vuxenenheten, Socialtjänsten Norrköpings kommun. "
        "Sara kallar till uppföljning och är den R. och god man i första hand "
        "kontaktar om planen. Ersättare vid frånvaro: Jonas, case manager, "
        "Psykosmottagningen.")

    section("Samtycke")
    box("Samtycke finns inhämtat.")

    section("Uppföljning")
    box("Uppföljning av planen sker vecka 22. Sara skickar kallelse till samtliga "
        "deltagare. Vid akut försämring kan uppföljningen tidigareläggas.")

    section("Planen delges")
    box("R., god man samt samtliga deltagare enligt deltagarlistan. R. fick "
        "planen utskriven i pappersform efter mötet.")

    section("Kontaktvägar")
    box("Psykosmottagningen, Vuxenpsykiatrin Norrköping: via växeln, "
        "telefontid vardagar 08.30–09.30.\n"
        "Vuxenenheten, Socialtjänsten Norrköping: via kommunens kontaktcenter.\n"
        "Akut psykiatrisk bedömning kvällar/helger: Psykiatriska akutmottagningen "
        "Vrinnevisjukhuset, via 1177.")

    section("Versionshistorik")
    pdf.set_font("DV", "", 7.5)
    for w, h in zip([30, 50, 100], ["Datum", "Ändrad av", "Ändring"]):
        pdf.cell(w, 5, h, border=1)
    pdf.ln()
    for d, who, what in [
        ("2025-03-14", "Socialsekreterare", "Plan upprättad under SIP-möte"),
        ("2025-03-18", "Socialsekreterare", "Insats 8 tillagd, plan fastställd"),
    ]:
        for w, v in zip([30, 50, 100], [d, who, what]):
            pdf.cell(w, 5, v, border=1)
        pdf.ln()
    pdf.output(out(1, "pdf"))
    return pdf.pages_count


# =================================================================
# 02  Word: two-column table, questions in the person's voice
# =================================================================

def make_02():
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)

    hp = sec.header.paragraphs[0]
    hp.text = "Växjö kommun  ·  Region Kronoberg"
    hp.runs[0].font.size = Pt(9)
    hp.runs[0].font.color.rgb = RGBColor(0x44, 0x44, 0x44)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Min plan – samordnad individuell plan (SIP)   |   sida ")
    r.font.size = Pt(8)
    add_field_paragraph(fp, "PAGE")

    t = doc.add_paragraph()
    r = t.add_run("Min plan")
    r.bold = True
    r.font.size = Pt(20)
    r.font.color.rgb = RGBColor(0x1F, 0x5C, 0x7A)
    p = doc.add_paragraph()
    r = p.add_run("Samordnad individuell plan (SIP) – skriven tillsammans med "
                  "mig på mötet. Frågorna är skrivna som om jag själv frågar.")
    r.italic = True
    r.font.size = Pt(10)

    qa = [
        ("Vad heter jag?", "Noah"),
        ("Mitt personnummer", "ÅÅMMDD-XXXX"),
        ("När hade vi mötet och var?", "2025-03-05, Vuxenhabiliteringen i Växjö"),
        ("Varför har vi det här mötet?", "SIP – samordning."),
        ("Vad vill vi prata om på mötet?", ""),
        ("Vad vill jag?",
         "Jag vill flytta hemifrån till en egen lägenhet där det finns personal "
         "i närheten om något händer. Jag vill jobba med djur eller på ett lager "
         "där det är lugnt och inte så mycket ljud. Jag vill inte träffa för "
         "många nya personer på en gång."),
        ("Hur var jag med?",
         "Jag var med på mötet i 40 minuter, sen tog vi paus och jag satt i "
         "rummet bredvid. Mamma var med hela tiden. Jag tycker det är bäst när "
         "jag får frågorna skriftligt innan och när alla inte pratar samtidigt. "
         "Jag vill inte bo i Alvesta, jag vill bo kvar i Växjö nära mamma."),
        ("Får ni som är med prata med varandra om mig?", "Ja, samtycke finns."),
        ("Vem hjälper mig med boendet? När?",
         "Ahmed, LSS-handläggare, utreder min ansökan om bostad med särskild "
         "service enligt LSS 9 § 9. Beslut senast 2025-06-15."),
        ("Vem hjälper mig med jobb eller daglig verksamhet? När?",
         "Jag ska få prova daglig verksamhet på Gården (Växjö kommun) två dagar i "
         "veckan, först med en handledare som jag har träffat innan."),
        ("Vem hjälper mig med min medicin? När?",
         "Läkaren på Vuxenpsykiatrin Växjö (ADHD-teamet) ser över min "
         "ADHD-medicin på återbesök 2025-04-10."),
        ("Vem hjälper mig att planera mina dagar? När?",
         "Arbetsterapeut Lena på Vuxenhabiliteringen gör ett veckoschema med "
         "bilder med mig och provar en app för påminnelser. Vi börjar i april, "
         "första träffen 2025-04-03."),
        ("Vad gör jag själv och min familj?", ""),
        ("Vad gör andra, t.ex. Försäkringskassan, Arbetsförmedlingen eller god man?", ""),
        ("Vem håller ihop min plan?", "Ahmed, min handläggare."),
        ("När ses vi igen?", "I september, efter sommaren."),
        ("Vilka var med på mötet?", "Jag, mamma, Ahmed, Lena, Johan"),
        ("Vem skrev planen?", "Lena skrev planen tillsammans med mig på mötet."),
    ]
    tbl = doc.add_table(rows=1, cols=2)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = tbl.rows[0]
    cell_text(hdr.cells[0], "Mina frågor", bold=True)
    cell_text(hdr.cells[1], "Svar", bold=True)
    for c in hdr.cells:
        set_cell_bg(c, "D9E8F0")
    mark_header_row(hdr)
    for q, a in qa:
        row = tbl.add_row()
        cell_text(row.cells[0], q, bold=True)
        set_cell_bg(row.cells[0], "F2F7FA")
        cell_text(row.cells[1], a)
    for row in tbl.rows:
        row.cells[0].width = Cm(6.0)
        row.cells[1].width = Cm(10.6)
    doc.add_paragraph()
    p = doc.add_paragraph()
    r = p.add_run("Jag får en egen utskrift av planen. Planen finns också i "
                  "journalen hos Vuxenhabiliteringen.")
    r.font.size = Pt(9)
    save_docx(doc, out(2, "docx"), "Min plan", "Vuxenhabiliteringen Växjö")


# =================================================================
# 03  Text copied from a web page (UTF-8, LF)
# =================================================================

def make_03():
    lines = """Hoppa till huvudinnehåll
Kalmar kommun – Verksamhetssystem Omsorg (webb)
Inloggad: biståndshandläggare   Logga ut
Start > Ärenden > SIP > Plan

Samordnad individuell plan
Ärende 2025-0311 · Status: Aktiv · Senast ändrad 2025-02-14

Personuppgifter
Redigera
Visa historik
Namn: E.
Personnummer: XXXXXX-XXXX
Adress: Skyddad i utskrift
Boende: Ordinärt boende, Kalmar centrum

Möte
Redigera
Visa historik
Datum: 2025-02-11
Plats: E:s lägenhet (hembesök)
Mötestyp: SIP-möte, första

Deltagare
Redigera
Visa historik
E. (den enskilde)
Karin, dotter
Sofia, undersköterska och kontaktperson, Hemtjänst Kalmar centrum
Malin, distriktssköterska, Vårdcentralen Kalmar Norra, Region Kalmar län
Anders, biståndshandläggare, Äldreomsorgen Kalmar kommun
Elin, arbetsterapeut, Rehab Kalmar kommun

Bakgrund
Redigera
Visa historik
E. är 84 år och bor ensam i lägenhet på tredje våningen med hiss. Hon har
diabetes typ 2 med insulin och en demenssjukdom (Alzheimer) som
diagnostiserades 2023. Under hösten har minnet blivit sämre och hon har
fallit två gånger i hemmet, senast i januari då hon låg på golvet tills
hemtjänsten kom. Blodsockret har varit svängigt och vid ett tillfälle tog
hon insulinet två gånger. Dottern bor i Nybro och hälsar på varannan helg.

Syfte
Redigera
Visa historik
Syftet med planen är att samordna hemtjänstens, hemsjukvårdens och
vårdcentralens insatser så att E. kan bo kvar i sin lägenhet trots
tilltagande minnessvikt, fallrisk och svårigheter att sköta sitt insulin.

Frågeställningar
Redigera
Visa historik
Diskutera läget och hur det fungerar hemma.

Mål
Redigera
Visa historik
Målet är att E. ska kunna bo kvar hemma så länge som möjligt och känna
sig trygg.

Den enskildes delaktighet
Redigera
Visa historik
E. deltog på mötet, som hölls hemma hos henne.

Samtycke
Redigera
Visa historik
E. gav muntligt samtycke till att hemtjänst, hemsjukvård och vårdcentral
utbyter information inför och under mötet. Samtycket inhämtades av
biståndshandläggaren vid telefonsamtal 2025-02-04 och bekräftades på
mötet 2025-02-11.

Insatser
Redigera
Visa historik
Fortsatt hemtjänst enligt beslut. Ansvar: Kommunen
Stöd vid behov kring läkemedel. Ansvar: Regionen
Fortsatt kontakt med vårdcentralen. Ansvar: Regionen
Hjälpmedel vid behov. Ansvar: Kommunen

Huvudansvar
Redigera
Visa historik
Hemtjänst Kalmar centrum

Andra aktörer
Redigera
Visa historik
Dottern och god man är informerade om planen.

Uppföljning
Redigera
Visa historik
Ingen uppgift

Bilagor
Redigera
Visa historik
Inga bilagor

Tillbaka till ärendet   Skriv ut   Exportera PDF

Om webbplatsen  Tillgänglighetsredogörelse  Support
© Kalmar kommun

Vi använder kakor (cookies)
Kalmar kommun använder kakor för att webbplatsen ska fungera och för att
förbättra din upplevelse. Nödvändiga kakor kan inte väljas bort. Läs mer
om hur vi hanterar kakor och personuppgifter.
Acceptera alla   Endast nödvändiga   Inställningar för kakor
"""
    with open(out(3, "txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(lines)


# =================================================================
# 04  Markdown by a school counsellor: YAML front matter, bold headings,
#     measures as nested bullets grouped by actor
# =================================================================

def make_04():
    text = """---
dokument: Samordnad individuell plan (SIP)
elev: "L., åk 8"
skola: Tornhagsskolan, Linköping
mötesdatum: 2025-10-02
upprättad_av: skolkurator, elevhälsan Tornhagsskolan
version: 1
sekretess: true
---

**Samordnad individuell plan för L.**

Mötet hölls på Tornhagsskolan, elevhälsans mötesrum, 2025-10-02 kl. 13.00–14.30.

**Deltagare**

- L., elev åk 8
- Mamma Jenny och pappa Ola, vårdnadshavare
- Therese, skolkurator, elevhälsan Tornhagsskolan
- Mikael, mentor åk 8, Tornhagsskolan
- Annika, specialpedagog, Tornhagsskolan
- Farah, psykolog, BUP Linköping (Region Östergötland)
- Kristoffer, socialsekreterare, Barn och unga, Socialförvaltningen Linköpings kommun

**Bakgrund**

L. har sedan vårterminen i åk 7 haft en ökande frånvaro, under september
2025 var närvaron 38 %. L. beskriver magont och hjärtklappning på
morgnarna och att det är värst på måndagar och när det är idrott. BUP
Linköping har efter bedömning i augusti konstaterat social ångest och
paniksyndrom. Familjen har sedan juni kontakt med Barn och unga efter en
orosanmälan från skolan om den långa frånvaron. L. är bra på matte och
bild och har två nära kompisar i klassen.

**Syfte**

Syftet med SIP är att skolan, BUP och socialtjänsten gör en gemensam plan
så att L. stegvis kan komma tillbaka till skolan och få behandling för sin
ångest utan att insatserna krockar eller att familjen får samma frågor från
tre håll.

**Frågor till mötet**

**L:s egna mål**

> "Jag vill kunna vara i skolan hela förmiddagarna igen och ha kvar mina
> kompisar. Och jag vill slippa ha ont i magen varje söndagskväll."

**Hur L. var med**

L. var med på hela mötet tillsammans med mamma och pappa. L. ville börja
med att komma till matte och bild eftersom det är de lektionerna som känns
tryggast, och ville inte ha idrott just nu. L. önskade också att bara
mentorn och kuratorn vet om planen och att klassen inte får någon
information.

**Samtycke**

Samtycke från vårdnadshavare finns.

**Insatser – vem gör vad**

- Skolan
  - Stegvis återgång enligt trappa: v. 41–42 matte och bild, v. 43–44 alla
    förmiddagar
    - Ansvarig: mentor Mikael, Tornhagsskolan
    - Start: 2025-10-06
  - Anpassad studiegång i idrott (teori i stället för praktiska moment)
    under höstterminen
    - Ansvarig: rektor, Tornhagsskolan, beslut fattas 2025-10-09
  - Möte med kurator varje måndag morgon 08.10 för incheckning
    - Ansvarig: skolkurator Therese
    - Start: 2025-10-06
  - Lugn arbetsplats i studierummet och extra anpassningar i matte
    - Ansvarig: specialpedagog Annika
    - Klart till 2025-10-13
- BUP Linköping
  - KBT-behandling för social ångest och paniksyndrom, exponering kopplad
    till skolgången
    - Ansvarig: psykolog Farah, BUP Linköping
  - Bedömning av om läkemedel behövs
    - Ansvarig: läkare, BUP Linköping
    - Läkarbesök 2025-10-21
- Socialtjänsten, Barn och unga Linköping
  - Föräldrastöd i grupp (Komet), 10 träffar
    - Ansvarig: socialsekreterare Kristoffer, Barn och unga
    - Start 2025-10-15
- Hemmet
  - Mamma följer med L. till skolan måndagar och onsdagar de första fyra
    veckorna och hämtar vid lunch
    - Start 2025-10-06
  - Pappa går igenom veckans schema med L. på söndagskvällen
  - L. själv fyller i sin må-bra-dagbok varje dag och tar med den till
    kuratorn på måndagar

**Uppföljning**

Vi ses igen vecka 45 för att se hur trappan har gått. Mentor bokar rum.

---

*Planen är skriven av skolkurator efter mötet och skickad till
vårdnadshavare och deltagare för synpunkter.*
"""
    with open(out(4, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# =================================================================
# 05  Word: eating disorder, Heading styles; Huvudansvar and
#     Uppföljning only in the section footer
# =================================================================

def make_05():
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.footer_distance = Cm(1.0)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10.5)

    hp = sec.header.paragraphs[0]
    hp.text = ("Region Kalmar län · Västerviks kommun\t\tSAMORDNAD INDIVIDUELL PLAN")
    for r in hp.runs:
        r.font.size = Pt(8)

    ft = sec.footer
    f1 = ft.paragraphs[0]
    f1.text = ""
    r = f1.add_run("Huvudansvar för planen: ")
    r.bold = True
    r.font.size = Pt(8.5)
    r = f1.add_run("Karin, kurator och SIP-samordnare, Ätstörningsenheten BUP, "
                   "Region Kalmar län")
    r.font.size = Pt(8.5)
    f2 = ft.add_paragraph()
    r = f2.add_run("Uppföljning: ")
    r.bold = True
    r.font.size = Pt(8.5)
    r = f2.add_run("2025-06-11 kl. 14.00, BUP Västervik (skolan deltar via Teams)")
    r.font.size = Pt(8.5)
    f3 = ft.add_paragraph()
    f3.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = f3.add_run("Sida ")
    r.font.size = Pt(8)
    add_field_paragraph(f3, "PAGE")

    doc.add_heading("Samordnad individuell plan (SIP)", level=0)
    p = doc.add_paragraph()
    p.add_run("Namn: ").bold = True
    p.add_run("A.    ")
    p.add_run("Personnummer: ").bold = True
    p.add_run("ÅÅMMDD-XXXX    ")
    p.add_run("Mötesdatum: ").bold = True
    p.add_run("2025-03-17, BUP Västervik")

    doc.add_heading("Bakgrund", level=1)
    doc.add_paragraph(
        "A. är 16 år och går första året på Västerviks gymnasium, naturvetenskaps"
        "programmet. Hon har sedan sommaren 2024 gått ner i vikt och fick i "
        "januari 2025 diagnosen anorexia nervosa vid Ätstörningsenheten BUP i "
        "Kalmar. BMI vid bedömningen var 15,8. Hon tränar fotboll i en förening "
        "och har tidigare tränat fem dagar i veckan. Skolan har uppmärksammat att "
        "hon inte äter lunch och att hon har svårt att koncentrera sig. "
        "Socialtjänsten Barn och familj har en pågående utredning efter en "
        "ansökan från familjen om stöd till familjen, där även en yngre bror ingår.")

    doc.add_heading("Syfte", level=1)
    doc.add_paragraph(
        "Syftet med planen är att BUP, skolan och socialtjänsten samordnar sina "
        "insatser så att A:s viktuppgång fortsätter, att skolluncherna fungerar "
        "och att skolgången kan fortsätta utan att behandlingen äventyras.")

    doc.add_heading("Frågeställningar", level=1)
    for q in [
        "Hur kan skollunchen ordnas så att A. äter hela portionen varje skoldag?",
        "Behöver A. en anpassad studiegång under vårterminen, och i vilka ämnen?",
        "Hur får skolan veta om vikten går under gränsen för fysisk aktivitet?",
        "Vilket stöd kan familjen få från socialtjänsten under behandlingen?",
    ]:
        doc.add_paragraph(q, style="List Bullet")

    doc.add_heading("Mål", level=1)
    doc.add_paragraph(
        "Målet är att A. ska återfå normalvikt (BMI över 19) och kunna delta i "
        "skolidrotten och fotbollsträningen igen till hösten 2025.")

    doc.add_heading("Delaktighet och önskemål", level=1)
    doc.add_paragraph(
        "A. deltog på mötet tillsammans med båda vårdnadshavarna. A. berättade att "
        "lunchen i matsalen är det svåraste under dagen och önskar få äta i ett "
        "mindre rum med en vuxen hon känner. Hon vill inte att klasskamraterna "
        "ska få veta om diagnosen.")

    doc.add_heading("Samtycke", level=1)
    doc.add_paragraph("Samtycke finns från A. och vårdnadshavare.")

    doc.add_heading("Insatser", level=1)
    rows = [
        ("Familjebaserad behandling (FBT), en gång i veckan",
         "Psykolog, Ätstörningsenheten BUP Kalmar", "Fr.o.m. 2025-03-20, torsdagar"),
        ("Vägning och medicinsk kontroll (puls, blodtryck, blodprover)",
         "Sjuksköterska, BUP Västervik", "Varannan vecka fr.o.m. 2025-03-25"),
        ("Måltidsstöd vid skollunch i separat rum med känd vuxen",
         "Skolsköterska och mentor, elevhälsan Västerviks gymnasium",
         "Fr.o.m. 2025-03-24, alla skoldagar"),
        ("Befrielse från praktisk idrott, teoriuppgifter i stället",
         "Idrottslärare och mentor, Västerviks gymnasium", "Fr.o.m. v. 13"),
        ("Dietistbedömning och kostschema för skoldagar",
         "Dietist, Ätstörningsenheten BUP Kalmar", "2025-04-03"),
        ("Familjestöd/stödsamtal för A:s yngre bror",
         "Barn och familj, Socialtjänsten Västerviks kommun", ""),
    ]
    tbl = doc.add_table(rows=1, cols=3)
    tbl.style = "Light Grid Accent 1"
    for c, h in zip(tbl.rows[0].cells, ["Insats", "Ansvarig verksamhet/funktion", "När"]):
        cell_text(c, h, bold=True)
    mark_header_row(tbl.rows[0])
    for r_ in rows:
        cells = tbl.add_row().cells
        for c, v in zip(cells, r_):
            cell_text(c, v)
    for row in tbl.rows:
        for c, w in zip(row.cells, [6.5, 5.5, 4.0]):
            c.width = Cm(w)

    doc.add_heading("Deltagare", level=1)
    doc.add_paragraph("A., mamma, pappa, psykolog, sjuksköterska, dietist, "
                      "skolsköterska, mentor, socialsekreterare")
    doc.add_paragraph()
    p = doc.add_paragraph("Planen skrevs under mötet och skickades efteråt till "
                          "samtliga deltagare.")
    p.runs[0].italic = True
    save_docx(doc, out(5, "docx"), "SIP A.", "Ätstörningsenheten BUP Kalmar")


# =================================================================
# 06  E-service print: HTML with fieldsets -> PDF via LibreOffice
# =================================================================

HTML_06 = """<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>E-tjänst SIP – Utskrift</title>
<style>
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 9.5pt; }
h1 { font-size: 14pt; margin-bottom: 2pt; }
fieldset { border: 1px solid #555; margin: 6pt 0; padding: 4pt 8pt; }
legend { font-weight: bold; font-size: 10.5pt; }
.lbl { color: #333; font-size: 8.5pt; }
.val { font-family: 'DejaVu Sans Mono', monospace; }
.empty { color: #888; }
.meta { font-size: 8pt; color: #444; }
table.m { border-collapse: collapse; width: 100%; }
table.m td, table.m th { border: 1px solid #777; padding: 2pt 4pt; font-size: 9pt; vertical-align: top; }
</style>
</head>
<body>
<p class="meta">Kronobergs e-tjänst för samverkan · Ljungby kommun / Region Kronoberg ·
Ärendenummer 25-LJ-0442 · Utskrift 2025-04-22 09:15</p>
<h1>Samordnad individuell plan (SIP)</h1>
<p class="meta">Status: Sparad av handläggare – ej signerad. Fält markerade med * är obligatoriska.</p>

<fieldset>
<legend>1. Personuppgifter</legend>
<p><span class="lbl">Förnamn/initial *</span><br><span class="val">J.</span></p>
<p><span class="lbl">Personnummer *</span><br><span class="val">XXXXXX-XXXX</span></p>
<p><span class="lbl">Folkbokföringskommun *</span><br>
(&bull;) Ljungby &nbsp; ( ) Markaryd &nbsp; ( ) Älmhult &nbsp; ( ) Växjö &nbsp; ( ) Annan</p>
<p><span class="lbl">Behov av tolk</span><br>( ) Ja &nbsp; (&bull;) Nej</p>
</fieldset>

<fieldset>
<legend>2. Mötet</legend>
<p><span class="lbl">Datum för mötet *</span><br><span class="val">2025-04-16</span></p>
<p><span class="lbl">Plats</span><br><span class="val">Socialtjänsten Ljungby, mottagningen för vuxna</span></p>
<p><span class="lbl">Typ av möte</span><br>(&bull;) Första SIP-möte &nbsp; ( ) Uppföljning &nbsp; ( ) Extra möte</p>
</fieldset>

<fieldset>
<legend>3. Syfte med SIP</legend>
<p><span class="lbl">Välj det som stämmer bäst *</span><br>
(&bull;) Samordning av insatser<br>
( ) Planering inför utskrivning från slutenvård<br>
( ) Planering inför flytt eller skolbyte<br>
( ) Annat</p>
<p><span class="lbl">Beskriv syftet med egna ord</span><br><span class="empty">&nbsp;</span></p>
</fieldset>

<fieldset>
<legend>4. Frågeställningar inför mötet</legend>
<p><span class="lbl">Vilka frågor ska tas upp?</span><br><span class="empty">&nbsp;</span></p>
</fieldset>

<fieldset>
<legend>5. Den enskildes delaktighet</legend>
<p><span class="lbl">Deltar den enskilde i mötet? *</span><br>(&bull;) Ja &nbsp; ( ) Nej</p>
<p><span class="lbl">Om nej – varför?</span><br><span class="empty">&nbsp;</span></p>
<p><span class="lbl">Den enskildes egna synpunkter och önskemål</span><br><span class="empty">&nbsp;</span></p>
<p><span class="lbl">Den enskildes mål (med egna ord)</span><br><span class="empty">&nbsp;</span></p>
</fieldset>

<fieldset>
<legend>6. Samtycke</legend>
<p><span class="lbl">Samtycke till informationsutbyte</span><br>
[ ] Muntligt &nbsp; [ ] Skriftligt &nbsp; [ ] Samtycke saknas</p>
<p><span class="lbl">Datum för samtycke</span><br><span class="empty">&nbsp;</span></p>
</fieldset>

<fieldset>
<legend>7. Insatser</legend>
<p><span class="lbl">Planerade insatser (lägg till rad för varje insats). Ansvarig anges med verksamhet och funktion.</span></p>
<table class="m">
<tr><th>Insats</th><th>Ansvarig</th><th>Start</th></tr>
<tr><td>Återfallsprevention (ÅP) i grupp, en kväll i veckan, 12 tillfällen</td><td></td><td>2025-04-24</td></tr>
<tr><td>Boendestöd två gånger i veckan med fokus på ekonomi och dygnsrytm</td><td></td><td>2025-04-28</td></tr>
<tr><td>Läkarbesök för bedömning av Antabus och behandling av sömnproblem</td><td></td><td>2025-05-06</td></tr>
<tr><td>Urinprov (drogtest) övervakat två gånger i veckan</td><td></td><td>2025-04-22</td></tr>
<tr><td>Provtagning levervärden (leverprover) och blodtryck</td><td></td><td>2025-04-29</td></tr>
</table>
</fieldset>

<fieldset>
<legend>8. Andra aktörer</legend>
<p><span class="lbl">Har andra aktörer (t.ex. Försäkringskassan, Arbetsförmedlingen, god man, närstående) insatser?</span><br>
[ ] Ja, se nedan &nbsp; [x] Nej, inga andra aktörer berörs i nuläget</p>
<p><span class="lbl">Beskriv</span><br><span class="empty">&nbsp;</span></p>
</fieldset>

<fieldset>
<legend>9. Huvudansvar</legend>
<p><span class="lbl">Huvudansvarig för planen (namn, funktion, verksamhet) *</span><br><span class="empty">&nbsp;</span></p>
</fieldset>

<fieldset>
<legend>10. Uppföljning</legend>
<p><span class="lbl">Datum för uppföljning *</span><br><span class="val">2025-05-28</span></p>
<p><span class="lbl">Form</span><br>(&bull;) Fysiskt möte &nbsp; ( ) Digitalt &nbsp; ( ) Telefon</p>
</fieldset>

<fieldset>
<legend>11. Deltagare</legend>
<p><span class="val">Den enskilde<br>Socialsekreterare<br>Sjuksköterska<br>Boendestödjare<br>Läkare</span></p>
</fieldset>

<p class="meta">Utskriften är skapad från e-tjänsten och gäller inte som signerad plan.</p>
</body>
</html>
"""


def make_06():
    tmpd = tempfile.mkdtemp(prefix="f51b-06-")
    src = os.path.join(tmpd, f"{PREFIX}-06.html")
    html = HTML_06
    # LibreOffice's HTML import draws no fieldset border: the e-service's print
    # stylesheet wraps every fieldset in a one-cell frame table.
    html = html.replace("<fieldset>", '<table class="fs" border="1" cellspacing="0" '
                        'cellpadding="6" width="100%"><tr><td><fieldset>')
    html = html.replace("</fieldset>", "</fieldset></td></tr></table><br>")
    html = re.sub(r"<legend>(.*?)</legend>", r"<legend><b>\1</b></legend>", html)
    html = html.replace('<table class="m">', '<table class="m" border="1" '
                        'cellspacing="0" cellpadding="3" width="100%">')
    with open(src, "w", encoding="utf-8") as f:
        f.write(html)
    soffice_pdf(src, tmpd)
    shutil.copy(os.path.join(tmpd, f"{PREFIX}-06.pdf"), out(6, "pdf"))
    shutil.rmtree(tmpd)
    normalise_pdf(out(6, "pdf"))


# =================================================================
# 07  Word: empty template, numbered headings, guidance in brackets,
#     tables still holding the template's example rows
# =================================================================

def make_07():
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.3)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)

    hp = sec.header.paragraphs[0]
    hp.text = ("Mall SIP · Region Kronoberg och kommunerna i Kronobergs län · "
               "version 2025-01")
    hp.runs[0].font.size = Pt(8)
    hp.runs[0].font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = fp.add_run("Sida ")
    r.font.size = Pt(8)
    add_field_paragraph(fp, "PAGE")

    def guide(text):
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.italic = True
        r.font.color.rgb = RGBColor(0x70, 0x70, 0x70)
        r.font.size = Pt(9.5)
        return p

    def table(headers, example, widths):
        t = doc.add_table(rows=1, cols=len(headers))
        t.style = "Table Grid"
        for c, h in zip(t.rows[0].cells, headers):
            cell_text(c, h, bold=True)
            set_cell_bg(c, "E7EEF5")
        mark_header_row(t.rows[0])
        cells = t.add_row().cells
        for c, v in zip(cells, example):
            cell_text(c, v, italic=True, color="707070")
        cells = t.add_row().cells
        for c in cells:
            cell_text(c, "")
        for row in t.rows:
            for c, w in zip(row.cells, widths):
                c.width = Cm(w)
        doc.add_paragraph()
        return t

    t = doc.add_paragraph()
    r = t.add_run("SAMORDNAD INDIVIDUELL PLAN (SIP)")
    r.bold = True
    r.font.size = Pt(16)
    r.font.small_caps = True
    guide("[Mallen används av kommunerna i Kronobergs län och Region Kronoberg. "
          "Ta bort hjälptexterna inom hakparentes innan planen delas ut.]")

    doc.add_heading("1. Personuppgifter", level=1)
    p = doc.add_paragraph("Namn: ")
    p.add_run("[Förnamn]").italic = True
    p = doc.add_paragraph("Personnummer: ")
    p.add_run("ÅÅMMDD-XXXX").italic = True
    p = doc.add_paragraph("Datum för mötet: ")
    p.add_run("ÅÅÅÅ-MM-DD").italic = True
    p = doc.add_paragraph("Plats: ")
    p.add_run("[Var hölls mötet?]").italic = True

    doc.add_heading("2. Syfte med SIP", level=1)
    guide("[Beskriv med en eller ett par meningar varför SIP upprättas just nu och "
          "vad samordningen ska leda till för den enskilde.]")

    doc.add_heading("3. Frågeställningar inför mötet", level=1)
    guide("[Vilka frågor behöver lösas på mötet? Skriv dem gärna som frågor.]")

    doc.add_heading("4. Den enskildes mål", level=1)
    guide("[Skriv den enskildes mål med hans eller hennes egna ord, gärna som "
          "citat: ”Jag vill …”]")

    doc.add_heading("5. Den enskildes delaktighet", level=1)
    guide("[Hur har den enskilde (och vårdnadshavare) varit delaktig? Vad tycker "
          "den enskilde? Om den enskilde inte deltog: varför, och hur har hans "
          "eller hennes synpunkter förts fram?]")

    doc.add_heading("6. Samtycke", level=1)
    doc.add_paragraph("☐ Muntligt samtycke     ☐ Skriftligt samtycke     "
                      "Datum: ÅÅÅÅ-MM-DD")
    guide("[Ange när och hur samtycke till informationsutbyte inhämtades.]")

    doc.add_heading("7. Insatser – vem gör vad och när", level=1)
    guide("[En rad per insats. Ange ansvarig verksamhet och funktion samt när "
          "insatsen startar eller ska vara klar.]")
    table(["Verksamhet", "Insats", "Ansvarig funktion", "När"],
          ["Exempel: Skolan", "anpassad studiegång", "mentor", "ht 2025"],
          [3.8, 6.0, 3.6, 3.0])

    doc.add_heading("8. Andra aktörers insatser", level=1)
    guide("[Insatser från t.ex. Försäkringskassan, Arbetsförmedlingen, god man, "
          "närstående eller den enskilde själv. Finns inga – skriv det.]")
    table(["Aktör", "Insats", "Vem", "När"],
          ["Exempel: Försäkringskassan", "bedömning av aktivitetsersättning",
           "handläggare", "v. 40"],
          [3.8, 6.0, 3.6, 3.0])

    doc.add_heading("9. Huvudansvar för planen", level=1)
    guide("[Vem har huvudansvaret för att planen hålls samman och följs upp? "
          "Ange namn, funktion och verksamhet.]")
    table(["Namn", "Funktion", "Verksamhet"],
          ["Exempel: Lisa", "socialsekreterare", "IFO Barn och unga, X kommun"],
          [4.0, 5.0, 7.4])

    doc.add_heading("10. Uppföljning", level=1)
    p = doc.add_paragraph("Datum för uppföljning: ")
    p.add_run("ÅÅÅÅ-MM-DD").italic = True
    guide("[Bestäm datum innan mötet avslutas.]")

    doc.add_heading("11. Deltagare", level=1)
    table(["Namn", "Funktion", "Verksamhet/organisation"],
          ["Exempel: Anna", "kurator", "Elevhälsan, X-skolan"],
          [4.0, 5.0, 7.4])

    doc.add_heading("12. Planen har delgetts", level=1)
    doc.add_paragraph("☐ Den enskilde     ☐ Vårdnadshavare     ☐ Samtliga deltagare")
    save_docx(doc, out(7, "docx"), "Mall SIP Kronoberg", "Region Kronoberg")


# =================================================================
# 08  NOT a plan: minutes of a discharge planning meeting (SVPL),
#     lag (2017:612); text export, Windows-1252, CRLF
# =================================================================

TEXT_08 = """ANTECKNING SAMORDNAD VÅRDPLANERING
Lasarettet i Motala, Medicinavdelning 2 – Hemtjänst och hemsjukvård Motala kommun
Utskrift från journalsystemet 2025-02-05 14:22

Patient: [namn], man 86 år, XXXXXX-XXXX
Inskriven: 2025-01-27 (via akutmottagningen Vrinnevisjukhuset, överflyttad
2025-01-28)
Utskrivningsklar enligt ansvarig läkare: 2025-02-04
Möte: 2025-02-05 kl. 10.30, videomöte från avdelningen

MÖTESDELTAGARE
Patienten
Son, [namn] (via telefon)
Sjuksköterska, Medicinavdelning 2, Lasarettet i Motala
Biståndshandläggare, Äldreomsorgen Motala kommun
Sjuksköterska, Hemsjukvården Motala kommun
Arbetsterapeut, Rehab Motala kommun
Fast vårdkontakt, Vårdcentralen Motala (deltog de första 15 minuterna)

ANLEDNING TILL VÅRDTILLFÄLLET
Hjärtsvikt med försämring, andfåddhet och bensvullnad. Behandlad med
diuretika intravenöst, övergått till tabletter. Viktnedgång 4 kg under
vårdtiden. Under vårdtiden en fallincident på natten, ingen fraktur.
Kognitivt klar men trött. Bor ensam i villa i Motala, sedan tidigare
hemtjänst två gånger i veckan för städ och inköp.

PATIENTENS SYN
Patienten vill hem så snart som möjligt och vill inte flytta till
korttidsboende. Accepterar mer hjälp i hemmet men vill inte ha besök
på morgonen före kl. 08.

BEDÖMNING INFÖR UTSKRIVNING
Patienten bedöms kunna skrivas ut till hemmet med utökade insatser.
Behov av hjälp med personlig hygien, påklädning av stödstrumpor och
tillsyn av läkemedel. Daglig vikt behövs första veckan.

BESLUT OCH ÖVERENSKOMMELSER
- Hemtjänst utökas till fyra besök/dag (morgon, lunch, kväll, natt-
  tillsyn) fr.o.m. hemgångsdagen. Beslut fattat av biståndshandläggare
  vid mötet.
- Trygghetslarm installeras före hemgång, beställt 2025-02-05.
- Hemsjukvården tar över läkemedelsansvar, dosett ordineras, första
  hembesök av sjuksköterska dagen efter hemgång.
- Arbetsterapeut gör hembesök för bedömning av hjälpmedel (toalettförhöjning,
  duschpall) inom en vecka.
- Vårdcentralen (fast vårdkontakt) ansvarar för fortsatt
  hjärtsviktsuppföljning, läkarbesök om två till tre veckor.
- Transport hem med sjukresa, sonen möter upp i bostaden.

UTSKRIVNING
Planerad hemgång 2025-02-06 förmiddag. Epikris och läkemedelslista skickas
elektroniskt till hemsjukvården och vårdcentralen vid utskrivning.
Meddelande om utskrivning skickas i IT-stödet för vårdplanering.

Antecknat av: Sjuksköterska, Medicinavdelning 2, Lasarettet i Motala
Dokumenttyp: Samordnad vårdplanering enligt lag (2017:612) om samverkan
vid utskrivning från sluten hälso- och sjukvård
"""


def make_08():
    data = TEXT_08.replace("\n", "\r\n").encode("cp1252")
    with open(out(8, "txt"), "wb") as f:
        f.write(data)


def main():
    os.makedirs(OUT, exist_ok=True)
    for fn in os.listdir(OUT):
        if fn.startswith(PREFIX + "-"):
            os.remove(os.path.join(OUT, fn))
    pages = make_01()
    assert pages == 3, f"01 has {pages} pages, expected 3"
    make_02()
    make_03()
    make_04()
    make_05()
    make_06()
    make_07()
    make_08()
    for fn in sorted(os.listdir(OUT)):
        print(fn)


if __name__ == "__main__":
    main()
