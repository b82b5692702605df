#!/usr/bin/env python
"""Generate the f31a batch of fictional, anonymized SIP plans into plans/.

Run with python generate_a.py
Deterministic: fixed texts and dates, no randomness.
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
from fpdf import FPDF, FontFace
from fpdf.enums import MethodReturnValue, XPos, YPos

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f31a"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def path(nn, ext):
    return os.path.join(OUT, f"{PREFIX}-{nn:02d}.{ext}")


# ---------------------------------------------------------------- helpers
def set_cell_shading(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def mark_header_row(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def cell_text(cell, text, bold=False, size=None, small_caps=False, italic=False):
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
        if small_caps:
            r.font.small_caps = True
    return cell


def set_col_widths(table, widths):
    """Set widths both in the grid (used by LibreOffice) and on every cell (Word)."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        cells = row.cells
        if len({id(c._tc) for c in cells}) == 1 and len(cells) > 1:
            cells[0].width = sum(widths, Cm(0))  # merged part header
            continue
        for c, w in zip(cells, widths):
            c.width = w


def fix_core(doc, title, author="", created=None):
    import datetime
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.comments = ""
    cp.created = created or datetime.datetime(2025, 1, 1, 8, 0, 0)
    cp.modified = cp.created
    cp.revision = 1


def normalize_docx(fn):
    """Rewrite the zip with fixed timestamps so every run gives identical bytes."""
    import zipfile
    with zipfile.ZipFile(fn) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(fn, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def normalize_lo_pdf(fn, stamp="20250211153000"):
    """Fix LibreOffice's creation date, /ID and checksum (same byte lengths)."""
    import re
    data = open(fn, "rb").read()
    data = re.sub(rb"/CreationDate\(D:\d{14}", b"/CreationDate(D:" + stamp.encode(), data)
    data = re.sub(rb"/ModDate\(D:\d{14}", b"/ModDate(D:" + stamp.encode(), data)
    data = re.sub(rb"/ID \[ <[0-9A-F]{32}>\s*<[0-9A-F]{32}> \]",
                  lambda m: re.sub(rb"[0-9A-F]{32}", b"5E1A" * 8, m.group(0)), data)
    data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, data)
    open(fn, "wb").write(data)


def to_pdf(docx_file, pdf_name):
    """'Print' a docx to PDF with LibreOffice using a private profile."""
    tmp = tempfile.mkdtemp(prefix="f31a-conv-")
    profile = "file:///tmp/lo-f31a"
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless",
         "--convert-to", "pdf", "--outdir", tmp, docx_file],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    base = os.path.splitext(os.path.basename(docx_file))[0]
    shutil.move(os.path.join(tmp, base + ".pdf"), pdf_name)
    normalize_lo_pdf(pdf_name)
    shutil.rmtree(tmp, ignore_errors=True)


# =================================================================== 01
class RecordPDF(FPDF):
    SYSTEM = "SamLänk 4.2 – Samordnad individuell plan"
    PRINTED = "Utskriftsdatum: 2025-01-21 10:42"

    def header(self):
        self.set_font("DejaVu", "B", 9)
        self.set_fill_color(225, 232, 240)
        self.set_xy(12, 8)
        self.cell(120, 6, self.SYSTEM, border="LTB", fill=True)
        self.set_font("DejaVu", "", 8)
        self.cell(0, 6, f"Sida {self.page_no()} ({{nb}})", border="RTB", fill=True,
                  align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_x(12)
        self.cell(120, 5, "Region Västmanland / Sala kommun – gemensam journalutskrift")
        self.cell(0, 5, self.PRINTED, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_x(12)
        self.cell(0, 4, "Patient/brukare: L.   Personnummer: XXXXXX-XXXX", new_x=XPos.LMARGIN,
                  new_y=YPos.NEXT)
        self.line(12, self.get_y() + 1, 198, self.get_y() + 1)
        self.ln(4)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "Utskrift ur SamLänk. Utskriften är en kopia, originalet finns i systemet. "
                        "Hanteras enligt sekretesslagstiftningen.", align="C")
        self.set_text_color(0, 0, 0)


def make_01():
    pdf = RecordPDF(format="A4")
    pdf.set_margins(12, 12, 12)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_title("SIP – utskrift")
    pdf.set_author("SamLänk")
    pdf.set_creation_date(__import__("datetime").datetime(2025, 1, 21, 10, 42, tzinfo=__import__("datetime").timezone.utc))
    pdf.add_page()

    LW, VW, LH = 52, 134, 5

    def section(title):
        if pdf.get_y() > 260:
            pdf.add_page()
        pdf.ln(2)
        pdf.set_font("DejaVu", "B", 10)
        pdf.set_fill_color(60, 90, 130)
        pdf.set_text_color(255, 255, 255)
        pdf.cell(LW + VW, 6, title, fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_text_color(0, 0, 0)
        pdf.ln(1)

    def box(label, value):
        pdf.set_font("DejaVu", "B", 8.5)
        lab_lines = pdf.multi_cell(LW - 2, LH, label, dry_run=True, output=MethodReturnValue.LINES)
        pdf.set_font("DejaVu", "", 9)
        val_lines = pdf.multi_cell(VW - 3, LH, value or " ", dry_run=True,
                                   output=MethodReturnValue.LINES)
        h = max(len(lab_lines), len(val_lines), 1) * LH + 2
        if pdf.get_y() + h > pdf.page_break_trigger:
            pdf.add_page()
        x, y = pdf.get_x(), pdf.get_y()
        pdf.set_fill_color(242, 242, 242)
        pdf.rect(x, y, LW, h, style="DF")
        pdf.rect(x + LW + 1, y, VW - 1, h)
        pdf.set_xy(x + 1, y + 1)
        pdf.set_font("DejaVu", "B", 8.5)
        pdf.multi_cell(LW - 2, LH, label, align="L")
        pdf.set_xy(x + LW + 2, y + 1)
        pdf.set_font("DejaVu", "", 9)
        pdf.multi_cell(VW - 3, LH, value, align="L")
        pdf.set_xy(x, y + h + 1)

    section("Grunduppgifter")
    box("Dokumenttyp / status", "SIP – ny plan. Fastställd 2025-01-20")
    box("Namn / kommun", "L., Sala kommun")
    box("SIP-möte", "2025-01-20 kl. 09.30–11.00, Psykiatriska öppenvårdsmottagningen Sala")
    box("Deltagare",
        "L. (den enskilde)\n"
        "Anders, socialsekreterare, Vuxenenheten IFO Sala kommun\n"
        "Jessica, sjuksköterska/fast vårdkontakt, Psykiatriska öppenvårdsmottagningen Sala\n"
        "Mehmet, specialistläkare, Psykiatriska öppenvårdsmottagningen Sala\n"
        "Camilla, budget- och skuldrådgivare, Sala kommun\n"
        "Gunilla, god man (förordnad av överförmyndaren)")
    box("Samtycke", "Samtycke finns.")
    box("Huvudansvarig för planen",
        "Anders, socialsekreterare, Vuxenenheten IFO Sala kommun")

    section("Bakgrund, syfte och mål")
    box("Bakgrund",
        "L. är 38 år och har bipolär sjukdom typ I sedan många år. Hösten 2024 hade hon en "
        "manisk episod med inläggning på psykiatrisk heldygnsvård i Västerås 2024-10-02 till "
        "2024-10-29. Under perioden före inläggningen tog hon flera snabblån och köpte på "
        "avbetalning. Skulderna uppgår nu till ca 310 000 kr, flera ärenden finns hos "
        "Kronofogden. Hyran för december är obetald. Sjukskriven på heltid sedan oktober. "
        "God man sedan 2024-12. Litiumbehandlingen är återinsatt.")
    box("Syfte med planen",
        "Syftet är att psykiatrin, socialtjänsten, budget- och skuldrådgivningen och god man "
        "tillsammans med L. ska få en samlad bild av hennes skulder och behandling, så att "
        "stämningsläget kan hållas stabilt samtidigt som ekonomin reds ut och bostaden säkras.")
    box("Frågeställningar inför mötet", "")

    box("Den enskildes mål",
        "Målet är att L. ska ha en stabil ekonomi utan nya skulder och kunna bo kvar i sin "
        "lägenhet, samt att hon ska undvika ny inläggning under 2025.")
    box("Den enskildes synpunkter/delaktighet",
        "L. deltog under hela mötet. Hon framförde att hon skäms över skulderna och vill att "
        "alla brev från inkasso ska gå via god man. Hon önskar att samtalen på mottagningen "
        "ligger på förmiddagar eftersom hon är trött efter medicinen på kvällen. Hon vill inte "
        "ha hembesök från socialtjänsten i nuläget.")
    section("Insatser och åtgärder")
    pdf.set_font("DejaVu", "", 8.5)
    pdf.set_fill_color(255, 255, 255)
    rows = [
        ("Läkarbesök med kontroll av litiumvärde och ställningstagande till fortsatt "
         "sjukskrivning",
         "Specialistläkare, Psykiatriska öppenvårdsmottagningen Sala", "2025-02-04", "Planerad"),
        ("Stödsamtal med fast vårdkontakt varannan vecka, fokus på tidiga tecken på "
         "skov och sömn. Krisplan uppdateras",
         "Sjuksköterska/fast vårdkontakt, Psykiatriska öppenvårdsmottagningen Sala",
         "Från 2025-01-28, varannan tisdag", "Pågår"),
        ("Psykopedagogisk gruppbehandling för bipolär sjukdom (10 träffar)",
         "Psykiatriska öppenvårdsmottagningen Sala, arbetsterapeut", "Start 2025-03-05",
         "Planerad"),
        ("Genomgång av samtliga skulder och upprättande av budget",
         "Budget- och skuldrådgivare, Sala kommun", "", "Ej påbörjad"),
        ("Utredning av ansökan om ekonomiskt bistånd för decemberhyran",
         "Socialsekreterare, Vuxenenheten IFO Sala kommun", "Beslut senast 2025-01-31",
         "Pågår"),
        ("Ansökan om skuldsanering hos Kronofogden när budgeten är klar; god man tar emot "
         "och sorterar all post från inkassobolag",
         "God man Gunilla", "Ansökan senast 2025-03-15, posten från 2025-01-21", "Pågår"),
        ("Ansökan om förlängd sjukpenning, läkarintyg skickas till Försäkringskassan. "
         "FK-handläggare bokar avstämningsmöte",
         "L. själv skickar ansökan, Försäkringskassan bokar avstämning",
         "Ansökan senast 2025-02-10, avstämning under februari", "Planerad"),
        ("Blockering av spel- och kreditköp (kreditspärr via UC och spärr av "
         "kortköp på nätet)", "L. själv med stöd av god man", "2025-01-24", "Planerad"),
    ]
    headings = FontFace(emphasis="BOLD", fill_color=(210, 220, 232))
    with pdf.table(col_widths=(70, 52, 40, 24), headings_style=headings,
                   line_height=4.6, text_align="LEFT", repeat_headings=1,
                   padding=1.2) as table:
        h = table.row()
        for t in ("Insats/åtgärd", "Ansvarig (verksamhet/funktion)", "Tidpunkt", "Status"):
            h.cell(t)
        for r in rows:
            row = table.row()
            for t in r:
                row.cell(t)

    section("Uppföljning")
    box("Uppföljning av planen",
        "Uppföljande SIP-möte 2025-04-08 kl. 13.00 på Psykiatriska öppenvårdsmottagningen Sala. "
        "Huvudansvarig skickar kallelse.")
    box("Planen delges", "L., samtliga deltagare. L. fick planen utskriven vid mötet.")
    box("Upprättad av", "Anders, socialsekreterare, Vuxenenheten IFO Sala kommun, 2025-01-20")
    pdf.output(path(1, "pdf"))


# =================================================================== 02
def make_02():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    hp = sec.header.paragraphs[0]
    hp.text = "Region Västmanland\tPsykiatrisk heldygnsvård, avdelning 32, Västerås"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Samordnad individuell plan vid utskrivning – version 2024:1"
    fp.runs[0].font.size = Pt(8)

    doc.add_heading("Samordnad individuell plan vid utskrivning från sluten vård", level=1)
    p = doc.add_paragraph()
    p.add_run("Enligt lag (2017:612) om samverkan vid utskrivning från sluten hälso- och "
              "sjukvård").italic = True

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    fields = [
        ("Patient", "Johan (J.)"),
        ("Personnummer", "XXXXXX-XXXX"),
        ("Hemkommun", "Surahammar"),
        ("Inskrivningsdatum", "2024-10-28"),
        ("Beräknat utskrivningsdatum", "2024-11-15"),
        ("Planen upprättad", "2024-11-12"),
        ("Fast vårdkontakt", "Hanna, sjuksköterska, Psykiatriska öppenvårdsmottagningen Västerås "
                             "(nås via växeln)"),
        ("Samordningsansvarig", "Avdelning 32, Psykiatrisk heldygnsvård Västerås"),
        ("Syfte", "Samordning inför utskrivning."),
        ("Samtycke", "Samtycke till samverkan finns."),
    ]
    for a, b in fields:
        r = t.add_row().cells
        cell_text(r[0], a, bold=True)
        cell_text(r[1], b)
        set_cell_shading(r[0], "EDEDED")
    set_col_widths(t, (Cm(5), Cm(11.6)))

    doc.add_heading("Medicinsk information", level=2)
    doc.add_paragraph(
        "Johan, 34 år, vårdas sedan 2024-10-28 på avdelning 32 efter ett suicidförsök med "
        "tabletter i hemmet i samband med en svår depressiv episod. Tidigare en depressiv episod "
        "2019 som behandlades på vårdcentral. Under vårdtiden har antidepressiv behandling "
        "(sertralin) höjts till 150 mg och han har fått sömnreglerande behandling. "
        "Stämningsläget har successivt förbättrats, han sover nu 6–7 timmar per natt och har "
        "haft permissioner hem utan komplikationer. Vid strukturerad suicidriskbedömning "
        "2024-11-11 bedöms risken som förhöjd men inte akut. Inga kända somatiska sjukdomar "
        "utöver förhöjt blodtryck som behöver följas upp. Läkemedelslista och krisplan skickas "
        "med vid utskrivning och finns i journalen.")

    doc.add_heading("Patientens delaktighet och önskemål", level=2)
    doc.add_paragraph(
        "Johan har varit med och tagit fram planen tillsammans med sin kontaktperson på "
        "avdelningen och har läst igenom den 2024-11-12. Han önskar att boendestödet kommer "
        "på eftermiddagar och att samma personer kommer varje gång.")
    p = doc.add_paragraph()
    p.add_run("Johans egna mål: ").bold = True
    p.add_run("”Jag vill kunna bo kvar i min lägenhet och klara vardagen själv. Jag vill "
              "börja gå ut och träna igen och inte hamna här en gång till.”")

    doc.add_heading("Planerade insatser efter utskrivning", level=2)
    t2 = doc.add_table(rows=1, cols=3)
    t2.style = "Table Grid"
    hdr = t2.rows[0].cells
    for c, txt in zip(hdr, ("Insats", "Ansvarig", "Tidpunkt")):
        cell_text(c, txt, bold=True)
        set_cell_shading(c, "D9E2F3")
    mark_header_row(t2.rows[0])
    rows = [
        ("Hembesök dagen efter utskrivning, genomgång av krisplan och läkemedel",
         "Regionen", "2024-11-16"),
        ("Samtal med fast vårdkontakt en gång i veckan de första sex veckorna",
         "Fast vårdkontakt, Psykiatriska öppenvårdsmottagningen Västerås",
         "Från vecka 47"),
        ("Läkarbesök för uppföljning av sertralin och ny suicidriskbedömning",
         "Läkare, Psykiatriska öppenvårdsmottagningen Västerås", "2024-11-26"),
        ("Boendestöd i hemmet två gånger per vecka (struktur i vardagen, inköp, "
         "komma igång med promenader)", "Kommunen", "Från utskrivningsdagen"),
        ("Läkemedel delas i dosett vid mottagningen och hämtas veckovis under första månaden",
         "Psykiatriska öppenvårdsmottagningen Västerås, sjuksköterska", "Från 2024-11-15"),
        ("Blodtryckskontroll och somatisk uppföljning",
         "Vårdcentralen Surahammar, distriktssköterska", ""),
    ]
    for r in rows:
        cells = t2.add_row().cells
        for c, txt in zip(cells, r):
            cell_text(c, txt)
    set_col_widths(t2, (Cm(8), Cm(5.6), Cm(3)))

    doc.add_heading("Uppföljning", level=2)
    doc.add_paragraph("Uppföljande SIP-möte hålls cirka tre veckor efter utskrivning. "
                      "Kallelse skickas till Johan.")
    doc.add_paragraph()
    doc.add_paragraph("Läkemedelslista och krisplan bifogas.")
    fix_core(doc, "SIP vid utskrivning", "Avd 32")
    doc.save(path(2, "docx"))
    normalize_docx(path(2, "docx"))


# =================================================================== 03
def add_numbered_heading(doc, text):
    h = doc.add_heading(level=1)
    r = h.add_run(text)
    r.font.small_caps = True
    r.font.size = Pt(13)
    r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    return h


def make_03():
    doc = Document()
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    hp = sec.header.paragraphs[0]
    hp.text = "Arboga kommun – Socialförvaltningen, Vuxenenheten\tSamordnad individuell plan"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Sekretess enligt OSL 26 kap. 1 §"
    fp.runs[0].font.size = Pt(8)

    t = doc.add_paragraph()
    r = t.add_run("Samordnad individuell plan (SIP)")
    r.bold = True
    r.font.size = Pt(18)
    r.font.small_caps = True

    info = doc.add_table(rows=2, cols=4)
    info.style = "Table Grid"
    vals = [("Namn", "Moa (M.)", "Personnummer", "ÅÅMMDD-XXXX"),
            ("Datum för möte", "2025-03-11", "Plats", "Socialförvaltningen Arboga")]
    for row, v in zip(info.rows, vals):
        for i, c in enumerate(row.cells):
            cell_text(c, v[i], bold=(i % 2 == 0))
            if i % 2 == 0:
                set_cell_shading(c, "EEEEEE")

    add_numbered_heading(doc, "1. Bakgrund")
    doc.add_paragraph(
        "M. är 19 år och bor i lägenhet i Arboga. Hon har ADHD, diagnostiserad i högstadiet, och "
        "har avbrutit gymnasiet (barn- och fritidsprogrammet) i årskurs 2. Sedan ett år finns ett "
        "regelbundet cannabisbruk, enligt orosanmälan från polisen 2025-01-20 i samband med "
        "ett ingripande. Hon har en pågående kontakt med Vuxenpsykiatrin Köping men har uteblivit "
        "från de senaste två läkarbesöken och tar sin ADHD-medicin oregelbundet. Hon har inte "
        "någon sysselsättning och ansökte om ekonomiskt bistånd i februari.")

    add_numbered_heading(doc, "2. Syfte med SIP")
    doc.add_paragraph("Samordning av insatser.")

    add_numbered_heading(doc, "3. Frågeställningar")
    doc.add_paragraph("Gå igenom läget och insatserna.")

    add_numbered_heading(doc, "4. Den enskildes mål")
    doc.add_paragraph("Tas upp vid nästa möte.")

    add_numbered_heading(doc, "5. Deltagare")
    dt = doc.add_table(rows=1, cols=3)
    dt.style = "Table Grid"
    for c, txt in zip(dt.rows[0].cells, ("Namn", "Funktion", "Verksamhet")):
        cell_text(c, txt, bold=True)
        set_cell_shading(c, "D9D9D9")
    mark_header_row(dt.rows[0])
    for r in [("Sara", "Socialsekreterare", "Vuxenenheten IFO Arboga"),
              ("Erik", "Behandlare", "Beroendeenheten/öppenvård IFO Arboga"),
              ("Fatima", "Sjuksköterska", "Vuxenpsykiatrin Köping"),
              ("Johanna", "Sjuksköterska", "Beroendemottagningen Västerås"),
              ("Mats", "Studie- och yrkesvägledare", "Vuxenutbildningen Arboga")]:
        cells = dt.add_row().cells
        for c, txt in zip(cells, r):
            cell_text(c, txt)

    add_numbered_heading(doc, "6. Insatser")
    it = doc.add_table(rows=1, cols=5)
    it.style = "Table Grid"
    it.alignment = WD_TABLE_ALIGNMENT.CENTER
    heads = ("Insats", "Ansvarig verksamhet", "Ansvarig person/funktion", "Start", "Slut")
    for c, txt in zip(it.rows[0].cells, heads):
        cell_text(c, txt, bold=True)
        set_cell_shading(c, "1F3A5F")
        c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    mark_header_row(it.rows[0])
    rows = [
        ("Öppenvårdsbehandling enligt ACRA, samtal en gång per vecka",
         "Beroendeenheten/öppenvård IFO Arboga", "Behandlare Erik", "2025-03-17", "2025-09-30"),
        ("Läkarbesök för uppföljning av ADHD-medicinering, påminnelse via SMS dagen före",
         "Vuxenpsykiatrin Köping", "Läkare, bokas av sjuksköterska Fatima", "2025-03-25",
         "Tills vidare"),
        ("Urinprovskontroller två gånger per vecka", "Beroendemottagningen Västerås",
         "Sjuksköterska", "", ""),
        ("Utredning av ekonomiskt bistånd", "Vuxenenheten IFO Arboga",
         "Socialsekreterare Sara", "2025-03-11", "2025-03-31"),
        ("Studie- och yrkesvägledning inför ansökan till Komvux hösten 2025",
         "Vuxenutbildningen Arboga", "SYV Mats", "2025-04-01", "2025-06-13"),
    ]
    for r in rows:
        cells = it.add_row().cells
        for c, txt in zip(cells, r):
            cell_text(c, txt)
    set_col_widths(it, (Cm(8.5), Cm(6), Cm(5), Cm(2.6), Cm(2.6)))

    add_numbered_heading(doc, "7. Andra aktörer")
    doc.add_paragraph("M. är inskriven hos Arbetsförmedlingen. Försäkringskassan är aktuell.")

    add_numbered_heading(doc, "8. Huvudansvar för planen")
    doc.add_paragraph("Sara, socialsekreterare, Vuxenenheten IFO Arboga.")

    add_numbered_heading(doc, "9. Uppföljning")
    doc.add_paragraph("Uppföljning 2025-05-20 kl. 14.00 i Socialförvaltningens lokaler, Arboga.")
    fix_core(doc, "SIP", "Vuxenenheten")
    doc.save(path(3, "docx"))
    normalize_docx(path(3, "docx"))


# =================================================================== 04
def make_04():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.3)
    normal = doc.styles["Normal"]
    normal.font.name = "Verdana"
    normal.font.size = Pt(11)
    for lvl in (1, 2):
        hs = doc.styles[f"Heading {lvl}"]
        hs.font.name = "Verdana"
        hs.font.color.rgb = RGBColor(0x2E, 0x74, 0x6B)
    fp = sec.footer.paragraphs[0]
    fp.text = "Köpings kommun och Region Västmanland – SIP för barn och unga"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.runs[0].font.size = Pt(8)

    title = doc.add_heading("Din plan, Noah", level=1)
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph("Samordnad individuell plan (SIP) från mötet den 11 februari 2025 "
                          "på Västerskolan i Köping")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.runs[0].italic = True

    doc.add_heading("Varför har vi det här mötet?", level=2)
    doc.add_paragraph(
        "Vi träffades för att alla vuxna som hjälper dig – i skolan, på BUP och på "
        "socialtjänsten – ska jobba åt samma håll, så att du kan börja gå till skolan igen utan "
        "att oron och magontet tar över. Du har varit hemma nästan hela tiden sedan höstlovet.")
    doc.add_paragraph("Det här ville vi prata om på mötet:")
    for q in ("Hur kan du komma tillbaka till skolan lite i taget?",
              "Vad kan hjälpa dig på morgonen när du får ont i magen?",
              "Hur ska skolan och BUP hålla koll på hur det går, utan att du måste berätta "
              "samma sak många gånger?"):
        doc.add_paragraph(q, style="List Bullet")

    doc.add_heading("Vilka var med?", level=2)
    doc.add_paragraph("Du (i början och i slutet av mötet), mamma, pappa, Lena, Amir, Elin "
                      "och Jonas.")

    doc.add_heading("Får vi prata med varandra om dig?", level=2)
    doc.add_paragraph("Ja. Mamma och pappa skrev under samtyckesblanketten på mötet den "
                      "11 februari 2025, och du sa att det var okej för dig också.")

    doc.add_heading("Vad tycker du?", level=2)
    doc.add_paragraph(
        "Du berättade att morgnarna är värst och att det känns bättre när du vet precis vad som "
        "ska hända under dagen. Du vill inte att hela klassen ska få veta varför du har varit "
        "borta. Du sa:")
    q = doc.add_paragraph()
    q.paragraph_format.left_indent = Cm(1)
    rq = q.add_run("”Jag vill kunna gå till skolan och vara med mina kompisar på rasterna igen. "
                   "Och jag vill börja på fotbollen igen innan sommaren.”")
    rq.italic = True

    doc.add_heading("Vem gör vad?", level=2)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Light Grid Accent 1" if "Light Grid Accent 1" in [s.name for s in doc.styles] \
        else "Table Grid"
    for c, txt in zip(t.rows[0].cells, ("Vad?", "Vem?", "När?")):
        cell_text(c, txt, bold=True)
    mark_header_row(t.rows[0])
    rows = [
        ("Samtal om oron med KBT, där du får öva på att göra det som känns svårt",
         "Psykologen på BUP Västerås", "Varannan tisdag från 18 februari"),
        ("Ett eget schema: du börjar med två lektioner om dagen och ökar efter hand",
         "Din mentor på Västerskolan", "Från måndag 24 februari till påsklovet"),
        ("Någon möter dig vid entrén varje morgon och du kan gå till ett lugnt rum "
         "om det blir för mycket", "Skolkuratorn på Västerskolan", "Varje skoldag från 24 februari"),
        ("Stöd hemma till mamma och pappa om hur morgnarna kan bli lättare",
         "Familjebehandlare, socialtjänsten i Köping", "En gång i veckan från vecka 9"),
        ("Mamma eller pappa följer med dig till skolan på morgonen",
         "Mamma och pappa", "Varje skoldag från 24 februari"),
        ("Du fyller i din orosdagbok på kvällen och tar med den till psykologen",
         "Du själv", "Varje kväll, från i dag"),
    ]
    for r in rows:
        cells = t.add_row().cells
        for c, txt in zip(cells, r):
            cell_text(c, txt)
    set_col_widths(t, (Cm(7.5), Cm(4.8), Cm(4.1)))

    doc.add_heading("När ses vi igen?", level=2)
    doc.add_paragraph("Efter påsklovet, i slutet av april. Då pratar vi om hur det har gått och "
                      "om schemat ska ändras. Du och mamma och pappa får en kallelse hem.")

    doc.add_heading("Vem håller ihop planen?", level=2)
    doc.add_paragraph("Socialtjänsten i Köping håller ihop planen och ser till att alla gör det "
                      "vi har bestämt. Om något inte fungerar kan du eller mamma och pappa "
                      "ringa dit via växeln.")
    fix_core(doc, "Din plan", "Socialtjänsten Köping")
    tmp = tempfile.mkdtemp(prefix="f31a-04-")
    dpath = os.path.join(tmp, f"{PREFIX}-04.docx")
    doc.save(dpath)
    to_pdf(dpath, path(4, "pdf"))
    shutil.rmtree(tmp, ignore_errors=True)


# =================================================================== 05
def wrap(text, width=76, indent=""):
    import textwrap
    return textwrap.fill(text, width=width, initial_indent=indent, subsequent_indent=indent,
                         break_long_words=False, break_on_hyphens=False)


def make_05():
    L = []
    L.append("MINNESANTECKNINGAR – SIP-MÖTE")
    L.append("=" * 30)
    L.append("")
    L.append("Datum:      2025-04-03 kl. 13.00-14.30")
    L.append("Plats:      Psykiatriska öppenvårdsmottagningen Fagersta")
    L.append("Ärende:     Mikael (M.), ÅÅMMDD-XXXX, Fagersta kommun")
    L.append("")
    L.append("Närvarande:")
    for n in ("Karin, socialsekreterare, Vuxenenheten IFO Fagersta kommun",
              "Per, boendestödjare, Socialpsykiatrin Fagersta kommun",
              "Eva, budget- och skuldrådgivare, Fagersta kommun",
              "Linnea, sjuksköterska/case manager, Psykiatriska öppenvårdsmottagningen "
              "Fagersta",
              "Omar, överläkare, Psykiatriska öppenvårdsmottagningen Fagersta"):
        import textwrap
        L.append(textwrap.fill(n, width=76, initial_indent="  - ", subsequent_indent="    ",
                               break_on_hyphens=False))
    L.append("")
    L.append("Ej närvarande: Mikael")
    L.append("")
    L.append("-" * 76)
    paras = [
        ("§ 1 Mötets öppnande",
         "Karin hälsade välkommen och öppnade mötet. Presentationsrunda."),
        ("§ 2 Val av sekreterare",
         "Per valdes att föra anteckningar."),
        ("§ 3 Bakgrund",
         "M. är 31 år och har schizofreni sedan 2016. Han får depåinjektion var fjärde vecka "
         "på mottagningen men har uteblivit två gånger sedan januari, senast 2025-03-20. "
         "Han bor ensam i hyreslägenhet och har en hyresskuld motsvarande tre månadshyror. "
         "Han har fått uppsägning av lägenheten på grund av skulden. Boendestöd finns en "
         "gång i veckan sedan 2023. Per beskriver att M. har dragit sig undan den senaste "
         "månaden och inte öppnat när han kommit på besök."),
        ("§ 4 Frågor till mötet",
         "Hur kan hyresskulden hanteras så att M. kan bo kvar? Hur säkrar vi att M. kommer "
         "till depåinjektionerna? Behöver boendestödet utökas, och kan boendestödjare följa "
         "med till mottagningen?"),
        ("§ 5 Mål",
         "Målet är att M. ska kunna bo kvar i sin lägenhet och ta sin medicin regelbundet, "
         "så att en ny inläggning kan undvikas."),
        ("§ 6 Samtycke",
         "Samtycke finns enligt Karin."),
        ("§ 7 Insatser och ansvar",
         "Linnea (sjuksköterska, Psykiatriska öppenvårdsmottagningen) ringer M. dagen före "
         "varje depåinjektion, med start inför injektionen 2025-04-14. Om M. inte kommer "
         "gör Linnea hembesök samma vecka tillsammans med Per.\n"
         "Per (Socialpsykiatrin) utökar boendestödet från en till tre gånger i veckan från "
         "2025-04-07 och följer med M. till mottagningen vid injektionerna.\n"
         "Eva (budget- och skuldrådgivningen) erbjuder M. en tid för genomgång av skulderna "
         "2025-04-10 och tar fram ett förslag till avbetalningsplan senast 2025-04-17.\n"
         "Karin (IFO) utreder ansökan om ekonomiskt bistånd för hyresskulden, beslut senast "
         "2025-04-25.\n"
         "Omar (överläkare) ser över medicineringen och bedömer om byte till tablettform är "
         "aktuellt vid läkarbesök 2025-04-22."),
        ("§ 8 Nästa möte",
         "Uppföljning 2025-06-12 kl. 13.00 på Psykiatriska öppenvårdsmottagningen Fagersta."),
        ("§ 9 Mötets avslutande",
         "Mötet avslutades kl. 14.30. Anteckningarna skickas till samtliga deltagare."),
    ]
    for head, body in paras:
        L.append("")
        L.append(head)
        for chunk in body.split("\n"):
            L.append(wrap(chunk, width=76))
    L.append("")
    L.append("Vid anteckningarna")
    L.append("Per, Socialpsykiatrin Fagersta kommun")
    L.append("")
    text = "\r\n".join("\n".join(L).split("\n"))
    with open(path(5, "txt"), "wb") as f:
        f.write(text.encode("cp1252"))


# =================================================================== 06
def make_06():
    md = """# Uppföljning av samordnad individuell plan (SIP)

**Namn:** Oskar (O.)
**Personnummer:** ÅÅMMDD-XXXX
**Kommun:** Hallstahammar
**Datum för uppföljningsmöte:** 2025-05-06
**Ursprunglig plan upprättad:** 2025-01-28

**Närvarande:** Oskar, pappa, boendepersonal, LSS-handläggare, arbetsterapeut, sjuksköterska

## Syfte

Se tidigare plan.

## Frågeställningar

Genomgång av läget.

## Oskars mål

Oförändrat.

## Delaktighet

O. deltog under första halvan av mötet tillsammans med sin pappa.

## Samtycke

Se tidigare plan.

## Status för insatser i tidigare plan

| Insats | Ansvarig | Status | Kommentar |
|---|---|---|---|
| Kartläggning av sömn och kvällsrutiner | Arbetsterapeut, Vuxenhabiliteringen Västerås | Klar | Bildschema för kvällsrutin infört i mars |
| Bildstöd och veckoschema på boendet | Gruppbostaden Solrosen, Hallstahammars kommun | Klar | Används dagligen |
| Läkarbedömning av oro och sömnmedicinering | Läkare, Vårdcentralen Hallstahammar | Pågår | Ny medicin insatt 2025-04-02, utvärderas |
| Utökning av daglig verksamhet till fyra dagar i veckan | Daglig verksamhet Verkstan, Hallstahammars kommun | Avslutad | Fungerade inte, tillbaka på tre dagar från 2025-04-14 |
| Samtal med psykolog om oro i nya situationer | Psykolog, Vuxenhabiliteringen Västerås | Pågår | Var tredje vecka, sex gånger kvar |
| Tandvårdsbesök med förberedelse via bildstöd | Se tidigare plan | Klar | |

## Nya insatser

| Insats | Ansvarig | När |
|---|---|---|
| Fortsatt stöd från boendet | Gruppbostaden Solrosen | Löpande |
| Fortsatt kontakt med habiliteringen vid behov | Vuxenhabiliteringen Västerås | |
| Kartläggning av fritidsaktivitet och eventuell ledsagarservice | Kommunen | Hösten 2025 |

## Andra aktörer

God man är informerad om planen.

## Huvudansvar

Oförändrat.

## Nästa uppföljning

I oktober. Kallelse skickas.
"""
    with open(path(6, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# =================================================================== 07
def make_07():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin = Cm(1.5)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    hp = sec.header.paragraphs[0]
    hp.text = "NORBERGS KOMMUN\tVård och omsorg\tBlankett VO 14 (2023)"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Samordnad individuell plan – kommunens mall. Sparas i verksamhetssystemet."
    fp.runs[0].font.size = Pt(7)

    tp = doc.add_paragraph()
    r = tp.add_run("SAMORDNAD INDIVIDUELL PLAN (SIP)")
    r.bold = True
    r.font.size = Pt(15)
    tp.add_run("\nEnligt 2 kap. 7 § SoL och 16 kap. 4 § HSL").font.size = Pt(9)

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"

    def part(title):
        row = t.add_row()
        a, b = row.cells
        m = a.merge(b)
        cell_text(m, title, bold=True, size=10.5)
        set_cell_shading(m, "BFBFBF")

    def field(label, value, hint=None):
        row = t.add_row()
        a, b = row.cells
        cell_text(a, label, bold=True, size=9.5)
        if hint:
            ph = a.add_paragraph()
            rr = ph.add_run(hint)
            rr.italic = True
            rr.font.size = Pt(8)
        set_cell_shading(a, "F2F2F2")
        cell_text(b, value)

    part("DEL 1   PERSONUPPGIFTER OCH MÖTE")
    field("Namn", "Gösta (G.)")
    field("Personnummer", "XXXXXX-XXXX")
    field("Mötesdatum och plats", "2025-03-04, i Göstas hem i Norberg")
    field("Den enskilde deltog", "☒ Ja   ☐ Nej   ☐ Delvis")
    field("Deltagare", "Gösta (G.)\n"
                       "Maria, biståndshandläggare, Äldreomsorgen Norbergs kommun\n"
                       "Lars, fysioterapeut, Kommunrehab Norberg\n"
                       "Jenny, sjuksköterska, Hemsjukvården Norbergs kommun\n"
                       "Annika, distriktssköterska, Vårdcentralen Norberg\n"
                       "Tove, enhetschef, Hemtjänsten Norberg")

    part("DEL 2   BAKGRUND, SYFTE OCH MÅL")
    field("Bakgrund",
          "G. är 86 år och bor ensam i villa. Han föll i hemmet 2025-02-14 och opererades för "
          "höftfraktur på Ortopedkliniken, Västmanlands sjukhus Västerås. Han skrevs ut "
          "2025-03-03. Han går med rollator inomhus men kan inte ta sig ut själv. Han har "
          "förmaksflimmer och lätt nedsatt njurfunktion. Innan fallet klarade han sig utan "
          "insatser.")
    field("Syfte med planen",
          "Syftet med planen är att samordna hemtjänst, kommunal rehabilitering och "
          "hemsjukvård efter Göstas hemgång från ortopeden, så att alla vet vem som gör vad "
          "under de första veckorna hemma och att smärtlindring och blodförtunnande följs upp.")
    field("Frågeställningar inför mötet", "")
    field("Den enskildes mål", "", "(med egna ord)")
    field("Den enskildes synpunkter",
          "G. deltog i hela mötet. Han tycker att morgonbesöket från hemtjänsten kommer för "
          "tidigt och önskar att det kommer efter kl. 08.00. Han vill helst ha samma personal "
          "så långt det går och vill inte ha nattillsyn.")

    part("DEL 3   SAMTYCKE")
    field("Samtycke till samverkan", "☒ Muntligt   ☐ Skriftligt   ☐ Ej samtycke")
    field("Datum för samtycke", "2025-03-04")
    field("Samtycket gäller", "☒ Kommunen   ☒ Regionen   ☐ Annan: ")

    part("DEL 4   INSATSER")
    field("Insats 1", "Hemtjänst morgon och kväll, hjälp med personlig hygien, på- och "
                      "avklädning samt måltider.\nAnsvarig: Hemtjänsten Norberg, enhetschef.\n"
                      "Från: 2025-03-05")
    field("Insats 2", "Gångträning och bedömning av hjälpmedel i hemmet, två gånger per vecka "
                      "i sex veckor.\nAnsvarig: Fysioterapeut, Kommunrehab Norberg.\n"
                      "Från: 2025-03-06")
    field("Insats 3", "Trygghetslarm installeras.\nAnsvarig: Biståndshandläggare, "
                      "Äldreomsorgen Norbergs kommun.\nNär: 2025-03-05")
    field("Insats 4", "Läkemedelsgenomgång, smärtlindring och kontroll av blodförtunnande "
                      "(Eliquis).\nAnsvarig: Regionen.\nNär: ")
    field("Insats 5", "Såromläggning och suturtagning.\nAnsvarig: Sjuksköterska, "
                      "Hemsjukvården Norbergs kommun.\nNär: 2025-03-07")
    field("Insats 6", "Återbesök med röntgenkontroll av höften.\nAnsvarig: Ortopedmottagningen, "
                      "Västmanlands sjukhus Västerås.\nNär: 2025-04-15")
    field("Andra aktörer", "", "(t.ex. Försäkringskassan, Arbetsförmedlingen, god man, "
                                "anhöriga)")

    part("DEL 5   ANSVAR OCH UPPFÖLJNING")
    field("Samordningsansvarig", "Distriktssköterska")
    field("Uppföljning", "Om ca 6 veckor, när rehabperioden är slut.")
    field("Planen har delgetts", "☒ Den enskilde   ☐ Anhörig   ☒ Deltagande verksamheter")
    set_col_widths(t, (Cm(5.2), Cm(12.2)))
    fix_core(doc, "SIP", "Äldreomsorgen Norberg")
    doc.save(path(7, "docx"))
    normalize_docx(path(7, "docx"))


# =================================================================== 08
PH_TEXT = "Klicka eller tryck här för att ange text."
PH_DATE = "Klicka eller tryck för att ange ett datum."
_sdt_id = [612345000]


def add_sdt(paragraph, placeholder=PH_TEXT, date=False):
    """Append an empty content control showing its placeholder text."""
    _sdt_id[0] += 7
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    rpr = OxmlElement("w:rPr")
    pr.append(rpr)
    idel = OxmlElement("w:id")
    idel.set(qn("w:val"), str(_sdt_id[0]))
    pr.append(idel)
    plc = OxmlElement("w:placeholder")
    dp = OxmlElement("w:docPart")
    dp.set(qn("w:val"), "DefaultPlaceholder_-1854013437" if date
           else "DefaultPlaceholder_-1854013440")
    plc.append(dp)
    pr.append(plc)
    pr.append(OxmlElement("w:showingPlcHdr"))
    if date:
        d = OxmlElement("w:date")
        fmt = OxmlElement("w:dateFormat")
        fmt.set(qn("w:val"), "yyyy-MM-dd")
        d.append(fmt)
        lid = OxmlElement("w:lid")
        lid.set(qn("w:val"), "sv-SE")
        d.append(lid)
        pr.append(d)
    else:
        pr.append(OxmlElement("w:text"))
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    rp = OxmlElement("w:rPr")
    col = OxmlElement("w:color")
    col.set(qn("w:val"), "808080")
    rp.append(col)
    r.append(rp)
    t = OxmlElement("w:t")
    t.text = placeholder
    r.append(t)
    content.append(r)
    sdt.append(content)
    paragraph._p.append(sdt)
    return sdt


def make_08():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)
    hp = sec.header.paragraphs[0]
    hp.text = "Skinnskattebergs kommun • Region Västmanland\tSIP – gemensam mall"
    hp.runs[0].font.size = Pt(8)

    doc.add_heading("Samordnad individuell plan (SIP)", level=1)

    def label_field(label, hint=None, date=False):
        p = doc.add_paragraph()
        r = p.add_run(label)
        r.bold = True
        if hint:
            h = p.add_run(" " + hint)
            h.italic = True
            h.font.size = Pt(9)
        p.paragraph_format.space_after = Pt(0)
        p2 = doc.add_paragraph()
        add_sdt(p2, PH_DATE if date else PH_TEXT, date=date)
        p2.paragraph_format.space_after = Pt(8)

    doc.add_heading("Uppgifter om den enskilde", level=2)
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for row, lab in zip(t.rows, ("Namn", "Personnummer (ÅÅMMDD-XXXX)", "Datum för mötet")):
        cell_text(row.cells[0], lab, bold=True)
        row.cells[1].text = ""
        add_sdt(row.cells[1].paragraphs[0], PH_DATE if lab.startswith("Datum") else PH_TEXT,
                date=lab.startswith("Datum"))

    doc.add_heading("Deltagare", level=2)
    dt = doc.add_table(rows=1, cols=3)
    dt.style = "Table Grid"
    for c, txt in zip(dt.rows[0].cells, ("Namn", "Funktion", "Verksamhet")):
        cell_text(c, txt, bold=True)
        set_cell_shading(c, "DEEAF6")
    mark_header_row(dt.rows[0])
    for name in ("Birgitta", "Johan", "Anna", None, None):
        cells = dt.add_row().cells
        if name:
            cell_text(cells[0], name)
        else:
            cells[0].text = ""
            add_sdt(cells[0].paragraphs[0])
        for c in cells[1:]:
            c.text = ""
            add_sdt(c.paragraphs[0])

    doc.add_heading("Planens innehåll", level=2)
    label_field("Syfte med SIP", "(varför behövs en samordnad plan just nu?)")
    label_field("Frågeställningar", "(vilka frågor ska mötet besvara?)")
    label_field("Den enskildes mål", "(med den enskildes egna ord)")
    label_field("Den enskildes delaktighet och synpunkter",
                "(deltog personen? om inte, varför och hur har synpunkterna inhämtats?)")

    p = doc.add_paragraph()
    p.add_run("Samtycke ").bold = True
    p.add_run("(kryssa i)").italic = True
    doc.add_paragraph("☐ Muntligt samtycke     ☐ Skriftligt samtycke     ☐ Samtycke saknas")
    p = doc.add_paragraph("Datum för samtycke: ")
    add_sdt(p, PH_DATE, date=True)

    doc.add_heading("Insatser", level=2)
    it = doc.add_table(rows=1, cols=4)
    it.style = "Table Grid"
    for c, txt in zip(it.rows[0].cells, ("Insats/åtgärd", "Ansvarig verksamhet och funktion",
                                         "Start", "Slut/klart")):
        cell_text(c, txt, bold=True)
        set_cell_shading(c, "DEEAF6")
    mark_header_row(it.rows[0])
    for _ in range(4):
        cells = it.add_row().cells
        for i, c in enumerate(cells):
            c.text = ""
            add_sdt(c.paragraphs[0], PH_DATE if i >= 2 else PH_TEXT, date=i >= 2)

    label_field("Insatser från andra aktörer",
                "(t.ex. Försäkringskassan, Arbetsförmedlingen, god man, närstående, "
                "den enskilde själv)")
    label_field("Huvudansvarig för planen", "(namn, funktion och verksamhet)")
    label_field("Datum för uppföljning", date=True)

    p = doc.add_paragraph()
    p.add_run("Planen har skickats till: ").bold = True
    doc.add_paragraph("☐ Den enskilde     ☐ Vårdnadshavare/företrädare     ☐ Samtliga deltagare")
    fix_core(doc, "SIP mall", "Skinnskattebergs kommun")
    doc.save(path(8, "docx"))
    normalize_docx(path(8, "docx"))


def main():
    os.makedirs(OUT, exist_ok=True)
    make_01()
    make_02()
    make_03()
    make_04()
    make_05()
    make_06()
    make_07()
    make_08()
    print("done:", sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()
