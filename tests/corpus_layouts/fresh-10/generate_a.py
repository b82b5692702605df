#!/usr/bin/env python
"""Generate the f10a batch of fictional, anonymized SIP plans into plans/.

Run with a Python that has python-docx and fpdf2 (and LibreOffice on PATH): python generate_a.py
Deterministic: fixed dates, no randomness; .docx zips are rewritten with fixed
timestamps, fpdf2 PDFs get a fixed creation date. Plan 3 is converted with
LibreOffice (its PDF metadata carries LibreOffice's own conversion time).
"""
import datetime as dt
import os
import shutil
import subprocess
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF
from fpdf.enums import MethodReturnValue
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
PLANS = os.path.join(HERE, "plans")
BUILD = os.path.join(HERE, "build")
PREFIX = "f10a"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_I = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"
FIXED_ZIP_TIME = (2025, 3, 1, 12, 0, 0)


def out(n, ext):
    return os.path.join(PLANS, f"{PREFIX}-{n:02d}.{ext}")


# ---------------------------------------------------------------- helpers


def save_docx(doc, path, author, created):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = created
    cp.modified = created
    cp.revision = 1
    cp.title = ""
    cp.comments = ""
    tmp = path + ".tmp"
    doc.save(tmp)
    # rewrite the zip with fixed timestamps so the file is byte-stable
    with zipfile.ZipFile(tmp) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zi = zipfile.ZipInfo(item.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    os.remove(tmp)


def set_cell_shading(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_par_shading(par, hex_fill):
    pPr = par._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    pPr.append(shd)


def set_par_border(par, color="7F7F7F"):
    pPr = par._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "6")
        el.set(qn("w:space"), "4")
        el.set(qn("w:color"), color)
        bdr.append(el)
    pPr.append(bdr)


def set_repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def set_table_borders(table, val="single", sz="4", color="000000"):
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), val)
        el.set(qn("w:sz"), sz)
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), color)
        borders.append(el)
    tblPr.append(borders)


def cell_text(cell, text, bold=False, size=None, italic=False, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return p


def soffice_pdf(src, outdir):
    profile = f"file:///tmp/lo-{PREFIX}"
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless",
         "--convert-to", "pdf", "--outdir", outdir, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


def wrap(text, width=74):
    import textwrap
    lines = []
    for para in text.split("\n"):
        if not para.strip():
            lines.append("")
            continue
        lines.extend(textwrap.wrap(para, width=width, break_long_words=False,
                                   break_on_hyphens=False) or [""])
    return "\n".join(lines)


# ---------------------------------------------------------------- plan 1
# Region record-system print (fpdf2), schizophrenia + diabetes, Fagersta


class RecordPrint(FPDF):
    def header(self):
        self.set_font("DejaVu", "B", 15)
        self.set_text_color(0, 84, 140)
        self.set_xy(15, 9)
        self.cell(80, 7, "REGION VÄSTMANLAND")
        self.set_text_color(0, 0, 0)
        self.set_font("DejaVu", "", 8)
        self.set_xy(15, 16)
        self.cell(80, 4, "Cosmic  |  Journal  >  Vårdplaner  >  SIP")
        self.set_xy(120, 9)
        self.cell(75, 4, "Utskriftsdatum: 2025-02-04 10:14", align="R")
        self.set_xy(120, 13)
        self.cell(75, 4, f"Sida {self.page_no()} ({self.str_alias_nb_pages})", align="R")
        self.set_xy(120, 17)
        self.cell(75, 4, "Utskriven av: sjuksköterska, Psyk öppenv Fagersta", align="R")
        self.set_draw_color(0, 0, 0)
        self.line(15, 22, 195, 22)
        self.set_font("DejaVu", "B", 9)
        self.set_xy(15, 23.5)
        self.cell(180, 5, "ÅÅMMDD-XXXX   Mikael")
        self.set_font("DejaVu", "", 8)
        self.set_xy(120, 23.5)
        self.cell(75, 5, "Vårdenhet: Psykiatriska öppenvården Fagersta", align="R")
        self.line(15, 29, 195, 29)
        self.set_y(33)

    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Utskrift från journalsystem. Dokumentet uppdateras inte efter "
                  "utskrift. Hanteras enligt OSL 25 kap.", align="L")
        self.set_text_color(0, 0, 0)


def p1_section(pdf, title):
    if pdf.get_y() > pdf.page_break_trigger - 20:
        pdf.add_page()
    pdf.ln(2)
    pdf.set_font("DejaVu", "B", 9.5)
    pdf.set_fill_color(0, 84, 140)
    pdf.set_text_color(255, 255, 255)
    pdf.cell(180, 6, "  " + title, border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)


def p1_row(pdf, term, text):
    w1, w2, lh, pad = 48, 132, 4.6, 1.4
    pdf.set_font("DejaVu", "B", 8.5)
    l1 = pdf.multi_cell(w1 - 2 * pad, lh, term, align="L", dry_run=True, output=MethodReturnValue.LINES)
    pdf.set_font("DejaVu", "", 8.5)
    l2 = pdf.multi_cell(w2 - 2 * pad, lh, text if text else " ", align="L", dry_run=True,
                        output=MethodReturnValue.LINES)
    h = max(len(l1), len(l2), 1) * lh + 2 * pad
    if pdf.get_y() + h > pdf.page_break_trigger:
        pdf.add_page()
    x, y = pdf.l_margin, pdf.get_y()
    pdf.set_fill_color(236, 241, 246)
    pdf.rect(x, y, w1, h, style="DF")
    pdf.rect(x + w1, y, w2, h, style="D")
    pdf.set_xy(x + pad, y + pad)
    pdf.set_font("DejaVu", "B", 8.5)
    pdf.multi_cell(w1 - 2 * pad, lh, term, align="L")
    pdf.set_xy(x + w1 + pad, y + pad)
    pdf.set_font("DejaVu", "", 8.5)
    if text:
        pdf.multi_cell(w2 - 2 * pad, lh, text, align="L")
    pdf.set_xy(x, y + h)


def plan1():
    pdf = RecordPrint(format="A4")
    pdf.set_creation_date(dt.datetime(2025, 2, 4, 10, 14, tzinfo=dt.timezone.utc))
    pdf.set_title("SIP - utskrift")
    pdf.set_creator("Cosmic")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_margins(15, 33, 15)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()

    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(180, 7, "Samordnad individuell plan (SIP)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 8.5)
    pdf.cell(180, 5, "Vårdplanstyp: SIP – öppenvård/kommun     Status: Signerad     "
             "Version: 1", new_x="LMARGIN", new_y="NEXT")

    p1_section(pdf, "Grunduppgifter")
    p1_row(pdf, "Datum för SIP-möte", "2025-02-03 kl. 13.00–14.30")
    p1_row(pdf, "Plats", "Psykiatriska öppenvårdsmottagningen Fagersta, samtalsrum 2")
    p1_row(pdf, "Initierad av", "Region – Psykiatriska öppenvården Fagersta (PAS)")
    p1_row(pdf, "Planen upprättad av", "Pernilla, sjuksköterska/PAS")

    p1_section(pdf, "Deltagare")
    p1_row(pdf, "Patient", "Mikael")
    p1_row(pdf, "Region Västmanland",
           "Pernilla, sjuksköterska/patientansvarig (PAS), Psykiatriska öppenvården Fagersta\n"
           "Johan, överläkare, Psykiatriska öppenvården Fagersta\n"
           "Elin, distriktssköterska med diabetesansvar, Vårdcentralen Fagersta")
    p1_row(pdf, "Fagersta kommun",
           "Amra, biståndshandläggare, Vuxenenheten, Socialtjänsten Fagersta\n"
           "Kristoffer, boendestödjare, Socialpsykiatrin Fagersta")

    p1_section(pdf, "Bakgrund, syfte och frågeställningar")
    p1_row(pdf, "Bakgrund",
           "41-årig man med paranoid schizofreni sedan 2009 och typ 2-diabetes sedan 2018. "
           "Bor i egen lägenhet i Fagersta. Depåbehandling via mottagningen. Under hösten 2024 "
           "tre besök på akuten i Västerås p.g.a. högt blodsocker (P-glukos >25), samtidigt "
           "tecken på försämring psykiskt med sömnsvårigheter och isolering. Insulin har "
           "tillkommit i december 2024. Har inte hämtat ut läkemedel regelbundet. Har "
           "tidigare haft boendestöd 2021–2023 som avslutades på egen begäran.")
    p1_row(pdf, "Syfte med SIP",
           "Syftet är att psykiatrin, vårdcentralen och kommunens socialpsykiatri ska lägga "
           "upp ett gemensamt stöd så att Mikael kan fortsätta bo i sin lägenhet, tar sina "
           "läkemedel och insulin som ordinerat och slipper fler akutbesök för högt "
           "blodsocker under 2025.")
    p1_row(pdf, "Frågeställningar", "")

    p1_section(pdf, "Mål och delaktighet")
    p1_row(pdf, "Mål",
           "Målet är att M. ska ha en stabil psykisk hälsa utan behov av slutenvård under "
           "2025 och att HbA1c ska sjunka till under 60 mmol/mol till sommaren. Delmål: "
           "M. ska ta insulin och tabletter enligt ordination alla dagar i veckan.")
    p1_row(pdf, "Patientens delaktighet",
           "Patienten deltog under mötets första del (ca 45 min).")
    p1_row(pdf, "Samtycke",
           "Muntligt samtycke till SIP och till informationsöverföring mellan Psykiatriska "
           "öppenvården Fagersta, Vårdcentralen Fagersta och Socialtjänsten Fagersta lämnat "
           "av patienten 2025-02-03. Dokumenterat under sökord Samtycke.")

    p1_section(pdf, "Åtgärder")
    pdf.set_font("DejaVu", "", 8)
    rows = [
        ("Åtgärd", "Utförare (enhet/funktion)", "Start", "Slut", "Kommentar"),
        ("Depåinjektion var fjärde vecka",
         "Sjuksköterska, Psykiatriska öppenvården Fagersta", "2025-02-10", "2025-12-31",
         "Vid uteblivet besök görs hembesök samma vecka."),
        ("Läkarbesök med läkemedelsgenomgång (antipsykotika och diabetesläkemedel, "
         "viktuppgång)", "Överläkare, Psykiatriska öppenvården Fagersta", "2025-03-05",
         "2025-03-05", "Elin skickar aktuella värden före besöket."),
        ("Diabeteskontroller med HbA1c, genomgång av insulinteknik och kostråd",
         "Distriktssköterska diabetes, Vårdcentralen Fagersta", "2025-02-18", "2025-08-31",
         "Kontroll var tredje månad, tätare vid behov enligt ordination."),
        ("Dosdispensering av tabletter (Pascal) och insulinpenna förfylld vecka för vecka",
         "Distriktssköterska, Vårdcentralen Fagersta", "2025-02-18", "Tills vidare",
         "Boendestödjare påminner om hämtning på apoteket."),
        ("Boendestöd tre gånger per vecka: struktur kring måltider, inköp, påminnelse om "
         "insulin", "Kommunen", "2025-02-10", "Tills vidare",
         "Verkställs efter biståndsbeslut."),
        ("Utredning av behov av sysselsättning (Träffpunkten Fagersta)",
         "Biståndshandläggare, Vuxenenheten Socialtjänsten Fagersta", "2025-02-17",
         "2025-03-31", "Besök på Träffpunkten bokas tillsammans med boendestödjare."),
        ("Fysisk aktivitet på recept (FaR), promenadgrupp tisdagar",
         "Fysioterapeut, Vårdcentralen Fagersta", "2025-03-04", "2025-06-30",
         "Remiss skrivs av distriktssköterska."),
        ("Uppdatering av krisplan och tidiga varningstecken, lämnas till patienten och "
         "boendestödet", "Sjuksköterska/PAS, Psykiatriska öppenvården Fagersta",
         "2025-02-10", "2025-02-28", "Kopia till boendestödet efter samtycke."),
        ("Stöd till och från tandvård (akut behov noterat)",
         "Boendestödjare, Socialpsykiatrin Fagersta", "2025-03-01", "2025-04-30",
         "Tid bokas hos Folktandvården Fagersta."),
    ]
    pdf.set_fill_color(255, 255, 255)
    with pdf.table(col_widths=(52, 44, 19, 19, 46), text_align="LEFT", line_height=4.2,
                   cell_fill_mode="NONE", v_align="TOP",
                   headings_style=FontFace(emphasis="BOLD", fill_color=(220, 228, 236)),
                   padding=1.2) as table:
        for r in rows:
            row = table.row()
            for c in r:
                row.cell(c)

    p1_section(pdf, "Ansvar och övriga aktörer")
    p1_row(pdf, "Huvudansvarig för planen",
           "Pernilla, sjuksköterska/PAS, Psykiatriska öppenvården Fagersta")
    p1_row(pdf, "Övriga aktörer",
           "God man finns sedan 2022. Kontakt med Försäkringskassan finns.")

    p1_section(pdf, "Uppföljning")
    p1_row(pdf, "Datum för uppföljning", "")
    p1_row(pdf, "Kallelse skickas av", "")

    p1_section(pdf, "Vidimerad/signerad")
    p1_row(pdf, "Vidimerad av", "Pernilla, sjuksköterska/PAS, 2025-02-04 09:58")
    p1_row(pdf, "Signerad av", "Johan, överläkare, 2025-02-04 10:05")
    p1_row(pdf, "Kopia till", "Patienten; Vuxenenheten Fagersta (via säker post)")
    pdf.output(out(1, "pdf"))


# ---------------------------------------------------------------- plan 2
# Municipal elderly-care SIP at discharge, "Trygg hemgång", COPD, Kungsör


def plan2():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    hp = sec.header.paragraphs[0]
    hp.text = "KUNGSÖRS KOMMUN\tVård och omsorg – Trygg hemgång"
    for r in hp.runs:
        r.font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.text = "Trygg hemgång Kungsör  •  Nås via kommunens växel"
    fp.runs[0].font.size = Pt(8)

    def caps(text):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.space_after = Pt(2)
        r = p.add_run(text)
        r.bold = True
        return p

    def bullet(text):
        return doc.add_paragraph(text, style="List Bullet")

    def plain(text):
        return doc.add_paragraph(text)

    t = doc.add_paragraph()
    r = t.add_run("SIP VID UTSKRIVNING FRÅN SLUTENVÅRD")
    r.bold = True
    r.font.size = Pt(14)
    plain("Namn: Maj-Britt\t\tPersonnummer: ÅÅMMDD-XXXX")
    plain("Datum för mötet: 2025-03-04\tPlats: Medicinavdelning 3, Västmanlands "
          "sjukhus Köping")
    plain("Planerad hemgång: 2025-03-06")

    caps("DELTOG")
    bullet("Maj-Britt")
    bullet("Eva, dotter")
    bullet("Anneli")
    bullet("Johan")
    bullet("Sofie")
    bullet("Rasmus")

    caps("SYFTE")
    bullet("Trygg hemgång")

    caps("ATT TA UPP")
    bullet("Läget inför hemgång")
    bullet("Övrigt")

    caps("KORT BAKGRUND")
    plain("Maj-Britt är 84 år och bor ensam i villa i Kungsör. Hon har KOL sedan många år "
          "och har varit inlagd sedan 2025-02-24 för en försämring med lunginflammation. "
          "Hon har tidigare klarat sig utan hemtjänst, men har nu fått syrgas vid ansträngning "
          "under vårdtiden och blir andfådd vid påklädning. Dottern Eva bor i Arboga.")

    caps("MAJ-BRITTS ÖNSKEMÅL")
    plain("Maj-Britt säger att hon vill hem så fort som möjligt och att hon inte vill "
          "flytta till något boende. Hon berättar att hon vill klara morgonen och "
          "frukosten själv som förut, men att hon tycker att duschen är jobbig eftersom "
          "hon blir andfådd. Hon vill inte ha fler än två besök om dagen och önskar att "
          "det i möjligaste mån är samma personal som kommer.")

    caps("SAMTYCKE")
    plain("Samtycke finns.")

    caps("INSATSER – KOMMUNEN")
    bullet("Trygg hemgång-teamet (undersköterskor): besök morgon och kväll, hjälp med "
           "dusch tisdag och fredag. Från 2025-03-06 till och med 2025-03-20.")
    bullet("Arbetsterapeut i Trygg hemgång-teamet: hembesök, bedömning av duschpall, "
           "rollator och förhöjd toalettsits. 2025-03-07.")
    bullet("Larmgruppen Kungsör: trygghetslarm installeras på hemgångsdagen 2025-03-06.")
    bullet("Biståndshandläggare, Äldreomsorgen Kungsör: bedömning av fortsatt hemtjänst "
           "efter teamets period, beslut klart senast 2025-03-19.")

    caps("INSATSER – REGIONEN")
    bullet("Sjuksköterska Medicinavdelning 3 Köping: skickar utskrivningsmeddelande och "
           "läkemedelslista i Lifecare samt beställer syrgas till hemmet, 2025-03-05.")
    bullet("Distriktssköterska Vårdcentralen Kungsör: hembesök med kontroll av "
           "syremättnad och inhalationsteknik, 2025-03-10.")
    bullet("Läkare Vårdcentralen Kungsör: läkemedelsgenomgång, 2025-03-18.")
    bullet("Fysioterapeut Vårdcentralen Kungsör: andningsövningar och konditionsträning "
           "hemma, första besöket 2025-03-12.")

    caps("NÄRSTÅENDE OCH MAJ-BRITT SJÄLV")
    bullet("Eva handlar mat och hämtar ut läkemedel på apoteket varje torsdag, med start "
           "2025-03-06.")
    bullet("Eva följer med på läkemedelsgenomgången 2025-03-18.")
    bullet("Maj-Britt gör andningsövningarna varje förmiddag från och med hemkomsten.")

    caps("HUVUDANSVAR")
    bullet("Kungsörs kommun")

    caps("UPPFÖLJNING")
    bullet("Uppföljning om två veckor, hemma hos Maj-Britt.")

    plain("")
    plain("Antecknat av Trygg hemgång Kungsör 2025-03-04. Planen skickas till Maj-Britt "
          "och till alla som deltog.")

    save_docx(doc, out(2, "docx"), "Trygg hemgång Kungsör", dt.datetime(2025, 3, 4, 15, 30))


# ---------------------------------------------------------------- plan 3
# Plan written for a 12-year-old, two columns as borderless table, Köping


def plan3():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = Cm(1.8)
    hp = sec.header.paragraphs[0]
    hp.text = "Västerskolan Köping  •  Elevhälsan"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(9)
    hp.runs[0].font.color.rgb = RGBColor(0x59, 0x59, 0x59)

    t = doc.add_paragraph()
    r = t.add_run("Noras plan")
    r.bold = True
    r.font.size = Pt(22)
    r.font.color.rgb = RGBColor(0x2E, 0x75, 0xB6)
    s = doc.add_paragraph()
    r = s.add_run("Samordnad individuell plan (SIP) – skriven till dig, Nora, 12 år")
    r.font.size = Pt(12)
    d = doc.add_paragraph()
    r = d.add_run("Vi träffades onsdag 29 januari 2025 i skolans konferensrum, kl. 14–15.30.")
    r.italic = True

    table = doc.add_table(rows=1, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    # no borders: explicit "none" borders (the default table style has none either)
    set_table_borders(table, val="nil")
    widths = (Cm(8.4), Cm(8.6))
    hdr = table.rows[0]
    set_repeat_header(hdr)
    for i, txt in enumerate(("Det här har vi pratat om", "Det här ska hända")):
        c = hdr.cells[i]
        c.width = widths[i]
        p = cell_text(c, txt, bold=True, size=13, color="FFFFFF")
        set_cell_shading(c, "2E75B6" if i == 0 else "70AD47")

    def bubble(cell, who, words):
        p = cell.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.4)
        p.paragraph_format.right_indent = Cm(0.4)
        p.paragraph_format.space_before = Pt(4)
        set_par_shading(p, "FFF2CC")
        set_par_border(p, "BF9000")
        r = p.add_run(f"{who} säger: ")
        r.bold = True
        r.font.size = Pt(10.5)
        r = p.add_run(f"”{words}”")
        r.italic = True

    def add(left, right, left_bubbles=(), right_paras=()):
        row = table.add_row()
        lc, rc = row.cells
        lc.width, rc.width = widths
        lp = lc.paragraphs[0]
        lr = lp.add_run(left[0])
        lr.bold = True
        for txt in left[1:]:
            lc.add_paragraph(txt)
        for who, words in left_bubbles:
            bubble(lc, who, words)
        rp = rc.paragraphs[0]
        rr = rp.add_run(right[0])
        rr.bold = True
        for txt in right[1:]:
            rc.add_paragraph(txt, style="List Bullet")
        # spacer row feel
        for c in (lc, rc):
            c.add_paragraph().paragraph_format.space_after = Pt(2)

    add(("Varför vi träffas",
         "Vi träffas för att skolan, BUP och familjeteamet ska hjälpas åt, så att du kan "
         "gå till skolan varje dag utan att vara rädd och så att det slutar att några i "
         "klassen säger och skriver elaka saker till dig.",
         "Det vi ville hitta svar på: Hur kan rasterna och omklädningsrummet på idrotten "
         "bli trygga för dig? Och hur kan du få hjälp med oron på kvällarna, så att du "
         "kan somna?"),
        ("Vad som redan har hänt",
         "Skolan har anmält det som hänt till rektor och huvudman (kränkande behandling).",
         "Mamma har tagit skärmdumpar från chatten och gett dem till Anna."))

    add(("Så här har du det nu",
         "Sedan i höstas har några tjejer i klassen skrivit elaka saker om dig i en "
         "gruppchatt och sagt saker i omklädningsrummet. Du har varit hemma 14 dagar den "
         "här terminen och har ont i magen på morgnarna."),
        ("Så här ska vi hjälpa dig i skolan",
         "Rektor gör klart utredningen om kränkningarna senast 14 februari 2025.",
         "Du får byta om i ett eget rum på idrotten från måndag 3 februari 2025. "
         "Idrottsläraren ordnar det.",
         "Mikael (mentor) har ett kort samtal med dig varje måndag morgon, första gången "
         "3 februari 2025.",
         "Rastvärdarna får veta var du brukar vara och går förbi där på långrasten."),
        left_bubbles=[("Nora", "Det är värst i omklädningsrummet. Då vill jag bara gå hem.")])

    add(("Oron och sömnen",
         "Du har svårt att somna. Du har varit på BUP i Köping två gånger för att prata "
         "om oro. Vi pratade om att BUP kan ge samtal där du får lära dig knep mot oron "
         "(KBT)."),
        ("Så här hjälper BUP och skolsköterskan till",
         "BUP Köping erbjuder dig KBT-samtal om oro och sömn. Lina på BUP ringer mamma och "
         "bokar första tiden.",
         "Skolsköterskan Anna-Karin träffar dig om magontet och sömnen."),
        left_bubbles=[("Nora", "Jag vill kunna somna utan att tänka på skolan hela tiden.")])

    add(("Ditt mål",
         "Du fick berätta vad du själv vill ska vara annorlunda till sommarlovet."),
        ("Det här gör du själv",
         "Du skriver varje kväll tre saker som gick bra i din ”bra-bok” och visar Mikael "
         "på måndagarna, från 3 februari 2025."),
        left_bubbles=[("Nora", "Jag vill kunna vara på rasten med Saga och Alva utan "
                               "att någon säger elaka saker."),
                      ("Nora", "Jag vill gå i skolan alla dagar och inte ha ont i magen.")])

    add(("Hemma",
         "Mamma och pappa berättade att kvällarna är jobbigast och att det blir bråk om "
         "mobilen. Familjeteamet i Köping kan hjälpa hela familjen."),
        ("Så här gör familjen och familjeteamet",
         "Mamma och pappa följer med dig till skolan måndagar och onsdagar från 3 februari "
         "2025, fram till sportlovet.",
         "Petra från familjeteamet träffar mamma och pappa var tredje vecka, första gången "
         "tisdag 11 februari 2025."))

    add(("Det här tyckte du",
         "Du var med på hela mötet tillsammans med mamma och pappa. Du ville att vi skulle "
         "skriva att du inte vill byta skola och att du inte vill att de som varit elaka "
         "ska få veta vad som står i planen."),
        ("Nästa gång vi ses",
         "Vi ses igen efter påsklovet, i skolans konferensrum. Då pratar vi om hur det har "
         "gått."),
        left_bubbles=[("Nora", "Jag vill inte byta skola, det är dom som ska sluta.")])

    doc.add_paragraph()
    p = doc.add_paragraph()
    r = p.add_run("Med på mötet var: ")
    r.bold = True
    p.add_run("Nora, mamma Sara, pappa Ali, Anna, Mikael, Anna-Karin, Lina och Petra.")

    src = os.path.join(BUILD, f"{PREFIX}-03.docx")
    save_docx(doc, src, "Elevhälsan Västerskolan", dt.datetime(2025, 1, 30, 9, 0))
    soffice_pdf(src, PLANS)


# ---------------------------------------------------------------- plan 4
# Network-meeting minutes as an e-mail body, foster care + BUP, Sala (UTF-8, LF)


def plan4():
    import textwrap
    paras = [
        "Hej alla, här kommer en sammanfattning från nätverksmötet kring Leo i tisdags "
        "(11/3) på socialkontoret i Sala. Säg till om jag har missuppfattat något så "
        "rättar jag innan det går in i akten.",

        "Vi som var med: Leo (första timmen), Maria och Anders från familjehemmet, "
        "Jessica (Leos mamma, via Teams), Petra, Karin, Sofia och jag.",

        "Leo har bott i familjehemmet utanför Sala sedan mitten av januari och Maria och "
        "Anders berättade att det i stort sett fungerar bra hemma, han äter och sover "
        "bättre än i höstas. Det vi framför allt behövde reda ut var två saker: om Leo "
        "ska gå kvar på Ekebyskolan trots den långa resvägen eller byta till skola i "
        "närheten av familjehemmet, och hur vi får BUP-kontakten att fungera igen nu när "
        "han har missat tre besök sedan flytten för att bussarna inte passar.",

        "Leo var med första timmen. Han sa ganska tydligt att han vill gå kvar i sin "
        "klass på Ekebyskolan, att han har sina kompisar där och att han inte vill börja "
        "om en gång till. Han tycker att samtalen på BUP är okej men han vill inte åka "
        "dit ensam med buss. Han sa också att han vill börja spela fotboll igen, han "
        "spelade i P13 innan allt hände. Efter första timmen gick han ut med Anders.",

        "Karin berättade att Leo har hög frånvaro på måndagar och att det är första "
        "lektionen som brukar falla bort. Hon tror att ett anpassat schema med senare "
        "start på måndagar kan hjälpa. Sofia har inte träffat Leo ännu men vill göra "
        "ett hälsosamtal. Petra sa att BUP vill fortsätta med samtal varannan vecka och "
        "att de också vill påbörja en neuropsykiatrisk utredning, eftersom både skolan "
        "och familjehemmet beskriver koncentrationssvårigheter. Jessica var positiv till "
        "utredningen och vill vara med på det första mötet.",

        "Vi kom fram till att Leo går kvar på Ekebyskolan åtminstone terminen ut och att "
        "vi tar ställning till hösten på nästa möte. Det här bestämde vi:",
    ]
    agreements = [
        "Karin (mentor, Ekebyskolan) gör ett anpassat schema med senare start på "
        "måndagar senast 21/3",
        "jag söker skolskjuts hos Barn- och utbildningsförvaltningen senast 18/3 och "
        "meddelar familjehemmet när beslutet kommer",
        "Maria eller Anders kör Leo till BUP tills skolskjutsen är ordnad, första "
        "gången 25/3",
        "Petra (BUP Sala) skickar kallelser till samtal varannan vecka med start 25/3 "
        "och bokar första utredningsbesöket senast 30/4",
        "Sofia (skolsköterska på Ekebyskolan) träffar Leo för hälsosamtal senast 4/4",
        "Jessica ringer Leo söndagar kl. 18 och är med via video på första "
        "utredningsbesöket på BUP",
        "Leo och Anders åker och tittar på en träning med Sala FF torsdag 20/3",
    ]
    tail = [
        "Som vanligt är det socialtjänsten som håller ihop planen. Hör av er om något "
        "ändras eller om något av ovanstående inte blir av.",

        "Nästa nätverksmöte blir tisdag 13 maj 2025 kl. 13.30, samma ställe. Jag skickar "
        "kallelse till alla inklusive Leo och Jessica.",

        "Ha det bra!",
    ]
    lines = []
    for p in paras:
        lines.append(textwrap.fill(p, 72, break_on_hyphens=False))
        lines.append("")
    for a in agreements:
        lines.append(textwrap.fill("→ " + a, 72, subsequent_indent="  ",
                                   break_on_hyphens=False))
    lines.append("")
    for p in tail:
        lines.append(textwrap.fill(p, 72, break_on_hyphens=False))
        lines.append("")
    lines.append("/Johan")
    lines.append("Socialtjänsten Sala kommun (nås via växeln)")
    text = "\n".join(lines) + "\n"
    with open(out(4, "txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# ---------------------------------------------------------------- plan 5
# Follow-up plan, landscape, one table; adult with acquired brain injury, Västerås


def plan5():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    hp = sec.header.paragraphs[0]
    hp.text = "Västerås stad – Funktionsstöd\t\t\tUppföljning SIP"
    for r in hp.runs:
        r.font.size = Pt(9)
    # right tab stop at the landscape text width
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(25.7))

    doc.add_heading("Uppföljning av samordnad individuell plan (SIP)", level=1)

    def lab(label, value):
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(1)
        r = p.add_run(label + " ")
        r.bold = True
        p.add_run(value)

    lab("Namn:", "Tomas")
    lab("Personnummer:", "ÅÅMMDD-XXXX")
    lab("Datum för uppföljningen:", "2025-05-20")
    lab("Plats:", "Funktionsstöd, Västerås stad")
    lab("Bakgrund:", "Förvärvad hjärnskada efter cykelolycka 2023 (minne, uttröttbarhet, "
        "planering). Bor med sambon Hanna i lägenhet i Västerås.")
    lab("Närvarande:", "Tomas, Hanna, Lena, Per, Mattias")
    lab("Syfte:", "Uppföljning av SIP.")
    lab("Tomas mål:", "Se förra planen.")
    doc.add_paragraph()

    cols = ["Insats från förra planen", "Vem", "Hur har det gått?",
            "Fortsätter (ja/nej)", "Ny tid"]
    rows = [
        ["Fortsatt kontakt med hjärnskaderehab", "Regionen",
         "Några besök under våren.", "Ja", "Se förra planen"],
        ["Stöd från boendestödet vid behov", "Se förra planen",
         "Fungerar okej, behöver ses över.", "Ja", ""],
        ["Se förra planen", "Se förra planen", "Se förra planen", "Ja", ""],
        ["Stöd i myndighetskontakter vid behov", "Lena",
         "Pågår.", "Ja", "2025-06-30"],
        ["Fortsatt kontakt med arbetsterapeut", "Per",
         "Har gått bra.", "Nej", "–"],
        ["Fortsatt stöd i vardagen", "Kommunen", "Se förra planen", "Ja",
         "Tills vidare"],
    ]
    table = doc.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    widths = (Cm(6.8), Cm(3.6), Cm(7.2), Cm(3.2), Cm(4.6))
    hdr = table.rows[0]
    set_repeat_header(hdr)
    for i, c in enumerate(cols):
        cell = hdr.cells[i]
        cell.width = widths[i]
        cell_text(cell, c, bold=True)
        set_cell_shading(cell, "D9E2F3")
    for r in rows:
        cells = table.add_row().cells
        for i, v in enumerate(r):
            cells[i].width = widths[i]
            cell_text(cells[i], v)

    doc.add_paragraph()
    p = doc.add_paragraph()
    r = p.add_run("Nya överenskommelser")
    r.bold = True
    r.font.size = Pt(12)
    doc.add_paragraph(
        "Tomas fortsätter med samma stöd som tidigare. Stödet från kommunen ses över "
        "inför hösten. Kontakten med arbetsterapeut avslutas eftersom målen från förra "
        "planen anses uppnådda. FK har informerats om planen. Hanna är fortsatt ett "
        "stöd för Tomas hemma.")
    doc.add_paragraph(
        "Huvudansvar för SIP ligger kvar hos Lena, biståndshandläggare, Funktionsstöd "
        "Västerås stad.")
    doc.add_paragraph("Nästa uppföljning: 2025-09-16 kl. 13.00 på Funktionsstöd, "
                      "Västerås stad. Lena skickar kallelse.")
    save_docx(doc, out(5, "docx"), "Funktionsstöd Västerås", dt.datetime(2025, 5, 20, 16, 0))


# ---------------------------------------------------------------- plan 6
# EMPTY printed template exported from a form system (Windows-1252, CRLF)


def plan6():
    U = "_" * 72
    L = []
    a = L.append
    a("SAMORDNAD INDIVIDUELL PLAN (SIP)")
    a("Formulär: SIP-01 Västmanland, version 3.2 (gemensam mall kommun/region)")
    a("Utskrift från e-blankett: 2025-03-12 08:41   Status: Ej ifylld")
    a("=" * 72)
    a("")
    a("[Den enskildes namn]")
    a(U)
    a("[Personnummer]  ÅÅÅÅMMDD-XXXX")
    a(U)
    a("[Vårdnadshavare/god man/förvaltare, om aktuellt]")
    a(U)
    a("[Datum för SIP-möte]  ÅÅÅÅ-MM-DD        [Plats]")
    a(U)
    a("[Typ av möte]  ( ) Första SIP-möte  ( ) Uppföljning  ( ) Avslut")
    a("")
    a("[Deltagare – namn, funktion, verksamhet]")
    for _ in range(5):
        a(U)
    a("")
    a("[Syfte med planen]")
    a(U)
    a(U)
    a("[Frågeställningar inför mötet]")
    a(U)
    a(U)
    a("[Bakgrund/nuläge]")
    a(U)
    a(U)
    a(U)
    a("[Den enskildes mål – med egna ord]")
    a(U)
    a(U)
    a("[Deltar den enskilde i mötet?]  ( ) Ja  ( ) Nej")
    a("[Om nej: skäl, och hur den enskildes synpunkter har inhämtats]")
    a(U)
    a("[Den enskildes synpunkter och önskemål]")
    a(U)
    a(U)
    a("[Samtycke till SIP]  ( ) Muntligt  ( ) Skriftligt    [Datum] ÅÅÅÅ-MM-DD")
    a("[Samtycke till informationsöverföring mellan deltagande verksamheter]")
    a("( ) Ja  ( ) Nej  ( ) Delvis – ange vilka: ______________________________")
    a("")
    a("[Insatser/åtgärder]")
    a("Insats/åtgärd            | Ansvarig (verksamhet/funktion) | Start      | Klart")
    a("-" * 72)
    for _ in range(5):
        a("________________________ | ______________________________ | __________ | ______")
    a("")
    a("[Insatser från andra aktörer – t.ex. Försäkringskassan, Arbetsförmedlingen,")
    a(" god man, närstående, den enskilde själv]")
    a(U)
    a(U)
    a("[Finns andra aktörer?]  ( ) Ja  ( ) Nej")
    a("")
    a("[Huvudansvarig för planen – namn, funktion, verksamhet]")
    a(U)
    a("[Uppföljning – datum, tid och plats]")
    a(U)
    a("[Vem kallar till uppföljning?]")
    a(U)
    a("")
    a("[Planen har lämnats till den enskilde]  ( ) Ja  ( ) Nej   [Datum] ÅÅÅÅ-MM-DD")
    a("")
    a("[Underskrift den enskilde]            [Underskrift huvudansvarig]")
    a("______________________________        ______________________________")
    a("")
    a("Sida 1 av 1 – Blanketten sparas i respektive verksamhets journal/akt.")
    text = "\r\n".join(L) + "\r\n"
    with open(out(6, "txt"), "wb") as f:
        f.write(text.encode("cp1252"))


# ---------------------------------------------------------------- plan 7
# Psychiatric outpatient unit, Markdown from a notes app; bipolar, AF+FK, Arboga

PLAN7 = """\
## SIP – Sanna

Vuxenpsykiatrin Arboga, allmänpsykiatrisk mottagning
Möte 2025-01-20 kl 13.00–14.30, mottagningens konferensrum
Samtycke: muntligt 2025-01-20

### Deltagare

| Namn | Funktion | Verksamhet |
|---|---|---|
| Sanna | – | den enskilde |
| Malin | Sjuksköterska, PAS | Vuxenpsykiatrin Arboga |
| Erik | Specialistläkare | Vuxenpsykiatrin Arboga |
| Rebecka | Arbetskonsulent | Arbetsmarknadsenheten, Arboga kommun |
| Daniel | Arbetsförmedlare | Arbetsförmedlingen Köping/Arboga |
| Sofia | Handläggare sjukpenning | Försäkringskassan |

### Bakgrund

Sanna, 38 år, bipolär sjukdom typ II sedan 2019. Sjukskriven på heltid sedan
oktober 2024 efter en längre depressiv period; innan dess en hypoman period i
augusti med konflikter på arbetsplatsen (lager i Köping). Anställningen
avslutades i december 2024. Står i dag utan arbetsgivare. Stabil på litium sedan
november, sover bättre. Dag 180 i rehabkedjan infaller i april.

### Syfte

Att psykiatrin, kommunens arbetsmarknadsenhet, AF och FK gör en gemensam plan för
Sannas väg tillbaka till arbete eller studier, så att stegen kommer i rätt
ordning och hon inte står utan försörjning när arbetsförmågan prövas mot hela
arbetsmarknaden i april.

### Frågeställningar

- Läget kring arbete och sjukskrivning
- Övrigt

### Sannas mål

> "Jag vill tillbaka till ett jobb där jag får jobba i min egen takt. Och jag vill
> inte bli inlagd igen."

### Delaktighet

Sanna var med hela mötet och fick börja med att berätta hur hon har det. Hon
vill ha kallelser skriftligt (inte samtal före kl 10 på förmiddagen) och vill
inte tillbaka till lagerarbete med skift. Hon är öppen för arbetsträning på
deltid till att börja med.

### Insatser

- Läkemedelsuppföljning litium med provtagning var tredje månad
  - **Ansvarig:** Erik, specialistläkare, Vuxenpsykiatrin Arboga
  - **När:** nästa prov 2025-02-10, läkarbesök 2025-02-17
- Psykopedagogisk gruppbehandling för bipolär sjukdom (8 träffar)
  - **Ansvarig:** arbetsterapeut, Vuxenpsykiatrin Arboga
  - **När:** onsdagar från 2025-02-05
- Stödsamtal med fokus på återfallsprevention och dygnsrytm
  - **Ansvarig:** Malin, PAS, Vuxenpsykiatrin Arboga
  - **När:** varannan vecka från 2025-01-27
- Arbetsträning 25 % på kommunens arbetsträningsplats (kafé/second hand),
  kartläggning först
  - **Ansvarig:** Rebecka, arbetskonsulent, Arbetsmarknadsenheten Arboga kommun
  - **När:** första träff 2025-02-03, arbetsträning från v. 8
- Inskrivning och kartläggning hos AF, bedömning av insats (t.ex. förberedande
  insats eller SIUS)
  - **Ansvarig:** Daniel, arbetsförmedlare, Arbetsförmedlingen
  - **När:** AF återkommer med tid
- Avstämningsmöte om sjukpenning och arbetsförmåga inför dag 180
  - **Ansvarig:** Sofia, handläggare, Försäkringskassan
  - **När:** 2025-03-12
- Skriver in sig på AF digitalt och för humördagbok i appen, tar med till
  samtalen med PAS
  - **Ansvarig:** Sanna själv
  - **När:** inskrivning senast 2025-01-31, dagbok dagligen

### Huvudansvar

**Huvudansvar:** Vuxenpsykiatrin Arboga

### Uppföljning

Uppföljning v. 14 på mottagningen. Kallelse skickas skriftligt till Sanna och
övriga deltagare.

---
*Antecknat i mötet, renskrivet 2025-01-21. Förs in i journal under Vårdplanering.*
"""


def plan7():
    with open(out(7, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(PLAN7)


# ---------------------------------------------------------------- plan 8
# Half-filled Word template; substance use and homelessness, Västerås


def plan8():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Västerås stad  |  Region Västmanland\tMall SIP vuxna, rev. 2024-09"
    for r in hp.runs:
        r.font.size = Pt(8.5)
        r.font.color.rgb = RGBColor(0x40, 0x40, 0x40)
    fp = sec.footer.paragraphs[0]
    fp.text = "Planen förvaras hos respektive verksamhet. Kopia till den enskilde."
    fp.runs[0].font.size = Pt(8)

    GREY = RGBColor(0x80, 0x80, 0x80)

    def hint(text, par=None):
        p = par if par is not None else doc.add_paragraph()
        r = p.add_run(text)
        r.font.color.rgb = GREY
        return p

    def filled(text):
        return doc.add_paragraph(text)

    def head(text):
        return doc.add_heading(text, level=2)

    doc.add_heading("Samordnad individuell plan (SIP)", level=1)

    head("1. Uppgifter om den enskilde")
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    vals = [("Namn", "Andreas"), ("Personnummer", "XXXXXX-XXXX"),
            ("Kontaktuppgift", "Nås via Vuxenenheten (saknar egen telefon)")]
    for i, (k, v) in enumerate(vals):
        cell_text(t.cell(i, 0), k, bold=True)
        cell_text(t.cell(i, 1), v)

    head("2. Mötet")
    p = doc.add_paragraph()
    p.add_run("Datum: ").bold = True
    p.add_run("2025-02-17")
    p.add_run("     Plats: ").bold = True
    p.add_run("Vuxenenheten, Socialtjänsten Västerås")
    p = doc.add_paragraph()
    p.add_run("Deltagare: ").bold = True
    for line in ["Andreas",
                 "Jonna, socialsekreterare, Vuxenenheten Västerås stad",
                 "Emir, sjuksköterska, Beroendemottagningen Västerås, Region Västmanland",
                 "Karin, kurator, Beroendemottagningen Västerås, Region Västmanland",
                 "Oskar, boendesamordnare, Bostadsenheten Västerås stad"]:
        doc.add_paragraph(line, style="List Bullet")

    head("3. Syfte med planen")
    filled("Syftet är att Andreas ska ha en säker plats att bo på medan han avgiftas och "
           "att beroendevårdens och socialtjänstens insatser hänger ihop efteråt, så att "
           "han inte skrivs ut till gatan igen som efter vårdtillfället i november.")

    head("4. Frågeställningar")
    hint("[Beskriv här vilka frågor som ska lösas på mötet …]")

    head("5. Nuläge")
    filled("Andreas, 46 år, har ett långvarigt alkohol- och bensodiazepinberoende. Han "
           "har varit bostadslös sedan augusti 2024 och sover växelvis på härbärget och "
           "hos bekanta. Har hepatit C som inte är behandlad. Har avbrutit två tidigare "
           "avgiftningar.")

    head("6. Den enskildes mål")
    hint("[Beskriv här den enskildes egna mål, gärna med hans/hennes egna ord …]")

    head("7. Den enskildes delaktighet")
    filled("Andreas var med på hela mötet.")

    head("8. Samtycke")
    p = doc.add_paragraph()
    p.add_run("☐ Muntligt     ☐ Skriftligt          Datum: ")
    hint("ÅÅÅÅ-MM-DD", p)

    head("9. Insatser")
    cols = ["Insats", "Ansvarig verksamhet/funktion", "Start", "Klart/avslut"]
    rows = [
        ["Abstinensbehandling på Beroendeavdelningen Västerås, plats bokas",
         "Sjuksköterska, Beroendemottagningen Västerås", "2025-02-24", "2025-03-07"],
        ["Akutboende med reserverad plats under och direkt efter avgiftningen",
         "Socialsekreterare, Vuxenenheten Västerås stad", "2025-02-17", "2025-03-31"],
        ["Boendestöd", None, None, None],
    ]
    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    widths = (Cm(6.2), Cm(5.2), Cm(2.6), Cm(2.6))
    hdr = table.rows[0]
    set_repeat_header(hdr)
    for i, c in enumerate(cols):
        hdr.cells[i].width = widths[i]
        cell_text(hdr.cells[i], c, bold=True)
        set_cell_shading(hdr.cells[i], "E7E6E6")
    for r in rows:
        cells = table.add_row().cells
        for i, v in enumerate(r):
            cells[i].width = widths[i]
            if v is None:
                ph = "[Ange ansvarig]" if i == 1 else "ÅÅÅÅ-MM-DD"
                cell_text(cells[i], ph, color="808080")
            else:
                cell_text(cells[i], v)

    head("10. Andra aktörers insatser")
    hint("[Beskriv här vad t.ex. Försäkringskassan, Arbetsförmedlingen, god man eller "
         "närstående ska göra …]")

    head("11. Huvudansvarig för planen")
    filled("Jonna, socialsekreterare, Vuxenenheten Västerås stad")

    head("12. Uppföljning")
    p = doc.add_paragraph()
    p.add_run("Datum för uppföljning: ").bold = True
    hint("ÅÅÅÅ-MM-DD", p)
    p = doc.add_paragraph()
    p.add_run("Plats: ").bold = True
    hint("[Beskriv här …]", p)

    save_docx(doc, out(8, "docx"), "Vuxenenheten Västerås", dt.datetime(2025, 2, 17, 15, 10))


# ---------------------------------------------------------------- main


def main():
    os.makedirs(PLANS, exist_ok=True)
    os.makedirs(BUILD, exist_ok=True)
    for fn in sorted(os.listdir(PLANS)):
        os.remove(os.path.join(PLANS, fn))
    plan1()
    plan2()
    plan3()
    plan4()
    plan5()
    plan6()
    plan7()
    plan8()
    shutil.rmtree(BUILD, ignore_errors=True)
    print("\n".join(sorted(os.listdir(PLANS))))


if __name__ == "__main__":
    main()
