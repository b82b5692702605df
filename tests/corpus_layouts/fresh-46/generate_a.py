#!/usr/bin/env python3
"""Generate the f46a batch of fictional, anonymized SIP test documents.

Run with /work/batches/.venv/bin/python generate.py
Writes plans/f46a-01 ... f46a-08. Deterministic (no randomness, fixed dates).
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
from fpdf.enums import MethodReturnValue, XPos, YPos

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
LO_PROFILE = "file:///tmp/lo-f46a"


def fixed_core_props(doc, author, title):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    import datetime as _dt
    cp.created = _dt.datetime(2025, 1, 1, 8, 0, 0)
    cp.modified = _dt.datetime(2025, 1, 1, 8, 0, 0)
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


def set_cell_text(cell, text, bold=False, size=None):
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


def add_field(paragraph, instr):
    """Insert a simple field (PAGE, NUMPAGES) into a paragraph."""
    run = paragraph.add_run()
    fld_begin = OxmlElement("w:fldChar")
    fld_begin.set(qn("w:fldCharType"), "begin")
    run._r.append(fld_begin)
    run2 = paragraph.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    run2._r.append(it)
    run3 = paragraph.add_run()
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    run3._r.append(sep)
    run4 = paragraph.add_run("1")
    run5 = paragraph.add_run()
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run5._r.append(end)
    return run4


def soffice_pdf(src, outdir):
    subprocess.run(
        ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
         "--convert-to", "pdf", "--outdir", outdir, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


# ---------------------------------------------------------------------------
# 01  Cosmic-like record-system print (fpdf2), adult with long-term pain
# ---------------------------------------------------------------------------

class CosmicPDF(FPDF):
    def header(self):
        self.set_font("dv", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(60, 4, "Cosmic  |  Region Gävleborg", new_x=XPos.RIGHT, new_y=YPos.TOP)
        self.cell(60, 4, "Utskrivet 2025-02-12 09:41 av Anna", align="C",
                  new_x=XPos.RIGHT, new_y=YPos.TOP)
        self.cell(0, 4, f"Sida {self.page_no()} ({{nb}})", align="R",
                  new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_font("dv", "B", 9)
        self.set_text_color(0, 0, 0)
        self.cell(120, 5, "Per   ÅÅMMDD-XXXX", new_x=XPos.RIGHT, new_y=YPos.TOP)
        self.set_font("dv", "", 8)
        self.cell(0, 5, "Dokument: Samordnad individuell plan (SIP)", align="R",
                  new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_draw_color(120, 120, 120)
        self.line(self.l_margin, self.get_y() + 0.5, self.w - self.r_margin, self.get_y() + 0.5)
        self.ln(3)

    def footer(self):
        self.set_y(-12)
        self.set_font("dv", "", 7)
        self.set_text_color(110, 110, 110)
        self.cell(0, 4, "Utskrift ur patientjournal – hanteras enligt sekretess (OSL 25 kap. 1 §)",
                  align="C")
        self.set_text_color(0, 0, 0)


def c_bar(pdf, title):
    if pdf.get_y() > pdf.h - 35:
        pdf.add_page()
    pdf.ln(2)
    pdf.set_fill_color(205, 205, 205)
    pdf.set_draw_color(150, 150, 150)
    pdf.set_font("dv", "B", 9.5)
    pdf.cell(0, 6.5, "  " + title, border=1, fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1.5)


def c_field(pdf, label, value, w=None, h_min=7):
    """Label above, value in a bordered box."""
    w = w or (pdf.w - pdf.l_margin - pdf.r_margin)
    pdf.set_font("dv", "", 7)
    pdf.set_text_color(80, 80, 80)
    pdf.cell(w, 3.8, label, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("dv", "", 9)
    y0 = pdf.get_y()
    x0 = pdf.get_x()
    if value:
        pdf.multi_cell(w, 4.6, value, border=0, padding=(1.2, 1.5, 1.2, 1.5), align="L",
                       new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    y1 = max(pdf.get_y(), y0 + h_min)
    pdf.set_draw_color(150, 150, 150)
    pdf.rect(x0, y0, w, y1 - y0)
    pdf.set_y(y1 + 1.5)


MEASURE_FIELDS = ["Åtgärd", "Ansvarig enhet", "Ansvarig person", "Startdatum", "Slutdatum"]


def measure_box_height(pdf, m, w):
    h = 2
    for f in MEASURE_FIELDS:
        h += 3.6
        pdf.set_font("dv", "B" if f == "Åtgärd" else "", 8.5)
        lines = pdf.multi_cell(w - 4, 4.2, m.get(f) or " ", dry_run=True, align="L",
                               output=MethodReturnValue.LINES)
        h += max(1, len(lines)) * 4.2 + 0.8
    return h + 1


def draw_measure_box(pdf, m, x, y, w, h, nr):
    pdf.set_draw_color(140, 140, 140)
    pdf.rect(x, y, w, h)
    cy = y + 1.5
    for f in MEASURE_FIELDS:
        pdf.set_xy(x + 2, cy)
        pdf.set_font("dv", "", 6.8)
        pdf.set_text_color(90, 90, 90)
        label = f"{f}" if f != "Åtgärd" else f"Åtgärd {nr}"
        pdf.cell(w - 4, 3.6, label)
        cy += 3.6
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("dv", "B" if f == "Åtgärd" else "", 8.5)
        pdf.set_xy(x + 2, cy)
        val = m.get(f) or ""
        if val:
            lines = pdf.multi_cell(w - 4, 4.2, val, dry_run=True, align="L",
                                   output=MethodReturnValue.LINES)
            pdf.set_xy(x + 2, cy)
            pdf.multi_cell(w - 4, 4.2, val, align="L")
            n = max(1, len(lines))
        else:
            n = 1
        # thin underline for each field, as in the system's print
        pdf.set_draw_color(200, 200, 200)
        pdf.line(x + 2, cy + n * 4.2 + 0.3, x + w - 2, cy + n * 4.2 + 0.3)
        cy += n * 4.2 + 0.8


def make_01(path):
    pdf = CosmicPDF(format="A4")
    pdf.add_font("dv", "", FONT)
    pdf.add_font("dv", "B", FONT_B)
    pdf.set_margins(15, 12, 15)
    pdf.set_auto_page_break(True, margin=18)
    pdf.alias_nb_pages()
    pdf.set_creation_date(__import__("datetime").datetime(2025, 2, 12, 9, 41,
                          tzinfo=__import__("datetime").timezone.utc))
    pdf.add_page()
    pdf.set_font("dv", "B", 13)
    pdf.cell(0, 8, "Samordnad individuell plan (SIP)", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("dv", "", 8)
    pdf.cell(0, 4, "Vårdenhet: Hälsocentralen Sandviken Väst   Status: Signerad   "
             "Signerad av: Anna, rehabkoordinator 2025-02-12",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    full = pdf.w - pdf.l_margin - pdf.r_margin
    half = (full - 5) / 2

    c_bar(pdf, "Grunduppgifter")
    y = pdf.get_y()
    c_field(pdf, "Mötesdatum", "2025-02-11", w=half)
    pdf.set_xy(pdf.l_margin + half + 5, y)
    pdf.set_font("dv", "", 7)
    pdf.set_text_color(80, 80, 80)
    pdf.cell(half, 3.8, "Mötesplats", new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("dv", "", 9)
    yy = pdf.get_y()
    pdf.set_x(pdf.l_margin + half + 5)
    pdf.cell(half, 7, " Hälsocentralen Sandviken Väst, samtalsrum 2", border=1)
    pdf.set_y(yy + 8.5)
    c_field(pdf, "Kommun", "Sandvikens kommun")
    c_field(pdf, "Bakgrund",
            "Per är 47 år och har varit sjukskriven på heltid från sitt arbete som "
            "lagerarbetare sedan mars 2024 på grund av långvarig smärta i rygg och nacke "
            "(generaliserat smärttillstånd) med sömnproblem och nedstämdhet. Tidigare "
            "fysioterapi på hälsocentralen har inte gett tillräcklig effekt. Arbetsgivaren "
            "har meddelat att det inte finns arbetsuppgifter som Per kan återgå till. "
            "Sjukpenningen når dag 365 i mars 2025 och Per har kontakt med "
            "Arbetsmarknadsenheten i kommunen sedan januari.")

    c_bar(pdf, "Syfte med SIP")
    c_field(pdf, "Syfte",
            "Syftet med SIP är att samordna rehabiliteringen för Per så att hälsocentralen, "
            "smärtrehabiliteringen, Försäkringskassan, Arbetsförmedlingen och kommunens "
            "arbetsmarknadsenhet arbetar mot samma mål och i rätt ordning när sjukpenningen "
            "närmar sig dag 365, så att han inte blir utan ersättning och plan.")
    c_bar(pdf, "Frågeställningar inför mötet")
    c_field(pdf, "Frågeställningar", "", h_min=10)

    c_bar(pdf, "Patientens mål")
    c_field(pdf, "Mål",
            "Målet är att patienten ska kunna återgå i arbete på 25 % inom sex månader "
            "och få bättre strategier för att hantera smärtan i vardagen.")

    c_bar(pdf, "Delaktighet och samtycke")
    c_field(pdf, "Patientens delaktighet", "Patienten närvarade vid mötet.")
    c_field(pdf, "Samtycke",
            "Muntligt samtycke till SIP och till informationsutbyte mellan deltagande "
            "aktörer inhämtat 2025-02-11 av Anna, rehabkoordinator. Samtycket gäller "
            "Försäkringskassan och Arbetsförmedlingen.")

    c_bar(pdf, "Deltagare")
    cols = [45, 55, full - 100]
    pdf.set_font("dv", "B", 8)
    pdf.set_fill_color(235, 235, 235)
    for t, w in zip(["Namn", "Yrkesroll/funktion", "Verksamhet"], cols):
        pdf.cell(w, 5.5, " " + t, border=1, fill=True)
    pdf.ln()
    pdf.set_font("dv", "", 8.5)
    rows = [
        ("Per", "Patient", "–"),
        ("Anna", "Rehabkoordinator", "Hälsocentralen Sandviken Väst"),
        ("Mats", "Fysioterapeut", "Smärtrehabiliteringen, Gävle sjukhus"),
        ("Sofia", "Handläggare sjukpenning", "Försäkringskassan"),
        ("Jonas", "Arbetsförmedlare", "Arbetsförmedlingen Sandviken"),
        ("Eva", "Arbetskonsulent", "Arbetsmarknadsenheten, Sandvikens kommun"),
    ]
    for r in rows:
        for t, w in zip(r, cols):
            pdf.cell(w, 5.5, " " + t, border=1)
        pdf.ln()

    measures = [
        {"Åtgärd": "Multimodal smärtrehabilitering i grupp, 8 veckor, två dagar i veckan "
                   "(fysioterapi, psykolog, arbetsterapeut).",
         "Ansvarig enhet": "Smärtrehabiliteringen, Gävle sjukhus",
         "Ansvarig person": "Mats, fysioterapeut",
         "Startdatum": "2025-03-03", "Slutdatum": "2025-04-25"},
        {"Åtgärd": "Läkarbesök: förlängt läkarintyg, läkemedelsgenomgång av "
                   "smärtlindringen och remiss till sömnskola.",
         "Ansvarig enhet": "Hälsocentralen Sandviken Väst",
         "Ansvarig person": "Distriktsläkare",
         "Startdatum": "2025-02-20", "Slutdatum": "2025-03-14"},
        {"Åtgärd": "Avstämningsmöte inför dag 365 och bedömning av rätten till fortsatt "
                   "sjukpenning mot normalt förekommande arbete.",
         "Ansvarig enhet": "Försäkringskassan",
         "Ansvarig person": "Sofia, handläggare",
         "Startdatum": "", "Slutdatum": ""},
        {"Åtgärd": "Kartläggning och arbetsträning i kommunens verksamhet Steg till "
                   "arbete, start 25 % med successiv ökning.",
         "Ansvarig enhet": "Arbetsmarknadsenheten, Sandvikens kommun",
         "Ansvarig person": "Eva, arbetskonsulent",
         "Startdatum": "2025-05-05", "Slutdatum": "2025-08-29"},
        {"Åtgärd": "Inskrivning hos Arbetsförmedlingen och insatsen Förberedande "
                   "insatser efter avslutad smärtrehab.",
         "Ansvarig enhet": "Arbetsförmedlingen Sandviken",
         "Ansvarig person": "Jonas, arbetsförmedlare",
         "Startdatum": "2025-04-28", "Slutdatum": "2025-09-30"},
        {"Åtgärd": "Stödsamtal med KBT-inriktning kring sömn och smärthantering, "
                   "sex tillfällen.",
         "Ansvarig enhet": "Hälsocentralen Sandviken Väst",
         "Ansvarig person": "Kurator",
         "Startdatum": "2025-03-10", "Slutdatum": "2025-05-30"},
    ]
    c_bar(pdf, "Planerade åtgärder")
    pdf.set_auto_page_break(False)
    for i in range(0, len(measures), 2):
        pair = measures[i:i + 2]
        h = max(measure_box_height(pdf, m, half) for m in pair)
        if pdf.get_y() + h > pdf.h - 18:
            pdf.add_page()
            c_bar(pdf, "Planerade åtgärder (forts.)")
        y = pdf.get_y()
        for j, m in enumerate(pair):
            draw_measure_box(pdf, m, pdf.l_margin + j * (half + 5), y, half, h, i + j + 1)
        pdf.set_xy(pdf.l_margin, y + h + 3)
    pdf.set_auto_page_break(True, margin=18)

    c_bar(pdf, "Huvudansvar för planen")
    y = pdf.get_y()
    c_field(pdf, "Huvudansvarig enhet", "Hälsocentralen Sandviken Väst", w=half)
    y_after = pdf.get_y()
    pdf.set_xy(pdf.l_margin + half + 5, y)
    pdf.set_font("dv", "", 7)
    pdf.set_text_color(80, 80, 80)
    pdf.cell(half, 3.8, "Huvudansvarig person")
    pdf.set_text_color(0, 0, 0)
    pdf.rect(pdf.l_margin + half + 5, y + 3.8, half, 7)
    pdf.set_xy(pdf.l_margin, y_after)

    c_bar(pdf, "Uppföljning")
    y = pdf.get_y()
    c_field(pdf, "Uppföljningsdatum", "2025-04-08 kl. 13.00", w=half)
    y_after = pdf.get_y()
    pdf.set_xy(pdf.l_margin + half + 5, y)
    pdf.set_font("dv", "", 7)
    pdf.set_text_color(80, 80, 80)
    pdf.cell(half, 3.8, "Plats/form", new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("dv", "", 9)
    pdf.set_x(pdf.l_margin + half + 5)
    pdf.cell(half, 7, " Hälsocentralen Sandviken Väst, FK och AF via Teams", border=1)
    pdf.set_xy(pdf.l_margin, y_after)
    pdf.output(path)


# ---------------------------------------------------------------------------
# 02  docx, child 6 years, merged actor column
# ---------------------------------------------------------------------------

def make_02(path):
    doc = Document()
    fixed_core_props(doc, "Barn och familj Arvika", "SIP Elsa")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Arvika kommun · Socialförvaltningen · Barn och familj  |  SIP"
    hp.runs[0].font.size = Pt(8)

    t = doc.add_paragraph()
    r = t.add_run("Samordnad individuell plan (SIP)")
    r.bold = True
    r.font.size = Pt(18)
    doc.add_paragraph("Barn: Elsa, 6 år (ÅÅMMDD-XXXX)\nMötesdatum: 2025-03-04\n"
                      "Plats: Förskolan Solrosen, Arvika")

    doc.add_heading("Bakgrund", level=1)
    doc.add_paragraph(
        "Elsa går på avdelning Humlan på Förskolan Solrosen i Arvika. Hon utreddes vid "
        "Barn- och ungdomshabiliteringen i Arvika under hösten 2024 och har en generell "
        "utvecklingsförsening med språkstörning. Elsa har svårt att göra sig förstådd, "
        "blir lätt frustrerad vid övergångar och behöver mycket vuxenstöd vid på- och "
        "avklädning. Hon ska börja förskoleklass på Haganässkolan i augusti 2025. "
        "Familjen har ansökt om avlösarservice enligt LSS.")

    doc.add_heading("Syfte", level=1)
    doc.add_paragraph(
        "Syftet med planen är att förskolan, habiliteringen, socialtjänsten och "
        "föräldrarna ska ha samma bild av Elsas behov, använda samma kommunikationsstöd "
        "och förbereda övergången till förskoleklass i augusti 2025 så att den blir så "
        "trygg som möjligt för henne.")

    doc.add_heading("Frågeställningar", level=1)
    for q in [
        "Hur kan förskolan och habiliteringen använda samma bildstöd och tecken, så att "
        "Elsa möter samma sätt att kommunicera hemma och på förskolan?",
        "Vilket stöd behöver Elsa i förskoleklass och hur ska överlämningen till "
        "Haganässkolan gå till?",
        "Behövs avlösarservice i hemmet, och i så fall hur ofta?",
    ]:
        doc.add_paragraph(q, style="List Bullet")

    doc.add_heading("Mål", level=1)
    doc.add_paragraph(
        "Målet är att Elsa ska kunna göra sig förstådd med hjälp av bildstöd och tecken "
        "som stöd (TAKK) både i förskolan och hemma, och att hon ska känna sig trygg när "
        "hon börjar i förskoleklass.")

    doc.add_heading("Insatser", level=1)
    rows = [
        ("Förskolan", "Bildschema för dagens aktiviteter och vid övergångar.",
         "Förskollärare Karin, avd. Humlan", "Fr.o.m. 2025-03-10"),
        ("Förskolan", "TAKK-tecken i samlingen och vid måltider varje dag.",
         "Arbetslaget avd. Humlan", "Fr.o.m. 2025-03-10"),
        ("Förskolan", "Överlämningssamtal med förskoleklass på Haganässkolan.",
         "Rektor förskola, Förskolan Solrosen", "2025-05-20"),
        ("Habiliteringen", "Handledning till förskolans personal i TAKK och bildstöd, "
         "tre tillfällen.", "Logoped Sara, Habiliteringen Arvika",
         "2025-03-18, 2025-04-15, 2025-05-13"),
        ("Habiliteringen", "Bedömning av hjälpmedel för påklädning och finmotorik.",
         "Arbetsterapeut, Habiliteringen Arvika", "Senast 2025-04-30"),
        ("Föräldrarna", "Använder bildschema för morgonrutinen hemma.",
         "Vårdnadshavarna", "Fr.o.m. 2025-03-10"),
        ("Föräldrarna", "Går föräldrakursen ”Tecken som stöd” på habiliteringen.",
         "Vårdnadshavarna", "2025-04-03 och 2025-04-10"),
        ("Socialtjänsten", "Utredning och beslut om avlösarservice enligt LSS 9 § 5.",
         "LSS-handläggare, Arvika kommun", "Beslut senast 2025-04-30"),
        ("Socialtjänsten", "Föräldrastödssamtal kring vardagsrutiner och syskon, "
         "fyra tillfällen.",
         "Socialsekreterare, Barn och familj", "Mars–maj 2025"),
    ]
    tbl = doc.add_table(rows=1, cols=4)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = tbl.rows[0]
    for c, txt in zip(hdr.cells, ["Vem", "Insats", "Ansvarig", "När"]):
        set_cell_text(c, txt, bold=True)
        shade(c, "D9E2F3")
    repeat_header(hdr)
    for actor, ins, resp, when in rows:
        cells = tbl.add_row().cells
        set_cell_text(cells[1], ins, size=10)
        set_cell_text(cells[2], resp, size=10)
        set_cell_text(cells[3], when, size=10)
    # vertical merge of first column by actor
    start = 1
    for i in range(1, len(rows) + 1):
        last = i == len(rows) or rows[i][0] != rows[i - 1][0]
        if last:
            a = tbl.cell(start, 0)
            b = tbl.cell(i, 0)
            merged = a.merge(b) if start != i else a
            set_cell_text(merged, rows[i - 1][0], bold=True, size=10)
            start = i + 1
    widths = [Cm(3.6), Cm(5.1), Cm(4.7), Cm(3.2)]
    tbl.autofit = False
    for col, w in zip(tbl.columns, widths):
        col.width = w
    for row in tbl.rows:
        for c, w in zip(row.cells, widths):
            c.width = w

    doc.add_heading("Samordningsansvar", level=1)
    doc.add_paragraph("Socialtjänsten i Arvika kommun har huvudansvaret för planen.")

    doc.add_heading("Uppföljning", level=1)
    doc.add_paragraph("Planen följs upp i slutet av vårterminen, innan Elsa börjar "
                      "förskoleklass.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 03  SMS export, young adult
# ---------------------------------------------------------------------------

def make_03(path):
    lines = [
        "Konversation: Jonna",
        "Exporterad 2024-11-20 16:45 från tjänstemobil (Socialtjänsten Karlstad, Vuxenenheten)",
        "",
        "--- onsdag 20 november 2024 ---",
        "",
        "Lisa 14:02: Hej Jonna! Tack för idag, bra att du kom 🙂 Här kommer det vi kom "
        "överens om på mötet, så du har det i mobilen.",
        "Jonna 14:04: ok tack",
        "Lisa 14:06: Ditt mål, som du sa det: ”Jag vill bo själv innan jul nästa år och ha "
        "nåt jobb eller praktik.”",
        "Lisa 14:08: Det vi kom fram till var att du ska få hjälp med cannabisen, hjälp med "
        "det där med lägenheten och att medicinen följs upp som vanligt.",
        "Lisa 14:09: Mamma sa att hon kan hjälpa till lite också.",
        "Jonna 14:11: men vem ringer mig om cannabis grejen",
        "Lisa 14:12: Det löser sig, någon hör av sig 🙂",
        "Jonna 14:15: kan mamma va me nästa gång också",
        "Lisa 14:16: Ja absolut, det skriver jag in. Och du ville att vi inte bokar några "
        "möten före kl 10 på morgonen, det tar vi hänsyn till.",
        "Jonna 14:16: 👍",
        "Lisa 14:17: Nästa möte blir torsdag 12 december kl 13.30 hos oss på Vuxenenheten. "
        "Jag skickar en påminnelse dagen innan.",
        "Lisa 14:18: Vi som var med idag: du, mamma, jag, Ahmed och Sara.",
        "Jonna 14:20: okej vi ses",
        "Lisa 14:21: Hör av dig om något blir oklart! /Lisa",
        "",
    ]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines))


# ---------------------------------------------------------------------------
# 04  Markdown export with YAML front matter and definition lists
# ---------------------------------------------------------------------------

MD_04 = """---
title: "SIP – Gunnar, 84 år"
date: 2025-01-28
author: "Maria, distriktssköterska"
---

# Samordnad individuell plan

## Grunduppgifter

Namn
: Gunnar (ÅÅMMDD-XXXX)

Kommun
: Sala

Mötesdatum
: 2025-01-28

Plats
: Hemma hos Gunnar

## Bakgrund

Gunnar är 84 år och bor ensam i lägenhet i Sala. Han föll i hemmet i
december 2024, fick en höftfraktur och opererades på Västmanlands sjukhus
Västerås. Efter utskrivningen 2025-01-10 har han korttidsplats på Bergegården
och ska flytta hem 2025-02-03. Han går med rollator, har yrsel när han reser
sig och har fallit en gång till under januari. Han har högt blodtryck och tar
sju olika läkemedel.

## Syfte och frågeställningar

Syfte
: Trygg hemgång.

Frågeställningar
: Gå igenom läget inför hemgången.

## Gunnars mål

> ”Jag vill klara att gå ut till brevlådan och ner till affären själv igen.
> Jag vill inte flytta till något boende.”

## Delaktighet

Gunnar deltog på mötet, som hölls hemma hos honom för att han skulle orka vara
med. Han tycker att hemtjänsten kommer för tidigt på morgonen och önskar att
morgonbesöket blir efter kl. 8. Han vill duscha på kvällen i stället för på
morgonen.

## Samtycke

Samtycke finns.

## Insatser

| Insats | Ansvarig | När |
|---|---|---|
| Hemtjänst morgon (efter kl. 8) och kväll, dusch två gånger i veckan | Hemtjänsten Sala centrum, enhetschef | Fr.o.m. 2025-02-03 |
| Trygghetslarm installeras och testas | Larmgruppen, Sala kommun | 2025-01-31 |
| Hemrehabilitering: gång- och balansträning med rollator två gånger i veckan | Fysioterapeut, Kommunrehab Sala | 2025-02-04 – 2025-03-14 |
| Bedömning av hjälpmedel i badrum och toalettförhöjning | Arbetsterapeut, Kommunrehab Sala | 2025-02-05 |
| Läkemedelsgenomgång (blodtryck, yrsel) | Regionen | Februari 2025 |
| Remiss för bentäthetsmätning och ställningstagande till osteoporosbehandling | Distriktsläkare, Vårdcentralen Sala | Vecka 7 |

## Samordningsansvar

Huvudansvarig
: Maria, distriktssköterska, Vårdcentralen Sala

## Uppföljning

Datum
: ÅÅÅÅ-MM-DD

## Deltagare

- Gunnar
- Maria, distriktssköterska, Vårdcentralen Sala
- Ove, fysioterapeut, Kommunrehab Sala kommun
- Linda, biståndshandläggare, Vård och omsorg, Sala kommun
- Camilla, enhetschef, Hemtjänsten Sala centrum
"""


def make_04(path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(MD_04)


# ---------------------------------------------------------------------------
# 05  docx, numbered list "Det här kom vi överens om"
# ---------------------------------------------------------------------------

def bold_par(doc, text, size=11):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    p.paragraph_format.space_after = Pt(2)
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    return p


def make_05(path):
    doc = Document()
    fixed_core_props(doc, "Socialtjänsten Hudiksvall", "SIP-möte")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    p = doc.add_paragraph()
    r = p.add_run("SIP-möte 2025-03-18")
    r.bold = True
    r.font.size = Pt(15)
    doc.add_paragraph("Hudiksvalls kommun, Individ- och familjeomsorgen\n"
                      "Gäller: S. (ÅÅMMDD-XXXX)\n"
                      "Plats: Socialkontoret, Hudiksvall")

    bold_par(doc, "Syfte")
    doc.add_paragraph("Samordning.")

    bold_par(doc, "Bakgrund")
    doc.add_paragraph(
        "S. är 34 år och har en psykossjukdom. Hon har haft kontakt med Psykiatriska "
        "öppenvården i Hudiksvall sedan 2021 och var inlagd i två veckor i januari efter "
        "att ha slutat med sin medicin. S. har skulder hos Kronofogden och flera obetalda "
        "hyror och hyresvärden har skickat en uppsägning. S. har god man sedan våren 2024.")

    bold_par(doc, "Mål")
    doc.add_paragraph("Målet är att S. ska ha ett stabilt boende och få ordning på sin "
                      "ekonomi.")

    bold_par(doc, "Det här kom vi överens om")
    items = [
        "Psykiatriska öppenvården i Hudiksvall fortsätter med depåinjektion var fjärde "
        "vecka, nästa injektion ges av sjuksköterskan på mottagningen 2025-03-25.",
        "Budget- och skuldrådgivningen i Hudiksvalls kommun bokar ett första möte med S. "
        "under vecka 14 för att gå igenom skulderna och se om skuldsanering är möjlig.",
        "Vi hjälper S. att kontakta hyresvärden om en avbetalningsplan för hyran snart.",
        "Socialtjänsten utreder S. ansökan om boendestöd.",
        "God man ska kontaktas angående räkningarna.",
    ]
    for it in items:
        doc.add_paragraph(it, style="List Number")

    bold_par(doc, "Ansvar för planen")
    doc.add_paragraph("Psykiatrin har huvudansvaret.")

    bold_par(doc, "Nästa möte")
    doc.add_paragraph("Vi ses igen om ungefär två månader.")
    doc.save(path)


# ---------------------------------------------------------------------------
# 06  psychiatric discharge SIP, two-column table, footer, PDF via LibreOffice
# ---------------------------------------------------------------------------

def make_06(path):
    doc = Document()
    fixed_core_props(doc, "Psykiatriska kliniken", "SIP vid utskrivning")
    st = doc.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.top_margin = Cm(2.0)
    sec.bottom_margin = Cm(2.0)
    sec.left_margin = sec.right_margin = Cm(2.2)

    hp = sec.header.paragraphs[0]
    hp.text = "Region Värmland · Psykiatriska kliniken, Centralsjukhuset Karlstad · Avdelning 33"
    hp.runs[0].font.size = Pt(8.5)

    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.LEFT
    r = fp.add_run("Utskriven av: Emma, sjuksköterska avd 33, 2025-03-05\t\tSida ")
    r.font.size = Pt(8.5)
    add_field(fp, "PAGE").font.size = Pt(8.5)
    r2 = fp.add_run(" av ")
    r2.font.size = Pt(8.5)
    add_field(fp, "NUMPAGES").font.size = Pt(8.5)
    for run in fp.runs:
        run.font.size = Pt(8.5)

    p = doc.add_paragraph()
    r = p.add_run("Samordnad individuell plan vid utskrivning från slutenvård")
    r.bold = True
    r.font.size = Pt(15)
    doc.add_paragraph("Enligt lag (2017:612) om samverkan vid utskrivning från sluten "
                      "hälso- och sjukvård samt SoL 2 kap. 7 § och HSL 16 kap. 4 §.")

    rows = [
        ("Patient", "Mikael, ÅÅMMDD-XXXX"),
        ("Hemkommun", "Hagfors kommun"),
        ("Inskrivningsdatum", "2025-02-14"),
        ("Planerat utskrivningsdatum", "2025-03-07"),
        ("Mötesdatum och form", "2025-03-05 kl. 13.00, på avdelningen. Hagfors kommun och "
         "öppenvården deltog via Teams."),
        ("Bakgrund",
         "Mikael är 41 år, bor ensam i hyreslägenhet i Hagfors och har bipolär sjukdom typ 1 "
         "sedan 20-årsåldern. Han lades in 2025-02-14 enligt LPT i ett maniskt skov efter att "
         "ha slutat ta sin litiumbehandling under hösten. Vårdintyget hävdes 2025-02-24 och "
         "han vårdas sedan dess frivilligt enligt HSL. Detta är den tredje inläggningen på "
         "tolv månader. Inför utskrivningen är han stabil i stämningsläget men sover "
         "fortfarande oregelbundet. Lägenheten behöver städas och det finns obetalda "
         "räkningar sedan i höstas. Mikael har ingen sysselsättning sedan 2023."),
        ("Syfte med SIP", "Samordnad utskrivning."),
        ("Frågeställningar",
         "Vilket stöd behöver Mikael i hemmet de första veckorna efter utskrivning? "
         "Hur säkerställs att litiumprover tas och att han fortsätter med medicinen? "
         "Kan socialpsykiatrin erbjuda sysselsättning?"),
        ("Patientens egna mål", ""),
        ("Delaktighet", "Mikael deltog i mötet på avdelningen."),
        ("Samtycke",
         "Mikael gav skriftligt samtycke till SIP och till informationsöverföring mellan "
         "Region Värmland och Hagfors kommun 2025-03-03 (blankett ”Samtycke SIP”, "
         "skannad i journalen)."),
        ("Aktuell läkemedelsbehandling",
         "Litium 42 mmol dagligen, olanzapin 10 mg till natten (planeras trappas ut i "
         "öppenvården), zopiklon vid behov max 14 tabletter. Läkemedelslista skickas med "
         "vid utskrivning."),
        ("Insatser och ansvar",
         "• Provtagning S-litium och sköterskebesök – Psykiatriska öppenvårdsmottagningen "
         "Hagfors, sjuksköterska – första besök 2025-03-12, därefter varannan vecka.\n"
         "• Läkarbesök för uppföljning av medicinering och utsättning av olanzapin – "
         "Psykiatriska öppenvårdsmottagningen Hagfors, läkare – 2025-03-26.\n"
         "• Boendestöd tre gånger i veckan: struktur i vardagen, dygnsrytm, hjälp att "
         "komma igång med städning och räkningar – Socialpsykiatrin Hagfors kommun, "
         "boendestödjare – fr.o.m. 2025-03-10.\n"
         "• Kontroll av dosett och stöd med läkemedelshantering vid varje besök – "
         "Socialpsykiatrin Hagfors kommun, boendestödjare – fr.o.m. 2025-03-10.\n"
         "• Daglig sysselsättning på Träffpunkten – Socialpsykiatrin Hagfors kommun – "
         "tid ej bestämd."),
        ("Huvudansvarig för planen",
         "Petra, sjuksköterska, Psykiatriska öppenvårdsmottagningen Hagfors"),
        ("Uppföljning",
         "Uppföljande SIP-möte 2025-04-09 kl. 10.00 på Psykiatriska "
         "öppenvårdsmottagningen Hagfors. Kallelse skickas av öppenvården."),
        ("Deltagare",
         "Mikael, patient\n"
         "Emma, sjuksköterska, avdelning 33, Psykiatriska kliniken Karlstad\n"
         "Johan, överläkare, avdelning 33, Psykiatriska kliniken Karlstad\n"
         "Petra, sjuksköterska, Psykiatriska öppenvårdsmottagningen Hagfors (Teams)\n"
         "Nils, biståndshandläggare, Socialtjänsten Hagfors kommun (Teams)\n"
         "Lina, boendestödjare, Socialpsykiatrin Hagfors kommun (Teams)"),
        ("Plan upprättad", "2025-03-05, Emma, sjuksköterska avd 33"),
    ]
    tbl = doc.add_table(rows=0, cols=2)
    tbl.style = "Table Grid"
    for label, text in rows:
        cells = tbl.add_row().cells
        set_cell_text(cells[0], label, bold=True)
        shade(cells[0], "EDEDED")
        set_cell_text(cells[1], text)
        cells[0].width = Cm(4.6)
        cells[1].width = Cm(12.0)
    tbl.autofit = False
    tbl.columns[0].width = Cm(4.6)
    tbl.columns[1].width = Cm(12.0)

    with tempfile.TemporaryDirectory() as td:
        src = os.path.join(td, "f46a-06.docx")
        doc.save(src)
        soffice_pdf(src, td)
        shutil.copy(os.path.join(td, "f46a-06.pdf"), path)


# ---------------------------------------------------------------------------
# 07  follow-up SIP with status table
# ---------------------------------------------------------------------------

def make_07(path):
    doc = Document()
    fixed_core_props(doc, "Elevhälsan Karlbergsskolan", "Uppföljning av SIP")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Köpings kommun – Barn- och utbildningsförvaltningen  |  Uppföljning SIP"
    hp.runs[0].font.size = Pt(8)

    doc.add_heading("Uppföljning av samordnad individuell plan", level=0)
    doc.add_paragraph("Elev: Noah, åk 8 (ÅÅMMDD-XXXX)\n"
                      "Datum för uppföljning: 2024-10-15\n"
                      "Plats: Karlbergsskolan, Köping\n"
                      "Ursprunglig plan: SIP 2024-05-12")

    doc.add_heading("Syfte", level=2)
    doc.add_paragraph("Se SIP 2024-05-12.")
    doc.add_heading("Mål", level=2)
    doc.add_paragraph("Oförändrat, se SIP 2024-05-12.")
    doc.add_heading("Frågeställningar", level=2)
    doc.add_paragraph("Stämma av läget sedan förra mötet.")

    doc.add_heading("Noahs delaktighet", level=2)
    doc.add_paragraph(
        "Noah deltog på mötet tillsammans med sin mamma. Noah berättar att det går "
        "bättre att vara i skolan på förmiddagarna nu, men att idrotten fortfarande känns "
        "jobbig. Han vill slippa byta om tillsammans med klassen och önskar att få sluta "
        "före lunch även på torsdagar.")
    doc.add_heading("Samtycke", level=2)
    doc.add_paragraph("Samtycke finns sedan tidigare.")

    doc.add_heading("Status för insatser i planen", level=2)
    status = [
        ("Anpassad studiegång, tre ämnen på förmiddagar", "Pågår",
         "Fungerar. Noah är i skolan fyra av fem dagar. Mentor Karin planerar vidare med "
         "ämneslärarna, gäller hela ht 2024."),
        ("KBT för ångest, BUP Västerås, 12 sessioner", "Avslutad",
         "Avslutades i september enligt plan."),
        ("Hembesök av elevcoach på morgonen", "Klar",
         "Behövs inte längre, Noah tar sig till skolan själv eller med mamma."),
        ("Neuropsykiatrisk utredning, BUP Västerås", "Pågår",
         "Testning genomförd. BUP Västerås bokar återgivningssamtal med Noah och mamma "
         "under november."),
        ("Familjebehandling, IFO Barn och unga", "Avslutad",
         "Familjen tackade nej i juni."),
    ]
    tbl = doc.add_table(rows=1, cols=3)
    tbl.style = "Light Grid Accent 1"
    for c, t in zip(tbl.rows[0].cells, ["Insats", "Status", "Kommentar"]):
        set_cell_text(c, t, bold=True)
    repeat_header(tbl.rows[0])
    for ins, s, k in status:
        cells = tbl.add_row().cells
        set_cell_text(cells[0], ins)
        set_cell_text(cells[1], s)
        set_cell_text(cells[2], k)

    doc.add_heading("Nya insatser", level=2)
    new = [
        ("Anpassad idrott: eget omklädningsrum och individuella uppgifter i idrott och hälsa",
         "Idrottslärare, Karlbergsskolan", "Fr.o.m. 2024-10-21"),
        ("Stödsamtal med kurator varannan vecka", "Kurator, Elevhälsan Karlbergsskolan",
         "Fr.o.m. 2024-10-28, varannan måndag"),
    ]
    tbl2 = doc.add_table(rows=1, cols=3)
    tbl2.style = "Table Grid"
    for c, t in zip(tbl2.rows[0].cells, ["Insats", "Ansvarig", "När"]):
        set_cell_text(c, t, bold=True)
        shade(c, "DEEAF6")
    for a, b, c_ in new:
        cells = tbl2.add_row().cells
        set_cell_text(cells[0], a)
        set_cell_text(cells[1], b)
        set_cell_text(cells[2], c_)

    doc.add_heading("Föräldrar och andra", level=2)
    doc.add_paragraph("Mamma skjutsar Noah till skolan på tisdagar och torsdagar och "
                      "hämtar honom efter lunch de dagarna.")
    doc.add_heading("Huvudansvar", level=2)
    doc.add_paragraph("Som tidigare.")
    doc.add_heading("Nästa uppföljning", level=2)
    doc.add_paragraph("2025-01-21 kl. 14.00 på Karlbergsskolan.")
    doc.add_heading("Närvarande", level=2)
    doc.add_paragraph("Noah, mamma Jenny, Malin, Per, Karin")
    doc.save(path)


# ---------------------------------------------------------------------------
# 08  NOT a plan: inskrivningsmeddelande, Windows-1252, CRLF
# ---------------------------------------------------------------------------

TXT_08 = """VÅRDPLANERING – INSKRIVNINGSMEDDELANDE
Enligt lag (2017:612) om samverkan vid utskrivning från sluten hälso- och
sjukvård
=========================================================================

Avsändare:        Västmanlands sjukhus Västerås, Medicinavdelning 5
Mottagare:        Fagersta kommun, Biståndsenheten äldreomsorg
                  Vårdcentralen Fagersta (för kännedom)
Skickat:          2025-02-04 08:12
Meddelandetyp:    Inskrivningsmeddelande

PATIENT
Namn:             [namn]
Personnummer:     XXXXXX-XXXX
Folkbokförd:      Fagersta kommun
Kontaktperson:    Dotter (uppgifter finns i journal)

INSKRIVNING
Inskrivningsdatum:        2025-02-03 kl. 22:15
Inskrivande enhet:        Akutmottagningen, Västmanlands sjukhus Västerås
Vårdande avdelning:       Medicinavdelning 5
Inskrivningsorsak:        Pneumoni, akut förvirringstillstånd
Beräknat utskrivningsdatum: 2025-02-10

AKTUELLA INSATSER FÖRE INSKRIVNING (enligt patient/anhörig)
Hemtjänst:        Ja, morgon och kväll, Hemtjänsten Fagersta västra
Hemsjukvård:      Nej
Trygghetslarm:    Ja
LSS:              Nej

BEDÖMDA BEHOV EFTER UTSKRIVNING (preliminärt)
Patienten förväntas ha ett ökat behov av stöd i personlig omvårdnad och
förflyttning under de första veckorna efter utskrivning. Bedömning av
fysioterapeut och arbetsterapeut på avdelningen pågår. Eventuellt behov av
hemsjukvård för antibiotikabehandling och läkemedelshantering. Ställning
tas till behov av korttidsplats när förvirringen klingat av.

Behov av SIP bedöms:       Ej bedömt ännu
Fast vårdkontakt primärvård: Utses av Vårdcentralen Fagersta

Ytterligare information lämnas i planeringsunderlaget när patienten bedöms
vara utskrivningsklar. Frågor om meddelandet via avdelningens
sjuksköterska, nås via växeln.

Meddelandet skickat av: sjuksköterska, Medicinavdelning 5
"""


def make_08(path):
    data = TXT_08.replace("\n", "\r\n").encode("cp1252")
    with open(path, "wb") as f:
        f.write(data)


def normalize_zip(path):
    """Rewrite a .docx with fixed zip timestamps so repeated runs give identical bytes."""
    import zipfile
    with zipfile.ZipFile(path) as zin:
        items = [(i, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info, data in items:
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def main():
    os.makedirs(OUT, exist_ok=True)
    make_01(os.path.join(OUT, "f46a-01.pdf"))
    make_02(os.path.join(OUT, "f46a-02.docx"))
    make_03(os.path.join(OUT, "f46a-03.txt"))
    make_04(os.path.join(OUT, "f46a-04.md"))
    make_05(os.path.join(OUT, "f46a-05.docx"))
    make_06(os.path.join(OUT, "f46a-06.pdf"))
    make_07(os.path.join(OUT, "f46a-07.docx"))
    make_08(os.path.join(OUT, "f46a-08.txt"))
    for name in os.listdir(OUT):
        if name.endswith(".docx"):
            normalize_zip(os.path.join(OUT, name))
    print("wrote", sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()
