#!/usr/bin/env python3
"""Generate batch fresh-15b (prefix f15b): eight fictional, anonymized Swedish SIP documents.

Run with python generate_b.py
Deterministic: fixed dates and texts, no randomness.
"""
import datetime
import os
import shutil
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
PLANS = os.path.join(HERE, "plans")
BUILD = os.path.join(HERE, "build")
PREFIX = "f15b"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def out(n, ext):
    return os.path.join(PLANS, f"{PREFIX}-{n:02d}.{ext}")


# ----------------------------------------------------------------- docx helpers

def set_cell_shading(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_table_borders(table, val="single", sz="4"):
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), val)
        if val != "nil":
            el.set(qn("w:sz"), sz)
            el.set(qn("w:space"), "0")
            el.set(qn("w:color"), "808080")
        borders.append(el)
    tblPr.append(borders)


def mark_header_row(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def cell_text(cell, text, bold=False, size=None, italic=False):
    cell.text = ""
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


def add_page_field(paragraph, prefix="Sida "):
    paragraph.add_run(prefix)
    for instr in ("PAGE",):
        r = paragraph.add_run()
        b = OxmlElement("w:fldChar")
        b.set(qn("w:fldCharType"), "begin")
        r._r.append(b)
        r2 = paragraph.add_run()
        t = OxmlElement("w:instrText")
        t.set(qn("xml:space"), "preserve")
        t.text = f" {instr} "
        r2._r.append(t)
        r3 = paragraph.add_run()
        e = OxmlElement("w:fldChar")
        e.set(qn("w:fldCharType"), "end")
        r3._r.append(e)


def base_doc(font="Calibri", size=11):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(2.0)
    sec.bottom_margin = Cm(2.0)
    cp = doc.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.created = cp.modified = datetime.datetime(2025, 1, 2, 8, 0, 0)
    return doc


def bold_par(doc, text, size=None, space_before=8):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    p.paragraph_format.space_before = Pt(space_before)
    p.paragraph_format.space_after = Pt(2)
    return p


def label_value(doc, label, value):
    p = doc.add_paragraph()
    r = p.add_run(label + " ")
    r.bold = True
    p.add_run(value)
    p.paragraph_format.space_after = Pt(2)
    return p


def to_pdf(docx_path, target_pdf):
    outdir = os.path.dirname(docx_path)
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file:///tmp/lo-{PREFIX}", "--headless",
         "--convert-to", "pdf", "--outdir", outdir, docx_path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    produced = os.path.splitext(docx_path)[0] + ".pdf"
    shutil.move(produced, target_pdf)


# ============================================================ 01: LSS plan -> PDF

def plan01():
    doc = base_doc("Arial", 10.5)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Sala kommun\tVård- och omsorgsförvaltningen\nBiståndsenheten LSS"
    for r in hp.runs:
        r.font.size = Pt(8.5)
        r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_page_field(fp, "SIP – Amir – sida ")
    for r in fp.runs:
        r.font.size = Pt(8)

    doc.add_heading("Samordnad individuell plan (SIP)", level=1)
    label_value(doc, "Namn:", "Amir")
    label_value(doc, "Personnummer:", "ÅÅMMDD-XXXX")
    label_value(doc, "Datum för mötet:", "2025-02-12")
    label_value(doc, "Plats:", "Sala stadshus, mötesrum 2 (habiliteringen deltog via Teams)")

    doc.add_heading("Bakgrund", level=2)
    doc.add_paragraph(
        "Amir är 23 år och har diagnosen autism sedan barndomen samt generaliserat ångestsyndrom. "
        "Han bor sedan 2023 i egen hyreslägenhet i Sala och har boendestöd från socialpsykiatrin. "
        "Amir har ett beslut om daglig verksamhet enligt LSS från 2024 men slutade gå dit i november "
        "efter att gruppen bytts ut och lokalen flyttat. Sedan dess är han mest hemma, sover dåligt "
        "och har enligt boendestödet blivit mer isolerad. Han har kontakt med Vuxenhabiliteringen i "
        "Västerås och med Psykiatrimottagningen Sala för ångest och sömn.")

    doc.add_heading("Syfte med SIP", level=2)
    doc.add_paragraph(
        "Syftet är att samordna stödet från LSS, socialpsykiatrin och regionens habilitering och "
        "psykiatri så att Amir kan komma tillbaka till en daglig verksamhet som passar honom och "
        "klara vardagen i sin lägenhet utan att ångesten tar över.")

    doc.add_heading("Frågor till mötet", level=2)
    doc.add_paragraph("Diskutera läget.")

    doc.add_heading("Så beskriver Amir sig själv", level=2)
    doc.add_paragraph("Amir fyllde i det här tillsammans med boendestödjaren innan mötet.")
    t = doc.add_table(rows=2, cols=2)
    set_table_borders(t, "nil")
    cell_text(t.cell(0, 0), "Mina styrkor", bold=True)
    cell_text(t.cell(0, 1), "Det som är svårt", bold=True)
    cell_text(t.cell(1, 0),
              "• Jag är noggrann och ser fel som andra missar.\n"
              "• Jag är bra på datorer och kan fixa saker i telefonen.\n"
              "• Jag kan laga enkel mat själv, pasta och tacos.\n"
              "• Jag håller tider om jag vet i förväg vad som ska hända.\n"
              "• Jag gillar att jobba med händerna, t.ex. sortera och montera.")
    cell_text(t.cell(1, 1),
              "• Att ringa samtal och öppna posten.\n"
              "• Nya ställen och många människor samtidigt.\n"
              "• Att komma iväg på morgonen när jag sovit dåligt.\n"
              "• När planer ändras utan att någon säger till.\n"
              "• Ljud från lysrör och fläktar.")
    for row in t.rows:
        row.cells[0].width = Cm(8.2)
        row.cells[1].width = Cm(8.2)

    doc.add_heading("Amirs mål", level=2)
    doc.add_paragraph("”Jag vill ha något att gå till på dagarna, men jag vill börja lugnt, några timmar i taget.”")
    doc.add_paragraph("”Jag vill kunna sova på nätterna och slippa ligga vaken och tänka.”")

    doc.add_heading("Amirs delaktighet", level=2)
    doc.add_paragraph(
        "Amir deltog under hela mötet och hade med sig egna anteckningar. Han vill att daglig "
        "verksamhet ska vara i en mindre grupp och i en lokal utan mycket ljud. Han vill att man "
        "skickar sms eller skriver till honom i stället för att ringa, och att han får veta i god tid "
        "om något ändras.")

    doc.add_heading("Samtycke", level=2)
    doc.add_paragraph("Samtycke finns.")

    doc.add_heading("Insatser och vem som ansvarar", level=2)
    items = [
        ("Daglig verksamhet enligt LSS 9 § 10. ",
         "Nytt beslut om placering på Verkstaden, Sala daglig verksamhet, som har en mindre grupp. "
         "Start med 3 timmar två förmiddagar i veckan. Ansvarig: LSS-handläggare, Biståndsenheten "
         "Sala kommun (beslut senast 2025-02-28) och enhetschef, Sala daglig verksamhet (start "
         "2025-03-10)."),
        ("Boendestöd. ",
         "Fortsätter tre gånger i veckan. Stöd med morgonrutin de dagar Amir ska till daglig "
         "verksamhet samt att gå igenom posten tillsammans varje fredag. Ansvarig: boendestödjare, "
         "Socialpsykiatrin Sala kommun, från 2025-03-03."),
        ("Bedömning av dagsstruktur. ",
         "Arbetsterapeut gör en bedömning av Amirs dagsstruktur och provar ut bildschema eller "
         "planeringsapp. Ansvarig: arbetsterapeut, Vuxenhabiliteringen Habiliteringscentrum "
         "Västerås."),
        ("Sömn och ångest. ",
         "Läkare följer upp sömnmedicineringen och ångesten, ev. ändrad dos. Ansvarig: läkare, "
         "Psykiatrimottagningen Sala, återbesök 2025-03-18."),
    ]
    for head, text in items:
        p = doc.add_paragraph(style="List Bullet")
        r = p.add_run(head)
        r.bold = True
        p.add_run(text)

    doc.add_heading("Huvudansvar för planen", level=2)
    doc.add_paragraph("LSS-handläggare, Biståndsenheten LSS, Sala kommun.")

    doc.add_heading("Närvarande", level=2)
    doc.add_paragraph("Amir, Karin, Petra, Lars (via Teams), Mona")

    src = os.path.join(BUILD, f"{PREFIX}-01.docx")
    doc.save(src)
    to_pdf(src, out(1, "pdf"))


# ============================================== 02: discharge SIP from psychiatry

def plan02():
    doc = base_doc("Calibri", 10.5)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Region Västmanland · Psykiatriska kliniken Västerås · Avdelning 82"
    hp.runs[0].font.size = Pt(8.5)
    fp = sec.footer.paragraphs[0]
    fp.text = "Samordnad individuell plan enligt lag (2017:612) om samverkan vid utskrivning från sluten hälso- och sjukvård"
    fp.runs[0].font.size = Pt(7.5)

    title = doc.add_paragraph()
    r = title.add_run("Samordnad individuell plan vid utskrivning från sluten vård")
    r.bold = True
    r.font.size = Pt(15)

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    rows = [
        ("Patient", "R., kvinna, 34 år"),
        ("Personnummer", "ÅÅMMDD-XXXX"),
        ("Hemkommun", "Köping"),
        ("Inskriven", "2024-12-27"),
        ("Planerad utskrivning", "2025-01-21"),
        ("SIP-möte", "2025-01-15 kl 13.30 på avdelningen, kommunens deltagare via Teams"),
        ("Fast vårdkontakt", "Sjuksköterska Malin, Psykosmottagningen Köping, Vuxenpsykiatrin Region Västmanland"),
        ("Samordningsansvarig", "Sjuksköterska Malin (fast vårdkontakt), Psykosmottagningen Köping"),
    ]
    for k, v in rows:
        c = t.add_row().cells
        cell_text(c[0], k, bold=True)
        set_cell_shading(c[0], "E7E6E6")
        cell_text(c[1], v)
        c[0].width = Cm(4.5)
        c[1].width = Cm(12.1)

    bold_par(doc, "Syfte")
    doc.add_paragraph("Samordning inför utskrivning.")

    bold_par(doc, "Bakgrund")
    doc.add_paragraph(
        "R. skrevs in via psykiatriska akutmottagningen 2024-12-27 med psykotiska symtom efter att "
        "ha slutat ta sin medicin under hösten. Diagnos schizofreni sedan 2019. Hon bor ensam i "
        "hyreslägenhet i Köping och har hyresskuld sedan oktober samt flera brev från "
        "Kronofogden som inte öppnats. Boendestöd avslutades sommaren 2024 på R:s egen begäran. "
        "Sedan 2025-01-08 får R. depåinjektion och är enligt avdelningen betydligt lugnare, sover "
        "och äter. Hon är sjukskriven på heltid t.o.m. 2025-03-31.")

    bold_par(doc, "Patientens mål")
    doc.add_paragraph(
        "Målet är att R. ska kunna bo kvar i sin lägenhet, ta sin medicin regelbundet och få "
        "ordning på sin ekonomi så att hon inte blir vräkt.")

    bold_par(doc, "Patientens delaktighet")
    doc.add_paragraph(
        "R. deltog under hela mötet. Hon vill att boendestödet kommer på eftermiddagar, inte på "
        "morgonen, och hon vill inte ha hembesök från psykosmottagningen oftare än varannan vecka. "
        "Hon vill själv vara med när socialsekreteraren pratar med hyresvärden.")

    bold_par(doc, "Samtycke")
    doc.add_paragraph(
        "R. har lämnat skriftligt samtycke till SIP och till att information lämnas mellan "
        "psykiatrin, vårdcentralen och socialtjänsten i Köping, 2025-01-13 (samtyckesblankett "
        "skannad till journalen).")

    bold_par(doc, "Planerade insatser efter utskrivning")
    it = doc.add_table(rows=1, cols=3)
    it.style = "Table Grid"
    hdr = it.rows[0].cells
    for c, txt in zip(hdr, ("Insats", "Ansvarig (verksamhet/funktion)", "När/start")):
        cell_text(c, txt, bold=True)
        set_cell_shading(c, "BFBFBF")
    mark_header_row(it.rows[0])
    groups = [
        ("Regionen", [
            ("Depåinjektion var 14:e dag, ges vid hembesök", "Sjuksköterska, Psykosmottagningen Köping", "Första 2025-01-22"),
            ("Läkarbesök, uppföljning av medicinering och biverkningar", "Läkare, Psykosmottagningen Köping", "2025-02-04"),
            ("Somatisk kontroll: vikt, blodtryck, blodprover (blodsocker, blodfetter)", "Distriktssköterska, Vårdcentralen Köping", "Vecka 6"),
        ]),
        ("Kommunen", [
            ("Boendestöd 3 ggr/vecka eftermiddagar: struktur, inköp, öppna post tillsammans", "Boendestödjare, Socialpsykiatrin Köpings kommun", "Från 2025-01-22"),
            ("Utredning av ekonomiskt bistånd för hyresskulden, kontakt med hyresvärden om avbetalningsplan (R. med)", "Socialsekreterare, Vuxenenheten IFO Köping", "Senast 2025-01-31"),
            ("Budget- och skuldrådgivning, genomgång av skulder hos Kronofogden, ev. ansökan om skuldsanering", "Budget- och skuldrådgivare, Köpings kommun", ""),
        ]),
        ("Övriga", [
            ("Hämtar R. vid utskrivning och handlar mat med henne första veckan", "R:s bror J.", "2025-01-21"),
            ("Anmälan om behov av god man skickas till överförmyndaren", "R. själv tillsammans med socialsekreterare IFO", "Senast 2025-02-07"),
            ("Bedömning av fortsatt sjukpenning; läkarintyg skickas från psykosmottagningen före dess", "Försäkringskassan, handläggare", "Före 2025-03-31"),
        ]),
    ]
    for gname, rows_ in groups:
        gr = it.add_row()
        merged = gr.cells[0].merge(gr.cells[2])
        cell_text(merged, gname, bold=True)
        set_cell_shading(merged, "E7E6E6")
        for a, b, c_ in rows_:
            cells = it.add_row().cells
            cell_text(cells[0], a)
            cell_text(cells[1], b)
            cell_text(cells[2], c_)
    for row in it.rows:
        widths = (Cm(7.6), Cm(5.8), Cm(3.2))
        for c, w in zip(row.cells, widths):
            c.width = w

    bold_par(doc, "Uppföljning")
    doc.add_paragraph("Uppföljning av planen inom fyra veckor efter utskrivning. Samordningsansvarig kallar.")

    bold_par(doc, "Deltagare")
    dt = doc.add_table(rows=1, cols=3)
    dt.style = "Table Grid"
    for c, txt in zip(dt.rows[0].cells, ("Namn", "Funktion", "Verksamhet")):
        cell_text(c, txt, bold=True)
        set_cell_shading(c, "BFBFBF")
    for a, b, c_ in [
        ("R.", "Patient", ""),
        ("Emma", "Skötare, kontaktperson", "Avdelning 82, Psykiatriska kliniken Västerås"),
        ("Henrik", "Överläkare", "Avdelning 82, Psykiatriska kliniken Västerås"),
        ("Malin", "Sjuksköterska, fast vårdkontakt", "Psykosmottagningen Köping"),
        ("Jenny", "Socialsekreterare (Teams)", "Vuxenenheten IFO Köping"),
        ("Ola", "Enhetschef boendestöd (Teams)", "Socialpsykiatrin Köpings kommun"),
    ]:
        cells = dt.add_row().cells
        cell_text(cells[0], a)
        cell_text(cells[1], b)
        cell_text(cells[2], c_)

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    r = p.add_run("Dokumenterat av: Emma, skötare avd 82, 2025-01-15. Planen skickas till patienten och samtliga deltagare.")
    r.italic = True
    r.font.size = Pt(9)
    doc.save(out(2, "docx"))


# ====================================================== 03: "Min SIP" first person

PLAN03 = """# Min SIP

**Namn:** Sam
**Datum:** 10 mars 2025
**Skrivet av:** mig, tillsammans med Lisa

Det här är min plan. Vi skrev den efter mötet och vi har använt mina ord så mycket det gick.
Det som står här är det vi kom överens om.

## Det här vill jag

- Jag vill sluta röka på. Inte bara dra ner, sluta helt.
- Jag vill läsa klart matte och svenska på Komvux så att jag kan söka jobb på lager eller
  ta truckkort.
- Jag vill kunna sova på natten och vara vaken på dagen.
- Jag vill flytta hemifrån, men inte förrän till hösten.

## Det här hjälper mig

- När någon messar på morgonen och påminner mig.
- Att träffa samma person varje gång. Jag orkar inte berätta allt från början igen.
- Att gå en promenad när vi pratar i stället för att sitta i ett rum.
- Min ADHD-medicin, när jag tar den på morgonen och inte på eftermiddagen.
- Mamma, fast vi bråkar ibland.
- Att få veta vad som ska hända innan, inte samma dag.

## Det här ska hända

| Vad | Vem | När |
|---|---|---|
| Jag träffar Lisa och vi pratar om suget och om hur veckan har gått. | Lisa | Varje tisdag kl 10 |
| Jag lämnar urinprov. | Sjuksköterska, Beroendemottagningen Fagersta | Måndagar, start 17 mars |
| Läkaren kollar om jag ska ha en annan ADHD-medicin eller en annan dos. | Läkare, Psykiatrimottagningen Fagersta | 2 april kl 9.30 |
| SYV hjälper mig söka matte 1a och svenska på Komvux. | Studie- och yrkesvägledare, Komvux Fagersta | Innan 15 april |
| Socialsekreteraren kollar om jag kan få praktik via kommunens arbetsmarknadsenhet. | Socialsekreterare, Ungdomsteamet IFO Fagersta | |
| Mamma väcker mig kl 8 på vardagar och jag lovar att gå upp. | Mamma och jag | Från 11 mars |
| Jag fyller i sömndagboken i appen varje kväll och tar med den till läkaren. | Jag | Från 11 mars |

## Får de prata med varandra om mig?

Ja. Jag sa ja på mötet den 10 mars 2025 till att alla som var med får prata med varandra om
mig och om det som står i planen. Jag skrev också på samtyckesblanketten. Jag vet att jag kan
ändra mig.

## De här var med

- Jag (Sam)
- Mamma
- Lisa
- Jonas
- Petra
- Amina

Lisa håller ihop min SIP och ser till att alla får planen.

## Vi ses igen

Tisdag 20 maj 2025 kl 13.00, i samma rum som sist. Lisa skickar en påminnelse dagen innan.
"""


def plan03():
    with open(out(3, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(PLAN03)


# ===================================================== 04: record export (tab-indent)

def plan04():
    fields = [
        ("DOKUMENTTYP", "Samordnad individuell plan (SIP)"),
        ("ENHET", "Biståndsenheten äldreomsorg, Arboga kommun"),
        ("UTSKRIFT", "2024-10-18 14:07, Samverkansmodulen v4.2"),
        ("PERSON", "G., man, 84 år"),
        ("PERSONNUMMER", "XXXXXX-XXXX"),
        ("MÖTESDATUM", "2024-10-17 kl 10.00-11.15"),
        ("MÖTESPLATS", "I G:s hem, Arboga"),
        ("BAKGRUND", [
            "G. föll i hemmet 2024-09-22 och ådrog sig en höftfraktur på vänster sida som",
            "opererades på Västmanlands sjukhus Västerås 2024-09-23. Efter vård på ortopeden",
            "och två veckor på korttidsboendet Ekbacken i Arboga skrevs han hem 2024-10-14.",
            "G. är änkeman sedan 2023 och bor ensam i villa med sovrum och badrum på",
            "övervåningen. Lätt kognitiv svikt enligt minnesutredning på vårdcentralen 2023.",
            "Diabetes typ 2 med tabletter. Går med rollator inomhus, osäker i trappan.",
            "Före fallet klarade han sig utan hjälp förutom städning.",
        ]),
        ("SYFTE", None),
        ("FRÅGESTÄLLNINGAR", None),
        ("MÅL", [
            "Målet är att G. ska kunna röra sig säkert i hemmet med rollator, klara sin",
            "personliga hygien med visst stöd och på sikt kunna gå till affären på egen hand.",
        ]),
        ("DELAKTIGHET", [
            "G. deltog i mötet, som hölls i hans hem.",
        ]),
        ("INSATSER", [
            "1. Hemtjänst morgon och kväll: hjälp med på- och avklädning och stödstrumpor,",
            "   dusch tisdagar och fredagar, tillsyn av att G. äter frukost och kvällsmål.",
            "   Ansvarig: enhetschef, Hemtjänst Arboga centrum. Start: 2024-10-14.",
            "2. Hemrehabilitering: gångträning med rollator 2 ggr/vecka i 6 veckor samt",
            "   träning i trappan med fysioterapeut.",
            "   Ansvarig: fysioterapeut, Rehabenheten Arboga kommun. Tid: 2024-10-21 –",
            "   2024-11-29.",
            "3. Hjälpmedel och bostadsanpassning: duschpall och toalettförhöjning provas ut,",
            "   ansökan om bostadsanpassning för extra ledstång i trappan.",
            "   Ansvarig: arbetsterapeut, Rehabenheten Arboga kommun. Hjälpmedel levereras",
            "   senast 2024-10-24, ansökan BAB skickas senast 2024-10-25.",
            "4. Trygghetslarm installeras, G. får instruktion om att bära larmet dygnet runt.",
            "   Ansvarig: Larmgruppen, Vård och omsorg Arboga kommun. Tid: 2024-10-22.",
            "5. Sårkontroll operationssår och blodsockerkontroll 1 ggr/vecka.",
            "   Ansvarig: sjuksköterska, Hemsjukvården Arboga kommun. Från 2024-10-15 till",
            "   stygnen tagits, därefter blodsocker varannan vecka.",
            "6. Läkemedelsgenomgång (fallriskläkemedel, smärtlindring, diabetesmedicin) och",
            "   bedömning av osteoporosbehandling.",
            "   Ansvarig: distriktsläkare, Vårdcentralen Arboga. Tid: 2024-11-05.",
        ]),
        ("HUVUDANSVAR", ["Kommunen"]),
        ("ANDRA AKTÖRER", ["Dottern bor i Kungsör och är ett stöd för G."]),
        ("UPPFÖLJNING", ["Vecka 48"]),
        ("DELTAGARE", [
            "G.",
            "Emma, biståndshandläggare, Biståndsenheten äldreomsorg Arboga kommun",
            "Kristin, fysioterapeut, Rehabenheten Arboga kommun",
            "Yusuf, arbetsterapeut, Rehabenheten Arboga kommun",
            "Anneli, sjuksköterska, Hemsjukvården Arboga kommun",
            "Bo, distriktssköterska, Vårdcentralen Arboga (via telefon)",
            "Dotter (via telefon)",
        ]),
        ("SIGNERAD", ["Emma, biståndshandläggare, 2024-10-18"]),
    ]
    lines = []
    for key, val in fields:
        lines.append(f"{key}:")
        if val is None:
            continue
        if isinstance(val, str):
            val = [val]
        for v in val:
            lines.append("\t" + v)
    with open(out(4, "txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ================================================ 05: municipal e-form via fpdf2

class EForm(FPDF):
    def header(self):
        self.set_font("DV", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(95, 4, "Köpings kommun – E-tjänster · Barn och utbildning", align="L")
        self.cell(0, 4, f"Utskrift 2025-02-19 10:14   Sida {self.page_no()} ({{nb}})", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(5)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("DV", "", 7)
        self.set_text_color(110, 110, 110)
        self.cell(0, 4, "Ärende E-2025-00417 · Blankett SIP 2.1 · Inskickad 2025-02-19 10:12", align="C")

    def section(self, title):
        if self.get_y() > self.page_break_trigger - 45:
            self.add_page()
        self.ln(2)
        self.set_font("DV", "B", 11)
        self.set_fill_color(40, 80, 130)
        self.set_text_color(255, 255, 255)
        self.cell(0, 7, "  " + title, fill=True, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(2)

    def _height(self, w, value):
        self.set_font("DV", "", 9.5)
        if not value:
            return 9
        lines = self.multi_cell(w - 4, 4.6, value, align="L", dry_run=True, output="LINES")
        return max(9, len(lines) * 4.6 + 3.5)

    def fields_row(self, specs):
        """specs: list of (label, value, width_mm). Draws one row of boxed fields."""
        h = max(self._height(w, v) for _, v, w in specs)
        if self.get_y() + h + 5 > self.page_break_trigger:
            self.add_page()
        y0 = self.get_y()
        x = self.l_margin
        for label, value, w in specs:
            self.set_xy(x, y0)
            self.set_font("DV", "", 6.8)
            self.set_text_color(70, 70, 70)
            self.cell(w, 3.6, label)
            self.set_text_color(0, 0, 0)
            self.set_fill_color(232, 232, 232)
            self.set_draw_color(170, 170, 170)
            self.rect(x, y0 + 4, w - 2, h, style="DF")
            if value:
                self.set_xy(x + 1.5, y0 + 5.6)
                self.set_font("DV", "", 9.5)
                self.multi_cell(w - 4, 4.6, value, align="L")
            x += w
        self.set_xy(self.l_margin, y0 + 4 + h + 2.5)


def plan05():
    pdf = EForm(format="A4")
    pdf.add_font("DV", "", FONT)
    pdf.add_font("DV", "B", FONT_B)
    pdf.set_margins(15, 12, 15)
    pdf.set_auto_page_break(True, 18)
    pdf.alias_nb_pages()
    pdf.set_creation_date(datetime.datetime(2025, 2, 19, 10, 14, 0, tzinfo=datetime.timezone.utc))
    pdf.add_page()
    W = pdf.w - 30
    pdf.set_font("DV", "B", 15)
    pdf.cell(0, 8, "Samordnad individuell plan (SIP)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 8.5)
    pdf.cell(0, 5, "Barn och unga · Upprättas tillsammans med barnet och vårdnadshavare",
             new_x="LMARGIN", new_y="NEXT")

    pdf.section("1. Barnet och vårdnadshavare")
    pdf.fields_row([("Barnets namn", "Elias", W * 0.5), ("Personnummer", "ÅÅMMDD-XXXX", W * 0.25),
                    ("Skola och klass", "Karlbergsskolan 7B", W * 0.25)])
    pdf.fields_row([("Vårdnadshavare 1", "Sofia (mamma)", W * 0.5),
                    ("Vårdnadshavare 2", "Daniel (pappa)", W * 0.5)])

    pdf.section("2. Mötet")
    pdf.fields_row([("Datum", "2025-02-18", W * 0.25), ("Tid", "13.00–14.30", W * 0.25),
                    ("Plats", "Karlbergsskolan, konferensrummet", W * 0.5)])
    pdf.fields_row([("Deltagare", "Elias, Sofia, Daniel, Anna, Johan, Maria, Eva", W)])

    pdf.section("3. Syfte och frågeställningar")
    pdf.fields_row([("Syfte med SIP", (
        "Elias har haft hög frånvaro sedan oktober (ca 60 % av lektionerna under ht 2024) och "
        "har enligt föräldrarna och skolan stark oro och magont inför skoldagarna. Syftet är att skola, BUP och "
        "socialtjänsten tillsammans planerar en stegvis återgång till skolan och att familjen "
        "vet vem som gör vad."), W)])
    pdf.fields_row([("Frågeställningar inför mötet", (
        "– Vilken anpassad studiegång kan skolan erbjuda under vårterminen?\n"
        "– Kan BUP påbörja KBT-behandling för ångesten innan sportlovet?\n"
        "– Behöver familjen föräldrastöd från socialtjänstens öppenvård?"), W)])

    pdf.section("4. Barnets delaktighet och mål")
    pdf.fields_row([("Barnets egna mål (skriv gärna med barnets egna ord)", "", W)])
    pdf.fields_row([("Hur har barnet varit delaktigt?", (
        "Elias var med under första halvan av mötet tillsammans med sina föräldrar."), W)])

    pdf.section("5. Samtycke")
    pdf.fields_row([("Samtycke från vårdnadshavare", "☐ Muntligt     ☐ Skriftligt", W * 0.6),
                    ("Datum för samtycke", "", W * 0.4)])

    pdf.section("6. Insatser")
    insatser = [
        ("Anpassad studiegång: reducerat schema med svenska, matematik och bild, lektioner i "
         "studierummet i början", "Rektor, Karlbergsskolan", "Beslut 2025-02-21, start 2025-02-24"),
        ("Mentor möter Elias vid entrén varje morgon kl 8.15 och går igenom dagen", "Mentor, Karlbergsskolan",
         "Från 2025-02-24"),
        ("Samtal med Elias varannan vecka och kartläggning av frånvaron", "Kurator, elevhälsan Karlbergsskolan",
         "Från 2025-02-25"),
        ("KBT-behandling för ångest, ca 12 tillfällen", "Psykolog, BUP Köping", "Start 2025-03-04"),
        ("Föräldrastöd, fem samtal för vårdnadshavarna", "Familjebehandlare, Öppenvården IFO Köping",
         "Första träff 2025-03-06"),
    ]
    for i, (a, b, c) in enumerate(insatser, 1):
        pdf.fields_row([(f"Insats {i}", a, W * 0.5), ("Ansvarig (verksamhet/funktion)", b, W * 0.28),
                        ("När", c, W * 0.22)])
    pdf.fields_row([("Övriga aktörer och deras insatser (t.ex. Försäkringskassan, föreningar, närstående)", "", W)])

    pdf.section("7. Ansvar och uppföljning")
    pdf.fields_row([("Huvudansvarig för planen", "Skolan", W * 0.5),
                    ("Datum för uppföljning", "2025-04-08 kl 13.00, Karlbergsskolan", W * 0.5)])
    pdf.fields_row([("Planen upprättad av", "Kurator, elevhälsan", W * 0.5),
                    ("Planen skickad till", "Vårdnadshavare, BUP Köping, IFO Köping", W * 0.5)])
    pdf.output(out(5, "pdf"))


# ====================================== 06: BUP network meeting minutes (docx)

def plan06():
    doc = base_doc("Calibri", 11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Region Västmanland\tBUP Västerås\tMinnesanteckningar"
    hp.runs[0].font.size = Pt(8.5)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(fp, "")

    doc.add_heading("Minnesanteckningar – nätverksmöte (SIP)", level=1)
    label_value(doc, "Datum:", "2025-01-29, kl 9.00–10.30")
    label_value(doc, "Plats:", "BUP Västerås, samtalsrum 3")
    label_value(doc, "Gäller:", "L., 15 år, Surahammar")
    label_value(doc, "Syfte:", "Nätverksmöte/SIP.")

    doc.add_heading("Närvarande", level=2)
    for line in [
        "L. (första 20 minuterna)",
        "Mamma, vårdnadshavare",
        "Pappa, vårdnadshavare (via telefon)",
        "Sara, kurator/behandlare, BUP Västerås",
        "Erik, specialistläkare, BUP Västerås",
        "Frida, mentor, Nytorpsskolan Surahammar",
        "Helena, skolsköterska, Nytorpsskolan Surahammar",
        "Ahmed, socialsekreterare, Barn och unga IFO Surahammar",
    ]:
        doc.add_paragraph(line, style="List Bullet")

    doc.add_heading("Samtycke", level=2)
    doc.add_paragraph("Vårdnadshavarna har samtyckt.")

    doc.add_heading("Frågor inför mötet", level=2)
    for q in [
        "Hur ska L:s skolgång se ut nu när hon inte har varit i skolan sedan jullovet?",
        "Behöver L. mer intensivt stöd från BUP efter händelsen 2025-01-12?",
        "Kan socialtjänsten erbjuda stöd till familjen i hemmet?",
    ]:
        doc.add_paragraph(q, style="List Number")

    doc.add_heading("Anteckningar", level=2)
    doc.add_paragraph(
        "Sara berättade att L. har haft kontakt med BUP sedan september 2024 för nedstämdhet och "
        "självskadebeteende (skär sig på armarna). 2025-01-12 sökte familjen akut efter att L. "
        "skurit sig djupare än tidigare; hon behövde sys men lades inte in. L. har sedan december "
        "sertralin, som Erik bedömer att man ska ge mer tid innan dosen ändras.")
    doc.add_paragraph(
        "Frida och Helena berättade att närvaron under höstterminen var ungefär 45 % och att L. "
        "sedan jullovet inte varit i skolan alls. Hon har F i tre ämnen. Skolan har inte haft "
        "någon utredning av särskilt stöd tidigare. Mamma beskrev mycket konflikter hemma, "
        "framför allt kring mobilen och sena nätter, och att hon själv är slutkörd. Pappa bor i "
        "Hallstahammar och har L. varannan helg.")
    doc.add_paragraph(
        "Ahmed informerade om att socialtjänsten tagit emot en orosanmälan från akuten i januari "
        "och att en förhandsbedömning gjorts.")

    doc.add_heading("Beslut", level=2)
    decisions = [
        ("Beslut 1: L. erbjuds plats i DBT-inspirerad färdighetsträningsgrupp för unga på BUP. "
         "De individuella samtalen varje vecka fortsätter.",
         "Sara, kurator/behandlare BUP Västerås", "Gruppstart 2025-02-10"),
        ("Beslut 2: Uppföljning av medicineringen och ny bedömning av suicidrisk.",
         "Erik, specialistläkare BUP Västerås", "2025-02-19"),
        ("Beslut 3: Skolan utreder behov av särskilt stöd och tar fram åtgärdsprogram med "
         "reducerat schema och tillgång till vilorum. Mentor kontaktar mamma varje fredag.",
         "Frida, mentor, och rektor, Nytorpsskolan", "Åtgärdsprogram klart 2025-02-14"),
        ("Beslut 4: Socialtjänsten inleder utredning enligt 11 kap. 1 § SoL om stöd till familjen, "
         "t.ex. familjebehandling i hemmet.",
         "Ahmed, socialsekreterare Barn och unga IFO Surahammar", None),
        ("Beslut 5: En gemensam säkerhetsplan för skoltid tas fram, så att skolan vet hur de ska "
         "agera om L. mår dåligt eller skadar sig.",
         "Sara, BUP Västerås, tillsammans med Helena, skolsköterska Nytorpsskolan", "2025-02-07"),
    ]
    for text, who, when in decisions:
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(8)
        p.paragraph_format.space_after = Pt(0)
        head, rest = text.split(":", 1)
        r = p.add_run(head + ":")
        r.bold = True
        p.add_run(rest)
        p2 = doc.add_paragraph(f"Ansvarig: {who}")
        p2.paragraph_format.space_after = Pt(0)
        p2.paragraph_format.left_indent = Cm(0.8)
        if when:
            p3 = doc.add_paragraph(f"Klart: {when}")
            p3.paragraph_format.space_after = Pt(0)
            p3.paragraph_format.left_indent = Cm(0.8)

    doc.add_heading("Nästa möte", level=2)
    doc.add_paragraph("Nytt nätverksmöte i mars.")

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(14)
    r = p.add_run("Antecknat av: Sara, kurator/behandlare, BUP Västerås")
    r.italic = True
    doc.save(out(6, "docx"))


# ======================== 07: home care genomförandeplan (NOT a SIP) (docx)

def plan07():
    doc = base_doc("Arial", 10.5)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    r = hp.add_run("Kungsörs kommun · Vård och omsorg · Hemtjänst Kungsör norra")
    r.font.size = Pt(8.5)
    r.font.small_caps = True
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_page_field(fp, "Genomförandeplan – sida ")

    doc.add_heading("Genomförandeplan", level=1)
    p = doc.add_paragraph("Hur hemtjänsten utför beviljade insatser enligt socialtjänstlagen")
    p.runs[0].italic = True

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [
        ("Namn", "E., 88 år"),
        ("Personnummer", "ÅÅMMDD-XXXX"),
        ("Beslut", "Biståndsbeslut 2024-11-04: personlig omvårdnad morgon och kväll, "
                   "inköp 1 ggr/vecka, städning varannan vecka, matdistribution, trygghetslarm"),
        ("Kontaktperson", "Maja, undersköterska, Hemtjänst Kungsör norra"),
        ("Upprättad", "2024-11-20 i E:s hem, tillsammans med E. och sonen"),
    ]:
        c = t.add_row().cells
        cell_text(c[0], k, bold=True)
        set_cell_shading(c[0], "DDEBF7")
        cell_text(c[1], v)
        c[0].width = Cm(4)
        c[1].width = Cm(12.6)

    doc.add_heading("Så här vill jag ha min hjälp", level=2)
    doc.add_paragraph(
        "”Jag vill klara så mycket som möjligt själv. Knacka på och vänta tills jag säger kom in. "
        "Jag vill ha mitt kaffe innan jag tvättar mig.” E. vill helst ha samma personal på "
        "morgonen och vill bli kallad vid förnamn.")

    doc.add_heading("Morgon (ca 8.00–8.45)", level=2)
    for s in [
        "Knacka, vänta på svar, presentera dig.",
        "Sätt på kaffe. E. dricker det i köket innan hygienen.",
        "Hjälp med dusch måndag och torsdag, övriga dagar tvätt vid handfatet. E. tvättar ansiktet "
        "och överkroppen själv, personalen hjälper med rygg, underkropp och fötter.",
        "Hjälp med stödstrumpor och påklädning. E. väljer själv kläder.",
        "Ge läkemedel från dosett enligt delegering från hemsjukvården, signera på "
        "signeringslistan.",
        "Töm diskmaskinen om den är full.",
    ]:
        doc.add_paragraph(s, style="List Bullet")

    doc.add_heading("Lunch", level=2)
    doc.add_paragraph(
        "Matlådan levereras kl 11.30 av matdistributionen. E. värmer den själv i mikron. "
        "Kvällspersonalen kontrollerar att lådan är uppäten och meddelar kontaktpersonen om E. "
        "lämnat mat flera dagar i rad.")

    doc.add_heading("Kväll (ca 20.00–20.30)", level=2)
    for s in [
        "Hjälp att ta av stödstrumpor, smörj benen med mjukgörande kräm.",
        "Ge kvällsläkemedel enligt delegering.",
        "Kontrollera att trygghetslarmet sitter på handleden och att ytterdörren är låst.",
        "E. går och lägger sig själv, lämna lampan i hallen tänd.",
    ]:
        doc.add_paragraph(s, style="List Bullet")

    doc.add_heading("Inköp och städning", level=2)
    doc.add_paragraph(
        "Inköp onsdagar. E. skriver inköpslistan själv, personalen handlar på ICA i Kungsör med "
        "E:s kort och lämnar kvittot i kökslådan. Städning varannan fredag: dammsugning, "
        "våttorkning av golv, rengöring av badrum och kök. Sonen hämtar tvätten varannan helg.")

    doc.add_heading("Risker och särskilda hänsyn", level=2)
    doc.add_paragraph(
        "Fallrisk: mattan i hallen är borttagen efter överenskommelse med E. Var uppmärksam på "
        "yrsel på morgonen. Vid fall eller förändrat hälsotillstånd: kontakta sjuksköterska i "
        "hemsjukvården via växeln.")

    doc.add_heading("Uppföljning av genomförandeplanen", level=2)
    doc.add_paragraph("Genomförandeplanen följs upp av kontaktpersonen tillsammans med E. 2025-05-20 "
                      "eller tidigare om behoven ändras.")
    doc.add_paragraph("☒ Genomförandeplanen är upprättad tillsammans med den enskilde")
    doc.add_paragraph("☒ Den enskilde har fått en kopia")
    doc.add_paragraph("☐ Den enskilde har avböjt att medverka")
    doc.add_paragraph("Signatur kontaktperson: Maja, undersköterska\t\tEnhetschef: Susanne")
    doc.save(out(7, "docx"))


# ================================================ 08: follow-up plan (markdown)

PLAN08 = """# Uppföljning av samordnad individuell plan

**Person:** M., 41 år, Hallstahammar
**Uppföljningsmöte:** 2025-03-05 kl 14.00, Vårdcentralen Hallstahammar
**Huvudansvar:** IFO Hallstahammar

**Syfte:** Se tidigare plan.

**Frågeställningar:** Gå igenom läget.

**Mål:** Målet är att M. ska kunna börja arbeta 25 % under våren och på sikt klara sin
försörjning utan ekonomiskt bistånd.

M. deltog inte på mötet.

## Insatser

| Insats | Ansvarig | Status | Kommentar |
|---|---|---|---|
| Samtalsbehandling KBT, 10 tillfällen | Psykoterapeut, Vårdcentralen Hallstahammar | Pågår | 6 av 10 genomförda, sista tillfället 2025-04-16 |
| Uppföljning av antidepressiv medicinering | Regionen | Klar | Dosen höjdes i januari |
| Läkarintyg till FK för fortsatt sjukskrivning | Distriktsläkare, Vårdcentralen Hallstahammar | Klar | Intyget skickat 2025-02-20, sjukskriven 100 % t.o.m. 2025-04-30 |
| Ekonomiskt bistånd och budgetplanering | Socialsekreterare, Försörjningsstöd IFO Hallstahammar | Pågår | Ansökan för april lämnas senast 2025-03-25 |
| Kontakt med Kronofogden om avbetalning av skulder | Budget- och skuldrådgivare, Hallstahammars kommun | Ej påbörjad | M. har inte kommit på de två bokade tiderna |
| Avstämningsmöte med M., arbetsgivaren och vårdcentralen om återgång i arbete | Försäkringskassan, handläggare | Ej påbörjad | FK kallar, datum inte klart |
| Kartläggning och arbetsträning om M. inte kan gå tillbaka till tidigare arbetsgivare | Arbetsförmedlingen, arbetsförmedlare | Ej påbörjad | Aktuellt när M. har sjukpenning på deltid |
| Promenadgrupp tisdagar via friskvård på recept | Fysioterapeut, Vårdcentralen Hallstahammar | Klar | M. gick 4 gånger och har slutat |

## Övrigt

Vårdcentralen beskriver M:s mående som i stort sett oförändrat sedan förra mötet. Han sover
fortfarande dåligt men har kommit till alla KBT-tider. Socialtjänsten har svårt att få kontakt
med honom per telefon.

Nästa uppföljning bokas vid behov.
"""


def plan08():
    with open(out(8, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(PLAN08)


def main():
    os.makedirs(PLANS, exist_ok=True)
    os.makedirs(BUILD, exist_ok=True)
    plan01()
    plan02()
    plan03()
    plan04()
    plan05()
    plan06()
    plan07()
    plan08()
    shutil.rmtree(BUILD, ignore_errors=True)


if __name__ == "__main__":
    main()
