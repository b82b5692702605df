#!/usr/bin/env python
"""Writes the eight f29a plans into plans/. Deterministic: fixed texts and dates."""
import os
import shutil
import subprocess
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
PREFIX = "f29a"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def path(nn, ext):
    return os.path.join(OUT, f"{PREFIX}-{nn:02d}.{ext}")


def fixed_core(doc, title, author):
    """Stable core properties so every run writes the same metadata."""
    import datetime
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = datetime.datetime(2024, 1, 1, 8, 0, 0)
    cp.modified = datetime.datetime(2024, 1, 1, 8, 0, 0)
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


def cell_text(cell, text, bold=False, size=None, italic=False):
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
    return cell


def soffice_pdf(docx_file, outdir):
    profile = "file:///tmp/lo-f29a"
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless",
         "--convert-to", "pdf", "--outdir", outdir, docx_file],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


def normalize_docx(fn):
    """Rewrite the zip with fixed timestamps so every run gives identical bytes."""
    import zipfile
    with zipfile.ZipFile(fn) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(fn, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def normalize_pdf(fn):
    """Fix LibreOffice's creation dates and document ID (same byte lengths, xref stays valid)."""
    import re
    data = open(fn, "rb").read()
    data = re.sub(rb"D:\d{14}([+-]\d\d'\d\d'|Z)?",
                  lambda m: b"D:20241008150000" + (b"+02'00'" if m.group(1) and len(m.group(1)) == 7
                                                 else (m.group(1) or b"")), data)
    data = re.sub(rb"(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)(>)",
                  lambda m: m.group(1) + b"A" * len(m.group(2)) + m.group(3)
                  + b"B" * len(m.group(4)) + m.group(5), data)
    data = re.sub(rb"(/DocChecksum /)([0-9A-F]+)",
                  lambda m: m.group(1) + b"0" * len(m.group(2)), data)
    open(fn, "wb").write(data)


# ---------------------------------------------------------------------------
# 1. Record-system print (fpdf2): "SAMLA Cross"; woman 36, bipolar, Kungsör
# ---------------------------------------------------------------------------

class SamlaPDF(FPDF):
    def header(self):
        self.set_font("DV", "B", 11)
        self.set_xy(15, 10)
        self.cell(90, 5, "SAMLA Cross", new_x="RIGHT", new_y="TOP")
        self.set_font("DV", "", 8)
        self.cell(90, 5, f"Sida {self.page_no()} ({{nb}})", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.set_x(15)
        self.cell(90, 4, "Samordnad individuell plan (SIP) – utskrift",
                  new_x="RIGHT", new_y="TOP")
        self.cell(90, 4, "Utskriftsdatum: 2024-09-12 14:32", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.set_x(15)
        self.cell(90, 4, "Patient/klient: Johanna  ÅÅMMDD-XXXX",
                  new_x="RIGHT", new_y="TOP")
        self.cell(90, 4, "Utskriven av: Socialsekreterare, IFO Vuxen Kungsör",
                  align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_line_width(0.4)
        self.line(15, 24, 195, 24)
        self.set_line_width(0.2)
        self.set_y(27)

    def footer(self):
        self.set_y(-12)
        self.set_font("DV", "", 7)
        self.cell(0, 4, "SAMLA Cross 4.2.1 · Gemensam plattform för SIP, kommuner och region i länet · "
                  "Utskriften är en kopia, originalet finns i systemet", align="C")


def samla_section(pdf, title):
    if pdf.get_y() + 14 > 280:
        pdf.add_page()
    pdf.set_font("DV", "B", 9)
    pdf.set_fill_color(220, 228, 238)
    pdf.set_x(15)
    pdf.cell(180, 6, title, border=1, fill=True, new_x="LMARGIN", new_y="NEXT")


def samla_boxrow(pdf, cells):
    """cells: list of (width_mm, label, value). Boxed label/value fields."""
    pdf.set_font("DV", "", 9)
    heights = []
    for w, label, value in cells:
        lines = pdf.multi_cell(w - 3, 4.3, value or " ", dry_run=True, output="LINES")
        heights.append(5 + 4.3 * max(1, len(lines)) + 2)
    h = max(heights)
    if pdf.get_y() + h > 280:
        pdf.add_page()
    y = pdf.get_y()
    x = 15
    for w, label, value in cells:
        pdf.rect(x, y, w, h)
        pdf.set_xy(x + 1.2, y + 0.8)
        pdf.set_font("DV", "", 6.5)
        pdf.set_text_color(80, 80, 80)
        pdf.cell(w - 2, 3.5, label)
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("DV", "", 9)
        pdf.set_xy(x + 1.5, y + 5)
        if value:
            pdf.multi_cell(w - 3, 4.3, value, align="L")
        x += w
    pdf.set_xy(15, y + h)


ACT_COLS = [("Åtgärd", 64), ("Ansvarig enhet", 38), ("Ansvarig funktion", 32),
            ("Fr.o.m.", 23), ("T.o.m.", 23)]


PART_COLS = [("Namn", 35), ("Funktion", 60), ("Verksamhet", 85)]


def samla_action_header(pdf, cols=ACT_COLS):
    pdf.set_font("DV", "B", 8)
    pdf.set_fill_color(238, 238, 238)
    pdf.set_x(15)
    for name, w in cols:
        pdf.cell(w, 6, name, border=1, fill=True)
    pdf.ln(6)


def samla_action_row(pdf, row, cols=ACT_COLS, cont="Åtgärder (forts.)"):
    pdf.set_font("DV", "", 8)
    lines = [pdf.multi_cell(w - 2, 4, txt or " ", dry_run=True, output="LINES")
             for (name, w), txt in zip(cols, row)]
    h = 4 * max(len(l) for l in lines) + 2
    if pdf.get_y() + h > 280:
        pdf.add_page()
        pdf.set_font("DV", "B", 9)
        pdf.set_x(15)
        pdf.cell(180, 6, cont, new_x="LMARGIN", new_y="NEXT")
        samla_action_header(pdf, cols)
        pdf.set_font("DV", "", 8)
    y = pdf.get_y()
    x = 15
    for (name, w), txt in zip(cols, row):
        pdf.rect(x, y, w, h)
        pdf.set_xy(x + 1, y + 1)
        if txt:
            pdf.multi_cell(w - 2, 4, txt, align="L")
        x += w
    pdf.set_xy(15, y + h)


def plan01():
    pdf = SamlaPDF(format="A4")
    pdf.add_font("DV", "", FONT)
    pdf.add_font("DV", "B", FONT_B)
    pdf.set_auto_page_break(False)
    pdf.set_margins(15, 27, 15)
    pdf.set_creation_date(__import__("datetime").datetime(2024, 9, 12, 14, 32,
                          tzinfo=__import__("datetime").timezone.utc))
    pdf.add_page()

    samla_section(pdf, "Grunduppgifter")
    samla_boxrow(pdf, [(60, "Personnummer", "ÅÅMMDD-XXXX"),
                       (60, "Förnamn", "Johanna"),
                       (60, "Folkbokförd kommun", "Kungsör")])
    samla_boxrow(pdf, [(60, "Planens status", "Fastställd"),
                       (60, "Plan upprättad", "2024-09-10"),
                       (60, "Senast ändrad", "2024-09-12")])
    samla_boxrow(pdf, [(60, "Mötesdatum", "2024-09-10 kl. 13.00–14.30"),
                       (120, "Mötesplats", "Kommunhuset Kungsör, sammanträdesrum Björken")])
    samla_boxrow(pdf, [(60, "Typ av SIP", "Ny plan"),
                       (120, "Initierad av", "IFO Vuxen Kungsör efter förfrågan från Vuxenpsykiatrin Köping")])

    samla_section(pdf, "Planering")
    samla_boxrow(pdf, [(180, "Bakgrund / nuvarande situation",
        "Johanna är 36 år och bor med sina två barn, Leo 9 år och Alva 5 år, i lägenhet i Kungsör. "
        "Hon har en bipolär sjukdom typ 1 sedan 2015 och var inlagd på psykiatrisk avdelning i Västerås "
        "i juni–juli 2024 efter ett maniskt skov. Under inläggningen bodde barnen i ett jourhem via IFO Barn och familj. "
        "Johanna är sjukskriven från sitt arbete som barnskötare. Efter utskrivningen har hon haft svårt "
        "med sömn, ekonomi och att få ihop vardagen med barnen. Skolan har uppmärksammat att Leo ofta "
        "kommer sent och har oroat sig för mamma. Orosanmälan inkom till IFO Barn och familj i augusti "
        "och en utredning enligt 11 kap. 1 § SoL pågår. Johanna tar litium och är positiv till fortsatt "
        "behandling men tycker att hon har för många kontakter som inte vet om varandra.")])
    samla_boxrow(pdf, [(180, "Syfte med planen", "Samordning av insatser.")])
    samla_boxrow(pdf, [(180, "Frågeställningar inför mötet", "")])
    samla_boxrow(pdf, [(180, "Den enskildes mål (med egna ord)",
        "”Jag vill orka vara en bra mamma för Leo och Alva, och jag vill tillbaka till jobbet på "
        "förskolan, kanske på halvtid först. Jag vill inte bli inlagd igen.”")])
    samla_boxrow(pdf, [(180, "Den enskildes delaktighet",
        "Johanna deltog under hela mötet. Hon framförde att hon vill ha färre kontakter och helst träffa "
        "samma personer, att hembesök passar bättre än besök i Köping eftersom hon saknar bil, och att "
        "hon inte vill att barnen ska behöva byta skola eller förskola.")])
    samla_boxrow(pdf, [(120, "Samtycke",
        "Muntligt samtycke till SIP och till informationsutbyte mellan deltagande verksamheter "
        "lämnat av Johanna vid mötet 2024-09-10."),
        (60, "Samtycke registrerat", "2024-09-10, av socialsekreterare")])
    samla_boxrow(pdf, [(180, "Huvudansvarig för planen",
        "Maria, socialsekreterare, IFO Vuxen, Kungsörs kommun")])

    pdf.ln(3)
    samla_section(pdf, "Åtgärder")
    samla_action_header(pdf)
    rows = [
        ("Läkarbesök för medicinuppföljning, ställningstagande till sömnmedicin och "
         "fortsatt sjukskrivning", "Vuxenpsykiatrin Köping", "Psykiater", "2024-09-23", "2025-03-31"),
        ("Stödsamtal varannan vecka, psykopedagogik om bipolär sjukdom och tidiga "
         "varningstecken. Samtalen sker som hembesök i Kungsör.",
         "Vuxenpsykiatrin Köping", "Sjuksköterska / fast vårdkontakt", "2024-09-16", "2025-03-31"),
        ("Upprätta skriftlig krisplan för vad som händer med barnen vid försämring. "
         "Krisplanen delas med IFO Barn och familj.",
         "Vuxenpsykiatrin Köping", "Sjuksköterska / fast vårdkontakt", "2024-10-01", "2024-10-15"),
        ("Provtagning S-litium och TSH var tredje månad", "Vårdcentralen Kungsör",
         "Distriktssköterska", "2024-09-20", "2025-03-31"),
        ("Familjebehandling i hemmet 1 gång/vecka med fokus på rutiner morgon och kväll "
         "och föräldraskap", "IFO Barn och familj, Kungsörs kommun", "Familjebehandlare",
         "2024-09-19", "2025-02-28"),
        ("Utredning enligt 11 kap. 1 § SoL gällande barnen slutförs; ställningstagande till "
         "kontaktfamilj för helger", "IFO Barn och familj, Kungsörs kommun",
         "Socialsekreterare barn", "2024-09-12", "2024-11-30"),
        ("Boendestöd 2 timmar/vecka: planering av veckan, post och räkningar, inköp",
         "Socialpsykiatrin Kungsör", "Boendestödjare", "2024-10-01", "2025-03-31"),
        ("Barnsamtal enligt Beardslee (Föra barnen på tal) för Leo och Alva tillsammans med "
         "Johanna", "Regionen", "", "", ""),
        ("Ansökan om ekonomiskt bistånd för hyresskuld augusti handläggs",
         "IFO Vuxen, Kungsörs kommun", "Socialsekreterare", "2024-09-12", "2024-09-30"),
    ]
    for r in rows:
        samla_action_row(pdf, r)

    pdf.ln(4)
    samla_section(pdf, "Deltagare")
    samla_action_header(pdf, PART_COLS)
    for prow in [("Johanna", "Den enskilde", "–"),
                 ("Maria", "Socialsekreterare", "IFO Vuxen, Kungsörs kommun"),
                 ("Peter", "Sjuksköterska, fast vårdkontakt", "Vuxenpsykiatrin Köping"),
                 ("Sofia", "Familjebehandlare", "IFO Barn och familj, Kungsörs kommun"),
                 ("Hanna", "Distriktssköterska", "Vårdcentralen Kungsör")]:
        samla_action_row(pdf, prow, PART_COLS, "Deltagare (forts.)")

    pdf.ln(4)
    samla_section(pdf, "Uppföljning")
    samla_boxrow(pdf, [(90, "Nästa uppföljning", ""), (90, "Kallas av", "")])
    samla_boxrow(pdf, [(180, "Övrigt",
        "Planen skickas till samtliga deltagare via SAMLA Cross. Johanna får en utskrift hemskickad.")])
    pdf.ln(3)
    samla_section(pdf, "Signering")
    samla_boxrow(pdf, [(90, "Signerad av", "Maria, socialsekreterare, IFO Vuxen Kungsör"),
                       (90, "Signeringsdatum", "2024-09-12")])
    pdf.output(path(1, "pdf"))


# ---------------------------------------------------------------------------
# 2. DOCX letter: SIP vid utskrivning, geriatrik -> hemtjänst; man 90, Norberg
# ---------------------------------------------------------------------------

def plan02():
    doc = Document()
    fixed_core(doc, "SIP vid utskrivning", "G3 Geriatrik")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("Region Västmanland\n")
    r.bold = True
    hp.add_run("Geriatriska kliniken, avdelning G3\nVästmanlands sjukhus Västerås")
    fp = sec.footer.paragraphs[0]
    fp.text = "Geriatriska kliniken · Västmanlands sjukhus Västerås · Telefon via växeln"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for run in fp.runs:
        run.font.size = Pt(8)

    p = doc.add_paragraph("Västerås 2024-11-14")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph("Till: Hemtjänsten Norberg, område Centrum\n"
                      "Kopia: Hemsjukvården Norberg, Vårdcentralen Norberg, biståndshandläggare "
                      "Norbergs kommun")
    h = doc.add_paragraph()
    r = h.add_run("SIP vid utskrivning")
    r.bold = True
    r.font.size = Pt(16)
    p = doc.add_paragraph()
    p.add_run("Angående: ").bold = True
    p.add_run("Erik, ÅÅMMDD-XXXX, Norberg")

    doc.add_paragraph("Hej!")
    doc.add_paragraph(
        "Erik skrivs ut från avdelning G3 fredag 2024-11-15 och återvänder till sitt hus i Norberg. "
        "Vid planeringsmötet på avdelningen 2024-11-13 upprättades en samordnad individuell plan "
        "enligt lagen (2017:612) om samverkan vid utskrivning från sluten hälso- och sjukvård. "
        "Här kommer planen så att ni i hemtjänsten vet vad som gäller från första dagen.")

    p = doc.add_paragraph()
    p.add_run("Syfte: ").bold = True
    p.add_run("Samordnad planering inför utskrivning.")

    doc.add_paragraph(
        "Erik är 90 år och bor ensam i villa. Han lades in 2024-11-02 via akuten med andfåddhet och "
        "bensvullnad och fick diagnosen hjärtsvikt med försämring. Vätskedrivande har ökats och han har "
        "gått ned 4 kg under vårdtiden. Han har sedan 2022 en Alzheimersjukdom av måttlig grad (MMSE 18/30) "
        "och blir lätt förvirrad kvällstid. Före inläggningen hade han hemtjänst med inköp och städning "
        "varannan vecka. Dottern Anna-Lena bor i Fagersta och har hjälpt till mycket under hösten. "
        "Erik går med rollator inomhus och har ramlat en gång i hemmet under oktober.")

    p = doc.add_paragraph()
    p.add_run("Mål: ").bold = True
    p.add_run("Målet är att Erik ska kunna bo kvar i sitt hem med ett tryggt stöd och undvika en ny "
              "inläggning för hjärtsvikten under vintern.")

    doc.add_paragraph("Erik deltog i planeringsmötet på avdelningen tillsammans med sin dotter. "
                      "Samtycke till SIP finns.")

    p = doc.add_paragraph()
    p.add_run("Fast vårdkontakt: ").bold = True
    p.add_run("Johan, distriktsläkare, Vårdcentralen Norberg")
    p = doc.add_paragraph()
    p.add_run("Samordningsansvarig: ").bold = True
    p.add_run("Karin, distriktssköterska, Hemsjukvården Norberg")

    p = doc.add_paragraph()
    p.add_run("Planerade insatser efter hemgång").bold = True
    bullets = [
        "Hemtjänst tre gånger per dag (morgon, lunch, kväll) med hjälp vid måltider, påminnelse om "
        "vätska och tillsyn, samt dusch en gång per vecka – Hemtjänsten Norberg Centrum, från "
        "hemkomsten 2024-11-15.",
        "Daglig vägning på morgonen före frukost, vikten skrivs i listan på kylskåpet. Vid "
        "viktökning mer än 2 kg på tre dagar kontaktas sjuksköterskan – Hemtjänsten Norberg Centrum "
        "utför från 2024-11-16, Hemsjukvården Norberg (distriktssköterska) följer upp listan varje vecka.",
        "Läkemedel i ApoDos från 2024-11-18, hemsjukvården ger läkemedel fram till dess och "
        "överlämnar därefter till hemtjänsten – Hemsjukvården Norberg, sjuksköterska.",
        "Trygghetslarmet kopplas in igen och testas – biståndshandläggare, Norbergs kommun, senast "
        "2024-11-15.",
        "Hembesök av arbetsterapeut för bedömning av duschpall, förhöjd toalettsits och fallrisk i "
        "hemmet – Kommunrehab Norberg, arbetsterapeut, 2024-11-18.",
        "Telefonuppföljning av hjärtsvikten (vikt, andning, ödem) – Vårdcentralen Norberg, "
        "hjärtsviktssjuksköterska, 2024-11-22.",
        "Läkarbesök med blodprover (krea, kalium, NT-proBNP) – Vårdcentralen Norberg, distriktsläkare, "
        "2024-11-26.",
        "Ansökan om dagverksamhet för personer med demenssjukdom två dagar per vecka utreds – "
        "biståndshandläggare, Norbergs kommun, beslut senast 2024-12-06.",
        "Dottern Anna-Lena handlar varje lördag, går igenom posten med Erik och är kontaktperson för "
        "hemtjänsten om något händer – från 2024-11-16.",
    ]
    for b in bullets:
        doc.add_paragraph(b, style="List Bullet")

    p = doc.add_paragraph()
    p.add_run("Uppföljning: ").bold = True
    p.add_run("Planen följs upp vid hembesök hos Erik 2024-12-03 kl. 10.00. Samordningsansvarig "
              "skickar kallelse.")

    p = doc.add_paragraph()
    p.add_run("Vid mötet deltog: ").bold = True
    p.add_run("Erik, dottern Anna-Lena, Lena, Ahmed, Karin (via Teams) och Johan (via Teams).")

    doc.add_paragraph("Hör av er till avdelningen via växeln om något är oklart inför hemgången.")
    doc.add_paragraph("Med vänliga hälsningar")
    doc.add_paragraph("Lena\nSjuksköterska, vårdplanerare\nAvdelning G3, Geriatriska kliniken\n"
                      "Västmanlands sjukhus Västerås")
    doc.save(path(2, "docx"))


# ---------------------------------------------------------------------------
# 3. Markdown with numbered headings; young man 18, ADHD, Västerås
# ---------------------------------------------------------------------------

PLAN03 = """# Samordnad individuell plan (SIP)

**Namn:** Elias  
**Personnummer:** XXXXXX-XXXX  
**Datum för mötet:** 2025-02-04  
**Plats:** Socialtjänsten Västerås, Ungdomsenheten  
**Planen skriven av:** Socialsekreterare, Ungdomsenheten IFO Västerås

---

## 1. Bakgrund

Elias är 18 år och bor hos sin mamma Lotta i Bäckby. Han fick diagnosen ADHD på BUP när han var
11 år och åt medicin fram till förra våren, då han själv slutade. Han hoppade av El- och
energiprogrammet i årskurs 2 hösten 2024 och har sedan dess inte haft någon sysselsättning. Under
hösten har han dömts för två snatterier och ett olaga hot och har sedan januari 2025 skyddstillsyn
med övervakning hos Frivården. Mamma beskriver att han sover på dagarna och är ute på nätterna
med äldre kompisar. Elias har själv sagt till sin socialsekreterare att han vill få ordning på
sitt liv men att han "inte orkar gå runt på en massa möten".

## 2. Syfte med SIP

Syftet är att samordna stödet kring Elias så att ADHD-behandlingen kan komma igång igen, att han
får en sysselsättning som han själv tror på och att risken för nya brott minskar. Planen ska också
göra det tydligt för Elias och mamma vem han ska vända sig till i olika frågor.

## 3. Frågeställningar

- Kan medicineringen mot ADHD återupptas, och vem gör den bedömningen nu när Elias är vuxen?
- Vilken väg mot sysselsättning är mest realistisk: studier på Komvux, praktik via
  Arbetsförmedlingen eller en kombination?
- Hur kan antalet möten minskas, t.ex. genom att övervakningsmöten och samtal med socialtjänsten
  läggs samma dag?

## 4. Elias egna mål

> "Jag vill ha ett jobb och tjäna egna pengar. Jag vill ta körkort till sommaren och jag vill inte
> hamna i skit igen."

(Elias i samtal med socialsekreteraren 2025-01-28.)

## 5. Delaktighet

Elias kom inte till mötet. Socialsekreteraren förmedlade det han sagt vid samtalet 2025-01-28: han
vill helst ha en och samma kontaktperson, han vill börja med praktik snarare än skola, och han är
positiv till att prova medicin igen om det inte är samma preparat som förut.

## 6. Deltagare

| Namn | Funktion | Verksamhet |
|---|---|---|
| Lotta | Mamma | – |
| Nadia | Socialsekreterare | Ungdomsenheten, IFO Västerås stad |
| Mikael | Sjuksköterska | Neuropsykiatriska mottagningen, Vuxenpsykiatrin Västerås |
| Jenny | Frivårdsinspektör | Frivården Västerås |
| Omar | Arbetsförmedlare | Arbetsförmedlingen Västerås |
| Karl | Studie- och yrkesvägledare | KAA/Komvux, Västerås stad |

## 7. Insatser

| Insats | Ansvarig verksamhet | Ansvarig person/funktion | Start | Slut |
|---|---|---|---|---|
| Läkarbedömning för återinsättning av ADHD-medicin, därefter titrering med sjuksköterskekontakt | Neuropsykiatriska mottagningen, Vuxenpsykiatrin Västerås | Läkare, sjuksköterska Mikael | 2025-02-18 | 2025-06-30 |
| Motiverande samtal (MI) och återfallspreventivt arbete 1 gång/vecka | Öppenvården ungdom, IFO Västerås stad | Behandlare | 2025-02-10 | 2025-06-30 |
| Övervakningsmöten enligt dom om skyddstillsyn, läggs på tisdagar samma dag som MI-samtalen | Frivården Västerås | Frivårdsinspektör | 2025-01-14 | 2026-01-13 |
| Inskrivning och kartläggning, därefter arbetsträning/praktik inom lager eller bygg | Arbetsförmedlingen Västerås | Arbetsförmedlare | 2025-02-12 | 2025-05-31 |
| Studie- och yrkesvägledning om att läsa in gymnasiebehörighet på Komvux från hösten | KAA/Komvux, Västerås stad | Studie- och yrkesvägledare | 2025-02-17 | 2025-06-13 |
| Råd och behandling kring sömnen (dygnsrytm) | Regionen | | | |
| Väcka Elias kl. 8 tisdagar och torsdagar de veckor han har praktik | Mamma Lotta | Mamma | 2025-02-17 | 2025-05-31 |
| Komma till inbokade tider hos AF och Frivården, meddela själv om han får förhinder | Elias | Elias själv | 2025-02-04 | 2025-06-30 |

## 8. Huvudansvar

Huvudansvar för planen har Socialtjänsten.

## 9. Uppföljning

Planen följs upp vecka 12. Kallelse skickas ut i god tid.
"""


def plan03():
    with open(path(3, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(PLAN03)


# ---------------------------------------------------------------------------
# 4. Child-friendly DOCX -> PDF (LibreOffice); girl 12, anxiety, Köping
# ---------------------------------------------------------------------------

def plan04():
    doc = Document()
    fixed_core(doc, "Min plan – Ella", "Elevhälsan")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(12)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Min SIP – samordnad individuell plan · Köping · 2024-10-08"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for run in fp.runs:
        run.font.size = Pt(8)

    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("Min plan")
    r.bold = True
    r.font.size = Pt(26)
    r.font.color.rgb = RGBColor(0x2E, 0x6B, 0x9E)
    t2 = doc.add_paragraph()
    t2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t2.add_run("Ella, 12 år  ·  mötet var tisdag 8 oktober 2024")
    r.font.size = Pt(13)

    blocks = [
        ("[bild: fyra personer som sitter runt ett bord och pratar]",
         "Varför träffades vi?",
         "Vi träffades för att du ska kunna komma tillbaka till skolan i din egen takt, och för att alla "
         "som hjälper dig ska veta vad de andra gör. Du har haft svårt att gå till skolan sedan i våras "
         "för att du får ont i magen och blir rädd när du ska gå hemifrån."),
        ("[bild: en pratbubbla med ett frågetecken]",
         "Det här ville vi prata om",
         "Hur det är för dig just nu."),
        ("[bild: ett hjärta]",
         "Det här är viktigt för mig",
         "”Jag vill kunna gå till skolan minst tre dagar i veckan innan jul.”\n"
         "”Jag vill inte att lärarna frågar mig saker inför hela klassen.”\n"
         "”Jag vill få sitta i det lilla rummet när det blir för mycket.”\n"
         "Du sa också att du vill fortsätta spela fotboll på torsdagar."),
        ("[bild: en grupp glada figurer]",
         "Vi som var med",
         "Du (Ella) var med i början och i slutet av mötet\nMamma och pappa\nSara (kurator)\n"
         "Jonas (BUP)\nAnna (mentor)"),
        ("[bild: två händer som håller i varandra]",
         "Får vi prata med varandra om dig?",
         "Ja, sa du, mamma och pappa på mötet 8 oktober 2024. Mamma och pappa skrev också under "
         "samtyckesblanketten samma dag."),
        ("[bild: en checklista med bockar]",
         "Det här ska vi göra",
         "• Sara, kurator, träffar dig varje tisdag kl. 9.00, första gången 15 oktober.\n"
         "• Jonas på BUP Köping träffar dig varannan torsdag för KBT mot oron, från 17 oktober till "
         "och med 19 december.\n"
         "• Anna, din mentor, gör ett nytt schema: du börjar med två lektioner om dagen från 21 "
         "oktober och har ett lugnt rum att gå till.\n"
         "• Skolsköterskan träffar dig och mamma om magont 23 oktober.\n"
         "• Mamma följer med dig till skolan på måndagar och onsdagar från 21 oktober.\n"
         "• Pappa hämtar dig efter lunch på fredagar från 25 oktober.\n"
         "• Du själv övar andningsövningen från Jonas varje kväll innan du somnar, från 8 oktober."),
        ("[bild: en person som håller i ett pussel]",
         "Vem håller ihop planen?",
         "Sara som är kurator håller ihop planen. Du eller mamma och pappa kan alltid säga till henne "
         "om något inte fungerar."),
        ("[bild: en kalender med en ring runt ett datum]",
         "När ses vi igen?",
         "Tisdag 10 december 2024 kl. 14.00 i skolans konferensrum. Då pratar vi om hur det har gått."),
    ]
    table = doc.add_table(rows=0, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for img, head, body in blocks:
        row = table.add_row()
        row.cells[0].width = Cm(4.5)
        row.cells[1].width = Cm(12.5)
        c0 = row.cells[0]
        c0.text = ""
        pr = c0.paragraphs[0]
        pr.alignment = WD_ALIGN_PARAGRAPH.CENTER
        rr = pr.add_run(img)
        rr.italic = True
        rr.font.size = Pt(9)
        rr.font.color.rgb = RGBColor(0x66, 0x66, 0x66)
        set_cell_shading(c0, "EAF2FA")
        c1 = row.cells[1]
        c1.text = ""
        ph = c1.paragraphs[0]
        rh = ph.add_run(head)
        rh.bold = True
        rh.font.size = Pt(14)
        rh.font.color.rgb = RGBColor(0x2E, 0x6B, 0x9E)
        for line in body.split("\n"):
            pb = c1.add_paragraph(line)
            pb.paragraph_format.space_after = Pt(2)
    # fixed column widths in the grid
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), (Cm(4.5), Cm(12.5))):
        gc.set(qn("w:w"), str(int(w.twips)))

    docx_file = os.path.join(OUT, f"{PREFIX}-04-tmp.docx")
    doc.save(docx_file)
    tmpdir = os.path.join(HERE, "_lo_tmp")
    os.makedirs(tmpdir, exist_ok=True)
    soffice_pdf(docx_file, tmpdir)
    shutil.move(os.path.join(tmpdir, f"{PREFIX}-04-tmp.pdf"), path(4, "pdf"))
    normalize_pdf(path(4, "pdf"))
    os.remove(docx_file)
    shutil.rmtree(tmpdir, ignore_errors=True)


# ---------------------------------------------------------------------------
# 5. TXT e-mail minutes (UTF-8, CRLF); boy 16, depression and cannabis, Sala
# ---------------------------------------------------------------------------

PLAN05_HEAD = """Från: Malin, skolkurator Sala gymnasium
Skickat: den 21 november 2024 15:42
Till: Deltagarna SIP-möte 2024-11-20; Camilla (vårdnadshavare)
Ämne: Minnesanteckningar från SIP-mötet om Alex 20/11

"""

PLAN05_PARAS = [
    "Hej allihop!",
    "Tack för ett bra möte igår eftermiddag i elevhälsans rum på Sala gymnasium. Som vi sa skickar "
    "jag ut minnesanteckningar så att alla har samma bild av vad vi kom fram till. Säg till om ni "
    "tycker att jag har missuppfattat något så rättar jag.",
    "Närvarande var Alex och hans mamma Camilla, Tobias (mentor, Sala gymnasium), Sara "
    "(socialsekreterare, IFO Barn och unga, Sala kommun), Jonas (behandlare, Öppenvården för unga, "
    "Sala kommun), Eva (psykolog, BUP Sala, Region Västmanland) och jag, Malin (skolkurator, "
    "Elevhälsan Sala gymnasium). Alex pappa hade förhinder.",
    "Syftet med mötet var att få en gemensam bild. Samtycke till SIP finns, som ni vet.",
    "Kort om läget: Alex går första året på samhällsprogrammet och har sedan september haft en "
    "frånvaro på ungefär 40 procent, mest förmiddagar. Han har kontakt med BUP sedan i våras för "
    "depression och har fått sertralin. I oktober kom det fram att han röker cannabis flera gånger i "
    "veckan, vilket mamma har varit orolig över länge, och en orosanmälan gjordes av skolan. Sara "
    "berättade att socialtjänstens utredning pågår.",
    "De frågor vi hade med oss in i mötet var framför allt två: om Alex ska gå kvar i sin klass med "
    "anpassad studiegång eller byta till introduktionsprogrammet, och hur BUP och socialtjänstens "
    "öppenvård ska dela upp samtalen så att han inte får för många kontakter samtidigt. Vi landade i "
    "att han går kvar i klassen så länge det fungerar med anpassningar, eftersom han själv var tydlig "
    "med det.",
    "Alex sa själv att han är trött på att alla tjatar på honom, men att han vill klara skolan och ta "
    "studenten tillsammans med sina kompisar. Han vill helst ha en person att prata med och inte tre. "
    "Han sa också att han vill sluta röka men att det är svårt när alla i hans umgänge gör det. "
    "Målet som vi enades om är att Alex ska komma till minst 80 procent av lektionerna efter jullovet "
    "och att cannabisbruket ska upphöra.",
    "Det här bestämde vi:",
    "Eva på BUP fortsätter med KBT-samtal varannan vecka med fokus på depressionen, nästa tid är "
    "2024-11-28. Läkaren på BUP kommer att se över medicineringen eftersom Alex inte tycker att den "
    "hjälper. Jonas i öppenvården tar över allt som rör cannabis och träffar Alex en gång i veckan på "
    "onsdagar med start vecka 48, och de kommer själva överens om drogtester. Eva och Jonas pratar "
    "ihop sig så att Alex inte behöver berätta samma sak två gånger.",
    "Tobias gör tillsammans med Alex en anpassad studieplan där engelska 6 pausas och läses in senare, "
    "och Alex får börja kl. 9.40 i stället för 8.10 på måndagar. Jag fortsätter att finnas till hands "
    "för Alex på skolan, han kan komma förbi mitt rum när han vill utan att boka tid. Sara slutför "
    "utredningen och räknar med att vara klar senast 2025-01-15, då tas ställning till om det behövs "
    "ytterligare insatser från socialtjänsten.",
    "Camilla sa att hon gärna vill hjälpa till hemma så gott det går.",
    "Vi hann inte prata om vem som ska ha huvudansvaret för planen framöver, det får vi ta nästa gång.",
    "Nästa möte blir efter jullovet, preliminärt vecka 3. Tiden bestäms senare.",
    "Ha en fin helg när den kommer!",
]

PLAN05_SIGN = """Vänliga hälsningar
Malin
Skolkurator
Elevhälsan, Sala gymnasium
Sala kommun, Utbildningsförvaltningen
Tel: via växeln
"""


def plan05():
    out = PLAN05_HEAD
    for para in PLAN05_PARAS:
        out += "\n".join(textwrap.wrap(para, 76)) + "\n\n"
    out += PLAN05_SIGN
    with open(path(5, "txt"), "w", encoding="utf-8", newline="\r\n") as f:
        f.write(out)


# ---------------------------------------------------------------------------
# 6. DOCX municipal template, one big table; woman 59 with MS, Arboga
# ---------------------------------------------------------------------------

def plan06():
    doc = Document()
    fixed_core(doc, "SIP Arboga kommun", "Vård och omsorg Arboga")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("ARBOGA KOMMUN\t\tSAMORDNAD INDIVIDUELL PLAN (SIP)")
    r.bold = True
    r.font.size = Pt(9)
    hp2 = sec.header.add_paragraph("Vård- och omsorgsförvaltningen\t\tSekretess enligt 26 kap. 1 § OSL")
    for run in hp2.runs:
        run.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Blankett VO 14:2, rev. 2023-05. Gemensam mall för kommunerna i länet och Region Västmanland."
    for run in fp.runs:
        run.font.size = Pt(7)

    t = doc.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER

    def part(title):
        row = t.add_row()
        c = row.cells[0].merge(row.cells[3])
        cell_text(c, title, bold=True, size=10)
        set_cell_shading(c, "D9D9D9")

    def full(label, value):
        row = t.add_row()
        c = row.cells[0].merge(row.cells[3])
        c.text = ""
        p = c.paragraphs[0]
        rl = p.add_run(label)
        rl.bold = True
        rl.font.size = Pt(8)
        for line in value.split("\n"):
            c.add_paragraph(line)
        return c

    def pair(l1, v1, l2, v2):
        row = t.add_row()
        a = row.cells[0].merge(row.cells[1])
        b = row.cells[2].merge(row.cells[3])
        for c, l, v in ((a, l1, v1), (b, l2, v2)):
            c.text = ""
            rl = c.paragraphs[0].add_run(l)
            rl.bold = True
            rl.font.size = Pt(8)
            c.add_paragraph(v)

    part("DEL 1. PERSONUPPGIFTER")
    pair("Namn", "Marie", "Personnummer", "ÅÅMMDD-XXXX")
    pair("Bostadsort", "Arboga", "Kontaktperson/närstående", "Kjell (make)")
    pair("Tolk behövs", "☐ Ja  ☒ Nej", "God man/förvaltare", "☐ Ja  ☒ Nej")

    part("DEL 2. MÖTET")
    pair("Mötesdatum", "2024-11-05", "Plats", "Hembesök hos Marie, Arboga")
    full("Deltagare (namn, funktion, verksamhet)",
         "Marie, den enskilde\n"
         "Kjell, make\n"
         "Lisa, biståndshandläggare, Vård och omsorg, Arboga kommun\n"
         "Ulrika, enhetschef, Hemtjänst Arboga östra\n"
         "Petra, arbetsterapeut, Kommunrehab Arboga\n"
         "Anders, MS-sjuksköterska, Neurologmottagningen, Västmanlands sjukhus Västerås (via Teams)\n"
         "Helena, distriktssköterska, Vårdcentralen Arboga")

    part("DEL 3. BAKGRUND, SYFTE OCH FRÅGESTÄLLNINGAR")
    full("Bakgrund",
         "Marie är 59 år och har skovvis förlöpande MS sedan 2009, som de senaste två åren gått över i "
         "en sekundärprogressiv form. Under hösten 2024 har gången försämrats och hon använder nu "
         "rullator inne och rullstol ute. Hon har återkommande urinvägsinfektioner och trötthet. "
         "Marie har hemtjänst morgon sedan mars 2024. Maken Kjell arbetar heltid och hjälper henne "
         "kvällar och helger men har sagt att han börjar bli sliten.")
    full("Syfte med planen",
         "Att samordna hemtjänst, kommunal rehab, vårdcentral och neurologmottagning nu när Maries MS "
         "har försämrats under hösten, så att hon kan bo kvar hemma på ett säkert sätt och så att Kjell "
         "inte blir överbelastad.")
    full("Frågeställningar", "Gå igenom nuläget och diskutera hur det ska fungera framåt.")

    part("DEL 4. DEN ENSKILDES MÅL OCH DELAKTIGHET")
    full("Den enskildes mål", "Att Marie ska kunna bo kvar i sitt hem och behålla så mycket "
                             "självständighet som möjligt i vardagen.")
    full("Den enskildes delaktighet",
         "☒ Den enskilde deltog i mötet\n"
         "☐ Den enskilde deltog inte – ange skäl och hur hennes/hans synpunkter har inhämtats\n"
         "Synpunkter/önskemål: Marie önskar att hemtjänsten kommer efter kl. 8.30 på morgonen och att "
         "det är så få olika personal som möjligt. Hon vill fortsätta sköta sina mediciner själv och "
         "vill inte ha dusch hemma av hemtjänst på helgerna, då hjälper Kjell.")

    part("DEL 5. SAMTYCKE")
    pair("Samtycke till SIP och informationsöverföring", "☐ Muntligt   ☒ Skriftligt",
         "Datum", "2024-11-05")
    full("Samtycket omfattar",
         "☒ Deltagande verksamheter i Arboga kommun\n☒ Region Västmanland (vårdcentral, neurologmottagning)\n"
         "☐ Försäkringskassan\n☐ Arbetsförmedlingen\n☐ Annan: ")

    part("DEL 6. INSATSER")
    row = t.add_row()
    c = row.cells[0].merge(row.cells[3])
    c.text = ""
    c.paragraphs[0].add_run("Planerade insatser").bold = True
    inner = c.add_table(rows=1, cols=5)
    inner.style = "Table Grid"
    hdr = ["Insats", "Utförande verksamhet", "Ansvarig funktion", "Start", "Slut"]
    for i, h in enumerate(hdr):
        cell_text(inner.rows[0].cells[i], h, bold=True, size=8)
        set_cell_shading(inner.rows[0].cells[i], "F2F2F2")
    mark_header_row(inner.rows[0])
    ins = [
        ("Hemtjänst morgon och kväll: personlig hygien, på- och avklädning, förflyttning, "
         "kvällsmål", "Hemtjänst Arboga östra", "Enhetschef", "2024-11-11", "2025-05-31"),
        ("Ny utredning och beslut om utökad hemtjänst med dusch två gånger/vecka (vardagar)",
         "Vård och omsorg, Arboga kommun", "Biståndshandläggare", "2024-11-06", "2024-11-20"),
        ("Hembesök, förskrivning av duschstol och förhöjd toalettsits, intyg för "
         "bostadsanpassning (ramp vid entrén)", "Kommunrehab Arboga", "Arbetsterapeut",
         "2024-11-12", "2024-12-31"),
        ("Träningsprogram för balans och förflyttning i hemmet, 1 gång/vecka",
         "Kommunrehab Arboga", "Fysioterapeut", "2024-11-18", "2025-02-28"),
        ("Neurologisk uppföljning och ställningstagande till ny bromsmedicin",
         "Neurologmottagningen, Västmanlands sjukhus Västerås", "Neurolog / MS-sjuksköterska",
         "2024-11-19", "2025-05-31"),
        ("Uppföljning av urinvägsinfektioner, urinodling vid symtom, inkontinenshjälpmedel",
         "Vårdcentralen Arboga", "Distriktssköterska", "2024-11-25", "2025-02-28"),
        ("Avlösning i hemmet 4 timmar/vecka (onsdagar) för att avlasta Kjell",
         "Vård och omsorg, Arboga kommun / Hemtjänst Arboga östra",
         "Biståndshandläggare (beslut), enhetschef (utförande)", "2024-12-04", "2025-05-31"),
    ]
    for rowv in ins:
        cells = inner.add_row().cells
        for i, v in enumerate(rowv):
            cell_text(cells[i], v, size=8)
    inner.autofit = False
    iw = [Cm(5.6), Cm(3.6), Cm(3.2), Cm(2.0), Cm(2.0)]
    for gc, w in zip(inner._tbl.tblGrid.findall(qn("w:gridCol")), iw):
        gc.set(qn("w:w"), str(int(w.twips)))
    for r_ in inner.rows:
        for c_, w in zip(r_.cells, iw):
            c_.width = w

    part("DEL 7. ANDRA AKTÖRERS INSATSER (NÄRSTÅENDE, FK, AF, GOD MAN M.FL.)")
    full("Insatser från andra än kommun och region",
         "Kjell (make), från 2024-11-05: hjälper Marie med dusch på helgerna, sköter inköp och tvätt, "
         "och kör henne till neurologmottagningen i Västerås vid läkarbesöken.\n"
         "Marie själv, från 2024-11-05: sköter sina läkemedel i dosett och meddelar hemtjänsten om hon "
         "behöver byta tid.\n"
         "Försäkringskassan: Marie har hel sjukersättning sedan 2022. Inga åtgärder från FK behövs i "
         "nuläget.")

    part("DEL 8. ANSVAR OCH UPPFÖLJNING")
    pair("Huvudansvarig för planen (namn, funktion, verksamhet)",
         "Lisa, biståndshandläggare, Vård och omsorg, Arboga kommun",
         "Fast vårdkontakt i regionen", "Helena, distriktssköterska, Vårdcentralen Arboga")
    pair("Datum för uppföljning", "2025-02-18 kl. 13.30, hembesök",
         "Kallelse skickas av", "Huvudansvarig")
    full("Underskrift",
         "☒ Planen har lästs upp och godkänts av den enskilde\n"
         "☐ Den enskilde har inte godkänt planen\n"
         "Upprättad 2024-11-05 av Lisa, biståndshandläggare")

    # column widths of the outer grid
    widths = [Cm(4.35)] * 4
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    doc.save(path(6, "docx"))


# ---------------------------------------------------------------------------
# 7. TXT record export, Windows-1252, CRLF: follow-up; man 44, schizophrenia, Fagersta
# ---------------------------------------------------------------------------

PLAN07 = """OMSORGSJOURNAL FAGERSTA – UTSKRIFT AV DOKUMENT
Dokumenttyp: SIP – uppföljning          Utskriftsdatum: 2025-05-22
Enhet: Socialpsykiatri, Fagersta kommun
==============================================================================

UPPFÖLJNING AV SIP

Namn:                 R.
Personnummer:         XXXXXX-XXXX
Uppföljningsdatum:    2025-05-20
Ursprunglig plan:     Upprättad 2024-11-12
Plats:                Stödboendet, gemensamhetslokalen

Närvarande:           Boendestödjare, sjuksköterska, biståndshandläggare,
                      god man

------------------------------------------------------------------------------
PLANENS SYFTE
Se tidigare plan

FRÅGESTÄLLNINGAR
Oförändrat

DEN ENSKILDES MÅL
Se tidigare plan

DEN ENSKILDES DELAKTIGHET
R. deltog inte.

------------------------------------------------------------------------------
LÄGESBESKRIVNING
Läget är i stort sett oförändrat sedan planen upprättades. R. bor kvar i
sin lägenhet i stödboendet. Inga inläggningar under perioden. Personalen
upplever att det fungerar, men R. håller sig mycket på rummet.

------------------------------------------------------------------------------
UPPFÖLJNING AV TIDIGARE ÅTGÄRDER

Åtgärd 1:    Fortsatt kontakt med Psykosmottagningen Fagersta
Ansvarig:    Regionen
Status:      Pågår. Oförändrat.

Åtgärd 2:    Fortsatt stöd enligt tidigare plan
Ansvarig:    Boendestödet, Fagersta kommun
Status:      Pågår, fungerar enligt personalen.

Åtgärd 3:    Sysselsättning – stöd vid behov
Ansvarig:    Biståndshandläggare
Status:      Ej påbörjad.

Åtgärd 4:    Ekonomi
Ansvarig:    God man
Status:      Se tidigare plan

Åtgärd 5:    Fortsatt kontakt med vårdcentralen vid behov
Ansvarig:    Vårdcentralen
Status:      Oförändrat

NYA ÅTGÄRDER
Inga nya åtgärder.

------------------------------------------------------------------------------
ÖVRIGA AKTÖRER
God man finns. Oförändrat.

HUVUDANSVARIG FÖR PLANEN
Boendestödet Fagersta

NÄSTA UPPFÖLJNING
Nästa uppföljning: vecka 45

------------------------------------------------------------------------------
Antecknat av:  Boendestödjare, 2025-05-20
Signerat:      2025-05-22
"""


def plan07():
    data = PLAN07.replace("\n", "\r\n").encode("cp1252")
    with open(path(7, "txt"), "wb") as f:
        f.write(data)


# ---------------------------------------------------------------------------
# 8. DOCX empty template with content controls; only the meeting date filled in
# ---------------------------------------------------------------------------

PLACEHOLDER = "Klicka eller tryck här för att ange text."
_sdt_id = [910200]


def add_sdt(paragraph, text=None, date=None):
    """Inline plain-text (or date) content control. Empty -> shows placeholder."""
    _sdt_id[0] += 7
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    rpr = OxmlElement("w:rPr")
    if text is None:
        rs = OxmlElement("w:rStyle")
        rs.set(qn("w:val"), "Platshllartext")
        rpr.append(rs)
    pr.append(rpr)
    idel = OxmlElement("w:id")
    idel.set(qn("w:val"), str(_sdt_id[0]))
    pr.append(idel)
    ph = OxmlElement("w:placeholder")
    dp = OxmlElement("w:docPart")
    dp.set(qn("w:val"), "DefaultPlaceholder_-1854013440" if date is None
           else "DefaultPlaceholder_-1854013437")
    ph.append(dp)
    pr.append(ph)
    if text is None:
        pr.append(OxmlElement("w:showingPlcHdr"))
    if date is not None:
        d = OxmlElement("w:date")
        d.set(qn("w:fullDate"), date + "T00:00:00Z")
        f = OxmlElement("w:dateFormat")
        f.set(qn("w:val"), "yyyy-MM-dd")
        d.append(f)
        lid = OxmlElement("w:lid")
        lid.set(qn("w:val"), "sv-SE")
        d.append(lid)
        pr.append(d)
    else:
        pr.append(OxmlElement("w:text"))
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    rpr2 = OxmlElement("w:rPr")
    if text is None:
        rs2 = OxmlElement("w:rStyle")
        rs2.set(qn("w:val"), "Platshllartext")
        rpr2.append(rs2)
        col = OxmlElement("w:color")
        col.set(qn("w:val"), "808080")
        rpr2.append(col)
    r.append(rpr2)
    tt = OxmlElement("w:t")
    tt.set(qn("xml:space"), "preserve")
    tt.text = PLACEHOLDER if text is None else text
    r.append(tt)
    content.append(r)
    sdt.append(content)
    paragraph._p.append(sdt)
    return sdt


def plan08():
    doc = Document()
    fixed_core(doc, "SIP mall", "Mall")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    # character style used by Word for placeholder text
    from docx.enum.style import WD_STYLE_TYPE
    ps = doc.styles.add_style("Platshållartext", WD_STYLE_TYPE.CHARACTER)
    ps.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    ps.element.set(qn("w:styleId"), "Platshllartext")

    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("Samordnad individuell plan – SIP")
    r.bold = True
    sec.header.add_paragraph("Gemensam mall för Region Västmanland och länets kommuner")
    fp = sec.footer.paragraphs[0]
    fp.text = "Mall SIP v. 3.1 – skriv ut och fyll i, eller fyll i digitalt"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    doc.add_heading("Samordnad individuell plan (SIP)", level=1)

    def field(label, hint, value=None, date=None):
        p = doc.add_paragraph()
        rl = p.add_run(label + " ")
        rl.bold = True
        if hint:
            rh = p.add_run(f"({hint}) ")
            rh.italic = True
            rh.font.size = Pt(9)
        if date:
            add_sdt(p, text=value, date=date)
        else:
            add_sdt(p)
        return p

    doc.add_heading("Uppgifter om den enskilde", level=2)
    field("Namn:", "förnamn och efternamn")
    field("Personnummer:", "ÅÅÅÅMMDD-XXXX")
    field("Vårdnadshavare/företrädare:", "om barn eller god man finns")

    doc.add_heading("Mötet", level=2)
    field("Datum för mötet:", None, value="2025-03-12", date="2025-03-12")
    field("Plats:", "adress eller digitalt möte")
    field("Sammankallande:", "namn, funktion, verksamhet")

    doc.add_heading("Deltagare", level=2)
    tb = doc.add_table(rows=4, cols=3)
    tb.style = "Table Grid"
    for i, h in enumerate(["Namn", "Funktion", "Verksamhet/organisation"]):
        cell_text(tb.rows[0].cells[i], h, bold=True)
        set_cell_shading(tb.rows[0].cells[i], "DDE4EE")
    mark_header_row(tb.rows[0])

    doc.add_heading("Bakgrund och syfte", level=2)
    field("Bakgrund:", "kort beskrivning av nuvarande situation")
    field("Syfte med SIP:", "varför behövs en samordnad plan just nu?")
    field("Frågeställningar:", "vad ska mötet ta ställning till?")

    doc.add_heading("Den enskildes mål och delaktighet", level=2)
    field("Mina mål:", "skriv med den enskildes egna ord")
    p = doc.add_paragraph()
    p.add_run("Delaktighet: ").bold = True
    p.add_run("☐ Den enskilde deltog   ☐ Den enskilde deltog inte, skäl: ")
    add_sdt(p)
    field("Den enskildes synpunkter/önskemål:", "även när personen inte deltog")
    p = doc.add_paragraph()
    p.add_run("Samtycke: ").bold = True
    p.add_run("☐ Muntligt   ☐ Skriftligt   Datum: ")
    add_sdt(p)

    doc.add_heading("Insatser", level=2)
    ti = doc.add_table(rows=5, cols=5)
    ti.style = "Table Grid"
    for i, h in enumerate(["Insats/åtgärd", "Ansvarig verksamhet", "Ansvarig funktion",
                           "Start", "Slut"]):
        cell_text(ti.rows[0].cells[i], h, bold=True)
        set_cell_shading(ti.rows[0].cells[i], "DDE4EE")
    mark_header_row(ti.rows[0])
    field("Andra aktörers insatser:", "t.ex. Försäkringskassan, Arbetsförmedlingen, god man, "
                                      "närstående, den enskilde själv")

    doc.add_heading("Ansvar och uppföljning", level=2)
    field("Huvudansvarig för planen:", "namn, funktion, verksamhet")
    field("Uppföljning:", "datum och tid")
    p = doc.add_paragraph()
    p.add_run("Planen skickas till: ").bold = True
    p.add_run("☐ Den enskilde   ☐ Vårdnadshavare/företrädare   ☐ Samtliga deltagare")
    doc.save(path(8, "docx"))


def main():
    os.makedirs(OUT, exist_ok=True)
    plan01()
    plan02()
    plan03()
    plan04()
    plan05()
    plan06()
    plan07()
    plan08()
    for nn in (2, 6, 8):
        normalize_docx(path(nn, "docx"))


if __name__ == "__main__":
    main()
