#!/usr/bin/env python
"""Generate batch f92b: eight documents (seven SIP plans, one report), Region Kalmar län, 2025.
Deterministic: fixed texts and dates, no randomness."""
import os
import copy
import shutil
import subprocess
import textwrap
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
OUT = HERE / "plans"
TMP = HERE / "_tmp"
PREFIX = "f92b"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
LO_PROFILE = "file:///tmp/lo-f92b"


def fn(nn, ext):
    return OUT / f"{PREFIX}-{nn:02d}.{ext}"


def set_core(doc, title, author):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    import datetime
    cp.created = datetime.datetime(2025, 1, 1, 8, 0, 0)
    cp.modified = datetime.datetime(2025, 1, 1, 8, 0, 0)
    cp.revision = 1


def soffice_pdf(docx_path, outdir):
    subprocess.run(
        ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
         "--convert-to", "pdf", "--outdir", str(outdir), str(docx_path)],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


def add_field(paragraph, instr):
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_col_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w


def cell_text(cell, text, bold=False, size=None):
    """Write text (may contain \n for paragraphs) into a cell."""
    parts = text.split("\n") if text else [""]
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i > 0:
            p = cell.add_paragraph()
        if part:
            r = p.add_run(part)
            r.bold = bold
            if size:
                r.font.size = size
    return cell


# ---------------------------------------------------------------------------
# 01  Landscape docx -> PDF, whole plan as one table "Del | Beskrivning | Ansvarig | Datum"
# ---------------------------------------------------------------------------
def plan01():
    doc = Document()
    set_core(doc, "SIP J. 2025-02-11", "Vuxenenheten Kalmar")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = Cm(2.0)
    sec.bottom_margin = Cm(1.8)

    hp = sec.header.paragraphs[0]
    hp.text = "Kalmar kommun · Region Kalmar län\tSamordnad individuell plan (SIP)\tSekretess enligt OSL 26 kap. 1 § / 25 kap. 1 §"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    r = fp.add_run("SIP J. (ÅÅMMDD-XXXX) · upprättad 2025-02-11 · utskriven 2025-02-12 · Sida ")
    r.font.size = Pt(8)
    add_field(fp, "PAGE")
    r = fp.add_run(" av ")
    r.font.size = Pt(8)
    add_field(fp, "NUMPAGES")

    h = doc.add_paragraph()
    r = h.add_run("SAMORDNAD INDIVIDUELL PLAN – SIP")
    r.bold = True
    r.font.size = Pt(14)
    meta = doc.add_paragraph()
    meta.add_run("Den enskilde: ").bold = True
    meta.add_run("J., 45 år, ÅÅMMDD-XXXX      ")
    meta.add_run("Mötesdatum: ").bold = True
    meta.add_run("2025-02-11      ")
    meta.add_run("Plats: ").bold = True
    meta.add_run("Vuxenpsykiatrins öppenvårdsmottagning, Länssjukhuset i Kalmar      ")
    meta.add_run("Typ: ").bold = True
    meta.add_run("Första SIP-möte")

    rows = [
        ("Bakgrund / nuläge",
         "J. har bipolär sjukdom typ 1 sedan drygt 20 år. Han var inlagd på psykiatrisk "
         "avdelning i Kalmar under november–december 2024 efter ett maniskt skov. Under skovet "
         "betalades inte hyran och J. blev uppsagd från sin lägenhet i Kalmar. Sedan januari "
         "bor han tillfälligt på vandrarhem genom akutbeslut från socialtjänsten (beslut gäller "
         "t.o.m. 2025-03-31). Han har skulder hos hyresvärden och obetalda räkningar. J. äter "
         "litium och quetiapin och har regelbunden kontakt med öppenvården. Han beskriver "
         "själv att han mår stabilt nu men sover dåligt på vandrarhemmet.",
         "", ""),
        ("Syfte",
         "Syftet med planen är att psykiatrin och socialtjänsten samordnar sina insatser så att "
         "J. får ett stabilt boende och att hans bipolära sjukdom hålls stabil, så att ett nytt "
         "skov inte leder till att han förlorar bostaden igen. Planen ska också göra tydligt "
         "vem J. vänder sig till vid tidiga tecken på försämring.",
         "", "2025-02-11"),
        ("Frågeställningar", "", "", ""),
        ("Mina mål",
         "Målet är att J. ska ha ett eget förstahandskontrakt inom ett år och att han ska "
         "klara ett år utan inläggning i slutenvården. Delmål: att J. ska ha ordning på "
         "sin ekonomi med en budget och en plan för skulderna.",
         "", ""),
        ("Den enskildes delaktighet",
         "J. deltog under hela mötet. Han berättade att det svåraste just nu är att inte veta "
         "var han ska bo efter mars och att han vill ha hjälp med att hyran dras automatiskt "
         "så att den blir betald även när han mår dåligt. Han vill inte ha hembesök från "
         "psykiatrin men går gärna till mottagningen. J. önskar att boendestödjaren kan följa "
         "med på lägenhetsvisningar.",
         "", ""),
        ("Samtycke", "Samtycke finns.", "", ""),
        ("Insats 1 – Läkemedel",
         "Fortsatt behandling med litium och quetiapin. Provtagning S-litium var tredje månad "
         "och läkarbesök med genomgång av sömn och stämningsläge.",
         "Vuxenpsykiatrin Kalmar, öppenvården – ansvarig läkare (överläkare Sofia)",
         "Läkarbesök 2025-03-04, provtagning 2025-02-25"),
        ("Insats 2 – Kontaktperson och krisplan",
         "Samtal varannan vecka på mottagningen. Kontaktpersonen upprättar utifrån samtalen "
         "en krisplan med tidiga tecken på mani (mindre sömn, köper saker på kredit, pratar "
         "fort) och vad som ska göras. Krisplanen delas med socialsekreteraren och "
         "boendestödjaren.",
         "Vuxenpsykiatrin Kalmar, öppenvården – skötare Peter",
         "Start 2025-02-18, krisplan klar 2025-03-18"),
        ("Insats 3 – Boende",
         "Utredning och beslut om bostad i kommunens försöksboende (sociala kontrakt, "
         "träningslägenhet) med möjlighet att ta över kontraktet efter 12 månader. "
         "Akutboendet förlängs till dess att lägenhet är klar.",
         "Socialtjänsten Kalmar kommun, Vuxenenheten – socialsekreterare Emma",
         "Beslut senast 2025-03-31"),
        ("Insats 4 – Boendestöd",
         "Boendestöd två gånger per vecka: stöd med struktur i vardagen, post och räkningar, "
         "följa med på bostadsvisningar och stöd att lägga upp autogiro för hyran.",
         "Socialpsykiatrin Kalmar kommun – boendestödjare Malin",
         ""),
        ("Insats 5 – Ekonomi",
         "Budget- och skuldrådgivning: genomgång av skulder och obetalda räkningar, upprätta "
         "budget och avbetalningsplan för hyresskulden.",
         "Budget- och skuldrådgivningen, Kalmar kommun",
         "Första besök 2025-03-12"),
        ("Huvudansvar för planen",
         "Socialsekreterare Emma, Vuxenenheten, Socialtjänsten Kalmar kommun. Emma kallar till "
         "uppföljning och uppdaterar planen.",
         "", ""),
        ("Deltagare",
         "J. (den enskilde)\n"
         "Emma, socialsekreterare, Vuxenenheten, Socialtjänsten Kalmar kommun\n"
         "Sofia, överläkare, Vuxenpsykiatrin Kalmar, Region Kalmar län\n"
         "Peter, skötare/kontaktperson, Vuxenpsykiatrin Kalmar, Region Kalmar län\n"
         "Malin, boendestödjare, Socialpsykiatrin Kalmar kommun",
         "", ""),
        ("Uppföljning",
         "Uppföljande SIP-möte på Vuxenpsykiatrins öppenvårdsmottagning. Vi går igenom "
         "boendebeslutet, krisplanen och budgeten.",
         "Socialsekreterare Emma kallar",
         "2025-05-06 kl. 13.00"),
    ]
    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = table.rows[0]
    for i, t in enumerate(["Del", "Beskrivning", "Ansvarig", "Datum"]):
        cell_text(hdr.cells[i], t, bold=True)
        shade(hdr.cells[i], "D9E2F3")
    repeat_header(hdr)
    for d, b, a, dt in rows:
        rc = table.add_row().cells
        cell_text(rc[0], d, bold=True)
        cell_text(rc[1], b)
        cell_text(rc[2], a)
        cell_text(rc[3], dt)
    set_col_widths(table, [Cm(4.0), Cm(12.7), Cm(5.8), Cm(3.2)])
    for row in table.rows:
        for c in row.cells:
            for p in c.paragraphs:
                p.paragraph_format.space_after = Pt(3)
                p.paragraph_format.space_before = Pt(3)
    doc.add_paragraph()
    doc.add_paragraph("Planen har upprättats vid mötet och skickas till J. och samtliga deltagare.")
    src = TMP / f"{PREFIX}-01.docx"
    doc.save(src)
    soffice_pdf(src, TMP)
    shutil.copy(TMP / f"{PREFIX}-01.pdf", fn(1, "pdf"))


# ---------------------------------------------------------------------------
# 02  Accessible plain-text export (UTF-8, LF)
# ---------------------------------------------------------------------------
def plan02():
    fields = [
        ("Dokument", "Samordnad individuell plan (SIP)\nTillgänglig textversion, exporterad 2025-04-23"),
        ("Namn", "G."),
        ("Personnummer", "XXXXXX-XXXX"),
        ("Ålder", "81 år"),
        ("Hemkommun", "Nybro kommun"),
        ("Datum för SIP-möte", "2025-04-22"),
        ("Plats för SIP-möte", "Strokeenheten, Länssjukhuset i Kalmar, dagrummet"),
        ("Typ av möte", "Samordnad individuell plan inför utskrivning (SIP vid utskrivning från sluten vård)"),
        ("Bakgrund",
         "G. insjuknade 2025-04-03 i stroke (hjärninfarkt vänster sida) med svaghet i höger "
         "arm och ben och lätt afasi. Hon har vårdats på strokeenheten och därefter på "
         "rehabavdelningen. Före insjuknandet bodde hon ensam i villa i Nybro utan hjälp. "
         "Hon går nu med rollator korta sträckor inomhus och behöver hjälp vid dusch och "
         "påklädning. Beräknad utskrivning 2025-04-25."),
        ("Syfte med planen", "-"),
        ("Frågeställningar inför mötet", "-"),
        ("Den enskildes mål",
         "\"Jag vill kunna bo kvar i mitt hus och gå ut till brevlådan själv.\"\n"
         "\"Jag vill kunna laga min egen frukost igen.\""),
        ("Den enskildes delaktighet och önskemål",
         "G. deltog på mötet tillsammans med sin dotter. G. vill ha så få olika personer som "
         "möjligt från hemtjänsten och vill helst ha hjälp med duschen på förmiddagen. Hon "
         "var först tveksam till trygghetslarm men vill ha det efter att vi pratat om fallrisken."),
        ("Samtycke", "-"),
        ("Insats 1",
         "Hemtjänst morgon och kväll: hjälp med personlig hygien, dusch två gånger i veckan, "
         "på- och avklädning, frukost och kvällsmål."),
        ("Ansvarig för insats 1", "Hemtjänsten Nybro centrum, enhetschef"),
        ("Tidpunkt för insats 1", "Från utskrivningsdagen 2025-04-25"),
        ("Insats 2",
         "Hemrehabilitering: gångträning inomhus och till brevlådan, träning av aktiviteter "
         "i köket och förflyttningar, två gånger per vecka under sex veckor."),
        ("Ansvarig för insats 2", "Rehabenheten Nybro kommun, fysioterapeut och arbetsterapeut"),
        ("Tidpunkt för insats 2", "Första hembesök 2025-04-28"),
        ("Insats 3",
         "Hjälpmedel: rollator för inomhusbruk, duschpall, toalettförhöjning och "
         "greppvänlig bestick. Hembesök för att se över mattor och trösklar."),
        ("Ansvarig för insats 3", "Arbetsterapeut, Rehabenheten Nybro kommun"),
        ("Tidpunkt för insats 3", "Installeras 2025-04-24, före hemgång"),
        ("Insats 4", "Trygghetslarm installeras."),
        ("Ansvarig för insats 4", "Trygghetsteamet, Vård och omsorg Nybro kommun"),
        ("Tidpunkt för insats 4", "2025-04-25"),
        ("Insats 5",
         "Läkemedelsgenomgång, uppföljning av blodtryck och blodförtunnande behandling "
         "efter stroke."),
        ("Ansvarig för insats 5", "Regionen"),
        ("Tidpunkt för insats 5", "Inom två veckor efter hemgång"),
        ("Insats 6", "Logopedträning för afasi, sex tillfällen."),
        ("Ansvarig för insats 6", "Logopedmottagningen, Länssjukhuset i Kalmar"),
        ("Tidpunkt för insats 6", "Första besök 2025-05-07"),
        ("Andra aktörers insatser",
         "Dottern Karin handlar mat till G. varje lördag och följer med henne på "
         "läkarbesöket på vårdcentralen. Karin hjälper också G. att betala räkningar via "
         "internetbanken tills vidare."),
        ("Huvudansvarig för planen", "Nybro kommun"),
        ("Deltagare", "G.\nKarin\nAnna\nMohammed\nLinnea\nJenny"),
        ("Uppföljning", "Uppföljning om cirka fyra veckor efter hemgång."),
        ("Övrigt", "-"),
    ]
    out = []
    for label, value in fields:
        out.append(f"{label}:")
        for line in value.split("\n"):
            wrapped = textwrap.wrap(line, width=76) or [""]
            out.extend(wrapped)
        out.append("")
    text = "\n".join(out)
    fn(2, "txt").write_bytes(text.encode("utf-8"))


# ---------------------------------------------------------------------------
# 03  Child-friendly docx with VML text boxes (w:txbxContent) + adults' table
# ---------------------------------------------------------------------------
def textbox_xml(shape_id, heading, lines, fill, width_cm=8.0, height_cm=8.4):
    """Inline DrawingML text box (wps:wsp) holding a w:txbxContent, as Word 2016 writes it."""
    esc = lambda s: (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
    paras = (
        '<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:after="120"/></w:pPr>'
        '<w:r><w:rPr><w:b/><w:color w:val="1F4E79"/><w:sz w:val="28"/></w:rPr>'
        f'<w:t xml:space="preserve">{esc(heading)}</w:t></w:r></w:p>'
    )
    for ln in lines:
        paras += (
            '<w:p><w:pPr><w:spacing w:after="80"/></w:pPr>'
            '<w:r><w:rPr><w:sz w:val="22"/></w:rPr>'
            f'<w:t xml:space="preserve">{esc(ln)}</w:t></w:r></w:p>'
        )
    cx, cy = int(width_cm * 360000), int(height_cm * 360000)
    xml = (
        f'<w:r {nsdecls("w", "wp", "a")} '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<w:drawing>'
        '<wp:inline distT="0" distB="0" distL="114300" distR="114300">'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        f'<wp:docPr id="{shape_id}" name="Textruta {shape_id}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/>'
        f'<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="roundRect"><a:avLst/></a:prstGeom>'
        f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>'
        '<a:ln w="19050"><a:solidFill><a:srgbClr val="2E75B6"/></a:solidFill></a:ln></wps:spPr>'
        f'<wps:txbx><w:txbxContent>{paras}</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="108000" tIns="108000" rIns="108000" '
        'bIns="108000" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>'
        '</wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'
    )
    return parse_xml(xml)


def plan03():
    doc = Document()
    set_core(doc, "Min plan - Noah", "Elevhälsan Emmaboda")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Emmaboda kommun · Region Kalmar län — SIP barn och unga"
    hp.runs[0].font.size = Pt(8)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("Min plan")
    r.bold = True
    r.font.size = Pt(26)
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    t2 = doc.add_paragraph()
    t2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t2.add_run("SIP – samordnad individuell plan för Noah, 10 år")
    r.font.size = Pt(14)
    t3 = doc.add_paragraph()
    t3.alignment = WD_ALIGN_PARAGRAPH.CENTER
    t3.add_run("Mötet var 2025-01-28 i skolans konferensrum i Emmaboda")

    doc.add_heading("Varför har vi gjort en plan?", level=2)
    doc.add_paragraph(
        "Du har varit hemma från skolan mycket sedan i höstas eftersom du blir orolig och får "
        "ont i magen på morgonen. Den här planen ska hjälpa oss vuxna på skolan, BUP och "
        "socialtjänsten att jobba ihop, så att du kan komma tillbaka till skolan lite i taget "
        "och känna dig mindre orolig.")

    doc.add_heading("Vilka var på mötet?", level=2)
    doc.add_paragraph(
        "Du, mamma och pappa, Sara, Ali, Hanna och Johanna.")

    doc.add_heading("Din del", level=2)
    doc.add_paragraph(
        "Du skrev den här delen tillsammans med kuratorn innan mötet, och du läste upp den "
        "själv på mötet.")
    p = doc.add_paragraph()
    p._p.append(textbox_xml(1, "Det här tycker jag", [
        "Jag tycker om rasterna när jag får vara med Vincent.",
        "Det är jobbigt i matsalen för det är så högt ljud.",
        "På morgonen får jag ont i magen och då vill jag inte gå.",
        "Det är bra när mamma följer med till grinden.",
        "Jag tycker inte om när det kommer en vikarie.",
    ], "FFF2CC"))
    p.add_run("   ")
    p._p.append(textbox_xml(2, "Det här vill jag", [
        "Jag vill kunna vara i skolan hela dagen utan att få ont i magen.",
        "Jag vill äta lunch i ett mindre rum med en kompis.",
        "Jag vill börja spela fotboll igen på torsdagar.",
        "Jag vill att någon säger till innan om det blir en vikarie.",
    ], "E2EFDA"))

    doc.add_heading("Frågor till mötet", level=2)
    doc.add_paragraph("Hur det går just nu.")

    doc.add_heading("Vad vi vuxna ska göra", level=2)
    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    hdr = table.rows[0]
    for i, tx in enumerate(["Vad", "Vem", "När"]):
        cell_text(hdr.cells[i], tx, bold=True)
        shade(hdr.cells[i], "BDD7EE")
    repeat_header(hdr)
    rows = [
        ("Anpassad skoldag: Noah börjar kl. 9.00 och går hem efter lunch de första fyra "
         "veckorna. Lunch i grupprummet med en kompis. Mentorn berättar dagen innan om det "
         "blir vikarie.",
         "Mentor och rektor, Emmaboda skola åk 4",
         "Från 2025-02-03"),
        ("Samtal med kurator varje måndag morgon för att prata om veckan.",
         "Kurator, elevhälsan Emmaboda kommun",
         "Måndagar från 2025-02-03"),
        ("KBT-behandling för oro, tio tillfällen, med övningar hemma mellan gångerna.",
         "Psykolog, BUP Kalmar",
         "Varannan vecka från 2025-02-05"),
        ("Föräldrastöd: samtal med mamma och pappa om hur man hjälper ett barn med oro "
         "och skolfrånvaro.",
         "Regionen",
         ""),
        ("Familjebehandling med hembesök på morgonen för att få ordning på morgonrutinerna.",
         "Familjebehandlare, Socialtjänsten Emmaboda kommun",
         "Start vecka 7"),
        ("Mamma och pappa följer med Noah till skolan varje morgon och hör av sig till "
         "mentorn på fredagar om hur veckan har varit hemma.",
         "Mamma och pappa",
         "Varje skoldag / fredagar"),
    ]
    for a, b, c in rows:
        rc = table.add_row().cells
        cell_text(rc[0], a)
        cell_text(rc[1], b)
        cell_text(rc[2], c)
    set_col_widths(table, [Cm(9.0), Cm(4.6), Cm(3.0)])

    doc.add_heading("När ses vi igen?", level=2)
    doc.add_paragraph("Vi ses igen efter sportlovet och pratar om hur det har gått.")
    doc.save(fn(3, "docx"))


# ---------------------------------------------------------------------------
# 04  Markdown from a Teams/Loop meeting note
# ---------------------------------------------------------------------------
def plan04():
    md = """# SIP-möte E. (åk 9)

**Mötestid:** ons 12 feb. 2025 13:00–14:30 · Microsoft Teams-möte
**Organisatör:** Helena (socialsekreterare, Barn och familj, Torsås kommun)
**Mötesanteckningar i Loop** · Senast redigerad 12 feb. 2025 av Anna

---

## Deltagare

- Helena (socialsekreterare, Barn och familj, Torsås kommun)
- Anna (kurator, Torsås skola)
- Mikael (mentor åk 9, Torsås skola)
- Fatima (skolsköterska, Elevhälsan Torsås kommun)
- Jonas (psykolog, BUP Kalmar, Region Kalmar län)
- E. och mamma (deltog 13:00–13:30)

## Agenda

1. Nuläge
2. Frågor från skolan och BUP
3. Vem gör vad
4. Nästa möte

## Anteckningar

- E. är 16 år och går i åk 9. Hon har skurit sig på underarmarna sedan i oktober 2024, BUP
  har haft kontakt sedan december (bedömningssamtal + två stödsamtal). Senaste självskadan
  var för en vecka sedan, upptäcktes av idrottsläraren i omklädningsrummet.
- Frånvaron är 23 % sedan jul, mest måndagar och vid prov.
- Skolans frågor inför mötet:
  - Hur ska skolan agera om E. visar nya skador under skoltid – vem kontaktas först, mamma
    eller BUP?
  - Kan E. få ändrade provdatum inför de nationella proven i mars?
- BUP:s fråga: behöver E. en mer intensiv behandling (DBT) eller räcker fortsatta stödsamtal?
- Målet är att E. ska minska självskadandet och klara godkända betyg i alla ämnen i åk 9.
- E. och mamma var med första halvtimmen. Resten av mötet fortsatte utan dem.
- Jonas: risken bedöms som låg just nu men ska bedömas igen vid nästa besök.
- Skolan saknar en skriftlig rutin för vad lärare ska göra vid upptäckt självskada, se uppgift
  för Fatima.

## Uppgifter

- [x] @Mikael (mentor åk 9, Torsås skola): Flytta E:s prov i SO och engelska och meddela nya
  datum till E. och mamma – förfaller 2025-02-14
- [ ] @Anna (kurator, Torsås skola): Stödsamtal med E. varje tisdag kl. 10 v. 8–14 –
  förfaller 2025-03-01
- [ ] @Fatima (skolsköterska, Elevhälsan Torsås kommun): Skriv ner skolans rutin vid
  upptäckt självskada och skicka till alla lärare i åk 9 – förfaller 2025-02-21
- [x] @Jonas (psykolog, BUP Kalmar): Ta upp E. på BUP:s behandlingskonferens om DBT-
  färdighetsträning – förfaller 2025-02-18
- [ ] @Jonas (psykolog, BUP Kalmar): Ny riskbedömning och samtal med E. och mamma –
  förfaller 2025-02-26
- [ ] @Helena (socialsekreterare, Barn och familj, Torsås kommun): Erbjuda mamma
  föräldrastödsprogrammet Tonårsföräldraskap (kommunens föräldrastöd) – förfaller 2025-03-07
- [ ] @Helena (socialsekreterare, Barn och familj, Torsås kommun): Kalla till uppföljande
  SIP-möte – förfaller 2025-03-20

## Nästa möte

Uppföljande SIP-möte **2025-04-02 kl. 13:00** på Torsås skola (Teams-länk för BUP).
"""
    fn(4, "md").write_bytes(md.encode("utf-8"))


# ---------------------------------------------------------------------------
# 05  fpdf2: two A4 plan pages scaled side by side on one landscape sheet
# ---------------------------------------------------------------------------
class TwoUp:
    """Draws a virtual A4 portrait page (210x297 mm) scaled into a half of a landscape A4."""

    def __init__(self, pdf, ox, oy, s):
        self.pdf, self.ox, self.oy, self.s = pdf, ox, oy, s

    def X(self, x):
        return self.ox + x * self.s

    def Y(self, y):
        return self.oy + y * self.s

    def font(self, bold, size):
        self.pdf.set_font("DejaVu", "B" if bold else "", size * self.s)

    def text(self, x, y, txt, bold=False, size=10):
        self.font(bold, size)
        self.pdf.set_xy(self.X(x), self.Y(y))
        self.pdf.cell(0, 0, txt)

    def line(self, x1, y1, x2, y2):
        self.pdf.line(self.X(x1), self.Y(y1), self.X(x2), self.Y(y2))

    def rect(self, x, y, w, h, fill=False):
        self.pdf.rect(self.X(x), self.Y(y), w * self.s, h * self.s, style="DF" if fill else "D")

    def para(self, x, y, w, txt, size=9, lh=4.6, bold=False):
        """Multi-line text; returns virtual y after text."""
        self.font(bold, size)
        self.pdf.set_xy(self.X(x), self.Y(y))
        self.pdf.multi_cell(w * self.s, lh * self.s, txt, border=0, align="L", new_x="LMARGIN", new_y="NEXT")
        return (self.pdf.get_y() - self.oy) / self.s

    def field(self, y, label, txt, minh=12, size=9):
        """Boxed field across the page: grey label bar + text box. Returns y after box."""
        self.pdf.set_fill_color(225, 225, 225)
        self.rect(15, y, 180, 6, fill=True)
        self.text(17, y + 3, label, bold=True, size=8.5)
        yy = y + 6
        end = self.para(17, yy + 1.5, 176, txt, size=size) if txt else yy
        h = max(minh, end - yy + 2)
        self.rect(15, yy, 180, h)
        return yy + h + 3

    def header(self, page, total):
        self.text(15, 10, "Cosmic · Region Kalmar län", bold=True, size=8)
        self.text(80, 10, "Samordnad individuell plan (SIP)", size=8)
        self.text(136, 10, "Utskrift 2025-03-20 09:41", size=8)
        self.text(181, 10, f"Sida {page} ({total})", size=8)
        self.line(15, 13, 195, 13)
        self.text(15, 17, "Patient: B.   Personnr: XXXXXX-XXXX   Vårdenhet: Medicinavdelning 2, "
                  "Oskarshamns sjukhus", size=7.5)


def plan05():
    pdf = FPDF(orientation="L", unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_margins(0, 0, 0)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_title("SIP B. 2025-03-18")
    pdf.set_author("Region Kalmar län")
    pdf.set_creation_date(__import__("datetime").datetime(2025, 3, 20, 9, 41))
    pdf.add_page()
    s = 0.68
    pw, ph = 210 * s, 297 * s
    gap = (297 - 2 * pw) / 3
    oy = (210 - ph) / 2
    left = TwoUp(pdf, gap, oy, s)
    right = TwoUp(pdf, 2 * gap + pw, oy, s)
    pdf.set_draw_color(160, 160, 160)
    pdf.rect(left.ox, oy, pw, ph)
    pdf.rect(right.ox, oy, pw, ph)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.2)

    # ---- page 1 ----
    P = left
    P.header(1, 2)
    P.text(15, 27, "SAMORDNAD INDIVIDUELL PLAN – SIP", bold=True, size=14)
    P.text(15, 34, "Mötesdatum: 2025-03-18   Plats: Medicinavdelning 2, Oskarshamns sjukhus   "
           "Mötestyp: SIP inför utskrivning", size=8.5)
    y = 40
    y = P.field(y, "Bakgrund",
                "B. är 67 år och bor ensam i lägenhet i Oskarshamn. Han har ett "
                "långvarigt alkoholberoende och har utvecklat levercirros. Han lades in "
                "2025-03-08 med gulsot och vätska i buken och har fått abstinensbehandling "
                "på avdelningen. B. har tidigare haft kontakt med beroendemottagningen 2022 "
                "men avbröt. Han är pensionär och har haft hemtjänst för städning sedan 2024.")
    y = P.field(y, "Syfte med SIP",
                "Syftet är att samordna vården och omsorgen efter utskrivningen så att B. kan "
                "bo kvar hemma, få behandling för sitt alkoholberoende och att hans "
                "leversjukdom följs upp, utan att han faller mellan sjukhuset, "
                "beroendevården och kommunen.")
    y = P.field(y, "Frågeställningar", "", minh=14)
    y = P.field(y, "Den enskildes mål",
                "\u201dJag vill sluta dricka så att jag får se barnbarnen växa upp.\u201d\n"
                "\u201dJag vill klara mig själv hemma och inte hamna här igen.\u201d\n"
                "(B:s egna ord vid samtal med sjuksköterska på avdelningen 2025-03-14)")
    y = P.field(y, "Samtycke",
                "B. har lämnat skriftligt samtycke till SIP och till att informationen delas "
                "mellan deltagande verksamheter, blankett undertecknad 2025-03-14.")
    y = P.field(y, "Deltagare",
                "Lena, sjuksköterska, Medicinavdelning 2, Oskarshamns sjukhus\n"
                "Erik, läkare, Beroendemottagningen Oskarshamn, Region Kalmar län\n"
                "Amir, socialsekreterare, Vuxenenheten, Oskarshamns kommun\n"
                "Tove, biståndshandläggare, Äldreomsorgen, Oskarshamns kommun\n"
                "Maria, distriktssköterska, Vårdcentralen Oskarshamn")

    # ---- page 2 ----
    P = right
    P.header(2, 2)
    P.text(15, 27, "Insatser", bold=True, size=11)
    cols = [(15, 80, "Insats"), (95, 60, "Ansvarig (verksamhet/funktion)"), (155, 40, "Tidpunkt")]
    y = 31
    pdf.set_fill_color(225, 225, 225)
    for x, w, h in cols:
        P.rect(x, y, w, 7, fill=True)
        P.text(x + 2, y + 3.5, h, bold=True, size=8)
    y += 7
    rows = [
        ("Återfallsprevention med disulfiram (Antabus) under övervakning två gånger per "
         "vecka samt läkemedel mot sug (akamprosat).",
         "Beroendemottagningen Oskarshamn, sjuksköterska", "Från 2025-03-24"),
        ("Provtagning levervärden och ultraljud lever, läkarbesök för bedömning av "
         "cirrosen och vätskedrivande behandling.",
         "Medicinmottagningen, Oskarshamns sjukhus", "Läkarbesök 2025-04-15"),
        ("Återfallsprevention i grupp (ÅP), tio träffar.",
         "Vuxenenheten Oskarshamns kommun, behandlare", ""),
        ("Hemtjänst: inköp och städning varannan vecka, tillsyn av läkemedel.",
         "Hemtjänsten Oskarshamn norra, enhetschef", "Från 2025-03-21"),
        ("Matdistribution, fem dagar i veckan, leverkost (saltfattig).",
         "Äldreomsorgen Oskarshamns kommun, biståndshandläggare", "Från 2025-03-21"),
        ("Blodtryck och vikt varje vecka (vätska i buken), dosett.",
         "Vårdcentralen Oskarshamn, distriktssköterska", "Första besök 2025-03-26"),
    ]
    for a, b, c in rows:
        e1 = P.para(17, y + 1.5, 76, a, size=8, lh=4.0)
        e2 = P.para(97, y + 1.5, 56, b, size=8, lh=4.0)
        e3 = P.para(157, y + 1.5, 36, c, size=8, lh=4.0) if c else y
        h = max(e1, e2, e3) - y + 2
        for x, w, _ in cols:
            P.rect(x, y, w, h)
        y += h
    y += 5
    y = P.field(y, "Andra aktörers insatser", "", minh=12)
    y = P.field(y, "Huvudansvarig för planen", "Oskarshamns kommun", minh=8)
    y = P.field(y, "Nästa uppföljning", "", minh=8)
    y = P.field(y, "Övrigt",
                "Läkemedelslista och epikris skickas till vårdcentralen vid utskrivning. "
                "Planen skickas till B. och alla deltagare.")
    P.text(15, 275, "Upprättad av: Lena, sjuksköterska, Medicinavdelning 2", size=7.5)
    P.text(15, 280, "Dokumentet är utskrivet från journalsystemet och kan vara inaktuellt.", size=7)
    pdf.output(str(fn(5, "pdf")))


# ---------------------------------------------------------------------------
# 06  docx with tracked changes (w:ins / w:del)
# ---------------------------------------------------------------------------
AUTH1 = ("Omar", "2025-05-21T10:14:00Z")
_rev = [100]


def _rid():
    _rev[0] += 1
    return str(_rev[0])


def _run(text, deleted=False, bold=False):
    r = OxmlElement("w:r")
    if bold:
        rpr = OxmlElement("w:rPr")
        rpr.append(OxmlElement("w:b"))
        r.append(rpr)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def ins(p, text, bold=False):
    el = OxmlElement("w:ins")
    el.set(qn("w:id"), _rid())
    el.set(qn("w:author"), AUTH1[0])
    el.set(qn("w:date"), AUTH1[1])
    el.append(_run(text, bold=bold))
    p._p.append(el)


def dele(p, text, bold=False):
    el = OxmlElement("w:del")
    el.set(qn("w:id"), _rid())
    el.set(qn("w:author"), AUTH1[0])
    el.set(qn("w:date"), AUTH1[1])
    el.append(_run(text, deleted=True, bold=bold))
    p._p.append(el)


def mark_row(row, kind):
    """kind 'ins' or 'del': mark table row as inserted/deleted and wrap its runs."""
    trPr = row._tr.get_or_add_trPr()
    m = OxmlElement(f"w:{kind}")
    m.set(qn("w:id"), _rid())
    m.set(qn("w:author"), AUTH1[0])
    m.set(qn("w:date"), AUTH1[1])
    trPr.append(m)
    for cell in row.cells:
        for p in cell.paragraphs:
            for r in list(p._p.findall(qn("w:r"))):
                wrap = OxmlElement(f"w:{kind}")
                wrap.set(qn("w:id"), _rid())
                wrap.set(qn("w:author"), AUTH1[0])
                wrap.set(qn("w:date"), AUTH1[1])
                r.addprevious(wrap)
                wrap.append(r)
                if kind == "del":
                    for t in r.findall(qn("w:t")):
                        t.tag = qn("w:delText")
            # mark paragraph mark too
            pPr = p._p.get_or_add_pPr()
            rPr = OxmlElement("w:rPr")
            mk = OxmlElement(f"w:{kind}")
            mk.set(qn("w:id"), _rid())
            mk.set(qn("w:author"), AUTH1[0])
            mk.set(qn("w:date"), AUTH1[1])
            rPr.append(mk)
            pPr.append(rPr)


def plan06():
    doc = Document()
    set_core(doc, "SIP S. 2025-05-20", "Linn")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Västerviks kommun · Region Kalmar län\tSIP\tUTKAST – version 2"
    hp.runs[0].font.size = Pt(8)

    doc.add_heading("Samordnad individuell plan (SIP)", level=1)
    p = doc.add_paragraph()
    p.add_run("Namn: ").bold = True
    p.add_run("S., 19 år (ÅÅMMDD-XXXX)")
    p = doc.add_paragraph()
    p.add_run("Datum för möte: ").bold = True
    p.add_run("2025-05-20, Vuxenpsykiatrins mottagning i Västervik")

    doc.add_heading("Bakgrund", level=2)
    doc.add_paragraph(
        "S. har autism (diagnos 2018) och en medelsvår depression sedan våren 2024. Hon tog "
        "studenten från introduktionsprogrammet/individuellt alternativ i juni 2024 och har "
        "sedan dess mest varit hemma. Hon bor kvar hos sin pappa i Västervik. Hon har kontakt "
        "med Vuxenpsykiatrin sedan hon fyllde 18 och har sertralin. Dygnsrytmen är förskjuten "
        "och hon lämnar sällan lägenheten.")

    doc.add_heading("Syfte", level=2)
    doc.add_paragraph("Att få en gemensam bild.")

    doc.add_heading("Frågeställningar", level=2)
    p = doc.add_paragraph()
    dele(p, "Diskutera läget.")
    ins(p, "Hur kan S. komma igång med en daglig sysselsättning, och vilken verksamhet "
           "ska ha kontakten med henne under sommaren när psykologen har semester?")

    doc.add_heading("Mål", level=2)
    doc.add_paragraph(
        "Målet är att S. ska ha en meningsfull sysselsättning minst tre dagar i veckan "
        "och att depressionen ska lindras så att hon kommer ut varje dag.")

    doc.add_heading("Samtycke", level=2)
    p = doc.add_paragraph()
    dele(p, "S. har gett muntligt samtycke till SIP vid besök hos psykologen 2025-05-06.")

    doc.add_heading("Insatser", level=2)
    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    hdr = table.rows[0]
    for i, tx in enumerate(["Insats", "Ansvarig", "När"]):
        cell_text(hdr.cells[i], tx, bold=True)
        shade(hdr.cells[i], "E7E6E6")
    repeat_header(hdr)
    data = [
        ("Samtal med psykolog, KBT-inriktat, varannan vecka med fokus på dygnsrytm och "
         "aktivering.", "Vuxenpsykiatrin Västervik, psykolog Nora", "Från 2025-06-03", None),
        ("Läkemedelsuppföljning sertralin, ställningstagande till dosökning.",
         "Vuxenpsykiatrin Västervik, läkare", "2025-06-17", None),
        ("Boendestöd tre gånger i veckan: stöd med dygnsrytm, att handla och att ta sig ut.",
         "Socialpsykiatrin Västerviks kommun, boendestödjare Linn", "Från 2025-06-02", None),
        ("Ansökan om daglig verksamhet enligt LSS.", "LSS-handläggare", "", "del"),
        ("Kartläggning och praktikförberedande insats hos kommunens arbetsmarknadsenhet, "
         "första träffen tillsammans med boendestödjaren.",
         "Arbetsmarknadsenheten (Jobbcentrum) Västerviks kommun, coach",
         "Första träff 2025-06-10", "ins"),
    ]
    for a, b, c, kind in data:
        row = table.add_row()
        cell_text(row.cells[0], a)
        cell_text(row.cells[1], b)
        cell_text(row.cells[2], c)
        if kind:
            mark_row(row, kind)
    set_col_widths(table, [Cm(8.5), Cm(5.5), Cm(3.0)])

    doc.add_heading("Andra aktörer", level=2)
    doc.add_paragraph("Kontakt finns med Arbetsförmedlingen.")

    doc.add_heading("Huvudansvarig", level=2)
    p = doc.add_paragraph()
    dele(p, "Kurator, Vuxenpsykiatrin Västervik")
    ins(p, "Socialsekreterare Omar, Vuxenenheten, Socialtjänsten Västerviks kommun")

    doc.add_heading("Uppföljning", level=2)
    p = doc.add_paragraph()
    p.add_run("Nästa uppföljning: ")
    dele(p, "2025-09-15")
    ins(p, "i oktober")

    doc.add_heading("Deltagare", level=2)
    doc.add_paragraph("Omar, Nora, Linn, Peter")

    # turn on track changes in settings so Word shows them as a review document
    settings = doc.settings.element
    tr = OxmlElement("w:trackRevisions")
    settings.insert(0, tr)
    doc.save(fn(6, "docx"))


# ---------------------------------------------------------------------------
# 07  UTF-16 LE + BOM, CRLF ("Unicode" from Notepad), headings in capitals
# ---------------------------------------------------------------------------
def plan07():
    text = """SIP - SAMORDNAD INDIVIDUELL PLAN
Vimmerby 2025-06-10

BAKGRUND
Karl, 82 år, har Parkinsons sjukdom sedan 2016. Han bor med sin fru Inga,
79 år, i eget hus utanför Vimmerby. Inga sköter det mesta av omvårdnaden
och hans mediciner (Madopark fem gånger per dygn). Karl har fallit tre
gånger senaste månaden, en gång på natten på väg till toaletten. Inga har
själv hjärtsvikt och säger att hon är mycket trött. De har hemtjänst en
gång per dag för dusch sedan i vintras.

FRÅGESTÄLLNINGAR
- Behöver Karl en korttidsplats några dygn i månaden för att Inga ska
  få vila?
- Hur ska medicinerna ges på rätt tid på morgonen när Inga inte orkar
  gå upp kl. 6?
- Behövs det fler hjälpmedel i sovrummet och badrummet efter fallen?

KARLS OCH INGAS SYN
Karl och Inga var båda med på mötet som hölls hemma hos dem. Karl tycker
att hemtjänsten kommer för sent på morgonen och att det är jobbigt med ny
personal hela tiden. Han vill inte åka till korttids. Inga säger att hon
är trött men att hon inte vill att någon annan ska ge Karl medicinerna,
för det har blivit fel förut.

SAMTYCKE
Samtycke finns.

INSATSER
- Utökad hjälp i hemmet vid behov.
- Stöd till Inga vid behov.
- Fortsatt kontakt.

ANHÖRIGA
Sonen, som bor i Linköping, är informerad och kan hjälpa till ibland.

UPPFÖLJNING
Ny träff vid behov, senast i höst.

NÄRVARANDE
Karl, Inga, Maria, Johan, Eva

/Maria
"""
    data = text.replace("\n", "\r\n")
    fn(7, "txt").write_bytes(b"\xff\xfe" + data.encode("utf-16-le"))


# ---------------------------------------------------------------------------
# 08  NOT a plan: municipal annual statistics report, Hultsfred
# ---------------------------------------------------------------------------
def plan08():
    doc = Document()
    set_core(doc, "SIP i Hultsfreds kommun 2024", "Kvalitetsutvecklare, Socialförvaltningen Hultsfred")
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Hultsfreds kommun · Socialförvaltningen\tRapport\tDnr SN 2025/XX"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.add_run("Sida ")
    add_field(fp, "PAGE")

    doc.add_heading("SIP i Hultsfreds kommun 2024 – uppföljning av antal och kvalitet", level=0)
    p = doc.add_paragraph()
    p.add_run("Årsrapport till socialnämnden och Närvårdsgruppen norra Kalmar län. ").italic = True
    p.add_run("Fastställd 2025-03-18.").italic = True

    doc.add_heading("1. Sammanfattning", level=1)
    doc.add_paragraph(
        "Under 2024 upprättades 142 samordnade individuella planer (SIP) där Hultsfreds kommun "
        "deltog, jämfört med 118 år 2023 (+20 %). Ökningen finns främst inom barn och unga och "
        "vid utskrivning från slutenvård. Granskningen av 40 slumpvis utvalda planer visar att "
        "insatser och ansvar oftast beskrivs tydligt, medan den enskildes mål med egna ord och "
        "andra aktörers insatser ofta saknas. Andelen planer med ett bestämt datum för "
        "uppföljning har ökat från 61 % till 72 %.")

    doc.add_heading("2. Antal SIP per verksamhet", level=1)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Light Grid Accent 1"
    for i, h in enumerate(["Verksamhet (sammankallande)", "2023", "2024", "Förändring"]):
        cell_text(t.rows[0].cells[i], h, bold=True)
    data = [
        ("IFO Barn och unga", "34", "47", "+13"),
        ("IFO Vuxen (missbruk och socialpsykiatri)", "29", "31", "+2"),
        ("Äldreomsorg / hemtjänst", "21", "27", "+6"),
        ("LSS-handläggning", "9", "11", "+2"),
        ("Elevhälsan (grundskola och gymnasium)", "6", "8", "+2"),
        ("Regionens verksamheter (vårdcentral, psykiatri, BUP)", "19", "18", "−1"),
        ("Totalt", "118", "142", "+24"),
    ]
    for row in data:
        rc = t.add_row().cells
        for i, v in enumerate(row):
            cell_text(rc[i], v, bold=(row[0] == "Totalt"))
    doc.add_paragraph(
        "Källa: kommunens verksamhetssystem (åtgärdskod SIP) och Regionens statistik över "
        "SIP-kallelser i Prator. Planer där kommunen bara deltagit som informationsmottagare "
        "ingår inte.")

    doc.add_heading("3. SIP vid utskrivning från slutenvård", level=1)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Light Grid Accent 1"
    for i, h in enumerate(["Kvartal 2024", "Antal SIP vid utskrivning", "Varav inom 30 dagar"]):
        cell_text(t.rows[0].cells[i], h, bold=True)
    for row in [("Kv 1", "9", "7"), ("Kv 2", "11", "10"), ("Kv 3", "8", "6"), ("Kv 4", "12", "11")]:
        rc = t.add_row().cells
        for i, v in enumerate(row):
            cell_text(rc[i], v)

    doc.add_heading("4. Granskning av kvalitet", level=1)
    doc.add_paragraph(
        "Kvalitetsutvecklaren och en distriktssköterska från Region Kalmar län granskade i "
        "januari 2025 40 avidentifierade planer mot den regionala checklistan. Tabellen visar "
        "andelen planer där respektive del bedömdes vara uppfylld.")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Light Grid Accent 1"
    for i, h in enumerate(["Del i planen", "2023 (n=40)", "2024 (n=40)"]):
        cell_text(t.rows[0].cells[i], h, bold=True)
    for row in [
        ("Syfte som gäller personens situation", "55 %", "63 %"),
        ("Frågeställningar inför mötet", "38 %", "45 %"),
        ("Den enskildes mål med egna ord", "30 %", "35 %"),
        ("Den enskildes delaktighet dokumenterad", "68 %", "70 %"),
        ("Samtycke med datum/form", "48 %", "58 %"),
        ("Insatser med ansvarig och tidpunkt", "73 %", "80 %"),
        ("Huvudansvarig med funktion och verksamhet", "60 %", "78 %"),
        ("Andra aktörers insatser (FK, AF, närstående m.fl.)", "25 %", "28 %"),
        ("Uppföljning med bestämt datum", "61 %", "72 %"),
        ("Deltagare med funktion och organisation", "80 %", "83 %"),
    ]:
        rc = t.add_row().cells
        for i, v in enumerate(row):
            cell_text(rc[i], v)

    doc.add_heading("5. Exempel på vad bra planer innehåller", level=1)
    doc.add_paragraph(
        "Citaten nedan är hämtade ur granskade planer och avidentifierade. De visar hur "
        "delarna kan skrivas så att planen blir användbar för den enskilde.")
    for q in [
        "Mål med egna ord: \u201dJag vill kunna gå till affären själv och handla på fredagar.\u201d",
        "Syfte: \u201dSyftet är att skolan, BUP och socialtjänsten gör samma sak när A. inte "
        "kommer till skolan, så att hon inte behöver berätta allt tre gånger.\u201d",
        "Samtycke: \u201dX. gav muntligt samtycke vid hembesöket 2024-09-03.\u201d",
        "Andra aktörer: \u201dGod man betalar hyran och räkningarna den 25:e varje månad.\u201d",
        "Uppföljning: \u201dNytt möte 2024-11-12 kl. 10 på vårdcentralen, biståndshandläggaren "
        "kallar.\u201d",
    ]:
        doc.add_paragraph(q, style="List Bullet")

    doc.add_heading("6. Förbättringsområden 2025", level=1)
    for q in [
        "Den enskildes mål ska skrivas med personens egna ord – i dag skrivs målet oftast av "
        "handläggaren i tredje person.",
        "Andra aktörer (Försäkringskassan, Arbetsförmedlingen, god man, anhöriga) ska tas med "
        "och deras åtgärder beskrivas, eller att det inte finns några.",
        "Uppföljning ska bokas med datum redan på mötet; formuleringar som \u201dvid behov\u201d "
        "eller \u201dom tre månader\u201d ska undvikas.",
        "Mallen i Prator ska ses över tillsammans med Regionen så att fältet för "
        "frågeställningar fylls i när kallelsen skickas.",
        "Utbildning i SIP för nyanställda inom hemtjänst och elevhälsa, två tillfällen under "
        "hösten 2025.",
    ]:
        doc.add_paragraph(q, style="List Number")

    doc.add_heading("7. Förslag till beslut", level=1)
    doc.add_paragraph(
        "Socialnämnden föreslås lägga rapporten till handlingarna och ge förvaltningen i "
        "uppdrag att återrapportera förbättringsarbetet i mars 2026.")
    doc.save(fn(8, "docx"))


def normalize_zip(path):
    """Rewrite a .docx with fixed zip timestamps so reruns give identical bytes."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def main():
    OUT.mkdir(exist_ok=True)
    TMP.mkdir(exist_ok=True)
    plan01()
    plan02()
    plan03()
    plan04()
    plan05()
    plan06()
    plan07()
    plan08()
    for p in OUT.glob("*.docx"):
        normalize_zip(p)
    shutil.rmtree(TMP, ignore_errors=True)
    print("done:", sorted(p.name for p in OUT.iterdir()))


if __name__ == "__main__":
    main()
