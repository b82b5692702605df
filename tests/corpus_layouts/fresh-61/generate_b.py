#!/usr/bin/env python
"""Generate batch fresh-61b (prefix f61b-): SIP test plans, Västerbotten/Norrbotten.

Run with /work/batches/.venv/bin/python generate.py
Deterministic: fixed dates and texts, no randomness.
"""
import os
import shutil
import subprocess
import textwrap
import datetime
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF
from fpdf.enums import XPos, YPos

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f61b-"
LO_PROFILE = "file:///tmp/lo-f61b"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def path(nn, ext):
    return os.path.join(OUT, f"{PREFIX}{nn}.{ext}")


# ---------------------------------------------------------------- docx helpers
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
    core = doc.core_properties
    core.author = ""
    core.last_modified_by = ""
    import datetime
    core.created = datetime.datetime(2025, 1, 1, 8, 0, 0)
    core.modified = datetime.datetime(2025, 1, 1, 8, 0, 0)
    core.revision = 1
    return doc


def set_margins(section, top=2.0, bottom=2.0, left=2.2, right=2.2):
    section.top_margin = Cm(top)
    section.bottom_margin = Cm(bottom)
    section.left_margin = Cm(left)
    section.right_margin = Cm(right)


def bold_para(container, text, size=None, space_before=8):
    p = container.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    p.paragraph_format.space_before = Pt(space_before)
    p.paragraph_format.space_after = Pt(2)
    return p


def para(container, text, bold_prefix=None, size=None, italic=False):
    p = container.add_paragraph()
    if bold_prefix:
        rb = p.add_run(bold_prefix)
        rb.bold = True
        if size:
            rb.font.size = Pt(size)
    r = p.add_run(text)
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(4)
    return p


def shade(cell, hex_fill):
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


def cell_text(cell, text, bold=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i > 0:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        p.paragraph_format.space_after = Pt(1)


def fill_table(table, header, rows, size=None, header_fill="D9E2F3"):
    for i, h in enumerate(header):
        cell_text(table.rows[0].cells[i], h, bold=True, size=size)
        if header_fill:
            shade(table.rows[0].cells[i], header_fill)
    mark_header_row(table.rows[0])
    for r_i, row in enumerate(rows, start=1):
        for c_i, val in enumerate(row):
            cell_text(table.rows[r_i].cells[c_i], val, size=size)


def set_col_widths(table, widths_cm):
    table.autofit = False
    for i, w in enumerate(widths_cm):
        table.columns[i].width = Cm(w)
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def add_page_field(paragraph):
    run = paragraph.add_run()
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " PAGE "
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    run._r.append(f1)
    run._r.append(it)
    run._r.append(f2)
    run._r.append(t)
    run._r.append(f3)
    return run


def normalize_docx(fn):
    """Rewrite the zip with fixed timestamps so reruns give identical bytes."""
    with zipfile.ZipFile(fn) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(fn, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def soffice_pdf(src, outdir):
    cmd = ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
           "--convert-to", "pdf", "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=240)


# ============================================================ 01 header/footer
def plan01():
    """Woman 26, depression and self-harm, studies. Luleå.
    Participants in the page header, lead and follow-up in the footer."""
    doc = base_doc("Calibri", 11)
    sec = doc.sections[0]
    set_margins(sec, top=4.6, bottom=2.8)
    sec.header_distance = Cm(0.8)
    sec.footer_distance = Cm(0.8)

    # ---- header: title line + participants table
    hdr = sec.header
    hp = hdr.paragraphs[0]
    r = hp.add_run("Samordnad individuell plan (SIP)  ·  J., 26 år  ·  Möte 2025-02-12, Psykiatrin Luleå")
    r.bold = True
    r.font.size = Pt(9)
    hp2 = hdr.add_paragraph()
    r = hp2.add_run("Deltagare vid mötet:")
    r.font.size = Pt(8)
    r.bold = True
    ht = hdr.add_table(rows=4, cols=2, width=Cm(16.6))
    ht.style = "Table Grid"
    parts = [
        ("J. (den enskilda)", "Sanna, sjuksköterska och SIP-samordnare, Psykiatrin Luleå öppenvård"),
        ("Mikael, kurator/terapeut, Psykiatrin Luleå öppenvård", "Ida, läkare (ST), Psykiatrin Luleå öppenvård"),
        ("Hanna, boendestödjare, Socialpsykiatrin Luleå kommun", "Petra, biståndshandläggare, Socialtjänsten Luleå kommun"),
        ("Lars, distriktssköterska, Hälsocentralen Örnäset", ""),
    ]
    for i, (a, b) in enumerate(parts):
        cell_text(ht.rows[i].cells[0], a, size=8)
        cell_text(ht.rows[i].cells[1], b, size=8)

    # ---- footer: lead + follow-up + page
    ftr = sec.footer
    fp = ftr.paragraphs[0]
    r = fp.add_run("Huvudansvarig för planen: ")
    r.bold = True
    r.font.size = Pt(8)
    r = fp.add_run("Sanna, sjuksköterska och SIP-samordnare, Psykiatrin Luleå öppenvård (nås via växeln)")
    r.font.size = Pt(8)
    fp2 = ftr.add_paragraph()
    r = fp2.add_run("Nästa uppföljning: ")
    r.bold = True
    r.font.size = Pt(8)
    r = fp2.add_run("2025-04-23 kl. 10.00, Psykiatrin Luleå öppenvård, samtalsrum 2. Kallelse skickas av SIP-samordnaren.")
    r.font.size = Pt(8)
    fp3 = ftr.add_paragraph()
    fp3.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = fp3.add_run("Sida ")
    r.font.size = Pt(8)
    add_page_field(fp3).font.size = Pt(8)

    # ---- body
    t = doc.add_paragraph()
    r = t.add_run("SAMORDNAD INDIVIDUELL PLAN")
    r.bold = True
    r.font.size = Pt(16)
    para(doc, "J., 26 år, Luleå. Personnummer: ÅÅMMDD-XXXX")
    para(doc, "Region Norrbotten och Luleå kommun")

    bold_para(doc, "Varför en SIP?")
    para(doc, "J. har sedan hösten 2024 haft en djup depression med återkommande självskador "
              "(skärsår på underarmarna) och har två gånger sökt akut till Sunderby sjukhus. "
              "Syftet med planen är att psykiatrin, socialpsykiatrin och hälsocentralen ska "
              "samordna stödet så att J. får en fast struktur i vardagen, minskar självskadandet "
              "och kan klara sina studier på sjuksköterskeprogrammet under vårterminen.")

    bold_para(doc, "Nuläge")
    para(doc, "J. bor ensam i studentlägenhet i Luleå och läser termin 4. Hon har klarat "
              "hälften av höstens kurser. Sömnen är störd, hon somnar sent och har svårt att "
              "komma upp till föreläsningar. Hon äter sertralin sedan november 2024 med viss "
              "effekt. Självskadandet har minskat från dagligen till ungefär en gång i veckan, "
              "oftast sent på kvällen när hon är ensam. Hon har inga kända somatiska sjukdomar. "
              "Sår på vänster underarm har behövt omläggning vid två tillfällen.")

    bold_para(doc, "J:s egen beskrivning och mål")
    para(doc, "J. deltog i hela mötet. Hon beskrev att kvällarna är svårast och att hon skäms "
              "över såren, vilket gör att hon undviker att söka hjälp. Hon vill helst ha samtal "
              "på dagtid och inte i grupp.")
    para(doc, "”Jag vill klara tentan i maj och ha en vecka utan att skada mig. Jag vill "
              "kunna gå till skolan utan att tänka på det hela tiden.”", italic=True)

    bold_para(doc, "Samtycke")
    para(doc, "Samtycke till samverkan mellan de verksamheter som deltar finns.")

    bold_para(doc, "Insatser")
    tbl = doc.add_table(rows=6, cols=3)
    tbl.style = "Table Grid"
    fill_table(tbl, ["Insats", "Vem ansvarar", "När"], [
        ("Individuell DBT-inspirerad terapi med fokus på känsloreglering och självskadebeteende, 1 gång/vecka",
         "Mikael, kurator, Psykiatrin Luleå öppenvård", "Tisdagar från 2025-02-18"),
        ("Läkemedelsuppföljning, ställningstagande till dosökning av sertralin",
         "Ida, läkare, Psykiatrin Luleå öppenvård", "2025-03-05"),
        ("Boendestöd 2 gånger/vecka: struktur för dygnsrytm, måltider och planering av studiedagar",
         "Socialpsykiatrin Luleå kommun, boendestödjare", "Start vecka 8"),
        ("Krisplan vid självskadeimpulser uppdateras och lämnas till J.",
         "Sanna, sjuksköterska, Psykiatrin Luleå öppenvård", ""),
        ("Sårkontroll och omläggning vid behov, bedömning av ärr",
         "Lars, distriktssköterska, Hälsocentralen Örnäset", "2025-02-20"),
    ])
    set_col_widths(tbl, [8.0, 5.6, 3.0])

    bold_para(doc, "Övrigt")
    para(doc, "Beslut om boendestöd fattades av biståndshandläggaren direkt efter mötet. "
              "Planen skickas till alla deltagare och J. får ett eget exemplar.")
    doc.save(path("01", "docx"))


# ============================================================ 02 fpdf2 side by side
class RSPdf(FPDF):
    system = "Samverkansportalen SIP – Utskrift"
    printed = "Utskriftsdatum: 2025-01-22 09:14"

    def header(self):
        self.set_font("DejaVu", "", 8)
        self.set_text_color(80, 80, 80)
        self.cell(90, 5, self.system, new_x=XPos.RIGHT, new_y=YPos.TOP)
        self.cell(60, 5, self.printed, align="C", new_x=XPos.RIGHT, new_y=YPos.TOP)
        self.cell(0, 5, f"Sida {self.page_no()} ({{nb}})", align="R",
                  new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_draw_color(120, 120, 120)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(5)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, "Umeå kommun / Region Västerbotten – Samordnad individuell plan", align="C")
        self.set_text_color(0, 0, 0)


def pdf_table(pdf, x, y, widths, header, rows, lh=4.6, size=8.5):
    """Borderless table drawn at (x, y); returns end y. Header underlined."""
    cur = y
    for ri, row in enumerate([header] + rows):
        is_h = ri == 0
        pdf.set_font("DejaVu", "B" if is_h else "", size)
        heights = []
        for w, txt in zip(widths, row):
            lines = pdf.multi_cell(w - 1.5, lh, txt, align="L", dry_run=True, output="LINES")
            heights.append(len(lines) * lh)
        h = max(heights) + 1.2
        cx = x
        for w, txt in zip(widths, row):
            pdf.set_xy(cx, cur + 0.6)
            pdf.multi_cell(w - 1.5, lh, txt, align="L", new_x=XPos.RIGHT, new_y=YPos.TOP)
            cx += w
        cur += h
        if is_h:
            pdf.set_draw_color(0, 0, 0)
            pdf.line(x, cur, x + sum(widths) - 1.5, cur)
            cur += 0.8
    return cur


def plan02():
    """Man 55, acquired brain injury, LSS. Umeå. Two borderless tables side by side."""
    pdf = RSPdf(format="A4")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_margins(15, 12, 15)
    pdf.set_auto_page_break(True, 18)
    pdf.alias_nb_pages()
    pdf.set_creation_date(datetime.datetime(2025, 1, 22, 9, 14, tzinfo=datetime.timezone.utc))
    pdf.add_page()

    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 8, "Samordnad individuell plan", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("DejaVu", "", 9)
    for lab, val in [("Brukare:", "P., 55 år"), ("Personnummer:", "XXXXXX-XXXX"),
                     ("Mötesdatum:", "2025-01-20"), ("Plats:", "Stödenheten LSS, Umeå kommun"),
                     ("Planen upprättad av:", "LSS-handläggare, Umeå kommun")]:
        pdf.set_font("DejaVu", "B", 9)
        pdf.cell(40, 5, lab, new_x=XPos.RIGHT, new_y=YPos.TOP)
        pdf.set_font("DejaVu", "", 9)
        pdf.cell(0, 5, val, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)

    y0 = pdf.get_y()
    pdf.set_font("DejaVu", "B", 10)
    pdf.set_xy(15, y0)
    pdf.cell(60, 6, "Deltagare")
    pdf.set_xy(85, y0)
    pdf.cell(60, 6, "Insatser")
    y1 = y0 + 7
    left_end = pdf_table(pdf, 15, y1, [42, 26], ["Roll", "Närvaro"], [
        ["Brukare (P.)", "Närvarande"],
        ["God man", "Närvarande"],
        ["LSS-handläggare", "Närvarande"],
        ["Arbetsterapeut", "Närvarande"],
        ["Distriktssköterska", "Via Teams"],
        ["Samordnare daglig verksamhet", "Närvarande"],
        ["Kurator", "Förhinder"],
    ])
    right_end = pdf_table(pdf, 85, y1, [49, 34, 27], ["Insats", "Ansvarig", "När"], [
        ["Daglig verksamhet enligt LSS 9 § 10, tre dagar/vecka (mån, ons, fre), verksamhet med trä- och monteringsarbete",
         "LSS-handläggare, Umeå kommun", "Start 2025-02-10"],
        ["Kontaktperson enligt LSS, ca 4 timmar/vecka, för fritid och bad",
         "LSS-handläggare, Umeå kommun", "Beslut senast 2025-02-28"],
        ["Bedömning och utprovning av kognitiva hjälpmedel (digital kalender med påminnelser, tidshjälpmedel)",
         "Arbetsterapeut, Rehab Västerbotten, Norrlands universitetssjukhus", "2025-02-17"],
        ["Läkemedelsgenomgång och dosett, blodtryckskontroll",
         "Distriktssköterska, Hälsocentralen Ersboda", "2025-02-25"],
        ["Introduktion och individuell genomförandeplan på daglig verksamhet",
         "Samordnare, daglig verksamhet Umeå kommun", "2025-02-10 – 2025-03-07"],
        ["Ansökan om bostadstillägg, sköter räkningar och kontakt med hyresvärd",
         "God man", "Ansökan senast 2025-03-15"],
        ["Utredning av ansökan om förlängd sjukersättning",
         "Försäkringskassan, handläggare", "Besked väntas mars 2025"],
    ])
    pdf.set_xy(15, max(left_end, right_end) + 6)

    def field(label, text):
        pdf.set_x(15)
        pdf.set_font("DejaVu", "B", 9.5)
        pdf.cell(0, 5.5, label, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font("DejaVu", "", 9.5)
        pdf.multi_cell(0, 5, text if text else " ", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1.5)

    field("Syfte med SIP", "Samordning av insatser.")
    field("Frågeställningar", "")
    field("Bakgrund",
          "P. fick en traumatisk hjärnskada vid en trafikolycka i maj 2023 och vårdades på "
          "Norrlands universitetssjukhus och därefter på rehabiliteringsavdelning till "
          "oktober 2023. Han har kvarstående nedsatt minne, uttalad hjärntrötthet och svårt "
          "att planera och komma igång med aktiviteter. Han bor ensam i hyreslägenhet på "
          "Ersboda. P. har tidigare arbetat som lastbilschaufför och har sjukersättning som "
          "löper ut i april 2025. Beslut finns om tillhörighet till personkrets 2 enligt LSS. "
          "Han har god man sedan 2024 för ekonomi och myndighetskontakter. "
          "P. deltog i mötet tillsammans med sin gode man.")
    field("Brukarens mål", "")
    field("Samtycke",
          "Skriftligt samtycke till informationsöverföring och samverkan, blankett "
          "undertecknad av P. och gode mannen vid mötet 2025-01-20.")
    field("Huvudansvar för planen", "Umeå kommun")
    field("Uppföljning", "")
    pdf.output(path("02", "pdf"))


# ============================================================ 03 txt cp1252 CRLF setext
def setext(title, ch):
    return [title, ch * len(title)]


def wrap(text, width=72):
    return textwrap.wrap(text, width=width)


def plan03():
    """Boy 9, autism, school, short-term stays. Lycksele. Setext headings, 'Se bilaga'."""
    L = []
    L += setext("SAMORDNAD INDIVIDUELL PLAN (SIP)", "=")
    L += [""]
    L += ["Barn:              J., 9 år",
          "Personnummer:      XXXXXX-XXXX",
          "Mötesdatum:        2024-11-12",
          "Plats:             Barn- och familjeenheten, Lycksele kommun",
          ""]
    L += setext("Syfte med planen", "-")
    L += wrap("Syftet är att skolan, socialtjänsten och BUP ska få en gemensam plan "
              "för hur J. ska klara skoldagen och hur familjen ska få avlastning, "
              "eftersom J. sedan höstterminens start har haft flera utbrott i skolan "
              "och varit hemma från skolan under två längre perioder (sammanlagt "
              "fem veckor).")
    L += [""]
    L += setext("Bakgrund", "-")
    L += wrap("J. går i årskurs 3 på en F-6-skola i Lycksele. Han fick diagnosen "
              "autism av BUP Lycksele i mars 2023. J. har svårt med övergångar mellan "
              "lektioner och raster, med oväntade förändringar i schemat och med "
              "ljudnivån i matsalen. Han har under hösten haft utbrott där han kastat "
              "saker och sprungit från skolgården. Han sover oroligt och vaknar ofta "
              "vid 04-tiden. Familjen består av mamma, pappa och en lillasyster "
              "på 4 år. Båda föräldrarna arbetar heltid, pappa delvis på skift.")
    L += [""]
    L += setext("Frågeställningar", "-")
    L += ["- Kan J. få en anpassad skoldag med kortare dagar under vårterminen,"]
    L += ["  och vem tar beslut om det?"]
    L += ["- Ska familjen ansöka om korttidsvistelse enligt LSS, och hur lång är"]
    L += ["  handläggningstiden i dag?"]
    L += ["- Hur ska information gå mellan skolan och hemmet de dagar J. har haft"]
    L += ["  ett utbrott?"]
    L += [""]
    L += setext("Barnets mål", "-")
    L += ["Se bilaga.", ""]
    L += setext("Insatser, ansvar och tidsplan", "-")
    L += ["Se bilaga.", ""]
    L += setext("Övriga aktörer", "-")
    L += ["Se bilaga.", ""]
    L += setext("Huvudansvar för planen", "-")
    L += ["Karin, socialsekreterare, Barn och familj, Lycksele kommun.", ""]
    L += setext("Uppföljning", "-")
    L += ["Nästa SIP-möte 2025-02-18 kl. 14.00, Barn- och familjeenheten Lycksele.", ""]
    L += setext("Deltagare", "-")
    L += ["Se bilaga (närvarolista).", ""]
    L += ["Bilagor: 1. Handlingsplan från skolan (åtgärdsprogram) 2. Närvarolista",
          "Planen skickas till deltagarna med post.", ""]
    text = "\r\n".join(L)
    with open(path("03", "txt"), "wb") as f:
        f.write(text.encode("cp1252"))


# ============================================================ 04 md table with <br>
def plan04():
    """Woman 70, dementia, husband carer. Skellefteå. Markdown table of the parts."""
    md = """# Samordnad individuell plan (SIP)

**Gäller:** Gunvor, 70 år, Skellefteå  
**Personnummer:** ÅÅMMDD-XXXX  
**Mötesdatum:** 2025-03-04  
**Plats:** Hemma hos Gunvor och Bertil  

| Del | Innehåll |
|---|---|
| Deltagare | Gunvor<br>Bertil (make)<br>Annika (dotter, per telefon)<br>Maria<br>Jonas<br>Lena<br>Håkan |
| Syfte | Syftet är att Gunvor ska kunna bo kvar hemma i villan tillsammans med Bertil så länge det är tryggt, och att Bertil, som har egen hjärtsjukdom och sover dåligt, ska få avlastning så att han orkar fortsätta vara hennes anhörigvårdare. |
| Bakgrund | Gunvor fick diagnosen Alzheimers sjukdom vid Minnesmottagningen, Skellefteå lasarett, i maj 2023. Under vintern har minnet blivit sämre. Hon glömmer att ta sina mediciner när Bertil inte påminner, och i januari gick hon vilse på väg hem från affären och hittades av en granne efter två timmar.<br>Bertil, 74 år, sköter nu nästan allt i hemmet. Han berättar att han inte har sovit en hel natt sedan jul. |
| Frågeställningar | – |
| Gunvors mål | ”Jag vill bo kvar hemma med Bertil så länge det går. Och jag vill fortsätta sjunga i kören på torsdagarna.” |
| Gunvors delaktighet | Gunvor deltog i hela mötet vid köksbordet. Hon vill inte att hemtjänsten kommer tidigt på morgonen – ”då är jag inte mig själv”. Hon sa att hon gärna provar dagverksamheten om Bertil följer med första gången. |
| Samtycke | Samtycke finns. |
| Insatser | 1. Hemtjänst: tillsyn och påminnelse om läkemedel kl. 12 och 18 varje dag. Ansvar: Hemtjänst Skellefteå centrum, enhetschef. Start 2025-03-10.<br>2. Dagverksamhet för personer med demenssjukdom tisdagar och torsdagar (hämtning med färdtjänst). Ansvar: biståndshandläggare, Äldreomsorgen Skellefteå kommun. Start 2025-03-18.<br>3. Växelvård på korttidsboende en vecka per månad. Ansvar: biståndshandläggare, Äldreomsorgen Skellefteå kommun. Första perioden 2025-04-07.<br>4. Övergång till dosdispenserade läkemedel (Apodos). Ansvar: distriktssköterska, Hälsocentralen Morö Backe. 2025-03-12.<br>5. Uppföljning av demensläkemedel och bedömning av sömnen. Ansvar: läkare, Minnesmottagningen Skellefteå lasarett. |
| Närståendes insatser | Bertil ger kvällsmedicinen tills Apodos är igång och följer med Gunvor till dagverksamheten första gången 2025-03-18.<br>Annika (dotter) tar över parets räkningar och bankärenden från mars och ringer sin mamma varje söndag.<br>Bertil bokar själv in sig på anhörigcaféet för demenssjukas närstående (första träffen 2025-03-13). |
| Uppföljning | Uppföljning vecka 22. Kallelse skickas. |
"""
    with open(path("04", "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ============================================================ 05 Sami context docx
def plan05():
    """Girl 16, anxiety, boarding far from home; reindeer-herding family, Karesuando/Luleå."""
    doc = base_doc("Calibri", 11)
    sec = doc.sections[0]
    set_margins(sec)
    h = doc.add_heading("Samordnad individuell plan – SIP", level=0)
    para(doc, "Kiruna kommun · Luleå kommun · Region Norrbotten", size=9)

    info = doc.add_table(rows=5, cols=2)
    info.style = "Table Grid"
    rows = [
        ("Namn", "Máret, 16 år"),
        ("Personnummer", "ÅÅMMDD-XXXX"),
        ("Hemort", "Karesuando (Gárasavvon), Kiruna kommun. Familjen bedriver renskötsel (boazodoallu) i en sameby (čearru) i norra Kiruna kommun."),
        ("Skola och boende", "Naturbruksprogrammet åk 1, gymnasieskola i Luleå (Luleju). Bor på kommunens elevboende, ca 45 mil hemifrån."),
        ("Mötesdatum och form", "2024-10-15, på plats på elevboendet i Luleå, föräldrarna via Teams från Gárasavvon"),
    ]
    for i, (a, b) in enumerate(rows):
        cell_text(info.rows[i].cells[0], a, bold=True)
        cell_text(info.rows[i].cells[1], b)
        shade(info.rows[i].cells[0], "EDEDED")
    set_col_widths(info, [4.2, 12.4])

    doc.add_heading("1. Deltagare", level=1)
    for t in ["Máret", "Ánne (mamma) och Niillas (pappa)", "Kristina", "Per", "Elin", "Sara", "Jon"]:
        doc.add_paragraph(t, style="List Bullet")

    doc.add_heading("2. Syfte", level=1)
    para(doc, "Máret har sedan skolstarten i augusti haft tilltagande ångest, framför allt på "
              "kvällarna på elevboendet, och har under september varit hemma i Gárasavvon tre "
              "veckor i stället för att vara i skolan. Syftet med planen är att skolan, "
              "elevboendet, BUP och socialtjänsten i hemkommunen samordnar stödet så att Máret "
              "kan bo kvar i Luleå och fortsätta sin utbildning, samtidigt som hon behåller "
              "kontakten med familjen (bearaš) och renskötseln hemma.")

    doc.add_heading("3. Bakgrund", level=1)
    para(doc, "Máret är äldst av tre syskon. Hon talar nordsamiska (davvisámegiella) hemma och "
              "svenska i skolan. Hon gick grundskolan i Karesuando och har alltid klarat skolan "
              "bra. Hon valde naturbruksprogrammet för att kunna arbeta med renarna i framtiden. "
              "Under hösten har hon haft hjärtklappning, svårt att andas och sömnproblem, "
              "särskilt söndagskvällar efter hemresan. Hon har tappat i vikt. Hösten är en "
              "intensiv tid för familjen med renskiljning och slakt, och föräldrarna är ofta i "
              "skogen/på fjället och svåra att nå på telefon på dagtid.")

    doc.add_heading("4. Frågeställningar", level=1)
    para(doc, "Diskutera läget kring skolan och boendet.")

    doc.add_heading("5. Márets mål och synpunkter", level=1)
    para(doc, "Máret deltog under hela mötet. Hon berättade att det svåraste är kvällarna när "
              "det blir tyst på elevboendet och att hon då tänker på hemmet (ruoktu) och på om "
              "något har hänt med familjen. Hon vill inte byta skola. Hon önskar att samtalen "
              "med BUP inte ligger på fredagar, eftersom hon då åker hem.")
    p = para(doc, "”Jag vill klara första året och kunna vara hemma på kalvmärkningen "
                  "(miessemearkun) i juni utan att behöva oroa mig för skolan. Och jag vill "
                  "kunna sova på kvällarna.”", italic=True)

    doc.add_heading("6. Insatser", level=1)
    tbl = doc.add_table(rows=6, cols=3)
    tbl.style = "Table Grid"
    fill_table(tbl, ["Insats", "Ansvarig", "När"], [
        ("Bedömning och KBT-behandling för ångest, varannan vecka (ej fredagar)",
         "Psykolog, BUP Luleå", "Första besök 2024-10-29"),
        ("Stödsamtal med kurator en gång/vecka",
         "Kurator, elevhälsan, gymnasieskolan Luleå", "Från vecka 44"),
        ("En fast kontaktperson bland personalen på elevboendet som Máret kan vända sig till när ångesten kommer",
         "Boendeansvarig, elevboendet Luleå kommun", ""),
        ("Familjesamtal via länk med familjebehandlare som talar samiska",
         "Familjebehandlare, Socialtjänsten Kiruna kommun", "2024-11-05, därefter var tredje vecka"),
        ("Läkarbesök för sömn och hjärtklappning (EKG) vid hemresa på höstlovet",
         "Distriktsläkare, Hälsocentralen Karesuando", "2024-10-31"),
    ])
    set_col_widths(tbl, [8.2, 5.2, 3.2])

    doc.add_heading("7. Familjens och Márets egna insatser", level=1)
    for t in [
        "Niillas (pappa) hämtar Máret i Luleå varannan fredag och kör tillbaka söndag eftermiddag, "
        "så att hon är på boendet senast kl. 19.",
        "Ánne (mamma) ringer Máret varje kväll kl. 20, också under slaktperioden.",
        "Máret för en enkel ångestdagbok i mobilen och tar med den till besöken på BUP.",
    ]:
        doc.add_paragraph(t, style="List Bullet")

    doc.add_heading("8. Huvudansvar", level=1)
    para(doc, "Kiruna kommun, socialtjänsten.")

    doc.add_heading("9. Uppföljning", level=1)
    para(doc, "Uppföljande SIP-möte 2024-12-10 kl. 15.00, elevboendet Luleå och via Teams "
              "(före jullovet).")
    doc.save(path("05", "docx"))


# ============================================================ 06 html -> pdf colour legend
def plan06(tmpdir):
    """Man 37, bipolar disorder, work rehabilitation. Piteå. HTML -> LibreOffice PDF."""
    html = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8">
<title>SIP R. 2025-05-06</title>
<style>
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; }
h1 { font-size: 16pt; margin-bottom: 2pt; }
h2 { font-size: 11.5pt; margin-top: 12pt; margin-bottom: 3pt; border-bottom: 1px solid #888; }
.legend { border: 1px solid #555; padding: 5pt; background: #f3f3f3; width: 80%; }
.g { color: #1b7a1b; font-weight: bold; }
.y { color: #a07800; font-weight: bold; }
.r { color: #b01010; font-weight: bold; }
table.info td { padding: 2pt 8pt 2pt 0; vertical-align: top; }
</style></head>
<body>
<p style="font-size:8pt;color:#666">Allmänpsykiatrisk öppenvård Piteå · Region Norrbotten · Arbetsmaterial</p>
<h1>Samordnad individuell plan</h1>
<table class="info">
<tr><td><b>Person:</b></td><td>R., 37 år, Piteå</td></tr>
<tr><td><b>Personnummer:</b></td><td>XXXXXX-XXXX</td></tr>
<tr><td><b>Mötesdatum:</b></td><td>2025-05-06</td></tr>
<tr><td><b>Närvarande:</b></td><td>Helena, Mats, Sofie, Anders</td></tr>
</table>

<div class="legend">
<b>Färgförklaring för insatser</b><br>
Status anges med färgord inom hakparentes efter varje insats:
<span class="g">grön</span> = pågår, <span class="y">gul</span> = planerad,
<span class="r">röd</span> = ej startad.
</div>

<h2>Bakgrund</h2>
<p>R. har bipolär sjukdom typ 1 sedan 2016. Han vårdades inneliggande på psykiatriska
kliniken, Sunderby sjukhus, i oktober–november 2024 efter ett maniskt skov och är
sjukskriven på heltid sedan dess. Han har litiumbehandling och har varit stabil i
stämningsläget sedan februari 2025. R. arbetade tidigare som elektriker på ett
installationsföretag i Piteå men anställningen upphörde under vintern. Han bor ensam i
lägenhet och har en dotter på 8 år som bor hos honom varannan helg.</p>

<h2>Frågeställningar</h2>
<ul>
<li>Är R. redo att påbörja arbetsträning under hösten 2025, och i vilken omfattning
(25 eller 50 procent)?</li>
<li>Hur ska vi agera om tidiga tecken på nytt skov (minskat sömnbehov, ökad
aktivitet) visar sig under arbetsträningen?</li>
<li>Behöver R. stöd med ekonomin efter att anställningen upphörde?</li>
</ul>

<h2>Mål</h2>
<p>Målet är att R. ska återgå i arbete på minst 50 procent inom ett år och kunna behålla
en stabil vardag med sin dotter.</p>

<h2>Insatser</h2>
<ul>
<li>Fortsatt kontakt med öppenvårdspsykiatrin [<span class="g">grön</span>]</li>
<li>Fortsatt läkemedelsbehandling och uppföljning [<span class="g">grön</span>]</li>
<li>Stöd från socialpsykiatrin vid behov [<span class="y">gul</span>]</li>
<li>Stöd i kontakter med myndigheter [<span class="y">gul</span>]</li>
<li>Samverkan kring arbetslivsinriktad rehabilitering [<span class="r">röd</span>]</li>
</ul>

<h2>Andra aktörer</h2>
<p>Försäkringskassan och Arbetsförmedlingen är informerade om att SIP har upprättats.</p>

<h2>Samtycke</h2>
<p>Samtycke finns.</p>

<h2>Huvudansvarig för planen</h2>
<p>&nbsp;</p>
</body></html>
"""
    src = os.path.join(tmpdir, f"{PREFIX}06.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html)
    soffice_pdf(src, tmpdir)
    shutil.move(os.path.join(tmpdir, f"{PREFIX}06.pdf"), path("06", "pdf"))


# ============================================================ 07 nested tables docx
def plan07():
    """Boy 6, developmental delay, preschool, habilitation. Skellefteå.
    Outer two-column form table; measures table nested in the Insatser cell."""
    doc = base_doc("Arial", 10)
    sec = doc.sections[0]
    set_margins(sec, left=2.0, right=2.0)

    outer = doc.add_table(rows=15, cols=2)
    outer.style = "Table Grid"
    outer.alignment = WD_TABLE_ALIGNMENT.CENTER
    top = outer.rows[0].cells[0].merge(outer.rows[0].cells[1])
    cell_text(top, "SAMORDNAD INDIVIDUELL PLAN – SIP\nBarn och unga, Skellefteå kommun och Region Västerbotten",
              bold=True, size=12)
    shade(top, "C6D9F1")

    labels = [
        ("Barnets namn", "L., 6 år"),
        ("Personnummer", "ÅÅMMDD-XXXX"),
        ("Vårdnadshavare", "Mamma Sofia och pappa Ahmed (gemensam vårdnad)"),
        ("Datum och plats", "2025-01-28, Habiliteringen Skellefteå"),
        ("Deltagare",
         "Sofia och Ahmed, vårdnadshavare\n"
         "Maja, logoped, Habiliteringen Skellefteå\n"
         "Peter, fysioterapeut, Habiliteringen Skellefteå\n"
         "Linda, förskollärare, förskolan Blåbäret, Skellefteå kommun\n"
         "Eva, specialpedagog, Förskoleförvaltningen Skellefteå kommun\n"
         "Tomas, LSS-handläggare, Skellefteå kommun\n"
         "Anna, sjuksköterska, BVC Hälsocentralen Norrböle"),
        ("Syfte med SIP", "Gemensam planering."),
        ("Frågeställningar", ""),
        ("Bakgrund",
         "L. har en generell utvecklingsförsening, utredd vid Habiliteringen 2024. Han har "
         "ett fåtal ord och använder tecken och pekningar för att kommunicera. Grovmotoriken "
         "är försenad, han går men ramlar ofta och klarar inte trappor utan stöd. L. går på "
         "förskolan Blåbäret, avdelning med 18 barn, och ska enligt ålder börja i förskoleklass "
         "i augusti 2025. Familjen har ytterligare två barn, 3 och 10 år."),
        ("Barnets och familjens syn",
         "Sofia och Ahmed deltog på mötet. De vill att L. ska få börja förskoleklass med sina "
         "kompisar från förskolan men med stöd, och de är oroliga för långa dagar. De önskar "
         "tolk till arabiska vid nästa möte för Ahmeds del.\n"
         "L. deltog inte i mötet. Förskolan har med bildstöd pratat med L. inför mötet: han "
         "visade att han tycker om sandlådan, gungorna och sångsamlingen och att det är "
         "jobbigt när det är mycket ljud i hallen."),
        ("Mål",
         "Målet är att L. ska kunna uttrycka sina behov med bildstöd och tecken i förskolan och "
         "hemma, och att han ska kunna röra sig säkert i förskolans lokaler inför skolstarten."),
        ("Insatser", None),  # nested table
        ("Övriga aktörer", "Försäkringskassan – omvårdnadsbidrag kan bli aktuellt."),
        ("Huvudansvarig för planen", "Habiliteringen"),
        ("Uppföljning", "I maj 2025."),
    ]
    for i, (lab, val) in enumerate(labels, start=1):
        c0, c1 = outer.rows[i].cells
        cell_text(c0, lab, bold=True)
        shade(c0, "F2F2F2")
        if val is not None:
            cell_text(c1, val)
        else:
            c1.text = ""
            c1.paragraphs[0].add_run("Insatser och ansvar:").italic = True
            inner = c1.add_table(rows=7, cols=3)
            inner.style = "Table Grid"
            fill_table(inner, ["Insats", "Ansvarig", "När"], [
                ("Handledning av förskolans personal i bildstöd och TAKK",
                 "Logoped, Habiliteringen Skellefteå", "2025-02-11, 2025-03-11, 2025-04-08"),
                ("Bildschema och bildstöd i alla rutinsituationer på avdelningen",
                 "Förskollärare, förskolan Blåbäret", "Från 2025-02-03"),
                ("Motorisk träning med träningsprogram, en gång/vecka på förskolan",
                 "Fysioterapeut, Habiliteringen Skellefteå", "Start 2025-02-05"),
                ("Plan för övergång till förskoleklass, inkl. besök på skolan",
                 "Specialpedagog, Förskoleförvaltningen Skellefteå kommun", "Klar senast 2025-03-31"),
                ("Avlösarservice i hemmet enligt LSS, 8 timmar/månad",
                 "LSS-handläggare, Skellefteå kommun", "Beslut 2025-02-21"),
                ("Hörsel- och synkontroll inför skolstart",
                 "Sjuksköterska, BVC Hälsocentralen Norrböle", "2025-02-14"),
            ], size=8.5, header_fill="DDEBF7")
            set_col_widths(inner, [4.9, 4.2, 3.4])
    set_col_widths(outer, [4.0, 13.0])
    doc.save(path("07", "docx"))


# ============================================================ 08 NOT A PLAN
def plan08():
    """Discharge letter to the patient from a hospital ward. Not a SIP."""
    doc = base_doc("Calibri", 11)
    sec = doc.sections[0]
    set_margins(sec)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("Region Norrbotten · Sunderby sjukhus · Medicinkliniken, avdelning 62")
    r.font.size = Pt(9)
    t = doc.add_paragraph()
    r = t.add_run("Information vid utskrivning")
    r.bold = True
    r.font.size = Pt(18)
    para(doc, "Till: Gösta, ÅÅMMDD-XXXX")
    para(doc, "Inskriven: 2025-03-10   Utskriven: 2025-03-17")

    bold_para(doc, "Varför du har vårdats hos oss")
    para(doc, "Du kom till akutmottagningen med andfåddhet och svullna ben. Vi har konstaterat "
              "att du har en försämrad hjärtsvikt och en lunginflammation. Du har fått "
              "vätskedrivande läkemedel i dropp och antibiotika. Under vårdtiden har du gått "
              "ner 4 kg i vikt, vilket är vätska som har lämnat kroppen.")

    bold_para(doc, "Dina läkemedel")
    para(doc, "Furosemid är ökat till 40 mg morgon och 20 mg lunch. Du ska fortsätta med "
              "antibiotika (amoxicillin) 3 gånger dagligen till och med 2025-03-21. "
              "Övriga läkemedel är oförändrade. En aktuell läkemedelslista följer med detta brev.")

    bold_para(doc, "Att tänka på hemma")
    for t in [
        "Väg dig varje morgon efter toalettbesök. Ökar vikten mer än 2 kg på tre dagar ska du kontakta hälsocentralen.",
        "Drick högst 1,5 liter per dag, inklusive kaffe, soppa och filmjölk.",
        "Ta korta promenader, gärna varje dag, men vila när du blir andfådd.",
        "Sök vård direkt om du får svårt att andas i vila, bröstsmärta eller feber över 38,5.",
    ]:
        doc.add_paragraph(t, style="List Bullet")

    bold_para(doc, "Återbesök och provtagning")
    para(doc, "Du kommer att få en kallelse till distriktssköterskan på Hälsocentralen Hertsön "
              "för blodprover (kalium och njurfunktion) om ungefär en vecka. Läkarbesök på "
              "hälsocentralen om 4–6 veckor. Hjärtsviktsmottagningen på Sunderby sjukhus "
              "kallar dig till ett besök under maj.")
    para(doc, "Hemtjänsten i Luleå kommun har fått information om att du skrivs ut i dag och "
              "fortsätter med samma insatser som före inläggningen.")

    bold_para(doc, "Frågor")
    para(doc, "Har du frågor de närmaste dagarna kan du ringa avdelning 62 via växeln. "
              "Vid frågor om din hälsa kan du också ringa 1177.")
    para(doc, "Med vänliga hälsningar")
    para(doc, "Sara, sjuksköterska och Erik, läkare, avdelning 62")
    doc.save(path("08", "docx"))


def main():
    os.makedirs(OUT, exist_ok=True)
    tmpdir = os.path.join(HERE, "build")
    os.makedirs(tmpdir, exist_ok=True)
    plan01()
    plan02()
    plan03()
    plan04()
    plan05()
    plan06(tmpdir)
    plan07()
    plan08()
    shutil.rmtree(tmpdir, ignore_errors=True)
    for fn in sorted(os.listdir(OUT)):
        if fn.endswith(".docx"):
            normalize_docx(os.path.join(OUT, fn))
    print("done:", sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()
