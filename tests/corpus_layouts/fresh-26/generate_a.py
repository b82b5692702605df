#!/usr/bin/env python
"""Generate the fictional, anonymized SIP plans f26a-01 ... f26a-08 into plans/.

Run with python generate_a.py
Deterministic: fixed dates, no randomness. PDFs printed from Word are made with
LibreOffice (own profile under /tmp/lo-f26a).
"""
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
OUT = HERE / "plans"
PREFIX = "f26a"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_I = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"
LO_PROFILE = "file:///tmp/lo-f26a"


def name(nn, ext):
    return OUT / f"{PREFIX}-{nn:02d}.{ext}"


# ---------------------------------------------------------------- helpers (docx)

def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def cell_text(cell, text, bold=False, size=None, italic=False, color=None):
    """Replace the text of a cell; '\n' gives new paragraphs."""
    parts = text.split("\n")
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i > 0:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    return cell


def fixed_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    tblPr = table._tbl.tblPr
    tblW = tblPr.find(qn("w:tblW"))
    if tblW is None:
        tblW = OxmlElement("w:tblW")
        tblPr.append(tblW)
    tblW.set(qn("w:type"), "dxa")
    tblW.set(qn("w:w"), str(int(Cm(sum(widths_cm)).twips)))
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tblPr.append(layout)
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def base_doc(font="Calibri", size=11):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    core = doc.core_properties
    core.author = "Användare"
    core.last_modified_by = "Användare"
    import datetime as _dt
    core.created = _dt.datetime(2025, 1, 1, 8, 0, 0)
    core.modified = _dt.datetime(2025, 1, 1, 8, 0, 0)
    core.revision = 1
    for s in doc.sections:
        s.page_width = Cm(21.0)
        s.page_height = Cm(29.7)
        s.left_margin = s.right_margin = Cm(2.2)
        s.top_margin = Cm(2.0)
        s.bottom_margin = Cm(2.0)
    return doc


def bold_para(doc, text, size=None, space_before=8):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(space_before)
    p.paragraph_format.space_after = Pt(2)
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    return p


def header_footer(section, left, right=None, footer=None, size=8):
    hp = section.header.paragraphs[0]
    hp.text = ""
    r = hp.add_run(left)
    r.font.size = Pt(size)
    if right:
        r2 = hp.add_run("\t\t" + right)
        r2.font.size = Pt(size)
    if footer:
        fp = section.footer.paragraphs[0]
        fp.text = ""
        r3 = fp.add_run(footer)
        r3.font.size = Pt(size)


def add_page_field(paragraph, size=8):
    """Append 'Sida X (Y)' with real PAGE / NUMPAGES fields."""
    def fld(instr):
        r = paragraph.add_run()
        r.font.size = Pt(size)
        b = OxmlElement("w:fldChar")
        b.set(qn("w:fldCharType"), "begin")
        r._r.append(b)
        r2 = paragraph.add_run()
        r2.font.size = Pt(size)
        it = OxmlElement("w:instrText")
        it.set(qn("xml:space"), "preserve")
        it.text = instr
        r2._r.append(it)
        r3 = paragraph.add_run()
        r3.font.size = Pt(size)
        s = OxmlElement("w:fldChar")
        s.set(qn("w:fldCharType"), "separate")
        r3._r.append(s)
        r4 = paragraph.add_run("1")
        r4.font.size = Pt(size)
        r5 = paragraph.add_run()
        r5.font.size = Pt(size)
        e = OxmlElement("w:fldChar")
        e.set(qn("w:fldCharType"), "end")
        r5._r.append(e)
    r = paragraph.add_run("Sida ")
    r.font.size = Pt(size)
    fld(" PAGE ")
    r = paragraph.add_run(" (")
    r.font.size = Pt(size)
    fld(" NUMPAGES ")
    r = paragraph.add_run(")")
    r.font.size = Pt(size)


_sdt_id = [41000]


def add_content_control(paragraph, placeholder="Klicka eller tryck här för att ange text.",
                        size=None):
    """Inline plain-text content control (w:sdt) showing its placeholder text."""
    _sdt_id[0] += 1
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    rpr0 = OxmlElement("w:rPr")
    pr.append(rpr0)
    idel = OxmlElement("w:id")
    idel.set(qn("w:val"), str(_sdt_id[0]))
    pr.append(idel)
    ph = OxmlElement("w:placeholder")
    dp = OxmlElement("w:docPart")
    dp.set(qn("w:val"), "DefaultPlaceholder_-1854013440")
    ph.append(dp)
    pr.append(ph)
    pr.append(OxmlElement("w:showingPlcHdr"))
    pr.append(OxmlElement("w:text"))
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    rs = OxmlElement("w:rStyle")
    rs.set(qn("w:val"), "Platshllartext")
    rpr.append(rs)
    col = OxmlElement("w:color")
    col.set(qn("w:val"), "808080")
    rpr.append(col)
    if size:
        sz = OxmlElement("w:sz")
        sz.set(qn("w:val"), str(int(size * 2)))
        rpr.append(sz)
    r.append(rpr)
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = placeholder
    r.append(t)
    content.append(r)
    sdt.append(content)
    paragraph._p.append(sdt)
    return sdt


def add_placeholder_style(doc):
    from docx.enum.style import WD_STYLE_TYPE
    st = doc.styles.add_style("Platshållartext", WD_STYLE_TYPE.CHARACTER)
    st.element.set(qn("w:styleId"), "Platshllartext")
    st.font.color.rgb = RGBColor(0x80, 0x80, 0x80)


def normalize_docx(path):
    """Rewrite the .docx zip with fixed entry timestamps so every run gives the same bytes."""
    import zipfile
    path = Path(path)
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for fn, data in items:
            zi = zipfile.ZipInfo(fn, date_time=(2025, 1, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def save_docx(doc, path):
    doc.save(path)
    normalize_docx(path)


def normalize_pdf(path, stamp="D:20250101080000+01'00'"):
    """Fix LibreOffice's creation date and document ID in place (same byte lengths)."""
    import re
    data = Path(path).read_bytes()

    def fix_date(m):
        old = m.group(2)
        new = stamp.encode()[:len(old)].ljust(len(old), b"0")
        return m.group(1) + new + m.group(3)

    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\()([^)]*)(\))", fix_date, data)
    for tag in (rb"xmp:CreateDate", rb"xmp:ModifyDate", rb"xmp:MetadataDate"):
        data = re.sub(rb"(<" + tag + rb">)([^<]*)(</" + tag + rb">)",
                      lambda m: m.group(1) + b"2025-01-01T08:00:00+01:00"[:len(m.group(2))]
                      .ljust(len(m.group(2)), b"0") + m.group(3), data)
    data = re.sub(rb"(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)(>)",
                  lambda m: m.group(1) + b"0" * len(m.group(2)) + m.group(3)
                  + b"0" * len(m.group(4)) + m.group(5), data)
    data = re.sub(rb"(<xmpMM:DocumentID>uuid:)([0-9a-f-]+)(</xmpMM:DocumentID>)",
                  lambda m: m.group(1) + b"0" * len(m.group(2)) + m.group(3), data)
    data = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)",
                  lambda m: m.group(1) + b"0" * len(m.group(2)), data)
    Path(path).write_bytes(data)


def to_pdf(docx_path, pdf_path):
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(
            ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
             "--convert-to", "pdf", "--outdir", td, str(docx_path)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        produced = Path(td) / (Path(docx_path).stem + ".pdf")
        shutil.move(str(produced), pdf_path)
    normalize_pdf(pdf_path)


# =========================================================== 01: Prator Vård 7 (fpdf2)

class PratorPDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "B", 10)
        self.set_xy(15, 8)
        self.cell(90, 5, "Prator Vård 7", new_x="RIGHT", new_y="TOP")
        self.set_font("DejaVu", "", 8)
        self.cell(0, 5, "Utskriftsdatum: 2024-10-09 14:32", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.set_x(15)
        self.cell(90, 4, "Region Västmanland  |  Journalutskrift", new_x="RIGHT", new_y="TOP")
        self.cell(0, 4, f"Sida {self.page_no()} ({{nb}})", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.set_x(15)
        self.cell(90, 4, "Patient: XXXXXX-XXXX  [namn]", new_x="RIGHT", new_y="TOP")
        self.cell(0, 4, "Vårdenhet: Vuxenpsykiatrin Västerås, Öppenvård 2", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(0, 0, 0)
        self.set_line_width(0.4)
        self.line(15, 22, 195, 22)
        self.set_line_width(0.2)
        self.set_y(26)

    def footer(self):
        self.set_y(-14)
        self.set_line_width(0.2)
        self.line(15, self.get_y(), 195, self.get_y())
        self.set_font("DejaVu", "", 7.5)
        self.cell(90, 5, "Utskriven av: [användare]", new_x="RIGHT", new_y="TOP")
        self.cell(0, 5, "Dokumenttyp: Samordnad individuell plan (SIP)  –  Signerad",
                  align="R")


def p01():
    pdf = PratorPDF(format="A4", unit="mm")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_font("DejaVu", "I", FONT_I)
    pdf.set_margins(15, 26, 15)
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_creation_date(__import__("datetime").datetime(2024, 10, 9, 14, 32, 0,
                          tzinfo=__import__("datetime").timezone.utc))
    pdf.set_creator("Prator Vård 7")
    pdf.set_title("Samordnad individuell plan (SIP)")
    pdf.add_page()

    def section_title(t):
        if pdf.get_y() > 250:
            pdf.add_page()
        pdf.ln(2)
        pdf.set_fill_color(205, 215, 230)
        pdf.set_font("DejaVu", "B", 9.5)
        pdf.cell(0, 6, "  " + t, border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    def box_h(w, value, size=9):
        pdf.set_font("DejaVu", "", size)
        txt = value if value else " "
        h = pdf.multi_cell(w - 3, 4.3, txt, dry_run=True, output="HEIGHT", align="L")
        return 4.5 + h + 1.5

    def draw_box(x, y, w, h, label, value, size=9):
        pdf.rect(x, y, w, h)
        pdf.set_xy(x + 1.5, y + 0.7)
        pdf.set_font("DejaVu", "", 6.8)
        pdf.set_text_color(90, 90, 90)
        pdf.cell(w - 3, 3.5, label)
        pdf.set_text_color(0, 0, 0)
        pdf.set_xy(x + 1.5, y + 4.5)
        pdf.set_font("DejaVu", "", size)
        if value:
            pdf.multi_cell(w - 3, 4.3, value, align="L")

    def two_col(pairs):
        """pairs: list of ((label, value), (label, value)) drawn as boxed fields."""
        x1, x2, w = 15, 106, 89
        for (l1, v1), (l2, v2) in pairs:
            h = max(box_h(w, v1), box_h(w, v2), 11)
            if pdf.get_y() + h > 279:
                pdf.add_page()
            y = pdf.get_y()
            draw_box(x1, y, w, h, l1, v1)
            draw_box(x2, y, w, h, l2, v2)
            pdf.set_xy(15, y + h + 1.2)

    def full(label, value, min_h=11):
        h = max(box_h(180, value), min_h)
        if pdf.get_y() + h > 279:
            pdf.add_page()
        y = pdf.get_y()
        draw_box(15, y, 180, h, label, value)
        pdf.set_xy(15, y + h + 1.2)

    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 7, "Samordnad individuell plan (SIP)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 8)
    pdf.cell(0, 4.5, "Journalmall: SIP Vuxenpsykiatri v3  |  Anteckningstyp: Vårdplanering",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)

    section_title("Grunduppgifter")
    two_col([
        (("Patient", "[namn], 38 år"), ("Personnummer", "XXXXXX-XXXX")),
        (("Mötesdatum", "2024-10-08"), ("Mötesplats", "Vuxenpsykiatrin Västerås, samtalsrum 4")),
        (("Planen upprättad av", "Vuxenpsykiatrin Västerås, Öppenvård 2"),
         ("Status", "Signerad 2024-10-09")),
        (("Fast vårdkontakt", "Petra, sjuksköterska, Vuxenpsykiatrin Västerås"),
         ("Huvudansvar för planen", "Vuxenpsykiatrin Västerås")),
        (("Samtycke till SIP", "Ja"),
         ("Tolkbehov", "Nej")),
        (("Berörda huvudmän", "Region Västmanland, Västerås stad"),
         ("Övriga aktörer", "Arbetsförmedlingen, Försäkringskassan")),
    ])

    section_title("Bakgrund och aktuell situation")
    full("Bakgrund",
         "A. är 38 år och har bipolär sjukdom typ I sedan 2015. Hon har vårdats inneliggande "
         "två gånger, senast i maj 2024 på grund av ett maniskt skov med sömnlöshet och "
         "impulsiva köp. Efter utskrivningen i juni har hon varit stabil på litium men "
         "beskriver nedstämdhet, trötthet och svårt att komma igång på morgonen. Hon förlorade "
         "sin anställning som lagerarbetare hösten 2023 och är sedan dess arbetslös. Hon har "
         "försörjningsstöd från Västerås stad sedan augusti 2024 och har hyresskuld på två "
         "månader. Hon bor ensam i lägenhet i Västerås. Brodern J. bor i närheten och är ett "
         "stöd. A. har tidigare haft kontakt med Arbetsförmedlingen men avaktualiserades "
         "under vårdtiden.")
    section_title("Aktuell vård och bedömning")
    full("Aktuell behandling",
         "Litium 42 mg x 2, senaste koncentration 0,7 mmol/l (2024-09-24). Quetiapin 50 mg "
         "till natten vid behov vid sömnsvårigheter. Regelbunden kontakt med fast vårdkontakt "
         "sedan utskrivningen, två uteblivna besök i augusti. Ingen aktuell suicidrisk enligt "
         "bedömning 2024-10-01 (låg risk), inga tecken på hypomani vid mötet.")
    full("Sammanfattning av mötet",
         "Deltagarna gick igenom A:s situation efter vårdtillfället och vad respektive "
         "verksamhet redan gör. Socialtjänsten och psykiatrin har tidigare haft var sin "
         "planering utan att känna till varandras insatser, och Arbetsförmedlingen har inte "
         "haft kontakt med A. sedan i våras. Man kom överens om att samla insatserna i en "
         "gemensam plan enligt nedan och att fast vårdkontakt meddelar övriga deltagare om "
         "A. blir sämre, enligt krisplanen.")

    section_title("Syfte och frågeställningar")
    full("Syfte med SIP",
         "Syftet med planen är att samordna den psykiatriska behandlingen med stödet från "
         "socialtjänsten och Arbetsförmedlingen så att A. kan behålla en stabil vardag efter "
         "vårdtillfället i våras, få ordning på ekonomin och stegvis närma sig arbete utan "
         "att det blir så mycket på en gång att hon riskerar ett nytt skov.")
    full("Frågeställningar inför mötet", "", min_h=14)

    section_title("Den enskildes mål och delaktighet")
    full("Den enskildes mål (med egna ord)",
         "”Jag vill ha ett jobb igen, gärna något där jag får använda händerna, och jag vill "
         "inte bli inlagd en gång till. Jag vill kunna betala hyran själv.”")
    full("Den enskildes delaktighet och synpunkter",
         "A. deltog under hela mötet. Hon vill att besöken på psykiatrin läggs på förmiddagen "
         "efter kl. 10 eftersom hon är trött av medicinen på morgonen. Hon vill inte ha "
         "hembesök av socialtjänsten utan träffar hellre boendestödjaren ute eller på "
         "träffpunkten. Hon önskar att Arbetsförmedlingen får veta om diagnosen genom "
         "planen så att hon slipper berätta om sjukdomen på nytt för varje ny handläggare.")

    section_title("Insatser och ansvarsfördelning")
    rows = [
        ("Nr", "Insats / åtgärd", "Ansvarig verksamhet / funktion", "Start", "Klart / intervall"),
        ("1", "Läkarbesök med läkemedelsuppföljning (litium, koncentrationsprov, "
              "njur- och tyreoideaprover).",
         "Läkare, Vuxenpsykiatrin Västerås", "2024-10-22", "Var 3:e månad"),
        ("2", "Stödsamtal med fast vårdkontakt: mående, sömn, tidiga tecken på "
              "försämring. Skattning med MADRS/YMRS vid varje besök.",
         "Sjuksköterska, Vuxenpsykiatrin Västerås", "2024-10-15",
         "Varannan vecka t.o.m. 2025-01-31"),
        ("3", "Krisplan med varningstecken och vad som ska göras vid försämring. "
              "Kopia till boendestödet efter A:s godkännande.",
         "Sjuksköterska, Vuxenpsykiatrin Västerås", "2024-10-15", "2024-10-31"),
        ("3b", "Somatisk kontroll (vikt, blodtryck, blodfetter, blodsocker) med anledning "
               "av läkemedelsbehandlingen.",
         "Sjuksköterska, Vuxenpsykiatrin Västerås", "2024-11-12", "Var 6:e månad"),
        ("4", "Psykopedagogisk gruppbehandling om bipolär sjukdom, 8 träffar tisdagar "
              "kl. 13–15.",
         "Arbetsterapeut och psykolog, Vuxenpsykiatrin Västerås", "2024-11-05", "2024-12-17"),
        ("5", "Fortsatt utredning av försörjningsstöd samt kontakt med hyresvärden om "
              "avbetalningsplan för hyresskulden.",
         "Socialsekreterare, Försörjningsstöd, Västerås stad", "2024-10-10", "2024-11-30"),
        ("6", "Boendestöd två gånger per vecka: struktur i vardagen, post, räkningar och "
              "inköp. Träffas ute eller på träffpunkten enligt A:s önskemål.",
         "Boendestödjare, Socialpsykiatrin Västerås stad", "2024-10-21", "2025-04-30"),
        ("6b", "Introduktion på kommunens träffpunkt för sysselsättning, två förmiddagar "
               "i veckan, som steg före arbetsinriktade insatser.",
         "Arbetsterapeut, Träffpunkten, Socialpsykiatrin Västerås stad", "2024-11-04",
         "2025-01-31"),
        ("7", "Bedömning av arbetsförmåga inför arbetslivsinriktad rehabilitering "
              "(IPS).",
         "Regionen", "", ""),
        ("8", "Återinskrivning hos Arbetsförmedlingen och planering mot arbete med stöd "
              "(kartläggning, därefter ev. SIUS/praktik).",
         "Arbetsförmedlingen, handläggare Västerås", "2024-10-14", "2025-03-31"),
        ("9", "Läkarintyg till Försäkringskassan för sjukpenning under vårdtiden "
              "maj–juli 2024.",
         "Läkare, Vuxenpsykiatrin Västerås", "2024-10-22", "2024-10-31"),
        ("10", "Ansökan om sjukpenning hos Försäkringskassan för maj–juli 2024. A. gör "
               "ansökan själv med hjälp av boendestödjaren.",
         "A. själv, med stöd av boendestödjare", "2024-11-01", "2024-11-15"),
        ("11", "Handläggning av ansökan om sjukpenning.",
         "Försäkringskassan, handläggare", "När ansökan kommit in", "Inom 30 dagar"),
        ("12", "För sömndagbok och tar litium enligt ordination. Tar med dagboken "
               "till samtalen med sjuksköterskan.",
         "A. själv", "2024-10-08", "Löpande"),
    ]
    rows = [rows[0]] + [(str(i),) + tuple(r[1:]) for i, r in enumerate(rows[1:], start=1)]
    pdf.set_font("DejaVu", "", 8.3)
    with pdf.table(col_widths=(8, 70, 48, 24, 30), repeat_headings=1, line_height=4.2,
                   text_align="LEFT", v_align="TOP", padding=1.2,
                   headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225)),
                   first_row_as_headings=True) as table:
        for r in rows:
            row = table.row()
            for c in r:
                row.cell(c)
    pdf.ln(2)

    section_title("Övriga aktörer, uppföljning och deltagare")
    full("Andra aktörers insatser (FK, AF, närstående m.fl.)",
         "Arbetsförmedlingen ansvarar för insats 10 och Försäkringskassan för insats 13. "
         "A. gör själv ansökan till Försäkringskassan (insats 12). Brodern J. kör A. till "
         "gruppbehandlingen på tisdagar och hjälper henne att gå igenom posten en gång i "
         "veckan tills boendestödet kommit igång.")
    two_col([
        (("Uppföljning av planen", "Uppföljande SIP-möte 2024-12-19 kl. 13.00"),
         ("Plats för uppföljning", "Vuxenpsykiatrin Västerås, samtalsrum 4")),
    ])
    full("Deltagare vid mötet",
         "A. (patient)\nPetra\nJonas\nMalin\nAhmed\nLena")
    full("Kopia av planen till",
         "Patienten. Övriga deltagare enligt samtycke.")
    two_col([
        (("Signerad av", "[användare]"), ("Signeringsdatum", "2024-10-09")),
    ])
    pdf.output(str(name(1, "pdf")))


# =========================================================== 02: SIP inför utskrivning (docx)

def p02():
    doc = base_doc("Arial", 10.5)
    sec = doc.sections[0]
    header_footer(sec, "Region Västmanland  |  Köpings kommun",
                  footer="SIP inför utskrivning – sekretessbelagd handling enligt OSL")
    t = doc.add_paragraph()
    r = t.add_run("SIP inför utskrivning")
    r.bold = True
    r.font.size = Pt(18)
    doc.add_paragraph("Samordnad individuell plan enligt SoL 2 kap. 7 § och HSL 16 kap. 4 § "
                      "samt lag (2017:612) om samverkan vid utskrivning från sluten hälso- "
                      "och sjukvård").runs[0].font.size = Pt(9)

    doc.add_heading("Uppgifter", level=2)
    facts = [
        ("Namn", "E."),
        ("Personnummer", "XXXXXX-XXXX"),
        ("Vårdenhet (sluten vård)", "Avdelning 71, Psykiatriska kliniken, Västmanlands "
                                    "sjukhus Västerås"),
        ("Inskrivningsdatum", "2024-09-21"),
        ("Planerat utskrivningsdatum", "2024-10-04"),
        ("Datum för SIP-möte", "2024-10-02"),
        ("Fast vårdkontakt (öppenvård)", "Maria, sjuksköterska, Vuxenpsykiatrin Köping"),
        ("Samordningsansvarig för planen", "Johan, socialsekreterare, Vuxenenheten IFO "
                                          "Köpings kommun"),
        ("Samtycke", "Skriftligt samtycke till SIP och till att uppgifter lämnas mellan "
                     "deltagande verksamheter. Blanketten undertecknad av E. 2024-10-01, "
                     "skannad till journalen."),
        ("Uppföljande SIP-möte", ""),
    ]
    tb = doc.add_table(rows=1 + len(facts), cols=2)
    tb.style = "Table Grid"
    hdr = tb.rows[0].cells[0].merge(tb.rows[0].cells[1])
    cell_text(hdr, "Fakta om planen", bold=True)
    shade(hdr, "DCE6F1")
    for i, (k, v) in enumerate(facts, start=1):
        cell_text(tb.rows[i].cells[0], k, bold=True)
        shade(tb.rows[i].cells[0], "F2F2F2")
        cell_text(tb.rows[i].cells[1], v)
    fixed_widths(tb, [5.5, 11.1])

    doc.add_heading("Bakgrund", level=2)
    doc.add_paragraph(
        "E. är 22 år och bor ensam i lägenhet i Köping. Hon skrevs in på avdelning 71 "
        "2024-09-21 efter ett suicidförsök med tabletter. Hon har sedan tonåren haft "
        "perioder av depression och ångest och har haft kontakt med Vuxenpsykiatrin Köping "
        "sedan 2023, men uteblev från flera besök under sommaren. Hon läste in gymnasiet på "
        "Komvux i Köping men avbröt studierna i våras. Under vårdtiden har hon fått "
        "läkemedelsjustering och samtal, och hon bedöms nu kunna skrivas ut till eget "
        "boende med stöd.")

    doc.add_heading("Syfte", level=2)
    doc.add_paragraph("Samordning inför utskrivning.")

    doc.add_heading("Frågeställningar", level=2)
    for q in [
        "Vilket stöd behöver E. från socialtjänsten under den första veckan hemma efter "
        "utskrivningen, och hur tätt ska boendestödet komma?",
        "Vem gör ny suicidriskbedömning efter utskrivningen och när sker den?",
        "Hur kan en återgång till studierna på Komvux planeras utan att det blir för mycket "
        "för tidigt?",
    ]:
        doc.add_paragraph(q, style="List Bullet")

    doc.add_heading("Mål", level=2)
    doc.add_paragraph(
        "Målet är att E. ska kunna bo kvar i sin lägenhet och känna sig trygg efter "
        "utskrivningen, att hon inte gör nya suicidförsök och att hon på sikt kan återuppta "
        "studierna.")

    doc.add_heading("Den enskildes delaktighet", level=2)
    doc.add_paragraph("E. deltog på mötet tillsammans med kontaktperson från avdelningen.")

    doc.add_heading("Planerade insatser efter utskrivning", level=2)
    ins = [
        ("Insats", "Ansvarig verksamhet/funktion", "När"),
        ("Återbesök hos fast vårdkontakt med ny suicidriskbedömning, inom 7 dagar "
         "efter utskrivning", "Sjuksköterska, Vuxenpsykiatrin Köping", "2024-10-08"),
        ("Läkarbesök, läkemedelsgenomgång (sertralin, ev. dosjustering)",
         "Läkare, Vuxenpsykiatrin Köping", "2024-10-22"),
        ("Krisplan upprättas tillsammans med E. före utskrivning; kopia till boendestödet "
         "och till fast vårdkontakt", "Kurator, avdelning 71", "2024-10-03"),
        ("Boendestöd tre gånger per vecka första månaden, därefter omprövning",
         "Boendestöd, Socialpsykiatrin Köpings kommun", "Från 2024-10-05"),
        ("Samtalsbehandling (KBT) för depression och ångest", "Regionen", ""),
        ("Utredning av behov av ytterligare insatser enligt SoL (t.ex. sysselsättning)",
         "Socialsekreterare, Vuxenenheten IFO Köping", "Klar 2024-11-15"),
        ("Samtal med studie- och yrkesvägledare om återgång till Komvux",
         "SYV, Vuxenutbildningen Köpings kommun", "Vecka 44"),
    ]
    tb2 = doc.add_table(rows=len(ins), cols=3)
    tb2.style = "Table Grid"
    for i, row in enumerate(ins):
        for j, v in enumerate(row):
            cell_text(tb2.rows[i].cells[j], v, bold=(i == 0))
            if i == 0:
                shade(tb2.rows[i].cells[j], "DCE6F1")
    set_repeat_header(tb2.rows[0])
    fixed_widths(tb2, [8.6, 5.0, 3.0])

    doc.add_heading("Deltagare", level=2)
    dl = [
        ("Namn", "Funktion", "Verksamhet"),
        ("E.", "Den enskilde", ""),
        ("Johan", "Socialsekreterare", "Vuxenenheten IFO, Köpings kommun"),
        ("Maria", "Sjuksköterska, fast vårdkontakt", "Vuxenpsykiatrin Köping"),
        ("Sofia", "Kurator", "Avdelning 71, Psykiatriska kliniken Västerås"),
        ("Gunnar", "Överläkare", "Avdelning 71, Psykiatriska kliniken Västerås"),
        ("Ali", "Boendestödjare", "Socialpsykiatrin, Köpings kommun"),
    ]
    tb3 = doc.add_table(rows=len(dl), cols=3)
    tb3.style = "Table Grid"
    for i, row in enumerate(dl):
        for j, v in enumerate(row):
            cell_text(tb3.rows[i].cells[j], v, bold=(i == 0))
            if i == 0:
                shade(tb3.rows[i].cells[j], "DCE6F1")
    fixed_widths(tb3, [3.0, 5.6, 8.0])

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(14)
    p.add_run("Planen upprättad 2024-10-02 av Sofia, kurator, avdelning 71.").italic = True
    save_docx(doc, name(2, "docx"))


# =========================================================== 03: small caps + landscape -> PDF

def sc_heading(doc, text, level=1):
    h = doc.add_heading("", level=level)
    r = h.add_run(text)
    r.font.small_caps = True
    r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    return h


def p03(tmp):
    doc = base_doc("Cambria", 11)
    for lvl in (1,):
        hs = doc.styles[f"Heading {lvl}"]
        hs.font.size = Pt(13)
        hs.font.name = "Cambria"
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    r = hp.add_run("Arboga kommun – Vård och omsorg  |  Region Västmanland – Vårdcentralen Arboga")
    r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_page_field(fp)

    t = doc.add_paragraph()
    r = t.add_run("Samordnad individuell plan")
    r.font.size = Pt(20)
    r.font.small_caps = True
    r.bold = True
    t2 = doc.add_paragraph()
    t2.add_run("Den enskilde: ").bold = True
    t2.add_run("G., 84 år, ÅÅMMDD-XXXX\n")
    t2.add_run("Datum för SIP-möte: ").bold = True
    t2.add_run("2025-01-28, Vårdcentralen Arboga\n")
    t2.add_run("Planen gäller från: ").bold = True
    t2.add_run("2025-01-28")

    sc_heading(doc, "1. Bakgrund")
    doc.add_paragraph(
        "G. har Alzheimers sjukdom, diagnostiserad 2022 på Vårdcentralen Arboga. Hon bor "
        "i villa i Arboga med maken B., 86 år, som sedan två år sköter nästan allt i hemmet. "
        "Under hösten har G:s minne försämrats tydligt. Hon går upp flera gånger per natt, "
        "har vid två tillfällen gått ut på natten och hittats av grannar, och hon har ramlat "
        "i badrummet utan att skada sig. B. säger att han inte sover mer än några timmar i "
        "sträck och att han är orolig för att inte orka. Hemtjänst finns sedan oktober 2024 "
        "en gång per dag. Parets dotter L. bor i Örebro.")

    sc_heading(doc, "2. Syfte med SIP")
    doc.add_paragraph(
        "Syftet med planen är att samordna hemtjänst, dagverksamhet, växelvård, "
        "rehabilitering och vårdcentralens demensteam kring G. nu när hennes minnessvikt "
        "har ökat och B. inte längre klarar nätterna ensam, så att ingen insats faller "
        "mellan stolarna och så att alla vet vem B. ska vända sig till.")

    sc_heading(doc, "3. Frågeställningar")
    doc.add_paragraph("")

    sc_heading(doc, "4. Den enskildes mål")
    doc.add_paragraph("–")

    sc_heading(doc, "5. Den enskildes delaktighet")
    doc.add_paragraph("G. deltog inte i mötet.")

    sc_heading(doc, "6. Samtycke")
    doc.add_paragraph("Samtycke finns.")

    sc_heading(doc, "7. Insatser")
    doc.add_paragraph("Insatserna redovisas i tabellen på nästa sida.")

    # landscape section with the wide action table
    ls = doc.add_section(WD_SECTION.NEW_PAGE)
    ls.orientation = WD_ORIENT.LANDSCAPE
    ls.page_width, ls.page_height = Cm(29.7), Cm(21.0)
    ls.left_margin = ls.right_margin = Cm(2.0)
    ls.top_margin = ls.bottom_margin = Cm(1.8)
    p = doc.add_paragraph()
    rr = p.add_run("7. Insatser (forts.)")
    rr.bold = True
    rr.font.small_caps = True
    rr.font.size = Pt(12)
    rows = [
        ("Insats", "Ansvarig verksamhet", "Ansvarig person/funktion", "Start", "Slut"),
        ("Hemtjänst morgon och kväll: hjälp med hygien, påklädning, frukost och "
         "morgonmedicin; tillsyn kl. 21", "Hemtjänst Arboga öster", "Gruppledare hemtjänst",
         "2025-02-03", "Tills vidare"),
        ("Nattillsyn två gånger per natt (kl. 01 och 04) via nattpatrullen",
         "Hemtjänst Arboga, nattpatrullen", "Enhetschef nattpatrull", "2025-02-03",
         "Omprövas 2025-05-31"),
        ("Dagverksamhet för personer med demenssjukdom tisdagar och torsdagar, "
         "inklusive färdtjänst", "Dagverksamheten, Arboga kommun", "Enhetschef dagverksamhet",
         "2025-02-11", "Tills vidare"),
        ("Växelvård på korttidsboende, en vecka per månad, för avlastning av B.",
         "Korttidsboendet, Arboga kommun", "Biståndshandläggare", "", ""),
        ("Trygghetslarm och dörrlarm (larm vid ytterdörr nattetid)",
         "Trygghetslarm, Arboga kommun", "Biståndshandläggare", "2025-02-05", "Tills vidare"),
        ("Bedömning av hjälpmedel: rollator, larmmatta vid sängen, handtag i badrummet",
         "Rehab Arboga kommun", "Arbetsterapeut", "2025-02-12", "2025-03-14"),
        ("Läkemedelsgenomgång, uppföljning av demensläkemedel och sömn",
         "Vårdcentralen Arboga", "Distriktsläkare", "2025-02-18", "2025-02-18"),
        ("Hembesök av demenssjuksköterska: uppföljning av G. och stöd till B.",
         "Vårdcentralen Arboga, demensteamet", "Demenssjuksköterska", "2025-02-10",
         "Var 6:e vecka"),
        ("Anhörigstöd: enskilda samtal och anhöriggrupp för B.",
         "Anhörigstödet, Arboga kommun", "Anhörigkonsulent", "2025-03-05", "2025-05-28"),
    ]
    tb = doc.add_table(rows=len(rows), cols=5)
    tb.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            cell_text(tb.rows[i].cells[j], v, bold=(i == 0), size=10)
            if i == 0:
                shade(tb.rows[i].cells[j], "D9E2F3")
    set_repeat_header(tb.rows[0])
    fixed_widths(tb, [10.0, 5.5, 4.7, 2.7, 2.8])

    ps = doc.add_section(WD_SECTION.NEW_PAGE)
    ps.orientation = WD_ORIENT.PORTRAIT
    ps.page_width, ps.page_height = Cm(21.0), Cm(29.7)
    ps.left_margin = ps.right_margin = Cm(2.2)
    ps.top_margin = ps.bottom_margin = Cm(2.0)

    sc_heading(doc, "8. Närståendes och andra aktörers insatser")
    doc.add_paragraph(
        "B. ger G. kvällsmedicinen, lagar middag varje dag och följer med till "
        "läkarbesöket 2025-02-18. Dottern L. kommer varannan helg från Örebro och tar över "
        "så att B. kan vila, och hon sköter parets räkningar via internetbanken. "
        "Någon god man är inte aktuell.")

    sc_heading(doc, "9. Huvudansvar för planen")
    doc.add_paragraph("Arboga kommun (äldreomsorgen).")

    sc_heading(doc, "10. Uppföljning")
    doc.add_paragraph("Planen följs upp vecka 12.")

    sc_heading(doc, "11. Deltagare")
    dl = [
        ("Namn", "Funktion", "Verksamhet"),
        ("B.", "Make, närstående", "–"),
        ("Elin", "Biståndshandläggare", "Myndighetsenheten, Arboga kommun"),
        ("Hassan", "Demenssjuksköterska", "Vårdcentralen Arboga"),
        ("Karin", "Gruppledare", "Hemtjänst Arboga öster"),
        ("Marie", "Anhörigkonsulent", "Anhörigstödet, Arboga kommun"),
    ]
    tb3 = doc.add_table(rows=len(dl), cols=3)
    tb3.style = "Table Grid"
    for i, row in enumerate(dl):
        for j, v in enumerate(row):
            cell_text(tb3.rows[i].cells[j], v, bold=(i == 0), size=10)
    fixed_widths(tb3, [3.0, 5.0, 8.6])
    doc.add_paragraph("")
    doc.add_paragraph("Antecknat av: Elin, biståndshandläggare").runs[0].italic = True

    src = Path(tmp) / f"{PREFIX}-03.docx"
    save_docx(doc, src)
    to_pdf(src, name(3, "pdf"))


# =========================================================== 04: du-form (docx)

def p04():
    doc = base_doc("Calibri", 12)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    r = hp.add_run("Sala kommun  •  Region Västmanland")
    r.font.size = Pt(9)
    r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    for lvl in (1, 2):
        doc.styles[f"Heading {lvl}"].font.color.rgb = RGBColor(0x2E, 0x6B, 0x3A)

    doc.add_heading("Din SIP – en plan för dig, Elias", level=1)
    p = doc.add_paragraph()
    p.add_run("Mötet var: ").bold = True
    p.add_run("tisdag 11 februari 2025 på Ekebyskolan i Sala")

    doc.add_heading("Varför gör vi en plan?", level=2)
    doc.add_paragraph(
        "Vi gör den här planen för att du, mamma, pappa, skolan, BUP och socialtjänsten ska "
        "jobba åt samma håll. I höstas blev det mycket bråk hemma, och i skolan har det varit "
        "svårt för dig att stanna kvar på lektionerna, särskilt matten. Du har sagt att det "
        "känns som att alla vuxna säger olika saker till dig. Med planen vill vi att det "
        "ska bli tydligt vem som gör vad.")

    doc.add_heading("Det här är viktigt för mig", level=2)
    q = doc.add_paragraph()
    q.add_run("”Jag vill att det ska bli lugnare hemma och att vi slutar skrika på varandra. "
              "Och jag vill klara matten så att jag kan komma in på fordonsprogrammet.”").italic = True
    doc.add_paragraph(
        "Du var med på hela mötet tillsammans med mamma och pappa. Du sa att du inte vill "
        "byta skola, och att du vill ha någon att prata med som inte är lärare. Du tycker "
        "att medicinen hjälper i skolan men att du blir arg och hungrig på kvällen när den "
        "slutar verka.")

    doc.add_heading("Får vi prata med varandra om dig?", level=2)
    doc.add_paragraph(
        "Ja, sa du, mamma och pappa på mötet 2025-02-11. Mamma och pappa skrev också under "
        "samtyckesblanketten samma dag. Det betyder att BUP, skolan och socialtjänsten får "
        "prata med varandra om det som står i planen.")

    doc.add_heading("Det här ska vi göra", level=2)
    items = [
        "En läkare på BUP Sala träffar dig och mamma den 4 mars för att se hur medicinen "
        "fungerar, också på kvällen.",
        "En familjebehandlare från Socialtjänsten i Sala träffar dig, mamma och pappa hemma "
        "varannan onsdag från den 19 februari. Ni ska hitta sätt att prata med varandra "
        "utan att det blir bråk.",
        "Din mentor på Ekebyskolan ser till att du får sitta i det lilla grupprummet på "
        "mattelektionerna från vecka 8.",
        "Specialpedagogen på Ekebyskolan kartlägger hur du har det på lektionerna och vad "
        "som hjälper dig. Kartläggningen ska vara klar senast den 28 mars.",
        "Skolkuratorn på Ekebyskolan träffar dig på onsdagar kl. 10 från den 12 februari, "
        "tills vi ses igen.",
        "BUP Sala erbjuder mamma och pappa en föräldrautbildning om ADHD (fyra träffar), "
        "med start den 6 mars.",
    ]
    for it in items:
        doc.add_paragraph(it, style="List Bullet")
    doc.add_paragraph("Mamma och pappa vill också hjälpa till hemma.")

    doc.add_heading("Vem håller ihop planen?", level=2)
    doc.add_paragraph(
        "Socialtjänsten i Sala håller ihop planen. Om något inte fungerar kan du, mamma "
        "eller pappa ringa dit via växeln.")

    doc.add_heading("När ses vi igen?", level=2)
    doc.add_paragraph(
        "Vi ses igen efter påsklovet, i slutet av april. Då pratar vi om hur det har gått "
        "hemma och i skolan. Du får en kallelse hem.")

    doc.add_heading("Vilka var med?", level=2)
    doc.add_paragraph("Du, mamma, pappa, Lina, Jonas, Sara, Hanna och Peter.")
    save_docx(doc, name(4, "docx"))


# =========================================================== 05: Markdown minutes

MD05 = """# Minnesanteckningar från SIP-möte

**Datum:** 2024-10-15, kl. 09.30–11.00
**Plats:** Vårdcentralen Fagersta, konferensrummet
**Närvarande:** B., Anna (sjuksköterska), Peter (socialsekreterare), Karin (läkare), Mats (behandlare)
**Antecknat av:** Anna

## Anteckningar

Syftet med mötet var samordning. Inför mötet hade B. och vårdcentralen två frågor som vi
utgick från: hur B. ska få hjälp att sluta dricka nu när levern har tagit skada, och vem som
kan hjälpa honom med alla brev och betalningskrav som har kommit från Kronofogden under
sommaren.

B. är 58 år och bor ensam i Fagersta sedan skilsmässan för fyra år sedan. Han har druckit
mycket i många år, under senare tid ungefär en flaska vin och flera starköl om dagen. I
september kom han till vårdcentralen för trötthet och gulfärgad hud, och proverna visade
leverpåverkan. Ultraljudet visar tecken på skrumplever. Karin förklarade att levern kan
återhämta sig delvis om han slutar dricka helt, men att fortsatt drickande är livshotande.
B. berättade att han vill sluta dricka helt och orka gå ut i skogen med hunden igen. Han
vill inte bli inlagd för avgiftning i Västerås en gång till, eftersom det blev så
stressigt förra gången, utan vill hellre ha abstinensbehandlingen hemma med täta besök.
Han vill också att hans syster ska få veta hur det går för honom.

Vi kom överens om följande. Vårdcentralen Fagersta sätter in Campral och tar nya
levervärden och PEth den 29 oktober, och vårdcentralen skickar remiss till medicinkliniken i
Västerås för bedömning av levern senast den 1 november. Distriktssköterska på vårdcentralen
gör hembesök under abstinensbehandlingen varje vardag mellan 21 och 25 oktober för att
kontrollera puls, blodtryck och abstinenssymtom. Beroendemottagningen i Fagersta fortsätter
med samtal och återfallsprevention. Socialtjänsten (IFO vuxen, Fagersta kommun) bokar en första
tid hos kommunens budget- och skuldrådgivare den 5 november så att B. kan få hjälp att gå
igenom skulderna. Socialtjänsten utreder också om B. kan få öppenvårdsinsats i form av
stödsamtal på Öppenvården Fagersta, beslut ska fattas senast 15 november.

B:s syster i Norberg är viktig för honom och har tidigare följt med på besök. Kronofogden
har flera ärenden mot B.

## Nästa möte

Nästa möte hålls i början av december. Kallelse skickas ut.
"""


def p05():
    name(5, "md").write_text(MD05, encoding="utf-8", newline="\n")


# =========================================================== 06: TXT UTF-8, CRLF

TXT06 = """SAMORDNAD INDIVIDUELL PLAN (SIP)
========================================================================

Datum för möte:   2024-09-24
Plats:            BUP Västerås, ätstörningsteamet
Den enskilde:     K., 15 år
Personnummer:     XXXXXX-XXXX
Vårdnadshavare:   Mamma och pappa (gemensam vårdnad)

BAKGRUND
K. går i årskurs 9 på Rönnbyskolan. Sedan vårterminen har hon gått ner
cirka 9 kg och hon remitterades från skolsköterskan till BUP Västerås i
augusti. Hon har fått diagnosen anorexia nervosa. Hon äter inte lunch i
skolan, tränar mycket på egen hand och har haft frånvaro från idrotten.
Hennes puls har varit låg vid kontrollerna på BUP men hon bedöms kunna
behandlas i öppenvård. Familjen har kontakt med VUP sedan tidigare efter
en period med mycket konflikter hemma under våren.

SYFTE
Samordning av insatser.

FRÅGESTÄLLNINGAR
Diskutera läget kring skolgång och behandling.

K:S EGNA MÅL
"Jag vill orka vara med på idrotten igen och kunna äta lunch i matsalen
med mina kompisar. Jag vill inte att det här ska förstöra nian."

DELAKTIGHET
K. deltog under första halvan av mötet tillsammans med mamma och pappa.
K. vill inte att hela klassen ska få veta om ätstörningen. Hon vill att
mentor är den enda på skolan som pratar med henne om maten och att
lunchen sker på en lugn plats, inte i personalrummet.

INSATSER
- Läkare på BUP Västerås gör medicinsk kontroll (vikt, puls, blodtryck,
  prover) varje måndag från 2024-09-30.
- Psykolog på BUP Västerås ger familjebaserad behandling (FBT) till K.
  och föräldrarna varje torsdag kl. 15.00 från 2024-10-03.
- Dietist på BUP Västerås gör en måltidsplan tillsammans med K. och
  föräldrarna 2024-10-01.
- Kurator på VUP träffar K. varannan tisdag från v. 40.
- Skolsköterskan på Rönnbyskolan ordnar en lugn plats där K. äter lunch
  med en vuxen varje skoldag från 2024-09-30.
- Mentor på Rönnbyskolan ser till att K. befrias från idrotten tills BUP
  ger klartecken, från 2024-09-25, och informerar berörda lärare utan att
  diagnosen nämns.
- Specialpedagog på Rönnbyskolan gör en plan för hur K. ska ta igen
  missade moment inför betygen, klar senast 2024-10-18.

ANDRA AKTÖRER
Föräldrarna är ett viktigt stöd hemma.

HUVUDANSVAR
BUP

UPPFÖLJNING
Nästa SIP-möte 2024-11-12 kl. 14.00 på BUP Västerås.

DELTAGARE
K. (första halvan av mötet)
Mamma och pappa, vårdnadshavare
Psykolog, BUP Västerås, ätstörningsteamet
Läkare, BUP Västerås, ätstörningsteamet
Kurator, VUP (Vård- och utredningsenheten för unga), IFO Västerås stad
Mentor, Rönnbyskolan, Västerås stad
Skolsköterska, elevhälsan Rönnbyskolan, Västerås stad

Antecknat av: psykolog, BUP Västerås
"""


def p06():
    data = TXT06.replace("\n", "\r\n").encode("utf-8")
    name(6, "txt").write_bytes(data)


# =========================================================== 07: LSS follow-up (docx)

def p07():
    doc = base_doc("Arial", 10)
    sec = doc.sections[0]
    header_footer(sec, "Hallstahammars kommun – Stöd och omsorg, LSS",
                  footer="Uppföljning av SIP – utskriftsversion")
    t = doc.add_paragraph()
    r = t.add_run("Uppföljning av samordnad individuell plan (SIP)")
    r.bold = True
    r.font.size = Pt(15)

    fields = [
        ("Namn", "J."),
        ("Personnummer", "ÅÅMMDD-XXXX"),
        ("Datum för uppföljningsmöte", "2025-03-18"),
        ("Ursprunglig plan upprättad", "2024-09-10"),
        ("Syfte med SIP", "Se tidigare plan"),
        ("Huvudansvarig för planen", "Oförändrat"),
        ("Samtycke", "Se tidigare plan"),
        ("Frågeställningar", "Gå igenom planen och hur det har gått sedan sist."),
        ("J:s mål", "Oförändrat"),
        ("J:s delaktighet", "J. deltog i mötet med stöd av sin kontaktman."),
    ]
    tb = doc.add_table(rows=len(fields), cols=2)
    tb.style = "Table Grid"
    for i, (k, v) in enumerate(fields):
        cell_text(tb.rows[i].cells[0], k, bold=True)
        shade(tb.rows[i].cells[0], "EDEDED")
        cell_text(tb.rows[i].cells[1], v)
    fixed_widths(tb, [5.0, 11.6])

    bold_para(doc, "Kort om läget", space_before=12)
    doc.add_paragraph(
        "J. är 23 år, har måttlig intellektuell funktionsnedsättning och epilepsi och bor "
        "på Gruppbostaden Eken sedan 2022. Sedan förra mötet har han bytt grupp på den "
        "dagliga verksamheten och trivs bättre. Han hade ett nytt epileptiskt anfall i "
        "januari. Personalen på gruppbostaden beskriver att han vaknar flera gånger per natt "
        "och är trött på dagarna.")

    bold_para(doc, "Status för insatser från tidigare plan", space_before=10)
    rows = [
        ("Insats", "Ansvarig", "Tidpunkt", "Status", "Kommentar"),
        ("Daglig verksamhet LSS 4 dagar/vecka", "Daglig verksamhet LSS, Hallstahammars kommun",
         "Som tidigare", "Pågår", "Bytt från verkstaden till trädgårdsgruppen i februari."),
        ("Epilepsiuppföljning, läkarbesök", "Neurologmottagningen, Västmanlands sjukhus Västerås",
         "2025-04-09", "Pågår", "Dosjustering efter anfall i januari."),
        ("Bildschema för dagens aktiviteter i bostaden", "Logoped, Vuxenhabiliteringen Västerås",
         "2024-10-01 – 2025-01-31", "Avslutad", "Schemat används varje dag."),
        ("Träning i att åka buss själv till daglig verksamhet", "Personal, Gruppbostaden Eken",
         "Som tidigare", "Som tidigare", ""),
        ("Anpassad tandvård", "Som tidigare", "Som tidigare", "Som tidigare", ""),
        ("Fritidsaktivitet: bowling med ledsagare varannan lördag", "Ledsagarservice LSS, "
         "Hallstahammars kommun", "Som tidigare", "Pågår", "Fungerar bra."),
    ]
    tb2 = doc.add_table(rows=len(rows), cols=5)
    tb2.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            cell_text(tb2.rows[i].cells[j], v, bold=(i == 0), size=9)
            if i == 0:
                shade(tb2.rows[i].cells[j], "D9D9D9")
    set_repeat_header(tb2.rows[0])
    fixed_widths(tb2, [4.4, 4.0, 2.6, 2.0, 3.6])

    bold_para(doc, "Nya insatser", space_before=10)
    rows3 = [
        ("Insats", "Ansvarig", "Start", "Klart"),
        ("Sömnkartläggning med sömndagbok som personalen fyller i",
         "Sjuksköterska, Vuxenhabiliteringen Västerås", "2025-03-25", "2025-05-31"),
        ("Genomgång av kvällsrutiner i bostaden utifrån kartläggningen",
         "Enhetschef, Gruppbostaden Eken", "2025-06-02", "2025-06-30"),
    ]
    tb3 = doc.add_table(rows=len(rows3), cols=4)
    tb3.style = "Table Grid"
    for i, row in enumerate(rows3):
        for j, v in enumerate(row):
            cell_text(tb3.rows[i].cells[j], v, bold=(i == 0), size=9)
            if i == 0:
                shade(tb3.rows[i].cells[j], "D9D9D9")
    fixed_widths(tb3, [7.0, 5.0, 2.3, 2.3])

    bold_para(doc, "Andra aktörer", space_before=10)
    doc.add_paragraph("J. har god man. Mamma har kontakt med gruppbostaden.")

    bold_para(doc, "Nästa uppföljning", space_before=10)
    doc.add_paragraph("Om ett halvår.")

    bold_para(doc, "Deltagare", space_before=10)
    dl = [
        ("Namn", "Funktion", "Verksamhet / organisation"),
        ("J.", "Den enskilde", ""),
        ("Emma", "Kontaktman, stödassistent", "Gruppbostaden Eken, Hallstahammars kommun"),
        ("Robert", "LSS-handläggare", "Myndighetsenheten, Hallstahammars kommun"),
        ("Nadia", "Sjuksköterska", "Vuxenhabiliteringen Västerås, Region Västmanland"),
        ("Tomas", "Arbetsledare", "Daglig verksamhet LSS, Hallstahammars kommun"),
    ]
    tb4 = doc.add_table(rows=len(dl), cols=3)
    tb4.style = "Table Grid"
    for i, row in enumerate(dl):
        for j, v in enumerate(row):
            cell_text(tb4.rows[i].cells[j], v, bold=(i == 0), size=9)
    fixed_widths(tb4, [2.6, 5.0, 9.0])
    save_docx(doc, name(7, "docx"))


# =========================================================== 08: almost empty template -> PDF

def p08(tmp):
    doc = base_doc("Arial", 10)
    add_placeholder_style(doc)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("NORBERGS KOMMUN")
    r.bold = True
    r.font.size = Pt(11)
    r2 = hp.add_run("\t\tMall SIP v. 2023-05")
    r2.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    rf = fp.add_run("Blanketten förvaras i personakt/journal hos respektive huvudman. "
                    "Samverkansrutin SIP, Västmanlands län.   ")
    rf.font.size = Pt(7)
    add_page_field(fp, size=7)

    t = doc.add_paragraph()
    rt = t.add_run("SAMORDNAD INDIVIDUELL PLAN – SIP")
    rt.bold = True
    rt.font.size = Pt(15)
    doc.add_paragraph("Enligt 2 kap. 7 § SoL och 16 kap. 4 § HSL").runs[0].font.size = Pt(8)

    def form_table(rows, widths=(4.2, 12.8)):
        tb = doc.add_table(rows=len(rows), cols=2)
        tb.style = "Table Grid"
        for i, (lab, val) in enumerate(rows):
            c0 = tb.rows[i].cells[0]
            shade(c0, "EEF3F8")
            lines = lab.split("\n")
            p = c0.paragraphs[0]
            for k, ln in enumerate(lines):
                rr = p.add_run(ln)
                rr.bold = ("(" not in ln)
                rr.font.size = Pt(9 if "(" not in ln else 7.5)
                if k < len(lines) - 1:
                    rr.add_break()
            c1 = tb.rows[i].cells[1]
            p1 = c1.paragraphs[0]
            if val is None:
                add_content_control(p1, size=9)
            elif isinstance(val, str):
                rv = p1.add_run(val)
                rv.font.size = Pt(9.5)
            else:  # callable builder
                val(c1)
        fixed_widths(tb, list(widths))
        return tb

    def subtitle(txt):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(8)
        p.paragraph_format.space_after = Pt(2)
        p.paragraph_format.keep_with_next = True
        rr = p.add_run(txt)
        rr.bold = True
        rr.font.size = Pt(10.5)
        rr.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)

    def checkbox_cell(options, with_date=True):
        def build(cell):
            p = cell.paragraphs[0]
            for o in options:
                rr = p.add_run("☐ " + o + "     ")
                rr.font.size = Pt(9.5)
            if with_date:
                p2 = cell.add_paragraph()
                rr = p2.add_run("Datum: ")
                rr.font.size = Pt(9)
                add_content_control(p2, size=9)
        return build

    subtitle("1. Uppgifter om mötet")
    form_table([
        ("Datum för\nSIP-mötet", "2025-03-04"),
        ("Enhet/\nförvaltning", "Individ- och familjeomsorgen, Norbergs kommun"),
        ("Plats för mötet", None),
    ])
    subtitle("2. Den enskilde")
    form_table([
        ("Namn", None),
        ("Personnummer\n(ÅÅMMDD-XXXX)", None),
        ("Vårdnadshavare\n(om barn under 18 år)", None),
        ("Behov av tolk", checkbox_cell(["Ja", "Nej"], with_date=False)),
    ])
    subtitle("3. Samtycke")
    form_table([
        ("Samtycke till SIP\n(hur samtycke har lämnats)",
         checkbox_cell(["Muntligt", "Skriftligt", "Vårdnadshavare samtycker"])),
    ])
    subtitle("4. Deltagare")
    form_table([
        ("Deltagare\n(namn, funktion, verksamhet)", None),
        ("Den enskildes\ndelaktighet\n(Hur har personen deltagit? Vad tycker personen?)", None),
    ])
    subtitle("5. Syfte och frågeställningar")
    form_table([
        ("Syfte med SIP\n(Varför behövs en samordnad plan?)", None),
        ("Frågeställningar\ninför mötet\n(Vad ska vi komma överens om?)", None),
        ("Den enskildes mål\n(med egna ord)", None),
    ])
    subtitle("6. Insatser")
    ins = doc.add_table(rows=4, cols=4)
    ins.style = "Table Grid"
    heads = ["Insats/åtgärd", "Ansvarig verksamhet\n(och funktion)", "Start\n(datum)",
             "Klart/uppföljs\n(datum)"]
    for j, h in enumerate(heads):
        c = ins.rows[0].cells[j]
        shade(c, "EEF3F8")
        lines = h.split("\n")
        p = c.paragraphs[0]
        for k, ln in enumerate(lines):
            rr = p.add_run(ln)
            rr.bold = "(" not in ln
            rr.font.size = Pt(9 if "(" not in ln else 7.5)
            if k < len(lines) - 1:
                rr.add_break()
    for i in range(1, 4):
        for j in range(4):
            add_content_control(ins.rows[i].cells[j].paragraphs[0], size=8)
    set_repeat_header(ins.rows[0])
    fixed_widths(ins, [6.2, 4.6, 3.1, 3.1])
    subtitle("7. Andra aktörer och huvudansvar")
    form_table([
        ("Andra aktörers\ninsatser\n(t.ex. Försäkringskassan, Arbetsförmedlingen, god man, "
         "närstående, den enskilde själv)", None),
        ("Huvudansvarig\nför planen\n(namn, funktion, verksamhet)", None),
    ])
    subtitle("8. Uppföljning")
    form_table([
        ("Uppföljning\n(datum för nästa möte)", None),
        ("Kallelse skickas av\n(funktion, verksamhet)", None),
        ("Planen har\nlämnats till", checkbox_cell(["Den enskilde", "Vårdnadshavare",
                                                    "Samtliga deltagare"],
                                                   with_date=False)),
    ])

    src = Path(tmp) / f"{PREFIX}-08.docx"
    save_docx(doc, src)
    to_pdf(src, name(8, "pdf"))


def main():
    OUT.mkdir(exist_ok=True)
    for f in OUT.glob(f"{PREFIX}-*"):
        f.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        p01()
        p02()
        p03(tmp)
        p04()
        p05()
        p06()
        p07()
        p08(tmp)
    for f in sorted(OUT.iterdir()):
        print(f.name, f.stat().st_size)


if __name__ == "__main__":
    main()
