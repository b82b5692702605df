#!/usr/bin/env python3
"""Generate batch f86b: seven fictional SIP plans and one non-plan (Kronoberg/Blekinge, 2025).

Run with /work/batches/.venv/bin/python generate.py
Deterministic: fixed dates and texts, no randomness.
"""
import datetime
import os
import shutil
import subprocess
import tempfile
import textwrap

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
PREFIX = "f86b"
LO_PROFILE = "file:///tmp/lo-f86b"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_M = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
FONT_MB = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"
FIXED = datetime.datetime(2025, 1, 1, 8, 0, 0)


def path(n, ext):
    return os.path.join(OUT, f"{PREFIX}-{n:02d}.{ext}")


# ---------------------------------------------------------------- docx helpers
def new_doc(author="", title=""):
    doc = Document()
    cp = doc.core_properties
    cp.author = author
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = author
    cp.revision = 1
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    return doc


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


def cell_text(cell, text, bold=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
    return cell


def table_with_header(doc, headers, rows, widths=None, fill="D9E2F3", size=None, style="Table Grid"):
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = style
    hdr = t.rows[0]
    mark_header_row(hdr)
    for i, h in enumerate(headers):
        cell_text(hdr.cells[i], h, bold=True, size=size)
        set_cell_shading(hdr.cells[i], fill)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cell_text(cells[i], v, size=size)
    if widths:
        t.autofit = False
        for i, w in enumerate(widths):
            t.columns[i].width = Cm(w)
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


def bold_para(doc, text, size=None, space_before=8):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    p.paragraph_format.space_before = Pt(space_before)
    p.paragraph_format.space_after = Pt(2)
    return p


def label_para(doc, label, text):
    p = doc.add_paragraph()
    r = p.add_run(label)
    r.bold = True
    p.add_run(text)
    return p


def header_text(section, left, right=None, size=8):
    hp = section.header.paragraphs[0]
    hp.text = ""
    r = hp.add_run(left)
    r.font.size = Pt(size)
    if right:
        r2 = hp.add_run("\t\t" + right)
        r2.font.size = Pt(size)


def footer_text(section, text, size=8):
    fp = section.footer.paragraphs[0]
    fp.text = ""
    r = fp.add_run(text)
    r.font.size = Pt(size)
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def add_page_field(paragraph, size=8):
    """Append 'Sida X (Y)' with real PAGE/NUMPAGES fields."""
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
    fld("PAGE")
    r = paragraph.add_run(" (")
    r.font.size = Pt(size)
    fld("NUMPAGES")
    r = paragraph.add_run(")")
    r.font.size = Pt(size)


def bullet(doc, text, level=0, bold_prefix=None):
    style = "List Bullet" if level == 0 else f"List Bullet {level + 1}"
    p = doc.add_paragraph(style=style)
    if bold_prefix:
        r = p.add_run(bold_prefix)
        r.bold = True
    p.add_run(text)
    p.paragraph_format.space_after = Pt(1)
    return p


def save_docx(doc, out):
    """Save and rewrite the zip with fixed timestamps so reruns give identical bytes."""
    import io
    import zipfile
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(item.filename))


def soffice_pdf(docx_path, pdf_path):
    tmp = tempfile.mkdtemp(prefix="f86b-lo-")
    try:
        subprocess.run(
            ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
             "--convert-to", "pdf", "--outdir", tmp, docx_path],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        produced = os.path.join(tmp, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
        shutil.move(produced, pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ======================================================================= 01
def plan01():
    """Psychiatric care-plan P-M-Å-U; discharge after psychosis, debts; Växjö."""
    doc = new_doc("Psykiatriska kliniken Växjö", "SIP vårdplan")
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    header_text(sec, "Region Kronoberg  |  Psykiatriska kliniken Växjö, avd. 3  |  Vårdplan/SIP")
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_page_field(fp)

    h = doc.add_heading("Samordnad individuell plan (SIP) – vårdplan inför utskrivning", level=1)
    label_para(doc, "Patient: ", "A., 34 år    Personnummer: XXXXXX-XXXX")
    label_para(doc, "Mötesdatum: ", "2025-03-11 kl. 10.00–11.30, samtalsrummet avd. 3, Psykiatriska kliniken Växjö")
    label_para(doc, "Deltagare: ", "Se kallelse i journalen.")

    doc.add_heading("Syfte", level=2)
    doc.add_paragraph(
        "Syftet med planen är att A. ska kunna skrivas ut från avdelning 3 till sin lägenhet i "
        "Växjö med ett stöd som fungerar redan första veckan, så att risken för att han "
        "återinsjuknar i psykos minskar och att han inte förlorar bostaden på grund av hyresskulden.")

    doc.add_heading("Frågor till mötet", level=2)
    for q in [
        "Hur säkerställer vi medicineringen efter utskrivning – tabletter eller depåinjektion?",
        "Kan boendestödet starta samma vecka som A. skrivs ut (planerat v. 12)?",
        "Vem hjälper A. att få en överblick över skulderna och en plan för hyresskulden?",
    ]:
        doc.add_paragraph(q, style="List Number")

    doc.add_heading("Den enskildes delaktighet", level=2)
    doc.add_paragraph("A. deltog inte i mötet.")

    doc.add_heading("Vårdplan", level=2)
    rows = [
        ("1. Psykossjukdom (schizofreni). Avbröt medicineringen i december, inlagd enl. LPT "
         "2025-01-19, övergick till frivillig vård 2025-02-03. Begränsad sjukdomsinsikt.",
         "A. ska ta sin ordinerade medicin dagligen och inte behöva läggas in igen under 2025.",
         "Läkarbesök på Vuxenpsykiatriska mottagningen Växjö senast 2025-03-28 (ansvarig "
         "läkare, mottagningen).\nKontaktperson, sjuksköterska på mottagningen, ringer A. en "
         "gång i veckan under mars–april 2025 och stämmer av medicinintaget.",
         "Utvärderas vid uppföljande SIP 2025-05-20: missade doser, symtom (PANSS-skattning), "
         "ev. återinläggning."),
        ("2. Svårt att klara vardagen i lägenheten: inköp, tvätt, mat, dygnsrytm.",
         "A. ska klara inköp och tvätt med stöd och ha en dygnsrytm där han är vaken dagtid.",
         "Boendestöd från Socialpsykiatrin, Växjö kommun, två gånger i veckan från v. 12 "
         "(biståndshandläggare på vuxenenheten fattar beslut 2025-03-14, boendestödjare "
         "verkställer).",
         "Boendestödjaren återrapporterar till handläggaren efter fyra veckor."),
        ("3. Hyresskuld och obetalda räkningar, ca 40 000 kr.",
         "A. ska ha en överblick över sina skulder och en avbetalningsplan för hyresskulden.",
         "Budget- och skuldrådgivningen, Växjö kommun, erbjuder A. ett första samtal och "
         "hjälper honom att sammanställa skulderna.",
         "Följs upp vid nästa SIP."),
        ("4. Saknar sysselsättning, isolerad sedan han slutade sin praktik 2024.",
         "A. ska ha någon form av meningsfull aktivitet minst två dagar i veckan.",
         "Arbetsterapeut, Vuxenpsykiatriska mottagningen Växjö, gör aktivitetsbedömning i "
         "april 2025.\nBiståndshandläggare, vuxenenheten, utreder sysselsättning inom "
         "socialpsykiatrin med beslut senast 2025-04-30.",
         "Utvärderas 2025-05-20."),
    ]
    table_with_header(doc, ["Problem", "Mål", "Åtgärd", "Utvärdering"], rows,
                      widths=[6.0, 5.5, 8.7, 5.5], fill="E2EFD9", size=10)

    doc.add_heading("Samtycke", level=2)
    doc.add_paragraph("Samtycke finns.")

    doc.add_heading("Huvudansvar", level=2)
    doc.add_paragraph(
        "Huvudansvar för planen har A:s kontaktperson, sjuksköterska Linnéa, Vuxenpsykiatriska "
        "mottagningen Växjö, Region Kronoberg. Hon kallar till uppföljningen.")

    doc.add_heading("Uppföljning", level=2)
    doc.add_paragraph(
        "Uppföljande SIP-möte 2025-05-20 kl. 13.00 på Vuxenpsykiatriska mottagningen Växjö.")

    p = doc.add_paragraph()
    r = p.add_run("Dokumenterat av: kurator, avd. 3, 2025-03-11")
    r.italic = True
    r.font.size = Pt(9)
    save_docx(doc, path(1, "docx"))


# ======================================================================= 02
def plan02():
    """Timeline rows; girl with school refusal and anxiety; Karlskrona. Converted to PDF."""
    doc = new_doc("Elevhälsan", "SIP E.")
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    header_text(sec, "Karlskrona kommun – Region Blekinge", "SIP 2025-09-02")
    footer_text(sec, "Handlingen förvaras i elevhälsans journal och i BUP:s journal.")

    t = doc.add_paragraph()
    r = t.add_run("SIP – Samordnad individuell plan")
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    doc.add_paragraph("Elev: E., 13 år, åk 7          Personnummer: ÅÅMMDD-XXXX")
    doc.add_paragraph("Möte: 2025-09-02 kl. 14.00, konferensrummet, elevhälsan, Karlskrona")
    label_para(doc, "Närvarande: ", "E., mamma Jenny, pappa Tobias, Sara, Johan, Lina, Malin")

    bold_para(doc, "Syfte")
    doc.add_paragraph("Samordning.")

    bold_para(doc, "Frågeställningar")
    for q in [
        "Hur kan E. komma tillbaka till skolan i en takt hon klarar?",
        "Vem kontaktar familjen en morgon när E. inte kommer iväg?",
        "Ska KBT-behandlingen på BUP kompletteras med läkemedel?",
    ]:
        doc.add_paragraph(q, style="List Bullet")

    bold_para(doc, "E:s egna ord")
    doc.add_paragraph(
        "E. var med första halvtimmen tillsammans med mamma och pappa. Hon berättade att det "
        "är jobbigast på morgonen och i matsalen, och att hon inte vill att lärarna frågar "
        "inför klassen varför hon har varit borta. Hennes mål:")
    q = doc.add_paragraph()
    r = q.add_run("”Jag vill kunna gå till skolan i alla fall tre dagar i veckan utan att få ont "
                  "i magen, och ha någon att äta lunch med.”")
    r.italic = True
    q.paragraph_format.left_indent = Cm(1)

    bold_para(doc, "Vad händer och när")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = t.rows[0]
    mark_header_row(hdr)
    for i, h in enumerate(["När", "Vad händer", "Vem"]):
        cell_text(hdr.cells[i], h, bold=True)
        set_cell_shading(hdr.cells[i], "1F4E79")
        hdr.cells[i].paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    timeline = [
        ("Nu\n(v. 36–37)", [
            ("Anpassad skoldag: E. börjar kl. 9.40 och går hem efter lunch tre dagar i veckan. "
             "Matte och svenska i grupprummet.",
             "Mentor Sara och specialpedagog, skolan, Karlskrona kommun"),
            ("KBT mot ångest och skolundvikande, en gång i veckan.",
             "Psykolog Johan, BUP Karlskrona"),
            ("Mamma följer E. till skolan måndag, onsdag och fredag; pappa hämtar efter lunch "
             "och går igenom veckoschemat med henne på söndagskvällen.",
             "Mamma och pappa"),
        ]),
        ("Inom 1 månad\n(senast 2025-10-03)", [
            ("Familjebehandling i hemmet varannan vecka, fokus på morgonrutiner och sömn.",
             "Familjebehandlare Lina, Socialtjänsten Karlskrona, Barn och familj"),
            ("Frånvarokartläggning och elevhälsomöte om fortsatta anpassningar.",
             "Rektor och skolkurator Malin, elevhälsan"),
            ("Mentor ringer hem kl. 8.30 samma dag om E. inte har kommit.",
             "Mentor Sara"),
        ]),
        ("Inom 3 månader\n(senast 2025-12-02)", [
            ("Utökning till fyra dagar i veckan, hela dagar två av dem.",
             "Mentor Sara och specialpedagog"),
            ("Utvärdering av KBT, ställningstagande till läkemedel (SSRI).",
             "Läkare, BUP Karlskrona"),
        ]),
        ("Inom 6 månader\n(senast 2026-03-02)", [
            ("Heltid i skolan med de anpassningar som behövs kvar.",
             "Mentor Sara, elevhälsan"),
            ("Beslut om avslut eller fortsättning av familjebehandlingen.",
             "Familjebehandlare Lina, Barn och familj"),
        ]),
    ]
    for when, items in timeline:
        first = True
        start_idx = len(t.rows)
        for what, who in items:
            cells = t.add_row().cells
            if first:
                cell_text(cells[0], when, bold=True)
                first = False
            cell_text(cells[1], what)
            cell_text(cells[2], who)
        if len(items) > 1:
            top = t.rows[start_idx].cells[0]
            bottom = t.rows[len(t.rows) - 1].cells[0]
            top.merge(bottom)
            cell_text(top, when, bold=True)
    t.autofit = False
    for i, w in enumerate([3.4, 8.4, 4.8]):
        t.columns[i].width = Cm(w)
    for row in t.rows:
        for i, w in enumerate([3.4, 8.4, 4.8]):
            for c in row.cells[i:i + 1]:
                c.width = Cm(w)

    bold_para(doc, "Huvudansvar")
    doc.add_paragraph("BUP Karlskrona.")

    bold_para(doc, "Uppföljning")
    doc.add_paragraph("Ny SIP vecka 43. Kallelse skickas ut.")

    tmp_docx = os.path.join(tempfile.mkdtemp(prefix="f86b-"), f"{PREFIX}-02.docx")
    save_docx(doc, tmp_docx)
    soffice_pdf(tmp_docx, path(2, "pdf"))
    shutil.rmtree(os.path.dirname(tmp_docx), ignore_errors=True)


# ======================================================================= 03
def plan03():
    """Fixed-width record print, right-aligned labels; elderly man after hip fracture; Ljungby."""
    LW = 20  # label width (right-aligned), then ": "
    W = 78
    vw = W - LW - 2

    def field(label, value):
        out = []
        if not value:
            return [f"{label:>{LW}}:"]
        paras = value.split("\n")
        first = True
        for para in paras:
            wrapped = textwrap.wrap(para, vw) or [""]
            for ln in wrapped:
                if first:
                    out.append(f"{label:>{LW}}: {ln}")
                    first = False
                else:
                    out.append(" " * (LW + 2) + ln)
        return out

    L = []
    L.append("LJUNGBY KOMMUN - OMSORGSFÖRVALTNINGEN        Utskrift 2025-08-21 14:32  Sida 1")
    L.append("Journalsystem: Lifecare SP  Dokumenttyp: SIP")
    L.append("=" * W)
    L.append("SAMORDNAD INDIVIDUELL PLAN".center(W).rstrip())
    L.append("=" * W)
    L += field("Person", "G., 84 år")
    L += field("Personnummer", "XXXXXX-XXXX")
    L += field("Mötesdatum", "2025-08-19 kl. 13.30")
    L += field("Mötesplats", "I G:s hem, Lagan")
    L += field("Deltagare", "G., biståndshandläggare, distriktssköterska, arbetsterapeut, "
                            "fysioterapeut, avdelningssjuksköterska")
    L.append("-" * W)
    L += field("Bakgrund",
               "G. föll i hallen i juli och opererades för höftfraktur (höger). Skrevs ut från "
               "ortopedavdelningen, Ljungby lasarett, 2025-08-14. Bor ensam i villa med "
               "sovrum och badrum på övervåningen. Har diabetes typ 2 och lätt minnessvikt, "
               "ingen demensutredning gjord. Gick utan hjälpmedel före fallet.\n"
               "Sedan hemkomsten sover G. i vardagsrummet. Klarar förflyttning säng-rollator "
               "med tillsyn. Har haft svårt att komma ihåg kvällsmedicinen.")
    L += field("Syfte", "")
    L += field("Frågeställningar", "Diskutera läget efter hemgång.")
    L += field("Mål", "")
    L += field("Den enskildes del.", "G. deltog i mötet.")
    L.append("-" * W)
    L += field("Insatser",
               "Hemtjänst morgon och kväll: dusch två gånger i veckan, påklädning, tillsyn "
               "och påminnelse om mat.\n"
               "Trygghetslarm installeras.\n"
               "Hemrehabilitering två gånger i veckan under sex veckor: gångträning och "
               "trappträning.\n"
               "Hjälpmedel: rollator inomhus, toalettförhöjning, duschpall, griptång.\n"
               "Läkemedelsgenomgång och övergång till dosdispenserade läkemedel.\n"
               "Uppföljning av blodsocker i hemmet en gång i veckan.")
    L += field("Ansvar",
               "Kommunen: hemtjänst, trygghetslarm, hemrehabilitering och hjälpmedel.\n"
               "Regionen: läkemedelsgenomgång, dosdispensering och blodsockerkontroller.")
    L += field("Huvudansvarig", "")
    L += field("Uppföljning", "2025-10-07 kl. 10.00 i hemmet.")
    L.append("-" * W)
    L += field("Upprättad av", "Biståndshandläggare")
    L += field("Signerad", "2025-08-21")
    L.append("=" * W)
    L.append("*** Slut på utskrift ***")
    text = "\r\n".join(L) + "\r\n"
    with open(path(3, "txt"), "wb") as f:
        f.write(text.encode("cp1252"))


# ======================================================================= 04
def plan04():
    """Markdown from template with HTML comments left in; 19-year-old, cannabis; Karlshamn."""
    md = """# Samordnad individuell plan (SIP)

<!-- Mall: SIP Region Blekinge/kommunerna, version 2.1. Fyll i under varje rubrik. Ta bort kommentarerna innan planen sparas i journalen. -->

**Namn:** N.  
**Personnummer:** XXXXXX-XXXX  
**Datum för mötet:** 2025-04-23  
**Plats:** Socialtjänsten Karlshamn, Ungdomsenheten  
**Planen skriven av:** Emma, socialsekreterare

## 1. Syfte med SIP

<!-- Beskriv syftet med egna ord -->

## 2. Frågeställningar inför mötet

<!-- Vilka frågor behöver mötet ta ställning till? -->

## 3. Deltagare

<!-- Ange namn, funktion och verksamhet för alla som deltar -->

| Namn | Funktion | Verksamhet |
|------|----------|------------|
| Emma | Socialsekreterare | Socialtjänsten Karlshamn, Ungdomsenheten |
| Ali | Sjuksköterska | Beroendemottagningen Karlshamn, Region Blekinge |
| Jens | Behandlare | Ungdomsenheten öppenvård, Karlshamns kommun |
| Petra | Studie- och yrkesvägledare | Vuxenutbildningen Karlshamn |

## 4. Den enskildes delaktighet

<!-- Deltog personen? Hur har personens synpunkter tagits tillvara? -->

N. kom inte till mötet. Emma träffade N. på Ungdomsenheten 2025-04-17 och förmedlade hans synpunkter: han vill ha samma behandlare hela tiden och inte börja om hos någon ny, och han vill få planen hemskickad på papper.

## 5. Mina mål

<!-- Skriv den enskildes mål i jagform om möjligt -->

> "Jag vill sluta röka på helt innan sommaren. Sen vill jag läsa klart gymnasiet på komvux så jag kan söka jobb, och till slut ha en egen lägenhet."

(N:s ord vid samtalet 2025-04-17.)

## 6. Samtycke

<!-- Ange om samtycket är muntligt eller skriftligt och datum -->

N. har lämnat skriftligt samtycke till SIP och till att Socialtjänsten Karlshamn, Beroendemottagningen och Vuxenutbildningen får utbyta uppgifter. Blanketten undertecknades 2025-04-17 och finns i akten.

## 7. Insatser

<!-- En rad per insats. Ange vem som ansvarar och när -->

| Insats | Ansvarig | När |
|--------|----------|-----|
| Öppenvårdsbehandling, återfallsprevention (ÅP), 10 samtal | Jens, behandlare, Ungdomsenheten öppenvård | Start 2025-05-05, varje måndag kl. 14 |
| Urinprov (drogtest) en gång i veckan, samtal om abstinens och sömn | Ali, sjuksköterska, Beroendemottagningen Karlshamn | Från v. 18 |
| Bedömning av behov av ADHD-utredning | Läkare, Beroendemottagningen Karlshamn | <!-- datum --> |
| Studieplanering, ansökan till komvux hösten 2025 | Petra, SYV, Vuxenutbildningen Karlshamn | Senast 2025-06-10 |

## 8. Huvudansvar för planen

<!-- Vem har huvudansvar? Ange namn, funktion och verksamhet -->

## 9. Andra aktörers insatser

<!-- T.ex. Försäkringskassan, Arbetsförmedlingen, god man, närstående, personen själv -->

## 10. Uppföljning

<!-- TODO: fyll i uppföljning -->

---
*Planen ska delges den enskilde och samtliga deltagande verksamheter.*
"""
    with open(path(4, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ======================================================================= 05
def plan05():
    """Plan with consent appendix and signature table; young woman, autism, LSS; Älmhult."""
    doc = new_doc("Omsorgsförvaltningen Älmhult", "SIP I.")
    sec = doc.sections[0]
    header_text(sec, "Älmhults kommun · Region Kronoberg", "Samordnad individuell plan")
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(fp)

    doc.add_heading("Samordnad individuell plan (SIP)", level=0)
    info = doc.add_table(rows=3, cols=4)
    info.style = "Table Grid"
    vals = [("Namn", "I.", "Personnummer", "XXXXXX-XXXX"),
            ("Datum för möte", "2025-02-11", "Plats", "Omsorgsförvaltningen, Älmhult"),
            ("Typ av SIP", "Första SIP", "Planen upprättad", "2025-02-13")]
    for r_i, (a, b, c, d) in enumerate(vals):
        cells = info.rows[r_i].cells
        cell_text(cells[0], a, bold=True, size=9)
        cell_text(cells[1], b, size=10)
        cell_text(cells[2], c, bold=True, size=9)
        cell_text(cells[3], d, size=10)
        set_cell_shading(cells[0], "F2F2F2")
        set_cell_shading(cells[2], "F2F2F2")

    doc.add_heading("1. Syfte", level=1)
    doc.add_paragraph(
        "I. ska under våren flytta från föräldrahemmet i Älmhult till en bostad med särskild "
        "service. Syftet med SIP är att samordna flytten med daglig verksamhet, habilitering "
        "och vårdcentral så att I. får samma stöd och samma bemötande i alla verksamheter, och "
        "så att hennes ekonomi är ordnad när hon flyttar.")

    doc.add_heading("2. Frågeställningar", level=1)
    p = doc.add_paragraph()
    r = p.add_run("Klicka eller tryck här för att ange text.")
    r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)

    doc.add_heading("3. Deltagare", level=1)
    for who in [
        "I.",
        "Berit, god man",
        "Hanna, LSS-handläggare, Omsorgsförvaltningen Älmhults kommun",
        "Ulf, enhetschef gruppbostäder, Omsorgsförvaltningen Älmhults kommun",
        "Samira, arbetsterapeut, Vuxenhabiliteringen Växjö, Region Kronoberg",
        "Karl, distriktssköterska, Vårdcentralen Älmhult, Region Kronoberg",
    ]:
        doc.add_paragraph(who, style="List Bullet")

    doc.add_heading("4. Den enskildes delaktighet", level=1)
    doc.add_paragraph(
        "I. deltog i hela mötet tillsammans med sin gode man. Hon hade skrivit ner sina frågor "
        "i förväg och läste upp dem själv. I. önskar att all information ges skriftligt, gärna "
        "med bilder, och att hon får besöka gruppbostaden två gånger innan hon flyttar. Hon "
        "vill inte byta arbetsuppgifter på dagverksamheten samtidigt som hon flyttar.")

    doc.add_heading("5. Mål", level=1)
    doc.add_paragraph(
        "Målet är att I. ska trivas i sin nya bostad och ha en meningsfull sysselsättning fyra "
        "dagar i veckan, samt att hon ska ha en fungerande dygnsrytm utan att behöva "
        "sömnmedicin varje kväll.")

    doc.add_heading("6. Insatser", level=1)
    rows = [
        ("Beslut om bostad med särskild service enligt 9 § 9 LSS",
         "LSS-handläggare, Omsorgsförvaltningen Älmhults kommun", "Senast 2025-03-15"),
        ("Två introduktionsbesök i gruppbostaden, med bildschema för flytten",
         "Enhetschef gruppbostäder, Omsorgsförvaltningen", "Mars–april 2025"),
        ("Daglig verksamhet enligt LSS fyra dagar i veckan (fortsatt på samma arbetsplats)",
         "Daglig verksamhet, Älmhults kommun", "Ej bestämt"),
        ("Kartläggning av kommunikationsstöd och dagsschema i nya bostaden",
         "Arbetsterapeut, Vuxenhabiliteringen Växjö", "April 2025"),
        ("Hälsokontroll och läkemedelsgenomgång (melatonin, sömn)",
         "Distriktsläkare, Vårdcentralen Älmhult", "Senast 2025-04-30"),
    ]
    table_with_header(doc, ["Insats", "Ansvarig", "När"], rows, widths=[7.5, 5.8, 3.2],
                      fill="FBE4D5", size=10)

    doc.add_heading("7. Andra aktörer", level=1)
    doc.add_paragraph(
        "God man Berit ansöker om bostadstillägg hos Försäkringskassan när hyreskontraktet är "
        "klart och ansöker om förlängd aktivitetsersättning senast 2025-05-31. Försäkringskassan "
        "handlägger ansökningarna. I:s föräldrar hjälper henne att packa och flytta möblerna.")

    doc.add_heading("8. Samtycke", level=1)
    doc.add_paragraph("I. har lämnat skriftligt samtycke 2025-02-11, se bilaga.")

    doc.add_heading("9. Huvudansvar", level=1)
    doc.add_paragraph("Kommunen.")

    doc.add_heading("10. Uppföljning", level=1)
    doc.add_paragraph("Uppföljning i november 2025, när I. har bott i gruppbostaden en tid.")

    doc.add_heading("Underskrifter", level=1)
    sig = [("I.", "", "", ""),
           ("Berit", "God man", "", ""),
           ("Hanna", "LSS-handläggare, Älmhults kommun", "", ""),
           ("Ulf", "Enhetschef, Omsorgsförvaltningen", "", ""),
           ("Samira", "Arbetsterapeut, Vuxenhabiliteringen", "", ""),
           ("Karl", "Distriktssköterska, VC Älmhult", "", "")]
    st = table_with_header(doc, ["Namn", "Funktion / verksamhet", "Underskrift", "Datum"], sig,
                           widths=[2.8, 6.2, 4.8, 2.7], fill="F2F2F2", size=10)
    for row in st.rows[1:]:
        row.height = Cm(0.9)

    # Appendix on a new page
    doc.add_page_break()
    doc.add_heading("Bilaga: Samtyckesblankett", level=1)
    doc.add_paragraph("Samtycke till samordnad individuell plan (SIP) och informationsöverföring")
    label_para(doc, "Namn: ", "I.")
    label_para(doc, "Personnummer: ", "XXXXXX-XXXX")
    doc.add_paragraph("Jag har fått information om vad en SIP är och vilka uppgifter som kan "
                      "komma att lämnas mellan verksamheterna.")
    for box, txt in [
        ("☒", "Jag samtycker till att en samordnad individuell plan upprättas."),
        ("☒", "Jag samtycker till att Älmhults kommun (omsorgsförvaltningen) och Region Kronoberg "
              "(Vuxenhabiliteringen Växjö, Vårdcentralen Älmhult) får lämna uppgifter till varandra "
              "som behövs för planen."),
        ("☒", "Jag vill att min gode man deltar i mötena."),
        ("☐", "Jag samtycker inte till att en SIP upprättas."),
    ]:
        p = doc.add_paragraph()
        rr = p.add_run(box + "  ")
        rr.font.size = Pt(13)
        p.add_run(txt)
    doc.add_paragraph("Samtycket gäller till och med: 2026-02-11. Jag kan när som helst ta "
                      "tillbaka mitt samtycke.")
    doc.add_paragraph()
    label_para(doc, "Ort och datum: ", "Älmhult 2025-02-11")
    doc.add_paragraph()
    doc.add_paragraph("_______________________________          _______________________________")
    doc.add_paragraph("Underskrift                                                     Namnförtydligande")
    doc.add_paragraph()
    doc.add_paragraph("Samtycket har tagits emot av: Hanna, LSS-handläggare, Älmhults kommun")
    save_docx(doc, path(5, "docx"))


# ======================================================================= 06
class FaxPDF(FPDF):
    total_pages = 3

    def header(self):
        # Fax machine transmission line on every page
        self.set_font("Mono", "", 7)
        self.set_xy(10, 4)
        self.cell(0, 4, f"14-OKT-2025 10:42   FRÅN: SOCIALTJ RONNEBY VUXEN   TILL: VC KALLINGE"
                        f"        S.{self.page_no():02d}/{self.total_pages:02d}")
        if self.page_no() > 1:
            self.set_font("Mono", "", 8)
            self.set_xy(20, 12)
            self.cell(85, 4, "Ronneby kommun, Socialförvaltningen")
            self.cell(85, 4, f"Sida {self.page_no() - 1} ({self.total_pages - 1})", align="R")
            self.ln(4)
            self.set_x(20)
            self.cell(85, 4, "Vuxenenheten")
            self.cell(85, 4, "2025-10-14", align="R")
            self.line(20, 22, 190, 22)
            self.set_y(28)


def plan06():
    """Fax cover + plain typed plan; adult man with depression and alcohol; Ronneby."""
    pdf = FaxPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_font("Sans", "", FONT)
    pdf.add_font("Sans", "B", FONT_B)
    pdf.add_font("Mono", "", FONT_M)
    pdf.add_font("Mono", "B", FONT_MB)
    pdf.set_margins(20, 20, 20)

    # ---- page 1: fax cover
    pdf.add_page()
    pdf.set_y(22)
    pdf.set_font("Sans", "B", 34)
    pdf.cell(0, 16, "TELEFAX", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 10)
    pdf.cell(0, 6, "Ronneby kommun – Socialförvaltningen, Vuxenenheten", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    rows = [
        ("Till", "Vårdcentralen Kallinge, Region Blekinge\natt. distriktssköterska"),
        ("Faxnummer", "0457-XX XX XX"),
        ("Från", "Socialsekreterare, Vuxenenheten, Ronneby kommun"),
        ("Telefon", "Via växeln"),
        ("Datum", "2025-10-14"),
        ("Antal sidor", "3 (inklusive detta försättsblad)"),
        ("Ärende", "SIP för L., upprättad 2025-10-09"),
    ]
    for lab, val in rows:
        y0 = pdf.get_y()
        pdf.set_font("Sans", "B", 11)
        pdf.cell(40, 10, lab, border=1)
        pdf.set_font("Sans", "", 11)
        nlines = val.count("\n") + 1
        pdf.set_xy(60, y0)
        pdf.multi_cell(130, 10 if nlines == 1 else 6, val, border=1, new_x="LMARGIN", new_y="NEXT")
        if nlines > 1:
            # stretch label box to match
            pdf.rect(20, y0, 40, 12)
    pdf.ln(8)
    pdf.set_font("Sans", "", 11)
    pdf.multi_cell(0, 6, "Meddelande:\nHej! Här kommer planen från SIP-mötet förra veckan som vi "
                         "pratade om i telefon. Ring gärna om något är oklart.\nHälsningar Anna",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    y = pdf.get_y()
    pdf.set_line_width(0.6)
    pdf.rect(20, y, 170, 34)
    pdf.set_xy(24, y + 3)
    pdf.set_font("Sans", "B", 13)
    pdf.cell(0, 7, "SEKRETESS", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(24)
    pdf.set_font("Sans", "", 9.5)
    pdf.multi_cell(162, 5, "Detta fax innehåller uppgifter som kan omfattas av sekretess enligt "
                           "offentlighets- och sekretesslagen (2009:400). Om du har fått faxet "
                           "av misstag: kontakta avsändaren via växeln omgående och förstör "
                           "handlingen. Vidarebefordra inte.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.set_line_width(0.2)

    # ---- pages 2-3: plan, plain typed
    pdf.add_page()
    pdf.set_font("Mono", "B", 12)
    pdf.cell(0, 7, "SAMORDNAD INDIVIDUELL PLAN (SIP)", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)

    def line(txt="", bold=False, h=5):
        pdf.set_font("Mono", "B" if bold else "", 9.5)
        pdf.multi_cell(0, h, txt, new_x="LMARGIN", new_y="NEXT")

    def wrap_par(txt):
        for ln in textwrap.wrap(txt, 80):
            line(ln)

    line("Namn: L.                          Personnr: XXXXXX-XXXX")
    line("Datum för mötet: 2025-10-09       Plats: Vuxenenheten, Ronneby")
    line()
    line("Närvarande: Anna, Peter, Maria, Henrik")
    line("L. deltog inte.")
    line()
    line("SYFTE", bold=True)
    line("Att få en gemensam bild.")
    line()
    line("FRÅGESTÄLLNINGAR", bold=True)
    line()
    line()
    line("BAKGRUND", bold=True)
    wrap_par(
        "L. är 58 år och bor ensam i hyreslägenhet i Ronneby. Han arbetade tidigare som "
        "truckförare men har varit sjukskriven sedan februari 2025 för depression. Det har "
        "kommit in två orosanmälningar från hyresvärden under sommaren om störningar och om "
        "att L. verkar må dåligt. Vid hembesök i augusti luktade han alkohol och lägenheten var "
        "stökig. L. har tidigare, 2019-2020, haft kontakt med beroendemottagningen i Karlskrona "
        "men avslutade den själv.")
    line()
    wrap_par(
        "L. har kontakt med vårdcentralen för sin depression och för högt blodtryck. Han har "
        "uteblivit från två besök i september. Han har ingen kontakt med sin vuxna son enligt "
        "vad socialtjänsten känner till.")
    line()
    line("NULÄGE", bold=True)
    wrap_par(
        "Vid mötet framkom att L:s situation är ungefär som i våras men att han har blivit "
        "mer isolerad. Han handlar sin mat själv. Ekonomin är ansträngd eftersom "
        "sjukpenningen är lägre än lönen. Det finns en hyresskuld på en månad. Vårdcentralen "
        "upplever att det är svårt att nå honom på telefon.")
    line()
    wrap_par(
        "Det diskuterades om L. behöver mer stöd och om han skulle kunna ta emot besök "
        "hemma. Inga förändringar beslutades.")
    line()
    line("MÅL", bold=True)
    line()
    line()
    line("INSATSER", bold=True)
    line("- Fortsatt kontakt.")
    line("- Stöd vid behov.")
    line("- Samtal vid behov.")
    line("- Eventuellt hembesök längre fram.")
    line()
    line("ANSVAR", bold=True)
    line()
    line()
    line("ÖVRIGA AKTÖRER", bold=True)
    line("Försäkringskassan är informerad.")
    line()
    line("SAMTYCKE", bold=True)
    line("Samtycke finns.")
    line()
    line("HUVUDANSVARIG", bold=True)
    line()
    line()
    line("UPPFÖLJNING", bold=True)
    line("Ny SIP i december.")
    line()
    line()
    line("Antecknat av: Anna")
    line("Kopia: Vårdcentralen Kallinge (fax), akt")
    pdf.output(path(6, "pdf"))


# ======================================================================= 07
def plan07():
    """Goals > sub-goals > measures as nested bullets; boy 10 with ADHD; Alvesta."""
    doc = new_doc("Socialtjänsten Alvesta", "SIP Leo")
    sec = doc.sections[0]
    header_text(sec, "Alvesta kommun / Region Kronoberg – SIP")
    footer_text(sec, "Sekretess enligt OSL 26 kap. 1 § och 25 kap. 1 §")

    p = doc.add_paragraph()
    r = p.add_run("SIP – Samordnad individuell plan för Leo")
    r.bold = True
    r.font.size = Pt(16)
    r.font.small_caps = True
    doc.add_paragraph("Leo, 10 år, åk 4    Personnummer: ÅÅMMDD-XXXX\n"
                      "Möte 2025-01-15 kl. 8.30–10.00 på skolan, Alvesta")

    bold_para(doc, "Syfte")
    doc.add_paragraph(
        "Leo fick diagnosen ADHD i maj 2024 och har sedan hösten haft många utbrott både i "
        "skolan och hemma, och två gånger har han sprungit från skolan. Planen ska samordna "
        "skolans anpassningar, BUP:s behandling och socialtjänstens familjestöd så att Leo får "
        "samma bemötande hemma och i skolan och så att föräldrarna vet vem de ska vända sig till.")

    bold_para(doc, "Frågeställningar")
    doc.add_paragraph("Diskutera läget i skolan och hemma.")

    bold_para(doc, "Närvarande")
    doc.add_paragraph("Leo (första halvtimmen), mamma, pappa, mentor, specialpedagog, "
                      "skolkurator, socialsekreterare, sjuksköterska.")

    bold_para(doc, "Leos delaktighet")
    doc.add_paragraph(
        "Leo var med första halvtimmen tillsammans med mamma och pappa och ritade under tiden. "
        "Han berättade att rasterna är det svåraste, särskilt när de spelar fotboll och någon "
        "fuskar, och att han vill ha en vuxen att gå till när det ”blir för mycket i huvudet”. "
        "Han vill inte gå i en liten grupp.")

    bold_para(doc, "Mål och insatser")
    bullet(doc, "”Jag vill inte bli så arg på rasterna, och jag vill få vara med och spela "
                "fotboll.”", 0, bold_prefix="Mål 1 (Leos ord): ")
    bullet(doc, "Högst en konflikt på rasten per vecka.", 1, bold_prefix="Delmål: ")
    bullet(doc, "Leo och specialpedagogen bestämmer tillsammans en trygg vuxen på "
                "förmiddagsrasten (specialpedagog, skolan, från 2025-01-20)", 2)
    bullet(doc, "Lugnt rum ”Basen” som Leo får gå till utan att fråga (rektor, skolan, "
                "från v. 4)", 2)
    bullet(doc, "Leo ska kunna vara med i rastfotbollen.", 1, bold_prefix="Delmål: ")
    bullet(doc, "Organiserad rastfotboll med tydliga regler och en vuxen som domare "
                "(fritidspedagog, fritidshemmet, från 2025-02-03)", 2)

    bullet(doc, "”Jag vill kunna jobba klart på lektionerna.”", 0, bold_prefix="Mål 2 (Leos ord): ")
    bullet(doc, "Klara arbetspass på 20 minuter i matte och svenska.", 1, bold_prefix="Delmål: ")
    bullet(doc, "Bildschema, timer och egen arbetsplats vid fönstret (specialpedagog, skolan, "
                "från 2025-01-20)", 2)
    bullet(doc, "Utvärdering av metylfenidat och ev. dosjustering (läkare, BUP Växjö, "
                "Region Kronoberg, besök 2025-02-12)", 2)
    bullet(doc, "Färre dagar där Leo går hem tidigt.", 1, bold_prefix="Delmål: ")
    bullet(doc, "Mentor Karin skickar veckobrev till föräldrarna om vad som fungerat "
                "(mentor, skolan, varje fredag från 2025-01-24)", 2)

    bullet(doc, "Lugnare morgnar och kvällar hemma.", 0, bold_prefix="Mål 3 (familjens): ")
    bullet(doc, "Leo kommer iväg till skolan i tid fyra dagar av fem.", 1, bold_prefix="Delmål: ")
    bullet(doc, "Föräldrautbildning ”Föräldrar i stormen”, 8 träffar (familjebehandlare, "
                "Barn och familj, Socialtjänsten Alvesta, start 2025-02-04)", 2)
    bullet(doc, "Färre utbrott vid läggdags.", 1, bold_prefix="Delmål: ")
    bullet(doc, "Rådgivning om sömn och kvällsrutiner vid ADHD (sjuksköterska, BUP Växjö, "
                "telefonsamtal 2025-03-05)", 2)

    bold_para(doc, "Övriga aktörer")
    doc.add_paragraph("Föräldrarna har varit i kontakt med Försäkringskassan.")

    bold_para(doc, "Huvudansvar")
    doc.add_paragraph("Socialsekreterare Jonna, Barn och familj, Socialtjänsten Alvesta kommun.")

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(18)
    r = p.add_run("Antecknat av Jonna, socialsekreterare, 2025-01-16")
    r.italic = True
    r.font.size = Pt(9)
    save_docx(doc, path(7, "docx"))


# ======================================================================= 08
def doc08():
    """NOT a plan: förhandsbedömning after a report of concern; child; Sölvesborg."""
    doc = new_doc("Socialförvaltningen Sölvesborg", "Förhandsbedömning")
    sec = doc.sections[0]
    header_text(sec, "Sölvesborgs kommun – Socialförvaltningen, Barn och familj",
                "Sekretess enl. OSL 26 kap.")
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_page_field(fp)

    doc.add_heading("Förhandsbedömning", level=1)
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([
        ("Barn", "W., 8 år, åk 2    ÅÅMMDD-XXXX"),
        ("Vårdnadshavare", "Mamma (ensam vårdnadshavare)"),
        ("Anmälan inkom", "2025-11-03 från skolsköterska, Sölvesborgs kommun"),
        ("Handläggare", "Socialsekreterare, mottagningsgruppen Barn och familj"),
    ]):
        cell_text(t.rows[i].cells[0], a, bold=True)
        cell_text(t.rows[i].cells[1], b)
        set_cell_shading(t.rows[i].cells[0], "EDEDED")

    doc.add_heading("Anmälans innehåll", level=2)
    doc.add_paragraph(
        "Skolsköterskan anmäler oro för W. Enligt anmälan har W. under hösten ofta kommit till "
        "skolan trött och hungrig, vid flera tillfällen utan matsäck till utflykter och i för "
        "tunna kläder. W. har berättat för sin lärare att mamma ”ligger i sängen hela dagarna” "
        "och att han själv gör frukost till sin lillasyster. Frånvaron har ökat till 18 % sedan "
        "augusti. Skolan har försökt nå mamma via telefon och Unikum utan svar de senaste "
        "tre veckorna.")

    doc.add_heading("Skyddsbedömning", level=2)
    doc.add_paragraph(
        "Skyddsbedömning gjordes samma dag, 2025-11-03. Det framkom inga uppgifter om våld eller "
        "akut fara för barnen. Bedömningen är att barnen inte är i behov av omedelbart skydd.")

    doc.add_heading("Kontakter under förhandsbedömningen", level=2)
    for txt in [
        "2025-11-04: Telefonsamtal med anmälaren, som bekräftar uppgifterna och berättar att "
        "W. är omtyckt av kamraterna men ofta sitter ensam på lektionerna.",
        "2025-11-06: Samtal med mamma på socialkontoret. Mamma berättar att hon har varit "
        "deprimerad sedan i somras och har kontakt med Vuxenpsykiatrin Karlshamn. Hon är "
        "medveten om att W. har fått ta mycket ansvar och säger att hon vill ha hjälp. "
        "Mamma samtycker till att socialtjänsten pratar med skolan och med hennes behandlare.",
        "2025-11-10: Samtal med W. i skolan, med mammas medgivande. W. säger att det är ”okej "
        "hemma” men att han blir orolig när mamma gråter och att han inte vill att lillasyster "
        "ska vara hungrig.",
    ]:
        doc.add_paragraph(txt, style="List Bullet")

    doc.add_heading("Bedömning", level=2)
    doc.add_paragraph(
        "Uppgifterna i anmälan bekräftas delvis av mamma och av W. Det finns tecken på att W. "
        "tar ett ansvar som inte motsvarar hans ålder och att mammas psykiska mående påverkar "
        "hennes förmåga att tillgodose barnens grundläggande behov. Det kan inte uteslutas att "
        "barnen är i behov av stöd eller skydd, och det är inte tillräckligt att hänvisa till "
        "frivilliga kontakter. Om det under utredningen framkommer att familjen behöver "
        "insatser från både socialtjänsten och regionen (t.ex. vuxenpsykiatrin eller BUP) kan "
        "en samordnad individuell plan (SIP) erbjudas.")

    doc.add_heading("Beslut", level=2)
    p = doc.add_paragraph()
    p.add_run("☒ ").font.size = Pt(12)
    p.add_run("Utredning inleds enligt SoL avseende W. och hans syster.")
    p = doc.add_paragraph()
    p.add_run("☐ ").font.size = Pt(12)
    p.add_run("Utredning inleds inte.")
    label_para(doc, "Beslutsdatum: ", "2025-11-14")
    label_para(doc, "Beslutsfattare: ", "1:e socialsekreterare, Barn och familj, enligt delegation")
    doc.add_paragraph("Mamma informerades om beslutet per telefon 2025-11-14.")
    save_docx(doc, path(8, "docx"))


def main():
    os.makedirs(OUT, exist_ok=True)
    plan01()
    plan02()
    plan03()
    plan04()
    plan05()
    plan06()
    plan07()
    doc08()
    print("done:", sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()
