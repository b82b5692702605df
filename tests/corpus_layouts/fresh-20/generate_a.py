#!/usr/bin/env python3
"""Generate the f20a batch of fictional, anonymized SIP plans into plans/.

Run with python generate_a.py
Deterministic: fixed dates and texts, no randomness. f20a-07.pdf is converted
with LibreOffice using its own profile (/tmp/lo-f20a).
"""
import datetime
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
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f20a"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def save_docx(doc, target):
    """Save, then rewrite the zip with fixed timestamps so reruns give identical bytes."""
    import io
    import zipfile
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(item.filename))


def path(nn, ext):
    return os.path.join(OUT, f"{PREFIX}-{nn:02d}.{ext}")


def fixed_core(doc, author, title):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = datetime.datetime(2024, 1, 1, 8, 0, 0)
    cp.modified = datetime.datetime(2024, 1, 1, 8, 0, 0)
    cp.revision = 1


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def set_col_widths(table, widths):
    """Set widths on the grid and on every cell (Word and LibreOffice both honour it)."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for tc, w in zip(row._tr.tc_lst, widths):
            tcPr = tc.get_or_add_tcPr()
            tcW = tcPr.find(qn("w:tcW"))
            if tcW is None:
                tcW = OxmlElement("w:tcW")
                tcPr.insert(0, tcW)
            span = tcPr.find(qn("w:gridSpan"))
            n = int(span.get(qn("w:val"))) if span is not None else 1
            tcW.set(qn("w:w"), str(int(w.twips) if n == 1 else int(sum(x.twips for x in widths))))
            tcW.set(qn("w:type"), "dxa")


def cell_text(cell, text, bold=False, size=None, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    return p


def wrap(text, width=76, indent=""):
    import textwrap
    out = []
    for para in text.split("\n"):
        if not para.strip():
            out.append("")
            continue
        out.extend(textwrap.wrap(para, width=width, initial_indent=indent,
                                 subsequent_indent=indent) or [""])
    return "\n".join(out)


# ---------------------------------------------------------------------------
# 01  Regional record-system print (fpdf2): grey section bars, label/value rows
#     Adult man with schizophrenia, debts and risk of eviction, Sala
# ---------------------------------------------------------------------------
class RecordPDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(60, 60, 60)
        self.cell(70, 4, "Cosmic  ·  Region Västmanland", new_x="RIGHT", new_y="TOP")
        self.cell(50, 4, "Journalutskrift – SIP", align="C", new_x="RIGHT", new_y="TOP")
        self.cell(0, 4, f"Utskriftsdatum 2024-11-21 14:32    Sida {self.page_no()} ({{nb}})",
                  align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, "Patient: J.    Personnummer: XXXXXX-XXXX    Vårdenhet: Vuxenpsykiatrin Sala, öppenvård",
                  new_x="LMARGIN", new_y="NEXT")
        y = self.get_y() + 1
        self.set_draw_color(120, 120, 120)
        self.line(self.l_margin, y, self.w - self.r_margin, y)
        self.set_y(y + 4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-13)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Utskriften är en kopia ur journalsystemet. Uppgifterna kan ha ändrats efter utskriftstillfället.",
                  align="L", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, "Dokumenttyp: Samordnad individuell plan (SIP)   Status: Signerad", align="L")

    def bar(self, title):
        self.ln(2)
        self.set_fill_color(205, 205, 205)
        self.set_font("DejaVu", "B", 10)
        self.cell(0, 6.5, "  " + title, fill=True, new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)

    def row(self, label, value, lw=60):
        self.set_font("DejaVu", "B", 8.5)
        x, y = self.get_x(), self.get_y()
        self.multi_cell(lw, 4.6, label, new_x="RIGHT", new_y="TOP")
        self.set_font("DejaVu", "", 8.5)
        self.multi_cell(0, 4.6, value, new_x="LMARGIN", new_y="NEXT")
        self.set_y(max(self.get_y(), y + 4.6) + 1.2)

    def para(self, text):
        self.set_font("DejaVu", "", 8.5)
        self.multi_cell(0, 4.6, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(1.2)


def make_01():
    pdf = RecordPDF(format="A4")
    pdf.set_creation_date(datetime.datetime(2024, 11, 21, 14, 32, tzinfo=datetime.timezone.utc))
    pdf.set_title("SIP – Samordnad individuell plan")
    pdf.set_author("Cosmic")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.alias_nb_pages()
    pdf.set_margins(16, 12, 16)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()

    pdf.bar("SIP – Samordnad individuell plan")
    pdf.row("Planens status", "Upprättad")
    pdf.row("Datum för SIP-möte", "2024-11-19 kl. 09.30–11.00")
    pdf.row("Plats", "Vuxenpsykiatrin Sala, mottagningens konferensrum")
    pdf.row("Sammankallande", "Vuxenenheten, Socialtjänsten Sala kommun")
    pdf.row("Samtycke till SIP", "Ja")
    pdf.row("Samtycke informationsöverföring", "Ja")

    pdf.bar("Deltagare")
    pdf.row("J.", "Den enskilde")
    pdf.row("Per", "God man")
    pdf.row("Karin", "Socialsekreterare, Vuxenenheten, Socialtjänsten Sala kommun")
    pdf.row("Ali", "Sjuksköterska och fast vårdkontakt, Vuxenpsykiatrin Sala")
    pdf.row("Eva", "Boendestödjare, Boendestödet Sala kommun")
    pdf.row("Magnus", "Budget- och skuldrådgivare, Sala kommun")

    pdf.bar("Bakgrund")
    pdf.para("J. är 34 år och har diagnosen schizofreni sedan 2016. Han vårdades på Psykiatriska "
             "kliniken i Västerås 2024-09-02 – 2024-09-30 efter en försämring med ökade röster och "
             "sömnlöshet, sannolikt efter att han slutat med sina tabletter under sommaren. Han har "
             "sedan utskrivningen depåinjektion och har varit stabil. J. bor ensam i hyreslägenhet i "
             "Sala. Han har obetalda hyror sedan juni och hyresvärden har skickat en uppsägning. Skulder "
             "hos Kronofogden uppgår till cirka 180 000 kr (mobilabonnemang, sms-lån, hyra). J. har "
             "sjukersättning och god man sedan 2022.")

    pdf.bar("Syfte")
    pdf.para("Syftet med SIP:en är att samordna behandlingen på vuxenpsykiatrin med kommunens "
             "boendestöd och skuldrådgivning så att J. kan bo kvar i sin lägenhet och inte behöver "
             "läggas in igen.")

    pdf.bar("Frågeställningar")
    pdf.para("– Hur ska hyresskulden hanteras så att en avhysning kan undvikas?\n"
             "– Vem påminner J. om injektionstiderna när boendestödet har uppehåll under jul och nyår?\n"
             "– Kan J. söka skuldsanering nu eller behöver ekonomin vara stabil en tid först?")

    pdf.bar("Den enskildes mål")
    pdf.para("Målet är att J. ska ha en stabil boendesituation och en fungerande ekonomi inom ett år, "
             "utan nya inläggningar.")

    pdf.bar("Den enskildes delaktighet")
    pdf.para("J. deltog under hela mötet. Han vill behålla lägenheten och vill inte ha fler hembesök "
             "än två i veckan. Han önskar att injektionerna ges på mottagningen och inte i hemmet, "
             "eftersom han inte vill att grannarna ska se personal komma.")

    pdf.bar("Planering")
    pdf.set_font("DejaVu", "", 8)
    pdf.set_fill_color(255, 255, 255)
    rows = [
        ("1", "Depåinjektion var fjärde vecka på mottagningen, påminnelse per sms dagen före",
         "Vuxenpsykiatrin Sala, sjuksköterska Ali", "2024-11-26", "Löpande"),
        ("2", "Läkarbesök för uppföljning av läkemedel och biverkningar",
         "Vuxenpsykiatrin Sala, överläkare", "Januari 2025", "2025-01-31"),
        ("3", "Boendestöd två gånger i veckan (tis och fre): post, räkningar, inköp och struktur i veckan",
         "Boendestödet Sala kommun, Eva", "v. 48", "Löpande"),
        ("4", "Kontakt med hyresvärden om avbetalningsplan för hyresskulden",
         "Socialsekreterare Karin, Vuxenenheten", "2024-11-29", "2024-12-13"),
        ("5", "Prövning av ansökan om ekonomiskt bistånd för del av hyresskulden",
         "Vuxenenheten, Socialtjänsten Sala", "2024-11-22", "2024-12-06"),
        ("6", "Genomgång av skulder och förberedelse av ansökan om skuldsanering",
         "Budget- och skuldrådgivningen Sala kommun, Magnus", "2024-12-10", "Mars 2025"),
        ("7", "Upprätta krisplan/återfallsplan tillsammans med J. (tidiga tecken, vem ringer vem)",
         "Regionen", "Före jul", "—"),
        ("8", "Metabol kontroll: blodprover, vikt och blodtryck",
         "Vuxenpsykiatrin Sala, sjuksköterska", "2024-12-10", "2024-12-10"),
        ("9", "Utredning av behov av sysselsättning (Aktivitetshuset)",
         "Biståndshandläggare, Vuxenenheten", "2025-01-15", "2025-02-18"),
        ("10", "Information till J. om hur han når mottagningen via växeln vid försämring under helger",
         "Vuxenpsykiatrin Sala, sjuksköterska Ali", "2024-11-19", "Klart"),
    ]
    head = FontFace(emphasis="BOLD", fill_color=(225, 225, 225))
    with pdf.table(col_widths=(8, 66, 52, 24, 28), text_align="LEFT", line_height=4.3,
                   headings_style=head, repeat_headings=1, borders_layout="HORIZONTAL_LINES",
                   padding=1.2, cell_fill_mode="NONE") as table:
        hr = table.row()
        for h in ("Nr", "Insats/åtgärd", "Ansvarig verksamhet/funktion", "Start", "Klart/uppföljs"):
            hr.cell(h)
        for r in rows:
            tr = table.row()
            for c in r:
                tr.cell(c)

    pdf.bar("Huvudansvar")
    pdf.row("Huvudansvarig för planen", "Karin, socialsekreterare, Vuxenenheten, Socialtjänsten Sala kommun")

    pdf.bar("Andra aktörer")
    pdf.para("God man (Per) och Försäkringskassan är informerade om planen.")

    pdf.bar("Uppföljning")
    pdf.row("Datum för uppföljning", "2025-02-18 kl. 13.00")
    pdf.row("Plats", "Vuxenpsykiatrin Sala")
    pdf.row("Kallelse skickas av", "Vuxenenheten, Socialtjänsten Sala kommun")

    pdf.bar("Signering")
    pdf.row("Upprättad av", "Ali, sjuksköterska, 2024-11-19")
    pdf.row("Signerad", "2024-11-20")
    pdf.output(path(1, "pdf"))


# ---------------------------------------------------------------------------
# 02  Discharge SIP (docx): elderly man after pneumonia and a fall, Kungsör
# ---------------------------------------------------------------------------
def make_02():
    doc = Document()
    fixed_core(doc, "Medicinavdelning 2", "SIP vid utskrivning från slutenvården")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Region Västmanland  |  Kungsörs kommun\tSamordnad individuell plan"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Planen skickas till patienten, Vårdcentralen Kungsör och Äldreomsorgen Kungsör."
    fp.runs[0].font.size = Pt(8)

    doc.add_heading("SIP vid utskrivning från slutenvården", level=1)

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    info = [
        ("Patient", "G., ÅÅMMDD-XXXX"),
        ("Boende", "Eget boende, villa i Kungsör. Bor ensam."),
        ("Inskriven", "2024-11-26, Medicinavdelning 2, Köpings lasarett"),
        ("Datum för SIP-möte", "2024-12-03 (via länk från avdelningen)"),
        ("Planerad utskrivning", "2024-12-05"),
        ("Fast vårdkontakt", "Malin, distriktssköterska, Vårdcentralen Kungsör"),
        ("Samordningsansvarig", "Malin, distriktssköterska, Vårdcentralen Kungsör"),
    ]
    for k, v in info:
        r = t.add_row().cells
        cell_text(r[0], k, bold=True)
        cell_text(r[1], v)

    set_col_widths(t, (Cm(5), Cm(11.6)))
    p = doc.add_paragraph()
    p.add_run("Närvarande: ").bold = True
    p.add_run("G. (patient), Sanna (ssk), Jonas (AT), Sofia (BHL), Malin (DSK)")

    doc.add_heading("Bakgrund", level=2)
    doc.add_paragraph(
        "G. är 84 år. Han föll i hemmet natten till 2024-11-26 och låg på golvet till förmiddagen, "
        "då hemtjänsten kom med matvaror. Inkom med ambulans, ingen fraktur men pneumoni i höger "
        "lunga. Behandlad med antibiotika intravenöst, nu peroralt t.o.m. 2024-12-08. Diabetes typ 2, "
        "tablettbehandlad. Gångförmågan är nedsatt efter vårdtiden, han går med rollator inomhus och "
        "behöver stöd vid dusch. Tidigare hemtjänst med inköp en gång i veckan.")

    doc.add_heading("Patientens delaktighet och önskemål", level=2)
    doc.add_paragraph(
        "G. deltog i mötet från avdelningen med stöd av Sanna. Han vill åka hem så snart som möjligt "
        "och vill helst ha samma personal från hemtjänsten varje gång. Han vill inte ha trygghetslarm "
        "runt halsen men går med på ett armbandslarm.")

    doc.add_heading("Mål", level=2)
    doc.add_paragraph("Att G. ska kunna bo kvar i sitt hus med stöd och inte falla igen.")

    doc.add_heading("Samtycke", level=2)
    doc.add_paragraph("Patienten samtycker till SIP och informationsöverföring.")

    doc.add_heading("Planerade insatser efter utskrivning", level=2)
    tbl = doc.add_table(rows=1, cols=3)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = tbl.rows[0].cells
    for c, h in zip(hdr, ("Insats", "Utförare", "Start/tidpunkt")):
        cell_text(c, h, bold=True)
        shade(c, "D9D9D9")
    set_repeat_header(tbl.rows[0])
    groups = [
        ("Kommunen – Kungsörs kommun", [
            ("Hemtjänst morgon och kväll: tillsyn, frukost och kvällsmål, hjälp med dusch två gånger i veckan",
             "Hemtjänst Kungsör norra", "Från hemgångsdagen 2024-12-05"),
            ("Trygghetslarm (armband) installeras och provas",
             "Larmgruppen, Äldreomsorgen Kungsör", "2024-12-05"),
            ("Hembesök för gångträning och bedömning av hjälpmedel (toalettförhöjning, duschpall)",
             "Hemrehab Kungsör, fysioterapeut och arbetsterapeut", "2024-12-06"),
            ("Överlämning av läkemedelslista, blodsockerkontroll två gånger i veckan enligt ordination från vårdcentralen",
             "Hemsjukvården Kungsör, sjuksköterska", "2024-12-05"),
        ]),
        ("Regionen – Region Västmanland", [
            ("Ansökan om dosdispenserade läkemedel och utskrivningsmeddelande",
             "Medicinavdelning 2, Köpings lasarett, sjuksköterska", "Före utskrivning 2024-12-05"),
            ("Läkarbesök: kontroll efter pneumoni, blodsocker och läkemedelsgenomgång",
             "Vårdcentralen Kungsör, läkare och distriktssköterska", "2024-12-17 kl. 10.20"),
            ("Fallriskbedömning och bentäthetsmätning (remiss)",
             "Vårdcentralen Kungsör, läkare", "Remiss skickas 2024-12-17"),
        ]),
    ]
    for gname, items in groups:
        row = tbl.add_row().cells
        m = row[0].merge(row[1]).merge(row[2])
        cell_text(m, gname, bold=True)
        shade(m, "F2F2F2")
        for it in items:
            rc = tbl.add_row().cells
            for c, v in zip(rc, it):
                cell_text(c, v)
    set_col_widths(tbl, (Cm(8), Cm(5), Cm(3.6)))

    doc.add_heading("Uppföljning", level=2)
    doc.add_paragraph("Uppföljning av SIP inom två veckor efter hemgång. DSK kallar.")

    p = doc.add_paragraph()
    p.add_run("Planen upprättad 2024-12-03.").italic = True
    save_docx(doc, path(2, "docx"))


# ---------------------------------------------------------------------------
# 03  Word with numbered small-caps headings and a landscape action table
#     Young man, 19, cannabis and benzodiazepines, Fagersta
# ---------------------------------------------------------------------------
def sc_heading(doc, text):
    p = doc.add_paragraph(style="Heading 2")
    r = p.add_run(text)
    r.font.small_caps = True
    r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    return p


def make_03():
    doc = Document()
    fixed_core(doc, "IFO Fagersta", "SIP L.")
    st = doc.styles["Normal"]
    st.font.name = "Cambria"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Fagersta kommun – Individ- och familjeomsorgen\tSIP\t2024-10-22"
    sec.footer.paragraphs[0].text = "Samordnad individuell plan enligt SoL 2 kap. 7 § och HSL 16 kap. 4 §"

    t = doc.add_paragraph(style="Title")
    r = t.add_run("Samordnad individuell plan")
    r.font.small_caps = True
    p = doc.add_paragraph()
    p.add_run("Gäller: ").bold = True
    p.add_run("L., 19 år, XXXXXX-XXXX\n")
    p.add_run("Mötesdatum: ").bold = True
    p.add_run("2024-10-22, Socialtjänsten Fagersta")

    sc_heading(doc, "1. Bakgrund")
    doc.add_paragraph(
        "L. hoppade av gymnasiets el- och energiprogram i våras efter mycket frånvaro. Han har rökt "
        "cannabis dagligen sedan ungefär 16 års ålder och har det senaste halvåret också tagit "
        "bensodiazepiner som han köpt utan recept för att kunna sova. Han bor hos sin mamma i "
        "Fagersta. I september gjordes en orosanmälan av polisen efter ett omhändertagande på "
        "allmän plats. L. har sedan dess haft kontakt med socialsekreterare på ungdoms- och "
        "beroendeenheten och har själv sökt till beroendemottagningen för hjälp med sömnen.")

    sc_heading(doc, "2. Syfte med SIP")
    doc.add_paragraph(
        "Syftet är att socialtjänstens öppenvård och beroendemottagningen ska arbeta åt samma håll "
        "med L:s drogfrihet och sömn, och att L. ska få en plan för sysselsättning efter avhoppet "
        "från gymnasiet.")

    sc_heading(doc, "3. Frågeställningar inför mötet")
    doc.add_paragraph("")

    sc_heading(doc, "4. L:s egna mål")
    doc.add_paragraph("Från samtal med socialsekreterare 2024-10-02:")
    for q in ("”Jag vill sluta röka på helt och få tillbaka min sömn utan tabletter.”",
              "”Jag vill ha ett jobb eller börja plugga igen till hösten.”",
              "”Jag vill flytta hemifrån, men inte innan jag är clean.”"):
        qp = doc.add_paragraph(q, style="Quote")

    sc_heading(doc, "5. Deltagare")
    for d in ("Sara – socialsekreterare", "Mehmet – behandlare", "Anna – sjuksköterska",
              "Jesper – KAA-handledare", "Lena – mamma"):
        doc.add_paragraph(d, style="List Bullet")
    doc.add_paragraph("L. var inte med på mötet.")

    # landscape section for the action table
    new = doc.add_section()
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = sec.page_height, sec.page_width
    new.left_margin = new.right_margin = Cm(2)
    sc_heading(doc, "6. Insatser")
    tbl = doc.add_table(rows=1, cols=4)
    tbl.style = "Light Grid Accent 1"
    for c, h in zip(tbl.rows[0].cells, ("Aktivitet", "Utförare", "Tidsram", "Uppföljs av")):
        cell_text(c, h, bold=True)
    set_repeat_header(tbl.rows[0])
    rows = [
        ("Behandlingssamtal (återfallsprevention, ACRA) en gång i veckan",
         "Öppenvården Fagersta, behandlare Mehmet", "Från v. 44, 12 tillfällen", "Socialsekreterare Sara"),
        ("Urinprov för drogkontroll varannan vecka",
         "Beroendemottagningen Fagersta, sjuksköterska Anna", "Från 2024-11-04", "Läkare, Beroendemottagningen"),
        ("Läkarbedömning av sömnen och planering av nedtrappning av bensodiazepiner",
         "Regionen", "", "Regionen"),
        ("Studie- och yrkesvägledning, studiebesök på Komvux och folkhögskola",
         "KAA Fagersta kommun, Jesper", "November–december 2024", "Socialsekreterare Sara"),
        ("Uppföljande samtal med socialsekreterare var tredje vecka",
         "IFO Fagersta, ungdoms- och beroendeenheten, Sara", "Från 2024-10-28", "Sara"),
    ]
    for r in rows:
        cells = tbl.add_row().cells
        for c, v in zip(cells, r):
            cell_text(c, v)
    set_col_widths(tbl, (Cm(9), Cm(7.3), Cm(4.5), Cm(4.4)))

    back = doc.add_section()
    back.orientation = WD_ORIENT.PORTRAIT
    back.page_width, back.page_height = sec.page_width, sec.page_height
    sc_heading(doc, "7. Huvudansvar")
    doc.add_paragraph("Socialtjänsten Fagersta.")
    sc_heading(doc, "8. Andra aktörer")
    doc.add_paragraph("Försäkringskassan kan bli aktuell längre fram om L. blir sjukskriven.")
    sc_heading(doc, "9. Uppföljning")
    doc.add_paragraph("Uppföljning v. 50. Sara kallar.")
    save_docx(doc, path(3, "docx"))


# ---------------------------------------------------------------------------
# 04  Child-friendly Markdown plan: girl, 11, school refusal and anxiety, Arboga
# ---------------------------------------------------------------------------
MD04 = """# Min plan – SIP för Alva

**Datum:** 15 oktober 2024
**Plats:** Ekbackeskolan, Arboga (lilla konferensrummet)

Den här planen är skriven till dig, Alva. Den är en SIP, en samordnad individuell plan.
Det betyder att skolan, BUP och Familjeteamet har bestämt tillsammans med dig och mamma
vem som gör vad, så att ni inte behöver berätta samma sak för alla.

## Varför har vi det här mötet?

Vi träffas för att du ska kunna komma tillbaka till skolan, lite i taget, utan att magont
och oro tar över. Du har varit hemma nästan hela tiden sedan sportlovet, och vi vuxna vill
hjälpa dig på samma sätt i skolan, på BUP och hemma.

**Får vi prata med varandra om dig?** – Ja, sa du och mamma på mötet den 15 oktober 2024.
Pappa skrev under samtyckesblanketten den 10 oktober 2024.

## Det här är viktigt för mig

Du var med på första halvan av mötet tillsammans med mamma. Det här sa du:

- ”Jag vill kunna gå till skolan utan att få ont i magen.”
- ”Jag vill vara med på idrotten igen, men jag vill inte byta om i det stora omklädningsrummet.”
- ”Jag vill inte att alla i klassen ska veta varför jag har varit borta.”
- ”Jag vill ha Johan som den jag säger till när det blir för mycket.”

## Det här ska vi göra

| Vad | Vem | När |
|---|---|---|
| Prata om oron och öva på att göra saker som känns svåra (KBT) | Lina, psykolog på BUP Västerås | Varannan torsdag kl. 8.15, från 24 oktober |
| Du börjar med två lektioner om dagen (svenska och matte) i lilla studierummet | Johan, din mentor | Från måndag 21 oktober |
| Du får byta om i ett eget rum på idrotten | Per, idrottslärare | Från vecka 44 |
| Mamma kör dig till skolan och Johan möter dig vid entrén | Mamma och Johan | Varje skoldag från 21 oktober |
| Ida kommer hem till dig och mamma och pratar om morgnarna och hur ni kan göra dem lugnare | Ida, familjebehandlare på Familjeteamet Arboga | En gång i veckan, från 30 oktober |
| Du säger till Johan när det blir för mycket och får då gå till lilla rummet en stund | Du själv | Från 21 oktober |

## Vi som var med

- Du (Alva)
- Mamma
- Lina, som du pratar med om oron
- Johan, din mentor
- Sara, kurator
- Ida, familjebehandlare

## Sammankallande och huvudansvarig

Skolan har huvudansvaret för planen och kallar till nästa möte.

## När ses vi igen?

Vi ses igen efter jullovet, i januari. Då pratar vi om hur det har gått.
"""


def make_04():
    with open(path(4, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(MD04)


# ---------------------------------------------------------------------------
# 05  Minutes in prose, pupil-health team (EHT), boy in year 7, Hallstahammar
# ---------------------------------------------------------------------------
TXT05_PARAS = [
    "MINNESANTECKNINGAR – ELEVHÄLSOMÖTE MED SIP",
    "Östra skolan, Hallstahammar",
    "Datum: 2024-09-24 kl. 14.00–15.15",
    "Elev: A., åk 7B",
    "",
    "Närvarande: Maria, mentor 7B, Östra skolan; Elin, skolsköterska, Östra skolan; Tomas, "
    "specialpedagog, Östra skolan; Helena, skolkurator, Östra skolan; Jonas, psykolog, BUP "
    "Västerås (via Teams); Amira, familjebehandlare, Familjeenheten Hallstahammars kommun; "
    "A:s mamma och pappa.",
    "",
    "Syftet med mötet var samordning kring A.",
    "",
    "Helena inledde med att gå igenom varför vi träffas. A. har sedan skolstarten i augusti haft "
    "svårt att komma igång med uppgifter, hamnar ofta i konflikter på rasterna och har fått flera "
    "anmärkningar. Han är remitterad till BUP sedan april för en neuropsykiatrisk utredning och "
    "står i kö. Familjen har också kontakt med Familjeenheten sedan förra året, där mamma och "
    "pappa går i föräldrastöd. Mamma och pappa sa ja till att skolan, BUP och Familjeenheten får "
    "prata med varandra om A. inför och under mötet, och de skrev under samtyckesblanketten när "
    "de kom i dag.",
    "",
    "Föräldrarna ville framför allt ha svar på två saker: om A. kan få anpassningar i skolan "
    "redan nu eller om skolan måste vänta på BUP:s utredning, och hur de ska göra med läxorna "
    "hemma när det blir bråk varje kväll. Tomas förklarade att anpassningar inte kräver någon "
    "diagnos och att skolan kan börja direkt.",
    "",
    "A. var inte med på mötet. Han hade själv sagt till Helena att det blir för mycket med så "
    "många vuxna runt ett bord, och föräldrarna tyckte också att det var bättre så. Helena "
    "pratade med honom förra veckan och han berättade då att det jobbigaste är när han blir "
    "tillsagd inför hela klassen, och att han tycker att det är orättvist att han får flest "
    "anmärkningar fast andra också pratar. Han sitter helst längst bak nära dörren.",
    "",
    "Vi kom överens om följande. Tomas gör en pedagogisk kartläggning under september och "
    "oktober och skickar den till BUP senast 2024-10-18, så att den finns med när utredningen "
    "startar. Maria ser till att A. får en fast plats längst bak vid dörren och att tillsägelser "
    "sker enskilt och inte inför klassen, det börjar från måndag 2024-09-30 och Maria informerar "
    "de andra lärarna i arbetslaget på tisdagens möte. Elin bokar en tid med A. före höstlovet för "
    "en hälsokontroll där hon också tar upp sömnen, eftersom föräldrarna berättade att han ofta "
    "somnar först efter midnatt. Jonas tar med sig frågan om förtur till BUP:s utredningsteam "
    "eftersom remissen varit inne sedan i våras, och återkommer till Helena. Amira fortsätter "
    "föräldrastödet enligt Komet med mamma och pappa varannan onsdag kväll med start 2024-10-02, "
    "och de tar upp läxsituationen där.",
    "",
    "Mamma och pappa bestämde att läxor görs högst 20 minuter per kväll vid köksbordet och att "
    "pappa sitter med, och att Maria meddelar via Schoolsoft på fredagar vilka läxor som är "
    "viktigast. Mamma ansöker om omvårdnadsbidrag hos Försäkringskassan när utredningen är klar, "
    "Amira hjälper till med blanketten om det behövs.",
    "",
    "Nästa möte: 2024-11-26 kl. 14.00 i konferensrummet på Östra skolan, samma deltagare. Då "
    "stämmer vi av anpassningarna och hör vad BUP svarat om utredningen.",
    "",
    "Antecknat av Helena, skolkurator",
    "Anteckningarna skickas till föräldrarna och till deltagarna.",
]


def make_05():
    lines = []
    for para in TXT05_PARAS:
        lines.append(wrap(para, 76) if para else "")
    with open(path(5, "txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 06  Municipal template: one big two-column table with merged part headers
#     Young adult with depression and isolation, Surahammar
# ---------------------------------------------------------------------------
def add_date_sdt(cell, placeholder):
    """An empty date content control showing its placeholder text."""
    p = cell.paragraphs[0]
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    alias = OxmlElement("w:alias")
    alias.set(qn("w:val"), "Datum för uppföljning")
    pr.append(alias)
    ph = OxmlElement("w:showingPlcHdr")
    pr.append(ph)
    date = OxmlElement("w:date")
    fmt = OxmlElement("w:dateFormat")
    fmt.set(qn("w:val"), "yyyy-MM-dd")
    date.append(fmt)
    lid = OxmlElement("w:lid")
    lid.set(qn("w:val"), "sv-SE")
    date.append(lid)
    pr.append(date)
    sdt.append(pr)
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
    p._p.append(sdt)


def make_06():
    doc = Document()
    fixed_core(doc, "Socialförvaltningen Surahammar", "SIP-mall")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.header.paragraphs[0].text = "Surahammars kommun\tSocialförvaltningen\tSIP"
    sec.footer.paragraphs[0].text = "SIP-mall, version 2023-03. Sparas i akten."

    h = doc.add_paragraph()
    r = h.add_run("SAMORDNAD INDIVIDUELL PLAN (SIP)")
    r.bold = True
    r.font.size = Pt(14)

    tbl = doc.add_table(rows=0, cols=2)
    tbl.style = "Table Grid"

    def part(title):
        c = tbl.add_row().cells
        m = c[0].merge(c[1])
        cell_text(m, title, bold=True)
        shade(m, "BFBFBF")
        return m

    def field(label, value=None):
        c = tbl.add_row().cells
        cell_text(c[0], label, bold=True)
        if value is not None:
            cell_text(c[1], value)
        return c

    part("Del 1 – Uppgifter om den enskilde")
    field("Namn", "K.")
    field("Personnummer", "XXXXXX-XXXX")
    field("Datum för mötet", "2024-09-26")
    field("Plats", "Socialförvaltningen Surahammar, samtalsrum 2")

    part("Del 2 – Samtycke")
    field("Samtycke till SIP och informationsutbyte", "☒ Ja  ☐ Nej\nSamtycke finns.")

    part("Del 3 – Deltagare")
    field("Deltagare\n(namn, funktion, verksamhet)", "")

    part("Del 4 – Bakgrund och syfte")
    field("Bakgrund",
          "K. är 20 år och har haft depression sedan 16 års ålder. Gick ut gymnasiet 2023 med "
          "ofullständiga betyg och har sedan dess mest varit hemma hos mamma. Vänder på dygnet, "
          "träffar inga vänner. Har kontakt med VUP i Västerås sedan våren 2024 och står på "
          "antidepressiv medicin. Ansökan om boendestöd inkom till socialtjänsten i augusti.")
    field("Syfte med SIP",
          "Att VUP och socialtjänsten samordnar sina insatser så att K. får en fungerande "
          "dygnsrytm och kommer ut i någon form av sysselsättning under hösten.")
    field("Frågeställningar", "Gå igenom läget.")

    part("Del 5 – Den enskildes mål och delaktighet")
    field("Den enskildes mål", "Målet är att K. ska ha en sysselsättning minst två dagar i veckan.")
    field("Den enskildes delaktighet", "K. deltog på mötet.")

    part("Del 6 – Insatser")
    c = field("Insatser\n(vad, vem, när)")
    c[1].text = ""
    bullets = [
        "Kurator på VUP träffar K. varannan tisdag från v. 40.",
        "Läkare på VUP följer upp medicineringen, nästa besök 2024-10-15.",
        "Biståndshandläggare på Vuxenenheten utreder ansökan om boendestöd, beslut senast 2024-10-18.",
        "Socialtjänsten erbjuder K. plats på Träffpunkten.",
    ]
    first = True
    for b in bullets:
        if first:
            bp = c[1].paragraphs[0]
            first = False
        else:
            bp = c[1].add_paragraph()
        bp.style = doc.styles["List Bullet"]
        bp.add_run(b)
    field("Andra aktörers insatser\n(t.ex. FK, AF, god man, närstående)",
          "Inga andra aktörer är aktuella i nuläget.")

    part("Del 7 – Ansvar och uppföljning")
    field("Huvudansvarig för planen", "Socialpsykiatrin")
    c = field("Uppföljning (datum)")
    c[1].text = ""
    add_date_sdt(c[1], "Klicka eller tryck här för att ange ett datum.")

    set_col_widths(tbl, (Cm(5.5), Cm(11.5)))

    doc.add_paragraph()
    doc.add_paragraph("Planen upprättad: 2024-09-26")
    save_docx(doc, path(6, "docx"))


# ---------------------------------------------------------------------------
# 07  Follow-up plan (docx -> LibreOffice PDF): woman with bipolar disorder, Köping
# ---------------------------------------------------------------------------
def make_07(tmpdir):
    doc = Document()
    fixed_core(doc, "Vuxenpsykiatrin Köping", "Uppföljning av SIP")
    st = doc.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    hp = sec.header.paragraphs[0]
    hp.text = "Köpings kommun  ·  Region Västmanland"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    sec.footer.paragraphs[0].text = "Uppföljning av samordnad individuell plan"

    doc.add_heading("Uppföljning av SIP", level=1)

    def kv_table(pairs):
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for k, v in pairs:
            c = t.add_row().cells
            cell_text(c[0], k, bold=True)
            cell_text(c[1], v)
        set_col_widths(t, (Cm(5.5), Cm(10.9)))
        return t

    kv_table([
        ("Den enskilde", "M-L, XXXXXX-XXXX"),
        ("Datum för uppföljning", "2025-03-11"),
        ("Tidigare plan upprättad", "2024-09-17"),
        ("Plats", "Vuxenpsykiatrin Köping"),
    ])

    doc.add_heading("Deltagare", level=2)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Namn", "Funktion", "Verksamhet")):
        cell_text(c, h, bold=True)
        shade(c, "E7E6E6")
    for r in [("M-L", "Den enskilde", "–"),
              ("Johanna", "Sjuksköterska, fast vårdkontakt", "Vuxenpsykiatrin Köping"),
              ("Patrik", "Boendestödjare", "Socialpsykiatrin, Köpings kommun"),
              ("Lena", "Biståndshandläggare", "Vuxenenheten, Köpings kommun")]:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            cell_text(c, v)

    doc.add_heading("Planens innehåll", level=2)
    kv_table([
        ("Syfte", "Se tidigare plan"),
        ("Frågeställningar", "Genomgång av insatserna."),
        ("Den enskildes mål", "Oförändrat"),
        ("Den enskildes delaktighet", "M-L deltog."),
        ("Samtycke", "Se tidigare plan"),
    ])

    doc.add_heading("Status för tidigare insatser", level=2)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Insats enligt tidigare plan", "Status", "Kommentar")):
        cell_text(c, h, bold=True)
        shade(c, "E7E6E6")
    for r in [("Fortsatt samtalskontakt", "Pågår", "–"),
              ("Stöd i vardagen vid behov", "Pågår", "Oförändrat"),
              ("Hjälp med ekonomin", "Avslutad", "–"),
              ("Sysselsättning", "Ej påbörjad", "Se tidigare plan")]:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            cell_text(c, v)

    doc.add_heading("Nya insatser", level=2)
    doc.add_paragraph("Inga nya.")

    doc.add_heading("Ansvar och uppföljning", level=2)
    kv_table([
        ("Huvudansvarig", "Oförändrat"),
        ("Andra aktörer", "Se tidigare plan"),
        ("Nästa uppföljning", "–"),
    ])
    doc.add_paragraph()
    doc.add_paragraph("Antecknat 2025-03-11 av Johanna, sjuksköterska.")

    src = os.path.join(tmpdir, f"{PREFIX}-07.docx")
    save_docx(doc, src)
    subprocess.run(["soffice", f"-env:UserInstallation=file:///tmp/lo-{PREFIX}", "--headless",
                    "--convert-to", "pdf", "--outdir", tmpdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.copy(os.path.join(tmpdir, f"{PREFIX}-07.pdf"), path(7, "pdf"))


# ---------------------------------------------------------------------------
# 08  Almost empty printed template exported as text (UTF-8 with BOM, CRLF), Norberg
# ---------------------------------------------------------------------------
TXT08 = """NORBERGS KOMMUN / REGION VÄSTMANLAND
SAMORDNAD INDIVIDUELL PLAN (SIP)
==========================================================================

Namn:                          S.
Personnummer:                  XXXXXX-XXXX
Datum för SIP-möte:            2025-02-04
Sammankallande
(namn, funktion, verksamhet):

--------------------------------------------------------------------------
DELTAGARE
(namn, funktion och verksamhet
 för samtliga deltagare):

--------------------------------------------------------------------------
SAMTYCKE
Den enskilde samtycker till SIP              ☐ Ja   ☐ Nej
och till informationsöverföring
(ange muntligt/skriftligt och datum):        ☐ Ja   ☐ Nej

--------------------------------------------------------------------------
SYFTE MED PLANEN
(beskriv varför planen upprättas,
 utifrån den enskildes situation):

--------------------------------------------------------------------------
FRÅGESTÄLLNINGAR INFÖR MÖTET
(vad ska mötet ge svar på?):

--------------------------------------------------------------------------
DEN ENSKILDES MÅL
(med den enskildes egna ord):

Den enskilde har deltagit i mötet            ☐ Ja   ☐ Nej
(om nej, ange orsak och hur den
 enskildes synpunkter har förmedlats):

--------------------------------------------------------------------------
INSATSER
Insats / åtgärd     Ansvarig (verksamhet,     Tidpunkt / period
                    funktion)
..................  ........................  ......................
..................  ........................  ......................
..................  ........................  ......................

--------------------------------------------------------------------------
ANDRA AKTÖRERS INSATSER
(t.ex. Försäkringskassan, Arbetsförmedlingen,
 god man, närstående, den enskilde själv):

--------------------------------------------------------------------------
HUVUDANSVARIG FÖR PLANEN
(namn, funktion, verksamhet):

--------------------------------------------------------------------------
UPPFÖLJNING
(datum, tid och plats för                    Vid behov
 uppföljning):

--------------------------------------------------------------------------
Underskrift den enskilde:          ............................
Underskrift huvudansvarig:         ............................
"""


def make_08():
    data = "\ufeff" + TXT08.replace("\n", "\r\n")
    with open(path(8, "txt"), "w", encoding="utf-8", newline="") as f:
        f.write(data)


def main():
    os.makedirs(OUT, exist_ok=True)
    make_01()
    make_02()
    make_03()
    make_04()
    make_05()
    make_06()
    with tempfile.TemporaryDirectory() as tmp:
        make_07(tmp)
    make_08()
    for f in sorted(os.listdir(OUT)):
        print(f)


if __name__ == "__main__":
    main()
