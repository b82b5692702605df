#!/usr/bin/env python
"""Generate the f18a batch of fictional, anonymized SIP plans into plans/.

Run with python generate_a.py
Deterministic: fixed dates and texts, no randomness. Calls soffice for f18a-01.pdf.
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
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f18a"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def out(n, ext):
    return os.path.join(OUT, f"{PREFIX}-{n:02d}.{ext}")


# ---------------------------------------------------------------- docx helpers

def set_base_font(doc, name="Arial", size=10):
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


def shade(cell, fill="D9D9D9"):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def cant_split(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def set_col_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    cols = grid.findall(qn("w:gridCol"))
    for i, w in enumerate(widths):
        if i < len(cols):
            cols[i].set(qn("w:w"), str(int(w.twips if hasattr(w, "twips") else w / 635)))
    for row in table.rows:
        cells = row.cells
        seen = {}
        for i, w in enumerate(widths):
            if i < len(cells):
                tc = cells[i]._tc
                seen[id(tc)] = (cells[i], seen.get(id(tc), (None, 0))[1] + w)
        for c, w in seen.values():
            c.width = w


def cell_text(cell, text, bold=False, size=None, italic=False, color=None):
    """Write text into a cell (first paragraph), lines separated by \n become paragraphs."""
    lines = text.split("\n") if text else [""]
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i > 0:
            p = cell.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.space_before = Pt(0)
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    return p


def add_field(paragraph, instr, placeholder="1"):
    """Insert a simple field (PAGE, NUMPAGES) into a paragraph."""
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = placeholder
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


def para(doc_or_cell, text="", bold=False, size=None, italic=False, space_after=4, style=None,
         align=None, small_caps=False):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        r.font.small_caps = small_caps
        if size:
            r.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(space_after)
    if align:
        p.alignment = align
    return p


def label_value(p, label, value):
    r = p.add_run(label)
    r.bold = True
    p.add_run(value)
    return p


def add_content_control(paragraph, placeholder="Klicka eller tryck här för att ange text."):
    """An empty plain-text content control showing its placeholder text."""
    sdt = OxmlElement("w:sdt")
    sdtpr = OxmlElement("w:sdtPr")
    alias = OxmlElement("w:showingPlcHdr")
    sdtpr.append(alias)
    txt = OxmlElement("w:text")
    sdtpr.append(txt)
    sdt.append(sdtpr)
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    col = OxmlElement("w:color")
    col.set(qn("w:val"), "808080")
    rpr.append(col)
    r.append(rpr)
    t = OxmlElement("w:t")
    t.text = placeholder
    r.append(t)
    content.append(r)
    sdt.append(content)
    paragraph._p.append(sdt)


def soffice_pdf(docx_path, pdf_path):
    tmp = tempfile.mkdtemp(prefix="f18a-conv-")
    cmd = ["soffice", f"-env:UserInstallation=file:///tmp/lo-{PREFIX}", "--headless",
           "--convert-to", "pdf", "--outdir", tmp, docx_path]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=240)
    produced = os.path.join(tmp, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
    shutil.move(produced, pdf_path)
    shutil.rmtree(tmp, ignore_errors=True)


FIXED_DT = datetime.datetime(2025, 1, 2, 8, 0, 0)


def save_docx(doc, path):
    """Save with fixed core properties and zip timestamps so reruns give identical bytes."""
    import io
    import zipfile
    cp = doc.core_properties
    cp.author = "SIP"
    cp.last_modified_by = "SIP"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 1, 2, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(item.filename))


# ======================================================================= 01
def plan01():
    """Regional record system print: adult with psychosis and debts, Fagersta."""
    doc = Document()
    set_base_font(doc, "Arial", 9.5)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin = Cm(1.6)
    sec.header_distance = Cm(0.8)
    sec.bottom_margin = Cm(1.8)

    # running page header: a table with system name, unit, print date, page
    hdr = sec.header
    hp = hdr.paragraphs[0]
    ht = hdr.add_table(rows=2, cols=3, width=Cm(17.4))
    ht.style = "Table Grid"
    cell_text(ht.cell(0, 0), "SamVerka – Regional vårdinformation", bold=True, size=8.5)
    cell_text(ht.cell(1, 0), "Region Västmanland · Utskrift av journalhandling", size=7.5)
    cell_text(ht.cell(0, 1), "Enhet: Psykiatrimottagningen Fagersta", size=8)
    cell_text(ht.cell(1, 1), "Vårdpersonal: Sjuksköterska, Psykiatrimottagningen Fagersta",
              size=7.5)
    cell_text(ht.cell(0, 2), "Utskriftsdatum: 2025-02-14 10:32", size=8)
    p = cell_text(ht.cell(1, 2), "Sida ", size=8)
    add_field(p, "PAGE", "1")
    p.add_run(" (")
    add_field(p, "NUMPAGES", "2")
    p.add_run(")")
    set_col_widths(ht, [Cm(6.4), Cm(6.4), Cm(4.6)])
    for c in ht.rows[0].cells:
        shade(c, "E7EEF5")
    hdr._element.remove(hp._p)
    hdr.add_paragraph().paragraph_format.space_after = Pt(2)

    ftr = sec.footer.paragraphs[0]
    ftr.text = ("Utskriften är en kopia av journalhandling. Hanteras enligt gällande "
                "sekretessregler (OSL 25 kap. 1 §).")
    ftr.runs[0].font.size = Pt(7)

    para(doc, "Samordnad individuell plan (SIP)", bold=True, size=13, space_after=2)
    para(doc, "Journaltyp: SIP – samordnad individuell plan · Status: Signerad 2025-02-13",
         size=8, space_after=8)

    fields = [
        ("Patient", "J., man 41 år"),
        ("Personnummer", "XXXXXX-XXXX"),
        ("Mötesdatum", "2025-02-12 kl. 13.00–14.30"),
        ("Mötesplats", "Psykiatrimottagningen Fagersta, samtalsrum 2"),
        ("Typ av plan", "Ny SIP"),
        ("Bakgrund",
         "J. har schizofreni sedan 20-årsåldern och har haft kontakt med psykiatrin i "
         "Fagersta i många år. Han vårdades på Psykiatriska kliniken Västerås i december "
         "2024 efter att ha slutat ta sin medicin under hösten. I samband med detta "
         "uppstod hyresskulder för tre månader och hyresvärden skickade en "
         "uppsägning i januari. J. har även skulder hos Kronofogden sedan tidigare. "
         "Han bor ensam i lägenhet i centrala Fagersta, har sjukersättning och har god "
         "man sedan 2023. Efter utskrivningen har J. tagit sin depåinjektion enligt "
         "schema men har svårt att hantera post och räkningar och har ibland isolerat "
         "sig i lägenheten."),
        ("Pågående insatser före SIP",
         "Psykiatrimottagningen Fagersta: depåinjektion och stödsamtal hos fast "
         "vårdkontakt sedan 2019. Socialtjänsten Fagersta: boendestöd beviljat 2022 men "
         "avslutat på J:s begäran våren 2024. God man sedan 2023 (förvaltar inkomster "
         "och bevakar rätt). Vårdcentralen Fagersta: årliga hälsokontroller, senast "
         "2023."),
        ("Hälsa och risker",
         "Vid utskrivningen bedömdes suicidrisken som låg. Risk för återinsjuknande "
         "om medicineringen avbryts, vilket skett två gånger tidigare (2021 och 2024). "
         "Viktuppgång sedan insättning av depåpreparat, senaste blodprover saknas. J. "
         "röker ca 20 cigaretter per dag. Inget känt missbruk av alkohol eller droger."),
        ("Syfte med SIP",
         "Att samordna insatserna från psykiatrin, vårdcentralen och socialtjänsten så "
         "att J. kan bo kvar i sin lägenhet efter uppsägningen i januari, få ordning på "
         "sin ekonomi och hålla kontakten med psykiatrin efter inläggningen i december."),
        ("Frågeställningar", ""),
        ("Den enskildes mål",
         "Målet är att J. ska kunna bo kvar i sin lägenhet och att skulderna ska minska. "
         "J. ska ha en stabil kontakt med psykiatrin och inte behöva läggas in igen."),
        ("Den enskildes delaktighet",
         "J. deltog under hela mötet tillsammans med sin gode man. J. berättade att han "
         "vill ha hjälp med räkningarna men att han inte vill ha besök i hemmet oftare än "
         "två gånger i veckan. Han önskar få sina injektioner på mottagningen och inte "
         "hemma, eftersom han tycker att det är skönt att komma ut."),
        ("Samtycke", "Samtycke inhämtat: Ja"),
        ("Huvudansvarig för planen",
         "Socialsekreterare Anna, Vuxenenheten, Socialtjänsten Fagersta"),
    ]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for lab, val in fields:
        row = t.add_row()
        cant_split(row)
        cell_text(row.cells[0], lab, bold=True)
        shade(row.cells[0], "EDEDED")
        cell_text(row.cells[1], val)
    set_col_widths(t, [Cm(4.6), Cm(12.8)])

    para(doc, "", space_after=2)
    para(doc, "Åtgärder", bold=True, size=11, space_after=3).paragraph_format.keep_with_next = True
    actions = [
        ("Åtgärd", "Ansvarig enhet", "Ansvarig funktion", "Datum"),
        ("Depåinjektion (antipsykotikum) var 14:e dag på mottagningen",
         "Psykiatrimottagningen Fagersta", "Sjuksköterska, fast vårdkontakt",
         "Fr.o.m. 2025-02-17"),
        ("Läkarbesök för uppföljning av medicinering och biverkningar",
         "Psykiatrimottagningen Fagersta", "Överläkare", "2025-03-20"),
        ("Boendestöd två gånger/vecka: stöd med post, tvätt och inköp",
         "Socialtjänsten Fagersta, Boendestödet", "Boendestödjare", "Fr.o.m. 2025-02-24"),
        ("Utredning av ekonomiskt bistånd för hyresskulden okt–dec 2024",
         "Socialtjänsten Fagersta, Vuxenenheten", "Socialsekreterare",
         "Beslut senast 2025-02-28"),
        ("Kontakt med hyresvärden om avbetalningsplan och återkallad uppsägning",
         "Socialtjänsten Fagersta, Vuxenenheten", "Socialsekreterare", "Senast 2025-02-21"),
        ("Första samtal om budget och skulder",
         "Fagersta kommun, Budget- och skuldrådgivningen", "Budget- och skuldrådgivare",
         "2025-03-05"),
        ("Metabol kontroll: blodprover, vikt och blodtryck",
         "Vårdcentralen Fagersta", "Distriktssköterska", ""),
        ("Ansökan om skuldsanering hos Kronofogden",
         "God man (ställföreträdare)", "God man", "Senast 2025-03-31"),
        ("Betalning av hyra och fasta räkningar från J:s konto varje månad",
         "God man (ställföreträdare)", "God man", "Fr.o.m. 2025-02-25"),
        ("Handläggning av ansökan om bostadstillägg",
         "Försäkringskassan", "Handläggare", "Beslut väntas mars 2025"),
        ("Lämna post till boendestödjaren vid besöket varje tisdag",
         "J. själv", "–", "Fr.o.m. 2025-02-25"),
    ]
    at = doc.add_table(rows=0, cols=4)
    at.style = "Table Grid"
    for i, rowvals in enumerate(actions):
        row = at.add_row()
        cant_split(row)
        for j, v in enumerate(rowvals):
            cell_text(row.cells[j], v, bold=(i == 0))
            if i == 0:
                shade(row.cells[j], "D9E2EC")
        if i == 0:
            repeat_header(row)
    set_col_widths(at, [Cm(5.6), Cm(4.4), Cm(3.5), Cm(3.9)])

    para(doc, "", space_after=2)
    t2 = doc.add_table(rows=0, cols=2)
    t2.style = "Table Grid"
    for lab, val in [
        ("Andra aktörer",
         "God man ansvarar för skuldsanering och betalning av räkningar (se åtgärder). "
         "Försäkringskassan handlägger ansökan om bostadstillägg. J. lämnar själv sin "
         "post till boendestödet."),
        ("Uppföljning", "Vecka 14 2025. Kallelse skickas av huvudansvarig."),
    ]:
        row = t2.add_row()
        cant_split(row)
        cell_text(row.cells[0], lab, bold=True)
        shade(row.cells[0], "EDEDED")
        cell_text(row.cells[1], val)
    set_col_widths(t2, [Cm(4.6), Cm(12.8)])

    para(doc, "", space_after=2)
    para(doc, "Deltagare", bold=True, size=11, space_after=3).paragraph_format.keep_with_next = True
    dt = doc.add_table(rows=0, cols=3)
    dt.style = "Table Grid"
    for i, r in enumerate([
        ("Namn", "Funktion", "Organisation/enhet"),
        ("J.", "Patient", "–"),
        ("–", "God man", "Ställföreträdare enligt beslut av överförmyndaren"),
        ("Anna", "Socialsekreterare", "Socialtjänsten Fagersta, Vuxenenheten"),
        ("Mikael", "Boendestödjare", "Socialtjänsten Fagersta, Boendestödet"),
        ("Petra", "Sjuksköterska, fast vårdkontakt", "Psykiatrimottagningen Fagersta"),
        ("–", "Överläkare", "Psykiatrimottagningen Fagersta"),
    ]):
        row = dt.add_row()
        cant_split(row)
        for j, v in enumerate(r):
            cell_text(row.cells[j], v, bold=(i == 0))
            if i == 0:
                shade(row.cells[j], "D9E2EC")
        if i == 0:
            repeat_header(row)
    set_col_widths(dt, [Cm(3.4), Cm(5.6), Cm(8.4)])

    para(doc, "", space_after=2)
    para(doc, "Signerad av: Sjuksköterska, Psykiatrimottagningen Fagersta 2025-02-13 16:05",
         size=8, italic=True)

    tmpd = tempfile.mkdtemp(prefix="f18a-01-")
    src = os.path.join(tmpd, f"{PREFIX}-01.docx")
    save_docx(doc, src)
    soffice_pdf(src, out(1, "pdf"))
    shutil.rmtree(tmpd, ignore_errors=True)


# ======================================================================= 02
def plan02():
    """Discharge plan from a medical ward; man 81, heart failure + pneumonia, Kungsör."""
    doc = Document()
    set_base_font(doc, "Calibri", 11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Region Västmanland · Västmanlands sjukhus Västerås · Medicinavdelning 4"
    hp.runs[0].font.size = Pt(8)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.text = "Samordnad individuell plan inför utskrivning – samverkan enligt lag (2017:612)"
    fp.runs[0].font.size = Pt(8)

    doc.add_heading("Samordnad individuell plan inför utskrivning", level=1)
    p = para(doc, space_after=0)
    label_value(p, "Patient: ", "Bengt, ÅÅMMDD-XXXX")
    p = para(doc, space_after=0)
    label_value(p, "Hemkommun: ", "Kungsör")
    p = para(doc, space_after=0)
    label_value(p, "Vårdenhet: ", "Medicinavdelning 4, Västmanlands sjukhus Västerås")
    p = para(doc, space_after=0)
    label_value(p, "Inskrivningsdatum: ", "2025-03-04")
    p = para(doc, space_after=8)
    label_value(p, "Planerad utskrivning: ", "2025-03-14")

    para(doc, "Syfte", bold=True, space_after=0)
    para(doc, "Samordning inför utskrivning.", space_after=8)

    para(doc, "Aktuellt", bold=True, space_after=0)
    para(doc, "Bengt, 81 år, lades in 2025-03-04 via akuten med andfåddhet och feber. "
              "Han har behandlats för lunginflammation och försämrad hjärtsvikt med "
              "antibiotika och vätskedrivande. Han är nu feberfri och andningen är bättre, "
              "men han har tappat kraft under vårdtiden och går kortare sträckor med "
              "rollator. Före inläggningen klarade han sig själv i sin lägenhet i Kungsör "
              "utan hemtjänst. Han har ingen hemsjukvård sedan tidigare. Läkemedelslistan "
              "är ändrad (ny dos furosemid), se utskrivningsmeddelande.", space_after=8)

    para(doc, "Patientens egna mål", bold=True, space_after=0)
    para(doc, "”Jag vill hem till mitt eget och klara mig själv i köket. Och jag vill kunna "
              "gå ut med rollatorn till brevlådan och tillbaka utan att behöva stanna.”",
         italic=True, space_after=8)

    para(doc, "Patientens delaktighet", bold=True, space_after=0)
    para(doc, "Bengt har deltagit i planeringen vid samtal på avdelningen 2025-03-11. Han vill helst klara morgnarna "
              "själv men tar emot hjälp med dusch och inköp. Han vill inte ha matlåda "
              "eftersom han tycker om att laga mat.", space_after=8)

    para(doc, "Samtycke", bold=True, space_after=0)
    para(doc, "Samtycke finns.", space_after=10)

    para(doc, "Fast vårdkontakt", bold=True, space_after=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for lab, val in [("Funktion", "Distriktssköterska"),
                     ("Namn", "Maria"),
                     ("Enhet", "Vårdcentralen Kungsör"),
                     ("Nås via", "Vårdcentralen Kungsör, via växeln")]:
        row = t.add_row()
        cell_text(row.cells[0], lab, bold=True)
        shade(row.cells[0], "F2F2F2")
        cell_text(row.cells[1], val)
    set_col_widths(t, [Cm(4.5), Cm(12.0)])
    para(doc, "", space_after=4)

    para(doc, "Samordningsansvarig", bold=True, space_after=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for lab, val in [("Huvudman", "Kungsörs kommun"),
                     ("Verksamhet", "Vård och omsorg"),
                     ("Namn/funktion", ""),
                     ("Nås via", "Kungsörs kommun, via växeln")]:
        row = t.add_row()
        cell_text(row.cells[0], lab, bold=True)
        shade(row.cells[0], "F2F2F2")
        cell_text(row.cells[1], val)
    set_col_widths(t, [Cm(4.5), Cm(12.0)])
    para(doc, "", space_after=4)

    para(doc, "Planerade insatser efter utskrivning", bold=True, space_after=2)
    items = [
        "Hemtjänst Kungsör norra – hjälp med dusch tre morgnar i veckan (mån, ons, fre) "
        "och inköp en gång i veckan. Från 2025-03-14.",
        "Hemsjukvården Kungsörs kommun, sjuksköterska – daglig viktkontroll de första två "
        "veckorna och iordningställande av läkemedel i dosett varje vecka. Från 2025-03-14.",
        "Kungsörs kommun, larmgruppen – trygghetslarm installeras på utskrivningsdagen "
        "2025-03-14.",
        "Rehabenheten Kungsörs kommun, arbetsterapeut – hembesök och bedömning av "
        "hjälpmedel (duschpall, toalettstolsförhöjning). Senast 2025-03-17.",
        "Rehabenheten Kungsörs kommun, fysioterapeut – gångträning och hemträningsprogram "
        "två gånger i veckan. Från 2025-03-18.",
        "Vårdcentralen Kungsör, distriktsläkare – läkarbesök för uppföljning av hjärtsvikt "
        "och dos av vätskedrivande. 2025-03-27.",
        "Hjärtsviktsmottagningen Västmanlands sjukhus Västerås, sjuksköterska – "
        "telefonuppföljning. 2025-04-08.",
    ]
    for it in items:
        p = doc.add_paragraph(it, style="List Number")
        p.paragraph_format.space_after = Pt(2)
    para(doc, "", space_after=4)

    para(doc, "Uppföljning", bold=True, space_after=0)
    para(doc, "Uppföljande hembesök ca en vecka efter hemgång.", space_after=10)

    para(doc, "Planen upprättad 2025-03-12 inför utskrivning. Skickas till hemkommunen och "
              "vårdcentralen via SamVerka.", size=9, italic=True)
    save_docx(doc, out(2, "docx"))


# ======================================================================= 03
def plan03():
    """Numbered CAPITAL headings; girl 14 with school refusal and anxiety, Arboga."""
    doc = Document()
    set_base_font(doc, "Times New Roman", 11.5)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.PORTRAIT
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5)
    hp = sec.header.paragraphs[0]
    hp.text = "Arboga kommun · Barn- och utbildningsförvaltningen · Elevhälsan Nybyskolan"
    hp.runs[0].font.size = Pt(8.5)

    def H(txt):
        p = doc.add_paragraph(style="Heading 2")
        p.add_run(txt)
        return p

    t = doc.add_paragraph(style="Title")
    t.add_run("SAMORDNAD INDIVIDUELL PLAN – SIP")
    p = para(doc, space_after=0)
    label_value(p, "Elev: ", "Ella, åk 8")
    p = para(doc, space_after=0)
    label_value(p, "Personnummer: ", "ÅÅMMDD-XXXX")
    p = para(doc, space_after=0)
    label_value(p, "Datum för mötet: ", "2025-03-13")
    p = para(doc, space_after=6)
    label_value(p, "Plats: ", "Nybyskolan, Arboga, elevhälsans konferensrum")

    H("1. BAKGRUND")
    para(doc, "Ella har haft ökande frånvaro sedan höstterminen i åk 7 och har under "
              "vårterminen 2025 varit i skolan ungefär en dag i veckan. Hon beskriver "
              "magont och hjärtklappning på morgnarna och stark oro inför att komma in i "
              "klassrummet när lektionen redan har börjat. Hon sover dåligt och är vaken till "
              "sent på nätterna. Ella remitterades till BUP i januari av skolsköterskan och "
              "har träffat en psykolog för bedömning vid två tillfällen; bedömningen är "
              "ångestsyndrom med undvikande. Mamma har ensam vårdnad. Mormor bor nära och "
              "är ett viktigt stöd för familjen. Familjen har ansökt om stöd hos "
              "socialtjänsten och fick beslut om familjebehandling i februari.")

    H("2. SYFTE MED SIP")
    para(doc, "Syftet är att skolan, BUP och socialtjänsten ska arbeta åt samma håll så att "
              "Ella kan komma tillbaka till skolan stegvis under våren, samtidigt som hon "
              "får behandling för sin ångest och mamma får stöd hemma på morgnarna.")

    H("3. DEN ENSKILDES MÅL")
    para(doc, "Ella säger: ”Jag vill kunna gå i skolan hela dagar igen och orka träffa mina "
              "kompisar efter skolan. Jag vill inte att alla ska titta när jag kommer in.”",
         italic=True)

    H("4. FRÅGOR ATT TA STÄLLNING TILL")
    for q in ["Hur ska Ellas återgång till skolan läggas upp efter påsklovet, och vilka "
              "lektioner ska hon börja med?",
              "Ska Ella ha KBT individuellt hos BUP eller räcker det med familjebehandlingen "
              "för att komma igång?",
              "Hur kan morgnarna hemma bli lugnare, och vem hör av sig om Ella inte kommer "
              "till skolan?"]:
        p = doc.add_paragraph(q, style="List Bullet")
        p.paragraph_format.space_after = Pt(2)

    H("5. ELLAS OCH FAMILJENS SYN")
    para(doc, "Ella och mamma var med på hela mötet. Ella vill börja med bild och engelska "
              "eftersom hon tycker om de lärarna, och hon vill få komma in i klassrummet "
              "före de andra så att hon slipper gå in när alla sitter. Hon vill inte behöva "
              "förklara för klassen varför hon varit borta. Mamma tycker att morgnarna är "
              "det svåraste och önskar stöd i hur hon ska göra när Ella inte vill gå.")

    H("6. INSATSER")
    rows = [
        ("Vad", "Vem", "Klart när"),
        ("Anpassad studiegång: schema med tre lektioner per dag och start kl. 9.00, "
         "Ella kommer in före klassen", "Mentor och specialpedagog, Nybyskolan", "2025-03-24"),
        ("Individuell KBT för ångest, 10 samtal varannan vecka", "Regionen",
         "Start v. 14, klart 2025-06-13"),
        ("Föräldrastöd och familjebehandling i hemmet, en gång i veckan, med fokus på "
         "morgonrutiner", "Familjebehandlare, Socialtjänsten Arboga, Barn och familj",
         "2025-06-13"),
        ("Samtal om sömn och sömnrutiner", "Skolsköterska, Elevhälsan Nybyskolan",
         "2025-04-04"),
        ("Kontakt med mamma samma förmiddag om Ella inte kommit till skolan",
         "Mentor, Nybyskolan", "Fr.o.m. 2025-03-24"),
    ]
    tbl = doc.add_table(rows=0, cols=3)
    tbl.style = "Table Grid"
    for i, r in enumerate(rows):
        row = tbl.add_row()
        for j, v in enumerate(r):
            cell_text(row.cells[j], v, bold=(i == 0))
            if i == 0:
                shade(row.cells[j], "D9D9D9")
        if i == 0:
            repeat_header(row)
    set_col_widths(tbl, [Cm(8.0), Cm(5.0), Cm(3.0)])

    H("7. UPPFÖLJNING")
    para(doc, "Uppföljning 2025-05-20 kl. 14.00 på Nybyskolan.")

    H("8. NÄRVARANDE")
    for n in ["Ella", "Mamma", "Mentor", "Specialpedagog", "Kurator", "Psykolog",
              "Familjebehandlare"]:
        p = doc.add_paragraph(n, style="List Bullet")
        p.paragraph_format.space_after = Pt(0)
    save_docx(doc, out(3, "docx"))


# ======================================================================= 04
PLAN04 = """\
# Min plan – SIP

**Till:** Noah, 12 år
**Mötet var:** onsdag 9 april 2025 kl. 15.00, i skolans samtalsrum på Åkraskolan i Sala

Det här är din plan. Vi har skrivit den så att du ska kunna läsa den själv, eller
tillsammans med mamma eller pappa. Om något är konstigt eller fel får du säga till.

## Varför har vi det här mötet?

Vi har det här mötet för att alla som hjälper dig – i skolan, på BUP och hos kommunen –
ska veta vad de andra gör. Sedan du började i ny klass i höstas har det varit mycket
bråk på rasterna och du har varit väldigt trött och arg när du kommit hem. Vi vill
att du ska få samma sorts hjälp i skolan och hemma, så att dagarna blir lugnare för
dig och för din familj.

## Det här tycker jag

Du var med på mötet hela tiden, och mamma och pappa var också med. Du sa det här:

- ”Rasterna är värst. Det är för mycket ljud och alla springer.”
- ”Jag vill ha ett ställe där jag kan vara när det blir för mycket.”
- ”Jag vill kunna vara på fritids utan att bli arg hela tiden.”
- ”Jag vill prova att sova borta, men bara om jag får ta med min egen kudde.”

Mamma och pappa sa att kvällarna är jobbigast hemma och att de behöver lite vila ibland.

Det finns ett samtycke från mamma och pappa, så vi som jobbar med dig får prata med
varandra om hur du har det.

## Det här ska hända

| Vad ska hända? | Vem gör det? | När? |
|---|---|---|
| Du får ett lugnt rum (”Basen”) att gå till på rasterna, med en vuxen där | Skolan, din mentor och specialpedagogen på Åkraskolan | Från måndag 14 april 2025 |
| Du får ett bildschema för skoldagen på din bänk och i mobilen | Specialpedagogen på Åkraskolan | Senast 25 april 2025 |
| Läkaren ser över din ADHD-medicin, så att du inte blir så trött på eftermiddagen | BUP Sala, läkare | 6 maj 2025 |
| Någon på Habiliteringen visar dig och mamma hur man kan göra ett bildschema hemma | Habiliteringen Västerås, arbetsterapeut | |
| Du får prova att vara på korttids en helg i månaden | Korttidshemmet Solgläntan i Sala | Första helgen 16–18 maj 2025 |
| Pappa kör dig till korttids och stannar på fika första gången | Pappa | 16 maj 2025 |
| Mamma skickar ett sms till mentorn om morgonen har varit jobbig | Mamma | Från 14 april 2025 |
| Du säger till en vuxen i skolan när du behöver gå till Basen | Du själv | Från 14 april 2025 |

## Vem håller ihop planen?

Lina, som är din samordnare, håller ihop planen. Det är hon som ser till att alla gör
det de har lovat och som skickar ut en kallelse till nästa möte.

## Vi som var med

- Noah
- Mamma
- Pappa
- Lina
- Sara
- Ahmed
- Jonas

## När ses vi igen?

**Torsdag 5 juni 2025 kl. 13.00**, i samma rum på Åkraskolan. Då pratar vi om hur det
har gått med Basen och med korttids.
"""


def plan04():
    with open(out(4, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(PLAN04)


# ======================================================================= 05
PLAN05_PARAS = [
    "MINNESANTECKNINGAR FRÅN SIP-MÖTE",
    "Vuxenpsykiatrin Köping, öppenvårdsmottagningen",
    "",
    "Datum: 2024-11-19, kl. 10.00-11.30",
    "Plats: Mottagningens konferensrum",
    "Närvarande: K., Sanna, Johan, Maria och Erik",
    "",
    "Mötet var ett SIP-möte för samordning.",
    "",
    "Inför mötet hade vi två frågor. Den första var hur K. ska kunna behålla sin "
    "lägenhet nu när hyresvärden har skickat en uppsägning för obetald hyra för "
    "augusti till oktober. Den andra var vem som ska hjälpa honom med post och "
    "räkningar under perioder när han mår sämre, eftersom det var då skulderna "
    "uppstod i somras.",
    "",
    "K. sa på mötet att det är okej att vi pratar med varandra om honom, och att det "
    "också gäller hans läkare på vårdcentralen. Han ville inte att hans mamma skulle "
    "kontaktas utan att han själv fått veta det först.",
    "",
    "K. berättade själv hur hösten har varit. Han var manisk i augusti och köpte saker "
    "på kredit som han nu inte kan betala, och sedan kom en period när han inte orkade "
    "öppna posten alls. Han mår bättre nu och tar sin medicin. Han sa: \"Jag vill ha "
    "kvar min lägenhet och slippa vakna och vara rädd för posten. Och jag vill börja "
    "jobba lite igen, kanske till sommaren.\" Han vill helst ha hjälp hemma på "
    "förmiddagar, inte på kvällar, och han vill inte byta sjuksköterska på mottagningen.",
    "",
    "Det bestämdes att mottagningens sjuksköterska, som är K:s fasta vårdkontakt, "
    "fortsätter med stödsamtal varannan vecka och följer litiumvärdena. Nästa "
    "provtagning är 2024-11-26 på mottagningen. Läkaren på mottagningen ser över "
    "medicineringen vid ett läkarbesök 2024-12-10 och tar då också ställning till om "
    "K. behöver en plan för vad som ska hända om han blir manisk igen.",
    "",
    "Socialsekreteraren på IFO Köping, vuxenenheten, tar kontakt med hyresvärden för "
    "att se om uppsägningen kan tas tillbaka mot en avbetalningsplan och återkommer "
    "till K. senast 2024-11-29. K:s ansökan om ekonomiskt bistånd för novemberhyran "
    "lämnades in på mötet och ska vara handlagd senast 2024-12-03. "
    "Socialsekreteraren skickar också en remiss till budget- och skuldrådgivningen i "
    "Köpings kommun, som kallar K. till ett första samtal under december.",
    "",
    "Boendestödet i Köping ska hjälpa K. att gå igenom posten och betala räkningar "
    "och ska också stötta honom i att hålla ordning på sina tider. Hur ofta och från "
    "när var inte klart på mötet eftersom beslutet om boendestöd inte är fattat ännu.",
    "",
    "Det nämndes också att K. har ett ärende hos Försäkringskassan sedan i somras.",
    "",
    "Nästa möte blir i slutet av januari, datum bestäms senare.",
    "",
    "Antecknat av: Sanna",
]


def plan05():
    lines = []
    for p in PLAN05_PARAS:
        if p == "":
            lines.append("")
        else:
            lines.extend(textwrap.wrap(p, width=76, break_long_words=False,
                                       break_on_hyphens=False))
    text = "\r\n".join(lines) + "\r\n"
    with open(out(5, "txt"), "wb") as f:
        f.write(text.encode("utf-8"))


# ======================================================================= 06
def plan06():
    """Municipal template: one big two-column table; young man 19 with substance use."""
    doc = Document()
    set_base_font(doc, "Arial", 10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = Cm(1.8)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("HALLSTAHAMMARS KOMMUN")
    r.bold = True
    r.font.size = Pt(9)
    hp.add_run("\tSocialtjänsten · Mall SIP 2024:1").font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.add_run("Sida ").font.size = Pt(8)
    add_field(fp, "PAGE", "1")
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    tt = para(doc, "SAMORDNAD INDIVIDUELL PLAN (SIP)", bold=True, size=14, space_after=2)
    para(doc, "enligt SoL 2 kap. 7 § och HSL 16 kap. 4 §", size=8.5, italic=True,
         space_after=8)

    big = doc.add_table(rows=0, cols=2)
    big.style = "Table Grid"

    def part(title):
        row = big.add_row()
        m = row.cells[0].merge(row.cells[1])
        cell_text(m, title, bold=True, size=11)
        shade(m, "BFBFBF")
        cant_split(row)
        return m

    def field(label, value, hint=None):
        row = big.add_row()
        p = cell_text(row.cells[0], label, bold=True)
        if hint:
            hr = p.add_run("\n" + hint)
            hr.italic = True
            hr.font.size = Pt(8)
        shade(row.cells[0], "F2F2F2")
        if value is not None:
            cell_text(row.cells[1], value)
        return row.cells[1]

    part("A. Uppgifter")
    field("Namn", "A.")
    field("Personnummer", "XXXXXX-XXXX")
    field("Datum för mötet", "2025-02-06")
    field("Plats", "Socialtjänsten Hallstahammar, mötesrum Kolbäcksån")
    field("Deltagare", "A.\n"
          "Emma, socialsekreterare, Socialtjänsten Hallstahammar, Vuxenenheten\n"
          "Oskar, behandlare, Öppenvårdsenheten Hallstahammar\n"
          "Sjuksköterska, Beroendemottagningen Västerås\n"
          "Läkare, Beroendemottagningen Västerås (via Teams)\n"
          "Distriktssköterska, Vårdcentralen Hallstahammar")
    field("Samtycke", "☐ Muntligt     ☐ Skriftligt\nDatum: ",
          hint="(kryssa i och ange datum)")

    part("B. Planering")
    field("Bakgrund",
          "A. är 19 år och bor hemma hos sina föräldrar i Hallstahammar. Han avbröt "
          "gymnasiet (el- och energiprogrammet) i åk 2 och har sedan dess inte haft "
          "någon sysselsättning. Han har använt cannabis dagligen i cirka två år och "
          "under hösten 2024 även amfetamin vid några tillfällen. Han sökte själv "
          "kontakt med socialtjänsten i december efter ett polisingripande. Han har "
          "svårt att sova och har varit nedstämd.")
    field("Syfte med SIP",
          "Att beroendemottagningens behandling och socialtjänstens öppenvård ska "
          "planeras tillsammans, så att A. får en sammanhållen behandling för sitt "
          "cannabis- och amfetaminbruk och kan börja läsa in gymnasiet på komvux till "
          "hösten 2025.")
    field("Frågeställningar", "Diskutera läget och hur vi går vidare.",
          hint="(vad behöver lösas på mötet?)")
    field("Den enskildes mål",
          "Målet är att A. ska bli drogfri och komma tillbaka till studier.")
    field("Den enskildes delaktighet", "A. deltog under hela mötet.")
    c = field("Insatser", None, hint="(vad, vem, när)")
    # nested action table inside the cell
    cell_text(c, "Planerade insatser:", bold=True, size=9)
    nt = c.add_table(rows=0, cols=4)
    nt.style = "Table Grid"
    rows = [
        ("Insats", "Ansvarig verksamhet / funktion", "Start", "Avstämning"),
        ("Bedömning av abstinens, läkemedel mot sömnbesvär",
         "Beroendemottagningen Västerås, läkare", "2025-02-12", "2025-03-12"),
        ("Urinprovskontroller två gånger/vecka",
         "Beroendemottagningen Västerås, sjuksköterska", "2025-02-12", "2025-05-13"),
        ("Återfallsprevention (ÅP), 12 träffar i grupp",
         "Öppenvårdsenheten Hallstahammar, behandlare", "2025-02-18", "2025-05-13"),
        ("Motiverande samtal enskilt varannan vecka",
         "Öppenvårdsenheten Hallstahammar, behandlare", "2025-02-11", "2025-05-13"),
        ("Hälsokontroll inkl. provtagning för hepatit",
         "Vårdcentralen Hallstahammar, distriktssköterska", "2025-02-20", "2025-02-20"),
        ("Studie- och yrkesvägledning inför komvux",
         "Vuxenutbildningen Hallstahammar, studie- och yrkesvägledare", "2025-04-01",
         "2025-05-13"),
    ]
    for i, rv in enumerate(rows):
        row = nt.add_row()
        for j, v in enumerate(rv):
            cell_text(row.cells[j], v, bold=(i == 0), size=8.5)
            if i == 0:
                shade(row.cells[j], "DDDDDD")
        if i == 0:
            repeat_header(row)
    set_col_widths(nt, [Cm(3.3), Cm(3.8), Cm(2.2), Cm(2.2)])
    c.add_paragraph().paragraph_format.space_after = Pt(0)
    field("Andra aktörers insatser", "",
          hint="(t.ex. Försäkringskassan, Arbetsförmedlingen, god man, närstående)")

    part("C. Ansvar och uppföljning")
    field("Huvudansvarig för planen", "Socialtjänsten Hallstahammar",
          hint="(funktion och verksamhet)")
    field("Uppföljning", "", hint="(datum, tid och plats)")
    field("Kallelse till uppföljning skickas av", "")
    field("Planen upprättad", "2025-02-07")
    set_col_widths(big, [Cm(5.0), Cm(12.0)])
    # merged part header rows keep the full width
    save_docx(doc, out(6, "docx"))


# ======================================================================= 07
class FollowPDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "B", 9)
        self.set_fill_color(230, 236, 242)
        self.cell(95, 6, "VårdSam Västmanland – SIP-modul", border=1, fill=True)
        self.set_font("DejaVu", "", 8)
        self.cell(55, 6, "Utskrift 2025-01-23 08:47", border=1, fill=True)
        self.cell(0, 6, f"Sida {self.page_no()} ({{nb}})", border=1, fill=True, align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 5, "Enhet: Vårdcentralen Norberg · Dokument: Uppföljning av SIP",
                  border="LRB", new_x="LMARGIN", new_y="NEXT")
        self.ln(4)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.cell(0, 5, "Utskriften är inte en komplett journal. Sekretess enligt OSL.",
                  align="C")


def plan07():
    pdf = FollowPDF(format="A4")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_margins(15, 12, 15)
    pdf.set_auto_page_break(True, margin=18)
    pdf.alias_nb_pages()
    pdf.set_creation_date(datetime.datetime(2025, 1, 23, 8, 47, tzinfo=datetime.timezone.utc))
    pdf.set_title("Uppföljning av SIP")
    pdf.add_page()

    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 8, "Uppföljning av samordnad individuell plan (SIP)",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)

    def box(label, value, lw=52, h=7):
        pdf.set_font("DejaVu", "B", 9)
        x, y = pdf.get_x(), pdf.get_y()
        width = pdf.w - pdf.l_margin - pdf.r_margin
        pdf.set_font("DejaVu", "", 9.5)
        # measure value height
        lines = pdf.multi_cell(width - lw, 5.2, value or " ", dry_run=True,
                               output="LINES")
        hh = max(h, 5.2 * len(lines) + 1.6)
        if y + hh > pdf.h - 18:
            pdf.add_page()
            x, y = pdf.get_x(), pdf.get_y()
        pdf.set_fill_color(242, 242, 242)
        pdf.rect(x, y, lw, hh, style="DF")
        pdf.rect(x + lw, y, width - lw, hh)
        pdf.set_xy(x + 1, y + 0.8)
        pdf.set_font("DejaVu", "B", 9)
        pdf.multi_cell(lw - 2, 5.2, label)
        pdf.set_xy(x + lw + 1, y + 0.8)
        pdf.set_font("DejaVu", "", 9.5)
        pdf.multi_cell(width - lw - 2, 5.2, value or "")
        pdf.set_xy(x, y + hh)

    box("Namn", "M., kvinna 84 år")
    box("Personnummer", "XXXXXX-XXXX")
    box("Datum för uppföljning", "2025-01-21")
    box("Tidigare plan upprättad", "2024-09-10")
    box("Mötesform", "Möte på Vårdcentralen Norberg, äldrepsykiatrin med via telefon")
    box("Syfte", "Se tidigare plan")
    box("Frågeställningar", "Genomgång av läget.")
    box("Mål", "Oförändrat")
    box("Den enskildes delaktighet",
        "M. deltog inte i mötet. Kontaktpersonen i hemtjänsten har pratat med M. inför "
        "mötet. M. tycker att morgonbesöken fungerar bra och att hon tycker om personalen, "
        "men hon vill inte ha besök efter kl. 20 på kvällen eftersom hon då har lagt sig.")
    pdf.ln(4)

    pdf.set_font("DejaVu", "B", 10.5)
    pdf.cell(0, 7, "Status för insatser i tidigare plan", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    hs = FontFace(emphasis="BOLD", fill_color=(217, 226, 236))
    with pdf.table(col_widths=(58, 58, 64), headings_style=hs, line_height=5,
                   repeat_headings=1, text_align="LEFT") as table:
        for r in [
            ("Insats", "Ansvarig", "Status 2025-01-21"),
            ("Hemtjänst morgon och kväll: hjälp med frukost, påklädning och "
             "läkemedelsöverlämning", "Hemtjänst Norberg, kontaktperson",
             "Pågår. Fungerar bra. M. tar sina läkemedel enligt lista."),
            ("Dagverksamhet två dagar i veckan", "Dagverksamheten Norberg, enhetschef",
             "Pågår. M. deltar oftast tisdagar men har avböjt torsdagar sedan december."),
            ("Uppföljning av antidepressiv behandling", "Vårdcentralen Norberg, "
             "distriktsläkare", "Genomförd 2024-11-28. Dosen oförändrad, stämningsläget "
             "bättre enligt läkaren."),
            ("Uppföljning efter demensutredning, minnestest", "Äldrepsykiatrin Västerås, "
             "sjuksköterska", "Pågår. MMT planeras under våren."),
            ("Trygghetslarm", "Norbergs kommun, larmgruppen",
             "Klart. M. har använt larmet två gånger, båda gångerna efter fall utan skada."),
            ("Matlåda fem dagar i veckan", "Hemtjänst Norberg",
             "Pågår. M. äter ungefär hälften, vikten stabil."),
        ]:
            row = table.row()
            for v in r:
                row.cell(v)
    pdf.ln(5)

    pdf.set_font("DejaVu", "B", 10.5)
    pdf.cell(0, 7, "Ny insats", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    with pdf.table(col_widths=(70, 60, 50), headings_style=hs, line_height=5,
                   text_align="LEFT") as table:
        for r in [("Insats", "Ansvarig", "När"),
                  ("Bedömning av behov av nattillsyn (digital tillsyn med kamera) "
                   "efter fallen i december", "Biståndshandläggare, Norbergs kommun,"
                   " äldreomsorgen", "Beslut senast 2025-02-14")]:
            row = table.row()
            for v in r:
                row.cell(v)
    pdf.ln(5)

    box("Huvudansvarig för planen", "Distriktssköterska, Vårdcentralen Norberg")
    box("Deltagare",
        "Distriktssköterska, Vårdcentralen Norberg\n"
        "Kontaktperson, Hemtjänst Norberg\n"
        "Biståndshandläggare, Norbergs kommun, äldreomsorgen\n"
        "Enhetschef, Dagverksamheten Norberg\n"
        "Sjuksköterska, Äldrepsykiatrin Västerås (via telefon)")
    box("Nästa uppföljning", "–")
    pdf.ln(4)
    pdf.set_font("DejaVu", "", 8)
    pdf.cell(0, 5, "Dokumenterat av distriktssköterska, Vårdcentralen Norberg, "
                   "2025-01-21 15:40. Signerad.", new_x="LMARGIN", new_y="NEXT")
    pdf.output(out(7, "pdf"))


# ======================================================================= 08
def plan08():
    """Empty printed municipal/regional SIP template, only 'Vid behov' typed."""
    doc = Document()
    set_base_font(doc, "Arial", 10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    hp = sec.header.paragraphs[0]
    hp.add_run("Region Västmanland och länets kommuner").font.size = Pt(8)
    hp.add_run("\t\tSIP-mall version 3").font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.add_run("Mallen fastställd i Länsgruppen för samverkan 2024-01. "
               "Skriv ut och fyll i för hand eller digitalt.").font.size = Pt(7.5)

    h = para(doc, "Samordnad individuell plan – SIP", bold=True, size=15, space_after=0)
    para(doc, "Gemensam mall för kommun och region", size=10, small_caps=True,
         space_after=8)

    def grid(rows, widths, label_cols=(0,)):
        t = doc.add_table(rows=0, cols=len(widths))
        t.style = "Table Grid"
        for r in rows:
            row = t.add_row()
            for j, v in enumerate(r):
                if isinstance(v, tuple):
                    lab, hint = v
                    p = cell_text(row.cells[j], lab, bold=True)
                    if hint:
                        hr = p.add_run(" " + hint)
                        hr.italic = True
                        hr.font.size = Pt(8)
                        hr.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
                    shade(row.cells[j], "F2F2F2")
                else:
                    cell_text(row.cells[j], v)
        set_col_widths(t, widths)
        para(doc, "", space_after=4)
        return t

    grid([
        [("Namn", None), "", ("Personnummer", None), "ÅÅMMDD-XXXX"],
        [("Datum för mötet", None), "ÅÅÅÅ-MM-DD", ("Plats", None), ""],
    ], [Cm(3.4), Cm(5.1), Cm(3.4), Cm(5.1)])

    # narrow label column => wrapped labels
    t = grid([
        [("Syfte med SIP", "(vad ska planen leda till för den enskilde?)"), ""],
        [("Frågeställningar inför mötet", "(vilka frågor behöver lösas?)"), ""],
        [("Den enskildes mål med egna ord", "(skriv gärna som citat)"), ""],
        [("Den enskildes delaktighet och synpunkter",
          "(hur har personen deltagit, vad tycker personen?)"),
         "☐ Den enskilde deltog   ☐ Vårdnadshavare deltog   ☐ Deltog inte, motivering:"],
        [("Samtycke till samverkan", "(OSL 25 kap.)"),
         "☐ Muntligt   ☐ Skriftligt   Datum: ÅÅÅÅ-MM-DD"],
    ], [Cm(4.2), Cm(12.8)])
    # give the text rows some height, like a printed blank form
    for row in t.rows[:3]:
        row.height = Cm(2.2)
    # content control in the goal field, left empty
    add_content_control(t.rows[2].cells[1].paragraphs[0])

    para(doc, "Insatser", bold=True, size=11, space_after=2)
    it = doc.add_table(rows=1, cols=5)
    it.style = "Table Grid"
    for j, v in enumerate(["Insats (vad?)", "Huvudman", "Ansvarig verksamhet och "
                           "funktion", "Start", "Klart / avstämning"]):
        cell_text(it.rows[0].cells[j], v, bold=True, size=9)
        shade(it.rows[0].cells[j], "D9D9D9")
    repeat_header(it.rows[0])
    for _ in range(5):
        row = it.add_row()
        row.height = Cm(0.9)
        cell_text(row.cells[1], "☐ Kommun ☐ Region", size=8)
    set_col_widths(it, [Cm(5.4), Cm(2.6), Cm(4.4), Cm(2.2), Cm(2.4)])
    para(doc, "", space_after=4)

    para(doc, "Andra aktörers insatser", bold=True, size=11, space_after=0)
    para(doc, "(t.ex. Försäkringskassan, Arbetsförmedlingen, god man, närstående, den "
              "enskilde själv)", italic=True, size=8, space_after=2)
    ot = doc.add_table(rows=1, cols=3)
    ot.style = "Table Grid"
    for j, v in enumerate(["Aktör", "Vad gör aktören?", "När?"]):
        cell_text(ot.rows[0].cells[j], v, bold=True, size=9)
        shade(ot.rows[0].cells[j], "D9D9D9")
    for _ in range(3):
        r = ot.add_row()
        r.height = Cm(0.9)
    set_col_widths(ot, [Cm(4.5), Cm(9.5), Cm(3.0)])
    para(doc, "", space_after=4)

    grid([
        [("Huvudansvarig för planen", "(namn/funktion och verksamhet)"),
         "☐ Kommun   ☐ Region\nFunktion: \nVerksamhet: "],
        [("Uppföljning", "(datum, tid, plats)"), "Vid behov"],
    ], [Cm(4.2), Cm(12.8)])

    para(doc, "Deltagare", bold=True, size=11, space_after=2)
    dt = doc.add_table(rows=1, cols=3)
    dt.style = "Table Grid"
    for j, v in enumerate(["Namn", "Funktion", "Verksamhet / organisation"]):
        cell_text(dt.rows[0].cells[j], v, bold=True, size=9)
        shade(dt.rows[0].cells[j], "D9D9D9")
    for _ in range(6):
        r = dt.add_row()
        r.height = Cm(0.8)
    set_col_widths(dt, [Cm(5.0), Cm(5.0), Cm(7.0)])
    para(doc, "", space_after=6)
    para(doc, "Planen har lämnats till den enskilde: ☐ Ja ☐ Nej     Datum: ……………………",
         size=9)
    save_docx(doc, out(8, "docx"))


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
    print("written:", sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()
