#!/usr/bin/env python3
"""Generate the f100b batch of fictional SIP documents (Region Gävleborg).

Run with /work/batches/.venv/bin/python generate.py
Deterministic: fixed texts and dates, no randomness.
"""
import os
import shutil
import subprocess
import tempfile
from datetime import datetime, timezone

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f100b"
LO_PROFILE = "file:///tmp/lo-f100b"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def path(n, ext):
    return os.path.join(OUT, f"{PREFIX}-{n:02d}.{ext}")


# ---------------------------------------------------------------- helpers
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


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


def set_widths(tbl, widths):
    tbl.autofit = False
    grid = tbl._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in tbl.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w


def bold_para(doc, text, size=None, space_before=8):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    p.paragraph_format.space_before = Pt(space_before)
    p.paragraph_format.space_after = Pt(2)
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
    cp = doc.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.created = datetime(2025, 1, 1, 8, 0, 0)
    cp.modified = datetime(2025, 1, 1, 8, 0, 0)
    return doc


# ---------------------------------------------------------------- 01
def plan01():
    """Landscape Word plan, measures table with Vem merged vertically.
    Adult with psychosis and debts, Gävle."""
    doc = base_doc("Arial", 10)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin"):
        setattr(sec, m, Cm(2.0))
    sec.top_margin = Cm(1.8)
    sec.bottom_margin = Cm(1.8)

    hp = sec.header.paragraphs[0]
    hp.text = "Gävle kommun, Socialtjänsten – Vuxenenheten\tSIP\tSekretess enl. OSL 26 kap."
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Dokumentet upprättat 2025-02-18. Original i akt hos socialtjänsten."
    fp.runs[0].font.size = Pt(8)

    t = doc.add_paragraph()
    r = t.add_run("Samordnad individuell plan (SIP)")
    r.bold = True
    r.font.size = Pt(16)
    p = doc.add_paragraph()
    p.add_run("Namn: ").bold = True
    p.add_run("Mikael      ")
    p.add_run("Personnummer: ").bold = True
    p.add_run("ÅÅMMDD-XXXX      ")
    p.add_run("Mötesdatum: ").bold = True
    p.add_run("2025-02-18      ")
    p.add_run("Plats: ").bold = True
    p.add_run("Psykiatriska öppenvårdsmottagningen, Gävle sjukhus")

    bold_para(doc, "Bakgrund")
    doc.add_paragraph(
        "Mikael är 34 år och har diagnosen schizofreni sedan 2016. Han vårdades "
        "inneliggande på psykiatrisk klinik i Gävle under december–januari efter att "
        "ha slutat ta sin medicin under hösten. Under samma period har obetalda "
        "räkningar och hyresskulder vuxit och hyresvärden (Gavlegårdarna) har skickat "
        "en uppsägning som är vilande under förutsättning att en avbetalningsplan "
        "upprättas. Mikael har även skulder hos Kronofogden. Han bor ensam i en tvåa på "
        "Sätra och har sedan 2023 god man."
    )
    bold_para(doc, "Syfte med SIP")
    doc.add_paragraph(
        "Syftet är att Mikael ska kunna bo kvar i sin lägenhet och hålla sig stabil i "
        "sin psykiska hälsa efter utskrivningen, genom att psykiatrins behandling, "
        "boendestödet och hjälpen med ekonomin planeras tillsammans i stället för var "
        "för sig."
    )
    bold_para(doc, "Frågeställningar inför mötet")
    doc.add_paragraph("")
    bold_para(doc, "Mikaels synpunkter")
    doc.add_paragraph(
        "Mikael deltog på hela mötet. Han tycker att det är för många olika personer "
        "som hör av sig till honom och vill helst träffa samma sjuksköterska varje gång. "
        "Han vill inte ha hembesök före kl. 10 på förmiddagen och vill att post från "
        "myndigheter gås igenom tillsammans med honom, inte utan honom."
    )
    bold_para(doc, "Samtycke")
    doc.add_paragraph("Samtycke finns.")

    bold_para(doc, "Insatser")
    rows = [
        ("Psykiatriska öppenvårdsmottagningen Gävle (Region Gävleborg), fast vårdkontakt sjuksköterska",
         [("Depåinjektion (antipsykotiskt läkemedel) var tredje vecka", "Första 2025-02-25, därefter var 3:e vecka", "Ges på mottagningen"),
          ("Stödsamtal om mående och tidiga tecken på försämring, inkl. krisplan", "Varannan vecka fr.o.m. 2025-02-27", "Samma sjuksköterska enligt Mikaels önskemål"),
          ("Läkarbesök för läkemedelsuppföljning och somatisk kontroll (vikt, blodprover)", "2025-03-20", "")]),
        ("Socialtjänsten Gävle, Vuxenenheten, socialsekreterare",
         [("Utreda och fatta beslut om boendestöd enligt SoL", "Beslut senast 2025-03-07", ""),
          ("Kontakt med hyresvärden om avbetalningsplan för hyresskulden", "2025-02-21", "Mikael är med på samtalet")]),
        ("Boendestödet Gävle kommun, boendestödjare",
         [("Hembesök med stöd i vardagen: städning, inköp, dygnsrytm", "2 ggr/vecka fr.o.m. 2025-03-10", "Inte före kl. 10"),
          ("Gå igenom post och betala räkningar tillsammans med Mikael", "Varje måndag fr.o.m. 2025-03-10", "")]),
        ("Budget- och skuldrådgivningen, Gävle kommun, budget- och skuldrådgivare",
         [("Genomgång av skulder hos Kronofogden och bedömning av skuldsanering", "Första besök 2025-03-04", "")]),
    ]
    nrows = 1 + sum(len(m) for _, m in rows)
    tbl = doc.add_table(rows=nrows, cols=4)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(6.5), Cm(9.5), Cm(5.0), Cm(4.7)]
    for i, h in enumerate(["Vem", "Insats/åtgärd", "När", "Kommentar"]):
        c = tbl.rows[0].cells[i]
        set_cell(c, h, bold=True)
        shade(c, "D9E2F3")
    repeat_header(tbl.rows[0])
    ri = 1
    for vem, measures in rows:
        start = ri
        for what, when, com in measures:
            set_cell(tbl.cell(ri, 1), what)
            set_cell(tbl.cell(ri, 2), when)
            set_cell(tbl.cell(ri, 3), com)
            ri += 1
        merged = tbl.cell(start, 0)
        if ri - 1 > start:
            merged = tbl.cell(start, 0).merge(tbl.cell(ri - 1, 0))
        set_cell(merged, vem)
    set_widths(tbl, widths)

    bold_para(doc, "Övrigt")
    doc.add_paragraph("Mikaels gode man är informerad om planen.")
    bold_para(doc, "Huvudansvar för planen")
    doc.add_paragraph("Socialtjänsten Gävle")
    doc.save(path(1, "docx"))


# ---------------------------------------------------------------- 02
class EForm(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Region Gävleborg · E-tjänst Samordnad individuell plan (SIP) · Förhandsgranskning",
                  new_x="LMARGIN", new_y="NEXT")
        self.cell(95, 4, "https://e-tjanst.regiongavleborg.example/sip/arende/2025-00317")
        self.cell(0, 4, f"Utskrivet 2025-03-28 09:14   Sida {self.page_no()} ({{nb}})", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(180, 180, 180)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(5)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(120, 120, 120)
        self.cell(0, 5, "Förhandsgranskningen är inte en inskickad handling förrän du tryckt på Skicka.",
                  align="C")
        self.set_text_color(0, 0, 0)

    def label(self, text):
        self.set_font("DejaVu", "B", 9)
        self.cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")

    def value(self, text, h=None, w=None):
        w = w or (self.w - self.l_margin - self.r_margin)
        self.set_font("DejaVu", "", 9.5)
        x, y = self.get_x(), self.get_y()
        # measure height
        lines = self.multi_cell(w - 4, 5, text or " ", align="L", dry_run=True, output="LINES")
        hh = max(h or 7, len(lines) * 5 + 3)
        if y + hh > self.page_break_trigger:
            self.add_page()
            x, y = self.get_x(), self.get_y()
        self.set_fill_color(236, 236, 236)
        self.set_draw_color(200, 200, 200)
        self.rect(x, y, w, hh, style="DF")
        self.set_xy(x + 2, y + 1.5)
        if text:
            self.multi_cell(w - 4, 5, text, align="L")
        self.set_xy(self.l_margin, y + hh + 3)

    def radio(self, options):
        self.set_font("DejaVu", "", 9.5)
        self.cell(0, 6, "   ".join(f"({'•' if sel else ' '}) {o}" for o, sel in options),
                  new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def section(self, text):
        self.ln(2)
        self.set_font("DejaVu", "B", 11.5)
        self.set_text_color(0, 70, 120)
        self.cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(1)


def plan02():
    """fpdf2 print preview of an e-service form. Young adult with substance use, Sandviken."""
    pdf = EForm(format="A4")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_margins(18, 14, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.alias_nb_pages()
    pdf.set_creation_date(datetime(2025, 3, 28, 9, 14, tzinfo=timezone.utc))
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 15)
    pdf.cell(0, 9, "Samordnad individuell plan – SIP", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    pdf.multi_cell(0, 4.5, "Granska uppgifterna innan du skickar. Fält markerade med * är obligatoriska.")
    pdf.ln(3)

    pdf.section("1. Uppgifter om den enskilde")
    full = pdf.w - pdf.l_margin - pdf.r_margin
    half = (full - 6) / 2
    y = pdf.get_y()
    pdf.label("Förnamn *")
    pdf.value("Ludvig", w=half)
    y2 = pdf.get_y()
    pdf.set_xy(pdf.l_margin + half + 6, y)
    pdf.set_font("DejaVu", "B", 9)
    pdf.cell(half, 5, "Personnummer *", new_x="LEFT", new_y="NEXT")
    x = pdf.get_x()
    pdf.set_fill_color(236, 236, 236)
    pdf.rect(x, pdf.get_y(), half, 7, style="DF")
    pdf.set_xy(x + 2, pdf.get_y() + 1.5)
    pdf.set_font("DejaVu", "", 9.5)
    pdf.cell(half - 4, 5, "ÅÅMMDD-XXXX")
    pdf.set_xy(pdf.l_margin, y2)

    y = pdf.get_y()
    pdf.label("Kommun *")
    pdf.value("Sandviken", w=half)
    y2 = pdf.get_y()
    pdf.set_xy(pdf.l_margin + half + 6, y)
    pdf.set_font("DejaVu", "B", 9)
    pdf.cell(half, 5, "Datum för SIP-möte *", new_x="LEFT", new_y="NEXT")
    x = pdf.get_x()
    pdf.rect(x, pdf.get_y(), half, 7, style="DF")
    pdf.set_xy(x + 2, pdf.get_y() + 1.5)
    pdf.set_font("DejaVu", "", 9.5)
    pdf.cell(half - 4, 5, "2025-03-27")
    pdf.set_xy(pdf.l_margin, y2)

    pdf.section("2. Samtycke")
    pdf.label("Den enskilde samtycker till samordning och informationsutbyte *")
    pdf.radio([("Ja", True), ("Nej", False)])
    pdf.label("Samtycket lämnades")
    pdf.radio([("Muntligt", False), ("Skriftligt", False)])

    pdf.section("3. Syfte och frågeställningar")
    pdf.label("Syfte med SIP *")
    pdf.value("Samordning av insatser.")
    pdf.label("Frågeställningar inför mötet")
    pdf.value(
        "Hur ska Beroendemottagningens behandling och socialtjänstens stödsamtal "
        "samordnas så att Ludvig inte har två parallella behandlingskontakter med olika "
        "upplägg? Vem stöttar Ludvig att hitta en sysselsättning efter att han avbröt "
        "gymnasiet i höstas?"
    )

    pdf.section("4. Den enskildes mål och delaktighet")
    pdf.label("Mål")
    pdf.value(
        "Målet är att Ludvig ska avstå från cannabis och amfetamin och komma igång med "
        "studier eller praktik till hösten 2025."
    )
    pdf.label("Deltog den enskilde i mötet?")
    pdf.radio([("Ja", False), ("Nej", False)])
    pdf.label("Den enskildes egna synpunkter och önskemål")
    pdf.value("", h=12)

    if pdf.get_y() + 40 > pdf.page_break_trigger:
        pdf.add_page()
    pdf.section("5. Insatser")
    insatser = [
        ("Återfallsprevention med KBT-inriktning, samtal varannan vecka",
         "Beroendemottagningen Sandviken (Region Gävleborg), behandlare", "2025-04-07"),
        ("Urinprovskontroller en gång per vecka",
         "Beroendemottagningen Sandviken, sjuksköterska", "2025-04-07"),
        ("Motiverande samtal och stöd kring vardag och nätverk",
         "Socialtjänsten Sandviken, Ungdomsteamet, socialsekreterare", ""),
        ("Kartläggning av intressen och möjlighet till praktik eller studier via "
         "kommunala aktivitetsansvaret (KAA)",
         "Sandvikens kommun, KAA-samordnare", "2025-04-15"),
    ]
    ws = [full * 0.44, full * 0.34, 0]
    ws[2] = full - ws[0] - ws[1] - 6
    for i, (ins, ans, fr) in enumerate(insatser, 1):
        pdf.set_font("DejaVu", "B", 9.5)
        pdf.cell(0, 6, f"Insats {i}", new_x="LMARGIN", new_y="NEXT")
        texts = [ins, ans, fr]
        heights = [len(pdf.multi_cell(w - 4, 5, t or " ", align="L", dry_run=True, output="LINES")) * 5 + 3
                   for w, t in zip(ws, texts)]
        hh = max(7, *heights)
        if pdf.get_y() + hh + 6 > pdf.page_break_trigger:
            pdf.add_page()
        y = pdf.get_y()
        x = pdf.l_margin
        pdf.set_font("DejaVu", "B", 9)
        for w, lab in zip(ws, ["Beskrivning", "Ansvarig verksamhet/funktion", "Startdatum"]):
            pdf.set_xy(x, y)
            pdf.cell(w, 5, lab)
            x += w + 3
        x = pdf.l_margin
        pdf.set_fill_color(236, 236, 236)
        pdf.set_draw_color(200, 200, 200)
        pdf.set_font("DejaVu", "", 9.5)
        for w, t in zip(ws, texts):
            pdf.rect(x, y + 5, w, hh, style="DF")
            pdf.set_xy(x + 2, y + 6.5)
            if t:
                pdf.multi_cell(w - 4, 5, t, align="L")
            x += w + 3
        pdf.set_xy(pdf.l_margin, y + 5 + hh + 3)

    pdf.label("Andra aktörers insatser (t.ex. Försäkringskassan, Arbetsförmedlingen, närstående)")
    pdf.value("", h=12)

    pdf.section("6. Ansvar och uppföljning")
    pdf.label("Huvudansvarig för planen *")
    pdf.value("Socialsekreterare")
    pdf.label("Datum för uppföljning")
    pdf.value("", w=60)
    pdf.label("Deltagare vid mötet")
    pdf.value("Anna, Erik, Sofia, Mattias")

    pdf.ln(2)
    # buttons
    if pdf.get_y() + 14 > pdf.page_break_trigger:
        pdf.add_page()
    bx = pdf.w - pdf.r_margin - 32
    y = pdf.get_y()
    pdf.set_draw_color(120, 120, 120)
    pdf.set_fill_color(255, 255, 255)
    pdf.rect(bx - 40, y, 34, 9, style="D")
    pdf.set_xy(bx - 40, y + 2)
    pdf.set_font("DejaVu", "", 10)
    pdf.cell(34, 5, "Spara utkast", align="C")
    pdf.set_fill_color(0, 90, 150)
    pdf.rect(bx, y, 32, 9, style="F")
    pdf.set_xy(bx, y + 2)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(32, 5, "Skicka", align="C")
    pdf.set_text_color(0, 0, 0)
    pdf.output(path(2, "pdf"))


# ---------------------------------------------------------------- 03
def plan03():
    """Case-system export, indented YAML-like text. Elderly man after hip fracture, Hudiksvall."""
    text = """\
# Export från verksamhetssystem – modul Samordnad planering
# Ärendetyp: SIP (samordnad individuell plan)
# Exporterad: 2025-01-09 14:32 av användare HUDIKSVALL\\bistand07
# Teckenkodning: UTF-8. Tomma fält exporteras som tom rad efter kolon.
plan:
  id: SIP-2025-0042
  status: fastställd
  version: 1
  person:
    förnamn: Sven
    personnummer: XXXXXX-XXXX
    kommun: Hudiksvall
    boende: ordinärt boende, lägenhet 2 tr med hiss
  möte:
    datum: 2025-01-08
    plats: Hudiksvalls sjukhus, ortopedavdelningen (avd 5)
    form: fysiskt möte inför utskrivning
  enskilde_deltog: ja
  bakgrund: >
    Sven, 84 år, föll i hemmet 2024-12-29 och opererades för höftfraktur
    vänster sida 2024-12-30. Sedan tidigare förmaksflimmer och lätt
    hjärtsvikt. Har klarat sig själv med visst stöd av dottern. Går nu med
    rollator kortare sträckor med tillsyn, behöver hjälp vid dusch och med
    strumpor och skor. Beräknas utskrivningsklar 2025-01-10.
  syfte: >
    Planen ska samordna hemtjänst, kommunal rehabilitering och
    läkemedelsuppföljningen de första veckorna efter hemgång så att Sven kan
    komma hem till sin lägenhet tryggt, återfå gångförmågan och inte faller
    igen.
  frågeställningar:
  mål:
    - Att Sven ska kunna bo kvar hemma och förflytta sig med rollator
      inomhus utan hjälp.
  samtycke:
  # Insatser sorterade efter startdatum
  insatser:
    - insats: Hemtjänst morgon och kväll, hjälp med personlig hygien,
        på- och avklädning, tillsyn
      ansvarig: Hemtjänsten Hudiksvall centrum, enhetschef
      start: 2025-01-10
    - insats: Trygghetslarm installeras före hemgång
      ansvarig: Socialtjänsten Hudiksvall, biståndshandläggare
      start: 2025-01-10
    - insats: Bedömning och utprovning av hjälpmedel (toalettförhöjning,
        duschpall, griptång), bedömning av behov av bostadsanpassning
      ansvarig: Kommunrehab Hudiksvall, arbetsterapeut
      start: 2025-01-10
    - insats: Hemrehabilitering, gång- och balansträning tre gånger per vecka
      ansvarig: Kommunrehab Hudiksvall, fysioterapeut
      start: 2025-01-13
    - insats: Läkemedelsgenomgång, smärtlindring och kontroll av
        blodförtunnande behandling
      ansvarig: Regionen
      start: 2025-01-20
    - insats: Handlar mat en gång i veckan och följer med på återbesöket på
        ortopedmottagningen
      ansvarig: dottern Annika
      start: 2025-01-11
  huvudansvarig:
  uppföljning:
    datum: 2025-02-05
    form: hembesök hos Sven
  # Deltagarlista exporteras inte i detta format (se mötesbokning).
"""
    with open(path(3, "txt"), "w", encoding="utf-8", newline="\r\n") as f:
        f.write(text)


# ---------------------------------------------------------------- 04
def plan04():
    """Word plan, goals table Mål | Hur når jag dit | Vem hjälper mig. LSS/autism, Bollnäs."""
    doc = base_doc("Calibri", 11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    hp = sec.header.paragraphs[0]
    hp.text = "Bollnäs kommun · Region Gävleborg"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(9)
    hp.runs[0].font.color.rgb = RGBColor(0x59, 0x59, 0x59)

    doc.add_heading("Min SIP – Oskar", level=0)
    p = doc.add_paragraph()
    p.add_run("Möte: ").bold = True
    p.add_run("2025-02-04, Habiliteringen Bollnäs")

    doc.add_heading("Om mig", level=1)
    doc.add_paragraph(
        "Oskar är 21 år och bor med sin mamma i Bollnäs. Han har autism och ADHD och har "
        "insatser från Habiliteringen sedan barndomen. Efter gymnasiesärskolan har han "
        "daglig verksamhet enligt LSS på Kvarnen i Bollnäs fyra dagar i veckan. Oskar "
        "blir lätt stressad när planer ändras, har perioder av mycket ångest och sover "
        "dåligt. Han vill flytta hemifrån och har börjat prata om att han vill ha ett "
        "riktigt jobb."
    )

    doc.add_heading("Frågor vi ville ha svar på", level=1)
    for q in [
        "Kan Oskar få en plats i bostad med särskild service i Bollnäs under 2025, och vad "
        "behöver han träna på innan han flyttar?",
        "Hur ska Habiliteringen och daglig verksamhet lägga upp schemat så att Oskar får "
        "veta förändringar i god tid?",
        "Kan Arbetsförmedlingen göra en kartläggning trots att Oskar har daglig verksamhet?",
    ]:
        doc.add_paragraph(q, style="List Bullet")

    doc.add_heading("Mina mål", level=1)
    goals = [
        ("”Jag vill flytta till en egen lägenhet.”",
         "Träna på att handla, laga mat och tvätta två kvällar i veckan. Ansöka om "
         "bostad med särskild service enligt LSS.",
         "Mamma Lena; LSS-handläggaren i Bollnäs kommun"),
        ("”Jag vill ha ett jobb där det är lugnt, gärna med djur.”",
         "Praktik på ett stall eller en gård genom daglig verksamhet. Kartläggning av "
         "vad jag klarar och vill hos Arbetsförmedlingen.",
         "Arbetsförmedlingen; daglig verksamhet Kvarnen"),
        ("”Jag vill inte få lika mycket ångest när saker ändras.”",
         "Bildschema i telefonen. Få veta ändringar dagen innan. Samtal om oro och "
         "stress med psykolog.",
         "Habiliteringen Bollnäs, psykolog"),
    ]
    tbl = doc.add_table(rows=1, cols=3)
    tbl.style = "Light Grid Accent 1"
    for i, h in enumerate(["Mål", "Hur når jag dit", "Vem hjälper mig"]):
        set_cell(tbl.rows[0].cells[i], h, bold=True)
    repeat_header(tbl.rows[0])
    for g in goals:
        cells = tbl.add_row().cells
        for i, v in enumerate(g):
            set_cell(cells[i], v)
    set_widths(tbl, [Cm(4.8), Cm(7.0), Cm(4.2)])

    doc.add_heading("Vad som ska göras", level=1)
    doc.add_paragraph(
        "LSS-handläggaren i Bollnäs kommun tar emot Oskars ansökan om bostad med särskild "
        "service och fattar beslut senast 2025-03-31. Psykologen på Habiliteringen Bollnäs "
        "träffar Oskar varannan vecka från 2025-02-17 och gör tillsammans med honom ett "
        "bildschema i telefonen. Daglig verksamhet Kvarnen letar efter en praktikplats "
        "med djur. Arbetsförmedlingen (handläggare i Bollnäs) bokar ett första möte för "
        "kartläggning under mars. Mamma Lena tränar matlagning och tvätt med Oskar hemma "
        "på tisdagar och torsdagar."
    )

    doc.add_heading("Så var jag med", level=1)
    doc.add_paragraph(
        "Oskar var med på hela mötet tillsammans med mamma. Han hade förberett sig med "
        "sin kontaktperson på Kvarnen och hade skrivit ner sina mål. Oskar vill att alla "
        "pratar direkt med honom och inte bara med mamma, och han vill få kallelser och "
        "ändringar som sms."
    )

    doc.add_heading("Samtycke", level=1)
    doc.add_paragraph("Samtycke finns.")

    doc.add_heading("Uppföljning", level=1)
    doc.add_paragraph("Vi träffas igen i slutet av april.")

    doc.add_heading("Vi som var med", level=1)
    doc.add_paragraph("Oskar, Lena (mamma), Petra (LSS-handläggare), Amir (psykolog), "
                      "Johanna (kontaktperson daglig verksamhet)")
    doc.save(path(4, "docx"))


# ---------------------------------------------------------------- 05
def plan05():
    """Markdown minutes, decisions inline. Child with school refusal and anxiety, Söderhamn."""
    md = """\
# Minnesanteckningar – SIP-möte för Ella

- **Datum:** 2025-01-28, kl. 13.00–14.30
- **Plats:** Centralskolan, Söderhamn (konferensrum 2)
- **Närvarande:** Ella, Sara (mamma), Johan (pappa), Lotta, Ahmed, Karin, Maria
- **Antecknat av:** Karin

Mötet inleddes med en presentationsrunda och en genomgång av hur ett SIP-möte går till, så att Ella visste vad som skulle hända. Syftet med mötet är samordning.

Ella är 13 år och går i årskurs 7. Hon har haft mycket hög frånvaro sedan oktober, under december var hon i skolan totalt fyra dagar. Hon beskriver illamående och ont i magen på morgnarna och har panikattacker när hon ska gå in i klassrummet. Ella har en pågående utredning på BUP Söderhamn sedan november och har haft två bedömningssamtal där. Föräldrarna är separerade och Ella bor växelvis, vilket gör att morgonrutinerna ser olika ut varannan vecka.

Inför mötet hade mamma skickat två frågor: hur Ella ska kunna komma tillbaka till skolan stegvis utan att det blir för mycket på en gång, och vem som kan hjälpa henne med ångesten på morgonen innan hon kommer iväg hemifrån. Pappa ville också veta om skolan kan sätta betyg i de ämnen hon missat.

Ella var med på mötets första halvtimme och sa själv: ”Jag vill kunna gå till skolan utan att må illa varje morgon, och jag vill börja med bara de lektioner där jag har kompisar.” Hon sa också att hon inte vill att hela klassen ska få veta varför hon varit borta. Efter en paus valde hon att gå ut och vänta i biblioteket, och föräldrarna fortsatte mötet.

BUP berättade att bedömningen pekar på en ångestproblematik och att KBT med exponering i små steg är det som rekommenderas. **Beslut:** BUP Söderhamn erbjuder Ella KBT-behandling för ångest hos psykolog, första besöket 2025-02-06 och därefter en gång i veckan under tolv veckor. Psykologen hör av sig till båda föräldrarna.

Skolan kan göra en anpassad studiegång under våren. Rektor har redan fattat beslut om att det går att börja med ett reducerat schema. **Beslut:** Från 2025-02-03 har Ella ett anpassat schema på skolan med tre lektioner per dag (svenska, bild och idrott), och hennes mentor möter henne vid entrén kl. 8.15 varje morgon. Mentorn stämmer av närvaron med föräldrarna varje fredag. **Beslut:** Skolsköterskan på Centralskolan gör en hälsokontroll med Ella den 2025-02-10 för att utesluta kroppsliga orsaker till magbesvären.

Föräldrarna behöver stöd med morgnarna, och det behöver se likadant ut i båda hemmen. **Beslut:** Familjebehandlare från Socialtjänsten Söderhamn, Barn och familj, gör hembesök hos mamma och pappa varannan vecka från 2025-02-05 med fokus på gemensamma morgonrutiner. Föräldrarna nämnde att de har funderat på att kontakta Försäkringskassan, men det är inget som är bestämt.

Det diskuterades vem som ska hålla ihop planen. **Beslut:** Lotta, kurator på Centralskolan, har huvudansvaret för SIP:en, håller kontakten med alla och kallar till nästa möte.

**Beslut:** Uppföljande SIP-möte 2025-03-18 kl. 13.00 på Centralskolan. Ella får själv välja om hon vill vara med hela tiden eller en del av mötet.
"""
    with open(path(5, "md"), "w", encoding="utf-8") as f:
        f.write(md)


# ---------------------------------------------------------------- 06
def plan06():
    """Word follow-up of SIP, ✓/✗ list, next date only in header. Discharge from
    psychiatric inpatient care, Ljusdal."""
    doc = base_doc("Calibri", 11)
    sec = doc.sections[0]
    hdr = sec.header
    hp = hdr.paragraphs[0]
    r = hp.add_run("Uppföljning av SIP – A., Ljusdal")
    r.font.size = Pt(9)
    hp2 = hdr.add_paragraph()
    r = hp2.add_run("Nästa uppföljning: 2025-06-10 kl. 10.00, Vuxenpsykiatriska mottagningen Ljusdal")
    r.font.size = Pt(9)
    r.bold = True
    fp = sec.footer.paragraphs[0]
    fp.text = "Region Gävleborg · Ljusdals kommun"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.runs[0].font.size = Pt(8)

    doc.add_heading("Uppföljning av SIP", level=1)
    p = doc.add_paragraph()
    p.add_run("Den enskilde: ").bold = True
    p.add_run("Anders (A.), ÅÅMMDD-XXXX\n")
    p.add_run("Datum för uppföljningen: ").bold = True
    p.add_run("2025-03-25\n")
    p.add_run("Ursprunglig plan upprättad: ").bold = True
    p.add_run("2025-02-04, i samband med utskrivning från psykiatrisk heldygnsvård")

    doc.add_heading("Syfte", level=2)
    doc.add_paragraph("Se tidigare plan (2025-02-04).")
    doc.add_heading("Frågeställningar", level=2)
    doc.add_paragraph("Genomgång av läget sedan förra mötet.")
    doc.add_heading("Den enskildes mål", level=2)
    doc.add_paragraph("Oförändrat.")

    doc.add_heading("Den enskildes medverkan", level=2)
    doc.add_paragraph(
        "Anders deltog inte i dagens möte. Han ringde på morgonen och meddelade att han "
        "hade feber och inte orkade komma. Mötet genomfördes ändå eftersom flera insatser "
        "behövde planeras om."
    )

    doc.add_heading("Insatser i föregående plan", level=2)
    earlier = [
        ("✓ genomfört", "Läkarbesök för läkemedelsuppföljning efter utskrivningen, "
         "Vuxenpsykiatriska mottagningen Ljusdal (genomfört 2025-02-20)."),
        ("✓ genomfört", "Utredning och beslut om boendestöd, Socialtjänsten Ljusdal "
         "(beviljat 2025-02-25, startade 2025-03-03)."),
        ("✓ genomfört", "Telefonkontakt med sjuksköterska en gång i veckan första månaden."),
        ("✗ ej genomfört", "Samtalsbehandling (KBT) – psykologtid har inte kunnat erbjudas "
         "på grund av vakans."),
        ("✗ ej genomfört", "Kontakt med Försäkringskassan om sjukpenning – ansökan har inte "
         "skickats."),
    ]
    for mark, txt in earlier:
        p = doc.add_paragraph(style="List Paragraph")
        r = p.add_run(mark + "  ")
        r.bold = True
        r.font.color.rgb = RGBColor(0x1E, 0x7B, 0x34) if mark.startswith("✓") else RGBColor(0xB0, 0x1E, 0x1E)
        p.add_run(txt)

    doc.add_heading("Nya insatser", level=2)
    new = [
        ("KBT-behandling, 10 sessioner, med fokus på depression och sömn",
         "Vuxenpsykiatriska mottagningen Ljusdal, psykolog", "Start 2025-04-14"),
        ("Boendestöd fortsätter två gånger i veckan, fokus på dygnsrytm, matlagning och "
         "att komma ut en promenad varje dag",
         "Socialpsykiatrin Ljusdals kommun, boendestödjare", "Fr.o.m. 2025-04-01"),
        ("Stöd att fylla i och skicka ansökan om sjukpenning",
         "Socialpsykiatrin Ljusdals kommun, boendestödjare", "2025-04-08"),
        ("Läkemedelsuppföljning och bedömning av fortsatt sjukskrivning",
         "Regionen", "Maj 2025"),
    ]
    tbl = doc.add_table(rows=1, cols=3)
    tbl.style = "Table Grid"
    for i, h in enumerate(["Insats", "Ansvarig", "När"]):
        c = tbl.rows[0].cells[i]
        set_cell(c, h, bold=True)
        shade(c, "E7E6E6")
    repeat_header(tbl.rows[0])
    for n in new:
        cells = tbl.add_row().cells
        for i, v in enumerate(n):
            set_cell(cells[i], v)
    set_widths(tbl, [Cm(7.5), Cm(5.5), Cm(3.0)])

    doc.add_paragraph()
    doc.add_paragraph(
        "Försäkringskassan är informerad om att Anders har en SIP och kan bli aktuell "
        "för ett avstämningsmöte längre fram."
    )

    doc.add_heading("Huvudansvar", level=2)
    doc.add_paragraph("Vuxenpsykiatrin Ljusdal")

    doc.add_heading("Deltagare", level=2)
    for d in [
        "Maria, sjuksköterska och fast vårdkontakt, Vuxenpsykiatriska mottagningen Ljusdal",
        "Peter, boendestödjare, Socialpsykiatrin Ljusdals kommun",
        "Hanna, socialsekreterare, Vuxenenheten, Socialtjänsten Ljusdal",
    ]:
        doc.add_paragraph(d, style="List Bullet")
    doc.save(path(6, "docx"))


# ---------------------------------------------------------------- 07
HTML07 = """<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Min plan – SIP-portalen</title>
<style>
  @page { size: A4; margin: 16mm 15mm; }
  body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10pt; color: #222; }
  .top { border-bottom: 2px solid #00617f; padding-bottom: 4px; margin-bottom: 8px; }
  .brand { font-size: 9pt; color: #00617f; font-weight: bold; }
  .print { float: right; font-size: 9pt; color: #0645ad; text-decoration: underline; }
  h1, h2, p, td, th, div, span { font-family: "DejaVu Sans", Arial, sans-serif; }
  h1 { font-size: 17pt; margin: 6px 0 2px 0; color: #00384a; }
  .meta { font-size: 8.5pt; color: #555; margin-bottom: 10px; }
  details, .sec { border: 1px solid #c8d6dc; margin: 0 0 7px 0; }
  h2 { font-size: 12pt; }
  .sec h2 { font-size: 12pt; background: #e9f1f4; margin: 0; padding: 5px 8px; color: #00384a; }
  .sec .body { padding: 6px 10px 8px 10px; }
  .empty { color: #888; font-style: italic; }
  table { border-collapse: collapse; width: 100%; font-size: 9.5pt; }
  th, td { border: 1px solid #c8d6dc; padding: 4px 6px; text-align: left; vertical-align: top; }
  th { background: #f3f6f7; }
  .foot { font-size: 8pt; color: #777; margin-top: 12px; border-top: 1px solid #ccc; padding-top: 4px; }
</style>
</head>
<body>
<table width="100%" cellpadding="2" cellspacing="0" style="border:none; border-bottom: 2px solid #00617f;">
<tr><td style="border:none"><span class="brand">SIP-portalen · Gävle kommun och Region Gävleborg</span></td>
<td style="border:none" align="right"><a class="print" href="javascript:window.print()">Skriv ut</a></td></tr>
</table>
<h1>Min plan</h1>
<div class="meta">Leif · Plan-id 2025-GVL-0188 · Skapad 2025-03-11 · Senast ändrad 2025-03-12 · Status: Aktiv</div>

<div class="sec"><h2>▼ Syfte med planen</h2>
<div class="body"><span class="empty">Ej ifyllt</span></div></div>

<div class="sec"><h2>▼ Frågeställningar</h2>
<div class="body"><span class="empty">Ej ifyllt</span></div></div>

<div class="sec"><h2>▼ Mina mål</h2>
<div class="body">
<p>”Jag vill klara mig själv hemma och få ordning på sockret så att jag slipper åka in
akut igen. Och jag vill dricka mindre, inte varje dag som nu.”</p>
</div></div>

<div class="sec"><h2>▼ Så här var jag med</h2>
<div class="body">
<p>Jag var med på mötet den 11 mars 2025 på vårdcentralen. Jag vill att hemtjänsten
kommer på förmiddagen och att det är samma personal så långt det går. Jag vill inte
bli tjatad på om alkoholen, men jag kan tänka mig att prata om det.</p>
</div></div>

<div class="sec"><h2>▼ Samtycke</h2>
<div class="body">
<p>Samtycke till samordnad individuell plan och informationsutbyte mellan kommun och
region lämnades muntligt på mötet 2025-03-11. Registrerat i portalen 2025-03-12.</p>
</div></div>

<div class="sec"><h2>▼ Insatser</h2>
<div class="body">
<table width="100%" border="1" cellpadding="4" cellspacing="0">
<col width="50%"><col width="30%"><col width="20%">
<tr><th>Insats</th><th>Ansvarig</th><th>När</th></tr>
<tr><td>Fortsatt kontakt</td><td class="empty">Ej angiven</td><td class="empty">–</td></tr>
<tr><td>Stöd i hemmet vid behov</td><td class="empty">Ej angiven</td><td class="empty">–</td></tr>
<tr><td>Samtal om alkohol vid behov</td><td class="empty">Ej angiven</td><td class="empty">–</td></tr>
</table>
</div></div>

<div class="sec"><h2>▼ Andra som hjälper mig</h2>
<div class="body"><span class="empty">Ej ifyllt</span></div></div>

<div class="sec"><h2>▼ Huvudansvarig för planen</h2>
<div class="body"><span class="empty">Ej angiven</span></div></div>

<div class="sec"><h2>▼ Deltagare</h2>
<div class="body"><span class="empty">Inga deltagare registrerade</span></div></div>

<div class="sec"><h2>▼ Uppföljning</h2>
<div class="body"><p>Vid behov.</p></div></div>

<div class="foot">Utskriven från SIP-portalen 2025-03-14. Alla avsnitt visas expanderade vid utskrift.
Frågor om planen? Kontakta din vårdcentral eller kommunen via växeln.</div>
</body>
</html>
"""


def lo_convert(src, outdir):
    subprocess.run(
        ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
         "--convert-to", "pdf", "--outdir", outdir, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180,
    )


def plan07():
    """Web plan (HTML) printed to PDF via LibreOffice. Alcohol and diabetes, Gävle."""
    tmp = tempfile.mkdtemp(prefix="f100b-")
    src = os.path.join(tmp, f"{PREFIX}-07.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(HTML07)
    lo_convert(src, tmp)
    shutil.copy(os.path.join(tmp, f"{PREFIX}-07.pdf"), path(7, "pdf"))
    shutil.rmtree(tmp)


# ---------------------------------------------------------------- 08
def doc08():
    """NOT a plan: BVC nurse's report from a home visit, Bollnäs."""
    doc = base_doc("Calibri", 11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Barnavårdscentralen, Hälsocentralen Bollnäs · Region Gävleborg"
    hp.runs[0].font.size = Pt(9)

    doc.add_heading("Rapport från hembesök", level=1)
    p = doc.add_paragraph()
    p.add_run("Barn: ").bold = True
    p.add_run("Noah, född 2025-04-22 (ÅÅMMDD-XXXX)\n")
    p.add_run("Vårdnadshavare: ").bold = True
    p.add_run("Emma och Daniel\n")
    p.add_run("Datum för besöket: ").bold = True
    p.add_run("2025-05-06\n")
    p.add_run("Besöket gjort av: ").bold = True
    p.add_run("BVC-sjuksköterska, Hälsocentralen Bollnäs")

    doc.add_heading("Anledning till besöket", level=2)
    doc.add_paragraph(
        "Ordinarie hembesök inom barnhälsovårdens nationella program, 1–2 veckor efter "
        "hemkomst från BB. Familjens första barn."
    )
    doc.add_heading("Barnet", level=2)
    doc.add_paragraph(
        "Noah är 2 veckor gammal. Vikt 3 620 g (födelsevikt 3 540 g), längd 51 cm, "
        "huvudomfång 35,5 cm. Han är vaken och tittar, rör sig symmetriskt, god tonus. "
        "Navelstumpen har lossnat, naveln är torr och fin. Lätt gulaktig hud som enligt "
        "föräldrarna minskat sedan hemgång. Hjärtljud utan anmärkning. Höftar stabila."
    )
    doc.add_heading("Amning och sömn", level=2)
    doc.add_paragraph(
        "Helamning, ammar 8–10 gånger per dygn. Emma har haft ömma bröstvårtor första "
        "veckan men det har blivit bättre efter att vi gick igenom amningsställning och "
        "tag. Noah har 5–6 blöta blöjor per dygn och gul avföring. Sover i egen säng i "
        "föräldrarnas sovrum, på rygg. Föräldrarna har fått information om säker sömn."
    )
    doc.add_heading("Föräldrarna och hemmet", level=2)
    doc.add_paragraph(
        "Föräldrarna beskriver att de är trötta men att det går bra. Daniel är "
        "föräldraledig de första tre veckorna. Emma mår bra, förlossningen var okomplicerad. "
        "Rökfri miljö, inga husdjur. Familjen bor i lägenhet i centrala Bollnäs och har "
        "mormor i närheten som hjälper till."
    )
    doc.add_heading("Information och råd som gavs", level=2)
    for t in [
        "Säker sömn och plötslig spädbarnsdöd.",
        "D-vitamindroppar från 1 veckas ålder, 5 droppar dagligen.",
        "Skötsel av navel och hud, bad.",
        "Föräldragrupp på BVC startar i juni, inbjudan skickas hem.",
        "Vart man vänder sig vid feber eller oro: 1177 Vårdguiden eller BVC via växeln.",
    ]:
        doc.add_paragraph(t, style="List Bullet")
    doc.add_heading("Bedömning", level=2)
    doc.add_paragraph(
        "Frisk nyfödd pojke som går upp i vikt enligt förväntan. Amningen fungerar. "
        "Inga tecken på oro för barnets hälsa eller föräldrarnas förmåga."
    )
    doc.add_heading("Nästa kontakt", level=2)
    doc.add_paragraph(
        "Besök på BVC vid 4 veckors ålder, tid bokad 2025-05-20. Läkarundersökning vid "
        "4–6 veckor bokas vid det besöket."
    )
    p = doc.add_paragraph()
    p.add_run("Signerat: ").bold = True
    p.add_run("Ingrid, BVC-sjuksköterska, 2025-05-06")
    doc.save(path(8, "docx"))


def main():
    os.makedirs(OUT, exist_ok=True)
    plan01()
    plan02()
    plan03()
    plan04()
    plan05()
    plan06()
    plan07()
    doc08()
    print("done:", sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()
