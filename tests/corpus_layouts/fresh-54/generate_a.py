#!/usr/bin/env python3
"""Generate the f54a- batch of fictional, anonymized SIP test documents.

Run with /work/batches/.venv/bin/python generate.py
Deterministic: fixed dates, no randomness; docx zip timestamps normalised.
"""
import os
import shutil
import subprocess
import tempfile
import textwrap
import zipfile
from datetime import datetime, timezone

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
P = "f54a-"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIXED_DT = datetime(2025, 1, 1, 12, 0, 0, tzinfo=timezone.utc)


# ---------------------------------------------------------------- helpers
def normalise_zip(path):
    """Rewrite a .docx with fixed zip timestamps so runs are byte-identical."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    os.replace(tmp, path)


def new_doc(author="SIP"):
    doc = Document()
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT.replace(tzinfo=None)
    cp.modified = FIXED_DT.replace(tzinfo=None)
    cp.revision = 1
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    return doc


def save_doc(doc, name):
    path = os.path.join(OUT, name)
    doc.save(path)
    normalise_zip(path)
    return path


def set_cell_bg(cell, hex_color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_color)
    tcPr.append(shd)


def mark_header_row(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def add_table(doc, header, rows, widths=None, style="Table Grid", bold_header=True, shade="D9E2F3"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = style
    hdr = t.rows[0]
    mark_header_row(hdr)
    for i, h in enumerate(header):
        c = hdr.cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(h)
        r.bold = bold_header
        if shade:
            set_cell_bg(c, shade)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


def add_sdt_placeholder(paragraph, placeholder="Klicka eller tryck här för att ange text."):
    """Insert an empty plain-text content control showing its placeholder."""
    sdt = OxmlElement("w:sdt")
    sdtPr = OxmlElement("w:sdtPr")
    alias = OxmlElement("w:alias")
    alias.set(qn("w:val"), "Text")
    sdtPr.append(alias)
    sh = OxmlElement("w:showingPlcHdr")
    sdtPr.append(sh)
    txt = OxmlElement("w:text")
    sdtPr.append(txt)
    sdt.append(sdtPr)
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    rPr = OxmlElement("w:rPr")
    rs = OxmlElement("w:rStyle")
    rs.set(qn("w:val"), "PlaceholderText")
    rPr.append(rs)
    col = OxmlElement("w:color")
    col.set(qn("w:val"), "808080")
    rPr.append(col)
    r.append(rPr)
    t = OxmlElement("w:t")
    t.text = placeholder
    r.append(t)
    content.append(r)
    sdt.append(content)
    paragraph._p.append(sdt)


def para(doc, text="", bold=False, italic=False, size=None, style=None, align=None, space_after=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def label_value(doc, label, value, label_bold=True):
    p = doc.add_paragraph()
    r = p.add_run(label + " ")
    r.bold = label_bold
    if value:
        p.add_run(value)
    return p


def soffice_pdf(src, outname):
    """Convert with LibreOffice using the batch's own profile."""
    tmpd = tempfile.mkdtemp(prefix="f54a-lo-")
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo-f54a", "--headless",
         "--convert-to", "pdf", "--outdir", tmpd, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    base = os.path.splitext(os.path.basename(src))[0] + ".pdf"
    shutil.move(os.path.join(tmpd, base), os.path.join(OUT, outname))
    shutil.rmtree(tmpd, ignore_errors=True)


# ======================================================================
# 01  PDF (fpdf2): borderless regional SIP-tool print, Nybro
# ======================================================================
class ToolPDF(FPDF):
    TOOL = "SAMSIP Kalmar län – kommunerna och Region Kalmar län"
    PRINTED = "Utskrift 2025-03-18 15:42 av distriktssköterska, Vårdcentralen Nybro"

    def header(self):
        self.set_font("DV", "", 7.5)
        self.set_text_color(110, 110, 110)
        self.set_xy(15, 8)
        self.cell(120, 4, self.TOOL)
        self.cell(0, 4, f"Sida {self.page_no()} ({{nb}})", align="R")
        self.set_xy(15, 12)
        self.cell(120, 4, self.PRINTED)
        self.cell(0, 4, "Samordnad individuell plan", align="R")
        self.set_text_color(0, 0, 0)
        self.set_y(22)

    def footer(self):
        self.set_y(-12)
        self.set_font("DV", "", 7)
        self.set_text_color(130, 130, 130)
        self.cell(0, 4, "Utskriften är en kopia. Gällande version finns i SAMSIP.", align="C")
        self.set_text_color(0, 0, 0)


def plan01():
    pdf = ToolPDF(format="A4")
    pdf.set_creation_date(FIXED_DT)
    pdf.set_title("SIP Holger")
    pdf.set_author("SAMSIP")
    pdf.add_font("DV", "", FONT)
    pdf.add_font("DV", "B", FONT_B)
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(15, 22, 15)
    pdf.add_page()

    LW = 42   # narrow label column
    VX = 15 + LW + 4
    VW = 210 - 15 - VX

    def section(title):
        pdf.ln(3)
        pdf.set_font("DV", "B", 11)
        pdf.set_x(15)
        pdf.cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    def field(label, value, bold_value=False):
        y = pdf.get_y()
        if y > 297 - 18 - 10:
            pdf.add_page()
            y = pdf.get_y()
        pdf.set_font("DV", "", 7.5)
        pdf.set_text_color(120, 120, 120)
        pdf.set_xy(15, y + 0.6)
        pdf.multi_cell(LW, 3.6, label, align="L", new_x="RIGHT", new_y="TOP")
        y_label_end = pdf.get_y()
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("DV", "B" if bold_value else "", 9.5)
        pdf.set_xy(VX, y)
        pdf.multi_cell(VW, 4.8, value if value else "", align="L", new_x="LMARGIN", new_y="NEXT")
        y_end = max(pdf.get_y(), y + 5)
        pdf.set_y(y_end + 2)

    pdf.set_font("DV", "B", 14)
    pdf.cell(0, 8, "Samordnad individuell plan (SIP)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 9)
    pdf.set_text_color(90, 90, 90)
    pdf.cell(0, 5, "Plan-ID 2025-NYB-0117 · Status: Fastställd · Version 1", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)

    section("Grunduppgifter")
    field("Personens namn", "Holger")
    field("Personnummer", "XXXXXX-XXXX")
    field("Kommun", "Nybro")
    field("Mötesdatum", "2025-03-18 kl. 13.30–14.45")
    field("Mötesplats", "Hemma hos Holger, Nybro")
    field("Typ av SIP", "SIP vid utskrivning från slutenvård (samverkan vid utskrivning)")

    section("Bakgrund och syfte")
    field("Bakgrund",
          "Holger, 81 år, bor ensam i lägenhet på andra våningen med hiss. Han fick en stroke "
          "2025-02-27 och vårdades på strokeenheten, Länssjukhuset i Kalmar, och därefter på "
          "geriatriska rehabiliteringsavdelningen. Han har kvarstående svaghet i vänster arm och ben, "
          "går med rollator inomhus och behöver hjälp vid dusch och på- och avklädning. Han skrevs "
          "ut till hemmet 2025-03-14. Tidigare har han klarat sig helt utan insatser.")
    field("Syfte med SIP",
          "Syftet är att samordna hemgången efter Holgers stroke så att hemtjänst, kommunens "
          "rehabilitering och vårdcentralen arbetar åt samma håll och Holger kan fortsätta bo "
          "kvar hemma på ett tryggt sätt. Planen ska också göra tydligt vem Holger ska vända sig till.")
    field("Frågeställningar", "")

    section("Den enskildes delaktighet och mål")
    field("Den enskildes delaktighet",
          "Holger deltog i hela mötet, som hölls i hans hem. Han framförde att han helst vill ha "
          "så få olika personer från hemtjänsten som möjligt och att han inte vill ha besök före "
          "kl. 08.00. Han vill träna gången utomhus så snart det går.")
    field("Mål (den enskildes)",
          "Att Holger ska kunna klara förflyttningar och toalettbesök själv och bo kvar i sin lägenhet.")
    field("Samtycke", "☐ Muntligt   ☐ Skriftligt      Datum:")

    section("Insatser")
    insatser = [
        ("Hemtjänst Nybro centrum",
         "Hjälp morgon och kväll med personlig hygien, på- och avklädning samt dusch två gånger per vecka. "
         "Enhetschef ser till att ett mindre arbetslag går hem till Holger.\n"
         "Ansvarig: Enhetschef, Hemtjänst Nybro centrum · Start: 2025-03-19"),
        ("Kommunens rehabilitering",
         "Arbetsterapeut gör hembesök och bedömer behov av duschpall, förhöjd toalettstol och "
         "greppräcke i badrummet samt provar ut trygghetslarm.\n"
         "Ansvarig: Arbetsterapeut, Rehabenheten Nybro kommun · Klart senast: 2025-03-28"),
        ("Kommunens rehabilitering",
         "Fysioterapeut lämnar träningsprogram för balans och gång och tränar gång utomhus med "
         "Holger en gång per vecka under april.\n"
         "Ansvarig: Fysioterapeut, Rehabenheten Nybro kommun · Start: 2025-03-25"),
        ("Vårdcentralen Nybro",
         "Blodtryckskontroll varje vecka under fyra veckor efter utskrivningen.\n"
         "Ansvarig: Distriktssköterska, Vårdcentralen Nybro · Start: 2025-03-24"),
        ("Vårdcentralen Nybro",
         "Läkemedelsgenomgång, särskilt blodförtunnande och blodtrycksmedicin.\n"
         "Ansvarig: Läkare, Vårdcentralen Nybro"),
    ]
    for label, text in insatser:
        field(label, text)
    field("Övriga aktörer", "")

    section("Ansvar och uppföljning")
    field("Huvudansvarig för planen", "Maria, distriktssköterska, Vårdcentralen Nybro")
    field("Fast vårdkontakt", "Maria, distriktssköterska, Vårdcentralen Nybro")
    field("Uppföljning", "2025-04-15 kl. 10.00, hemma hos Holger")

    section("Deltagare")
    deltagare = [
        ("Den enskilde", "Holger"),
        ("Region Kalmar län", "Maria, distriktssköterska, Vårdcentralen Nybro"),
        ("Region Kalmar län", "Sjuksköterska, geriatriska rehabiliteringsavdelningen, Länssjukhuset i Kalmar (via Teams)"),
        ("Nybro kommun", "Linda, biståndshandläggare, Myndighetsenheten äldreomsorg"),
        ("Nybro kommun", "Petra, enhetschef, Hemtjänst Nybro centrum"),
        ("Nybro kommun", "Johan, arbetsterapeut, Rehabenheten"),
    ]
    for lab, val in deltagare:
        field(lab, val)
    field("Planen upprättad av", "Maria, distriktssköterska, Vårdcentralen Nybro, 2025-03-18")
    pdf.output(os.path.join(OUT, P + "01.pdf"))


# ======================================================================
# 02  DOCX: young adult leaving HVB, Karlshamn (Heading 2, Område|Vad|Vem|Senast)
# ======================================================================
def plan02():
    doc = new_doc("IFO Karlshamn")
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Karlshamns kommun · Individ- och familjeomsorgen, Ungdomsgruppen\tSIP – utslussning från HVB"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Samordnad individuell plan · Karlshamns kommun och Region Blekinge"
    fp.runs[0].font.size = Pt(8)

    doc.add_heading("Samordnad individuell plan – Alva", level=1)
    para(doc, "Personnummer: ÅÅMMDD-XXXX     Mötesdatum: 2025-02-11     Plats: Ungdomsgruppen, Karlshamn", size=10)

    doc.add_heading("Bakgrund", level=2)
    para(doc,
         "Alva är 18 år och har sedan augusti 2023 varit placerad enligt SoL på HVB Solbacken i "
         "Olofström. Placeringen gjordes efter ett år med omfattande cannabisbruk, skolavbrott och "
         "konflikter hemma. Hon har under placeringen varit drogfri sedan våren 2024, vilket bekräftas "
         "av urinprover. Hon fick diagnosen ADHD på BUP Blekinge 2024 och har medicin som hittills "
         "förskrivits av BUP. Placeringen avslutas 2025-03-31. Alva ska då flytta till en "
         "träningslägenhet i Karlshamn. Hon har inte fullföljt gymnasiet.")

    doc.add_heading("Syfte med planen", level=2)
    para(doc,
         "Planen ska se till att Alvas flytt från HVB-hemmet till eget boende i Karlshamn blir "
         "trygg, att hennes ADHD-behandling inte får något avbrott när hon går över från BUP till "
         "vuxenpsykiatrin och att hon har en sysselsättning och stöd mot återfall när placeringen tar slut.")

    doc.add_heading("Alvas egna ord", level=2)
    para(doc,
         "Alva var med på mötet hela tiden och berättade själv hur hon ser på flytten. Hon är "
         "glad över att få flytta och vill bo i Karlshamn där hon har sin mormor. Hon vill inte ha kontakt med beroendeenheten oftare än en gång i veckan.")
    p = para(doc)
    r = p.add_run("”Jag vill klara mig i egen lägenhet, gå klart gymnasiet och ha ett jobb. "
                  "Och jag vill inte börja röka igen.”")
    r.italic = True

    doc.add_heading("Vad ska hända", level=2)
    rows = [
        ("Boende", "Kontrakt för träningslägenhet skrivs och Alva flyttar in.",
         "Socialsekreterare, IFO Karlshamn Ungdomsgruppen", "2025-03-24"),
        ("Boende", "Boendestöd två gånger i veckan de första tre månaderna (ekonomi, tvätt, rutiner).",
         "Boendestödjare, Socialpsykiatrin Karlshamn", "2025-04-01"),
        ("Hälsa", "Överföring från BUP; första läkarbesök om ADHD-medicinen.",
         "Sjuksköterska, Vuxenpsykiatriska mottagningen Karlshamn", "2025-03-14"),
        ("Hälsa", "Listar sig på vårdcentral i Karlshamn.",
         "Alva själv, med hjälp av kontaktperson på HVB Solbacken", "2025-03-31"),
        ("Beroende", "Återfallsprevention (ÅP) en gång i veckan samt urinprov varje vecka.",
         "Behandlare, Beroendeenheten IFO Karlshamn", "2025-04-07"),
        ("Sysselsättning", "Skriver in sig och har planeringssamtal.",
         "Handläggare, Arbetsförmedlingen Karlshamn", "2025-04-15"),
        ("Sysselsättning", "Ansöker till Komvux för att läsa klart gymnasiekurserna.",
         "Alva tillsammans med studie- och yrkesvägledare, Komvux Karlshamn", "2025-04-30"),
        ("Ekonomi", "Ansöker om bostadsbidrag hos Försäkringskassan.",
         "Alva, med stöd av kontaktperson på HVB Solbacken", "2025-03-20"),
        ("Avslut HVB", "Överlämningsmöte och skriftlig sammanfattning av placeringen till socialtjänsten.",
         "Föreståndare, HVB Solbacken", "2025-03-28"),
    ]
    add_table(doc, ["Område", "Vad ska hända", "Vem", "Senast"], rows, widths=[2.6, 6.4, 5.2, 2.4])

    doc.add_heading("Samtycke och huvudansvar", level=2)
    para(doc, "Samtycke finns.")
    para(doc, "Huvudansvar för planen: Socialtjänsten i Karlshamn.")

    doc.add_heading("Uppföljning", level=2)
    para(doc, "Planen följs upp i maj 2025, när Alva har bott en tid i lägenheten. Kallelse skickas ut.")
    save_doc(doc, P + "02.docx")


# ======================================================================
# 03  TXT (cp1252, CRLF): school nurse's Notepad notes, Sandviken
# ======================================================================
def plan03():
    paras = [
        "Anteckningar från SIP-mötet om Moa 7B, tisdag 28/1 2025 kl 13.15-14.30 i mitt rum "
        "på skolan i Storvik. Skrivna av mig, skolsköterskan.",
        "Närvarande: Lena, Jonas, Sofia, Karin (mamma) och jag. Moa var inte med.",
        "Syftet: samordning och att få en gemensam bild.",
        "Samtycke: båda vårdnadshavarna har skrivit under samtyckesblanketten för SIP, den kom "
        "in till mig 2025-01-20 och är inskannad i elevhälsojournalen. Den gäller skolan och "
        "BUP Sandviken.",
        "Bakgrund: Moa har haft hög frånvaro sedan oktober, ungefär 45 % av lektionerna enligt "
        "Skola24, mest måndagar och dagar med idrott. Hon har ont i magen på morgnarna och "
        "har varit hos mig många gånger. Vårdcentralen har inte hittat något kroppsligt. "
        "Mamma berättade att Moa sover dåligt, sitter uppe med mobilen och att hon blir "
        "panikartad när hon ska gå in i matsalen. BUP Sandviken har haft ett första "
        "bedömningssamtal i december och misstänker social ångest.",
        "Målet: Moa har sagt till mamma att hon vill ha det så här: \"Jag vill orka vara i "
        "skolan till lunch i alla fall, och jag vill börja på handbollen igen.\" Mamma "
        "berättade också att Moa inte vill byta klass.",
        "Vi bestämde att mentorn gör ett anpassat schema med kortare dagar (slutar efter "
        "lunch) från och med måndag 3/2, och att Moa får äta i ett mindre rum bredvid "
        "matsalen i stället för i matsalen. Specialpedagogen går igenom vilka uppgifter Moa "
        "har missat i ma, sv och en och gör en plan för vad som är viktigast att ta igen. "
        "Kuratorn erbjuder Moa samtal en gång i veckan. BUP Sandviken (psykologen) kallar "
        "Moa och mamma till fortsatt bedömning 2025-02-12 och tar ställning till KBT. Jag "
        "bokar tid hos skolläkaren för magen och sömnen, det blir före sportlovet.",
        "Huvudansvar: vi hann inte bestämma vem som ska ha huvudansvaret för planen, det "
        "tar vi nästa gång.",
        "Nästa möte: efter sportlovet, vecka 10. Tid bestäms senare, jag skickar ut förslag.",
        "/skolsköterskan",
    ]
    lines = []
    for ptxt in paras:
        lines.extend(textwrap.wrap(ptxt, width=78, break_long_words=False, break_on_hyphens=False))
        lines.append("")
    text = "\r\n".join(lines)
    with open(os.path.join(OUT, P + "03.txt"), "wb") as f:
        f.write(text.encode("cp1252"))


# ======================================================================
# 04  Markdown: wiki export, Västervik
# ======================================================================
def plan04():
    md = """# SIP – J. (Beroendeenheten Västervik)

| Fält | Värde |
|---|---|
| Sida | Samverkan/SIP/2025/J-0403 |
| Senast ändrad | 2025-04-04 09:12 |
| Ändrad av | Socialsekreterare, Beroendeenheten |
| Enhet | Beroendeenheten, Socialförvaltningen Västerviks kommun |
| Brukare | J., ÅÅMMDD-XXXX |
| Mötesdatum | 2025-04-03 |
| Mötesplats | Beroendeenheten, Västervik |
| Huvudansvar | Socialtjänsten Västervik |
| Status | Fastställd |
| Taggar | SIP, beroende, psykiatri |

---

### 1. Syfte

Samordning av insatser.

### 2. Frågeställningar

- Hur ska en eventuell abstinensbehandling och den fortsatta behandlingen på Beroendeenheten samordnas med psykiatrins depressionsbehandling?
- Behöver J:s läkemedel (sömnmedel och antidepressiva) ses över nu när alkoholintaget har minskat?
- Vem följer upp levervärdena som vårdcentralen tog i mars?

### 3. Bakgrund

J. är 46 år och bor ensam i lägenhet i Västervik. Han har en alkoholberoendediagnos sedan flera år och behandlas för depression på Psykiatriska öppenvårdsmottagningen i Västervik. Under vintern ökade drickandet efter att han blev av med sitt arbete, och han vårdades en vecka på psykiatrisk avdelning i januari. Sedan februari har han kontakt med Beroendeenheten. Vårdcentralen har tagit prover som visar förhöjda levervärden.

### 4. Den enskildes mål

_Ej ifyllt._

### 5. Insatser

1. Fortsatt kontakt med Beroendeenheten. **Ansvar:** Socialsekreterare, Beroendeenheten Västervik **Klart:** löpande
2. Stöd vid behov kring den psykiska ohälsan. **Ansvar:** Regionen **Klart:** –
3. Fortsatt kontakt med vårdcentralen angående de somatiska besvären. **Ansvar:** Vårdcentralen **Klart:** vid behov
4. Fortsatt samverkan mellan enheterna kring J. **Ansvar:** Alla **Klart:** 2025-06-12

### 6. Uppföljning

Nästa SIP-möte 2025-06-12 kl. 13.00 på Beroendeenheten.

### 7. Deltagare

- Socialsekreterare
- Sjuksköterska
- Kurator
- Läkare

---
*Exporterad från Samverkanswikin 2025-04-04. Sidan kan ha ändrats efter exporten.*
"""
    with open(os.path.join(OUT, P + "04.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ======================================================================
# 05  DOCX: physical disability + psychiatric illness, Gävle (När | Vem | Vad)
# ======================================================================
def plan05():
    doc = new_doc("Psykiatriska öppenvårdsmottagningen Gävle")
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("Region Gävleborg · Gävle kommun")
    r.font.size = Pt(8)
    r.font.small_caps = True
    hp.add_run("\tSamordnad individuell plan").font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.add_run("Mall SIP vuxen, version 2023-05").font.size = Pt(7)

    t = para(doc, "SAMORDNAD INDIVIDUELL PLAN (SIP)", bold=True, size=15)
    t.paragraph_format.space_after = Pt(2)
    para(doc, "Enligt 2 kap. 7 § socialtjänstlagen och 16 kap. 4 § hälso- och sjukvårdslagen",
         italic=True, size=8.5)

    info = doc.add_table(rows=3, cols=4)
    info.style = "Table Grid"
    vals = [("Namn", "V.", "Personnummer", "ÅÅMMDD-XXXX"),
            ("Datum för mötet", "2024-11-13", "Plats", "Psykiatriska öppenvårdsmottagningen Gävle"),
            ("Kommun", "Gävle", "Typ av plan", "Ny plan")]
    for i, row in enumerate(vals):
        for j, v in enumerate(row):
            c = info.rows[i].cells[j]
            c.text = ""
            rr = c.paragraphs[0].add_run(v)
            if j in (0, 2):
                rr.bold = True
                rr.font.size = Pt(9)
                set_cell_bg(c, "EDEDED")

    def h(text):
        p = para(doc, text, bold=True, size=12)
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.space_after = Pt(3)
        return p

    h("1. Syfte med SIP")
    add_sdt_placeholder(doc.add_paragraph())

    h("2. Bakgrund / nuläge")
    para(doc,
         "V. är 34 år och har en CP-skada (spastisk diplegi) och använder elrullstol. Hon bor i egen "
         "lägenhet i Gävle och har personlig assistans enligt LSS, 18 timmar per vecka, i "
         "kommunens regi. Hon har återkommande depressioner och sedan i somras en tilltagande "
         "social ångest. Under hösten har hon varit mer sängliggande, ställt in assistanspass och "
         "tackat nej till besök. Hon har inte tagit sina antidepressiva regelbundet. Hon har "
         "kontakt med Psykiatriska öppenvårdsmottagningen Gävle sedan 2021 och med "
         "Vuxenhabiliteringen för hjälpmedel. Sjukersättning från Försäkringskassan. Behovet av "
         "hjälp med de grundläggande behoven har ökat och en ansökan om assistansersättning har "
         "lämnats till Försäkringskassan i oktober.")

    h("3. Frågeställningar")
    para(doc, "Genomgång av nuläget.")

    h("4. Mål")
    para(doc, "Målet är att V. ska få en stabil vardag med assistans som fungerar och att hennes "
              "depression ska bli bättre.")

    h("5. Den enskildes delaktighet")
    para(doc, "V. deltog på mötet.")

    h("6. Insatser och ansvar")
    rows = [
        ("2024-11-20",
         "LSS-handläggare, Myndighetsenheten funktionsstöd, Gävle kommun",
         "Utreder V:s ansökan om utökad personlig assistans under tiden Försäkringskassan utreder "
         "assistansersättning, inklusive hjälp nattetid."),
        ("2024-11-27",
         "Sjuksköterska, Psykiatriska öppenvårdsmottagningen Gävle",
         "Läkemedelsuppföljning; dosett delas av mottagningen och assistenterna påminner om medicinen."),
        ("Från 2024-12-04, varannan vecka",
         "Kurator, Psykiatriska öppenvårdsmottagningen Gävle",
         "Stödsamtal med inriktning på social ångest, hembesök eller video."),
        ("2024-12-06",
         "Arbetsledare, Personlig assistans Gävle kommun",
         "Genomgång med assistentgruppen om tecken på försämring och vem de ska kontakta."),
        ("2024-12-10",
         "Arbetsterapeut, Vuxenhabiliteringen Gävle",
         "Hembesök för bedömning av ny sittdyna och omprovning av elrullstolen."),
        ("Senast 2025-01-31",
         "Handläggare, Försäkringskassan (assistansersättning)",
         "Utreder ansökan om assistansersättning, gör hembesök och begär in läkarintyg."),
        ("2024-12-13",
         "Läkare, Psykiatriska öppenvårdsmottagningen Gävle",
         "Skriver läkarintyg till Försäkringskassan om V:s psykiska funktionsnedsättning."),
    ]
    add_table(doc, ["När", "Vem", "Vad"], rows, widths=[3.2, 5.6, 8.2])

    h("7. Huvudansvarig för planen")
    para(doc, "Annika, sjuksköterska och samordnare, Psykiatriska öppenvårdsmottagningen Gävle.")

    h("8. Uppföljning")
    label_value(doc, "Nästa uppföljning:", "ÅÅÅÅ-MM-DD")

    h("9. Deltagare")
    add_sdt_placeholder(doc.add_paragraph())

    save_doc(doc, P + "05.docx")


# ======================================================================
# 06  PDF via LibreOffice: letter to the person, Ronneby
# ======================================================================
def plan06(tmpdir):
    doc = new_doc("Socialtjänsten Ronneby")
    st = doc.styles["Normal"]
    st.font.name = "Georgia"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin = Cm(2.0)
    hp = sec.header.paragraphs[0]
    hr = hp.add_run("Ronneby kommun · Region Blekinge")
    hr.font.size = Pt(8)
    hr.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fr = fp.add_run("Din samordnade individuella plan (SIP) · Ronneby 2025-03-14")
    fr.font.size = Pt(8)
    fr.font.color.rgb = RGBColor(0x55, 0x55, 0x55)

    para(doc, "Ronneby 2025-03-14", align=WD_ALIGN_PARAGRAPH.RIGHT, size=10)
    para(doc, "Till dig, M.", bold=True, size=16, space_after=10)

    body = [
        "Tack för att du kom på mötet den 12 mars på Vuxenpsykiatriska mottagningen i Ronneby. "
        "Här får du en sammanfattning av det vi pratade om och det vi bestämde tillsammans. Det "
        "här brevet är din samordnade individuella plan, en SIP.",
        "Vi träffades för att göra en gemensam plan så att du får hjälp både med din ADHD och "
        "nedstämdheten och med skulderna, utan att du själv ska behöva hålla reda på alla "
        "kontakter och berätta samma sak för alla.",
        "Inför mötet hade du och Linnea skrivit ner två frågor som du ville ha svar på: Hur kan "
        "du få hjälp att komma igång på morgnarna, när medicinen inte räcker till? Och vem kan "
        "hjälpa dig att få en överblick över skulderna och de brev du inte har öppnat?",
        "Du var med under hela mötet och berättade hur det har varit sedan i höstas. Du sa att "
        "det värsta är kvällarna och att du inte vill ha hembesök innan klockan tio. När vi "
        "frågade vad du själv vill uppnå sa du så här:",
    ]
    for b in body:
        para(doc, b, space_after=8)
    q = para(doc, "”Jag vill ha koll på mina pengar och kunna jobba lite igen, kanske halvtid. "
                  "Jag vill inte må som i vintras.”", italic=True, space_after=8)
    q.paragraph_format.left_indent = Cm(1.0)

    para(doc, "Du har gett ditt samtycke till att vi som var med får prata med varandra om dig.",
         space_after=8)

    para(doc, "Det här kom vi överens om:", bold=True, space_after=4)
    bullets = [
        "Lisa, budget- och skuldrådgivare på Ronneby kommun, träffar dig den 26 mars och går "
        "igenom dina skulder och obetalda räkningar.",
        "Ahmed, sjuksköterska på Vuxenpsykiatriska mottagningen Ronneby, ringer dig varannan "
        "vecka och frågar hur medicinen fungerar. Första samtalet blir den 19 mars.",
        "Läkaren på Vuxenpsykiatriska mottagningen ser över din ADHD-medicin och om du kan få "
        "en dos som räcker längre på dagen.",
        "Linnea, din socialsekreterare på försörjningsstödet, ser över din ansökan om "
        "ekonomiskt bistånd för april.",
        "Socialpsykiatrin i Ronneby ska ge dig boendestöd två förmiddagar i veckan, med start "
        "den 1 april, och hjälpa dig med morgonrutiner och post.",
    ]
    for b in bullets:
        bp = doc.add_paragraph(b, style="List Bullet")
        bp.paragraph_format.space_after = Pt(3)

    para(doc, "", space_after=2)
    para(doc,
         "Vi pratade också om att Arbetsförmedlingen och Försäkringskassan kan bli aktuella "
         "längre fram, när det gäller jobb och ersättning, men det bestämde vi inget om nu.",
         space_after=8)
    para(doc, "Socialtjänsten i Ronneby har huvudansvaret för att din plan hålls ihop.",
         space_after=8)
    para(doc,
         "Om du undrar över något i brevet kan du ringa Linnea via kommunens växel.",
         space_after=12)

    para(doc, "Vi som var med", bold=True, space_after=4).paragraph_format.keep_with_next = True
    members = [
        "Du, M.",
        "Linnea, socialsekreterare, Försörjningsstöd, Ronneby kommun",
        "Lisa, budget- och skuldrådgivare, Ronneby kommun",
        "Sara, enhetschef, Socialpsykiatrin Ronneby kommun",
        "Ahmed, sjuksköterska, Vuxenpsykiatriska mottagningen Ronneby, Region Blekinge",
        "Nora, läkare, Vuxenpsykiatriska mottagningen Ronneby, Region Blekinge",
    ]
    for m in members:
        mp = doc.add_paragraph(m, style="List Bullet")
        mp.paragraph_format.space_after = Pt(2)
        mp.paragraph_format.keep_with_next = m != members[-1]

    para(doc, "", space_after=6)
    para(doc, "Med vänliga hälsningar", space_after=2)
    para(doc, "Linnea, socialsekreterare, och Ahmed, sjuksköterska")

    src = os.path.join(tmpdir, P + "06.docx")
    doc.save(src)
    soffice_pdf(src, P + "06.pdf")


# ======================================================================
# 07  DOCX: caption-style bold "Tabell N." headings, content in tables,
#     discharge from psychiatric inpatient care, Hudiksvall
# ======================================================================
def plan07():
    doc = new_doc("Psykiatriska kliniken Hudiksvall")
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    hp = sec.header.paragraphs[0]
    hp.add_run("Region Gävleborg · Psykiatriska kliniken Hudiksvall · Hudiksvalls kommun").font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.add_run("SIP vid utskrivning från sluten psykiatrisk vård").font.size = Pt(8)

    para(doc, "Samordnad individuell plan vid utskrivning", bold=True, size=14, space_after=8)

    def caption(text):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.space_after = Pt(3)
        p.paragraph_format.keep_with_next = True
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(10)
        return p

    def kv_table(pairs, w=(5.0, 12.0)):
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for k, v in pairs:
            cells = t.add_row().cells
            cells[0].text = ""
            rk = cells[0].paragraphs[0].add_run(k)
            rk.bold = True
            set_cell_bg(cells[0], "F2F2F2")
            cells[1].text = v
            cells[0].width = Cm(w[0])
            cells[1].width = Cm(w[1])
        return t

    caption("Tabell 1. Uppgifter om planen")
    kv_table([
        ("Patient", "P., ÅÅMMDD-XXXX"),
        ("Hemkommun", "Hudiksvall"),
        ("Mötesdatum", "2024-10-09"),
        ("Plats", "Avdelning 31, Psykiatriska kliniken Hudiksvall"),
        ("Planerat utskrivningsdatum", "2024-10-14"),
    ])

    caption("Tabell 2. Deltagare")
    add_table(doc, ["Namn", "Funktion", "Organisation"], [
        ("Eva", "Sjuksköterska, patientansvarig", "Avdelning 31, Psykiatriska kliniken Hudiksvall, Region Gävleborg"),
        ("Erik", "Överläkare", "Avdelning 31, Psykiatriska kliniken Hudiksvall, Region Gävleborg"),
        ("Malin", "Sjuksköterska", "Psykiatriska öppenvårdsmottagningen Hudiksvall, Region Gävleborg"),
        ("Helena", "Biståndshandläggare", "Socialtjänsten Hudiksvalls kommun"),
        ("Jonas", "Boendestödjare", "Socialpsykiatrin Hudiksvalls kommun"),
    ], widths=[2.5, 5.0, 9.5], shade="E7E6E6")

    caption("Tabell 3. Samtycke")
    add_table(doc, ["Form", "Datum", "Inhämtat av"], [
        ("Skriftligt, regionens samtyckesblankett", "2024-10-07", "Sjuksköterska, avdelning 31"),
    ], widths=[7.0, 3.0, 7.0], shade="E7E6E6")

    caption("Tabell 4. Frågeställningar")
    add_table(doc, ["Nr", "Frågeställning"], [
        ("1", "Hur ska P. få hjälp med sin medicinering (depotinjektion och tabletter) när han kommer hem?"),
        ("2", "Behöver P. boendestöd varje dag de första veckorna, eller räcker det med några dagar i veckan?"),
        ("3", "Vem ska P. kontakta kvällstid om rösterna blir värre igen?"),
    ], widths=[1.2, 15.8], shade="E7E6E6")

    caption("Tabell 5. Mål")
    kv_table([("Den enskildes mål", ""), ("Mål för insatserna", "")])

    caption("Tabell 6. Insatser")
    add_table(doc, ["Insats", "Ansvarig", "Start"], [
        ("Fortsatt kontakt", "", ""),
        ("Stöd vid behov", "", ""),
        ("Fortsatt behandling", "", ""),
    ], widths=[8.0, 5.5, 3.5], shade="E7E6E6")

    caption("Tabell 7. Övriga aktörer")
    add_table(doc, ["Aktör", "Åtgärd"], [("God man", "")], widths=[5.0, 12.0], shade="E7E6E6")

    caption("Tabell 8. Huvudansvar")
    add_table(doc, ["Huvudansvarig", "Funktion", "Verksamhet"], [("", "", "")],
              widths=[5.0, 5.0, 7.0], shade="E7E6E6")

    caption("Tabell 9. Uppföljning")
    kv_table([("Uppföljning", "Om ca 6 veckor efter utskrivningen.")])

    save_doc(doc, P + "07.docx")


# ======================================================================
# 08  DOCX: NOT a plan – network meeting minutes, Söderhamn
# ======================================================================
def plan08():
    doc = new_doc("Söderhamns kommun")
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.add_run("Söderhamns kommun · Trygghetssamverkan").font.size = Pt(8)

    doc.add_heading("Minnesanteckningar från nätverksmöte", level=1)
    para(doc, "Nätverket Trygg ungdomstid – centrum och Stugsund", bold=True)
    para(doc, "Datum: 2025-05-07 kl. 14.00–15.30\nPlats: Stadshuset, Söderhamn, sal Ljusnan", size=10)

    doc.add_heading("Närvarande", level=2)
    for n in [
        "Trygghetssamordnare, Söderhamns kommun (sammankallande)",
        "Rektor, Centrumskolan 7–9",
        "Kurator, Centrumskolan",
        "Två fältassistenter, Socialtjänsten, förebyggande enheten",
        "Kommunpolis, Lokalpolisområde Söderhamn",
        "Föreståndare, Fritidsgården Stugsund",
        "Barnmorska, Ungdomsmottagningen Söderhamn, Region Gävleborg",
        "Förvaltare, det kommunala fastighetsbolaget",
    ]:
        doc.add_paragraph(n, style="List Bullet")

    doc.add_heading("1. Lägesbild", level=2)
    para(doc,
         "Polisen och fältassistenterna beskriver att det under april har samlats större grupper "
         "av unga, mest 14–17 år, vid busstorget och i gångtunneln mot Stugsund på fredags- och "
         "lördagskvällar. Det har förekommit skadegörelse, några bränder i papperskorgar och "
         "EPA-traktorer med hög musik. Skolan upplever lugnare läge i korridorerna än i höstas. "
         "Inga enskilda ungdomar diskuterades på mötet – enskilda ärenden hanteras i SSPF "
         "enligt de rutiner som gäller där, med samtycke från vårdnadshavare.")

    doc.add_heading("2. Nattvandring och vuxennärvaro", level=2)
    para(doc,
         "Föräldraföreningen har nattvandrat fem fredagar i vår. Fältassistenterna går samma "
         "kvällar och samordnar sig med polisen. Fritidsgården håller öppet till kl. 23 på "
         "fredagar från och med v. 20 som försök.")

    doc.add_heading("3. Fysisk miljö", level=2)
    para(doc,
         "Belysningen i gångtunneln är trasig. Fastighetsbolaget och kommunens gatuenhet har fått "
         "felanmälan. Trygghetssamordnaren följer upp och tar med frågan till trygghetsvandringen "
         "i juni.")

    doc.add_heading("4. Sommarlovet", level=2)
    para(doc,
         "Kommunen erbjuder 120 feriejobb. Fritidsgården planerar aktiviteter under veckorna "
         "26–32. Ungdomsmottagningen håller drop-in på fritidsgården en onsdag i månaden under "
         "sommaren. Skolan informerar elever och vårdnadshavare om sommaraktiviteterna via "
         "lärplattformen före skolavslutningen.")

    doc.add_heading("5. Övrigt och nästa möte", level=2)
    para(doc,
         "Polisen informerade om att en ny kommunpolis börjar i augusti. Nästa nätverksmöte "
         "2025-09-10 kl. 14.00 i Stadshuset. Anteckningarna skickas till alla i nätverket.")
    para(doc, "Vid anteckningarna: trygghetssamordnaren", italic=True)

    save_doc(doc, P + "08.docx")


# ---------------------------------------------------------------- main
def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.startswith(P):
            os.remove(os.path.join(OUT, f))
    tmpdir = tempfile.mkdtemp(prefix="f54a-src-")
    try:
        plan01()
        plan02()
        plan03()
        plan04()
        plan05()
        plan06(tmpdir)
        plan07()
        plan08()
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    print("\n".join(sorted(os.listdir(OUT))))


if __name__ == "__main__":
    main()
