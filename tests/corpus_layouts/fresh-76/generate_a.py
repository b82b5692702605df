#!/usr/bin/env python
"""Generate the fictional SIP batch f76a-01 .. f76a-08 into plans/.

Run with /work/batches/.venv/bin/python generate.py
Deterministic: fixed texts and dates; docx zip entries get a fixed timestamp.
"""
import datetime
import os
import re
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

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f76a-"
FIXED = datetime.datetime(2025, 6, 2, 8, 0, 0)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


# ---------------------------------------------------------------- helpers
def path(n, ext):
    return os.path.join(OUT, f"{PREFIX}{n:02d}.{ext}")


def fix_core(doc, title, author="Handläggare"):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


def save_docx(doc, fn):
    """Save and rewrite the zip with fixed timestamps (deterministic bytes)."""
    tmp = fn + ".tmp"
    doc.save(tmp)
    with zipfile.ZipFile(tmp) as zin, zipfile.ZipFile(fn, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            data = zin.read(item.filename)
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 6, 2, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    os.remove(tmp)


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


def cell_text(cell, text, bold=False, size=None, italic=False):
    """Write text into a cell; '\n' makes new paragraphs."""
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
    return cell


def bold_para(doc, text, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    return p


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


def add_page_number(paragraph):
    run = paragraph.add_run()
    for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = txt
        run._r.append(el)


def soffice_pdf(docx_fn, outdir):
    profile = "file:///tmp/lo-f76a"
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", outdir, docx_fn],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


# ---------------------------------------------------------------- 01
def plan01():
    """Municipal template, each part a two-row table (shaded label row + value row).
    Child, 12, school refusal and anxiety, Nyköping."""
    doc = Document()
    base_font(doc, "Arial", 10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Nyköpings kommun\tSamordnad individuell plan (SIP)\tBarn och unga"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Blankett SIP 2023:1 – Nyköpings kommun och Region Sörmland   Sida "
    fp.runs[0].font.size = Pt(8)
    add_page_number(fp)

    t = doc.add_paragraph()
    r = t.add_run("SAMORDNAD INDIVIDUELL PLAN – SIP")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph("Enligt 2 kap. 7 § socialtjänstlagen och 16 kap. 4 § hälso- och sjukvårdslagen")\
        .runs[0].font.size = Pt(8)

    parts = [
        ("Barnets namn och personnummer",
         "Ella, 12 år (åk 6)\nPersonnummer: ÅÅMMDD-XXXX\nVårdnadshavare: Jenny (mamma) och Robert (pappa), gemensam vårdnad"),
        ("Datum och plats för SIP-mötet",
         "2025-03-18 kl. 09.00–10.30, konferensrummet Västra skolan, Nyköping"),
        ("Deltagare (namn, funktion, verksamhet)",
         "Ella, deltog första halvan av mötet\n"
         "Jenny och Robert, vårdnadshavare\n"
         "Lina, skolkurator, elevhälsan Västra skolan, Nyköpings kommun\n"
         "Karin, mentor åk 6, Västra skolan, Nyköpings kommun\n"
         "Hanna, psykolog, BUP Nyköping, Region Sörmland\n"
         "Omar, socialsekreterare, IFO Barn och unga, Nyköpings kommun"),
        ("Syfte med planen",
         "Syftet med planen är att skolan, BUP och socialtjänsten tillsammans med Ella och "
         "föräldrarna ska få till en gemensam och stegvis återgång till skolan för Ella, som "
         "sedan november har varit frånvarande mer än halva skoltiden på grund av oro, "
         "magont och svårt att ta sig iväg på morgnarna. Planen ska också göra det tydligt "
         "för familjen vem de ska vända sig till."),
        ("Frågeställningar inför mötet", ""),
        ("Bakgrund och nuläge",
         "Ella har under hösten haft ökande frånvaro. Hon har varit aktuell på BUP Nyköping sedan "
         "januari 2025 där en utredning av ångest pågår, och hon har träffat skolkuratorn "
         "regelbundet sedan oktober. Föräldrarna har själva tagit kontakt med socialtjänsten "
         "och ansökt om stöd till familjen. Ella trivs med sin mentor och har en kompis i klassen "
         "men upplever att matsalen och korridorerna är jobbiga."),
        ("Ellas mål",
         "Målet är att Ella ska kunna vara i skolan hela förmiddagarna innan sommarlovet och "
         "på sikt följa hela schemat i åk 7."),
        ("Barnets delaktighet",
         "Ella var med under första halvan av mötet och berättade själv om sina morgnar. Hon "
         "vill helst börja med att komma till skolan när det är lugnt i korridorerna, och hon "
         "vill att Karin ska vara den hon går till när hon kommer. Hon vill inte äta i matsalen "
         "just nu."),
        ("Insatser – vad, vem och när",
         "1. Anpassad skolstart: Ella börjar kl. 9.15 och möts av mentor vid entrén. "
         "Ansvarig: Karin, mentor, Västra skolan. När: från 2025-03-24.\n"
         "2. Lunch i lugnt rum tillsammans med en kompis. Ansvarig: Lina, skolkurator, "
         "elevhälsan Västra skolan. När: från 2025-03-24.\n"
         "3. Slutföra ångestutredning och återkoppla resultat till familj och skola. "
         "Ansvarig: Hanna, psykolog, BUP Nyköping. När: återkoppling senast 2025-04-30.\n"
         "4. KBT-inriktade samtal för Ella, en gång i veckan. Ansvarig: Hanna, psykolog, "
         "BUP Nyköping. När: start efter utredningen, senast v. 19.\n"
         "5. Utreda föräldrarnas ansökan om familjestöd (t.ex. familjebehandlare). "
         "Ansvarig: Omar, socialsekreterare, IFO Barn och unga."),
        ("Huvudansvar för planen",
         "Lina, skolkurator, elevhälsan Västra skolan, Nyköpings kommun"),
        ("Nästa uppföljning", "ÅÅÅÅ-MM-DD"),
    ]
    for label, value in parts:
        tbl = doc.add_table(rows=2, cols=1)
        tbl.style = "Table Grid"
        tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
        lc = tbl.cell(0, 0)
        cell_text(lc, label, bold=True)
        shade(lc, "D9E2F3")
        vc = tbl.cell(1, 0)
        if value:
            cell_text(vc, value)
        doc.add_paragraph()
    doc.add_paragraph("Planen har skrivits av Lina, skolkurator, och skickas till samtliga deltagare.")
    fix_core(doc, "SIP Ella 2025-03-18", "Skolkurator")
    save_docx(doc, path(1, "docx"))


# ---------------------------------------------------------------- 02
class RecordPDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "B", 8)
        self.cell(70, 5, "JOURNAL – UTSKRIFT", new_x="RIGHT", new_y="TOP")
        self.set_font("DejaVu", "", 8)
        self.cell(60, 5, "Region Sörmland / Psykiatrin Nyköping", align="C", new_x="RIGHT", new_y="TOP")
        self.cell(0, 5, f"Sida {self.page_no()} ({{nb}})", align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(70, 4, "Patient: J. A.  XXXXXX-XXXX", new_x="RIGHT", new_y="TOP")
        self.cell(60, 4, "Utskriftsdatum: 2025-03-12 14:06", align="C", new_x="RIGHT", new_y="TOP")
        self.cell(0, 4, "Utskriven av: sjuksköterska", align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(4)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.cell(0, 5, "Utskrift ur patientjournal. Sekretess enligt OSL 25 kap. 1 §.", align="C")


def plan02():
    """Record print (fpdf2), measures as repeated Åtgärd/Utförare/Tidpunkt lines in one box.
    Adult discharged from psychiatric inpatient care, Oxelösund."""
    pdf = RecordPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(18, 12, 18)
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin

    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(0, 7, "Samordnad individuell plan (SIP)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    pdf.cell(0, 5, "Anteckningstyp: SIP – utskrivning från sluten psykiatrisk vård", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "Vårdenhet: Psykiatrin Nyköping, vårdavdelning 3 (allmänpsykiatri)", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "Datum för SIP-möte: 2025-03-12   Dokumenterad av: Maria, sjuksköterska, avd. 3", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    def field(label, value, min_h=8):
        pdf.set_font("DejaVu", "", 9)
        n = len(pdf.multi_cell(W - 3, 4.6, value, dry_run=True, output="LINES")) if value else 0
        need = 5 + max(n * 4.6 + 1.5, min_h) + 2
        if pdf.get_y() + need > pdf.page_break_trigger:
            pdf.add_page()
        pdf.set_font("DejaVu", "B", 9)
        pdf.cell(0, 5, label, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 9)
        y0 = pdf.get_y()
        if value:
            pdf.set_x(pdf.l_margin + 1.5)
            pdf.multi_cell(W - 3, 4.6, value, new_x="LMARGIN", new_y="NEXT")
        h = max(pdf.get_y() - y0 + 1.5, min_h)
        pdf.rect(pdf.l_margin, y0 - 0.5, W, h)
        pdf.set_y(y0 + h + 2)

    field("Syfte", "Samordnad utskrivning.")
    field("Frågeställningar", "")
    field("Bakgrund",
          "34-årig man med bipolär sjukdom typ 1, inlagd enligt HSL sedan 2025-02-21 efter ett "
          "maniskt skov med sömnlöshet, stora inköp på kredit och konflikt med grannar. "
          "Stabiliserad på litium, sover 7–8 timmar per natt sedan två veckor. Bor ensam i "
          "hyreslägenhet i Oxelösund. Har hyresskuld för februari. Tidigare kontakt med "
          "psykiatriska öppenvårdsmottagningen Nyköping som avbröts hösten 2024. Ingen aktuell "
          "sysselsättning, sjukskriven från lagerarbete sedan januari.")
    field("Patientens mål", "-")
    field("Patientens delaktighet", "Patienten deltog vid SIP-mötet på avdelningen.")
    field("Samtycke",
          "Patienten har 2025-03-11 lämnat muntligt samtycke till SIP och till att uppgifter "
          "utbyts mellan Psykiatrin Nyköping och socialtjänsten i Oxelösund. Samtycket är "
          "dokumenterat i journal av ansvarig sjuksköterska.")

    pdf.set_font("DejaVu", "B", 9)
    pdf.cell(0, 5, "Planerade åtgärder", new_x="LMARGIN", new_y="NEXT")
    measures = [
        ("Läkemedelsgenomgång, recept på litium och uppföljande litiumprov ordineras.",
         "Överläkare, Psykiatrin Nyköping vårdavdelning 3",
         "Före utskrivning, 2025-03-14"),
        ("Boendestöd två gånger per vecka: struktur i vardagen, inköp, post och räkningar.",
         "Boendestödjare, Socialpsykiatrin Oxelösunds kommun",
         "Första besök 2025-03-17"),
        ("Första besök i öppenvården: samtal, litiumprov och planering av fortsatt behandling.",
         "Kontaktsjuksköterska, Psykiatriska öppenvårdsmottagningen Nyköping",
         "2025-03-20 kl. 10.00"),
        ("Handläggning av ansökan om ekonomiskt bistånd för hyresskuld februari.",
         "Socialsekreterare, vuxenenheten Oxelösunds kommun",
         "Beslut senast 2025-03-21"),
        ("Kontakt med hyresvärden om avbetalningsplan, tillsammans med patienten.",
         "Socialsekreterare, vuxenenheten Oxelösunds kommun",
         "Senast 2025-03-28"),
    ]
    y0 = pdf.get_y()
    pdf.set_font("DejaVu", "", 9)
    for i, (a, u, t) in enumerate(measures):
        if i:
            pdf.ln(1.5)
        for lab, val in (("Åtgärd:", a), ("Utförare:", u), ("Tidpunkt:", t)):
            pdf.set_x(pdf.l_margin + 2)
            pdf.set_font("DejaVu", "B", 9)
            pdf.cell(22, 4.6, lab, new_x="RIGHT", new_y="TOP")
            pdf.set_font("DejaVu", "", 9)
            pdf.multi_cell(W - 26, 4.6, val, new_x="LMARGIN", new_y="NEXT")
    pdf.rect(pdf.l_margin, y0 - 0.5, W, pdf.get_y() - y0 + 2)
    pdf.set_y(pdf.get_y() + 4)

    field("Övriga aktörer", "God man finns sedan 2023. Patientens syster är informerad om utskrivningen.")
    field("Huvudansvarig för planen", "")
    field("Kris- och vidmakthållandeplan",
          "Tidiga tecken: sover mindre än 5 timmar, pratar fort, handlar på nätet nattetid. "
          "Patienten kontaktar då öppenvårdsmottagningen dagtid eller psykiatrisk akutmottagning "
          "Nyköping kvällar och helger.")
    field("Uppföljning", "Uppföljande SIP-möte 2025-04-15 kl. 13.00, Psykiatriska öppenvårdsmottagningen Nyköping.")
    field("Deltagare",
          "J. A., patient\n"
          "Maria, sjuksköterska, Psykiatrin Nyköping vårdavdelning 3\n"
          "Överläkare, Psykiatrin Nyköping vårdavdelning 3\n"
          "Kontaktsjuksköterska, Psykiatriska öppenvårdsmottagningen Nyköping\n"
          "Anders, socialsekreterare, vuxenenheten Oxelösunds kommun\n"
          "Lisa, boendestödjare, Socialpsykiatrin Oxelösunds kommun")
    pdf.set_font("DejaVu", "", 8)
    pdf.cell(0, 5, "Signerad: Maria, sjuksköterska, 2025-03-12 15:40", new_x="LMARGIN", new_y="NEXT")
    pdf.output(path(2, "pdf"))


# ---------------------------------------------------------------- 03
def wrap(text, width=76, indent=""):
    """Wrapped paragraph as a list of lines (joined later with CRLF)."""
    return textwrap.wrap(text, width=width, initial_indent=indent,
                         subsequent_indent=" " * len(indent))


def plan03():
    """Plain text pasted from a web page: headings + '~~~~' line, bullets 'o ' and '- '.
    UTF-8, CRLF. Young adult with substance use, Trosa."""
    L = []

    def h(title):
        L.append(title)
        L.append("~" * len(title))

    L += ["Samordnad individuell plan (SIP)", "Trosa kommun – Socialtjänsten", ""]
    L += ["Visa plan | Skriv ut | Tillbaka till översikt", ""]
    h("Uppgifter om planen")
    L += ["o Person: Linnea, 19 år", "o Personnummer: XXXXXX-XXXX",
          "o Datum för möte: 2025-09-09", "o Plats: Socialkontoret, Trosa",
          "o Status: Upprättad", ""]
    h("Syfte")
    L.extend(wrap("Syftet med planen är att Linnea ska få ett samordnat stöd för att minska "
                  "sitt cannabisbruk och komma tillbaka till studier, samtidigt som hennes "
                  "boendesituation löses eftersom hon just nu bor tillfälligt hos en kompis i "
                  "Vagnhärad."))
    L.append("")
    h("Frågeställningar")
    L += ["o Diskutera läget", "o Hur går det framåt", ""]
    h("Närvarande")
    L += ["- Kim", "- Sofia", "- Ahmed", "- Jessica", ""]
    h("Den enskildes synpunkter")
    L.extend(wrap("Linnea var inte med på mötet. Sofia hade pratat med henne i telefon dagen "
                  "innan och fick då hennes synpunkter, som Sofia läste upp. Linnea säger att "
                  "hon vill ha hjälp men inte vill bli inlagd på någon behandling."))
    L.append("")
    h("Linneas mål")
    L.extend(wrap("\"Jag vill ha en egen lägenhet och klara mig utan att röka varje dag. "
                  "Till hösten nästa år vill jag plugga klart på Komvux.\""))
    L.append("")
    h("Samtycke")
    L += ["Samtycke finns.", ""]
    h("Nuläge")
    L.extend(wrap("Linnea har använt cannabis dagligen sedan i våras och tidvis amfetamin på "
                  "helger. Hon har avbrutit sina studier på Komvux och har skulder till ett "
                  "par privatpersoner. Hon har sovsvårigheter och har tidigare sökt "
                  "vårdcentralen för nedstämdhet. Urinprov lämnade i augusti var positiva för "
                  "cannabis. Hon har ingen egen inkomst just nu."))
    L.append("")
    h("Insatser")
    L += ["- Fortsatt kontakt",
          "- Stöd vid behov",
          "- Motivationsarbete fortsätter",
          "- Se över boendet framöver", ""]
    h("Huvudansvar")
    L += ["Socialtjänsten", ""]
    h("Uppföljning")
    L += ["Uppföljning vecka 42.", ""]
    L += ["Senast ändrad 2025-09-10 av handläggare", "© Trosa kommun | Tillgänglighetsredogörelse | Kakor"]
    txt = "\r\n".join(L) + "\r\n"
    with open(path(3, "txt"), "w", encoding="utf-8", newline="") as f:
        f.write(txt)


# ---------------------------------------------------------------- 04
def plan04():
    """Hand-written Markdown: goals as numbered quotes, measures table with
    'Ansvarig (funktion, verksamhet)' where two rows name only Kommunen/Regionen.
    Adult with psychosis and debts, Gnesta."""
    md = """# SIP – Mikael, 41 år, Gnesta

**Datum för mötet:** 2025-05-07
**Plats:** Psykiatrins öppenvård, Nyköping (Mikael deltog på plats)

## Syfte

Samordning av insatser.

## Frågeställningar inför mötet

- Hur kan hyresskulden hanteras så att Mikael inte blir uppsagd från lägenheten i juni?
- Vem hjälper Mikael att ta sin medicin regelbundet när han bor ensam igen?
- Kan Mikael få någon form av sysselsättning under sommaren?

## Bakgrund

Mikael har schizofreni sedan 2012 och har vårdats inom slutenvården i Nyköping två gånger
under det senaste året, senast i mars 2025. Han bor ensam i en hyresrätt i Gnesta. Han har
skulder hos Kronofogden och en obetald hyra för april. Han har tidigare haft god man, men
det upphörde 2022. Han har sjukersättning från Försäkringskassan.

Mikael var med under hela mötet och berättade själv att han vill bo kvar i Gnesta, att han
tycker att det är jobbigt med för många nya personer och att han helst vill ha samma
boendestödjare som förra året.

## Mikaels egna mål

1. "Jag vill bo kvar i min lägenhet."
2. "Jag vill inte hamna på avdelningen igen i sommar."
3. "Jag vill ha något att göra på dagarna, kanske jobba med händerna."

## Insatser

| Insats | Ansvarig (funktion, verksamhet) | När |
|---|---|---|
| Ansökan om ekonomiskt bistånd för aprilhyran, kontakt med hyresvärden | Socialsekreterare, Försörjningsstöd, Gnesta kommun | Beslut senast 2025-05-16 |
| Budget- och skuldrådgivning, genomgång av skulder hos Kronofogden | Kommunen | Första träff v. 21 |
| Boendestöd 3 ggr/vecka med fokus på medicin, mat och post | Boendestödjare, Socialpsykiatrin Gnesta kommun | Från 2025-05-12 |
| Depåinjektion var fjärde vecka och läkarbesök | Regionen | Nästa injektion 2025-05-20 |
| Samtalskontakt, återfallsprevention | Kontaktperson (sjuksköterska), Psykiatrins öppenvård Nyköping | Varannan vecka från 2025-05-14 |
| Ansökan om ny god man till tingsrätten, med läkarintyg | Mikael själv med stöd av socialsekreterare, Gnesta kommun | Ansökan inlämnad senast 2025-05-30 |
| Utredning om sysselsättning (daglig sysselsättning socialpsykiatri) | Biståndshandläggare, Socialpsykiatrin Gnesta kommun | Besked senast 2025-06-13 |

## Andra aktörer

- **Försäkringskassan:** Mikael har sjukersättning. Mikael ringer själv Försäkringskassan
  (med boendestödjaren bredvid) för att ändra utbetalningskonto till det nya kontot, senast
  2025-05-23.
- **God man:** när god man är förordnad tar god man över kontakten med Kronofogden och
  hyresvärden.
- **Mikaels bror** skjutsar Mikael till depåinjektionerna i Nyköping.
"""
    with open(path(4, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ---------------------------------------------------------------- 05
def plan05():
    """Docx written to a young person in second person, lists 'Det här gör du' /
    'Det här gör vi'. 15-year-old with anxiety and self-harm, Söderköping."""
    doc = Document()
    base_font(doc, "Calibri", 11)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Söderköpings kommun  •  Region Östergötland"
    sec.header.paragraphs[0].runs[0].font.size = Pt(8)
    doc.add_heading("Din SIP – en plan för dig, Alva", level=1)
    p = doc.add_paragraph("Datum: 2025-02-12")
    p.runs[0].italic = True

    doc.add_heading("Vad är det här för plan?", level=2)
    doc.add_paragraph(
        "SIP betyder samordnad individuell plan. Den här planen är till för samordning – "
        "att vi som jobbar med dig vet vad var och en gör.")

    doc.add_heading("Vilka var med på mötet?", level=2)
    doc.add_paragraph("Du, din mamma Sara, Jonas, Elin, Fatima och Mattias.")

    doc.add_heading("Det här sa du", level=2)
    doc.add_paragraph(
        "Du var med på hela mötet och berättade hur du har det. Du sa att det värsta är "
        "kvällarna och att du inte vill prata om allt inför hela klassen. Du vill hellre "
        "träffa Elin på eftermiddagen än på förmiddagen så att du inte missar matten.")
    p = doc.add_paragraph()
    p.add_run("Ditt mål, med dina ord: ").bold = True
    p.add_run("”Jag vill kunna sova på nätterna och gå till skolan utan att få panik i bussen.”")

    doc.add_heading("Får vi prata med varandra om dig?", level=2)
    doc.add_paragraph(
        "Ja, sa du och din mamma på mötet 2025-02-12. Det betyder att BUP, skolan och "
        "socialtjänsten får prata med varandra om det som står i den här planen. Du kan "
        "ändra dig när du vill.")

    doc.add_heading("Vad ska göras?", level=2)
    doc.add_paragraph("Du och vi har kommit överens om följande:")

    bold_para(doc, "Det här gör du")
    for t in [
        "Du fyller i sömndagboken som Elin gav dig, varje kväll, och tar med den till BUP.",
        "Du säger till Fatima eller någon vuxen du litar på om du har skadat dig eller "
        "tänker på att göra det.",
        "Du går till skolan minst tre förmiddagar i veckan från v. 9, med anpassat schema.",
    ]:
        doc.add_paragraph(t, style="List Bullet")

    bold_para(doc, "Det här gör din mamma")
    for t in [
        "Sara ringer BUP:s mottagning dagtid eller 1177 på kvällen om hon är orolig för "
        "dig, och tar bort de mediciner hemma som inte behövs – redan i veckan.",
    ]:
        doc.add_paragraph(t, style="List Bullet")

    bold_para(doc, "Det här gör vi")
    for t in [
        "Elin, din behandlare på BUP Norrköping, träffar dig varannan tisdag kl. 14.30 "
        "från 2025-02-18 och gör en säkerhetsplan tillsammans med dig.",
        "Fatima, skolkurator på elevhälsan i Söderköpings kommun, gör ett anpassat schema "
        "med lugnare start, klart senast 2025-02-24, och träffar dig en gång i veckan.",
        "Mattias, mentor, ser till att du kan sitta i grupprummet vid prov.",
        "Jonas, socialsekreterare, utreder om du kan få en kontaktperson att träffa på "
        "fritiden.",
    ]:
        doc.add_paragraph(t, style="List Bullet")

    doc.add_heading("Vem håller ihop planen?", level=2)
    doc.add_paragraph("Den som har huvudansvaret för planen är din socialsekreterare.")

    doc.add_heading("När ses vi igen?", level=2)
    doc.add_paragraph("Vi ses igen i maj och pratar om hur det har gått.")

    p = doc.add_paragraph()
    r = p.add_run("Du får en egen kopia av planen. Om något inte stämmer – säg till!")
    r.italic = True
    fix_core(doc, "Din SIP", "Socialsekreterare")
    save_docx(doc, path(5, "docx"))


# ---------------------------------------------------------------- 06
def plan06(tmpdir):
    """Docx -> PDF via LibreOffice, header table on every page (initials, date, Version 3);
    follow-up only in a closing sentence. LSS, young adult with autism, Valdemarsvik."""
    doc = Document()
    base_font(doc, "Liberation Serif", 11)
    sec = doc.sections[0]
    sec.top_margin = Cm(3.2)
    sec.header_distance = Cm(1.0)
    hdr = sec.header
    hdr.paragraphs[0].text = ""
    ht = hdr.add_table(rows=2, cols=3, width=Cm(17))
    ht.style = "Table Grid"
    labels = ["Initialer", "Datum för planen", "Version"]
    vals = ["O. L.", "2025-05-06", "Version 3"]
    for i in range(3):
        cell_text(ht.cell(0, i), labels[i], bold=True, size=8)
        shade(ht.cell(0, i), "EDEDED")
        cell_text(ht.cell(1, i), vals[i], size=10)
    fp = sec.footer.paragraphs[0]
    fp.text = "Samordnad individuell plan – Valdemarsviks kommun / Region Östergötland – sida "
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_number(fp)

    doc.add_heading("Samordnad individuell plan (SIP)", level=1)
    doc.add_paragraph(
        "Planen gäller O. L., 24 år, som bor i gruppbostad enligt LSS i Valdemarsvik och har "
        "en autismdiagnos och lindrig intellektuell funktionsnedsättning. Detta är version 3 "
        "av planen; version 2 upprättades i januari 2025.")

    doc.add_heading("Syfte", level=2)
    doc.add_paragraph(
        "Syftet med planen är att gruppbostaden, daglig verksamhet, vuxenhabiliteringen och "
        "vårdcentralen ska arbeta på samma sätt kring O:s utbrott och sömnproblem, som har "
        "ökat sedan hon bytte arbetsplats inom daglig verksamhet i februari, så att hon kan "
        "behålla sin plats på daglig verksamhet och slippa akutbesök.")

    doc.add_heading("Nuläge", level=2)
    doc.add_paragraph(
        "O. har under våren haft utbrott två till tre gånger i veckan, främst på morgonen "
        "innan hon ska åka till daglig verksamhet och när personal byts ut med kort varsel. "
        "Hon har vid två tillfällen skadat handen mot en dörr. Hon sover oroligt och vaknar "
        "ofta vid 4-tiden. Vårdcentralen har tagit blodprover som var utan anmärkning. "
        "Vuxenhabiliteringen gjorde en kartläggning av kommunikation i mars och föreslår "
        "bildstöd och ett fast schema för veckan. Personalen på gruppbostaden upplever att "
        "det blir lugnare när samma personal arbetar flera dagar i följd.")
    doc.add_paragraph(
        "O. var med under mötets första del i sitt eget rum på gruppbostaden, tillsammans "
        "med kontaktpersonen från boendet.")

    doc.add_heading("Mål", level=2)
    doc.add_paragraph(
        "Målet är att O. ska ha högst ett utbrott i veckan, sova längre på morgonen och "
        "fortsätta på daglig verksamhet fyra dagar i veckan.")

    doc.add_heading("Insatser", level=2)
    rows = [
        ("Insats", "Ansvarig", "När"),
        ("Veckoschema med bildstöd tas fram och sätts upp i O:s rum och på arbetsplatsen",
         "Arbetsterapeut, vuxenhabiliteringen Region Östergötland", "Klart 2025-05-30"),
        ("Handledning för personalen i bemötande och förebyggande av utbrott, tre tillfällen",
         "Psykolog, vuxenhabiliteringen Region Östergötland", "Juni, augusti, september 2025; första 2025-06-10"),
        ("Fast personalgrupp på morgnarna, max fyra personer",
         "Enhetschef, gruppbostaden, LSS Valdemarsviks kommun", "Från 2025-05-19"),
        ("Anpassad start på daglig verksamhet kl. 9.30 i stället för 8.30",
         "Handledare, daglig verksamhet Valdemarsvik", "Från 2025-05-12"),
        ("Bedömning av sömn och eventuell läkemedelsbehandling",
         "Distriktsläkare, Vårdcentralen Valdemarsvik", ""),
        ("Sömndagbok förs av boendepersonal under fyra veckor",
         "Kontaktperson, gruppbostaden, LSS Valdemarsviks kommun", "2025-05-07 – 2025-06-04"),
    ]
    t = doc.add_table(rows=len(rows), cols=3)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            cell_text(t.cell(i, j), v, bold=(i == 0), size=10)
            if i == 0:
                shade(t.cell(i, j), "D9D9D9")
    repeat_header(t.rows[0])
    for i, w in enumerate((Cm(7.5), Cm(6), Cm(3.5))):
        for c in t.columns[i].cells:
            c.width = w

    doc.add_heading("Övrigt", level=2)
    doc.add_paragraph(
        "O. har god man sedan 2021 och god man är informerad om planen. O:s mamma har "
        "regelbunden kontakt med O. och med boendet.")

    doc.add_heading("Huvudansvar", level=2)
    doc.add_paragraph("")

    doc.add_heading("Krisplan", level=2)
    doc.add_paragraph(
        "Vid utbrott: personalen sänker kraven, pratar lite, ger O. möjlighet att gå till "
        "sitt rum och använder bildstödet för ”paus”. Vid skada kontaktas sjuksköterska i "
        "kommunens hälso- och sjukvård, kvällstid 1177. Personalen dokumenterar varje utbrott "
        "i den gemensamma dokumentationen så att mönster kan ses vid uppföljningen.")
    doc.add_paragraph(
        "Vid frågor om planen kontaktas gruppbostaden via kommunens växel.")

    doc.add_paragraph(
        "Planen följs upp vid ett nytt SIP-möte på gruppbostaden den 9 september 2025 kl. 13.00, "
        "då version 4 av planen upprättas.")
    fix_core(doc, "SIP O. L. version 3", "LSS-handläggare")
    fn = os.path.join(tmpdir, f"{PREFIX}06.docx")
    save_docx(doc, fn)
    soffice_pdf(fn, tmpdir)
    data = open(os.path.join(tmpdir, f"{PREFIX}06.pdf"), "rb").read()
    # same-length replacements keep the xref offsets valid; makes the bytes repeatable
    data = re.sub(rb"/CreationDate\(D:\d{14}", b"/CreationDate(D:20250506100000", data)
    data = re.sub(rb"<[0-9A-F]{32}>", lambda m: b"<" + b"0" * 32 + b">"
                  if m.group(0) != b"<" + b"0" * 32 + b">" else m.group(0), data)
    data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, data)
    with open(path(6, "pdf"), "wb") as f:
        f.write(data)


# ---------------------------------------------------------------- 07
def plan07():
    """Follow-up SIP, elderly couple seen from the wife's plan: husband, home care and
    district nurse act. Trosa (Vagnhärad)."""
    doc = Document()
    base_font(doc, "Calibri", 10.5)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Trosa kommun  |  Vård och omsorg  |  SIP uppföljning"
    sec.header.paragraphs[0].runs[0].font.size = Pt(8)

    p = doc.add_paragraph()
    r = p.add_run("Samordnad individuell plan")
    r.bold = True
    r.font.size = Pt(16)
    r.font.small_caps = True
    doc.add_paragraph("☐ Ny SIP     ☒ Uppföljning av SIP     ☐ Avslut av SIP")

    info = doc.add_table(rows=3, cols=4)
    info.style = "Table Grid"
    data = [("Namn", "Gun, 81 år", "Personnummer", "ÅÅMMDD-XXXX"),
            ("Datum för mötet", "2025-04-23", "Plats", "Hemma hos Gun och Bertil, Vagnhärad"),
            ("Ursprunglig plan", "2025-01-20", "", "")]
    for i, row in enumerate(data):
        for j, v in enumerate(row):
            cell_text(info.cell(i, j), v, bold=(j % 2 == 0))
            if j % 2 == 0:
                shade(info.cell(i, j), "E7E6E6")
    m = info.cell(2, 1).merge(info.cell(2, 3))
    doc.add_paragraph()

    bold_para(doc, "1. Syfte med SIP")
    doc.add_paragraph("Se tidigare plan.")

    bold_para(doc, "2. Frågeställningar inför uppföljningen")
    doc.add_paragraph("– Hur ska Bertil få sova ostört på nätterna när Gun går upp flera gånger?", style=None)
    doc.add_paragraph("– Behöver Gun fler besök av distriktssköterskan nu när vätskedrivande ökats?")

    bold_para(doc, "3. Deltagare")
    doc.add_paragraph("Gun, Bertil (make), undersköterska, distriktssköterska, biståndshandläggare.")

    bold_para(doc, "4. Nuläge och Guns synpunkter")
    doc.add_paragraph(
        "Gun har hjärtsvikt och en lätt demenssjukdom som utretts under våren. Sedan januari "
        "har hon haft hemtjänst morgon och kväll. Hon har gått ner 2 kg i vikt sedan "
        "vätskedrivande ökades i mars och svullnaden i benen har minskat. Bertil, 84 år, "
        "sköter matlagning, tvätt och Guns medicinpåminnelser dagtid men är trött eftersom "
        "Gun går upp på natten och är orolig.")
    doc.add_paragraph(
        "Gun var med under hela mötet i köket. Hon säger att hon trivs med personalen från "
        "hemtjänsten men inte vill ha för många olika ansikten. Hon vill inte flytta och vill "
        "inte åka på korttidsboende, men kan tänka sig att någon kommer hem en eftermiddag i "
        "veckan så att Bertil kan gå på sina kortspel.")

    bold_para(doc, "5. Mål")
    doc.add_paragraph("Målet är att Gun ska kunna bo kvar hemma tillsammans med Bertil och "
                      "slippa inläggning på sjukhus för hjärtsvikten.")

    # landscape section for the measures table
    new = doc.add_section()
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = sec.page_height, sec.page_width
    bold_para(doc, "6. Insatser – vem gör vad och när")
    rows = [
        ("Insats", "Utförare (funktion, verksamhet)", "När", "Kommentar"),
        ("Hemtjänst morgon och kväll: hjälp med dusch, påklädning, läkemedel ur dosett",
         "Undersköterskor, Hemtjänst Vagnhärad, Trosa kommun", "Dagligen kl. 8 och kl. 20, pågående",
         "Samma personalgrupp så långt det går"),
        ("Avlösning i hemmet en eftermiddag per vecka (beslut enligt SoL)",
         "Biståndshandläggare, äldreomsorgen Trosa kommun (beslut); Hemtjänst Vagnhärad (utför)",
         "Beslut 2025-04-30, start v. 19 torsdagar kl. 13–17", "Ny insats"),
        ("Vikt två gånger i veckan, kontroll av ben och andning, dosettdelning",
         "Distriktssköterska, Vårdcentralen Trosa", "Tisdagar och fredagar från 2025-04-25",
         "Vikt noteras i hemmets lista"),
        ("Läkemedelsgenomgång inklusive sömnmedel",
         "Distriktsläkare, Vårdcentralen Trosa", "2025-05-08", ""),
        ("Trygghetslarm med nattlig tillsyn vid behov",
         "Hemtjänst natt, Trosa kommun", "Från 2025-04-28", ""),
    ]
    t = doc.add_table(rows=len(rows), cols=4)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            cell_text(t.cell(i, j), v, bold=(i == 0))
            if i == 0:
                shade(t.cell(i, j), "C5E0B3")
    repeat_header(t.rows[0])
    doc.add_paragraph()

    bold_para(doc, "7. Andra aktörer (anhöriga, god man, FK m.fl.)")
    t2 = doc.add_table(rows=3, cols=3)
    t2.style = "Table Grid"
    r2 = [("Vem", "Gör vad", "När"),
          ("Bertil (make)", "Lagar mat, påminner om läkemedel dagtid, väger Gun om distrikts­"
           "sköterskan inte kommer, ringer vårdcentralen om Gun ökar mer än 1 kg på två dagar",
           "Dagligen"),
          ("Bertil (make)", "Deltar i anhöriggruppen för demens i Trosa", "Onsdagar från 2025-05-07")]
    for i, r in enumerate(r2):
        for j, v in enumerate(r):
            cell_text(t2.cell(i, j), v, bold=(i == 0))
    repeat_header(t2.rows[0])
    doc.add_paragraph("Inga andra aktörer är aktuella.")

    bold_para(doc, "8. Huvudansvar för planen")
    doc.add_paragraph("Hemtjänsten")

    bold_para(doc, "9. Nästa uppföljning")
    doc.add_paragraph("Vid behov, dock senast i oktober.")
    fix_core(doc, "SIP uppföljning Gun", "Biståndshandläggare")
    save_docx(doc, path(7, "docx"))


# ---------------------------------------------------------------- 08
def plan08():
    """Not a SIP: invitation to a parents' evening, åk 7, Oxelösund."""
    doc = Document()
    base_font(doc, "Calibri", 11)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Ramdalsskolan 7–9, Oxelösunds kommun"
    doc.add_heading("Inbjudan till föräldramöte åk 7", level=1)
    doc.add_paragraph("Till dig som är vårdnadshavare till en elev i årskurs 7")
    doc.add_paragraph(
        "Välkommen till höstens första föräldramöte! Vi vill berätta om hur skolåret är "
        "upplagt, presentera mentorerna och elevhälsan och ge er tillfälle att träffa andra "
        "föräldrar i klassen.")
    bold_para(doc, "När: Torsdag 2025-09-04 kl. 18.00–19.30")
    bold_para(doc, "Var: Aulan, därefter i respektive klassrum")
    doc.add_heading("Program", level=2)
    for t in ["18.00 Rektor hälsar välkommen, information om skolans ordningsregler och mobilfri skola",
              "18.20 Elevhälsan presenterar sig: skolsköterska, kurator och specialpedagog",
              "18.35 Information om frånvaroanmälan i skolans app och vad skolan gör vid upprepad frånvaro",
              "18.50 Klassvis med mentorerna: schema, läxor, friluftsdag och klassresa",
              "19.30 Avslutning"]:
        doc.add_paragraph(t, style="List Bullet")
    doc.add_heading("Övrigt", level=2)
    doc.add_paragraph(
        "Föräldraföreningen bjuder på kaffe och bulle från kl. 17.45. Det finns tolk på arabiska "
        "och somaliska om ni anmäler behov till mentorn senast 2025-08-29. Om ni vill prata "
        "enskilt med mentor eller elevhälsan om ert barn bokar vi hellre en egen tid – "
        "föräldramötet är för hela gruppen.")
    doc.add_paragraph("Anmäl gärna vilka som kommer via skolans app senast måndag 2025-09-01.")
    doc.add_paragraph("Varmt välkomna!")
    doc.add_paragraph("Rektor och mentorerna i åk 7")
    fix_core(doc, "Inbjudan föräldramöte åk 7", "Rektor")
    save_docx(doc, path(8, "docx"))


def main():
    os.makedirs(OUT, exist_ok=True)
    tmpdir = os.path.join("/tmp", "f76a-build")
    shutil.rmtree(tmpdir, ignore_errors=True)
    os.makedirs(tmpdir)
    plan01()
    plan02()
    plan03()
    plan04()
    plan05()
    plan06(tmpdir)
    plan07()
    plan08()
    print("\n".join(sorted(os.listdir(OUT))))


if __name__ == "__main__":
    main()
