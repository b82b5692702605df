#!/usr/bin/env python
"""Generate batch fresh-41b (prefix f41b): 7 fictional SIP plans + 1 non-plan.

Run with python generate_b.py
Writes into plans/ (and intermediate .docx for PDF conversion into build/).
Deterministic: fixed dates, no randomness.
"""
import datetime as dt
import os
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
PLANS = os.path.join(HERE, "plans")
BUILD = os.path.join(HERE, "build")
PREFIX = "f41b"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIXED = dt.datetime(2025, 1, 1, 12, 0, 0, tzinfo=dt.timezone.utc)


def out(n, ext):
    return os.path.join(PLANS, f"{PREFIX}-{n:02d}.{ext}")


def wrap(text, width=76, indent=""):
    """Wrap paragraphs (separated by blank lines) at width."""
    paras = text.strip("\n").split("\n\n")
    res = []
    for p in paras:
        p = " ".join(p.split())
        res.append(textwrap.fill(p, width=width, initial_indent=indent,
                                 subsequent_indent=indent))
    return "\n\n".join(res)


def bullet(text, mark="-", width=76):
    return textwrap.fill(" ".join(text.split()), width=width,
                         initial_indent=f"{mark} ", subsequent_indent="  ")


def fix_core(doc, title, author):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = dt.datetime(2025, 1, 1, 12, 0, 0)
    cp.modified = dt.datetime(2025, 1, 1, 12, 0, 0)
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


def cell_text(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    return r


def add_sdt_placeholder(paragraph, placeholder, sdt_id):
    """Append an empty plain-text content control (w:sdt) showing its placeholder."""
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    rpr = OxmlElement("w:rPr")
    col = OxmlElement("w:color")
    col.set(qn("w:val"), "808080")
    rpr.append(col)
    pr.append(rpr)
    i = OxmlElement("w:id")
    i.set(qn("w:val"), str(sdt_id))
    pr.append(i)
    pr.append(OxmlElement("w:showingPlcHdr"))
    pr.append(OxmlElement("w:text"))
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    rpr2 = OxmlElement("w:rPr")
    col2 = OxmlElement("w:color")
    col2.set(qn("w:val"), "808080")
    rpr2.append(col2)
    r.append(rpr2)
    t = OxmlElement("w:t")
    t.text = placeholder
    t.set(qn("xml:space"), "preserve")
    r.append(t)
    content.append(r)
    sdt.append(content)
    paragraph._p.append(sdt)


def save_docx(doc, path):
    """Save and rewrite the zip with fixed timestamps so the bytes are reproducible."""
    doc.save(path)
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def soffice_pdf(docx_path, outdir):
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file:///tmp/lo-{PREFIX}", "--headless",
         "--convert-to", "pdf", "--outdir", outdir, docx_path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


# ---------------------------------------------------------------------------
# 01  Psychiatry record print (fpdf2), journal keywords, title "SIP"
# ---------------------------------------------------------------------------
class JournalPDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "B", 8)
        self.set_text_color(60, 60, 60)
        self.cell(95, 4, "Region Västmanland  ·  Cosmic  ·  Journalutskrift", new_x="RIGHT",
                  new_y="TOP")
        self.set_font("DejaVu", "", 8)
        self.cell(0, 4, f"Sida {self.page_no()} ({{nb}})", align="R", new_x="LMARGIN",
                  new_y="NEXT")
        self.cell(95, 4, "Patient: ÅÅMMDD-XXXX  [namn], Köping", new_x="RIGHT", new_y="TOP")
        self.cell(0, 4, "Utskriftsdatum 2024-11-20 08:42  Utskriven av: sjuksköterska",
                  align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, "Vårdenhet: Vuxenpsykiatrin Köping, öppenvårdsmottagning  ·  "
                  "Journaltyp: Psykiatri öppenvård", new_x="LMARGIN", new_y="NEXT")
        y = self.get_y() + 1
        self.line(self.l_margin, y, self.w - self.r_margin, y)
        self.set_y(y + 4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Utskrift ur journal – hanteras enligt sekretess (OSL 25 kap. 1 §). "
                  "Utskriften är inte en komplett journal.", align="C")

    def keyword(self, kw, text):
        self.set_font("DejaVu", "B", 9.5)
        self.cell(0, 5.5, kw, new_x="LMARGIN", new_y="NEXT")
        self.set_font("DejaVu", "", 9.5)
        self.set_x(self.l_margin + 6)
        self.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)


def make_01():
    pdf = JournalPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_margins(18, 15, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_title("Journalutskrift")
    pdf.add_page()

    pdf.set_font("DejaVu", "B", 9)
    pdf.cell(0, 5, "2024-11-14 13:30   Ingrid, Sjuksköterska, Vuxenpsykiatrin Köping",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 8.5)
    pdf.cell(0, 4.5, "Kontakttyp: Möte med annan vårdgivare/myndighet   Signerad: "
             "2024-11-14 16:05 Ingrid, Sjuksköterska", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DejaVu", "B", 15)
    pdf.cell(0, 9, "SIP", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)

    pdf.keyword("Närvarande",
                "Patienten. Jonas, kurator, Vuxenpsykiatrin Köping. Ingrid, sjuksköterska, "
                "Vuxenpsykiatrin Köping. Ahmed, socialsekreterare, IFO Vuxenenheten Köping. "
                "Petra, boendestödjare, Socialpsykiatrin Köping. Mötet hölls på mottagningen.")
    pdf.keyword("Syfte", "Samordning.")
    pdf.keyword("Frågeställning", "Gå igenom aktuellt läge.")
    pdf.keyword("Status",
                "34-årig man med paranoid schizofreni sedan 2016, inskriven på mottagningen "
                "sedan 2017. Skrevs ut från slutenvården, avd 72 Västerås, 2024-10-02 efter ca "
                "tre veckors vårdtid p.g.a. akut psykotisk försämring efter att medicinen satts ut "
                "på eget initiativ under sommaren. Har sedan utskrivningen depåinjektion var 14:e "
                "dag, senaste given 2024-11-07 utan anmärkning. Bor ensam i hyreslägenhet i Köping. "
                "Sedan i våras obetalda räkningar (el, telefon, hemförsäkring) och hyresskuld "
                "motsvarande ca två månadshyror, uppsägning av lägenheten har aviserats. Post har "
                "legat oöppnad under längre tid.\n"
                "Vid mötet lugn och samarbetsvillig, orienterad till tid och rum, viss "
                "tankemässig stumhet och sparsam mimik. Inga tecken till hallucinos, inga "
                "vanföreställningar framkommer. Förnekar suicidtankar. Sömn ca 7 timmar/natt. "
                "Äter oregelbundet, kylskåpet ofta tomt enl. boendestödjare. Pat. deltar under "
                "hela mötet, sitter tyst större delen av tiden.")
    pdf.keyword("Bedömning",
                "Psykiskt stabil sedan utskrivningen på depåbehandling. Den ekonomiska situationen "
                "med hyresskuld och risk att förlora bostaden bedöms vara den största "
                "riskfaktorn för ny försämring. Behov av praktiskt stöd i vardagen med post, "
                "räkningar, inköp och dagsstruktur samt fortsatt regelbunden depåmedicinering och "
                "läkaruppföljning. Insatser behövs från både region och kommun.")

    pdf.keyword("Åtgärd", "Följande överenskoms på mötet:")
    pdf.set_font("DejaVu", "", 9)
    rows = [
        ("Depåinjektion var 14:e dag på mottagningen",
         "Sjuksköterska, Vuxenpsykiatrin Köping",
         "Nästa 2024-11-21, därefter var 14:e dag"),
        ("Läkarbesök, uppföljning av läkemedel, biverkningar och vikt",
         "Överläkare, Vuxenpsykiatrin Köping", "2024-12-05 kl. 10.00"),
        ("Kuratorssamtal varannan vecka med fokus på dagsstruktur och planering av veckan",
         "Kurator, Vuxenpsykiatrin Köping", "Från 2024-11-27"),
        ("Boendestöd 2 ggr/vecka: genomgång av post och räkningar, inköp, matlagning, "
         "veckoschema",
         "Boendestödjare, Socialpsykiatrin Köping", "Start vecka 48, tisdagar och fredagar"),
        ("Ansökan om ekonomiskt bistånd avseende hyresskulden utreds",
         "Socialsekreterare, IFO Vuxenenheten Köping", "Beslut senast 2024-11-29"),
        ("Kontakt med kommunens budget- och skuldrådgivning för genomgång av samtliga skulder "
         "och upprättande av budget",
         "Socialsekreterare, IFO Vuxenenheten Köping", ""),
        ("Hjälp att sätta upp autogiro för hyran",
         "Boendestödjare, Socialpsykiatrin Köping", "December 2024"),
    ]
    pdf.set_x(pdf.l_margin + 6)
    with pdf.table(col_widths=(48, 32, 24), width=pdf.epw - 6, align="RIGHT",
                   line_height=5, first_row_as_headings=True, repeat_headings=1,
                   headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225)),
                   text_align="LEFT") as table:
        h = table.row()
        for t in ("Insats", "Ansvarig", "Tidpunkt"):
            h.cell(t)
        for r in rows:
            row = table.row()
            for t in r:
                row.cell(t)
    pdf.ln(3)
    pdf.keyword("Huvudansvar",
                "Jonas, kurator, Vuxenpsykiatrin Köping, är huvudansvarig för SIP, håller ihop "
                "planen och kallar till uppföljning.")
    pdf.keyword("Planering",
                "Uppföljande SIP-möte i februari 2025. Kurator skickar kallelse till samtliga "
                "deltagare. Planen skickas i kopia till IFO Vuxenenheten och Socialpsykiatrin "
                "Köping. Pat. fick planen med sig i pappersform efter mötet.")
    pdf.ln(2)
    pdf.set_font("DejaVu", "", 8)
    pdf.set_text_color(80, 80, 80)
    pdf.multi_cell(0, 4, "Journalanteckningen är signerad. Vidimerad: nej. "
                   "Tidigare anteckningar i utskriften: 0 av 14 valda (filter: Journaltyp "
                   "SIP).", new_x="LMARGIN", new_y="NEXT")
    pdf.output(out(1, "pdf"))


# ---------------------------------------------------------------------------
# 02  Follow-up notes (+ done / - not done), cp1252, CRLF
# ---------------------------------------------------------------------------
def make_02():
    parts = []
    parts.append("UPPFÖLJNING SIP")
    parts.append("=" * 15)
    parts.append("")
    parts.append("Datum: 2025-03-11 kl. 13.00-14.15")
    parts.append("Plats: IFO Fagersta, Vuxenenheten")
    parts.append("Gäller: E., 19 år, Fagersta")
    parts.append("Antecknat av: socialsekreterare")
    parts.append("")
    parts.append("Närvarande: Maria, Johan, Leila, Sanna (mamma)")
    parts.append("E. kom inte till mötet.")
    parts.append("")
    parts.append("KORT OM LÄGET")
    parts.append(wrap(
        "E. bor hemma hos mamma i Fagersta. Har använt cannabis dagligen sedan gymnasiet, "
        "hoppade av el-programmet våren 2024. Sedan SIP i december har användningen minskat "
        "enligt proverna. Sover dåligt, vänder på dygnet perioder. Mamma upplever att E. är "
        "lugnare hemma men att han fortfarande träffar samma umgänge. Inga polisärenden sedan "
        "oktober."))
    parts.append("")
    parts.append("UPPFÖLJNING AV ÖVERENSKOMMELSER FRÅN 2024-12-10")
    parts.append("(+ = genomfört, - = inte genomfört)")
    parts.append("")
    done = [
        ("+", "Beroendemottagningen Fagersta: urinprov en gång/vecka har tagits sedan "
              "vecka 2. De tre senaste proverna negativa för cannabis."),
        ("+", "IFO Fagersta, Öppenvården: MI-samtal varannan vecka, E. har kommit på 5 av 7 "
              "bokade tider."),
        ("+", "Beroendemottagningen Fagersta: läkare har gjort bedömning, ingen "
              "läkemedelsbehandling just nu."),
        ("-", "Vårdcentralen Fagersta: läkarbesök för sömnproblemen har inte blivit av, E. "
              "uteblev från tiden 2025-02-04."),
        ("-", "IFO Fagersta, Vuxenenheten: ansökan om boendestöd är inte gjord, E. ville "
              "vänta till efter jul och sedan blev det inte av."),
        ("-", "IFO Fagersta, Öppenvården: gruppen \"Återfallsprevention\" har inte startat "
              "p.g.a. för få deltagare."),
    ]
    for m, t in done:
        parts.append(bullet(t, mark=m))
    parts.append("")
    parts.append("E:S SYN")
    parts.append(wrap(
        "Maria pratade med E. i telefon 2025-03-07 och frågade vad han tycker är viktigast "
        "framåt. E. sa: \"Jag vill vara drogfri och ha ett jobb till sommaren. Jag orkar inte "
        "sitta hemma hela dagarna.\" Han tycker att proverna är jobbiga men att de hjälper "
        "honom att säga nej."))
    parts.append("")
    parts.append("NYA ÖVERENSKOMMELSER")
    agreements = [
        "Urinprov fortsätter en gång/vecka, måndagar. Ansvar: sjuksköterska, "
        "Beroendemottagningen Fagersta. Tid: t.o.m. 2025-05-05.",
        "MI-samtal varannan vecka. Ansvar: behandlare, IFO Fagersta Öppenvården. Nästa "
        "tid 2025-03-18 kl. 10.00.",
        "Ny tid för läkarbesök om sömnen. Ansvar: läkare, Vårdcentralen Fagersta. Tid: "
        "2025-03-25 kl. 10.20. Sjuksköterska på Beroendemottagningen påminner E. dagen innan "
        "(2025-03-24).",
        "Ansökan om boendestöd tas upp igen, socialsekreterare hjälper E. att fylla i "
        "ansökan. Ansvar: socialsekreterare, IFO Fagersta Vuxenenheten. Tid: ansökan senast "
        "2025-03-21, beslut senast 2025-04-15.",
    ]
    for i, t in enumerate(agreements, 1):
        parts.append(textwrap.fill(" ".join(t.split()), width=76, initial_indent=f"{i}. ",
                                   subsequent_indent="   "))
    parts.append("")
    parts.append(wrap("Arbetsförmedlingen är informerad om att E. vill ha jobb."))
    parts.append("")
    parts.append("Samtycke finns.")
    parts.append("")
    parts.append(wrap("Huvudansvaret ligger kvar hos Maria, socialsekreterare IFO Fagersta "
                      "Vuxenenheten."))
    parts.append("")
    parts.append("NÄSTA UPPFÖLJNING")
    parts.append("2025-05-06 kl. 13.00, IFO Fagersta. Kallelse skickas till E. och mamma.")
    parts.append("")
    text = "\n".join(parts) + "\n"
    with open(out(2, "txt"), "wb") as f:
        f.write(text.replace("\n", "\r\n").encode("cp1252"))


# ---------------------------------------------------------------------------
# 03  Child-friendly plan (Markdown)
# ---------------------------------------------------------------------------
def make_03():
    md = """# Min plan – Elsa

*SIP (samordnad individuell plan) skriven till dig, Elsa, efter mötet den 21 januari 2025
på Kungsängsskolan i Sala.*

## Varför har vi en plan?

Sedan i höstas har det varit svårt för dig att gå till skolan. Du får ont i magen på
morgnarna och blir rädd när det är mycket folk i korridoren, och i december var du bara i
skolan några dagar. Vi har gjort den här planen för att alla vuxna runt dig ska hjälpa
till på samma sätt, så att du kan komma tillbaka till skolan lite i taget och inte behöva
ha så ont i magen.

## Det här vill jag

> "Jag vill kunna vara i skolan hela dagen och äta lunch med Wilma igen."

> "Jag vill inte att alla ska titta på mig när jag kommer in sent."

## Det här sa du på mötet

Du var med på hela mötet tillsammans med mamma. Du berättade att morgnarna är värst och
att det känns lättare om du får gå in i klassrummet innan de andra kommer. Du sa att
matsalen är det jobbigaste, och att du hellre äter med Wilma i ett mindre rum först. Du
vill gärna prata med någon på BUP, men inte varje vecka.

## Får vi prata med varandra om dig?

Ja, sa du och mamma på mötet den 21 januari 2025. Pappa kunde inte komma, men han sa ja
i telefon till Sara dagen efter, den 22 januari. Mamma och pappa har också skrivit under
samtyckesblanketten.

## Vuxna som hjälper mig

- **Lena**, kurator på Kungsängsskolan – pratar med dig om hur skoldagen har gått och
  hjälper dig med "pauskortet". *När:* varje måndag och torsdag kl. 8.15.
- **Anders**, din mentor på Kungsängsskolan – gör ett schema där du börjar med två
  lektioner om dagen och lägger till en lektion i taget, och möter dig vid bakdörren.
  *När:* från måndag 27 januari.
- **Mia**, skolsköterska på Kungsängsskolan – ordnar så att du och Wilma kan äta lunch i
  grupprummet bredvid matsalen. *När:* från 27 januari, varje dag.
- **Jonas**, behandlare på BUP Västerås – träffar dig och mamma och ni övar på att hantera
  oron (KBT). *När:* inte bestämt än.
- **Sara**, socialsekreterare på socialtjänsten i Sala – ordnar så att en
  familjebehandlare från Familjestödet Sala kommer hem till er och hjälper till med
  morgnarna. *När:* första besöket tisdag 4 februari.
- **Mamma** – följer med dig till skolan varje morgon och går hem när du är inne i
  klassrummet. *När:* vecka 5 och 6.
- **Pappa** – hämtar dig på onsdagar när du bor hos honom, och ringer Anders om morgonen
  har varit svår. *När:* varannan vecka, från 29 januari.

## Det här gör jag själv

- Jag packar väskan kvällen innan, med mamma eller pappa.
- Jag visar pauskortet för Anders eller Lena om jag behöver gå ut en stund.
- Jag skriver i mitt "mod-häfte" varje dag jag har varit i skolan.

## När ses vi igen?

Vi ses igen efter sportlovet och pratar om hur det har gått. Ni får en inbjudan hem.

## Vilka var med på mötet?

| Vem | Vad de gör | Var de jobbar |
|---|---|---|
| Du, Elsa | | |
| Karin | mamma | |
| Lena | kurator | Kungsängsskolan, Sala |
| Anders | mentor och lärare i klass 5B | Kungsängsskolan, Sala |
| Jonas | behandlare | BUP Västerås |
| Sara | socialsekreterare | Socialtjänsten Sala, Barn och familj |
"""
    with open(out(3, "md"), "w", encoding="utf-8") as f:
        f.write(md)


# ---------------------------------------------------------------------------
# 04  Summary table (1 row x 3 cols) + paragraphs with headings; LSS autism
# ---------------------------------------------------------------------------
def make_04():
    doc = Document()
    fix_core(doc, "SIP J.", "LSS-handläggare")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Hallstahammars kommun\tVård- och omsorgsförvaltningen, LSS"
    hp.runs[0].font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.text = "SIP J. – upprättad 2025-03-18"
    fp.runs[0].font.size = Pt(8)

    doc.add_heading("Samordnad individuell plan (SIP)", level=0)
    p = doc.add_paragraph()
    p.add_run("Gäller: ").bold = True
    p.add_run("J., ÅÅMMDD-XXXX\n")
    p.add_run("Datum för SIP-möte: ").bold = True
    p.add_run("2025-03-18, Vuxenhabiliteringen Västerås")

    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cells = t.rows[0].cells
    content = [
        ("Syfte", "Att samordna stödet kring J:s flytt från träningslägenheten till egen "
                  "lägenhet i Hallstahammar i maj 2025, så att boendestöd, daglig verksamhet "
                  "och habilitering planeras tillsammans och J. möter samma struktur och "
                  "bildstöd överallt under omställningen."),
        ("Mål", "Målet är att J. ska kunna bo i egen lägenhet med stöd, ha en fungerande "
                "dygnsrytm och fortsätta på daglig verksamhet fyra dagar i veckan."),
        ("Uppföljning", "2025-06-12 kl. 9.00 på Vuxenhabiliteringen Västerås."),
    ]
    for c, (lab, txt) in zip(cells, content):
        c.text = ""
        pr = c.paragraphs[0]
        rr = pr.add_run(lab)
        rr.bold = True
        rr.font.size = Pt(12)
        shade(c, "DCE6F1")
        c.add_paragraph(txt)
    doc.add_paragraph()

    doc.add_heading("Bakgrund", level=1)
    doc.add_paragraph(
        "J. är 23 år och har autism och ADHD. Han har beslut enligt LSS om daglig verksamhet "
        "och har sedan 2023 bott i en träningslägenhet med personal i närheten. I maj 2025 "
        "flyttar J. till ett eget hyreskontrakt i centrala Hallstahammar. J. har svårt med "
        "förändringar och med att planera måltider, tvätt och inköp. Han har perioder med "
        "sen insomning, och när dygnsrytmen förskjuts har han haft svårt att komma iväg till "
        "den dagliga verksamheten. Ljudkänslighet gör att han undviker affärer när det är "
        "mycket folk.")
    doc.add_paragraph(
        "Stödet kommer från flera håll: LSS och boendestöd i kommunen samt habilitering och "
        "vårdcentral i regionen. Insatserna behöver hänga ihop, särskilt under de första "
        "veckorna i den nya lägenheten.")

    doc.add_heading("Insatser och ansvar", level=1)
    doc.add_heading("Boende", level=2)
    doc.add_paragraph(
        "LSS-handläggare, Hallstahammars kommun, utreder boendestöd för J. och fattar "
        "beslut senast 2025-04-15. Boendestödet i Hallstahammars kommun ger därefter stöd tre "
        "gånger i veckan med start på inflyttningsdagen 2025-05-02. Stödet gäller "
        "veckoplanering, tvätt, matlagning och inköp vid tider då det är lugnt i affären.")
    doc.add_heading("Daglig verksamhet", level=2)
    doc.add_paragraph(
        "Stödpedagog på daglig verksamhet Verkstan, Hallstahammar, inför bildstöd för "
        "dagsschemat och fasta pauser från vecka 14. Under de fyra första veckorna efter "
        "flytten (2025-05-05 – 2025-05-30) börjar J:s dag kl. 9.30 i stället för 8.30.")
    doc.add_heading("Hälso- och sjukvård", level=2)
    doc.add_paragraph(
        "Arbetsterapeut på Vuxenhabiliteringen Västerås gör en bedömning av kognitiva "
        "hjälpmedel (tidshjälpmedel, digital veckoplanering) vid hembesök i den nya "
        "lägenheten, senast 2025-05-23. Läkare på Vårdcentralen Hallstahammar följer upp "
        "ADHD-medicineringen och sömnen vid besök 2025-04-08.")

    doc.add_heading("Samtycke", level=1)
    doc.add_paragraph("Samtycke till samverkan finns.")
    doc.add_heading("Huvudansvar", level=1)
    doc.add_paragraph("Huvudansvar: Hallstahammars kommun.")
    save_docx(doc, out(4, "docx"))


# ---------------------------------------------------------------------------
# 05  Older man + wife with anhörigstöd; .docx -> PDF via LibreOffice
# ---------------------------------------------------------------------------
def make_05():
    doc = Document()
    fix_core(doc, "SIP Gunnar", "Biståndshandläggare")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hp.text = "Arboga kommun, Äldreomsorgen  ·  Region Västmanland, Primärvården"
    hp.runs[0].font.size = Pt(8)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.text = "SIP – Gemensam mall för Västmanlands kommuner och Region Västmanland, version 2023"
    fp.runs[0].font.size = Pt(7)

    p = doc.add_paragraph()
    r = p.add_run("Samordnad individuell plan – SIP")
    r.font.small_caps = True
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)

    def label(txt):
        pp = doc.add_paragraph()
        rr = pp.add_run(txt)
        rr.bold = True
        rr.font.size = Pt(11.5)
        pp.paragraph_format.space_before = Pt(10)
        pp.paragraph_format.space_after = Pt(3)
        pp.paragraph_format.keep_with_next = True
        return pp

    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    rows = [
        ("Namn", "Gunnar (G.)"),
        ("Personnummer", "ÅÅMMDD-XXXX"),
        ("Närstående", "Birgit, hustru (bor tillsammans med Gunnar). Anna, dotter, bor i Köping."),
        ("Datum och plats för mötet", "2025-02-11, i makarnas hem i Arboga"),
    ]
    for row, (a, b) in zip(t.rows, rows):
        cell_text(row.cells[0], a, bold=True)
        cell_text(row.cells[1], b)
        shade(row.cells[0], "EDEDED")

    label("1. Bakgrund")
    doc.add_paragraph(
        "Gunnar är 84 år och fick en stroke i november 2024. Efter vård på Västmanlands "
        "sjukhus Köping kom han hem i december. Han har kvarstående svaghet i vänster arm och "
        "ben, går inomhus med rollator och har fallit två gånger i hemmet sedan jul. Han har "
        "också blivit glömsk och utreds sedan januari på Minnesmottagningen Köping. Gunnar går "
        "upp flera gånger per natt och är då orolig.")
    doc.add_paragraph(
        "Birgit, 81 år, gör i dag det mesta av omvårdnaden: hon hjälper Gunnar med "
        "påklädning, läkemedel och måltider och följer med på alla besök. Hon sover dåligt, "
        "har en egen hjärtsjukdom och har själv sökt kontakt med kommunens anhörigkonsulent "
        "eftersom hon känner att hon inte orkar. Båda behöver alltså stöd, och insatserna "
        "kommer från både kommunen och regionen.")

    label("2. Syfte med SIP")
    doc.add_paragraph(
        "Att samordna insatserna från hemtjänst, kommunrehab, vårdcentral och "
        "minnesmottagning så att Gunnar kan bo kvar hemma på ett tryggt sätt, och samtidigt "
        "ge Birgit stöd och avlastning så att hon orkar och får tid för sig själv.")

    label("3. Frågeställningar inför mötet")
    for q in ["Hur kan Birgit få sova ostört några nätter i veckan?",
              "Behöver Gunnar växelvård, och i så fall hur ofta?",
              "Vem följer upp Gunnars blodtryck och läkemedel efter strokeen?",
              "Vilka hjälpmedel behövs för att minska risken för fall i badrummet?"]:
        doc.add_paragraph(q, style="List Bullet")

    label("4. Mål – med Gunnars och Birgits egna ord")
    pp = doc.add_paragraph()
    pp.add_run("Gunnar: ").bold = True
    pp.add_run("”Jag vill bo kvar hemma med Birgit och kunna gå ut till brevlådan själv.”")
    pp = doc.add_paragraph()
    pp.add_run("Birgit: ").bold = True
    pp.add_run("”Jag vill orka vara Gunnars fru och inte bara hans vårdare. Och jag vill "
               "kunna gå på kören på torsdagarna igen.”")

    label("5. Delaktighet")
    doc.add_paragraph(
        "Gunnar och Birgit deltog båda under hela mötet, som hölls hemma hos dem för att "
        "Gunnar inte orkar åka. Gunnar vill inte ha ”för många olika människor” från "
        "hemtjänsten och önskar så få personer som möjligt. Han är tveksam till växelvård men "
        "går med på att prova om det hjälper Birgit. Birgit tycker det känns svårt att lämna "
        "bort Gunnar men vill prova två nätter åt gången.")

    label("6. Samtycke")
    doc.add_paragraph("☒ Skriftligt samtycke     ☐ Muntligt samtycke     ☐ Samtycke saknas")
    doc.add_paragraph(
        "Gunnar lämnade skriftligt samtycke till informationsutbyte mellan Arboga kommun och "
        "Region Västmanland på samtyckesblanketten vid mötet 2025-02-11. Birgit samtyckte "
        "muntligt vid samma tillfälle till att uppgifter om hennes anhörigstöd får tas med i "
        "planen.")

    label("7. Insatser – vad, vem och när")
    rows = [
        ("H", "Gunnars behov"),
        ("Hemtjänst morgon och kväll, hjälp med dusch två gånger i veckan",
         "Hemtjänst Arboga centrum, enhetschef", "Från 2025-02-17"),
        ("Trygghetslarm", "Biståndshandläggare, Äldreomsorgen Arboga",
         "Installeras senast 2025-02-21"),
        ("Gång- och balansträning en gång/vecka, hemövningsprogram",
         "Fysioterapeut, Primärvårdsrehab Arboga", "Start 2025-02-19, 8 veckor"),
        ("Hjälpmedel i badrummet: förhöjd toalettstol, duschpall, stödhandtag",
         "Arbetsterapeut, Kommunrehab Arboga", "Hembesök 2025-02-20"),
        ("Läkemedelsgenomgång och blodtryckskontroll", "Regionen", "Mars 2025"),
        ("Fortsatt minnesutredning, återbesök", "Läkare, Minnesmottagningen Köping",
         "2025-03-12 kl. 13.30"),
        ("H", "Birgits behov – anhörigstöd"),
        ("Stödsamtal med anhörigkonsulent", "Anhörigkonsulent, Arboga kommun",
         "Första samtal 2025-02-25, sedan varannan vecka"),
        ("Avlösning i hemmet 4 timmar/vecka (torsdagar, så att Birgit kan gå på kören)",
         "Hemtjänst Arboga centrum", "Från 2025-02-20"),
        ("Växelvård två nätter var tredje vecka, prövas under våren",
         "Biståndshandläggare, Äldreomsorgen Arboga", "Beslut senast 2025-03-07"),
        ("Kontroll av Birgits hjärta och sömn", "Distriktssköterska, Vårdcentralen Arboga",
         "2025-03-04"),
    ]
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = t.rows[0]
    for c, txt in zip(hdr.cells, ("Insats", "Ansvarig (verksamhet, funktion)", "När")):
        cell_text(c, txt, bold=True)
        shade(c, "1F3A5F")
        c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    repeat_header(hdr)
    for r in rows:
        row = t.add_row()
        if r[0] == "H":
            m = row.cells[0].merge(row.cells[2])
            cell_text(m, r[1], bold=True)
            shade(m, "D9E2F3")
        else:
            for c, txt in zip(row.cells, r):
                cell_text(c, txt)
    for row in t.rows:
        row.cells[0].width = Cm(7.5)
        row.cells[1].width = Cm(5.5)
        row.cells[2].width = Cm(4)

    label("8. Närstående, den enskilde och andra aktörer")
    for s in [
        "Birgit ger Gunnar hans läkemedel ur dosetten morgon och kväll och följer med på "
        "läkarbesök.",
        "Anna (dotter) handlar varje lördag och kör Gunnar och Birgit till "
        "Minnesmottagningen 2025-03-12.",
        "Gunnar gör själv hemövningarna från fysioterapeuten varje förmiddag.",
        "Ingen god man eller förvaltare behövs, Gunnar och Birgit sköter ekonomin tillsammans.",
    ]:
        doc.add_paragraph(s, style="List Bullet")

    label("9. Huvudansvar för planen")
    doc.add_paragraph("Arboga kommun.")
    label("10. Uppföljning")
    doc.add_paragraph("Uppföljning 2025-04-22 kl. 10.00 i hemmet.")
    label("11. Deltagare vid mötet")
    doc.add_paragraph("Gunnar, Birgit (hustru), Anna (dotter), biståndshandläggare, "
                      "anhörigkonsulent, distriktssköterska, fysioterapeut, arbetsterapeut.")
    os.makedirs(BUILD, exist_ok=True)
    path = os.path.join(BUILD, f"{PREFIX}-05.docx")
    save_docx(doc, path)
    soffice_pdf(path, PLANS)


# ---------------------------------------------------------------------------
# 06  Discharge plan with Word comments (comments must not count)
# ---------------------------------------------------------------------------
def make_06():
    doc = Document()
    fix_core(doc, "SIP utskrivning L.", "Mats")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    hdr = sec.header
    ht = hdr.add_table(rows=1, cols=2, width=Cm(17))
    cell_text(ht.rows[0].cells[0], "Region Västmanland  |  Surahammars kommun", bold=True,
              size=9)
    cell_text(ht.rows[0].cells[1], "SIP vid utskrivning från sluten psykiatrisk vård",
              size=9)
    ht.rows[0].cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    sec.footer.paragraphs[0].text = "Dokumentet upprättas i samverkan enligt SoL 2 kap. 7 § " \
        "och HSL 16 kap. 4 §."
    sec.footer.paragraphs[0].runs[0].font.size = Pt(8)

    comments = []  # (run, text)

    def lab(txt):
        pp = doc.add_paragraph()
        rr = pp.add_run(txt)
        rr.bold = True
        rr.font.size = Pt(11)
        pp.paragraph_format.space_before = Pt(10)
        pp.paragraph_format.space_after = Pt(2)
        return rr

    title = doc.add_paragraph()
    tr = title.add_run("Samordnad individuell plan (SIP) – utskrivning")
    tr.bold = True
    tr.font.size = Pt(16)

    p = doc.add_paragraph()
    p.add_run("Den enskilde: ").bold = True
    p.add_run("L., ÅÅMMDD-XXXX, Surahammar\n")
    p.add_run("Inskriven: ").bold = True
    p.add_run("Psykiatriska kliniken Västerås, avd 73, sedan 2024-10-30\n")
    p.add_run("Planerat utskrivningsdatum: ").bold = True
    p.add_run("2024-11-28\n")
    p.add_run("SIP-möte: ").bold = True
    p.add_run("2024-11-21 kl. 14.00 på avd 73. L. deltog på mötet.")

    lab("Syfte med SIP")
    p = doc.add_paragraph()
    r_syfte = p.add_run("Samordning av insatser.")
    comments.append((r_syfte, "Kan vi skriva syftet mer konkret? T.ex. att L. ska ha stöd på "
                     "plats från utskrivningsdagen 28/11 så att hon inte är ensam hemma i "
                     "Surahammar den första veckan."))

    lab("Bakgrund")
    doc.add_paragraph(
        "L. är 45 år och bor ensam i lägenhet i Surahammar med sin hund. Hon har varit "
        "sjukskriven från sitt arbete i kommunens kök sedan augusti 2024 på grund av "
        "depression. Hon lades in 2024-10-30 efter ett suicidförsök med tabletter. Under "
        "vårdtiden har hon fått ny antidepressiv medicinering och stämningsläget har "
        "förbättrats, hon har haft permissioner hem utan anmärkning. Suicidrisken bedöms nu "
        "som låg men förhöjd under de första veckorna efter utskrivning. Hon har inte haft "
        "någon kontakt med socialtjänsten tidigare.")

    lab("Frågeställningar")
    for q in ["Vem har kontakt med L. under den första veckan efter utskrivning?",
              "Behöver L. boendestöd, och vem gör i så fall ansökan?",
              "Hur ska överlämningen mellan avdelningen och öppenvården gå till?"]:
        doc.add_paragraph(q, style="List Bullet")

    r_mal = lab("Den enskildes mål")
    p = doc.add_paragraph()
    add_sdt_placeholder(p, "Klicka eller tryck här för att ange text.", 101)
    lab("Insatser")

    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ("Insats", "Ansvarig", "När")):
        cell_text(c, txt, bold=True)
        shade(c, "D9D9D9")
    repeat_header(t.rows[0])
    ins = [
        ("Fortsatt kontakt med öppenvården",
         "Psykiatriska öppenvårdsmottagningen Västerås", "Efter utskrivning"),
        ("Stöd vid behov", "Socialtjänsten", ""),
        ("Fortsatt medicinering", "Regionen", ""),
    ]
    ins_runs = []
    for a, b, c in ins:
        row = t.add_row()
        ins_runs.append(cell_text(row.cells[0], a))
        cell_text(row.cells[1], b)
        cell_text(row.cells[2], c)

    lab("Övriga aktörer")
    doc.add_paragraph("Försäkringskassan (sjukpenning). Syster i Hallstahammar.")

    lab("Huvudansvarig för planen")
    p_huv = doc.add_paragraph()
    r_huv = p_huv.add_run("Namn, funktion, verksamhet: ")
    add_sdt_placeholder(p_huv, "Klicka eller tryck här för att ange text.", 102)

    lab("Uppföljning")
    p_upp = doc.add_paragraph()
    r_upp = p_upp.add_run("Datum för uppföljning: ")
    add_sdt_placeholder(p_upp, "ÅÅÅÅ-MM-DD", 103)

    lab("Deltagare")
    dt_ = doc.add_table(rows=1, cols=3)
    dt_.style = "Table Grid"
    for c, txt in zip(dt_.rows[0].cells, ("Namn", "Funktion", "Verksamhet")):
        cell_text(c, txt, bold=True)
        shade(c, "D9D9D9")
    people = [
        ("L.", "den enskilde", ""),
        ("Mats", "skötare, kontaktperson", "Psykiatriska kliniken Västerås, avd 73"),
        ("Helena", "kurator", "Psykiatriska kliniken Västerås, avd 73"),
        ("Sofie", "sjuksköterska", "Psykiatriska öppenvårdsmottagningen Västerås"),
        ("Anna", "socialsekreterare", "IFO Surahammar, Vuxenenheten"),
    ]
    first_person_run = None
    for a, b, c in people:
        row = dt_.add_row()
        rr = cell_text(row.cells[0], a)
        if first_person_run is None:
            first_person_run = rr
        cell_text(row.cells[1], b)
        cell_text(row.cells[2], c)

    # -- comments by a colleague (Helena, kurator) -------------------------
    A, I = "Helena", "H"
    doc.add_comment(r_syfte, comments[0][1], author=A, initials=I)
    doc.add_comment(r_mal, "L. sa själv på mötet: ”jag vill kunna gå ut med hunden varje dag "
                    "och orka jobba lite till våren”. Ska det in under mål?", author=A,
                    initials=I)
    doc.add_comment(title.runs[0], "Samtycke: L. gav muntligt samtycke 2024-11-19 på "
                    "avdelningen till att vi pratar med IFO Surahammar. Det behöver skrivas in.",
                    author=A, initials=I)
    doc.add_comment(ins_runs[1], "Vad betyder det konkret? Boendestöd tre gånger i veckan? "
                    "Anna sa att hon ringer L. dagen efter utskrivning, 29/11 – skriv in det.",
                    author=A, initials=I)
    doc.add_comment(r_huv, "Förslag: Anna, socialsekreterare IFO Surahammar vuxenenheten, tar "
                    "huvudansvaret – stämmer det?", author=A, initials=I)
    doc.add_comment(r_upp, "Uppföljning är bokad 2024-12-10 kl. 14 på öppenvårdsmottagningen "
                    "– lägg in datumet.", author=A, initials=I)
    doc.add_comment(first_person_run, "Syster Eva var med på telefon sista 10 min, ska hon "
                    "med i listan? Hon har lovat att sova över hos L. första natten.",
                    author=A, initials=I)
    # fixed comment dates for determinism
    for c in doc.comments:
        c._comment_elm.set(qn("w:date"), "2024-11-22T09:15:00Z")
    save_docx(doc, out(6, "docx"))


# ---------------------------------------------------------------------------
# 07  Plan pasted into a calendar invitation body
# ---------------------------------------------------------------------------
def make_07():
    L = []
    L.append("Ämne: Uppföljande SIP – A.")
    L.append("Plats: Vårdcentralen Norberg, samtalsrum 2 / Teams")
    L.append("Start: 2025-09-16 13:00")
    L.append("Slut: 2025-09-16 14:30")
    L.append("Visa som: Upptagen")
    L.append("")
    L.append("Hej!")
    L.append("")
    L.append(wrap(
        "Välkomna till uppföljande SIP-möte för A. Jag klistrar in planen från förra mötet "
        "nedan så att alla har den framför sig. Meddela mig om ni inte kan komma, nå mig via "
        "växeln."))
    L.append("")
    L.append("Hälsningar")
    L.append("Socialsekreterare, Vuxenenheten Norberg")
    L.append("")
    L.append("-" * 76)
    L.append("SAMORDNAD INDIVIDUELL PLAN (SIP)")
    L.append("")
    L.append("Person: A., ÅÅMMDD-XXXX")
    L.append("Datum för mötet: 2025-05-20")
    L.append("")
    L.append("Syfte: SIP")
    L.append("")
    L.append(wrap(
        "Bakgrund: A. är 28 år och har ADHD och återkommande depressioner. Hon har varit "
        "sjukskriven på heltid sedan februari 2024 från sin anställning inom handeln och "
        "anställningen har nu upphört. Bor ensam i lägenhet i Norberg. Ekonomin är ansträngd "
        "sedan sjukpenningen minskade. Hon har svårt att komma iväg på "
        "bokade tider och har uteblivit från flera besök under våren."))
    L.append("")
    L.append("Frågeställningar: Gå igenom hur det går.")
    L.append("")
    L.append(wrap("Mål: Att A. ska komma tillbaka till arbete eller studier."))
    L.append("")
    L.append("Insatser: Se tidigare plan.")
    L.append("")
    L.append("Ansvar: Enligt tidigare.")
    L.append("")
    L.append("Övriga: FK och AF är inkopplade.")
    L.append("")
    L.append(wrap("Deltagare: socialsekreterare, distriktssköterska, arbetsterapeut, "
                  "psykiatrisjuksköterska"))
    L.append("")
    L.append("_" * 76)
    L.append("Microsoft Teams-möte")
    L.append("Anslut på datorn, i mobilappen eller på en rumsenhet")
    L.append("Klicka här för att ansluta till mötet")
    L.append("Mötes-ID: 3XX XXX XXX XX   Lösenord: XXXXXX")
    L.append("Ring in (endast ljud): 010-XXX XX XX,,XXXXXXX#   Sverige, Stockholm")
    L.append("_" * 76)
    L.append("")
    with open(out(7, "txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L))


# ---------------------------------------------------------------------------
# 08  NOT a plan: minutes of Ledningsgruppen för samverkan
# ---------------------------------------------------------------------------
def make_08():
    doc = Document()
    fix_core(doc, "Protokoll Ledningsgruppen för samverkan 2025-02-12", "Sekreterare")
    st = doc.styles["Normal"]
    st.font.name = "Garamond"
    st.font.size = Pt(11.5)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Ledningsgruppen för samverkan – Köping, Arboga, Kungsör och Region Västmanland"
    hp.runs[0].font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.text = "Justeras vid nästa möte"
    fp.runs[0].font.size = Pt(8)

    doc.add_heading("Protokoll – Ledningsgruppen för samverkan", level=0)
    p = doc.add_paragraph()
    p.add_run("Datum: ").bold = True
    p.add_run("2025-02-12 kl. 9.00–11.30\n")
    p.add_run("Plats: ").bold = True
    p.add_run("Kommunhuset Köping, sammanträdesrum Malmön, samt Teams\n")
    p.add_run("Närvarande: ").bold = True
    p.add_run("Socialchef Köping (ordförande), socialchef Arboga, socialchef Kungsör, "
              "verksamhetschef Vuxenpsykiatrin Köping, verksamhetschef BUP Västmanland, "
              "områdeschef Primärvården västra länsdelen, rektor/elevhälsochef Kungsör, "
              "utvecklingsledare samverkan (sekreterare)\n")
    p.add_run("Frånvarande: ").bold = True
    p.add_run("Verksamhetschef Beroendecentrum")

    doc.add_heading("§ 1 Mötets öppnande och dagordning", level=1)
    doc.add_paragraph("Ordföranden öppnade mötet. Dagordningen godkändes med tillägg av en "
                      "informationspunkt om Prator under övrigt.")

    doc.add_heading("§ 2 SIP-statistik helåret 2024", level=1)
    doc.add_paragraph(
        "Utvecklingsledaren redovisade statistik ur Prator för helåret 2024. Antalet "
        "upprättade SIP har ökat i alla tre kommunerna jämfört med 2023, men andelen planer "
        "där uppföljning genomförts inom sex månader är fortfarande låg, särskilt för vuxna. "
        "Andelen SIP där den enskilde deltagit på mötet har ökat.")
    t = doc.add_table(rows=1, cols=5)
    t.style = "Light Grid Accent 1"
    hdrs = ("Kommun", "Upprättade SIP 2024", "varav barn/unga", "Uppföljda inom 6 mån",
            "Den enskilde deltog")
    for c, h in zip(t.rows[0].cells, hdrs):
        cell_text(c, h, bold=True)
    data = [("Köping", "148", "71", "52 %", "81 %"), ("Arboga", "96", "40", "61 %", "77 %"),
            ("Kungsör", "39", "22", "44 %", "85 %"), ("Totalt", "283", "133", "53 %", "80 %")]
    for d in data:
        row = t.add_row()
        for c, v in zip(row.cells, d):
            cell_text(c, v)
    doc.add_paragraph()
    doc.add_paragraph(
        "Diskussion: Gruppen konstaterade att en del av den låga uppföljningsgraden kan bero "
        "på att uppföljningsdatum inte registreras i Prator när det bestäms på mötet. BUP "
        "påpekade att många barnplaner följs upp inom elevhälsans ordinarie möten utan att det "
        "dokumenteras som SIP-uppföljning.")
    doc.add_paragraph("Beslut: ", style=None).runs[0].bold = True
    doc.add_paragraph("att uppdra åt utvecklingsledaren att ta fram statistik per "
                      "verksamhet till nästa möte,", style="List Bullet")
    doc.add_paragraph("att varje verksamhet påminner sina medarbetare om att registrera "
                      "uppföljningsdatum i Prator.", style="List Bullet")

    doc.add_heading("§ 3 Revidering av den gemensamma SIP-rutinen", level=1)
    doc.add_paragraph(
        "Arbetsgruppen har lämnat förslag på reviderad rutin. Förändringarna gäller främst "
        "att kallelse ska skickas senast fem arbetsdagar efter att behov av SIP "
        "identifierats, att mallen får ett fält för den enskildes mål med egna ord och att "
        "huvudansvar alltid ska anges med namn, funktion och verksamhet. Skolan ska kunna "
        "kalla till SIP på samma villkor som övriga verksamheter.")
    doc.add_paragraph(
        "Primärvården lyfte att vårdcentralerna ofta kallas med kort varsel och att läkare "
        "sällan kan delta. Förslag att distriktssköterska kan representera vårdcentralen med "
        "underlag från läkaren.")
    doc.add_paragraph("Beslut: att anta den reviderade rutinen med de ändringar som framkom på "
                      "mötet. Rutinen gäller från 2025-04-01.")

    doc.add_heading("§ 4 Utbildning i SIP för nyanställda", level=1)
    doc.add_paragraph(
        "Två utbildningstillfällen planeras under våren, 2025-03-20 i Arboga och 2025-05-15 i "
        "Köping. Varje verksamhet anmäler deltagare till utvecklingsledaren senast två veckor "
        "före. Vuxenpsykiatrin bidrar med en föreläsare om samtycke och sekretess.")

    doc.add_heading("§ 5 Övrigt", level=1)
    doc.add_paragraph(
        "Information om Prator: ny version införs i maj. Ingen förändring för användarna "
        "utöver ny inloggning.")
    doc.add_heading("§ 6 Nästa möte", level=1)
    doc.add_paragraph("2025-04-09 kl. 9.00 i Arboga.")
    doc.add_paragraph()
    doc.add_paragraph("Vid protokollet: utvecklingsledare samverkan\n"
                      "Justeras: socialchef Köping, ordförande")
    save_docx(doc, out(8, "docx"))


def main():
    os.makedirs(PLANS, exist_ok=True)
    os.makedirs(BUILD, exist_ok=True)
    make_01()
    make_02()
    make_03()
    make_04()
    make_05()
    make_06()
    make_07()
    make_08()


if __name__ == "__main__":
    main()
