#!/usr/bin/env python3
"""Generate batch fresh-58b: eight fictional documents (seven SIP plans, one remissvar).

Run with /work/batches/.venv/bin/python generate.py
Deterministic: fixed dates and texts, no randomness.
"""
import os
import shutil
import subprocess
import textwrap
from datetime import datetime, timezone

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f58b-"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
LO_PROFILE = "file:///tmp/lo-f58b"


def out(name):
    return os.path.join(OUT, PREFIX + name)


# ---------------------------------------------------------------- docx helpers
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def mark_header_row(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def set_col_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for idx, gc in enumerate(grid.findall(qn("w:gridCol"))):
        if idx < len(widths):
            gc.set(qn("w:w"), str(int(widths[idx].twips if hasattr(widths[idx], "twips") else widths[idx] / 635)))
    for row in table.rows:
        cells = row.cells
        if len(cells) > 1 and all(c._tc is cells[0]._tc for c in cells):
            cells[0].width = sum(widths[: len(cells)])
            continue
        for idx, w in enumerate(widths):
            if idx < len(cells):
                cells[idx].width = w


def cell_text(cell, text, bold=False, size=None, italic=False):
    cell.text = ""
    paras = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(paras):
        if i > 0:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    return cell


def set_base_font(doc, name="Calibri", size=11):
    cp = doc.core_properties
    cp.author = "SIP"
    cp.last_modified_by = "SIP"
    cp.created = datetime(2024, 9, 1, 8, 0)
    cp.modified = datetime(2024, 9, 1, 8, 0)
    cp.revision = 1
    for sec in doc.sections:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
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


def add_field_page(paragraph):
    """PAGE field as a simple field."""
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


_sdt_id = [1000]


def add_content_control(paragraph, placeholder="Klicka här för att ange text.", tag=None):
    """Empty plain-text content control (w:sdt) showing its placeholder text."""
    _sdt_id[0] += 1
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    if tag:
        alias = OxmlElement("w:alias")
        alias.set(qn("w:val"), tag)
        pr.append(alias)
        tg = OxmlElement("w:tag")
        tg.set(qn("w:val"), tag)
        pr.append(tg)
    i = OxmlElement("w:id")
    i.set(qn("w:val"), str(_sdt_id[0]))
    pr.append(i)
    ph = OxmlElement("w:showingPlcHdr")
    pr.append(ph)
    txt = OxmlElement("w:text")
    pr.append(txt)
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    col = OxmlElement("w:color")
    col.set(qn("w:val"), "808080")
    rpr.append(col)
    r.append(rpr)
    t = OxmlElement("w:t")
    t.text = placeholder
    r.append(t)
    content.append(r)
    sdt.append(content)
    paragraph._p.append(sdt)
    return sdt


def soffice_pdf(docx_path, outdir):
    cmd = [
        "soffice",
        f"-env:UserInstallation={LO_PROFILE}",
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        outdir,
        docx_path,
    ]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


# =============================================================== 01 landscape one-table docx
def plan01():
    doc = Document()
    set_base_font(doc, "Calibri", 10.5)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(2.0))
    sec.top_margin = Cm(1.8)
    sec.bottom_margin = Cm(1.6)

    hp = sec.header.paragraphs[0]
    hp.text = "Lunds kommun – Avdelningen för funktionsstöd   |   Region Skåne – Rehabiliteringsmedicin Lund"
    hp.runs[0].font.size = Pt(8.5)
    hp.runs[0].font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = fp.add_run("SIP Thomas – upprättad 2024-09-17 – sida ")
    r.font.size = Pt(8.5)
    add_field_page(fp)

    t = doc.add_paragraph()
    run = t.add_run("Samordnad individuell plan (SIP)")
    run.bold = True
    run.font.size = Pt(16)
    sub = doc.add_paragraph()
    rs = sub.add_run("enligt 2 kap. 7 § socialtjänstlagen och 16 kap. 4 § hälso- och sjukvårdslagen")
    rs.italic = True
    rs.font.size = Pt(9)

    rows = [
        ("H", "Plan"),
        ("S", "1. Grunduppgifter"),
        ("Den enskilde", "Thomas, 50 år\nPersonnummer: ÅÅMMDD-XXXX\nBor med hustrun i villa i Lund (Norra Fäladen)."),
        ("Datum och plats för mötet", "2024-09-17 kl. 13.00–14.45, Rehabiliteringsmedicin, Skånes universitetssjukhus Lund, samtalsrum 3."),
        ("Deltagare", "Thomas\nHustru (Anna)\nLSS-handläggare\nArbetsterapeut\nFysioterapeut\nKurator\nGod man"),
        ("S", "2. Bakgrund och syfte"),
        ("Bakgrund", "Thomas blev påkörd av en bil när han cyklade till jobbet i mars 2024 och fick en "
         "traumatisk hjärnskada (kontusion frontalt och vänster temporallob). Han vårdades på "
         "neurokirurgen och sedan på slutenvårdsavdelningen för neurorehabilitering till och med "
         "2024-08-30. Han går nu utan hjälpmedel inomhus men har nedsatt kraft i höger arm, uttalad "
         "hjärntrötthet, svårt att planera och komma ihåg avtal. Han har tidigare arbetat som "
         "lastbilschaufför och har körkortet indraget tills vidare. Thomas tillhör personkrets 2 enligt "
         "LSS. Han har haft ett krampanfall i maj och står på antiepileptika."),
        ("Syfte med planen", "Syftet med SIP är att samordna Thomas fortsatta rehabilitering i öppenvård med "
         "kommunens stöd i hemmet och de ekonomiska frågorna efter olyckan, så att Thomas och Anna "
         "vet vem som gör vad nu när Thomas har kommit hem, och så att Anna inte ska behöva hålla ihop "
         "alla kontakter själv."),
        ("Samtycke", "Samtycke finns."),
        ("Thomas delaktighet och synpunkter", "Thomas deltog i hela mötet, med en paus efter ungefär en timme. "
         "Han berättade att tröttheten är det som begränsar honom mest och att han helst vill klara "
         "sig själv. Han vill inte att det kommer för många olika personer hem till honom och önskar att "
         "rehabiliteringen så långt det går läggs på förmiddagar. Anna delar bilden och berättade att "
         "hon har tagit över det mesta av planeringen hemma."),
        ("S", "3. Mål"),
        ("Mål", "Målet är att Thomas ska få en fungerande dagsstruktur hemma, kunna vara ensam hemma dagtid "
         "när Anna arbetar och på sikt prova någon form av sysselsättning eller arbetsträning."),
        ("S", "4. Insatser, ansvar och tidpunkt"),
        ("Neurorehabilitering i dagvård",
         "Dagrehabilitering två förmiddagar i veckan (tisdag och torsdag) med arbetsterapeut, "
         "fysioterapeut och neuropsykolog, 12 veckor. Fokus på kognitiva strategier, dagsplanering "
         "och träning av höger arm.\n"
         "Ansvar: Rehabiliteringsmedicin Lund, Region Skåne (arbetsterapeut samordnar).\n"
         "När: start 2024-10-01, avslut 2024-12-19."),
        ("Ledsagarservice enligt LSS",
         "Thomas ansöker om ledsagarservice (9 § 3 LSS) för att kunna ta sig till aktiviteter och till "
         "gymmet utan att Anna behöver följa med. Ansökan lämnades på mötet.\n"
         "Ansvar: LSS-handläggare, Avdelningen för funktionsstöd, Lunds kommun, utreder och fattar beslut.\n"
         "När: beslut senast 2024-10-31."),
        ("Hjälpmedel och anpassning i hemmet",
         "Hembesök för bedömning av hjälpmedel: elektronisk kalender/påminnelser i mobilen, "
         "whiteboard med veckoschema i köket, duschpall.\n"
         "Ansvar: arbetsterapeut, Hälsa, vård och omsorg, Lunds kommun.\n"
         "När: hembesök vecka 40."),
        ("Samtalsstöd",
         "Samtalskontakt för Thomas och Anna kring krisreaktion och förändrad livssituation efter olyckan, "
         "enskilt och tillsammans.\n"
         "Ansvar: kurator, Rehabiliteringsmedicin Lund."),
        ("Medicinsk uppföljning",
         "Läkarbesök med kontroll av antiepileptika (provtagning före besöket) och blodtryck. "
         "Förnyelse av läkarintyg.\n"
         "Ansvar: distriktsläkare, Vårdcentralen Lund Norr.\n"
         "När: 2024-11-12 kl. 09.30."),
        ("S", "5. Andra aktörers insatser"),
        ("God man",
         "God man (Bo) betalar räkningar, sköter kontakten med banken och ansöker om bostadstillägg hos "
         "Försäkringskassan senast 2024-10-15."),
        ("Försäkringskassan",
         "Thomas har sjukpenning fram till 2025-03-31. FK utreder ansökan om sjukersättning; "
         "FK:s handläggare bokar ett avstämningsmöte när läkarutlåtandet har kommit in. "
         "Överläkaren på Rehabiliteringsmedicin skickar utlåtandet senast 2024-10-04."),
        ("Anna (hustru)",
         "Anna går igenom veckoschemat med Thomas på söndagskvällar och följer med på läkarbesöket "
         "2024-11-12. Anna har fått information om anhörigstöd i Lunds kommun och kontaktar "
         "anhörigkonsulenten själv om hon vill."),
        ("S", "6. Huvudansvar och uppföljning"),
        ("Huvudansvarig för planen",
         "Karin, LSS-handläggare, Avdelningen för funktionsstöd, Lunds kommun. Karin kallar till "
         "uppföljningen och är Thomas och Annas kontakt om något i planen inte fungerar."),
        ("Uppföljning",
         "Uppföljande SIP-möte 2024-12-10 kl. 13.30 på Rehabiliteringsmedicin, Lund (samma lokal). "
         "Thomas önskar mötet på eftermiddagen efter vila."),
        ("Planen upprättad av", "Kurator, Rehabiliteringsmedicin Lund, 2024-09-17. Kopia till Thomas och samtliga deltagare."),
    ]

    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(6.2), Cm(19.3)]
    for kind_or_label, text in rows:
        row = table.add_row()
        if kind_or_label == "H":
            cell_text(row.cells[0], "Del", bold=True)
            cell_text(row.cells[1], "Innehåll", bold=True)
            shade(row.cells[0], "BFBFBF")
            shade(row.cells[1], "BFBFBF")
            mark_header_row(row)
        elif kind_or_label == "S":
            merged = row.cells[0].merge(row.cells[1])
            cell_text(merged, text, bold=True, size=11.5)
            shade(merged, "D9E2F3")
        else:
            cell_text(row.cells[0], kind_or_label, bold=True)
            cell_text(row.cells[1], text)
    set_col_widths(table, widths)
    doc.save(out("01.docx"))


# =============================================================== 02 fpdf2 record-system print
class RecordPDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(60, 60, 60)
        self.cell(70, 4, "VÅRDSAM Halland – Samordnad individuell plan", new_x="RIGHT", new_y="TOP")
        self.cell(60, 4, "Utskrift: 2025-01-22 10:14", align="C", new_x="RIGHT", new_y="TOP")
        self.cell(0, 4, f"Sida {self.page_no()} ({{nb}})", align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, "Patient: Elin, ÅÅMMDD-XXXX     Plan-ID: SIP-2025-0117     Status: Fastställd",
                  new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(120, 120, 120)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Utskriven av: sjuksköterska, Vuxenpsykiatrin Halmstad. Utskrift är inte journalhandling.",
                  align="C")
        self.set_text_color(0, 0, 0)

    def bar(self, text):
        self.ln(2)
        self.set_fill_color(200, 200, 200)
        self.set_font("DejaVu", "B", 9.5)
        self.cell(0, 6.5, "  " + text, fill=True, new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)

    def field(self, label, value, h_min=7):
        self.set_font("DejaVu", "B", 7.5)
        self.cell(0, 4.5, label, new_x="LMARGIN", new_y="NEXT")
        self.set_font("DejaVu", "", 9)
        x, y = self.get_x(), self.get_y()
        if value:
            self.multi_cell(0, 4.6, value, border=1, padding=1.2, new_x="LMARGIN", new_y="NEXT")
        else:
            self.cell(0, h_min, "", border=1, new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)


def plan02():
    pdf = RecordPDF(format="A4")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_margins(16, 12, 16)
    pdf.set_auto_page_break(True, margin=16)
    pdf.alias_nb_pages()
    pdf.set_creation_date(datetime(2025, 1, 22, 10, 14, tzinfo=timezone.utc))
    pdf.add_page()

    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 8, "SAMORDNAD INDIVIDUELL PLAN (SIP)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 8.5)
    pdf.cell(0, 5, "Region Halland / Halmstads kommun – Revidering 2 av plan upprättad 2024-09-10",
             new_x="LMARGIN", new_y="NEXT")

    pdf.bar("1. GRUNDUPPGIFTER")
    pdf.field("MÖTESDATUM / PLATS", "2025-01-21 kl. 14.00–15.30, Vuxenpsykiatrin Halmstad, ätstörningsteamet")
    pdf.field("DELTAGARE",
              "Elin (den enskilda)\n"
              "Mamma (på Elins begäran)\n"
              "Sjuksköterska/fast vårdkontakt, ätstörningsteamet, Vuxenpsykiatrin Halmstad\n"
              "Dietist, ätstörningsteamet, Vuxenpsykiatrin Halmstad\n"
              "Distriktsläkare, Vårdcentralen Halmstad Centrum\n"
              "Socialsekreterare, Vuxenenheten, Socialförvaltningen Halmstads kommun\n"
              "Boendestödjare, Socialpsykiatrin, Halmstads kommun")
    pdf.field("SAMTYCKE", "")
    pdf.field("HUVUDANSVARIG FÖR PLANEN", "Vuxenpsykiatrin Halmstad")

    pdf.bar("2. BAKGRUND OCH SYFTE")
    pdf.field("NULÄGE",
              "Elin, 28 år, har anorexia nervosa sedan tonåren med en ny försämring hösten 2024 i samband med "
              "praktik på sjuksköterskeprogrammet. Hon gjorde studieuppehåll i oktober och är sjukskriven "
              "på heltid. BMI har stigit från 15,8 (november) till 17,1 vid senaste vägning. Hon bor ensam i "
              "hyreslägenhet på Söder, äter ensam och har svårt att handla och laga mat. Ekonomin är ansträngd "
              "sedan studiemedlen upphörde.")
    pdf.field("SYFTE",
              "Syftet med SIP är att samordna Elins ätstörningsbehandling i psykiatrin med stödet från kommunen "
              "i hemmet, så att hon kan fortsätta gå upp i vikt, få måltiderna och ekonomin att fungera och kunna "
              "planera för att börja studera igen till hösten 2025.")
    pdf.field("FRÅGESTÄLLNINGAR INFÖR MÖTET", "", h_min=9)

    pdf.bar("3. DEN ENSKILDAS MÅL OCH SYN")
    pdf.field("DEN ENSKILDAS MÅL (MED EGNA ORD)",
              "”Jag vill kunna äta lunch med klasskompisar igen och börja plugga i augusti.”\n"
              "”Jag vill att mamma ska kunna sluta oroa sig hela tiden.”")
    pdf.field("DEN ENSKILDAS SYN PÅ INSATSERNA",
              "Elin deltog i hela mötet. Hon tycker att måltidsstödet hemma har hjälpt, men vill hellre ha två "
              "längre besök i veckan än fyra korta. Hon vill inte träffa ny personal nu. Hon oroar sig mest "
              "för pengarna och för att halka efter i utbildningen.")

    pdf.bar("4. ÅTGÄRDER")
    head = ("Åtgärd", "Ansvarig verksamhet / funktion", "Start", "Klart / slut")
    data = [
        ("Ätstörningsfokuserad KBT (KBT-E), 1 g/vecka", "Psykolog, ätstörningsteamet, Vuxenpsykiatrin Halmstad",
         "2025-01-28", "2025-06-24"),
        ("Vägning och somatisk kontroll varannan vecka", "Sjuksköterska, ätstörningsteamet", "2025-01-23", "2025-06-26"),
        ("Ny kostplan och måltidsschema, 3 huvudmål + 3 mellanmål", "Dietist, Vuxenpsykiatrin Halmstad",
         "2025-01-30", "2025-02-28"),
        ("Måltidsstöd i hemmet vid middag tisdag och torsdag (2 tim/tillfälle)",
         "Boendestödjare, Socialpsykiatrin Halmstads kommun", "2025-02-04", "2025-05-29"),
        ("Stöd vid inköp av mat, 1 g/vecka (fredag)", "Boendestödjare, Socialpsykiatrin Halmstads kommun",
         "2025-02-07", "2025-05-30"),
        ("Läkarintyg till Försäkringskassan (förlängd sjukskrivning)", "Psykiatriker, Vuxenpsykiatrin Halmstad",
         "2025-01-24", "2025-01-31"),
        ("Provtagning elektrolyter och EKG", "Distriktsläkare, Vårdcentralen Halmstad Centrum",
         "2025-02-04", "2025-02-04"),
        ("Utredning av ekonomiskt bistånd till hyra feb–mars", "Socialsekreterare, Vuxenenheten Halmstads kommun",
         "2025-01-22", "2025-02-14"),
        ("Budget- och skuldrådgivning, ett första samtal", "Budget- och skuldrådgivare, Halmstads kommun",
         "2025-02-12", "2025-02-12"),
        ("Anhöriggrupp för närstående (erbjuds mamma), 6 träffar", "Kurator, ätstörningsteamet",
         "2025-02-11", "2025-04-15"),
        ("Plats på träffpunkten (socialpsykiatrin) två förmiddagar/vecka", "Boendestödjare, Socialpsykiatrin Halmstads kommun",
         "2025-02-10", "2025-05-30"),
        ("Läkemedelsgenomgång (sömn, ångest)", "Psykiatriker, Vuxenpsykiatrin Halmstad", "2025-02-18", "2025-02-18"),
        ("Planeringssamtal om studiestart HT 2025, aktivitetsbalans", "Arbetsterapeut, Vuxenpsykiatrin Halmstad",
         "2025-04-01", "2025-06-13"),
        ("Uppdaterad krisplan vid viktnedgång (kontaktvägar kvällar/helger)", "Sjuksköterska, ätstörningsteamet",
         "2025-01-21", "2025-01-28"),
    ]
    pdf.set_font("DejaVu", "", 8.5)
    pdf.set_draw_color(0, 0, 0)
    with pdf.table(col_widths=(70, 62, 22, 24), line_height=4.6, text_align="LEFT",
                   headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225)),
                   repeat_headings=1, padding=1.2) as table:
        row = table.row()
        for h in head:
            row.cell(h)
        for d in data:
            row = table.row()
            for v in d:
                row.cell(v)
    pdf.ln(3)

    pdf.bar("5. SAMORDNING OCH UPPFÖLJNING")
    pdf.field("ÖVRIGA AKTÖRER", "Försäkringskassan och högskolan är informerade om planen.")
    pdf.field("NÄSTA UPPFÖLJNING", "Se tidigare plan.")
    pdf.field("DOKUMENTERAD AV", "Sjuksköterska, ätstörningsteamet, Vuxenpsykiatrin Halmstad, 2025-01-21")
    pdf.output(out("02.pdf"))


# =============================================================== 03 txt fixed-width
def wrap(text, width=76):
    out_lines = []
    for para in text.split("\n"):
        if not para.strip():
            out_lines.append("")
            continue
        out_lines.extend(textwrap.wrap(para, width=width, break_long_words=False, break_on_hyphens=False))
    return out_lines


def fixed_table(headers, rows, widths, gap=2):
    lines = []
    sep = " " * gap

    def fmt(cols):
        wrapped = [textwrap.wrap(c, width=w, break_long_words=False, break_on_hyphens=False) or [""]
                   for c, w in zip(cols, widths)]
        n = max(len(w) for w in wrapped)
        res = []
        for i in range(n):
            parts = []
            for j, w in enumerate(widths):
                s = wrapped[j][i] if i < len(wrapped[j]) else ""
                parts.append(s.ljust(w))
            res.append(sep.join(parts).rstrip())
        return res

    lines.extend(fmt(headers))
    lines.append(sep.join("-" * w for w in widths))
    for r in rows:
        lines.extend(fmt(r))
        lines.append("")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def plan03():
    L = []
    L.append("=" * 78)
    L.append("SAMORDNAD INDIVIDUELL PLAN (SIP)".center(78).rstrip())
    L.append("Socialförvaltningen Helsingborg / Region Skåne".center(78).rstrip())
    L.append("=" * 78)
    L.append("Utskrift från verksamhetssystem 2024-10-30, textexport")
    L.append("")
    L.append("Ungdom:        Noah, 15 år (ÅÅMMDD-XXXX)")
    L.append("Vårdnadshavare: mamma, pappa (gemensam vårdnad)")
    L.append("Mötesdatum:    2024-10-29 kl. 15.00, Socialförvaltningen Barn och ungdom,")
    L.append("               Helsingborg")
    L.append("")
    L.append("DELTAGARE")
    L.append("Noah, mamma, socialsekreterare, behandlare, kurator, mentor")
    L.append("")
    L.append("SYFTE")
    L.append("Samordning av insatser.")
    L.append("")
    L.append("BAKGRUND")
    L.extend(wrap(
        "Noah går i åk 9. Skolan gjorde orosanmälan i september efter hög frånvaro (ca 40 % sedan "
        "skolstart) och efter att Noah luktat cannabis på skolan vid två tillfällen. Utredning enligt "
        "11 kap. 1 § SoL pågår. Noah har sedan 2024-10-03 kontakt med Mini-Maria Helsingborg och har "
        "haft positiva urinprov för THC i oktober. Han sover dåligt, är vaken sent och har svårt att "
        "komma upp på morgnarna. Han har fått F i matematik och engelska i höstens omdömen. Hemma är "
        "det mycket bråk om mobilen och om att han är ute sent."))
    L.append("")
    L.append("FRÅGESTÄLLNINGAR")
    L.append("1. Hur kan Noah komma tillbaka till skolan på heltid efter höstlovet,")
    L.append("   och vilka anpassningar behövs de första veckorna?")
    L.append("2. Behöver behandlingen på Mini-Maria förstärkas efter de positiva")
    L.append("   proverna i oktober?")
    L.append("3. Vem tar kontakten med familjen om Noah inte kommer hem på kvällen?")
    L.append("")
    L.append("NOAHS MÅL (MED EGNA ORD)")
    L.append('"Jag vill gå ut nian med godkänt i alla ämnen så att jag kommer in på')
    L.append('fordonsprogrammet."')
    L.append('"Jag vill sluta röka på, men jag vill inte att alla tjatar hela tiden."')
    L.append("")
    L.append("NOAHS OCH VÅRDNADSHAVARNAS SYN")
    L.extend(wrap(
        "Noah och mamma deltog i mötet. Pappa kunde inte komma men hade pratat med "
        "socialsekreteraren i telefon dagen innan och står bakom planen. Noah tycker att "
        "skoldagarna är för långa och vill börja med kortare dagar. Han vill ha samma "
        "behandlare på Mini-Maria och inte byta. Han vill inte att skolan ska veta resultaten av "
        "proverna. Mamma är orolig för att Noah umgås med äldre kompisar och önskar mer stöd "
        "hemma på kvällarna."))
    L.append("")
    L.append("INSATSER")
    headers = ["INSATS", "ANSVARIG", "NÄR"]
    widths = [34, 24, 16]
    rows = [
        ["Behandlingssamtal (A-CRA) för Noah, en gång i veckan",
         "Behandlare, Mini-Maria Helsingborg", "Torsdagar fr.o.m. 2024-11-07"],
        ["Urinprov (drogtest) varannan vecka", "Regionen", "Fr.o.m. v. 46"],
        ["Anpassad studiegång: skoldag 08.30-12.30 i två veckor, därefter utökning",
         "Rektor och elevhälsan, Västra skolan", "2024-11-04 – 2024-11-15"],
        ["Mentorssamtal varje måndag morgon, genomgång av veckans schema",
         "Mentor, Västra skolan", "Från 2024-11-04"],
        ["Extra stöd i matematik och engelska (studiestudio)",
         "Speciallärare, Västra skolan", "Tis och tor fr.o.m. 2024-11-05"],
        ["Familjebehandling i hemmet, kvällstid", "Kommunen", "Start i december"],
        ["Slutförande av utredning enligt 11 kap. 1 § SoL",
         "Socialsekreterare, Barn och ungdom", "Klar 2024-12-20"],
    ]
    L.extend(fixed_table(headers, rows, widths))
    L.append("")
    L.append("ÖVRIGT")
    L.extend(wrap("Föräldrarna finns med och stöttar Noah hemma så gott de kan."))
    L.append("")
    L.append("-" * 78)
    L.append("Antecknat av: socialsekreterare, Barn och ungdom, Helsingborgs stad")
    L.append("")
    text = "\n".join(L)
    with open(out("03.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# =============================================================== 04 md minutes
def plan04():
    md = """# Minnesanteckningar SIP-möte

**Datum:** 2025-03-11, kl. 10.00–11.15  
**Plats:** Vårdcentralen Kristianstad Öster, konferensrummet  
**Ärende:** Samordnad individuell plan för B., 84 år, Åhus  
**Närvarande:** Eva, Jonas, Karin, Mats, Lena (dotter)  
**Antecknat av:** Karin

---

## § 1 Mötets öppnande

Eva hälsade alla välkomna och öppnade mötet. B. deltog inte.

## § 2 Syfte med mötet

Att få en gemensam bild.

## § 3 Frågeställningar

Diskutera läget.

## § 4 Nuläge

B. bor ensam i villa i Åhus sedan hustrun dog 2022. Han har hjärtsvikt (NYHA III) och
förmaksflimmer och har under vintern blivit tröttare och mer andfådd. Han föll i hallen
2025-02-02 och låg på golvet i flera timmar innan grannen hittade honom. Han vårdades på
Centralsjukhuset Kristianstad (medicinavdelning) 2025-02-02 – 2025-02-09 för försämrad
hjärtsvikt, ingen fraktur. Ytterligare ett fall i badrummet 2025-02-24, utan skada.
Viktuppgång på 3 kg under en vecka i februari. B. har hemtjänst en gång per dag
(lunch) sedan hösten 2024 och har haft svårt att komma ihåg vätskedrivande tabletter.

## § 5 Mål

Målet är att B. ska kunna bo kvar hemma i Åhus, inte falla igen och slippa nya
inläggningar för hjärtsvikten.

## § 6 Insatser och ansvar

- **Utökad hemtjänst:** morgon-, lunch- och kvällsbesök från 2025-03-17. Morgonbesöket
  innefattar vägning och att vikten skrivs in på listan på kylskåpet, samt
  läkemedelsöverlämning ur dosett. Beslut fattas av biståndshandläggare,
  äldreomsorgen Kristianstads kommun; Hemtjänst Åhus utför.
- **Fallprevention:** hembesök av arbetsterapeut och fysioterapeut, kommunal hälso- och
  sjukvård (hemsjukvården Kristianstad), vecka 12. Bedömning av fallrisk, badrumsanpassning
  och balansträning.
- **Trygghetslarm** installeras. Ansvar: Hemtjänst Åhus.
- **Hjärtsviktsuppföljning:** distriktssköterska vid hjärtsviktsmottagningen, Vårdcentralen
  Kristianstad Öster, följer vikt och ödem med telefonkontakt varannan vecka från
  2025-03-18. Distriktsläkaren ser över dosen vätskedrivande vid besök 2025-03-25.
- **Läkemedelsgenomgång:** Regionen ansvarar, vid nästa läkarbesök.
- **Dosdispensering (apodos):** distriktsläkaren ordinerar, start 2025-04-01.

## § 7 Samtycke och huvudansvar

Samtycke finns.

Huvudansvar för planen: Eva, biståndshandläggare, Vård- och omsorgsförvaltningen,
Kristianstads kommun.

## § 8 Närståendes och andras insatser

Lena (dotter) ringer B. varje kväll kl. 19 och handlar åt honom på lördagar. Hon följer
med till läkarbesöket 2025-03-25 och tar med viktlistan. Grannen har en extra nyckel
tills trygghetslarmet är installerat.

## § 9 Nästa möte

Uppföljande SIP-möte 2025-05-13 kl. 10.00 hemma hos B. i Åhus. Eva skickar kallelse.

Mötet avslutades kl. 11.15.
"""
    with open(out("04.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# =============================================================== 05 letter docx easy Swedish
def plan05():
    doc = Document()
    set_base_font(doc, "Verdana", 13)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    rr = hp.add_run("Din plan – SIP")
    rr.font.size = Pt(9)
    rr.font.color.rgb = RGBColor(0x60, 0x60, 0x60)

    st = doc.styles["Normal"]
    st.paragraph_format.space_after = Pt(10)
    st.paragraph_format.line_spacing = 1.25

    def para(lead, text):
        p = doc.add_paragraph()
        if lead:
            r = p.add_run(lead + " ")
            r.bold = True
        p.add_run(text)
        return p

    d = doc.add_paragraph("Ronneby 16 oktober 2024")
    d.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    para(None, "Hej Amir!")
    para(None, "Här är din plan. Den heter SIP. Vi skrev den tillsammans på mötet "
               "den 14 oktober 2024. Du kan läsa den hemma i lugn och ro.")
    para("Varför en plan?", "Planen finns för att alla som hjälper dig ska veta vad de andra gör. "
                           "Du ska kunna börja på daglig verksamhet i november utan att något glöms bort, "
                           "och resorna dit ska fungera.")
    para("Det här pratade vi om.", "Vi hade två frågor på mötet. Hur ska du ta dig till Verkstan varje dag? "
                                   "Och vad kan du göra när det blir för mycket ljud runt dig?")
    para("Ditt mål", "är att få jobba med datorer och att ha något bra att göra på dagarna.")
    para("Det här sa du.", "Du var med på mötet hela tiden. Du sa att du inte vill börja tidigt på "
                           "morgonen. Du vill ha ett eget bord i ett lugnt rum. Du vill veta i förväg "
                           "vem som möter dig när du kommer.")
    para("Får vi prata med varandra om dig?", "Ja. Du sa ja på mötet den 14 oktober 2024 och du skrev "
                                              "under samtyckes-pappret.")
    para("Det här ska hända:", "")
    items = [
        ("Första dagen.", "Jonas är handledare på Verkstan, daglig verksamhet i Ronneby. Han möter "
                          "dig vid dörren den 4 november 2024 klockan 10. Du är på Verkstan klockan "
                          "10 till 14, måndag till torsdag."),
        ("Hörlurar.", "Arbetsterapeuten på Vuxenhabiliteringen i Karlskrona provar ut hörlurar "
                      "som tar bort ljud. Det gör ni den 22 oktober 2024."),
        ("Bildschema.", "Arbetsterapeuten på Vuxenhabiliteringen gör ett schema med bilder för din "
                        "dag på Verkstan. Schemat är klart innan du börjar den 4 november."),
        ("Färdtjänst.", "Maria hjälper dig att söka färdtjänst."),
        ("Sömn.", "Läkaren på Vårdcentralen Ronneby tittar på din sömnmedicin när du är där "
                  "i december."),
    ]
    for lead, text in items:
        p = doc.add_paragraph(style="List Bullet")
        r = p.add_run(lead + " ")
        r.bold = True
        p.add_run(text)
    para("Maria", "är din LSS-handläggare. Hon har huvudansvaret för planen. Om något inte "
                  "fungerar kan du ringa henne via växeln.")
    para("Vi ses igen", "efter jul. Då pratar vi om hur det har gått på Verkstan.")
    para(None, "Hälsningar")
    para(None, "Maria")
    doc.save(out("05.docx"))


# =============================================================== 06 Q&A docx -> pdf
def plan06(tmpdir):
    doc = Document()
    set_base_font(doc, "Liberation Sans", 11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    hp = sec.header.paragraphs[0]
    hp.text = "Malmö stad, Funktionsstödsförvaltningen  •  Region Skåne, Vuxenpsykiatri Malmö"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fr = fp.add_run("SIP – frågor och svar   ")
    fr.font.size = Pt(8)
    add_field_page(fp)

    h = doc.add_paragraph()
    hr = h.add_run("SIP – Samordnad individuell plan")
    hr.bold = True
    hr.font.size = Pt(17)
    doc.add_paragraph("Jasmina, 38 år, Malmö (Rosengård)    Personnummer: XXXXXX-XXXX    Mötesdatum: 2025-02-10")

    def qa(q, a):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.space_after = Pt(2)
        r = p.add_run(q)
        r.bold = True
        r.font.size = Pt(12)
        for line in a.split("\n"):
            ap = doc.add_paragraph(line)
            ap.paragraph_format.left_indent = Cm(0.6)
            ap.paragraph_format.space_after = Pt(2)

    qa("Vad är syftet med mötet?", "")
    qa("Hur ser det ut just nu?",
       "J. har schizofreni sedan 20-årsåldern och har haft kontakt med psykosmottagningen i många år. "
       "Hon flyttade till en egen lägenhet i november 2024 efter flera år på ett kommunalt boende. "
       "Sedan flytten har hon haft svårt med tvätt, disk och att handla, och hyran för januari betalades "
       "för sent. Hon har missat två depåinjektioner under december–januari. Hon är mest hemma och "
       "träffar få personer.")
    qa("Vilka frågor ska vi ta upp?", "Hur det går i stort.")
    qa("Vad vill Jasmina uppnå?",
       "Målet är att J. ska kunna bo kvar i sin lägenhet och ha en fungerande vardag.")
    qa("Var Jasmina med på mötet?", "Ja, J. var med under hela mötet.")
    qa("Har Jasmina gett sitt samtycke?",
       "Ja. J. skrev under blanketten för samtycke till SIP på mötet 2025-02-10 (skriftligt samtycke).")
    qa("Vad behövs?",
       "– Boendestöd två gånger i veckan, tisdag och fredag förmiddag, med fokus på tvätt, disk, "
       "inköp av mat och att öppna posten tillsammans.\n"
       "– Depåinjektion var tredje vecka på psykosmottagningen, med påminnelse per sms dagen innan.\n"
       "– Läkarbesök för att se över biverkningar (viktuppgång, trötthet).\n"
       "– Introduktion på träffpunkten i Rosengård två eftermiddagar i veckan.")
    qa("Vem gör vad?",
       "Kommunen: boendestöd och träffpunkt.\n"
       "Regionen: depåinjektion och läkarbesök.")
    qa("Vem har huvudansvaret för planen?",
       "Det bestämdes inte på mötet. Tas upp nästa gång.")
    qa("När ses vi igen?", "Om ungefär ett halvår. Kallelse skickas ut.")

    path = os.path.join(tmpdir, PREFIX + "06.docx")
    doc.save(path)
    soffice_pdf(path, OUT)


# =============================================================== 07 empty template docx
def plan07():
    doc = Document()
    set_base_font(doc, "Arial", 10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Region Halland och kommunerna i Halland\tSIP-mall, version 2024-03"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = fp.add_run("Samordnad individuell plan – sida ")
    r.font.size = Pt(8)
    add_field_page(fp)

    doc.add_heading("Samordnad individuell plan (SIP)", level=0)
    hint = doc.add_paragraph()
    hr = hint.add_run("(Mallen fylls i under eller direkt efter SIP-mötet. Kopia lämnas till den enskilde "
                      "och till samtliga deltagare.)")
    hr.italic = True
    hr.font.size = Pt(9)

    def hint_p(text):
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.italic = True
        r.font.size = Pt(9)
        r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
        return p

    def cc_p(tag=None):
        p = doc.add_paragraph()
        add_content_control(p, tag=tag)
        return p

    def two_col(headers, n_rows, widths=(Cm(7), Cm(9.6)), cc=False):
        t = doc.add_table(rows=1, cols=2)
        t.style = "Table Grid"
        for i, htxt in enumerate(headers):
            cell_text(t.rows[0].cells[i], htxt, bold=True)
            shade(t.rows[0].cells[i], "E7E6E6")
        mark_header_row(t.rows[0])
        for _ in range(n_rows):
            row = t.add_row()
            if cc:
                add_content_control(row.cells[0].paragraphs[0])
                add_content_control(row.cells[1].paragraphs[0])
        set_col_widths(t, widths)
        doc.add_paragraph()
        return t

    doc.add_heading("1. Personuppgifter", level=1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for label, ph in [("Namn", None), ("Personnummer", "ÅÅMMDD-XXXX"), ("Vårdnadshavare/god man", None),
                      ("Datum för mötet", "ÅÅÅÅ-MM-DD"), ("Plats", None)]:
        row = t.add_row()
        cell_text(row.cells[0], label, bold=True)
        if ph:
            cell_text(row.cells[1], ph)
            row.cells[1].paragraphs[0].runs[0].font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        else:
            add_content_control(row.cells[1].paragraphs[0])
    set_col_widths(t, (Cm(5.5), Cm(11.1)))
    doc.add_paragraph()

    doc.add_heading("2. Deltagare", level=1)
    hint_p("(Ange namn, funktion och verksamhet för samtliga som deltar. Ange även om den enskilde "
           "eller närstående deltar.)")
    two_col(("Namn", "Funktion och verksamhet/organisation"), 6)

    doc.add_heading("3. Samtycke", level=1)
    hint_p("(Samtycke ska inhämtas innan mötet. Ange hur och när samtycket lämnades.)")
    doc.add_paragraph("☐ Muntligt samtycke        ☐ Skriftligt samtycke (blankett bifogas)")
    p = doc.add_paragraph("Datum för samtycke: ")
    add_content_control(p)

    doc.add_heading("4. Syfte med SIP", level=1)
    hint_p("(Beskriv syftet med planen utifrån den enskildes situation.)")
    cc_p("Syfte")

    doc.add_heading("5. Frågeställningar inför mötet", level=1)
    hint_p("(Vilka frågor behöver lösas på mötet? Formuleras gärna tillsammans med den enskilde vid kallelsen.)")
    cc_p("Frågeställningar")

    doc.add_heading("6. Den enskildes mål", level=1)
    hint_p("(Skriv målet med den enskildes egna ord, gärna som citat.)")
    cc_p("Mål")

    doc.add_heading("7. Den enskildes delaktighet och synpunkter", level=1)
    hint_p("(Deltog den enskilde? Vad tycker den enskilde? Om den enskilde inte deltog: ange varför och hur "
           "hens synpunkter har förmedlats.)")
    doc.add_paragraph("☐ Den enskilde deltog        ☐ Den enskilde deltog inte")
    cc_p("Synpunkter")

    doc.add_heading("8. Insatser – vem gör vad och när", level=1)
    hint_p("(En rad per insats. Ange ansvarig verksamhet/funktion och tidpunkt.)")
    two_col(("Insats", "Ansvarig (verksamhet/funktion) och när"), 5, cc=True)

    doc.add_heading("9. Andra aktörers insatser", level=1)
    hint_p("(T.ex. Försäkringskassan, Arbetsförmedlingen, god man, närstående, den enskilde själv. "
           "Ange om det inte finns några.)")
    two_col(("Aktör", "Insats och när"), 3)

    doc.add_heading("10. Huvudansvar för planen", level=1)
    hint_p("(Namn eller funktion samt verksamhet/organisation.)")
    cc_p("Huvudansvar")

    doc.add_heading("11. Uppföljning", level=1)
    hint_p("(Datum för uppföljning bestäms på mötet.)")
    p = doc.add_paragraph("Datum för uppföljning: ÅÅÅÅ-MM-DD     Plats: ")
    add_content_control(p)
    p = doc.add_paragraph("Sammankallande: ")
    add_content_control(p)

    doc.add_heading("12. Underskrift", level=1)
    doc.add_paragraph("Planen upprättad av: ______________________________   Datum: ÅÅÅÅ-MM-DD")
    doc.add_paragraph("☐ Kopia lämnad till den enskilde     ☐ Kopia skickad till deltagarna")
    doc.save(out("07.docx"))


# =============================================================== 08 remissvar (not a plan)
def doc08():
    doc = Document()
    set_base_font(doc, "Times New Roman", 11.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    hp = sec.header.paragraphs[0]
    hp.text = "Region Skåne\tBarn- och ungdomspsykiatrin\tBUP Kristianstad"
    hp.runs[0].font.size = Pt(8.5)
    fp = sec.footer.paragraphs[0]
    fp.text = "BUP Kristianstad, Region Skåne – nås via växeln"
    fp.runs[0].font.size = Pt(8)

    p = doc.add_paragraph()
    r = p.add_run("REMISSVAR")
    r.bold = True
    r.font.size = Pt(15)

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [
        ("Till", "Skolläkare, Elevhälsan, Näsbyskolan, Kristianstads kommun"),
        ("Från", "BUP Kristianstad, öppenvårdsmottagningen"),
        ("Avser", "Ella, 11 år, ÅÅMMDD-XXXX"),
        ("Er remiss daterad", "2024-11-28"),
        ("Remissvar daterat", "2025-02-06"),
    ]:
        row = t.add_row()
        cell_text(row.cells[0], a, bold=True)
        cell_text(row.cells[1], b)
    set_col_widths(t, (Cm(4.5), Cm(11.5)))
    doc.add_paragraph()

    def sec_h(text):
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.bold = True
        p.paragraph_format.space_before = Pt(8)
        p.paragraph_format.space_after = Pt(2)

    sec_h("Remissens frågeställning")
    doc.add_paragraph("Bedömning av ångest och koncentrationssvårigheter hos flicka i åk 5 med ökande "
                      "skolfrånvaro sedan augusti 2024. Frågeställning ADHD? Frågeställning ångestsyndrom?")
    sec_h("Handläggning")
    doc.add_paragraph("Ella har bedömts vid två nybesök på BUP Kristianstad, 2025-01-09 och 2025-01-23, "
                      "tillsammans med båda vårdnadshavarna. Bedömningen har gjorts av psykolog och "
                      "specialistläkare. Skattningsskalor (SCAS, SNAP-IV) har fyllts i av vårdnadshavare och "
                      "mentor. Skolans pedagogiska kartläggning från remissen har använts.")
    sec_h("Fynd och bedömning")
    doc.add_paragraph("Ella beskriver oro inför skoldagen, magont på morgnarna och rädsla för att bli tillsagd "
                      "inför klassen. Hon undviker idrott och matsal. Vid besöken är hon blyg men tar "
                      "kontakt efter en stund. Skattningar visar förhöjda värden för separationsångest och "
                      "social ångest. Koncentrationssvårigheterna beskrivs främst i skolan och bedöms i "
                      "nuläget i första hand vara sekundära till ångesten; vi ser inte tillräckligt underlag "
                      "för att påbörja en neuropsykiatrisk utredning nu, men frågan kan väckas igen om "
                      "svårigheterna kvarstår när ångesten har behandlats.")
    doc.add_paragraph("Diagnos: F93.0 Separationsångest i barndomen. F40.1 Social fobi (preliminär).")
    sec_h("Åtgärder på BUP")
    doc.add_paragraph("Ella erbjuds KBT med exponering, cirka 12 sessioner, samt föräldrastöd. "
                      "Behandlingen startar i mars. Läkemedel är inte aktuellt i nuläget.")
    sec_h("Rekommendation")
    doc.add_paragraph("Eftersom Ellas svårigheter påverkar skolgången och flera verksamheter är inblandade "
                      "(elevhälsan, BUP och sannolikt socialtjänstens familjestöd, som familjen själv har "
                      "kontaktat) föreslår vi att en samordnad individuell plan (SIP) upprättas. Vi "
                      "föreslår att skolan eller socialtjänsten kallar till SIP-möte under våren, och BUP "
                      "deltar gärna. Vi rekommenderar också att skolan ser över anpassningar kring idrott "
                      "och matsal och en trygg vuxen vid skoldagens start.")
    doc.add_paragraph("Vårdnadshavarna har tagit del av remissvaret och samtycker till att det skickas till "
                      "elevhälsan.")
    doc.add_paragraph()
    doc.add_paragraph("Med vänlig hälsning")
    doc.add_paragraph("Specialistläkare i barn- och ungdomspsykiatri, BUP Kristianstad\n"
                      "Leg. psykolog, BUP Kristianstad")
    doc.save(out("08.docx"))


def main():
    os.makedirs(OUT, exist_ok=True)
    tmpdir = os.path.join(HERE, "build")
    os.makedirs(tmpdir, exist_ok=True)
    plan01()
    plan02()
    plan03()
    plan04()
    plan05()
    plan06(tmpdir)
    plan07()
    doc08()
    shutil.rmtree(tmpdir, ignore_errors=True)


if __name__ == "__main__":
    main()
