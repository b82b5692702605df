#!/usr/bin/env python
"""Generate the f45b- batch of fictional, anonymized SIP plans into plans/.

Run with /work/batches/.venv/bin/python generate.py
Deterministic: fixed dates, no randomness; docx zip entries get a fixed timestamp.
"""
import datetime
import os
import shutil
import subprocess
import tempfile
import textwrap
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f45b-"
LO_PROFILE = "file:///tmp/lo-f45b"
FIXED_DT = datetime.datetime(2025, 1, 1, 12, 0, 0)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def path(nn, ext):
    return os.path.join(OUT, f"{PREFIX}{nn}.{ext}")


# ---------------------------------------------------------------- helpers
def fix_core(doc, title, author):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1


def save_docx(doc, target):
    """Save and rewrite the zip with fixed timestamps so output is byte-stable."""
    tmp = target + ".tmp"
    doc.save(tmp)
    with zipfile.ZipFile(tmp) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 1, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    os.remove(tmp)


def set_repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if i < len(lines) - 1:
            r.add_break()


def bold_para(doc, text, size=11):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    p.paragraph_format.space_before = Pt(10)
    p.paragraph_format.space_after = Pt(2)
    return p


def make_table(doc, header, rows, widths=None, size=10, style="Table Grid", header_fill="D9D9D9"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        cell_text(t.rows[0].cells[i], h, bold=True, size=size)
        shade(t.rows[0].cells[i], header_fill)
    set_repeat_header(t.rows[0])
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cell_text(cells[i], v, size=size)
    if widths:
        t.autofit = False
        grid = t._tbl.tblGrid
        for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
            gc.set(qn("w:w"), str(int(Cm(w).twips)))
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


def soffice_pdf(src, target):
    outdir = tempfile.mkdtemp(prefix="f45b-lo-")
    subprocess.run(
        ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
         "--convert-to", "pdf", "--outdir", outdir, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    produced = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + ".pdf")
    shutil.move(produced, target)
    shutil.rmtree(outdir, ignore_errors=True)


def wrap(text, width=76, prefix=""):
    out = []
    for para in text.split("\n"):
        if not para.strip():
            out.append(prefix.rstrip())
            continue
        out.extend(textwrap.wrap(para, width=width - len(prefix), initial_indent=prefix,
                                 subsequent_indent=prefix, break_on_hyphens=False)
                   or [prefix.rstrip()])
    return out


# ---------------------------------------------------------------- 01
def plan01():
    """Word, numbered bold paragraphs as headings; young adult, substance use, Hallstahammar."""
    doc = Document()
    fix_core(doc, "SIP Elias", "IFO Hallstahammar")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Hallstahammars kommun – Individ- och familjeomsorgen\tSIP"
    fp = sec.footer.paragraphs[0]
    fp.text = "Samordnad individuell plan enligt SoL 2 kap. 7 § och HSL 16 kap. 4 §"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    p = doc.add_paragraph()
    r = p.add_run("SAMORDNAD INDIVIDUELL PLAN (SIP)")
    r.bold = True
    r.font.size = Pt(15)
    doc.add_paragraph("Elias, 20 år, Hallstahammar\nMötesdatum: 2024-06-18, socialkontoret Hallstahammar")

    bold_para(doc, "1. Bakgrund")
    doc.add_paragraph(
        "Elias har använt cannabis sedan gymnasiet och under våren även tabletter (benzodiazepiner "
        "som han köpt på nätet). Han bor hos sin mamma i Hallstahammar, har avbrutit el-programmet "
        "och har inte haft någon sysselsättning sedan i höstas. Han sover dåligt och vänder på "
        "dygnet. Elias sökte själv Maria mottagning Västerås i april efter att en kompis blivit "
        "omhändertagen av ambulans. Socialtjänsten fick en orosanmälan från polisen i maj. "
        "Vårdcentralen har skrivit ut sömnmedel tidigare, som nu är utsatt.")

    bold_para(doc, "2. Syfte med planen")
    doc.add_paragraph(
        "Syftet är att Maria mottagning, socialtjänsten och vårdcentralen ska ge Elias samma besked "
        "och inte dubblera samtal, så att han kan hålla sig drogfri under sommaren och komma igång "
        "med någon form av sysselsättning till hösten.")

    bold_para(doc, "3. Frågeställningar inför mötet")
    doc.add_paragraph("Gå igenom hur det går och läget i stort.")

    bold_para(doc, "4. Elias egna mål")
    p = doc.add_paragraph()
    r = p.add_run("”Jag vill sluta helt med tabletterna och dra ner på röken. Till hösten vill jag "
                  "ha något att gå till på dagarna, helst plugga klart.”")
    r.italic = True

    bold_para(doc, "5. Elias delaktighet")
    doc.add_paragraph(
        "Elias var med under hela mötet. Han sa att han inte vill ha tider före kl. 10 eftersom han "
        "inte kommer upp, och att han hellre träffar samma person på Maria som han redan känner. "
        "Han vill inte att hans mamma ska vara med på mötena, men hon får veta att planen finns.")

    bold_para(doc, "6. Samtycke")
    doc.add_paragraph(
        "Elias gav muntligt samtycke på mötet 2024-06-18 till att Maria mottagning, "
        "socialtjänsten och Vårdcentralen Hallstahammar lämnar uppgifter till varandra inom ramen "
        "för SIP. Samtycket gäller ett år och kan återkallas när som helst.")

    bold_para(doc, "7. Vem gör vad och när")
    make_table(doc, ["Insats", "Vem ansvarar", "När"], [
        ["Återfallsprevention och MI-samtal varannan vecka", "Maria mottagning Västerås, behandlare",
         "Start v. 34"],
        ["Urinprovskontroller (övervakade)", "Maria mottagning Västerås, sjuksköterska", "löpande"],
        ["Strukturerad öppenvård, gruppbehandling ”Vägen ut” 1 gång/vecka",
         "IFO Hallstahammar, Vuxenenheten, behandlare", "efter sommaren"],
        ["Läkarbesök – bedömning av sömnproblem, ev. utredning ADHD",
         "Vårdcentralen Hallstahammar, läkare", "v. 34"],
        ["Stöd att söka till Komvux och sysselsättning", "Kommunen", "efter sommaren"],
    ], widths=[7.5, 6, 3])

    bold_para(doc, "8. Andra som är inblandade")
    doc.add_paragraph(
        "Elias är inskriven på Arbetsförmedlingen sedan i vintras. Mamma är ett viktigt stöd för honom.")

    bold_para(doc, "9. Huvudansvar")
    doc.add_paragraph("Socialtjänsten i Hallstahammar har huvudansvaret för planen.")

    bold_para(doc, "10. Uppföljning")
    doc.add_paragraph("Uppföljande SIP-möte 2024-10-15 kl. 14.00 på socialkontoret i Hallstahammar. "
                      "Kallelse skickas ut i september.")

    bold_para(doc, "11. Närvarande")
    doc.add_paragraph("Elias, Johanna, Amir, Sofia")

    save_docx(doc, path("01", "docx"))


# ---------------------------------------------------------------- 02
class WebFormPDF(FPDF):
    system = "SamPlan webb – Region Örebro län"
    printed = "2025-02-12 09:41"

    def header(self):
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"{self.system}   |   SIP – Samordnad individuell plan", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(3)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-13)
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"Utskrivet {self.printed}", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 5, f"Sida {self.page_no()} av {{nb}}", align="R")
        self.set_text_color(0, 0, 0)


def plan02():
    """fpdf2 web-form print, shaded section boxes, labels above values; psychosis + debts, Lindesberg."""
    pdf = WebFormPDF(format="A4")
    pdf.set_creation_date(FIXED_DT)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_auto_page_break(True, margin=18)
    pdf.alias_nb_pages()
    pdf.set_margins(15, 12, 15)
    pdf.add_page()
    W = pdf.w - 30

    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 8, "Samordnad individuell plan", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    pdf.cell(0, 5, "Plan-id: 2025-0187   Status: Fastställd   Version 1", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    def field_height(value, w):
        pdf.set_font("DejaVu", "", 10)
        lines = pdf.multi_cell(w - 4, 5, value, dry_run=True, output="LINES", align="L")
        return 4.5 + 5 * len(lines) + 2

    def section(title, fields, cols=1, rows=None):
        """fields: list of (label, value). cols=2 puts two fields per row.
        rows: explicit list of rows (each a list of fields) instead of fields/cols."""
        if rows is None:
            rows = [fields[i:i + cols] for i in range(0, len(fields), cols)]
        heights = [max(field_height(v, W / len(r)) for _, v in r) for r in rows]
        total = 8 + sum(heights) + 2
        if pdf.get_y() + min(total, 60) > pdf.h - 20:
            pdf.add_page()
        # title bar
        pdf.set_fill_color(205, 220, 232)
        pdf.set_font("DejaVu", "B", 10.5)
        pdf.cell(W, 7, "  " + title, border=0, fill=True, new_x="LMARGIN", new_y="NEXT")
        top = pdf.get_y()
        box_top = top
        pdf.set_fill_color(242, 245, 248)
        for r, h in zip(rows, heights):
            if pdf.get_y() + h > pdf.h - 20:
                pdf.rect(15, box_top, W, pdf.get_y() - box_top)
                pdf.add_page()
                box_top = pdf.get_y()
            y = pdf.get_y()
            pdf.rect(15, y, W, h, style="F")
            colw = W / len(r)
            for i, (label, value) in enumerate(r):
                x = 15 + i * colw
                pdf.set_xy(x + 2, y + 1)
                pdf.set_font("DejaVu", "B", 8)
                pdf.set_text_color(70, 70, 70)
                pdf.cell(colw - 4, 3.5, label)
                pdf.set_xy(x + 2, y + 5)
                pdf.set_font("DejaVu", "", 10)
                if value == "Ej ifyllt":
                    pdf.set_text_color(130, 130, 130)
                else:
                    pdf.set_text_color(0, 0, 0)
                pdf.multi_cell(colw - 4, 5, value, align="L")
            pdf.set_text_color(0, 0, 0)
            pdf.set_y(y + h)
        pdf.set_draw_color(160, 175, 190)
        pdf.rect(15, box_top, W, pdf.get_y() - box_top)
        pdf.ln(2.5)

    section("Grunduppgifter", [
        ("Förnamn", "Tomas"),
        ("Personnummer", "XXXXXX-XXXX"),
        ("Folkbokföringskommun", "Lindesberg"),
        ("Datum för SIP-möte", "2025-02-11"),
        ("Mötesplats", "Psykiatriska öppenvårdsmottagningen Lindesberg"),
        ("Typ av möte", "Första SIP-möte"),
    ], cols=2)
    section("Bakgrund och nuvarande situation", [
        ("Beskrivning", "Tomas, 42 år, har diagnosen paranoid schizofreni sedan 2009. Han skrevs ut "
         "från slutenvården i Örebro i januari efter fem veckors vård i samband med att han slutat "
         "ta sin medicin. Under hösten slutade han betala hyran och har nu en hyresskuld på cirka "
         "24 000 kr och flera obetalda räkningar (telefon, el, sms-lån). Han har fått en uppsägning "
         "av lägenheten på grund av hyresskulden. Tomas "
         "bor ensam i lägenhet i Lindesberg. Han har inga dagliga aktiviteter och äter oregelbundet."),
        ("Aktuella kontakter", "Psykiatriska öppenvården Lindesberg (läkare, sjuksköterska). "
         "Socialtjänsten Lindesberg, ekonomiskt bistånd (ansökan inlämnad)."),
    ])
    section("Syfte med SIP", [("Syfte", "Samordning.")])
    section("Frågeställningar inför mötet", [("Frågeställningar", "Ej ifyllt")])
    section("Den enskildes mål", [("Mål (med den enskildes egna ord)", "Ej ifyllt")])
    section("Delaktighet", [
        ("Hur har den enskilde varit delaktig?", "Tomas deltog på mötet."),
    ])
    section("Samtycke", [
        ("Samtycke till SIP och informationsutbyte", "Ja – skriftligt"),
        ("Datum / form", "Skriftligt samtycke undertecknat 2025-02-03 på blanketten "
         "”Samtycke till SIP”. Gäller Psykiatriska öppenvården Lindesberg och Socialtjänsten Lindesberg."),
    ], cols=2)

    insatser = [
        ("Insats 1", "Antipsykotisk depåinjektion var fjärde vecka samt läkarbesök för "
         "läkemedelsuppföljning.",
         "Psykiatriska öppenvården Lindesberg – sjuksköterska (injektion), psykiater (läkarbesök)",
         "Injektion var fjärde vecka från 2025-02-18, läkarbesök 2025-03-18"),
        ("Insats 2", "Boendestöd två gånger per vecka: stöd med struktur, matlagning, att öppna "
         "post och betala räkningar.",
         "Socialpsykiatrin, Lindesbergs kommun – boendestödjare",
         "Start 2025-02-24"),
        ("Insats 3", "Budget- och skuldrådgivning: genomgång av skulder och förslag på "
         "avbetalningsplan för hyresskulden.",
         "Budget- och skuldrådgivningen, Lindesbergs kommun – budget- och skuldrådgivare",
         "Första besök 2025-03-05"),
        ("Insats 4", "Utredning av ansökan om ekonomiskt bistånd för hyresskulden.",
         "Socialtjänsten Lindesberg, enheten för ekonomiskt bistånd – socialsekreterare",
         "Beslut senast 2025-02-28"),
    ]
    for name, what, who, when in insatser:
        section(f"Insatser – {name}", None, rows=[
            [("Beskrivning av insatsen", what)],
            [("Ansvarig verksamhet och funktion", who), ("Tidpunkt", when)],
        ])
    section("Andra aktörers insatser", [("Insatser av andra aktörer", "Ej ifyllt")])
    section("Huvudansvar", [("Huvudansvarig för planen", "Ej ifyllt")])
    section("Uppföljning", [
        ("Datum för uppföljning", "2025-04-08"),
        ("Tid och plats", "Kl. 10.00, Psykiatriska öppenvårdsmottagningen Lindesberg"),
    ], cols=2)
    section("Deltagare", [
        ("Deltagare vid mötet", "Tomas, Ulrika, Mikael, Sanna, Jessica"),
        ("Planen upprättad av", "Ulrika"),
    ], cols=2)
    pdf.output(path("02", "pdf"))


# ---------------------------------------------------------------- 03
def plan03():
    """UTF-8 e-mail reply thread with the plan quoted by '> '; autism/ADHD, LSS, Katrineholm."""
    top = """\
Från: Lisa
Skickat: den 3 april 2025 15:12
Till: Kent; Maja; Sara
Kopia: Anneli
Ämne: SV: SIP Sara – planen från mötet 11/3

Hej alla!

Här kommer en kort sammanfattning av läget sedan planen skickades ut (planen finns längre ner i tråden, jag har inte ändrat i den).

Studiebesöket på Solbacka trädgård blev av den 25/3. Sara tyckte om att det var få personer i växthuset och vill börja där. Beslutet om daglig verksamhet är klart och hon startar måndag 14/4, tisdagar–torsdagar kl. 9–13 till att börja med.

Läkarbesöket på psykiatrin 2/4 är gjort, läkaren återkommer till Sara om medicinen.

Vi sa på mötet att vi skulle ses igen ”i maj”. Jag har nu bokat uppföljningen till tisdag 2025-05-13 kl. 13.30 på Solbacka, så kan Sara visa oss runt. Säg till om någon inte kan.

Vänliga hälsningar
Lisa
Katrineholms kommun, Vård och omsorg

"""
    quoted_head = """\
Från: Lisa
Skickat: den 18 mars 2025 10:47
Till: Kent; Maja; Sara
Kopia: Anneli
Ämne: SIP Sara – planen från mötet 11/3

Hej!
Här är planen som vi gjorde på mötet i tisdags. Hör av er om något blivit fel.
/Lisa
"""
    plan = """\
SIP – SARA, KATRINEHOLM
Datum för möte: 2025-03-11, Vård och omsorgs lokaler, Katrineholm

Närvarande: Sara, Anneli (mamma), Lisa, Kent, Maja

Bakgrund
Sara är 34 år och har autism och ADHD. Hon har beslut om daglig verksamhet enligt LSS men har inte kommit iväg till sin nuvarande plats (förpackningsgruppen) sedan oktober, hon säger att det är för mycket ljud och folk. Hon sover dåligt och har gått ner i vikt. Hon har aktivitetsersättning från Försäkringskassan som löper ut 2025-06-30. Hon bor i egen lägenhet och mamma hjälper till mycket.

Syfte
Sara har inte kommit iväg till sin dagliga verksamhet sedan i höstas. Syftet med SIP:en är att vi tillsammans hittar en sysselsättning som Sara orkar med, och att psykiatrin och LSS drar åt samma håll när hennes ADHD-medicin ses över.

Frågor till mötet
Diskutera läget.

Saras mål
”Jag vill ha en plats där det är lugnt och där jag får jobba med händerna. Och jag vill kunna sova på nätterna.”

Saras synpunkter
Sara var med hela mötet. Hon sa att hon inte orkar mer än fyra timmar om dagen och att hon vill ha en fast person att vända sig till på nya stället. Hon vill inte byta läkare.

Samtycke
Samtycke finns.

Insatser
1. Daglig verksamhet: byte till Solbacka trädgård, 4 tim/dag tre dagar i veckan. LSS-handläggaren, Katrineholms kommun, ordnar studiebesök v. 13 och nytt beslut.
2. Genomgång av ADHD-medicinen och sömnen. Vuxenpsykiatrin Katrineholm, läkare, vid läkarbesöket 2025-04-02.
3. Sömnskola i grupp. Vuxenpsykiatrin Katrineholm, arbetsterapeut.
4. Förlängning av aktivitetsersättningen: Sara skickar in ansökan till Försäkringskassan senast 2025-04-30, Anneli hjälper henne att fylla i den. Psykiatrins läkare skriver läkarutlåtandet till FK före 2025-04-30.
5. Anneli fortsätter att handla och gå igenom posten med Sara varje söndag.

Huvudansvar
Kommunen.

Uppföljning
I maj.
"""
    lines = []
    for para in top.split("\n"):
        lines.extend(wrap(para, 76) if para else [""])
    lines.append("-----Ursprungligt meddelande-----")
    for para in quoted_head.split("\n"):
        lines.extend(wrap(para, 76) if para else [""])
    lines.append("")
    for para in plan.split("\n"):
        if not para:
            lines.append(">")
        else:
            lines.extend(wrap(para, 74, prefix="> "))
    text = "\n".join(lines).rstrip("\n>") + "\n"
    with open(path("03", "txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# ---------------------------------------------------------------- 04
def plan04():
    """Markdown export from a web SIP tool; 19-year-old with autism/ID, Karlskoga."""
    md = """\
# Samordnad individuell plan

**Exporterad från:** SIP-webben, Region Örebro län och länets kommuner
**Exportdatum:** 2025-04-03 08:15
**Planstatus:** Aktiv

---

## Grunduppgifter

| Fält | Värde |
|---|---|
| Förnamn | Adam |
| Personnummer | ÅÅMMDD-XXXX |
| Kommun | Karlskoga |
| Mötesdatum | 2025-04-01 |
| Mötesform | Fysiskt möte, Habiliteringen Karlskoga |

## Bakgrund

Adam är 19 år och går sista året på gymnasiesärskolan (individuellt program) i Karlskoga. Han har autism och lindrig intellektuell funktionsnedsättning och har kontakt med Habiliteringen sedan barndomen. Efter studenten i juni behöver han en sysselsättning, och han har börjat prata om att flytta hemifrån. Adam har god man sedan han fyllde 18. Han bor med sin pappa och lillebror.

## Syfte

Gemensam planering.

## Frågeställningar

_(ej angivet)_

## Den enskildes mål

> "Jag vill jobba med djur, typ på en gård med hästar. Och när jag är 21 vill jag bo i en egen lägenhet, inte hos pappa."

## Delaktighet

Adam deltog på mötet tillsammans med sin gode man. Han tyckte att det var bra att skolan och habiliteringen var där samtidigt. Han vill inte ha möten på fredagar eftersom han då har simning, och han vill att någon ritar upp planen på en bild åt honom.

## Samtycke

**Samtycke:** –

## Insatser

### Insats 1: Praktik på djurgården inom daglig verksamhet

- Ansvarig: LSS-handläggare, Karlskoga kommun, Vård och omsorg
- Tidsplan: Beslut om daglig verksamhet senast 2025-05-15, praktikstart 2025-08-18
- Status: Pågående

### Insats 2: Arbetsterapeutisk bedömning av ADL inför eget boende

- Ansvarig: Arbetsterapeut, Habiliteringen Karlskoga, Region Örebro län
- Tidsplan: Bedömningen klar 2025-06-13
- Status: Planerad

### Insats 3: Överlämning från gymnasiesärskolan till daglig verksamhet

- Ansvarig: Mentor, Gymnasiesärskolan, Karlskoga kommun
- Tidsplan: Överlämningsmöte 2025-06-05
- Status: Planerad

### Insats 4: Läkarutlåtande till Försäkringskassan

- Ansvarig: Läkare, Habiliteringen Karlskoga
- Tidsplan: Klart senast 2025-04-25
- Status: Pågående

### Insats 5: Ansökan om aktivitetsersättning hos Försäkringskassan

- Ansvarig: God man (Karin), tillsammans med Adam
- Tidsplan: Ansökan skickas senast 2025-04-30
- Status: Pågående

### Insats 6: Träna på att åka buss själv till Möckelngården

- Ansvarig: Adam och pappa
- Tidsplan: Varje lördag under maj, klart 2025-05-31
- Status: Planerad

## Huvudansvar

**Huvudansvarig:** Jenny, LSS-handläggare, Karlskoga kommun, Vård och omsorg

## Uppföljning

**Nästa uppföljning:** vecka 38

## Deltagare

- Adam
- God man
- Pappa
- LSS-handläggare
- Mentor
- Arbetsterapeut
- Läkare

---
_Dokumentet är en export. Gällande version finns i SIP-webben._
"""
    with open(path("04", "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ---------------------------------------------------------------- 05
def set_landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    w, h = section.page_width, section.page_height
    if w < h:
        section.page_width, section.page_height = h, w


def plan05():
    """Word with heading styles, a landscape section with a wide measures table; dementia, Vingåker."""
    doc = Document()
    fix_core(doc, "SIP Gunnar", "Vingåkers kommun")
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    s0 = doc.sections[0]
    s0.left_margin = s0.right_margin = Cm(2)
    s0.top_margin = s0.bottom_margin = Cm(1.8)
    hp = s0.header.paragraphs[0]
    r = hp.add_run("Vingåkers kommun, Vård och omsorg  •  Region Sörmland")
    r.font.small_caps = True
    r.font.size = Pt(9)
    s0.footer.paragraphs[0].text = "SIP Gunnar – upprättad 2024-11-19"

    doc.add_heading("Samordnad individuell plan – SIP", level=0)
    doc.add_paragraph("Gunnar, 81 år, och hustrun Inga, 78 år, Vingåker\n"
                      "Möte 2024-11-19 kl. 13.00–14.30 i makarnas hem")

    doc.add_heading("Deltagare", level=1)
    make_table(doc, ["Namn", "Funktion", "Verksamhet / relation"], [
        ["Gunnar", "Den enskilde", "–"],
        ["Inga", "Hustru", "Närstående"],
        ["Mikael", "Son", "Närstående (med via telefon)"],
        ["Britt", "Biståndshandläggare", "Vingåkers kommun, äldreomsorgen"],
        ["Emma", "Demenssjuksköterska", "Vingåkers kommun, hälso- och sjukvårdsenheten"],
        ["Hassan", "Distriktssköterska", "Vårdcentralen Vingåker, Region Sörmland"],
    ], widths=[3.5, 5, 8.5])

    doc.add_heading("Nuläge", level=1)
    doc.add_paragraph(
        "Gunnar fick diagnosen Alzheimers sjukdom på Minnesmottagningen i Katrineholm 2022. Under "
        "hösten har han blivit sämre: han går upp flera gånger per natt, letar efter sina arbetskläder "
        "och har två gånger gått ut i bara pyjamas. Han behöver hjälp med dusch och påklädning och "
        "glömmer att äta om ingen påminner honom. Han känner igen Inga och barnen men är ofta orolig "
        "på eftermiddagarna.")
    doc.add_paragraph(
        "Inga har skött det mesta själv. Hon har kärlkramp och blev inlagd en natt i oktober. Hon "
        "sover dåligt eftersom hon vaknar när Gunnar går upp, och säger att hon inte längre har tid "
        "att träffa sina väninnor. Sonen Mikael bor i Eskilstuna och sköter redan makarnas räkningar "
        "med fullmakt.")

    doc.add_heading("Syfte", level=1)
    doc.add_paragraph(
        "Syftet med planen är att Gunnar ska kunna bo kvar hemma tillsammans med Inga så länge det är "
        "tryggt för honom, och att Inga får avlastning och stöd så att hon orkar och inte själv blir sjuk.")

    doc.add_heading("Frågeställningar", level=1)
    for q in ["Behöver Gunnar växelvård, och i så fall hur ofta?",
              "Kan nattorons orsaker och läkemedlen ses över?",
              "Vilket stöd kan Inga få som anhörig, och hur får hon egen tid?"]:
        doc.add_paragraph(q, style="List Bullet")

    doc.add_heading("Mål", level=1)
    doc.add_paragraph("Målet är att Gunnar ska kunna bo kvar i villan och känna sig trygg och lugn, "
                      "även på kvällar och nätter.")
    doc.add_paragraph("Inga sa på mötet: ”Jag vill orka vara hans fru och inte bara hans vårdare.”")

    doc.add_heading("Delaktighet", level=1)
    doc.add_paragraph("Gunnar satt med vid köksbordet under den första halvtimmen av mötet men blev "
                      "trött och gick och lade sig.")

    # landscape section with the wide table
    s1 = doc.add_section(WD_SECTION.NEW_PAGE)
    set_landscape(s1)
    s1.left_margin = s1.right_margin = Cm(1.8)
    s1.header.is_linked_to_previous = True
    doc.add_heading("Insatser – vem gör vad och när", level=1)
    make_table(doc, ["Nr", "Insats", "För vem", "Ansvarig verksamhet", "Ansvarig funktion",
                     "Start / tidpunkt", "Kommentar"], [
        ["1", "Hemtjänst morgon och kväll: hjälp med dusch, påklädning, frukost och kvällsmedicin",
         "Gunnar", "Hemtjänsten Vingåker", "Enhetschef hemtjänst / samordnare", "Från 2024-12-02",
         "Samma personal i möjligaste mån"],
        ["2", "Dagverksamhet för personer med demenssjukdom två dagar/vecka (tis, tor)",
         "Gunnar (avlastning för Inga)", "Dagverksamheten Vingåker", "Biståndshandläggare",
         "Snarast", "Transport ingår"],
        ["3", "Läkemedelsgenomgång med anledning av nattoro", "Gunnar", "Regionen", "",
         "", "Distriktssköterskan tar frågan vidare"],
        ["4", "Ansökan och beslut om växelvård, en vecka per månad på Furugården",
         "Gunnar (avlastning för Inga)", "Vingåkers kommun, äldreomsorgen", "Biståndshandläggare",
         "Beslut senast 2024-12-13", ""],
        ["5", "Trygghetslarm och nattlig tillsyn via kamera",
         "Gunnar och Inga", "Vingåkers kommun, larmgruppen", "Demenssjuksköterska",
         "Installation 2024-12-04", "Kameran används bara nattetid"],
        ["6", "Anhörigstöd: enskilda samtal och plats i anhöriggruppen på onsdagar", "Inga",
         "Anhörigstödet, Vingåkers kommun", "Anhörigkonsulent", "Första samtal 2024-12-11", ""],
        ["7", "Ansökan om bostadstillägg hos Pensionsmyndigheten och fortsatt skötsel av räkningar",
         "Gunnar och Inga", "Närstående", "Sonen Mikael", "Senast 2024-12-31", "Har fullmakt"],
        ["8", "Skriver kort i en anteckningsbok hur nätterna varit, som underlag till läkemedelsgenomgången",
         "Gunnar", "Närstående", "Inga", "Från 2024-11-20", ""],
    ], widths=[1, 6.5, 3.2, 4, 3.6, 3.2, 4.5], size=9)

    doc.add_heading("Uppföljning", level=1)
    doc.add_paragraph("Uppföljning om tre månader, eller tidigare om Ingas hälsa försämras.")

    save_docx(doc, path("05", "docx"))


# ---------------------------------------------------------------- 06
HTML06 = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8">
<title>SIP Ella</title>
<style>
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; }
h1 { font-size: 16pt; margin-bottom: 2pt; }
h2 { font-size: 12pt; color: #1f4e79; margin-top: 14pt; margin-bottom: 3pt; }
p { margin-top: 2pt; margin-bottom: 4pt; }
table.grid { border-collapse: collapse; width: 100%; }
table.grid td, table.grid th { border: 1px solid #555555; padding: 3pt; vertical-align: top; }
table.grid th { background: #dde6f0; text-align: left; }
td.rost { border: 2px solid #1f4e79; background: #f3f7fb; padding: 8pt; }
.liten { font-size: 8.5pt; color: #555555; }
</style></head><body>
<p class="liten">Lekebergs kommun &ndash; Barn och familj &nbsp;|&nbsp; Region Örebro län &ndash; BUP</p>
<h1>Samordnad individuell plan (SIP) för barn och unga</h1>
<p><b>Barn:</b> Ella, 14 år (åk 8) &nbsp;&nbsp; <b>Personnummer:</b> ÅÅMMDD-XXXX &nbsp;&nbsp; <b>Kommun:</b> Lekeberg<br>
<b>Mötesdatum:</b> 2024-10-08 kl. 15.00 &nbsp;&nbsp; <b>Plats:</b> Lekebergsskolan, Fjugesta</p>

<h2>Deltagare</h2>
<table class="grid" border="1" cellspacing="0" cellpadding="4" width="100%">
<col width="18%"><col width="32%"><col width="50%">
<tr><th bgcolor="#dde6f0" align="left">Namn</th><th bgcolor="#dde6f0" align="left">Funktion</th><th bgcolor="#dde6f0" align="left">Verksamhet</th></tr>
<tr><td>Ella</td><td>Barnet</td><td>&ndash;</td></tr>
<tr><td>Camilla</td><td>Vårdnadshavare (mamma)</td><td>&ndash;</td></tr>
<tr><td>Jonas</td><td>Vårdnadshavare (pappa)</td><td>&ndash;</td></tr>
<tr><td>Linnea</td><td>Socialsekreterare</td><td>Barn och familj, Lekebergs kommun</td></tr>
<tr><td>Karin</td><td>Mentor</td><td>Lekebergsskolan</td></tr>
<tr><td>Ahmed</td><td>Skolkurator</td><td>Elevhälsan, Lekebergsskolan</td></tr>
<tr><td>Maria</td><td>Psykolog</td><td>BUP Örebro</td></tr>
</table>

<h2>Bakgrund</h2>
<p>Ella har haft ökande frånvaro sedan vårterminen i åk 7 och har sedan skolstarten i augusti varit i skolan
sammanlagt sex dagar. Hon har ont i magen och mår illa på morgnarna, sover till långt in på dagen och har
dragit sig undan kompisar. BUP Örebro bedömde i september en medelsvår depression och social ångest.
Skolan har gjort en kartläggning av frånvaron. Socialtjänsten fick en orosanmälan från skolan i september;
utredningen är avslutad och familjen har tackat ja till stöd.</p>

<h2>Syfte med planen</h2>
<p>Syftet är att BUP, skolan och socialtjänsten lägger upp en gemensam plan så att Ella kan börja komma
tillbaka till skolan i små steg samtidigt som depressionen behandlas, och att familjen vet vem de ska vända sig till.</p>

<h2>Frågeställningar</h2>
<ul>
<li>Hur ska en stegvis återgång till skolan se ut, och vilka lektioner börjar Ella med?</li>
<li>Hur samordnas BUP:s KBT-behandling med kuratorns samtal så att Ella inte får för många kontakter?</li>
<li>Behöver familjen stöd i hemmet på morgnarna?</li>
</ul>

<h2>Barnets röst</h2>
<table class="grid" border="2" cellspacing="0" cellpadding="10" width="100%"><tr><td class="rost" bgcolor="#f3f7fb">
<p>Ella var med under första halvan av mötet och ville sedan gå ut. Hon hade skrivit ner några saker
tillsammans med kuratorn innan mötet:</p>
<p><i>&rdquo;Jag vill kunna gå till skolan utan att må illa på morgonen. Jag vill börja med bild och
engelska, inte matte. Jag vill inte att alla tittar när jag kommer in i klassrummet.&rdquo;</i></p>
<p><i>&rdquo;Jag vill träffa samma person på BUP hela tiden.&rdquo;</i></p>
</td></tr></table>

<h2>Vårdnadshavarnas synpunkter</h2>
<p>Camilla och Jonas tycker att det har tagit för lång tid innan Ella fick hjälp och att morgnarna är det
svåraste. De är oroliga för att Ella ska tappa hela åk 8. De vill ha ett skriftligt schema från skolan och
en kontaktperson på skolan som de kan ringa. Föräldrarna är viktiga i arbetet och stöttar Ella hemma.</p>

<h2>Samtycke</h2>
<p>Vårdnadshavarna har samtyckt till SIP.</p>

<h2>Insatser</h2>
<table class="grid" border="1" cellspacing="0" cellpadding="4" width="100%">
<col width="55%"><col width="28%"><col width="17%">
<tr><th bgcolor="#dde6f0" align="left">Insats</th><th bgcolor="#dde6f0" align="left">Ansvarig</th><th bgcolor="#dde6f0" align="left">När</th></tr>
<tr><td>KBT-behandling för depression och social ångest, en gång i veckan (10 tillfällen)</td>
<td>BUP Örebro, psykolog</td><td>Start 2024-10-15</td></tr>
<tr><td>Anpassad studiegång med stegvis schema: två lektioner per dag (bild, engelska), utökas efter
avstämning varannan vecka</td><td>Lekebergsskolan, rektor och mentor</td><td>Från 2024-10-21</td></tr>
<tr><td>Stödsamtal med skolkurator en gång i veckan, samt mottagande vid skolans entré på morgonen</td>
<td>Elevhälsan Lekebergsskolan, skolkurator</td><td>Start v. 43</td></tr>
<tr><td>Familjebehandling i hemmet med fokus på morgonrutiner</td>
<td>Kommunen</td><td>Under hösten</td></tr>
</table>

<h2>Huvudansvar</h2>
<p>Huvudansvarig för planen är socialsekreterare Linnea, Barn och familj, Lekebergs kommun.</p>

<h2>Uppföljning</h2>
<p>Uppföljande SIP-möte i januari efter jullovet. Kallelse skickas av huvudansvarig.</p>

<p class="liten">Planen skickas till vårdnadshavarna och till deltagande verksamheter.</p>
</body></html>
"""


def plan06():
    """HTML printed to PDF by LibreOffice; BUP + school + social services, 14-year-old, Lekeberg."""
    tmpdir = tempfile.mkdtemp(prefix="f45b-html-")
    src = os.path.join(tmpdir, f"{PREFIX}06.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(HTML06)
    soffice_pdf(src, path("06", "pdf"))
    shutil.rmtree(tmpdir, ignore_errors=True)


# ---------------------------------------------------------------- 07
def plan07():
    """Windows-1252, CRLF, fixed-width columns export; psychiatric outpatient care, Fagersta."""
    def row(cols, widths):
        return "".join(c.ljust(w) for c, w in zip(cols, widths)).rstrip()

    L = []
    L.append("=" * 78)
    L.append("VUXENPSYKIATRIN VÄSTMANLAND - ÖPPENVÅRDEN FAGERSTA".ljust(56) + "Utskrift 2025-01-24")
    L.append("SAMORDNAD INDIVIDUELL PLAN (SIP)".ljust(56) + "Sida 1")
    L.append("=" * 78)
    L.append("")
    w = [22, 56]
    L.append(row(["Patient:", "Robin, 37 år"], w))
    L.append(row(["Personnummer:", "XXXXXX-XXXX"], w))
    L.append(row(["Hemkommun:", "Fagersta"], w))
    L.append(row(["Datum för SIP:", "2025-01-23"], w))
    L.append(row(["Mötesform:", "Fysiskt möte, öppenvårdsmottagningen"], w))
    L.append(row(["Dokumenterat av:", "Helena, skötare"], w))
    L.append("")
    L.append("BAKGRUND")
    L.append("-" * 78)
    L.extend(wrap(
        "Pat sökte akut på psykiatriska akutmottagningen i Västerås 2025-01-14 pga suicidtankar i "
        "samband med alkoholintag efter separation. Bedömdes ej ha behov av slutenvård, remitterades "
        "till öppenvården Fagersta för fortsatt kontakt. Pat bor ensam i lägenhet, sjukskriven sedan "
        "december. Tidigare depressionsepisod 2019. Har nu ingen kontakt med socialtjänsten men har "
        "haft det tidigare pga alkohol.", 78))
    L.append("")
    L.append("SYFTE")
    L.append("-" * 78)
    L.append("SIP.")
    L.append("")
    L.append("FRÅGESTÄLLNINGAR")
    L.append("-" * 78)
    L.append("")
    L.append("MÅL")
    L.append("-" * 78)
    L.append("")
    L.append("DELTAGARE")
    L.append("-" * 78)
    w3 = [14, 26, 38]
    L.append(row(["Namn", "Funktion", "Enhet/organisation"], w3))
    L.append(row(["-" * 12, "-" * 24, "-" * 36], w3))
    L.append(row(["Robin", "Patient", ""], w3))
    L.append(row(["Helena", "Skötare, kontaktperson", "Vuxenpsykiatrin öppenvård Fagersta"], w3))
    L.append(row(["Ove", "Överläkare", "Vuxenpsykiatrin öppenvård Fagersta"], w3))
    L.append(row(["Nadia", "Socialsekreterare", "IFO Fagersta kommun, Vuxenenheten"], w3))
    L.append("")
    L.append("DELAKTIGHET")
    L.append("-" * 78)
    L.append("Patienten närvarade.")
    L.append("")
    L.append("SAMTYCKE")
    L.append("-" * 78)
    L.append("Samtycke finns.")
    L.append("")
    L.append("INSATSER")
    L.append("-" * 78)
    w4 = [34, 16, 28]
    L.append(row(["Insats", "Ansvarig", "Tidpunkt"], w4))
    L.append(row(["-" * 32, "-" * 14, "-" * 26], w4))
    L.append(row(["Fortsatt kontakt", "Regionen", "Vid behov"], w4))
    L.append(row(["Stöd vid behov", "Kommunen", "När behov uppstår"], w4))
    L.append(row(["Uppföljning av måendet", "Psykiatrin", "Löpande"], w4))
    L.append("")
    L.append("HUVUDANSVAR")
    L.append("-" * 78)
    L.append("Psykiatrin.")
    L.append("")
    L.append("UPPFÖLJNING")
    L.append("-" * 78)
    L.append("Vid behov. Ny SIP när behov uppstår.")
    L.append("")
    L.append("=" * 78)
    L.append("Signerad: Helena, skötare 2025-01-24 (elektroniskt signerad)")
    L.append("Vidimerad: Ove, överläkare")
    text = "\r\n".join(L) + "\r\n"
    with open(path("07", "txt"), "wb") as f:
        f.write(text.encode("cp1252"))


# ---------------------------------------------------------------- 08
def add_content_control(paragraph, placeholder="Klicka eller tryck här för att ange text."):
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    alias = OxmlElement("w:showingPlcHdr")
    pr.append(alias)
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    style = OxmlElement("w:color")
    style.set(qn("w:val"), "808080")
    rpr.append(style)
    r.append(rpr)
    t = OxmlElement("w:t")
    t.text = placeholder
    r.append(t)
    content.append(r)
    sdt.append(content)
    paragraph._p.append(sdt)


def grey(p, text, italic=True):
    r = p.add_run(text)
    r.italic = italic
    r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    return r


def plan08():
    """Empty printed template; only the unit name in the header is filled in. Sala."""
    doc = Document()
    fix_core(doc, "SIP-mall", "Sala kommun")
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    sec = doc.sections[0]
    t = sec.header.add_table(1, 2, Cm(17))
    cell_text(t.rows[0].cells[0], "Samordnad individuell plan (SIP)", bold=True)
    cell_text(t.rows[0].cells[1], "Enhet: Socialtjänsten Sala kommun, Vuxenenheten")
    t.rows[0].cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    sec.footer.paragraphs[0].text = "Mall SIP, version 3 – Sala kommun och Region Västmanland"

    doc.add_heading("Samordnad individuell plan – SIP", level=1)

    tb = doc.add_table(rows=4, cols=2)
    tb.style = "Table Grid"
    for i, (lab, val) in enumerate([("Namn", "[Förnamn]"), ("Personnummer", "ÅÅMMDD-XXXX"),
                                    ("Datum för mötet", "ÅÅÅÅ-MM-DD"), ("Plats", "")]):
        cell_text(tb.rows[i].cells[0], lab, bold=True)
        tb.rows[i].cells[1].text = ""
        if val:
            grey(tb.rows[i].cells[1].paragraphs[0], val, italic=False)

    def sect(title, guidance, control=False):
        doc.add_heading(title, level=2)
        p = doc.add_paragraph()
        grey(p, guidance)
        if control:
            p2 = doc.add_paragraph()
            add_content_control(p2)

    sect("1. Syfte med SIP-mötet", "[Beskriv här vad mötet ska handla om]", control=True)
    sect("2. Frågeställningar", "[Vilka frågor ska besvaras på mötet? Skriv en fråga per rad]")
    sect("3. Mina mål", "[Skriv den enskildes mål med hans eller hennes egna ord, gärna i jag-form]")
    doc.add_heading("4. Delaktighet", level=2)
    doc.add_paragraph("☐ Den enskilde deltog på mötet    ☐ Den enskilde deltog inte")
    p = doc.add_paragraph()
    grey(p, "[Om den enskilde inte deltog: ange skälet och hur hans/hennes synpunkter har förmedlats]")
    doc.add_heading("5. Samtycke", level=2)
    doc.add_paragraph("☐ Muntligt samtycke    ☐ Skriftligt samtycke    Datum: ______________")

    doc.add_heading("6. Insatser – vem gör vad och när", level=2)
    it = make_table(doc, ["Huvudman / verksamhet", "Insats", "När / hur ofta"], [
        ["", "", ""],
        ["Exempel: Vårdcentralen", "Exempel: läkemedelsgenomgång", "Exempel: ÅÅÅÅ-MM-DD"],
        ["", "", ""],
        ["", "", ""],
        ["", "", ""],
    ], widths=[5.5, 7, 4.5])
    merged = it.rows[1].cells[0].merge(it.rows[1].cells[2])
    cell_text(merged, "Exempel: Socialtjänsten – kontaktperson – varannan vecka")
    for row in it.rows[1:3]:
        for c in row.cells:
            for r in c.paragraphs[0].runs:
                r.italic = True
                r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)

    sect("7. Andra aktörers insatser",
         "[T.ex. Försäkringskassan, Arbetsförmedlingen, god man, närstående. Skriv ”Inga” om det inte finns några]")
    doc.add_heading("8. Huvudansvar för planen", level=2)
    p = doc.add_paragraph("Namn och funktion: ")
    grey(p, "[Namn, funktion]")
    p = doc.add_paragraph("Verksamhet: ")
    add_content_control(p)
    doc.add_heading("9. Uppföljning", level=2)
    doc.add_paragraph("Datum för uppföljning: ÅÅÅÅ-MM-DD    ☐ Fysiskt möte    ☐ Digitalt möte")
    doc.add_heading("10. Deltagare", level=2)
    make_table(doc, ["Namn", "Funktion", "Verksamhet"], [["", "", ""]] * 5, widths=[5, 5, 7])

    save_docx(doc, path("08", "docx"))


def main():
    os.makedirs(OUT, exist_ok=True)
    for fn in (plan01, plan02, plan03, plan04, plan05, plan06, plan07, plan08):
        fn()
        print("ok", fn.__name__)


if __name__ == "__main__":
    main()
