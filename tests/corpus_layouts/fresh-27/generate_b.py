#!/usr/bin/env python
"""Generate the f27b batch of fictional, anonymized SIP documents into plans/.

Run with python generate_b.py
Deterministic: fixed dates and texts, no randomness. PDFs made by LibreOffice get
LibreOffice's own creation timestamp in their metadata; the visible content is fixed.
"""
import datetime as dt
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
PLANS = HERE / "plans"
BUILD = HERE / "build"
PREFIX = "f27b"
FIXED = dt.datetime(2025, 3, 1, 9, 0, 0)
LO_PROFILE = "file:///tmp/lo-f27b"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


# ----------------------------------------------------------------- helpers
def fixed_props(doc, title):
    cp = doc.core_properties
    cp.title = title
    cp.author = ""
    cp.last_modified_by = ""
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


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


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def set_col_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for idx, w in enumerate(widths):
            row.cells[idx].width = w


def cell_text(cell, text, bold=False, size=None, color=None, italic=False):
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
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    return cell


def add_field(paragraph, instr):
    """Insert a simple field (PAGE, NUMPAGES) into a paragraph."""
    run = paragraph.add_run()
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    run._r.append(f1)
    run._r.append(it)
    run._r.append(f2)
    run._r.append(t)
    run._r.append(f3)
    return run


def save_docx(doc, path: Path):
    """Save and rewrite the zip with fixed timestamps so that runs give identical bytes."""
    doc.save(path)
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def soffice_pdf(src: Path, outdir: Path):
    cmd = [
        "soffice",
        f"-env:UserInstallation={LO_PROFILE}",
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        str(outdir),
        str(src),
    ]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    return outdir / (src.stem + ".pdf")


# ------------------------------------------------------------ plan 01
def plan01():
    """Record-system print (Word -> PDF): man 45, bipolar disorder and debts, Fagersta."""
    doc = Document()
    fixed_props(doc, "SIP utskrift")
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin = Cm(2.2)
    sec.bottom_margin = Cm(1.8)
    sec.header_distance = Cm(0.8)

    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(9.5)
    st.paragraph_format.space_after = Pt(2)

    # page header: system name, print date, page
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(8.7), WD_TAB_ALIGNMENT.CENTER)
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(17.4), WD_TAB_ALIGNMENT.RIGHT)
    r = hp.add_run("Cosmic – Region Västmanland")
    r.bold = True
    r.font.size = Pt(8)
    r = hp.add_run("\tSamordnad individuell plan (SIP)\tUtskriftsdatum: 2024-10-17 14:32")
    r.font.size = Pt(8)
    hp2 = sec.header.add_paragraph()
    hp2.paragraph_format.tab_stops.add_tab_stop(Cm(17.4), WD_TAB_ALIGNMENT.RIGHT)
    r = hp2.add_run("Patient: J.  ÅÅMMDD-XXXX\tSida ")
    r.font.size = Pt(8)
    add_field(hp2, "PAGE").font.size = Pt(8)
    r = hp2.add_run(" (")
    r.font.size = Pt(8)
    add_field(hp2, "NUMPAGES").font.size = Pt(8)
    r = hp2.add_run(")")
    r.font.size = Pt(8)
    pPr = hp2._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bot = OxmlElement("w:bottom")
    for k, v in (("val", "single"), ("sz", "6"), ("space", "1"), ("color", "808080")):
        bot.set(qn("w:" + k), v)
    bdr.append(bot)
    pPr.append(bdr)

    fp = sec.footer.paragraphs[0]
    r = fp.add_run("Utskriften är en kopia av journalanteckning/plan. Originalet finns i Cosmic. "
                   "Utskriven av: kurator, Vuxenpsykiatrin Fagersta")
    r.font.size = Pt(7)
    r.italic = True

    p = doc.add_paragraph()
    r = p.add_run("Samordnad individuell plan (SIP)")
    r.bold = True
    r.font.size = Pt(14)
    p = doc.add_paragraph()
    r = p.add_run("Dokumenttyp: SIP – Upprättande   Status: Signerad   Vårdenhet: Vuxenpsykiatrimottagning Fagersta")
    r.font.size = Pt(8)
    r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)

    LBL = "E7ECF2"

    def grid(rows, widths=(Cm(3.6), Cm(5.1), Cm(3.6), Cm(5.1))):
        t = doc.add_table(rows=0, cols=4)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for row in rows:
            cells = t.add_row().cells
            if len(row) == 4:
                for i, txt in enumerate(row):
                    if i % 2 == 0:
                        cell_text(cells[i], txt, bold=True, size=8)
                        shade(cells[i], LBL)
                    else:
                        cell_text(cells[i], txt, size=9)
            else:  # label + wide value
                lab, val = row
                cell_text(cells[0], lab, bold=True, size=8)
                shade(cells[0], LBL)
                m = cells[1].merge(cells[2]).merge(cells[3])
                cell_text(m, val, size=9)
        set_col_widths(t, widths)
        return t

    grid([
        ("Namn", "J.", "Personnummer", "ÅÅMMDD-XXXX"),
        ("Hemkommun", "Fagersta", "Mötesdatum", "2024-10-15"),
        ("Mötesplats", "Vuxenpsykiatrimottagning Fagersta, samtalsrum 2",
         "Typ av möte", "Upprättande av SIP"),
        ("Huvudansvarig för planen", "Socialtjänsten Fagersta"),
        ("Samtycke", "Skriftligt samtycke till SIP och till informationsutbyte mellan Region "
                     "Västmanland och Fagersta kommun. Blanketten undertecknad av J. vid mötet "
                     "2024-10-15, skannad till journalen."),
    ])
    doc.add_paragraph()

    grid([
        ("Syfte med SIP",
         "Syftet är att psykiatrin och socialtjänsten gör upp en gemensam plan så att J. kan "
         "hålla sin bipolära sjukdom stabil samtidigt som skulderna börjar hanteras. Stressen kring "
         "ekonomin har enligt J. och behandlande läkare föregått båda de senaste skoven (mani "
         "våren 2023, depression vintern 2024), och hittills har insatserna gått parallellt utan "
         "att någon vetat om den andra."),
        ("Frågeställningar inför mötet", ""),
        ("Bakgrund / nuläge",
         "45-årig man, bor ensam i hyreslägenhet i Fagersta. Bipolär sjukdom typ I sedan 2009, "
         "behandlas med litium. Vårdades inneliggande på psykiatrisk avdelning i Västerås feb–mars "
         "2024. Har skulder på ca 240 000 kr (konsumtionslån, obetalda räkningar, hyresskuld), "
         "öppnar inte posten längre. Arbetade tidigare som lagerarbetare, sjukskriven sedan "
         "januari 2024. Ansökan om ekonomiskt bistånd för oktober inlämnad."),
        ("Aktuell vård och stöd",
         "Vuxenpsykiatrimottagning Fagersta: läkare och kontaktperson sedan 2009, tätare kontakt efter "
         "utskrivningen i mars 2024.\nSocialtjänsten Fagersta: ansökan om ekonomiskt bistånd under "
         "handläggning, boendestöd beviljat 2024-10-10 men ej påbörjat.\nVårdcentralen Fagersta: "
         "ingen regelbunden kontakt, senaste besök 2023."),
        ("Den enskildes mål (med egna ord)",
         "”Jag vill kunna öppna posten utan att få panik. Och jag vill inte bli inlagd igen, "
         "det är det viktigaste.”"),
        ("Den enskildes delaktighet och synpunkter",
         "J. deltog under hela mötet. Han vill träffa så få nya personer som möjligt och "
         "föredrar att skuldrådgivningen sker på socialkontoret och inte i hemmet. Han vill att "
         "kontaktpersonen på psykiatrin får veta hur det går med ekonomin, eftersom han själv "
         "märker att han sover sämre när räkningarna hopar sig."),
        ("Andra aktörers insatser (t.ex. FK, AF, god man, närstående)", ""),
    ])
    doc.add_paragraph()

    p = doc.add_paragraph()
    r = p.add_run("Planerade insatser")
    r.bold = True
    r.font.size = Pt(11)

    head = ["Insats", "Beskrivning", "Ansvarig (verksamhet/funktion)", "Tidpunkt / frekvens", "Status"]
    rows = [
        ("Läkarbesök", "Översyn av litiumbehandlingen och sömnen, ställningstagande till fortsatt "
         "sjukskrivning.", "Läkare, Vuxenpsykiatrimottagning Fagersta", "2024-10-29, därefter var 3:e månad", "Planerad"),
        ("Provtagning", "S-litium, kreatinin och TSH enligt ordination. Påminnelse via SMS.",
         "Sjuksköterska, Vuxenpsykiatrimottagning Fagersta", "v. 44, sedan var 3:e månad", "Planerad"),
        ("Somatisk kontroll", "Blodtryck, vikt och njurfunktion med hänsyn till litiumbehandlingen. "
         "Remiss skickad från psykiatrin.", "Distriktssköterska, Vårdcentralen Fagersta", "2024-11-12", "Bokad"),
        ("Samtalskontakt", "Stödsamtal och psykoedukation om tidiga tecken på mani och depression, "
         "koppling mellan stress, sömn och skov.", "Kontaktperson (skötare), Vuxenpsykiatrimottagning Fagersta",
         "Varannan vecka fr.o.m. 2024-10-22", "Pågår"),
        ("Budget- och skuldrådgivning", "Genomgång av samtliga skulder och räkningar, upprätta "
         "avbetalningsplaner, förberedelse inför eventuell ansökan om skuldsanering.",
         "Budget- och skuldrådgivare, Fagersta kommun", "Första träff 2024-10-24, sedan varannan vecka", "Planerad"),
        ("Ekonomiskt bistånd", "Handläggning av ansökan för oktober inkl. hyra. Samordning med "
         "budget- och skuldrådgivningen kring hyresskulden.", "Socialsekreterare, ekonomiskt bistånd, Socialtjänsten Fagersta",
         "Beslut senast 2024-10-31", "Pågår"),
        ("Boendestöd", "Hjälp att öppna och sortera post, betala räkningar i tid, skapa veckorutin "
         "för inköp och måltider. Boendestödjaren meddelar kontaktpersonen på psykiatrin vid "
         "tecken på försämring (enligt samtycke).", "Boendestödet, Socialtjänsten Fagersta",
         "1 gång/vecka fr.o.m. v. 44", "Beviljad"),
        ("Krisplan", "Krisplanen från 2024 uppdateras med tidiga varningstecken, vem J. kontaktar "
         "och vad boendestödet gör vid tecken på mani eller depression.",
         "Kontaktperson (skötare), Vuxenpsykiatrimottagning Fagersta", "", "Ej påbörjad"),
        ("Sysselsättning", "Bedömning av arbetsträning inom kommunens arbetsmarknadsenhet när J. "
         "bedöms stabil av läkare.", "Arbetsmarknadsenheten, Fagersta kommun", "Bedömning i januari 2025", "Planerad"),
    ]
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(head):
        cell_text(t.rows[0].cells[i], h, bold=True, size=8)
        shade(t.rows[0].cells[i], "C9D3E0")
    repeat_header(t.rows[0])
    for row in rows:
        r_ = t.add_row()
        cant_split(r_)
        for i, v in enumerate(row):
            cell_text(r_.cells[i], v, size=8.5)
    set_col_widths(t, (Cm(2.8), Cm(5.6), Cm(4.4), Cm(2.9), Cm(1.7)))
    doc.add_paragraph()

    p = doc.add_paragraph()
    r = p.add_run("Deltagare vid mötet")
    r.bold = True
    r.font.size = Pt(11)
    parts = [
        ("J.", "Den enskilde", "–"),
        ("Helena", "Kurator", "Vuxenpsykiatrimottagning Fagersta, Region Västmanland"),
        ("Mikael", "Skötare, kontaktperson", "Vuxenpsykiatrimottagning Fagersta, Region Västmanland"),
        ("Anna", "Socialsekreterare, ekonomiskt bistånd", "Socialtjänsten Fagersta kommun"),
        ("Leif", "Budget- och skuldrådgivare", "Fagersta kommun"),
        ("Camilla", "Boendestödjare", "Boendestödet, Socialtjänsten Fagersta kommun"),
    ]
    t2 = doc.add_table(rows=1, cols=3)
    t2.style = "Table Grid"
    for i, h in enumerate(["Namn", "Funktion", "Verksamhet"]):
        cell_text(t2.rows[0].cells[i], h, bold=True, size=8)
        shade(t2.rows[0].cells[i], "C9D3E0")
    repeat_header(t2.rows[0])
    for row in parts:
        c = t2.add_row().cells
        for i, v in enumerate(row):
            cell_text(c[i], v, size=9)
    set_col_widths(t2, (Cm(3.0), Cm(6.0), Cm(8.4)))
    doc.add_paragraph()

    grid([
        ("Uppföljning", "2024-12-03 kl. 10.00, Vuxenpsykiatrimottagning Fagersta. Kallelse skickas av "
                        "socialtjänsten."),
        ("Planen skickas till", "J. samt samtliga deltagare"),
        ("Signerad", "Kurator Helena, Vuxenpsykiatrimottagning Fagersta, 2024-10-16"),
    ])

    src = BUILD / f"{PREFIX}-01.docx"
    save_docx(doc, src)
    pdf = soffice_pdf(src, BUILD)
    shutil.copy(pdf, PLANS / f"{PREFIX}-01.pdf")


# ------------------------------------------------------------ plan 02
PLAN02 = """\
# SIP vid utskrivning från slutenvården

**Patient:** Gun, 67 år  
**Personnummer:** ÅÅMMDD-XXXX  
**Hemkommun:** Västerås  
**Vårdenhet:** Strokeenheten, Västmanlands sjukhus Västerås  
**Inskrivningsdatum:** 2025-02-26  
**Planerad utskrivning:** 2025-03-14  
**Planeringsmöte:** 2025-03-11 på avdelningen (biståndshandläggare och hemrehab via Teams)

---

## Syfte

Samordnad utskrivning enligt lag (2017:612).

## Bakgrund

Gun insjuknade 2025-02-26 i en högersidig hjärninfarkt med vänstersidig svaghet i arm
och ben samt lätt sluddrigt tal. Förbättrats under vårdtiden, går nu med rollator
inomhus med tillsyn. Behöver hjälp vid dusch och på- och avklädning av nedre delen av
kroppen. Äter själv. Bor ensam i lägenhet på andra våningen med hiss. Hade inga insatser
från kommunen före insjuknandet. Behandlas med blodförtunnande och blodtryckssänkande
läkemedel (se läkemedelsberättelse).

## Mål

Målet är att Gun ska kunna bo kvar i sin lägenhet och på sikt klara sin personliga
hygien och enklare matlagning med så lite hjälp som möjligt.

## Patientens delaktighet

Gun deltog i planeringsmötet på avdelningen. Hon vill helst duscha på förmiddagen och
vill att det i möjligaste mån är samma personal från hemtjänsten. Hon tackade först nej
till trygghetslarm men vill nu ha det installerat innan hon kommer hem, eftersom hon
är rädd för att falla på natten.

## Samtycke

Samtycke till SIP och informationsöverföring finns.

## Fast vårdkontakt och samordning

- **Fast vårdkontakt i öppenvården:** Distriktssköterska Karin, Vårdcentralen Bäckby
- **Samordningsansvarig (huvudansvar för planen):** Biståndshandläggare Jonas,
  Vård- och omsorgsförvaltningen, Västerås stad
- **Fast vårdkontakt i slutenvården fram till utskrivning:** Sjuksköterska, Strokeenheten

## Planerade insatser efter utskrivning

| Aktivitet | Utförare | Tidsram | Uppföljs av |
|---|---|---|---|
| Hemtjänst morgon och kväll: hjälp med dusch 2 ggr/v, av- och påklädning, tillsyn vid måltider | Hemtjänsten Bäckby, Västerås stad | Från hemgångsdagen 2025-03-14 | Biståndshandläggare |
| Trygghetslarm installeras | Larmgruppen, Västerås stad | Före hemkomst, senast 2025-03-13 | Biståndshandläggare |
| Hjälpmedel: rollator inne, duschpall, toalettförhöjning – förskrivna och levererade | Arbetsterapeut, Strokeenheten | Klart 2025-03-13 | Arbetsterapeut, Hemrehab |
| Hemrehabilitering: gång- och balansträning, ADL-träning i badrum och kök | Fysioterapeut och arbetsterapeut, Hemrehab Västerås stad | Första hembesök inom 3 dagar efter hemgång, därefter 6 veckor | Hemrehab |
| Läkemedelsgenomgång och blodtryckskontroll | Distriktssköterska (fast vårdkontakt) och läkare, Vårdcentralen Bäckby | Inom 2 veckor efter hemgång | Vårdcentralen Bäckby |
| Logopedbedömning av tal och sväljning | Logopedmottagningen, Västmanlands sjukhus Västerås | Kallelse inom 4 veckor | Logopedmottagningen |
| Återbesök strokeuppföljning | Strokemottagningen, Västmanlands sjukhus Västerås | Om 3 månader | Strokemottagningen |

## Övrigt

Dottern Eva bor i Västerås och är ett stöd för Gun.

## Uppföljning

Uppföljande SIP-möte i hemmet ca två veckor efter hemgång. Biståndshandläggaren kallar.

## Deltagare vid planeringsmötet

- Gun (patient)
- Dotter
- Sjuksköterska
- Arbetsterapeut
- Fysioterapeut
- Biståndshandläggare (Teams)
- Fysioterapeut hemrehab (Teams)

*Planen är upprättad 2025-03-11 av sjuksköterska, Strokeenheten, och skickad till Gun,
Vårdcentralen Bäckby och Västerås stad.*
"""


def plan02():
    (PLANS / f"{PREFIX}-02.md").write_text(PLAN02, encoding="utf-8")


# ------------------------------------------------------------ plan 03
def plan03():
    """Landscape Word document, numbered small-caps headings; girl 16 self-harm, Hallstahammar."""
    doc = Document()
    fixed_props(doc, "SIP E.")
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = sec.bottom_margin = Cm(1.8)

    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)

    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("Hallstahammars kommun · Barn och unga / Region Västmanland")
    r.font.size = Pt(8)
    r.font.color.rgb = RGBColor(0x66, 0x66, 0x66)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("SIP – samordnad individuell plan. Innehåller sekretessbelagda uppgifter.")
    r.font.size = Pt(8)

    def heading(text):
        h = doc.add_heading(level=2)
        r = h.add_run(text)
        r.font.small_caps = True
        r.font.size = Pt(13)
        r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
        return h

    def para(text, bold_lead=None):
        p = doc.add_paragraph()
        if bold_lead:
            p.add_run(bold_lead).bold = True
        p.add_run(text)
        return p

    t = doc.add_paragraph()
    r = t.add_run("Samordnad individuell plan")
    r.font.small_caps = True
    r.bold = True
    r.font.size = Pt(20)
    para("E., 16 år   ·   Personnummer: XXXXXX-XXXX   ·   Mötesdatum: 2024-09-24   ·   "
         "Plats: Familjecentralen, Hallstahammar")

    heading("1. Bakgrund")
    para("E. går i årskurs 1 på gymnasiet (samhällsprogrammet) i Hallstahammar och bor med mamma och "
         "pappa och en yngre bror. Sedan våren 2024 skadar hon sig genom att skära sig på armar och lår, "
         "oftast på kvällen efter konflikter eller när hon känt sig utanför i skolan. Hon var akut på "
         "BUP Västerås i augusti efter ett allvarligare tillfälle och har sedan dess kontakt med "
         "BUP. Frånvaron i skolan har ökat till ca 30 % under september. Skolkuratorn har haft "
         "stödsamtal sedan maj. Socialtjänsten fick en orosanmälan från BUP i augusti; utredningen "
         "avslutades med att familjen tackade ja till stöd i öppenvård.")

    heading("2. Syfte med SIP")
    para("Syftet är att skolan, BUP och socialtjänsten ska göra på samma sätt när E. mår dåligt, så att "
         "hon vet vem hon kan vända sig till under skoldagen och på kvällar, och att föräldrarna får "
         "stöd i hur de ska agera när de upptäcker nya skador.")

    heading("3. Frågeställningar")
    para("Gå igenom läget i skolan och hemma och hur alla kan hjälpa till.")

    heading("4. Mina mål")
    para("”Jag vill kunna gå hela dagar i skolan igen och klara mig utan att skära mig när det blir "
         "för mycket. Jag vill också att mamma och pappa slutar kolla mina armar hela tiden.”")

    heading("5. Delaktighet och samtycke")
    para("E. deltog under hela mötet tillsammans med mamma och pappa. E. berättade att det är jobbigt när "
         "lärare frågar om skadorna inför klassen och hon vill att bara mentor och kurator på skolan "
         "vet om dem. Hon tycker att samtalen på BUP hjälper men vill inte ha tider som krockar med "
         "idrotten. Föräldrarna önskar mer kunskap om självskadebeteende.")
    p = doc.add_paragraph()
    p.add_run("Samtycke: ").bold = True
    p.add_run("☒ Samtycke finns     ☐ Muntligt     ☐ Skriftligt")

    heading("6. Insatser")
    tbl = doc.add_table(rows=1, cols=3)
    tbl.style = "Table Grid"
    hdr = ["Vad", "Vem", "Klart när"]
    for i, h in enumerate(hdr):
        cell_text(tbl.rows[0].cells[i], h, bold=True)
        shade(tbl.rows[0].cells[i], "D9E2F3")
    repeat_header(tbl.rows[0])
    rows = [
        ("Individuella samtal med fokus på känsloreglering (DBT-inspirerade färdigheter) och en "
         "skriftlig säkerhetsplan som E. har i mobilen.", "Psykolog, BUP Västerås",
         "Varje vecka från v. 40, säkerhetsplan klar 2024-10-08"),
        ("Bedömning om E. kan erbjudas plats i DBT-färdighetsgrupp för ungdomar.", "Regionen",
         "Besked senast 2024-10-31"),
        ("Anpassning i skolan: E. får gå till kuratorn utan att fråga läraren (”fribiljett”), "
         "lugn plats vid prov, inga frågor om skador inför klassen – information till alla undervisande lärare.",
         "Mentor och skolkurator, Elevhälsan Gymnasieskolan Hallstahammar", "Information till lärarna senast 2024-09-30"),
        ("Stödsamtal på skolan.", "Skolkurator, Elevhälsan Gymnasieskolan Hallstahammar", "Varannan vecka, onsdagar, hela höstterminen"),
        ("Frånvarouppföljning: mentor kontaktar föräldrarna samma dag vid ogiltig frånvaro och "
         "frånvaron gås igenom varje månad.", "Mentor, Gymnasieskolan Hallstahammar", "Från 2024-09-25, genomgång sista fredagen varje månad"),
        ("Föräldrastöd: fem träffar om självskadebeteende och bemötande.", "Familjebehandlare, "
         "Öppenvården Barn och unga, Socialtjänsten Hallstahammar", "Start v. 41, avslutas v. 47"),
    ]
    for row in rows:
        c = tbl.add_row().cells
        for i, v in enumerate(row):
            cell_text(c[i], v)
    set_col_widths(tbl, (Cm(13.2), Cm(7.5), Cm(5.0)))

    para("")
    para("E:s föräldrar är ett viktigt stöd för henne hemma.", bold_lead="Övrigt: ")

    heading("7. Uppföljning")
    para("Nästa SIP-möte: 2024-11-19 kl. 15.00 på Familjecentralen, Hallstahammar.")

    heading("8. Deltagare")
    dt_ = doc.add_table(rows=1, cols=3)
    dt_.style = "Table Grid"
    for i, h in enumerate(["Namn", "Funktion", "Verksamhet"]):
        cell_text(dt_.rows[0].cells[i], h, bold=True)
        shade(dt_.rows[0].cells[i], "D9E2F3")
    for row in [
        ("E.", "Elev", ""),
        ("Mamma och pappa", "Vårdnadshavare", ""),
        ("Sofia", "Psykolog", "BUP Västerås, Region Västmanland"),
        ("Petter", "Skolkurator", "Elevhälsan, Gymnasieskolan Hallstahammar"),
        ("Linda", "Mentor", "Gymnasieskolan Hallstahammar"),
        ("Hanna", "Socialsekreterare", "Barn och unga, Socialtjänsten Hallstahammar"),
        ("Omar", "Familjebehandlare", "Öppenvården Barn och unga, Socialtjänsten Hallstahammar"),
    ]:
        c = dt_.add_row().cells
        for i, v in enumerate(row):
            cell_text(c[i], v)
    # merge the empty organisation cells of E. and the guardians into "Familjen"
    m = dt_.rows[1].cells[2].merge(dt_.rows[2].cells[2])
    cell_text(m, "Familjen")
    set_col_widths(dt_, (Cm(6), Cm(6), Cm(13.7)))

    save_docx(doc, PLANS / f"{PREFIX}-03.docx")


# ------------------------------------------------------------ plan 04
PLAN04_HTML = """<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Din plan</title>
<style>
  body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 12pt; line-height: 1.45; }
  @page { size: A4; margin: 2cm; }
  h1 { font-size: 24pt; color: #2b5d34; margin-bottom: 0; }
  .sub { font-size: 10pt; color: #555; margin-top: 2px; }
  h2 { font-size: 15pt; color: #2b5d34; border-bottom: 2px solid #9cc5a1; padding-bottom: 2px; margin-top: 22px; }
  .box { border: 1px solid #9cc5a1; background: #f1f8f2; padding: 8px 12px; }
  table { border-collapse: collapse; width: 100%; font-size: 11pt; }
  th, td { border: 1px solid #9cc5a1; padding: 5px 7px; vertical-align: top; text-align: left; }
  th { background: #dcefdf; }
  .quote { font-size: 13pt; font-style: italic; }
  .small { font-size: 9pt; color: #555; }
</style>
</head>
<body>
<h1>Din plan</h1>
<p class="sub">Samordnad individuell plan (SIP) för Mattias · Skinnskatteberg · Mötet var den 11 februari 2025</p>

<h2>Varför har vi det här mötet?</h2>
<p>Vi har träffats för att du ska få bättre hjälp med din diabetes hemma i lägenheten och på
dagliga verksamheten. Du har haft höga sockervärden och två gånger i höstas blev du så dålig
att du fick åka ambulans till Västerås. Vi som hjälper dig har gjort på olika sätt, och nu ska
vi göra på samma sätt så att det blir lättare för dig.</p>

<h2>Det här vill du</h2>
<div class="box" style="width:100%">
<p>Du sa:</p>
<p class="quote">”Jag vill kunna laga min mat själv och slippa åka till sjukhuset. Och jag vill
fortsätta jobba på snickeriet.”</p>
</div>
<p>Du berättade också att du tycker det är svårt att komma ihåg insulinet på kvällen när du
tittar på tv, och att du inte vill att personalen ska ringa din mamma varje gång sockret är högt.
Du vill ha bilder som visar vad du ska göra.</p>

<h2>Får vi prata med varandra om dig?</h2>
<p>– Du sa ja på mötet den 11 februari 2025. Sara läste upp vilka som får prata med varandra och
du skrev under. Du sa att vi inte får prata med din bror om din hälsa.</p>

<h2>Det här ska hända</h2>
<table width="100%" cellpadding="5" cellspacing="0" border="1">
<tr><th width="45%">Vad ska göras?</th><th width="32%">Vem gör det?</th><th width="23%">När?</th></tr>
<tr><td>Du och personalen lagar middag tillsammans och räknar kolhydrater.</td>
    <td>Boendestödjarna, Boendestödet i Skinnskatteberg</td>
    <td>Måndag, onsdag och fredag kl. 16–17, från 3 mars</td></tr>
<tr><td>Du får träffa diabetessköterskan. Hon kollar dina värden och visar hur du tar insulinet.</td>
    <td>Diabetessköterskan på Vårdcentralen Skinnskatteberg</td>
    <td>Var fjärde vecka, första gången 25 februari</td></tr>
<tr><td>Du får ett bildschema för insulinet och ett larm i mobilen kl. 21.</td>
    <td>Arbetsterapeuten på Habiliteringen vuxna, Region Västmanland</td>
    <td>Klart senast 31 mars</td></tr>
<tr><td>Personalen påminner dig om att mäta sockret före lunch.</td>
    <td>Handledarna på dagliga verksamheten (snickeriet), Skinnskattebergs kommun</td>
    <td>Varje arbetsdag, från 17 februari</td></tr>
<tr><td>Du ska få träffa en dietist.</td><td></td><td></td></tr>
</table>

<h2>Det här gör du och andra</h2>
<ul>
<li><b>Du</b> mäter ditt socker före frukost, lunch och middag och skriver i appen.</li>
<li><b>Göran, din gode man,</b> sätter in matpengar på ditt kort varje måndag och följer med
    dig och handlar första lördagen i månaden.</li>
<li><b>Din mamma</b> följer med dig till diabetessköterskan de första två gångerna.</li>
</ul>

<h2>Vi som var med</h2>
<p>Du, Sara, Maja, Ahmed, Jenny, Göran och din mamma.</p>

<h2>Vem håller ihop planen?</h2>
<p>Sara håller ihop planen. Om något inte fungerar kan du eller Göran ringa henne via växeln.</p>

<h2>När ses vi igen?</h2>
<p>Vi ses igen i maj. Sara skickar en kallelse till dig.</p>

<p class="small">Planen skrevs 2025-02-12. Du har fått planen på papper. Alla som var med har fått en kopia.</p>
</body>
</html>
"""


def plan04():
    src = BUILD / f"{PREFIX}-04.html"
    src.write_text(PLAN04_HTML, encoding="utf-8")
    pdf = soffice_pdf(src, BUILD)
    shutil.copy(pdf, PLANS / f"{PREFIX}-04.pdf")


# ------------------------------------------------------------ plan 05
PLAN05 = """\
Från: Maria, skolkurator Karlbergsskolan
Skickat: den 18 september 2024 16:05
Till: SIP K. – deltagare
Ämne: Anteckningar från SIP-mötet igår (K., åk 9)

Hej alla!

Tack för ett bra möte igår. Här kommer mina anteckningar, säg till om jag
har missat något eller uppfattat fel så rättar jag.

Närvarande: K., Sanna (mamma), Lisa, Johan, Petra, Amir och jag (Maria).

Syftet med mötet var att få en gemensam bild.

Frågan vi utgick från var hur K. ska kunna komma tillbaka till skolan på
heltid igen, och hur vi fördelar stödet mellan skolan, BUP och VUP så att
det inte blir för många samtal i veckan för honom.

K. berättade att han är trött hela tiden, att han har svårt att somna och
att han inte orkar med mer än några timmar i skolan. Han sa att han vill
orka vara i skolan och hinna få betyg i de ämnen han behöver för att komma
in på el-programmet. Han vill inte ha samtal på skolan under lektionstid
eftersom kompisarna då frågar var han ska.

Vi kom överens om följande:

- Kurator på VUP träffar K. varannan tisdag från v. 40, kl. 15.30 så att
  det inte krockar med skolan.
- Mentor gör en anpassad studiegång med fokus på sv, ma, en och tk, klar
  till v. 39. K. går förmiddagar till att börja med.
- BUP fortsätter samtalskontakten och läkaren ser över medicineringen.
- Skolsköterskan följer upp sömnen och vikten.
- Jag (skolkurator) håller kontakt med mamma via telefon varje fredag så
  länge K. går halvdagar.
- Mamma och pappa hjälper till hemma så gott det går.

Nästa möte blir efter höstlovet, kallelse kommer.

Hör av er om något är oklart!

Vänliga hälsningar
Maria
Skolkurator, Elevhälsan Karlbergsskolan, Köpings kommun
Nås via växeln
"""


def plan05():
    data = PLAN05.replace("\n", "\r\n").encode("utf-8")
    (PLANS / f"{PREFIX}-05.txt").write_bytes(data)


# ------------------------------------------------------------ plan 06
def plan06():
    """Follow-up plan in Word, table Insats|Ansvarig|Status|Kommentar; woman 50 MS, Arboga."""
    doc = Document()
    fixed_props(doc, "Uppföljning SIP")
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)

    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(16.6), WD_TAB_ALIGNMENT.RIGHT)
    r = hp.add_run("Arboga kommun – Vård och omsorg\tRegion Västmanland")
    r.font.size = Pt(8)

    doc.add_heading("Uppföljning av samordnad individuell plan (SIP)", level=1)

    info = doc.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    fields = [
        ("Namn", "A., 50 år"),
        ("Personnummer", "XXXXXX-XXXX"),
        ("Datum för uppföljning", "2024-10-08"),
        ("Plats", "Hemma hos A., Arboga"),
        ("Ursprunglig plan upprättad", "2024-04-16"),
        ("Syfte med SIP", "Som tidigare."),
        ("Frågeställningar", "Uppföljning av insatserna."),
        ("Den enskildes mål", "Som tidigare."),
        ("Den enskildes delaktighet", "A. deltog i mötet, som hölls i hennes hem."),
        ("Samtycke", "Som tidigare."),
        ("Huvudansvarig för planen", "Som tidigare."),
    ]
    for lab, val in fields:
        c = info.add_row().cells
        cell_text(c[0], lab, bold=True)
        shade(c[0], "EDEDED")
        cell_text(c[1], val)
    set_col_widths(info, (Cm(5.2), Cm(11.4)))

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Insatser").bold = True

    tbl = doc.add_table(rows=1, cols=4)
    tbl.style = "Table Grid"
    for i, h in enumerate(["Insats", "Ansvarig", "Status", "Kommentar"]):
        cell_text(tbl.rows[0].cells[i], h, bold=True)
        shade(tbl.rows[0].cells[i], "D0D8E0")
    repeat_header(tbl.rows[0])
    rows = [
        ("Hemtjänst morgon och kväll, dusch 2 ggr/vecka, städ varannan vecka",
         "Hemtjänsten Arboga, grupp Centrum", "Pågår", "Som tidigare"),
        ("Hemsjukvård: byte av KAD och tillsyn av trycksår på hälen",
         "Distriktssköterska, Hemsjukvården Arboga kommun", "Pågår",
         "KAD byts var 4:e vecka, nästa byte 2024-10-22. Såret läkt, tillsynen avslutas."),
        ("Neurologisk uppföljning och bromsmedicin", "Neurologmottagningen, Västmanlands sjukhus Västerås",
         "Pågår", "Som tidigare"),
        ("Fysioterapi, bibehålla gångförmåga och förflyttningar", "Som tidigare", "Som tidigare", ""),
        ("Ansökan om bilstöd", "A. gör ansökan med hjälp av maken, Försäkringskassan handlägger",
         "Pågår", "Ansökan skickad 2024-08-30. FK har begärt läkarutlåtande från neurologmottagningen, "
         "maken påminner mottagningen."),
        ("NY: Trygghetslarm", "Biståndshandläggare, Vård och omsorg Arboga kommun", "Ny",
         "A. har ramlat två gånger i september när hon varit ensam. Beslut senast v. 43."),
        ("NY: Bedömning av behov av elrullstol utomhus", "Arbetsterapeut, Rehabenheten Arboga",
         "Ny", "Hembesök 2024-10-29."),
    ]
    for row in rows:
        c = tbl.add_row().cells
        for i, v in enumerate(row):
            cell_text(c[i], v)
    set_col_widths(tbl, (Cm(4.8), Cm(4.6), Cm(2.0), Cm(5.2)))

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Nästa uppföljning: ").bold = True
    p.add_run("v. 48")

    p = doc.add_paragraph()
    p.add_run("Deltagare").bold = True
    for line in [
        "A.",
        "Maken",
        "Lotta, biståndshandläggare, Vård och omsorg Arboga kommun",
        "Kristina, distriktssköterska, Hemsjukvården Arboga kommun",
        "Ida, undersköterska och kontaktman, Hemtjänsten Arboga grupp Centrum",
        "Erik, arbetsterapeut, Rehabenheten Arboga",
        "Sjuksköterska Marie, Neurologmottagningen Västmanlands sjukhus Västerås (via telefon)",
    ]:
        doc.add_paragraph(line, style="List Bullet")

    p = doc.add_paragraph()
    r = p.add_run("Antecknat av: biståndshandläggare Lotta, 2024-10-09")
    r.italic = True
    r.font.size = Pt(9)

    save_docx(doc, PLANS / f"{PREFIX}-06.docx")


# ------------------------------------------------------------ plan 07
class TemplatePDF(FPDF):
    def header(self):
        self.set_font("DV", "B", 9)
        self.cell(95, 5, "Samordnad individuell plan (SIP)", new_x="RIGHT", new_y="TOP")
        self.set_font("DV", "", 8)
        self.cell(0, 5, f"Sida {self.page_no()} ({{nb}})", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_font("DV", "", 8)
        self.cell(95, 5, "Enhet: Individ- och familjeomsorgen, Surahammars kommun", new_x="RIGHT", new_y="TOP")
        self.cell(0, 5, "Datum: 2025-01-20", align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(4)

    def footer(self):
        self.set_y(-12)
        self.set_font("DV", "", 7)
        self.cell(0, 5, "Blankett SIP, version 2023-05 – Gemensam mall för Västmanlands kommuner och Region Västmanland",
                  align="C")


def plan07():
    pdf = TemplatePDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("SIP-blankett")
    pdf.add_font("DV", "", FONT)
    pdf.add_font("DV", "B", FONT_B)
    pdf.set_margins(18, 14, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.alias_nb_pages()
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin

    def box(label, hint, h=14):
        pdf.set_font("DV", "B", 9)
        pdf.cell(0, 5, label, new_x="LMARGIN", new_y="NEXT")
        if hint:
            pdf.set_font("DV", "", 7.5)
            pdf.set_text_color(100, 100, 100)
            pdf.cell(0, 4, f"({hint})", new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
        if pdf.get_y() + h > pdf.h - 18:
            pdf.add_page()
        pdf.rect(pdf.l_margin, pdf.get_y(), W, h)
        pdf.ln(h + 3)

    def two(l1, l2):
        pdf.set_font("DV", "B", 8.5)
        y = pdf.get_y()
        pdf.cell(W / 2, 5, l1, new_x="RIGHT", new_y="TOP")
        pdf.cell(W / 2, 5, l2, new_x="LMARGIN", new_y="NEXT")
        pdf.rect(pdf.l_margin, pdf.get_y(), W / 2 - 2, 8)
        pdf.rect(pdf.l_margin + W / 2, pdf.get_y(), W / 2, 8)
        pdf.ln(11)

    def checks(label, options):
        pdf.set_font("DV", "B", 9)
        pdf.cell(0, 5, label, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "", 9)
        x = pdf.l_margin
        for opt in options:
            pdf.rect(x, pdf.get_y() + 1, 3.5, 3.5)
            pdf.set_x(x + 5)
            wopt = pdf.get_string_width(opt) + 9
            pdf.cell(wopt, 5.5, opt, new_x="RIGHT", new_y="TOP")
            x += wopt + 5
        pdf.ln(9)

    pdf.set_font("DV", "B", 15)
    pdf.cell(0, 9, "Samordnad individuell plan – SIP", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 8)
    pdf.multi_cell(0, 4, "Enligt 2 kap. 7 § SoL och 16 kap. 4 § HSL. Planen upprättas tillsammans med den "
                         "enskilde och ska innehålla vilka insatser som behövs, vem som ansvarar för vad, "
                         "vilka åtgärder som vidtas av någon annan än kommunen eller regionen och vem som "
                         "har det övergripande ansvaret för planen.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    two("Namn", "Personnummer (ÅÅMMDD-XXXX)")
    two("Mötesdatum (ÅÅÅÅ-MM-DD)", "Plats")
    checks("Typ av möte", ["Upprättande", "Uppföljning", "Avslut"])
    checks("Samtycke till SIP och informationsutbyte", ["Muntligt", "Skriftligt", "Vårdnadshavare", "Ej aktuellt"])
    two("Samtycke inhämtat av (namn, funktion)", "Datum för samtycke")
    box("Syfte med SIP", "varför behövs en samordnad plan för just den här personen?", 12)
    box("Frågeställningar inför mötet", "vad behöver vi lösa tillsammans?", 12)
    box("Bakgrund och nuläge", "kort, det som är viktigt för samordningen", 16)
    box("Den enskildes mål", "skriv med personens egna ord", 12)
    box("Den enskildes delaktighet och synpunkter", "hur har personen deltagit, vad tycker personen?", 12)

    # actions table, continues on page 2 with repeated header
    pdf.set_font("DV", "B", 10)
    pdf.cell(0, 6, "Insatser", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 7.5)
    pdf.set_text_color(100, 100, 100)
    pdf.cell(0, 4, "(en rad per insats; ansvarig anges med verksamhet och funktion)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    cols = [("Insats / åtgärd", 62), ("Ansvarig (verksamhet, funktion)", 56), ("När / hur ofta", 32), ("Klart", 24)]

    def head_row():
        pdf.set_font("DV", "B", 8.5)
        pdf.set_fill_color(225, 225, 225)
        for name, w in cols:
            pdf.cell(w, 6, name, border=1, fill=True, new_x="RIGHT", new_y="TOP")
        pdf.ln(6)

    head_row()
    for _ in range(8):
        if pdf.get_y() + 9 > pdf.h - 18:
            pdf.add_page()
            pdf.set_font("DV", "B", 10)
            pdf.cell(0, 6, "Insatser (forts.)", new_x="LMARGIN", new_y="NEXT")
            head_row()
        for name, w in cols:
            pdf.cell(w, 9, "", border=1, new_x="RIGHT", new_y="TOP")
        pdf.ln(9)
    pdf.ln(4)

    box("Andra aktörers insatser", "t.ex. Försäkringskassan, Arbetsförmedlingen, god man, närstående, personen själv", 16)
    two("Huvudansvarig för planen (namn, funktion)", "Verksamhet / huvudman")

    pdf.set_font("DV", "B", 10)
    pdf.cell(0, 6, "Deltagare", new_x="LMARGIN", new_y="NEXT")
    dcols = [("Namn", 50), ("Funktion", 55), ("Verksamhet / organisation", 69)]
    pdf.set_font("DV", "B", 8.5)
    for name, w in dcols:
        pdf.cell(w, 6, name, border=1, fill=True, new_x="RIGHT", new_y="TOP")
    pdf.ln(6)
    for _ in range(6):
        for name, w in dcols:
            pdf.cell(w, 7, "", border=1, new_x="RIGHT", new_y="TOP")
        pdf.ln(7)
    pdf.ln(5)

    pdf.set_font("DV", "B", 10)
    pdf.cell(0, 7, "Nästa uppföljning: ____________________", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 9)
    pdf.cell(0, 6, "Planen skickas till:  ☐ den enskilde   ☐ vårdnadshavare   ☐ samtliga deltagare",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.cell(W / 2, 6, "Underskrift den enskilde: ______________________", new_x="RIGHT", new_y="TOP")
    pdf.cell(W / 2, 6, "Underskrift huvudansvarig: ______________________", new_x="LMARGIN", new_y="NEXT")

    pdf.output(str(PLANS / f"{PREFIX}-07.pdf"))


# ------------------------------------------------------------ plan 08
PLAN08 = """\
KALLELSE TILL SIP-MÖTE

Datum för kallelse: 2025-04-02

Hej!

Du kallas härmed till ett möte om samordnad individuell plan (SIP) för
Linnea, 19 år, Kungsör. Linnea har själv önskat mötet och har gett sitt
samtycke till att vi kallar er.

TID
Tisdag 2025-04-22 kl. 13.00–14.30

PLATS
Kommunhuset i Kungsör, mötesrum Ärlan (anmäl er i receptionen).
Den som inte kan komma på plats kan delta via Teams, länk skickas
dagen innan.

KALLADE
- Linnea
- Linneas mamma (på Linneas önskan)
- Handläggare LSS, Kungsörs kommun
- Boendestödjare, Socialpsykiatrin Kungsör
- Kontaktsjuksköterska, Vuxenpsykiatrimottagningen Köping
- Arbetsterapeut, Habiliteringen vuxna Västerås
- Handläggare, Arbetsförmedlingen (inbjuden, har tackat ja)

TA MED
- Aktuella beslut och planer från er verksamhet som berör Linnea
  (t.ex. genomförandeplan, vårdplan, handlingsplan från AF)
- Tankar om vad ni behöver från de andra verksamheterna
- Linnea: det du vill ta upp – gärna på den lapp du fick vid vårt
  senaste samtal

Mötet leds av undertecknad. Vi går igenom nuläget, vad Linnea vill
och vem som gör vad, och skriver planen tillsammans på mötet.

Har du förhinder, meddela mig så snart som möjligt via växeln.

Välkomna!

Handläggare LSS
Socialförvaltningen, Kungsörs kommun
"""


def plan08():
    (PLANS / f"{PREFIX}-08.txt").write_text(PLAN08, encoding="utf-8")


def main():
    PLANS.mkdir(exist_ok=True)
    BUILD.mkdir(exist_ok=True)
    plan01()
    plan02()
    plan03()
    plan04()
    plan05()
    plan06()
    plan07()
    plan08()
    print("done:", sorted(p.name for p in PLANS.iterdir()))


if __name__ == "__main__":
    main()
