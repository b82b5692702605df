#!/usr/bin/env python
"""Generate batch f90a: eight fictional, anonymized documents (seven SIP plans + one
committee protocol) for Region Halland and Västra Götaland, 2025.

Run with /work/batches/.venv/bin/python generate.py  (calls soffice for f90a-06.pdf).
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
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f90a"
LO_PROFILE = "file:///tmp/lo-f90a"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIXED_DT = "2025-01-01T00:00:00"


def path(n, ext):
    return os.path.join(OUT, f"{PREFIX}-{n:02d}.{ext}")


def normalize_zip(fn):
    """Rewrite a .docx with fixed zip timestamps so reruns give identical bytes."""
    import zipfile
    with zipfile.ZipFile(fn) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(fn, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def fix_core(doc, title, author="Handläggare"):
    cp = doc.core_properties
    import datetime as _dt
    fixed = _dt.datetime(2025, 1, 1, 0, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.revision = 1


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


def table_with_header(doc, headers, rows, widths=None, style="Table Grid", fill="D9E2F3"):
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = style
    hdr = t.rows[0]
    mark_header_row(hdr)
    for i, h in enumerate(headers):
        c = hdr.cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(h)
        r.bold = True
        set_cell_shading(c, fill)
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


def bold_label(doc, label, text=None):
    p = doc.add_paragraph()
    r = p.add_run(label)
    r.bold = True
    if text:
        p.add_run(" " + text)
    return p


# ---------------------------------------------------------------------------
# 1. DOCX – child in foster care (familjehem), Varberg
# ---------------------------------------------------------------------------
def plan01():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "SIP – samordnad individuell plan\tBarn i familjehem"
    fp = sec.footer.paragraphs[0]
    fp.text = "Upprättad 2025-03-27. Planen förvaras i barnets akt."
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    doc.add_heading("Samordnad individuell plan (SIP) för Elsa", level=1)
    p = doc.add_paragraph()
    p.add_run("Barnets namn: ").bold = True
    p.add_run("Elsa, 9 år (åk 3)\n")
    p.add_run("Personnummer: ").bold = True
    p.add_run("ÅÅMMDD-XXXX\n")
    p.add_run("Placering: ").bold = True
    p.add_run("Familjehem i Varbergs kommun sedan mars 2024 (vård enligt SoL)\n")
    p.add_run("Datum för mötet: ").bold = True
    p.add_run("2025-03-27, kl. 14.00–15.30\n")
    p.add_run("Plats: ").bold = True
    p.add_run("Familjecentralen Varberg, mamma L. deltog via Teams")

    doc.add_heading("Barnets nätverk", level=2)
    doc.add_paragraph(
        "Tabellen fylldes i tillsammans med Elsa och familjehemmet före mötet. "
        "Elsa fick själv välja vilka som skulle stå med."
    )
    table_with_header(
        doc,
        ["Person", "Relation", "Vad personen gör"],
        [
            ["L.", "Mamma, vårdnadshavare", "Träffar Elsa på umgänge, ringer på söndagar"],
            ["B.", "Mormor", "Skjutsar Elsa till fotbollsträningen på onsdagar, Elsa sover över hos mormor en helg i månaden"],
            ["Anna och Per", "Familjehemsföräldrar", "Elsas vardag: skola, läxor, mat, läggning, följer med till vården"],
            ["Alva", "Familjehemmets dotter, 12 år", "Går till skolan med Elsa på morgonen"],
            ["Moa", "Bästa kompis i klassen", "Leker med Elsa på rasterna och efter skolan"],
            ["Tränaren", "Fotbollslaget F16", "Tränar Elsa onsdagar och lördagar"],
        ],
        widths=[3.2, 4.3, 9.0],
    )

    doc.add_heading("Syfte med SIP", level=2)
    doc.add_paragraph(
        "Elsa har bott i familjehemmet i ett år och har det bra i vardagen, men hon har "
        "mardrömmar och får magont och raseriutbrott efter umgänget med mamma. Skolan ser att "
        "hon har svårt att koncentrera sig på måndagar. Syftet med SIP:en är att socialtjänsten, "
        "BUP, skolan och familjehemmet ska ha samma bild av Elsas behov och att umgänget, "
        "behandlingen på BUP och stödet i skolan planeras så att de hänger ihop."
    )

    doc.add_heading("Frågeställningar", level=2)
    doc.add_paragraph("Gå igenom läget och hur det fungerar för Elsa just nu.")

    doc.add_heading("Barnets egna mål och önskemål", level=2)
    doc.add_paragraph(
        "Elsa sa så här när vi pratade före mötet: ”Jag vill bo kvar hos Anna och Per. "
        "Jag vill träffa mamma men inte hemma hos henne. Och jag vill inte ha ont i magen "
        "på måndagar.”"
    )

    doc.add_heading("Barnets delaktighet", level=2)
    doc.add_paragraph(
        "Elsa var med under den första halvtimmen av mötet tillsammans med Anna. Hon berättade "
        "själv att hon tycker om sin klass och fotbollen, men att det är jobbigt efter "
        "umgänget och att hon vill att umgänget ska vara på Familjecentralen som nu. Mamma L., "
        "som är vårdnadshavare, deltog via Teams under hela mötet och höll med om att umgänget "
        "fortsätter med stöd."
    )

    doc.add_heading("Insatser – vem gör vad och när", level=2)
    table_with_header(
        doc,
        ["Insats / åtgärd", "Vem", "När"],
        [
            ["Umgänge mellan Elsa och mamma med umgängesstöd på Familjecentralen, lördagar kl. 10–13",
             "Socialtjänsten Varberg, umgängesstödjare", "Varannan lördag från 2025-04-05"],
            ["Traumafokuserad KBT (TF-KBT) för Elsa, familjehemmet deltar i föräldradelen",
             "BUP Halland, mottagning Varberg, psykolog", "Start 2025-04-10, torsdagar varannan vecka"],
            ["Lugn start på måndagar: Elsa börjar med bänkarbete i grupprummet, avstämning med specialpedagog",
             "Skolan, mentor och specialpedagog", "Varje måndag från 2025-04-07"],
            ["Följa med Elsa till BUP-besöken, föra dagbok över sömn och magont efter umgänget och ta med den till psykologen",
             "Familjehemmet", "Vid varje BUP-besök från 2025-04-10"],
            ["Ringa Elsa på söndagar kl. 18 och komma i tid till umgänget; meddela umgängesstödjaren senast fredag om hon inte kan",
             "Mamma L.", "Varje söndag och inför varje umgänge"],
            ["Hälsoundersökning för placerade barn (längd, vikt, magont, sömn)",
             "Vårdcentralen Varberg, barnsjuksköterska", "2025-05-08"],
        ],
        widths=[8.0, 4.8, 3.7],
    )

    doc.add_heading("Huvudansvar för planen", level=2)
    doc.add_paragraph("Socialtjänsten Varberg har huvudansvaret för planen och kallar till uppföljning.")

    doc.add_heading("Uppföljning", level=2)
    doc.add_paragraph("Vi ses igen efter sommarlovet, i augusti. Kallelse skickas ut i juni.")

    doc.add_heading("Närvarande", level=2)
    for line in [
        "Maja",
        "Jonas",
        "Sofia",
        "Karin",
        "Anna och Per, familjehemmet",
        "Mamma L. (via Teams)",
        "Elsa (första halvtimmen)",
    ]:
        doc.add_paragraph(line, style="List Bullet")

    fix_core(doc, "SIP Elsa")
    doc.save(path(1, "docx"))


# ---------------------------------------------------------------------------
# 2. PDF (fpdf2) – one-page summary card, A5 landscape, Halmstad
# ---------------------------------------------------------------------------
def plan02():
    import warnings
    warnings.filterwarnings("ignore", message="Dimensions for page format")
    pdf = FPDF(orientation="L", unit="mm", format="A5")
    pdf.set_creation_date(__import__("datetime").datetime(2025, 5, 14, 12, 0, 0))
    pdf.set_title("SIP sammanfattning")
    pdf.set_author("Beroendemottagningen")
    pdf.set_auto_page_break(False)
    pdf.set_margins(8, 8, 8)
    pdf.add_font("DV", "", FONT)
    pdf.add_font("DV", "B", FONT_B)
    pdf.add_page()
    W, H = 210, 148

    # logo box
    pdf.set_draw_color(60, 60, 60)
    pdf.set_fill_color(230, 238, 245)
    pdf.rect(8, 8, 30, 14, style="DF")
    pdf.set_font("DV", "B", 6)
    pdf.set_xy(8, 10.5)
    pdf.multi_cell(30, 3, "HALMSTADS KOMMUN\n+\nREGION HALLAND", align="C")

    pdf.set_xy(42, 8.5)
    pdf.set_font("DV", "B", 10)
    pdf.cell(120, 5, "SIP – sammanfattning (kort)")
    pdf.set_xy(42, 14)
    pdf.set_font("DV", "", 6.5)
    pdf.multi_cell(
        160, 3,
        "Namn: Emil, 20 år    Pnr: ÅÅMMDD-XXXX    Möte: 2025-05-14, Halmstad\n"
        "Enhet: Beroendemottagningen Halmstad / Socialtjänsten Halmstad",
    )

    top = 25
    mid_x = W / 2
    mid_y = top + (H - 8 - 10 - top) / 2
    bottom = H - 18
    pdf.set_line_width(0.3)
    pdf.rect(8, top, W - 16, bottom - top)
    pdf.line(mid_x, top, mid_x, bottom)
    pdf.line(8, mid_y, W - 8, mid_y)

    def quadrant(x, y, title, body, w=(W - 16) / 2):
        pdf.set_xy(x + 2, y + 1.5)
        pdf.set_font("DV", "B", 8)
        pdf.cell(w - 4, 4, title)
        pdf.set_xy(x + 2, y + 6)
        pdf.set_font("DV", "", 6)
        pdf.multi_cell(w - 4, 2.8, body, align="L")

    quadrant(8, top, "Mål",
             "Emils mål (från samtal med Jonas 2025-05-07):\n"
             "”Jag vill sluta röka på helt och klara körkortsteorin före jul. Och jag vill "
             "ha ett jobb så jag kan flytta hemifrån.”\n\n"
             "Delmål: drogfri i tre månader, styrkt med urinprov. Regelbunden dygnsrytm.")
    quadrant(mid_x, top, "Vem gör vad",
             "• Beroendemottagningen Halmstad, Jonas (behandlare): återfallsprevention (ÅP), "
             "tisdagar kl. 10 fr.o.m. 2025-05-20.\n"
             "• Socialtjänsten Halmstad, Lina (socialsekr.): öppenvård unga vuxna, urinprov "
             "1 ggr/v fr.o.m. v. 21.\n"
             "• Vuxenpsykiatrin Halmstad, läkare: fortsatt ADHD-utredning och "
             "läkemedelsgenomgång – tid skickas hem.\n"
             "• Jobbcentrum Halmstad, Ahmed (arbetskonsulent): praktik 50 % på "
             "lager fr.o.m. 2025-06-02.")
    quadrant(8, mid_y, "Nästa möte",
             "2025-08-26 kl. 13.00\nBeroendemottagningen Halmstad, samtalsrum 2.\n"
             "Kallelse skickas av socialtjänsten.")
    quadrant(mid_x, mid_y, "Kontakter",
             "Jonas, behandlare – via växeln\n"
             "Lina, socialsekreterare – 070-XXX XX XX\n"
             "Läkare VUP – via 1177\n"
             "Ahmed, arbetskonsulent – via växeln\n\n"
             "Huvudansvar: Socialtjänsten Halmstad")

    pdf.set_xy(8, bottom + 1.5)
    pdf.set_font("DV", "", 6)
    pdf.multi_cell(W - 16, 2.8,
                   "Deltog: Jonas, Lina, Ahmed, Petra.    "
                   "Kortet lämnas till Emil och skickas till de som deltog.")
    pdf.output(path(2, "pdf"))


# ---------------------------------------------------------------------------
# 3. TXT (Windows-1252, CRLF) – needs then numbered decisions, Trollhättan
# ---------------------------------------------------------------------------
PLAN03 = """\
SAMORDNAD INDIVIDUELL PLAN (SIP)
Trollhättans stad / Västra Götalandsregionen
======================================================================

Namn: R.                          Personnummer: XXXXXX-XXXX
Mötesdatum: 2025-02-19            Plats: Psykiatrisk öppenvård, NÄL
Dokumenttyp: SIP, första möte

SYFTE
R. har en psykossjukdom och har sedan hösten 2024 slutat öppna sin
post. Han har fått flera betalningsanmärkningar och hyresvärden har
skickat en varning om uppsägning på grund av obetald hyra för
december och januari. Syftet med SIP:en är att psykiatrin,
socialtjänsten och boendestödet tillsammans ska se till att R. får
behålla lägenheten och att hans behandling inte avbryts.

FRÅGOR INFÖR MÖTET
- Hur ska hyresskulden (ca 18 000 kr) lösas innan hyresvärden säger
  upp kontraktet?
- Vem går igenom posten med R. så att nya skulder inte uppstår?
- Kan depåinjektionen ges på mottagningen i stället för hemma?

SAMTYCKE
R. lämnade skriftligt samtycke till informationsutbyte mellan
socialtjänsten, boendestödet och psykiatrin vid mötet 2025-02-19.
Blanketten är skannad i båda journalerna.

DELTAGARE
- R.
- Helena, sjuksköterska/case manager, Psykiatrisk öppenvård NÄL
- Mikael, överläkare, Psykiatrisk öppenvård NÄL
- Sanna, socialsekreterare vuxenenheten, Socialtjänsten Trollhättan
- Erik, boendestödjare, Boendestödet Trollhättans stad
- Maria, budget- och skuldrådgivare, Trollhättans stad

R. deltog på hela mötet.

BEHOV
Behov 1. Ekonomi. Obetald hyra för två månader, ett tiotal obetalda
         räkningar och ärenden hos Kronofogden. R. har ingen översikt.
Behov 2. Boende. Risk för uppsägning av förstahandskontraktet.
Behov 3. Psykisk hälsa. Stabil sedan depåinjektion startade i
         oktober, men två uteblivna injektioner i januari.
Behov 4. Vardag och struktur. Posten blir liggande, R. handlar
         sällan mat och äter oregelbundet.

MÅL
Målet är att R. ska bo kvar i sin lägenhet och inte behöva läggas in
under 2025.

BESLUT
Beslut 1 (gäller Behov 1)
  Maria, budget- och skuldrådgivningen, går igenom alla skulder med
  R. och gör en ansökan om avbetalningsplan till hyresvärden.
  Första träff 2025-02-26 kl. 10.00 på Medborgarservice.

Beslut 2 (gäller Behov 2)
  Sanna, socialsekreterare vuxenenheten, utreder R:s ansökan om
  ekonomiskt bistånd till hyresskulden och kontaktar hyresvärden.
  Beslut i ärendet senast 2025-03-07.

Beslut 3 (gäller Behov 4)
  Erik, Boendestödet, kommer hem till R. tisdagar och fredagar
  kl. 13-15. Tillsammans öppnar de posten, sorterar räkningar och
  handlar mat. Fr.o.m. 2025-02-25.

Beslut 4 (gäller Behov 3)
  Regionen ansvarar för fortsatt medicinering och uppföljning av
  depåbehandlingen. Löpande.

HUVUDANSVAR
Helena, sjuksköterska/case manager på Psykiatrisk öppenvård NÄL, är
huvudansvarig för planen och för anteckningar.

Antecknat av: Helena, case manager
"""


def plan03():
    text = PLAN03.replace("\n", "\r\n")
    with open(path(3, "txt"), "wb") as f:
        f.write(text.encode("cp1252"))


# ---------------------------------------------------------------------------
# 4. MD – mobile app export with emoji status markers, Borås
# ---------------------------------------------------------------------------
PLAN04 = """\
# Min plan

*Exporterad från appen Min SIP · 2025-04-02 14:37 · Version 3*

**Namn:** Mira
**Kommun:** Borås
**Mitt mående:** 6/10

> Kommentar till måendet: Bättre än förra månaden. Sover fortfarande dåligt.

---

## Mitt mål

> ”Jag vill orka gå upp på morgonen och börja plugga på Komvux i höst. Jag vill ha
> en vardag som inte bara är att ligga i sängen.”

## Mötet

Jag var med på SIP-mötet 2025-03-20 på Vuxenpsykiatrin Borås. Jag sa att jag inte
vill höja medicinen just nu utan hellre prata med någon varje vecka, och att jag
vill ha en praktik där det inte är för mycket folk.

## Mina insatser

Status: ✅ klart · ⏳ pågår · ❌ ej påbörjad

✅ **KBT-samtal mot depression**
Vem: Elin, psykolog, Vuxenpsykiatrin Borås
När: torsdagar kl. 10, start 2025-03-27

⏳ **Läkarbesök – uppföljning ADHD-medicin**
Vem: Läkare, Vuxenpsykiatrin Borås
När: tid kommer i 1177

⏳ **Ansökan om aktivitetsersättning**
Vem: Jag skickar läkarintyget, Försäkringskassan (handläggare) utreder och fattar beslut
När: ansökan skickad 2025-03-25, beslut väntas i maj

❌ **Praktik via Arbetsförmedlingen (Steg till arbete)**
Vem: Omar, handläggare Arbetsförmedlingen Borås, bokar in mig
När: efter beslut från FK

⏳ **Studievägledning inför Komvux**
Vem: Studie- och yrkesvägledare, Vuxenutbildningen Borås
När: –

❌ **Träna på gymmet två gånger i veckan**
Vem: Jag, mamma följer med första gångerna
När: tisdagar och fredagar

## Min samordnare

Jessica (samordnare)

## Nästa uppföljning

Inte bokad ännu.

---
*Den här exporten innehåller bara det du själv har valt att dela.*
"""


def plan04():
    with open(path(4, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(PLAN04)


# ---------------------------------------------------------------------------
# 5. DOCX – purpose and questions inside a text box at the top, Lidköping
# ---------------------------------------------------------------------------
NS_DECL = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:o="urn:schemas-microsoft-com:office:office"'
)


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _txbx_paras(paras):
    out = []
    for kind, text in paras:
        if kind == "h":
            out.append(
                '<w:p><w:pPr><w:spacing w:after="60"/></w:pPr>'
                f'<w:r><w:rPr><w:b/><w:sz w:val="24"/></w:rPr><w:t xml:space="preserve">{_esc(text)}</w:t></w:r></w:p>'
            )
        elif kind == "li":
            out.append(
                '<w:p><w:pPr><w:spacing w:after="40"/><w:ind w:left="284" w:hanging="284"/></w:pPr>'
                f'<w:r><w:t xml:space="preserve">–\t{_esc(text)}</w:t></w:r></w:p>'
            )
        else:
            out.append(
                '<w:p><w:pPr><w:spacing w:after="120"/></w:pPr>'
                f'<w:r><w:t xml:space="preserve">{_esc(text)}</w:t></w:r></w:p>'
            )
    return "".join(out)


def add_textbox_run(paragraph, paras, width_cm=16.0, height_cm=8.2):
    cx = int(width_cm * 360000)
    cy = int(height_cm * 360000)
    body = _txbx_paras(paras)
    xml = (
        f'<w:r {NS_DECL}>'
        '<mc:AlternateContent>'
        '<mc:Choice Requires="wps">'
        '<w:drawing>'
        '<wp:anchor distT="0" distB="114300" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="margin"><wp:align>top</wp:align></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/>'
        '<wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapTopAndBottom/>'
        '<wp:docPr id="1" name="Textruta 1"/>'
        '<wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/>'
        f'<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:solidFill><a:srgbClr val="EEF3EA"/></a:solidFill>'
        '<a:ln w="12700"><a:solidFill><a:srgbClr val="5B7F3A"/></a:solidFill></a:ln></wps:spPr>'
        f'<wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="108000" tIns="72000" rIns="108000" bIns="72000" anchor="t"><a:noAutofit/></wps:bodyPr>'
        '</wps:wsp></a:graphicData></a:graphic>'
        '</wp:anchor>'
        '</w:drawing>'
        '</mc:Choice>'
        '<mc:Fallback>'
        '<w:pict>'
        f'<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        f'<v:shape id="Textruta 1" o:spid="_x0000_s1026" type="#_x0000_t202" '
        f'style="position:absolute;margin-left:0;margin-top:0;width:{width_cm}cm;height:{height_cm}cm;'
        'z-index:251659264;mso-position-horizontal:center;mso-position-horizontal-relative:margin;'
        'mso-position-vertical:top;mso-position-vertical-relative:margin" '
        'fillcolor="#eef3ea" strokecolor="#5b7f3a" strokeweight="1pt">'
        f'<v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox>'
        '<w10:wrap xmlns:w10="urn:schemas-microsoft-com:office:word" type="topAndBottom"/>'
        '</v:shape>'
        '</w:pict>'
        '</mc:Fallback>'
        '</mc:AlternateContent>'
        '</w:r>'
    )
    paragraph._p.append(parse_xml(xml))


def plan05():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.top_margin = Cm(2.0)
    sec.left_margin = sec.right_margin = Cm(2.5)

    first = doc.add_paragraph()
    add_textbox_run(first, [
        ("h", "Syfte med SIP-mötet"),
        ("p", "Nora, 13 år, har bara varit i skolan enstaka dagar sedan oktober 2024. Hon har "
              "svår ångest på morgnarna, kräks ibland innan skolan och familjen orkar inte "
              "längre med bråken varje morgon. Syftet med mötet är att skolan, BUP och "
              "socialtjänsten kommer överens om ett gemensamt upplägg för vårterminen så att "
              "Nora inte får tre olika planer från tre håll."),
        ("h", "Frågeställningar"),
        ("li", "Hur ska en stegvis återgång till skolan se ut, och vem möter Nora på morgonen?"),
        ("li", "Behöver Nora undervisning i mindre grupp under tiden, och vem beslutar om det?"),
        ("li", "Kan BUP:s ångestbehandling och skolans schema samordnas så att hon inte missar lektioner för besöken?"),
        ("li", "Ska socialtjänsten erbjuda familjebehandling?"),
    ])

    p = doc.add_paragraph()
    r = p.add_run("Anteckningar från SIP-möte")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph("Datum: 2025-02-11, kl. 13.00–14.30. Plats: skolans konferensrum, Lidköping.")
    doc.add_paragraph(
        "Närvarande: mamma, pappa, Karin, Lena, Johan, Sara och Ahmed."
    )
    doc.add_paragraph(
        "Vårdnadshavarna (mamma och pappa) lämnade skriftligt samtycke till SIP och till att "
        "skolan, BUP och socialtjänsten får utbyta information. Samtycket skrevs under på "
        "SIP-blanketten 2025-02-03 och gäller till och med 2025-12-31."
    )
    doc.add_paragraph(
        "Nora var med under de första 20 minuterna av mötet tillsammans med mamma och pappa. "
        "Därefter fortsatte mötet utan henne."
    )
    doc.add_paragraph(
        "Bakgrund: Nora går i åk 7. Frånvaron började i samband med att hon bytte klass efter "
        "sommarlovet. Hon har kontakt med BUP Skaraborg, mottagning Lidköping, sedan december "
        "2024 och väntar på start av KBT. Mormor bor nära och är ett viktigt stöd för Nora."
    )
    doc.add_paragraph(
        "Vi gick igenom frågeställningarna. Skolan och BUP är överens om att återgången ska ske i "
        "små steg och att Nora inte ska ha BUP-besök under de lektioner hon börjar med. "
        "Familjen tackade ja till familjebehandling. Följande bestämdes:"
    )
    for t in [
        "Skolan, mentor Karin och specialpedagog: anpassat schema där Nora börjar med två "
        "lektioner (svenska och bild) tisdag och torsdag. Karin möter Nora vid entrén kl. 08.50. "
        "Start 2025-02-18.",
        "Elevhälsan, kurator Johan: stödsamtal med Nora varannan onsdag kl. 09.00 i skolan, "
        "fr.o.m. 2025-02-19.",
        "BUP Skaraborg, mottagning Lidköping, psykolog: KBT mot ångest en gång i veckan, "
        "måndagar kl. 15.30 (efter skoltid), start 2025-02-24.",
        "Socialtjänsten Lidköping, familjebehandlare: familjebehandling med fokus på "
        "morgonrutiner, första hembesök 2025-03-04, därefter varje vecka.",
        "Rektor: beslut om undervisning i mindre grupp fattas senast 2025-03-14 efter "
        "utredning av specialpedagog.",
    ]:
        doc.add_paragraph(t, style="List Bullet")
    doc.add_paragraph(
        "Nästa SIP-möte: 2025-04-08 kl. 13.00 i skolans konferensrum. Kallelse skickas ut senast två veckor innan."
    )
    doc.add_paragraph("Vid anteckningarna: Johan, kurator")

    fix_core(doc, "SIP Nora")
    doc.save(path(5, "docx"))


# ---------------------------------------------------------------------------
# 6. PDF via LibreOffice – adult with intellectual disability, Uddevalla
# ---------------------------------------------------------------------------
def plan06_docx(target):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Verdana"
    st.font.size = Pt(12)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.header.paragraphs[0].text = "Uddevalla kommun och Västra Götalandsregionen – SIP"
    sec.footer.paragraphs[0].text = "Lättläst version. Planen är skriven tillsammans med Jonas."

    h = doc.add_paragraph()
    r = h.add_run("Min plan – SIP för Jonas")
    r.bold = True
    r.font.size = Pt(20)
    doc.add_paragraph("Datum för mötet: 2025-04-08")
    doc.add_paragraph("Jonas bor på Gruppbostaden Vågen i Uddevalla och går till daglig verksamhet på vardagar.")

    def lbl(t):
        p = doc.add_paragraph()
        rr = p.add_run(t)
        rr.bold = True
        rr.font.size = Pt(14)
        rr.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)

    lbl("Varför gör vi en plan?")
    doc.add_paragraph(
        "Du har diabetes. Ditt blodsocker har varit för högt i vinter och du har varit "
        "på akuten två gånger. Vi gör planen så att du ska må bra och så att alla som "
        "hjälper dig vet vem som gör vad."
    )
    lbl("Det här ska vi prata om")
    doc.add_paragraph("Hur det går.")

    lbl("Vad vill du?")
    doc.add_paragraph("Jonas säger: ”Jag vill ta insulinet själv. Och jag vill laga tacos på fredagar.”")

    lbl("På mötet")
    doc.add_paragraph(
        "Du var med på hela mötet. Du sa att du inte vill att personalen ska stå bredvid när "
        "du tar insulinet, men att det är okej att de tittar i appen efteråt."
    )

    lbl("Vem gör vad?")
    doc.add_paragraph("[sol] = på morgonen    [måne] = på kvällen    [datum] = en dag som är bestämd")
    t = table_with_header(
        doc,
        ["", "Vad ska göras?", "Vem hjälper?", "När?"],
        [
            ["[sol]", "Mäta blodsocker före frukost", "Personalen", "Varje morgon kl. 7.30"],
            ["[sol]", "Ta insulin till frukost. Du gör själv, sedan tittar personalen i appen", "Du och personalen", "Varje morgon"],
            ["[sol]", "Promenad 30 minuter", "Handledare på Daglig verksamhet Kuröd", "Vardagar kl. 10.00"],
            ["[måne]", "Mäta blodsocker och ta långtidsinsulin", "Personalen", "Varje kväll kl. 21.00"],
            ["[måne]", "Laga mat tillsammans, räkna kolhydrater", "Personalen", ""],
            ["[datum]", "Besök hos diabetessköterskan, kolla blodsocker och insulindoser", "Diabetessköterska, Vårdcentralen Uddevalla. Personalen följer med", "2025-05-13 kl. 9.00"],
        ],
        widths=[2.9, 6.0, 4.9, 3.2],
        fill="FFF2CC",
    )
    for row in t.rows[1:]:
        row.cells[0].paragraphs[0].runs[0].bold = True
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))

    lbl("Vem håller ihop planen?")
    doc.add_paragraph("Linda, samordnare på Gruppbostaden Vågen, Uddevalla kommun.")

    lbl("Nästa möte")
    doc.add_paragraph("Tisdag 2025-09-09 kl. 13.00 på Gruppbostaden Vågen.")

    lbl("Med på mötet")
    doc.add_paragraph("Jonas, Linda, Pia, Ahmed, Eva.")

    doc.add_paragraph("")
    p = doc.add_paragraph()
    rr = p.add_run("För personalen: ")
    rr.bold = True
    rr.font.size = Pt(9)
    r2 = p.add_run("Samtycke finns. Diagnos: lindrig intellektuell funktionsnedsättning, diabetes typ 1. "
                   "Insats: bostad med särskild service LSS 9 § 9, daglig verksamhet LSS 9 § 10.")
    r2.font.size = Pt(9)

    fix_core(doc, "Min plan – SIP Jonas")
    doc.save(target)


def plan06():
    tmp = tempfile.mkdtemp(prefix="f90a-")
    src = os.path.join(tmp, f"{PREFIX}-06.docx")
    plan06_docx(src)
    env = dict(os.environ, SOURCE_DATE_EPOCH="1735689600")
    subprocess.run(
        ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
         "--convert-to", "pdf", "--outdir", tmp, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180, env=env,
    )
    import re
    with open(os.path.join(tmp, f"{PREFIX}-06.pdf"), "rb") as f:
        data = f.read()
    # same-length replacements keep the xref offsets valid; makes reruns byte-identical
    data = re.sub(rb"/CreationDate\(D:\d{14}", b"/CreationDate(D:20250408150000", data)
    data = re.sub(rb"/ModDate\(D:\d{14}", b"/ModDate(D:20250408150000", data)
    data = re.sub(rb"<[0-9A-F]{32}>", lambda m: b"<" + b"0" * 32 + b">", data)
    data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, data)
    with open(path(6, "pdf"), "wb") as f:
        f.write(data)
    shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------------------
# 7. DOCX – table with one column per actor, rows per area, Falkenberg
# ---------------------------------------------------------------------------
def plan07():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.header.paragraphs[0].text = "Falkenbergs kommun · Region Halland — Samordnad individuell plan"

    p = doc.add_paragraph()
    r = p.add_run("SIP – Liam, 10 år")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Datum: 2025-09-03")
    bold_label(doc, "Bakgrund:",
               "Liam går i åk 4 på Tullbroskolan. Han har diagnoserna autism och ADHD sedan 2023 "
               "och medicinerar. Det blir ofta konflikter på rasterna, han har svårt att komma "
               "iväg på morgnarna och har slutat på innebandyn. Familjen har kontakt med BUP "
               "Halland, mottagning Falkenberg, och med skolans elevhälsa.")
    bold_label(doc, "Syfte:", "Samordning av insatser.")
    bold_label(doc, "Mål:", "Målet är att Liam ska trivas i skolan och ha en meningsfull fritid.")
    bold_label(doc, "Samtycke:", "Samtycke finns.")

    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = t.rows[0]
    mark_header_row(hdr)
    for i, h in enumerate(["Område", "Kommunen gör", "Regionen gör", "Jag/familjen gör"]):
        c = hdr.cells[i]
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
        set_cell_shading(c, "E2EFD9")
    rows = [
        ["Skola", "Anpassningar i skolan utifrån behov.", "Konsultation till skolan vid behov.",
         "Föräldrarna stöttar Liam hemma."],
        ["Hälsa", "Fortsatt kontakt med elevhälsan.", "Fortsatt kontakt med BUP.",
         "Föräldrarna håller kontakten med BUP."],
        ["Fritid", "Se över möjligheter till fritidsaktivitet.", "–",
         "Föräldrarna försöker hitta något Liam tycker om."],
    ]
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
        cells[0].paragraphs[0].runs[0].bold = True
    last = t.add_row().cells
    merged = last[0].merge(last[3])
    merged.text = ""
    mp = merged.paragraphs[0]
    mp.add_run("Uppföljning: ").bold = True
    mp.add_run("2025-11-18 kl. 15.00 i skolans konferensrum.")
    set_cell_shading(merged, "F2F2F2")
    t.autofit = False
    for i, w in enumerate([3.0, 7.5, 7.5, 7.5]):
        t.columns[i].width = Cm(w)
    for row in t.rows:
        for i, w in enumerate([3.0, 7.5, 7.5, 7.5]):
            row.cells[i].width = Cm(w)

    fix_core(doc, "SIP Liam")
    doc.save(path(7, "docx"))


# ---------------------------------------------------------------------------
# 8. DOCX – NOT a plan: committee protocol (IFO-utskottet), Kungsbacka
# ---------------------------------------------------------------------------
def plan08():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(11.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    hp = sec.header.paragraphs[0]
    hp.text = "KUNGSBACKA KOMMUN\tSAMMANTRÄDESPROTOKOLL\tSida 1 (2)"
    hp.runs[0].font.small_caps = True
    fp = sec.footer.paragraphs[0]
    fp.text = "Justerandes signatur ........    Utdragsbestyrkande ........"

    doc.add_heading("Protokoll – Individ- och familjeomsorgsutskottet", level=1)
    doc.add_paragraph("Sammanträdesdatum: 2025-06-11\nPlats och tid: Stadshuset, sammanträdesrum Särö, kl. 08.30–10.15")
    doc.add_paragraph("Beslutande: Ordförande, vice ordförande och en ledamot (enligt närvarolista)\n"
                      "Övriga närvarande: Enhetschef barn och unga, socialsekreterare (föredragande), nämndsekreterare")
    doc.add_paragraph("Justerare: Vice ordförande\nJusteringens tid och plats: 2025-06-13, Socialförvaltningen")
    doc.add_paragraph("Sekretess: Paragrafen innehåller uppgifter som omfattas av sekretess enligt 26 kap. 1 § OSL.")

    doc.add_heading("§ 87  Placering av ungdom på HVB enligt socialtjänstlagen", level=2)
    doc.add_paragraph("Dnr IFO 2025/XXX")
    bold_label(doc, "Beslut")
    doc.add_paragraph(
        "Individ- och familjeomsorgsutskottet beslutar att bevilja [namn], 15 år, vård i hem för vård "
        "eller boende (HVB) enligt 4 kap. 1 § SoL från och med 2025-06-16. Placeringen ska omprövas "
        "senast 2025-12-16. Vårdnadshavarna har samtyckt till insatsen."
    )
    bold_label(doc, "Ärendet")
    doc.add_paragraph(
        "Ungdomen har sedan hösten 2024 haft en omfattande skolfrånvaro, har vid upprepade tillfällen "
        "varit försvunnen från hemmet nattetid och har polisanmälts för ringa narkotikabrott. "
        "Öppenvårdsinsatser (MST och kontaktperson) har prövats utan tillräcklig effekt. "
        "BUP Halland, mottagning Kungsbacka, har pågående kontakt med ungdomen."
    )
    doc.add_paragraph(
        "En samordnad individuell plan (SIP) upprättades 2025-05-28 med socialtjänsten, BUP och "
        "skolan. Av SIP:en framgår att BUP behåller behandlingskontakten under placeringen och att "
        "skolgången ska ordnas via HVB-hemmets skola. SIP:en följs upp av socialtjänsten och är inte "
        "en del av detta beslut."
    )
    bold_label(doc, "Beslutsunderlag")
    for t in [
        "Tjänsteskrivelse från socialsekreterare, 2025-06-04",
        "Utredning enligt 11 kap. 1 § SoL, avslutad 2025-06-02",
        "Yttrande från BUP Halland, 2025-05-30",
    ]:
        doc.add_paragraph(t, style="List Bullet")
    bold_label(doc, "Yrkanden")
    doc.add_paragraph("Ordföranden yrkar bifall till förvaltningens förslag. Utskottet bifaller yrkandet.")
    bold_label(doc, "Beslutet skickas till")
    doc.add_paragraph("Vårdnadshavare, ungdomen, HVB-hemmet, akten")

    doc.add_paragraph("")
    doc.add_paragraph("Ordförande ____________________\t\tJusterare ____________________")
    doc.add_paragraph("Sekreterare ____________________")

    fix_core(doc, "Protokoll IFU 2025-06-11", author="Nämndsekreterare")
    doc.save(path(8, "docx"))


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
    for n in (1, 5, 7, 8):
        normalize_zip(path(n, "docx"))
    print("done:", sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()
