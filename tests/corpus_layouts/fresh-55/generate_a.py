#!/usr/bin/env python
"""Generate the f55a- batch of test documents (SIP plans + one non-plan).

Run with /work/batches/.venv/bin/python generate.py
Deterministic: fixed dates, fixed document metadata, zip timestamps normalised,
PDF dates/IDs from LibreOffice overwritten with fixed values.
"""
import datetime as dt
import io
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
from fpdf.enums import XPos, YPos

HERE = os.path.dirname(os.path.abspath(__file__))
PLANS = os.path.join(HERE, "plans")
BUILD = os.path.join(HERE, "build")
PREFIX = "f55a"
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
FIXED = dt.datetime(2025, 6, 2, 9, 0, 0)


# ---------------------------------------------------------------- helpers
def out(name):
    return os.path.join(PLANS, f"{PREFIX}-{name}")


def normalise_zip(path):
    """Rewrite a .docx with fixed zip timestamps so the bytes are stable."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 6, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    with open(path, "wb") as f:
        f.write(buf.getvalue())


def save_docx(doc, path, author="", title=""):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    doc.save(path)
    normalise_zip(path)


def base_doc(font="Calibri", size=11):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(2.0)
    sec.bottom_margin = Cm(2.0)
    return doc


def add_field(paragraph, instr):
    """Insert a simple field (PAGE, NUMPAGES) into a paragraph."""
    run = paragraph.add_run()
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    run._r.append(b)
    run2 = paragraph.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    run2._r.append(it)
    run3 = paragraph.add_run()
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    run3._r.append(s)
    paragraph.add_run("1")
    run4 = paragraph.add_run()
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    run4._r.append(e)


def shade(cell, fill="D9D9D9"):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trpr.append(h)


def set_col_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for idx, gc in enumerate(grid.findall(qn("w:gridCol"))):
        if idx < len(widths):
            gc.set(qn("w:w"), str(int(widths[idx].twips)))
    for row in table.rows:
        for idx, w in enumerate(widths):
            row.cells[idx].width = w


def table_with_header(doc, header, rows, widths=None, style="Table Grid",
                      fill="D9D9D9", size=None):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(h)
        r.bold = True
        if size:
            r.font.size = size
        shade(c, fill)
    repeat_header(t.rows[0])
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = ""
            r = cells[i].paragraphs[0].add_run(v)
            if size:
                r.font.size = size
    if widths:
        set_col_widths(t, widths)
    return t


def bold_para(doc, text, size=None, space_before=10):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(space_before)
    p.paragraph_format.space_after = Pt(2)
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = size
    return p


def soffice_pdf(src, outdir):
    profile = f"file:///tmp/lo-{PREFIX}"
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless",
         "--convert-to", "pdf", "--outdir", outdir, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        timeout=300)
    return os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + ".pdf")


def fix_pdf_metadata(path):
    """Overwrite LibreOffice's run-time dates and IDs with fixed,
    same-length values (byte offsets stay valid)."""
    data = open(path, "rb").read()

    def same_len(inner, fixed):
        return (fixed + b"0" * len(inner))[:len(inner)] if len(inner) > len(fixed) \
            else fixed[:len(inner)]

    data = re.sub(rb"(/(?:CreationDate|ModDate)\s*\()([^)]*)(\))",
                  lambda m: m.group(1) + same_len(m.group(2), b"D:20250602090000+02'00'")
                  + m.group(3), data)
    data = re.sub(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)([^<]*)(<)",
                  lambda m: m.group(1) + same_len(m.group(2), b"2025-06-02T09:00:00+02:00")
                  + m.group(3), data)
    data = re.sub(rb"(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)(>)",
                  lambda m: m.group(1) + b"0" * len(m.group(2)) + m.group(3)
                  + b"0" * len(m.group(4)) + m.group(5), data)
    data = re.sub(rb"(uuid:)([0-9a-f-]{36})",
                  lambda m: m.group(1) + b"00000000-0000-0000-0000-000000000000", data)
    data = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)",
                  lambda m: m.group(1) + b"0" * len(m.group(2)), data)
    open(path, "wb").write(data)


def write_text(path, text, encoding="utf-8", crlf=False):
    text = text.replace("\r\n", "\n")
    if crlf:
        text = text.replace("\n", "\r\n")
    with open(path, "wb") as f:
        f.write(text.encode(encoding))


def wrap(text, width=76, indent=""):
    paras = text.strip("\n").split("\n\n")
    res = []
    for p in paras:
        res.append(textwrap.fill(" ".join(p.split()), width=width,
                                 initial_indent=indent, subsequent_indent=indent,
                                 break_long_words=False, break_on_hyphens=False))
    return "\n\n".join(res)


# ====================================================================
# 01  Treserva-like record print (fpdf2), dated entries, Boden
# ====================================================================
class TreservaPDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "B", 9)
        self.cell(95, 5, "Treserva  \u2013  Individ- och familjeomsorg",
                  new_x=XPos.RIGHT, new_y=YPos.TOP)
        self.set_font("DejaVu", "", 8)
        self.cell(0, 5, f"Utskriftsdatum: 2025-02-10   Sida {self.page_no()} ({{nb}})",
                  align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_font("DejaVu", "", 8)
        self.cell(95, 4, "Journal \u2013 Vuxenenheten, Socialtjänsten Bodens kommun",
                  new_x=XPos.RIGHT, new_y=YPos.TOP)
        self.cell(0, 4, "Utskriven av: AL", align="R",
                  new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_font("DejaVu", "", 8)
        self.cell(0, 4, "Personnr: XXXXXX-XXXX    Namn: Tomas NN    Akt: V-2025-0113",
                  new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        y = self.get_y() + 1
        self.set_line_width(0.4)
        self.line(self.l_margin, y, self.w - self.r_margin, y)
        self.set_line_width(0.2)
        self.ln(4)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.cell(0, 4, "Sekretess enligt 26 kap. 1 § OSL. Utskrift ur verksamhetssystem, "
                  "ej original.", align="C")


def make_01():
    pdf = TreservaPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Journalutskrift")
    pdf.set_author("Treserva")
    pdf.add_font("DejaVu", "", f"{FONT_DIR}/DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", f"{FONT_DIR}/DejaVuSans-Bold.ttf")
    pdf.add_font("DejaVu", "I", f"{FONT_DIR}/DejaVuSans-Oblique.ttf")
    pdf.set_margins(18, 14, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()

    pdf.set_font("DejaVu", "B", 11)
    pdf.cell(0, 6, "Journalanteckningar \u2013 urval: SIP", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("DejaVu", "", 8)
    pdf.cell(0, 5, "Period: 2025-01-01 \u2013 2025-02-10    Sortering: datum stigande    "
             "Anteckningstyp: Alla", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)

    entries = [
        ("2025-01-14", "Aktualisering \u2013 Begäran om SIP från psykiatrin",
         "Inkommen skriftlig begäran om SIP från Psykiatriska öppenvårdsmottagningen "
         "Boden. Tomas, 34 år, har schizofreni och var inlagd på psykiatrisk avdelning "
         "vid Sunderby sjukhus 2024-10-02 \u2013 2024-11-15 efter att ha slutat ta sin "
         "medicin. Han bor ensam i hyreslägenhet i Boden. Hyresvärden har skickat "
         "varning om uppsägning på grund av två obetalda hyror (december och januari). "
         "Tomas har även skulder hos Kronofogden på ca 86 000 kr, främst gamla "
         "telefonräkningar och en sms-lånsskuld. Psykiatrin bedömer att Tomas behöver "
         "stöd från socialtjänsten för att klara boendet och att stressen kring "
         "ekonomin ökar risken för återfall.",
         "/AL, socialsekreterare"),
        ("2025-01-20", "SIP \u2013 Samtycke",
         "Hembesök hos Tomas tillsammans med hans kontaktperson från psykiatrin. Vi "
         "förklarade vad en SIP är och vilka som skulle kunna vara med. Tomas gav "
         "skriftligt samtycke på kommunens blankett \"Samtycke till samordnad individuell "
         "plan\" till att socialtjänsten, psykiatrisk öppenvård och budget- och "
         "skuldrådgivningen får lämna uppgifter till varandra i arbetet med SIP. "
         "Blanketten är undertecknad 2025-01-20 och skannad till akten. Tomas ville att "
         "hans mamma skulle få vara med på mötet.",
         "/AL, socialsekreterare"),
        ("2025-02-03", "SIP \u2013 Möte, närvarande",
         "SIP-möte på socialkontoret i Boden kl. 13.00\u201314.30.\n"
         "Närvarande: Tomas, Eva (mamma), Anneli, Jonas, Lena, Karin.\n"
         "Tomas var med under hela mötet och berättade själv hur han har det.",
         "/AL, socialsekreterare"),
        ("2025-02-03", "SIP \u2013 Syfte och mål",
         "Syfte: Att samordna psykiatrins behandling, boendestödet och arbetet med "
         "skulderna så att Tomas kan behålla sin lägenhet och inte blir inlagd igen, "
         "vilket hände i höstas när han slutade med medicinen samtidigt som "
         "räkningarna växte.\n"
         "Mål: Målet är att Tomas inom ett år ska ha ett stabilt boende utan "
         "hyresskulder och en fungerande vardag med regelbunden medicinering.\n"
         "Tomas synpunkter: Tomas berättade att breven från Kronofogden gör honom så "
         "orolig att han har slutat öppna posten. Han vill ha hjälp att gå igenom "
         "posten varje vecka men vill inte ha fler personer hemma än nödvändigt. Han "
         "vill inte flytta till ett boende med personal. Mamma Eva delar oron men "
         "tycker att Tomas klarar sig bra när han tar sin medicin.",
         "/AL, socialsekreterare"),
        ("2025-02-03", "SIP \u2013 Insatser och ansvar",
         "Följande överenskoms på mötet:\n"
         "1. Depåinjektion var fjortonde dag samt läkarbesök var åttonde vecka. "
         "Ansvar: Psykiatriska öppenvårdsmottagningen Boden, kontaktperson (skötare) "
         "och läkare. Injektioner från v. 7, första läkarbesök 2025-03-04.\n"
         "2. Boendestöd två gånger per vecka med stöd att öppna och sortera post, "
         "betala hyran och handla. Ansvar: Boendestödet, Socialtjänsten Bodens kommun. "
         "Start 2025-02-17.\n"
         "3. Genomgång av samtliga skulder och hjälp att kontakta hyresvärden om en "
         "avbetalningsplan för hyresskulden. Ansvar: Budget- och skuldrådgivningen, "
         "Bodens kommun.\n"
         "4. Ansökan om ekonomiskt bistånd till hyran för februari prövas. Ansvar: "
         "handläggare ekonomiskt bistånd, Vuxenenheten. Beslut senast 2025-02-14.\n"
         "Även Försäkringskassan och eventuellt god man kan bli aktuella längre fram, "
         "det får vi återkomma till.",
         "/AL, socialsekreterare"),
        ("2025-02-03", "SIP \u2013 Huvudansvar och uppföljning",
         "Huvudansvar för planen: Anneli, socialsekreterare, Vuxenenheten, "
         "Socialtjänsten Bodens kommun.\n"
         "Uppföljning av planen: 2025-05-12 kl. 13.00 på socialkontoret i Boden. "
         "Kallelse skickas till samtliga i april.",
         "/AL, socialsekreterare"),
        ("2025-02-10", "SIP \u2013 Plan skickad",
         "Planen har skickats till Tomas per post och till Psykiatriska "
         "öppenvårdsmottagningen Boden via säker e-post. Tomas bekräftade per telefon "
         "att han fått den.",
         "/AL, socialsekreterare"),
    ]

    for date, title, text, sign in entries:
        if pdf.get_y() > pdf.h - 60:
            pdf.add_page()
        pdf.set_font("DejaVu", "B", 10)
        pdf.set_fill_color(235, 235, 235)
        pdf.cell(0, 6, f"{date} {title}", fill=True,
                 new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font("DejaVu", "", 7)
        pdf.cell(0, 4, f"Händelsedatum: {date}   Registrerad: {date}   "
                 "Anteckningstyp: Journalanteckning", new_x=XPos.LMARGIN,
                 new_y=YPos.NEXT)
        pdf.set_font("DejaVu", "", 9.5)
        pdf.ln(1)
        pdf.multi_cell(0, 4.8, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1)
        pdf.set_font("DejaVu", "I", 9)
        pdf.cell(0, 5, sign, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(4)

    pdf.output(out("01.pdf"))


# ====================================================================
# 02  Word, sami youth, Jokkmokk; Heading 1 parts; seasons/weeks table
# ====================================================================
def make_02():
    doc = base_doc("Calibri", 11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Jokkmokks kommun  |  Region Norrbotten\tSIP \u2013 samordnad individuell plan"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Upprättad 2025-03-06. Planen förvaras hos elevhälsan, Jokkmokks skola."
    fp.runs[0].font.size = Pt(8)

    t = doc.add_paragraph()
    r = t.add_run("Samordnad individuell plan (SIP)")
    r.bold = True
    r.font.size = Pt(18)
    info = doc.add_paragraph()
    info.add_run("Namn: ").bold = True
    info.add_run("Ánte\t")
    info.add_run("Personnummer: ").bold = True
    info.add_run("ÅÅMMDD-XXXX\n")
    info.add_run("Skola: ").bold = True
    info.add_run("Jokkmokks skola, årskurs 8\n")
    info.add_run("Datum för mötet: ").bold = True
    info.add_run("2025-03-06\n")
    info.add_run("Plats: ").bold = True
    info.add_run("Elevhälsans rum, Jokkmokks skola. Familjen på plats, psykologen via "
                 "Teams från Gällivare.")

    doc.add_heading("Bakgrund", level=1)
    doc.add_paragraph(
        "Ánte är 14 år och går i årskurs 8. Han bor med mamma, pappa och två yngre "
        "syskon ungefär sju mil från Jokkmokk. Familjen är renskötare i en "
        "skogssameby och Ánte har sedan han var liten varit med i arbetet med "
        "renarna, både vid kalvmärkningen på sommaren och vid skiljningar och slakt "
        "på hösten. Han pratar lulesamiska med sin mormor och har "
        "modersmålsundervisning i lulesamiska i skolan.")
    doc.add_paragraph(
        "Sedan höstterminen har Ánte haft hög frånvaro, omkring 35 procent, mest "
        "hela dagar. Han har svårt att somna, är trött och nedstämd och har dragit "
        "sig undan kompisarna. Förra våren dog hans morfar, som han stod mycket nära. "
        "Skolsköterskan skrev i december en remiss till BUP och BUP Gällivare har "
        "haft två bedömningssamtal med Ánte, det ena via video. BUP bedömer att Ánte "
        "har en depression av medelsvår grad och behöver samtalsbehandling. Det tar "
        "ungefär en och en halv timme att köra till Gällivare, vilket gör täta "
        "besök svåra för familjen, särskilt vintertid.")
    doc.add_paragraph(
        "Frånvaron var störst under höstens skiljningar och slakt. Föräldrarna vill "
        "att Ánte ska kunna vara med i renskötseln, som är en viktig del av hans och "
        "familjens liv, men de vill också att han klarar skolan.")

    doc.add_heading("Syfte med planen", level=1)
    doc.add_paragraph(
        "Planen ska göra att skolan, elevhälsan, BUP och socialtjänsten arbetar åt "
        "samma håll kring Ántes nedstämdhet, sömnsvårigheter och skolfrånvaro, och "
        "att insatserna läggs upp så att de går att förena med familjens "
        "renskötsel och de långa avstånden.")

    doc.add_heading("Ántes mål", level=1)
    p = doc.add_paragraph()
    p.add_run("\u201dJag vill klara skolan så att jag kan gå naturbruk på gymnasiet. "
              "Och jag vill kunna sova på nätterna och orka vara med kompisarna "
              "igen.\u201d").italic = True

    doc.add_heading("Ántes och familjens synpunkter", level=1)
    doc.add_paragraph(
        "Ánte var med under hela mötet tillsammans med mamma och pappa. Han sa att "
        "morgnarna är det jobbigaste och att han inte orkar med långa skoldagar just "
        "nu. Han vill helst ha samtalen med psykologen på video hemifrån i stället "
        "för att åka till Gällivare, och han vill inte att klasskamraterna ska veta "
        "att han har kontakt med BUP.")
    doc.add_paragraph(
        "Mamma och pappa är oroliga för hur Ánte mår. De berättade att han mår "
        "bättre när han är ute med renarna och att det är viktigt för dem att han "
        "får fortsätta vara med. De vill bli kontaktade av skolan direkt om "
        "frånvaron ökar igen.")

    doc.add_heading("Insatser", level=1)
    rows = [
        ("Samtalsbehandling (KBT) via video, varannan vecka, 10 tillfällen",
         "BUP Gällivare, psykolog", "Från v. 12, under vårterminen"),
        ("Läkarbesök: bedömning av sömnen och om läkemedel behövs",
         "BUP Gällivare, läkare", "v. 14 (på plats i Gällivare)"),
        ("Sömnsamtal och genomgång av sömndagbok",
         "Elevhälsan Jokkmokks skola, skolsköterska", "v. 11\u201315, en gång i veckan"),
        ("Anpassat schema: senare start (kl. 9.40) två dagar i veckan och plan för "
         "missade lektioner i ma, sv och en",
         "Jokkmokks skola, mentor och rektor", "Från v. 11 och vårterminen ut"),
        ("Planering av skolarbete på distans under höstens skiljningar och slakt, "
         "uppgifter via lärplattformen",
         "Jokkmokks skola, mentor", "Klart före höstens slakt, senast v. 36"),
        ("Föräldrastödssamtal, fyra tillfällen, i hemmet eller via telefon",
         "Socialtjänsten Jokkmokk, barn- och familjeenheten, familjebehandlare",
         "Våren; uppehåll under kalvmärkningen, sista samtalet efter kalvmärkningen"),
        ("Skjuts till läkarbesöket i Gällivare; dator och en lugn plats hemma till "
         "videosamtalen",
         "Föräldrarna (pappa kör)", "v. 14 resp. från v. 12"),
        ("Fyller i sömndagbok varje kväll och tar med den till skolsköterskan",
         "Ánte", "v. 11\u201315"),
    ]
    table_with_header(doc, ["Insats", "Ansvarig", "Tid"], rows,
                      widths=[Cm(7.6), Cm(4.8), Cm(4.2)], size=Pt(10))

    doc.add_heading("Huvudansvar", level=1)
    doc.add_paragraph("Huvudansvaret för planen ligger hos Jokkmokks kommun.")

    doc.add_heading("Uppföljning", level=1)
    doc.add_paragraph(
        "Vi ses igen efter kalvmärkningen, innan skolan börjar, preliminärt v. 33. "
        "Kallelse skickas ut i juni.")

    doc.add_heading("Deltagare", level=1)
    for line in ["Ánte", "Elle, mamma", "Nils, pappa", "Sara, kurator",
                 "Hanna, skolsköterska", "Maja, mentor", "Jon, psykolog (via Teams)",
                 "Linnea, familjebehandlare"]:
        doc.add_paragraph(line, style="List Bullet")

    save_docx(doc, out("02.docx"), author="Sara", title="SIP")


# ====================================================================
# 03  Text export, CRLF, UTF-8, "1)" numbering; Växjö, substance use
# ====================================================================
def make_03():
    parts = []
    parts.append(
        "SAMORDNAD INDIVIDUELL PLAN (SIP)\n"
        "Växjö kommun / Region Kronoberg\n"
        "Utskrift 2025-05-21 10:42\n"
        + "=" * 74 + "\n"
        "Namn: J.                           Personnr: XXXXXX-XXXX\n"
        "Mötesdatum: 2025-05-20             Plats: Beroendemottagningen Växjö\n"
        + "-" * 74 + "\n\n"
        "Närvarande: Lisa (socialsekreterare), Ahmed (sjuksköterska), Karin\n"
        "(kurator), Sven (läkare).\n\n"
        "J. deltog inte.\n")

    def part(num, head, body):
        return f"{num})\n{head}\n{body}\n"

    parts.append(part(1, "Syfte", "Samordning av insatser."))
    parts.append(part(2, "Bakgrund", wrap(
        "J. är 20 år och bor i egen lägenhet i Växjö sedan 2024. Han har använt "
        "cannabis dagligen sedan gymnasiet och under vintern även bensodiazepiner "
        "som han köpt utan recept. Han fick diagnosen ADHD 2023 vid Vuxenpsykiatrin "
        "Växjö, men centralstimulerande medicin sattes ut i februari efter positiva "
        "urinprov. J. avbröt gymnasiet i årskurs 2 och har ingen sysselsättning. "
        "Han har ekonomiskt bistånd från socialtjänsten. Han har varit inskriven på "
        "Beroendemottagningen sedan mars men har uteblivit från flera besök.")))
    parts.append(part(3, "Frågeställningar", wrap(
        "- Kan ADHD-medicineringen återupptas om J. lämnar negativa urinprov i sex "
        "veckor, och var ska proverna i så fall tas?", indent="") + "\n" + wrap(
        "- Vem håller kontakten med J. under sommaren när ordinarie handläggare har "
        "semester v. 28-32?", indent="")))
    parts.append(part(4, "Mål", "-"))
    parts.append(part(5, "Insatser och ansvar",
                      "Fortsatt kontakt med Beroendemottagningen Växjö.\n"
                      "Socialtjänsten erbjuder stöd vid behov.\n"
                      "Psykiatrin fortsätter sin kontakt."))
    parts.append(part(6, "Huvudansvar", "Ej klart, tas upp på nästa möte."))
    parts.append(part(7, "Uppföljning", "Nytt möte efter sommaren, i september."))
    parts.append("-" * 74 + "\nAntecknat av: Lisa, 2025-05-20\n")
    text = "\n".join(parts)
    write_text(out("03.txt"), text, "utf-8", crlf=True)


# ====================================================================
# 04  Markdown by district nurse; heart failure + early dementia, Strömsund
# ====================================================================
def make_04():
    md = """**SIP – samordnad individuell plan**

Göran, 84 år, Hammerdal (Strömsunds kommun)
Upprättad vid hembesök 2025-04-02. Skriven av: Petra

**Bakgrund**

Göran bor med sin fru Inger i villa i Hammerdal. Han har hjärtsvikt och
förmaksflimmer och har varit inlagd på medicinkliniken på Östersunds sjukhus
tre gånger sedan november, senast 2025-03-14 – 2025-03-21, varje gång med
vätska i lungorna och bensvullnad. Sedan i höstas har han också fått svårare
att minnas. Han glömmer att ta sina tabletter och har vid två tillfällen tagit
dubbel dos vätskedrivande. Inger, 81 år, har tagit över mycket av
läkemedelshanteringen men orkar inte längre ensam. Sonen Mats bor i Östersund
och kommer hem varannan helg. Hemtjänst finns sedan januari med tillsyn en
gång per dag.

**Mål**

Målet är att Göran ska kunna bo kvar hemma med Inger och inte behöva läggas in
på sjukhus igen för sin hjärtsvikt.

**Samtycke**

Göran gav muntligt samtycke till SIP vid hembesöket 2025-04-02, Inger var med.
Antecknat i hemsjukvårdens journal samma dag.

**Åtgärder**

- [ ] Daglig vägning på morgonen, vikten skrivs i listan på kylskåpet (Hemtjänst Hammerdal, från 2025-04-07)
- [ ] Läkemedel i dosett, delas en gång i veckan och ställs in i låst skåp (Hemsjukvården Strömsund, från v. 15)
- [ ] Läkemedelsgenomgång, särskilt vätskedrivande och läkemedel som kan påverka minnet (Hälsocentralen Hammerdal, läkare)
- [ ] Minnesutredning med minnestest, klocktest och blodprover (Hälsocentralen Hammerdal, distriktsläkare och dsk, maj)
- [ ] Ansökan om trygghetslarm och utökad hemtjänst med läkemedelspåminnelse kvällstid (Biståndshandläggare, Strömsunds kommun, v. 15)
- [ ] Telefontid för dosjustering av vätskedrivande (Hjärtsviktsmottagningen Östersunds sjukhus, hjärtsviktssjuksköterska, 2025-04-16)
- [ ] Ringa hemsjukvården om vikten ökar mer än 2 kg på tre dagar eller om Göran blir mer andfådd (Inger, varje dag vid vägningen)
- [ ] Hjälpa Göran att söka bostadstillägg hos Pensionsmyndigheten och ta över betalningen av räkningarna (Mats, i april)

**Ansvarig för planen**

Distriktssköterskan.

**Närvarande**

Göran, Inger, Mats, Petra, Anna, Kent
"""
    write_text(out("04.md"), md, "utf-8", crlf=False)


# ====================================================================
# 05  Word, one small table per measure; LSS + autism, Ljungby
# ====================================================================
def make_05():
    doc = base_doc("Arial", 10)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Ljungby kommun \u2013 Omsorgsförvaltningen, LSS"
    hp.runs[0].font.size = Pt(8)
    hp2 = sec.header.add_paragraph("SAMORDNAD INDIVIDUELL PLAN")
    hp2.runs[0].font.size = Pt(8)
    hp2.runs[0].font.small_caps = True
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.add_run("Sida ").font.size = Pt(8)
    add_field(fp, "PAGE")

    p = doc.add_paragraph()
    r = p.add_run("Samordnad individuell plan")
    r.bold = True
    r.font.size = Pt(16)
    p = doc.add_paragraph()
    p.add_run("Namn: K.          Personnummer: ÅÅMMDD-XXXX\n")
    p.add_run("Datum för SIP-möte: 2025-08-19          Plats: Gruppbostaden Lärkan, Ljungby")

    bold_para(doc, "Bakgrund")
    doc.add_paragraph(
        "K. är 24 år och har autism och lindrig intellektuell funktionsnedsättning. "
        "Han bor sedan 2022 i gruppbostad enligt LSS 9 § 9 och har daglig verksamhet "
        "fyra dagar i veckan. Under våren har K. haft flera utbrott på den dagliga "
        "verksamheten, där gruppen har blivit större och ljudnivån hög, och han har "
        "varit hemma allt oftare. Han sover dåligt och personalen beskriver ökad "
        "ångest på kvällarna. Vuxenpsykiatrin satte i juni in en låg dos "
        "sömnläkemedel.")

    bold_para(doc, "Frågeställningar")
    doc.add_paragraph("Gå igenom läget kring insatserna.")

    bold_para(doc, "K:s delaktighet")
    doc.add_paragraph(
        "K. deltog inte på mötet. God man Bengt hade pratat med K. innan mötet och "
        "framförde hans önskemål.")

    bold_para(doc, "K:s mål")
    p = doc.add_paragraph()
    p.add_run("\u201dJag vill jobba på ett ställe där det är tyst och där jag får ha "
              "mina hörlurar på. Jag vill inte flytta från Lärkan.\u201d")

    bold_para(doc, "Samtycke")
    doc.add_paragraph("Samtycke finns.")

    bold_para(doc, "Insatser")
    measures = [
        ("Kartläggning av K:s sensoriska behov och förslag på anpassningar i daglig "
         "verksamhet och bostad", "Arbetsterapeut, Vuxenhabiliteringen Växjö",
         "2025-09-01", ""),
        ("Byte till mindre grupp (Verkstaden, fyra deltagare) med eget arbetsrum",
         "Enhetschef, Daglig verksamhet Ljungby", "2025-10-01", ""),
        ("Återbesök: utvärdering av sömnläkemedlet och bedömning av ångesten",
         "Läkare, Vuxenpsykiatrin Ljungby", "2025-09-15", ""),
        ("Bildschema och veckoplanering för kvällar och helger",
         "Kontaktman, Gruppbostaden Lärkan", "2025-08-25", ""),
        ("Ansökan om ledsagarservice enligt LSS för fritidsaktiviteter",
         "LSS-handläggare, Ljungby kommun", "2025-09-01", ""),
    ]
    for i, (ins, ans, start, klart) in enumerate(measures):
        t = table_with_header(doc, ["Insats", "Ansvarig", "Start", "Klart"],
                              [(ins, ans, start, klart)],
                              widths=[Cm(7.4), Cm(5.0), Cm(2.2), Cm(2.2)],
                              fill="E2EFDA", size=Pt(9.5))
        doc.add_paragraph()

    bold_para(doc, "Övrigt")
    doc.add_paragraph(
        "God man och Försäkringskassan (aktivitetsersättning) berörs också av K:s "
        "situation.")

    bold_para(doc, "Deltagare")
    for line in ["Bengt, god man",
                 "Sofia, LSS-handläggare, Ljungby kommun",
                 "Amir, arbetsterapeut, Vuxenhabiliteringen Växjö",
                 "Eva, sjuksköterska, Vuxenpsykiatrin Ljungby",
                 "Jenny, enhetschef, Daglig verksamhet Ljungby",
                 "Pia, kontaktman, Gruppbostaden Lärkan"]:
        q = doc.add_paragraph(line)
        q.paragraph_format.space_after = Pt(0)

    save_docx(doc, out("05.docx"), author="Sofia", title="SIP")


# ====================================================================
# 06  Word -> PDF via LibreOffice; participants+signatures table first;
#     discharge from psychiatric inpatient care, Östersund/Järpen, by phone
# ====================================================================
def make_06():
    doc = base_doc("Liberation Sans", 10.5)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = ("Region Jämtland Härjedalen  |  Åre kommun\n"
               "SIP vid utskrivning från sluten psykiatrisk vård")
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Sida ").font.size = Pt(8)
    add_field(fp, "PAGE")
    fp.add_run(" av ").font.size = Pt(8)
    add_field(fp, "NUMPAGES")

    p = doc.add_paragraph()
    r = p.add_run("Samordnad individuell plan (SIP)")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph(
        "Datum: 2025-03-05, kl. 13.30\u201314.45\n"
        "Plats: Avdelning 1B, Psykiatriska kliniken, Östersunds sjukhus. "
        "S. deltog per telefon.\n"
        "Den enskilde: S., personnummer XXXXXX-XXXX")

    bold_para(doc, "Deltagare och underskrifter", size=Pt(11))
    rows = [
        ("S.", "Den enskilde", "\u2013", "Deltog per telefon"),
        ("Maria", "Sjuksköterska", "Avd 1B, Psykiatriska kliniken Östersund", "/MA"),
        ("Henrik", "Överläkare", "Psykiatriska kliniken Östersund", "/HK"),
        ("Anna", "Skötare, fast vårdkontakt", "Vuxenpsykiatrisk öppenvård Östersund", "/AN"),
        ("Jenny", "Biståndshandläggare", "Socialtjänsten Åre kommun", "/JE"),
        ("Kristoffer", "Boendestödjare", "Boendestödet Åre kommun", "/KR"),
        ("Lotta", "Distriktssköterska", "Hälsocentralen Järpen", "/LO"),
    ]
    table_with_header(doc, ["Namn", "Funktion", "Verksamhet", "Underskrift"], rows,
                      widths=[Cm(2.6), Cm(4.2), Cm(6.4), Cm(3.4)], size=Pt(9.5))

    doc.add_heading("Bakgrund", level=2)
    doc.add_paragraph(
        "S. är 41 år och bor ensam i lägenhet i Järpen. Hon har bipolär sjukdom typ 1 "
        "och har vårdats på avdelning 1B sedan 2025-02-10 efter en manisk episod med "
        "sömnlöshet och stora inköp på kredit. Hon har stabiliserats på litium och "
        "planeras skrivas ut 2025-03-07. S. var på permission i hemmet när mötet "
        "hölls och deltog därför per telefon. Det är ca tio mil mellan Järpen och "
        "Östersund och S. har ingen bil, så besök i Östersund kräver en hel dag med "
        "buss eller tåg.")

    doc.add_heading("Syfte", level=2)
    doc.add_paragraph(
        "Syftet är att S. ska få en trygg övergång från avdelningen till hemmet i "
        "Järpen, med en litiumbehandling och provtagning som fungerar på hemorten "
        "och ett stöd i vardagen som gör att tidiga tecken på ett nytt skov upptäcks "
        "i tid.")

    doc.add_heading("Frågeställningar", level=2)
    for q in ["Var och hur ofta ska litiumprover tas när S. bor i Järpen?",
              "Vem kontaktar S. om hon slutar svara i telefon eller missar ett prov?",
              "Hur ska boendestödet läggas upp de första veckorna efter utskrivningen?"]:
        doc.add_paragraph(q, style="List Bullet")

    doc.add_heading("Mål", level=2)
    doc.add_paragraph(
        "Målet är att S. ska kunna bo kvar i sin lägenhet och undvika en ny "
        "inläggning under det kommande året.")

    doc.add_heading("S:s synpunkter", level=2)
    doc.add_paragraph(
        "S. var med per telefon under hela mötet. Hon sa att hon vill att "
        "boendestödet kommer på förmiddagarna, eftersom hon är som tröttast på "
        "eftermiddagen av medicinen. Hon vill ta proverna i Järpen och slippa åka "
        "till Östersund, och hon tycker att ett telefonsamtal i veckan med Anna "
        "känns lagom.")

    doc.add_heading("Samtycke", level=2)
    doc.add_paragraph("Samtycke finns.")

    doc.add_heading("Insatser och ansvar", level=2)
    rows = [
        ("Litiumbehandling, recept och läkemedelsansvar vid utskrivningen",
         "Överläkare, Psykiatriska kliniken Östersund", "2025-03-07"),
        ("S-litium och njurprover på hemorten",
         "Distriktssköterska, Hälsocentralen Järpen",
         "Första prov 2025-03-14, därefter var tredje månad"),
        ("Telefonsamtal varje vecka, genomgång av S:s plan för tidiga tecken",
         "Fast vårdkontakt, Vuxenpsykiatrisk öppenvård Östersund",
         "Tisdagar fr.o.m. 2025-03-11"),
        ("Boendestöd tre förmiddagar i veckan: struktur, sömn, inköp och post",
         "Boendestödet Åre kommun", "Start 2025-03-10"),
        ("Läkarbesök i öppenvården via video",
         "Läkare, Vuxenpsykiatrisk öppenvård Östersund", "Tid skickas hem"),
    ]
    table_with_header(doc, ["Insats", "Ansvarig", "När"], rows,
                      widths=[Cm(7.0), Cm(5.6), Cm(4.0)], size=Pt(9.5))

    doc.add_heading("Huvudansvar", level=2)
    doc.add_paragraph(
        "Anna, skötare och fast vårdkontakt, Vuxenpsykiatrisk öppenvård Östersund.")

    doc.add_heading("Uppföljning", level=2)
    doc.add_paragraph(
        "Uppföljande SIP-möte 2025-04-24 kl. 10.00. S. deltar via telefon eller via "
        "video från Hälsocentralen Järpen.")

    src = os.path.join(BUILD, f"{PREFIX}-06.docx")
    save_docx(doc, src, author="Maria", title="SIP")
    pdf = soffice_pdf(src, BUILD)
    fix_pdf_metadata(pdf)
    shutil.copyfile(pdf, out("06.pdf"))


# ====================================================================
# 07  Word, passive voice, no units named; school refusal, Piteå
# ====================================================================
def make_07():
    doc = base_doc("Times New Roman", 12)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "SIP"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    p = doc.add_paragraph()
    r = p.add_run("Samordnad individuell plan")
    r.bold = True
    r.font.size = Pt(15)
    doc.add_paragraph("Barnets namn: L.\nPersonnummer: ÅÅMMDD-XXXX\nDatum: 2025-04-09\n"
                      "Kommun: Piteå")

    bold_para(doc, "Bakgrund")
    doc.add_paragraph(
        "L. är 13 år och går i årskurs 7. Frånvaron har ökat sedan höstlovet och "
        "ligger nu över 60 procent. L. beskrivs ha ont i magen och ångest på "
        "morgnarna och stannar ofta hemma. En orosanmälan har gjorts och utredning "
        "pågår. Samtal i skolan har tidigare erbjudits men har inte kommit igång. "
        "Under vårterminen har L. i princip bara varit i skolan på måndagar.")

    bold_para(doc, "Syfte")
    doc.add_paragraph("Att få en gemensam bild av situationen och samordna insatserna.")

    bold_para(doc, "Frågeställningar")
    doc.add_paragraph("Diskutera skolsituationen och hur det går framåt.")

    bold_para(doc, "Insatser")
    for line in [
        "Kontakt tas med BUP för bedömning av ångesten. Remiss skickas under april.",
        "Ett anpassat schema tas fram, med start två lektioner per dag efter påsklovet.",
        "En kartläggning av frånvaron görs och möjligheten till undervisning i mindre "
        "grupp under en övergångsperiod utreds.",
        "Samtalsstöd erbjuds en gång i veckan.",
        "Ansökan görs om kontaktperson enligt SoL.",
    ]:
        doc.add_paragraph(line, style="List Bullet")

    bold_para(doc, "Uppföljning")
    doc.add_paragraph("Uppföljning sker efter sommarlovet.")

    doc.add_paragraph()
    doc.add_paragraph("Planen skickas hem och förvaras i elevakten.")

    save_docx(doc, out("07.docx"), author="", title="SIP")


# ====================================================================
# 08  NOT a plan: Delegeringsbeslut (insulin), Alvesta
# ====================================================================
def make_08():
    doc = base_doc("Calibri", 10.5)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Alvesta kommun \u2013 Vård och omsorg, Hälso- och sjukvårdsenheten"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = ("Blankett HSL-12, rev. 2024-11. Original förvaras hos enhetschef, kopia "
               "hos delegerande sjuksköterska och mottagare.")
    fp.runs[0].font.size = Pt(7)

    p = doc.add_paragraph()
    r = p.add_run("DELEGERINGSBESLUT")
    r.bold = True
    r.font.size = Pt(16)
    p = doc.add_paragraph()
    r = p.add_run("Delegering av hälso- och sjukvårdsuppgift enligt HSLF-FS 2017:37")
    r.font.size = Pt(11)

    doc.add_paragraph("\u2612 Ny delegering      \u2610 Förnyad delegering      "
                      "\u2610 Ändrad delegering")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    fields = [
        ("Delegerad arbetsuppgift",
         "Subkutan injektion av insulin med förfylld insulinpenna enligt ordination i "
         "läkemedelslistan, inklusive kontroll av blodsocker före injektion."),
        ("Gäller för patient",
         "\u2610 Generell (samtliga patienter i hemsjukvården inom området)\n"
         "\u2612 Enskild patient: NN, personnummer XXXXXX-XXXX"),
        ("Mottagare (namn, befattning, arbetsplats)",
         "Jasmin, undersköterska, Hemtjänst Alvesta centrum"),
        ("Delegerande sjuksköterska", "Ulrika, legitimerad sjuksköterska, "
         "Hälso- och sjukvårdsenheten Alvesta kommun"),
        ("Giltighetstid", "2025-03-03 \u2013 2026-03-02 (längst ett år)"),
        ("Utbildning", "Webbutbildning \"Insulin och diabetes i hemsjukvården\" "
         "genomförd 2025-02-20. Genomgång av instruktion för insulinpenna 2025-02-24."),
        ("Kunskapskontroll",
         "Praktisk kontroll hos patienten tillsammans med sjuksköterska 2025-02-27. "
         "Mottagaren utförde uppgiften självständigt tre gånger. Godkänd."),
        ("Särskilda villkor",
         "Vid blodsocker under 4 eller över 20 mmol/l ges inte insulin innan "
         "sjuksköterska har kontaktats. Vid osäkerhet kontaktas tjänstgörande "
         "sjuksköterska via växeln."),
    ]
    for k, v in fields:
        cells = t.add_row().cells
        cells[0].text = ""
        cells[0].paragraphs[0].add_run(k).bold = True
        shade(cells[0], "EDEDED")
        cells[1].text = v
    set_col_widths(t, [Cm(5.0), Cm(11.6)])

    bold_para(doc, "Villkor för delegering")
    for line in [
        "Delegeringen är personlig och får inte överlåtas till någon annan.",
        "Mottagaren har ansvar för att uppgiften utförs enligt ordination och "
        "instruktion och ska avvikelserapportera om något går fel.",
        "Mottagaren ska själv säga till om hon inte längre känner sig säker på "
        "uppgiften.",
        "Delegeringen kan återkallas av delegerande sjuksköterska när som helst.",
        "Enhetschef ska informeras om beslutet och ansvarar för att mottagaren "
        "bara schemaläggs för uppgiften under giltighetstiden.",
    ]:
        doc.add_paragraph(line, style="List Bullet")

    bold_para(doc, "Underskrifter")
    t2 = doc.add_table(rows=1, cols=3)
    t2.style = "Table Grid"
    for i, h in enumerate(["", "Datum", "Underskrift / namnförtydligande"]):
        t2.rows[0].cells[i].text = ""
        t2.rows[0].cells[i].paragraphs[0].add_run(h).bold = True
    for role, date, sign in [
        ("Delegerande sjuksköterska", "2025-03-03", "Ulrika (sign.)"),
        ("Mottagare av delegering", "2025-03-03", "Jasmin (sign.)"),
        ("Enhetschef informerad", "2025-03-04", "Mikaela (sign.)"),
    ]:
        c = t2.add_row().cells
        c[0].text, c[1].text, c[2].text = role, date, sign
    set_col_widths(t2, [Cm(5.0), Cm(3.0), Cm(8.6)])

    doc.add_paragraph()
    doc.add_paragraph("Delegeringen följs upp av delegerande sjuksköterska senast "
                      "2025-09-03 (stickprov).")

    save_docx(doc, out("08.docx"), author="Ulrika", title="Delegeringsbeslut")


def main():
    os.makedirs(PLANS, exist_ok=True)
    os.makedirs(BUILD, exist_ok=True)
    for f in os.listdir(PLANS):
        if f.startswith(PREFIX + "-"):
            os.remove(os.path.join(PLANS, f))
    make_01()
    make_02()
    make_03()
    make_04()
    make_05()
    make_06()
    make_07()
    make_08()
    print("\n".join(sorted(os.listdir(PLANS))))


if __name__ == "__main__":
    main()
