#!/usr/bin/env python3
"""Generate the f88a batch of fictional, anonymized SIP documents (Region Örebro län, 2025).

Run with /work/batches/.venv/bin/python generate.py
Writes plans/f88a-01 ... f88a-08. Deterministic (fixed dates, no randomness).
"""
import datetime
import io
import os
import shutil
import subprocess
import tempfile
import zipfile

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
PREFIX = "f88a"
LO_PROFILE = "file:///tmp/lo-f88a"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def save_docx(doc, out):
    """Save with fixed zip timestamps so reruns give byte-identical files."""
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(item.filename))


def path(n, ext):
    return os.path.join(OUT, f"{PREFIX}-{n:02d}.{ext}")


# ---------------------------------------------------------------- docx helpers
def set_cell_shading(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def remove_table_borders(table):
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "nil")
        borders.append(e)
    tblPr.append(borders)


def cell_text(cell, text, bold=False, size=None, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i > 0:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    return cell


def set_col_widths(table, widths_cm):
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


FIXED = datetime.datetime(2025, 1, 1, 8, 0, 0)


def base_doc(font="Calibri", size=11):
    doc = Document()
    cp = doc.core_properties
    cp.author = "SIP"
    cp.last_modified_by = "SIP"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    sec = doc.sections[0]
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(2.0)
    sec.bottom_margin = Cm(2.0)
    return doc


def add_page_field(paragraph, instr):
    r = paragraph.add_run()
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    r._r.append(f1)
    r._r.append(it)
    r._r.append(f2)
    r._r.append(t)
    r._r.append(f3)


# ======================================================================= 01
def plan01():
    """BUP-led plan, Heading 1 questions; Alva 13, school refusal and anxiety, Örebro."""
    doc = base_doc()
    for name in ("Heading 1", "Title"):
        s = doc.styles[name]
        s.font.name = "Calibri"
        s.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    doc.styles["Heading 1"].font.size = Pt(14)

    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Region Örebro län  ·  Barn- och ungdomspsykiatrin (BUP) Örebro"
    hp.runs[0].font.size = Pt(9)
    hp.runs[0].font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = fp.add_run("SIP Alva 2025-02-18  ·  sida ")
    r.font.size = Pt(9)
    add_page_field(fp, "PAGE")

    doc.add_paragraph("Samordnad individuell plan (SIP)", style="Title")
    p = doc.add_paragraph()
    p.add_run("Barn: ").bold = True
    p.add_run("Alva, 13 år, åk 7\n")
    p.add_run("Personnummer: ").bold = True
    p.add_run("ÅÅMMDD-XXXX\n")
    p.add_run("Möte: ").bold = True
    p.add_run("2025-02-18 kl. 13.00–14.30, BUP Örebro, samtalsrum 3 (socialtjänsten via Teams)")

    p = doc.add_paragraph()
    p.add_run("Med på mötet").bold = True
    for line in [
        "Maria och Ahmed, Alvas föräldrar (vårdnadshavare)",
        "Sara, psykolog, BUP Örebro (kallade till mötet)",
        "Henrik, specialistläkare, BUP Örebro",
        "Lena, mentor, Almbyskolan Örebro",
        "Emma, skolkurator, Almbyskolan Örebro",
        "Karin, socialsekreterare, Råd och stöd barn och familj, Örebro kommun",
    ]:
        doc.add_paragraph(line, style="List Bullet")

    doc.add_heading("Varför träffas vi?", level=1)
    doc.add_paragraph(
        "Alva har sedan i höstas haft allt mer frånvaro från skolan. Under januari var hon i skolan "
        "ungefär hälften av dagarna och då oftast bara de första lektionerna. Hon har ont i magen och "
        "stark oro på morgnarna, somnar sent och har svårt att ta sig iväg. Alva går i KBT på BUP sedan "
        "november, skolan har gjort vissa anpassningar och familjen har haft några samtal med Råd och "
        "stöd, men var och en har hittills jobbat för sig."
    )
    doc.add_paragraph(
        "Vi träffas för att göra en gemensam plan för hur Alva stegvis ska komma tillbaka till skolan, "
        "så att BUP, skolan och socialtjänsten ger Alva och föräldrarna samma besked och inte "
        "drar åt olika håll."
    )
    doc.add_paragraph("Det här ville vi få svar på idag:")
    for q in [
        "Hur kan skoldagen se ut de närmaste veckorna så att Alva orkar vara kvar hela förmiddagen?",
        "Hur ska morgnarna fungera när mamma börjar arbeta tidigt igen i mars?",
        "Behöver föräldrarna eget stöd från socialtjänsten parallellt med Alvas behandling på BUP?",
        "Behöver sömnen bedömas av läkare?",
    ]:
        doc.add_paragraph(q, style="List Bullet")

    doc.add_heading("Vad vill Alva själv?", level=1)
    doc.add_paragraph(
        "Alva var inte med på mötet. Sara träffade Alva 2025-02-12 och gick igenom mötets frågor "
        "med henne. Det här sa Alva, och Sara förde det vidare på mötet:"
    )
    for q in [
        "”Jag vill gå till skolan som vanligt igen och orka hela dagen, i alla fall innan påsklovet.”",
        "”Jag vill inte att hela klassen ska veta varför jag inte är där.”",
        "”Det är lättare om jag får börja lite senare och gå direkt till Emma.”",
    ]:
        doc.add_paragraph(q, style="List Bullet")
    doc.add_paragraph(
        "Alva vill fortsätta i sin klass och vill inte byta skola. Föräldrarna delar Alvas bild och "
        "tycker att morgnarna är det svåraste."
    )

    doc.add_heading("Vem gör vad och när?", level=1)
    rows = [
        ("KBT med gradvis exponering för skolsituationer, varannan vecka",
         "Sara, psykolog, BUP Örebro", "Från 2025-02-25 t.o.m. 2025-06-10"),
        ("Läkarbedömning av sömn, ställningstagande till läkemedel",
         "Henrik, specialistläkare, BUP Örebro", "2025-03-04"),
        ("Anpassad skolgång: start kl. 08.30 i stället för 08.10, första lektionen i lilla grupprummet, "
         "förkortad dag (slutar efter lunch) första fyra veckorna, sedan utökning en lektion i taget",
         "Lena, mentor, i samråd med rektor, Almbyskolan", "Från 2025-02-24, utökning från 2025-03-24"),
        ("Stödsamtal med kurator varje vecka, Alva går direkt till Emma vid ankomst",
         "Emma, skolkurator, Almbyskolan", "Tisdagar från 2025-02-25"),
        ("Frånvarouppföljning: mentor stämmer av närvaro med föräldrarna varje fredag",
         "Lena, mentor, Almbyskolan", "Fredagar från 2025-02-28"),
        ("Föräldrastöd: samtal om morgonrutiner och att hantera Alvas oro hemma, fem träffar",
         "Karin, socialsekreterare, Råd och stöd, Örebro kommun", "Första träffen 2025-03-05"),
    ]
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = ("Insats / åtgärd", "Vem ansvarar", "När")
    for i, h in enumerate(hdr):
        cell_text(t.rows[0].cells[i], h, bold=True, size=10)
        set_cell_shading(t.rows[0].cells[i], "DCE6F1")
    set_repeat_header(t.rows[0])
    for r_ in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r_):
            cell_text(cells[i], v, size=10)
    set_col_widths(t, [8.6, 4.6, 3.4])

    doc.add_heading("Vem håller ihop planen?", level=1)
    doc.add_paragraph(
        "Sara, psykolog på BUP Örebro, har huvudansvaret för planen. Hon håller kontakt med skolan och "
        "socialtjänsten mellan mötena, kallar till uppföljning och är den föräldrarna vänder sig till "
        "i första hand (nås via BUP:s växel)."
    )

    doc.add_heading("När ses vi igen?", level=1)
    doc.add_paragraph(
        "Vi ses igen i början av september, när höstterminen har kommit igång, för att se hur "
        "skolstarten har gått. Sara skickar kallelse till alla i augusti."
    )
    save_docx(doc, path(1, "docx"))


# ======================================================================= 02
class RecordPDF(FPDF):
    sysname = ""
    printed = ""

    def header(self):
        self.set_font("DejaVu", "B", 8)
        self.set_xy(8, 5)
        self.cell(140, 4, self.sysname)
        self.set_font("DejaVu", "", 7)
        self.set_xy(150, 5)
        self.cell(139, 4, f"Utskriftsdatum: {self.printed}   Sida {self.page_no()} ({{nb}})", align="R")
        self.line(8, 10, 289, 10)


def box(pdf, x, y, w, label, text, fs=7, lh=3.2, min_h=0):
    """Boxed field with a small bold label; returns the y below the box."""
    pdf.set_font("DejaVu", "B", 6.5)
    pdf.set_xy(x + 1, y + 0.8)
    pdf.cell(w - 2, 3, label)
    pdf.set_font("DejaVu", "", fs)
    lines = pdf.multi_cell(w - 2.4, lh, text, dry_run=True, output="LINES") if text else []
    h = 4.2 + max(len(lines), 0) * lh + 1.2
    h = max(h, min_h)
    if text:
        pdf.set_xy(x + 1.2, y + 4.2)
        pdf.multi_cell(w - 2.4, lh, text)
    pdf.rect(x, y, w, h)
    return y + h + 1.6


def plan02():
    """Record-system print, A4 landscape, three columns; P., adult with psychosis and debts, Karlskoga."""
    pdf = RecordPDF(orientation="L", unit="mm", format="A4")
    pdf.sysname = "Lifecare SP  –  Samordnad individuell plan (SIP)  –  Region Örebro län / Karlskoga kommun"
    pdf.printed = "2025-03-14 10:42"
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.alias_nb_pages()
    pdf.set_creation_date(datetime.datetime(2025, 3, 14, 10, 42, tzinfo=datetime.timezone.utc))
    pdf.set_auto_page_break(False)
    pdf.set_margins(8, 12, 8)
    pdf.add_page()
    pdf.set_line_width(0.2)

    pdf.set_font("DejaVu", "B", 10)
    pdf.set_xy(8, 12)
    pdf.cell(200, 5, "SIP – Plan  (status: Fastställd)")
    pdf.set_font("DejaVu", "", 7)
    pdf.set_xy(150, 12)
    pdf.cell(139, 5, "Planens id: SP-2025-00871   Version 1", align="R")

    colw = 91.5
    gap = 3.75
    xs = [8, 8 + colw + gap, 8 + 2 * (colw + gap)]
    top = 19

    # left column: facts and participants
    y = top
    y = box(pdf, xs[0], y, colw, "Personnummer / Namn", "ÅÅMMDD-XXXX   P. (avidentifierad)")
    y = box(pdf, xs[0], y, colw, "Folkbokförd i kommun", "Karlskoga")
    y = box(pdf, xs[0], y, colw, "Mötesdatum / Plats",
            "2025-03-11 kl. 10.00–11.30\nVuxenpsykiatrin Karlskoga, konferensrum Plan 2")
    y = box(pdf, xs[0], y, colw, "Typ av möte", "SIP – första möte")
    y = box(pdf, xs[0], y, colw, "Samtycke",
            "Samtycke till samordnad individuell plan och informationsutbyte mellan nedanstående "
            "verksamheter lämnat muntligt av P. till kontaktpersonen 2025-03-11 före mötet. Gäller "
            "Vuxenpsykiatrin Karlskoga, Vårdcentralen Karlskoga och Socialtjänsten Karlskoga kommun.")
    y = box(pdf, xs[0], y, colw, "Deltagare",
            "P. (den enskilde), deltog hela mötet\n"
            "Anneli, sjuksköterska/kontaktperson, Vuxenpsykiatrin Karlskoga\n"
            "Mats, överläkare, Vuxenpsykiatrin Karlskoga\n"
            "Hanna, socialsekreterare, Vuxenenheten, Socialtjänsten Karlskoga kommun\n"
            "Robert, boendestödjare, Socialpsykiatrin Karlskoga kommun\n"
            "Elin, budget- och skuldrådgivare, Karlskoga kommun\n"
            "Fredrik, distriktsläkare, Vårdcentralen Karlskoga (deltog via Teams)")
    y = box(pdf, xs[0], y, colw, "Huvudansvarig för planen", "", min_h=9)
    y = box(pdf, xs[0], y, colw, "Dokumenterat av", "Anneli, sjuksköterska, Vuxenpsykiatrin Karlskoga")

    # middle column: purpose, questions, goals
    y = top
    y = box(pdf, xs[1], y, colw, "Bakgrund / Aktuell situation",
            "P. är 34 år och bor ensam i hyreslägenhet i Karlskoga. Diagnos schizofreni "
            "sedan 2019. Inneliggande vård på Psykiatriska kliniken Örebro 2025-01-08 – 2025-02-03 efter "
            "försämring med hörselhallucinationer och sömnlöshet, utskriven med ändrad medicinering "
            "(depåinjektion var fjärde vecka). P. har hyresskuld sedan hösten 2024 och flera obetalda "
            "räkningar, hyresvärden har skickat påminnelse om uppsägning. Ekonomiskt bistånd sedan "
            "december. Ingen sysselsättning sedan 2022. Har tidigare haft boendestöd, avslutat 2023 på "
            "egen begäran.")
    y = box(pdf, xs[1], y, colw, "Syfte med planen", "Samordning av insatser.")
    y = box(pdf, xs[1], y, colw, "Frågeställningar", "", min_h=14)
    y = box(pdf, xs[1], y, colw, "Den enskildes mål", "", min_h=14)
    y = box(pdf, xs[1], y, colw, "Gemensamma mål", "", min_h=10)
    y = box(pdf, xs[1], y, colw, "Hälsotillstånd / Funktion",
            "Stabilare sedan utskrivning enligt kontaktpersonen. Sover 5–6 timmar. Röker. Har inte "
            "gjort hälsokontroll på vårdcentralen på flera år.")

    # right column: measures and follow-up
    y = top
    pdf.set_font("DejaVu", "B", 6.5)
    pdf.set_xy(xs[2] + 1, y + 0.8)
    pdf.cell(colw - 2, 3, "Insatser / Åtgärder")
    y += 4.5
    cw = [47, 25, 19.5]
    pdf.set_font("DejaVu", "B", 6.5)
    pdf.set_xy(xs[2], y)
    for w, h in zip(cw, ("Åtgärd", "Ansvarig", "Klart / datum")):
        pdf.cell(w, 4.2, " " + h, border=1)
    y += 4.2
    pdf.set_font("DejaVu", "", 7)
    for a in ("Fortsatt kontakt", "Stöd kring ekonomin", "Boendestöd vid behov"):
        pdf.set_xy(xs[2], y)
        pdf.cell(cw[0], 5, " " + a, border=1)
        pdf.cell(cw[1], 5, "", border=1)
        pdf.cell(cw[2], 5, "", border=1)
        y += 5
    y += 1.6
    y = box(pdf, xs[2], y, colw, "Övriga aktörer (FK, AF, god man, närstående m.fl.)",
            "", min_h=12)
    y = box(pdf, xs[2], y, colw, "Uppföljning", "Uppföljning v. 20.")
    y = box(pdf, xs[2], y, colw, "Kallelse skickas till", "Samtliga deltagare enligt ovan.")
    y = box(pdf, xs[2], y, colw, "Plan delgiven den enskilde", "☒ Ja, muntligt vid mötet   ☐ Nej")

    pdf.set_font("DejaVu", "", 6)
    pdf.set_xy(8, 200)
    pdf.cell(281, 3, "Utskriften är en kopia ur Lifecare SP. Gällande version finns i systemet. "
             "Sekretess enligt OSL 25 kap. 1 § och 26 kap. 1 §.")
    pdf.output(path(2, "pdf"))


# ======================================================================= 03
def plan03():
    """Speech-to-text dictation, UTF-8 LF; Gunnar 84, home after hip fracture, Lindesberg."""
    paras = [
        "diktat SIP Gunnar åttiofyra år hemmaboende Lindesberg punkt mötet hölls hemma hos Gunnar den "
        "fjärde april tjugohundratjugofem klockan tio och vi var där ungefär en och en halv timme och med "
        "var Gunnar själv och hans dotter Annika och Marie som är distriktssköterska och Sofia "
        "arbetsterapeut och Jonas fysioterapeut och Lars från hemtjänsten och så jag Petra som är "
        "biståndshandläggare komma Gunnars fru dog för två år sedan och han bor ensam i villan sedan dess "
        "och har klarat sig bra med lite hjälp med städning men den tjugoförsta mars ramlade han i "
        "hallen och bröt höften och opererades på lasarettet och kom hem den andra april med rollator "
        "och nu behöver många hjälpa till samtidigt så syftet med mötet är att Gunnar ska kunna bo kvar "
        "hemma nu efter höftfrakturen och att vi som hjälper honom vet vem som gör vad så att det inte "
        "blir dubbelt eller att något faller mellan stolarna punkt ny rad",

        "Gunnar var med hela tiden och var tydlig med vad han vill komma han sa själv citat jag vill "
        "klara mig själv hemma och kunna gå ner till affären och köpa tidningen igen innan midsommar "
        "slut citat punkt han vill inte flytta till korttids och inte till något boende och han tycker "
        "att det är jobbigt med många olika personer som kommer hem till honom så han vill helst att det "
        "är samma personal från hemtjänsten så långt det går punkt han sa också att han inte vill ha "
        "hjälp med duschen av en man om det går att ordna. ny rad",

        "så det här kom vi överens om kolon hemtjänsten kommer två gånger per dag från och med den sjunde "
        "april klockan halv åtta på morgonen och klockan sju på kvällen och hjälper med på och "
        "avklädning och stödstrumpor och att duscha två gånger i veckan tisdag och fredag och det är "
        "Lars som är kontaktman punkt trygghetslarm ska ordnas av kommunen punkt Sofia arbetsterapeut "
        "kommer hem den åttonde april och provar ut toalettförhöjning och en duschpall och ser över "
        "mattorna i hallen som ska bort punkt Jonas fysioterapeut kommer hem två gånger i veckan med "
        "början den nionde april under sex veckor och tränar gång och balans och lämnar ett "
        "skriftligt träningsprogram punkt Marie distriktssköterska tar "
        "stygnen den elfte april och gör en läkemedelsgenomgång tillsammans med läkaren på vårdcentralen "
        "senast den trettionde april eftersom Gunnar har många tabletter och ibland blir yr på "
        "morgonen ny rad",

        "Annika bor i Örebro och hjälper till en del hon också komma hon kommer upp ibland på helgerna "
        "punkt vi pratade om matlådor men det vill Gunnar inte ha just nu punkt mer var det inte idag "
        "tror jag punkt slut på diktat",
    ]
    with open(path(3, "txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n\n".join(paras) + "\n")


# ======================================================================= 04
MD04 = """---
title: "SIP – Noah, 16 år"
date: 2025-04-09
participants:
  - Noah
  - Jenny
  - Emir
  - Linnea
  - Patrik
  - Sofie
huvudansvarig: "Emir, socialsekreterare, IFO Kumla kommun – barn och unga"
kommun: Kumla
version: 1
---

# SIP Noah

Möte 2025-04-09 kl. 09.00–10.30 på socialkontoret i Kumla. Anteckningar förda direkt i den delade filen
under mötet, stämda av efteråt av Emir.

## Bakgrund

Noah går första året på gymnasiet (El- och energiprogrammet) i Kumla. Sedan i höstas har han använt
cannabis regelbundet, enligt egen uppgift flera gånger i veckan, och har varit borta från skolan stora
delar av vårterminen. Skolan gjorde en orosanmälan i februari efter att Noah kommit påverkad till
skolan. Noah har haft tre samtal på Beroendecentrum Örebro, ungdomsteamet, i mars. Mamma Jenny har
ensam vårdnad. Skolan har satt in extra studiehandledning men Noah har inte kommit dit.

## Syfte

Syftet med SIP:en är att socialtjänsten, skolan och beroendevården gör en gemensam plan så att Noah
slutar använda cannabis, kommer tillbaka till skolan före sommaren och inte tappar hela årskursen, och
så att mamma vet vem hon ska vända sig till.

## Mål

- Målet är att Noah ska vara drogfri och ha lämnat negativa prover under minst åtta veckor till
  uppföljningen.
- Noah ska ha godkänt i minst fyra kurser i årskurs 1 till sommaren.

Noah var med på hela mötet tillsammans med mamma.

## Insatser

| Insats | Ansvarig | När |
|---|---|---|
| Behandlingssamtal (MI/CRA) en gång i veckan | Behandlare, Beroendecentrum Örebro, ungdomsteamet | Onsdagar från 2025-04-16 |
| Drogtester (urinprov) varannan vecka | Sjuksköterska, Beroendecentrum Örebro, ungdomsteamet | Från 2025-04-16 |
| Reviderad studieplan: fokus på fyra kurser, resten flyttas till åk 2 | Mentor och studie- och yrkesvägledare, gymnasieskolan i Kumla | Klar 2025-04-25 |
| Stödsamtal i skolan | Skolkurator, gymnasieskolan i Kumla | Torsdagar från 2025-04-17 |
| Utredning enligt SoL 11:1, ställningstagande till kontaktperson | Socialsekreterare, IFO Kumla barn och unga | Beslut senast 2025-05-09 |
| Närvarokontroll, sms till mamma vid frånvaro samma dag | Mentor, gymnasieskolan i Kumla | Från 2025-04-14 |

## Uppföljning

Nästa möte **2025-06-11 kl. 14.00**, socialkontoret i Kumla. Emir kallar.
"""


def plan04():
    with open(path(4, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(MD04)


# ======================================================================= 05
def plan05():
    """Reverse measures table (measures as columns); Linn 24, autism, LSS, Hallsberg."""
    doc = base_doc(font="Arial", size=10)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin = sec.bottom_margin = Cm(1.6)
    hp = sec.header.paragraphs[0]
    hp.text = "Hallsbergs kommun  |  Region Örebro län\tSamordnad individuell plan"
    for r in hp.runs:
        r.font.size = Pt(8)

    p = doc.add_paragraph()
    r = p.add_run("SAMORDNAD INDIVIDUELL PLAN – SIP")
    r.bold = True
    r.font.size = Pt(15)

    info = doc.add_table(rows=3, cols=4)
    info.style = "Table Grid"
    vals = [
        ("Namn", "Linn, 24 år", "Personnummer", "XXXXXX-XXXX"),
        ("Datum för möte", "2025-05-20", "Plats", "Kommunhuset Hallsberg, sammanträdesrum Sköllersta"),
        ("Deltagare", "Linn, Eva, Jonas, Fatima, Helena, Per, Mikael", "", ""),
    ]
    for i, row in enumerate(vals):
        for j, v in enumerate(row):
            cell_text(info.rows[i].cells[j], v, bold=(j % 2 == 0), size=9)
    m = info.rows[2].cells[1].merge(info.rows[2].cells[3])
    cell_text(m, "Linn, Eva, Jonas, Fatima, Helena, Per, Mikael", size=9)
    for c in (info.rows[0].cells[0], info.rows[0].cells[2], info.rows[1].cells[0],
              info.rows[1].cells[2], info.rows[2].cells[0]):
        set_cell_shading(c, "EDEDED")
    set_col_widths(info, [3.5, 9.0, 3.5, 10.0])

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Syfte: ").bold = True
    p.add_run("Gemensam planering.")
    p = doc.add_paragraph()
    p.add_run("Frågeställningar: ").bold = True
    p = doc.add_paragraph()
    p.add_run("Bakgrund: ").bold = True
    p.add_run(
        "Linn har autism och lindrig intellektuell funktionsnedsättning och bor sedan 2023 i egen lägenhet i "
        "en servicebostad enligt LSS i Hallsberg. Hon har daglig verksamhet men har under våren varit "
        "hemma allt oftare, blivit trött och arg efter dagarna och haft svårt att sova. Aktivitetsersättningen "
        "från Försäkringskassan löper ut 2025-08-31."
    )
    p = doc.add_paragraph()
    p.add_run("Linns egen syn och mål: ").bold = True
    p.add_run(
        "Linn var med på mötet tillsammans med sin mamma Eva och berättade själv, med stöd av bildkort, "
        "vad som är jobbigt: det är för många människor och för mycket ljud i lokalen på daglig "
        "verksamhet. Linn sa: ”Jag vill ha ett jobb där det är lugnt och där jag vet vad jag ska göra.” "
        "och ”Jag vill bo kvar i min lägenhet.” Hon vill inte ta fler mediciner om det inte behövs."
    )

    p = doc.add_paragraph()
    p.add_run("Insatser").bold = True
    t = doc.add_table(rows=5, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    heads = ["", "Insats 1", "Insats 2", "Insats 3", "Insats 4"]
    labels = ["Vad", "Vem", "När", "Hur följs upp"]
    cols = [
        ("Byte till en mindre grupp inom daglig verksamhet (förpackning/montering) med fast schema och "
         "egen arbetsplats.",
         "LSS-handläggare, Hallsbergs kommun (beslut); enhetschef daglig verksamhet, Hallsbergs kommun "
         "(verkställighet).",
         "Beslut senast 2025-06-13. Start 2025-08-18.",
         "Enhetschefen redovisar hur starten gått vid uppföljningen."),
        ("Kartläggning av sinnesintryck och tidshjälpmedel (bildschema, timer) i hemmet och på daglig "
         "verksamhet.",
         "Arbetsterapeut, Vuxenhabiliteringen, Region Örebro län.",
         "Hembesök 2025-06-03 och 2025-06-17.",
         "Arbetsterapeuten skickar skriftlig sammanfattning till personalen i servicebostaden."),
        ("Ansökan om fortsatt aktivitetsersättning till Försäkringskassan. God man skriver ansökan "
         "tillsammans med Linn och begär läkarintyg.",
         "God man. Läkarintyg: distriktsläkare, Vårdcentralen Hallsberg.",
         "Ansökan inskickad senast 2025-06-30.",
         "God man meddelar Försäkringskassans beslut till mamma och boendet."),
        ("Läkemedelsgenomgång med fokus på sömn (melatonin).",
         "Distriktsläkare, Vårdcentralen Hallsberg.",
         "",
         "Personal i servicebostaden för sömndagbok i två veckor före besöket."),
    ]
    for j, h in enumerate(heads):
        cell_text(t.rows[0].cells[j], h, bold=True, size=9)
        set_cell_shading(t.rows[0].cells[j], "D9E2F3")
    set_repeat_header(t.rows[0])
    for i, lab in enumerate(labels):
        cell_text(t.rows[i + 1].cells[0], lab, bold=True, size=9)
        set_cell_shading(t.rows[i + 1].cells[0], "EDEDED")
        for j, col in enumerate(cols):
            cell_text(t.rows[i + 1].cells[j + 1], col[i], size=9)
    set_col_widths(t, [2.8, 5.8, 5.8, 5.8, 5.8])

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Övrigt: ").bold = True
    p.add_run(
        "Mamma Eva följer med på arbetsterapeutens hembesök och hjälper Linn att fylla i sömndagboken "
        "på helgerna när Linn är hemma hos henne."
    )
    p = doc.add_paragraph()
    p.add_run("Uppföljning: ").bold = True
    p.add_run("I september, datum bestäms senare.")
    save_docx(doc, path(5, "docx"))


# ======================================================================= 06
def plan06_docx(tmpdir):
    """School health team plan, margin headings in narrow column, no borders; Elias 9, Askersund."""
    doc = base_doc(font="Liberation Serif", size=11.5)
    sec = doc.sections[0]
    sec.left_margin = Cm(2.0)
    sec.right_margin = Cm(2.0)
    hp = sec.header.paragraphs[0]
    hp.text = "Askersunds kommun – Barn- och utbildningsförvaltningen – Elevhälsan"
    hp.runs[0].font.size = Pt(9)
    hp.runs[0].italic = True
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Sekretess enligt OSL 23 kap. 2 §   –   sida ")
    r.font.size = Pt(8)
    add_page_field(fp, "PAGE")

    p = doc.add_paragraph()
    r = p.add_run("Samordnad individuell plan (SIP)")
    r.bold = True
    r.font.size = Pt(16)
    p = doc.add_paragraph()
    r = p.add_run("Elevhälsoteamet, Norra skolan F–6, Askersund")
    r.font.size = Pt(11)
    r.font.small_caps = True

    rows = [
        ("Elev", "Elias, 9 år, åk 3, Norra skolan Askersund. Personnummer ÅÅMMDD-XXXX."),
        ("Möte", "2025-01-28 kl. 14.30–16.00 i Norra skolans konferensrum. BUP deltog via Teams."),
        ("Deltagare",
         "Elias (de första tjugo minuterna)\n"
         "Sofia och Daniel, vårdnadshavare\n"
         "Maria, rektor, Norra skolan\n"
         "Anna, klasslärare åk 3, Norra skolan\n"
         "Jessica, skolsköterska, Elevhälsan Askersunds kommun\n"
         "Tobias, skolpsykolog, Elevhälsan Askersunds kommun\n"
         "Helén, specialpedagog, Elevhälsan Askersunds kommun\n"
         "Amir, psykolog, BUP Örebro (via Teams)\n"
         "Camilla, familjebehandlare, Familjestödet Askersunds kommun"),
        ("Bakgrund",
         "Elias har sedan förskoleklass haft svårt att sitta still och behålla uppmärksamheten på "
         "genomgångar. Sedan hösten i åk 3 har det blivit tydligt svårare. Han hamnar i konflikter "
         "nästan varje lunchrast, oftast i fotbollen, och har vid två tillfällen i december slagit en "
         "klasskamrat. Han har skickats hem från skolan två gånger under höstterminen. I klassrummet "
         "arbetar han bäst i korta pass och när Anna sitter nära. Läsningen går framåt, matematiken "
         "ligger efter kunskapskraven i åk 3.\n"
         "Hemma beskriver föräldrarna att Elias har svårt att komma till ro på kvällarna och ofta "
         "somnar efter kl. 22. Morgnarna blir stressiga och han kommer ibland för sent. Föräldrarna "
         "har två yngre barn och upplever att de inte räcker till.\n"
         "Skolpsykologen har gjort en första bedömning i november och efter samråd med föräldrarna "
         "skickades en remiss till BUP Örebro i december. BUP har tagit emot remissen och Elias står i "
         "kö för neuropsykiatrisk utredning. Väntetiden är i dag ungefär sex till åtta månader."),
        ("Nuvarande anpassningar",
         "Elias har en egen plats längst fram nära dörren, hörselkåpor vid eget arbete och får gå ut "
         "en kort stund med resursperson när han behöver. Dagens schema står på tavlan. Anpassningarna "
         "fungerar delvis på lektionerna men inte på rasterna, där vuxenstödet är litet."),
        ("Syfte",
         "Syftet med planen är att skolan, familjen, familjestödet och BUP arbetar på samma sätt med "
         "Elias under väntetiden på utredningen, så att han kan vara kvar i sin klass hela skoldagen "
         "och rasterna blir tryggare för honom och för klasskamraterna."),
        ("Frågeställningar", "Gå igenom läget inför vårterminen."),
        ("Elias egen syn",
         "Elias var med i början av mötet tillsammans med sina föräldrar och berättade själv. Han sa: "
         "”Det är rasterna som är jobbiga. Jag vill kunna spela fotboll utan att det blir bråk.” "
         "Han tycker att det är bra när Anna säger till i förväg om något ska ändras, och han vill "
         "inte sitta själv i ett annat rum. Han vill gärna ha en vuxen med på fotbollsplanen."),
        ("Samtycke", "Samtycke finns."),
        ("Insatser och ansvar",
         "1. Organiserad lunchrast: en vuxen leder fotbollen med tydliga lag och regler måndag–torsdag. "
         "Ansvar: fritidspedagog, Norra skolan. Från 2025-02-03.\n"
         "2. Förberedelse inför förändringar och bildstöd för dagens schema på Elias bänk. Ansvar: Anna, "
         "klasslärare. Från 2025-02-03.\n"
         "3. Pedagogisk kartläggning med fokus på matematik och arbetsuthållighet. Ansvar: Helén, "
         "specialpedagog, Elevhälsan. Klar 2025-03-14.\n"
         "4. Sömnsamtal med föräldrarna och Elias, råd om kvällsrutiner. Ansvar: Jessica, skolsköterska. "
         "2025-02-11.\n"
         "5. Föräldrastöd hemma, sex träffar med fokus på struktur och konflikthantering. Ansvar: Camilla, "
         "familjebehandlare, Familjestödet Askersunds kommun. Första träffen 2025-02-19.\n"
         "6. Neuropsykiatrisk utredning. Ansvar: Regionen. Beräknas hösten 2025.\n"
         "7. Konsultation till skolan om bemötande under väntetiden. Ansvar: Amir, psykolog, BUP "
         "Örebro. 2025-03-05 via Teams."),
        ("Ansvar för planen", "Elevhälsan håller ihop planen."),
        ("Uppföljning", ""),
        ("Underskrift", "Protokollförare: Tobias, skolpsykolog\nPlanen skickas hem till vårdnadshavarna "
                        "och till BUP Örebro efter mötet."),
    ]
    t = doc.add_table(rows=0, cols=2)
    remove_table_borders(t)
    for head, text in rows:
        cells = t.add_row().cells
        cell_text(cells[0], head, bold=True, size=10)
        cells[0].paragraphs[0].runs[0].font.color.rgb = RGBColor(0x2E, 0x54, 0x8C)
        cell_text(cells[1], text, size=11.5)
        for par in cells[1].paragraphs:
            par.paragraph_format.space_after = Pt(3)
        # spacing row feel
        cells[1].paragraphs[-1].paragraph_format.space_after = Pt(10)
    set_col_widths(t, [3.6, 13.4])
    # fixed layout so LibreOffice keeps the narrow margin column
    tblPr = t._tbl.tblPr
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tblPr.append(layout)
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), (3.6, 13.4)):
        gc.set(qn("w:w"), str(int(w * 567)))
    out = os.path.join(tmpdir, f"{PREFIX}-06.docx")
    save_docx(doc, out)
    return out


def plan06():
    tmpdir = tempfile.mkdtemp(prefix="f88a-")
    try:
        src = plan06_docx(tmpdir)
        subprocess.run(
            ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", "pdf",
             "--outdir", tmpdir, src],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180,
        )
        shutil.copyfile(os.path.join(tmpdir, f"{PREFIX}-06.pdf"), path(6, "pdf"))
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)


# ======================================================================= 07
def plan07():
    """Follow-up plan with three sub-labels per part; M. 41, after psychiatric inpatient care, Degerfors."""
    doc = base_doc(font="Calibri", size=11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Degerfors kommun / Region Örebro län – SIP uppföljning"
    hp.runs[0].font.size = Pt(9)

    p = doc.add_paragraph()
    r = p.add_run("Uppföljning av samordnad individuell plan")
    r.bold = True
    r.font.size = Pt(15)

    p = doc.add_paragraph()
    p.add_run("Gäller: ").bold = True
    p.add_run("M., 41 år, Degerfors   ·   Personnummer ÅÅMMDD-XXXX\n")
    p.add_run("Uppföljningsmöte: ").bold = True
    p.add_run("2025-05-15 kl. 09.30, Vuxenpsykiatrin Karlskoga (Degerfors via Teams)\n")
    p.add_run("Förra mötet: ").bold = True
    p.add_run("2025-03-20 (SIP inför utskrivning)")

    p = doc.add_paragraph()
    p.add_run("Närvarande").bold = True
    t = doc.add_table(rows=1, cols=3)
    t.style = "Light Grid Accent 1"
    for i, h in enumerate(("Namn", "Funktion", "Verksamhet")):
        cell_text(t.rows[0].cells[i], h, bold=True, size=10)
    for row in [
        ("Jonna", "Sjuksköterska, kontaktperson", "Vuxenpsykiatrin Karlskoga"),
        ("Ali", "Överläkare", "Vuxenpsykiatrin Karlskoga"),
        ("Camilla", "Socialsekreterare, vuxenenheten", "Socialtjänsten Degerfors kommun"),
        ("Stefan", "Boendestödjare", "Socialpsykiatrin Degerfors kommun"),
        ("Therese", "Arbetsterapeut", "Vuxenpsykiatrin Karlskoga"),
    ]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cell_text(cells[i], v, size=10)
    set_col_widths(t, [3.0, 6.0, 7.6])

    parts = [
        ("Syfte",
         "Samordning inför utskrivning.",
         "M. skrevs ut från avdelning 3, Psykiatriska kliniken Karlskoga, 2025-03-24.",
         "Uppföljning av SIP."),
        ("Frågeställningar",
         "Hur ska M. klara de första veckorna hemma efter utskrivningen?",
         "Boendestödet har flera gånger inte kommit in hos M. Kompletteringen till Försäkringskassan "
         "är inte gjord.",
         "Vi tar upp: Behöver boendestödet ändras eller utökas? Hur ska M. komma igång med någon "
         "sysselsättning under sommaren? Vem hjälper M. med kompletteringen till Försäkringskassan?"),
        ("Boende och vardag",
         "Boendestöd två gånger i veckan beslutades, start efter utskrivning.",
         "Boendestödet kom igång 2025-03-28, tisdagar och fredagar. M. har inte öppnat vid fyra av "
         "femton besök. När boendestödjaren har kommit in har de handlat och betalat räkningar.",
         "Boendestödet utökas till tre gånger i veckan (måndag, onsdag, fredag) från 2025-05-19. "
         "Boendestödjaren ringer M. dagen innan varje besök. Ansvar: Stefan, Socialpsykiatrin "
         "Degerfors kommun. Camilla fattar nytt beslut senast 2025-05-16."),
        ("Psykiatrisk vård och läkemedel",
         "Kontaktperson Jonna. Läkarbesök cirka fyra veckor efter utskrivning.",
         "Läkarbesök 2025-04-22, dosen sänktes på grund av trötthet. Jonna har haft telefonkontakt "
         "varannan vecka.",
         "Fortsatt kontakt. Ansvar: Regionen."),
        ("Sysselsättning och ekonomi",
         "M. är sjukskriven. Kontakt med Försäkringskassan ska tas.",
         "Försäkringskassan har begärt komplettering av läkarintyget. M. har inte kunnat ta hand om "
         "breven själv.",
         ""),
        ("Närstående och nätverk",
         "M:s syster bor i Karlskoga.",
         "—",
         ""),
        ("Huvudansvar",
         "Jonna, sjuksköterska/kontaktperson, Vuxenpsykiatrin Karlskoga.",
         "Oförändrat.",
         "Jonna, sjuksköterska/kontaktperson på Vuxenpsykiatrin Karlskoga, fortsätter som huvudansvarig "
         "och kallar till nästa möte."),
        ("Nästa uppföljning",
         "2025-05-15.",
         "Mötet hölls som planerat.",
         "2025-08-26 kl. 13.00, Vuxenpsykiatrin Karlskoga (Degerfors kan delta via Teams)."),
    ]
    for i, (head, prev, since, now) in enumerate(parts, start=1):
        h = doc.add_paragraph()
        h.paragraph_format.space_before = Pt(12)
        h.paragraph_format.keep_with_next = True
        r = h.add_run(f"{i}. {head}")
        r.bold = True
        r.font.size = Pt(12)
        r.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)
        for lab, txt in (("Vid förra mötet:", prev), ("Sedan dess:", since), ("Nu bestämmer vi:", now)):
            q = doc.add_paragraph()
            q.paragraph_format.left_indent = Cm(0.6)
            q.paragraph_format.space_after = Pt(2)
            rr = q.add_run(lab)
            rr.bold = True
            rr.italic = True
            if txt:
                q.add_run(" " + txt)
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Antecknat av: ").bold = True
    p.add_run("Jonna, sjuksköterska, Vuxenpsykiatrin Karlskoga, 2025-05-15")
    save_docx(doc, path(7, "docx"))


# ======================================================================= 08
class LetterPDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.set_xy(20, 8)
        self.cell(100, 4, "Lindesbergs kommun · Elevhälsans medicinska insats")
        self.cell(70, 4, f"Sida {self.page_no()} ({{nb}})", align="R")
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Elevhälsan Lindesbergs kommun · Telefon via kommunens växel · "
                  "Handlingen innehåller uppgifter som omfattas av sekretess", align="C")
        self.set_text_color(0, 0, 0)


def plan08():
    """Not a plan: referral to BUP from a school doctor, mentions that a SIP is planned."""
    pdf = LetterPDF(format="A4")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.alias_nb_pages()
    pdf.set_creation_date(datetime.datetime(2025, 2, 6, 9, 0, tzinfo=datetime.timezone.utc))
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()

    pdf.set_font("DejaVu", "B", 15)
    pdf.set_y(16)
    pdf.cell(0, 8, "Remiss till BUP", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    pdf.cell(0, 5, "Från skolläkare, Elevhälsan Lindesbergs kommun", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    fields = [
        ("Mottagare", "BUP Örebro, Region Örebro län (nybesök/bedömning)"),
        ("Remitterande", "Johanna, skolläkare, Elevhälsan Lindesbergs kommun"),
        ("Datum", "2025-02-06"),
        ("Patient", "Wilma, 12 år, åk 6, Lindbacka skola Lindesberg"),
        ("Personnummer", "ÅÅMMDD-XXXX"),
        ("Vårdnadshavare", "Mamma och pappa, gemensam vårdnad. Kontakt via skolsköterskan."),
        ("Prioritet", "☐ Akut   ☒ Skyndsam   ☐ Normal"),
        ("Samtycke till remiss", "Vårdnadshavarna och Wilma informerade och samtycker (muntligt 2025-02-05)."),
    ]
    for lab, val in fields:
        pdf.set_font("DejaVu", "B", 9)
        y = pdf.get_y()
        pdf.cell(45, 6, lab, border=1)
        pdf.set_font("DejaVu", "", 9)
        pdf.multi_cell(125, 6, val, border=1, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)

    sections = [
        ("Frågeställning",
         "Bedömning av nedstämdhet, sömnstörning och självskadebeteende. Behov av behandling? "
         "Differentialdiagnostiskt: depression, ångestsyndrom, ev. neuropsykiatrisk problematik?"),
        ("Anamnes",
         "Wilma har sedan i höstas blivit alltmer nedstämd enligt skolsköterskan och föräldrarna. Hon "
         "har dragit sig undan kamraterna, slutat med handbollen och har sedan november en frånvaro på "
         "cirka 40 %. Hon uppger svårigheter att somna, ligger vaken till kl. 01–02 och har svårt att "
         "vakna. I januari upptäckte skolsköterskan ytliga rispsår på underarmarna. Wilma berättar att "
         "hon skär sig när hon blir ”för full i huvudet”, senast för en vecka sedan. Hon förnekar "
         "aktuella suicidtankar men har haft tankar på att inte vilja leva under december. Ingen "
         "tidigare kontakt med BUP. Inga kända somatiska sjukdomar. Ärftlighet för depression på "
         "mödernet enligt mamma."),
        ("Status",
         "Undersökt på skolläkarmottagningen 2025-02-05. Längd och vikt följer kurvan. Blek, sänkt "
         "grundstämning, sparsam mimik, svarar kortfattat men adekvat. Läkta och några färska ytliga "
         "rispsår volart vänster underarm, inga tecken på infektion. PHQ-A 17 poäng."),
        ("Aktuella insatser",
         "Skolsköterskan har stödsamtal med Wilma varannan vecka sedan januari. Mentor har gjort vissa "
         "anpassningar av schemat. Socialtjänsten i Lindesberg har fått en orosanmälan från skolan "
         "2025-01-30 och har inlett en utredning."),
        ("Planerad samverkan",
         "Skolan och socialtjänsten planerar att kalla till en samordnad individuell plan (SIP) under "
         "mars, när BUP har gjort sin bedömning. Vi önskar att BUP deltar i SIP-mötet. Vårdnadshavarna "
         "är informerade och positiva till en SIP."),
        ("Önskemål",
         "Skyndsam bedömning med tanke på självskadebeteendet. Återkoppla gärna till undertecknad via "
         "Elevhälsans växel."),
    ]
    for head, text in sections:
        pdf.set_font("DejaVu", "B", 10)
        pdf.cell(0, 6, head, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 9.5)
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)

    pdf.ln(4)
    pdf.set_font("DejaVu", "", 9.5)
    pdf.cell(0, 5, "Lindesberg 2025-02-06", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.cell(0, 5, "Johanna", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "Skolläkare, Elevhälsan Lindesbergs kommun", new_x="LMARGIN", new_y="NEXT")
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
