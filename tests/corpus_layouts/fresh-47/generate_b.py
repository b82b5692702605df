#!/usr/bin/env python
"""Generate the f47b batch of fictional, anonymized SIP plans into plans/.

Run with /work/batches/.venv/bin/python generate.py
Deterministic: fixed dates, no randomness. Calls LibreOffice for f47b-06.pdf.
"""
import os
import shutil
import subprocess
import textwrap

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
PREFIX = "f47b"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_I = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"
LO_PROFILE = "file:///tmp/lo-f47b"

# Fixed core properties so that the .docx files are the same on every run
FIXED_DATE = None


def fn(nn, ext):
    return os.path.join(OUT, f"{PREFIX}-{nn:02d}.{ext}")


def fix_core(doc, author, title):
    import datetime
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    d = datetime.datetime(2025, 3, 1, 9, 0, 0)
    cp.created = d
    cp.modified = d
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
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trPr.append(th)


def cell_text(cell, text, bold=False, size=None, italic=False, color=None):
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
    return p


def add_label_value(doc, label, value):
    p = doc.add_paragraph()
    r = p.add_run(label + " ")
    r.bold = True
    p.add_run(value)
    return p


# ---------------------------------------------------------------------------
# 01: docx, Heading 2 per part, table "Vad ska göras? | Vem och när?"
# ---------------------------------------------------------------------------
def plan01():
    doc = Document()
    fix_core(doc, "Malin", "SIP Elias")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.3)
    hp = sec.header.paragraphs[0]
    hp.text = "Luleå kommun • Region Norrbotten\tSamordnad individuell plan"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "SIP – upprättad vid utskrivningsplanering, Psykiatriska kliniken Sunderby sjukhus"
    fp.runs[0].font.size = Pt(8)

    doc.add_heading("Samordnad individuell plan (SIP)", level=1)

    doc.add_heading("Grunduppgifter", level=2)
    add_label_value(doc, "Namn:", "Elias")
    add_label_value(doc, "Personnummer:", "ÅÅMMDD-XXXX")
    add_label_value(doc, "Datum för SIP-möte:", "2025-03-10")
    add_label_value(doc, "Plats:", "Avdelning 52 (psykosavdelningen), Sunderby sjukhus")

    doc.add_heading("Bakgrund", level=2)
    doc.add_paragraph(
        "Elias är 22 år och har vårdats på avdelning 52 sedan 2025-01-28 efter ett första "
        "psykosinsjuknande. Innan dess bodde han i studentkorridor i Luleå, men han sade upp "
        "kontraktet under hösten när han mådde sämre och har sedan dess bott hos kompisar och "
        "periodvis hos sin mamma i Gammelstad. Han har hyresskulder på ca 14 000 kr och har inte "
        "haft någon inkomst sedan november. Psykossymtomen har minskat på antipsykotisk medicin "
        "och han har haft flera permissioner som gått bra. Utskrivning är planerad till 2025-03-14.")

    doc.add_heading("Syfte med planen", level=2)
    doc.add_paragraph(
        "Planen ska samordna utskrivningen från avdelning 52 så att Elias har ett boende, fortsatt "
        "psykiatrisk behandling och en ordnad ekonomi när han lämnar sjukhuset, och så att ingen "
        "kontakt faller bort i övergången mellan slutenvården, psykosmottagningen och socialtjänsten.")

    doc.add_heading("Elias egna mål", level=2)
    doc.add_paragraph(
        "”Jag vill ha en egen lägenhet igen och börja läsa in matten på Komvux till hösten. "
        "Jag vill inte hamna på avdelningen igen.”")

    doc.add_heading("Elias synpunkter och önskemål", level=2)
    doc.add_paragraph(
        "Elias deltog under hela mötet. Han vill helst bo i en egen lägenhet med boendestöd och "
        "inte på ett boende med personal. Han tycker att medicinen gör honom trött på förmiddagarna "
        "och vill ta upp dosen med läkaren på psykosmottagningen. Han vill att mamma får ta del av planen.")

    doc.add_heading("Samtycke", level=2)
    doc.add_paragraph("Samtycke till SIP finns.")

    doc.add_heading("Insatser", level=2)
    rows = [
        ("Läkemedelsgenomgång inför hemgång och recept på antipsykotisk medicin för tre månader. "
         "Epikris skickas till psykosmottagningen.",
         "Avdelning 52, Sunderby sjukhus, ansvarig läkare – före utskrivning 2025-03-14"),
        ("Första besök på psykosmottagningen. Fast vårdkontakt utses, genomgång av medicinering "
         "och trötthet.",
         "Psykosmottagningen Luleå, sjuksköterska Anna – 2025-03-19"),
        ("Beslut om tillfällig försökslägenhet tills Elias har fått ett eget kontrakt.",
         "Socialsekreterare Malin, Socialtjänsten Luleå, vuxenenheten – beslut senast 2025-03-13"),
        ("Boendestöd två gånger i veckan: hjälp med struktur i vardagen, inköp, tvätt och post.",
         "Boendestödet, Luleå kommun"),
        ("Ansökan om ekonomiskt bistånd för mars och april.",
         "Socialsekreterare Malin, vuxenenheten – ansökan görs tillsammans med Elias 2025-03-12"),
        ("Genomgång av hyresskulden och förslag på avbetalningsplan till hyresvärden.",
         "Budget- och skuldrådgivningen, Luleå kommun – första besök 2025-04-02"),
        ("Bedömning av aktivitetsförmåga och dagliga rutiner av arbetsterapeut.",
         "Regionen"),
    ]
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    hdr = t.rows[0]
    mark_header_row(hdr)
    for c, txt in zip(hdr.cells, ("Vad ska göras?", "Vem och när?")):
        cell_text(c, txt, bold=True)
        set_cell_shading(c, "D9E2F3")
    for a, b in rows:
        r = t.add_row()
        cell_text(r.cells[0], a)
        cell_text(r.cells[1], b)
    for r in t.rows:
        r.cells[0].width = Cm(9.5)
        r.cells[1].width = Cm(6.9)

    doc.add_heading("Andra aktörer", level=2)
    doc.add_paragraph(
        "Elias kan bli aktuell för Försäkringskassan (aktivitetsersättning) längre fram. "
        "Mamma är ett viktigt stöd för honom.")

    doc.add_heading("Huvudansvar för planen", level=2)
    doc.add_paragraph("Socialsekreterare Malin, Socialtjänsten Luleå, vuxenenheten.")

    doc.add_heading("Deltagare", level=2)
    for line in [
        "Elias",
        "Eva, mamma (på Elias begäran)",
        "Malin, socialsekreterare, Socialtjänsten Luleå, vuxenenheten",
        "Jonas, överläkare, avdelning 52, Sunderby sjukhus",
        "Hanna, skötare och kontaktperson, avdelning 52, Sunderby sjukhus",
        "Anna, sjuksköterska, Psykosmottagningen Luleå",
        "Tobias, boendestödjare, Boendestödet Luleå kommun",
    ]:
        doc.add_paragraph(line, style="List Bullet")

    doc.add_heading("Uppföljning", level=2)
    doc.add_paragraph(
        "Uppföljande SIP-möte 2025-04-23 kl. 13.30 på Psykosmottagningen Luleå. "
        "Malin skickar kallelse.")
    doc.save(fn(1, "docx"))


# ---------------------------------------------------------------------------
# 02: fpdf2, two columns: person's story left, measures right, thin rule
# ---------------------------------------------------------------------------
class Pdf02(FPDF):
    def header(self):
        self.set_font("DV", "B", 15)
        self.set_xy(15, 12)
        self.cell(120, 8, "SIP – Samordnad individuell plan")
        self.set_font("DV", "", 8)
        self.set_xy(125, 11)
        self.multi_cell(70, 4, "Skellefteå kommun • Region Västerbotten\nUtskrivet 2025-02-12\n"
                        f"Sida {self.page_no()} ({{nb}})", align="R")
        self.set_draw_color(0, 0, 0)
        self.set_line_width(0.5)
        self.line(15, 24, 195, 24)


def plan02():
    pdf = Pdf02(format="A4")
    pdf.add_font("DV", "", FONT)
    pdf.add_font("DV", "B", FONT_B)
    pdf.add_font("DV", "I", FONT_I)
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(False)
    pdf.set_creation_date(__import__("datetime").datetime(2025, 2, 12, 10, 0, 0))
    pdf.set_author("Socialtjänsten Skellefteå")
    pdf.set_title("SIP Jonas")
    pdf.add_page()

    pdf.set_font("DV", "", 9.5)
    pdf.set_xy(15, 27)
    pdf.cell(60, 5, "Namn: Jonas")
    pdf.cell(60, 5, "Personnummer: XXXXXX-XXXX")
    pdf.cell(60, 5, "Datum för SIP-möte: 2025-02-11")
    pdf.set_xy(15, 33)
    pdf.set_font("DV", "B", 9.5)
    pdf.cell(14, 5, "Syfte:")
    pdf.set_font("DV", "", 9.5)
    pdf.cell(100, 5, "Samordning.")
    pdf.set_line_width(0.2)
    pdf.line(15, 40, 195, 40)

    top = 44
    lx, lw = 15, 84
    rx, rw = 111, 84
    # thin vertical rule between the columns
    pdf.set_line_width(0.15)
    pdf.set_draw_color(110, 110, 110)
    pdf.line(105, top, 105, 272)
    pdf.set_draw_color(0, 0, 0)

    # ---- left column
    pdf.set_xy(lx, top)
    pdf.set_font("DV", "B", 11)
    pdf.multi_cell(lw, 6, "Min berättelse och mina mål", new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.set_x(lx)
    pdf.set_font("DV", "I", 8.5)
    pdf.multi_cell(lw, 4.5, "(Jonas egna ord)", new_x="LEFT", new_y="NEXT", align="L")
    pdf.ln(1.5)
    story = [
        "Jag är 48 år och har jobbat som svetsare i hela mitt liv, senast på en verkstad här i "
        "Skellefteå. För två år sedan skilde jag mig och sen dess har det gått utför. Jag har "
        "druckit för mycket, mest på kvällarna och helgerna, och i höstas blev jag sjukskriven "
        "för depression. Jag sover dåligt och har svårt att ta tag i räkningar och post.",
        "Det viktigaste för mig är min dotter. Hon är 12 år och jag träffar henne bara ibland "
        "nu, för hennes mamma vill inte att hon sover över hos mig när jag dricker.",
    ]
    for para in story:
        pdf.set_x(lx)
        pdf.set_font("DV", "", 9.5)
        pdf.multi_cell(lw, 5, para, new_x="LEFT", new_y="NEXT", align="L")
        pdf.ln(2)
    pdf.set_x(lx)
    pdf.set_font("DV", "B", 9.5)
    pdf.multi_cell(lw, 5, "Mina mål", new_x="LEFT", new_y="NEXT", align="L")
    goals = [
        "Jag vill vara nykter och må så bra att jag kan ha min dotter varannan helg igen.",
        "Jag vill tillbaka till jobb, kanske inte som svetsare men något med händerna.",
        "Jag vill få ordning på räkningarna så att jag slipper fler inkassobrev.",
    ]
    pdf.set_font("DV", "", 9.5)
    for g in goals:
        y = pdf.get_y()
        pdf.set_xy(lx, y)
        pdf.cell(4, 5, "•")
        pdf.set_xy(lx + 4, y)
        pdf.multi_cell(lw - 4, 5, g, new_x="LEFT", new_y="NEXT", align="L")
    pdf.ln(2)
    pdf.set_x(lx)
    pdf.multi_cell(lw, 5,
                   "Jag skrev det här tillsammans med Emma på socialtjänsten innan mötet. "
                   "Jag kunde inte vara med på mötet den 11 februari.",
                   new_x="LEFT", new_y="NEXT", align="L")
    pdf.ln(5)
    pdf.set_x(lx)
    pdf.set_font("DV", "B", 9.5)
    pdf.multi_cell(lw, 5, "Samtycke", new_x="LEFT", new_y="NEXT", align="L")
    pdf.set_x(lx)
    pdf.set_font("DV", "", 9.5)
    pdf.multi_cell(lw, 5,
                   "Jonas har lämnat skriftligt samtycke till SIP på kommunens blankett "
                   "2025-02-04.", new_x="LEFT", new_y="NEXT", align="L")

    # ---- right column
    pdf.set_xy(rx, top)
    pdf.set_font("DV", "B", 11)
    pdf.multi_cell(rw, 6, "Verksamheternas insatser", new_x="LEFT", new_y="NEXT", align="L")
    pdf.ln(1.5)
    measures = [
        "Vuxenenheten, Socialtjänsten Skellefteå (socialsekreterare Emma): öppenvårdsprogram "
        "för alkoholproblem, 12 veckor, två träffar i veckan. Start 2025-02-17.",
        "Beroendemottagningen Skellefteå, Region Västerbotten (läkare): bedömning av "
        "läkemedel mot alkoholsug. Besök 2025-02-20.",
        "Regionen: översyn av den antidepressiva medicineringen.",
        "Vårdcentralen Morö Backe (distriktssköterska): provtagning av levervärden en gång "
        "i månaden, första gången vecka 9.",
        "Budget- och skuldrådgivningen, Skellefteå kommun: genomgång av skulderna och kontakt "
        "med Kronofogden. Första besök 2025-03-03.",
        "Arbetsförmedlingen (handläggare): kartläggning inför arbetsträning. Möte 2025-03-05.",
        "Jonas själv: går på AA-möte i Skellefteå varje torsdag och lämnar alkoholprov på "
        "beroendemottagningen enligt schema.",
    ]
    pdf.set_font("DV", "", 9.5)
    for m in measures:
        y = pdf.get_y()
        pdf.set_xy(rx, y)
        pdf.cell(4, 5, "•")
        pdf.set_xy(rx + 4, y)
        pdf.multi_cell(rw - 4, 5, m, new_x="LEFT", new_y="NEXT", align="L")
        pdf.ln(1.5)
    pdf.ln(3)
    for label, value in (("Huvudansvar:", "Socialtjänsten."),
                         ("Uppföljning:", "Om ca tre månader.")):
        y = pdf.get_y()
        pdf.set_xy(rx, y)
        pdf.set_font("DV", "B", 9.5)
        pdf.cell(27, 5, label)
        pdf.set_font("DV", "", 9.5)
        pdf.cell(rw - 27, 5, value, new_x="LEFT", new_y="NEXT", align="L")
        pdf.ln(1)

    pdf.set_line_width(0.2)
    pdf.line(15, 276, 195, 276)
    pdf.set_xy(15, 277)
    pdf.set_font("DV", "", 7)
    pdf.cell(180, 4, "Planen förvaras i socialtjänstens akt och i journalen hos respektive vårdgivare.")
    pdf.output(fn(2, "pdf"))


# ---------------------------------------------------------------------------
# 03: txt, dictated and transcribed note (UTF-8, CRLF)
# ---------------------------------------------------------------------------
def plan03():
    paras = [
        "Det här gäller G., 86 år, personnummer ÅÅMMDD-XXXX, som bor ensam i en lägenhet i "
        "centrala Mora och som skrevs ut från ortopeden på Mora lasarett den 24 februari efter "
        "att ha opererats för en höftfraktur, han ramlade i badrummet i början av februari och "
        "låg på golvet i flera timmar innan hemtjänsten hittade honom vid kvällsbesöket. Mötet "
        "hölls hemma hos G. måndagen den 3 mars 2025 och där deltog förutom G. själv hans dotter "
        "Anna, distriktssköterska Karin från Vårdcentralen Mora, fysioterapeut Per från "
        "hemrehabiliteringen i Mora kommun, undersköterska Sofie som är kontaktman i hemtjänsten "
        "Mora centrum, och jag själv, biståndshandläggare Lena från äldreomsorgen i Mora kommun. "
        "Syftet med mötet var att samordna insatserna kring G. efter hemgången från ortopeden, "
        "nu när både hemtjänsten, hemsjukvården, hemrehabiliteringen och vårdcentralen är "
        "inkopplade och G. har mer hjälp hemma än han hade före fallet.",
        "Frågeställningar inför mötet: stämma av läget efter hemgången.",
        "Karin berättade att såret har läkt bra och att stygnen togs på vårdcentralen förra "
        "veckan. G. går fortfarande med rollator inomhus och Per tycker att han är osäker i "
        "vändningar och vid toaletten. Anna berättade att pappa har blivit mer glömsk sedan "
        "operationen, att han ibland ringer henne på kvällen och inte vet vilken dag det är, och "
        "att hon är orolig för att han ska ta fel på tabletterna. Anna bor i Orsa och kommer hit "
        "ungefär en gång i veckan. Sofie sa att personalen har märkt att G. äter dåligt till "
        "middag och att matlådorna ibland står orörda i kylen. G. var trött under mötet och satt "
        "mest och lyssnade (ohörbart) men var med hela tiden.",
        "Vi kom överens om att hemtjänsten fortsätter som tidigare med de insatser som finns i "
        "beslutet och att hemsjukvården ger stöd vid behov, det får Karin och Sofie stämma av "
        "sinsemellan. Per sa att rehab kommer ut vid behov och att personalen får höra av sig "
        "till honom om det blir sämre. Kontakten med vårdcentralen fortsätter som vanligt när det "
        "gäller läkemedlen och kommunen tar det övriga. Anna hjälper också till en del när hon "
        "är här.",
        "Nästa uppföljning blir tisdagen den 15 april 2025 klockan 10.00 hemma hos G. Kallelse "
        "skickas ut till alla som var med. Slut på diktatet.",
    ]
    lines = [
        "MINNESANTECKNING SIP-MÖTE – DIKTAT",
        "Transkriberat 2025-03-05, Mora kommun, äldreomsorgen",
        "Dikterat av: biståndshandläggare Lena",
        "",
    ]
    for p in paras:
        lines.extend(textwrap.wrap(p, width=76))
        lines.append("")
    text = "\r\n".join(lines) + "\r\n"
    with open(fn(3, "txt"), "w", encoding="utf-8", newline="") as f:
        f.write(text)


# ---------------------------------------------------------------------------
# 04: Markdown school-health plan, one table per actor
# ---------------------------------------------------------------------------
def plan04():
    md = """# SIP – Samordnad individuell plan

**Elev:** Ella, åk 7, Furuskolan, Lycksele
**Personnummer:** XXXXXX-XXXX
**Datum för möte:** 2025-02-13
**Plats:** Elevhälsans konferensrum, Furuskolan

## Närvarande

Ella, Sara (mamma), Maria, Johan, Lina, Anders

## Bakgrund

Ella har haft hög frånvaro sedan oktober. Under januari var hon i skolan ungefär 30 % av
tiden. Hon har ont i magen och huvudet på morgnarna och blir ofta kvar hemma. BUP Lycksele
har haft kontakt sedan december och bedömt att hon har ångest med fokus på skolsituationen.
Familjen sökte själv stöd hos socialtjänsten i januari.

## Frågeställningar

- Hur kan Ella komma tillbaka till skolan stegvis, med start efter sportlovet?
- Hur kan mamma få stöd på morgnarna när Ella inte kommer iväg?
- Behöver Ella en neuropsykiatrisk utredning?

## Mål

Målet är att Ella ska ha minst 60 % närvaro i mars och kunna delta på idrotten igen
före sommarlovet.

## Insatser

### Skolan

| Insats | När |
|---|---|
| Anpassat schema: de två första lektionerna varje dag, mentor möter Ella vid entrén | Från 2025-02-24 |
| Mentor ringer hem kl. 08.15 de dagar Ella inte har kommit | Från 2025-02-24 |
| Skolkurator: samtal med Ella en gång i veckan | Onsdagar från v. 9 |
| Specialpedagog kartlägger skolsituationen och föreslår anpassningar | Klar 2025-03-21 |

### BUP

| Insats | När |
|---|---|
| KBT för ångest hos psykolog | Tisdagar från 2025-02-18 |
| Läkarbedömning av om neuropsykiatrisk utredning behövs |  |

### Socialtjänsten

| Insats | När |
|---|---|
| Familjebehandlare: hembesök och stöd till mamma kring morgonrutinerna | Två gånger i veckan under mars |
| Samtal med båda vårdnadshavarna om samarbetet kring Ella | 2025-03-06 |

## Samtycke

Vårdnadshavarna har samtyckt till SIP.

## Huvudansvar

Skolkuratorn, Furuskolan, Lycksele kommun.

## Uppföljning

Uppföljning vecka 14.
"""
    with open(fn(4, "md"), "w", encoding="utf-8") as f:
        f.write(md)


# ---------------------------------------------------------------------------
# 05: docx with titled content controls (w:sdt/w:alias) and w14 checkboxes
# ---------------------------------------------------------------------------
_sdt_id = [700100]
PLACEHOLDER = "Klicka eller tryck här för att ange text."
PLACEHOLDER_DATE = "Klicka eller tryck här för att ange datum."


def _next_id():
    _sdt_id[0] += 7
    return str(_sdt_id[0])


def _sdt_pr(alias, showing_placeholder=False, date=None, text=True):
    xml = (f'<w:sdtPr {nsdecls("w")}><w:alias w:val="{alias}"/><w:tag w:val="{alias}"/>'
           f'<w:id w:val="{_next_id()}"/>')
    if showing_placeholder:
        xml += '<w:showingPlcHdr/>'
    if date is not None:
        full = f' w:fullDate="{date}T00:00:00Z"' if date else ""
        xml += (f'<w:date{full}><w:dateFormat w:val="yyyy-MM-dd"/><w:lid w:val="sv-SE"/>'
                '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>')
    elif text:
        xml += '<w:text w:multiLine="1"/>'
    xml += '</w:sdtPr>'
    return parse_xml(xml)


def _placeholder_run(text):
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    col = OxmlElement("w:color")
    col.set(qn("w:val"), "808080")
    rpr.append(col)
    r.append(rpr)
    t = OxmlElement("w:t")
    t.text = text
    r.append(t)
    return r


def wrap_paragraph_in_sdt(paragraph, alias, empty=False, date=None):
    """Block-level content control around a paragraph (body or table cell)."""
    p = paragraph._p
    sdt = OxmlElement("w:sdt")
    sdt.append(_sdt_pr(alias, showing_placeholder=empty, date=date))
    content = OxmlElement("w:sdtContent")
    sdt.append(content)
    p.addprevious(sdt)
    content.append(p)
    if empty:
        for r in list(p.findall(qn("w:r"))):
            p.remove(r)
        p.append(_placeholder_run(PLACEHOLDER_DATE if date is not None else PLACEHOLDER))
    return sdt


def add_run_sdt(paragraph, alias, value, date=None):
    """Inline content control (run level) inside a paragraph."""
    sdt = OxmlElement("w:sdt")
    empty = not value
    sdt.append(_sdt_pr(alias, showing_placeholder=empty, date=date))
    content = OxmlElement("w:sdtContent")
    if empty:
        content.append(_placeholder_run(PLACEHOLDER_DATE if date is not None else PLACEHOLDER))
    else:
        r = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.text = value
        t.set(qn("xml:space"), "preserve")
        r.append(t)
        content.append(r)
    sdt.append(content)
    paragraph._p.append(sdt)
    return sdt


def add_checkbox(paragraph, alias, checked, label):
    sym = "☒" if checked else "☐"
    xml = (
        f'<w:sdt {nsdecls("w", "w14")}><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias}"/>'
        f'<w:id w:val="{_next_id()}"/>'
        f'<w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
        '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
        '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
        '<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" '
        f'w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr><w:t>{sym}</w:t></w:r></w:sdtContent></w:sdt>'
    )
    paragraph._p.append(parse_xml(xml))
    r = paragraph.add_run(" " + label + "    ")
    return r


def plan05():
    doc = Document()
    fix_core(doc, "Erik", "SIP Sanna")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hp.text = "Region Dalarna • Borlänge kommun"
    hp.runs[0].font.size = Pt(8)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.text = "Mall: SIP Dalarna, gemensam för kommun och region"
    fp.runs[0].font.size = Pt(7)

    t = doc.add_paragraph()
    r = t.add_run("SAMORDNAD INDIVIDUELL PLAN – SIP")
    r.bold = True
    r.font.size = Pt(16)

    def label(text):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(8)
        p.paragraph_format.space_after = Pt(2)
        rr = p.add_run(text)
        rr.bold = True
        return p

    # short fields, inline controls
    p = doc.add_paragraph()
    p.add_run("Namn: ").bold = True
    add_run_sdt(p, "Namn", "Sanna")
    p.add_run("\tPersonnummer: ").bold = True
    add_run_sdt(p, "Personnummer", "ÅÅMMDD-XXXX")
    p = doc.add_paragraph()
    p.add_run("Datum för SIP-möte: ").bold = True
    add_run_sdt(p, "Datum för SIP-möte", "2025-01-20", date="2025-01-20")
    p.add_run("\tPlats: ").bold = True
    add_run_sdt(p, "Plats", "Socialtjänsten Borlänge, mötesrum 3")

    fields = [
        ("Syfte med SIP", "Syfte",
         "Sanna har fått ett nytt skov av sin MS i december och orkar inte längre med morgnarna "
         "och lämningen på förskolan de veckor sambon arbetar skift. Planen ska samordna stödet "
         "från neurologmottagningen, rehab, hemtjänsten och förskolan så att Sanna och barnen "
         "(2 och 4 år) får en fungerande vardag och Sanna kan spara kraft till sin rehabilitering."),
        ("Frågeställningar inför mötet", "Frågeställningar", None),
        ("Mina mål (med egna ord)", "Mina mål",
         "”Jag vill orka vara mamma på riktigt, alltså hämta barnen och leka med dem på "
         "eftermiddagen och inte bara ligga i soffan. Till hösten vill jag tillbaka till mitt "
         "jobb på 50 procent.”"),
        ("Min delaktighet och mina önskemål", "Delaktighet",
         "Sanna var med på hela mötet. Hon vill inte att hemtjänsten kommer tidigare än kl. 07.30 "
         "och hon vill ha så få olika personal som möjligt. Hon vill att barnen får vara kvar på "
         "förskolan Lärkan och inte byta grupp."),
    ]
    for heading, alias, value in fields:
        label(heading)
        p = doc.add_paragraph(value or "")
        wrap_paragraph_in_sdt(p, alias, empty=value is None)

    label("Samtycke")
    p = doc.add_paragraph()
    add_checkbox(p, "Muntligt samtycke", True, "Muntligt samtycke")
    add_checkbox(p, "Skriftligt samtycke", False, "Skriftligt samtycke (blankett)")
    add_checkbox(p, "Ställföreträdare", False, "Samtycke genom ställföreträdare")
    p = doc.add_paragraph()
    p.add_run("Datum för samtycke: ").bold = True
    add_run_sdt(p, "Datum för samtycke", "2025-01-20", date="2025-01-20")

    label("Deltagare")
    parts = [
        ("Sanna", "Den enskilde", "–"),
        ("Daniel", "Sambo", "–"),
        ("Helena", "MS-sjuksköterska", "Neurologmottagningen, Falu lasarett, Region Dalarna"),
        ("Frida", "Fysioterapeut", "Neurorehab Dalarna, Region Dalarna"),
        ("Erik", "Biståndshandläggare", "Socialtjänsten Borlänge, vård och omsorg"),
        ("Mona", "Arbetsterapeut", "Hemrehab Borlänge kommun"),
        ("Karin", "Rektor", "Förskolan Lärkan, Borlänge kommun"),
    ]
    tbl = doc.add_table(rows=1, cols=3)
    tbl.style = "Table Grid"
    mark_header_row(tbl.rows[0])
    for c, h in zip(tbl.rows[0].cells, ("Namn", "Funktion", "Verksamhet")):
        cell_text(c, h, bold=True)
        set_cell_shading(c, "E7E6E6")
    for row in parts:
        r = tbl.add_row()
        for i, v in enumerate(row):
            r.cells[i].text = v
            wrap_paragraph_in_sdt(r.cells[i].paragraphs[0], ("Namn", "Funktion", "Verksamhet")[i])

    label("Insatser")
    ins = [
        ("Hemtjänst vardagar kl. 07.30–08.30: hjälp att klä barnen, frukost och följa med till "
         "förskolan de veckor Daniel arbetar tidigt.",
         "Hemtjänsten Borlänge söder (beslut: biståndshandläggare Erik)", "Från 2025-02-03"),
        ("Byte av bromsmedicin och uppföljning av skovet med MR.",
         "Neurologmottagningen, Falu lasarett, neurolog", "MR 2025-02-26, läkarbesök 2025-03-10"),
        ("Fysioterapi i grupp och träning i energibesparande strategier.",
         "Neurorehab Dalarna, fysioterapeut Frida", "Tisdagar från 2025-02-11"),
        ("Utprovning av hjälpmedel: duschpall och rollator för utomhusbruk.",
         "Hemrehab Borlänge kommun, arbetsterapeut Mona", "Hembesök 2025-02-05"),
        ("Utökad vistelsetid för båda barnen, kl. 08.00–16.00.",
         "Förskolan Lärkan, rektor", "Från 2025-02-03"),
    ]
    tbl = doc.add_table(rows=1, cols=3)
    tbl.style = "Table Grid"
    mark_header_row(tbl.rows[0])
    for c, h in zip(tbl.rows[0].cells, ("Insats", "Ansvarig verksamhet/funktion", "När")):
        cell_text(c, h, bold=True)
        set_cell_shading(c, "E7E6E6")
    for row in ins:
        r = tbl.add_row()
        for i, v in enumerate(row):
            r.cells[i].width = (Cm(8), Cm(5.5), Cm(3.5))[i]
            r.cells[i].text = v
            wrap_paragraph_in_sdt(r.cells[i].paragraphs[0],
                                  ("Insats", "Ansvarig", "När")[i])
    for i, c in enumerate(tbl.rows[0].cells):
        c.width = (Cm(8), Cm(5.5), Cm(3.5))[i]

    label("Andra aktörers insatser (t.ex. Försäkringskassan, Arbetsförmedlingen, närstående)")
    p = doc.add_paragraph(
        "Daniel (sambo) lämnar barnen på förskolan de veckor han inte arbetar tidigt och gör alla "
        "hämtningar. Försäkringskassan (handläggare) prövar Sannas ansökan om sjukpenning på "
        "deltid; Sanna skickar in läkarintyget från neurologmottagningen senast 2025-01-31.")
    wrap_paragraph_in_sdt(p, "Andra aktörer")

    label("Huvudansvarig för planen")
    p = doc.add_paragraph("Neurologmottagningen, Falu lasarett")
    wrap_paragraph_in_sdt(p, "Huvudansvarig")

    label("Datum för uppföljning")
    p = doc.add_paragraph()
    wrap_paragraph_in_sdt(p, "Datum för uppföljning", empty=True, date="")
    doc.save(fn(5, "docx"))


# ---------------------------------------------------------------------------
# 06: easy Swedish, symbols as words, html -> pdf via LibreOffice
# ---------------------------------------------------------------------------
def plan06():
    sections = [
        ("pusselbitar", "Varför har vi möte?",
         ["Alla som hjälper dig ska samarbeta.", "Det heter SIP."]),
        ("frågetecken", "Det här pratar vi om",
         ["Hur det går för dig."]),
        ("människor runt ett bord", "De här var med på mötet",
         ["Du", "Mamma", "Lisa", "Omar", "Karin", "Peter"]),
        ("pratbubbla", "Det här sa du",
         ["Du vill flytta hemifrån.", "Du vill flytta i juni.",
          "Du vill inte träffa många nya personer på en gång.",
          "Du vill ha din dator i ditt rum."]),
        ("stjärna", "Dina mål",
         ["”Jag vill bo i en egen lägenhet på Solrosen.”",
          "”Jag vill jobba med datorer på dagarna.”"]),
        ("handslag", "Får vi prata med varandra om dig?",
         ["Ja, sa du på mötet 9 april 2025.", "Mamma var med när du sa ja."]),
        ("hus", "Ditt nya boende",
         ["Du ska bo på gruppbostaden Solrosen.",
          "Lisa är LSS-handläggare.",
          "Lisa skickar beslutet till dig senast 30 april.",
          "Omar jobbar på Solrosen.",
          "Du får besöka Solrosen 3 gånger i maj.",
          "Omar bestämmer dagarna med dig."]),
        ("läkare", "Din hälsa",
         ["Karin jobbar på Habiliteringen i Kiruna.",
          "Karin gör ett schema med bilder för din dag.",
          "Regionen ser över din medicin."]),
        ("verktyg", "Dina dagar",
         ["Du börjar på daglig verksamhet i Datagruppen.",
          "Du börjar 2 juni 2025.",
          "Lisa ordnar det."]),
        ("plånbok", "Pengar",
         ["Peter är din gode man.",
          "Peter betalar din hyra varje månad från juni.",
          "Peter hjälper dig att söka bostadstillägg hos Försäkringskassan i maj."]),
        ("flyttkartong", "Flytten",
         ["Mamma hjälper dig att packa.",
          "Mamma kör dina saker till Solrosen 1 juni."]),
        ("person med nyckel", "Vem håller ihop planen?",
         ["Lisa har huvudansvar för planen."]),
        ("kalender", "Nästa möte",
         ["Vi träffas igen efter sommaren.", "Lisa skickar en inbjudan."]),
    ]
    parts = []
    for sym, head, lines in sections:
        parts.append(f'<div class="part"><p class="sym">[bild: {sym}]</p>\n<h2>{head}</h2>\n')
        for ln in lines:
            parts.append(f"<p>{ln}</p>\n")
        parts.append("</div>\n")
    html = f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>Din plan – SIP</title>
<style>
 body {{ font-family: 'DejaVu Sans', sans-serif; font-size: 15pt; line-height: 1.45; }}
 h1 {{ font-size: 24pt; margin-bottom: 4pt; }}
 h1, h2 {{ font-family: 'DejaVu Sans', sans-serif; }}
 h2 {{ font-size: 17pt; margin: 2pt 0 4pt 0; }}
 p {{ margin: 0 0 3pt 0; }}
 p.sym {{ color: #555555; font-size: 12pt; margin-top: 14pt; }}
 p.small {{ font-size: 10pt; color: #555555; }}
</style></head>
<body>
<p class="sym">[bild: papper och penna]</p>
<h1>Din plan – SIP</h1>
<p>Planen är för: Ali</p>
<p>Mötet var: 9 april 2025</p>
<p>Planen är skriven på lätt svenska.</p>
{''.join(parts)}
<p class="small">SIP betyder samordnad individuell plan. Kiruna kommun och Region Norrbotten gör planen tillsammans med dig.</p>
</body></html>
"""
    tmp = os.path.join(HERE, "build")
    os.makedirs(tmp, exist_ok=True)
    src = os.path.join(tmp, f"{PREFIX}-06.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html)
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
                    "--convert-to", "pdf:writer_web_pdf_Export", "--outdir", tmp, src],
                   check=True, stdout=subprocess.DEVNULL, timeout=180)
    shutil.move(os.path.join(tmp, f"{PREFIX}-06.pdf"), fn(6, "pdf"))


# ---------------------------------------------------------------------------
# 07: docx, measures in floating text boxes (one per actor)
# ---------------------------------------------------------------------------
_shape_id = [4100]
NS_TXBX = " ".join([
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"',
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"',
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"',
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"',
    'xmlns:v="urn:schemas-microsoft-com:vml"',
    'xmlns:o="urn:schemas-microsoft-com:office:office"',
    'xmlns:w10="urn:schemas-microsoft-com:office:word"',
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"',
])


def _txbx_paras_xml(title, lines):
    out = (f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val="20"/></w:rPr>'
           f'<w:t xml:space="preserve">{title}</w:t></w:r></w:p>')
    for ln in lines:
        out += (f'<w:p><w:pPr><w:spacing w:after="40"/></w:pPr><w:r><w:rPr><w:sz w:val="18"/></w:rPr>'
                f'<w:t xml:space="preserve">• {ln}</w:t></w:r></w:p>')
    return out


def textbox_run(x_cm, y_cm, w_cm, h_cm, title, lines):
    _shape_id[0] += 1
    sid = _shape_id[0]
    emu = 360000
    x, y, w, h = (int(v * emu) for v in (x_cm, y_cm, w_cm, h_cm))
    paras = _txbx_paras_xml(title, lines)
    xml = f'''<w:r {NS_TXBX}>
<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="{251659264 + sid}"
 behindDoc="0" locked="0" layoutInCell="1" allowOverlap="0">
<wp:simplePos x="0" y="0"/>
<wp:positionH relativeFrom="page"><wp:posOffset>{x}</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="page"><wp:posOffset>{y}</wp:posOffset></wp:positionV>
<wp:extent cx="{w}" cy="{h}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>
<wp:wrapSquare wrapText="bothSides"/>
<wp:docPr id="{sid}" name="Textruta {sid}"/>
<wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/>
<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{w}" cy="{h}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
<a:solidFill><a:srgbClr val="F2F7FC"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="2F5496"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{paras}</w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>
</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>
<v:shape id="Textruta {sid}" o:spid="_x0000_s{sid}" type="#_x0000_t202"
 style="position:absolute;margin-left:{x_cm}cm;margin-top:{y_cm}cm;width:{w_cm}cm;height:{h_cm}cm;z-index:{sid};mso-position-horizontal-relative:page;mso-position-vertical-relative:page"
 fillcolor="#f2f7fc" strokecolor="#2f5496"><v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox>
<w10:wrap type="square" anchorx="page" anchory="page"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'''
    return parse_xml(xml)


def plan07():
    doc = Document()
    fix_core(doc, "Sofia", "SIP Noah")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = Cm(2)
    sec.bottom_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hp.text = "Umeå kommun | Region Västerbotten"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Samordnad individuell plan – Noah"
    fp.runs[0].font.size = Pt(8)

    p = doc.add_paragraph()
    r = p.add_run("SIP – Samordnad individuell plan")
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = RGBColor(0x2F, 0x54, 0x96)

    p = doc.add_paragraph()
    p.add_run("Namn: ").bold = True
    p.add_run("Noah (17 år)      ")
    p.add_run("Personnummer: ").bold = True
    p.add_run("XXXXXX-XXXX      ")
    p.add_run("Datum: ").bold = True
    p.add_run("2025-02-25")

    def block(label, text):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(6)
        p.paragraph_format.space_after = Pt(0)
        p.add_run(label).bold = True
        doc.add_paragraph(text)

    block("Syfte", "Samordning av insatser.")
    block("Bakgrund",
          "Noah går andra året på fordonsprogrammet. Sedan i höstas har han använt cannabis flera "
          "gånger i veckan, vilket uppmärksammades av polisen i november och ledde till en "
          "orosanmälan. Frånvaron i skolan är runt 40 % och han riskerar att inte få betyg i flera "
          "kurser. Skolan har tagit upp att han kan ha koncentrationssvårigheter. "
          "Noah deltog inte på mötet.")
    block("Frågeställningar",
          "Hur ska Noah få stöd att sluta med cannabis och samtidigt klara sina kurser? "
          "Behöver han en ADHD-utredning, som skolan har tagit upp, och vem gör den i så fall?")
    block("Mål",
          "Målet är att Noah ska vara drogfri och ha godkänt i minst fyra kurser till sommaren.")
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(6)
    p.add_run("Insatser").bold = True
    anchor_p = doc.add_paragraph("Verksamheternas insatser står i rutorna nedan.")

    boxes = [
        (2.0, 14.2, "Socialtjänsten Umeå – Stöd till barn och unga",
         ["MI-samtal med behandlare Sofia en gång i veckan, från 2025-03-03.",
          "Föräldrastödssamtal med mamma och pappa varannan vecka, behandlare Sofia, "
          "från 2025-03-10."]),
        (10.8, 14.2, "Beroendecentrum Västerbotten, ungdomsteamet (Region Västerbotten)",
         ["Urinprov för drogkontroll varannan vecka, sjuksköterska, från 2025-03-05.",
          "Läkarbedömning av sömnproblemen, läkare, 2025-03-12."]),
        (2.0, 19.6, "BUP Umeå",
         ["Bedömning av om en ADHD-utredning ska påbörjas, psykolog, besök 2025-03-18."]),
        (10.8, 19.6, "Björkhagsgymnasiet, fordonsprogrammet",
         ["Anpassad studieplan med prioriterade kurser, mentor, klar 2025-03-14.",
          "Skolsköterskan träffar Noah varannan vecka från vecka 11."]),
    ]
    for x, y, title, lines in boxes:
        anchor_p._p.append(textbox_run(x, y, 8.2, 4.9, title, lines))

    block("Andra aktörer",
          "Föräldrarna och fotbollsföreningen är viktiga för Noah och kan vara ett stöd.")
    block("Huvudansvarig för planen",
          "Behandlare Sofia, Socialtjänsten Umeå, Stöd till barn och unga.")
    block("Uppföljning",
          "Uppföljande SIP-möte 2025-05-06 kl. 14.00 i socialtjänstens lokaler.")
    doc.save(fn(7, "docx"))


# ---------------------------------------------------------------------------
# 08: empty county template printed for a meeting
# ---------------------------------------------------------------------------
def plan08():
    doc = Document()
    fix_core(doc, "Ludvika kommun", "SIP – länsgemensam mall Dalarna")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Samordnad individuell plan (SIP) – länsgemensam mall, Dalarnas län"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Version 2024-09. Utskriven inför SIP-möte, Ludvika kommun."
    fp.runs[0].font.size = Pt(7)

    doc.add_heading("Samordnad individuell plan – SIP", level=1)

    def hint(text):
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.italic = True
        r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        r.font.size = Pt(9.5)
        return p

    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Namn", ""), ("Personnummer", "ÅÅMMDD-XXXX"),
                                ("Datum för SIP-möte", "ÅÅÅÅ-MM-DD"), ("Plats", "")]):
        cell_text(t.rows[i].cells[0], k, bold=True)
        set_cell_shading(t.rows[i].cells[0], "F2F2F2")
        cell_text(t.rows[i].cells[1], v, color="808080")

    doc.add_heading("1. Syfte med SIP", level=2)
    hint("Beskriv varför en SIP upprättas och vad den ska leda till för personen.")
    doc.add_paragraph()
    doc.add_heading("2. Frågeställningar inför mötet", level=2)
    hint("Vilka frågor behöver lösas på mötet? Formulera dem gärna tillsammans med personen.")
    doc.add_paragraph()
    doc.add_heading("3. Mina mål", level=2)
    hint("Personens egna mål, med egna ord.")
    doc.add_paragraph()
    doc.add_heading("4. Min delaktighet och mina önskemål", level=2)
    hint("Deltog personen? Vad tycker personen? Om personen inte deltog: ange varför och hur "
         "personens synpunkter har tagits tillvara.")
    doc.add_paragraph()
    doc.add_heading("5. Samtycke", level=2)
    p = doc.add_paragraph("☐ Muntligt samtycke     ☐ Skriftligt samtycke     Datum: ____________")
    hint("Ange hur och när samtycke har lämnats.")

    doc.add_heading("6. Deltagare", level=2)
    t = doc.add_table(rows=7, cols=3)
    t.style = "Table Grid"
    mark_header_row(t.rows[0])
    for c, h in zip(t.rows[0].cells, ("Namn", "Funktion", "Verksamhet/huvudman")):
        cell_text(c, h, bold=True)
        set_cell_shading(c, "DDEBF7")

    doc.add_heading("7. Insatser", level=2)
    hint("Vad ska göras, vem ansvarar (verksamhet och funktion) och när?")
    t = doc.add_table(rows=7, cols=4)
    t.style = "Table Grid"
    mark_header_row(t.rows[0])
    for c, h in zip(t.rows[0].cells, ("Insats/åtgärd", "Ansvarig verksamhet och funktion",
                                      "När", "Huvudman")):
        cell_text(c, h, bold=True)
        set_cell_shading(c, "DDEBF7")

    doc.add_heading("8. Andra aktörers insatser", level=2)
    hint("T.ex. Försäkringskassan, Arbetsförmedlingen, god man, närstående, personen själv. "
         "Om inga andra aktörer finns, skriv det.")
    doc.add_paragraph()
    doc.add_heading("9. Huvudansvar för planen", level=2)
    doc.add_paragraph("Namn/funktion: ______________________   Verksamhet: ______________________")
    doc.add_heading("10. Uppföljning", level=2)
    doc.add_paragraph("Datum för uppföljning: ____")
    doc.add_paragraph()
    doc.add_paragraph("Underskrift den enskilde / vårdnadshavare: ________________________________")
    doc.save(fn(8, "docx"))


def normalize_docx(path):
    """Rewrite the zip with fixed timestamps so the .docx is byte-identical on every run."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


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
        normalize_docx(fn(n, "docx"))
    shutil.rmtree(os.path.join(HERE, "build"), ignore_errors=True)
    print("written:", sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()
