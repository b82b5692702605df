#!/usr/bin/env python
"""Generate the f71a- batch of fictional SIP plans (eastern Skåne / Blekinge, 2025).

Run with /work/batches/.venv/bin/python generate.py
Writes plans/f71a-01.docx ... plans/f71a-08.docx. Deterministic content; zip
containers are rewritten with a fixed timestamp. PDFs made with LibreOffice carry
LibreOffice's own creation date.
"""
import datetime as dt
import os
import re
import shutil
import subprocess
import tempfile
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
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f71a"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIXED = dt.datetime(2025, 6, 2, 9, 0, 0)


def path(n, ext):
    return os.path.join(OUT, f"{PREFIX}-{n:02d}.{ext}")


# ---------------------------------------------------------------- helpers
def normalize_zip(p):
    """Rewrite a zip container (docx/xlsx) with fixed timestamps and order."""
    with zipfile.ZipFile(p) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    fixed = b"2025-06-02T09:00:00Z"
    items = [(n, re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms)",
                        rb"\g<1>" + fixed + rb"\g<2>", data) if n == "docProps/core.xml" else data)
             for n, data in items]
    tmp = p + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 6, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    os.replace(tmp, p)


def new_doc(author="SIP", title="SIP"):
    d = Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    cp.comments = ""
    d.sections[0].page_width = Cm(21.0)
    d.sections[0].page_height = Cm(29.7)
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    return d


def save_doc(d, p):
    d.save(p)
    normalize_zip(p)


def set_cell_shading(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_table_borders(table, val="none", sz="4"):
    tblPr = table._tbl.tblPr
    for old in tblPr.findall(qn("w:tblBorders")):
        tblPr.remove(old)
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), val)
        el.set(qn("w:sz"), sz if val != "none" else "0")
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "auto" if val != "none" else "auto")
        borders.append(el)
    tblPr.append(borders)


def set_repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def set_col_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips if hasattr(w, "twips") else w / 635)))
    tblPr = table._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblPr.append(lay)
    for tr in table._tbl.tr_lst:
        col = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            w = sum(widths[col:col + span])
            tc.width = w
            col += span


def cell_text(cell, text, bold=False, size=None, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    return p


def cell_para(cell, text, style=None, bold=False):
    p = cell.add_paragraph(style=style)
    r = p.add_run(text)
    r.bold = bold
    return p


def add_field(paragraph, instr, size=8):
    """Insert a simple Word field (PAGE, NUMPAGES) as a run."""
    r = paragraph.add_run()
    r.font.size = Pt(size)
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    inner = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    inner.append(t)
    fld.append(inner)
    r._r.addnext(fld)
    return fld


def header_text(section, left, right=None, size=8, page_numbers=False):
    hp = section.header.paragraphs[0]
    hp.text = ""
    usable = section.page_width - section.left_margin - section.right_margin
    hp.paragraph_format.tab_stops.add_tab_stop(usable, alignment=2)  # right tab
    r = hp.add_run(left)
    r.font.size = Pt(size)
    if right or page_numbers:
        r2 = hp.add_run("\t" + (right or ""))
        r2.font.size = Pt(size)
    if page_numbers:
        r3 = hp.add_run("Sida ")
        r3.font.size = Pt(size)
        add_field(hp, "PAGE", size)
        r4 = hp.add_run(" (")
        r4.font.size = Pt(size)
        # the field must come after r4: add_field appends after the last run element
        add_field(hp, "NUMPAGES", size)
        r5 = hp.add_run(")")
        r5.font.size = Pt(size)


def footer_text(section, text, size=8):
    fp = section.footer.paragraphs[0]
    fp.text = ""
    r = fp.add_run(text)
    r.font.size = Pt(size)
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def soffice_pdf(src, outdir):
    profile = "file:///tmp/lo-f71a"
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless",
         "--convert-to", "pdf", "--outdir", outdir, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        timeout=240,
    )


# ============================================================ 01 .docx
def plan01():
    """Borderless two-column table; child with school refusal, Hässleholm."""
    d = new_doc("Elevhälsan Tyringeskolan", "SIP Elsa")
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    header_text(sec, "Hässleholms kommun – Barn- och utbildningsförvaltningen / "
                     "Region Skåne – BUP Hässleholm")
    footer_text(sec, "SIP – samordnad individuell plan enligt SoL 2 kap. 7 § och HSL 16 kap. 4 §")

    t = d.add_paragraph()
    r = t.add_run("Samordnad individuell plan (SIP)")
    r.bold = True
    r.font.size = Pt(16)
    t2 = d.add_paragraph()
    r = t2.add_run("Elevhälsan Tyringeskolan, BUP Hässleholm, Socialtjänsten Hässleholm")
    r.font.size = Pt(9)
    r.italic = True

    rows = []

    def row(label, paras=None, bullets=None, after=None):
        rows.append((label, paras or [], bullets or [], after or []))

    row("Barn", ["Elsa, 13 år, åk 7 (ÅÅMMDD-XXXX)",
                 "Vårdnadshavare: mamma Lina och pappa Tomas (gemensam vårdnad)"])
    row("Möte", ["2025-02-11 kl. 13.15–14.45, Tyringeskolan, konferensrummet vid expeditionen"])
    row("Deltagare", ["Närvarande:"], [
        "Elsa (första halvan av mötet)",
        "Lina och Tomas, vårdnadshavare",
        "Maria, skolkurator, Elevhälsan Tyringeskolan",
        "Johan, mentor åk 7, Tyringeskolan",
        "Nadia, psykolog, BUP Hässleholm",
        "Karin, socialsekreterare, Barn och familj, Socialtjänsten Hässleholm",
    ])
    row("Bakgrund", [
        "Elsa har haft ökande frånvaro sedan början av höstterminen 2024 och har inte "
        "varit i skolan mer än enstaka dagar sedan höstlovet. Hon har ont i magen och "
        "svår oro på morgnarna, och det har blivit konflikter hemma när föräldrarna "
        "försöker få iväg henne. Elsa är sedan december aktuell på BUP Hässleholm för "
        "utredning av ångest. Familjen ansökte om stöd hos socialtjänsten i januari och "
        "har fått beslut om familjebehandling i öppenvården.",
    ])
    row("Syfte", [
        "Syftet med SIP är att skolan, BUP och socialtjänstens öppenvård tillsammans med "
        "Elsa och föräldrarna lägger upp en plan för en stegvis återgång till skolan, så "
        "att insatserna hänger ihop och familjen inte själv behöver samordna alla kontakter.",
    ])
    row("Frågeställningar", None, [
        "Hur kan Elsas schema anpassas de första veckorna, och vem tar emot henne på morgonen?",
        "Hur samordnas KBT-behandlingen på BUP med återgången i skolan?",
        "Behöver familjen stöd hemma på morgnarna, och vem kan ge det?",
    ])
    row("Elsas mål", [
        "Elsa: ”Jag vill kunna gå till skolan tre dagar i veckan innan sommarlovet och "
        "vara med på bilden och idrotten igen.”",
    ])
    row("Elsas och vårdnadshavarnas synpunkter", [
        "Elsa berättade att det värsta är korridoren före första lektionen när alla står "
        "där. Hon vill börja med bildlektionerna, som hon tycker om, och vill inte att "
        "klassen ska få veta varför hon har varit borta. Hon vill hellre träffa kuratorn "
        "än skolsköterskan.",
        "Föräldrarna önskar att skolan och BUP pratar med varandra direkt så att de inte "
        "behöver föra information fram och tillbaka, och att morgnarna blir lugnare hemma.",
    ])
    row("Insatser", None, [
        "Anpassat schema: start kl. 9.40 tisdag–torsdag med bild och svenska i mindre "
        "grupp; mentor möter Elsa vid entrén. Ansvarig: Tyringeskolan, mentor Johan. "
        "Från vecka 8.",
        "KBT med exponering för skolrelaterad oro, 10 tillfällen varannan vecka. "
        "Ansvarig: BUP Hässleholm, psykolog Nadia. Start 2025-02-18.",
        "Stödsamtal med skolkurator varannan vecka på skolan. Ansvarig: Elevhälsan "
        "Tyringeskolan, skolkurator Maria. Från 2025-02-24.",
        "Familjebehandlare kommer hem två morgnar i veckan för att stötta morgonrutinen "
        "och minska konflikterna. Ansvarig: Socialtjänsten Hässleholm, Barn och familj, "
        "öppenvården.",
    ])
    row("Vårdnadshavarnas del", [
        "Vårdnadshavarna fortsätter att stötta Elsa hemma.",
    ])
    row("Samordningsansvar", ["Elevhälsan, Tyringeskolan"])
    row("Nästa möte", ["ÅÅÅÅ-MM-DD"])

    tbl = d.add_table(rows=len(rows), cols=2)
    set_table_borders(tbl, "none")
    widths = (Cm(4.9), Cm(11.7))
    for i, (label, paras, bullets, _) in enumerate(rows):
        c0, c1 = tbl.rows[i].cells
        cell_text(c0, label, bold=True)
        c1.text = ""
        first = True
        for ptxt in paras:
            if first:
                c1.paragraphs[0].add_run(ptxt)
                first = False
            else:
                cell_para(c1, ptxt)
        for b in bullets:
            if first:
                p = c1.paragraphs[0]
                p.style = d.styles["List Bullet"]
                p.add_run(b)
                first = False
            else:
                cell_para(c1, b, style="List Bullet")
        for c in (c0, c1):
            for p in c.paragraphs:
                p.paragraph_format.space_after = Pt(4)
    set_col_widths(tbl, widths)

    d.add_paragraph()
    p = d.add_paragraph()
    r = p.add_run("Planen skickas till vårdnadshavarna och till alla verksamheter som deltog.")
    r.font.size = Pt(9)
    r.italic = True
    save_doc(d, path(1, "docx"))


# ============================================================ 02 .pdf (fpdf2)
class AccordionPDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Journalutskrift – VårdJournal Blekinge  |  Vuxenpsykiatrin Karlskrona, "
                        "psykosmottagningen", new_x="LMARGIN", new_y="NEXT")
        self.cell(95, 4, "Dokument: SIP – samordnad individuell plan   Patient: Jonas, XXXXXX-XXXX")
        self.cell(0, 4, f"Utskrift 2025-04-09 10:12   Sida {self.page_no()} ({{nb}})",
                  align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(5)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, "Utskriften är en kopia av journalen. Vidarebefordra inte utan samtycke.",
                  align="C")
        self.set_text_color(0, 0, 0)

    def bar(self, title, open_=True, note=None):
        if self.get_y() > self.h - 40:
            self.add_page()
        self.set_fill_color(222, 230, 240) if open_ else self.set_fill_color(238, 238, 238)
        self.set_font("DejaVu", "B", 10.5)
        label = ("▼ " if open_ else "► ") + title
        if note:
            label += "  "
        self.cell(0, 7, "", fill=True, border="B")
        self.set_x(self.l_margin + 1.5)
        self.cell(self.get_string_width(label) + 1, 7, label)
        if note:
            self.set_font("DejaVu", "", 9)
            self.set_text_color(110, 110, 110)
            self.cell(0, 7, note)
            self.set_text_color(0, 0, 0)
        self.ln(9 if open_ else 9)

    def body(self, text, indent=8, size=9.5):
        self.set_font("DejaVu", "", size)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.w - self.r_margin - self.l_margin - indent, 5, text,
                        new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)

    def item(self, head, lines, indent=8):
        self.set_font("DejaVu", "B", 9.5)
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.w - self.r_margin - self.l_margin - indent, 5, "• " + head,
                        new_x="LMARGIN", new_y="NEXT")
        self.set_font("DejaVu", "", 9.5)
        for ln in lines:
            self.set_x(self.l_margin + indent + 4)
            self.multi_cell(self.w - self.r_margin - self.l_margin - indent - 4, 5, ln,
                            new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)


def plan02():
    """Accordion record print; adult with psychosis and debts, Karlskrona."""
    pdf = AccordionPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("SIP Jonas")
    pdf.set_author("Vuxenpsykiatrin Karlskrona")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_auto_page_break(True, margin=18)
    pdf.alias_nb_pages()
    pdf.add_page()

    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 8, "Samordnad individuell plan (SIP)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    pdf.cell(0, 5, "Journalanteckning  2025-04-08 14:30  Kurator, Vuxenpsykiatrin Karlskrona",
             new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "Status: Signerad", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    pdf.bar("Mötesuppgifter")
    pdf.body("Datum: 2025-04-08 kl. 13.00–14.15\n"
             "Plats: Psykosmottagningen, Vuxenpsykiatrin Karlskrona\n"
             "Deltagare: Jonas, Lena, Mikael, Sofie, Ewa\n"
             "Jonas var med under hela mötet.")

    pdf.bar("Bakgrund")
    pdf.body("34-årig man med schizofreni, känd inom psykosmottagningen sedan 2019. Vårdades "
             "inneliggande i januari 2025 efter att ha slutat med sin medicinering under "
             "hösten. Sedan utskrivningen har han depåinjektion och har varit psykiskt "
             "stabilare. Under insjuknandet uppstod obetalda hyror (tre månader) och flera "
             "skulder hos inkasso; hyresvärden har skickat en uppsägning som skjutits upp i "
             "avvaktan på en plan. Bor ensam i hyreslägenhet i Karlskrona. Har ingen "
             "sysselsättning. Sporadisk kontakt med sin mamma, som bor i Ronneby.")

    pdf.bar("Syfte")
    pdf.body("Samordning av insatser.")

    pdf.bar("Frågeställningar", open_=False, note="(inga uppgifter)")

    pdf.bar("Mål")
    pdf.body("Målet är att J. ska behålla sin lägenhet, få ordning på sin ekonomi och hålla "
             "sig psykiskt stabil utan ny inläggning under 2025.")

    pdf.bar("Samtycke")
    pdf.body("Samtycke finns.")

    pdf.bar("Insatser")
    pdf.item("Läkemedelsbehandling med depåinjektion var 14:e dag",
             ["Ansvar: Vuxenpsykiatrin Karlskrona, psykosmottagningen, sjuksköterska",
              "Tid: pågår, nästa injektion 2025-04-15; läkarbesök 2025-05-13"])
    pdf.item("Boendestöd två gånger i veckan med fokus på post, räkningar, inköp och städning",
             ["Ansvar: Socialpsykiatrin Karlskrona kommun, boendestödjare",
              "Tid: från 2025-04-22"])
    pdf.item("Prövning av ekonomiskt bistånd till hyresskulden (januari–mars) för att "
             "undvika vräkning",
             ["Ansvar: Socialtjänsten Karlskrona, försörjningsstöd, handläggare",
              "Tid: beslut senast 2025-04-30"])
    pdf.item("Första besök hos budget- och skuldrådgivare; genomgång av skulder och "
             "ansökan om skuldsanering",
             ["Ansvar: Budget- och skuldrådgivningen, Karlskrona kommun",
              "Tid: 2025-05-06 kl. 10.00"])
    pdf.item("Kontakt med hyresvärden om avbetalningsplan och att uppsägningen dras tillbaka",
             ["Ansvar: Socialtjänsten Karlskrona, försörjningsstöd, handläggare",
              "Tid: senast 2025-04-25"])

    pdf.bar("Övriga aktörer")
    pdf.body("J. har god man sedan 2023. Kontakt med Försäkringskassan pågår.")

    pdf.bar("Huvudansvar", open_=False, note="(inga uppgifter)")

    pdf.bar("Uppföljning")
    pdf.body("Uppföljning i september 2025.")

    pdf.bar("Bilagor", open_=False, note="(inga uppgifter)")
    pdf.output(path(2, "pdf"))


# ============================================================ 03 .txt (cp1252, CRLF)
def plan03():
    """Record-system text export; elderly man after hip fracture, Simrishamn."""
    W = 76
    L = []

    def para(text, indent=""):
        L.extend(textwrap.wrap(text, W, initial_indent=indent, subsequent_indent=indent) or [""])

    def bullet(text):
        L.extend(textwrap.wrap(text, W, initial_indent="* ", subsequent_indent="  "))

    def sep(title):
        L.append("")
        L.append(f"==== {title} ====")

    L.append("SAMORDNAD INDIVIDUELL PLAN (SIP)")
    L.append("Textexport, Vårdcentralen Simrishamn  2025-03-20 14:32")
    L.append("-" * 60)
    L.append("Patient/brukare : Sven, ÅÅMMDD-XXXX")
    L.append("Hemkommun       : Simrishamn")
    L.append("Mötesdatum      : 2025-03-19")
    L.append("Plats           : Vårdcentralen Simrishamn, rum 2")
    L.append("Dokumenttyp     : SIP, första planen")

    sep("SYFTE")
    para("Gemensam planering.")

    sep("FRÅGESTÄLLNINGAR")
    L.append("")

    sep("BAKGRUND")
    para("Sven är 84 år och bor ensam i villa i utkanten av Simrishamn. Han föll i "
         "hemmet 2025-02-22 och opererades för höftfraktur på Lasarettet i Ystad. "
         "Utskriven till hemmet 2025-03-07 efter korttidsplats i fem dagar. Går med "
         "rollator inomhus men är osäker, särskilt på nätterna och i badrummet. Har "
         "hjärtsvikt och lätt nedsatt syn. Hustrun dog för två år sedan. Dottern Eva "
         "bor i Tomelilla och hjälper till en dag i veckan.")

    sep("DEN ENSKILDES MÅL OCH SYNPUNKTER")
    para("Sven orkade inte åka till mötet på vårdcentralen, han är fortfarande mycket "
         "trött efter operationen och har svårt att sitta länge. Distriktssköterskan "
         "pratade med honom i hemmet 2025-03-17 inför mötet och han sa:")
    para("\"Jag vill kunna gå ner till brevlådan själv och klara duschen utan att vara "
         "rädd för att ramla. Jag vill bo kvar här hemma, inte flytta till något boende.\"",
         indent="    ")
    para("Han tycker att det är för många olika personer från hemtjänsten och vill "
         "helst ha samma personal på morgonen.")

    sep("INSATSER")
    bullet("Hemtjänst morgon och kväll: hjälp med dusch (tisdag och fredag), "
           "påklädning, kompressionsstrumpor och matlåda till lunch. Strävan efter "
           "små team på morgonen (ansv: Hemtjänst Simrishamn södra, klart: pågår "
           "sedan 2025-03-07)")
    bullet("Gångträning med rollator inne och ute, hembesök en gång i veckan, samt "
           "träningsprogram som Sven gör själv dagligen (ansv: fysioterapeut, "
           "kommunal rehab Simrishamn, klart: 2025-04-30)")
    bullet("Hjälpmedel: duschpall, toalettförhöjning, griptång och en extra rollator "
           "till övervåningen (ansv: arbetsterapeut, kommunal rehab Simrishamn, klart: "
           "2025-03-26)")
    bullet("Läkemedelsgenomgång med fokus på smärtlindring, blodtryck och "
           "osteoporosbehandling (ansv: distriktsläkare, Vårdcentralen Simrishamn, "
           "klart: 2025-04-02)")
    bullet("Trygghetslarm installeras (ansv: Kommunen, klart: 2025-03-28)")
    bullet("Eva handlar åt Sven varje lördag och följer med honom till läkarbesöket "
           "2025-04-02 (ansv: dottern Eva, klart: löpande)")

    sep("UPPFÖLJNING")
    para("Uppföljning om ca fyra veckor efter hemgången, kallelse skickas.")
    L.append("")
    L.append("-" * 60)
    L.append("Slut på export")

    text = "\r\n".join(L) + "\r\n"
    with open(path(3, "txt"), "wb") as f:
        f.write(text.encode("cp1252"))


# ============================================================ 04 .md (Min plan)
def plan04():
    """Person-centred 'Min plan' export, first person; young adult, cannabis, Ystad."""
    md = """# Min plan

_Min plan – samordnad individuell plan (SIP) · Ystads kommun och Region Skåne · utskrift 2025-03-05_

**Jag heter:** Alex, 19 år
**Mötet var:** 2025-03-04, Socialtjänsten Ystad, Stöd och behandling unga vuxna

## Varför jag har en plan

Jag har kontakt med både beroendemottagningen och socialtjänsten och tycker att det är
rörigt vem som gör vad. Vi gör den här planen tillsammans så att alla vet vad de andra
gör, så att jag inte ska behöva berätta samma sak för alla och så att jag får hjälp att
sluta röka på innan jag tappar lägenheten.

## Det här är viktigt för mig

- Att få sova på nätterna. Det är när jag inte kan sova som jag röker.
- Att mamma inte ska behöva oroa sig hela tiden.
- Mina kompisar från gamla klassen, men inte de jag röker med.
- Att folk säger som det är och inte pratar om mig när jag inte är där.

## Jag vill

- Jag vill sluta röka på helt innan sommaren.
- Jag vill ha en praktik eller ett jobb till hösten, helst något med bilar.
- Jag vill kunna bo kvar i min lägenhet.

## Det här vill jag prata om på mötet

Hur det går.

## Får de prata med varandra om mig?

Ja. Jag sa ja på mötet 2025-03-04 och skrev under samtyckesblanketten. Det gäller
beroendemottagningen, socialtjänsten och vårdcentralen.

## Mina stödpersoner

På mötet var jag, mamma, Sara, Jonas och Leila.

## Vem hjälper mig med vad

| Vem hjälper mig | Med vad | När |
|---|---|---|
| Mottagningen för unga vuxna, Beroendepsykiatrin Ystad | Samtal med KBT varje vecka och urinprov så att jag kan visa att jag är ren | Tisdagar kl. 15, från 2025-03-11 |
| Socialtjänsten Ystad, Stöd och behandling unga vuxna | Återfallsprevention (ÅP) i grupp, 8 träffar | Torsdagar från 2025-03-20 |
| Socialtjänsten Ystad, Stöd och behandling unga vuxna | Hjälp att göra en budget och ringa hyresvärden om hyran jag är skyldig | 2025-03-13 |
| Vårdcentralen Ystad | Läkarbesök om min sömn | När jag behöver |
| Mamma | Skjutsar mig till tisdagssamtalen och ringer och väcker mig på morgnarna | Varje tisdag, och vardagar kl. 7 |
| Jag själv | Går på alla tider, säger till Sara om jag har tagit något och lämnar urinprov | Varje vecka |

## Det här vill jag inte

- Jag vill inte bli inlagd.
- Jag vill inte att socialtjänsten ringer till mamma utan att jag vet om det.

## Vem håller ihop min plan?

…

## Nästa gång vi ses

…
"""
    with open(path(4, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ============================================================ 05 .docx (vertical merge)
def plan05():
    """Measure table with vertically merged responsible-unit cells; LSS, autism, Karlshamn."""
    d = new_doc("Omsorgsförvaltningen Karlshamn", "SIP Ali")
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    header_text(sec, "Karlshamns kommun, Omsorgsförvaltningen  ·  Region Blekinge",
                "SIP – samordnad individuell plan")
    footer_text(sec, "Karlshamns kommun · Region Blekinge · Planen förvaras i respektive verksamhets journal")

    h = d.add_heading("Samordnad individuell plan – SIP", level=1)
    p = d.add_paragraph()
    p.add_run("Namn: ").bold = True
    p.add_run("Ali, ÅÅMMDD-XXXX        ")
    p.add_run("Datum för SIP-möte: ").bold = True
    p.add_run("2025-05-14        ")
    p.add_run("Plats: ").bold = True
    p.add_run("Habiliteringen Blekinge, Karlshamn")

    def lab(text):
        q = d.add_paragraph()
        r = q.add_run(text)
        r.bold = True
        q.paragraph_format.space_before = Pt(8)
        q.paragraph_format.space_after = Pt(2)

    lab("Bakgrund")
    d.add_paragraph(
        "Ali är 26 år och har autism och lindrig intellektuell funktionsnedsättning. Han bor "
        "i Gruppbostaden Solrosen och har daglig verksamhet på Verkstan, båda enligt LSS. "
        "Han har kontakt med Habiliteringen Blekinge och får ångestdämpande medicin "
        "förskriven av Vuxenpsykiatrin Karlshamn. Sedan Ali bytte grupp på dagliga "
        "verksamheten i februari har han haft svårt med övergångarna mellan boendet och "
        "Verkstan, med utbrott på morgonen och i bussen och flera hela hemmadagar i veckan.")

    lab("Syfte")
    d.add_paragraph(
        "Syftet med SIP är att boendet, dagliga verksamheten, habiliteringen och psykiatrin "
        "ska arbeta på samma sätt kring Ali, med samma bildstöd och samma rutiner, så att "
        "han åter kan komma till Verkstan de flesta dagar utan utbrott.")

    lab("Alis delaktighet")
    d.add_paragraph(
        "Ali deltog inte på mötet. Stora möten med många personer han inte känner gör honom "
        "mycket orolig, och boendet och habiliteringen har bedömt att det skulle vara till "
        "mer skada än nytta för honom. Kontaktpersonen på boendet, Hanna, gick igenom "
        "mötet med Ali med bildstöd dagen före. Ali visade då att han vill åka till "
        "Verkstan med samma chaufför varje dag, att han inte vill äta lunch i den stora "
        "matsalen och att han tycker bäst om att sortera skruv och muttrar. Alis "
        "önskemål fördes fram på mötet.")

    lab("Mål")
    d.add_paragraph(
        "Att Ali ska ha en förutsägbar vardag med färre utbrott och komma till daglig "
        "verksamhet minst fyra dagar i veckan.")

    lab("Samtycke")
    d.add_paragraph("Samtycke finns.")

    lab("Insatser")
    data = [
        ("Gruppbostaden Solrosen, Karlshamns kommun (kontaktperson Hanna)", [
            ("Inför bildschema för morgonrutinen, samma bilder som på Verkstan", "Från 2025-05-19"),
            ("Kontaktperson följer med i bussen till Verkstan de två första veckorna",
             "2025-05-19 – 2025-05-30"),
            ("Daglig anteckning om morgonen i kommunikationsboken till Verkstan", "Från 2025-05-19"),
        ]),
        ("Daglig verksamhet Verkstan, Karlshamns kommun (handledare)", [
            ("Lunch i det lilla rummet med två arbetskamrater", "Från 2025-05-19"),
            ("Fast förmiddagsschema med sorteringsarbete, samma arbetsplats varje dag",
             "Från 2025-05-19"),
        ]),
        ("Habiliteringen Blekinge, Karlshamn (psykolog och arbetsterapeut)", [
            ("Ta fram gemensamt bildstöd för morgon, resa och lunch", "Klart 2025-05-16"),
            ("Handledning av personal på Solrosen och Verkstan", "2025-05-28 och 2025-06-11"),
            ("Bedömning av sensoriska behov, förslag om hörselskydd och vilrum",
             "Bedömning vecka 23, skriftligt förslag senast 2025-06-13"),
        ]),
        ("Vuxenpsykiatrin Karlshamn (läkare)", [
            ("Översyn av ångestdämpande medicinering", "Läkarbesök 2025-05-22"),
        ]),
        ("LSS-handläggare, Omsorgsförvaltningen Karlshamns kommun", [
            ("Utreda om resor till daglig verksamhet kan ske med fast chaufför", "Beslut senast 2025-06-15"),
        ]),
    ]
    nrows = 1 + sum(len(m) for _, m in data)
    tbl = d.add_table(rows=nrows, cols=3)
    tbl.style = d.styles["Table Grid"]
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = tbl.rows[0]
    for c, t in zip(hdr.cells, ("Ansvarig verksamhet", "Insats", "När")):
        cell_text(c, t, bold=True)
        set_cell_shading(c, "D9E2F3")
    set_repeat_header(hdr)
    r = 1
    for unit, measures in data:
        start = r
        for m, when in measures:
            cell_text(tbl.cell(r, 1), m)
            cell_text(tbl.cell(r, 2), when)
            r += 1
        top = tbl.cell(start, 0)
        if len(measures) > 1:
            top = top.merge(tbl.cell(r - 1, 0))
        cell_text(top, unit)
    set_col_widths(tbl, (Cm(7.5), Cm(11.5), Cm(6.5)))

    lab("Samordningsansvar")
    d.add_paragraph("Huvudansvarig för planen är LSS-handläggare Emir, Omsorgsförvaltningen, "
                    "Karlshamns kommun. Emir kallar till uppföljning.")

    lab("Uppföljning")
    d.add_paragraph("Uppföljande SIP-möte 2025-09-03 kl. 13.00 på Habiliteringen Blekinge i "
                    "Karlshamn. Hanna förbereder Ali på samma sätt som inför detta möte.")
    save_doc(d, path(5, "docx"))


# ============================================================ 06 .pdf from .xlsx
def plan06():
    """'SIP-logg' spreadsheet printed to PDF; adult with depression on sick leave, Ronneby."""
    wb = Workbook()
    wb.properties.creator = "Vårdcentralen Ronneby"
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    ws = wb.active
    ws.title = "SIP-logg"
    rows = [
        ("Del", "Innehåll", "Ansvarig", "Datum"),
        ("Person", "Linnea, ÅÅMMDD-XXXX, 41 år", "", ""),
        ("Möte", "SIP-möte på Vårdcentralen Ronneby", "", "2025-04-02"),
        ("Bakgrund", "Sjukskriven på heltid sedan januari 2024 för depression. Har "
                     "försörjningsstöd som komplement sedan hösten 2024. Ensamstående, två "
                     "barn 9 och 12 år. Tidigare undersköterska.", "", "2025-04-02"),
        ("Syfte", "Gemensam planering", "", "2025-04-02"),
        ("Frågeställning", "Vad händer med försörjningen när sjukpenningen upphör "
                           "2025-06-30?", "", "2025-04-02"),
        ("Frågeställning", "Kan Linnea börja på Arbetsmarknadsenheten parallellt med "
                           "samtalsbehandlingen, och i så fall hur många timmar?", "", "2025-04-02"),
        ("Samtycke", "Skriftligt samtycke, blankett undertecknad av Linnea på "
                     "vårdcentralen", "Kurator", "2025-03-27"),
        ("Deltagare", "Kurator, distriktsläkare, socialsekreterare, "
                      "arbetsmarknadskonsulent", "", "2025-04-02"),
        ("Insats", "Fortsatt samtalskontakt", "", ""),
        ("Insats", "Stöd vid behov", "", ""),
        ("Insats", "Fortsatt kontakt angående försörjning", "", ""),
        ("Övrigt", "Försäkringskassan är informerad om att SIP har hållits", "", "2025-04-02"),
        ("Huvudansvar", "Vårdcentralen Ronneby", "", ""),
    ]
    for r in rows:
        ws.append(r)
    ws.column_dimensions["A"].width = 16
    ws.column_dimensions["B"].width = 70
    ws.column_dimensions["C"].width = 14
    ws.column_dimensions["D"].width = 12
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDEBF7")
    for c in ws[1]:
        c.font = bold
        c.fill = fill
    for row in ws.iter_rows(min_row=2):
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="top")
    for i in range(2, len(rows) + 1):
        n = max(1, len(str(rows[i - 1][1])) // 68 + 1)
        ws.row_dimensions[i].height = 15 * n
    ws.print_options.gridLines = True
    ws.print_title_rows = "1:1"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddHeader.center.text = "SIP-logg Vårdcentralen Ronneby"
    ws.oddFooter.right.text = "Sida &P (&N)"
    ws.freeze_panes = "A2"

    # The source workbook is kept next to the plans for reference (src/).
    os.makedirs(os.path.join(HERE, "src"), exist_ok=True)
    xlsx = os.path.join(HERE, "src", f"{PREFIX}-06.xlsx")
    wb.save(xlsx)
    normalize_zip(xlsx)
    # Print the sheet (see sheet_to_pdf: no Calc on this machine).
    sheet_to_pdf(xlsx, "SIP-logg", path(6, "pdf"))


def sheet_to_pdf(xlsx, sheet, out_pdf):
    """Print a worksheet like Calc does (landscape, sheet header, grid lines, page footer).

    This machine's LibreOffice has no Calc component, so the sheet is read back with
    openpyxl, laid out as a grid in a Writer document with the sheet's column widths,
    its print header/footer and grid lines, and printed to PDF by LibreOffice.
    """
    from openpyxl import load_workbook
    ws = load_workbook(xlsx)[sheet]
    cols = "ABCD"
    widths = [ws.column_dimensions[c].width * 0.205 for c in cols]  # Excel units -> cm
    d = new_doc("Vårdcentralen Ronneby", "SIP-logg")
    d.styles["Normal"].font.name = "Liberation Sans"
    d.styles["Normal"].font.size = Pt(10)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    hp = sec.header.paragraphs[0]
    hp.text = ws.oddHeader.center.text or sheet
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp = sec.footer.paragraphs[0]
    fp.text = "Sida 1 (1)"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rows = list(ws.iter_rows(values_only=True))
    t = d.add_table(rows=len(rows), cols=len(cols))
    set_table_borders(t, "single", "4")
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = t.cell(i, j)
            cell_text(c, "" if v is None else str(v), bold=(i == 0))
            c.paragraphs[0].paragraph_format.space_after = Pt(0)
            if i == 0:
                set_cell_shading(c, "DDEBF7")
    set_repeat_header(t.rows[0])
    set_col_widths(t, [Cm(w) for w in widths])
    tmpd = tempfile.mkdtemp(prefix="f71a-", dir=HERE)
    src = os.path.join(tmpd, os.path.basename(out_pdf)[:-4] + ".docx")
    d.save(src)
    soffice_pdf(src, tmpd)
    shutil.copy(src[:-5] + ".pdf", out_pdf)
    shutil.rmtree(tmpd)


# ============================================================ 07 .docx (discharge + SIP)
def plan07():
    """Record-system print 'Samordnad vårdplanering och SIP'; psychiatric discharge, Kristianstad."""
    d = new_doc("Region Skåne", "Samordnad vårdplanering och SIP")
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin = Cm(1.5)
    header_text(sec, "Region Skåne / Kristianstads kommun – Planeringsmodul, utskrift 2025-05-21 08:47",
                page_numbers=True)
    footer_text(sec, "Utskriften är inte en originalhandling. Aktuell version finns i planeringsmodulen.")

    p = d.add_paragraph()
    r = p.add_run("SAMORDNAD VÅRDPLANERING OCH SIP")
    r.bold = True
    r.font.size = Pt(14)
    p = d.add_paragraph()
    r = p.add_run("Planeringsstatus: Klar")
    r.bold = True
    r.font.color.rgb = RGBColor(0x1F, 0x6F, 0x2F)
    p.add_run("     Ärendetyp: Utskrivning från sluten psykiatrisk vård med SIP")

    LABEL_FILL = "E7E6E6"

    def grid(pairs, widths=(Cm(4.2), Cm(4.6), Cm(4.2), Cm(4.6))):
        """pairs: list of rows; each row list of (label, value) pairs (1 or 2 per row)."""
        t = d.add_table(rows=len(pairs), cols=4)
        t.style = d.styles["Table Grid"]
        for i, prs in enumerate(pairs):
            row = t.rows[i]
            if len(prs) == 1:
                lab, val = prs[0]
                a = row.cells[0]
                b = row.cells[1].merge(row.cells[3])
                cell_text(a, lab, bold=True, size=9)
                set_cell_shading(a, LABEL_FILL)
                cell_text(b, val, size=9.5)
            else:
                for j, (lab, val) in enumerate(prs):
                    cell_text(row.cells[2 * j], lab, bold=True, size=9)
                    set_cell_shading(row.cells[2 * j], LABEL_FILL)
                    cell_text(row.cells[2 * j + 1], val, size=9.5)
        set_col_widths(t, widths)
        d.add_paragraph().paragraph_format.space_after = Pt(2)
        return t

    def section_title(text):
        q = d.add_paragraph()
        rr = q.add_run(text)
        rr.bold = True
        rr.font.small_caps = True
        rr.font.size = Pt(11)
        q.paragraph_format.space_before = Pt(6)
        q.paragraph_format.space_after = Pt(2)

    section_title("Patient och vårdtillfälle")
    grid([
        [("Patient", "R., ÅÅMMDD-XXXX"), ("Hemkommun", "Kristianstad")],
        [("Vårdenhet", "Psykiatriska slutenvården Kristianstad, avdelning 3"),
         ("Inskrivningsdatum", "2025-04-28")],
        [("Utskrivningsklar", "2025-05-20"), ("Utskrivningsdatum", "2025-05-21")],
        [("Planeringsdatum", "2025-05-20 kl. 10.00"), ("Mötesform", "Videomöte")],
        [("Diagnos/orsak", "Bipolär sjukdom, manisk episod. Inlagd enligt HSL efter "
                           "polisbegäran från bostaden.")],
    ])

    section_title("Planering")
    grid([
        [("Syfte med planeringen", "")],
        [("Frågor inför planeringen", "Läget inför utskrivning.")],
        [("Patientens mål", "")],
        [("Patientens delaktighet", "Patienten deltog i videomötet från avdelningen.")],
        [("Samtycke", "☐ Muntligt   ☐ Skriftligt      Datum: ")],
    ])

    section_title("Insatser efter utskrivning")
    ins = [
        ("Insats", "Ansvarig", "Från/datum"),
        ("Återbesök läkare med litiumkontroll", "Psykiatriska öppenvårdsmottagningen "
         "Kristianstad, läkare", "2025-05-27"),
        ("Sjuksköterskekontakt per telefon en gång i veckan", "Psykiatriska "
         "öppenvårdsmottagningen Kristianstad, sjuksköterska", "fr.o.m. 2025-05-22"),
        ("Boendestöd tre gånger i veckan: måltider, sömnrutiner, läkemedelsintag",
         "Socialpsykiatrin, Kristianstads kommun, boendestödjare", "fr.o.m. 2025-05-21"),
        ("Ordination av maskinell dosdispensering", "Psykiatriska öppenvårdsmottagningen "
         "Kristianstad, sjuksköterska", ""),
        ("Sysselsättning på träffpunkt två förmiddagar i veckan",
         "Socialpsykiatrin, Kristianstads kommun, sysselsättningssamordnare", "fr.o.m. vecka 23"),
    ]
    t = d.add_table(rows=len(ins), cols=3)
    t.style = d.styles["Table Grid"]
    for i, rowv in enumerate(ins):
        for j, v in enumerate(rowv):
            cell_text(t.cell(i, j), v, bold=(i == 0), size=9.5)
            if i == 0:
                set_cell_shading(t.cell(i, j), LABEL_FILL)
    set_repeat_header(t.rows[0])
    set_col_widths(t, (Cm(7.0), Cm(7.0), Cm(3.6)))
    d.add_paragraph().paragraph_format.space_after = Pt(2)

    section_title("Ansvar och uppföljning")
    grid([
        [("Andra aktörer", "Inga andra aktörer har insatser i planen. R. har varken god man "
                           "eller pågående ärende hos Försäkringskassan eller "
                           "Arbetsförmedlingen.")],
        [("Huvudansvarig för SIP", "Petra, sjuksköterska, Psykiatriska "
                                   "öppenvårdsmottagningen Kristianstad")],
        [("Fast vårdkontakt", "Petra, sjuksköterska, Psykiatriska öppenvårdsmottagningen")],
        [("Uppföljning", "Uppföljande SIP-möte 2025-06-24 kl. 10.00 på "
                         "öppenvårdsmottagningen, Petra kallar.")],
    ])

    section_title("Deltagare")
    dl = [
        ("Namn", "Funktion", "Organisation"),
        ("R.", "Patient", "–"),
        ("Anders", "Överläkare", "Psykiatriska slutenvården Kristianstad, avd 3"),
        ("Sanna", "Sjuksköterska", "Psykiatriska slutenvården Kristianstad, avd 3"),
        ("Petra", "Sjuksköterska, fast vårdkontakt", "Psykiatriska öppenvårdsmottagningen Kristianstad"),
        ("Malin", "Biståndshandläggare", "Socialpsykiatrin, Kristianstads kommun"),
        ("Jenny", "Boendestödjare", "Socialpsykiatrin, Kristianstads kommun"),
    ]
    t = d.add_table(rows=len(dl), cols=3)
    t.style = d.styles["Table Grid"]
    for i, rowv in enumerate(dl):
        for j, v in enumerate(rowv):
            cell_text(t.cell(i, j), v, bold=(i == 0), size=9.5)
            if i == 0:
                set_cell_shading(t.cell(i, j), LABEL_FILL)
    set_col_widths(t, (Cm(3.5), Cm(5.5), Cm(8.6)))

    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    r = p.add_run("Signerad 2025-05-20 15:02 av sjuksköterska, Psykiatriska slutenvården "
                  "Kristianstad, avdelning 3")
    r.font.size = Pt(8)
    save_doc(d, path(7, "docx"))


# ============================================================ 08 .docx (Krisplan, not a SIP)
def plan08():
    """Personal crisis plan from psychiatry (not a SIP), Karlshamn."""
    d = new_doc("Vuxenpsykiatrin Karlshamn", "Krisplan")
    sec = d.sections[0]
    header_text(sec, "Region Blekinge – Vuxenpsykiatrin Karlshamn, öppenvårdsmottagningen")
    footer_text(sec, "Krisplanen är din. Ta med den vid besök och visa den för den som behöver.")

    d.add_heading("Min krisplan", level=0)
    p = d.add_paragraph()
    p.add_run("Namn: ").bold = True
    p.add_run("Maja        ")
    p.add_run("Upprättad: ").bold = True
    p.add_run("2025-06-02, tillsammans med min kontaktperson (skötare) på mottagningen        ")
    p.add_run("Ses över: ").bold = True
    p.add_run("2025-12-01")

    d.add_heading("Mina tidiga varningstecken", level=2)
    for t in ["Jag sover mindre än fem timmar flera nätter i rad men känner mig inte trött.",
              "Jag slutar svara i telefon och ställer in träffar med min syster.",
              "Jag börjar handla saker på nätet som jag inte har råd med.",
              "Jag får tankar om att det inte är någon idé att finnas till.",
              "Andra märker att jag pratar fort och hoppar mellan ämnen."]:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("Det här hjälper mig", level=2)
    for t in ["Att gå ut med hunden, även en kort sväng.",
              "Att ringa min syster Klara och bara prata om vardagliga saker.",
              "Att ta min vid behovs-medicin enligt ordinationen och gå och lägga mig i tid.",
              "Att skriva ner tankarna i anteckningsboken i stället för att agera på dem.",
              "Tyngdtäcket och lugn musik i hörlurarna."]:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("Det här kan andra göra för mig", level=2)
    d.add_paragraph("Klara och min sambo Elias får säga till mig när de ser varningstecknen. "
                    "Jag vill att de säger det rakt ut och lugnt, inte i grupp. Elias kan ta "
                    "hand om mitt bankkort några dagar om jag ber om det.")

    d.add_heading("Vem jag ringer", level=2)
    t = d.add_table(rows=5, cols=2)
    t.style = d.styles["Table Grid"]
    data = [("Vem", "När / hur"),
            ("Min syster Klara", "Först, när jag märker varningstecken. 070-XXX XX XX"),
            ("Öppenvårdsmottagningen, min kontaktperson", "Vardagar 8–16, via växeln"),
            ("Psykiatriska akutmottagningen, Karlskrona", "Kvällar och helger"),
            ("112", "Om jag inte kan hålla mig säker")]
    for i, (a, b) in enumerate(data):
        cell_text(t.cell(i, 0), a, bold=(i == 0))
        cell_text(t.cell(i, 1), b, bold=(i == 0))
        if i == 0:
            set_cell_shading(t.cell(i, 0), "DEEAF6")
            set_cell_shading(t.cell(i, 1), "DEEAF6")

    d.add_heading("Det här vill jag inte", level=2)
    for t in ["Jag vill inte att polisen hämtar mig hemma om det går att undvika.",
              "Jag vill inte få injektion utan att någon först försöker prata med mig.",
              "Jag vill inte att min arbetsgivare kontaktas."]:
        d.add_paragraph(t, style="List Bullet")

    d.add_heading("Om jag behöver läggas in", level=2)
    d.add_paragraph("Elias tar hand om hunden. Jag vill gärna ha enkelrum om det finns. "
                    "Mina mediciner står i listan i journalen; jag har tidigare mått dåligt "
                    "av haloperidol.")

    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(14)
    p.add_run("Jag har fått en kopia av krisplanen. En kopia finns i journalen och en hos Klara.").italic = True
    save_doc(d, path(8, "docx"))


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
    for f in sorted(os.listdir(OUT)):
        print(f, os.path.getsize(os.path.join(OUT, f)))


if __name__ == "__main__":
    main()
