#!/usr/bin/env python3
"""Generate batch fresh-42b: eight fictional, anonymized SIP-related documents.

Run with /work/batches/.venv/bin/python generate.py
Deterministic: fixed dates and texts, no randomness.
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
from docx.shared import Pt, Cm, RGBColor
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f42b-"
LO_PROFILE = "file:///tmp/lo-f42b"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def path(n, ext):
    return os.path.join(OUT, f"{PREFIX}{n:02d}.{ext}")


def to_pdf(src, target):
    """Convert a .docx/.html with LibreOffice and move the result to target."""
    tmp = tempfile.mkdtemp(prefix="f42b-")
    args = ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
            "--convert-to"]
    if src.endswith(".html"):
        args = args[:-1] + ["--infilter=HTML (StarWriter)", "--convert-to",
                            "pdf:writer_pdf_Export"]
    else:
        args.append("pdf")
    args += ["--outdir", tmp, src]
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, timeout=240)
    base = os.path.splitext(os.path.basename(src))[0] + ".pdf"
    shutil.move(os.path.join(tmp, base), target)
    shutil.rmtree(tmp, ignore_errors=True)


def save_docx(doc, target):
    """Save and rewrite the zip with fixed entry timestamps (byte-stable output)."""
    doc.save(target)
    with zipfile.ZipFile(target) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


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


def set_widths(table, widths_cm):
    table.autofit = False
    for i, w in enumerate(widths_cm):
        table.columns[i].width = Cm(w)
        for row in table.rows:
            row.cells[i].width = Cm(w)


def bold_par(doc, text, size=None, space_before=8):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(space_before)
    p.paragraph_format.space_after = Pt(2)
    p.paragraph_format.keep_with_next = True
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    return p


def cell_text(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    return p


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
    fixed = datetime.datetime(2025, 1, 15, 9, 0, 0)
    doc.core_properties.created = fixed
    doc.core_properties.modified = fixed
    doc.core_properties.author = ""
    doc.core_properties.last_modified_by = ""
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin = Cm(2.0)
    sec.bottom_margin = Cm(2.0)
    return doc


def header_text(section, left, right=None, size=8):
    hp = section.header.paragraphs[0]
    hp.text = ""
    r = hp.add_run(left)
    r.font.size = Pt(size)
    if right:
        hp.add_run("\t\t")
        r2 = hp.add_run(right)
        r2.font.size = Pt(size)


def footer_text(section, text, size=8, page_field=False):
    fp = section.footer.paragraphs[0]
    fp.text = ""
    r = fp.add_run(text)
    r.font.size = Pt(size)
    if page_field:
        r2 = fp.add_run("   Sida ")
        r2.font.size = Pt(size)
        run = fp.add_run()
        run.font.size = Pt(size)
        for kind, val in (("begin", None), ("instr", " PAGE "), ("end", None)):
            if kind == "instr":
                it = OxmlElement("w:instrText")
                it.set(qn("xml:space"), "preserve")
                it.text = val
                run._r.append(it)
            else:
                fc = OxmlElement("w:fldChar")
                fc.set(qn("w:fldCharType"), kind)
                run._r.append(fc)
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


# --------------------------------------------------------------------------
# 01  School SIP, kurator's own template (.docx)
# --------------------------------------------------------------------------
def plan01():
    doc = base_doc("Calibri", 11)
    sec = doc.sections[0]
    header_text(sec, "Köpings kommun · Barn- och utbildningsförvaltningen · Nyboskolan, Elevhälsan")
    footer_text(sec, "Sekretess enligt OSL 23 kap. 2 § – förvaras i elevakt hos Elevhälsan.",
                page_field=True)

    t = doc.add_paragraph()
    r = t.add_run("Elevhälsans SIP-dokumentation")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    sub = doc.add_paragraph()
    rs = sub.add_run("Samordnad individuell plan – skola och BUP")
    rs.font.small_caps = True
    rs.font.size = Pt(10)

    tbl = doc.add_table(rows=4, cols=2)
    tbl.style = "Table Grid"
    rows = [("Elev", "Saga, ÅÅMMDD-XXXX"),
            ("Klass", "8B, mentor Johan"),
            ("Vårdnadshavare", "Lena (mamma), Peter (pappa) – gemensam vårdnad"),
            ("Datum", "2025-02-12, kl. 13.00–14.30, Elevhälsans mötesrum")]
    for i, (k, v) in enumerate(rows):
        cell_text(tbl.rows[i].cells[0], k, bold=True)
        set_cell_shading(tbl.rows[i].cells[0], "DCE6F1")
        cell_text(tbl.rows[i].cells[1], v)

    set_widths(tbl, (4.0, 12.4))

    bold_par(doc, "Bakgrund", space_before=12)
    doc.add_paragraph(
        "Saga har haft en ökande frånvaro sedan höstterminen, under januari var hon i skolan "
        "sammanlagt sex dagar. Hon beskriver oro i magen på morgnarna och att hon inte klarar att "
        "gå in i klassrummet när det är många elever. Skolsköterskan uppmärksammade i december "
        "sår på underarmarna och Saga berättade då att hon skär sig när ångesten blir för stark. "
        "Efter orosanmälan och kontakt med vårdnadshavare har Saga sedan januari kontakt med BUP "
        "Västerås, där hon har gått på två bedömningssamtal.")

    bold_par(doc, "Varför vi har SIP-möte")
    doc.add_paragraph(
        "Syftet är att skolan och BUP Västerås samordnar sitt stöd så att Saga kan komma "
        "tillbaka till skolan i en takt som hon klarar, samtidigt som hennes självskadebeteende "
        "behandlas och alla vuxna runt henne vet vad de andra gör.")

    bold_par(doc, "Sagas egen bild")
    doc.add_paragraph(
        "Saga var med under hela mötet tillsammans med mamma. Hon berättade att det är "
        "morgnarna och matsalen som är svårast, och att hon inte vill ha lektioner i helklass "
        "just nu. Hon vill helst ha samtal med kuratorn på skolan och inte behöva åka till "
        "Västerås varje vecka. Saga sa:")
    q = doc.add_paragraph()
    q.paragraph_format.left_indent = Cm(1.0)
    rq = q.add_run("”Jag vill klara att gå till skolan tre dagar i veckan innan sommarlovet, "
                   "och jag vill ha ett ställe att gå till när det blir för mycket.”")
    rq.italic = True
    doc.add_paragraph("Pappa kunde inte komma men mamma för vidare det som sades.")

    bold_par(doc, "Det här har vi kommit överens om")
    acts = [
        ("Anpassat schema: start kl. 9.30 tre dagar/vecka, undervisning i liten grupp i "
         "ma, sv, en", "Rektor och mentor, Nyboskolan", "Från 2025-02-17"),
        ("Samtal med kurator en gång i veckan (tisdagar)", "Kurator, Elevhälsan Nyboskolan",
         "Från 2025-02-18"),
        ("Tillgång till lugnt rum (”Gläntan”) under skoldagen, kort avstämning med "
         "specialpedagog efter lunch", "Specialpedagog, Nyboskolan", "Från 2025-02-17"),
        ("KBT-inriktad behandling med fokus på självskada och skolundvikande, varannan vecka",
         "Behandlare (psykolog), BUP Västerås", "Från 2025-02-24"),
        ("Läkarbedömning av sömn och ev. läkemedel mot ångest", "Läkare, BUP Västerås", ""),
        ("Skolsköterskan ser över Sagas sår och stämmer av mående vid behov",
         "Skolsköterska, Elevhälsan", "Löpande från 2025-02-13"),
    ]
    at = doc.add_table(rows=1, cols=3)
    at.style = "Table Grid"
    hdr = at.rows[0]
    mark_header_row(hdr)
    for c, h in zip(hdr.cells, ("Insats", "Vem", "När")):
        cell_text(c, h, bold=True)
        set_cell_shading(c, "DCE6F1")
    for a, w, n in acts:
        row = at.add_row()
        cell_text(row.cells[0], a, size=10)
        cell_text(row.cells[1], w, size=10)
        cell_text(row.cells[2], n, size=10)
    set_widths(at, (7.6, 5.0, 3.8))

    bold_par(doc, "Familjen", space_before=10)
    doc.add_paragraph(
        "Mamma och pappa är viktiga för att planen ska fungera och stöttar Saga utifrån sina "
        "möjligheter.")

    bold_par(doc, "Samtycke")
    doc.add_paragraph("Samtycke till SIP finns.")

    bold_par(doc, "Uppföljning")
    doc.add_paragraph("Vi ses igen efter påsklovet för att se hur det har gått. Ny tid "
                      "skickas ut via skolans expedition.")

    bold_par(doc, "Närvarande")
    doc.add_paragraph("Saga, Lena (mamma), Maria, Johan, Petra och Ahmed.")
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(14)
    r = p.add_run("Antecknat av Maria, kurator")
    r.font.size = Pt(9)
    r.italic = True
    save_docx(doc, path(1, "docx"))


# --------------------------------------------------------------------------
# 02  Psychiatric outpatient record print (.html -> .pdf)
# --------------------------------------------------------------------------
HTML02 = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8">
<title>Journalutskrift</title>
<style>
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 9.5pt; }
.sys { border-bottom: 1px solid #000; font-size: 8pt; }
.sys td { padding: 1px 6px 1px 0; }
h1 { font-size: 12pt; margin: 8px 0 2px 0; }
.pat { background: #eeeeee; border: 1px solid #999; padding: 4px; margin-bottom: 8px; }
.entry { border-top: 2px solid #444; margin-top: 10px; padding-top: 4px; }
.ehead { font-weight: bold; }
.kw { font-weight: bold; margin-top: 6px; }
.kwtext { margin: 1px 0 3px 18px; }
.sign { border-top: 1px dashed #000; margin-top: 14px; font-size: 8.5pt; }
table.atg { border-collapse: collapse; margin-left: 18px; }
table.atg td, table.atg th { border: 1px solid #777; padding: 2px 4px; font-size: 8.5pt;
  vertical-align: top; }
table.atg th { background: #ddd; text-align: left; }
</style></head>
<body>
<table class="sys" width="100%"><tr>
<td>Region Västmanland – Journalutskrift</td>
<td>Utskriven 2025-02-06 08:41 av Karin, sjuksköterska</td>
<td align="right">Utskrift-id 88213</td></tr></table>

<h1>Vuxenpsykiatri Västerås, Psykosmottagningen</h1>
<div class="pat">
<b>Patient:</b> Johan, ÅÅMMDD-XXXX &nbsp;&nbsp;&nbsp; <b>Journaltyp:</b> Psykiatri &nbsp;&nbsp;&nbsp;
<b>Urval:</b> Anteckningar 2025-02-05 – 2025-02-05, Vårdkontakt: Planeringsmöte
</div>

<div class="entry">
<div class="ehead">2025-02-05 10:00 &nbsp; Vuxenpsykiatri Västerås, Psykosmottagningen &nbsp;
Anteckningstyp: SIP-möte &nbsp; Yrkeskategori: Sjuksköterska</div>

<div class="kw">Sökord: Syfte</div>
<div class="kwtext">SIP. Samordning.</div>

<div class="kw">Sökord: Aktuellt</div>
<div class="kwtext">37-årig man med paranoid schizofreni sedan drygt tio år, välkänd på
mottagningen. Depåinjektion var fjärde vecka, har skötts utan missade doser sedan i höstas.
Bor i egen hyreslägenhet i Västerås, har boendestöd från kommunen en gång per vecka. Sedan
sommaren har det uppstått en hyresskuld på ca tre månadshyror samt flera skulder hos
Kronofogden (sms-lån, obetalda elräkningar). Hyresvärden har skickat varsel om uppsägning.
God man förordnades i november 2024 med uppdrag att bevaka rätt, förvalta egendom och
sörja för person. Under januari har patienten varit mer isolerad och haft ökad misstänksamhet
mot grannar, ingen akut försämring enligt läkarbedömning 2025-01-29.</div>

<div class="kw">Sökord: Frågeställning</div>
<div class="kwtext">Hur ska hyresskulden hanteras så att patienten inte förlorar lägenheten?
Behöver boendestödet utökas för att han ska klara inköp, räkningar och måltider när
ekonomin stramas åt? Vem hjälper honom att ta sig till depåinjektionen om han inte kommer
på egen hand?</div>

<div class="kw">Sökord: Deltagare</div>
<div class="kwtext">Karin, sjuksköterska/PAM, Psykosmottagningen Vuxenpsykiatri Västerås<br>
Ali, överläkare, Psykosmottagningen Vuxenpsykiatri Västerås<br>
Erik, socialsekreterare, Vuxenenheten IFO Västerås stad<br>
Malin, boendestödjare, Socialpsykiatrin Västerås stad<br>
Bertil, god man</div>

<div class="kw">Sökord: Patientens delaktighet</div>
<div class="kwtext">Patienten deltog inte i mötet.</div>

<div class="kw">Sökord: Samtycke</div>
<div class="kwtext">Patienten lämnade muntligt samtycke till SIP och till att uppgifter
utbyts mellan Vuxenpsykiatrin, socialtjänsten i Västerås och god man vid besök på
mottagningen 2025-01-22. Samtycket är registrerat i journalen samma dag.</div>

<div class="kw">Sökord: Planerade åtgärder</div>
<table class="atg" width="95%">
<tr><th width="300">Åtgärd</th><th width="200">Ansvarig</th><th width="150">Tid</th></tr>
<tr><td>Depåinjektion var 4:e vecka, PAM påminner per sms dagen innan</td>
<td>PAM-sjuksköterska, Psykosmottagningen</td><td>Nästa 2025-02-12, därefter var 4:e v.</td></tr>
<tr><td>Utökat boendestöd från 1 till 2 tillfällen/vecka med fokus på inköp, räkningar
och matlagning</td><td>Boendestödet, Socialpsykiatrin Västerås stad</td><td>Fr.o.m. 2025-02-10</td></tr>
<tr><td>Utredning av ansökan om ekonomiskt bistånd för hyresskuld, kontakt med hyresvärd om
att uppsägning skjuts upp</td><td>Socialsekreterare, Vuxenenheten IFO</td><td>Beslut senast<br>2025-02-20</td></tr>
<tr><td>Läkarintyg till god man och socialtjänst om funktionsnedsättning inför
skuldsanering</td><td>Läkare</td><td></td></tr>
<tr><td>God man begär skuldsammanställning från Kronofogden, kontaktar fordringsägare om
avbetalningsplaner och tar över betalning av hyra och el via autogiro</td><td>Bertil, god man</td>
<td>Senast 2025-02-28</td></tr>
<tr><td>God man ansöker om skuldsanering hos Kronofogden när sammanställningen är klar</td>
<td>Bertil, god man</td><td>Ansökan senast<br>2025-04-30</td></tr>
</table>

<div class="kw">Sökord: Information</div>
<div class="kwtext">Anteckningen skickas till god man. Patienten informeras av PAM vid
depåinjektionen 2025-02-12.</div>

<div class="sign">
Signerad: 2025-02-05 15:12 &nbsp; Karin, sjuksköterska, Psykosmottagningen Vuxenpsykiatri Västerås<br>
Vidimerad: 2025-02-06 &nbsp; Ali, överläkare
</div>
</div>
</body></html>
"""


def plan02():
    tmpd = tempfile.mkdtemp(prefix="f42b-h-")
    src = os.path.join(tmpd, "f42b-02.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(HTML02)
    to_pdf(src, path(2, "pdf"))
    shutil.rmtree(tmpd, ignore_errors=True)


# --------------------------------------------------------------------------
# 03  Home-care SIP with content controls (.docx)
# --------------------------------------------------------------------------
PLACEHOLDER = "Klicka eller tryck här för att ange text."
PLACEHOLDER_DATE = "Klicka eller tryck här för att ange datum."
_sdt_id = [1000]


def add_sdt(paragraph, tag, text=None, date=False, size=10):
    """Run-level content control. text=None -> empty control showing placeholder."""
    _sdt_id[0] += 1
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    al = OxmlElement("w:alias")
    al.set(qn("w:val"), tag)
    tg = OxmlElement("w:tag")
    tg.set(qn("w:val"), tag)
    idn = OxmlElement("w:id")
    idn.set(qn("w:val"), str(_sdt_id[0]))
    pr.extend([al, tg, idn])
    if text is None:
        pr.append(OxmlElement("w:showingPlcHdr"))
    if date:
        d = OxmlElement("w:date")
        if text is not None:
            d.set(qn("w:fullDate"), text + "T00:00:00Z")
        fmt = OxmlElement("w:dateFormat")
        fmt.set(qn("w:val"), "yyyy-MM-dd")
        lid = OxmlElement("w:lid")
        lid.set(qn("w:val"), "sv-SE")
        d.extend([fmt, lid])
        pr.append(d)
    else:
        pr.append(OxmlElement("w:text"))
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    if text is None:
        col = OxmlElement("w:color")
        col.set(qn("w:val"), "808080")
        rpr.append(col)
    sz = OxmlElement("w:sz")
    sz.set(qn("w:val"), str(size * 2))
    rpr.append(sz)
    r.append(rpr)
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text if text is not None else (PLACEHOLDER_DATE if date else PLACEHOLDER)
    r.append(t)
    content.append(r)
    sdt.append(content)
    paragraph._p.append(sdt)
    return sdt


def plan03():
    doc = base_doc("Arial", 10)
    sec = doc.sections[0]
    header_text(sec, "Kungsörs kommun – Vård och omsorg", "Mall SIP v.3 (2023)")
    footer_text(sec, "Samordnad individuell plan enligt SoL 2 kap. 7 § och HSL 16 kap. 4 §",
                page_field=True)

    p = doc.add_paragraph()
    r = p.add_run("SAMORDNAD INDIVIDUELL PLAN (SIP)")
    r.bold = True
    r.font.size = Pt(14)
    p2 = doc.add_paragraph()
    r2 = p2.add_run("Hemsjukvård / hemtjänst / vårdcentral")
    r2.font.size = Pt(10)

    def form_table(fields, widths=(5.0, 11.4)):
        tb = doc.add_table(rows=0, cols=2)
        tb.style = "Table Grid"
        for label, tag, val, is_date in fields:
            row = tb.add_row()
            cell_text(row.cells[0], label, bold=True, size=10)
            set_cell_shading(row.cells[0], "EDEDED")
            row.cells[1].text = ""
            add_sdt(row.cells[1].paragraphs[0], tag, val, date=is_date)
        set_widths(tb, widths)
        return tb

    bold_par(doc, "1. Personuppgifter", space_before=10)
    form_table([
        ("Namn", "Namn", "Märta", False),
        ("Personnummer", "Personnummer", "ÅÅMMDD-XXXX", False),
        ("Boende", "Boende", "Eget hus, Kungsör (bor ensam sedan maken dog 2022)", False),
        ("Datum för SIP-mötet", "Motesdatum", "2025-02-10", True),
        ("Plats", "Plats", "Hemma hos Märta", False),
    ])

    bold_par(doc, "2. Bakgrund och nuläge", space_before=10)
    bp = doc.add_paragraph()
    add_sdt(bp, "Bakgrund",
            "Märta, 79 år, har måttlig Alzheimers sjukdom (diagnos 2023, Minnesmottagningen "
            "Västerås). Hon har fallit i hemmet fyra gånger sedan november, senast 2025-01-30 "
            "då hon låg på golvet i badrummet till morgonen innan hemtjänsten kom. Ingen "
            "fraktur. Hon glömmer ibland att ta sina läkemedel och har gått ner 4 kg sedan i "
            "höstas. Dottern Eva bor i Kungsör och sonen Håkan i Arboga, båda är mycket "
            "engagerade. Hemtjänst har hittills haft ett besök per dag.")

    bold_par(doc, "3. Syfte och frågeställningar", space_before=10)
    form_table([
        ("Syfte med SIP", "Syfte", "Samordning av insatser.", False),
        ("Frågeställningar inför mötet", "Fragestallningar", None, False),
    ])

    bold_par(doc, "4. Den enskildes mål och delaktighet", space_before=10)
    form_table([
        ("Den enskildes mål (med egna ord)", "Mal", None, False),
        ("Hur har den enskilde varit delaktig", "Delaktighet",
         "Märta var med i början av mötet vid köksbordet, sedan vilade hon i vardagsrummet.",
         False),
        ("Samtycke", "Samtycke",
         "Muntligt samtycke från Märta 2025-02-10 i närvaro av dottern Eva och "
         "distriktssköterskan, till SIP och till informationsutbyte mellan kommunen och "
         "Vårdcentralen Kungsör.", False),
    ])

    bold_par(doc, "5. Deltagare", space_before=10)
    dt = doc.add_table(rows=1, cols=3)
    dt.style = "Table Grid"
    mark_header_row(dt.rows[0])
    for c, h in zip(dt.rows[0].cells, ("Namn", "Funktion", "Verksamhet")):
        cell_text(c, h, bold=True, size=10)
        set_cell_shading(c, "EDEDED")
    for n, f, v in [
        ("Märta", "Den enskilde", "–"),
        ("Eva", "Dotter", "–"),
        ("Håkan", "Son (deltog via telefon)", "–"),
        ("Lena", "Distriktssköterska", "Hemsjukvården, Kungsörs kommun"),
        ("Sanna", "Biståndshandläggare", "Äldreomsorgen, Kungsörs kommun"),
        ("Ulrika", "Arbetsterapeut", "Rehabenheten, Kungsörs kommun"),
        ("Amir", "Distriktsläkare", "Vårdcentralen Kungsör, Region Västmanland"),
        ("Jenny", "Undersköterska/kontaktperson", "Hemtjänst Kungsör norra"),
    ]:
        row = dt.add_row()
        cell_text(row.cells[0], n, size=10)
        cell_text(row.cells[1], f, size=10)
        cell_text(row.cells[2], v, size=10)
    set_widths(dt, (3.0, 5.4, 8.0))

    bold_par(doc, "6. Insatser", space_before=10)
    it = doc.add_table(rows=1, cols=3)
    it.style = "Table Grid"
    mark_header_row(it.rows[0])
    for c, h in zip(it.rows[0].cells, ("Insats / åtgärd", "Ansvarig (verksamhet/funktion)",
                                        "Start / datum")):
        cell_text(c, h, bold=True, size=10)
        set_cell_shading(c, "EDEDED")
    for a, w, n in [
        ("Beslut om trygghetslarm med falllarm, installation",
         "Biståndshandläggare, Äldreomsorgen Kungsör", "2025-02-14"),
        ("Utökad hemtjänst: morgon-, lunch- och kvällsbesök samt tillsyn en gång per natt",
         "Hemtjänst Kungsör norra", "Fr.o.m. 2025-02-17"),
        ("Läkemedelsgenomgång, särskilt blodtrycksmedicin och sömntablett",
         "Distriktsläkare, Vårdcentralen Kungsör", "2025-02-26"),
        ("Läkemedel i dosett, delas av hemsjukvården, överlämnas av hemtjänsten",
         "Distriktssköterska, Hemsjukvården Kungsör", "Fr.o.m. 2025-02-17"),
        ("Fallriskbedömning i hemmet, rollator inomhus, halkskydd och nattlampor",
         "Arbetsterapeut, Rehabenheten Kungsör", "2025-02-20"),
        ("Viktkontroll varannan vecka och näringsdryck vid behov",
         "Distriktssköterska, Hemsjukvården Kungsör", "Första 2025-02-24"),
    ]:
        row = it.add_row()
        cell_text(row.cells[0], a, size=10)
        cell_text(row.cells[1], w, size=10)
        cell_text(row.cells[2], n, size=10)
    set_widths(it, (7.0, 5.6, 3.8))

    bold_par(doc, "7. Närståendes och andra aktörers insatser", space_before=10)
    np_ = doc.add_paragraph()
    add_sdt(np_, "AndraAktorer",
            "Eva handlar mat två gånger i veckan och följer med Märta till läkemedelsgenomgången "
            "2025-02-26. Håkan sköter Märtas räkningar och bankärenden och ringer henne varje "
            "kväll kl. 19. Båda har nyckel och är kontaktpersoner för trygghetslarmet.")

    bold_par(doc, "8. Huvudansvar och uppföljning", space_before=10)
    form_table([
        ("Huvudansvarig för planen", "Huvudansvar", "Kommunen", False),
        ("Datum för uppföljning", "Uppfoljning", None, True),
        ("Övrigt", "Ovrigt", None, False),
    ])
    save_docx(doc, path(3, "docx"))


# --------------------------------------------------------------------------
# 04  Municipal case-system text export (.txt, UTF-8, CRLF)
# --------------------------------------------------------------------------
def plan04():
    W = 76
    lines = []
    lines.append("ARBOGA KOMMUN".ljust(50) + "Utskrift 2024-11-20 14:02")
    lines.append("Socialförvaltningen, IFO Barn och familj".ljust(50) + "Sida 1")
    lines.append("Ärendetyp: SIP - samordnad individuell plan".ljust(50) + "Dnr SN 2024/XXXX")
    lines.append("=" * W)
    lines.append("")
    kv = [
        ("Barn 1", "Elsa, 9 år (ÅÅMMDD-XXXX)"),
        ("Barn 2", "Noah, 6 år (ÅÅMMDD-XXXX)"),
        ("Vårdnadshavare", "Jessica (mamma), ensam vårdnadshavare"),
        ("Mötesdatum", "2024-11-19 kl. 09.00-10.30"),
        ("Mötesplats", "Familjecentralen Arboga"),
    ]
    for k, v in kv:
        lines.append(f"{k + ':':<20}{v}")
    lines.append("")

    def wrapped(label, text):
        import textwrap
        out = textwrap.wrap(text, width=W - 20)
        if not out:
            lines.append(f"{label + ':':<20}")
            return
        lines.append(f"{label + ':':<20}{out[0]}")
        for o in out[1:]:
            lines.append(" " * 20 + o)

    wrapped("Bakgrund",
            "Orosanmälan från skolan i september om att Elsa ofta kommer sent, är trött och "
            "har sagt att mamma \"sover hela dagen\". Utredning enligt 11 kap. 1 § SoL visade "
            "att mamma har ett alkoholberoende som förvärrats efter separation, barnen har "
            "flera gånger varit ensamma på kvällar. Mamma har sedan oktober kontakt med "
            "Beroendemottagningen Köping. Noah går i förskoleklass och har mycket frånvaro. "
            "Barnen bor kvar hemma, placering har inte bedömts nödvändig om insatserna nedan "
            "kommer igång.")
    lines.append("")
    wrapped("Syfte",
            "Att socialtjänsten, skolan och beroendevården i regionen samordnar stödet till "
            "familjen så att Elsa och Noah får en trygg vardag hemma med regelbunden skolgång, "
            "samtidigt som mamma får behandling för sitt alkoholberoende.")
    lines.append("")
    wrapped("Frågeställningar", "")
    wrapped("Barnens mål", "")
    lines.append("")
    wrapped("Deltagare", "Jessica (mamma), Sara, Mikael, Hanna, Ove, Linnea")
    wrapped("Delaktighet", "Vårdnadshavare närvarade.")
    wrapped("Samtycke", "Ja")
    wrapped("Huvudansvar", "IFO Arboga")
    lines.append("")
    lines.append("INSATSER")
    lines.append("-" * W)
    lines.append(f"{'Nr':<4}{'Insats':<36}{'Ansvarig':<24}{'Start':<12}")
    lines.append("-" * W)
    acts = [
        ("1", ["Familjebehandling i hemmet,", "1 ggr/vecka, fokus rutiner"],
         ["Familjebehandlare,", "IFO Arboga"], "2024-11-25"),
        ("2", ["Behandling alkoholberoende,", "återfallsprevention + Antabus"],
         ["Beroendemottagningen", "Köping"], "2024-11-27"),
        ("3", ["Provtagning PEth var 3:e vecka,", "svar till handläggare"],
         ["Regionen"], "2024-12-02"),
        ("4", ["Stödsamtal för Elsa på skolan,", "varannan vecka"],
         ["Skolkurator,", "Gäddgårdsskolan"], "2024-11-28"),
        ("5", ["Frånvarouppföljning Noah, daglig", "kontakt vid utebliven ankomst"],
         ["Rektor, förskoleklass", "Gäddgårdsskolan"], "2024-11-20"),
        ("6", ["Barngrupp \"Trappan\" för Elsa", "(barn i familjer med missbruk)"],
         ["Familjecentralen", "Arboga"], "2025-01-15"),
    ]
    for nr, ins, ans, start in acts:
        n = max(len(ins), len(ans))
        for i in range(n):
            a = ins[i] if i < len(ins) else ""
            b = ans[i] if i < len(ans) else ""
            c = start if i == 0 else ""
            lines.append(f"{(nr if i == 0 else ''):<4}{a:<36}{b:<24}{c:<12}".rstrip())
    lines.append("-" * W)
    lines.append("")
    wrapped("Uppföljning", "2025-01-21 kl. 13.00, Familjecentralen Arboga")
    lines.append("")
    lines.append("Dokumentationen upprättad av: Sara, socialsekreterare")
    lines.append("Kopia: vårdnadshavare, Beroendemottagningen Köping, Gäddgårdsskolan")
    lines.append("=" * W)
    text = "\r\n".join(lines) + "\r\n"
    with open(path(4, "txt"), "w", encoding="utf-8", newline="") as f:
        f.write(text)


# --------------------------------------------------------------------------
# 05  Joint SIP for young person at HVB (fpdf2)
# --------------------------------------------------------------------------
class HVBPdf(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(95, 4, "Skinnskattebergs kommun · Individ- och familjeomsorgen",
                  new_x="RIGHT", new_y="TOP")
        self.cell(0, 4, "SIP – gemensam plan", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(150, 150, 150)
        self.line(15, self.get_y() + 1, 195, self.get_y() + 1)
        self.set_text_color(0, 0, 0)
        self.ln(4)

    def footer(self):
        self.set_y(-13)
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(90, 4, "Utskriven 2025-03-04", new_x="RIGHT", new_y="TOP")
        self.cell(0, 4, f"Sida {self.page_no()} ({{nb}})", align="R")
        self.set_text_color(0, 0, 0)


def plan05():
    pdf = HVBPdf(format="A4")
    pdf.alias_nb_pages()
    pdf.set_creation_date(datetime.datetime(2025, 3, 4, 8, 30, tzinfo=datetime.timezone.utc))
    pdf.set_margins(15, 14, 15)
    pdf.set_auto_page_break(True, 18)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_page()

    pdf.set_font("DejaVu", "B", 15)
    pdf.cell(0, 8, "Samordnad individuell plan (SIP)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    pdf.cell(0, 5, "Gemensam plan för socialtjänst, HVB, skola och Region Västmanland",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    # two columns
    top = pdf.get_y()
    colw = 87
    gap = 6
    xl = 15
    xr = xl + colw + gap

    def col_block(x, y, title, items):
        pdf.set_xy(x, y)
        pdf.set_fill_color(225, 232, 240)
        pdf.set_font("DejaVu", "B", 9.5)
        pdf.cell(colw, 6, " " + title, border=1, fill=True, new_x="LEFT", new_y="NEXT")
        for lab, val in items:
            pdf.set_x(x)
            pdf.set_font("DejaVu", "B", 8)
            pdf.cell(colw, 4.5, " " + lab, border="LR", new_x="LEFT", new_y="NEXT")
            pdf.set_x(x)
            pdf.set_font("DejaVu", "", 8.5)
            pdf.multi_cell(colw, 4.5, val, border="LRB", new_x="LEFT", new_y="NEXT", align="L",
                           padding=(0, 1, 1, 1))
        return pdf.get_y()

    yl = col_block(xl, top, "Den unge", [
        ("Namn", "Albin"),
        ("Personnummer", "ÅÅMMDD-XXXX (16 år)"),
        ("Folkbokförd", "Skinnskatteberg"),
        ("Vårdnadshavare", "Therese (mamma), ensam vårdnad"),
        ("Placering", "HVB Ekbacken sedan 2024-10-14, SoL (frivillig placering)"),
        ("Skola", "Åk 9, skolenheten vid HVB Ekbacken"),
    ])
    yr = col_block(xr, top, "Mötet", [
        ("Datum och plats", "2025-02-25 kl. 10.00–11.45, HVB Ekbacken"),
        ("Deltagare",
         "Albin\nTherese, mamma\nKristina, socialsekreterare, IFO Skinnskatteberg\n"
         "Ola, behandlare/kontaktperson, HVB Ekbacken\nMats, lärare, skolenheten HVB Ekbacken\n"
         "Lina, psykolog, BUP Västerås\nFredrik, sjuksköterska, Beroendecentrum ungdom, "
         "Region Västmanland"),
        ("Antecknat av", "Kristina, socialsekreterare"),
    ])
    pdf.set_y(max(yl, yr) + 5)

    def section(title, text):
        pdf.set_font("DejaVu", "B", 10)
        pdf.cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 9)
        pdf.multi_cell(0, 4.7, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    section("Bakgrund",
            "Albin placerades på HVB efter en höst med nästan ingen skolnärvaro, upprepade "
            "konflikter hemma och cannabisbruk tillsammans med äldre kompisar. Han har sedan "
            "placeringen lämnat urinprov som visat minskande värden, det senaste negativt. "
            "Skolgången på HVB:s skolenhet fungerar, han har godkänt i fyra ämnen. BUP har "
            "tidigare påbörjat en neuropsykiatrisk bedömning som avbröts när han inte kom på "
            "besöken.")
    section("Frågeställningar", "Läget på HVB-hemmet och i skolan.")
    section("Mål", "Målet är att Albin ska fullfölja årskurs 9 med gymnasiebehörighet och "
                   "att en hemflytt till mamma ska kunna planeras under sommaren.")
    section("Albins synpunkter",
            "Albin deltog under hela mötet. Han sa att han trivs bättre på Ekbacken nu än i "
            "höstas, men att han saknar sina syskon och vill ha fler hemresor. Han vill inte "
            "byta skola igen före sommaren och tycker att samtalen med Ola hjälper mer än "
            "urinproven. Han var tveksam till att göra klart utredningen på BUP men gick med "
            "på ett första möte.")

    # action table (may continue to next page, header repeated)
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 6, "Insatser", new_x="LMARGIN", new_y="NEXT")
    widths = (78, 62, 40)
    heads = ("Insats", "Ansvarig", "När")

    def table_head():
        pdf.set_font("DejaVu", "B", 8.5)
        pdf.set_fill_color(225, 232, 240)
        for w, h in zip(widths, heads):
            pdf.cell(w, 6, " " + h, border=1, fill=True, new_x="RIGHT", new_y="TOP")
        pdf.ln(6)

    table_head()
    rows = [
        ("Behandlingssamtal två gånger i veckan (MI, återfallsprevention)",
         "Ola, behandlare, HVB Ekbacken", "Pågår, utvärderas 2025-04-30"),
        ("Anpassad studieplan med fokus på ma, en, sv för gymnasiebehörighet",
         "Mats, lärare, skolenheten HVB Ekbacken", "Från 2025-03-03"),
        ("Urinprov och uppföljande samtal om droger",
         "Sjuksköterska, Beroendecentrum ungdom", ""),
        ("Återupptagen neuropsykiatrisk utredning, första besök",
         "Psykolog, BUP Västerås", "2025-03-18"),
        ("Planering av hemresor varannan helg och samtal med mamma om hemflytt",
         "Socialsekreterare, IFO Skinnskatteberg", "Från 2025-03-08"),
        ("Ansökan om gymnasieval och kontakt med studie- och yrkesvägledare",
         "Mats, lärare, skolenheten HVB Ekbacken", "Senast 2025-03-31"),
    ]
    pdf.set_font("DejaVu", "", 8.5)
    lh = 4.5
    for row in rows:
        # compute height
        nlines = max(len(pdf.multi_cell(w - 2, lh, t, dry_run=True, output="LINES", align="L"))
                     for w, t in zip(widths, row))
        h = nlines * lh + 2
        if pdf.get_y() + h > pdf.h - 20:
            pdf.add_page()
            pdf.set_font("DejaVu", "B", 10)
            pdf.cell(0, 6, "Insatser (forts.)", new_x="LMARGIN", new_y="NEXT")
            table_head()
            pdf.set_font("DejaVu", "", 8.5)
        y = pdf.get_y()
        x = 15
        for w, t in zip(widths, row):
            pdf.rect(x, y, w, h)
            pdf.set_xy(x + 1, y + 1)
            pdf.multi_cell(w - 2, lh, t, new_x="RIGHT", new_y="TOP", align="L")
            x += w
        pdf.set_xy(15, y + h)

    pdf.ln(4)
    mamma = ("Mamma vill vara delaktig i planeringen inför hemflytten.")
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 6, "Övrigt", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    pdf.multi_cell(0, 4.7, mamma, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    # boxed Överenskommelse
    text = ("Vi som deltog är överens om insatserna ovan. Socialtjänsten Skinnskatteberg har "
            "huvudansvaret för planen.\nNästa uppföljning: 2025-05-13 kl. 10.00 på HVB Ekbacken.")
    pdf.set_font("DejaVu", "", 9)
    lines = pdf.multi_cell(170, 4.8, text, dry_run=True, output="LINES")
    boxh = 8 + len(lines) * 4.8 + 4
    if pdf.get_y() + boxh > pdf.h - 20:
        pdf.add_page()
    y0 = pdf.get_y()
    pdf.set_line_width(0.5)
    pdf.rect(15, y0, 180, boxh)
    pdf.set_line_width(0.2)
    pdf.set_xy(20, y0 + 2)
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 5, "Överenskommelse", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(20)
    pdf.set_font("DejaVu", "", 9)
    pdf.multi_cell(170, 4.8, text, new_x="LMARGIN", new_y="NEXT")
    pdf.output(path(5, "pdf"))


# --------------------------------------------------------------------------
# 06  Markdown SIP by a vårdcentral nurse
# --------------------------------------------------------------------------
MD06 = """# SIP – samordnad individuell plan

**Person:** Leif, 58 år (ÅÅMMDD-XXXX)  
**Datum:** 2025-03-11  
**Plats:** Vårdcentralen Fagersta, konferensrummet  
**Skriven av:** Anna, diabetessjuksköterska

---

## Syfte

Samordning kring Leif.

## Frågor till mötet

Gå igenom läget.

## Bakgrund

Leif har typ 2-diabetes sedan 2015 och har haft svårt att få ner sitt HbA1c det senaste året
(senast 78). Han blev uppsagd från sitt lagerjobb i Norberg i våras efter en omorganisation och
har sedan dess varit inskriven på Arbetsförmedlingen. Under hösten har han blivit alltmer
nedstämd, sover dåligt och har slutat gå ut på promenader. Läkaren på VC har satt in
antidepressiv medicin i januari. Ekonomin är ansträngd sedan a-kassan tog slut och han har
sökt ekonomiskt bistånd hos kommunen.

## Leifs egna ord

> ”Jag vill ha något att gå upp till på morgonen. Om jag får ett jobb, även om det bara är
> några timmar om dagen, så tror jag att både sockret och humöret blir bättre.”

Leif var med på hela mötet. Han tycker att det är för många kontakter och vill helst ha en
person att ringa. Han vill inte träffa psykiatrin just nu utan fortsätta med VC.

## Insatser

- Fortsatt kontakt med diabetessköterskan (Anna).
- Fortsatt samtalskontakt med kurator på VC vid behov.
- Socialtjänsten ger stöd vid behov.
- Arbetsförmedlingen är inkopplad.
- Försäkringskassan har haft kontakt med Leif.

## Huvudansvar

Anna, diabetessjuksköterska på Vårdcentralen Fagersta, är huvudansvarig för planen och
Leifs kontaktperson.

## Närvarande

Leif, Anna, Jonas, Maria

## Planen skickas till

- [x] Leif (papperskopia vid mötet)
- [x] Vuxenenheten, Fagersta kommun
- [x] Arbetsförmedlingen Fagersta
- [ ] Psykiatrimottagningen Fagersta
- [ ] Försäkringskassan
"""


def plan06():
    with open(path(6, "md"), "w", encoding="utf-8") as f:
        f.write(MD06)


# --------------------------------------------------------------------------
# 07  Follow-up meeting minutes (.docx), "Beslut:" lines
# --------------------------------------------------------------------------
def plan07():
    doc = base_doc("Cambria", 11)
    sec = doc.sections[0]
    header_text(sec, "Sala kommun / Psykiatri Västmanland – SIP uppföljning", "2025-03-18")
    footer_text(sec, "Minnesanteckningar, uppföljning av SIP", page_field=True)

    doc.add_heading("Minnesanteckningar – uppföljning av SIP", level=1)
    meta = [
        ("Person", "Elin, 23 år"),
        ("Datum", "2025-03-18 kl. 13.00–14.15"),
        ("Plats", "Socialpsykiatrins lokaler, Sala"),
        ("Närvarande", "Elin, Jonas, Sofie, Karin, Per"),
        ("Syfte", "Se SIP upprättad 2024-09-17."),
    ]
    for k, v in meta:
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(f"{k}: ")
        r.bold = True
        p.add_run(v)

    doc.add_heading("Dagordning", level=2)
    for i, item in enumerate([
            "Elins mående och vikt sedan förra mötet",
            "Kan Elin börja på arbetsträning i vår trots att vikten inte är stabil?",
            "Behöver måltidsstödet i hemmet fortsätta efter april?",
            "Nästa uppföljning"], start=1):
        doc.add_paragraph(f"{i}. {item}")

    def item(title, text, decisions):
        doc.add_heading(title, level=2)
        for t in text:
            doc.add_paragraph(t)
        for d in decisions:
            p = doc.add_paragraph()
            r = p.add_run("Beslut: ")
            r.bold = True
            p.add_run(d)

    item("1. Elins mående och vikt sedan förra mötet",
         ["Elin har gått upp 2,5 kg sedan september och har inte haft några kompensatoriska "
          "beteenden sedan jul enligt egen skattning. Hon berättade att kvällarna är jobbigast, "
          "särskilt när hon är ensam i lägenheten, och att hon tycker att måltidsstödet vid "
          "lunch gör stor skillnad. Hon upplever KBT-E som jobbigt men meningsfullt.",
          "Elins mål är att nå en stabil vikt och att kunna börja arbetsträna eller studera "
          "på Komvux till hösten."],
         ["Behandlare på Ätstörningsteamet Västmanland fortsätter KBT-E en gång i veckan, "
          "t.o.m. 2025-06-10.",
          "Läkare på Ätstörningsteamet väger Elin och tar blodprover varannan vecka, nästa "
          "gång 2025-03-25."])
    item("2. Arbetsträning i vår?",
         ["Elin vill gärna komma ut och träffa folk. Läkaren bedömer att arbetsträning på "
          "deltid, max 2 timmar per dag utan fysiskt tunga uppgifter, är möjlig från april "
          "om vikten ligger kvar."],
         ["Biståndshandläggare, Socialtjänsten Sala kommun, utreder Elins ansökan om "
          "arbetsträning inom daglig sysselsättning (socialpsykiatri), besked senast "
          "2025-04-15.",
          "Behandlaren skriver underlag till handläggaren om vad Elin klarar, senast "
          "2025-04-01."])
    item("3. Måltidsstöd i hemmet",
         ["Sofie beskriver att lunchstödet fungerar bra och att Elin numera lagar maten själv "
          "med stöd. Elin önskar stöd även vid ett kvällsmål två dagar i veckan."],
         ["Boendestödet, Socialpsykiatrin Sala kommun, fortsätter måltidsstöd vid lunch "
          "vardagar t.o.m. 2025-05-31 och lägger till kvällsmål tisdag och torsdag fr.o.m. "
          "2025-03-25."])
    item("4. Nästa uppföljning",
         ["Huvudansvarig för planen fortsätter att vara Jonas, behandlare på "
          "Ätstörningsteamet Västmanland."],
         ["Nästa uppföljning hålls 2025-06-10 kl. 13.00 i Socialpsykiatrins lokaler i Sala. "
          "Jonas kallar."])
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(14)
    r = p.add_run("Vid anteckningarna: Sofie")
    r.italic = True
    r.font.size = Pt(9)
    save_docx(doc, path(7, "docx"))


# --------------------------------------------------------------------------
# 08  NOT a plan: referral letter from the school doctor to BUP (.docx -> .pdf)
# --------------------------------------------------------------------------
def plan08():
    doc = base_doc("Times New Roman", 11.5)
    sec = doc.sections[0]
    header_text(sec, "Hallstahammars kommun – Elevhälsans medicinska insats", "REMISS")
    footer_text(sec, "Elevhälsan Hallstahammar · Nås via kommunens växel", page_field=False)

    p = doc.add_paragraph()
    r = p.add_run("REMISS")
    r.bold = True
    r.font.size = Pt(16)
    p.alignment = WD_ALIGN_PARAGRAPH.LEFT

    tb = doc.add_table(rows=3, cols=2)
    tb.style = "Table Grid"
    cell_text(tb.rows[0].cells[0], "Till:", bold=True)
    cell_text(tb.rows[0].cells[1], "BUP Västerås, Region Västmanland – Mottagningen för "
                                   "nybesök")
    cell_text(tb.rows[1].cells[0], "Från:", bold=True)
    cell_text(tb.rows[1].cells[1], "Skolläkare, Elevhälsan Hallstahammar (Parkskolan)")
    cell_text(tb.rows[2].cells[0], "Datum:", bold=True)
    cell_text(tb.rows[2].cells[1], "2025-01-28")
    tb.autofit = False
    tb.columns[0].width = Cm(3.0)
    tb.columns[1].width = Cm(13.4)
    for row in tb.rows:
        row.cells[0].width = Cm(3.0)
        row.cells[1].width = Cm(13.4)

    doc.add_paragraph()
    kv = [("Patient", "Linnea, ÅÅMMDD-XXXX, 11 år, åk 5"),
          ("Vårdnadshavare", "Båda föräldrarna, gemensam vårdnad"),
          ("Tolkbehov", "Nej")]
    for k, v in kv:
        pp = doc.add_paragraph()
        pp.paragraph_format.space_after = Pt(0)
        rr = pp.add_run(f"{k}: ")
        rr.bold = True
        pp.add_run(v)

    def part(title, text):
        pp = doc.add_paragraph()
        pp.paragraph_format.space_before = Pt(10)
        pp.paragraph_format.space_after = Pt(2)
        rr = pp.add_run(title)
        rr.bold = True
        doc.add_paragraph(text)

    part("Frågeställning",
         "Bedömning av misstänkt ADHD, ev. kombinerad form, samt ställningstagande till "
         "neuropsykiatrisk utredning. Finns även behov av bedömning av ångestsymtom?")
    part("Anamnes",
         "Linnea har sedan förskoleklass beskrivits som rastlös och lättdistraherad. Under "
         "höstterminen i åk 5 har svårigheterna ökat: hon har svårt att komma igång med "
         "uppgifter, glömmer material och hamnar ofta i konflikter på rasterna. Hon säger själv "
         "att hon ”blir arg i huvudet” och har svårt att somna. Mamma beskriver liknande "
         "mönster hemma, med stora utbrott vid övergångar. Ingen tidigare kontakt med BUP. "
         "Ärftlighet: pappa har själv diagnos ADHD i vuxen ålder.")
    part("Status vid skolläkarbesök 2025-01-21",
         "Pigg, samarbetsvillig flicka i gott allmäntillstånd. Längd och vikt följer kurvan. "
         "Normal syn och hörsel vid skolsköterskans kontroll i åk 4. Under samtalet motoriskt "
         "orolig, byter ämne ofta. Inga tecken på somatisk sjukdom. Skattningsskalor (SNAP-IV) "
         "från lärare och föräldrar ligger över gränsvärde för både ouppmärksamhet och "
         "hyperaktivitet/impulsivitet; bifogas.")
    part("Insatser hittills",
         "Skolan har sedan november anpassningar i klassrummet (bestämd plats, bildschema, "
         "hörselkåpor, korta arbetspass) och specialpedagog har gjort en pedagogisk kartläggning "
         "(bifogas). Effekten har enligt mentor varit begränsad. Kurator har haft tre samtal med "
         "Linnea.")
    part("Samtycke",
         "Vårdnadshavarna har informerats om remissen och samtycker till att den skickas och "
         "att BUP inhämtar uppgifter från elevhälsan.")
    part("Bilagor",
         "SNAP-IV lärare och föräldrar, pedagogisk kartläggning 2024-12-10, tillväxtkurva.")

    pp = doc.add_paragraph()
    pp.paragraph_format.space_before = Pt(18)
    pp.add_run("Med vänlig hälsning\n\n")
    pp.add_run("Helena\nSkolläkare, Elevhälsan Hallstahammar\nNås via kommunens växel")

    tmpd = tempfile.mkdtemp(prefix="f42b-d-")
    src = os.path.join(tmpd, "f42b-08.docx")
    save_docx(doc, src)
    to_pdf(src, path(8, "pdf"))
    shutil.rmtree(tmpd, ignore_errors=True)


def main():
    os.makedirs(OUT, exist_ok=True)
    for fn in (plan01, plan02, plan03, plan04, plan05, plan06, plan07, plan08):
        fn()
        print("ok", fn.__name__)


if __name__ == "__main__":
    main()
