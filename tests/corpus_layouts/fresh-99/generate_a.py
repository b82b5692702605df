#!/usr/bin/env python
"""Generate the f99a batch of fictional, anonymized SIP plans (Region Örebro län).

Run with /work/batches/.venv/bin/python generate.py
Writes plans/f99a-01 ... f99a-08. Deterministic content (fixed dates, no randomness).
"""
import datetime
import os
import shutil
import subprocess
import tempfile
import textwrap

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f99a"
LO_PROFILE = "file:///tmp/lo-f99a"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIXED = datetime.datetime(2025, 6, 1, 12, 0, 0)


def path(n, ext):
    return os.path.join(OUT, f"{PREFIX}-{n:02d}.{ext}")


def fix_core(doc, title, author):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


def set_cell_shading(cell, fill):
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


def bold_para(doc_or_cell, text, size=None, space_before=6):
    p = doc_or_cell.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    p.paragraph_format.space_before = Pt(space_before)
    p.paragraph_format.space_after = Pt(2)
    p.paragraph_format.keep_with_next = True
    return p


def label_para(container, label, value):
    p = container.add_paragraph()
    r = p.add_run(label + " ")
    r.bold = True
    p.add_run(value)
    p.paragraph_format.space_after = Pt(2)
    return p


# ---------------------------------------------------------------------------
# 01  .docx, two newspaper columns, bold paragraph headings
#     Adult with schizophrenia and debts, Karlskoga
# ---------------------------------------------------------------------------
def plan01():
    doc = Document()
    fix_core(doc, "SIP Daniel", "Vuxenenheten Karlskoga")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)

    sec0 = doc.sections[0]
    sec0.page_width, sec0.page_height = Cm(21.0), Cm(29.7)
    sec0.left_margin = sec0.right_margin = Cm(2.0)
    sec0.top_margin = Cm(2.0)
    hp = sec0.header.paragraphs[0]
    hp.text = "Karlskoga kommun, Socialförvaltningen  |  Region Örebro län, Vuxenpsykiatrin Karlskoga"
    hp.runs[0].font.size = Pt(8)
    fp = sec0.footer.paragraphs[0]
    fp.text = "Samordnad individuell plan enligt SoL 2 kap. 7 § och HSL 16 kap. 4 §"
    fp.runs[0].font.size = Pt(8)

    t = doc.add_paragraph()
    r = t.add_run("Samordnad individuell plan (SIP)")
    r.bold = True
    r.font.size = Pt(18)
    label_para(doc, "Namn:", "Daniel")
    label_para(doc, "Personnummer:", "ÅÅMMDD-XXXX")
    label_para(doc, "Datum för mötet:", "2025-01-22")
    label_para(doc, "Plats:", "Psykosmottagningen, Vuxenpsykiatrin Karlskoga")

    # continuous section break -> two columns from here on
    sec1 = doc.add_section(WD_SECTION.CONTINUOUS)
    sectPr = sec1._sectPr
    cols = sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sectPr.append(cols)
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), "567")
    cols.set(qn("w:sep"), "1")

    bold_para(doc, "Bakgrund")
    doc.add_paragraph(
        "Daniel är 34 år och bor ensam i en hyreslägenhet i "
        "Karlskoga. Han har diagnosen schizofreni sedan 2019 och har depåinjektion via "
        "psykosmottagningen. Under hösten 2024 uteblev han från två injektionstillfällen "
        "och blev sämre med rösthallucinationer och sömnstörning, vilket ledde till en "
        "inläggning på psykiatrisk avdelning i Örebro i november. Han skrevs ut i december."
    )
    doc.add_paragraph(
        "Daniel har en hyresskuld på ca 18 000 kr och flera obetalda räkningar som han inte "
        "har öppnat. Han har själv tagit kontakt med socialtjänsten för att han är rädd att "
        "bli av med lägenheten. Han har ingen sysselsättning i dag."
    )

    bold_para(doc, "Syfte med planen")
    doc.add_paragraph(
        "Syftet med planen är att Daniel ska få ett samordnat stöd från psykiatrin och "
        "socialtjänsten så att han kan bo kvar i lägenheten, ta sin medicin regelbundet och "
        "få ordning på hyresskulden innan det går så långt att hyreskontraktet sägs upp."
    )

    bold_para(doc, "Frågeställningar")
    doc.add_paragraph("Diskutera läget och hur vi går vidare.")

    bold_para(doc, "Daniels egna mål")
    doc.add_paragraph(
        "”Jag vill bo kvar i min lägenhet och slippa oroa mig varje gång det kommer post.”"
    )
    doc.add_paragraph("”Jag vill kunna börja träna på gymmet igen, kanske till våren.”")

    bold_para(doc, "Daniels delaktighet")
    doc.add_paragraph(
        "Daniel deltog under hela mötet. Han vill helst ha hembesök i stället för att åka "
        "till mottagningen, och han vill att besöken sker på förmiddagen eftersom han sover "
        "dåligt och är trött på eftermiddagarna. Han vill inte byta kontaktperson på "
        "mottagningen."
    )

    bold_para(doc, "Samtycke")
    doc.add_paragraph("Samtycke finns.")

    bold_para(doc, "Insatser – vem gör vad och när")
    items = [
        ("Depåinjektion var fjärde vecka.",
         "Sjuksköterska, Psykosmottagningen, Vuxenpsykiatrin Karlskoga. Nästa tillfälle "
         "2025-02-05, därefter var fjärde vecka. Sjuksköterskan ringer dagen innan."),
        ("Boendestöd två gånger i veckan (tisdag och fredag förmiddag) med fokus på att "
         "öppna post, betala räkningar, handla och städa.",
         "Boendestödet, Socialförvaltningen Karlskoga kommun. Start vecka 5 (2025-01-28)."),
        ("Genomgång av skulderna och förslag på avbetalningsplan för hyresskulden.",
         "Budget- och skuldrådgivare, Karlskoga kommun."),
        ("Prövning av ekonomiskt bistånd till hyran för februari.",
         "Socialsekreterare, Vuxenenheten. Beslut senast 2025-01-31."),
        ("Läkarbesök för bedömning av medicinering och sömn.",
         "Läkare, Psykosmottagningen, Vuxenpsykiatrin Karlskoga, 2025-03-12."),
    ]
    for i, (what, who) in enumerate(items, 1):
        p = doc.add_paragraph()
        r = p.add_run(f"{i}. ")
        r.bold = True
        p.add_run(what)
        p.paragraph_format.space_after = Pt(0)
        p2 = doc.add_paragraph()
        r2 = p2.add_run("Ansvar: ")
        r2.italic = True
        p2.add_run(who)
        p2.paragraph_format.left_indent = Cm(0.5)

    bold_para(doc, "Huvudansvar för planen")
    doc.add_paragraph(
        "Socialsekreterare Linnea, Vuxenenheten, Socialförvaltningen Karlskoga kommun."
    )

    bold_para(doc, "Övrigt")
    doc.add_paragraph(
        "Planen skickas till Daniel och till de verksamheter som har insatser i planen."
    )

    doc.save(path(1, "docx"))


# ---------------------------------------------------------------------------
# 02  .pdf drawn with fpdf2: record-system print, measures table over 2 pages
#     84-year-old man after hip fracture, korttidsboende, Askersund
# ---------------------------------------------------------------------------
class RecordPDF(FPDF):
    SYSTEM = "Lifecare SP – Samordnad planering"

    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(60, 60, 60)
        self.cell(95, 4, self.SYSTEM, new_x="RIGHT", new_y="TOP")
        self.cell(0, 4, f"Utskrivet 2025-02-14 09:32   Sida {self.page_no()} ({{nb}})",
                  align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(95, 4, "Samordnad individuell plan (SIP)", new_x="RIGHT", new_y="TOP")
        self.cell(0, 4, "Namn: Gunnar  Pnr: XXXXXX-XXXX", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(0, 0, 0)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Utskriften är en kopia av uppgifter i Lifecare SP. "
                  "Sekretess enligt OSL 25 kap. 1 § och 26 kap. 1 §.", align="C")
        self.set_text_color(0, 0, 0)


def box_field(pdf, label, value, min_h=8):
    """Label in small bold above, value inside a bordered box."""
    pdf.set_font("DejaVu", "B", 8)
    pdf.cell(0, 5, label, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    w = pdf.w - pdf.l_margin - pdf.r_margin
    x, y = pdf.get_x(), pdf.get_y()
    if value:
        lines = pdf.multi_cell(w - 3, 4.6, value, dry_run=True, output="LINES")
        h = max(min_h, len(lines) * 4.6 + 3)
    else:
        h = min_h
    pdf.rect(x, y, w, h)
    if value:
        pdf.set_xy(x + 1.5, y + 1.5)
        pdf.multi_cell(w - 3, 4.6, value, align="L")
    pdf.set_xy(x, y + h + 2)


def plan02():
    pdf = RecordPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_margins(15, 12, 15)
    pdf.set_auto_page_break(True, margin=16)
    pdf.alias_nb_pages()
    pdf.add_page()

    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 7, "Samordnad individuell plan", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)

    # two-column header fields
    pdf.set_font("DejaVu", "", 8.5)
    w = (pdf.w - pdf.l_margin - pdf.r_margin) / 2
    rows = [
        ("Planens status", "Aktiv", "Mötesdatum", "2025-02-11"),
        ("Mötesform", "Fysiskt möte", "Plats", "Korttidsboendet Solbacken, Askersund"),
        ("Planen gäller", "Gunnar, 84 år", "Personnummer", "XXXXXX-XXXX"),
        ("Huvudansvarig", "Askersunds kommun", "Senast ändrad", "2025-02-11"),
    ]
    for a, b, c, d in rows:
        pdf.set_font("DejaVu", "B", 8)
        pdf.cell(28, 6, a, border=1)
        pdf.set_font("DejaVu", "", 8.5)
        pdf.cell(w - 28, 6, b, border=1)
        pdf.set_font("DejaVu", "B", 8)
        pdf.cell(28, 6, c, border=1)
        pdf.set_font("DejaVu", "", 8.5)
        pdf.cell(w - 28, 6, d, border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    box_field(pdf, "Bakgrund / nuvarande situation",
              "Gunnar föll i hemmet 2025-01-19 och fick en höftfraktur (collum femoris "
              "vänster) som opererades med halvprotes på Universitetssjukhuset Örebro "
              "2025-01-20. Han skrevs ut till korttidsplats på Solbacken 2025-02-07. Han bor "
              "ensam i ett enplanshus utanför Askersund med trösklar och badkar. Före fallet "
              "klarade han sig utan hjälp. Han går i dag korta sträckor med gåbord och behöver "
              "hjälp av en person vid förflyttning. Viktnedgång ca 4 kg sedan operationen.")
    box_field(pdf, "Syfte med SIP", "Samordning.")
    box_field(pdf, "Frågeställningar inför mötet", "", min_h=10)
    box_field(pdf, "Mål",
              "Målet är att G. ska kunna gå med rollator inomhus och klara förflyttning "
              "säng–rullstol–toalett med stöd av högst en person, så att hemgång kan bli "
              "aktuell under mars.")
    box_field(pdf, "Den enskildes delaktighet", "G. deltog på mötet.")

    # measures table
    W = pdf.w - pdf.l_margin - pdf.r_margin
    colw = [9, 66, 57, 24, W - 9 - 66 - 57 - 24]
    heads = ["Nr", "Insats", "Ansvarig (funktion, verksamhet)", "Start", "Slut / tid"]
    measures = [
        ("1", "Korttidsplats med rehabiliterande inriktning.",
         "Biståndshandläggare, Äldreomsorgen Askersunds kommun", "2025-02-07",
         "t.o.m. 2025-03-21"),
        ("2", "Fallriskbedömning och genomgång av fallprevention med personalen.",
         "Fysioterapeut, Rehabenheten Askersunds kommun", "2025-02-14", "2025-02-14"),
        ("3", "Gångträning med gåbord, övergång till rollator. Träning dagligen, "
              "personalen på korttids tränar enligt program helger.",
         "Fysioterapeut, Rehabenheten Askersunds kommun", "2025-02-12", "2025-03-21"),
        ("4", "Bedömning och utprovning av hjälpmedel (rollator, toalettförhöjning, "
              "duschpall, griptång).",
         "Arbetsterapeut, Rehabenheten Askersunds kommun", "2025-02-13", "2025-02-28"),
        ("5", "Hembesök i bostaden för bedömning av bostadsanpassning (trösklar, badkar, "
              "ledstång vid entré).",
         "Arbetsterapeut, Rehabenheten Askersunds kommun", "2025-02-25", "2025-02-25"),
        ("6", "Handläggning av bostadsanpassningsbidrag utifrån arbetsterapeutens intyg.",
         "Handläggare bostadsanpassning, Samhällsbyggnad Askersunds kommun", "2025-02-26",
         "beslut senast 2025-03-14"),
        ("7", "Sårkontroll och borttagning av agraffer.",
         "Sjuksköterska, Hemsjukvården Askersunds kommun", "2025-02-18", "2025-02-18"),
        ("8", "Trombosprofylax, injektion dagligen enligt ordination från ortopeden.",
         "Sjuksköterska, Hemsjukvården Askersunds kommun", "2025-02-07", "t.o.m. 2025-03-10"),
        ("9", "Läkemedelsgenomgång med fokus på smärtlindring, yrsel och förstoppning.",
         "Läkare, Vårdcentralen Askersund", "2025-02-20", "2025-02-20"),
        ("10", "Nutritionsbedömning p.g.a. viktnedgång, ev. näringsdryck.",
         "Dietist, Vårdcentralen Askersund", "2025-02-27", "2025-02-27"),
        ("11", "Röntgenkontroll av höften och återbesök på ortopedmottagningen.",
         "Ortopedmottagningen, Universitetssjukhuset Örebro", "2025-03-18", "2025-03-18"),
        ("12", "Beslut om hemtjänst vid hemgång: morgon- och kvällsinsats, dusch 1 g/v, "
               "inköp 1 g/v.",
         "Biståndshandläggare, Äldreomsorgen Askersunds kommun", "2025-03-14",
         "start vid hemgång 2025-03-21"),
        ("13", "Installation av trygghetslarm i bostaden före hemgång.",
         "Larmgruppen, Hemtjänsten Askersunds kommun", "2025-03-17", "senast 2025-03-20"),
        ("14", "Överrapportering från korttids till hemtjänst och hemsjukvård vid hemgång.",
         "Enhetschef, Korttidsboendet Solbacken", "2025-03-21", "2025-03-21"),
    ]
    lh = 4.4

    def table_title(cont=False):
        pdf.set_font("DejaVu", "B", 10)
        pdf.cell(0, 6, "Insatser" + (" (forts.)" if cont else ""),
                 new_x="LMARGIN", new_y="NEXT")

    def head_row():
        pdf.set_font("DejaVu", "B", 8)
        pdf.set_fill_color(220, 226, 235)
        for wi, h in zip(colw, heads):
            pdf.cell(wi, 6, h, border=1, fill=True)
        pdf.ln(6)

    table_title()
    head_row()
    pdf.set_font("DejaVu", "", 8)
    for row in measures:
        nlines = max(len(pdf.multi_cell(wi - 2, lh, txt, dry_run=True, output="LINES"))
                     for wi, txt in zip(colw, row))
        h = nlines * lh + 2
        if pdf.get_y() + h > pdf.page_break_trigger:
            pdf.add_page()
            table_title(cont=True)
            head_row()
            pdf.set_font("DejaVu", "", 8)
        x0, y0 = pdf.get_x(), pdf.get_y()
        x = x0
        for wi, txt in zip(colw, row):
            pdf.rect(x, y0, wi, h)
            pdf.set_xy(x + 1, y0 + 1)
            pdf.multi_cell(wi - 2, lh, txt, align="L")
            x += wi
        pdf.set_xy(x0, y0 + h)
    pdf.ln(4)

    box_field(pdf, "Uppföljning",
              "Uppföljande SIP-möte 2025-03-13 kl. 10.00 på Korttidsboendet Solbacken, "
              "inför planerad hemgång.")
    box_field(pdf, "Deltagare",
              "Gunnar (den enskilde), Birgitta, Jonas, Maria, Elin, Hassan")
    pdf.set_font("DejaVu", "", 7.5)
    pdf.cell(0, 5, "Signerad 2025-02-11 15:47 av användare ASK-BH03", new_x="LMARGIN",
             new_y="NEXT")
    pdf.output(path(2, "pdf"))


# ---------------------------------------------------------------------------
# 03  .txt UTF-8: journal export, SIP content spread over several entries
#     Girl 14, school refusal and anxiety, Kumla
# ---------------------------------------------------------------------------
def wrap(text, width=76, indent=""):
    out = []
    for para in text.split("\n"):
        if not para.strip():
            out.append("")
            continue
        out.extend(textwrap.wrap(para, width=width, initial_indent=indent,
                                 subsequent_indent=indent, break_on_hyphens=False)
                   or [""])
    return "\n".join(out)


def plan03():
    L = []
    L.append("JOURNALUTDRAG  –  ELEVHÄLSANS JOURNAL (PMO)")
    L.append("Enhet: Elevhälsan, Västra skolan, Kumla kommun")
    L.append("Elev: Alva, åk 8          Personnummer: ÅÅMMDD-XXXX")
    L.append("Journaltyp: Kuratorsjournal     Urval: 2025-02-01 – 2025-03-31")
    L.append("Utskrivet: 2025-04-01 08:12 av Kurator Eva")
    L.append("=" * 76)
    L.append("")

    def entry(ts, kind, who, body):
        L.append(f"{ts}  {kind}  {who}")
        L.append(wrap(body, indent="  "))
        L.append("  Signerad av: " + who.split(",")[0])
        L.append("-" * 76)
        L.append("")

    entry("2025-02-18 14:02", "Anteckning", "Kurator Eva, Elevhälsan",
          "Kontakt: Telefonsamtal med mamma.\n"
          "Aktuellt: Alva har 62 % frånvaro sedan jullovet. Hon får ont i magen på "
          "morgonen och blir kvar hemma. Mamma berättar att Alva sover dåligt och sitter "
          "uppe med mobilen. BUP Örebro har påbörjat en bedömning efter remiss från "
          "skolsköterskan i december. Familjen har sedan januari kontakt med "
          "familjebehandlare på socialtjänsten.\n"
          "Planering: Kurator föreslår ett gemensamt möte med BUP och socialtjänsten. "
          "Mamma vill prata med pappa först och återkommer.")
    entry("2025-02-24 09:40", "Anteckning", "Kurator Eva, Elevhälsan",
          "Planering: SIP-möte bokat 2025-03-04 kl. 10.00 i Elevhälsans lokaler. Kallelse "
          "skickad till vårdnadshavare, BUP Örebro och Socialtjänsten Kumla. Alva "
          "erbjuds att vara med hela eller delar av mötet.")
    entry("2025-03-04 10:15", "Anteckning", "Kurator Eva, Elevhälsan",
          "Åtgärd: SIP-möte.\n"
          "Närvarande: Alva (första delen av mötet), mamma och pappa (vårdnadshavare), "
          "kurator Eva (Elevhälsan, Västra skolan), mentor Johan (Västra skolan), "
          "specialpedagog Ellen (Västra skolan), psykolog Sara (BUP Örebro), "
          "familjebehandlare Nadia (Socialtjänsten Kumla, Barn och familj).\n"
          "Syfte: Att samordna skolans, BUP:s och socialtjänstens stöd så att Alva stegvis "
          "kan öka sin närvaro i skolan och samtidigt få behandling för sin ångest, utan "
          "att familjen behöver berätta samma sak för alla.\n"
          "Samtycke: Finns, se tidigare anteckning.")
    entry("2025-03-04 10:48", "Anteckning", "Kurator Eva, Elevhälsan",
          "Frågeställningar: Hur kan Alva komma tillbaka till skolan stegvis, och vilka "
          "lektioner ska hon börja med? Behöver Alva utredas vidare för NPF eller räcker "
          "ångestbehandlingen? BUP tar ställning efter avslutad bedömning.\n"
          "Elevens synpunkter: Alva var med första halvtimmen tillsammans med föräldrarna "
          "och gick sedan ut. Hon vill börja dagen hos Ellen i det lilla grupprummet och "
          "vill inte behöva redovisa inför hela klassen. Hon säger själv: \"Jag vill kunna "
          "vara i skolan hela förmiddagen utan att få ont i magen, och jag vill hinna ta "
          "igen matten innan nian.\"")
    entry("2025-03-04 11:05", "Anteckning", "Kurator Eva, Elevhälsan",
          "Planering:\n"
          "- Skolan: mentor Johan lägger upp ett anpassat schema med start kl. 9.30 och "
          "fyra lektioner per dag, fr.o.m. 2025-03-10.\n"
          "- Skolan: specialpedagog Ellen tar emot Alva i grupprummet varje morgon "
          "kl. 9.30 och ger stöd i matte, fr.o.m. 2025-03-10.\n"
          "- Elevhälsan: kurator Eva har stödsamtal med Alva varannan tisdag, "
          "första 2025-03-11.\n"
          "- BUP Örebro: fortsatt kontakt med psykolog Sara, KBT-inriktad behandling för "
          "ångest påbörjas.\n"
          "- Socialtjänsten Kumla: familjebehandlare Nadia gör hembesök en gång i veckan "
          "med fokus på morgonrutiner och sömn, start vecka 11.")
    entry("2025-03-05 08:30", "Anteckning", "Kurator Eva, Elevhälsan",
          "Uppföljning: Nytt SIP-möte v. 17, tid bokas senare.\n"
          "Huvudansvar för planen: ej fastställt på mötet, tas upp vid uppföljningen.\n"
          "Övrigt: Minnesanteckningar från mötet skickade till vårdnadshavarna per post.")
    entry("2025-03-18 13:20", "Anteckning", "Kurator Eva, Elevhälsan",
          "Kontakt: Stödsamtal med Alva. Hon har varit i skolan fyra av sex dagar sedan "
          "förra veckan. Trivs i grupprummet. Planering: nästa samtal 2025-03-25.")
    with open(path(3, "txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L).rstrip() + "\n")


# ---------------------------------------------------------------------------
# 04  .docx follow-up plan: table of earlier measures + table of new measures
#     Young man 19, cannabis use and ADHD, Lindesberg
# ---------------------------------------------------------------------------
def add_table(doc, headers, rows, widths=None, style="Table Grid"):
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(headers):
        c = t.rows[0].cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(h)
        r.bold = True
        set_cell_shading(c, "D9E2F3")
    set_repeat_header(t.rows[0])
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


def plan04():
    doc = Document()
    fix_core(doc, "Uppföljning SIP", "Vuxenenheten Lindesberg")
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    hp = sec.header.paragraphs[0]
    hp.text = "Lindesbergs kommun, Socialförvaltningen\tUppföljning SIP\tSida "
    hp.runs[0].font.size = Pt(8)
    # page field
    r = hp.add_run()
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r._r.append(fld)

    doc.add_heading("Uppföljning av samordnad individuell plan (SIP)", level=1)
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    info = [("Namn", "Elias"), ("Personnummer", "ÅÅMMDD-XXXX"),
            ("Datum för uppföljningen", "2025-05-20"),
            ("Ursprunglig plan upprättad", "2025-02-11")]
    for i, (a, b) in enumerate(info):
        t.cell(i, 0).text = a
        t.cell(i, 0).paragraphs[0].runs[0].bold = True
        t.cell(i, 1).text = b

    doc.add_heading("Deltagare", level=2)
    doc.add_paragraph("Elias, mamma, socialsekreterare, behandlare, sjuksköterska, "
                      "läkare (per telefon), handläggare.")

    doc.add_heading("Syfte", level=2)
    doc.add_paragraph("Se tidigare plan.")

    doc.add_heading("Mål", level=2)
    doc.add_paragraph("Målet är att E. ska vara fri från cannabis, ha en stabil dygnsrytm "
                      "och komma ut i någon form av sysselsättning under hösten 2025.")

    doc.add_heading("Delaktighet", level=2)
    doc.add_paragraph("Elias deltog under hela mötet.")

    doc.add_heading("Insatser i tidigare plan – hur har det gått?", level=2)
    add_table(doc, ["Insats", "Hur har det gått?", "Fortsätter / avslutas"], [
        ("Drogscreening (urinprov) en gång i veckan, onsdagar. "
         "Beroendemottagningen Lindesberg.",
         "11 av 14 prov lämnade. Samtliga negativa sedan 2025-03-12. Tre uteblivna "
         "tillfällen i februari.",
         "Fortsätter, onsdagar t.o.m. 2025-08-27."),
        ("Motiverande samtal och återfallsprevention individuellt en gång i veckan. "
         "Behandlare, Öppenvården, Vuxenenheten Lindesberg.",
         "Deltagit på 13 av 15 samtal. Har fått verktyg för att hantera sug och "
         "kompisar som röker.",
         "Avslutas 2025-06-10, övergår till gruppbehandling (se nya insatser)."),
        ("Titrering av ADHD-medicin. Läkare, Vuxenpsykiatrin Lindesberg.",
         "Titreringen klar i april. Stabil dos, inga biverkningar rapporterade.",
         "Fortsätter. Läkarkontroll med blodtryck och vikt 2025-08-26."),
        ("Ekonomiskt bistånd. Socialsekreterare, Vuxenenheten Lindesberg.",
         "Beviljat februari–maj. Hyran betald varje månad.",
         "Fortsätter, prövas månadsvis t.o.m. 2025-08-31."),
        ("Inskrivning hos Arbetsförmedlingen. Socialsekreterare, Vuxenenheten, "
         "hjälpte till att boka tid.",
         "Inskriven 2025-03-10.",
         "Avslutas, ersätts av ny insats från Arbetsförmedlingen."),
    ], widths=[6.0, 6.0, 5.0])

    doc.add_heading("Nya insatser", level=2)
    add_table(doc, ["Insats", "Ansvarig", "När"], [
        ("Återfallsprevention i grupp, 8 träffar.",
         "Behandlare, Öppenvården, Vuxenenheten Lindesberg",
         "Tisdagar från 2025-06-17"),
        ("Anvisning till förberedande insats (arbetsträning med handledare) inom "
         "Rusta och matcha eller motsvarande.",
         "Handläggare, Arbetsförmedlingen Lindesberg",
         "Anvisning senast 2025-06-30, start senast 2025-08-18"),
        ("Följer med Elias till läkarbesöket och skjutsar honom till provtagningen "
         "de veckor han inte har busskort.",
         "Mamma",
         "Läkarbesöket 2025-08-26, provtagning onsdagar t.o.m. 2025-08-27"),
        ("Ställningstagande till ansökan om aktivitetsersättning hos Försäkringskassan; "
         "läkarutlåtande skrivs om det blir aktuellt efter arbetsträningen.",
         "Läkare, Vuxenpsykiatrin Lindesberg",
         "Tas ställning till vid uppföljningen 2025-09-09"),
    ], widths=[7.5, 5.0, 4.5])

    doc.add_heading("Huvudansvar", level=2)
    doc.add_paragraph("Socialtjänsten Lindesberg.")

    doc.add_heading("Nästa uppföljning", level=2)
    doc.add_paragraph("2025-09-09 kl. 13.00, Vuxenenheten Lindesberg.")
    doc.save(path(4, "docx"))


# ---------------------------------------------------------------------------
# 05  .md task list under "Vem gör vad"
#     Boy 12, ADHD, Hallsberg
# ---------------------------------------------------------------------------
def plan05():
    md = """# SIP – Noah, åk 6

**Datum:** 2025-02-26  
**Kommun:** Hallsberg  
**Syfte:** Samordning.  
**Samtycke:** Samtycke finns.

## Bakgrund

Noah är 12 år och går i åk 6. Han fick diagnosen ADHD på BUP Örebro hösten 2023 och
har medicin sedan dess. Under hösten har det blivit fler konflikter på rasterna och i
omklädningsrummet, och han har haft svårt med övergångar mellan lektioner och när det
är vikarie. Hemma är det tufft på kvällarna med läxor och läggning, och familjen har
själv tagit kontakt med socialtjänsten.

Noah tycker att matten fungerar bättre sedan han fick sitta längst fram, men att
rasterna och idrotten är jobbiga.

## Vem gör vad

### Skolan och elevhälsan

- [x] Skolan: fast plats längst fram i klassrummet (mentor Lars, klart v. 8)
- [ ] Skolan: anpassat schema med kortare dagar på onsdagar (mentor Lars, från v. 10)
- [ ] Skolan: rastaktivitet med vuxen tisdag och torsdag (fritidspedagog Mona, från v. 11)
- [ ] Skolan: ombyte i eget rum före och efter idrotten (idrottslärare, från v. 10)
- [ ] Elevhälsan: tillväxtkontroll och uppföljning av hur medicinen fungerar i skolan
  (skolsköterska Anna, v. 12)

### BUP Örebro

- [x] BUP: läkarbesök, justering av ADHD-medicinen (läkare, genomfört 2025-02-12)
- [ ] Regionen: föräldrastödsgrupp om ADHD, tid meddelas

### Socialtjänsten Hallsberg

- [x] Socialtjänsten: utredning om kontaktfamilj påbörjad (socialsekreterare, start 2025-02-20)
- [ ] Socialtjänsten: familjebehandling i hemmet varannan vecka med fokus på kvällsrutiner
  (familjebehandlare, start v. 12)

## Övrigt

- Försäkringskassan (omvårdnadsbidrag) kan bli aktuell, diskuterades kort.

## Uppföljning

Följs upp efter påsklovet.
"""
    with open(path(5, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ---------------------------------------------------------------------------
# 06  .docx easy-read (lättläst), adult with intellectual disability, Örebro
# ---------------------------------------------------------------------------
def plan06():
    doc = Document()
    fix_core(doc, "Min plan", "Gruppbostad Örebro")
    st = doc.styles["Normal"]
    st.font.name = "Verdana"
    st.font.size = Pt(16)
    st.paragraph_format.space_after = Pt(8)
    st.paragraph_format.line_spacing = 1.3
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    fp = sec.footer.paragraphs[0]
    fp.text = "Min plan – lättläst version"
    fp.runs[0].font.size = Pt(11)

    def h(text):
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(22)
        p.paragraph_format.space_before = Pt(18)
        p.paragraph_format.keep_with_next = True

    def line(text, italic=False):
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.italic = italic
        return p

    def pic(text):
        p = doc.add_paragraph()
        r = p.add_run(f"[Bild: {text}]")
        r.italic = True
        r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def check(text):
        p = doc.add_paragraph()
        r = p.add_run("✔  ")
        r.bold = True
        r.font.color.rgb = RGBColor(0x1E, 0x7B, 0x34)
        p.add_run(text)
        p.paragraph_format.left_indent = Cm(1.0)
        p.paragraph_format.first_line_indent = Cm(-1.0)

    t = doc.add_paragraph()
    r = t.add_run("Min plan")
    r.bold = True
    r.font.size = Pt(32)
    line("Planen är för Sara.")
    line("Vi gjorde planen den 8 april 2025.")
    pic("Sara och tre personer sitter vid ett bord och pratar.")

    h("Varför gör vi en plan?")
    line("Du får hjälp från flera ställen.")
    line("Kommunen och vården ska göra det tillsammans.")
    line("Planen ska hjälpa dig att sova bättre på natten.")
    line("Planen ska också hjälpa dig att ta hand om din diabetes.")

    h("Det här ska vi prata om")
    line("Hur det går för dig.")

    h("Det här vill jag")
    pic("En säng med en måne ovanför.")
    line("Jag vill sova hela natten.")
    line("Jag vill inte vara trött på Ateljén.")
    line("Jag vill laga mat själv på torsdagar.")
    line("Jag vill fortsätta måla på Ateljén.")

    h("Det här tycker jag")
    line("Jag var med på mötet.")
    line("Jag vill inte ha möten tidigt på morgonen.")
    line("Jag vill att Kim är med när jag tar blodprov.")

    h("Får vi prata med varandra om dig?")
    pic("Två personer som pratar i telefon.")
    line("Ja, sa du på mötet den 8 april 2025.")
    line("Du skrev ditt namn på ett papper.")

    h("Så här får du hjälp")
    check("Personalen på din gruppbostad hjälper dig att göra kvällen lugn. "
          "Varje kväll.")
    check("Sjuksköterskan på Vårdcentralen Vivalla tar ett blodprov. "
          "Det är den 13 maj 2025.")
    check("Habiliteringen gör ett bildschema för kvällen tillsammans med dig.")
    check("Arbetsterapeuten på Vuxenhabiliteringen Örebro låter dig prova ett tungt täcke. "
          "Det är i maj 2025.")
    check("Du går till Ateljén, daglig verksamhet. "
          "Måndag till torsdag, som nu.")
    pic("En pensel och en målarduk.")

    h("Andra som hjälper dig")
    check("Per är din gode man. Per betalar dina räkningar varje månad.")
    check("Per följer med dig och köper nya lakan och en nattlampa i april.")
    check("Du själv: du tar din medicin tillsammans med personalen varje morgon.")

    h("Vem håller ihop planen?")
    line("Lena håller ihop planen.")

    h("När träffas vi igen?")
    pic("En kalender med en sol.")
    line("Vi träffas igen efter sommaren.")

    h("Vi som var på mötet")
    line("Sara")
    line("Lena")
    line("Ahmed")
    line("Kim")
    line("Per")
    doc.save(path(6, "docx"))


# ---------------------------------------------------------------------------
# 07  .pdf via LibreOffice from .docx: each part in a shaded one-cell table
#     Man 45, discharge from psychiatric inpatient care, Örebro
# ---------------------------------------------------------------------------
def plan07():
    doc = Document()
    fix_core(doc, "SIP inför utskrivning", "Psykiatriska kliniken USÖ")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Region Örebro län  •  Psykiatriska kliniken, Universitetssjukhuset Örebro"
    hp.runs[0].font.size = Pt(8)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    t = doc.add_paragraph()
    r = t.add_run("SAMORDNAD INDIVIDUELL PLAN – INFÖR UTSKRIVNING")
    r.bold = True
    r.font.size = Pt(14)

    def box(heading, lines):
        tbl = doc.add_table(rows=1, cols=1)
        tbl.style = "Table Grid"
        c = tbl.cell(0, 0)
        set_cell_shading(c, "E7EEF5")
        c.width = Cm(16.6)
        p = c.paragraphs[0]
        rr = p.add_run(heading)
        rr.bold = True
        for ln in lines:
            c.add_paragraph(ln)
        gap = doc.add_paragraph()
        gap.paragraph_format.space_after = Pt(0)
        gap.paragraph_format.space_before = Pt(0)

    box("Personuppgifter", [
        "Namn: M.    Personnummer: XXXXXX-XXXX",
        "Datum för planeringen: 2025-06-03",
        "Plats: Avdelning P3, Psykiatriska kliniken, Universitetssjukhuset Örebro",
    ])
    box("Bakgrund", [
        "M. är 45 år och har bipolär sjukdom typ 1 med psykotiska inslag. Han lades in "
        "enligt LPT 2025-05-10 efter en manisk period med sömnlöshet och hotfullt beteende "
        "mot grannar. Vården övergick till frivillig vård 2025-05-21. Han bor ensam i "
        "hyreslägenhet i Örebro. Före inläggningen hade han slutat ta sin litiummedicin och "
        "isolerat sig i lägenheten. Utskrivning planeras 2025-06-10.",
    ])
    box("Syfte", [
        "Syftet är att samordna insatserna inför utskrivningen från avdelning P3 så att M. "
        "har stöd från både psykiatrins öppenvård och socialtjänsten när han kommer hem, "
        "och så att medicineringen inte avbryts igen.",
    ])
    box("Frågeställningar", [
        "Hur ska M. få stöd att ta sin medicin efter utskrivningen?",
        "Behöver M. boendestöd, och kan det i så fall komma igång före utskrivningsdagen?",
    ])
    box("Mål", [
        "Målet är att M. ska kunna bo kvar i egen lägenhet och undvika ny inläggning.",
    ])
    box("Insatser", [
        "Fortsatt kontakt med psykiatrisk öppenvård.",
        "Stöd i hemmet vid behov.",
        "Fortsatt medicinering.",
    ])
    box("Huvudansvar för planen", [
        "Socialsekreterare Karin, Vuxenenheten, Socialförvaltningen Örebro kommun.",
    ])
    box("Deltagare", [
        "Sjuksköterska Fredrik, avdelning P3, Psykiatriska kliniken USÖ",
        "Överläkare Nils, avdelning P3, Psykiatriska kliniken USÖ",
        "Kurator Anna, Allmänpsykiatriska öppenvårdsmottagningen Örebro",
        "Socialsekreterare Karin, Vuxenenheten, Socialförvaltningen Örebro kommun",
    ])
    src = os.path.join(tempfile.gettempdir(), f"{PREFIX}-07.docx")
    doc.save(src)
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
                    "--convert-to", "pdf", "--outdir", OUT, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=180)
    os.remove(src)


# ---------------------------------------------------------------------------
# 08  NOT a plan: Anmälan enligt 6 § LVM, vårdcentral doctor -> social services
#     .txt, Windows-1252, CRLF
# ---------------------------------------------------------------------------
def plan08():
    body = """VÅRDCENTRALEN HALLSBERG
Region Örebro län

Till: Socialnämnden, Hallsbergs kommun
      Vuxenenheten, Socialförvaltningen

Datum: 2025-04-23

ANMÄLAN OM BEHOV AV VÅRD ENLIGT LVM (6 § LAGEN (1988:870) OM VÅRD AV MISSBRUKARE I VISSA FALL)

Anmälan avser
Namn:          [namn]
Personnummer:  ÅÅMMDD-XXXX
Bostadsort:    Hallsberg

Anmälare
Leg. läkare Henrik, specialist i allmänmedicin, Vårdcentralen Hallsberg.
Nås via växeln.

Skäl för anmälan
Patienten är en 58-årig kvinna som är känd på vårdcentralen sedan flera år med alkoholberoende, hypertoni och leverpåverkan. Under de senaste två månaderna har hon sökt akut tre gånger (2025-03-02, 2025-03-29 och 2025-04-22) efter fall i hemmet i påverkat tillstånd. Vid besöket 2025-04-22 hade hon en skallskada som sytts, blåmärken i olika stadier på armar och bål, P-etanol 3,1 promille och tydlig abstinens vid förnyad kontroll efter sex timmar. Leverprover är kraftigt förhöjda och hon har gått ned 9 kg sedan hösten. Hon uppger själv att hon dricker ca en flaska vin och en halv flaska sprit per dag.

Hon har vid upprepade tillfällen erbjudits remiss till beroendemottagningen och avgiftning, senast 2025-04-22, men har tackat nej och säger att hon klarar det själv. Hon har uteblivit från tre bokade läkarbesök och tar inte sin blodtrycksmedicin.

Bedömning
Jag bedömer att patienten till följd av ett fortgående missbruk av alkohol är i behov av vård för att komma ifrån missbruket och att vårdbehovet inte kan tillgodoses enligt socialtjänstlagen eller på något annat sätt. Hon utsätter sin fysiska hälsa för allvarlig fara (upprepade fall med skallskada, leverpåverkan, avmagring). Se 4 § LVM.

Jag gör därför anmälan enligt 6 § andra stycket LVM och ber socialnämnden att inleda utredning enligt 7 § LVM. Läkarintyg enligt 9 § LVM kan utfärdas efter kontakt med socialtjänsten.

Patienten har informerats om att anmälan görs. Hon motsatte sig den.

Underskrift
Henrik, leg. läkare
Vårdcentralen Hallsberg
2025-04-23
"""
    lines = []
    for para in body.split("\n"):
        if len(para) > 78:
            lines.extend(textwrap.wrap(para, width=76, break_on_hyphens=False))
        else:
            lines.append(para)
    text = "\r\n".join(lines).rstrip() + "\r\n"
    with open(path(8, "txt"), "wb") as f:
        f.write(text.encode("cp1252"))


def main():
    os.makedirs(OUT, exist_ok=True)
    plan01()
    plan02()
    plan03()
    plan04()
    plan05()
    plan06()
    plan07()
    plan08()
    for fn in sorted(os.listdir(OUT)):
        print(fn, os.path.getsize(os.path.join(OUT, fn)))


if __name__ == "__main__":
    main()
