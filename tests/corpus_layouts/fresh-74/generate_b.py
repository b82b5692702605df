#!/usr/bin/env python3
"""Generate the f74b batch of fictional SIP plans (Uppsala län, 2025).

Run with /work/batches/.venv/bin/python generate.py
Deterministic: fixed texts and dates, no randomness.
"""
import datetime
import os
import shutil
import subprocess
import tempfile
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
PREFIX = "f74b"
LO_PROFILE = "file:///tmp/lo-f74b"
FIXED_DT = datetime.datetime(2025, 3, 1, 9, 0, 0)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def path(n, ext):
    return os.path.join(OUT, f"{PREFIX}-{n:02d}.{ext}")


# ---------------------------------------------------------------- helpers
def set_cell_shading(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_table_borders(table, size=8, color="000000"):
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), str(size))
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), color)
        borders.append(el)
    tblPr.append(borders)


def mark_header_row(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


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
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin = Cm(2.2)
    sec.bottom_margin = Cm(2.0)
    cp = doc.core_properties
    cp.author = "SIP"
    cp.last_modified_by = "SIP"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    return doc


def add_page_field(paragraph):
    run = paragraph.add_run()
    for tag, text in (("begin", None), (None, " PAGE "), ("end", None)):
        if tag:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), tag)
            run._r.append(fc)
        else:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = text
            run._r.append(it)


# ================================================================ 01
def plan01():
    """Child with school refusal and anxiety, Tierp. The child's own words in
    italic blue without quotation marks."""
    doc = base_doc()
    own = RGBColor(0x1F, 0x5F, 0x9E)

    hdr = doc.sections[0].header.paragraphs[0]
    hdr.text = "Tierps kommun  •  Region Uppsala\tSamordnad individuell plan\t2025-02-27"
    hdr.runs[0].font.size = Pt(9)
    ftr = doc.sections[0].footer.paragraphs[0]
    ftr.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = ftr.add_run("Sida ")
    r.font.size = Pt(9)
    add_page_field(ftr)

    doc.add_heading("Samordnad individuell plan (SIP)", level=1)

    def own_words(text, lead=None):
        p = doc.add_paragraph()
        if lead:
            p.add_run(lead + " ")
        r = p.add_run(text)
        r.italic = True
        r.font.color.rgb = own
        return p

    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    rows = [
        ("Namn", "Ella, 13 år, åk 7"),
        ("Personnummer", "ÅÅMMDD-XXXX"),
        ("Datum för mötet", "2025-02-26, kl. 09.00–10.30"),
        ("Plats", "Centralskolan, Tierp (konferensrummet)"),
    ]
    for i, (a, b) in enumerate(rows):
        t.cell(i, 0).text = a
        t.cell(i, 0).paragraphs[0].runs[0].bold = True
        t.cell(i, 1).text = b
        t.cell(i, 0).width = Cm(4.5)
        t.cell(i, 1).width = Cm(11.5)

    doc.add_heading("Närvarande", level=2)
    for n in ("Ella", "Mamma", "Pappa", "Mentor", "Skolkurator",
              "Psykolog", "Familjebehandlare"):
        doc.add_paragraph(n, style="List Bullet")

    doc.add_heading("Bakgrund", level=2)
    doc.add_paragraph(
        "Ella har haft en ökande frånvaro sedan början av höstterminen 2024 och har "
        "inte varit i skolan alls sedan vecka 45. Hon har sedan december kontakt med "
        "BUP Uppsala, mottagningen i Tierp, där psykologen bedömer att hon har social "
        "ångest med kraftiga kroppsliga symtom på morgnarna. Skolan gjorde en "
        "orosanmälan i januari och Socialtjänsten Tierp, barn och familj, har sedan "
        "dess en utredning öppen. Mamma och pappa beskriver att morgnarna hemma ofta "
        "slutar i konflikt och att Ella har dragit sig undan kompisar under vintern.")
    doc.add_paragraph(
        "Runt Ella finns också farmor i Örbyhus, som hon träffar nästan varje helg, "
        "och det fotbollslag hon tränade med fram till i höstas.")

    doc.add_heading("Syfte med planen", level=2)
    doc.add_paragraph(
        "Syftet med SIP är att skolan, BUP och socialtjänsten samordnar sitt stöd så "
        "att Ella stegvis kan komma tillbaka till skolan efter frånvaron sedan november, "
        "och att Ella och föräldrarna vet vem som gör vad och när.")

    doc.add_heading("Ellas berättelse", level=2)
    doc.add_paragraph("Ella var med under hela mötet och berättade själv hur hon har det.")
    own_words(
        "Det är inte lektionerna som är jobbiga, det är korridoren och matsalen. När jag "
        "kommer in genom dörren får jag ont i magen och vill bara gå hem. Jag vill inte "
        "att alla i klassen ska fråga var jag har varit.")
    doc.add_paragraph(
        "Föräldrarna håller med om att matsalen är det svåraste. Ella ville själv att "
        "någon vuxen möter henne vid entrén de första veckorna.")
    own_words("Om det är samma person varje morgon så tror jag att det går.")

    doc.add_heading("Mål", level=2)
    doc.add_paragraph("Ella sa så här om vad hon vill:")
    own_words(
        "Jag vill kunna gå till skolan varje dag och äta lunch med Wilma igen innan "
        "sommarlovet.")
    doc.add_paragraph(
        "Skolans mål är att Ella har en närvaro på minst 50 procent vid vårterminens slut.")

    doc.add_heading("Insatser", level=2)
    it = doc.add_table(rows=1, cols=3)
    it.style = "Table Grid"
    head = ("Insats", "Ansvarig", "När")
    for i, h in enumerate(head):
        c = it.rows[0].cells[i]
        c.text = h
        c.paragraphs[0].runs[0].bold = True
        set_cell_shading(c, "D9E2F3")
    mark_header_row(it.rows[0])
    data = [
        ("Anpassad studiegång: schema med två lektioner per dag som utökas stegvis, "
         "lunch i mindre rum", "Mentor och rektor, Centralskolan Tierp", "Från 2025-03-03"),
        ("Mentorn möter Ella vid entrén varje morgon kl. 08.10",
         "Mentor, Centralskolan Tierp", "Från 2025-03-03"),
        ("Stödsamtal en gång i veckan", "Skolkurator, elevhälsan Centralskolan",
         "Onsdagar från 2025-03-05"),
        ("KBT-behandling för social ångest, cirka 12 samtal",
         "Psykolog, BUP Uppsala (mottagning Tierp)", "Start 2025-03-11, varannan vecka"),
        ("Familjebehandling i hemmet med fokus på morgonrutiner",
         "Familjebehandlare, Socialtjänsten Tierp, barn och familj", ""),
    ]
    for row in data:
        cells = it.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    for row in it.rows:
        for i, w in enumerate((Cm(7.5), Cm(5.0), Cm(3.9))):
            row.cells[i].width = w

    doc.add_paragraph()
    doc.add_paragraph("Ella om insatserna:")
    own_words(
        "Det känns okej att börja med bara två lektioner. Jag vill inte prata med någon "
        "ny hela tiden, så det är skönt om det är samma psykolog.")

    doc.add_heading("Samtycke", level=2)
    doc.add_paragraph("Samtycke till samverkan finns från vårdnadshavarna.")

    doc.add_heading("Uppföljning", level=2)
    doc.add_paragraph("Planen följs upp i maj, innan terminen slutar.")

    doc.save(path(1, "docx"))


# ================================================================ 02
class RecordPDF(FPDF):
    system = "Cosmic  –  Journalutskrift"
    printed = "Utskrivet 2025-03-14 10:42"

    def header(self):
        self.set_font("DejaVu", "", 8)
        self.set_text_color(0)
        self.cell(80, 5, self.system)
        self.cell(60, 5, self.printed, align="C")
        self.cell(0, 5, f"Sida {self.page_no()} ({{nb}})", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.set_font("DejaVu", "", 8)
        self.cell(0, 4, "Patient: Mikael   ÅÅMMDD-XXXX", new_x="LMARGIN", new_y="NEXT")
        y = self.get_y() + 1
        self.line(self.l_margin, y, self.w - self.r_margin, y)
        self.set_y(y + 3)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(90)
        self.cell(0, 5, "Region Uppsala  •  Utskriften är en kopia av journalhandling",
                  align="C")
        self.set_text_color(0)

    def bar(self, title):
        if self.get_y() > self.h - 40:
            self.add_page()
        self.ln(2)
        x, y = self.l_margin, self.get_y()
        w = self.w - self.l_margin - self.r_margin
        self.set_fill_color(0, 0, 0)
        self.rect(x, y, w, 6.5, style="F")
        self.set_text_color(255, 255, 255)
        self.set_font("DejaVu", "B", 9.5)
        self.set_xy(x + 2, y + 0.4)
        self.cell(w - 4, 5.7, title.upper())
        self.set_text_color(0)
        self.set_xy(x, y + 8)

    def text_block(self, txt, h=5):
        self.set_font("DejaVu", "", 9.5)
        self.multi_cell(0, h, txt, align="L", new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def label_value(self, label, value, lw=45):
        self.set_font("DejaVu", "B", 9.5)
        self.cell(lw, 5.5, label)
        self.set_font("DejaVu", "", 9.5)
        self.multi_cell(0, 5.5, value, new_x="LMARGIN", new_y="NEXT")

    def empty_box(self, h=14):
        x, y = self.l_margin, self.get_y()
        w = self.w - self.l_margin - self.r_margin
        self.set_draw_color(120)
        self.rect(x, y, w, h)
        self.set_draw_color(0)
        self.set_y(y + h + 2)


def plan02():
    """Adult with schizophrenia and rent debts, Uppsala. Record print with
    black heading bars."""
    pdf = RecordPDF(format="A4")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_creation_date(FIXED_DT.replace(tzinfo=datetime.timezone.utc))
    pdf.set_margins(18, 14, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()

    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 8, "SIP – Samordnad individuell plan", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 8.5)
    pdf.cell(0, 5, "Anteckningstyp: SIP-dokumentation     Vårdenhet: Psykosmottagningen, "
             "Vuxenpsykiatrin Uppsala", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "Signerad: 2025-03-14 av kurator Anna, Psykosmottagningen",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)

    pdf.bar("Mötesuppgifter")
    pdf.label_value("Datum:", "2025-03-12 kl. 13.00–14.30")
    pdf.label_value("Plats:", "Psykosmottagningen, Vuxenpsykiatrin Uppsala")
    pdf.label_value("Mötesform:", "Fysiskt möte")

    pdf.bar("Deltagare")
    for line in (
        "Kurator Anna, Psykosmottagningen, Vuxenpsykiatrin Uppsala (Region Uppsala)",
        "Överläkare Per, Psykosmottagningen, Vuxenpsykiatrin Uppsala (Region Uppsala)",
        "Sjuksköterska Elin, Psykosmottagningen, Vuxenpsykiatrin Uppsala (Region Uppsala)",
        "Socialsekreterare Hanna, Socialpsykiatri vuxen, Uppsala kommun",
        "Boendestödjare Karim, Boendestöd socialpsykiatri, Uppsala kommun",
        "Budget- och skuldrådgivare Lena, Konsument Uppsala, Uppsala kommun",
    ):
        pdf.text_block("•  " + line, h=5)

    pdf.bar("Syfte med SIP")
    pdf.text_block("Samordning av insatser.")

    pdf.bar("Frågeställningar")
    pdf.empty_box(12)

    pdf.bar("Bakgrund")
    pdf.text_block(
        "38-årig man med schizofreni sedan 2016, två slutenvårdstillfällen under 2024 "
        "(senast utskriven 2024-11-20). Bor ensam i hyreslägenhet i Gottsunda. Under "
        "hösten har hyresskulder uppstått och hyresvärden har skickat uppsägningsvarsel "
        "i februari. Sedan tidigare finns skulder hos Kronofogden. Depåinjektion har "
        "getts enligt plan sedan december men patienten har uteblivit från två "
        "läkarbesök. Boendestöd beviljat 2025-01-15, har hittills bara kommit igång "
        "sporadiskt. Inga kända missbruksproblem.")

    pdf.bar("Den enskildes mål")
    pdf.empty_box(12)

    pdf.bar("Insatser och ansvar")
    pdf.set_font("DejaVu", "", 8.8)
    rows = [
        ("Insats", "Ansvarig (funktion, verksamhet)", "Start / tidpunkt", "Omfattning"),
        ("Depåinjektion (paliperidon) och hälsokontroll på mottagningen",
         "Sjuksköterska, Psykosmottagningen, Vuxenpsykiatrin Uppsala",
         "Nästa 2025-03-19", "Var fjärde vecka"),
        ("Läkarbesök med bedömning av medicinering och biverkningar",
         "Överläkare, Psykosmottagningen", "2025-04-09", "Engångsbesök, därefter enligt plan"),
        ("Samtalskontakt med psykoedukation om sjukdomen och tidiga varningstecken",
         "Kurator, Psykosmottagningen", "Från 2025-03-24", "Varannan måndag"),
        ("Boendestöd: praktisk hjälp med post, räkningar, inköp och att komma iväg "
         "till mottagningen", "Boendestödjare, Boendestöd socialpsykiatri, Uppsala kommun",
         "Från 2025-03-17", "Två gånger per vecka"),
        ("Kontakt med hyresvärden om avbetalningsplan för hyresskulden",
         "Socialsekreterare, Socialpsykiatri vuxen, Uppsala kommun", "Senast 2025-03-21",
         "Engångsinsats"),
        ("Utredning av rätt till ekonomiskt bistånd för hyresskuld",
         "Socialsekreterare, Socialpsykiatri vuxen, Uppsala kommun",
         "Beslut senast 2025-04-04", "–"),
        ("Budget- och skuldrådgivning: genomgång av skulder, budget och "
         "ev. ansökan om skuldsanering", "Budget- och skuldrådgivare, Konsument Uppsala",
         "Första besök 2025-04-02", "Fyra träffar under våren"),
        ("Påminnelse via sms inför varje besök på mottagningen",
         "Sjuksköterska, Psykosmottagningen", "Från 2025-03-17", "Inför varje besök"),
        ("Gemensamt hembesök för att gå igenom post och räkningar",
         "Boendestödjare och socialsekreterare, Uppsala kommun", "2025-03-20",
         "Engångsinsats"),
    ]
    with pdf.table(
        col_widths=(62, 55, 32, 30),
        headings_style=FontFace(emphasis="BOLD", fill_color=(220, 220, 220)),
        line_height=4.6,
        repeat_headings=1,
        padding=1.2,
        text_align="LEFT",
    ) as table:
        for r in rows:
            row = table.row()
            for c in r:
                row.cell(c)
    pdf.ln(2)

    pdf.bar("Övriga aktörer")
    pdf.text_block("God man finns. Ärende hos Kronofogden pågår.")

    pdf.bar("Huvudansvar för planen")
    pdf.text_block("Socialtjänsten, Uppsala kommun")

    pdf.bar("Samtycke")
    pdf.empty_box(10)

    pdf.bar("Uppföljning")
    pdf.text_block("Nästa uppföljning: 2025-06-11 kl. 13.00, Psykosmottagningen.")

    pdf.output(path(2, "pdf"))


# ================================================================ 03
PLAN03 = """\
sip linda 2025-03-05 vc östhammar
anteckn maria soc

närv: linda, eva ssk, maria soc, peter fysio,
dr jonas via teams sista halvtimmen

linda 42 år, sjukskr sedan okt
depression + ländryggssmärta
bor m 2 barn (10 o 14) i östhammar
sjukpenning från fk, dag 180 i april
ek bistånd som komplement sedan jan
jobbar som barnskötare, förskolan i östhammar

linda var med hela mötet
hon tycker samtalen på vc hjälper men orkar
inte mer än ett besök i veckan
vill ha tider efter kl 10, morgnarna tunga
vill inte byta läkare igen, har haft tre olika
hon tycker att det är skönt att alla är på samma
möte så hon slipper berätta allt flera gånger

mål: att l ska kunna börja jobba 25 % på
förskolan efter sommaren

insatser
- kbt-samtal på vc, 8 ggr, eva ssk bokar,
  start v.12
- fysio peter: träningsprogram rygg,
  kallelse kommer
- dr jonas: uppföljning sertralin v.13
- soc maria: ek bistånd fortsätter, ny ansökan
  lämnas in senast 25/3, maria hjälper l med den
- fk: handläggaren kallar till avstämningsmöte
  v.14, linda + eva ssk är med
- linda själv: pratar m sin chef om
  arbetsträning på förskolan innan avstämn.
- af inte aktuellt nu

soc håller ihop sip:en

ny sip v.19
"""


def plan03():
    with open(path(3, "txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(PLAN03)


# ================================================================ 04
PLAN04 = """\
#### SIP – Noah, 19 år

**Datum:** 2025-04-08
**Plats:** Socialtjänsten Knivsta, kommunhuset

#### Syfte

Se tidigare plan.

#### Frågeställningar

Läget sedan sist.

#### Bakgrund

Noah har använt cannabis mer eller mindre dagligen sedan han var 16. Han gick ut
gymnasiet i juni 2024 utan fullständiga betyg och har sedan dess inte haft något
arbete eller studier. Sedan januari har han kontakt med Beroendemottagningen för
unga vuxna i Uppsala (Region Uppsala) och med öppenvården på Socialtjänsten
Knivsta. Han lämnar urinprov sedan februari, de senaste tre har varit negativa.
Han sover dåligt och har svårt att komma upp på förmiddagarna.

#### Noahs egen syn

Noah var med på mötet och berättade själv hur han ser på läget.

> Det funkar bättre nu än i vintras. Jag röker inte varje dag längre, men helgerna
> är svåra när jag hänger med mina gamla polare.

> Jag vill inte ha för många möten, det blir rörigt. Helst samma dag i veckan.

#### Noahs mål

> Jag vill vara helt ren till sommaren och börja läsa in matte och engelska på
> komvux i höst.

#### Samtycke

Noah gav muntligt samtycke på mötet 2025-04-08 till att Socialtjänsten Knivsta och
Beroendemottagningen för unga vuxna delar information med varandra och upprättar
en SIP. Samtycket gäller i ett år.

#### Insatser och ansvar

| Insats | Ansvarig | När |
|---|---|---|
| Återfallsprevention (ÅP), individuella samtal | Behandlare, öppenvården Socialtjänsten Knivsta | Varannan tisdag från 2025-04-15 |
| Urinprovskontroll en gång i veckan | Sjuksköterska, Beroendemottagningen för unga vuxna | Torsdagar från 2025-04-10 |
| Läkarbedömning av sömnproblemen, ev. läkemedel | Regionen | Maj 2025 |
| Vägledning och stöd att söka till komvux inför hösten | Studie- och yrkesvägledare, Vuxenutbildningen Knivsta | Senast 2025-05-15 |

#### Huvudansvar

Socialtjänsten Knivsta.

#### Uppföljning

Nästa möte 2025-06-10 kl. 14.00 på Beroendemottagningen för unga vuxna, Uppsala.
"""


def plan04():
    with open(path(4, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(PLAN04)


# ================================================================ 05
def plan05():
    """LSS, young adult with autism, Heby. Table 'Mina frågor | Svar'."""
    doc = base_doc("Arial", 10.5)
    hdr = doc.sections[0].header.paragraphs[0]
    hdr.text = "Heby kommun och Region Uppsala – SIP"
    hdr.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hdr.runs[0].font.size = Pt(8.5)

    h = doc.add_paragraph()
    r = h.add_run("SIP – Samordnad individuell plan")
    r.bold = True
    r.font.size = Pt(16)
    sub = doc.add_paragraph()
    sr = sub.add_run("Oskars plan")
    sr.font.size = Pt(12)
    sr.font.small_caps = True

    def lab(label, text):
        p = doc.add_paragraph()
        a = p.add_run(label + " ")
        a.bold = True
        p.add_run(text)
        p.paragraph_format.space_after = Pt(2)

    lab("Namn:", "Oskar, 23 år")
    lab("Personnummer:", "ÅÅMMDD-XXXX")
    lab("Mötesdatum:", "2025-09-16")
    lab("Plats:", "Daglig verksamhet Verkstaden, Heby")
    lab("Närvarande:", "Oskar, mamma Anna, pappa Lars (god man), Johan, Sara, Mikaela, Petra")

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Syfte").bold = True
    doc.add_paragraph("Samordning.")

    p = doc.add_paragraph()
    p.add_run("Om Oskar").bold = True
    doc.add_paragraph(
        "Oskar är 23 år och har autism och lindrig intellektuell funktionsnedsättning. "
        "Han bor hemma hos sina föräldrar i Heby och har daglig verksamhet enligt LSS "
        "fyra dagar i veckan på Verkstaden. Han har kontakt med Habiliteringen i Region "
        "Uppsala och med Vårdcentralen Heby för sin epilepsi, som är välinställd. Oskar "
        "förberedde sina frågor tillsammans med sin handledare på daglig verksamhet med "
        "hjälp av bildstöd. Han var med hela mötet och läste själv upp frågorna. Han "
        "sa att han tycker om när det är få personer i rummet och att han vill ha "
        "svaren på papper så att han kan läsa dem hemma.")

    p = doc.add_paragraph()
    p.add_run("Mitt mål").bold = True
    doc.add_paragraph(
        "Jag vill flytta till en egen lägenhet där det finns personal nära, och jag vill "
        "jobba i kaféet på Verkstaden.")

    p = doc.add_paragraph()
    p.add_run("Mina frågor och svaren").bold = True
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, head in enumerate(("Mina frågor", "Svar")):
        c = t.rows[0].cells[i]
        c.text = head
        c.paragraphs[0].runs[0].bold = True
        set_cell_shading(c, "E2EFD9")
    mark_header_row(t.rows[0])
    qa = [
        ("När kan jag få flytta hemifrån?",
         "LSS-handläggaren, Heby kommun: skickar ansökningsblanketten om bostad med "
         "särskild service (LSS 9 § 9) hem till Oskar senast 2025-09-23. Handläggaren "
         "gör utredningen och fattar beslut senast 2025-12-15. Det kan sedan bli en "
         "väntetid innan en lägenhet blir ledig."),
        ("Kan jag träna på att laga mat och handla innan jag flyttar?",
         "Arbetsterapeuten, Habiliteringen Region Uppsala: gör två hembesök, 2025-10-07 och "
         "2025-10-21, och bedömer vad Oskar klarar i köket och vid inköp. Gör ett "
         "bildschema för matlagning som är klart till 2025-11-04."),
        ("Får jag jobba i kaféet?",
         "Enhetschefen, Daglig verksamhet Heby kommun: Oskar börjar i kaféet två dagar i "
         "veckan från 2025-10-01, tillsammans med en handledare. Övriga dagar som förut "
         "i snickeriet."),
        ("Vem hjälper mig med pengarna?",
         "God man (pappa Lars): fortsätter att betala räkningarna och går igenom veckans "
         "pengar med Oskar varje söndag. Lars lämnar in ansökan om fortsatt "
         "aktivitetsersättning till Försäkringskassan senast 2025-10-31."),
        ("Kan jag få hjälp med att jag sover dåligt?",
         "Distriktssköterskan, Vårdcentralen Heby: ger Oskar en sömndagbok på mötet. "
         "Oskar fyller i den i två veckor med hjälp av mamma. Läkarbesök för sömnen "
         "är bokat 2025-10-09."),
        ("Vem ska jag ringa om något blir fel?",
         "Enhetschefen, Daglig verksamhet Heby kommun: gör ett kort med bild och namn på "
         "alla som har en uppgift i planen, klart till 2025-09-30."),
    ]
    for q, a in qa:
        cells = t.add_row().cells
        cells[0].text = q
        cells[1].text = a
    for row in t.rows:
        row.cells[0].width = Cm(5.5)
        row.cells[1].width = Cm(10.9)

    doc.save(path(5, "docx"))


# ================================================================ 06
def plan06():
    """Discharge from psychiatric inpatient care, Älvkarleby. Whole body in one
    bordered cell, headings bold inside."""
    doc = base_doc("Calibri", 10.5)
    sec = doc.sections[0]
    sec.top_margin = Cm(1.8)
    hdr = sec.header.paragraphs[0]
    hdr.text = "Region Uppsala  |  Älvkarleby kommun"
    hdr.runs[0].font.size = Pt(8.5)

    box = doc.add_table(rows=1, cols=1)
    set_table_borders(box, size=12)
    cell = box.cell(0, 0)
    cell.width = Cm(16.4)
    first = cell.paragraphs[0]

    def head(text, p=None):
        p = p or cell.add_paragraph()
        r = p.add_run(text)
        r.bold = True
        p.paragraph_format.space_before = Pt(8)
        p.paragraph_format.space_after = Pt(2)
        return p

    def para(text):
        p = cell.add_paragraph(text)
        p.paragraph_format.space_after = Pt(2)
        return p

    t = first.add_run("SIP inför utskrivning från sluten psykiatrisk vård")
    t.bold = True
    t.font.size = Pt(14)
    first.alignment = WD_ALIGN_PARAGRAPH.CENTER

    head("Personuppgifter")
    para("Namn: Amir    Personnummer: ÅÅMMDD-XXXX")
    para("Mötesdatum: 2025-05-21    Plats: Vuxenpsykiatrisk vårdavdelning, Akademiska "
         "sjukhuset (kommunens deltagare via Teams)")

    head("Deltagare")
    for line in (
        "Amir",
        "Överläkare Helena, Vuxenpsykiatrisk vårdavdelning, Akademiska sjukhuset",
        "Sjuksköterska Tobias, Vuxenpsykiatrisk vårdavdelning, Akademiska sjukhuset",
        "Sjuksköterska Malin, Vuxenpsykiatrin Tierp (öppenvård)",
        "Samordnare Linnea, Socialpsykiatrin, Älvkarleby kommun",
        "Boendestödjare Emma, Socialpsykiatrin, Älvkarleby kommun",
    ):
        para("– " + line)

    head("Syfte")
    para("Syftet är att Amir ska kunna skrivas ut till sin lägenhet i Skutskär med stöd "
         "som är på plats redan första dagen hemma, så att risken för återfall och en ny "
         "inläggning minskar.")

    head("Frågeställningar")
    para("")

    head("Bakgrund")
    para("Amir är 31 år och har bipolär sjukdom typ 1. Han vårdas sedan 2025-04-30 "
         "frivilligt enligt HSL efter en manisk episod med sömnlöshet och oro i "
         "bostaden. Han har tidigare varit inlagd 2022. Han är nu stabil på litium och "
         "planeras att skrivas ut 2025-05-28. Han bor ensam i hyresrätt i Skutskär. "
         "Innan inläggningen hade han ingen kontakt med kommunen och gles kontakt med "
         "öppenvården.")

    head("Mål")
    para("Målet är att Amir ska kunna bo kvar i sin lägenhet och komma tillbaka till en "
         "regelbunden vardag med någon form av sysselsättning.")

    head("Delaktighet")
    para("Amir deltog i mötet på avdelningen.")

    head("Samtycke")
    para("Amir har lämnat skriftligt samtycke till SIP och till informationsöverföring "
         "mellan Region Uppsala och Älvkarleby kommun på blankett, undertecknad "
         "2025-05-19.")

    head("Insatser – vem gör vad och när")
    for line in (
        "Utskrivningssamtal, recept på litium och läkemedelslista – överläkare, "
        "vårdavdelningen Akademiska sjukhuset – 2025-05-27",
        "Utskrivningsmeddelande och överrapportering till öppenvården – sjuksköterska, "
        "vårdavdelningen – 2025-05-28",
        "Första besök på mottagningen med litiumprov – sjuksköterska, Vuxenpsykiatrin "
        "Tierp – 2025-06-03",
        "Läkarbesök för uppföljning av medicinering – läkare, Vuxenpsykiatrin Tierp – "
        "2025-06-24",
        "Boendestöd tre gånger i veckan med fokus på sömn, struktur och inköp – "
        "boendestödjare, Socialpsykiatrin Älvkarleby – från 2025-05-29",
        "Kartläggning av sysselsättning och information om träffpunkten i Skutskär – "
        "samordnare, Socialpsykiatrin Älvkarleby – 2025-06-16",
    ):
        para("•  " + line)

    head("Huvudansvar för planen")
    para("Samordnare Linnea, Socialpsykiatrin, Älvkarleby kommun.")

    head("Uppföljning")
    para("Uppföljning av planen om fyra veckor efter utskrivningen.")

    head("Upprättad av")
    para("Sjuksköterska Tobias, Vuxenpsykiatrisk vårdavdelning, 2025-05-21")

    doc.save(path(6, "docx"))


# ================================================================ 07
WATERMARK_XML = (
    '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:o="urn:schemas-microsoft-com:office:office">'
    '<w:rPr><w:noProof/></w:rPr><w:pict>'
    '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" '
    'path="m@7,l@8,m@5,21600l@6,21600e">'
    '<v:formulas><v:f eqn="sum #0 0 10800"/><v:f eqn="prod #0 2 1"/>'
    '<v:f eqn="sum 21600 0 @1"/><v:f eqn="sum 0 0 @2"/><v:f eqn="sum 21600 0 @3"/>'
    '<v:f eqn="if @0 @3 0"/><v:f eqn="if @0 21600 @1"/><v:f eqn="if @0 0 @2"/>'
    '<v:f eqn="if @0 @4 21600"/><v:f eqn="mid @5 @6"/><v:f eqn="mid @8 @5"/>'
    '<v:f eqn="mid @7 @8"/><v:f eqn="mid @6 @7"/><v:f eqn="sum @6 0 @5"/></v:formulas>'
    '<v:path textpathok="t" o:connecttype="custom" '
    'o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" '
    'o:connectangles="270,180,90,0"/>'
    '<v:textpath on="t" fitshape="t"/><v:handles><v:h position="#0,bottomRight" '
    'xrange="6629,14971"/></v:handles><o:lock v:ext="edit" text="t" shapetype="t"/>'
    '</v:shapetype>'
    '<v:shape id="PowerPlusWaterMarkObject1" o:spid="_x0000_s2049" type="#_x0000_t136" '
    'style="position:absolute;margin-left:0;margin-top:0;width:430pt;height:143pt;'
    'rotation:315;z-index:-251657216;mso-position-horizontal:center;'
    'mso-position-horizontal-relative:margin;mso-position-vertical:center;'
    'mso-position-vertical-relative:margin" o:allowincell="f" fillcolor="#c0c0c0" '
    'stroked="f"><v:fill opacity=".5"/>'
    '<v:textpath style="font-family:&quot;Calibri&quot;;font-size:1pt" string="UTKAST"/>'
    '</v:shape></w:pict></w:r>'
)


def plan07():
    """Draft SIP, elderly man after hip fracture with memory problems, Uppsala
    (Storvreta). Header 'UTKAST – ej fastställd' and diagonal watermark."""
    doc = base_doc("Calibri", 11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hr = hp.add_run("UTKAST – ej fastställd")
    hr.bold = True
    hr.font.size = Pt(10)
    hr.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    hp._p.append(parse_xml(WATERMARK_XML))
    hp2 = sec.header.add_paragraph("Uppsala kommun, Vård och omsorg  •  Region Uppsala")
    hp2.runs[0].font.size = Pt(8)

    title = doc.add_heading("Samordnad individuell plan (SIP)", level=1)
    title.alignment = WD_ALIGN_PARAGRAPH.LEFT

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    PH = "Klicka eller tryck här för att ange text."

    def row(label, value, placeholder=False):
        cells = t.add_row().cells
        cells[0].text = label
        cells[0].paragraphs[0].runs[0].bold = True
        set_cell_shading(cells[0], "F2F2F2")
        r = cells[1].paragraphs[0].add_run(value)
        if placeholder:
            r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        cells[0].width = Cm(4.8)
        cells[1].width = Cm(11.6)

    row("Namn", "G.")
    row("Personnummer", "ÅÅMMDD-XXXX")
    row("Datum för SIP-möte", "2025-09-04")
    row("Plats", "Hemma hos G., Storvreta")
    row("Närvarande", "G., dottern Karin, Ulf, Maja, Sofie")

    def section(title, text=None, placeholder=False):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        r = p.add_run(title)
        r.bold = True
        r.font.size = Pt(12)
        if text is not None:
            q = doc.add_paragraph()
            rr = q.add_run(text)
            if placeholder:
                rr.font.color.rgb = RGBColor(0x80, 0x80, 0x80)

    section("1. Syfte med planen", "Gemensam planering.")
    section("2. Frågeställningar",
            "Kan G. bo kvar hemma med utökad hemtjänst, eller behöver han en "
            "korttidsplats under hösten? Behöver han en minnesutredning på vårdcentralen, "
            "och vem i så fall remitterar?")
    section("3. Bakgrund",
            "G. är 86 år och bor ensam i villa i Storvreta sedan hustrun dog 2023. Han "
            "föll i hemmet i juli, opererades för höftfraktur på Akademiska sjukhuset och "
            "skrevs ut till hemmet 2025-08-22. Han går med rollator inomhus men har "
            "ramlat en gång till i badrummet. Dottern har märkt att han glömmer att äta och att han "
            "har svårt att hålla reda på sina tabletter.")
    section("4. Den enskildes mål", "Målet är att G. ska kunna bo kvar i sitt hus.")
    section("5. Delaktighet", "G. deltog i mötet.")
    section("6. Samtycke", "☐ Muntligt     ☐ Skriftligt     Datum: ÅÅÅÅ-MM-DD")

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    r = p.add_run("7. Insatser")
    r.bold = True
    r.font.size = Pt(12)
    it = doc.add_table(rows=1, cols=3)
    it.style = "Table Grid"
    for i, h in enumerate(("Insats", "Ansvarig", "När")):
        c = it.rows[0].cells[i]
        c.text = h
        c.paragraphs[0].runs[0].bold = True
        set_cell_shading(c, "D9D9D9")
    mark_header_row(it.rows[0])
    for ins in ("Fortsatt kontakt kring rehabilitering",
                "Stöd i hemmet vid behov",
                "Fortsatt uppföljning av minnet"):
        cells = it.add_row().cells
        cells[0].text = ins
        for j in (1, 2):
            rr = cells[j].paragraphs[0].add_run(PH)
            rr.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    for rw in it.rows:
        for i, w in enumerate((Cm(7.0), Cm(5.4), Cm(4.0))):
            rw.cells[i].width = w

    section("8. Andra aktörer", "Dottern och en granne finns som stöd för G.")
    section("9. Huvudansvarig för planen", PH, placeholder=True)
    section("10. Uppföljning", "Datum: ÅÅÅÅ-MM-DD")

    tmpdir = tempfile.mkdtemp(prefix="f74b-")
    src = os.path.join(tmpdir, f"{PREFIX}-07.docx")
    doc.save(src)
    subprocess.run(
        ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
         "--convert-to", "pdf", "--outdir", tmpdir, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.move(os.path.join(tmpdir, f"{PREFIX}-07.pdf"), path(7, "pdf"))
    shutil.rmtree(tmpdir, ignore_errors=True)


# ================================================================ 08
def plan08():
    """Not a SIP: summary of a medication review, Vårdcentralen Tierp."""
    doc = base_doc("Calibri", 11)
    hdr = doc.sections[0].header.paragraphs[0]
    hdr.text = "Region Uppsala – Vårdcentralen Tierp"
    hdr.runs[0].font.size = Pt(9)

    doc.add_heading("Läkemedelsgenomgång – sammanfattning", level=1)
    p = doc.add_paragraph()
    p.add_run("Typ: ").bold = True
    p.add_run("Fördjupad läkemedelsgenomgång")
    p = doc.add_paragraph()
    p.add_run("Patient: ").bold = True
    p.add_run("Ingrid, 88 år, ÅÅMMDD-XXXX")
    p = doc.add_paragraph()
    p.add_run("Boende: ").bold = True
    p.add_run("Särskilt boende Solgläntan, Tierp")
    p = doc.add_paragraph()
    p.add_run("Datum: ").bold = True
    p.add_run("2025-10-14")
    p = doc.add_paragraph()
    p.add_run("Underlag: ").bold = True
    p.add_run("Läkemedelslista, PHASE-20-skattning gjord av sjuksköterskan på boendet, "
              "blodprover 2025-10-07 (krea, eGFR, Na, K, Hb), blodtryck liggande/stående.")

    doc.add_heading("Anledning till genomgången", level=2)
    doc.add_paragraph(
        "Två fall på boendet under september, ökad dagtrötthet och yrsel när hon reser "
        "sig. Inför genomgången hade Ingrid tolv stående läkemedel. eGFR 38, "
        "ortostatiskt blodtrycksfall 25 mmHg.")

    doc.add_heading("Ändringar", level=2)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(("Läkemedel", "Ändring", "Orsak")):
        c = t.rows[0].cells[i]
        c.text = h
        c.paragraphs[0].runs[0].bold = True
        set_cell_shading(c, "DEEAF6")
    mark_header_row(t.rows[0])
    rows = [
        ("Zopiklon 5 mg till natten", "Utsatt (nedtrappning 2 veckor)",
         "Fallrisk och dagtrötthet, effekt på sömnen osäker"),
        ("Furosemid 40 mg × 1", "Minskad till 20 mg × 1",
         "Inga ödem, ortostatism, eGFR 38"),
        ("Amlodipin 10 mg × 1", "Minskad till 5 mg × 1",
         "Blodtrycksfall vid uppresning, systoliskt 118 sittande"),
        ("Omeprazol 40 mg × 1", "Minskad till 20 mg × 1",
         "Ingen aktuell indikation för hög dos"),
        ("Oxazepam 5 mg vid behov", "Utsatt", "Fallrisk, används sällan"),
        ("Paracetamol 1 g × 3", "Insatt", "Smärta i knän, troligen bidragande till oro "
         "och dålig sömn"),
        ("Sertralin 50 mg × 1", "Oförändrad", "God effekt på stämningsläget"),
        ("Simvastatin 40 mg × 1", "Utsatt",
         "Primärprevention i hög ålder, muskelvärk"),
        ("Alendronat 70 mg 1 gång/vecka, kalcium/D-vitamin", "Oförändrat",
         "Osteoporos, tidigare kotfraktur"),
    ]
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v

    doc.add_heading("Bedömning", level=2)
    doc.add_paragraph(
        "Antalet stående läkemedel minskas från tolv till elva. Ändringarna bedöms minska "
        "fallrisken och trötthet dagtid. Sömnen kan bli sämre de första veckorna efter "
        "att zopiklon satts ut. Ingrid informerades vid besöket och tyckte att det lät "
        "bra att ta färre tabletter. Dottern informeras per telefon av sjuksköterskan.")

    doc.add_heading("Kontroller och nästa genomgång", level=2)
    doc.add_paragraph("Blodtryck liggande/stående av sjuksköterskan på boendet en gång i "
                      "veckan i tre veckor.", style="List Bullet")
    doc.add_paragraph("Nytt prov krea/elektrolyter 2025-11-11.", style="List Bullet")
    doc.add_paragraph("Nästa fördjupade läkemedelsgenomgång: 2026-04-14.",
                      style="List Bullet")

    doc.add_paragraph()
    doc.add_paragraph("Läkemedelsgenomgången gjord av:")
    doc.add_paragraph("Specialistläkare i allmänmedicin, Vårdcentralen Tierp, "
                      "fast läkare för Särskilt boende Solgläntan")
    doc.add_paragraph("Sjuksköterska, Särskilt boende Solgläntan, Tierps kommun, deltog")

    doc.save(path(8, "docx"))


def normalize_docx(fn):
    """Rewrite the zip with fixed entry timestamps so reruns give identical bytes."""
    with zipfile.ZipFile(fn) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(fn, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in (plan01, plan02, plan03, plan04, plan05, plan06, plan07, plan08):
        f()
    for fn in sorted(os.listdir(OUT)):
        if fn.endswith(".docx"):
            normalize_docx(os.path.join(OUT, fn))
    print("\n".join(sorted(os.listdir(OUT))))


if __name__ == "__main__":
    main()
