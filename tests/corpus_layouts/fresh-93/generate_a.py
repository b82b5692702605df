#!/usr/bin/env python
"""Generate batch f93a: eight fictional, anonymized documents (seven SIP plans
and one somatic nursing care plan), Region Västernorrland, 2025.

Run with /work/batches/.venv/bin/python generate.py
Deterministic: no randomness, fixed dates. Calls LibreOffice for plan 06.
"""
import os
import subprocess
import shutil
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
OUT = HERE / "plans"
PREFIX = "f93a"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
LO_PROFILE = "file:///tmp/lo-f93a"


def normalize_docx(path, when=(2025, 1, 1, 0, 0, 0)):
    """Rewrite the zip with fixed entry times so the file is byte-stable."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for fn, data in items:
            zi = zipfile.ZipInfo(fn, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def normalize_lo_pdf(path, stamp="20250424091500"):
    """Replace LibreOffice's run-time CreationDate and /ID with fixed values of
    the same length, so byte offsets in the xref table stay valid."""
    import re
    data = Path(path).read_bytes()
    data = re.sub(rb"/CreationDate\(D:(\d{14})", b"/CreationDate(D:" + stamp.encode(), data)
    data = re.sub(rb"/ID \[\s*<([0-9A-F]{32})>\s*<([0-9A-F]{32})>",
                  lambda m: m.group(0).replace(m.group(1), b"F93A" * 8).replace(m.group(2), b"F93A" * 8),
                  data)
    data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, data)
    Path(path).write_bytes(data)


def name(nn, ext):
    return OUT / f"{PREFIX}-{nn:02d}.{ext}"


# ---------------------------------------------------------------- docx helpers
def set_cell_bg(cell, hex_color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_color)
    tcPr.append(shd)


def mark_header_row(row):
    trPr = row._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trPr.append(th)


def add_page_field(paragraph, prefix="Sida "):
    if prefix:
        paragraph.add_run(prefix)
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


def add_numpages_field(paragraph):
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "NUMPAGES")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


_SDT_ID = [41870]


def add_empty_content_control(doc, after_paragraph=None,
                              text="Klicka eller tryck här för att ange text."):
    """Block-level w:sdt showing its placeholder (i.e. nothing filled in)."""
    sdt = OxmlElement("w:sdt")
    sdtPr = OxmlElement("w:sdtPr")
    alias = OxmlElement("w:id")
    _SDT_ID[0] += 1
    alias.set(qn("w:val"), str(_SDT_ID[0]))
    sdtPr.append(alias)
    ph = OxmlElement("w:placeholder")
    dp = OxmlElement("w:docPart")
    dp.set(qn("w:val"), "DefaultPlaceholder_-1854013440")
    ph.append(dp)
    sdtPr.append(ph)
    sp = OxmlElement("w:showingPlcHdr")
    sdtPr.append(sp)
    sdt.append(sdtPr)
    content = OxmlElement("w:sdtContent")
    p = OxmlElement("w:p")
    r = OxmlElement("w:r")
    rPr = OxmlElement("w:rPr")
    color = OxmlElement("w:color")
    color.set(qn("w:val"), "808080")
    rPr.append(color)
    r.append(rPr)
    t = OxmlElement("w:t")
    t.text = text
    r.append(t)
    p.append(r)
    content.append(p)
    sdt.append(content)
    doc.element.body.insert(len(doc.element.body) - 1, sdt)  # before sectPr
    return sdt


def fix_props(doc, author, when):
    """Fixed core properties so that each run gives the same file."""
    import datetime as _dt
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = _dt.datetime(*when)
    cp.modified = _dt.datetime(*when)
    cp.revision = 1


def set_doc_font(doc, name_="Calibri", size=11):
    st = doc.styles["Normal"]
    st.font.name = name_
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), name_)


def set_widths(t, widths):
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)


def table_with_header(doc, headers, rows, widths=None, style="Table Grid",
                      header_fill="D9E2F3"):
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = t.rows[0]
    mark_header_row(hdr)
    for i, h in enumerate(headers):
        c = hdr.cells[i]
        c.text = ""
        run = c.paragraphs[0].add_run(h)
        run.bold = True
        set_cell_bg(c, header_fill)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    if widths:
        set_widths(t, widths)
    return t


# =================================================================== PLAN 01
# Word with cover page, plain-text table of contents, Heading 1 parts.
# Woman 38, PTSD and alcohol use, Sundsvall.
def plan01():
    doc = Document()
    set_doc_font(doc, "Calibri", 11)
    sec = doc.sections[0]
    sec.different_first_page_header_footer = True
    sec.top_margin = Cm(2.5)
    sec.bottom_margin = Cm(2.2)
    # running header / footer (not on the cover page)
    hp = sec.header.paragraphs[0]
    hp.text = "Samordnad individuell plan (SIP) – M.\tSundsvalls kommun / Region Västernorrland"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    r = fp.add_run("Sekretess enligt OSL 26 kap. och 25 kap.\t\t")
    r.font.size = Pt(8)
    add_page_field(fp)

    # ---------------- cover page
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = p.add_run("[logga]")
    r.font.size = Pt(14)
    r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    p = doc.add_paragraph()
    r = p.add_run("Sundsvalls kommun\nSocialförvaltningen, Individ- och familjeomsorgen\nVuxenenheten")
    r.font.size = Pt(10)
    for _ in range(6):
        doc.add_paragraph()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Samordnad individuell plan")
    r.bold = True
    r.font.size = Pt(26)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("SIP enligt SoL 2 kap. 7 § och HSL 16 kap. 4 §")
    r.font.size = Pt(12)
    r.font.small_caps = True
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Gäller: M.\nPersonnummer: ÅÅMMDD-XXXX\nDatum för SIP-möte: 2025-03-12\n"
              "Plats: Vuxenenheten, Sundsvall").font.size = Pt(12)
    for _ in range(8):
        doc.add_paragraph()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Sekretess enligt OSL 26 kap.")
    r.bold = True
    r.font.size = Pt(12)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Handlingen innehåller uppgifter om enskilds personliga förhållanden.")
    r.italic = True
    r.font.size = Pt(9)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # ---------------- table of contents as plain text lines
    p = doc.add_paragraph()
    r = p.add_run("Innehåll")
    r.bold = True
    r.font.size = Pt(14)
    toc = [
        ("Syfte", 2), ("Bakgrund", 2), ("Frågeställningar", 2),
        ("Den enskildes mål och delaktighet", 3), ("Samtycke", 3),
        ("Insatser", 3), ("Huvudansvar", 3), ("Deltagare", 4),
        ("Uppföljning", 4),
    ]
    for i, (t, pg) in enumerate(toc, 1):
        dots = "." * max(4, 70 - len(t) - len(str(i)) - 3)
        q = doc.add_paragraph(f"{i}. {t} {dots} {pg}")
        q.paragraph_format.space_after = Pt(0)
    doc.add_paragraph()

    # ---------------- body
    doc.add_heading("1. Syfte", level=1)
    doc.add_paragraph(
        "Syftet med SIP är att M. ska få en sammanhållen vård och behandling för sin "
        "PTSD och sitt alkoholbruk, så att hon inte behöver berätta sin historia för "
        "flera verksamheter och så att alkoholbehandlingen och den kommande "
        "traumabehandlingen i psykiatrin sker i en ordning som hon klarar av. Planen "
        "ska också minska risken för att hon åter söker akut, vilket skedde vid två "
        "tillfällen under hösten 2024 (berusning och suicidtankar).")
    doc.add_heading("2. Bakgrund", level=1)
    doc.add_paragraph(
        "M. är 38 år och bor ensam i hyreslägenhet i Sundsvall. Hon fick diagnosen "
        "PTSD 2023 efter många års våld i en tidigare relation. Hon har sedan dess ett "
        "ökande alkoholbruk, främst vin på kvällar och nätter för att kunna somna. "
        "AUDIT-poäng vid kartläggning på Vuxenenheten 2025-02-10 var 24. PEth 2025-02-14 "
        "var 1,1 µmol/l. Hon har en påbörjad traumabehandling på Psykiatriska "
        "öppenvården som avbröts våren 2024 då hon mådde sämre och drack mer under "
        "behandlingen.")
    doc.add_paragraph(
        "Hon har idag kontakt med Vuxenenheten (ansökan om öppenvårdsbehandling "
        "beviljad 2025-02-20), Beroendemottagningen Sundsvall och Psykiatriska "
        "öppenvården Sundsvall. Kontakterna har hittills inte haft någon gemensam "
        "planering.")
    doc.add_heading("3. Frågeställningar", level=1)
    add_empty_content_control(doc)
    doc.add_heading("4. Den enskildes mål och delaktighet", level=1)
    doc.add_paragraph(
        "M. deltog under hela mötet. Hon berättade att det svåraste just nu är "
        "nätterna, då mardrömmarna gör att hon dricker för att kunna sova. Hon vill "
        "inte börja om med traumabehandling förrän hon har varit utan alkohol en "
        "tid, eftersom hon upplevde att hon föll tillbaka förra gången. Hon önskar "
        "att få behålla samma alkoholterapeut som vid kartläggningen och att "
        "boendestödet kommer på förmiddagar.")
    p = doc.add_paragraph()
    p.add_run("Mål: ").bold = True
    p.add_run("Målet är att M. ska minska sitt drickande och på sikt vara alkoholfri, "
              "få bättre sömn och kunna påbörja traumafokuserad behandling under "
              "hösten 2025.")
    doc.add_heading("5. Samtycke", level=1)
    doc.add_paragraph(
        "M. har lämnat skriftligt samtycke till SIP och till att uppgifter utbyts "
        "mellan Vuxenenheten IFO, Beroendemottagningen och Psykiatriska öppenvården "
        "Sundsvall. Samtyckesblanketten undertecknades på mötet 2025-03-12 och finns "
        "inskannad i akten hos Vuxenenheten.")
    doc.add_heading("6. Insatser", level=1)
    rows = [
        ("Samtal med alkoholterapeut 1 gång/vecka, MI och återfallsprevention, "
         "inkl. kartläggning av kvällar med högrisk",
         "Alkoholterapeut, Öppenvården Vuxenenheten, IFO Sundsvall",
         "2025-03-19 – 2025-06-30"),
        ("Läkarbedömning av läkemedel mot alkoholsug (naltrexon/akamprosat) och "
         "provtagning PEth var fjärde vecka",
         "Läkare, Beroendemottagningen Sundsvall",
         "Första besök 2025-03-25, därefter var 4:e vecka"),
        ("Stabiliserande samtal: psykoedukation om PTSD, sömn och "
         "mardrömshantering inför traumabehandling",
         "Psykolog, Psykiatriska öppenvården Sundsvall",
         ""),
        ("Boendestöd 2 förmiddagar/vecka: struktur i vardagen, post, räkningar och "
         "inköp",
         "Boendestödjare, Socialpsykiatrin Sundsvalls kommun",
         "Fr.o.m. 2025-04-01"),
        ("Ställningstagande till traumafokuserad KBT/EMDR",
         "Psykolog och läkare, Psykiatriska öppenvården Sundsvall",
         "Efter 3 mån utan alkohol, tidigast 2025-09-01"),
    ]
    table_with_header(doc, ["Insats", "Ansvarig (funktion, verksamhet)", "När"],
                      rows, widths=[7.5, 5.5, 3.5])
    doc.add_heading("7. Huvudansvar", level=1)
    p = doc.add_paragraph()
    p.add_run("Huvudansvarig för planen:").bold = True
    add_empty_content_control(doc)
    doc.add_heading("8. Deltagare", level=1)
    t = table_with_header(doc, ["Namn", "Funktion", "Verksamhet"],
                          [("", "", "")] * 4, widths=[4.5, 5, 7])
    doc.add_heading("9. Uppföljning", level=1)
    doc.add_paragraph(
        "Planen följs upp på ett nytt SIP-möte i maj 2025. Tid bokas senare.")
    fix_props(doc, "Vuxenenheten Sundsvall", (2025, 3, 13, 9, 0))
    doc.save(name(1, "docx"))


# =================================================================== PLAN 02
# Record print (PDF, fpdf2): grid of small boxes, two per row; measures as a
# ruled table. Boy 14, ADHD and conflicts at home, Härnösand.
class RecordPDF(FPDF):
    sysname = "SamPlan 4.2  –  Samordnad individuell plan"
    printed = "Utskrivet 2025-03-04 10:42 av Elin, socialsekreterare"

    def header(self):
        self.set_font("dv", "B", 8.5)
        self.set_xy(12, 7)
        self.cell(110, 5, self.sysname)
        self.set_font("dv", "", 7.5)
        self.cell(0, 5, f"Sida {self.page_no()} ({{nb}})", align="R")
        self.set_xy(12, 11.5)
        self.cell(110, 4, self.printed)
        self.cell(0, 4, "Sekretess enligt OSL 26 kap. 1 §", align="R")
        self.line(12, 16.5, 198, 16.5)
        self.set_y(20)

    def footer(self):
        self.set_y(-12)
        self.set_font("dv", "", 7)
        self.cell(0, 4, "Leo, ÅÅMMDD-XXXX  –  SIP 2025-03-03  –  Socialtjänsten Härnösands kommun",
                  align="C")


def plan02():
    import datetime as _dt
    pdf = RecordPDF(format="A4")
    pdf.set_creation_date(_dt.datetime(2025, 3, 4, 10, 42, tzinfo=_dt.timezone.utc))
    pdf.set_creator("SamPlan 4.2")
    pdf.add_font("dv", "", FONT)
    pdf.add_font("dv", "B", FONT_B)
    pdf.set_auto_page_break(False)
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("dv", "B", 13)
    pdf.set_x(12)
    pdf.cell(0, 8, "SIP – Samordnad individuell plan", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(pdf.get_y() + 1)

    X0, W = 12, 186
    BW = W / 2

    def box_height(text, w, min_h):
        pdf.set_font("dv", "", 9)
        if not text:
            return min_h
        lines = pdf.multi_cell(w - 4, 4.6, text, dry_run=True, output="LINES")
        return max(min_h, 6.5 + len(lines) * 4.6 + 2)

    def box(x, y, w, h, label, text):
        pdf.rect(x, y, w, h)
        pdf.set_xy(x + 1.5, y + 1)
        pdf.set_font("dv", "", 6.5)
        pdf.set_text_color(90, 90, 90)
        pdf.cell(w - 3, 3, label)
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("dv", "", 9)
        pdf.set_xy(x + 2, y + 5.5)
        if text:
            pdf.multi_cell(w - 4, 4.6, text, align="L")

    def row(lbl1, t1, lbl2, t2, min_h=11):
        y = pdf.get_y()
        h = max(box_height(t1, BW, min_h), box_height(t2, BW, min_h))
        box(X0, y, BW, h, lbl1, t1)
        box(X0 + BW, y, BW, h, lbl2, t2)
        pdf.set_y(y + h)

    row("Personnummer", "ÅÅMMDD-XXXX", "Namn", "Leo")
    row("Ålder", "14 år", "Hemkommun", "Härnösand")
    row("Mötesdatum", "2025-03-03 kl. 13.00–14.30", "Mötesplats",
        "Socialtjänsten, Härnösands kommun")
    row("Plantyp", "Ny SIP", "Upprättad av", "Elin, socialsekreterare Barn och unga")
    row("Ärende-id", "SP-2025-0317", "Tolkbehov", "Nej")
    row("Vårdnadshavare", "Mamma (ensam vårdnad)", "Skola / årskurs",
        "Grundskola, åk 8, Härnösands kommun")
    row("Syfte med SIP", "Samordning av insatser.",
        "Frågeställningar", "Diskutera läget hemma och i skolan.")
    row("Bakgrund",
        "Leo bor med mamma (ensam vårdnadshavare) och mammas sambo. ADHD "
        "diagnostiserad på BUP 2022, medicineras. Sedan hösten 2024 tilltagande "
        "konflikter hemma, vid två tillfällen i januari har det blivit bråk med "
        "knuffar mellan Leo och sambon. Orosanmälan från skolan 2025-01-27, "
        "utredning enligt 11 kap. 1 § SoL pågår. Skolan rapporterar frånvaro ca "
        "30 % under vt och konflikter med klasskamrater på raster.",
        "Den enskildes mål", "", min_h=34)
    row("Den enskildes delaktighet",
        "Leo deltog på mötet tillsammans med mamma.",
        "Samtycke", "Finns")
    row("Huvudansvarig", "Socialtjänsten Härnösand",
        "Uppföljning", "2025-05-20 kl. 14.00, Socialtjänsten Härnösand")
    row("Deltagare",
        "Leo; mamma (vårdnadshavare); Elin, socialsekreterare Barn och unga, "
        "Socialtjänsten Härnösand; Jonas, familjebehandlare, Familjeenheten "
        "Härnösands kommun; Karin, sjuksköterska, BUP Härnösand; Peter, mentor "
        "åk 8, Härnösands kommun; Amra, kurator, Elevhälsan Härnösands kommun",
        "Övriga aktörer", "", min_h=28)

    # ---------------- measures, ruled table with repeated header
    pdf.set_y(pdf.get_y() + 5)
    pdf.set_x(X0)
    pdf.set_font("dv", "B", 10)
    pdf.cell(0, 6, "Insatser", new_x="LMARGIN", new_y="NEXT")
    cols = [("Nr", 9), ("Insats", 62), ("Ansvarig (funktion, verksamhet)", 63),
            ("Från", 26), ("Till", 26)]
    data = [
        ("1", "Fortsatt kontakt med BUP.", "Sjuksköterska och läkare, BUP Härnösand",
         "2025-03-03", "2025-08-31"),
        ("2", "Stöd i skolan vid behov.", "Mentor och specialpedagog, skolan åk 8, "
         "Härnösands kommun", "2025-03-10", "2025-06-13"),
        ("3", "Fortsatt stöd till familjen.", "Familjebehandlare, Familjeenheten "
         "Härnösands kommun", "2025-03-17", "2025-06-30"),
        ("4", "Fortsatt kontakt med kurator.", "Kurator, Elevhälsan Härnösands kommun",
         "2025-03-10", "2025-06-13"),
        ("5", "Samverkan mellan skola, socialtjänst och BUP vid behov.",
         "Socialsekreterare Barn och unga, Socialtjänsten Härnösand",
         "2025-03-03", "2025-05-20"),
        ("6", "Fortsatt medicinsk uppföljning.", "Läkare, BUP Härnösand",
         "2025-03-03", "2025-08-31"),
        ("7", "Stöd vid konflikter i hemmet vid behov.", "Familjebehandlare, "
         "Familjeenheten Härnösands kommun", "2025-03-17", "2025-06-30"),
    ]

    def table_header():
        pdf.set_x(X0)
        pdf.set_font("dv", "B", 8)
        pdf.set_fill_color(225, 225, 225)
        for h, w in cols:
            pdf.cell(w, 6, h, border=1, fill=True)
        pdf.ln(6)

    table_header()
    pdf.set_font("dv", "", 8.5)
    for rec in data:
        # height of the row
        hs = []
        for (h, w), v in zip(cols, rec):
            lines = pdf.multi_cell(w - 2, 4.3, v, dry_run=True, output="LINES")
            hs.append(len(lines) * 4.3 + 2)
        rh = max(hs)
        if pdf.get_y() + rh > 297 - 18:
            pdf.add_page()
            pdf.set_x(X0)
            pdf.set_font("dv", "", 8)
            pdf.cell(0, 5, "Insatser (forts.)", new_x="LMARGIN", new_y="NEXT")
            table_header()
            pdf.set_font("dv", "", 8.5)
        y = pdf.get_y()
        x = X0
        for (h, w), v in zip(cols, rec):
            pdf.rect(x, y, w, rh)
            pdf.set_xy(x + 1, y + 1)
            pdf.multi_cell(w - 2, 4.3, v, align="L")
            x += w
        pdf.set_y(y + rh)
    pdf.set_y(pdf.get_y() + 6)
    pdf.set_x(X0)
    pdf.set_font("dv", "", 8)
    pdf.multi_cell(186, 4.3, align="L", text="Planen är upprättad i SamPlan. Signerad 2025-03-04 av Elin, "
                   "socialsekreterare.")
    pdf.output(str(name(2, "pdf")))


# =================================================================== PLAN 03
# Plain text, UTF-8, CRLF: home care nurse's summary in numbered paragraphs.
# Man 88, heart failure and memory loss, Kramfors.
def wrap(text, width=72, indent="    "):
    import textwrap
    return textwrap.fill(text, width=width, subsequent_indent=indent)


def plan03():
    paras = [
        "Vi träffades hemma hos G. i köket för att samordna det stöd han får från "
        "hemtjänsten, hemsjukvården och vårdcentralen. G. har varit inlagd på "
        "medicinavdelningen i Sundsvall två gånger sedan juni för hjärtsvikt med "
        "mycket vätska i kroppen, och båda gångerna hade han glömt att ta sina "
        "vätskedrivande tabletter i flera dagar. Syftet är att han ska kunna bo "
        "kvar hemma tryggt och att vi tillsammans ska märka i tid när vikten går "
        "upp eller när medicinerna inte blir tagna.",
        "Det vi behövde reda ut på mötet var vem som väger G. och var vikten ska "
        "skrivas upp, vad hemtjänsten ska göra om vikten har ökat mer än 2 kg på "
        "tre dagar, och om minnesutredningen ska göras nu i höst eller vänta tills "
        "hjärtat är mer stabilt.",
        "G. var med under hela mötet och sa själv: \"Jag vill bo kvar här i huset "
        "så länge det går, och jag vill kunna gå ner till brevlådan själv varje "
        "dag.\" Han tycker inte om att det kommer så många olika i personalen och "
        "vill helst ha samma personer på morgonen. Han vill inte flytta till "
        "särskilt boende, det var han tydlig med.",
        "Hemtjänsten väger G. varje morgon vid morgonbesöket från och med "
        "2025-09-17 och skriver vikten på listan som sitter på kylskåpet. Om "
        "vikten har ökat mer än 2 kg på tre dagar, eller om han är mer andfådd "
        "eller svullen om benen, ringer de mig samma dag. Jag gör då en bedömning "
        "och kontaktar distriktsläkaren om ändrad dos furosemid.",
        "Läkemedlen går över till dosdispenserade påsar. Distriktsläkaren på "
        "Vårdcentralen Kramfors gör ordinationen i Pascal senast 2025-09-26. "
        "Hemtjänsten delar ut påsarna morgon och kväll enligt delegering från mig, "
        "och jag går igenom delegeringen med kontaktpersonen och "
        "morgonpersonalen vecka 39.",
        "Regionen ska också se över om G. ska remitteras till "
        "hjärtsviktsmottagningen för ny bedömning av medicineringen och om han "
        "behöver ett nytt ultraljud av hjärtat.",
        "Minnet har blivit sämre det senaste året, han glömmer vad han ätit och om "
        "han tagit medicinen. Vi kom fram till att minnesutredningen ska göras nu. "
        "Sjuksköterskan på Vårdcentralen Kramfors bokar in basal "
        "demensutredning (MMSE, klocktest, blodprover) under oktober och "
        "distriktsläkaren tar ställning efter det.",
        "Arbetsterapeuten i kommunen gör hembesök 2025-09-30 för att se över "
        "fallrisken i trappan ner mot brevlådan och om det behövs en extra "
        "ledstång eller rollator även utomhus. Trygghetslarmet finns sedan "
        "tidigare och fungerar.",
        "Dottern Karin handlar åt G. varje torsdag och kör honom till "
        "vårdcentralen när han har tider där. Hon hjälper honom också att "
        "betala räkningarna via banken en gång i månaden. G. själv ska försöka "
        "gå en kort promenad till brevlådan varje dag och säga till "
        "hemtjänsten om han känner sig mer andfådd än vanligt.",
        "Vi ses igen i slutet av november, eller tidigare vid behov om han blir "
        "inlagd igen.",
        "Med på mötet var G., dottern, kontaktpersonen i hemtjänsten, "
        "distriktsläkaren, arbetsterapeuten och jag.",
    ]
    lines = ["Sammanfattning efter SIP-möte hos G., Kramfors, 2025-09-16", ""]
    for i, p in enumerate(paras, 1):
        lines.append(wrap(f"{i}. {p}", width=72, indent="   "))
        lines.append("")
    lines += ["Lena", "Sjuksköterska, Hemsjukvården Kramfors kommun",
              "2025-09-17", ""]
    text = "\r\n".join("\r\n".join(block.split("\n")) for block in lines)
    with open(name(3, "txt"), "w", encoding="utf-8", newline="") as f:
        f.write(text)


# =================================================================== PLAN 04
# Markdown, bold question then answer on next line, "vi"-form, separate
# section "Sara säger själv:". Girl 17, eating disorder, Sollefteå.
def plan04():
    md = """# Samordnad individuell plan – Sara, 17 år

Sollefteå 2025-02-11

**Varför har vi en SIP?**
Vi har gjort en SIP eftersom Sara sedan i höstas har kontakt med BUP:s ätstörningsteam, elevhälsan på gymnasiet och socialtjänsten samtidigt, och det har blivit olika besked från olika håll om hur mycket hon ska vara i skolan. Vi vill att Sara ska få samma besked från alla och att hon ska kunna fortsätta sin utbildning på naturvetenskapsprogrammet medan hon går i behandling för sin ätstörning.

**Vad ville vi prata om?**
Hur det går just nu för Sara.

**Vem var med?**
Sara, mamma, pappa, Eva, Johan och Maria.

**Hur har det varit sedan i höstas?**
Sara fick diagnosen anorexia nervosa i oktober 2024. Hon var inlagd på BUP-avdelningen i Sundsvall i tre veckor i november. Sedan december har hon gått upp lite i vikt och äter nu enligt måltidsschema hemma. I skolan har hon varit på ungefär halva dagarna, och lunchen i matsalen är det som är svårast. Hon har slutat med handbollen.

**Hur var Sara med i planeringen?**
Sara var med under hela mötet och berättade själv hur hon vill ha det, se nedan. Hon ville att mötet skulle vara i skolans lokaler och inte på BUP.

**Vad gör vi?**
- Fortsatt kontakt och samtal.
- Stöd kring lunchen vid behov.
- Anpassningar i skolan vid behov.
- Täta kontakter mellan oss som är med i planen.

**Vad gör mamma och pappa?**
Vi vet att mamma och pappa är viktiga för Sara, och de finns med i det här arbetet.

**Vem håller ihop planen?**
Eva, kurator på Sollefteå gymnasieskola, håller ihop planen.

## Sara säger själv:

> "Jag vill orka en hel skoldag och kunna äta lunch med mina kompisar igen utan att känna att alla tittar."

> "Det är jobbigt när alla vuxna frågar hur jag mår hela tiden. Jag vill att det är en person i skolan som jag pratar med, inte fem."

> "Jag vill börja på handbollen igen till hösten, i alla fall träna."

> "Jag vill inte väga mig i skolan. Det får bara göras på BUP."
"""
    with open(name(4, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# =================================================================== PLAN 05
# Word follow-up plan: earlier measures evaluated (Genomfört/Ej genomfört/
# Pågår), new measures; next follow-up only "om ca 3 månader".
# Man 30, psychosis, Örnsköldsvik.
def plan05():
    doc = Document()
    set_doc_font(doc, "Arial", 10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hp.text = ("Region Västernorrland  |  Örnsköldsviks kommun\t\t"
               "SIP – uppföljning")
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_page_field(fp)

    p = doc.add_paragraph()
    r = p.add_run("Samordnad individuell plan – uppföljning")
    r.bold = True
    r.font.size = Pt(16)

    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    vals = [("Namn", "Jonas", "Personnummer", "ÅÅMMDD-XXXX"),
            ("Datum för uppföljning", "2025-06-04", "Föregående SIP", "2025-02-19"),
            ("Plats", "Psykosmottagningen Örnsköldsvik", "", "")]
    for i, row in enumerate(vals):
        for j, v in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            run = c.paragraphs[0].add_run(v)
            if j in (0, 2):
                run.bold = True
                set_cell_bg(c, "EDEDED")
    m = t.cell(2, 1).merge(t.cell(2, 3))
    m.text = "Psykosmottagningen Örnsköldsvik, Region Västernorrland"
    doc.add_paragraph()

    p = doc.add_paragraph()
    p.add_run("Närvarande").bold = True
    table_with_header(
        doc, ["Namn", "Funktion", "Verksamhet"],
        [("Lotta", "Case manager", "Psykosmottagningen Örnsköldsvik, Region Västernorrland"),
         ("Sanna", "Sjuksköterska", "Psykosmottagningen Örnsköldsvik, Region Västernorrland"),
         ("Henrik", "Överläkare", "Psykosmottagningen Örnsköldsvik, Region Västernorrland"),
         ("Mikael", "Boendestödjare", "Socialpsykiatrin, Örnsköldsviks kommun"),
         ("Sofia", "Biståndshandläggare", "Individ- och familjeomsorgen, Örnsköldsviks kommun"),
         ("Amir", "Handledare", "Träffpunkten (sysselsättning), Örnsköldsviks kommun")],
        widths=[3, 4, 10], header_fill="EDEDED")
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Jonas närvaro: ").bold = True
    p.add_run("Jonas kom inte till mötet.")
    p = doc.add_paragraph()
    p.add_run("Samtycke: ").bold = True
    p.add_run("Samtycke till SIP finns.")
    p = doc.add_paragraph()
    p.add_run("Huvudansvarig för SIP: ").bold = True
    p.add_run("Lotta, case manager, Psykosmottagningen Örnsköldsvik (Region "
              "Västernorrland).")

    # landscape section for the two tables
    new = doc.add_section(WD_SECTION.NEW_PAGE)
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = sec.page_height, sec.page_width
    new.left_margin = new.right_margin = Cm(2)

    doc.add_heading("Utvärdering av tidigare insatser", level=2)
    doc.add_paragraph("Insatser enligt SIP 2025-02-19.")
    G, E, P = "Genomfört", "Ej genomfört", "Pågår"

    def status(s):
        return "  ".join(("☒ " if s == x else "☐ ") + x for x in (G, E, P))

    rows = [
        ("Depåinjektion antipsykotika var 4:e vecka",
         "Sjuksköterska, Psykosmottagningen", "Fr.o.m. 2025-02-26", status(G),
         "Injektion enligt plan, senast 2025-05-28."),
        ("Boendestöd 3 ggr/vecka, fokus städning och inköp",
         "Boendestödjare, Socialpsykiatrin", "Fr.o.m. 2025-03-03", status(P),
         "Ungefär två av tre besök blir av. Lägenheten i bättre skick än i februari."),
        ("Ansökan om sysselsättning enligt SoL",
         "Biståndshandläggare, IFO", "Senast 2025-03-31", status(G),
         "Beviljad 2025-04-10, plats på Träffpunkten."),
        ("Kontakt med budget- och skuldrådgivningen",
         "Boendestödjare, Socialpsykiatrin", "April 2025", status(E),
         "Tid bokades 2025-04-03, Jonas kom inte."),
        ("Psykoedukativ grupp om psykos",
         "Psykosmottagningen", "Våren 2025", status(E),
         "Gruppen startar först hösten 2025."),
        ("Metabol kontroll (vikt, blodtryck, blodfetter, HbA1c)",
         "Sjuksköterska, Psykosmottagningen", "Mars 2025", status(G),
         "Gjord 2025-03-12, vikt +4 kg sedan hösten."),
    ]
    table_with_header(doc, ["Insats", "Ansvarig", "Tid enligt plan", "Status",
                            "Kommentar"], rows,
                      widths=[6, 4.5, 3, 6.5, 5.7], header_fill="EDEDED")
    doc.add_paragraph()
    doc.add_heading("Nya insatser", level=2)
    rows = [
        ("Depåinjektion fortsätter var 4:e vecka på mottagningen",
         "Sjuksköterska, Psykosmottagningen Örnsköldsvik",
         "Nästa 2025-06-25, därefter var 4:e vecka"),
        ("Boendestöd ändras till 2 ggr/vecka (tisdag och fredag förmiddag), fokus "
         "på inköp och enkel matlagning",
         "Boendestödjare, Socialpsykiatrin Örnsköldsviks kommun",
         "Fr.o.m. 2025-06-10"),
        ("Sysselsättning på Träffpunkten 3 förmiddagar/vecka; boendestödjaren följer "
         "med de två första veckorna",
         "Handledare, Träffpunkten Örnsköldsviks kommun, och boendestödjare",
         "Start 2025-06-16"),
        ("Ny tid hos budget- och skuldrådgivningen, boendestödjaren hämtar Jonas "
         "hemma och följer med",
         "Budget- och skuldrådgivare, Örnsköldsviks kommun",
         "2025-06-12 kl. 10.00"),
        ("Läkarbesök med läkemedelsgenomgång, uppföljning av viktuppgång och "
         "ställningstagande till byte av preparat",
         "Överläkare, Psykosmottagningen Örnsköldsvik",
         "2025-08-20"),
    ]
    table_with_header(doc, ["Insats", "Ansvarig (funktion, verksamhet)", "När"],
                      rows, widths=[11, 9, 6], header_fill="EDEDED")
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Nästa uppföljning: ").bold = True
    p.add_run("om ca 3 månader.")
    doc.add_paragraph("Antecknat av Lotta, case manager, 2025-06-05.")
    fix_props(doc, "Lotta", (2025, 6, 5, 15, 20))
    doc.save(name(5, "docx"))


# =================================================================== PLAN 06
# HTML page with a two-level numbered outline, printed to PDF with
# LibreOffice. Girl 8 in foster care with trauma, Timrå.
def plan06():
    html = """<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>SIP – Elin, 8 år</title>
<style>
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; }
h1 { font-size: 15pt; margin-bottom: 2pt; }
p.meta { font-size: 9pt; color: #444; margin-top: 0; }
h2.l1 { font-size: 12pt; margin-top: 12pt; margin-bottom: 3pt; }
p.l2 { margin-left: 18pt; margin-top: 3pt; margin-bottom: 3pt; }
div.m { margin-left: 18pt; }
table.m { border-collapse: collapse; margin: 3pt 0 3pt 0; width: 100%; }
table.m td, table.m th { border: 1px solid #777; padding: 2pt 4pt; font-size: 9pt; vertical-align: top; }
table.m th { background: #e6e6e6; text-align: left; }
</style>
</head>
<body>
<h1>Samordnad individuell plan (SIP)</h1>
<p class="meta">Elin, 8 år, ÅÅMMDD-XXXX &nbsp;|&nbsp; Timrå kommun, Socialtjänsten, Barn och familj &nbsp;|&nbsp; BUP Sundsvall, Region Västernorrland<br>
Möte 2025-04-23, Socialtjänsten Timrå &nbsp;|&nbsp; Sekretess enligt OSL 26 kap. 1 § och 25 kap. 1 §</p>

<h2 class="l1">1 Bakgrund</h2>
  <p class="l2"><b>1.1 Placering.</b> Elin är placerad i familjehem i Timrå sedan oktober 2024 (placering enligt SoL). Mamma är ensam vårdnadshavare. Elin har en bror, 12 år, som bor i ett annat familjehem.</p>
  <p class="l2"><b>1.2 Mående.</b> Elin har bevittnat våld i hemmet under flera år. I familjehemmet har hon svårt att somna, har mardrömmar flera nätter i veckan och kissar ibland i sängen. I skolan (åk 2) får hon utbrott när hon blir överraskad eller när vuxna höjer rösten, oftast på raster. BUP Sundsvall har gjort en bedömning i mars 2025 och ser traumarelaterade symtom som motiverar behandling.</p>

<h2 class="l1">2 Syfte och frågeställningar</h2>
  <p class="l2"><b>2.1 Syfte.</b> Syftet med planen är att Elins behandling på BUP, stödet i skolan och vardagen i familjehemmet ska hänga ihop, så att Elin bemöts på samma sätt av alla vuxna när hon blir rädd eller arg, och att umgänget med mamma planeras så att det fungerar under traumabehandlingen.</p>
  <p class="l2"><b>2.2 Frågor till mötet.</b> Ska umgänget med mamma fortsätta varannan lördag under behandlingen eller glesas ut? Behöver Elin en vuxen nära sig på rasterna, och vem i skolan kan det vara? Hur ska skolan och familjehemmet göra när Elin får ett utbrott, så att det blir likadant på båda ställena?</p>

<h2 class="l1">3 Elins mål och delaktighet</h2>
  <p class="l2"><b>3.1 Mål.</b> Målet är att Elin ska kunna sova hela natten, känna sig trygg i skolan och ha färre utbrott på rasterna.</p>
  <p class="l2"><b>3.2 Delaktighet.</b> Elin deltog inte i mötet. Vi bedömde tillsammans med familjehemmet att det skulle bli för mycket för henne att höra de vuxna prata om det som har hänt hemma.</p>

<h2 class="l1">4 Behandling och hälsa</h2>
  <p class="l2"><b>4.1 Traumabehandling.</b></p>
    <div class="m"><table class="m" border="1" cellspacing="0" cellpadding="4" width="95%"><tr><th bgcolor="#E6E6E6" align="left" width="48%">Åtgärd</th><th bgcolor="#E6E6E6" align="left" width="30%">Ansvarig</th><th bgcolor="#E6E6E6" align="left" width="22%">När</th></tr>
    <tr><td>Traumafokuserad KBT (TF-KBT) varannan vecka, familjehemsmamman deltar i föräldradelen</td><td>Psykolog, BUP Sundsvall</td><td>Start 2025-05-06, ca 16 tillfällen t.o.m. december 2025</td></tr></table></div>
  <p class="l2"><b>4.2 Sömn.</b></p>
    <div class="m"><table class="m" border="1" cellspacing="0" cellpadding="4" width="95%"><tr><th bgcolor="#E6E6E6" align="left" width="48%">Åtgärd</th><th bgcolor="#E6E6E6" align="left" width="30%">Ansvarig</th><th bgcolor="#E6E6E6" align="left" width="22%">När</th></tr>
    <tr><td>Läkarbedömning av sömnsvårigheterna, ställningstagande till melatonin</td><td>Läkare, BUP Sundsvall</td><td>2025-05-14</td></tr></table></div>
  <p class="l2"><b>4.3 Hälsobesök.</b></p>
    <div class="m"><table class="m" border="1" cellspacing="0" cellpadding="4" width="95%"><tr><th bgcolor="#E6E6E6" align="left" width="48%">Åtgärd</th><th bgcolor="#E6E6E6" align="left" width="30%">Ansvarig</th><th bgcolor="#E6E6E6" align="left" width="22%">När</th></tr>
    <tr><td>Hälsobesök med tillväxtkontroll och samtal om sömn och enures</td><td>Skolsköterska, Elevhälsan Timrå kommun</td><td>2025-05-20</td></tr></table></div>

<h2 class="l1">5 Skola</h2>
  <p class="l2"><b>5.1 Raster.</b></p>
    <div class="m"><table class="m" border="1" cellspacing="0" cellpadding="4" width="95%"><tr><th bgcolor="#E6E6E6" align="left" width="48%">Åtgärd</th><th bgcolor="#E6E6E6" align="left" width="30%">Ansvarig</th><th bgcolor="#E6E6E6" align="left" width="22%">När</th></tr>
    <tr><td>En namngiven vuxen (fritidspedagog) finns nära Elin på förmiddagsrasten och lunchrasten; lugn plats i grupprummet när hon behöver gå undan</td><td>Rektor, Elins skola (F–6), Timrå kommun</td><td>Fr.o.m. 2025-04-28</td></tr></table></div>
  <p class="l2"><b>5.2 Gemensam handlingsplan vid utbrott.</b></p>
    <div class="m"><table class="m" border="1" cellspacing="0" cellpadding="4" width="95%"><tr><th bgcolor="#E6E6E6" align="left" width="48%">Åtgärd</th><th bgcolor="#E6E6E6" align="left" width="30%">Ansvarig</th><th bgcolor="#E6E6E6" align="left" width="22%">När</th></tr>
    <tr><td>Skriftlig handlingsplan för hur vuxna gör när Elin blir rädd eller arg, samma i skolan och i familjehemmet; BUP-psykologen läser och ger synpunkter</td><td>Specialpedagog, Elevhälsan Timrå kommun, tillsammans med familjehemmet</td><td>Klar 2025-05-16</td></tr></table></div>

<h2 class="l1">6 Familjehem och umgänge</h2>
  <p class="l2"><b>6.1 Familjehemmet.</b></p>
    <div class="m"><table class="m" border="1" cellspacing="0" cellpadding="4" width="95%"><tr><th bgcolor="#E6E6E6" align="left" width="48%">Åtgärd</th><th bgcolor="#E6E6E6" align="left" width="30%">Ansvarig</th><th bgcolor="#E6E6E6" align="left" width="22%">När</th></tr>
    <tr><td>Följer med Elin till BUP varannan vecka och använder handlingsplanen (5.2) hemma; för sömndagbok inför läkarbesöket</td><td>Familjehemsföräldrarna Anna och Per</td><td>Fr.o.m. 2025-05-06; sömndagbok 2025-04-28 – 2025-05-14</td></tr>
    <tr><td>Handledning till familjehemmet 1 gång/månad</td><td>Familjehemssekreterare, Socialtjänsten Timrå</td><td>Fr.o.m. maj 2025, första gången 2025-05-08</td></tr></table></div>
  <p class="l2"><b>6.2 Umgänge med mamma.</b></p>
    <div class="m"><table class="m" border="1" cellspacing="0" cellpadding="4" width="95%"><tr><th bgcolor="#E6E6E6" align="left" width="48%">Åtgärd</th><th bgcolor="#E6E6E6" align="left" width="30%">Ansvarig</th><th bgcolor="#E6E6E6" align="left" width="22%">När</th></tr>
    <tr><td>Mamma träffar Elin varannan lördag kl. 10–13 i Socialtjänstens umgängeslokal, med umgängesstöd</td><td>Mamma; umgängesstödjare, Socialtjänsten Timrå</td><td>Nästa 2025-05-03, därefter varannan lördag</td></tr>
    <tr><td>Mamma ringer Elin på söndagar kl. 18, familjehemmet är med vid samtalet</td><td>Mamma och familjehemmet</td><td>Varje söndag fr.o.m. 2025-04-27</td></tr></table></div>

<h2 class="l1">7 Samordning</h2>
  <p class="l2"><b>7.1 Huvudansvar.</b> Socialtjänsten i Timrå kommun har huvudansvaret för planen.</p>
  <p class="l2"><b>7.2 Information.</b> Familjehemssekreteraren skickar en kopia av planen till mamma senast 2025-04-30 och går igenom den med familjehemmet vid handledningen 2025-05-08.</p>
</body>
</html>
"""
    work = HERE / "build"
    work.mkdir(exist_ok=True)
    src = work / f"{PREFIX}-06.html"
    src.write_text(html, encoding="utf-8")
    subprocess.run(
        ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
         "--convert-to", "pdf:writer_web_pdf_Export", "--outdir", str(work), str(src)],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.move(str(work / f"{PREFIX}-06.pdf"), str(name(6, "pdf")))
    normalize_lo_pdf(name(6, "pdf"))


# =================================================================== PLAN 07
# Word written jointly with the person: alternating "Jag:" and
# "Vi (personalen):" paragraphs, no headings. Woman 27, intellectual
# disability, LSS housing, Ånge.
def plan07():
    doc = Document()
    set_doc_font(doc, "Verdana", 12)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Samordnad individuell plan – Hanna – Ånge kommun och Region Västernorrland"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(fp)

    parts = [
        ("Vi (personalen):",
         "Den här planen skrev vi tillsammans med dig, Hanna, den 9 april 2025 i "
         "gemensamhetsrummet på din gruppbostad i Ånge. Det är en SIP, en "
         "samordnad individuell plan. Den är till för samordning."),
        ("Jag:",
         "Jag vill bo kvar i min lägenhet. Jag vill lära mig laga mat själv, tacos "
         "och pannkakor. Och jag vill jobba mer på caféet, fler dagar än nu."),
        ("Vi (personalen):",
         "Vi frågade dig om vi som hjälper dig får prata med varandra om dig och "
         "dela det vi vet. Du sa ja och skrev under samtyckesblanketten på mötet "
         "den 9 april 2025. Blanketten finns i din pärm och en kopia hos "
         "habiliteringen."),
        ("Jag:",
         "Ja, det får ni. Men inte prata om mig när jag inte vet om det. "
         "Ibland blir jag jätteledsen på kvällarna och då vet jag inte vad jag ska "
         "göra. Jag gillar inte när det kommer ny personal som jag inte känner. "
         "Jag vill att de säger vem de är."),
        ("Vi (personalen):",
         "Vi på gruppbostaden lagar mat med dig varje tisdag och torsdag från och "
         "med vecka 16. Ny "
         "personal presenterar sig för dig med bild på tavlan i hallen innan de "
         "börjar arbeta, från och med 2025-04-14. "
         "Arbetsterapeuten på Habiliteringen i Sundsvall gör ett bildstöd för "
         "matlagning och för kvällarna tillsammans med dig. Det ska vara klart i "
         "maj 2025. Kuratorn på Habiliteringen erbjuder dig samtal om när du "
         "blir ledsen, första tiden är 2025-05-07."),
        ("Jag:",
         "Jag vill ha kuratorn. Men hon kan komma hit, jag vill inte åka buss "
         "till Sundsvall själv."),
        ("Vi (personalen):",
         "Vi på daglig verksamhet, caféet, tittar på om du kan jobba fyra dagar i "
         "veckan i stället för tre. Sjuksköterskan på Vårdcentralen Ånge kallar "
         "dig till den årliga hälsokontrollen med blodprover i juni 2025."),
        ("Jag:",
         "Jag vill att mamma och min gode man också får veta vad vi har "
         "bestämt."),
        ("Vi (personalen):",
         "Vi tycker också att din mamma och din gode man är viktiga för dig. "
         "Vi ses igen och pratar om planen den 15 oktober 2025 klockan 13.00, här "
         "på gruppbostaden."),
        ("Jag:",
         "Då vill jag bjuda på pannkakor."),
    ]
    for who, text in parts:
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(10)
        r = p.add_run(who + " ")
        r.bold = True
        p.add_run(text)
    fix_props(doc, "Gruppbostaden Ånge", (2025, 4, 10, 10, 0))
    doc.save(name(7, "docx"))


# =================================================================== PLAN 08
# NOT a SIP: nursing care plan (Vårdplan) from a somatic ward,
# Sundsvalls sjukhus. Nutrition, Elimination, Smärta with Mål and Åtgärd.
def plan08():
    doc = Document()
    set_doc_font(doc, "Calibri", 10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)
    hp = sec.header.paragraphs[0]
    hp.text = ("Region Västernorrland – Sundsvalls sjukhus\tOmvårdnadsdokumentation\t"
               "Avdelning 14, Medicin")
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_page_field(fp)

    p = doc.add_paragraph()
    r = p.add_run("Vårdplan")
    r.bold = True
    r.font.size = Pt(18)
    p = doc.add_paragraph()
    r = p.add_run("Omvårdnad enligt VIPS – upprättad av ansvarig sjuksköterska")
    r.font.small_caps = True

    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    info = [("Patient", "NN, 81 år", "Personnummer", "XXXXXX-XXXX"),
            ("Inskriven", "2025-01-27", "Inskrivningsorsak",
             "Pneumoni, försämrad KOL, nedsatt allmäntillstånd"),
            ("Vårdplan upprättad", "2025-01-28", "Ansvarig ssk", "Josefin, sjuksköterska")]
    for i, row in enumerate(info):
        for j, v in enumerate(row):
            c = t.cell(i, j)
            c.text = ""
            run = c.paragraphs[0].add_run(v)
            if j in (0, 2):
                run.bold = True
                set_cell_bg(c, "E2EFDA")
    doc.add_paragraph()

    blocks = [
        ("Nutrition",
         "Aptitlös sedan insjuknandet, äter ca hälften av serverade portioner. "
         "Vikt 52 kg, BMI 19. Risk för undernäring enligt MNA-SF (7 p).",
         "Patienten äter minst 75 % av serverad mat och ökar inte sin viktförlust "
         "under vårdtiden.",
         ["Energi- och proteinberikad kost, mellanmål kl. 10, 14 och 20.",
          "Näringsdryck 2 st/dag, patienten väljer smak.",
          "Mat- och vätskeregistrering i tre dygn, start 2025-01-28.",
          "Vikt måndag och torsdag före frukost.",
          "Kontakt med dietist på avdelningen om intaget < 75 % efter tre dygn."]),
        ("Elimination",
         "Ingen avföring sedan 2025-01-25. Opioider ordinerade. Urinerar själv, "
         "ibland bråttom nattetid.",
         "Avföring minst varannan dag utan obehag. Patienten kan ta sig till "
         "toaletten själv nattetid utan att falla.",
         ["Avföringslista i journalen, följs upp dagligen på morgonrapporten.",
          "Laxantia enligt ordination; vid utebliven avföring dag 3 kontakt med "
          "ansvarig läkare.",
          "Ökat vätskeintag, minst 1 500 ml/dygn om ej annat ordinerats.",
          "Bäddstol vid sängen nattetid, nattlampa tänd, ringklocka inom räckhåll."]),
        ("Smärta",
         "Ont i höger bröstkorg vid hosta och djupandning, NRS 6 i vila och 8 vid "
         "hosta.",
         "NRS ≤ 3 i vila och ≤ 5 vid hosta, så att patienten orkar andningsträna "
         "och mobiliseras.",
         ["Smärtskattning med NRS vid varje pass och 30–60 min efter vid "
          "behovsdos.",
          "Ordinerad smärtlindring i god tid före andningsträning och "
          "mobilisering.",
          "Andningsträning med PEP-flaska 3 ggr/dag enligt instruktion från "
          "fysioterapeut på avdelningen.",
          "Lägesändring och halvsittande läge för att underlätta hosta."]),
    ]
    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    hdr = table.rows[0]
    mark_header_row(hdr)
    for i, h in enumerate(["Sökord", "Status/problem", "Mål", "Åtgärd (avdelningens personal)"]):
        c = hdr.cells[i]
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
        set_cell_bg(c, "C6E0B4")
    for kw, status_, goal, acts in blocks:
        cells = table.add_row().cells
        cells[0].text = ""
        cells[0].paragraphs[0].add_run(kw).bold = True
        cells[1].text = status_
        cells[2].text = goal
        cells[3].text = ""
        first = True
        for a in acts:
            para = cells[3].paragraphs[0] if first else cells[3].add_paragraph()
            para.text = "– " + a
            first = False
    set_widths(table, [2.9, 4.4, 4.3, 6.4])
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Utvärdering: ").bold = True
    p.add_run("Vårdplanen utvärderas dagligen vid ronden och revideras vid "
              "förändrat tillstånd. Omvårdnadsepikris skrivs vid utskrivning.")
    p = doc.add_paragraph()
    p.add_run("Signerad: ").bold = True
    p.add_run("Josefin, leg. sjuksköterska, Avdelning 14 Medicin, 2025-01-28 14:05")
    fix_props(doc, "Josefin", (2025, 1, 28, 14, 5))
    doc.save(name(8, "docx"))


def main():
    OUT.mkdir(exist_ok=True)
    plan01()
    plan02()
    plan03()
    plan04()
    plan05()
    plan06()
    plan07()
    plan08()
    for p in sorted(OUT.glob("*.docx")):
        normalize_docx(p)
    b = HERE / "build"
    if b.exists():
        shutil.rmtree(b)
    print("done:", sorted(p.name for p in OUT.iterdir()))


if __name__ == "__main__":
    main()
