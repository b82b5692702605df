#!/usr/bin/env python
"""Generate the f14a batch of fictional, anonymized SIP plans into plans/.

Run with python generate_a.py
Deterministic: fixed dates, no randomness.
"""
import copy
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f14a"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_M = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"


def path(n, ext):
    return os.path.join(OUT, f"{PREFIX}-{n:02d}.{ext}")


def soffice_pdf(docx_path, final_pdf):
    """Convert a .docx to PDF with LibreOffice, using our own profile."""
    tmp = tempfile.mkdtemp(prefix="f14a-conv-")
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file:///tmp/lo-{PREFIX}", "--headless",
         "--convert-to", "pdf", "--outdir", tmp, docx_path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    produced = os.path.join(tmp, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
    shutil.move(produced, final_pdf)
    fix_pdf_dates(final_pdf)
    shutil.rmtree(tmp, ignore_errors=True)


FIXED_ZIP_TIME = (2025, 1, 1, 12, 0, 0)


def save_docx(doc, target, when):
    """Save with fixed core properties and fixed zip timestamps (deterministic)."""
    import datetime
    import re
    import zipfile
    cp = doc.core_properties
    cp.author = "Handläggare"
    cp.last_modified_by = "Handläggare"
    cp.created = cp.modified = datetime.datetime(*when)
    cp.revision = 1
    doc.save(target)
    with zipfile.ZipFile(target) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def fix_pdf_dates(pdf_path, stamp=b"20250101120000"):
    """LibreOffice writes the conversion time; overwrite it with a fixed,
    same-length stamp so that byte offsets stay valid."""
    import re
    data = open(pdf_path, "rb").read()
    data = re.sub(rb"D:\d{14}", b"D:" + stamp, data)
    data = re.sub(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d",
                  lambda m: m.group(1) + b"2025-01-01T12:00:00", data)
    data = re.sub(rb"/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]",
                  lambda m: re.sub(rb"<[0-9A-Fa-f]+>", lambda h: b"<" + b"0" * (len(h.group(0)) - 2) + b">",
                                   m.group(0)), data)
    data = re.sub(rb"/DocChecksum /[0-9A-Fa-f]{32}", b"/DocChecksum /" + b"0" * 32, data)
    open(pdf_path, "wb").write(data)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def row_height(row, cm):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:trHeight")
    h.set(qn("w:val"), str(int(cm * 567)))
    h.set(qn("w:hRule"), "atLeast")
    trPr.append(h)


def set_col_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def add_field(paragraph, instr, size=None):
    """Insert a simple Word field (PAGE, NUMPAGES) as fldChar runs."""
    def run():
        r = OxmlElement("w:r")
        if size:
            rpr = OxmlElement("w:rPr")
            sz = OxmlElement("w:sz")
            sz.set(qn("w:val"), str(int(size * 2)))
            rpr.append(sz)
            r.append(rpr)
        return r
    r1 = run(); fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "begin"); r1.append(fc)
    r2 = run(); it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "; r2.append(it)
    r3 = run(); fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "separate"); r3.append(fc)
    r4 = run(); t = OxmlElement("w:t"); t.text = "1"; r4.append(t)
    r5 = run(); fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "end"); r5.append(fc)
    for r in (r1, r2, r3, r4, r5):
        paragraph._p.append(r)


def cell_text(cell, text, bold=False, size=None, italic=False, color=None):
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
    return p


def base_font(doc, name="Calibri", size=11):
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


# ---------------------------------------------------------------------------
# 01  Regional record-system print: SIP as journal notes (fpdf2)
# ---------------------------------------------------------------------------

class JournalPDF(FPDF):
    system = "Cosmic  –  Journalutskrift"
    printed = "Utskriftsdatum: 2024-11-21 10:14"
    patient = "XXXXXX-XXXX   J. NN"

    def header(self):
        self.set_font("DejaVu", "B", 9)
        self.cell(95, 5, self.system, border=0)
        self.set_font("DejaVu", "", 8)
        self.cell(0, 5, f"Sida {self.page_no()} ({{nb}})", border=0, align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.cell(95, 4.5, "Region Västmanland  ·  Psykiatri", border=0)
        self.cell(0, 4.5, self.printed, border=0, align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_font("DejaVu", "B", 9)
        self.cell(95, 5, "Patient: " + self.patient, border=0)
        self.set_font("DejaVu", "", 8)
        self.cell(0, 5, "Utskriven av: Kurator, Psykiatrisk avd 3", border=0, align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(0)
        self.set_line_width(0.4)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(4)

    def footer(self):
        self.set_y(-13)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(90)
        self.cell(0, 4, "Journalutdrag – urval: Journaltext, mall \"SIP – samordnad individuell plan\" "
                        "samt \"Omvårdnad\". Utskriften är inte fullständig.", align="L")
        self.set_text_color(0)


def note(pdf, date, time, func, unit, title, rows, signed):
    pdf.set_fill_color(225, 230, 238)
    pdf.set_font("DejaVu", "B", 9)
    pdf.cell(34, 6, f"{date} {time}", border="TLB", fill=True)
    pdf.cell(58, 6, func, border="TB", fill=True)
    pdf.cell(0, 6, unit, border="TRB", fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 8)
    pdf.cell(0, 5, f"Journaltext: {title}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    for key, val in rows:
        pdf.set_font("DejaVu", "B", 9)
        x0 = pdf.l_margin
        pdf.set_x(x0)
        pdf.cell(34, 5, key + ":")
        pdf.set_font("DejaVu", "", 9)
        pdf.multi_cell(0, 5, val, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)
    pdf.set_font("DejaVu", "", 7.5)
    pdf.set_text_color(80)
    pdf.cell(0, 4.5, signed, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0)
    pdf.ln(4)


def make_01():
    pdf = JournalPDF(format="A4")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_margins(18, 14, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.alias_nb_pages()
    pdf.add_page()

    note(pdf, "2024-11-12", "09:40", "Kurator", "Psykiatrisk slutenvård avd 3, Västerås",
         "SIP – samordnad individuell plan",
         [("Aktuellt", "Pat inlagd sedan 2024-10-28 enl. HSL efter maniskt skov med sömnlöshet, "
                       "impulsiva köp och konflikt med grannar. Lugnare senaste veckan, sover 6–7 "
                       "tim/natt. Utskrivning planeras till v. 48. Pat bor ensam i hyresrätt i Köping, "
                       "har sjukpenning sedan i somras. Har tidigare haft kontakt med Vuxenpsykiatrin "
                       "Köping men uteblev under hösten."),
          ("Bedömning", "Behov av samordnade insatser från psykiatrins öppenvård och socialtjänsten "
                        "i Köping inför hemgång. Pat instämmer i att han behöver stöd de första "
                        "månaderna."),
          ("Planering", "SIP-möte bokas 2024-11-19 kl. 13.00 på avdelningen. Kallelse skickad till "
                        "Vuxenpsykiatrin Köping och socialtjänsten Köpings kommun, vuxenenheten.")],
         "Signerad 2024-11-12 09:58 av Kurator, Psykiatrisk slutenvård avd 3")

    note(pdf, "2024-11-19", "14:15", "Kurator", "Psykiatrisk slutenvård avd 3, Västerås",
         "SIP – samordnad individuell plan",
         [("Närvarande", "Patienten J.\n"
                         "Kurator Elin, Psykiatrisk slutenvård avd 3 Västerås\n"
                         "Skötare Robin, Psykiatrisk slutenvård avd 3 Västerås\n"
                         "Sjuksköterska Tomas, Vuxenpsykiatrin Köping, öppenvårdsmottagningen\n"
                         "Biståndshandläggare Maria, Socialtjänsten Köpings kommun, vuxenenheten\n"
                         "Boendestödjare Aida, Boendestödet Köpings kommun"),
          ("Syfte", "SIP upprättas för att J. ska kunna skrivas ut till sin lägenhet i Köping med "
                    "ett samordnat stöd från psykiatrin och kommunen, och för att minska risken "
                    "för ett nytt skov och en ny inläggning under vintern."),
          ("Frågeställning", "Gå igenom läget inför utskrivning."),
          ("Patientens syn", "J. säger: \"Jag vill klara mig själv hemma och komma tillbaka till "
                             "jobbet på verkstaden till våren.\" Han vill ha hjälp att få ordning "
                             "på räkningarna och komma in i rutiner, men vill inte ha besök varje "
                             "dag. Vill helst träffa samma personer på mottagningen."),
          ("Bedömning", "Pat stabil på litium, god sjukdomsinsikt idag. Ekonomin bedöms vara "
                        "ett stressmoment (obetalda räkningar efter skovet). Försäkringskassan "
                        "är inkopplad (sjukpenning)."),
          ("Åtgärd", "1. Utskrivning från avd 3 2024-11-26. Läkemedelslista och epikris skickas "
                     "till Vuxenpsykiatrin Köping samma dag (avdelningsläkare).\n"
                     "2. Vuxenpsykiatrin Köping: ssk Tomas blir fast vårdkontakt, första "
                     "besök 2024-11-28. Läkarbesök med litiumkontroll 2024-12-05.\n"
                     "3. Boendestöd 2 ggr/vecka (struktur, tvätt, post och räkningar) beviljas av "
                     "biståndshandläggare Maria, Köpings kommun. Start 2024-12-02, "
                     "boendestödjare Aida.\n"
                     "4. Kontakt med budget- och skuldrådgivningen ska tas angående skulderna."),
          ("Ansvar", "Ansvar för planen: Psykiatrin."),
          ("Planering", "Kopia av SIP lämnas till pat vid utskrivning.")],
         "Signerad 2024-11-19 15:02 av Kurator, Psykiatrisk slutenvård avd 3")

    note(pdf, "2024-11-19", "16:02", "Sjuksköterska", "Vuxenpsykiatrin Köping, öppenvård",
         "Omvårdnad",
         [("Aktuellt", "Deltog i SIP-möte på avd 3 idag. Pat känner igen mig från tidigare "
                       "kontakt. Vi går igenom hur han når mottagningen via växeln och vad han "
                       "gör om sömnen försämras igen."),
          ("Åtgärd", "Besökstid 2024-11-28 kl. 10.00 bokad och lämnad till pat. Tidsbok för "
                     "litiumprov 2024-12-03 på lab."),
          ("Planering", "Uppföljande SIP-möte om ca 3 månader. Kallelse skickas från öppenvården.")],
         "Signerad 2024-11-19 16:20 av Sjuksköterska, Vuxenpsykiatrin Köping")

    note(pdf, "2024-11-20", "11:30", "Skötare", "Psykiatrisk slutenvård avd 3, Västerås",
         "Omvårdnad",
         [("Aktuellt", "Pat på permission i lägenheten 10–15 tillsammans med personal. Posten "
                       "sorterad tillsammans med personal, kylskåpet rensat. Lugn och "
                       "samarbetsvillig. Sover gott."),
          ("Planering", "Ny permission över natten 2024-11-23–24 enl. ordination.")],
         "Signerad 2024-11-20 14:05 av Skötare, Psykiatrisk slutenvård avd 3")

    import datetime
    pdf.set_creation_date(datetime.datetime(2024, 11, 21, 10, 14, tzinfo=datetime.timezone.utc))
    pdf.set_creator("Cosmic Journalutskrift")
    pdf.output(path(1, "pdf"))


# ---------------------------------------------------------------------------
# 02  Word template with content controls (w:sdt)
# ---------------------------------------------------------------------------

W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
PLACEHOLDER = "Klicka eller tryck här för att ange text."
_sdt_id = [81204]


def _next_id():
    _sdt_id[0] += 37
    return str(_sdt_id[0])


def add_sdt_text(paragraph, text, tag, placeholder=False, bold=False):
    """Append a run-level plain/rich text content control to paragraph."""
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    if placeholder:
        rpr = OxmlElement("w:rPr")
        rs = OxmlElement("w:rStyle")
        rs.set(qn("w:val"), "Platshllartext")
        rpr.append(rs)
        pr.append(rpr)
    alias = OxmlElement("w:alias")
    alias.set(qn("w:val"), tag)
    pr.append(alias)
    t = OxmlElement("w:tag")
    t.set(qn("w:val"), tag)
    pr.append(t)
    i = OxmlElement("w:id")
    i.set(qn("w:val"), _next_id())
    pr.append(i)
    ph = OxmlElement("w:placeholder")
    dp = OxmlElement("w:docPart")
    dp.set(qn("w:val"), "DefaultPlaceholder_-1854013440")
    ph.append(dp)
    pr.append(ph)
    if placeholder:
        pr.append(OxmlElement("w:showingPlcHdr"))
    pr.append(OxmlElement("w:text" if "\n" not in text else "w:richText"))
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    lines = [PLACEHOLDER] if placeholder else text.split("\n")
    for k, line in enumerate(lines):
        r = OxmlElement("w:r")
        rpr = OxmlElement("w:rPr")
        if placeholder:
            rs = OxmlElement("w:rStyle")
            rs.set(qn("w:val"), "Platshllartext")
            rpr.append(rs)
        if bold:
            rpr.append(OxmlElement("w:b"))
        if len(rpr):
            r.append(rpr)
        if k:
            r.append(OxmlElement("w:br"))
        tx = OxmlElement("w:t")
        tx.set(qn("xml:space"), "preserve")
        tx.text = line
        r.append(tx)
        content.append(r)
    sdt.append(content)
    paragraph._p.append(sdt)
    return sdt


def add_sdt_checkbox(paragraph, checked, tag):
    xml = (
        f'<w:sdt {nsdecls("w")} xmlns:w14="{W14}">'
        f'<w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/><w:id w:val="{_next_id()}"/>'
        f'<w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
        f'<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
        f'<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
        f'<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" '
        f'w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr><w:t>{"☒" if checked else "☐"}</w:t></w:r>'
        f'</w:sdtContent></w:sdt>')
    paragraph._p.append(parse_xml(xml))


def add_placeholder_style(doc):
    from docx.enum.style import WD_STYLE_TYPE
    st = doc.styles.add_style("Platshållartext", WD_STYLE_TYPE.CHARACTER)
    st.element.set(qn("w:styleId"), "Platshllartext")
    st.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    st.hidden = False
    return st


def make_02():
    doc = Document()
    base_font(doc, "Calibri", 10.5)
    add_placeholder_style(doc)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = Cm(2.0)
    hp = sec.header.paragraphs[0]
    hp.text = "Arboga kommun  |  Region Västmanland"
    hp.runs[0].font.size = Pt(9)
    hp2 = sec.header.add_paragraph("Mall SIP barn och unga, version 2024:1")
    hp2.runs[0].font.size = Pt(8)
    hp2.runs[0].font.color.rgb = RGBColor(0x60, 0x60, 0x60)
    fp = sec.footer.paragraphs[0]
    fp.text = "Planen förvaras hos huvudansvarig. Kopia till den enskilde/vårdnadshavare och deltagande verksamheter."
    fp.runs[0].font.size = Pt(8)

    t = doc.add_paragraph()
    r = t.add_run("Samordnad individuell plan (SIP)")
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    doc.add_paragraph("Enligt 2 kap. 7 § socialtjänstlagen och 16 kap. 4 § hälso- och sjukvårdslagen").runs[0].font.size = Pt(8.5)

    def form_table(rows, widths=(5.0, 12.0)):
        tbl = doc.add_table(rows=0, cols=2)
        tbl.style = "Table Grid"
        for label, kind, val in rows:
            row = tbl.add_row()
            lc, vc = row.cells
            shade(lc, "DEEAF6")
            cell_text(lc, label, bold=True, size=10)
            p = vc.paragraphs[0]
            if kind == "text":
                add_sdt_text(p, val, label)
            elif kind == "ph":
                add_sdt_text(p, "", label, placeholder=True)
            elif kind == "raw":
                val(p)
        set_col_widths(tbl, widths)
        return tbl

    def h(text):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(12)
        r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)

    h("1. Personuppgifter")
    form_table([
        ("Namn", "text", "E."),
        ("Personnummer", "text", "ÅÅMMDD-XXXX"),
        ("Vårdnadshavare", "text", "Mamma S. och pappa M. (gemensam vårdnad)"),
        ("Skola/klass", "text", "Gäddgårdsskolan, Arboga, åk 8"),
    ])

    h("2. Mötet")

    def samtycke(p):
        p.add_run("Samtycke lämnat:  ")
        add_sdt_checkbox(p, True, "Samtycke muntligt")
        p.add_run(" Muntligt   ")
        add_sdt_checkbox(p, False, "Samtycke skriftligt")
        p.add_run(" Skriftligt     Datum: ")
        add_sdt_text(p, "2025-02-03", "Samtycke datum")
        p2 = p._parent.add_paragraph()
        p2.add_run("Av vem: ")
        add_sdt_text(p2, "E. och mamma S. på mötet, pappa M. per telefon samma dag", "Samtycke av")

    def deltagit(p):
        p.add_run("Den enskilde deltog:  ")
        add_sdt_checkbox(p, True, "Deltog ja")
        p.add_run(" Ja   ")
        add_sdt_checkbox(p, False, "Deltog nej")
        p.add_run(" Nej")

    form_table([
        ("Datum och plats", "text", "2025-02-03 kl. 13.00–14.30, Gäddgårdsskolan, elevhälsans konferensrum"),
        ("Samtycke", "raw", samtycke),
        ("Deltagande", "raw", deltagit),
        ("Deltagare (namn, funktion, verksamhet)", "text",
         "E. och mamma S.\n"
         "Linnea, skolkurator, Elevhälsan Gäddgårdsskolan, Arboga kommun\n"
         "Johan, mentor, Gäddgårdsskolan\n"
         "Karin, rektor, Gäddgårdsskolan\n"
         "Amir, psykolog, BUP Västerås\n"
         "Petra, familjebehandlare, Socialtjänsten Arboga, barn och familj"),
    ])

    h("3. Syfte och frågeställningar")
    form_table([
        ("Syfte med SIP", "text", "Samordning av insatser."),
        ("Frågeställningar", "ph", None),
    ])

    h("4. Den enskildes mål och synpunkter")
    form_table([
        ("Mål", "text", "Målet är att E. ska kunna gå till skolan minst halva dagar och må bättre."),
        ("Den enskildes synpunkter", "text",
         "E. var med under hela mötet. Hon tycker att det stora klassrummet och matsalen är det "
         "jobbigaste och vill kunna sitta i mindre grupp. Hon vill inte byta skola. Mamma S. "
         "berättar att morgnarna är svårast och att E. ofta har ont i magen på söndagskvällar."),
    ])

    h("5. Insatser – vem gör vad och när")
    tbl = doc.add_table(rows=1, cols=3)
    tbl.style = "Table Grid"
    for c, txt in zip(tbl.rows[0].cells, ["Insats", "Ansvarig (verksamhet, funktion)", "Från när"]):
        shade(c, "1F4E79")
        cell_text(c, txt, bold=True, size=10, color="FFFFFF")
    repeat_header(tbl.rows[0])
    ins = [
        ("Anpassad studiegång: undervisning i liten grupp (Studion) tre förmiddagar i veckan, "
         "övriga lektioner enligt schema med mentor som kontaktperson.",
         "Rektor Karin, Gäddgårdsskolan", "2025-02-10"),
        ("Stödsamtal med skolkurator varje tisdag, fokus på närvaro och oro inför skoldagen.",
         "Skolkurator Linnea, Elevhälsan Gäddgårdsskolan", "2025-02-11"),
        ("KBT-behandling för ångest, 12 tillfällen, med exponering kopplad till skolan.",
         "Psykolog Amir, BUP Västerås", "2025-02-19"),
        ("Föräldrastöd till mamma och pappa, hur de kan stötta morgonrutiner (6 träffar).",
         "Familjebehandlare Petra, Socialtjänsten Arboga, barn och familj", "2025-03-03"),
    ]
    for a, b, c in ins:
        row = tbl.add_row()
        for cell, val, tag in zip(row.cells, (a, b, c), ("Insats", "Ansvarig", "Från när")):
            add_sdt_text(cell.paragraphs[0], val, tag)
    set_col_widths(tbl, (8.5, 5.5, 3.0))

    h("6. Andra aktörer")
    form_table([
        ("Andra aktörers insatser (t.ex. FK, föreningar, närstående)", "ph", None),
    ])

    h("7. Ansvar och uppföljning")
    form_table([
        ("Huvudansvarig för planen", "text", "Linnea, skolkurator, Elevhälsan Gäddgårdsskolan, Arboga kommun"),
        ("Uppföljning", "text", "2025-04-08 kl. 13.00, Gäddgårdsskolan"),
        ("Planen upprättad av", "text", "Linnea, skolkurator"),
    ])
    save_docx(doc, path(2, "docx"), (2025, 2, 3, 15, 12))


# ---------------------------------------------------------------------------
# 03  Somatic ward discharge plan export, Windows-1252, CRLF
# ---------------------------------------------------------------------------

TXT03 = """\
================================================================================
SAMORDNAD VÅRDPLAN INFÖR UTSKRIVNING
================================================================================
Utskrift från Lifecare SP                              2025-01-17 11:32
Region Västmanland / Sala kommun

Patient:                    B., XXXXXX-XXXX
Folkbokförd kommun:         Sala
Inskrivningsdatum:          2025-01-09
Beräknat utskrivningsdatum: 2025-01-20
Utskrivande enhet:          Ortopedavdelning 7, Västmanlands sjukhus Västerås

Fast vårdkontakt slutenvård:  Sjuksköterska, Ortopedavdelning 7
Fast vårdkontakt primärvård:  Distriktssköterska Karin, Vårdcentralen Sala
                              Väsby
Samordningsansvarig:          Distriktssköterska Karin, Vårdcentralen Sala
                              Väsby

Samtycke till informationsöverföring: Ja

--------------------------------------------------------------------------------
MÖTESDELTAGARE
--------------------------------------------------------------------------------
Vårdplanering via Skype 2025-01-16 kl. 10.30.
Patient, dotter, sjuksköterska, biståndshandläggare, arbetsterapeut,
distriktssköterska.

--------------------------------------------------------------------------------
AKTUELLT
--------------------------------------------------------------------------------
84-årig man, änkling, bor ensam i villa med trappa till övervåningen. Föll i
hemmet 2025-01-09, fick ligga på golvet några timmar innan dottern hittade
honom. Höger höftfraktur, opererad med hemiartroplastik 2025-01-10. Lätt
förvirrad första dygnen postop, nu orienterad. Går med rollator på
avdelningen med tillsyn, klarar inte trappor. Tidigare helt självständig,
ingen hemtjänst. Diabetes typ 2 (tablettbehandlad), lätt hjärtsvikt.

Läkemedel: enligt bifogad läkemedelslista. Blodförtunnande (Fragmin) t.o.m.
2025-02-07, patienten ger själv med tillsyn första veckan.

--------------------------------------------------------------------------------
MÅL
--------------------------------------------------------------------------------
Att patienten ska kunna återgå till ordinärt boende med stöd av hemtjänst och
förflytta sig säkert inomhus med rollator.

--------------------------------------------------------------------------------
PATIENTENS DELAKTIGHET
--------------------------------------------------------------------------------
Patienten har deltagit i vårdplaneringen.

--------------------------------------------------------------------------------
PLANERADE INSATSER EFTER UTSKRIVNING
--------------------------------------------------------------------------------
Enhet                         Insats                               Från
- Hemtjänst Sala norra        Hjälp morgon och kväll: dusch,       2025-01-20
                              påklädning, tillsyn, Fragmin-
                              tillsyn, inköp 1 ggr/v
- Larmcentralen Sala kommun   Trygghetslarm installeras            2025-01-20
- Rehab Sala kommun,          Hembesök, bedömning av bostaden,     2025-01-21
  arbetsterapeut              toalettförhöjning och duschpall
- Rehab Sala kommun,          Gångträning i hemmet 2 ggr/v         2025-01-27
  fysioterapeut
- Vårdcentralen Sala Väsby,   Suturtagning, blodsocker- och        2025-01-24
  distriktssköterska          viktkontroll
- Ortopedmottagningen         Röntgen och återbesök, kallelse
  Västerås                    skickas
- Dotter                      Handlar större inköp, följer med     2025-01-20
                              till återbesök, har reservnyckel

Övrigt: Sängen flyttas till vardagsrummet av dottern före hemgång.

--------------------------------------------------------------------------------
UPPFÖLJNING
--------------------------------------------------------------------------------
Uppföljning av vårdplanen görs av fast vårdkontakt i primärvården inom två
veckor efter hemkomst.

Dokumenterad av: Sjuksköterska, Ortopedavdelning 7         2025-01-16 11:58
Fastställd i Lifecare SP                                  2025-01-17 11:30
"""


def make_03():
    data = TXT03.replace("\r\n", "\n").replace("\n", "\r\n").encode("cp1252")
    with open(path(3, "txt"), "wb") as f:
        f.write(data)


# ---------------------------------------------------------------------------
# 04  Child-friendly plan for a 10-year-old (docx)
# ---------------------------------------------------------------------------

def make_04():
    doc = Document()
    base_font(doc, "Comic Sans MS", 12)
    for lvl, color in ((1, "2E75B6"), (2, "C55A11")):
        st = doc.styles[f"Heading {lvl}"]
        st.font.name = "Comic Sans MS"
        st.font.color.rgb = RGBColor.from_string(color)
        st.font.size = Pt(22 if lvl == 1 else 15)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    fp = sec.footer.paragraphs[0]
    fp.text = "Min SIP – samordnad individuell plan"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.runs[0].font.size = Pt(9)

    doc.add_heading("Min plan – Elias", level=1)
    p = doc.add_paragraph()
    p.add_run("Det här är din SIP. Den skrevs tillsammans med dig på mötet onsdag 12 mars 2025 "
              "i skolans bibliotek.")

    doc.add_heading("Varför träffades vi?", level=2)
    doc.add_paragraph(
        "Vi träffades för att alla vuxna som hjälper dig i skolan, hemma och på korttids ska "
        "jobba tillsammans, så att du får det lugnare på rasterna och orkar mer när du kommer "
        "hem på eftermiddagen.")

    doc.add_heading("Vilka var med?", level=2)
    for who in ["Du, Elias", "Mamma Sara och pappa Ali", "Maria, din lärare",
                "Jonas, arbetsterapeut", "Lena, handläggare", "Petter, sjuksköterska"]:
        doc.add_paragraph(who, style="List Bullet")

    doc.add_heading("Vad pratade vi om?", level=2)
    tbl = doc.add_table(rows=1, cols=2)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = tbl.rows[0].cells
    cell_text(hdr[0], "💬 Det här tycker jag:", bold=True, size=13)
    cell_text(hdr[1], "💬 Det här tycker de vuxna:", bold=True, size=13)
    shade(hdr[0], "FFF2CC")
    shade(hdr[1], "DDEBF7")
    repeat_header(tbl.rows[0])
    topics = [
        ("Rasterna",
         "Det är för mycket ljud på skolgården och folk springer in i mig. Jag vill ha en kompis "
         "att vara med på rasten.",
         "Elias blir trött och arg efter rasterna. Skolan kan ordna en lugn rast i biblioteket "
         "med en vuxen och ett par kompisar."),
        ("Matten",
         "Jag vill klara matten själv utan att bli arg. Det är bättre när jag får veta vad som "
         "kommer sen.",
         "Elias klarar mycket när han vet vad som ska hända. Ett bildschema och hörselkåpor kan "
         "hjälpa honom att hålla fokus."),
        ("Korttids",
         "Jag kan prova att sova på korttids om jag får ha med min Switch och min kudde.",
         "Mamma och pappa behöver få vila ibland, och Elias kan få träffa andra barn. Vi börjar "
         "med en helg i månaden."),
        ("Sömnen",
         "Jag somnar sent för att jag tänker för mycket.",
         "Sömnmedicinen behöver ses över, och kvällsrutinen hemma kan göras tydligare."),
    ]
    for title, me, adults in topics:
        r1 = tbl.add_row()
        m = r1.cells[0].merge(r1.cells[1])
        cell_text(m, "Om " + title.lower(), bold=True, size=12, color="7F6000")
        shade(m, "F2F2F2")
        r2 = tbl.add_row()
        cell_text(r2.cells[0], "”" + me + "”", italic=True)
        cell_text(r2.cells[1], adults)
        shade(r2.cells[0], "FFF2CC")
        shade(r2.cells[1], "DDEBF7")
    set_col_widths(tbl, (8.3, 8.3))

    doc.add_heading("Vad ska hända nu?", level=2)
    steps = [
        "Varje dag efter lunch får du vara i biblioteket på rasten tillsammans med en vuxen och "
        "två kompisar som du väljer. Maria, din lärare, ordnar det från måndag 17 mars.",
        "Jonas, arbetsterapeut, gör ett bildschema för morgonen hemma och kommer till skolan och "
        "visar dina lärare hur hörselkåporna och bildschemat ska användas.",
        "Du får prova korttids en helg i månaden. Lena, handläggare, skickar beslutet till mamma "
        "och pappa senast 4 april, och första helgen blir 25–27 april.",
        "Petter, sjuksköterska, ringer mamma om sömnmedicinen torsdag 20 mars.",
    ]
    for s in steps:
        doc.add_paragraph(s, style="List Number")

    doc.add_heading("Vad gör du och din familj?", level=2)
    for s in [
        "Du säger till en vuxen, eller visar det röda kortet, när det blir för mycket.",
        "Mamma och pappa packar väskan till korttids tillsammans med dig kvällen innan.",
        "Mormor hämtar dig på fritids varje torsdag, som nu.",
    ]:
        doc.add_paragraph(s, style="List Bullet")

    doc.add_heading("Får vi prata med varandra om dig?", level=2)
    doc.add_paragraph(
        "Ja, det sa du och mamma och pappa på mötet den 12 mars 2025. Mamma och pappa skrev också "
        "under samtyckesblanketten samma dag.")

    doc.add_heading("Vem ser till att allt blir gjort?", level=2)
    doc.add_paragraph(
        "Lena, som är din handläggare. Mamma och pappa kan ringa henne om något inte blir av.")

    doc.add_heading("När ses vi igen?", level=2)
    p = doc.add_paragraph()
    r = p.add_run("Tisdag 10 juni 2025 kl. 14.00 i skolans bibliotek. Du får gärna vara med igen!")
    r.bold = True
    save_docx(doc, path(4, "docx"), (2025, 3, 12, 16, 5))


# ---------------------------------------------------------------------------
# 05  Follow-up plan (docx -> LibreOffice PDF)
# ---------------------------------------------------------------------------

def make_05(tmpdir):
    doc = Document()
    base_font(doc, "Arial", 10)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    hp = sec.header.paragraphs[0]
    hp.text = "Fagersta kommun – Socialtjänsten\tSIP uppföljning\tRegion Västmanland"
    hp.runs[0].font.size = Pt(8.5)
    fp = sec.footer.paragraphs[0]
    fp.text = "Blankett SIP-U, rev. 2023-09"
    fp.runs[0].font.size = Pt(8)

    p = doc.add_paragraph()
    r = p.add_run("Uppföljning av samordnad individuell plan (SIP)")
    r.bold = True
    r.font.size = Pt(16)

    info = doc.add_table(rows=3, cols=4)
    info.style = "Table Grid"
    vals = [("Namn", "T.", "Personnummer", "XXXXXX-XXXX"),
            ("Datum för uppföljning", "2025-05-06", "Ursprunglig plan upprättad", "2025-01-28"),
            ("Plats", "Socialtjänsten Fagersta, rum 2", "Samtycke", "Samtycke finns sedan tidigare.")]
    for row, v in zip(info.rows, vals):
        for i, txt in enumerate(v):
            cell_text(row.cells[i], txt, bold=(i % 2 == 0), size=9.5)
            if i % 2 == 0:
                shade(row.cells[i], "E7E6E6")
    set_col_widths(info, (4.2, 8.6, 4.6, 8.3))

    def field(label, text):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(6)
        p.paragraph_format.space_after = Pt(2)
        r = p.add_run(label + ": ")
        r.bold = True
        p.add_run(text)

    field("Deltagare", "T.; Hanna, socialsekreterare, Socialtjänsten Fagersta, vuxenenheten; "
                       "Jenny, behandlare, Öppenvården Fagersta kommun; Oskar, behandlare, "
                       "Beroendemottagningen Fagersta; Mirja, sjuksköterska, Beroendemottagningen Fagersta")
    field("Syfte", "Se tidigare plan")
    field("Frågeställningar", "Uppföljning av insatserna.")
    field("Mål", "Oförändrat")
    field("Den enskildes delaktighet", "T. deltog på mötet.")

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    r = p.add_run("Uppföljning av insatser")
    r.bold = True
    r.font.size = Pt(12)
    tbl = doc.add_table(rows=1, cols=4)
    tbl.style = "Table Grid"
    for c, txt in zip(tbl.rows[0].cells, ["Tidigare insats", "Status", "Kommentar", "Ny insats/ändring"]):
        cell_text(c, txt, bold=True)
        shade(c, "BDD7EE")
    repeat_header(tbl.rows[0])
    rows = [
        ("Behandlingskontakt Beroendemottagningen", "Pågår", "Fungerar.", "Fortsatt kontakt"),
        ("Stöd från socialtjänstens öppenvård", "Pågår", "T. kommer oftast.", "Fortsatt stöd"),
        ("Boende", "Ej klart", "", "Stöd vid behov"),
        ("Sysselsättning", "Ej påbörjad", "Diskuterades.", "Ses över till nästa gång"),
        ("Ekonomi", "Pågår", "Oförändrat.", "Som tidigare"),
    ]
    for vals in rows:
        row = tbl.add_row()
        for c, txt in zip(row.cells, vals):
            cell_text(c, txt)
        row_height(row, 0.9)
    set_col_widths(tbl, (7.0, 3.2, 7.5, 8.0))

    field("Huvudansvarig för planen", "Hanna, socialsekreterare, Socialtjänsten Fagersta, vuxenenheten")
    field("Nästa uppföljning", "–")
    doc.add_paragraph()
    sig = doc.add_paragraph("Antecknat av: Hanna, socialsekreterare        Datum: 2025-05-06")
    sig.runs[0].font.size = Pt(9)

    dpath = os.path.join(tmpdir, f"{PREFIX}-05.docx")
    save_docx(doc, dpath, (2025, 5, 6, 11, 40))
    soffice_pdf(dpath, path(5, "pdf"))


# ---------------------------------------------------------------------------
# 06  Markdown minutes of a Teams meeting
# ---------------------------------------------------------------------------

MD06 = """\
# Minnesanteckningar – SIP-möte via Teams

**Datum:** 2025-02-11, kl. 09.00–10.15
**Gäller:** R. (Hallstahammar)
**Antecknat av:** Kristina, socialsekreterare

## Deltagare (digitalt)

- Kristina, socialsekreterare, Socialtjänsten Hallstahammar, vuxenenheten
- Mats, boendestödjare, Boendestödet Hallstahammars kommun
- Goran, budget- och skuldrådgivare, Hallstahammars kommun
- Nadia, överläkare, Psykosmottagningen, Vuxenpsykiatrin Västerås
- Lina, sjuksköterska, Psykosmottagningen, Vuxenpsykiatrin Västerås

## Anteckningar

R. hade tackat ja till mötet men kopplade inte upp sig. Mats var hemma hos honom
dagen innan och R. sa då att han inte orkar sitta framför datorn med så många
personer samtidigt, han har svårt med ljud och bild som hackar. Vi bestämde att
genomföra mötet ändå eftersom flera saker inte kan vänta.

Syftet med mötet var att samordna stödet kring R:s ekonomi och psykiska mående
efter att hyresskulden vuxit under hösten, så att han kan bo kvar i sin lägenhet
och inte blir sämre i sin psykos av oron för pengarna. Målet är att R. ska få en
stabil ekonomi och kunna bo kvar i lägenheten. De frågor vi hade inför mötet var
hur hyresskulden på ca 18 000 kr ska hanteras så att han inte förlorar
lägenheten, och om depåinjektionen kan ges i hemmet i stället för på
mottagningen, eftersom han har missat två injektioner sedan jul.

Nadia och Lina beskrev att R. varit mer misstänksam sedan december men att han
inte bedöms behöva slutenvård. Lina ger från och med nu depåinjektionen hemma hos
R. var tredje vecka, första gången 2025-02-20, och Mats försöker vara med vid de
första besöken så att R. känner igen någon. Nadia gör en läkemedelsgenomgång vid
läkarbesöket 2025-03-06 och tar då också ställning till om dosen ska justeras.

Kristina tar upp en ansökan om ekonomiskt bistånd för hyresskulden och beslut
fattas senast 2025-02-14. Goran träffar R. tillsammans med Mats 2025-02-18 för
att gå igenom räkningar och skulder och göra en budget. Mats utökar
boendestödet från två till tre gånger i veckan från måndag 17 februari, med
fokus på post, räkningar och att handla mat.

Mats framför det som sagts på mötet till R. vid nästa besök och lämnar en utskrift
av anteckningarna.

Nästa SIP-möte blir på Teams 2025-04-10 kl. 09.00, samma länk som i dag. Vi
försöker då ordna så att R. kan sitta med Mats i sin lägenhet.
"""


def make_06():
    with open(path(6, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(MD06)


# ---------------------------------------------------------------------------
# 07  EMPTY municipal template (docx -> LibreOffice PDF)
# ---------------------------------------------------------------------------

def make_07(tmpdir):
    doc = Document()
    base_font(doc, "Arial", 10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(1.8)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("SURAHAMMARS KOMMUN")
    r.bold = True
    r.font.size = Pt(11)
    hp.add_run("\tSocialförvaltningen\t").font.size = Pt(8.5)
    hp.add_run("Sida ").font.size = Pt(8.5)
    add_field(hp, "PAGE", 8.5)
    hp.add_run(" (").font.size = Pt(8.5)
    add_field(hp, "NUMPAGES", 8.5)
    hp.add_run(")").font.size = Pt(8.5)
    fp = sec.footer.paragraphs[0]
    fp.text = "Blankett SIP 1 · Surahammars kommun och Region Västmanland · fastställd 2024-03-01"
    fp.runs[0].font.size = Pt(7.5)

    p = doc.add_paragraph()
    r = p.add_run("Samordnad individuell plan – SIP")
    r.bold = True
    r.font.size = Pt(17)
    p2 = doc.add_paragraph("Fylls i gemensamt under SIP-mötet. Planen ska godkännas av den enskilde "
                           "och en kopia lämnas till samtliga deltagare.")
    p2.runs[0].italic = True
    p2.runs[0].font.size = Pt(9)

    def ja_nej(cell, extra=None):
        p = cell.paragraphs[0]
        p.add_run("☐ Ja     ☐ Nej")
        if extra:
            q = cell.add_paragraph()
            rr = q.add_run(extra)
            rr.font.size = Pt(8)
            rr.italic = True

    rows = [
        ("Den enskildes namn\n(förnamn och efternamn)", None, 1.0),
        ("Personnummer\n(ÅÅÅÅMMDD-XXXX)", None, 1.0),
        ("Vårdnadshavare/god man\n(om aktuellt, namn och kontaktväg)", None, 1.3),
        ("Datum och plats för mötet\n(ÅÅÅÅ-MM-DD, lokal)", None, 1.0),
        ("Samtycke till SIP har lämnats\n(muntligt eller skriftligt)", "jn", 1.0),
        ("Den enskilde deltar i mötet\n(om nej: ange skäl och hur den enskildes synpunkter inhämtats)", "jn2", 1.6),
        ("Deltagare vid mötet\n(namn, funktion, verksamhet)", None, 3.0),
        ("Syfte med planen\n(varför behövs en SIP just nu?)", None, 2.0),
        ("Frågeställningar inför mötet\n(vad ska mötet ta ställning till?)", None, 2.0),
        ("Den enskildes mål\n(med egna ord)", None, 2.0),
        ("Den enskildes synpunkter\n(önskemål, vad som är viktigt)", None, 2.0),
    ]
    rows2 = [
        ("Andra aktörers insatser\n(t.ex. Försäkringskassan, Arbetsförmedlingen, god man, närstående)", None, 2.2),
        ("Huvudansvarig för planen\n(namn, funktion, verksamhet)", None, 1.4),
        ("Uppföljning\n(datum, tid, plats)", "vb", 1.4),
        ("Underskrift den enskilde/vårdnadshavare\n(namnteckning och namnförtydligande)", None, 1.6),
    ]

    def build(rows):
        tbl = doc.add_table(rows=0, cols=2)
        tbl.style = "Table Grid"
        for label, kind, h in rows:
            row = tbl.add_row()
            lc, vc = row.cells
            head, hint = label.split("\n")
            pp = lc.paragraphs[0]
            rr = pp.add_run(head)
            rr.bold = True
            rr.font.size = Pt(9.5)
            pp2 = lc.add_paragraph()
            rh = pp2.add_run("(" + hint.strip("()") + ")")
            rh.font.size = Pt(8)
            rh.italic = True
            shade(lc, "F2F2F2")
            if kind == "jn":
                ja_nej(vc)
            elif kind == "jn2":
                ja_nej(vc, "Om nej, skäl:")
            elif kind == "vb":
                vc.paragraphs[0].add_run("Vid behov")
            row_height(row, h)
        set_col_widths(tbl, (6.0, 10.6))
        return tbl

    build(rows)

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    r = p.add_run("Insatser – vad ska göras, av vem och när?")
    r.bold = True
    r.font.size = Pt(11)
    it = doc.add_table(rows=1, cols=3)
    it.style = "Table Grid"
    for c, txt in zip(it.rows[0].cells, ["Insats\n(vad)", "Ansvarig\n(verksamhet, funktion)", "När\n(start/tidpunkt)"]):
        a, b = txt.split("\n")
        cell_text(c, a, bold=True, size=9.5)
        q = c.add_paragraph()
        rr = q.add_run(b)
        rr.font.size = Pt(8)
        rr.italic = True
        shade(c, "D9D9D9")
    repeat_header(it.rows[0])
    for _ in range(5):
        row_height(it.add_row(), 0.9)
    set_col_widths(it, (8.0, 5.0, 3.6))
    doc.add_paragraph()
    build(rows2)

    dpath = os.path.join(tmpdir, f"{PREFIX}-07.docx")
    save_docx(doc, dpath, (2024, 3, 1, 9, 0))
    soffice_pdf(dpath, path(7, "pdf"))


# ---------------------------------------------------------------------------
# 08  E-mail body after the meeting
# ---------------------------------------------------------------------------

TXT08 = """\
Ämne: Sammanfattning SIP-möte 2 september – Ida

Hej alla!

Här kommer en sammanfattning av SIP-mötet i tisdags (2025-09-02) hos oss på
kommunhuset i Norberg. Tack alla som var med: Ida och hennes mamma, Britt,
Ahmed, Lotta och jag.

Syftet var att få en gemensam bild.

Den stora frågan inför mötet var om Ida ska ansöka om bostad med särskild
service enligt LSS eller om hon kan bo kvar hemma hos sin mamma med mer stöd,
och hur hennes dagar på daglig verksamhet ska se ut nu när hon orkar mer.

Ida var med hela mötet och sa själv väldigt tydligt: "Jag vill ha en egen
lägenhet men inte bo helt ensam, och jag vill fortsätta på Ateljén fast fler
dagar." Hon tyckte att mötet var långt men att det var bra att alla var där
samtidigt. Mamma berättade att hon gärna stöttar Ida i flytten men att hon
själv börjar bli sliten.

Vi kom fram till följande. Jag tar emot Idas ansökan om bostad med särskild
service och gör utredningen, och beslut ska vara klart senast 31 oktober.
Daglig verksamhet Ateljén utökar Idas schema från tre till fyra dagar i veckan
från och med 15 september. Arbetsterapeut från vuxenhabiliteringen gör en
bedömning av vilka hjälpmedel för planering och tid Ida behöver, hembesök under
vecka 39. Psykiatrimottagningen i Fagersta ser över möjligheten till
psykologkontakt för Idas oro och sömn. Försäkringskassan har Idas ansökan om
aktivitetsersättning, vi vet ännu inte när beslut kommer.

Kort sammanfattat:
- LSS-handläggare: utredning bostad med särskild service, beslut senast 31/10
- Daglig verksamhet Ateljén: fyra dagar/vecka från 15/9
- Vuxenhabiliteringen, arbetsterapeut: hjälpmedelsbedömning, hembesök v. 39
- Psykiatrimottagningen Fagersta: se över psykologkontakt

Vi ses igen för uppföljning i vecka 46, jag återkommer med dag och tid.

Hör av er om jag har missat något!

Vänliga hälsningar
Sofia
LSS-handläggare, SIP-samordnare och huvudansvarig för Idas SIP
Socialtjänsten, Norbergs kommun
Tel. via växeln
"""


def make_08():
    with open(path(8, "txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(TXT08)


def main():
    os.makedirs(OUT, exist_ok=True)
    tmpdir = tempfile.mkdtemp(prefix="f14a-build-")
    make_01()
    make_02()
    make_03()
    make_04()
    make_05(tmpdir)
    make_06()
    make_07(tmpdir)
    make_08()
    shutil.rmtree(tmpdir, ignore_errors=True)
    print("done:", sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()
