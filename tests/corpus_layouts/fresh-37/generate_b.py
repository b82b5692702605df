#!/usr/bin/env python
"""Generate the f37b batch of fictional, anonymized SIP plans into plans/.

Run with python generate_b.py
Deterministic: fixed dates and texts, no randomness.
"""
import datetime as dt
import os
import shutil
import subprocess
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
PLANS = os.path.join(HERE, "plans")
BUILD = os.path.join(HERE, "build")
PREFIX = "f37b"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIXED = dt.datetime(2025, 3, 1, 9, 0, 0, tzinfo=dt.timezone.utc)


def out(n, ext):
    return os.path.join(PLANS, f"{PREFIX}-{n:02d}.{ext}")


def fix_core(doc, title):
    cp = doc.core_properties
    cp.author = "SIP"
    cp.title = title
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_modified_by = "SIP"
    cp.revision = 1


def set_landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    w, h = section.page_width, section.page_height
    if w < h:
        section.page_width, section.page_height = h, w
    section.left_margin = section.right_margin = Cm(1.8)
    section.top_margin = section.bottom_margin = Cm(1.6)


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


def bold_para(doc, text, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(2)
    return p


def label_value(doc, label, value):
    p = doc.add_paragraph()
    r = p.add_run(label + " ")
    r.bold = True
    p.add_run(value)
    p.paragraph_format.space_after = Pt(2)
    return p


def empty_content_control(paragraph, placeholder="Klicka eller tryck här för att ange text."):
    """Append an empty w:sdt (plain text content control) showing its placeholder."""
    sdt = OxmlElement("w:sdt")
    sdtPr = OxmlElement("w:sdtPr")
    alias = OxmlElement("w:alias")
    alias.set(qn("w:val"), "Övrigt")
    sdtPr.append(alias)
    sh = OxmlElement("w:showingPlcHdr")
    sdtPr.append(sh)
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


def normalize_zip(path):
    """Rewrite a .docx with fixed zip timestamps so reruns give identical bytes."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def soffice_pdf(src, outdir):
    cmd = [
        "soffice",
        f"-env:UserInstallation=file:///tmp/lo-{PREFIX}",
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        outdir,
        src,
    ]
    subprocess.run(cmd, check=True, timeout=240, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------------------
# 01  SIP på en sida (fpdf2), landscape, six boxes
# ---------------------------------------------------------------------------
def plan01():
    pdf = FPDF(orientation="L", unit="mm", format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_auto_page_break(False)
    pdf.add_font("DV", "", FONT)
    pdf.add_font("DV", "B", FONT_B)
    pdf.set_title("SIP på en sida")
    pdf.add_page()

    # title band
    pdf.set_fill_color(222, 235, 247)
    pdf.rect(10, 8, 277, 22, style="F")
    pdf.set_xy(14, 10)
    pdf.set_font("DV", "B", 16)
    pdf.cell(150, 9, "SIP på en sida")
    pdf.set_font("DV", "", 9)
    pdf.set_xy(180, 10)
    pdf.multi_cell(104, 4.5,
                   "Sala kommun  •  Region Västmanland\n"
                   "Möte: 2025-01-28, Kungsängsskolan, Sala\n"
                   "Gäller: Ella, 14 år, åk 8", align="R")
    pdf.set_xy(14, 20)
    pdf.set_font("DV", "", 9)
    pdf.cell(160, 6, "Samordnad individuell plan – kortversion att ta med hem")

    boxes = [
        ("Därför har vi SIP",
         "Ella har bara varit i skolan enstaka dagar sedan höstlovet och har "
         "mycket oro, magont och svårt att sova. Skolan, BUP och socialtjänsten "
         "behöver planera tillsammans så att Ella får ett stöd som hänger ihop "
         "och kan börja komma tillbaka till skolan i lugn takt, utan att "
         "familjen behöver berätta samma sak för alla."),
        ("Det här vill jag – Ellas ord",
         "”Jag vill kunna vara i skolan på förmiddagarna och träffa mina "
         "kompisar igen.”\n"
         "”Jag vill inte att alla frågar hela tiden hur jag mår.”\n\n"
         "Ella var med på mötet tillsammans med mamma och pappa. Hon vill helst "
         "börja med lektioner i det lilla grupprummet hos Mira och inte i "
         "helklass de första veckorna."),
        ("Vem gör vad – och när?",
         "• Mentor och specialpedagog, Kungsängsskolan: anpassat schema med "
         "förmiddagar i grupprum, från 2025-02-03.\n"
         "• BUP Västerås, mottagningen i Sala: KBT-behandling mot ångest, varannan vecka med start "
         "2025-02-10.\n"
         "• Skolsköterskan, elevhälsan: samtal om sömn och magont, en gång "
         "i veckan från v. 6.\n"
         "• Familjebehandlare, IFO Sala: hembesök och stöd till föräldrarna "
         "kring morgonrutiner."),
        ("Andra som hjälper till",
         "Mormor bor i närheten och finns med som ett stöd för Ella."),
        ("Vilka var med?",
         "Ella\nLina (mamma)\nAli (pappa)\nSara\nJohan\nMira\nPetra"),
        ("Ansvar och uppföljning",
         "Huvudansvarig för planen: Sara, kurator i elevhälsan, "
         "Kungsängsskolan, Sala kommun. Sara kallar till nästa möte.\n\n"
         "Nästa uppföljning: tisdag 2025-03-18 kl. 14.00 i skolans "
         "konferensrum."),
    ]
    left, top, gap = 10, 35, 5
    w = (277 - 2 * gap) / 3
    h = 78
    for i, (head, text) in enumerate(boxes):
        col, row = i % 3, i // 3
        x = left + col * (w + gap)
        y = top + row * (h + gap)
        pdf.set_draw_color(70, 110, 160)
        pdf.set_line_width(0.4)
        pdf.rect(x, y, w, h)
        pdf.set_fill_color(70, 110, 160)
        pdf.rect(x, y, w, 8, style="F")
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("DV", "B", 10.5)
        pdf.set_xy(x + 2, y + 1)
        pdf.cell(w - 4, 6, head)
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("DV", "", 9.5)
        pdf.set_xy(x + 2.5, y + 10)
        pdf.multi_cell(w - 5, 4.8, text, align="L")
    pdf.set_font("DV", "", 7.5)
    pdf.set_text_color(90, 90, 90)
    pdf.set_xy(10, 200)
    pdf.cell(200, 4, "Utskrift 2025-01-29  •  Elevhälsan Kungsängsskolan")
    pdf.set_xy(240, 200)
    pdf.cell(47, 4, "Sida 1 (1)", align="R")
    pdf.output(out(1, "pdf"))


# ---------------------------------------------------------------------------
# 02  e-service export, indented key/value text (UTF-8, LF)
# ---------------------------------------------------------------------------
PLAN02 = """\
# Export från e-tjänsten SIP-stöd, Region Västmanland
# Exportformat: text (nyckel/värde)
# Exporterad: 2024-11-12 09:41 av handläggare vuxenenheten Köping
plan:
  id: SIP-2024-0871
  typ: Samordnad individuell plan
  status: Fastställd
  version: 1
  skapad: 2024-11-05
  möte:
    datum: 2024-11-05
    tid: 13:00-14:30
    plats: Vuxenpsykiatrin Köping, samtalsrum 2
person:
  namn: M.
  personnummer: XXXXXX-XXXX
  kön: man
  ålder: 34
  kommun: Köping
  deltog_i_mötet: nej
  orsak_frånvaro:
  personens_synpunkter:
bakgrund: >
  M. har schizofreni och vårdades inneliggande på psykiatriska kliniken
  i Västerås under september-oktober 2024. Han bor i en hyreslägenhet i
  Köping och har hyresskulder samt flera skulder hos Kronofogden. Han har
  tidigare avbrutit medicinering när han flyttat eller bytt kontakt.
syfte: Samordning
frågeställningar:
  - Hur kan budget- och skuldrådgivningen påbörjas medan M. fortfarande
    är sjukskriven och har täta besök på psykiatrin?
  - Vem ska hålla i kontakten med hyresvärden om avbetalningsplan för
    hyresskulden?
  - Behöver M. god man, och vem gör anmälan till överförmyndaren?
mål:
  enskildes_mål: >
    Målet är att M. ska kunna bo kvar i sin lägenhet, ta sin medicin
    regelbundet och få ordning på sin ekonomi.
samtycke:
  lämnat: ja
  form: skriftligt
  datum: 2024-10-29
  blankett: Samtycke till SIP och informationsöverföring (Region Västmanland)
  omfattar: Socialtjänsten Köping, Vuxenpsykiatrin Köping, Vårdcentralen Köping
insatser:
  - vad: Läkemedelsuppföljning och depotinjektion var tredje vecka
    vem: Vuxenpsykiatrin Köping, patientansvarig sjuksköterska
    när: fr.o.m. 2024-11-07, var tredje vecka
  - vad: Boendestöd två gånger i veckan med fokus på post, räkningar och
      inköp
    vem: Socialpsykiatrin Köping, boendestödjare
    när: start 2024-11-18
  - vad: Budget- och skuldrådgivning, genomgång av skulder och kontakt med
      Kronofogden
    vem: Budget- och skuldrådgivningen, Köpings kommun
    när: första besök 2024-11-21
  - vad: Kontakt med hyresvärden om avbetalningsplan för hyresskulden
    vem: Socialtjänsten Köping, handläggare vuxenenheten
    när: senast 2024-11-29
  - vad: Anmälan om behov av god man till överförmyndaren
    vem: Socialtjänsten Köping, handläggare vuxenenheten
    när: senast 2024-11-30
  - vad: Årlig somatisk hälsokontroll med blodprover (metabola värden)
    vem: Vårdcentralen Köping, distriktssköterska
    när: 2024-12-10
andra_aktörer:
  - aktör: Försäkringskassan
    åtgärd: Handlägger M:s ansökan om sjukersättning; handläggaren begär in
      läkarutlåtande från Vuxenpsykiatrin Köping
    när: december 2024
  - aktör: J. (bror)
    åtgärd: Hjälper M. att öppna och sortera posten varje söndag tills god
      man är utsedd
    när: varje söndag
huvudansvar:
  organisation: Socialtjänsten Köping
  funktion:
  namn:
uppföljning:
  datum: 2025-02-11
  tid: 13:00
  plats: Socialtjänsten Köping, Vuxenenheten
  kallas_av: e-tjänsten (automatisk kallelse)
deltagare:
  - namn: Karin
    funktion: patientansvarig sjuksköterska
    organisation: Vuxenpsykiatrin Köping
  - namn: Ahmed
    funktion: överläkare
    organisation: Vuxenpsykiatrin Köping
  - namn: Therese
    funktion: socialsekreterare, vuxenenheten
    organisation: Socialtjänsten Köping
  - namn: Linnea
    funktion: boendestödjare
    organisation: Socialpsykiatrin Köping
  - namn: Per
    funktion: budget- och skuldrådgivare
    organisation: Köpings kommun
signering:
  fastställd_av: e-tjänsten
  datum: 2024-11-05
"""


def plan02():
    with open(out(2, "txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(PLAN02)


# ---------------------------------------------------------------------------
# 03  English template headings, Swedish content (Markdown)
# ---------------------------------------------------------------------------
PLAN03 = """\
# SIP – Coordinated Individual Plan

- **Unit:** Avdelning 12, Ortopedi, Västmanlands sjukhus Västerås / Arboga kommun
- **Date of meeting:** 2025-02-06
- **Person:** Gunnar, 84 år, Arboga
- **ID:** ÅÅMMDD-XXXX

---

## Purpose

Gunnar skrivs snart ut från ortopeden efter operation för höftfraktur och ska
flytta hem till sin lägenhet på tredje våningen (hiss finns) i Arboga, där han
bor ensam sedan hustrun dog förra året. Syftet med planen är att hemtjänsten,
hemsjukvården, rehab och vårdcentralen gör en gemensam planering så att
Gunnar kan bo kvar hemma tryggt och inte faller igen.

## Questions

Diskutera läget inför hemgång.

## Goals

Gunnar säger själv: *”Jag vill klara mig hemma och kunna gå ner till Coop med
rollatorn själv till sommaren.”*

Gunnar var med på mötet på avdelningen. Han vill inte ha hjälp på natten och
vill att hemtjänsten kommer efter kl. 8 på morgonen. Han vill gärna ha samma
personal så långt det går.

## Actions

- Hjälp med morgon- och kvällsrutiner samt dusch två gånger per vecka
- Trygghetslarm installeras före hemgång
- Gångträning med rollator i hemmet
- Hembesök för bedömning av bostadsanpassning (tröskel till badrummet,
  förhöjd toalettstol)
- Läkemedelsgenomgång, Gunnar har tio olika läkemedel
- Matdistribution (kyld mat) vardagar

## Responsible

_Ej ifyllt_

## Other actors

Dottern Anna handlar åt Gunnar varje lördag och följer med honom på
återbesöket på ortopedmottagningen. Gunnar gör själv de hemövningar som
fysioterapeuten visat på avdelningen, morgon och kväll.

## Follow-up

Uppföljning om ungefär sex veckor efter hemgång.

## Participants

- Gunnar
- Anna, dotter
- sjuksköterska
- arbetsterapeut
- fysioterapeut
- biståndshandläggare
"""


def plan03():
    with open(out(3, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(PLAN03)


# ---------------------------------------------------------------------------
# 04  Needs-based plan, landscape table (docx)
# ---------------------------------------------------------------------------
def plan04():
    doc = Document()
    fix_core(doc, "SIP – behovsbaserad plan")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    set_landscape(sec)
    hp = sec.header.paragraphs[0]
    hp.text = "Västerås stad • Region Västmanland\tSamordnad individuell plan\tSekretess enligt OSL 26 kap. 1 §"
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Behovsbaserad SIP, mall version 2.1 (2023)"
    for r in fp.runs:
        r.font.size = Pt(8)

    doc.add_heading("Samordnad individuell plan (SIP) – behovsbaserad", level=1)

    info = doc.add_table(rows=3, cols=4)
    info.style = "Table Grid"
    vals = [
        ("Namn", "J.", "Personnummer", "ÅÅMMDD-XXXX"),
        ("Kommun", "Västerås", "Datum för möte", "2025-01-14"),
        ("Plats", "Beroendecentrum Västerås", "Planen upprättad", "2025-01-14"),
    ]
    for i, row in enumerate(vals):
        for j, v in enumerate(row):
            cell_text(info.rows[i].cells[j], v, bold=(j % 2 == 0))
            if j % 2 == 0:
                shade(info.rows[i].cells[j], "E7E6E6")
    doc.add_paragraph()

    bold_para(doc, "Bakgrund")
    doc.add_paragraph(
        "J. är 19 år och har använt cannabis nästan dagligen sedan 16 års ålder, "
        "det senaste året även bensodiazepiner utan förskrivning. Han gick ut "
        "gymnasiet utan fullständiga betyg och har ingen sysselsättning. J. bor "
        "hos en kompis sedan i höstas och har ingen egen adress. Vårdcentralen "
        "Skultuna har remitterat till Beroendecentrum efter besök för ångest och "
        "sömnproblem i december."
    )

    bold_para(doc, "Frågeställningar inför mötet")
    for q in [
        "Kan J. börja i öppenvårdsbehandlingen på Beroendecentrum innan boendefrågan är löst?",
        "Vem bedömer ångesten och sömnen – vårdcentralen eller Beroendecentrum?",
        "Är J. aktuell för det kommunala aktivitetsansvaret (KAA) eftersom han är under 20?",
    ]:
        doc.add_paragraph(q, style="List Bullet")

    bold_para(doc, "Samtycke")
    doc.add_paragraph(
        "☒ Skriftligt samtycke   ☐ Muntligt samtycke\n"
        "J. skrev under samtyckesblanketten för SIP vid mötets början 2025-01-14. "
        "Samtycket gäller Västerås stad (IFO och KAA), Beroendecentrum och "
        "Vårdcentralen Skultuna."
    )

    bold_para(doc, "Deltagare")
    part = doc.add_table(rows=1, cols=3)
    part.style = "Table Grid"
    for j, h in enumerate(["Namn", "Funktion", "Verksamhet"]):
        cell_text(part.rows[0].cells[j], h, bold=True)
        shade(part.rows[0].cells[j], "D9E2F3")
    for row in [
        ("J.", "", ""),
        ("Anna", "Socialsekreterare", "IFO Västerås, Mottagningen unga vuxna"),
        ("Erik", "Sjuksköterska/behandlare", "Beroendecentrum Västerås"),
        ("Lena", "Distriktsläkare", "Vårdcentralen Skultuna"),
        ("Mikael", "Coach, KAA", "Västerås stad, Arbetsmarknadsenheten"),
    ]:
        cells = part.add_row().cells
        for j, v in enumerate(row):
            cell_text(cells[j], v)

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(6)
    r = p.add_run("Huvudansvarig för planen: ")
    r.bold = True
    p.add_run("Beroendecentrum")

    doc.add_page_break()
    bold_para(doc, "Behov och insatser", size=12)
    t = doc.add_table(rows=2, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    # merged title row
    title = t.rows[0].cells[0].merge(t.rows[0].cells[4])
    cell_text(title, "Plan per behovsområde", bold=True)
    shade(title, "B4C6E7")
    heads = ["Behov", "Mål", "Insats", "Ansvarig", "Tidsplan"]
    for j, h in enumerate(heads):
        cell_text(t.rows[1].cells[j], h, bold=True)
        shade(t.rows[1].cells[j], "D9E2F3")
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    rows = [
        ("Drogfrihet",
         "Att J. ska bli drogfri och lämna negativa urinprov.",
         "Öppenvårdsbehandling med återfallsprevention (ÅP) i grupp en gång i veckan "
         "och enskilda samtal varannan vecka. Urinprov en gång i veckan.",
         "Beroendecentrum Västerås, behandlare Erik",
         "Start 2025-01-20, 12 veckor"),
        ("Boende",
         "Att J. ska ha ett eget boende med stöd.",
         "Utredning om träningslägenhet med boendestöd. Tills vidare stöd att "
         "skriva sig på en adress.",
         "IFO Västerås, socialsekreterare Mottagningen unga vuxna",
         "Beslut senast 2025-02-28"),
        ("Psykisk hälsa",
         "Att J:s ångest och sömnproblem ska minska.",
         "Läkarbedömning av ångest och sömn, översyn av läkemedel.",
         "Vårdcentralen Skultuna, distriktsläkare",
         "Besök 2025-01-29"),
        ("Sysselsättning",
         "Att J. ska ha en meningsfull sysselsättning.",
         "Kartläggning inom KAA och samtal om studier eller praktik.",
         "Västerås stad, KAA-coach",
         "Första träff 2025-02-05"),
    ]
    for row in rows:
        cells = t.add_row().cells
        for j, v in enumerate(row):
            cell_text(cells[j], v, size=9.5)
    widths = [Cm(3.2), Cm(5.5), Cm(7.5), Cm(5.2), Cm(4.2)]
    for row in t.rows:
        for j, c in enumerate(row.cells):
            c.width = widths[j]

    doc.add_paragraph()
    label_value(doc, "Uppföljning:", "vecka 14")
    doc.save(out(4, "docx"))
    normalize_zip(out(4, "docx"))


# ---------------------------------------------------------------------------
# 05  Homeless man, interventions as sentences per principal (docx -> pdf)
# ---------------------------------------------------------------------------
def plan05():
    doc = Document()
    fix_core(doc, "SIP Peter")
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(11.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    hp = sec.header.paragraphs[0]
    hp.text = "FAGERSTA KOMMUN\nSocialförvaltningen, Individ- och familjeomsorgen, Vuxenenheten"
    for r in hp.runs:
        r.font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.text = "Sekretess enligt OSL 26 kap."
    for r in fp.runs:
        r.font.size = Pt(8)

    p = doc.add_paragraph()
    r = p.add_run("SIP – Samordnad individuell plan")
    r.bold = True
    r.font.size = Pt(15)
    label_value(doc, "Namn:", "Peter")
    label_value(doc, "Personnummer:", "ÅÅMMDD-XXXX")
    label_value(doc, "Datum:", "2025-03-04")
    label_value(doc, "Syfte:", "SIP")
    doc.add_paragraph()

    bold_para(doc, "Bakgrund")
    doc.add_paragraph(
        "Peter är 52 år och har varit utan egen bostad sedan han blev vräkt från "
        "sin lägenhet i Fagersta hösten 2023. Han sover växelvis på akutboendet "
        "och hos bekanta. Peter har ett långvarigt alkoholberoende och KOL och har "
        "sökt akut på lasarettet i Köping flera gånger under vintern. Han har "
        "tidigare haft kontakt med Beroendemottagningen men inte kommit på "
        "de senaste besöken."
    )
    doc.add_paragraph(
        "Under januari och februari har Peter vid två tillfällen hittats "
        "kraftigt berusad utomhus och förts till lasarettet. Vid det senaste "
        "tillfället var han nedkyld och hade en lunginflammation. Akutboendet har "
        "stängt dagtid och det ekonomiska biståndet brukar ta slut redan efter "
        "några dagar i månaden, vilket gör att Peter blir kvar "
        "ute stora delar av dagen. Alkoholkonsumtionen har inte minskat under "
        "vintern. Socialtjänsten och Beroendemottagningen har haft "
        "svårt att nå honom eftersom hans telefon ofta är avstängd."
    )
    doc.add_paragraph(
        "Peter var kallad till mötet men kom inte. Han ringde till "
        "socialsekreteraren på morgonen och sa att han hade feber och inte "
        "orkade ta sig till Socialkontoret."
    )
    label_value(doc, "Samtycke:", "Samtycke finns.")

    bold_para(doc, "Frågeställningar")
    doc.add_paragraph("")

    bold_para(doc, "Insatser")
    doc.add_paragraph(
        "Socialtjänsten ska fortsätta stötta Peter och vara behjälplig när det "
        "gäller boendet. Socialtjänsten ska även ha fortsatt kontakt med Peter "
        "framöver."
    )
    doc.add_paragraph(
        "Regionen ska fortsätta kontakten med Peter och erbjuda stöd vid behov. "
        "Regionen ska också vara tillgänglig när Peter själv hör av sig."
    )
    doc.add_paragraph(
        "Socialtjänsten och Regionen ska hålla varandra informerade löpande om "
        "hur det går för Peter."
    )
    doc.add_paragraph()
    bold_para(doc, "Övrigt")
    doc.add_paragraph("Planen skickas till Peter när han har en adress att ta emot post på.")

    os.makedirs(BUILD, exist_ok=True)
    src = os.path.join(BUILD, f"{PREFIX}-05.docx")
    doc.save(src)
    normalize_zip(src)
    soffice_pdf(src, BUILD)
    shutil.copyfile(os.path.join(BUILD, f"{PREFIX}-05.pdf"), out(5, "pdf"))


# ---------------------------------------------------------------------------
# 06  "Mina ord" in first person + staff part, signatures (docx)
# ---------------------------------------------------------------------------
def plan06():
    doc = Document()
    fix_core(doc, "SIP Noah")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Surahammars kommun – Vård och omsorg, LSS\t\tSIP 2025-02-20"
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Samordnad individuell plan enligt SoL 2 kap. 7 § och HSL 16 kap. 4 §"
    for r in fp.runs:
        r.font.size = Pt(8)

    h = doc.add_heading("Samordnad individuell plan – SIP", level=0)
    p = doc.add_paragraph()
    r = p.add_run("Gäller: ")
    r.bold = True
    r.font.small_caps = True
    p.add_run("Noah, 22 år, ÅÅMMDD-XXXX, Surahammar")
    p = doc.add_paragraph()
    r = p.add_run("Mötesdatum: ")
    r.bold = True
    r.font.small_caps = True
    p.add_run("2025-02-20, Kommunhuset Surahammar")

    doc.add_heading("1. Syfte med SIP", level=2)
    doc.add_paragraph(
        "Noah har autism och en lätt intellektuell funktionsnedsättning och bor "
        "hemma hos sin mamma. Han vill flytta hemifrån under året. Syftet med SIP "
        "är att kommunens LSS-verksamhet, daglig verksamhet och "
        "vuxenhabiliteringen planerar flytten och dagarna tillsammans så att "
        "Noahs oro inte blir för stor och han inte behöver träffa fler "
        "nya personer än nödvändigt."
    )

    doc.add_heading("2. Frågeställningar", level=2)
    doc.add_paragraph("Gå igenom hur det fungerar just nu.")

    doc.add_heading("3. Mina ord", level=2)
    p = doc.add_paragraph()
    r = p.add_run("Den här delen har Noah skrivit själv på mötet, med hjälp av bildstöd.")
    r.italic = True
    for t in [
        "Jag vill bo i en egen lägenhet men inte alldeles ensam. Jag vill ha personal "
        "som jag känner och som knackar innan de kommer in.",
        "Jag vill fortsätta på Verkstan på dagarna, men inte på fredagar för då är "
        "det för mycket folk och för högt ljud.",
        "Det är jobbigt när saker ändras utan att någon har sagt det. Jag vill få veta "
        "en vecka innan om något är nytt, helst på ett schema med bilder.",
        "Mitt mål är att bo i min egen lägenhet före jul.",
    ]:
        doc.add_paragraph(t)

    doc.add_heading("4. Insatser", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for j, hd in enumerate(["Insats", "Vem ansvarar", "När", "Huvudman"]):
        cell_text(t.rows[0].cells[j], hd, bold=True)
        shade(t.rows[0].cells[j], "E2EFD9")
    repeat_header(t.rows[0])
    rows = [
        ("Utredning och beslut om bostad med särskild service (LSS 9 § 9)",
         "LSS-handläggare, Myndighetsenheten", "Beslut senast 2025-04-15", "Kommunen"),
        ("Visning av gruppbostaden Björkgården tillsammans med mamma",
         "Enhetschef, Gruppbostad Björkgården", "2025-03-12", "Kommunen"),
        ("Daglig verksamhet på Verkstan måndag–torsdag, fredag ledig",
         "Handledare, Daglig verksamhet Verkstan", "Fr.o.m. 2025-03-03", "Kommunen"),
        ("Bildschema för veckan och förberedelse inför flytten",
         "Arbetsterapeut, Vuxenhabiliteringen Västerås", "Tre träffar i mars, första 2025-03-06", "Regionen"),
        ("Samtal om oro och sömn, bedömning av behov av läkemedel",
         "Psykolog, Vuxenhabiliteringen Västerås", "2025-03-19", "Regionen"),
    ]
    for row in rows:
        cells = t.add_row().cells
        for j, v in enumerate(row):
            cell_text(cells[j], v, size=9.5)

    doc.add_heading("5. Andra aktörers insatser", level=2)
    doc.add_paragraph(
        "Försäkringskassan: Noah har aktivitetsersättning till och med juni 2025. "
        "Handläggaren på Försäkringskassan utreder förlängningen och har begärt "
        "ett läkarutlåtande från vuxenhabiliteringen.", style="List Bullet")
    doc.add_paragraph(
        "Mamma Helena hjälper Noah att packa och följer med på visningen av "
        "lägenheten. Hon fortsätter att sköta Noahs ekonomi tills vidare.",
        style="List Bullet")
    doc.add_paragraph(
        "Noah själv övar på att handla i Ica-butiken med personal från Verkstan en "
        "gång i veckan.", style="List Bullet")

    doc.add_heading("6. Huvudansvar och samordning", level=2)
    doc.add_paragraph(
        "Huvudansvarig för planen är Elin, LSS-handläggare på Myndighetsenheten, "
        "Vård och omsorg, Surahammars kommun. Elin kallar till uppföljning och är "
        "den som Noah och mamma kontaktar vid frågor."
    )

    doc.add_heading("7. Deltagare", level=2)
    for pl in [
        "Noah",
        "Helena, mamma",
        "Elin, LSS-handläggare, Myndighetsenheten, Surahammars kommun",
        "Tobias, handledare, Daglig verksamhet Verkstan, Surahammars kommun",
        "Maja, enhetschef, Gruppbostad Björkgården, Surahammars kommun",
        "Sanna, arbetsterapeut, Vuxenhabiliteringen Västerås, Region Västmanland",
    ]:
        doc.add_paragraph(pl, style="List Bullet")

    doc.add_heading("8. Samtycke", level=2)
    doc.add_paragraph("☒ Skriftligt samtycke    ☐ Muntligt samtycke")
    doc.add_paragraph(
        "Noah skrev under kommunens samtyckesblankett för SIP 2025-02-20, före mötet. "
        "Mamma var med och Noah fick samtycket förklarat med bildstöd."
    )

    doc.add_heading("9. Uppföljning", level=2)
    doc.add_paragraph("Uppföljning i maj 2025. Elin skickar kallelse med bildstöd en vecka innan.")

    p = doc.add_paragraph()
    r = p.add_run("Övrigt: ")
    r.bold = True
    empty_content_control(p)

    doc.add_paragraph()
    bold_para(doc, "Underskrifter")
    sig = doc.add_table(rows=3, cols=2)
    cell_text(sig.rows[0].cells[0], "Surahammar 2025-02-20")
    cell_text(sig.rows[0].cells[1], "Surahammar 2025-02-20")
    cell_text(sig.rows[1].cells[0], "\n______________________________")
    cell_text(sig.rows[1].cells[1], "\n______________________________")
    cell_text(sig.rows[2].cells[0], "Noah")
    cell_text(sig.rows[2].cells[1], "Elin, LSS-handläggare, samordnare för SIP")
    doc.save(out(6, "docx"))
    normalize_zip(out(6, "docx"))


# ---------------------------------------------------------------------------
# 07  Follow-up no. 3, text export, Windows-1252 + CRLF
# ---------------------------------------------------------------------------
PLAN07 = """\
SAMORDNAD INDIVIDUELL PLAN - UPPFÖLJNING NR 3
==============================================
Hallstahammars kommun / Region Västmanland
Utskrift ur verksamhetssystemet 2025-03-27

Avser:             Kim, 41 år, XXXXXX-XXXX
Ursprunglig plan:  2024-09-03
Uppföljning nr 3:  2025-03-26
Plats:             Socialpsykiatrin Hallstahammar

SYFTE
Se ursprunglig plan 2024-09-03.

LÄGESBESKRIVNING
Kim skrevs ut från psykiatrisk heldygnsvård (avd. 63, Västerås) i
augusti 2024 efter en svår depression. Sedan förra uppföljningen har
det inte varit någon ny inläggning. Boendestödjaren beskriver att Kim
klarar tvätt och inköp bättre men att han isolerar sig mer sedan
Träffpunkten flyttade till nya lokaler i januari. Dosetten har tagits
som ordinerat enligt hemsjukvården. Kuratorn bedömer att samtalen
behöver fortsätta minst till sommaren.

INFÖR DAGENS MÖTE
- Ska boendestödet utökas från två till tre gånger i veckan nu när Kim
  har slutat gå till Träffpunkten?
- Hur ska dosettdelningen fungera under semesterperioden i sommar när
  hemsjukvården har färre besök?

MÅL
Oförändrat.

FÖRÄNDRINGAR SEDAN FÖRRA UPPFÖLJNINGEN (2024-12-10)

Oförändrat:
- Samtalskontakt med kurator - som tidigare.
- Läkemedel i dosett - som tidigare.
- Kontakt med Försäkringskassan - som tidigare.

Nytt:
- Boendestöd utökas till tre gånger i veckan (mån, ons, fre) fr.o.m.
  2025-04-07. Ansvar: Socialpsykiatrin Hallstahammar, boendestödjare.
- Återbesök hos läkare för översyn av antidepressiv medicinering
  2025-04-23. Ansvar: Vuxenpsykiatrin Köping, öppenvårdsmottagningen.
- Ansökan om plats i arbetsträning på Kompassen, skickas senast
  2025-04-15. Ansvar: Socialpsykiatrin Hallstahammar, arbetskonsulent.

Avslutat:
- Träffpunkten (öppen verksamhet) - avslutat i februari.
- Hemsjukvårdens tillsyn efter utskrivningen - avslutad 2025-01-31.

HUVUDANSVAR
Kvarstår hos samordnaren.

NÄRVARANDE
Maria (boendestödjare), Jonas, Erik (kurator), Sofia

NÄSTA UPPFÖLJNING
2025-06-10 kl. 13.30, Socialpsykiatrin Hallstahammar.
"""


def plan07():
    data = PLAN07.replace("\n", "\r\n").encode("cp1252")
    with open(out(7, "txt"), "wb") as f:
        f.write(data)


# ---------------------------------------------------------------------------
# 08  NOT a plan: local agreement / routine document (docx)
# ---------------------------------------------------------------------------
def plan08():
    doc = Document()
    fix_core(doc, "Lokal överenskommelse om SIP")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Kungsörs kommun • Region Västmanland\tRutin\tDnr XX-2024"
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Fastställd av Ledningsgruppen för samverkan Kungsör 2024-10-17. Revideras senast 2026-10-31."
    for r in fp.runs:
        r.font.size = Pt(8)

    doc.add_heading("Lokal överenskommelse om SIP mellan Kungsörs kommun och Region Västmanland", level=0)
    doc.add_paragraph(
        "Den här överenskommelsen beskriver hur kommunen och regionen i Kungsör "
        "arbetar med samordnad individuell plan (SIP). Den gäller socialtjänsten, "
        "skola och elevhälsa, vård och omsorg inklusive LSS samt regionens "
        "verksamheter i Kungsör: Vårdcentralen Kungsör, BUP Västerås (för barn "
        "bosatta i Kungsör) och Vuxenpsykiatrin Köping. Den bygger på den "
        "länsgemensamma överenskommelsen i Västmanland och ersätter den lokala "
        "rutinen från 2021."
    )

    doc.add_heading("1. Lagstöd", level=1)
    doc.add_paragraph(
        "Enligt SoL 2 kap. 7 § och HSL 16 kap. 4 § ska kommunen och regionen "
        "tillsammans upprätta en individuell plan när en person har behov av "
        "insatser från båda huvudmännen och insatserna behöver samordnas. Planen "
        "ska upprättas om kommunen eller regionen bedömer att den behövs och "
        "personen samtycker."
    )

    doc.add_heading("2. Så kallas till SIP-möte", level=1)
    for t in [
        "Den verksamhet som först ser behovet tar initiativ och ansvarar för kallelsen.",
        "Personen tillfrågas om samtycke innan kallelsen skickas. Samtycket "
        "dokumenteras i journal eller akt med datum och form (muntligt eller "
        "skriftligt). Blanketten ”Samtycke SIP” används när det är möjligt.",
        "Kallelse skickas via e-tjänsten SIP-stöd eller med den gemensamma "
        "kallelseblanketten. Mötet ska hållas inom 14 dagar från att kallelsen "
        "skickats. Den som kallas ska delta eller skicka ersättare.",
        "Personen och, för barn, vårdnadshavare bjuds alltid in. Om personen inte "
        "kan eller vill delta ska personens synpunkter inhämtas före mötet.",
        "Tolk bokas av den som kallar.",
    ]:
        doc.add_paragraph(t, style="List Number")

    doc.add_heading("3. Dokumentation", level=1)
    doc.add_paragraph(
        "Planen skrivs i mallen i e-tjänsten eller i den gemensamma Word-mallen. "
        "Den som kallar dokumenterar om inget annat bestäms på mötet. Planen "
        "skickas till personen och till alla verksamheter som har insatser i "
        "planen inom en vecka. Varje verksamhet ansvarar för att planen förs in i "
        "den egna journalen eller akten."
    )
    doc.add_paragraph("Exempel på rubriker i planen:")
    ex = doc.add_table(rows=1, cols=2)
    ex.style = "Table Grid"
    cell_text(ex.rows[0].cells[0], "Rubrik", bold=True)
    cell_text(ex.rows[0].cells[1], "Vad som ska stå (exempel)", bold=True)
    shade(ex.rows[0].cells[0], "DDDDDD")
    shade(ex.rows[0].cells[1], "DDDDDD")
    repeat_header(ex.rows[0])
    for a, b in [
        ("Syfte med SIP", "Varför planen behövs just för den här personen."),
        ("Frågeställningar", "Vad mötet behöver ta ställning till."),
        ("Mina mål / Den enskildes mål", "Personens mål med egna ord."),
        ("Insatser", "Vad som ska göras, av vilken verksamhet och när."),
        ("Andra aktörer", "T.ex. Försäkringskassan, Arbetsförmedlingen, god man, närstående."),
        ("Huvudansvar", "Vem som är huvudansvarig för planen (namn, funktion, verksamhet)."),
        ("Samtycke", "Hur och när samtycke lämnades."),
        ("Deltagare", "Namn, funktion och verksamhet."),
        ("Uppföljning", "Datum för nästa uppföljning."),
    ]:
        cells = ex.add_row().cells
        cell_text(cells[0], a)
        cell_text(cells[1], b)

    doc.add_heading("4. Huvudansvar och uppföljning", level=1)
    doc.add_paragraph(
        "På varje SIP-möte utses en huvudansvarig för planen. Huvudansvaret "
        "ligger i regel hos den verksamhet som har störst insatser. Den "
        "huvudansvarige kallar till uppföljning. Ett datum för uppföljning ska "
        "alltid bestämmas på mötet."
    )

    doc.add_heading("5. Oenighet och avvikelser", level=1)
    doc.add_paragraph(
        "Om verksamheterna inte kommer överens lyfts frågan till respektive "
        "enhetschef och därefter till Ledningsgruppen för samverkan Kungsör. "
        "Brister i samverkan rapporteras som avvikelse i respektive huvudmans "
        "system."
    )

    doc.add_heading("6. Uppföljning av överenskommelsen", level=1)
    doc.add_paragraph(
        "Ledningsgruppen följer varje år upp antalet SIP, andelen planer där "
        "personen deltagit och andelen planer med datum för uppföljning."
    )
    doc.save(out(8, "docx"))
    normalize_zip(out(8, "docx"))


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


if __name__ == "__main__":
    main()
