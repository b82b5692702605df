#!/usr/bin/env python3
"""Generate the f84b- batch of fictional, anonymized SIP plans (Skåne, 2025).

Run with /work/batches/.venv/bin/python generate.py
Deterministic: no randomness, fixed dates. Calls soffice for f84b-02.pdf.
"""
import os
import shutil
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
PLANS = HERE / "plans"
BUILD = HERE / "build"
LO_PROFILE = "file:///tmp/lo-f84b"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_I = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"


# ---------------------------------------------------------------- helpers
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
    import datetime as _dt
    cp = doc.core_properties
    cp.author = "SIP"
    cp.last_modified_by = "SIP"
    cp.created = _dt.datetime(2025, 1, 1, 12, 0, 0)
    cp.modified = _dt.datetime(2025, 1, 1, 12, 0, 0)
    cp.revision = 1
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(2.0)
    sec.bottom_margin = Cm(2.0)
    return doc


def para_border_bottom(p, size=18, color="000000"):
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), str(size))
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), color)
    bdr.append(b)
    ppr.append(bdr)


def shade(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def set_table_borders(table, val="single", sz=4, color="808080"):
    tblpr = table._tbl.tblPr
    old = tblpr.find(qn("w:tblBorders"))
    if old is not None:
        tblpr.remove(old)
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), val)
        if val != "nil":
            e.set(qn("w:sz"), str(sz))
            e.set(qn("w:space"), "0")
            e.set(qn("w:color"), color)
        borders.append(e)
    tblpr.append(borders)


def mark_header_row(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def cell_margins(table, top=60, bottom=60, left=110, right=110):
    tblpr = table._tbl.tblPr
    mar = OxmlElement("w:tblCellMar")
    for k, v in (("top", top), ("left", left), ("bottom", bottom), ("right", right)):
        e = OxmlElement(f"w:{k}")
        e.set(qn("w:w"), str(v))
        e.set(qn("w:type"), "dxa")
        mar.append(e)
    tblpr.append(mar)


def set_col_widths(table, widths):
    """Set widths in tblGrid, tblW and every cell, with fixed layout (Word + LibreOffice)."""
    tbl = table._tbl
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    tblpr = tbl.tblPr
    tblw = tblpr.find(qn("w:tblW"))
    if tblw is None:
        tblw = OxmlElement("w:tblW")
        tblpr.append(tblw)
    tblw.set(qn("w:w"), str(int(sum(w.twips for w in widths))))
    tblw.set(qn("w:type"), "dxa")
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblpr.append(lay)
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w


def cell_text(cell, text, bold=False, size=None, italic=False, color=None, align=None):
    """Write text into the cell's first paragraph; '\n' makes new paragraphs."""
    parts = text.split("\n")
    p = cell.paragraphs[0]
    for i, t in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(t)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if align:
            p.alignment = align
        p.paragraph_format.space_after = Pt(2)
    return p


def footer_text(doc, text, size=8):
    p = doc.sections[0].footer.paragraphs[0]
    p.text = ""
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)


def header_text(doc, text, size=8, align=WD_ALIGN_PARAGRAPH.RIGHT):
    p = doc.sections[0].header.paragraphs[0]
    p.text = ""
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    p.alignment = align


def soffice_pdf(src: Path, outdir: Path):
    cmd = [
        "soffice",
        f"-env:UserInstallation={LO_PROFILE}",
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        str(outdir),
        str(src),
    ]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


# ================================================================ 01
def plan01():
    """Tab-stop layout, no tables. Malmö, adult with psychosis and debts."""
    doc = base_doc("Arial", 10.5)
    header_text(doc, "Malmö stad • Region Skåne        SIP – samordnad individuell plan")
    footer_text(doc, "Sekretess enligt OSL 26 kap. 1 § / 25 kap. 1 §. Planen förvaras i akt hos huvudansvarig.")

    TAB = Cm(4.6)

    def title(text):
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(16)
        p.paragraph_format.space_after = Pt(2)

    def part(text):
        p = doc.add_paragraph()
        r = p.add_run(text.upper())
        r.bold = True
        r.font.size = Pt(11)
        p.paragraph_format.space_before = Pt(14)
        p.paragraph_format.space_after = Pt(6)
        para_border_bottom(p, size=18)

    def field(label, value, bold_value=False):
        p = doc.add_paragraph()
        pf = p.paragraph_format
        pf.tab_stops.add_tab_stop(TAB, WD_TAB_ALIGNMENT.LEFT)
        pf.left_indent = TAB
        pf.first_line_indent = -TAB
        pf.space_after = Pt(4)
        r = p.add_run(label + ":")
        r.bold = True
        p.add_run("\t")
        if value:
            rv = p.add_run(value)
            rv.bold = bold_value
        return p

    title("Samordnad individuell plan (SIP)")
    p = doc.add_paragraph("Vuxna – socialtjänst och psykiatri")
    p.runs[0].italic = True

    part("Uppgifter om planen")
    field("Namn", "K.")
    field("Personnummer", "ÅÅMMDD-XXXX")
    field("Datum för möte", "2025-03-11")
    field("Plats", "Vuxenpsykiatri Malmö, psykosmottagningen, samtalsrum 2")
    field("Planen gäller", "Ny plan")
    field("Deltagare", "")

    part("Bakgrund och syfte")
    field(
        "Bakgrund",
        "K. är 34 år och har diagnosen paranoid schizofreni sedan 2019. Han vårdades inom "
        "psykiatrisk slutenvård i Malmö 2025-01-14 – 2025-02-20 efter att ha slutat ta sin "
        "medicin under hösten. Under perioden har räkningar inte betalats; hyresskulden är "
        "tre månadshyror och hyresvärden har skickat uppsägning med möjlighet till rättelse. "
        "K. har dessutom skulder hos Kronofogden på ca 180 000 kr (bl.a. sms-lån och "
        "obetalda räkningar från 2022–2023). Han bor ensam i en hyresrätt i Malmö och har "
        "god man sedan 2023 för att bevaka rätt och förvalta egendom.",
    )
    field(
        "Syfte",
        "Syftet med planen är att samordna stödet från psykosmottagningen, socialtjänsten "
        "och boendestödet så att K. kan behålla sin lägenhet efter utskrivningen, få en "
        "lösning på hyresskulden och hålla kontakten med psykosmottagningen, så att en ny "
        "inläggning kan undvikas.",
    )
    field("Frågeställningar", "")
    field(
        "Mål",
        "Målet är att K. ska bo kvar i sin lägenhet, ha en ekonomi i balans med en "
        "avbetalningsplan för hyresskulden och ta sin medicin regelbundet.",
    )

    part("Insatser och ansvar")
    field(
        "Insats 1",
        "Antipsykotisk behandling med depåinjektion var fjortonde dag samt läkarbesök för "
        "uppföljning av effekt och biverkningar.",
        bold_value=False,
    )
    field("Ansvarig", "Sjuksköterska, psykosmottagningen, Vuxenpsykiatri Malmö (Region Skåne)")
    field("När", "Nästa injektion 2025-03-18, därefter var 14:e dag. Läkarbesök 2025-04-15.")
    doc.add_paragraph()
    field(
        "Insats 2",
        "Boendestöd två gånger i veckan: gå igenom post och räkningar tillsammans, "
        "struktur för städning och inköp, påminnelse om tider på mottagningen.",
    )
    field("Ansvarig", "Boendestödjare, Boendestöd Funktionsstöd, Malmö stad")
    field("När", "")
    doc.add_paragraph()
    field(
        "Insats 3",
        "Utredning av ekonomiskt bistånd till hyra för mars och kontakt med hyresvärden om "
        "rättelse och en avbetalningsplan för hyresskulden.",
    )
    field("Ansvarig", "Socialsekreterare, Vuxenenheten, Socialtjänsten Malmö stad")
    field("När", "Beslut om bistånd senast 2025-03-21, kontakt med hyresvärden senast 2025-03-14.")
    doc.add_paragraph()
    field(
        "Insats 4",
        "Budget- och skuldrådgivning: genomgång av samtliga skulder och inkomster, underlag "
        "inför ansökan om skuldsanering.",
    )
    field("Ansvarig", "Budget- och skuldrådgivare, Konsumentvägledningen Malmö stad")
    field("När", "Första besök 2025-04-02.")

    part("Andra aktörer")
    field(
        "Andra aktörers insatser",
        "God man (Lars) betalar hyran från K:s konto den 25:e varje månad från och med april "
        "och ansöker om skuldsanering hos Kronofogden när budgetgenomgången är klar. God man "
        "deltar vid första besöket hos budget- och skuldrådgivningen.",
    )

    part("Samtycke, ansvar och uppföljning")
    field("Samtycke", "Finns.")
    field("Huvudansvarig", "Jenny, socialsekreterare, Vuxenenheten, Socialtjänsten Malmö stad")
    field("Uppföljning", "I juni 2025. Kallelse skickas av huvudansvarig.")
    field("Planen upprättad", "2025-03-11 av huvudansvarig")

    doc.save(PLANS / "f84b-01.docx")


# ================================================================ 02
def plan02():
    """Two-column table docx -> PDF; nested table for measures. Ystad, hip fracture."""
    doc = base_doc("Liberation Sans", 10)
    header_text(doc, "Ystads kommun • Region Skåne", size=8)
    footer_text(doc, "SIP Ystad – utskriven 2025-04-11")

    h = doc.add_paragraph()
    r = h.add_run("SAMORDNAD INDIVIDUELL PLAN – SIP")
    r.bold = True
    r.font.size = Pt(15)
    sub = doc.add_paragraph("Äldre – hemgång efter sjukhusvård")
    sub.runs[0].font.size = Pt(10)
    sub.runs[0].italic = True

    rows = [
        ("Namn", "Erik, 82 år"),
        ("Personnummer", "ÅÅMMDD-XXXX"),
        ("Datum och plats för mötet", "2025-04-10 kl. 10.00, Vårdcentralen Ystad, konferensrummet"),
        (
            "Bakgrund",
            "Erik föll i hemmet 2025-03-22 och fick en höftfraktur (vänster) som opererades på "
            "Ystads lasarett. Han skrevs ut till hemmet 2025-04-03 med tillfälligt beslut om "
            "hemtjänst. Han bor ensam i en lägenhet på andra våningen (hiss finns). Han har "
            "diabetes typ 2 och lätt hjärtsvikt. Han går med rollator inomhus men är rädd att "
            "falla igen och har inte gått ut sedan hemkomsten. Smärtan är värst på morgonen.",
        ),
        ("Syfte", "SIP – samordning av insatser."),
        ("Frågeställningar", ""),
        (
            "Eriks mål",
            "”Jag vill klara mig själv hemma och kunna gå ner till affären med rollatorn innan "
            "midsommar.” (Erik till distriktssköterskan vid hembesök 2025-04-07)",
        ),
        ("Eriks delaktighet", "Erik deltog inte i mötet."),
        ("Insatser", None),  # nested table
        ("Huvudansvar", "Ystads kommun"),
        ("Samtycke", "Samtycke finns."),
        ("Uppföljning", "2025-05-20 kl. 13.30, hembesök hos Erik."),
        (
            "Deltagare",
            "Biståndshandläggare\nDistriktssköterska\nArbetsterapeut\nFysioterapeut\n"
            "Gruppledare hemtjänst",
        ),
    ]
    measures = [
        ("Insats", "Vem", "När"),
        (
            "Hemtjänst morgon och kväll: hjälp med dusch, påklädning och stödstrumpor. "
            "Matdistribution lunch.",
            "Gruppledare, Hemtjänst Ystad centrum",
            "Från 2025-04-03, fortsätter till 2025-05-20",
        ),
        (
            "Gång- och balansträning i hemmet två gånger i veckan, träning i trappa och "
            "utomhus med rollator.",
            "Fysioterapeut, Kommunal rehabilitering Ystad",
            "2025-04-14 – 2025-05-16",
        ),
        (
            "Hjälpmedel: duschpall, toalettförhöjning, griptång. Bedömning av fallrisk i "
            "bostaden (mattor, belysning).",
            "Arbetsterapeut, Kommunal rehabilitering Ystad",
            "Senast 2025-04-17",
        ),
        (
            "Beslut om trygghetslarm och fortsatt hemtjänst.",
            "Biståndshandläggare, Vård och omsorg Ystads kommun",
            "2025-04-11",
        ),
        (
            "Suturtagning och kontroll av operationssåret.",
            "Distriktssköterska, Vårdcentralen Ystad",
            "2025-04-15",
        ),
        (
            "Läkemedelsgenomgång, smärtlindring och diabeteskontroll.",
            "Distriktsläkare, Vårdcentralen Ystad",
            "2025-04-24",
        ),
    ]

    t = doc.add_table(rows=len(rows), cols=2)
    set_table_borders(t, "single", 6, "7F7F7F")
    cell_margins(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_col_widths(t, [Cm(4.4), Cm(12.2)])
    for i, (k, v) in enumerate(rows):
        left, right = t.rows[i].cells
        shade(left, "DCE6F0")
        cell_text(left, k, bold=True)
        if v is None:
            cell_text(right, "Insatser som planeras:", italic=True, size=9)
            nt = right.add_table(rows=len(measures), cols=3)
            set_table_borders(nt, "single", 4, "A0A0A0")
            cell_margins(nt, 40, 40, 80, 80)
            set_col_widths(nt, [Cm(4.9), Cm(3.7), Cm(3.0)])
            for ri, row in enumerate(measures):
                for ci, val in enumerate(row):
                    c = nt.rows[ri].cells[ci]
                    cell_text(c, val, bold=(ri == 0), size=9)
                    if ri == 0:
                        shade(c, "EDEDED")
            mark_header_row(nt.rows[0])
        else:
            cell_text(right, v)

    doc.add_paragraph()
    p = doc.add_paragraph("Planen har skickats till samtliga deltagare 2025-04-11.")
    p.runs[0].font.size = Pt(9)

    src = BUILD / "f84b-02.docx"
    doc.save(src)
    soffice_pdf(src, PLANS)


# ================================================================ 03
def plan03():
    """Web-form paste, Windows-1252 + CRLF. Lund, 13-year-old with school refusal."""
    lines = r"""SIP - Samordnad individuell plan
Lunds kommun och Region Skåne | E-tjänst för samverkan
Formulär: Ny SIP - barn och unga
Status: Utkast sparat 2025-05-14 15:42

Fält markerade med * är obligatoriska.

--- Uppgifter om barnet ---
Barnets förnamn*
Ella
Personnummer*
ÅÅMMDD-XXXX
Ålder
13 år
Skola/förskola
Åk 7, kommunal grundskola i Lund
Vårdnadshavare
Mamma (ensam vårdnad)

--- Mötet ---
Datum för mötet*
2025-05-14
Mötesform*
Välj...
Plats
Elevhälsans rum, Ellas skola

Syfte med planen*
Syftet är att BUP, elevhälsan och socialtjänsten tillsammans med mamma gör
en gemensam plan så att Ella kan börja gå till skolan igen några timmar om
dagen före sommarlovet, och att hennes ångest behandlas samtidigt som skolan
anpassar skoldagen. Ella har haft över 60 % frånvaro sedan jullovet.

Frågeställningar inför mötet (obligatoriskt)
Diskutera läget.

Barnets/den enskildes mål (obligatoriskt)


Deltog barnet/den enskilde i mötet?*
( ) Ja (x) Nej
Om nej, ange skäl
Ella orkade inte komma. Hon har svårt med möten med många vuxna och hade
ont i magen hela morgonen.
Barnets/den enskildes synpunkter


Deltog vårdnadshavare?*
(x) Ja ( ) Nej

--- Samtycke ---
Samtycke inhämtat*
Välj...
Samtycke lämnat av
Välj...
Datum för samtycke
ÅÅÅÅ-MM-DD

--- Insatser ---
Insats 1
Vad ska göras?*
KBT-behandling för ångest och skolfrånvaro, 10 träffar varannan vecka,
första träffarna hemma eller digitalt.
Ansvarig verksamhet*
BUP Lund, öppenvården
Ansvarig funktion
Psykolog
Startdatum
2025-05-21

Insats 2
Vad ska göras?*
Anpassad skolgång: kortare skoldag med start kl. 10, enskilt arbetsrum
vid behov, mentor möter Ella vid entrén varje morgon. Hemuppgifter skickas
via lärplattformen de dagar hon inte kommer.
Ansvarig verksamhet*
Kommunen
Ansvarig funktion
Välj...
Startdatum
2025-05-19

Insats 3
Vad ska göras?*
Föräldrastöd till mamma: samtal om hur hon kan stötta Ella på morgnarna
och hantera konflikter kring skolan.
Ansvarig verksamhet*
Socialtjänsten Lund, Barn och familj
Ansvarig funktion
Familjebehandlare
Startdatum
Välj datum...

[+ Lägg till insats]

--- Andra aktörer ---
Andra aktörer och deras insatser


--- Ansvar och uppföljning ---
Huvudansvarig för planen*
Välj...
Uppföljning*
Vecka 38

--- Deltagare ---
Deltagare vid mötet (namn/funktion/verksamhet)
Mamma, vårdnadshavare
Psykolog, BUP Lund
Skolkurator, elevhälsan, Ellas skola (Lunds kommun)
Mentor åk 7, Ellas skola (Lunds kommun)
Familjebehandlare, Socialtjänsten Lund, Barn och familj

[Spara utkast]   [Förhandsgranska]   [Skicka för signering]
"""
    data = lines.replace("\n", "\r\n").encode("cp1252")
    (PLANS / "f84b-03.txt").write_bytes(data)


# ================================================================ 04
def plan04():
    """Hand-written Markdown with footnotes. Helsingborg, 17-year-old with cannabis use."""
    md = """# SIP – Leo, 17 år

**Datum:** 2025-02-19
**Plats:** Socialtjänsten Helsingborg, mötesrum Kärnan
**Typ:** Första SIP-mötet

---

## Varför vi har en SIP

Leo har rökt cannabis nästan varje dag sedan i höstas och har i stort sett slutat gå till
gymnasiet (el- och energiprogrammet, åk 1). Han fick sin ADHD-diagnos på mellanstadiet men
har inte tagit sin medicin sedan oktober. Hemma har det blivit många bråk. Vi har SIP:en för
att beroendemottagningen, BUP, socialtjänsten och skolan ska dra åt samma håll, så att Leo
kan sluta röka på och klara första året på gymnasiet.

## Samtycke

Leo och mamma har samtyckt till att vi som är med i planen får prata med varandra om Leo.[^1]

## Leo med egna ord

> "Jag vill sluta röka på innan jag fyller arton och ta körkort. Och jag vill inte att
> mamma ska behöva vara orolig hela tiden."

## Hur Leo var med

Leo var med hela mötet, tillsammans med mamma. Han tyckte det var bra att alla satt i samma
rum, "så man slipper säga samma sak fem gånger". Han vill **inte** lämna urinprov på skolan
utan hellre på mottagningen, och han vill ha samma behandlare hela tiden.

## Vad som ska göras

| Vad | Vem | När |
|---|---|---|
| Behandlingssamtal (MI och ACRA) en gång i veckan + urinprov | Behandlare, Beroendemottagningen för unga, Region Skåne, Helsingborg | Från 2025-02-26, onsdagar kl. 15 |
| Ny bedömning av ADHD-medicin, eventuellt nytt preparat | Läkare, BUP Helsingborg | Läkarbesök 2025-03-12 |
| Familjesamtal med Leo och mamma varannan vecka | Familjebehandlare, Ungdomsteamet, Socialtjänsten Helsingborg | Start 2025-03-04 |
| Studieplan med minskad studietakt och regelbunden avstämning med mentor | Mentor och studie- och yrkesvägledare, Leos gymnasieskola | – |

## Vem håller ihop planen?

Socialtjänsten Helsingborg samordnar planen och kallar till uppföljningen.

## Andra

Pappa bor i Malmö och är viktig för Leo, han har fått information om planen. Försäkringskassan
kan bli aktuell längre fram.

## Uppföljning

Vi ses igen om sex veckor.[^2]

## Med på mötet

Leo, Sanna (mamma), Fatima, Johan, Elin, Mira

---

[^1]: Muntligt samtycke från Leo och mamma i början av mötet 2025-02-19. Leo skrev också under
    samtyckesblanketten för SIP samma dag; den är inskannad i akten.
[^2]: Uppföljningen är bokad till onsdag 2025-04-02 kl. 14.00, samma rum. Kallelse skickas två
    veckor innan.
"""
    (PLANS / "f84b-04.md").write_text(md, encoding="utf-8")


# ================================================================ 05
def plan05():
    """Follow-up plan with grey italic 'Tidigare:' and current 'Nu:'. Kristianstad, LSS/autism."""
    doc = base_doc("Calibri", 11)
    header_text(doc, "Kristianstads kommun – LSS • Region Skåne – Psykiatri", size=8)
    footer_text(doc, "SIP uppföljning – Jonas – 2025-04-08")

    doc.add_heading("SIP – uppföljning", level=1)
    p = doc.add_paragraph()
    p.add_run("Namn: ").bold = True
    p.add_run("Jonas, 28 år      ")
    p.add_run("Personnummer: ").bold = True
    p.add_run("ÅÅMMDD-XXXX")
    p = doc.add_paragraph()
    p.add_run("Uppföljningsmöte: ").bold = True
    p.add_run("2025-04-08 kl. 09.30, Gruppbostaden Näsby, Kristianstad")
    p = doc.add_paragraph()
    p.add_run("Deltagare: ").bold = True
    p.add_run("Se kallelsen.")
    p = doc.add_paragraph()
    r = p.add_run(
        "Under varje rubrik står först texten från förra planen (grå kursiv) och sedan det som "
        "gäller nu. Det är bara ”Nu”-texten som är den aktuella planen."
    )
    r.font.size = Pt(9)

    GREY = RGBColor(0x80, 0x80, 0x80)

    def earlier(text):
        p = doc.add_paragraph()
        r = p.add_run("Tidigare: " + text)
        r.italic = True
        r.font.color.rgb = GREY
        p.paragraph_format.space_after = Pt(3)
        return p

    def now(text):
        p = doc.add_paragraph()
        r1 = p.add_run("Nu: ")
        r1.bold = True
        p.add_run(text)
        return p

    doc.add_heading("Syfte med SIP", level=2)
    earlier(
        "Syftet är att Jonas ska få en förutsägbar vardag efter flytten till gruppbostaden, med "
        "samordnade insatser från LSS, daglig verksamhet och vuxenpsykiatrin, så att hans ångest "
        "och sömnproblem minskar."
    )
    now("Oförändrat.")

    doc.add_heading("Frågeställningar", level=2)
    earlier(
        "Hur ska övergången från den dagliga verksamheten i Åhus till caféet i Kristianstad gå "
        "till? Behöver sömnen utredas av psykiatrin?"
    )
    now("Hur har det gått sedan sist? Diskutera läget.")

    doc.add_heading("Jonas mål", level=2)
    earlier("”Jag vill sova på nätterna och jobba i caféet.”")
    now(
        "Målet är att Jonas ska vara på daglig verksamhet fyra dagar i veckan och sova minst "
        "sex timmar per natt."
    )

    doc.add_heading("Jonas delaktighet", level=2)
    earlier("Jonas deltog i mötet 2024-11-20 tillsammans med god man.")
    now(
        "Jonas valde att inte vara med i mötesrummet den här gången eftersom två nya personer "
        "var med och han blir stressad av okända människor. Han förberedde mötet med sin "
        "kontaktperson på gruppbostaden och skrev ner tre saker som kontaktpersonen läste upp: "
        "att han trivs i caféet och vill vara där fler dagar, att han vill ha hörselkåpor på "
        "bussen, och att han inte vill byta läkare igen."
    )

    doc.add_heading("Samtycke", level=2)
    earlier("Skriftligt samtycke 2024-11-20, blankett i akten.")
    now(
        "Jonas bekräftade muntligt för kontaktpersonen 2025-04-03 att samtycket fortfarande "
        "gäller, och att vuxenpsykiatrin i Kristianstad nu också får vara med."
    )

    doc.add_heading("Insatser", level=2)
    earlier(
        "Bostad med särskild service (gruppbostad) enligt LSS 9 § 9. Daglig verksamhet tre dagar "
        "i veckan i Åhus. Remiss till vuxenpsykiatrin för sömnbedömning."
    )
    now("Insatserna från och med i dag:")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    for c, txt in zip(hdr, ("Insats", "Ansvarig", "När")):
        cell_text(c, txt, bold=True)
        shade(c, "D9D9D9")
    mark_header_row(t.rows[0])
    rows = [
        (
            "Gruppbostad enligt LSS 9 § 9 med fast kontaktperson. Veckoschema med bilder "
            "gås igenom med Jonas varje söndag.",
            "Kontaktperson, Gruppbostaden Näsby, Kristianstads kommun",
            "Pågår; schemat varje söndag",
        ),
        (
            "Daglig verksamhet i caféet, upptrappning från tre till fyra dagar i veckan.",
            "Arbetshandledare, Daglig verksamhet Kristianstad (caféet)",
            "Fyra dagar från 2025-05-05",
        ),
        (
            "Sömnbedömning och ställningstagande till melatonin.",
            "Läkare, Vuxenpsykiatrimottagningen Kristianstad",
            "Läkarbesök 2025-04-29",
        ),
        (
            "Träning i att åka buss till caféet med hörselkåpor, med personal de första "
            "gångerna.",
            "Boendepersonal, Gruppbostaden Näsby",
            "",
        ),
    ]
    for row in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            cell_text(c, v)
    set_col_widths(t, [Cm(7.6), Cm(5.8), Cm(3.2)])

    doc.add_heading("Andra aktörer", level=2)
    earlier(
        "God man (Peter) ansöker om bostadstillägg hos Försäkringskassan och går igenom hyran "
        "för gruppbostaden med Jonas."
    )
    now("God man är informerad.")

    doc.add_heading("Huvudansvar för planen", level=2)
    earlier("Maria, biståndshandläggare, LSS-enheten Kristianstads kommun (t.o.m. mars 2025).")
    now("Hanna, samordnare.")

    doc.add_heading("Uppföljning", level=2)
    earlier("2025-04-08.")
    now("Nästa uppföljning 2025-09-16 kl. 10.00 på Gruppbostaden Näsby.")

    doc.save(PLANS / "f84b-05.docx")


# ================================================================ 06
class RecordPDF(FPDF):
    SYSTEM = "SamPlan Skåne – Samordnad planering"
    PRINTED = "2025-09-05 14:32"

    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(70, 70, 70)
        self.cell(95, 4, self.SYSTEM, new_x="RIGHT", new_y="TOP")
        self.cell(0, 4, f"Utskriftsdatum {self.PRINTED}    Sida {self.page_no()} ({{nb}})",
                  align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(95, 4, "Patient: [namn]  XXXXXX-XXXX", new_x="RIGHT", new_y="TOP")
        self.cell(0, 4, "Planeringstyp: SIP", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(120, 120, 120)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(5)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Utskrift ur journal – hanteras enligt sekretess. Utskriven av: sjuksköterska, "
                        "vårdavdelning 83.", align="C")
        self.set_text_color(0, 0, 0)


def plan06():
    """fpdf2 record-system print with decimal outline numbering. Trelleborg, discharge."""
    pdf = RecordPDF(format="A4")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_font("DejaVu", "I", FONT_I)
    pdf.set_margins(18, 14, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.alias_nb_pages()
    import datetime as _dt
    pdf.set_creation_date(_dt.datetime(2025, 9, 5, 14, 32, tzinfo=_dt.timezone.utc))
    pdf.set_creator("SamPlan Skåne")
    pdf.add_page()

    W = pdf.w - pdf.l_margin - pdf.r_margin

    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 8, "Samordnad individuell plan (SIP) – utskrivning från slutenvård",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 8.5)
    pdf.cell(0, 5, "Planstatus: Fastställd    Version 1    Senast ändrad 2025-09-05 14:28",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    def h1(t):
        if pdf.get_y() > pdf.h - 60:
            pdf.add_page()
        pdf.ln(2)
        pdf.set_font("DejaVu", "B", 11.5)
        pdf.set_fill_color(225, 230, 238)
        pdf.cell(0, 7, t, fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)

    def h2(t):
        pdf.set_font("DejaVu", "B", 10)
        pdf.cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")

    def kv(label, value, lw=45):
        pdf.set_font("DejaVu", "B", 9)
        y = pdf.get_y()
        pdf.multi_cell(lw, 5, label, new_x="RIGHT", new_y="TOP")
        pdf.set_font("DejaVu", "", 9)
        pdf.multi_cell(W - lw, 5, value, border=1, new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(max(pdf.get_y(), y + 5) + 1.5)

    def body(t):
        pdf.set_font("DejaVu", "", 9)
        pdf.multi_cell(0, 5, t, border=1, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)

    def table(head, rows, widths):
        pdf.set_font("DejaVu", "", 8.5)
        with pdf.table(col_widths=widths, width=W, line_height=4.6, repeat_headings=1,
                       text_align="LEFT") as t:
            r = t.row()
            for hcell in head:
                r.cell(hcell)
            for row in rows:
                r = t.row()
                for c in row:
                    r.cell(c)
        pdf.ln(2)

    h1("1 Inledning")
    kv("Mötesdatum", "2025-09-04 kl. 13.00–14.15")
    kv("Mötesform", "Digitalt möte (Region Skånes mötesverktyg) och fysiskt på vårdavdelning 83")
    kv("Beräknad utskrivning", "2025-09-09")
    kv("Bakgrund",
       "Kvinna, 46 år, vårdad på vårdavdelning 83, Vuxenpsykiatri Malmö, sedan 2025-08-12 efter "
       "ett suicidförsök i samband med svår depression. Bor ensam i lägenhet i Trelleborg. "
       "Sjukskriven sedan maj 2025. Tidigare kontakt med Vårdcentralen Trelleborg för "
       "nedstämdhet. Stämningsläget har förbättrats under vårdtiden; sömnen är fortfarande "
       "orolig. Har under vårdtiden haft svårt att äta och har gått ner 6 kg. Behov av struktur "
       "i vardagen och tät kontakt med öppenvården efter utskrivning.")
    h2("1.1 Syfte")
    body("Samordnad planering.")
    h2("1.2 Frågeställningar")
    body("–")
    h2("1.3 Den enskildes mål")
    body("Ej ifyllt")

    h1("2 Insatser")
    h2("2.1 Kommunens insatser")
    table(
        ("Insats", "Utförare / ansvarig", "Start", "Omfattning"),
        [
            ("Boendestöd: struktur i vardagen, stöd vid inköp och matlagning, sällskap till "
             "besök på mottagningen",
             "Boendestödjare, Socialpsykiatrin Trelleborgs kommun", "2025-09-10",
             "3 ggr/vecka"),
            ("Bedömning av behov av sysselsättning (träffpunkt inom socialpsykiatrin)",
             "Biståndshandläggare, Vuxenenheten, Socialtjänsten Trelleborg", "2025-09-23",
             "Hembesök"),
            ("Beslut om boendestöd enligt SoL",
             "Biståndshandläggare, Vuxenenheten, Socialtjänsten Trelleborg", "2025-09-08",
             "–"),
        ],
        (60, 58, 24, 32),
    )
    h2("2.2 Regionens insatser")
    table(
        ("Insats", "Utförare / ansvarig", "Start", "Omfattning"),
        [
            ("Utskrivning med aktuell läkemedelslista, epikris och vårdplan till öppenvården",
             "Överläkare, Vårdavdelning 83, Vuxenpsykiatri Malmö", "2025-09-09", "–"),
            ("Fast vårdkontakt: stödsamtal och suicidriskbedömning varje vecka",
             "Sjuksköterska, Vuxenpsykiatrisk mottagning Trelleborg", "2025-09-11",
             "1 g/vecka"),
            ("Läkarbesök: uppföljning av antidepressiv behandling och sömn",
             "Läkare, Vuxenpsykiatrisk mottagning Trelleborg", "2025-09-16", "–"),
            ("Dosett och läkemedelsgenomgång", "Region Skåne", "Vid utskrivning", "–"),
        ],
        (60, 58, 24, 32),
    )

    h1("3 Ansvar och uppföljning")
    h2("3.1 Huvudansvarig")
    kv("Huvudansvarig", "Emma, sjuksköterska, Vuxenpsykiatrisk mottagning Trelleborg")
    kv("Fast vårdkontakt", "Samma som huvudansvarig")
    h2("3.2 Uppföljning")
    kv("Uppföljning", "2025-10-14 kl. 13.00, Vuxenpsykiatrisk mottagning Trelleborg")
    h2("3.3 Samtycke")
    kv("Samtycke", "Ja")

    h1("4 Deltagare")
    table(
        ("Namn", "Funktion", "Verksamhet / organisation"),
        [
            ("Emma", "Sjuksköterska, fast vårdkontakt", "Vuxenpsykiatrisk mottagning Trelleborg, Region Skåne"),
            ("–", "Överläkare", "Vårdavdelning 83, Vuxenpsykiatri Malmö, Region Skåne"),
            ("–", "Sjuksköterska", "Vårdavdelning 83, Vuxenpsykiatri Malmö, Region Skåne"),
            ("Nadia", "Biståndshandläggare", "Vuxenenheten, Socialtjänsten Trelleborgs kommun"),
            ("–", "Boendestödjare", "Socialpsykiatrin, Trelleborgs kommun"),
            ("–", "Kurator", "Vårdavdelning 83, Vuxenpsykiatri Malmö, Region Skåne"),
        ],
        (30, 52, 92),
    )

    h1("5 Övrigt")
    body("Planen skickas till deltagarna efter fastställande. Kopia till vårdcentralen via "
         "remiss för kännedom.")
    h1("6 Signering")
    kv("Upprättad av", "Sjuksköterska, Vårdavdelning 83, Vuxenpsykiatri Malmö")
    kv("Signerad", "2025-09-05")

    pdf.output(str(PLANS / "f84b-06.pdf"))


# ================================================================ 07
def plan07():
    """Chat-style plan for a teenager, two-column borderless table. Hässleholm."""
    doc = base_doc("Calibri", 11)
    footer_text(doc, "Hässleholms kommun och Region Skåne – SIP")

    h = doc.add_paragraph()
    r = h.add_run("Noahs SIP")
    r.bold = True
    r.font.size = Pt(20)
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    p = doc.add_paragraph()
    p.add_run("Möte 2025-11-12 i Hässleholm. ").bold = True
    p.add_run("Noah, 15 år. Så här pratade vi – Sara skrev ner samtalet som en chatt så att "
              "Noah kan läsa det i lugn och ro. Sara till vänster, Noah till höger.")
    p.runs[-1].font.size = Pt(10)

    chat = [
        ("L", "Hej Noah! Tack för att du kom. Jag skriver ner det vi pratar om så att alla får samma bild."),
        ("R", "ok"),
        ("L", "Det vi behöver reda ut idag: Hur ska du ta dig till skolan på morgnarna? Och vill du prova ADHD-medicin igen?"),
        ("R", "morgnarna är sjukt jobbiga. jag somnar typ tre"),
        ("L", "Vad skulle hjälpa dig på morgonen?"),
        ("R", "om mamma inte skriker när hon väcker mig. och om jag fick börja senare"),
        ("L", "Skolan säger att du kan börja 9.40 på måndagar och onsdagar och sitta i studion de första lektionerna. Vad tycker du om det?"),
        ("R", "det är bättre än nu"),
        ("L", "Om du tänker fram till sommaren – vad vill du själv?"),
        ("R", "jag vill klara nian och komma in på fordon. och slippa bråka hemma hela tiden"),
        ("L", "BUP tycker att man kan prova en annan medicin och att du först träffar läkaren tillsammans med mamma."),
        ("R", "ok men inte den förra. jag blev så konstig av den"),
        ("L", "Mamma sa att hon kan skjutsa dig på måndagar och onsdagar. Är det okej?"),
        ("R", "ja om hon inte tjatar i bilen haha"),
        ("L", "Socialtjänsten kan också erbjuda samtal hemma med dig och mamma, så att det blir mindre bråk."),
        ("R", "kanske. om det inte är varje vecka"),
        ("L", "Varannan vecka då?"),
        ("R", "ok. och jag kan lägga mobilen i köket kl 23 om jag får ha den på helgen"),
    ]
    t = doc.add_table(rows=len(chat), cols=2)
    set_table_borders(t, "nil")
    cell_margins(t, 80, 80, 140, 140)
    set_col_widths(t, [Cm(8.3), Cm(8.3)])
    for i, (side, text) in enumerate(chat):
        left, right = t.rows[i].cells
        if side == "L":
            c = left
            shade(c, "E7EEF7")
            who = "Sara"
        else:
            c = right
            shade(c, "DFF2DF")
            who = "Noah"
        p = c.paragraphs[0]
        rr = p.add_run(who)
        rr.bold = True
        rr.font.size = Pt(8)
        rr.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
        p2 = c.add_paragraph(text)
        p2.paragraph_format.space_after = Pt(2)
        if side == "R":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        # spacer paragraph in the empty cell is implicit

    doc.add_paragraph()
    doc.add_heading("Det här kom vi fram till", level=2)
    items = [
        "Mentorn på Hovdalaskolan ordnar sen start kl. 9.40 måndagar och onsdagar och plats i studion, från 2025-11-17.",
        "Läkare på BUP Hässleholm träffar Noah och mamma 2025-11-26 om ny medicin.",
        "Familjebehandlare från Socialtjänsten Hässleholm, Barn och familj, kommer hem och har samtal med Noah och mamma ungefär varannan vecka. När det startar är inte bestämt än.",
        "Mamma skjutsar Noah till skolan måndagar och onsdagar från 2025-11-17.",
        "Noah lägger mobilen i köket kl. 23 på vardagar och ställer två väckarklockor.",
        "Sara (samordnare) håller ihop planen.",
    ]
    for it in items:
        doc.add_paragraph(it, style="List Bullet")

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    p.add_run("Med på mötet: ").bold = True
    p.add_run("Noah, Lina (mamma), Sara, Jamal, Petra")

    doc.save(PLANS / "f84b-07.docx")


# ================================================================ 08
def plan08():
    """Not a plan: programme for a SIP training day for managers."""
    doc = base_doc("Calibri", 11)
    header_text(doc, "Kommunförbundet Skåne • Region Skåne", size=8)
    footer_text(doc, "Program – Utbildningsdag SIP för chefer – version 2025-08-28")

    doc.add_heading("Utbildningsdag: SIP för chefer i Skåne", level=0)
    p = doc.add_paragraph()
    p.add_run("Datum: ").bold = True
    p.add_run("torsdag 2025-10-09, kl. 09.00–16.00")
    p = doc.add_paragraph()
    p.add_run("Plats: ").bold = True
    p.add_run("Konferenslokal i Lund (vägbeskrivning skickas med bekräftelsen)")
    p = doc.add_paragraph()
    p.add_run("Målgrupp: ").bold = True
    p.add_run("Enhetschefer och verksamhetschefer i Skånes kommuner och inom Region Skåne "
              "(primärvård, psykiatri, BUP, habilitering) som ansvarar för verksamheter där "
              "SIP upprättas.")

    doc.add_heading("Syfte med dagen", level=1)
    doc.add_paragraph(
        "Dagen ska ge chefer en gemensam bild av vad lagen kräver av en SIP, hur ansvaret "
        "fördelas mellan kommun och region enligt den skånska överenskommelsen, och vad "
        "chefen behöver göra för att medarbetarna ska kunna kalla till och hålla SIP-möten "
        "med god kvalitet."
    )

    doc.add_heading("Program", level=1)
    prog = [
        ("Tid", "Innehåll", "Medverkande"),
        ("08.30–09.00", "Registrering och kaffe", "–"),
        ("09.00–09.20", "Välkommen – varför SIP är en chefsfråga", "Avdelningschef, Kommunförbundet Skåne"),
        ("09.20–10.15", "Lagstiftningen: SoL 2 kap. 7 § och HSL 16 kap. 4 §, sekretess och samtycke",
         "Jurist, Region Skåne"),
        ("10.15–10.30", "Paus", "–"),
        ("10.30–11.30", "Så fungerar SIP i Skåne – överenskommelse, rutiner och stöd i Mina planer",
         "Utvecklingsledare, Kommunförbundet Skåne, och processledare, Region Skåne"),
        ("11.30–12.00", "Brukarröst: att vara den som planen handlar om", "Representant från brukarorganisation"),
        ("12.00–13.00", "Lunch", "–"),
        ("13.00–14.15", "Workshop 1: Chefens ansvar – resurser, tid och uppföljning av SIP-arbetet",
         "Gruppdiskussioner, samtalsledare från kommun och region"),
        ("14.15–14.30", "Paus", "–"),
        ("14.30–15.30", "Workshop 2: När det inte fungerar – oenighet om ansvar och avvikelser",
         "Verksamhetschef, Vuxenpsykiatri Helsingborg, och socialchef, Landskrona stad"),
        ("15.30–16.00", "Sammanfattning och nästa steg i er verksamhet", "Utvecklingsledare, Kommunförbundet Skåne"),
    ]
    t = doc.add_table(rows=len(prog), cols=3)
    t.style = "Table Grid"
    for i, row in enumerate(prog):
        for j, v in enumerate(row):
            c = t.rows[i].cells[j]
            cell_text(c, v, bold=(i == 0), size=10)
            if i == 0:
                shade(c, "C6D9F1")
    mark_header_row(t.rows[0])
    set_col_widths(t, [Cm(2.6), Cm(8.6), Cm(5.4)])

    doc.add_heading("Frågor till workshopparna", level=1)
    doc.add_paragraph("Workshop 1", style="Heading 3")
    for q in [
        "Hur vet du i dag hur många SIP som upprättas i din verksamhet och hur många som följs upp?",
        "Vilka hinder upplever dina medarbetare när de ska kalla till SIP (tid, lokaler, digitala möten)?",
        "Hur säkerställer ni att den enskilde och närstående är delaktiga på riktigt?",
    ]:
        doc.add_paragraph(q, style="List Number")
    doc.add_paragraph("Workshop 2", style="Heading 3")
    for q in [
        "Vad gör ni när en huvudman inte kommer till ett SIP-möte?",
        "Hur används avvikelserapportering när en SIP inte följs?",
        "Vilka frågor behöver lyftas till den delregionala samverkansgruppen?",
    ]:
        doc.add_paragraph(q, style="List Number")

    doc.add_heading("Praktisk information", level=1)
    for it in [
        "Anmälan senast 2025-09-19 via kompetensportalen. Antalet platser är begränsat till 80.",
        "Dagen är kostnadsfri. Lunch och kaffe ingår – ange specialkost vid anmälan.",
        "Vid återbud efter 2025-10-01 debiteras 600 kr för lunchen.",
        "Presentationerna publiceras på Kommunförbundet Skånes webbplats efter dagen.",
        "Frågor om dagen: kontakta utvecklingsledaren via växeln.",
    ]:
        doc.add_paragraph(it, style="List Bullet")

    doc.save(PLANS / "f84b-08.docx")


def normalize_docx(path: Path, when=(2025, 1, 1, 12, 0, 0)):
    """Rewrite a .docx zip with fixed entry timestamps so reruns give identical bytes."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def main():
    PLANS.mkdir(exist_ok=True)
    BUILD.mkdir(exist_ok=True)
    for f in PLANS.iterdir():
        f.unlink()
    plan01()
    plan02()
    plan03()
    plan04()
    plan05()
    plan06()
    plan07()
    plan08()
    shutil.rmtree(BUILD, ignore_errors=True)
    for f in sorted(PLANS.glob("*.docx")):
        normalize_docx(f)
    for f in sorted(PLANS.iterdir()):
        print(f.name, f.stat().st_size)


if __name__ == "__main__":
    main()
