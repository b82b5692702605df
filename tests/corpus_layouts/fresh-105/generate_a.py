#!/usr/bin/env python
"""Generate the f105a batch of fictional, anonymized SIP plans (Region Blekinge).

Run with /work/batches/.venv/bin/python generate.py
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

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f105a"
LO_PROFILE = "file:///tmp/lo-f105a"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
import datetime as _dt
FIXED_DT = _dt.datetime(2025, 3, 1, 9, 0, 0)


def normalize_docx(fn):
    """Rewrite the zip with fixed timestamps so every run gives the same bytes."""
    import zipfile
    with zipfile.ZipFile(fn) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(fn, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def normalize_pdf(fn, created):
    """Fix the creation/modification dates and the file ID of a PDF."""
    import hashlib
    from pypdf import PdfWriter
    from pypdf.generic import ArrayObject, ByteStringObject
    w = PdfWriter(clone_from=fn)
    info = dict(w.metadata or {})
    info["/CreationDate"] = created
    info["/ModDate"] = created
    w.add_metadata(info)
    digest = hashlib.md5(os.path.basename(fn).encode()).digest()
    w._ID = ArrayObject([ByteStringObject(digest), ByteStringObject(digest)])
    with open(fn, "wb") as f:
        w.write(f)


def path(nn, ext):
    return os.path.join(OUT, f"{PREFIX}-{nn:02d}.{ext}")


# ---------------------------------------------------------------- docx helpers

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
    rfonts.set(qn("w:eastAsia"), font)
    rfonts.set(qn("w:cs"), "Arial")
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(2.0)
    sec.bottom_margin = Cm(2.0)
    core = doc.core_properties
    core.author = ""
    core.last_modified_by = ""
    core.comments = ""
    core.created = FIXED_DT
    core.modified = FIXED_DT
    core.revision = 1
    return doc


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def valign(cell, val="top"):
    tcpr = cell._tc.get_or_add_tcPr()
    va = OxmlElement("w:vAlign")
    va.set(qn("w:val"), val)
    tcpr.append(va)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit")
    trpr.append(el)


def set_col_widths(table, widths):
    table.autofit = False
    tbl = table._tbl
    grid = tbl.tblGrid
    for idx, gc in enumerate(grid.findall(qn("w:gridCol"))):
        if idx < len(widths):
            gc.set(qn("w:w"), str(int(widths[idx].twips)))
    tblpr = tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblpr.append(lay)
    for row in table.rows:
        for idx, tc in enumerate(row._tr.tc_lst):
            if idx < len(widths):
                tcpr = tc.get_or_add_tcPr()
                tcw = tcpr.find(qn("w:tcW"))
                if tcw is None:
                    tcw = OxmlElement("w:tcW")
                    tcpr.insert(0, tcw)
                tcw.set(qn("w:w"), str(int(widths[idx].twips)))
                tcw.set(qn("w:type"), "dxa")


def cell_text(cell, text, bold=False, size=None, italic=False, color=None):
    """Write text into a cell; '\n' gives new paragraphs."""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        p.paragraph_format.space_after = Pt(2)
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    return cell


def no_borders(table):
    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblpr.append(borders)


def header_footer(doc, left, right=None, footer=None, size=8):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = ""
    r = hp.add_run(left)
    r.font.size = Pt(size)
    if right:
        hp.add_run("\t\t" + right).font.size = Pt(size)
    if footer:
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fr = fp.add_run(footer)
        fr.font.size = Pt(size)
        fr.font.color.rgb = RGBColor(0x55, 0x55, 0x55)


def page_field(paragraph, size=8):
    """Insert a PAGE field (Word fills in the number)."""
    r = paragraph.add_run()
    r.font.size = Pt(size)
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r._r.append(b)
    r2 = paragraph.add_run()
    r2.font.size = Pt(size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    r2._r.append(it)
    r3 = paragraph.add_run()
    r3.font.size = Pt(size)
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r3._r.append(e)


def soffice_pdf(src, outdir):
    subprocess.run(
        ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
         "--convert-to", "pdf", "--outdir", outdir, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        timeout=180)


# ============================================================== 01 merged table

def plan01():
    doc = base_doc("Calibri", 10.5)
    header_footer(doc, "Region Blekinge · Karlskrona kommun",
                  "SIP – samordnad individuell plan",
                  footer="Dokumentet förvaras i respektive verksamhets journal/akt. ")
    fp = doc.sections[0].footer.paragraphs[0]
    fp.add_run("Sida ").font.size = Pt(8)
    page_field(fp)

    t = doc.add_paragraph()
    r = t.add_run("Samordnad individuell plan (SIP)")
    r.bold = True
    r.font.size = Pt(16)
    s = doc.add_paragraph()
    r = s.add_run("Enligt 2 kap. 7 § SoL och 16 kap. 4 § HSL")
    r.italic = True
    r.font.size = Pt(9)

    rows = [
        # (group, field, content)
        ("Planen", "Gäller",
         "J., 34 år, Karlskrona. Personnummer: XXXXXX-XXXX"),
        ("Planen", "Syfte",
         "Planen ska se till att J. kan bo kvar i sin lägenhet på Trossö trots "
         "hyresskulden, och att psykiatrin, socialtjänsten och gode mannen "
         "drar åt samma håll så att J. slipper berätta samma sak för alla. "
         "Efter vårens återinläggning behövs en tydligare plan för vad som "
         "händer om J. slutar ta sin medicin."),
        ("Planen", "Frågeställningar",
         "Gå igenom läget. Övriga frågor."),
        ("Personen", "Situation",
         "J. har schizofreni sedan 2016 och har kontakt med psykosteamet. "
         "Han var inlagd på Psykiatriska kliniken i Karlskrona i tre veckor i "
         "januari 2025 efter att ha slutat med sin medicin. Hyresvärden har "
         "skickat en uppsägning på grund av obetalda hyror (ca 3 månader), "
         "och J. har skulder hos Kronofogden. God man sedan 2024-11."),
        ("Personen", "Mål",
         "Målet är att J. ska kunna bo kvar i sin lägenhet, ta sin medicin "
         "regelbundet och få en överblick över sin ekonomi."),
        ("Personen", "Delaktighet",
         "J. deltog på hela mötet tillsammans med sin gode man. J. sa att "
         "han vill ha färre möten och helst bara en kontaktperson att ringa, "
         "och att det viktigaste för honom är att få behålla hunden. Han vill "
         "inte ha boendestöd tidiga morgnar."),
        ("Insatser", "Psykiatri",
         "Vuxenpsykiatrin Karlskrona, psykosteamet: depåinjektion var 14:e "
         "dag och samtal med kontaktsjuksköterskan varannan vecka.\n"
         "Ansvarig: kontaktsjuksköterska, psykosteamet. Start: 2025-02-17."),
        ("Insatser", "Boendestöd",
         "Socialtjänsten Karlskrona, vuxenenheten: J. ansöker om boendestöd "
         "2 ggr/vecka (eftermiddagar), med fokus på post, städning och "
         "matlagning. Beslut senast 2025-03-07.\n"
         "Ansvarig: socialsekreterare, vuxenenheten."),
        ("Insatser", "Skulder",
         "Budget- och skuldrådgivningen, Karlskrona kommun: genomgång av "
         "skulderna och ansökan om skuldsanering hos Kronofogden "
         "tillsammans med gode mannen.\n"
         "Ansvarig: budget- och skuldrådgivare."),
        ("Insatser", "God man",
         "Gode mannen kontaktar hyresvärden och föreslår en avbetalningsplan "
         "för hyresskulden före 2025-03-01, och sköter därefter hyran via "
         "autogiro. Gode mannen ansöker om bostadstillägg hos "
         "Försäkringskassan i mars 2025."),
        ("Insatser", "J. själv",
         "J. lämnar all post som kommer till gode mannen varje måndag och "
         "kommer till injektionerna. Vid utebliven injektion ringer "
         "kontaktsjuksköterskan J. samma dag."),
        ("Ansvar och uppföljning", "Huvudansvarig",
         "Kurator Sara, Vuxenpsykiatrin Karlskrona (psykosteamet)"),
        ("Ansvar och uppföljning", "Deltagare",
         "J., Lena (god man), Maria, Sara, Ahmed, Kristin"),
        ("Ansvar och uppföljning", "Mötesdatum",
         "2025-02-11, Vuxenpsykiatrin Karlskrona"),
        ("Ansvar och uppföljning", "Uppföljning",
         "2025-04-22 kl. 13.30 på Vuxenpsykiatrin Karlskrona. Kurator Sara "
         "kallar."),
        ("Ansvar och uppföljning", "Planen skickas till",
         "J., gode mannen, vuxenenheten och psykosteamet. J. får planen i "
         "pappersform."),
    ]

    table = doc.add_table(rows=1 + len(rows), cols=3)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = table.rows[0]
    for i, h in enumerate(["Del", "Fält", "Innehåll"]):
        cell_text(hdr.cells[i], h, bold=True)
        shade(hdr.cells[i], "1F4E79")
        hdr.cells[i].paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    repeat_header(hdr)

    for i, (_g, field, content) in enumerate(rows, start=1):
        row = table.rows[i]
        cell_text(row.cells[1], field, bold=True)
        cell_text(row.cells[2], content)
        shade(row.cells[1], "F2F2F2")
        cant_split(row)

    # merge the first column over groups
    groups = []
    start = 1
    for i in range(2, len(rows) + 2):
        if i == len(rows) + 1 or rows[i - 1][0] != rows[start - 1][0]:
            groups.append((rows[start - 1][0], start, i - 1))
            start = i
    for name, a, b in groups:
        merged = table.cell(a, 0).merge(table.cell(b, 0))
        for p in merged.paragraphs[1:]:
            p._p.getparent().remove(p._p)
        merged.paragraphs[0].text = ""
        cell_text(merged, name, bold=True)
        shade(merged, "DEEAF6")
        valign(merged, "center")

    set_col_widths(table, [Cm(2.9), Cm(3.9), Cm(9.8)])

    doc.add_paragraph()
    p = doc.add_paragraph()
    r = p.add_run("Upprättad 2025-02-11 av kurator, Vuxenpsykiatrin Karlskrona.")
    r.font.size = Pt(9)
    doc.save(path(1, "docx"))


# ============================================================== 02 letter (pdf)

def plan02(tmpdir):
    doc = base_doc("Times New Roman", 11.5)
    sec = doc.sections[0]
    sec.left_margin = Cm(2.5)
    sec.right_margin = Cm(2.0)
    sec.top_margin = Cm(1.5)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.LEFT
    fr = fp.add_run("Ronneby kommun · Vård- och omsorgsförvaltningen · "
                    "Besöksadress: Stadshuset · Telefon: via växeln")
    fr.font.size = Pt(8)

    top = doc.add_table(rows=1, cols=2)
    no_borders(top)
    set_col_widths(top, [Cm(9.0), Cm(8.0)])
    lc, rc = top.rows[0].cells
    cell_text(lc, "RONNEBY KOMMUN", bold=True, size=14)
    q = lc.add_paragraph()
    q.add_run("Vård- och omsorgsförvaltningen").font.size = Pt(9)
    q = lc.add_paragraph()
    q.add_run("Äldreomsorgen, biståndsenheten").font.size = Pt(9)
    cell_text(rc, "Datum: 2025-03-20\nVår referens: ÄO 2025/0412\n"
                  "Er referens: –", size=9.5)

    for _ in range(2):
        doc.add_paragraph()
    for line in ["[Namn Efternamn]", "[Gatuadress]", "[Postnummer]  [Ort]"]:
        p = doc.add_paragraph(line)
        p.paragraph_format.left_indent = Cm(9.0)
        p.paragraph_format.space_after = Pt(0)
    for _ in range(3):
        doc.add_paragraph()

    p = doc.add_paragraph()
    r = p.add_run("Din samordnade individuella plan (SIP)")
    r.bold = True
    r.font.size = Pt(13)
    doc.add_paragraph("Hej G.!")

    paras = [
        "Den 18 mars 2025 hade vi ett SIP-möte om dig och hur det ska fungera "
        "när du kommer hem från korttidsboendet. Du var inte med på mötet. "
        "När jag pratade med dig på korttidsboendet den 12 mars sa du: "
        "\u201dJag vill klara mig hemma och kunna gå till affären själv med "
        "rollatorn, och jag vill inte flytta till något boende.\u201d Det har "
        "vi tagit med oss i planen.",
        "Vid samma samtal den 12 mars 2025 sa du ja till att vi som arbetar "
        "med dig får prata med varandra och dela information inför mötet. "
        "Ditt samtycke var muntligt och jag har skrivit in det i din akt.",
        "Syftet med planen är att du ska kunna bo kvar hemma i din lägenhet "
        "på ett tryggt sätt efter höftoperationen i februari, och att "
        "hemtjänsten, rehab och vårdcentralen vet vem som gör vad så att "
        "inget faller mellan stolarna.",
        "Hemtjänst Ronneby centrum kommer till dig morgon och kväll från och "
        "med hemgången den 24 mars 2025. På morgonen hjälper de dig med "
        "påklädning och frukost, på kvällen med att göra i ordning inför "
        "natten. Dusch en gång i veckan, på tisdagar.",
        "Trygghetslarmet installeras av kommunens larmgrupp den 21 mars 2025, "
        "innan du kommer hem, så att du kan larma dygnet runt om du skulle "
        "ramla.",
        "Arbetsterapeut från Rehabenheten i Ronneby kommun har beställt "
        "toalettförhöjning, duschpall och en rollator för inomhusbruk. De "
        "levereras och provas ut hemma hos dig den 24 mars 2025.",
        "Fysioterapeut från Rehabenheten kommer hem till dig en gång i veckan "
        "under april för gång- och balansträning, första gången den "
        "1 april 2025. Fysioterapeuten lämnar också ett träningsprogram som "
        "hemtjänsten hjälper dig att komma ihåg.",
        "Vårdcentralen Ronneby gör en läkemedelsgenomgång och ser över "
        "smärtlindringen och behandlingen mot benskörhet. Distriktssköterskan "
        "tar också över såromläggningen efter operationen.",
        "Din dotter Eva finns också med som ett stöd för dig.",
        "Huvudansvaret för planen ligger hos kommunen.",
        "Vi följer upp planen om ungefär sex veckor, när du har hunnit vara "
        "hemma ett tag. Vi hör av oss om tid.",
        "Har du frågor om planen eller vill ändra något är du välkommen att "
        "ringa mig via kommunens växel. Planen finns också hos vårdcentralen "
        "och hemtjänsten.",
    ]
    for i, txt in enumerate(paras, start=1):
        p = doc.add_paragraph()
        pf = p.paragraph_format
        pf.left_indent = Cm(0.8)
        pf.first_line_indent = Cm(-0.8)
        pf.space_after = Pt(6)
        p.add_run(f"{i}.\t{txt}")
        pf.tab_stops.add_tab_stop(Cm(0.8))

    doc.add_paragraph()
    doc.add_paragraph("Med vänlig hälsning")
    doc.add_paragraph()
    doc.add_paragraph("Karin\nBiståndshandläggare\nÄldreomsorgen, Ronneby kommun")

    src = os.path.join(tmpdir, f"{PREFIX}-02.docx")
    doc.save(src)
    soffice_pdf(src, OUT)


# ============================================================== 03 terminal txt

def plan03():
    W = 80
    L = []
    eq = "=" * W
    da = "-" * W
    L.append(eq)
    L.append(" BLEKINGE SAMVERKAN V3.2  DOK: SIP/PLAN        UTSKRIFT 2025-03-13 09:41   SID 1")
    L.append(" ANV: VC-OLO-KUR02                               TERM: OLO14")
    L.append(eq)
    L.append("")
    L.append("                       SAMORDNAD INDIVIDUELL PLAN")
    L.append("")
    L.append(da)
    L.append("KLIENT..........: A. (19 AR)              PNR: XXXXXX-XXXX")
    L.append("KOMMUN..........: OLOFSTROM")
    L.append("MOTESDATUM......: 2025-03-12  KL 13.00-14.30")
    L.append("MOTESPLATS......: VARDCENTRALEN OLOFSTROM, KONF.RUM 2")
    L.append("HUVUDANSVARIG...: KURATOR, VARDCENTRALEN OLOFSTROM")
    L.append(da)
    L.append("")
    L.append("SYFTE")
    L.append("  SAMORDNING.")
    L.append("")
    L.append("FRAGESTALLNINGAR")
    L.append("  DISKUTERA LAGET.")
    L.append("")
    L.append("BAKGRUND")
    bak = ("A. AR 19 AR OCH BOR HEMMA. HAR ANVANT CANNABIS DAGLIGEN SEDAN "
           "GYMNASIET, AVBROT GYMNASIET I AK 2 (HT 2023). SOVER DALIGT, VANDER "
           "PA DYGNET. KONTAKT MED VARDCENTRALEN SEDAN 2024-12 PGA SOMNPROBLEM "
           "OCH ORO. AKTUALISERAD HOS SOCIALTJANSTEN OLOFSTROM EFTER EGEN "
           "ANSOKAN 2025-02.")
    L += wrap(bak, W, "  ")
    L.append("")
    L.append("KLIENTENS MAL (EGNA ORD)")
    L.append('  "JAG VILL SLUTA ROKA PA VARDAGARNA OCH HA ETT JOBB TILL HOSTEN.')
    L.append('   OCH JAG VILL KUNNA SOVA PA NATTEN IGEN."')
    L.append("")
    L.append("KLIENTENS DELAKTIGHET")
    dl = ("A. DELTOG SJALV PA HELA MOTET. A. VILL HA SAMTALEN PA EFTERMIDDAGEN "
          "OCH VILL INTE GA I GRUPP I KARLSKRONA, HELLRE I OLOFSTROM. A. VILL "
          "HELST TRAFFA SAMMA KURATOR HELA TIDEN.")
    L += wrap(dl, W, "  ")
    L.append("")
    L.append("INSATSER")
    L.append(da)
    L.append("NR  INSATS                              ANSVARIG                    START")
    L.append(da)
    rows = [
        ("01", ["MOTIVERANDE SAMTAL (MI) 1 GG/VECKA,", "EFTERMIDDAGSTID"],
         ["KURATOR, VC OLOFSTROM"], "2025-03-17"),
        ("02", ["LAKARBESOK SOMN/ORO, UTV. AV", "SOMNMEDICIN"],
         ["LAKARE, VC OLOFSTROM"], "2025-03-20"),
        ("03", ["URINPROVER (DROGSCREENING)", "2 GGR/MANAD"],
         ["REGIONEN"], "2025-03-24"),
        ("04", ["ATERFALLSPREVENTION I GRUPP,", "8 TRAFFAR, OLOFSTROM"],
         ["SOCIALTJANSTEN OLOFSTROM,", "OPPENVARD BEROENDE"], "2025-04-02"),
        ("05", ["ARBETSTRANING/PRAKTIK VIA", "KOMMUNENS ARBETSMARKNADSENHET"],
         ["ARBETSMARKNADSENHETEN", "OLOFSTROM"], ""),
    ]
    for nr, ins, ans, start in rows:
        n = max(len(ins), len(ans))
        for i in range(n):
            a = ins[i] if i < len(ins) else ""
            b = ans[i] if i < len(ans) else ""
            c = (start or "--") if i == 0 else ""
            L.append(f"{nr if i == 0 else '':<4}{a:<36}{b:<28}{c}".rstrip())
    L.append(da)
    L.append("")
    L.append("UPPFOLJNING.....: 2025-05-14 KL 14.00, VARDCENTRALEN OLOFSTROM")
    L.append("DELTAGARE.......: A., JONAS, SOFIA, EMIL")
    L.append("")
    L.append("SIGN: VC-OLO-KUR02  2025-03-12 15:02   ATTEST: --")
    L.append(eq)
    L.append(" *** SLUT PA UTSKRIFT ***")
    txt = "\r\n".join(L) + "\r\n"
    with open(path(3, "txt"), "wb") as f:
        f.write(txt.encode("cp1252"))


def wrap(text, width, indent):
    import textwrap
    return textwrap.wrap(text, width=width, initial_indent=indent,
                         subsequent_indent=indent)


# ============================================================== 04 markdown

def plan04():
    md = """#### SIP – O., Sölvesborgs kommun / Region Blekinge

- **Datum för mötet:** 2025-02-26, Socialtjänsten Sölvesborg (LSS-enheten), mötesrum Ljungen
- **Gäller:** O., 24 år, ÅÅMMDD-XXXX
- **Diagnos/funktionsnedsättning:** Autism, lindrig intellektuell funktionsnedsättning. Personkrets 1 enligt LSS.

#### Bakgrund

- O. bor hemma hos sina föräldrar i Sölvesborg och har haft daglig verksamhet (trädgårdsgruppen) sedan 2021.
  - Under hösten 2024 har O. varit hemma mer och mer, slutat åka med färdtjänsten och haft utbrott hemma när rutinerna ändras.
  - Föräldrarna är slitna. Pappa har gått ner i arbetstid.
  - O. har inte varit hos tandläkaren på fyra år och har ont i en tand enligt pappa.
- Habiliteringen i Blekinge har tidigare haft kontakt (2019–2022), avslutad.

#### Deltagande

- O. var med första halvtimmen av mötet tillsammans med sin pappa.
- **Närvarande:** O., pappa, LSS-handläggaren, arbetsterapeuten, sjuksköterskan, god man.
- **Samtycke:** Samtycke finns.

#### Insatser

- **Daglig verksamhet**
  - **Insats:** Ny plan för daglig verksamhet med kortare dagar (09–13) och fast personal i trädgårdsgruppen. **Vem:** LSS-handläggare och enhetschef daglig verksamhet, Sölvesborgs kommun **När:** från 2025-03-10
  - **Insats:** Bildschema för veckan och förberedelse inför ändringar. **Vem:** Personal daglig verksamhet, Sölvesborgs kommun **När:** klart till 2025-03-10
- **Resor**
  - **Insats:** Ledsagning vid färdtjänstresor de första fyra veckorna, samma chaufför om möjligt. **Vem:** LSS-handläggare, Sölvesborgs kommun **När:** v. 11–14
- **Habilitering och hälsa**
  - **Insats:** Ny remiss till Habiliteringen Blekinge för stöd kring utbrott och kommunikation. **Vem:** Regionen **När:** mars 2025
  - **Insats:** Tandvårdsbesök med förberedelse (bilder, besök på mottagningen innan). **Vem:** Sjuksköterska, Vårdcentralen Sölvesborg, bokar via Folktandvården Sölvesborg **När:**
- **Andra aktörer**
  - **Insats:** God man ansöker om förlängd aktivitetsersättning hos Försäkringskassan (nuvarande beslut går ut 2025-06-30). **Vem:** God man **När:** senast 2025-04-15
  - **Insats:** Pappa följer med till första tandläkarbesöket och tar med O:s bildschema. **Vem:** Pappa **När:** vid första besöket
  - **Insats:** Avlösarservice i hemmet, 8 tim/månad – föräldrarna funderar och återkommer till handläggaren. **Vem:** Föräldrarna **När:** senast 2025-03-31

#### Ansvar

- **Huvudansvarig:** LSS-handläggaren
- **Kallar till nästa möte:** –

#### Övrigt

- Kopia av planen till föräldrarna och god man. Planen skickas även till Vårdcentralen Sölvesborg.
"""
    with open(path(4, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ============================================================== 05 measures table

def plan05():
    doc = base_doc("Arial", 10)
    header_footer(doc, "Karlshamns kommun · Barn- och ungdomsförvaltningen   |   "
                  "Region Blekinge", footer="SIP – åtgärdsplan, sekretess enligt "
                  "OSL. Förvaras i elevakt/journal.")

    h = doc.add_paragraph()
    r = h.add_run("Samordnad individuell plan – åtgärder")
    r.bold = True
    r.font.size = Pt(15)
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)

    info = doc.add_table(rows=2, cols=4)
    info.style = "Table Grid"
    vals = [("Elev", "E., 13 år"), ("Årskurs", "7"),
            ("Datum för möte", "2025-03-27"), ("Personnummer", "ÅÅMMDD-XXXX")]
    k = 0
    for ri in range(2):
        for ci in (0, 2):
            lab, val = vals[k]
            k += 1
            cell_text(info.cell(ri, ci), lab, bold=True, size=9)
            shade(info.cell(ri, ci), "E7E6E6")
            cell_text(info.cell(ri, ci + 1), val, size=10)
    set_col_widths(info, [Cm(3.0), Cm(5.3), Cm(3.3), Cm(5.0)])

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Bakgrund").bold = True
    doc.add_paragraph(
        "E. har haft hög frånvaro sedan höstterminen i åk 6 och har under "
        "vårterminen 2025 varit i skolan ungefär en dag i veckan. E. beskriver "
        "ont i magen och hjärtklappning på morgnarna. BUP Karlskrona har "
        "bedömt generaliserat ångestsyndrom (februari 2025). Familjen har "
        "sökt stöd hos socialtjänsten och fått beslut om familjebehandling.")

    p = doc.add_paragraph()
    p.add_run("Frågor till mötet").bold = True
    for q in ["Kan E. få börja 09.00 i stället för 08.10 och läsa färre ämnen "
              "under en period?",
              "Vem ringer hem de dagar E. inte kommer, och när på dagen?",
              "Hur samordnar vi KBT-uppgifterna från BUP med det som görs i "
              "skolan, så att E. inte får dubbla övningar?"]:
        doc.add_paragraph(q, style="List Bullet")

    p = doc.add_paragraph()
    p.add_run("E:s mål").bold = True
    p = doc.add_paragraph()
    r = p.add_run("\u201dJag vill kunna vara i skolan hela förmiddagarna utan att "
                  "få ont i magen, och jag vill hinna ikapp i engelska.\u201d")
    r.italic = True
    doc.add_paragraph("E. skrev själv ner sitt mål inför mötet. E. var inte med "
                      "på mötet.")

    p = doc.add_paragraph()
    p.add_run("Åtgärder").bold = True
    rows = [
        ("Anpassad skoldag: start 09.00, fyra ämnen (sv, en, ma, bild) under "
         "perioden, fast plats i studiehallen.",
         "Mentor Johan, Väggaskolan\nv. 14–20",
         "Utvärderas av mentor och E. varje fredag."),
        ("Stödsamtal 1 g/vecka med fokus på skolnärvaro och "
         "exponering i små steg.",
         "Kurator Elin, elevhälsan\nv. 14–20",
         "Samma tid varje vecka, tisdagar kl. 09.15."),
        ("Närvarouppföljning: samtal hem samma förmiddag vid frånvaro.",
         "Mentor Johan, Väggaskolan\nfr.o.m. v. 14",
         "Före kl. 10.00."),
        ("KBT för ångest, 12 sessioner, med exponeringsuppgifter som "
         "delas med elevhälsan.",
         "Psykolog, BUP Karlskrona\nv. 15–27",
         "Första tid 2025-04-08."),
        ("Familjebehandling, 1 g/vecka i hemmet, stöd till föräldrarna kring "
         "morgonrutiner.",
         "Familjebehandlare, Socialtjänsten Karlshamn, barn och familj\n"
         "fr.o.m. v. 16",
         "Beslut finns sedan 2025-03-12."),
        ("Skolsköterska följer upp magont och sömn.",
         "Skolsköterska, elevhälsan\nv. 15 och v. 19",
         "Kontakt med BUP vid behov."),
    ]
    tab = doc.add_table(rows=1 + len(rows), cols=3)
    tab.style = "Table Grid"
    for i, hname in enumerate(["Åtgärd", "Ansvarig / när", "Kommentar"]):
        cell_text(tab.rows[0].cells[i], hname, bold=True)
        shade(tab.rows[0].cells[i], "BDD7EE")
    repeat_header(tab.rows[0])
    for ri, (a, b, c) in enumerate(rows, start=1):
        cell_text(tab.rows[ri].cells[0], a)
        cell_text(tab.rows[ri].cells[1], b)
        cell_text(tab.rows[ri].cells[2], c, size=9)
        cant_split(tab.rows[ri])
    set_col_widths(tab, [Cm(7.2), Cm(5.0), Cm(4.4)])

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Övrigt").bold = True
    doc.add_paragraph("Vårdnadshavarna och kontakt med Försäkringskassan "
                      "(omvårdnadsbidrag) togs upp.")
    p = doc.add_paragraph()
    p.add_run("Uppföljning: ").bold = True
    p.add_run("v. 22")
    doc.save(path(5, "docx"))


# ============================================================== 06 rotated pdf

def plan06(tmpdir):
    from fpdf import FPDF
    from pypdf import PdfWriter, Transformation

    class P(FPDF):
        def header(self):
            self.set_font("DV", "", 7.5)
            self.set_text_color(90, 90, 90)
            self.set_xy(15, 8)
            self.cell(90, 4, "Region Blekinge – Vårdinformationssystem · Journalutskrift")
            self.cell(0, 4, f"Utskrivet 2025-01-23 14:02    Sida {self.page_no()} (2)",
                      align="R")
            self.set_draw_color(150, 150, 150)
            self.line(15, 13, 195, 13)
            self.set_text_color(0, 0, 0)
            self.set_draw_color(0, 0, 0)

        def footer(self):
            self.set_y(-12)
            self.set_font("DV", "", 7)
            self.set_text_color(110, 110, 110)
            self.cell(0, 4, "Patient: L., ÅÅMMDD-XXXX · Vårdenhet: Psykiatriska "
                      "kliniken avd. 2, Blekingesjukhuset Karlskrona", align="L")
            self.set_text_color(0, 0, 0)

    pdf = P(format="A4")
    pdf.set_creation_date(_dt.datetime(2025, 1, 23, 14, 2, tzinfo=_dt.timezone.utc))
    pdf.add_font("DV", "", FONT)
    pdf.add_font("DV", "B", FONT_B)
    pdf.set_auto_page_break(False)
    pdf.set_margins(15, 15, 15)

    def field(label, text, min_h=9):
        x, y = 15, pdf.get_y()
        pdf.set_font("DV", "B", 7.5)
        pdf.set_xy(x, y)
        pdf.cell(180, 4.2, label)
        pdf.set_font("DV", "", 9.5)
        lines = pdf.multi_cell(176, 4.8, text or "", dry_run=True,
                               output="LINES") if text else []
        h = max(min_h, len(lines) * 4.8 + 3)
        pdf.rect(x, y + 4.5, 180, h)
        if text:
            pdf.set_xy(x + 2, y + 6)
            pdf.multi_cell(176, 4.8, text)
        pdf.set_y(y + 4.5 + h + 2.5)

    # -------- page 1
    pdf.add_page()
    pdf.set_y(16)
    pdf.set_font("DV", "B", 13)
    pdf.cell(0, 7, "Samordnad individuell plan (SIP) – inför utskrivning",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 8.5)
    pdf.cell(0, 5, "Samordnad utskrivningsplanering enligt lag (2017:612) "
             "och SIP enligt HSL 16 kap. 4 § / SoL 2 kap. 7 §",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)

    # boxed header grid
    y = pdf.get_y()
    grid = [("Patient", "L., 45 år"), ("Personnummer", "ÅÅMMDD-XXXX"),
            ("Mötesdatum", "2025-01-22"),
            ("Vårdenhet", "Psykiatriska kliniken avd. 2, Karlskrona"),
            ("Folkbokförd kommun", "Ronneby"), ("Planerat utskrivningsdatum", "2025-01-27")]
    for i, (lab, val) in enumerate(grid):
        col, row = i % 3, i // 3
        x0, y0 = 15 + col * 60, y + row * 12
        pdf.rect(x0, y0, 60, 12)
        pdf.set_xy(x0 + 1.5, y0 + 0.8)
        pdf.set_font("DV", "B", 7)
        pdf.cell(57, 3.5, lab)
        pdf.set_xy(x0 + 1.5, y0 + 5.2)
        pdf.set_font("DV", "", 8.5 if len(val) < 30 else 7.6)
        pdf.cell(57, 5, val)
    pdf.set_y(y + 24 + 4)

    field("Syfte", "Samordnad utskrivning.")
    field("Frågeställningar", "", min_h=12)
    field("Bakgrund",
          "45-årig kvinna med bipolär sjukdom typ 1, inlagd enligt HSL sedan "
          "2025-01-03 efter manisk episod med sömnlöshet och impulsiva köp. "
          "Stabiliserad på litium, sover nu 6–7 timmar per natt. Bor ensam i "
          "lägenhet i Ronneby. Hade boendestöd från socialtjänsten 2022–2024, "
          "avslutat på egen begäran. Tidigare kontakt med Vuxenpsykiatrin "
          "Karlskrona, öppenvården, som avbröts under hösten 2024.")
    field("Mål för vårdplaneringen",
          "Att L. ska kunna bo kvar i egen lägenhet med stöd, ta sin "
          "medicinering och undvika ny inläggning under 2025.")
    field("Samtycke",
          "Patienten har lämnat muntligt samtycke till informationsöverföring "
          "och samverkan med Socialtjänsten Ronneby och Vuxenpsykiatrin "
          "Karlskrona, öppenvården, 2025-01-20. Antecknat i journal "
          "(sökord Samtycke) av sjuksköterska Malin.")

    # measures table
    cols = [("Nr", 10), ("Insats", 78), ("Ansvarig verksamhet/funktion", 62),
            ("Fr.o.m.", 30)]

    def table_header():
        pdf.set_font("DV", "B", 8)
        pdf.set_fill_color(225, 225, 225)
        for name, w in cols:
            pdf.cell(w, 6, name, border=1, fill=True)
        pdf.ln(6)

    def table_row(vals):
        pdf.set_font("DV", "", 8.2)
        heights = []
        for (name, w), v in zip(cols, vals):
            n = len(pdf.multi_cell(w - 2, 4.2, v or " ", dry_run=True,
                                   output="LINES"))
            heights.append(n * 4.2 + 2)
        h = max(heights)
        x0, y0 = pdf.get_x(), pdf.get_y()
        x = x0
        for (name, w), v in zip(cols, vals):
            pdf.rect(x, y0, w, h)
            pdf.set_xy(x + 1, y0 + 1)
            pdf.multi_cell(w - 2, 4.2, v, align="L")
            x += w
        pdf.set_xy(x0, y0 + h)

    pdf.set_font("DV", "B", 7.5)
    pdf.cell(0, 5, "Insatser", new_x="LMARGIN", new_y="NEXT")
    table_header()
    rows = [
        ("1", "Krisplan upprättas tillsammans med patienten och lämnas i "
              "kopia till öppenvården.",
         "Sjuksköterska, Psykiatriska kliniken avd. 2", "2025-01-24"),
        ("2", "Första besök hos kontaktsjuksköterska inom 7 dagar efter "
              "utskrivning, därefter varannan vecka.",
         "Kontaktsjuksköterska, Vuxenpsykiatrin Karlskrona, öppenvården",
         "senast 2025-02-03"),
        ("3", "Läkarbesök med litiumkontroll (S-litium, njurfunktion), "
              "därefter var 3:e månad.",
         "Läkare, Vuxenpsykiatrin Karlskrona, öppenvården", "2025-02-05"),
    ]
    for r in rows:
        table_row(r)

    # -------- page 2 (continues table, header repeated)
    pdf.add_page()
    pdf.set_y(16)
    pdf.set_font("DV", "B", 7.5)
    pdf.cell(0, 5, "Insatser (forts.)", new_x="LMARGIN", new_y="NEXT")
    table_header()
    rows2 = [
        ("4", "Boendestöd 2 tim/vecka, fokus på ekonomi, sömnrutiner och "
              "att komma iväg till öppenvården.",
         "Socialsekreterare, Socialtjänsten Ronneby, vuxenenheten (beslut)",
         ""),
        ("5", "Dosett och läkemedelslista vid utskrivning, recept på litium "
              "3 månader.",
         "Läkare, Psykiatriska kliniken avd. 2", "2025-01-27"),
        ("6", "Sysselsättning: erbjuds plats på kommunens träffpunkt för "
              "personer med psykisk ohälsa, 2 förmiddagar/vecka.",
         "Sysselsättningssamordnare, Socialtjänsten Ronneby", "2025-02-10"),
    ]
    for r in rows2:
        table_row(r)
    pdf.ln(4)

    field("Uppföljning",
          "Uppföljande SIP-möte 2025-02-18 kl. 10.00 på Vuxenpsykiatrin "
          "Karlskrona, öppenvården. Kallelse skickas av öppenvården.")
    field("Huvudansvarig för planen", "", min_h=9)

    pdf.set_font("DV", "B", 7.5)
    pdf.cell(0, 5, "Deltagare vid mötet", new_x="LMARGIN", new_y="NEXT")
    pcols = [("Namn", 35), ("Funktion", 55), ("Verksamhet", 90)]
    pdf.set_font("DV", "B", 8)
    pdf.set_fill_color(225, 225, 225)
    for n, w in pcols:
        pdf.cell(w, 6, n, border=1, fill=True)
    pdf.ln(6)
    pdf.set_font("DV", "", 8.2)
    for rr in [("Malin", "Sjuksköterska", "Psykiatriska kliniken avd. 2, Karlskrona"),
               ("Henrik", "Överläkare", "Psykiatriska kliniken avd. 2, Karlskrona"),
               ("Therese", "Kontaktsjuksköterska", "Vuxenpsykiatrin Karlskrona, öppenvården"),
               ("Per", "Socialsekreterare", "Socialtjänsten Ronneby, vuxenenheten"),
               ("Linnea", "Sysselsättningssamordnare", "Socialtjänsten Ronneby")]:
        for (n, w), v in zip(pcols, rr):
            pdf.cell(w, 6, v, border=1)
        pdf.ln(6)
    pdf.ln(5)
    pdf.set_font("DV", "", 8.5)
    pdf.cell(0, 5, "Dokumenterat av: Malin, sjuksköterska, Psykiatriska kliniken "
             "avd. 2 · 2025-01-22 15:40", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "Signerat: Henrik, överläkare · 2025-01-23 08:12",
             new_x="LMARGIN", new_y="NEXT")

    raw = os.path.join(tmpdir, "p06_raw.pdf")
    pdf.output(raw)

    writer = PdfWriter(clone_from=raw)
    page = writer.pages[1]
    w = float(page.mediabox.width)
    h = float(page.mediabox.height)
    # draw the content upside down in the stored page ...
    page.add_transformation(Transformation().rotate(180).translate(w, h))
    # ... and tell the viewer to turn it back
    page.rotate(180)
    writer.add_metadata({"/Producer": "Region Blekinge utskriftstjänst",
                         "/Title": "SIP – utskrivning"})
    with open(path(6, "pdf"), "wb") as f:
        writer.write(f)


# ============================================================== 07 Arabic family

def rtl_run(p, text, bold=False, size=None):
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    rpr = r._r.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:cs"), "Arial")
    if bold:
        rpr.append(OxmlElement("w:bCs"))
    rtl = OxmlElement("w:rtl")
    rpr.append(rtl)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:bidi"), "ar-SA")
    rpr.append(lang)
    return r


def bidi_para(p):
    ppr = p._p.get_or_add_pPr()
    b = OxmlElement("w:bidi")
    ppr.insert(0, b)


def plan07():
    doc = base_doc("Calibri", 11)
    header_footer(doc, "Ronneby kommun · Region Blekinge",
                  "SIP / خطة فردية منسقة",
                  footer="Planen har lästs upp för familjen med tolk. "
                         "تمت قراءة الخطة للأسرة بمساعدة مترجم.")

    def bih(sv, ar, level=2):
        h = doc.add_heading("", level=level)
        h.add_run(sv + " / ")
        rtl_run(h, ar)
        return h

    def ar_para(text, label="Sammanfattning på arabiska / ملخص بالعربية"):
        p = doc.add_paragraph()
        r = p.add_run(label)
        r.italic = True
        r.font.size = Pt(9)
        q = doc.add_paragraph()
        bidi_para(q)
        rtl_run(q, text, size=12)
        q.paragraph_format.space_after = Pt(10)

    t = doc.add_heading("", level=0)
    t.add_run("Samordnad individuell plan (SIP)")
    t2 = doc.add_paragraph()
    bidi_para(t2)
    rtl_run(t2, "خطة فردية منسقة", bold=True, size=16)

    info = doc.add_table(rows=3, cols=2)
    info.style = "Table Grid"
    data = [("Barn / الطفل", "Y., 9 år, åk 3. Personnummer: XXXXXX-XXXX"),
            ("Datum / التاريخ", "2025-04-09"),
            ("Plats / المكان", "Elevhälsan, Ronneby kommun (skolans konferensrum)")]
    for i, (a, b) in enumerate(data):
        c = info.cell(i, 0)
        sv, ar = a.split(" / ")
        p = c.paragraphs[0]
        rr = p.add_run(sv + " / ")
        rr.bold = True
        rtl_run(p, ar, bold=True)
        shade(c, "EDEDED")
        cell_text(info.cell(i, 1), b)
    set_col_widths(info, [Cm(4.5), Cm(12.1)])

    bih("Bakgrund", "الخلفية")
    doc.add_paragraph(
        "Y. kom till Sverige med sin mamma och två syskon 2023 och bor i "
        "Ronneby. Han går i åk 3 och har svårt att sitta still och "
        "koncentrera sig på lektionerna. Mamma berättar att Y. sover dåligt, "
        "har mardrömmar och ofta vaknar på natten. Skolan har gjort en "
        "pedagogisk kartläggning under hösten 2024. BUP Karlskrona har tagit "
        "emot en remiss från skolhälsovården och påbörjat en bedömning.")

    bih("Syfte", "الغرض")
    doc.add_paragraph(
        "Syftet med planen är att skolan, BUP och socialtjänsten ska samordna "
        "stödet till Y., som har svårt att koncentrera sig i skolan och sover "
        "dåligt sedan familjen flyttade hit, så att mamma vet vem hon ska "
        "vända sig till och slipper ta alla kontakter själv.")
    ar_para("الغرض من الخطة هو أن تنسق المدرسة وعيادة الطب النفسي للأطفال "
            "والشباب (BUP) والخدمات الاجتماعية الدعم المقدم للطفل، حتى تعرف "
            "الأم إلى من تتوجه.")

    bih("Frågeställningar", "الأسئلة المطروحة")
    doc.add_paragraph("Gå igenom läget för Y. och familjen.")

    bih("Barnets och familjens delaktighet", "مشاركة الطفل والأسرة")
    doc.add_paragraph(
        "Y. och mamma deltog i mötet. Mötet hölls med tolk på arabiska via "
        "telefon.")

    bih("Insatser", "الإجراءات")
    for s in ["Fortsatt kontakt kring Y:s mående och sömn.",
              "Stöd i skolan vid behov.",
              "Stöd till familjen i vardagen."]:
        doc.add_paragraph(s, style="List Bullet")
    ar_para("ملخص الإجراءات: سيستمر التواصل بشأن صحة الطفل ونومه. "
            "سيحصل الطفل على الدعم في المدرسة عند الحاجة. "
            "ستحصل الأسرة على الدعم في الحياة اليومية.",
            label="Sammanfattning av insatserna på arabiska / ملخص الإجراءات بالعربية")

    bih("Huvudansvarig", "المسؤول الرئيسي")
    doc.add_paragraph("Kurator Hanna, Elevhälsan, Ronneby kommun. Hanna är "
                      "mammas kontaktperson för planen.")
    ar_para("المسؤولة الرئيسية عن الخطة هي المرشدة الاجتماعية هانا، قسم صحة "
            "الطلاب، بلدية رونبي.")

    bih("Deltagare", "المشاركون")
    part = doc.add_table(rows=1, cols=3)
    part.style = "Table Grid"
    for i, hname in enumerate(["Namn", "Funktion", "Verksamhet"]):
        cell_text(part.rows[0].cells[i], hname, bold=True)
        shade(part.rows[0].cells[i], "D9E2F3")
    repeat_header(part.rows[0])
    for rr in [("Y.", "Elev", "–"),
               ("Mamma", "Vårdnadshavare", "–"),
               ("Hanna", "Kurator", "Elevhälsan, Ronneby kommun"),
               ("Anders", "Klasslärare åk 3", "Grundskolan, Ronneby kommun"),
               ("Nadia", "Psykolog", "BUP Karlskrona, Region Blekinge"),
               ("Johanna", "Socialsekreterare",
                "Socialtjänsten Ronneby, barn och familj"),
               ("–", "Tolk (arabiska), via telefon", "Tolkförmedling")]:
        cells = part.add_row().cells
        for i, v in enumerate(rr):
            cell_text(cells[i], v)
    set_col_widths(part, [Cm(3.0), Cm(5.5), Cm(8.1)])

    bih("Uppföljning", "المتابعة")
    doc.add_paragraph("Uppföljning efter sommarlovet, i augusti.")
    ar_para("سنلتقي مجددًا بعد العطلة الصيفية، في شهر أغسطس.")
    doc.save(path(7, "docx"))


# ============================================================== 08 not a SIP

def plan08():
    doc = base_doc("Calibri", 11)
    header_footer(doc, "[Företaget] AB · Lager och logistik, Karlshamn",
                  "Personalhandling – sekretess",
                  footer="Blankett HR-12 Plan för återgång i arbete, version 2024-09")

    t = doc.add_heading("Plan för återgång i arbete", level=1)
    p = doc.add_paragraph()
    r = p.add_run("Arbetsgivarens plan enligt 30 kap. 6 § socialförsäkringsbalken "
                  "(SFB). Planen ska upprättas senast dag 30 i sjukperioden om "
                  "medarbetaren bedöms vara sjukskriven mer än 60 dagar.")
    r.italic = True
    r.font.size = Pt(9)

    info = doc.add_table(rows=4, cols=4)
    info.style = "Table Grid"
    vals = [("Medarbetare", "M."), ("Personnummer", "ÅÅMMDD-XXXX"),
            ("Befattning", "Lagerarbetare, truckförare"),
            ("Avdelning", "Utleverans, skift A"),
            ("Sjukskriven från", "2025-01-13"), ("Omfattning nu", "100 %"),
            ("Närmaste chef", "Teamledare Patrik"), ("Plan upprättad", "2025-02-10")]
    k = 0
    for ri in range(4):
        for ci in (0, 2):
            a, b = vals[k]
            k += 1
            cell_text(info.cell(ri, ci), a, bold=True, size=9.5)
            shade(info.cell(ri, ci), "E2EFDA")
            cell_text(info.cell(ri, ci + 1), b)
    set_col_widths(info, [Cm(3.4), Cm(4.9), Cm(3.4), Cm(4.9)])

    doc.add_heading("1. Nuläge", level=2)
    doc.add_paragraph(
        "M. är sjukskriven på heltid sedan 2025-01-13 på grund av ländryggsbesvär "
        "med utstrålning i vänster ben. Läkare på Vårdcentralen Karlshamn har "
        "skrivit läkarintyg till och med 2025-03-09 och bedömer att M. kan "
        "börja arbeta deltid med anpassade arbetsuppgifter från början av mars. "
        "M. har i samtalet 2025-02-10 berättat att det är lyften i "
        "plockzonen och långa pass i trucken som gör mest ont.")

    doc.add_heading("2. Medarbetarens egen bedömning", level=2)
    doc.add_paragraph(
        "M. vill tillbaka till sitt arbetslag och tror att det går om hen "
        "slipper tunga lyft och får ta pauser. M. vill helst börja med "
        "förmiddagspass.")

    doc.add_heading("3. Åtgärder", level=2)
    rows = [
        ("Arbetsplatsbesök och ergonomisk bedömning av plockzon och truck",
         "Företagshälsovården (fysioterapeut) på uppdrag av HR", "2025-02-20"),
        ("Arbetsträning på 25 % (förmiddagar), endast lätt plock och "
         "inleveranskontroll, inga lyft över 10 kg",
         "Teamledare Patrik", "2025-03-10 – 2025-03-30"),
        ("Upptrappning till 50 %, truckkörning max 1 timme i följd",
         "Teamledare Patrik", "2025-03-31 – 2025-04-27"),
        ("Upptrappning till 75 % och därefter 100 % om läkaren bedömer det",
         "Teamledare Patrik och HR-partner Sofia", "från 2025-04-28"),
        ("Höj- och sänkbart bord vid kontrollstationen beställs",
         "Skyddsombud och inköp", "senast 2025-03-07"),
        ("Ansökan om arbetsplatsnära stöd / ekonomiskt stöd för "
         "arbetshjälpmedel hos Försäkringskassan vid behov",
         "HR-partner Sofia", "februari 2025"),
    ]
    tab = doc.add_table(rows=1 + len(rows), cols=3)
    tab.style = "Light Grid Accent 6"
    for i, hname in enumerate(["Åtgärd", "Vem på arbetsplatsen", "När"]):
        cell_text(tab.rows[0].cells[i], hname, bold=True)
    repeat_header(tab.rows[0])
    for ri, vals_ in enumerate(rows, start=1):
        for ci, v in enumerate(vals_):
            cell_text(tab.rows[ri].cells[ci], v)
    set_col_widths(tab, [Cm(8.6), Cm(4.6), Cm(3.4)])

    doc.add_heading("4. Medarbetarens ansvar", level=2)
    doc.add_paragraph(
        "M. deltar i avstämningsmöten, följer de råd om träning som "
        "fysioterapeuten ger och meddelar teamledaren om besvären ökar.")

    doc.add_heading("5. Uppföljning", level=2)
    for s in ["Avstämning teamledare och M.: varje fredag under arbetsträningen.",
              "Uppföljningsmöte med HR och företagshälsovården: 2025-03-24 och "
              "2025-04-22.",
              "Planen lämnas till Försäkringskassan om FK begär den."]:
        doc.add_paragraph(s, style="List Bullet")

    doc.add_heading("6. Underskrifter", level=2)
    sig = doc.add_table(rows=2, cols=2)
    no_borders(sig)
    cell_text(sig.cell(0, 0), "Datum: 2025-02-10\n\n_____________________")
    cell_text(sig.cell(0, 1), "Datum: 2025-02-10\n\n_____________________")
    cell_text(sig.cell(1, 0), "Medarbetare", size=9)
    cell_text(sig.cell(1, 1), "Närmaste chef", size=9)
    doc.save(path(8, "docx"))


# ============================================================== main

def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.startswith(PREFIX):
            os.remove(os.path.join(OUT, f))
    tmpdir = tempfile.mkdtemp(prefix="f105a-")
    try:
        plan01()
        plan02(tmpdir)
        plan03()
        plan04()
        plan05()
        plan06(tmpdir)
        plan07()
        plan08()
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    for f in sorted(os.listdir(OUT)):
        fn = os.path.join(OUT, f)
        if f.endswith(".docx"):
            normalize_docx(fn)
        elif f.endswith(".pdf"):
            normalize_pdf(fn, "D:20250320101500+01'00'" if f.endswith("02.pdf")
                          else "D:20250123140200+01'00'")
        print(f)


if __name__ == "__main__":
    main()
