#!/usr/bin/env python
"""Generate batch fresh-39a: eight fictional, anonymized SIP plans (prefix f39a).

Run with python generate_a.py
Writes into plans/ (intermediate .docx for the LibreOffice PDF goes into build/).
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

HERE = os.path.dirname(os.path.abspath(__file__))
PLANS = os.path.join(HERE, "plans")
BUILD = os.path.join(HERE, "build")
PREFIX = "f39a"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIXED = datetime.datetime(2025, 3, 1, 12, 0, 0)


def out(n, ext):
    return os.path.join(PLANS, f"{PREFIX}-{n:02d}.{ext}")


# ---------------------------------------------------------------- helpers
def new_doc(author="Handläggare"):
    doc = Document()
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    return doc


def save_docx(doc, path):
    """Save and rewrite the zip with fixed timestamps so runs are byte-stable."""
    tmp = path + ".tmp"
    doc.save(tmp)
    with zipfile.ZipFile(tmp) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 3, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    os.remove(tmp)


def set_table_borders(table, val="none", sz="4", color="000000"):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), val)
        el.set(qn("w:sz"), sz)
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), color)
        borders.append(el)
    tblPr.append(borders)


def shade_paragraph(par, fill="D9D9D9"):
    pPr = par._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    pPr.append(shd)


def shade_cell(cell, fill="D9D9D9"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def box_paragraph(par):
    pPr = par._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for edge in ("top", "left", "bottom", "right"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "6")
        el.set(qn("w:space"), "4")
        el.set(qn("w:color"), "808080")
        bdr.append(el)
    pPr.append(bdr)


def mark_header_row(row):
    trPr = row._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trPr.append(th)


def add_page_number_field(par):
    for kind, text in (("begin", None), (None, " PAGE "), ("end", None)):
        run = par.add_run()
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            run._r.append(fc)
        else:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = text
            run._r.append(it)


# ================================================================ plan 01
def plan01():
    """Borderless two-column layout table, [Foto] at the top. Girl 13, school
    refusal and anxiety, Arboga."""
    doc = new_doc("Ulrika, IFO Arboga")
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Arboga kommun, Socialförvaltningen  |  Region Västmanland\tSIP"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Samordnad individuell plan – E.  ·  sida ")
    r.font.size = Pt(8)
    add_page_number_field(fp)

    foto = doc.add_paragraph()
    foto.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fr = foto.add_run("[Foto]")
    fr.font.size = Pt(9)
    fr.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    box_paragraph(foto)

    t = doc.add_paragraph()
    tr = t.add_run("Min plan – Samordnad individuell plan (SIP)")
    tr.bold = True
    tr.font.size = Pt(16)
    t.add_run("\nBarn och unga").font.size = Pt(10)

    rows = [
        ("Namn", ["E., 13 år"]),
        ("Personnummer", ["ÅÅMMDD-XXXX"]),
        ("Vårdnadshavare", ["Sara (mamma) och Johan (pappa), gemensam vårdnad"]),
        ("Datum för mötet", ["2025-01-21, Socialförvaltningen Arboga, kl. 14.00–15.30"]),
        ("Deltagare", ["E., Sara, Johan, Anna, Lena, Mikael, Ulrika"]),
        ("Syfte", [
            "Syftet med planen är att skolan, BUP och socialtjänsten ska arbeta åt samma "
            "håll så att E. kan komma tillbaka till skolan efter att ha varit hemma "
            "större delen av höstterminen, och att hennes ångest behandlas samtidigt som "
            "skolgången byggs upp igen.",
        ]),
        ("Bakgrund", [
            "E. går i årskurs 7 på Gäddgårdsskolan. Sedan september har närvaron sjunkit "
            "och hon har inte varit i skolan alls sedan höstlovet. Hon beskriver magont och "
            "hjärtklappning på morgnarna. E. är aktuell på BUP Köping sedan november 2024 "
            "för utredning av ångest. Familjen har sökt stöd hos socialtjänsten och en "
            "utredning enligt SoL 11 kap. 1 § är avslutad med beslut om föräldrastöd.",
        ]),
        ("Mål", [
            "Målet är att E. ska kunna vara i skolan minst tre förmiddagar i veckan före "
            "sportlovet och att ångesten ska minska så att hon klarar skoldagen.",
        ]),
        ("E:s delaktighet", [
            "E. var med hela mötet tillsammans med båda föräldrarna. Hon berättade att det "
            "värsta är matsalen och korridoren innan första lektionen, och att hon vill "
            "börja med att komma till ett mindre rum med sin mentor. Hon vill inte att "
            "klasskamraterna ska få veta varför hon har varit borta.",
        ]),
        ("Samtycke", ["Samtycke finns."]),
        ("Insatser och ansvar", [
            "• KBT-behandling för ångest, varannan vecka – Mikael, behandlare, BUP Köping. "
            "Start 2025-01-29.",
            "• Anpassad studiegång med halvdagar och start i studierum – Anna, mentor, "
            "Gäddgårdsskolan. Fr.o.m. vecka 5.",
            "• Stödsamtal med skolkurator – Lena, kurator, elevhälsan Gäddgårdsskolan.",
            "• Föräldrastöd (COPE-inspirerat) för Sara och Johan – familjebehandlare, "
            "Familjeenheten IFO Arboga. Första träff 2025-02-04.",
        ]),
        ("Huvudansvar", [
            "Ulrika, socialsekreterare, IFO Barn och unga, Arboga kommun, är huvudansvarig "
            "för planen och kallar till uppföljning.",
        ]),
        ("Uppföljning", ["Uppföljning 2025-03-18 kl. 14.00 på Socialförvaltningen Arboga."]),
    ]
    table = doc.add_table(rows=0, cols=2)
    set_table_borders(table, "none")
    table.autofit = False
    for label, paras in rows:
        cells = table.add_row().cells
        cells[0].width = Cm(4.0)
        cells[1].width = Cm(12.6)
        lp = cells[0].paragraphs[0]
        lr = lp.add_run(label)
        lr.bold = True
        lr.font.size = Pt(10)
        lr.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
        first = True
        for text in paras:
            p = cells[1].paragraphs[0] if first else cells[1].add_paragraph()
            first = False
            p.add_run(text)
            p.paragraph_format.space_after = Pt(4)
    for col, w in zip(table.columns, (Cm(4.0), Cm(12.6))):
        col.width = w
        for c in col.cells:
            c.width = w
    doc.add_paragraph()
    sig = doc.add_paragraph("Planen skickas hem till familjen och till alla som deltog.")
    sig.runs[0].italic = True
    save_docx(doc, out(1, "docx"))


# ================================================================ plan 02
class Booklet(FPDF):
    """A4 landscape sheets, two A5 pages side by side; page numbers per half."""

    HALF = 148.5
    TOP = 22
    BOTTOM = 196
    MARGIN = 12

    def __init__(self, total_pages):
        super().__init__(orientation="L", unit="mm", format="A4")
        self.set_auto_page_break(False)
        self.add_font("DV", "", FONT)
        self.add_font("DV", "B", FONT_B)
        self.total = total_pages
        self.apage = 0
        self.set_creation_date(FIXED)

    def new_half(self):
        self.apage += 1
        if self.apage % 2 == 1:
            self.add_page()
            # fold line
            self.set_draw_color(200, 200, 200)
            self.set_line_width(0.1)
            self.set_dash_pattern(dash=1, gap=2)
            self.line(self.HALF, 5, self.HALF, 205)
            self.set_dash_pattern()
        x0 = (0 if self.apage % 2 == 1 else self.HALF) + self.MARGIN
        self.x0 = x0
        self.w0 = self.HALF - 2 * self.MARGIN
        # running head
        self.set_font("DV", "", 7)
        self.set_text_color(90, 90, 90)
        self.set_xy(x0, 8)
        self.cell(self.w0 / 2, 4, "Kungsörs kommun · Vård och omsorg")
        self.cell(self.w0 / 2, 4, "SIP – K., hemgång", align="R")
        self.set_draw_color(120, 120, 120)
        self.line(x0, 13, x0 + self.w0, 13)
        # page number at foot of this half
        self.set_xy(x0, 201)
        self.cell(self.w0, 4, f"Sida {self.apage} ({self.total})", align="C")
        self.set_text_color(0, 0, 0)
        self.y_cur = self.TOP

    def need(self, h):
        if self.y_cur + h > self.BOTTOM:
            self.new_half()

    def heading(self, text):
        self.need(14)
        self.y_cur += 2
        self.set_font("DV", "B", 10)
        self.set_fill_color(228, 234, 241)
        self.set_xy(self.x0, self.y_cur)
        self.cell(self.w0, 6, text, fill=True)
        self.y_cur += 8

    def para(self, text, size=9, bold=False, indent=0):
        self.set_font("DV", "B" if bold else "", size)
        lines = self.multi_cell(self.w0 - indent, 4.6, text, dry_run=True, output="LINES")
        for ln in lines:
            self.need(4.6)
            self.set_xy(self.x0 + indent, self.y_cur)
            self.cell(self.w0 - indent, 4.6, ln)
            self.y_cur += 4.6
        self.y_cur += 1.5

    def field(self, label, value, min_h=8):
        """Boxed field: label above, box with value (may be empty)."""
        self.set_font("DV", "B", 8)
        lines = []
        if value:
            self.set_font("DV", "", 9)
            lines = self.multi_cell(self.w0 - 4, 4.6, value, dry_run=True, output="LINES")
        h = max(min_h, len(lines) * 4.6 + 3)
        self.need(h + 6)
        self.set_font("DV", "B", 8)
        self.set_xy(self.x0, self.y_cur)
        self.cell(self.w0, 4, label)
        self.y_cur += 4.5
        self.rect(self.x0, self.y_cur, self.w0, h)
        self.set_font("DV", "", 9)
        yy = self.y_cur + 1.5
        for ln in lines:
            self.set_xy(self.x0 + 2, yy)
            self.cell(self.w0 - 4, 4.6, ln)
            yy += 4.6
        self.y_cur += h + 3

    def rows(self, header, data, widths):
        def draw_row(vals, bold=False, fill=False):
            self.set_font("DV", "B" if bold else "", 8)
            split = [self.multi_cell(w - 2, 4, v, dry_run=True, output="LINES") for v, w in zip(vals, widths)]
            h = max(len(s) for s in split) * 4 + 2
            return split, h

        hs, hh = draw_row(header, True)
        first = True
        for vals in data:
            s, h = draw_row(vals)
            if first:
                if self.y_cur + hh + h > self.BOTTOM:
                    self.new_half()
                self._put_row(hs, hh, widths, True)
                first = False
            elif self.y_cur + h > self.BOTTOM:
                self.new_half()
                self._put_row(hs, hh, widths, True)  # header repeated
            self._put_row(s, h, widths, False)
        self.y_cur += 3

    def _put_row(self, split, h, widths, header):
        x = self.x0
        self.set_font("DV", "B" if header else "", 8)
        if header:
            self.set_fill_color(228, 234, 241)
        for lines, w in zip(split, widths):
            self.rect(x, self.y_cur, w, h, style="DF" if header else "D")
            yy = self.y_cur + 1
            for ln in lines:
                self.set_xy(x + 1, yy)
                self.cell(w - 2, 4, ln)
                yy += 4
            x += w
        self.y_cur += h


def plan02():
    """Booklet: two A5 pages on each landscape A4 sheet. Man 84 after hip
    fracture, discharge home, Kungsör."""
    pdf = Booklet(total_pages=4)
    pdf.set_title("SIP hemgång")
    pdf.set_author("Kungsörs kommun")
    pdf.new_half()
    pdf.set_font("DV", "B", 15)
    pdf.set_xy(pdf.x0, pdf.y_cur + 6)
    pdf.multi_cell(pdf.w0, 7, "Samordnad individuell plan\n(SIP)", align="C")
    pdf.y_cur = pdf.get_y() + 3
    pdf.set_font("DV", "", 9)
    pdf.set_xy(pdf.x0, pdf.y_cur)
    pdf.multi_cell(pdf.w0, 4.6, "Planering inför och efter utskrivning från slutenvård\n"
                   "enligt lag (2017:612) och SoL 2 kap. 7 § / HSL 16 kap. 4 §", align="C")
    pdf.y_cur = pdf.get_y() + 6
    pdf.field("Namn", "K., 84 år")
    pdf.field("Personnummer", "ÅÅMMDD-XXXX")
    pdf.field("Bostadsort", "Kungsör, bor ensam i villa med två trappsteg vid entrén")
    pdf.field("Datum för SIP-möte", "2024-11-14 (Skype/Teams från avd. 12, Västmanlands "
              "sjukhus Köping)")
    pdf.field("Närvarande", "Birgitta, Sanna, Ahmed, Karin, M. (dotter)", min_h=10)

    pdf.heading("1. Syfte med SIP")
    pdf.field("Syfte", "Samordning och gemensam bild.")
    pdf.field("Frågeställningar inför mötet", "", min_h=16)

    pdf.heading("2. Bakgrund")
    pdf.para("K. föll i hemmet 2024-11-02 och opererades för höftfraktur höger på "
             "Västmanlands sjukhus Köping 2024-11-03. Förloppet har varit okomplicerat men "
             "han har varit förvirrad nattetid första dygnen. Går nu med rollator med "
             "stöd av en person, behöver hjälp med strumpor och skor och vid dusch. "
             "Sedan tidigare hjärtsvikt och nedsatt syn. Hade ingen hemtjänst före fallet.")
    pdf.heading("3. Mål")
    pdf.para("Målet är att K. ska kunna bo kvar hemma, klara förflyttningar inomhus "
             "själv med rollator och inte falla igen.")
    pdf.heading("4. Den enskildes delaktighet")
    pdf.para("K. deltog inte på mötet.")
    pdf.heading("5. Samtycke")
    pdf.para("Muntligt samtycke till SIP och till informationsöverföring mellan region och "
             "kommun lämnades av K. till biståndshandläggare vid besök på avdelningen "
             "2024-11-12.")

    pdf.heading("6. Insatser – vem gör vad och när")
    pdf.rows(
        ["Insats", "Ansvarig", "När"],
        [
            ["Hemtjänst morgon och kväll: hygien, påklädning, tillsyn",
             "Hemtjänst Kungsör norra, enhetschef", "Fr.o.m. hemgångsdagen 2024-11-20"],
            ["Trygghetslarm installeras", "Kungsörs kommun, larmgruppen", "2024-11-19"],
            ["Hjälpmedel: rollator, toalettförhöjning, strumppådragare",
             "Arbetsterapeut, kommunal hälso- och sjukvård Kungsör", "Levereras 2024-11-19"],
            ["Gångträning och rehabilitering i hemmet",
             "Fysioterapeut, kommunal rehab Kungsör", "Första besök 2024-11-21, sedan 2 ggr/v t.o.m. v. 51"],
            ["Läkemedelsgenomgång (fallrisk, hjärtsviktsmedicin)",
             "Distriktsläkare, Vårdcentralen Kungsör", "2024-12-03"],
            ["Läkemedelshantering, dosett", "Sjuksköterska, hemsjukvården Kungsör",
             "Fr.o.m. 2024-11-20"],
            ["Utskrivningsmeddelande och läkemedelslista till kommunen",
             "Sjuksköterska, avd. 12 Västmanlands sjukhus Köping", "Senast 2024-11-19"],
        ],
        [46, 40, 38.5],
    )
    pdf.heading("7. Andra aktörer")
    pdf.para("Dottern M. handlar mat till K. en gång i veckan (lördagar) och följer med "
             "honom till läkemedelsgenomgången på vårdcentralen 2024-12-03. Grannen har "
             "extranyckel, vilket M. meddelar hemtjänsten.")
    pdf.heading("8. Huvudansvar")
    pdf.field("Huvudansvarig för planen", "Kommunen")
    pdf.heading("9. Uppföljning")
    pdf.field("Uppföljning", "Vecka 3 2025. Kallelse skickas.")
    pdf.heading("10. Underskrifter")
    pdf.para("Planen har upprättats digitalt. Kopia skickas till K. och till de som deltog.",
             size=8)
    # fill remaining halves up to the declared total
    while pdf.apage < pdf.total:
        pdf.new_half()
        pdf.set_font("DV", "", 8)
        pdf.set_xy(pdf.x0, 100)
        pdf.cell(pdf.w0, 4, "Anteckningar", align="C")
    pdf.output(out(2, "pdf"))


# ================================================================ plan 03
def plan03():
    """Notes app markdown with task-list checkboxes. Young man 19, cannabis and
    alcohol, Köping."""
    md = """# SIP – L. (19 år)

Möte 2025-02-04, Vuxenenheten IFO Köping, rum 3
Anteckningar: Petra

## Varför SIP?
- Att samordna L:s behandling för cannabisberoende på Beroendemottagningen med socialtjänstens stöd kring boendet, så att L. kan bli drogfri och inte förlorar sin första egna lägenhet.
- Obetald hyra dec + jan och en varning om störningar i huset.

## Samtycke
- [x] Samtycke lämnat muntligt
- [ ] Samtycke lämnat skriftligt
- [ ] Samtycke till kontakt med närstående

## Delaktighet
- [x] L. deltog på mötet
- [ ] L:s egen syn/önskemål framförda
- [ ] Närstående deltog

## Frågor till mötet
- Diskutera läget
- Övrigt

## Mål
…

## Läget nu
- Röker cannabis dagligen sedan ca 2 år, alkohol helger
- Avbröt gymnasiet (El- och energi) åk 2
- Sover dåligt, vänd dygnsrytm
- Inga pågående kontakter med psykiatrin

## Insatser
- Öppenvårdsbehandling, återfallsprevention 1 g/v – Jonas, Beroendemottagningen Köping – start 2025-02-11
- Boendestöd 2 ggr/v, hjälp med post, räkningar, dygnsrytm – Socialpsykiatrin Köping, boendestödjare – fr.o.m. v. 8
- Urinprov / drogtester – Regionen
- Bistånd till hyran för dec + jan, utredning – Petra, Vuxenenheten IFO Köping – beslut senast 2025-02-14

## Uppföljning
- ca 6 veckor, tid bokas senare

## Deltagare
- L.
- Petra, socialsekreterare, Vuxenenheten IFO Köping
- Jonas, behandlare, Beroendemottagningen Köping (Region Västmanland)
- Amir, boendestödjare, Socialpsykiatrin Köping kommun
"""
    with open(out(3, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ================================================================ plan 04
def plan04():
    """Dictated plan, no headings, paragraphs. Man 38, psychosis and debts,
    Sala. Windows-1252, CRLF."""
    paras = [
        "SIP R. 2024-09-17, dikterat efter mötet, utskrivet av medicinsk sekreterare.",
        "Angående syftet med den här planen så är det att R., som har en "
        "schizofrenidiagnos och just nu har skulder hos Kronofogden på ungefär 140 tusen "
        "kronor, ska få behandlingen från psykosmottagningen och stödet från kommunen att "
        "hänga ihop, så att han kan bo kvar i sin lägenhet i Sala och inte blir sämre "
        "psykiskt av den ekonomiska situationen, vilket var det som hände förra våren när "
        "han lades in på avdelning 71 i Västerås efter att elen stängts av.",
        "Närvarande var R. själv, hans syster A., kurator, sjuksköterska, läkare, "
        "boendestödjare och biståndshandläggare, mötet hölls i ett av samtalsrummen och "
        "tog ungefär en timme.",
        "R. var med under hela mötet och var tydlig med vad han tycker, han vill inte byta "
        "medicin igen eftersom han blev stel och trött av förra preparatet, han vill helst "
        "att boendestödet kommer på eftermiddagar eftersom han sover dåligt och har svårt "
        "att vakna, och han vill inte att hans dotters mamma ska få veta något om "
        "skulderna. När vi pratade om vad han själv vill uppnå sa R. med egna ord: \"Jag vill "
        "ha koll på mina pengar och slippa brev från Kronofogden, och jag vill orka träffa "
        "min dotter varannan helg.\"",
        "När det gäller insatserna så fortsätter R. med depåinjektion var fjärde vecka, "
        "sjuksköterskan på Psykosmottagningen Sala ger den och nästa injektion är "
        "2024-10-02. Socialpsykiatrin i Sala kommun utökar boendestödet till tre "
        "eftermiddagar i veckan från och med 2024-09-23, med fokus på post, räkningar och "
        "att handla. Budget- och skuldrådgivaren i Sala kommun träffar R. första gången "
        "2024-10-08 för att gå igenom skulderna och se om en ansökan om skuldsanering är "
        "möjlig. Läkaren på Psykosmottagningen gör en läkemedelsuppföljning med "
        "blodprover 2024-11-12. Biståndshandläggaren erbjuder R. plats på träfflokalen "
        "Kompassen som sysselsättning, och han kan börja när han känner sig redo.",
        "Försäkringskassan ska pröva R:s fortsatta aktivitetsersättning, och där har vi "
        "kommit överens om att R. själv tar med blanketten från Försäkringskassan till "
        "kuratorn, som hjälper honom att fylla i den senast 2024-10-15. Systern A. går "
        "igenom posten med R. varje söndag fram till att boendestödet kommit igång "
        "ordentligt, och hon har också lovat att hjälpa honom att ansöka om god man hos "
        "överförmyndaren i oktober.",
        "Huvudansvaret för planen tar kuratorn, som också kallar till nästa möte.",
        "Uppföljning sker den 3 december 2024 klockan 13.00, på samma ställe, och då ska "
        "vi särskilt titta på hur det gått med skuldrådgivningen och om boendestödet "
        "räcker.",
    ]
    lines = []
    for p in paras:
        lines.extend(textwrap.wrap(p, width=76))
        lines.append("")
    text = "\r\n".join(lines)
    with open(out(4, "txt"), "wb") as f:
        f.write(text.encode("cp1252"))


# ================================================================ plan 05
def plan05():
    """Word heading styles. Unaccompanied refugee youth 16 at HVB, god man,
    interpreter, Fagersta."""
    doc = new_doc("Hanna, IFO Fagersta")
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Fagersta kommun – Socialtjänsten, Barn och unga\tSekretess enligt OSL 26 kap."
    hp.runs[0].font.size = Pt(8)

    doc.add_heading("Samordnad individuell plan (SIP)", level=0)
    p = doc.add_paragraph()
    p.add_run("Namn: ").bold = True
    p.add_run("A., 16 år\n")
    p.add_run("Personnummer: ").bold = True
    p.add_run("XXXXXX-XXXX (samordningsnummer)\n")
    p.add_run("Boende: ").bold = True
    p.add_run("HVB Solgläntan, Fagersta (placerad enligt SoL sedan 2024-08)\n")
    p.add_run("Mötesdatum: ").bold = True
    p.add_run("2025-03-25, kl. 09.30–11.00, HVB Solgläntan\n")
    p.add_run("Tolk: ").bold = True
    p.add_run("arabiska, på telefon")

    doc.add_heading("1. Deltagare", level=1)
    for t in [
        "A.",
        "Eva, god man",
        "Hanna, socialsekreterare, IFO Barn och unga, Fagersta kommun",
        "Omar, kontaktperson, HVB Solgläntan",
        "Sofia, psykolog, BUP Fagersta",
        "Per, studie- och yrkesvägledare, Språkintroduktion, Brinkskolan Fagersta",
        "Maja, skolsköterska, Elevhälsan Brinkskolan Fagersta",
        "Tolk i arabiska via Tolkförmedling Västmanland (telefon)",
    ]:
        doc.add_paragraph(t, style="List Bullet")

    doc.add_heading("2. Syfte med SIP", level=1)
    doc.add_paragraph(
        "A. kom till Sverige ensam hösten 2024 och har svåra sömnproblem och "
        "mardrömmar som gör att han ofta missar förmiddagarna i skolan. Syftet är att "
        "BUP:s behandling, skolans anpassningar och stödet på HVB-hemmet planeras "
        "tillsammans så att A. får sova, orkar gå i skolan och kan förberedas för att "
        "flytta till ett stödboende längre fram.")

    doc.add_heading("3. Frågeställningar", level=1)
    doc.add_paragraph("Allmän avstämning. Diskutera läget.")

    doc.add_heading("4. A:s egna mål", level=1)
    doc.add_paragraph(
        "A. sa via tolk: ”Jag vill lära mig svenska snabbt och sedan bli elektriker. "
        "Och jag vill kunna sova på nätterna utan att vakna hela tiden.”")

    doc.add_heading("5. A:s delaktighet", level=1)
    doc.add_paragraph(
        "A. deltog hela mötet tillsammans med sin gode man. Tolken var med på telefon "
        "och A. fick frågorna översatta och kunde svara själv. A. vill helst ha samma "
        "kontaktperson på HVB-hemmet hela tiden, han vill inte byta skola och han önskar "
        "att få träffa sin kusin i Örebro under påsklovet. Han vill inte prata om det som "
        "hände under flykten med skolan, bara med BUP.")

    doc.add_heading("6. Insatser och ansvar", level=1)
    tbl = doc.add_table(rows=1, cols=3)
    tbl.style = "Table Grid"
    hdr = tbl.rows[0].cells
    for c, t in zip(hdr, ("Insats", "Ansvarig", "När")):
        c.text = ""
        c.paragraphs[0].add_run(t).bold = True
        shade_cell(c, "DEEAF6")
    mark_header_row(tbl.rows[0])
    data = [
        ("Traumafokuserad KBT, varannan vecka, med tolk på plats",
         "Sofia, psykolog, BUP Fagersta", "Start 2025-04-07"),
        ("Läkarbedömning av sömnen, ev. sömnmedicin", "Läkare, BUP Fagersta", ""),
        ("Studiehandledning på arabiska 2 tim/v och senare skolstart (kl. 10)",
         "Per, SYV, Språkintroduktion Brinkskolan", "Fr.o.m. 2025-04-01"),
        ("Kvällsrutiner, stöd att komma upp på morgonen, följa till BUP",
         "Omar, kontaktperson, HVB Solgläntan", "Pågår, t.o.m. 2025-08-31"),
        ("Utredning inför utslussning till stödboende",
         "Hanna, socialsekreterare, IFO Barn och unga Fagersta", "Klar senast 2025-06-30"),
    ]
    for row in data:
        cells = tbl.add_row().cells
        for c, t in zip(cells, row):
            c.text = t
    for row in tbl.rows:
        for c, w in zip(row.cells, (Cm(7.5), Cm(5.5), Cm(3.5))):
            c.width = w

    doc.add_heading("7. Andra aktörer", level=1)
    doc.add_paragraph(
        "God man Eva ansöker om pass/främlingspass hos Migrationsverket och bevakar "
        "A:s ärende om uppehållstillstånd; hon följer med till Migrationsverket i "
        "Västerås när kallelse kommer. Eva hjälper också A. med kontakten med kusinen "
        "inför påsklovet.", style="List Bullet")
    doc.add_paragraph(
        "A. själv för sömndagbok varje morgon, som han tar med till BUP.",
        style="List Bullet")

    doc.add_heading("8. Huvudansvar", level=1)
    doc.add_paragraph("Socialtjänsten Fagersta.")

    doc.add_heading("9. Uppföljning", level=1)
    doc.add_paragraph("Uppföljning om tre månader. Kallelse skickas ut med tolk bokad.")

    save_docx(doc, out(5, "docx"))


# ================================================================ plan 06
def plan06():
    """Shaded 'Fråga N – ...' paragraphs, printed to PDF via LibreOffice. Man
    24, autism, LSS, move to group home, Hallstahammar."""
    doc = new_doc("LSS-handläggare Hallstahammar")
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Hallstahammars kommun · Funktionsstöd/LSS"
    hp.runs[0].font.size = Pt(8)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    t = doc.add_paragraph()
    r = t.add_run("SIP – Samordnad individuell plan")
    r.bold = True
    r.font.size = Pt(15)
    info = doc.add_paragraph()
    info.add_run("Person: ").bold = True
    info.add_run("J., 24 år    ")
    info.add_run("Personnr: ").bold = True
    info.add_run("ÅÅMMDD-XXXX    ")
    info.add_run("Mötesdatum: ").bold = True
    info.add_run("2025-02-26")

    def q(n, title, answer_paras):
        p = doc.add_paragraph()
        shade_paragraph(p, "D9D9D9")
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.space_after = Pt(3)
        p.paragraph_format.keep_with_next = True
        rr = p.add_run(f"Fråga {n} – {title}")
        rr.bold = True
        for a in answer_paras:
            ap = doc.add_paragraph(a)
            ap.paragraph_format.space_after = Pt(3)

    q(1, "Syfte", ["Att få en gemensam bild."])
    q(2, "Frågeställningar inför mötet", [
        "Hur ska J:s oro inför flytten till gruppbostaden på Nibblevägen hanteras, och ska "
        "han få besöka bostaden flera gånger innan inflyttningen i maj?",
        "Behöver J:s läkemedel mot ångest ses över före flytten, eftersom han sover sämre "
        "sedan beskedet kom?",
    ])
    q(3, "Bakgrund", [
        "J. har autism och generaliserat ångestsyndrom. Han bor hos sin mamma och har "
        "daglig verksamhet enligt LSS 9 § 10 fyra dagar i veckan. Beslut om bostad med "
        "särskild service enligt LSS 9 § 9 fattades i januari och plats finns från maj. "
        "J. har kontakt med Vuxenhabiliteringen och med Vuxenpsykiatrin Västerås "
        "(läkemedel).",
    ])
    q(4, "Den enskildes mål", [
        "Målet är att J. ska känna sig trygg i det nya boendet och fortsätta på den "
        "dagliga verksamheten fyra dagar i veckan även efter flytten.",
    ])
    q(5, "Delaktighet", [
        "J. deltog inte på mötet eftersom möten med många och okända personer ger honom "
        "stark ångest, och han har själv bett att slippa. Hans kontaktperson på daglig "
        "verksamhet, Maria, pratade med honom dagen innan med bildstöd och förmedlade att "
        "J. vill ha ett rum längst bort i korridoren, att han vill ta med sin egen säng "
        "och att han vill ha samma personal på dagliga verksamheten som nu.",
    ])
    q(6, "Insatser", [
        "Fortsatt stöd vid behov inför och efter flytten.",
        "Fortsatt kontakt som tidigare.",
        "Fortsatt sysselsättning.",
    ])
    q(7, "Vem gör vad och när", ["Se insatser ovan."])
    q(8, "Andra aktörer", ["Försäkringskassan och god man berörs."])
    q(9, "Huvudansvar", [
        "Lina, LSS-handläggare, Funktionsstöd Hallstahammars kommun.",
    ])
    q(10, "Uppföljning", ["–"])
    q(11, "Deltagare", ["Lina, Maria, Johanna, Erik, mamma."])

    docx_path = os.path.join(BUILD, f"{PREFIX}-06.docx")
    save_docx(doc, docx_path)
    profile = f"file:///tmp/lo-{PREFIX}"
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", PLANS, docx_path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240,
    )


# ================================================================ plan 07
def plan07():
    """Follow-up SIP; earlier interventions pasted as tab-separated lines.
    Woman 45, after psychiatric inpatient care, Surahammar/Västerås."""
    doc = new_doc("Sjuksköterska, Psykiatrisk öppenvård")
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Region Västmanland / Surahammars kommun\tUppföljning SIP"
    hp.runs[0].font.size = Pt(8)

    def label(text):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(8)
        p.paragraph_format.space_after = Pt(2)
        p.add_run(text).bold = True

    t = doc.add_paragraph()
    r = t.add_run("UPPFÖLJNING AV SAMORDNAD INDIVIDUELL PLAN")
    r.bold = True
    r.font.size = Pt(13)
    doc.add_paragraph("Person: K., 45 år\nPersonnummer: ÅÅMMDD-XXXX\n"
                      "Uppföljningsmöte: 2025-01-21, Vårdcentralen Surahammar\n"
                      "Ursprunglig SIP upprättad: 2024-10-08 (inför utskrivning från "
                      "avd. 73, Psykiatriska kliniken Västerås)")

    label("Syfte")
    doc.add_paragraph("Se tidigare plan (2024-10-08).")
    label("Deltagare")
    doc.add_paragraph("Se kallelse.")
    label("Samtycke")
    doc.add_paragraph("Samtycke finns sedan tidigare.")
    label("Frågeställningar")
    doc.add_paragraph(
        "Kan hemsjukvårdens läkemedelsöverlämning avslutas nu när K. tar sin medicin "
        "själv? Hur ska K:s återgång i arbete planeras tillsammans med Försäkringskassan "
        "och arbetsgivaren?")
    label("K:s mål")
    doc.add_paragraph("Som tidigare.")
    label("K:s delaktighet")
    doc.add_paragraph(
        "K. deltog på mötet tillsammans med sin man. Hon berättade att hon mår bättre "
        "sedan jul, sover bättre och vill sköta sin medicin själv. Hon vill ha färre "
        "hembesök och tycker att det räcker med samtalen på mottagningen.")

    label("Insatser enligt tidigare plan – status")
    tab_lines = [
        "Insats\tAnsvarig\tStatus",
        "Läkemedelsöverlämning 2 ggr/dag\tSjuksköterska, Hemsjukvården Surahammar\tPågår, avslutas 2025-01-31",
        "Samtal KBT varannan vecka\tPsykolog, Psykiatrisk öppenvård Västerås\tPågår t.o.m. 2025-05-31",
        "Boendestöd 2 ggr/v\tSocialpsykiatrin Surahammar\tAvslutades 2024-12-15",
        "Medicinuppföljning\tLäkare, Psykiatrisk öppenvård Västerås\tNästa besök 2025-02-11",
    ]
    for ln in tab_lines:
        p = doc.add_paragraph(ln)
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(5.5))
        p.paragraph_format.tab_stops.add_tab_stop(Cm(11.5))
        if ln.startswith("Insats\t"):
            for run in p.runs:
                run.bold = True

    label("Nya insatser")
    new_lines = [
        "Insats\tAnsvarig\tStatus",
        "Anhörigsamtal för maken\tAnhörigstödet Surahammars kommun\tFörsta samtal 2025-02-04",
        "Egenvårdsbedömning läkemedel\tSjuksköterska, Hemsjukvården Surahammar\tKlar 2025-01-31",
    ]
    for ln in new_lines:
        p = doc.add_paragraph(ln)
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(5.5))
        p.paragraph_format.tab_stops.add_tab_stop(Cm(11.5))
        if ln.startswith("Insats\t"):
            for run in p.runs:
                run.bold = True

    label("Andra aktörer")
    doc.add_paragraph(
        "Försäkringskassan: handläggaren kallar till avstämningsmöte 2025-02-18 om "
        "arbetsträning. Arbetsgivaren (K:s chef) tar fram ett förslag på arbetsträning "
        "25 % fr.o.m. mars inför avstämningsmötet. Maken påminner om kvällsmedicinen "
        "under helgerna tills egenvårdsbedömningen är klar.")
    label("Huvudansvarig för planen")
    doc.add_paragraph("Fast vårdkontakt (sjuksköterska).")
    label("Nästa uppföljning")
    doc.add_paragraph("I juni.")
    save_docx(doc, out(7, "docx"))


# ================================================================ plan 08
def plan08():
    """Empty county template: instructions red italics, grey 'Exempel:' sample
    text, only the date filled in."""
    doc = new_doc("Region Västmanland")
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Västmanlands län – gemensam mall för SIP (version 2024:2)\tRegion Västmanland och länets kommuner"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Mallen fastställd av Ledningsgruppen för samverkan i Västmanland"
    fp.runs[0].font.size = Pt(7)

    RED = RGBColor(0xC0, 0x00, 0x00)
    GREY = RGBColor(0x80, 0x80, 0x80)

    def instr(text):
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.italic = True
        r.font.color.rgb = RED
        r.font.size = Pt(9)

    def sample(text):
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.font.color.rgb = GREY

    doc.add_heading("Samordnad individuell plan (SIP)", level=0)
    instr("Instruktion: Fyll i mallen under eller direkt efter mötet. Ta bort röd "
          "instruktionstext och grå exempeltext innan planen skickas. Planen ska "
          "skrivas så att den enskilde förstår den.")

    info = doc.add_table(rows=4, cols=2)
    info.style = "Table Grid"
    vals = [("Namn", "Klicka eller tryck här för att ange text."),
            ("Personnummer", "ÅÅMMDD-XXXX"),
            ("Datum för mötet", "2025-03-12"),
            ("Plats", "Klicka eller tryck här för att ange text.")]
    for row, (k, v) in zip(info.rows, vals):
        row.cells[0].text = ""
        row.cells[0].paragraphs[0].add_run(k).bold = True
        row.cells[1].text = ""
        rr = row.cells[1].paragraphs[0].add_run(v)
        if v != "2025-03-12":
            rr.font.color.rgb = GREY

    doc.add_heading("1. Deltagare", level=1)
    instr("Ange namn, funktion och verksamhet för alla som deltar. Ange också om den "
          "enskilde och närstående deltar.")
    dt = doc.add_table(rows=4, cols=3)
    dt.style = "Table Grid"
    for c, t in zip(dt.rows[0].cells, ("Namn", "Funktion", "Verksamhet/huvudman")):
        c.text = ""
        c.paragraphs[0].add_run(t).bold = True
        shade_cell(c, "E7E6E6")
    mark_header_row(dt.rows[0])
    ex = dt.rows[1].cells
    for c, t in zip(ex, ("Exempel: Anna", "Exempel: kurator", "Exempel: BUP Västerås")):
        c.text = ""
        c.paragraphs[0].add_run(t).font.color.rgb = GREY

    doc.add_heading("2. Syfte med SIP", level=1)
    instr("Beskriv varför SIP behövs just nu för den här personen.")
    sample("Exempel: Syftet är att samordna stödet från skolan, BUP och socialtjänsten "
           "så att … kan komma tillbaka till skolan.")

    doc.add_heading("3. Frågeställningar inför mötet", level=1)
    instr("Vilka frågor ska mötet ta ställning till?")
    sample("Exempel: Vem ansvarar för …? Behöver … en utredning av …?")

    doc.add_heading("4. Den enskildes mål", level=1)
    instr("Skriv målet med den enskildes egna ord, gärna som citat.")
    sample("Exempel: ”Jag vill …”")

    doc.add_heading("5. Den enskildes delaktighet och samtycke", level=1)
    instr("Beskriv hur personen har deltagit och vad personen själv tycker. Om personen "
          "inte deltar: ange varför och hur personens åsikter har förts fram.")
    sample("Exempel: … deltog på mötet och framförde att …")
    p = doc.add_paragraph()
    p.add_run("Samtycke: ").bold = True
    p.add_run("☐ Muntligt   ☐ Skriftligt   Datum: ÅÅÅÅ-MM-DD")

    doc.add_heading("6. Insatser – vem gör vad och när", level=1)
    instr("En rad per insats. Ange verksamhet eller funktion och när insatsen startar.")
    it = doc.add_table(rows=5, cols=3)
    it.style = "Table Grid"
    for c, t in zip(it.rows[0].cells, ("Insats", "Ansvarig (verksamhet/funktion)", "När")):
        c.text = ""
        c.paragraphs[0].add_run(t).bold = True
        shade_cell(c, "E7E6E6")
    mark_header_row(it.rows[0])
    for c, t in zip(it.rows[1].cells, ("Exempel: KBT-behandling varannan vecka",
                                       "Exempel: psykolog, BUP", "Exempel: fr.o.m. ÅÅÅÅ-MM-DD")):
        c.text = ""
        c.paragraphs[0].add_run(t).font.color.rgb = GREY

    doc.add_heading("7. Andra aktörers insatser", level=1)
    instr("T.ex. Försäkringskassan, Arbetsförmedlingen, god man, närstående, personen "
          "själv. Skriv uttryckligen om det inte finns några.")
    sample("Exempel: Försäkringskassan – handläggaren …")

    doc.add_heading("8. Huvudansvar för planen", level=1)
    instr("Ange namn/funktion och verksamhet för den som har huvudansvaret.")
    sample("Klicka eller tryck här för att ange text.")

    doc.add_heading("9. Uppföljning", level=1)
    instr("Ange datum för uppföljningsmötet.")
    p = doc.add_paragraph()
    p.add_run("Datum för uppföljning: ").bold = True
    p.add_run("ÅÅÅÅ-MM-DD").font.color.rgb = GREY

    save_docx(doc, out(8, "docx"))


def main():
    for d in (PLANS, BUILD):
        os.makedirs(d, exist_ok=True)
    plan01()
    plan02()
    plan03()
    plan04()
    plan05()
    plan06()
    plan07()
    plan08()
    print("done:", sorted(os.listdir(PLANS)))


if __name__ == "__main__":
    main()
