#!/usr/bin/env python
"""Generate batch fresh-48a (prefix f48a-): eight fictional, anonymized Swedish test documents.

Run:  /work/batches/.venv/bin/python generate.py
Deterministic: fixed dates and texts, no randomness. f48a-06.pdf is converted with LibreOffice
using the private profile /tmp/lo-f48a.
"""
import copy
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
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
LO_PROFILE = "file:///tmp/lo-f48a"
FIXED_DOCX_DATE = "2025-01-01T00:00:00Z"


# ----------------------------------------------------------------------------- helpers
def shade(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def cell_text(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    return r


def header_row(table, labels, fill="D9D9D9"):
    row = table.rows[0]
    for c, lab in zip(row.cells, labels):
        cell_text(c, lab, bold=True)
        shade(c, fill)
    set_repeat_header(row)


def set_col_widths(table, widths):
    """Set grid and cell widths so that Word and LibreOffice both honour them."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = w


def a4(section, landscape=False):
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    else:
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)


def bold_para(doc, text, size=None, space_before=8):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    p.paragraph_format.space_before = Pt(space_before)
    p.paragraph_format.space_after = Pt(2)
    return p


def fix_core(doc, title, author):
    cp = doc.core_properties
    import datetime as dt
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = dt.datetime(2025, 1, 1, 8, 0, 0)
    cp.modified = dt.datetime(2025, 1, 1, 8, 0, 0)
    cp.revision = 1


def normalize_zip(path):
    """Rewrite a docx with fixed timestamps so every run gives identical bytes."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: i.filename != "[Content_Types].xml"):
            data = zin.read(item.filename)
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    os.replace(tmp, path)


def save_docx(doc, name):
    path = os.path.join(OUT, name)
    doc.save(path)
    normalize_zip(path)
    return path


# ----------------------------------------------------------------------------- 01 fpdf2
class LifecarePDF(FPDF):
    def header(self):
        self.set_font("dv", "", 7.5)
        self.set_text_color(60, 60, 60)
        self.set_xy(12, 7)
        self.cell(90, 4, "Lifecare SP  |  Tierps kommun  |  Vård och omsorg", new_x="RIGHT", new_y="TOP")
        self.cell(0, 4, f"Utskrivet 2024-11-14 10:42   Sida {self.page_no()} ({{nb}})", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(120, 120, 120)
        self.line(12, 12, 198, 12)
        self.set_text_color(0, 0, 0)
        self.set_y(15)

    def footer(self):
        self.set_y(-12)
        self.set_font("dv", "", 7)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Utskrift ur verksamhetssystem. Handlingen kan innehålla uppgifter som omfattas "
                        "av sekretess enligt OSL 26 kap.", align="C")
        self.set_text_color(0, 0, 0)


def pdf_field(pdf, x, y, w, h, label, value, value_size=9):
    pdf.set_draw_color(110, 110, 110)
    pdf.rect(x, y, w, h)
    pdf.set_xy(x + 1.2, y + 0.8)
    pdf.set_font("dv", "", 6.5)
    pdf.set_text_color(80, 80, 80)
    pdf.cell(w - 2, 3, label)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("dv", "", value_size)
    pdf.set_xy(x + 1.2, y + 4.2)
    if value:
        pdf.multi_cell(w - 2.4, 4.2, value)


def make_01():
    pdf = LifecarePDF(format="A4")
    pdf.add_font("dv", "", FONT)
    pdf.add_font("dv", "B", FONT_B)
    pdf.set_margins(12, 15, 12)
    pdf.set_auto_page_break(True, 16)
    pdf.alias_nb_pages()
    pdf.add_page()
    # title band
    pdf.set_fill_color(31, 78, 121)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("dv", "B", 12)
    pdf.set_xy(12, 15)
    pdf.cell(186, 9, "  SAMORDNAD INDIVIDUELL PLAN (SIP)", fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 7.5)
    pdf.cell(186, 5, "  Dokumenttyp: SIP - Äldreomsorg   Status: Fastställd   Version 1", fill=True,
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    y = 31
    # grid of fields
    pdf_field(pdf, 12, y, 93, 10, "Brukare", "G-B., 84 år")
    pdf_field(pdf, 105, y, 93, 10, "Personnummer", "XXXXXX-XXXX")
    y += 10
    pdf_field(pdf, 12, y, 62, 10, "Kommun", "Tierps kommun")
    pdf_field(pdf, 74, y, 62, 10, "Region", "Region Uppsala")
    pdf_field(pdf, 136, y, 62, 10, "Handläggningsnummer", "ÄO 2024-1187")
    y += 10
    pdf_field(pdf, 12, y, 62, 10, "Mötesdatum", "2024-11-12 kl. 13.30")
    pdf_field(pdf, 74, y, 124, 10, "Mötesplats", "Vårdcentralen Tierp, konferensrum 2")
    y += 10
    pdf_field(pdf, 12, y, 186, 10, "Syfte med SIP", "Samordning")
    y += 10
    pdf_field(pdf, 12, y, 186, 12, "Frågeställningar inför mötet", "")
    y += 12
    bakgrund = (
        "G-B. skrevs ut från ortopedavdelningen, Akademiska sjukhuset, 2024-11-05 efter operation av "
        "höftfraktur höger sida (fall i hemmet 2024-10-28). Bor ensam i villa i Karlholmsbruk, "
        "hade före fallet endast hjälp med städning varannan vecka. Diabetes typ 2 (tablettbehandlad), "
        "lätt nedsatt syn. Går kortare sträckor inomhus med rullator, behöver hjälp vid dusch och "
        "på- och avklädning av nedre delen. Hög fallrisk enligt Downton Fall Risk Index (4 p). "
        "Operationssåret läker men behöver omläggning. Biståndsbeslut om hemtjänst fattat 2024-11-06."
    )
    pdf.set_font("dv", "", 9)
    lines = len(pdf.multi_cell(182, 4.2, bakgrund, dry_run=True, output="LINES"))
    h = 5 + lines * 4.2 + 2
    pdf_field(pdf, 12, y, 186, h, "Bakgrund / aktuell situation", bakgrund)
    y += h
    pdf_field(pdf, 12, y, 186, 16, "Läkemedel och hälsa (från sammanfattning vid utskrivning)",
              "Läkemedelslista enligt epikris 2024-11-05. Smärtlindring trappas ned under två veckor. "
              "Blodsocker följs av vårdcentralen.")
    y += 16
    # Genomförande
    pdf.set_xy(12, y + 4)
    pdf.set_font("dv", "B", 10)
    pdf.set_fill_color(221, 230, 240)
    pdf.cell(186, 7, " Genomförande", fill=True, border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 8.5)
    rows = [
        ("Hemtjänst: personlig omvårdnad morgon och kväll, stöd vid dusch 1 gång/vecka, tillsyn",
         "Hemtjänst Tierp norra, gruppledare", "2 besök/dag + dusch 1 g/v", "2024-11-06 – 2025-02-28"),
        ("Trygghetslarm med larmmottagning dygnet runt",
         "Trygghetsjouren, Tierps kommun", "Dygnet runt", "2024-11-06 – tills vidare"),
        ("Matdistribution, lunch levereras hem",
         "Kostenheten, Tierps kommun", "Alla dagar", "2024-11-07 – 2025-01-31"),
        ("Hemrehabilitering: gång- och trappträning, balansövningar, bedömning av fallrisk i hemmet",
         "Rehabenheten Tierps kommun, fysioterapeut", "2 ggr/vecka", "2024-11-11 – 2025-01-17"),
        ("Såromläggning operationssår, stygnborttagning",
         "Hemsjukvården Tierps kommun, sjuksköterska", "2 ggr/vecka", "2024-11-06 – 2024-11-29"),
        ("Läkemedelsgenomgång och uppföljning av diabetes",
         "Vårdcentralen Tierp, distriktsläkare", "1 besök", "2024-11-26"),
        ("Hjälpmedel: toalettförhöjning och duschpall",
         "Regionen", "", ""),
        ("Bostadsanpassning: borttagning av trösklar, stödhandtag i badrum (ansökan)",
         "Handläggare bostadsanpassning, Tierps kommun", "Ansökan + beslut", "2024-11-15 – 2024-12-20"),
    ]
    with pdf.table(col_widths=(74, 52, 30, 30), line_height=4.4, text_align="LEFT",
                   headings_style=FontFace(emphasis="BOLD", fill_color=(235, 235, 235)),
                   padding=1.2, repeat_headings=1) as t:
        r = t.row()
        for hcell in ("Insats", "Utförare", "Omfattning", "Från–till"):
            r.cell(hcell)
        for row in rows:
            r = t.row()
            for c in row:
                r.cell(c)
    y = pdf.get_y() + 4
    pdf.set_y(y)
    pdf_field(pdf, 12, y, 186, 14, "Närstående / övriga aktörer",
              "Dottern (bor i Uppsala) är informerad om planen och om hemtjänstens tider.")
    y += 14
    pdf_field(pdf, 12, y, 186, 14, "Samtycke",
              "Muntligt samtycke till SIP och till informationsöverföring mellan kommun och region "
              "lämnat per telefon 2024-11-08 till biståndshandläggaren.")
    y += 14
    pdf_field(pdf, 12, y, 93, 10, "Huvudansvarig för planen", "")
    pdf_field(pdf, 105, y, 93, 10, "Nästa uppföljning", "2025-01-21 kl. 10.00, Vårdcentralen Tierp")
    y += 14
    # signature block
    pdf.set_xy(12, y)
    pdf.set_font("dv", "B", 10)
    pdf.cell(186, 7, " Deltagare vid mötet / underskrifter", fill=True, border=1,
             new_x="LMARGIN", new_y="NEXT")
    sig = [
        ("Maria", "Biståndshandläggare", "Äldreomsorgen, Tierps kommun"),
        ("Erik", "Distriktssköterska", "Vårdcentralen Tierp, Region Uppsala"),
        ("Lena", "Fysioterapeut", "Rehabenheten, Tierps kommun"),
        ("Hassan", "Gruppledare", "Hemtjänst Tierp norra, Tierps kommun"),
    ]
    y = pdf.get_y()
    for i, (n, f, u) in enumerate(sig):
        x = 12 + (i % 2) * 93
        yy = y + (i // 2) * 20
        pdf.rect(x, yy, 93, 20)
        pdf.set_font("dv", "", 8.5)
        pdf.set_xy(x + 1.5, yy + 1.5)
        pdf.cell(90, 4, f"Namn: {n}")
        pdf.set_xy(x + 1.5, yy + 5.5)
        pdf.cell(90, 4, f"Funktion: {f}")
        pdf.set_xy(x + 1.5, yy + 9.5)
        pdf.cell(90, 4, f"Enhet: {u}")
        pdf.set_xy(x + 1.5, yy + 14.5)
        pdf.set_font("dv", "", 7)
        pdf.cell(90, 4, "Underskrift: ...................................  Datum: 2024-11-12")
    pdf.set_creation_date(__import__("datetime").datetime(2024, 11, 14, 10, 42, 0,
                                                          tzinfo=__import__("datetime").timezone.utc))
    pdf.set_title("SIP G-B. 2024-11-12")
    pdf.set_creator("Lifecare SP utskrift")
    pdf.output(os.path.join(OUT, "f48a-01.pdf"))


# ----------------------------------------------------------------------------- 02 docx
def make_02():
    doc = Document()
    fix_core(doc, "SIP Rana 2025-02-11", "Jonas")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    a4(sec)
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Södertälje kommun\tSocialförvaltningen, Barn och unga\tSIP"
    hp.runs[0].font.size = Pt(8.5)
    fp = sec.footer.paragraphs[0]
    fp.text = "Sekretess enligt OSL 26 kap. 1 §  |  Upprättad 2025-02-11"
    fp.runs[0].font.size = Pt(8)

    doc.add_heading("Samordnad individuell plan (SIP)", level=1)
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    data = [
        ("Barn", "Rana, 10 år", "Personnummer", "XXXXXX-XXXX"),
        ("Vårdnadshavare", "Mamma Huda, pappa Omar", "Tolk", "arabiska (kontakttolk på plats)"),
        ("Skola", "Hovsjöskolan, åk 4", "Datum för möte", "2025-02-11"),
        ("Plats", "Hovsjöskolan, elevhälsans rum", "Tid", "09.00–10.30"),
    ]
    for r, row in enumerate(data):
        for c, v in enumerate(row):
            cell_text(t.cell(r, c), v, bold=(c % 2 == 0))
            if c % 2 == 0:
                shade(t.cell(r, c), "EDEDED")

    doc.add_heading("Närvarande", level=2)
    doc.add_paragraph(
        "Rana (första delen av mötet), mamma Huda, pappa Omar, tolk, Lina (kurator), Peter (klasslärare), "
        "Sofia (behandlare), Jonas (socialsekreterare).")

    doc.add_heading("Syfte", level=2)
    doc.add_paragraph(
        "Syftet med planen är att skolan, BUP och socialtjänsten ska ha en gemensam plan för hur Rana ska "
        "få hjälp med sina sömnproblem, mardrömmar och sin rädsla för höga ljud, så att hon orkar vara i "
        "skolan hela dagar och så att föräldrarna får stöd i hur de kan hjälpa henne hemma.")

    doc.add_heading("Frågeställningar", level=2)
    for q in ("Hur kan skolan anpassa skoldagen de dagar Rana inte har sovit på natten?",
              "Vem hjälper familjen att komma till BUP och boka tolk till besöken?",
              "Behöver familjen stöd i hemmet kring kvällar och sömn, och i så fall vilket?"):
        doc.add_paragraph(q, style="List Bullet")

    doc.add_heading("Bakgrund", level=2)
    doc.add_paragraph(
        "Familjen kom till Sverige från Syrien hösten 2022 och bor sedan 2023 i egen lägenhet i Hovsjö. "
        "Rana har två yngre syskon. Sedan i höstas har skolan sett att Rana är trött, har svårt att "
        "koncentrera sig och blir mycket rädd vid plötsliga ljud (brandövning i oktober, smällare vid "
        "nyår). Hon har haft hög frånvaro i januari, ofta med huvudvärk som skäl. Elevhälsan gjorde en "
        "orosanmälan 2024-12-16 och en förhandsbedömning ledde till att utredning inleddes. BUP Södertälje "
        "har träffat Rana och föräldrarna vid ett bedömningssamtal 2025-01-28 och bedömer att hon har "
        "symtom på posttraumatisk stress.")
    doc.add_paragraph("Föräldrarna berättade på mötet (via tolk):")
    for q in ("”Hon vaknar och skriker på nätterna. Hon tror att bomberna kommer tillbaka.” (mamma)",
              "”I skolan är hon tyst och hemma är hon rädd. Vi vet inte hur vi ska hjälpa henne, vi vill att "
              "hon ska få vara ett vanligt barn.” (pappa)"):
        p = doc.add_paragraph(q)
        p.paragraph_format.left_indent = Cm(1)
        p.runs[0].italic = True

    doc.add_heading("Ranas egen syn och mål", level=2)
    doc.add_paragraph(
        "Rana var med under första halvtimmen tillsammans med föräldrarna och pratade med kuratorn och "
        "tolken. Hon tycker om sin klasslärare och att rita, men tycker att matsalen är för stökig och "
        "att det är läskigt när någon smäller i dörrar. Hon vill sitta nära fönstret i klassrummet.")
    p = doc.add_paragraph()
    p.add_run("Ranas mål: ").bold = True
    p.add_run("”Jag vill kunna sova hela natten och inte vara rädd när det smäller. Och jag vill äta "
              "med mina kompisar.”")

    doc.add_heading("Samtycke", level=2)
    doc.add_paragraph("Samtycke finns från båda vårdnadshavarna.")

    doc.add_heading("Insatser", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Insats", "Ansvarig (verksamhet/funktion)", "Start", "Pågår till"])
    groups = [
        ("Region Stockholm", [
            ("Traumafokuserad KBT (TF-KBT) för Rana, 1 gång/vecka",
             "BUP Södertälje, behandlare", "2025-02-24", "2025-06-13"),
        ]),
        ("Södertälje kommun – skola", [
            ("Anpassad skoldag: lugn plats vid lunch i mindre rum, möjlighet till vila i elevhälsans rum, "
             "placering nära fönstret, förvarning inför brandövning",
             "Hovsjöskolan, klasslärare och rektor", "2025-02-12", "2025-06-13"),
            ("Stödsamtal med kurator varannan vecka", "Hovsjöskolan, skolkurator", "2025-02-17", "2025-06-13"),
            ("Hälsobesök och remiss till vårdcentral angående huvudvärken",
             "Elevhälsan Hovsjöskolan, skolsköterska", "2025-02-20", "2025-03-14"),
        ]),
        ("Södertälje kommun – socialtjänst", [
            ("Familjebehandling i hemmet, föräldrastöd kring kvällsrutiner, sömn och trygghet, 1 gång/vecka",
             "Socialtjänsten Södertälje, familjebehandlare Barn och unga", "2025-03-03", "2025-08-31"),
            ("Beställa arabisktalande tolk till samtliga möten och BUP-besök",
             "Socialtjänsten Södertälje, socialsekreterare", "2025-02-12", "2025-08-31"),
        ]),
    ]
    for gname, rows in groups:
        r = t.add_row()
        m = r.cells[0].merge(r.cells[3])
        cell_text(m, gname, bold=True)
        shade(m, "F2F2F2")
        for row in rows:
            cells = t.add_row().cells
            for c, v in zip(cells, row):
                cell_text(c, v)
    set_col_widths(t, (Cm(6.0), Cm(4.8), Cm(2.9), Cm(2.9)))

    doc.add_heading("Huvudansvar", level=2)
    doc.add_paragraph("Huvudansvar för planen: Socialtjänsten")

    doc.add_heading("Uppföljning", level=2)
    doc.add_paragraph("Planen följs upp om ungefär tre månader, innan sommarlovet. Tolk bokas till mötet.")
    save_docx(doc, "f48a-02.docx")


# ----------------------------------------------------------------------------- 03 txt (Teams)
def make_03():
    msgs = [
        ("2025-03-04 13:12", "Anna (Socialtjänsten)",
         "Hej alla! Tack för mötet i förmiddags. Jag skriver en sammanfattning här i chatten så har vi "
         "det samlat tills jag fått in det i journalen. Rätta mig om jag missat något."),
        ("2025-03-04 13:14", "Anna (Socialtjänsten)",
         "SIP L. 2025-03-04, Westerlundska gymnasiet\n"
         "Närvarande: jag (Anna, socialsekreterare IFO Enköping, barn och unga), Jonas (behandlare, "
         "Beroendemottagningen Enköping, Region Uppsala), Petra (kurator, Westerlundska gymnasiet), "
         "Mira (sjuksköterska, Ungdomsmottagningen Enköping), L. och hans mamma."),
        ("2025-03-04 13:15", "Anna (Socialtjänsten)",
         "Frågeställningar: stämma av läget och hur det går."),
        ("2025-03-04 13:19", "Anna (Socialtjänsten)",
         "Kort om läget: L. är 16 och går första året på el- och energiprogrammet. Han har använt cannabis "
         "sedan i höstas, enligt mamma flera gånger i veckan. Närvaron i skolan har varit ca 40 % "
         "sedan jul och det har varit mycket bråk hemma. L. och mamma var med hela mötet."),
        ("2025-03-04 13:21", "Anna (Socialtjänsten)",
         "Mål: Målet är att L. ska sluta använda cannabis och komma tillbaka till skolan på heltid."),
        ("2025-03-04 13:24", "Anna (Socialtjänsten)",
         "Insatser: vi fortsätter med kontakten som tidigare och stöd ges vid behov. Alla håller koll "
         "och hör av sig om något händer."),
        ("2025-03-04 13:25", "Anna (Socialtjänsten)",
         "Andra aktörer: inga. FK och AF är inte aktuella för L."),
        ("2025-03-04 13:26", "Anna (Socialtjänsten)",
         "Uppföljning: tisdag 2025-04-15 kl. 13.00 på Westerlundska, jag skickar kallelse i Outlook."),
        ("2025-03-04 13:31", "Petra (Westerlundska gymnasiet)",
         "Tack Anna! Vem håller i planen framöver, blir det du?"),
        ("2025-03-04 13:33", "Anna (Socialtjänsten)",
         "Det hann vi inte bestämma, vi tar det på uppföljningen."),
        ("2025-03-04 13:40", "Jonas (Beroendemottagningen)", "Bra sammanfattning 👍"),
        ("2025-03-04 13:52", "Mira (Ungdomsmottagningen)",
         "Tack, inget att lägga till från mig. Jag är ledig 2025-04-15 så jag kommer inte på uppföljningen."),
        ("2025-03-04 14:05", "Petra (Westerlundska gymnasiet)", "👍"),
    ]
    lines = [
        "Microsoft Teams – chattexport",
        "Chatt: SIP L. – Enköping",
        "Medlemmar: Anna (Socialtjänsten), Jonas (Beroendemottagningen), Petra (Westerlundska gymnasiet), "
        "Mira (Ungdomsmottagningen)",
        "Exporterad: 2025-03-04 15:40",
        "-" * 72,
        "",
    ]
    out = []
    for l in lines:
        out.extend(textwrap.wrap(l, 78) or [""])
    for ts, who, text in msgs:
        first = True
        for para in text.split("\n"):
            prefix = f"[{ts}] {who}: " if first else ""
            wrapped = textwrap.wrap(prefix + para, 78, initial_indent="" if first else "    ",
                                    subsequent_indent="    ")
            first = False
            out.extend(wrapped)
        out.append("")
    data = "\r\n".join(out).rstrip("\r\n") + "\r\n"
    with open(os.path.join(OUT, "f48a-03.txt"), "wb") as f:
        f.write(data.encode("utf-8"))


# ----------------------------------------------------------------------------- 04 md (Obsidian)
MD_04 = """---
title: SIP K. 2024-09-17
datum: 2024-09-17
plats: Psykiatriska öppenvården, Visby
tags:
  - sip
  - socialpsykiatri
  - psykos
  - ekonomi
aliases: [SIP K. sept]
---

# SIP – K. (34 år) 2024-09-17

> [!info] Relaterat
> [[K. – översikt]] · [[SIP-mall Region Gotland]] · [[Budget- och skuldrådgivningen]]

## Deltagare
- [[K.]] själv
- [[Handläggare Johan]]
- [[Kurator Sara]]
- [[Ssk Mikael]]
- [[Boendestödjare Elin]]

## Syfte
Syftet är att K. ska få en samlad plan för behandling, boendestöd och ekonomi efter vårens
inläggning på psykiatrin, så att han kan bo kvar i sin lägenhet i Visby och skulderna
inte fortsätter att växa. Alla ska veta vem som gör vad.

## Bakgrund
- Schizofreni sedan 2015, vårdades inneliggande mars–april 2024 efter att ha slutat med medicinen.
- Depåinjektion sedan april, fungerar bra enligt [[Ssk Mikael]].
- Skulder hos Kronofogden ca 180 000 kr (hyra, el, sms-lån). Hyresvärden har skickat
  betalningspåminnelse för augusti.
- Öppnar inte posten, har ingen sysselsättning sedan 2021. #ekonomi

## K:s egen bild
K. berättade att rösterna är mycket mindre nu och att han sover bättre. Han tycker att
det jobbigaste är breven, "jag lägger dem i en låda". Han vill ha hjälp med pengarna men
inte att någon annan tar över allt.

> "Jag vill ha ordning på pengarna och slippa brev från Kronofogden. Och jag vill göra
> något på dagarna, kanske på Returen."

## Insatser
| Insats | Vem | När |
|---|---|---|
| Depåinjektion var 14:e dag + läkarbesök var 3:e månad | Psykiatriska öppenvården Visby, ssk | nästa 2024-09-24, sedan löpande |
| Boendestöd 2 ggr/vecka: posthantering, räkningar, matinköp | Socialpsykiatrin Region Gotland, boendestödjare | från 2024-09-30 |
| Budget- och skuldrådgivning, genomgång av skulder och ev. skuldsanering | Budget- och skuldrådgivningen, Region Gotland | första besök 2024-10-03 |
| Utredning av arbetsförmåga och arbetsinriktad rehabilitering | Regionen | |

## Andra aktörer
- **God man:** K. ansöker själv om god man hos Gotlands tingsrätt med hjälp av [[Handläggare Johan]], ansökan skickas senast 2024-10-15.
- **Försäkringskassan:** utreder K:s rätt till sjukersättning. K. skickar in läkarintyget från psykiatrin till FK senast 2024-10-01.

## Huvudansvar
[[Handläggare Johan]]

## Att göra
- [x] Skicka anteckningarna till alla deltagare
- [ ] Lägga in i journalen
"""


def make_04():
    with open(os.path.join(OUT, "f48a-04.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(MD_04)


# ----------------------------------------------------------------------------- 05 docx (tracked)
AUTHOR_05 = "Malin LSS-handläggare"
REV_ID = [100]


def _rev_attrs(el, date="2025-01-16T09:20:00Z"):
    REV_ID[0] += 1
    el.set(qn("w:id"), str(REV_ID[0]))
    el.set(qn("w:author"), AUTHOR_05)
    el.set(qn("w:date"), date)


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


def add_ins(p, text, bold=False):
    ins = OxmlElement("w:ins")
    _rev_attrs(ins)
    ins.append(_run(text, bold=bold))
    p._p.append(ins)


def add_del(p, text):
    d = OxmlElement("w:del")
    _rev_attrs(d)
    d.append(_run(text, deleted=True))
    p._p.append(d)


def add_plain(p, text, bold=False):
    p._p.append(_run(text, bold=bold))


def delete_row(row):
    trPr = row._tr.get_or_add_trPr()
    d = OxmlElement("w:del")
    _rev_attrs(d)
    trPr.append(d)
    for cell in row.cells:
        for p in cell.paragraphs:
            # mark paragraph mark deleted and wrap runs into w:del with w:delText
            pPr = p._p.get_or_add_pPr()
            rPr = OxmlElement("w:rPr")
            dm = OxmlElement("w:del")
            _rev_attrs(dm)
            rPr.append(dm)
            pPr.append(rPr)
            texts = [r.text for r in p.runs]
            for r in list(p.runs):
                p._p.remove(r._r)
            if texts:
                add_del(p, "".join(texts))


def make_05():
    doc = Document()
    fix_core(doc, "SIP Jonatan", "Malin")
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10.5)
    sec = doc.sections[0]
    a4(sec)
    hp = sec.header.paragraphs[0]
    hp.text = "Norrtälje kommun · Vård och omsorg · Myndighet LSS"
    hp.runs[0].font.size = Pt(8)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.text = "SIP – arbetsversion 2 (spåra ändringar aktiverat)"
    fp.runs[0].font.size = Pt(8)
    # enable track revisions in settings
    settings = doc.settings.element
    tr = OxmlElement("w:trackRevisions")
    anchor = settings.find(qn("w:defaultTabStop"))
    anchor.addprevious(tr)  # schema order: ... proofState, trackRevisions, ..., defaultTabStop

    title = doc.add_paragraph()
    r = title.add_run("Samordnad individuell plan – SIP")
    r.bold = True
    r.font.size = Pt(16)

    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([("Namn", "Jonatan, 19 år"),
                                ("Personnummer", "ÅÅMMDD-XXXX"),
                                ("Datum för SIP-möte", "2025-01-14, Habiliteringen Norrtälje")]):
        cell_text(t.cell(i, 0), a, bold=True)
        shade(t.cell(i, 0), "E7E6E6")
        cell_text(t.cell(i, 1), b)

    doc.add_heading("Bakgrund", level=2)
    doc.add_paragraph(
        "Jonatan har autism och lindrig intellektuell funktionsnedsättning och tillhör personkrets 1 "
        "enligt LSS. Han går sista året på det nationella programmet för fastighet, anläggning och "
        "byggnation vid anpassade gymnasieskolan på Rodengymnasiet och slutar i juni 2025. Jonatan bor "
        "hemma. Han behöver tydlig struktur, förberedelse inför förändringar och bildstöd; oväntade "
        "förändringar leder ofta till utbrott och att han stannar hemma flera dagar. Han har kontakt med "
        "Habiliteringen Norrtälje sedan barndomen.")

    doc.add_heading("Frågeställningar", level=2)
    for q in ("Hur ska övergången från anpassade gymnasieskolan till daglig verksamhet gå till under våren "
              "och sommaren 2025?",
              "Vilka hjälpmedel för tid och planering behöver Jonatan i en ny verksamhet?"):
        doc.add_paragraph(q, style="List Number")

    doc.add_heading("Mål", level=2)
    doc.add_paragraph(
        "Målet är att Jonatan ska ha en fungerande daglig verksamhet från augusti 2025 som han trivs med "
        "och att han ska kunna ta sig dit på egen hand med färdtjänst.")

    doc.add_heading("Insatser", level=2)
    tbl = doc.add_table(rows=1, cols=3)
    tbl.style = "Table Grid"
    header_row(tbl, ["Insats", "Ansvarig", "När"], fill="DEEAF6")
    rows = [
        ("Utredning och beslut om daglig verksamhet enligt 9 § 10 LSS",
         "LSS-handläggare, Myndighet LSS Norrtälje kommun", "beslut senast 2025-03-31"),
        ("Studiebesök på två dagliga verksamheter (Verkstan och Trädgården) tillsammans med mentor",
         "Daglig verksamhet Norrtälje kommun, samordnare", "2025-02-10 – 2025-02-28"),
        ("Ansökan om aktivitetsersättning hos Försäkringskassan", "Jonatan", ""),
        ("Arbetsterapeutisk bedömning av vardagsfunktion och tidshjälpmedel (Memoplanner)",
         "Habiliteringen Norrtälje, arbetsterapeut", "2025-02-04"),
        ("Skriftlig överlämning om fungerande anpassningar till daglig verksamhet",
         "Rodengymnasiet, anpassade gymnasieskolan, mentor", "senast 2025-05-20"),
        ("Ansökan om färdtjänst och resträning till daglig verksamhet",
         "Habiliteringen Norrtälje, arbetsterapeut", "2025-05-01 – 2025-06-15"),
    ]
    for row in rows:
        cells = tbl.add_row().cells
        for c, v in zip(cells, row):
            cell_text(c, v)
    set_col_widths(tbl, (Cm(7.5), Cm(5.5), Cm(3.5)))
    delete_row(tbl.rows[3])  # the Försäkringskassan row is deleted as a tracked change

    doc.add_heading("Samtycke", level=2)
    p = doc.add_paragraph()
    add_plain(p, "Samtycke finns.")
    add_ins(p, " Skriftligt samtycke på kommunens blankett, undertecknat av Jonatan 2025-01-09.")

    doc.add_heading("Huvudansvar", level=2)
    doc.add_paragraph("LSS-handläggaren har huvudansvaret för planen.")

    doc.add_heading("Uppföljning", level=2)
    p = doc.add_paragraph()
    add_plain(p, "Planen följs upp ")
    add_del(p, "2025-04-10")
    add_ins(p, "2025-05-06")
    add_plain(p, " kl. 13.30 på Habiliteringen Norrtälje.")
    save_docx(doc, "f48a-05.docx")


# ----------------------------------------------------------------------------- 06 pdf (LO, appendix)
def make_06():
    doc = Document()
    fix_core(doc, "SIP inför utskrivning", "Karin")
    doc.styles["Normal"].font.name = "Liberation Sans"
    doc.styles["Normal"].font.size = Pt(10.5)
    sec = doc.sections[0]
    a4(sec)
    sec.header.paragraphs[0].text = "Region Uppsala · Psykiatri · Samordnad individuell plan"
    sec.header.paragraphs[0].runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Sida ").font.size = Pt(8)
    _add_field(fp, "PAGE")

    p = doc.add_paragraph()
    r = p.add_run("SIP inför utskrivning från psykiatrisk slutenvård")
    r.bold = True
    r.font.size = Pt(15)

    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    vals = [("Patient", "Linnea, 42 år", "Personnummer", "ÅÅMMDD-XXXX"),
            ("Hemkommun", "Östhammars kommun", "Mötesdatum", "2025-02-19"),
            ("Vårdenhet", "Avdelning 95 C, Psykiatri Akademiska sjukhuset", "Planerad utskrivning", "2025-02-24")]
    for i, row in enumerate(vals):
        for j, v in enumerate(row):
            cell_text(t.cell(i, j), v, bold=(j % 2 == 0), size=9.5)

    bold_para(doc, "Syfte med SIP")
    doc.add_paragraph("Gemensam planering.")
    bold_para(doc, "Frågeställningar")
    doc.add_paragraph("Vilket stöd behöver Linnea de första veckorna hemma i Östhammar efter utskrivningen, "
                      "och hur säkerställer vi att hon får ett besök i psykiatrisk öppenvård inom sju dagar?")
    bold_para(doc, "Bakgrund")
    doc.add_paragraph(
        "Linnea vårdas sedan 2025-01-30 på avdelning 95 C efter en suicidhandling i samband med en svår "
        "depressiv episod. Hon bor med sin sambo i hyreslägenhet i Östhammar och har "
        "varit sjukskriven från sitt arbete inom handeln sedan oktober 2024. Stämningsläget har förbättrats "
        "på ny medicinering och hon har haft permissioner hem utan problem. Hon har hyresskuld för januari. "
        "Linnea deltog inte i mötet. Hon har framfört till kontaktpersonen på avdelningen att hon inte vill "
        "att hemtjänst eller någon annan kommer hem till henne på kvällarna.")
    bold_para(doc, "Samtycke")
    doc.add_paragraph("Samtycke finns.")
    bold_para(doc, "Insatser")
    doc.add_paragraph("Se Bilaga 1 – Insatser.")
    bold_para(doc, "Övriga aktörer")
    doc.add_paragraph("Sambo och Försäkringskassan är informerade.")
    bold_para(doc, "Huvudansvarig för planen")
    doc.add_paragraph("Karin, kontaktsjuksköterska, Psykiatriska öppenvårdsmottagningen Östhammar, Region Uppsala.")
    bold_para(doc, "Uppföljning")
    doc.add_paragraph("Vecka 12.")

    # appendix in a landscape section
    new = doc.add_section()
    a4(new, landscape=True)
    bold_para(doc, "Bilaga 1 – Insatser", size=13, space_before=0)
    tbl = doc.add_table(rows=1, cols=4)
    tbl.style = "Table Grid"
    header_row(tbl, ["Insats", "Ansvarig verksamhet / funktion", "Start", "Slut / avstämning"], fill="D5E8D4")
    rows = [
        ("Utskrivningsmeddelande, aktuell läkemedelslista och recept (dosett 2 veckor)",
         "Psykiatri Akademiska sjukhuset, avd 95 C, ansvarig läkare", "2025-02-24", "2025-02-24"),
        ("Återbesök hos läkare och kontaktsjuksköterska inom sju dagar efter utskrivning",
         "Psykiatriska öppenvårdsmottagningen Östhammar, kontaktsjuksköterska", "2025-02-28", "2025-02-28"),
        ("Samtalsbehandling (KBT vid depression), 10 tillfällen",
         "Psykiatriska öppenvårdsmottagningen Östhammar, psykolog", "2025-03-10", "2025-05-30"),
        ("Krisplan med kontaktvägar vid försämring, lämnas till Linnea",
         "Psykiatriska öppenvårdsmottagningen Östhammar, kontaktsjuksköterska", "2025-02-24", "2025-02-24"),
        ("Boendestöd dagtid 3 ggr/vecka första månaden, därefter 2 ggr/vecka",
         "Socialpsykiatrin, Östhammars kommun, boendestödjare", "2025-02-25", "2025-05-31"),
        ("Handläggning av ansökan om ekonomiskt bistånd för hyresskulden",
         "Försörjningsstöd, Östhammars kommun, socialsekreterare", "2025-02-25", "beslut senast 2025-03-07"),
    ]
    for row in rows:
        cells = tbl.add_row().cells
        for c, v in zip(cells, row):
            cell_text(c, v, size=10)
    set_col_widths(tbl, (Cm(9.5), Cm(8.5), Cm(3), Cm(4)))

    tmpdir = tempfile.mkdtemp(prefix="f48a-06-")
    src = os.path.join(tmpdir, "f48a-06.docx")
    doc.save(src)
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", "pdf",
                    "--outdir", OUT, src], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=180)
    shutil.rmtree(tmpdir)
    _fix_pdf_stamps(os.path.join(OUT, "f48a-06.pdf"))


def _fix_pdf_stamps(path):
    """Replace LibreOffice's creation date and file ID by fixed values of the same length."""
    import re
    data = open(path, "rb").read()
    data = re.sub(rb"/CreationDate\(D:\d{14}", b"/CreationDate(D:20250219143000", data)
    data = re.sub(rb"/ModDate\(D:\d{14}", b"/ModDate(D:20250219143000", data)
    data = re.sub(rb"<[0-9A-F]{32}>", b"<F48A0600000000000000000000000006>", data)
    data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /F48A0600000000000000000000000006", data)
    open(path, "wb").write(data)


def _add_field(p, instr):
    r = p.add_run()
    r.font.size = Pt(8)
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._r.append(b)
    r2 = p.add_run(); r2.font.size = Pt(8)
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = f" {instr} "
    r2._r.append(it)
    r3 = p.add_run(); e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r3._r.append(e)


# ----------------------------------------------------------------------------- 07 docx (comments)
def make_07():
    doc = Document()
    fix_core(doc, "SIP Ella", "Nadia")
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    sec = doc.sections[0]
    a4(sec)
    sec.header.paragraphs[0].text = "Huddinge kommun – Grundskolan – Sjödalsskolan, elevhälsan"
    sec.header.paragraphs[0].runs[0].font.size = Pt(8)
    AU, IN = "Nadia (kurator)", "NK"

    p = doc.add_paragraph()
    r = p.add_run("Samordnad individuell plan")
    r.font.small_caps = True
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)

    p = doc.add_paragraph()
    p.add_run("Elev: ").bold = True
    p.add_run("Ella, 14 år, åk 8 Sjödalsskolan     ")
    p.add_run("Personnummer: ").bold = True
    p.add_run("XXXXXX-XXXX")
    p = doc.add_paragraph()
    p.add_run("Datum för möte: ").bold = True
    p.add_run("2025-03-05     ")
    p.add_run("Plats: ").bold = True
    p.add_run("Sjödalsskolan, konferensrummet")

    bold_para(doc, "Deltagare")
    for d in ("Ella och hennes mamma",
              "Nadia, skolkurator, Sjödalsskolan (sammankallande)",
              "Fredrik, mentor, Sjödalsskolan",
              "Elin, psykolog, BUP Huddinge, Region Stockholm",
              "Kim, socialsekreterare, Socialtjänsten Huddinge, Barn och ungdom"):
        doc.add_paragraph(d, style="List Bullet")
    doc.add_paragraph("Ella och mamma deltog på hela mötet.")

    bold_para(doc, "Syfte")
    doc.add_paragraph(
        "Syftet med planen är att Ella stegvis ska komma tillbaka till skolan och att BUP, skolan och "
        "socialtjänsten arbetar åt samma håll kring hennes oro, som har gjort att hon nästan inte varit i "
        "skolan sedan november 2024.")

    bold_para(doc, "Frågeställningar")
    doc.add_paragraph("Gå igenom nuläget.")

    bold_para(doc, "Bakgrund")
    doc.add_paragraph(
        "Ella har sedan höstterminen i åk 7 haft tilltagande frånvaro, från november 2024 nästan total. "
        "Hon har magont och panikkänslor på morgnarna, framför allt inför idrott och redovisningar. "
        "BUP Huddinge har sedan januari 2025 en pågående bedömning av ångestsyndrom. Socialtjänsten fick "
        "en orosanmälan från skolan i december och har inlett en utredning. Ella har fått "
        "studiematerial hemskickat men gör lite av det.")

    bold_para(doc, "Mål")
    mal = doc.add_paragraph()
    mal_run = mal.add_run("Målet är att Ella ska närvara i skolan minst tre dagar i veckan och känna mindre oro.")

    bold_para(doc, "Insatser")
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    header_row(t, ["Vem", "Vad"], fill="DCE6F1")
    rows = [("BUP Huddinge", "Fortsatt kontakt."),
            ("Sjödalsskolan", "Anpassningar vid behov."),
            ("Socialtjänsten Huddinge", "Stöd till familjen vid behov.")]
    bup_run = None
    for who, what in rows:
        cells = t.add_row().cells
        cell_text(cells[0], who)
        rr = cell_text(cells[1], what)
        if who.startswith("BUP"):
            bup_run = rr

    bold_para(doc, "Samtycke")
    sam = doc.add_paragraph("☐ Muntligt   ☐ Skriftligt   Datum: ÅÅÅÅ-MM-DD")

    bold_para(doc, "Huvudansvarig för planen")
    doc.add_paragraph("Nadia, skolkurator, Sjödalsskolan, Huddinge kommun.")

    bold_para(doc, "Uppföljning")
    upp = doc.add_paragraph()
    upp_run = upp.add_run("")

    doc.add_paragraph()
    p = doc.add_paragraph("Planen skickas till alla deltagare efter att den har justerats.")

    doc.add_comment(mal_run, text="Ella sa själv på mötet att hon vill ”klara matten och vara med kompisarna "
                    "igen” – ska vi skriva in det här?", author=AU, initials=IN)
    doc.add_comment(bup_run, text="Elin, kan du skriva vad kontakten innebär och hur ofta ni ses?",
                    author=AU, initials=IN)
    doc.add_comment(sam.runs[0], text="Kolla med Kim om samtycket är dokumenterat hos er.",
                    author=AU, initials=IN)
    hr = doc.paragraphs[[i for i, x in enumerate(doc.paragraphs) if x.text == "Uppföljning"][0]].runs[0]
    doc.add_comment(hr, text="Uppföljningsdatum saknas – vi måste sätta ett innan planen skickas ut.",
                    author=AU, initials=IN)
    for i, c in enumerate(doc.comments):
        c._comment_elm.set(qn("w:date"), f"2025-03-06T10:{15 + i:02d}:00Z")
    save_docx(doc, "f48a-07.docx")


# ----------------------------------------------------------------------------- 08 docx (not a plan)
def make_08():
    doc = Document()
    fix_core(doc, "Checklista inför SIP-möte", "IFO Knivsta")
    doc.styles["Normal"].font.name = "Calibri"
    sec = doc.sections[0]
    a4(sec)
    sec.header.paragraphs[0].text = "Knivsta kommun · Socialförvaltningen · Individ- och familjeomsorgen"
    sec.header.paragraphs[0].runs[0].font.size = Pt(8)
    sec.footer.paragraphs[0].text = "Rutin fastställd 2024-06-01 · Revideras årligen · Intern arbetshandling"
    sec.footer.paragraphs[0].runs[0].font.size = Pt(8)

    doc.add_heading("Checklista inför SIP-möte", level=1)
    doc.add_paragraph(
        "Checklistan är ett stöd för dig som handläggare när du sammankallar till SIP. Den ersätter inte "
        "rutinen ”Samordnad individuell plan – Knivsta kommun och Region Uppsala”. Spara inte ifylld "
        "checklista i akten.")

    sections = [
        ("1. Före kallelsen", [
            "Kontrollera att den enskilde (vid barn: vårdnadshavarna) vill ha en SIP",
            "Samtyckesblankett ”Samtycke till SIP” ifylld och undertecknad, eller muntligt samtycke "
            "dokumenterat i journalen med datum",
            "Stäm av med den enskilde vilka som ska bjudas in och om något inte får tas upp",
            "Behövs tolk? Beställ via tolkförmedlingen minst fem arbetsdagar innan",
        ]),
        ("2. Vilka ska kallas", [
            "Den enskilde och ev. vårdnadshavare, god man eller förvaltare",
            "Berörda verksamheter i kommunen (IFO, LSS, äldreomsorg, skola/elevhälsa)",
            "Berörda verksamheter i regionen (vårdcentral, BUP, psykiatri, habilitering)",
            "Andra aktörer vid behov: Försäkringskassan, Arbetsförmedlingen, närstående",
        ]),
        ("3. Praktiskt", [
            "Boka lokal (Lokalbokning i Outlook: ”Kommunhuset mötesrum Alsike” eller ”Forumhuset 2”)",
            "Erbjud Teams-länk till den som inte kan komma",
            "Skicka kallelse senast en vecka innan, med förslag på frågeställningar",
            "Ta med utskriven SIP-mall och tidigare plan om sådan finns",
        ]),
        ("4. Efter mötet", [
            "Skriv planen i mallen inom tre arbetsdagar",
            "Skicka planen till den enskilde och till alla deltagare",
            "Lägg in datum för uppföljning i kalendern",
        ]),
    ]
    for head, items in sections:
        bold_para(doc, head, size=12)
        t = doc.add_table(rows=1, cols=3)
        t.style = "Table Grid"
        header_row(t, ["Att göra", "Klart", "Kommentar"], fill="EFEFEF")
        for it in items:
            cells = t.add_row().cells
            cell_text(cells[0], it)
            cell_text(cells[1], "☐")
            cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            cell_text(cells[2], "")
        set_col_widths(t, (Cm(10.5), Cm(1.5), Cm(4.5)))

    bold_para(doc, "Tips", size=12)
    doc.add_paragraph("Låt gärna den enskilde börja mötet och berätta själv vad hen vill få hjälp med.",
                      style="List Bullet")
    doc.add_paragraph("Frågor om rutinen: kontakta enhetschefen för vuxenenheten via växeln.",
                      style="List Bullet")
    save_docx(doc, "f48a-08.docx")


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
