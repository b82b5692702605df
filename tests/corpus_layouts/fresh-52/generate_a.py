#!/usr/bin/env python3
"""Generate the f52a- batch of fictional, anonymized SIP test documents.

Run with /work/batches/.venv/bin/python generate.py
Deterministic: fixed dates, no randomness; .docx zip entries get a fixed
timestamp. The LibreOffice PDF (f52a-06) carries LibreOffice's own creation
date in its metadata, the visible content is identical on every run.
"""
import datetime
import io
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
from fpdf.enums import MethodReturnValue

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
BUILD = os.path.join(HERE, "build")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_I = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"
FIXED_DT = datetime.datetime(2025, 3, 5, 14, 12, 0, tzinfo=datetime.timezone.utc)


# ---------------------------------------------------------------- helpers
def save_docx(doc, path, created):
    """Save a python-docx Document with fixed metadata and zip timestamps."""
    cp = doc.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.created = created
    cp.modified = created
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


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


def cell_text(cell, text, bold=False, italic=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    return p


def base_doc(font="Calibri", size=11):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    sec = doc.sections[0]
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(2.0)
    sec.bottom_margin = Cm(2.0)
    return doc


def add_page_field(paragraph):
    """Insert a PAGE field into a paragraph."""
    run = paragraph.add_run()
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = "PAGE"
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1)
    run._r.append(it)
    run._r.append(f2)


# ============================================================ 01 PDF cards
class CardPDF(FPDF):
    TOOL = "SIP-stöd Region Örebro län"
    PRINTED = "Utskrivet 2025-03-05 14:12"

    def header(self):
        self.set_font("DV", "B", 10)
        self.set_text_color(20, 70, 110)
        self.cell(0, 6, self.TOOL + "  ·  Samordnad individuell plan", new_x="LMARGIN", new_y="TOP")
        self.set_font("DV", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 6, self.PRINTED, align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(20, 70, 110)
        self.set_line_width(0.4)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.set_line_width(0.2)
        self.ln(5)

    def footer(self):
        self.set_y(-13)
        self.set_font("DV", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 6, f"Sida {self.page_no()} av {{nb}}", align="C")


CARD_COLORS = [(0, 122, 135), (214, 118, 0), (76, 110, 180), (120, 160, 40),
               (170, 60, 110), (90, 90, 90)]


def card_blocks_height(pdf, blocks, w):
    h = 0
    for kind, txt in blocks:
        if kind == "gap":
            h += 2
            continue
        style = "B" if kind == "bold" else ("I" if kind == "italic" else "")
        pdf.set_font("DV", style, 9.5)
        lines = pdf.multi_cell(w, 5, txt, dry_run=True, output=MethodReturnValue.LINES)
        h += 5 * max(1, len(lines))
    return h


def draw_card(pdf, idx, label, blocks):
    x0 = pdf.l_margin
    wfull = pdf.w - pdf.l_margin - pdf.r_margin
    pad = 4
    wtext = wfull - 3 - 2 * pad
    body_h = card_blocks_height(pdf, blocks, wtext) if blocks else 8
    h = 4 + 6 + body_h + 4
    if pdf.get_y() + h > pdf.page_break_trigger:
        pdf.add_page()
    y0 = pdf.get_y()
    col = CARD_COLORS[(idx - 1) % len(CARD_COLORS)]
    pdf.set_fill_color(247, 248, 250)
    pdf.set_draw_color(215, 218, 224)
    pdf.rect(x0, y0, wfull, h, style="DF")
    pdf.set_fill_color(*col)
    pdf.rect(x0, y0, 3, h, style="F")
    pdf.set_xy(x0 + 3 + pad, y0 + 4)
    pdf.set_font("DV", "B", 10.5)
    pdf.set_text_color(*col)
    pdf.cell(wtext, 6, f"{idx}  {label}", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(30, 30, 30)
    y = y0 + 10
    for kind, txt in blocks:
        if kind == "gap":
            y += 2
            continue
        style = "B" if kind == "bold" else ("I" if kind == "italic" else "")
        pdf.set_font("DV", style, 9.5)
        pdf.set_xy(x0 + 3 + pad, y)
        pdf.multi_cell(wtext, 5, txt, new_x="LMARGIN", new_y="NEXT")
        y = pdf.get_y()
    pdf.set_y(y0 + h + 4)


def make_01():
    pdf = CardPDF(format="A4")
    pdf.set_creation_date(FIXED_DT)
    pdf.set_title("SIP R. 2025-03-04")
    pdf.set_margins(15, 12, 15)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("DV", "", FONT)
    pdf.add_font("DV", "B", FONT_B)
    pdf.add_font("DV", "I", FONT_I)
    pdf.add_page()

    # person block
    pdf.set_font("DV", "B", 14)
    pdf.set_text_color(20, 20, 20)
    pdf.cell(0, 8, "Samordnad individuell plan (SIP)", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    info = [("Person", "R."), ("Personnummer", "XXXXXX-XXXX"), ("Hemkommun", "Karlskoga"),
            ("Mötesdatum", "2025-03-04"), ("Mötesplats", "Psykosmottagningen Karlskoga"),
            ("Planstatus", "Fastställd, version 2")]
    pdf.set_draw_color(215, 218, 224)
    cws = [48, 76, 56]
    for i, (k, v) in enumerate(info):
        colw = cws[i % 3]
        x = 15 + sum(cws[: i % 3])
        y = pdf.get_y()
        pdf.set_xy(x, y)
        pdf.set_font("DV", "", 7.5)
        pdf.set_text_color(100, 100, 100)
        pdf.cell(colw, 4, k.upper())
        pdf.set_xy(x, y + 4)
        pdf.set_font("DV", "B", 9.5)
        pdf.set_text_color(20, 20, 20)
        pdf.cell(colw, 5, v)
        pdf.set_xy(15, y)
        if i % 3 == 2:
            pdf.set_y(y + 11)
    pdf.ln(2)

    cards = [
        ("Syfte", [("text",
          "Syftet med SIP är att psykiatrin, socialtjänsten och R:s gode man ska samordna "
          "sina insatser så att R. kan bo kvar i sin lägenhet i Karlskoga, få ordning på "
          "skulderna och slippa en ny inläggning på psykiatrisk avdelning.")]),
        ("Frågeställningar", []),
        ("Bakgrund och nuläge", [("text",
          "R. är 34 år och bor ensam i hyreslägenhet. Han har diagnosen paranoid schizofreni "
          "sedan 2016 och har vårdats inneliggande på Psykiatriska kliniken, Universitets"
          "sjukhuset Örebro, två gånger, senast 2024-11-02 – 2024-11-29. Efter utskrivningen "
          "har han tagit sin depåinjektion men tackat nej till boendestöd. Han har skulder "
          "på ca 180 000 kr, bl.a. obetalda hyror och sms-lån, och ärenden hos Kronofogden. "
          "Hyresvärden har skickat en varning om uppsägning i januari. R. har sjukersättning "
          "och god man sedan 2023. Han sover dåligt, isolerar sig och öppnar inte posten.")]),
        ("Den enskildes mål", [("italic",
          "”Jag vill bo kvar i min lägenhet och slippa ha Kronofogden efter mig. Och till "
          "sommaren vill jag orka gå till träffpunkten två dagar i veckan.”")]),
        ("Delaktighet och den enskildes synpunkter", [("text",
          "R. deltog under hela mötet och hade med sig sin gode man. Han tycker att det är för "
          "många som ringer honom och vill att tider i första hand skickas som sms. Han vill "
          "inte ha besök före kl. 10. R. säger ja till boendestöd nu, om det är samma person "
          "som kommer varje gång.")]),
        ("Samtycke", [("text", "Samtycke finns.")]),
        ("Insatser", [
            ("bold", "Depåinjektion var tredje vecka, läkarbesök var tredje månad"),
            ("text", "Ansvarig: Psykosmottagningen Karlskoga, sjuksköterska och läkare\n"
                     "Tidpunkt: Pågående, nästa injektion 2025-03-11"),
            ("gap", ""),
            ("bold", "Boendestöd två gånger i veckan (struktur i vardagen, post, tvätt, inköp)"),
            ("text", "Ansvarig: Socialpsykiatrin Karlskoga kommun, boendestödjare\n"
                     "Tidpunkt: Start 2025-03-17"),
            ("gap", ""),
            ("bold", "Genomgång av skulder och underlag till ansökan om skuldsanering"),
            ("text", "Ansvarig: Budget- och skuldrådgivningen, Karlskoga kommun\n"
                     "Tidpunkt: –"),
            ("gap", ""),
            ("bold", "Kontakt med hyresvärden om avbetalningsplan för hyresskulden"),
            ("text", "Ansvarig: Socialsekreterare, Vuxenenheten IFO Karlskoga\n"
                     "Tidpunkt: Senast 2025-03-14"),
            ("gap", ""),
            ("bold", "Utredning av bistånd till sysselsättning (träffpunkt)"),
            ("text", "Ansvarig: Biståndshandläggare, Vuxenenheten IFO Karlskoga\n"
                     "Tidpunkt: Beslut senast 2025-04-04"),
        ]),
        ("Andra aktörers insatser", [("text",
          "R. har god man. Försäkringskassan och hyresvärden är kända i ärendet.")]),
        ("Huvudansvar för planen", [("text",
          "Anna, kurator, Psykosmottagningen Karlskoga, Region Örebro län")]),
        ("Uppföljning", [("text",
          "Planen följs upp vecka 22. Kallelse skickas av den som har huvudansvaret.")]),
        ("Deltagare", [("text", "R., Linnea, Anna, Johan, Sara, Mikael")]),
    ]
    for i, (label, blocks) in enumerate(cards, start=1):
        draw_card(pdf, i, label, blocks)
    pdf.set_font("DV", "", 8)
    pdf.set_text_color(100, 100, 100)
    pdf.cell(0, 5, "Senast ändrad 2025-03-05 av Anna. Planen är låst för redigering.",
             new_x="LMARGIN", new_y="NEXT")
    pdf.output(os.path.join(OUT, "f52a-01.pdf"))


# ============================================================ 02 DOCX self-harm
def make_02():
    doc = base_doc("Calibri", 11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Borås Stad  |  Västra Götalandsregionen\tSamordnad individuell plan"
    hp.runs[0].font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.text = "SIP Wilma 2025-01-20 – sida "
    add_page_field(fp)
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    doc.add_heading("Samordnad individuell plan (SIP)", level=1)

    t = doc.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    vals = [("Namn", "Wilma, 15 år"), ("Personnummer", "ÅÅMMDD-XXXX"),
            ("Datum för möte", "2025-01-20"), ("Plats", "BUP Borås, konferensrummet")]
    for i, (k, v) in enumerate(vals):
        r, c = divmod(i, 2)
        cell_text(t.cell(r, c * 2), k, bold=True, size=10)
        set_cell_shading(t.cell(r, c * 2), "E7EEF6")
        cell_text(t.cell(r, c * 2 + 1), v, size=10)

    def h(txt):
        doc.add_heading(txt, level=2)

    h("Syfte med planen")
    doc.add_paragraph(
        "Syftet är att BUP, skolan och socialtjänsten tillsammans med Wilma och hennes "
        "föräldrar gör en gemensam plan så att Wilma får hjälp att sluta skada sig själv och "
        "kan komma tillbaka till skolan under vårterminen i årskurs 9.")

    h("Bakgrund")
    doc.add_paragraph(
        "Wilma går i årskurs 9 på Norrbyskolan. Hon har skurit sig på armarna sedan våren 2024 "
        "och har haft kontakt med BUP Borås sedan oktober 2024. I december sökte hon akut på "
        "BUP-akuten efter att ha skurit sig djupt och fick sys. Frånvaron i skolan var drygt "
        "60 % under höstterminen och hon saknar betyg i flera ämnen. Wilma beskriver ångest "
        "framför allt på kvällar och söndagar. Hon sover dåligt och har slutat träna fotboll. "
        "Föräldrarna är separerade men samarbetar kring Wilma, som bor växelvis.")

    h("Frågeställningar")
    doc.add_paragraph("Gå igenom hur det går.")

    h("Wilmas mål")
    for q in ["”Jag vill klara att vara i skolan hela dagar igen och få godkänt i svenska och engelska.”",
              "”Jag vill hitta andra sätt att få bort ångesten än att skära mig.”",
              "”Jag vill börja träna igen, kanske till sommaren.”"]:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.8)
        r = p.add_run(q)
        r.italic = True

    h("Wilmas synpunkter och delaktighet")
    doc.add_paragraph(
        "Wilma var med på hela mötet tillsammans med mamma och pappa. Hon ville själv "
        "berätta om skolan men bad att behandlaren skulle berätta om självskadorna. "
        "Så här sa Wilma:")
    for q in ["”Jag vill inte att alla lärare ska veta. Det räcker att mentorn och kuratorn vet.”",
              "”Det är lättare att komma till skolan om jag får börja senare och kan gå till "
              "studierummet när det blir för mycket.”"]:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.8)
        r = p.add_run(q)
        r.italic = True

    h("Samtycke")
    doc.add_paragraph(
        "Wilma och båda vårdnadshavarna har lämnat skriftligt samtycke till SIP och till att "
        "BUP Borås, Elevhälsan på Norrbyskolan och socialtjänsten får lämna uppgifter till "
        "varandra. Blanketten ”Samtycke till samordnad individuell plan” undertecknades på "
        "mötet 2025-01-20 och finns i BUP:s journal.")

    h("Insatser")
    rows = [
        ("Individuell behandling med DBT-inspirerad färdighetsträning, 1 gång/vecka",
         "BUP Borås, behandlare (Karin)", "2025-01-27", "2025-06-13"),
        ("Krisplan vid självskada: gemensam plan för skola och hem om vad man gör och vem man ringer",
         "BUP Borås, behandlare, tillsammans med skolsköterska", "2025-01-27", "2025-02-07"),
        ("Anpassad studiegång: senare skolstart kl. 9.40, fokus på svenska, engelska och "
         "matematik, tillgång till studierummet",
         "Norrbyskolan, rektor och mentor", "2025-01-27", "2025-06-13"),
        ("Stödsamtal med skolkurator varannan vecka",
         "Elevhälsan Norrbyskolan, skolkurator", "2025-02-03", ""),
        ("Föräldrastöd, enskilda samtal med vårdnadshavarna 1 gång/månad",
         "IFO Borås Stad, Barn och familj, familjebehandlare", "2025-02-10", "2025-05-30"),
    ]
    tbl = doc.add_table(rows=1, cols=4)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, hd in enumerate(["Insats", "Utförare", "Start", "Slut"]):
        cell_text(tbl.rows[0].cells[i], hd, bold=True, size=10)
        set_cell_shading(tbl.rows[0].cells[i], "D9E2F3")
    mark_header_row(tbl.rows[0])
    for r in rows:
        cells = tbl.add_row().cells
        for i, v in enumerate(r):
            cell_text(cells[i], v, size=10)
    widths = [Cm(7.4), Cm(5.4), Cm(2.2), Cm(2.2)]
    for row in tbl.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w

    h("Huvudansvar för planen")
    doc.add_paragraph("BUP Borås")

    h("Uppföljning")
    doc.add_paragraph("Planen följs upp i maj, innan sommarlovet. Tid bokas senare.")

    h("Deltagare")
    for d in ["Wilma", "Sofia, mamma (vårdnadshavare)", "Daniel, pappa (vårdnadshavare)",
              "Karin, psykolog/behandlare, BUP Borås",
              "Ahmed, skolkurator, Elevhälsan Norrbyskolan",
              "Lena, mentor, Norrbyskolan",
              "Maja, socialsekreterare, Barn och familj, IFO Borås Stad"]:
        doc.add_paragraph(d, style="List Bullet")

    save_docx(doc, os.path.join(OUT, "f52a-02.docx"),
              datetime.datetime(2025, 1, 20, 15, 0, 0))


# ============================================================ 03 TXT CRLF export
def make_03():
    W = 76
    L = []

    def heading(t):
        L.append("")
        L.append(t)
        L.append("-" * max(5, len(t)))

    def val(t):
        if t == "":
            L.append("")
            return
        for para in t.split("\n"):
            L.extend(textwrap.wrap(para, W - 4, initial_indent="    ",
                                   subsequent_indent="    ") or [""])

    L.append("ESKILSTUNA KOMMUN - VÅRD- OCH OMSORGSFÖRVALTNINGEN")
    L.append("Utskrift från verksamhetssystem, modul Samordnad planering")
    L.append("Dokumenttyp: SIP - Samordnad individuell plan")
    L.append("Utskriven: 2025-02-07 09:41   Status: Signerad")

    heading("PERSONUPPGIFTER")
    val("Namn: G.\nPersonnummer: XXXXXX-XXXX\nÅlder: 84 år\nBoende: Egen lägenhet, Eskilstuna")

    heading("MÖTE")
    val("Datum: 2025-02-06 kl. 10.00-11.15\nPlats: Hemma hos G.\n"
        "Typ: Första SIP-möte efter utskrivning från slutenvården")

    heading("SYFTE")
    val("Syftet är att samordna hemtjänstens, hemsjukvårdens, den kommunala "
        "rehabiliteringens och vårdcentralens insatser efter G:s höftfraktur och "
        "utskrivning från Mälarsjukhuset, och att klargöra vem som ansvarar för "
        "läkemedlen och för att utreda minnessvikten.")

    heading("FRÅGESTÄLLNINGAR")
    val("")

    heading("BAKGRUND")
    val("G. är änkling sedan 2022 och bor ensam i en lägenhet på andra våningen med "
        "hiss. Han föll i hemmet 2025-01-14 och opererades för höftfraktur på "
        "ortopedkliniken, Mälarsjukhuset Eskilstuna. Utskriven till hemmet 2025-02-03 "
        "och går med rullator inomhus. Under vårdtiden noterades minnessvikt och "
        "förvirring nattetid. Tidigare hemtjänst med städ varannan vecka. G. har sju "
        "olika läkemedel och har enligt dottern glömt doser under hösten.")

    heading("DEN ENSKILDES MÅL")
    val("")

    heading("DELAKTIGHET")
    val("G. deltog på mötet, som hölls hemma hos honom. Dottern K. deltog per telefon.")

    heading("INSATSER")
    cols = [("Insats", 24), ("Ansvarig", 26), ("Start", 10), ("Slut", 10)]
    rows = [
        ("Hemtjänst morgon, lunch och kväll: dusch, påklädning, måltider",
         "Hemtjänst Eskilstuna Öster, enhetschef", "2025-02-04", "tills vidare"),
        ("Läkemedelshantering, dosett delas varje vecka",
         "Hemsjukvården Eskilstuna kommun, sjuksköterska", "2025-02-04", "tills vidare"),
        ("Gångträning och fallprevention, hembesök 2 ggr/v",
         "Kommunal rehab Eskilstuna, fysioterapeut", "2025-02-10", "2025-04-30"),
        ("Trygghetslarm installeras",
         "Biståndshandläggare, Vård- och omsorgsförvaltningen", "2025-02-07", ""),
        ("Läkemedelsgenomgång",
         "Vårdcentralen Skiftinge, läkare", "2025-02-26", ""),
        ("Basal minnesutredning",
         "Vårdcentralen Skiftinge, distriktssköterska och läkare", "2025-03-03", "2025-03-31"),
    ]

    def emit(cells):
        wrapped = [textwrap.wrap(c, w) or [""] for c, (_, w) in zip(cells, cols)]
        n = max(len(x) for x in wrapped)
        for i in range(n):
            parts = []
            for j, (_, w) in enumerate(cols):
                s = wrapped[j][i] if i < len(wrapped[j]) else ""
                parts.append(s.ljust(w))
            L.append(("    " + "  ".join(parts)).rstrip())

    emit([c for c, _ in cols])
    L.append("    " + "  ".join("-" * w for _, w in cols))
    for r in rows:
        emit(r)
        L.append("")
    if L[-1] == "":
        L.pop()

    heading("ÖVRIGA AKTÖRER")
    val("Dottern K. (närstående). Frågan om god man har väckts.")

    heading("HUVUDANSVARIG FÖR PLANEN")
    val("Marie, biståndshandläggare, Vård- och omsorgsförvaltningen, Eskilstuna kommun")

    heading("UPPFÖLJNING")
    val("Nästa SIP-möte: 2025-04-08 kl. 13.30 hemma hos G.")

    heading("DELTAGARE")
    val("G., K. (per telefon), Marie, Jessica, Amir, Eva")

    L.append("")
    L.append("Signerad av: Marie 2025-02-07")
    L.append("")
    txt = "\r\n".join(L)
    with open(os.path.join(OUT, "f52a-03.txt"), "wb") as f:
        f.write(txt.encode("utf-8"))


# ============================================================ 04 Markdown
def make_04():
    md = """# SIP – Samordnad individuell plan

**Person:** A. (19 år)  
**Date / Datum:** 2025-03-27  
**Place / Plats:** Råd och stöd, Örebro kommun  
**Version:** 1.0

---

## Purpose / Syfte

Samordning av insatser.

## Background / Bakgrund

A. bor sedan hösten 2024 i en lägenhet i andra hand i Örebro. Han har rökt cannabis
dagligen sedan 16-årsåldern och har periodvis även använt tramadol. ADHD-diagnos
ställdes på BUP 2019. Medicineringen (metylfenidat) avslutades i samband med att han
fyllde 18 och skulle remitteras till vuxenpsykiatrin, och remissen kom aldrig fram.
Han hoppade av gymnasiet (fordonsprogrammet) i årskurs 2 och har inte haft någon
sysselsättning sedan dess. Soc har en pågående utredning enligt SoL sedan januari 2025.

## Questions / Frågeställningar

- Kan A. börja med ADHD-medicin igen samtidigt som han behandlas för cannabisbruket, och
  vem gör den bedömningen?
- Hur lägger vi upp provtagningen så att A. inte behöver åka till två olika ställen?
- Vem ska A. vända sig till när han har frågor om planen?

## Goals / Den enskildes mål

> ”Jag vill sluta röka på och få ett riktigt jobb, typ på lager. Och jag vill ha en egen
> lägenhet med eget kontrakt innan jag fyller 21.”

## Participation / Delaktighet

A. var med under hela mötet, på plats. Han vill att all kommunikation sker via sms och
att möten läggs efter kl. 11. Han vill inte gå i gruppbehandling utan hellre ha enskilda
samtal.

## Actions / Insatser

| Insats | Vem | När |
|---|---|---|
| Individuell behandling för cannabisberoende (ÅP, 12 samtal) | Beroendemottagningen Örebro, behandlare | Start 2025-04-07 |
| Bedömning av ADHD-medicinering | Vuxenpsykiatrin Örebro, ADHD-teamet, läkare | Läkarbesök 2025-04-15 |
| Urinprov 1 gång/vecka | Regionen | |
| Motiverande samtal och stöd kring boende och ekonomi | Råd och stöd, Örebro kommun, socialsekreterare | Varannan vecka från 2025-04-03 |

## Lead / Huvudansvar

Ej utsett.
"""
    with open(os.path.join(OUT, "f52a-04.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ============================================================ 05 DOCX brain injury
def make_05():
    doc = base_doc("Arial", 10.5)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Skaraborgs Sjukhus – Rehabiliteringsmedicin   |   Tidaholms kommun"
    hp.runs[0].font.size = Pt(8.5)
    hp.runs[0].font.color.rgb = RGBColor(0x55, 0x55, 0x55)

    doc.add_heading("Samordnad individuell plan – SIP", level=1)
    p = doc.add_paragraph()
    r = p.add_run("Rehabilitering efter förvärvad hjärnskada")
    r.font.small_caps = True
    r.font.size = Pt(12)

    p = doc.add_paragraph()
    for k, v in [("Namn: ", "T."), ("   Personnummer: ", "ÅÅMMDD-XXXX"),
                 ("   Datum: ", "2025-01-29")]:
        rr = p.add_run(k)
        rr.bold = True
        p.add_run(v)
    p = doc.add_paragraph()
    rr = p.add_run("Plats: ")
    rr.bold = True
    p.add_run("Rehabiliteringsmedicin, Skaraborgs Sjukhus Skövde")

    doc.add_heading("Syfte", level=2)
    doc.add_paragraph(
        "Syftet med planen är att samordna rehabiliteringen efter T:s trafikolycka i oktober "
        "2024 mellan Rehabiliteringsmedicin på Skaraborgs Sjukhus, Vårdcentralen Tidaholm och "
        "Tidaholms kommun, och att lägga en gemensam grund för stödet i hemmet och för en "
        "planerad återgång i arbete tillsammans med Försäkringskassan och arbetsgivaren.")

    doc.add_heading("Bakgrund", level=2)
    doc.add_paragraph(
        "T. är 46 år, gift och har två tonårsbarn. Han arbetar som CNC-operatör på ett "
        "verkstadsföretag i Tidaholm. Han skadades i en motorcykelolycka 2024-10-12 och fick "
        "en traumatisk hjärnskada (kontusion frontalt höger) och en fraktur på vänster "
        "underarm. Han vårdades först på Sahlgrenska Universitetssjukhuset och därefter på "
        "rehabiliteringsavdelningen på SkaS Skövde, och skrevs ut till hemmet 2024-12-20. "
        "Kvarstående besvär är uttalad hjärntrötthet, nedsatt minne och koncentration, "
        "svårigheter att planera och påbörja aktiviteter samt huvudvärk. Han har körförbud "
        "tills vidare enligt läkarbeslut och är heltidssjukskriven.")

    doc.add_heading("Frågeställningar inför mötet", level=2)
    for q in ["Hur och när kan arbetsträning påbörjas, och vem tar kontakt med arbetsgivaren?",
              "Hur ska T. ta sig till dagrehabiliteringen i Skövde när han inte får köra bil?",
              "Vilka kognitiva hjälpmedel behövs i hemmet?"]:
        doc.add_paragraph(q, style="List Bullet")

    doc.add_heading("Delaktighet", level=2)
    doc.add_paragraph("T. deltog på mötet tillsammans med sin fru.")

    doc.add_heading("Insatser och vem som gör vad", level=2)
    items = [
        ("Rehabiliteringsmedicin, Skaraborgs Sjukhus Skövde: ",
         "Dagrehabilitering i team (arbetsterapeut, fysioterapeut, psykolog och logoped) två "
         "dagar i veckan under perioden 2025-02-03 – 2025-04-25. Psykologen gör en "
         "neuropsykologisk utredning under februari. Ansvarig läkare gör en ny bedömning av "
         "körförmågan i april."),
        ("Vårdcentralen Tidaholm: ",
         "Distriktsläkaren ansvarar för sjukskrivningen och förlänger läkarintyget senast "
         "2025-02-28. Uppföljning av huvudvärk och läkemedel vid läkarbesök i mars."),
        ("Kommunal hälso- och sjukvård, Tidaholms kommun: ",
         "Arbetsterapeut gör hembesök och provar ut kognitiva hjälpmedel, t.ex. kalender med "
         "dag och datum, påminnelser i mobilen och veckoschema på kylskåpet."),
        ("Biståndsenheten, Tidaholms kommun: ",
         "Biståndshandläggare utreder T:s ansökan om färdtjänst till och från Skövde. Beslut "
         "beräknas 2025-02-21."),
        ("Försäkringskassan: ",
         "Handläggaren kallar till avstämningsmöte med T., arbetsgivaren och "
         "Rehabiliteringsmedicin 2025-03-18 för att planera arbetsträning."),
        ("Arbetsgivaren: ",
         "Närmaste chef och HR undersöker möjlig arbetsanpassning (dagtid, en lugnare station "
         "utan skiftgång) och tar med förslag till avstämningsmötet 2025-03-18."),
        ("Hustrun M.: ",
         "Skjutsar T. till dagrehabiliteringen i Skövde tills färdtjänst är beviljad."),
    ]
    for unit, text in items:
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(6)
        r = p.add_run(unit)
        r.bold = True
        p.add_run(text)

    doc.add_heading("Närvarande", level=2)
    doc.add_paragraph(
        "T., hustru, Rehabiliteringsmedicin SkaS Skövde, Vårdcentralen Tidaholm, Tidaholms "
        "kommun (kommunal hälso- och sjukvård samt biståndsenheten), Försäkringskassan.")

    doc.add_heading("Uppföljning", level=2)
    doc.add_paragraph("Nästa SIP-möte 2025-05-06 kl. 10.00 på Rehabiliteringsmedicin, SkaS Skövde.")

    save_docx(doc, os.path.join(OUT, "f52a-05.docx"),
              datetime.datetime(2025, 1, 29, 13, 30, 0))


# ============================================================ 06 DOCX -> PDF (LibreOffice)
def make_06():
    doc = base_doc("Liberation Sans", 10.5)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Region Sörmland  •  Nyköpings kommun\tSIP"
    hp.runs[0].font.size = Pt(8.5)
    fp = sec.footer.paragraphs[0]
    fp.text = "Upprättad 2025-10-14, Psykiatriska kliniken Nyköping – sida "
    add_page_field(fp)
    fp.runs[0].font.size = Pt(8.5)

    doc.add_heading("Samordnad individuell plan (SIP)", level=1)
    t = doc.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    t.autofit = False
    for i, w in enumerate([Cm(2.6), Cm(3.2), Cm(3.0), Cm(7.8)]):
        t.columns[i].width = w
        for c in t.columns[i].cells:
            c.width = w
    for i, (k, v) in enumerate([("Namn", "S."), ("Personnummer", "XXXXXX-XXXX"),
                                ("Datum", "2025-10-14"),
                                ("Plats", "Psykiatriska kliniken, Nyköpings lasarett, avd 32")]):
        r, c = divmod(i, 2)
        cell_text(t.cell(r, c * 2), k, bold=True, size=9.5)
        set_cell_shading(t.cell(r, c * 2), "EDEDED")
        cell_text(t.cell(r, c * 2 + 1), v, size=9.5)

    doc.add_heading("Deltagare", level=2)
    parts = [
        ("S.", "Den enskilde", "–", "Ja"),
        ("Helena", "Sjuksköterska, patientansvarig", "Psykiatriska kliniken Nyköping, avd 32", "Ja"),
        ("Olle", "Överläkare", "Psykiatriska kliniken Nyköping",
         "Nej – akut uppdrag på akutmottagningen, lämnade underlag via Helena"),
        ("Fatima", "Socialsekreterare", "Vuxenenheten, Socialförvaltningen Nyköpings kommun", "Ja"),
        ("Peter", "Boendestödjare", "Socialpsykiatrin, Nyköpings kommun", "Ja"),
        ("Jenny", "Handläggare", "Försäkringskassan", "Nej – förhinder"),
        ("NN", "Make", "–", "Nej – S. ville inte att maken skulle delta denna gång"),
    ]
    tbl = doc.add_table(rows=1, cols=4)
    tbl.style = "Table Grid"
    for i, hd in enumerate(["Namn", "Funktion", "Verksamhet", "Närvarande (Ja/Nej)"]):
        cell_text(tbl.rows[0].cells[i], hd, bold=True, size=9.5)
        set_cell_shading(tbl.rows[0].cells[i], "C9D7E8")
    mark_header_row(tbl.rows[0])
    for row in parts:
        cells = tbl.add_row().cells
        for i, v in enumerate(row):
            cell_text(cells[i], v, size=9.5)
    widths = [Cm(2.2), Cm(4.0), Cm(5.6), Cm(4.8)]
    tbl.autofit = False
    for i, w in enumerate(widths):
        tbl.columns[i].width = w
    for row in tbl.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w

    doc.add_heading("Bakgrund", level=2)
    doc.add_paragraph(
        "S. är 52 år och vårdas på avd 32 sedan 2025-09-22 för svår depression med "
        "suicidtankar, efter att maken hittat henne med en stor mängd tabletter framme. Hon "
        "har mått bättre de senaste veckorna, sover bättre och har haft permissioner hem "
        "utan problem. Utskrivning planeras inom en vecka. S. bor med sin make i villa strax "
        "utanför Nyköping och är sjukskriven från sitt arbete som undersköterska inom "
        "hemtjänsten. Hon hade en depressionsperiod även 2019 och har då haft kontakt med "
        "vuxenpsykiatrin. Hon har inte haft kontakt med socialtjänsten tidigare.")

    doc.add_heading("Mål", level=2)
    doc.add_paragraph(
        "Målet är att S. ska kunna bo hemma efter utskrivningen utan ny inläggning och på "
        "sikt återgå i arbete på deltid.")

    doc.add_heading("S:s synpunkter", level=2)
    doc.add_paragraph(
        "S. vill träffa samma person från boendestödet varje gång och vill helst ha besöken "
        "på förmiddagen. Hon vill inte att maken är med i planeringen just nu.")

    doc.add_heading("Insatser", level=2)
    for i in ["Fortsatt kontakt och samtalsstöd.", "Stöd i hemmet vid behov.",
              "Läkemedel enligt ordination."]:
        doc.add_paragraph(i, style="List Bullet")

    doc.add_heading("Samtycke", level=2)
    doc.add_paragraph("Samtycke finns.")

    doc.add_heading("Övrigt", level=2)
    doc.add_paragraph("Försäkringskassan är informerad om att SIP har hållits.")

    os.makedirs(BUILD, exist_ok=True)
    src = os.path.join(BUILD, "f52a-06.docx")
    save_docx(doc, src, datetime.datetime(2025, 10, 14, 11, 0, 0))
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-f52a", "--headless",
                    "--convert-to", "pdf", "--outdir", OUT, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=180)
    normalize_lo_pdf(os.path.join(OUT, "f52a-06.pdf"))


def normalize_lo_pdf(path):
    """Make LibreOffice's PDF byte-stable: fixed creation date and document ID,
    replaced with strings of identical length so the xref offsets stay valid."""
    import re
    data = open(path, "rb").read()
    data = re.sub(rb"/CreationDate\(D:\d{14}", b"/CreationDate(D:20251014110000", data)
    data = re.sub(rb"/ID \[ <[0-9A-F]{32}>\s*<[0-9A-F]{32}> \]",
                  lambda m: re.sub(rb"<[0-9A-F]{32}>", b"<" + b"52A0" * 8 + b">", m.group(0)),
                  data)
    data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"52A0" * 8, data)
    open(path, "wb").write(data)


# ============================================================ 07 DOCX very short
def make_07():
    doc = base_doc("Calibri", 11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Flens kommun / Region Sörmland"
    hp.runs[0].font.size = Pt(9)
    doc.add_heading("SIP", level=1)
    for k, v in [("Namn", "NN"), ("Datum", "2025-06-03"), ("Syfte", "Samordning"),
                 ("Frågeställningar", ""), ("Mål", "Må bättre"),
                 ("Insatser", "Stöd vid behov"), ("Ansvar", "Kommunen"),
                 ("Huvudansvar", "Vårdcentralen"), ("Uppföljning", "Till hösten"),
                 ("Deltagare", "Lotta, Kim, Per")]:
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(4)
        r = p.add_run(k + ": ")
        r.bold = True
        if v:
            p.add_run(v)
    save_docx(doc, os.path.join(OUT, "f52a-07.docx"),
              datetime.datetime(2025, 6, 3, 10, 0, 0))


# ============================================================ 08 DOCX invitation (not a plan)
def make_08():
    doc = base_doc("Calibri", 11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Lidköpings kommun – Barn- och ungdomsförvaltningen, Elevhälsan"
    hp.runs[0].font.size = Pt(9)
    p = doc.add_paragraph("Lidköping 2025-04-22")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading("Kallelse till uppföljande SIP-möte", level=1)
    doc.add_paragraph(
        "Du kallas härmed till uppföljning av den samordnade individuella planen (SIP) för "
        "Noah, 10 år, som upprättades 2025-02-11.")

    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([
            ("Datum och tid", "Tisdag 2025-05-13 kl. 09.00–10.30"),
            ("Plats", "Familjecentralen Lidköping, samlingsrum 2. Det går även att delta via Teams, "
                      "länk skickas till den som meddelar det."),
            ("Sammankallande", "Emma, skolkurator, Elevhälsan Östra skolan"),
            ("Förhinder", "Meddela förhinder senast 2025-05-06 till Emma via växeln.")]):
        cell_text(t.cell(i, 0), k, bold=True)
        set_cell_shading(t.cell(i, 0), "EAF1DD")
        cell_text(t.cell(i, 1), v)
        t.cell(i, 0).width = Cm(4.0)
        t.cell(i, 1).width = Cm(12.6)

    doc.add_heading("Kallade", level=2)
    for d in ["Noah och vårdnadshavare (mamma Jasmin och pappa Ali)",
              "Emma, skolkurator, Elevhälsan Östra skolan",
              "Kristina, klasslärare åk 4, Östra skolan",
              "Johan, psykolog, BUP Skaraborg, mottagningen i Lidköping",
              "Sanna, socialsekreterare, Barn och unga, Lidköpings kommun",
              "Malin, arbetsterapeut, Habiliteringen Skaraborg"]:
        doc.add_paragraph(d, style="List Bullet")

    doc.add_heading("Dagordning", level=2)
    for a in ["Inledning och presentation",
              "Hur har det gått sedan förra mötet? Noahs och vårdnadshavarnas bild",
              "Genomgång av insatserna i planen från 2025-02-11",
              "Nya frågor inför sommarlovet och höstterminen",
              "Revidering av planen, ansvar och ny tid för uppföljning",
              "Övriga frågor"]:
        doc.add_paragraph(a, style="List Number")

    doc.add_paragraph(
        "Ta gärna med synpunkter på vad som har fungerat och vad som behöver ändras. Noah är "
        "välkommen att vara med hela eller delar av mötet. Om Noah inte vill delta kan ni "
        "berätta hans synpunkter för mig innan mötet.")
    doc.add_paragraph("Välkomna!")
    doc.add_paragraph("Emma\nSkolkurator, Elevhälsan Östra skolan\nLidköpings kommun")
    save_docx(doc, os.path.join(OUT, "f52a-08.docx"),
              datetime.datetime(2025, 4, 22, 9, 0, 0))


def main():
    os.makedirs(OUT, exist_ok=True)
    for fn in os.listdir(OUT):
        os.remove(os.path.join(OUT, fn))
    make_01()
    make_02()
    make_03()
    make_04()
    make_05()
    make_06()
    make_07()
    make_08()
    shutil.rmtree(BUILD, ignore_errors=True)
    print("\n".join(sorted(os.listdir(OUT))))


if __name__ == "__main__":
    main()
