#!/usr/bin/env python3
"""Generate batch fresh-64b: eight fictional, anonymized documents (seven SIP plans
and one non-plan) set in Värmland and Örebro län. Deterministic: no randomness,
fixed dates. Run with /work/batches/.venv/bin/python generate.py"""

import os
import shutil
import subprocess
import textwrap

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f64b"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
LO_PROFILE = "file:///tmp/lo-f64b"


def p(name):
    return os.path.join(OUT, f"{PREFIX}-{name}")


def fixed_core(doc, title, author):
    """Stable core properties so re-runs give the same metadata."""
    import datetime as dt
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    stamp = dt.datetime(2025, 1, 1, 8, 0, 0)
    cp.created = stamp
    cp.modified = stamp
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


def normalize_zip(path):
    """Rewrite a .docx with fixed zip timestamps so re-runs give identical bytes."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def soffice_pdf(docx_path):
    subprocess.run(
        ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
         "--convert-to", "pdf", "--outdir", OUT, docx_path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        timeout=240,
    )


# ---------------------------------------------------------------------------
# 01  fpdf2 draft with UTKAST watermark; man 40 with psychosis, Karlstad
# ---------------------------------------------------------------------------
class DraftPDF(FPDF):
    def header(self):
        # watermark first, so that the page content is printed on top of it
        self.set_font("DejaVu", "B", 110)
        self.set_text_color(222, 222, 222)
        w = self.get_string_width("UTKAST")
        cx, cy = self.w / 2, self.h / 2
        with self.rotation(angle=55, x=cx, y=cy):
            self.text(cx - w / 2, cy + 15, "UTKAST")
        # running header
        self.set_text_color(0, 0, 0)
        self.set_font("DejaVu", "", 8)
        self.set_xy(15, 8)
        self.cell(60, 5, "Cosmic – Journalutskrift")
        self.cell(60, 5, "Utskriven 2025-04-24 09:12", align="C")
        self.cell(60, 5, f"Sida {self.page_no()} ({{nb}})", align="R")
        self.line(15, 14, self.w - 15, 14)
        self.set_y(18)

    def footer(self):
        self.set_y(-13)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "Region Värmland · Psykiatriska öppenvården Karlstad · "
                        "Dokumentstatus: Utkast, ej signerad", align="C")
        self.set_text_color(0, 0, 0)


def boxed_field(pdf, label, text, min_h=10):
    pdf.set_font("DejaVu", "B", 9)
    pdf.set_fill_color(235, 235, 235)
    pdf.cell(0, 6, label, border=1, fill=True,
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("DejaVu", "", 9.5)
    y0 = pdf.get_y()
    if text:
        pdf.multi_cell(0, 5, text, border="LR", new_x=XPos.LMARGIN,
                       new_y=YPos.NEXT, padding=(1.5, 2, 1.5, 2))
    h = pdf.get_y() - y0
    if h < min_h:
        pdf.cell(0, min_h - h, "", border="LR", new_x=XPos.LMARGIN,
                 new_y=YPos.NEXT)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.ln(3)


def make_01():
    pdf = DraftPDF(format="A4")
    import datetime as dt
    pdf.set_creation_date(dt.datetime(2025, 4, 24, 9, 12, tzinfo=dt.timezone.utc))
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_margins(15, 18, 15)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()

    # boxed document header
    top = pdf.get_y()
    pdf.rect(15, top, 180, 30)
    pdf.set_xy(18, top + 2)
    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 7, "SIP – Samordnad individuell plan",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("DejaVu", "", 9)
    rows = [
        ("Namn:", "Mikael", "Personnummer:", "XXXXXX-XXXX"),
        ("Mötesdatum:", "2025-04-23", "Plats:", "Psykiatriska öppenvården Karlstad"),
        ("Upprättad av:", "Karin, sjuksköterska", "Status:", "Utkast – ej fastställd"),
    ]
    for a, b, c, d in rows:
        pdf.set_x(18)
        pdf.set_font("DejaVu", "B", 9)
        pdf.cell(27, 6, a)
        pdf.set_font("DejaVu", "", 9)
        pdf.cell(56, 6, b)
        pdf.set_font("DejaVu", "B", 9)
        pdf.cell(30, 6, c)
        pdf.set_font("DejaVu", "", 9)
        pdf.cell(0, 6, d, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_y(top + 34)

    boxed_field(pdf, "Syfte med SIP",
                "Mikael har sedan hösten 2024 vårdats två gånger inom psykiatrisk "
                "slutenvård på grund av psykos och har efter att han blev av med sin "
                "lägenhet i januari bott tillfälligt hos en vän. Syftet med planen är att "
                "psykiatrin och socialtjänsten i Karlstad tillsammans ska hjälpa Mikael "
                "till ett eget boende och en stabil vardag, så att ytterligare "
                "inläggningar kan undvikas.")
    boxed_field(pdf, "Frågeställningar inför mötet", "", min_h=12)
    boxed_field(pdf, "Nuläge",
                "Skrevs ut från avd. 4, Centralsjukhuset Karlstad, 2025-04-02 efter "
                "tre veckors vård. Har antipsykotisk medicinering sedan utskrivningen och "
                "kontakt med psykosteamet på mottagningen. Ekonomin är ansträngd, det "
                "finns skulder hos Kronofogden. Ingen sysselsättning sedan 2023. "
                "Mikael deltog under hela mötet.")
    boxed_field(pdf, "Den enskildes mål", "", min_h=12)

    # measures table
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 7, "Insatser", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("DejaVu", "", 9)
    data = [
        ("Insats", "Ansvarig", "Start", "Klart / följs upp"),
        ("Fortsatt kontakt med psykosteamet",
         "Psykiatriska öppenvården Karlstad", "Pågår", ""),
        ("Stöd från socialpsykiatrin vid behov", "Kommunen", "", ""),
        ("Medicinsk uppföljning", "Regionen", "Maj 2025", ""),
        ("Fortsatt kontakt med IFO vuxen", "IFO vuxen, Karlstads kommun", "", ""),
        ("Samordning mellan verksamheterna", "Psykiatriska öppenvården Karlstad",
         "Löpande", ""),
    ]
    with pdf.table(col_widths=(70, 55, 25, 30), line_height=6,
                   text_align="LEFT",
                   repeat_headings=1, first_row_as_headings=True,
                   headings_style=FontFace(emphasis="BOLD",
                                           fill_color=(225, 225, 225))) as table:
        for i, r in enumerate(data):
            row = table.row()
            for c in r:
                row.cell(c)
    pdf.ln(4)

    boxed_field(pdf, "Insatser från andra aktörer (Försäkringskassan, "
                     "Arbetsförmedlingen, närstående m.fl.)", "", min_h=12)
    boxed_field(pdf, "Samtycke", "Samtycke finns.")
    boxed_field(pdf, "Huvudansvarig för planen",
                "Karin, sjuksköterska och samordnare, Psykiatriska öppenvården Karlstad "
                "(Region Värmland)")
    boxed_field(pdf, "Nästa uppföljning", "ÅÅÅÅ-MM-DD")
    boxed_field(pdf, "Deltagare vid mötet",
                "Mikael\n"
                "Karin, sjuksköterska, Psykiatriska öppenvården Karlstad\n"
                "Jonas, överläkare, Psykiatriska öppenvården Karlstad\n"
                "Elin, socialsekreterare, IFO vuxen, Karlstads kommun\n"
                "Petra, boendestödjare, Socialpsykiatrin, Karlstads kommun")
    pdf.set_font("DejaVu", "", 8)
    pdf.multi_cell(0, 4.5, "Planen är ett utkast och ska kompletteras innan den "
                            "signeras. Utkastet skickas till deltagarna för synpunkter.")
    pdf.output(p("01.pdf"))


# ---------------------------------------------------------------------------
# 02  letter to the person; woman 24 with autism (LSS), Arvika
# ---------------------------------------------------------------------------
def make_02():
    doc = Document()
    fixed_core(doc, "Din plan", "Funktionsstöd Arvika")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(12)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    hp = sec.header.paragraphs[0]
    hp.text = "Arvika kommun · Funktionsstöd\t\t2025-09-18"
    hp.runs[0].font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.text = "Samordnad individuell plan (SIP) – skriven som brev till dig"
    fp.runs[0].font.size = Pt(8)
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def q(text):
        para = doc.add_paragraph()
        para.paragraph_format.space_before = Pt(12)
        para.paragraph_format.space_after = Pt(3)
        r = para.add_run(text)
        r.bold = True
        return para

    doc.add_paragraph("Hej Lisa!")
    doc.add_paragraph(
        "Här är planen vi gjorde tillsammans på mötet den 16 september 2025. Vi har "
        "skrivit den som ett brev till dig så att den ska bli lättare att läsa. Läs den "
        "i lugn och ro. Om något blev fel eller om du undrar över något kan du ringa "
        "till Funktionsstöd via växeln, så hjälper vi dig.")

    q("Varför träffades vi?")
    doc.add_paragraph(
        "Du berättade i somras att det har blivit för många kontakter och att du inte "
        "vet vem du ska fråga om vad. Vi träffades för att alla som hjälper dig – "
        "personalen på din servicebostad, daglig verksamhet, habiliteringen och "
        "psykiatrin – ska veta vad de andra gör och göra på samma sätt, så att du "
        "slipper berätta samma sak många gånger.")

    q("Vad pratade vi om?")
    doc.add_paragraph("Vi pratade om hur det går för dig just nu och hur det har "
                      "varit sedan i våras.")

    q("Vad tycker du?")
    doc.add_paragraph(
        "Du var med på hela mötet. Du sa att det är jobbigt när personalen på boendet "
        "gör saker på olika sätt olika dagar, och att du vill veta i förväg vem som "
        "jobbar. Du sa också att du blir trött av att ha möten på eftermiddagen, så "
        "nästa gång ses vi på förmiddagen.")

    q("Vad vill du?")
    doc.add_paragraph("Det här sa du själv på mötet:")
    quote = doc.add_paragraph(
        "”Jag vill kunna åka buss själv till jobbet, och jag vill att det ska vara "
        "lugnt hemma på kvällarna.”")
    quote.paragraph_format.left_indent = Cm(1)
    quote.runs[0].italic = True

    q("Får vi prata med varandra om dig?")
    doc.add_paragraph(
        "Ja, det sa du på mötet den 16 september. Du skrev också under "
        "samtyckesblanketten samma dag. Du kan ändra dig när du vill.")

    q("Vem gör vad?")
    items = [
        "Personalen på din servicebostad gör ett veckoschema med bilder tillsammans "
        "med dig varje söndag. De börjar söndagen den 21 september.",
        "Din handledare på daglig verksamhet övar bussresan till jobbet med dig två "
        "morgnar i veckan, från den 29 september och fram till jul.",
        "Arbetsterapeuten på Habiliteringen i Arvika gör en bedömning av vilka "
        "hjälpmedel för tid och planering som kan hjälpa dig.",
        "Din läkare på Vuxenpsykiatrin Arvika går igenom din medicin mot oro när du "
        "har ditt besök den 7 oktober.",
        "Din LSS-handläggare skickar kallelse till nästa möte senast två veckor innan.",
    ]
    for it in items:
        doc.add_paragraph(it, style="List Bullet")

    q("Vem håller ihop planen?")
    doc.add_paragraph("Det är Arvika kommun som har huvudansvaret för planen.")

    q("När ses vi igen?")
    doc.add_paragraph("Vi ses igen i november. Du får en kallelse hem med posten.")

    q("Vilka var med på mötet?")
    doc.add_paragraph("Du, Maria, Johan, Sara och Anders.")

    doc.add_paragraph()
    doc.add_paragraph("Vänliga hälsningar\nFunktionsstöd, Arvika kommun")
    doc.save(p("02.docx"))


# ---------------------------------------------------------------------------
# 03  fixed-width text export, cp1252 + CRLF; elderly man with heart failure, Örebro
# ---------------------------------------------------------------------------
def make_03():
    LABEL_W = 22
    WIDTH = 78
    lines = []

    def field(label, value=""):
        lab = label.ljust(LABEL_W - 2, ".") + ": "
        if not value:
            lines.append(lab.rstrip())
            return
        wrapped = textwrap.wrap(value, WIDTH - LABEL_W)
        lines.append(lab + wrapped[0])
        for w in wrapped[1:]:
            lines.append(" " * LABEL_W + w)

    lines.append("SAMORDNAD INDIVIDUELL PLAN (SIP)                  Utskrift 2025-02-05 14:02")
    lines.append("Region Örebro län / Örebro kommun                              Sida 1 av 1")
    lines.append("=" * WIDTH)
    field("Namn", "G.")
    field("Personnummer", "XXXXXX-XXXX")
    field("Ålder", "84 år")
    field("Planen upprättad", "2025-02-04")
    field("Mötesplats", "Kardiologiska kliniken, avd. 52, Universitetssjukhuset "
                        "Örebro (USÖ)")
    field("Syfte", "Samordning.")
    field("Frågeställningar")
    field("Bakgrund",
          "G. har hjärtsvikt sedan 2019 och vårdas på kardiologen sedan "
          "2025-01-27 på grund av ökande bensvullnad och andfåddhet. Det är tredje "
          "inläggningen sedan oktober 2024. Bor ensam i lägenhet i Örebro och har "
          "hemtjänst två gånger per dag sedan tidigare. Har tappat i vikt och ork, "
          "klarar kortare förflyttningar med rollator. Vätskedrivande läkemedel har "
          "justerats under vårdtiden. Beräknas utskrivningsklar 2025-02-06.")
    field("Den enskildes mål")
    lines.append("-" * WIDTH)
    field("Insats 1", "Daglig vägning vid hemtjänstens morgonbesök, vikten förs in "
                      "i viktlista. Viktökning mer än 2 kg på tre dagar meddelas "
                      "distriktssköterskan samma dag.")
    field("  Ansvarig", "Undersköterskor, Hemtjänst Vivalla, Örebro kommun")
    field("  Start", "2025-02-06")
    field("Insats 2", "Hemtjänsten utökas från två till tre besök per dag (morgon, "
                      "lunch, kväll) med hjälp med måltider och påminnelse om "
                      "vätskeintag enligt ordination.")
    field("  Ansvarig", "Biståndshandläggare, Vård och omsorg, Örebro kommun "
                        "(beslut), Hemtjänst Vivalla (utförare)")
    field("  Start", "2025-02-06")
    field("Insats 3", "Läkemedel i dosdispensering. Aktuell läkemedelslista skickas "
                      "till vårdcentralen vid utskrivning.")
    field("  Ansvarig", "Ansvarig sjuksköterska avd. 52, USÖ (lista); "
                        "distriktssköterska, Vårdcentralen Vivalla (beställning)")
    field("  Start", "2025-02-06")
    field("Insats 4", "Hembesök av distriktssköterska en gång i veckan med kontroll "
                      "av ödem, blodtryck och vikt.")
    field("  Ansvarig", "Distriktssköterska, Vårdcentralen Vivalla")
    field("  Start", "2025-02-10, därefter varje måndag")
    field("Insats 5", "Uppföljande besök på hjärtsviktsmottagningen med blodprov "
                      "(krea, kalium) och ställningstagande till dosjustering av "
                      "diuretika.")
    field("  Ansvarig", "Hjärtsviktssjuksköterska, Hjärtsviktsmottagningen, "
                        "Kardiologiska kliniken USÖ")
    field("  Start", "2025-02-18")
    field("Insats 6", "Trygghetslarm installeras i bostaden.")
    field("  Ansvarig", "Biståndshandläggare, Vård och omsorg, Örebro kommun")
    field("  Start", "Beslut 2025-02-05, installation senast 2025-02-07")
    lines.append("-" * WIDTH)
    field("Samtycke", "Ja")
    field("Huvudansvar", "Region Örebro län")
    field("Deltagare",
          "Sjuksköterska, avd. 52, Kardiologiska kliniken USÖ; "
          "Avdelningsläkare, Kardiologiska kliniken USÖ; "
          "Distriktssköterska, Vårdcentralen Vivalla; "
          "Biståndshandläggare, Vård och omsorg, Örebro kommun; "
          "Enhetschef, Hemtjänst Vivalla, Örebro kommun")
    field("Nästa uppföljning", "2025-03-11 kl. 13.30, hembesök")
    lines.append("=" * WIDTH)
    field("Dokumenterat av", "Sjuksköterska, avd. 52, USÖ")
    field("Signerad", "2025-02-05")
    text = "\r\n".join(lines) + "\r\n"
    with open(p("03.txt"), "wb") as f:
        f.write(text.encode("cp1252"))


# ---------------------------------------------------------------------------
# 04  Markdown, one big pipe table; girl 11 with ADHD and family conflict, Karlskoga
# ---------------------------------------------------------------------------
def make_04():
    md = """# SIP Tuva, 11 år – Karlskoga 2025-10-14

| Område | Nuläge | Mål | Insats | Vem | När |
|---|---|---|---|---|---|
| Skolan | Har svårt att komma igång med uppgifter, går ofta ut ur klassrummet efter lunch. Har fått två varningar för bråk på rasten. | Tuva: ”Jag vill klara en hel lektion utan att behöva gå ut.” | Egen plats längst fram, pauskort och ett skriftligt schema för varje lektion. Rastaktivitet med fritidspersonal tisdag och torsdag. | Mentor åk 5 och specialpedagog, Ekbackeskolan | Från 2025-10-20 |
| ADHD och medicin | Utredd på BUP Örebro 2024. Medicinering sedan i våras, effekten verkar ta slut vid 14-tiden. | Tuva: ”Jag vill inte bli så arg när jag kommer hem från skolan.” | Läkarbesök för uppföljning av medicin och eventuell dosjustering. | Regionen | November |
| Hemma | Mycket bråk vid läxor och läggning. Föräldrarna separerade 2024 och har olika regler i de två hemmen. | Tuva: ”Jag vill att mamma och pappa slutar bråka om mig.” | Föräldrastöd, åtta träffar för båda föräldrarna, samt två familjesamtal. | Familjebehandlare, IFO Barn och familj, Karlskoga kommun | Start 2025-10-28, tisdagar |
| Regler i båda hemmen | Olika tider för skärm och läggning hos mamma och pappa. | – | Mamma och pappa kommer överens om samma läggtid och skärmtid i båda hemmen och för in dem i en gemensam kalender. | Mamma och pappa | Senast 2025-11-01 |
| Fritid | Har slutat på fotbollen i somras efter konflikt i laget. | Tuva: ”Jag vill börja spela fotboll igen.” | Tuva och pappa pratar med tränaren om att börja i laget igen. | Tuva och pappa | Före höstlovet |

Huvudansvar: Lena, socialsekreterare, IFO Barn och familj, Karlskoga kommun.
Nästa träff efter jullovet – Lena skickar kallelse.
"""
    with open(p("04.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ---------------------------------------------------------------------------
# 05  Title/Subtitle styles, two-column body section, bulleted measures;
#     man 50 with MS and home care, Hallsberg
# ---------------------------------------------------------------------------
def make_05():
    doc = Document()
    fixed_core(doc, "Samordnad individuell plan", "Vårdcentralen Hallsberg")
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = Cm(2)

    doc.add_paragraph("Samordnad individuell plan", style="Title")
    doc.add_paragraph("Per, 50 år · Hallsberg · möte 2025-09-02", style="Subtitle")

    # continuous section break; the body of the new section gets two columns
    body = doc.add_section(WD_SECTION.CONTINUOUS)
    cols = body._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        body._sectPr.append(cols)
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), "567")
    cols.set(qn("w:sep"), "1")

    def h(text):
        doc.add_paragraph(text, style="Heading 2")

    h("Syfte")
    doc.add_paragraph("Att få en gemensam bild.")

    h("Bakgrund")
    doc.add_paragraph(
        "Per har haft MS sedan 2012 och sjukdomen har gått över i en sekundärt "
        "progressiv form. Han går med rollator inomhus och använder rullstol utomhus. "
        "Per bor med sin fru i ett radhus i Hallsberg. Trötthet (fatigue) och "
        "blåsbesvär har ökat under året och han föll två gånger i badrummet i somras. "
        "Hemtjänst med dusch två gånger i veckan sedan april 2025. Per är "
        "sjukskriven på heltid sedan januari.")

    h("Pers egna mål")
    doc.add_paragraph(
        "”Jag vill kunna bo kvar hemma och klara morgonen själv så långt det går, och "
        "jag vill orka åka på sonens matcher på helgerna.”")
    note = doc.add_paragraph("(Per till distriktssköterskan vid hembesök 2025-08-26.)")
    note.runs[0].italic = True
    note.runs[0].font.size = Pt(9)

    h("Insatser")
    bullets = [
        "Hemtjänst Hallsberg södra: hjälp med morgonrutin (dusch, påklädning, "
        "frukost) vardagar kl. 7–8, från 2025-09-08.",
        "Arbetsterapeut, Hallsbergs kommun: bedömning av bostadsanpassning av "
        "badrum och entrétrappa vid hembesök 2025-09-16.",
        "Fysioterapeut, Vårdcentralen Hallsberg: balans- och styrketräning, sex "
        "tillfällen med start vecka 38.",
        "Distriktssköterska, Vårdcentralen Hallsberg: uppföljning av blåsbesvär och "
        "förskrivning av inkontinenshjälpmedel, var tredje vecka från 2025-09-10.",
        "Neurologmottagningen, Universitetssjukhuset Örebro: MS-kontroll och "
        "bedömning av behandling mot spasticitet, 2025-10-21.",
        "Biståndshandläggare, Hallsbergs kommun: utreder Pers och hans frus ansökan "
        "om avlösning i hemmet, beslut senast 2025-10-15.",
    ]
    for b in bullets:
        doc.add_paragraph(b, style="List Bullet")

    h("Övriga")
    doc.add_paragraph("Försäkringskassan och Pers fru berörs också av planen.")

    h("Uppföljning")
    doc.add_paragraph("Planen följs upp den 4 december 2025 kl. 10.00 hemma hos Per.")

    h("Närvarande")
    for n in ["Anneli, distriktssköterska", "Mats, fysioterapeut",
              "Karin, arbetsterapeut", "Sofia, biståndshandläggare",
              "Ulrika, gruppledare"]:
        doc.add_paragraph(n)

    doc.save(p("05.docx"))


# ---------------------------------------------------------------------------
# 06  landscape timeline, .docx -> PDF via LibreOffice; young man 19, drugs, Lindesberg
# ---------------------------------------------------------------------------
def make_06():
    doc = Document()
    fixed_core(doc, "SIP tidsplan", "IFO Lindesberg")
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin = sec.bottom_margin = Cm(1.6)
    hp = sec.header.paragraphs[0]
    hp.text = "Lindesbergs kommun · Region Örebro län\tSIP – tidsplan\tUtskrift 2025-08-13"
    hp.runs[0].font.size = Pt(8)

    t = doc.add_paragraph()
    r = t.add_run("Samordnad individuell plan – Anton, 19 år")
    r.bold = True
    r.font.size = Pt(15)
    doc.add_paragraph("Upprättad 2025-08-12, Lindesberg. Planen gäller augusti 2025 – "
                      "januari 2026.")

    def lab(label, text):
        para = doc.add_paragraph()
        para.paragraph_format.space_after = Pt(4)
        rr = para.add_run(label + " ")
        rr.bold = True
        para.add_run(text)

    lab("Syfte:",
        "Anton har sedan i vintras använt cannabis dagligen och hoppade av gymnasiet "
        "i våras. Planen ska samordna beroendevården, socialtjänsten och "
        "Arbetsförmedlingen så att Anton kan bli drogfri och komma igång med studier "
        "eller arbete under hösten.")
    lab("Frågor till mötet:",
        "Kan Anton få sin behandling på Beroendemottagningen Lindesberg eller behövs "
        "behandling på annan ort? Hur ska urinprovtagningen samordnas så att Anton inte "
        "behöver lämna prov på två ställen?")
    lab("Antons mål:",
        "Anton var inte med på mötet. Vid samtal med socialsekreteraren 2025-08-05 "
        "sa han: ”Jag vill sluta röka på, ha ett jobb att gå till och flytta hemifrån "
        "innan sommaren.”")

    months = ["aug", "sep", "okt", "nov", "dec", "jan"]
    rows = [
        ("Utredning och behandlingsplanering, läkarbedömning",
         "Beroendemottagningen Lindesberg", "xx...."),
        ("Återfallsprevention, samtal varannan vecka",
         "Beroendemottagningen Lindesberg", ".xxxxx"),
        ("Urinprov en gång i veckan", "Beroendemottagningen Lindesberg", "xxxxxx"),
        ("Öppenvårdsprogram för unga vuxna (CRA), gruppträffar",
         "Kommunen", ".xxxx."),
        ("Stöd att söka egen bostad och göra en budget",
         "Socialsekreterare, IFO vuxen Lindesberg", "...xxx"),
        ("Inskrivning, kartläggning och därefter Rusta och matcha",
         "Arbetsförmedlingen, handläggare", ".xxxx."),
        ("Ansökan till Komvux inför vårterminen",
         "Studie- och yrkesvägledare, Vuxenutbildningen Lindesberg", "..xx.."),
        ("Skjutsar Anton till mottagningen de första besöken",
         "Mamma", "xx...."),
        ("Kommer till bokade tider och lämnar prov",
         "Anton själv", "xxxxxx"),
    ]
    table = doc.add_table(rows=1, cols=2 + len(months))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = table.rows[0].cells
    for i, text in enumerate(["Insats", "Vem"] + months):
        hdr[i].text = ""
        rr = hdr[i].paragraphs[0].add_run(text)
        rr.bold = True
        set_cell_shading(hdr[i], "D9E2F3")
        if i >= 2:
            hdr[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    mark_header_row(table.rows[0])
    for ins, vem, pattern in rows:
        cells = table.add_row().cells
        cells[0].text = ins
        cells[1].text = vem
        for k, ch in enumerate(pattern):
            cells[2 + k].text = "x" if ch == "x" else ""
            cells[2 + k].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    widths = [Cm(9.5), Cm(7.5)] + [Cm(1.6)] * len(months)
    table.autofit = False
    for col, w in zip(table.columns, widths):
        col.width = w
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = w

    doc.add_paragraph()
    lab("Uppföljning:", "i december, datum bestäms senare.")

    path = p("06.docx")
    doc.save(path)
    soffice_pdf(path)
    os.remove(path)


# ---------------------------------------------------------------------------
# 07  abbreviation-heavy plan with glossary; woman 45 with schizophrenia, Kristinehamn
# ---------------------------------------------------------------------------
def make_07():
    doc = Document()
    fixed_core(doc, "SIP", "Psykosmottagningen Kristinehamn")
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Region Värmland · Kristinehamns kommun\t\tSIP"
    hp.runs[0].font.size = Pt(8)

    doc.add_heading("SIP – Samordnad individuell plan", level=1)

    info = doc.add_table(rows=3, cols=4)
    info.style = "Table Grid"
    vals = [("Namn", "Sanna, 45 år", "Pnr", "ÅÅMMDD-XXXX"),
            ("Datum", "2025-10-07", "Plats", "Psykosmott. Kristinehamn"),
            ("Dok. av", "ssk Jonas", "Status", "Fastställd")]
    for r, v in zip(info.rows, vals):
        for c, t in zip(r.cells, v):
            c.text = t
        for i in (0, 2):
            r.cells[i].paragraphs[0].runs[0].bold = True
            set_cell_shading(r.cells[i], "EDEDED")

    doc.add_heading("Bakgrund", level=2)
    doc.add_paragraph(
        "S. har schizofreni sedan 20-årsåldern, beh. med LAI (depåinj.) var 4:e v. "
        "Bor i egen lgh i Kristinehamn, BoS 3 ggr/v sedan 2022. HSL-insats i form av "
        "depåinj. ges av ssk på psykosmott. Under sommaren ökad isolering, missat två "
        "inj. (v. 28 och v. 32), och BoS har vid två tillfällen inte kommit in i lgh. "
        "Har SA från FK sedan 2019. Somatiskt: övervikt, förhöjt HbA1c vid senaste "
        "provtagning på VC.")

    doc.add_heading("Frågeställn.", level=2)
    for q in ["Hur säkerställs att S. får sina depåinj. när hon inte kommer till mott.?",
              "Kan BoS ta över påminnelser inför inj.-dagar och följa med till mott.?",
              "Behövs AT-bedömning av ADL i hemmet?"]:
        doc.add_paragraph(q, style="List Number")

    doc.add_heading("S:s synpunkter", level=2)
    doc.add_paragraph(
        "S. deltog under hela mötet. Hon uttryckte att hon vill ha färre personer som "
        "kommer hem till henne och att hon inte vill bli inlagd igen. Vill helst att "
        "samma BoS-personal kommer varje gång.")

    doc.add_heading("Mål", level=2)
    doc.add_paragraph("Målet är att S. ska kunna bo kvar i egen lgh med stöd och inte "
                      "behöva slutenvård under året.")

    doc.add_heading("Samtycke", level=2)
    doc.add_paragraph("Muntl. samtycke inhämtat 2025-10-07 av ssk, antecknat i journal. "
                      "Gäller samverkan mellan psykosmott., VC och socialpsykiatrin.")

    doc.add_heading("Insatser", level=2)
    rows = [
        ("Depåinj. var 4:e v. (HSL-insats)", "Ssk, Psykosmott. Kristinehamn",
         "Nästa 2025-10-21, därefter var 4:e v."),
        ("BoS 3 ggr/v; påminnelse dagen före inj.-dag och följer med till mott.",
         "BoS, Socialpsykiatrin Kristinehamns kn", "Fr.o.m. v. 42"),
        ("AT-bedömning av ADL i hemmet", "AT, Psykosmott. Kristinehamn", ""),
        ("Somatisk kontroll: blodprov (HbA1c, lipider), vikt, BT",
         "DSK, VC Kristinehamn", "Nov. 2025"),
        ("Ansökan om sysselsättning på träffpunkt", "Handl. socialpsykiatri, "
         "Kristinehamns kn", "Senast 2025-10-31"),
    ]
    tab = doc.add_table(rows=1, cols=3)
    tab.style = "Table Grid"
    for c, t in zip(tab.rows[0].cells, ["Insats", "Ansv.", "Tid"]):
        c.text = ""
        rr = c.paragraphs[0].add_run(t)
        rr.bold = True
        set_cell_shading(c, "D9D9D9")
    mark_header_row(tab.rows[0])
    for r in rows:
        cells = tab.add_row().cells
        for c, t in zip(cells, r):
            c.text = t

    doc.add_heading("Övr. aktörer", level=2)
    doc.add_paragraph("FK, AF – kontakt finns.")

    doc.add_heading("Huvudansv.", level=2)
    doc.add_paragraph("Ssk Jonas, Psykosmott. Kristinehamn (Region Värmland).")

    doc.add_heading("Uppf.", level=2)
    doc.add_paragraph("v. 48, tid meddelas.")

    doc.add_heading("Förkortningar", level=2)
    gl = [("ADL", "aktiviteter i dagliga livet"),
          ("AF", "Arbetsförmedlingen"),
          ("AT", "arbetsterapeut"),
          ("BoS", "boendestöd (SoL)"),
          ("BT", "blodtryck"),
          ("DSK", "distriktssköterska"),
          ("FK", "Försäkringskassan"),
          ("handl.", "handläggare"),
          ("HSL-insats", "insats enligt hälso- och sjukvårdslagen"),
          ("inj.", "injektion"),
          ("kn", "kommun"),
          ("LAI", "långverkande injektionsläkemedel"),
          ("lgh", "lägenhet"),
          ("mott.", "mottagningen"),
          ("SA", "sjukersättning"),
          ("ssk", "sjuksköterska"),
          ("uppf.", "uppföljning"),
          ("v.", "vecka"),
          ("VC", "vårdcentral")]
    gt = doc.add_table(rows=0, cols=2)
    for a, b in gl:
        cells = gt.add_row().cells
        cells[0].text = a
        cells[0].paragraphs[0].runs[0].bold = True
        cells[1].text = b
        cells[0].width = Cm(3)
        cells[1].width = Cm(12)
    doc.save(p("07.docx"))


# ---------------------------------------------------------------------------
# 08  NOT a plan: LSS contact person's monthly report, Örebro
# ---------------------------------------------------------------------------
def make_08():
    doc = Document()
    fixed_core(doc, "Månadsrapport kontaktperson", "Kontaktperson")
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Örebro kommun · Funktionsstödsförvaltningen"
    hp.runs[0].font.size = Pt(8)

    doc.add_heading("Månadsrapport kontaktperson", level=1)
    sub = doc.add_paragraph("Insats enligt LSS 9 § 4 – rapport till LSS-handläggare")
    sub.runs[0].italic = True

    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    vals = [("Månad", "Oktober 2025"),
            ("Brukare", "Elias, 16 år"),
            ("Kontaktperson", "Hanna"),
            ("Till", "LSS-handläggare, Myndighetsenheten LSS, Örebro kommun"),
            ("Beviljad omfattning", "8 timmar per månad")]
    for r, (a, b) in zip(t.rows, vals):
        r.cells[0].text = a
        r.cells[0].paragraphs[0].runs[0].bold = True
        r.cells[1].text = b

    doc.add_heading("Träffar under månaden", level=2)
    tt = doc.add_table(rows=1, cols=3)
    tt.style = "Table Grid"
    for c, h in zip(tt.rows[0].cells, ["Datum", "Aktivitet", "Tid"]):
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
    mark_header_row(tt.rows[0])
    for d, a, h in [("2025-10-04", "Promenad längs Svartån och fika i stan", "2 h"),
                    ("2025-10-11", "Skulle bowla men hallen var fullbokad, vi spelade "
                                   "biljard i stället", "2 h"),
                    ("2025-10-19", "Bio, Elias valde film", "2,5 h"),
                    ("2025-10-26", "Handlade present till lillasysterns födelsedag, "
                                   "åt lunch", "1,5 h")]:
        cells = tt.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = d, a, h
    doc.add_paragraph("Summa: 8 timmar.")

    doc.add_heading("Hur har träffarna fungerat?", level=2)
    doc.add_paragraph(
        "Elias har varit glad och pratsam vid alla träffar utom den 11 oktober, då han "
        "blev ledsen när vi inte kunde bowla som vi hade bestämt. Det gick bra efter en "
        "stund när vi hittade något annat att göra. Han tycker om att planera nästa "
        "träff tillsammans och vi skriver upp den i hans kalender i telefonen innan vi "
        "skiljs åt. Han har börjat åka buss till stan själv och möter mig vid "
        "resecentrum.")

    doc.add_heading("Omkostnader", level=2)
    doc.add_paragraph("Bio och biljard 310 kr, fika och lunch 245 kr. Kvitton bifogas.")

    doc.add_heading("Övrigt till handläggaren", level=2)
    doc.add_paragraph(
        "Inget särskilt att rapportera. Jag vill gärna fortsätta uppdraget under "
        "våren. Elias mamma har frågat om träffarna kan vara på lördagar i stället för "
        "söndagar, vilket går bra för mig.")

    doc.add_paragraph()
    doc.add_paragraph("Örebro 2025-11-03\nHanna, kontaktperson")
    doc.save(p("08.docx"))


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    make_01()
    make_02()
    make_03()
    make_04()
    make_05()
    make_06()
    make_07()
    make_08()
    for f in sorted(os.listdir(OUT)):
        if f.endswith(".docx"):
            normalize_zip(os.path.join(OUT, f))
    shutil.rmtree("/tmp/lo-f64b", ignore_errors=True)
    print(sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()
