#!/usr/bin/env python3
"""Generate the f53a batch of fictional, anonymized SIP test documents.

Run with /work/batches/.venv/bin/python generate.py
Writes plans/f53a-01 ... f53a-08. Deterministic content (fixed dates, no randomness);
zip entry timestamps and PDF dates are pinned where possible.
"""
import datetime as dt
import os
import re
import shutil
import subprocess
import textwrap
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
BUILD = os.path.join(HERE, "build")
PREFIX = "f53a"
FIXED = dt.datetime(2025, 3, 11, 14, 32, 0, tzinfo=dt.timezone.utc)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_I = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"


def path(n, ext):
    return os.path.join(OUT, f"{PREFIX}-{n:02d}.{ext}")


# --------------------------------------------------------------------------- helpers
def pin_zip(fn):
    """Rewrite a .docx with fixed entry timestamps and order (determinism)."""
    tmp = fn + ".tmp"
    with zipfile.ZipFile(fn) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    os.replace(tmp, fn)


def fix_core(doc, author, title):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = dt.datetime(2025, 1, 1, 8, 0, 0)
    cp.modified = dt.datetime(2025, 1, 1, 8, 0, 0)
    cp.revision = 1


def save_docx(doc, fn):
    doc.save(fn)
    pin_zip(fn)


def set_cell_shading(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def a4(section, landscape=False):
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    else:
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)


def set_col_widths(table, widths):
    table.autofit = False
    for i, w in enumerate(widths):
        table.columns[i].width = w
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w


def mark_header_row(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


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
    run5 = paragraph.add_run()
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    run5._r.append(e)


def add_placeholder_sdt(paragraph, text="Klicka eller tryck här för att ange text."):
    """An empty rich-text content control showing its placeholder text."""
    sdt = OxmlElement("w:sdt")
    sdtPr = OxmlElement("w:sdtPr")
    alias = OxmlElement("w:alias")
    alias.set(qn("w:val"), "Frågeställningar")
    sdtPr.append(alias)
    ph = OxmlElement("w:placeholder")
    dp = OxmlElement("w:docPart")
    dp.set(qn("w:val"), "DefaultPlaceholder_-1854013440")
    ph.append(dp)
    sdtPr.append(ph)
    sp = OxmlElement("w:showingPlcHdr")
    sdtPr.append(sp)
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
    t.text = text
    r.append(t)
    content.append(r)
    sdt.append(content)
    paragraph._p.append(sdt)


def set_columns(section, num, space_twips=720):
    sectPr = section._sectPr
    cols = sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sectPr.append(cols)
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), str(space_twips))


def wrap(text, width=76):
    out = []
    for para in text.split("\n"):
        if not para.strip():
            out.append("")
            continue
        indent = re.match(r"^(\s*(?:- |\d+\. )?)", para).group(1)
        sub = " " * len(indent)
        out.extend(textwrap.wrap(para, width=width, initial_indent="",
                                 subsequent_indent=sub, break_long_words=False,
                                 break_on_hyphens=False) or [""])
    return "\n".join(out)


def soffice_pdf(src, outdir):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo-f53a", "--headless",
         "--convert-to", "pdf", "--outdir", outdir, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


def pin_pdf_dates(fn):
    """Replace LibreOffice's creation dates with a fixed value (same byte length)."""
    with open(fn, "rb") as f:
        data = f.read()
    data = re.sub(rb"D:\d{14}", b"D:20250311143200", data)
    data = re.sub(rb"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}", b"2025-03-11T14:32:00", data)
    data = re.sub(rb"<[0-9A-F]{32}>", b"<" + b"0" * 32 + b">", data)
    data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, data)
    with open(fn, "wb") as f:
        f.write(data)


# =========================================================================== 01
# Lifecare-like print, two-column ruled table with abbreviated labels.
# Adult with psychosis and debts, Sundsvall (Västernorrland).
class LifecarePDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(60, 60, 60)
        self.cell(0, 4, "Lifecare  |  Sundsvalls kommun – Individ- och familjeomsorgen, Vuxenenheten",
                  new_x="LMARGIN", new_y="NEXT")
        self.cell(95, 4, "Utskrift: Dokument SIP  –  Utskriven av: handläggare IFO Vuxen")
        self.cell(0, 4, f"Utskriftsdatum 2025-03-11 14:32    Sida {self.page_no()} ({{nb}})",
                  align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(0, 0, 0)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Sekretess enligt OSL 26 kap. 1 §. Utskriften är en kopia, originalet finns i Lifecare.",
                  align="C")


def make_01():
    pdf = LifecarePDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_font("DejaVu", "I", FONT_I)
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(15, 12, 15)
    pdf.alias_nb_pages()
    pdf.add_page()

    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(0, 7, "Samordnad individuell plan (SIP)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 8.5)
    meta = [
        ("Klient", "Daniel   ÅÅMMDD-XXXX", "Ärende-id", "IFO-2025-00417"),
        ("Dokumenttyp", "SIP – Samordnad individuell plan", "Status", "Signerad 2025-03-11"),
        ("Mötesdatum", "2025-03-10", "Upprättad av", "Pia, socialsekreterare"),
    ]
    for a, b, c, d in meta:
        pdf.set_font("DejaVu", "B", 8.5)
        pdf.cell(28, 6, a, border=1)
        pdf.set_font("DejaVu", "", 8.5)
        pdf.cell(62, 6, b, border=1)
        pdf.set_font("DejaVu", "B", 8.5)
        pdf.cell(28, 6, c, border=1)
        pdf.set_font("DejaVu", "", 8.5)
        pdf.cell(0, 6, d, border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    rows = [
        ("Syfte m. SIP",
         "Syftet med SIP är att Daniel ska få ett samordnat stöd från psykiatrin och "
         "socialtjänsten nu när han skrivits ut från heldygnsvården, så att han kan behålla "
         "sin lägenhet på Haga och få en överblick över skulderna som växt under "
         "sjukdomsperioden."),
        ("Bakgr.",
         "Daniel är 34 år och bor ensam i hyresrätt i Sundsvall. Han fick diagnosen "
         "schizofreni 2019 och har sedan dess haft kontakt med Psykosmottagningen. Under "
         "hösten 2024 slutade han ta sin medicin, isolerade sig och slutade betala räkningar. "
         "Han vårdades på Psykiatriska kliniken, avd. 2, Sundsvalls sjukhus 2024-12-02 – "
         "2025-01-20, delvis enligt LPT. Efter utskrivningen har han fått depåinjektion och "
         "mår enligt egen uppgift bättre, men har svårt att komma i gång med vardagen. "
         "Hyresvärden har skickat påminnelse om två obetalda hyror och det finns flera "
         "inkassokrav på mobilabonnemang och e-handel. Daniel har tidigare haft boendestöd "
         "2021–2022 vilket han tyckte fungerade bra."),
        ("Frågest.",
         "Gå igenom nuläget och hur samarbetet fungerar."),
        ("Egna mål",
         "Målet är att Daniel ska kunna bo kvar i sin lägenhet och på sikt komma tillbaka "
         "till någon form av sysselsättning."),
        ("Delakt.",
         "Daniel deltog under hela mötet. Han berättade att han vill ha färre möten och helst "
         "träffar personal hemma i stället för på mottagningen. Han vill inte att någon "
         "annan tar över hans ekonomi."),
        ("Samt.",
         "Samtycke finns."),
        ("Ansv.",
         "1) Boendestöd i hemmet två gånger per vecka, fokus på rutiner, post och "
         "inköp – Socialpsykiatrin Sundsvall, boendestödjare Kim – start v. 12.\n"
         "2) Depåinjektion var tredje vecka samt samtal med kontaktsjuksköterska – "
         "Psykosmottagningen Sundsvall, kontaktsjuksköterska Jonas – nästa injektion "
         "2025-03-18.\n"
         "3) Genomgång av skulder och upprättande av budget – "
         "Budget- och skuldrådgivningen, Sundsvalls kommun.\n"
         "4) Ekonomiskt bistånd till de två hyresskulderna prövas – IFO Vuxen, "
         "socialsekreterare Pia – beslut senast 2025-03-21."),
        ("Huvudansv.",
         "Pia, socialsekreterare, IFO Vuxenenheten Sundsvalls kommun."),
        ("Uppf.",
         "Uppföljande SIP-möte 2025-06-10 kl. 13.00 på Psykosmottagningen Sundsvall. "
         "Pia kallar."),
        ("Delt.",
         "Daniel\n"
         "Pia, socialsekreterare, IFO Vuxenenheten, Sundsvalls kommun\n"
         "Kim, boendestödjare, Socialpsykiatrin Sundsvalls kommun\n"
         "Jonas, kontaktsjuksköterska, Psykosmottagningen Sundsvall, Region Västernorrland\n"
         "Ewa, överläkare, Psykosmottagningen Sundsvall, Region Västernorrland\n"
         "Mikael, budget- och skuldrådgivare, Sundsvalls kommun"),
        ("Sign.",
         "Pia, socialsekreterare   2025-03-11 14:05"),
    ]
    pdf.set_font("DejaVu", "", 9)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_line_width(0.2)
    with pdf.table(col_widths=(30, 150), line_height=5, text_align="LEFT",
                   v_align="TOP", padding=1.5, repeat_headings=1,
                   headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225))) as table:
        hr = table.row()
        hr.cell("Fält")
        hr.cell("Text")
        for label, text in rows:
            r = table.row()
            pdf.set_font("DejaVu", "B", 9)
            r.cell(label, style=FontFace(emphasis="BOLD"))
            r.cell(text)
    pdf.output(path(1, "pdf"))


# =========================================================================== 02
# Word: 17-year-old with criminal record, youth service / frivården, Trelleborg (Skåne).
def make_02():
    doc = Document()
    fix_core(doc, "Socialförvaltningen Trelleborg", "SIP Elias")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    a4(sec)
    sec.left_margin = sec.right_margin = Cm(2.3)
    hp = sec.header.paragraphs[0]
    hp.text = "Trelleborgs kommun\tSocialförvaltningen, Ungdomsenheten\tSekretess"
    hp.runs[0].font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Sida ")
    add_field(fp, "PAGE")

    doc.add_heading("Samordnad individuell plan (SIP)", level=1)
    p = doc.add_paragraph()
    p.add_run("Namn: ").bold = True
    p.add_run("Elias, 17 år\n")
    p.add_run("Personnummer: ").bold = True
    p.add_run("XXXXXX-XXXX\n")
    p.add_run("Vårdnadshavare: ").bold = True
    p.add_run("Jenny (mamma)\n")
    p.add_run("Datum för mötet: ").bold = True
    p.add_run("2025-02-06, Ungdomsenheten, Trelleborg")

    doc.add_heading("Syfte", level=2)
    doc.add_paragraph("Samordning av insatser.")

    doc.add_heading("Bakgrund", level=2)
    bg = [
        "Elias bor med sin mamma Jenny och två yngre syskon i en lägenhet i Trelleborg. "
        "Föräldrarna separerade när Elias var sex år och pappan har ingen regelbunden "
        "kontakt. Elias fick diagnosen ADHD på BUP Trelleborg 2019 och har sedan dess "
        "medicinerats, men har under perioder slutat ta medicinen. I högstadiet ökade "
        "frånvaron successivt och Elias gick ut årskurs 9 våren 2024 utan godkända betyg i "
        "flera ämnen. Han började på introduktionsprogram men har inte varit i skolan sedan "
        "oktober 2024.",
        "Elias har varit aktuell på Ungdomsenheten sedan 2022 efter orosanmälningar från "
        "skolan och polisen. Han dömdes i maj 2023 till ungdomstjänst 40 timmar för "
        "snatteri och olaga hot, vilket han fullgjorde på återbruket under sommaren 2023 "
        "med visst stöd. Under 2024 har han umgåtts med ett äldre umgänge och det har "
        "förekommit cannabisbruk nästan dagligen enligt Elias egen uppgift. I december 2024 "
        "dömdes han av tingsrätten för rån och ringa narkotikabrott till ungdomsövervakning "
        "i sex månader. Ungdomsövervakningen verkställs av Kriminalvården, frivården Malmö, "
        "och innebär bland annat kontaktskyldighet, förbud att vistas utanför hemmet vissa "
        "tider och elektronisk övervakning.",
        "Mamma beskriver att hon är orolig och trött. Hon upplever att Elias lyssnar på henne "
        "när de är ensamma men att han har svårt att stå emot kompisarna. Elias säger själv "
        "att han vill sluta röka och att han inte vill hamna på institution. Han har tidigare "
        "haft kontakt med Beroendemottagningen för unga men avbröt efter två besök hösten "
        "2024. Socialtjänsten har under januari 2025 utrett behovet av öppenvårdsinsatser "
        "och beslutat om behandlingskontakt via Ungdomsteamet.",
    ]
    for t in bg:
        doc.add_paragraph(t)

    doc.add_heading("Elias mål", level=2)
    doc.add_paragraph(
        "Elias säger: ”Jag vill klara övervakningen utan att åka dit för något nytt, och jag "
        "vill börja på ett program i höst, helst fordon.”")

    doc.add_heading("Elias och mammas synpunkter", level=2)
    doc.add_paragraph(
        "Elias och mamma Jenny deltog båda på mötet. Elias tycker att det är för många möten "
        "och vill att träffarna läggs efter kl. 15 så att han hinner sova, och att han hellre "
        "träffar samma person varje gång. Mamma vill ha ett sms när Elias inte kommer till "
        "en träff, så hon vet.")

    doc.add_heading("Samtycke", level=2)
    doc.add_paragraph("Elias och mamma Jenny gav skriftligt samtycke till SIP och till att "
                      "deltagarna utbyter information, på socialtjänstens blankett vid mötet "
                      "2025-02-06.")

    doc.add_heading("Överenskommelser", level=2)
    items = [
        "Frivårdens ungdomskoordinator (Kriminalvården, frivården Malmö) träffar Elias "
        "varje tisdag och torsdag kl. 15.30 på frivårdens kontor från och med vecka 7 enligt "
        "verkställighetsplanen för ungdomsövervakningen.",
        "Ungdomsteamet, Socialförvaltningen Trelleborg (behandlare Amir), har MI-samtal med "
        "Elias en gång per vecka med start 2025-02-12.",
        "Beroendemottagningen för unga, Region Skåne, tar urinprov varannan vecka och "
        "erbjuder återfallsprevention med start 2025-02-18.",
        "Läkaren på BUP Trelleborg gör uppföljning av Elias ADHD-medicinering vid besök "
        "2025-03-05.",
        "Studie- och yrkesvägledaren på Söderslättsgymnasiet bokar ett studiebesök på "
        "fordonsprogrammet tillsammans med Elias senast 2025-04-15.",
        "Mamma Jenny ser till att Elias är hemma kl. 21 på vardagar under hela "
        "övervakningstiden och ringer frivården samma kväll om han inte kommer hem.",
        "Elias lämnar alla urinprov och kommer till samtliga träffar hos frivården och "
        "Ungdomsteamet från och med 2025-02-07.",
        "Socialsekreterare Malin, Ungdomsenheten, skickar planen till alla deltagare senast "
        "2025-02-10.",
    ]
    for it in items:
        doc.add_paragraph(it, style="List Number")

    doc.add_heading("Huvudansvar", level=2)
    doc.add_paragraph("Socialtjänsten i Trelleborg har huvudansvaret för planen.")

    doc.add_heading("Uppföljning", level=2)
    doc.add_paragraph("Uppföljning vecka 14.")

    doc.add_heading("Närvarande", level=2)
    for t in [
        "Elias",
        "Jenny, mamma/vårdnadshavare",
        "Malin, socialsekreterare, Ungdomsenheten, Socialförvaltningen Trelleborg",
        "Amir, behandlare, Ungdomsteamet, Socialförvaltningen Trelleborg",
        "Hanna, ungdomskoordinator, Kriminalvården frivården Malmö",
        "Sofia, kurator, Beroendemottagningen för unga, Region Skåne",
        "Erik, studie- och yrkesvägledare, Söderslättsgymnasiet, Trelleborgs kommun",
    ]:
        doc.add_paragraph(t, style="List Bullet")
    p = doc.add_paragraph("BUP Trelleborg kunde inte delta men har lämnat uppgifter inför "
                          "mötet via telefon.")
    p.runs[0].italic = True
    save_docx(doc, path(2, "docx"))


# =========================================================================== 03
# Text: pasted into a ticket / case comment; "##" headings as plain text.
# Young adult with autism and LSS, Sala (Västmanland).
def make_03():
    body = """Ärende #48213  SIP Jonas  – Kommentar
Skapad av: Henrik (LSS-handläggare)   2024-10-03 15:47
Kategori: LSS / Samverkan   Status: Öppen
--------------------------------------------------------------------------

## SIP Jonas 2024-10-03

Möte på gruppbostaden i Sala kl 13-14.30. Klistrar in anteckningarna här så
att alla har samma underlag tills planen är inlagd i verksamhetssystemet.

## Närvarande
Jonas, Henrik, Maria, Ove, Sofia, Karin

## Frågeställningar
Diskutera läget.

## Bakgrund
Jonas är 22 år och har autism och lindrig intellektuell funktionsnedsättning. Han bor i gruppbostad enligt LSS 9 § 9 sedan 2022 och har daglig verksamhet på snickeriet fyra dagar i veckan. Sedan sommaren har personalen sett att Jonas är mer orolig, sover dåligt och har gått ner i vikt. Han har stannat hemma från den dagliga verksamheten flera dagar i september. Det har varit två tillfällen med utåtagerande på boendet där en personal blev skadad på armen. Jonas har sedan tidigare kontakt med Habiliteringen och med Vuxenpsykiatrin Sala, där han fick en ny medicin i augusti.

## Insatser
- Boendet gör fortsatt stöd vid behov framöver
- Regionen gör fortsatt kontakt under hösten
- Daglig verksamhet gör som tidigare tills vidare
- Habiliteringen gör fortsatt kontakt vid behov
- Henrik gör uppföljning av beslut när det behövs

## Uppföljning
Vid behov. Ny SIP i höst om det inte blir bättre.

--------------------------------------------------------------------------
Intern notering (syns ej för extern part): skicka anteckningarna till
deltagarna via säker e-post. /H
"""
    with open(path(3, "txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(wrap(body, 76) + "\n")


# =========================================================================== 04
# Markdown: after a network meeting; woman with dementia and her husband/carer, Kramfors.
def make_04():
    md = """# SIP – Ester och Gunnar

**Nätverksmöte i hemmet, Kramfors, 2025-02-04 kl. 10.00–11.30**

**Skrivet av:** Anna, biståndshandläggare, Kramfors kommun

## Deltagare

| Namn | Funktion | Verksamhet |
|---|---|---|
| Gunnar | make och anhörigvårdare | – |
| Anna | biståndshandläggare | Äldreomsorgen, Kramfors kommun |
| Birgitta | gruppledare | Hemtjänst Kramfors centrum |
| Lars | distriktssköterska | Vårdcentralen Kramfors, Region Västernorrland |
| Maja | demenssjuksköterska | Kramfors kommun |

Ester deltog inte i mötet. Vi valde att ha mötet när hon var på dagverksamheten
Solrosen, eftersom hon blir mycket orolig när flera okända personer är hemma.

## Syfte

Syftet är att Ester ska kunna bo kvar hemma med Gunnar under trygga former, och att
vård och omsorg planeras tillsammans så att Gunnar får avlastning innan han själv blir
sjuk av tröttheten.

## Bakgrund

Ester är 84 år och fick diagnosen Alzheimers sjukdom på Vårdcentralen Kramfors 2022.
Hon och Gunnar, 86 år, har varit gifta i 61 år och bor i villa utanför Kramfors.
Sedan i höstas har Ester blivit sämre, hon går upp flera gånger per natt, letar efter
saker och har vid två tillfällen gått ut i nattlinnet. Gunnar har själv hjärtsvikt
och sover numera bara några timmar per natt. Ester har hemtjänst en gång per dag för
dusch och tillsyn och är på dagverksamhet två dagar i veckan. Gunnar sköter dosetten,
men vid två tillfällen i januari har Ester tagit dubbla doser. Dottern Lena bor i
Umeå och kommer hem ungefär en helg i månaden.

Gunnar berättade på mötet:

> ”Jag klarar dagarna, det är nätterna som tar knäcken på mig. Jag är vaken vart och
> vartannat timme för att hålla koll på dörren.”

> ”Jag vill inte släppa ifrån mig allt, jag vill fortsätta laga frukosten och ta våra
> promenader. Men medicinerna vågar jag inte ansvara för längre.”

> ”Jag behöver veta vem jag ska ringa när det händer något på kvällen.”

## Frågeställningar

1. Hur ska nätterna lösas när Ester vandrar och försöker gå ut?
2. Vem tar över ansvaret för läkemedlen nu när Gunnar inte längre klarar dosetten?
3. Behöver Gunnar avlösning i hemmet eller växelvård för att orka?

## Mål

Målet är att Ester ska kunna bo kvar i villan i Kramfors med stöd, och att Gunnar ska
få sova ordentligt minst fem nätter i veckan.

## Insatser och ansvar

| Insats | Vem | När |
|---|---|---|
| Nattillsyn kl. 02.00 och trygghetslarm med dörrlarm (larmet går till nattpatrullen) | Hemtjänst Kramfors centrum, nattpatrullen | Från 2025-02-10 |
| Morgonhjälp varje dag med hygien och påklädning | Hemtjänst Kramfors centrum | Från 2025-02-10 |
| Ester får läkemedel via apodos, läkemedelsgenomgång inför start | Distriktssköterska Lars, Vårdcentralen Kramfors | Läkemedelsgenomgång 2025-02-13, apodos från 2025-02-24 |
| Hembesök för att följa Esters hälsa, blodtryck och vikt | Distriktssköterska, Vårdcentralen Kramfors | Var fjärde vecka, första 2025-02-27 |
| Utredning av växelvård (korttidsvistelse en vecka av fyra) | Anna, biståndshandläggare | Beslut senast 2025-03-07 |
| Gunnar kontaktar anhörigkonsulenten för avlösning och anhöriggrupp | Gunnar | Senast 2025-02-28 |
| Gunnar fortsätter laga frukost och ta promenader med Ester, och ringer hemtjänsten om natten har varit orolig | Gunnar | Från 2025-02-04 och fortlöpande |
| Lena ringer pappa varje söndag och är hemma den helg varje månad när Ester har växelvård | Lena (dotter) | Från mars 2025 |

## Uppföljning

Vi ses igen om ungefär tre månader, i maj. Kallelse skickas.
"""
    with open(path(4, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# =========================================================================== 05
# Word: Title / Subtitle styles, bold-italic lines, participants in a two-column section,
# measures table with Status. Girl, 14, school refusal and anxiety, Helsingborg (Skåne).
def bi_line(doc, text):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.italic = True
    p.paragraph_format.space_before = Pt(10)
    p.paragraph_format.space_after = Pt(2)
    return p


def make_05():
    doc = Document()
    fix_core(doc, "Elevhälsan", "SIP Alva")
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    sec = doc.sections[0]
    a4(sec)
    hp = sec.header.paragraphs[0]
    hp.text = "Helsingborgs stad  •  Skol- och fritidsförvaltningen  •  Region Skåne"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(8)

    doc.add_paragraph("Samordnad individuell plan", style="Title")
    doc.add_paragraph("Alva, åk 8  –  SIP-möte 2024-11-20", style="Subtitle")

    bi_line(doc, "Bakgrund")
    doc.add_paragraph(
        "Alva är 14 år och går i årskurs 8 på Norra skolan i Helsingborg. Hon bor med mamma "
        "Sara och lillebror. Under våren i årskurs 7 började Alva få ont i magen på "
        "morgnarna och frånvaron ökade. Sedan höstlovet har hon i stort sett inte varit i "
        "skolan. Alva har utretts på BUP Helsingborg och har diagnosen social ångest. Hon "
        "sover ofta till lunch och sitter mycket vid datorn. Mamma har fått ta ledigt från "
        "jobbet flera dagar för att försöka få iväg Alva. Skolan gjorde en orosanmälan i "
        "oktober och socialtjänsten har erbjudit familjebehandling.")

    bi_line(doc, "Syfte med planen")
    doc.add_paragraph(
        "Syftet är att skolan, BUP och socialtjänsten tillsammans ska hjälpa Alva tillbaka "
        "till skolan i en takt hon klarar, och att mamma ska slippa vara den som håller ihop "
        "alla kontakter.")

    bi_line(doc, "Frågeställningar")
    p = doc.add_paragraph()
    add_placeholder_sdt(p)

    bi_line(doc, "Alvas egna mål")
    doc.add_paragraph(
        "Alva säger: ”Jag vill kunna gå på engelskan och idrotten igen, och jag vill inte att "
        "alla ska fråga var jag har varit.”")

    bi_line(doc, "Alvas delaktighet")
    doc.add_paragraph(
        "Alva var med på mötet tillsammans med mamma, de första 20 minuterna i rummet och "
        "sedan via länk från grupprummet bredvid. Hon vill börja med lektioner där hon har "
        "en kompis i klassen och vill inte sitta i matsalen. Hon vill hellre träffa kuratorn "
        "än gå till BUP varje vecka. Mamma instämmer men tycker att BUP-kontakten är viktig.")

    bi_line(doc, "Deltagare")
    # two-column continuous section for the participant list
    new = doc.add_section(WD_SECTION.CONTINUOUS)
    set_columns(new, 2)
    for t in ["Alva", "Sara, mamma", "Johan, mentor", "Petra, kurator",
              "Lina, psykolog", "Omar, familjebehandlare", "Helena, specialpedagog",
              "Karin, skolsköterska"]:
        doc.add_paragraph(t, style="List Bullet")
    back = doc.add_section(WD_SECTION.CONTINUOUS)
    set_columns(back, 1)

    bi_line(doc, "Insatser")
    rows = [
        ("Anpassat schema, börjar med engelska, bild och idrott (två lektioner per dag), "
         "ökas efter hand", "Mentor, Norra skolan", "Från 2024-11-25", "Pågår"),
        ("Samtal med kurator varje måndag morgon före första lektionen",
         "Kurator, Norra skolan", "Varje måndag från v. 48", "Pågår"),
        ("KBT-behandling för social ångest, 12 sessioner",
         "Psykolog, BUP Helsingborg", "Start 2024-12-03", "Ej påbörjad"),
        ("Familjebehandling i hemmet med fokus på morgonrutiner och sömn",
         "Familjebehandlare, Familjeteamet Helsingborgs stad", "", "Ej påbörjad"),
        ("Studiero-plats i lilla studion när Alva inte orkar vara i klassrummet",
         "Specialpedagog, Norra skolan", "Från 2024-11-25", "Klar"),
    ]
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(["Insats", "Ansvarig", "När", "Status"]):
        c = t.rows[0].cells[i]
        c.text = h
        c.paragraphs[0].runs[0].bold = True
        set_cell_shading(c, "D9E2F3")
    mark_header_row(t.rows[0])
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    set_col_widths(t, [Cm(7.0), Cm(4.5), Cm(3.3), Cm(2.2)])

    doc.add_paragraph()
    doc.add_paragraph(
        "Mamma nämnde att Försäkringskassan kan bli aktuellt längre fram om frånvaron "
        "fortsätter.")

    bi_line(doc, "Huvudansvarig")
    doc.add_paragraph("")

    bi_line(doc, "Uppföljning")
    doc.add_paragraph("Datum för uppföljning: ÅÅÅÅ-MM-DD")

    bi_line(doc, "Planen skickas till")
    doc.add_paragraph("Alla deltagare samt vårdnadshavare.")
    save_docx(doc, path(5, "docx"))


# =========================================================================== 06
# PDF via LibreOffice from .docx: discharge from psychiatric inpatient care with a
# "Tidplan" table (date | what happens | who). Västerås (Västmanland).
def make_06():
    doc = Document()
    fix_core(doc, "Psykiatriska kliniken Västerås", "SIP vid utskrivning")
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10.5)
    sec = doc.sections[0]
    a4(sec)
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Region Västmanland – Psykiatriska kliniken Västerås  |  Västerås stad – Socialpsykiatrin"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fr = fp.add_run("SIP vid utskrivning – Mats – sida ")
    fr.font.size = Pt(8)
    add_field(fp, "PAGE")

    doc.add_heading("SIP – samordnad individuell plan vid utskrivning", level=1)
    tb = doc.add_table(rows=4, cols=2)
    tb.style = "Table Grid"
    info = [("Namn", "Mats"), ("Personnummer", "ÅÅMMDD-XXXX"),
            ("Vårdenhet", "Avdelning 84, Psykiatriska kliniken Västerås"),
            ("Planerad utskrivning", "2025-03-12")]
    for i, (a, b) in enumerate(info):
        tb.rows[i].cells[0].text = a
        tb.rows[i].cells[0].paragraphs[0].runs[0].bold = True
        tb.rows[i].cells[1].text = b
    set_col_widths(tb, [Cm(4.5), Cm(12.1)])

    doc.add_heading("Syfte", level=2)
    doc.add_paragraph("Samordnad utskrivning.")

    doc.add_heading("Bakgrund", level=2)
    doc.add_paragraph(
        "Mats är 41 år och har bipolär sjukdom typ 1 sedan 2016. Han arbetar på ett lager i "
        "Västerås men har varit sjukskriven sedan december 2024. Han lades in på avdelning 84 "
        "2025-02-14 i ett maniskt skov efter att ha slutat med litium under julen. Han har "
        "stabiliserats på ny litiumbehandling och kan nu skrivas ut. Mats bor ensam i "
        "bostadsrätt i Västerås. Han har tidigare haft boendestöd under 2021. Hans syster bor i "
        "Köping och har varit ett stöd under vårdtiden.")
    doc.add_paragraph(
        "Planen upprättades vid SIP-möte på avdelning 84 den 2025-03-07 inför utskrivningen.")

    doc.add_heading("Frågeställningar inför mötet", level=2)
    for q in ["Vem tar litiumproverna efter utskrivningen och vem följer upp svaren?",
              "Behöver Mats boendestöd de första veckorna hemma?",
              "Hur ska kontakten med Försäkringskassan om sjukskrivningen se ut?"]:
        doc.add_paragraph(q, style="List Bullet")

    doc.add_heading("Mats egna mål", level=2)
    doc.add_paragraph(
        "”Jag vill bo kvar i min lägenhet och komma tillbaka till jobbet på lagret, först på "
        "halvtid. Och jag vill märka själv när jag börjar bli dålig igen.”")

    doc.add_heading("Mats synpunkter", level=2)
    doc.add_paragraph(
        "Mats deltog i mötet. Han vill ha en fast kontakt i öppenvården och tycker att "
        "boendestöd är bra de första veckorna men vill inte ha hemtjänst eller fler än två "
        "hembesök i veckan.")

    doc.add_heading("Tidplan", level=2)
    rows = [
        ("2025-03-12", "Utskrivning från avdelning 84. Läkemedelslista och recept för fyra "
         "veckor skickas med.", "Avdelning 84, ansvarig sjuksköterska"),
        ("2025-03-13", "Första hembesök av boendestödet, därefter två gånger i veckan i sex "
         "veckor.", "Boendestödet, Socialpsykiatrin Västerås stad"),
        ("2025-03-17", "Återbesök hos läkare, läkemedelsgenomgång och plan för litium.",
         "Läkare, Psykiatriska öppenvårdsmottagningen Västerås"),
        ("2025-03-19", "Mats skickar in läkarintyget till Försäkringskassan och ansöker om "
         "fortsatt sjukpenning.", "Mats själv"),
        ("2025-03-26", "Telefonavstämning om sjukskrivning och plan för återgång i arbete "
         "på halvtid.", "Handläggare, Försäkringskassan"),
        ("2025-04-01", "Provtagning av litiumnivå och njurfunktion.", "Regionen"),
        ("2025-04-05", "Systern följer med Mats på första återträffen i brukarföreningens "
         "grupp för personer med bipolär sjukdom.", "Systern Karin"),
        ("2025-04-23", "Uppföljande SIP-möte kl. 10.00 på Psykiatriska "
         "öppenvårdsmottagningen Västerås. Kontaktsjuksköterskan kallar.",
         "Kontaktsjuksköterska Anneli"),
    ]
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Datum", "Vad händer", "Vem"]):
        c = t.rows[0].cells[i]
        c.text = h
        c.paragraphs[0].runs[0].bold = True
        set_cell_shading(c, "E7E6E6")
    mark_header_row(t.rows[0])
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    set_col_widths(t, [Cm(2.6), Cm(9.0), Cm(5.0)])

    doc.add_heading("Huvudansvar", level=2)
    doc.add_paragraph(
        "Huvudansvar för planen har kontaktsjuksköterska Anneli, Psykiatriska "
        "öppenvårdsmottagningen Västerås, Region Västmanland.")

    doc.add_paragraph()
    p = doc.add_paragraph("Dokumentet är upprättat av avdelning 84 och skickas till Mats och "
                          "berörda enheter.")
    p.runs[0].italic = True

    os.makedirs(BUILD, exist_ok=True)
    src = os.path.join(BUILD, f"{PREFIX}-06.docx")
    save_docx(doc, src)
    soffice_pdf(src, BUILD)
    shutil.move(os.path.join(BUILD, f"{PREFIX}-06.pdf"), path(6, "pdf"))
    pin_pdf_dates(path(6, "pdf"))


# =========================================================================== 07
# Word: large table of needs per life area. Man, 52, alcohol dependence, Ystad (Skåne).
def make_07():
    doc = Document()
    fix_core(doc, "Ystads kommun", "SIP Peter")
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)
    sec = doc.sections[0]
    a4(sec)
    a4(sec, landscape=True)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    hp = sec.header.paragraphs[0]
    hp.text = "Ystads kommun, Socialförvaltningen – Vuxenenheten\t\tSIP – Samordnad individuell plan"
    hp.runs[0].font.size = Pt(8)

    p = doc.add_paragraph()
    r = p.add_run("SAMORDNAD INDIVIDUELL PLAN – BEHOV PER LIVSOMRÅDE")
    r.bold = True
    r.font.size = Pt(14)
    p = doc.add_paragraph()
    p.add_run("Avser: ").bold = True
    p.add_run("Peter, 52 år, ÅÅMMDD-XXXX      ")
    p.add_run("Datum: ").bold = True
    p.add_run("2025-02-25      ")
    p.add_run("Plats: ").bold = True
    p.add_run("Vuxenenheten, Ystad")

    p = doc.add_paragraph()
    p.add_run("Deltagare").bold = True
    for t in [
        "Camilla, socialsekreterare, Vuxenenheten Ystads kommun",
        "Fredrik, alkoholterapeut, Beroendeenheten Ystads kommun",
        "Nadia, sjuksköterska, Beroendemottagningen Ystad, Region Skåne",
        "Johanna, distriktsläkare, Vårdcentralen Ystad, Region Skåne",
        "Tomas, socialsekreterare, Försörjningsstöd Ystads kommun",
    ]:
        doc.add_paragraph(t, style="List Bullet")

    p = doc.add_paragraph()
    p.add_run("Samtycke: ").bold = True
    p.add_run("Samtycke till samverkan finns.")

    p = doc.add_paragraph()
    p.add_run("Kort bakgrund: ").bold = True
    p.add_run(
        "Peter har ett långvarigt alkoholberoende som förvärrats sedan han blev av med sitt "
        "arbete som busschaufför i juni 2024. Han är sjukskriven sedan september. Levervärdena "
        "var förhöjda vid provtagning i januari. Han bor ensam i hyresrätt och har två vuxna "
        "barn. Han har skulder på två månadshyror sedan hösten.")

    headers = ["Livsområde", "Behov", "Insats", "Ansvarig", "När"]
    data = [
        ("Boende", None),
        ("Ekonomi", [("Hyresskuld två månader, saknar inkomst i januari–februari",
                      "Ekonomiskt bistånd prövas, kontakt med hyresvärden om avbetalningsplan",
                      "Socialsekreterare, Försörjningsstöd Ystads kommun",
                      "Beslut v. 10")]),
        ("Hälsa", [("Alkoholberoende med abstinens vid nedtrappning",
                    "Abstinensbehandling i öppenvård och läkemedel mot återfall",
                    "Regionen", "Mars 2025"),
                   ("Förhöjda levervärden, högt blodtryck",
                    "Ny provtagning och läkarbesök, bedömning av blodtryckmedicin",
                    "Distriktsläkare, Vårdcentralen Ystad", "2025-03-20")]),
        ("Sysselsättning", [("Sjukskriven, saknar sysselsättning och struktur på dagarna",
                             "Återfallsprevention i grupp två gånger i veckan. Arbetsförmedlingen "
                             "kan bli aktuell längre fram.",
                             "Alkoholterapeut, Beroendeenheten Ystads kommun",
                             "Start 2025-03-10")]),
        ("Relationer", None),
    ]
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(headers):
        c = t.rows[0].cells[i]
        c.text = h
        c.paragraphs[0].runs[0].bold = True
        set_cell_shading(c, "C5E0B3")
    mark_header_row(t.rows[0])
    for area, entries in data:
        if entries is None:
            cells = t.add_row().cells
            cells[0].text = area
            cells[0].paragraphs[0].runs[0].bold = True
            m = cells[1].merge(cells[4])
            m.text = "Inget behov just nu"
            m.paragraphs[0].runs[0].italic = True
            continue
        first = None
        for j, e in enumerate(entries):
            cells = t.add_row().cells
            if j == 0:
                first = cells[0]
                cells[0].text = area
                cells[0].paragraphs[0].runs[0].bold = True
            else:
                first = first.merge(cells[0])
            for i, v in enumerate(e):
                cells[i + 1].text = v
    set_col_widths(t, [Cm(3.4), Cm(5.8), Cm(7.4), Cm(5.5), Cm(3.4)])

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Huvudansvar: ").bold = True
    p.add_run("Socialtjänsten Ystad")
    save_docx(doc, path(7, "docx"))


# =========================================================================== 08
# NOT a SIP: the elderly home's own "Vårdplan" (särskilt boende), Örnsköldsvik.
def make_08():
    doc = Document()
    fix_core(doc, "Vård- och omsorgsboendet Björkbacken", "Vårdplan")
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    sec = doc.sections[0]
    a4(sec)
    hp = sec.header.paragraphs[0]
    hp.text = "Örnsköldsviks kommun – Vård- och omsorgsboendet Björkbacken, avdelning Linnéan"
    hp.runs[0].font.size = Pt(8)

    doc.add_heading("Vårdplan", level=0)
    tb = doc.add_table(rows=5, cols=2)
    tb.style = "Table Grid"
    for i, (a, b) in enumerate([
        ("Boende", "Sigrid, 91 år"),
        ("Personnummer", "ÅÅMMDD-XXXX"),
        ("Avdelning / lgh", "Linnéan, lgh 7"),
        ("Omvårdnadsansvarig sjuksköterska", "Emma, leg. sjuksköterska"),
        ("Kontaktman", "Lotta, undersköterska"),
    ]):
        tb.rows[i].cells[0].text = a
        tb.rows[i].cells[0].paragraphs[0].runs[0].bold = True
        tb.rows[i].cells[1].text = b

    doc.add_heading("Hälsotillstånd", level=1)
    doc.add_paragraph(
        "Sigrid flyttade till Björkbacken i oktober 2024 efter en höftfraktur. Hon har "
        "hjärtsvikt, förmaksflimmer och måttlig kognitiv svikt. Hon går med rollator med stöd "
        "av en personal och behöver hjälp med personlig hygien och på- och avklädning. "
        "Aptiten är nedsatt och vikten har minskat från 58 till 54 kg sedan inflyttningen.")

    doc.add_heading("Riskbedömningar (Senior alert 2025-01-15)", level=1)
    for t in ["Fallrisk: hög (Downton 5)",
              "Trycksår: risk (Norton 18)",
              "Undernäring: risk (MNA-SF 9)",
              "Munhälsa: ROAG utan anmärkning"]:
        doc.add_paragraph(t, style="List Bullet")

    doc.add_heading("Mål", level=1)
    doc.add_paragraph("Sigrid ska inte falla. Vikten ska vara stabil vid vägning i april. "
                      "Huden ska vara hel.")

    doc.add_heading("Åtgärder", level=1)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Åtgärd", "Utförs av", "Frekvens"]):
        c = t.rows[0].cells[i]
        c.text = h
        c.paragraphs[0].runs[0].bold = True
    for r in [
        ("Sensorlarm i sängen nattetid, höftskyddsbyxor dagtid", "Undersköterskor", "Dagligen"),
        ("Gångträning i korridoren med rollator", "Fysioterapeut / undersköterskor", "3 ggr/vecka"),
        ("Berikad kost och mellanmål kl. 15 och 20, vägning", "Undersköterskor",
         "Dagligen / vägning varannan vecka"),
        ("Lägesändring nattetid, inspektion av hälar", "Undersköterskor", "Varje natt"),
        ("Läkemedelsgenomgång vid läkarrond", "Sjuksköterska och läkare", "Vid nästa rond"),
    ]:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v

    doc.add_heading("Sigrids önskemål", level=1)
    doc.add_paragraph("Sigrid vill gärna sitta i dagrummet på eftermiddagen och lyssna på "
                      "radio. Hon vill duscha på kvällen, inte på morgonen.")

    doc.add_heading("Utvärdering", level=1)
    doc.add_paragraph("Vårdplanen utvärderas 2025-04-15 av omvårdnadsansvarig sjuksköterska "
                      "tillsammans med kontaktman.")
    p = doc.add_paragraph("Upprättad 2025-01-20, Emma, leg. sjuksköterska")
    p.runs[0].italic = True
    save_docx(doc, path(8, "docx"))


def main():
    os.makedirs(OUT, exist_ok=True)
    make_01()
    make_02()
    make_03()
    make_04()
    make_05()
    make_06()
    make_07()
    make_08()
    shutil.rmtree(BUILD, ignore_errors=True)
    print("\n".join(sorted(os.listdir(OUT))))


if __name__ == "__main__":
    main()
