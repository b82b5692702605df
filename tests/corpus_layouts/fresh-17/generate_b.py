#!/usr/bin/env python
"""Generate the f17b batch of fictional, anonymized SIP documents into plans/.

Run with python generate_b.py
Deterministic: fixed dates, no randomness. Plan 07 is converted from HTML with
LibreOffice using its own profile (/tmp/lo-f17b).
"""
import os
import shutil
import subprocess
import textwrap
import zipfile
import io

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
PLANS = os.path.join(HERE, "plans")
BUILD = os.path.join(HERE, "build")
PREFIX = "f17b"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"


def out(n, ext):
    return os.path.join(PLANS, f"{PREFIX}-{n:02d}.{ext}")


# --------------------------------------------------------------------------
# docx helpers
# --------------------------------------------------------------------------
def set_core(doc, title, author):
    import datetime
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    fixed = datetime.datetime(2025, 1, 1, 12, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.revision = 1


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def mark_header_row(row):
    trPr = row._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trPr.append(th)


def cell_text(cell, text, bold=False, size=None, italic=False, color=None):
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


def set_col_widths(table, widths):
    table.autofit = False
    for idx, w in enumerate(widths):
        table.columns[idx].width = w
    for row in table.rows:
        for idx, w in enumerate(widths):
            row.cells[idx].width = w


def add_page_number_field(paragraph):
    """Insert 'Sida X (Y)' with real PAGE / NUMPAGES fields."""
    def field(instr):
        r = paragraph.add_run()
        b = OxmlElement("w:fldChar")
        b.set(qn("w:fldCharType"), "begin")
        r._r.append(b)
        r2 = paragraph.add_run()
        it = OxmlElement("w:instrText")
        it.set(qn("xml:space"), "preserve")
        it.text = instr
        r2._r.append(it)
        r3 = paragraph.add_run()
        s = OxmlElement("w:fldChar")
        s.set(qn("w:fldCharType"), "separate")
        r3._r.append(s)
        paragraph.add_run("1")
        r4 = paragraph.add_run()
        e = OxmlElement("w:fldChar")
        e.set(qn("w:fldCharType"), "end")
        r4._r.append(e)
    paragraph.add_run("Sida ")
    field("PAGE")
    paragraph.add_run(" (")
    field("NUMPAGES")
    paragraph.add_run(")")


def save_docx(doc, path):
    """Save, then rewrite the zip with fixed timestamps so the bytes are stable."""
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 1, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


# --------------------------------------------------------------------------
# 01  child-friendly plan, 7-year-old, Fagersta (docx, two-column picture table)
# --------------------------------------------------------------------------
def plan01():
    doc = Document()
    set_core(doc, "Min SIP – Leo", "Socialtjänsten Fagersta")
    st = doc.styles["Normal"]
    st.font.name = "Comic Sans MS"
    st.font.size = Pt(13)
    for name, size in (("Title", 26), ("Heading 1", 18)):
        s = doc.styles[name]
        s.font.name = "Comic Sans MS"
        s.font.size = Pt(size)
        s.font.color.rgb = RGBColor(0x1F, 0x5C, 0x99)

    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hp.text = "Leo – min plan • mötet var den 11 mars 2025"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(9)
        r.font.color.rgb = RGBColor(0x66, 0x66, 0x66)

    doc.add_paragraph("Min SIP", style="Title")

    def pic_table(rows):
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        for pic, txt in rows:
            cells = t.add_row().cells
            cell_text(cells[0], pic, italic=True, size=11, color="7A7A7A")
            shade(cells[0], "FFF4CC")
            cell_text(cells[1], txt)
        set_col_widths(t, [Cm(4.5), Cm(12.5)])
        doc.add_paragraph()
        return t

    pic_table([
        ("[bild: många händer i en ring]",
         "Det här är din SIP. En SIP är en plan där alla vuxna hjälper till "
         "tillsammans."),
    ])

    doc.add_paragraph("Det här är jag", style="Heading 1")
    pic_table([
        ("[bild: en pojke med keps]",
         "Jag heter Leo och är 7 år. Jag går i ettan på Brunnsskolan i Fagersta. "
         "Jag bor med mamma och min lillasyster, och varannan helg är jag hos pappa."),
        ("[bild: en fotboll och en legobit]",
         "Jag tycker om fotboll, Minecraft och att bygga med lego. Jag är bra på "
         "att rita drakar."),
        ("[bild: en sol]",
         "Jag blir glad när jag får vara med och spela fotboll på rasten."),
        ("[bild: två barn som håller hand]",
         "Det här vill jag: ”Jag vill ha en kompis att spela fotboll med på "
         "rasten. Och jag vill inte bli så arg.”"),
    ])

    doc.add_paragraph("Det här är svårt", style="Heading 1")
    pic_table([
        ("[bild: ett moln med blixtar]",
         "Ibland blir jag jättearg i skolan. Då springer jag ut eller kastar "
         "saker. Efteråt blir jag ledsen."),
        ("[bild: en matsal med många barn]",
         "Det är för högt ljud i matsalen och i kapprummet. Jag sa på mötet att "
         "jag vill äta i ett mindre rum där det är tyst."),
        ("[bild: en klocka]",
         "Det är svårt att vänta på sin tur och att sitta still länge."),
        ("[bild: en säng och en måne]",
         "Jag somnar sent och är trött på morgonen."),
    ])

    doc.add_paragraph("Det här ska de vuxna göra", style="Heading 1")
    pic_table([
        ("[bild: en lärare vid tavlan]",
         "Lena, din lärare på Brunnsskolan, gör ett bildschema som sitter på din "
         "bänk. Det är klart måndag den 17 mars."),
        ("[bild: en tallrik och en sked]",
         "Fritidspersonalen på Brunnsskolan ordnar så att du kan äta lunch i det "
         "lilla rummet bredvid matsalen. Det börjar den 24 mars."),
        ("[bild: ett rött kort]",
         "Lena ger dig ett rött kort. Du visar kortet när du börjar bli arg, och "
         "då får du gå till lugna hörnan. Det börjar den 17 mars."),
        ("[bild: en fotboll och två barn]",
         "Rastvärdarna på Brunnsskolan hjälper dig att komma med i fotbollen på "
         "rasten."),
        ("[bild: ett hus med ett hjärta]",
         "Ahmed, familjebehandlare på socialtjänsten i Fagersta, kommer hem till "
         "er varannan tisdag från den 25 mars. Han pratar med mamma om hur "
         "kvällarna kan bli lugnare."),
        ("[bild: en doktor med ett pussel]",
         "Sara, psykolog på BUP Västerås, träffar dig och mamma för att ta reda på "
         "varför det är så svårt att vara still och vänta. Första gången är den "
         "8 april."),
        ("[bild: en mamma och en pappa]",
         "Mamma och pappa bestämmer att du ska lägga dig klockan 19.30 både hos "
         "mamma och hos pappa. Det börjar den 17 mars."),
        ("[bild: en bil och en fotbollsplan]",
         "Pappa kör dig till fotbollsträningen i Fagersta varje torsdag från den "
         "3 april."),
        ("[bild: en pojke som räcker upp handen]",
         "Du själv: Du visar det röda kortet för Lena i stället för att springa "
         "ut."),
    ])

    doc.add_paragraph("Vi som var med", style="Heading 1")
    pic_table([
        ("[bild: många människor runt ett bord]",
         "Du, Leo\nMamma Jenny\nPappa Tomas\nLena (din lärare)\nSara från BUP\n"
         "Ahmed\nMaria (rektor)\nKarin"),
    ])

    doc.add_paragraph("Vi ses igen", style="Heading 1")
    pic_table([
        ("[bild: en kalender]",
         "Vi ses igen efter sommarlovet, i skolan. Då pratar vi om hur det har "
         "gått."),
    ])
    save_docx(doc, out(1, "docx"))


# --------------------------------------------------------------------------
# 02  record-system print of a "SIP-anteckning" (fpdf2), adult psychosis + debts, Köping
# --------------------------------------------------------------------------
class JournalPDF(FPDF):
    printed = "2025-02-04 09:41"

    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(60, 60, 60)
        self.cell(95, 4, "Region Västmanland  |  Journalutskrift", border=0)
        self.cell(0, 4, f"Utskriftsdatum: {self.printed}   Sida {self.page_no()} ({{nb}})",
                  border=0, align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(95, 4, "Patient: XXXXXX-XXXX  Mikael", border=0)
        self.cell(0, 4, "Utskriven av: kurator Jonas", border=0, align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(120, 120, 120)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Utskriften innehåller sekretessbelagda uppgifter (OSL 25 kap. 1 §). "
                  "Förvaras så att obehöriga inte får del av innehållet.", align="C")
        self.set_text_color(0, 0, 0)


def plan02():
    pdf = JournalPDF(format="A4")
    pdf.set_creation_date(__import__("datetime").datetime(2025, 2, 4, 9, 41))
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_margins(18, 14, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.alias_nb_pages()
    pdf.add_page()

    # note header block (as the record system prints it)
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 6, "SIP-anteckning", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 8.5)
    meta = [
        ("Datum/tid:", "2025-02-03 14:00"),
        ("Vårdenhet:", "Vuxenpsykiatriska mottagningen Köping"),
        ("Yrkesroll:", "Kurator"),
        ("Signerad:", "2025-02-04 08:57 av Jonas, kurator"),
        ("Kontakttyp:", "Möte på enheten, SIP"),
    ]
    for k, v in meta:
        pdf.cell(28, 4.6, k)
        pdf.cell(0, 4.6, v, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    def kw(label, text):
        pdf.set_font("DejaVu", "B", 9.5)
        pdf.cell(0, 5.5, label, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 9.5)
        if text:
            for para in text.split("\n"):
                pdf.set_x(pdf.l_margin + 6)
                pdf.multi_cell(0, 5, para, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)

    kw("Deltagare:",
       "Patienten\nUndertecknad kurator\nSjuksköterska\nLäkare (deltog första "
       "halvtimmen)\nSocialsekreterare\nBudget- och skuldrådgivare")
    kw("Syfte:",
       "Syftet med SIP är att samordna insatserna kring Mikaels ekonomi och "
       "boende, efter att hyresvärden i januari skickat en uppsägning på grund "
       "av hyresskulder, så att han kan bo kvar i lägenheten och samtidigt "
       "behålla kontakten med psykiatrin.")
    kw("Bakgrund:",
       "38-årig man med paranoid schizofreni sedan drygt tio år, känd på "
       "mottagningen sedan 2016. Bor ensam i hyreslägenhet i centrala Köping. "
       "Har sjukersättning. Har under hösten 2024 haft en period med ökade "
       "psykotiska symtom efter att han på egen hand slutat med sin medicin, "
       "vårdades inneliggande på psykiatriska kliniken i Västerås under tre "
       "veckor i november. Efter utskrivning har depotinjektion återinsatts.\n"
       "Under perioden med försämring har räkningar inte betalats. Hyran är "
       "obetald sedan oktober och det finns enligt uppgift även skulder hos "
       "Kronofogden för obetalda el- och telefonräkningar samt en "
       "sms-lånsskuld. Hyresvärden har skickat uppsägning med hänvisning till "
       "hyresskulden och socialnämnden har underrättats enligt 12 kap. 44 § "
       "jordabalken.\n"
       "Patienten har tidigare haft boendestöd från kommunen men tackade nej "
       "till fortsatt stöd under våren 2024.")
    kw("Aktuellt:",
       "Psykiskt stabilare sedan utskrivningen. Följsam till medicineringen och "
       "har kommit till samtliga bokade besök på mottagningen sedan dess. "
       "Sover bättre. Inga tecken på akut försämring vid dagens möte, "
       "viss misstänksamhet mot hyresvärden kvarstår. Har inte öppnat post "
       "sedan i höstas, socialsekreteraren har tillsammans med patienten gått "
       "igenom en del av posten inför mötet. Sammanlagd hyresskuld enligt "
       "hyresvärden är ca 28 000 kr. Hyresvärden har under förutsättning av "
       "att skulden regleras muntligen sagt sig vara beredd att återkalla "
       "uppsägningen.\n"
       "Läkaren bedömer att patienten i nuläget inte har förmåga att själv "
       "hålla ordning på sin ekonomi och att en ny försämring är sannolik om "
       "boendet går förlorat.")
    kw("Patientens mål:",
       "Att patienten ska kunna bo kvar i lägenheten och få en hållbar "
       "ekonomi utan nya skulder.")
    kw("Planering:",
       "Fortsatt kontakt med öppenvårdsmottagningen enligt tidigare.\n"
       "Fortsatt läkemedelsbehandling enligt ordination.\n"
       "Socialtjänsten ger stöd vid behov.\n"
       "Ekonomin ses över.\n"
       "Regionen och kommunen håller varandra informerade.")
    kw("Övrigt:",
       "Samtycke finns.\n"
       "God man nämndes under mötet, ingen ansökan är gjord.")
    kw("Ansvar för samordning:",
       "Kurator Jonas, Vuxenpsykiatriska mottagningen Köping.")
    kw("Uppföljning:", "")
    pdf.ln(2)
    pdf.set_font("DejaVu", "", 8)
    pdf.set_text_color(90, 90, 90)
    pdf.cell(0, 4, "Anteckningen är signerad. Ändringar efter signering loggas.",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.output(out(2, "pdf"))


# --------------------------------------------------------------------------
# 03  plain-text e-mail from a school nurse after a SIP meeting, Sala (UTF-8, LF)
# --------------------------------------------------------------------------
def wrap_par(text, width=72, indent="", first=None):
    first = indent if first is None else first
    return textwrap.fill(text, width=width, initial_indent=first,
                         subsequent_indent=indent, break_on_hyphens=False,
                         break_long_words=False)


def plan03():
    W = 72
    parts = []
    parts.append("Från: Annika, skolsköterska Kungsängsskolan\n"
                 "Skickat: den 7 februari 2025 15:22\n"
                 "Till: Karin; Johan; Mikael; Sara (BUP Västerås); Hassan\n"
                 "Ämne: Sammanfattning SIP-möte 6/2 – Ella åk 8")
    parts.append("Hej!")
    parts.append(wrap_par(
        "Här kommer en sammanfattning från SIP-mötet i torsdags (6 februari) "
        "här på Kungsängsskolan. Syftet med mötet var att få en gemensam bild.", W))
    parts.append(wrap_par(
        "Med på mötet var Ella och hennes mamma Karin, Johan (mentor), Mikael "
        "(kurator), Sara från BUP, Hassan från socialtjänsten och jag.", W))
    parts.append(wrap_par(
        "Lite kort om bakgrunden för er som inte känner Ella så väl: Ella har "
        "bara varit i skolan enstaka dagar sedan slutet av november och har "
        "kontakt med BUP Västerås för ångest sedan i oktober. Hon beskriver "
        "magont och hjärtklappning på morgnarna och har svårt att somna på "
        "kvällarna. Frånvaron är anmäld till rektor och elevhälsan har haft "
        "två möten med familjen under hösten.", W))
    parts.append(wrap_par(
        "Frågan vi hade med oss in i mötet var hur Ella ska kunna börja gå på "
        "lektioner igen efter sportlovet, och om hon behöver undervisning i en "
        "mindre grupp under en period.", W))
    parts.append(wrap_par(
        "Ella var med hela mötet och sa själv att hon helst vill börja med "
        "svenska och engelska, där hon känner lärarna, och att hon inte vill "
        "ha idrott i vår. Hon sa också: ”Jag vill kunna gå till skolan utan "
        "att få ont i magen, och jag vill hinna ta igen det jag missat i "
        "engelska innan nian.”", W))
    parts.append("Det här kom vi överens om:")
    bullets = [
        "Johan (mentor, Kungsängsskolan) gör ett anpassat schema med svenska "
        "och engelska tre förmiddagar i veckan. Schemat ska vara klart senast "
        "fredag 21 februari och gäller från måndag 3 mars.",
        "Mikael (skolkurator, Kungsängsskolan) träffar Ella en gång i veckan, "
        "tisdagar kl. 9.00, med start tisdag 4 mars.",
        "Sara (psykolog, BUP Västerås) fortsätter KBT-behandlingen varannan "
        "vecka och lägger från och med 25 februari in gradvis exponering för "
        "skolsituationen.",
        "Linnea (specialpedagog, Kungsängsskolan) kartlägger vad Ella missat i "
        "engelska och svenska och gör en plan för att ta igen det, klart "
        "senast 14 mars.",
        "Jag (skolsköterska) träffar Ella den 27 februari för att följa upp "
        "sömn och magont och ser om hon behöver en tid på vårdcentralen.",
        "Sara (BUP) och Mikael (kurator) har en telefonavstämning om hur "
        "exponeringen och skolstarten går den 11 mars.",
    ]
    parts.append("\n".join(wrap_par(b, W, indent="  ", first="- ") for b in bullets))
    parts.append(wrap_par(
        "Vi bestämde också att elevhälsan på Kungsängsskolan håller ihop "
        "planen.", W))
    parts.append(wrap_par(
        "Vi ses igen efter påsklovet. Jag skickar ut en kallelse när jag har "
        "fått ihop en tid som passar alla.", W))
    parts.append("Hör av er om något blev fel eller om jag har missat något!")
    parts.append("Vänliga hälsningar\n"
                 "Annika\n"
                 "Skolsköterska, Kungsängsskolan\n"
                 "Barn- och utbildningsförvaltningen, Sala kommun\n"
                 "Tfn via växeln")
    text = "\n\n".join(parts) + "\n"
    with open(out(3, "txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# --------------------------------------------------------------------------
# 04  adult absent, view via sister; action table Vad | Vem | Klart när (docx), Arboga
# --------------------------------------------------------------------------
def plan04():
    doc = Document()
    set_core(doc, "Samordnad individuell plan", "Arboga kommun")
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hdr = sec.header
    ht = hdr.paragraphs[0]
    r = ht.add_run("ARBOGA KOMMUN")
    r.bold = True
    r.font.size = Pt(10)
    ht.add_run("\tSocialförvaltningen\tSIP 2024-09-17").font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_number_field(fp)

    doc.add_heading("Samordnad individuell plan (SIP)", level=0)

    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    info = [("Namn", "Mattias", "Personnummer", "ÅÅMMDD-XXXX"),
            ("Datum för mötet", "2024-09-17", "Plats", "Socialtjänsten Arboga, "
             "sammanträdesrum 2"),
            ("Typ av möte", "Första SIP-möte", "Plan gäller till", "2024-12-31"),
            ("Den enskilde närvarande", "☐ Ja   ☒ Nej", "Företrädd av",
             "Lena, syster")]
    for i, row in enumerate(info):
        for j, v in enumerate(row):
            cell_text(t.rows[i].cells[j], v, bold=(j % 2 == 0), size=10)
            if j % 2 == 0:
                shade(t.rows[i].cells[j], "E7EEF7")
    doc.add_paragraph()

    doc.add_heading("Syfte med SIP", level=1)
    doc.add_paragraph(
        "Syftet är att samordna behandlingen för Mattias alkoholberoende och "
        "depression med boendestöd från kommunen och Försäkringskassans "
        "arbete med rehabilitering, så att Mattias kan hålla sig nykter, få en "
        "fungerande vardag och på sikt gå tillbaka till sitt arbete på lagret. "
        "Mattias har i dag kontakt med fyra olika verksamheter och har själv "
        "sagt att han tappar bort vem han ska ringa om vad.")

    doc.add_heading("Mattias deltagande och synpunkter", level=1)
    doc.add_paragraph(
        "Mattias deltog inte i mötet. Han har social ångest och blir mycket "
        "stressad av möten med många personer, och han bad därför att hans "
        "syster Lena skulle föra fram hans synpunkter. Lena och Mattias skrev "
        "ned dem tillsammans kvällen före mötet och Lena läste upp dem.")
    doc.add_paragraph(
        "Mattias vill ha så få kontakter som möjligt att hålla reda på. Han "
        "vill inte delta i gruppbehandling men kan tänka sig enskilda samtal. "
        "Han vill gärna ha boendestöd men inte tidigare än kl. 10 på "
        "förmiddagen. Han önskar få delta i nästa möte via telefon.")

    doc.add_heading("Mattias mål", level=1)
    p = doc.add_paragraph()
    p.add_run("”Jag vill vara nykter och kunna jobba halvtid på lagret igen till "
              "sommaren. Och jag vill orka städa och laga mat själv.”").italic = True
    doc.add_paragraph("(Mattias egna ord, förmedlade av Lena.)")

    doc.add_heading("Samtycke", level=1)
    doc.add_paragraph(
        "Mattias har lämnat skriftligt samtycke till SIP och till att "
        "uppgifter lämnas mellan de verksamheter som deltar. Blanketten "
        "undertecknades vid hembesök 2024-09-10 och finns i akten hos "
        "socialtjänsten.")

    doc.add_heading("Deltagare", level=1)
    dt = doc.add_table(rows=1, cols=3)
    dt.style = "Table Grid"
    for c, h in zip(dt.rows[0].cells, ("Namn", "Funktion", "Verksamhet")):
        cell_text(c, h, bold=True, size=10)
        shade(c, "D9E2F3")
    mark_header_row(dt.rows[0])
    for row in [
        ("Karin", "Socialsekreterare", "Vuxenenheten, IFO Arboga kommun"),
        ("Jenny", "Boendestödjare", "Socialpsykiatrin, Arboga kommun"),
        ("Peter", "Sjuksköterska", "Beroendemottagningen Köping, Region Västmanland"),
        ("Sofie", "Läkare", "Vårdcentralen Arboga"),
        ("Niklas", "Handläggare", "Försäkringskassan, lokalt försäkringscenter Västerås"),
        ("Lena", "Syster, företräder Mattias", "–"),
    ]:
        cells = dt.add_row().cells
        for c, v in zip(cells, row):
            cell_text(c, v, size=10)
    set_col_widths(dt, [Cm(3), Cm(5), Cm(8.5)])
    doc.add_paragraph()

    doc.add_heading("Insatser och åtgärder", level=1)
    at = doc.add_table(rows=1, cols=3)
    at.style = "Table Grid"
    for c, h in zip(at.rows[0].cells, ("Vad", "Vem", "Klart när")):
        cell_text(c, h, bold=True, size=10)
        shade(c, "D9E2F3")
    mark_header_row(at.rows[0])
    actions = [
        ("Enskilda samtal med inriktning på återfallsprevention en gång i "
         "veckan, samt provtagning (PEth) en gång i månaden.",
         "Peter, sjuksköterska, Beroendemottagningen Köping",
         "Start 2024-09-24, pågår t.o.m. 2024-12-17"),
        ("Bedömning av depressionen och genomgång av antidepressiv medicinering.",
         "Regionen",
         "2024-10-15"),
        ("Boendestöd två gånger i veckan (tis, fre) efter kl. 10: struktur i "
         "vardagen, matlagning och stöd att komma iväg till behandlingen.",
         "Jenny, boendestödjare, Socialpsykiatrin Arboga kommun",
         "Start 2024-09-24"),
        ("Utredning av behov av sysselsättning/arbetsträning inom kommunens "
         "arbetsmarknadsenhet.",
         "Karin, socialsekreterare, IFO Arboga",
         "Beslut senast 2024-11-08"),
        ("Avstämningsmöte om rehabilitering och möjlighet till gradvis "
         "återgång i arbete (25 %) där arbetsgivaren bjuds in.",
         "Niklas, handläggare, Försäkringskassan",
         "2024-10-30"),
        ("Följer med Mattias till första besöket på beroendemottagningen och "
         "hjälper honom att föra in alla tider i en gemensam kalender i mobilen.",
         "Lena, syster",
         "2024-09-24"),
        ("Ringer sin chef på lagret och berättar att han vill ha ett möte om "
         "återgång.",
         "Mattias själv, med stöd av Lena",
         "2024-10-11"),
    ]
    for a in actions:
        cells = at.add_row().cells
        for c, v in zip(cells, a):
            cell_text(c, v, size=10)
    set_col_widths(at, [Cm(8.5), Cm(5), Cm(3)])
    doc.add_paragraph()

    doc.add_heading("Huvudansvar", level=1)
    doc.add_paragraph("Huvudansvar för planen: Socialtjänsten Arboga kommun.")

    doc.add_heading("Uppföljning", level=1)
    doc.add_paragraph(
        "Uppföljande SIP-möte 2024-11-19 kl. 13.30 på Socialtjänsten Arboga. "
        "Mattias erbjuds att delta via telefon. Lena är välkommen på mötet.")
    doc.add_paragraph(
        "Planen skickas till samtliga deltagare. Mattias får sin kopia per "
        "post.")
    save_docx(doc, out(4, "docx"))


# --------------------------------------------------------------------------
# 05  discharge checklist from psychiatric inpatient care (md), Västerås -> Hallstahammar
# --------------------------------------------------------------------------
def plan05():
    md = """# Utskrivningsplanering – psykiatrisk slutenvård

**Patient:** Sofia, ÅÅMMDD-XXXX
**Avdelning:** Psykiatriavdelning 41, Västmanlands sjukhus Västerås
**Inskriven:** 2024-12-30
**Planerad utskrivning:** 2025-01-24
**Hemkommun:** Hallstahammar
**Dokumentet uppdaterat:** 2025-01-21

## Checklista inför utskrivning

- [x] Inskrivningsmeddelande skickat till Hallstahammars kommun: 2024-12-31
- [x] Fast vårdkontakt utsedd: Anna, sjuksköterska, Psykiatriska öppenvårdsmottagningen Västerås Syd
- [x] Frågeställningar inför mötet: Läget inför utskrivning.
- [x] Patienten deltar i utskrivningsplaneringen
- [ ] Samtycke till SIP inhämtat (muntligt/skriftligt, datum)
- [x] Läkemedelslista uppdaterad och genomgången med patienten
- [x] Recept på litium och quetiapin förnyade
- [ ] Huvudansvarig för SIP:
- [x] Epikris skriven och skickad till öppenvården
- [x] Uppföljande SIP bokad: 2025-02-12 kl. 10.00, Psykiatriska öppenvårdsmottagningen Västerås Syd
- [ ] Vårdintyg / LPT aktuellt (ej aktuellt, frivillig vård)
- [x] Meddelande om utskrivningsklar skickat: 2025-01-21

## Kort om vårdtillfället

34-årig kvinna med bipolär sjukdom typ 1, inlagd via akutpsykiatrin efter
en manisk episod med sömnlöshet sedan en vecka och stora inköp på kredit.
Litium hade satts ut av patienten i oktober. Stabiliserad på återinsatt
litium (s-litium 0,7 vid senaste kontroll) och tillägg av quetiapin till
natten. Sover sju–åtta timmar per natt sedan en vecka. Permissioner till
bostaden i Hallstahammar 2025-01-17 och 2025-01-19 har fungerat väl.

## Planerade insatser efter utskrivning

- Återbesök hos läkare på öppenvårdsmottagningen
- Samtalskontakt med fast vårdkontakt
- Provtagning s-litium 2025-01-31 på Vårdcentralen Hallstahammar
- Boendestöd från kommunen
- Översyn av ekonomin efter köpen under den maniska perioden
- Sysselsättning ses över
"""
    with open(out(5, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# --------------------------------------------------------------------------
# 06  NOT a plan: meeting notice "Inbjudan till samordnad individuell planering" (docx), Norberg
# --------------------------------------------------------------------------
def plan06():
    doc = Document()
    set_core(doc, "Inbjudan till SIP", "Norbergs kommun")
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("Norbergs kommun")
    r.bold = True
    r.font.small_caps = True
    r.font.size = Pt(12)
    hp.add_run("\nSocialtjänsten, Individ- och familjeomsorgen, Barn och unga").font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.text = "Postadress: Norbergs kommun, Socialtjänsten  •  Telefon: via växeln"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for rr in fp.runs:
        rr.font.size = Pt(8)

    p = doc.add_paragraph("2025-03-24")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    doc.add_heading("Inbjudan till samordnad individuell planering (SIP)", level=1)
    doc.add_paragraph(
        "Du/ni bjuds härmed in till ett möte om samordnad individuell plan (SIP) "
        "för Alex, 17 år. Alex och vårdnadshavarna har gett sitt samtycke till "
        "att vi samlas. Syftet med mötet är att tillsammans ta fram en plan för "
        "hur Alex kan få stöd kring droganvändning, skolgång och mående, och "
        "vem som gör vad.")

    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Datum och tid", "Onsdag 9 april 2025, kl. 09.00–10.30"),
        ("Plats", "Vårdcentralen Norberg, konferensrummet (entréplan). "
                  "Möjlighet att delta via Teams, länk skickas till den som önskar."),
        ("Sammankallande", "Fredrik, socialsekreterare, IFO Norberg"),
    ]):
        cell_text(t.rows[i].cells[0], k, bold=True)
        shade(t.rows[i].cells[0], "EDEDED")
        cell_text(t.rows[i].cells[1], v)
    set_col_widths(t, [Cm(4), Cm(12)])
    doc.add_paragraph()

    doc.add_heading("Inbjudna", level=2)
    for who in [
        "Alex",
        "Vårdnadshavare: mamma Petra och pappa Jens",
        "Fredrik, socialsekreterare, IFO Norberg (sammankallande)",
        "Hanna, behandlare, Mini-Maria Västerås",
        "Elin, kurator, Centralskolan Norberg",
        "Omid, mentor, Centralskolan Norberg",
        "Läkare eller sjuksköterska, Vårdcentralen Norberg",
        "Josefin, fältsekreterare, Norbergs kommun",
    ]:
        doc.add_paragraph(who, style="List Bullet")

    doc.add_heading("Dagordning", level=2)
    for item in [
        "Presentation av deltagarna",
        "Genomgång av syfte med mötet och av samtycket",
        "Alex berättar hur han ser på sin situation och vad han vill ha hjälp med",
        "Vårdnadshavarnas synpunkter",
        "Varje verksamhet berättar kort om sin nuvarande kontakt med Alex",
        "Gemensam planering: vilka insatser behövs, vem gör vad och när",
        "Vem har huvudansvaret för planen",
        "Tid för uppföljning",
        "Övrigt",
    ]:
        doc.add_paragraph(item, style="List Number")

    doc.add_paragraph()
    doc.add_paragraph(
        "Inför mötet får du gärna fundera på vad du och din verksamhet kan bidra "
        "med. Alex har önskat att mötet inte ska vara längre än en och en halv "
        "timme och att han får ta en paus om han behöver.")
    doc.add_paragraph(
        "Om du får förhinder, meddela sammankallande via växeln så snart som "
        "möjligt, och skicka gärna en ersättare från din verksamhet.")
    doc.add_paragraph()
    doc.add_paragraph("Med vänlig hälsning")
    doc.add_paragraph("Fredrik\nSocialsekreterare, Individ- och familjeomsorgen\nNorbergs kommun")
    save_docx(doc, out(6, "docx"))


# --------------------------------------------------------------------------
# 07  LSS plan in jag-form, HTML -> LibreOffice PDF, autism, Surahammar
# --------------------------------------------------------------------------
def plan07():
    rows = [
        ("Ta reda på om jag kan byta till daglig verksamhet på stallet i Ramnäs.",
         "Emma, LSS-handläggare, Surahammars kommun",
         "Besked senast 13 juni 2025"),
        ("Öva med mig att åka buss till daglig verksamhet. Först åker personal "
         "med, sedan åker jag själv och personal möter mig.",
         "Ali, min kontaktman på Gruppbostaden Tallbacken",
         "Från 12 maj 2025, tisdagar och torsdagar"),
        ("Göra ett bildschema för mina morgnar.",
         "Ali, Gruppbostaden Tallbacken",
         "Klart 19 maj 2025"),
        ("Kartlägga min sömn och ge råd, kanske tyngdtäcke.",
         "Lisa, arbetsterapeut, Habiliteringscenter Västerås",
         "Hembesök 27 maj 2025"),
        ("Läkarbesök om min sömnmedicin.",
         "Läkare på Vårdcentralen Surahammar",
         "3 juni 2025"),
        ("Betala min hyra och mina räkningar. Sätta in fickpengar på mitt kort.",
         "Bengt, min god man",
         "Räkningar varje månad, fickpengar varje fredag"),
        ("Följa med mig och titta på stallet.",
         "Mamma",
         "Lördag 24 maj 2025"),
        ("Skriva i min sömndagbok varje kväll och ta med den till Lisa.",
         "Jag",
         "Från 6 maj 2025"),
    ]
    trs = "\n".join(
        f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows)
    html = f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8">
<title>Min plan – Jonatan</title>
<style>
body {{ font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 12pt; }}
h1 {{ font-size: 22pt; color: #2b6e3f; margin-bottom: 2pt; }}
h2 {{ font-size: 15pt; color: #2b6e3f; border-bottom: 1px solid #2b6e3f; margin-top: 16pt; }}
p.small {{ font-size: 9pt; color: #555555; }}
table {{ border-collapse: collapse; width: 100%; }}
th, td {{ border: 1px solid #666666; padding: 4pt; vertical-align: top; font-size: 11pt; }}
th {{ background-color: #d8ecd9; text-align: left; }}
li {{ margin-bottom: 3pt; }}
</style></head>
<body>
<h1>Min plan</h1>
<p class="small">Jonatan, ÅÅMMDD-XXXX &nbsp;•&nbsp; Mötet var den 6 maj 2025 på Gruppbostaden Tallbacken, Surahammar</p>

<p>Jag heter Jonatan och är 19 år. Jag har autism. Jag bor på Gruppbostaden
Tallbacken i Surahammar sedan augusti förra året. Jag går på daglig verksamhet
på Verkstan i Surahammar fyra dagar i veckan.</p>
<p>Jag var med på mötet hela tiden och hade min bildkarta med mig. Jag sa att
jag vill ha samma personal på morgnarna och att jag inte vill att folk ringer
mig, bara sms:ar. Jag har gett mitt samtycke till SIP.</p>
<p>Det jag ville prata om på mötet var: Kan jag få byta till en daglig
verksamhet där man jobbar med djur? Och hur ska jag klara att åka buss dit
själv?</p>

<h2>Mina mål</h2>
<ul>
<li>Jag vill jobba med hästar, på stallet i Ramnäs.</li>
<li>Jag vill kunna åka buss själv.</li>
<li>Jag vill sova bättre så att jag inte är så trött på dagarna.</li>
</ul>

<h2>Det här gör jag själv</h2>
<ul>
<li>Jag duschar och klär på mig själv.</li>
<li>Jag gör min frukost själv, oftast fil och flingor.</li>
<li>Jag tvättar min tvätt på onsdagar.</li>
<li>Jag håller reda på när mina favoritprogram går.</li>
</ul>

<h2>Det här hjälper andra mig med</h2>
<ul>
<li>Personalen hjälper mig att handla och att laga middag.</li>
<li>Personalen påminner mig när jag ska gå till bussen.</li>
<li>Min god man Bengt sköter mina pengar och räkningar.</li>
<li>Mamma hjälper mig när jag ska prova nya saker. Hon åker med mig första gången.</li>
<li>Habiliteringen hjälper mig med hjälpmedel.</li>
</ul>

<h2>Vem gör vad och när?</h2>
<table>
<thead><tr><th style="width:44%">Vad</th><th style="width:32%">Vem</th><th style="width:24%">När</th></tr></thead>
<tbody>
{trs}
</tbody>
</table>
<p>Habiliteringscenter Västerås håller ihop min plan.</p>

<h2>Vi ses igen</h2>
<p>Vi ses igen i oktober. Habiliteringen skickar en inbjudan. Jag vill att
mötet är på Tallbacken igen, på förmiddagen.</p>
</body></html>
"""
    src = os.path.join(BUILD, f"{PREFIX}-07.html")
    with open(src, "w", encoding="utf-8", newline="\n") as f:
        f.write(html)
    lo_convert(src, out(7, "pdf"))


def lo_convert(src, dest):
    """Convert with LibreOffice using a private profile, then move to dest."""
    outdir = os.path.join(BUILD, "lo")
    os.makedirs(outdir, exist_ok=True)
    cmd = ["soffice", f"-env:UserInstallation=file:///tmp/lo-{PREFIX}", "--headless",
           "--convert-to", "pdf:writer_web_pdf_Export" if src.endswith(".html") else "pdf",
           "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=180)
    produced = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + ".pdf")
    shutil.move(produced, dest)


# --------------------------------------------------------------------------
# 08  record-system export, fixed-width columns (txt, UTF-8, LF), hip fracture, Kungsör
# --------------------------------------------------------------------------
def plan08():
    W = 78
    L = []

    def rule(ch="="):
        L.append(ch * W)

    def section(title, text=None, lines=None):
        L.append("")
        L.append(title)
        if text is not None:
            L.extend(textwrap.wrap(text, width=W - 2, initial_indent="  ",
                                   subsequent_indent="  ", break_on_hyphens=False))
        if lines:
            L.extend("  " + x for x in lines)

    L.append("SAMORDNAD INDIVIDUELL PLAN (SIP)".ljust(W - 25) + "Utskrift 2024-11-06 08:15")
    L.append("Region Västmanland / Kungsörs kommun - gemensam SIP-modul".ljust(W - 10) + "Sida 1(1)")
    rule()
    for k, v in [("PATIENT", "XXXXXX-XXXX  Gunnar"),
                 ("ENHET", "Vårdcentralen Kungsör"),
                 ("MÖTESDATUM", "2024-11-05 13:00-14:00"),
                 ("MÖTESFORM", "Fysiskt möte, Vårdcentralen Kungsör"),
                 ("SIGNERAD AV", "Eva, distriktssköterska, 2024-11-05 16:40"),
                 ("STATUS", "Aktiv plan")]:
        L.append(f"{k:<16}{v}")
    rule("-")

    section("SYFTE", "Samordning.")
    section("FRÅGESTÄLLNINGAR", "Diskutera läget.")
    section("BAKGRUND",
            "84-årig man, änkling sedan 2021, bor ensam i villa i Kungsör. "
            "Föll i hemmet 2024-10-19 och ådrog sig en höftfraktur höger sida, "
            "opererad med halvprotes på ortopedkliniken Västerås 2024-10-20. "
            "Utskriven till hemmet 2024-10-31 efter en vecka på korttidsboende "
            "Kungsgården. Tidigare hjärtsvikt och förmaksflimmer, behandlas med "
            "Eliquis. Går med rollator inomhus, osäker i trappor. Lätt "
            "kognitiv svikt noterad under vårdtiden, ej utredd. Hade före "
            "fallet ingen hemtjänst. Operationssåret läker, suturerna är "
            "kvar.")
    section("DELTAGARE", lines=[
        "Eva, distriktssköterska, Vårdcentralen Kungsör",
        "Maria, biståndshandläggare, Äldreomsorgen Kungsörs kommun",
        "Johan, fysioterapeut, Hemrehab Kungsörs kommun",
        "Sanna, arbetsterapeut, Hemrehab Kungsörs kommun",
        "Lotta, gruppledare, Hemtjänst Kungsör norra",
    ])
    section("SAMTYCKE",
            "Muntligt samtycke till SIP och informationsöverföring inhämtat "
            "från patienten av distriktssköterska vid hembesök 2024-11-04.")

    # fixed-width action table
    c1, c2, c3 = 34, 30, 10  # + 2 indent + 2 gaps = 78
    L.append("")
    L.append("INSATSER")
    L.append("  " + "ÅTGÄRD".ljust(c1) + " " + "ANSVARIG".ljust(c2) + " " + "START")
    L.append("  " + "-" * c1 + " " + "-" * c2 + " " + "-" * c3)
    acts = [
        ("Hemtjänst morgon och kväll: hjälp med på- och avklädning, "
         "kompressionsstrumpor, frukost. Dusch 2 ggr/v.",
         "Hemtjänst Kungsör norra, gruppledare", "2024-11-06"),
        ("Gångträning i hemmet och trappträning 2 ggr/v under 6 veckor.",
         "Fysioterapeut, Hemrehab Kungsörs kommun", "2024-11-07"),
        ("Hjälpmedel: toalettförhöjning, duschpall, griptång. Bedöma "
         "behov av ledstång i trappan.",
         "Arbetsterapeut, Hemrehab Kungsörs kommun", "2024-11-08"),
        ("Trygghetslarm installeras.",
         "Biståndshandläggare, Äldreomsorgen Kungsörs kommun", ""),
        ("Suturtagning och sårkontroll.",
         "Distriktssköterska, Vårdcentralen Kungsör", "2024-11-12"),
        ("Läkemedelsgenomgång inkl. bedömning av osteoporosbehandling och "
         "fallrisk.",
         "Läkare, Vårdcentralen Kungsör", "2024-11-20"),
        ("Dosdispensering av läkemedel påbörjas.",
         "Distriktssköterska, Vårdcentralen Kungsör", "2024-11-25"),
    ]
    for a, b, c in acts:
        wa = textwrap.wrap(a, c1) or [""]
        wb = textwrap.wrap(b, c2) or [""]
        wc = [c] if c else [""]
        n = max(len(wa), len(wb), len(wc))
        for i in range(n):
            x = wa[i] if i < len(wa) else ""
            y = wb[i] if i < len(wb) else ""
            z = wc[i] if i < len(wc) else ""
            L.append(("  " + x.ljust(c1) + " " + y.ljust(c2) + " " + z).rstrip())
        L.append("")
    L.pop()

    section("ÖVRIGT",
            "Dottern, som bor i Eskilstuna, är informerad och stöttar. "
            "Hemtjänsten får nyckel via nyckelgömma.")
    section("HUVUDANSVARIG", "Eva, distriktssköterska, Vårdcentralen Kungsör")
    section("UPPFÖLJNING", "Ej fastställd.")
    L.append("")
    rule()
    L.append("Slut på utskrift")
    for line in L:
        assert len(line) <= W, (len(line), line)
    with open(out(8, "txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


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
    for f in sorted(os.listdir(PLANS)):
        print(f, os.path.getsize(os.path.join(PLANS, f)))


if __name__ == "__main__":
    main()
