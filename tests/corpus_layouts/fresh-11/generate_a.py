#!/usr/bin/env python
"""Generate batch fresh-11a: eight fictional, anonymized Swedish SIP documents.

Run with a Python that has python-docx and fpdf2 (and LibreOffice on PATH): python generate_a.py
Writes plans/f11a-01 ... f11a-08. Deterministic (fixed dates, no randomness).
"""
import datetime
import io
import os
import zipfile
import shutil
import subprocess
import textwrap

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Cm, Pt, RGBColor, Twips
from docx.enum.text import WD_TAB_ALIGNMENT
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
PLANS = os.path.join(HERE, "plans")
BUILD = os.path.join(HERE, "build")
PREFIX = "f11a"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_I = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"


def out(n, ext):
    return os.path.join(PLANS, f"{PREFIX}-{n:02d}.{ext}")


# ----------------------------------------------------------------- docx helpers
def a4(section, landscape=False, margins_cm=2.0):
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    else:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(margins_cm))


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    for old in tcPr.findall(qn("w:shd")):
        tcPr.remove(old)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell_text(cell, text, bold=False, size=None, color=None, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i > 0:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    return cell


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def col_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def add_field(paragraph, instr):
    """Insert a simple field (PAGE, NUMPAGES) into a paragraph."""
    r = paragraph.add_run()
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r._r.append(b)
    r2 = paragraph.add_run()
    t = OxmlElement("w:instrText")
    t.set(qn("xml:space"), "preserve")
    t.text = f" {instr} "
    r2._r.append(t)
    r3 = paragraph.add_run()
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    r3._r.append(s)
    paragraph.add_run("1")
    r4 = paragraph.add_run()
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r4._r.append(e)


def page_x_of_y(paragraph, word_page="Sida", word_of="av"):
    paragraph.add_run(f"{word_page} ")
    add_field(paragraph, "PAGE")
    paragraph.add_run(f" {word_of} ")
    add_field(paragraph, "NUMPAGES")


def bold_para(doc, text, size=None, space_before=8):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    p.paragraph_format.space_before = Pt(space_before)
    p.paragraph_format.space_after = Pt(2)
    return p


def base_font(doc, name="Calibri", size=11):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), name)


def save_docx(doc, path, author, when):
    """Save with fixed core properties and zip timestamps (deterministic)."""
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = when
    cp.modified = when
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(
            path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, zin.read(item.filename))


def convert_pdf(docx_path, outdir):
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file:///tmp/lo-{PREFIX}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            outdir,
            docx_path,
        ],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        timeout=240,
    )


# =============================================================== plan 01
class JournalPDF(FPDF):
    print_stamp = "Utskrivet 2025-03-14 08:47 av Kurator Johanna"

    def header(self):
        self.set_font("DV", "B", 10)
        self.cell(95, 5, "Region Västmanland", new_x="RIGHT", new_y="TOP")
        self.set_font("DV", "", 8)
        self.cell(0, 5, f"Sida {self.page_no()} ({{nb}})", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.set_font("DV", "", 8)
        self.cell(95, 4, "Journalutskrift – Vuxenpsykiatri Arboga, öppenvård",
                  new_x="RIGHT", new_y="TOP")
        self.cell(0, 4, self.print_stamp, align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.cell(95, 4, "Patient: XXXXXX-XXXX   M.", new_x="RIGHT", new_y="TOP")
        self.cell(0, 4, "Urval: Vårdkontakt SIP 2025-03-05 – 2025-03-13",
                  align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(0, 0, 0)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin,
                  self.get_y() + 1)
        self.ln(4)

    def footer(self):
        self.set_y(-13)
        self.set_font("DV", "", 7)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Utskrift ur journal. Innehåller sekretessbelagda "
                  "uppgifter (OSL 25 kap. 1 §).", align="C")
        self.set_text_color(0, 0, 0)


def plan01():
    pdf = JournalPDF(format="A4")
    pdf.set_creation_date(datetime.datetime(2025, 3, 14, 8, 47, tzinfo=datetime.timezone.utc))
    pdf.set_creator("Journalsystem utskrift")
    pdf.add_font("DV", "", FONT)
    pdf.add_font("DV", "B", FONT_B)
    pdf.add_font("DV", "I", FONT_I)
    pdf.set_margins(18, 14, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.alias_nb_pages()
    pdf.add_page()

    def entry_head(stamp, unit, author, kind):
        pdf.set_fill_color(225, 225, 225)
        pdf.set_font("DV", "B", 9)
        pdf.cell(0, 6, f"{stamp}   {unit}", fill=True,
                 new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "", 8.5)
        pdf.cell(0, 5, f"{kind}   Dokumenterad av: {author}",
                 new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    def sok(word, text):
        pdf.set_font("DV", "", 9.5)
        pdf.multi_cell(0, 5, f"**{word}:** {text}", markdown=True, align="L",
                       new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.2)

    def signed(text):
        pdf.set_font("DV", "I", 8)
        pdf.set_text_color(60, 60, 60)
        pdf.multi_cell(0, 4.5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.ln(4)

    # --- entry 1
    entry_head("2025-03-05 10:20", "Vuxenpsykiatri Arboga, öppenvård",
               "Kurator Johanna", "Telefonkontakt")
    sok("KONTAKTORSAK",
        "Samtal med socialsekreterare på försörjningsstödet Arboga kommun "
        "som efterfrågat SIP för pat. Pat. har själv tagit upp samma sak på "
        "senaste besöket.")
    sok("PLANERING",
        "SIP-möte bokat 2025-03-12 kl. 13.00 på mottagningen. Kallelse "
        "skickas till pat. per brev. Socialsekreteraren bjuder in "
        "budget- och skuldrådgivningen.")
    signed("Signerad: Kurator Johanna, Vuxenpsykiatri Arboga 2025-03-05 10:41")

    # --- entry 2 (the SIP)
    entry_head("2025-03-12 13:00", "Vuxenpsykiatri Arboga, öppenvård",
               "Kurator Johanna", "Vårdplanering – Samordnad individuell plan (SIP)")
    sok("DELTAGARE",
        "Pat., kurator, sjuksköterska, socialsekreterare, budget- och "
        "skuldrådgivare.")
    sok("SYFTE",
        "Att samordna behandlingen av pat:s ADHD och spelberoende med "
        "socialtjänstens stöd kring ekonomin, så att skulderna inte växer "
        "ytterligare och pat. kan behålla sin hyreslägenhet.")
    sok("FRÅGESTÄLLNING", "Genomgång av aktuell situation.")
    sok("SAMTYCKE",
        "Pat. lämnar vid mötet muntligt samtycke till att vuxenpsykiatrin "
        "och socialtjänsten Arboga utbyter information inom ramen för SIP. "
        "Samtycket gäller t.o.m. 2025-12-31.")
    sok("AKTUELLT",
        "34-årig man med ADHD (diagnos 2023), insatt på centralstimulantia "
        "sedan hösten 2023. Har spelat på nätcasino i perioder sedan "
        "tjugoårsåldern, tilltagande senaste året. Skulder på drygt 300 000 kr "
        "i form av snabblån och obetalda räkningar, två månaders hyresskuld. "
        "Arbetslös sedan oktober 2024 och har försörjningsstöd sedan januari. "
        "Sömnen är oregelbunden, spelar främst nattetid. Ingen suicidalitet "
        "enligt pat. och ingen aktuell alkohol- eller drogproblematik.")
    sok("PATIENTENS SYN",
        "Pat. beskriver att medicinen hjälper mot rastlösheten på dagen men "
        "att han \"tappar bromsen\" på kvällarna när effekten gått ur. Han "
        "skäms över skulderna och har undvikit att öppna post. Vill ha hjälp "
        "att få överblick men vill inte att pengarna förvaltas av någon annan.")
    sok("PATIENTENS MÅL",
        "\"Jag vill sluta spela helt och kunna betala hyran själv utan att "
        "behöva ljuga för någon om var pengarna tar vägen.\"")
    sok("ÖVERENSKOMMELSE",
        "1) Läkare vuxenpsykiatrin utvärderar ADHD-medicineringen, bl.a. "
        "kvällsdos, vid läkarbesök 2025-04-02. "
        "2) Kurator vuxenpsykiatrin ger KBT-baserad behandling mot "
        "spelberoende, 8 samtal varannan vecka med start v. 13. "
        "3) Budget- och skuldrådgivningen Arboga kommun går igenom skulderna "
        "tillsammans med pat., gör en budget och ser över förutsättningar för "
        "skuldsanering. "
        "4) Socialsekreterare försörjningsstöd fattar beslut om bistånd till "
        "hyresskulden senast 2025-03-21. "
        "5) Sjuksköterska vuxenpsykiatrin följer upp sömn och "
        "medicinbiverkningar per telefon varannan vecka fr.o.m. 2025-03-19.")
    sok("HUVUDANSVAR", "Socialtjänsten Arboga.")
    sok("UPPFÖLJNING",
        "Ny SIP-träff om ca 8 veckor. Kurator skickar kallelse.")
    signed("Signerad: Kurator Johanna, Vuxenpsykiatri Arboga 2025-03-12 16:05\n"
           "Vidimerad: Leg. sjuksköterska Karin, Vuxenpsykiatri Arboga "
           "2025-03-13 08:12")

    # --- entry 3
    entry_head("2025-03-13 11:30", "Vuxenpsykiatri Arboga, öppenvård",
               "Leg. sjuksköterska Karin", "Administration")
    sok("ÅTGÄRD",
        "SIP-anteckningen sammanställd och skickad till pat. per brev. Kopia "
        "till socialsekreterare försörjningsstöd Arboga kommun enligt pat:s "
        "samtycke.")
    sok("LÄKEMEDEL",
        "Receptförnyelse centralstimulantia oförändrad dos i avvaktan på "
        "läkarbesöket.")
    signed("Signerad: Leg. sjuksköterska Karin, Vuxenpsykiatri Arboga "
           "2025-03-13 11:44")

    pdf.output(out(1, "pdf"))


# =============================================================== plan 02
def plan02():
    doc = Document()
    base_font(doc, "Arial", 10)
    sec = doc.sections[0]
    a4(sec, landscape=True, margins_cm=1.8)
    hp = sec.header.paragraphs[0]
    hp.text = ("Region Västmanland  |  Rehabiliteringsmedicin, avdelning 31, "
               "Västmanlands sjukhus Västerås\t\tSIP vid utskrivning")
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page_x_of_y(fp)
    for r in fp.runs:
        r.font.size = Pt(8)

    t = doc.add_paragraph()
    r = t.add_run("Samordnad individuell plan – utskrivning från slutenvård")
    r.bold = True
    r.font.size = Pt(15)

    info = doc.add_table(rows=3, cols=4)
    info.style = "Table Grid"
    cells = [
        ("Patient", "P-O, 58 år", "Personnummer", "ÅÅMMDD-XXXX"),
        ("Datum för SIP-möte", "2025-05-07 kl. 14.00", "Plats",
         "Avd. 31, dagrummet (vårdcentralen via Teams)"),
        ("Inskriven", "2025-04-09", "Planerad utskrivning", "2025-05-14"),
    ]
    for i, row in enumerate(cells):
        for j, val in enumerate(row):
            set_cell_text(info.cell(i, j), val, bold=(j % 2 == 0), size=9)
            if j % 2 == 0:
                shade(info.cell(i, j), "E7E6E6")
    col_widths(info, [4.5, 8.5, 4.5, 8.5])

    bold_para(doc, "Syfte med planen")
    doc.add_paragraph("Samordnad utskrivning.")

    bold_para(doc, "Bakgrund")
    doc.add_paragraph(
        "P-O insjuknade 2025-04-06 i vänstersidig hemipares efter "
        "högersidig hjärninfarkt och vårdades först på strokeenheten, därefter "
        "rehabilitering hos oss sedan 2025-04-09. Gott förlopp, kvarstående "
        "nedsatt finmotorik i vänster hand, viss uttröttbarhet och nedsatt "
        "balans. Ingen afasi. Bor med hustru i villa i Skultuna, sovrum och "
        "badrum med dusch på övervåningen. Arbetar som lagerchef.")

    bold_para(doc, "Patientens medverkan och önskemål")
    doc.add_paragraph(
        "P-O deltog under hela mötet. Han vill komma hem till villan så snart "
        "som möjligt och vill helst ha så lite hemtjänst som det går, han "
        "tycker att det är jobbigt att ha främmande personer hemma på "
        "morgnarna. Han är orolig för hur det blir med jobbet.")

    bold_para(doc, "Mål")
    doc.add_paragraph(
        "Målet är att P-O ska klara sin personliga vård självständigt och "
        "kunna gå kortare promenader utomhus med rollator inom tre månader.")

    bold_para(doc, "Samtycke")
    doc.add_paragraph("Samtycke till SIP finns.")

    bold_para(doc, "Planering per område")
    tbl = doc.add_table(rows=1, cols=3)
    tbl.style = "Table Grid"
    hdr = tbl.rows[0]
    for i, h in enumerate(["Område", "Nuläge", "Planering efter utskrivning"]):
        set_cell_text(hdr.cells[i], h, bold=True, size=10, color="FFFFFF")
        shade(hdr.cells[i], "1F4E79")
    repeat_header(hdr)
    rows = [
        ("ADL",
         "Klarar måltider och toalettbesök själv. Behöver hjälp med "
         "av- och påklädning av överkroppen samt vid dusch.",
         "Hemtjänst Västerås stad, område Skultuna: hjälp med på- och "
         "avklädning morgon och kväll samt dusch 2 ggr/vecka från "
         "utskrivningsdagen 2025-05-14. Biståndshandläggare äldreomsorgen "
         "Västerås stad fattar beslut senast 2025-05-12."),
        ("Mobilitet",
         "Går med rollator inomhus, kortare sträckor utan stöd. Klarar "
         "trappa med ledstång och tillsyn. Nedsatt balans vid vändningar.",
         "Fysioterapeut, kommunal hemrehabilitering Västerås stad: "
         "hembesök inom en vecka efter hemgång och fortsatt balansträning "
         "i hemmet 1 gång/vecka t.o.m. v. 26. Fysioterapeut avd. 31 skickar "
         "rehabremiss 2025-05-12."),
        ("Läkemedel",
         "Trombocythämmare, statin och blodtryckssänkande insatt under "
         "vårdtiden. Sköter sina läkemedel själv med dosett.",
         "Läkare avd. 31 gör läkemedelsberättelse vid utskrivning "
         "2025-05-14. Distriktssköterska Vårdcentralen Skultuna: "
         "blodtryckskontroll v. 22. Läkare Vårdcentralen Skultuna: "
         "läkarbesök inom 6 veckor efter utskrivning."),
        ("Boende",
         "Villa i två plan. Sovrum och dusch på övervåningen, toalett på "
         "entréplan.",
         "Arbetsterapeut, kommunal hemrehabilitering Västerås stad: "
         "hembesök tillsammans med fysioterapeut, bedömning av "
         "duschpall, toalettförhöjning och extra ledstång, utprovning "
         "senast 2025-05-23. Arbetsterapeut avd. 31 skickar "
         "förskrivningsunderlag 2025-05-12."),
        ("Sysselsättning",
         "Sjukskriven 100 % sedan insjuknandet. Vill återgå till arbetet "
         "som lagerchef på sikt.",
         "Läkare avd. 31 utfärdar läkarintyg t.o.m. 2025-07-31 före "
         "utskrivning. Rehabkoordinator Vårdcentralen Skultuna kontaktar "
         "P-O inom 3 veckor efter hemgång för planering av "
         "arbetsåtergång. Försäkringskassan och arbetsgivaren berörs."),
    ]
    for area, now, plan in rows:
        cs = tbl.add_row().cells
        set_cell_text(cs[0], area, bold=True, size=9)
        shade(cs[0], "DEEAF6")
        set_cell_text(cs[1], now, size=9)
        set_cell_text(cs[2], plan, size=9)
    col_widths(tbl, [3.5, 9.0, 13.5])

    bold_para(doc, "Närstående")
    doc.add_paragraph("Hustrun finns som stöd i hemmet.")

    bold_para(doc, "Huvudansvar för planen efter utskrivning")
    doc.add_paragraph("Vårdcentralen Skultuna.")

    bold_para(doc, "Uppföljning")
    doc.add_paragraph(
        "Uppföljande SIP i hemmet ca 4 veckor efter hemgång. Vårdcentralen "
        "kallar.")

    bold_para(doc, "Närvarande vid mötet")
    part = doc.add_table(rows=1, cols=3)
    part.style = "Table Grid"
    for i, h in enumerate(["Namn", "Funktion", "Verksamhet"]):
        set_cell_text(part.rows[0].cells[i], h, bold=True, size=9)
        shade(part.rows[0].cells[i], "E7E6E6")
    for row in [
        ("P-O", "Patient", "–"),
        ("[namn]", "Hustru", "–"),
        ("Emma", "Sjuksköterska, vårdplanerare", "Rehabiliteringsmedicin avd. 31"),
        ("Jakob", "Läkare", "Rehabiliteringsmedicin avd. 31"),
        ("Linnea", "Arbetsterapeut", "Rehabiliteringsmedicin avd. 31"),
        ("Sven", "Biståndshandläggare", "Äldreomsorgen, Västerås stad"),
        ("Åsa", "Distriktssköterska (via Teams)", "Vårdcentralen Skultuna"),
    ]:
        cs = part.add_row().cells
        for i, v in enumerate(row):
            set_cell_text(cs[i], v, size=9)
    col_widths(part, [4, 9, 13])

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    r = p.add_run("Dokumenterat av Emma, sjuksköterska avd. 31, 2025-05-07.")
    r.italic = True
    r.font.size = Pt(8)
    save_docx(doc, out(2, "docx"), "Avd 31 Rehabmedicin", datetime.datetime(2025, 5, 7, 15, 20))


# =============================================================== plan 03
def plan03():
    doc = Document()
    base_font(doc, "Calibri", 11.5)
    sec = doc.sections[0]
    a4(sec, margins_cm=2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "SIP – Köpings kommun och Region Västmanland"
    hp.runs[0].font.size = Pt(8)
    hp.runs[0].font.color.rgb = RGBColor(0x70, 0x70, 0x70)

    h = doc.add_heading("Min plan", level=0)
    p = doc.add_paragraph()
    r = p.add_run("Samordnad individuell plan (SIP) som vi skrev tillsammans "
                  "på mötet 2025-02-11 på BUP:s mottagning i Köping")
    r.italic = True

    info = doc.add_table(rows=2, cols=2)
    info.style = "Light Grid Accent 1"
    for i, (k, v) in enumerate([("Mitt namn", "Ella, 16 år"),
                                ("Personnummer", "ÅÅMMDD-XXXX")]):
        set_cell_text(info.cell(i, 0), k, bold=True)
        set_cell_text(info.cell(i, 1), v)

    doc.add_heading("Varför har vi en SIP?", level=2)
    doc.add_paragraph(
        "Vi har en SIP för att BUP, skolan och Familjestödet ska jobba åt "
        "samma håll, så att jag kan fortsätta gå i skolan samtidigt som jag "
        "följer min behandling mot ätstörningen och går upp i vikt. Förut "
        "fick jag och mina föräldrar olika besked från olika ställen.")

    doc.add_heading("Det här ville vi prata om idag", level=2)
    for s in [
        "Hur jag ska klara skollunchen när jag inte vill äta i matsalen.",
        "Om jag får vara med på idrotten eller om det är för tidigt.",
        "Hur lärarna ska få veta vad som gäller utan att hela klassen får veta.",
    ]:
        doc.add_paragraph(s, style="List Bullet")

    doc.add_heading("Jag vill…", level=2)
    doc.add_paragraph(
        "Jag vill orka vara med mina kompisar efter skolan och slippa tänka "
        "på mat hela tiden. Jag vill börja spela handboll igen till hösten.")
    doc.add_paragraph(
        "Jag vill inte att någon i skolan kollar på min tallrik. Jag tycker "
        "det är okej att äta lunch med skolsköterskan i början men inte hela "
        "terminen. Jag vill att mamma och pappa slutar bråka med mig vid "
        "middagen och att vi pratar om annat än mat.")

    doc.add_heading("Mina vuxna hjälper mig så här:", level=2)
    tbl = doc.add_table(rows=1, cols=3)
    tbl.style = "Light List Accent 1"
    for i, hd in enumerate(["Vem", "Vad", "När"]):
        set_cell_text(tbl.rows[0].cells[i], hd, bold=True)
    repeat_header(tbl.rows[0])
    for row in [
        ("Min behandlare på BUP Västerås (mottagningen i Köping)",
         "Familjebaserad behandling med mig, mamma och pappa.",
         "Varje tisdag kl. 15.30 fram till sommarlovet"),
        ("Läkaren på BUP",
         "Kollar min vikt, puls och blodprover.",
         "Var fjärde vecka, nästa gång 2025-03-04"),
        ("Skolsköterskan på Ullvigymnasiet",
         "Äter lunch med mig i ett lugnt rum på elevhälsan.",
         "Varje skoldag från v. 8 till påsklovet"),
        ("Min mentor på Ullvigymnasiet",
         "Pratar med mina lärare om att jag kan få lämna in uppgifter "
         "senare och att jag inte har idrott just nu.",
         ""),
        ("Familjebehandlaren på Familjestödet Köping",
         "Träffar mamma och pappa för att de ska få stöd i hur de pratar "
         "med mig om maten.",
         "Varannan torsdag från 2025-03-06"),
    ]:
        cs = tbl.add_row().cells
        for i, v in enumerate(row):
            set_cell_text(cs[i], v)
    col_widths(tbl, [5.0, 7.0, 4.6])

    doc.add_heading("Det här gör vi hemma", level=2)
    doc.add_paragraph(
        "Mamma och pappa lagar mat efter måltidsschemat från BUP och sitter "
        "med mig vid frukost, mellanmål och middag. Pappa skjutsar mig till "
        "BUP på tisdagar.", style="List Bullet")
    doc.add_paragraph(
        "Jag själv tar med mig mellanmålet till skolan och äter det på "
        "rasten kl. 14, och jag säger till min behandlare om jag har haft "
        "en dålig vecka.", style="List Bullet")

    doc.add_heading("Jag har sagt ja till att …", level=2)
    doc.add_paragraph(
        "Jag har sagt ja till att BUP, elevhälsan på Ullvigymnasiet och "
        "Familjestödet Köping får prata med varandra om mig och om den här "
        "planen. Det sa jag på mötet 2025-02-11 och jag skrev under "
        "samtyckesblanketten tillsammans med mamma och pappa samma dag.")

    doc.add_heading("Nästa gång vi ses", level=2)
    doc.add_paragraph("Efter sportlovet. BUP skickar en kallelse till alla.")

    doc.add_heading("Vi som var med", level=2)
    doc.add_paragraph("Jag (Ella), mamma, pappa, Sara, Jonas, Lena och Ahmed.")

    doc.add_paragraph()
    sig = doc.add_table(rows=2, cols=3)
    for i, lab in enumerate(["Min underskrift", "Vårdnadshavare", "Vårdnadshavare"]):
        set_cell_text(sig.cell(0, i), "\n\n_____________________________")
        set_cell_text(sig.cell(1, i), lab, size=9)
    doc.add_paragraph("Datum: ____________")
    save_docx(doc, out(3, "docx"), "BUP Köping", datetime.datetime(2025, 2, 11, 16, 5))


# =============================================================== plan 04
def plan04():
    doc = Document()
    base_font(doc, "Times New Roman", 11)
    sec = doc.sections[0]
    a4(sec, margins_cm=2.5)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("Sala kommun – Socialförvaltningen, Vuxenenheten")
    r.font.small_caps = True
    r.font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    page_x_of_y(fp)

    p = doc.add_paragraph()
    r = p.add_run("MINNESANTECKNINGAR")
    r.bold = True
    r.font.size = Pt(14)
    p = doc.add_paragraph()
    r = p.add_run("SIP-möte angående N., 41 år")
    r.bold = True
    doc.add_paragraph("Datum: 2025-03-20, kl. 13.00–14.30\n"
                      "Plats: Psykiatrimottagningen Sala, konferensrummet\n"
                      "Antecknat av: Lars, socialsekreterare")

    tbl = doc.add_table(rows=1, cols=2)
    tbl.style = "Table Grid"
    set_cell_text(tbl.rows[0].cells[0], "Punkt", bold=True)
    set_cell_text(tbl.rows[0].cells[1], "Anteckning", bold=True)
    for c in tbl.rows[0].cells:
        shade(c, "D9D9D9")
    repeat_header(tbl.rows[0])

    rows = [
        ("1. Närvarande",
         "Lars, socialsekreterare, Vuxenenheten Sala kommun\n"
         "Maria, boendestödjare, Socialpsykiatrin Sala kommun\n"
         "Peter, överläkare, Psykiatrimottagningen Sala\n"
         "Sofia, sjuksköterska, Psykiatrimottagningen Sala\n"
         "Henrik, skötare, Psykiatriska öppenvårdsteamet Sala\n"
         "Ej närvarande: N. (se p. 3)"),
        ("2. Syfte", "SIP – samordning av insatser."),
        ("3. Aktuellt",
         "N. har diagnos paranoid schizofreni sedan 2009 och bor i egen "
         "lägenhet i centrala Sala. Behandlas med depåinjektion var fjärde "
         "vecka; har uteblivit vid de två senaste tillfällena (januari och "
         "februari). Boendestödjaren beskriver tilltagande misstänksamhet, "
         "nedsläckt lägenhet och att N. pratar om att grannarna avlyssnar "
         "honom. Vid en incident i trapphuset 2025-02-18 uppträdde N. "
         "hotfullt mot en granne med ett tillhygge. Ingen person skadades. "
         "Senaste strukturerade våldsriskbedömning är från 2023.\n"
         "N. var kallad men kom inte. Han har sagt till boendestödjaren att "
         "han inte orkar med möten just nu.\n"
         "Frågor idag: Hur säkrar vi att depåinjektionen blir given när N. "
         "uteblir från mottagningen? Kan boendestödet fortsätta med en "
         "personal åt gången innan en ny riskbedömning är gjord? Behöver N. "
         "mer boendestöd än nuvarande 2 tim/vecka?\n"
         "Målet är att N. ska kunna bo kvar i egen lägenhet utan nya "
         "incidenter och ta sin medicin regelbundet."),
        ("4. Beslut",
         "Sofia ansvarar för att depåinjektionen ges vid hembesök "
         "tillsammans med Henrik, klart v. 13.\n"
         "Peter ansvarar för ny strukturerad våldsriskbedömning (HCR-20), "
         "klart v. 16.\n"
         "Maria ansvarar för att boendestödet tills vidare sker med två "
         "personal vid varje besök, gäller från v. 13.\n"
         "Lars ansvarar för att utreda utökat boendestöd till 4 tim/vecka "
         "och ta beslut, klart v. 15.\n"
         "Sofia och Maria ansvarar för att informera N. om dagens "
         "överenskommelser vid hembesöket, klart v. 13.\n"
         "Henrik ansvarar för att öppenvårdsteamet gör telefonkontakt med "
         "N. en gång/vecka mellan injektionerna, start v. 13."),
        ("5. Nästa möte",
         "2025-05-08 kl. 13.00 på Psykiatrimottagningen Sala. Lars kallar, "
         "även N."),
    ]
    for k, v in rows:
        cs = tbl.add_row().cells
        set_cell_text(cs[0], k, bold=True)
        set_cell_text(cs[1], v)
    col_widths(tbl, [3.5, 12.5])

    doc.add_paragraph()
    doc.add_paragraph("Anteckningarna skickas till närvarande.")
    save_docx(doc, out(4, "docx"), "Vuxenenheten Sala", datetime.datetime(2025, 3, 21, 9, 30))


# =============================================================== plan 05
def plan05():
    doc = Document()
    base_font(doc, "Liberation Sans", 10.5)
    sec = doc.sections[0]
    a4(sec, margins_cm=2.0)
    hp = sec.header.paragraphs[0]
    hp.text = "Norbergs kommun, Vård och omsorg\tSIP\tAvstämning"
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page_x_of_y(fp)

    doc.add_heading("Avstämning av samordnad individuell plan", level=1)

    info = doc.add_table(rows=4, cols=2)
    info.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Den enskilde", "Gunhild, 84 år (ÅÅMMDD-XXXX)"),
        ("Datum för avstämning", "2025-06-10"),
        ("Plats", "Hemma hos Gunhild i Norberg"),
        ("Gällande SIP upprättad", "2025-03-04"),
    ]):
        set_cell_text(info.cell(i, 0), k, bold=True)
        shade(info.cell(i, 0), "EDEDED")
        set_cell_text(info.cell(i, 1), v)
    col_widths(info, [5, 12])

    doc.add_heading("Deltagare", level=2)
    for s in [
        "Gunhild",
        "Anna, biståndshandläggare, Vård och omsorg Norbergs kommun",
        "Eva, enhetschef, Hemtjänst Norberg",
        "Ali, arbetsterapeut, Rehab Norbergs kommun",
        "Karin, distriktssköterska, Vårdcentralen Norberg",
        "Maja, sjuksköterska, Hemsjukvården Norbergs kommun",
    ]:
        doc.add_paragraph(s, style="List Bullet")

    doc.add_heading("Syfte", level=2)
    doc.add_paragraph("Uppföljning och avstämning av SIP.")

    doc.add_heading("Samtycke", level=2)
    doc.add_paragraph("Samtycke finns sedan tidigare.")

    doc.add_heading("Gunhilds egen beskrivning", level=2)
    doc.add_paragraph(
        "Gunhild säger att hon klarar sig bra hemma men att hemtjänsten "
        "kommer för tidigt på morgonen, hon vill sova till åtta. Hon tycker "
        "inte om att det är \"så många olika som springer här\". Hon förstår "
        "varför spisen behöver en vakt men vill kunna koka kaffe själv.")
    p = doc.add_paragraph()
    p.add_run("Gunhilds mål: ").bold = True
    p.add_run("\"Jag vill bo kvar i mitt hus så länge jag kan gå i trapporna.\"")

    doc.add_heading("Tidigare överenskomna åtgärder", level=2)
    tbl = doc.add_table(rows=1, cols=4)
    tbl.style = "Table Grid"
    for i, hd in enumerate(["Åtgärd (SIP 2025-03-04)", "Ansvarig", "Status",
                            "Kommentar"]):
        set_cell_text(tbl.rows[0].cells[i], hd, bold=True, size=9.5)
        shade(tbl.rows[0].cells[i], "C9DAF8")
    repeat_header(tbl.rows[0])
    for row in [
        ("Hemtjänst morgon och kväll med tillsyn och påminnelse om "
         "måltider", "Hemtjänst Norberg", "Genomfört",
         "Insatsen startade 2025-03-17. Morgonbesöket flyttas till efter "
         "kl. 08.00 enligt Gunhilds önskemål."),
        ("Dosdispenserade läkemedel", "Distriktssköterska Vårdcentralen "
         "Norberg", "Genomfört", "Sedan 2025-03-24. Inga missade doser "
         "enligt hemtjänsten."),
        ("Basal demensutredning med kompletterande datortomografi",
         "Läkare Vårdcentralen Norberg", "Pågår",
         "DT gjord 2025-05-20, svar ej genomgånget med Gunhild."),
        ("Trygghetslarm", "Biståndshandläggare", "Genomfört",
         "Gunhild bär larmet och har använt det en gång vid fall i april."),
        ("Spisvakt", "Arbetsterapeut Rehab Norberg", "Ej påbörjat",
         "Leveransproblem hos leverantör."),
        ("Dagverksamhet 1 dag/vecka", "Biståndshandläggare", "Ej påbörjat",
         "Gunhild tackade nej i april."),
    ]:
        cs = tbl.add_row().cells
        for i, v in enumerate(row):
            set_cell_text(cs[i], v, size=9.5)
            if i == 2:
                cs[i].paragraphs[0].runs[0].bold = True
    col_widths(tbl, [5.2, 3.8, 2.3, 5.7])

    doc.add_heading("Nya åtgärder", level=2)
    tbl2 = doc.add_table(rows=1, cols=3)
    tbl2.style = "Table Grid"
    for i, hd in enumerate(["Åtgärd", "Ansvarig", "Senast"]):
        set_cell_text(tbl2.rows[0].cells[i], hd, bold=True, size=9.5)
        shade(tbl2.rows[0].cells[i], "C9DAF8")
    for row in [
        ("Installera spisvakt och visa Gunhild hur kaffebryggaren fungerar "
         "utan spisen", "Arbetsterapeut Rehab Norberg", "2025-06-30"),
        ("Fallriskbedömning och genomgång av hemmet efter fallet i april",
         "Arbetsterapeut Rehab Norberg", "2025-06-30"),
        ("Blodtryck och vikt var fjärde vecka", "Sjuksköterska "
         "Hemsjukvården Norberg", "Start v. 25"),
        ("Erbjuda Gunhild att prova dagverksamheten på Mimergården en "
         "gång tillsammans med känd personal", "Biståndshandläggare", ""),
        ("Gå igenom DT-svaret och demensdiagnos med Gunhild",
         "Läkare Vårdcentralen Norberg", "Nästa läkarbesök"),
    ]:
        cs = tbl2.add_row().cells
        for i, v in enumerate(row):
            set_cell_text(cs[i], v, size=9.5)
    col_widths(tbl2, [9, 5, 3])

    doc.add_heading("Samordningsansvar", level=2)
    doc.add_paragraph("Hemtjänst Norberg.")

    doc.add_heading("Nästa avstämning", level=2)
    doc.add_paragraph("I samband med nästa läkarbesök.")

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    r = p.add_run("Antecknat av Anna, biståndshandläggare, 2025-06-11")
    r.italic = True
    r.font.size = Pt(9)

    os.makedirs(BUILD, exist_ok=True)
    src = os.path.join(BUILD, f"{PREFIX}-05.docx")
    save_docx(doc, src, "Vård och omsorg Norberg", datetime.datetime(2025, 6, 11, 10, 0))
    convert_pdf(src, PLANS)


# =============================================================== plan 06
PLAN06 = r"""# Samordnad individuell plan (SIP)

*Kommunerna i Västmanland och Region Västmanland – gemensam mall, version 2023\-09*

## 1\. Uppgifter om den enskilde

| | |
|---|---|
| **Namn** | J. |
| **Personnummer** | ÅÅMMDD-XXXX |
| **Kommun** | Fagersta |
| **Datum för SIP-möte** | 2025-04-22 |
| **Plats** | Arbetsmarknadsenheten Fagersta |
| **Typ av plan** | ☒ Ny plan ☐ Uppföljning |

## 2\. Deltagare vid mötet

*Ange namn, funktion och verksamhet.*

- J.
- Sanna
- Mikael
- Karin
- Petra

## 3\. Bakgrund

J. är 27 år och har autism (diagnos 2019). Bor i egen lägenhet i Fagersta.
Har inte haft arbete sedan 2022 då en visstidsanställning på ett lager tog
slut. Har kontakt med psykiatrin i Fagersta för nedstämdhet och
sömnsvårigheter. Klarar vardagen i stort men isolerar sig, går sällan ut.

## 4\. Syfte med SIP

*Beskriv syftet med den samordnade planen.*

_Ej ifyllt_

## 5\. Frågeställningar inför mötet

_Ej ifyllt_

## 6\. Den enskildes mål

*Skriv gärna med den enskildes egna ord.*

Målet är att J. ska komma ut i någon form av sysselsättning och på sikt ett
arbete.

## 7\. Den enskildes delaktighet

J. deltog på mötet.

## 8\. Samtycke

Samtycke till informationsutbyte har inhämtats:  ☐ Muntligt  ☐ Skriftligt

Datum: ÅÅÅÅ-MM-DD

## 9\. Insatser och ansvarsfördelning

| Insats/åtgärd | Ansvarig verksamhet | Ansvarig funktion | Start | Klart |
|---|---|---|---|---|
| Fortsatt kontakt | Psykiatrin | | ÅÅÅÅ-MM-DD | ÅÅÅÅ-MM-DD |

## 10\. Andra aktörers insatser

*T.ex. Försäkringskassan, Arbetsförmedlingen, god man, närstående.*

Arbetsförmedlingen är inkopplad.

## 11\. Huvudansvar för planen

| | |
|---|---|
| **Namn** | |
| **Funktion** | |
| **Verksamhet** | |

## 12\. Uppföljning

Datum för uppföljning: ÅÅÅÅ-MM-DD

Plats: _Ej ifyllt_

## 13\. Planen har skickats till

_Ej ifyllt_

---

*Underskrift den enskilde: ______________________ Datum: ÅÅÅÅ-MM-DD*
"""


def plan06():
    with open(out(6, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(PLAN06)


# =============================================================== plan 07
MAIL3 = """Hej Jonas och Helena,

Tack för snabba svar. Då sammanfattar jag vad vi kommit överens om. Jag
lägger detta som SIP i T:s akt hos oss och ni lägger in den hos er.

SAMORDNAD INDIVIDUELL PLAN – T., 52 år, Surahammar
Upprättad via e-post 2025-03-06 – 2025-03-10

Syfte: SIP/samordning.

Deltagare:
- Maria, socialsekreterare, Vuxenenheten IFO Surahammars kommun
- Jonas, sjuksköterska, Beroendemottagningen Västerås, Region Västmanland
- Helena, distriktssköterska, Vårdcentralen Surahammar
- T. deltog inte i mejlväxlingen, se nedan.

T:s delaktighet: T. har ingen e-post och ville inte sitta på ett möte med
"en massa folk", därför har vi gjort planen via mejl. Jag träffade honom
på socialkontoret 2025-03-05 och gick igenom förslaget med honom. Han vill
helst ha eget boende direkt och tycker att akutboendet är stökigt, men
han går med på att börja på Beroendemottagningen först. Hans egna ord om
målet: "Jag vill ha en egen lya igen och inte behöva dricka för att kunna
sova."

Samtycke: T. har samtyckt till att vi samverkar.

Vem gör vad:
1. Vuxenenheten IFO Surahammar (Maria): beslut om fortsatt akutboende på
   Sörgården t.o.m. 2025-04-30, klart 2025-03-10. Påbörjar utredning om
   träningslägenhet med boendestöd, beslut senast 2025-04-15.
2. Beroendemottagningen Västerås (Jonas): bedömningssamtal och
   inskrivning 2025-03-12 kl. 10.00. Läkare tar ställning till
   abstinensbehandling i öppenvård och läkemedel mot återfall vid samma
   besök. Därefter samtal varje vecka, första gången v. 12.
3. Vårdcentralen Surahammar (Helena): provtagning (levervärden,
   blodsocker) 2025-03-18 kl. 08.30, läkarbesök för magsåret och
   diabeteskontrollen 2025-03-25.
4. Vuxenenheten IFO Surahammar (Maria): följer med T. till första
   besöket på Beroendemottagningen 2025-03-12 och ordnar busskort samma
   vecka.

Samordningsansvar: Maria, socialsekreterare, Vuxenenheten IFO
Surahammars kommun.

Uppföljning: SIP-möte 2025-04-16 kl. 13.00 på socialkontoret i
Surahammar, med T. på plats. Jonas deltar via Teams.

Hör av er om något ska ändras, annars gäller detta.

Med vänlig hälsning
Maria
Socialsekreterare, Vuxenenheten
Individ- och familjeomsorgen, Surahammars kommun
Tel. via växeln"""

MAIL2 = """Hej!

Vi kan ta provtagningen 2025-03-18 kl. 08.30 och läkartid 2025-03-25. Det
är viktigt att han kommer fastande till provtagningen. Han har ett magsår
som han inte följt upp och hans diabetes har inte kontrollerats sedan i
somras.

/Helena
Distriktssköterska
Vårdcentralen Surahammar"""

MAIL1B = """Hej Maria,

Ja, vi tar emot honom för bedömning även utan fast adress, det går bra att
ange akutboendet. Jag har bokat 2025-03-12 kl. 10.00 med mig och läkare.
Bra om du kan följa med första gången. Vi tar ställning till
abstinensbehandling då.

Hälsningar
Jonas
Sjuksköterska, Beroendemottagningen Västerås
Region Västmanland"""

MAIL1 = """Hej,

Jag behöver samordna oss kring T. som är aktuell hos oss på vuxenenheten.
T. förlorade sin lägenhet i december och har sedan dess sovit ute eller
på akutboendet Sörgården. Han dricker dagligen, enligt honom själv en
flaska vin och några starköl om dagen, och har haft två kramper i vintras.
Han vill ha hjälp.

Mina frågor till er:
- Beroendemottagningen: kan ni ta emot honom för bedömning trots att han
  saknar fast adress, och kan abstinensen behandlas i öppenvård?
- Vårdcentralen: han har diabetes och ett magsår som inte följts upp, kan
  ni ta prover och ge en läkartid snart?

T. vill inte ha ett stort möte, så jag föreslår att vi gör SIP:en via
mejl och att jag träffar honom separat.

Med vänlig hälsning
Maria
Socialsekreterare, Vuxenenheten
Individ- och familjeomsorgen, Surahammars kommun
Tel. via växeln"""


def quoted(lines, level):
    pre = "> " * level
    return [(pre + l).rstrip() if l else pre.rstrip() for l in lines]


def plan07():
    L = []
    L += ["Från: Maria [Vuxenenheten IFO Surahammar]",
          "Skickat: den 10 mars 2025 15:02",
          "Till: Jonas [Beroendemottagningen Västerås]; Helena [Vårdcentralen "
          "Surahammar]",
          "Ämne: SV: SV: SV: SIP T. – förslag",
          "Klassificering: Skickat med säker e-post",
          ""]
    L += MAIL3.split("\n")
    L += ["", "-----Ursprungligt meddelande-----",
          "Från: Helena [Vårdcentralen Surahammar]",
          "Skickat: den 7 mars 2025 11:26",
          "Till: Maria [Vuxenenheten IFO Surahammar]; Jonas "
          "[Beroendemottagningen Västerås]",
          "Ämne: SV: SV: SIP T. – förslag", ""]
    L += MAIL2.split("\n")
    L += [""]
    inner = ["Jonas [Beroendemottagningen Västerås] skrev 2025-03-06 16:40:", ""]
    inner += MAIL1B.split("\n")
    inner += ["", "Maria [Vuxenenheten IFO Surahammar] skrev 2025-03-06 09:14:", ""]
    inner1 = MAIL1.split("\n")
    inner += quoted(inner1, 1)
    L += quoted(inner, 1)
    text = "\r\n".join(L) + "\r\n"
    with open(out(7, "txt"), "w", encoding="utf-8", newline="") as f:
        f.write(text)


# =============================================================== plan 08
W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
SDT_ID = [4100]


def _next_id():
    SDT_ID[0] += 7
    return SDT_ID[0]


def sdt_checkbox(paragraph, tag):
    xml = (
        f'<w:sdt {nsdecls("w")} xmlns:w14="{W14}">'
        f'<w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/>'
        f'<w:id w:val="{_next_id()}"/>'
        '<w14:checkbox><w14:checked w14:val="0"/>'
        '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
        '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
        '</w14:checkbox></w:sdtPr>'
        '<w:sdtContent><w:r><w:rPr>'
        '<w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/>'
        '</w:rPr><w:t>☐</w:t></w:r></w:sdtContent></w:sdt>'
    )
    paragraph._p.append(parse_xml(xml))


def sdt_text(paragraph, tag, placeholder="Klicka eller tryck här för att ange text."):
    xml = (
        f'<w:sdt {nsdecls("w")}>'
        f'<w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/>'
        f'<w:id w:val="{_next_id()}"/>'
        '<w:showingPlcHdr/><w:text w:multiLine="1"/></w:sdtPr>'
        '<w:sdtContent><w:r><w:rPr><w:color w:val="808080"/></w:rPr>'
        f'<w:t>{placeholder}</w:t></w:r></w:sdtContent></w:sdt>'
    )
    paragraph._p.append(parse_xml(xml))


def sdt_date(paragraph, tag):
    xml = (
        f'<w:sdt {nsdecls("w")}>'
        f'<w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/>'
        f'<w:id w:val="{_next_id()}"/><w:showingPlcHdr/>'
        '<w:date><w:dateFormat w:val="yyyy-MM-dd"/><w:lid w:val="sv-SE"/>'
        '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/>'
        '</w:date></w:sdtPr>'
        '<w:sdtContent><w:r><w:rPr><w:color w:val="808080"/></w:rPr>'
        '<w:t>Klicka eller tryck för att ange datum.</w:t></w:r></w:sdtContent></w:sdt>'
    )
    paragraph._p.append(parse_xml(xml))


def tbl_borders(table, color="9BB7D4", size=6):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), str(size))
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), color)
        b.append(e)
    tblPr.append(b)


def plan08():
    doc = Document()
    base_font(doc, "Segoe UI", 10)
    sec = doc.sections[0]
    a4(sec, margins_cm=1.8)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("Samordnad individuell plan – SIP")
    r.bold = True
    r.font.color.rgb = RGBColor(0x1B, 0x5E, 0x7A)
    hp.add_run("\tMall 2025:1").font.size = Pt(8)
    hp2 = sec.header.add_paragraph()
    r = hp2.add_run("Kommunerna i Västmanland och Region Västmanland")
    r.font.size = Pt(8)
    r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    for par in (hp, hp2):
        ts = par.paragraph_format.tab_stops
        ts.add_tab_stop(Twips(4680), alignment=WD_TAB_ALIGNMENT.CLEAR)
        ts.add_tab_stop(Twips(9360), alignment=WD_TAB_ALIGNMENT.CLEAR)
        ts.add_tab_stop(Cm(17.4), alignment=WD_TAB_ALIGNMENT.RIGHT)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page_x_of_y(fp)
    for rr in fp.runs:
        rr.font.size = Pt(8)

    BAR = "1B5E7A"

    def bar(title):
        t = doc.add_table(rows=1, cols=1)
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        c = t.cell(0, 0)
        set_cell_text(c, title, bold=True, size=11.5, color="FFFFFF")
        shade(c, BAR)
        c.width = Cm(17.4)
        c.paragraphs[0].paragraph_format.keep_with_next = True
        spacer(2).paragraph_format.keep_with_next = True
        return t

    def spacer(size=6):
        sp = doc.add_paragraph()
        sp.paragraph_format.space_after = Pt(0)
        sp.paragraph_format.space_before = Pt(0)
        sp.paragraph_format.line_spacing = 1.0
        sp.add_run("").font.size = Pt(size)
        rpr = sp._p.get_or_add_pPr()
        mark = OxmlElement("w:rPr")
        sz = OxmlElement("w:sz")
        sz.set(qn("w:val"), str(size * 2))
        mark.append(sz)
        rpr.append(mark)
        return sp

    def instr(cell_or_par, text):
        p = cell_or_par
        r = p.add_run(text)
        r.font.size = Pt(7.5)
        r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        return p

    def field_table(rows, widths=(5.0, 12.4)):
        """rows: list of (label, instruction, kind) kind in text/date/check:<opts>"""
        t = doc.add_table(rows=0, cols=2)
        tbl_borders(t)
        for label, hint, kind in rows:
            cs = t.add_row().cells
            set_cell_text(cs[0], label, bold=True, size=9.5)
            shade(cs[0], "FFFFFF")
            shade(cs[1], "FFFFFF")
            p = cs[1].paragraphs[0]
            if hint:
                instr(p, hint)
                p = cs[1].add_paragraph()
            if kind == "text":
                sdt_text(p, label[:20])
            elif kind == "date":
                sdt_date(p, label[:20])
            elif kind.startswith("check:"):
                for opt in kind[6:].split("|"):
                    sdt_checkbox(p, opt)
                    p.add_run(f" {opt}    ")
        col_widths(t, widths)
        spacer()
        return t

    def big_field(hint, tag, lines=2):
        t = doc.add_table(rows=1, cols=1)
        tbl_borders(t)
        c = t.cell(0, 0)
        shade(c, "FFFFFF")
        instr(c.paragraphs[0], hint)
        p = c.add_paragraph()
        sdt_text(p, tag)
        for _ in range(lines):
            c.add_paragraph()
        c.width = Cm(17.4)
        spacer()

    tp = doc.add_paragraph()
    r = tp.add_run("Samordnad individuell plan")
    r.bold = True
    r.font.size = Pt(20)
    r.font.color.rgb = RGBColor(0x1B, 0x5E, 0x7A)
    instr(doc.add_paragraph(),
          "Enligt 2 kap. 7 § SoL och 16 kap. 4 § HSL. Planen upprättas "
          "tillsammans med den enskilde. Fyll i alla avsnitt; skriv "
          "”Ej aktuellt” om ett avsnitt inte gäller.")

    bar("1  Den enskilde")
    field_table([
        ("Namn", "Fyll i förnamn och efternamn.", "text"),
        ("Personnummer", "Fyll i ÅÅÅÅMMDD-XXXX.", "text"),
        ("Vårdnadshavare/god man", "Fyll i vid behov.", "text"),
        ("Typ av plan", "", "check:Ny plan|Uppföljning|Avslut"),
    ])

    bar("2  Mötet")
    field_table([
        ("Datum", "", "date"),
        ("Plats", "Fyll i plats eller ”digitalt möte”.", "text"),
        ("Sammankallande", "Fyll i namn, funktion och verksamhet.", "text"),
    ])

    bar("3  Deltagare")
    t = doc.add_table(rows=1, cols=3)
    tbl_borders(t)
    for i, hd in enumerate(["Namn", "Funktion", "Verksamhet/organisation"]):
        set_cell_text(t.rows[0].cells[i], hd, bold=True, size=9)
        shade(t.rows[0].cells[i], "E3EEF4")
    repeat_header(t.rows[0])
    for _ in range(5):
        cs = t.add_row().cells
        for c in cs:
            shade(c, "FFFFFF")
    col_widths(t, [5.0, 5.2, 7.2])
    spacer()

    bar("4  Syfte med planen")
    big_field("Fyll i varför planen görs och vad samordningen ska leda till "
              "för den enskilde.", "Syfte")

    bar("5  Frågeställningar")
    big_field("Fyll i vilka frågor mötet behöver ta ställning till.",
              "Fragor")

    bar("6  Mina mål")
    big_field("Fyll i den enskildes mål, gärna med egna ord (”Jag vill …”).",
              "Mal")

    bar("7  Delaktighet")
    field_table([
        ("Deltog den enskilde?", "", "check:Ja|Nej"),
        ("Den enskildes synpunkter", "Fyll i den enskildes egen syn och "
         "önskemål, eller varför hen inte deltog och hur synpunkterna "
         "inhämtats.", "text"),
    ])

    bar("8  Samtycke")
    field_table([
        ("Samtycke till SIP", "", "check:Muntligt|Skriftligt"),
        ("Datum för samtycke", "", "date"),
        ("Samtycket omfattar", "Fyll i vilka verksamheter som får utbyta "
         "information.", "text"),
    ])

    bar("9  Insatser och ansvar")
    instr(doc.add_paragraph(), "Fyll i en rad per insats. Ange ansvarig "
          "verksamhet och funktion samt när insatsen ska vara genomförd.")
    t = doc.add_table(rows=1, cols=4)
    tbl_borders(t)
    for i, hd in enumerate(["Insats/åtgärd", "Ansvarig verksamhet",
                            "Ansvarig funktion", "När"]):
        set_cell_text(t.rows[0].cells[i], hd, bold=True, size=9)
        shade(t.rows[0].cells[i], "E3EEF4")
    repeat_header(t.rows[0])
    for _ in range(5):
        cs = t.add_row().cells
        for c in cs:
            shade(c, "FFFFFF")
    col_widths(t, [6.4, 4.2, 3.8, 3.0])
    spacer()

    bar("10  Andra aktörer")
    big_field("Fyll i insatser från t.ex. Försäkringskassan, "
              "Arbetsförmedlingen, god man, närstående eller den enskilde "
              "själv. Skriv ”Inga” om det inte finns några.", "Andra")

    bar("11  Huvudansvar för planen")
    field_table([
        ("Namn", "", "text"),
        ("Funktion", "", "text"),
        ("Verksamhet", "", "text"),
    ])

    bar("12  Uppföljning")
    field_table([
        ("Datum för uppföljning", "", "date"),
        ("Sammankallande", "Fyll i vem som kallar till uppföljningen.",
         "text"),
    ])

    bar("13  Underskrift")
    t = doc.add_table(rows=2, cols=2)
    tbl_borders(t)
    set_cell_text(t.cell(0, 0), "\n\n", size=9)
    set_cell_text(t.cell(0, 1), "\n\n", size=9)
    set_cell_text(t.cell(1, 0), "Den enskilde / vårdnadshavare", size=8,
                  color="808080")
    set_cell_text(t.cell(1, 1), "Datum", size=8, color="808080")
    col_widths(t, [12.4, 5.0])

    save_docx(doc, out(8, "docx"), "SIP-mallgruppen", datetime.datetime(2025, 1, 15, 9, 0))


def main():
    os.makedirs(PLANS, exist_ok=True)
    for fn in (plan01, plan02, plan03, plan04, plan05, plan06, plan07, plan08):
        fn()
    shutil.rmtree(BUILD, ignore_errors=True)


if __name__ == "__main__":
    main()
