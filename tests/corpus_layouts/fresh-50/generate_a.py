#!/usr/bin/env python3
"""Generate the f50a- test plans (fictional, anonymized SIP plans, Skåne/Halland/Blekinge).

Run with /work/batches/.venv/bin/python generate.py
Deterministic: fixed dates, fixed zip timestamps, fixed PDF metadata.
"""
import datetime as dt
import os
import re
import shutil
import subprocess
import tempfile
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
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
LO_PROFILE = "file:///tmp/lo-f50a"
FIXED = dt.datetime(2025, 5, 1, 8, 0, 0)


# ----------------------------------------------------------------- helpers
def normalize_zip(path):
    """Rewrite a .docx with fixed timestamps so every run gives the same bytes."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    os.replace(tmp, path)


def new_doc(author, created, font="Calibri", size=11):
    doc = Document()
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = created
    cp.modified = created
    cp.revision = 1
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    return doc


def save_doc(doc, path):
    doc.save(path)
    normalize_zip(path)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trPr.append(th)


def set_widths(table, widths):
    """Set column widths both on the grid (LibreOffice reads it) and on every cell."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = w


def cell_text(cell, text, bold=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


def label_value(doc, label, value):
    """Bold label paragraph ending with a colon, value in the next paragraph(s)."""
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.space_before = Pt(8)
    p.add_run(label).bold = True
    values = value if isinstance(value, list) else [value]
    for v in values:
        q = doc.add_paragraph(v)
        q.paragraph_format.space_after = Pt(2)
    return p


def soffice_pdf(docx_path, outdir):
    subprocess.run(
        ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
         "--convert-to", "pdf", "--outdir", outdir, docx_path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300,
    )
    return os.path.join(outdir, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")


def fix_pdf_metadata(path):
    """Make LibreOffice output byte-stable: fixed dates and document ID (same lengths)."""
    with open(path, "rb") as f:
        data = f.read()

    def fix_date(m):
        s = m.group(1)
        fixed = b"D:20250312100000"
        return b"/CreationDate(" + (fixed + s[len(fixed):]) + b")" if len(s) >= len(fixed) else m.group(0)

    data = re.sub(rb"/CreationDate\(([^)]*)\)", fix_date, data)

    data = re.sub(rb"/ID \[\s*<([0-9A-Fa-f]+)>(\s*)<([0-9A-Fa-f]+)>\s*\]",
                  lambda m: m.group(0).replace(m.group(1), b"0" * len(m.group(1))).replace(
                      m.group(3), b"0" * len(m.group(3))), data)
    data = re.sub(rb"/DocChecksum /([0-9A-Fa-f]+)",
                  lambda m: b"/DocChecksum /" + b"0" * len(m.group(1)), data)

    def fix_xmp(m):
        return m.group(1) + b"2025-03-12T10:00:00" + m.group(3)

    data = re.sub(rb"(<xmp:CreateDate>)(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)([^<]*</xmp:CreateDate>)", fix_xmp, data)
    with open(path, "wb") as f:
        f.write(data)


# ------------------------------------------------------- 01 record print PDF
class RecordPrint(FPDF):
    system = "ProCare VoO  ·  Vård och omsorg  ·  Hässleholms kommun"
    printed_by = "Utskrivet av: Eva, biståndshandläggare, Myndighetsenheten  2025-02-12 10:41"
    header_cols = ("Rubrik", "Innehåll")
    col_w = (48, 132)

    def header(self):
        self.set_font("dv", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.set_xy(15, 8)
        self.cell(120, 4, self.system)
        self.cell(60, 4, "Utskriftsdatum 2025-02-12", align="R")
        self.set_draw_color(120, 120, 120)
        self.line(15, 13, 195, 13)
        self.set_xy(15, 15)
        self.set_text_color(0, 0, 0)
        self.set_font("dvb", "", 11)
        self.cell(180, 6, "Samordnad individuell plan (SIP)")
        self.set_font("dv", "", 8)
        self.set_xy(15, 21)
        self.cell(180, 4, "Klient: Hilda (H.)   Personnr: XXXXXX-XXXX   Akt: Äldreomsorg   Status: Fastställd")
        self.set_y(28)

    def footer(self):
        self.set_y(-14)
        self.set_draw_color(120, 120, 120)
        self.line(15, self.get_y() - 1, 195, self.get_y() - 1)
        self.set_font("dv", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.set_x(15)
        self.cell(140, 4, self.printed_by)
        self.cell(40, 4, f"Sida {self.page_no()} av {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def pdf_row(pdf, label, text, head=False):
    lw, tw = pdf.col_w
    pad = 1.8
    lh = 4.6
    pdf.set_font("dvb", "", 9)
    llines = pdf.multi_cell(lw - 2 * pad, lh, label, dry_run=True, output="LINES", align="L")
    pdf.set_font("dvb" if head else "dv", "", 9)
    tlines = pdf.multi_cell(tw - 2 * pad, lh, text, dry_run=True, output="LINES", align="L")
    h = max(len(llines), len(tlines)) * lh + 2 * pad
    if pdf.get_y() + h > pdf.page_break_trigger:
        pdf.add_page()
        pdf_row(pdf, *pdf.header_cols, head=True)
    x, y = 15, pdf.get_y()
    pdf.set_draw_color(60, 60, 60)
    pdf.set_line_width(0.2)
    pdf.set_fill_color(*((170, 170, 170) if head else (222, 222, 222)))
    pdf.rect(x, y, lw, h, style="DF")
    if head:
        pdf.set_fill_color(170, 170, 170)
        pdf.rect(x + lw, y, tw, h, style="DF")
    else:
        pdf.rect(x + lw, y, tw, h, style="D")
    pdf.set_font("dvb", "", 9)
    pdf.set_xy(x + pad, y + pad)
    pdf.multi_cell(lw - 2 * pad, lh, label, align="L")
    pdf.set_font("dvb" if head else "dv", "", 9)
    pdf.set_xy(x + lw + pad, y + pad)
    pdf.multi_cell(tw - 2 * pad, lh, text, align="L")
    pdf.set_xy(x, y + h)


def plan01(path):
    pdf = RecordPrint(format="A4")
    pdf.set_creation_date(dt.datetime(2025, 2, 12, 10, 41, tzinfo=dt.timezone.utc))
    pdf.set_title("SIP Hilda 2025-02-11")
    pdf.set_author("ProCare VoO")
    pdf.add_font("dv", "", FONT)
    pdf.add_font("dvb", "", FONT_B)
    pdf.set_margins(15, 28, 15)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    rows = [
        ("Dokumenttyp", "Samordnad individuell plan (SIP) enligt SoL 2 kap. 7 § / HSL 16 kap. 4 §"),
        ("Mötesdatum", "2025-02-11 kl. 10.00–11.15"),
        ("Plats", "Hemma hos H., Hässleholm"),
        ("Deltagare",
         "Hilda (den enskilde)\n"
         "Eva, biståndshandläggare, Myndighetsenheten äldreomsorg, Hässleholms kommun\n"
         "Jessica, sjuksköterska, Hemsjukvården Hässleholm, Hässleholms kommun\n"
         "Monica, undersköterska/kontaktperson, Hemtjänst Hässleholm väster, Hässleholms kommun\n"
         "Andreas, distriktsläkare, Vårdcentralen Hässleholm, Region Skåne\n"
         "Nadia, distriktssköterska, Vårdcentralen Hässleholm, Region Skåne"),
        ("Samtycke", "Ja"),
        ("Syfte med SIP", "Samordning av insatser."),
        ("Frågeställningar", "Gå igenom nuläget."),
        ("Bakgrund / nuläge",
         "H. är 84 år och bor ensam i en lägenhet på andra våningen med hiss. Hon har KOL i "
         "stadium 3 och har sedan 2023 hemtjänst morgon och eftermiddag för personlig omvårdnad, "
         "inköp och städ. Under december–januari har H. larmat ambulans sex gånger, främst "
         "kvällstid på grund av andfåddhet och oro. Hon var inlagd på Centralsjukhuset Kristianstad "
         "2025-01-14 – 2025-01-21 för KOL-exacerbation. Vid utskrivningen framkom att H. inte tar "
         "sina inhalationer regelbundet och att hon är osäker på hur de ska tas."),
        ("Den enskildes delaktighet och önskemål",
         "H. deltog i hela mötet, som hölls hemma hos henne. Hon framförde att hon vill bo kvar i "
         "lägenheten och inte vill flytta till särskilt boende. Hon berättade att det är på kvällar "
         "och nätter hon blir rädd när hon får svårt att andas, och att hon då inte vet om hon ska "
         "trycka på larmet eller ringa 112."),
        ("Mål",
         "Målet är att H. ska kunna bo kvar i sin lägenhet och känna sig trygg, och att antalet "
         "ambulanslarm ska minska."),
        ("Insats 1",
         "Vad: Utökad hemtjänst med ett kvällsbesök kl. 21.00 för tillsyn, kvällsmedicin och hjälp att "
         "komma i säng.\nAnsvarig: Enhetschef, Hemtjänst Hässleholm väster\nNär: Fr.o.m. 2025-02-17"),
        ("Insats 2",
         "Vad: Trygghetslarmet byts till larmknapp med halsband och larmet kopplas till nattpatrullen. "
         "Nytt biståndsbeslut.\nAnsvarig: Biståndshandläggare, Myndighetsenheten äldreomsorg\n"
         "När: Beslut senast 2025-02-14"),
        ("Insats 3",
         "Vad: Hemsjukvården tar över läkemedelshanteringen inklusive inhalationer. Dosett delas var "
         "14:e dag. Inhalationsteknik kontrolleras vid första besöket och därefter en gång i månaden.\n"
         "Ansvarig: Sjuksköterska, Hemsjukvården Hässleholm\nNär: Fr.o.m. 2025-02-17"),
        ("Insats 4",
         "Vad: Läkemedelsgenomgång samt skriftlig egenvårdsplan vid försämring (vad H. gör vid "
         "andnöd, när hon ska larma, när hon ska ringa 1177 eller 112). Planen sätts upp på kylskåpet.\n"
         "Ansvarig: Distriktsläkare, Vårdcentralen Hässleholm\nNär: Läkarbesök 2025-03-04"),
        ("Insats 5",
         "Vad: Bedömning av behov av syrgas i hemmet efter remiss till lungmottagningen.\n"
         "Ansvarig: Regionen\nNär: –"),
        ("Övriga aktörer / anhöriga",
         "Sonen Tomas bor i Lund och är ett viktigt stöd för H. Han har informerats om mötet."),
        ("Huvudansvarig för planen",
         "Eva, biståndshandläggare, Myndighetsenheten äldreomsorg, Hässleholms kommun"),
        ("Uppföljning",
         "Uppföljande SIP-möte 2025-05-20 kl. 10.00 hemma hos H. Kallelse skickas av huvudansvarig."),
        ("Kopia till", "H., Hemsjukvården Hässleholm, Vårdcentralen Hässleholm"),
        ("Dokumenterat av", "Eva, biståndshandläggare, 2025-02-12"),
    ]
    pdf_row(pdf, *pdf.header_cols, head=True)
    for label, text in rows:
        pdf_row(pdf, label, text)
    pdf.output(path)


# ------------------------------------------------------- 02 du-questions docx
def plan02(path):
    doc = new_doc("Per", dt.datetime(2025, 2, 18, 16, 0))
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Varbergs kommun  ·  Region Halland\tSIP"
    ft = sec.footer.paragraphs[0]
    ft.text = "Din plan – en kopia till dig och en till mamma och pappa"
    ft.alignment = WD_ALIGN_PARAGRAPH.CENTER

    doc.add_heading("Din samordnade individuella plan (SIP)", level=1)
    p = doc.add_paragraph()
    p.add_run("Till: ").bold = True
    p.add_run("Alva, 14 år")
    p = doc.add_paragraph()
    p.add_run("Datum: ").bold = True
    p.add_run("2025-02-18, kl. 13.30–15.00, konferensrummet på Lindbergsskolan")

    doc.add_heading("Varför har vi det här mötet?", level=2)
    doc.add_paragraph(
        "Sedan höstlovet har du bara varit i skolan några timmar i veckan, och du har fått kontakt "
        "med både BUP, elevhälsan och socialtjänsten. Vi har det här mötet för att göra en gemensam "
        "plan, så att du inte ska behöva berätta samma sak för alla och så att det vi vuxna gör "
        "hänger ihop. Tanken är att du ska kunna komma tillbaka till skolan i din egen takt.")

    doc.add_heading("Vad behöver vi prata om idag?", level=2)
    for q in ["Hur kan din skoldag se ut de närmaste veckorna?",
              "Ska KBT-samtalen på BUP fortsätta samtidigt som du börjar i skolan igen, och hur ofta?",
              "Vad gör vi de morgnar när det känns omöjligt att ta sig iväg?"]:
        doc.add_paragraph(q, style="List Bullet")

    doc.add_heading("Vad vill du?", level=2)
    doc.add_paragraph(
        "Du sa så här: ”Jag vill kunna gå till skolan på förmiddagarna och vara med klassen på "
        "slöjden och idrotten igen. Och jag vill slippa ha ont i magen varje söndagskväll.”")

    doc.add_heading("Hur var du med?", level=2)
    doc.add_paragraph(
        "Du var med på hela mötet tillsammans med mamma och pappa. Du fick börja och berätta hur du "
        "har det. Du tyckte att det var bra att vi satt i det lilla rummet. Du vill inte ha en extra "
        "vuxen med dig i klassrummet, men det går bra att vara i studion med din mentor. Du vill "
        "hellre ha samtal efter lunch än tidigt på morgonen.")

    doc.add_heading("Får vi prata med varandra om dig?", level=2)
    doc.add_paragraph("Samtycke finns.")

    doc.add_heading("Vem gör vad?", level=2)
    rows = [
        ("Vad", "Vem", "När"),
        ("Anpassat schema: korta skoldagar 8.30–11.00 tre dagar i veckan (mån, tis, tor) i studion, "
         "med planerad upptrappning efter fyra veckor",
         "Mentor, Lindbergsskolan", "Från måndag 2025-02-24"),
        ("Stödsamtal om oro och skolgång en gång i veckan", "Kurator, Elevhälsan Lindbergsskolan",
         "Tisdagar kl. 12.30 från 2025-02-25"),
        ("KBT-behandling för oro och skolrädsla, tio gånger", "BUP Varberg, Region Halland (psykolog)",
         "Varannan torsdag kl. 14.00 från 2025-02-27"),
        ("Läkarbedömning av sömn och magont", None, "2025-03-06"),
        ("Samtal med dig och dina föräldrar hemma om rutiner på morgonen",
         "Familjeteamet, Socialtjänsten Varbergs kommun", "Onsdagar kl. 17.00 från 2025-03-05"),
    ]
    t = doc.add_table(rows=len(rows), cols=3)
    t.style = "Table Grid"
    for i, (a, b, c) in enumerate(rows):
        cells = t.rows[i].cells
        cell_text(cells[0], a, bold=(i == 0))
        if b is not None:
            cell_text(cells[1], b, bold=(i == 0))
        cell_text(cells[2], c, bold=(i == 0))
        if i == 0:
            for c_ in cells:
                shade(c_, "D9E2F3")
    repeat_header(t.rows[0])
    merged = t.cell(3, 1).merge(t.cell(4, 1))
    cell_text(merged, "BUP Varberg, Region Halland (psykolog och läkare)")
    set_widths(t, (Cm(8.2), Cm(4.6), Cm(3.7)))

    doc.add_heading("Vem var med?", level=2)
    doc.add_paragraph("Du, mamma Sara och pappa Ali. Jonas, Annika, Leila och Per.")

    doc.add_heading("När ses vi igen?", level=2)
    doc.add_paragraph("Tisdag den 25 mars 2025 kl. 15.00, i samma rum på skolan.")
    save_doc(doc, path)


# ------------------------------------------------------- 03 nurse e-mail txt
def plan03(path):
    text = """Ämne: SIP Bengt - det vi kom fram till idag

Hej!

Tack för mötet idag på vårdcentralen. Här kommer planen som jag lovade
att skriva ihop efter mötet. Säg till om något blivit fel så rättar jag
innan jag scannar in den i journalen. Bengt var inte med idag.

--- SYFTE ---
Samordning.

--- BAKGRUND ---
Bengt är 81 år och bor ensam i villa utanför Sölvesborg. Han har
diabetes typ 2 med insulin, ett bensår på vänster underben sedan
januari och tilltagande minnesproblem som inte är utredda. Hemtjänst
morgon och kväll sedan hösten 2024. I mars har han vid två tillfällen
glömt att ta insulinet och haft blodsocker över 20. Såret läker
långsamt.

Bengt har sagt till hemtjänsten att han inte vill att de kommer före
kl. 8 på morgonen.

--- INSATSER ---
1) Fortsatt kontakt med distriktssköterska (vem: DSK Sofie, vårdcentralen,
   när: löpande)
2) Hemtjänsten fortsätter som tidigare med stöd vid behov
   (vem: hemtjänsten, när: -)
3) Läkarkontakt vid behov (vem: Regionen, när: vid behov)
4) Stöd från hemsjukvården kring insulinet vid behov
   (vem: hemsjukvården, när: )

--- ÖVRIGT ---
Minnesutredning togs upp men vi väntar med den tills vidare.

--- HUVUDANSVAR ---
Vårdcentralen Sölvesborg

--- UPPFÖLJNING ---
Vi ses igen i september, jag skickar ut en kallelse.

Hälsningar
Sofie
Distriktssköterska
Vårdcentralen Sölvesborg, Region Blekinge
Nås via växeln
"""
    with open(path, "w", encoding="utf-8", newline="\r\n") as f:
        f.write(text)


# ------------------------------------------------------- 04 README-style md
def plan04(path):
    text = """# Samordnad individuell plan (SIP) – Elias, 17 år

> Kungsbacka kommun · Region Halland
> Upprättad: 2025-03-04 · Version 1.0 · Senast ändrad: 2025-03-05
> Personnummer: ÅÅMMDD-XXXX

## Innehåll

1. [Syfte](#1-syfte)
2. [Frågeställningar](#2-frågeställningar)
3. [Mål](#3-mål)
4. [Delaktighet och samtycke](#4-delaktighet-och-samtycke)
5. [Insatser](#5-insatser)
6. [Andra aktörer](#6-andra-aktörer)
7. [Huvudansvar](#7-huvudansvar)
8. [Uppföljning](#8-uppföljning)
9. [Deltagare](#9-deltagare)

---

## 1. Syfte

Elias har sedan i höstas ett ökande cannabisbruk, hög frånvaro på
gymnasiet och många konflikter hemma. BUP, Öppenvården Ungdom och skolan
har haft var sin kontakt med honom utan att känna till varandras
insatser. Syftet med planen är att Elias och hans föräldrar ska få ett
samlat stöd där behandlingen för cannabisbruket, utredningen på BUP och
skolans anpassningar planeras tillsammans och inte krockar.

## 2. Frågeställningar

_Inga noterade._

## 3. Mål

> "Jag vill sluta röka på helt innan sommaren och klara kurserna i ettan
> så att jag kan börja tvåan i augusti." – Elias

## 4. Delaktighet och samtycke

Elias deltog i hela mötet tillsammans med sin mamma Jenny och sin pappa
Mats. Elias vill att träffarna på Öppenvården ska ligga efter skoltid och
vill inte att klasskamraterna ska märka något av frånvarouppföljningen.

- [x] Samtycke inhämtat
- [x] Informerad om att samtycket kan återkallas
- [ ] Kopia av planen skickad till vårdnadshavare

Samtycket lämnades muntligt av Elias och båda vårdnadshavarna vid mötet
2025-03-04 och är antecknat i respektive journal.

## 5. Insatser

| # | Insats | Ansvarig | När |
|---|--------|----------|-----|
| 1 | Strukturerad öppenvårdsbehandling (MI-samtal och återfallsprevention) med urinprov, en gång i veckan | Öppenvården Ungdom, Kungsbacka kommun | Onsdagar kl. 16.00 fr.o.m. 2025-03-12 |
| 2 | Neuropsykiatrisk utredning, frågeställning ADHD | BUP Kungsbacka, Region Halland | Start 2025-04-07 |
| 3 | Anpassad studieplan med färre kurser vt 2025 | Studie- och yrkesvägledare, Elof Lindälvs gymnasium | Klar senast 2025-03-14 |
| 4 | Frånvarouppföljning varje vecka, enskilt med mentor | Mentor, Elof Lindälvs gymnasium | Fredagar fr.o.m. 2025-03-07 |
| 5 | Föräldrastöd, samtal för Jenny och Mats | Familjestödet, IFO Kungsbacka kommun | Varannan tisdag fr.o.m. 2025-03-18 |

## 6. Andra aktörer

Familjen är ett viktigt stöd för Elias.

## 7. Huvudansvar

Socialtjänsten, Kungsbacka kommun.

## 8. Uppföljning

Uppföljande SIP-möte **2025-06-10 kl. 14.00** på Öppenvården Ungdom.

## 9. Deltagare

| Namn | Funktion | Organisation |
|------|----------|--------------|
| Elias | – | – |
| Jenny | vårdnadshavare | – |
| Mats | vårdnadshavare | – |
| Hanna | socialsekreterare | IFO Barn och unga, Kungsbacka kommun |
| Robin | behandlare | Öppenvården Ungdom, Kungsbacka kommun |
| Sara | sjuksköterska | BUP Kungsbacka, Region Halland |
| Kristoffer | mentor | Elof Lindälvs gymnasium, Kungsbacka kommun |

---

_Planen förvaras i respektive verksamhets journal. Mall: `sip-mall.md` v2._
"""
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# ------------------------------------------------------- 05 ADHD / AF / FK docx
def plan05(path):
    doc = new_doc("Maria", dt.datetime(2025, 5, 14, 9, 0))
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Karlskrona kommun – Region Blekinge\t\tSIP"
    fp = sec.footer.paragraphs[0]
    fp.text = "Arbetsmarknad och försörjning, Karlskrona kommun"
    fp.runs[0].font.size = Pt(8)

    t = doc.add_paragraph()
    r = t.add_run("SAMORDNAD INDIVIDUELL PLAN (SIP)")
    r.bold = True
    r.font.size = Pt(15)

    label_value(doc, "Namn:", "Jonatan (J.), 23 år")
    label_value(doc, "Personnummer:", "ÅÅMMDD-XXXX")
    label_value(doc, "Datum för mötet:", "2025-05-13, kl. 9.00–10.30")
    label_value(doc, "Plats:", "Arbetsmarknadsenheten, Karlskrona")
    label_value(doc, "Deltagare:", [
        "J.",
        "Maria, socialsekreterare, Försörjningsstöd, Karlskrona kommun",
        "Olle, arbetskonsulent, Arbetsmarknadsenheten, Karlskrona kommun",
        "Fatima, sjuksköterska, Vuxenpsykiatrin Karlskrona, Region Blekinge",
        "Henrik, arbetsförmedlare, Arbetsförmedlingen Karlskrona",
        "Linnea, handläggare, Försäkringskassan (deltog via Teams)",
    ])
    label_value(doc, "Syfte:",
                "J. fick diagnosen ADHD hösten 2024 och har varit utan arbete och studier i drygt två år. "
                "Han har försörjningsstöd och är inskriven på Arbetsförmedlingen samtidigt som "
                "medicininställningen på vuxenpsykiatrin pågår. Syftet med planen är att samordna "
                "kommunens, psykiatrins, Arbetsförmedlingens och Försäkringskassans insatser så att J. "
                "kan komma vidare mot arbete eller studier utan att insatserna krockar i tid eller i krav.")
    label_value(doc, "Frågeställningar:", "Diskutera nuläget.")
    label_value(doc, "Bakgrund:",
                "J. avbröt gymnasiet i årskurs 3 (El- och energiprogrammet) och har därefter haft kortare "
                "extrajobb på lager. Förskjuten dygnsrytm sedan flera år, ofta vaken till kl. 4–5. Har "
                "missat flera bokade möten på AF, vilket lett till varningar. Påbörjade läkemedel mot "
                "ADHD i mars 2025, dosjustering pågår.")
    label_value(doc, "Den enskildes delaktighet:", "J. deltog i hela mötet.")
    label_value(doc, "Mål:",
                "Målet är att J. ska ha en fungerande dygnsrytm och påbörja arbetsträning eller praktik "
                "senast i oktober 2025.")
    label_value(doc, "Insatser och ansvar (kommun och region):", [
        "1. Fortsatt medicininställning med läkarbesök och uppföljning av effekt och biverkningar. "
        "Ansvarig: Fatima, sjuksköterska, Vuxenpsykiatrin Karlskrona. Nästa läkarbesök 2025-06-03.",
        "2. Psykoedukation om ADHD i grupp, åtta träffar. Ansvarig: Vuxenpsykiatrin Karlskrona.",
        "3. Kartläggning av arbetsförmåga och intressen, tre träffar med arbetskonsulent. "
        "Ansvarig: Olle, arbetskonsulent, Arbetsmarknadsenheten. Start 2025-05-26.",
        "4. Fortsatt försörjningsstöd; planeringen på Arbetsmarknadsenheten räknas som aktivitet. "
        "Ansvarig: Maria, socialsekreterare, Försörjningsstöd. Nästa beslut 2025-06-05.",
    ])
    label_value(doc, "Andra aktörers åtgärder:", [
        "Arbetsförmedlingen: Handlingsplanen uppdateras utifrån Arbetsmarknadsenhetens kartläggning och "
        "J. anvisas till Rusta och matcha. Möten bokas efter kl. 11 med hänsyn till dygnsrytmen. "
        "Ansvarig: Henrik, arbetsförmedlare. Senast 2025-06-30.",
        "Försäkringskassan: Handlägger J:s ansökan om aktivitetsersättning vid nedsatt arbetsförmåga och "
        "begär in läkarutlåtande från vuxenpsykiatrin. Ansvarig: Linnea, handläggare. "
        "Beslut beräknas i augusti 2025.",
        "J.: Lämnar in månadsansökan om försörjningsstöd senast den 25:e varje månad och meddelar Olle "
        "om han inte kan komma till en bokad träff.",
    ])
    label_value(doc, "Huvudansvarig:", "Maria, socialsekreterare, Försörjningsstöd, Karlskrona kommun")
    label_value(doc, "Uppföljning:", "")
    label_value(doc, "Upprättad av:", "Maria, socialsekreterare, 2025-05-14")
    save_doc(doc, path)


# ------------------------------------------------------- 06 follow-up landscape PDF via LO
def plan06(path):
    doc = new_doc("Lisa", dt.datetime(2025, 3, 12, 11, 0), font="Liberation Sans", size=10)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin"):
        setattr(sec, side, Cm(1.8))
    sec.top_margin = Cm(1.6)
    sec.bottom_margin = Cm(1.6)
    hp = sec.header.paragraphs[0]
    hp.text = "Ystads kommun · Vuxenenheten  |  Samverkan med Region Skåne"
    for r in hp.runs:
        r.font.size = Pt(8)

    t = doc.add_paragraph()
    r = t.add_run("Uppföljning av samordnad individuell plan (SIP)")
    r.bold = True
    r.font.size = Pt(14)

    info = [
        ("Namn", "R., 34 år", "Personnummer", "XXXXXX-XXXX"),
        ("Datum för uppföljning", "2025-03-12", "Ursprunglig SIP", "2024-10-08"),
        ("Huvudansvarig", "Lisa, socialsekreterare, Vuxenenheten, Ystads kommun",
         "Nästa uppföljning", "Efter sommaren"),
    ]
    it = doc.add_table(rows=len(info), cols=4)
    it.style = "Table Grid"
    for i, (a, b, c, d) in enumerate(info):
        cells = it.rows[i].cells
        cell_text(cells[0], a, bold=True, size=9)
        cell_text(cells[1], b, size=9)
        cell_text(cells[2], c, bold=True, size=9)
        cell_text(cells[3], d, size=9)
        shade(cells[0], "EDEDED")
        shade(cells[2], "EDEDED")
    set_widths(it, (Cm(4.2), Cm(8.9), Cm(4.0), Cm(9.0)))

    doc.add_paragraph()
    rows = [
        ("Mål", "Insats", "Ansvarig", "Status", "Kommentar"),
        ("Stabilt boende", "Boendestöd två gånger i veckan: struktur i vardagen, post och räkningar, städning",
         "Boendestödet, Ystads kommun", "✔", "Fungerar. R. släpper nu in personalen vid varje besök."),
        ("Minskade skulder", "Genomgång av skulder och ansökan om skuldsanering",
         "Socialtjänsten", "pågår", "Första mötet hölls 2025-02-20, nästa möte bokas i april."),
        ("Stabilt psykiskt mående", "Depåinjektion var 14:e dag",
         "Psykosmottagningen Ystad, Region Skåne", "✔", "Inga missade injektioner sedan november."),
        ("Stabilt psykiskt mående", "Läkarbesök för läkemedelsuppföljning",
         "Regionen", "✔", "Senaste besök 2025-02-04. Oförändrad dos."),
        ("Meningsfull sysselsättning", "Sysselsättning på Träffpunkten två dagar i veckan",
         "Socialpsykiatrin, Ystads kommun", "✖", "Har inte kommit igång."),
        ("God fysisk hälsa", "Hälsokontroll med blodprover (blodfetter, blodsocker) och vikt",
         "Vårdcentralen Ystad", "✖", "Ej bokad ännu."),
    ]
    tt = doc.add_table(rows=len(rows), cols=5)
    tt.style = "Table Grid"
    tt.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, vals in enumerate(rows):
        cells = tt.rows[i].cells
        for j, v in enumerate(vals):
            cell_text(cells[j], v, bold=(i == 0), size=12 if (j == 3 and i > 0 and v in "✔✖") else 9.5)
            if j == 3:
                cells[j].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            if i == 0:
                shade(cells[j], "C9C9C9")
    repeat_header(tt.rows[0])
    set_widths(tt, (Cm(4.4), Cm(7.6), Cm(5.6), Cm(1.9), Cm(6.6)))

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    r = p.add_run("Status: ✔ = genomförd/fungerar   ✖ = ej genomförd   pågår = påbörjad")
    r.font.size = Pt(8)
    r.italic = True

    tmpdir = tempfile.mkdtemp(prefix="f50a-")
    try:
        src = os.path.join(tmpdir, os.path.splitext(os.path.basename(path))[0] + ".docx")
        save_doc(doc, src)
        pdf = soffice_pdf(src, tmpdir)
        shutil.move(pdf, path)
        fix_pdf_metadata(path)
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)


# ------------------------------------------------------- 07 notes docx
def add_with_notes(doc, parts, style=None):
    """parts: list of strings; an int is written as a superscript note number."""
    p = doc.add_paragraph(style=style)
    for part in parts:
        if isinstance(part, int):
            r = p.add_run(str(part))
            r.font.superscript = True
        else:
            p.add_run(part)
    return p


def plan07(path):
    doc = new_doc("Johanna", dt.datetime(2025, 4, 9, 10, 0), font="Cambria", size=11)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Laholms kommun  |  Region Halland"
    h = doc.add_heading("Samordnad individuell plan", level=1)
    add_with_notes(doc, ["Mira (M.), 26 år. Möte 2025-04-08 kl. 13.00–14.30, Träffpunkten, Laholm."])

    doc.add_heading("Bakgrund", level=2)
    add_with_notes(doc, [
        "M. har autism och lindrig intellektuell funktionsnedsättning. Hon bor sedan 2022 i en "
        "servicebostad enligt LSS i Laholm och har daglig verksamhet på Hantverket fyra dagar i veckan. "
        "Sedan december har hon haft mer ångest, framför allt på kvällarna, hon har skadat sig själv vid "
        "två tillfällen och har stannat hemma från daglig verksamhet flera dagar. Hon har haft kontakt "
        "med vuxenhabiliteringen sedan hon var 18 och remitterades till vuxenpsykiatrin i februari.", 1, ])

    doc.add_heading("Syfte", level=2)
    add_with_notes(doc, [
        "Syftet med planen är att habiliteringen, psykiatrin, boendet och daglig verksamhet ska arbeta "
        "på samma sätt kring M:s ångest, så att hon känner igen bemötandet överallt och kan komma "
        "tillbaka till sina dagar på Hantverket."])

    doc.add_heading("Frågor till mötet", level=2)
    for q in ["Hur ska personalen på boendet och på Hantverket göra när M. får ångest?",
              "Behöver M. en ny läkarbedömning och eventuellt läkemedel?",
              "Kan hennes dagar på Hantverket kortas under en period utan att hon förlorar sin plats?"]:
        doc.add_paragraph(q, style="List Bullet")

    doc.add_heading("M:s delaktighet", level=2)
    add_with_notes(doc, [
        "M. valde att inte vara med på mötet, eftersom det blir för många människor och för mycket prat "
        "för henne; så har hon gjort inför tidigare möten också. Kontaktmannen Kerstin gick igenom "
        "frågorna med henne dagen före", 2,
        " och förde fram hennes synpunkter: hon vill ha samma personal på morgnarna, hon vill ha "
        "bildschema hemma och hon vill inte byta daglig verksamhet."])
    add_with_notes(doc, ["M. har gett sitt samtycke till att vi som finns runt henne pratar med varandra och "
                         "till den här planen.", 3])

    doc.add_heading("Mål", level=2)
    add_with_notes(doc, ["M:s egna ord: ”Jag vill vara på Hantverket tre dagar i veckan och inte vara rädd på "
                         "kvällarna.”"])

    doc.add_heading("Insatser", level=2)
    items = [
        ["Gemensam handlingsplan vid ångest (lågaffektivt bemötande, vad personalen säger och gör) som "
         "används både på boendet och på Hantverket. Ansvar: psykolog, Vuxenhabiliteringen Halmstad. "
         "När: klar 2025-05-06."],
        ["Bildschema för morgon och kväll sätts upp i lägenheten. Ansvar: arbetsterapeut, "
         "Vuxenhabiliteringen Halmstad. När: fr.o.m. 2025-04-22."],
        ["Samma två medarbetare på morgnarna vardagar. Ansvar: enhetschef, Servicebostaden Laholm (LSS), "
         "Laholms kommun. När: fr.o.m. 2025-04-14."],
        ["Tillfälligt kortare dagar på Hantverket, kl. 9–13, med plan för upptrappning. Ansvar: enhetschef, "
         "Daglig verksamhet Hantverket, Laholms kommun. När: 2025-04-14 – 2025-06-30."],
        ["Läkarbedömning av ångesten och ställningstagande till läkemedel. Ansvar: läkare, "
         "Vuxenpsykiatriska mottagningen Halmstad, Region Halland. När: 2025-04-29.", 4],
    ]
    for it in items:
        add_with_notes(doc, it, style="List Number")

    doc.add_heading("Andra aktörer", level=2)
    add_with_notes(doc, [
        "God man Birgitta ansöker om förlängt färdtjänsttillstånd före 2025-05-31 och ser till att M. har "
        "pengar på sitt resekort. Mamma Ann hämtar M. till sig varannan helg som tidigare och följer med "
        "till läkarbesöket om M. vill det."])

    doc.add_heading("Deltagare", level=2)
    add_with_notes(doc, ["Kerstin, kontaktman; Ahmed, enhetschef; Lena, enhetschef; Johanna, psykolog; "
                         "Malin, arbetsterapeut; Emil, sjuksköterska; Birgitta, god man; Agnes, LSS-handläggare."])

    doc.add_heading("Uppföljning", level=2)
    add_with_notes(doc, ["Planen följs upp vid ett nytt möte i höst.", 5])

    doc.add_heading("Noter", level=2)
    notes = [
        "Remiss från Vårdcentralen Laholm 2025-02-11.",
        "Samtal i M:s lägenhet 2025-04-07 med bildstöd, ca 40 minuter.",
        "Skriftligt samtycke på kommunens blankett, undertecknat av M. 2025-04-02 tillsammans med "
        "kontaktmannen. Gäller i ett år.",
        "Tiden är bokad. M. vill att Kerstin följer med.",
        "Uppföljningsmöte bokat 2025-09-16 kl. 13.30 på Träffpunkten, Laholm. M. får en bildkallelse.",
    ]
    for i, n in enumerate(notes, 1):
        p = doc.add_paragraph()
        r = p.add_run(str(i))
        r.font.superscript = True
        r2 = p.add_run(" " + n)
        r2.font.size = Pt(9)
        p.paragraph_format.space_after = Pt(2)
    save_doc(doc, path)


# ------------------------------------------------------- 08 ward care plan (not a SIP)
def plan08(path):
    doc = new_doc("Tove", dt.datetime(2025, 1, 16, 14, 0))
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Region Skåne · Centralsjukhuset Kristianstad · Medicinavdelning 22"
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Omvårdnadsdokumentation enligt VIPS"
    for r in fp.runs:
        r.font.size = Pt(8)

    doc.add_heading("Vårdplan – omvårdnad", level=1)
    for lab, val in [("Patient: ", "Gunnel, 82 år, ÅÅMMDD-XXXX"),
                     ("Inskriven: ", "2025-01-12 via akutmottagningen"),
                     ("Medicinsk diagnos: ", "KOL med akut exacerbation, pneumoni"),
                     ("Ansvarig sjuksköterska: ", "Tove, leg. sjuksköterska, avd 22"),
                     ("Vårdplan upprättad: ", "2025-01-13, reviderad 2025-01-16")]:
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        p.add_run(lab).bold = True
        p.add_run(val)

    doc.add_heading("Omvårdnadsanamnes (kort)", level=2)
    doc.add_paragraph(
        "Bor ensam i lägenhet, hemtjänst två gånger dagligen. Röker ej sedan 2010. Går med rollator "
        "inomhus. Dottern bor i samma ort och kommer på besök. Patienten uttrycker oro för att inte "
        "klara sig hemma efter utskrivning.")

    doc.add_heading("Omvårdnadsproblem, mål, åtgärder och utvärdering", level=2)
    rows = [
        ("Sökord / problem", "Mål för omvårdnaden", "Omvårdnadsåtgärder", "Utvärdering"),
        ("Andning: Andnöd vid minsta ansträngning, saturation 85 % utan syrgas.",
         "Saturation 88–92 %. Pat. klarar att gå till toaletten med rollator utan uttalad andnöd.",
         "Syrgas enligt ordination 1–2 l/min. Inhalationer enligt lista, kontroll av teknik. "
         "Högläge i säng. PEP-flaska 3 ggr/dag med stöd av fysioterapeut.",
         "2025-01-16: Saturation 90 % på 1 l/min. Går till toaletten med stöd av en personal."),
        ("Nutrition: Aptitlöshet, viktnedgång 4 kg senaste månaden.",
         "Bibehållen vikt under vårdtiden. Äter minst hälften av serverade portioner.",
         "Vikt två gånger i veckan. Energiberikad kost, näringsdryck 2 ggr/dag. Matregistrering 3 dygn. "
         "Dietistkonsult vid fortsatt viktnedgång.",
         "2025-01-16: Vikt oförändrad. Dricker en näringsdryck per dag."),
        ("Aktivitet: Ökad fallrisk (Downton 4), nedsatt ork.",
         "Inga fall under vårdtiden.",
         "Ringklocka inom räckhåll. Säng i lågt läge nattetid. Halkstrumpor. Fysioterapeut bedömer "
         "förflyttning och gånghjälpmedel.",
         "2025-01-16: Inga fall. Bedömd av fysioterapeut 2025-01-14."),
        ("Psykosocialt: Oro och sömnsvårigheter nattetid, rädd för att inte få luft.",
         "Pat. upplever trygghet och sover minst 5 timmar per natt.",
         "Samtal om oron vid kvällsrond. Nattlampa. Tillsyn varannan timme nattetid. "
         "Information om andningsteknik vid andnöd.",
         "2025-01-16: Sov bättre senaste natten enligt pat. Fortsatt oro inför hemgång."),
        ("Elimination: Förstoppning, senaste avföring 2025-01-11.",
         "Avföring minst varannan dag.",
         "Laxantia enligt ordination. Vätskelista. Uppmuntra till mobilisering.",
         "2025-01-15: Avföring. Åtgärd avslutas."),
    ]
    t = doc.add_table(rows=len(rows), cols=4)
    t.style = "Table Grid"
    for i, vals in enumerate(rows):
        for j, v in enumerate(vals):
            cell_text(t.rows[i].cells[j], v, bold=(i == 0), size=9)
            if i == 0:
                shade(t.rows[i].cells[j], "DDEBF7")
    repeat_header(t.rows[0])

    doc.add_heading("Planering inför utskrivning", level=2)
    doc.add_paragraph(
        "Inskrivningsmeddelande skickat till Kristianstads kommun 2025-01-13. Beräknad utskrivning "
        "2025-01-20. Behov av syrgas i hemmet bedöms av ansvarig läkare före utskrivning. Information "
        "till patient och dotter om egenvård vid KOL ges av sjuksköterska.")
    p = doc.add_paragraph()
    p.add_run("Signerad: ").bold = True
    p.add_run("Tove, leg. sjuksköterska, 2025-01-16 14.05")
    save_doc(doc, path)


def main():
    os.makedirs(OUT, exist_ok=True)
    for fn in os.listdir(OUT):
        os.remove(os.path.join(OUT, fn))
    plan01(os.path.join(OUT, "f50a-01.pdf"))
    plan02(os.path.join(OUT, "f50a-02.docx"))
    plan03(os.path.join(OUT, "f50a-03.txt"))
    plan04(os.path.join(OUT, "f50a-04.md"))
    plan05(os.path.join(OUT, "f50a-05.docx"))
    plan06(os.path.join(OUT, "f50a-06.pdf"))
    plan07(os.path.join(OUT, "f50a-07.docx"))
    plan08(os.path.join(OUT, "f50a-08.docx"))
    for fn in sorted(os.listdir(OUT)):
        print(fn, os.path.getsize(os.path.join(OUT, fn)))


if __name__ == "__main__":
    main()
