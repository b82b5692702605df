#!/usr/bin/env python
"""Generate batch f87a: eight fictional SIP-related documents, Region Jönköpings län, 2025.

Run with /work/batches/.venv/bin/python generate.py  (calls soffice for plan 6).
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
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PFX = "f87a"
LO_PROFILE = "file:///tmp/lo-f87a"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIXED = datetime.datetime(2025, 1, 1, 8, 0, 0)


def path(n, ext):
    return os.path.join(OUT, f"{PFX}-{n:02d}.{ext}")


# ---------------------------------------------------------------- helpers
def fix_zip(fn, when):
    """Rewrite a .docx with fixed zip timestamps so reruns give identical bytes."""
    tmp = fn + ".tmp"
    with zipfile.ZipFile(fn) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zi = zipfile.ZipInfo(item.filename, date_time=when.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    os.replace(tmp, fn)


def save_docx(doc, fn, when, author):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = when
    cp.modified = when
    cp.revision = 1
    doc.save(fn)
    fix_zip(fn, when)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def cell_text(cell, text, bold=False, size=None, color=None, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return p


def base_font(doc, name="Calibri", size=11):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), name)


def field_run(paragraph, instr):
    """Insert a simple field (PAGE / NUMPAGES) into a paragraph."""
    r = paragraph.add_run()
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    r._r.append(f1)
    r2 = paragraph.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    r2._r.append(it)
    r3 = paragraph.add_run()
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    r3._r.append(f2)
    r4 = paragraph.add_run("1")
    r5 = paragraph.add_run()
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    r5._r.append(f3)


# ================================================================ 01 .docx
def plan01():
    """Vårdplan och SIP, palliativt team Höglandet, Nässjö. Elderly man, pancreatic cancer."""
    doc = Document()
    base_font(doc, "Calibri", 11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Region Jönköpings län · Palliativt team Höglandet, Nässjö"
    hp.runs[0].font.size = Pt(8)
    hp.runs[0].font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = fp.add_run("Vårdplan och SIP · sida ")
    r.font.size = Pt(8)
    field_run(fp, "PAGE")

    t = doc.add_paragraph()
    r = t.add_run("Vårdplan och SIP")
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    sub = doc.add_paragraph("Palliativ vård i hemmet – samordnad individuell plan")
    sub.runs[0].italic = True

    head = doc.add_table(rows=4, cols=4)
    head.style = "Table Grid"
    rows = [
        ("Patient (initialer)", "K-G", "Personnummer", "ÅÅMMDD-XXXX"),
        ("Enhet", "Palliativt team Höglandet, Nässjö (Region Jönköpings län)", "Kommun", "Nässjö kommun"),
        ("Datum för planen", "2025-02-11", "Version", "1"),
        ("Diagnos", "Pankreascancer med levermetastaser", "Brytpunktssamtal", "Genomfört 2025-01-30"),
    ]
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = head.cell(i, j)
            cell_text(c, val, bold=(j % 2 == 0), size=9.5)
            if j % 2 == 0:
                shade(c, "DCE6F1")

    doc.add_heading("Bakgrund", level=2)
    doc.add_paragraph(
        "K-G är 78 år och bor med sin hustru i villa strax utanför Nässjö centrum. Han fick sin "
        "diagnos i oktober 2024 och har efter cytostatikabehandling i Jönköping valt att avsluta "
        "den tumörinriktade behandlingen. Han har tilltagande smärta i övre delen av buken och rygg, "
        "illamående och trötthet, och har gått ner ca 9 kg sedan i höstas. Han är inskriven i "
        "palliativa teamet sedan 2025-01-30 och har sedan tidigare hemtjänst med inköp en gång i veckan."
    )
    doc.add_paragraph(
        "Hustrun har fram till nu skött det mesta i hemmet men orkar inte längre hjälpa K-G med "
        "dusch och förflyttningar, och natten mot 2025-02-08 föll K-G i badrummet. Därför behövs nu "
        "både mer omvårdnad från kommunen och tätare kontakt från teamet."
    )

    doc.add_heading("Syfte med planen", level=2)
    doc.add_paragraph(
        "Planen ska göra det möjligt för K-G att vara kvar hemma den sista tiden med god "
        "smärtlindring, och samordna teamets hemsjukvård med hemtjänsten och den kommunala "
        "rehabiliteringen så att hustrun avlastas och vet vem hon ska ringa."
    )

    doc.add_heading("Att ta upp", level=2)
    doc.add_paragraph("Gå igenom nuläget och hur det fungerar hemma.")

    doc.add_heading("Patientens önskemål och mål", level=2)
    doc.add_paragraph(
        "Målet är att K-G ska kunna vårdas i hemmet i livets slutskede med god symtomlindring "
        "och att en eventuell inläggning på sjukhus ska kunna undvikas."
    )
    doc.add_paragraph(
        "Planen har gjorts i samtal i hemmet 2025-02-11. K-G var med hela samtalet. Han framförde "
        "att han inte vill åka in till Höglandssjukhuset igen om det går att undvika, att han "
        "helst vill ha besök på förmiddagen när han är piggast och att han vill att hustrun ska "
        "få sova ostört på nätterna."
    )

    doc.add_heading("Samtycke", level=2)
    doc.add_paragraph("Samtycke till SIP finns.")

    doc.add_heading("Insatser", level=2)
    ins = [
        ("Insats", "Vem (funktion, enhet)", "Från när", "Hur ofta"),
        ("Läkarbesök i hemmet, symtomkontroll och ordination av vid behovsläkemedel",
         "Läkare, Palliativt team Höglandet", "2025-02-13", "Var 14:e dag och vid försämring"),
        ("Sjuksköterskebesök, skötsel av subkutan smärtpump, dosjustering",
         "Sjuksköterska, Palliativt team Höglandet", "2025-02-12", "Tre gånger i veckan, mån–ons–fre"),
        ("Personlig omvårdnad morgon och kväll, hjälp med dusch",
         "Hemtjänst Nässjö centrum, Nässjö kommun", "2025-02-17", "Två gånger per dag, dusch tisdagar"),
        ("Tillsyn natt", "Nattpatrullen, Nässjö kommun", "2025-02-17", "En gång per natt kl. 01–03"),
        ("Utprovning av vårdsäng, rullator och duschstol",
         "Arbetsterapeut, kommunal rehab Nässjö", "", "Ett hembesök, sedan vid behov"),
        ("Trygghetslarm", "Biståndshandläggare, Nässjö kommun", "2025-02-14", "Dygnet runt"),
        ("Samtalsstöd till hustrun", "Kurator, Palliativt team Höglandet", "2025-02-20", "Varannan vecka"),
    ]
    tbl = doc.add_table(rows=len(ins), cols=4)
    tbl.style = "Table Grid"
    widths = [Cm(6.0), Cm(4.8), Cm(2.4), Cm(3.6)]
    for i, row in enumerate(ins):
        for j, val in enumerate(row):
            c = tbl.cell(i, j)
            c.width = widths[j]
            cell_text(c, val, bold=(i == 0), size=9.5)
            if i == 0:
                shade(c, "1F4E79")
                c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    set_repeat_header(tbl.rows[0])

    doc.add_heading("Närståendes roller", level=2)
    doc.add_paragraph(
        "Hustrun B. delar ut de tabletter som ligger i dosett, ringer teamet dygnet runt via "
        "det direktnummer som står på kylskåpet om smärtan ökar eller om K-G blir orolig, och "
        "har själv sagt att hon vill fortsätta laga maten. Sonen P., som bor i Jönköping, kommer "
        "varje helg och tar hand om inköp och snöskottning, och han har tagit på sig att hålla "
        "dottern i Göteborg informerad. Båda har fått teamets informationsfolder om vad som kan "
        "hända i livets slutskede."
    )

    doc.add_heading("Huvudansvar för planen", level=2)
    doc.add_paragraph(
        "Fast vårdkontakt och huvudansvarig för planen är sjuksköterska Annika, Palliativt team "
        "Höglandet, Nässjö. Hon kallar till nya genomgångar och håller kontakt med hemtjänstens "
        "gruppledare."
    )

    doc.add_heading("Uppföljning", level=2)
    doc.add_paragraph(
        "Ny genomgång av planen om cirka fyra veckor, eller tidigare om K-G:s tillstånd förändras."
    )

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(18)
    r = p.add_run("Upprättad av: Annika, sjuksköterska, Palliativt team Höglandet")
    r.font.size = Pt(9)
    r.italic = True

    save_docx(doc, path(1, "docx"), datetime.datetime(2025, 2, 11, 15, 30), "Palliativt team Höglandet")


# ================================================================ 02 .pdf (fpdf2)
class JournaliaPDF(FPDF):
    print_date = "2025-04-09 14:22"

    def header(self):
        self.set_font("DejaVu", "B", 10)
        self.cell(90, 6, "Journalia – Utskrift SIP", border=0)
        self.set_font("DejaVu", "", 8)
        self.cell(60, 6, f"Utskriftsdatum: {self.print_date}", border=0, align="C")
        self.cell(0, 6, f"Sida {self.page_no()} ({{nb}})", border=0, align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.set_font("DejaVu", "", 7.5)
        self.cell(0, 4, "Region Jönköpings län · Psykiatriska kliniken Värnamo · Utskriven av: skötare/samordnare, "
                        "Psykosmottagningen Värnamo", new_x="LMARGIN", new_y="NEXT")
        y = self.get_y() + 1
        self.line(self.l_margin, y, self.w - self.r_margin, y)
        self.ln(4)

    def footer(self):
        self.set_y(-13)
        self.set_font("DejaVu", "", 7)
        self.cell(0, 5, "Patient: R.  ·  XXXXXX-XXXX  ·  Dokument: Samordnad individuell plan (SIP)  ·  "
                        "Status: Signerad", align="C")


def plan02():
    """Record-system print, Värnamo: adult with psychosis and debts."""
    pdf = JournaliaPDF(format="A4")
    pdf.set_creation_date(datetime.datetime(2025, 4, 9, 14, 22, tzinfo=datetime.timezone.utc))
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(15, 12, 15)
    pdf.alias_nb_pages()
    pdf.add_page()

    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 8, "Samordnad individuell plan (SIP)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 8.5)
    pdf.cell(0, 5, "Journaltyp: Samverkansanteckning  ·  Vårdenhet: Psykosmottagningen Värnamo  ·  "
                   "Signerad 2025-04-09 av samordnare", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    rows = [
        ("Patient", "R., 34 år. Personnummer XXXXXX-XXXX. Bor i hyreslägenhet i Värnamo."),
        ("Datum för SIP-möte", "2025-04-08 kl. 13.00–14.30"),
        ("Plats", "Psykosmottagningen Värnamo, samtalsrum 2"),
        ("Deltagare",
         "R. (patient)\n"
         "Jenny, skötare/samordnare, Psykosmottagningen Värnamo\n"
         "Magnus, överläkare, Psykosmottagningen Värnamo\n"
         "Sofie, socialsekreterare vuxenenheten, Socialtjänsten Värnamo\n"
         "Ida, boendestödjare, Socialpsykiatrin Värnamo kommun\n"
         "Lars, god man (ställföreträdare via överförmyndaren)\n"
         "Fatima, handläggare, Försäkringskassan (via Teams)"),
        ("Den enskildes delaktighet", "R. deltog i hela mötet."),
        ("Samtycke", "Samtycke finns."),
        ("Syfte", "Samordning av insatser."),
        ("Frågeställningar", ""),
        ("Bakgrund / nuläge",
         "R. har schizofreni sedan 2016 och har vårdats inneliggande på psykiatrisk avdelning i "
         "Jönköping vid tre tillfällen, senast 2025-02-03 – 2025-03-14 efter att ha slutat ta sina "
         "läkemedel under hösten. Depåinjektion sattes in under vårdtiden. Under inläggningen "
         "framkom att hyran inte betalats sedan december och att hyresvärden skickat en "
         "uppsägning; skulder hos Kronofogden uppgår till drygt 180 000 kr (bl.a. sms-lån och "
         "obetalda elräkningar). R. har god man sedan 2025-03-20. Han saknar sysselsättning och "
         "har sjukpenning som upphör i maj. R. isolerar sig och har periodvis sömnproblem, men "
         "beskrivs av boendestödet som mer stabil sedan hemkomsten."),
        ("Den enskildes mål", ""),
        ("Insatser – hälso- och sjukvård",
         "1. Depåinjektion var tredje vecka. Ansvarig: sjuksköterska, Psykosmottagningen Värnamo. "
         "Från: 2025-04-14.\n"
         "2. Läkarbesök med utvärdering av medicinering och biverkningar. Ansvarig: överläkare, "
         "Psykosmottagningen Värnamo. Från: 2025-05-06, därefter var tredje månad.\n"
         "3. Stödsamtal och psykopedagogik kring sjukdom och tidiga tecken. Ansvarig: Jenny, "
         "skötare/samordnare, Psykosmottagningen Värnamo. Från: 2025-04-15, varannan vecka.\n"
         "4. Sömnbedömning och sömnskola i grupp. Ansvarig: arbetsterapeut, Psykosmottagningen "
         "Värnamo. Från: 2025-05-12 (gruppstart)."),
        ("Insatser – kommunen",
         "5. Boendestöd två gånger i veckan med fokus på post, räkningar och matlagning. Ansvarig: "
         "boendestödjare, Socialpsykiatrin Värnamo kommun. Från: 2025-04-10 (pågår).\n"
         "6. Ekonomiskt bistånd till hyresskulden för att förhindra vräkning, utreds. Ansvarig: "
         "socialsekreterare, vuxenenheten, Socialtjänsten Värnamo. Beslut senast 2025-04-25.\n"
         "7. Kontakt med hyresvärden om avbetalningsplan och förlängt hyresavtal. Ansvarig: "
         "socialsekreterare, vuxenenheten, Socialtjänsten Värnamo, tillsammans med god man. "
         "Senast 2025-04-30.\n"
         "8. Utredning av sysselsättning (träffpunkt/daglig sysselsättning enligt SoL). Ansvarig: "
         "socialsekreterare, vuxenenheten. Start 2025-05-05."),
        ("Övriga aktörer",
         "God man (Lars): tar över betalning av hyra och el från 2025-05-01, ansöker om "
         "skuldsanering hos Kronofogden senast 2025-06-15 och redovisar till överförmyndaren.\n"
         "Försäkringskassan (handläggare Fatima): utreder rätten till aktivitetsersättning/"
         "sjukersättning; läkarintyg begärs från Psykosmottagningen senast 2025-04-30, "
         "avstämningsmöte bokas av FK i maj.\n"
         "R. själv: tar emot boendestödet och öppnar posten tillsammans med boendestödjaren, "
         "kommer till injektionerna."),
        ("Huvudansvar för planen", "Socialtjänsten Värnamo"),
        ("Uppföljning / nästa SIP-möte", ""),
        ("Kopia till", "Deltagarna enligt ovan. Kopia till patienten lämnad vid mötet."),
        ("Signerad av", "Jenny, skötare/samordnare, Psykosmottagningen Värnamo, 2025-04-09"),
    ]

    pdf.set_font("DejaVu", "", 9)
    pdf.set_draw_color(90, 90, 90)
    pdf.set_line_width(0.2)
    with pdf.table(
        col_widths=(45, 135),
        text_align=("LEFT", "LEFT"),
        line_height=4.8,
        padding=1.6,
        repeat_headings=1,
        headings_style=FontFace(emphasis="BOLD", fill_color=(215, 222, 230)),
        borders_layout="ALL",
    ) as table:
        hdr = table.row()
        hdr.cell("Rubrik")
        hdr.cell("Text")
        for label, text in rows:
            r = table.row()
            r.cell(label)
            r.cell(text)
    pdf.output(path(2, "pdf"))


# ================================================================ 03 .txt (cp1252, CRLF)
def plan03():
    """Chat/SMS log export, Tranås: child (åk 8) with school refusal."""
    lines = [
        "Export av konversation: Samverkan E. (åk 8)",
        "Exporterad 2025-03-12 08:31 från Säker meddelandetjänst",
        "Deltagare i tråden: Lina (SIP-samordnare), Johan (mentor åk 8), Sara (behandlare BUP)",
        "-" * 72,
        "",
        "[2025-03-04 09:12] Lina (SIP-samordnare): Hej! Mamma och pappa skrev under "
        "samtyckesblanketten i fredags 28/2, så nu kan vi prata med varandra om E. Mötet blir "
        "tisdag 11/3 kl 13 i stora konferensrummet på skolan.",
        "[2025-03-04 09:20] Johan (mentor åk 8): Bra. E har varit i skolan 3 av 15 dagar sen "
        "sportlovet, och de dagarna bara första lektionen.",
        "[2025-03-04 09:41] Sara (behandlare BUP): Vi har haft fyra samtal hittills, E kommer men "
        "säger inte så mycket. Jag kan komma 11/3.",
        "[2025-03-04 09:43] Sara (behandlare BUP): En fråga jag vill att vi tar upp: ska skolan "
        "erbjuda kortare dagar eller anpassad studiegång nu, och vem pratar i så fall med E om det?",
        "[2025-03-04 09:45] Johan (mentor åk 8): Och en till: vad gör vi de morgnar E inte kommer "
        "alls? Ska vi ringa hem kl 8.30 eller låta bli? Mamma har sagt olika saker.",
        "[2025-03-04 09:52] Lina (SIP-samordnare): Jag tar med båda frågorna till dagordningen. "
        "Johan, kan rektorn vara med?",
        "[2025-03-04 10:05] Johan (mentor åk 8): Hon kan första halvtimmen.",
        "[2025-03-10 16:14] Lina (SIP-samordnare): Påminnelse om morgondagen kl 13. Pappa kommer "
        "direkt från jobbet och kan bli några minuter sen.",
        "[2025-03-11 15:40] Lina (SIP-samordnare): Tack för idag allihop. E var med första "
        "kvarten och gick sen ut och satte sig i väntrummet. Jag skriver ihop det vi kom fram till "
        "och skickar här.",
        "[2025-03-11 15:52] Sara (behandlare BUP): Inget att tillägga från mig, vi fortsätter som "
        "innan från vår sida.",
        "[2025-03-11 16:03] Johan (mentor åk 8): Rektorn vill att vi pratar ihop oss om "
        "anpassningarna i arbetslaget innan vi lovar något till familjen.",
        "[2025-03-11 16:05] Lina (SIP-samordnare): Okej, det tar vi med.",
        "[2025-03-12 08:15] Lina (SIP-samordnare): Sammanfattning från mötet 11/3.",
        "",
        "Vi bestämde:",
        "- BUP fortsätter kontakten med E (Sara).",
        "- Skolan ser över anpassningar (Johan och rektorn).",
        "- Lina håller ihop SIP:en och kallar till nästa möte.",
        "- Nästa SIP-möte 2025-04-01 kl 13.00, samma rum på skolan.",
        "- Med på mötet: Lina, Johan, rektorn, Sara, Maria, Per och E.",
        "",
        "[2025-03-12 08:20] Johan (mentor åk 8): Tack Lina!",
    ]
    out = []
    for ln in lines:
        if len(ln) <= 78:
            out.append(ln)
        else:
            w = textwrap.wrap(ln, width=78, subsequent_indent="    ")
            out.extend(w)
    text = "\r\n".join(out) + "\r\n"
    with open(path(3, "txt"), "wb") as f:
        f.write(text.encode("cp1252"))


# ================================================================ 04 .md
def plan04():
    """FAQ-style plan to a 16-year-old, Gislaved: cannabis use, school."""
    md = """# Din SIP – frågor och svar

*Samordnad individuell plan för Tim, 16 år · Gislaveds kommun och Region Jönköpings län · möte 2025-05-20*

Det här är din plan. Vi har skrivit den som frågor och svar så att den ska vara lätt att läsa.
Om något är fel eller konstigt, säg till din socialsekreterare så ändrar vi.

### Vad är syftet?

Syftet är att du ska få hjälp att sluta röka på och samtidigt klara första året på
gymnasiet, och att vi som jobbar med dig – socialtjänsten, skolan och vården – gör det
tillsammans så att du slipper berätta samma sak för alla och inte får olika besked från olika håll.

### Vilka var med?

Du, mamma, Amir, Elin, Sofia och Jonas.

### Vad sa du att du vill?

Du sa så här på mötet, och vi har skrivit det precis som du sa det:

> ”Jag vill gå klart ettan och ta körkort nästa år. Och jag vill inte att det ska bli
> som för min kusin.”

Du var med hela mötet. Du sa också att du inte vill ha samtal på skoltid när kompisarna
ser, och att du hellre vill träffa samma person hela tiden än nya hela tiden. Det har vi
tagit hänsyn till nedan.

### Vem gör vad?

- **Din behandlare på Ungdomsbehandlarna, socialtjänsten Gislaved** träffar dig en gång i
  veckan, tisdagar kl. 15.30 efter skolan, med start 27 maj. Ni jobbar med motiverande samtal
  och med vad du kan göra i stället de kvällar du brukar röka.
- **Socialtjänsten Gislaved** tar urinprov varannan vecka från 27 maj, i samband med
  samtalen. Du får se svaren samma dag.
- **Skolkuratorn på Gislaveds gymnasium** träffar dig varannan fredag kl. 13 (inte på
  lektionstid) från 30 maj till skolavslutningen, och igen från skolstarten i augusti.
- **Mentorn på Gislaveds gymnasium** gör en plan för de två kurser du ligger efter i
  (matte 1 och engelska 5) senast 5 juni, så att du vet vad du behöver lämna in.
- **Sjuksköterskan på Vårdcentralen Gislaved** har hand om dina sömnproblem och ringer dig
  2 juni för en tid.
- **BUP Värnamo** gör en bedömning av om det kan finnas ADHD bakom koncentrationsproblemen.
- **Sommarjobb:** din socialsekreterare ser till att du får en plats i kommunens
  feriepraktik tre veckor i juli (anmälan görs senast 30 maj).

### Och din familj?

Mamma och pappa är viktiga för dig och kommer att finnas med i det här arbetet.

### Vem håller ihop allt?

Socialtjänsten i Gislaved har huvudansvaret för planen. Dit kan du och mamma ringa via
växeln om något inte fungerar.

### Vad händer sen?

Vi ses igen **tisdag 26 augusti 2025 kl. 14.00** på socialtjänsten i Gislaved och går
igenom hur sommaren har gått och vad som ska hända i höst. Du får en kallelse med posten
och ett sms innan.

---

*Planen skrevs 2025-05-21 av din socialsekreterare, IFO barn och unga, Gislaveds kommun.*
"""
    with open(path(4, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ================================================================ 05 .docx boxes
HINT_GREY = "808080"


def box(doc, title, lines=None, hint=None, fill="EDEDED"):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    c = t.cell(0, 0)
    c.width = Cm(17)
    shade(c, fill)
    p = c.paragraphs[0]
    r = p.add_run(title)
    r.bold = True
    r.font.size = Pt(10.5)
    if hint is not None:
        hp = c.add_paragraph()
        hr = hp.add_run(hint)
        hr.italic = True
        hr.font.size = Pt(9.5)
        hr.font.color.rgb = RGBColor.from_string(HINT_GREY)
    for ln in lines or []:
        q = c.add_paragraph()
        q.add_run(ln).font.size = Pt(10)
    doc.add_paragraph().paragraph_format.space_after = Pt(2)
    return t


def plan05():
    """Boxed template (single-cell shaded tables), Vetlanda: young adult with autism, LSS."""
    doc = Document()
    base_font(doc, "Arial", 10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = Cm(1.8)
    hp = sec.header.paragraphs[0]
    hp.text = "Vetlanda kommun  |  Region Jönköpings län\tMall SIP, version 2023:2"
    for r in hp.runs:
        r.font.size = Pt(8)

    p = doc.add_paragraph()
    r = p.add_run("SAMORDNAD INDIVIDUELL PLAN – SIP")
    r.bold = True
    r.font.size = Pt(15)
    p2 = doc.add_paragraph()
    r2 = p2.add_run("Enligt 2 kap. 7 § socialtjänstlagen och 16 kap. 4 § hälso- och sjukvårdslagen")
    r2.font.size = Pt(8.5)
    r2.font.small_caps = True

    box(doc, "Personuppgifter", [
        "Namn: J.",
        "Personnummer: ÅÅMMDD-XXXX",
        "Datum för mötet: 2025-04-24     Plats: LSS-kontoret, Vetlanda",
    ])
    box(doc, "Deltagare",
        hint="Ange namn, funktion och verksamhet för samtliga som deltar i mötet.")
    box(doc, "Syfte med SIP", [
        "Syftet är att planera J:s flytt från stödboendet till en egen lägenhet med boendestöd "
        "under hösten 2025, och att habiliteringen och kommunen samordnar stödet så att J. inte "
        "tappar sin dagliga verksamhet och sina rutiner i samband med flytten.",
    ])
    box(doc, "Frågeställningar inför mötet",
        hint="Vilka frågor ska tas upp? Skriv frågorna här innan mötet.")
    box(doc, "Bakgrund", [
        "J. är 22 år och har autism och lindrig intellektuell funktionsnedsättning. J. bor sedan "
        "2022 på ett stödboende i Vetlanda med personal dygnet runt och har daglig verksamhet "
        "enligt LSS på Verkstan fyra dagar i veckan. J. klarar mycket själv men behöver stöd med "
        "planering, ekonomi och att komma igång på morgonen. Förändringar i rutiner har tidigare "
        "lett till perioder med sömnstörning och utbrott. J. har kontakt med Habiliteringscentrum "
        "Eksjö sedan barndomen.",
    ])
    box(doc, "Den enskildes delaktighet", [
        "J. deltog inte i mötet. Inför mötet har J. berättat för LSS-handläggaren att J. vill ha "
        "en lägenhet nära Verkstan så att J. kan gå dit själv, att J. inte vill ha olika personal "
        "varje dag och att J. vill få flytta först när det är sommaruppehåll på Verkstan.",
    ])
    box(doc, "Den enskildes mål", [
        "”Jag vill bo själv i en egen lägenhet och ha en katt. Jag vill laga mat själv på "
        "söndagar.” (J. vid samtal med LSS-handläggaren 2025-04-02)",
    ])
    box(doc, "Samtycke", hint="Ange hur och när samtycke har inhämtats (muntligt/skriftligt, datum).")
    box(doc, "Insatser, ansvar och tidplan", [
        "• Beslut om bostad med särskild service alternativt boendestöd i ordinärt boende – "
        "LSS-handläggare, Vetlanda kommun. Beslut senast 2025-06-13.",
        "• Bedömning av vardagsfärdigheter (matlagning, tvätt, ekonomi) inför flytten – "
        "Regionen. Start i maj.",
        "• Bildschema och veckoplanering för den nya bostaden tas fram tillsammans med J. – "
        "arbetsterapeut, Habiliteringscentrum Eksjö. Klart till 2025-08-01.",
        "• Daglig verksamhet på Verkstan fortsätter oförändrat fyra dagar/vecka – Daglig "
        "verksamhet Vetlanda kommun. Pågående.",
        "• Överlämning från stödboendet till boendestödet med gemensamma besök i nya "
        "lägenheten – enhetschef stödboendet och enhetschef boendestöd, Vetlanda kommun. "
        "Två veckor före inflyttning.",
        "• Läkemedelsgenomgång (melatonin) inför flytten – läkare, Vårdcentralen Vetlanda. "
        "2025-06-10.",
    ])
    box(doc, "Andra aktörers insatser",
        hint="T.ex. Försäkringskassan, Arbetsförmedlingen, god man, närstående. Ange vad de gör.")
    box(doc, "Huvudansvarig för planen",
        hint="Namn, funktion och verksamhet.")
    box(doc, "Uppföljning", ["Uppföljning i höst när J. har flyttat."])
    box(doc, "Underskrifter", [
        "Planen har skickats till deltagarna 2025-04-25.",
        "_____________________________     _____________________________",
        "LSS-handläggare, Vetlanda kommun             Habiliteringscentrum Eksjö",
    ], fill="F7F7F7")

    save_docx(doc, path(5, "docx"), datetime.datetime(2025, 4, 25, 9, 10), "LSS-handläggare Vetlanda")


# ================================================================ 06 .pdf via html
def plan06():
    """Intranet plan page, two-column CSS, Eksjö: 84-year-old man after hip fracture."""
    html = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8">
<title>SIP – G. – Samverkan Höglandet</title>
<style>
  @page { size: A4; margin: 14mm 14mm 16mm 14mm; }
  body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 9.5pt; color: #222; }
  .topbar { background: #00594f; color: #fff; padding: 6px 10px; font-size: 9pt; }
  .topbar b { font-size: 11pt; }
  .crumbs { font-size: 8pt; color: #666; margin: 4px 0 10px 0; }
  h1, h2 { font-family: 'DejaVu Sans', Arial, sans-serif; }
  h1 { font-size: 15pt; color: #00594f; margin: 4px 0 10px 0; }
  table.layout { width: 100%; border-collapse: collapse; }
  td.left { width: 32%; vertical-align: top; background: #eef4f3; padding: 8px 10px;
            border-right: 2px solid #00594f; }
  td.right { vertical-align: top; padding: 4px 4px 4px 16px; }
  .fact { margin-bottom: 10px; }
  .fact .k { font-size: 8pt; text-transform: uppercase; color: #00594f; font-weight: bold; }
  .fact ul { margin: 2px 0 0 0; padding-left: 14px; }
  h2 { font-size: 11pt; color: #00594f; border-bottom: 1px solid #b7cfcc; margin: 12px 0 4px 0; }
  table.ins { width: 100%; border-collapse: collapse; font-size: 8.8pt; }
  table.ins th { background: #00594f; color: #fff; text-align: left; padding: 3px; }
  table.ins td { border-bottom: 1px solid #ccc; padding: 3px; vertical-align: top; }
  .footer { margin-top: 18px; border-top: 1px solid #999; font-size: 8pt; color: #555; padding-top: 4px; }
</style></head>
<body>
<table width="100%" cellpadding="5" cellspacing="0"><tr><td bgcolor="#00594f"><font color="#ffffff"><b>Samverkan Höglandet</b> &nbsp;|&nbsp; Intranät för Eksjö kommun och Höglandssjukhuset</font></td></tr></table>
<div class="crumbs">Start › Samverkan › SIP › Pågående planer › G. (Eksjö)</div>
<h1>SIP – samordnad hemgång för G.</h1>
<table class="layout" width="100%" cellpadding="6" cellspacing="0"><tr>
<td class="left" width="30%" valign="top" bgcolor="#eef4f3">
  <div class="fact"><div class="k"><b>Datum</b></div>2025-09-18 kl. 10.00–11.00</div>
  <div class="fact"><div class="k"><b>Plats</b></div>Höglandssjukhuset Eksjö, ortopedavdelning 12, samt via Teams</div>
  <div class="fact"><div class="k"><b>Den enskilde</b></div>G., 84 år, ÅÅMMDD-XXXX</div>
  <div class="fact"><div class="k"><b>Deltagare</b></div>
    <ul>
      <li>G.</li>
      <li>Karin, sjuksköterska/vårdplanerare, ortopedavd. 12, Höglandssjukhuset</li>
      <li>Mats, fysioterapeut, ortopedavd. 12, Höglandssjukhuset</li>
      <li>Helena, biståndshandläggare, Eksjö kommun</li>
      <li>Ahmed, arbetsterapeut, Rehab Eksjö kommun</li>
      <li>Maria, distriktssköterska, Vårdcentralen Eksjö (Teams)</li>
      <li>Eva, dotter</li>
    </ul></div>
  <div class="fact"><div class="k"><b>Huvudansvarig</b></div>Eksjö kommun</div>
  <div class="fact"><div class="k"><b>Planerad hemgång</b></div>2025-09-22</div>
</td>
<td class="right" width="70%" valign="top">
  <h2>Bakgrund</h2>
  <p>G. bor ensam i ett tvåvåningshus i Eksjö. Han föll i trädgården 2025-09-09 och opererades
  samma kväll för en höftfraktur på höger sida (halvprotes). Före fallet klarade han sig helt
  själv med viss hjälp av dottern med storhandling. Han går nu med rollator korta sträckor på
  avdelningen, behöver hjälp vid på- och avklädning nedtill och har haft en period av
  förvirring efter operationen som nu har gått över. Sovrum och badrum med dusch finns på
  övervåningen.</p>
  <h2>Syfte</h2>
  <p>Samordnad hemgång.</p>
  <h2>Frågor inför mötet</h2>
  <ul>
    <li>Klarar G. trappan till övervåningen, eller behöver sängen flyttas ner till vardagsrummet?</li>
    <li>Behövs en korttidsplats några veckor innan han går hem, eller räcker hemtjänst och hemrehabilitering?</li>
    <li>Vem följer upp blodförtunnande injektioner efter hemgång?</li>
  </ul>
  <h2>Delaktighet och samtycke</h2>
  <p>G. deltog i mötet från avdelningens dagrum. G. lämnade muntligt samtycke till SIP och till att
  uppgifter lämnas mellan sjukhuset, vårdcentralen och kommunen till vårdplanerare Karin
  2025-09-17; samtycket är dokumenterat i journalen.</p>
  <h2>Insatser</h2>
  <table class="ins" width="100%" cellpadding="3" cellspacing="0" border="1">
    <tr><th bgcolor="#00594f" width="44%"><font color="#ffffff">Insats</font></th><th bgcolor="#00594f" width="32%"><font color="#ffffff">Ansvarig</font></th><th bgcolor="#00594f" width="24%"><font color="#ffffff">När</font></th></tr>
    <tr><td>Säng flyttas till vardagsrummet, toalettstol­förhöjning och duschpall på nedre
      planets toalett, griptång och strumppådragare</td>
      <td>Arbetsterapeut, Rehab Eksjö kommun</td><td>Installerat senast 2025-09-21</td></tr>
    <tr><td>Hemtjänst: hjälp med morgon- och kvällsrutiner, på- och avklädning, måltider,
      tillsyn</td><td>Hemtjänst Eksjö norra, efter beslut av biståndshandläggare Eksjö kommun</td>
      <td>Från 2025-09-22, fyra besök/dygn</td></tr>
    <tr><td>Trygghetslarm</td><td>Biståndshandläggare, Eksjö kommun</td><td>Installeras 2025-09-22</td></tr>
    <tr><td>Hemrehabilitering: gångträning inomhus och utomhus, trappträning</td>
      <td>Fysioterapeut, Rehab Eksjö kommun</td><td>Första hembesök 2025-09-23, därefter två gånger/vecka i sex veckor</td></tr>
    <tr><td>Injektioner med blodförtunnande till och med 2025-10-07, sårkontroll och
      borttagning av agraffer</td><td>Distriktssköterska, Vårdcentralen Eksjö (hemsjukvård)</td>
      <td>Från 2025-09-22; agraffer tas 2025-09-24</td></tr>
    <tr><td>Läkemedelsgenomgång</td><td>Läkare, Vårdcentralen Eksjö</td><td>2025-10-02</td></tr>
    <tr><td>Överföring av epikris och läkemedelslista</td><td>Vårdplanerare, ortopedavd. 12</td>
      <td>På utskrivningsdagen 2025-09-22</td></tr>
  </table>
  <h2>Närstående</h2>
  <p>Dottern Eva bor i Eksjö och är ett viktigt stöd för G.</p>
</td></tr></table>
<div class="footer">Senast ändrad 2025-09-18 15:47 av vårdplanerare, ortopedavd. 12, Höglandssjukhuset Eksjö
 &nbsp;·&nbsp; Sidan är en utskrift från intranätet Samverkan Höglandet och kan vara inaktuell.</div>
</body></html>
"""
    tmpdir = os.path.join(HERE, "build")
    os.makedirs(tmpdir, exist_ok=True)
    src = os.path.join(tmpdir, f"{PFX}-06.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html)
    subprocess.run(
        ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
         "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export",
         "--outdir", tmpdir, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240,
    )
    shutil.move(os.path.join(tmpdir, f"{PFX}-06.pdf"), path(6, "pdf"))


# ================================================================ 07 .docx follow-up
def plan07():
    """Follow-up plan by school counsellor, Jönköping: boy åk 7 with ADHD and anxiety."""
    doc = Document()
    base_font(doc, "Calibri", 11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    hp = sec.header.paragraphs[0]
    hp.text = "Jönköpings kommun · Utbildningsförvaltningen · Elevhälsan Öxnehagaskolan"
    hp.runs[0].font.size = Pt(8)

    p = doc.add_paragraph()
    r = p.add_run("Uppföljning av SIP – samordnad individuell plan")
    r.bold = True
    r.font.size = Pt(16)

    info = doc.add_table(rows=3, cols=2)
    info.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Elev", "H., åk 7"),
        ("Datum för uppföljningen", "2025-10-14"),
        ("Ursprunglig SIP upprättad", "2025-01-28"),
    ]):
        cell_text(info.cell(i, 0), k, bold=True, size=10)
        shade(info.cell(i, 0), "E7E6E6")
        cell_text(info.cell(i, 1), v, size=10)

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Syfte: ").bold = True
    p.add_run("Uppföljning av SIP.")
    p = doc.add_paragraph()
    p.add_run("Frågeställningar: ").bold = True
    p.add_run("Hur har det gått sedan sist?")
    p = doc.add_paragraph()
    p.add_run("Deltagare: ").bold = True
    p.add_run("H., mamma, pappa, kurator, mentor, specialpedagog, BUP-behandlare, socialsekreterare.")

    p = doc.add_paragraph()
    r = p.add_run("1. Insatser från tidigare plan")
    r.bold = True
    r.font.size = Pt(12.5)
    prev = [
        ("Insats", "Ansvarig", "Status", "Kommentar"),
        ("Studierum med vuxen under raster och lunch", "Specialpedagog, Öxnehagaskolan",
         "Genomförd", "Fungerar bra, H. använder det nästan varje dag."),
        ("Anpassat schema, idrott i mindre grupp", "Mentor, Öxnehagaskolan",
         "Pågår", "Schemat klart, idrottsgruppen startade först v. 40."),
        ("KBT-behandling för oro, 12 tillfällen", "Psykolog, BUP Jönköping",
         "Pågår", "8 av 12 tillfällen gjorda."),
        ("Läkemedelsuppföljning ADHD-medicin", "Läkare, BUP Jönköping",
         "Genomförd", "Dosen höjdes i mars, ingen ändring nu."),
        ("Föräldrastöd (Komet-grupp)", "Familjebehandlare, Socialtjänsten Jönköping",
         "Ej påbörjad", "Ingen grupp i våras; föräldrarna står i kö till januari."),
        ("Veckovis kontakt hem–skola via Vklass", "Mentor, Öxnehagaskolan",
         "Genomförd", "Fredagar, föräldrarna nöjda."),
    ]
    t = doc.add_table(rows=len(prev), cols=4)
    t.style = "Table Grid"
    for i, row in enumerate(prev):
        for j, v in enumerate(row):
            c = t.cell(i, j)
            pp = cell_text(c, v, bold=(i == 0), size=9.5)
            if i == 0:
                shade(c, "BDD7EE")
            if j == 2 and i > 0:
                col = {"Genomförd": "E2EFDA", "Pågår": "FFF2CC", "Ej påbörjad": "F8CBAD"}[v]
                shade(c, col)
    set_repeat_header(t.rows[0])

    doc.add_paragraph()
    p = doc.add_paragraph()
    r = p.add_run("2. Nuläge och den enskildes delaktighet")
    r.bold = True
    r.font.size = Pt(12.5)
    doc.add_paragraph(
        "H. var med på hela mötet tillsammans med mamma och pappa. H. berättade själv att "
        "studierummet har gjort rasterna mycket lättare och att han vill ha kvar det, men att "
        "idrotten fortfarande är det värsta, främst att byta om i omklädningsrummet. Han tycker "
        "också att det är svårt att komma i gång med läxor hemma. Närvaron har ökat från ca 70 % "
        "i våras till 91 % hittills i höst. Mamma och pappa upplever att oron på morgnarna har "
        "minskat sedan KBT:n började."
    )

    p = doc.add_paragraph()
    r = p.add_run("3. Mål")
    r.bold = True
    r.font.size = Pt(12.5)
    doc.add_paragraph("Se SIP 2025-01-28.")

    p = doc.add_paragraph()
    r = p.add_run("4. Nya och fortsatta insatser")
    r.bold = True
    r.font.size = Pt(12.5)
    new = [
        ("Insats", "Vem", "När"),
        ("Eget omklädningsrum (personalrummet vid idrottshallen) inför idrottslektionerna",
         "Idrottslärare och rektor, Öxnehagaskolan", "Från 2025-10-20"),
        ("Läxhjälp i skolan två eftermiddagar i veckan med specialpedagog",
         "Specialpedagog, Öxnehagaskolan", "Från v. 44, tis och tors"),
        ("Resterande 4 KBT-tillfällen, därefter utvärdering",
         "Psykolog, BUP Jönköping", "Klart senast 2025-11-28"),
        ("Föräldrastöd (Komet-grupp) när plats finns",
         "Familjebehandlare, Socialtjänsten Jönköping", ""),
        ("Studierummet fortsätter under raster och lunch",
         "Specialpedagog, Öxnehagaskolan", "Hela läsåret 25/26"),
    ]
    t2 = doc.add_table(rows=len(new), cols=3)
    t2.style = "Table Grid"
    for i, row in enumerate(new):
        for j, v in enumerate(row):
            c = t2.cell(i, j)
            cell_text(c, v, bold=(i == 0), size=9.5)
            if i == 0:
                shade(c, "BDD7EE")
    set_repeat_header(t2.rows[0])

    doc.add_paragraph()
    for head, txt in [
        ("5. Övriga aktörer", "Se tidigare plan."),
        ("6. Huvudansvar", "Som tidigare."),
        ("7. Nästa uppföljning", "Torsdag 2025-11-20 kl. 13.15 i elevhälsans konferensrum, Öxnehagaskolan. "
                                 "Kurator skickar kallelse."),
    ]:
        p = doc.add_paragraph()
        r = p.add_run(head)
        r.bold = True
        r.font.size = Pt(12.5)
        doc.add_paragraph(txt)

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(14)
    r = p.add_run("Antecknat av: Sanna, kurator, Elevhälsan Öxnehagaskolan, 2025-10-15")
    r.italic = True
    r.font.size = Pt(9)

    save_docx(doc, path(7, "docx"), datetime.datetime(2025, 10, 15, 11, 0), "Kurator Öxnehagaskolan")


# ================================================================ 08 .docx NOT a plan
def plan08():
    """Ansökan om bistånd – boendestöd, Jönköpings kommun; filled in with staff help."""
    doc = Document()
    base_font(doc, "Arial", 10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    hp = sec.header.paragraphs[0]
    hp.text = "JÖNKÖPINGS KOMMUN\tSocialförvaltningen\tBlankett SoF 114"
    for r in hp.runs:
        r.font.size = Pt(8)
        r.bold = True
    fp = sec.footer.paragraphs[0]
    fp.text = ("Uppgifterna behandlas enligt dataskyddsförordningen (GDPR). Skicka ansökan till "
               "Socialförvaltningen, Jönköpings kommun, eller lämna den i kontaktcenter.")
    fp.runs[0].font.size = Pt(7)

    p = doc.add_paragraph()
    r = p.add_run("Ansökan om bistånd – boendestöd")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Enligt 4 kap. 1 § socialtjänstlagen (SoL)").runs[0].font.size = Pt(8.5)

    def form_table(title, rows):
        t = doc.add_table(rows=1 + len(rows), cols=2)
        t.style = "Table Grid"
        hc = t.cell(0, 0).merge(t.cell(0, 1))
        cell_text(hc, title, bold=True, size=10)
        shade(hc, "D9D9D9")
        for i, (k, v) in enumerate(rows, start=1):
            c0 = t.cell(i, 0)
            c0.width = Cm(5.5)
            t.cell(i, 1).width = Cm(11.5)
            cell_text(c0, k, size=8.5, color="404040")
            cell_text(t.cell(i, 1), v, size=10)
        doc.add_paragraph()

    form_table("1. Sökande", [
        ("Namn", "Linnea"),
        ("Personnummer", "ÅÅMMDD-XXXX"),
        ("Adress", "[adress]"),
        ("Telefon", "070-XXX XX XX"),
        ("Bor", "☒ Ensam   ☐ Med make/maka/sambo   ☐ Med barn   ☐ Annat"),
        ("Boendeform", "☒ Hyresrätt   ☐ Bostadsrätt   ☐ Villa   ☐ Andrahandskontrakt"),
    ])
    form_table("2. Företrädare / god man", [
        ("Har du god man eller förvaltare?", "☐ Ja   ☒ Nej"),
        ("Har någon hjälpt dig att fylla i ansökan?",
         "☒ Ja, vem: min kontaktperson på Allmänpsykiatriska mottagningen Jönköping (skötare)   ☐ Nej"),
    ])
    form_table("3. Vad ansöker du om?", [
        ("Insats", "☒ Boendestöd   ☐ Hemtjänst   ☐ Kontaktperson   ☐ Sysselsättning"),
        ("Hur ofta tror du att du behöver stöd?", "2–3 gånger i veckan, helst förmiddagar"),
    ])
    form_table("4. Beskriv din situation och varför du behöver stöd", [
        ("Med egna ord",
         "Jag har bipolär sjukdom och var inlagd på psykiatrin i Jönköping i januari–februari. "
         "Nu är jag hemma igen och det går bättre med medicinen, men jag klarar inte av att "
         "hålla ordning hemma, handla och laga mat och jag glömmer räkningar. När jag blir "
         "trött ligger jag bara i sängen och då blir allt liggande. Jag vill ha någon som kan "
         "komma hem till mig och hjälpa mig att få rutiner och göra en veckoplanering."),
        ("Har du haft möten med andra om ditt stöd?",
         "Vi hade en SIP 2025-03-18 med psykiatrin, vårdcentralen och socialtjänsten. Där kom "
         "det fram att jag behöver stöd hemma och att jag skulle söka boendestöd själv, så det "
         "är därför jag skickar den här ansökan."),
        ("Har du annat stöd i dag?",
         "Kontakt på Allmänpsykiatriska mottagningen varannan vecka. Min mamma hjälper mig "
         "ibland med att handla."),
    ])
    form_table("5. Samtycke till att inhämta uppgifter", [
        ("Socialtjänsten får kontakta",
         "☒ Allmänpsykiatriska mottagningen Jönköping   ☒ Vårdcentralen   ☐ Försäkringskassan   "
         "☐ Annan: ……………"),
    ])
    form_table("6. Underskrift", [
        ("Ort och datum", "Jönköping 2025-03-24"),
        ("Sökandens underskrift", "Linnea (signerat)"),
    ])

    p = doc.add_paragraph()
    r = p.add_run("Handläggs av: biståndshandläggare, Socialpsykiatri, Jönköpings kommun. "
                  "Ankomststämpel: 2025-03-26.")
    r.font.size = Pt(8)
    r.italic = True

    save_docx(doc, path(8, "docx"), datetime.datetime(2025, 3, 24, 10, 45), "Socialförvaltningen")


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    plan01()
    plan02()
    plan03()
    plan04()
    plan05()
    plan06()
    plan07()
    plan08()
    shutil.rmtree(os.path.join(HERE, "build"), ignore_errors=True)
    print("done:", sorted(os.listdir(OUT)))
