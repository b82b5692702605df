#!/usr/bin/env python3
"""Generate the f22b batch of fictional, anonymized SIP documents into plans/.

Run with python generate_b.py  (calls soffice for PDFs).
Deterministic: fixed dates, no randomness.
"""
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
from fpdf.enums import XPos, YPos

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f22b"
LO_PROFILE = "file:///tmp/lo-f22b"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def out(n, ext):
    return os.path.join(OUT, f"{PREFIX}-{n:02d}.{ext}")


def soffice_pdf(src, target):
    """Convert src (docx/html) to PDF with LibreOffice, move result to target."""
    with tempfile.TemporaryDirectory() as tmp:
        cmd = ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
               "--convert-to", "pdf", "--outdir", tmp, src]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=180)
        base = os.path.splitext(os.path.basename(src))[0] + ".pdf"
        shutil.move(os.path.join(tmp, base), target)
    normalize_pdf(target)


def normalize_docx(path):
    """Rewrite the docx zip with fixed timestamps so that reruns give identical bytes."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def normalize_pdf(path, stamp="20250127101500"):
    """Replace LibreOffice's run-time CreationDate and /ID with fixed same-length values."""
    import re
    with open(path, "rb") as f:
        data = f.read()
    data = re.sub(rb"/CreationDate\(D:(\d{14})", lambda m: b"/CreationDate(D:" + stamp.encode(), data)
    data = re.sub(rb"<([0-9A-Fa-f]{32})>", lambda m: b"<" + b"0123456789ABCDEF0123456789ABCDEF" + b">", data)
    data = re.sub(rb"/DocChecksum /[0-9A-Fa-f]{32}", b"/DocChecksum /" + b"0" * 32, data)
    with open(path, "wb") as f:
        f.write(data)


def set_core(doc, title):
    cp = doc.core_properties
    cp.title = title
    cp.author = ""
    cp.last_modified_by = ""
    cp.comments = ""
    import datetime
    cp.created = datetime.datetime(2025, 1, 1, 8, 0, 0)
    cp.modified = datetime.datetime(2025, 1, 1, 8, 0, 0)
    cp.revision = 1


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def add_table(doc, header, rows, widths=None, style="Table Grid", fill="D9E2F3"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = t.rows[0]
    repeat_header(hdr)
    for i, h in enumerate(header):
        c = hdr.cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(h)
        r.bold = True
        shade(c, fill)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


def content_control_placeholder(paragraph, placeholder="Klicka eller tryck här för att ange text."):
    """Append an empty plain-text content control (w:sdt) showing its placeholder."""
    sdt = OxmlElement("w:sdt")
    sdtPr = OxmlElement("w:sdtPr")
    alias = OxmlElement("w:alias")
    alias.set(qn("w:val"), "Text")
    sdtPr.append(alias)
    sid = OxmlElement("w:id")
    sid.set(qn("w:val"), "-1874522301")
    sdtPr.append(sid)
    ph = OxmlElement("w:placeholder")
    dp = OxmlElement("w:docPart")
    dp.set(qn("w:val"), "DefaultPlaceholder_-1854013440")
    ph.append(dp)
    sdtPr.append(ph)
    sdtPr.append(OxmlElement("w:showingPlcHdr"))
    sdtPr.append(OxmlElement("w:text"))
    sdt.append(sdtPr)
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    rPr = OxmlElement("w:rPr")
    rs = OxmlElement("w:rStyle")
    rs.set(qn("w:val"), "PlaceholderText")
    rPr.append(rs)
    color = OxmlElement("w:color")
    color.set(qn("w:val"), "808080")
    rPr.append(color)
    r.append(rPr)
    t = OxmlElement("w:t")
    t.text = placeholder
    r.append(t)
    content.append(r)
    sdt.append(content)
    paragraph._p.append(sdt)


# ---------------------------------------------------------------------------
# 01  Record-system text export, UTF-8, CRLF; adult with psychosis and debts, Sala
# ---------------------------------------------------------------------------
def plan01():
    W = 76

    def header(page):
        left1 = "LIFECARE SP  -  Samordnad planering"
        right1 = "Utskriftsdatum: 2025-02-12 14:07"
        left2 = "Region Västmanland / Sala kommun"
        right2 = f"Sida {page} (2)"
        return [
            left1 + " " * (W - len(left1) - len(right1)) + right1,
            left2 + " " * (W - len(left2) - len(right2)) + right2,
            "Utskriven av: Handläggare, Vuxenenheten IFO Sala",
            "=" * W,
        ]

    def wrap(text, indent="  "):
        return textwrap.wrap(text, width=W, initial_indent=indent,
                             subsequent_indent=indent)

    def kw(name, *paras):
        lines = [name]
        for p in paras:
            if p == "":
                lines.append("")
            else:
                lines.extend(wrap(p))
        lines.append("")
        return lines

    p1 = header(1) + [
        "",
        "SAMORDNAD INDIVIDUELL PLAN (SIP)",
        "",
        "Patient/klient:   Daniel",
        "Personnummer:     ÅÅMMDD-XXXX",
        "Planens status:   Upprättad",
        "Mötesdatum:       2025-02-11",
        "Mötesplats:       Psykiatrisk öppenvårdsmottagning Sala",
        "",
        "-" * W,
        "",
    ]
    p1 += kw("BAKGRUND",
             "Daniel, 34 år, bor ensam i hyreslägenhet i Sala. Han vårdades på "
             "psykiatrisk slutenvård i Västerås under april-juni 2024 efter ett "
             "psykosinsjuknande och har sedan dess kontakt med psykosteamet vid "
             "öppenvårdsmottagningen i Sala. Han har antipsykotisk medicinering "
             "som han sköter ojämnt. Under sjukdomstiden har obetalda räkningar "
             "samlats på hög och en hyresskuld på ca 14 000 kr har uppstått "
             "under hösten. Han har ekonomiskt bistånd sedan oktober 2024.",
             "Daniel var inte med på mötet.")
    p1 += kw("SYFTE",
             "Syftet med planen är att psykosteamet och socialtjänsten samordnar "
             "sina insatser så att Daniel kan bo kvar i sin lägenhet, att "
             "hyresskulden inte växer och att medicineringen fungerar så att "
             "ett nytt insjuknande kan undvikas.")
    p1 += kw("FRÅGESTÄLLNINGAR",
             "Aktuellt läge.")
    p1 += kw("SAMTYCKE",
             "Samtycke finns.")
    p1 += kw("NUVARANDE INSATSER",
             "Psykosteamet: läkarkontakt och sjuksköterskekontakt.",
             "IFO Sala: ekonomiskt bistånd, handläggare på Vuxenenheten.")
    p1 += ["-" * W, ""]
    p1 += ["PLANERADE ÅTGÄRDER", ""]
    actions = [
        ("1.", "Hembesök varannan vecka för medicinuppföljning och samtal om "
               "hur vardagen fungerar.",
         "Sjuksköterska, psykosteamet, Psykiatrisk öppenvårdsmottagning Sala",
         "Från 2025-02-17, varannan måndag"),
        ("2.", "Ansökan om boendestöd utreds. Hembesök för bedömning av "
               "behovet.",
         "Socialsekreterare, Vuxenenheten IFO Sala",
         "Beslut senast 2025-03-14"),
        ("3.", "Prövning av ekonomiskt bistånd till hyresskulden så att "
               "uppsägning av lägenheten kan undvikas.",
         "Socialsekreterare, Vuxenenheten IFO Sala",
         "Senast 2025-02-21"),
    ]
    for num, what, who, when in actions:
        lines = textwrap.wrap(what, width=W - 4)
        p1.append(f"{num:<4}{lines[0]}")
        for l in lines[1:]:
            p1.append("    " + l)
        p1.append(f"    Ansvarig: {who}")
        p1.append(f"    Datum:    {when}")
        p1.append("")

    p2 = header(2) + [""]
    actions2 = [
        ("4.", "Genomgång av samtliga skulder och upprättande av en "
               "månadsbudget.",
         "Budget- och skuldrådgivare, Sala kommun",
         "Första besök 2025-02-25"),
        ("5.", "Läkarbesök med översyn av medicineringen, ställningstagande "
               "till depåinjektion.",
         "Region Västmanland",
         "Mars 2025"),
    ]
    for num, what, who, when in actions2:
        lines = textwrap.wrap(what, width=W - 4)
        p2.append(f"{num:<4}{lines[0]}")
        for l in lines[1:]:
            p2.append("    " + l)
        p2.append(f"    Ansvarig: {who}")
        p2.append(f"    Datum:    {when}")
        p2.append("")
    p2 += ["-" * W, ""]
    p2 += kw("HUVUDANSVAR", "")
    p2 += kw("UPPFÖLJNING",
             "2025-04-08 kl. 13.30, Psykiatrisk öppenvårdsmottagning Sala.")
    p2 += ["DELTAGARE"]
    for d in ["Karin, socialsekreterare",
              "Mats, sjuksköterska",
              "Yusuf, läkare",
              "Sara, budget- och skuldrådgivare"]:
        p2.append("  " + d)
    p2 += ["", "-" * W,
           "Dokumentet är signerat elektroniskt 2025-02-12.",
           "*** Slut på utskrift ***", ""]

    text = "\r\n".join(p1) + "\r\n\f" + "\r\n".join(p2)
    with open(out(1, "txt"), "wb") as f:
        f.write(text.encode("utf-8"))


# ---------------------------------------------------------------------------
# 02  Discharge plan from psychiatric inpatient care (HTML -> LibreOffice PDF)
# ---------------------------------------------------------------------------
PLAN02_HTML = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8">
<title>Samordnad individuell plan vid utskrivning</title>
<style>
 body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; }
 h1 { font-family: 'DejaVu Sans', sans-serif; font-size: 15pt; margin-bottom: 2pt; }
 h2 { font-family: 'DejaVu Sans', sans-serif; font-size: 11.5pt; background: #e6e6e6; padding: 2pt 4pt; margin-top: 12pt; }
 table { border-collapse: collapse; width: 100%; }
 td, th { border: 1px solid #555; padding: 3pt 5pt; vertical-align: top; font-size: 9.5pt; }
 th { background: #d0dbe8; text-align: left; }
 .lbl { width: 32%; font-weight: bold; background: #f3f3f3; }
 .small { font-size: 8pt; color: #444; }
</style></head><body>
<p class="small">Region Västmanland &middot; Vuxenpsykiatrin Västerås &middot; Psykiatrisk heldygnsvård, avdelning 3</p>
<h1>Samordnad individuell plan (SIP) vid utskrivning från sluten psykiatrisk vård</h1>
<p class="small">Enligt lag (2017:612) om samverkan vid utskrivning från sluten hälso- och sjukvård</p>

<h2>Patientuppgifter</h2>
<table border="1" cellspacing="0" cellpadding="4" width="100%">
<tr><td class="lbl">Namn</td><td>Malin</td></tr>
<tr><td class="lbl">Personnummer</td><td>ÅÅMMDD-XXXX</td></tr>
<tr><td class="lbl">Folkbokförd kommun</td><td>Västerås</td></tr>
<tr><td class="lbl">Inskrivningsdatum</td><td>2025-01-07</td></tr>
<tr><td class="lbl">Planerat utskrivningsdatum</td><td>2025-01-28</td></tr>
<tr><td class="lbl">Vårdform</td><td>Frivillig vård (HSL)</td></tr>
</table>

<h2>Fast vårdkontakt och samordning</h2>
<table border="1" cellspacing="0" cellpadding="4" width="100%">
<tr><td class="lbl">Fast vårdkontakt i öppenvården</td><td>Petra, sjuksköterska, Psykiatrisk öppenvårdsmottagning Västerås, nås via växeln</td></tr>
<tr><td class="lbl">Samordningsansvarig för planen</td><td>Vuxenpsykiatrin Västerås</td></tr>
<tr><td class="lbl">Kontakt i kommunen</td><td>Socialpsykiatrin, Västerås stad</td></tr>
</table>

<h2>Syfte med planen</h2>
<p>Samordnad utskrivning.</p>

<h2>Bakgrund och aktuell situation</h2>
<p>Malin, 27 år, bor ensam i lägenhet i centrala Västerås och studerar till
undersköterska på distans. Hon har haft en tilltagande depression sedan hösten
2024 och lades in på avdelning 3 den 7 januari efter en överdos av
receptbelagda läkemedel. Under vårdtiden har hon fått justerad medicinering
(sertralin, insatt på mirtazapin till natten) och sömnen har förbättrats.
Suicidriskbedömning inför utskrivning 2025-01-27 visar låg till måttlig risk.
Hon har haft svårt att klara vardagen hemma med mat, tvätt och räkningar under
hösten, och det har tidigare inte funnits någon kontakt med socialtjänsten.</p>

<h2>Mål</h2>
<p>Målet är att Malin ska kunna bo kvar i sin lägenhet med stöd, ha en stabil
sömn och gradvis kunna återuppta studierna under våren.</p>

<h2>Frågeställningar inför planeringen</h2>
<table border="1" cellspacing="0" cellpadding="4" width="100%"><tr><td style="height: 28pt;">&nbsp;</td></tr></table>

<h2>Patientens synpunkter</h2>
<table border="1" cellspacing="0" cellpadding="4" width="100%"><tr><td style="height: 28pt;">&nbsp;</td></tr></table>

<h2>Planerade insatser efter utskrivning</h2>
<table border="1" cellspacing="0" cellpadding="4" width="100%">
<thead><tr><th width="38%">Insats</th><th width="37%">Ansvarig verksamhet / funktion</th><th width="25%">När</th></tr></thead>
<tbody>
<tr><td>Hembesök dagen efter utskrivning, kontroll av mående och läkemedel</td><td>Sjuksköterska, Mobila psykiatriska teamet Västerås</td><td>2025-01-29</td></tr>
<tr><td>Stödsamtal med fast vårdkontakt, en gång i veckan</td><td>Petra, sjuksköterska, Psykiatrisk öppenvårdsmottagning Västerås</td><td>Varje tisdag<br>från 2025-02-04</td></tr>
<tr><td>Läkarbesök för uppföljning av medicinering och ny suicidriskbedömning</td><td>Läkare, Psykiatrisk öppenvårdsmottagning Västerås</td><td>2025-02-11</td></tr>
<tr><td>Läkemedel delas i dosett för en vecka i taget under de första två veckorna</td><td>Sjuksköterska, Mobila psykiatriska teamet Västerås</td><td>2025-01-29 och<br>2025-02-05</td></tr>
<tr><td>Boendestöd två gånger i veckan med struktur i vardagen: matlagning, tvätt, post och räkningar</td><td>Boendestödjare, Socialpsykiatrin Västerås stad</td><td>Start 2025-01-30,<br>tisdagar och fredagar</td></tr>
<tr><td>Utredning av behov av ytterligare stöd enligt SoL (t.ex. sysselsättning)</td><td>Biståndshandläggare, Socialpsykiatrin Västerås stad</td><td>Klart senast<br>2025-03-07</td></tr>
</tbody>
</table>

<h2>Läkemedel vid utskrivning</h2>
<p>Se läkemedelslista i journalen. Läkemedelsberättelse lämnas vid utskrivning.</p>

<h2>Uppföljning</h2>
<p>Planen följs upp om ca fyra veckor efter utskrivning. Kallelse skickas från
öppenvårdsmottagningen.</p>

<p class="small" style="margin-top:18pt">Utskrivningsplanen är fastställd i
Lifecare SP 2025-01-27. Dokumentet är en utskrift och kan vara inaktuellt.</p>
</body></html>
"""


def plan02():
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "f22b-02.html")
        with open(src, "w", encoding="utf-8") as f:
            f.write(PLAN02_HTML)
        soffice_pdf(src, out(2, "pdf"))


# ---------------------------------------------------------------------------
# 03  Plan written to the person in du-form (docx); girl 14, school refusal, Arboga
# ---------------------------------------------------------------------------
def plan03():
    doc = Document()
    set_core(doc, "Din SIP")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(12)
    for lvl, size in (("Heading 1", 20), ("Heading 2", 14)):
        doc.styles[lvl].font.size = Pt(size)
        doc.styles[lvl].font.color.rgb = RGBColor(0x2E, 0x5C, 0x8A)

    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Arboga kommun  ·  Region Västmanland"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(9)
        r.font.color.rgb = RGBColor(0x66, 0x66, 0x66)
    fp = sec.footer.paragraphs[0]
    fp.text = "Din SIP – samordnad individuell plan. Mötet hölls 2024-10-22."
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for r in fp.runs:
        r.font.size = Pt(9)

    doc.add_heading("Din SIP, Elin", level=1)
    doc.add_paragraph(
        "Det här är din plan. Den ska hjälpa oss att samarbeta. Du har fått "
        "den hemskickad och mamma har fått en likadan.")

    doc.add_heading("Det här har du berättat", level=2)
    doc.add_paragraph(
        "Du går i åttan på Stureskolan. Sedan skolstarten i augusti har du "
        "varit där några dagar, men de flesta morgnar får du ont i magen och "
        "känner dig yr när det är dags att gå. Du sa att det känns som att "
        "alla tittar på dig när du kommer in i klassrummet, och att det har "
        "blivit värre ju längre du har varit borta.")
    doc.add_paragraph(
        "Hemma sover du ofta länge och är vaken sent på kvällarna. Du tycker "
        "om att rita och att vara med kusinen Moa på helgerna. Idrotten är "
        "det som är jobbigast, särskilt omklädningsrummet.")

    doc.add_heading("Det här vill du", level=2)
    for q in [
        "”Jag vill kunna gå till skolan igen, först bara några lektioner och "
        "inte idrott.”",
        "”Jag vill inte att hela klassen frågar var jag har varit.”",
        "”Jag vill kunna sova som vanligt och inte ha ont i magen varje morgon.”",
    ]:
        p = doc.add_paragraph(q, style="List Bullet")
    doc.add_paragraph(
        "Du sa också att du hellre träffar Anna i skolan än att sitta i "
        "klassrummet i början, och att du vill vara med och bestämma vilka "
        "lektioner du börjar med.")

    doc.add_heading("Får vi prata med varandra om dig?", level=2)
    doc.add_paragraph(
        "Ja, sa du och mamma på mötet 2024-10-22. Det betyder att skolan, BUP "
        "och socialtjänsten får prata med varandra om det som står i den här "
        "planen.")

    doc.add_heading("Så här hjälper vi dig", level=2)
    rows = [
        ("Skolan",
         "Anna, skolkurator på Stureskolan, träffar dig varje måndag kl. 9.00 "
         "från den 4 november. Ni pratar om hur veckan ska se ut."),
        ("Skolan",
         "Jonas, din mentor, gör ett anpassat schema tillsammans med dig och "
         "mamma. Det ska vara klart den 8 november. Du slipper idrott fram "
         "till jullovet."),
        ("BUP",
         "Maria, psykolog på BUP Västerås, träffar dig och mamma varannan "
         "vecka för KBT mot oron, första gången den 12 november."),
        ("Socialtjänsten",
         "Lotta, familjebehandlare på Socialtjänsten i Arboga, kommer hem "
         "till er och pratar om hur morgnarna kan bli lättare."),
        ("Mamma",
         "Mamma väcker dig kl. 7.00 och följer med dig till skolan varje "
         "morgon de två första veckorna med nytt schema."),
        ("Du själv",
         "Du skriver varje kväll i ett häfte hur du har mått och tar med det "
         "till BUP. Du lägger undan mobilen kl. 22.30."),
    ]
    t = doc.add_table(rows=1, cols=2)
    t.style = "Light Grid Accent 1"
    h = t.rows[0].cells
    h[0].text = "Vem"
    h[1].text = "Vad"
    for c in h:
        c.paragraphs[0].runs[0].bold = True
    repeat_header(t.rows[0])
    for who, what in rows:
        c = t.add_row().cells
        c[0].text = who
        c[1].text = what
    for row in t.rows:
        row.cells[0].width = Cm(3.5)
        row.cells[1].width = Cm(12.5)

    doc.add_heading("Vi som var med", level=2)
    doc.add_paragraph("Du, mamma Sara, Anna, Jonas, Maria och Lotta.")

    doc.add_heading("Vi ses igen", level=2)
    doc.add_paragraph(
        "Vi ses igen efter jullovet, i januari. Du och mamma får en kallelse "
        "hem med brev. Om något blir svårt innan dess kan du alltid säga det "
        "till Anna på måndagarna.")
    doc.save(out(3, "docx"))
    normalize_docx(out(3, "docx"))


# ---------------------------------------------------------------------------
# 04  Minutes from a network meeting (Markdown); K., 19, cannabis, Köping
# ---------------------------------------------------------------------------
PLAN04_MD = """# Minnesanteckningar – nätverksmöte/SIP kring K.

**Datum:** 2024-09-24, kl. 13.00–14.30
**Plats:** Vuxenpsykiatrin Köping (VUP), konferensrum 2
**Antecknat av:** Maria, socialsekreterare

## Närvarande

- Maria, socialsekreterare, Beroendeenheten, IFO Köpings kommun
- Hanna, kurator, Vuxenpsykiatrin Köping (VUP)
- Erik, läkare, Beroendemottagningen Västerås, Region Västmanland
- Jessica, distriktssköterska, Vårdcentralen Köping
- Peter, KAA-samordnare (kommunala aktivitetsansvaret), Navigatorcentrum Köping

## Frågor till mötet

- Hur kan vi få K. att komma till en bedömning på Beroendemottagningen när han har tackat nej två gånger?
- Vem hjälper K. med sömnen och dygnsrytmen – VC eller VUP?
- Finns det någon sysselsättning som K. kan börja med redan i höst?

## Läget just nu

K. är 19 år och bor i föräldrahemmet i Köping. Han avbröt gymnasiet (El- och
energiprogrammet) i åk 2 våren 2023 och har sedan dess inte haft någon
sysselsättning. Han röker cannabis i stort sett dagligen sedan ett år tillbaka,
enligt honom själv för att kunna sova. Han har sedan i våras kontakt med
kurator på VUP för ångest, men har kommit ojämnt. IFO fick en orosanmälan i augusti
och en utredning enligt SoL pågår.

K. var inte med på mötet. Hanna berättade att K. vid deras senaste samtal
(2024-09-17) sagt att han vill dra ner på röken men att han inte vill gå i
någon grupp, och att han helst vill träffa någon han redan känner. Han har
också sagt att han vill ha ett jobb men inte tror att han klarar av att gå
tillbaka till skolan.

Målet är att K. ska bli drogfri, få en fungerande dygnsrytm och ha någon form
av sysselsättning till sommaren 2025.

## Vad gör vi?

- Kurator på VUP träffar K. varannan tisdag från v. 40 och fortsätter med samtal om ångest och sömn.
- Läkare på Beroendemottagningen Västerås gör en bedömning av K:s cannabisbruk och ev. behov av läkemedel vid abstinens. Hanna följer med K. till första besöket 2024-10-08.
- Socialsekreterare Maria erbjuder K. individuella samtal enligt Cannabisprogrammet (ACT), start v. 42, samtalen kan hållas på VUP om K. hellre vill det.
- Distriktssköterska på Vårdcentralen Köping bokar K. till läkare för sömnbesvär, besök senast 2024-10-15. Ingen sömnmedicin skrivs ut innan Beroendemottagningen gjort sin bedömning.
- KAA-samordnaren Peter kontaktar K. och erbjuder praktik eller studiebesök via Navigatorcentrum, första kontakt senast 2024-10-31.

Det samlade ansvaret för planen har Maria, socialsekreterare på Beroendeenheten, IFO Köpings kommun. Hon håller ihop kontakten mellan verksamheterna och kallar till nästa möte.

## Nästa möte

Nästa nätverksmöte hålls 2024-11-19 kl. 14.00 på VUP. K. bjuds in av Hanna.

---
*Anteckningarna skickas till deltagarna. Rättelser till Maria senast 2024-09-27.*
"""


def plan04():
    # Markdown with two trailing spaces after the header labels, as an editor export would
    md = PLAN04_MD.replace("kl. 13.00–14.30\n", "kl. 13.00–14.30  \n") \
                  .replace("konferensrum 2\n", "konferensrum 2  \n")
    with open(out(4, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ---------------------------------------------------------------------------
# 05  Action table "Vad | Vem | Klart när" (docx); J., 23, autism, LSS, Hallstahammar
# ---------------------------------------------------------------------------
def plan05():
    doc = Document()
    set_core(doc, "Samordnad individuell plan")
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10.5)

    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Hallstahammars kommun – Region Västmanland\tSIP\t2025-02-27"
    for r in hp.runs:
        r.font.size = Pt(8.5)
    fp = sec.footer.paragraphs[0]
    fp.text = "Mall: SIP Västmanland, version 2024-05"
    for r in fp.runs:
        r.font.size = Pt(8)
        r.font.color.rgb = RGBColor(0x70, 0x70, 0x70)

    doc.add_heading("Samordnad individuell plan (SIP)", level=1)

    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    cells = [("Namn", "Jonatan (J.)", "Personnummer", "ÅÅMMDD-XXXX"),
             ("Kommun", "Hallstahammar", "Mötesdatum", "2025-02-27"),
             ("Plats", "Daglig verksamhet Verkstan, Hallstahammar", "", "")]
    for i, vals in enumerate(cells):
        for j, v in enumerate(vals):
            t.cell(i, j).text = v
            if j in (0, 2) and v:
                t.cell(i, j).paragraphs[0].runs[0].bold = True
                shade(t.cell(i, j), "EDEDED")
    m = t.cell(2, 1).merge(t.cell(2, 3))
    m.text = "Daglig verksamhet Verkstan, Hallstahammar"

    doc.add_heading("Syfte", level=2)
    doc.add_paragraph("Samordning av insatser.")

    doc.add_heading("Bakgrund", level=2)
    doc.add_paragraph(
        "Jonatan är 23 år och har diagnosen autism (tidigare Aspergers "
        "syndrom) samt ångest. Han har beslut om daglig verksamhet enligt LSS "
        "9 § 10 och är på Verkstan fyra dagar i veckan. Han bor i en "
        "hyreslägenhet som hans pappa står för kontraktet på och får stöd av "
        "sin pappa med ekonomi och post. Sedan i höstas har han gått upp "
        "mycket i vikt, vilket han själv kopplar till sin medicin. Han blir "
        "mycket orolig när schemat på Verkstan ändras utan förvarning och har "
        "då stannat hemma flera dagar i rad.")

    doc.add_heading("Jonatans mål", level=2)
    for q in ["”Jag vill jobba på riktigt, helst på ett lager där det är "
              "lugnt.”",
              "”Jag vill ha ett eget kontrakt på lägenheten och klara "
              "räkningarna själv.”",
              "”Jag vill inte bli så stressad när saker ändras.”"]:
        doc.add_paragraph(q, style="List Bullet")

    doc.add_heading("Delaktighet och samtycke", level=2)
    doc.add_paragraph(
        "Jonatan deltog i hela mötet tillsammans med sin pappa. Han hade "
        "önskat få frågorna skriftligt i förväg, vilket han fick. Han vill att "
        "personalen berättar om schemaändringar senast dagen innan, och han "
        "vill inte byta till en annan daglig verksamhet.")
    doc.add_paragraph(
        "Jonatan lämnade sitt samtycke till SIP och till att de som deltar "
        "får utbyta information muntligt vid mötet.")

    doc.add_heading("Åtgärder", level=2)
    rows = [
        ("Ta fram ett veckoschema med bilder och meddela ändringar senast "
         "dagen innan, via sms till Jonatan.",
         "Handledare, Daglig verksamhet Verkstan", "2025-03-14"),
        ("Undersöka möjlighet till praktik på lager inom daglig verksamhet, "
         "med stöd av handledare på plats.",
         "Arbetskonsulent, Daglig verksamhet Hallstahammar", "2025-04-30"),
        ("Informera om och ta emot ansökan om boendestöd enligt SoL.",
         "LSS-handläggare, Hallstahammars kommun", "2025-03-21"),
        ("Se över medicineringen med tanke på viktuppgång och oro.",
         "Regionen", "2025-03-31"),
        ("Remiss till dietist.",
         "Läkare, Vårdcentralen Hallstahammar", "2025-03-21"),
        ("Gå igenom räkningarna tillsammans med Jonatan en gång i månaden "
         "och visa hur autogiro fungerar.",
         "Lars, Jonatans pappa", "Första gången 2025-03-28"),
        ("Skriva ner sina frågor om medicinen och ta med till läkarbesöket.",
         "Jonatan själv", "Före läkarbesöket i mars"),
        ("Promenera 30 minuter tre dagar i veckan, tillsammans med "
         "kompisen Ali på lördagarna.",
         "Jonatan själv", "Från v. 10"),
    ]
    t = add_table(doc, ["Vad", "Vem", "Klart när"], rows,
                  widths=[8.5, 5.2, 3.0], fill="DCE6D2")

    doc.add_paragraph()
    p = doc.add_paragraph()
    r = p.add_run("Huvudansvarig för planen: ")
    r.bold = True
    p.add_run("Hallstahammars kommun")

    doc.add_heading("Närvarande", level=2)
    doc.add_paragraph("Jonatan, Lars, Emma, Fredrik, Sanna, Johan")

    doc.add_heading("Uppföljning", level=2)
    p = doc.add_paragraph()
    r = p.add_run("Datum för uppföljning: ")
    r.bold = True
    content_control_placeholder(p)
    doc.save(out(5, "docx"))
    normalize_docx(out(5, "docx"))


# ---------------------------------------------------------------------------
# 06  Follow-up plan drawn with fpdf2; Annika, 45, depression, Fagersta
# ---------------------------------------------------------------------------
class SamsaPDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "B", 9)
        self.cell(110, 5, "SAMSA – Samordnad planering", new_x=XPos.RIGHT, new_y=YPos.TOP)
        self.set_font("DejaVu", "", 8)
        self.cell(0, 5, "Utskrivet: 2024-10-03 09:41", align="R",
                  new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.cell(110, 4.5, "Region Västmanland · Fagersta kommun",
                  new_x=XPos.RIGHT, new_y=YPos.TOP)
        self.cell(0, 4.5, f"Sida {self.page_no()} ({{nb}})", align="R",
                  new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(4)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.cell(0, 5, "Uppföljning av SIP · Annika · XXXXXX-XXXX", align="C")


def plan06():
    from fpdf.fonts import FontFace
    pdf = SamsaPDF(format="A4")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_margins(18, 15, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_creation_date(__import__("datetime").datetime(2024, 10, 3, 9, 41))
    pdf.alias_nb_pages()
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin

    pdf.set_font("DejaVu", "B", 15)
    pdf.cell(0, 9, "Uppföljning av SIP", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)

    def field_row(pairs):
        # pairs: [(label, value), (label, value)] drawn as boxed cells
        lw, vw = 38, W / 2 - 38
        for lab, val in pairs:
            pdf.set_font("DejaVu", "B", 8.5)
            pdf.set_fill_color(236, 236, 236)
            pdf.cell(lw, 7, lab, border=1, fill=True, new_x=XPos.RIGHT, new_y=YPos.TOP)
            pdf.set_font("DejaVu", "", 9)
            pdf.cell(vw, 7, val, border=1, new_x=XPos.RIGHT, new_y=YPos.TOP)
        pdf.ln(7)

    field_row([("Namn", "Annika"), ("Personnummer", "XXXXXX-XXXX")])
    field_row([("Kommun", "Fagersta"), ("Uppföljningsmöte", "2024-10-01")])
    field_row([("Plan upprättad", "2024-05-14"), ("Huvudansvar", "Fagersta kommun")])
    pdf.ln(4)

    def box(title, text, min_h=10):
        pdf.set_font("DejaVu", "B", 9.5)
        pdf.set_fill_color(214, 226, 240)
        pdf.cell(0, 6.5, title, border=1, fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font("DejaVu", "", 9.5)
        y0 = pdf.get_y()
        pdf.multi_cell(0, 5.2, text, border="LR", padding=(1.5, 2, 1.5, 2), align="L",
                       new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        h = pdf.get_y() - y0
        if h < min_h:
            pdf.cell(0, min_h - h, "", border="LR", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
        pdf.ln(3)

    box("Syfte med planen", "Se tidigare plan.")
    box("Den enskildes mål", "Oförändrat.")
    box("Frågeställningar inför uppföljningen",
        "1. Kan arbetsträningen utökas till fyra timmar per dag från november?\n"
        "2. Behövs fortsatt KBT efter de tolv sessionerna, och i så fall hur många?\n"
        "3. Varför har kontakten med budget- och skuldrådgivningen inte kommit igång?")
    box("Närvarande",
        "Annika\n"
        "Jenny, socialsekreterare, Vuxenenheten, Fagersta kommun\n"
        "Björn, specialist i allmänmedicin, Vårdcentralen Fagersta\n"
        "Therese, leg. psykoterapeut, Psykiatrisk öppenvårdsmottagning Fagersta\n"
        "Marie, arbetsterapeut, Arbetsmarknadsenheten, Fagersta kommun")
    box("Delaktighet", "Annika deltog i mötet.")

    head = FontFace(emphasis="BOLD", fill_color=(214, 226, 240))

    pdf.set_font("DejaVu", "B", 11)
    pdf.cell(0, 7, "Tidigare åtgärder – status", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("DejaVu", "", 8.5)
    earlier = [
        ("KBT-behandling för depression, 12 sessioner",
         "Leg. psykoterapeut, Psykiatrisk öppenvårdsmottagning Fagersta",
         "Maj–okt 2024", "Pågår, 9 av 12 sessioner genomförda"),
        ("Läkemedelsuppföljning", "Läkare, Vårdcentralen Fagersta",
         "Juni 2024", "Genomförd 2024-06-18, dosen höjd"),
        ("Kartläggning av arbetsförmåga", "Arbetsterapeut, Arbetsmarknadsenheten",
         "Augusti 2024", "Genomförd"),
        ("Arbetsträning på Returbutiken, 2 tim/dag",
         "Arbetsterapeut, Arbetsmarknadsenheten", "Från v. 36",
         "Påbörjad v. 38, tre dagar i veckan"),
        ("Utredning av ekonomiskt bistånd", "Socialsekreterare, Vuxenenheten",
         "Juni 2024", "Beviljat t.o.m. 2024-12-31"),
        ("Kontakt med budget- och skuldrådgivningen",
         "Socialsekreterare, Vuxenenheten", "September 2024", "Ej påbörjad"),
        ("Fysisk aktivitet på recept (FaR)", "Fysioterapeut, Vårdcentralen Fagersta",
         "Juni 2024", "Avslutad, uppföljning gjord 2024-09-10"),
        ("Sömnskola i grupp", "Psykiatrisk öppenvårdsmottagning Fagersta",
         "Hösten 2024", "Ej aktuell, ersatt av individuell sömnbehandling i KBT"),
        ("Hembesök av sjuksköterska vid försämring",
         "Sjuksköterska, Psykiatrisk öppenvårdsmottagning Fagersta",
         "Vid behov", "Inte aktuellt under perioden"),
    ]
    with pdf.table(col_widths=(60, 55, 27, 50), headings_style=head,
                   repeat_headings=1, line_height=4.8,
                   cell_fill_mode="ROWS", cell_fill_color=(244, 244, 244),
                   text_align=("LEFT", "LEFT", "LEFT", "LEFT")) as table:
        r = table.row()
        for h in ("Åtgärd", "Ansvarig", "Tid", "Status"):
            r.cell(h)
        for row in earlier:
            r = table.row()
            for v in row:
                r.cell(v)
    pdf.ln(5)

    pdf.set_font("DejaVu", "B", 11)
    pdf.cell(0, 7, "Nya åtgärder", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("DejaVu", "", 8.5)
    new = [
        ("Fortsatt KBT, ytterligare sex sessioner",
         "Leg. psykoterapeut, Psykiatrisk öppenvårdsmottagning Fagersta",
         "Okt–dec 2024"),
        ("Arbetsträningen utökas till fyra timmar per dag, fyra dagar i veckan",
         "Arbetsterapeut, Arbetsmarknadsenheten, Fagersta kommun", "Från v. 45"),
        ("Första besök hos budget- och skuldrådgivare, genomgång av skulder",
         "Budget- och skuldrådgivare, Fagersta kommun", "–"),
        ("Läkarbesök, utvärdering av medicinering och sömn",
         "Läkare, Vårdcentralen Fagersta", "2024-11-05"),
    ]
    with pdf.table(col_widths=(85, 75, 32), headings_style=head,
                   repeat_headings=1, line_height=4.8,
                   cell_fill_mode="ROWS", cell_fill_color=(244, 244, 244),
                   text_align=("LEFT", "LEFT", "LEFT")) as table:
        r = table.row()
        for h in ("Åtgärd", "Ansvarig", "Tid"):
            r.cell(h)
        for row in new:
            r = table.row()
            for v in row:
                r.cell(v)
    pdf.ln(5)

    box("Övriga aktörer",
        "Försäkringskassan och Arbetsförmedlingen är informerade om planen och "
        "kan bjudas in till kommande möten vid behov.")
    box("Nästa uppföljning", "Vecka 47. Kallelse skickas av Vuxenenheten.")
    pdf.output(out(6, "pdf"))


# ---------------------------------------------------------------------------
# 07  NOT a plan: meeting notice "Kallelse till SIP-möte" (docx), Surahammar
# ---------------------------------------------------------------------------
def plan07():
    doc = Document()
    set_core(doc, "Kallelse till SIP-möte")
    doc.styles["Normal"].font.name = "Garamond"
    doc.styles["Normal"].font.size = Pt(12)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "SURAHAMMARS KOMMUN\nBarn- och utbildningsförvaltningen · Elevhälsan"
    for r in hp.runs:
        r.font.size = Pt(9)
        r.font.small_caps = True
    fp = sec.footer.paragraphs[0]
    fp.text = "Surahammars kommun · Elevhälsan · Telefon via växeln"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for r in fp.runs:
        r.font.size = Pt(8)

    p = doc.add_paragraph("2025-03-04")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    doc.add_heading("Kallelse till SIP-möte", level=1)
    doc.add_paragraph(
        "Härmed kallas ni till ett möte om samordnad individuell plan (SIP) "
        "för [namn], född ÅÅMMDD, elev i årskurs 4 på Nytorpsskolan. "
        "Vårdnadshavarna har begärt SIP och lämnat skriftligt samtycke till "
        "att de inbjudna verksamheterna får kallas.")

    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([
        ("Datum och tid", "Tisdag 2025-03-18, kl. 13.00–14.30"),
        ("Plats", "Kommunhuset Surahammar, sammanträdesrum Kolbäcksån"),
        ("Sammankallande", "Rektor, Nytorpsskolan"),
    ]):
        t.cell(i, 0).text = a
        t.cell(i, 0).paragraphs[0].runs[0].bold = True
        shade(t.cell(i, 0), "EFEFEF")
        t.cell(i, 1).text = b
        t.cell(i, 0).width = Cm(4.5)
        t.cell(i, 1).width = Cm(11)

    doc.add_heading("Inbjudna", level=2)
    for x in [
        "Vårdnadshavare (mamma och pappa)",
        "[namn], om hen vill och orkar – mötet anpassas så att hen kan vara med under första delen",
        "Rektor, Nytorpsskolan",
        "Klasslärare, Nytorpsskolan",
        "Specialpedagog, Elevhälsan Surahammars kommun",
        "Socialsekreterare, Barn och familj, IFO Surahammar",
        "Psykolog, BUP Västerås",
        "Distriktssköterska, Vårdcentralen Surahammar",
    ]:
        doc.add_paragraph(x, style="List Bullet")

    doc.add_heading("Förslag till dagordning", level=2)
    for x in [
        "Mötet öppnas, presentation av deltagarna",
        "Genomgång av vad en SIP är och vad mötet ska leda till",
        "Barnets och vårdnadshavarnas berättelse: hur har det varit i skolan och hemma?",
        "Nuläge från respektive verksamhet (skola, BUP, socialtjänst, vårdcentral)",
        "Gemensamma frågeställningar",
        "Insatser – vem gör vad och när?",
        "Vem ska ha huvudansvaret för planen?",
        "Datum för uppföljning",
        "Övrigt och mötet avslutas",
    ]:
        doc.add_paragraph(x, style="List Number")

    doc.add_heading("Inför mötet", level=2)
    doc.add_paragraph(
        "Fundera gärna på vad som fungerar bra just nu och vad som är svårast. "
        "Varje verksamhet ombeds ta med en kort sammanfattning av sina "
        "pågående insatser. Planen skrivs under mötet och skickas sedan till "
        "alla som deltagit.")
    doc.add_paragraph(
        "Om du får förhinder, meddela specialpedagogen via Elevhälsans "
        "växel så snart som möjligt, så att vi kan hitta en ny tid eller "
        "ordna deltagande via Teams.")
    doc.add_paragraph()
    doc.add_paragraph("Med vänlig hälsning")
    doc.add_paragraph("Specialpedagog, Elevhälsan Surahammars kommun")
    doc.save(out(7, "docx"))
    normalize_docx(out(7, "docx"))


# ---------------------------------------------------------------------------
# 08  Elderly man after hip fracture, biståndshandläggare, Markdown; Kungsör
# ---------------------------------------------------------------------------
PLAN08_MD = """# SIP – Gunnar, 84 år

**Datum för mötet:** 2025-02-06, hembesök hos Gunnar i Kungsör

**Upprättad av:** Lena, biståndshandläggare, Äldreomsorgen Kungsörs kommun

**Syfte:** Gunnar har kommit hem efter en höftfraktur och bor ensam i villa. Syftet med planen är att hemtjänst, rehab och distriktssköterska samordnar sina insatser så att Gunnar kan bo kvar hemma tryggt och inte faller igen.

**Bakgrund:** Gunnar föll i hallen hemma 2025-01-12 och opererades för höftfraktur på Västmanlands sjukhus Köping. Han skrevs ut 2025-01-24 till korttidsboende Kungsgården och flyttade hem 2025-02-03. Han har hjärtsvikt och nedsatt syn och går nu med rollator inomhus. Hustrun dog för två år sedan. Dottern Eva bor i Arboga.

**Frågeställningar:** Diskutera läget.

**Gunnars mål:** ”Jag vill klara mig här hemma i mitt hus, och till sommaren vill jag kunna gå ut till brevlådan själv.”

**Delaktighet:** Gunnar deltog i mötet, som hölls hemma hos honom. Han vill helst ha samma personal från hemtjänsten och vill inte ha besök före kl. 8 på morgonen. Han tackar nej till matdistribution och vill fortsätta laga enkel mat själv med stöd.

**Samtycke:** Samtycke finns.

**Insatser:**

- Hemtjänst Kungsör södra: tillsyn morgon och kväll, hjälp med dusch på tisdagar och inköp en gång i veckan. Start 2025-02-10.
- Trygghetslarm installeras av larmgruppen, Äldreomsorgen Kungsörs kommun, senast 2025-02-12.
- Arbetsterapeut, Kommunrehab Kungsör: hembesök för bedömning av hjälpmedel (toalettförhöjning, duschpall, greppstång i hallen) 2025-02-11.
- Fysioterapeut, Kommunrehab Kungsör: träningsprogram för balans och gång, träning med Gunnar en gång i veckan under åtta veckor från v. 8.
- Distriktssköterska, Vårdcentralen Kungsör: följer upp smärtlindring, vikt och blodtryck (hjärtsvikten) och samordnar läkemedelsgenomgång med läkare.

**Anhörigas insatser:** Dottern Eva kommer varannan lördag och handlar storhandling, och hon följer med Gunnar till återbesöket på ortopedmottagningen 2025-03-04. Eva sköter Gunnars räkningar via internetbanken enligt fullmakt.

**Huvudansvarig för planen:** Lena, biståndshandläggare, Äldreomsorgen Kungsörs kommun.

**Närvarande:** Gunnar, dottern Eva, biståndshandläggare, distriktssköterska, arbetsterapeut, hemtjänstens samordnare.
"""


def plan08():
    with open(out(8, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(PLAN08_MD)


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


if __name__ == "__main__":
    main()
