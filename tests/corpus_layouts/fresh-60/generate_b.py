#!/usr/bin/env python
"""Generate the f60b- batch of fictional SIP documents (Västra Götaland).

Run with /work/batches/.venv/bin/python generate.py
Writes every file into plans/. Deterministic: fixed dates, no randomness.
"""
import datetime
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
PREFIX = "f60b-"
LO_PROFILE = "file:///tmp/lo-f60b"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIXED = datetime.datetime(2025, 3, 18, 10, 42, 0, tzinfo=datetime.timezone.utc)


def out(name):
    return os.path.join(OUT, PREFIX + name)


# ---------------------------------------------------------------- docx helpers

def fix_core(doc, title, author):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = datetime.datetime(2025, 1, 1, 8, 0, 0)
    cp.modified = datetime.datetime(2025, 1, 1, 8, 0, 0)
    cp.revision = 1


def set_base_font(doc, name="Calibri", size=11):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), name)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def mark_header_row(row):
    trPr = row._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trPr.append(th)


def cell_text(cell, text, bold=False, size=None, italic=False, color=None):
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


def bold_label(doc, text, size=11, space_before=8):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(space_before)
    p.paragraph_format.space_after = Pt(2)
    p.paragraph_format.keep_with_next = True
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    return p


def placeholder(doc_or_cell, text="Klicka eller tryck här för att ange text."):
    """An empty content control (w:sdt) that shows its placeholder text."""
    p = doc_or_cell.add_paragraph()
    sdt = OxmlElement("w:sdt")
    sdtPr = OxmlElement("w:sdtPr")
    alias = OxmlElement("w:showingPlcHdr")
    sdtPr.append(alias)
    sdt.append(sdtPr)
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    rPr = OxmlElement("w:rPr")
    col = OxmlElement("w:color")
    col.set(qn("w:val"), "808080")
    rPr.append(col)
    r.append(rPr)
    t = OxmlElement("w:t")
    t.text = text
    t.set(qn("xml:space"), "preserve")
    r.append(t)
    content.append(r)
    sdt.append(content)
    p._p.append(sdt)
    return p


def header_footer(section, left, right=None, footer=None, size=8):
    hp = section.header.paragraphs[0]
    hp.text = ""
    r = hp.add_run(left)
    r.font.size = Pt(size)
    if right:
        hp.add_run("\t\t" + right).font.size = Pt(size)
    if footer:
        fp = section.footer.paragraphs[0]
        fp.text = ""
        fr = fp.add_run(footer)
        fr.font.size = Pt(size - 1)
        fr.font.color.rgb = RGBColor(0x60, 0x60, 0x60)


def page_field(paragraph, prefix="Sida "):
    """Append 'Sida PAGE (NUMPAGES)' as fields."""
    def fld(instr):
        r = OxmlElement("w:r")
        b = OxmlElement("w:fldChar")
        b.set(qn("w:fldCharType"), "begin")
        r.append(b)
        paragraph._p.append(r)
        r = OxmlElement("w:r")
        it = OxmlElement("w:instrText")
        it.set(qn("xml:space"), "preserve")
        it.text = instr
        r.append(it)
        paragraph._p.append(r)
        r = OxmlElement("w:r")
        s = OxmlElement("w:fldChar")
        s.set(qn("w:fldCharType"), "separate")
        r.append(s)
        paragraph._p.append(r)
        r = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.text = "1"
        r.append(t)
        paragraph._p.append(r)
        r = OxmlElement("w:r")
        e = OxmlElement("w:fldChar")
        e.set(qn("w:fldCharType"), "end")
        r.append(e)
        paragraph._p.append(r)
    paragraph.add_run(prefix)
    fld("PAGE")
    paragraph.add_run(" (")
    fld("NUMPAGES")
    paragraph.add_run(")")


def set_col_widths(table, widths):
    """Fixed column widths: tblGrid gridCol plus every cell's tcW."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for tc, w in zip(row._tr.findall(qn("w:tc")), widths):
            tcPr = tc.get_or_add_tcPr()
            tcW = tcPr.find(qn("w:tcW"))
            if tcW is None:
                tcW = OxmlElement("w:tcW")
                tcPr.insert(0, tcW)
            tcW.set(qn("w:w"), str(int(w.twips)))
            tcW.set(qn("w:type"), "dxa")


def soffice_pdf(src, outdir):
    subprocess.run(
        ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
         "--convert-to", "pdf", "--outdir", outdir, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        timeout=240)


# ======================================================================
# 01  Region template, two-level numbered headings, vMerge "Huvudman"
#     Man 27, autism and depression, Göteborg (Hisingen)
# ======================================================================

def make_01():
    doc = Document()
    set_base_font(doc, "Arial", 10)
    for name, size in (("Heading 1", 13), ("Heading 2", 11)):
        st = doc.styles[name]
        st.font.name = "Arial"
        st.font.size = Pt(size)
        st.font.color.rgb = RGBColor(0x00, 0x4B, 0x87)
        rpr = st.element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts")
            rpr.append(rf)
        for a in ("w:ascii", "w:hAnsi", "w:cs"):
            rf.set(qn(a), "Arial")
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(2.0)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("Västra Götalandsregionen och kommunerna i Västra Götaland")
    r.font.size = Pt(8)
    r.bold = True
    hp2 = sec.header.add_paragraph()
    r = hp2.add_run("Samordnad individuell plan (SIP) enligt SoL 2 kap. 7 § och HSL 16 kap. 4 §")
    r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    r = fp.add_run("Gemensam SIP-mall VGR/VGK, version 3.1 (2024)   ")
    r.font.size = Pt(7)
    page_field(fp)
    for run in fp.runs:
        run.font.size = Pt(7)

    t = doc.add_paragraph()
    rr = t.add_run("SAMORDNAD INDIVIDUELL PLAN – SIP")
    rr.bold = True
    rr.font.size = Pt(16)
    rr.font.color.rgb = RGBColor(0x00, 0x4B, 0x87)
    t2 = doc.add_paragraph()
    rr = t2.add_run("Första planeringsmöte  ☒    Uppföljning  ☐    Avslut  ☐")
    rr.font.size = Pt(10)

    doc.add_heading("1. Grunduppgifter", level=1)
    doc.add_heading("1.1 Den enskilde", level=2)
    tb = doc.add_table(rows=3, cols=4)
    tb.style = "Table Grid"
    vals = [("Namn", "Jonas", "Personnummer", "ÅÅMMDD-XXXX"),
            ("Kommun/stadsområde", "Göteborg, Hisingen", "Datum för mötet", "2025-02-12"),
            ("Plats", "Psykiatrimottagning Hisingen, Sahlgrenska universitetssjukhuset",
             "Kallad av", "Psykiatrimottagning Hisingen")]
    for i, row in enumerate(vals):
        for j, v in enumerate(row):
            cell_text(tb.cell(i, j), v, bold=(j % 2 == 0), size=9)
            if j % 2 == 0:
                shade(tb.cell(i, j), "E6EEF6")

    doc.add_heading("1.2 Deltagare vid mötet", level=2)
    doc.add_paragraph("(namn, funktion, verksamhet)").runs[0].italic = True
    for d in ["Jonas, den enskilde",
              "Linnea, kurator",
              "Hassan, sjuksköterska",
              "Maria, boendestödjare",
              "Erik, handläggare",
              "Sevgi, distriktssköterska (deltog via Teams första 30 min)"]:
        doc.add_paragraph(d, style="List Bullet")

    doc.add_heading("2. Bakgrund, syfte och frågeställningar", level=1)
    doc.add_heading("2.1 Bakgrund", level=2)
    doc.add_paragraph(
        "Jonas är 27 år och bor ensam i hyreslägenhet på Hisingen. Han fick diagnosen "
        "autism 2016 och har sedan våren 2024 en medelsvår depression med sömnproblem, "
        "nedstämdhet och svårt att ta sig för saker. Han har varit inskriven i heldygnsvård "
        "en gång (oktober 2024, 9 dygn) efter att ha slutat äta ordentligt och isolerat sig. "
        "Sedan utskrivningen har han kontakt med Psykiatrimottagning Hisingen. Boendestöd "
        "från socialpsykiatrin beviljades i december 2024 men har hittills kommit på olika "
        "tider och med olika personal, vilket Jonas har haft svårt med. Han har ingen "
        "sysselsättning sedan en praktik avbröts 2023.")
    doc.add_heading("2.2 Syfte med planen", level=2)
    doc.add_paragraph(
        "Syftet är att psykiatrin, vårdcentralen och socialtjänsten samordnar sitt stöd så att "
        "Jonas depression behandlas samtidigt som han får ett förutsägbart stöd hemma, och så "
        "att han inte behöver berätta samma sak för varje ny kontakt. Planen ska också ge en "
        "gemensam väg mot någon form av sysselsättning under 2025.")
    doc.add_heading("2.3 Frågeställningar inför mötet", level=2)
    placeholder(doc)

    doc.add_heading("3. Mål", level=1)
    doc.add_heading("3.1 Den enskildes mål", level=2)
    p = doc.add_paragraph()
    p.add_run("”Jag vill orka gå upp på morgonen och laga mat själv. Och jag vill ha något att "
              "göra på dagarna, kanske praktik med datorer, men inte i en stor grupp.”").italic = True
    doc.add_paragraph("(Jonas egna ord på mötet)").runs[0].font.size = Pt(8)
    doc.add_heading("3.2 Gemensamt mål", level=2)
    doc.add_paragraph(
        "Att depressionen har lindrats till sommaren 2025, att Jonas har en fungerande "
        "dygnsrytm och att det finns ett beslut om sysselsättning.")

    doc.add_heading("4. Insatser och ansvarsfördelning", level=1)
    doc.add_heading("4.1 Insatser från region och kommun", level=2)
    rows = [
        ("Regionen", "Läkemedelsbehandling mot depression, dosjustering och uppföljning av biverkningar",
         "Läkare, Psykiatrimottagning Hisingen", "Återbesök 2025-03-05, därefter var 6:e vecka"),
        ("", "KBT anpassad för autism, 12 samtal (fokus sömn och aktivering)",
         "Psykolog, Psykiatrimottagning Hisingen", "Start v. 10, varannan vecka t.o.m. juni 2025"),
        ("", "Hälsosamtal om kost och sömn samt blodprover (vikt, B12)",
         "Distriktssköterska, Vårdcentralen Biskopsgården", ""),
        ("Kommunen", "Boendestöd 3 ggr/vecka (mån, ons, fre kl. 10) med fast boendestödjare: "
         "veckoschema, matlagning, post och räkningar",
         "Boendestödjare, Socialpsykiatrin Hisingen, Göteborgs Stad", "Fr.o.m. 2025-02-17"),
        ("", "Utredning av ansökan om sysselsättning enligt SoL (arbetsinriktad träfflokal "
         "eller daglig sysselsättning)",
         "Handläggare, Socialtjänsten Hisingen, Göteborgs Stad", "Beslut senast 2025-03-31"),
    ]
    tb = doc.add_table(rows=1 + len(rows), cols=4)
    tb.style = "Table Grid"
    hdr = ("Huvudman", "Insats", "Ansvarig verksamhet/funktion", "Tidpunkt/period")
    for j, h in enumerate(hdr):
        cell_text(tb.cell(0, j), h, bold=True, size=9)
        shade(tb.cell(0, j), "C9D9EC")
    mark_header_row(tb.rows[0])
    for i, row in enumerate(rows, start=1):
        for j, v in enumerate(row):
            if v:
                cell_text(tb.cell(i, j), v, size=9, bold=(j == 0))
    # vertical merge of "Huvudman" over the rows of each principal (w:vMerge)
    tb.cell(1, 0).merge(tb.cell(3, 0))
    tb.cell(4, 0).merge(tb.cell(5, 0))
    set_col_widths(tb, (Cm(2.4), Cm(6.6), Cm(4.6), Cm(3.4)))

    doc.add_heading("4.2 Andra aktörers insatser", level=2)
    doc.add_paragraph("(t.ex. Försäkringskassan, Arbetsförmedlingen, god man, närstående, "
                      "den enskilde själv)").runs[0].italic = True
    placeholder(doc)

    doc.add_heading("5. Samtycke och delaktighet", level=1)
    doc.add_heading("5.1 Samtycke till samordning och informationsöverföring", level=2)
    doc.add_paragraph("☐ Muntligt     ☐ Skriftligt          Datum: ÅÅÅÅ-MM-DD")
    doc.add_heading("5.2 Den enskildes delaktighet", level=2)
    doc.add_paragraph(
        "Jonas deltog under hela mötet. Han hade önskat att mötet hölls i ett mindre rum utan "
        "lysrör och att vi pratar en i taget, vilket vi gjorde. Han säger själv att det "
        "viktigaste för honom just nu är sömnen och att boendestödet kommer på fasta tider, "
        "helst samma person varje gång. Han vill inte ha gruppbehandling.")

    doc.add_heading("6. Ansvar och uppföljning", level=1)
    doc.add_heading("6.1 Huvudansvarig för planen (namn, funktion, verksamhet)", level=2)
    placeholder(doc)
    doc.add_heading("6.2 Uppföljning", level=2)
    doc.add_paragraph("Uppföljande SIP-möte 2025-04-23 kl. 09.30, Psykiatrimottagning Hisingen. "
                      "Kallelse skickas två veckor innan.")
    doc.add_heading("6.3 Planen har delgivits", level=2)
    doc.add_paragraph("☒ Den enskilde    ☒ Deltagarna    ☐ Övriga: ")

    fix_core(doc, "SIP", "Psykiatrimottagning Hisingen")
    doc.save(out("01.docx"))


# ======================================================================
# 02  fpdf2 record print of a follow-up meeting, "se tidigare plan"
#     Woman 59, MS, home care and rehab, Borås
# ======================================================================

class RecordPDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "B", 8)
        self.set_text_color(40, 40, 40)
        self.cell(60, 4, "Millennium  |  Västra Götalandsregionen")
        self.set_font("DejaVu", "", 8)
        self.cell(60, 4, "Journalutskrift – SIP", align="C")
        self.cell(0, 4, f"Utskrivet 2025-03-18 10:42    Sida {self.page_no()} ({{nb}})", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, "Patient: Marianne   Personnummer: ÅÅMMDD-XXXX   "
                  "Enhet: Neurologmottagningen, SÄS Borås",
                  new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(90, 90, 90)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(110, 110, 110)
        self.cell(0, 4, "Utskriften är en kopia av journalanteckning. Originalet finns i Millennium. "
                  "Skriv ut ej mer än nödvändigt.", align="C")


def make_02():
    pdf = RecordPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.alias_nb_pages()
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_margins(15, 12, 15)
    pdf.set_auto_page_break(True, 16)
    pdf.add_page()
    W = pdf.w - 30

    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 8, "Samordnad individuell plan (SIP) – Uppföljning", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)

    def field_row(pairs):
        n = len(pairs)
        w = W / n
        y = pdf.get_y()
        for i, (lab, val) in enumerate(pairs):
            x = pdf.l_margin + i * w
            pdf.rect(x, y, w, 11)
            pdf.set_xy(x + 1, y + 0.8)
            pdf.set_font("DejaVu", "", 6.5)
            pdf.set_text_color(90, 90, 90)
            pdf.cell(w - 2, 3, lab)
            pdf.set_xy(x + 1, y + 4.5)
            pdf.set_font("DejaVu", "", 9)
            pdf.set_text_color(0, 0, 0)
            pdf.cell(w - 2, 5, val)
        pdf.set_xy(pdf.l_margin, y + 11)

    field_row([("Dokumenttyp", "SIP uppföljning"), ("Datum för mötet", "2025-03-17"),
               ("Plats", "I hemmet, Borås")])
    field_row([("Ursprunglig plan upprättad", "2024-10-02"),
               ("Vårdgivare", "Södra Älvsborgs Sjukhus"),
               ("Signerad av", "Johanna, sjuksköterska")])
    pdf.ln(3)

    def box(label, text, min_h=0):
        pdf.set_font("DejaVu", "B", 9)
        pdf.set_fill_color(225, 230, 236)
        pdf.cell(W, 6, " " + label, border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 9)
        if text:
            pdf.multi_cell(W, 4.8, text, border=1, padding=(1.5, 2, 1.5, 2), align="L",
                           new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.cell(W, max(min_h, 8), "", border=1, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    box("Deltagare",
        "Marianne, den enskilda\n"
        "Lars, make\n"
        "Johanna, MS-sjuksköterska, Neurologmottagningen SÄS Borås\n"
        "Amir, fysioterapeut, Rehabenheten Borås Stad\n"
        "Karin, arbetsterapeut, Rehabenheten Borås Stad\n"
        "Petra, enhetschef, Hemtjänst Norrby, Borås Stad\n"
        "Mats, biståndshandläggare, Vård- och äldreförvaltningen Borås Stad")
    box("Syfte med SIP", "Se tidigare plan.")
    box("Den enskildes mål", "Se tidigare plan (2024-10-02).")
    box("Frågeställningar inför mötet",
        "1. Marianne har fallit två gånger sedan januari. Behövs ny bedömning av förflyttningar "
        "och hjälpmedel i badrummet?\n"
        "2. Räcker hemtjänstens insatser på kvällen nu när Lars arbetar kvällsskift varannan vecka?\n"
        "3. Hur samordnas infusionsdagarna på SÄS med hemtjänstens morgonbesök?")
    box("Läget sedan föregående plan",
        "Gångförmågan har försämrats under vintern, går inomhus med rollator och använder "
        "rullstol utomhus. Två fall i badrummet (januari och februari), inga frakturer. "
        "Trötthet (fatigue) tilltagande under eftermiddagarna. Blåsbesvär oförändrade. "
        "Hemtjänst morgon och lunch fungerar enligt tidigare beslut. Fysioterapi i hemmet "
        "avslutades i december enligt tidigare plan. Lars arbetar sedan februari kvällsskift "
        "varannan vecka och är då inte hemma kl. 17–23.")
    box("Samtycke", "Se tidigare plan.")

    # Measures table, long enough to continue onto page 2 with header repeated
    pdf.set_font("DejaVu", "B", 9)
    pdf.set_fill_color(225, 230, 236)
    pdf.cell(W, 6, " Insatser och ansvar", border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 8.5)
    data = [
        ("Insats", "Ansvarig (verksamhet/funktion)", "När"),
        ("Ny fallriskbedömning i hemmet, utprovning av duschstol, toalettförhöjning och "
         "greppstöd i badrummet",
         "Arbetsterapeut, Rehabenheten Borås Stad", "Hembesök 2025-03-26"),
        ("Individuellt träningsprogram för balans och benstyrka, hembesök",
         "Fysioterapeut, Rehabenheten Borås Stad", "1 ggr/v v. 13–20, start 2025-03-24"),
        ("Utökad hemtjänst med kvällsbesök kl. 20–21 (kvällsrutiner, förflyttning till säng) "
         "de veckor Lars arbetar kväll",
         "Biståndshandläggare, Borås Stad (beslut); Hemtjänst Norrby (utförande)",
         "Beslut senast 2025-03-21, start 2025-03-24"),
        ("Infusionsbehandling (bromsmedicin), nästa tillfälle",
         "MS-sjuksköterska, Neurologmottagningen SÄS Borås", "2025-04-08 kl. 08.30"),
        ("Tidigarelagt morgonbesök infusionsdagen (kl. 06.45) så att Marianne hinner till SÄS",
         "Enhetschef, Hemtjänst Norrby", "2025-04-08"),
        ("Läkarbedömning av fatigue, smärta och blåsbesvär, ev. remiss till uroterapeut",
         "Läkare, Neurologmottagningen SÄS Borås", "Återbesök 2025-05-06"),
        ("Förskrivning och leverans av hjälpmedel efter bedömningen",
         "Arbetsterapeut, Rehabenheten Borås Stad", "Senast 2025-04-11"),
        ("Information om färdtjänst/sjukresor till infusionerna",
         "MS-sjuksköterska, Neurologmottagningen SÄS Borås", "Skickas hem senast 2025-03-21"),
    ]
    with pdf.table(col_widths=(47, 33, 20), width=W, line_height=4.6, padding=1.5,
                   text_align="LEFT",
                   repeat_headings=1,
                   headings_style=__import__("fpdf").fonts.FontFace(emphasis="BOLD",
                                                                    fill_color=(240, 240, 240))
                   ) as table:
        for r in data:
            row = table.row()
            for c in r:
                row.cell(c)
    pdf.ln(3)
    box("Andra aktörers insatser",
        "Lars (make): handlar, sköter tvätt och kör Marianne till infusionerna på SÄS; "
        "ringer hemtjänsten senast torsdag vilka veckor han arbetar kväll.\n"
        "Marianne själv: gör träningsprogrammet från fysioterapeuten dagligen, ca 15 min på "
        "förmiddagen, och för fallkalender som hon visar arbetsterapeuten vid hembesöken.\n"
        "Försäkringskassan: ansökan om bilstöd lämnades in i februari 2025; Lars har kontakt "
        "med handläggaren på FK om handläggningstiden.")
    box("Huvudansvar för planen", "Hemtjänst Norrby, Borås Stad.")
    box("Nästa uppföljning", "", min_h=9)

    pdf.set_font("DejaVu", "", 7.5)
    pdf.set_text_color(80, 80, 80)
    pdf.cell(0, 5, "Signerad 2025-03-18 10:31 av Johanna, sjuksköterska, Neurologmottagningen SÄS Borås",
             new_x="LMARGIN", new_y="NEXT")
    pdf.output(out("02.pdf"))


# ======================================================================
# 03  E-mail reply (UTF-8, LF), own additions on top, earlier plan quoted "> "
#     Girl 13, anxiety, school refusal, Trollhättan
# ======================================================================

TXT_03_TOP = """\
Från: Emma (SIP-samordnare, Trollhättans stad)
Skickat: den 6 februari 2025 14:12
Till: Lina; Ali; Sofia; Johan; Anna
Ämne: SV: SIP Nora – plan efter mötet 4/2

Hej alla,

Tack för ett bra möte i tisdags. Här kommer planen igen med några tillägg
från mig. Jag har skrivit dem överst så ni slipper leta, själva planen
ligger kvar nedanför som den skickades i går.

1. Samtycke: Lina och Ali gav muntligt samtycke på mötet 2025-02-04 till
   att skolan, BUP och socialtjänsten får lämna uppgifter till varandra
   om Nora inom SIP:en. Nora var med när vi gick igenom det och tyckte
   det var okej. Jag har dokumenterat samtycket i vår journal samma dag.

2. Noras mål: jag missade att skriva in det Nora själv sa i slutet av
   mötet, det vill jag ha med som hennes mål:
   "Jag vill kunna vara i skolan på förmiddagarna först, och veta att
   jag får gå till Sofias rum när det blir för mycket. Sen kanske hela
   dagar efter påsklovet."

3. BUP: Johan har fått en tid till Nora på BUP Trollhättan 2025-02-19
   kl. 10.00, första KBT-samtalet. Kallelsen går hem med posten.

I övrigt står planen som nedan. Hör av er om ni ser något som blivit fel,
annars gäller den här versionen.

Vänliga hälsningar
Emma
SIP-samordnare
Trollhättans stad
Tfn via växeln

"""

TXT_03_QUOTED = """\
-----Ursprungligt meddelande-----
Från: Emma (SIP-samordnare, Trollhättans stad)
Skickat: den 5 februari 2025 09:03
Till: Lina; Ali; Sofia; Johan; Anna
Ämne: SIP Nora – plan efter mötet 4/2

Hej! Här är planen från mötet i går. Titta igenom och säg till om något
blivit fel.

SAMORDNAD INDIVIDUELL PLAN (SIP)
Nora, 13 år, åk 7
Datum för mötet: 2025-02-04
Plats: Elevhälsan, Källstorpsskolan, Trollhättan

DELTAGARE
Nora (första halvtimmen)
Lina (mamma)
Ali (pappa)
Sofia
Johan
Anna
Emma

BAKGRUND
Nora började åk 7 i augusti och har haft ökande frånvaro sedan oktober,
i januari ca 60 %. Hon har magont och ångest på morgnarna, och det har
blivit svårare att ta sig hemifrån. När hon väl är i skolan klarar hon
oftast lektionerna men går hem vid lunch. BUP Trollhättan har gjort en
bedömning i december (ångestsyndrom, ingen NPF-misstanke i nuläget).
Socialtjänsten har en pågående utredning efter orosanmälan från skolan
om frånvaron.

SYFTE
Att skolan, BUP och socialtjänsten tillsammans hjälper Nora tillbaka
till skolan i en takt hon klarar, så att ångesten inte får styra och så
att hon inte tappar mer av åk 7.

FRÅGESTÄLLNINGAR
Diskutera läget kring skolgången.

NORAS SYN
Nora var med första halvtimmen. Hon sa att det är morgnarna som är
värst och att hon vill börja med de ämnen hon tycker om (bild och
engelska). Hon vill inte att mentorn hämtar henne i korridoren inför
andra. Hon orkade inte vara med resten av mötet.

MÅL
Nora ska öka sin närvaro i skolan.

INSATSER
- Anpassat schema, förmiddagar mån, tis och tors, start v. 8 (17/2).
  Ansvar: mentor och rektor, Källstorpsskolan.
- Samtal med skolkurator 1 gång/vecka och ett "andningsrum" hos kuratorn
  som Nora får gå till utan att fråga. Ansvar: skolkurator, Elevhälsan
  Källstorpsskolan. Fr.o.m. v. 7.
- KBT-behandling för ångest och skolfrånvaro, ca 12 samtal.
  Ansvar: BUP Trollhättan. Tid skickas.
- Socialtjänsten slutför utredningen och tar ställning till stöd till
  familjen (t.ex. familjebehandlare).
  Ansvar: socialsekreterare, Barn och unga, Trollhättans stad.
- Föräldrarna stöttar hemma.

HUVUDANSVAR
Skolan.

UPPFÖLJNING
Vecka 14, tid och plats bestäms senare.

Mvh Emma
"""


def make_03():
    quoted = "\n".join("> " + l for l in TXT_03_QUOTED.rstrip("\n").split("\n"))
    text = TXT_03_TOP + quoted + "\n"
    with open(out("03.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# ======================================================================
# 04  Markdown with emoji section markers. Man 23, cannabis and psychosis, Göteborg
# ======================================================================

MD_04 = """\
# SIP – Alex, 23 år

*Upprättad på mötet 2025-03-11, Psykosmottagningen Östra, Göteborg*
*Skriven av: sjuksköterska, Psykosmottagningen Östra*

---

## 🧭 Varför SIP?

Samordning.

## 📝 Kort om läget

Alex insjuknade i psykos hösten 2023 och har vårdats inneliggande tre gånger,
senast 2025-01-07 – 2025-02-02 (Psykiatri Psykos, Sahlgrenska). Varje gång har
det föregåtts av att han slutat med medicinen och börjat röka cannabis dagligen.
Han bor sedan februari i stödboende genom socialtjänsten i Centrum och har
försörjningsstöd. Han har skulder (hyresskuld från tidigare lägenhet). Just nu
är han fri från cannabis sedan utskrivningen enligt egen uppgift och urinprov.

## 🎯 Mål

> ”Jag vill bo i en egen lägenhet igen och slippa höra röster. Och sluta röka
> på, på riktigt den här gången – inte bara tills jag kommer ut.”
>
> – Alex

## 🗣️ Alex synpunkter

Alex var med hela mötet. Han ville att vi skulle vara högst fyra personer i
rummet och att mötet inte skulle vara längre än en timme. Han tycker att
depåsprutan fungerar bättre än tabletter, men vill att kontakterna **ringer
innan** de kommer till boendet. Han vill inte bli hänvisad till gruppbehandling.

## 🤝 Vem gör vad

| Vad | Vem | När |
|---|---|---|
| Antipsykotisk depåinjektion | Sjuksköterska, Psykosmottagningen Östra | Nästa 2025-03-18, sedan var 4:e vecka |
| Läkarbesök, medicinuppföljning och metabola prover | Läkare, Psykosmottagningen Östra | 2025-04-15 |
| Återfallsprevention cannabis (8 individuella samtal) med urinprov vid varje besök | Behandlare, Beroendemottagningen, Beroendekliniken Sahlgrenska | Torsdagar kl. 14 fr.o.m. 2025-03-20 |
| Boendestöd i stödboendet: struktur, medicinpåminnelse, städning | Boendestödjare, Stödboende Centrum, Göteborgs Stad | Mån och tors, pågår t.o.m. 2025-08-31 |
| Budget- och skuldrådgivning (hyresskulden) | Budget- och skuldrådgivare, Socialförvaltningen Centrum | Första besök 2025-03-27 |
| Försörjningsstöd, ny ansökan april | Socialsekreterare, Vuxenenheten Socialförvaltningen Centrum | Beslut senast 2025-04-04 |

**Huvudansvar:** Psykosmottagningen Östra

## ✅ Samtycke

Samtycke finns ✔

## 📅 Uppföljning

Nästa SIP-möte **2025-05-20 kl. 13.00** på Psykosmottagningen Östra.
Alex vill att det blir samma tid på dagen som i dag.
"""


def make_04():
    text = MD_04
    with open(out("04.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# ======================================================================
# 05  Plan for a man of 90 cared for by his wife, Uddevalla
#     Table Insats | Utförare | Omfattning | Beslut/Start; some rows without start
# ======================================================================

def make_05():
    doc = Document()
    set_base_font(doc, "Calibri", 11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("Uddevalla kommun\tVård och omsorg\t2024-11-20")
    r.font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_field(fp)
    for run in fp.runs:
        run.font.size = Pt(8)

    p = doc.add_paragraph()
    r = p.add_run("Samordnad individuell plan")
    r.bold = True
    r.font.size = Pt(18)
    r.font.small_caps = True
    p = doc.add_paragraph()
    r = p.add_run("SIP – kommunal vård och omsorg / NU-sjukvården / Vårdcentralen Uddevalla")
    r.font.size = Pt(10)
    r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)

    tb = doc.add_table(rows=2, cols=4)
    tb.style = "Table Grid"
    vals = [("Namn", "Gunnar (G.)", "Personnummer", "XXXXXX-XXXX"),
            ("Ålder", "90 år", "Planen upprättad", "2024-11-20")]
    for i, row in enumerate(vals):
        for j, v in enumerate(row):
            cell_text(tb.cell(i, j), v, bold=(j % 2 == 0), size=10)

    bold_label(doc, "Bakgrund")
    doc.add_paragraph(
        "G. är 90 år och bor i villa i Uddevalla tillsammans med hustrun Inga (87). Han har "
        "hjärtsvikt, förmaksflimmer och en lätt kognitiv svikt efter en stroke 2023. Under "
        "hösten har han fallit flera gånger i hemmet och vårdades på NÄL 2024-11-04 – 2024-11-12 "
        "efter ett fall med två revbensfrakturer. Inga har hittills klarat det mesta av "
        "omvårdnaden själv, men är trött och har ont i ryggen. Hemtjänsten har tidigare kommit "
        "en gång i veckan för städning.")

    bold_label(doc, "Mål")
    doc.add_paragraph("Målet är att G. ska kunna bo kvar hemma tillsammans med Inga så länge som "
                      "möjligt, utan nya fall, och att Inga ska orka med sin situation.")

    bold_label(doc, "Insatser enligt")
    doc.add_paragraph("☒ SoL     ☐ LSS     ☒ HSL")

    bold_label(doc, "Insatser")
    rows = [
        ("Morgonhjälp: personlig hygien, påklädning, frukost", "Hemtjänst Uddevalla, område Centrum",
         "Dagligen kl. 07.30–08.15", "Beslut 2024-11-15, start 2024-11-18"),
        ("Dusch med stöd", "Hemtjänst Uddevalla, område Centrum", "1 gång/vecka", ""),
        ("Trygghetslarm", "Larmcentralen, Uddevalla kommun", "Dygnet runt",
         "Installerat 2024-11-14"),
        ("Matdistribution, lunch", "Kostenheten, Uddevalla kommun", "5 dagar/vecka (mån–fre)", ""),
        ("Dosettdelning och läkemedelsgenomgång", "Hemsjukvården Uddevalla, sjuksköterska",
         "Delning 1 gång/vecka", "Start 2024-11-21"),
        ("Hembesök läkare, uppföljning hjärtsvikt och läkemedel",
         "Vårdcentralen Uddevalla, läkare", "Var 3:e månad", ""),
        ("Gångträning och översyn av rollator, fallprevention i hemmet",
         "Rehab Uddevalla kommun, fysioterapeut", "1 gång/vecka i 6 veckor", "Start 2024-11-25"),
        ("Avlösning i hemmet så att Inga kan gå ifrån", "Hemtjänst Uddevalla, område Centrum",
         "4 tim/vecka (tisdag fm)", "Beslut 2024-11-19, start 2024-12-03"),
        ("Anhörigstöd: samtal och anhöriggrupp för Inga", "Anhörigkonsulent, Uddevalla kommun",
         "Efter önskemål", ""),
        ("Tillsyn dagtid, kvällsmat och hjälp vid kvällstoalett", "Inga (hustru)", "Dagligen",
         "Pågår"),
        ("Betalar räkningar och följer med på sjukhusbesök", "Dottern", "Månadsvis / vid besök",
         "Pågår"),
    ]
    tb = doc.add_table(rows=1 + len(rows), cols=4)
    tb.style = "Table Grid"
    for j, h in enumerate(("Insats", "Utförare", "Omfattning", "Beslut/Start")):
        cell_text(tb.cell(0, j), h, bold=True, size=10)
        shade(tb.cell(0, j), "D9D9D9")
    mark_header_row(tb.rows[0])
    for i, row in enumerate(rows, start=1):
        for j, v in enumerate(row):
            cell_text(tb.cell(i, j), v, size=10)
    set_col_widths(tb, (Cm(5.8), Cm(4.8), Cm(3.6), Cm(2.8)))

    bold_label(doc, "Samtycke")
    doc.add_paragraph("Samtycke finns.")
    bold_label(doc, "Huvudansvar för planen")
    doc.add_paragraph("Distriktssköterskan.")
    bold_label(doc, "Uppföljning")
    doc.add_paragraph("Uppföljning sker vid behov.")

    bold_label(doc, "Underskrifter", space_before=18)
    st = doc.add_table(rows=2, cols=2)
    for j, lab in enumerate(("Den enskilde/företrädare", "Huvudansvarig")):
        cell_text(st.cell(0, j), "\n\n______________________________", size=10)
        cell_text(st.cell(1, j), lab, size=8, italic=True)

    fix_core(doc, "SIP", "Vård och omsorg Uddevalla")
    doc.save(out("05.docx"))


# ======================================================================
# 06  Print of a web portal page "Min plan" via LibreOffice from HTML
#     Woman 45, chronic pain and depression, Skövde
# ======================================================================

HTML_06 = """<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Min plan – SamPlan e-tjänst</title>
<style>
 body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; color: #222; }
 .topbar { background: #0b4f8a; color: #fff; padding: 6px; }
 .topbar a { color: #fff; }
 .nav a { margin-right: 14px; color: #0b4f8a; }
 .crumbs { font-size: 8.5pt; color: #555; }
 h1 { font-size: 16pt; color: #0b4f8a; margin-bottom: 2px; }
 h2 { font-size: 12pt; color: #0b4f8a; border-bottom: 1px solid #ccc; margin-top: 14px; }
 table.plan { border-collapse: collapse; width: 100%; }
 table.plan th, table.plan td { border: 1px solid #999; padding: 4px; vertical-align: top; font-size: 9pt; }
 table.plan th { background: #e3ecf5; text-align: left; }
 .btn { border: 1px solid #0b4f8a; padding: 2px 8px; color: #0b4f8a; }
 .meta { font-size: 8.5pt; color: #555; }
 .cookie { font-size: 8pt; background: #f2f2f2; border-top: 1px solid #bbb; padding: 6px; margin-top: 20px; }
 .foot { font-size: 8pt; color: #666; }
</style>
</head>
<body>
<div class="topbar"><b>SamPlan</b> – e-tjänst för samordnad planering &nbsp;|&nbsp; Västra Götalandsregionen och kommunerna i Skaraborg
&nbsp;&nbsp;&nbsp; Inloggad som: Sanna &nbsp; <a href="#">Logga ut</a></div>
<p class="nav"><a href="#">Startsida</a> <a href="#"><b>Min plan</b></a> <a href="#">Mina meddelanden (2)</a>
<a href="#">Mina kontakter</a> <a href="#">Inställningar</a> <a href="#">Hjälp</a></p>
<p class="crumbs">Du är här: <a href="#">Start</a> › <a href="#">Mina planer</a> › Samordnad individuell plan (SIP) 2025-01-28</p>

<h1>Min plan</h1>
<p class="meta">Samordnad individuell plan (SIP) &nbsp;·&nbsp; Status: <b>Aktiv</b> &nbsp;·&nbsp; Senast ändrad 2025-01-30 av Psykiatri Skaraborg
&nbsp;&nbsp; <span class="btn">Skriv ut</span> &nbsp; <span class="btn">Ladda ner PDF</span></p>

<h2>Syfte med planen</h2>
<p>–</p>

<h2>Ditt mål</h2>
<p>Målet är att du ska få bättre kontroll över smärtan, må bättre psykiskt och på sikt kunna
arbeta 50 % igen.</p>

<h2>Din medverkan</h2>
<p>Du deltog på mötet 2025-01-28.</p>

<h2>Insatser i din plan</h2>
<table class="plan" border="1" cellspacing="0" cellpadding="4">
<tr><th width="42%">Insats</th><th width="36%">Ansvarig</th><th width="22%">När</th></tr>
<tr><td>Multimodal smärtrehabilitering i team (fysioterapeut, psykolog, arbetsterapeut, läkare), 8 veckor</td>
<td>Smärtrehabiliteringen, Skaraborgs Sjukhus Skövde</td><td>Start 2025-03-03, tisdagar och torsdagar</td></tr>
<tr><td>KBT mot depression, 10 samtal</td>
<td>Psykolog, Psykiatri Skaraborg, Allmänpsykiatrisk öppenvårdsmottagning Skövde</td><td>Varannan vecka fr.o.m. 2025-02-11</td></tr>
<tr><td>Läkemedelsgenomgång av smärtstillande och antidepressiva läkemedel</td>
<td>Läkare, Vårdcentralen Ryd, Skövde</td><td>2025-02-18 kl. 13.20</td></tr>
<tr><td>Sjukskrivning och läkarintyg till Försäkringskassan</td>
<td>Läkare, Vårdcentralen Ryd, Skövde</td><td>Nytt intyg senast 2025-02-28</td></tr>
<tr><td>Budget- och skuldrådgivning</td>
<td>Budget- och skuldrådgivare, Skövde kommun</td><td>2025-02-20 kl. 10.00</td></tr>
<tr><td>Stödsamtal och hjälp att komma ut i vardagen (promenadgrupp)</td>
<td>Socialpsykiatrin, Skövde kommun, stödassistent</td><td>1 gång/vecka fr.o.m. 2025-02-05</td></tr>
</table>

<h2>Andra som gör något i planen</h2>
<table class="plan" border="1" cellspacing="0" cellpadding="4">
<tr><th width="26%">Vem</th><th width="52%">Vad</th><th width="22%">När</th></tr>
<tr><td>Försäkringskassan, handläggare</td><td>Kallar till avstämningsmöte om sjukpenning och plan för återgång i arbete</td><td>2025-03-25</td></tr>
<tr><td>Din arbetsgivare (förskola i Skövde)</td><td>Förbereder arbetsträning 25 % med anpassade arbetsuppgifter efter smärtrehabiliteringen</td><td>Från maj 2025</td></tr>
<tr><td>Du själv</td><td>För smärt- och aktivitetsdagbok och tar med den till smärtrehabiliteringen</td><td>Från 2025-02-01</td></tr>
</table>

<h2>Huvudansvarig för planen</h2>
<p>Linda, sjuksköterska och samordnare, Psykiatri Skaraborg, Allmänpsykiatrisk öppenvårdsmottagning Skövde</p>

<h2>Uppföljning</h2>
<p>Nästa uppföljning: <b>2025-04-08 kl. 14.00</b>, Allmänpsykiatrisk öppenvårdsmottagning Skövde (eller via video om du önskar).</p>

<p><a href="#">‹ Tillbaka till Mina planer</a> &nbsp; <a href="#">Skicka meddelande till huvudansvarig</a></p>

<div class="cookie"><b>Vi använder kakor (cookies)</b><br>
Vi använder kakor för att e-tjänsten ska fungera och för att föra statistik över hur den används.
Genom att klicka på Godkänn samtycker du till att vi sparar kakor i din webbläsare.
&nbsp; <span class="btn">Godkänn alla</span> &nbsp; <span class="btn">Endast nödvändiga</span> &nbsp; <a href="#">Läs mer om kakor</a></div>
<p class="foot">© Västra Götalandsregionen &nbsp;|&nbsp; <a href="#">Tillgänglighetsredogörelse</a> &nbsp;|&nbsp;
<a href="#">Så behandlar vi dina personuppgifter</a> &nbsp;|&nbsp; <a href="#">Kontakta oss</a>
&nbsp;|&nbsp; Utskrift 2025-02-03</p>
</body>
</html>
"""


def make_06():
    tmp = tempfile.mkdtemp(prefix="f60b-")
    src = os.path.join(tmp, PREFIX + "06.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(HTML_06)
    soffice_pdf(src, tmp)
    shutil.move(os.path.join(tmp, PREFIX + "06.pdf"), out("06.pdf"))
    shutil.rmtree(tmp)


# ======================================================================
# 07  Plan with tracked changes (w:ins / w:del) left in
#     Boy 8, autism, LSS short-term stays, Alingsås
# ======================================================================

_REV = [0]


def _rev_el(tag, text, author="Helena", date="2025-01-23T10:12:00Z"):
    _REV[0] += 1
    el = OxmlElement(tag)
    el.set(qn("w:id"), str(100 + _REV[0]))
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), date)
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if tag == "w:del" else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    el.append(r)
    return el


def tracked(paragraph, parts):
    """parts: list of (kind, text) with kind in {'n','ins','del','b'}."""
    for kind, text in parts:
        if kind == "n":
            paragraph.add_run(text)
        elif kind == "b":
            paragraph.add_run(text).bold = True
        elif kind == "ins":
            paragraph._p.append(_rev_el("w:ins", text))
        elif kind == "del":
            paragraph._p.append(_rev_el("w:del", text))


def make_07():
    _REV[0] = 0
    doc = Document()
    set_base_font(doc, "Calibri", 11)
    settings = doc.settings.element
    tr = OxmlElement("w:trackRevisions")
    settings.insert(0, tr)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    r = hp.add_run("Alingsås kommun, Socialförvaltningen LSS  ·  Barn- och ungdomshabiliteringen "
                   "Alingsås  ·  Samordnad individuell plan")
    r.font.size = Pt(8)

    p = doc.add_paragraph()
    r = p.add_run("SIP – Samordnad individuell plan")
    r.bold = True
    r.font.size = Pt(16)

    def lab_val(label, parts):
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(3)
        p.add_run(label + " ").bold = True
        if isinstance(parts, str):
            p.add_run(parts)
        else:
            tracked(p, parts)
        return p

    lab_val("Namn:", "Elias, 8 år")
    lab_val("Personnummer:", "ÅÅMMDD-XXXX")
    lab_val("Vårdnadshavare:", "Sara (mamma) och Dennis (pappa)")
    lab_val("Datum för mötet:", "2025-01-21")
    lab_val("Plats:", "Barn- och ungdomshabiliteringen Alingsås")

    bold_label(doc, "Deltagare")
    for d in ["Sara och Dennis, vårdnadshavare",
              "Karin, LSS-handläggare, Socialförvaltningen Alingsås kommun",
              "Mikael, enhetschef, Korttidsboendet Ängen, Alingsås kommun",
              "Helena, psykolog, Barn- och ungdomshabiliteringen Alingsås",
              "Ulrika, arbetsterapeut, Barn- och ungdomshabiliteringen Alingsås",
              "Josefin, specialpedagog, Noltorpsskolan, Alingsås kommun"]:
        doc.add_paragraph(d, style="List Bullet")

    bold_label(doc, "Bakgrund")
    doc.add_paragraph(
        "Elias går i åk 2 och har autism. Han har svårt med övergångar och oväntade "
        "förändringar och sover dåligt, ofta bara 5–6 timmar per natt. Sedan september 2024 har "
        "han korttidsvistelse enligt LSS två helger per månad på Korttidsboendet Ängen. "
        "Vistelserna fungerar bättre när det är samma personal, men måndagarna efter "
        "korttidshelgerna är ofta svåra i skolan. Föräldrarna är slitna.")

    bold_label(doc, "Syfte")
    p = doc.add_paragraph()
    tracked(p, [("n", "Samordning av insatser.")])

    bold_label(doc, "Frågeställningar")
    p = doc.add_paragraph()
    tracked(p, [("del", "Hur kan övergången mellan korttids och skolan på måndagar bli lugnare? "
                        "Behöver Elias ett extra dygn per månad på korttids, och hur påverkar "
                        "det sömnen?")])

    bold_label(doc, "Elias delaktighet")
    doc.add_paragraph(
        "Elias var inte med på mötet eftersom långa möten med många vuxna blir för "
        "ansträngande för honom. Karin träffade honom på korttidsboendet 2025-01-15 och pratade "
        "med honom med hjälp av bildstöd. Han berättade att han tycker om att vara på Ängen "
        "när det är personal han känner, att han inte vill sova där på skoldagar och att han "
        "vill ha med sin egen kudde. Sara och Dennis deltog på mötet och förmedlade också "
        "hans synpunkter.")

    bold_label(doc, "Mål")
    p = doc.add_paragraph()
    tracked(p, [("del", "Målet är att Elias ska trivas på korttids."),
                ("ins", "Elias egna ord: ”Jag vill att det är samma fröknar på Ängen och att "
                        "jag får ha min kudde där.”")])
    p = doc.add_paragraph()
    tracked(p, [("n", "Föräldrarnas mål: att orka i vardagen och att helgerna på korttids "
                      "blir något Elias ser fram emot.")])

    bold_label(doc, "Insatser")
    rows = [
        ([("n", "Korttidsvistelse enligt LSS 9 § 6, två helger per månad (fre–sön), "
                "fast kontaktpersonal på Ängen")],
         "Enhetschef, Korttidsboendet Ängen",
         [("n", "Pågår, beslut gäller t.o.m. 2025-06-30")]),
        ([("n", "Utredning av ansökan om utökad korttidsvistelse (ett extra dygn per månad)")],
         "LSS-handläggare, Socialförvaltningen Alingsås kommun",
         [("del", "Beslut v. 8"), ("ins", "Beslut senast 2025-02-28")]),
        ([("n", "Gemensamt bildschema som används hemma, i skolan och på korttids")],
         "Arbetsterapeut, Barn- och ungdomshabiliteringen Alingsås",
         [("ins", "Klart 2025-02-14")]),
        ([("n", "Uppföljning av sömn och melatoninbehandling")],
         "Regionen",
         [("n", "v. 9")]),
        ([("n", "Förberedelse inför korttidsfredagar och lugn start måndagar (anpassad "
                "första lektion med specialpedagog)")],
         "Specialpedagog, Noltorpsskolan",
         [("n", "Fr.o.m. 2025-01-27")]),
    ]
    tb = doc.add_table(rows=1 + len(rows), cols=3)
    tb.style = "Table Grid"
    for j, h in enumerate(("Insats", "Ansvarig", "När")):
        cell_text(tb.cell(0, j), h, bold=True, size=10)
        shade(tb.cell(0, j), "DDE8D9")
    mark_header_row(tb.rows[0])
    for i, (ins, who, when) in enumerate(rows, start=1):
        c = tb.cell(i, 0)
        c.text = ""
        tracked(c.paragraphs[0], ins)
        cell_text(tb.cell(i, 1), who, size=10)
        c = tb.cell(i, 2)
        c.text = ""
        tracked(c.paragraphs[0], when)
        for cc in (tb.cell(i, 0), tb.cell(i, 2)):
            for r_ in cc.paragraphs[0].runs:
                r_.font.size = Pt(10)
    set_col_widths(tb, (Cm(8.0), Cm(5.2), Cm(3.6)))

    bold_label(doc, "Andra aktörer")
    doc.add_paragraph("Mormor hjälper till ibland. Föräldrarna har kontakt med Försäkringskassan.")

    bold_label(doc, "Samtycke")
    p = doc.add_paragraph()
    tracked(p, [("del", "Vårdnadshavarna har lämnat skriftligt samtycke på blankett, "
                        "undertecknad på mötet 2025-01-21."),
                ("ins", "Samtycke finns.")])

    bold_label(doc, "Huvudansvarig för planen")
    p = doc.add_paragraph()
    tracked(p, [("del", "Karin, LSS-handläggare, Socialförvaltningen Alingsås kommun"),
                ("ins", "Utses vid nästa möte.")])

    bold_label(doc, "Uppföljning")
    p = doc.add_paragraph()
    tracked(p, [("n", "Nästa SIP-möte "),
                ("del", "2025-04-09 kl. 13.00 på habiliteringen"),
                ("ins", "i april, tid meddelas")])

    fix_core(doc, "SIP Elias", "Helena")
    doc.save(out("07.docx"))


# ======================================================================
# 08  NOT a plan: the school's written input before a SIP meeting
# ======================================================================

def make_08():
    doc = Document()
    set_base_font(doc, "Calibri", 11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    r = hp.add_run("Uddevalla kommun · Barn och utbildning · Herrestadsskolan\t\tSekretess enl. OSL 23 kap.")
    r.font.size = Pt(8)

    doc.add_heading("Underlag inför SIP-möte – från skolan", level=1)
    p = doc.add_paragraph()
    p.add_run("Elev: ").bold = True
    p.add_run("Wilma, åk 5     ")
    p.add_run("Personnummer: ").bold = True
    p.add_run("ÅÅMMDD-XXXX")
    p = doc.add_paragraph()
    p.add_run("Inför SIP-möte: ").bold = True
    p.add_run("2025-03-12 (kallat av BUP Uddevalla)")
    p = doc.add_paragraph()
    p.add_run("Underlaget är skrivet av: ").bold = True
    p.add_run("mentor och skolkurator, Herrestadsskolan, 2025-03-05")

    doc.add_heading("Närvaro", level=2)
    tb = doc.add_table(rows=5, cols=3)
    tb.style = "Table Grid"
    data = [("Månad", "Frånvaro totalt", "Varav ogiltig"),
            ("November 2024", "18 %", "0 %"),
            ("December 2024", "26 %", "4 %"),
            ("Januari 2025", "41 %", "9 %"),
            ("Februari 2025", "47 %", "12 %")]
    for i, row in enumerate(data):
        for j, v in enumerate(row):
            cell_text(tb.cell(i, j), v, bold=(i == 0), size=10)
    mark_header_row(tb.rows[0])

    doc.add_heading("Vad skolan ser", level=2)
    doc.add_paragraph(
        "Wilma är en omtyckt elev med goda kunskaper i svenska och engelska. Sedan jul har hon "
        "ofta ont i magen på morgnarna och kommer sent eller inte alls. När hon är i skolan "
        "drar hon sig undan på raster och vill helst sitta i biblioteket. Hon har sagt till "
        "mentor att hon är rädd för att bli utskrattad när hon ska redovisa.")
    doc.add_heading("Anpassningar som skolan har gjort", level=2)
    for t in ["Redovisningar kan göras enbart för läraren (sedan januari)",
              "Förberedelse av veckans schema på fredagar tillsammans med mentor",
              "Möjlighet att börja dagen i biblioteket med en vuxen",
              "Samtal med skolkurator varannan vecka sedan februari"]:
        doc.add_paragraph(t, style="List Bullet")
    doc.add_heading("Vad har fungerat / inte fungerat", level=2)
    doc.add_paragraph(
        "Schemaförberedelsen och biblioteksstarten har fungerat de dagar Wilma kommit. "
        "Närvaron har trots det fortsatt att sjunka. Kuratorssamtalen tycker hon är okej men "
        "hon säger lite. Skolan har inte lyckats nå henne de dagar hon stannar hemma.")
    doc.add_heading("Frågor som skolan vill ta upp på SIP-mötet", level=2)
    for t in ["Vilken bedömning har BUP gjort av Wilmas ångest, och vad innebär den för skolan?",
              "Kan BUP och skolan ha gemensam strategi för morgnarna?",
              "Finns det behov av stöd till familjen från socialtjänsten?"]:
        doc.add_paragraph(t, style="List Number")
    doc.add_heading("Skolans förslag till mötet", level=2)
    doc.add_paragraph(
        "Skolan kan tänka sig ett tillfälligt anpassat schema med kortare dagar under en "
        "period och att kurator träffar Wilma varje vecka i stället för varannan. Det behöver "
        "diskuteras på mötet tillsammans med Wilma och vårdnadshavarna innan något bestäms.")
    doc.add_heading("Från skolan deltar på mötet", level=2)
    doc.add_paragraph("Mentor och skolkurator. Rektor deltar om tid finns.")
    p = doc.add_paragraph()
    p.add_run("Vårdnadshavarna har tagit del av underlaget 2025-03-05.").italic = True

    fix_core(doc, "Underlag inför SIP", "Herrestadsskolan")
    doc.save(out("08.docx"))


def normalize_docx(path):
    """Rewrite the zip with fixed entry timestamps so reruns give identical bytes."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


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
    for f in sorted(os.listdir(OUT)):
        if f.endswith(".docx"):
            normalize_docx(os.path.join(OUT, f))
    print("done:", sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()
