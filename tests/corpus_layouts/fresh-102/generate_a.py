#!/usr/bin/env python
"""Generate the f102a batch of fictional SIP plans (Region Värmland).

Run with /work/batches/.venv/bin/python generate.py
Deterministic: fixed dates, no randomness. Calls soffice for f102a-07.pdf.
"""
import os
import shutil
import subprocess
import tempfile
import textwrap

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
PREFIX = "f102a"
LO_PROFILE = "file:///tmp/lo-f102a"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_I = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"


def path(nn, ext):
    return os.path.join(OUT, f"{PREFIX}-{nn:02d}.{ext}")


def fix_core(doc, title, author="", created=None):
    """Deterministic core properties."""
    import datetime
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    dt = created or datetime.datetime(2024, 1, 1, 8, 0, 0)
    cp.created = dt
    cp.modified = dt
    cp.revision = 1


def save_docx(doc, dest):
    """Save and rewrite the zip with fixed timestamps so the bytes are reproducible."""
    import io
    import zipfile
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(item.filename))


def set_cell_shading(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def mark_header_row(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def cell_text(cell, text, bold=False, italic=False, size=None, color=None):
    """Write text (may contain newlines) into a cell, one paragraph per line."""
    lines = text.split("\n") if text else [""]
    first = cell.paragraphs[0]
    for i, line in enumerate(lines):
        p = first if i == 0 else cell.add_paragraph()
        if line:
            r = p.add_run(line)
            r.bold = bold
            r.italic = italic
            if size:
                r.font.size = Pt(size)
            if color:
                r.font.color.rgb = color
    return cell


def base_style(doc, font="Calibri", size=11):
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), font)


def add_page_number_field(paragraph):
    """Insert 'Sida X (Y)' with real PAGE / NUMPAGES fields."""
    def fld(instr):
        r = paragraph.add_run()
        b = OxmlElement("w:fldChar")
        b.set(qn("w:fldCharType"), "begin")
        r._r.append(b)
        r2 = paragraph.add_run()
        it = OxmlElement("w:instrText")
        it.set(qn("xml:space"), "preserve")
        it.text = instr
        r2._r.append(it)
        r3 = paragraph.add_run()
        s = OxmlElement("w:fldChar")
        s.set(qn("w:fldCharType"), "separate")
        r3._r.append(s)
        paragraph.add_run("1")
        r4 = paragraph.add_run()
        e = OxmlElement("w:fldChar")
        e.set(qn("w:fldCharType"), "end")
        r4._r.append(e)
    paragraph.add_run("Sida ")
    fld("PAGE")
    paragraph.add_run(" (")
    fld("NUMPAGES")
    paragraph.add_run(")")


# ---------------------------------------------------------------------------
# 01  .docx  two-column table, labels written as questions, some answers empty
# ---------------------------------------------------------------------------
def plan01():
    doc = Document()
    base_style(doc, "Calibri", 11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Karlstads kommun  |  Region Värmland\tSamordnad individuell plan"
    hp.runs[0].font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.text = "SIP – Mallen ”Min plan” (frågeformulär), version 2023. Sparas i båda huvudmännens journal/akt."
    fp.runs[0].font.size = Pt(8)

    doc.add_heading("Min samordnade individuella plan (SIP)", level=1)
    p = doc.add_paragraph()
    p.add_run("Datum för mötet: ").bold = True
    p.add_run("2024-10-15, kl. 13.00–14.30")
    p = doc.add_paragraph()
    p.add_run("Plats: ").bold = True
    p.add_run("Vuxenpsykiatrin Karlstad, psykosmottagningen, samtalsrum 3")
    doc.add_paragraph(
        "Planen är skriven tillsammans med dig. Svaren står i den högra kolumnen. "
        "Det som inte hanns med på mötet har lämnats tomt.")

    rows = [
        ("Vad heter du och hur når vi dig bäst?",
         "Jonas, ÅÅMMDD-XXXX. Nås bäst via boendestödet eller på mobilen 070-XXX XX XX (svarar inte på okända nummer, skicka sms först)."),
        ("Varför har vi ett SIP-möte?",
         "Samordning."),
        ("Vilka frågor behöver vi få svar på idag?",
         "– Vem hjälper Jonas att få en överblick över skulderna och att söka skuldsanering?\n"
         "– Hur ska uppföljningen av medicinen fungera nu när depåinjektionen ges på mottagningen och inte på avdelningen?\n"
         "– Behöver boendestödet utökas under hösten?"),
        ("Vad vill du få hjälp med?",
         "”Jag vill inte bli inlagd igen. Jag vill ha koll på räkningarna så att jag får bo kvar i lägenheten. "
         "Och jag vill ha något att göra på dagarna, inte bara sitta hemma.”"),
        ("Hur har du varit med och sagt ditt?",
         "Jonas var med under hela mötet. Han tycker att boendestödet hjälper honom men vill inte ha fler besök "
         "än två i veckan. Han vill gärna prova Träffpunkten på Herrhagen men inte förrän efter nyår."),
        ("Får vi prata med varandra om dig?",
         "Ja."),
        ("Vem gör vad och när?",
         "• Vuxenpsykiatrin Karlstad, psykosteamet (sjuksköterska Lina): depåinjektion var tredje vecka, "
         "nästa gång 2024-10-29. Läkarbesök med läkemedelsgenomgång 2024-11-12.\n"
         "• Socialtjänsten Karlstad, vuxenenheten (socialsekreterare Sara): utreder ansökan om utökat "
         "boendestöd, beslut senast 2024-11-01.\n"
         "• Boendestödet Karlstad öster (boendestödjare Ahmed): besök tisdagar och fredagar fr.o.m. "
         "2024-10-18. Går igenom posten och betalar räkningar tillsammans med Jonas.\n"
         "• Budget- och skuldrådgivningen, Karlstads kommun: ett första samtal där Jonas och "
         "rådgivaren går igenom alla skulder och ser om skuldsanering är möjlig."),
        ("Vem har huvudansvaret för att planen följs?",
         ""),
        ("Vad gör andra – du själv, anhöriga, Försäkringskassan, god man?",
         ""),
        ("När ses vi igen?",
         "Tisdag 2024-11-19 kl. 13.00 på psykosmottagningen, samma rum."),
        ("Vilka var med på mötet?",
         "Jonas\n"
         "Lina, sjuksköterska, Vuxenpsykiatrin Karlstad, psykosteamet\n"
         "Henrik, specialistläkare, Vuxenpsykiatrin Karlstad, psykosteamet\n"
         "Sara, socialsekreterare, Socialtjänsten Karlstad, vuxenenheten\n"
         "Ahmed, boendestödjare, Boendestödet Karlstad öster"),
        ("Är det något mer vi behöver skriva ner?",
         ""),
    ]
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = t.rows[0]
    mark_header_row(hdr)
    cell_text(hdr.cells[0], "Frågan", bold=True)
    cell_text(hdr.cells[1], "Ditt och vårt svar", bold=True)
    for c in hdr.cells:
        set_cell_shading(c, "D9E2F3")
    for q, a in rows:
        r = t.add_row()
        cell_text(r.cells[0], q, bold=True)
        set_cell_shading(r.cells[0], "F2F2F2")
        cell_text(r.cells[1], a)
    for r in t.rows:
        r.cells[0].width = Cm(6.0)
        r.cells[1].width = Cm(10.6)

    doc.add_paragraph()
    doc.add_paragraph("Planen skickas hem till Jonas och till alla som var med på mötet.")
    fix_core(doc, "SIP Jonas", "Psykosteamet")
    save_docx(doc, path(1, "docx"))


# ---------------------------------------------------------------------------
# 02  .pdf  fpdf2 record print, each measure a small box, three across
# ---------------------------------------------------------------------------
class RecordPDF(FPDF):
    SYSTEM = "SamPlan Värmland – Samordnad individuell plan"
    PRINTED = "Utskrift 2024-09-04 10:12"

    def header(self):
        self.set_font("dv", "", 7.5)
        self.set_text_color(80, 80, 80)
        self.cell(110, 4, self.SYSTEM, new_x="RIGHT", new_y="TOP")
        self.cell(45, 4, self.PRINTED, new_x="RIGHT", new_y="TOP")
        self.cell(0, 4, f"Sida {self.page_no()} ({{nb}})", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(120, 120, 120)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("dv", "", 7)
        self.set_text_color(100, 100, 100)
        self.cell(0, 4, "Patient: Gunnar, ÅÅMMDD-XXXX   ·   Utskriven av distriktssköterska, "
                  "Vårdcentralen Arvika   ·   Journalhandling", align="C")
        self.set_text_color(0, 0, 0)

    def field(self, label, value, h_min=9):
        """Boxed field: label in a small grey strip, value below, full width."""
        w = self.w - self.l_margin - self.r_margin
        self.set_font("dv", "", 9)
        lines = self.multi_cell(w - 3, 4.6, value if value else " ", dry_run=True,
                                output="LINES", align="L")
        need = 5 + max(len(lines) * 4.6 + 2, h_min) + 2.5
        if self.get_y() + need > self.h - 16:
            self.add_page()
        x, y = self.l_margin, self.get_y()
        self.set_font("dv", "B", 7.5)
        self.set_fill_color(230, 230, 230)
        self.set_xy(x, y)
        self.cell(w, 5, label, border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
        self.set_font("dv", "", 9)
        y2 = self.get_y()
        self.set_xy(x + 1.5, y2 + 1)
        self.multi_cell(w - 3, 4.6, value if value else " ", new_x="LMARGIN", new_y="NEXT",
                        align="L")
        y3 = max(self.get_y() + 1, y2 + h_min)
        self.rect(x, y2, w, y3 - y2)
        self.set_y(y3 + 2.5)

    def measure_box(self, x, y, w, h, nr, insats, utf, start, slut):
        self.set_draw_color(60, 60, 60)
        self.rect(x, y, w, h)
        self.set_fill_color(220, 228, 240)
        self.rect(x, y, w, 5, style="DF")
        self.set_xy(x + 1.5, y + 0.5)
        self.set_font("dv", "B", 7.5)
        self.cell(w - 3, 4, f"Insats {nr}")
        cy = y + 6.5
        for lab, val, lines in (("Insats", insats, 3), ("Utförare", utf, 2),
                                ("Start", start, 1), ("Slut", slut, 1)):
            self.set_xy(x + 1.5, cy)
            self.set_font("dv", "B", 7)
            self.cell(15, 4, lab + ":")
            self.set_font("dv", "", 7.5)
            self.set_xy(x + 16.5, cy)
            self.multi_cell(w - 18, 3.6, val, align="L")
            used = max(self.get_y() - cy, 4)
            cy += max(used, lines * 3.6) + 1.2
            self.set_draw_color(190, 190, 190)
            self.line(x + 1.5, cy - 0.6, x + w - 1.5, cy - 0.6)
            self.set_draw_color(60, 60, 60)


def plan02():
    pdf = RecordPDF(format="A4")
    pdf.add_font("dv", "", FONT)
    pdf.add_font("dv", "B", FONT_B)
    pdf.set_auto_page_break(True, margin=16)
    pdf.set_margins(14, 12, 14)
    pdf.set_creation_date(__import__("datetime").datetime(2024, 9, 4, 10, 12))
    pdf.add_page()
    pdf.set_font("dv", "B", 13)
    pdf.cell(0, 7, "Samordnad individuell plan (SIP)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 8.5)
    pdf.cell(0, 5, "Vårdcentralen Arvika · Arvika kommun, Vård och omsorg", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)

    # two boxed fields side by side
    w = (pdf.w - pdf.l_margin - pdf.r_margin) / 2
    y = pdf.get_y()
    for i, (lab, val) in enumerate((("Mötesdatum", "2024-09-03 kl. 14.00"),
                                    ("Plats", "Gunnars bostad, Arvika (hembesök)"))):
        x = pdf.l_margin + i * w
        pdf.set_xy(x, y)
        pdf.set_font("dv", "B", 7.5)
        pdf.set_fill_color(230, 230, 230)
        pdf.cell(w, 5, lab, border=1, fill=True)
        pdf.set_xy(x, y + 5)
        pdf.set_font("dv", "", 9)
        pdf.cell(w, 7, " " + val, border=1)
    pdf.set_y(y + 14.5)

    pdf.field("Syfte med planen",
              "Planera stödet efter att Gunnar skrivits ut från ortopedavdelningen på Centralsjukhuset "
              "Karlstad efter en höftfraktur (operation 2024-08-22), så att han kan bo kvar hemma i "
              "Arvika och risken för nya fall minskar.")
    pdf.field("Frågeställningar", "Diskutera läget efter hemgången.")
    pdf.field("Mål",
              "Målet är att Gunnar ska kunna gå med rollator till affären på egen hand före jul och "
              "klara morgonrutinen med så lite hjälp som möjligt.")
    pdf.field("Den enskildes delaktighet", "Gunnar deltog i mötet.")
    pdf.field("Samtycke",
              "Muntligt samtycke till SIP och till informationsöverföring mellan vårdcentralen och "
              "kommunen lämnat av Gunnar 2024-09-03. Dokumenterat av distriktssköterska.")

    pdf.set_font("dv", "B", 10)
    pdf.cell(0, 6, "Insatser", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    measures = [
        ("Hemtjänst morgon och kväll, hjälp med dusch två gånger i veckan",
         "Hemtjänst Arvika centrum", "2024-09-02", "2024-12-31"),
        ("Gångträning i hemmet och utomhus med rollator, en gång i veckan",
         "Rehabenheten Arvika kommun, fysioterapeut", "2024-09-09", "2024-11-30"),
        ("Bostadsanpassning: trösklar tas bort, stödhandtag i duschen",
         "Rehabenheten Arvika kommun, arbetsterapeut", "2024-09-05", "2024-10-15"),
        ("Läkemedelsgenomgång, ställningstagande till benskörhetsbehandling",
         "Vårdcentralen Arvika, distriktsläkare", "2024-09-17", "2024-09-17"),
        ("Trygghetslarm installeras och testas",
         "Larmgruppen, Arvika kommun", "2024-09-04", "Tills vidare"),
        ("Handlar veckans mat, kör Gunnar till vårdcentralen vid läkarbesök",
         "Eva, dotter (anhörig)", "2024-09-06", "Tills vidare"),
        ("Gör hemövningarna enligt programmet från fysioterapeuten varje dag",
         "Gunnar själv", "2024-09-09", "2024-11-30"),
    ]
    gap = 3
    bw = (pdf.w - pdf.l_margin - pdf.r_margin - 2 * gap) / 3
    bh = 37
    for i, m in enumerate(measures):
        col = i % 3
        if col == 0:
            if pdf.get_y() + bh > pdf.h - 18:
                pdf.add_page()
                pdf.set_font("dv", "B", 10)
                pdf.cell(0, 6, "Insatser (forts.)", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1)
            rowy = pdf.get_y()
        pdf.measure_box(pdf.l_margin + col * (bw + gap), rowy, bw, bh, i + 1, *m)
        if col == 2 or i == len(measures) - 1:
            pdf.set_y(rowy + bh + gap)

    pdf.ln(2)
    pdf.field("Huvudansvarig för planen", "Arvika kommun")
    pdf.field("Uppföljning", "Om sex veckor.")
    pdf.field("Deltagare",
              "Gunnar, dotter, distriktssköterska, fysioterapeut, arbetsterapeut, biståndshandläggare")
    pdf.field("Övrigt", "")
    pdf.output(path(2, "pdf"))


# ---------------------------------------------------------------------------
# 03  .txt  Windows-1252, CRLF, numbered decisions + reasons
# ---------------------------------------------------------------------------
def plan03():
    W = 74

    def para(text, indent=""):
        return textwrap.fill(text, width=W, initial_indent=indent,
                             subsequent_indent=" " * len(indent))

    def decision(n, text):
        head = f"{n}. "
        return textwrap.fill(text, width=W, initial_indent=head,
                             subsequent_indent=" " * len(head))

    L = []
    L += ["KRISTINEHAMNS KOMMUN",
          "Socialförvaltningen",
          "Individ- och familjeomsorgen, Barn och unga",
          "",
          "",
          "SAMORDNAD INDIVIDUELL PLAN (SIP)",
          "BESLUT OM INSATSER OCH ANSVARSFÖRDELNING",
          "",
          "Ärende:        SIP avseende A., 16 år",
          "Personnummer:  XXXXXX-XXXX",
          "Dnr:           IFO 2025/XXX",
          "Mötesdatum:    2025-02-11",
          "Plats:         Socialkontoret, Kristinehamn",
          "",
          para("Vid samordnat möte 2025-02-11 mellan Kristinehamns kommun och Region "
               "Värmland har följande överenskommits och beslutats."),
          "",
          "",
          "BESLUT",
          "------",
          ""]
    ds = [
        "Beslutas att A. erbjuds öppenvårdsbehandling för ungdomar med "
        "missbruk, samtal en gång i veckan med behandlare på Öppenvården "
        "Kristinehamn (IFO), med start 2025-02-18.",
        "Beslutas att A. lämnar drogtest (urinprov) varannan vecka på "
        "Beroendemottagningen för unga, Region Värmland, med början 2025-02-20. "
        "Provsvaren delges behandlaren på Öppenvården.",
        "Beslutas att Regionen gör en bedömning av A:s sömnsvårigheter och oro.",
        "Beslutas att skolkurator på Brogårdsgymnasiet stämmer av närvaron med "
        "A. varje måndag från och med 2025-02-17 och meddelar socialsekreteraren "
        "vid ogiltig frånvaro mer än en dag.",
        "Beslutas att informationsutbyte får ske mellan de enheter som anges i "
        "detta beslut, med stöd av det skriftliga samtycke som A. och hennes "
        "vårdnadshavare lämnade på kommunens samtyckesblankett 2025-02-05.",
        "Beslutas att socialsekreterare Maria, IFO Kristinehamn Barn och unga, "
        "har huvudansvaret för att planen samordnas och följs upp.",
        "Beslutas att planen följs upp vid nytt SIP-möte 2025-04-08 kl. 14.00 "
        "på Socialkontoret i Kristinehamn.",
    ]
    for i, d in enumerate(ds, 1):
        L.append(decision(i, d))
        L.append("")
    L += ["",
          "SKÄL FÖR BESLUTEN",
          "-----------------",
          "",
          para("A. är 16 år och går första året på Brogårdsgymnasiet. Sedan hösten "
               "2024 har socialtjänsten tagit emot tre orosanmälningar om att A. "
               "använder cannabis. Skolan rapporterar hög ogiltig frånvaro under "
               "december och januari. A. har själv berättat att hon har svårt att "
               "sova och att hon ofta känner oro."),
          "",
          para("A:s behov kräver insatser från både socialtjänsten, skolan och hälso- "
               "och sjukvården. Enligt 2 kap. 7 § socialtjänstlagen och 16 kap. 4 § "
               "hälso- och sjukvårdslagen ska kommunen och regionen i sådana fall "
               "upprätta en samordnad individuell plan."),
          "",
          para("A. valde att inte delta i mötet eftersom hon tyckte att det skulle bli "
               "för många vuxna i rummet. Hon träffade sin socialsekreterare "
               "2025-02-07 inför mötet och berättade då att hon vill gå kvar på "
               "Brogårdsgymnasiet och inte vill bli placerad utanför hemmet. Hon kan "
               "tänka sig samtal på Öppenvården men vill inte träffa en psykolog just "
               "nu. Hennes synpunkter redovisades av socialsekreteraren vid mötet."),
          "",
          "",
          "Kristinehamn 2025-02-12",
          "",
          "Maria",
          "Socialsekreterare",
          "IFO Kristinehamn, Barn och unga",
          "",
          "Beslutet har fattats med stöd av delegation. Kopia: A., vårdnadshavare,",
          "Öppenvården Kristinehamn, Beroendemottagningen för unga, Brogårdsgymnasiet.",
          ""]
    text = "\r\n".join(line for item in L for line in item.split("\n"))
    with open(path(3, "txt"), "wb") as f:
        f.write(text.encode("cp1252"))


# ---------------------------------------------------------------------------
# 04  .docx  family plan, one measures table per family member
# ---------------------------------------------------------------------------
def plan04():
    doc = Document()
    base_style(doc, "Arial", 10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    hp = sec.header.paragraphs[0]
    hp.text = "Säffle kommun, Individ- och familjeomsorgen\t\tSIP – familj"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    add_page_number_field(fp)
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    doc.add_heading("Samordnad individuell plan – familjen S.", level=1)
    meta = doc.add_table(rows=3, cols=2)
    meta.style = "Table Grid"
    for r, (a, b) in zip(meta.rows, [("Datum", "2025-01-21"),
                                      ("Plats", "Familjecentralen Säffle"),
                                      ("Familj", "Sanna (mamma), Elvin 12 år, Tilde 7 år")]):
        cell_text(r.cells[0], a, bold=True)
        cell_text(r.cells[1], b)
        r.cells[0].width = Cm(3.5)
        r.cells[1].width = Cm(13.5)

    doc.add_heading("1. Syfte", level=2)
    doc.add_paragraph(
        "Syftet med mötet är att samordna stödet till familjen. Sanna är sjukskriven för "
        "depression sedan oktober, Elvin har hög frånvaro i skolan och väntar på uppföljning av "
        "sin ADHD-medicinering, och Tilde väntar på språkutredning. Flera verksamheter i både "
        "kommunen och regionen är inblandade och har hittills inte vetat om varandras insatser.")
    doc.add_heading("2. Frågeställningar", level=2)
    doc.add_paragraph("Gå igenom hur det fungerar för familjen.")
    doc.add_heading("3. Familjens delaktighet", level=2)
    doc.add_paragraph("Sanna och Elvin deltog på mötet. Tilde var i skolan.")
    doc.add_heading("4. Samtycke", level=2)
    doc.add_paragraph("Samtycke finns.")

    doc.add_heading("5. Insatser per familjemedlem", level=2)

    def mtable(title, rows):
        p = doc.add_paragraph()
        r = p.add_run(title)
        r.bold = True
        r.font.size = Pt(11)
        t = doc.add_table(rows=1, cols=3)
        t.style = "Table Grid"
        h = t.rows[0]
        mark_header_row(h)
        for c, txt in zip(h.cells, ("Insats", "Ansvarig (verksamhet, funktion)", "När")):
            cell_text(c, txt, bold=True)
            set_cell_shading(c, "E2EFD9")
        for a, b, c in rows:
            rr = t.add_row()
            cell_text(rr.cells[0], a)
            cell_text(rr.cells[1], b)
            cell_text(rr.cells[2], c)
        for rr in t.rows:
            rr.cells[0].width = Cm(7.5)
            rr.cells[1].width = Cm(6.0)
            rr.cells[2].width = Cm(3.5)
        doc.add_paragraph()

    mtable("Sanna (mamma)", [
        ("Samtalsbehandling (KBT) hos psykolog, varannan vecka",
         "Vårdcentralen Säffle, psykolog", "Start 2025-02-03"),
        ("Uppföljning av antidepressiv medicinering",
         "Vårdcentralen Säffle, distriktsläkare", "2025-02-18"),
        ("Avstämningsmöte om sjukpenning och planering för återgång i arbete",
         "Försäkringskassan, handläggare", "2025-02-25"),
    ])
    mtable("Elvin, 12 år", [
        ("Anpassad studiegång med kortare dagar och mentor som möter upp på morgonen",
         "Nolbyskolan Säffle, rektor och mentor", "Fr.o.m. 2025-01-27"),
        ("Uppföljning av ADHD-medicinering, läkarbesök",
         "BUP Värmland, mottagningen Karlstad, läkare", "2025-02-12"),
        ("Familjebehandling i hemmet en gång i veckan (rutiner, morgnar)",
         "IFO Säffle, familjebehandlare", "Fr.o.m. 2025-01-28"),
    ])
    mtable("Tilde, 7 år", [
        ("Språkutredning", "Logopedmottagningen, Region Värmland", "Kallelse skickas"),
        ("Stöd av specialpedagog i klassrummet två förmiddagar i veckan",
         "Nolbyskolan Säffle, specialpedagog", "Fr.o.m. 2025-02-03"),
        ("Hämtar Tilde på fritids tisdagar och torsdagar",
         "Mormor", "Fr.o.m. 2025-01-22"),
    ])

    doc.add_heading("6. Huvudansvar", level=2)
    doc.add_paragraph("Socialtjänsten.")
    doc.add_heading("7. Uppföljning", level=2)
    doc.add_paragraph("Vecka 12.")
    doc.add_heading("8. Deltagare", level=2)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    h = t.rows[0]
    mark_header_row(h)
    for c, txt in zip(h.cells, ("Namn", "Funktion", "Verksamhet")):
        cell_text(c, txt, bold=True)
        set_cell_shading(c, "E2EFD9")
    for row in [("Sanna", "Mamma", "–"),
                ("Elvin", "", "–"),
                ("Johanna", "Familjebehandlare", "IFO Säffle"),
                ("Peter", "Kurator", "Vårdcentralen Säffle"),
                ("Mona", "Specialpedagog", "Nolbyskolan Säffle"),
                ("Ali", "Mentor åk 6", "Nolbyskolan Säffle"),
                ("Linnea", "Sjuksköterska", "BUP Värmland, mottagningen Karlstad")]:
        rr = t.add_row()
        for c, txt in zip(rr.cells, row):
            cell_text(c, txt)
    fix_core(doc, "SIP familjen S", "IFO Säffle")
    save_docx(doc, path(4, "docx"))


# ---------------------------------------------------------------------------
# 05  .md  table of contents with links + "Sammanfattning" box
# ---------------------------------------------------------------------------
def plan05():
    md = """# Samordnad individuell plan – Oskar

**Torsby kommun, LSS-verksamheten · Region Värmland, Vuxenpsykiatrin Torsby**
Upprättad: 2025-03-06 · Mötet hölls på Snickeriet, daglig verksamhet, Torsby

---

## Innehåll

1. [Sammanfattning](#sammanfattning)
2. [Bakgrund](#bakgrund)
3. [Frågor till mötet](#frågor-till-mötet)
4. [Oskars egna mål](#oskars-egna-mål)
5. [Oskars delaktighet](#oskars-delaktighet)
6. [Insatser](#insatser)
7. [Övriga aktörer](#övriga-aktörer)
8. [Deltagare](#deltagare)

---

## Sammanfattning

> **Sammanfattning**
>
> - Oskar vill tillbaka till snickeriet, men på kortare dagar.
> - Oron har ökat sedan jul och Oskar sover dåligt.
> - Fortsatt samtalskontakt och stöd i vardagen.
> - God man är informerad.

## Bakgrund

Oskar är 22 år och har autism och ångest. Han bor i servicebostad i centrala Torsby
sedan 2022 och har daglig verksamhet enligt LSS på Snickeriet i Torsby fyra dagar i
veckan. Sedan jul har han varit hemma från daglig verksamhet de flesta dagarna. Han
har kontakt med Vuxenpsykiatrin Torsby sedan 2021 och har sovit dåligt under vintern.

## Frågor till mötet

- Varför har Oskar slutat gå till daglig verksamhet, och kan han börja igen med kortare dagar?
- Behöver Oskar träffa psykiatrin oftare nu när oron har ökat?
- Hur kan personalen på boendet och på Snickeriet få veta samma sak om hur Oskar mår?

## Oskars egna mål

> ”Jag vill tillbaka till snickeriet, men inte hela dagar.”

> ”Jag vill kunna sova på nätterna.”

## Oskars delaktighet

Oskar var med under första halvan av mötet. Han berättade själv att det blir för mycket
ljud i lokalen när alla är där samtidigt, och att han vill veta i förväg vilka dagar han
ska vara där. Han vill att veckans schema skrivs upp på whiteboarden i köket.

## Insatser

- Fortsatt samtalskontakt.
- Stöd i vardagen vid behov.
- Fortsatt dialog om daglig verksamhet.

## Övriga aktörer

Oskar har god man. God man är informerad om mötet.

## Deltagare

Oskar, Lena, Mikael, Fatima, Johan

---
*Planen är skriven av Lena efter mötet och skickas till alla som var med.*
"""
    with open(path(5, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ---------------------------------------------------------------------------
# 06  .docx  responsibility + follow-up in a closing paragraph of running text
# ---------------------------------------------------------------------------
def plan06():
    doc = Document()
    base_style(doc, "Times New Roman", 11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    hp = sec.header.paragraphs[0]
    hp.text = "Region Värmland, Psykiatriska kliniken, Centralsjukhuset Karlstad – avdelning 12"
    hp.runs[0].font.size = Pt(8)
    hp.runs[0].font.small_caps = True

    t = doc.add_paragraph()
    r = t.add_run("Samordnad individuell plan inför utskrivning")
    r.bold = True
    r.font.size = Pt(15)
    p = doc.add_paragraph()
    p.add_run("Patient: ").bold = True
    p.add_run("Camilla, 38 år, ÅÅMMDD-XXXX, folkbokförd i Hagfors kommun")
    p = doc.add_paragraph()
    p.add_run("Datum: ").bold = True
    p.add_run("2024-05-13. Planerat utskrivningsdatum 2024-05-15.")

    def h(txt):
        pp = doc.add_paragraph()
        rr = pp.add_run(txt)
        rr.bold = True
        rr.font.small_caps = True
        rr.font.size = Pt(12)

    h("Bakgrund")
    doc.add_paragraph(
        "Camilla har vårdats på avdelning 12 sedan 2024-05-02 efter ett suicidförsök i hemmet. "
        "Hon har en sedan flera år känd återkommande depression och har tidigare haft kontakt med "
        "Vuxenpsykiatriska mottagningen i Hagfors, som avslutades i höstas. Under vårdtiden har "
        "stämningsläget förbättrats och suicidrisken bedöms vid utskrivning som måttlig. Hon bor "
        "ensam i lägenhet i Hagfors och har haft svårt att betala hyran de senaste månaderna.")
    h("Syfte")
    doc.add_paragraph("Samordnad utskrivning.")
    h("Insatser efter utskrivning")
    tb = doc.add_table(rows=1, cols=3)
    tb.style = "Light Grid Accent 1"
    hr = tb.rows[0]
    mark_header_row(hr)
    for c, txt in zip(hr.cells, ("Insats", "Ansvarig", "Från och med")):
        cell_text(c, txt, bold=True)
    for row in [
        ("Sjuksköterskekontakt per telefon en gång i veckan under första månaden",
         "Vuxenpsykiatriska mottagningen Hagfors, sjuksköterska", "2024-05-16"),
        ("Uppföljande läkarbesök med bedömning av suicidrisk och medicinering",
         "Vuxenpsykiatriska mottagningen Hagfors, läkare", "2024-05-21"),
        ("Boendestöd tre gånger i veckan, hjälp med struktur i vardagen och att komma ut",
         "Socialpsykiatrin, Hagfors kommun, boendestödjare", ""),
        ("Ansökan om ekonomiskt bistånd för hyran för maj och genomgång av ekonomin",
         "Försörjningsstöd, Hagfors kommun, socialsekreterare", "2024-05-17"),
    ]:
        rr = tb.add_row()
        for c, txt in zip(rr.cells, row):
            cell_text(c, txt)
    for rr in tb.rows:
        rr.cells[0].width = Cm(7.5)
        rr.cells[1].width = Cm(5.5)
        rr.cells[2].width = Cm(3.0)
    doc.add_paragraph()
    doc.add_paragraph(
        "Huvudansvaret för att planen hålls samman har sjuksköterska Eva på Vuxenpsykiatriska "
        "mottagningen Hagfors, som också kallar till ett första uppföljande SIP-möte tisdag "
        "2024-06-18 kl. 10.00 på mottagningen. Samtycke finns. Camilla är sjukskriven och har "
        "kontakt med Försäkringskassan. Planen skickas till samtliga inblandade verksamheter "
        "samma dag som utskrivningen.")
    p = doc.add_paragraph()
    p.add_run("\nUpprättad av kurator, avdelning 12").italic = True
    fix_core(doc, "SIP utskrivning", "Avd 12")
    save_docx(doc, path(6, "docx"))


# ---------------------------------------------------------------------------
# 07  .pdf via LibreOffice from .docx: follow-up; old goals grey italic,
#     today's answers black
# ---------------------------------------------------------------------------
GREY = RGBColor(0x80, 0x80, 0x80)


def plan07(tmpdir):
    doc = Document()
    base_style(doc, "Liberation Sans", 10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    hp = sec.header.paragraphs[0]
    hp.text = "Karlstads kommun, Barn- och ungdomsförvaltningen  ·  Region Värmland, BUP"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_number_field(fp)

    doc.add_heading("Uppföljning av SIP – Ebba, 14 år", level=1)
    p = doc.add_paragraph()
    p.add_run("Uppföljningsmöte: ").bold = True
    p.add_run("2025-03-12, Västra skolan, Karlstad (konferensrummet)")
    p = doc.add_paragraph()
    p.add_run("Tidigare plan: ").bold = True
    p.add_run("2024-11-20")
    p = doc.add_paragraph()
    r = p.add_run("Målen från planen 2024-11-20 står i grå kursiv stil. "
                  "Dagens svar står i svart under varje mål.")
    r.font.size = Pt(9)

    def old(text):
        pp = doc.add_paragraph()
        rr = pp.add_run(text)
        rr.italic = True
        rr.font.color.rgb = GREY

    def today(text):
        pp = doc.add_paragraph(text)
        pp.paragraph_format.space_after = Pt(10)

    doc.add_heading("Mål 1 – Skolnärvaro", level=2)
    old("Ebba ska vara i skolan minst tre förmiddagar i veckan.")
    today("Ebba är i skolan två till tre förmiddagar i veckan sedan februari. Närvaron i februari "
          "var 41 procent, i november 12 procent. Den sena starten kl. 9.30 har gjort stor skillnad.")
    doc.add_heading("Mål 2 – Oro och panikattacker", level=2)
    old("Ebba ska ha färre panikattacker och kunna använda de strategier hon lärt sig på BUP.")
    today("KBT-behandlingen på BUP pågår, 8 av 12 sessioner är gjorda. Panikattackerna har minskat "
          "från flera i veckan till ungefär en varannan vecka enligt Ebbas egen dagbok.")
    doc.add_heading("Mål 3 – Morgnarna hemma", level=2)
    old("Familjen ska ha ett fungerande morgonschema.")
    today("Föräldrarna har i telefon med mentor berättat att morgnarna är lugnare men att måndagar "
          "fortfarande är svåra.")

    doc.add_heading("Ebbas delaktighet", level=2)
    today("Ebba ville inte vara med på mötet eftersom det hölls på skolan och hon inte ville att "
          "klasskamraterna skulle se henne gå in i konferensrummet. Hon träffade sin mentor "
          "2025-03-10 och berättade då att det är lättare att gå till skolan när hon vet att hon "
          "får börja senare, att hon använder andningsövningen från BUP och att hon vill fortsätta "
          "med samma mentor. Mentorn läste upp detta på mötet.")

    doc.add_heading("Insatser framåt", level=2)
    tb = doc.add_table(rows=1, cols=2)
    tb.style = "Table Grid"
    hr = tb.rows[0]
    mark_header_row(hr)
    for c, txt in zip(hr.cells, ("Insats", "Vem")):
        cell_text(c, txt, bold=True)
        set_cell_shading(c, "DDDDDD")
    for a, b in [
        ("KBT-behandlingen fortsätter, resterande fyra sessioner",
         "BUP Värmland, mottagningen Karlstad, psykolog"),
        ("Anpassat schema med start kl. 9.30 fortsätter; mentor stämmer av med Ebba varje fredag",
         "Västra skolan, mentor"),
        ("Plan för att gradvis utöka till hela skoldagar två dagar i veckan",
         "Västra skolan, elevhälsan (skolkurator och specialpedagog)"),
        ("Föräldrastödsgrupp för föräldrar till barn med oro",
         "Karlstads kommun, Råd och stöd"),
    ]:
        rr = tb.add_row()
        cell_text(rr.cells[0], a)
        cell_text(rr.cells[1], b)
    for rr in tb.rows:
        rr.cells[0].width = Cm(9.5)
        rr.cells[1].width = Cm(6.9)

    doc.add_heading("Övrigt", level=2)
    for lab, val in [("Samtycke", "Oförändrat."),
                     ("Huvudansvarig", "Se tidigare plan."),
                     ("Deltagare", "Enligt kallelse."),
                     ("Nästa uppföljning", "Vid behov, annars efter sommaren.")]:
        pp = doc.add_paragraph()
        pp.add_run(lab + ": ").bold = True
        pp.add_run(val)
    fix_core(doc, "Uppföljning SIP Ebba", "Elevhälsan")
    src = os.path.join(tmpdir, f"{PREFIX}-07.docx")
    doc.save(src)
    convert_pdf(src, tmpdir)
    shutil.copy(os.path.join(tmpdir, f"{PREFIX}-07.pdf"), path(7, "pdf"))


def convert_pdf(src, outdir):
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
                    "--convert-to", "pdf", "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=240, env=dict(os.environ, SOURCE_DATE_EPOCH="1741762800"))


# ---------------------------------------------------------------------------
# 08  NOT A PLAN: invoice specification for a joint placement (.docx)
# ---------------------------------------------------------------------------
def doc08():
    doc = Document()
    base_style(doc, "Calibri", 10)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(2.0)
    hp = sec.header.paragraphs[0]
    hp.text = "Karlstads kommun, Arbetsmarknads- och socialförvaltningen – Ekonomienheten"
    hp.runs[0].font.size = Pt(8)

    doc.add_heading("Fakturaunderlag – gemensam placering", level=1)
    meta = [
        ("Fakturamottagare", "Region Värmland, Barn- och ungdomspsykiatrin, Fakturaservice"),
        ("Referens hos mottagaren", "Verksamhetschef BUP Värmland, ref.kod BUP-4410"),
        ("Avsändare", "Karlstads kommun, IFO Barn och unga, placeringsekonomi"),
        ("Avser", "Kostnadsdelning för placering på HVB, ungdom född ÅÅMMDD-XXXX (initialer M-L)"),
        ("Överenskommelse", "Överenskommelse om delat kostnadsansvar, undertecknad 2024-09-26, "
                            "fördelning 50 % kommun / 50 % region"),
        ("Period", "2024-10-01 – 2024-12-31"),
        ("Underlag upprättat", "2025-01-09"),
    ]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in meta:
        r = t.add_row()
        cell_text(r.cells[0], a, bold=True)
        cell_text(r.cells[1], b)
        r.cells[0].width = Cm(6)
        r.cells[1].width = Cm(19.7)
    doc.add_paragraph()

    p = doc.add_paragraph()
    p.add_run("Specifikation").bold = True
    spec = doc.add_table(rows=1, cols=7)
    spec.style = "Table Grid"
    h = spec.rows[0]
    mark_header_row(h)
    heads = ("Månad", "Verksamhet", "Dygn", "Dygnskostnad (kr)", "Summa (kr)",
             "Kommunens andel 50 % (kr)", "Regionens andel 50 % (kr)")
    for c, txt in zip(h.cells, heads):
        cell_text(c, txt, bold=True, size=9)
        set_cell_shading(c, "D9D9D9")
    rows = [("Oktober 2024", "HVB Älvdalen ungdom", 31, 4850),
            ("November 2024", "HVB Älvdalen ungdom", 30, 4850),
            ("December 2024", "HVB Älvdalen ungdom", 29, 4850),
            ("December 2024", "Extra personal vid läkarbesök (avtal bil. 2)", 2, 3200)]
    total = 0

    def kr(v):
        s = f"{v:,.0f}".replace(",", " ")
        return s

    for m, v, d, k in rows:
        s = d * k
        total += s
        r = spec.add_row()
        for c, txt in zip(r.cells, (m, v, str(d), kr(k), kr(s), kr(s / 2), kr(s / 2))):
            cell_text(c, txt, size=9)
    r = spec.add_row()
    a = r.cells[0].merge(r.cells[3])
    cell_text(a, "Totalt", bold=True, size=9)
    for c, txt in zip(r.cells[4:], (kr(total), kr(total / 2), kr(total / 2))):
        cell_text(c, txt, bold=True, size=9)
    doc.add_paragraph()

    doc.add_paragraph(
        f"Att fakturera Region Värmland: {kr(total / 2)} kr. Moms utgår ej. "
        "Betalningsvillkor 30 dagar netto. Ange fakturanummer och referenskod vid betalning.")
    doc.add_paragraph(
        "Avdrag för frånvarodygn: december 2024, två dygn utan debitering från HVB (hemma över jul) "
        "enligt HVB-hemmets faktura nr 24-1187. Dygnen är redan fråndragna i specifikationen ovan.")
    doc.add_paragraph(
        "Bilagor: kopior av HVB-hemmets fakturor för oktober–december 2024, överenskommelse "
        "om delat kostnadsansvar.")
    doc.add_paragraph()
    doc.add_paragraph("Attesterat: ______________________   Ekonom, IFO Karlstads kommun")
    doc.add_paragraph("Kontakt vid frågor: ekonomienheten via växeln.")
    fix_core(doc, "Fakturaunderlag gemensam placering", "Ekonomienheten")
    save_docx(doc, path(8, "docx"))


def main():
    os.makedirs(OUT, exist_ok=True)
    plan01()
    plan02()
    plan03()
    plan04()
    plan05()
    plan06()
    tmp = tempfile.mkdtemp(prefix="f102a-")
    try:
        plan07(tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    doc08()
    print("written:", sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()
