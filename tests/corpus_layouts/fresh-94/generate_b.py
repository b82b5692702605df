# -*- coding: utf-8 -*-
"""Generate batch f94b: eight fictional, anonymised documents (seven SIP plans, one protocol).

Run with: /work/batches/.venv/bin/python generate.py
Deterministic: fixed texts and dates, no randomness.
"""
import os
import textwrap
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f94b"
LO_PROFILE = "file:///tmp/lo-f94b"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def path(n, ext):
    return os.path.join(OUT, f"{PREFIX}-{n:02d}.{ext}")


# ---------------------------------------------------------------- docx helpers
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
    rfonts.set(qn("w:eastAsia"), font)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    return doc


def fixed_core(doc, title, author):
    import datetime
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = datetime.datetime(2025, 1, 1, 9, 0, 0)
    cp.modified = datetime.datetime(2025, 1, 1, 9, 0, 0)
    cp.revision = 1


def set_cell_shading(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def set_text_direction(cell, val="btLr"):
    tcPr = cell._tc.get_or_add_tcPr()
    td = OxmlElement("w:textDirection")
    td.set(qn("w:val"), val)
    valign = tcPr.find(qn("w:vAlign"))
    if valign is not None:
        valign.addprevious(td)
    else:
        tcPr.append(td)


def set_row_height(row, cm):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:trHeight")
    h.set(qn("w:val"), str(int(cm * 567)))
    h.set(qn("w:hRule"), "atLeast")
    trPr.append(h)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def set_col_widths(table, widths):
    """Set widths both on the grid (LibreOffice) and on every cell (Word)."""
    table.autofit = False
    for i, w in enumerate(widths):
        table.columns[i].width = w
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w


def cell_text(cell, text, bold=False, size=None, italic=False):
    """Write text into an empty cell (first paragraph)."""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    return p


def cell_paras(cell, paras, size=None):
    """Several short paragraphs in one cell. A para may be a str or (label, text)."""
    first = True
    for para in paras:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.paragraph_format.space_after = Pt(2)
        if isinstance(para, tuple):
            r = p.add_run(para[0])
            r.bold = True
            if size:
                r.font.size = Pt(size)
            r = p.add_run(para[1])
            if size:
                r.font.size = Pt(size)
        else:
            r = p.add_run(para)
            if size:
                r.font.size = Pt(size)


def page_number_field(paragraph):
    run = paragraph.add_run()
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    run._r.append(b)
    run._r.append(it)
    run._r.append(e)


def fix_pdf_dates(pdf_path):
    """Same-length byte replacement of the creation date and file ID (keeps xref valid)."""
    import re
    data = open(pdf_path, "rb").read()
    data = re.sub(rb"\(D:\d{14}", b"(D:20250318150000", data)
    data = re.sub(rb"<([0-9A-Fa-f]{32})>", lambda m: b"<" + b"F94B" * 8 + b">", data)
    data = re.sub(rb"/DocChecksum /[0-9A-Fa-f]{32}", b"/DocChecksum /" + b"0" * 32, data)
    with open(pdf_path, "wb") as f:
        f.write(data)


def to_pdf(docx_path, pdf_path):
    tmp = tempfile.mkdtemp(prefix="f94b-conv-")
    try:
        subprocess.run(
            ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
             "--convert-to", "pdf", "--outdir", tmp, docx_path],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        produced = os.path.join(tmp, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
        shutil.move(produced, pdf_path)
        fix_pdf_dates(pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ================================================================ 01
def plan01():
    """Word: 2xN table, left column rotated label cell merged over rows."""
    doc = base_doc("Calibri", 10)
    fixed_core(doc, "SIP Hanna", "Socialpsykiatrin Halmstad")
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Halmstads kommun · Region Halland\tSamordnad individuell plan"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "SIP – Hanna – sida "
    fp.runs[0].font.size = Pt(8)
    page_number_field(fp)

    t = doc.add_paragraph()
    r = t.add_run("Samordnad individuell plan (SIP)")
    r.bold = True
    r.font.size = Pt(16)
    p = doc.add_paragraph()
    p.add_run("Hanna, 33 år").bold = True
    p.add_run("   ·   Personnummer: ÅÅMMDD-XXXX   ·   Halmstad")
    doc.add_paragraph("SIP-möte 2025-03-25 kl. 13.00–14.30, Vuxenpsykiatrins mottagning, Halmstad.")

    # parts: (rotated label, [rows: list of paragraphs])
    parts = [
        ("BAKGRUND", [
            [
                "Hanna har diagnosen emotionellt instabilt personlighetssyndrom (borderline) sedan 2019.",
                "Under hösten 2024 ökade självskadandet (skärande) och hon vårdades inneliggande två gånger, senast 2025-02-10–2025-02-19.",
                "Hon bor ensam i lägenhet i centrala Halmstad och är sjukskriven sedan i augusti.",
            ],
            [
                ("Syfte: ", "Samordning av insatser."),
            ],
        ]),
        ("MÖTET", [
            [
                ("Närvarande: ", "Hanna, Emma, Johan, Sara och Petra."),
                "Mötet leddes av Emma.",
            ],
            [
                ("Hanna ville ta upp", ""),
                "Hur får jag hjälp snabbt när det blir kris på kvällen eller helgen, när mottagningen är stängd?",
                "Krockar DBT-gruppen med tiderna för boendestödet?",
                "Kan jag få börja med något att göra på dagarna redan i vår?",
            ],
        ]),
        ("HANNA", [
            [
                ("Mitt mål: ", "”Jag vill klara en vecka i taget utan att skada mig. Till hösten vill jag ha något att gå till, några timmar om dagen.”"),
            ],
            [
                "Hanna deltog hela mötet och berättade själv om hur hösten varit.",
                "Hon vill helst ha samma boendestödjare som förut och vill inte att kontakterna ändras utan att hon får veta det i förväg.",
                "Hon tycker att krisplanen från avdelningen är för lång och vill ha en kortare som får plats i mobilen.",
            ],
        ]),
        ("INSATSER", [
            [
                ("DBT individualterapi", ""),
                "Ansvar: terapeut, DBT-teamet, Vuxenpsykiatrin Halmstad.",
                "När: varje tisdag från 2025-04-08.",
            ],
            [
                ("DBT färdighetsträning i grupp", ""),
                "Ansvar: gruppledare, DBT-teamet, Vuxenpsykiatrin Halmstad.",
                "När: torsdagar kl. 14–16.30, start 2025-04-17, 24 veckor.",
            ],
            [
                ("Kort krisplan (en sida) och telefonkontakt vid kris", ""),
                "Ansvar: sjuksköterska, Vuxenpsykiatrin Halmstad.",
                "När: krisplanen klar senast 2025-04-04.",
            ],
            [
                ("Boendestöd två gånger i veckan", ""),
                "Ansvar: boendestödjare, Socialpsykiatrin, Halmstads kommun.",
                "När: måndagar och onsdagar från 2025-04-07.",
            ],
            [
                ("Studiebesök på Träffpunkten (daglig sysselsättning)", ""),
                "Ansvar: arbetsterapeut, Socialpsykiatrin, Halmstads kommun.",
                "När: 2025-05-06 kl. 10.",
            ],
        ]),
        ("UPPFÖLJNING", [
            [
                ("Huvudansvar: ", "Vuxenpsykiatrin Halmstad."),
            ],
            [
                ("Samtycke: ", "Samtycke finns."),
            ],
            [
                ("Uppföljning: ", "2025-06-17 kl. 13.00, Vuxenpsykiatrins mottagning, Halmstad."),
            ],
        ]),
    ]
    nrows = sum(len(rows) for _, rows in parts)
    table = doc.add_table(rows=nrows, cols=2)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    set_col_widths(table, (Cm(1.6), Cm(15.0)))
    ri = 0
    for label, rows in parts:
        start = ri
        for paras in rows:
            cell = table.cell(ri, 1)
            cell_paras(cell, paras)
            set_row_height(table.rows[ri], 0.8 if len(rows) > 3 else 1.3)
            ri += 1
        top = table.cell(start, 0)
        if ri - 1 > start:
            top = top.merge(table.cell(ri - 1, 0))
        cell_text(top, label, bold=True, size=9)
        top.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_cell_shading(top, "D9E2F3")
        top.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        set_text_direction(top, "btLr")
    # the last part needs height for its vertical label
    doc.add_paragraph()
    doc.add_paragraph("Planen skrevs under mötet och lästes upp innan vi avslutade. "
                      "Hanna fick en utskrift med sig.")
    doc.save(path(1, "docx"))


# ================================================================ 02
def plan02():
    """Plain text, lower-case headings, content indented two spaces, * vem/gör/när lines."""
    measures = [
        ("socialsekreterare, IFO Barn och unga, Varbergs kommun",
         "öppenvårdsbehandling enligt ACRA, samtal med Liam och mamma varannan vecka",
         "varannan torsdag från 2025-02-13"),
        ("Beroendemottagningen för unga, Region Halland, Varberg",
         "bedömning av beroende, urinprov (drogtest) varje vecka",
         "bedömning 2025-02-11, därefter provtagning varje måndag"),
        ("elevhälsan, skolkurator på gymnasieskolan",
         "närvarotrappa, anpassat schema med sena starter två dagar i veckan",
         "ej klart"),
        ("mentor på gymnasieskolan", "ringer hem samma förmiddag vid frånvaro",
         "från 2025-02-05"),
        ("mamma", "väcker Liam kl. 7.00 och skjutsar honom till skolan måndag och onsdag",
         "från 2025-02-05"),
        ("pappa", "har Liam hos sig i Göteborg varannan helg och håller kontakt med "
         "socialsekreteraren om hur helgerna går", "från helgen 2025-02-15"),
        ("Liam", "lämnar urinprov på måndagarna och går till samtalen på IFO",
         "från 2025-02-10"),
    ]
    lines = []
    for vem, gor, nar in measures:
        lines.append(textwrap.fill(f"* vem: {vem} gör: {gor} när: {nar}", width=76,
                                   initial_indent="  ", subsequent_indent="    "))
    text = """samordnad individuell plan
  Liam, 16 år
  Varbergs kommun / Region Halland
  möte 2025-02-04 kl. 15.00, Individ- och familjeomsorgen, Varberg

deltagare
  Liam
  mamma
  Anna
  Johan
  Petra
  Mikael

bakgrund
  Liam går i årskurs 1 på gymnasiet (el- och energiprogrammet). Sedan
  oktober 2024 har frånvaron ökat till drygt 60 % och han har vid två
  tillfällen blivit omhändertagen av polis för berusning. Han har
  berättat att han röker cannabis flera gånger i veckan och dricker på
  helgerna. Mamma är orolig, hon har svårt att få honom att gå upp på
  morgnarna. Pappa bor i Göteborg och har sporadisk kontakt.
  Orosanmälan från skolan 2024-11-18, utredning enligt 11 kap 1 § SoL
  avslutad 2025-01-24 med beslut om insatser.

mål
  Målet är att Liam ska vara i skolan minst fyra dagar i veckan före
  sommarlovet och att han ska sluta använda cannabis.

deltagande
  Liam deltog i mötet tillsammans med mamma.

insatser
{measures}

uppföljning
  vecka 14
""".replace("{measures}", "\n".join(lines))
    with open(path(2, "txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# ================================================================ 03
def plan03():
    """PDF from docx: portrait, measures table on a landscape page with caption and note."""
    doc = base_doc("Liberation Serif", 11)
    fixed_core(doc, "SIP Bengt", "Falkenbergs kommun")
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Falkenbergs kommun, Vård och omsorg  |  Region Halland  –  SIP"
    hp.runs[0].font.size = Pt(8)

    doc.add_heading("Samordnad individuell plan", level=1)
    info = doc.add_table(rows=4, cols=2)
    info.style = "Table Grid"
    rows = [
        ("Namn", "Bengt, 62 år"),
        ("Personnummer", "XXXXXX-XXXX"),
        ("Datum för SIP-möte", "2025-03-18"),
        ("Plats", "Vårdcentralen Falkenberg, konferensrummet"),
    ]
    for i, (a, b) in enumerate(rows):
        cell_text(info.cell(i, 0), a, bold=True)
        cell_text(info.cell(i, 1), b)
    set_col_widths(info, (Cm(5.0), Cm(11.5)))

    doc.add_heading("Deltagare", level=2)
    for d in [
        "Maria, biståndshandläggare, Äldreomsorgen, Falkenbergs kommun",
        "Jonas, distriktssköterska, Hemsjukvården Falkenberg",
        "Leila, specialistläkare, Minnesmottagningen, Hallands sjukhus Varberg",
        "Stefan, enhetschef, Hemtjänst Falkenberg centrum",
        "Ulla, socialsekreterare, Vuxenenheten (missbruk), Falkenbergs kommun",
    ]:
        doc.add_paragraph(d, style="List Bullet")

    doc.add_heading("Bakgrund", level=2)
    doc.add_paragraph(
        "Bengt har en alkoholrelaterad demenssjukdom (diagnos ställd vid Minnesmottagningen "
        "i december 2024) och ett långvarigt alkoholberoende. Han bor ensam i hyreslägenhet i "
        "Falkenberg. Han vårdades på medicinkliniken i Halmstad 2025-02-03–2025-02-14 efter ett "
        "fall i hemmet och uttorkning. Sedan hemgång har han hemtjänst två gånger om dagen. "
        "Personalen rapporterar att han ofta inte öppnar, att mat står orörd i kylen och att "
        "dosetten inte töms som den ska. Räkningar för januari och februari är obetalda.")
    doc.add_heading("Syfte", level=2)
    doc.add_paragraph(
        "Syftet med SIP är att samordna hemtjänstens, hemsjukvårdens, minnesmottagningens och "
        "missbruksenhetens insatser efter utskrivningen i februari, eftersom flera verksamheter "
        "nu är inkopplade och ingen har helhetsbilden av hur Bengt klarar mat, mediciner och "
        "ekonomi i lägenheten.")
    doc.add_heading("Frågeställningar", level=2)
    doc.add_paragraph("Diskutera läget och hur vi går vidare.")
    doc.add_heading("Bengts egna mål", level=2)
    doc.add_paragraph("")
    doc.add_heading("Samtycke", level=2)
    doc.add_paragraph("")
    doc.add_heading("Huvudansvarig för planen", level=2)
    doc.add_paragraph("")
    doc.add_paragraph("Insatserna redovisas i tabell 1 på nästa sida.")

    # landscape section for the table
    ls = doc.add_section(WD_SECTION.NEW_PAGE)
    ls.orientation = WD_ORIENT.LANDSCAPE
    ls.page_width, ls.page_height = Cm(29.7), Cm(21.0)
    ls.left_margin = ls.right_margin = Cm(2.0)
    ls.top_margin = ls.bottom_margin = Cm(2.0)
    cap = doc.add_paragraph("Tabell 1. Insatser", style="Caption")
    cap.runs[0].font.size = Pt(11)
    cols = ["Insats", "Ansvarig (verksamhet, funktion)", "Start", "Omfattning / kommentar"]
    data = [
        ("Hemtjänst: tillsyn, frukost, lunch och middag, påminnelse om vätska",
         "Hemtjänst Falkenberg centrum, kontaktman", "2025-03-24",
         "Ökas från två till fyra besök per dag"),
        ("Läkemedelsrobot med larm", "Hemsjukvården Falkenberg, distriktssköterska",
         "2025-04-01", "Ersätter dosett; larm till hemtjänsten vid missad dos"),
        ("Uppföljning av kognition och utredning av B-vitaminbrist",
         "Minnesmottagningen, Hallands sjukhus Varberg, specialistläkare", "2025-04-15",
         "Nytt besök, blodprover tas på vårdcentralen veckan innan"),
        ("Motiverande samtal om alkohol, hembesök",
         "Vuxenenheten (missbruk), Falkenbergs kommun, socialsekreterare", "2025-03-27",
         "Varannan vecka, i lägenheten"),
        ("Trygghetslarm", "Falkenbergs kommun, larmgruppen", "2025-03-20",
         "Installeras samtidigt som nyckelfri låsning"),
        ("Plats på dagverksamhet för personer med demens", "Kommunen", "*",
         "Ansökan görs, plats i mån av tillgång"),
    ]
    tbl = doc.add_table(rows=1, cols=4)
    tbl.style = "Table Grid"
    widths = [Cm(8.0), Cm(7.5), Cm(2.7), Cm(7.5)]
    for i, c in enumerate(cols):
        cell_text(tbl.rows[0].cells[i], c, bold=True)
        set_cell_shading(tbl.rows[0].cells[i], "E7E6E6")
    repeat_header(tbl.rows[0])
    for row in data:
        cells = tbl.add_row().cells
        for i, v in enumerate(row):
            cell_text(cells[i], v)
    set_col_widths(tbl, widths)
    note = doc.add_paragraph()
    r = note.add_run("* = startar efter beslut")
    r.italic = True
    r.font.size = Pt(9)

    # back to portrait
    ps = doc.add_section(WD_SECTION.NEW_PAGE)
    ps.orientation = WD_ORIENT.PORTRAIT
    ps.page_width, ps.page_height = Cm(21.0), Cm(29.7)
    ps.left_margin = ps.right_margin = Cm(2.2)
    doc.add_heading("Andra aktörer", level=2)
    doc.add_paragraph(
        "Bengts bror bor i Ullared och har tidigare hjälpt till med räkningar. "
        "God man kan bli aktuellt.")
    doc.add_heading("Uppföljning", level=2)
    doc.add_paragraph("Nästa uppföljning: 2025-05-20 kl. 10.00, Vårdcentralen Falkenberg.")
    doc.add_paragraph("Antecknat av: Maria, biståndshandläggare, Falkenbergs kommun. "
                      "Planen skickas till samtliga deltagare.")
    src = os.path.join(tempfile.mkdtemp(prefix="f94b-src-"), "f94b-03.docx")
    doc.save(src)
    to_pdf(src, path(3, "pdf"))
    shutil.rmtree(os.path.dirname(src), ignore_errors=True)


# ================================================================ 04
def plan04():
    text = """# SIP – Alva, 17 år

Kungsbacka kommun · Region Halland  
Möte: 2025-05-20, Elevhälsan Aranäsgymnasiet, Kungsbacka  
Antecknat av: kurator

---

### 🧭 Syfte #utkast

### 👥 Deltagare #klart
- mamma
- pappa
- behandlare
- skolkurator
- mentor
- socialsekreterare

### 📋 Bakgrund #klart
Alva går andra året på gymnasiet. Hon har anorexia nervosa sedan hösten 2024 och har
behandlingskontakt sedan november. Vikten har stått still sedan februari. Hon orkar
sällan hela skoldagar, äter inte i skolmatsalen och har hög frånvaro på eftermiddagarna.
Föräldrarna är separerade och Alva bor växelvis, vilket gör måltiderna svåra att hålla ihop.

### ❓ Frågor till mötet #klart
- Kan skolan ordna en lugn plats där Alva kan äta lunch med en vuxen?
- Behöver Alva gå ner i studietakt till hösten, och vem ansöker i så fall om det?
- Hur ska måltidsschemat fungera när hon byter boende varannan vecka?

### 🎯 Mål #klart
Alva har sagt till sin behandlare inför mötet:
> ”Jag vill orka gå hela dagar i skolan igen och kunna äta lunch med mina kompisar utan att få panik.”

### ✅ Samtycke #klart
Samtycke finns.

### 🤝 Insatser #pågår
- Fortsatt kontakt.
- Stöd vid behov, både hemma och i skolan.
- Anpassningar ses över.

### 👤 Huvudansvarig #saknas

### 🌐 Andra aktörer #ejklart

### 📅 Uppföljning #planerad
Efter sommarlovet, innan skolstart.
"""
    with open(path(4, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# ================================================================ 05
def plan05():
    doc = base_doc("Arial", 10)
    fixed_core(doc, "Uppföljning SIP", "Laholms kommun")
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Laholms kommun, Socialförvaltningen  •  Region Halland, Psykiatri Halland"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Uppföljning av samordnad individuell plan. Sida "
    fp.runs[0].font.size = Pt(8)
    page_number_field(fp)

    h = doc.add_paragraph()
    r = h.add_run("UPPFÖLJNING AV SIP")
    r.bold = True
    r.font.size = Pt(15)
    p = doc.add_paragraph()
    p.add_run("Lena, 45 år").bold = True
    p.add_run("  –  Laholm  –  uppföljningsmöte 2025-04-29 (ursprunglig plan upprättad 2025-01-14)")

    parts = [
        ("Syfte",
         "Se tidigare plan.",
         "–",
         "Oförändrat."),
        ("Mål",
         "Målet var att Lena ska ha en stabil boendesituation och att hon ska ta sin medicin "
         "varje dag.",
         "Medicineringen har fungerat sedan depåinjektion startade i februari. Hyran för mars "
         "betalades för sent och hyresvärden har skickat en varning.",
         "Målet är att Lena ska kunna bo kvar i lägenheten och att skulderna inte ska växa. "
         "Hon ska fortsätta med depåinjektion."),
        ("Lenas delaktighet",
         "Lena deltog i mötet i januari.",
         "Lena har valt att inte vara med i dag eftersom större möten gör henne stressad och "
         "rösterna blir värre efteråt. Hon gick igenom frågorna med sin boendestödjare "
         "2025-04-24 och har bett henne framföra att hon är nöjd med injektionerna, att hon "
         "inte vill ha fler besök i veckan och att hon vill ha hjälp med breven från "
         "Kronofogden men inte vill att någon annan tar över hennes ekonomi helt.",
         "Boendestödjaren återkopplar till Lena 2025-04-30 vad som beslutades."),
        ("Samtycke",
         "Skriftligt samtycke 2025-01-14.",
         "Samtycket gällde till uppföljningen.",
         "Lena förnyade samtycket skriftligt på kommunens blankett 2025-04-24, inför detta "
         "möte, tillsammans med boendestödjaren."),
        ("Behandling, psykiatri",
         "Läkarbesök var 8:e vecka, Vuxenpsykiatriska mottagningen Laholm.",
         "Depåinjektion var 4:e vecka sedan 2025-02-11 fungerar bra.",
         "Depåinjektion var 4:e vecka, nästa 2025-05-06, sjuksköterska Vuxenpsykiatriska "
         "mottagningen Laholm. Läkarbesök 2025-06-10."),
        ("Boendestöd",
         "Boendestöd en gång i veckan, Socialpsykiatrin Laholms kommun.",
         "Har fungerat. Lena har öppnat sin post tillsammans med boendestödjaren de senaste "
         "sex veckorna.",
         "Oförändrat en gång i veckan (tisdagar), boendestödjare, Socialpsykiatrin Laholms "
         "kommun. Tillsammans går de igenom post och räkningar."),
        ("Ekonomi och skulder",
         "Kontakt med budget- och skuldrådgivningen.",
         "Ett första möte hölls i mars. Skulderna är ca 240 000 kr, främst hyra, el och "
         "CSN.",
         "Budget- och skuldrådgivare, Laholms kommun, gör en budget med Lena och god man och "
         "förbereder ansökan om skuldsanering."),
        ("God man",
         "Ansökan om god man till överförmyndaren.",
         "God man (Gunnel) förordnad 2025-03-05.",
         "God man betalar hyra och el från Lenas konto från och med maj och ansöker om "
         "skuldsanering hos Kronofogden senast 2025-06-30. God man kontaktar hyresvärden "
         "om en avbetalningsplan före 2025-05-15."),
        ("Huvudansvar",
         "Socialpsykiatrin, Laholms kommun.",
         "Fungerade.",
         "Huvudansvaret flyttas till Regionen."),
        ("Uppföljning",
         "Uppföljning 2025-04-29.",
         "Genomförd i dag.",
         ""),
    ]
    tbl = doc.add_table(rows=1, cols=4)
    tbl.style = "Table Grid"
    hdr = ["", "Förra planen", "Hur gick det?", "Nytt beslut"]
    for i, c in enumerate(hdr):
        cell_text(tbl.rows[0].cells[i], c, bold=True)
        set_cell_shading(tbl.rows[0].cells[i], "DEEAF6")
    repeat_header(tbl.rows[0])
    for part, a, b, c in parts:
        cells = tbl.add_row().cells
        cell_text(cells[0], part, bold=True, size=9.5)
        cell_text(cells[1], a, size=9.5)
        cell_text(cells[2], b, size=9.5)
        if c:
            cell_text(cells[3], c, size=9.5)
    widths = [Cm(3.0), Cm(4.3), Cm(4.6), Cm(4.8)]
    set_col_widths(tbl, widths)
    doc.add_paragraph()
    doc.add_paragraph("Protokollet skickas till Lena, god man och berörda verksamheter.")
    doc.save(path(5, "docx"))


# ================================================================ 06
class RecordPDF(FPDF):
    SYSTEM = "Samverkan Halland – SIP-modul"
    PRINTED = "2025-03-13 09:42"

    def header(self):
        self.set_font("DejaVu", "", 8)
        self.set_text_color(80, 80, 80)
        self.cell(70, 5, self.SYSTEM, new_x="RIGHT", new_y="TOP")
        self.cell(70, 5, f"Utskrift: {self.PRINTED}", align="C", new_x="RIGHT", new_y="TOP")
        self.cell(0, 5, f"Sida {self.page_no()} ({{nb}})", align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, "Journalutdrag – sekretess enligt OSL 25 kap. och 26 kap.", align="C")


def plan06():
    pdf = RecordPDF(format="A4")
    pdf.set_creation_date(__import__("datetime").datetime(2025, 3, 13, 9, 42))
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(18, 14, 18)
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin

    def field(label, value, width=None, h=6):
        pdf.set_font("DejaVu", "B", 9.5)
        lw = pdf.get_string_width(label + ": ") + 1
        pdf.cell(lw, h, label + ":", new_x="RIGHT", new_y="TOP")
        pdf.set_font("DejaVu", "", 9.5)
        if width is None:
            pdf.multi_cell(0, h, value, align="L", new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.cell(width - lw, h, value, new_x="RIGHT", new_y="TOP")

    def two(l1, v1, l2, v2, split=100):
        field(l1, v1, width=split)
        field(l2, v2)

    def section(title):
        pdf.ln(2)
        pdf.set_fill_color(225, 225, 225)
        pdf.set_font("DejaVu", "B", 10)
        pdf.cell(0, 6.5, title, fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 8, "SAMORDNAD INDIVIDUELL PLAN (SIP)", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    two("NAMN", "Noah", "PERSONNUMMER", "ÅÅMMDD-XXXX")
    two("ÅLDER", "9 år", "KOMMUN", "Halmstad")
    two("MÖTESDATUM", "2025-03-11", "MÖTESPLATS", "BUP Halmstad")
    two("HUVUDANSVARIG", "Kurator Eva, BUP Halmstad", "UPPFÖLJNING", "2025-06-12")
    two("PLANENS STATUS", "Fastställd", "DOKUMENTTYP", "SIP, ny plan")

    section("MÖTE")
    field("DELTAGARE", "Eva (kurator), Jonas (socialsekreterare), Linnea (klasslärare), "
                       "Karim (specialistsjuksköterska), mamma")
    two("BARNET DELTOG", "Nej", "VÅRDNADSHAVARE", "Mamma deltog")
    field("FRÅGESTÄLLNINGAR", "")
    field("SYFTE", "Samordning av insatser.")

    section("BAKGRUND")
    field("SITUATION",
          "Noah går i årskurs 3. ADHD kombinerad form diagnostiserad på BUP Halmstad 2024-10. "
          "Skolan har gjort orosanmälan 2025-01-20 efter att Noah berättat om bråk hemma där "
          "pappa slagit mamma. Pappa har flyttat ut sedan februari och har kontaktförbud. Mamma "
          "har ensam vårdnad sedan 2025-02-26 (interimistiskt beslut). Noah har svårt att sova, "
          "har utbrott i skolan flera gånger i veckan och har slagit klasskamrater vid två "
          "tillfällen.")
    field("BARNETS MÅL", "")

    section("SAMTYCKE")
    field("SAMTYCKE", "Muntligt från mamma (vårdnadshavare) vid telefonsamtal med kurator "
                      "2025-03-04. Skriftligt på blankett 2025-03-11 i samband med mötet.")

    section("INSATSER")
    insatser = [
        ("Läkemedelsbehandling ADHD, insättning och dosjustering",
         "BUP Halmstad, specialistsjuksköterska och läkare", "2025-03-17, kontroll var 2:a vecka"),
        ("Traumafokuserad bedömning och stödsamtal för Noah (våld i familjen)",
         "BUP Halmstad, kurator", "2025-03-20, varje vecka"),
        ("Familjebehandling med mamma och Noah, fokus trygghet och rutiner",
         "IFO Barn och familj, Halmstads kommun, familjebehandlare", "Ej fastställd"),
        ("Stödsamtal för mamma (våldsutsatt)",
         "Kvinno- och relationsvåldsteamet, Halmstads kommun, socialsekreterare", "2025-03-14"),
        ("Anpassningar i klassrummet: egen arbetsplats, bildschema, förvarning vid byten",
         "Noahs skola, klasslärare och specialpedagog", "2025-03-12"),
        ("Elevhälsomöte om åtgärdsprogram",
         "Elevhälsan på Noahs skola, rektor", "2025-03-26"),
        ("Plats på fritidshem med extra vuxenstöd kl. 13.30–16.00",
         "Noahs skola, rektor", "2025-04-01"),
    ]
    for i, (ins, ans, start) in enumerate(insatser, 1):
        field(f"INSATS {i}", ins)
        pdf.set_x(pdf.l_margin + 8)
        field("ANSVARIG", ans)
        pdf.set_x(pdf.l_margin + 8)
        field("START", start)
        pdf.ln(1.5)

    section("UNDERSKRIFT")
    two("UPPRÄTTAD AV", "Eva, kurator, BUP Halmstad", "DATUM", "2025-03-11")
    two("SENAST ÄNDRAD", "2025-03-12", "SIGNERAD", "Ja")
    pdf.output(path(6, "pdf"))


# ================================================================ 07
def plan07():
    doc = base_doc("Calibri", 11.5)
    fixed_core(doc, "Pappas SIP", "Annika")
    doc.add_heading("Sammanfattning av pappas SIP", level=1)
    doc.add_paragraph("Hylte, 2025-04-09")
    doc.add_paragraph(
        "Jag är dotter till Gösta, 88 år, och skriver den här sammanfattningen för hans räkning, "
        "eftersom han har svårt att skriva själv numera och tycker att papperen från kommunen och "
        "vårdcentralen blir för många. Pappa har haft Parkinsons sjukdom i tolv år. Han bor kvar "
        "ensam i huset i Unnaryd sedan mamma dog 2022. I januari föll han i badrummet på natten "
        "och låg på golvet i flera timmar innan hemtjänsten hittade honom på morgonen.")
    doc.add_paragraph(
        "Jag skriver ner det här för att vi alla ska ha samma bild av vad som ska göras så att "
        "pappa kan bo kvar hemma efter fallet, och så att hemtjänsten, hemsjukvården och "
        "neurologen vet vad de andra gör. Förra hösten var det tre olika personer som ändrade i "
        "hans medicinlista utan att veta om varandra.")
    doc.add_heading("Mötet", level=2)
    doc.add_paragraph(
        "Vi hade SIP-mötet hemma i pappas kök den 8 april. Där var pappa, jag, Karin, Ahmed "
        "och Sofia. Birgitta var med på telefon. Pappa satt med hela mötet, även om han "
        "blev trött mot slutet.")
    doc.add_paragraph("Det vi ville ha svar på var framför allt:")
    for q in [
        "Hur ska pappa klara nätterna när han behöver gå på toaletten?",
        "Kan medicintiderna ändras så att han inte är så stel och skakig på morgonen när "
        "hemtjänsten kommer?",
        "Vem ska jag ringa när något inte fungerar?",
    ]:
        doc.add_paragraph(q, style="List Bullet")
    doc.add_paragraph(
        "Pappa var tydlig på mötet. Han sa: ”Jag vill sova i min egen säng och dricka kaffet på "
        "min egen veranda. Till något boende flyttar jag inte så länge jag kan ta mig till "
        "toaletten själv.” Han vill heller inte ha fler olika personer från hemtjänsten än "
        "nödvändigt.")
    doc.add_heading("Det här bestämdes", level=2)
    for d in [
        "Hemtjänsten i Hyltebruk utökar till fyra besök per dag, även ett kvällsbesök kl. 21, "
        "från den 14 april.",
        "Hemsjukvården (distriktssköterskan) tar över läkemedelshanteringen och ger "
        "morgondosen kl. 7 i stället för kl. 8, från den 14 april.",
        "Arbetsterapeuten i kommunen kommer hem och tittar på badrummet och sängen, och "
        "provar ut en toalettstol och ett sänggrindshandtag.",
        "Pappa får ett trygghetslarm med fallsensor. Biståndshandläggaren har beviljat det och "
        "larmet installeras den 16 april.",
        "Neurologmottagningen på Hallands sjukhus Halmstad ser över medicinerna på nästa "
        "besök den 14 maj.",
        "Vårdcentralen Hyltebruk (läkaren) gör en läkemedelsgenomgång tillsammans med "
        "distriktssköterskan innan neurologbesöket.",
    ]:
        doc.add_paragraph(d, style="List Number")
    doc.add_heading("Det här gör vi i familjen", level=2)
    for d in [
        "Jag kör pappa till neurologen i Halmstad den 14 maj och är med på besöket.",
        "Jag ringer pappa varje kväll kl. 19 och hjälper honom att ladda larmet.",
        "Min bror Per-Anders, som bor i Jönköping, tar hand om snöskottning och gräsklippning och "
        "kommer hem varannan helg från och med maj.",
    ]:
        doc.add_paragraph(d, style="List Bullet")
    doc.add_heading("Ansvar och nästa möte", level=2)
    doc.add_paragraph("Huvudansvaret för planen har kommunen.")
    doc.add_paragraph(
        "Vi ska ses igen efter sommaren och se hur det har fungerat. Fram till dess hör jag av "
        "mig om något förändras.")
    doc.add_paragraph("Annika")
    doc.add_paragraph("(dotter)")
    doc.save(path(7, "docx"))


# ================================================================ 08
def plan08():
    doc = base_doc("Calibri", 11)
    fixed_core(doc, "Protokoll nätverksträff SIP-samordnare", "Region Halland")
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Region Halland och Hallands kommuner – Nätverket för SIP-samordnare"
    hp.runs[0].font.size = Pt(8)
    doc.add_heading("Protokoll, nätverksträff för SIP-samordnare i Halland, 2025-03-12", level=1)
    doc.add_paragraph("Tid och plats: kl. 09.00–12.00, Regionens hus, Halmstad, samt via Teams.")
    doc.add_paragraph(
        "Närvarande: SIP-samordnare från Halmstad, Varberg, Falkenberg, Kungsbacka, Laholm och "
        "Hylte kommuner, utvecklingsledare från Region Halland (närsjukvård och psykiatri), "
        "representant för BUP Halland. Ordförande: utvecklingsledare, Region Halland. "
        "Sekreterare: SIP-samordnare, Varbergs kommun.")

    doc.add_heading("1. Föregående protokoll", level=2)
    doc.add_paragraph("Protokollet från 2024-11-20 lades till handlingarna utan anmärkning.")

    doc.add_heading("2. Statistik 2024", level=2)
    doc.add_paragraph(
        "Utvecklingsledaren redovisade antalet upprättade SIP:ar i länet under 2024 enligt "
        "uttaget ur Samverkan Halland. Siffrorna avser nya planer, inte uppföljningar.")
    stats = [
        ("Kommun", "Nya SIP 2024", "Varav barn/unga", "Andel med uppföljning inom 6 mån"),
        ("Halmstad", "214", "121", "68 %"),
        ("Varberg", "132", "70", "74 %"),
        ("Kungsbacka", "118", "66", "61 %"),
        ("Falkenberg", "79", "38", "70 %"),
        ("Laholm", "46", "21", "59 %"),
        ("Hylte", "22", "9", "77 %"),
        ("Totalt", "611", "325", "67 %"),
    ]
    t = doc.add_table(rows=len(stats), cols=4)
    t.style = "Light Grid Accent 1"
    for i, row in enumerate(stats):
        for j, v in enumerate(row):
            cell_text(t.cell(i, j), v, bold=(i == 0 or i == len(stats) - 1))
    doc.add_paragraph()
    doc.add_paragraph(
        "Diskussion: andelen planer med uppföljning har ökat jämfört med 2023 (58 %), men "
        "fortfarande saknar ungefär en tredjedel ett datum för uppföljning. Flera kommuner "
        "upplever att uppföljningsdatum bestäms men inte registreras i systemet.")

    doc.add_heading("3. Rutiner", level=2)
    doc.add_paragraph(
        "Den gemensamma riktlinjen för SIP i Halland revideras under 2025. Nätverket "
        "diskuterade följande punkter inför revideringen:")
    for b in [
        "Kallelse ska gå ut senast fem arbetsdagar efter att behovet av SIP har identifierats.",
        "Huvudansvarig ska alltid anges med både funktion och verksamhet i mallen.",
        "Mallen kompletteras med ett obligatoriskt fält för den enskildes egna mål.",
        "Tydligare rutin för SIP vid utskrivning från sluten psykiatrisk vård, i samordning med "
        "lagen om samverkan vid utskrivning.",
        "Skolans roll: rektor kallas alltid när barnet har skolfrånvaro.",
    ]:
        doc.add_paragraph(b, style="List Bullet")
    doc.add_paragraph(
        "Beslut: Varbergs och Kungsbackas samordnare tar fram ett förslag på reviderad mall till "
        "nästa träff.")

    doc.add_heading("4. Ärendediskussion (avidentifierat)", level=2)
    doc.add_paragraph(
        "En samordnare lyfte ett ärende om en ung vuxen med både beroendeproblematik och "
        "psykisk ohälsa, där socialtjänsten och psykiatrin haft olika uppfattning om vem som "
        "skulle kalla till SIP. Det dröjde därför flera veckor innan mötet blev av. Nätverket "
        "diskuterade hur man kan undvika detta: den som först identifierar behovet kallar, "
        "oavsett huvudman, och frågan om huvudansvar avgörs på mötet. Inga personuppgifter "
        "diskuterades och ärendet protokollförs inte vidare.")

    doc.add_heading("5. Utbildning", level=2)
    doc.add_paragraph(
        "Grundutbildning i SIP för nyanställda hålls digitalt 2025-04-23 och 2025-10-08. "
        "Anmälan via Region Hallands kompetensportal.")

    doc.add_heading("6. Nästa träff", level=2)
    doc.add_paragraph("2025-06-04 kl. 09.00–12.00 i Varberg.")
    doc.add_paragraph("Vid protokollet: SIP-samordnare, Varbergs kommun")
    doc.add_paragraph("Justeras: utvecklingsledare, Region Halland")
    doc.save(path(8, "docx"))


def normalise_docx(p):
    """Rewrite the zip with fixed timestamps so repeated runs give identical files."""
    import zipfile
    with zipfile.ZipFile(p) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
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
        normalise_docx(path(n, "docx"))


if __name__ == "__main__":
    main()
