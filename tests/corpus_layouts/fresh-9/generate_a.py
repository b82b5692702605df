#!/usr/bin/env python3
"""Generate the fresh-9a batch of fictional, anonymized SIP plans into plans/.

Run with a Python that has python-docx and fpdf2 (and LibreOffice on PATH): python generate_a.py
Deterministic: fixed dates, no randomness. Plan 07 is converted with LibreOffice.
"""
import os
import shutil
import subprocess
import textwrap
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
OUT = HERE / "plans"
BUILD = HERE / "build"
PREFIX = "f9a"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_I = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"
FIXED_DT = datetime(2025, 3, 1, 12, 0, 0)


def name(nn, ext):
    return OUT / f"{PREFIX}-{nn:02d}.{ext}"


def fix_docx_props(doc, title, author):
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


def cell_text(cell, text, bold=False, size=None, color=None, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
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


def save_docx(doc, path):
    """Save with fixed zip timestamps so every run gives identical bytes."""
    import io
    import zipfile
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 3, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(item.filename))


def pin_pdf_metadata(path):
    """Pin LibreOffice's creation date and document ID (same byte length, xref stays valid)."""
    import re
    data = Path(path).read_bytes()
    data = re.sub(rb"D:\d{14}", b"D:20250301120000", data)
    data = re.sub(rb"<[0-9A-F]{32}>", b"<" + b"F9A0" * 8 + b">", data)
    data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"F9A0" * 8, data)
    data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", b"2025-03-01T12:00:00", data)
    Path(path).write_bytes(data)


def set_col_widths(tbl, widths):
    tbl.autofit = False
    grid = tbl._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips if hasattr(w, "twips") else w / 635)))
    for row in tbl.rows:
        for c, w in zip(row.cells, widths):
            c.width = w


def add_page_field(paragraph, instr):
    run = paragraph.add_run()
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
    run._r.append(f1)
    run._r.append(it)
    run._r.append(f2)
    run._r.append(t)
    run._r.append(f3)


# ---------------------------------------------------------------------------
# 01  Record-system print (fpdf2), Köping, alcohol dependence + liver cirrhosis
# ---------------------------------------------------------------------------
class RecordPDF(FPDF):
    system = "Nova Omsorg 5.4  |  Individ- och familjeomsorg  |  Köpings kommun"
    printed = "Utskrift 2025-02-14 10:32 av anvkod SOC-ANNA"

    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, self.system, align="L")
        self.cell(0, 4, "Sekretess enl. OSL 26 kap. 1 §", align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(2)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-13)
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 6, self.printed, align="L")
        self.set_x(self.l_margin)
        self.cell(0, 6, f"Sida {self.page_no()} av {{nb}}", align="R")
        self.set_text_color(0, 0, 0)

    def small_caps(self, text, size=10.5):
        """Section heading in small caps with a thin rule under it."""
        self.ln(1.5)
        x0 = self.get_x()
        for ch in text:
            if ch.islower():
                self.set_font("DejaVu", "B", size * 0.78)
                self.cell(self.get_string_width(ch.upper()), 6, ch.upper())
            else:
                self.set_font("DejaVu", "B", size)
                self.cell(self.get_string_width(ch), 6, ch)
        self.ln(6.5)
        self.set_draw_color(120, 120, 120)
        self.line(x0, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(1.5)

    def body(self, text, size=9.2):
        self.set_font("DejaVu", "", size)
        self.multi_cell(0, 4.3, text, new_x="LMARGIN", new_y="NEXT")


def plan01():
    pdf = RecordPDF(format="A4")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_font("DejaVu", "I", FONT_I)
    pdf.set_creation_date(FIXED_DT)
    pdf.set_title("SIP - Samordnad individuell plan")
    pdf.set_author("Nova Omsorg")
    pdf.set_margins(16, 12, 16)
    pdf.set_auto_page_break(True, margin=18)
    pdf.alias_nb_pages()
    pdf.add_page()

    # grey title band
    pdf.set_fill_color(205, 205, 205)
    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 11, "  Samordnad individuell plan (SIP)", fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.set_fill_color(232, 232, 232)
    pdf.set_font("DejaVu", "", 8.5)
    pdf.cell(0, 6, "  Dokumenttyp: SIP  |  Status: Fastställd  |  Version 1", fill=True,
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    grid = [
        ("Klient", "Tomas K."),
        ("Personnummer", "XXXXXX-XXXX"),
        ("Ärendenummer", "IFO-VUX 2025-0142"),
        ("Mötesdatum", "2025-02-13 kl. 09.30–11.00"),
        ("Mötesplats", "Socialtjänsten Köping, Vuxenenheten, sammanträdesrum 2"),
        ("Upprättad av", "Anna, socialsekreterare"),
        ("Huvudansvarig för planen", "Anna, socialsekreterare, Vuxenenheten, Socialtjänsten Köping"),
        ("Nästa uppföljning", "2025-05-20 kl. 13.00"),
    ]
    w1, w2 = 52, pdf.w - pdf.l_margin - pdf.r_margin - 52
    pdf.set_draw_color(160, 160, 160)
    pdf.set_fill_color(220, 220, 220)
    pdf.set_font("DejaVu", "B", 8.8)
    pdf.cell(w1, 6.5, " Uppgift", border=1, fill=True)
    pdf.cell(w2, 6.5, " Värde", border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
    for k, v in grid:
        pdf.set_fill_color(244, 244, 244)
        pdf.set_font("DejaVu", "", 8.8)
        pdf.cell(w1, 5.6, " " + k, border=1, fill=True)
        pdf.cell(w2, 5.6, " " + v, border=1, new_x="LMARGIN", new_y="NEXT")

    pdf.small_caps("Bakgrund")
    pdf.body(
        "Tomas är 54 år och bor ensam i hyreslägenhet i centrala Köping. Han har ett långvarigt "
        "alkoholberoende med flera tidigare behandlingsförsök (senast 2019). I november 2024 vårdades "
        "han på Medicinkliniken, Västmanlands sjukhus Västerås, för ascites och konstaterades ha "
        "alkoholorsakad levercirros. Sedan utskrivningen 2024-11-29 uppger han att han druckit "
        "vid ett par tillfällen men betydligt mindre än tidigare. Ansökan om stöd inkom till "
        "Vuxenenheten i december och han har kontakt med Beroendemottagningen Köping sedan dess. Tomas äter "
        "oregelbundet och har svårt att få struktur på vardagen."
    )

    pdf.small_caps("Syfte med planen")
    pdf.body(
        "Syftet med planen är att samordna beroendevården, socialtjänstens öppenvård och den "
        "somatiska vården av leversjukdomen så att Tomas kan hålla sig nykter efter sjukhusvistelsen "
        "och så att leverfunktionen inte försämras ytterligare."
    )

    pdf.small_caps("Frågeställningar inför mötet")
    pdf.body("Gå igenom nuläget och planera vidare.")

    pdf.small_caps("Den enskildes mål")
    pdf.body(
        "\u201dJag vill klara mig utan alkohol och kunna sköta mig själv hemma. Levern ska inte bli "
        "sämre, jag vill inte hamna på sjukhus igen.\u201d"
    )

    pdf.small_caps("Den enskildes delaktighet")
    pdf.body(
        "Tomas deltog under hela mötet. Han framförde att han vill ha sina samtal på förmiddagar, att "
        "han inte vill gå i grupp just nu och att han hellre hämtar ut sin medicin på "
        "Beroendemottagningen än får den levererad hem."
    )

    pdf.small_caps("Samtycke")
    pdf.body(
        "Muntligt samtycke till samverkan och informationsutbyte mellan de verksamheter som deltar i "
        "SIP inhämtades av socialsekreterare 2025-02-04. Samtycket är journalfört samma dag."
    )

    pdf.small_caps("Deltagare")
    parts = [
        ("Tomas K.", "Den enskilde", "–"),
        ("Anna", "Socialsekreterare", "Vuxenenheten, Socialtjänsten Köping"),
        ("Mikael", "Behandlare", "Öppenvården Källan, Socialtjänsten Köping"),
        ("Jenny", "Sjuksköterska", "Beroendemottagningen Köping, Region Västmanland"),
        ("Leila", "Läkare", "Beroendemottagningen Köping, Region Västmanland"),
        ("Karin", "Distriktssköterska", "Vårdcentralen Köping, Region Västmanland"),
    ]
    widths = [38, 40, pdf.w - pdf.l_margin - pdf.r_margin - 78]
    pdf.set_font("DejaVu", "B", 8.5)
    pdf.set_fill_color(220, 220, 220)
    for w, h in zip(widths, ["Namn", "Funktion", "Verksamhet"]):
        pdf.cell(w, 6, " " + h, border=1, fill=True)
    pdf.ln(6)
    pdf.set_font("DejaVu", "", 8.5)
    for row in parts:
        for w, v in zip(widths, row):
            pdf.cell(w, 5.4, " " + v, border=1)
        pdf.ln(5.4)

    # interventions as numbered boxed cards
    pdf.add_page()
    pdf.small_caps("Insatser")
    cards = [
        ("Återfallsprevention (ÅP) i individuella samtal, manualbaserad, 12 tillfällen.",
         "Behandlare, Öppenvården Källan, Socialtjänsten Köping",
         "1 gång/vecka, tisdagar förmiddag",
         "2025-02-18 – 2025-05-13"),
        ("Läkemedelsbehandling mot alkoholberoende (akamprosat) med sjuksköterskebesök och "
         "provtagning PEth var 4:e vecka.",
         "Läkare och sjuksköterska, Beroendemottagningen Köping",
         "Sjuksköterskebesök varannan vecka",
         "2025-02-13 – 2025-08-31"),
        ("Uppföljning av levercirros: blodprover, ultraljud av levern och bedömning av ascites.",
         "Regionen",
         "Var 3:e månad",
         ""),
        ("Boendestöd i hemmet med inriktning på struktur i vardagen, regelbundna måltider och inköp.",
         "Boendestödjare, Socialpsykiatrin, Köpings kommun",
         "2 gånger/vecka",
         "2025-03-03 – 2025-08-31"),
        ("Kostrådgivning vid levercirros (saltreducerad kost, tillräckligt proteinintag).",
         "Dietist, Vårdcentralen Köping",
         "2 besök",
         "2025-03-10 – 2025-04-30"),
    ]
    full = pdf.w - pdf.l_margin - pdf.r_margin
    for i, (ins, utf, frek, tid) in enumerate(cards, 1):
        if pdf.get_y() + 36 > pdf.h - 20:
            pdf.add_page()
        x, y = pdf.l_margin, pdf.get_y()
        # number badge + first row
        pdf.set_fill_color(210, 210, 210)
        pdf.set_font("DejaVu", "B", 10)
        pdf.set_xy(x + 2, y + 2)
        pdf.cell(8, 8, str(i), border=1, align="C", fill=True)
        lab_w = 24
        pdf.set_xy(x + 13, y + 2)
        pdf.set_font("DejaVu", "B", 8.5)
        pdf.cell(lab_w, 4.8, "Insats")
        pdf.set_font("DejaVu", "", 8.8)
        pdf.multi_cell(full - 13 - lab_w - 3, 4.8, ins, new_x="LEFT", new_y="NEXT")
        for lab, val in (("Utförare", utf), ("Frekvens", frek), ("Från–till", tid)):
            pdf.set_x(x + 13)
            pdf.set_font("DejaVu", "B", 8.5)
            pdf.cell(lab_w, 4.8, lab)
            pdf.set_font("DejaVu", "", 8.8)
            pdf.multi_cell(full - 13 - lab_w - 3, 4.8, val if val else " ", new_x="LEFT", new_y="NEXT")
        y2 = pdf.get_y() + 2
        pdf.set_draw_color(130, 130, 130)
        pdf.rect(x, y, full, y2 - y)
        pdf.set_xy(x, y2 + 3)

    pdf.small_caps("Uppföljning")
    pdf.body(
        "Planen följs upp 2025-05-20 kl. 13.00 på Socialtjänsten Köping, Vuxenenheten. "
        "Socialsekreteraren skickar kallelse till samtliga deltagare."
    )
    pdf.small_caps("Fastställande")
    pdf.body("Planen fastställd vid SIP-mötet 2025-02-13. Planen har lästs upp för Tomas som har fått "
             "en utskrift.")
    pdf.ln(2)
    pdf.set_font("DejaVu", "", 8)
    pdf.set_text_color(90, 90, 90)
    pdf.cell(0, 5, "Signerad 2025-02-14 10:29 av Anna, socialsekreterare", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.output(str(name(1, "pdf")))


# ---------------------------------------------------------------------------
# 02  Samordnad vårdplan / SIP vid utskrivning (docx, landscape), Arboga
# ---------------------------------------------------------------------------
def plan02():
    doc = Document()
    fix_docx_props(doc, "Samordnad vårdplan / SIP vid utskrivning", "Geriatriska kliniken")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin"):
        setattr(sec, m, Cm(2.0))
    sec.top_margin = Cm(1.6)
    sec.bottom_margin = Cm(1.6)

    hp = sec.header.paragraphs[0]
    hp.text = ("Region Västmanland  |  Geriatriska kliniken, avdelning G2, Västmanlands sjukhus Köping"
               "\t\tSamordnad vårdplanering")
    for r in hp.runs:
        r.font.size = Pt(8.5)
        r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = fp.add_run("Upprättad 2025-03-18 – Sida ")
    r.font.size = Pt(8.5)
    add_page_field(fp, "PAGE")

    t = doc.add_paragraph()
    r = t.add_run("Samordnad vårdplan / SIP vid utskrivning")
    r.bold = True
    r.font.size = Pt(17)
    t2 = doc.add_paragraph()
    r = t2.add_run("Enligt lag (2017:612) om samverkan vid utskrivning från sluten hälso- och sjukvård")
    r.italic = True
    r.font.size = Pt(9)

    info = doc.add_table(rows=3, cols=4)
    info.style = "Table Grid"
    vals = [
        ("Patient", "G., 86 år", "Personnummer", "ÅÅMMDD-XXXX"),
        ("Inskriven", "2025-03-06", "Planerad utskrivning", "2025-03-20"),
        ("Mötesdatum", "2025-03-18, avdelning G2 (sonen via telefon/Teams)", "Hemkommun", "Arboga"),
    ]
    for row, v in zip(info.rows, vals):
        for i, c in enumerate(row.cells):
            cell_text(c, v[i], bold=(i % 2 == 0), size=9.5)
            if i % 2 == 0:
                shade(c, "E7E6E6")

    def lab(text, value=None):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(8)
        p.paragraph_format.space_after = Pt(2)
        rr = p.add_run(text)
        rr.bold = True
        if value is not None:
            p2 = doc.add_paragraph(value)
            p2.paragraph_format.space_after = Pt(2)
            return p2
        return p

    lab("Syfte", "Samordnad vårdplanering inför utskrivning.")
    lab("Bakgrund / aktuellt",
        "G. är 86 år och bor ensam i lägenhet (2 tr, hiss) i Arboga. Känd hjärtsvikt sedan 2019, "
        "förmaksflimmer och nedsatt njurfunktion. Inlagd 2025-03-06 via akuten för försämrad hjärtsvikt "
        "med tilltagande ödem och andfåddhet, samt ett fall i hemmet utan fraktur. Behandlad med "
        "intravenös diuretika, viktnedgång 6 kg under vårdtiden. Vid utskrivning NYHA III, går med "
        "rollator kortare sträckor, behöver hjälp vid dusch och på- och avklädning av stödstrumpor. "
        "Före inläggningen klarade han sig utan hemtjänst med hjälp av sonen.")
    lab("Patientens deltagande",
        "G. deltog inte i mötet. Han var mycket trött efter en orolig natt med andfåddhet och orkade inte "
        "sitta med; han har bett sonen Mikael att föra hans talan. Inför mötet har G. sagt till sonen och "
        "till avdelningens sjuksköterska att han inte vill ha hjälp före kl. 8 på morgonen, att han vill "
        "duscha på kvällen och att han vill fortsätta ta sina mediciner själv ur dosetten.")
    lab("Patientens mål", "–")
    lab("Samtycke", "Samtycke till informationsöverföring och SIP finns.")

    p = lab("Insatser efter utskrivning")
    p2 = doc.add_paragraph()
    p2.add_run("☒ Hemtjänst     ☐ Korttidsboende     ☒ Hemsjukvård     ☒ Trygghetslarm     "
               "☐ Dagverksamhet     ☒ Hjälpmedel     ☐ Matdistribution")
    p3 = doc.add_paragraph()
    p3.add_run("☐ Rehabilitering i hemmet     ☒ Läkemedelsgenomgång     ☐ Palliativ vård")

    lab("Planering")
    rows = [
        ("Personlig omvårdnad", "Hemtjänst morgon (kl. 8.00–8.30) och kväll: hjälp med stödstrumpor, "
         "på- och avklädning. Dusch med hjälp 1 gång/vecka, kvällstid.",
         "Hemtjänsten Arboga, område centrum", "Fr.o.m. 2025-03-20"),
        ("Trygghet", "Trygghetslarm installeras före hemgång.",
         "Biståndshandläggare, Arboga kommun", "2025-03-19"),
        ("Läkemedel och viktkontroll", "Dosett delas varannan vecka. Vägning 2 ggr/vecka; viktökning "
         "> 2 kg på tre dagar rapporteras till ansvarig läkare på vårdcentralen.",
         "Distriktssköterska, Hemsjukvården Arboga", "Fr.o.m. 2025-03-21"),
        ("Hjärtsviktsuppföljning", "Återbesök hjärtsviktsmottagning, blodprover (krea, kalium) och "
         "justering av diuretika. Läkemedelsgenomgång.",
         "Hjärtsviktssköterska och läkare, Vårdcentralen Arboga", "2025-04-03"),
        ("Förflyttning / hjälpmedel", "Duschpall, toalettförhöjning och rollator inomhus. "
         "Hembesök för bedömning av fallrisk.",
         "Arbetsterapeut, Rehab Arboga kommun", "Hembesök 2025-03-21"),
        ("Inköp och tvätt", "Sonen Mikael handlar mat en gång i veckan och tar hand om tvätten.",
         "Sonen Mikael (närstående)", "Lördagar fr.o.m. 2025-03-22"),
    ]
    tbl = doc.add_table(rows=1, cols=4)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = tbl.rows[0]
    repeat_header(hdr)
    for c, h in zip(hdr.cells, ["Behov", "Insats", "Ansvarig", "Datum"]):
        cell_text(c, h, bold=True)
        shade(c, "BFBFBF")
    for rr in rows:
        cells = tbl.add_row().cells
        for c, v in zip(cells, rr):
            cell_text(c, v, size=10)
    set_col_widths(tbl, [Cm(4.5), Cm(11.5), Cm(6.5), Cm(3.2)])

    lab("Huvudansvar för planen efter utskrivning", "Kommunen")
    lab("Uppföljning",
        "Uppföljande hembesök 2025-04-10 kl. 10.00 med distriktssköterska och biståndshandläggare. "
        "Sonen deltar.")
    lab("Deltagare vid mötet",
        "Mikael (son), sjuksköterska, läkare, biståndshandläggare, distriktssköterska, arbetsterapeut.")
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    rr = p.add_run("Planen skickas till patienten, sonen samt berörda enheter i Lifecare SP.")
    rr.italic = True
    rr.font.size = Pt(9)
    save_docx(doc, name(2, "docx"))


# ---------------------------------------------------------------------------
# 03  Child-friendly plan (md) by a school counsellor, 14-year-old, Hallstahammar
# ---------------------------------------------------------------------------
PLAN03 = """# Din plan – SIP för Noah

*Parkskolan, Hallstahammar · Mötet var den 28 januari 2025 · Skrivet av skolkuratorn*

Hej Noah! Här är planen vi gjorde tillsammans på mötet. Den är skriven till dig, men mamma och
pappa får också en kopia. Om något känns fel eller konstigt får du gärna säga det, så ändrar vi.

## Varför träffas vi?

Vi träffas för att alla som hjälper dig – skolan, BUP och socialtjänsten – ska jobba åt samma håll
och inte göra saker dubbelt, så att du kan börja komma till skolan igen och inte behöva må så dåligt
av oron på morgnarna.

## Så här har det varit

Sedan oktober har du varit i skolan ungefär en dag i veckan. Du har berättat att magen gör ont och
att hjärtat slår fort när du ska gå hemifrån, och att det blir värst när du tänker på matsalen och
på att behöva svara på frågor i helklass. Du har inte haft någon kontakt med BUP tidigare; remissen
skickades från vårdcentralen i december och du har träffat BUP en gång för bedömning.

## Vad är viktigt för dig?

Det här sa du på mötet:

> "Jag vill kunna vara i skolan hela förmiddagarna och hänga med Elias och de andra på rasterna.
> Jag vill inte att alla ska fråga var jag har varit."

Du sa också att du vill äta lunch i ett mindre rum till att börja med, och att du inte vill att
lärarna tar upp din frånvaro inför klassen. Mamma tyckte att det var bra att du sa det själv.

## Vilka hjälper till och hur?

| Vem | Vad | När |
|---|---|---|
| Skolan – din mentor | Anpassat schema: du börjar med två lektioner varje förmiddag och ökar efter hand. Mentorn säger till de andra lärarna om frånvaron så att de inte tar upp den i klassen. | Från 3 februari 2025 |
| Skolan – specialpedagogen | En lugn plats i studierummet och lunch i lilla matsalen. Uppgifter som du missar läggs i Classroom. | Från 3 februari 2025 |
| Elevhälsan – kuratorn | Samtal med dig varje tisdag kl. 9.15. | Varje vecka från 4 februari 2025 |
| BUP Västerås | KBT-samtal om oron, ungefär 12 gånger. Du får lära dig vad som händer i kroppen när du blir rädd och hur du kan ta dig igenom det. | – |
| Socialtjänsten Hallstahammar – familjebehandlare | Samtal hemma med dig och mamma om hur morgnarna kan bli lättare. | Varannan torsdag från 6 februari 2025 |
| Mamma | Väcker dig kl. 6.45 och skjutsar dig till skolan de första två veckorna. | 3–14 februari 2025 |
| Du själv | Fyller i må-bra-appen varje kväll och säger till kuratorn när det känns jobbigt. | Varje dag |

## Vem håller ihop planen?

Skolan har huvudansvaret för din plan.

## Får vi prata med varandra om dig?

Ja – det sa du och mamma på mötet den 28 januari 2025. Pappa sa ja i telefon dagen innan, den
27 januari. Det betyder att skolan, BUP och socialtjänsten får berätta för varandra om det som
behövs för att hjälpa dig, men inget annat. Du kan ändra dig när du vill.

## Vi som var med på mötet

Du, mamma Lina, Sara, Johan, Amira och Petra.

## När ses vi nästa gång?

Vi ses igen efter sportlovet. Kuratorn skickar en tid till mamma.

Hälsningar från oss alla på mötet!
"""


def plan03():
    name(3, "md").write_text(PLAN03, encoding="utf-8")


# ---------------------------------------------------------------------------
# 04  Meeting minutes (docx), young adult with psychosis, no occupation, Västerås
# ---------------------------------------------------------------------------
def plan04():
    doc = Document()
    fix_docx_props(doc, "Minnesanteckningar SIP-möte", "Psykosmottagningen Västerås")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    for hs in ("Heading 1", "Heading 2"):
        doc.styles[hs].font.name = "Arial"
        doc.styles[hs].font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    doc.styles["Heading 1"].font.size = Pt(16)
    doc.styles["Heading 2"].font.size = Pt(12.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.4)
    hp = sec.header.paragraphs[0]
    hp.text = "Psykiatri Vuxen, Psykosmottagningen Västerås – Region Västmanland\tMinnesanteckningar"
    for r in hp.runs:
        r.font.size = Pt(8)
        r.font.color.rgb = RGBColor(0x66, 0x66, 0x66)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fr = fp.add_run("Sida ")
    fr.font.size = Pt(8)
    add_page_field(fp, "PAGE")

    doc.add_heading("Minnesanteckningar – SIP-möte för J.", level=1)
    meta = [
        ("Datum:", "2025-01-30, kl. 13.00–14.30"),
        ("Plats:", "Psykosmottagningen Västerås, grupprum 3"),
        ("Antecknat av:", "Lovisa, socialsekreterare"),
    ]
    for k, v in meta:
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        rk = p.add_run(k + " ")
        rk.bold = True
        p.add_run(v)
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(6)
    p.paragraph_format.space_after = Pt(0)
    p.add_run("Närvarande:").bold = True
    for who in [
        "J. (den enskilde)",
        "Karin, case manager, Psykosmottagningen Västerås, Region Västmanland",
        "Henrik, överläkare, Psykosmottagningen Västerås, Region Västmanland",
        "Lovisa, socialsekreterare, Vuxenenheten IFO, Västerås stad",
        "Erik, boendestödjare, Socialpsykiatrin, Västerås stad",
    ]:
        doc.add_paragraph(who, style="List Bullet")

    doc.add_heading("1. Inledning", level=2)
    doc.add_paragraph(
        "Karin hälsade välkommen och alla presenterade sig. Syftet med mötet är att samordna stödet "
        "till J. efter utskrivningen från den psykiatriska heldygnsvården i december, så att han får "
        "en fungerande vardag hemma och kan komma igång med någon form av sysselsättning. Frågor inför "
        "mötet: Vilken sysselsättning är realistisk för J. just nu? Behöver J. boendestöd i hemmet, "
        "och i så fall med vad? Hur följs medicineringen upp när han inte längre har täta besök?")

    doc.add_heading("2. Nuläge", level=2)
    doc.add_paragraph(
        "J. är 23 år och bor i egen hyreslägenhet på Bäckby. Han vårdades på psykiatrisk avdelning "
        "i Västerås 2024-11-12 – 2024-12-19 för en första psykosepisod och har efter utskrivningen "
        "tablettbehandling med antipsykotika. Enligt Henrik har de psykotiska symtomen avklingat men J. "
        "har fortfarande svårt med sömn och ork. J. har inte haft någon sysselsättning sedan han gick ut "
        "gymnasiet 2020. Han har försörjningsstöd via IFO. Hyran för december och januari är obetald.")
    doc.add_paragraph(
        "J. berättade att dagarna mest går åt till att sova och spela, att han har svårt att handla mat "
        "och att han tycker att det är jobbigt att åka buss när det är mycket folk.")

    doc.add_heading("3. Diskussion", level=2)
    doc.add_paragraph(
        "J:s mål är att ha något meningsfullt att göra på dagarna och på sikt kunna studera eller "
        "arbeta. J. vill börja i liten skala, inte mer än två förmiddagar i veckan, och vill helst "
        "inte vara i stora grupper. Han vill ha boendestöd men inte varje dag.")
    doc.add_paragraph(
        "Karin berättade om IPS (individanpassat stöd till arbete) som finns via mottagningen. "
        "Lovisa berättade om Träffpunkten, som är socialpsykiatrins dagverksamhet med möjlighet till "
        "sysselsättning i liten grupp. Gruppen var överens om att J. får pröva Träffpunkten först och att "
        "IPS kan bli aktuellt senare.")
    doc.add_paragraph(
        "Frågan om aktivitetsersättning från Försäkringskassan togs upp. Arbetsförmedlingen nämndes "
        "också som en möjlighet längre fram. Ingen ansökan är gjord och frågan får tas upp igen.")
    doc.add_paragraph(
        "Henrik vill att J. har täta läkarkontakter de närmaste månaderna och att blodprover tas "
        "enligt rutin för antipsykotisk behandling.")

    doc.add_heading("4. Överenskommelser", level=2)
    for txt in [
        "Lovisa (socialsekreterare, Vuxenenheten IFO) tar kontakt med Träffpunkten och bokar ett "
        "studiebesök tillsammans med J. under vecka 7.",
        "Lovisa (socialsekreterare) tar kontakt med hyresvärden om en avbetalningsplan för den obetalda "
        "hyran och handlägger J:s ansökan om boendestöd med beslut senast 2025-02-10.",
        "Erik (boendestödjare, Socialpsykiatrin) tar kontakt med J. för att lägga upp boendestödet, "
        "med inriktning på dygnsrytm, matinköp och att åka buss tillsammans.",
        "Karin (case manager, Psykosmottagningen) tar kontakt med J. varannan vecka, med första "
        "samtalet 2025-02-06, och stämmer av sömn, mående och medicinering.",
        "Henrik (överläkare, Psykosmottagningen) träffar J. för läkarbesök med provtagning "
        "2025-02-20.",
    ]:
        doc.add_paragraph(txt)

    doc.add_heading("5. Nästa möte", level=2)
    doc.add_paragraph("Nästa SIP-möte 2025-04-08 kl. 14.00 på Psykosmottagningen Västerås. "
                      "Kallelse skickas ut till samtliga.")
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    r = p.add_run("Vid anteckningarna: Lovisa")
    r.italic = True
    save_docx(doc, name(4, "docx"))


# ---------------------------------------------------------------------------
# 05  Follow-up plan (txt, Windows-1252, CRLF), LSS child autism + epilepsy, Sala
# ---------------------------------------------------------------------------
def wrap(text, width=76, indent=""):
    return "\n".join(textwrap.wrap(text, width=width, initial_indent=indent,
                                   subsequent_indent=indent, break_long_words=False,
                                   break_on_hyphens=False))


def plan05():
    L = []
    add = L.append
    add("UPPFÖLJNING AV SIP 2025-03-04")
    add("=" * 29)
    add("")
    add("Barn:                 L., 10 år")
    add("Personnummer:         ÅÅMMDD-XXXX")
    add("Tidigare plan:        SIP upprättad 2024-09-17")
    add("Mötesdatum:           2025-03-04 kl. 14.00-15.30")
    add("Plats:                LSS-enheten, Sala kommun")
    add("")
    add("SYFTE")
    add("Uppföljning av SIP.")
    add("")
    add("FRÅGESTÄLLNINGAR")
    add("Gå igenom målen från förra planen.")
    add("")
    add("NÄRVARANDE")
    for p in [
        "Mamma (vårdnadshavare)",
        "Lena, LSS-handläggare, Socialförvaltningen Sala kommun",
        "Per, enhetschef, Korttidshemmet Ekbacken, Sala kommun",
        "Eva, specialpedagog, Åkraskolan, Sala kommun",
        "Maria, sjuksköterska, Habiliteringen Sala, Region Västmanland",
        "Sofie, barnsjuksköterska, Barn- och ungdomsmedicinska mottagningen, Västerås",
    ]:
        add("  - " + p)
    add("")
    add(wrap("L. var med den första kvarten tillsammans med mamma och fick visa sin "
             "bildschema-pärm, därefter gick hon ut med personal från korttids."))
    add("")
    add("-" * 76)
    add("MÅL 1 (från SIP 2024-09-17)")
    add("L. ska kunna vistas på korttidshemmet två helger i månaden och sova där.")
    add("")
    add("Utfall:")
    add(wrap("Har fungerat bättre under hösten. Första övernattningarna i oktober var "
             "svåra med mycket oro på kvällen, sedan november har hon sovit över de "
             "flesta gångerna. En helg i januari avbröts efter ett anfall på "
             "lördagskvällen.", indent="  "))
    add("Fortsatt plan:")
    add("  Fortsatt stöd från korttids som tidigare.")
    add("Ansvar: Kommunen")
    add("")
    add("-" * 76)
    add("MÅL 2 (från SIP 2024-09-17)")
    add("L. ska vara i skolan hela skoldagar utan att gå hem i förtid.")
    add("")
    add("Utfall:")
    add(wrap("Delvis. L. klarar hela dagar tre dagar i veckan. Måndagar och fredagar blir "
             "det ofta för mycket efter lunch. Skolan upplever att rasterna är svårast. "
             "Inga anfall under skoltid sedan december.", indent="  "))
    add("Fortsatt plan:")
    add("  Skolan fortsätter med stöd vid behov.")
    add("Ansvar: Skolan")
    add("")
    add("-" * 76)
    add("MÅL 3 (från SIP 2024-09-17)")
    add(wrap("L:s epilepsi ska vara välkontrollerad och all personal runt L. ska veta vad "
             "som ska göras vid anfall."))
    add("")
    add("Utfall:")
    add(wrap("Anfallsfrekvensen har minskat efter justering av medicinen i oktober, nu "
             "ca 1-2 anfall/månad mot tidigare 1/vecka. Korttids och skolan har "
             "fått genomgång. Ny personal på korttids har tillkommit efter årsskiftet.",
             indent="  "))
    add("Fortsatt plan:")
    add("  Fortsatt kontakt med barnmedicin och habiliteringen.")
    add("Ansvar: Regionen")
    add("")
    add("-" * 76)
    add("ÖVRIGT")
    add(wrap("Mamma framförde tack till korttids för hösten. Frågan om assistans "
             "diskuterades inte denna gång."))
    add("")
    add("NÄSTA UPPFÖLJNING")
    add("i höst")
    add("")
    add("Antecknat av Lena, LSS-handläggare")
    text = ("\n".join(L) + "\n").replace("\n", "\r\n")
    name(5, "txt").write_bytes(text.encode("cp1252"))


# ---------------------------------------------------------------------------
# 06  Half-filled municipal SIP Word template (docx, content controls), Fagersta
# ---------------------------------------------------------------------------
PLACEHOLDER = "Klicka eller tryck här för att ange text."
_sdt_id = [700100]


def add_sdt(paragraph, value=None, tag=None, size=10):
    """Run-level plain-text content control; empty ones show the placeholder text."""
    _sdt_id[0] += 7
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    rpr0 = OxmlElement("w:rPr")
    sz0 = OxmlElement("w:sz")
    sz0.set(qn("w:val"), str(int(size * 2)))
    rpr0.append(sz0)
    pr.append(rpr0)
    if tag:
        al = OxmlElement("w:alias")
        al.set(qn("w:val"), tag)
        pr.append(al)
        tg = OxmlElement("w:tag")
        tg.set(qn("w:val"), tag)
        pr.append(tg)
    i = OxmlElement("w:id")
    i.set(qn("w:val"), str(_sdt_id[0]))
    pr.append(i)
    ph = OxmlElement("w:placeholder")
    dp = OxmlElement("w:docPart")
    dp.set(qn("w:val"), "DefaultPlaceholder_-1854013440")
    ph.append(dp)
    pr.append(ph)
    if value is None:
        pr.append(OxmlElement("w:showingPlcHdr"))
    tx = OxmlElement("w:text")
    tx.set(qn("w:multiLine"), "1")
    pr.append(tx)
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    lines = [PLACEHOLDER] if value is None else value.split("\n")
    for n, line in enumerate(lines):
        r = OxmlElement("w:r")
        rpr = OxmlElement("w:rPr")
        if value is None:
            rs = OxmlElement("w:rStyle")
            rs.set(qn("w:val"), "Platshllartext")
            rpr.append(rs)
            col = OxmlElement("w:color")
            col.set(qn("w:val"), "808080")
            rpr.append(col)
        sz = OxmlElement("w:sz")
        sz.set(qn("w:val"), str(int(size * 2)))
        rpr.append(sz)
        r.append(rpr)
        if n:
            r.append(OxmlElement("w:br"))
        t = OxmlElement("w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = line
        r.append(t)
        content.append(r)
    sdt.append(content)
    paragraph._p.append(sdt)
    return sdt


def add_placeholder_style(doc):
    from docx.enum.style import WD_STYLE_TYPE
    s = doc.styles.add_style("Platshållartext", WD_STYLE_TYPE.CHARACTER)
    s.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    s.element.set(qn("w:styleId"), "Platshllartext")
    s.hidden = False


def plan06():
    doc = Document()
    fix_docx_props(doc, "Samordnad individuell plan (SIP)", "Fagersta kommun")
    add_placeholder_style(doc)
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = Cm(1.5)
    hp = sec.header.paragraphs[0]
    hp.text = "FAGERSTA KOMMUN\tSocialförvaltningen\tMall SIP, fastställd 2023-05-10"
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = ("Planen upprättas enligt 2 kap. 7 § SoL och 16 kap. 4 § HSL. Originalet förvaras hos "
               "den huvudansvariga. Kopia till den enskilde.")
    for r in fp.runs:
        r.font.size = Pt(7.5)
        r.italic = True

    tp = doc.add_paragraph()
    r = tp.add_run("SAMORDNAD INDIVIDUELL PLAN (SIP)")
    r.bold = True
    r.font.size = Pt(16)
    sp = doc.add_paragraph()
    r = sp.add_run("Fyll i fälten. Grå text försvinner när du skriver.")
    r.italic = True
    r.font.size = Pt(8.5)
    r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)

    LABEL_FILL = "D9E2F3"

    def form(rows, widths=(Cm(5.3), Cm(11.7))):
        tbl = doc.add_table(rows=0, cols=2)
        tbl.style = "Table Grid"
        for label, val in rows:
            cells = tbl.add_row().cells
            cell_text(cells[0], label, bold=True, size=9.5)
            shade(cells[0], LABEL_FILL)
            cells[1].text = ""
            p = cells[1].paragraphs[0]
            if isinstance(val, tuple):  # prefix text + content control
                pre, v = val
                p.add_run(pre).font.size = Pt(10)
                if v != "":
                    add_sdt(p, v)
            else:
                add_sdt(p, val)
        set_col_widths(tbl, widths)
        return tbl

    def section_title(txt):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.space_after = Pt(3)
        r = p.add_run(txt)
        r.bold = True
        r.font.size = Pt(11.5)
        r.font.color.rgb = RGBColor(0x1F, 0x38, 0x64)

    section_title("1. Personuppgifter och möte")
    form([
        ("Namn", "M."),
        ("Personnummer", "ÅÅMMDD-XXXX"),
        ("Datum för SIP-möte", "2025-02-20"),
        ("Plats", "Vårdcentralen Fagersta"),
        ("Mötet sammankallat av", None),
    ])

    section_title("2. Syfte och frågeställningar")
    form([
        ("Syfte med SIP", None),
        ("Frågeställningar inför mötet", None),
    ])

    section_title("3. Bakgrund och nuläge")
    form([
        ("Bakgrund / nuläge",
         "M. är 41 år och bor med två barn (8 och 12 år) i lägenhet i Fagersta. Sjukskriven på heltid "
         "sedan april 2024 p.g.a. återkommande depression, medelsvår episod. Anställd som "
         "lagerarbetare. Har sjukpenning, ekonomin är ansträngd och hon har ansökt om "
         "försörjningsstöd som komplement. Medicineras med SSRI via vårdcentralen. "
         "Sover dåligt och orkar lite utöver det nödvändigaste hemma."),
    ])

    section_title("4. Den enskildes mål och delaktighet")
    form([
        ("Den enskildes mål (med egna ord)", None),
        ("Delaktighet", ("☒ Deltog på mötet   ☐ Deltog inte, motivering: ", None)),
        ("Den enskildes synpunkter", None),
    ])

    section_title("5. Samtycke")
    form([
        ("Samtycke till SIP", ("☒ Ja   ☐ Nej", "")),
        ("Form och datum", ("☐ Muntligt   ☐ Skriftligt   Datum: ", None)),
    ])

    section_title("6. Deltagare")
    dt = doc.add_table(rows=1, cols=3)
    dt.style = "Table Grid"
    for c, h in zip(dt.rows[0].cells, ["Namn", "Funktion", "Verksamhet"]):
        cell_text(c, h, bold=True, size=9.5)
        shade(c, LABEL_FILL)
    repeat_header(dt.rows[0])
    for nm in ["M.", "Annika", "Jonas", "Helena"]:
        cells = dt.add_row().cells
        for c, v in zip(cells, [nm, None, None]):
            c.text = ""
            add_sdt(c.paragraphs[0], v)

    section_title("7. Insatser – vem gör vad och när")
    it = doc.add_table(rows=1, cols=4)
    it.style = "Table Grid"
    for c, h in zip(it.rows[0].cells, ["Insats", "Ansvarig verksamhet / funktion", "Start",
                                       "Uppföljning / slut"]):
        cell_text(c, h, bold=True, size=9.5)
        shade(c, LABEL_FILL)
    repeat_header(it.rows[0])
    filled = [
        ("KBT-behandling för depression, 10 samtal, 1 gång/vecka.",
         "Psykoterapeut, Vårdcentralen Fagersta", "2025-03-04", "2025-05-13"),
        ("Utredning av försörjningsstöd. Kontakt med Arbetsmarknadsenheten om arbetsträning "
         "när M. bedöms redo.", "Socialsekreterare, IFO Fagersta kommun", None, None),
    ]
    for rowvals in filled + [(None, None, None, None)] * 3:
        cells = it.add_row().cells
        for c, v in zip(cells, rowvals):
            c.text = ""
            add_sdt(c.paragraphs[0], v, size=9.5)
    set_col_widths(it, (Cm(6.2), Cm(5.0), Cm(2.8), Cm(3.0)))

    section_title("8. Andra aktörer och ansvar")
    form([
        ("Andra aktörers insatser (t.ex. FK, AF, närstående)", "FK är informerad om att SIP upprättas."),
        ("Huvudansvarig för planen", "Vårdcentralen Fagersta"),
        ("Uppföljning (datum)", None),
    ])

    section_title("9. Underskrifter")
    sg = doc.add_table(rows=3, cols=3)
    sg.style = "Table Grid"
    for c, h in zip(sg.rows[0].cells, ["Datum", "Underskrift", "Namnförtydligande"]):
        cell_text(c, h, bold=True, size=9)
        shade(c, LABEL_FILL)
    save_docx(doc, name(6, "docx"))


# ---------------------------------------------------------------------------
# 07  EMPTY county template (html -> pdf via LibreOffice), question-style prompts
# ---------------------------------------------------------------------------
def _lines(n):
    return ('<p class="gap">&nbsp;</p><hr size="1" noshade color="#7f7f7f">\n') * n


def _q(num, question, hint, n):
    return (f'<h3>{num}. {question}</h3>\n'
            f'<p class="hint">{hint}</p>\n{_lines(n)}\n')


PLAN07_HTML = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8">
<title>SIP – Samordnad individuell plan (länsgemensam mall)</title>
<style>
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; }
h1, h2, h3 { font-family: 'DejaVu Sans', Arial, sans-serif; }
h1 { font-size: 17pt; margin-bottom: 2pt; }
h2 { font-size: 12pt; margin-top: 14pt; background: #e6e6e6; padding: 3pt; }
h3 { font-size: 10.5pt; margin-top: 10pt; margin-bottom: 1pt; }
p.hint { color: #808080; font-size: 8.5pt; font-style: italic; margin-top: 0; margin-bottom: 2pt; }
p.sub { color: #404040; font-size: 9pt; }
p.gap { margin: 0; font-size: 9pt; }
hr { margin-top: 0; margin-bottom: 0; }
table.sig td, table.sig th { border: 1px solid #000000; height: 24pt; font-size: 9pt; }
table.sig th { background: #e6e6e6; height: 14pt; }
table.grid td { border: 1px solid #7f7f7f; height: 16pt; font-size: 9pt; }
</style></head>
<body>
<p class="sub">Region Västmanland och länets kommuner &nbsp;·&nbsp; Länsgemensam mall för SIP &nbsp;·&nbsp; Version 3.1 (2024)</p>
<h1>SIP – Samordnad individuell plan</h1>
<p class="sub">Planen upprättas tillsammans med den enskilde när insatser behövs från både kommun och region
(2 kap. 7 § SoL, 16 kap. 4 § HSL). Skriv kort och tydligt, helst så att den enskilde kan läsa planen själv.</p>

<h2>Om den enskilde och mötet</h2>
<table class="grid" width="100%" border="1" cellspacing="0" cellpadding="4">
<tr><td width="28%"><b>Namn</b></td><td>&nbsp;</td><td width="22%"><b>Personnummer</b></td><td width="22%">&nbsp;</td></tr>
<tr><td><b>Datum för mötet</b></td><td>&nbsp;</td><td><b>Plats</b></td><td>&nbsp;</td></tr>
<tr><td><b>Vårdnadshavare / god man / ombud</b></td><td colspan="3">&nbsp;</td></tr>
</table>

""" + _q(1, "Vad ska mötet leda till?",
         "Beskriv syftet med SIP för just den här personen, i en eller ett par meningar.", 3) \
    + _q(2, "Vilka frågor behöver vi svar på under mötet?",
         "Skriv de frågor som deltagarna behöver reda ut, t.ex. vem som ska göra vad.", 3) \
    + _q(3, "Vad vill du själv uppnå?",
         "Skriv den enskildes mål med hens egna ord, gärna som citat.", 3) \
    + _q(4, "Hur har du varit med och påverkat planen?",
         "Deltog den enskilde? Vad tycker hen? Om hen inte deltog: varför, och hur har hens synpunkter förts fram?", 3) \
    + _q(5, "Får vi dela information med varandra?",
         "Ange om samtycke har lämnats, muntligt eller skriftligt, och vilket datum.", 2) \
    + """
<h2>Insatser</h2>
""" + _q(6, "Vem ansvarar för vad?",
         "En rad per insats: vad som ska göras, vilken verksamhet/funktion som ansvarar och när det ska ske.", 0) \
    + """<table class="grid" width="100%" border="1" cellspacing="0" cellpadding="4">
<tr><td width="40%"><b>Insats / åtgärd</b></td><td width="30%"><b>Ansvarig (verksamhet, funktion)</b></td><td><b>När / hur ofta</b></td></tr>
<tr><td height="30">&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td></tr>
<tr><td height="30">&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td></tr>
<tr><td height="30">&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td></tr>
<tr><td height="30">&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td></tr>
<tr><td height="30">&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td></tr>
</table>
""" + _q(7, "Vad gör andra än kommun och region?",
         "T.ex. Försäkringskassan, Arbetsförmedlingen, god man, närstående eller den enskilde själv. "
         "Skriv ”Inga” om det inte finns några.", 3) \
    + _q(8, "Vem håller ihop planen?",
         "Namn eller funktion och verksamhet för den som har huvudansvaret.", 1) \
    + _q(9, "När ses vi igen?",
         "Datum och tid för uppföljning.", 1) \
    + """
<h2>Deltagare och underskrifter</h2>
<p class="hint">Alla som deltog i mötet, med funktion och verksamhet.</p>
<table class="sig" width="100%" border="1" cellspacing="0" cellpadding="4">
<tr><th width="26%">Namn</th><th width="24%">Funktion</th><th width="26%">Verksamhet</th><th>Underskrift</th></tr>
<tr><td height="30">&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td></tr>
<tr><td height="30">&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td></tr>
<tr><td height="30">&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td></tr>
<tr><td height="30">&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td></tr>
<tr><td height="30">&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td></tr>
<tr><td height="30">&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td><td>&nbsp;</td></tr>
</table>
<p class="hint">Den enskilde får en kopia av planen. Originalet förvaras hos den huvudansvariga.</p>
</body></html>
"""


def soffice_pdf(src, outdir):
    cmd = ["soffice", f"-env:UserInstallation=file:///tmp/lo-{PREFIX}", "--headless",
           "--convert-to", "pdf:writer_pdf_Export", "--outdir", str(outdir), str(src)]
    if str(src).endswith(".html"):
        cmd[3:3] = ["--infilter=HTML (StarWriter)"]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


def plan07():
    BUILD.mkdir(exist_ok=True)
    src = BUILD / f"{PREFIX}-07.html"
    src.write_text(PLAN07_HTML, encoding="utf-8")
    soffice_pdf(src, BUILD)
    shutil.copyfile(BUILD / f"{PREFIX}-07.pdf", name(7, "pdf"))
    pin_pdf_metadata(name(7, "pdf"))


# ---------------------------------------------------------------------------
# 08  Region e-service export (txt, UTF-8), adult with MS and home care, Norberg
# ---------------------------------------------------------------------------
def field(label, value, width=78):
    first = f"{label}: {value}"
    if len(first) <= width:
        return first
    return "\n".join(textwrap.wrap(first, width=width, break_long_words=False,
                                   break_on_hyphens=False))


def plan08():
    L = []
    add = L.append
    add("SamPlan e-tjänst – Region Västmanland och kommunerna i Västmanlands län")
    add("Export av samordnad individuell plan (SIP)")
    add("Exporterad: 2025-04-10 08:14   Plan-ID: SIP-2025-01873   Status: Aktiv")
    add("")
    add("== GRUNDUPPGIFTER ==")
    add("Person: K.")
    add("Personnummer: XXXXXX-XXXX")
    add("Kommun: Norberg")
    add("Mötesdatum: 2025-04-08")
    add("Mötesform: Fysiskt möte i hemmet, vissa deltagare via Teams")
    add("Planen skapad av: Ulla, biståndshandläggare, Norbergs kommun")
    add("")
    add("== SYFTE ==")
    add(field("Syfte",
              "Syftet är att samordna hemtjänst, hemsjukvård och regionens neurologiska vård och "
              "rehabilitering nu när K:s MS har försämrats och hon inte längre kan förflytta sig "
              "själv, så att hon kan bo kvar tryggt i sin lägenhet."))
    add(field("Frågeställningar", "Genomgång av nuläget."))
    add("")
    add("== NULÄGE ==")
    add(field("Beskrivning av nuläget",
              "K. är 48 år och har sekundärprogressiv MS sedan 2016. Under vintern har hon "
              "försämrats med ökad spasticitet i benen, trötthet och blåsstörning. Hon använder "
              "elrullstol inomhus och utomhus och behöver hjälp av två personer vid förflyttning "
              "säng-rullstol sedan februari. Hon har KAD sedan mars. Hon bor ensam i en "
              "tillgänglighetsanpassad lägenhet i Norberg. Hemtjänst har hittills kommit en gång "
              "per dag för dusch och städ, vilket inte längre räcker."))
    add("")
    add("== DEN ENSKILDES MÅL OCH DELAKTIGHET ==")
    add(field("Den enskildes mål",
              "Målet är att K. ska kunna bo kvar i sin lägenhet och ta sig ut minst en gång i "
              "veckan."))
    add(field("Delaktighet",
              "K. deltog i mötet i sitt hem. Hon framförde att hon vill ha samma personal i "
              "hemtjänsten i så stor utsträckning som möjligt, att hon vill duscha på kvällen och "
              "att hon inte vill flytta till särskilt boende."))
    add("")
    add("== SAMTYCKE ==")
    add("Samtycke lämnat: Ja")
    add("Samtyckets form: Skriftligt, signerat med BankID i e-tjänsten")
    add("Samtycke datum: 2025-04-02")
    add("")
    add("== INSATSER ==")
    ins = [
        ("Hemtjänst morgon, lunch och kväll: förflyttning med lift, personlig hygien, "
         "måltider. Dusch kvällstid 2 gånger/vecka.",
         "Hemtjänsten Norberg, enhetschef", "2025-04-14", "Tills vidare"),
        ("Utprovning och förskrivning av taklift och duschvagn.",
         "Arbetsterapeut, Rehabenheten Norbergs kommun", "2025-04-22", "2025-05-31"),
        ("KAD-byte var 4:e vecka och bedömning av trycksår.",
         "Distriktssköterska, Hemsjukvården Norberg", "2025-04-10", "Tills vidare"),
        ("Sjukgymnastik i hemmet för spasticitet och bibehållen rörlighet, 1 gång/vecka.",
         "Fysioterapeut, Vårdcentralen Norberg", "2025-04-15", "2025-06-30"),
        ("Neurologisk uppföljning, bedömning av spasticitetsbehandling.",
         "Regionen", "", ""),
    ]
    for n, (txt, who, start, end) in enumerate(ins, 1):
        add(f"-- Insats {n} --")
        add(field("Beskrivning", txt))
        add(f"Ansvarig: {who}")
        add(f"Startdatum: {start}")
        add(f"Slutdatum: {end}")
    add("")
    add("== ANDRA AKTÖRER ==")
    add("Andra aktörers insatser: ")
    add("")
    add("== ANSVAR OCH UPPFÖLJNING ==")
    add("Huvudansvarig: ")
    add("Huvudansvarig verksamhet: ")
    add("Uppföljning: vecka 38")
    add("")
    add("== DELTAGARE ==")
    parts = [
        "K. (den enskilde)",
        "Ulla, biståndshandläggare, Norbergs kommun",
        "Britt, enhetschef, Hemtjänsten Norberg",
        "Johanna, arbetsterapeut, Rehabenheten Norbergs kommun",
        "Sanna, distriktssköterska, Hemsjukvården Norberg",
        "Amir, fysioterapeut, Vårdcentralen Norberg",
        "Elin, MS-sjuksköterska, Neurologmottagningen Västmanlands sjukhus Västerås",
    ]
    add(field("Deltagare", "; ".join(parts)))
    add("")
    add("== SLUT PÅ EXPORT ==")
    name(8, "txt").write_text("\n".join(L) + "\n", encoding="utf-8")


def main():
    OUT.mkdir(exist_ok=True)
    for f in OUT.iterdir():
        f.unlink()
    for fn in (plan01, plan02, plan03, plan04, plan05, plan06, plan07, plan08):
        fn()
    if BUILD.exists():
        shutil.rmtree(BUILD)
    for f in sorted(OUT.iterdir()):
        print(f.name, f.stat().st_size)


if __name__ == "__main__":
    main()
