#!/usr/bin/env python
"""Generate the f53b batch of fictional, anonymized SIP test documents.

Run with /work/batches/.venv/bin/python generate.py
Deterministic: fixed dates, no randomness; .docx zip members get a fixed
timestamp. PDFs from LibreOffice carry LibreOffice's own creation stamp.
"""
import datetime
import os
import shutil
import subprocess
import textwrap
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
PLANS = os.path.join(HERE, "plans")
BUILD = os.path.join(HERE, "build")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
LO_PROFILE = "file:///tmp/lo-f53b"
FIXED = datetime.datetime(2025, 3, 1, 12, 0, 0)


# ---------------------------------------------------------------- helpers
def out(name):
    return os.path.join(PLANS, name)


def normalize_zip(path):
    """Rewrite a .docx with fixed member timestamps so runs are byte-identical."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 3, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, data)
    os.replace(tmp, path)


def new_doc(author, title):
    doc = Document()
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    return doc


def save_doc(doc, name):
    p = out(name)
    doc.save(p)
    normalize_zip(p)


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def mark_header_row(row):
    trPr = row._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trPr.append(th)


def set_grid(table, widths):
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)


def table_with_header(doc, headers, rows, widths=None, fill="D9E2F3"):
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = t.rows[0]
    mark_header_row(hdr)
    for i, h in enumerate(headers):
        c = hdr.cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(h)
        r.bold = True
        shade(c, fill)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    if widths:
        set_grid(t, widths)
    return t


def add_page_number(paragraph):
    run = paragraph.add_run()
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = "PAGE"
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1)
    run._r.append(it)
    run._r.append(f2)


def lo_convert(src, outdir):
    subprocess.run(
        ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
         "--convert-to", "pdf", "--outdir", outdir, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


# ---------------------------------------------------------------- 01 PDF (fpdf2)
class RecordPDF(FPDF):
    SYSTEM = "Lifecare SP  |  Samordnad individuell plan"
    PRINTED = "Utskriftsdatum: 2025-02-18 09:42"

    def header(self):
        self.set_font("DejaVu", "", 8)
        self.set_text_color(70, 70, 70)
        self.cell(95, 5, self.SYSTEM, new_x=XPos.RIGHT, new_y=YPos.TOP)
        self.cell(60, 5, self.PRINTED, align="C", new_x=XPos.RIGHT, new_y=YPos.TOP)
        self.cell(0, 5, f"Sida {self.page_no()} ({{nb}})", align="R",
                  new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_draw_color(120, 120, 120)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(4)
        self.set_text_color(0, 0, 0)
        self.set_draw_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "Falu kommun / Region Dalarna  –  Utskrift ur verksamhetssystem, "
                  "kontrollera mot aktuell version i systemet", align="C")
        self.set_text_color(0, 0, 0)


def pdf_field(pdf, label, value, min_h=0):
    """A boxed field: grey label bar and a bordered value box."""
    w = pdf.w - pdf.l_margin - pdf.r_margin
    pdf.set_font("DejaVu", "B", 8.5)
    pdf.set_fill_color(225, 225, 225)
    pdf.cell(w, 5.5, label, border=1, fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("DejaVu", "", 8.5)
    y0 = pdf.get_y()
    if value:
        pdf.multi_cell(w, 4.3, value, border="LR", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    h = pdf.get_y() - y0
    if h < min_h:
        pdf.cell(w, min_h - h, "", border="LR", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(w, 1.2, "", border="LRB", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1.6)


def make_01():
    pdf = RecordPDF(format="A4")
    pdf.set_creation_date(datetime.datetime(2025, 2, 18, 9, 42, tzinfo=datetime.timezone.utc))
    pdf.set_creator("Lifecare SP utskrift")
    pdf.set_title("Samordnad individuell plan")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_margins(14, 12, 14)
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    w = pdf.w - pdf.l_margin - pdf.r_margin

    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 7, "Samordnad individuell plan (SIP)", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("DejaVu", "", 8.5)
    pdf.cell(0, 4.5, "Status: Fastställd   Planens version: 1   Upprättad av: Biståndshandläggare",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1.5)

    # identity block: 2 x 2 boxed cells
    pdf.set_fill_color(225, 225, 225)
    half = w / 2
    for (l1, v1), (l2, v2) in [
        (("Namn", "Gunnar"), ("Personnummer", "XXXXXX-XXXX")),
        (("Mötesdatum", "2025-02-11 kl. 13.30"), ("Mötesplats", "Ortopedavdelning 32, Falu lasarett")),
    ]:
        pdf.set_font("DejaVu", "B", 8.5)
        pdf.cell(30, 6, l1, border=1, fill=True)
        pdf.set_font("DejaVu", "", 8.5)
        pdf.cell(half - 30, 6, v1, border=1)
        pdf.set_font("DejaVu", "B", 8.5)
        pdf.cell(30, 6, l2, border=1, fill=True)
        pdf.set_font("DejaVu", "", 8.5)
        pdf.cell(half - 30, 6, v2, border=1, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)

    pdf_field(pdf, "Bakgrund",
              "Gunnar, 86 år, bor ensam i lägenhet (hiss finns) på Östanfors i Falun. Han föll i "
              "hemmet 2025-01-30 och opererades för höftfraktur vänster sida på Falu lasarett. Före "
              "fallet klarade han sig själv med hemtjänst för städning varannan vecka. Lätt "
              "minnessvikt enligt avdelningen, ej utredd. Bedöms utskrivningsklar 2025-02-14.")
    pdf_field(pdf, "Syfte med SIP",
              "Syftet är att planera Gunnars hemgång från ortopeden så att han kan bo kvar i sin "
              "lägenhet med rätt hjälp i hemmet, rehabilitering efter höftoperationen och en säker "
              "läkemedelshantering.")
    pdf_field(pdf, "Frågeställningar inför mötet", "", min_h=7)
    pdf_field(pdf, "Den enskildes mål",
              "Målet är att Gunnar ska kunna gå själv med rollator inomhus och klara sin "
              "morgontoalett med stöd av hemtjänsten.")
    pdf_field(pdf, "Den enskildes delaktighet och synpunkter",
              "Gunnar deltog i mötet på avdelningen. Han framförde att han inte vill ha besök före "
              "kl. 08.00 och att han hellre duschar på kvällen. Han tycker att trygghetslarm är "
              "onödigt men går med på att prova.")
    pdf_field(pdf, "Samtycke",
              "☒ Samtycke finns     ☐ Muntligt     ☐ Skriftligt     Datum: ÅÅÅÅ-MM-DD")

    # interventions table
    pdf.set_font("DejaVu", "B", 8.5)
    pdf.set_fill_color(225, 225, 225)
    pdf.cell(w, 5.5, "Insatser", border=1, fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("DejaVu", "", 8)
    rows = [
        ("Insats", "Ansvarig verksamhet / funktion", "Tidpunkt"),
        ("Hemtjänst morgon (ca 08.30) och kväll (ca 20.00): hjälp med på- och avklädning, "
         "dusch två kvällar/vecka", "Hemtjänst Falun Östra, gruppledare samordnar",
         "Från hemgång 2025-02-14"),
        ("Trygghetslarm installeras i bostaden", "Biståndshandläggare, Myndighet äldreomsorg "
         "Falu kommun", "2025-02-13"),
        ("Hembesök fysioterapeut: gångträning, utprovning av rollator och toalettförhöjning",
         "Fysioterapeut, Hemrehab Falu kommun", "Första besök 2025-02-17, sedan 2 ggr/v "
         "t.o.m. 2025-03-28"),
        ("Läkemedel i dosdispensering, läkemedelslista skickas till hemsjukvården",
         "Läkare, Ortopedavdelning 32 Falu lasarett", "Vid utskrivning 2025-02-14"),
        ("Tillsyn av operationssår och suturtagning", "Distriktssköterska, Hemsjukvården "
         "Falu kommun", "2025-02-20"),
        ("Läkemedelsgenomgång och bedömning av minnet", "Distriktsläkare, Hälsocentralen "
         "Britsarvet", "2025-03-05"),
    ]
    with pdf.table(col_widths=(88, 58, 36), text_align="LEFT", line_height=4.0,
                   headings_style=FontFace(emphasis="BOLD", fill_color=(235, 235, 235)),
                   first_row_as_headings=True) as table:
        for r in rows:
            row = table.row()
            for v in r:
                row.cell(v)
    pdf.ln(2.5)

    pdf_field(pdf, "Övriga aktörers insatser (t.ex. Försäkringskassan, god man, närstående)", "",
              min_h=6)
    pdf_field(pdf, "Huvudansvarig för planen", "Falu kommun")
    pdf_field(pdf, "Uppföljning", "Datum för uppföljning:\nAnsvarig för kallelse:")
    pdf_field(pdf, "Deltagare", "Se underskriftssidan (sida 2).")

    # ---- page 2: signatures
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 8, "Underskrifter", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("DejaVu", "", 8.5)
    pdf.multi_cell(0, 4.5, "Med min underskrift intygar jag att jag deltagit i SIP-mötet "
                   "2025-02-11 och tar ansvar för de insatser som min verksamhet har åtagit sig "
                   "enligt planen.", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    signers = [
        ("Gunnar", "Den enskilde", "–"),
        ("Maria", "Sjuksköterska", "Ortopedavdelning 32, Falu lasarett"),
        ("Johan", "Läkare", "Ortopedavdelning 32, Falu lasarett"),
        ("Karin", "Biståndshandläggare", "Myndighet äldreomsorg, Falu kommun"),
        ("Sanna", "Fysioterapeut", "Hemrehab, Falu kommun"),
        ("Eva", "Distriktssköterska", "Hemsjukvården, Falu kommun"),
        ("Peter", "Gruppledare", "Hemtjänst Falun Östra, Falu kommun"),
    ]
    for name, func, unit in signers:
        y = pdf.get_y()
        pdf.rect(pdf.l_margin, y, w, 27)
        pdf.set_xy(pdf.l_margin + 2, y + 2)
        pdf.set_font("DejaVu", "B", 8)
        pdf.cell(35, 5, "Namnförtydligande:")
        pdf.set_font("DejaVu", "", 9)
        pdf.cell(52, 5, name)
        pdf.set_font("DejaVu", "B", 8)
        pdf.cell(18, 5, "Funktion:")
        pdf.set_font("DejaVu", "", 9)
        pdf.cell(0, 5, func, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_x(pdf.l_margin + 2)
        pdf.set_font("DejaVu", "B", 8)
        pdf.cell(35, 6, "Verksamhet:")
        pdf.set_font("DejaVu", "", 9)
        pdf.cell(0, 6, unit, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_xy(pdf.l_margin + 2, y + 19)
        pdf.set_font("DejaVu", "B", 8)
        pdf.cell(30, 5, "Underskrift:")
        pdf.line(pdf.l_margin + 32, y + 23, pdf.l_margin + 120, y + 23)
        pdf.cell(95, 5, "")
        pdf.cell(14, 5, "Datum:")
        pdf.line(pdf.l_margin + 142, y + 23, pdf.l_margin + w - 4, y + 23)
        pdf.set_xy(pdf.l_margin, y + 29)
    pdf.set_font("DejaVu", "", 8.5)
    pdf.cell(0, 5, "Ort: Falun", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.output(out("f53b-01.pdf"))


# ---------------------------------------------------------------- 02 DOCX pregnant woman
def make_02():
    doc = new_doc("Vuxengruppen IFO", "SIP Sara")
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Värnamo kommun  •  Region Jönköpings län\tSamordnad individuell plan\t"
    add_page_number(hp)
    fp = sec.footer.paragraphs[0]
    fp.text = "Sekretess enligt OSL 26 kap. och 25 kap. – förvaras i akt"
    fp.runs[0].font.size = Pt(8)

    t = doc.add_paragraph()
    r = t.add_run("Samordnad individuell plan (SIP)")
    r.bold = True
    r.font.size = Pt(18)
    doc.add_paragraph("Namn: Sara\nPersonnummer: ÅÅMMDD-XXXX\nMötesdatum: 2025-01-22, "
                      "Barnmorskemottagningen Värnamo\nBeräknad förlossning: 2025-05-20")

    doc.add_heading("Bakgrund", level=1)
    doc.add_paragraph(
        "Sara är 26 år och väntar sitt första barn, graviditetsvecka 22 vid mötet. Hon har ett "
        "beroende av amfetamin och alkohol sedan tonåren. Hon har varit inskriven på "
        "Beroendemottagningen Värnamo sedan november och har enligt egen uppgift och provsvar "
        "varit drogfri sedan hon fick veta att hon var gravid, med ett återfall i amfetamin i "
        "december. Barnmorskemottagningen gjorde en orosanmälan i december och Barn och familj "
        "har inlett en utredning enligt 11 kap. 1 § SoL. Sara bor i egen lägenhet i Värnamo och "
        "har försörjningsstöd.")

    doc.add_heading("Syfte med planen", level=1)
    doc.add_paragraph(
        "Syftet är att Sara ska få ett samordnat stöd från mödrahälsovården, beroendevården och "
        "socialtjänsten under resten av graviditeten så att hon kan hålla sig drogfri, och att "
        "det redan nu finns en plan för stödet till Sara och barnet när barnet är fött.")

    doc.add_heading("Frågeställningar", level=1)
    doc.add_paragraph("Gå igenom läget inför förlossningen.")

    doc.add_heading("Mål", level=1)
    doc.add_paragraph(
        "Målet är att Sara ska vara drogfri under resten av graviditeten och efter förlossningen, "
        "och att barnet ska få en trygg start.")

    doc.add_heading("Saras delaktighet", level=1)
    doc.add_paragraph("Sara deltog på mötet.")

    doc.add_heading("Samtycke", level=1)
    doc.add_paragraph(
        "Sara har lämnat skriftligt samtycke till att Barnmorskemottagningen, "
        "Beroendemottagningen och socialtjänsten (Vuxengruppen och Barn och familj) får utbyta "
        "information. Blanketten ”Samtycke SIP” undertecknades vid mötet 2025-01-22 och finns i "
        "socialtjänstens akt.")

    doc.add_heading("Insatser före förlossningen", level=1)
    table_with_header(doc, ["Insats", "Ansvarig", "När"], [
        ("Besök hos barnmorska med extra samtal om mående och droger (AUDIT/DUDIT följs upp)",
         "Barnmorska, Barnmorskemottagningen Värnamo", "Varannan vecka, nästa 2025-02-05"),
        ("Övervakade urinprov för drogscreening", "Sjuksköterska, Beroendemottagningen Värnamo",
         "Måndagar och torsdagar fr.o.m. 2025-01-27"),
        ("Återfallsprevention (ÅP), enskilda samtal", "Kurator, Beroendemottagningen Värnamo",
         "Varje onsdag fr.o.m. 2025-01-29"),
        ("Stödsamtal, hjälp med ekonomi och inköp av barnutrustning",
         "Socialsekreterare, Vuxengruppen IFO Värnamo kommun",
         "Varannan vecka fr.o.m. 2025-02-03"),
        ("Utredning av barnets behov av stöd och skydd, planering inför födseln",
         "Socialsekreterare, Barn och familj IFO Värnamo kommun", "Klar senast 2025-04-30"),
        ("Samtal om förlossningen och risk för abstinens hos barnet",
         "Läkare, Specialistmödravården Värnamo sjukhus", "2025-03-12"),
    ], widths=[7.5, 5.5, 4])

    doc.add_paragraph()
    doc.add_heading("Insatser efter förlossningen", level=1)
    table_with_header(doc, ["Insats", "Ansvarig", "När"], [
        ("Observation av barnet på BB, minst fem dygn, bedömning av abstinenssymtom",
         "Barnläkare, BB/Neonatalavdelningen Värnamo sjukhus", "Direkt efter förlossningen"),
        ("Utökade hembesök av BVC-sjuksköterska", "BVC-sjuksköterska, Barnavårdscentralen "
         "Värnamo", "Första veckan efter hemkomst, sedan varannan vecka tills barnet är 6 mån"),
        ("Föräldraskapsstöd i hemmet", "Familjebehandlare, Barn och familj IFO Värnamo kommun",
         "Start inom två veckor efter hemkomst, 2 ggr/vecka"),
        ("Fortsatta ÅP-samtal och urinprov", "Kurator och sjuksköterska, "
         "Beroendemottagningen Värnamo", "En gång/vecka fr.o.m. första veckan efter hemkomst"),
        ("Eftervårdsbesök", "Barnmorska, Barnmorskemottagningen Värnamo",
         "8–12 veckor efter förlossningen"),
    ], widths=[7.5, 5.5, 4])

    doc.add_paragraph()
    doc.add_heading("Uppföljning", level=1)
    doc.add_paragraph("Ny SIP efter förlossningen när Sara och barnet har kommit hem från BB.")

    doc.add_heading("Deltagare", level=1)
    doc.add_paragraph("Sara, barnmorska, två socialsekreterare, kurator, sjuksköterska.")
    save_doc(doc, "f53b-02.docx")


# ---------------------------------------------------------------- 03 TXT cp1252 CRLF
def make_03():
    E = "<ej ifyllt>"

    def wrap(s):
        return textwrap.wrap(s, 76)

    L = []
    L += ["SAMORDNAD INDIVIDUELL PLAN (SIP) - EXPORT",
          "Exporterad 2024-11-08 14:12 från Lifecare SP",
          "Region Dalarna / Borlänge kommun",
          "=" * 76, ""]
    L += ["[PERSONUPPGIFTER]", "Namn: O.", "Personnummer: XXXXXX-XXXX",
          "Telefon: 070-XXX XX XX", ""]
    L += ["[MÖTE]", "Datum: 2024-11-06", "Tid: 09.00-10.00",
          "Plats: Beroendemottagningen Borlänge, grupprum 2", ""]
    L += ["[DELTAGARE]", "Jonas", "Maria", "Peter", "Linnea", ""]
    L += ["[BAKGRUND]"] + wrap(
        "O. är 20 år och bor i Borlänge. Han har använt cannabis dagligen sedan han var 16 år och "
        "har under hösten också använt tramadol som han köpt via nätet. ADHD-diagnos sedan "
        "högstadiet, medicinering avslutad 2023. Inskriven på Beroendemottagningen sedan "
        "augusti, har missat flera bokade besök. Ärende hos socialtjänsten, Vuxenenheten, "
        "sedan september. Han har avbrutit gymnasiet och har ingen sysselsättning.") + [""]
    L += ["[SYFTE]", "Samordning.", ""]
    L += ["[FRÅGESTÄLLNINGAR]", E, ""]
    L += ["[DEN ENSKILDES MÅL]", E, ""]
    L += ["[DEN ENSKILDES SYN OCH DELAKTIGHET]", E, ""]
    L += ["[SAMTYCKE]", "Samtycke finns.", ""]
    L += ["[INSATSER]",
          "Insats 1:  Fortsatt kontakt.",
          "           Ansvarig: " + E,
          "           Tidpunkt: " + E,
          "Insats 2:  Stöd vid behov.",
          "           Ansvarig: " + E,
          "           Tidpunkt: " + E,
          "Insats 3:  Fortsatt samverkan mellan parterna.",
          "           Ansvarig: " + E,
          "           Tidpunkt: " + E,
          "Insats 4:  " + E,
          "           Ansvarig: " + E,
          "           Tidpunkt: " + E, ""]
    L += ["[HUVUDANSVARIG FÖR PLANEN]", E, ""]
    L += ["[ANDRA AKTÖRERS INSATSER]", E, ""]
    L += ["[UPPFÖLJNING]", "Datum: " + E, "Ansvarig för kallelse: " + E, ""]
    L += ["[ÖVRIGT]"] + wrap("Planen skickas ut till deltagarna efter mötet. Beroendemottagningen "
                             "och socialtjänsten har olika journalsystem, planen sparas i båda.") + [""]
    L += ["-" * 76, "Slut på export. Sida 1 av 1."]
    data = ("\r\n".join(L) + "\r\n").encode("cp1252")
    with open(out("f53b-03.txt"), "wb") as f:
        f.write(data)


# ---------------------------------------------------------------- 04 MD follow-up minutes
def make_04():
    rows = [
        ("1. Närvarande",
         "Ella (första halvtimmen), mamma, Lisa, Hanna, Amir, Jenny. Pappa kunde inte komma.",
         "–", "–", "–"),
        ("2. Syfte", "Se tidigare plan från 2024-09-17.", "Oförändrat.", "–", "–"),
        ("3. Samtycke",
         "Ella och mamma gav muntligt samtycke på mötet till att skolan, BUP och socialtjänsten "
         "delar information med varandra. Pappa (gemensam vårdnad) gav muntligt samtycke per "
         "telefon till kurator 2025-02-03.",
         "Samtycket gäller till nästa uppföljning.", "Kurator", "2025-02-04"),
        ("4. Läget sedan förra mötet",
         "Närvaron har ökat från ca 20 % i november till 45 %. Ella kommer tre morgnar i veckan "
         "och sitter i lilla studierummet. Lektioner i helklass har inte fungerat. Hon sover "
         "bättre sedan BUP justerade medicinen i december.", "–", "–", "–"),
        ("5. Ellas synpunkter",
         "Ella berättade själv att studierummet fungerar bra och att hon vill ha samma vuxen "
         "varje morgon. Hon vill inte att klasskamraterna får veta varför hon inte är med på "
         "lektionerna.",
         "Klassen informeras inte. Samma resursperson tar emot Ella på morgnarna.",
         "Mentor", "2025-02-10"),
        ("6. Frågeställningar",
         "Hur ska Ella kunna börja vara med på fler lektioner i helklass efter sportlovet? "
         "Behöver Ella fortsatt medicinering eller ska BUP göra en ny bedömning?",
         "Se punkt 8–10.", "–", "–"),
        ("7. Mål",
         "Målet är att Ella ska öka sin närvaro till minst 60 % och delta i svenska och engelska "
         "i helklass före vårterminens slut.", "Målet kvarstår.", "–", "–"),
        ("8. Skolan",
         "Studierummet fortsätter. Mentor följer med Ella in på de första 20 minuterna av "
         "engelskan i helklass.",
         "Mentor följer med till engelskan tisdagar och torsdagar.",
         "Mentor, Östergårdsskolan", "Från 2025-02-25"),
        ("9. Elevhälsan", "Samtal om oro och skolsituationen.", "Samtal varannan onsdag.",
         "Kurator", "Från 2025-02-12"),
        ("10. BUP",
         "KBT med exponering pågår, 8 av 14 tillfällen genomförda. Läkaren vill träffa Ella "
         "innan beslut om fortsatt medicinering.",
         "KBT fortsätter varje tisdag. Läkarbesök bokat.",
         "BUP Halmstad, psykolog resp. läkare", "KBT v. 8–15, läkarbesök 2025-03-11"),
        ("11. Socialtjänsten",
         "Öppen familjebehandling med samtal om morgonsituationen hemma. Föräldrarna är "
         "viktiga i arbetet med morgnarna.",
         "Fortsätter.", "Familjebehandlare, IFO Halmstad", "–"),
        ("12. Huvudansvar", "Kurator har fortsatt huvudansvar för planen.",
         "Kurator kallar till nästa möte.", "Kurator", "–"),
        ("13. Nästa uppföljning", "–",
         "Uppföljande SIP 2025-04-08 kl. 13.00 i elevhälsans konferensrum.", "Kurator",
         "2025-04-08"),
    ]
    md = []
    md.append("# Uppföljning av SIP – minnesanteckningar")
    md.append("")
    md.append("**Gäller:** Ella, 14 år, åk 8, Östergårdsskolan  ")
    md.append("**Personnummer:** ÅÅMMDD-XXXX  ")
    md.append("**Datum:** 2025-02-04 kl. 13.00–14.30  ")
    md.append("**Plats:** Elevhälsan, Östergårdsskolan, Halmstad  ")
    md.append("**Tidigare plan:** 2024-09-17")
    md.append("")
    md.append("| Punkt | Diskussion | Beslut | Ansvarig | Klart |")
    md.append("|---|---|---|---|---|")
    for r in rows:
        md.append("| " + " | ".join(c.replace("|", "/") for c in r) + " |")
    md.append("")
    md.append("*Antecknat av elevhälsan. Minnesanteckningarna skickas till vårdnadshavare och "
              "deltagande verksamheter.*")
    md.append("")
    with open(out("f53b-04.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(md))


# ---------------------------------------------------------------- 05 DOCX sick leave, depression
def bold_label(doc, text):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    p.paragraph_format.space_after = Pt(2)
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(12)
    return p


def make_05():
    doc = new_doc("Rehabkoordinator VC", "SIP Mikael")
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Region Halland  |  Varbergs kommun"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(9)
    hp.runs[0].font.color.rgb = RGBColor(0x44, 0x44, 0x44)
    fp = sec.footer.paragraphs[0]
    fp.text = "SIP – samordnad individuell plan  •  Sida "
    add_page_number(fp)
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    p = doc.add_paragraph()
    r = p.add_run("Min SIP – samordnad individuell plan")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)

    bold_label(doc, "Vem gäller planen?")
    doc.add_paragraph("Mikael, 51 år, Varberg. Personnummer: XXXXXX-XXXX")
    bold_label(doc, "När och var träffades vi?")
    doc.add_paragraph("2025-02-25 kl. 10.00–11.30, Vårdcentralen Håsten, Varberg.")
    bold_label(doc, "Vad är syftet?")
    doc.add_paragraph("Se kallelsen.")
    bold_label(doc, "Hur ser det ut just nu?")
    doc.add_paragraph(
        "Mikael har varit sjukskriven på heltid sedan 2024-08-12 för depression. Han har arbetat "
        "som truckförare på ett lager i Varberg i 15 år. Han tar antidepressiv medicin sedan "
        "september och går på samtal hos psykolog på psykiatrin sedan december. Han sover "
        "dåligt, har svårt att komma iväg hemifrån och har fått obetalda räkningar. Dag 180 i "
        "rehabiliteringskedjan har passerats.")
    bold_label(doc, "Vad vill Mikael?")
    doc.add_paragraph(
        "”Jag vill orka jobba halvtid igen före sommaren och kunna sova en hel natt”, säger "
        "Mikael.")
    doc.add_paragraph(
        "Mikael var med på mötet. Han vill helst börja med morgonpass eftersom han är tröttast "
        "på eftermiddagarna, och han vill inte byta arbetsplats.")
    bold_label(doc, "Vem gör vad?")
    table_with_header(doc, ["Vem", "Vad", "När"], [
        ("Läkare, Vårdcentralen Håsten",
         "Sjukskrivning och läkemedelsuppföljning. Nytt läkarintyg till FK med plan för "
         "upptrappning.", "Läkarbesök 2025-03-10"),
        ("Psykolog, Psykiatrisk öppenvård Varberg",
         "KBT-samtal för depression och sömn, 10 tillfällen.", "Ej bestämt"),
        ("Rehabkoordinator, Vårdcentralen Håsten",
         "Håller kontakt med arbetsgivaren och FK och stämmer av hur arbetsträningen går.",
         "Varannan vecka fr.o.m. 2025-03-03"),
        ("Boendestödjare, Socialpsykiatrin Varbergs kommun",
         "Boendestöd en gång i veckan: struktur i vardagen, promenader, hjälp med post och "
         "räkningar.", "Tisdagar fr.o.m. 2025-03-04"),
        ("Handläggare, Försäkringskassan",
         "Utreder rätten till sjukpenning efter dag 180 och beslutar om partiell sjukpenning "
         "under arbetsträningen.", "Beslut senast 2025-03-21"),
        ("Närmaste chef, arbetsgivaren",
         "Tar fram en plan för återgång i arbete: arbetsträning 25 % på morgonpass i "
         "godsmottagningen, utan truckkörning de första fyra veckorna.",
         "Plan klar 2025-03-14, start 2025-04-01"),
        ("Mikael",
         "Promenerar 30 minuter varje dag och fyller i sömndagbok som han tar med till "
         "psykologen.", "Dagligen fr.o.m. 2025-02-26"),
    ], widths=[4.8, 8.2, 4])
    bold_label(doc, "Vem håller i planen?")
    doc.add_paragraph("Sofia, rehabkoordinator på Vårdcentralen Håsten, har huvudansvaret för "
                      "planen och kallar till uppföljning.")
    bold_label(doc, "När ses vi igen?")
    doc.add_paragraph("I maj, när arbetsträningen har pågått en tid. Sofia skickar kallelse.")
    bold_label(doc, "Vilka var med?")
    for line in ["Mikael",
                 "Sofia, rehabkoordinator, Vårdcentralen Håsten",
                 "Erik, läkare, Vårdcentralen Håsten",
                 "Nadia, psykolog, Psykiatrisk öppenvård Varberg",
                 "Jonas, boendestödjare, Socialpsykiatrin Varbergs kommun",
                 "Helena, handläggare, Försäkringskassan",
                 "Stefan, närmaste chef, arbetsgivaren (lagerföretaget)"]:
        doc.add_paragraph(line, style="List Bullet")
    save_doc(doc, "f53b-05.docx")


# ---------------------------------------------------------------- 06 HTML -> PDF, children's plan
HTML_06 = """<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Din plan, Elias</title>
<style>
body { font-family: 'DejaVu Sans', sans-serif; font-size: 14pt; }
h1 { font-family: 'DejaVu Sans', sans-serif; font-size: 30pt; color: #1a5e8a; margin-bottom: 4pt; }
h2 { font-family: 'DejaVu Sans', sans-serif; font-size: 22pt; color: #1a5e8a; margin-top: 18pt; margin-bottom: 4pt; }
.bild { border: 2px dashed #888888; padding: 10pt; color: #555555; font-style: italic;
        text-align: center; width: 60%; }
p { margin-top: 4pt; }
li { margin-bottom: 6pt; }
.liten { font-size: 9pt; color: #555555; }
</style>
</head>
<body>
<h1>Din plan, Elias</h1>
<p class="bild">[bild: Elias ritning av sitt hus]</p>
<p>Du är 9 år och går i klass 3 på Noretskolan i Mora.</p>

<h2>Varför har vi en plan?</h2>
<p>Den här planen finns för att alla vuxna runt dig – i skolan, hemma, på korttids och på
habiliteringen – ska hjälpa dig på samma sätt, så att dina dagar i skolan blir lugnare och du
orkar vara med på rasterna.</p>

<h2>Vad ska vi prata om?</h2>
<p>Hur det går för dig.</p>

<h2>Det här vill du</h2>
<p class="bild">[bild: två barn som gungar]</p>
<p>”Jag vill ha en kompis att vara med på rasten. Och jag vill slippa matsalen när det låter
mycket”, sa du.</p>

<h2>Du var med</h2>
<p class="bild">[bild: bord med stolar och papper och pennor]</p>
<p>Du var med på mötet 2025-03-12 en stund tillsammans med mamma och pappa. Du ritade medan vi
pratade. Du sa att det är jobbigt när det är mycket ljud och att du tycker om att vara på
korttids, för där finns legobordet.</p>

<h2>Får vi prata med varandra om dig?</h2>
<p>– Ja, sa du, mamma och pappa på mötet 2025-03-12. Mamma och pappa skrev också under
samtyckesblanketten samma dag.</p>

<h2>Det här ska hända</h2>
<p class="bild">[bild: skola]</p>
<ul>
<li>Maja, som är resurs på Noretskolan, är med dig på rasterna varje dag och hjälper dig att
hitta en lek. Det börjar måndag 2025-03-17.</li>
<li>Du får äta lunch i det lilla rummet bredvid matsalen tillsammans med en kompis. Skolan
ordnar det.</li>
<li>Arbetsterapeuten på Habiliteringen Mora gör ett bildschema till dig för morgonen och
skoldagen. Det ska vara klart 2025-04-01.</li>
<li>Du får sova på korttids på Tallbacken en helg i månaden. LSS-handläggaren på Mora kommun
ordnar det.</li>
<li>Läkaren på BUP Mora träffar dig, mamma och pappa om din ADHD-medicin 2025-04-09.</li>
</ul>
<p class="bild">[bild: mamma, pappa och barn vid köksbordet]</p>
<ul>
<li>Mamma och pappa använder bildschemat hemma varje morgon och skriver i kontaktboken till Maja
varje fredag hur veckan har varit.</li>
<li>Du visar ditt pauskort för Maja när du behöver en paus.</li>
</ul>

<h2>Vem håller ihop planen?</h2>
<p>Habiliteringen håller ihop din plan.</p>

<h2>Vilka var med?</h2>
<p>Du, mamma, pappa, Maja, Anders, Lena och Sofie.</p>

<p class="liten">Mora kommun och Region Dalarna – SIP med bildstöd. Upprättad 2025-03-12.</p>
</body>
</html>
"""


def make_06():
    os.makedirs(BUILD, exist_ok=True)
    src = os.path.join(BUILD, "f53b-06.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(HTML_06)
    lo_convert(src, PLANS)


# ---------------------------------------------------------------- 07 DOCX strikethrough revision
def cell_runs(cell, text, strike=False, new=False):
    cell.text = ""
    p = cell.paragraphs[0]
    if new:
        r = p.add_run("NYTT: ")
        r.bold = True
    r = p.add_run(text)
    if strike:
        r.font.strike = True
        r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)


def make_07():
    doc = new_doc("Socialpsykiatrin", "SIP Daniel reviderad")
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Jönköpings kommun – Region Jönköpings län   |   SIP, reviderad 2025-02-20"
    hp.runs[0].font.size = Pt(9)

    p = doc.add_paragraph()
    r = p.add_run("Samordnad individuell plan – revidering")
    r.bold = True
    r.font.size = Pt(16)
    p = doc.add_paragraph()
    r = p.add_run("Ändringar från mötet 2025-02-20 är införda. Borttagna insatser är "
                  "överstrukna, tillagda insatser är markerade med NYTT:.")
    r.italic = True
    r.font.size = Pt(9)

    doc.add_paragraph("Namn: Daniel\nPersonnummer: XXXXXX-XXXX\nPlanen upprättad: 2024-10-15\n"
                      "Reviderad: 2025-02-20, Psykiatriska öppenvårdsmottagningen Jönköping\n"
                      "Daniel deltog på mötet 2025-02-20.")

    doc.add_heading("Bakgrund", level=2)
    doc.add_paragraph(
        "Daniel är 34 år och har schizofreni. Han bor i egen lägenhet på Öxnehaga och får "
        "depåinjektion på psykiatriska öppenvården. Han har skulder på omkring 180 000 kr hos "
        "Kronofogden, bland annat obetalda hyror och sms-lån. Under hösten har han haft svårt att "
        "ta sig ut och har missat flera besök. Kuratorn på psykiatrin som hjälpt honom med "
        "ekonomin slutar i mars.")

    doc.add_heading("Frågor till mötet", level=2)
    doc.add_paragraph("Ska boendestödet utökas från en till två dagar i veckan?", style="List Bullet")
    doc.add_paragraph("Vem ska hjälpa Daniel med skulderna när kuratorn på psykiatrin slutar?",
                      style="List Bullet")

    doc.add_heading("Insatser", level=2)
    rows = [
        (("Depåinjektion var fjärde vecka samt läkarbesök",
          "Sjuksköterska och läkare, Psykiatriska öppenvårdsmottagningen Jönköping",
          "Nästa injektion 2025-03-04, läkarbesök 2025-03-18"), False, False),
        (("Boendestöd en dag i veckan", "Boendestödet, Socialpsykiatrin", "Tisdagar"),
         True, False),
        (("Boendestöd två dagar i veckan (tisdag och fredag): städning, inköp, följa med till "
          "psykiatrin", "Boendestödjare, Socialpsykiatrin Jönköpings kommun",
          "Fr.o.m. 2025-03-04"), False, True),
        (("Samtal med kurator om ekonomi", "Kurator, psykiatrin", "Varannan vecka"),
         True, False),
        (("God man ansöker om skuldsanering hos Kronofogden", "God man", "2025-01-31"),
         True, False),
        (("Genomgång av skulderna och hjälp att ansöka om skuldsanering",
          "Budget- och skuldrådgivare, Jönköpings kommun", ""), False, True),
        (("Sysselsättning på Träffpunkten två förmiddagar i veckan",
          "Sysselsättning, Socialpsykiatrin Jönköpings kommun", "Start 2025-03-10"),
         False, False),
    ]
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    mark_header_row(t.rows[0])
    for i, h in enumerate(["Insats", "Ansvarig", "När"]):
        c = t.rows[0].cells[i]
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
        shade(c, "E2EFDA")
    for (a, b, c), strike, new in rows:
        cells = t.add_row().cells
        cell_runs(cells[0], a, strike=strike, new=new)
        cell_runs(cells[1], b, strike=strike)
        cell_runs(cells[2], c, strike=strike)
    set_grid(t, [7.5, 5.5, 4])

    doc.add_heading("Huvudansvar", level=2)
    doc.add_paragraph("Kristina, socialsekreterare, Socialpsykiatrin Jönköpings kommun, har "
                      "huvudansvar för planen.")

    doc.add_heading("Andra aktörer", level=2)
    doc.add_paragraph("God man (Tomas).")

    doc.add_heading("Uppföljning", level=2)
    doc.add_paragraph("Nästa uppföljning: 2025-03-01 ändrat till 2025-04-15, kl. 13.30 på "
                      "Psykiatriska öppenvårdsmottagningen. Kristina kallar.")

    doc.add_heading("Deltagare", level=2)
    table_with_header(doc, ["Namn", "Funktion", "Verksamhet"], [
        ("Daniel", "–", "–"),
        ("Kristina", "Socialsekreterare", "Socialpsykiatrin, Jönköpings kommun"),
        ("Ahmed", "Sjuksköterska", "Psykiatriska öppenvårdsmottagningen Jönköping"),
        ("Lena", "Boendestödjare", "Socialpsykiatrin, Jönköpings kommun"),
        ("Tomas", "God man", "–"),
    ], widths=[3.5, 4.5, 8], fill="E2EFDA")
    save_doc(doc, "f53b-07.docx")


# ---------------------------------------------------------------- 08 DOCX routine (not a plan)
def make_08():
    doc = new_doc("Länsgemensam ledningsgrupp", "Samverkansrutin SIP Jönköpings län")
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Region Jönköpings län och länets 13 kommuner\tRutin\t"
    add_page_number(hp)
    hp.runs[0].font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.text = ("Fastställd av länsgemensam ledning för samverkan 2024-05-15. "
               "Gäller t.o.m. 2026-06-30. Dokumentansvarig: FoU-enheten.")
    fp.runs[0].font.size = Pt(8)

    doc.add_heading("Samverkansrutin för SIP i Jönköpings län", level=0)
    doc.add_paragraph("Rutin för samordnad individuell plan (SIP) mellan Region Jönköpings län "
                      "och kommunerna Aneby, Eksjö, Gislaved, Gnosjö, Habo, Jönköping, Mullsjö, "
                      "Nässjö, Sävsjö, Tranås, Vaggeryd, Vetlanda och Värnamo.")

    doc.add_heading("1. Syfte med rutinen", level=1)
    doc.add_paragraph(
        "Rutinen ska säkerställa att personer som behöver insatser från både kommun och region "
        "får en samordnad individuell plan, att arbetet görs på samma sätt i hela länet och att "
        "ansvaret mellan huvudmännen är tydligt.")

    doc.add_heading("2. Lagstöd", level=1)
    doc.add_paragraph("Socialtjänstlagen 2 kap. 7 § och hälso- och sjukvårdslagen 16 kap. 4 § "
                      "anger att kommun och region ska upprätta en SIP när den enskilde har behov "
                      "av insatser från båda huvudmännen och de behöver samordnas. Planen ska "
                      "upprättas om den enskilde samtycker. Lag (2017:612) om samverkan vid "
                      "utskrivning från sluten hälso- och sjukvård gäller vid utskrivning.")

    doc.add_heading("3. Målgrupp", level=1)
    doc.add_paragraph("Barn, unga och vuxna i alla åldrar, oavsett diagnos eller insats, som har "
                      "behov av samordnade insatser från kommun och region.")

    doc.add_heading("4. Arbetsgång steg för steg", level=1)
    steps = [
        "Behovet av SIP identifieras av någon av verksamheterna, av den enskilde eller av en "
        "närstående.",
        "Den verksamhet som ser behovet informerar den enskilde om SIP och inhämtar samtycke. "
        "Samtycket dokumenteras i journal/akt med datum och form (muntligt eller skriftligt).",
        "Kallelse skickas till den enskilde och berörda verksamheter inom 5 arbetsdagar från att "
        "behovet identifierats. Kallande verksamhet ansvarar för lokal och mötesledning.",
        "SIP-mötet hålls senast 4 veckor efter kallelsen. Vid utskrivning från slutenvård gäller "
        "tidsgränserna i länets överenskommelse om utskrivningsprocessen.",
        "På mötet upprättas planen med den enskilde. Planen ska ange syfte, den enskildes mål, "
        "insatser, vem som ansvarar för vad och när, huvudansvarig och datum för uppföljning.",
        "Planen skickas till den enskilde och till deltagarna inom 5 arbetsdagar efter mötet.",
        "Planen följs upp på utsatt datum, dock minst en gång per år.",
    ]
    for s in steps:
        doc.add_paragraph(s, style="List Number")

    doc.add_heading("5. Ansvarsfördelning", level=1)
    table_with_header(doc, ["Aktör", "Ansvar enligt rutinen"], [
        ("Kallande verksamhet", "Inhämtar samtycke, kallar, leder första mötet och ser till att "
         "planen skrivs och skickas ut."),
        ("Huvudansvarig för planen (utses på mötet)", "Kallar till uppföljning, håller "
         "kontakten med den enskilde och ser till att planen revideras."),
        ("Varje deltagande verksamhet", "Genomför och dokumenterar sina egna insatser enligt "
         "planen och meddelar huvudansvarig vid förändringar."),
        ("Chefer i kommun och region", "Ser till att medarbetare känner till rutinen och att det "
         "finns tid för SIP-möten."),
        ("Länsgemensam ledning för samverkan", "Följer upp rutinen årligen och hanterar "
         "avvikelser som inte kan lösas lokalt."),
    ], widths=[5.5, 11])

    doc.add_heading("6. Tidsramar i sammanfattning", level=1)
    table_with_header(doc, ["Moment", "Tidsram"], [
        ("Kallelse efter identifierat behov", "Inom 5 arbetsdagar"),
        ("SIP-möte efter kallelse", "Senast 4 veckor"),
        ("Utskick av plan efter möte", "Inom 5 arbetsdagar"),
        ("Uppföljning", "Enligt planen, minst en gång per år"),
    ], widths=[8, 8.5])

    doc.add_heading("7. Om samverkan inte fungerar", level=1)
    doc.add_paragraph("Om en verksamhet inte deltar eller inte genomför sina insatser skrivs en "
                      "avvikelse enligt respektive huvudmans avvikelsehantering. Oenighet som inte "
                      "kan lösas lokalt lyfts till närmaste chef och vid behov till länsgemensam "
                      "ledning.")

    doc.add_heading("8. Bilagor", level=1)
    for b in ["Länsgemensam mall för SIP", "Samtyckesblankett för SIP",
              "Informationsbroschyr ”Vad är en SIP?” (lättläst)"]:
        doc.add_paragraph(b, style="List Bullet")
    save_doc(doc, "f53b-08.docx")


def main():
    os.makedirs(PLANS, exist_ok=True)
    make_01()
    make_02()
    make_03()
    make_04()
    make_05()
    make_06()
    make_07()
    make_08()
    if os.path.isdir(BUILD):
        shutil.rmtree(BUILD)
    print("\n".join(sorted(os.listdir(PLANS))))


if __name__ == "__main__":
    main()
