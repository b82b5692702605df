#!/usr/bin/env python
"""Generate batch fresh-81a: eight fictional, anonymized SIP documents (Västra Götaland, 2025).

Run with /work/batches/.venv/bin/python generate.py  (calls soffice for f81a-04.pdf).
Deterministic: fixed dates and texts, seeded random for the scan specks.
"""
import os
import random
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt, RGBColor, Twips
from fpdf import FPDF
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f81a"
LO_PROFILE = "file:///tmp/lo-f81a"
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"


def out(n, ext):
    return os.path.join(OUT, f"{PREFIX}-{n:02d}.{ext}")


def fix_docx_meta(doc, title, author="", created=None):
    import datetime as dt
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.revision = 1
    stamp = created or dt.datetime(2025, 1, 1, 8, 0, 0)
    cp.created = stamp
    cp.modified = stamp


def normalize_docx(path, stamp=(2025, 1, 1, 8, 0, 0)):
    """Rewrite the .docx zip with fixed entry timestamps so every run gives identical bytes."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for info, data in items:
            ni = zipfile.ZipInfo(info.filename, date_time=stamp)
            ni.compress_type = zipfile.ZIP_DEFLATED
            ni.external_attr = info.external_attr
            z.writestr(ni, data)


def normalize_lo_pdf(path, date="D:20250506114000Z'"):
    """Same-length replacement of LibreOffice's creation date and file ID (keeps xref offsets valid)."""
    import re
    b = open(path, "rb").read()
    b = re.sub(rb"/CreationDate\(D:\d{14}Z'\)", b"/CreationDate(" + date.encode() + b")", b)
    b = re.sub(rb"<[0-9A-F]{32}>", lambda m: b"<" + b"F81A0004" * 4 + b">", b)
    b = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"F81A0004" * 4, b)
    open(path, "wb").write(b)


def set_cell_shading(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def mark_header_row(row):
    trPr = row._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trPr.append(th)


def add_page_number_field(paragraph, prefix="Sida "):
    if prefix:
        paragraph.add_run(prefix)
    for instr in ("PAGE",):
        r = paragraph.add_run()
        f1 = OxmlElement("w:fldChar")
        f1.set(qn("w:fldCharType"), "begin")
        it = OxmlElement("w:instrText")
        it.set(qn("xml:space"), "preserve")
        it.text = instr
        f2 = OxmlElement("w:fldChar")
        f2.set(qn("w:fldCharType"), "end")
        r._r.append(f1)
        r._r.append(it)
        r._r.append(f2)


# ---------------------------------------------------------------------------
# 01  OCR'd scanned paper plan (fpdf2), Göteborg – adult with psychosis and debts
# ---------------------------------------------------------------------------
def plan01():
    random.seed(8101)
    pdf = FPDF(format="A4", unit="mm")
    pdf.set_auto_page_break(False)
    pdf.add_font("Serif", "", FONT_DIR + "DejaVuSerif.ttf")
    pdf.add_font("Serif", "B", FONT_DIR + "DejaVuSerif-Bold.ttf")
    pdf.set_creator("ScanSnap Manager #iX1600 / ABBYY FineReader OCR")
    pdf.set_producer("ScanSnap OCR 2025")
    pdf.set_title("SCAN_20250319_0932")
    import datetime as dt
    pdf.set_creation_date(dt.datetime(2025, 3, 19, 9, 32, tzinfo=dt.timezone.utc))

    def scan_page():
        pdf.add_page()
        # greyish scanned paper, darker edge at the left where the page lay on the glass
        pdf.set_fill_color(244, 243, 238)
        pdf.rect(0, 0, 210, 297, style="F")
        pdf.set_fill_color(222, 221, 214)
        pdf.rect(0, 0, 4, 297, style="F")
        pdf.set_fill_color(150, 150, 150)
        for _ in range(70):
            x, y = random.uniform(6, 204), random.uniform(4, 292)
            r = random.uniform(0.15, 0.45)
            pdf.ellipse(x, y, r, r, style="F")
        # hole-punch shadows
        pdf.set_fill_color(205, 205, 200)
        pdf.ellipse(7, 95, 5, 5, style="F")
        pdf.ellipse(7, 195, 5, 5, style="F")

    lh = 5.2

    def lines(x, y, rows, size=10, style="", w=None):
        pdf.set_font("Serif", style, size)
        for t in rows:
            pdf.set_xy(x, y)
            pdf.cell(w or 0, lh, t)
            y += lh
        return y

    # ---------------- page 1
    scan_page()
    with pdf.rotation(angle=0.35, x=105, y=148):
        pdf.set_text_color(35, 35, 35)
        pdf.set_draw_color(60, 60, 60)
        pdf.set_line_width(0.35)
        y = lines(18, 14, ["G0TEBORGS STAD                              VASTRA G0TALANDSREGIONEN",
                            "Socialtjänst Nordost            Sahlgrenska Universitetssjukhuset, Psykiatri"], size=8.5)
        pdf.set_font("Serif", "B", 15)
        pdf.set_xy(18, 28)
        pdf.cell(0, 8, "SAMORDNAD INDIVIDUELL PLAN (SIP)")
        pdf.set_font("Serif", "", 8.5)
        pdf.set_xy(18, 36)
        pdf.cell(0, 5, "enligt 2 kap. 7 § S0L och 16 kap. 4 § HSL")

        # boxed head fields
        pdf.rect(18, 44, 174, 22)
        pdf.line(105, 44, 105, 66)
        pdf.line(18, 55, 192, 55)
        lines(20, 45, ["Narnn:", "R."], size=9)
        lines(107, 45, ["Personnumrner:", "XXXXXX-XXXX"], size=9)
        lines(20, 56, ["Datum för rnötet:", "2025-03-18"], size=9)
        lines(107, 56, ["P1ats:", "Psykosmottagningen Nordost, Angered"], size=9)

        y = 72
        pdf.set_font("Serif", "B", 11)
        pdf.set_xy(18, y)
        pdf.cell(0, 6, "1. Syfte med p1anen")
        y = lines(18, y + 7, [
            "Syftet ar att samordna stödet från psykiatrin och socialtjänsten så att R. kan",
            "behålla sin lägenhet, få kontroll över sin ekono-",
            "rni och slippa nya inlaggningar. R. har vårdats inneliggande tre gånger under",
            "2024 och har hyresskulder sedan hösten. Han har slutat öppna posten och har",
            "flera obetalda rakningar.",
        ])
        y += 4
        pdf.set_font("Serif", "B", 11)
        pdf.set_xy(18, y)
        pdf.cell(0, 6, "2. Den enski1des mål (med egna 0rd)")
        y = lines(18, y + 7, [
            "\u201dJag vill ha ordning på rakningarna och kunna bo kvar i min lägenhet. Jag vill",
            "inte bli inlagd igen.\u201d",
        ])
        y += 4
        pdf.set_font("Serif", "B", 11)
        pdf.set_xy(18, y)
        pdf.cell(0, 6, "3. Den enskildes syn på sin situation")
        y = lines(18, y + 7, [
            "R. deltog pa rnötet. Han vill inte ha hembesök oftare än en gång i veckan och",
            "vill he1st träffa samrna personal varje gång. Han tycker att rnedicinen hjälper",
            "mot rösterna men gör honom trött på f0rmiddagarna, och han vill att tider",
            "bokas efter kl. 11.",
        ])
        y += 4
        pdf.set_font("Serif", "B", 11)
        pdf.set_xy(18, y)
        pdf.cell(0, 6, "4. Insatser                                            Ansvarig                         När")
        y += 8
        rows = [
            (["Lakemedelsuppföljning och depå-", "injektion var 14:e dag"],
             ["Sjuksköterska,", "Psykosmottagningen Nordost"], ["fr.o.m.", "2025-03-25"]),
            (["Utredning av ansökan om boende-", "stöd enligt SoL"],
             ["Socialsekreterare, vuxen-", "enheten Socialtjänst Nordost"], ["beslut senast", "2025-04-15"]),
            (["Första samtal hos budget- och", "skuldrådgivningen, genomgång av", "skulder och inkomster"],
             ["Budget- och skuldrådgiv-", "ningen, Göteborgs Stad"], ["v. 14"]),
            (["Utredning av ansökan om ekono-", "miskt bistånd för hyresskulden"],
             ["Socialsekreterare,", "vuxenenheten"], [""]),
            (["Samtal om sömn och dagstruktur,", "aktivitetsschema"],
             ["Arbetsterapeut,", "Psykosmottagningen Nordost"], ["april 2025"]),
        ]
        x0, w1, w2, w3 = 18, 80, 62, 32
        pdf.set_font("Serif", "", 9)
        for a, b, c in rows:
            n = max(len(a), len(b), len(c))
            h = n * 4.6 + 2
            pdf.rect(x0, y, w1, h)
            pdf.rect(x0 + w1, y, w2, h)
            pdf.rect(x0 + w1 + w2, y, w3, h)
            for i, t in enumerate(a):
                pdf.set_xy(x0 + 1.5, y + 1 + i * 4.6)
                pdf.cell(w1 - 3, 4.6, t)
            for i, t in enumerate(b):
                pdf.set_xy(x0 + w1 + 1.5, y + 1 + i * 4.6)
                pdf.cell(w2 - 3, 4.6, t)
            for i, t in enumerate(c):
                pdf.set_xy(x0 + w1 + w2 + 1.5, y + 1 + i * 4.6)
                pdf.cell(w3 - 3, 4.6, t)
            y += h
        pdf.set_font("Serif", "", 7.5)
        pdf.set_xy(150, 284)
        pdf.cell(0, 4, "Sida 1 av 2")

    # ---------------- page 2
    scan_page()
    with pdf.rotation(angle=-0.25, x=105, y=148):
        pdf.set_text_color(35, 35, 35)
        pdf.set_draw_color(60, 60, 60)
        pdf.set_line_width(0.35)
        lines(18, 14, ["SIP  R.   2025-03-18"], size=8.5)
        y = 26
        pdf.set_font("Serif", "B", 11)
        pdf.set_xy(18, y)
        pdf.cell(0, 6, "5. Huvudansvar för p1anen")
        y = lines(18, y + 7, ["Socialtjänst Nordost"])
        y += 4
        pdf.set_font("Serif", "B", 11)
        pdf.set_xy(18, y)
        pdf.cell(0, 6, "6. Sarntycke")
        y = lines(18, y + 7, ["Sarntycke finns."])
        y += 4
        pdf.set_font("Serif", "B", 11)
        pdf.set_xy(18, y)
        pdf.cell(0, 6, "7. Uppf0ljning")
        y = lines(18, y + 7, [
            "Nästa rnöte 2025-06-10 kl. 13.00 på Psykosmottagningen Nordost. Då går vi",
            "igen0m hur boendestödet har kommit igång och om hyresskulden är",
            "lost.",
        ])
        y += 4
        pdf.set_font("Serif", "B", 11)
        pdf.set_xy(18, y)
        pdf.cell(0, 6, "8. Övrigt")
        y = lines(18, y + 7, [
            "Planen upprättades på mötet och R. fick en kopia med sig. Planen förvaras i",
            "journalen hos båda huvudmännen.",
        ])
        # stamp-like box
        pdf.set_draw_color(120, 120, 140)
        pdf.rect(130, y + 12, 55, 16)
        pdf.set_text_color(110, 110, 135)
        lines(133, y + 14, ["INK0MMIT", "2025 -03- 19"], size=9, style="B")
        pdf.set_text_color(35, 35, 35)
        pdf.set_font("Serif", "", 7.5)
        pdf.set_xy(150, 284)
        pdf.cell(0, 4, "Sida 2 av 2")

    pdf.output(out(1, "pdf"))


# ---------------------------------------------------------------------------
# 02  Signs of Safety style child plan (docx), Alingsås – school refusal and anxiety
# ---------------------------------------------------------------------------
def plan02():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin"):
        setattr(sec, m, Cm(2.0))
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    hp = sec.header.paragraphs[0]
    hp.text = "Alingsås kommun · Socialtjänsten, Barn och familj\tSIP – arbetssätt Signs of Safety"
    hp.runs[0].font.size = Pt(8)
    hp.paragraph_format.tab_stops.add_tab_stop(Twips(4680), alignment=WD_TAB_ALIGNMENT.CLEAR)
    hp.paragraph_format.tab_stops.add_tab_stop(Twips(9360), alignment=WD_TAB_ALIGNMENT.CLEAR)
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(25.7), alignment=WD_TAB_ALIGNMENT.RIGHT)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_page_number_field(fp)
    for r in fp.runs:
        r.font.size = Pt(8)

    doc.add_heading("Samordnad individuell plan – Tilda, 12 år", level=1)
    p = doc.add_paragraph()
    p.add_run("Datum: ").bold = True
    p.add_run("2025-04-08    ")
    p.add_run("Plats: ").bold = True
    p.add_run("Socialkontoret, Alingsås    ")
    p.add_run("Syfte med mötet: ").bold = True
    p.add_run("Samordning kring Tilda.")
    p = doc.add_paragraph()
    p.add_run("Med på mötet: ").bold = True
    p.add_run("Tilda, Jenny (mamma), Mikael (pappa), Sara, Hanna, Linnea, Omar")

    doc.add_heading("Frågor vi vill ha svar på idag", level=2)
    for t in [
        "Hur kan Tilda komma tillbaka till skolan steg för steg efter påsklovet?",
        "Räcker KBT-behandlingen på BUP, eller behövs en fördjupad bedömning av ångesten?",
        "Vem kan Tilda höra av sig till när morgonen känns för jobbig?",
    ]:
        doc.add_paragraph(t, style="List Bullet")

    doc.add_heading("Så ser vi på läget just nu", level=2)
    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    heads = ["Vad fungerar bra?", "Vad oroar oss?", "Vad behöver hända?"]
    fills = ["D9EAD3", "F4CCCC", "FFF2CC"]
    for i, h in enumerate(heads):
        c = t.rows[0].cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(h)
        r.bold = True
        set_cell_shading(c, fills[i])
    mark_header_row(t.rows[0])
    cols = [
        [
            "Tilda har gått i skolan två förmiddagar i veckan sedan mitten av mars.",
            "Hon har en bra relation till kuratorn och till sin mentor.",
            "Mamma och pappa samarbetar kring morgnarna trots att de bor isär.",
            "Tilda har kommit till alla sina tider på BUP och tycker att andningsövningarna hjälper lite.",
            "Mormor finns nära och Tilda tycker om att vara hos henne.",
        ],
        [
            "Tilda har ca 40 % frånvaro sedan höstterminen och har missat mycket i matte och engelska.",
            "Hon får ont i magen och panikkänslor på söndagkvällar och morgnar.",
            "Hon har slutat på fotbollen och träffar nästan inga kompisar utanför skolan.",
            "Föräldrarna blir osäkra på hur mycket de ska pressa och det blir bråk på morgnarna.",
            "Skolan är orolig att hon inte når målen i åk 6.",
        ],
        [
            "Ett anpassat schema som byggs ut i lugn takt.",
            "En vuxen i skolan som möter upp Tilda vid entrén.",
            "Fortsatt behandling för ångesten och ett besked om det behövs mer utredning.",
            "Stöd till föräldrarna i hur de kan hjälpa Tilda på morgonen.",
            "Att Tilda kommer tillbaka till fotbollen.",
        ],
    ]
    for i, items in enumerate(cols):
        c = t.rows[1].cells[i]
        c.text = ""
        first = True
        for it in items:
            para = c.paragraphs[0] if first else c.add_paragraph()
            para.add_run("• " + it)
            first = False

    doc.add_heading("Tildas egna ord", level=2)
    for q in [
        "”Jag vill kunna vara i skolan utan att få panik i magen.”",
        "”Jag vill börja på fotbollen igen innan sommaren.”",
        "”Det är lättare om någon möter mig vid dörren och om jag inte måste vara med på idrotten än.”",
    ]:
        para = doc.add_paragraph(q)
        para.runs[0].italic = True

    doc.add_heading("Skalfråga", level=2)
    doc.add_paragraph(
        "På en skala från 0 till 10, där 10 betyder att Tilda går i skolan varje dag och mår bra "
        "och 0 betyder att hon inte går i skolan alls och mår mycket dåligt – var är vi idag?")
    st2 = doc.add_table(rows=2, cols=7)
    st2.style = "Table Grid"
    who = ["Tilda", "Mamma", "Pappa", "Mentor", "Kurator", "BUP", "Socialtjänsten"]
    nums = ["3", "4", "5", "3", "4", "4", "4"]
    for i in range(7):
        c0 = st2.rows[0].cells[i]
        c0.text = ""
        c0.paragraphs[0].add_run(who[i]).bold = True
        c0.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        c1 = st2.rows[1].cells[i]
        c1.text = nums[i]
        c1.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    mark_header_row(st2.rows[0])
    doc.add_paragraph(
        "Tilda säger att hon är på en 3:a för att hon i alla fall har varit i skolan några dagar. "
        "För att komma till en 4:a behöver hon klara en hel dag utan att ringa hem.")

    doc.add_heading("Vem gör vad?", level=2)
    wt = doc.add_table(rows=1, cols=3)
    wt.style = "Table Grid"
    for i, h in enumerate(["Vem", "Vad", "När"]):
        c = wt.rows[0].cells[i]
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
        set_cell_shading(c, "D9D9D9")
    mark_header_row(wt.rows[0])
    rows = [
        ("BUP Alingsås, psykolog", "KBT-behandling för ångest en gång i veckan, med exponering för skolsituationer. "
         "Återkommer med besked om fördjupad bedömning behövs.", "Från v. 16 (2025-04-14)"),
        ("Tuvegårdens skola, kurator", "Stödsamtal med Tilda varje tisdag. Möter upp Tilda vid entrén kl. 8.15 "
         "de dagar hon kommer.", "Från 2025-04-22"),
        ("Tuvegårdens skola, mentor", "Anpassat schema: två lektioner per dag de första veckorna, sedan "
         "utökning i samråd med Tilda. Befrias från idrott tills vidare.", ""),
        ("Socialtjänsten Alingsås, Barn och familj, familjebehandlare",
         "Föräldrastöd till Jenny och Mikael: fem träffar om hur de kan hjälpa Tilda på morgonen.",
         "Start 2025-05-06"),
        ("Mamma och pappa", "Turas om att följa Tilda till skolan, mamma måndag–onsdag och pappa torsdag–fredag. "
         "Ringer kuratorn om Tilda inte kan gå.", "Från 2025-04-22"),
        ("Mormor Gun", "Hämtar Tilda på onsdagar och följer med henne till fotbollsträningen.", "Från 2025-05-07"),
        ("Tilda", "Säger till kuratorn eller mamma när det känns jobbigt och använder sitt pauskort på lektionerna.",
         "Från 2025-04-22"),
    ]
    for a, b, c in rows:
        cells = wt.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = a, b, c
    for row in wt.rows:
        row.cells[0].width = Cm(6.5)
        row.cells[1].width = Cm(14.5)
        row.cells[2].width = Cm(4.5)

    doc.add_heading("Uppföljning", level=2)
    doc.add_paragraph("Vi ses igen vecka 20 för att se hur det har gått och om vi har flyttat oss på skalan.")
    fix_docx_meta(doc, "SIP Tilda 2025-04-08", "Socialtjänsten Alingsås")
    doc.save(out(2, "docx"))
    normalize_docx(out(2, "docx"))


# ---------------------------------------------------------------------------
# 03  Microsoft Loop / Teams page exported to Markdown, Borås – young adult, cannabis + ADHD
# ---------------------------------------------------------------------------
PLAN03 = """# SIP – Jonas (19)

*Loop-komponent · delad i Teams-kanalen "SIP Vuxen Borås" · senast redigerad 2025-02-18 av Petra*

---

## Bakgrund

J. är 19 år och bor hos sin mamma på Norrby. Han har använt cannabis dagligen sedan han
var ungefär 15 och har fått diagnosen ADHD 2022, men slutade med medicinen förra våren.
Han hoppade av gymnasiet (El- och energiprogrammet) i åk 2 och har inte haft någon
sysselsättning sedan dess. Kontakt med Mini-Maria Borås sedan oktober 2024 och med
Vuxenpsykiatriska mottagningen Borås (ADHD-teamet) sedan januari. Ekonomiskt bistånd
söktes i januari.

## Deltagare på mötet 2025-02-18

- Jonas
- Lena (mamma)
- Amir
- Sofia
- Petra
- Mattias

## Mål

Målet är att J. ska sluta använda cannabis och komma igång med studier eller praktik
under våren.

## Delaktighet

J. var med på hela mötet.

## Uppgifter

| Uppgift | Tilldelad till | Förfallodatum | Status |
|---|---|---|---|
| Urinprovskontroller en gång i veckan och återfallsprevention (ÅP), 8 träffar | @Behandlare Mini-Maria Borås | 2025-02-25 | Pågår |
| Läkarbesök för ny bedömning av ADHD-medicinering | @Läkare Vuxenpsykiatriska mottagningen Borås | 2025-03-14 | Inte påbörjad |
| Besluta om ekonomiskt bistånd och utreda behov av boendestöd | @Socialsekreterare IFO Borås | 2025-03-07 | Pågår |
| Studie- och yrkesvägledning, anmälan till Komvux Borås inför hösten | @Studie- och yrkesvägledare Komvux Borås | | Inte påbörjad |
| Skriva in sig på Arbetsförmedlingen och boka första mötet | @Jonas | 2025-02-28 | Inte påbörjad |
| Bedöma om J. kan få en arbetsmarknadsinsats (Rusta och matcha eller praktik) | @Handläggare Arbetsförmedlingen Borås | 2025-03-31 | Inte påbörjad |
| Skjutsa J. till läkarbesöket på psykiatrin | @Lena (mamma) | 2025-03-14 | Inte påbörjad |
| Skicka kallelse till uppföljningsmötet | @Socialsekreterare IFO Borås | 2025-05-06 | Inte påbörjad |

## Huvudansvar

@Socialsekreterare IFO Borås (Vuxenenheten, mottagningsgruppen missbruk) har huvudansvaret
för planen och kallar till möten.

## Uppföljning

Uppföljningsmöte **2025-05-13 kl. 10.00** på Teams. Länk skickas med kallelsen.

---

*Ändringar i uppgiftslistan syns för alla som har tillgång till kanalen.*
"""


def plan03():
    with open(out(3, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(PLAN03)


def xlsx_print_to_docx(xlsx_path, docx_path):
    """Lay out the used range of the first sheet like a spreadsheet print with gridlines."""
    from openpyxl import load_workbook
    wb = load_workbook(xlsx_path)
    ws = wb.active
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(9)
    st.paragraph_format.space_after = Pt(1.5)
    st.paragraph_format.space_before = Pt(1.5)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.3)
    sec.top_margin = sec.bottom_margin = Cm(1.9)
    sec.header_distance = sec.footer_distance = Cm(0.8)

    def hf(paragraph, text):
        # translate the Excel header/footer codes used here: &A sheet name, &P page, &N pages
        parts = text.replace("&A", ws.title)
        i = 0
        while i < len(parts):
            if parts.startswith("&P", i) or parts.startswith("&N", i):
                code = "PAGE" if parts[i + 1] == "P" else "NUMPAGES"
                r = paragraph.add_run()
                for kind, val in (("begin", None), ("instr", code), ("end", None)):
                    if kind == "instr":
                        el = OxmlElement("w:instrText")
                        el.set(qn("xml:space"), "preserve")
                        el.text = val
                    else:
                        el = OxmlElement("w:fldChar")
                        el.set(qn("w:fldCharType"), kind)
                    r._r.append(el)
                i += 2
            else:
                j = i
                while j < len(parts) and not (parts.startswith("&P", j) or parts.startswith("&N", j)):
                    j += 1
                paragraph.add_run(parts[i:j])
                i = j
        for r in paragraph.runs:
            r.font.size = Pt(8)

    usable = 29.7 - 2.6
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(usable), alignment=2)
    hp.add_run("\t")
    hf(hp, ws.oddHeader.right.text or "")
    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(usable / 2), alignment=1)
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(usable), alignment=2)
    hf(fp, ws.oddFooter.left.text or "")
    fp.add_run("\t\t")
    hf(fp, ws.oddFooter.right.text or "")

    ncol = ws.max_column
    widths = [ws.column_dimensions[chr(65 + i)].width or 10 for i in range(ncol)]
    scale = usable / sum(widths)
    table = doc.add_table(rows=0, cols=ncol)
    table.style = "Table Grid"
    table.autofit = False
    merged = {str(m).split(":")[0]: m for m in ws.merged_cells.ranges}
    for row in ws.iter_rows(min_row=1, max_row=ws.max_row):
        cells = table.add_row().cells
        for i, c in enumerate(row):
            cells[i].width = Cm(widths[i] * scale)
            v = c.value
            if v is None:
                continue
            lines_ = str(v).split("\n")
            para = cells[i].paragraphs[0]
            for k, ln in enumerate(lines_):
                run = para.add_run(ln)
                if k < len(lines_) - 1:
                    run.add_break()
                run.bold = bool(c.font and c.font.b)
                run.italic = bool(c.font and c.font.i)
                if c.font and c.font.sz and c.font.sz != 11:
                    run.font.size = Pt(float(c.font.sz) - 2)
            fill = c.fill.fgColor.rgb if c.fill and c.fill.fill_type == "solid" else None
            if fill and isinstance(fill, str):
                set_cell_shading(cells[i], fill[-6:])
        if row[0].row == 4:
            mark_header_row(table.rows[-1])
    grid = table._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(widths[i] * scale * 567)))
    for coord, rng in merged.items():
        r0, c0, r1, c1 = rng.min_row - 1, rng.min_col - 1, rng.max_row - 1, rng.max_col - 1
        a = table.cell(r0, c0)
        b = table.cell(r1, c1)
        a.merge(b)
    # an empty spreadsheet row 3 prints as a thin empty grid row
    fix_docx_meta(doc, ws.title, "Avd 12 SkaS")
    doc.save(docx_path)


# ---------------------------------------------------------------------------
# 04  Excel-kept plan printed to PDF, Skövde – elderly man after hip fracture
# ---------------------------------------------------------------------------
def plan04():
    wb = Workbook()
    ws = wb.active
    ws.title = "SIP B 2025-05-06"
    ws.column_dimensions["A"].width = 20
    ws.column_dimensions["B"].width = 62
    ws.column_dimensions["C"].width = 34
    ws.column_dimensions["D"].width = 16
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")

    ws.merge_cells("A1:D1")
    ws["A1"] = "Samordnad individuell plan (SIP) – Skövde kommun / Skaraborgs Sjukhus Skövde"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A2:D2")
    ws["A2"] = "Planen förs i Excel på avdelningen och skickas till berörda efter mötet."
    ws["A2"].font = Font(italic=True, size=9)

    header = ["Del", "Innehåll", "Ansvarig", "Datum"]
    for i, h in enumerate(header, start=1):
        c = ws.cell(row=4, column=i, value=h)
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9E1F2")
        c.border = border
        c.alignment = wrap
    rows = [
        ("Person", "B., 84 år, ÅÅMMDD-XXXX. Bor ensam i villa i Skövde. Föll i hemmet och opererades för "
         "höftfraktur (vänster) 2025-04-28. Vårdas på ortopedavdelning 12, SkaS Skövde. Gick med käpp "
         "före fallet, har hemtjänst sedan tidigare endast för städning.", "", ""),
        ("Mötesdatum", "SIP-möte på avdelning 12, samtalsrummet.", "", "2025-05-06"),
        ("Deltagare", "B.\nSjuksköterska, ortopedavdelning 12, SkaS Skövde\nFysioterapeut, ortopedavdelning 12, "
         "SkaS Skövde\nBiståndshandläggare, Äldreomsorgen Skövde kommun\nDistriktssköterska, Vårdcentralen "
         "Hentorp\nArbetsterapeut, Hemrehab Skövde kommun", "", ""),
        ("Syfte", "Samordning inför hemgång.", "", ""),
        ("Frågeställningar", "", "", ""),
        ("Delaktighet", "B. deltog på mötet på avdelningen.", "", ""),
        ("Insats", "Utskrivning, aktuell läkemedelslista och epikris skickas till vårdcentralen.",
         "Sjuksköterska, ortopedavdelning 12, SkaS Skövde", "2025-05-09"),
        ("Insats", "Hemtjänst morgon och kväll: hjälp med påklädning, stödstrumpor och dusch två gånger i veckan. "
         "Matdistribution lunch alla dagar.", "Biståndshandläggare, Äldreomsorgen Skövde kommun / Hemtjänst "
         "Skövde centrum", "2025-05-09"),
        ("Insats", "Trygghetslarm installeras före hemgång.", "Trygghetsenheten, Skövde kommun", "2025-05-09"),
        ("Insats", "Hembesök: gångträning med rollator, bedömning av toalettförhöjning och duschpall, "
         "borttagning av mattor.", "Arbetsterapeut och fysioterapeut, Hemrehab Skövde kommun", "2025-05-12"),
        ("Insats", "Suturtagning och kontroll av operationssåret i hemmet.", "Distriktssköterska, "
         "Vårdcentralen Hentorp", "2025-05-12"),
        ("Insats", "Läkemedelsgenomgång, start av Apodos och kontroll av blodtryck (ny blodtrycksmedicin "
         "under vårdtiden).", "Distriktssköterska, Vårdcentralen Hentorp", "2025-05-15"),
        ("Huvudansvar", "Distriktssköterska", "", ""),
        ("Uppföljning", "Om tre månader, eller tidigare vid behov.", "Distriktssköterska", ""),
    ]
    r = 5
    for row in rows:
        for i, v in enumerate(row, start=1):
            c = ws.cell(row=r, column=i, value=v if v != "" else None)
            c.alignment = wrap
            c.border = border
            if i == 1:
                c.font = Font(bold=True)
        lines_b = sum(max(1, -(-len(part) // 60)) for part in row[1].split("\n")) if row[1] else 1
        lines_c = max(1, -(-len(row[2]) // 32)) if row[2] else 1
        ws.row_dimensions[r].height = 15 * max(lines_b, lines_c) + 3
        r += 1
    ws.print_title_rows = "4:4"
    ws.print_options.gridLines = True
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.5
    ws.oddFooter.left.text = "&A"
    ws.oddFooter.right.text = "Sida &P av &N"
    ws.oddHeader.right.text = "Utskrivet 2025-05-06"
    wb.properties.creator = "Avd 12 SkaS"
    import datetime as dt
    wb.properties.created = dt.datetime(2025, 5, 6, 10, 0, 0)
    wb.properties.modified = dt.datetime(2025, 5, 6, 11, 40, 0)

    tmp = tempfile.mkdtemp(prefix="f81a-xlsx-")
    xlsx = os.path.join(tmp, "f81a-04.xlsx")
    wb.save(xlsx)
    # This machine's LibreOffice has no Calc component, so the "Excel print" is reproduced by
    # reading the saved workbook back and laying out its print area as Writer would print it:
    # landscape A4, all cell borders (gridlines), wrapped text, repeated header row, the sheet
    # header/footer with the sheet name (&A) and page numbers. Then converted with soffice.
    docx = os.path.join(tmp, "f81a-04.docx")
    xlsx_print_to_docx(xlsx, docx)
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to", "pdf",
                    "--outdir", tmp, docx], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=240)
    shutil.move(os.path.join(tmp, "f81a-04.pdf"), out(4, "pdf"))
    normalize_lo_pdf(out(4, "pdf"))
    shutil.rmtree(tmp)


# ---------------------------------------------------------------------------
# 05  Numbered list of measures (docx), Mölndal – child with autism/ADHD, LSS
# ---------------------------------------------------------------------------
def plan05():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    hp = sec.header.paragraphs[0]
    hp.text = "Mölndals stad  |  Västra Götalandsregionen"
    hp.runs[0].font.size = Pt(8)
    hp.runs[0].font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_number_field(fp)

    h = doc.add_heading("SIP – samordnad individuell plan", level=1)
    p = doc.add_paragraph()
    r = p.add_run("Barn: ")
    r.bold = True
    p.add_run("Leo, 9 år (ÅÅMMDD-XXXX)")
    p = doc.add_paragraph()
    p.add_run("Mötesdatum: ").bold = True
    p.add_run("2025-03-11, BUP Mölndal")
    p = doc.add_paragraph()
    p.add_run("Deltagare: ").bold = True
    p.add_run("psykolog, läkare, LSS-handläggare, specialpedagog, mentor, socialsekreterare")

    doc.add_heading("Bakgrund", level=2)
    doc.add_paragraph(
        "Leo har diagnoserna autism (2023) och ADHD (2024) och går i åk 3 på Toltorpsskolan. Han har under "
        "vintern haft allt fler utbrott, framför allt på raster och vid övergångar mellan lektioner, och vid "
        "två tillfällen har han sprungit från skolan. Hemma är det svårt med läggning och morgnar och Leo "
        "sover ofta bara 6–7 timmar. Medicinering med metylfenidat sedan oktober 2024.")

    doc.add_heading("Frågor inför mötet", level=2)
    for t in [
        "Behöver Leo korttidsvistelse enligt LSS så att familjen får avlastning?",
        "Hur kan skolan anpassa raster och övergångar så att Leo inte springer iväg?",
        "Behöver medicineringen ses över, med tanke på sömnen?",
    ]:
        doc.add_paragraph(t, style="List Bullet")

    doc.add_heading("Åtgärder", level=2)
    items = [
        ("Läkarbesök för utvärdering av ADHD-medicineringen och sömnen, ev. insättning av melatonin",
         "BUP Mölndal, läkare", "2025-04-02"),
        ("Föräldrautbildning om autism och lågaffektivt bemötande, fyra samtal",
         "BUP Mölndal, psykolog", "v. 12"),
        ("Utredning av ansökan om korttidsvistelse enligt 9 § 6 LSS, ett veckoslut per månad",
         "LSS-handläggare, Mölndals stad", "beslut senast 2025-04-30"),
        ("Vuxenstöd på alla raster och förberedelse inför övergångar med bildschema; lugnt rum att gå till",
         "Specialpedagog, Toltorpsskolan", "från v. 12"),
        ("Åtgärdsprogram upprättas och följs upp med vårdnadshavarna",
         "Mentor, Toltorpsskolan", "2025-03-28"),
        ("Familjebehandling i hemmet med fokus på morgon- och kvällsrutiner, en gång i veckan",
         "Socialsekreterare, Barn och familj Mölndal", "start v. 13"),
    ]
    numid = None
    for text, who, when in items:
        para = doc.add_paragraph(style="List Number")
        para.add_run(text + " (Ansvar: ")
        b = para.add_run(who)
        b.bold = True
        para.add_run(f", {when})")

    doc.add_heading("Övrigt", level=2)
    doc.add_paragraph("Familjen har kontakt med Försäkringskassan angående omvårdnadsbidrag.")
    p = doc.add_paragraph()
    p.add_run("Samtycke: ").bold = True
    p.add_run("Vårdnadshavarnas samtycke finns.")
    p = doc.add_paragraph()
    p.add_run("Uppföljning: ").bold = True
    p.add_run("2025-05-20 kl. 14.00 på BUP Mölndal.")
    fix_docx_meta(doc, "SIP Leo", "BUP Mölndal")
    doc.save(out(5, "docx"))
    normalize_docx(out(5, "docx"))


# ---------------------------------------------------------------------------
# 06  Journal export (txt, cp1252, CRLF), Trollhättan – woman with depression and alcohol
# ---------------------------------------------------------------------------
PLAN06 = """JOURNALUTSKRIFT
Individ- och familjeomsorgen, Trollhättans stad
Enhet: Vuxenenheten, missbruk och beroende
Personnr: XXXXXX-XXXX        Namn: M.
Utskrivet: 2025-03-14 09:31  Utskrivet av: Socialsekreterare, vuxenenheten
Urval: Journalanteckningar 2025-02-20 -- 2025-03-14
========================================================================

2025-02-20 10:05 Socialsekreterare, IFO Trollhättan
Telefonsamtal från kurator på Vårdcentralen Lextorp. M. har sökt
vårdcentralen för nedstämdhet och sömnproblem och har berättat att hon
dricker vin de flesta kvällar. Kurator frågar om socialtjänsten kan
vara med på en SIP. Undertecknad informerar om att M. själv behöver
samtycka innan vi kan prata vidare om henne. Kurator tar det med M.

------------------------------------------------------------------------
2025-02-26 13:40 Socialsekreterare, IFO Trollhättan
Telefonsamtal med M. Informerat om vad en samordnad individuell plan
är och vilka som kan vara med. M. lämnar muntligt samtycke till SIP och
till att socialtjänsten, Vårdcentralen Lextorp och Beroendemottagningen
NU-sjukvården i Trollhättan får lämna uppgifter till varandra inför och
under mötet.

------------------------------------------------------------------------
2025-03-04 14:12 Socialsekreterare, IFO Trollhättan
Kallelse till SIP-möte 2025-03-12 kl. 13.00 skickad till Vårdcentralen
Lextorp och Beroendemottagningen. M. har fått kallelsen per brev.
Mötet hålls i socialtjänstens lokaler.

------------------------------------------------------------------------
2025-03-10 08:47 Socialsekreterare, IFO Trollhättan
M. ringer och undrar om hon verkligen måste komma på mötet, hon är
nervös för att det blir många. Pratat om att hon kan ta med sig någon
och att vi kan ta paus. M. säger att hon kommer.

------------------------------------------------------------------------
2025-03-12 15:30 Socialsekreterare, IFO Trollhättan
SIP-MÖTE 2025-03-12
Närvarande: M.; socialsekreterare, vuxenenheten IFO Trollhättan;
kurator och distriktsläkare, Vårdcentralen Lextorp; sjuksköterska,
Beroendemottagningen NU-sjukvården Trollhättan.

Syfte: Samordning.

Frågeställningar: Gå igenom läget.

M:s syn: M. berättar att hon har varit nedstämd sedan i höstas, sover
dåligt och dricker för att kunna somna. Hon säger: "Jag vill orka gå
upp på morgnarna och få tillbaka ett vanligt liv, och jag vill sluta
dricka på vardagarna." Hon tycker att det redan är många kontakter och
vill helst ha en person att ringa när det blir jobbigt. Hon vill inte
gå i grupp.

Samtycke: Muntligt samtycke lämnades per telefon 2025-02-26, se
anteckning ovan. M. bekräftade samtycket på mötet.

Planering:
- Regionen: fortsatt kontakt med vårdcentralen och
  beroendemottagningen.
- Kommunen: fortsatt kontakt och stöd vid behov.

M. fick planen muntligt på mötet och får en kopia hemskickad.
========================================================================
Slut på utskrift
"""


def plan06():
    data = PLAN06.replace("\n", "\r\n").encode("cp1252")
    with open(out(6, "txt"), "wb") as f:
        f.write(data)


# ---------------------------------------------------------------------------
# 07  Plan written as an agreement with § paragraphs (docx), Lidköping – discharge after psychosis
# ---------------------------------------------------------------------------
def plan07():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(11.5)
    st.paragraph_format.space_after = Pt(6)
    for lvl in (1, 2):
        hs = doc.styles[f"Heading {lvl}"]
        hs.font.name = "Times New Roman"
        hs.font.color.rgb = RGBColor(0, 0, 0)
        rf = hs.element.rPr.find(qn("w:rFonts"))
        for att in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            if rf is not None and rf.get(qn(att)) is not None:
                del rf.attrib[qn(att)]
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.8)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("Lidköpings kommun · Västra Götalandsregionen")
    r.font.small_caps = True
    r.font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_number_field(fp, prefix="Sida ")

    t = doc.add_heading("Överenskommelse om samordnad individuell plan (SIP)", level=1)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("mellan D., Lidköpings kommun och Västra Götalandsregionen")
    r.italic = True
    doc.add_paragraph(
        "Denna överenskommelse har upprättats vid SIP-möte den 2 april 2025 på avdelning 51, Psykiatriska "
        "kliniken, Skaraborgs Sjukhus Skövde, inför D:s utskrivning från slutenvården. D. har vårdats "
        "sedan 2025-03-10 efter ett återinsjuknande i psykos.")

    def para_head(txt):
        doc.add_heading(txt, level=2)

    para_head("§ 1 Syfte")
    doc.add_paragraph(
        "Planen syftar till att D. efter utskrivningen ska kunna bo kvar i sin lägenhet i Lidköping med "
        "stöd, ta sin medicin regelbundet och undvika ett nytt återinsjuknande. Planen ska också göra "
        "tydligt vem som gör vad under de första månaderna efter hemgång, eftersom D. vid förra "
        "utskrivningen hösten 2024 inte fick något boendestöd förrän efter fem veckor.")
    doc.add_paragraph(
        "Målet är att D. ska bo kvar i egen lägenhet och på sikt ha en sysselsättning som han trivs med.")

    para_head("§ 2 Parter")
    doc.add_paragraph("Parter i denna överenskommelse är:")
    for t_ in [
        "2.1  D., den enskilde.",
        "2.2  Västra Götalandsregionen genom Psykiatriska öppenvårdsmottagningen Lidköping, företrädd av "
        "sjuksköterska (fast vårdkontakt) och överläkare, samt avdelning 51, Psykiatriska kliniken SkaS "
        "Skövde, företrädd av avdelningens sjuksköterska.",
        "2.3  Lidköpings kommun genom Socialpsykiatrin, företrädd av biståndshandläggare och boendestödjare.",
    ]:
        pp = doc.add_paragraph(t_)
        pp.paragraph_format.left_indent = Cm(0.8)
    doc.add_paragraph(
        "Samtliga parter deltog vid mötet. D. har varit med och formulerat åtagandena. Han har sagt att han "
        "vill att boendestödet kommer på eftermiddagar, att han inte vill byta sjuksköterska igen och att han "
        "vill kunna ringa mottagningen själv i stället för att personal ringer honom.")

    para_head("§ 3 Åtaganden")
    doc.add_paragraph("3.1  Västra Götalandsregionen åtar sig att").runs[0].bold = True
    for t_ in [
        "a) ge depåinjektion var tredje vecka med start 2025-04-09, samt erbjuda stödsamtal i samband med "
        "injektionerna (sjuksköterska, Psykiatriska öppenvårdsmottagningen Lidköping),",
        "b) genomföra läkarbesök för uppföljning av medicineringen 2025-05-07 (överläkare, Psykiatriska "
        "öppenvårdsmottagningen Lidköping),",
        "c) skicka epikris och läkemedelslista till öppenvården vid utskrivningen 2025-04-03 (sjuksköterska, "
        "avdelning 51).",
    ]:
        pp = doc.add_paragraph(t_)
        pp.paragraph_format.left_indent = Cm(0.8)
    doc.add_paragraph("3.2  Lidköpings kommun åtar sig att").runs[0].bold = True
    for t_ in [
        "a) ge boendestöd tre eftermiddagar i veckan med start 2025-04-04: hjälp med inköp, tvätt, "
        "posthantering och att komma iväg till mottagningen (boendestödjare, Socialpsykiatrin),",
        "b) utreda D:s önskemål om sysselsättning på Aktivitetshuset (biståndshandläggare, Socialpsykiatrin).",
    ]:
        pp = doc.add_paragraph(t_)
        pp.paragraph_format.left_indent = Cm(0.8)
    doc.add_paragraph("3.3  D. åtar sig att").runs[0].bold = True
    for t_ in [
        "a) släppa in boendestödjaren de överenskomna eftermiddagarna eller lämna återbud,",
        "b) komma till injektionerna och läkarbesöket,",
        "c) själv ringa mottagningen om han får svårt att sova flera nätter i rad eller börjar känna sig "
        "förföljd, vilket är hans tidiga tecken.",
    ]:
        pp = doc.add_paragraph(t_)
        pp.paragraph_format.left_indent = Cm(0.8)
    doc.add_paragraph("D:s mamma är ett viktigt stöd för honom och hålls informerad om planen.")

    para_head("§ 4 Ansvar för samordningen")
    doc.add_paragraph(
        "Huvudansvarig för planen är D:s fasta vårdkontakt, sjuksköterska vid Psykiatriska "
        "öppenvårdsmottagningen Lidköping. Den huvudansvariga kallar till uppföljning och är den som de "
        "andra parterna kontaktar om något i planen inte fungerar.")

    para_head("§ 5 Uppföljning")
    doc.add_paragraph(
        "Planen följs upp i september 2025, eller tidigare om någon av parterna begär det.")

    para_head("§ 6 Samtycke")
    doc.add_paragraph(
        "D. har den 2 april 2025 lämnat skriftligt samtycke till att parterna utbyter de uppgifter som behövs "
        "för att upprätta och genomföra planen. Samtycket är dokumenterat på regionens samtyckesblankett och "
        "gäller till och med 2026-04-02. D. kan när som helst ta tillbaka sitt samtycke.")

    doc.add_paragraph()
    doc.add_paragraph("Denna överenskommelse har upprättats i tre likalydande exemplar, av vilka parterna "
                      "tagit var sitt.")
    p = doc.add_paragraph("Skövde den 2 april 2025")
    p.runs[0].italic = True

    sig = doc.add_table(rows=3, cols=3)
    sig.alignment = WD_TABLE_ALIGNMENT.CENTER
    labels = ["Den enskilde", "För Västra Götalandsregionen", "För Lidköpings kommun"]
    names = ["D.", "Emma, sjuksköterska\nPsykiatriska öppenvårdsmottagningen Lidköping",
             "Johan, biståndshandläggare\nSocialpsykiatrin Lidköping"]
    for i in range(3):
        c = sig.rows[0].cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(labels[i])
        r.font.small_caps = True
        r.bold = True
        sig.rows[1].cells[i].text = "\n\n_______________________"
        sig.rows[2].cells[i].text = names[i]
        for para in sig.rows[2].cells[i].paragraphs:
            for rr in para.runs:
                rr.font.size = Pt(9.5)
    fix_docx_meta(doc, "Överenskommelse SIP D.", "Psykiatriska öppenvårdsmottagningen Lidköping")
    doc.save(out(7, "docx"))
    normalize_docx(out(7, "docx"))


# ---------------------------------------------------------------------------
# 08  NOT a plan: case handover between social workers (docx), Uddevalla
# ---------------------------------------------------------------------------
def plan08():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Uddevalla kommun · Socialtjänsten, Barn och unga\tInternt arbetsmaterial"
    hp.runs[0].font.size = Pt(8)
    hp.paragraph_format.tab_stops.add_tab_stop(Twips(4680), alignment=WD_TAB_ALIGNMENT.CLEAR)
    hp.paragraph_format.tab_stops.add_tab_stop(Twips(9360), alignment=WD_TAB_ALIGNMENT.CLEAR)
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(16.0), alignment=WD_TAB_ALIGNMENT.RIGHT)

    doc.add_heading("Ärendeöverlämning", level=1)
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    meta = [
        ("Datum", "2025-05-23"),
        ("Från", "Karin, socialsekreterare, utredningsgruppen Barn och unga (går över till mottagningen "
                 "fr.o.m. 2025-06-02)"),
        ("Till", "Ali, socialsekreterare, utredningsgruppen Barn och unga"),
        ("Ärende", "Familjen H. – mamma Nadia, barnen Y. (14 år) och L. (9 år)"),
    ]
    for i, (a, b) in enumerate(meta):
        t.rows[i].cells[0].text = ""
        t.rows[i].cells[0].paragraphs[0].add_run(a).bold = True
        t.rows[i].cells[1].text = b
        set_cell_shading(t.rows[i].cells[0], "EDEDED")

    doc.add_heading("Bakgrund i korthet", level=2)
    doc.add_paragraph(
        "Familjen är aktuell sedan september 2024 efter en orosanmälan från Y:s skola om hög frånvaro och "
        "självskadebeteende. Mamma är ensam vårdnadshavare, pappa bor i Göteborg och har sporadisk kontakt "
        "med barnen. Utredningen avslutades i januari med beslut om familjebehandling (Familjeteamet "
        "Uddevalla) som pågår en gång i veckan. Mamma är samarbetsvillig men tröttkörd; hon har själv kontakt "
        "med vårdcentralen för utmattning.")

    doc.add_heading("Tidigare SIP", level=2)
    doc.add_paragraph(
        "En SIP hölls 2025-01-21 med BUP Uddevalla, Y:s skola (elevhälsan) och Familjeteamet. Planen ligger "
        "i akten under Dokument. Kortfattat: BUP har DBT-inspirerade samtal med Y., skolan har anpassad "
        "studiegång och jag har varit huvudansvarig. Uppföljningen som var planerad till april blev inte av "
        "eftersom BUP-psykologen var sjuk, så den behöver bokas om.")

    doc.add_heading("Det här behöver göras", level=2)
    for t_ in [
        "Kalla till uppföljning av SIP:en, helst före skolavslutningen. Ta över som huvudansvarig eller "
        "diskutera med BUP om de ska ta det.",
        "Följa upp familjebehandlingen med Familjeteamet, den är beslutad t.o.m. 2025-07-31 och behöver "
        "eventuellt förlängas.",
        "Y. har önskat att få träffa sin handläggare själv utan mamma – boka ett enskilt samtal.",
        "L. har inte träffats enskilt sedan utredningen. Bör ses över.",
        "Mamma har frågat om sommaraktiviteter för L. (kolloverksamhet) – hon behöver få blanketten.",
    ]:
        doc.add_paragraph(t_, style="List Bullet")

    doc.add_heading("Kontakter", level=2)
    for t_ in [
        "BUP Uddevalla, psykolog – nås via växeln.",
        "Kurator på Y:s skola – nås via växeln, bäst förmiddagar.",
        "Familjeteamet Uddevalla, familjebehandlare Maja.",
        "Mamma Nadia – 070-XXX XX XX, föredrar sms.",
    ]:
        doc.add_paragraph(t_, style="List Bullet")

    doc.add_paragraph()
    doc.add_paragraph("Jag finns kvar på mottagningen om du har frågor. /Karin")
    fix_docx_meta(doc, "Ärendeöverlämning familjen H.", "Karin")
    doc.save(out(8, "docx"))
    normalize_docx(out(8, "docx"))


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
    print("done:", sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()
