#!/usr/bin/env python
"""Generate the f29b batch of fictional, anonymized SIP documents into plans/.

Deterministic: fixed dates and texts, no randomness. Calls LibreOffice for f29b-06.pdf.
Run with python generate_b.py
"""
import os
import shutil
import subprocess
import tempfile
import textwrap
from datetime import datetime, timezone

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
PREFIX = "f29b"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def path(n, ext):
    return os.path.join(OUT, f"{PREFIX}-{n:02d}.{ext}")


# ---------------------------------------------------------------------------
# helpers for docx
# ---------------------------------------------------------------------------
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


def fill_table(table, rows, header_fill="D9D9D9", bold_header=True, size=None):
    for r_i, row in enumerate(rows):
        for c_i, text in enumerate(row):
            cell = table.cell(r_i, c_i)
            cell.text = ""
            p = cell.paragraphs[0]
            run = p.add_run(text)
            if size:
                run.font.size = Pt(size)
            if r_i == 0 and bold_header:
                run.bold = True
                set_cell_shading(cell, header_fill)
    mark_header_row(table.rows[0])


def set_col_widths(table, widths_cm):
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def base_font(doc, name="Calibri", size=11):
    cp = doc.core_properties
    cp.created = cp.modified = datetime(2025, 1, 1, 8, 0)
    cp.author = cp.last_modified_by = ""
    cp.revision = 1
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), name)


def page_field(paragraph, instr):
    run = paragraph.add_run()
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1)
    run._r.append(it)
    run._r.append(f2)


# ---------------------------------------------------------------------------
# 01  TXT, Windows-1252, CRLF: record-system text export
# ---------------------------------------------------------------------------
def wrap_label(label, value, width=76, labelw=22):
    """'Label: value' line, continuation indented under the value."""
    head = (label + ":").ljust(labelw)
    if len(label) + 1 >= labelw and value:
        head = head.rstrip() + " "
    if not value:
        return [head.rstrip()]
    lines = textwrap.wrap(value, width=width - labelw)
    out = [head + lines[0]]
    out += [" " * labelw + l for l in lines[1:]]
    return out


def plan01():
    L = []
    L.append("=" * 76)
    L.append("SAMORDNAD INDIVIDUELL PLAN (SIP)                      TEXTEXPORT")
    L.append("Verksamhetssystem IFO/Vuxen - Hallstahammars kommun")
    L.append("=" * 76)
    L += wrap_label("Utskriftsdatum", "2024-10-23 09:41")
    L += wrap_label("Utskriven av", "användare IFOVUX07")
    L += wrap_label("Ärendetyp", "SIP - vuxen")
    L += wrap_label("Dokumentstatus", "Fastställd")
    L.append("")
    L.append("PERSONUPPGIFTER")
    L.append("-" * 76)
    L += wrap_label("Namn", "Helena")
    L += wrap_label("Personnummer", "XXXXXX-XXXX")
    L += wrap_label("Ålder", "48 år")
    L += wrap_label("Kommun", "Hallstahammar")
    L += wrap_label("Telefon", "070-XXX XX XX")
    L.append("")
    L.append("SIP-MÖTE")
    L.append("-" * 76)
    L += wrap_label("Mötesdatum", "2024-10-22 kl. 13.30–15.00")
    L += wrap_label("Mötesplats", "Socialkontoret Hallstahammar, sammanträdesrum 2")
    L += wrap_label("Den enskilde närvarade", "Ja")
    L += wrap_label(
        "DELTAGARE",
        "Helena (den enskilde); Maria, socialsekreterare, Vuxenenheten IFO "
        "Hallstahammars kommun; Peter, sjuksköterska, Beroendemottagningen "
        "Västerås, Region Västmanland; Johan, distriktsläkare, Vårdcentralen "
        "Hallstahammar, Region Västmanland; Eva, budget- och skuldrådgivare, "
        "Hallstahammars kommun; Tove, behandlare, Öppenvården Vuxen IFO "
        "Hallstahammars kommun",
    )
    L.append("")
    L.append("BAKGRUND")
    L.append("-" * 76)
    bak = (
        "Helena har ett långvarigt alkoholberoende med flera perioder av "
        "avgiftning. Senaste inläggningen på tillnyktringsenheten i Västerås var "
        "i augusti 2024. Hon har sedan ett år tillbaka hyresskuld och flera "
        "obetalda räkningar och riskerar att förlora lägenheten. Hon har kontakt med Beroendemottagningen "
        "sedan september och med vårdcentralen för högt blodtryck och "
        "leverprover. Försörjning via ekonomiskt bistånd sedan juni 2024."
    )
    L += textwrap.wrap(bak, width=76)
    L.append("")
    L += wrap_label("SYFTE", "")
    L.append("")
    L += wrap_label("FRÅGESTÄLLNINGAR", "Diskutera läget och hur vi går vidare.")
    L.append("")
    L += wrap_label("DEN ENSKILDES MÅL", "")
    L.append("")
    L += wrap_label("SAMTYCKE", "Samtycke finns.")
    L.append("")
    L.append("ÅTGÄRDER")
    L.append("-" * 76)
    actions = [
        ("1", "Fortsatt kontakt med Beroendemottagningen.",
         "Beroendemottagningen Västerås", "Löpande"),
        ("2", "Stöd i ekonomiska frågor.",
         "Kommunen", "Hösten 2024"),
        ("3", "Fortsatt samtalsstöd i öppenvården.",
         "Öppenvården Vuxen IFO Hallstahammar", "Under hösten"),
        ("4", "Fortsatt kontakt med vårdcentralen vid behov.",
         "Vårdcentralen Hallstahammar", ""),
    ]
    for nr, what, who, when in actions:
        L += wrap_label(f"Åtgärd {nr}", what)
        L += wrap_label("  Ansvarig", who)
        L += wrap_label("  När", when)
        L.append("")
    L += wrap_label("HUVUDANSVARIG", "")
    L += wrap_label("ÖVRIGA AKTÖRER", "")
    L.append("")
    L += wrap_label("UPPFÖLJNING", "Vecka 47")
    L.append("")
    L.append("-" * 76)
    L.append("Planen har skickats till samtliga deltagare.")
    L.append("Slut på utskrift                                                 Sida 1/1")
    text = "\r\n".join(L) + "\r\n"
    with open(path(1, "txt"), "wb") as f:
        f.write(text.encode("cp1252"))


# ---------------------------------------------------------------------------
# 02  PDF drawn with fpdf2: discharge plan, boxed fields, table over 2 pages
# ---------------------------------------------------------------------------
class CosmicPDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(80, 80, 80)
        self.cell(60, 4, "Journalsystem Region Västmanland", new_x="RIGHT", new_y="TOP")
        self.cell(70, 4, "Utskrivet 2025-03-14 11:07 av SKÖTERSKA AVD 3",
                  align="C", new_x="RIGHT", new_y="TOP")
        self.cell(0, 4, f"Sida {self.page_no()} ({{nb}})", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, "Patient: J.  XXXXXX-XXXX", new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(100, 100, 100)
        self.cell(0, 4, "Dokumentet innehåller uppgifter som omfattas av sekretess "
                  "enligt OSL 25 kap. 1 §.", align="C")
        self.set_text_color(0, 0, 0)


def box(pdf, x, y, w, h, label, value, size=9):
    pdf.rect(x, y, w, h)
    pdf.set_xy(x + 1.5, y + 1)
    pdf.set_font("DejaVu", "B", 7)
    pdf.cell(w - 3, 3.5, label)
    pdf.set_xy(x + 1.5, y + 5)
    pdf.set_font("DejaVu", "", size)
    pdf.multi_cell(w - 3, 4.4, value, align="L")


def plan02():
    pdf = CosmicPDF(format="A4")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_auto_page_break(True, margin=16)
    pdf.set_margins(15, 12, 15)
    pdf.alias_nb_pages()
    pdf.set_creation_date(datetime(2025, 3, 14, 11, 7, tzinfo=timezone.utc))
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 13)
    pdf.multi_cell(0, 6, "Samordnad individuell plan – utskrivning från psykiatrisk "
                   "heldygnsvård", align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 8.5)
    pdf.cell(0, 5, "Enligt lag (2017:612) om samverkan vid utskrivning från sluten "
             "hälso- och sjukvård", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    W = pdf.w - 30
    x0 = 15
    y = pdf.get_y()
    half = W / 2
    box(pdf, x0, y, half, 13, "Patient", "J., 24 år, Köpings kommun")
    box(pdf, x0 + half, y, half, 13, "Personnummer", "XXXXXX-XXXX")
    y += 13
    box(pdf, x0, y, half, 13, "Vårdenhet", "Avdelning 3, Psykiatriska kliniken Västerås")
    box(pdf, x0 + half, y, half, 13, "Inskrivningsdatum / planerad utskrivning",
        "2025-02-21 / 2025-03-14")
    y += 13
    box(pdf, x0, y, half, 13, "Planeringsmöte (datum, plats)",
        "2025-03-12, avdelning 3 (kommunen via Teams)")
    box(pdf, x0 + half, y, half, 13, "Vårdform", "HSL (frivillig vård)")
    y += 13
    box(pdf, x0, y, half, 17, "Fast vårdkontakt",
        "Lina, kontaktsjuksköterska, Psykosmottagningen Vuxenpsykiatrin Köping")
    box(pdf, x0 + half, y, half, 17, "Samordningsansvarig för planen",
        "Vuxenpsykiatrin Köping")
    y += 17
    box(pdf, x0, y, W, 17, "Deltagare vid planeringsmötet",
        "Patienten, överläkare, sjuksköterska, skötare, kontaktsjuksköterska, "
        "biståndshandläggare, boendestödjare")
    y += 17
    pdf.set_y(y + 3)

    def textbox(label, value, h=None):
        yy = pdf.get_y()
        pdf.set_font("DejaVu", "", 9)
        lines = pdf.multi_cell(W - 3, 4.4, value or " ", dry_run=True, output="LINES")
        hh = h or (7 + 4.4 * len(lines) + 1.5)
        box(pdf, x0, yy, W, hh, label, value)
        pdf.set_y(yy + hh)

    textbox("Bakgrund / aktuell situation",
            "J. insjuknade i en första psykos i januari 2025 med förföljelseidéer och "
            "sömnsvårigheter och lades in 2025-02-21 efter kontakt via akutpsykiatrin. "
            "Under vårdtiden har han stabiliserats på antipsykotisk behandling och "
            "depåinjektion har påbörjats. Han bor ensam i hyreslägenhet i Köping och "
            "studerade på Komvux fram till i höstas. Han har inte haft kontakt med "
            "socialtjänsten tidigare.")
    textbox("Syfte med planen",
            "Syftet är att J. ska få en trygg övergång från avdelningen till sin egen "
            "lägenhet i Köping, med fortsatt behandling på psykosmottagningen och stöd "
            "i vardagen från socialpsykiatrin, så att risken för ett återinsjuknande "
            "under de första månaderna minskar.")
    textbox("Frågeställningar inför mötet", "", h=16)
    textbox("Mål",
            "Målet är att J. ska kunna bo kvar i sin lägenhet, ha en fungerande "
            "dygnsrytm och återuppta sina studier till hösten.")
    textbox("Patientens delaktighet",
            "Patienten deltog i planeringsmötet på avdelningen.")
    textbox("Samtycke",
            "Skriftligt samtycke till att uppgifter lämnas mellan Region Västmanland "
            "och Köpings kommun inhämtat på blankett, undertecknad av patienten "
            "2025-03-11.")
    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 6, "Insatser efter utskrivning", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 8.5)
    rows = [
        ("Insats", "Ansvarig (enhet/funktion)", "När", "Kommentar"),
        ("Läkarbesök för uppföljning av medicinering och biverkningar",
         "Läkare, Psykosmottagningen Vuxenpsykiatrin Köping", "2025-03-25",
         "Kallelse skickad"),
        ("Depåinjektion (antipsykotikum) var fjärde vecka",
         "Sjuksköterska, Psykosmottagningen Köping",
         "2025-03-28, därefter var 4:e vecka", "Första injektionen gavs på avd. 2025-02-28"),
        ("Stödsamtal med fast vårdkontakt varje vecka under första månaden, "
         "därefter varannan vecka",
         "Kontaktsjuksköterska, Psykosmottagningen Köping", "Från 2025-03-18",
         "Hembesök första gången"),
        ("Boendestöd två gånger per vecka: struktur, inköp, dygnsrytm",
         "Boendestödjare, Socialpsykiatrin Köpings kommun", "Från 2025-03-17",
         "Beslut fattat 2025-03-12"),
        ("Utredning av behov av sysselsättning (daglig sysselsättning, "
         "träffpunkt)",
         "Biståndshandläggare, Socialpsykiatrin Köpings kommun", "Beslut senast 2025-04-04",
         "Hembesök bokas av handläggaren"),
        ("Metabol kontroll: vikt, blodtryck, blodfetter och blodsocker",
         "Sjuksköterska, Psykosmottagningen Köping", "2025-04-08", ""),
        ("Psykoedukation om psykos, i grupp (6 träffar)",
         "Psykosteamet, Vuxenpsykiatrin Köping", "Start v. 15 (2025-04-09)",
         "J. är anmäld till vårgruppen"),
        ("Krisplan med tidiga tecken och vart han vänder sig vid försämring",
         "Kontaktsjuksköterska tillsammans med skötare avd. 3", "Klar 2025-03-14",
         "Kopia lämnas vid utskrivning"),
        ("Receptförnyelse och läkemedelslista till vårdcentral",
         "Läkare, avdelning 3 Psykiatriska kliniken Västerås", "2025-03-14",
         "Skickas i samband med utskrivning"),
        ("Samtal om sömn, dygnsrytm och tidiga varningstecken, uppföljning av krisplanen",
         "Kontaktsjuksköterska, Psykosmottagningen Köping", "2025-04-01", ""),
    ]
    head_style = FontFace(emphasis="BOLD", fill_color=(225, 225, 225))
    with pdf.table(col_widths=(56, 50, 34, 40), headings_style=head_style,
                   line_height=4.3, text_align="LEFT", repeat_headings=1,
                   padding=1.2) as table:
        for r in rows:
            row = table.row()
            for c in r:
                row.cell(c)
    pdf.ln(4)
    yy = pdf.get_y()
    if yy > pdf.h - 50:
        pdf.add_page()
    textbox("Uppföljning av planen",
            "Uppföljande SIP-möte 2025-04-15 kl. 13.00 på Psykosmottagningen "
            "Vuxenpsykiatrin Köping. Kallelse skickas av kontaktsjuksköterskan.")
    pdf.ln(4)
    pdf.set_font("DejaVu", "", 8.5)
    pdf.cell(0, 5, "Signerad: Sjuksköterska avdelning 3, 2025-03-14",
             new_x="LMARGIN", new_y="NEXT")
    pdf.output(path(2, "pdf"))


# ---------------------------------------------------------------------------
# 03  DOCX: small-caps numbered headings, landscape action table
# ---------------------------------------------------------------------------
def sc_heading(doc, text, size=13):
    p = doc.add_paragraph(style="Heading 1")
    r = p.add_run(text)
    r.font.small_caps = True
    r.font.size = Pt(size)
    r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    return p


def plan03():
    doc = Document()
    base_font(doc, "Calibri", 11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Surahammars kommun  |  Region Västmanland\tSIP\t2025-02-04"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Sekretess enligt OSL 26 kap. 1 § och 25 kap. 1 §"
    fp.runs[0].font.size = Pt(8)
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    t = doc.add_paragraph()
    r = t.add_run("Samordnad individuell plan")
    r.bold = True
    r.font.size = Pt(18)
    r.font.small_caps = True
    p = doc.add_paragraph()
    p.add_run("Gäller: ").bold = True
    p.add_run("Ella, 14 år, Surahammar\n")
    p.add_run("Personnummer: ").bold = True
    p.add_run("ÅÅMMDD-XXXX\n")
    p.add_run("Datum för mötet: ").bold = True
    p.add_run("2025-02-04, BUP Västerås (Ella, mamma och pappa på plats, skolan via Teams)")

    sc_heading(doc, "1 Bakgrund")
    doc.add_paragraph(
        "Ella går i åk 8 på Surahammars högstadieskola. Sedan i höstas har hon skurit "
        "sig på armarna och låren, och vid två tillfällen har skolsköterskan sett färska "
        "sår. Hon har haft hög frånvaro sedan oktober, framför allt på måndagar. Det är "
        "mycket bråk hemma, både mellan Ella och mamma och mellan föräldrarna, som bor "
        "ihop men har haft det svårt länge. BUP Västerås har haft kontakt sedan december "
        "efter en orosanmälan från skolan; socialtjänsten gjorde en förhandsbedömning "
        "och har öppnat en utredning enligt 11 kap. 1 § SoL.")
    sc_heading(doc, "2 Syfte")
    doc.add_paragraph("Samordning av insatser.")
    sc_heading(doc, "3 Frågeställningar")
    for q in [
        "Hur kan skolan och BUP samarbeta så att Ella kan komma tillbaka till "
        "hela skoldagar, och vad gör skolan om hon visar nya skador?",
        "Behöver familjen familjebehandling från socialtjänsten, och hur samordnas "
        "den med samtalen på BUP?",
        "Vem kontaktar vem om Ella inte kommer till skolan flera dagar i rad?",
    ]:
        doc.add_paragraph(q, style="List Number")
    sc_heading(doc, "4 Ellas mål")
    p = doc.add_paragraph()
    p.add_run("Ella sa på mötet: ").italic = True
    p.add_run("”Jag vill sluta skada mig och klara att vara i skolan hela dagarna. Och jag "
              "vill att det blir mindre bråk hemma, att vi kan äta middag utan att någon "
              "skriker.”")
    sc_heading(doc, "5 Ellas och familjens syn")
    doc.add_paragraph(
        "Ella var med under hela mötet tillsammans med mamma och pappa. Hon berättade att "
        "hon tycker att det är jobbigt att behöva förklara sig för många vuxna och att hon "
        "helst vill prata med en och samma person i skolan. Hon vill inte gå på idrotten "
        "just nu eftersom hon inte vill byta om inför andra. Mamma och pappa tycker att "
        "BUP-kontakten har hjälpt men att de själva inte vet hur de ska reagera när Ella "
        "skadar sig.")
    sc_heading(doc, "6 Övriga aktörer")
    doc.add_paragraph("Föräldrarna är ett viktigt stöd för Ella och finns med i arbetet.")

    # landscape section for the action table
    new = doc.add_section()
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = sec.page_height, sec.page_width
    new.left_margin = new.right_margin = Cm(2.0)
    sc_heading(doc, "7 Insatser – vad vi gör")
    rows = [
        ("Vad", "Vem", "Klart när"),
        ("Individuella samtal med inriktning på känsloreglering och alternativ till "
         "självskada, en gång i veckan",
         "Psykolog, BUP Västerås", "Start 2025-02-10, pågår vt 2025"),
        ("Skriftlig krisplan vid självskada (vad Ella gör, vad föräldrar och skola gör)",
         "Psykolog, BUP Västerås", "Klar 2025-02-17"),
        ("Anpassat schema: kortare måndagar och eget ombyte/alternativ uppgift i idrott",
         "Rektor, Surahammars högstadieskola", "Från v. 8 (2025-02-17)"),
        ("Stödsamtal med skolkurator en gång i veckan, fast tid onsdagar",
         "Kurator, elevhälsan Surahammars högstadieskola", "Från 2025-02-12"),
        ("Hälsosamtal och bedömning av sår vid behov, kontakt med BUP vid nya skador",
         "Skolsköterska, elevhälsan Surahammars högstadieskola", "Från 2025-02-05"),
        ("Bedömning av behov av familjebehandling, därefter erbjudande till familjen",
         "Socialsekreterare, Barn och familj IFO Surahammars kommun", ""),
        ("Läkarbedömning av sömn och nedstämdhet",
         "Läkare, BUP Västerås", "2025-02-25"),
    ]
    tbl = doc.add_table(rows=len(rows), cols=3)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    fill_table(tbl, rows, header_fill="DCE6F1")
    set_col_widths(tbl, [13.0, 8.5, 4.7])

    sc_heading(doc, "8 Huvudansvarig för planen")
    doc.add_paragraph("BUP Västerås")
    sc_heading(doc, "9 Uppföljning")
    p = doc.add_paragraph()
    p.add_run("Datum för uppföljning: ").bold = True
    p.add_run("ÅÅÅÅ-MM-DD")

    # back to portrait for the participants table
    last = doc.add_section()
    last.orientation = WD_ORIENT.PORTRAIT
    last.page_width, last.page_height = sec.page_width, sec.page_height
    last.left_margin = last.right_margin = Cm(2.2)
    sc_heading(doc, "10 Deltagare")
    prow = [
        ("Namn", "Funktion", "Verksamhet"),
        ("Ella", "Den enskilde", "–"),
        ("Mamma (Sofia)", "Vårdnadshavare", "–"),
        ("Pappa (Mats)", "Vårdnadshavare", "–"),
        ("Nora", "Psykolog", "BUP Västerås, Region Västmanland"),
        ("Henrik", "Läkare", "BUP Västerås, Region Västmanland"),
        ("Camilla", "Kurator", "Elevhälsan, Surahammars högstadieskola"),
        ("Ulf", "Rektor", "Surahammars högstadieskola"),
        ("Jessica", "Socialsekreterare", "Barn och familj, IFO Surahammars kommun"),
    ]
    pt = doc.add_table(rows=len(prow), cols=3)
    pt.style = "Table Grid"
    fill_table(pt, prow, header_fill="DCE6F1")
    set_col_widths(pt, [4.0, 4.5, 8.0])
    doc.add_paragraph()
    doc.add_paragraph("Planen skickas till alla deltagare. Ella och föräldrarna får en "
                      "papperskopia.")
    doc.save(path(3, "docx"))


# ---------------------------------------------------------------------------
# 04  Markdown, du-form
# ---------------------------------------------------------------------------
def plan04():
    md = """# Din plan, Göran

*Samordnad individuell plan (SIP) – Skinnskattebergs kommun och Region Västmanland*
*Skriven efter mötet hemma hos dig den 2 april 2025*

---

## Varför har vi en plan?

Samordning.

## Så här har du det nu

Du är 67 år och bor ensam i ditt hus utanför Skinnskatteberg. I vintras fick du veta
att du har en tidig Alzheimers sjukdom. Du klarar det mesta själv, men du har glömt
att äta middag några gånger, och en gång stod spisen på när du åkte till affären.
Räkningarna har blivit svårare att hålla ordning på. Du kör fortfarande bil korta
sträckor.

## Det här vill du

Du sa: **”Jag vill bo kvar här hemma i huset så länge det går, och jag vill kunna åka
ner till sjön och fiska som förut.”**

Du sa också att du inte vill ha hemtjänst varje dag ”än så länge”, men att det är
okej om någon kommer och tittar till dig några gånger i veckan. Du vill inte flytta
till ett boende, och du vill att Lena ska vara med när det gäller pengar.

## Får vi prata med varandra om dig?

Du sa ja till att vi pratar med varandra om dig (muntligt, 2025-04-02).

## Det här ska hända

| Vad | Vem gör det | När |
|---|---|---|
| Hemtjänsten kommer tisdag, torsdag och lördag vid lunch, värmer mat och tittar till dig | Hemtjänst Skinnskatteberg | Från 14 april 2025 |
| Spisvakt sätts in i köket | Arbetsterapeut, Kommunal hälso- och sjukvård Skinnskatteberg | Senast 30 april 2025 |
| Dosett med dina mediciner, fylls på varannan vecka | Distriktssköterska, Vårdcentralen Skinnskatteberg | Från 9 april 2025 |
| Återbesök hos läkaren om minnet och om du kan fortsätta köra bil | Läkare, Minnesmottagningen Västerås | 22 april 2025 kl. 10.00 |
| Trygghetslarm | Biståndshandläggare, Äldreomsorgen Skinnskattebergs kommun | Beslut senast 16 april 2025 |
| Vi ska se över om du kan få plats på dagverksamheten några dagar i veckan | | |

## Det här gör du och Lena

- **Du** tar medicinen från dosetten varje morgon när du dricker kaffe, och ringer Lena
  om du har glömt.
- **Lena**, din dotter, följer med dig till minnesmottagningen den 22 april.
- **Lena** hjälper dig att betala räkningarna en gång i månaden och ser till att du får
  autogiro på hyran för båtplatsen och elen. Hon börjar i maj.

## Vi som var med

Du, Lena (din dotter), Sara (distriktssköterska), Mikael (biståndshandläggare) och
Jonas (arbetsterapeut).

## När ses vi igen?

Vi ses igen i september och pratar om hur det har gått.

---

*Den här planen har du fått hem i brevlådan. Om något är fel kan du ringa kommunens
växel.*
"""
    with open(path(4, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ---------------------------------------------------------------------------
# 05  DOCX: minutes of a network meeting in prose
# ---------------------------------------------------------------------------
def plan05():
    doc = Document()
    base_font(doc, "Times New Roman", 12)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Minnesanteckningar – nätverksmöte"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(9)
    hp.runs[0].italic = True

    p = doc.add_paragraph()
    r = p.add_run("Nätverksmöte kring Leo, 8 år")
    r.bold = True
    r.font.size = Pt(15)
    doc.add_paragraph("Tisdag 8 oktober 2024 kl. 14.00–15.30, personalrummet på "
                      "Fagersta centralskola")

    paras = [
        "Vid mötet var Leos mamma Maria och pappa Daniel med. Från skolan var Anna som är "
        "kurator på Fagersta centralskola, Jenny som är Leos klasslärare i åk 2 och Ahmed "
        "som är fritidspedagog på skolans fritidshem. Karin som är psykolog på BUP "
        "Västerås, neuropsykiatriska teamet, var med via Teams, och Oskar som är "
        "LSS-handläggare i Fagersta kommun kom efter en kvart. Leo var inte med.",
        "Anna började med att berätta hur det har sett ut i skolan sedan skolstarten. "
        "Leo har fått sin autismdiagnos i våras på BUP. Han har under september haft "
        "utbrott nästan varje dag, oftast vid övergångar, till exempel när rasten är slut "
        "eller när han ska gå från klassrummet till matsalen. Vid två tillfällen har han "
        "slagit en klasskamrat och en gång sparkat Ahmed. Jenny sa att Leo klarar "
        "lektionerna bra när han vet vad som ska hända och när han får sitta längst fram "
        "vid fönstret. Ahmed berättade att eftermiddagarna på fritids är svårast, när det "
        "är många barn och mycket ljud.",
        "Maria och Daniel berättade att det är likadant hemma, att utbrotten kommer när "
        "Leo är trött efter skolan, och att de är slitna. Inför mötet hade de två frågor "
        "som de ville ha svar på: hur skolan och fritids ska göra när Leo får ett utbrott "
        "så att det blir samma sätt överallt, och om familjen kan få någon form av "
        "avlastning. Daniel sa att de har funderat på om de kan söka omvårdnadsbidrag hos "
        "Försäkringskassan, men det pratade vi inte vidare om.",
        "Karin förklarade att det är vanligt att barn med autism får utbrott vid "
        "övergångar och när kraven blir för höga, och att tydlig struktur och förvarning "
        "brukar hjälpa. Hon tyckte att Leo borde få kontakt med habiliteringen. Oskar "
        "berättade om korttidsvistelse och kontaktfamilj enligt LSS och vad som krävs för "
        "en ansökan.",
    ]
    for t in paras:
        doc.add_paragraph(t)

    p = doc.add_paragraph()
    p.add_run("Det här bestämde vi:").bold = True
    agreements = [
        "Karin skickar remiss till Habiliteringscentrum Västerås senast den 18 oktober.",
        "Jenny och Ahmed gör ett gemensamt bildschema för skoldagen och fritids, och "
        "börjar använda det från och med vecka 43.",
        "Jenny och Ahmed skriver ner vad som hände före varje utbrott under fyra veckor "
        "från den 14 oktober, så att vi kan se mönster.",
        "Anna träffar Leo en stund i veckan för att han ska ha en vuxen att gå till när "
        "det blir för mycket.",
        "Oskar hjälper familjen med ansökan om korttidsvistelse enligt LSS.",
        "Skolan tar fram en gemensam plan för hur personalen gör vid utbrott.",
    ]
    for a in agreements:
        doc.add_paragraph(a, style="List Bullet")

    doc.add_paragraph(
        "Vi ses igen tisdagen den 12 november 2024 kl. 14.00, på samma ställe. Karin är "
        "med via Teams även då.")
    p = doc.add_paragraph()
    r = p.add_run("Anteckningarna skickas till alla som var med.")
    r.italic = True
    doc.save(path(5, "docx"))


# ---------------------------------------------------------------------------
# 06  PDF via LibreOffice: follow-up plan with status table
# ---------------------------------------------------------------------------
def plan06(tmpdir):
    doc = Document()
    base_font(doc, "Arial", 10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    hp = sec.header.paragraphs[0]
    hp.text = "Västerås stad – Äldreomsorgen\tUppföljning SIP\tSida "
    hp.runs[0].font.size = Pt(8)
    page_field(hp, "PAGE")
    fp = sec.footer.paragraphs[0]
    fp.text = "Mall SIP-uppföljning, version 3 (2023)"
    fp.runs[0].font.size = Pt(7)

    h = doc.add_paragraph()
    r = h.add_run("UPPFÖLJNING AV SAMORDNAD INDIVIDUELL PLAN (SIP)")
    r.bold = True
    r.font.size = Pt(14)

    info = doc.add_table(rows=4, cols=2)
    info.style = "Table Grid"
    data = [
        ("Namn", "M., 71 år"),
        ("Personnummer", "ÅÅMMDD-XXXX"),
        ("Datum för denna uppföljning", "2025-05-27, Vårdcentralen Skultuna"),
        ("Ursprunglig plan upprättad", "2024-11-19"),
    ]
    for i, (a, b) in enumerate(data):
        info.cell(i, 0).text = a
        info.cell(i, 0).paragraphs[0].runs[0].bold = True
        set_cell_shading(info.cell(i, 0), "EDEDED")
        info.cell(i, 1).text = b
    set_col_widths(info, [5.5, 11.5])

    def field(label, value):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(6)
        p.add_run(label + ": ").bold = True
        p.add_run(value)

    field("Syfte", "Som tidigare.")
    field("Den enskildes mål", "Som tidigare.")
    field("Samtycke", "Som tidigare.")
    field("Deltagare", "Som tidigare.")
    field("Frågeställningar inför uppföljningen", "Gå igenom insatserna.")
    field("Aktuellt",
          "M. har KOL stadium 3 och en långvarig depression. Sedan planen upprättades "
          "har hon haft en försämringsperiod i februari med inläggning på "
          "lungmedicin, Västmanlands sjukhus Västerås, 2025-02-10–2025-02-17. Hon "
          "har sedan dess syrgas i hemmet. Stämningsläget beskrivs som något bättre "
          "sedan medicinjusteringen i mars.")

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    r = p.add_run("Status för insatser i tidigare plan")
    r.bold = True
    r.font.size = Pt(11)
    rows = [
        ("Insats", "Ansvarig", "Status", "Kommentar"),
        ("Hemtjänst: städning varannan vecka och inköp en gång i veckan",
         "Hemtjänst Västerås västra", "Pågår",
         "M. säger själv att hemtjänsten fungerar bra och att hon vill ha samma personal."),
        ("Inhalationsteknik och egenvårdsplan vid KOL",
         "KOL-sjuksköterska, Vårdcentralen Skultuna", "Genomförd",
         "Egenvårdsplanen uppdaterad efter inläggningen."),
        ("Samtalskontakt för depression",
         "Regionen", "Pågår",
         "M. tycker att samtalen hjälper men att det är långt att åka."),
        ("Trygghetslarm",
         "Biståndshandläggare, Äldreomsorgen Västerås stad", "Genomförd",
         "Beviljat 2025-01-14, installerat."),
        ("KOL-skola i grupp",
         "Fysioterapeut, Vårdcentralen Skultuna", "Avbruten",
         "M. orkade inte ta sig till gruppen efter inläggningen."),
        ("Matdistribution fem dagar i veckan",
         "Biståndshandläggare, Äldreomsorgen Västerås stad", "Ej påbörjad",
         "M. vill vänta med matdistributionen tills vidare."),
    ]
    tbl = doc.add_table(rows=len(rows), cols=4)
    tbl.style = "Table Grid"
    fill_table(tbl, rows, header_fill="C6D9F1", size=9)
    set_col_widths(tbl, [4.8, 4.4, 2.4, 5.4])

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    r = p.add_run("Nya eller ändrade insatser")
    r.bold = True
    r.font.size = Pt(11)
    rows2 = [
        ("Insats", "Ansvarig", "Start/klart"),
        ("Syrgasbehandling i hemmet: kontroll av utrustning och flöde",
         "Sjuksköterska, Kommunal hemsjukvård Västerås", "Från 2025-06-02, varannan vecka"),
        ("Hembesök av fysioterapeut för individuellt träningsprogram i stället för KOL-skola",
         "Fysioterapeut, Vårdcentralen Skultuna", "Första besök 2025-06-10"),
        ("Videosamtal i stället för besök på mottagningen för depressionsbehandling",
         "Regionen", ""),
    ]
    t2 = doc.add_table(rows=len(rows2), cols=3)
    t2.style = "Table Grid"
    fill_table(t2, rows2, header_fill="C6D9F1", size=9)
    set_col_widths(t2, [8.0, 5.5, 3.5])

    field("Huvudansvarig för planen",
          "Karin, biståndshandläggare, Äldreomsorgen Västerås stad")
    field("Nästa uppföljning", "2025-09-09 kl. 10.00, Vårdcentralen Skultuna")
    doc.add_paragraph()
    doc.add_paragraph("Dokumenterat av: Biståndshandläggare, 2025-05-28")

    src = os.path.join(tmpdir, f"{PREFIX}-06.docx")
    doc.save(src)
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file:///tmp/lo-{PREFIX}", "--headless",
         "--convert-to", "pdf", "--outdir", tmpdir, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.move(os.path.join(tmpdir, f"{PREFIX}-06.pdf"), path(6, "pdf"))


# ---------------------------------------------------------------------------
# 07  TXT, UTF-8: action plan with bulleted sentences
# ---------------------------------------------------------------------------
def plan07():
    def para(text):
        return textwrap.fill(text, width=78)

    def bullet(text):
        return textwrap.fill(text, width=78, initial_indent="- ",
                             subsequent_indent="  ")

    parts = []
    parts.append("HANDLINGSPLAN – SIP")
    parts.append("Arboga kommun / Region Västmanland")
    parts.append("")
    parts.append("Gäller: K., 17 år, Arboga")
    parts.append("Personnummer: ÅÅMMDD-XXXX")
    parts.append("Datum: 2024-09-24")
    parts.append("")
    parts.append("Syfte: Samordning av insatser.")
    parts.append("")
    parts.append("Frågeställningar:")
    parts.append("")
    parts.append("BAKGRUND")
    parts.append(para(
        "K. går andra året på samhällsprogrammet på Vasagymnasiet i Arboga. Hon har "
        "sedan våren 2024 gått ner kraftigt i vikt och har en anorexi-diagnos sedan "
        "augusti. Hon har kontakt med VUP (Region Västmanlands mottagning för unga med "
        "ätstörning) sedan 2024-08-20. Hon har haft svårt att äta i skolan och har varit "
        "borta från idrotten hela hösten. Det har blivit mycket konflikter hemma kring "
        "maten."))
    parts.append("")
    parts.append("K:S MÅL")
    parts.append(para(
        "K. var med på mötet och formulerade själv sitt mål: ”Jag vill orka gå klart "
        "gymnasiet och kunna äta lunch med mina kompisar igen utan att få panik.”"))
    parts.append(para(
        "K. vill inte att hela klassen ska veta om ätstörningen, bara mentorn och "
        "skolsköterskan. Hon vill hellre träffa kurator efter skoltid än under lektioner."))
    parts.append("")
    parts.append("SAMTYCKE")
    parts.append("K. och vårdnadshavarna har samtyckt till samverkan.")
    parts.append("")
    parts.append("INSATSER")
    parts.append("")
    parts.append("Region Västmanland:")
    for b in [
        "Kurator på VUP träffar K. varannan tisdag från v. 40, kl. 15.30 så att hon "
        "inte missar lektioner.",
        "Läkare på VUP följer vikt, puls och blodprover var tredje vecka, första "
        "gången 2024-10-08.",
        "Dietist på VUP gör en måltidsplan tillsammans med K. och föräldrarna, klar "
        "senast 2024-10-15.",
    ]:
        parts.append(bullet(b))
    parts.append("")
    parts.append("Arboga kommun:")
    for b in [
        "Skolsköterskan på Vasagymnasiet ordnar så att K. kan äta lunch i ett lugnare "
        "rum med en kompis, från måndag v. 41, och stämmer av med K. varje måndag.",
        "Mentorn på Vasagymnasiet informerar idrottsläraren och ser till att K. får "
        "en alternativ uppgift i idrott, senast 2024-10-04.",
        "Socialsekreterare på Barn och unga, IFO Arboga, erbjuder föräldrarna "
        "stödsamtal varannan vecka från v. 42.",
    ]:
        parts.append(bullet(b))
    parts.append("")
    parts.append("Föräldrarna och K.:")
    for b in [
        "Mamma och pappa äter middag tillsammans med K. varje kväll och följer "
        "måltidsplanen från 2024-10-15.",
        "Pappa skjutsar K. till VUP i Västerås varannan tisdag från v. 40.",
        "K. för matdagbok i appen och tar med den till varje träff med kurator "
        "från v. 40.",
    ]:
        parts.append(bullet(b))
    parts.append("")
    parts.append("Huvudansvarig: Elevhälsan, Vasagymnasiet")
    parts.append("")
    text = "\n".join(parts)
    with open(path(7, "txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# ---------------------------------------------------------------------------
# 08  DOCX: meeting notice (not a plan)
# ---------------------------------------------------------------------------
def plan08():
    doc = Document()
    base_font(doc, "Calibri", 11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Kungsörs kommun – Individ- och familjeomsorgen"
    hp.runs[0].font.size = Pt(9)

    doc.add_heading("Kallelse till SIP-möte", level=1)
    p = doc.add_paragraph()
    p.add_run("Angående: ").bold = True
    p.add_run("A., 35 år, Kungsör")
    p = doc.add_paragraph()
    p.add_run("Datum och tid: ").bold = True
    p.add_run("Torsdag 6 mars 2025 kl. 09.00–10.30")
    p = doc.add_paragraph()
    p.add_run("Plats: ").bold = True
    p.add_run("Socialkontoret Kungsör, mötesrum Ekbacken. Det går också att delta via "
              "Teams, länk skickas dagen innan.")
    doc.add_paragraph(
        "Du kallas till ett möte om samordnad individuell plan (SIP) för A. A. har själv "
        "önskat mötet och har gett sitt samtycke till att de som kallas får prata med "
        "varandra inför och under mötet.")

    doc.add_heading("Kallade", level=2)
    rows = [
        ("Namn", "Funktion", "Verksamhet"),
        ("A.", "Den enskilde", "–"),
        ("Linnea", "Socialsekreterare (sammankallande)", "Vuxenenheten IFO Kungsör"),
        ("Olle", "Sjuksköterska", "Vuxenpsykiatrin Köping"),
        ("Fatima", "Handläggare", "Arbetsförmedlingen Köping/Arboga"),
        ("Stefan", "Handläggare", "Försäkringskassan"),
        ("Jan", "God man", "–"),
    ]
    tbl = doc.add_table(rows=len(rows), cols=3)
    tbl.style = "Table Grid"
    fill_table(tbl, rows)

    doc.add_heading("Förbered gärna", level=2)
    for q in [
        "Vilket stöd ger er verksamhet A. i dag, och vad planerar ni framåt?",
        "Vad behöver A. för att kunna börja i en arbetslivsinriktad insats under våren?",
        "Hur ser A:s ekonomi ut efter att sjukpenningen upphör i april?",
        "Vem av oss är bäst lämpad att ha huvudansvaret för planen?",
    ]:
        doc.add_paragraph(q, style="List Bullet")
    doc.add_paragraph(
        "Meddela om du inte kan komma senast den 3 mars, via växeln eller i "
        "ärendesystemet. Skicka i så fall en ersättare eller dina synpunkter skriftligt.")
    p = doc.add_paragraph()
    p.add_run("Med vänlig hälsning\nLinnea, socialsekreterare\nVuxenenheten, IFO Kungsörs kommun")
    doc.save(path(8, "docx"))


def normalize_zip(fn):
    """Rewrite a .docx with fixed zip timestamps so reruns give identical bytes."""
    import zipfile
    with zipfile.ZipFile(fn) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(fn, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def main():
    os.makedirs(OUT, exist_ok=True)
    plan01()
    plan02()
    plan03()
    plan04()
    plan05()
    with tempfile.TemporaryDirectory(prefix="f29b-") as tmp:
        plan06(tmp)
    plan07()
    plan08()
    for n in (3, 5, 8):
        normalize_zip(path(n, "docx"))
    print("done:", sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()
