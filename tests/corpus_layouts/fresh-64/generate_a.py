#!/usr/bin/env python3
"""Generate the f64a batch of fictional, anonymized SIP documents into plans/.

Run with /work/batches/.venv/bin/python generate.py
Deterministic: fixed texts and dates, no randomness.
"""
import os
import shutil
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
OUT = HERE / "plans"
BUILD = HERE / "build"
PREFIX = "f64a"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def fname(n, ext):
    return OUT / f"{PREFIX}-{n:02d}.{ext}"


# ---------------------------------------------------------------- docx helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def cell_text(cell, text, bold=False, size=None, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = color
    return p


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
    for s in doc.sections:
        s.top_margin = Cm(2)
        s.bottom_margin = Cm(2)
        s.left_margin = Cm(2.2)
        s.right_margin = Cm(2.2)
    return doc


def header_text(section, left, right=None, small_caps=False, size=9):
    hp = section.header.paragraphs[0]
    hp.text = ""
    r = hp.add_run(left)
    r.font.size = Pt(size)
    r.font.small_caps = small_caps
    if right:
        r2 = hp.add_run("\t\t" + right)
        r2.font.size = Pt(size)


def footer_text(section, text, size=8):
    fp = section.footer.paragraphs[0]
    fp.text = ""
    r = fp.add_run(text)
    r.font.size = Pt(size)
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def bold_para(doc, text, size=None, space_before=8):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    p.paragraph_format.space_before = Pt(space_before)
    p.paragraph_format.space_after = Pt(2)
    p.paragraph_format.keep_with_next = True
    return p


# ============================================================ 01: grouped table
def plan01():
    doc = base_doc("Calibri", 11)
    sec = doc.sections[0]
    header_text(sec, "Södertälje kommun · Socialtjänsten, Vuxenenheten",
                "SIP – sekretess enligt OSL 26 kap.")
    footer_text(sec, "Samordnad individuell plan enligt SoL 2 kap. 7 § och HSL 16 kap. 4 §")

    t = doc.add_paragraph()
    r = t.add_run("Samordnad individuell plan (SIP)")
    r.bold = True
    r.font.size = Pt(18)
    doc.add_paragraph(
        "Den enskilde: R., 34 år\tPersonnummer: ÅÅMMDD-XXXX\n"
        "Datum för SIP-möte: 2025-04-09\tPlats: Beroendecentrum Södertälje")

    doc.add_heading("Bakgrund", level=2)
    doc.add_paragraph(
        "R. fick diagnosen ADHD 2019 och hade då centralstimulerande medicin som han "
        "upplevde hjälpte. Sedan 2023 använder han amfetamin i perioder och medicinen "
        "sattes ut av Vuxenpsykiatrin Södertälje i oktober 2024 efter positiva prover. "
        "Han blev av med sitt hyreskontrakt i februari 2025 på grund av störningar och "
        "hyresskuld och bor sedan dess på kommunens akutboende. Han har ekonomiskt bistånd. "
        "R. har varit inskriven på Beroendecentrum Södertälje sedan mars 2025 och har "
        "lämnat negativa urinprov de senaste tre veckorna.")

    doc.add_heading("Syfte med planen", level=2)
    doc.add_paragraph(
        "Syftet är att Beroendecentrum, Vuxenpsykiatrin och socialtjänsten ska enas om i "
        "vilken ordning R:s behandling för beroendet och för ADHD ska ske, så att han kan "
        "få pröva centralstimulerande medicin igen och samtidigt komma vidare från "
        "akutboendet till ett eget boende med stöd.")

    doc.add_heading("Frågeställningar", level=2)
    doc.add_paragraph("Gå igenom hur det går och hur samarbetet fungerar.")

    doc.add_heading("R:s egna mål", level=2)
    p = doc.add_paragraph()
    p.add_run("”Jag vill vara drogfri och ha en egen lägenhet till hösten. Och jag vill få "
              "tillbaka medicinen så att jag kan koncentrera mig och orka göra saker.”").italic = True

    doc.add_heading("R:s delaktighet", level=2)
    doc.add_paragraph(
        "R. deltog under hela mötet. Han vill helst träffa samma behandlare på "
        "Beroendecentrum varje gång och vill inte bli placerad på ett boende utanför "
        "Södertälje eftersom hela hans nätverk finns här.")

    # landscape section for the table
    new = doc.add_section()
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = sec.page_height, sec.page_width
    doc.add_heading("Behov och insatser", level=2)

    cols = ["Behov", "Mål", "Insats", "Ansvarig", "Klart när"]
    groups = [
        ("Beroende", [
            ("Avbryta amfetaminbruket", "Negativa prover under tre månader i följd",
             "Återfallsprevention i grupp en gång i veckan (8 träffar) och urinprov varje måndag",
             "Beroendecentrum Södertälje, behandlare Jonas", "2025-07-04"),
            ("Sömnproblem och oro efter avslutat bruk", "Sover minst sex timmar per natt",
             "Läkarbedömning av sömn och abstinens, ställningstagande till läkemedel",
             "Beroendecentrum Södertälje, läkare", "2025-04-30"),
        ]),
        ("ADHD och psykisk hälsa", [
            ("Behandling av ADHD", "Ställningstagande till återinsättning av medicin",
             "Ny läkarbedömning; Beroendecentrum skickar provsvar inför besöket",
             "Vuxenpsykiatrin Södertälje, psykiatriker", "2025-06-30"),
            ("Struktur i vardagen, håller inte tider", "Kommer till bokade besök",
             "Psykoedukation i grupp (ADHD-skola, 6 träffar) samt genomgång av hjälpmedel "
             "som påminnelser i mobilen",
             "Vuxenpsykiatrin Södertälje, arbetsterapeut", "–"),
        ]),
        ("Boende och ekonomi", [
            ("Eget boende", "Träningslägenhet inom kommunens boendetrappa",
             "Utredning och beslut om boende med boendestöd",
             "Socialtjänsten Södertälje, Vuxenenheten, socialsekreterare", "2025-05-31"),
            ("Försörjning", "Hyra och mat betalda varje månad",
             "Ekonomiskt bistånd; genomgång av hyresskulden och förslag på avbetalning",
             "Försörjningsstöd, Södertälje kommun, handläggare", "2025-05-15"),
        ]),
        ("Sysselsättning", [
            ("Meningsfull dag", "Aktivitet minst tre förmiddagar i veckan",
             "Arbetsträning i kommunens verksamhet, start med tre förmiddagar/vecka",
             "Arbetsmarknadsenheten Södertälje kommun, jobbcoach", "2025-06-16"),
        ]),
    ]
    nrows = 1 + sum(1 + len(rows) for _, rows in groups)
    tbl = doc.add_table(rows=nrows, cols=5)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(4.6), Cm(4.6), Cm(7.4), Cm(5.2), Cm(2.6)]
    hdr = tbl.rows[0]
    set_repeat_header(hdr)
    for i, c in enumerate(cols):
        cell_text(hdr.cells[i], c, bold=True, size=10)
        shade(hdr.cells[i], "1F3864")
        hdr.cells[i].paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    ri = 1
    for area, rows in groups:
        row = tbl.rows[ri]
        merged = row.cells[0].merge(row.cells[4])
        cell_text(merged, area, bold=True, size=10)
        shade(merged, "D9E2F3")
        ri += 1
        for vals in rows:
            for j, v in enumerate(vals):
                cell_text(tbl.rows[ri].cells[j], v, size=10)
            ri += 1
    for row in tbl.rows:
        for j, w in enumerate(widths):
            if j < len(row.cells):
                row.cells[j].width = w

    sec3 = doc.add_section()
    sec3.orientation = WD_ORIENT.PORTRAIT
    sec3.page_width, sec3.page_height = sec.page_width, sec.page_height

    doc.add_heading("Huvudansvar för planen", level=2)
    doc.add_paragraph(
        "Sara, socialsekreterare på Vuxenenheten, Socialtjänsten Södertälje kommun, har "
        "huvudansvar för planen och håller ihop kontakterna mellan verksamheterna.")
    doc.add_heading("Samtycke", level=2)
    doc.add_paragraph("Samtycke till att berörda verksamheter utbyter information finns.")
    doc.add_heading("Uppföljning", level=2)
    doc.add_paragraph(
        "Planen följs upp om ungefär tre månader, i juli. Sara skickar kallelse till alla "
        "berörda.")
    doc.save(fname(1, "docx"))


# ============================================================ 02: Pascal print
class PascalPDF(FPDF):
    printed = "2025-03-05 14:22"

    def header(self):
        self.set_font("DejaVu", "B", 9)
        self.set_fill_color(225, 230, 238)
        self.cell(0, 7, "  Pascal  ·  Samordnad individuell plan (SIP)", border=1, fill=True)
        self.set_xy(self.l_margin, self.t_margin)
        self.set_font("DejaVu", "", 8)
        self.cell(0, 7, f"Utskrift {self.printed}   Sida {self.page_no()} ({{nb}})  ",
                  align="R")
        self.ln(8)
        self.set_font("DejaVu", "", 8)
        self.cell(0, 4.5, "Patient: G.   Personnummer: XXXXXX-XXXX   "
                  "Vårdenhet: Vårdcentralen Norrtälje", new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def footer(self):
        self.set_y(-13)
        self.set_font("DejaVu", "", 7)
        self.cell(0, 4, "Utskriften är en kopia av journalhandling. "
                  "Skyddas av sekretess enligt OSL 25 och 26 kap.", align="C")


def pascal_field(pdf, label, value, h_min=8):
    pdf.set_font("DejaVu", "B", 8.5)
    pdf.cell(0, 5, label, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    x, y = pdf.get_x(), pdf.get_y()
    if value:
        pdf.multi_cell(0, 4.8, value, border=1, padding=(1.2, 1.5, 1.2, 1.5),
                       new_x="LMARGIN", new_y="NEXT")
    else:
        pdf.rect(x, y, pdf.epw, h_min)
        pdf.set_y(y + h_min)
    pdf.ln(2.5)


def plan02():
    pdf = PascalPDF(format="A4")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.alias_nb_pages("{nb}")
    pdf.set_margins(15, 12, 15)
    pdf.set_auto_page_break(True, 18)
    pdf.set_title("SIP G. 2025-03-04")
    pdf.set_creator("Pascal")
    pdf.add_page()

    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 8, "Samordnad individuell plan", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    # boxed key/value row
    kv = [("Mötesdatum", "2025-03-04"), ("Plats", "Vårdcentralen Norrtälje"),
          ("Planstatus", "Fastställd"), ("Version", "1")]
    w = pdf.epw / 4
    pdf.set_font("DejaVu", "B", 7.5)
    for k, _ in kv:
        pdf.cell(w, 4.5, k, border="LTR")
    pdf.ln()
    pdf.set_font("DejaVu", "", 9)
    for _, v in kv:
        pdf.cell(w, 6, v, border="LBR")
    pdf.ln(9)

    pascal_field(pdf, "Syfte med planen", "Samordning.")
    pascal_field(pdf, "Aktuell situation",
                 "G. är 84 år och bor ensam i lägenhet i Norrtälje. Alzheimers sjukdom "
                 "diagnostiserad 2023. Under vintern tilltagande minnessvikt, har glömt "
                 "spisen påslagen två gånger och tar inte sina läkemedel som ordinerat. "
                 "Gick vilse i centrum i januari och hittades av polis. Hemtjänst en gång "
                 "per dag sedan 2024 (inköp och tillsyn). Dottern L. bor i Rimbo och "
                 "hjälper till flera gånger i veckan.")
    pascal_field(pdf, "Frågeställningar", "")
    pascal_field(pdf, "Den enskildes mål", "")
    pascal_field(pdf, "Den enskildes delaktighet",
                 "Den enskilde närvarande: Nej. G. blir orolig och förvirrad i större "
                 "sammanhang och mötet hölls därför utan henne, efter samråd med dottern.")
    pascal_field(pdf, "Samtycke",
                 "Muntligt samtycke till samordnad individuell plan och informationsutbyte "
                 "mellan vårdcentralen och kommunen, inhämtat av distriktssköterska vid "
                 "hembesök 2025-02-18. G. sa ja och dottern var med vid tillfället.")

    pdf.set_font("DejaVu", "B", 8.5)
    pdf.cell(0, 5, "Deltagare", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 8.5)
    head = FontFace(emphasis="BOLD", fill_color=(225, 230, 238))
    with pdf.table(col_widths=(22, 30, 38, 18), headings_style=head,
                   line_height=5.2, text_align="LEFT") as table:
        for r in [("Namn", "Funktion", "Verksamhet", "Närvarande"),
                  ("Lotta", "Distriktssköterska", "Vårdcentralen Norrtälje", "Ja"),
                  ("Erik", "Distriktsläkare", "Vårdcentralen Norrtälje", "Nej"),
                  ("Peter", "Biståndshandläggare", "Äldreomsorgen, Norrtälje kommun", "Ja"),
                  ("Hanna", "Enhetschef", "Hemtjänst Norrtälje centrum", "Ja"),
                  ("Mona", "Arbetsterapeut", "Kommunal rehab, Norrtälje kommun", "Nej"),
                  ("L.", "Dotter", "Närstående", "Ja"),
                  ("G.", "Den enskilde", "–", "Nej")]:
            row = table.row()
            for c in r:
                row.cell(c)
    pdf.ln(4)

    pdf.set_font("DejaVu", "B", 8.5)
    pdf.cell(0, 5, "Insatser", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 8.5)
    rows = [
        ("Insats", "Ansvarig verksamhet", "Funktion", "Start", "Klart / avstämning"),
        ("Utökad hemtjänst morgon och kväll: hjälp med hygien, påklädning och måltider",
         "Hemtjänst Norrtälje centrum", "Undersköterska", "2025-03-10", "2025-06-30"),
        ("Läkemedelsgenomgång och övergång till dosdispenserade läkemedel",
         "Vårdcentralen Norrtälje", "Distriktsläkare", "2025-03-17", "2025-03-31"),
        ("Överlämning av läkemedel enligt delegering, signeringslista",
         "Hemtjänst Norrtälje centrum / Vårdcentralen Norrtälje",
         "Enhetschef / distriktssköterska", "2025-04-01", "2025-04-15"),
        ("Trygghetslarm och larmklocka med GPS",
         "Äldreomsorgen, Norrtälje kommun", "Biståndshandläggare", "2025-03-06", "2025-03-14"),
        ("Hembesök, bedömning av spisvakt och hjälpmedel i köket",
         "Kommunal rehab, Norrtälje kommun", "Arbetsterapeut", "2025-03-20", "2025-04-10"),
        ("Utredning av och beslut om dagverksamhet för personer med demens, två dagar per vecka",
         "Äldreomsorgen, Norrtälje kommun", "Biståndshandläggare", "2025-03-06", "2025-04-07"),
        ("Kontakt med minnesmottagningen, uppföljning av demenssjukdomen och "
         "ställningstagande till utökad demensutredning",
         "Vårdcentralen Norrtälje", "Distriktssköterska", "2025-04-01", "2025-05-15"),
        ("Sköter räkningar och post, följer med till besök på vårdcentralen",
         "Närstående", "Dotter (L.)", "2025-03-04", "2025-06-30"),
        ("Kontaktar överförmyndaren i Norrtälje om ansökan om god man",
         "Närstående", "Dotter (L.)", "2025-03-04", "2025-04-30"),
    ]
    with pdf.table(col_widths=(56, 38, 36, 19, 23), headings_style=head,
                   line_height=4.8, text_align="LEFT") as table:
        for r in rows:
            row = table.row()
            for c in r:
                row.cell(c)
    pdf.ln(4)

    pascal_field(pdf, "Andra aktörers insatser",
                 "Dottern L. sköter räkningar och post och följer med G. till vårdcentralen. "
                 "L. kontaktar överförmyndaren om god man senast 2025-04-30. "
                 "Inga övriga aktörer.")
    pascal_field(pdf, "Huvudansvarig för planen", "Hemtjänst Norrtälje centrum")
    pascal_field(pdf, "Datum för uppföljning", "")
    pdf.set_font("DejaVu", "", 8)
    pdf.cell(0, 5, "Journalförd av: Lotta, distriktssköterska   2025-03-05 14:18",
             new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(fname(2, "pdf")))


# ============================================================ 03: e-mail text
def plan03():
    lines = [
        "Ämne: SIP E. – planen från i tisdags",
        "",
        "Hej alla!",
        "",
        "Här kommer planen efter vårt möte i tisdags 2025-02-11. Jag skriver den direkt här i mejlet eftersom mallen inte gick att öppna hemifrån, jag för över den till rätt mall när jag är tillbaka på skolan. Säg till om jag har missuppfattat något så rättar jag.",
        "",
        "--- Syfte ---",
        "Syftet med SIP:en är att skolan, BUP och socialtjänsten ska komma överens om en gemensam plan för hur E. ska kunna komma tillbaka till skolan. Han har inte varit i skolan mer än enstaka timmar sedan höstlovet, han har så mycket ångest på morgnarna att han ibland kräks, och vi behöver få ihop BUP:s behandling med det som skolan gör så att han och mamma inte får olika besked från olika håll.",
        "",
        "--- Frågeställningar ---",
        "1. Kan E. få anpassad studiegång med färre ämnen resten av vårterminen, och vem är det som fattar beslutet (rektor)?",
        "2. Hur ska skolan göra de morgnar han inte kommer – ringa hem, göra hembesök eller avvakta? Mamma upplever att det blir värre när skolan ringer flera gånger.",
        "3. Behöver familjen stöd från socialtjänsten, t.ex. familjebehandling, eller räcker kontakten med BUP just nu?",
        "",
        "--- Bakgrund ---",
        "E. går i åk 9 och har haft hög frånvaro sedan åk 8 men det blev mycket värre efter höstlovet. Han har kontakt med BUP sedan december och har varit på en bedömning, han har fått diagnosen social ångest och de har pratat om KBT. Han är mest hemma och spelar, sover dåligt och är vaken på nätterna. Mamma Sanna har tagit ledigt från jobbet flera dagar för att försöka få iväg honom men det har inte gått. Han har inga betyg i flera ämnen från höstterminen.",
        "",
        "--- E:s egna mål ---",
        "E. var inte med på mötet. Mamma hade pratat med honom kvällen innan och han hade sagt: \"Jag vill kunna gå på lektionerna i alla fall på förmiddagarna, och jag vill inte att alla ska fråga var jag har varit.\" Han vill också helst ha ett eget rum att vara i när det blir för mycket, och han vill inte byta klass.",
        "",
        "--- Det här gör vi ---",
        "- BUP fortsätter kontakten med E. som tidigare.",
        "- Skolan ser över vilket stöd som kan behövas, elevhälsan finns som stöd vid behov.",
        "- Regionen tittar på om det finns något mer att erbjuda.",
        "- Vi pratar ihop oss om familjestöd framöver.",
        "",
        "Vi hann inte bestämma vem som ska ha huvudansvar för planen, det får vi ta nästa gång.",
        "",
        "--- Uppföljning ---",
        "Vi ses igen vecka 12, jag återkommer med dag och tid när jag har kollat med alla.",
        "",
        "Vi som var med: jag, Lena, Ahmed, Jonas och Sanna (mamma).",
        "",
        "Hälsningar",
        "Karin",
        "Kurator, Korsängsskolan",
        "Enköpings kommun",
        "",
    ]
    with open(fname(3, "txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines))


# ============================================================ 04: notes-app markdown
def plan04():
    text = """---
title: SIP J. 2025-03-19
created: 2025-03-19 15:42
updated: 2025-03-20 08:05
tags: [sip, uppsala, socialpsykiatri]
---

# SIP J. – 2025-03-19

Möte på Vuxenpsykiatrin Uppsala, mottagningen för affektiva sjukdomar, kl 13–14.30. #sip #bipolär

> [!note] Syfte
> Samordning. Gemensam bild.

> [!info] Närvarande
> J., mamma, Eva, Mikael, Sofia, jag

> [!quote] Läget
> Utskriven från heldygnsvården 2025-03-10 efter tre veckor (mani). Litium insatt under vårdtiden, nivåerna ännu inte stabila. Bor ensam i lägenhet, mycket disk och post som inte öppnats. Har avbrutit Komvux-kursen i januari. Sover 6–7 h nu. Röker mer än innan.

> [!abstract] J. själv
> J. var med hela mötet, trött men engagerad. Hon vill inte byta läkare igen (har haft tre sedan i höstas) och vill att boendestödet kommer på eftermiddagar, inte morgnar. Tycker att det blir för många möten och vill ha färre personer att hålla reda på.

> [!tip] Mål
> Målet är att J. ska klara sitt boende självständigt och kunna börja plugga igen till hösten.

> [!todo] Insatser
> - [ ] Boendestöd 2 ggr/v på eftermiddagar – Socialpsykiatrin Uppsala kommun, Mikael 📅 2025-04-01
> - [ ] Litiumkontroller + läkarbesök, Vuxenpsykiatrin Uppsala affektiva mott. (Eva, ssk) 📅 2025-04-14
> - [x] Ansökan om boendestöd skickad – biståndshandläggare ✅ 2025-03-19
> - [ ] Psykopedagogisk grupp om bipolär sjukdom, start i höst
> - [ ] Kolla träffpunkt / sysselsättning #att-göra

> [!warning] Huvudansvar
> Ingen utsedd än.

> [!todo] Uppföljning
> - [ ] Uppföljande SIP 2025-06-10 kl 13.00, Vuxenpsykiatrin Uppsala 📅 2025-06-10

Länkar: [[Socialpsykiatrin kontakter]] · [[Boendestöd – rutiner]]
"""
    with open(fname(4, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# ============================================================ 05: follow-up Tidigare/Nu
BLUE = RGBColor(0x1F, 0x4E, 0xD8)


def tidigare(doc, text):
    p = doc.add_paragraph()
    r = p.add_run("Tidigare: ")
    r.bold = True
    p.add_run(text)
    p.paragraph_format.space_after = Pt(2)
    return p


def nu(doc, text):
    p = doc.add_paragraph()
    r = p.add_run("Nu: ")
    r.bold = True
    r.font.color.rgb = BLUE
    r2 = p.add_run(text)
    r2.font.color.rgb = BLUE
    p.paragraph_format.space_after = Pt(6)
    return p


def plan05():
    doc = base_doc("Arial", 10.5)
    sec = doc.sections[0]
    header_text(sec, "Tierps kommun · Region Uppsala", "Samordnad individuell plan")
    footer_text(sec, "Uppföljning av SIP – Göran")

    p = doc.add_paragraph()
    r = p.add_run("SIP – uppföljning 2025-05-20")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph(
        "Uppföljningsmöte i Görans hem i Tierp, 2025-05-20 kl. 10.00–11.15. Den ursprungliga "
        "planen upprättades 2025-02-12 inför utskrivningen från strokeenheten på Akademiska "
        "sjukhuset. Text efter ”Tidigare:” är från den planen, det som står efter ”Nu:” "
        "(blå text) är dagens tillägg.")

    bold_para(doc, "Närvarande")
    tidigare(doc, "Göran, Birgitta (hustru), Anna (distriktssköterska), Maria "
             "(biståndshandläggare), Johan (arbetsterapeut), Sofie (kurator).")
    nu(doc, "Göran, Birgitta (hustru), Anna (distriktssköterska), Maria "
       "(biståndshandläggare), Lars (fysioterapeut).")

    bold_para(doc, "Hälsa och aktuell situation")
    tidigare(doc, "Göran, 67 år, fick en stroke 2025-01-19 med vänstersidig svaghet i arm "
             "och ben samt lätt afasi. Vårdad på strokeenheten och därefter "
             "rehabiliteringsavdelning, utskriven till hemmet 2025-02-14. Behöver hjälp "
             "med dusch och påklädning, går med rollator inomhus.")
    nu(doc, "Går inomhus utan rollator och ute med käpp korta sträckor. Talet är bättre "
       "men han blir trött på eftermiddagarna. Föll en gång i badrummet i april, ingen "
       "skada. Blodtrycket var för högt vid kontrollen 2025-05-06.")

    bold_para(doc, "Delaktighet")
    nu(doc, "Göran deltog på mötet i hemmet tillsammans med Birgitta.")

    bold_para(doc, "Samtycke")
    tidigare(doc, "Samtycke finns.")
    nu(doc, "Samtycket gäller.")

    bold_para(doc, "Insatser och ansvar")
    tidigare(doc, "1. Hemtjänst morgon och kväll, hjälp med dusch, påklädning och måltider. "
             "Ansvarig: Hemtjänst Tierp, från 2025-02-14.")
    nu(doc, "Kvällsbesöket avslutas från 2025-06-01, morgonbesöket kvarstår med dusch två "
       "gånger i veckan. Maria, biståndshandläggare, Äldreomsorgen Tierps kommun, fattar "
       "nytt beslut senast 2025-05-30.")
    tidigare(doc, "2. Hemrehabilitering med fysioterapeut två gånger i veckan. Ansvarig: "
             "Kommunal rehab Tierp, 2025-02-17 – 2025-05-31.")
    nu(doc, "Förlängs t.o.m. 2025-08-31 med inriktning på utomhusgång och balans efter "
       "fallet. Ansvarig: Lars, fysioterapeut, Kommunal rehab Tierp.")
    tidigare(doc, "3. Bostadsanpassning: duschpall, greppstänger i badrum och borttagna "
             "trösklar. Ansvarig: Johan, arbetsterapeut, Tierps kommun, klart 2025-03-15.")
    nu(doc, "Klart. Ny insats: rollator för utomhusbruk förskrivs av Johan, arbetsterapeut, "
       "Kommunal rehab Tierp, senast 2025-06-05.")
    tidigare(doc, "4. Blodtryckskontroller och uppföljning av blodförtunnande läkemedel. "
             "Ansvarig: Vårdcentralen Tierp, distriktssköterska, första kontroll 2025-03-01, "
             "därefter var tredje månad.")
    nu(doc, "Läkarbesök för justering av blodtrycksmedicin bokat 2025-06-03, "
       "Vårdcentralen Tierp, distriktsläkare. Anna, distriktssköterska, kontrollerar "
       "blodtrycket igen 2025-06-17.")
    tidigare(doc, "5. Logopedbedömning och behandling av afasi. Ansvarig: Logopedmottagningen, "
             "Region Uppsala, start 2025-03-20.")
    nu(doc, "Avslutad 2025-04-24.")

    bold_para(doc, "Närstående och andra")
    tidigare(doc, "Birgitta är ett stort stöd för Göran.")
    nu(doc, "Birgitta är trött och har frågat om anhörigstöd.")

    bold_para(doc, "Huvudansvar")
    tidigare(doc, "Maria, biståndshandläggare, Äldreomsorgen Tierps kommun.")
    nu(doc, "Oförändrat.")

    bold_para(doc, "Uppföljning")
    tidigare(doc, "Uppföljning 2025-05-20 i hemmet.")
    nu(doc, "Nästa uppföljning 2025-09-16 kl. 10.00 i hemmet. Maria skickar kallelse.")
    doc.save(fname(5, "docx"))


# ============================================================ 06: Roman numerals, LO PDF
def plan06():
    doc = base_doc("Liberation Serif", 11.5)
    sec = doc.sections[0]
    header_text(sec, "Sigtuna kommun · Region Stockholm", "SIP – Elin, 2025-10-02")
    footer_text(sec, "Samordnad individuell plan")
    for lvl in (1,):
        hs = doc.styles[f"Heading {lvl}"]
        hs.font.name = "Liberation Sans"
        hs.font.size = Pt(13)
        hs.font.color.rgb = RGBColor(0x22, 0x22, 0x22)

    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("SAMORDNAD INDIVIDUELL PLAN")
    r.bold = True
    r.font.size = Pt(16)
    s = doc.add_paragraph()
    s.alignment = WD_ALIGN_PARAGRAPH.CENTER
    s.add_run("Elin, 30 år · Personnummer ÅÅMMDD-XXXX\nMöte 2025-10-02, Märsta").italic = True

    doc.add_heading("I. Syfte", level=1)
    doc.add_paragraph(
        "Syftet med planen är att samordna Elins behandling för depression med stödet kring "
        "hennes skulder och försörjning, eftersom oron för ekonomin gör att hon inte orkar "
        "ta till sig behandlingen och hennes sjukpenning snart ska prövas på nytt.")

    doc.add_heading("II. Frågeställningar", level=1)
    doc.add_paragraph("Gå igenom nuläget.")

    doc.add_heading("III. Bakgrund och nuläge", level=1)
    doc.add_paragraph(
        "Elin har en medelsvår depression sedan hösten 2024 och är sjukskriven på heltid "
        "sedan januari 2025 från sitt arbete som lagerarbetare. Hon har skulder på ungefär "
        "280 000 kronor, främst sms-lån och obetalda hyror, varav en del är registrerade hos "
        "Kronofogden. Hyresvärden har skickat en varning om uppsägning på grund av "
        "hyresskuld. Antidepressiv medicin sedan februari med begränsad effekt. Hon har "
        "kontakt med Psykiatri Nordväst, Sigtuna mottagning, sedan mars 2025.")

    doc.add_heading("IV. Mål", level=1)
    doc.add_paragraph(
        "Målet är att Elin ska må bättre, få en hållbar ekonomi och kunna börja arbeta på "
        "deltid igen.")

    doc.add_heading("V. Insatser", level=1)
    rows = [
        ("Insats", "Ansvarig", "Tidsplan"),
        ("Samtalsbehandling (KBT) för depression, 12 sessioner", "Regionen", "Start 2025-10-14"),
        ("Läkarbesök, utvärdering av läkemedelsbehandling och nytt läkarintyg till "
         "Försäkringskassan", "Psykiatri Nordväst, Sigtuna mottagning, specialistläkare",
         "2025-10-20"),
        ("Budget- och skuldrådgivning: genomgång av skulderna och stöd att ansöka om "
         "skuldsanering", "Kommunen", "Första besök 2025-10-09"),
        ("Ekonomiskt bistånd till hyran i väntan på beslut om sjukpenning",
         "Kommunen", "Beslut senast 2025-10-10"),
        ("Kontakt med hyresvärden om avbetalningsplan för hyresskulden",
         "Vuxenenheten Sigtuna kommun, socialsekreterare", "2025-10-06"),
    ]
    tbl = doc.add_table(rows=len(rows), cols=3)
    tbl.style = "Table Grid"
    set_repeat_header(tbl.rows[0])
    widths = [Cm(8.5), Cm(5.0), Cm(3.5)]
    for i, vals in enumerate(rows):
        for j, v in enumerate(vals):
            c = tbl.rows[i].cells[j]
            cell_text(c, v, bold=(i == 0), size=10.5)
            c.width = widths[j]
            if i == 0:
                shade(c, "E7E6E6")

    doc.add_heading("VI. Andra aktörer", level=1)
    doc.add_paragraph(
        "Försäkringskassan: handläggaren Maja bokar ett avstämningsmöte med Elin och "
        "läkaren under november om sjukpenningen och en plan för återgång i arbete.")
    doc.add_paragraph(
        "Elin själv: kontaktar Kronofogden och begär en sammanställning av sina skulder "
        "före 2025-10-09 och tar med den till skuldrådgivningen.")
    doc.add_paragraph("Arbetsförmedlingen: inte aktuellt i nuläget.")

    doc.add_heading("VII. Deltagare", level=1)
    for d in [
        "Linnea, socialsekreterare, Vuxenenheten Sigtuna kommun",
        "Ahmad, specialistläkare, Psykiatri Nordväst, Sigtuna mottagning",
        "Therese, kurator, Psykiatri Nordväst, Sigtuna mottagning",
        "Jenny, budget- och skuldrådgivare, Konsumentvägledningen Sigtuna kommun",
        "Maja, handläggare, Försäkringskassan",
    ]:
        doc.add_paragraph(d, style="List Bullet")

    src = BUILD / f"{PREFIX}-06.docx"
    doc.save(src)
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file:///tmp/lo-{PREFIX}", "--headless",
         "--convert-to", "pdf", "--outdir", str(BUILD), str(src)],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    shutil.copy(BUILD / f"{PREFIX}-06.pdf", fname(6, "pdf"))


# ============================================================ 07: ensamkommande, HVB
def plan07():
    doc = base_doc("Calibri", 11)
    sec = doc.sections[0]
    header_text(sec, "Haninge kommun · Socialförvaltningen · Barn och unga",
                small_caps=True, size=10)
    footer_text(sec, "SIP – A. – 2025-09-24")

    doc.add_heading("Samordnad individuell plan – SIP", level=0)

    info = doc.add_table(rows=3, cols=4)
    info.style = "Table Grid"
    pairs = [("Barnets namn", "A."), ("Personnummer", "ÅÅMMDD-XXXX"),
             ("Datum för möte", "2025-09-24"), ("Plats", "Socialtjänsten Haninge, Handen"),
             ("Tolk", "Dari, kontakttolk på plats"), ("God man", "Gunilla")]
    for idx, (k, v) in enumerate(pairs):
        r_, c_ = divmod(idx, 2)
        cell_text(info.rows[r_].cells[c_ * 2], k, bold=True, size=10)
        shade(info.rows[r_].cells[c_ * 2], "EDEDED")
        cell_text(info.rows[r_].cells[c_ * 2 + 1], v, size=10)

    doc.add_heading("Deltagare", level=1)
    part = [("Namn", "Funktion", "Verksamhet"),
            ("A.", "Den enskilde", "–"),
            ("Gunilla", "God man", "Förordnad av överförmyndaren"),
            ("Sofia", "Socialsekreterare", "Barn och unga, Socialtjänsten Haninge kommun"),
            ("Reza", "Kontaktperson/behandlingsassistent", "HVB Tallbacken, Haninge"),
            ("Maria", "Psykolog", "BUP Haninge"),
            ("Karin", "Mentor", "Språkintroduktion, Fredrika Bremergymnasiet"),
            ("Hassan", "Tolk (dari)", "Tolkförmedlingen, på uppdrag av socialtjänsten")]
    t = doc.add_table(rows=len(part), cols=3)
    t.style = "Light Grid Accent 1"
    set_repeat_header(t.rows[0])
    for i, vals in enumerate(part):
        for j, v in enumerate(vals):
            cell_text(t.rows[i].cells[j], v, bold=(i == 0), size=10)

    doc.add_heading("Bakgrund", level=1)
    doc.add_paragraph(
        "A. är 16 år och kom till Sverige ensam i juni 2025. Han har sökt asyl och väntar på "
        "utredningssamtal hos Migrationsverket. Han bodde först på ett akutboende i annan "
        "kommun och är sedan 2025-08-11 placerad på HVB Tallbacken i Haninge enligt SoL. "
        "Personalen beskriver att han sover dåligt, har mardrömmar och är orolig för sin mamma "
        "och sina syskon som han inte har kontakt med. Han går på Språkintroduktion sedan "
        "skolstarten och har god närvaro.")

    doc.add_heading("Syfte med planen", level=1)
    doc.add_paragraph(
        "Syftet är att samordna A:s boende på HVB, skolgången och BUP:s bedömning av hans "
        "sömnproblem och mardrömmar, och att god man, socialtjänst och HVB har samma bild av "
        "vem som gör vad fram till att asylbeslutet kommer.")

    doc.add_heading("A:s egna mål", level=1)
    p = doc.add_paragraph()
    p.add_run("Återgivet via tolk: ").italic = True
    p.add_run("”Jag vill lära mig svenska snabbt och sedan gå en utbildning till elektriker. "
              "Jag vill kunna sova på nätterna och få veta var min familj är.”")

    doc.add_heading("A:s delaktighet", level=1)
    doc.add_paragraph(
        "A. deltog under hela mötet med tolk. Han vill bo kvar på Tallbacken och inte flyttas "
        "till en annan kommun. Han vill att Reza följer med till BUP första gången och att "
        "samma tolk används om det går.")

    doc.add_heading("Samtycke", level=1)
    doc.add_paragraph(
        "A. och god man Gunilla lämnade skriftligt samtycke till SIP och informationsutbyte "
        "på kommunens blankett 2025-09-24, före mötet. Tolken översatte blanketten muntligt.")

    doc.add_heading("Insatser", level=1)
    ins = [("Insats", "Ansvarig", "När"),
           ("Vård på HVB Tallbacken enligt SoL; genomförandeplan upprättas tillsammans med A.",
            "Sofia, socialsekreterare, Barn och unga Haninge / HVB Tallbacken",
            "Genomförandeplan klar 2025-10-15"),
           ("Bedömning av sömn, mardrömmar och eventuell traumaproblematik, med tolk",
            "BUP Haninge, psykolog", "Första besök 2025-10-08"),
           ("Hälsoundersökning för asylsökande barn samt kompletterande vaccinationer",
            "Vårdcentralen Handen, sjuksköterska", "2025-10-01"),
           ("Språkintroduktion på heltid med extra svenska två eftermiddagar i veckan",
            "Språkintroduktion, Fredrika Bremergymnasiet, mentor", "Fr.o.m. 2025-09-29"),
           ("Läxstöd och fasta kvällsrutiner för bättre sömn",
            "HVB Tallbacken, kontaktperson Reza", "Fr.o.m. 2025-09-25"),
           ("Följer med A. till Migrationsverkets utredningssamtal och bevakar asylärendet "
            "tillsammans med det offentliga biträdet",
            "God man Gunilla", "–"),
           ("Hjälper A. att göra en efterforskningsansökan hos Röda Korset om familjen",
            "God man Gunilla", "Senast 2025-10-31"),
           ("Förvaltar A:s dagersättning från Migrationsverket tillsammans med honom och går "
            "igenom fickpengar och kläder med HVB",
            "God man Gunilla", "Varje månad fr.o.m. oktober 2025")]
    t2 = doc.add_table(rows=len(ins), cols=3)
    t2.style = "Table Grid"
    set_repeat_header(t2.rows[0])
    for i, vals in enumerate(ins):
        for j, v in enumerate(vals):
            c = t2.rows[i].cells[j]
            cell_text(c, v, bold=(i == 0), size=10)
            if i == 0:
                shade(c, "D9E2F3")

    doc.add_heading("Andra aktörer", level=1)
    doc.add_paragraph(
        "God man Gunilla företräder A. i frågor om asyl, ekonomi och vård. Hon följer med till "
        "Migrationsverket, hjälper honom med efterforskningen hos Röda Korset och förvaltar hans "
        "dagersättning. Migrationsverket kallar till utredningssamtal, datum är inte klart.")

    doc.add_heading("Huvudansvar", level=1)
    doc.add_paragraph("Socialtjänsten Haninge kommun har huvudansvar för planen.")
    doc.save(fname(7, "docx"))


# ============================================================ 08: interpreter booking (not a plan)
def plan08():
    doc = base_doc("Arial", 10)
    sec = doc.sections[0]
    header_text(sec, "Södertälje kommun · Socialtjänsten", "Blankett SOC 114 – rev. 2024")
    footer_text(sec, "Skickas till tolkförmedlingen via beställningsportalen. "
                     "Avbokning senast 24 timmar före uppdraget, annars debiteras full kostnad.")

    p = doc.add_paragraph()
    r = p.add_run("Tolkbeställning")
    r.bold = True
    r.font.size = Pt(18)
    doc.add_paragraph("Beställningsunderlag för kontakttolk, telefontolk eller distanstolk. "
                      "Fyll i alla fält. Personuppgifter om klienten anges med initialer.")

    def form_table(title, rows):
        bold_para(doc, title, size=11)
        t = doc.add_table(rows=len(rows), cols=2)
        t.style = "Table Grid"
        for i, (k, v) in enumerate(rows):
            cell_text(t.rows[i].cells[0], k, bold=True, size=9.5)
            shade(t.rows[i].cells[0], "F2F2F2")
            cell_text(t.rows[i].cells[1], v, size=10)
            t.rows[i].cells[0].width = Cm(5.5)
            t.rows[i].cells[1].width = Cm(11)

    form_table("1. Beställare", [
        ("Förvaltning/verksamhet", "Socialtjänsten Södertälje, Barn och unga, utredningsenhet 2"),
        ("Beställare (namn, funktion)", "Emma, socialsekreterare"),
        ("Telefon", "Via växeln"),
        ("Kostnadsställe / ansvar", "4512 / 630"),
        ("Referens på faktura", "SIP-möte nov 2025"),
    ])
    form_table("2. Uppdrag", [
        ("Typ av tolkning", "☒ Kontakttolk på plats   ☐ Telefontolk   ☐ Distanstolk (video)"),
        ("Språk", "Assyriska/syrianska (turoyo)"),
        ("Dialekt/önskemål", "Helst tolk med erfarenhet av möten om barn"),
        ("Tolkens kön", "☐ Kvinna   ☐ Man   ☒ Ingen preferens"),
        ("Kompetens", "☒ Auktoriserad tolk önskas   ☐ Rättstolk   ☐ Sjukvårdstolk"),
        ("Typ av möte", "SIP-möte (samordnad individuell plan) med vårdnadshavare, "
                        "socialtjänst, skola och BUP"),
        ("Klient", "Vårdnadshavare till barn, initialer N. M."),
        ("Antal personer som behöver tolk", "2"),
    ])
    form_table("3. Tid och plats", [
        ("Datum", "2025-11-12"),
        ("Tid", "13.00–15.00 (tolken ombeds komma 12.50)"),
        ("Plats", "Socialtjänsten Södertälje, Barn och unga, mötesrum 4 – anmälan i receptionen"),
        ("Kontaktperson på plats", "Emma, socialsekreterare"),
        ("Sekretess", "☒ Uppdraget omfattas av sekretess enligt OSL"),
    ])
    form_table("4. För tolkförmedlingen", [
        ("Bokningsnummer", ""),
        ("Tolkens nummer", ""),
        ("Bekräftat datum", ""),
    ])
    doc.add_paragraph()
    doc.add_paragraph("Beställt 2025-10-28 av Emma, socialsekreterare.")
    doc.save(fname(8, "docx"))


def main():
    OUT.mkdir(exist_ok=True)
    BUILD.mkdir(exist_ok=True)
    plan01()
    plan02()
    plan03()
    plan04()
    plan05()
    plan06()
    plan07()
    plan08()
    for f in sorted(OUT.iterdir()):
        print(f.name, f.stat().st_size)


if __name__ == "__main__":
    main()
