#!/usr/bin/env python3
"""Generate the f5 batch of fictional, anonymized SIP plans into plans/.

Run with ../../../.venv/bin/python generate.py
Deterministic: fixed dates and texts, no randomness. Uses LibreOffice (own profile)
for the PDFs that are "printed" from a word processor.
"""
import os
import shutil
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
PLANS = HERE / "plans"
BUILD = HERE / "build"
PREFIX = "f5"
LO_PROFILE = "file:///tmp/lo-f5"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def normalize_docx(path, when=(2025, 1, 1, 12, 0, 0)):
    """Rewrite the .docx zip with fixed entry timestamps so reruns give identical bytes."""
    import zipfile
    path = Path(path)
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    tmp.replace(path)


def save_docx(doc, path, created):
    import datetime as _dt
    cp = doc.core_properties
    cp.created = _dt.datetime.fromisoformat(created)
    cp.modified = _dt.datetime.fromisoformat(created)
    cp.last_modified_by = ""
    cp.revision = 1
    doc.save(path)
    normalize_docx(path)


def out(n, ext):
    return PLANS / f"{PREFIX}-{n:02d}.{ext}"


# ---------------------------------------------------------------- docx helpers
def new_doc(font="Calibri", size=11, margins_cm=2.2):
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
    st.paragraph_format.space_after = Pt(4)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(margins_cm))
    doc.core_properties.author = ""
    doc.core_properties.title = ""
    return doc


def para(doc_or_cell, text="", bold=False, italic=False, size=None, align=None,
         space_after=None, color=None):
    p = doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def runs(p, parts):
    """parts: list of (text, dict(bold=..., italic=...))"""
    for text, fmt in parts:
        r = p.add_run(text)
        r.bold = fmt.get("bold", False)
        r.italic = fmt.get("italic", False)
        if fmt.get("size"):
            r.font.size = Pt(fmt["size"])
        if fmt.get("highlight"):
            r.font.highlight_color = fmt["highlight"]
        if fmt.get("color"):
            r.font.color.rgb = RGBColor.from_string(fmt["color"])
    return p


def shade(cell, fill="D9D9D9"):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def set_cell(cell, text, bold=False, size=None, italic=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        p.paragraph_format.space_after = Pt(1)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def col_widths(table, widths_cm):
    table.autofit = False
    for i, w in enumerate(widths_cm):
        if i < len(table.columns):
            table.columns[i].width = Cm(w)
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def add_field(run, instr):
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._r.append(el)


def page_x_of_y(p, word="Sida", of="av"):
    p.add_run(f"{word} ")
    add_field(p.add_run(), "PAGE")
    p.add_run(f" {of} ")
    add_field(p.add_run(), "NUMPAGES")


def header_text(section, left, right=None, size=9):
    hp = section.header.paragraphs[0]
    hp.text = ""
    r = hp.add_run(left)
    r.font.size = Pt(size)
    if right:
        hp.add_run("\t\t")
        r2 = hp.add_run(right)
        r2.font.size = Pt(size)
    return hp


def set_rtl(paragraph):
    ppr = paragraph._p.get_or_add_pPr()
    bidi = OxmlElement("w:bidi")
    ppr.insert(0, bidi)
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def rtl_run(p, text, bold=False, italic=False, size=None, color=None):
    r = p.add_run(text)
    rpr = r._r.get_or_add_rPr()
    rtl = OxmlElement("w:rtl")
    rpr.append(rtl)
    r.bold = bold
    r.italic = italic
    if bold:
        bcs = OxmlElement("w:bCs")
        rpr.append(bcs)
    if size:
        r.font.size = Pt(size)
        szcs = OxmlElement("w:szCs")
        szcs.set(qn("w:val"), str(int(size * 2)))
        rpr.append(szcs)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return r


def soffice_pdf(src, dest):
    BUILD.mkdir(exist_ok=True)
    cmd = ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
           "--convert-to", "pdf", "--outdir", str(BUILD), str(src)]
    if str(src).endswith(".html"):
        cmd[4] = "pdf:writer_pdf_Export"
        cmd.insert(3, "--infilter=HTML (StarWriter)")
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=180)
    produced = BUILD / (Path(src).stem + ".pdf")
    shutil.move(str(produced), str(dest))


# ===================================================================== 01
def plan01():
    """Landscape SIP table (Behov | Mål | Insats | Ansvar | Tid), substance use, Sala."""
    doc = new_doc("Arial", 10, 1.8)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("Sala kommun, Individ- och familjeomsorgen  ·  Region Västmanland, "
                   "Beroendemottagningen Sala")
    r.font.size = Pt(8)
    hp.add_run("\t\t")
    r = hp.add_run("Samordnad vårdplanering – missbruk/beroende")
    r.font.size = Pt(8)
    r.italic = True
    fp = sec.footer.paragraphs[0]
    r = fp.add_run("Upprättad 2024-10-17    ")
    r.font.size = Pt(8)
    page_x_of_y(fp)

    para(doc, "Samordnad individuell plan (SIP) – samordnad vårdplanering missbruk/beroende",
         bold=True, size=14, space_after=8)

    info = [
        ("Namn: ", "Daniel"),
        ("Personnummer: ", "ÅÅMMDD-XXXX"),
        ("Datum för möte: ", "2024-10-17"),
        ("Plats: ", "Beroendemottagningen Sala"),
    ]
    p = doc.add_paragraph()
    for i, (lab, val) in enumerate(info):
        if i:
            p.add_run("      ")
        p.add_run(lab).bold = True
        p.add_run(val)
    p = doc.add_paragraph()
    p.add_run("Deltagare: ").bold = True
    p.add_run("Petra (socialsekreterare), Jonas (behandlare), Amir (sjuksköterska), "
              "Lotta (boendestödjare)")
    p = doc.add_paragraph()
    p.add_run("Syfte med planen: ").bold = True
    p.add_run("Att samordna abstinensbehandling, återfallsprevention och boendestöd så att "
              "Daniel kan hålla sig drogfri och behålla sin lägenhet, som han riskerar att bli "
              "uppsagd från efter hyresskulderna i somras.")
    p.paragraph_format.space_after = Pt(10)

    head = ["Behov", "Mål", "Insats", "Ansvar", "Tid"]
    rows = [
        ["Abstinens och sömnproblem efter amfetaminbruk under sommaren",
         "”Jag vill kunna sova på nätterna utan att ta något.”",
         "Läkarbedömning, ställningstagande till sömnmedicin utan beroendepotential",
         "Läkare, Beroendemottagningen Sala",
         "2024-10-24"],
        ["Behöver kunna visa drogfrihet",
         "Drogfrihet",
         "Övervakade urinprov två gånger i veckan",
         "Sjuksköterska, Beroendemottagningen Sala",
         "Från v. 43, tisdagar och fredagar"],
        ["Återfallsrisk, två återfall under året",
         "”Jag vill klara mig utan att ta något, en dag i taget.”",
         "Återfallsprevention (ÅP), 12 individuella samtal",
         "Behandlare, Öppenvården IFO Sala",
         "Start 2024-11-04, onsdagar kl. 10"],
        ["Hyresskuld, risk att förlora lägenheten",
         "”Jag vill inte bli av med lägenheten igen.”",
         "Boendestöd två gånger i veckan, hjälp med ekonomin och att betala av hyresskulden",
         "Kommunen",
         ""],
        ["Sysselsättning – sitter hemma hela dagarna",
         "Ha något att göra på dagarna",
         "Tas upp när behandlingen har kommit igång",
         "",
         ""],
    ]
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(head):
        set_cell(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "C6D9F1")
    repeat_header(t.rows[0])
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)
    col_widths(t, [5.2, 5.6, 6.4, 4.6, 4.0])

    para(doc, "", space_after=4)
    p = doc.add_paragraph()
    p.add_run("Huvudansvar för planen: ").bold = True
    p.add_run("Socialtjänsten Sala")
    p = doc.add_paragraph()
    p.add_run("Uppföljning av planen: ").bold = True
    p = doc.add_paragraph()
    p.add_run("Planen upprättad av: ").bold = True
    p.add_run("Petra, socialsekreterare")
    save_docx(doc, out(1, "docx"), "2024-10-17T15:10:00")


# ===================================================================== 02
class PortalPDF(FPDF):
    def header(self):
        self.set_font("dv", "", 7)
        self.set_text_color(90, 90, 90)
        self.set_xy(8, 5)
        self.cell(60, 4, "2025-02-03 14:22")
        self.set_x(70)
        self.cell(70, 4, "Mina planer – Samordnad individuell plan", align="C")
        self.set_text_color(0, 0, 0)
        self.set_y(14)

    def footer(self):
        self.set_y(-10)
        self.set_font("dv", "", 7)
        self.set_text_color(90, 90, 90)
        self.set_x(8)
        self.cell(120, 4, "Utskrift från e-tjänsten Mina planer, Region Västmanland")
        self.set_x(-30)
        self.cell(22, 4, f"{self.page_no()}/{{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def plan02():
    """Patient-portal print ("Mina planer") with icon characters; bipolar disorder, Västerås."""
    pdf = PortalPDF(format="A4")
    import datetime as _dt
    pdf.set_creation_date(_dt.datetime(2025, 2, 3, 14, 22, tzinfo=_dt.timezone.utc))
    pdf.add_font("dv", "", FONT)
    pdf.add_font("dv", "B", FONT_B)
    pdf.set_auto_page_break(True, margin=16)
    pdf.set_margins(14, 14, 14)
    pdf.add_page()
    W = 182

    # top bar
    pdf.set_fill_color(0, 84, 134)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("dv", "B", 15)
    pdf.cell(W, 12, "  Mina planer", fill=True)
    pdf.set_font("dv", "", 8)
    pdf.set_xy(14 + W - 60, pdf.get_y() + 4)
    pdf.cell(58, 4, "Inloggad: Linnéa   ☰ Meny", align="R")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(12)
    pdf.set_font("dv", "", 8)
    pdf.set_text_color(0, 84, 134)
    pdf.cell(W, 5, "Start  ›  Mina planer  ›  SIP Vuxenpsykiatri – Socialpsykiatri")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(8)
    pdf.set_font("dv", "B", 13)
    pdf.cell(W, 7, "Samordnad individuell plan (SIP)")
    pdf.ln(9)

    def card(title, lines, gap=4):
        # lines: list of (font_style, size, text, indent)
        x0, y0 = pdf.get_x(), pdf.get_y()
        # estimate height
        pdf.set_font("dv", "B", 10)
        h = 9
        for style, size, text, ind in lines:
            pdf.set_font("dv", style, size)
            nl = len(pdf.multi_cell(W - 10 - ind, 4.6, text, dry_run=True, output="LINES"))
            h += nl * 4.6 + 1
        h += 2
        if y0 + h > pdf.h - 18:
            pdf.add_page()
            x0, y0 = pdf.get_x(), pdf.get_y()
        pdf.set_draw_color(190, 200, 210)
        pdf.set_fill_color(246, 248, 250)
        pdf.rect(x0, y0, W, h, style="DF")
        pdf.set_xy(x0 + 5, y0 + 3)
        pdf.set_font("dv", "B", 10)
        pdf.cell(W - 10, 5, title)
        pdf.set_xy(x0 + 5, y0 + 9)
        for style, size, text, ind in lines:
            pdf.set_font("dv", style, size)
            pdf.set_x(x0 + 5 + ind)
            pdf.multi_cell(W - 10 - ind, 4.6, text)
            pdf.ln(1)
        pdf.set_xy(x0, y0 + h + gap)

    card("Om planen", [
        ("", 9, "Status:  ✓ Aktiv          Skapad: 2025-01-15          Senast ändrad: 2025-01-16", 0),
        ("", 9, "Syfte:  Samordning av insatser", 0),
        ("", 9, "Huvudansvarig:  Vuxenpsykiatrin Västerås", 0),
    ])
    card("Mina mål", [
        ("", 8, "✎ Skrivet av dig 2025-01-16", 0),
        ("", 10, "Jag vill orka sköta lägenheten själv och kunna ha min son hos mig varannan "
                 "helg utan att bli sjuk igen.", 0),
    ])
    card("Deltagande", [
        ("", 9, "✓ Du deltog på SIP-mötet 2025-01-15.", 0),
    ])
    card("Samtycke", [
        ("", 9, "✓ Du har lämnat samtycke till samordnad individuell plan.", 0),
        ("", 8, "Signerat med e-legitimation 2025-01-08 10:41. Du kan när som helst ta tillbaka "
                "ditt samtycke under Inställningar › Samtycken.", 0),
    ])
    acts = [
        ("✓ Klar", "Läkemedelsgenomgång litium och blodprov",
         "Ansvarig: Sjuksköterska, Öppenvårdsmottagning 2, Vuxenpsykiatrin Västerås",
         "◷ 2025-01-20"),
        ("● Pågår", "Boendestöd 2 timmar i veckan (städning, tvätt, post)",
         "Ansvarig: Boendestödjare, Socialpsykiatrin, Västerås stad",
         "◷ Start 2025-02-03"),
        ("○ Planerad", "Första möte med budget- och skuldrådgivare",
         "Ansvarig: Budget- och skuldrådgivningen, Västerås stad",
         "◷ 2025-02-11 kl. 13.00"),
        ("○ Planerad", "Psykopedagogisk grupp om bipolär sjukdom, 8 träffar",
         "Ansvarig: Arbetsterapeut, Öppenvårdsmottagning 2, Vuxenpsykiatrin Västerås",
         "◷ Start 2025-03-05, onsdagar kl. 14–16"),
    ]
    lines = []
    for status, what, who, when in acts:
        lines.append(("B", 9, f"{status}   {what}", 0))
        lines.append(("", 8, who, 6))
        lines.append(("", 8, when, 6))
    card("Aktiviteter (4)", lines)
    card("Uppföljning", [
        ("", 9, "◷ Nästa uppföljning: 2025-04-09 kl. 10.00, Öppenvårdsmottagning 2, "
                "Vuxenpsykiatrin Västerås", 0),
        ("", 8, "Du får en kallelse i Mina meddelanden ungefär två veckor innan.", 0),
    ])
    card("Dokument och meddelanden", [
        ("", 8, "✉ Meddelanden (2)     ▤ Kallelse SIP-möte 2025-01-15.pdf     "
                "▤ Samtycke SIP.pdf", 0),
        ("", 8, "ℹ Har du frågor om din plan? Skicka ett meddelande till din vårdenhet.", 0),
    ])
    pdf.output(str(out(2, "pdf")))


# ===================================================================== 03
def plan03():
    """Protocol with decision paragraphs (§ 1 ... § 9); LSS, autism, Köping."""
    doc = new_doc("Times New Roman", 12, 2.5)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.add_run("KÖPINGS KOMMUN\nVård och omsorg, LSS-enheten").font.size = Pt(9)
    hp.add_run("\t\tPROTOKOLL\n\t\tSida ").font.size = Pt(9)
    add_field(hp.add_run(), "PAGE")

    para(doc, "Protokoll fört vid möte om samordnad individuell plan (SIP)",
         bold=True, size=14, space_after=6)
    p = doc.add_paragraph()
    runs(p, [("Datum: ", {"bold": True}), ("2025-01-09, kl. 13.30–15.00\n", {}),
             ("Plats: ", {"bold": True}), ("Kommunhuset Köping, sammanträdesrum Mälaren\n", {}),
             ("Ärende: ", {"bold": True}), ("SIP för Oskar, 19 år", {})])
    p.paragraph_format.space_after = Pt(12)

    def par(no, title, body):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(2.0)
        p.paragraph_format.first_line_indent = Cm(-2.0)
        p.paragraph_format.space_before = Pt(8)
        p.paragraph_format.space_after = Pt(2)
        p.paragraph_format.keep_with_next = True
        r = p.add_run(f"§ {no}\t")
        r.bold = True
        r = p.add_run(title)
        r.bold = True
        for b in body:
            q = doc.add_paragraph()
            q.paragraph_format.left_indent = Cm(2.0)
            q.paragraph_format.space_after = Pt(3)
            if isinstance(b, tuple):
                runs(q, b)
            else:
                q.add_run(b)

    par(1, "Mötets öppnande", [
        "LSS-handläggare Maria hälsar alla välkomna och förklarar mötet öppnat. Mötet är "
        "sammankallat efter önskemål från Oskars mamma i december."])
    par(2, "Närvarande", [
        "Oskar (del av mötet)",
        "Karin, Oskars mamma",
        "Maria, LSS-handläggare, Köpings kommun",
        "Anders, enhetschef, Daglig verksamhet Ljusglimten, Köpings kommun",
        "Sara, enhetschef, Gruppbostaden Solbacken, Köpings kommun",
        "Helena, psykolog, Vuxenhabiliteringen Västerås, Region Västmanland",
        "Mikael, sjuksköterska, Vuxenpsykiatrin Köping, Region Västmanland"])
    par(3, "Mötets syfte", [
        "Oskar gick ut gymnasiesärskolan i juni och har sedan augusti daglig verksamhet tre "
        "dagar i veckan. Han har under hösten haft svårt att sova och mer ångest, och både "
        "habiliteringen och psykiatrin är inkopplade. Syftet med mötet är att samordna "
        "insatserna från daglig verksamhet, gruppbostaden, habiliteringen och psykiatrin så "
        "att Oskar får en förutsägbar vecka och att sömnproblemen följs upp av en och samma "
        "enhet."])
    par(4, "Frågeställningar", [
        "– Hur kan schemat på daglig verksamhet läggas upp så att Oskar orkar fyra dagar i "
        "veckan?",
        "– Vem följer upp effekten av melatoninet, psykiatrin eller habiliteringen?",
        "– Hur ska personalen på gruppbostaden dokumentera sömnen?"])
    par(5, "Oskars situation och mål", [
        "Oskar var med på mötet den första halvtimmen och gick sedan tillbaka till "
        "gruppbostaden med personal.",
        "Mamma berättar att Oskar har sovit dåligt sedan oktober och att han ofta ringer henne "
        "sent på kvällen. Personalen på gruppbostaden bekräftar att han är vaken till efter "
        "midnatt flera nätter i veckan. Daglig verksamhet ser att han är trött och drar sig "
        "undan på eftermiddagarna.",
        "Målet är att Oskar ska kunna vara på daglig verksamhet fyra dagar i veckan och sova "
        "minst sju timmar per natt."])
    par(6, "Beslut om insatser", [
        "Mötet beslutar",
        ((("att ", {"italic": True}),
          ("daglig verksamhet utökas från tre till fyra dagar i veckan från 2025-01-20, med "
           "kortare dagar på fredagar. Ansvarig: enhetschef, Daglig verksamhet Ljusglimten.", {}))),
        ((("att ", {"italic": True}),
          ("Vuxenhabiliteringen tar fram ett bildschema för dagen och veckan tillsammans med "
           "personalen på daglig verksamhet och gruppbostaden. Ansvarig: psykolog, "
           "Vuxenhabiliteringen Västerås. Klart under februari 2025.", {}))),
        ((("att ", {"italic": True}),
          ("personalen på gruppbostaden för sömndagbok varje natt från 2025-01-13. "
           "Ansvarig: enhetschef, Gruppbostaden Solbacken.", {}))),
        ((("att ", {"italic": True}),
          ("Vuxenpsykiatrin Köping följer upp effekten av melatoninet utifrån sömndagboken och "
           "tar ställning till fortsatt behandling. Ansvarig: sjuksköterska, Vuxenpsykiatrin "
           "Köping.", {}))),
    ])
    par(7, "Huvudansvar", [
        "Maria, LSS-handläggare, Köpings kommun, utses till huvudansvarig för planen och "
        "sammankallar till uppföljning."])
    par(8, "Uppföljning", [
        "Planen följs upp 2025-03-18 kl. 13.30 i Kommunhuset Köping. Maria skickar kallelse "
        "till samtliga."])
    par(9, "Mötets avslutande", ["Maria tackar alla för deltagandet och förklarar mötet avslutat."])

    para(doc, "", space_after=18)
    p = doc.add_paragraph()
    p.add_run("Vid protokollet\n\n\n").italic = True
    p.add_run("Maria, LSS-handläggare")
    save_docx(doc, out(3, "docx"), "2025-01-10T09:20:00")


# ===================================================================== 04
def plan04():
    """Mind-map exported as tab-indented outline (.txt); school refusal, Arboga."""
    tree = [
        (0, "SIP Elin 14 år – nov 2024"),
        (1, "Varför SIP"),
        (2, "samordning skola – BUP – soc"),
        (1, "Bakgrund"),
        (2, "frånvaro ca 60 % sedan augusti"),
        (2, "ont i magen på morgnarna, panik i matsalen"),
        (2, "BUP Västerås sedan i våras, KBT påbörjad"),
        (2, "soc: orosanmälan från skolan i sept, utredning avslutad"),
        (3, "familjen tackade ja till stöd"),
        (1, "Deltagare"),
        (2, "Elin (första delen)"),
        (2, "mamma"),
        (2, "pappa"),
        (2, "mentor"),
        (2, "kurator"),
        (2, "specialpedagog"),
        (2, "behandlare"),
        (2, "familjebehandlare"),
        (1, "Frågor till mötet"),
        (2, "Hur ska skolan och BUP lägga upp återgången så att det inte blir för mycket på en gång?"),
        (2, "Ska Elin få undervisning i mindre grupp i matte och engelska?"),
        (2, "Hur gör vi de dagar hon inte kommer iväg – vem ringer vem?"),
        (1, "Elins egna ord"),
        (2, "\"jag vill kunna gå till skolan utan att må illa varje morgon\""),
        (2, "\"vill börja med två dagar, inte fem\""),
        (2, "vill inte äta i matsalen just nu"),
        (1, "Vad gör vi"),
        (2, "stöd i skolan"),
        (3, "anpassningar?"),
        (2, "fortsatt samtalskontakt"),
        (2, "stöd till familjen vid behov"),
        (2, "mjukstart?"),
        (1, "Oklart"),
        (2, "vem sammankallar nästa gång?"),
        (2, "hur mycket ska mentor höra av sig hem?"),
        (1, "Uppföljning"),
        (2, "efter jullovet"),
    ]
    text = "\n".join("\t" * lvl + t for lvl, t in tree) + "\n"
    out(4, "txt").write_text(text, encoding="utf-8")


# ===================================================================== 05
def plan05():
    """Markdown task list of agreements with (ansvar, klart); self-harm, Köping."""
    md = """# SIP – Alva (16 år)

Möte 2024-11-12 kl. 14.00–15.30 på BUP Västerås, mottagningen i Köping.

**Med på mötet:** Alva (första halvtimmen), mamma, kurator, behandlare, socialsekreterare, rektor

## Bakgrund

Alva går första året på gymnasiet i Köping (samhällsvetenskapsprogrammet). Hon har skadat
sig själv genom att skära sig sedan i våras och har haft kontakt med BUP sedan augusti.
Närvaron i skolan har sjunkit till ungefär hälften under oktober. Mamma har sökt stöd hos
socialtjänsten själv.

## Alvas syn

Alva var med första halvtimmen. Hon sa att det är jobbigt med många vuxna runt henne och
att hon helst vill ha *en* person att vända sig till på skolan. Hon vill inte att mamma
ringer skolan utan att fråga henne först. Hon tycker att samtalen på BUP hjälper.

## Mål

Målet är att Alva ska minska självskadandet och komma tillbaka till skolan på heltid
efter jullovet.

## Samtycke

Alva och mamma har gett samtycke.

## Överenskommelser

- [x] Kurator ringer mamma varje fredag och stämmer av hur veckan varit (ansvar: kurator, elevhälsan gymnasiet Köping, klart: varje fredag fr.o.m. 2024-11-15)
- [ ] Individuell färdighetsträning (DBT-inspirerad) en gång i veckan (ansvar: behandlare, BUP Västerås, start: 2024-11-19)
- [x] Anpassad studiegång, ca 60 % schema t.o.m. jullovet (ansvar: rektor, gymnasiet Köping, klart: 2024-11-18)
- [ ] Föräldrastödssamtal till mamma, fem tillfällen (ansvar: socialsekreterare, Barn och unga Köpings kommun, start: v. 48)
- [x] Mamma låser in alla läkemedel hemma (ansvar: mamma, klart: 2024-11-13)
- [ ] Alva säger till kuratorn när hon inte orkar en lektion och får gå till elevhälsans rum (ansvar: Alva, från: 2024-11-13)

## Huvudansvar

BUP

## Nästa möte

2025-01-21 kl. 15.00 på BUP-mottagningen i Köping.
"""
    out(5, "md").write_text(md, encoding="utf-8")


# ===================================================================== 06
def plan06():
    """Plan text with 'se kontaktlistan' and an appendix contact table; ADHD, Västerås."""
    doc = new_doc("Calibri", 11, 2.3)
    sec = doc.sections[0]
    header_text(sec, "Västerås stad – Försörjningsstöd", "Samordnad individuell plan")
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page_x_of_y(fp)

    para(doc, "Samordnad individuell plan – Robin", bold=True, size=16, space_after=2)
    para(doc, "Datum för mötet: 2025-01-28.  Plats: Försörjningsstöd, Västerås stad.",
         space_after=2)
    para(doc, "Närvarande: se kontaktlistan i bilagan (markerade med ”ja”).", space_after=10)

    def block(title, texts):
        para(doc, title, bold=True, space_after=2).paragraph_format.space_before = Pt(8)
        for t in texts:
            para(doc, t)

    block("Bakgrund", [
        "Robin är 28 år och fick diagnosen ADHD 2023 på Vuxenpsykiatrin Västerås. Han har haft "
        "försörjningsstöd sedan januari 2024 efter att ha blivit uppsagd från ett lagerjobb. Han "
        "bor i egen lägenhet. Ett första SIP-möte hölls 2024-10-15. Sedan dess har Robin "
        "påbörjat medicinering och varit inskriven på Arbetsförmedlingen."])
    block("Frågeställningar", ["Gå igenom läget sedan förra mötet."])
    block("Robins mål", [
        "Målet är att Robin ska komma ut i arbete eller studier under 2025 och ha en "
        "fungerande vardag med medicineringen."])
    block("Robins delaktighet", ["Robin deltog i hela mötet."])
    block("Samtycke", ["Samtycke finns."])
    block("Insatser och ansvar", [
        "Arbetsförmedlingen: Robins arbetsförmedlare (se kontaktlistan) anvisar Robin till "
        "tjänsten Rusta och matcha senast 2025-02-28.",
        "Vuxenpsykiatrin Västerås, ADHD-teamet: sjuksköterskan (se kontaktlistan) följer upp "
        "ADHD-medicineringen, blodtryck och vikt. Nästa besök 2025-02-12, därefter var tredje "
        "månad.",
        "Försörjningsstöd, Västerås stad: socialsekreteraren (se kontaktlistan) handlägger "
        "försörjningsstödet månadsvis och gör en ny planering med Robin 2025-03-04.",
        "Robin själv: skickar in sin aktivitetsrapport till Arbetsförmedlingen senast den 14:e "
        "varje månad och ansöker om aktivitetsstöd hos Försäkringskassan när anvisningen är "
        "klar, senast 2025-03-15."])
    block("Huvudansvarig för planen", [
        "Emma, socialsekreterare, Försörjningsstöd, Västerås stad (se kontaktlistan)."])
    block("Uppföljning", [
        "Nästa uppföljning när Robin har varit hos matchningsaktören en tid, preliminärt i "
        "april. Emma kallar."])

    para(doc).add_run().add_break(WD_BREAK.PAGE)
    para(doc, "Bilaga: Kontaktlista", bold=True, size=13, space_after=6)
    head = ["Namn", "Funktion", "Verksamhet/organisation", "Nås via", "Närvarande 2025-01-28"]
    rows = [
        ["Robin", "–", "–", "070-XXX XX XX", "ja"],
        ["Emma", "Socialsekreterare", "Försörjningsstöd, Västerås stad", "Växeln", "ja"],
        ["Jonna", "Sjuksköterska", "ADHD-teamet, Vuxenpsykiatrin Västerås, Region Västmanland",
         "Växeln / 1177 e-tjänster", "ja"],
        ["Karim", "Arbetsförmedlare", "Arbetsförmedlingen Västerås", "Arbetsförmedlingens kundtjänst",
         "ja"],
        ["–", "Läkare", "ADHD-teamet, Vuxenpsykiatrin Västerås, Region Västmanland", "Växeln", "nej"],
        ["–", "Handläggare", "Försäkringskassan", "Försäkringskassans kundcenter", "nej"],
    ]
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(head):
        set_cell(t.rows[0].cells[i], h, bold=True, size=10)
        shade(t.rows[0].cells[i], "E2EFDA")
    repeat_header(t.rows[0])
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v, size=10)
    col_widths(t, [2.2, 3.2, 5.4, 3.6, 2.4])
    save_docx(doc, out(6, "docx"), "2025-01-29T10:05:00")


# ===================================================================== 07
def plan07():
    """Swedish plan with Arabic translated headings and summaries; child, diabetes + ADHD, Fagersta."""
    doc = new_doc("Calibri", 11, 2.2)
    sec = doc.sections[0]
    hp = header_text(sec, "Fagersta kommun – Socialtjänsten, Barn och familj")
    hp.add_run("\t\t")
    rtl_run(hp, "بلدية فاغرشتا", size=9)

    def bil_heading(sv, ar, size=12):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.space_after = Pt(3)
        p.paragraph_format.keep_with_next = True
        r = p.add_run(sv + "  |  ")
        r.bold = True
        r.font.size = Pt(size)
        r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
        rtl_run(p, ar, bold=True, size=size, color="1F4E79")
        return p

    def ar_para(text):
        p = doc.add_paragraph()
        set_rtl(p)
        rtl_run(p, text, italic=True, size=10.5, color="595959")
        return p

    p = doc.add_paragraph()
    r = p.add_run("Samordnad individuell plan (SIP)")
    r.bold = True
    r.font.size = Pt(16)
    p2 = doc.add_paragraph()
    set_rtl(p2)
    rtl_run(p2, "الخطة الفردية المنسقة", bold=True, size=16)

    p = doc.add_paragraph()
    runs(p, [("Barn: ", {"bold": True}), ("Adam, 9 år, åk 3    ", {}),
             ("Datum: ", {"bold": True}), ("2024-11-12    ", {}),
             ("Plats: ", {"bold": True}), ("Västanforsskolan, Fagersta", {})])
    p = doc.add_paragraph()
    runs(p, [("Närvarande: ", {"bold": True}),
             ("Adam, Rania (mamma), Khaled (pappa), Lina, Jessica, Per, Hussein", {})])

    bil_heading("Syfte", "الغرض")
    para(doc, "Adam har diabetes typ 1 sedan två år och fick diagnosen ADHD i våras. Under "
              "hösten har han flera gånger fått gå hem från skolan för att blodsockret varit "
              "för lågt eller för högt. Syftet är att skolan, diabetesmottagningen och BUP gör "
              "på samma sätt kring blodsockret och koncentrationen under skoldagen, så att Adam "
              "kan vara kvar i klassen hela dagen.")
    ar_para("الهدف هو أن تعمل المدرسة وعيادة السكري وعيادة الطب النفسي للأطفال بنفس الطريقة، "
            "حتى يتمكن آدم من البقاء في الصف طوال اليوم الدراسي.")

    bil_heading("Frågor till mötet", "أسئلة للاجتماع")
    for q in ["Hur ska blodsockret kontrolleras på rasterna och på idrotten?",
              "Vem i skolan kan hjälpa till om insulinpumpen larmar?",
              "Behöver ADHD-medicinen justeras nu när skoldagarna är längre?"]:
        para(doc, "• " + q, space_after=1)

    bil_heading("Adam och familjen berättar", "ما يقوله آدم والعائلة")
    para(doc, "Adam var med i början av mötet tillsammans med mamma och pappa. Adam säger att "
              "han inte vill att klasskompisarna ska se när han tar insulin, och att idrotten "
              "är det roligaste i skolan. Mamma och pappa är oroliga för rasterna, när ingen "
              "vuxen har koll på honom.")
    ar_para("حضر آدم بداية الاجتماع مع أمه وأبيه. قال آدم إنه لا يريد أن يرى زملاؤه في الصف "
            "عندما يأخذ الأنسولين.")

    bil_heading("Mål", "الهدف")
    para(doc, "Målet är att Adam ska orka hela skoldagen och kunna vara med på idrotten.")
    ar_para("الهدف هو أن يتمكن آدم من البقاء في المدرسة طوال اليوم والمشاركة في حصة الرياضة.")

    bil_heading("Samtycke", "الموافقة")
    para(doc, "Mamma och pappa gav skriftligt samtycke på kommunens samtyckesblankett "
              "2024-11-04. Båda vårdnadshavarna har skrivit under.")
    ar_para("وقّع الوالدان على استمارة الموافقة كتابياً بتاريخ 2024-11-04.")

    bil_heading("Insatser", "الإجراءات")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    heads = [("Insats", "الإجراء"), ("Vem ansvarar", "المسؤول"), ("När", "متى")]
    for i, (sv, ar) in enumerate(heads):
        c = t.rows[0].cells[i]
        c.text = ""
        pp = c.paragraphs[0]
        rr = pp.add_run(sv + " / ")
        rr.bold = True
        rtl_run(pp, ar, bold=True)
        shade(c, "DEEAF6")
    repeat_header(t.rows[0])
    rows = [
        ["Utbildning av skolpersonalen om diabetes typ 1 och insulinpump",
         "Diabetessköterska, Barn- och ungdomsmedicin, Västmanlands sjukhus Västerås",
         "2024-11-20"],
        ["Elevassistent med Adam på raster och idrottslektioner",
         "Rektor, Västanforsskolan", "Från 2024-11-25"],
        ["Uppföljning och eventuell justering av ADHD-medicinen",
         "Läkare, BUP Västerås", ""],
        ["Föräldrastödsprogrammet ABC för mamma och pappa, fyra träffar",
         "Familjebehandlare, Socialtjänsten Fagersta", "Start januari 2025"],
    ]
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)
    col_widths(t, [7.5, 6.5, 3.0])

    bil_heading("Huvudansvar", "المسؤولية الرئيسية")
    para(doc, "Socialtjänsten i Fagersta har huvudansvaret för planen.")
    ar_para("الخدمات الاجتماعية في فاغرشتا هي المسؤولة عن الخطة.")

    bil_heading("Nästa möte", "الاجتماع القادم")
    para(doc, "Nästa möte i mars 2025. Kallelse skickas från socialtjänsten.")
    ar_para("الاجتماع القادم في شهر مارس 2025.")
    save_docx(doc, out(7, "docx"), "2024-11-13T13:40:00")


# ===================================================================== 08
def plan08():
    """Key-figure table (dates, times, room) then prose; psychosis and debts, Västerås. PDF."""
    doc = new_doc("Arial", 10.5, 2.2)
    sec = doc.sections[0]
    header_text(sec, "Region Västmanland · Psykosmottagningen Västerås  |  Västerås stad · Socialpsykiatrin",
                size=8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("SIP M. 2025-02-06 – ")
    r.font.size = Pt(8)
    page_x_of_y(fp)

    para(doc, "Samordnad individuell plan", bold=True, size=17, space_after=0,
         color="2E4A62")
    para(doc, "Psykosmottagningen Västerås och Socialpsykiatrin Västerås stad", italic=True,
         space_after=10, color="2E4A62")

    key = [
        ("Person", "M., ÅÅMMDD-XXXX"),
        ("Mötesdatum", "2025-02-06"),
        ("Tid", "09.00–10.30"),
        ("Lokal", "Samtalsrum 3, plan 2, Psykiatrins hus, Västerås"),
        ("Sammankallande", "Lisa, case manager, Psykosmottagningen Västerås"),
        ("Deltagare", "Lisa, case manager, Psykosmottagningen Västerås\n"
                      "Henrik, överläkare, Psykosmottagningen Västerås\n"
                      "Maja, boendestödjare, Socialpsykiatrin Västerås stad\n"
                      "Ove, biståndshandläggare, Socialpsykiatrin Västerås stad\n"
                      "Birgitta, god man (per telefon)"),
        ("Nästa uppföljning", "2025-05-08 kl. 09.00, samma lokal"),
        ("Dokumenterat av", "Lisa, case manager"),
    ]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for lab, val in key:
        cells = t.add_row().cells
        set_cell(cells[0], lab, bold=True, size=9.5)
        shade(cells[0], "DCE6F0")
        set_cell(cells[1], val, size=9.5)
    col_widths(t, [4.0, 12.6])

    def block(title, texts):
        p = para(doc, title, bold=True, size=12, color="2E4A62", space_after=2)
        p.paragraph_format.space_before = Pt(12)
        for tx in texts:
            para(doc, tx, space_after=5)

    block("Syfte", ["Att få en gemensam bild."])
    block("Bakgrund", [
        "M. är 41 år och har schizofreni sedan 2009. Han bor ensam i hyresrätt på Råby. Han var "
        "inlagd på psykiatrisk avdelning i november 2024 efter att ha slutat med sin medicin "
        "under hösten. Sedan utskrivningen får han depåinjektion. Han har skulder hos "
        "Kronofogden på omkring 180 000 kr, främst obetalda hyror, el och sms-lån. God man "
        "förordnades i januari 2025.",
        "M. hade fått kallelse men kom inte till mötet."])
    block("Vad vi kom överens om", [
        "Psykosmottagningen fortsätter med depåinjektion var fjärde vecka. Sjuksköterska på "
        "mottagningen ger injektionen, nästa gång 2025-02-18.",
        "Boendestödjare från Socialpsykiatrin kommer hem till M. tisdagar och fredagar från "
        "2025-02-11 och hjälper honom med post, räkningar och inköp.",
        "Birgitta, god man, tar över betalningen av hyra och el från mars 2025 och kontaktar "
        "Kronofogden om en ansökan om skuldsanering under våren. Hon meddelar Lisa när "
        "ansökan är inskickad.",
        "Överläkaren gör en ny bedömning av läkemedelsbehandlingen.",
        "Kommunen ser över möjligheten till sysselsättning."])
    block("Huvudansvar", ["Psykiatrin har huvudansvaret för planen."])
    BUILD.mkdir(exist_ok=True)
    src = BUILD / f"{PREFIX}-08.docx"
    save_docx(doc, src, "2025-02-06T14:00:00")
    soffice_pdf(src, out(8, "pdf"))


# ===================================================================== 09
def plan09():
    """SIP written by the nurse in SBAR form; woman in särskilt boende, Skinnskatteberg."""
    doc = new_doc("Calibri", 11, 2.3)
    sec = doc.sections[0]
    header_text(sec, "Skinnskattebergs kommun · Vård och omsorg · Björkgårdens vård- och omsorgsboende",
                size=8)

    para(doc, "SIP – Greta, avdelning 2", bold=True, size=15, space_after=2)
    para(doc, "Upprättad av sjuksköterska Ulrika, 2024-10-02. SIP-möte hölls på Björkgården "
              "2024-10-01.", italic=True, size=9.5, space_after=4)
    p = doc.add_paragraph()
    runs(p, [("Närvarande: ", {"bold": True}),
             ("ssk, distriktsläkare, enhetschef, fysioterapeut, dotter (Eva)", {})])
    p.paragraph_format.space_after = Pt(10)

    def sbar(letter, title, texts):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.space_after = Pt(3)
        r = p.add_run(letter)
        r.bold = True
        r.font.size = Pt(20)
        r.font.color.rgb = RGBColor(0x7F, 0x1D, 0x1D)
        r = p.add_run("  " + title)
        r.bold = True
        r.font.size = Pt(12)
        for tx in texts:
            q = para(doc, tx, space_after=3)
            q.paragraph_format.left_indent = Cm(1.0)

    sbar("S", "Situation", [
        "Greta, 87 år, med Alzheimers sjukdom och KOL, har fallit tre gånger sedan augusti och "
        "var inlagd på Västmanlands sjukhus Köping för lunginflammation 2024-09-12 – 2024-09-19.",
        "Inför mötet: gå igenom läget efter sjukhusvistelsen."])
    sbar("B", "Bakgrund", [
        "Bor på Björkgården sedan 2022. Hörselnedsättning, hörapparat på höger öra. Går med "
        "rollator inomhus. Inhalationer morgon och kväll sedan tidigare. Dottern Eva bor i "
        "Köping och hälsar på en gång i veckan. Greta gav muntligt samtycke till SIP "
        "2024-09-30 i samtal med sjuksköterskan, dottern Eva var med. Noterat i journalen."])
    sbar("A", "Aktuellt tillstånd / bedömning", [
        "Greta är tröttare sedan sjukhusvistelsen och äter mindre, viktnedgång 3 kg på en månad. "
        "Saturation 90–92 % i vila. Orolig kvällstid. Risk för nya fall.",
        "Greta deltog inte i mötet, eftersom hon blir orolig och trött i större sammanhang."])
    sbar("R", "Rekommendation / överenskommelser", [
        "• Läkemedelsgenomgång: distriktsläkare, Vårdcentralen Skinnskatteberg, 2024-10-15.",
        "• Inhalationer morgon och kväll enligt ordination, med påminnelse och stöd: "
        "omvårdnadspersonal avd. 2, Björkgården, från 2024-10-03.",
        "• Näringsdryck två gånger per dag och vägning varje måndag: sjuksköterska Björkgården, "
        "från 2024-10-07.",
        "• Dietistbedömning: Regionen.",
        "• Bedömning av gånghjälpmedel och höftskydd: fysioterapeut, kommunens rehabenhet, "
        "vecka 42.",
        "• Dottern Eva följer med Greta till hörcentralen i Västerås 2024-11-05 och byter "
        "batterier i hörapparaten vid sina besök.",
        "• Ny genomgång vid behov, annars om tre månader."])
    save_docx(doc, out(9, "docx"), "2024-10-02T11:15:00")


# ===================================================================== 10
def plan10():
    """Foster-care plan by BBIC life areas, HTML printed to PDF; boy 11, Kungsör."""
    html = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8">
<title>SIP Noah</title>
<style>
 body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; }
 .org { font-size: 8pt; color: #555555; border-bottom: 1px solid #999999; }
 h1, h2, h3 { font-family: 'DejaVu Sans', sans-serif; }
 h1 { font-size: 15pt; margin-bottom: 2pt; }
 h2 { font-size: 11.5pt; background: #E8EEF4; margin-top: 12pt; padding: 2pt; }
 h3 { font-size: 10.5pt; margin-bottom: 1pt; color: #24476B; }
 p { margin-top: 2pt; margin-bottom: 4pt; }
 .lab { font-weight: bold; }
 td { vertical-align: top; font-size: 9.5pt; padding: 2pt; }
</style></head>
<body>
<p class="org">Kungsörs kommun · Socialtjänsten · Barn och familj</p>
<h1>Samordnad individuell plan – barn placerat i familjehem</h1>
<p><span class="lab">Barn:</span> Noah, 11 år, ÅÅMMDD-XXXX &nbsp;&nbsp;
<span class="lab">Vårdnadshavare:</span> mamma Sara &nbsp;&nbsp;
<span class="lab">Familjehem:</span> Lena och Per, Kungsör<br>
<span class="lab">Placerad sedan:</span> 2024-03-04 (SoL) &nbsp;&nbsp;
<span class="lab">SIP-möte:</span> 2024-11-26, Kungsörs kommunhus</p>

<h2>Syfte med planen</h2>
<p>Noah har många vuxna runt sig – BUP, skolan, familjehemmet, socialtjänsten och mamma –
och under hösten har han fått olika besked om när han ska träffa mamma och varför han går
till BUP. Syftet med planen är att alla ska veta vem som gör vad kring Noahs utredning på
BUP, hans skolgång och umgänget med mamma, så att Noah får samma besked från alla.</p>

<h2>Noahs röst</h2>
<p>Noah var inte med på mötet eftersom det låg på skoltid och han inte ville missa
idrotten. Socialsekreterare Johan träffade honom i familjehemmet 2024-11-20 och har
förmedlat hans synpunkter. Noah sa att han trivs hos Lena och Per men saknar sin katt som
bor kvar hos mamma. Han tycker att det är jobbigt när han inte vet när han ska träffa
mamma, och att det är tråkigt att missa lektioner för att åka till BUP.</p>

<h2>Samtycke</h2>
<p>Samtycke finns från vårdnadshavare.</p>

<h2>Behov och insatser utifrån BBIC</h2>

<h3>Hälsa</h3>
<p><span class="lab">Behov:</span> Koncentrationssvårigheter i skolan och hemma, oklart om
det finns en neuropsykiatrisk funktionsnedsättning.<br>
<span class="lab">Insats:</span> Neuropsykiatrisk utredning, fyra besök, så långt det går
efter skoltid.<br>
<span class="lab">Vem och när:</span> Psykolog, BUP Västerås, 2024-12-03 – 2025-02-28.
Familjehemsmamma Lena följer med på besöken.</p>

<h3>Utbildning</h3>
<p><span class="lab">Behov:</span> Ligger efter i matematik efter två skolbyten.<br>
<span class="lab">Insats:</span> Pedagogisk kartläggning och extra anpassningar i
matematik.<br>
<span class="lab">Vem och när:</span> Specialpedagog, Kung Karls skola Kungsör, klart
2024-12-20.</p>

<h3>Känslor och beteende</h3>
<p><span class="lab">Behov:</span> Ledsen och arg efter umgänget, svårt att prata om
placeringen.<br>
<span class="lab">Insats:</span> Samtalskontakt varannan vecka.<br>
<span class="lab">Vem och när:</span> Familjebehandlare, Barn och familj Kungsör, från
2024-12-09.</p>

<h3>Familj och sociala relationer</h3>
<p><span class="lab">Behov:</span> Förutsägbart umgänge med mamma.<br>
<span class="lab">Insats:</span> Umgänge varannan lördag kl. 10–15 på familjecentralen, med
umgängesstödjare de tre första gångerna. Schema för hela våren lämnas till Noah, mamma och
familjehemmet.<br>
<span class="lab">Vem och när:</span> Socialsekreterare Johan, Barn och familj Kungsör,
schema klart 2024-12-04; umgänge från 2024-12-07.<br>
<span class="lab">Mamma:</span> Sara kommer till umgänget varannan lördag och ringer Noah
på onsdagar kl. 18 från 2024-12-04. Hon tar med bilder på katten.</p>

<h3>Förmåga att klara sig själv</h3>
<p><span class="lab">Behov:</span> Behöver bli mer självständig i vardagen, t.ex. med
resor till och från fotbollsträningen.<br>
<span class="lab">Insats:</span> Övar på att åka buss själv till träningen.<br>
<span class="lab">Vem och när:</span> Familjehemmet (Lena och Per), från januari 2025.</p>

<h2>Huvudansvar</h2>
<p>Socialsekreterare Johan, Barn och familj, Kungsörs kommun, har huvudansvaret för
planen.</p>

<h2>Uppföljning</h2>
<p>Planen följs upp i samband med nästa övervägande av placeringen, senast inom sex
månader.</p>
</body></html>
"""
    BUILD.mkdir(exist_ok=True)
    src = BUILD / f"{PREFIX}-10.html"
    src.write_text(html, encoding="utf-8")
    soffice_pdf(src, out(10, "pdf"))


# ===================================================================== 11
def plan11():
    """Tab-separated report export, column header repeated every 20 rows; cp1252 + CRLF.
    LSS, autism, Surahammar."""
    head = "Rad\tHuvudman\tVerksamhet\tInsats\tUtförare/ansvarig\tStart\tSlut\tStatus"
    data = [
        ("Kommun", "LSS Surahammar", "Bostad med särskild service, LSS 9 § 9",
         "Enhetschef gruppbostaden Björken", "2019-08-01", "tillsvidare", "Pågår"),
        ("Kommun", "LSS Surahammar", "Daglig verksamhet, LSS 9 § 10, 4 dgr/v",
         "Enhetschef DV Verkstan", "2020-01-07", "tillsvidare", "Pågår"),
        ("Kommun", "LSS Surahammar", "Korttidsvistelse 4 dygn/mån",
         "Enhetschef korttids Lärkan", "2017-02-01", "2019-07-31", "Avslutad"),
        ("Kommun", "LSS Surahammar", "Kontaktperson LSS 9 § 4",
         "LSS-handläggare", "2019-09-01", "2022-12-31", "Avslutad"),
        ("Kommun", "LSS Surahammar", "Ledsagarservice 10 tim/mån",
         "Samordnare ledsagarservice", "2023-03-01", "2025-02-28", "Avslutad"),
        ("Kommun", "LSS Surahammar", "Ledsagarservice 16 tim/mån (utökning)",
         "Samordnare ledsagarservice", "2025-03-01", "tillsvidare", "Pågår"),
        ("Kommun", "Surahammars kommun", "Färdtjänst",
         "Färdtjänsthandläggare", "2019-08-01", "2026-07-31", "Pågår"),
        ("Kommun", "Rehab Surahammar", "Arbetsterapeut, anpassning av kök i lägenheten",
         "Arbetsterapeut", "2021-05-03", "2021-09-30", "Avslutad"),
        ("Region", "Vuxenhabiliteringen Västerås", "Förskrivning tidshjälpmedel",
         "Arbetsterapeut", "2025-02-15", "2025-04-30", "Pågår"),
        ("Region", "Vuxenhabiliteringen Västerås", "Samtal om stress och sömn, 6 ggr",
         "Psykolog", "", "", "Planerad"),
        ("Region", "Vuxenhabiliteringen Västerås", "Sömnutredning",
         "Psykolog", "2022-02-01", "2022-06-30", "Avslutad"),
        ("Region", "Vuxenhabiliteringen Västerås", "Kurs om autism för personal",
         "Kurator", "2023-09-12", "2023-10-10", "Avslutad"),
        ("Region", "Vårdcentralen Surahammar", "Årlig hälsokontroll, blodtryck",
         "Distriktssköterska", "2025-04-07", "", "Planerad"),
        ("Region", "Vårdcentralen Surahammar", "Dietistkontakt viktnedgång",
         "Dietist", "2022-10-01", "2023-05-31", "Avslutad"),
        ("Region", "Vuxenpsykiatrin Köping", "Uppföljning ångest, sertralin",
         "Läkare", "2025-03-19", "", "Planerad"),
        ("Region", "Folktandvården Surahammar", "Tandvård med premedicinering",
         "", "2025-05-12", "", "Planerad"),
        ("Region", "Hörcentralen Västerås", "Utprovning hörselskydd mot ljudkänslighet",
         "Audionom", "2023-11-06", "2024-01-31", "Avslutad"),
        ("Region", "Syncentralen Västerås", "Synbedömning",
         "Optiker", "2021-03-01", "2021-03-01", "Avslutad"),
        ("Övrig", "God man", "Betalar räkningar, sköter kontakt med bank och FK",
         "God man (Anders)", "2022-06-01", "tillsvidare", "Pågår"),
        ("Övrig", "Försäkringskassan", "Aktivitetsersättning, förlängning – ansökan lämnas av god man",
         "God man (Anders)", "2025-03-31", "", "Planerad"),
        ("Övrig", "Försäkringskassan", "Beslut om aktivitetsersättning",
         "Handläggare FK", "2025-04-01", "2025-06-30", "Planerad"),
        ("Övrig", "Anhörig", "Pappa hämtar J. varannan helg (fre–sön)",
         "Pappa", "2024-01-01", "tillsvidare", "Pågår"),
        ("Kommun", "LSS Surahammar", "Boendestöd (före gruppbostad)",
         "Enhetschef boendestöd", "2016-09-01", "2019-07-31", "Avslutad"),
        ("Region", "Vuxenpsykiatrin Köping", "Samtalskontakt ångest",
         "Kurator", "2023-01-10", "2023-12-19", "Avslutad"),
        ("Kommun", "LSS Surahammar", "Fritidsaktivitet via DV (bowling tisdagar)",
         "Enhetschef DV Verkstan", "2024-09-03", "tillsvidare", "Pågår"),
        ("Region", "Vuxenhabiliteringen Västerås", "Fysioterapeut, träningsprogram",
         "Fysioterapeut", "2024-05-02", "2024-08-30", "Avslutad"),
    ]
    lines = [
        "Rapport:\tSIP – insatsöversikt per individ",
        "Utskriftsdatum:\t2025-03-03 08:47",
        "Urval:\tIndivid=J. (ÅÅMMDD-XXXX); Status=Alla; Sortering=Registreringsordning",
        "Planansvarig:\tLSS-handläggare",
        "Nästa uppföljning:\tv. 20",
        "",
    ]
    for i, row in enumerate(data):
        if i % 20 == 0:
            if i:
                lines.append("")
            lines.append(head)
        lines.append("\t".join([str(i + 1)] + list(row)))
    lines.append("")
    lines.append(f"Antal rader:\t{len(data)}")
    text = "\r\n".join(lines) + "\r\n"
    out(11, "txt").write_bytes(text.encode("cp1252"))


# ===================================================================== 12
def plan12():
    """Early draft with bracketed comments before the meeting; girl 12, autism + eating, Arboga."""
    doc = new_doc("Calibri", 11, 2.5)
    Y = WD_COLOR_INDEX.YELLOW
    p = doc.add_paragraph()
    runs(p, [("UTKAST – inte klart, skickas inte ut!", {"bold": True, "color": "C00000"})])
    para(doc, "SIP för Ella, 12 år, åk 6, Arboga", bold=True, size=14, space_after=2)
    p = doc.add_paragraph()
    runs(p, [("Skrivet av Malin, skolkurator, 2025-01-30. Möte planerat vecka 7 ", {}),
             ("[tid och lokal?]", {"highlight": Y})])

    def lab(label, parts):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(6)
        p.add_run(label).bold = True
        p.add_run(" ")
        for text, isc in parts:
            r = p.add_run(text)
            if isc:
                r.font.highlight_color = Y
        return p

    lab("Kallade:", [("mamma, pappa, mentor, skolsköterska, kurator (jag), BUP, habiliteringen ", False),
                     ("[har vi bjudit in soc?]", True)])
    lab("Syfte:", [("[skriv när vi vet mer – prata med rektor]", True)])
    lab("Bakgrund:", [
        ("Ella har autism (utredd på BUP 2022) och äter väldigt begränsat, mest pasta, "
         "knäckebröd och yoghurt. Hon har gått ner i vikt under hösten ", False),
        ("[hur mycket? kolla med skolsköterskan]", True),
        (". Hon äter inte skollunch och är mycket trött på eftermiddagarna, ibland går hon "
         "hem efter lunch. BUP har pratat om remiss till ätstörningsenheten ", False),
        ("[kolla med BUP]", True), (".", False)])
    lab("Frågor till mötet:", [])
    for text, c in [
        ("– Vem följer upp vikten, BUP eller skolsköterskan? ", "[kolla med BUP]"),
        ("– Kan Ella äta lunch i ett mindre rum med en vuxen? ", "[rektor]"),
        ("– Ska habiliteringen ha en roll kring maten? ", ""),
        ("– Hur gör vi med idrotten när hon är så trött? ", "")]:
        q = doc.add_paragraph()
        q.paragraph_format.left_indent = Cm(0.8)
        q.paragraph_format.space_after = Pt(1)
        q.add_run(text)
        if c:
            q.add_run(c).font.highlight_color = Y
    lab("Ellas mål:", [("Målet är att Ella ska äta skollunch minst tre dagar i veckan. ", False),
                       ("[fråga Ella själv vad hon vill – kanske via mamma]", True)])
    lab("Ellas synpunkter:", [
        ("Ella har sagt till mig att matsalen är för högljudd och att hon inte står ut med "
         "lukten där. ", False),
        ("[ska Ella vara med på mötet? kolla med mamma]", True)])
    lab("Insatser:", [("[fylls i på mötet]", True)])
    lab("Ansvar/när:", [("[fylls i på mötet]", True)])
    lab("Andra aktörer:", [("Försäkringskassan? ", False),
                           ("[omvårdnadsbidrag – har familjen det?]", True)])
    lab("Huvudansvarig:", [("[vem? soc eller BUP?]", True)])
    lab("Uppföljning:", [("[datum]", True)])
    save_docx(doc, out(12, "docx"), "2025-01-30T16:45:00")


# ===================================================================== 13
def plan13():
    """One merged table of participants and their responsibilities; hip fracture, Hallstahammar. PDF."""
    doc = new_doc("Calibri", 11, 2.0)
    sec = doc.sections[0]
    header_text(sec, "Hallstahammars kommun  ·  Region Västmanland", "SIP", size=9)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page_x_of_y(fp)

    para(doc, "Samordnad individuell plan – hemgång efter korttidsvistelse", bold=True, size=15,
         space_after=4)
    p = doc.add_paragraph()
    runs(p, [("Bertil, 79 år, ÅÅMMDD-XXXX. ", {"bold": True}),
             ("Möte 2024-06-05 kl. 10.00 på korttidsboendet Eken, Hallstahammar.", {})])
    p = doc.add_paragraph()
    runs(p, [("Syfte: ", {"bold": True}), ("Trygg hemgång.", {})])
    p = doc.add_paragraph()
    runs(p, [("Inför mötet: ", {"bold": True}), ("Diskutera hemsituationen.", {})])
    p = doc.add_paragraph()
    runs(p, [("Bertils mål: ", {"bold": True}),
             ("”Jag vill klara mig hemma och kunna gå ner till brevlådan själv.”", {"italic": True})])
    p = doc.add_paragraph()
    runs(p, [("Bertils synpunkter: ", {"bold": True}),
             ("Bertil var med på hela mötet. Han opererades för höftfraktur i maj och har "
              "tränat på korttids i tre veckor. Han vill ha hjälp på morgonen men inte på "
              "kvällen – ”då vill jag vara ifred”. Han vill gärna fortsätta träna med "
              "fysioterapeuten hemma.", {})])
    p = doc.add_paragraph()
    runs(p, [("Samtycke: ", {"bold": True}),
             ("Bertil gav muntligt samtycke till SIP på korttidsboendet 2024-05-28, antecknat "
              "i hemsjukvårdens journal.", {})])
    p.paragraph_format.space_after = Pt(10)

    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Deltagare (namn, funktion, verksamhet)", "Ansvarar för", "När"]):
        set_cell(t.rows[0].cells[i], h, bold=True, size=10)
        shade(t.rows[0].cells[i], "BFBFBF")
    repeat_header(t.rows[0])

    def group(title):
        cells = t.add_row().cells
        m = cells[0].merge(cells[1]).merge(cells[2])
        set_cell(m, title, bold=True, size=10)
        shade(m, "E7E6E6")

    def row(a, b, c):
        cells = t.add_row().cells
        set_cell(cells[0], a, size=10)
        set_cell(cells[1], b, size=10)
        set_cell(cells[2], c, size=10)

    group("Bertil")
    row("Bertil", "–", "–")
    group("Hallstahammars kommun")
    row("Anneli, biståndshandläggare, Äldreomsorgen Hallstahammar",
        "Beslut om hemtjänst morgon (hygien, påklädning, frukost) och trygghetslarm",
        "Beslut 2024-06-07")
    row("Sanna, enhetschef, Hemtjänsten Hallstahammar centrum",
        "Hemtjänst varje morgon kl. 07.30–08.15, dusch på tisdagar",
        "Från 2024-06-10")
    row("Tobias, fysioterapeut, Rehab Hallstahammars kommun",
        "Hembesök och gångträning; bedömning av rollator utomhus; träningsprogram tre gånger "
        "i veckan",
        "2024-06-11, sedan varje vecka t.o.m. 2024-07-31")
    row("Marie, sjuksköterska, Hemsjukvården Hallstahammar",
        "Läkemedel i dosdispensering, blodförtunnande injektioner och såromläggning",
        "Från 2024-06-10, injektioner t.o.m. 2024-06-24")
    group("Region Västmanland")
    row("Amanda, distriktsläkare, Vårdcentralen Hallstahammar",
        "Återbesök: kontroll av läkning och smärtlindring, remiss för röntgen vid behov",
        "2024-07-02")
    row("Jenny, arbetsterapeut, Ortopedkliniken Västmanlands sjukhus Västerås",
        "Överrapportering av hjälpmedel (toalettförhöjning, griptång) till kommunens rehab",
        "Klart 2024-06-07")
    col_widths(t, [6.2, 7.2, 3.6])

    para(doc, "", space_after=6)
    para(doc, "Planen skickas till alla deltagare efter mötet.", italic=True, size=10)
    BUILD.mkdir(exist_ok=True)
    src = BUILD / f"{PREFIX}-13.docx"
    save_docx(doc, src, "2024-06-05T15:30:00")
    soffice_pdf(src, out(13, "pdf"))


# ===================================================================== 14
def plan14():
    """Custom Swedish-named paragraph style 'Min rubrik' (no outline level); depression, Norberg."""
    doc = new_doc("Cambria", 11, 2.5)
    st = doc.styles.add_style("Min rubrik", WD_STYLE_TYPE.PARAGRAPH)
    st.base_style = doc.styles["Normal"]
    st.font.bold = True
    st.font.size = Pt(13)
    st.font.color.rgb = RGBColor(0x2F, 0x54, 0x96)
    st.paragraph_format.space_before = Pt(12)
    st.paragraph_format.space_after = Pt(3)
    st.paragraph_format.keep_with_next = True
    st2 = doc.styles.add_style("Min titel", WD_STYLE_TYPE.PARAGRAPH)
    st2.base_style = doc.styles["Normal"]
    st2.font.bold = True
    st2.font.size = Pt(18)
    st2.font.color.rgb = RGBColor(0x2F, 0x54, 0x96)
    st2.paragraph_format.space_after = Pt(2)

    header_text(doc.sections[0], "Vårdcentralen Norberg  ·  Norbergs kommun", size=9)

    doc.add_paragraph("Samordnad individuell plan", style="Min titel")
    para(doc, "Katarina, 45 år   ·   Möte 2024-11-19 på Vårdcentralen Norberg", size=10,
         space_after=6)

    def sect(title, texts):
        doc.add_paragraph(title, style="Min rubrik")
        for tx in texts:
            para(doc, tx)

    sect("Deltagare", [
        "Katarina",
        "Jenny, kurator, Vårdcentralen Norberg",
        "Linda, distriktsläkare, Vårdcentralen Norberg",
        "Ahmed, arbetsmarknadskonsulent, Arbetsmarknadsenheten Norbergs kommun",
        "Sofia, socialsekreterare, Vuxenenheten Norbergs kommun"])
    sect("Syfte med planen", [
        "Katarina har varit sjukskriven för depression i snart två år och har kontakt med både "
        "vårdcentralen, kommunens arbetsmarknadsenhet och socialtjänsten. Syftet med planen är "
        "att kontakterna ska dra åt samma håll, så att Katarina inte behöver berätta samma sak "
        "för alla och kan börja en långsam återgång till arbete."])
    sect("Frågor inför mötet", [
        "Kan arbetsträning på Arbetsmarknadsenheten börja innan sjukpenningen prövas mot hela "
        "arbetsmarknaden i mars? Behöver samtalskontakten på vårdcentralen förlängas efter "
        "årsskiftet?"])
    sect("Katarinas mål", [
        "”Jag vill kunna gå upp på morgonen och ha någonstans att gå, några timmar om dagen "
        "till att börja med.”"])
    sect("Katarinas syn", [
        "Katarina var med på mötet. Hon sa att hon är rädd för att bli pressad för fort och att "
        "hon helst vill ha en och samma kontaktperson som hon kan ringa."])
    sect("Samtycke", ["Samtycke finns."])
    sect("Insatser", [
        "Fortsatt samtalskontakt.",
        "Stöd vid behov.",
        "Vi tittar vidare på möjligheten till arbetsträning."])
    sect("Andra aktörer", [
        "Försäkringskassan är informerad och är med i processen."])
    sect("Uppföljning", ["Vi ses igen i januari."])
    save_docx(doc, out(14, "docx"), "2024-11-20T08:50:00")


def main():
    PLANS.mkdir(exist_ok=True)
    BUILD.mkdir(exist_ok=True)
    for f in PLANS.glob(f"{PREFIX}-*"):
        f.unlink()
    for fn in (plan01, plan02, plan03, plan04, plan05, plan06, plan07, plan08, plan09,
               plan10, plan11, plan12, plan13, plan14):
        fn()
    shutil.rmtree(BUILD, ignore_errors=True)
    print("\n".join(sorted(p.name for p in PLANS.iterdir())))


if __name__ == "__main__":
    main()
