#!/usr/bin/env python3
"""Generate the f22a batch of fictional, anonymized SIP plans into plans/.

Run with python generate_a.py
Deterministic: fixed dates, no randomness. f22a-06.pdf is made via LibreOffice.
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
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f22a"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIXED = datetime.datetime(2025, 6, 1, 12, 0, 0, tzinfo=datetime.timezone.utc)


def out(n, ext):
    return os.path.join(OUT, f"{PREFIX}-{n:02d}.{ext}")


# ---------------------------------------------------------------- helpers (docx)

def fix_core(doc, title, author="", when=None):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = when or FIXED.replace(tzinfo=None)
    cp.modified = when or FIXED.replace(tzinfo=None)
    cp.revision = 1


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


def cell_text(cell, text, bold=False, size=None, italic=False, color=None):
    """Replace cell content with text; '\n' gives new paragraphs."""
    lines = text.split("\n")
    cell.paragraphs[0].text = ""
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    return cell


def set_col_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w) / 635)))
    for row in table.rows:
        for idx, w in enumerate(widths_cm):
            if idx < len(row.cells):
                row.cells[idx].width = Cm(w)


def bold_para(doc, text, size=None, space_before=6):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    p.paragraph_format.space_before = Pt(space_before)
    p.paragraph_format.space_after = Pt(2)
    return p


def add_sdt_placeholder(paragraph, placeholder="Klicka eller tryck här för att ange text."):
    """Append an empty plain-text content control (w:sdt) showing its placeholder."""
    sdt = OxmlElement("w:sdt")
    sdtPr = OxmlElement("w:sdtPr")
    alias = OxmlElement("w:alias")
    alias.set(qn("w:val"), "Text")
    sdtPr.append(alias)
    show = OxmlElement("w:showingPlcHdr")
    sdtPr.append(show)
    txt = OxmlElement("w:text")
    sdtPr.append(txt)
    sdt.append(sdtPr)
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    rPr = OxmlElement("w:rPr")
    rStyle = OxmlElement("w:color")
    rStyle.set(qn("w:val"), "808080")
    rPr.append(rStyle)
    r.append(rPr)
    t = OxmlElement("w:t")
    t.text = placeholder
    t.set(qn("xml:space"), "preserve")
    r.append(t)
    content.append(r)
    sdt.append(content)
    paragraph._p.append(sdt)


def header_footer(section, header_text, footer_text, size=8):
    section.header.is_linked_to_previous = False
    section.footer.is_linked_to_previous = False
    hp = section.header.paragraphs[0]
    hp.text = ""
    hr = hp.add_run(header_text)
    hr.font.size = Pt(size)
    fp = section.footer.paragraphs[0]
    fp.text = ""
    fr = fp.add_run(footer_text)
    fr.font.size = Pt(size)


# ================================================================ 01 PDF (fpdf2)

class RecordPrint(FPDF):
    SYSTEM = "Region Västmanland · Vårdjournal – Samordnad individuell plan (SIP)"
    PRINTED = "Utskrivet 2025-03-12 14:37 av: Maria, case manager"

    def header(self):
        self.set_font("DejaVu", "B", 8)
        self.set_text_color(40, 40, 40)
        self.cell(130, 5, self.SYSTEM, new_x="RIGHT", new_y="TOP")
        self.set_font("DejaVu", "", 8)
        self.cell(0, 5, f"Sida {self.page_no()} ({{nb}})", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.cell(130, 4, self.PRINTED, new_x="RIGHT", new_y="TOP")
        self.cell(0, 4, "Patient: K.  XXXXXX-XXXX", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(0, 0, 0)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "Utskrift ur journal – kontrollera alltid aktuell version i systemet. "
                  "Dokumenttyp: SIP. Status: Signerad 2025-03-12.", align="C")
        self.set_text_color(0, 0, 0)

    def pair(self, l1, v1, l2, v2, min_h=11):
        """Two boxed fields side by side with the same height."""
        full = self.w - self.l_margin - self.r_margin
        half = full / 2
        self.set_font("DejaVu", "", 9)
        n = max(len(self.multi_cell(half - 4, 4.6, v, dry_run=True, output="LINES")) for v in (v1, v2))
        h = max(min_h, 6 + 4.6 * n + 2)
        if self.get_y() + h > self.page_break_trigger:
            self.add_page()
        y = self.get_y()
        self.field(l1, v1, w=half, x=self.l_margin, min_h=h, y=y)
        self.field(l2, v2, w=half, x=self.l_margin + half, min_h=h, y=y)
        self.set_xy(self.l_margin, y + h)

    def field(self, label, value, w=None, x=None, min_h=11, y=None):
        """A boxed label/value field; label small at top, value below."""
        if w is None:
            w = self.w - self.l_margin - self.r_margin
        if x is None:
            x = self.l_margin
        if y is None:
            y = self.get_y()
        self.set_font("DejaVu", "", 9)
        lines = self.multi_cell(w - 4, 4.6, value, dry_run=True, output="LINES") if value else []
        h = max(min_h, 6 + 4.6 * max(1, len(lines)) + 2)
        if y + h > self.page_break_trigger:
            self.add_page()
            y = self.get_y()
        self.rect(x, y, w, h)
        self.set_xy(x + 1.5, y + 0.8)
        self.set_font("DejaVu", "", 6.5)
        self.set_text_color(80, 80, 80)
        self.cell(w - 3, 3.5, label)
        self.set_text_color(0, 0, 0)
        self.set_font("DejaVu", "", 9)
        self.set_xy(x + 2, y + 5)
        if value:
            self.multi_cell(w - 4, 4.6, value)
        self.set_xy(self.l_margin, y + h)
        return y, h


def make_01():
    pdf = RecordPrint(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("SIP – K.")
    pdf.set_author("Region Västmanland")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_margins(15, 12, 15)
    pdf.set_auto_page_break(True, margin=18)
    pdf.alias_nb_pages()
    pdf.add_page()

    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 7, "Samordnad individuell plan (SIP)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 8)
    pdf.cell(0, 4, "Vårdenhet: Psykiatrisk öppenvård Sala · Upprättad i samverkan med Sala kommun",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)

    full = pdf.w - pdf.l_margin - pdf.r_margin
    half = full / 2
    # row of two fields
    pdf.pair("Mötesdatum", "2025-03-11 kl. 13.00–14.30",
             "Plats", "Psykiatrisk öppenvård Sala, samtalsrum 2")
    pdf.pair("Planens status", "Ny plan",
             "Typ av SIP", "SIP efter slutenvård (utskriven 2025-03-04)")

    pdf.field("Deltagare (namn, funktion, verksamhet)",
              "K., den enskilde\n"
              "Maria, case manager, Socialpsykiatrin Sala kommun\n"
              "Jenny, sjuksköterska/kontaktperson, Psykiatrisk öppenvård Sala\n"
              "Ahmed, överläkare, Psykiatrisk öppenvård Sala\n"
              "Tove, socialsekreterare, IFO Vuxen Sala kommun\n"
              "Lars, budget- och skuldrådgivare, Sala kommun")
    pdf.field("Bakgrund",
              "K. är 34 år och bor ensam i hyreslägenhet i Sala. Diagnos schizofreni sedan 2016. "
              "Vårdades på Psykiatriska kliniken Västerås 2025-02-10 – 2025-03-04 efter ett skov "
              "med misstänkt utsatt medicinering. Under hösten 2024 har K. inte betalat hyran för "
              "tre månader och hyresvärden har skickat uppsägning. Det finns även obetalda "
              "räkningar (mobilabonnemang, sjukvårdsavgifter) som gått till inkasso. Boendestöd har "
              "tidigare funnits men avslutades sommaren 2024.")
    pdf.field("Syfte med SIP", "Samordning av insatser.")
    pdf.field("Frågeställningar inför mötet",
              "1. Hur ska hyresskulden hanteras så att K. inte förlorar lägenheten?\n"
              "2. Vem ser till att depotinjektionerna blir av när K. inte kommer till mottagningen?\n"
              "3. Kan boendestödet starta igen innan uppsägningstiden löper ut?")
    pdf.field("Den enskildes mål",
              "Målet är att K. ska kunna bo kvar i sin lägenhet, ha en stabil medicinering och "
              "på sikt få en sysselsättning några dagar i veckan.")
    pdf.pair("Den enskildes delaktighet", "K. deltog under hela mötet.",
             "Samtycke", "Samtycke: Ja", min_h=13)
    pdf.ln(3)

    # action table, runs over the page break with repeated header row
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 6, "Insatser och åtgärder", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 8)
    head = ("Nr", "Insats/åtgärd", "Ansvarig verksamhet", "Ansvarig funktion", "Start", "Slut")
    rows = [
        ("1", "Depotinjektion (Xeplion) var fjärde vecka. Vid uteblivet besök ringer "
              "mottagningen K. samma dag och gör vid behov hembesök.",
         "Psykiatrisk öppenvård Sala", "Sjuksköterska, kontaktperson", "2025-03-14", "Tills vidare"),
        ("2", "Läkarbesök med utvärdering av medicinering och biverkningar.",
         "Psykiatrisk öppenvård Sala", "Överläkare", "2025-04-02", "2025-04-02"),
        ("3", "Krisplan uppdateras tillsammans med K. och en kopia lämnas till boendestödet.",
         "Psykiatrisk öppenvård Sala", "Sjuksköterska, kontaktperson", "2025-03-14", "2025-03-28"),
        ("4", "Ansökan om försörjningsstöd för hyresskuld (dec–feb) handläggs med förtur; "
              "socialsekreteraren kontaktar hyresvärden om återkallande av uppsägningen.",
         "IFO Vuxen, Sala kommun", "Socialsekreterare", "2025-03-12", "2025-03-21"),
        ("5", "Genomgång av samtliga skulder, kontakt med fordringsägarna och upprättande av "
              "budget. Ställningstagande till ansökan om skuldsanering.",
         "Budget- och skuldrådgivningen, Sala kommun", "Budget- och skuldrådgivare",
         "2025-03-20", "2025-05-31"),
        ("6", "Boendestöd två gånger per vecka: struktur i vardagen, post och räkningar, tvätt "
              "och inköp. Boendestödjaren följer med till apoteket första månaden.",
         "Socialpsykiatrin Sala kommun", "Boendestödjare", "2025-03-17", "2025-09-30"),
        ("7", "Metabol kontroll: blodprover, vikt, midjemått och blodtryck enligt "
              "vårdprogram för antipsykotisk behandling.",
         "Regionen", "–", "2025-04-10", "2025-04-10"),
        ("8", "Studiebesök på träffpunkten Fristad och ställningstagande till ansökan om "
              "sysselsättning enligt SoL.",
         "Socialpsykiatrin Sala kommun", "Case manager", "2025-04-15", "2025-05-15"),
        ("9", "Samordning av kontakterna enligt planen och kallelse till uppföljning.",
         "Socialpsykiatrin Sala kommun", "Case manager", "2025-03-12", "2025-05-20"),
    ]
    # push the table so that it breaks across pages: it starts after the fields above
    grey = FontFace(emphasis="BOLD", fill_color=(225, 225, 225))
    with pdf.table(col_widths=(7, 56, 36, 34, 19, 19), headings_style=grey,
                   line_height=4.3, repeat_headings=1, text_align="LEFT",
                   padding=1.2) as table:
        r = table.row()
        for h in head:
            r.cell(h)
        for row in rows:
            r = table.row()
            for c in row:
                r.cell(c)
    pdf.ln(4)

    pdf.field("Huvudansvarig för planen (namn, funktion, verksamhet)",
              "Maria, case manager, Socialpsykiatrin Sala kommun")
    pdf.field("Andra aktörers insatser (t.ex. Försäkringskassan, Arbetsförmedlingen, god man, "
              "närstående)", "", min_h=12)
    pdf.pair("Uppföljning", "2025-05-20 kl. 13.00, Psykiatrisk öppenvård Sala",
             "Kallelse skickas av", "Case manager, Socialpsykiatrin Sala kommun")
    pdf.field("Planen signerad av",
              "Jenny, sjuksköterska, Psykiatrisk öppenvård Sala 2025-03-12\n"
              "Maria, case manager, Socialpsykiatrin Sala kommun 2025-03-12")
    pdf.output(out(1, "pdf"))


# ================================================================ 02 DOCX SIP vid utskrivning

def make_02():
    doc = Document()
    fix_core(doc, "SIP vid utskrivning", "Avdelning 71 Ortopedi")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    header_footer(sec, "Region Västmanland · Ortopedkliniken, avdelning 71, Västmanlands sjukhus Västerås",
                  "Dokumentet har upprättats i samverkan mellan region och kommun enligt "
                  "lagen om samverkan vid utskrivning från sluten hälso- och sjukvård.")

    h = doc.add_heading("SIP vid utskrivning", level=1)
    p = doc.add_paragraph()
    p.add_run("Patient: ").bold = True
    p.add_run("Gunnar, 84 år, Arboga. Personnummer: ÅÅMMDD-XXXX")
    p = doc.add_paragraph()
    p.add_run("Inskrivningsdatum: ").bold = True
    p.add_run("2025-03-03      ")
    p.add_run("Beräknat utskrivningsdatum: ").bold = True
    p.add_run("2025-03-14")
    p = doc.add_paragraph()
    p.add_run("SIP-möte: ").bold = True
    p.add_run("2025-03-11 kl. 10.30, digitalt via Teams")

    p = doc.add_paragraph()
    p.add_run("Deltagare: ").bold = True
    p.add_run("Två sjuksköterskor, biståndshandläggare, arbetsterapeut, distriktssköterska, "
              "dotter.")

    bold_para(doc, "Bakgrund")
    doc.add_paragraph(
        "Gunnar föll i hallen hemma 2025-03-02 och fick en höftfraktur på vänster sida som "
        "opererades med halvprotes 2025-03-03. Han bor ensam i en lägenhet på andra våningen "
        "med hiss och har sedan tidigare hemtjänst med inköp och städning varannan vecka. "
        "Förflyttningar sker nu med stöd av en person och gångbord/rollator korta sträckor. "
        "Behandling med Fragmin till och med 2025-04-07. Lätt kognitiv svikt enligt "
        "anteckning från vårdcentralen 2023, ingen demensdiagnos.")

    bold_para(doc, "Syfte")
    doc.add_paragraph("Trygg och säker hemgång.")

    bold_para(doc, "Mål")
    doc.add_paragraph(
        "Målet är att Gunnar ska klara förflyttningar säng–rullator–toalett självständigt och "
        "gå med rollator inomhus inom fyra veckor efter hemgång.")

    bold_para(doc, "Patientens delaktighet")
    doc.add_paragraph("Gunnar deltog inte i mötet.")

    bold_para(doc, "Samtycke")
    doc.add_paragraph("Samtycke finns.")

    bold_para(doc, "Fast vårdkontakt i öppen vård")
    doc.add_paragraph("Distriktssköterska Hanna, Vårdcentralen Arboga. Nås via växeln.")

    bold_para(doc, "Samordningsansvarig")
    doc.add_paragraph("Lena, biståndshandläggare, Vård och omsorg, Arboga kommun.")

    bold_para(doc, "Planerade insatser efter utskrivning", size=12, space_before=12)

    def unit_para(unit, text):
        p = doc.add_paragraph()
        p.add_run(unit + " ").bold = True
        p.add_run(text)
        p.paragraph_format.space_after = Pt(6)

    unit_para("Avdelning 71, Ortopedkliniken Västerås.",
              "Avdelningens sjuksköterska skickar utskrivningsmeddelande, aktuell läkemedelslista "
              "och omvårdnadsepikris senast 2025-03-14 kl. 09.00 och beställer sjukresa "
              "(liggande/sittande med rullstol) till kl. 11.00 samma dag. Fragmin och "
              "förbandsmaterial för de första tre dagarna skickas med patienten.")
    unit_para("Hemtjänst Arboga östra.",
              "Utökad hemtjänst från hemgångsdagen 2025-03-14: hjälp morgon, lunch, middag och "
              "kväll med personlig hygien, på- och avklädning, måltider och tillsyn. Trygghetslarm "
              "installeras 2025-03-13.")
    unit_para("Hemsjukvården Arboga kommun.",
              "Sjuksköterska tar över läkemedelsansvaret från 2025-03-14 (dosett delas varje "
              "vecka, hemtjänsten överlämnar). Fragmininjektioner ges av hemsjukvården till och "
              "med 2025-04-07. Agrafferna tas bort vid hembesök 2025-03-17.")
    unit_para("Rehabenheten Arboga kommun.",
              "Arbetsterapeut provar ut och levererar toalettförhöjning, duschpall och "
              "rollator 2025-03-13 och gör hembesök på eftermiddagen 2025-03-14. Fysioterapeut "
              "startar gång- och balansträning i hemmet 2025-03-18, två gånger i veckan till "
              "och med 2025-04-30.")
    unit_para("Vårdcentralen Arboga.",
              "Distriktssköterskan är fast vårdkontakt. Läkarbesök med ställningstagande till "
              "osteoporosbehandling och remiss för bentäthetsmätning 2025-04-09 kl. 14.20. "
              "Blodprov (Hb, kreatinin) tas i samband med besöket.")
    unit_para("Dotter Eva.",
              "Finns hemma hos Gunnar vid hemkomsten 2025-03-14 och handlar mat varje fredag "
              "från 2025-03-21. Följer med till läkarbesöket 2025-04-09.")

    bold_para(doc, "Uppföljning")
    doc.add_paragraph("Hemsjukvården följer upp hur hemgången har fungerat ungefär två veckor "
                      "efter utskrivningen och kontaktar samordningsansvarig vid behov.")

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(18)
    r = p.add_run("Upprättad av: Sofia, sjuksköterska, avdelning 71, 2025-03-11")
    r.italic = True
    r.font.size = Pt(9)
    doc.save(out(2, "docx"))


# ================================================================ 03 DOCX numbered headings + landscape

def make_03():
    doc = Document()
    fix_core(doc, "SIP – Ella", "Elevhälsan")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    for lvl in (1, 2):
        hs = doc.styles[f"Heading {lvl}"]
        hs.font.name = "Arial"
        hs.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    header_footer(sec, "Köpings kommun · Region Västmanland\t\tSIP – Samordnad individuell plan",
                  "Upprättad 2025-02-27 · Sekretess enligt OSL 26 kap. och 25 kap.")

    t = doc.add_paragraph()
    r = t.add_run("Samordnad individuell plan (SIP)")
    r.bold = True
    r.font.size = Pt(16)
    info = doc.add_table(rows=3, cols=4)
    info.style = "Table Grid"
    vals = [("Namn", "Ella, 14 år", "Mötesdatum", "2025-02-27"),
            ("Personnummer", "XXXXXX-XXXX", "Plats", "Karlbergsskolan, Köping"),
            ("Skola/klass", "Karlbergsskolan, 8B", "Planen gäller", "2025-03-01 – 2025-06-13")]
    for i, row in enumerate(vals):
        for j, v in enumerate(row):
            cell_text(info.cell(i, j), v, bold=(j % 2 == 0), size=9.5)
            if j % 2 == 0:
                set_cell_shading(info.cell(i, j), "E8EEF4")

    doc.add_heading("1. Bakgrund", level=1)
    doc.add_paragraph(
        "Ella går i årskurs 8. Frånvaron har ökat sedan höstlovet och hon har sedan januari "
        "varit i skolan ungefär en dag i veckan. Hon beskriver illamående, magont och "
        "hjärtklappning på morgnarna och har svårt att somna på kvällarna. BUP Västerås "
        "har efter bedömning i januari konstaterat generaliserat ångestsyndrom och social "
        "ångest. Skolan har gjort en kartläggning av frånvaron och en anmälan till "
        "socialtjänsten gjordes i december 2024. Socialtjänsten har inlett en utredning "
        "och familjen har själva önskat föräldrastöd. Ella bor med mamma, pappa och en "
        "yngre bror.")

    doc.add_heading("2. Syfte med SIP", level=1)
    doc.add_paragraph(
        "Syftet med planen är att skolan, BUP och socialtjänsten ska samordna stödet så att "
        "Ella kan komma tillbaka till skolan stegvis under vårterminen och samtidigt få "
        "behandling för sin ångest, utan att Ella och föräldrarna själva ska behöva hålla "
        "ihop alla kontakter.")

    doc.add_heading("3. Frågeställningar", level=1)
    doc.add_paragraph("Diskutera läget kring skolgången.")

    doc.add_heading("4. Elevens mål och synpunkter", level=1)
    p = doc.add_paragraph()
    p.add_run("Ella med egna ord: ").bold = True
    p.add_run("”Jag vill kunna gå till skolan utan att må illa varje morgon. Jag vill hinna "
              "ikapp i matte och engelska innan nian så att jag kan söka samma gymnasium som "
              "mina kompisar.”")
    doc.add_paragraph(
        "Ella var med på hela mötet tillsammans med mamma och pappa. Hon vill börja med "
        "korta dagar och att de första veckorna få vara i ett mindre rum i stället för i "
        "klassrummet. Hon vill inte att klassen får veta varför hon varit borta. Föräldrarna "
        "delar skolans oro och vill ha hjälp med morgnarna, som ofta slutar i bråk.")

    doc.add_heading("5. Samtycke", level=1)
    doc.add_paragraph(
        "Ella och båda vårdnadshavarna har lämnat skriftligt samtycke till att skolan, BUP "
        "Västerås och socialtjänsten i Köping får utbyta information inom ramen för SIP "
        "(kommunens samtyckesblankett, undertecknad 2025-02-20).")

    # landscape section with the wide action table
    sec2 = doc.add_section()
    sec2.orientation = WD_ORIENT.LANDSCAPE
    sec2.page_width, sec2.page_height = sec.page_height, sec.page_width
    sec2.left_margin = sec2.right_margin = Cm(2.0)
    doc.add_heading("6. Insatser", level=1)
    head = ["Insats", "Ansvarig verksamhet", "Ansvarig person/funktion", "Start", "Slut"]
    rows = [
        ["Anpassad studiegång: tre lektioner per dag de första fyra veckorna, därefter "
         "utökning efter avstämning med Ella. Undervisning i studierummet.",
         "Karlbergsskolan, åk 8", "Mentor (Johan)", "2025-03-03", "2025-04-11"],
        ["Stödundervisning i matematik och engelska två gånger i veckan.",
         "Karlbergsskolan, åk 8", "Speciallärare", "2025-03-05", "2025-06-13"],
        ["Stödsamtal med kurator en gång i veckan, fokus på skolsituationen.",
         "Elevhälsan, Karlbergsskolan", "Skolkurator (Nadia)", "2025-03-04", "2025-06-10"],
        ["Hälsosamtal och bedömning av magbesvär.",
         "Elevhälsan, Karlbergsskolan", "Skolsköterska", "2025-03-06", "2025-03-06"],
        ["KBT för ångest, 12–14 sessioner, med exponering kopplad till skolan.",
         "BUP Västerås", "Psykolog", "2025-03-10", "2025-06-02"],
        ["Läkarbedömning av sömnsvårigheter och ställningstagande till läkemedel.",
         "BUP Västerås", "Läkare", "2025-03-18", "2025-03-18"],
        ["Föräldrastöd kring morgonrutiner och konflikter i hemmet.",
         "Socialtjänsten Köping, Barn och familj", "Familjebehandlare", "", ""],
    ]
    tbl = doc.add_table(rows=1, cols=5)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for j, h in enumerate(head):
        c = tbl.rows[0].cells[j]
        cell_text(c, h, bold=True, size=10)
        set_cell_shading(c, "1F3A5F")
        for run in c.paragraphs[0].runs:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    mark_header_row(tbl.rows[0])
    for row in rows:
        cells = tbl.add_row().cells
        for j, v in enumerate(row):
            cell_text(cells[j], v, size=10)
    set_col_widths(tbl, [10.5, 5.0, 4.5, 2.6, 2.6])

    sec3 = doc.add_section()
    sec3.orientation = WD_ORIENT.PORTRAIT
    sec3.page_width, sec3.page_height = sec.page_width, sec.page_height
    sec3.left_margin = sec3.right_margin = Cm(2.3)

    doc.add_heading("7. Huvudansvar för planen", level=1)
    doc.add_paragraph("Elevhälsan har huvudansvaret för att planen hålls samman och att "
                      "alla får information om ändringar.")

    doc.add_heading("8. Andra aktörer", level=1)
    doc.add_paragraph("Vårdnadshavarna stöttar hemma.")

    doc.add_heading("9. Uppföljning", level=1)
    ut = doc.add_table(rows=2, cols=2)
    ut.style = "Table Grid"
    cell_text(ut.cell(0, 0), "Datum för uppföljning", bold=True, size=9.5)
    cell_text(ut.cell(0, 1), "", size=9.5)
    cell_text(ut.cell(1, 0), "Kallelse skickas av", bold=True, size=9.5)
    cell_text(ut.cell(1, 1), "", size=9.5)
    set_col_widths(ut, [5.5, 10.5])

    doc.add_heading("10. Deltagare", level=1)
    dt = doc.add_table(rows=1, cols=3)
    dt.style = "Table Grid"
    for j, h in enumerate(["Namn", "Funktion", "Verksamhet"]):
        cell_text(dt.rows[0].cells[j], h, bold=True, size=9.5)
        set_cell_shading(dt.rows[0].cells[j], "E8EEF4")
    mark_header_row(dt.rows[0])
    for row in [("Ella", "Elev", "–"),
                ("Mamma", "Vårdnadshavare", "–"),
                ("Pappa", "Vårdnadshavare", "–"),
                ("Johan", "Mentor", "Karlbergsskolan"),
                ("Nadia", "Skolkurator", "Elevhälsan, Karlbergsskolan"),
                ("Frida", "Psykolog", "BUP Västerås"),
                ("Emir", "Familjebehandlare", "Socialtjänsten Köping, Barn och familj")]:
        cells = dt.add_row().cells
        for j, v in enumerate(row):
            cell_text(cells[j], v, size=9.5)
    set_col_widths(dt, [3.5, 4.5, 8.0])
    doc.save(out(3, "docx"))


# ================================================================ 04 MD child-friendly

MD_04 = """\
# Min plan – Omar

**Datum för mötet:** 2025-05-20
**Var:** Habiliteringen i Fagersta, det gröna rummet

---

## Det här är viktigt för mig

Omar var med på mötet den första halvtimmen tillsammans med mamma och pappa. Han ritade
och berättade med hjälp av bildkorten. Det här sa Omar:

- "Jag vill vara på korttids när det är Minecraft-kväll."
- "Jag vill inte äta i matsalen när det låter för mycket. Jag vill äta i det lilla rummet."
- "Jag vill kunna sova över hos mormor en gång, utan att mamma kommer och hämtar."
- "Jag tycker inte om när det är vikarie och ingen har sagt det innan."

Mamma och pappa var med under hela mötet.

## Det här ska vi göra

| Vad | Vem | När |
|---|---|---|
| Omar får äta lunch i det lilla rummet bredvid matsalen, med en vuxen. | Skolan | Från skolstarten 18 augusti 2025 |
| Skolan sätter upp Omars schema med bilder och skriver dit om det blir vikarie. | Skolan | Varje morgon från 18 augusti 2025 |
| Korttids en helg i månaden, fredag till söndag. Omar får välja Minecraft-kvällen. | Korttidsboendet Solstrålen | Första helgen 13–15 juni 2025 |
| Korttids gör ett bildschema för helgerna så att Omar vet vad som händer. | Korttidsboendet Solstrålen | Innan första helgen, senast 12 juni 2025 |
| Habiliteringen pratar med mamma och pappa om Omars sömn och om sömnschema. | Habiliteringen | |
| Fritids planerar en lugn plats för Omar på eftermiddagarna. | Fritids | |
| Mamma och pappa skriver sömndagbok i två veckor och tar med den till habiliteringen. | Mamma och pappa | 26 maj – 8 juni 2025 |
| Omar visar det röda kortet när det blir för mycket, så att en vuxen hjälper honom ut. | Omar själv | Från nu |
| Mormor och mamma bestämmer en helg när Omar ska få sova över hos mormor. | Mormor och mamma | Under sommarlovet |

## Vi som var med

- Omar
- Mamma
- Pappa
- Elin (handläggare)
- Jonas (lärare)
- Sara (korttids)
- Amra (arbetsterapeut)

## Varför har vi det här mötet?

Omar har skola, fritids, korttids och habiliteringen. Vi har mötet för att alla vuxna som
hjälper Omar ska veta vad de andra gör, så att hans dagar hänger ihop bättre och mamma och
pappa inte behöver berätta samma sak för alla.

## När ses vi igen?

Tisdag 14 oktober 2025 klockan 15.00, på habiliteringen. Omar får vara med igen om han vill.

## Vem håller ihop planen?

Elin, som är Omars handläggare. Hon ringer mamma innan nästa möte och skickar ut planen till alla.
"""


def make_04():
    with open(out(4, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(MD_04)


# ================================================================ 05 TXT minutes (UTF-8, LF)

def wrap_paras(paras, width=74):
    lines = []
    for p in paras:
        if p == "":
            lines.append("")
            continue
        if p.startswith("§RAW§"):
            lines.append(p[5:])
            continue
        lines.extend(textwrap.wrap(p, width=width, break_on_hyphens=False) or [""])
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def make_05():
    paras = [
        "§RAW§MINNESANTECKNINGAR – SIP-MÖTE",
        "§RAW§",
        "§RAW§Datum: 2025-04-03 kl. 14.00–15.30",
        "§RAW§Plats: Mini-Maria Västerås, mötesrum 1",
        "§RAW§Närvarande: Ville, Anna (mamma), Jonas, Sara, Peter, Linnea",
        "§RAW§Antecknat av: Linnea",
        "§RAW§",
        "Inför mötet hade två frågor skickats ut till alla: Kan Ville gå kvar på El- och "
        "energiprogrammet trots frånvaron under hösten, och hur ska drogtesterna läggas upp "
        "så att de inte krockar med lektionerna? En tredje fråga kom upp under mötet, om "
        "Ville ska ha kvar sitt extrajobb på helgerna.",
        "Ville är 17 år och går andra året på Wenströmska gymnasiet. Han har använt cannabis "
        "sedan våren 2024, mest på helgerna men under hösten även på vardagar. Frånvaron var "
        "ca 40 procent under hösten. Sedan februari lämnar han urinprov och de senaste fyra "
        "proverna har varit negativa. Mamma Anna berättade att det är lugnare hemma nu men "
        "att hon fortfarande är orolig på helgerna.",
        "Ville sa själv: \"Jag vill ta studenten med mina kompisar och slippa att alla tjatar "
        "om gräs. Jag har inte rökt sedan februari och jag vill att det syns i proverna.\" "
        "Han tycker att proverna på morgonen är okej men vill inte behöva gå från lektioner "
        "för att lämna dem. Han vill ha kvar extrajobbet på lagret eftersom det är där han "
        "träffar folk som inte röker.",
        "Skolan har redan gjort en plan för att Ville ska hinna ikapp. Mentorn går igenom "
        "vilka kurser och moment som saknas och lämnar en skriftlig lista till Ville och "
        "Anna senast 2025-04-11. Ville har dessutom fått en plats i studiestugan på "
        "tisdagar och torsdagar efter skolan, som han börjar på 2025-04-08. Mini-Maria "
        "fortsätter med MI-samtal varannan tisdag kl. 16.00, nästa gång 2025-04-08, och "
        "det ändrades inte på mötet.",
        "Det diskuterades länge hur drogtesterna ska gå till. Anna vill att testerna görs "
        "oftare, Ville tycker att en gång i veckan räcker. Alla var överens om att proverna "
        "ska lämnas innan skolan börjar.",
        "Följande bestämdes.",
        "Mini-Maria tar urinprov varje måndag kl. 07.45 från 2025-04-07 till och med "
        "2025-06-30. Behandlaren på Mini-Maria skickar provsvaren till ungdomsenheten på IFO "
        "varje fredag under samma period.",
        "IFO Ungdomsenheten, Västerås stad, utreder Annas ansökan om öppenvårdsinsats i form "
        "av ungdomscoach. Socialsekreteraren fattar beslut senast 2025-04-17 och coachen kan "
        "i så fall börja veckan efter, från 2025-04-22, två träffar i veckan till och med "
        "2025-08-31.",
        "Skolkuratorn på Wenströmska gymnasiet träffar Ville varje torsdag kl. 10.00 från "
        "2025-04-10 till terminens slut 2025-06-13. Mentorn meddelar Anna varje fredag om "
        "frånvaron under veckan, från 2025-04-11.",
        "Anna går på föräldraträffen på Mini-Maria 2025-04-23 kl. 18.00. Hon ringer "
        "Mini-Maria samma dag om hon märker att Ville har använt igen, i stället för att ta "
        "det med honom på kvällen.",
        "Ville lämnar själv in sitt schema för extrajobbet till mentorn den första i varje "
        "månad, från 2025-05-01, så att skolan kan se att jobbet inte krockar med "
        "studiestugan. Ville får ha kvar jobbet så länge frånvaron inte ökar.",
        "Vem som ska ha huvudansvaret för planen hann vi inte komma överens om innan "
        "mötet tog slut.",
        "Anteckningarna skickas till alla närvarande.",
    ]
    with open(out(5, "txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(wrap_paras(paras))


# ================================================================ 06 DOCX -> PDF municipal template

def make_06(tmpdir):
    doc = Document()
    fix_core(doc, "SIP – Samordnad individuell plan", "Hallstahammars kommun")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = Cm(1.8)
    header_footer(sec, "Hallstahammars kommun · Region Västmanland",
                  "Blankett SIP Hallstahammar, version 2024-01. Planen sparas i båda huvudmännens journal/akt.")

    p = doc.add_paragraph()
    r = p.add_run("SIP – Samordnad individuell plan")
    r.bold = True
    r.font.size = Pt(15)
    p = doc.add_paragraph()
    r = p.add_run("Din plan, där alla som hjälper dig skriver vad de ska göra.")
    r.italic = True

    rows = [
        ("PART", "DEL 1 – OM DIG OCH MÖTET"),
        ("Namn", "Amir"),
        ("Personnummer", "XXXXXX-XXXX"),
        ("Datum för mötet", "2025-05-06, kl. 09.00–10.30"),
        ("Plats", "Vårdcentralen Hallstahammar"),
        ("Vilka var med på mötet?",
         "Amir\n"
         "Sofie, rehabkoordinator, Vårdcentralen Hallstahammar\n"
         "Oskar, läkare, Vårdcentralen Hallstahammar\n"
         "Karin, arbetskonsulent, Arbetsmarknadsenheten, Hallstahammars kommun\n"
         "Mats, socialsekreterare, IFO Vuxen, Hallstahammars kommun"),
        ("FULL", "Får vi prata med varandra om dig? – Ja, sa du på mötet 2025-05-06"),
        ("PART", "DEL 2 – VARFÖR VI TRÄFFAS"),
        ("Varför har vi SIP?",
         "Amir har varit sjukskriven för depression sedan september 2024 och har kontakt med "
         "både vårdcentralen och kommunen. Vi gör planen för att Amir ska få sin behandling "
         "och sitt stöd samordnat, så att han kan börja en arbetsträning i höst utan att "
         "försörjningen hamnar i kläm när sjukpenningen prövas."),
        ("Vad ska vi prata om idag?", "Gå igenom läget."),
        ("Vad vill du uppnå?",
         "Målet är att Amir ska sova bättre, orka vara aktiv några timmar om dagen och "
         "påbörja arbetsträning under hösten 2025."),
        ("Hur har du varit med?", "Amir deltog på mötet på vårdcentralen."),
        ("PART", "DEL 3 – VEM GÖR VAD OCH NÄR"),
        ("Vårdcentralen Hallstahammar, psykosocial behandlare",
         "KBT för depression, 10 samtal varannan vecka. Start 2025-05-13, avslut 2025-09-09."),
        ("Vårdcentralen Hallstahammar, läkare",
         "Uppföljning av antidepressiv medicinering och nytt läkarintyg för sjukskrivning "
         "t.o.m. 2025-08-31. Besök 2025-06-03."),
        ("Vårdcentralen Hallstahammar, rehabkoordinator",
         "Avstämning med Amir varje månad om sjukskrivning och arbetsträning, första gången "
         "2025-06-10."),
        ("Arbetsmarknadsenheten Hallstahammar, arbetskonsulent",
         "Kartläggning av arbetsförmåga och intressen samt studiebesök på två "
         "arbetsträningsplatser. Start 2025-08-18."),
        ("IFO Vuxen Hallstahammar, socialsekreterare",
         "Stöd i kontakten med hyresvärden och prövning av försörjningsstöd om "
         "sjukpenningen dras in."),
        ("Andra som hjälper till",
         "Försäkringskassan och Arbetsförmedlingen är informerade om planen."),
        ("PART", "DEL 4 – ANSVAR OCH UPPFÖLJNING"),
        ("Vem håller ihop planen?",
         "Sofie, rehabkoordinator, Vårdcentralen Hallstahammar"),
        ("När ses vi igen?", "2025-09-16 kl. 09.00 på Vårdcentralen Hallstahammar"),
        ("Vem kallar?", "Rehabkoordinatorn"),
    ]
    tbl = doc.add_table(rows=0, cols=2)
    tbl.style = "Table Grid"
    for label, value in rows:
        cells = tbl.add_row().cells
        if label in ("PART", "FULL"):
            m = cells[0].merge(cells[1])
            if label == "PART":
                cell_text(m, value, bold=True, size=11, color="FFFFFF")
                set_cell_shading(m, "2E5E4E")
            else:
                cell_text(m, value, size=10.5)
                set_cell_shading(m, "EAF3EF")
        else:
            cell_text(cells[0], label, bold=True, size=10)
            set_cell_shading(cells[0], "F2F2F2")
            cell_text(cells[1], value, size=10)
    set_col_widths(tbl, [6.4, 10.6])

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    r = p.add_run("Planen skrevs av Sofie, rehabkoordinator, 2025-05-06. En kopia lämnades till Amir.")
    r.font.size = Pt(9)
    r.italic = True

    src = os.path.join(tmpdir, f"{PREFIX}-06.docx")
    doc.save(src)
    subprocess.run(["soffice", f"-env:UserInstallation=file:///tmp/lo-{PREFIX}", "--headless",
                    "--convert-to", "pdf", "--outdir", tmpdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.copyfile(os.path.join(tmpdir, f"{PREFIX}-06.pdf"), out(6, "pdf"))


# ================================================================ 07 TXT follow-up (cp1252, CRLF)

TXT_07 = """\
UPPFÖLJNING AV SAMORDNAD INDIVIDUELL PLAN (SIP)
================================================

Person:                 B-M
Personnummer:           XXXXXX-XXXX
Kommun:                 Surahammar
Datum för uppföljning:  2025-01-21 kl. 13.30
Plats:                  Socialtjänsten Surahammar, rum Ekeby
Ursprunglig plan:       2024-10-29 (SIP vid utskrivning från Psykiatriska
                        kliniken, Västmanlands sjukhus Västerås)

DELTAGARE
Se kallelse.

SYFTE
Se tidigare plan.

FRÅGESTÄLLNINGAR
Uppföljning av insatserna.

DEN ENSKILDES MÅL
Oförändrat.

DELAKTIGHET
B-M deltog.

SAMTYCKE
Samtycke finns sedan tidigare.

LÄGESBESKRIVNING
B-M har inte varit inlagd sedan utskrivningen i oktober. Inga nya
händelser att notera sedan förra mötet.

STATUS FÖR TIDIGARE ÅTGÄRDER
Nr  Åtgärd                              Status 2025-01-21
--  ----------------------------------  ---------------------------------
1   Stöd i hemmet                       Pågår. Oförändrat.
2   Samtalskontakt                      Pågår.
3   Läkemedel                           Se tidigare plan.
4   Sysselsättning                      Ej påbörjad.
5   Stöd vid behov                      Som tidigare.

NYA ÅTGÄRDER
Inga.

HUVUDANSVARIG FÖR PLANEN
Oförändrat.

ÖVRIGT
–

NÄSTA UPPFÖLJNING: –

Dokumenterat av: [namn], ssk
Datum: 2025-01-22
"""


def make_07():
    data = TXT_07.replace("\n", "\r\n").encode("cp1252")
    with open(out(7, "txt"), "wb") as f:
        f.write(data)


# ================================================================ 08 DOCX almost empty template

def make_08():
    doc = Document()
    fix_core(doc, "SIP blankett", "Norbergs kommun")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    header_footer(sec, "Norbergs kommun · Region Västmanland\tSAMORDNAD INDIVIDUELL PLAN",
                  "Blankett SIP v. 3.2 (2024) · Fylls i under mötet · Original till den enskilde")

    p = doc.add_paragraph()
    r = p.add_run("Samordnad individuell plan – SIP")
    r.bold = True
    r.font.size = Pt(14)
    p = doc.add_paragraph()
    r = p.add_run("enligt 2 kap. 7 § SoL och 16 kap. 4 § HSL")
    r.font.small_caps = True
    r.font.size = Pt(9)

    def form_table(rows, widths=(6.0, 11.0)):
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for label, value in rows:
            cells = t.add_row().cells
            if label.startswith("##"):
                m = cells[0].merge(cells[1])
                cell_text(m, label[2:], bold=True, size=10)
                set_cell_shading(m, "D9D9D9")
                continue
            # label: first line bold, rest (hint) normal and smaller
            parts = label.split("\n")
            cells[0].paragraphs[0].text = ""
            for i, part in enumerate(parts):
                para = cells[0].paragraphs[0] if i == 0 else cells[0].add_paragraph()
                run = para.add_run(part)
                if part.startswith("("):
                    run.font.size = Pt(8)
                    run.italic = True
                else:
                    run.bold = True
                    run.font.size = Pt(9.5)
            if value == "SDT":
                cells[1].paragraphs[0].text = ""
                add_sdt_placeholder(cells[1].paragraphs[0])
            else:
                cell_text(cells[1], value, size=10)
        set_col_widths(t, widths)
        return t

    form_table([
        ("##1. Uppgifter om den enskilde", ""),
        ("Namn", "[namn]"),
        ("Personnummer", "ÅÅMMDD-XXXX"),
        ("Datum för\nSIP-mötet", "2025-06-12"),
        ("Plats", "Norbergs kommunhus"),
        ("Kort bakgrund", "Man, 79 år, bor ensam i villa utanför Norberg. Har fallit två gånger "
                          "under våren."),
    ])
    doc.add_paragraph()
    form_table([
        ("##2. Planens innehåll", ""),
        ("Syfte med planen", "SDT"),
        ("Frågeställningar inför mötet\n(vad behöver vi komma överens om?)", ""),
        ("Den enskildes mål\n(med egna ord)", "SDT"),
        ("Den enskildes delaktighet", "☐ Deltog i mötet    ☐ Deltog inte\n"
                                      "Den enskildes synpunkter:"),
        ("Samtycke till\ninformationsöverföring", "☐ Muntligt    ☐ Skriftligt    Datum: ÅÅÅÅ-MM-DD"),
    ])
    doc.add_paragraph()
    bold_para(doc, "3. Insatser (vad, vem, när)")
    it = doc.add_table(rows=1, cols=4)
    it.style = "Table Grid"
    for j, h in enumerate(["Insats/åtgärd", "Ansvarig verksamhet", "Ansvarig\nfunktion/person",
                           "Tidpunkt\n(start–slut)"]):
        cell_text(it.rows[0].cells[j], h, bold=True, size=9)
        set_cell_shading(it.rows[0].cells[j], "D9D9D9")
    mark_header_row(it.rows[0])
    for row in [("Stöd vid behov", "", "", ""), ("", "", "", ""), ("", "", "", ""), ("", "", "", "")]:
        cells = it.add_row().cells
        for j, v in enumerate(row):
            cell_text(cells[j], v, size=10)
    set_col_widths(it, [6.5, 4.0, 3.5, 3.0])
    doc.add_paragraph()
    form_table([
        ("##4. Ansvar och uppföljning", ""),
        ("Huvudansvarig för planen\n(namn, funktion, verksamhet)", ""),
        ("Andra aktörers insatser\n(t.ex. Försäkringskassan, god man, närstående)", ""),
        ("Uppföljning\n(datum och tid)", "Vid behov"),
        ("Vem kallar till\nuppföljning", ""),
    ])
    doc.add_paragraph()
    bold_para(doc, "5. Deltagare")
    dt = doc.add_table(rows=1, cols=3)
    dt.style = "Table Grid"
    for j, h in enumerate(["Namn", "Funktion", "Verksamhet"]):
        cell_text(dt.rows[0].cells[j], h, bold=True, size=9)
        set_cell_shading(dt.rows[0].cells[j], "D9D9D9")
    for _ in range(4):
        dt.add_row()
    set_col_widths(dt, [5.0, 5.0, 7.0])
    doc.add_paragraph()
    p = doc.add_paragraph("☐ Planen har lämnats till den enskilde        ☐ Planen har skickats till deltagarna")
    p.runs[0].font.size = Pt(9)
    doc.save(out(8, "docx"))


def normalize_docx(path):
    """Rewrite the zip with fixed entry timestamps so reruns give identical bytes."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 6, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def main():
    os.makedirs(OUT, exist_ok=True)
    make_01()
    make_02()
    make_03()
    make_04()
    make_05()
    with tempfile.TemporaryDirectory(prefix=f"{PREFIX}-") as tmp:
        make_06(tmp)
    make_07()
    make_08()
    for n in (2, 3, 8):
        normalize_docx(out(n, "docx"))
    print("wrote", sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()
