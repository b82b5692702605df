#!/usr/bin/env python3
"""Generate the f10b batch of fictional, anonymized SIP plans into plans/.

Run with a Python that has python-docx and fpdf2 (and LibreOffice on PATH): python generate_b.py
Deterministic: fixed dates and texts; docx zip entries get a fixed timestamp.
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
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF
from fpdf.enums import XPos, YPos

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f10b"
LO_PROFILE = "file:///tmp/lo-f10b"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIXED_DT = datetime.datetime(2025, 1, 15, 9, 0, 0)


def path(n, ext):
    return os.path.join(OUT, f"{PREFIX}-{n:02d}.{ext}")


# ---------------------------------------------------------------- helpers
def fix_zip(p):
    """Rewrite a .docx with fixed zip timestamps so reruns give equal files."""
    tmp = p + ".tmp"
    with zipfile.ZipFile(p) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 1, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    os.replace(tmp, p)


def save_docx(doc, p, author):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    doc.save(p)
    fix_zip(p)


def soffice_pdf(src, outdir, filt="pdf", infilter=None):
    extra = [f"--infilter={infilter}"] if infilter else []
    subprocess.run(
        ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", *extra,
         "--convert-to", filt, "--outdir", outdir, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


def set_cell_shading(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def mark_header_row(row):
    trPr = row._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trPr.append(th)


def cell_text(cell, text, bold=False, size=None, color=None, italic=False):
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


def add_field(run, instr):
    """Insert a simple field (PAGE, NUMPAGES) into a run."""
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    for el in (b, it, s, t, e):
        run._r.append(el)


def page_x_of_y(paragraph, prefix="Sida ", mid=" (", suffix=")", size=8):
    r = paragraph.add_run(prefix)
    r.font.size = Pt(size)
    r = paragraph.add_run()
    r.font.size = Pt(size)
    add_field(r, "PAGE")
    r = paragraph.add_run(mid)
    r.font.size = Pt(size)
    r = paragraph.add_run()
    r.font.size = Pt(size)
    add_field(r, "NUMPAGES")
    r = paragraph.add_run(suffix)
    r.font.size = Pt(size)


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


def bold_para(doc, text, size=None, space_before=8):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    p.paragraph_format.space_before = Pt(space_before)
    p.paragraph_format.space_after = Pt(2)
    return p


# ====================================================================== 01
def plan01():
    """Vårdcentral journal note 'SIP', html printed to PDF via LibreOffice."""
    html = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8">
<title>Journalutskrift</title>
<style>
 body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; }
 .sys { font-size: 8pt; color: #444; margin: 0; }
 table.hdr { border-collapse: collapse; margin: 6pt 0 10pt 0; }
 table.hdr td { font-size: 9.5pt; padding: 1pt 10pt 1pt 0; vertical-align: top; }
 p.kw { margin: 8pt 0 2pt 0; }
 p.tx { margin: 0 0 4pt 0; }
 .sign { font-size: 8.5pt; color: #333; margin-top: 14pt; }
</style></head><body>
<p class="sys">Journalutskrift &nbsp;|&nbsp; Region Västmanland &nbsp;|&nbsp; Utskriftsdatum 2025-02-13 10:42 &nbsp;|&nbsp; Utskriven av: Maria, dsk &nbsp;|&nbsp; Sida 1</p>
<hr>
<table class="hdr">
<tr><td><b>Vårdcentral</b></td><td>Vårdcentralen Surahammar</td></tr>
<tr><td><b>Datum</b></td><td>2025-02-11 13:30</td></tr>
<tr><td><b>Dokumenttyp:</b></td><td>SIP</td></tr>
<tr><td><b>Patient</b></td><td>G., ÅÅMMDD-XXXX</td></tr>
<tr><td><b>Kontakttyp</b></td><td>Hembesök, möte i patientens hem</td></tr>
<tr><td><b>Yrkesroll</b></td><td>Distriktssköterska</td></tr>
</table>

<p class="kw"><b>Närvarande:</b></p>
<p class="tx">Patienten G. och hans hustru Inga. Maria, distriktssköterska, Vårdcentralen Surahammar.
Henrik, allmänläkare, Vårdcentralen Surahammar. Johan, biståndshandläggare, Surahammars kommun.
Camilla, sjuksköterska, Hemsjukvården Surahammars kommun. Lena, undersköterska och kontaktperson,
Hemtjänst Surahammar.</p>

<p class="kw"><b>Anledning till SIP:</b></p>
<p class="tx">G. är 81 år och har Alzheimers sjukdom, diagnos 2023, som har gått fram tydligt det senaste
halvåret. Han är uppe flera gånger per natt och har vid två tillfällen i januari gått ut ensam på kvällen
och hittats av grannar. Hustrun Inga har hittills klarat det mesta i hemmet men berättar att hon inte
orkar längre, hon sover dåligt och har själv hjärtsvikt. SIP hålls för att vårdcentralen, hemsjukvården
och kommunens äldreomsorg ska ha samma bild av läget och för att Inga ska få avlastning, så att G. kan
bo kvar hemma så länge det är möjligt utan att hon går sönder.</p>

<p class="kw"><b>Aktuellt:</b></p>
<p class="tx">Hemtjänst morgon och kväll sedan oktober 2024. MMSE 17/30 vid kontroll i december. Inga
beskriver G. som mer orolig på eftermiddagarna, ibland arg. Inget fall senaste tiden. Sonen bor i
Västerås, är informerad om läget och har sagt att han vill hjälpa till.</p>

<p class="kw"><b>Patientens egna mål:</b></p>
<p class="tx">G. säger att han mår bra och att han inte behöver någon hjälp. Han vill bo kvar i huset
tillsammans med Inga och fortsätta gå till affären och fika med grannen. Inga vill kunna sova en hel
natt och ha någon eftermiddag i veckan för sig själv.</p>

<p class="kw"><b>Överenskommelse:</b></p>
<p class="tx">Hemtjänsten fortsätter som idag och utökar vid behov.<br>
Kommunen återkommer angående stöd till Inga som anhörig.<br>
Vårdcentralen fortsätter att följa G. och har hand om den medicinska delen.<br>
Hemsjukvården kopplas in vid behov.</p>

<p class="kw"><b>Nästa SIP:</b></p>
<p class="tx">Om ca tre månader. Tid bestäms senare.</p>

<hr>
<p class="sign">Signerad: Maria, Dsk &nbsp; 2025-02-12 16:05 &nbsp;&nbsp; Vårdcentralen Surahammar</p>
</body></html>
"""
    tmpd = tempfile.mkdtemp(prefix="f10b-")
    src = os.path.join(tmpd, f"{PREFIX}-01.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html)
    soffice_pdf(src, tmpd, "pdf:writer_pdf_Export", infilter="HTML (StarWriter)")
    shutil.move(os.path.join(tmpd, f"{PREFIX}-01.pdf"), path(1, "pdf"))
    shutil.rmtree(tmpd)


# ====================================================================== 02
def plan02():
    """School: 'SIP – elevhälsans mall', table of rows on page 1, free text page 2."""
    doc = Document()
    base_font(doc, "Calibri", 11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(2.0)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("Norbergs kommun · Barn- och utbildningsförvaltningen · Elevhälsan Centralskolan")
    r.font.size = Pt(8)
    r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = fp.add_run("Sekretess enligt OSL 23 kap.   ")
    r.font.size = Pt(8)
    page_x_of_y(fp)

    t = doc.add_paragraph()
    r = t.add_run("SIP – elevhälsans mall")
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    st = doc.add_paragraph()
    r = st.add_run("Samordnad individuell plan för elev")
    r.font.small_caps = True
    r.font.size = Pt(11)

    rows = [
        ("Elev", "E., åk 8B"),
        ("Personnummer", "ÅÅMMDD-XXXX"),
        ("Vårdnadshavare", "Sara (mamma). Pappa bor i Fagersta, har inte varit med."),
        ("Mentor", "Linnea"),
        ("Datum för SIP-möte", "2025-01-28, kl. 14.00–15.30, konferensrummet"),
        ("Deltagare", "E. (första halvtimmen), Sara (mamma), Linnea (mentor), Ahmed (kurator), "
                      "Maja (skolsköterska), Jonna (behandlare), Kim (socialsekreterare)"),
        ("Syfte med SIP", "Samordning."),
        ("Frågeställningar",
         "• Hur får vi E. att komma till skolan på morgnarna?\n"
         "• Behöver ADHD-medicinen ses över nu när E. slutat äta lunch och är orolig på eftermiddagarna?\n"
         "• Kan familjen få stöd hemma via socialtjänsten?"),
        ("Samtycke", "Samtycke finns."),
        ("Huvudansvarig för planen", "Skolan"),
        ("Nästa SIP-möte", "2025-03-18 kl. 14.00"),
    ]
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, val in rows:
        c = table.add_row().cells
        cell_text(c[0], label, bold=True, size=10)
        set_cell_shading(c[0], "DEEAF6")
        cell_text(c[1], val, size=10)
    for row in table.rows:
        row.cells[0].width = Cm(4.8)
        row.cells[1].width = Cm(11.8)

    # page 2
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    bold_para(doc, "Bakgrund och nuläge", 12, 0)
    doc.add_paragraph(
        "E. har diagnosen ADHD sedan våren 2023 (BUP Västerås) och medicineras med centralstimulerande. "
        "Närvaron under höstterminen var 58 %, mest frånvaro på måndagar och första lektionen. Han har "
        "inte godkänt i matematik och engelska. Frånvaron är anmäld till rektor och en "
        "kartläggning gjordes i december. E. sover sent, spelar på nätterna och mamma får inte upp honom "
        "på morgonen. Socialtjänsten har en pågående utredning efter orosanmälan från skolan i november.")

    bold_para(doc, "Elevens syn (sammanfattad av mentor)", 12)
    doc.add_paragraph(
        "E. var med den första halvtimmen och pratade mest med Linnea. Han säger att morgnarna är det "
        "jobbigaste och att det känns meningslöst att gå till skolan när han redan har missat första "
        "lektionen. Han tycker att idrott och slöjd fungerar bra. Han vill klara matte och engelska så "
        "att han kan söka fordonsprogrammet, och han vill inte byta klass. Han är inte så intresserad av "
        "att träffa fler vuxna men kan tänka sig att prata med skolsköterskan om sömnen.")

    bold_para(doc, "Vårdnadshavares syn", 12)
    doc.add_paragraph(
        "Sara är trött och orolig. Hon har försökt väcka E. men det blir bråk varje morgon och hon måste "
        "själv vara på jobbet 7.30 två dagar i veckan. Hon önskar mer stöd hemma och att någon tittar på "
        "medicinen.")

    bold_para(doc, "Mål", 12)
    doc.add_paragraph(
        "E. ska ha minst 80 % närvaro fram till nästa SIP-möte och nå godkänt i matematik och engelska "
        "under åk 9.")

    bold_para(doc, "Insatser", 12)
    acts = [
        ("Vad", "Vem", "När", "Hur följer vi upp"),
        ("Anpassat schema med start kl. 9.00 måndag–fredag", "Linnea, mentor, Centralskolan",
         "Från v. 6", "Närvaron stäms av varje fredag, mentor ringer mamma"),
        ("Studiestöd i matematik i liten grupp 2 ggr/vecka", "Specialpedagog, Centralskolan",
         "Från 2025-02-03", "Avstämning med mentor och lärare i ma"),
        ("Uppföljning av ADHD-medicinering (dos, aptit, sömn)", "BUP Västerås, Jonna", "",
         "Återkoppling till skolsköterskan"),
        ("Samtal om sömn och matvanor", "Maja, skolsköterska, Centralskolan", "v. 7", "Tas upp på nästa SIP"),
        ("Utreda föräldrastöd/familjebehandling i hemmet", "Kim, socialsekreterare, IFO Norberg",
         "Besked senast 2025-02-21", "Kim meddelar mamma och mentor"),
        ("Väcker E. kl. 7.00 och skjutsar honom till skolan tisdag och torsdag", "Sara (mamma)",
         "Från 2025-02-04", "Mamma hör av sig till mentor om det inte fungerar"),
    ]
    at = doc.add_table(rows=0, cols=4)
    at.style = "Table Grid"
    for i, row in enumerate(acts):
        c = at.add_row().cells
        for j, v in enumerate(row):
            cell_text(c[j], v, bold=(i == 0), size=9.5)
            if i == 0:
                set_cell_shading(c[j], "DEEAF6")
    mark_header_row(at.rows[0])
    widths = [Cm(5.2), Cm(4.0), Cm(2.8), Cm(4.6)]
    for row in at.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = w

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(14)
    p.add_run("Antecknat av: Linnea, mentor").italic = True
    save_docx(doc, path(2, "docx"), "Elevhälsan Centralskolan")


# ====================================================================== 03
def plan03():
    """Addiction inpatient discharge plan 'Utskrivningsplanering / SIP'."""
    doc = Document()
    base_font(doc, "Arial", 10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("Region Västmanland  |  Beroendecentrum Västerås, avd 21 heldygnsvård")
    r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    r = fp.add_run("Utskrivningsplanering/SIP · version 3 · ")
    r.font.size = Pt(8)
    page_x_of_y(fp)

    h = doc.add_heading("Utskrivningsplanering / SIP", level=1)
    info = doc.add_table(rows=2, cols=4)
    info.style = "Table Grid"
    vals = [("Patient", "D., ÅÅMMDD-XXXX", "Inskriven", "2024-10-21"),
            ("Planeringssamtal", "2024-11-05", "Planerad utskrivning", "2024-11-08")]
    for i, row in enumerate(vals):
        for j, v in enumerate(row):
            cell_text(info.rows[i].cells[j], v, bold=(j % 2 == 0), size=9.5)
            if j % 2 == 0:
                set_cell_shading(info.rows[i].cells[j], "E7E6E6")

    doc.add_heading("Syfte", level=2)
    doc.add_paragraph(
        "D. har opioidberoende och har under vårdtiden ställts in på buprenorfin inom LARO. Planen ska se "
        "till att bostad, LARO-behandling och stöd från socialtjänsten finns på plats redan dagen efter "
        "utskrivningen, så att risken för återfall och överdos under de första veckorna blir så liten som "
        "möjligt.")

    doc.add_heading("Checklista inför utskrivning", level=2)
    checks = [
        "☒ Boende ordnat", "☐ Sysselsättning", "☒ Läkemedel", "☒ Inskriven på LARO-mottagning",
        "☐ Ekonomi klar", "☒ Naloxon utlämnat", "☒ Samtycke till samverkan finns",
    ]
    p = doc.add_paragraph()
    for i, c in enumerate(checks):
        p.add_run(c + ("     " if i < len(checks) - 1 else ""))

    doc.add_heading("Med D:s egna ord", level=2)
    doc.add_paragraph(
        "Vi gick igenom planen med D. på avdelningen och han har själv valt vad som står här.")
    for q in ("”Jag vill klara mig utan heroin och kunna träffa min dotter varannan helg igen.”",
              "”Det som är svårast är kvällarna när jag är ensam. Då behöver jag ha något att göra.”",
              "”Jag vill inte tillbaka till gamla kompisar, därför vill jag inte ha lägenhet i Råby.”"):
        qp = doc.add_paragraph(q)
        qp.paragraph_format.left_indent = Cm(1)
        qp.runs[0].italic = True

    doc.add_heading("Insatser efter utskrivning", level=2)
    rows = [
        ("Insats", "Ansvarig", "När"),
        ("LARO-behandling med buprenorfin, övervakad daglig dosering de första 4 veckorna",
         "LARO-mottagningen Västerås, sjuksköterska", "Första besök 2024-11-11 kl. 08.30"),
        ("Läkemedel för 2024-11-08 t.o.m. 2024-11-10 samt naloxonnässpray med hem",
         "Avd 21, ansvarig sjuksköterska", "Vid utskrivning 2024-11-08"),
        ("Träningslägenhet med boendestöd, hembesök 3 ggr/vecka",
         "Socialtjänsten Västerås, Beroendeenheten, socialsekreterare", "Inflytt 2024-11-08"),
        ("Återfallsprevention i grupp, 10 träffar",
         "Socialtjänstens öppenvård Västerås, behandlare", "Start 2024-11-19"),
        ("Provtagning hepatit C och vaccination hepatit B", "LARO-mottagningen Västerås, läkare",
         "2024-11-25"),
    ]
    t = doc.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        c = t.add_row().cells
        for j, v in enumerate(row):
            cell_text(c[j], v, bold=(i == 0), size=9.5)
            if i == 0:
                set_cell_shading(c[j], "E7E6E6")
    mark_header_row(t.rows[0])
    for row in t.rows:
        row.cells[0].width = Cm(7.5)
        row.cells[1].width = Cm(5.5)
        row.cells[2].width = Cm(4.0)

    doc.add_heading("Om något händer – krisplan", level=2)
    for line in (
        "Om D. uteblir från doseringen ringer LARO-mottagningen samma förmiddag till boendestödet, som gör "
        "ett hembesök samma dag.",
        "Vid tecken på återfall kallar socialsekreteraren till ett extra möte med LARO-mottagningen inom "
        "en vecka. Avbrott i behandlingen görs inte utan att läkare på LARO-mottagningen är inkopplad.",
        "Naloxonnässpray finns i lägenheten. Boendestödet har fått instruktion om hur den används.",
        "Beroendeakuten Västerås har öppet dygnet runt och nås via växeln.",
    ):
        doc.add_paragraph(line, style="List Bullet")

    doc.add_heading("Övrigt", level=2)
    doc.add_paragraph(
        "Sysselsättning är inte löst. D. har nämnt Arbetsförmedlingen och Försäkringskassan, det tas upp "
        "längre fram när behandlingen har kommit igång.")

    p = doc.add_paragraph()
    r = p.add_run("Huvudansvar för planen: ")
    r.bold = True
    p.add_run("Socialtjänsten Västerås")
    p = doc.add_paragraph()
    r = p.add_run("Uppföljning: ")
    r.bold = True
    p.add_run("Uppföljande SIP ungefär fyra veckor efter utskrivning. Kallelse skickas.")
    save_docx(doc, path(3, "docx"), "Beroendecentrum Västerås")


# ====================================================================== 04
def plan04():
    """Child-friendly Markdown plan with emoji headings."""
    md = """# 🌟 Ellas plan

Ella, 6 år · Arboga · 2025-03-05

## 👋 Vi som var med

Mamma, pappa, Ella (en stund), Karin, Omar och Lena.

## 🙋‍♀️ Det här säger Ella

- ”Jag vill leka med Nora på gården utan att någon skriker.”
- ”Det är för mycket ljud i matsalen.”
- ”Molly ska få följa med till förskolan.” (Molly är Ellas gosekanin)

Ella var med i början av mötet och ritade vad hon tycker om och inte tycker om på förskolan.
Mamma och pappa var med hela tiden och berättade hur morgnarna och kvällarna är hemma.

## 🏠 Hemma

Det här gör de vuxna hemma:

- **Mamma och pappa** använder bildschemat för morgonen varje dag, från vecka 11.
- **Pappa** hämtar Ella klockan 14.30 på tisdagar och torsdagar, så att dagarna inte blir för långa.
- **Lena** (arbetsterapeut, Barn- och ungdomshabiliteringen) kommer hem och provar tyngdtäcke och hörselkåpor med Ella.

## 🏫 På förskolan

Det här gör de vuxna på Kyrkbackens förskola, avdelning Blåbäret:

- **Karin** (förskollärare) ser till att Ella äter lunch i det lilla rummet med två kompisar, från 2025-03-10.
- **Karin** gör ett bildschema för förskoledagen som ser ut som det hemma, klart 2025-03-17.
- **Personalen** skriver några rader i kontaktboken varje dag om hur dagen har varit.
- **Karin** visar Ella ett kort med en bild på lugna hörnan när det blir för mycket, från 2025-03-10.

## 🩺 Hos doktorn

- **Omar** (läkare, BUP Västerås) följer upp sömnen och pratar om melatonin med mamma och pappa vid besöket 2025-04-08.
- **Omar** skickar remiss till Barn- och ungdomshabiliteringen för föräldrautbildning om autism, senast 2025-03-14.

## 📅 Vi ses igen

Vi ses igen i maj, innan sommaren. Då berättar Ella hur det går med lunchen och Molly.
"""
    with open(path(4, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ====================================================================== 05
class Protokoll(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 8)
        self.set_text_color(80, 80, 80)
        self.cell(95, 5, "Sala kommun · Vård- och omsorgsförvaltningen · LSS", new_x=XPos.RIGHT, new_y=YPos.TOP)
        self.cell(0, 5, f"Utskrift 2025-01-30   Sida {self.page_no()} ({{nb}})", align="R",
                  new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(6)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, "Handlingen innehåller uppgifter som omfattas av sekretess enligt OSL 26 kap.",
                  align="C")


def plan05():
    pdf = Protokoll(format="A4")
    pdf.set_creation_date(datetime.datetime(2025, 1, 30, 8, 15, tzinfo=datetime.timezone.utc))
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, 20)
    pdf.alias_nb_pages()
    pdf.add_page()

    pdf.set_font("DejaVu", "B", 15)
    pdf.cell(0, 9, "Protokoll fört vid SIP-möte", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("DejaVu", "", 10)
    for lab, val in (("Datum:", "2025-01-28, kl. 13.00–14.30"),
                     ("Plats:", "Kommunhuset Sala, sammanträdesrum Norrmalm"),
                     ("Angående:", "J., ÅÅMMDD-XXXX")):
        pdf.set_font("DejaVu", "B", 10)
        pdf.cell(25, 6, lab)
        pdf.set_font("DejaVu", "", 10)
        pdf.cell(0, 6, val, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)

    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 6, "Närvarande", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("DejaVu", "", 9)
    part = [
        ("Namn", "Titel", "Arbetsplats"),
        ("J.", "Den enskilde", "–"),
        ("Maria", "LSS-handläggare", "Sala kommun, Myndighetsenheten"),
        ("Erik", "Boendestödjare", "Sala kommun, Boendestöd LSS"),
        ("Sofia", "Enhetschef", "Sala kommun, Gruppbostaden Lärkan"),
        ("Lotta", "Handledare", "Sala kommun, Daglig verksamhet Kullen"),
        ("Anna", "Distriktssköterska", "Region Västmanland, Vårdcentralen Sala"),
        ("Fatima", "Arbetsterapeut", "Region Västmanland, Vuxenhabiliteringen Västerås"),
    ]
    from fpdf.fonts import FontFace
    hstyle = FontFace(emphasis="BOLD", fill_color=(225, 225, 225))
    with pdf.table(col_widths=(28, 45, 97), text_align="LEFT", line_height=6,
                   headings_style=hstyle, repeat_headings=1) as table:
        for row in part:
            r = table.row()
            for v in row:
                r.cell(v)
    pdf.ln(4)

    def para(title):
        pdf.set_font("DejaVu", "B", 10.5)
        pdf.ln(2)
        pdf.cell(0, 6, title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def text(t, bold=False):
        pdf.set_font("DejaVu", "B" if bold else "", 10)
        pdf.multi_cell(0, 5.2, t, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1.2)

    para("§ 1   Mötets öppnande")
    text("Maria hälsade välkommen och alla presenterade sig. Sofia utsågs att föra protokollet. "
         "J. hade inför mötet skrivit under kommunens samtyckesblankett (undertecknad 2025-01-20) och "
         "gav där sitt skriftliga samtycke till att de närvarande verksamheterna får utbyta uppgifter "
         "med varandra. Blanketten lämnades till Maria och förvaras i akten.")
    para("§ 2   Bakgrund")
    text("J. är 27 år och har en lindrig intellektuell funktionsnedsättning. Han har bott på "
         "Gruppbostaden Lärkan sedan 2019 och arbetar fyra dagar i veckan på Daglig verksamhet Kullen. "
         "Han har fått ett förstahandskontrakt på en etta i centrala Sala med tillträde 2025-03-01. "
         "Han har beslut om daglig verksamhet enligt LSS och har ansökt om boendestöd och färdtjänst. "
         "Han har epilepsi som är välinställd, läkemedel delas i dag av personalen på gruppbostaden.")
    para("§ 3   J:s egna synpunkter")
    text("J. berättade att han ser fram emot att flytta. Han vill bo själv, bestämma själv när han "
         "äter och kunna bjuda hem kompisar från jobbet. Han är orolig för att glömma sina mediciner "
         "och för att åka buss till Kullen när det är mörkt. Han vill gärna ha samma personal som "
         "han känner från Lärkan i början.")
    para("§ 4   Frågor som mötet hade att ta ställning till")
    text("a) Vem ansvarar för läkemedelshanteringen efter flytten?\n"
         "b) Hur ska J. ta sig till och från daglig verksamhet?\n"
         "c) Vilket stöd behöver J. med matlagning, tvätt och att hålla en budget?")
    para("§ 5   Insatser och ansvar")
    text("Mötet gick igenom frågorna. Anna framhöll att epilepsimedicinen inte får glömmas och att "
         "dosdispensering är att föredra. Fatima föreslog påminnelseklocka och spisvakt.")
    text("Beslutades att boendestödet, genom Erik, Boendestöd LSS, ger stöd i hemmet måndag–fredag "
         "kl. 16–18 med matlagning, tvätt och budget från inflyttningsdagen 2025-03-01.", bold=True)
    text("Beslutades att Anna, distriktssköterska vid Vårdcentralen Sala, gör en läkemedelsgenomgång "
         "och ordnar dosdispenserade läkemedel före 2025-02-21.", bold=True)
    text("Beslutades att Fatima, arbetsterapeut vid Vuxenhabiliteringen, gör ett hembesök i den nya "
         "lägenheten och bedömer hjälpmedel (påminnelseklocka, spisvakt) under vecka 10.", bold=True)
    text("Beslutades att Maria, LSS-handläggare, fattar beslut om J:s ansökan om färdtjänst senast "
         "2025-02-14.", bold=True)
    text("Beslutades att Lotta, handledare på Daglig verksamhet Kullen, åker buss tillsammans med J. "
         "till och från Kullen de två första veckorna efter flytten, 2025-03-03 – 2025-03-14.", bold=True)
    text("Beslutades att Maria, LSS-handläggare vid Myndighetsenheten, Sala kommun, har huvudansvaret "
         "för planen och kallar till uppföljning.", bold=True)
    para("§ 6   Uppföljning och mötets avslutande")
    text("Beslutades att planen följs upp när J. har bott en tid i lägenheten, i april.", bold=True)
    text("Maria tackade alla för ett bra möte och förklarade mötet avslutat.")

    pdf.ln(8)
    pdf.set_font("DejaVu", "", 10)
    y = pdf.get_y()
    pdf.cell(80, 6, "Vid protokollet", new_x=XPos.RIGHT, new_y=YPos.TOP)
    pdf.cell(0, 6, "Justeras", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(10)
    pdf.cell(80, 6, "......................................", new_x=XPos.RIGHT, new_y=YPos.TOP)
    pdf.cell(0, 6, "......................................", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(80, 6, "Sofia, enhetschef", new_x=XPos.RIGHT, new_y=YPos.TOP)
    pdf.cell(0, 6, "Maria, LSS-handläggare", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.output(path(5, "pdf"))


# ====================================================================== 06
def plan06():
    """Case manager follow-up, plain text UTF-8 with CRLF."""
    txt = """UPPFÖLJNING – SAMORDNAD INDIVIDUELL PLAN
=========================================

Person:            M., ÅÅMMDD-XXXX
Uppföljningsdatum: 2025-03-04
Plats:             Vuxenpsykiatrin Köping, samtalsrum 2
Tidigare SIP:      2024-10-15

Huvudansvarig för SIP: case manager Jonas, Vuxenpsykiatrin Köping
(psykosteamet)

NÄRVARANDE
M.
Jonas, case manager
Sara, biståndshandläggare
Ali, psykiatriker
Lotta, boendestödjare

ATT TA UPP
Läget sedan sist. Övrigt.

TIDIGARE MÅL
1. M. ska ta sin medicin regelbundet.
   → uppnått. Depåinjektion var tredje vecka på mottagningen, ingen missad
   sedan november.
2. M. ska ha en meningsfull sysselsättning på dagtid.
   → ej. Inte påbörjat, ansökan till Träffpunkten har inte skickats.
3. M. ska få ordning på sin ekonomi och sina räkningar.
   → delvis. Två träffar hos budget- och skuldrådgivningen, Köpings kommun.
   Hyran betald jan och feb, elräkning från december obetald.
4. M. ska bo kvar i sin lägenhet.
   → uppnått.

KORT OM LÄGET
M. deltog i mötet. Inga inläggningar sedan förra planen. Sover bättre,
fortfarande mycket hemma. Viktökning ca 6 kg sedan hösten, behöver följas.

NYA ÅTGÄRDER
- Ansvarig: Lotta, boendestöd, Köpings kommun
  Vad: stöd med veckohandling och tvätt, tisdagar förmiddag
  Klart: löpande från 2025-03-11

- Ansvarig: Sara, biståndshandläggare, Köpings kommun
  Vad: utreda ansökan om sysselsättning (Träffpunkten, dagverksamhet
  enligt SoL)
  Klart: beslut senast 2025-04-01

- Ansvarig: Jonas, case manager
  Vad: följa med M. till budget- och skuldrådgivningen och gå igenom
  obetalda räkningar
  Klart: 2025-03-20

- Ansvarig: Regionen
  Vad: provtagning och uppföljning av vikt och blodsocker pga
  antipsykotisk behandling
  Klart: april

NÄSTA UPPFÖLJNING
2025-06-03 kl. 13.30, Vuxenpsykiatrin Köping.

Antecknat 2025-03-04 / Jonas, case manager
"""
    data = txt.replace("\n", "\r\n").encode("utf-8")
    with open(path(6, "txt"), "wb") as f:
        f.write(data)


# ====================================================================== 07
PLACEHOLDER = "Klicka eller tryck här för att ange text."
_sdt_id = [1000]


def add_placeholder_sdt(paragraph):
    """Add an empty run-level content control showing the placeholder text."""
    _sdt_id[0] += 1
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    rpr = OxmlElement("w:rPr")
    rs = OxmlElement("w:rStyle")
    rs.set(qn("w:val"), "PlaceholderText")
    rpr.append(rs)
    pr.append(rpr)
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
    rrpr = OxmlElement("w:rPr")
    rs2 = OxmlElement("w:rStyle")
    rs2.set(qn("w:val"), "PlaceholderText")
    rrpr.append(rs2)
    col = OxmlElement("w:color")
    col.set(qn("w:val"), "808080")
    rrpr.append(col)
    r.append(rrpr)
    t = OxmlElement("w:t")
    t.text = PLACEHOLDER
    r.append(t)
    content.append(r)
    sdt.append(content)
    paragraph._p.append(sdt)


def plan07():
    """Empty county SIP template, docx printed to PDF."""
    doc = Document()
    base_font(doc, "Arial", 10)
    # character style for placeholders, as Word has it
    from docx.enum.style import WD_STYLE_TYPE
    ps = doc.styles.add_style("PlaceholderText", WD_STYLE_TYPE.CHARACTER)
    ps.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("Region Västmanland och Västmanlands kommuner  |  Samordnad individuell plan (SIP)")
    r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    r = fp.add_run("Länsgemensam mall SIP, fastställd 2024-09 · ")
    r.font.size = Pt(8)
    page_x_of_y(fp)

    t = doc.add_paragraph()
    r = t.add_run("Samordnad individuell plan (SIP)")
    r.bold = True
    r.font.size = Pt(16)
    ins = doc.add_paragraph()
    r = ins.add_run("Enligt SoL 2 kap. 7 § och HSL 16 kap. 4 §. Fyll i blanketten tillsammans med den "
                    "enskilde. Den enskilde får en kopia av planen.")
    r.italic = True
    r.font.size = Pt(8.5)

    def section_title(text):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.space_after = Pt(3)
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(11)

    def form_table(rows):
        tb = doc.add_table(rows=0, cols=2)
        tb.style = "Table Grid"
        for label, kind in rows:
            c = tb.add_row().cells
            cell_text(c[0], label, bold=True, size=9.5)
            set_cell_shading(c[0], "F2F2F2")
            c[1].text = ""
            p = c[1].paragraphs[0]
            if kind.startswith("CHK:"):
                opts = kind[4:].split("|")
                rr = p.add_run("   ".join("☐ " + o for o in opts))
                rr.font.size = Pt(9.5)
            else:
                add_placeholder_sdt(p)
        for row in tb.rows:
            row.cells[0].width = Cm(5.5)
            row.cells[1].width = Cm(11.5)
        return tb

    section_title("1. Personuppgifter")
    form_table([("Namn", "PH"), ("Personnummer", "PH"), ("Vårdnadshavare/god man/förvaltare", "PH"),
                ("Tolk behövs", "CHK:Ja|Nej")])

    section_title("2. Mötet")
    tb = form_table([("Datum för SIP-möte", "PH"), ("Plats", "PH"),
                     ("Deltagare (namn, funktion, verksamhet)", "PH"),
                     ("Den enskilde deltog", "CHK:Ja|Nej|Delvis")])

    section_title("3. Samtycke")
    tb = form_table([("Samtycke till SIP och informationsutbyte", "CHK:Muntligt|Skriftligt"),
                     ("Datum för samtycke", "PH")])

    section_title("4. Syfte och frågeställningar")
    form_table([("Syfte med SIP (varför behövs planen?)", "PH"),
                ("Frågeställningar inför mötet", "PH")])

    section_title("5. Den enskildes mål och synpunkter")
    form_table([("Mitt mål (med den enskildes egna ord)", "PH"),
                ("Den enskildes synpunkter/önskemål", "PH")])

    section_title("6. Insatser")
    it = doc.add_table(rows=1, cols=4)
    it.style = "Table Grid"
    for j, h in enumerate(("Insats/åtgärd", "Ansvarig verksamhet och funktion", "När", "Klart/status")):
        cell_text(it.rows[0].cells[j], h, bold=True, size=9.5)
        set_cell_shading(it.rows[0].cells[j], "F2F2F2")
    mark_header_row(it.rows[0])
    for _ in range(4):
        c = it.add_row().cells
        for j in range(4):
            c[j].text = ""
            if _ == 0:
                add_placeholder_sdt(c[j].paragraphs[0])

    section_title("7. Ansvar och uppföljning")
    form_table([("Huvudansvarig för planen (namn, funktion, verksamhet)", "PH"),
                ("Huvudansvar ligger hos", "CHK:Kommun|Region"),
                ("Andra aktörers insatser (t.ex. FK, AF, god man, närstående)", "PH"),
                ("Uppföljning (datum, tid, plats)", "PH"),
                ("Planen skickas till", "PH")])

    section_title("8. Underskrifter")
    form_table([("Den enskilde/vårdnadshavare", "PH"), ("För kommunen", "PH"), ("För regionen", "PH")])

    tmpd = tempfile.mkdtemp(prefix="f10b-")
    src = os.path.join(tmpd, f"{PREFIX}-07.docx")
    save_docx(doc, src, "Region Västmanland")
    soffice_pdf(src, tmpd)
    shutil.move(os.path.join(tmpd, f"{PREFIX}-07.pdf"), path(7, "pdf"))
    shutil.rmtree(tmpd)


# ====================================================================== 08
def plan08():
    """Letter-style memo 'PM – samordnad planering för K.'."""
    doc = Document()
    base_font(doc, "Times New Roman", 12)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("Västmanlands sjukhus Västerås · Hallstahammars kommun")
    r.font.size = Pt(8)
    r.italic = True

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run("Västerås/Hallstahammar 2025-01-31")

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    r = p.add_run("PM – samordnad planering för K.")
    r.bold = True
    r.font.size = Pt(15)

    meta = doc.add_paragraph()
    meta.add_run("Från: ").bold = True
    meta.add_run("Eva, kurator, Psykiatriska kliniken avd 63, Västmanlands sjukhus Västerås, och Nora, "
                 "samordnare, Individ- och familjeomsorgen, Hallstahammars kommun\n")
    meta.add_run("Till: ").bold = True
    meta.add_run("K. samt berörda verksamheter enligt nedan")

    def para(text, space=6):
        pp = doc.add_paragraph(text)
        pp.paragraph_format.space_after = Pt(space)
        return pp

    para("K. är 34 år och bor ensam i lägenhet i Hallstahammar. Hon vårdas sedan 2025-01-17 på "
         "avdelning 63 efter ett suicidförsök med läkemedel. Hon har haft en depression sedan våren 2024, "
         "separerade i höstas och har sedan dess levt allt mer isolerat. Hon har försörjningsstöd och "
         "hade planerat att läsa på Komvux under våren. Utskrivning planeras till 2025-02-03.")
    para("Vi skriver det här gemensamt för att K. ska ha ett tryggt och tätt stöd från både psykiatrin och "
         "kommunen när hon kommer hem, och för att ingen del ska falla mellan stolarna under de första "
         "veckorna efter utskrivningen, som är den tid då risken för ett nytt försök är som störst.")
    para("Det vi behövde ta ställning till var framför allt tre saker: hur K. ska få stöd i hemmet de "
         "första två veckorna, vem som följer upp medicineringen och hennes mående efter utskrivningen, "
         "och om studiestarten på Komvux ska skjutas upp.")
    para("Vid planeringssamtalet på avdelningen 2025-01-29 deltog K., Eva (kurator, avd 63), Jakob "
         "(överläkare, avd 63, Västmanlands sjukhus Västerås), Nora (samordnare, IFO, Hallstahammars "
         "kommun) och Amir (socialsekreterare, försörjningsstöd, Hallstahammars kommun).")
    para("K. var med under hela samtalet. Hon berättade att kvällarna är värst och att hon skäms inför "
         "grannarna. Hon vill inte ha för många nya personer omkring sig. K. vill kunna bo kvar i sin "
         "lägenhet och komma tillbaka till studierna till hösten i stället för nu i vår.")
    para("Följande är överenskommet:")

    rows = [
        ("Insats", "Ansvarig", "Från"),
        ("Säkerhetsplan gås igenom och K. får med sig en skriftlig kopia",
         "Eva, kurator, avd 63", "2025-02-03"),
        ("Telefonkontakt med sjuksköterska två gånger i veckan",
         "Psykiatrimottagningen Västerås, sjuksköterska", "2025-02-04"),
        ("Återbesök hos läkare", "Psykiatrimottagningen Västerås, Jakob", "2025-02-06"),
        ("Boendestöd i hemmet tre kvällar i veckan", "Kommunen", ""),
        ("KBT-behandling för depression", "Psykiatrimottagningen Västerås, psykolog", "v. 9"),
        ("Försörjningsstöd för februari och planering kring uppskjuten studiestart",
         "Amir, socialsekreterare, IFO Hallstahammar", "2025-02-03"),
    ]
    t = doc.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        c = t.add_row().cells
        for j, v in enumerate(row):
            cell_text(c[j], v, bold=(i == 0), size=10.5)
    mark_header_row(t.rows[0])
    for row in t.rows:
        row.cells[0].width = Cm(7.0)
        row.cells[1].width = Cm(6.0)
        row.cells[2].width = Cm(2.8)

    pp = para("", 6)
    pp.paragraph_format.space_before = Pt(8)
    pp.add_run("Nora, samordnare på IFO i Hallstahammars kommun, har huvudansvaret för planen och är den K. och verksamheterna vänder sig till om "
               "något inte fungerar. Vi träffas igen för uppföljning 2025-02-26 kl. 10.00 på "
               "socialkontoret i Hallstahammar.")
    para("K. har gett sitt samtycke.")

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(18)
    p.add_run("Eva\nKurator, Psykiatriska kliniken, Västmanlands sjukhus Västerås")
    p = doc.add_paragraph()
    p.add_run("Nora\nSamordnare, IFO, Hallstahammars kommun")
    save_docx(doc, path(8, "docx"), "Nora")


def main():
    os.makedirs(OUT, exist_ok=True)
    for fn in (plan01, plan02, plan03, plan04, plan05, plan06, plan07, plan08):
        fn()
        print("ok", fn.__name__)


if __name__ == "__main__":
    main()
