#!/usr/bin/env python3
"""Generate the f66b batch of fictional, anonymized SIP plans (Gävleborg).

Run with /work/batches/.venv/bin/python generate.py
Writes plans/f66b-01 ... f66b-08. Deterministic (fixed dates, no randomness).
"""
import datetime
import os
import shutil
import subprocess
import textwrap
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
BUILD = os.path.join(HERE, "build")
PREFIX = "f66b"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIXED = datetime.datetime(2025, 4, 11, 9, 14, tzinfo=datetime.timezone.utc)


def path(nn, ext):
    return os.path.join(OUT, f"{PREFIX}-{nn:02d}.{ext}")


def fix_core(doc, title=""):
    for sec in doc.sections:  # Swedish offices print on A4
        sec.page_width = Cm(21.0)
        sec.page_height = Cm(29.7)
        sec.left_margin = sec.right_margin = Cm(2.5)
    cp = doc.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.title = title
    cp.created = datetime.datetime(2025, 1, 2, 8, 0)
    cp.modified = datetime.datetime(2025, 1, 2, 8, 0)
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


def set_col_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for c, w in zip(row.cells, widths_cm):
            c.width = Cm(w)


def bold_para(doc, text, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    return p


def add_page_number_field(paragraph, instr="PAGE"):
    run = paragraph.add_run()
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
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


# ---------------------------------------------------------------------------
# 01  fpdf2 record-system print, table over two pages; opioid dependence, Gävle
# ---------------------------------------------------------------------------
class RecordPDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "B", 8)
        self.set_text_color(60, 60, 60)
        self.cell(95, 5, "Region Gävleborg  |  Journalutskrift", border=0)
        self.set_font("DejaVu", "", 8)
        self.cell(0, 5, f"Utskrift 2025-04-11 09:14    Sida {self.page_no()} ({{nb}})",
                  border=0, align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(95, 5, "Dokument: SIP – Samordnad individuell plan", border=0)
        self.cell(0, 5, "Patient: Johan, ÅÅMMDD-XXXX", border=0, align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(120, 120, 120)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "Utskriften är en kopia av journalhandling. Sekretess enligt OSL 25 kap. 1 §.",
                  align="C")


def pdf_field(pdf, label, text, min_h=8):
    pdf.set_font("DejaVu", "B", 8.5)
    pdf.set_fill_color(225, 230, 238)
    pdf.cell(0, 6, label, border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    if text:
        y0 = pdf.get_y()
        pdf.multi_cell(0, 5, text, border="LRB", new_x="LMARGIN", new_y="NEXT",
                       padding=(1.5, 2, 1.5, 2))
        if pdf.get_y() - y0 < min_h:
            pass
    else:
        pdf.cell(0, min_h, "", border="LRB", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2.5)


def make_01():
    pdf = RecordPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_auto_page_break(True, margin=16)
    pdf.set_margins(15, 12, 15)
    pdf.add_page()

    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 8, "Samordnad individuell plan (SIP)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 8.5)
    # boxed meta row
    meta = [("Mötesdatum", "2025-04-09", 30), ("Plats", "Beroendemottagningen Gävle", 60),
            ("Typ av möte", "Första SIP-möte", 45), ("Dokumenterat av", "Ssk Emma", 45)]
    for lab, val, w in meta:
        pdf.set_font("DejaVu", "B", 7.5)
        pdf.cell(w, 4.5, lab, border="LTR")
    pdf.ln()
    for lab, val, w in meta:
        pdf.set_font("DejaVu", "", 8.5)
        pdf.cell(w, 6, val, border="LRB")
    pdf.ln(9)

    pdf.set_font("DejaVu", "B", 8.5)
    pdf.set_fill_color(225, 230, 238)
    pdf.cell(0, 6, "Deltagare", border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 8.5)
    deltagare = [
        ("Johan", "Den enskilde", ""),
        ("Maria", "Socialsekreterare", "Vuxenenheten beroende, IFO Gävle kommun"),
        ("Lisa", "Behandlare", "Beroendeenheten öppenvård, IFO Gävle kommun"),
        ("Daniel", "Läkare", "Beroendemottagningen Gävle, Region Gävleborg"),
        ("Emma", "Sjuksköterska", "Beroendemottagningen Gävle, Region Gävleborg"),
        ("Omar", "Handläggare (via Teams)", "Försäkringskassan, lokalt försäkringscenter Gävle"),
    ]
    with pdf.table(col_widths=(30, 50, 100), line_height=5.2, text_align="LEFT",
                   headings_style=FontFace(emphasis="BOLD", fill_color=(245, 245, 245)),
                   first_row_as_headings=True) as t:
        r = t.row()
        for h in ("Namn", "Funktion", "Verksamhet / organisation"):
            r.cell(h)
        for row in deltagare:
            r = t.row()
            for c in row:
                r.cell(c)
    pdf.ln(3)

    pdf_field(pdf, "Bakgrund",
              "Johan, 33 år, har opioidberoende sedan drygt tio år och är inskriven i LARO på "
              "Beroendemottagningen Gävle sedan 2023. Han byttes i februari från dagligt "
              "buprenorfin till depåinjektion. Sedan uppsägning från lägenheten i Sätra i "
              "december bor han på härbärge. Han har skulder hos Kronofogden och saknar inkomst "
              "sedan sjukpenningen drogs in i januari. Hepatit C påvisades vid provtagning i mars.")
    pdf_field(pdf, "Syfte med SIP",
              "Syftet är att samordna LARO-behandlingen med socialtjänstens insatser kring boende "
              "och ekonomi, så att Johan kan lämna härbärget och samtidigt behålla en stabil "
              "behandling utan avbrott.")
    pdf_field(pdf, "Frågeställningar inför mötet", "", min_h=9)
    pdf_field(pdf, "Den enskildes mål",
              "Målet är att J. ska vara stabil i sin LARO-behandling och ha ett eget boende "
              "inom ett år.")
    pdf_field(pdf, "Den enskildes delaktighet och synpunkter",
              "Johan deltog under hela mötet. Han framförde att han vill bort från härbärget så "
              "snart som möjligt, att han inte vill byta socialsekreterare igen och att han "
              "helst vill ha sina samtal på eftermiddagar.")
    pdf_field(pdf, "Samtycke", "Samtycke finns.")

    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 7, "Planerade insatser", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 8.5)
    rows = [
        ("LARO: depåinjektion buprenorfin var 4:e vecka samt läkarbesök i samband med injektion",
         "Läkare, Beroendemottagningen Gävle",
         "Nästa injektion 2025-04-23, därefter var 4:e vecka"),
        ("Övervakad urinprovstagning 1 gång/vecka",
         "Sjuksköterska, Beroendemottagningen Gävle",
         "Tisdagar fr.o.m. 2025-04-15"),
        ("Återfallsprevention (ÅP) och motiverande samtal, individuellt, eftermiddagstider",
         "Behandlare, Beroendeenheten öppenvård, IFO Gävle kommun",
         "Varannan torsdag kl. 14.00 fr.o.m. 2025-04-17"),
        ("Utredning av boende: ansökan om träningslägenhet (bostad med stöd) enligt SoL",
         "Socialsekreterare, Vuxenenheten beroende, IFO Gävle kommun",
         "Beslut senast 2025-05-16"),
        ("Ekonomiskt bistånd för april–maj; hjälp med ansökan",
         "Socialsekreterare, Försörjningsstöd, Gävle kommun",
         "Ansökan lämnas 2025-04-14"),
        ("Budget- och skuldrådgivning: genomgång av skulder hos Kronofogden",
         "Budget- och skuldrådgivare, Gävle kommun",
         "Första besök 2025-04-29"),
        ("Behandling av hepatit C: provtagning och bedömning av behandlingsstart",
         "Regionen",
         "Under våren"),
        ("Utredning av rätt till sjukpenning/ersättning; avstämningsmöte om arbetsförmåga",
         "Handläggare, Försäkringskassan",
         "Avstämningsmöte 2025-05-07"),
        ("Inskrivningssamtal om arbetsträning när boendet är löst",
         "Arbetsmarknadsavdelningen, Gävle kommun",
         "2025-05-20"),
        ("Johan lämnar urinprov och kommer till injektion och samtal enligt schema; "
         "meddelar socialsekreteraren om han byter telefonnummer eller adress",
         "Johan själv",
         "Löpande under planperioden"),
    ]
    with pdf.table(col_widths=(85, 55, 40), line_height=5, text_align="LEFT",
                   repeat_headings=1, first_row_as_headings=True,
                   headings_style=FontFace(emphasis="BOLD", fill_color=(225, 230, 238))) as t:
        r = t.row()
        for h in ("Insats / åtgärd", "Ansvarig (verksamhet, funktion)", "När"):
            r.cell(h)
        for row in rows:
            r = t.row()
            for c in row:
                r.cell(c)
    pdf.ln(4)
    pdf_field(pdf, "Huvudansvar för planen",
              "Socialsekreterare Maria, Vuxenenheten beroende, IFO Gävle kommun.")
    pdf_field(pdf, "Uppföljning",
              "Uppföljande SIP-möte 2025-06-12 kl. 13.00 på Beroendemottagningen Gävle. "
              "Maria kallar.")
    pdf_field(pdf, "Signering", "Emma, sjuksköterska, Beroendemottagningen Gävle  2025-04-10 15:32")
    pdf.output(path(1, "pdf"))


# ---------------------------------------------------------------------------
# 02  docx dialogue; boy 10 school refusal, Sandviken
# ---------------------------------------------------------------------------
def make_02():
    doc = Document()
    fix_core(doc, "SIP Leo")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Sandvikens kommun · Region Gävleborg\tSIP – anteckningar"
    hp.runs[0].font.size = Pt(9)

    doc.add_heading("SIP-möte för Leo, 10 år", level=1)
    p = doc.add_paragraph()
    p.add_run("Datum: ").bold = True
    p.add_run("2025-09-17, kl. 13.00–14.30")
    p = doc.add_paragraph()
    p.add_run("Plats: ").bold = True
    p.add_run("Hammarbyskolan, Sandviken, konferensrummet")
    p = doc.add_paragraph()
    p.add_run("Närvarande: ").bold = True
    p.add_run("samordnaren, mentorn, psykologen, mamma och Leo.")
    doc.add_paragraph(
        "Planen är skriven som ett samtal, så som mötet gick till. Leo var med hela mötet och "
        "tog en paus i mitten tillsammans med mamma.").italic = True

    doc.add_heading("Så pratade vi", level=2)
    dialog = [
        ("Samordnaren", "Välkomna allihop. Vi ses för att Leo bara har varit i skolan några enstaka "
         "dagar sedan sommarlovet. Syftet med den här planen är att skolan, BUP och "
         "socialtjänsten ska dra åt samma håll, så att Leo kan komma tillbaka till sin klass i en "
         "takt som han klarar. Det jag vill att vi reder ut idag är två saker: hur ska morgnarna "
         "fungera hemma, och vad behöver Leo från skolan för att orka stanna kvar när han väl "
         "är här?"),
        ("Mamma", "Morgnarna är det värsta. Han får ont i magen redan när han vaknar och när "
         "klockan närmar sig åtta låser han in sig i badrummet. Jag börjar jobba kvart över sju "
         "tre veckor av fyra, så jag hinner inte vänta ut honom."),
        ("Samordnaren", "Leo, hur känns det för dig på morgonen?"),
        ("Leo", "Det är för mycket folk i kapprummet. Alla skriker. Och jag vet aldrig vad vi "
         "ska ha på lektionerna."),
        ("Mentorn", "Det kan vi ändra på. Om Leo börjar 9.10 i stället är kapprummet tomt, och "
         "jag kan möta honom vid entrén. Jag kan också mejla hem veckans schema på söndagar så "
         "att ni vet vad som kommer."),
        ("Leo", "Om jag får sitta längst bak vid fönstret. Och jag vill vara med Elias på "
         "rasterna, det är det enda som är kul."),
        ("Samordnaren", "Vad vill du själv ska vara annorlunda till jul, Leo?"),
        ("Leo", "Jag vill gå till skolan varje dag igen. I alla fall fram till lunch."),
        ("Psykologen", "Vi har träffats två gånger och det Leo beskriver passar med det vi ser: "
         "oro som växer ju längre han är hemma. Jag föreslår KBT varannan vecka med exponering i "
         "små steg, och att mamma är med på en del av samtalen så att hon får verktyg för "
         "morgnarna."),
        ("Mamma", "Det går bra, men jag behöver veta tiderna i förväg så att jag kan byta pass."),
        ("Psykologen", "Tisdagar klockan 15, varannan vecka, med start 30 september."),
        ("Mentorn", "Skolsköterskan har frågat om hon får träffa Leo om magontet. Hon har tid "
         "torsdag nästa vecka."),
        ("Mamma", "Ja, det är bra. Jag kan skjutsa honom tisdagar och torsdagar, de veckorna "
         "jag börjar senare."),
        ("Samordnaren", "Socialtjänsten har erbjudit familjebehandling hemma på morgnarna. Hur "
         "tänker du om det?"),
        ("Mamma", "Jag vet inte än. Jag vill prata med hans pappa först."),
        ("Samordnaren", "Då skriver vi att erbjudandet står kvar och att du själv hör av dig till "
         "familjebehandlaren när ni bestämt er. Jag håller ihop planen och skickar ut den till "
         "alla. Vi ses igen efter höstlovet, jag skickar en kallelse."),
        ("Leo", "Får Elias veta att jag ska börja igen?"),
        ("Mentorn", "Bara om du vill. Vi kan prata om det på måndag."),
    ]
    for who, said in dialog:
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(4)
        r = p.add_run(f"{who}: ")
        r.bold = True
        p.add_run(said)

    doc.add_heading("Det här bestämde vi", level=2)
    decided = [
        "Hammarbyskolan, mentorn: Leo börjar kl. 9.10 från måndag 2025-09-22. Mentorn möter "
        "honom vid entrén, Leo får fast plats längst bak vid fönstret och veckans schema mejlas "
        "hem varje söndag.",
        "Hammarbyskolan, elevhälsan (skolsköterskan): samtal med Leo om magontet torsdag "
        "2025-09-25.",
        "BUP Sandviken, psykologen: KBT med exponering varannan tisdag kl. 15.00 från "
        "2025-09-30, mamma med på vissa samtal.",
        "Socialtjänsten Sandviken, familjebehandling: erbjudandet om stöd i hemmet på morgnarna "
        "står kvar.",
        "Mamma: skjutsar Leo tisdagar och torsdagar de veckor hon börjar senare, från "
        "2025-09-23. Hör själv av sig till familjebehandlaren om familjen vill ta emot stödet.",
        "Samordnaren håller ihop planen, skickar ut den och kallar till nästa möte efter "
        "höstlovet.",
    ]
    for d in decided:
        doc.add_paragraph(d, style="List Bullet")
    doc.save(path(2, "docx"))


# ---------------------------------------------------------------------------
# 03  txt CP1252 CRLF, CAPS keyword " - " text; dementia, Hudiksvall
# ---------------------------------------------------------------------------
def make_03():
    W = 76

    def kw(key, text):
        return textwrap.wrap(f"{key} - {text}", width=W) + [""]

    lines = [
        "HUDIKSVALLS KOMMUN".ljust(50) + "Utskrift: 2025-03-06 08:41",
        "Vård och omsorg - Social dokumentation",
        "Journalanteckning: SIP, samordnad individuell plan",
        "-" * W,
        "Brukare: Erik            Personnr: ÅÅMMDD-XXXX",
        "Händelsedatum: 2025-03-05   Plats: Hälsocentralen Iggesund",
        "Antecknad av: AN           Signerad: 2025-03-05 16:12",
        "-" * W,
        "",
    ]
    lines += kw("SYFTE", "Samordning av insatser.")
    lines += kw("BAKGRUND",
                "Erik är 84 år och bor ensam i villa i Iggesund. Han fick diagnosen "
                "Alzheimers sjukdom 2023 och har försämrats under vintern. Hemtjänsten har "
                "vid flera tillfällen hittat honom ute på gården på kvällen, lätt klädd. Han "
                "har vid två tillfällen i februari tagit fel på sina läkemedel och har gått "
                "ner 4 kg sedan i höstas. Han har hemtjänst sedan oktober 2024.")
    lines += kw("AKTUELLT",
                "Distriktssköterskan rapporterar att blodtrycket varierat och att Erik vid "
                "senaste besöket inte kände igen henne. Demenssjuksköterskan bedömer att "
                "sjukdomen gått in i ett mer uttalat skede. Gruppledaren i hemtjänsten "
                "beskriver oro i personalgruppen för kvällar och nätter och att Erik ofta "
                "inte vill släppa in personalen.")
    lines += kw("FRÅGESTÄLLNING", "Diskutera läget.")
    lines += kw("MÅL", "Målet är att Erik ska kunna bo kvar i hemmet så länge som möjligt "
                "och känna sig trygg.")
    lines += kw("DELAKTIGHET", "Erik deltog inte i mötet.")
    lines += kw("INSATSER", "Fortsatt hemtjänst enligt beslut. Fortsatt kontakt med "
                "hälsocentralen. Stöd vid behov. Eventuell dagverksamhet tas upp vid ett "
                "senare tillfälle.")
    lines += kw("ANSVAR", "Kommunen ansvarar för hemtjänst och eventuell dagverksamhet. "
                "Regionen ansvarar för den medicinska delen.")
    lines += kw("HUVUDANSVAR", "Biståndshandläggaren.")
    lines += kw("UPPFÖLJNING", "Nytt SIP-möte 2025-05-27 kl. 13.30 på Hälsocentralen "
                "Iggesund.")
    lines += kw("DELTAGARE", "Biståndshandläggare, distriktssköterska, "
                "demenssjuksköterska, gruppledare i hemtjänsten.")
    lines += ["-" * W, "Slut på utskrift".rjust(W)]
    data = "\r\n".join(lines) + "\r\n"
    with open(path(3, "txt"), "wb") as f:
        f.write(data.encode("cp1252"))


# ---------------------------------------------------------------------------
# 04  md with table of contents; social anxiety 19, Bollnäs
# ---------------------------------------------------------------------------
MD04 = """# SIP – Samordnad individuell plan

**Namn:** Ella  
**Personnummer:** ÅÅMMDD-XXXX  
**Datum för möte:** 2025-05-07  
**Plats:** Socialpsykiatrin, Bollnäs kommun  

## Innehåll

- [Syfte](#syfte)
- [Bakgrund](#bakgrund)
- [Frågeställningar](#frågeställningar)
- [Ellas mål](#ellas-mål)
- [Ellas syn](#ellas-syn)
- [Samtycke](#samtycke)
- [Insatser och ansvar](#insatser-och-ansvar)
- [Huvudansvar](#huvudansvar)
- [Uppföljning](#uppföljning)
- [Deltagare](#deltagare)

---

## Syfte

Syftet med SIP:en är att psykiatrin, hälsocentralen och socialpsykiatrin ska ge Ella ett
samlat stöd så att hon steg för steg kan ta sig ut hemifrån igen och börja studera på komvux
i januari 2026. Ella ska slippa berätta samma sak för flera olika personer.

## Bakgrund

Ella är 19 år och bor sedan hösten 2024 i egen lägenhet i centrala Bollnäs. Hon avbröt
gymnasiet i årskurs 3 på grund av social ångest och har sedan dess i stort sett bara lämnat
lägenheten för att handla sent på kvällen. Hon har sedan mars kontakt med Allmänpsykiatriska
mottagningen Bollnäs och behandlas med sertralin sedan april. Hon sover dåligt och har haft
huvudvärk flera gånger i veckan. Socialpsykiatrin har beviljat boendestöd från maj.

## Frågeställningar

–

## Ellas mål

> ”Jag vill klara att åka buss själv in till stan och börja plugga på komvux i januari. Och jag
> vill kunna gå och handla mitt på dagen utan att få panik.”

## Ellas syn

Ella deltog under hela mötet. Hon säger att det jobbigaste är att ringa samtal och att sitta i
väntrum med andra. Hon önskar att tiderna på psykiatrin läggs tidigt på morgonen när det är
få människor där, och hon vill inte gå i gruppbehandling just nu. Hon vill hellre få sms än
brev om tider.

## Samtycke

Samtycke finns.

## Insatser och ansvar

| Insats | Ansvarig (verksamhet, funktion) | När |
|---|---|---|
| KBT för social ångest, 14 sessioner, med exponeringsövningar mellan gångerna | Psykolog, Allmänpsykiatriska mottagningen Bollnäs | Onsdagar kl. 08.15 fr.o.m. 2025-05-14 |
| Läkarbesök, uppföljning av sertralin och sömn | Läkare, Allmänpsykiatriska mottagningen Bollnäs | 2025-06-04 |
| Boendestöd 2 ggr/vecka: struktur i vardagen och exponeringsträning enligt psykologens plan (bussresa, butik dagtid) | Boendestödjare, Socialpsykiatrin Bollnäs kommun | Måndagar och torsdagar fr.o.m. 2025-05-19 |
| Bedömning av huvudvärk och blodprover | Distriktsläkare, Hälsocentralen Bollnäs | 2025-05-22 |
| Studievägledning inför ansökan till komvux vårterminen 2026 | Studie- och yrkesvägledare, Vuxenutbildningen Bollnäs kommun | 2025-06-10 |
| Tider skickas som sms till Ella i stället för brev | Sekreterare, Allmänpsykiatriska mottagningen Bollnäs | Fr.o.m. 2025-05-08 |

## Huvudansvar

Socialpsykiatrin, Bollnäs kommun.

## Uppföljning

Nytt SIP-möte vecka 42. Socialpsykiatrin kallar.

## Deltagare

- Ella
- Sofia, handläggare, Socialpsykiatrin Bollnäs kommun
- Amir, boendestödjare, Socialpsykiatrin Bollnäs kommun
- Johanna, psykolog, Allmänpsykiatriska mottagningen Bollnäs, Region Gävleborg
- Karin, sjuksköterska, Hälsocentralen Bollnäs, Region Gävleborg
"""


def make_04():
    with open(path(4, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(MD04)


# ---------------------------------------------------------------------------
# 05  docx with text box "Mina ord"; bipolar disorder 30, Söderhamn
# ---------------------------------------------------------------------------
NS_DECL = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
           'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
           'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
           'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"')


def xml_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def textbox_run(title, paras, cx=5760000, cy=2200000):
    ps = ('<w:p><w:pPr><w:spacing w:after="80"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val="26"/>'
          '<w:color w:val="1F4E79"/></w:rPr>'
          f'<w:t>{xml_escape(title)}</w:t></w:r></w:p>')
    for t in paras:
        ps += ('<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r><w:rPr><w:i/></w:rPr>'
               f'<w:t xml:space="preserve">{xml_escape(t)}</w:t></w:r></w:p>')
    xml = f'''<w:r {NS_DECL}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/>
<wp:positionH relativeFrom="margin"><wp:posOffset>0</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>
<wp:extent cx="{cx}" cy="{cy}"/>
<wp:effectExtent l="0" t="0" r="0" b="0"/>
<wp:wrapTopAndBottom/>
<wp:docPr id="101" name="Textruta 101"/>
<wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/>
<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
<a:solidFill><a:srgbClr val="F2F7FB"/></a:solidFill>
<a:ln w="12700"><a:solidFill><a:srgbClr val="2E74B5"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{ps}</w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="108000" tIns="72000" rIns="108000" bIns="72000" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>
</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice></mc:AlternateContent></w:r>'''
    return parse_xml(xml)


def placeholder_sdt(paragraph, text="Klicka eller tryck här för att ange text.", tag="fält"):
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    alias = OxmlElement("w:alias")
    alias.set(qn("w:val"), tag)
    pr.append(alias)
    t = OxmlElement("w:tag")
    t.set(qn("w:val"), tag)
    pr.append(t)
    ph = OxmlElement("w:showingPlcHdr")
    pr.append(ph)
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    col = OxmlElement("w:color")
    col.set(qn("w:val"), "808080")
    rpr.append(col)
    r.append(rpr)
    wt = OxmlElement("w:t")
    wt.text = text
    r.append(wt)
    content.append(r)
    sdt.append(content)
    paragraph._p.append(sdt)


def make_05():
    doc = Document()
    fix_core(doc, "SIP")
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("Region Gävleborg  ·  Söderhamns kommun")
    r.font.size = Pt(8)
    r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    hp.add_run("\tSamordnad individuell plan").font.size = Pt(8)

    t = doc.add_paragraph()
    rr = t.add_run("SAMORDNAD INDIVIDUELL PLAN (SIP)")
    rr.bold = True
    rr.font.size = Pt(15)

    tbl = doc.add_table(rows=3, cols=4)
    tbl.style = "Table Grid"
    meta = [("Namn", "Linnea", "Personnummer", "ÅÅMMDD-XXXX"),
            ("Datum för möte", "2025-08-20", "Plats", "Vuxenpsykiatriska mottagningen Söderhamn"),
            ("Deltagare", "Linnea, Peter, Åsa, Jenny, Hanna", "", "")]
    for i, row in enumerate(meta):
        for j, v in enumerate(row):
            c = tbl.cell(i, j)
            c.text = v
            if j in (0, 2):
                c.paragraphs[0].runs[0].bold = True if v else None
                set_cell_shading(c, "E7EEF6")
    m = tbl.cell(2, 1).merge(tbl.cell(2, 3))
    m.text = "Linnea, Peter, Åsa, Jenny, Hanna"
    doc.add_paragraph()

    bold_para(doc, "Syfte med planen")
    p = doc.add_paragraph()
    placeholder_sdt(p, tag="Syfte")

    bold_para(doc, "Frågeställningar")
    doc.add_paragraph()

    bold_para(doc, "Bakgrund")
    doc.add_paragraph(
        "Linnea är 30 år och har bipolär sjukdom typ 1, diagnostiserad 2019. Hon vårdades "
        "inneliggande på Psykiatriska kliniken i Hudiksvall under tre veckor i juni 2025 på "
        "grund av ett maniskt skov, det andra på två år. Hon är sedan utskrivningen "
        "sjukskriven på heltid från sin anställning som barnskötare på en förskola i "
        "Söderhamn. Hon bor ensam med sin hund. Behandlas med litium. Under våren föregicks "
        "skovet av flera veckor med dålig sömn som ingen i hennes omgivning kände till.")

    p = doc.add_paragraph()
    p._p.append(textbox_run("Mina ord", [
        "Jag vill kunna jobba 50 procent på förskolan igen efter nyår.",
        "Jag vill inte hamna på avdelningen igen. När jag slutar sova är det första tecknet, och "
        "då vill jag att Peter ringer mig samma vecka och inte väntar till nästa besök.",
        "Jag vill ha en och samma person att prata med på psykiatrin, inte en ny varje gång.",
        "Till jul vill jag ha en vanlig vecka: sova på nätterna, gå ut med hunden och äta "
        "middag hos Hanna på söndagar.",
        "– Linnea skrev texten själv under mötet.",
    ]))

    bold_para(doc, "Insatser och ansvar")
    rows = [
        ("Läkarbesök med litiumkontroll (S-litium, njur- och sköldkörtelprover)",
         "Läkare, Vuxenpsykiatriska mottagningen Söderhamn", "2025-09-03, därefter var 3:e månad"),
        ("Case manager-samtal, gemensam plan för tidiga varningstecken (sömn)",
         "Case manager, Vuxenpsykiatriska mottagningen Söderhamn",
         "Varannan onsdag fr.o.m. 2025-08-27"),
        ("Telefonkontakt samma vecka om Linnea eller systern hör av sig om sömnproblem",
         "Case manager, Vuxenpsykiatriska mottagningen Söderhamn",
         "Inom 3 arbetsdagar efter kontakt"),
        ("Boendestöd: dygnsrytm, matlagning, struktur inför arbetsåtergång",
         "Boendestödjare, Socialpsykiatrin Söderhamns kommun",
         "Tisdagar och fredagar fr.o.m. 2025-08-26"),
        ("Avstämningsmöte om sjukpenning och plan för upptrappning till 50 %",
         "Handläggare, Försäkringskassan", "2025-10-01"),
        ("Ringer case manager om hon märker att Linnea sover dåligt eller varvar upp",
         "Hanna, syster", "Fr.o.m. 2025-08-20"),
        ("För sömndagbok och tar med den till samtalen", "Linnea själv",
         "Dagligen fr.o.m. 2025-08-21"),
    ]
    tb = doc.add_table(rows=1, cols=3)
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, ("Insats", "Ansvarig (verksamhet, funktion)", "När")):
        c.text = h
        c.paragraphs[0].runs[0].bold = True
        set_cell_shading(c, "D9E2F3")
    mark_header_row(tb.rows[0])
    for row in rows:
        cells = tb.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    set_col_widths(tb, (6.6, 5.4, 4.0))
    doc.add_paragraph()

    bold_para(doc, "Huvudansvar för planen")
    doc.add_paragraph("Case manager, Vuxenpsykiatriska mottagningen Söderhamn, Region Gävleborg.")

    bold_para(doc, "Datum för uppföljning")
    p = doc.add_paragraph()
    placeholder_sdt(p, text="Klicka eller tryck här för att ange datum.", tag="Uppföljning")

    doc.save(path(5, "docx"))


# ---------------------------------------------------------------------------
# 06  docx -> PDF (LibreOffice); participants only in footer; diabetes + alcohol, Ljusdal
# ---------------------------------------------------------------------------
def make_06():
    doc = Document()
    fix_core(doc, "SIP Mats")
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    sec = doc.sections[0]
    sec.top_margin = Cm(2.0)
    sec.bottom_margin = Cm(3.2)
    sec.footer_distance = Cm(0.8)
    hp = sec.header.paragraphs[0]
    hr = hp.add_run("Ljusdals kommun  |  Region Gävleborg\t\tSamordnad individuell plan")
    hr.font.size = Pt(8)

    fp = sec.footer.paragraphs[0]
    fr = fp.add_run("Deltagare vid mötet 2025-05-14: ")
    fr.bold = True
    fr.font.size = Pt(7.5)
    fr2 = fp.add_run(
        "Mats (den enskilde); Lena, distriktssköterska, Hälsocentralen Ljusdal; Anna, "
        "diabetessjuksköterska, Hälsocentralen Ljusdal; Malin, alkoholterapeut, "
        "Beroendemottagningen Ljusdal, Region Gävleborg; Anders, socialsekreterare, "
        "Vuxenenheten IFO Ljusdals kommun; Kerstin, sjuksköterska, Hemsjukvården Ljusdals kommun.")
    fr2.font.size = Pt(7.5)
    fp2 = sec.footer.add_paragraph()
    fp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    x = fp2.add_run("Sida ")
    x.font.size = Pt(7.5)
    add_page_number_field(fp2, "PAGE").font.size = Pt(7.5)
    y = fp2.add_run(" av ")
    y.font.size = Pt(7.5)
    add_page_number_field(fp2, "NUMPAGES").font.size = Pt(7.5)

    doc.add_heading("Samordnad individuell plan (SIP)", level=1)
    t = doc.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    for (i, j), v in {(0, 0): "Namn", (0, 1): "Mats", (0, 2): "Personnummer",
                      (0, 3): "ÅÅMMDD-XXXX", (1, 0): "Mötesdatum", (1, 1): "2025-05-14",
                      (1, 2): "Plats", (1, 3): "Hälsocentralen Ljusdal"}.items():
        t.cell(i, j).text = v
        if j in (0, 2):
            t.cell(i, j).paragraphs[0].runs[0].bold = True
            set_cell_shading(t.cell(i, j), "EDEDED")
    doc.add_paragraph()

    doc.add_heading("1. Bakgrund", level=2)
    doc.add_paragraph(
        "Mats är 56 år och bor ensam i lägenhet i Färila. Han har diabetes typ 2 sedan 2014 och "
        "behandlas sedan 2022 med insulin (basinsulin kväll och måltidsinsulin). Senaste HbA1c "
        "var 92 mmol/mol. Han har under vintern haft tre kända episoder av allvarligt lågt "
        "blodsocker, varav en gång då han hittades på golvet av hemtjänsten och fördes med "
        "ambulans till Hudiksvalls sjukhus. Vid samtliga tillfällen hade han druckit alkohol.")
    doc.add_paragraph(
        "Mats dricker alkohol i stort sett dagligen, enligt AUDIT 24 poäng. Han har haft kontakt "
        "med Beroendemottagningen Ljusdal sedan februari 2025. Han har varit arbetslös sedan "
        "sågverket i Färila drog ner på personal 2023 och har ekonomiskt bistånd. Han har "
        "börjat få känselnedsättning i fötterna och ett svårläkt sår på vänster häl som "
        "hemsjukvården lägger om.")
    doc.add_paragraph(
        "Hälsocentralen ser svårigheter att få till en säker insulinbehandling när Mats dricker "
        "och äter oregelbundet. Hemsjukvården har i dag insulintillsyn på kvällen men inte på "
        "morgonen. Socialtjänsten har en ansökan om hemtjänst med matdistribution som inte är "
        "färdigutredd.")

    doc.add_heading("2. Syfte med SIP", level=2)
    doc.add_paragraph(
        "Syftet är att hälsocentralen, beroendemottagningen och kommunens hemsjukvård och "
        "socialtjänst får en gemensam plan för Mats insulinbehandling och alkoholbruk, så att "
        "risken för allvarliga blodsockerfall minskar och han kan bo kvar i sin lägenhet i Färila.")

    doc.add_heading("3. Mål", level=2)
    doc.add_paragraph(
        "Målet är att Mats ska ha ett HbA1c under 70 mmol/mol vid årsskiftet, inte ha fler "
        "episoder av allvarligt lågt blodsocker och minska sitt drickande till högst två dagar "
        "i veckan.")

    doc.add_heading("4. Den enskildes delaktighet", level=2)
    doc.add_paragraph("Mats deltog på mötet och planen gicks igenom punkt för punkt.")

    doc.add_heading("5. Samtycke", level=2)
    doc.add_paragraph(
        "Mats har lämnat skriftligt samtycke till SIP och till att uppgifter lämnas mellan de "
        "verksamheter som deltar. Blanketten undertecknades 2025-05-05 och finns i "
        "hälsocentralens journal.")

    doc.add_heading("6. Insatser", level=2)
    rows = [
        ("Insulintillsyn morgon och kväll samt blodsockerkontroll vid varje besök",
         "Sjuksköterska, Hemsjukvården Ljusdals kommun", "Morgon och kväll fr.o.m. 2025-05-19"),
        ("Såromläggning vänster häl", "Sjuksköterska, Hemsjukvården Ljusdals kommun",
         "Måndag, onsdag, fredag"),
        ("Utprovning av kontinuerlig glukosmätare (sensor) och larmnivåer",
         "Diabetessjuksköterska, Hälsocentralen Ljusdal", "2025-06-10"),
        ("Diabetesbesök med HbA1c och fotundersökning",
         "Diabetessjuksköterska, Hälsocentralen Ljusdal", "2025-06-10 och 2025-09-09"),
        ("Läkarbedömning av läkemedel mot alkoholberoende (naltrexon)",
         "Läkare, Beroendemottagningen Ljusdal", "2025-05-28"),
        ("Återfallsprevention, individuella samtal",
         "Alkoholterapeut, Beroendemottagningen Ljusdal", "Varannan vecka fr.o.m. 2025-05-21"),
        ("Utredning av hemtjänst med matdistribution (lunch) enligt SoL",
         "Biståndshandläggare, Vård och omsorg Ljusdals kommun", ""),
        ("Stödsamtal och genomgång av ekonomi/budget",
         "Socialsekreterare, Vuxenenheten IFO Ljusdals kommun", "Varannan måndag fr.o.m. 2025-05-26"),
    ]
    tb = doc.add_table(rows=1, cols=3)
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, ("Insats", "Ansvarig verksamhet / funktion", "Start / tid")):
        c.text = h
        c.paragraphs[0].runs[0].bold = True
        set_cell_shading(c, "DDDDDD")
    mark_header_row(tb.rows[0])
    for row in rows:
        cells = tb.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    set_col_widths(tb, (6.3, 5.2, 4.5))
    doc.add_paragraph()

    doc.add_heading("7. Uppföljning", level=2)
    doc.add_paragraph("Planen följs upp i oktober.")

    doc.add_heading("8. Övrigt", level=2)
    doc.add_paragraph(
        "Vid allvarligt lågt blodsocker ringer hemsjukvården 112 enligt ordinarie rutin och "
        "meddelar därefter hälsocentralen. Hälsocentralen skickar epikris från sjukhuset till "
        "beroendemottagningen efter varje vårdtillfälle.")

    os.makedirs(BUILD, exist_ok=True)
    src = os.path.join(BUILD, f"{PREFIX}-06.docx")
    doc.save(src)
    subprocess.run(["soffice", f"-env:UserInstallation=file:///tmp/lo-{PREFIX}", "--headless",
                    "--convert-to", "pdf", "--outdir", BUILD, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.copyfile(os.path.join(BUILD, f"{PREFIX}-06.pdf"), path(6, "pdf"))


# ---------------------------------------------------------------------------
# 07  docx short follow-up, "Se föregående plan"; COPD 70, Ockelbo
# ---------------------------------------------------------------------------
def make_07():
    doc = Document()
    fix_core(doc, "Uppföljning SIP")
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hr = hp.add_run("Ockelbo kommun · Vård och omsorg")
    hr.font.size = Pt(9)

    doc.add_heading("Uppföljning av SIP", level=1)
    p = doc.add_paragraph()
    p.add_run("Gäller: ").bold = True
    p.add_run("Gun, 70 år, ÅÅMMDD-XXXX\n")
    p.add_run("Datum för uppföljning: ").bold = True
    p.add_run("2025-10-08 (Teams)\n")
    p.add_run("Föregående plan: ").bold = True
    p.add_run("upprättad 2025-06-11")

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    entries = [
        ("Syfte", "Se föregående plan."),
        ("Frågeställningar", "Se föregående plan."),
        ("Guns mål", "Se föregående plan."),
        ("Delaktighet", "Gun kunde inte delta då hon sedan 2025-10-03 är inlagd på "
         "medicinavdelning, Gävle sjukhus, på grund av försämring i sin KOL."),
        ("Samtycke", "Se föregående plan."),
        ("Huvudansvar", "Se föregående plan."),
        ("Andra aktörer", "Se föregående plan."),
        ("Deltagare", "Se föregående plan."),
    ]
    for k, v in entries:
        cells = t.add_row().cells
        cells[0].text = k
        cells[0].paragraphs[0].runs[0].bold = True
        set_cell_shading(cells[0], "EEF3EA")
        cells[1].text = v
    set_col_widths(t, (4.4, 11.6))
    doc.add_paragraph()

    doc.add_heading("Läget", level=2)
    doc.add_paragraph(
        "Sedan föregående plan har Gun haft två exacerbationer. Hon är nu inlagd och beräknas "
        "skrivas ut 2025-10-13 med syrgas i hemmet (1 l/min i vila). Hon orkar i nuläget inte "
        "duscha själv och har svårt att ta sig till toaletten nattetid.")

    doc.add_heading("Insatser från utskrivning", level=2)
    rows = [
        ("Utökad hemtjänst: morgon, lunch och kväll samt dusch 2 ggr/vecka",
         "Hemtjänst Ockelbo, enhetschef", "Fr.o.m. utskrivningsdagen 2025-10-13"),
        ("Trygghetslarm byts till larm med nattillsyn",
         "Biståndshandläggare, Ockelbo kommun", "Före utskrivning, senast 2025-10-10"),
        ("Hembesök: inhalationsteknik, läkemedelsgenomgång, syrgasrutiner",
         "Sjuksköterska, Hemsjukvården Ockelbo kommun", "2025-10-14"),
        ("Andningsträning och bedömning av hjälpmedel (rollator, toalettstol)",
         "Fysioterapeut och arbetsterapeut, Rehab Ockelbo kommun", "Första besök 2025-10-16"),
        ("Uppföljning av syrgasbehandling med blodgas",
         "Sjuksköterska, Lungmottagningen Gävle sjukhus", "2025-10-28"),
        ("Läkarbesök efter utskrivning, översyn av KOL-läkemedel", "Regionen",
         "Inom fyra veckor efter utskrivning"),
    ]
    tb = doc.add_table(rows=1, cols=3)
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, ("Insats", "Ansvarig", "När")):
        c.text = h
        c.paragraphs[0].runs[0].bold = True
        set_cell_shading(c, "D5E3CC")
    mark_header_row(tb.rows[0])
    for row in rows:
        cells = tb.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    set_col_widths(tb, (6.6, 5.2, 4.2))
    doc.add_paragraph()

    doc.add_heading("Nästa uppföljning", level=2)
    doc.add_paragraph("2025-11-19 kl. 10.00, hembesök hos Gun. Biståndshandläggaren kallar.")
    doc.save(path(7, "docx"))


# ---------------------------------------------------------------------------
# 08  docx NOT a plan: school's report of degrading treatment, Gävle
# ---------------------------------------------------------------------------
def make_08():
    doc = Document()
    fix_core(doc, "Anmälan om kränkande behandling")
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hr = hp.add_run("Gävle kommun · Utbildningsförvaltningen · Brynässkolan")
    hr.font.size = Pt(9)

    h = doc.add_heading("Anmälan om kränkande behandling", level=1)
    doc.add_paragraph(
        "Anmälan till rektor enligt 6 kap. 10 § skollagen (2010:800). Personal som får kännedom "
        "om att en elev anser sig ha blivit utsatt för kränkande behandling ska anmäla detta "
        "till rektor. Rektor anmäler vidare till huvudmannen.").italic = True

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    fields = [
        ("Skola / enhet", "Brynässkolan, Gävle"),
        ("Anmälan gjord av", "Klasslärare åk 5"),
        ("Datum för anmälan", "2025-02-12"),
        ("Datum och plats för händelsen", "2025-02-11, omklädningsrummet vid idrottshallen "
         "samt i en chattgrupp efter skoltid"),
        ("Utsatt elev", "Elev A, åk 5 (XXXXXX-XXXX)"),
        ("Inblandad/-e elev/-er", "Elev B och elev C, åk 5"),
        ("Typ av kränkning", "☒ Verbal   ☐ Fysisk   ☒ Digital   ☐ Utfrysning   ☐ Annan"),
    ]
    for k, v in fields:
        c = t.add_row().cells
        c[0].text = k
        c[0].paragraphs[0].runs[0].bold = True
        set_cell_shading(c[0], "F2F2F2")
        c[1].text = v
    set_col_widths(t, (5, 11))
    doc.add_paragraph()

    bold_para(doc, "Beskrivning av vad som hänt")
    doc.add_paragraph(
        "Efter idrottslektionen tisdag 2025-02-11 fotograferade elev B elev A i omklädningsrummet "
        "utan hennes vetskap. Bilden lades samma kväll ut i en chattgrupp där större delen av "
        "klassen ingår, tillsammans med nedsättande kommentarer om hennes kropp. Elev C skrev "
        "flera av kommentarerna. Elev A berättade om händelsen för klassläraren på morgonen "
        "2025-02-12 och var mycket ledsen. Enligt elev A har liknande kommentarer förekommit "
        "på raster sedan jul.")

    bold_para(doc, "Omedelbara åtgärder")
    for s in [
        "Samtal med elev A samma morgon tillsammans med skolkurator.",
        "Samtal med elev B och elev C var för sig, 2025-02-12. Bilden och kommentarerna "
        "raderades i samtalet; elev B bekräftade att bilden inte spridits vidare.",
        "Vårdnadshavare till samtliga elever kontaktades per telefon 2025-02-12.",
        "Extra vuxen i omklädningsrummet efter idrottslektioner tills vidare.",
    ]:
        doc.add_paragraph(s, style="List Bullet")

    bold_para(doc, "Vårdnadshavare informerade")
    doc.add_paragraph("☒ Utsatt elevs vårdnadshavare   ☒ Inblandade elevers vårdnadshavare")

    bold_para(doc, "Bedömning av anmälaren")
    doc.add_paragraph(
        "Händelsen bedöms vara en kränkande behandling. Spridning av bild tagen i omklädningsrum "
        "kan utgöra brott (kränkande fotografering). ☐ Polisanmälan gjord   ☒ Rektor tar ställning "
        "till polisanmälan")

    bold_para(doc, "Rektors noteringar")
    t2 = doc.add_table(rows=0, cols=2)
    t2.style = "Table Grid"
    for k, v in [
        ("Anmälan mottagen av rektor", "2025-02-12"),
        ("Anmält vidare till huvudmannen", "2025-02-13, via systemet för anmälan till "
         "Utbildningsförvaltningen"),
        ("Utredning påbörjad", "2025-02-13"),
        ("Utredningen genomförs av", "Skolkurator och biträdande rektor"),
        ("Åtgärder och uppföljning i utredningen", "Beslutas efter utredningen; uppföljande "
         "samtal med elev A 2025-02-26"),
    ]:
        c = t2.add_row().cells
        c[0].text = k
        c[0].paragraphs[0].runs[0].bold = True
        set_cell_shading(c[0], "F2F2F2")
        c[1].text = v
    set_col_widths(t2, (5, 11))
    doc.add_paragraph()
    doc.add_paragraph("Underskrift anmälare: ____________________     "
                      "Underskrift rektor: ____________________")
    doc.save(path(8, "docx"))


def normalize_zip(fn):
    """Rewrite a .docx with fixed zip timestamps so reruns give identical bytes."""
    with zipfile.ZipFile(fn) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(fn, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 2, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


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
    for n in (2, 5, 7, 8):
        normalize_zip(path(n, "docx"))
    if os.path.isdir(BUILD):
        shutil.rmtree(BUILD)


if __name__ == "__main__":
    main()
