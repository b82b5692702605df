#!/usr/bin/env python3
"""Generate the f75a- batch of fictional SIP documents (Dalsland and Bohuslän).

Run with /work/batches/.venv/bin/python generate.py
Deterministic: fixed texts and dates, no randomness.
"""
import os
import shutil
import subprocess
import datetime
import io
import textwrap
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f75a-"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
LO_PROFILE = "file:///tmp/lo-f75a"


def path(n, ext):
    return os.path.join(OUT, f"{PREFIX}{n:02d}.{ext}")


def save_docx(doc, target, date):
    """Save with fixed core properties so that reruns give the same content."""
    cp = doc.core_properties
    d = datetime.datetime(*date)
    cp.created = d
    cp.modified = d
    cp.last_printed = d
    cp.author = ""
    cp.last_modified_by = ""
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    # rewrite the package with fixed zip timestamps
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=date[:5] + (0,))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(item.filename))


# ---------------------------------------------------------------- docx helpers

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


def cell_text(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
    return cell


def add_page_field(paragraph):
    """Insert a PAGE field into paragraph."""
    run = paragraph.add_run()
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._r.append(el)


def add_empty_content_control(doc, tag):
    """Block-level w:sdt showing its placeholder text (empty field)."""
    sdt = OxmlElement("w:sdt")
    sdtPr = OxmlElement("w:sdtPr")
    alias = OxmlElement("w:alias")
    alias.set(qn("w:val"), tag)
    tg = OxmlElement("w:tag")
    tg.set(qn("w:val"), tag)
    ph = OxmlElement("w:placeholder")
    dp = OxmlElement("w:docPart")
    dp.set(qn("w:val"), "DefaultPlaceholder_-1854013440")
    ph.append(dp)
    shp = OxmlElement("w:showingPlcHdr")
    txt = OxmlElement("w:text")
    for el in (alias, tg, ph, shp, txt):
        sdtPr.append(el)
    content = OxmlElement("w:sdtContent")
    p = OxmlElement("w:p")
    r = OxmlElement("w:r")
    rPr = OxmlElement("w:rPr")
    col = OxmlElement("w:color")
    col.set(qn("w:val"), "808080")
    rPr.append(col)
    r.append(rPr)
    t = OxmlElement("w:t")
    t.text = "Klicka eller tryck här för att ange text."
    r.append(t)
    p.append(r)
    content.append(p)
    sdt.append(sdtPr)
    sdt.append(content)
    doc.element.body.append(sdt)
    # keep sectPr last in body
    sectPr = doc.element.body.find(qn("w:sectPr"))
    if sectPr is not None:
        doc.element.body.remove(sectPr)
        doc.element.body.append(sectPr)


def bold_label(doc, label, value=None, size=None):
    p = doc.add_paragraph()
    r = p.add_run(label)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    if value is not None:
        r2 = p.add_run(" " + value)
        if size:
            r2.font.size = Pt(size)
    return p


def base_font(doc, name="Calibri", size=11):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)


def soffice_pdf(src, outdir):
    subprocess.run(
        ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
         "--convert-to", "pdf", "--outdir", outdir, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        timeout=180,
    )


# ====================================================================== 01
def plan01():
    """Table Område | Nuläge | Plan framåt; child with school refusal, Lysekil."""
    doc = Document()
    base_font(doc)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Lysekils kommun \u2013 Barn och utbildning, Elevhälsan"
    hp.runs[0].font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.text = "SIP E. \u2013 upprättad 2025-10-02 \u2013 sida "
    fp.runs[0].font.size = Pt(9)
    add_page_field(fp)

    doc.add_heading("Samordnad individuell plan (SIP)", level=1)

    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    rows = [
        ("Elev", "E., 13 år, åk 7"),
        ("Personnummer", "ÅÅMMDD-XXXX"),
        ("Vårdnadshavare", "Sara (mamma), Johan (pappa)"),
        ("Mötesdatum och plats", "2025-10-02 kl. 13.00\u201314.30, skolans konferensrum, Lysekil"),
    ]
    for i, (a, b) in enumerate(rows):
        cell_text(t.cell(i, 0), a, bold=True)
        cell_text(t.cell(i, 1), b)
        set_cell_shading(t.cell(i, 0), "E7EEF5")
    doc.add_paragraph()

    bold_label(doc, "Närvarande")
    for line in [
        "E. och mamma Sara. Pappa Johan kunde inte komma men har fått information av Sara.",
        "Jenny, mentor åk 7, Lysekils kommun",
        "Anders, kurator, Elevhälsan Lysekils kommun",
        "Malin, skolsköterska, Elevhälsan Lysekils kommun",
        "Fredrik, psykolog, BUP Uddevalla",
        "Lina, socialsekreterare, Barn och familj, IFO Lysekil",
    ]:
        doc.add_paragraph(line, style="List Bullet")

    bold_label(doc, "Varför vi har SIP")
    doc.add_paragraph(
        "Vi träffas för att göra en gemensam plan för hur E. ska kunna komma tillbaka "
        "till skolan efter den höga frånvaron sedan vårterminen, och för att skolan, BUP "
        "och socialtjänsten inte ska jobba var för sig med E:s oro och ångest. Familjen "
        "har själv bett om mötet."
    )
    doc.add_paragraph("Samtycke till samverkan finns.")

    bold_label(doc, "E:s egna ord")
    doc.add_paragraph(
        "E. berättade att morgnarna är värst och att matsalen och korridoren vid skåpen "
        "är jobbigast. E. vill inte att det ska synas för klassen när E. går på samtal. "
        "E:s mål: \u201dJag vill kunna vara i skolan i alla fall halva dagarna och orka "
        "träffa Alva på helgerna igen.\u201d"
    )

    doc.add_paragraph()
    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = table.rows[0]
    mark_header_row(hdr)
    for c, h in zip(hdr.cells, ["Område", "Nuläge", "Plan framåt"]):
        cell_text(c, h, bold=True)
        set_cell_shading(c, "C9D9EA")
    data = [
        ("Skolgång",
         "Frånvaro ca 70 % sedan mars. E. kommer oftast till första lektionen efter lunch "
         "två dagar i veckan. Klarar inte matsalen. Har missat de flesta proven i åk 6.",
         "Jenny gör ett anpassat schema med start kl. 10 tre dagar i veckan, klart till "
         "2025-10-13. E. får äta lunch i studiehallen med en vuxen från skolan från v. 42. "
         "Anpassningar i matte och svenska ses över, och E. ska få en plan för vilka prov "
         "som ska tas igen."),
        ("Psykisk hälsa",
         "Kontakt med BUP Uddevalla sedan maj 2025. Bedömning pågår av ångest och "
         "sömnsvårigheter. E. sover dåligt söndag\u2013måndag.",
         "Fredrik på BUP Uddevalla erbjuder KBT varannan vecka, första tiden 2025-10-16. "
         "Läkarbedömning när det gäller sömn och eventuell medicin behöver också göras. "
         "Malin följer upp sömn och huvudvärk vid samtal på skolan en gång i månaden "
         "med start 2025-10-09."),
        ("Familj och hemmet",
         "Sara beskriver att morgnarna ofta blir bråk och att syskonen påverkas. Familjen "
         "har inte haft kontakt med socialtjänsten tidigare.",
         "Lina på IFO Lysekil erbjuder Sara och Johan föräldrastödsprogram i grupp som "
         "startar i november. Sara vill prata med Johan först."),
        ("Fritid",
         "E. slutade med handboll förra hösten. Träffar en kompis ibland, annars mest "
         "hemma vid datorn.",
         "Vi pratar mer om fritiden nästa gång."),
        ("Ekonomi / övrigt",
         "Familjen har haft kontakt med Försäkringskassan om omvårdnadsbidrag.",
         "\u2013"),
    ]
    for a, b, c in data:
        r = table.add_row().cells
        cell_text(r[0], a, bold=True)
        cell_text(r[1], b)
        cell_text(r[2], c)
    widths = [Cm(3.2), Cm(6.2), Cm(7.4)]
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w

    doc.add_paragraph()
    bold_label(doc, "Nästa SIP-möte:", "2025-11-20 kl. 14.00 i skolans konferensrum. "
               "E. är välkommen att vara med hela eller en del av mötet.")
    doc.add_paragraph("Antecknat av Anders")
    save_docx(doc, path(1, "docx"), (2025, 10, 2, 15, 0))


# ====================================================================== 02
class TimelinePDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(95, 5, "VårdSam \u2013 Samordnad planering, Region/kommun", border=0)
        self.cell(0, 5, f"Utskrift 2025-03-12 09:41   Sida {self.page_no()} ({{nb}})",
                  border=0, align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(120, 120, 120)
        self.cell(0, 5, "Utskriften är en kopia. Gällande version finns i VårdSam.", align="C")


def plan02():
    """Vertical timeline (fpdf2); elderly man after hip fracture, Bengtsfors."""
    pdf = TimelinePDF(format="A4")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.alias_nb_pages()
    pdf.set_creation_date(datetime.datetime(2025, 3, 12, 9, 41, tzinfo=datetime.timezone.utc))
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()

    pdf.set_font("DejaVu", "B", 15)
    pdf.cell(0, 9, "SIP \u2013 plan inför hemgång", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)

    # boxed fields
    pdf.set_font("DejaVu", "", 9)
    fields = [
        ("Person", "G., 84 år"), ("Personnummer", "ÅÅMMDD-XXXX"),
        ("Hemkommun", "Bengtsfors"), ("Vårdenhet", "Ortopedavdelning 32, NÄL Trollhättan"),
        ("Planen upprättad", "2025-03-11"), ("Status", "Fastställd"),
    ]
    x0 = pdf.l_margin
    colw = (pdf.w - pdf.l_margin - pdf.r_margin) / 2
    for i in range(0, len(fields), 2):
        y = pdf.get_y()
        for j in range(2):
            lab, val = fields[i + j]
            x = x0 + j * colw
            pdf.rect(x, y, colw, 11)
            pdf.set_xy(x + 1.5, y + 0.8)
            pdf.set_font("DejaVu", "", 7)
            pdf.set_text_color(100, 100, 100)
            pdf.cell(colw - 3, 3.5, lab)
            pdf.set_xy(x + 1.5, y + 4.8)
            pdf.set_font("DejaVu", "", 10)
            pdf.set_text_color(0, 0, 0)
            pdf.cell(colw - 3, 5, val)
        pdf.set_xy(x0, y + 11)
    pdf.ln(4)

    def box(label, text):
        pdf.set_font("DejaVu", "B", 10)
        pdf.cell(0, 6, label, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 10)
        pdf.multi_cell(0, 5, text, border=1, padding=2, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    box("Syfte", "Samordning.")
    box("Bakgrund",
        "G. bor ensam i villa några km utanför Bengtsfors. Föll i köket 2025-02-27 och "
        "opererades för höftfraktur vänster sida (halvprotes) 2025-02-28. Har förmaksflimmer "
        "och lätt hjärtsvikt. Har inte haft hemtjänst tidigare. Går nu med rollator korta "
        "sträckor, behöver hjälp vid dusch och på- och avklädning av underkroppen. Dottern "
        "M-L bor i Åmål och kan hjälpa till en del.")
    box("G:s önskemål",
        "G. vill komma hem så fort som möjligt och vill inte till korttidsboende. Vill helst "
        "klara duschen själv med hjälpmedel, och tycker det räcker med hjälp morgon och kväll.")

    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(0, 8, "Planerade insatser \u2013 tidslinje", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)

    events = [
        ("2025-03-12", "Hembesök innan hemgång: bedömning av bostaden. Duschpall, "
         "toalettförhöjning och rollator för inomhusbruk provas ut och levereras.",
         "Arbetsterapeut, Rehab Bengtsfors kommun"),
        ("2025-03-13", "Trygghetslarm installeras och testas.",
         "Biståndshandläggare, Äldreomsorgen Bengtsfors kommun, beställer; Larmgruppen installerar"),
        ("2025-03-13", "Sätter upp nyckelgömma, handlar hem mat för första veckan och "
         "tar hem G:s post.",
         "Dottern M-L"),
        ("2025-03-14", "Utskrivning från avdelningen, hemresa med sjukresa ca kl. 11. "
         "Läkemedelslista, epikris och dosett för en vecka skickas med.",
         "Sjuksköterska, Ortopedavdelning 32, NÄL"),
        ("2025-03-14", "Hemtjänst startar: hjälp morgon och kväll med på- och avklädning, "
         "tillsyn av måltid, dusch två gånger i veckan (tis, fre).",
         "Hemtjänst Bengtsfors, grupp Centrum"),
        ("2025-03-17", "Hembesök: sårkontroll, blodtryck, läkemedelsgenomgång utifrån "
         "ny medicinering med blodförtunnande.",
         "Distriktssköterska, Vårdcentralen Bengtsfors"),
        ("2025-03-19", "Gångträning i hemmet två gånger i veckan under sex veckor, "
         "därefter bedömning av utomhusgång.",
         "Fysioterapeut, Rehab Bengtsfors kommun"),
        ("2025-03-24", "Agrafborttagning i hemmet.",
         "Distriktssköterska, Vårdcentralen Bengtsfors"),
        ("2025-04-15", "Uppföljande SIP-möte i G:s hem kl. 10.00.",
         "Alla berörda"),
    ]
    datew = 26
    linex = pdf.l_margin + datew + 5
    textx = linex + 6
    textw = pdf.w - pdf.r_margin - textx
    pdf.set_draw_color(40, 90, 140)
    for i, (d, ev, who) in enumerate(events):
        y0 = pdf.get_y()
        # estimate height
        pdf.set_font("DejaVu", "", 10)
        lines_ev = pdf.multi_cell(textw, 5, ev, dry_run=True, output="LINES")
        pdf.set_font("DejaVu", "", 8)
        lines_who = pdf.multi_cell(textw, 4.2, who, dry_run=True, output="LINES")
        h = len(lines_ev) * 5 + len(lines_who) * 4.2 + 5
        if y0 + h > pdf.h - 20:
            pdf.add_page()
            y0 = pdf.get_y()
        pdf.set_font("DejaVu", "B", 9)
        pdf.set_xy(pdf.l_margin, y0)
        pdf.cell(datew, 5, d, align="R")
        # dot and line
        pdf.set_fill_color(40, 90, 140)
        pdf.ellipse(linex - 1.6, y0 + 0.9, 3.2, 3.2, style="F")
        if i < len(events) - 1:
            pdf.set_line_width(0.6)
            pdf.line(linex, y0 + 4.1, linex, y0 + h)
            pdf.set_line_width(0.2)
        pdf.set_xy(textx, y0)
        pdf.set_font("DejaVu", "", 10)
        pdf.multi_cell(textw, 5, ev, new_x="LEFT", new_y="NEXT")
        pdf.set_x(textx)
        pdf.set_font("DejaVu", "", 8)
        pdf.set_text_color(70, 70, 70)
        pdf.multi_cell(textw, 4.2, "Ansvar: " + who, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.set_y(y0 + h)

    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(40, 7, "Huvudansvar", border=1)
    pdf.set_font("DejaVu", "", 10)
    pdf.cell(0, 7, "Bengtsfors kommun", border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.output(path(2, "pdf"))


# ====================================================================== 03
def plan03():
    """Plain text, Windows-1252, CRLF, Roman-numeral headings; adult psychosis and debts, Åmål."""
    W = 76

    def para(s, indent=""):
        return textwrap.fill(s, width=W, initial_indent=indent, subsequent_indent=indent)

    out = []
    out.append("SAMORDNAD INDIVIDUELL PLAN (SIP)")
    out.append("Psykiatriska öppenvården Åmål / Socialtjänsten Åmåls kommun")
    out.append("=" * W)
    out.append("Person:        K., XXXXXX-XXXX")
    out.append("Mötesdatum:    2025-06-05, kl 09.30-11.00")
    out.append("Plats:         Psykiatriska öppenvården Åmål, samtalsrum 2")
    out.append("Plantyp:       Uppföljning/revidering")
    out.append("=" * W)
    out.append("")
    out.append("I. SYFTE")
    out.append("")
    out.append(para(
        "Att samordna insatserna kring K:s boende och ekonomi efter att K. fått en "
        "uppsägning av lägenheten på grund av hyresskulder, så att K. kan ha kvar "
        "en stabil vardag och fortsätta sin psykiatriska behandling utan avbrott under "
        "sommaren."))
    out.append("")
    out.append("II. FRÅGESTÄLLNINGAR")
    out.append("")
    for q in [
        "Kan K. få ett andrahandskontrakt via kommunen om uppsägningen står fast "
        "efter 30 juni?",
        "Vem hjälper K. att komma i kontakt med budget- och skuldrådgivningen, och "
        "hur ser skuldsituationen ut i dag?",
        "Behöver boendestödet utökas under juli när K:s kontaktperson på psykiatrin "
        "har semester?",
    ]:
        out.append(textwrap.fill(q, width=W, initial_indent="  - ", subsequent_indent="    "))
    out.append("")
    out.append("III. BAKGRUND OCH NULÄGE")
    out.append("")
    out.append(para(
        "K. är 34 år och har diagnosen paranoid schizofreni sedan 2016. Har haft två "
        "slutenvårdstillfällen, senast hösten 2023. Sedan dess stabil på depåinjektion. "
        "Bor ensam i hyreslägenhet i centrala Åmål. Under vintern har K. inte betalat "
        "hyran fyra månader och har fått uppsägning. Skulderna är totalt ca 60 000 kr "
        "enligt K:s egen uppskattning. K. har sjukersättning. Boendestöd via "
        "socialpsykiatrin två gånger i veckan sedan 2024."))
    out.append("")
    out.append(para(
        "Psykiatrin ser inga tecken på återfall men sömnen har blivit sämre under maj. "
        "Boendestödet beskriver att posten inte öppnas och att kylskåpet ofta är tomt "
        "i slutet av månaden."))
    out.append("")
    out.append("IV. MÅL")
    out.append("")
    out.append("Se tidigare plan (2024-11-14).")
    out.append("")
    out.append("V. INSATSER OCH ANSVAR")
    out.append("")
    out.append(f"{'Nr':<3}{'Insats':<33}{'Ansvarig':<26}{'När'}")
    out.append("-" * W)
    rows = [
        ("1", "Depåinjektion var 14:e dag, "
              "läkarbesök för sömnen",
         "Sjuksköterska resp. läkare, Psykiatriska öppenv. Åmål",
         "Pågår, nästa inj. 2025-06-12; läkare 2025-06-18"),
        ("2", "Boendestöd 2 ggr/v, utökas till 4 ggr/v under juli (post, inköp, "
              "veckomatsedel)",
         "Boendestödet, Socialpsykiatrin Åmåls kommun",
         "Utökning 2025-07-01 - 2025-07-31"),
        ("3", "Ansökan om andrahandskontrakt (socialt kontrakt)",
         "Socialsekreterare, Vuxenenheten IFO Åmål",
         "Ansökan inlämnad senast 2025-06-20"),
        ("4", "Budget- och skuldrådgivning, genomgång av skulder och budget",
         "Budget- och skuldrådgivare, Åmåls kommun",
         ""),
        ("5", "Stödsamtal med kontaktperson varannan vecka",
         "Kontaktperson (skötare), Psykiatriska öppenv. Åmål",
         "Löpande, uppehåll v. 28-31"),
    ]
    for nr, ins, ans, nar in rows:
        c1 = textwrap.wrap(ins, 31)
        c2 = textwrap.wrap(ans, 24)
        c3 = textwrap.wrap(nar, 16) if nar else [""]
        n = max(len(c1), len(c2), len(c3))
        for i in range(n):
            a = c1[i] if i < len(c1) else ""
            b = c2[i] if i < len(c2) else ""
            c = c3[i] if i < len(c3) else ""
            out.append(f"{nr if i == 0 else '':<3}{a:<33}{b:<26}{c}".rstrip())
        out.append("")
    out.append("VI. DELAKTIGHET")
    out.append("")
    out.append("K. deltog under hela mötet.")
    out.append("")
    out.append("VII. UPPFÖLJNING")
    out.append("")
    out.append("Nytt SIP-möte vecka 40. Kallelse skickas.")
    out.append("")
    out.append("VIII. DELTAGARE")
    out.append("")
    for d in [
        "K.",
        "Ingrid, sjuksköterska, Psykiatriska öppenvården Åmål",
        "Tomas, skötare/kontaktperson, Psykiatriska öppenvården Åmål",
        "Nadia, socialsekreterare, Vuxenenheten IFO Åmål",
        "Robin, boendestödjare, Socialpsykiatrin Åmåls kommun",
        "Eva, budget- och skuldrådgivare, Åmåls kommun (deltog via Teams)",
    ]:
        out.append("  " + d)
    out.append("")
    out.append("-" * W)
    out.append("Dokumenterat 2025-06-05 av Nadia, socialsekreterare")
    text = ("\n".join(out) + "\n").replace("\n", "\r\n")
    with open(path(3, "txt"), "wb") as f:
        f.write(text.encode("cp1252"))


# ====================================================================== 04
def plan04():
    """Notes-app Markdown with Dataview-style inline fields; young man with substance use, Munkedal."""
    md = """---
tags: [sip, arbete]
created: 2025-04-23
---

# SIP S. 2025-04-23

Typ:: SIP-möte (första)
Datum:: 2025-04-23
Plats:: Öppenvården Munkedal, stora rummet
Person:: S., 19 år
Syfte:: SIP, samordning
Huvudansvarig:: Socialsekreterare, Vuxenenheten IFO Munkedal
Deltagare:: S., Jonna, Peter, Mira, Lena (mamma)

Mötet började 15 min sent, S. hade missat bussen. Stämningen bra ändå. S. bor sedan januari i kommunens träningslägenhet och har använt spice och cannabis sedan 15-16 års ålder. Återfall i mars efter att ha varit drogfri i sex veckor. Har inte gått klart gymnasiet (IM). Remiss till beroendemottagningen skickades i mars.

## Frågor till mötet

Frågor:: Hur gör vi under sommaren när öppenvården har stängt v. 28–32?
Frågor:: Får S. bo kvar i träningslägenheten efter återfallet, och vad krävs i så fall?

## S. själv

Mål:: "Jag vill hålla mig borta från spice och börja plugga på Komvux i höst. Och jag vill få ha kvar lägenheten."

S. var med hela mötet. Han sa att urinproverna är okej men att han inte vill lämna dem på måndagar eftersom han då jobbar hos morbror. Vill hellre ha samtal på eftermiddagar. Tycker att mamma oroar sig för mycket men att det är skönt med skjuts.

## Insatser

- [ ] Återfallsprevention (ÅP), enskilda samtal 1 g/v [Ansvar:: Behandlare, Öppenvården Munkedal] [Start:: 2025-04-28]
- [ ] Urinprov 2 ggr/v (tis + fre) och läkarbedömning inför ev. ADHD-utredning [Ansvar:: Regionen] [Start:: maj]
- [ ] Boendestöd i träningslägenheten 2 ggr/v, fokus dygnsrytm och städning [Ansvar:: Boendestödjare, Socialpsykiatrin Munkedal] [Start:: pågår, ses över 2025-05-31]
- [ ] Inskrivning på Arbetsförmedlingen och planering mot Komvux [Ansvar:: Arbetsförmedlingen, handläggare Ungdom] [Datum:: 2025-05-14]
- [ ] Skjutsar S. till provtagning på tisdagar [Ansvar:: Lena (mamma)] [Start:: 2025-04-29]
- [ ] Söker själv Komvux till hösten via kommunens webb [Ansvar:: S.] [Datum:: senast 2025-05-15]

## Övrigt

Sommarfrågan inte löst, Jonna kollar med enhetschef om ÅP kan ske via Teams under stängningen.
Lena undrade om anhöriggrupp, tipsade om Anhörigstödet.

Uppföljning:: om ca 6 veckor, datum bestäms när alla vet semestrarna

#sip #uppföljning
"""
    with open(path(4, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ====================================================================== 05
def plan05():
    """Word form; the only list of those present is the signature table. LSS, autism, Orust."""
    doc = Document()
    base_font(doc, "Arial", 10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("ORUST KOMMUN")
    r.bold = True
    r.font.small_caps = True
    hp.add_run("\tSektor omsorg\tSIP")
    fp = sec.footer.paragraphs[0]
    fp.text = "Samordnad individuell plan, O., 2025-05-22 \u2013 sida "
    add_page_field(fp)

    h = doc.add_paragraph()
    hr = h.add_run("Samordnad individuell plan (SIP)")
    hr.bold = True
    hr.font.size = Pt(16)

    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    cells = [("Namn", "O."), ("Personnummer", "ÅÅMMDD-XXXX"),
             ("Datum", "2025-05-22"), ("Plats", "Daglig verksamhet Henån"),
             ("Typ av möte", "Uppföljning av SIP"), ("Tidigare plan", "2024-11-07")]
    for i, (a, b) in enumerate(cells):
        rr, cc = divmod(i, 2)
        cell_text(t.cell(rr, cc * 2), a, bold=True, size=9)
        set_cell_shading(t.cell(rr, cc * 2), "EDEDED")
        cell_text(t.cell(rr, cc * 2 + 1), b)
    doc.add_paragraph()

    def numhead(txt):
        p = doc.add_paragraph()
        rr = p.add_run(txt)
        rr.bold = True
        rr.font.size = Pt(12)
        p.paragraph_format.space_before = Pt(8)

    numhead("1. Syfte med SIP")
    add_empty_content_control(doc, "Syfte")
    numhead("2. Frågeställningar inför mötet")
    add_empty_content_control(doc, "Fragestallningar")

    numhead("3. Bakgrund och nuläge")
    doc.add_paragraph(
        "O. är 24 år och har autism och lindrig intellektuell funktionsnedsättning. Bor sedan "
        "2022 i gruppbostaden Kaprifolen (LSS 9 § 9) i Henån och har daglig verksamhet "
        "(LSS 9 § 10) fyra dagar i veckan. Sedan i vintras sover O. dåligt, är vaken delar "
        "av natten och har haft flera utbrott på helgerna när det inte finns aktiviteter. "
        "Har gått upp 12 kg sedan läkemedelsbytet i oktober. Kontakt med vuxenhabiliteringen "
        "har legat vilande sedan 2023.")
    doc.add_paragraph(
        "O. deltog under den första halvtimmen av mötet tillsammans med sin kontaktperson "
        "från gruppbostaden.")

    numhead("4. Mål")
    doc.add_paragraph(
        "Målet är att O. ska få en bättre nattsömn och en mer förutsägbar vardag, med "
        "färre utbrott på helgerna.")

    numhead("5. Samtycke")
    doc.add_paragraph("\u2612 Samtycke finns     \u2610 Muntligt     \u2610 Skriftligt")

    numhead("6. Insatser och ansvar")
    tab = doc.add_table(rows=1, cols=3)
    tab.style = "Table Grid"
    mark_header_row(tab.rows[0])
    for c, htxt in zip(tab.rows[0].cells, ["Insats", "Ansvarig verksamhet/funktion", "När"]):
        cell_text(c, htxt, bold=True)
        set_cell_shading(c, "D9D9D9")
    for ins, ans, nar in [
        ("Sömnkartläggning med sömndagbok, personalen fyller i varje natt",
         "Personal, Gruppbostaden Kaprifolen, Orust kommun", "2025-05-26 \u2013 2025-06-22"),
        ("Läkemedelsgenomgång med fokus på viktuppgång och sömnmedicin",
         "Läkare, Vårdcentralen Henån", "2025-06-10"),
        ("Bildstöd och veckoschema för helgerna tas fram tillsammans med O.",
         "Arbetsterapeut, Vuxenhabiliteringen Uddevalla", "Start 2025-06-05"),
        ("Lugnare grupp på fredagar i daglig verksamhet",
         "Enhetschef, Daglig verksamhet Henån", "Från 2025-06-02"),
        ("Helgaktivitet lördagar (promenad/bad) enligt veckoschemat",
         "Personal, Gruppbostaden Kaprifolen, Orust kommun", "Från 2025-06-14"),
    ]:
        rc = tab.add_row().cells
        cell_text(rc[0], ins)
        cell_text(rc[1], ans)
        cell_text(rc[2], nar)

    numhead("7. Huvudansvar för planen")
    doc.add_paragraph("Orust kommun")

    numhead("8. Uppföljning")
    doc.add_paragraph("2025-09-18 kl. 13.00 på Daglig verksamhet Henån.")

    numhead("Underskrifter")
    sig = doc.add_table(rows=1, cols=4)
    sig.style = "Table Grid"
    mark_header_row(sig.rows[0])
    for c, htxt in zip(sig.rows[0].cells,
                       ["Namnförtydligande", "Funktion", "Verksamhet", "Underskrift"]):
        cell_text(c, htxt, bold=True, size=9)
        set_cell_shading(c, "D9D9D9")
    for n, f, v in [
        ("O.", "Den enskilde", ""),
        ("Maria", "LSS-handläggare", "Biståndsenheten, Orust kommun"),
        ("Per", "Kontaktperson/stödassistent", "Gruppbostaden Kaprifolen, Orust kommun"),
        ("Hanna", "Enhetschef", "Daglig verksamhet Henån, Orust kommun"),
        ("Sofia", "Distriktssköterska", "Vårdcentralen Henån"),
        ("Emil", "Arbetsterapeut", "Vuxenhabiliteringen Uddevalla"),
    ]:
        rc = sig.add_row().cells
        cell_text(rc[0], n)
        cell_text(rc[1], f)
        cell_text(rc[2], v)
        cell_text(rc[3], "\n")
    save_docx(doc, path(5, "docx"), (2025, 5, 22, 15, 30))


# ====================================================================== 06
def set_columns(section, num, space_twips=425, sep=False):
    sectPr = section._sectPr
    cols = sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sectPr.append(cols)
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), str(space_twips))
    if sep:
        cols.set(qn("w:sep"), "1")


def plan06():
    """Three-column newsletter-like Word layout printed to PDF; elderly woman with dementia, Strömstad."""
    tmpdir = os.path.join(HERE, "_tmp06")
    os.makedirs(tmpdir, exist_ok=True)
    doc = Document()
    base_font(doc, "Liberation Sans", 9.5)
    sec = doc.sections[0]
    sec.top_margin = Cm(1.5)
    sec.bottom_margin = Cm(1.5)
    sec.left_margin = sec.right_margin = Cm(1.6)
    fp = sec.footer.paragraphs[0]
    fp.text = "Strömstads kommun \u2022 Vårdcentralen Strömstad \u2022 SIP B. 2025-08-27"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.runs[0].font.size = Pt(8)

    # banner, one column
    bt = doc.add_table(rows=1, cols=1)
    c = bt.cell(0, 0)
    set_cell_shading(c, "1F4E79")
    c.text = ""
    p = c.paragraphs[0]
    r = p.add_run("SIP-BLADET")
    r.bold = True
    r.font.size = Pt(24)
    r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    p2 = c.add_paragraph()
    r2 = p2.add_run("Samordnad individuell plan för B.  \u2022  Möte 2025-08-27  \u2022  Strömstad")
    r2.font.size = Pt(11)
    r2.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    doc.add_paragraph()

    new = doc.add_section(WD_SECTION.CONTINUOUS)
    set_columns(new, 3, 400, sep=True)

    def h(txt):
        p = doc.add_paragraph()
        rr = p.add_run(txt.upper())
        rr.bold = True
        rr.font.size = Pt(11)
        rr.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
        p.paragraph_format.space_before = Pt(6)
        p.paragraph_format.space_after = Pt(2)
        p.paragraph_format.keep_with_next = True

    def para(txt):
        p = doc.add_paragraph(txt)
        p.paragraph_format.space_after = Pt(4)
        return p

    h("Om B.")
    para("B. är 81 år och bor ensam i en lägenhet i centrala Strömstad sedan maken dog "
         "2021. Alzheimers sjukdom diagnostiserades 2023. B. har hemtjänst sedan dess och "
         "kontakt med vårdcentralen för diabetes och blodtryck.")
    para("Under sommaren har B. blivit mer orolig, särskilt på kvällar och nätter. Två "
         "gånger har hon gått ut sent på kvällen och hittats av grannar. Hon äter dåligt "
         "och har gått ner 4 kg sedan i våras. Hemtjänsten tycker att hon verkar "
         "nedstämd och gråter oftare.")

    h("Syfte")
    para("Samordning.")

    h("Att diskutera")
    para("Läget hemma.")

    h("Från hemtjänsten")
    para("Personalen upplever att B. ofta inte känner igen nya personer och blir rädd. "
         "Maten står kvar i kylen. Nattpatrullen har inte haft något besök hos B. "
         "Kontinuiteten har varit sämre under semesterperioden med många vikarier.")

    h("Från vårdcentralen")
    para("Distriktssköterskan har sett att blodsockret varierat mer. Senaste "
         "läkarbesöket var i april. Det finns funderingar kring om B:s nedstämdhet "
         "kan behöva bedömas, och om läkemedlen fungerar som de ska.")

    h("Närstående")
    para("Dottern bor i Göteborg och är ett viktigt stöd för B. Hon är informerad om "
         "mötet.")

    h("Insatser framåt")
    para("\u2022 Hemtjänsten fortsätter som tidigare med stöd vid behov.")
    para("\u2022 Fortsatt kontakt med vårdcentralen.")
    para("\u2022 Eventuellt dagverksamhet eller korttids längre fram, om behovet finns.")

    h("Ansvar")
    para("Kommunen ansvarar för hemtjänsten och eventuella nya biståndsbeslut.")
    para("Regionen ansvarar för de medicinska frågorna.")

    h("Huvudansvarig")
    para("Distriktssköterskan")

    h("Uppföljning")
    para("Vid behov, dock senast i höst.")

    h("Bra att veta")
    para("Demensteamet i kommunen kan kontaktas via växeln. Anhörigstödet har "
         "träffar för anhöriga en gång i månaden.")

    # closing one-column continuous section so that the three columns are balanced
    last = doc.add_section(WD_SECTION.CONTINUOUS)
    set_columns(last, 1, 425)
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    rr = p.add_run("SIP-bladet är upprättat i samband med SIP-mötet 2025-08-27 och "
                   "sparas i respektive journal.")
    rr.italic = True
    rr.font.size = Pt(8)

    docx_path = os.path.join(tmpdir, f"{PREFIX}06.docx")
    save_docx(doc, docx_path, (2025, 8, 27, 16, 0))
    soffice_pdf(docx_path, tmpdir)
    shutil.move(os.path.join(tmpdir, f"{PREFIX}06.pdf"), path(6, "pdf"))
    shutil.rmtree(tmpdir)


# ====================================================================== 07
def plan07():
    """Summary with bullets written by the personal ombudsman (PO); discharge from psychiatric ward, Lysekil."""
    doc = Document()
    base_font(doc, "Calibri", 11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Personligt ombud \u2013 Lysekil, Sotenäs och Munkedal"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(9)
    hp.runs[0].italic = True

    doc.add_paragraph("Lysekil 2025-05-07")
    doc.add_heading("Sammanfattning från SIP-mötet 2025-05-06", level=1)
    doc.add_paragraph(
        "Till A. och er som var med på mötet på avdelning 5, Psykiatriska kliniken, "
        "Uddevalla sjukhus. Här kommer som jag lovade en kort sammanfattning av vad vi "
        "pratade om. A. har läst igenom den och tycker att den stämmer.")
    doc.add_paragraph(
        "Som ni vet blev A. inlagd 2025-03-28 efter en period med mycket oro och nästan "
        "ingen sömn, då han också hade slutat ta sina tabletter. Han har varit på "
        "avdelningen sedan dess och mår nu mycket bättre. Medan han låg inne har det "
        "kommit påminnelser och inkassobrev som han inte kunnat ta hand om.")

    doc.add_heading("Vilka var med", level=2)
    doc.add_paragraph(
        "A., kontaktsjuksköterskan, överläkaren, socialsekreteraren, boendestödjaren "
        "och jag som personligt ombud.")

    doc.add_heading("Samtycke", level=2)
    doc.add_paragraph(
        "A. sa i början av mötet att det är okej att vi som var där pratar med varandra "
        "om honom och hans situation. Han skrev också på en samtyckesblankett på "
        "avdelningen samma dag (2025-05-06).")

    doc.add_heading("Det här sa A.", level=2)
    for b in [
        "\u201dJag vill hem till min lägenhet så fort som möjligt. Jag vill inte bo på något boende.\u201d",
        "\u201dJag vill att någon hjälper mig med räkningarna, det var där allt började.\u201d",
        "\u201dSprutan går bra, men jag vill inte ha den på måndagar.\u201d",
        "A. tycker att det har varit bra på avdelningen men att han sover dåligt där "
        "och saknar sin katt.",
    ]:
        doc.add_paragraph(b, style="List Bullet")

    doc.add_heading("Det här kom vi fram till", level=2)
    for b in [
        "Utskrivning planeras till omkring 2025-05-15.",
        "Depåinjektionen fortsätter var fjärde vecka efter utskrivningen, inte på måndagar.",
        "Boendestöd ska sökas, två gånger i veckan till att börja med, med fokus på post "
        "och inköp.",
        "Läkemedelsdosetten ska ses över innan hemgång.",
        "Ansökan om god man ska göras för hjälp med ekonomin.",
        "Försäkringskassan behöver kontaktas om sjukpenningen som A. inte fått sedan i mars.",
        "Hyresskulden på två månader behöver lösas innan den går vidare.",
    ]:
        doc.add_paragraph(b, style="List Bullet")

    doc.add_paragraph()
    doc.add_paragraph(
        "Hör av er om något blev fel eller saknas i sammanfattningen, så rättar jag det.")
    doc.add_paragraph("Med vänlig hälsning")
    p = doc.add_paragraph()
    p.add_run("Karin").bold = True
    doc.add_paragraph("Personligt ombud\nNås via kommunens växel")
    save_docx(doc, path(7, "docx"), (2025, 5, 7, 9, 12))


# ====================================================================== 08
def plan08():
    """NOT a SIP: minutes of a relatives' support group meeting, Åmål."""
    doc = Document()
    base_font(doc, "Calibri", 11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Anhörigstödet Åmåls kommun"
    hp.runs[0].font.size = Pt(9)

    doc.add_heading("Minnesanteckningar anhörigträff", level=1)
    bold_label(doc, "Datum:", "2025-09-09 kl. 14.00\u201316.00")
    bold_label(doc, "Plats:", "Träffpunkten, Åmål")
    bold_label(doc, "Tema:", "Att vara anhörig till någon med demenssjukdom")

    doc.add_heading("Närvarande", level=2)
    doc.add_paragraph(
        "Gunilla, Ingvar, Birgitta, Ahmed, Lisbeth och Rolf (anhöriga). "
        "Camilla, anhörigkonsulent, Anhörigstödet Åmåls kommun (samtalsledare). "
        "Eva, demenssjuksköterska, Vårdcentralen Åmål (gäst, punkt 2).")

    doc.add_heading("1. Välkommen och runda", level=2)
    doc.add_paragraph(
        "Camilla hälsade välkommen, särskilt Rolf som var med för första gången. "
        "Alla berättade kort hur sommaren har varit. Flera beskrev att semestertiden "
        "med många nya vikarier i hemtjänsten har varit tung, och att det blir mycket "
        "att hålla reda på som anhörig.")

    doc.add_heading("2. Demens \u2013 vad händer i hjärnan?", level=2)
    doc.add_paragraph(
        "Eva berättade om olika demenssjukdomar och varför beteenden kan förändras, "
        "till exempel oro på kvällen (sundowning). Tips: försök hålla samma rutiner, "
        "undvik att argumentera, lugn miljö på kvällen. Frågor om läkemedel hänvisades "
        "till den egna läkaren.")

    doc.add_heading("3. Växelvård och korttidsboende", level=2)
    doc.add_paragraph(
        "Ingvar och Birgitta delade erfarenheter av växelvård. Ingvar tycker att det "
        "gett honom möjlighet att sova ordentligt. Birgitta tyckte att det var svårt i "
        "början med dåligt samvete. Camilla påminde om att man ansöker hos "
        "biståndshandläggaren.")

    doc.add_heading("4. Vad är en SIP?", level=2)
    doc.add_paragraph(
        "Lisbeth hade hört talas om samordnad individuell plan. Camilla förklarade "
        "kort att en SIP kan göras när både kommunen och regionen är inblandade, att "
        "den enskilde ska samtycka och att anhöriga kan be om att en SIP kallas till. "
        "Camilla delar ut en informationsfolder nästa gång.")

    doc.add_heading("5. Övrigt", level=2)
    for b in [
        "Julfika planeras i december, Gunilla och Ahmed tar med kaffebröd.",
        "Önskemål om tema till våren: juridik (framtidsfullmakt, god man).",
        "Anhörigstödets samtalsgrupp för makar startar i oktober, anmälan till Camilla.",
    ]:
        doc.add_paragraph(b, style="List Bullet")

    doc.add_heading("Nästa träff", level=2)
    doc.add_paragraph("2025-10-14 kl. 14.00 på Träffpunkten. Tema: Att ta hand om sig själv.")
    doc.add_paragraph("Vid pennan: Camilla")
    save_docx(doc, path(8, "docx"), (2025, 9, 10, 8, 40))


def main():
    os.makedirs(OUT, exist_ok=True)
    for fn in (plan01, plan02, plan03, plan04, plan05, plan06, plan07, plan08):
        fn()
    print("Wrote:", ", ".join(sorted(os.listdir(OUT))))


if __name__ == "__main__":
    main()
