#!/usr/bin/env python3
"""Generate batch f31b: seven fictional SIP plans and one non-SIP (f31b-08).

Run with python generate_b.py
Deterministic: fixed dates, no randomness; docx zips get fixed timestamps,
fpdf2 gets a fixed creation date. LibreOffice PDFs (f31b-06) carry LO's own
creation timestamp in metadata only.
"""
import datetime
import os
import shutil
import subprocess
import textwrap
import zipfile

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
PLANS = os.path.join(HERE, "plans")
BUILD = os.path.join(HERE, "build")
PREFIX = "f31b"
FIXED_DT = datetime.datetime(2025, 6, 1, 12, 0, 0)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def out(n, ext):
    return os.path.join(PLANS, f"{PREFIX}-{n:02d}.{ext}")


# ---------------------------------------------------------------- helpers
def fix_docx(path):
    """Rewrite the zip with fixed timestamps so the file is byte-stable."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            data = zin.read(item.filename)
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 6, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    os.replace(tmp, path)


def new_doc(title, author=""):
    doc = Document()
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    return doc


def save_docx(doc, path):
    doc.save(path)
    fix_docx(path)


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


def table(doc, header, rows, widths=None, style="Table Grid", fill="D9E2F3"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(h)
        r.bold = True
        shade(c, fill)
    mark_header_row(t.rows[0])
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    if widths:
        t.autofit = False
        for i, w in enumerate(widths):
            t.columns[i].width = Cm(w)
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


def header_footer(section, head, foot=None):
    hp = section.header.paragraphs[0]
    hp.text = head
    hp.runs[0].font.size = Pt(8)
    hp.runs[0].font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    if foot:
        fp = section.footer.paragraphs[0]
        fp.text = foot
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fp.runs[0].font.size = Pt(8)


def bold_para(doc, label, text=None):
    p = doc.add_paragraph()
    r = p.add_run(label)
    r.bold = True
    if text is not None:
        p.add_run(" " + text)
    return p


def add_sdt_placeholder(paragraph, placeholder="Klicka eller tryck här för att ange text."):
    """Append an empty plain-text content control showing its placeholder."""
    sdt = OxmlElement("w:sdt")
    sdtPr = OxmlElement("w:sdtPr")
    alias = OxmlElement("w:alias")
    alias.set(qn("w:val"), "Syfte")
    sdtPr.append(alias)
    showing = OxmlElement("w:showingPlcHdr")
    sdtPr.append(showing)
    txt = OxmlElement("w:text")
    sdtPr.append(txt)
    sdt.append(sdtPr)
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    rPr = OxmlElement("w:rPr")
    col = OxmlElement("w:color")
    col.set(qn("w:val"), "808080")
    rPr.append(col)
    r.append(rPr)
    t = OxmlElement("w:t")
    t.text = placeholder
    r.append(t)
    content.append(r)
    sdt.append(content)
    paragraph._p.append(sdt)


def soffice_pdf(src, outdir):
    profile = "file:///tmp/lo-f31b"
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless",
         "--convert-to", "pdf", "--outdir", outdir, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


def normalize_lo_pdf(src, dst):
    """Pin LibreOffice's creation date and document ID (same byte length,
    so the xref table stays valid) to make the output byte-stable."""
    import re
    data = open(src, "rb").read()
    data = re.sub(rb"/CreationDate\(D:\d{14}", b"/CreationDate(D:20241112150000", data)
    data = re.sub(rb"/ModDate\(D:\d{14}", b"/ModDate(D:20241112150000", data)
    data = re.sub(rb"<[0-9A-F]{32}>", lambda m: b"<" + b"0" * 32 + b">", data)
    data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, data)
    open(dst, "wb").write(data)


# ---------------------------------------------------------------- 01 e-mail
def plan01():
    text = """Hej alla,

Tack för ett bra möte i torsdags (2025-02-13) på socialkontoret i Arboga. Här
kommer en sammanfattning av det vi kom fram till, så att vi har samma bild
framåt. Den underskrivna planen skickar jag ut separat, men hör av er redan nu
om något nedan inte stämmer med hur ni uppfattade det.

Vi som var med: Emil, Lena (Emils mamma), Sara, Jonas, Petra och jag.

Syftet med SIP:en är att Emil ska få ett samordnat stöd för att sluta använda
cannabis och amfetamin och samtidigt få igång sin ADHD-behandling igen, eftersom
de två har hängt ihop och Emil har upplevt att han fått olika besked från olika
håll.

Emil var med hela mötet och berättade själv hur han har det just nu. Han sa:
"Jag vill kunna flytta hemifrån och ha något att göra på dagarna, inte bara
sitta och röka." Han vill helst träffa samma personer och slippa berätta allt
från början varje gång, och han vill få tider via sms. Emil har lämnat
samtycke till att vi pratar med varandra om honom.

Det här bestämde vi:

- Beroendemottagningen i Arboga fortsätter med urinprov två gånger i veckan
  och återfallsprevention (ÅP) i grupp varje tisdag, från v. 8 till och med
  v. 20.
- Psykiatriska öppenvården Arboga gör uppföljning av ADHD-medicineringen med
  läkarbesök 2025-03-04 och bedömer då om dosen ska justeras.
- IFO Vuxen (jag) utreder Emils ansökan om öppenvårdsprogrammet Steget på
  kommunens beroendeenhet, beslut senast 2025-02-28.
- Arbetsmarknadsenheten i Arboga tar kontakt med Emil om en praktikplats.
- Lena fortsätter att finnas som stöd för Emil hemma.

Vi pratade också om Försäkringskassan och aktivitetsersättning, men det får vi
ta upp längre fram.

Jag fortsätter att vara huvudansvarig för planen och den som håller ihop den,
så det är till mig ni hör av er om något ändras.

Nästa uppföljning blir tisdag 2025-04-08 kl. 13.00, samma lokal som förra
gången. Kallelse kommer i god tid.

Hälsningar
Maria
Socialsekreterare, IFO Vuxen, Arboga kommun
Tel. via växeln
"""
    with open(out(1, "txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# ---------------------------------------------------------------- 02 fixed-width export
def plan02():
    W = 78
    L = []

    def rule(ch="-"):
        L.append(ch * W)

    def para(s, indent=2):
        L.extend(textwrap.wrap(s, W, initial_indent=" " * indent, subsequent_indent=" " * indent))

    def kv(k, v, k2=None, v2=None):
        left = f"{k:<16}{v}"
        if k2:
            left = f"{left:<42}{k2:<12}{v2}"
        L.append(left)

    L.append(f"{'REGION VÄSTMANLAND':<48}{'Utskrift 2024-09-19 15:42':>30}")
    L.append(f"{'Journal - Samordnad individuell plan (SIP)':<60}{'Sida 1(1)':>18}")
    rule("=")
    kv("Patient:", "J.", "Personnr:", "XXXXXX-XXXX")
    kv("Plandatum:", "2024-09-17", "Status:", "Fastställd")
    kv("Vårdenhet:", "Vuxenpsykiatrin Köping, avd. 3")
    kv("Upprättad av:", "Kontaktsjuksköterska, Vuxenpsykiatrin Köping")
    kv("Mötesplats:", "Vuxenpsykiatrin Köping, samtalsrum 2")
    rule()
    L.append("BAKGRUND")
    para("J., 34 år, har diagnosen paranoid schizofreni sedan 2016. Inlagd på avd. 3 "
         "sedan 2024-08-29 efter försämring med hörselhallucinationer och utsatt "
         "medicinering. Planerad utskrivning 2024-09-24 till egen hyreslägenhet i "
         "Köping. J. har betydande skulder efter sms-lån och obetalda räkningar "
         "under våren och har inte betalat hyran för juli och augusti. Har tidigare "
         "haft boendestöd som avslutades 2023 på egen begäran.")
    L.append("")
    L.append("SYFTE")
    para("Samordning av insatser.")
    L.append("")
    L.append("FRÅGESTÄLLNINGAR")
    para("- Vilket stöd behöver J. i hemmet efter utskrivningen den 24/9?", 2)
    para("- Hur ska skuldsituationen hanteras så att J. kan bo kvar i lägenheten?", 2)
    para("- Hur säkerställs att depotinjektionerna blir av efter utskrivning?", 2)
    L.append("")
    L.append("DEN ENSKILDES MÅL")
    para("Målet är att J. ska kunna bo kvar i egen lägenhet med stabil medicinering "
         "och utan nya inläggningar under det kommande halvåret.")
    L.append("")
    L.append("DELAKTIGHET")
    para("J. deltog inte i mötet. J. mådde sämre på mötesdagen och orkade enligt "
         "avdelningens personal inte delta; mötet genomfördes därför utan J.")
    L.append("")
    L.append("SAMTYCKE")
    para("Muntligt samtycke till SIP och till informationsöverföring mellan "
         "Vuxenpsykiatrin Köping och socialtjänsten i Köping lämnat av J. till "
         "kontaktsjuksköterska 2024-09-12. Dokumenterat i journalanteckning samma dag.")
    L.append("")
    L.append("DELTAGARE")
    L.append(f"  {'Funktion':<32}{'Verksamhet':<44}")
    L.append(f"  {'-' * 30:<32}{'-' * 44}")
    for fn, vh in [
        ("Kontaktsjuksköterska", "Vuxenpsykiatrin Köping, öppenvården"),
        ("Överläkare", "Vuxenpsykiatrin Köping, avd. 3"),
        ("Biståndshandläggare", "Socialtjänsten Köping, vuxenenheten"),
        ("Budget- och skuldrådgivare", "Köpings kommun, konsumentvägledningen"),
        ("Samordnare boendestöd", "Boendestödet Köping, Köpings kommun"),
    ]:
        L.append(f"  {fn:<32}{vh:<44}".rstrip())
    L.append("")
    L.append("ÅTGÄRDER")
    cw = (31, 24, 10, 10)
    L.append(f"{'Åtgärd':<{cw[0]}} {'Ansvarig':<{cw[1]}} {'Fr.o.m.':<{cw[2]}} {'T.o.m.':<{cw[3]}}".rstrip())
    L.append(f"{'-' * cw[0]} {'-' * cw[1]} {'-' * cw[2]} {'-' * cw[3]}")
    rows = [
        ("Beslut om boendestöd enligt SoL, 3 ggr/vecka",
         "Biståndshandläggare, vuxenenheten Köping", "2024-09-18", "2024-09-23"),
        ("Utskrivning från avd. 3 med hembesök av kontaktsjuksköterska dag 2",
         "Vuxenpsykiatrin Köping, avd. 3", "2024-09-24", "2024-09-26"),
        ("Boendestöd mån, ons, fre: post, räkningar, inköp och struktur i hemmet",
         "Boendestödet Köping", "2024-09-25", "2025-03-31"),
        ("Depotinjektion var 14:e dag på mottagningen, påminnelse via sms",
         "Kontaktsjuksköterska, Vuxenpsykiatrin Köping", "2024-10-01", "2025-03-31"),
        ("Läkarbesök, uppföljning av medicinering och biverkningar",
         "Överläkare, Vuxenpsykiatrin Köping", "2024-10-15", "2024-10-15"),
        ("Budget- och skuldrådgivning: genomgång av skulder, budget och "
         "avbetalningsplan för hyresskulden",
         "Budget- och skuldrådgivare, Köpings kommun", "2024-10-07", "2024-12-20"),
    ]
    for a, b, c, d in rows:
        ca = textwrap.wrap(a, cw[0])
        cb = textwrap.wrap(b, cw[1])
        for i in range(max(len(ca), len(cb))):
            x = ca[i] if i < len(ca) else ""
            y = cb[i] if i < len(cb) else ""
            z = c if i == 0 else ""
            w = d if i == 0 else ""
            L.append(f"{x:<{cw[0]}} {y:<{cw[1]}} {z:<{cw[2]}} {w:<{cw[3]}}".rstrip())
        L.append("")
    L.append("HUVUDANSVARIG FÖR PLANEN")
    para("Vuxenpsykiatrin Köping")
    L.append("")
    L.append("ÖVRIGA AKTÖRERS INSATSER")
    L.append("")
    L.append("NÄSTA UPPFÖLJNING")
    L.append(f"  {'Datum:':<12}")
    L.append(f"  {'Plats:':<12}")
    rule()
    L.append("Signerad: Kontaktsjuksköterska, Vuxenpsykiatrin Köping   2024-09-17 16:05")
    L.append("Läst och godkänd: Biståndshandläggare, Socialtjänsten Köping  2024-09-18")
    L.append("")
    for line in L:
        assert len(line) <= W, (len(line), line)
    data = "\r\n".join(x.rstrip() for x in L)
    with open(out(2, "txt"), "wb") as f:
        f.write(data.encode("cp1252"))


# ---------------------------------------------------------------- 03 du-form docx
def plan03():
    doc = new_doc("Din plan", "")
    sec = doc.sections[0]
    header_footer(sec, "Samordnad individuell plan (SIP)", "Din plan – Helena – 2025-03-11")
    doc.add_heading("Din plan", level=0)
    p = doc.add_paragraph("Samordnad individuell plan för Helena, gjord på mötet den 11 mars 2025 i Sala.")
    p.runs[0].italic = True
    doc.add_paragraph(
        "Hej Helena! Här har vi skrivit ner det vi pratade om på mötet. Vi träffades för att du, "
        "vården, socialtjänsten och Försäkringskassan ska dra åt samma håll, så att du kan må "
        "bättre och så småningom komma tillbaka till jobbet utan att du själv ska behöva hålla "
        "ihop alla kontakter.")
    doc.add_paragraph(
        "Får vi prata med varandra om dig? Ja, det sa du på mötet den 11 mars 2025. Du skrev "
        "också under blanketten för samtycke samma dag, och du kan ta tillbaka ditt samtycke när "
        "du vill.")

    doc.add_heading("Det här är viktigt för dig", level=1)
    q = doc.add_paragraph(style="Quote")
    q.add_run("”Jag vill orka gå ut med hunden varje dag och kunna jobba lite igen till hösten, "
              "kanske 25 procent till att börja med.”")
    doc.add_paragraph(
        "Du berättade att det blir för mycket när du har flera möten samma vecka, och att du hellre "
        "vill få brev än bli uppringd. Du vill att din syster Lina får vara med på mötena. Du sa "
        "också att sömnen är det som påverkar dig mest just nu.")

    doc.add_heading("Det här ska vi göra", level=1)
    items = [
        ("Anna (kurator):", "samtal med dig varannan vecka med fokus på sömn och stress, från "
                            "vecka 12 och fram till midsommar."),
        ("Läkaren på vårdcentralen:", "ser över din medicin och sjukskrivningen."),
        ("Peter (handläggare på socialtjänsten i Sala):", "beslutar om ditt ekonomiska bistånd "
                            "för april–juni senast den 31 mars."),
        ("Karin (Försäkringskassan):", "bokar ett avstämningsmöte med dig, din chef och vården "
                            "i maj, för att planera hur du kan börja jobba igen."),
        ("Du själv:", "går ut minst 20 minuter varje dag och skriver ner hur du sover, och tar med "
                      "anteckningarna till Anna."),
        ("Lina:", "följer med dig till avstämningsmötet med Försäkringskassan i maj."),
    ]
    for who, what in items:
        p = doc.add_paragraph(style="List Bullet")
        r = p.add_run(who + " ")
        r.bold = True
        p.add_run(what)

    doc.add_heading("Vi som var med", level=1)
    for x in ["Du", "Lina, din syster", "Anna, kurator", "Peter, socialtjänsten",
              "Karin, Försäkringskassan"]:
        doc.add_paragraph(x, style="List Bullet")

    doc.add_heading("Vem håller ihop planen?", level=1)
    doc.add_paragraph(
        "Det gör Anna, din kurator. Det är hon du ska höra av dig till om något inte blir som vi "
        "har sagt. Du når henne via växeln.")

    doc.add_heading("När ses vi igen?", level=1)
    doc.add_paragraph("Vi ses igen i början av juni. Anna skickar en kallelse till dig med brev.")
    save_docx(doc, out(3, "docx"))


# ---------------------------------------------------------------- 04 CAPS docx
def plan04():
    doc = new_doc("SAMORDNAD INDIVIDUELL PLAN", "")
    sec = doc.sections[0]
    header_footer(sec, "Fagersta kommun – Socialtjänsten, Vuxenenheten          SIP",
                  "Upprättad 2025-03-04")
    doc.add_heading("SAMORDNAD INDIVIDUELL PLAN (SIP)", level=0)
    bold_para(doc, "Namn:", "Oskar")
    bold_para(doc, "Personnummer:", "ÅÅMMDD-XXXX")
    bold_para(doc, "Datum för möte:", "2025-03-04, Fagersta kommunhus, rum Västanfors")

    doc.add_heading("BAKGRUND", level=1)
    doc.add_paragraph(
        "Oskar är 24 år och bor i egen lägenhet i Fagersta. Han har diagnosen autism sedan "
        "barndomen och har behandlats för depression sedan hösten 2023, med antidepressiv "
        "medicinering via psykiatriska öppenvården. Oskar har beslut om daglig verksamhet "
        "enligt LSS men har under vintern varit där ungefär en dag i veckan. Han har isolerat "
        "sig mer, sover oregelbundet och har haft svårt att handla och laga mat.")

    doc.add_heading("DELTAGARE", level=1)
    table(doc, ["Namn", "Funktion", "Verksamhet"], [
        ("Oskar", "Den enskilde", ""),
        ("Jenny", "Biståndshandläggare", "Socialtjänsten, Fagersta kommun"),
        ("Mats", "Sjuksköterska", "Psykiatriska öppenvården Fagersta, Region Västmanland"),
        ("Elin", "Arbetsterapeut", "Psykiatriska öppenvården Fagersta, Region Västmanland"),
        ("Ahmed", "Handledare", "Daglig verksamhet Verkstan, Fagersta kommun"),
    ], widths=[3, 4.5, 8.5])
    doc.add_paragraph()
    doc.add_paragraph("Oskar deltog på mötet.")

    doc.add_heading("FRÅGESTÄLLNINGAR", level=1)
    doc.add_paragraph("Gå igenom läget och hur stödet fungerar.")

    doc.add_heading("INSATSER", level=1)
    for s in [
        "Biståndshandläggare i Fagersta beviljar boendestöd enligt SoL två förmiddagar i veckan "
        "från v. 12.",
        "Boendestödet Fagersta hjälper Oskar med inköp, matlagning och att komma iväg till "
        "daglig verksamhet på måndagar och torsdagar från v. 13.",
        "Sjuksköterska på psykiatriska öppenvården Fagersta följer upp medicineringen och "
        "sömnen vid återbesök 2025-03-25.",
        "Arbetsterapeut på psykiatriska öppenvården Fagersta gör en aktivitetsbedömning "
        "(AWP) under april 2025 och delar resultatet med boendestödet.",
        "Daglig verksamhet Verkstan anpassar schemat till halvdagar, kl. 9–12, från v. 12 "
        "till och med v. 20.",
        "Vårdcentralen Fagersta finns kvar som stöd vid behov.",
    ]:
        doc.add_paragraph(s, style="List Bullet")

    doc.add_heading("HUVUDANSVAR", level=1)
    doc.add_paragraph(
        "Jenny, biståndshandläggare på socialtjänsten i Fagersta kommun, är huvudansvarig för "
        "planen och kallar till uppföljning.")

    doc.add_heading("UPPFÖLJNING", level=1)
    doc.add_paragraph("Uppföljning sker vecka 20.")
    save_docx(doc, out(4, "docx"))


# ---------------------------------------------------------------- 05 markdown
def plan05():
    md = """# SIP – Melvin, åk 3

Datum: 2025-01-28
Plats: Vallbyskolan, Västerås (konferensrummet)

**Närvarande:** Melvin (första halvtimmen), mamma, pappa, Sanna, Johan, Eva, Linnea

**Syfte:** Att få en gemensam bild.

**Frågor inför mötet:**

- Hur kan rasterna bli lugnare för Melvin? Det har blivit bråk nästan varje dag sedan jul.
- Behöver han en kortare skoldag under en period?
- När kan BUP börja med medicinering nu när ADHD-utredningen är klar?

## Melvins egna ord

> "Jag vill ha någon att vara med på rasten och inte bli arg hela tiden."

Melvin var med första halvtimmen och ritade hur en bra skoldag ser ut för honom: lugnt i
matsalen, få spela fotboll med några få kompisar och få gå ut först på rasten. Han vill
inte byta klass. Mamma och pappa tycker att det viktigaste är en lugn start på morgonen
och att skolan hör av sig direkt när något har hänt.

## Åtgärder

| Vad | Vem | Klart när |
|---|---|---|
| Rastaktivitet med vuxen (fotboll) tre dagar i veckan | Fritidspedagog, Vallbyskolan | Start v. 6 |
| Egen plats i matsalen och lugn start i klassrummet kl. 8.00 | Mentor (Eva), Vallbyskolan | 2025-02-03 |
| Läkarbesök BUP – start av ADHD-medicinering | Läkare, BUP Västerås | 2025-02-20 |
| Föräldrastöd Komet, 10 träffar | Familjebehandlare, IFO Västerås | Start 2025-03-05 |
| Bedömning av behov av arbetsterapeut | Regionen | |
| Fylla i skattningsformulär och skicka till BUP | Mamma och pappa | 2025-02-14 |
| Säga till en vuxen på rasten när det börjar bli jobbigt | Melvin | Från v. 6 |

**Huvudansvarig:** Skolan (Vallbyskolan)

**Nästa möte:** efter sportlovet. Skolan kallar.
"""
    with open(out(5, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ---------------------------------------------------------------- 06 elderly, docx -> pdf
def plan06():
    doc = new_doc("Samordnad individuell plan – äldre", "")
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    header_footer(sec, "Kungsörs kommun  ·  Region Västmanland          Samordnad individuell plan (SIP)",
                  "SIP äldre – mall version 2023-05")
    h = doc.add_heading("SAMORDNAD INDIVIDUELL PLAN – ÄLDRE", level=1)

    t = doc.add_table(rows=0, cols=4)
    t.style = "Table Grid"

    def row(a, b, c=None, d=None):
        cells = t.add_row().cells
        cells[0].text = ""
        cells[0].paragraphs[0].add_run(a).bold = True
        if c is None:
            m = cells[1].merge(cells[3])
            m.text = b
        else:
            cells[1].text = b
            cells[2].text = ""
            cells[2].paragraphs[0].add_run(c).bold = True
            cells[3].text = d
        shade(cells[0], "EDEDED")
        return cells

    row("Namn", "G.", "Personnummer", "ÅÅMMDD-XXXX")
    row("Datum för SIP-möte", "2024-11-12", "Plats", "I G:s hem, Kungsör")
    row("Samtycke", "☒ Samtycke till SIP finns   ☐ Muntligt   ☐ Skriftligt   Datum: ÅÅÅÅ-MM-DD")
    row("Den enskilde deltog", "☒ Ja   ☐ Nej     Om nej, ange orsak:")
    row("Närstående deltog", "☒ Ja   ☐ Nej")
    for r_ in t.rows:
        r_.cells[0].width = Cm(4)

    doc.add_paragraph()
    bold_para(doc, "Syfte med SIP")
    p = doc.add_paragraph()
    add_sdt_placeholder(p)
    bold_para(doc, "Frågeställningar inför mötet")
    doc.add_paragraph("")
    bold_para(doc, "Bakgrund")
    doc.add_paragraph(
        "G., 84 år, bor ensam i villa i Kungsör. Föll i hemmet 2024-10-28 och opererades för "
        "höftfraktur på Västmanlands sjukhus Västerås. Utskriven 2024-11-08 till korttidsboende, "
        "hem 2024-11-12. Går med rollator, behöver hjälp vid dusch och påklädning av nedre delen "
        "av kroppen. Behandlas med blodförtunnande och smärtstillande. Diabetes typ 2, tablettbehandlad.")
    bold_para(doc, "Mål")
    doc.add_paragraph(
        "Målet är att G. ska kunna förflytta sig själv med rollator inomhus, klara toalettbesök "
        "på egen hand och kunna bo kvar i sitt hus.")

    bold_para(doc, "Deltagare")
    table(doc, ["Namn", "Funktion", "Verksamhet"], [
        ("G.", "Den enskilde", "–"),
        ("Karin", "Dotter", "–"),
        ("Lisa", "Biståndshandläggare", "Äldreomsorgen, Kungsörs kommun"),
        ("Ahmed", "Samordnare", "Hemtjänst Kungsör norra"),
        ("Birgitta", "Distriktssköterska", "Vårdcentralen Kungsör"),
        ("Jonna", "Fysioterapeut", "Rehabenheten, Kungsörs kommun"),
    ], widths=[3, 4.5, 9], fill="EDEDED")

    doc.add_paragraph()
    bold_para(doc, "Insatser").paragraph_format.keep_with_next = True
    table(doc, ["Insats", "Ansvarig", "Fr.o.m.", "T.o.m."], [
        ("Beslut om hemtjänst och trygghetslarm", "Biståndshandläggare, Äldreomsorgen Kungsör",
         "2024-11-12", "2024-11-12"),
        ("Hemtjänst morgon och kväll: påklädning, frukost, kvällsmål. Dusch tis och fre.",
         "Hemtjänst Kungsör norra", "2024-11-13", "2025-01-31"),
        ("Installation av trygghetslarm", "Hemtjänst Kungsör norra", "2024-11-13", "2024-11-15"),
        ("Omläggning av operationssår och suturtagning", "Distriktssköterska, Vårdcentralen Kungsör",
         "2024-11-14", "2024-11-19"),
        ("Läkemedelsgenomgång (blodförtunnande, smärtlindring) med läkare",
         "Distriktssköterska, Vårdcentralen Kungsör", "2024-11-26", "2024-11-26"),
        ("Hemrehabilitering, gångträning och trappträning 2 ggr/vecka",
         "Fysioterapeut, Rehabenheten Kungsör", "2024-11-18", "2025-01-17"),
        ("Hjälpmedel: toalettförhöjning och duschpall", "Fysioterapeut, Rehabenheten Kungsör",
         "2024-11-13", "2024-11-15"),
    ], widths=[6.3, 5, 2.7, 2.7], fill="EDEDED")

    doc.add_paragraph()
    bold_para(doc, "Andra aktörer (närstående, god man m.fl.)")
    doc.add_paragraph("Dottern Karin är informerad och finns som stöd.")
    bold_para(doc, "Huvudansvarig för planen")
    doc.add_paragraph("Birgitta, distriktssköterska, Vårdcentralen Kungsör")
    bold_para(doc, "Nästa uppföljning")
    doc.add_paragraph("2024-12-10 kl. 10.00 i G:s hem")
    doc.add_paragraph()
    doc.add_paragraph("Planen upprättad 2024-11-12 av Lisa, biståndshandläggare. Kopia till samtliga deltagare.")

    os.makedirs(BUILD, exist_ok=True)
    src = os.path.join(BUILD, f"{PREFIX}-06.docx")
    save_docx(doc, src)
    soffice_pdf(src, BUILD)
    normalize_lo_pdf(os.path.join(BUILD, f"{PREFIX}-06.pdf"), out(6, "pdf"))


# ---------------------------------------------------------------- 07 fpdf2 follow-up form
class FormPDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(80, 80, 80)
        self.cell(95, 5, "VårdDok 4.2 · Journalutskrift · Uppföljning SIP", border="B")
        self.cell(0, 5, f"Utskriven 2025-05-22 09:14    Sida {self.page_no()} ({{nb}})",
                  border="B", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(4)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, "Hallstahammars kommun / Region Västmanland – utskrift ur journal, sekretess enligt OSL 26 kap.",
                  align="C")
        self.set_text_color(0, 0, 0)


def plan07():
    pdf = FormPDF(format="A4")
    pdf.set_creation_date(FIXED_DT)
    pdf.set_title("Uppföljning SIP")
    pdf.set_author("")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 9, "UPPFÖLJNING AV SAMORDNAD INDIVIDUELL PLAN (SIP)", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)

    def field(label, value, w=None, h=11, last=True):
        w = w or (pdf.w - pdf.l_margin - pdf.r_margin)
        x, y = pdf.get_x(), pdf.get_y()
        pdf.rect(x, y, w, h)
        pdf.set_xy(x + 1.5, y + 1)
        pdf.set_font("DejaVu", "", 7)
        pdf.set_text_color(90, 90, 90)
        pdf.cell(w - 3, 3.5, label)
        pdf.set_text_color(0, 0, 0)
        pdf.set_xy(x + 1.5, y + 4.8)
        pdf.set_font("DejaVu", "", 10)
        pdf.multi_cell(w - 3, 5, value)
        if last:
            pdf.set_xy(pdf.l_margin, y + h)
        else:
            pdf.set_xy(x + w, y)

    full = pdf.w - pdf.l_margin - pdf.r_margin
    half = full / 2
    field("Namn", "A.", half, last=False)
    field("Personnummer", "XXXXXX-XXXX", half)
    field("Typ av möte", "Uppföljning", half, last=False)
    field("Ursprunglig plan upprättad", "2025-01-15", half)
    field("Datum för uppföljning", "2025-05-20", half, last=False)
    field("Plats", "Socialkontoret Hallstahammar", half)
    field("Syfte med SIP", "Se tidigare plan")
    field("Frågeställningar", "Uppföljning av insatser.")
    field("Den enskildes mål", "Oförändrat")
    field("Deltog den enskilde", "Nej", half, last=False)
    field("Deltog vårdnadshavare", "Nej", half)
    field("Samtycke", "Se tidigare plan")
    field("Deltagare", "Se kallelse")
    field("Sammanfattning sedan föregående möte",
          "Skolan rapporterar fortsatt hög frånvaro under våren, ca 40 % sedan sportlovet. "
          "Positivt urinprov för THC i mars och i april. Ingen förändring av "
          "boendesituationen.",
          h=24)
    field("Den enskildes synpunkter", "", h=12)
    field("Vårdnadshavares synpunkter", "", h=12)
    # force the table to run over the page break so the header row repeats
    pdf.set_y(max(pdf.get_y() + 4, 226))
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 6, "Status för åtgärder enligt tidigare plan", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    rows = [
        ("1", "Fortsatt samtalskontakt", "Pågår", "Oförändrat."),
        ("2", "Stöd i skolarbetet vid behov", "Pågår", "–"),
        ("3", "Regelbunden kontakt för uppföljning", "Pågår", "Som tidigare."),
        ("4", "Stöd till familjen", "Ej påbörjad", "Se journal."),
        ("5", "Meningsfull fritid", "Ej påbörjad", "–"),
        ("6", "Fortsatt kontakt kring hälsa", "Avslutad", "Avslutas."),
        ("7", "Samverkan kring frånvaro", "Pågår", "Oförändrat."),
    ]
    with pdf.table(col_widths=(8, 70, 25, 50), line_height=6.5,
                   headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225)), repeat_headings=1) as tbl:
        hdr = tbl.row()
        for h in ("Nr", "Åtgärd (enligt plan 2025-01-15)", "Status", "Kommentar"):
            hdr.cell(h)
        for r in rows:
            tr = tbl.row()
            for v in r:
                tr.cell(v)
    pdf.ln(4)
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 6, "Nya åtgärder", new_x="LMARGIN", new_y="NEXT")
    field("Åtgärd / ansvarig / tid", "Inga nya åtgärder beslutades.", h=12)
    field("Övriga aktörer", "–")
    field("Huvudansvarig", "Oförändrat")
    field("Nästa uppföljning", "–", half, last=False)
    field("Plats", "–", half)
    pdf.ln(6)
    pdf.set_font("DejaVu", "", 9)
    pdf.cell(0, 5, "Antecknat av: Socialsekreterare, barn och unga, Hallstahammars kommun  2025-05-21",
             new_x="LMARGIN", new_y="NEXT")
    pdf.output(out(7, "pdf"))


# ---------------------------------------------------------------- 08 NOT a SIP: genomförandeplan
def plan08():
    doc = new_doc("Genomförandeplan", "")
    sec = doc.sections[0]
    header_footer(sec, "Surahammars kommun · Vård och omsorg · Gruppbostaden Lärkan (LSS 9 § 9)",
                  "Genomförandeplan – sida 1")
    doc.add_heading("Genomförandeplan", level=0)
    bold_para(doc, "Namn:", "R.")
    bold_para(doc, "Insats:", "Bostad med särskild service för vuxna, LSS 9 § 9")
    bold_para(doc, "Beslut från:", "Biståndshandläggare LSS, beslut 2024-02-01, gäller tills vidare")
    bold_para(doc, "Planen upprättad:", "2025-02-18 av kontaktman Tove tillsammans med R. och god man")

    doc.add_heading("Om mig", level=1)
    doc.add_paragraph(
        "R. är 31 år, har en intellektuell funktionsnedsättning och autism och har bott på Lärkan "
        "sedan mars 2024. R. tycker om musik, bussresor och att baka. R. behöver förutsägbarhet och "
        "bildstöd för att förstå vad som ska hända under dagen.")

    doc.add_heading("Mina mål", level=1)
    q = doc.add_paragraph(style="Quote")
    q.add_run("”Jag vill kunna åka buss själv till dagliga verksamheten och baka en gång i veckan.”")

    doc.add_heading("Så här ska stödet ges", level=1)
    table(doc, ["Vad", "Hur", "Vem", "När"], [
        ("Morgonrutin", "Bildschema på kylskåpet, personal påminner om dusch och tandborstning",
         "Personal Lärkan", "Varje morgon"),
        ("Bussträning", "Personal följer med på linje 551, därefter möter upp vid hållplatsen",
         "Kontaktman Tove", "Tis och tor från v. 9"),
        ("Bakning", "R. väljer recept med bildstöd, handlar ingredienser med personal",
         "Personal Lärkan", "Lördagar"),
        ("Ekonomi", "Veckopeng lämnas ut på fredagar enligt överenskommelse med god man",
         "Kontaktman Tove", "Fredagar"),
    ], widths=[3, 8, 3.5, 3])

    doc.add_heading("Delaktighet", level=1)
    doc.add_paragraph(
        "Planen gjordes tillsammans med R. med hjälp av bildstöd. R. vill inte att personal "
        "pratar om honom när han hör det, och vill ha samma personal på morgonen så långt det går.")

    doc.add_heading("Uppföljning", level=1)
    doc.add_paragraph("Genomförandeplanen följs upp 2025-05-20 av kontaktman tillsammans med R. och god man.")

    doc.add_paragraph()
    doc.add_paragraph("Underskrift kontaktman: Tove, Gruppbostaden Lärkan      Underskrift enhetschef: ______________")
    save_docx(doc, out(8, "docx"))


def main():
    os.makedirs(PLANS, exist_ok=True)
    plan01()
    plan02()
    plan03()
    plan04()
    plan05()
    plan06()
    plan07()
    plan08()
    shutil.rmtree(BUILD, ignore_errors=True)
    print(sorted(os.listdir(PLANS)))


if __name__ == "__main__":
    main()
