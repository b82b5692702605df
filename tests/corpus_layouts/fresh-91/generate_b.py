#!/usr/bin/env python
"""Generate batch f91b: eight fictional, anonymized documents (seven SIP plans + one LSS application).
Region Västmanland / Södermanland, dates in 2025. Deterministic (fixed dates, seeded noise)."""
import datetime
import os
import random
import shutil
import subprocess
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
PLANS = os.path.join(HERE, "plans")
BUILD = os.path.join(HERE, "build")
PREFIX = "f91b"
LO_PROFILE = "file:///tmp/lo-f91b"
FIXED = datetime.datetime(2025, 1, 1, 12, 0, 0)
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


def out(n, ext):
    return os.path.join(PLANS, f"{PREFIX}-{n:02d}.{ext}")


# ---------------------------------------------------------------- helpers
def new_doc(author="", title=""):
    d = Document()
    cp = d.core_properties
    cp.author = author
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = author
    cp.revision = 1
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    return d


def save_docx(d, path):
    d.save(path)
    # rewrite the zip with fixed timestamps so every run gives identical bytes
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 1, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(item.filename))
    os.replace(tmp, path)


def add_field(paragraph, instr):
    """Insert a simple field (PAGE, NUMPAGES) as complex field runs."""
    run = paragraph.add_run()
    fld_begin = OxmlElement("w:fldChar")
    fld_begin.set(qn("w:fldCharType"), "begin")
    run._r.append(fld_begin)
    run2 = paragraph.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    run2._r.append(it)
    run3 = paragraph.add_run()
    sep = OxmlElement("w:fldChar")
    sep.set(qn("w:fldCharType"), "separate")
    run3._r.append(sep)
    run4 = paragraph.add_run("1")
    run5 = paragraph.add_run()
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run5._r.append(end)


def shade(cell, fill="D9D9D9"):
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


def cell_text(cell, text, bold=False, size=None, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    return p


def table_with_header(d, headers, rows, widths=None, size=None, style="Table Grid"):
    t = d.add_table(rows=1, cols=len(headers))
    t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(headers):
        cell_text(t.rows[0].cells[i], h, bold=True, size=size)
        shade(t.rows[0].cells[i])
    repeat_header(t.rows[0])
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cell_text(cells[i], v, size=size)
    if widths:
        set_widths(t, widths)
    return t


def set_widths(t, widths):
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in t.rows:
        for i, w in enumerate(widths):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def bold_para(d, text, size=None, space_before=8):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    p.paragraph_format.space_before = Pt(space_before)
    p.paragraph_format.space_after = Pt(2)
    p.paragraph_format.keep_with_next = True
    return p


def soffice_pdf(docx_path, target_pdf):
    os.makedirs(BUILD, exist_ok=True)
    subprocess.run(
        ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
         "--convert-to", "pdf", "--outdir", BUILD, docx_path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    produced = os.path.join(BUILD, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
    shutil.move(produced, target_pdf)
    normalize_pdf(target_pdf)


def normalize_pdf(path):
    """Fix creation date and document ID in place (same byte length, so the xref stays valid)."""
    import re
    data = open(path, "rb").read()

    def fix_date(m):
        stamp = b"20250304154500"
        body = m.group(2)
        return m.group(1) + stamp + body[len(stamp):]

    data = re.sub(rb"(/CreationDate\(D:)([0-9]{14}[^)]*)", fix_date, data)
    data = re.sub(rb"<([0-9A-F]{32})>", lambda m: b"<" + b"F91B" * 8 + b">", data)
    data = re.sub(rb"(/DocChecksum /)([0-9A-F]{32})", lambda m: m.group(1) + b"0" * 32, data)
    open(path, "wb").write(data)


# ---------------------------------------------------------------- 01 docx, Heading 3 lower case with colon
def plan01():
    d = new_doc("Petra", "SIP Daniel")
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Västerås stad, Socialpsykiatrin  |  Region Västmanland, Psykosmottagningen Västerås"
    hp.runs[0].font.size = Pt(8)
    hp.runs[0].font.color.rgb = RGBColor(0x59, 0x59, 0x59)

    t = d.add_paragraph()
    r = t.add_run("Samordnad individuell plan (SIP)")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("Daniel, 29 år, Västerås\nMöte 2025-03-27 kl. 13.00–14.30, Psykosmottagningen Västerås")

    def part(head, *paras):
        d.add_heading(head, level=3)
        for p in paras:
            d.add_paragraph(p)

    part("syfte:",
         "Syftet är att Daniel ska få ett samlat stöd från psykosmottagningen och socialtjänsten nu när han "
         "bor i egen lägenhet igen efter vårdtiden i höstas, och att skulderna inte ska leda till att han "
         "förlorar lägenheten.")
    part("bakgrund:",
         "Daniel insjuknade i psykos 2023 och vårdades senast på Psykiatriska kliniken i Västerås "
         "oktober–december 2024. Han har sedan dess depåinjektion och kontakt med psykosmottagningen. "
         "Han flyttade tillbaka till sin lägenhet på Bäckby i januari. Under sjukdomstiden har det blivit "
         "obetalda hyror och flera sms-lån, och hyresvärden har skickat en varning om uppsägning i februari.",
         "Daniel sover bättre nu men har svårt att ta sig ut, handlar sällan och har tackat nej till "
         "sysselsättning tills vidare.")
    part("frågor till mötet:",
         "Hur går det nu? Övriga frågor.")
    part("daniels mål:",
         "”Jag vill bo kvar i lägenheten och slippa gå och oroa mig för räkningarna. Och jag vill komma ut "
         "lite mer, kanske börja simma igen på Lögarängsbadet.”")
    part("daniels synpunkter:",
         "Daniel var med på hela mötet. Han tycker att det är för många som ringer honom och vill helst ha "
         "en person att höra av sig till. Han vill inte ha hembesök före kl. 10 på förmiddagen eftersom "
         "medicinen gör honom trött på morgonen.")
    part("samtycke:",
         "Samtycke finns.")
    part("insatser och vem som gör vad:",
         "Psykosmottagningen Västerås, sjuksköterska Lina: depåinjektion var tredje vecka, nästa gång "
         "2025-04-10. Lina svarar också på Daniels frågor om medicinen.",
         "Psykosmottagningen Västerås, läkare: läkarbesök med genomgång av medicinen 2025-05-06.",
         "Socialpsykiatrin Västerås stad, boendestödjare Karin: boendestöd två gånger i veckan från vecka 15, "
         "inte före kl. 10. Fokus på inköp, tvätt och att öppna posten tillsammans.",
         "IFO vuxen, försörjningsstöd Västerås stad, handläggare Omar: prövar ansökan om bistånd till "
         "hyresskulden för februari–mars, beslut senast 2025-04-11.",
         "Budget- och skuldrådgivningen Västerås stad: Daniel får en tid för genomgång av alla skulder och "
         "hjälp att göra en betalningsplan.")
    part("huvudansvarig:")
    d.add_paragraph("")
    part("uppföljning:",
         "Vi ses igen 2025-06-12 kl. 14.00 på Psykosmottagningen Västerås.")
    part("närvarande:",
         "Daniel, Lina, Karin, Omar, Petra")
    d.add_paragraph("Antecknat av Petra 2025-03-27.")
    save_docx(d, out(1, "docx"))


# ---------------------------------------------------------------- 02 pdf via LO, TOC page 1 + parts page 2
def plan02():
    d = new_doc("Anna", "SIP Gunnar")
    sec = d.sections[0]
    sec.top_margin = Cm(2)
    sec.bottom_margin = Cm(1.8)
    sec.left_margin = Cm(2.2)
    sec.right_margin = Cm(2.2)
    d.styles["Normal"].font.size = Pt(10)
    hp = sec.header.paragraphs[0]
    hp.text = "Köpings kommun – Vård och omsorg\tSamordnad individuell plan"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.add_run("Sida ")
    add_field(fp, "PAGE")
    fp.add_run(" (")
    add_field(fp, "NUMPAGES")
    fp.add_run(")")
    for r in fp.runs:
        r.font.size = Pt(8)

    h = d.add_paragraph()
    r = h.add_run("SIP – Samordnad individuell plan")
    r.bold = True
    r.font.size = Pt(18)
    d.add_paragraph("Uppföljning efter höftfraktur").runs[0].font.size = Pt(12)
    info = d.add_table(rows=4, cols=2)
    info.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Namn", "Gunnar, 84 år"),
        ("Personnummer", "XXXXXX-XXXX"),
        ("Mötesdatum och plats", "2025-03-04, i Gunnars hem, Köping"),
        ("Planen upprättad av", "Anna, sjuksköterska, Hemsjukvården Köpings kommun"),
    ]):
        cell_text(info.rows[i].cells[0], k, bold=True)
        cell_text(info.rows[i].cells[1], v)
        info.rows[i].cells[0].width = Cm(5)
        info.rows[i].cells[1].width = Cm(11.5)

    d.add_paragraph()
    toc_h = d.add_paragraph()
    rr = toc_h.add_run("Innehåll")
    rr.bold = True
    rr.font.size = Pt(13)
    parts = ["1. Syfte", "2. Frågeställningar", "3. Gunnars mål", "4. Gunnars delaktighet",
             "5. Samtycke", "6. Insatser och ansvar", "7. Andra aktörer", "8. Huvudansvar",
             "9. Uppföljning", "10. Deltagare"]
    for ptxt in parts:
        p = d.add_paragraph(f"{ptxt}\t2")
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16.5), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        p.paragraph_format.space_after = Pt(3)
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def part(head, text=None):
        p = d.add_paragraph()
        rh = p.add_run(head)
        rh.bold = True
        rh.font.size = Pt(11)
        p.paragraph_format.space_before = Pt(5)
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.keep_with_next = True
        if text is not None:
            q = d.add_paragraph(text)
            q.paragraph_format.space_after = Pt(0)

    part(parts[0], "Se tidigare plan (SIP 2025-01-20).")
    part(parts[1], "–")
    part(parts[2], "Gunnar: ”Jag vill klara att gå till Ica med rollatorn själv innan midsommar, "
                   "och jag vill bo kvar här hemma.”")
    part(parts[3], "Gunnar deltog i mötet hemma i köket. Han vill helst ha samma personal från hemtjänsten "
                   "och inte så många nya ansikten. Han tycker inte att han behöver trygghetslarm på natten "
                   "men går med på att prova det till nästa uppföljning.")
    part(parts[4], "Gunnar lämnade muntligt samtycke 2025-03-04 till att hemtjänsten, hemsjukvården, "
                   "kommunens rehab och Vårdcentralen Köping delar information med varandra. Antecknat av "
                   "sjuksköterska Anna.")
    part(parts[5])
    rows = [
        ("Hemtjänst morgon och kväll: dusch två gånger i veckan, på- och avklädning, frukost och kvällsmat",
         "Gruppledare Lena, Hemtjänst Köping väster", "Dagligen från 2025-03-05"),
        ("Gångträning med rollator inomhus och i trappan, hemprogram",
         "Fysioterapeut Sofia, Rehab Köpings kommun", "Två gånger/vecka t.o.m. 2025-04-30"),
        ("Bedömning av hjälpmedel i badrummet (duschstol, toalettförhöjning)",
         "Arbetsterapeut, Rehab Köpings kommun", "2025-03-11"),
        ("Trygghetslarm installeras",
         "Biståndshandläggare Emir, Äldreomsorgen Köpings kommun", "Senast 2025-03-10"),
        ("Kontroll av operationssåret, agrafferna tas bort",
         "Sjuksköterska Anna, Hemsjukvården Köpings kommun", "2025-03-07"),
        ("Läkemedelsgenomgång, smärtlindring och förstoppning",
         "Distriktsläkare Lars, Vårdcentralen Köping", "2025-03-18"),
    ]
    table_with_header(d, ["Insats", "Ansvarig (verksamhet/funktion)", "När"], rows,
                      widths=[7.0, 6.0, 4.5], size=9)
    part(parts[6], "Dottern Marie bor i Köping och är ett stöd för Gunnar.")
    part(parts[7], "Köpings kommun.")
    part(parts[8], "Om ca tre månader. Kallelse skickas.")
    part(parts[9])
    for line in ["Gunnar", "Marie, dotter",
                 "Anna, sjuksköterska, Hemsjukvården Köpings kommun",
                 "Lars, distriktsläkare, Vårdcentralen Köping (via telefon)",
                 "Sofia, fysioterapeut, Rehab Köpings kommun",
                 "Emir, biståndshandläggare, Äldreomsorgen Köpings kommun",
                 "Lena, gruppledare, Hemtjänst Köping väster"]:
        q = d.add_paragraph(line, style="List Bullet")
        q.paragraph_format.space_after = Pt(0)
        q.paragraph_format.space_before = Pt(0)
    os.makedirs(BUILD, exist_ok=True)
    src = os.path.join(BUILD, f"{PREFIX}-02.docx")
    save_docx(d, src)
    soffice_pdf(src, out(2, "pdf"))


# ---------------------------------------------------------------- 03 txt cp1252 CRLF, doctor dictation
PLAN03 = """\
PSYKIATRISKA KLINIKEN VÄSTERÅS, AVD 73
Journalanteckning - Läkare
Dikterat 2025-05-12   Utskrivet 2025-05-13 av sekr.
Rubrik: Vårdplanering/SIP

Pat: R., 41 år, Sala
Personnr: XXXXXX-XXXX

AKTUELLT:
Pat inlagd sedan 2025-04-22, initialt enl. LPT, övergått till HSL
2025-05-05. Inlagd pga psykotiskt skov med förföljelseidéer och uttalad
sömnstörning efter att pat själv satt ut sin antipsykotika i mars. Enl. ssk
på avd sover pat nu ca 6-7 tim/natt, äter bra och deltar i avd.aktiviteter.
F.n. permission dagtid utan anm. Tidigare haft kontakt med
Psykiatrimottagningen Sala men uteblev under vintern. Bor ensam i hyresrätt
i Sala, hyran betald t.o.m. juni enl. journal. SIP-möte hölls idag på avd.

Frågeställningar inför mötet:
- Kan pat skrivas ut till egen lgh redan v. 21 eller behövs korttidsplats
  först?
- Kan boendestöd starta samma dag som utskrivning?
- Vem ger depåinj. efter utskr., mott. i Sala eller avd?

BEDÖMN:
Psykotiska symtom i tydlig regress på Abilify Maintena, första inj.
2025-05-05. Ingen suicidrisk f.n. enl. strukturerad bedömning 2025-05-09.
Bedöms kunna skrivas ut till egen lgh med stöd, förutsatt att boendestöd
kommer igång direkt och att depåinj. fortsätter enl. schema. Risk för
återfall vid utebliven medicinering och social isolering. Korttidsplats
bedöms ej nödvändig.

PLAN:
Mål: Målet är att pat ska kunna bo kvar i egen lgh utan ny inläggning
under resten av året, med stabil medicinering och regelbunden dygnsrytm.

Pat deltog i mötet.

Insatser:
1. Utskrivning till egen lgh 2025-05-19. Ansv: AT-läk, avd 73.
2. Depåinj. Abilify Maintena 400 mg var 4:e v., nästa dos 2025-06-02.
   Ansv: ssk, Psykiatrimottagningen Sala.
3. Läkarbesök ca 3 v. efter utskr., bokat 2025-06-09.
   Ansv: läk, Psykiatrimottagningen Sala.
4. Boendestöd 2 ggr/v fr.o.m. utskrivningsdagen 2025-05-19, beviljat
   enl. SoL 4 kap. 1 §. Ansv: bist.handl., Socialtjänsten Sala kommun.
5. Sysselsättning/daglig verksamhet ska ordnas. Ansv: Kommunen.

Uppföljning: Uppföljande SIP 2025-06-16 kl 13.30 på Psykiatrimottagningen
Sala.

Närv.: pat, AT-läk (undert.), ssk, kurator, bist.handl., ssk (via Teams)

Dikterat av AT-läk, Psykiatriska kliniken Västerås
Vidimerat av överläk.: ej vidimerat
"""


def plan03():
    data = PLAN03.replace("\n", "\r\n").encode("cp1252")
    with open(out(3, "txt"), "wb") as f:
        f.write(data)


# ---------------------------------------------------------------- 04 md table Del | Vad vi sa | Klart?
PLAN04 = """\
# SIP – J. (17 år), Eskilstuna

**Datum:** 2025-03-31  
**Plats:** Ungdomsteamet, Socialförvaltningen Eskilstuna kommun  
**Anteckningar:** Sara

Vi fyllde i tabellen tillsammans på skärmen under mötet. Det som står "nej" hann vi inte med.

| Del | Vad vi sa | Klart? (ja/nej) |
|---|---|---|
| Syfte | J. har i stort sett inte varit i skolan sedan jul och röker cannabis nästan varje dag. Beroendemottagningen, socialtjänsten och skolan behöver göra en gemensam plan så att J. kan komma tillbaka till gymnasiet och minska användningen, och så att J. inte måste berätta samma sak för alla. | ja |
| Frågeställningar |  | nej |
| J:s eget mål |  | nej |
| Delaktighet | J. var med hela mötet tillsammans med mamma. | ja |
| Samtycke |  | nej |
| Insatser och vem som gör vad | 1. Beroendemottagningen för unga, Region Sörmland (behandlare Nora): samtal och urinprov varje måndag från 2025-04-07.<br>2. Ungdomsteamet IFO Eskilstuna kommun (socialsekreterare Sara): MI-samtal med J. varannan onsdag från 2025-04-09.<br>3. Elevhälsan på gymnasiet, Eskilstuna kommun (kurator Ahmed): ny studieplan med kortare skoldagar, klar senast 2025-04-25. | ja |
| Huvudansvar |  | nej |
| Andra aktörer (FK, AF, anhöriga m.fl.) |  | nej |
| Uppföljning | Ny träff innan sommarlovet, Sara kallar. | ja |
| Deltagare | J., mamma, Sara, Nora, Ahmed | ja |

Att göra till nästa gång: fylla i raderna som är "nej".
"""


def plan04():
    with open(out(4, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(PLAN04)


# ---------------------------------------------------------------- 05 docx, teenage girl's letter inside the plan
def plan05():
    d = new_doc("Maria", "SIP Alva")
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Nyköpings kommun, Socialtjänsten Barn och unga   •   Region Sörmland, BUP Nyköping"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "SIP Alva, upprättad 2025-09-23"
    fp.runs[0].font.size = Pt(8)

    d.add_heading("Samordnad individuell plan (SIP)", level=1)
    info = d.add_table(rows=5, cols=2)
    info.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Namn", "Alva, 15 år (åk 9)"),
        ("Personnummer", "ÅÅMMDD-XXXX"),
        ("Vårdnadshavare", "Jenny (mamma), Tobias (pappa)"),
        ("Datum och plats", "2025-09-23, Östra skolan, Nyköping"),
        ("Typ av möte", "Första SIP-mötet"),
    ]):
        cell_text(info.rows[i].cells[0], k, bold=True)
        cell_text(info.rows[i].cells[1], v)

    d.add_heading("Varför vi gör en SIP", level=2)
    d.add_paragraph(
        "Alva har bara varit i skolan enstaka dagar sedan mars 2025 på grund av stark ångest. Hon har kontakt "
        "med BUP Nyköping och stöd från elevhälsan, och familjen har ansökt om familjestöd hos socialtjänsten. "
        "Vi gör en SIP för att skolan, BUP och socialtjänsten ska dra åt samma håll, så att Alva kan komma "
        "tillbaka till skolan i en takt hon klarar och så att hon och föräldrarna vet vem som gör vad.")

    d.add_heading("Alvas del", level=2)
    note = d.add_paragraph("Alva skrev sin del hemma före mötet och läste upp den själv. Den står här som hon skrev den.")
    note.runs[0].italic = True
    letter = [
        "Till er som ska hjälpa mig …",
        "Jag heter Alva och jag är 15 år. Jag vet att ni tycker att jag borde vara i skolan, och jag vill "
        "också det, men när jag kommer till skolgården får jag så ont i magen att jag inte kan andas. Det är "
        "inte för att jag är lat och det är inte mammas fel.",
        "Det här vill jag:",
        "– Jag vill klara att vara i skolan tre förmiddagar i veckan innan jullovet.",
        "– Jag vill börja i ett mindre rum och inte i klassrummet med alla.",
        "– Jag vill bara behöva prata med en vuxen på skolan, helst Jonas.",
        "– Jag vill att ni slutar ringa mamma varje morgon när jag inte kommer, det gör allt värre hemma.",
        "– Jag vill gå ut nian med godkänt i svenska, engelska och bild.",
        "En fråga till mötet: kan jag få börja efter höstlovet i stället för direkt? Jag behöver några veckor "
        "till med Hanna på BUP först.",
        "Det är okej att ni pratar med varandra om mig. Det sa jag på mötet och jag har skrivit under.",
        "Hälsningar Alva",
    ]
    for i, line in enumerate(letter):
        p = d.add_paragraph()
        r = p.add_run(line)
        r.font.name = "Comic Sans MS"
        r.font.size = Pt(11)
        p.paragraph_format.left_indent = Cm(1)
        p.paragraph_format.space_after = Pt(2 if line.startswith("–") else 6)

    d.add_heading("Samtycke", level=2)
    d.add_paragraph(
        "Alva och båda vårdnadshavarna gav skriftligt samtycke till att Nyköpings kommun (socialtjänsten och "
        "Östra skolan) och Region Sörmland (BUP Nyköping) delar information med varandra. Blanketten "
        "”Samtycke SIP” undertecknades 2025-09-23 och förvaras hos socialtjänsten.")

    d.add_heading("Det här gör vi", level=2)
    rows = [
        ("KBT-behandling för ångest, samtal en gång i veckan",
         "Psykolog Hanna, BUP Nyköping", "Varje tisdag från 2025-09-30"),
        ("Läkarbesök för uppföljning av sömn och medicin",
         "Läkare, BUP Nyköping", "2025-10-21"),
        ("Anpassad skolgång: start i studierummet tre förmiddagar/vecka kl. 08.30–11.00",
         "Rektor Mats, Östra skolan", "Från 2025-10-06"),
        ("Kurator möter Alva vid entrén och är hennes kontaktperson på skolan",
         "Kurator Jonas, Elevhälsan Östra skolan", "Mån, ons, fre från 2025-10-06"),
        ("Frånvaro meddelas med ett sms per dag till mamma i stället för telefonsamtal",
         "Mentor Sanna, Östra skolan", "Från 2025-10-06"),
        ("Familjestöd, samtal med föräldrarna om hur morgnarna kan bli lugnare",
         "Familjebehandlare Peter, Familjeteamet, Socialtjänsten Nyköping", "Varannan torsdag från 2025-10-02"),
    ]
    table_with_header(d, ["Vad", "Vem (verksamhet, funktion)", "När"], rows, widths=[7.5, 5.5, 3.5], size=10)

    d.add_heading("Det här gör andra", level=2)
    for line in [
        "Mamma Jenny kör Alva till skolan måndag, onsdag och fredag och väntar i bilen den första veckan.",
        "Pappa Tobias hämtar Alva kl. 11.00 de veckor hon bor hos honom.",
        "Alva gör andningsövningen från BUP innan hon går in och säger till Jonas om hon behöver gå hem tidigare.",
        "Försäkringskassan: inga insatser aktuella just nu, familjen söker inte omvårdnadsbidrag.",
    ]:
        d.add_paragraph(line, style="List Bullet")

    d.add_heading("Huvudansvar", level=2)
    d.add_paragraph("Socialsekreterare Maria, Barn och unga, Socialtjänsten Nyköpings kommun, är huvudansvarig "
                    "för planen och kallar till möten.")
    d.add_heading("Uppföljning", level=2)
    d.add_paragraph("Nästa SIP-möte hålls vecka 47 på Östra skolan. Maria skickar kallelse.")
    d.add_heading("Deltagare", level=2)
    for line in ["Alva", "Jenny och Tobias, vårdnadshavare",
                 "Maria, socialsekreterare, Socialtjänsten Nyköpings kommun",
                 "Peter, familjebehandlare, Familjeteamet Nyköpings kommun",
                 "Hanna, psykolog, BUP Nyköping (Region Sörmland)",
                 "Jonas, kurator, Elevhälsan Östra skolan",
                 "Mats, rektor, Östra skolan"]:
        d.add_paragraph(line, style="List Bullet")
    save_docx(d, out(5, "docx"))


# ---------------------------------------------------------------- 06 pdf fpdf2, scanned-looking form
class ScanPDF(FPDF):
    pass


def plan06():
    rnd = random.Random(9106)
    pdf = ScanPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_creation_date(datetime.datetime(2025, 10, 20, 9, 14, tzinfo=datetime.timezone.utc))
    pdf.set_title("Skanning 2025-10-20 09:14")
    pdf.set_creator("Scan2PDF")
    pdf.add_font("Serif", "", FONT_DIR + "DejaVuSerif.ttf")
    pdf.add_font("Serif", "B", FONT_DIR + "DejaVuSerif-Bold.ttf")
    pdf.add_font("Typed", "", FONT_DIR + "DejaVuSans-Oblique.ttf")
    pdf.add_font("Sans", "", FONT_DIR + "DejaVuSans.ttf")

    def scan_bg(page_no, angle):
        # grey paper, scanner shadow at the left edge, specks
        pdf.set_fill_color(243, 242, 238)
        pdf.rect(0, 0, 210, 297, style="F")
        pdf.set_fill_color(200, 200, 196)
        pdf.rect(0, 0, 3.2, 297, style="F")
        pdf.set_fill_color(120, 120, 120)
        for _ in range(260):
            x, y = rnd.uniform(4, 206), rnd.uniform(2, 295)
            s = rnd.uniform(0.12, 0.45)
            pdf.ellipse(x, y, s, s * rnd.uniform(0.6, 1.4), style="F")
        pdf.set_font("Sans", "", 6)
        pdf.set_text_color(110, 110, 110)
        pdf.set_xy(150, 289)
        pdf.cell(50, 4, f"Skannad 2025-10-20 09:14  s. {page_no}", align="R")

    def label(x, y, text, size=9.5, bold=False, font="Serif"):
        pdf.set_font(font, "B" if bold else "", size)
        pdf.set_text_color(35, 35, 35)
        pdf.set_xy(x, y)
        pdf.cell(0, 5, text)

    def line(x1, y, x2):
        pdf.set_draw_color(70, 70, 70)
        pdf.set_line_width(0.25)
        pdf.line(x1, y, x2, y)

    def typed(x, y, text, size=10):
        pdf.set_font("Typed", "", size)
        pdf.set_text_color(20, 20, 40)
        pdf.set_xy(x, y)
        pdf.cell(0, 5, text)

    def field(y, text, nlines=1, x_label=18, x_line=18):
        """label above, n writing lines below; returns the y of the first writing line and next y"""
        label(x_label, y, text)
        ys = []
        for i in range(nlines):
            ly = y + 11 + i * 7.5
            line(x_line, ly, 192)
            ys.append(ly)
        return ys, ys[-1] + 4

    # ---------- page 1
    pdf.add_page()
    scan_bg(1, 0.35)
    with pdf.rotation(angle=0.35, x=105, y=148):
        label(18, 14, "Katrineholms kommun", 8)
        label(18, 18, "Vård- och omsorgsförvaltningen", 8)
        label(135, 14, "Region Sörmland", 8)
        label(135, 18, "Psykiatrin, Katrineholm", 8)
        label(18, 28, "SAMORDNAD INDIVIDUELL PLAN – SIP", 14, bold=True)
        label(18, 35, "Blanketten fylls i under eller efter SIP-mötet. Sida 1 (2)", 8)
        pdf.set_draw_color(40, 40, 40)
        pdf.set_line_width(0.5)
        pdf.line(18, 42, 192, 42)

        label(18, 46, "Namn")
        line(18, 57, 100)
        typed(19, 52, "Oskar")
        label(108, 46, "Personnummer")
        line(108, 57, 192)
        typed(109, 52, "XXXXXX-XXXX")

        label(18, 61, "Datum för mötet")
        line(18, 72, 100)
        typed(19, 67, "2025-10-14")
        label(108, 61, "Plats")
        line(108, 72, 192)
        typed(109, 67.3, "Vård- och omsorgsförv., Katrineholm")

        ys, y = field(77, "Deltagare (namn, funktion, verksamhet)", 3)
        typed(19, ys[0] - 5, "Oskar, mamma, LSS-handläggare, boendestödjare,")
        typed(19, ys[1] - 5, "sjuksköterska")

        ys, y = field(y + 3, "Syfte med SIP", 2)
        typed(19, ys[0] - 5, "Samordning.")

        ys_q, y = field(y + 3, "Frågeställningar inför mötet", 2)
        # answer typed too low: lands near the first line of the next field
        ys_m, y2 = field(y + 3, "Den enskildes mål (med egna ord)", 2)
        typed(21, ys_m[0] - 4.2, "Diskutera läget.")
        y = y2

        ys, y = field(y + 3, "Den enskildes synpunkter och önskemål", 3)

        label(18, y + 3, "Samtycke till informationsöverföring")
        label(18, y + 11, "☐ muntligt      ☐ skriftligt      Datum: ____________________", font="Sans")
        y = y + 20
        label(18, y, "Inhämtat av (namn/funktion): _____________________________________________")

    # ---------- page 2
    pdf.add_page()
    scan_bg(2, -0.3)
    with pdf.rotation(angle=-0.3, x=105, y=148):
        label(18, 14, "SIP – fortsättning. Sida 2 (2)", 8)
        label(18, 22, "Insatser", 11, bold=True)
        # boxed table
        cols = [(18, 80), (98, 56), (154, 38)]
        heads = ["Insats / åtgärd", "Ansvarig verksamhet", "När / hur ofta"]
        y0 = 30
        pdf.set_draw_color(60, 60, 60)
        pdf.set_line_width(0.3)
        for (x, w), h in zip(cols, heads):
            pdf.rect(x, y0, w, 8)
            label(x + 1.5, y0 + 1.5, h, 8.5, bold=True)
        rows = [("Fortsatt stöd enligt LSS", "Kommunen", "Löpande"),
                ("Fortsatt kontakt", "Psykiatrin", "Vid behov"),
                ("Stöd vid behov", "Boendestödet", ""),
                ("", "", ""), ("", "", "")]
        for i, row in enumerate(rows):
            yy = y0 + 8 + i * 10
            for (x, w), v in zip(cols, row):
                pdf.rect(x, yy, w, 10)
                if v:
                    typed(x + 2, yy + 2.8 + (0.8 if i == 1 else 0), v)
        y = y0 + 8 + len(rows) * 10 + 4

        ys, y = field(y + 2, "Andra aktörers insatser (t.ex. FK, AF, god man, anhöriga)", 2)
        typed(19, ys[0] - 5, "God man finns.")

        ys_h, y = field(y + 3, "Huvudansvarig för planen (namn, funktion, verksamhet)", 1)
        ys_u, y = field(y + 3, "Uppföljning, datum för nästa SIP-möte", 1)
        # huvudansvarig typed one line too low, onto the follow-up label
        typed(19, ys_h[0] + 3.0, "Camilla, LSS-handläggare, Vård- och omsorgsförvaltningen Katrineholms kommun")
        label(18, y + 3, "Underskrifter")
        # follow-up date typed too low, onto the signature label line
        typed(64, y + 3.4, "2025-12-09 kl. 10.00")
        for i, who in enumerate(["Den enskilde", "Kommunen", "Regionen"]):
            yy = y + 22 + i * 16
            line(18, yy, 100)
            line(108, yy, 192)
            label(18, yy + 1, who, 7.5)
            label(108, yy + 1, "Namnförtydligande", 7.5)
    pdf.output(out(6, "pdf"))


# ---------------------------------------------------------------- 07 docx, two siblings, "Gäller" column
def plan07():
    d = new_doc("Henrik", "SIP Elin och Måns")
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Strängnäs kommun – Socialtjänsten, Barn och familj"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "SIP Elin och Måns, upprättad 2025-10-09"
    fp.runs[0].font.size = Pt(8)

    p = d.add_paragraph()
    r = p.add_run("SIP – Elin (11 år) och Måns (8 år)")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("Datum: 2025-10-09    Plats: Ekhagsskolan, Strängnäs")

    bold_para(d, "Bakgrund")
    d.add_paragraph(
        "Elin och Måns bor växelvis en vecka hos mamma i Strängnäs och en vecka hos pappa i Flen sedan "
        "föräldrarna separerade 2024. Båda går på Ekhagsskolan. Skolan gjorde en orosanmälan i augusti 2025 "
        "på grund av hög frånvaro för båda barnen, och socialtjänsten har avslutat en utredning enligt "
        "11 kap. 1 § SoL med beslut om familjebehandling. Elin har ofta ont i magen på morgnarna och stannar "
        "hemma, framför allt de veckor hon bor i Flen och har lång resväg. Måns har svårt att sitta still och "
        "hamnar ofta i konflikter på rasterna; han är remitterad till BUP för neuropsykiatrisk utredning.")
    bold_para(d, "Syfte")
    d.add_paragraph(
        "Syftet med planen är att skolan, BUP, vårdcentralen och socialtjänsten ska samordna stödet till "
        "Elin och Måns så att båda kan gå i skolan regelbundet oavsett vilken förälder de bor hos, och att "
        "föräldrarna får ett gemensamt sätt att hantera morgnarna.")
    bold_para(d, "Mål")
    d.add_paragraph(
        "Målet är att Elin och Måns ska ha en närvaro på minst 90 % under vårterminen 2026 och att Elin ska "
        "ha mindre ont i magen.")
    bold_para(d, "Barnens delaktighet")
    d.add_paragraph(
        "Elin och Måns var inte med på mötet eftersom det hölls på skoltid. Båda vårdnadshavarna deltog.")

    # landscape section for the measures table
    new = d.add_section()
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = sec.page_height, sec.page_width
    new.left_margin = new.right_margin = Cm(2)
    bold_para(d, "Insatser", size=12, space_before=0)
    headers = ["Insats", "Gäller", "Ansvarig", "När / hur ofta"]
    widths = [10.5, 2.2, 7.5, 5.3]
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(headers):
        cell_text(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i])
    repeat_header(t.rows[0])

    def add(row):
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cell_text(cells[i], v)

    def section_row(text):
        row = t.add_row()
        m = row.cells[0].merge(row.cells[3])
        cell_text(m, text, bold=True, italic=True)
        shade(m, "F2F2F2")

    section_row("Hälso- och sjukvård (Region Sörmland)")
    add(("Neuropsykiatrisk utredning (ADHD)", "Måns", "Psykolog, BUP Eskilstuna", "Start 2025-11-03"))
    add(("Samtalskontakt om oro och magont", "Elin", "Kurator, BUP Eskilstuna", "Varannan vecka från 2025-10-20"))
    add(("Läkarbesök och provtagning för Elins magont", "Elin", "Läkare, Vårdcentralen Strängnäs", "2025-10-28"))
    section_row("Kommunen (Strängnäs kommun)")
    add(("Familjebehandling i hemmet hos mamma och hos pappa, morgonrutiner", "Båda",
         "Familjebehandlare Sofia, Socialtjänsten Strängnäs", "En gång/vecka från 2025-10-13"))
    add(("Anpassningar i klassrummet (bildstöd, plats nära dörren, pausschema)", "Måns", "Skolan", ""))
    add(("Lugn plats på rasten med vuxen", "Elin", "Skolan", "Från v. 44"))
    add(("Närvarouppföljning och kontakt med föräldrarna vid frånvaro", "Båda", "Skolan", "Varje fredag"))
    section_row("Föräldrarna")
    add(("Hämtar barnen på tisdagar och följer med till BUP-besöken", "Båda", "Pappa", "Från 2025-10-21"))
    add(("Ringer skolan före kl. 08.00 om något av barnen stannar hemma", "Båda", "Mamma och pappa",
         "Från 2025-10-13"))
    set_widths(t, widths)

    # back to portrait
    last = d.add_section()
    last.orientation = WD_ORIENT.PORTRAIT
    last.page_width, last.page_height = new.page_height, new.page_width
    bold_para(d, "Huvudansvarig för planen", space_before=0)
    d.add_paragraph("……………………………………………")
    bold_para(d, "Nästa uppföljning")
    d.add_paragraph("……………………………………………")
    bold_para(d, "Närvarande")
    for line in ["Mamma (vårdnadshavare)", "Pappa (vårdnadshavare)",
                 "Henrik, socialsekreterare, Barn och familj, Strängnäs kommun",
                 "Sofia, familjebehandlare, Socialtjänsten Strängnäs kommun",
                 "Lejla, kurator, BUP Eskilstuna, Region Sörmland",
                 "Anders, rektor, Ekhagsskolan",
                 "Malin, skolsköterska, Elevhälsan Ekhagsskolan"]:
        d.add_paragraph(line, style="List Bullet")
    d.add_paragraph("Antecknat av Henrik.")
    save_docx(d, out(7, "docx"))


# ---------------------------------------------------------------- 08 docx, NOT a plan: LSS application
def plan08():
    d = new_doc("Maja", "Ansökan LSS personlig assistans")
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Västerås stad\tVård- och omsorgsförvaltningen, Myndighetsenheten LSS"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Blankett VOF-LSS 01 (2024-01)  •  Skickas till Västerås stad, Myndighetsenheten LSS"
    fp.runs[0].font.size = Pt(7)

    p = d.add_paragraph()
    r = p.add_run("Ansökan om insatser enligt LSS – personlig assistans")
    r.bold = True
    r.font.size = Pt(15)
    d.add_paragraph("Lag (1993:387) om stöd och service till vissa funktionshindrade, 9 § 2 LSS").runs[0].font.size = Pt(9)

    def formtable(title, rows):
        bold_para(d, title)
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for k, v in rows:
            c = t.add_row().cells
            cell_text(c[0], k, bold=True, size=9)
            cell_text(c[1], v, size=10)
            c[0].width = Cm(5.2)
            c[1].width = Cm(11.3)

    formtable("1. Den som ansökan gäller", [
        ("Namn", "Noah"),
        ("Personnummer", "XXXXXX-XXXX"),
        ("Adress", "[adress], Västerås"),
        ("Telefon", "070-XXX XX XX (mamma)"),
    ])
    formtable("2. Vårdnadshavare / företrädare", [
        ("Vårdnadshavare 1", "Maja (mamma)"),
        ("Vårdnadshavare 2", "Kristoffer (pappa)"),
        ("God man / förvaltare", "☐ Ja   ☒ Nej"),
    ])
    bold_para(d, "3. Jag/vi ansöker om")
    for line in ["☒ Personlig assistans (9 § 2 LSS)", "☐ Ledsagarservice (9 § 3 LSS)",
                 "☐ Kontaktperson (9 § 4 LSS)", "☐ Avlösarservice i hemmet (9 § 5 LSS)",
                 "☐ Korttidsvistelse utanför det egna hemmet (9 § 6 LSS)",
                 "☐ Korttidstillsyn för skolungdom över 12 år (9 § 7 LSS)"]:
        q = d.add_paragraph(line)
        q.paragraph_format.space_after = Pt(0)
    bold_para(d, "4. Personkrets")
    d.add_paragraph("☒ 1. Utvecklingsstörning, autism    ☐ 2. Hjärnskada i vuxen ålder    ☐ 3. Andra varaktiga funktionshinder")
    bold_para(d, "5. Beskriv behovet av stöd (skriv gärna med egna ord)")
    for txt in [
        "Noah är 9 år och har autism, måttlig intellektuell funktionsnedsättning och epilepsi. Han har inget "
        "talat språk och kommunicerar med några tecken och bilder. Han behöver hjälp med allt som har med "
        "hygien, toalettbesök, på- och avklädning och att äta att göra. Han förstår inte faror och springer "
        "iväg om man inte håller i honom, så någon måste vara med honom hela tiden när han är vaken.",
        "Han har anfall nästan varje natt, ibland flera, och då måste någon vara hos honom och ge "
        "akutmedicin om anfallet håller på längre än fem minuter. Vi har turats om att vaka i över ett år och "
        "vi orkar inte längre. Kristoffer är sjukskriven sedan i februari.",
        "Det finns en SIP sedan februari 2025 tillsammans med habiliteringen, BUP Västerås, skolan och "
        "socialtjänsten. På SIP-mötet kom vi fram till att vi skulle söka personlig assistans, och "
        "samordnaren på Habiliteringscentrum har hjälpt oss med intyget som bifogas. Vi vill gärna att "
        "handläggaren pratar med dem.",
        "Vi uppskattar att Noah behöver hjälp ungefär 60 timmar i veckan med de grundläggande behoven, "
        "mest kvällar, nätter och helger.",
    ]:
        d.add_paragraph(txt)
    bold_para(d, "6. Grundläggande behov som hjälpen gäller")
    d.add_paragraph("☒ Personlig hygien   ☒ Måltider   ☒ Av- och påklädning   ☒ Kommunikation med andra\n"
                    "☒ Stöd som kräver ingående kunskaper om personen (epilepsi, övervakning)")
    bold_para(d, "7. Har ansökan om assistansersättning gjorts hos Försäkringskassan?")
    d.add_paragraph("☐ Ja   ☒ Nej   Kommentar: Vi vet inte om Noah kommer upp i 20 timmar i veckan hos FK, "
                    "därför söker vi hos kommunen först.")
    bold_para(d, "8. Bilagor")
    d.add_paragraph("☒ Läkarintyg (BUP Västerås)   ☒ Intyg från Habiliteringscentrum   ☐ Fullmakt   ☐ Annat")
    bold_para(d, "9. Samtycke")
    d.add_paragraph("☒ Jag/vi samtycker till att handläggaren inhämtar uppgifter från habiliteringen, BUP och "
                    "skolan som behövs för utredningen.")
    bold_para(d, "10. Underskrift")
    formtable("", [
        ("Ort och datum", "Västerås 2025-04-02"),
        ("Underskrift", "Maja"),
        ("Namnförtydligande", "Maja, vårdnadshavare"),
    ])
    save_docx(d, out(8, "docx"))


if __name__ == "__main__":
    os.makedirs(PLANS, exist_ok=True)
    plan01()
    plan02()
    plan03()
    plan04()
    plan05()
    plan06()
    plan07()
    plan08()
    shutil.rmtree(BUILD, ignore_errors=True)
    print("done:", sorted(os.listdir(PLANS)))
