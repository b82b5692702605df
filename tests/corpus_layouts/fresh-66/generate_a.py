#!/usr/bin/env python
"""Generate the f66a batch: eight fictional, anonymized documents set in Södermanland.

Run with /work/batches/.venv/bin/python generate.py  (calls soffice for f66a-06.pdf).
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
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f66a"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def path(nn, ext):
    return os.path.join(OUT, f"{PREFIX}-{nn}.{ext}")


# ---------------------------------------------------------------- helpers
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
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    return cell


def set_col_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for idx, w in enumerate(widths):
            row.cells[idx].width = w


def add_page_number_field(paragraph):
    run = paragraph.add_run()
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    run._r.append(f1)
    run._r.append(instr)
    run._r.append(f2)
    run._r.append(t)
    run._r.append(f3)


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


def a4(doc, margin_cm=2.0):
    for sec in doc.sections:
        sec.page_width = Cm(21.0)
        sec.page_height = Cm(29.7)
        sec.left_margin = sec.right_margin = Cm(margin_cm)
        sec.top_margin = Cm(2.0)
        sec.bottom_margin = Cm(2.0)


def fix_core(doc, title, author):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    import datetime
    cp.created = datetime.datetime(2025, 1, 1, 9, 0, 0)
    cp.modified = datetime.datetime(2025, 1, 1, 9, 0, 0)
    a4(doc)


# ======================================================================
# 01  docx, three-column table Rubrik | Text | Kommentar  (psychosis, Eskilstuna)
# ======================================================================
def make_01():
    doc = Document()
    base_font(doc, "Calibri", 10.5)
    fix_core(doc, "SIP Mikael", "Socialpsykiatrin")
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hp.text = "Eskilstuna kommun  •  Region Sörmland\tSamordnad individuell plan (SIP)\tUTKAST – granskad"
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Sida "
    add_page_number_field(fp)
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    h = doc.add_heading("Samordnad individuell plan – SIP", level=1)
    p = doc.add_paragraph()
    r = p.add_run("Mikael, 38 år, Eskilstuna. Möte 2025-03-27 kl. 13.30–15.00, Psykiatrin Eskilstuna, "
                  "psykosmottagningen.")
    r.italic = True
    p = doc.add_paragraph()
    r = p.add_run("Kommentarer i högra kolumnen från granskning 2025-03-31 (Helena, SIP-samordnare).")
    r.font.size = Pt(8.5)
    r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)

    rows = [
        ("Den enskilde",
         "Mikael, ÅÅMMDD-XXXX. Bor i egen hyreslägenhet i Eskilstuna. Ensamstående, inga barn.",
         ""),
        ("Bakgrund",
         "Mikael har schizofreni sedan 2011 och har haft tre perioder av slutenvård, senast "
         "januari–februari 2025 efter att han slutat med sin medicin under hösten. Han har då "
         "slutat öppna post, hyran har inte betalats i tre månader och han har fått en "
         "betalningsvarning. Han har också skulder på obetalda mobil- och elräkningar. Mikael är sedan "
         "utskrivningen 2025-02-14 tillbaka i lägenheten men har svårt att få ordning på städning, "
         "mat och ekonomi.",
         ""),
        ("Syfte med SIP",
         "Att psykiatrin, socialpsykiatrin och skuldrådgivningen samordnar sig så att Mikael kan "
         "behålla sin lägenhet, fortsätta med depåinjektionerna och få ordning på hyresskulden innan "
         "kontraktet sägs upp.",
         "Bra, tydligt."),
        ("Frågeställningar",
         "Gå igenom läget.",
         "Vagt – vilka frågor ska mötet svara på?"),
        ("Mikaels mål",
         "",
         "Saknas. Fråga M. vid nästa möte."),
        ("Mikaels delaktighet",
         "Mikael deltog under hela mötet. Han tycker att det är för många som ringer honom och "
         "önskar att samtalen med psykiatrin läggs på eftermiddagar eftersom han sover dåligt "
         "och har svårt att komma iväg på förmiddagen.",
         "Bra"),
        ("Samtycke",
         "Samtycke finns.",
         "Hur och när? Muntligt/skriftligt?"),
        ("Insats 1 – Läkemedel",
         "Depåinjektion var tredje vecka samt läkarbesök för utvärdering av dos och biverkningar.\n"
         "Ansvar: sjuksköterska Anna, öppenvårdsteam psykos, Psykiatrin Eskilstuna.\n"
         "När: nästa injektion 2025-04-03, därefter var tredje vecka. Läkarbesök 2025-05-08.",
         "Bra"),
        ("Insats 2 – Boendestöd",
         "Boendestöd två gånger i veckan (tisdag och fredag eftermiddag): stöd med städning, "
         "matinköp och att öppna och sortera post.\n"
         "Ansvar: boendestödjare Kim, Socialpsykiatrin Eskilstuna kommun.\n"
         "När: start tisdag 2025-04-08.",
         ""),
        ("Insats 3 – Ekonomi",
         "Genomgång av skulder, förslag till avbetalningsplan för hyresskulden och "
         "bedömning av om ansökan om skuldsanering är aktuell.\n"
         "Ansvar: budget- och skuldrådgivare, Budget- och skuldrådgivningen Eskilstuna kommun.",
         "Tid saknas"),
        ("Insats 4 – Somatisk hälsa",
         "Årlig metabol kontroll (vikt, midjemått, blodtryck, blodfetter och blodsocker) med "
         "anledning av antipsykotisk behandling.\n"
         "Ansvar: distriktssköterska, Vårdcentralen Skiftinge.\n"
         "När: 2025-04-22 kl. 14.00.",
         ""),
        ("Huvudansvarig för planen",
         "",
         "Ska fyllas i innan planen skickas ut!"),
        ("Uppföljning",
         "Om ca tre månader. Kallelse skickas ut.",
         "Datum?"),
        ("Deltagare",
         "Mikael\n"
         "Anna, sjuksköterska, öppenvårdsteam psykos, Psykiatrin Eskilstuna\n"
         "Per, överläkare, Psykiatrin Eskilstuna\n"
         "Kim, boendestödjare, Socialpsykiatrin Eskilstuna kommun\n"
         "Sara, biståndshandläggare, Vuxenenheten, Socialtjänsten Eskilstuna kommun",
         "OK"),
    ]
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = t.rows[0]
    mark_header_row(hdr)
    for c, txt in zip(hdr.cells, ("Rubrik", "Text", "Kommentar")):
        cell_text(c, txt, bold=True)
        set_cell_shading(c, "D9E2F3")
    for rub, txt, kom in rows:
        cells = t.add_row().cells
        cell_text(cells[0], rub, bold=True)
        cell_text(cells[1], txt)
        cell_text(cells[2], kom, italic=True, size=9, color="C00000")
    set_col_widths(t, [Cm(4.0), Cm(9.5), Cm(3.5)])
    doc.add_paragraph()
    p = doc.add_paragraph("Planen skickas till deltagarna när den är färdigställd.")
    p.runs[0].font.size = Pt(9)
    doc.save(path("01", "docx"))


# ======================================================================
# 02  fpdf2 grid of boxes two across, coloured label band (heart failure, Nyköping)
# ======================================================================
class BoxPDF(FPDF):
    def header(self):
        self.set_font("DV", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(60, 4, "SamVerka 3.2  –  Samordnad individuell plan (SIP)", new_x="RIGHT", new_y="TOP")
        self.cell(60, 4, "Utskrivet 2025-02-18 15:47", align="C", new_x="RIGHT", new_y="TOP")
        self.cell(0, 4, f"Sida {self.page_no()} ({{nb}})", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("DV", "", 7)
        self.set_text_color(110, 110, 110)
        self.cell(0, 4, "Region Sörmland  •  Nyköpings kommun   –   Utskrift ur SamVerka, ej signerad kopia",
                  align="C")
        self.set_text_color(0, 0, 0)


def make_02():
    pdf = BoxPDF(format="A4")
    pdf.add_font("DV", "", FONT)
    pdf.add_font("DV", "B", FONT_B)
    import datetime
    pdf.set_creation_date(datetime.datetime(2025, 2, 18, 15, 47, tzinfo=datetime.timezone.utc))
    pdf.set_auto_page_break(False)
    pdf.set_margins(15, 12, 15)
    pdf.add_page()
    pdf.set_font("DV", "B", 14)
    pdf.cell(0, 8, "Samordnad individuell plan (SIP)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 9)
    pdf.cell(0, 5, "Plan nr 1  •  Status: Fastställd  •  Ärende SIP-NYK-2025-031", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    gap = 5
    colw = (pdf.w - pdf.l_margin - pdf.r_margin - gap) / 2
    band_h = 6
    lh = 4.6
    pad = 2

    boxes = [
        ("Personuppgifter",
         "Elsa, 80 år\nPersonnummer: ÅÅMMDD-XXXX\nNyköpings kommun\nBor ensam i lägenhet, 2 tr med hiss"),
        ("Mötesuppgifter",
         "Datum: 2025-02-18\nTid: 13.30–14.45\nPlats: i Elsas hem, Nyköping\nSammankallande: se Huvudansvar"),
        ("Bakgrund",
         "Elsa har hjärtsvikt (NYHA III), förmaksflimmer och nedsatt njurfunktion. Hon har vårdats "
         "på medicinkliniken Nyköpings lasarett tre gånger sedan oktober 2024 för vätskeansamling, "
         "senast 2025-01-30 – 2025-02-10. Hon glömmer ibland att ta sina vätskedrivande tabletter "
         "och har svårt att orka handla och laga mat."),
        ("Syfte",
         "Samordning av insatser."),
        ("Frågeställningar",
         ""),
        ("Den enskildes mål",
         "Målet är att Elsa ska kunna bo kvar hemma och slippa fler inläggningar på sjukhus under 2025."),
        ("Den enskildes delaktighet",
         "Elsa deltog i mötet, som hölls hemma hos henne för att hon ska slippa åka. Hon vill inte "
         "flytta till särskilt boende. Hon önskar att morgonbesöket inte kommer före kl. 08.00 och "
         "att det så långt det går är samma personal som kommer."),
        ("Huvudansvar",
         "Hemsjukvården"),
        ("Insats: Hemtjänst",
         "Tillsyn morgon och kväll, hjälp med frukost och kvällsmål samt att fylla i vätskelistan.\n"
         "Ansvar: kontaktman, Hemtjänst Nyköping Väster.\nStart: 2025-02-19."),
        ("Insats: Hemsjukvård",
         "Sjuksköterska delar dosett varannan vecka och går igenom vikt- och vätskelistan. Kontakt "
         "med hjärtsviktsmottagningen vid viktökning mer än 2 kg på tre dagar.\n"
         "Ansvar: sjuksköterska, Hemsjukvården Nyköpings kommun.\nFörsta besök: 2025-02-20, därefter "
         "varannan torsdag."),
        ("Insats: Hjärtsviktsmottagningen",
         "Återbesök för dosjustering av vätskedrivande och kontroll av njurvärden.\n"
         "Ansvar: hjärtsviktssjuksköterska, Hjärtsviktsmottagningen Nyköpings lasarett.\n"
         "När: 2025-03-12 kl. 10.20."),
        ("Insats: Vårdcentral",
         "Läkemedelsgenomgång och bedömning av blodförtunnande behandling.\n"
         "Ansvar: läkare, Vårdcentralen Nyköping.\nNär: 2025-03-25 kl. 09.00."),
        ("Insats: Biståndsenheten",
         "Beslut om trygghetslarm och att larmet installeras.\n"
         "Ansvar: biståndshandläggare, Biståndsenheten Nyköpings kommun.\nNär: installerat senast 2025-02-21."),
        ("Andra aktörer",
         "Dottern Eva handlar åt Elsa varje lördag och följer med henne till hjärtsviktsmottagningen "
         "2025-03-12.\nElsa väger sig själv varje morgon före frukost och skriver vikten i viktdagboken "
         "som hemtjänsten tar fram."),
        ("Uppföljning",
         "Uppföljande SIP-möte 2025-05-20 kl. 13.30 i Elsas hem."),
        ("Deltagare vid mötet",
         ""),
    ]

    def box_height(label, value):
        pdf.set_font("DV", "", 9)
        n = len(pdf.multi_cell(colw - 2 * pad, lh, value or " ", dry_run=True, output="LINES", align="L")) if value else 1
        return band_h + pad + n * lh + pad + 2

    bottom = pdf.h - 18
    for i in range(0, len(boxes), 2):
        pair = boxes[i:i + 2]
        hh = max(box_height(*b) for b in pair)
        hh = max(hh, 18)
        if pdf.get_y() + hh > bottom:
            pdf.add_page()
        y0 = pdf.get_y()
        for j, (label, value) in enumerate(pair):
            x0 = pdf.l_margin + j * (colw + gap)
            pdf.set_fill_color(0, 98, 122)
            pdf.set_draw_color(0, 98, 122)
            pdf.rect(x0, y0, colw, band_h, style="F")
            pdf.set_xy(x0 + pad, y0 + 0.6)
            pdf.set_text_color(255, 255, 255)
            pdf.set_font("DV", "B", 9)
            pdf.cell(colw - 2 * pad, band_h - 1.2, label)
            pdf.set_text_color(0, 0, 0)
            pdf.set_draw_color(120, 120, 120)
            pdf.rect(x0, y0, colw, hh)
            pdf.set_xy(x0 + pad, y0 + band_h + pad)
            pdf.set_font("DV", "", 9)
            if value:
                pdf.multi_cell(colw - 2 * pad, lh, value, align="L")
        pdf.set_y(y0 + hh + 4)

    pdf.ln(2)
    pdf.set_font("DV", "", 8)
    pdf.multi_cell(0, 4, "Planen är upprättad i SamVerka av Hemsjukvården Nyköpings kommun 2025-02-18.")
    pdf.output(path("02", "pdf"))


# ======================================================================
# 03  txt, web form paste, TAB between label and value (eating disorder, Katrineholm)
# ======================================================================
def make_03():
    lines = [
        ("Formulär", "SIP – samordnad individuell plan (webbformulär, e-tjänst)"),
        ("Inskickat", "2025-04-09 16:12"),
        ("Förnamn", "Ella"),
        ("Ålder", "16 år"),
        ("Kommun", "Katrineholm"),
        ("Personnummer", "XXXXXX-XXXX"),
        ("Datum för mötet", "2025-04-09"),
        ("Plats för mötet", "BUP Katrineholm"),
        ("Bakgrund", "Ella går första året på naturvetenskapsprogrammet. Hon har sedan i höstas gått ner "
                     "drygt 9 kg och fick i februari diagnosen anorexia nervosa på BUP Katrineholm. Hon "
                     "hoppar nästan alltid över lunchen i skolan, tränar mycket och har varit frånvarande "
                     "ca 30 % sedan jullovet. Mamma och pappa är oroliga och Ella själv tycker att skolan "
                     "har blivit för tung."),
        ("Syfte med SIP", "Att BUP:s behandling och skolans anpassningar ska hänga ihop så att Ella kan äta "
                          "regelbundet under skoldagen, stoppa viktnedgången och klara sin utbildning "
                          "utan att behöva göra om året."),
        ("Frågeställningar", "Hur löser vi lunchen i skolan så att Ella faktiskt äter? Kan Ella gå ner i "
                             "studietakt under resten av vårterminen? Vem i skolan ska BUP kontakta om "
                             "vikten fortsätter att gå ner?"),
        ("Den enskildes mål", "\"Jag vill kunna äta lunch med mina kompisar igen och orka spela fotboll med "
                              "laget till hösten.\""),
        ("Delaktighet", "Ella var med på hela mötet tillsammans med mamma. Ella vill inte att alla lärare i "
                        "klassen ska få veta diagnosen, bara mentor och skolsköterska. Hon önskar att hon "
                        "får äta i ett mindre rum och inte i matsalen de första veckorna."),
        ("Samtycke", ""),
        ("Insats 1", "Behandlingssamtal (familjebaserad behandling) och vägning varje tisdag kl. 15.00 – "
                     "behandlare, BUP Katrineholm. Start 2025-04-15."),
        ("Insats 2", "Lunch i lugn miljö (rum vid elevhälsan) med stöd av en vuxen alla skoldagar – "
                     "skolsköterska, elevhälsan Duveholmsgymnasiet. Start 2025-04-14."),
        ("Insats 3", "Plan för anpassad studiegång, t.ex. att Ella läser idrott och moderna språk senare – "
                     "studie- och yrkesvägledare tillsammans med mentor, Duveholmsgymnasiet."),
        ("Insats 4", "Läkarkontroll med puls, blodtryck och blodprover varannan vecka – läkare, "
                     "BUP Katrineholm. Första kontroll 2025-04-22."),
        ("Andra aktörer", "Föräldrarna berörs också."),
        ("Huvudansvarig", ""),
        ("Nästa uppföljning", ""),
        ("Deltagare", "Ella, mamma Karin, Johanna, Mats, Lisa, Erik"),
        ("Ifylld av", "Johanna"),
    ]
    text = "".join(f"{k}\t{v}\n" for k, v in lines)
    with open(path("03", "txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# ======================================================================
# 04  md, meeting summary with bold clock times (ADHD, Strängnäs)
# ======================================================================
def make_04():
    md = """# SIP-möte Noah, 7 år – minnesanteckningar

Onsdag 2025-05-14, kl. 13.00–14.35, konferensrummet på Finningeskolan, Strängnäs.
Antecknat av Emil (specialpedagog).

**13:00** Mötet öppnas och alla presenterar sig. Närvarande: Noahs mamma Jenny och pappa Ali;
Karin, klasslärare åk 1, Finningeskolan, Strängnäs kommun; Emil, specialpedagog, Finningeskolan;
Malin, kurator, elevhälsan Strängnäs kommun; Ola, fritidspedagog, fritidshemmet Finningeskolan;
Sofia, läkare, BUP Strängnäs; Hanna, sjuksköterska, BUP Strängnäs. Noah var inte med på mötet.

**13:05** Sofia berättar att BUP:s neuropsykiatriska utredning blev klar i mars och att Noah har fått
diagnosen ADHD, kombinerad form. Medicinering med metylfenidat startade 2025-04-22 och är nu
uppe i 20 mg på morgonen. Karin beskriver att Noah har lättare att sitta kvar på lektionerna på
förmiddagen sedan medicinstarten men att det fortfarande blir konflikter på rasterna, ungefär tre
i veckan, och att han springer ut ur klassrummet när det blir stökigt.

**13:15** Frågor som mötet behöver ta ställning till: Ska Noah ha en vuxen med sig på
förmiddagsrasten? Varför blir eftermiddagarna på fritids så mycket sämre – går medicinen ur?
Behöver skolan en skattning från klassrummet innan läkarbesöket i juni?

**13:30** BUP: Hanna ringer föräldrarna 2025-05-21 för att stämma av biverkningar, sömn och aptit.
Läkarbesök för utvärdering av dos och eventuell eftermiddagsdos hos Sofia 2025-06-05 kl. 10.00.

**13:45** Skattning: Karin fyller i en skattningsskala för klassrumssituationen och skickar den till
BUP senast 2025-06-02. Ola gör samma sak för fritids till samma datum.

**13:55** Skolan: Från måndag 2025-05-19 har Noah en fast vuxen (elevassistent) med sig på
förmiddagsrasten och får ett bildschema på bänken. Emil ansvarar för att schema och bildstöd finns på
plats. Malin gör en kartläggning av vad som händer på rasterna innan konflikterna uppstår.

**14:10** Fritids: Ola ordnar en lugn vrå och en fast vuxen som Noah kan gå till när det blir för
mycket, från 2025-05-19. Tillsammans med Hanna på BUP går Ola igenom hur fritids märker att
medicinen går ur, vid telefonmöte 2025-05-28.

**14:25** Huvudansvar: skolan håller ihop planen och kallar till nästa möte.

**14:30** Nästa SIP-möte bestäms till onsdag 2025-09-10 kl. 13.00 på Finningeskolan.

**14:35** Mötet avslutas. Anteckningarna skickas ut till deltagarna.
"""
    with open(path("04", "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ======================================================================
# 05  docx, Word-numbered list 1–9 (MS, Flen)
# ======================================================================
def make_05():
    doc = Document()
    base_font(doc, "Arial", 10.5)
    fix_core(doc, "SIP Lena", "Vård och omsorg Flen")
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Flens kommun – Vård och omsorg"
    hp.runs[0].font.size = Pt(8)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    doc.add_heading("SIP – samordnad individuell plan", level=1)
    p = doc.add_paragraph()
    p.add_run("Lena, 45 år").bold = True
    p.add_run(", Flen. SIP-möte 2025-02-10 kl. 09.00–10.30 på Vårdcentralen Flen.")
    doc.add_paragraph()

    items = [
        ("Syfte.", " Vi träffas för att samordna stödet i hemmet och rehabiliteringen nu när Lenas MS "
                   "har försämrats efter skovet i december, så att hon klarar trappan och duschen hemma "
                   "och så att Lena och hennes make vet vem de ska vända sig till när något inte fungerar."),
        ("Bakgrund.", " Lena har skovvis förlöpande MS sedan 2012. Efter skovet i december 2024 har hon "
                      "nedsatt kraft i vänster ben, går med rollator inomhus och är mycket trött. Hon har "
                      "inte arbetat sedan 2023. Hon bor i villa utanför Flen med maken Tomas och två "
                      "tonåringar. Badrummet ligger på övervåningen."),
        ("Frågeställningar.", " Vi går igenom hur det har gått sedan sist och pratar om framtiden."),
        ("Mål.", " Målet är att Lena ska kunna bo kvar i villan och klara sin personliga hygien med stöd."),
        ("Insatser.", " Stöd i vardagen vid behov. Fortsatt rehabilitering. Fortsatt kontakt som tidigare."),
        ("Andra aktörer.", " Maken Tomas och Försäkringskassan berörs också."),
        ("Huvudansvar.", " Huvudansvarig för planen är Ingrid, biståndshandläggare, Vård och omsorg, "
                         "Flens kommun."),
        ("Samtycke.", " Lena gav skriftligt samtycke till SIP och till att informationen delas mellan "
                      "deltagarna, på blanketten ”Samtycke till SIP”, undertecknad 2025-02-10."),
        ("Deltagare.", " Lena; maken Tomas; Ingrid, biståndshandläggare, Vård och omsorg, Flens kommun; "
                       "Maria, arbetsterapeut, Rehab Flens kommun; Sara, distriktssköterska, Vårdcentralen "
                       "Flen; Anders, fysioterapeut, Neurologmottagningen Mälarsjukhuset Eskilstuna."),
    ]
    for head, rest in items:
        p = doc.add_paragraph(style="List Number")
        r = p.add_run(head)
        r.bold = True
        p.add_run(rest)
        p.paragraph_format.space_after = Pt(6)

    doc.add_paragraph()
    p = doc.add_paragraph("Upprättad 2025-02-10 av Ingrid, biståndshandläggare.")
    p.runs[0].font.size = Pt(9)
    doc.save(path("05", "docx"))


# ======================================================================
# 06  docx -> pdf via LibreOffice: participants table with Närvarande ☒/☐ and signature
#     (autism + depression, Oxelösund)
# ======================================================================
def make_06(tmpdir):
    doc = Document()
    base_font(doc, "Liberation Sans", 10)
    fix_core(doc, "SIP Johan", "Vuxenpsykiatrin Nyköping")
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hp.text = "Region Sörmland  |  Oxelösunds kommun\t\tSIP 2025-09-09"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Samordnad individuell plan – Johan   •   Sida "
    fp.runs[0].font.size = Pt(8)
    add_page_number_field(fp)

    doc.add_heading("Samordnad individuell plan (SIP)", level=1)
    p = doc.add_paragraph()
    p.add_run("Den enskilde: ").bold = True
    p.add_run("Johan, 20 år, Oxelösund. Personnummer ÅÅMMDD-XXXX.")
    p = doc.add_paragraph()
    p.add_run("Möte: ").bold = True
    p.add_run("2025-09-09 kl. 13.00–14.30, Vuxenpsykiatrin Nyköping, öppenvårdsmottagningen.")

    doc.add_heading("Deltagare", level=2)
    parts = [
        ("Johan", "Den enskilde", "–", False),
        ("Linnea", "Kurator, fast vårdkontakt", "Vuxenpsykiatrin Nyköping", True),
        ("Ahmed", "Specialistläkare", "Vuxenpsykiatrin Nyköping", False),
        ("Camilla", "LSS-handläggare", "Socialförvaltningen Oxelösunds kommun", True),
        ("Jonas", "Boendestödjare", "Socialpsykiatrin Oxelösunds kommun", True),
        ("Eva", "Distriktssköterska", "Vårdcentralen Oxelösund", True),
    ]
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    hdr = t.rows[0]
    mark_header_row(hdr)
    for c, txt in zip(hdr.cells, ("Namn", "Funktion", "Verksamhet", "Närvarande", "Signatur")):
        cell_text(c, txt, bold=True, size=9)
        set_cell_shading(c, "E7E6E6")
    for name, fn, org, present in parts:
        cells = t.add_row().cells
        cell_text(cells[0], name, size=9)
        cell_text(cells[1], fn, size=9)
        cell_text(cells[2], org, size=9)
        cell_text(cells[3], "☒" if present else "☐", size=11)
        cells[3].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        cell_text(cells[4], "", size=9)
    for row in t.rows[1:]:
        row.height = Cm(0.9)
    set_col_widths(t, [Cm(2.3), Cm(3.6), Cm(5.0), Cm(2.6), Cm(3.5)])

    doc.add_heading("Syfte", level=2)
    doc.add_paragraph("Samordning.")

    doc.add_heading("Johans syn", level=2)
    doc.add_paragraph(
        "Johan var inte med på mötet. Linnea träffade Johan 2025-09-02 och han bad henne ta med "
        "följande till mötet: ”Jag vill orka börja på Komvux igen efter jul och kunna handla mat själv.” "
        "Han vill att boendestödet kommer på samma tider varje vecka och helst efter kl. 11.")

    doc.add_heading("Samtycke", level=2)
    doc.add_paragraph(
        "Johan gav muntligt samtycke till SIP och till att psykiatrin, kommunen och vårdcentralen delar "
        "information med varandra, i samtal med Linnea 2025-09-02. Samtycket är antecknat i journalen.")

    doc.add_heading("Bakgrund", level=2)
    doc.add_paragraph(
        "Johan har autism och en medelsvår depression sedan gymnasiet. Han bor i egen lägenhet i "
        "Oxelösund sedan ett år. Sedan våren har han mest varit hemma, sover oregelbundet, äter dåligt "
        "och har avbrutit studierna på Komvux. Han har ingen sysselsättning i dag. Sertralin sattes in "
        "i juni och han har samtalskontakt hos Linnea.")

    doc.add_heading("Insatser", level=2)
    ins = [
        ("Samtalsbehandling (KBT-inriktad) mot depression, fokus på dygnsrytm och aktivitet",
         "Kurator Linnea, Vuxenpsykiatrin Nyköping", "Varannan tisdag kl. 13 från 2025-09-16"),
        ("Läkarbesök för utvärdering av sertralin", "Specialistläkare, Vuxenpsykiatrin Nyköping",
         "2025-10-07"),
        ("Boendestöd tre gånger i veckan: veckoschema, matinköp, tvätt",
         "Boendestödjare Jonas, Socialpsykiatrin Oxelösunds kommun", "Mån/ons/fre från 2025-09-15"),
        ("Utredning av ansökan om daglig verksamhet enligt LSS",
         "LSS-handläggare Camilla, Oxelösunds kommun", "Beslut senast 2025-10-31"),
        ("Hälsokontroll med vikt och blodprover",
         "Distriktssköterska, Vårdcentralen Oxelösund", "2025-09-23"),
    ]
    t2 = doc.add_table(rows=1, cols=3)
    t2.style = "Table Grid"
    mark_header_row(t2.rows[0])
    for c, txt in zip(t2.rows[0].cells, ("Insats", "Ansvarig", "När")):
        cell_text(c, txt, bold=True, size=9)
        set_cell_shading(c, "E7E6E6")
    for a, b, c_ in ins:
        cells = t2.add_row().cells
        cell_text(cells[0], a, size=9)
        cell_text(cells[1], b, size=9)
        cell_text(cells[2], c_, size=9)
    set_col_widths(t2, [Cm(6.5), Cm(5.8), Cm(4.7)])

    doc.add_heading("Uppföljning", level=2)
    doc.add_paragraph("Nytt SIP-möte vecka 47.")

    src = os.path.join(tmpdir, f"{PREFIX}-06.docx")
    doc.save(src)
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file:///tmp/lo-{PREFIX}", "--headless",
         "--convert-to", "pdf", "--outdir", tmpdir, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.copy(os.path.join(tmpdir, f"{PREFIX}-06.pdf"), path("06", "pdf"))


# ======================================================================
# 07  docx, SIP at discharge from forensic psychiatric care (Eskilstuna)
# ======================================================================
def add_placeholder_sdt(doc, after_par, alias, sdt_id):
    """Block-level content control showing its placeholder text (empty field)."""
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    a = OxmlElement("w:alias")
    a.set(qn("w:val"), alias)
    tag = OxmlElement("w:tag")
    tag.set(qn("w:val"), alias)
    i = OxmlElement("w:id")
    i.set(qn("w:val"), str(sdt_id))
    ph = OxmlElement("w:placeholder")
    dp = OxmlElement("w:docPart")
    dp.set(qn("w:val"), "DefaultPlaceholder_-1854013440")
    ph.append(dp)
    sp = OxmlElement("w:showingPlcHdr")
    txt = OxmlElement("w:text")
    for el in (a, tag, i, ph, sp, txt):
        pr.append(el)
    content = OxmlElement("w:sdtContent")
    p = OxmlElement("w:p")
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    col = OxmlElement("w:color")
    col.set(qn("w:val"), "808080")
    rpr.append(col)
    r.append(rpr)
    t = OxmlElement("w:t")
    t.text = "Klicka eller tryck här för att ange text."
    r.append(t)
    p.append(r)
    content.append(p)
    sdt.append(pr)
    sdt.append(content)
    after_par._p.addnext(sdt)


def make_07():
    doc = Document()
    base_font(doc, "Calibri", 11)
    fix_core(doc, "SIP utskrivning RPK", "Rättspsykiatrin Region Sörmland")
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Region Sörmland – Rättspsykiatrin  |  Eskilstuna kommun – Socialpsykiatrin"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "SIP vid utskrivning, version 2025:1   Sida "
    fp.runs[0].font.size = Pt(8)
    add_page_number_field(fp)

    doc.add_heading("SIP – samordnad individuell plan vid utskrivning från rättspsykiatrisk vård", level=1)

    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    info = [
        ("Patient", "R., 40 år. Personnummer ÅÅMMDD-XXXX. Hemkommun Eskilstuna."),
        ("Vårdform", "Rättspsykiatrisk vård med särskild utskrivningsprövning. Ansökan om övergång till "
                     "öppen rättspsykiatrisk vård är inlämnad till förvaltningsrätten."),
        ("Planerad utskrivning", "2025-11-17 (förutsatt beslut från förvaltningsrätten)"),
        ("Datum för SIP-möte", "2025-10-21, Rättspsykiatriska kliniken, Region Sörmland"),
    ]
    for row, (k, v) in zip(t.rows, info):
        cell_text(row.cells[0], k, bold=True, size=10)
        set_cell_shading(row.cells[0], "F2F2F2")
        cell_text(row.cells[1], v, size=10)
    set_col_widths(t, [Cm(4.5), Cm(11.5)])

    doc.add_heading("1. Syfte med SIP", level=2)
    doc.add_paragraph("Samordning.")

    doc.add_heading("2. Bakgrund", level=2)
    doc.add_paragraph(
        "R. har paranoid schizofreni och har vårdats inom rättspsykiatrin sedan 2019 efter dom med "
        "överlämnande till rättspsykiatrisk vård. Han har under 2025 haft permissioner utan anmärkning, "
        "bland annat provboende på stödboendet sedan augusti med övernattning två nätter i veckan. "
        "Tidigare missbruk av amfetamin, drogfri enligt provtagning sedan 2021. Han har haft svårt med "
        "struktur på dagarna och med att ta sina tabletter själv.")

    h = doc.add_heading("3. Frågeställningar inför mötet", level=2)
    add_placeholder_sdt(doc, h, "Frågeställningar", 118244201)

    doc.add_heading("4. Den enskildes delaktighet", level=2)
    doc.add_paragraph("R. deltog inte i mötet.")

    doc.add_heading("5. Samtycke", level=2)
    doc.add_paragraph("Samtycke finns.")

    doc.add_heading("6. Planerade insatser", level=2)
    ins = [
        ("Boende", "Lägenhet på stödboende enligt SoL med personal dygnet runt.",
         "Biståndshandläggare, Vuxenenheten Eskilstuna kommun; enhetschef stödboendet, "
         "Socialpsykiatrin Eskilstuna kommun", "Inflyttning 2025-11-17"),
        ("Daglig sysselsättning", "Arbetsinriktad sysselsättning tre förmiddagar i veckan "
                                  "(snickeri/montering) på Verkstaden.",
         "Arbetskonsulent, Socialpsykiatrin Eskilstuna kommun", "Start 2025-12-01"),
        ("Läkemedel", "Depåinjektion paliperidon var fjärde vecka.",
         "Sjuksköterska, Rättspsykiatriska öppenvården Region Sörmland",
         "Första injektion efter utskrivning 2025-11-24"),
        ("Läkemedel", "Övriga läkemedel i dosett; personalen överlämnar morgon och kväll och signerar.",
         "Personal på stödboendet", ""),
        ("Öppen rättspsykiatrisk vård", "Besök hos kontaktperson varje vecka och läkarbesök en gång "
                                        "i månaden de första tre månaderna. Drogscreening enligt "
                                        "särskilda villkor.",
         "Kontaktperson och läkare, Rättspsykiatriska öppenvården Region Sörmland",
         "Från 2025-11-19, tisdagar"),
    ]
    t2 = doc.add_table(rows=1, cols=4)
    t2.style = "Table Grid"
    mark_header_row(t2.rows[0])
    for c, txt in zip(t2.rows[0].cells, ("Område", "Insats", "Ansvarig", "Tidpunkt")):
        cell_text(c, txt, bold=True, size=10)
        set_cell_shading(c, "DEEAF6")
    for a, b, c_, d in ins:
        cells = t2.add_row().cells
        cell_text(cells[0], a, size=10)
        cell_text(cells[1], b, size=10)
        cell_text(cells[2], c_, size=10)
        cell_text(cells[3], d, size=10)
    # the two medication rows share the "Område" cell
    m = t2.rows[3].cells[0].merge(t2.rows[4].cells[0])
    cell_text(m, "Läkemedel", size=10)
    set_col_widths(t2, [Cm(3.5), Cm(4.8), Cm(5.0), Cm(3.7)])

    doc.add_heading("7. Andra aktörer", level=2)
    doc.add_paragraph("God man finns och är informerad.")

    doc.add_heading("8. Huvudansvar för planen", level=2)
    doc.add_paragraph("Malin, SIP-samordnare, Socialpsykiatrin Eskilstuna kommun.")

    doc.add_heading("9. Uppföljning", level=2)
    doc.add_paragraph("Uppföljande SIP-möte 2025-12-16 kl. 10.00 på stödboendet.")

    doc.add_heading("10. Deltagare", level=2)
    for role in ("Överläkare", "Kontaktsjuksköterska", "Kurator", "Biståndshandläggare",
                 "Enhetschef", "Arbetskonsulent"):
        doc.add_paragraph(role, style="List Bullet")
    doc.save(path("07", "docx"))


# ======================================================================
# 08  docx, NOT a plan: agreement on work training (Nyköping)
# ======================================================================
def make_08():
    doc = Document()
    base_font(doc, "Arial", 10)
    fix_core(doc, "Överenskommelse om arbetsträning", "Arbetsförmedlingen")
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Arbetsförmedlingen\tÖverenskommelse om arbetsträning\tDnr Af-2025/0042137"
    hp.runs[0].font.size = Pt(8)

    doc.add_heading("Överenskommelse om arbetsträning", level=1)
    doc.add_paragraph(
        "Denna överenskommelse gäller arbetsträning inom ramen för Arbetsförmedlingens program. "
        "Arbetsträningen är ingen anställning och deltagaren får ingen lön från arbetsgivaren.")

    doc.add_heading("Parter", level=2)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    mark_header_row(t.rows[0])
    for c, txt in zip(t.rows[0].cells, ("Part", "Uppgifter", "Kontaktperson")):
        cell_text(c, txt, bold=True)
        set_cell_shading(c, "D9D9D9")
    for a, b, c_ in [
        ("Arbetsförmedlingen", "Arbetsförmedlingen Nyköping", "Arbetsförmedlare Jenny, nås via växeln"),
        ("Arbetsgivare", "Nyköpings Trädgårdshandel AB, org.nr XXXXXX-XXXX", "Göran, butikschef (handledare)"),
        ("Deltagare", "Amir, personnummer ÅÅMMDD-XXXX, Nyköping", "Telefon 070-XXX XX XX"),
    ]:
        cells = t.add_row().cells
        cell_text(cells[0], a, bold=True)
        cell_text(cells[1], b)
        cell_text(cells[2], c_)

    doc.add_heading("Period och omfattning", level=2)
    doc.add_paragraph("Arbetsträningen pågår 2025-03-03 – 2025-05-30.")
    doc.add_paragraph("Omfattning: 16 timmar per vecka, måndag–torsdag kl. 08.00–12.00.")

    doc.add_heading("Arbetsuppgifter", level=2)
    for s in ("Skötsel och vattning av växter i butik och växthus",
              "Varuplock och påfyllning av hyllor",
              "Enklare kundkontakt under handledning"):
        doc.add_paragraph(s, style="List Bullet")

    doc.add_heading("Handledning", level=2)
    doc.add_paragraph(
        "Arbetsgivaren utser Göran, butikschef, som handledare. Handledaren introducerar deltagaren, "
        "går igenom arbetsmiljö och säkerhet den första dagen och finns tillgänglig under "
        "arbetsträningen.")

    doc.add_heading("Villkor", level=2)
    for s in (
        "Deltagaren får aktivitetsstöd eller utvecklingsersättning från Försäkringskassan enligt "
        "gällande regler. Arbetsgivaren betalar ingen lön.",
        "Deltagaren omfattas av Arbetsförmedlingens försäkring för personskada och ansvarsskada "
        "under arbetsträningen.",
        "Frånvaro anmäls samma morgon till handledaren och till Arbetsförmedlingen.",
        "Deltagaren lämnar aktivitetsrapport till Arbetsförmedlingen varje månad.",
        "Arbetsgivaren får inte använda deltagaren för att ersätta ordinarie personal.",
        "Arbetsträningen kan avbrytas av var och en av parterna. Beslut om avbrott fattas av "
        "Arbetsförmedlingen.",
    ):
        doc.add_paragraph(s, style="List Bullet")

    doc.add_heading("Avstämning", level=2)
    doc.add_paragraph(
        "Trepartssamtal mellan arbetsförmedlaren, handledaren och deltagaren hålls på arbetsplatsen "
        "2025-04-01 kl. 13.00 och inför avslut 2025-05-27.")

    doc.add_heading("Underskrifter", level=2)
    t2 = doc.add_table(rows=2, cols=3)
    t2.style = "Table Grid"
    for c, txt in zip(t2.rows[0].cells, ("För Arbetsförmedlingen", "För arbetsgivaren", "Deltagare")):
        cell_text(c, txt, bold=True, size=9)
    for c in t2.rows[1].cells:
        cell_text(c, "\n\nOrt och datum: Nyköping 2025-02-26\n\n______________________", size=9)
    doc.save(path("08", "docx"))


def normalize_zip(p):
    """Rewrite a .docx with fixed member timestamps so reruns give identical bytes."""
    import zipfile
    with zipfile.ZipFile(p) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def main():
    os.makedirs(OUT, exist_ok=True)
    make_01()
    make_02()
    make_03()
    make_04()
    make_05()
    with tempfile.TemporaryDirectory(prefix="f66a-") as tmp:
        make_06(tmp)
    make_07()
    make_08()
    for f in sorted(os.listdir(OUT)):
        if f.endswith(".docx"):
            normalize_zip(os.path.join(OUT, f))
    print("written:", sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()
