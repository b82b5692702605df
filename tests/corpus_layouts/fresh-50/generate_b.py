#!/usr/bin/env python3
"""Generate the f50b- batch of fictional, anonymized SIP test documents.

Run with /work/batches/.venv/bin/python generate.py
Writes plans/f50b-01 ... f50b-08. Deterministic: fixed dates, no randomness.
PDF no. 6 is printed from HTML with LibreOffice (own profile /tmp/lo-f50b).
"""
import datetime
import io
import os
import shutil
import subprocess
import tempfile
import textwrap
import zipfile

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
PREFIX = "f50b-"
FIXED_DT = datetime.datetime(2025, 3, 20, 9, 0, 0)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_I = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"
LO_PROFILE = "file:///tmp/lo-f50b"


def out(name):
    return os.path.join(OUT, PREFIX + name)


# ---------------------------------------------------------------- helpers
def save_docx(doc, path, author="SIP"):
    """Save a python-docx document with fixed metadata and fixed zip times."""
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 3, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(item.filename))


def set_cell_bg(cell, hex_color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_color)
    tcPr.append(shd)


def set_repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def base_font(doc, name="Calibri", size=11):
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


def label_para(doc, label, value, size=None):
    p = doc.add_paragraph()
    r = p.add_run(label + " ")
    r.bold = True
    r2 = p.add_run(value)
    if size:
        r.font.size = Pt(size)
        r2.font.size = Pt(size)
    return p


# ================================================================ 01 PDF form
class FormPDF(FPDF):
    print_stamp = "Utskrivet 2025-02-11 14:32"

    def header(self):
        # county "logo": a small coloured square plus logo text
        self.set_fill_color(0, 61, 121)
        self.rect(15, 10, 7, 7, style="F")
        self.set_fill_color(242, 169, 0)
        self.rect(17.5, 12.5, 2, 2, style="F")
        self.set_xy(24, 9.5)
        self.set_font("DV", "B", 11)
        self.set_text_color(0, 61, 121)
        self.cell(60, 5, "REGION NORRBOTTEN")
        self.set_xy(24, 14.5)
        self.set_font("DV", "", 7)
        self.cell(60, 3.5, "i samverkan med länets kommuner")
        self.set_text_color(0, 0, 0)
        self.set_font("DV", "", 7.5)
        self.set_xy(120, 9.5)
        self.cell(75, 4, "Journalutskrift – Samordnad individuell plan", align="R")
        self.set_xy(120, 13.5)
        self.cell(75, 4, self.print_stamp + "   Sida %d ({nb})" % self.page_no(), align="R")
        self.set_draw_color(0, 0, 0)
        self.set_line_width(0.3)
        self.line(15, 20, 195, 20)
        self.set_y(25)

    def footer(self):
        self.set_y(-14)
        self.set_line_width(0.2)
        self.line(15, self.get_y(), 195, self.get_y())
        self.set_font("DV", "", 7)
        self.cell(0, 5, "Patient: R.   ÅÅMMDD-XXXX   |   Vuxenpsykiatriska mottagningen Piteå   |   Dokument: SIP", align="L")


def dotted(pdf, label, value, value_x=70, lh=5.0):
    left = 15
    y = pdf.get_y()
    pdf.set_x(left)
    pdf.set_font("DV", "B", 9)
    lw = pdf.get_string_width(label)
    pdf.cell(lw + 1, lh, label)
    pdf.set_font("DV", "", 9)
    x = left + lw + 1.5
    dot_w = pdf.get_string_width(".")
    n = max(3, int((value_x - 2 - x) / dot_w))
    pdf.set_xy(x, y)
    pdf.cell(value_x - x, lh, "." * n)
    pdf.set_xy(value_x, y)
    pdf.multi_cell(195 - value_x, lh, value, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.6)


def section_bar(pdf, text):
    pdf.ln(1.5)
    pdf.set_font("DV", "B", 9.5)
    pdf.set_fill_color(225, 230, 238)
    pdf.set_x(15)
    pdf.cell(180, 6, text, fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


def make_01():
    pdf = FormPDF(orientation="P", unit="mm", format="A4")
    pdf.set_creation_date(datetime.datetime(2025, 2, 11, 14, 32, tzinfo=datetime.timezone.utc))
    pdf.add_font("DV", "", FONT)
    pdf.add_font("DV", "B", FONT_B)
    pdf.set_margins(15, 25, 15)
    pdf.set_auto_page_break(True, margin=20)
    pdf.alias_nb_pages()
    pdf.add_page()

    pdf.set_font("DV", "B", 13)
    pdf.cell(0, 7, "Samordnad individuell plan (SIP)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 8)
    pdf.cell(0, 4, "Enligt 2 kap. 7 § SoL och 16 kap. 4 § HSL", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    section_bar(pdf, "Uppgifter om den enskilde och mötet")
    dotted(pdf, "Namn", "R.")
    dotted(pdf, "Personnummer", "ÅÅMMDD-XXXX")
    dotted(pdf, "Datum för SIP-möte", "2025-02-04")
    dotted(pdf, "Plats", "Vuxenpsykiatriska mottagningen Piteå, samtalsrum 3")
    dotted(pdf, "Typ av plan", "Ny plan")
    dotted(pdf, "Deltagare", "R., Kristina, Mikael, Johanna, Erik, Annika")

    section_bar(pdf, "Planens innehåll")
    dotted(pdf, "Syfte",
           "Att samordna insatserna från psykiatrin och socialtjänsten så att R. kan bo kvar i "
           "sin lägenhet i Öjebyn efter vårdtiden på Sunderby sjukhus i höstas, och att han får "
           "hjälp att komma till rätta med hyresskulden och de obetalda räkningarna innan "
           "skulderna växer ytterligare.")
    dotted(pdf, "Frågeställningar", "Gå igenom nuläget och fortsatt planering.")
    dotted(pdf, "Bakgrund / nuläge",
           "R. är 34 år och har diagnosen schizofreni sedan 2016. Han vårdades inom "
           "slutenvården i oktober–november 2024 efter en försämring då han slutat ta sin "
           "medicin. Sedan utskrivningen får han depåinjektion på mottagningen och är stabil. "
           "R. bor ensam i hyresrätt och har en hyresskuld motsvarande ungefär två månadshyror "
           "samt obetalda räkningar hos flera fordringsägare. Han har sjukersättning från "
           "Försäkringskassan.")
    dotted(pdf, "Den enskildes mål",
           "Målet är att R. ska kunna bo kvar i sin lägenhet, ta sin medicin regelbundet och "
           "få en överblick över sin ekonomi.")
    dotted(pdf, "Den enskildes synpunkter",
           "R. deltog under hela mötet. Han vill att boendestödet kommer på förmiddagen eftersom "
           "han sover dåligt och är trött på eftermiddagarna. Han tycker det är jobbigt att "
           "öppna posten själv, det gör honom orolig, och önskar hjälp med det.")
    dotted(pdf, "Samtycke", "Finns")
    dotted(pdf, "Andra aktörer", "Försäkringskassan. God man kan bli aktuellt.")
    dotted(pdf, "Huvudansvarig för planen",
           "Kristina, kurator, Vuxenpsykiatriska mottagningen Piteå, Region Norrbotten")
    dotted(pdf, "Uppföljning", "2025-05-20 kl. 13.00, Vuxenpsykiatriska mottagningen Piteå")

    # page 2: measures table with thin horizontal rules
    pdf.add_page()
    section_bar(pdf, "Insatser och ansvarsfördelning")
    pdf.set_font("DV", "", 8.5)
    pdf.set_draw_color(90, 90, 90)
    pdf.set_line_width(0.15)
    pdf.set_fill_color(255, 255, 255)
    rows = [
        ("Nr", "Insats", "Ansvarig (verksamhet/funktion)", "När"),
        ("1", "Läkemedelsuppföljning, depåinjektion var fjärde vecka",
         "Sjuksköterska, Vuxenpsykiatriska mottagningen Piteå",
         "Nästa 2025-02-18, därefter var 4:e vecka"),
        ("2", "Läkarbesök för bedömning av medicinering och biverkningar",
         "Överläkare, Vuxenpsykiatriska mottagningen Piteå", ""),
        ("3", "Boendestöd två förmiddagar i veckan (tisdag och fredag): struktur i hemmet, "
              "hjälp att öppna och sortera post",
         "Boendestödjare, Socialpsykiatrin Piteå kommun", "Från 2025-02-11"),
        ("4", "Budget- och skuldrådgivning: genomgång av skulder, kontakt med hyresvärden "
              "om avbetalningsplan för hyresskulden",
         "Budget- och skuldrådgivare, Piteå kommun", "Första besök 2025-02-13"),
        ("5", "Utredning av ansökan om ekonomiskt bistånd för del av hyresskulden",
         "Socialsekreterare, Vuxenenheten, Socialtjänsten Piteå kommun",
         "Beslut senast 2025-03-07"),
    ]
    with pdf.table(borders_layout="HORIZONTAL_LINES", col_widths=(8, 72, 58, 42),
                   line_height=4.6, padding=1.6, first_row_as_headings=True,
                   text_align="LEFT", cell_fill_mode="NONE", headings_style=FontFace(emphasis="BOLD", fill_color=(255, 255, 255))) as table:
        for r in rows:
            row = table.row()
            for c in r:
                row.cell(c)
    pdf.ln(8)
    pdf.set_font("DV", "", 8.5)
    dotted(pdf, "Planen upprättad av", "Kristina, kurator, Vuxenpsykiatriska mottagningen Piteå")
    dotted(pdf, "Planen delges", "R. samt samtliga verksamheter som deltog i mötet")
    dotted(pdf, "Signerad", "2025-02-05")
    pdf.output(out("01.pdf"))


# ================================================================ 02 DOCX child
def actor_table(doc, vad, vem, nar):
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.LEFT
    for i, (k, v) in enumerate((("Vad", vad), ("Vem", vem), ("När", nar))):
        c0, c1 = t.rows[i].cells
        c0.width = Cm(2.2)
        c1.width = Cm(12.5)
        c0.text = ""
        r = c0.paragraphs[0].add_run(k)
        r.bold = True
        set_cell_bg(c0, "E8EEF4")
        c1.text = v
    doc.add_paragraph()
    return t


def make_02():
    doc = Document()
    base_font(doc, "Calibri", 11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    hp = sec.header.paragraphs[0]
    hp.text = "Skellefteå kommun  ·  Region Västerbotten\tSIP barn och unga"
    hp.runs[0].font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.text = "Planen förvaras hos respektive verksamhet. Kopia till vårdnadshavare."
    fp.runs[0].font.size = Pt(8)

    doc.add_paragraph("Samordnad individuell plan – SIP", style="Title")
    label_para(doc, "Barnets namn:", "E., 8 år")
    label_para(doc, "Personnummer:", "ÅÅMMDD-XXXX")
    label_para(doc, "Datum för planen:", "2025-01-29")
    label_para(doc, "Syfte:", "Gemensam planering.")

    p = doc.add_paragraph()
    p.add_run("Om E. ").bold = True
    p.add_run(
        "E. går i årskurs 2 på Sunnanåskolan och fick sin autismdiagnos hösten 2023. Han har "
        "svårt med raster och övergångar mellan lektioner och har under hösten haft flera "
        "utbrott på skolgården. Några morgnar i veckan vägrar han gå till skolan. Hemma sover "
        "han oroligt och föräldrarna är mycket trötta. E. har en lillasyster på fyra år.")

    p = doc.add_paragraph()
    p.add_run("E:s egen röst ").bold = True
    p.add_run(
        "E. var inte med på mötet, eftersom stora möten med många vuxna gör honom mycket "
        "stressad och han brukar behöva flera dagar för att återhämta sig. Mamma och pappa "
        "pratade med E. innan mötet med hjälp av bildstöd. E. säger själv: ”Jag vill vara med "
        "och leka på rasten utan att det blir bråk.” Han vill också ha ”ett hemligt ställe” "
        "i skolan där han får vara ifred, och han vill inte att fröken säger till honom inför "
        "hela klassen.")

    doc.add_heading("Skolan", level=1)
    actor_table(
        doc,
        "Anpassat schema med bildstöd för hela skoldagen. En lugn plats (grupprummet bredvid "
        "klassrummet) som E. själv får gå till. Vuxen med E. på förmiddagsrasten med "
        "strukturerad lek.",
        "Sara, klasslärare, och specialpedagog Jenny, Sunnanåskolan",
        "Från 2025-02-03. Utvärderas av elevhälsoteamet 2025-04-10.")

    doc.add_heading("Habiliteringen", level=1)
    actor_table(
        doc,
        "Arbetsterapeut gör en bedömning av E:s sensoriska behov och ger råd till skolan. "
        "Föräldrarna erbjuds föräldrautbildningen ”Att vara förälder till barn med autism” "
        "(sex träffar).",
        "Arbetsterapeut och psykolog, Barn- och ungdomshabiliteringen Skellefteå",
        "Bedömningen görs under februari 2025. Utbildningen startar 2025-03-12.")

    doc.add_heading("Socialtjänsten", level=1)
    actor_table(
        doc,
        "Utreder föräldrarnas ansökan om korttidsvistelse enligt LSS, en helg i månaden, så "
        "att familjen får avlastning.",
        "LSS-handläggare, Socialtjänsten Skellefteå kommun",
        "Beslut senast 2025-03-31.")

    doc.add_heading("Föräldrarna", level=1)
    actor_table(
        doc,
        "Går igenom bildschemat för nästa skoldag med E. varje kväll. Ansöker om "
        "omvårdnadsbidrag hos Försäkringskassan. Meddelar skolan samma morgon om E. har "
        "sovit dåligt.",
        "Mamma och pappa",
        "Bildschema varje kväll från 2025-02-02. Ansökan till Försäkringskassan skickas i "
        "februari.")

    label_para(doc, "Samtycke:", "Samtycke till SIP finns från båda vårdnadshavarna.")
    label_para(doc, "Huvudansvar för planen:", "Habiliteringen.")
    label_para(doc, "Uppföljning:", "Efter vårterminen, i juni.")
    save_docx(doc, out("02.docx"), author="Habiliteringen")


# ================================================================ 03 TXT minutes
def make_03():
    W = 76

    def para(txt, indent=""):
        return textwrap.fill(txt, width=W, initial_indent=indent,
                             subsequent_indent=indent) + "\n"

    def bullet(txt):
        return textwrap.fill(txt, width=W, initial_indent="    - ",
                             subsequent_indent="      ") + "\n"

    s = []
    s.append("ÖSTERSUNDS KOMMUN / REGION JÄMTLAND HÄRJEDALEN\n")
    s.append("\n")
    s.append("PROTOKOLL FÖRT VID SIP-MÖTE\n")
    s.append("\n")
    s.append("Datum:      2025-03-12, kl. 13.30-15.00\n")
    s.append("Plats:      Beroendemottagningen, Östersund\n")
    s.append("Ärende:     SIP för J., ÅÅMMDD-XXXX\n")
    s.append("\n")
    s.append("Närvarande:\n")
    s.append("  J., den enskilde\n")
    s.append("  Maria, socialsekreterare, Vuxenenheten IFO, Östersunds kommun\n")
    s.append("  Peter, sjuksköterska, Beroendemottagningen Östersund, Region Jämtland\n")
    s.append("      Härjedalen\n")
    s.append("  Lena, boendestödjare, Socialpsykiatrin, Östersunds kommun\n")
    s.append("  Ahmed, specialist i allmänmedicin, Odensala hälsocentral\n")
    s.append("\n")
    s.append("-" * W + "\n\n")

    s.append("§ 1  Mötets öppnande\n")
    s.append(para("Maria hälsar alla välkomna och förklarar hur mötet kommer att gå till. "
                  "Presentationsrunda. Maria utses att föra protokoll och Peter att justera.",
                  "    "))
    s.append("\n")
    s.append("§ 2  Samtycke\n")
    s.append(para("J. har lämnat skriftligt samtycke på kommunens blankett 2025-03-03 till "
                  "att de närvarande verksamheterna får utbyta information med varandra "
                  "inför och under mötet. Samtycket gäller i ett år och kan återkallas.",
                  "    "))
    s.append("\n")
    s.append("§ 3  Frågeställningar\n")
    s.append(bullet("Hur ska J. få hjälp med abstinensbesvären och sömnen de närmaste "
                    "veckorna?"))
    s.append(bullet("Behöver J. boendestöd när han flyttar till egen lägenhet, och i så "
                    "fall hur mycket?"))
    s.append("\n")
    s.append("§ 4  Nuläge\n")
    s.append(para("J. är 23 år. Han har använt amfetamin och alkohol sedan 17-årsåldern, "
                  "med ett uppehåll under 2023. Sedan januari 2025 har han tagit kontakt "
                  "med Beroendemottagningen igen och lämnar urinprov en gång i veckan. Peter "
                  "redogör för att proverna varit negativa de senaste tre veckorna. Ahmed "
                  "berättar att J. sökt hälsocentralen två gånger för sömnsvårigheter. J. "
                  "har fått ett förstahandskontrakt på en lägenhet från 1 april.",
                  "    "))
    s.append(para("J. deltog under hela mötet.", "    "))
    s.append("\n")
    s.append("§ 5  Mål\n")
    s.append(para("Målet är att J. ska vara drogfri och ha en stabil boendesituation i den "
                  "nya lägenheten.", "    "))
    s.append("\n")
    s.append("§ 6  Insatser\n")
    s.append(para("Beroendemottagningen fortsätter kontakten med J. Socialtjänsten erbjuder "
                  "fortsatt stöd vid behov. Hälsocentralen finns kvar som kontakt vid behov. "
                  "Frågan om boendestöd tas upp igen längre fram.", "    "))
    s.append("\n")
    s.append("§ 7  Övriga frågor\n")
    s.append(para("Inga övriga frågor.", "    "))
    s.append("\n")
    s.append("§ 8  Nästa möte\n")
    s.append(para("Nästa SIP-möte hålls 2025-04-23 kl. 10.00 på Beroendemottagningen. "
                  "Maria skickar kallelse.", "    "))
    s.append("\n")
    s.append("-" * W + "\n\n")
    s.append("Vid protokollet:\n")
    s.append("Maria, socialsekreterare\n")
    s.append("\n")
    s.append("Justeras:\n")
    s.append("Peter, sjuksköterska\n")
    s.append("2025-03-13\n")

    text = "".join(s).replace("\n", "\r\n")
    with open(out("03.txt"), "wb") as f:
        f.write(text.encode("cp1252"))


# ================================================================ 04 MD terse notes
def make_04():
    md = (
        "**SIP 12/3.** Närv: A. (84 år), dotter M-L, Kerstin ssk, Jonas bist.handl., "
        "Eva fysio, Linda hemtj.samordn. (antecknar). Mötet hemma hos A. i Kalix.\n"
        "\n"
        "**Syfte:** samordning.\n"
        "\n"
        "**Bakgr:** Föll i hemmet 18/2, höftfraktur vä, op. Sunderby sjh, utskr. 3/3 till "
        "korttids, hem 10/3. Går m. rollator inomhus, osäker i trappan. Ensamstående, 2:a "
        "m. hiss. Trygghetslarm sedan tidigare. Smärta nattetid, sover dåligt. Äter lite.\n"
        "\n"
        "**A. själv:** \"Jag vill klara mig själv hemma och kunna gå ner till affären "
        "igen.\" Vill ha hjälp på morgonen men inte för många olika personal. Tycker "
        "kvällarna är långa.\n"
        "\n"
        "**Insatser:** Hemtj. fortsätter, utökas vid behov. Fortsatt kontakt m. ssk. Rehab "
        "i hemmet vid behov (Eva).\n"
        "\n"
        "**Dotter** hjälper till så gott hon kan, bor i Luleå.\n"
        "\n"
        "/Linda\n"
    )
    with open(out("04.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ================================================================ 05 DOCX easy Swedish
def make_05():
    doc = Document()
    base_font(doc, "Arial", 16)
    st = doc.styles["Normal"]
    st.paragraph_format.space_after = Pt(4)
    st.paragraph_format.line_spacing = 1.25
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    hp = sec.header.paragraphs[0]
    hp.text = "Vilhelmina kommun och Region Västerbotten"
    hp.runs[0].font.size = Pt(11)
    fp = sec.footer.paragraphs[0]
    fp.text = "Din plan – lättläst"
    fp.runs[0].font.size = Pt(11)

    t = doc.add_paragraph()
    r = t.add_run("Din plan – SIP")
    r.bold = True
    r.font.size = Pt(26)
    t2 = doc.add_paragraph()
    r = t2.add_run("SIP betyder samordnad individuell plan.")
    t3 = doc.add_paragraph("Planen är för dig, Malin.")
    doc.add_paragraph("Mötet var den 10 april 2025 på gruppbostaden Tallen.")

    def q(text):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(18)
        rr = p.add_run(text)
        rr.bold = True
        rr.font.size = Pt(18)

    def lines(*ls):
        for l in ls:
            doc.add_paragraph(l)

    q("Varför har vi mötet?")
    lines("Du sover dåligt på nätterna.",
          "Du är ofta ledsen och trött på dagarna.",
          "Många personer hjälper dig.",
          "Vi har mötet för att alla ska hjälpa dig på samma sätt så att du mår bättre.")

    q("Vad ska vi prata om?")
    lines("Hur kan du sova bättre?",
          "Kan du få jobba fler dagar på Verkstan?")

    q("Vem var med på mötet?")
    lines("Du, Malin.",
          "Anna, din kontaktperson på gruppbostaden Tallen.",
          "Peter, arbetsledare på daglig verksamhet Verkstan.",
          "Sara, sjuksköterska på hälsocentralen i Vilhelmina.",
          "Lisa, din gode man.",
          "Helena, biståndshandläggare i Vilhelmina kommun. Hon ledde mötet.")

    q("Får vi prata med varandra om dig?")
    lines("Ja, sa du på mötet den 10 april 2025.",
          "Du skrev också under ett papper om det.")

    q("Vad vill du?")
    lines("Du sa så här:",
          "”Jag vill sova hela natten.”",
          "”Jag vill jobba fyra dagar i veckan.”",
          "”Jag vill inte vara ledsen.”")

    q("Vem gör vad?")
    lines("Sara på hälsocentralen bokar en tid hos läkaren om din sömn.",
          "Tiden ska vara före den 30 april.",
          "Anna på Tallen hjälper dig med en lugn kvällsrutin varje kväll.",
          "Det börjar den 11 april.",
          "Peter på Verkstan gör ett nytt schema med fyra dagar i veckan.",
          "Det nya schemat börjar den 5 maj.",
          "En arbetsterapeut från vuxenhabiliteringen i Lycksele kommer till dig i maj.",
          "Hon gör ett bildschema för kvällen tillsammans med dig.")

    q("Vad gör du själv och din gode man?")
    lines("Du ska släcka lampan klockan 22 varje kväll.",
          "Lisa betalar en ny madrass med dina pengar.",
          "Lisa gör det i april.")

    q("Vem har ansvar för planen?")
    lines("Vilhelmina kommun har ansvar för att planen blir av.")

    q("När ses vi igen?")
    lines("Vi ses igen efter sommaren.")

    q("Så här gick mötet")
    lines("Jag var med på hela mötet.",
          "Det var många människor i rummet.",
          "Jag var lite nervös i början.",
          "Anna satt bredvid mig.",
          "Jag sa att jag vill jobba mer.",
          "Jag sa att jag inte vill gå till läkaren ensam.",
          "Alla lyssnade på mig.",
          "Jag tycker att mötet var bra.",
          "Vi skrev den här delen tillsammans, Anna och jag.")
    save_docx(doc, out("05.docx"), author="Vilhelmina kommun")


# ================================================================ 06 HTML -> PDF two columns
HTML_06 = """<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>SIP – samordnad individuell plan</title>
<style>
  @page { size: A4 portrait; margin: 1.8cm 1.6cm; }
  body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 9pt; color: #111; }
  .top { border-bottom: 2px solid #2b5f3a; margin-bottom: 8pt; }
  .org { font-size: 8.5pt; color: #2b5f3a; font-weight: bold; }
  h1 { font-size: 15pt; margin: 2pt 0 4pt 0; }
  table.layout { width: 100%; border-collapse: collapse; }
  table.layout td { vertical-align: top; border: none; }
  td.left { width: 32%; background: #eef3ee; padding: 6pt 8pt; }
  td.right { width: 68%; padding: 6pt 0 6pt 12pt; }
  .lab { font-weight: bold; font-size: 8pt; text-transform: uppercase; color: #2b5f3a;
         margin-top: 7pt; margin-bottom: 1pt; }
  .labfirst { font-weight: bold; font-size: 8pt; text-transform: uppercase; color: #2b5f3a;
         margin-top: 0; margin-bottom: 1pt; }
  h2 { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10.5pt; margin: 8pt 0 2pt 0;
       color: #2b5f3a; }
  h2.first { margin-top: 0; }
  p { margin-top: 0; margin-bottom: 3pt; }
  ul { margin: 0 0 4pt 0; padding-left: 14pt; }
  li { margin-bottom: 3pt; }
  .small { font-size: 8pt; color: #444; }
</style>
</head>
<body>
<div class="top">
  <div class="org">Region Jämtland Härjedalen &middot; Östersunds kommun</div>
  <h1>Samordnad individuell plan (SIP) &ndash; inför utskrivning från slutenvård</h1>
  <p class="small">Patient: K., ÅÅMMDD-XXXX &nbsp;&nbsp; Vårdenhet: Psykiatriska kliniken avd. 3, Östersunds sjukhus</p>
</div>
<table class="layout">
<tr>
<td class="left" bgcolor="#eef3ee">
  <div class="labfirst">Datum</div>
  <p>2025-01-28</p>
  <div class="lab">Plats</div>
  <p>Psykiatriska kliniken avd. 3, Östersunds sjukhus (socialtjänsten via Teams)</p>
  <div class="lab">Deltagare</div>
  <p>Anders, överläkare, Psykiatriska kliniken avd. 3</p>
  <p>Linnea, sjuksköterska, Psykiatriska kliniken avd. 3</p>
  <p>Karin, sjuksköterska, Psykiatriska öppenvårdsmottagningen Östersund</p>
  <p>Sofia, socialsekreterare, Vuxenenheten, Östersunds kommun</p>
  <p>Mats, distriktsläkare, Hälsocentralen Lugnvik</p>
  <div class="lab">Huvudansvar</div>
  <p>Karin, sjuksköterska och fast vårdkontakt, Psykiatriska öppenvårdsmottagningen Östersund</p>
  <div class="lab">Uppföljning</div>
  <p>2025-02-25 kl. 09.30, Psykiatriska öppenvårdsmottagningen Östersund</p>
  <div class="lab">Upprättad av</div>
  <p>Linnea, sjuksköterska, avd. 3</p>
</td>
<td class="right">
  <h2 class="first">Bakgrund</h2>
  <p>K. är 52 år och har vårdats på avd. 3 sedan 2025-01-09 på grund av en svår depression med
  suicidtankar, som debuterade efter att han blev uppsagd från sitt arbete på ett sågverk i
  höstas. Han har inte haft kontakt med psykiatrisk öppenvård tidigare. K. bor ensam i villa i
  Brunflo och har typ 2-diabetes som sköts av hälsocentralen. Han har förbättrats under vårdtiden
  och bedöms kunna skrivas ut 2025-01-31.</p>

  <h2>Syfte</h2>
  <p>Planen ska säkra att K. får fortsatt psykiatrisk behandling och praktiskt stöd i vardagen
  direkt efter utskrivningen den 31 januari, så att han inte blir ensam utan kontakt med vården
  under de första veckorna hemma i Brunflo.</p>

  <h2>Frågeställningar</h2>
  <p>Gå igenom läget.</p>

  <h2>Mål</h2>
  <p>Målet är att K. ska kunna bo kvar hemma, ha en fungerande dygnsrytm och på sikt återgå i
  arbete eller annan sysselsättning.</p>

  <h2>Insatser</h2>
  <ul>
    <li>Första besök hos fast vårdkontakt på Psykiatriska öppenvårdsmottagningen 2025-02-03,
    därefter samtal varje vecka under februari. Ansvarig: Karin, sjuksköterska.</li>
    <li>Läkarbesök för uppföljning av den antidepressiva medicineringen 2025-02-12. Ansvarig:
    psykiater, Psykiatriska öppenvårdsmottagningen Östersund.</li>
    <li>Hembesök för att utreda behov av boendestöd 2025-02-04. Ansvarig: Sofia,
    socialsekreterare, Vuxenenheten Östersunds kommun.</li>
    <li>Kontroll av blodsocker och blodtryck efter vårdtiden, besök 2025-02-18. Ansvarig:
    distriktsläkare, Hälsocentralen Lugnvik.</li>
    <li>Läkemedelslista och recept för fyra veckor skickas med vid utskrivningen 2025-01-31.
    Ansvarig: Anders, överläkare, avd. 3.</li>
  </ul>

  <h2>Andra aktörer</h2>
  <ul>
    <li>Försäkringskassan: K. ansöker själv om sjukpenning senast 2025-02-07. Sofia hjälper
    honom att fylla i ansökan vid hembesöket 2025-02-04.</li>
    <li>Arbetsförmedlingen: K. är inskriven som arbetssökande. Han kontaktar själv sin
    handläggare under februari för att pausa aktivitetskraven under sjukskrivningen.</li>
  </ul>
</td>
</tr>
</table>
</body>
</html>
"""


def make_06():
    tmp = tempfile.mkdtemp(prefix="f50b-")
    try:
        src = os.path.join(tmp, PREFIX + "06.html")
        with open(src, "w", encoding="utf-8") as f:
            f.write(HTML_06)
        cmd = ["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless",
               "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export",
               "--outdir", tmp, src]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=180)
        shutil.copy(os.path.join(tmp, PREFIX + "06.pdf"), out("06.pdf"))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ================================================================ 07 DOCX half-filled template
GREY = RGBColor(0x80, 0x80, 0x80)


def guidance(doc, text):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.italic = True
    r.font.color.rgb = GREY
    r.font.size = Pt(10)
    return p


def make_07():
    doc = Document()
    base_font(doc, "Arial", 10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    ht = sec.header.paragraphs[0]
    ht.text = "Region Jämtland Härjedalen och länets kommuner\tMall SIP, version 2024:1"
    ht.runs[0].font.size = Pt(8)
    ft = sec.footer.paragraphs[0]
    ft.text = "Samordnad individuell plan enligt 2 kap. 7 § SoL och 16 kap. 4 § HSL"
    ft.runs[0].font.size = Pt(8)

    title = doc.add_paragraph()
    r = title.add_run("SAMORDNAD INDIVIDUELL PLAN (SIP)")
    r.bold = True
    r.font.size = Pt(15)

    t = doc.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    vals = [("Namn", "B."), ("Personnummer", "ÅÅMMDD-XXXX"),
            ("Datum för mötet", "2025-03-11"), ("Plats", "Hälsocentralen Strömsund")]
    for i, (k, v) in enumerate(vals):
        row = t.rows[i // 2]
        c_lab = row.cells[(i % 2) * 2]
        c_val = row.cells[(i % 2) * 2 + 1]
        c_lab.text = ""
        rr = c_lab.paragraphs[0].add_run(k)
        rr.bold = True
        rr.font.size = Pt(9)
        set_cell_bg(c_lab, "EDEDED")
        c_val.text = v
    doc.add_paragraph()

    def h(text):
        p = doc.add_heading(text, level=2)
        return p

    h("1. Syfte")
    doc.add_paragraph("Att få en gemensam bild.")

    h("2. Frågeställningar")
    guidance(doc, "Vilka frågor behöver lösas på mötet? Formulera gärna frågorna tillsammans "
                  "med den enskilde och/eller närstående.")

    h("3. Deltagare")
    dt = doc.add_table(rows=1, cols=3)
    dt.style = "Table Grid"
    hdr = ("Namn", "Funktion", "Verksamhet")
    for i, x in enumerate(hdr):
        c = dt.rows[0].cells[i]
        c.text = ""
        rr = c.paragraphs[0].add_run(x)
        rr.bold = True
        set_cell_bg(c, "D9E2EC")
    set_repeat_header(dt.rows[0])
    for row in [("B.", "Den enskilde", "–"),
                ("Ingrid", "Distriktssköterska", "Hälsocentralen Strömsund, Region JH"),
                ("Tomas", "Biståndshandläggare", "Äldreomsorgen, Strömsunds kommun"),
                ("Hanna", "Kurator", "Minnesmottagningen, Östersunds sjukhus"),
                ("Per", "Enhetschef", "Hemtjänsten Strömsund, Strömsunds kommun")]:
        cells = dt.add_row().cells
        for i, x in enumerate(row):
            cells[i].text = x
    doc.add_paragraph()

    h("4. Den enskildes mål och önskemål")
    guidance(doc, "Skriv den enskildes mål med hans eller hennes egna ord. Vad är viktigt "
                  "för den enskilde? Hur har den enskilde varit delaktig i planeringen?")

    h("5. Samtycke")
    p = doc.add_paragraph()
    p.add_run("Den enskilde samtycker till att berörda verksamheter utbyter information: ")
    p = doc.add_paragraph("☒ Muntligt     ☐ Skriftligt     Datum: 2025-03-11")
    p = doc.add_paragraph("Inhämtat av: Tomas, biståndshandläggare, i samband med mötet.")

    h("6. Insatser och ansvar")
    guidance(doc, "Beskriv varje insats, vem som ansvarar (verksamhet och funktion) och när "
                  "insatsen ska starta eller vara klar.")
    it = doc.add_table(rows=1, cols=3)
    it.style = "Table Grid"
    for i, x in enumerate(("Insats", "Ansvarig verksamhet/funktion", "När")):
        c = it.rows[0].cells[i]
        c.text = ""
        rr = c.paragraphs[0].add_run(x)
        rr.bold = True
        set_cell_bg(c, "D9E2EC")
    set_repeat_header(it.rows[0])
    for _ in range(3):
        it.add_row()
    doc.add_paragraph()

    h("7. Andra aktörers insatser")
    guidance(doc, "Ange insatser från andra aktörer, t.ex. Försäkringskassan, "
                  "Arbetsförmedlingen, god man eller närstående, och vem som gör vad. Om det "
                  "inte finns några andra aktörer, skriv det.")

    h("8. Huvudansvar för planen")
    doc.add_paragraph("Tomas, biståndshandläggare, Äldreomsorgen Strömsunds kommun.")

    h("9. Uppföljning")
    doc.add_paragraph("Om ca tre månader. Tomas kallar.")
    save_docx(doc, out("07.docx"), author="Strömsunds kommun")


# ================================================================ 08 DOCX request (not a plan)
def make_08():
    doc = Document()
    base_font(doc, "Calibri", 10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    hp = sec.header.paragraphs[0]
    hp.text = "Umeå kommun  ·  Region Västerbotten\tBlankett SIP 1"
    hp.runs[0].font.size = Pt(8)

    tp = doc.add_paragraph()
    r = tp.add_run("Begäran om samordnad individuell plan (SIP)")
    r.bold = True
    r.font.size = Pt(15)
    doc.add_paragraph("Blanketten används för att begära att ett SIP-möte kallas. Skickas till "
                      "den verksamhet som ska kalla till mötet. Planen upprättas på mötet.")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"

    def sect(title):
        row = t.add_row()
        a, b = row.cells
        m = a.merge(b)
        m.text = ""
        rr = m.paragraphs[0].add_run(title)
        rr.bold = True
        set_cell_bg(m, "DCE6F0")

    def field(k, v):
        row = t.add_row()
        row.cells[0].text = ""
        rr = row.cells[0].paragraphs[0].add_run(k)
        rr.bold = True
        rr.font.size = Pt(9.5)
        row.cells[0].width = Cm(5.5)
        row.cells[1].width = Cm(11.5)
        row.cells[1].text = v

    sect("1. Uppgifter om den enskilde")
    field("Namn", "S.")
    field("Personnummer", "XXXXXX-XXXX")
    field("Vårdnadshavare (om barn)", "–")
    field("Kontaktuppgifter", "Nås via mottagningen, 070-XXX XX XX")

    sect("2. Begäran görs av")
    field("Vem begär SIP?", "☐ Den enskilde   ☐ Närstående   ☒ Verksamhet")
    field("Namn och funktion", "Helena, kurator")
    field("Verksamhet", "Vuxenpsykiatriska mottagningen Umeå, Region Västerbotten")
    field("Nås via", "Växeln")
    field("Datum för begäran", "2025-03-17")

    sect("3. Varför behövs en SIP?")
    field("Beskriv behovet av samordning",
          "S. är 41 år och har bipolär sjukdom. Hon har under vintern haft en depressiv period, "
          "har slutat gå till sin dagliga sysselsättning och har fått betalningsanmärkningar. "
          "Hon har kontakt med flera verksamheter som inte vet om varandra, och hon upplever "
          "själv att hon ”måste berätta allt flera gånger”. Vi bedömer att insatserna från "
          "psykiatrin, socialtjänsten och hälsocentralen behöver samordnas.")
    field("Den enskildes önskemål inför mötet",
          "S. vill att mötet hålls på mottagningen och att hennes syster får följa med.")

    sect("4. Verksamheter som föreslås bjudas in")
    field("Kommun", "☒ Socialtjänsten, Vuxenenheten Umeå kommun\n"
                    "☒ Socialpsykiatrin, sysselsättning\n☐ Hemtjänst\n☐ Skola")
    field("Region", "☒ Vuxenpsykiatriska mottagningen Umeå\n☒ Hälsocentralen Ålidhem\n☐ BUP")
    field("Andra", "☐ Försäkringskassan   ☐ Arbetsförmedlingen   ☒ Närstående (syster)")

    sect("5. Samtycke")
    field("Den enskilde samtycker till att SIP-möte kallas och att uppgifter lämnas till de "
          "verksamheter som bjuds in",
          "☒ Ja   ☐ Nej")
    field("Hur och när", "Muntligt vid besök på mottagningen 2025-03-14")

    sect("6. Önskat mötesdatum")
    field("Förslag", "Vecka 14, helst förmiddag")

    sect("7. Underskrift")
    field("Ort och datum", "Umeå 2025-03-17")
    field("Underskrift", "Helena, kurator")

    doc.add_paragraph()
    g = doc.add_paragraph()
    rr = g.add_run("Den verksamhet som tar emot begäran ansvarar för att kalla till SIP-möte "
                   "inom två veckor.")
    rr.italic = True
    rr.font.size = Pt(9)
    save_docx(doc, out("08.docx"), author="Umeå kommun")


def main():
    os.makedirs(OUT, exist_ok=True)
    make_01()
    make_02()
    make_03()
    make_04()
    make_05()
    make_06()
    make_07()
    make_08()
    print("done:", sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()
