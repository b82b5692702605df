#!/usr/bin/env python3
"""Generate the f106b batch of fictional, anonymized SIP documents (Region Uppsala).

Run with /work/batches/.venv/bin/python generate.py
Deterministic: fixed dates, no randomness.
"""
import os
import textwrap

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
PREFIX = "f106b"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_I = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"


def path(n, ext):
    return os.path.join(OUT, f"{PREFIX}-{n:02d}.{ext}")


def fixed_core(doc, title, author):
    """Fixed core properties so the .docx is stable between runs."""
    import datetime as dt
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = dt.datetime(2025, 1, 1, 8, 0, 0)
    cp.modified = dt.datetime(2025, 1, 1, 8, 0, 0)
    cp.revision = 1


def save_docx(doc, dest):
    """Save with fixed zip timestamps so repeated runs give identical files."""
    import io
    import zipfile
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 1, 1, 8, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = item.external_attr
            zout.writestr(info, zin.read(item.filename))


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


# ---------------------------------------------------------------------------
# 01  Numbered checklist .txt (UTF-8, CRLF), Enköping, adult with psychosis and debts
# ---------------------------------------------------------------------------

def hang(label, text, width=78, indent=None):
    """One checklist item, wrapped with a hanging indent under the text."""
    ind = indent if indent is not None else 4
    first = label + " " * max(1, ind - len(label))
    return textwrap.wrap(text, width=width, initial_indent=first,
                         subsequent_indent=" " * ind, break_long_words=False,
                         break_on_hyphens=False)


def plan01():
    L = []
    L.append("SAMORDNAD INDIVIDUELL PLAN (SIP) - CHECKLISTA")
    L.append("Psykiatrin Enköping, psykosmottagningen / Socialtjänsten Enköping")
    L.append("=" * 70)
    L.append("Person: Jonas, 34 år (ÅÅMMDD-XXXX)")
    L.append("Mötesdatum: 2024-10-03, psykosmottagningen Enköping")
    L.append("")
    L += hang("[1] Syfte:",
              "Syftet är att samordna stödet kring Jonas efter inläggningen i "
              "augusti, så att psykiatrins behandling, boendestödet och hjälpen "
              "med ekonomin går i takt och att skulderna inte än en gång blir det "
              "som gör att han slutar ta sin medicin och försämras.")
    L.append("")
    L += hang("[2] Frågor till mötet:",
              "Hur får Jonas hjälp att reda ut skulderna hos Kronofogden och de "
              "två inkassobolagen innan sjukpenningen från FK utmäts? Kan boendestödet "
              "börja redan i oktober? Vem påminner om depåinjektionen när "
              "Jonas inte svarar i telefon?")
    L.append("")
    L += hang("[3] Bakgrund:",
              "Jonas har schizofreni sedan 2015 och bor i egen lägenhet i "
              "centrala Enköping. Vårdad inneliggande på Psykiatrins hus i "
              "Uppsala 2024-08-12 -- 2024-09-06 efter att ha slutat med "
              "medicinen. Har skulder på ca 180 000 kr, flera obetalda "
              "hyror under våren. Ingen sysselsättning just nu.")
    L.append("")
    L += hang("[4] Mål:",
              "Målet är att Jonas ska kunna bo kvar i sin lägenhet, få ordning "
              "på ekonomin och slippa en ny inläggning under det närmaste året.")
    L.append("")
    L += hang("[5] Jonas syn:",
              "Jonas var med på hela mötet. Han säger att det jobbigaste är "
              "breven, han öppnar dem inte längre. Han vill ha färre personer "
              "att hålla reda på och helst en och samma person från "
              "boendestödet. Han vill inte flytta till något boende.")
    L.append("")
    L.append("[6] Insatser:")
    L += hang("  [6.1]",
              "Depåinjektion var 14:e dag och samtal. Ansvar: sjuksköterska "
              "Mattias, Psykiatrin Enköping, psykosmottagningen. När: "
              "fortsätter från 2024-10-07, varannan måndag.", indent=9)
    L += hang("  [6.2]",
              "Boendestöd två gånger i veckan, hjälp att öppna och sortera post, "
              "handla och städa. Ansvar: Socialtjänsten Enköping, "
              "vuxenenheten, boendestödjare. När: start 2024-10-14.", indent=9)
    L += hang("  [6.3]",
              "Genomgång av skulder och hjälp med ansökan om skuldsanering. "
              "Ansvar: budget- och skuldrådgivningen, Enköpings kommun. När: "
              "ej bestämt, väntar på att Jonas får tid.", indent=9)
    L += hang("  [6.4]",
              "Provtagning och kontroll av vikt, blodsocker och blodfetter p.g.a. "
              "medicinen. Ansvar: distriktssköterska, Vårdcentralen Enköping. "
              "När: 2024-11-05.", indent=9)
    L.append("")
    L += hang("[7] Andra aktörer:",
              "Jonas har god man sedan 2023 (Ulla). Ärende hos FK om "
              "sjukersättning pågår.")
    L.append("")
    L += hang("[8] Huvudansvar för planen:",
              "Sofia, kurator, Psykiatrin Enköping (psykosmottagningen).")
    L.append("")
    L.append("[9] Uppföljning:")
    L.append("")
    L.append("-" * 70)
    text = "\r\n".join(L) + "\r\n"
    with open(path(1, "txt"), "wb") as f:
        f.write(text.encode("utf-8"))


# ---------------------------------------------------------------------------
# 02  Markdown with HTML table (rowspan/colspan), Tierp, man after hip fracture
# ---------------------------------------------------------------------------

def plan02():
    md = """# SIP – Gunnar, 82 år

**Kommun:** Tierp  
**Datum för mötet:** 2024-11-12  
**Plats:** Korttidsboendet i Tierp (Gunnar har bott där sedan utskrivningen från Akademiska 2024-10-28)

---

## Syfte

Samordning.

## Frågor inför mötet

–

## Bakgrund

Gunnar föll i hemmet i oktober och opererades för höftfraktur på Akademiska sjukhuset. Han bor ensam i villa utanför Tierp, har diabetes typ 2 och hjärtsvikt. Går nu med rollator inomhus, kort sträcka utomhus med stöd. Hemgång planeras till 2024-11-20.

## Gunnars egna mål

> ”Jag vill klara mig hemma och kunna gå ut till brevlådan själv innan jul. Jag vill inte flytta till något boende.”

## Delaktighet

Gunnar deltog på mötet på korttids. Han tycker att det är för tidigt att prata om trygghetsboende och vill pröva att bo hemma med hjälp först. Han vill helst ha hjälp på förmiddagen, inte tidigt på morgonen.

## Samtycke

Gunnar gav muntligt samtycke på mötet 2024-11-12 till att hemtjänst, rehab och vårdcentralen pratar med varandra och läser varandras anteckningar om honom i den här planen.

## Insatser

<table>
  <thead>
    <tr>
      <th rowspan="2">Verksamhet</th>
      <th rowspan="2">Insats</th>
      <th rowspan="2">Ansvarig funktion</th>
      <th colspan="2">Period</th>
    </tr>
    <tr>
      <th>Från</th>
      <th>Till</th>
    </tr>
  </thead>
  <tbody>
    <tr>
      <td rowspan="2">Hemtjänst Tierp norra</td>
      <td>Hjälp med dusch, påklädning och frukost, varje förmiddag kl. 9–10</td>
      <td>Undersköterska, kontaktman</td>
      <td>2024-11-20</td>
      <td>tills vidare</td>
    </tr>
    <tr>
      <td>Inköp en gång i veckan och tillsyn på kvällen kl. 19</td>
      <td>Enhetschef planerar, hemtjänstpersonal utför</td>
      <td>2024-11-20</td>
      <td>tills vidare</td>
    </tr>
    <tr>
      <td rowspan="2">Kommunal rehab, Tierps kommun</td>
      <td>Hembesök för att se över miljön, montera stödhandtag i badrum och sätta upp duschpall</td>
      <td>Arbetsterapeut</td>
      <td>2024-11-18</td>
      <td>2024-11-22</td>
    </tr>
    <tr>
      <td>Gångträning inne och ute, två gånger i veckan, träningsprogram som hemtjänsten följer</td>
      <td>Fysioterapeut</td>
      <td>2024-11-21</td>
      <td>2025-01-31</td>
    </tr>
    <tr>
      <td rowspan="2">Vårdcentralen Tierp</td>
      <td>Läkemedelsgenomgång efter sjukhusvistelsen</td>
      <td>Distriktsläkare</td>
      <td>2024-11-26</td>
      <td>2024-11-26</td>
    </tr>
    <tr>
      <td>Blodsockerkontroll och såromläggning, hemsjukvård</td>
      <td>Distriktssköterska</td>
      <td>2024-11-20</td>
      <td>2024-12-20</td>
    </tr>
  </tbody>
</table>

## Övrigt

Dottern Karin bor i Tierp och är ett stöd för Gunnar.

## Uppföljning

Om ca sex veckor, när Gunnar har varit hemma en tid.

## Deltagare

- Gunnar
- Karin, dotter
- Lisa, biståndshandläggare
- Ahmed, distriktssköterska
- Maria, arbetsterapeut
- Johanna, sjuksköterska
"""
    with open(path(2, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ---------------------------------------------------------------------------
# 03  Record print (PDF, fpdf2), Uppsala, 17-year-old with substance use
# ---------------------------------------------------------------------------

class RecordPDF(FPDF):
    person = "Elin, ÅÅMMDD-XXXX"

    def header(self):
        self.set_font("DV", "", 7.5)
        self.set_text_color(60, 60, 60)
        self.cell(95, 4, "Lifecare SP – Samordnad planering", new_x="RIGHT", new_y="TOP")
        self.cell(95, 4, f"Utskriftsdatum 2025-02-20 10:41   Sida {self.page_no()} ({{nb}})",
                  align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_font("DV", "B", 9)
        self.set_text_color(0, 0, 0)
        self.cell(95, 5, f"Person: {self.person}", new_x="RIGHT", new_y="TOP")
        self.set_font("DV", "", 8)
        self.cell(95, 5, "Dokument: SIP, ungdom", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(0, 0, 0)
        self.set_line_width(0.4)
        self.line(10, self.get_y() + 1, 200, self.get_y() + 1)
        self.set_line_width(0.2)
        self.ln(4)

    def footer(self):
        self.set_y(-12)
        self.set_font("DV", "", 7)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Utskrift ur Lifecare SP. Innehåller uppgifter som omfattas av sekretess "
                  "(OSL 25 kap. 1 §, 26 kap. 1 §).", align="C")
        self.set_text_color(0, 0, 0)


def box_field(pdf, label, value, w=190, minh=9, x=None):
    """Label above, value inside a bordered box (like a record form)."""
    if x is not None:
        pdf.set_x(x)
    x0 = pdf.get_x()
    pdf.set_font("DV", "B", 7.5)
    pdf.cell(w, 4, label, new_x="LEFT", new_y="NEXT")
    pdf.set_x(x0)
    pdf.set_font("DV", "", 9)
    y0 = pdf.get_y()
    if value:
        lines = pdf.multi_cell(w - 3, 4.6, value, dry_run=True, output="LINES", align="L")
        h = max(minh, len(lines) * 4.6 + 3)
    else:
        h = minh
    pdf.rect(x0, y0, w, h)
    if value:
        pdf.set_xy(x0 + 1.5, y0 + 1.5)
        pdf.multi_cell(w - 3, 4.6, value, align="L")
    pdf.set_xy(x0, y0 + h + 2)
    return h


COLS = [(9, "Nr"), (68, "Insats"), (55, "Ansvarig verksamhet / funktion"),
        (26, "Start"), (32, "Klart / tidpunkt")]


def table_header(pdf):
    pdf.set_font("DV", "B", 8)
    pdf.set_fill_color(220, 226, 235)
    for w, t in COLS:
        pdf.cell(w, 6, t, border=1, fill=True, new_x="RIGHT", new_y="TOP")
    pdf.ln(6)


def table_row(pdf, vals):
    pdf.set_font("DV", "", 8.5)
    lh = 4.3
    nlines = [len(pdf.multi_cell(w - 2, lh, v or " ", dry_run=True, output="LINES"))
              for (w, _), v in zip(COLS, vals)]
    h = max(nlines) * lh + 2
    if pdf.get_y() + h > pdf.h - 18:
        pdf.add_page()
        table_header(pdf)
        pdf.set_font("DV", "I", 8)
        pdf.set_fill_color(245, 245, 245)
        pdf.cell(sum(w for w, _ in COLS), 5.5, "Fortsättning från föregående sida",
                 border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "", 8.5)
    x0, y0 = pdf.get_x(), pdf.get_y()
    x = x0
    for (w, _), v in zip(COLS, vals):
        pdf.rect(x, y0, w, h)
        pdf.set_xy(x + 1, y0 + 1)
        pdf.multi_cell(w - 2, lh, v, align="L")
        x += w
    pdf.set_xy(x0, y0 + h)


def plan03():
    pdf = RecordPDF(format="A4")
    pdf.add_font("DV", "", FONT)
    pdf.add_font("DV", "B", FONT_B)
    pdf.add_font("DV", "I", FONT_I)
    pdf.set_auto_page_break(False)
    pdf.set_margins(10, 10, 10)
    pdf.alias_nb_pages("{nb}")
    pdf.set_creation_date(__import__("datetime").datetime(2025, 2, 20, 10, 41))
    pdf.add_page()

    pdf.set_font("DV", "B", 13)
    pdf.cell(0, 7, "Samordnad individuell plan (SIP)", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    y = pdf.get_y()
    box_field(pdf, "Status", "Fastställd", w=45, minh=7)
    pdf.set_xy(58, y)
    box_field(pdf, "Mötesdatum", "2025-02-18", w=45, minh=7, x=58)
    pdf.set_xy(106, y)
    box_field(pdf, "Plats", "Socialtjänsten Uppsala, ungdomsenheten", w=94, minh=7, x=106)
    pdf.set_x(pdf.l_margin)

    box_field(pdf, "Bakgrund",
              "Elin är 17 år och går andra året på gymnasiet (samhällsprogrammet). "
              "Hon har använt cannabis regelbundet sedan i våras och har hög frånvaro sedan "
              "oktober. Orosanmälan från skolan i december 2024. Elin bor med mamma och "
              "yngre bror i Uppsala. Sömnproblem och nedstämdhet, frågeställning om ADHD "
              "har väckts av elevhälsan.")
    box_field(pdf, "Syfte med planen", "Samordning av insatser.")
    box_field(pdf, "Frågeställningar inför mötet", "", minh=10)
    box_field(pdf, "Samtycke inhämtat", "Ja", minh=7)
    box_field(pdf, "Den enskildes mål (med egna ord)",
              "”Jag vill sluta röka på och klara gymnasiet så att jag kan ta studenten "
              "med min klass. Och jag vill att mamma ska kunna lita på mig igen.”")
    box_field(pdf, "Den enskildes delaktighet och synpunkter",
              "Elin deltog under hela mötet tillsammans med mamma. Elin vill gärna fortsätta "
              "på Mini-Maria där hon känner sjuksköterskan, men tycker att det blir för mycket "
              "att träffa socialtjänsten varje vecka. Hon vill inte att lärarna ska få veta "
              "mer än att hon har en plan.")
    box_field(pdf, "Deltagare",
              "Elin\n"
              "Sofie, mamma (vårdnadshavare)\n"
              "Jonas, socialsekreterare, Socialtjänsten Uppsala, ungdomsenheten\n"
              "Malin, sjuksköterska, Mini-Maria Uppsala (Beroendecentrum, Region Uppsala)\n"
              "Per, kurator, elevhälsan, Gymnasieskolan Uppsala kommun\n"
              "Amanda, psykolog, BUP Uppsala")
    box_field(pdf, "Huvudansvarig för planen", "Socialtjänsten Uppsala", minh=7)

    pdf.set_font("DV", "B", 10)
    pdf.ln(1)
    pdf.cell(0, 6, "Insatser", new_x="LMARGIN", new_y="NEXT")
    table_header(pdf)
    rows = [
        ("1", "Motiverande samtal och återfallsprevention (ÅP), en gång i veckan",
         "Mini-Maria Uppsala, sjuksköterska", "2025-02-24", "2025-06-30"),
        ("2", "Urinprov för drogscreening varannan vecka, resultat återkopplas till Elin",
         "Mini-Maria Uppsala, sjuksköterska", "2025-02-24", "2025-06-30"),
        ("3", "Öppenvårdsinsats enligt SoL, samtal med ungdomsbehandlare varannan vecka",
         "Socialtjänsten Uppsala, ungdomsenheten, Ungdomsteamet", "2025-03-03", "2025-08-31"),
        ("4", "Föräldrastöd till mamma, fyra samtal om gränssättning och oro",
         "Socialtjänsten Uppsala, ungdomsenheten, familjebehandlare", "2025-03-05", "2025-04-30"),
        ("5", "Anpassad studiegång, plan för att ta igen kurser i matematik och svenska",
         "Gymnasieskolan, mentor och rektor", "", ""),
        ("6", "Kuratorssamtal varannan vecka, uppföljning av frånvaro",
         "Gymnasieskolan, elevhälsan, kurator", "2025-02-26", "2025-06-13"),
        ("7", "Bedömningssamtal inför ev. ADHD-utredning, inkl. skattningar från skola och hem",
         "BUP Uppsala, psykolog", "2025-04-10", "2025-05-31"),
        ("8", "Samtal om sömn och sömnrutiner",
         "Mini-Maria Uppsala, läkare", "2025-03-12", "2025-03-12"),
        ("9", "Återkoppling mellan Mini-Maria och Ungdomsteamet om provsvar (med Elins vetskap)",
         "Mini-Maria Uppsala / Ungdomsteamet", "2025-03-03", "2025-06-30"),
    ]
    for r in rows:
        table_row(pdf, r)
    pdf.ln(4)
    box_field(pdf, "Övriga aktörer", "", minh=9)
    box_field(pdf, "Uppföljning", "", minh=9)
    pdf.ln(2)
    pdf.set_font("DV", "", 8)
    pdf.multi_cell(0, 4, "Planen fastställd 2025-02-18. "
                   "Kopia till Elin och vårdnadshavare.")
    pdf.output(path(3, "pdf"))


# ---------------------------------------------------------------------------
# 04  Measures matrix .docx (actors x weeks), Knivsta, 11-year-old with school refusal
# ---------------------------------------------------------------------------

def add_page_field(paragraph):
    run = paragraph.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = "PAGE"
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1); run._r.append(it); run._r.append(f2)


def plan04():
    doc = Document()
    fixed_core(doc, "Åtgärdsmatris SIP", "Knivsta kommun")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin"):
        setattr(sec, m, Cm(2.0))
    sec.top_margin = Cm(1.8)
    sec.bottom_margin = Cm(1.6)
    hp = sec.header.paragraphs[0]
    hp.text = "SIP – Nora (11 år) – åtgärdsmatris vt 2025"
    hp.runs[0].font.size = Pt(8.5)
    hp.runs[0].font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = fp.add_run("Sida "); r.font.size = Pt(8.5)
    add_page_field(fp)

    doc.add_heading("Åtgärdsmatris SIP – Nora", level=1)
    doc.add_paragraph("Mötesdatum: 2025-02-27 (v. 9), Knivsta kommunhus, sal Alsike.")

    doc.add_heading("Det här behöver vi lösa", level=2)
    for q in [
        "Hur ska skoldagarna trappas upp efter sportlovet utan att Nora får panikattacker "
        "redan hemma på morgonen?",
        "Vem hör av sig till mamma när Nora inte kommer till skolan, och hur snabbt?",
        "Kan Nora få vara i ett lugnt rum under rasterna och äta lunch där i början?",
    ]:
        doc.add_paragraph(q, style="List Bullet")

    doc.add_heading("Mål", level=2)
    doc.add_paragraph("Nora ska vara i skolan minst tre förmiddagar i veckan före påsklovet "
                      "och kunna äta lunch i skolan två dagar i veckan.")

    doc.add_heading("Nora", level=2)
    doc.add_paragraph("Nora var inte med på mötet. Hon blev för orolig när hon fick veta "
                      "att det skulle vara många vuxna där. Mamma går igenom matrisen med "
                      "henne hemma.")

    doc.add_heading("Vem gör vad och när", level=2)
    weeks = ["v. 10", "v. 12", "v. 14"]
    data = [
        ("Mamma", [
            "Följer Nora till skolan tisdag och torsdag, hämtar kl. 11.00. Skriver varje "
            "kväll ned hur morgonen gick (mående 1–5).",
            "Följer Nora till skolan tis, ons, tors. Övar morgonrutinen enligt schemat från BUP.",
            "Nora går själv sista biten från Ica; mamma väntar där tills mentorn skickat sms "
            "att Nora är på plats.",
        ]),
        ("Skolan – Ängbyskolan\n(mentor och elevhälsan)", [
            "Mentor tar emot Nora vid entrén kl. 8.15. Lugnt rum med resurs under raster. "
            "Mentor ringer mamma senast kl. 9.00 vid frånvaro.",
            "Schema utökas till tre förmiddagar. Specialpedagog gör anpassad studieplan i "
            "sv, ma, eng.",
            "Nora äter lunch i lilla matsalen två dagar. Elevhälsoteamet följer upp "
            "närvaron på EHT-möte.",
        ]),
        ("BUP Uppsala\n(psykolog)", [
            "Start KBT för ångest, en gång i veckan på mottagningen (tisdag eftermiddag).",
            "KBT fortsätter. Psykologen gör en exponeringsövning på skolan tillsammans med "
            "mentor.",
            "Läkarbesök för bedömning av eventuell medicinering mot ångest.",
        ]),
        ("Socialtjänsten Knivsta,\nbarn och familj\n(familjebehandlare)", [
            "Hembesök två morgnar (mån, ons) kl. 7.15 för att stötta morgonrutinen.",
            "Hembesök mån och ons fortsätter. Samtal med mamma om hur hon orkar.",
            "Trappar ned till ett hembesök. Kontakt med mamma om avlastning/kontaktfamilj.",
        ]),
    ]
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = t.rows[0]
    mark_header_row(hdr)
    hdr.cells[0].text = "Aktör"
    for i, w in enumerate(weeks, 1):
        hdr.cells[i].text = w
    for c in hdr.cells:
        set_cell_shading(c, "D9E2F3")
        for run in c.paragraphs[0].runs:
            run.font.bold = True
    for actor, cells in data:
        row = t.add_row()
        row.cells[0].text = actor
        for run in row.cells[0].paragraphs[0].runs:
            run.font.bold = True
        for i, txt in enumerate(cells, 1):
            row.cells[i].text = txt
    widths = [Cm(5.0), Cm(7.5), Cm(7.5), Cm(7.5)]
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
            for p in c.paragraphs:
                for run in p.runs:
                    run.font.size = Pt(9.5)

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Uppföljning: ").bold = True
    p.add_run("v. 16, på kommunhuset. Kallelse skickas.")
    save_docx(doc, path(4, "docx"))


# ---------------------------------------------------------------------------
# 05  Semicolon-separated export .txt (Windows-1252, CRLF), Östhammar, LSS autism
# ---------------------------------------------------------------------------

def q(v):
    return '"' + v.replace('"', '""') + '"'


def plan05():
    header = ["PlanId", "Delnr", "Del", "Innehåll", "Senast ändrad", "Ändrad av"]
    parts = [
        ("1", "Syfte",
         "Syftet är att Linnea ska få ett sammanhållet stöd när hon flyttar hemifrån\n"
         "till egen lägenhet i Östhammar under hösten 2025, så att\n"
         "kommunen, habiliteringen och psykiatrin inte ger olika besked\n"
         "och att hennes ångest inte ökar under flytten."),
        ("2", "Frågeställningar", "Gå igenom läget."),
        ("3", "Den enskildes mål",
         'Linnea: "Jag vill bo själv men ha någon att fråga när det blir fel.\n'
         'Jag vill fortsätta på Verkstan och inte byta personal där."'),
        ("4", "Delaktighet",
         "Linnea deltog på mötet en timme med bildstöd och paus i mitten.\n"
         "Hon vill ha samma tider varje vecka och veta i förväg vem som kommer.\n"
         "Hon vill inte ha möten på måndagar."),
        ("5", "Samtycke", "Samtycke finns."),
        ("6", "Insatser",
         "Fortsatt stöd från kommunen enligt LSS-beslut.\n"
         "Fortsatt kontakt med habiliteringen.\n"
         "Stöd vid behov från psykiatrin inför och efter flytten."),
        ("7", "Ansvar",
         "Kommunen ansvarar för LSS-insatserna.\n"
         "Regionen ansvarar för habilitering och psykiatri."),
        ("8", "Huvudansvar", "LSS-handläggaren"),
        ("9", "Andra aktörer", ""),
        ("10", "Uppföljning", ""),
        ("11", "Deltagare", ""),
    ]
    stamps = ["2025-03-18 14:02", "2025-03-18 14:02", "2025-03-18 14:09",
              "2025-03-18 14:11", "2025-03-18 14:11", "2025-03-18 14:20",
              "2025-03-18 14:21", "2025-03-18 14:21", "2025-03-18 14:22",
              "2025-03-18 14:22", "2025-03-18 14:22"]
    lines = [";".join(q(h) for h in header)]
    for (nr, del_, txt), ts in zip(parts, stamps):
        lines.append(";".join(q(v) for v in
                              ["SIP-OSTH-2025-0142", nr, del_, txt, ts, "lsshandl03"]))
    text = "\r\n".join(lines) + "\r\n"
    with open(path(5, "txt"), "wb") as f:
        f.write(text.encode("cp1252"))


# ---------------------------------------------------------------------------
# 06  .docx with bold emoji headings, Heby, discharge from psychiatric inpatient care
# ---------------------------------------------------------------------------

def emoji_heading(doc, emoji, word):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    p.paragraph_format.space_after = Pt(3)
    r1 = p.add_run(emoji + " ")
    r1.font.name = "Segoe UI Emoji"
    r1._element.rPr.rFonts.set(qn("w:eastAsia"), "Segoe UI Emoji")
    r1.font.size = Pt(13)
    r2 = p.add_run(word)
    r2.bold = True
    r2.font.size = Pt(13)
    return p


def plan06():
    doc = Document()
    fixed_core(doc, "SIP K.", "Heby kommun")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)

    p = doc.add_paragraph()
    r = p.add_run("Samordnad individuell plan – K.")
    r.bold = True
    r.font.size = Pt(16)
    p = doc.add_paragraph("Möte 2025-03-12 på avdelning 112, Psykiatrins hus, Akademiska "
                          "sjukhuset. K. är 45 år och bor i Heby.")

    emoji_heading(doc, "🏠", "Bakgrund")
    doc.add_paragraph(
        "K. har varit inlagd sedan 2025-02-13 för en svår depression med självmordstankar, "
        "första inläggningen på tio år. Hon har fått ny medicinering och ECT avslutades "
        "2025-03-07. Hon bor ensam i lägenhet i Heby, är sjukskriven från sitt arbete inom "
        "handeln. Utskrivning planeras till 2025-03-14.")

    emoji_heading(doc, "🎯", "Mål")
    doc.add_paragraph("Att K. ska ha en fungerande vardag hemma i Heby med regelbunden sömn "
                      "och mat, och att hon inte ska behöva läggas in igen under 2025.")

    emoji_heading(doc, "🤝", "Samtycke")
    doc.add_paragraph("K. lämnade skriftligt samtycke till SIP på avdelningen 2025-03-10 "
                      "(blanketten ”Samtycke till samordnad individuell plan”, skannad i "
                      "journalen). Samtycket gäller psykiatrin, Heby kommun och "
                      "Vårdcentralen Heby.")

    emoji_heading(doc, "👥", "Deltagare")
    for d in [
        "K.",
        "Anna, sjuksköterska, avdelning 112, Psykiatrin Uppsala",
        "Farid, överläkare, avdelning 112, Psykiatrin Uppsala",
        "Johan, socialsekreterare, Socialpsykiatrin Heby kommun",
        "Maja, boendestödjare, Socialpsykiatrin Heby kommun",
        "Helena, distriktssköterska, Vårdcentralen Heby (via Teams)",
    ]:
        doc.add_paragraph(d, style="List Bullet")

    emoji_heading(doc, "🧩", "Insatser")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = t.rows[0]
    mark_header_row(hdr)
    for c, txt in zip(hdr.cells, ["Insats", "Vem", "När"]):
        c.text = txt
        c.paragraphs[0].runs[0].bold = True
        set_cell_shading(c, "E2EFD9")
    rows = [
        ("Boendestöd två gånger i veckan: struktur för dagen, handla, följa med på promenad",
         "Socialpsykiatrin Heby kommun, boendestödjare Maja",
         "Första besök 2025-03-17, sedan mån och tors"),
        ("Sjuksköterskesamtal varannan vecka, skattning av depression (MADRS-S)",
         "Allmänpsykiatriska mottagningen Uppsala, sjuksköterska",
         "Från 2025-03-19"),
        ("Läkarbesök, uppföljning av medicinering",
         "Allmänpsykiatriska mottagningen Uppsala, läkare",
         "2025-03-26 kl. 10.30"),
        ("Telefonkontakt dagen efter utskrivning",
         "Avdelning 112, sjuksköterska Anna",
         "2025-03-15"),
        ("Uppföljning av sömn och blodtryck, förnyelse av sjukintyg efter 2025-04-30",
         "Vårdcentralen Heby, distriktssköterska/läkare",
         ""),
    ]
    for row in rows:
        cells = t.add_row().cells
        for c, txt in zip(cells, row):
            c.text = txt
    t.autofit = False
    for col, w in zip(t.columns, [Cm(7.5), Cm(5.5), Cm(4)]):
        col.width = w
    for row in t.rows:
        for c, w in zip(row.cells, [Cm(7.5), Cm(5.5), Cm(4)]):
            c.width = w

    emoji_heading(doc, "📌", "Huvudansvar")
    doc.add_paragraph("Johan, socialsekreterare, Socialpsykiatrin Heby kommun, har "
                      "huvudansvaret för planen efter utskrivningen och kallar till "
                      "uppföljning.")

    emoji_heading(doc, "📅", "Uppföljning")
    doc.add_paragraph("2025-04-08 kl. 13.00 på Vårdcentralen Heby. Helena och den "
                      "behandlande sjuksköterskan från mottagningen kan delta via Teams.")
    save_docx(doc, path(6, "docx"))


# ---------------------------------------------------------------------------
# 07  Follow-up .docx quoting the original plan, Älvkarleby, woman with dementia
# ---------------------------------------------------------------------------

def quote_block(doc, text):
    for chunk in text.split("\n"):
        p = doc.add_paragraph()
        pf = p.paragraph_format
        pf.left_indent = Cm(1.0)
        pf.space_after = Pt(2)
        pPr = p._p.get_or_add_pPr()
        bdr = OxmlElement("w:pBdr")
        left = OxmlElement("w:left")
        left.set(qn("w:val"), "single")
        left.set(qn("w:sz"), "18")
        left.set(qn("w:space"), "8")
        left.set(qn("w:color"), "8EA9C1")
        bdr.append(left)
        pPr.append(bdr)
        r = p.add_run(chunk)
        r.italic = True
        r.font.color.rgb = RGBColor(0x40, 0x40, 0x40)


def part(doc, title):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    r = p.add_run(title)
    r.bold = True
    r.font.size = Pt(11.5)


def note(doc, text):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(4)
    r = p.add_run("Idag: ")
    r.bold = True
    p.add_run(text)


def plan07():
    doc = Document()
    fixed_core(doc, "Uppföljning SIP", "Älvkarleby kommun")
    st = doc.styles["Normal"]
    st.font.name = "Cambria"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Uppföljning av SIP – Greta, 86 år, Skutskär"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(8.5)

    doc.add_heading("Uppföljning av samordnad individuell plan", level=1)
    doc.add_paragraph("Uppföljningsmöte 2025-01-22 kl. 10.00 i hemmet i Skutskär. "
                      "Ursprunglig plan upprättad 2024-10-09. Texten från den ursprungliga "
                      "planen står indragen och kursiv, dagens anteckningar under.")
    p = doc.add_paragraph()
    p.add_run("Närvarande: ").bold = True
    p.add_run("Bertil (make), Eva (biståndshandläggare), Lena (distriktssköterska), "
              "Sanna (kontaktman).")
    p = doc.add_paragraph()
    p.add_run("Greta: ").bold = True
    p.add_run("deltog inte.")

    part(doc, "Syfte")
    quote_block(doc, "Syftet med planen är att hemtjänsten, hemsjukvården och vårdcentralen "
                     "ska ha samma bild av hur Gretas minne och ork förändras under vintern, "
                     "så att Bertil inte behöver samordna allt själv och ringa runt till alla.")
    note(doc, "Syftet gäller fortfarande. Bertil upplever att det fungerar bättre än i "
              "höstas men att nätterna är tunga.")

    part(doc, "Frågeställningar")
    quote_block(doc, "Räcker den hjälp Greta får i dag när Bertil också blivit sämre i "
                     "ryggen?\nVad gör vi om Greta går ut på kvällen och inte hittar hem?")
    note(doc, "Nya frågor: Ska det göras en ansökan om dagverksamhet på Sörgården? "
              "Hur hanteras Gretas oro och vandring på natten, kan larm eller sensor vara "
              "aktuellt? Behöver Bertil avlastning i form av korttidsplats?")

    part(doc, "Samtycke")
    quote_block(doc, "Samtycke finns.")
    note(doc, "Samtycket gäller fortfarande.")

    part(doc, "Insatser")
    quote_block(doc, "Fortsatt stöd i hemmet.\nFortsatt kontakt kring medicinerna.\n"
                     "Stöd vid behov.")
    note(doc, "Oförändrat. Hemtjänsten rapporterar att Greta ofta är vaken när de kommer på "
              "morgonen och att hon ibland inte äter frukost. Avlastning och "
              "dagverksamhet diskuterades, inget bestämdes.")

    part(doc, "Anhöriga")
    quote_block(doc, "Bertil är ett stort stöd för Greta.")
    note(doc, "Bertil gör fortfarande mycket själv. Sonen har börjat komma oftare.")

    part(doc, "Nästa uppföljning")
    doc.add_paragraph("2025-04-23 kl. 10.00, i hemmet.")
    save_docx(doc, path(7, "docx"))


# ---------------------------------------------------------------------------
# 08  NOT a SIP: Fullmakt (.docx), Östhammar
# ---------------------------------------------------------------------------

def plan08():
    doc = Document()
    fixed_core(doc, "Fullmakt", "")
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("FULLMAKT")
    r.bold = True
    r.font.size = Pt(20)
    doc.add_paragraph()

    p = doc.add_paragraph()
    p.add_run("Fullmaktsgivare").bold = True
    doc.add_paragraph("Namn: Helena\nPersonnummer: XXXXXX-XXXX\nOrt: Östhammar")
    p = doc.add_paragraph()
    p.add_run("Fullmaktshavare").bold = True
    doc.add_paragraph("Namn: Annika (syster)\nPersonnummer: XXXXXX-XXXX\nOrt: Öregrund")

    doc.add_paragraph(
        "Jag, Helena, ger härmed min syster Annika fullmakt att för min räkning ha kontakt "
        "med och föra min talan gentemot Socialtjänsten Östhammar, vuxenenheten, och "
        "Vårdcentralen Östhammar.")
    doc.add_paragraph("Fullmakten omfattar att:")
    for t in [
        "ringa, boka och avboka tider för min räkning,",
        "ta del av beslut, kallelser och brev som rör mina ärenden,",
        "lämna in ansökningar och kompletteringar till socialtjänsten,",
        "följa med mig på och närvara vid möten och besök,",
        "hämta ut recept och läkemedel på apotek åt mig.",
    ]:
        doc.add_paragraph(t, style="List Bullet")
    doc.add_paragraph(
        "Jag samtycker till att socialtjänsten och vårdcentralen lämnar ut uppgifter om mig "
        "till Annika i den utsträckning som behövs för ovanstående. Fullmakten ger inte "
        "rätt att ta ut pengar från mina konton eller att skriva avtal i mitt namn.")
    doc.add_paragraph(
        "Fullmakten gäller från 2025-02-03 till och med 2025-12-31, om jag inte dessförinnan "
        "återkallar den skriftligt.")
    doc.add_paragraph()
    doc.add_paragraph("Östhammar 2025-02-03")
    doc.add_paragraph()
    doc.add_paragraph("______________________________\nUnderskrift fullmaktsgivare\n"
                      "Namnförtydligande: Helena")
    doc.add_paragraph()
    doc.add_paragraph("Jag åtar mig uppdraget som fullmaktshavare.\n\n"
                      "______________________________\nUnderskrift fullmaktshavare\n"
                      "Namnförtydligande: Annika")
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Bevittnas (underskriften är egenhändig):").bold = True
    t = doc.add_table(rows=2, cols=2)
    t.style = "Table Grid"
    t.cell(0, 0).text = "Vittne 1\n\n__________________________\nNamnförtydligande: [namn]"
    t.cell(0, 1).text = "Vittne 2\n\n__________________________\nNamnförtydligande: [namn]"
    t.cell(1, 0).text = "Datum: 2025-02-03"
    t.cell(1, 1).text = "Datum: 2025-02-03"
    doc.add_paragraph()
    p = doc.add_paragraph()
    r = p.add_run("Originalet lämnas till fullmaktsgivaren. Kopia till Socialtjänsten "
                  "Östhammar och Vårdcentralen Östhammar. Ankomststämplad "
                  "vuxenenheten 2025-02-05.")
    r.italic = True
    r.font.size = Pt(10)
    save_docx(doc, path(8, "docx"))


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for fn in (plan01, plan02, plan03, plan04, plan05, plan06, plan07, plan08):
        fn()
    print("wrote", sorted(os.listdir(OUT)))
