#!/usr/bin/env python3
"""Generate the f45a batch of fictional, anonymized SIP documents into plans/.

Run with /work/batches/.venv/bin/python generate.py
Deterministic: fixed dates, no randomness; .docx zip entries get a fixed timestamp,
fpdf2 gets a fixed creation date. The LibreOffice PDF (f45a-06) carries LibreOffice's
own conversion timestamp, its visible content is the same every run.
"""
import datetime as dt
import os
import shutil
import subprocess
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
PLANS = os.path.join(HERE, "plans")
BUILD = os.path.join(HERE, "build")
PREFIX = "f45a"
LO_PROFILE = "file:///tmp/lo-f45a"
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FIXED_ZIP_TIME = (2024, 1, 1, 0, 0, 0)


def out(name):
    return os.path.join(PLANS, f"{PREFIX}-{name}")


# ---------------------------------------------------------------- helpers

def normalize_docx(path, created):
    """Rewrite the zip with fixed timestamps so the bytes are the same each run."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            info = zipfile.ZipInfo(item.filename, date_time=FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, data)
    os.replace(tmp, path)


def set_props(doc, author, title, when):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = when
    cp.modified = when
    cp.revision = 1


def save_docx(doc, path, author, title, when):
    set_props(doc, author, title, when)
    doc.save(path)
    normalize_docx(path, when)


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


def set_base_font(doc, name="Calibri", size=11):
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


def cell_text(cell, text, bold=False, size=None, italic=False):
    """Write text into a table cell (first paragraph reused, '\n' makes new paragraphs)."""
    parts = text.split("\n")
    p = cell.paragraphs[0]
    for i, part in enumerate(parts):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(part)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    return cell


def set_col_widths(table, widths):
    """Set both the grid (used by LibreOffice) and every cell width (used by Word)."""
    table.autofit = False
    for i, w in enumerate(widths):
        table.columns[i].width = w
        for cell in table.columns[i].cells:
            cell.width = w


def wrap(text, width=76, indent=""):
    return textwrap.fill(text, width=width, subsequent_indent=indent,
                         break_long_words=False, break_on_hyphens=False)


# ---------------------------------------------------------------- 01 Prator SIP (fpdf2)

class PratorPDF(FPDF):
    def header(self):
        self.set_fill_color(38, 70, 110)
        self.rect(0, 0, self.w, 17, "F")
        self.set_text_color(255, 255, 255)
        self.set_font("DejaVu", "B", 13)
        self.set_xy(10, 3)
        self.cell(120, 6, "Prator SIP")
        self.set_font("DejaVu", "", 8.5)
        self.set_xy(10, 10)
        self.cell(150, 5, "Samordnad individuell plan  ·  Robin, XXXXXX-XXXX")
        self.set_xy(self.w - 130, 3)
        self.cell(120, 6, "Utskriftsdatum: 2024-10-15 08:47", align="R")
        self.set_xy(self.w - 130, 10)
        self.cell(120, 5, "Utskrift från: Vuxenenheten, Västerås stad", align="R")
        self.set_text_color(0, 0, 0)
        self.set_y(22)

    def footer(self):
        self.set_y(-12)
        self.set_draw_color(150, 150, 150)
        self.line(10, self.get_y(), self.w - 10, self.get_y())
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 6, "Prator SIP 4.2 – utskriften är en kopia, gällande plan finns i Prator")
        self.set_x(self.w - 60)
        self.cell(50, 6, f"Sida {self.page_no()} ({{nb}})", align="R")
        self.set_text_color(0, 0, 0)


def prator_section(pdf, title):
    pdf.set_font("DejaVu", "B", 9.5)
    pdf.set_fill_color(222, 228, 238)
    pdf.cell(0, 6, "  " + title, border=1, fill=True, new_x="LMARGIN", new_y="NEXT")


def prator_field(pdf, label, value, min_h=7):
    """Boxed label cell on the left, boxed value on the right (value may be empty)."""
    label_w = 58
    val_w = pdf.w - pdf.l_margin - pdf.r_margin - label_w
    pdf.set_font("DejaVu", "", 9)
    lines = pdf.multi_cell(val_w, 5, value or " ", dry_run=True, output="LINES")
    h = max(min_h, 5 * len(lines) + 2)
    x, y = pdf.get_x(), pdf.get_y()
    pdf.set_fill_color(242, 244, 248)
    pdf.set_font("DejaVu", "B", 8.5)
    pdf.rect(x, y, label_w, h, "DF")
    pdf.set_xy(x + 1, y + 1)
    pdf.multi_cell(label_w - 2, 4.5, label)
    pdf.rect(x + label_w, y, val_w, h)
    pdf.set_font("DejaVu", "", 9)
    pdf.set_xy(x + label_w, y + 1)
    if value:
        pdf.multi_cell(val_w, 5, value)
    pdf.set_xy(x, y + h)


def make_01():
    pdf = PratorPDF(orientation="L", unit="mm", format="A4")
    pdf.set_creation_date(dt.datetime(2024, 10, 15, 8, 47, tzinfo=dt.timezone.utc))
    pdf.set_title("Prator SIP – utskrift")
    pdf.set_author("Prator SIP")
    pdf.add_font("DejaVu", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.set_auto_page_break(True, margin=16)
    pdf.set_margins(10, 22, 10)
    pdf.add_page()

    prator_section(pdf, "Planuppgifter")
    # a row of four small boxed fields
    pdf.set_font("DejaVu", "", 9)
    cols = [("Mötesdatum", "2024-10-14"), ("Plats", "Vuxenenheten, Västerås stad"),
            ("Den enskilde närvarande", "Nej"), ("Planstatus", "Fastställd")]
    w = (pdf.w - 20) / 4
    y = pdf.get_y()
    for i, (lab, val) in enumerate(cols):
        x = 10 + i * w
        pdf.set_xy(x, y)
        pdf.set_font("DejaVu", "B", 7.5)
        pdf.set_fill_color(242, 244, 248)
        pdf.cell(w, 4.5, " " + lab, border="LTR", fill=True)
        pdf.set_xy(x, y + 4.5)
        pdf.set_font("DejaVu", "", 9)
        pdf.cell(w, 6, " " + val, border="LBR")
    pdf.set_xy(10, y + 10.5)

    prator_field(pdf, "Syfte med SIP",
                 "Robin har sedan i våras haft ett långdraget skov av sin bipolära sjukdom och har "
                 "skulder hos Kronofogden och en hyresskuld som gör att han riskerar att sägas upp "
                 "från lägenheten. Syftet med SIP:en är att vuxenpsykiatrin, socialtjänsten, god man "
                 "och Försäkringskassan samordnar stödet så att han kan behålla boendet och få en "
                 "stabil vardag med fungerande ekonomi.")
    prator_field(pdf, "Frågeställningar", "")
    prator_field(pdf, "Den enskildes mål",
                 "Målet är att Robin ska behålla sin lägenhet, ha en fungerande ekonomi med en "
                 "avbetalningsplan för skulderna och vara stabil i sitt mående så att arbetsträning "
                 "kan bli aktuell under 2025.")
    prator_field(pdf, "Den enskildes synpunkter", "")
    prator_field(pdf, "Samtycke",
                 "Muntligt samtycke lämnat till socialsekreterare vid hembesök 2024-10-02. Omfattar "
                 "Vuxenenheten, Vuxenpsykiatrin Västerås, Budget- och skuldrådgivningen, god man och "
                 "Försäkringskassan.")
    prator_field(pdf, "Deltagare",
                 "Anna, socialsekreterare, Vuxenenheten Västerås stad\n"
                 "Peter, skötare/kontaktperson, Vuxenpsykiatrin Västerås, Region Västmanland\n"
                 "Maria, budget- och skuldrådgivare, Budget- och skuldrådgivningen Västerås stad\n"
                 "Lars, god man (förordnad av Överförmyndarnämnden)\n"
                 "Hanna, handläggare, Försäkringskassan")
    prator_field(pdf, "Huvudansvarig för planen",
                 "Anna, socialsekreterare, Vuxenenheten, Västerås stad")

    pdf.ln(3)
    prator_section(pdf, "Insatser")
    rows = [
        ("Läkarbesök för uppföljning av litiumbehandlingen, provtagning var tredje månad",
         "Vuxenpsykiatrin Västerås, Region Västmanland", "Peter, kontaktperson", "2024-10-21", "2025-10-31"),
        ("Stödsamtal varannan vecka med fokus på sömn och tidiga varningstecken",
         "Vuxenpsykiatrin Västerås, Region Västmanland", "Peter, kontaktperson", "2024-10-21", "2025-04-30"),
        ("Genomgång av skulder hos Kronofogden och förberedelse av ansökan om skuldsanering",
         "Budget- och skuldrådgivningen, Västerås stad", "Maria, budget- och skuldrådgivare", "2024-11-04", "2025-02-28"),
        ("Betalar hyra och fasta räkningar, gör månadsbudget tillsammans med Robin",
         "God man", "Lars, god man", "2024-10-15", "Tills vidare"),
        ("Boendestöd två gånger i veckan: struktur i vardagen, post, inköp",
         "Boendestödet, Västerås stad", "Samordnare boendestöd", "", ""),
        ("Utredning av rätt till sjukpenning och eventuell sjukersättning",
         "Försäkringskassan", "Hanna, handläggare", "2024-10-14", "2024-12-20"),
        ("Ekonomiskt bistånd till hyran oktober–november i avvaktan på beslut från FK",
         "Vuxenenheten, Västerås stad", "Anna, socialsekreterare", "2024-10-15", "2024-11-30"),
        ("Kontakt med hyresvärden om avbetalningsplan för hyresskulden",
         "God man", "Lars, god man", "2024-10-21", "2024-11-15"),
        ("Krisplan vid tecken på mani uppdateras och lämnas till god man och boendestöd",
         "Vuxenpsykiatrin Västerås, Region Västmanland", "Peter, kontaktperson", "2024-11-01", "2024-11-30"),
        ("Samtal om arbetsträning via Arbetsmarknadsenheten när måendet är stabilt",
         "Vuxenenheten, Västerås stad", "Anna, socialsekreterare", "2025-03-01", "2025-06-30"),
    ]
    pdf.set_font("DejaVu", "", 8.5)
    head = FontFace(emphasis="BOLD", fill_color=(222, 228, 238))
    with pdf.table(col_widths=(105, 72, 50, 25, 25), headings_style=head, line_height=5,
                   repeat_headings=1, text_align="LEFT", padding=1.2,
                   borders_layout="ALL") as table:
        hdr = table.row()
        for h in ("Insats", "Ansvarig verksamhet", "Kontaktperson", "Start", "Klart"):
            hdr.cell(h)
        for r in rows:
            tr = table.row()
            for c in r:
                tr.cell(c)

    pdf.ln(4)
    prator_section(pdf, "Uppföljning")
    prator_field(pdf, "Uppföljning / nästa SIP-möte", "", min_h=9)
    pdf.ln(4)
    pdf.set_font("DejaVu", "", 8.5)
    pdf.cell(0, 5, "Planen upprättad 2024-10-14 av Anna, socialsekreterare. Fastställd i Prator 2024-10-15.",
             new_x="LMARGIN", new_y="NEXT")
    pdf.output(out("01.pdf"))


# ---------------------------------------------------------------- 02 letter to parents (docx)

def make_02():
    doc = Document()
    set_base_font(doc, "Calibri", 11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    hp = sec.header.paragraphs[0]
    hp.text = "Falu kommun · Barn- och utbildningsförvaltningen · Västra skolan F–6"
    hp.runs[0].font.size = Pt(9)
    hp.runs[0].font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    fp = sec.footer.paragraphs[0]
    fp.text = "Samordnad individuell plan – Elias, 8 år"
    fp.runs[0].font.size = Pt(8)
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    p = doc.add_paragraph("Falun 2024-10-10")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading("Samordnad individuell plan (SIP) för Elias", level=1)
    doc.add_paragraph().add_run("Till er som föräldrar till Elias").bold = True
    doc.add_paragraph(
        "Tack för att ni kom till mötet den 8 oktober 2024 här på Västra skolan. Här kommer "
        "planen som vi kom överens om. Vi har valt att skriva den som ett brev till er, så att "
        "det blir lätt att se vad vi bestämde och vem som gör vad fram till nästa gång vi ses.")

    doc.add_heading("Varför vi gör en SIP", level=2)
    doc.add_paragraph(
        "Elias har svårt att klara eftermiddagarna på fritids. Efter skoldagen blir det ofta bråk "
        "i kapprummet och på gården, och de senaste veckorna har ni fått hämta honom tidigt flera "
        "gånger, vilket också har gjort det svårt för er på era jobb. Syftet med planen är att "
        "skolan, fritids, BUP och ni som föräldrar gör på samma sätt, så att Elias kan stanna kvar "
        "på fritids tills ni slutar jobbet och slipper hamna i konflikter som slutar med att han "
        "blir skickad hem.")

    doc.add_heading("Det här ville vi få svar på", level=2)
    for q in ("Hur kan övergången från skoldagen till fritids bli lugnare för Elias?",
              "Räcker medicinen på eftermiddagen, eller behöver BUP se över dosen?",
              "Hur får ni som föräldrar veta hur dagen har varit, utan att det bara blir det som "
              "har gått dåligt som ni får höra?"):
        doc.add_paragraph(q, style="List Bullet")

    doc.add_heading("Målet", level=2)
    doc.add_paragraph(
        "Målet är att Elias ska kunna vara kvar på fritids hela eftermiddagen, minst fyra dagar i "
        "veckan, utan att behöva hämtas tidigt.")

    doc.add_heading("Vilka som var med", level=2)
    doc.add_paragraph(
        "På mötet var ni båda, Malin, Jonas, Petra och Sofie. Elias var med den första kvarten och "
        "visade oss fritidsrummet, sedan gick han ut på gården med en av fritidspedagogerna.")

    doc.add_heading("Vem gör vad", level=2)
    data = [
        ("Fritids, Västra skolan", [
            ("Lugn start: Elias börjar fritids i det lilla rummet med en vuxen och äter mellanmål "
             "där i ca 20 minuter", "Fritidspedagog", "Från 14 oktober 2024"),
            ("Bildschema för eftermiddagen som gås igenom när han kommer", "Fritidspedagog",
             "Från 14 oktober 2024"),
            ("Ett kort meddelande till er i Unikum varje dag om något som har gått bra",
             "Fritidspedagog", "Varje dag från 14 oktober 2024"),
        ]),
        ("Skolan, klass 2", [
            ("Förvarning på sista lektionen om vem som tar emot honom på fritids", "Klasslärare",
             "Från 14 oktober 2024"),
            ("Elevhälsan observerar två eftermiddagar och gör en kartläggning av vad som triggar "
             "konflikterna", "Skolkurator", "Klart 15 november 2024"),
        ]),
        ("BUP Falun", [
            ("Läkarbesök för att se över medicinen för eftermiddagen", "Läkare", "22 oktober 2024"),
            ("Föräldragrupp för föräldrar till barn med ADHD, fem träffar", "Psykolog",
             "Start 6 november 2024"),
        ]),
        ("Ni som föräldrar", [
            ("Ser till att Elias tar morgondosen och att eftermiddagsdosen finns på skolan",
             "Mamma och pappa", "Varje skoldag"),
            ("Hämtar enligt det schema vi gjorde och ringer fritids om något ändras",
             "Mamma och pappa", "Från 14 oktober 2024"),
        ]),
    ]
    n = 1 + sum(len(v) for _, v in data)
    t = doc.add_table(rows=n, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = (Cm(3.5), Cm(6.0), Cm(3.6), Cm(3.3))
    for i, h in enumerate(("Verksamhet", "Insats", "Vem", "När")):
        c = t.rows[0].cells[i]
        cell_text(c, h, bold=True)
        set_cell_shading(c, "D9E2F3")
    mark_header_row(t.rows[0])
    r = 1
    for unit, items in data:
        start = r
        for ins, who, when in items:
            cell_text(t.cell(r, 1), ins)
            cell_text(t.cell(r, 2), who)
            cell_text(t.cell(r, 3), when)
            r += 1
        merged = t.cell(start, 0).merge(t.cell(r - 1, 0))
        cell_text(merged, unit, bold=True)
    set_col_widths(t, widths)

    doc.add_heading("Hur vi följer upp", level=2)
    doc.add_paragraph(
        "Vi ses igen efter jullovet, i januari, och går då igenom hur eftermiddagarna har fungerat. "
        "Ni får en kallelse i god tid innan.")
    doc.add_paragraph(
        "Hör av er om något i brevet inte stämmer med det ni minns från mötet, så rättar vi det.")
    doc.add_paragraph("Vänliga hälsningar\nVi som var med på mötet från skolan, fritids och BUP")
    save_docx(doc, out("02.docx"), "Västra skolan", "SIP Elias",
              dt.datetime(2024, 10, 10, 9, 0))


# ---------------------------------------------------------------- 03 journal export (txt cp1252 CRLF)

def make_03():
    W = 76
    sep = "-" * W
    L = []
    L.append("JOURNALUTDRAG".ljust(W - 28) + "Utskrivet: 2025-02-12 09:41")
    L.append("Vårdenhet: Beroendemottagningen Enköping, Region Uppsala")
    L.append("Patient: Adam  XXXXXX-XXXX")
    L.append("Urval: Journalanteckningar 2025-01-14 -- 2025-02-11, alla yrkeskategorier")
    L.append("=" * W)

    def note(date, kind, prof, header, body, sign):
        L.append("")
        L.append("Journalanteckning")
        L.append(f"Datum: {date}".ljust(30) + f"Vårdkontakt: {kind}")
        L.append(f"Yrkeskategori: {prof}")
        L.append(f"Rubrik: {header}")
        L.append("")
        for item in body:
            if isinstance(item, tuple):
                key, val = item
                L.extend(wrap(f"{key}: {val}", W, indent=" " * 4).split("\n"))
            else:
                L.extend(wrap(item, W).split("\n"))
            L.append("")
        L.append(f"Signerad av: {sign}")
        L.append(sep)

    note("2025-01-14 10:00", "Besök", "Sjuksköterska", "Nybesök",
         [("Kontaktorsak", "Egenremiss via 1177. Söker för dagligt cannabisbruk."),
          ("Aktuellt", "20-årig man som röker cannabis dagligen sedan 16-årsåldern, oftast på "
           "kvällen för att kunna somna. Sover dåligt, ångest kvällstid. Hoppade av gymnasiet i "
           "årskurs 2 (El- och energiprogrammet). Bor i andrahand hos en kompis, kontraktet går ut "
           "i mars. Har försörjningsstöd sedan i höstas. Inget alkoholproblem enligt egen uppgift."),
          ("Bedömning", "AUDIT 6 p, DUDIT 28 p. Motiverad till förändring. Ingen suicidalitet."),
          ("Övrigt", "Informerad om SIP och om att vi kan samverka med socialtjänsten om han vill. "
           "Vill fundera.")],
         "Ahmed, sjuksköterska  2025-01-14 11:52")

    note("2025-01-20 13:30", "Besök", "Kurator", "Samtal",
         [("Aktuellt", "Pat kommer på besök och vill nu gärna ha en SIP med socialtjänsten "
           "eftersom han riskerar att stå utan boende när andrahandskontraktet går ut."),
          ("Samtycke", "Pat samtycker till SIP och till att uppgifter lämnas mellan "
           "Beroendemottagningen och socialtjänsten i Enköping. Skriftligt samtycke på blankett "
           "\u201dSamtycke till SIP\u201d undertecknat vid dagens besök 2025-01-20, inskannat."),
          ("Åtgärd", "Kurator kontaktar socialtjänsten för att boka tid för SIP-möte.")],
         "Lina, kurator  2025-01-20 14:15")

    note("2025-02-04 09:00", "Möte, extern part", "Kurator", "SIP-möte",
         [("Syfte", "SIP."),
          ("Deltagare", "Patienten. Lina, kurator. Ahmed, sjuksköterska. Sanna, handläggare."),
          ("Frågeställning", "Var ska Adam bo när andrahandskontraktet går ut i mars? Kan "
           "behandlingen för cannabisbruket kombineras med att han börjar läsa in gymnasiet på "
           "Komvux till hösten?"),
          ("Aktuellt", "Har minskat något sedan nybesöket, röker nu ungefär fem kvällar i veckan. "
           "Sover fortfarande dåligt. Har inte sökt någon lägenhet själv, står inte i bostadskö."),
          ("Patientens synpunkter", "Pat deltog under hela mötet. Säger själv: \u201dJag vill ha "
           "ett eget ställe och slippa röka varje kväll för att kunna sova.\u201d Vill helst inte "
           "flytta till ett boende med personal."),
          ("Bedömning", "Fortsatt behov av behandling på mottagningen. Boendesituationen är det "
           "som oroar honom mest just nu."),
          ("Planering", "Fortsatt kontakt på mottagningen. Stöd från socialtjänsten vid behov "
           "kring boendet. Ny SIP om ca två månader.")],
         "Lina, kurator  2025-02-04 15:07")

    note("2025-02-11 10:00", "Besök", "Sjuksköterska", "Återbesök",
         [("Aktuellt", "Pat kommer som planerat. Mår något bättre, röker nu varannan kväll. Har "
           "tagit med sig ett sömnschema som han har fyllt i. Pratar om SIP-mötet förra veckan, "
           "tyckte det var skönt att alla satt i samma rum."),
          ("Bedömning", "Stabil, fortsatt motiverad."),
          ("Åtgärd", "Återbesök enligt överenskommelse.")],
         "Ahmed, sjuksköterska  2025-02-11 10:48")
    L.append("")
    L.append("Slut på utdrag. Antal anteckningar: 4")
    text = "\r\n".join(L) + "\r\n"
    with open(out("03.txt"), "wb") as f:
        f.write(text.encode("cp1252"))


# ---------------------------------------------------------------- 04 follow-up (markdown)

def make_04():
    md = """# Uppföljning av SIP – Jonatan

**Datum:** 2025-03-18
**Plats:** Psykosmottagningen, Psykiatri Nära Uppsala
**Plan som följs upp:** SIP från 2024-11-05

**Frågor inför mötet:** Diskutera läget.

Jonatan var med hela mötet och hade skrivit ner några saker själv i telefonen som han läste upp.
Han säger att han vill gå upp till 75 % studietakt till hösten men är rädd för att bli stressad
som förra gången, och han vill inte att studierna ska "ta över" så att han slutar träffa kompisar
igen. Han är nöjd med att hösten inte blev som han var rädd för.

## Hur har det gått sedan förra planen?

| Mål | Hur har det gått? | Nästa steg |
|---|---|---|
| "Jag vill klara Svenska 2 och Matte 2 till sommaren." | Svenska 2 går bra, har lämnat in alla uppgifter. Matte 2 ligger efter, missade två veckor i januari när han sov dåligt. | Fortsätter Svenska 2 i nuvarande takt. Matte 2 flyttas till HT 2025, se nya insatser. |
| "Jag vill sova på nätterna och inte vara vaken till fyra." | Bättre sedan medicinen justerades i december. Somnar oftast före ett. | Fortsätter med sömndagbok och går igenom den med kontaktsjuksköterskan. |
| "Jag vill kunna träffa kompisar igen utan att bli paranoid." | Har varit på två fotbollsträningar och en fest. Kände sig iakttagen på festen men gick inte hem. | Fortsätter träna. Tar upp oron i stödsamtalen. |
| Få en stabil ekonomi under studietiden | Studiemedel för vårterminen beviljat. | Ansöka om studiemedel för hösten, se nedan. |

## Nya insatser

- **Kontaktsjuksköterska, Psykosmottagningen Uppsala:** stödsamtal varannan vecka med fokus på stress inför prov, från 2025-04-01 till terminens slut.
- **Studie- och yrkesvägledare, Komvux Uppsala:** gör en studieplan för 75 % studietakt HT 2025 tillsammans med Jonatan, klar senast 2025-05-30.
- **Specialpedagog, Komvux Uppsala:** anpassning vid prov (eget rum och förlängd skrivtid) från och med april.
- **Regionen:** läkaren ser över om dosen kan sänkas.
- **Jonatan själv:** söker studiemedel hos CSN för höstterminen senast 2025-05-15. Pappa hjälper honom att fylla i ansökan.

Huvudansvaret för planen ligger kvar hos psykiatrin.

**Nästa uppföljning:** 2025-06-10 kl. 13.00 på Psykosmottagningen.
"""
    with open(out("04.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ---------------------------------------------------------------- 05 lättläst, two-column table (docx)

def make_05():
    doc = Document()
    set_base_font(doc, "Arial", 14)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = Cm(1.8)
    hp = sec.header.paragraphs[0]
    hp.text = "Borlänge kommun · Daglig verksamhet Verkstan"
    hp.runs[0].font.size = Pt(10)
    title = doc.add_paragraph()
    tr = title.add_run("Min SIP")
    tr.bold = True
    tr.font.size = Pt(24)
    doc.add_paragraph("Här står det vi pratade om på mötet.")

    rows = [
        ("Mitt namn", "Emil"),
        ("Datum för mötet", "11 mars 2025"),
        ("Var var mötet?", "På Verkstan i Borlänge."),
        ("Vem var med?", "Du.\nEva, din mamma.\nSara.\nJonas.\nLinnea."),
        ("Det här ska vi prata om", "Hur det går."),
        ("Det här vill jag", "Jag vill jobba med cyklar.\nJag vill ha lugnt på morgonen.\n"
                             "Jag vill åka buss själv till Verkstan."),
        ("Bra att veta om mig", "Jag har autism.\nJag tycker inte om när det är mycket ljud.\n"
                                "Jag vill veta vad som ska hända."),
        ("Det här sa du på mötet", "Du var med på hela mötet.\nDu sa att bussen är jobbig när "
                                   "den är full.\nDu sa att du gillar att skruva."),
        ("Får vi prata med varandra om dig?", "Ja.\nDu sa ja på mötet den 11 mars 2025.\n"
                                              "Du skrev ditt namn på ett papper."),
        ("Det här ska hända",
         "Verkstan: Du jobbar med cyklar på tisdagar och torsdagar. Det börjar den 1 april.\n"
         "Verkstan: Någon från personalen åker buss med dig i fyra veckor. Sedan åker du själv. "
         "Det börjar den 1 april.\n"
         "Habiliteringen: De gör ett bildschema för morgonen. De kommer hem till dig.\n"
         "Gruppbostaden Solgläntan: Personalen tittar på bildschemat med dig varje morgon. "
         "Det börjar den 14 april."),
        ("Andra som hjälper dig", "Din gode man och mamma är också viktiga för dig."),
        ("Den som håller ihop planen", "Sara. Hon är LSS-handläggare på Borlänge kommun."),
    ]
    t = doc.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for i, (lab, val) in enumerate(rows):
        a, b = t.rows[i].cells
        cell_text(a, lab, bold=True)
        set_cell_shading(a, "FFF2CC")
        cell_text(b, val)
    set_col_widths(t, (Cm(6.0), Cm(11.0)))
    save_docx(doc, out("05.docx"), "Verkstan Borlänge", "Min SIP",
              dt.datetime(2025, 3, 12, 10, 0))


# ---------------------------------------------------------------- 06 stroke discharge (docx -> LibreOffice PDF)

def make_06():
    doc = Document()
    set_base_font(doc, "Liberation Sans", 10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Sala kommun och Region Västmanland\tSIP vid utskrivning"
    hp.runs[0].font.size = Pt(8.5)
    fp = sec.footer.paragraphs[0]
    fp.text = "Samordnad individuell plan enligt lag (2017:612) om samverkan vid utskrivning"
    fp.runs[0].font.size = Pt(8)

    doc.add_heading("SIP vid utskrivning från slutenvård", level=1)
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([("Namn", "Göran"), ("Personnummer", "XXXXXX-XXXX"),
                                ("Datum för SIP-möte", "2025-01-28"),
                                ("Plats", "Strokeavdelningen, Västmanlands sjukhus Västerås, samt via Teams")]):
        cell_text(t.cell(i, 0), a, bold=True)
        cell_text(t.cell(i, 1), b)
    set_col_widths(t, (Cm(4.5), Cm(12.1)))
    doc.add_paragraph()
    for mark, text in (("☒", "Den enskilde deltog"), ("☐", "Samtycke inhämtat"),
                       ("☒", "Närstående informerad")):
        p = doc.add_paragraph()
        r = p.add_run(mark + " ")
        r.font.name = "DejaVu Sans"
        r.font.size = Pt(12)
        p.add_run(text)
        p.paragraph_format.space_after = Pt(2)

    doc.add_heading("Syfte", level=2)
    doc.add_paragraph("SIP inför utskrivning.")

    doc.add_heading("Bakgrund", level=2)
    doc.add_paragraph(
        "81-årig man som lades in 2025-01-15 med vänstersidig svaghet i arm och ben efter "
        "hjärninfarkt i höger hemisfär. Går nu med rollator med tillsyn, behöver hjälp vid dusch "
        "och på- och avklädning samt med att lägga upp måltider. Lätt neglekt åt vänster. Bor "
        "ensam i lägenhet två trappor upp med hiss i Sala. Var helt självständig före insjuknandet, "
        "hade inga insatser från kommunen. Beräknat utskrivningsdatum 2025-02-03.")

    doc.add_heading("Mål", level=2)
    doc.add_paragraph("Att Göran ska kunna bo kvar i sin lägenhet och klara förflyttningar inomhus själv.")

    doc.add_heading("Insatser", level=2)
    rows = [
        ("Hemtjänst morgon och kväll: hjälp med dusch, på- och avklädning och måltider",
         "Hemtjänsten Sala, område Centrum", "2025-02-03"),
        ("Trygghetslarm installeras på hemgångsdagen", "Biståndsenheten, Sala kommun", "2025-02-03"),
        ("Hemsjukvård: läkemedelsdelning i dosett en gång i veckan",
         "Hemsjukvården, Sala kommun", "2025-02-03"),
        ("Hemrehabilitering: gångträning, bedömning av hjälpmedel och bostadsanpassning",
         "Rehab i hemmet, Sala kommun (fysioterapeut och arbetsterapeut)", "2025-02-04"),
        ("Läkemedelsgenomgång och uppföljning av blodtryck", "Vårdcentralen Sala", "2025-02-17"),
        ("Återbesök strokemottagningen", "Strokemottagningen, Västmanlands sjukhus Västerås",
         "2025-04-08"),
    ]
    t = doc.add_table(rows=1 + len(rows), cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(("Insats", "Ansvarig verksamhet", "Start")):
        cell_text(t.cell(0, i), h, bold=True)
        set_cell_shading(t.cell(0, i), "E2EFDA")
    mark_header_row(t.rows[0])
    for r, row in enumerate(rows, start=1):
        for i, v in enumerate(row):
            cell_text(t.cell(r, i), v)
    set_col_widths(t, (Cm(8.0), Cm(6.1), Cm(2.5)))

    doc.add_heading("Närstående", level=2)
    doc.add_paragraph("Dottern bor i Västerås och är informerad om planeringen.")

    doc.add_heading("Huvudansvar", level=2)
    doc.add_paragraph("Sala kommun.")

    doc.add_heading("Deltagare", level=2)
    doc.add_paragraph("Göran, biståndshandläggare, sjuksköterska, fysioterapeut, distriktssköterska.")

    doc.add_heading("Uppföljning", level=2)
    doc.add_paragraph("Uppföljning i hemmet 2025-02-25 kl. 10.00.")

    os.makedirs(BUILD, exist_ok=True)
    src = os.path.join(BUILD, f"{PREFIX}-06.docx")
    save_docx(doc, src, "Strokeavdelningen", "SIP vid utskrivning",
              dt.datetime(2025, 1, 28, 14, 0))
    lo_convert(src, BUILD)
    shutil.copyfile(os.path.join(BUILD, f"{PREFIX}-06.pdf"), out("06.pdf"))


def lo_convert(src, outdir):
    cmd = ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
           "--convert-to", "pdf", "--outdir", outdir, src]
    subprocess.run(cmd, check=True, timeout=300, stdout=subprocess.DEVNULL)


# ---------------------------------------------------------------- 07 county template with hint texts (docx)

def hint(doc, text):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.italic = True
    r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    r.font.size = Pt(9.5)
    p.paragraph_format.space_after = Pt(2)
    return p


def make_07():
    doc = Document()
    set_base_font(doc, "Calibri", 11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Samordnad individuell plan – länsgemensam mall, Region Uppsala och länets kommuner (version 2023)"
    hp.runs[0].font.size = Pt(8)
    hp.runs[0].font.small_caps = True
    fp = sec.footer.paragraphs[0]
    fp.text = "Mallen förvaltas av länets samverkansgrupp. Ta bort hjälptexterna innan planen sparas."
    fp.runs[0].font.size = Pt(7.5)
    fp.runs[0].italic = True

    p = doc.add_paragraph()
    r = p.add_run("SAMORDNAD INDIVIDUELL PLAN (SIP)")
    r.bold = True
    r.font.size = Pt(16)
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([("Namn", "Gun"), ("Personnummer", "ÅÅMMDD-XXXX"),
                                ("Datum för SIP-möte", "2024-11-27, Vårdcentralen Tierp")]):
        cell_text(t.cell(i, 0), a, bold=True)
        cell_text(t.cell(i, 1), b)
    set_col_widths(t, (Cm(4.5), Cm(11.5)))

    def sec_head(text):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.space_after = Pt(2)
        rr = p.add_run(text)
        rr.bold = True
        rr.font.size = Pt(12)

    def answer(text):
        doc.add_paragraph(text)

    sec_head("1. Syfte med SIP-mötet")
    hint(doc, "Beskriv syftet med SIP-mötet utifrån den enskildes situation och behov.")
    answer("Vi behöver samordna hemtjänstens stöd och vårdcentralens behandling eftersom Gun sedan "
           "maken dog i augusti har blivit alltmer nedstämd, äter dåligt och har tackat nej till "
           "hemtjänstens besök flera gånger. Hemtjänsten har också sett att hon inte tar sina "
           "mediciner som hon ska, och vi vill att alla vet vem som gör vad så att hon kan bo "
           "kvar hemma.")

    sec_head("2. Frågeställningar")
    hint(doc, "Vilka frågor behöver lösas på mötet? Formulera dem gärna tillsammans med den enskilde.")

    sec_head("3. Den enskildes mål")
    hint(doc, "Beskriv den enskildes egna mål, gärna med hennes/hans egna ord.")

    sec_head("4. Den enskildes delaktighet och synpunkter")
    hint(doc, "Beskriv hur den enskilde har varit delaktig. Om hen inte deltog: ange varför och "
              "hur hens synpunkter har förmedlats.")

    sec_head("5. Samtycke")
    hint(doc, "Ange hur och när samtycke har inhämtats (muntligt/skriftligt, datum).")
    answer("Samtycke finns.")

    sec_head("6. Insatser")
    hint(doc, "Beskriv vilka insatser och åtgärder som ska genomföras.")
    answer("Fortsatt stöd i vardagen. Fortsatt kontakt. Stöd vid behov.")

    sec_head("7. Vem gör vad och när")
    hint(doc, "Ange för varje insats vem som ansvarar (verksamhet/funktion) och när den ska vara genomförd.")

    sec_head("8. Huvudansvarig för planen")
    hint(doc, "Ange namn, funktion och verksamhet för den som har huvudansvaret för planen.")

    sec_head("9. Andra aktörers insatser")
    hint(doc, "T.ex. närstående, god man, Försäkringskassan, Arbetsförmedlingen. Ange vem som gör vad.")

    sec_head("10. Uppföljning")
    hint(doc, "Ange datum och tid för uppföljning.")
    answer("Vid behov.")

    sec_head("11. Deltagare")
    hint(doc, "Ange namn, funktion och verksamhet för samtliga deltagare.")
    for line in ("Lena, distriktssköterska, Vårdcentralen Tierp",
                 "Per, allmänläkare, Vårdcentralen Tierp",
                 "Annika, biståndshandläggare, Äldreomsorgen Tierps kommun",
                 "Kristina, enhetschef, Hemtjänsten Tierp centrum",
                 "Mona, sjuksköterska, Äldrepsykiatriska mottagningen, Region Uppsala"):
        doc.add_paragraph(line, style="List Bullet")

    save_docx(doc, out("07.docx"), "Vårdcentralen Tierp", "SIP",
              dt.datetime(2024, 11, 28, 8, 30))


# ---------------------------------------------------------------- 08 invitation, not a plan (docx)

def make_08():
    doc = Document()
    set_base_font(doc, "Calibri", 11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Ludvika kommun · Elevhälsan, Parkskolan 7–9"
    hp.runs[0].font.size = Pt(9)
    p = doc.add_paragraph("Ludvika 2025-03-20")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading("Kallelse till SIP-möte", level=1)
    doc.add_paragraph("Till Nora och hennes vårdnadshavare")

    t = doc.add_table(rows=3, cols=2)
    t.style = "Light List Accent 1"
    for i, (a, b) in enumerate([("Tid", "Tisdag 8 april 2025 kl. 13.00–14.30"),
                                ("Plats", "Elevhälsans konferensrum, Parkskolan, Ludvika. "
                                          "Det går också att delta via Teams."),
                                ("Sammankallande", "Elin, kurator, Elevhälsan Parkskolan")]):
        cell_text(t.cell(i, 0), a, bold=True)
        cell_text(t.cell(i, 1), b)
    set_col_widths(t, (Cm(4.0), Cm(12.0)))

    doc.add_heading("Vilka som är inbjudna", level=2)
    for line in ("Nora och hennes vårdnadshavare",
                 "Mentor och skolsköterska, Parkskolan",
                 "Elin, kurator, Elevhälsan Parkskolan",
                 "Behandlare, BUP Ludvika",
                 "Socialsekreterare, Barn och familj, Socialtjänsten Ludvika"):
        doc.add_paragraph(line, style="List Bullet")

    doc.add_heading("Varför vi vill ha ett möte", level=2)
    doc.add_paragraph(
        "Nora har haft mycket frånvaro sedan november och har de senaste veckorna inte varit i "
        "skolan alls. Hon har kontakt med BUP för ångest, och familjen har haft samtal med "
        "socialtjänsten. Vi som kallar tror att det blir lättare för Nora och för er om vi sätter "
        "oss tillsammans och gör en samordnad individuell plan, så att skolan, BUP och "
        "socialtjänsten inte jobbar var för sig.")

    doc.add_heading("Att fundera på inför mötet", level=2)
    for q in ("Vad är det som gör det svårt att komma till skolan just nu?",
              "Finns det någon lektion, lärare eller plats på skolan som känns okej?",
              "Vad skulle vara en första rimlig förändring, till exempel en timme om dagen?",
              "Vad behöver ni som föräldrar för stöd hemma på morgnarna?",
              "Finns det något ni inte vill att vi tar upp när alla är med?"):
        doc.add_paragraph(q, style="List Number")

    doc.add_paragraph(
        "Nora är mycket välkommen att vara med hela eller delar av mötet. Om hon hellre vill "
        "berätta för någon av oss innan, går det också bra. Innan mötet behöver vi ert samtycke "
        "till att vi får prata med varandra; det tar vi upp i början av mötet.")
    doc.add_paragraph("Om tiden inte passar, ring Elevhälsan via växeln så hittar vi en ny tid.")
    doc.add_paragraph("Välkomna!\nElin, kurator")
    save_docx(doc, out("08.docx"), "Elevhälsan Parkskolan", "Kallelse till SIP-möte",
              dt.datetime(2025, 3, 20, 11, 0))


def main():
    os.makedirs(PLANS, exist_ok=True)
    make_01()
    make_02()
    make_03()
    make_04()
    make_05()
    make_06()
    make_07()
    make_08()
    print("done:", sorted(os.listdir(PLANS)))


if __name__ == "__main__":
    main()
