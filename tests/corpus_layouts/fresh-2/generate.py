#!/usr/bin/env python
"""Generate the f2 batch of fictional, anonymized SIP plans into plans/.

Run with ../../../.venv/bin/python generate.py  (calls soffice for PDFs).
Deterministic: fixed dates, no randomness.
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

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f2"
LO_PROFILE = "file:///tmp/lo-f2"


def path(n, ext):
    return os.path.join(OUT, f"{PREFIX}-{n:02d}.{ext}")


# ---------------------------------------------------------------- helpers
def base_doc(font="Calibri", size=11, margins=2.0):
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
    st.paragraph_format.space_after = Pt(4)
    for s in doc.sections:
        s.page_width, s.page_height = Cm(21.0), Cm(29.7)
        s.top_margin = s.bottom_margin = Cm(margins)
        s.left_margin = s.right_margin = Cm(margins)
    doc.core_properties.author = ""
    doc.core_properties.title = ""
    return doc


def add_field(run, instr):
    """Insert a simple field (PAGE, NUMPAGES) into a run."""
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
    for el in (f1, it, f2, t, f3):
        run._r.append(el)


def page_x_of_y(par, before="Sida ", mid=" av "):
    par.add_run(before)
    add_field(par.add_run(), "PAGE")
    par.add_run(mid)
    add_field(par.add_run(), "NUMPAGES")


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_col_widths(table, widths_cm):
    table.autofit = False
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def no_borders(table):
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for b in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{b}")
        e.set(qn("w:val"), "nil")
        borders.append(e)
    tblPr.append(borders)


def cell_text(cell, text, bold=False, size=None, italic=False, color=None):
    """Write text (with \n as line breaks inside one paragraph per \n\n block)."""
    cell.text = ""
    blocks = text.split("\n\n")
    for bi, block in enumerate(blocks):
        p = cell.paragraphs[0] if bi == 0 else cell.add_paragraph()
        p.paragraph_format.space_after = Pt(2)
        lines = block.split("\n")
        for li, line in enumerate(lines):
            r = p.add_run(line)
            r.bold = bold
            r.italic = italic
            if size:
                r.font.size = Pt(size)
            if color:
                r.font.color.rgb = RGBColor.from_string(color)
            if li < len(lines) - 1:
                r.add_break()
    return cell


def bold_para(doc, text, size=None, space_before=8):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(space_before)
    p.paragraph_format.space_after = Pt(2)
    p.paragraph_format.keep_with_next = True
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    return p


def label_value(doc, label, value):
    p = doc.add_paragraph()
    r = p.add_run(label)
    r.bold = True
    if value:
        p.add_run(" " + value)
    return p


def save_docx(doc, fn, when=(2025, 1, 1, 9, 0, 0)):
    """Save with fixed core-property dates and fixed zip timestamps (deterministic output)."""
    import datetime
    import io
    import zipfile
    dt = datetime.datetime(*when)
    doc.core_properties.created = dt
    doc.core_properties.modified = dt
    doc.core_properties.last_modified_by = ""
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(fn, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(item.filename))


def soffice_pdf(src, final_pdf):
    """Convert src (docx/html/xlsx) to PDF with LibreOffice into final_pdf."""
    tmpdir = tempfile.mkdtemp(prefix="f2conv-")
    cmd = ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless"]
    if src.endswith(".html"):
        cmd += ["--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export"]
    elif src.endswith(".xlsx"):
        cmd += ["--convert-to", "pdf:calc_pdf_Export"]
    else:
        cmd += ["--convert-to", "pdf"]
    cmd += ["--outdir", tmpdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=300)
    produced = os.path.join(tmpdir, os.path.splitext(os.path.basename(src))[0] + ".pdf")
    shutil.move(produced, final_pdf)
    shutil.rmtree(tmpdir, ignore_errors=True)
    _fix_pdf_stamps(final_pdf)


def _fix_pdf_stamps(fn):
    """Replace LibreOffice's creation date and document ID by fixed values of the same length,
    so that the xref offsets stay valid and reruns give identical files."""
    import re
    data = open(fn, "rb").read()

    def date(m):
        v = m.group(1)
        fixed = b"20250101090000" + v[14:]
        return b"/CreationDate(D:" + fixed[:len(v)] + b")"
    data = re.sub(rb"/CreationDate\(D:([^)]*)\)", date, data)
    data = re.sub(rb"/ModDate\(D:([^)]*)\)",
                  lambda m: b"/ModDate(D:" + (b"20250101090000" + m.group(1)[14:])[:len(m.group(1))] + b")",
                  data)
    data = re.sub(rb"<([0-9A-F]{32})>", lambda m: b"<" + b"0" * 32 + b">", data)
    data = re.sub(rb"/DocChecksum /([0-9A-F]{32})", lambda m: b"/DocChecksum /" + b"0" * 32, data)
    with open(fn, "wb") as f:
        f.write(data)


def write_text(fn, text, encoding="utf-8", crlf=False):
    text = text.strip("\n") + "\n"
    if crlf:
        text = text.replace("\n", "\r\n")
    with open(fn, "wb") as f:
        f.write(text.encode(encoding))


# ====================================================================== 01
# Elevhälsoplan (EHT) where the SIP is one section of a larger school document.
def plan01():
    doc = base_doc("Arial", 10, 2.0)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("Köpings kommun\nBarn- och utbildningsförvaltningen – Elevhälsan")
    r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    r = fp.add_run("Elevhälsoplan EHT, mall 2023-08  |  Omfattas av sekretess enligt OSL 23 kap. 2 §  |  ")
    r.font.size = Pt(7)
    page_x_of_y(fp)
    for run in fp.runs:
        run.font.size = Pt(7)

    p = doc.add_paragraph()
    r = p.add_run("ELEVHÄLSOPLAN")
    r.bold = True
    r.font.size = Pt(16)
    p = doc.add_paragraph()
    r = p.add_run("Dokumentation från elevhälsoteamet (EHT) – underlag för extra anpassningar, "
                  "särskilt stöd och samverkan med andra verksamheter")
    r.italic = True
    r.font.size = Pt(9)

    def bar(title):
        t = doc.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        c = t.cell(0, 0)
        cell_text(c, title, bold=True, size=10)
        shade(c, "D9D9D9")
        doc.add_paragraph().paragraph_format.space_after = Pt(0)

    bar("1. ELEVUPPGIFTER")
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    data = [("Elev", "Elsa", "Klass", "7B"),
            ("Personnummer", "ÅÅMMDD-XXXX", "Skola", "Västra skolan, Köping"),
            ("Vårdnadshavare", "Mamma Jenny, pappa Daniel (gemensam vårdnad)", "Mentor", "Marcus"),
            ("Ärendet aktualiserat i EHT", "2024-11-21", "Dokumentet upprättat", "2025-01-16, kompletterat 2025-02-06")]
    for i, row in enumerate(data):
        for j, v in enumerate(row):
            cell_text(t.cell(i, j), v, bold=(j % 2 == 0), size=9)
            if j % 2 == 0:
                shade(t.cell(i, j), "F2F2F2")
    set_col_widths(t, [3.6, 5.0, 3.4, 5.0])
    doc.add_paragraph()

    bar("2. ANLEDNING TILL ÄRENDET I EHT")
    doc.add_paragraph(
        "Elsa har sedan oktober haft en snabbt ökande frånvaro. Hon kommer ofta inte iväg på morgonen, "
        "och när hon kommer till skolan går hon ibland hem efter första lektionen. Mentor anmälde till "
        "EHT i november efter att vårdnadshavare berättat att Elsa har svår oro, magont och sömnproblem. "
        "Elsa har en pågående kontakt med BUP sedan december och familjen har själva tagit kontakt med "
        "socialtjänsten om föräldrastöd.")

    bar("3. NÄRVARO (andel av schemalagd tid, ogiltig och giltig frånvaro sammanräknad)")
    t = doc.add_table(rows=2, cols=7)
    t.style = "Table Grid"
    months = ["Månad", "Aug", "Sep", "Okt", "Nov", "Dec", "Jan"]
    vals = ["Närvaro", "92 %", "78 %", "51 %", "34 %", "22 %", "30 %"]
    for j in range(7):
        cell_text(t.cell(0, j), months[j], bold=True, size=9)
        shade(t.cell(0, j), "F2F2F2")
        cell_text(t.cell(1, j), vals[j], bold=(j == 0), size=9)
    repeat_header(t.rows[0])
    doc.add_paragraph()

    bar("4. KARTLÄGGNING")
    bold_para(doc, "Pedagogisk kartläggning (mentor, ämneslärare)", space_before=2)
    doc.add_paragraph(
        "Elsa når kunskapskraven i de flesta ämnen när hon är i skolan. Hon har luckor i matematik och "
        "engelska efter höstens frånvaro. Hon arbetar bäst i mindre grupp och har svårt med muntliga "
        "redovisningar. Lärarna i svenska och bild beskriver att hon är trygg på deras lektioner.")
    bold_para(doc, "Skolsköterska", space_before=2)
    doc.add_paragraph(
        "Hälsosamtal 2024-11-28. Elsa beskriver insomningssvårigheter, vaknar ofta, äter dåligt till "
        "frukost. Tillväxt och vaccinationer utan anmärkning. Magont främst på söndagskvällar och "
        "vardagsmorgnar.")
    bold_para(doc, "Kurator", space_before=2)
    doc.add_paragraph(
        "Tre samtal under december. Elsa beskriver oro inför att möta klasskamrater och att äta i "
        "matsalen. Ingen känd kränkning eller mobbning. Hon har två nära vänner i parallellklassen.")
    bold_para(doc, "Skolpsykolog", space_before=2)
    doc.add_paragraph("Ej aktuellt i nuläget, BUP gör bedömning.")

    bar("5. EXTRA ANPASSNINGAR SOM PRÖVATS")
    for s in ["Möjlighet att sitta i grupprum under lektioner (sedan v. 45)",
              "Lunch i mindre matsal tillsammans med en vän (sedan v. 47)",
              "Undantag från muntlig redovisning i engelska, skriftlig inlämning i stället",
              "Mentor skickar veckoschema till Elsa och mamma på söndagar"]:
        doc.add_paragraph(s, style="List Bullet")
    doc.add_paragraph("Anpassningarna har inte räckt för att vända frånvaron.")

    bar("6. BESLUT I EHT 2025-01-16")
    doc.add_paragraph(
        "Rektor beslutar att en utredning av behov av särskilt stöd inleds. EHT beslutar att kalla till "
        "samordnad individuell plan (SIP) med BUP och socialtjänsten, eftersom Elsa har insatser från "
        "både skola, region och socialtjänst. Vårdnadshavare har informerats om beslutet.")

    bar("7. SAMORDNAD INDIVIDUELL PLAN (SIP) – fylls i när SIP-möte har hållits")
    label_value(doc, "Datum för SIP-möte:", "2025-02-06, Västra skolan, konferensrum 2")
    bold_para(doc, "Deltagare:", space_before=4)
    parts = [("Namn", "Funktion", "Verksamhet"),
             ("Elsa", "elev", "–"),
             ("Jenny", "vårdnadshavare (mamma)", "–"),
             ("Marcus", "mentor", "Västra skolan, Köping"),
             ("Helena", "kurator", "Elevhälsan, Västra skolan"),
             ("Anneli", "skolsköterska", "Elevhälsan, Västra skolan"),
             ("Tove", "psykolog", "BUP Köping"),
             ("Robin", "socialsekreterare", "Socialtjänsten Köping, Barn och familj")]
    t = doc.add_table(rows=len(parts), cols=3)
    t.style = "Table Grid"
    for i, row in enumerate(parts):
        for j, v in enumerate(row):
            cell_text(t.cell(i, j), v, bold=(i == 0), size=9)
            if i == 0:
                shade(t.cell(i, j), "F2F2F2")
    repeat_header(t.rows[0])
    set_col_widths(t, [3.5, 5.0, 8.5])

    bold_para(doc, "Samtycke till samverkan (datum och form):")
    doc.add_paragraph("")
    bold_para(doc, "Syfte med SIP:")
    doc.add_paragraph(
        "Syftet är att skolan, BUP och socialtjänsten samordnar sitt stöd så att Elsa stegvis kan komma "
        "tillbaka till skolan, samtidigt som hon får behandling för sin oro och familjen får stöd i att "
        "få ihop morgnarna.")
    bold_para(doc, "Frågeställningar inför mötet:")
    doc.add_paragraph("")
    bold_para(doc, "Elevens och vårdnadshavares synpunkter vid mötet:")
    doc.add_paragraph(
        "Elsa var med under hela mötet. Hon berättade att det är värst på morgonen och i stora grupper, "
        "särskilt i matsalen och på idrotten. Hon vill helst börja med svenska och bild, där hon känner "
        "lärarna, och vill inte att klassen ska få veta varför hon har ett annat schema. Mamma Jenny "
        "berättade att morgnarna ofta slutar i konflikt och att hon behöver råd om hur hon kan stötta "
        "Elsa utan att pressa henne.")
    bold_para(doc, "Mål:")
    doc.add_paragraph(
        "Målet är att Elsa gradvis ska öka sin närvaro och vara i skolan minst 60 % av schemalagd tid "
        "före påsklovet, och att hennes oro ska minska så att hon klarar morgnarna.")
    bold_para(doc, "Insatser och ansvar:")
    acts = [("Insats", "Ansvarig", "När / hur ofta"),
            ("Anpassat schema: Elsa börjar med två lektioner per dag (svenska, bild), utökas med en "
             "lektion varannan vecka efter avstämning med Elsa.", "Mentor Marcus, Västra skolan",
             "Fr.o.m. 2025-02-10"),
            ("Samtal med kurator om skolnärvaro och oro, 30 min.", "Kurator Helena, Elevhälsan",
             "Varannan tisdag fr.o.m. 2025-02-11"),
            ("Hälsosamtal om sömn och frukostrutiner.", "Skolsköterska Anneli, Elevhälsan",
             "Februari 2025"),
            ("Bedömning av ångestproblematiken och KBT-behandling.", "BUP Köping", ""),
            ("Föräldrastöd: råd om morgonrutiner och hur man stöttar ett barn med oro, "
             "4 samtal.", "Socialtjänsten Köping, Barn och familj", "Start i mars"),
            ("Mamma skjutsar Elsa till skolan måndagar och onsdagar och lämnar henne vid "
             "entrén där mentor möter upp.", "Mamma Jenny", "Fr.o.m. 2025-02-10")]
    t = doc.add_table(rows=len(acts), cols=3)
    t.style = "Table Grid"
    for i, row in enumerate(acts):
        for j, v in enumerate(row):
            cell_text(t.cell(i, j), v, bold=(i == 0), size=9)
            if i == 0:
                shade(t.cell(i, j), "F2F2F2")
    repeat_header(t.rows[0])
    set_col_widths(t, [9.0, 4.5, 3.5])

    bold_para(doc, "Huvudansvar för SIP:")
    doc.add_paragraph("Elevhälsan")
    bold_para(doc, "Uppföljning av SIP:")
    doc.add_paragraph("Vecka 14. Kallelse skickas ut från skolan.")

    bar("8. UNDERSKRIFT")
    doc.add_paragraph("Rektor: ____________________________     Datum: ______________")
    save_docx(doc, path(1, "docx"))


# ====================================================================== 02
# Landscape matrix: one column per principal, one row per need.
def plan02():
    doc = base_doc("Calibri", 10, 1.6)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("Västerås stad  •  Region Västmanland\tSamordnad individuell plan (SIP)")
    r.font.size = Pt(8)
    r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_x_of_y(fp, "", " (")
    fp.add_run(")")
    for run in fp.runs:
        run.font.size = Pt(8)

    p = doc.add_paragraph()
    r = p.add_run("SIP – behov och insatser per huvudman")
    r.bold = True
    r.font.size = Pt(15)
    r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)

    t = doc.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    vals = [("Namn", "Jonas", "Mötesdatum", "2025-02-11"),
            ("Personnummer", "ÅÅMMDD-XXXX", "Plats", "Psykosmottagningen, Vuxenpsykiatrin Västerås")]
    for i, row in enumerate(vals):
        for j, v in enumerate(row):
            cell_text(t.cell(i, j), v, bold=(j % 2 == 0), size=9)
            if j % 2 == 0:
                shade(t.cell(i, j), "DCE6F1")
    set_col_widths(t, [3.0, 8.0, 3.0, 12.0])

    label_value(doc, "Syfte med planen:", "Samordning av insatser.").paragraph_format.space_before = Pt(8)
    label_value(doc, "Närvarande:",
                "Jonas, case manager, socialsekreterare, boendestödjare, budget- och skuldrådgivare.")
    label_value(doc, "Jonas eget mål:",
                "”Jag vill bo kvar i min lägenhet och slippa få ont i magen varje gång det kommer "
                "ett brev.”")
    label_value(doc, "Jonas synpunkter:",
                "Jonas var med under hela mötet. Han vill behålla samma boendestödjare och vill inte ha "
                "hembesök före kl. 10. Han tycker det är bra att någon hjälper honom med räkningarna men "
                "vill själv ha kvar sitt bankkort.")

    hdr = ["Behov / område", "Kommunen", "Regionen", "Övriga / den enskilde"]
    rows = [
        ("Boende\nHyresskuld ca 3 mån, risk för uppsägning av kontraktet.",
         "Socialtjänsten Västerås, vuxenenheten (handläggare Sofia): utreder ekonomiskt bistånd för "
         "hyresskulden. Beslut senast 2025-02-28.",
         "Case manager stöttar Jonas i kontakten med hyresvärden.",
         "Hyresvärden är informerad."),
        ("Ekonomi / skulder\nSkulder hos Kronofogden, ca 180 000 kr. Obetalda räkningar.",
         "Budget- och skuldrådgivningen: genomgång av skulder, ställningstagande till ansökan om "
         "skuldsanering. Första möte 2025-02-20.",
         "–",
         "God man – ansökan har diskuterats."),
        ("Psykisk hälsa\nSchizofreni, stabil på depåinjektion sedan 2023. Sömnen försämrad under "
         "hösten.",
         "–",
         "Psykosmottagningen: depåinjektion var 3:e vecka (nästa 2025-02-18), läkarbesök var 3:e "
         "månad. Case manager gör hembesök varannan vecka.",
         "–"),
        ("Vardag och hushåll\nSvårt med struktur, post och städning.",
         "Boendestöd, Socialpsykiatrin Västerås: 2 ggr/vecka, tisdag och fredag efter kl. 10, "
         "fr.o.m. 2025-02-14. Hjälp att öppna post och sortera räkningar.",
         "–",
         "–"),
        ("Sysselsättning\nSaknar sysselsättning sedan 2022, vill ha något att göra på dagarna.",
         "Socialpsykiatrin: studiebesök på Verkstan (daglig sysselsättning).",
         "Arbetsterapeut på psykosmottagningen: aktivitetsbedömning under våren.",
         "Försäkringskassan berörs (sjukersättning)."),
    ]
    t = doc.add_table(rows=1 + len(rows), cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(hdr):
        cell_text(t.cell(0, j), h, bold=True, size=9, color="FFFFFF")
        shade(t.cell(0, j), "1F3A5F")
    repeat_header(t.rows[0])
    for i, row in enumerate(rows, start=1):
        for j, v in enumerate(row):
            if j == 0:
                head, rest = v.split("\n", 1)
                c = t.cell(i, j)
                c.text = ""
                pr = c.paragraphs[0]
                rr = pr.add_run(head)
                rr.bold = True
                rr.font.size = Pt(9)
                pr2 = c.add_paragraph()
                rr = pr2.add_run(rest)
                rr.font.size = Pt(8.5)
                shade(c, "EEF3F8")
            else:
                cell_text(t.cell(i, j), v, size=9)
    set_col_widths(t, [5.4, 7.6, 7.0, 5.8])

    label_value(doc, "Huvudansvarig för planen:",
                "Petra, case manager, Psykosmottagningen, Vuxenpsykiatrin Västerås."
                ).paragraph_format.space_before = Pt(10)
    label_value(doc, "Planen upprättad:", "2025-02-11 av Petra tillsammans med Jonas.")
    save_docx(doc, path(2, "docx"))


# ====================================================================== 03
# Timeline layout, rows per month; Windows text export (cp1252, CRLF).
PLAN03 = r"""
SOCIALTJÄNSTEN SALA                                     Utskrift 2025-01-30
Vuxenenheten - mottagning unga vuxna (18-25 år)

==============================================================================
 SIP - TIDSPLAN VÅREN 2025
==============================================================================
 Gäller:              Linnea, ÅÅMMDD-XXXX
 SIP-möte hölls:      2025-01-28, Beroendemottagningen Sala
 Samordningsansvar:   Socialtjänsten Sala

 Frågor till mötet:   Gå igenom läget och planera våren.

 Bakgrund i korthet
 Linnea är 19 år och bor sedan i höstas i en egen lägenhet i Sala. Hon
 röker cannabis i stort sett dagligen sedan 16 års ålder och har perioder
 av alkohol i helgerna. Hon hoppade av gymnasiet (barn- och fritid) i
 årskurs 2. Hon har tidigare haft kontakt med BUP och en påbörjad, inte
 avslutad, ADHD-utredning. Hon sover oregelbundet och har skulder på
 mobilabonnemang. Kontakt med socialtjänsten sedan oktober 2024 efter egen
 ansökan om försörjningsstöd.

 Linnea har framfört att hon inte vill ha kontakt med den handläggare hon
 hade tidigare och att hon helst vill ha sina tider på eftermiddagen.

------------------------------------------------------------------------------
 PERIOD      VAD                                      VEM
------------------------------------------------------------------------------
 JANUARI
  v. 5       Kartläggning med ASI-intervju            Socialsekreterare,
             (2 tillfällen)                           Vuxenenheten Sala

 FEBRUARI
  v. 6-9     Urinprov 1 gång/vecka, tisdagar          Sjuksköterska,
                                                      Beroendemottagningen
                                                      Sala
  v. 6       Start återfallsprevention i grupp,       Behandlare,
             8 träffar, torsdagar 14-16               Öppenvården Sala
                                                      (kommunen)
  2025-02-19 Läkarbesök: ställningstagande till       Läkare,
             fortsatt ADHD-utredning, sömn            Beroendemottagningen
                                                      Sala
  februari   Beslut om fortsatt försörjningsstöd      Socialsekreterare,
             mars-juni                                Försörjningsstöd Sala

 MARS
  v. 10-13   Urinprov varannan vecka om proverna      Sjuksköterska,
             i februari är negativa                   Beroendemottagningen
  v. 11      Första möte hos budget- och              Budget- och
             skuldrådgivare, genomgång av skulder     skuldrådgivningen Sala
  mars       ADHD-utredning startar (om beslut        Psykolog,
             2025-02-19)                              Beroendemottagningen

 APRIL
  v. 14      Möte om praktik/studier via KAA-         Arbetsmarknadsenheten
             uppföljning och Komvux-vägledning        Sala, jobbcoach
  april      Återfallsprevention avslutas, enskilt    Behandlare,
             avslutningssamtal                        Öppenvården Sala

 MAJ
  2025-05-20 Uppföljande SIP-möte kl. 13.00,          Socialsekreterare,
             Socialtjänsten Sala, konferensrummet     Vuxenenheten Sala
------------------------------------------------------------------------------

 Tidsplanen revideras vid uppföljande möte.
"""


def plan03():
    write_text(path(3, "txt"), PLAN03, encoding="cp1252", crlf=True)


# ====================================================================== 04
# LSS coordination plan with a checklist of services (☒ / ☐) and a description table.
def plan04():
    doc = base_doc("Arial", 10, 2.0)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    r = hp.add_run("FAGERSTA KOMMUN\nOmsorgsförvaltningen – LSS-handläggning")
    r.font.size = Pt(8)
    r.bold = True
    hp2 = sec.header.add_paragraph()
    hp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp2.add_run("Samordningsplan LSS/SIP – blankett OF 14")
    r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page_x_of_y(fp)
    for run in fp.runs:
        run.font.size = Pt(8)

    p = doc.add_paragraph()
    r = p.add_run("Samordningsplan LSS – samordnad individuell plan (SIP)")
    r.bold = True
    r.font.size = Pt(14)

    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    vals = [("Den enskilde", "Rasmus, 24 år, ÅÅMMDD-XXXX"),
            ("Personkrets LSS", "1 § p. 1 (autism), epilepsi"),
            ("Mötesdatum och plats", "2024-11-19, Servicebostaden Björkhagen, Fagersta")]
    for i, (a, b) in enumerate(vals):
        cell_text(t.cell(i, 0), a, bold=True, size=9)
        shade(t.cell(i, 0), "EDEDED")
        cell_text(t.cell(i, 1), b, size=9)
    set_col_widths(t, [5.0, 12.0])

    label_value(doc, "Syfte:", "Samordning av insatser.").paragraph_format.space_before = Pt(8)
    p = doc.add_paragraph()
    p.add_run("Samtycke:").bold = True
    p.add_run("   ☒ Samtycke finns     ☐ Samtycke saknas")
    bold_para(doc, "Frågeställningar:")
    doc.add_paragraph("Hur kan Rasmus få stöd att ta sin epilepsimedicin på helger, när det är "
                      "färre personal på servicebostaden?", style="List Bullet")
    doc.add_paragraph("Kan daglig verksamhet utökas från tre till fyra dagar i veckan?",
                      style="List Bullet")
    doc.add_paragraph("Vad behöver Rasmus för att kunna åka tåg till Västerås på egen hand?",
                      style="List Bullet")
    bold_para(doc, "Rasmus mål (med egna ord):")
    doc.add_paragraph("”Jag vill jobba fyra dagar i caféet och lära mig åka tåget till Västerås "
                      "själv.”")
    bold_para(doc, "Rasmus synpunkter och önskemål:")
    doc.add_paragraph(
        "Rasmus deltog i mötet och pratade själv om hur han vill ha det. Han vill ha sitt veckoschema "
        "skriftligt med bilder, vill inte att flera nya personal börjar samtidigt på boendet och vill "
        "hellre ha tabletter morgon och kväll än mitt på dagen.")

    bold_para(doc, "Aktuella och planerade insatser (kryssa i)")
    groups = [
        ("Kommunen – LSS/SoL", [
            (False, "Råd och stöd (9 § 1)"), (False, "Personlig assistans (9 § 2)"),
            (True, "Ledsagarservice (9 § 3)"), (False, "Kontaktperson (9 § 4)"),
            (False, "Avlösarservice (9 § 5)"), (False, "Korttidsvistelse (9 § 6)"),
            (True, "Bostad med särskild service för vuxna (9 § 9)"),
            (True, "Daglig verksamhet (9 § 10)"), (False, "Hemtjänst (SoL)"),
            (False, "Boendestöd (SoL)")]),
        ("Regionen", [
            (True, "Habilitering vuxna"), (True, "Neurologmottagning"),
            (False, "Vuxenpsykiatri"), (True, "Vårdcentral"),
            (False, "Hjälpmedelscentralen"), (False, "Tandvård (nödvändig tandvård)")]),
        ("Övriga aktörer", [
            (False, "God man / förvaltare"), (False, "Försäkringskassan"),
            (False, "Arbetsförmedlingen"), (False, "Anhöriga / närstående"),
            (False, "Annan: ____________________")]),
    ]
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for j, (title, items) in enumerate(groups):
        c = t.cell(0, j)
        c.text = ""
        pp = c.paragraphs[0]
        rr = pp.add_run(title)
        rr.bold = True
        rr.font.size = Pt(9)
        for ticked, label in items:
            q = c.add_paragraph()
            q.paragraph_format.space_after = Pt(0)
            rr = q.add_run(("☒ " if ticked else "☐ ") + label)
            rr.font.size = Pt(9)
    set_col_widths(t, [6.2, 5.4, 5.4])

    bold_para(doc, "Beskrivning av ikryssade insatser")
    rows = [("Insats", "Utförare (verksamhet, funktion)", "Vad görs konkret", "När"),
            ("Bostad med särskild service (9 § 9)", "Servicebostaden Björkhagen, kontaktman",
             "Stöd morgon och kväll. Läkemedelsöverlämning enligt delegering. Veckoschema med "
             "bildstöd tas fram tillsammans med Rasmus.", "Schemat klart 2024-12-01"),
            ("Daglig verksamhet (9 § 10)", "Daglig verksamhet Caféet, handledare",
             "Utökning från tre till fyra dagar per vecka, måndag–torsdag 9–15.",
             "Fr.o.m. 2025-01-07"),
            ("Ledsagarservice (9 § 3)", "LSS-handläggare (beslut); Ledsagarservice Fagersta "
             "(utförare)", "Tågträning Fagersta–Västerås, 8 tillfällen med ledsagare, därefter "
             "utvärdering.", "Beslut senast 2024-12-10, start januari 2025"),
            ("Habilitering vuxna", "Habiliteringen Västerås, arbetsterapeut",
             "Bildstöd för veckoschema och resplan för tågresan.", "Hembesök 2024-12-03"),
            ("Neurologmottagning", "Neurologmottagningen Västerås, läkare",
             "Översyn av epilepsimedicinering så att doserna kan ges morgon och kväll.",
             "Återbesök 2025-01-15"),
            ("Vårdcentral", "Vårdcentralen Fagersta, distriktssköterska",
             "Delegering och genomgång av läkemedelshantering för personalen på servicebostaden.",
             "Senast 2024-12-13")]
    t = doc.add_table(rows=len(rows), cols=4)
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            cell_text(t.cell(i, j), v, bold=(i == 0), size=8.5)
            if i == 0:
                shade(t.cell(i, j), "EDEDED")
    repeat_header(t.rows[0])
    set_col_widths(t, [3.6, 4.2, 6.2, 3.0])

    label_value(doc, "Huvudansvarig för SIP:",
                "Camilla, LSS-handläggare, Omsorgsförvaltningen Fagersta kommun."
                ).paragraph_format.space_before = Pt(8)
    label_value(doc, "Uppföljning:", "I mars 2025.")
    label_value(doc, "Deltagare:", "Enligt kallelse daterad 2024-11-05.")
    save_docx(doc, path(4, "docx"))


# ====================================================================== 05
# Two-column page (background left, plan right) from the intranet's HTML, printed via LibreOffice.
PLAN05_HTML = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8">
<title>SIP – Olle</title>
<style>
 body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 9.5pt; color: #222; }
 .top { border-bottom: 2px solid #2b5d7d; margin-bottom: 6px; }
 .org { font-size: 8pt; color: #2b5d7d; }
 h1 { font-size: 15pt; color: #2b5d7d; margin: 2px 0 4px 0; }
 td.side { background: #e9f0f5; vertical-align: top; width: 33%; font-size: 8.5pt; }
 td.main { vertical-align: top; }
 h2 { font-size: 10.5pt; color: #2b5d7d; margin: 8px 0 2px 0; }
 h3 { font-size: 9pt; margin: 6px 0 1px 0; }
 p { margin: 0 0 4px 0; }
 li { margin-bottom: 3px; }
 .resp { color: #555; font-style: italic; }
 .foot { font-size: 7pt; color: #777; border-top: 1px solid #aaa; margin-top: 10px; }
</style></head>
<body>
<div class="top"><span class="org">ARBOGA KOMMUN · Vård och omsorg · Intranätet / Ärendestöd</span>
<h1>Samordnad individuell plan – Olle</h1></div>
<table width="100%" cellspacing="0" cellpadding="8">
<tr>
<td class="side" bgcolor="#e9f0f5" width="33%" valign="top">
<h2>Bakgrund</h2>
<h3>Person</h3>
<p>Olle, 84 år<br>ÅÅMMDD-XXXX</p>
<h3>Boende</h3>
<p>Bor ensam i villa i Arboga. Sovrum och badrum på övervåningen, trappa med ledstång på ena sidan.
Trygghetslarm sedan 2022.</p>
<h3>Händelse</h3>
<p>Föll i hallen 2024-08-27, höftfraktur höger. Opererad på Västmanlands sjukhus Västerås.
Korttidsvistelse på Ekbacken 2024-09-06 – 2024-09-23, därefter hem.</p>
<h3>Hälsa</h3>
<p>Hjärtsvikt och förmaksflimmer. Eliquis sedan 2023. Lätt nedsatt minne, ingen demensdiagnos.
Går med rollator inomhus, osäker i trappan.</p>
<h3>Nätverk</h3>
<p>Dottern Eva bor i Arboga och har daglig telefonkontakt. Sonen bor i Göteborg.</p>
<h3>Insatser före fallet</h3>
<p>Trygghetslarm. Städning varannan vecka via hemtjänsten.</p>
</td>
<td class="main" valign="top">
<h2>Möte</h2>
<p><b>Datum:</b> 2024-10-15, i Olles hem</p>
<p><b>Närvarande:</b> Olle, dotter, distriktssköterska, biståndshandläggare, arbetsterapeut,
fysioterapeut</p>
<p>Olle deltog i hela mötet.</p>
<h2>Syfte</h2>
<p>Syftet med planen är att Olle ska kunna bo kvar hemma efter höftfrakturen och att rehabilitering,
hemtjänst och uppföljning av hjärtsvikten samordnas mellan kommunen och vårdcentralen, så att han
inte faller igen eller behöver läggas in.</p>
<h2>Samtycke</h2>
<p>Samtycke till SIP finns.</p>
<h2>Insatser och ansvar</h2>
<ul>
<li><b>Hemtjänst morgon och kväll:</b> hjälp med påklädning, stödstrumpor och dusch på tisdagar.
<br><span class="resp">Hemtjänst Arboga centrum – fr.o.m. 2024-10-01, pågår.</span></li>
<li><b>Hemrehabilitering:</b> gångträning med rollator och trappträning 2 ggr/vecka.
<br><span class="resp">Fysioterapeut, Hemrehab Arboga kommun – oktober–november 2024.</span></li>
<li><b>Hjälpmedel:</b> duschpall, toalettförhöjning och extra ledstång i trappan.
<br><span class="resp">Arbetsterapeut, Hemrehab Arboga kommun – förskrivs senast 2024-10-25.</span></li>
<li><b>Läkemedelsgenomgång och ställningstagande till dosdispensering.</b>
<br><span class="resp">Regionen.</span></li>
<li><b>Uppföljning av hjärtsvikt:</b> vikt, blodtryck och ödem.
<br><span class="resp">Distriktssköterska, Vårdcentralen Arboga – var tredje vecka, första
2024-10-22.</span></li>
<li><b>Inköp och återbesök:</b> dottern Eva handlar mat till Olle varje lördag och följer med honom på
återbesöket på ortopedmottagningen 2024-11-12.
<br><span class="resp">Eva (dotter).</span></li>
</ul>
<h2>Uppföljning</h2>
<p>Uppföljande SIP-möte 2024-12-03 kl. 10.00 i Olles hem.</p>
</td>
</tr>
</table>
<p class="foot">Utskrift från Ärendestöd, Arboga kommun, 2024-10-16. Sidan innehåller sekretessuppgifter.</p>
</body></html>
"""


def plan05():
    tmpdir = tempfile.mkdtemp(prefix="f2html-")
    src = os.path.join(tmpdir, "sip-olle.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(PLAN05_HTML)
    soffice_pdf(src, path(5, "pdf"))
    shutil.rmtree(tmpdir, ignore_errors=True)


# ====================================================================== 06
# Easy-to-read (lättläst) version: short lines, pictogram placeholders in a left column.
def plan06():
    doc = base_doc("Verdana", 14, 2.2)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    r = hp.add_run("Kungsörs kommun och Region Västmanland")
    r.font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    r = fp.add_run("Lättläst version av SIP. Den fullständiga planen finns hos din handläggare.")
    r.font.size = Pt(8)

    p = doc.add_paragraph()
    r = p.add_run("Din samordnade plan – SIP")
    r.bold = True
    r.font.size = Pt(22)
    p = doc.add_paragraph()
    r = p.add_run("Lättläst för Mikael")
    r.font.size = Pt(14)
    r.italic = True

    def block(pic, title, lines):
        t = doc.add_table(rows=1, cols=2)
        no_borders(t)
        c0, c1 = t.cell(0, 0), t.cell(0, 1)
        cell_text(c0, f"[bild: {pic}]", italic=True, size=10, color="666666")
        shade(c0, "F3F3F3")
        c1.text = ""
        pp = c1.paragraphs[0]
        if title:
            rr = pp.add_run(title)
            rr.bold = True
            rr.font.size = Pt(15)
            pp = c1.add_paragraph()
        for i, line in enumerate(lines):
            rr = pp.add_run(line)
            rr.font.size = Pt(14)
            if i < len(lines) - 1:
                rr.add_break()
        set_col_widths(t, [4.0, 12.4])
        sp = doc.add_paragraph()
        sp.paragraph_format.space_after = Pt(6)

    block("människor som sitter runt ett bord", "Mötet", [
        "Den 12 mars 2025 hade vi ett möte.",
        "Mötet var på Vårdcentralen Kungsör.",
        "Vi pratade om dig och din vardag."])
    block("en pil som pekar mot ett hus", "Varför gör vi en plan?", [
        "Planen ska hjälpa oss att samarbeta.",
        "Då kan du bo kvar i din lägenhet",
        "och ha bra koll på ditt blodsocker."])
    block("fem ansikten", "Vilka var med på mötet?", [
        "Du.", "Karin.", "Ahmed.", "Sara.", "Jenny."])
    block("en pratbubbla", "Vad vill du?", [
        "Du var med på mötet.",
        "Du sa:",
        "”Jag vill laga mat själv",
        "två gånger i veckan.”",
        "”Jag vill inte flytta.”"])
    block("ett frågetecken", "Frågor vi pratade om", [
        "Kan du få hjälp att laga mat?",
        "Hur kan du komma ihåg",
        "att ta din medicin?"])
    block("en hand som skriver sitt namn", "Får vi prata med varandra om dig?", [
        "Du sa ja.",
        "Du sa det på mötet den 12 mars 2025.",
        "Du skrev också under ett papper."])

    p = doc.add_paragraph()
    r = p.add_run("Det här ska hända")
    r.bold = True
    r.font.size = Pt(18)

    block("ett hus och en person som hjälper till", None, [
        "Boendestödet kommer hem till dig",
        "på måndagar och torsdagar.",
        "De hjälper dig att laga mat",
        "och att handla."])
    block("en blodsockermätare", None, [
        "Diabetessköterskan på vårdcentralen",
        "träffar dig.",
        "Hon kollar ditt blodsocker",
        "och dina fötter."])
    block("en medicinask", None, [
        "Läkaren på vårdcentralen ordnar",
        "så att du får din medicin i påsar,",
        "en påse för varje gång.",
        "Det ska vara klart i april."])
    block("en våg", None, [
        "Du väger dig själv varje fredag.",
        "Du skriver upp vikten i ditt häfte."])
    block("en kundvagn", None, [
        "Din syster Lena handlar med dig",
        "på lördagar."])
    block("en kalender", "När ses vi igen?", [
        "Vi träffas igen efter sommaren.",
        "Du får en inbjudan med posten."])
    save_docx(doc, path(6, "docx"))


# ====================================================================== 07
# Spreadsheet-like action grid (an Excel sheet printed to PDF): tiny font, many columns,
# gridlines, header row repeated. LibreOffice Calc is not installed here, so the print is
# drawn with fpdf2 the way the spreadsheet prints it.
def plan07():
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    rows = [
        (1, "Psykisk hälsa", "Stabil stämning, bipolär typ 1", "Läkarbesök, översyn litiumdos, "
         "provtagning S-litium", "Region", "Vuxenpsykiatrin Västerås", "Läkare", "2025-04-23", "",
         "var 3:e mån", "Bokad", "Prov 12 h efter kvällsdos"),
        (2, "Psykisk hälsa", "Kontinuitet, tidiga tecken", "Stödsamtal, genomgång av "
         "varningstecken", "Region", "Vuxenpsykiatrin Västerås", "Kontaktsjuksköterska",
         "2025-04-15", "", "varannan vecka", "Pågår", ""),
        (3, "Psykisk hälsa", "Kunskap om sjukdomen", "Psykopedagogisk grupp bipolär sjukdom",
         "Region", "Vuxenpsykiatrin Västerås", "Psykolog", "2025-09-03", "2025-11-26",
         "1 ggr/v, 10 ggr", "Anmäld", "Start efter sommaren"),
        (4, "Somatisk hälsa", "Kontroll njur- och sköldkörtelfunktion", "Provtagning och "
         "hälsokontroll", "Region", "Vårdcentralen Hallstahammar", "Distriktssköterska",
         "2025-05-14", "", "1 ggr/år", "Bokad", ""),
        (5, "Försörjning", "Inkomst i väntan på beslut om sjukpenning", "Ekonomiskt bistånd",
         "Kommun", "Socialtjänsten Hallstahammar, vuxenenheten", "Socialsekreterare",
         "2025-04-10", "2025-05-31", "månadsvis", "Beviljat apr", ""),
        (6, "Ekonomi", "Obetalda räkningar, skuld ca 40 tkr", "Budget- och skuldrådgivning",
         "Kommun", "Budget- och skuldrådgivningen", "Budgetrådgivare", "2025-04-28", "",
         "3 träffar", "Tid bokad", ""),
        (7, "Boende/vardag", "Struktur, post, räkningar", "Boendestöd 1 ggr/v", "Kommun",
         "Socialpsykiatrin Hallstahammar", "Boendestödjare", "2025-05-05", "", "1 ggr/v",
         "Beslut 2025-04-22", ""),
        (8, "Försörjning", "Rätt till sjukpenning", "Avstämningsmöte om fortsatt "
         "sjukskrivning och SGI", "Övrig",
         "Försäkringskassan", "Handläggare", "2025-05-06", "", "", "Kallelse skickad", ""),
        (9, "Arbete", "Väg tillbaka till arbete", "Kartläggning och förberedande insats",
         "Övrig", "Arbetsförmedlingen Västerås", "Arbetsförmedlare", "2025-08-18", "", "",
         "Planerad", "Efter FK-beslut"),
        (10, "Arbete", "Arbetsträning", "Arbetsträning i kommunal verksamhet, 25 %",
         "Kommun", "Arbetsmarknadsenheten Hallstahammar", "Jobbcoach", "2025-09-01", "",
         "4 tim/dag", "Planerad", "Samordnas med AF"),
        (11, "Sömn", "Oregelbunden sömn", "Sömndagbok, tas med till kontaktsjuksköterskan",
         "Den enskilde", "–", "Sanna själv", "2025-04-10", "2025-05-08", "dagligen", "Pågår", ""),
    ]

    hdr = ("Nr", "Område", "Behov", "Åtgärd", "Huvudman", "Verksamhet", "Funktion",
           "Start", "Klart senast", "Frekvens", "Status", "Kommentar")

    class Sheet(FPDF):
        def header(self):
            self.set_font("DV", "", 6.5)
            self.set_text_color(90, 90, 90)
            self.cell(0, 4, "SIP Hallstahammar – åtgärdslista", align="L")
            self.set_x(self.l_margin)
            self.cell(0, 4, "Utskrift 2025-04-10", align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(2)
            self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_y(-10)
            self.set_font("DV", "", 6.5)
            self.set_text_color(90, 90, 90)
            self.cell(0, 4, f"Sida {self.page_no()} av {{nb}}", align="C")

    pdf = Sheet(orientation="L", unit="mm", format="A4")
    pdf.set_margins(10, 10, 10)
    pdf.set_auto_page_break(True, 14)
    pdf.add_font("DV", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.add_font("DV", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
    pdf.set_title("SIP_atgardslista_Sanna.xlsx")
    pdf.set_creator("Microsoft Excel")
    pdf.set_creation_date(__import__("datetime").datetime(2025, 4, 10, 9, 12))
    pdf.add_page()
    pdf.set_font("DV", "B", 10)
    pdf.cell(0, 6, "SIP – ÅTGÄRDSLISTA", new_x="LMARGIN", new_y="NEXT")
    info = [("Namn:", "Sanna (ÅÅMMDD-XXXX)"),
            ("Upprättad:", "2025-04-09     Senast ändrad: 2025-04-10"),
            ("SIP-ansvarig:", "Hanna, socialsekreterare, Socialtjänsten Hallstahammar, vuxenenheten"),
            ("Samtycke:", "finns (se akt)"),
            ("Nästa avstämning:", "v. 24")]
    for a, b in info:
        pdf.set_font("DV", "B", 6.5)
        pdf.cell(26, 3.6, a)
        pdf.set_font("DV", "", 6.5)
        pdf.cell(0, 3.6, b, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("DV", "", 6)
    pdf.set_draw_color(150, 150, 150)
    widths = (6, 18, 30, 38, 17, 36, 27, 15, 15, 17, 21, 27)
    head_style = FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=(68, 84, 106))
    with pdf.table(col_widths=widths, width=sum(widths), align="LEFT",
                   headings_style=head_style, line_height=2.9, padding=0.8,
                   cell_fill_color=(242, 242, 242), cell_fill_mode="ROWS",
                   text_align="LEFT", first_row_as_headings=True,
                   repeat_headings=1) as table:
        table.row(hdr)
        for row in rows:
            table.row([str(v) for v in row])
    pdf.output(path(7, "pdf"))


# ====================================================================== 08
# Psychiatric "Vårdplan och SIP": care-plan parts and SIP parts mixed, each section tagged.
def plan08():
    doc = base_doc("Calibri", 10.5, 2.0)
    sec = doc.sections[0]
    ht = sec.header.add_table(rows=1, cols=2, width=Cm(17))
    no_borders(ht)
    cell_text(ht.cell(0, 0), "Region Västmanland\nPsykiatri – Vuxenpsykiatrin Köping", bold=True, size=8)
    cell_text(ht.cell(0, 1), "VÅRDPLAN OCH SIP\nUpprättad 2025-03-18", size=8)
    ht.cell(0, 1).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    r = fp.add_run("Mall VP/SIP Psykiatri 2024:1   ")
    page_x_of_y(fp)
    for run in fp.runs:
        run.font.size = Pt(8)
        run.font.color.rgb = RGBColor(0x66, 0x66, 0x66)

    p = doc.add_paragraph()
    r = p.add_run("Vårdplan och samordnad individuell plan")
    r.bold = True
    r.font.size = Pt(15)
    p = doc.add_paragraph()
    p.add_run("Patient: ").bold = True
    p.add_run("Amira, ÅÅMMDD-XXXX     ")
    p.add_run("Enhet: ").bold = True
    p.add_run("Vuxenpsykiatrin Köping, öppenvårdsmottagningen")
    p = doc.add_paragraph()
    r = p.add_run("Avsnitt märkta VP hör till psykiatrins vårdplan, avsnitt märkta SIP delas med "
                  "socialtjänsten enligt samtycke.")
    r.italic = True
    r.font.size = Pt(8.5)

    def sect(title, tag):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.space_after = Pt(2)
        p.paragraph_format.keep_with_next = True
        r = p.add_run(title)
        r.bold = True
        r.font.size = Pt(11)
        r = p.add_run(f"   [{tag}]")
        r.font.size = Pt(8)
        r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        # bottom border under section title
        pPr = p._p.get_or_add_pPr()
        bdr = OxmlElement("w:pBdr")
        b = OxmlElement("w:bottom")
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), "4")
        b.set(qn("w:space"), "1")
        b.set(qn("w:color"), "808080")
        bdr.append(b)
        pPr.append(bdr)

    def table(rows, widths):
        t = doc.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                cell_text(t.cell(i, j), v, bold=(i == 0), size=9.5)
                if i == 0:
                    shade(t.cell(i, j), "E4E4E4")
        repeat_header(t.rows[0])
        set_col_widths(t, widths)

    sect("Aktuellt hälsotillstånd", "VP")
    doc.add_paragraph(
        "27-årig kvinna med återkommande depression och självskadebeteende (skärande), senast i "
        "februari 2025. Utredning avseende emotionell instabilitet pågår. Bor ensam i hyreslägenhet i "
        "Köping. Avbröt undersköterskeutbildningen på Komvux hösten 2024. Försörjningsstöd via "
        "socialtjänsten sedan december.")
    sect("Deltagare vid vårdplanering/SIP-möte 2025-03-18", "VP + SIP")
    doc.add_paragraph("Amira, kontaktsjuksköterska, överläkare, socialsekreterare, boendestödjare.")
    sect("Syfte med samordningen", "SIP")
    doc.add_paragraph(
        "Amira har insatser från både psykiatrin och socialtjänsten och har beskrivit att hon inte vet "
        "vem hon ska vända sig till när hon mår sämre. Syftet är att psykiatrins behandling och "
        "socialtjänstens stöd i vardagen planeras tillsammans, så att Amira får ett sammanhållet stöd "
        "och så att risken för nya självskador och inläggning minskar.")
    sect("Frågeställningar", "SIP")
    doc.add_paragraph("Gå igenom nuläget.")
    sect("Patientens mål", "VP + SIP")
    doc.add_paragraph("”Jag vill klara en hel månad utan att skada mig och kunna börja plugga igen "
                      "till hösten.”")
    sect("Patientens delaktighet och önskemål", "VP + SIP")
    doc.add_paragraph(
        "Amira deltog i hela mötet. Hon önskar DBT-behandling, som hon har läst om, och vill inte bli "
        "inlagd igen. Hon vill att boendestödet kommer på eftermiddagar eftersom morgnarna är svårast.")
    sect("Samtycke", "SIP")
    doc.add_paragraph("Patienten samtycker till samverkan mellan psykiatrin och socialtjänsten.")
    sect("Riskbedömning", "VP")
    doc.add_paragraph(
        "Strukturerad suicidriskbedömning genomförd 2025-03-18: förhöjd men inte akut risk. Skyddande "
        "faktorer: motivation till behandling och tydliga framtidsplaner. Krisplan upprättad och finns i "
        "journalen.")
    sect("Läkemedel", "VP")
    doc.add_paragraph("Sertralin 100 mg 1×1. Melatonin 2 mg till natten vid behov. Enligt "
                      "läkemedelslistan i journalen.")
    sect("Vårdbehov och åtgärder – psykiatrin", "VP")
    table([("Åtgärd", "Ansvarig", "När"),
           ("DBT-färdighetsträning i grupp", "DBT-teamet, Vuxenpsykiatrin Köping",
            "Start 2025-04-07, måndagar"),
           ("Individuell DBT-terapi", "Psykolog, DBT-teamet", ""),
           ("Läkemedelsuppföljning, sertralin", "Överläkare, öppenvårdsmottagningen",
            "Återbesök 2025-05-06"),
           ("Stödsamtal och kedjeanalyser efter självskada", "Kontaktsjuksköterska",
            "Varannan vecka")], [7.5, 5.5, 4.0])
    sect("Insatser – socialtjänsten", "SIP")
    table([("Insats", "Ansvarig", "När"),
           ("Boendestöd 2 ggr/vecka, eftermiddag: struktur i vardagen, måltider, sömnrutiner",
            "Socialpsykiatrin Köping, boendestödjare", "Fr.o.m. 2025-04-01"),
           ("Försörjningsstöd", "Socialsekreterare, Försörjningsstöd Köping", "Löpande"),
           ("Studiebesök på Träffpunkten (öppen verksamhet)", "Socialpsykiatrin Köping", "")],
          [7.5, 5.5, 4.0])
    sect("Huvudansvarig för SIP", "SIP")
    doc.add_paragraph("Lina, kontaktsjuksköterska, Vuxenpsykiatrin Köping, öppenvårdsmottagningen.")
    sect("Signering", "VP")
    doc.add_paragraph("Kontaktsjuksköterska Lina, 2025-03-18. Vidimerad av överläkare 2025-03-19.")
    save_docx(doc, path(8, "docx"))


# ====================================================================== 09
# Export from a care-planning system with bilingual (English / Swedish) labels; UTF-8, CRLF.
PLAN09 = """
================================================================================
 OmsorgsPlan 4.2  |  Care plan export / Planutskrift           2025-05-21 14:02
================================================================================
 Plan type / Plantyp ..........: SIP - Samordnad individuell plan
 Client / Brukare .............: Birgitta (ID: XXXXXX-XXXX)
 Unit / Enhet .................: Hemtjänst Surahammar södra
 Created by / Skapad av .......: sur_hemtj07
 Status .......................: Active / Aktiv
 Meeting date / Mötesdatum ....: 2025-05-20
 Location / Plats .............: Brukarens hem
--------------------------------------------------------------------------------

 [1] PURPOSE / SYFTE
     Samordning

 [2] QUESTIONS / FRÅGESTÄLLNINGAR
     - Kan Birgitta bo kvar hemma med utökad hemtjänst under tiden maken
       Gunnar opereras i juni, eller behövs en korttidsplats?
     - Vem ska dela hennes läkemedel (bl.a. vattendrivande) när Gunnar inte
       kan göra det?

 [3] CLIENT PARTICIPATION / DEN ENSKILDES DELAKTIGHET
     Client present / Närvarande ..: No / Nej
     Client view / Synpunkter .....: Birgitta har via maken framfört att hon
                                     inte vill ha fler nya ansikten från
                                     hemtjänsten.

 [4] GOALS / MÅL
     Client goal / Brukarens mål ..: -

 [5] ACTIONS / ÅTGÄRDER
     Action #1 / Åtgärd 1
       Description / Beskrivning ..: Fortsatt hemtjänst
       Responsible / Ansvarig .....: Hemtjänst Surahammar södra
       Due date / Klart datum .....:
     Action #2 / Åtgärd 2
       Description / Beskrivning ..: Stöd vid behov
       Responsible / Ansvarig .....: Kommunen
       Due date / Klart datum .....:
     Action #3 / Åtgärd 3
       Description / Beskrivning ..: Fortsatt kontakt med
                                     hjärtsviktsmottagningen
       Responsible / Ansvarig .....: Regionen
       Due date / Klart datum .....: löpande
     Action #4 / Åtgärd 4
       Description / Beskrivning ..: Uppföljning vid behov
       Responsible / Ansvarig .....: Distriktssköterska, Vårdcentralen
                                     Surahammar
       Due date / Klart datum .....:

 [6] OTHER ACTORS / ÖVRIGA AKTÖRER
     Maken Gunnar. God man diskuterades.

 [7] CONSENT / SAMTYCKE
     Consent given / Samtycke lämnat ..:
     Date / Datum .....................:
     Form / Form ......................:

 [8] LEAD / HUVUDANSVARIG
     Surahammars kommun

 [9] PARTICIPANTS / DELTAGARE
     (no entries / inga poster)

 [10] FOLLOW-UP / UPPFÖLJNING
     Next review / Nästa uppföljning ..: om ca 3 månader

--------------------------------------------------------------------------------
 Notes / Anteckningar
 Birgitta, 79 år, har Alzheimers sjukdom (medelsvår) och hjärtsvikt. Bor med
 maken i radhus i Surahammar. Hemtjänst morgon och kväll sedan februari.
 Maken har hittills skött läkemedel och matlagning men ska opereras för
 höftartros i juni och kommer inte att kunna hjälpa till under några
 veckor. Två sjukhusinläggningar för hjärtsvikt under vintern.
--------------------------------------------------------------------------------
 End of export / Slut på utskrift                                   Page 1 / 1
"""


def plan09():
    write_text(path(9, "txt"), PLAN09, encoding="utf-8", crlf=True)


# ====================================================================== 10
# Each participant's commitments in its own section ("Socialtjänsten åtar sig:" ...).
def plan10():
    doc = base_doc("Times New Roman", 11.5, 2.3)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    r = hp.add_run("Norbergs kommun\nSocialtjänsten – Barn och unga")
    r.font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_x_of_y(fp, "", "/")
    for run in fp.runs:
        run.font.size = Pt(9)

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Överenskommelse – samordnad individuell plan för Alva")
    r.bold = True
    r.font.size = Pt(14)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Möte 2025-03-12 kl. 13.00–15.00, Socialtjänsten Norberg")

    def head(text):
        q = bold_para(doc, text, space_before=10)
        return q

    def dash(items):
        for it in items:
            q = doc.add_paragraph("– " + it)
            q.paragraph_format.left_indent = Cm(0.6)
            q.paragraph_format.first_line_indent = Cm(-0.4)
            q.paragraph_format.space_after = Pt(2)

    head("Vid mötet deltog:")
    dash(["Alva (första halvan av mötet)",
          "Maria, mamma",
          "Stefan, pappa",
          "Josefin, socialsekreterare, Socialtjänsten Norberg, Barn och unga",
          "Leila, psykolog, BUP Fagersta",
          "Erik, kurator, Elevhälsan Norbergs skola",
          "Ann, skolsköterska, Elevhälsan Norbergs skola"])

    head("Därför har vi en SIP:")
    doc.add_paragraph(
        "Alva, 15 år, har under vintern skadat sig själv vid flera tillfällen och har kontakt med både "
        "BUP och socialtjänsten. Föräldrarna bor på var sitt håll i Norberg och det har varit "
        "konflikter om hur Alva ska bo och vem som ska göra vad. Vi behöver komma överens om vem som "
        "gör vad, så att Alva får ett samlat stöd och föräldrarna vet vart de ska vända sig när det "
        "blir svårt.")

    head("Frågor vi ville ha svar på:")
    dash(["Hur ska Alvas boende se ut under våren – varannan vecka eller mest hos mamma?",
          "Vem kontaktar föräldrarna om Alva skadar sig under skoltid?",
          "Kan BUP och socialtjänsten dela upp samtalen så att Alva inte får för många möten "
          "i veckan?"])

    head("Alvas tankar:")
    doc.add_paragraph(
        "Alva sa att hon vill bo mest hos mamma under våren och vara hos pappa varannan helg. Hon "
        "vill inte att lärarna ska få veta om BUP-kontakten, bara kurator och skolsköterska. Hon "
        "tycker att det är för många möten och vill helst ha samtalen på samma dag.")

    head("Målet:")
    doc.add_paragraph("Målet är att Alva ska må bättre, sluta skada sig och gå till skolan varje dag.")

    head("Socialtjänsten åtar sig:")
    dash(["Erbjuda familjebehandling i Familjeteamet: samtal med Alva och föräldrarna "
          "varannan vecka från vecka 13.",
          "Slutföra utredningen av Alvas behov av stöd enligt SoL senast 2025-05-30."])
    head("BUP Fagersta åtar sig:")
    dash(["Fortsätta individuella samtal med Alva med KBT-inriktning.",
          "Göra en läkarbedömning av Alvas sömn.",
          "Lägga BUP-samtalen på onsdagar, samma dag som familjesamtalen."])
    head("Skolan åtar sig:")
    dash(["Kurator Erik träffar Alva varje måndag kl. 10.00.",
          "Skolsköterskan Ann är Alvas kontaktperson vid oro och ringer mamma samma dag om "
          "Alva skadar sig under skoltid.",
          "Bara kurator och skolsköterska informeras om BUP-kontakten."])
    head("Mamma åtar sig:")
    dash(["Hämta Alva på skolan på fredagar.",
          "Följa med Alva till BUP-besöken."])
    head("Pappa åtar sig:")
    dash(["Delta i familjesamtalen varannan vecka.",
          "Ha Alva hos sig varannan helg, fredag till söndag."])
    head("Alva åtar sig:")
    dash(["Säga till skolsköterskan eller mamma när hon mår dåligt.",
          "Gå på samtalen med kurator på måndagar."])

    head("Nästa möte:")
    doc.add_paragraph("2025-06-05 kl. 14.00 på Socialtjänsten Norberg.")
    save_docx(doc, path(10, "docx"))


# ====================================================================== 11
# The whole plan typed into one single table cell (a "box" document), printed to PDF.
PLAN11 = """SIP 2024-11-07     Tomas ÅÅMMDD-XXXX

Närv: Bengt, Sara, Hanna (tel)

Syfte: SIP

Tomas har enligt hemtjänsten druckit mer sedan i somras. Leverprover förhöjda vid senaste provtagningen i oktober (ALAT, GT). Han äter dåligt och har tappat i vikt, hemtjänsten har sett att maten blir stående. Ramlade i hallen i oktober, inga frakturer, sydd i pannan på akuten i Västerås. Bor ensam i lägenhet i Skinnskatteberg. Ekonomin oklar, hyran har betalts.

Diskuterades hur vi går vidare och vad som är möjligt att erbjuda.

Beslutades:
- fortsatt stöd vid behov
- se över matsituationen
- fortsatt kontakt som tidigare

Ny SIP vid behov."""


def plan11():
    doc = base_doc("Calibri", 11, 2.0)
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    c = t.cell(0, 0)
    c.text = ""
    blocks = PLAN11.split("\n\n")
    for bi, block in enumerate(blocks):
        pp = c.paragraphs[0] if bi == 0 else c.add_paragraph()
        lines = block.split("\n")
        for li, line in enumerate(lines):
            rr = pp.add_run(line)
            if bi == 0:
                rr.bold = True
            if li < len(lines) - 1:
                rr.add_break()
    set_col_widths(t, [17.0])
    tmpdir = tempfile.mkdtemp(prefix="f2cell-")
    src = os.path.join(tmpdir, "SIP Tomas nov.docx")
    save_docx(doc, src)
    soffice_pdf(src, path(11, "pdf"))
    shutil.rmtree(tmpdir, ignore_errors=True)


# ====================================================================== 12
# Markdown exported from a wiki / intranet (Confluence-like) with HTML remnants.
PLAN12 = """---
title: "SIP – Nora (familjeärende)"
space: FAMILJETEAMET
page_id: 48213
last_modified: 2025-03-06T09:41:12+01:00
exported_by: confluence-md-export 1.4
---

# SIP – Nora (familjeärende)

<span style="color: rgb(122,134,154);">Sidan är låst för redigering – ändringar görs av ärendeansvarig.</span>

&nbsp;

**Datum för SIP-möte:**&nbsp;2025-03-04<br>**Plats:**&nbsp;Familjecentralen Bäckby, Västerås<br>**Barn:**&nbsp;Ella, 4 mån<br>**Syfte:**&nbsp;Samordning

## Bakgrund

Nora, 24 år, har tidigare ett amfetaminberoende och har enligt egen uppgift varit drogfri sedan tidig graviditet. MVC gjorde en orosanmälan i september 2024 och socialtjänsten har haft kontakt sedan dess. Ella föddes i november 2024, fullgången och frisk.&nbsp; Nora bor i andrahandslägenhet i Västerås och kontraktet går ut i sommar.<br>
Barnets pappa har ingen kontakt med familjen.

## Noras egen röst

Nora har i samtal med socialsekreteraren inför SIP-mötet sagt:

> ”Jag vill vara en bra mamma till Ella och hålla mig drogfri. Jag vill inte att hon ska växa upp som jag gjorde.”

Hon önskar att få behålla samma BVC-sjuksköterska som hon har i dag och vill helst ha hembesöken på förmiddagen.

**Samtycke:**&nbsp;Skriftligt samtycke undertecknat 2025-02-25 vid hembesök (blankett "Samtycke till SIP").

## Insatser

| Insats | Ansvarig | När |
|---|---|---|
| Föräldraskapsstöd i hemmet, hembesök 1&nbsp;ggr/vecka | Familjeteamet, IFO Barn och familj | Fr.o.m. v. 11 |
| Urinprov (drogkontroll) 2&nbsp;ggr/månad | Beroendemottagningen Västerås, sjuksköterska | Fr.o.m. 2025-03-10 |
| Samtal om återfallsprevention | Beroendemottagningen Västerås, kurator | Varannan vecka fr.o.m. 2025-03-12 |
| Utökade BVC-besök,<br>hembesök var 3:e vecka | BVC Familjecentralen Bäckby, BVC-sjuksköterska | &nbsp; |
| Stöd i boendefrågan, ansökan om förstahandskontrakt | Socialsekreterare, IFO Vuxen | April 2025 |

## Nätverk

Mormor bor i Västerås och är ett stöd för Nora.<br>

**Ärendeansvarig / huvudansvar för SIP:**&nbsp;Socialsekreterare

&nbsp;

<p style="font-size: 10px; color: #888;">Bifogade filer: <a href="/download/attachments/48213/samtycke_SIP.pdf">samtycke_SIP.pdf</a></p>
"""


def plan12():
    write_text(path(12, "md"), PLAN12, encoding="utf-8", crlf=False)


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    for fn in (plan01, plan02, plan03, plan04, plan05, plan06, plan07, plan08, plan09,
               plan10, plan11, plan12):
        fn()
        print("done", fn.__name__)


if __name__ == "__main__":
    main()
