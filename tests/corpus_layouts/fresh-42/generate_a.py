#!/usr/bin/env python3
"""Generate batch fresh-42a: eight fictional, anonymized SIP plans (prefix f42a-)."""
import os
import shutil
import subprocess
import tempfile
import textwrap
from datetime import datetime

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
PREFIX = "f42a"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIXED_DT = datetime(2024, 11, 20, 9, 14)


def path(n, ext):
    return os.path.join(OUT, f"{PREFIX}-{n:02d}.{ext}")


def fix_core(doc, title, author):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def cell_text(cell, text, bold=False, size=None, small_caps=False, italic=False, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        r.font.small_caps = small_caps
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    return cell


def bold_para(doc, text, size=None, space_before=8):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    p.paragraph_format.space_before = Pt(space_before)
    p.paragraph_format.space_after = Pt(2)
    return p


def label_value(doc, label, value, small_caps=False):
    p = doc.add_paragraph()
    r = p.add_run(label + " ")
    r.bold = True
    r.font.small_caps = small_caps
    p.add_run(value)
    p.paragraph_format.space_after = Pt(2)
    return p


def save_docx(doc, dest):
    """Save with fixed zip timestamps so that every run writes identical bytes."""
    import io
    import zipfile
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=(2024, 11, 20, 9, 14, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(item.filename))


def normalize_lo_pdf(src, dest):
    """Blank the time-dependent bytes LibreOffice writes (same length, so xref offsets hold)."""
    import re
    data = open(src, "rb").read()
    data = re.sub(rb"D:\d{14}", b"D:20250206101500", data)
    data = re.sub(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]",
                  lambda m: m.group(0).replace(m.group(1), b"0" * len(m.group(1)))
                  .replace(m.group(2), b"0" * len(m.group(2))), data)
    data = re.sub(rb"/DocChecksum /([0-9A-Fa-f]+)", lambda m: b"/DocChecksum /" + b"0" * len(m.group(1)), data)
    with open(dest, "wb") as f:
        f.write(data)


# ---------------------------------------------------------------- plan 1
class RecordPDF(FPDF):
    system = "VIVA Samverkan – Region Västmanland"

    def header(self):
        self.set_font("DejaVu", "B", 8)
        self.set_text_color(60, 60, 60)
        self.cell(90, 5, self.system, border=0)
        self.set_font("DejaVu", "", 8)
        self.cell(60, 5, "Utskriftsdatum: 2024-11-20 09:14", border=0, align="C")
        self.cell(0, 5, f"Sida {self.page_no()} ({{nb}})", border=0, align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, "Samordnad individuell plan (SIP)   Pat: L.  XXXXXX-XXXX",
                  border="B", new_x="LMARGIN", new_y="NEXT")
        self.ln(3)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "Utskrift ur journalsystem. Utskriften är en kopia – gällande version finns i "
                  "systemet. Dokument-ID SIP-2024-11-0417", align="C")


def box_field(pdf, label, value, h_min=8):
    pdf.set_font("DejaVu", "B", 7.5)
    pdf.set_fill_color(225, 230, 238)
    pdf.cell(0, 5, label, border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    y0 = pdf.get_y()
    if value:
        pdf.multi_cell(0, 4.6, value, border="LRB", new_x="LMARGIN", new_y="NEXT", padding=(1.2, 1.5))
    else:
        pdf.cell(0, h_min, "", border="LRB", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


def plan1():
    pdf = RecordPDF(format="A4")
    pdf.set_creation_date(FIXED_DT)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_auto_page_break(True, margin=16)
    pdf.set_margins(15, 12, 15)
    pdf.set_title("SIP – utskrift")
    pdf.set_author("VIVA Samverkan")
    pdf.add_page()

    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 8, "Samordnad individuell plan – SIP", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)

    # two-column boxed header fields
    pdf.set_font("DejaVu", "B", 7.5)
    pdf.set_fill_color(225, 230, 238)
    w = (pdf.w - 30) / 3
    for lab in ("Mötesdatum", "Plats", "Planstatus"):
        pdf.cell(w, 5, lab, border=1, fill=True)
    pdf.ln()
    pdf.set_font("DejaVu", "", 9)
    for val in ("2024-11-19 kl. 13.30–15.00", "Vuxenpsykiatrin Sala, samtalsrum 2", "Upprättad"):
        pdf.cell(w, 7, val, border=1)
    pdf.ln(9)

    box_field(pdf, "Samtycke",
              "Patienten har lämnat muntligt samtycke till SIP och till att uppgifter lämnas mellan "
              "Vuxenpsykiatrin Sala och Socialtjänsten Sala vid besök hos kontaktsjuksköterska "
              "2024-11-05. Skriftligt samtycke på regionens blankett signerat vid mötet 2024-11-19.")
    box_field(pdf, "Syfte med SIP",
              "L. förlorade sin hyreslägenhet i september efter hyresskulder och bor sedan oktober "
              "tillfälligt på vandrarhem i Sala. Hon vårdades inneliggande för en manisk episod i "
              "augusti. Syftet är att samordna psykiatrins behandling med socialtjänstens arbete med "
              "boende och boendestöd, så att L. får ett stadigvarande boende och så att tidiga tecken "
              "på återinsjuknande fångas upp innan boendet åter äventyras.")
    box_field(pdf, "Frågeställningar inför mötet", "", h_min=10)
    box_field(pdf, "Den enskildes mål",
              "Målet är att L. ska ha en egen bostad (träningslägenhet eller förstahandskontrakt) inom "
              "ett år och vara stabil i sin bipolära sjukdom utan ny slutenvård under 2025.")
    box_field(pdf, "Nuläge / bakgrund",
              "Bipolär sjukdom typ I sedan 2015. Behandlas med litium, S-litium inom terapeutiskt "
              "intervall vid senaste prov. Sömnen har varit orolig sedan flytten till vandrarhemmet. "
              "Hyresskulder på cirka 40 000 kr efter obetalda hyror under våren. Ingen sysselsättning sedan våren 2024. "
              "L. deltog under hela mötet.")

    pdf.set_font("DejaVu", "B", 7.5)
    pdf.cell(0, 5, "Deltagare", border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 8.5)
    with pdf.table(col_widths=(30, 55, 95), text_align="LEFT", line_height=4.6,
                   headings_style=FontFace(emphasis="BOLD", fill_color=(240, 240, 240))) as t:
        for row in (("Namn", "Funktion", "Verksamhet"),
                    ("L.", "Patient", "–"),
                    ("Anna", "Kontaktsjuksköterska", "Vuxenpsykiatrin Sala, Region Västmanland"),
                    ("Johan", "Överläkare", "Vuxenpsykiatrin Sala, Region Västmanland"),
                    ("Sara", "Socialsekreterare", "Vuxenenheten, Socialtjänsten Sala kommun"),
                    ("Mikael", "Boendestödjare", "Socialpsykiatrin, Sala kommun")):
            r = t.row()
            for c in row:
                r.cell(c)
    pdf.ln(2)
    box_field(pdf, "Huvudansvarig för planen", "Socialtjänsten Sala")

    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 7, "Planerade insatser och åtgärder", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 8.5)
    rows = [
        ("1", "Fortsatt litiumbehandling. Provtagning S-litium, kreatinin och TSH var tredje månad.",
         "Överläkare, Vuxenpsykiatrin Sala", "Regionen", "Nästa prov 2024-12-03"),
        ("2", "Besök hos kontaktsjuksköterska varannan vecka med uppföljning av sömn, stämningsläge "
              "och läkemedel.", "Kontaktsjuksköterska, Vuxenpsykiatrin Sala", "Regionen",
         "Från 2024-11-26"),
        ("3", "Skriftlig signalplan med tidiga tecken på mani och depression och vem som kontaktas.",
         "Kontaktsjuksköterska, Vuxenpsykiatrin Sala", "Regionen", "Klar senast 2024-12-17"),
        ("4", "Psykopedagogisk gruppbehandling för personer med bipolär sjukdom (8 träffar).",
         "Psykolog, Vuxenpsykiatrin Sala", "Regionen", ""),
        ("5", "Utredning av boendebehov och beslut om träningslägenhet enligt SoL.",
         "Socialsekreterare, Vuxenenheten Socialtjänsten Sala", "Kommunen", "Beslut senast 2024-12-20"),
        ("6", "Tillfälligt boende på vandrarhem förlängs under utredningstiden.",
         "Socialsekreterare, Vuxenenheten Socialtjänsten Sala", "Kommunen", "T.o.m. 2025-01-31"),
        ("7", "Boendestöd två gånger per vecka: post, räkningar, inköp och dygnsrytm.",
         "Boendestödjare, Socialpsykiatrin Sala kommun", "Kommunen", "Från 2024-11-25"),
        ("8", "Kartläggning av skulder och ansökan om skuldsanering inleds.",
         "Budget- och skuldrådgivare, Sala kommun", "Kommunen", "Första besök 2024-12-05"),
        ("9", "Vid ny inläggning kontaktar avdelningen socialsekreteraren inom en vardag så att "
              "boendefrågan inte tappas.", "Avdelning 3, Psykiatrisk slutenvård Västerås", "Regionen",
         "Gäller från 2024-11-19"),
        ("10", "Läkemedelsgenomgång inför eventuellt tillägg av sömnläkemedel.",
         "Överläkare, Vuxenpsykiatrin Sala", "Regionen", "Vid besök 2025-01-14"),
    ]
    with pdf.table(col_widths=(8, 70, 48, 22, 32), text_align="LEFT", line_height=4.4,
                   headings_style=FontFace(emphasis="BOLD", fill_color=(225, 230, 238)),
                   repeat_headings=1) as t:
        hr = t.row()
        for c in ("Nr", "Insats / åtgärd", "Ansvarig", "Huvudman", "Tid"):
            hr.cell(c)
        for row in rows:
            r = t.row()
            for c in row:
                r.cell(c)
    pdf.ln(3)
    box_field(pdf, "Övriga aktörers insatser", "", h_min=9)
    box_field(pdf, "Uppföljning (datum)", "", h_min=8)
    box_field(pdf, "Upprättad av", "Anna, kontaktsjuksköterska, Vuxenpsykiatrin Sala. Signerad 2024-11-20.")
    pdf.output(path(1, "pdf"))


# ---------------------------------------------------------------- plan 2
def plan2():
    doc = Document()
    fix_core(doc, "Samordnad vårdplanering / SIP vid utskrivning", "Geriatriska kliniken")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hp.text = "Region Västmanland · Geriatriska kliniken, Västmanlands sjukhus Västerås\tNorbergs kommun"
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Blankett SVPL/SIP utskrivning, version 2023-05. Förvaras i patientjournal och i kommunens akt."
    for r in fp.runs:
        r.font.size = Pt(7)

    t = doc.add_paragraph()
    r = t.add_run("Samordnad vårdplanering / SIP vid utskrivning")
    r.bold = True
    r.font.size = Pt(15)

    info = doc.add_table(rows=3, cols=4)
    info.style = "Table Grid"
    vals = [("Patient", "Ingrid, 84 år", "Personnummer", "ÅÅMMDD-XXXX"),
            ("Inskriven", "2024-10-28, Geriatriken avd 2", "Planerad utskrivning", "2024-11-14"),
            ("Mötesdatum", "2024-11-12 (videomöte)", "Hemkommun", "Norberg")]
    for i, row in enumerate(vals):
        for j, v in enumerate(row):
            cell_text(info.cell(i, j), v, bold=(j % 2 == 0), size=9)
            if j % 2 == 0:
                shade(info.cell(i, j), "E7EEF5")

    bold_para(doc, "Bakgrund")
    doc.add_paragraph(
        "Ingrid insjuknade 2024-10-27 i en vänstersidig hjärninfarkt med kvarstående svaghet i höger "
        "arm och ben samt lätt afasi. Hon har förmaksflimmer och behandlas med Eliquis. Före insjuknandet "
        "bodde hon ensam i villa i Norberg utan hjälp från kommunen. Hon går nu med rollator inomhus med "
        "tillsyn, behöver hjälp vid dusch och på- och avklädning av underkropp. Äter själv med anpassade "
        "bestick.")

    bold_para(doc, "Syfte med mötet")
    doc.add_paragraph("☒ Samordning inför utskrivning     ☐ Uppföljning efter hemgång     ☐ Annat: ________")

    bold_para(doc, "Frågeställningar")
    doc.add_paragraph("Diskutera hemgången.")

    bold_para(doc, "Patientens delaktighet")
    doc.add_paragraph("☒ Patienten deltog i mötet     ☐ Patienten deltog inte, skäl: ________")
    doc.add_paragraph(
        "Patientens egna önskemål: Ingrid vill i första hand ha hjälp av samma personal så långt det går, "
        "och hon vill ha trygghetslarmet på handleden och inte runt halsen. Hon vill inte ha besök före "
        "kl. 08.00.")

    bold_para(doc, "Patientens mål")
    doc.add_paragraph(
        "”Jag vill hem till mitt hus och klara att gå på toaletten själv. Jag vill inte flytta till "
        "något boende.”")

    bold_para(doc, "Samtycke")
    doc.add_paragraph("☒ Samtycke finns     ☐ Samtycke saknas")

    bold_para(doc, "Deltagare")
    dt = doc.add_table(rows=1, cols=2)
    dt.style = "Table Grid"
    cell_text(dt.cell(0, 0), "Namn", bold=True)
    cell_text(dt.cell(0, 1), "Roll", bold=True)
    shade(dt.cell(0, 0), "D9D9D9")
    shade(dt.cell(0, 1), "D9D9D9")
    repeat_header(dt.rows[0])
    for n, roll in (("Ingrid", "Patient"), ("Karin", "Dotter"), ("Maria", "Sjuksköterska"),
                    ("Jonas", "Arbetsterapeut"), ("Eva", "Biståndshandläggare"),
                    ("Lena", "Distriktssköterska")):
        c = dt.add_row().cells
        cell_text(c[0], n)
        cell_text(c[1], roll)

    bold_para(doc, "Insatser efter utskrivning")
    at = doc.add_table(rows=1, cols=4)
    at.style = "Table Grid"
    heads = ("Insats", "Utförare", "Start", "Omfattning")
    for i, h in enumerate(heads):
        cell_text(at.rows[0].cells[i], h, bold=True, size=9)
        shade(at.rows[0].cells[i], "D9D9D9")
    repeat_header(at.rows[0])
    rows = [
        ("Hemtjänst: hjälp med dusch, på- och avklädning, frukost och kvällsmål",
         "Hemtjänst Norberg, grupp centrum", "2024-11-14", "3 besök/dag (08.15, 12.00, 20.00), dusch 1 ggr/v"),
        ("Trygghetslarm, armbandsmodell", "Larmgruppen, Vård och omsorg Norbergs kommun",
         "Installeras 2024-11-14", "–"),
        ("Matdistribution lunch", "Hemtjänst Norberg, grupp centrum", "2024-11-15", "Alla dagar"),
        ("Hembesök, bedömning av hjälpmedel (toalettförhöjning, duschpall) och behov av "
         "bostadsanpassning av badrum", "Arbetsterapeut, Rehabenheten Norbergs kommun",
         "2024-11-15", "1 besök, därefter enl. bedömning"),
        ("Gångträning och balansträning i hemmet", "Fysioterapeut, Hemrehab Norbergs kommun",
         "2024-11-18", "2 ggr/vecka i 6 veckor"),
        ("Läkemedelsadministration via dosett, delas av sjuksköterska", "Distriktssköterska, "
         "Vårdcentralen Norberg", "2024-11-14", "Dosett 1 ggr/vecka"),
        ("Blodtryckskontroll och uppföljning av antikoagulantia", "Distriktssköterska, Vårdcentralen "
         "Norberg", "2024-11-21", "1 ggr/vecka första månaden"),
        ("Läkarbesök: uppföljning efter stroke, blodprover", "Distriktsläkare, Vårdcentralen Norberg",
         "2024-11-26", "–"),
        ("Logopedbedömning av afasi", "Logopedmottagningen, Västmanlands sjukhus Västerås",
         "Kallelse till 2024-12-10", "–"),
    ]
    for row in rows:
        c = at.add_row().cells
        for i, v in enumerate(row):
            cell_text(c[i], v, size=9)
    for i, wcm in enumerate((6.0, 5.0, 2.8, 3.6)):
        for row in at.rows:
            row.cells[i].width = Cm(wcm)

    bold_para(doc, "Närstående / andra aktörer")
    doc.add_paragraph("Dottern Karin, som bor i Avesta, är informerad och delaktig i planeringen.")

    bold_para(doc, "Huvudansvarig för SIP")
    doc.add_paragraph("")

    bold_para(doc, "Uppföljning")
    doc.add_paragraph("Hembesök med uppföljning av SIP inom två veckor efter hemkomst.")

    bold_para(doc, "Underskrift")
    doc.add_paragraph("Planen upprättad av Maria, sjuksköterska, Geriatriken avd 2, 2024-11-12.")
    save_docx(doc, path(2, "docx"))


# ---------------------------------------------------------------- plan 3
def plan3():
    doc = Document()
    fix_core(doc, "Din plan", "Familjeenheten Fagersta")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(13)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Fagersta kommun · BUP Västerås (mottagning Fagersta) · Västanfors skola"
    for r in hp.runs:
        r.font.size = Pt(8)
    h = doc.add_heading("Din plan", level=0)
    doc.add_paragraph("För Noah, 10 år. Skriven efter mötet den 8 oktober 2024.")

    doc.add_heading("Hej Noah!", level=1)
    doc.add_paragraph(
        "Det här är din plan. Vi skrev den tillsammans på mötet i skolans konferensrum. "
        "Du vet att det har varit mycket bråk hemma på morgnarna. Du har också haft svårt att sitta still "
        "och lyssna på lektionerna. Planen finns för att morgnarna hemma ska bli lugnare och för att "
        "skoldagen ska bli lättare för dig. Alla vuxna som hjälper dig ska veta vad de andra gör. Då "
        "behöver du inte berätta samma sak många gånger.")

    doc.add_heading("Vilka var med på mötet?", level=1)
    doc.add_paragraph("Du, mamma, pappa, Lena, Omar och Sara.")

    doc.add_heading("Får vi prata med varandra om dig?", level=1)
    doc.add_paragraph(
        "Ja. Mamma och pappa sa ja på mötet den 8 oktober 2024. De skrev också under en blankett. "
        "Det betyder att skolan, BUP och socialtjänsten får prata med varandra om dig.")

    doc.add_heading("Det här sa du", level=1)
    doc.add_paragraph(
        "Du var med i början av mötet. Du berättade att det är jobbigt när mamma tjatar om skorna. "
        "Du sa att det är roligast i skolan när ni har idrott och bild. Du sa att du vill sitta "
        "längst fram, inte bredvid dörren. Sedan gick du till fritids och mamma och pappa stannade kvar.")

    doc.add_heading("Det här vill du", level=1)
    for s in ("”Jag vill att morgnarna ska vara lugna och att jag och mamma inte bråkar.”",
              "”Jag vill ha en kompis att vara med på rasterna.”"):
        doc.add_paragraph(s, style="List Bullet")

    doc.add_heading("Vem hjälper dig – med vad – när", level=1)
    tb = doc.add_table(rows=1, cols=3)
    tb.style = "Light Grid Accent 1"
    for i, hd in enumerate(("Vem hjälper dig", "Med vad", "När")):
        cell_text(tb.rows[0].cells[i], hd, bold=True, size=12)
    repeat_header(tb.rows[0])
    rows = [
        ("Läkaren på BUP Västerås, mottagningen i Fagersta",
         "Pratar med dig och mamma och pappa om medicinen hjälper dig.", "12 november 2024"),
        ("Familjebehandlaren på Familjeenheten, socialtjänsten Fagersta",
         "Kommer hem till er och hjälper er att göra morgnarna lugnare. Ni gör ett morgonschema med bilder.",
         "Varje tisdag kl. 16 från den 15 oktober"),
        ("Din lärare i klass 4B på Västanfors skola",
         "Ger dig en egen plats längst fram och ett schema med bilder på bänken. Du får ta en paus "
         "när du visar ditt paus-kort.", "Från den 14 oktober"),
        ("Skolkuratorn på Västanfors skola", "Pratar med dig om kompisar och hur rasterna kan bli roligare.", ""),
        ("Mamma och pappa", "Använder morgonschemat varje morgon och säger till dig när du har gjort något bra.",
         "Varje morgon från den 16 oktober"),
        ("Du", "Packar skolväskan kvällen innan tillsammans med pappa. Visar paus-kortet när det blir för mycket.",
         "Varje kväll / varje skoldag"),
    ]
    for row in rows:
        c = tb.add_row().cells
        for i, v in enumerate(row):
            cell_text(c[i], v, size=12)

    doc.add_heading("När ses vi igen?", level=1)
    doc.add_paragraph("Vi ses igen efter sportlovet. Då pratar vi om hur det har gått.")
    doc.add_paragraph("Du får gärna rita eller skriva här om du vill säga något till oss:")
    for _ in range(3):
        doc.add_paragraph("_" * 55)
    save_docx(doc, path(3, "docx"))


# ---------------------------------------------------------------- plan 4
def wrap76(text):
    out = []
    for para in text.split("\n"):
        if not para.strip():
            out.append("")
            continue
        out.extend(textwrap.wrap(para, width=76, break_long_words=False, break_on_hyphens=False))
    return out


def plan4():
    parts = [
        "MINNESANTECKNINGAR FRÅN SIP-MÖTE",
        "",
        "Datum: 2025-01-21, kl. 09.30-11.00",
        "Plats: Socialtjänsten Hallstahammar, Vuxenenheten, mötesrum Kolbäck",
        "",
        "NÄRVARANDE",
        "",
        "Adam, 19 år, den enskilde",
        "Helena, socialsekreterare, Vuxenenheten IFO Hallstahammars kommun",
        "Tobias, behandlare, Öppenvården beroende Hallstahammars kommun",
        "Jens, arbetskonsulent, Arbetsmarknadsenheten Hallstahammars kommun",
        "Farida, sjuksköterska, Beroendemottagningen Västerås, Region Västmanland",
        "Marie, kurator, Vårdcentralen Hallstahammar, Region Västmanland",
        "",
        "BAKGRUND OCH SYFTE MED MÖTET",
        "",
        "Adam har sedan gymnasiet avslutades i juni 2024 varit utan sysselsättning och bor kvar hemma "
        "hos sin mamma. Han har under hösten använt cannabis i stort sett dagligen, enligt honom själv "
        "främst på kvällarna för att kunna sova. Vårdcentralen har haft kontakt med honom sedan "
        "november för sömnbesvär och nedstämdhet, och socialtjänsten fick en orosanmälan från "
        "vårdcentralen i december. Syftet med mötet var att samordna beroendebehandlingen, "
        "vårdcentralens kontakt och kommunens arbetsmarknadsinsatser så att Adam får en sammanhållen "
        "plan i stället för tre parallella kontakter som inte vet om varandra.",
        "",
        "FRÅGESTÄLLNINGAR",
        "",
        "Inför mötet hade vi formulerat tre frågor. Den första var hur Adams cannabisbruk ska bedömas "
        "och vem som ska erbjuda behandling, kommunens öppenvård eller Beroendemottagningen. Den andra "
        "var om sömnproblemen kan behandlas utan beroendeframkallande läkemedel. Den tredje var vilken "
        "sysselsättning som är realistisk att börja med redan nu, innan han har slutat helt.",
        "",
        "ADAMS EGEN SYN",
        "",
        "Adam var med under hela mötet och tog själv upp det mesta om sin situation. Han tycker inte att "
        "cannabisen är det största problemet men håller med om att den gör att han sover bort dagarna. "
        "Han vill inte gå i gruppbehandling och säger att han inte vill träffa folk från sin gamla "
        "klass. Han är positiv till att prova en praktikplats, helst något med bilar eller utomhus.",
        "",
        "MÅL",
        "",
        "Målet är att Adam ska ha en sysselsättning minst halvtid före sommaren 2025 och att han ska ha "
        "minskat sitt cannabisbruk så att han kan hålla en dygnsrytm.",
        "",
        "INSATSER OCH VEM SOM GÖR VAD",
        "",
        "Tobias på Öppenvården beroende erbjuder individuella samtal enligt CRA en gång i veckan med "
        "start tisdagen 2025-01-28. Adam var positiv till upplägget. Helena fattade samma dag "
        "beslut om insatsen enligt SoL 4 kap. 1 § så att den kan starta direkt.",
        "",
        "Farida på Beroendemottagningen gör en läkarbedömning och tar drogtester i samband med "
        "besöket. Tiden är bokad till 2025-02-04. Beroendemottagningen återkopplar till Tobias efter "
        "bedömningen om det finns behov av annan behandling.",
        "",
        "Vårdcentralen ska också se över sömnen och om nedstämdheten behöver behandlas. Marie tar upp det "
        "med distriktsläkaren, men någon tid var inte bestämd när vi avslutade mötet.",
        "",
        "Jens på Arbetsmarknadsenheten skriver in Adam i kommunens arbetsträning. Inskrivningssamtalet "
        "är 2025-02-10 och målet är att han ska kunna börja på fordonsverkstaden på Tekniska kontoret "
        "25 procent under februari och därefter öka.",
        "",
        "NÄSTA MÖTE",
        "",
        "Vi ses igen i början av mars för att följa upp planen. Kallelse skickas ut senare.",
        "",
        "Vid anteckningarna",
        "Helena",
    ]
    lines = []
    for p in parts:
        lines.extend(wrap76(p) if p else [""])
    data = "\r\n".join(lines) + "\r\n"
    with open(path(4, "txt"), "wb") as f:
        f.write(data.encode("cp1252"))


# ---------------------------------------------------------------- plan 5
def plan5():
    md = """# Uppföljning av SIP

**Region Västmanland – Vårdcentralen Arboga**
**Dokument:** Uppföljning av samordnad individuell plan
**Den enskilde:** M., 45 år &nbsp;&nbsp; **Personnummer:** ÅÅMMDD-XXXX
**Datum för uppföljningsmötet:** 2025-01-14
**Ursprunglig SIP upprättad:** 2024-09-17

---

## Syfte

Se tidigare plan (SIP 2024-09-17).

## Frågeställningar inför dagens möte

1. Är M. redo att öka arbetsträningen hos arbetsgivaren från 25 % till 50 % från februari?
2. Behöver sjukskrivningen förlängas efter 2025-02-28, och vilket underlag behöver Försäkringskassan inför avstämningsmötet?
3. Ska KBT-kontakten förlängas när de tolv sessionerna är slut?

## Den enskildes mål

Oförändrat, se tidigare plan.

## Närvarande

M., Lena, Per, Sofia, Jonas

## Samtycke

Se SIP 2024-09-17.

## Vad har hänt sedan förra mötet

M. har varit heltidssjukskriven för depression sedan mars 2024. Sertralin höjdes till 100 mg i oktober. Hon har gått på 8 av 12 planerade KBT-sessioner hos psykolog på vårdcentralen. Arbetsträningen på lagret (25 %, förmiddagar måndag–torsdag) startade 2024-11-04 efter ett möte med närmaste chef och rehabkoordinatorn. Två veckor i december var hon borta på grund av förkylning. Försäkringskassan har fått nytt läkarintyg i december och har kallat till avstämningsmöte. Ansökan om ekonomiskt bistånd beviljades för november och december i väntan på beslut om sjukpenning efter omprövning. M. deltog på mötet.

## Åtgärder och status

| Åtgärd | Ansvarig | Tidsplan | Status |
|---|---|---|---|
| KBT, totalt 12 sessioner, därefter ställningstagande till förlängning | Psykolog, Vårdcentralen Arboga | Sista session 2025-03-04 | Pågår, 8 av 12 klara |
| Läkemedelsuppföljning sertralin | Regionen | 2025-02-04 | Ny åtgärd |
| Nytt läkarintyg inför 2025-02-28 | Distriktsläkare, Vårdcentralen Arboga | Senast 2025-02-21 | Ny åtgärd |
| Samordna kontakten med arbetsgivaren och planera upptrappning | Rehabkoordinator, Vårdcentralen Arboga | Nästa kontakt 2025-01-28 | Pågår |
| Arbetsträning ökas till 50 %, förmiddagar måndag–fredag | Närmaste chef hos arbetsgivaren (lagret) | Från 2025-02-03 | Beslutad vid mötet |
| Avstämningsmöte om sjukpenning och rehabiliteringsplan | Handläggare, Försäkringskassan | 2025-02-11 | Kallelse skickad |
| Ekonomiskt bistånd i väntan på beslut från FK, ny prövning månadsvis | Socialsekreterare, Försörjningsstödsenheten Arboga kommun | Nästa ansökan senast 2025-01-25 | Pågår |
| Daglig promenad 30 min som del av beteendeaktiveringen | M. själv | Dagligen | Pågår, fungerar 4–5 dagar/vecka |
| Anhörigstöd till maken | ~~Anhörigkonsulent, Arboga kommun~~ | – | Avslutad, maken avböjde |

## Huvudansvar för planen

Vårdcentralen Arboga

## Nästa uppföljning

2025-03-11 kl. 13.00 på Vårdcentralen Arboga. Rehabkoordinatorn skickar kallelse till samtliga.

---
*Exporterad 2025-01-15 ur Region Västmanlands journalsystem. Anonymiserad kopia.*
"""
    with open(path(5, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ---------------------------------------------------------------- plan 6
PLACEHOLDER = "Klicka eller tryck här för att ange text."


def add_sdt(paragraph, placeholder=PLACEHOLDER, alias=None):
    """Append an empty rich-text content control that shows its placeholder text."""
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    if alias:
        a = OxmlElement("w:alias")
        a.set(qn("w:val"), alias)
        pr.append(a)
    idel = OxmlElement("w:id")
    idel.set(qn("w:val"), str(abs(hash(alias or placeholder)) % 900000 + 100000))
    pr.append(idel)
    show = OxmlElement("w:showingPlcHdr")
    pr.append(show)
    txt = OxmlElement("w:text")
    pr.append(txt)
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
    t.set(qn("xml:space"), "preserve")
    r.append(t)
    content.append(r)
    sdt.append(content)
    paragraph._p.append(sdt)


def stable_ids(doc):
    """Give sdt ids deterministic values (hash() of str is salted per run)."""
    n = 1000
    for el in doc.element.body.iter(qn("w:id")):
        el.set(qn("w:val"), str(n))
        n += 1


def form_row(table, label, hint=None, placeholder=PLACEHOLDER, text=None):
    row = table.add_row()
    lc, vc = row.cells
    cell_text(lc, label, bold=True, size=9)
    shade(lc, "DCE6F1")
    vc.text = ""
    p = vc.paragraphs[0]
    if hint:
        hr = p.add_run(hint)
        hr.italic = True
        hr.font.size = Pt(8)
        hr.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
        p = vc.add_paragraph()
    if text is not None:
        p.add_run(text).font.size = Pt(9)
    elif placeholder:
        add_sdt(p, placeholder, alias=label)
    return row


def plan6(tmpdir):
    doc = Document()
    fix_core(doc, "SIP – Samordnad individuell plan", "Region Västmanland och länets kommuner")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(9.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hp.text = "Region Västmanland och kommunerna i Västmanlands län\tSIP-blankett\tVersion 2024:1"
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Gemensam länsblankett för SIP enligt SoL 2 kap. 7 § och HSL 16 kap. 4 §. Sekretessbelagd handling när ifylld."
    for r in fp.runs:
        r.font.size = Pt(7)

    t = doc.add_paragraph()
    rr = t.add_run("SIP – Samordnad individuell plan")
    rr.bold = True
    rr.font.size = Pt(16)
    rr.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)

    hdr = doc.add_table(rows=0, cols=2)
    hdr.style = "Table Grid"
    form_row(hdr, "Den enskildes namn", placeholder=PLACEHOLDER)
    form_row(hdr, "Personnummer", placeholder="ÅÅMMDD-XXXX")
    form_row(hdr, "Datum för mötet", text="2025-02-06")
    form_row(hdr, "Typ av möte", text="☐ Nytt SIP-möte    ☐ Uppföljning")

    bold_para(doc, "Deltagare vid mötet")
    dt = doc.add_table(rows=1, cols=3)
    dt.style = "Table Grid"
    for i, hd in enumerate(("Namn", "Funktion", "Verksamhet / organisation")):
        cell_text(dt.rows[0].cells[i], hd, bold=True, size=9)
        shade(dt.rows[0].cells[i], "DCE6F1")
    for row in (("Emma", "Vårdnadshavare (mamma)", "–"),
                ("Tove", "Socialsekreterare", "Barn och unga, Socialtjänsten Köpings kommun"),
                ("Erik", "Psykolog", "BUP Västerås, Region Västmanland"),
                ("Hanna", "Specialpedagog", "Karlbergsskolan, Köpings kommun"),
                ("Petra", "Skolsköterska", "Elevhälsan, Köpings kommun")):
        c = dt.add_row().cells
        for i, v in enumerate(row):
            cell_text(c[i], v, size=9)

    bold_para(doc, "Planens innehåll")
    ft = doc.add_table(rows=0, cols=2)
    ft.style = "Table Grid"
    form_row(ft, "Syfte med SIP", hint="(Beskriv syftet utifrån den enskildes situation)")
    form_row(ft, "Frågeställningar", hint="(Vilka frågor ska mötet besvara?)")
    form_row(ft, "Den enskildes mål", hint="(Med den enskildes egna ord)")
    form_row(ft, "Den enskildes delaktighet och synpunkter", hint="(Deltog den enskilde? Egen syn och önskemål)")
    form_row(ft, "Samtycke", text="☐ Muntligt   ☐ Skriftligt   Datum: ÅÅÅÅ-MM-DD")
    for c in ft.columns[0].cells:
        c.width = Cm(5)
    for c in hdr.columns[0].cells:
        c.width = Cm(5)

    bold_para(doc, "Insatser och åtgärder")
    it = doc.add_table(rows=1, cols=4)
    it.style = "Table Grid"
    for i, hd in enumerate(("Insats / åtgärd", "Ansvarig verksamhet och funktion", "Huvudman", "När")):
        cell_text(it.rows[0].cells[i], hd, bold=True, size=9)
        shade(it.rows[0].cells[i], "DCE6F1")
    repeat_header(it.rows[0])
    for _ in range(4):
        c = it.add_row().cells
        add_sdt(c[0].paragraphs[0], PLACEHOLDER, alias="insats")
        c[1].text = ""
        c[2].text = "☐ Kommun  ☐ Region"
        for r in c[2].paragraphs[0].runs:
            r.font.size = Pt(8)
        c[3].text = "ÅÅÅÅ-MM-DD"
        for r in c[3].paragraphs[0].runs:
            r.font.size = Pt(8)
            r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)

    bold_para(doc, "Ansvar och uppföljning")
    rt = doc.add_table(rows=0, cols=2)
    rt.style = "Table Grid"
    form_row(rt, "Andra aktörers insatser", hint="(T.ex. Försäkringskassan, Arbetsförmedlingen, god man, närstående)")
    form_row(rt, "Huvudansvarig för planen", hint="(Namn, funktion och verksamhet)")
    form_row(rt, "Uppföljning", text="Datum: ÅÅÅÅ-MM-DD    Plats: ")
    form_row(rt, "Planen upprättad av")
    for c in rt.columns[0].cells:
        c.width = Cm(5)
    stable_ids(doc)
    src = os.path.join(tmpdir, f"{PREFIX}-06.docx")
    doc.save(src)
    subprocess.run(["soffice", f"-env:UserInstallation=file:///tmp/lo-{PREFIX}", "--headless",
                    "--convert-to", "pdf", "--outdir", tmpdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    normalize_lo_pdf(os.path.join(tmpdir, f"{PREFIX}-06.pdf"), path(6, "pdf"))


# ---------------------------------------------------------------- plan 7
def sc_label(cell, text, size=9):
    cell.text = ""
    r = cell.paragraphs[0].add_run(text)
    r.font.small_caps = True
    r.bold = True
    r.font.size = Pt(size)


def plan7():
    doc = Document()
    fix_core(doc, "Individuell plan enligt LSS med SIP", "LSS-handläggare Surahammar")
    st = doc.styles["Normal"]
    st.font.name = "Garamond"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    hp = sec.header.paragraphs[0]
    hp.text = "Surahammars kommun · Socialförvaltningen, LSS-enheten\t\tIndividuell plan 10 § LSS / SIP"
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Planen har upprättats 2025-02-19. Kopia till den enskilde, god man och berörda verksamheter."
    for r in fp.runs:
        r.font.size = Pt(8)

    p = doc.add_paragraph()
    r = p.add_run("Individuell plan enligt 10 § LSS med samordnade delar (SIP)")
    r.bold = True
    r.font.size = Pt(16)

    bold_para(doc, "1. Personuppgifter", size=12)
    pt = doc.add_table(rows=2, cols=6)
    pt.style = "Table Grid"
    labels = [("Namn", "J."), ("Personnummer", "XXXXXX-XXXX"), ("Ålder", "23 år"),
              ("Boende", "Gruppbostad Tallbacken, Surahammar"), ("God man", "Ja, Bengt"),
              ("Diagnos", "Autism, lindrig intellektuell funktionsnedsättning")]
    for i, (lab, val) in enumerate(labels):
        rr_, cc = divmod(i, 3)
        sc_label(pt.cell(rr_, cc * 2), lab)
        shade(pt.cell(rr_, cc * 2), "EFEFEF")
        cell_text(pt.cell(rr_, cc * 2 + 1), val, size=10)

    bold_para(doc, "2. Syfte och frågeställningar", size=12)
    label_value(doc, "Syfte:", "Samordning av insatser.", small_caps=True)
    label_value(doc, "Frågeställningar:", "Genomgång av nuläget.", small_caps=True)

    bold_para(doc, "3. Insatser", size=12)
    it = doc.add_table(rows=1, cols=4)
    it.style = "Table Grid"
    it.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, hd in enumerate(("Insats", "Ansvarig verksamhet / funktion", "Omfattning", "Start / tidpunkt")):
        sc_label(it.rows[0].cells[i], hd, size=10)
        shade(it.rows[0].cells[i], "C9D5E3")
    repeat_header(it.rows[0])

    def group(title, rows):
        gr = it.add_row()
        m = gr.cells[0].merge(gr.cells[3])
        sc_label(m, title, size=10)
        shade(m, "EFEFEF")
        for row in rows:
            c = it.add_row().cells
            for i, v in enumerate(row):
                cell_text(c[i], v, size=10)

    group("KOMMUNEN", [
        ("Bostad med särskild service för vuxna, 9 § 9 LSS", "Gruppbostad Tallbacken, enhetschef LSS boende",
         "Dygnet runt", "Pågår sedan 2021-08-01, omprövas 2025-08-01"),
        ("Daglig verksamhet, 9 § 10 LSS: arbete i tvätteriet med bildstöd",
         "Daglig verksamhet Verkstan, arbetshandledare", "Måndag–fredag 09–14",
         "Pågår, nytt schema från 2025-03-03"),
        ("Ledsagarservice, 9 § 3 LSS, till simhallen och bibliotek", "LSS-handläggare, Socialförvaltningen",
         "8 timmar/månad", "Beslut fattas senast 2025-03-14"),
        ("Träning att åka buss själv till Verkstan", "Kontaktman i gruppbostaden Tallbacken",
         "Varje arbetsdag", "Start 2025-03-03, 8 veckor"),
    ])
    group("REGIONEN", [
        ("Kognitiva hjälpmedel: digital veckoplanering och timer, utprovning",
         "Arbetsterapeut, Vuxenhabiliteringen Västerås", "3 besök", "Första besök 2025-03-06"),
        ("Samtal om oro och sömn, bedömning av behov av KBT-anpassad behandling",
         "Psykolog, Vuxenhabiliteringen Västerås", "Bedömningssamtal", "2025-03-20"),
        ("Årlig hälsokontroll och uppföljning av läkemedel (melatonin)",
         "Distriktsläkare, Vårdcentralen Surahammar", "1 ggr/år", "2025-04-09"),
    ])
    widths = (Cm(8.5), Cm(7.5), Cm(4.5), Cm(5.2))
    for row in it.rows:
        for i, w in enumerate(widths):
            if i < len(row.cells):
                row.cells[i].width = w

    bold_para(doc, "4. Mål", size=12)
    doc.add_paragraph(
        "Målet är att J. ska kunna åka buss själv till och från daglig verksamhet före sommaren 2025 och "
        "att J. ska ha färre oroskänslor på kvällarna med hjälp av tydlig struktur.")

    bold_para(doc, "5. Delaktighet och samtycke", size=12)
    label_value(doc, "Delaktighet:", "J. deltog under första halvtimmen av mötet tillsammans med sin kontaktman.",
                small_caps=True)
    label_value(doc, "Samtycke:", "Samtycke finns.", small_caps=True)

    bold_para(doc, "6. Andra aktörer", size=12)
    doc.add_paragraph("J. har god man (Bengt) sedan 2020. Mamma Ulla är ett viktigt stöd.")

    bold_para(doc, "7. Huvudansvar och uppföljning", size=12)
    label_value(doc, "Huvudansvarig:", "Maria, LSS-handläggare, Socialförvaltningen Surahammars kommun",
                small_caps=True)
    label_value(doc, "Uppföljning:", "Planen följs upp vid behov, dock minst en gång per år.", small_caps=True)

    bold_para(doc, "8. Deltagare", size=12)
    dtab = doc.add_table(rows=1, cols=3)
    dtab.style = "Table Grid"
    for i, hd in enumerate(("Namn", "Funktion", "Verksamhet")):
        sc_label(dtab.rows[0].cells[i], hd, size=10)
        shade(dtab.rows[0].cells[i], "C9D5E3")
    for row in (("J.", "Den enskilde", "–"), ("Ulla", "Mamma", "–"), ("Bengt", "God man", "–"),
                ("Maria", "LSS-handläggare", "Socialförvaltningen, Surahammars kommun"),
                ("Ahmed", "Kontaktman", "Gruppbostad Tallbacken, Surahammars kommun"),
                ("Sofie", "Arbetshandledare", "Daglig verksamhet Verkstan, Surahammars kommun"),
                ("Linnea", "Arbetsterapeut", "Vuxenhabiliteringen Västerås, Region Västmanland")):
        c = dtab.add_row().cells
        for i, v in enumerate(row):
            cell_text(c[i], v, size=10)
    save_docx(doc, path(7, "docx"))


# ---------------------------------------------------------------- plan 8
def plan8():
    body = """Ämne: Sammanfattning från SIP-mötet hos Gunnar 4/3

Hej alla!

Tack för ett bra möte i tisdags hemma hos Gunnar. Här kommer en kort
sammanfattning av det vi kom fram till, så att alla har samma bild.

Gunnar sa själv att han tycker att hemtjänsten fungerar bra men att de
kommer för tidigt på morgonen, han vill helst inte ha besök före kl. 9.
Han vill bo kvar i lägenheten. Med hans egna ord: "Jag vill klara mig
hemma och slippa åka in på akuten varenda månad." Han sa också att han
inte vill prata om alkoholen med hemtjänstpersonalen, bara med
sjuksköterskan.

Det här kom vi överens om:

- Hemtjänsten (Hemtjänst Kungsör norra) fortsätter med stödet som
  tidigare.
- Vårdcentralen Kungsör har fortsatt kontakt kring KOL:en.
- Beroendemottagningen i Köping erbjuder stöd vid behov.
- Jag ser över biståndsbeslutet vid behov.

Mikael (sonen) har sagt att han hjälper till när han kan.

Som ni vet är det jag som har huvudansvaret för planen, så hör av er
till mig om något förändras innan vi ses nästa gång.

Nästa möte blir tisdagen den 6 maj 2025 kl. 10.00 hemma hos Gunnar.

Hälsningar
Kerstin
Biståndshandläggare, Vård och omsorg, Kungsörs kommun
Nås via växeln
"""
    with open(path(8, "txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(body)


def main():
    os.makedirs(OUT, exist_ok=True)
    plan1()
    plan2()
    plan3()
    plan4()
    plan5()
    with tempfile.TemporaryDirectory(prefix=f"{PREFIX}-") as tmp:
        plan6(tmp)
    plan7()
    plan8()
    print("written:", sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()
