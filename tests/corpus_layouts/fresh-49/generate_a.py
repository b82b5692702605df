#!/usr/bin/env python3
"""Generate the f49a- batch of fictional, anonymized SIP test documents.

Run with /work/batches/.venv/bin/python generate.py
Deterministic: fixed dates, no randomness; .docx zip entries get fixed timestamps,
the fpdf2 PDF gets a fixed creation date. PDFs converted by LibreOffice carry
LibreOffice's own creation timestamp in their metadata (text content is identical).
"""
import datetime as dt
import os
import shutil
import subprocess
import tempfile
import textwrap
import zipfile

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f49a-"
FIXED = dt.datetime(2024, 11, 25, 9, 0, 0)
LO_PROFILE = "file:///tmp/lo-f49a"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def path(n, ext):
    return os.path.join(OUT, f"{PREFIX}{n:02d}.{ext}")


# ---------------------------------------------------------------- helpers
def fix_core(doc, title, author="Handläggare"):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


def save_docx(doc, target):
    """Save and rewrite the zip with fixed timestamps so the bytes are stable."""
    tmp = target + ".tmp"
    doc.save(tmp)
    with zipfile.ZipFile(tmp) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=(2024, 11, 25, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(item.filename))
    os.remove(tmp)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_col_widths(tbl, widths):
    """Fix the table grid so Word and LibreOffice use the given column widths."""
    tbl.autofit = False
    grid = tbl._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in tbl.rows:
        for c, w in zip(row.cells, widths):
            c.width = w


def repeat_header(row):
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
    return p


def label_para(container, label, value):
    p = container.add_paragraph()
    r = p.add_run(label)
    r.bold = True
    p.add_run(value)
    p.paragraph_format.space_after = Pt(2)
    return p


def lo_convert(docx_path, outdir):
    subprocess.run(
        ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
         "--convert-to", "pdf", "--outdir", outdir, docx_path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


# ------------------------------------------------ 01 record-system PDF, cards
class RecordPDF(FPDF):
    system = "SamVerka Omsorg & Vård  –  Samordnad individuell plan"
    printed = "Utskriftsdatum: 2024-10-15 09:42"

    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(80, 80, 80)
        self.cell(95, 4, self.system, new_x="RIGHT", new_y="TOP")
        self.cell(55, 4, self.printed, align="C", new_x="RIGHT", new_y="TOP")
        self.cell(0, 4, f"Sida {self.page_no()} ({{nb}})", align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(95, 4, "Användare: socialsekreterare, Socialpsykiatrin Köping", new_x="RIGHT", new_y="TOP")
        self.cell(0, 4, "Dokumenttyp: SIP – plan", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(120, 120, 120)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, "Utskrift ur SamVerka. Utskriften är en kopia – gällande version finns i systemet.",
                  align="C")


def pdf_field(pdf, label, value, w, h_label=4.5):
    """A boxed field: small label on top, value below, border around."""
    x, y = pdf.get_x(), pdf.get_y()
    pdf.set_font("DejaVu", "", 7)
    pdf.set_text_color(90, 90, 90)
    pdf.set_xy(x + 1, y + 0.8)
    pdf.cell(w - 2, h_label, label)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("DejaVu", "", 9)
    pdf.set_xy(x + 1, y + h_label + 0.8)
    pdf.multi_cell(w - 2, 4.6, value, align="L", new_x="LMARGIN", new_y="NEXT")
    bottom = pdf.get_y() + 1.2
    pdf.rect(x, y, w, bottom - y)
    pdf.set_xy(pdf.l_margin, bottom)
    return bottom


def card_height(pdf, lines, w):
    h = 7.5  # title bar
    for lab, val in lines:
        pdf.set_font("DejaVu", "B", 8.5)
        lw = pdf.get_string_width(lab + " ") + 1
        pdf.set_font("DejaVu", "", 8.5)
        n = len(pdf.multi_cell(w - lw - 4, 4.3, val, align="L", dry_run=True, output="LINES"))
        h += n * 4.3 + 1.2
    return h + 2


def draw_card(pdf, x, y, w, h, title, lines):
    pdf.set_draw_color(60, 60, 60)
    pdf.set_line_width(0.35)
    pdf.rect(x, y, w, h)
    pdf.set_fill_color(228, 233, 240)
    pdf.rect(x, y, w, 6.5, style="DF")
    pdf.set_xy(x + 2, y + 1)
    pdf.set_font("DejaVu", "B", 8.5)
    pdf.cell(w - 4, 4.5, title)
    cy = y + 7.8
    for lab, val in lines:
        pdf.set_font("DejaVu", "B", 8.5)
        lw = pdf.get_string_width(lab + " ") + 1
        pdf.set_xy(x + 2, cy)
        pdf.cell(lw, 4.3, lab)
        pdf.set_font("DejaVu", "", 8.5)
        pdf.set_xy(x + 2 + lw, cy)
        pdf.multi_cell(w - lw - 4, 4.3, val, align="L")
        cy = pdf.get_y() + 1.2
    pdf.set_line_width(0.2)


def make_01():
    pdf = RecordPDF(format="A4")
    pdf.set_creation_date(dt.datetime(2024, 10, 15, 9, 42, tzinfo=dt.timezone.utc))
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_margins(15, 12, 15)
    pdf.set_auto_page_break(True, 16)
    pdf.alias_nb_pages()
    pdf.set_title("SIP – P.")
    pdf.set_author("SamVerka")
    pdf.add_page()
    W = pdf.w - 30

    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 7, "Samordnad individuell plan (SIP)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 8)
    pdf.cell(0, 4.5, "Planstatus: Fastställd   |   Version 1   |   Köpings kommun / Region Västmanland",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)

    # header fields row
    y = pdf.get_y()
    cols = [("Person", "P., man 41 år"), ("Personnummer", "ÅÅMMDD-XXXX"),
            ("Mötesdatum", "2024-10-15"), ("Plats", "Socialpsykiatrin, Köping")]
    widths = [45, 40, 35, W - 120]
    x = pdf.l_margin
    bottoms = []
    for (lab, val), w in zip(cols, widths):
        pdf.set_xy(x, y)
        bottoms.append(pdf_field(pdf, lab, val, w))
        x += w
    pdf.set_xy(pdf.l_margin, max(bottoms))

    pdf_field(pdf, "Syfte med planen",
              "Syftet är att samordna P:s psykiatriska vård och stödet i hemmet så att han kan bo kvar "
              "i sin lägenhet på Ullvi, och att skuldsituationen som hotar boendet (hyresskuld sedan "
              "juni) hanteras innan hyresvärden går vidare med uppsägning.", W)
    pdf_field(pdf, "Bakgrund",
              "P. har schizofreni och har kontakt med Psykosmottagningen sedan 2019. Under sommaren "
              "avbröt han sin medicinering och blev sämre, vårdades inom heldygnsvården i Västerås "
              "2024-08-02 – 2024-09-10. Efter utskrivningen har hyresskuld och obetalda räkningar "
              "kommit fram. Boendestöd har funnits tidigare men avslutades 2023 på P:s begäran.", W)
    pdf_field(pdf, "Frågeställningar", "Gå igenom läget.", W)
    pdf_field(pdf, "Mål", "Målet är att P. ska bo kvar i sin lägenhet, ta sin medicin regelbundet och få "
              "ordning på sin ekonomi under våren 2025.", W)
    pdf_field(pdf, "Den enskildes delaktighet", "P. deltog i mötet.", W)
    pdf_field(pdf, "Samtycke",
              "Muntligt samtycke till SIP och till att berörda verksamheter utbyter information "
              "lämnades av P. 2024-10-01 vid hembesök, dokumenterat i journal av socialsekreterare.", W)

    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 6, "Planerade insatser", new_x="LMARGIN", new_y="NEXT")

    cards = [
        ("Insats 1 – Psykiatrisk behandling",
         [("Insats:", "Depotinjektion var tredje vecka, samtal med sjuksköterska i samband med "
                      "injektionen, läkarbesök för utvärdering av medicineringen."),
          ("Utförare:", "Sjuksköterska och läkare, Psykosmottagningen, Vuxenpsykiatrin Köping"),
          ("Period:", "2024-10-15 – 2025-04-15")]),
        ("Insats 2 – Boendestöd",
         [("Insats:", "Boendestöd två gånger per vecka: stöd med post, räkningar, inköp och "
                      "struktur i vardagen. Påminnelse inför injektionstider."),
          ("Utförare:", "Boendestödjare, Socialpsykiatrin, Köpings kommun"),
          ("Period:", "2024-10-21 – 2025-04-30")]),
        ("Insats 3 – Budget- och skuldrådgivning",
         [("Insats:", "Genomgång av skulder och inkomster, avbetalningsplan för hyresskulden, "
                      "bedömning inför ev. ansökan om skuldsanering."),
          ("Utförare:", "Budget- och skuldrådgivare, Köpings kommun"),
          ("Period:", "Första besök 2024-11-04, därefter enligt överenskommelse t.o.m. 2025-02-28")]),
        ("Insats 4 – Somatisk hälsokontroll",
         [("Insats:", "Metabol kontroll: blodprover, vikt och blodtryck p.g.a. antipsykotisk "
                      "medicinering."),
          ("Utförare:", "Regionen"),
          ("Period:", "November 2024")]),
    ]
    cw = (W - 6) / 2
    # cards 1 and 2 side by side on page 1
    y = pdf.get_y()
    h = max(card_height(pdf, cards[0][1], cw), card_height(pdf, cards[1][1], cw))
    draw_card(pdf, pdf.l_margin, y, cw, h, *cards[0])
    draw_card(pdf, pdf.l_margin + cw + 6, y, cw, h, *cards[1])
    pdf.set_xy(pdf.l_margin, y + h + 4)

    pdf.add_page()
    y = pdf.get_y()
    h = max(card_height(pdf, cards[2][1], cw), card_height(pdf, cards[3][1], cw))
    draw_card(pdf, pdf.l_margin, y, cw, h, *cards[2])
    draw_card(pdf, pdf.l_margin + cw + 6, y, cw, h, *cards[3])
    pdf.set_xy(pdf.l_margin, y + h + 5)

    pdf_field(pdf, "Övriga aktörer",
              "P. har god man sedan 2023. Kronofogden har ett pågående ärende.", W)
    pdf_field(pdf, "Huvudansvarig för planen",
              "Socialsekreterare (SIP-samordnare), Socialpsykiatrin, Köpings kommun", W)
    pdf_field(pdf, "Uppföljning", "2025-01-21 kl. 10.00, Socialpsykiatrin Köping", W)

    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 6, "Deltagare vid mötet", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "B", 8.5)
    pdf.set_fill_color(228, 233, 240)
    pdf.cell(35, 6, "Namn/roll", border=1, fill=True)
    pdf.cell(62, 6, "Funktion", border=1, fill=True)
    pdf.cell(0, 6, "Verksamhet", border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 8.5)
    rows = [("P.", "Den enskilde", "–"),
            ("Johanna", "Socialsekreterare, SIP-samordnare", "Socialpsykiatrin, Köpings kommun"),
            ("Mikael", "Sjuksköterska", "Psykosmottagningen, Vuxenpsykiatrin Köping"),
            ("Ulrika", "Boendestödjare", "Socialpsykiatrin, Köpings kommun"),
            ("Ali", "Budget- och skuldrådgivare", "Köpings kommun")]
    for r in rows:
        pdf.cell(35, 6, r[0], border=1)
        pdf.cell(62, 6, r[1], border=1)
        pdf.cell(0, 6, r[2], border=1, new_x="LMARGIN", new_y="NEXT")

    pdf.ln(5)
    pdf.set_font("DejaVu", "", 8)
    pdf.cell(0, 5, "Planen upprättad av: Johanna, socialsekreterare   Signerad: 2024-10-15 15:10",
             new_x="LMARGIN", new_y="NEXT")
    pdf.output(path(1, "pdf"))


# ------------------------------------------- 02 Word, two newspaper columns
def set_cols(sectPr, num, space=567):
    for old in sectPr.findall(qn("w:cols")):
        sectPr.remove(old)
    cols = OxmlElement("w:cols")
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), str(space))
    cols.set(qn("w:sep"), "1")
    # w:cols must come after pgMar etc.; append before docGrid if present
    grid = sectPr.find(qn("w:docGrid"))
    if grid is not None:
        grid.addprevious(cols)
    else:
        sectPr.append(cols)


def make_02():
    doc = Document()
    fix_core(doc, "SIP Elias", "Elevhälsan Sala")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin, sec.bottom_margin = Cm(1.6), Cm(1.6)
    hp = sec.header.paragraphs[0]
    hp.text = "Sala kommun · Elevhälsan\t\tSIP 2024-10-22"
    hp.runs[0].font.size = Pt(8)

    t = doc.add_paragraph()
    r = t.add_run("Samordnad individuell plan – SIP")
    r.bold = True
    r.font.size = Pt(18)
    t.paragraph_format.space_after = Pt(0)
    s = doc.add_paragraph()
    r = s.add_run("Åkraskolan, Sala  ·  BUP Sala  ·  IFO Sala kommun     Möte 2024-10-22 kl. 13.30")
    r.font.size = Pt(9)
    r.italic = True

    # continuous section break -> two newspaper columns
    new = doc.add_section(WD_SECTION.CONTINUOUS)
    set_cols(new._sectPr, 2)

    def head(text):
        p = doc.add_paragraph()
        run = p.add_run(text)
        run.bold = True
        run.font.size = Pt(11)
        p.paragraph_format.space_before = Pt(8)
        p.paragraph_format.space_after = Pt(1)
        p.paragraph_format.keep_with_next = True

    def body(text):
        p = doc.add_paragraph(text)
        p.paragraph_format.space_after = Pt(3)
        return p

    head("Barnet")
    body("Elias, 9 år, går i åk 3 på Åkraskolan i Sala. Personnummer: ÅÅMMDD-XXXX. "
         "Bor med mamma och lillasyster, träffar pappa varannan helg.")
    head("Syfte")
    body("Samordning.")
    head("Bakgrund")
    body("E. fick diagnosen ADHD efter utredning på BUP Sala i september. Under hösten har det varit "
         "många konflikter på rasterna och han har två gånger sprungit från skolområdet. Mamma "
         "beskriver att eftermiddagarna hemma är tunga och att E. ofta är ledsen efter skolan. "
         "Skolan har provat extra vuxen på rasterna men inte kunnat göra det varje dag.")
    head("Frågeställningar")
    body("Hur kan E. klara rasterna utan konflikter? Vad gör skolan när E. lämnar skolområdet – "
         "vem ringer vem och hur snabbt? Behöver schemat anpassas de första veckorna när "
         "medicineringen startar?")
    head("Elias berättar")
    body("E. var med den första halvtimmen tillsammans med mamma. Han ritade under mötet och "
         "berättade att han tycker om matten och slöjden, men att rasterna är jobbiga eftersom "
         "”det är alltid samma som bestämmer i fotbollen”. Han vill ha en vuxen i närheten på "
         "rasten, men vill inte att det ska synas för kompisarna.")
    head("Elias mål")
    p = body("”Jag vill ha någon att leka med på rasten och slippa bli arg.”")
    p.runs[0].italic = True
    head("Samtycke")
    body("Samtycke finns.")
    head("Närvarande")
    body("Elias (del av mötet), mamma Jenny, Karin, Mats, Sofia, Ahmed.")

    # column break -> second column
    pb = doc.add_paragraph()
    pb.add_run().add_break(WD_BREAK.COLUMN)
    pb.paragraph_format.space_after = Pt(0)

    head("Insatser")
    rows = [
        ("Insats", "Vem", "När"),
        ("Strukturerad rast med rastaktivitet och en vuxen i närheten",
         "Specialpedagog och fritidspedagog, Åkraskolan", "Från 2024-10-28"),
        ("Rutin när E. lämnar skolan: personal följer efter, rektor ringer mamma direkt",
         "Rektor, Åkraskolan", "Gäller från 2024-10-23"),
        ("Insättning av ADHD-läkemedel och uppföljning av effekt",
         "Läkare och sjuksköterska, BUP Sala", "Start 2024-11-04, återbesök 2024-12-02"),
        ("Föräldrastödsprogrammet Komet, 10 träffar",
         "Familjebehandlare, IFO Sala kommun", "2024-11-12 – 2025-01-28"),
    ]
    tbl = doc.add_table(rows=len(rows), cols=3)
    tbl.style = "Table Grid"
    widths = [Cm(2.9), Cm(2.7), Cm(2.6)]
    set_col_widths(tbl, widths)
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = tbl.cell(i, j)
            c.width = widths[j]
            c.text = ""
            para = c.paragraphs[0]
            run = para.add_run(val)
            run.font.size = Pt(8)
            if i == 0:
                run.bold = True
                shade(c, "D9E2F3")
    repeat_header(tbl.rows[0])

    head("Övrigt")
    body("Minnesanteckningar förda av Karin. Planen skickas hem till mamma med posten.")
    save_docx(doc, path(2, "docx"))


# -------------------------------------------- 03 web survey export (.txt)
def wrap(text, width=76, indent=""):
    out = []
    for para in text.split("\n"):
        if not para:
            out.append("")
            continue
        out.extend(textwrap.wrap(para, width=width, initial_indent=indent,
                                 subsequent_indent=indent + "      "))
    return "\n".join(out)


def make_03():
    qa = [
        ("Personens initialer och ålder", "G., 84 år"),
        ("Datum för SIP-mötet", "2024-11-05"),
        ("Syfte med SIP-mötet", "Samordning."),
        ("Frågeställningar inför mötet", None),
        ("Personens egna mål (gärna med personens egna ord)", None),
        ("Hur har personen varit delaktig? Finns personens synpunkter med?", None),
        ("Samtycke – hur och när har samtycke lämnats?",
         "Skriftligt samtycke på kommunens blankett, undertecknat av G. 2024-11-04 vid "
         "hembesöket. Blanketten är inskannad i Treserva."),
        ("Planerade insatser",
         "Fortsatt stöd i hemmet. Träning vid behov. Fortsatt kontakt kring läkemedel och "
         "såret."),
        ("Vem ansvarar för respektive insats och när ska den genomföras?", None),
        ("Vem har huvudansvar för planen?", "Hemtjänst Kungsör norra"),
        ("Andra aktörers insatser (närstående, god man, FK, AF m.fl.)",
         "Inga andra aktörer är aktuella. G. har inga anhöriga i närheten och ingen god man."),
        ("Datum för uppföljning", None),
        ("Mötesdeltagare (namn, funktion, verksamhet)",
         "Annika, biståndshandläggare, Äldreomsorgen Kungsörs kommun; Per, fysioterapeut, "
         "Vårdcentralen Kungsör; Helena, distriktssköterska, Vårdcentralen Kungsör; Linda, "
         "gruppledare, Hemtjänst Kungsör norra"),
        ("Övrigt", "G. skrevs ut från ortopeden, Västmanlands sjukhus Västerås, 2024-10-28 "
                   "efter operation för höftfraktur. Han bor ensam i villa med trappa till "
                   "övervåningen. Han har trygghetslarm sedan tidigare."),
    ]
    lines = [
        "Export av formulärsvar – Enkätverktyget",
        "Formulär: SIP-dokumentation – Kungsörs kommun och Vårdcentralen Kungsör",
        "Svar nr: 27",
        "Inskickat: 2024-11-06 14:12",
        "Inskickat av: Annika (biståndshandläggare)",
        "Status: Komplett",
        "=" * 72,
        "",
    ]
    n = len(qa)
    for i, (q, a) in enumerate(qa, 1):
        lines.append(wrap(f"Fråga {i} av {n}: {q}"))
        lines.append(wrap("Svar: " + (a if a else "(inget svar)")))
        lines.append("")
    lines.append("=" * 72)
    lines.append("Exporterad 2024-11-06 14:20 · Antal besvarade frågor: 9 av 14")
    with open(path(3, "txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# --------------------------------------------- 04 Notion-like Markdown export
MD_04 = """# SIP – A. (16 år)

Status: Pågående
Ansvarig: Socialsekreterare Sara
Mötesdatum: 2025-01-14
Skapad: 2025-01-14 15:02
Senast ändrad: 2025-01-20 08:37
Taggar: SIP, Ungdom, Västerås

> 💡 **Bakgrund**
> A. går första året på gymnasiet (el- och energiprogrammet) i Västerås. Frånvaron har
> ökat under hösten och var 42 % i december. Skolan gjorde en orosanmälan 2024-12-02 efter
> att A. kommit påverkad till skolan. A. har haft kontakt med Mini-Maria sedan december och
> lämnat två positiva urinprov (cannabis). Bor med mamma, pappa bor i Eskilstuna.

> ⚠️ **Obs**
> Sidan innehåller sekretessuppgifter. Dela inte länken utanför arbetsgruppen.

## Mål

A. ska sluta använda cannabis och ha minst 80 % närvaro i skolan till sommaren.

## Frågor till mötet

- ▸ Hur fördelar vi drogtesterna mellan Mini-Maria och soc så att A. inte lämnar prov två gånger i veckan?
    - Diskuterades, inget beslut idag.
- ▸ Kan skolan erbjuda anpassad studiegång under våren?
    - Skolan återkommer efter samråd med rektor.
- ▸ Anteckningar från mötet
    - Mötet hölls på Mini-Maria. Skolan deltog via Teams.

## Insatser

| Insats | Vem | Status |
|---|---|---|
| Fortsatt kontakt | Mini-Maria Västerås | ⏳ Pågår |
| Stöd i skolan vid behov | Elevhälsan, gymnasiet | ⏳ Pågår |
| Stöd till familjen | Ungdomsenheten, IFO Västerås | ✅ Startad |
| Samtal vid behov | Mini-Maria Västerås | ⏳ Pågår |

> 📌 Pappa är viktig för A. och bör involveras mer framöver.

## Deltagare

- Socialsekreterare
- Skolkurator
- Behandlare
- Mentor

## Uppföljning

📅 Nästa uppföljning: 2025-03-18 kl. 14.00 på Mini-Maria Västerås.
"""


def make_04():
    with open(path(4, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(MD_04)


# ------------------------------ 05 Word, adult substance use, numbered list
def add_page_field(par):
    r = par.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " PAGE "
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "end")
    r._r.append(f1); r._r.append(it); r._r.append(f2)


def make_05():
    doc = Document()
    fix_core(doc, "SIP R.", "Vuxenenheten IFO Fagersta")
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.3)
    hp = sec.header.paragraphs[0]
    hp.text = "Fagersta kommun – Socialtjänsten, Vuxenenheten\t\tSekretess enligt OSL 26 kap. 1 §"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.add_run("Sida ").font.size = Pt(8)
    add_page_field(fp)

    doc.add_heading("Samordnad individuell plan (SIP)", level=1)
    for lab, val in [("Namn: ", "R."), ("Personnummer: ", "ÅÅMMDD-XXXX"),
                     ("Datum för mötet: ", "2024-09-17"),
                     ("Plats: ", "Beroendemottagningen Fagersta")]:
        label_para(doc, lab, val)

    doc.add_heading("Syfte", level=2)
    doc.add_paragraph("Att få en gemensam bild.")

    doc.add_heading("Bakgrund", level=2)
    doc.add_paragraph(
        "R. är 52 år och har ett långvarigt alkoholberoende. Han vårdades på Västmanlands sjukhus "
        "Västerås för abstinens 2024-08-29 – 2024-09-03, tredje inläggningen i år. Han förlorade "
        "sitt arbete som lagerarbetare i våras och har ingen inkomst sedan juli, körkortet är "
        "återkallat sedan 2023 och hyran för augusti och september är obetald. R. bor ensam i "
        "hyreslägenhet i Fagersta och har en syster i Norberg som han har regelbunden kontakt med.")

    doc.add_heading("Frågeställningar", level=2)
    doc.add_paragraph("Diskutera läget och fortsatt planering.")

    doc.add_heading("R:s egna mål", level=2)
    p = doc.add_paragraph()
    r = p.add_run("”Jag vill vara nykter, få tillbaka körkortet och kunna jobba igen. "
                  "Jag vill inte bli inlagd en gång till.”")
    r.italic = True

    doc.add_heading("R:s delaktighet", level=2)
    doc.add_paragraph(
        "R. var med under hela mötet. Han vill ha sin behandling i Fagersta och inte åka till "
        "Västerås, och han föredrar gruppbehandling framför enskilda samtal eftersom han "
        "”behöver träffa folk”. Han vill att hans syster ska få veta vad som planeras.")

    doc.add_heading("Insatser", level=2)
    items = [
        ("Läkemedelsbehandling mot återfall (naltrexon) och provtagning av PEth var fjärde vecka.",
         "Läkare och sjuksköterska, Beroendemottagningen Fagersta, Region Västmanland",
         "Start 2024-09-23, prover var fjärde vecka t.o.m. mars 2025"),
        ("Återfallsprevention i grupp, 12 träffar.",
         "Behandlare, Öppenvården Missbruksenheten, Fagersta kommun",
         "Onsdagar kl. 13–15 från 2024-10-02"),
        ("Utredning av rätten till försörjningsstöd för september och oktober samt kontakt med "
         "hyresvärden om hyresskulden.",
         "Socialsekreterare, Vuxenenheten IFO Fagersta",
         "Beslut senast 2024-10-01"),
        ("Uppföljning av levervärden och blodtryck.",
         "Regionen",
         "November 2024"),
        ("Kartläggning och planering inför arbetsträning.",
         "Handläggare, Arbetsförmedlingen (kontor Fagersta/Avesta)",
         "Första möte 2024-10-08"),
        ("Ansöka om sjukpenning hos Försäkringskassan och skicka in läkarintyget.",
         "R. själv, med stöd av socialsekreteraren vid behov",
         "Senast 2024-09-30"),
    ]
    for ins, ans, tid in items:
        p = doc.add_paragraph(ins, style="List Number")
        p.paragraph_format.space_before = Pt(6)
        p.paragraph_format.space_after = Pt(0)
        for lab, val in (("Ansvar: ", ans), ("Tid: ", tid)):
            sp = doc.add_paragraph()
            sp.paragraph_format.left_indent = Cm(1.27)
            sp.paragraph_format.space_after = Pt(0)
            rl = sp.add_run(lab)
            rl.italic = True
            sp.add_run(val)

    doc.add_heading("Huvudansvar för planen", level=2)
    doc.add_paragraph("Socialtjänsten Fagersta har huvudansvaret för att planen hålls ihop.")

    doc.add_heading("Uppföljning", level=2)
    doc.add_paragraph("Planen följs upp om tre månader.")

    doc.add_paragraph()
    doc.add_paragraph("Planen skrevs ut i mötet och R. fick med sig en kopia.")
    save_docx(doc, path(5, "docx"))


# ------------------- 06 follow-up plan, struck-through measures, via LibreOffice
def make_06(tmpdir):
    doc = Document()
    fix_core(doc, "Uppföljning SIP L.", "Vuxenpsykiatrin Arboga")
    doc.styles["Normal"].font.name = "Liberation Serif"
    doc.styles["Normal"].font.size = Pt(11)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Region Västmanland · Vuxenpsykiatrin Arboga  |  Arboga kommun · Socialpsykiatrin"
    hp.runs[0].font.size = Pt(8)

    t = doc.add_paragraph()
    r = t.add_run("Uppföljning av samordnad individuell plan (SIP)")
    r.bold = True
    r.font.size = Pt(15)

    info = [
        ("Person", "L., kvinna 34 år"),
        ("Personnummer", "ÅÅMMDD-XXXX"),
        ("Typ av möte", "Uppföljning nr 1"),
        ("Datum för uppföljningen", "2024-11-20, Vuxenpsykiatrin Arboga"),
        ("Planen upprättades", "2024-08-28"),
        ("Syfte", "Se tidigare plan"),
        ("Huvudansvarig", ""),
        ("Deltagare", ""),
    ]
    tbl = doc.add_table(rows=len(info), cols=2)
    tbl.style = "Table Grid"
    set_col_widths(tbl, [Cm(5), Cm(11.6)])
    for i, (k, v) in enumerate(info):
        a, b = tbl.cell(i, 0), tbl.cell(i, 1)
        a.width, b.width = Cm(5), Cm(11.6)
        a.text = ""
        ra = a.paragraphs[0].add_run(k)
        ra.bold = True
        ra.font.size = Pt(10)
        shade(a, "EDEDED")
        b.text = ""
        rb = b.paragraphs[0].add_run(v)
        rb.font.size = Pt(10)

    def head(text):
        p = doc.add_paragraph()
        rr = p.add_run(text)
        rr.bold = True
        rr.font.size = Pt(12)
        p.paragraph_format.space_before = Pt(12)
        p.paragraph_format.space_after = Pt(3)

    head("Frågeställningar inför uppföljningen")
    doc.add_paragraph(
        "Behöver boendestödet utökas under december och jul, när L. är mer ensam? "
        "Ska KBT-behandlingen starta nu, trots att L. fortfarande har svårt att ta sig hemifrån, "
        "eller ska samtalen först ske i hemmet?")

    head("L:s deltagande")
    doc.add_paragraph(
        "L. kunde inte delta i dag på grund av försämrat mående. Hon meddelade boendestödjaren "
        "i går kväll att hon inte orkade komma.")

    head("Samtycke")
    doc.add_paragraph("Samtycke finns sedan tidigare.")

    head("Insatser")
    note = doc.add_paragraph()
    nr = note.add_run("Genomförda insatser är överstrukna. Nya insatser från dagens möte är markerade NY.")
    nr.italic = True
    nr.font.size = Pt(9)

    done = [
        ("Utskrivningsplanering och överföring till öppenvården. Ansvar: sjuksköterska, "
         "Vuxenpsykiatrin heldygnsvård Västerås. Tid: 2024-08-28.", "klart 2024-08-28"),
        ("Läkarbesök för läkemedelsjustering inom två veckor efter utskrivning. Ansvar: läkare, "
         "Vuxenpsykiatrin Arboga. Tid: senast 2024-09-06.", "klart 2024-09-05"),
        ("Bedömning av sömnproblem och blodprover. Ansvar: distriktssköterska, Vårdcentralen "
         "Arboga. Tid: oktober 2024.", "klart 2024-10-10"),
    ]
    ongoing = [
        "Boendestöd tre gånger per vecka (måndag, onsdag, fredag förmiddag). Ansvar: "
        "boendestödjare, Socialpsykiatrin Arboga kommun. Tid: 2024-09-02 – 2025-02-28.",
        "Stödsamtal var annan vecka. Ansvar: sjuksköterska, Vuxenpsykiatrin Arboga. "
        "Tid: 2024-09-12 – 2025-02-28.",
    ]
    for text, status in done:
        p = doc.add_paragraph(style="List Bullet")
        rs = p.add_run(text)
        rs.font.strike = True
        p.add_run(f"  ({status})").italic = True
    for text in ongoing:
        doc.add_paragraph(text, style="List Bullet")

    new = [
        "Läkemedelsgenomgång och ställningstagande till dosökning. Ansvar: läkare, "
        "Vuxenpsykiatrin Arboga. Tid: 2024-12-10.",
        "KBT för depression, 12 sessioner, de tre första i hemmet. Ansvar: psykolog, "
        "Vuxenpsykiatrin Arboga. Tid: start 2024-12-03.",
        "Utökat boendestöd under helgerna 2024-12-21 – 2025-01-06, även lördagar. Ansvar: "
        "enhetschef och boendestödjare, Socialpsykiatrin Arboga kommun. Tid: beslut 2024-12-02.",
        "Sysselsättning på träfflokalen Kompassen två förmiddagar per vecka. Ansvar: "
        "handledare, Daglig sysselsättning, Socialpsykiatrin Arboga kommun. Tid: från 2025-01-08.",
    ]
    for text in new:
        p = doc.add_paragraph(style="List Bullet")
        rn = p.add_run("NY: ")
        rn.bold = True
        p.add_run(text)

    head("Nästa uppföljning")
    doc.add_paragraph("2025-02-12 kl. 13.00 på Vuxenpsykiatrin Arboga. Kallelse skickas per brev till L.")

    docx_path = os.path.join(tmpdir, f"{PREFIX}06.docx")
    save_docx(doc, docx_path)
    lo_convert(docx_path, OUT)


# ------------------------------------------ 07 child-friendly plan, 12-year-old
def speech_bubble(doc, quote, fill="FFF2CC"):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    c = t.cell(0, 0)
    c.width = Cm(13)
    shade(c, fill)
    c.text = ""
    p = c.paragraphs[0]
    p.paragraph_format.space_before = Pt(4)
    p.paragraph_format.space_after = Pt(4)
    r = p.add_run(quote)
    r.font.size = Pt(13)
    r.italic = True
    doc.add_paragraph().paragraph_format.space_after = Pt(0)


def make_07():
    doc = Document()
    fix_core(doc, "Min plan – Ella", "Elevhälsan Hallstahammar")
    doc.styles["Normal"].font.name = "Verdana"
    doc.styles["Normal"].font.size = Pt(11)
    for lvl, size, color in ((1, 24, "1F4E79"), (2, 17, "2E75B6")):
        hs = doc.styles[f"Heading {lvl}"]
        hs.font.size = Pt(size)
        hs.font.name = "Verdana"
        hs.font.color.rgb = RGBColor.from_string(color)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Hallstahammars kommun · Parkskolan · BUP Västerås · Socialtjänsten Hallstahammar"
    hp.runs[0].font.size = Pt(8)

    doc.add_heading("⭐ Min plan – Ella, 12 år", level=1)
    p = doc.add_paragraph("Samordnad individuell plan (SIP). Vi träffades 2024-10-08 på Parkskolan.")
    p.runs[0].font.size = Pt(10)

    doc.add_heading("🧭 Därför har vi en plan", level=2)
    doc.add_paragraph(
        "Du har varit hemma från skolan nästan hela september för att oron och magvärken blir för "
        "stark på morgnarna. Den här planen finns för att alla som hjälper dig – skolan, BUP och "
        "socialtjänsten – ska jobba åt samma håll, så att du kan börja gå till skolan igen i din "
        "egen takt och få hjälp med oron.")

    doc.add_heading("💬 Det här sa du på mötet", level=2)
    doc.add_paragraph("Du och mamma var med på hela mötet. Du berättade själv hur morgnarna är:")
    speech_bubble(doc, "– Jag vill kunna gå till skolan utan att ha ont i magen varje morgon.")
    speech_bubble(doc, "– Jag vill inte att alla i klassen frågar var jag har varit. "
                       "Jag vill börja med bild och idrott, inte matte.")
    speech_bubble(doc, "– Jag vill träffa Moa på rasterna igen.")

    doc.add_heading("✅ Får vi prata med varandra om dig?", level=2)
    doc.add_paragraph(
        "– Ja, sa du och mamma på mötet 2024-10-08. Mamma skrev också under samtyckesblanketten "
        "samma dag. Det betyder att skolan, BUP och socialtjänsten får berätta för varandra det "
        "som behövs för planen.")

    doc.add_heading("🤝 Vem gör vad – och när?", level=2)
    rows = [
        ("Vem", "Gör vad", "När"),
        ("Kuratorn på Parkskolan", "Träffar dig varje måndag och gör en plan för veckan "
         "tillsammans med dig.", "Måndagar kl. 9.00 från 2024-10-14"),
        ("Mentorn i 6B, Parkskolan", "Gör ett schema där du börjar med bild och idrott och sedan "
         "lägger till fler lektioner. Berättar för klassen det du själv vill.",
         "Från 2024-10-14, fler lektioner från 2024-11-04"),
        ("Behandlaren på BUP Västerås", "KBT-samtal om oron och magvärken, ibland med mamma.",
         "Varannan torsdag från 2024-10-17"),
        ("Familjebehandlaren på socialtjänsten Hallstahammar", "Kommer hem till er och hjälper "
         "dig och mamma att få morgnarna att fungera.", "Tisdagar kl. 7.15 från 2024-10-22"),
    ]
    tbl = doc.add_table(rows=len(rows), cols=3)
    tbl.style = "Table Grid"
    widths = [Cm(4.5), Cm(7.5), Cm(4.6)]
    set_col_widths(tbl, widths)
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = tbl.cell(i, j)
            c.width = widths[j]
            c.text = ""
            rr = c.paragraphs[0].add_run(val)
            rr.font.size = Pt(10.5 if i else 12)
            if i == 0:
                rr.bold = True
                shade(c, "BDD7EE")
    repeat_header(tbl.rows[0])

    doc.add_paragraph()
    doc.add_heading("👨‍👩‍👧 Din familj", level=2)
    doc.add_paragraph("Mamma och pappa hjälper också till, och mormor är viktig för dig.")

    doc.add_heading("🧑‍🏫 Den som håller ihop planen", level=2)
    doc.add_paragraph("Kuratorn på Parkskolan, Hallstahammars kommun. Du kan alltid fråga kuratorn om något i planen är oklart.")

    doc.add_heading("📅 Nästa gång vi ses", level=2)
    doc.add_paragraph("Vi ses igen efter jullovet och pratar om hur det har gått.")

    doc.add_heading("👥 Med på mötet", level=2)
    doc.add_paragraph("Du, mamma, Lena, Omar, Sara och Jonas.")
    save_docx(doc, path(7, "docx"))


# ---------------------------------------------- 08 consent form (not a plan)
def make_08():
    doc = Document()
    fix_core(doc, "Samtycke SIP", "Socialtjänsten Surahammar")
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.3)
    hp = sec.header.paragraphs[0]
    hp.text = "Surahammars kommun · Region Västmanland\t\tBlankett SIP 2 (rev. 2023)"
    hp.runs[0].font.size = Pt(8)

    t = doc.add_paragraph()
    r = t.add_run("Samtycke till samordnad individuell plan (SIP)")
    r.bold = True
    r.font.size = Pt(15)

    doc.add_paragraph(
        "En samordnad individuell plan (SIP) upprättas när du behöver insatser från både "
        "kommunen och regionen. För att verksamheterna ska kunna planera tillsammans behöver de "
        "lämna uppgifter om dig till varandra. Det kräver ditt samtycke. Samtycket gäller de "
        "verksamheter du har kryssat för nedan och för den tid som anges. Du kan när som helst "
        "ta tillbaka ditt samtycke, helt eller delvis.")

    tbl = doc.add_table(rows=3, cols=2)
    tbl.style = "Table Grid"
    data = [("Namn (initialer)", "J.K."), ("Personnummer", "ÅÅMMDD-XXXX"),
            ("Samtycket gäller till och med", "2025-05-31")]
    for i, (k, v) in enumerate(data):
        a, b = tbl.cell(i, 0), tbl.cell(i, 1)
        a.text = ""
        a.paragraphs[0].add_run(k).bold = True
        shade(a, "EEEEEE")
        b.text = v

    bold_para(doc, "Jag samtycker till att följande verksamheter får lämna och ta emot uppgifter "
                   "om mig inför och vid SIP-möten:", space_before=10)
    units = [
        (True, "Socialtjänsten Surahammar, Individ- och familjeomsorgen, vuxenenheten"),
        (True, "Socialpsykiatrin Surahammar, boendestöd"),
        (True, "Vuxenpsykiatrin Västerås, psykosmottagningen"),
        (True, "Vårdcentralen Surahammar"),
        (False, "Beroendemottagningen Västerås"),
        (True, "Arbetsförmedlingen"),
        (False, "Försäkringskassan"),
        (False, "Annan: ……………………………………"),
    ]
    for on, name in units:
        p = doc.add_paragraph(("☒ " if on else "☐ ") + name)
        p.paragraph_format.left_indent = Cm(0.5)
        p.paragraph_format.space_after = Pt(1)

    bold_para(doc, "Jag vill att följande närstående bjuds in till mötet:", space_before=10)
    doc.add_paragraph("☒ Ja:  Min mamma    ☐ Nej")

    bold_para(doc, "Samtycket har lämnats", space_before=10)
    doc.add_paragraph("☒ Skriftligt på denna blankett    ☐ Muntligt, dokumenterat i journal")

    doc.add_paragraph()
    doc.add_paragraph("Ort och datum:  Surahammar 2025-02-04")
    doc.add_paragraph()
    doc.add_paragraph("______________________________________        ______________________________________")
    doc.add_paragraph("Underskrift                                                              Namnförtydligande:  J.K.")
    doc.add_paragraph()
    doc.add_paragraph("______________________________________")
    doc.add_paragraph("Mottaget av (personal, funktion och verksamhet): socialsekreterare, vuxenenheten IFO Surahammar")

    p = doc.add_paragraph()
    r = p.add_run("Blanketten förvaras i personakten hos den verksamhet som kallar till SIP-mötet. "
                  "Kopia lämnas till den enskilde.")
    r.italic = True
    r.font.size = Pt(8.5)
    save_docx(doc, path(8, "docx"))


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.startswith(PREFIX):
            os.remove(os.path.join(OUT, f))
    make_01()
    make_02()
    make_03()
    make_04()
    make_05()
    with tempfile.TemporaryDirectory() as tmp:
        make_06(tmp)
    make_07()
    make_08()
    print("\n".join(sorted(os.listdir(OUT))))


if __name__ == "__main__":
    main()
