#!/usr/bin/env python
"""Generate the fresh-9b batch of fictional, anonymized SIP plans into plans/.

Run with a Python that has python-docx and fpdf2 (and LibreOffice on PATH): python generate_b.py. Deterministic: fixed texts and dates,
docx zip entries normalised to a fixed timestamp, fpdf2 creation date fixed.
Plans 01 and 07 are written as .docx into build/ and printed to PDF with
LibreOffice (own user profile).
"""
import datetime
import os
import shutil
import subprocess
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
PREFIX = "f9b"
FIXED = datetime.datetime(2025, 1, 1, 12, 0, 0)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_I = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"


# ----------------------------------------------------------------- helpers
def fixed_props(doc, title, author):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


def normalise_zip(path):
    """Rewrite a docx with fixed entry timestamps so runs are byte-identical."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    os.replace(tmp, path)


def save_docx(doc, path):
    doc.save(path)
    normalise_zip(path)


def add_field(run, instr):
    """Insert a simple Word field (PAGE, NUMPAGES) into a run."""
    fld_begin = OxmlElement("w:fldChar")
    fld_begin.set(qn("w:fldCharType"), "begin")
    instr_el = OxmlElement("w:instrText")
    instr_el.set(qn("xml:space"), "preserve")
    instr_el.text = instr
    fld_sep = OxmlElement("w:fldChar")
    fld_sep.set(qn("w:fldCharType"), "separate")
    txt = OxmlElement("w:t")
    txt.text = "1"
    fld_end = OxmlElement("w:fldChar")
    fld_end.set(qn("w:fldCharType"), "end")
    for el in (fld_begin, instr_el, fld_sep, txt, fld_end):
        run._r.append(el)


def set_cell_shading(cell, hex_fill):
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


def base_font(doc, name="Calibri", size=11):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), name)


def kw_para(doc, keyword, text, space_after=6):
    """Bold keyword followed by a colon and the text on the same line."""
    p = doc.add_paragraph()
    r = p.add_run(keyword + ": ")
    r.bold = True
    p.add_run(text)
    p.paragraph_format.space_after = Pt(space_after)
    return p


def bold_para(doc, text, size=None, space_before=10):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    p.paragraph_format.space_before = Pt(space_before)
    p.paragraph_format.space_after = Pt(3)
    p.paragraph_format.keep_with_next = True
    return p


def soffice_pdf(docx_path, outname):
    profile = "file:///tmp/lo-f9b"
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless",
         "--convert-to", "pdf", "--outdir", BUILD, docx_path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    produced = os.path.join(BUILD, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
    shutil.move(produced, os.path.join(PLANS, outname))


# ------------------------------------------------- 01 psychiatric record note
def plan01():
    doc = Document()
    base_font(doc, "Arial", 10)
    fixed_props(doc, "Journalanteckning", "Vuxenpsykiatrin Västerås")
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(3.6)
    sec.header_distance = Cm(1.0)

    hdr = sec.header
    hp = hdr.paragraphs[0]
    r = hp.add_run("Region Västmanland – Journalanteckning (utskrift)")
    r.font.size = Pt(8)
    r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    t = hdr.add_table(rows=2, cols=3, width=Cm(16.6))
    t.style = "Table Grid"
    labels = ["Patient", "Vårdenhet", "Anteckningsdatum"]
    values = ["M., XXXXXX-XXXX",
              "Vuxenpsykiatrin Västerås, allmänpsykiatrisk öppenvårdsmottagning",
              "2025-02-11"]
    for i, (lab, val) in enumerate(zip(labels, values)):
        c = t.rows[0].cells[i]
        c.text = ""
        rr = c.paragraphs[0].add_run(lab)
        rr.bold = True
        rr.font.size = Pt(8)
        set_cell_shading(c, "E7E6E6")
        c2 = t.rows[1].cells[i]
        c2.text = ""
        rv = c2.paragraphs[0].add_run(val)
        rv.font.size = Pt(9)
    widths = [Cm(4.2), Cm(8.6), Cm(3.8)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w

    ftr = sec.footer.paragraphs[0]
    ftr.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fr = ftr.add_run("Utskrift 2025-02-12 08:41  ·  Sida ")
    fr.font.size = Pt(8)
    r1 = ftr.add_run()
    r1.font.size = Pt(8)
    add_field(r1, "PAGE")
    r2 = ftr.add_run(" av ")
    r2.font.size = Pt(8)
    r3 = ftr.add_run()
    r3.font.size = Pt(8)
    add_field(r3, "NUMPAGES")

    p = doc.add_paragraph()
    rt = p.add_run("Vårdplanering – SIP (samordnad individuell plan)")
    rt.bold = True
    rt.font.size = Pt(12)
    kw_para(doc, "Anteckningstyp", "Vårdplanering/SIP")
    kw_para(doc, "Kontaktorsak",
            "SIP-möte på mottagningen 2025-02-11 kl. 13.00–14.30, mottagningens konferensrum.")
    kw_para(doc, "Närvarande", "Patienten, Karin, Emil, Johanna och undertecknad.")

    kw_para(doc, "Aktuellt",
            "M. är en 38-årig man med bipolär sjukdom typ I, känd på mottagningen sedan 2019. "
            "Senast inneliggande på avd 72 i december 2024 p.g.a. manisk episod. Under den "
            "maniska perioden i höstas tog M. flera snabblån och handlade på kredit, totalt "
            "ca 140 000 kr, och har nu betalningsanmärkningar samt en hyresskuld på två "
            "månader. Han har fått en varning om uppsägning av lägenheten. M. beskriver att "
            "oron för ekonomin gör att han sover dåligt, vilket är en känd tidig varningssignal "
            "för nytt skov hos honom. Syftet med SIP är att samordna psykiatrins och "
            "socialtjänstens insatser så att M. kan få ordning på skulderna och behålla sin "
            "lägenhet utan att stressen leder till ett nytt maniskt eller depressivt skov.")

    kw_para(doc, "Bakgrund",
            "Ensamstående, bor i hyreslägenhet på Bäckby. Utbildad elektriker, har inte arbetat "
            "sedan 2022. Insjuknade första gången 2011 med depression, därefter manisk episod "
            "2013 då diagnosen ställdes. Totalt fem vårdtillfällen i slutenvård, varav två enligt "
            "LPT. Har periodvis haft god stabilitet på litium. Ingen känd missbruksproblematik, "
            "dricker alkohol sparsamt enligt egen uppgift. Har tidigare haft kontakt med "
            "socialtjänsten för ekonomiskt bistånd 2016.")

    kw_para(doc, "Läkemedel",
            "Lithionit 42 mg 2 x 2, Quetiapin 100 mg till natten, Sertralin utsatt 2024-11. "
            "Senaste litiumkoncentration 2025-01-20: 0,6 mmol/l.")

    kw_para(doc, "Status",
            "Vaken, klar och orienterad. Adekvat i kontakten, god ögonkontakt. Stämningsläget "
            "lätt sänkt, affekten följsam. Talar i normalt tempo, inga tecken på tankeflykt. "
            "Inga psykotiska symtom framkommer. Förnekar suicidtankar, har framtidsplaner. "
            "Uppger insomningssvårigheter sedan ca tre veckor, sover 4–5 timmar per natt.")

    kw_para(doc, "Patientens synpunkter",
            "M. säger själv: ”Jag vill bli av med skulderna så att jag kan sova på nätterna "
            "igen. Och jag vill inte bli inlagd en gång till.” Han önskar helst ha kontakten "
            "med socialtjänsten per telefon eftersom han tycker det är jobbigt att sitta i "
            "väntrummet på socialkontoret. Han vill ha kvar samma kontaktperson på mottagningen.")

    kw_para(doc, "Mål",
            "Patientens eget mål enligt ovan. Gemensamt mål: stabilt stämningsläge och en "
            "hållbar plan för skulderna inom sex månader.")

    kw_para(doc, "Bedömning",
            "Stämningsläget bedöms idag som lätt nedstämt men stabilt, ingen akut suicidrisk "
            "(se separat suicidriskbedömning samma datum). Sömnstörning och ekonomisk stress "
            "innebär en ökad risk för återfall. Patienten har behov av insatser från både region "
            "och kommun som behöver samordnas och SIP bedöms därför vara rätt forum.")

    kw_para(doc, "Samtycke", "Samtycke till SIP finns.")

    kw_para(doc, "Planering", "Följande överenskoms på mötet:", space_after=2)
    items = [
        "Vuxenpsykiatrin Västerås, läkare: översyn av litiumbehandlingen inkl. ny "
        "provtagning av litiumkoncentration, läkarbesök v. 9.",
        "Kontaktperson på mottagningen: stödsamtal varannan vecka med fokus på sömn och "
        "tidiga varningstecken, start v. 8. Krisplan skrivs tillsammans med patienten v. 10.",
        "Socialtjänsten Västerås, ekonomiskt bistånd: prövar ansökan om bistånd till "
        "hyresskulden, beslut senast 2025-02-21.",
        "Socialtjänsten Västerås, vuxenenheten: bedömer behov av boendestöd enligt SoL för "
        "stöd med post och räkningar, hembesök v. 9.",
        "Budget- och skuldrådgivningen, Västerås stad: genomgång av skulderna och stöd att "
        "ansöka om skuldsanering.",
    ]
    for it in items:
        bp = doc.add_paragraph(it, style="List Bullet")
        bp.paragraph_format.space_after = Pt(2)
    kw_para(doc, "Huvudansvar för SIP", "Vuxenpsykiatrin Västerås.")
    kw_para(doc, "Övrigt", "Kopia av planen lämnas till patienten. Planen skickas till de "
            "verksamheter som deltog.")

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(14)
    p.add_run("Sofia, leg. sjuksköterska/kontaktperson, Vuxenpsykiatrin Västerås").italic = True
    p2 = doc.add_paragraph()
    p2.add_run("Signerad 2025-02-11 16:05").italic = True

    path = os.path.join(BUILD, f"{PREFIX}-01.docx")
    save_docx(doc, path)
    soffice_pdf(path, f"{PREFIX}-01.pdf")


# ------------------------------------------------- 02 discharge form (fpdf2)
class DischargeForm(FPDF):
    def header(self):
        self.set_font("DV", "", 7.5)
        self.set_text_color(80, 80, 80)
        self.cell(95, 5, "Lifecare SP – Samordnad planering", border=0)
        self.cell(0, 5, f"Utskrivet 2025-03-04 15:12    Sida {self.page_no()} ({{nb}})",
                  border=0, align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(120, 120, 120)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(3)
        self.set_text_color(0, 0, 0)
        self.set_draw_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("DV", "", 7)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, "Region Västmanland och kommunerna i Västmanlands län – "
                  "SIP vid utskrivning från slutenvård", align="C")
        self.set_text_color(0, 0, 0)

    def box(self, x, y, w, h, label, value=""):
        self.rect(x, y, w, h)
        self.set_xy(x + 1.2, y + 0.8)
        self.set_font("DV", "B", 6.8)
        self.set_text_color(70, 70, 70)
        self.cell(w - 2.4, 3.2, label)
        self.set_text_color(0, 0, 0)
        if value:
            self.set_xy(x + 1.2, y + 4.6)
            self.set_font("DV", "", 8.6)
            self.multi_cell(w - 2.4, 4.0, value, align="L")

    def box_row(self, y, h, left, right):
        W = self.w - self.l_margin - self.r_margin
        half = W / 2
        self.box(self.l_margin, y, half, h, *left)
        self.box(self.l_margin + half, y, half, h, *right)
        return y + h


def plan02():
    pdf = DischargeForm(format="A4")
    pdf.add_font("DV", "", FONT)
    pdf.add_font("DV", "B", FONT_B)
    pdf.set_creation_date(datetime.datetime(2025, 3, 4, 15, 12, tzinfo=datetime.timezone.utc))
    pdf.set_title("SIP vid utskrivning")
    pdf.set_author("Lifecare SP")
    pdf.set_margins(15, 12, 15)
    pdf.set_auto_page_break(False)
    pdf.alias_nb_pages()
    pdf.add_page()
    W = pdf.w - 30

    pdf.set_font("DV", "B", 12.5)
    pdf.cell(0, 7, "Samordnad individuell plan (SIP) vid utskrivning från slutenvård",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 8)
    pdf.cell(0, 5, "Planen upprättas enligt lag (2017:612) om samverkan vid utskrivning "
             "från sluten hälso- och sjukvård.", new_x="LMARGIN", new_y="NEXT")
    y = pdf.get_y() + 2

    y = pdf.box_row(y, 11, ("Patient", "Gun, ÅÅMMDD-XXXX"),
                    ("Folkbokföringskommun", "Köping"))
    y = pdf.box_row(y, 11, ("Vårdenhet", "Ortopedavdelning 7, Västmanlands sjukhus Västerås"),
                    ("Inskrivningsdatum", "2025-02-24"))
    y = pdf.box_row(y, 11, ("Datum för SIP-möte", "2025-03-04"),
                    ("Planerat utskrivningsdatum", "2025-03-06"))
    y = pdf.box_row(y, 15, ("Mötesform",
                            "Fysiskt möte på avdelningen, kommunen och vårdcentralen via Teams"),
                    ("Tolk", "Nej"))
    y = pdf.box_row(y, 11, ("Boendeform", "Villa, ensamboende"),
                    ("Insatser före inskrivning", "Inga"))
    bakgrund = ("87-årig kvinna, ensamboende i villa i Köping. Föll i hemmet 2025-02-23 och "
                "opererades 2025-02-24 med halvprotes för collumfraktur vänster höft. "
                "Mobiliseras med rollator, behöver hjälp vid förflyttningar samt av- och "
                "påklädning av underkroppen. Lätt kognitiv svikt, ingen demensdiagnos. "
                "Hypertoni. Tidigare inga kommunala insatser. Läkemedel enligt bifogad "
                "läkemedelslista, Fragmin t.o.m. 2025-03-24. Bedöms utskrivningsklar 2025-03-05.")
    pdf.box(15, y, W, 27, "Bakgrund / aktuell situation", bakgrund)
    y += 27
    y = pdf.box_row(y, 20, ("Syfte med SIP", "Samordnad utskrivning."),
                    ("Frågeställningar", ""))
    y = pdf.box_row(y, 20, ("Patientens mål", ""),
                    ("Patientens delaktighet", "Patienten deltog vid mötet på avdelningen."))
    y = pdf.box_row(y, 16, ("Samtycke", "Finns."),
                    ("Huvudansvarig för planen (namn/funktion, verksamhet)", ""))

    # participants
    y += 4
    pdf.set_xy(15, y)
    pdf.set_font("DV", "B", 9.5)
    pdf.cell(0, 6, "Deltagare", new_x="LMARGIN", new_y="NEXT")
    parts = [
        ("Sjuksköterska", "Ortopedavdelning 7, Västmanlands sjukhus Västerås"),
        ("Fysioterapeut", "Ortopedavdelning 7, Västmanlands sjukhus Västerås"),
        ("Biståndshandläggare", "Äldreomsorgen, Köpings kommun (via Teams)"),
        ("Distriktssköterska", "Vårdcentralen Köping (via Teams)"),
        ("Patienten", ""),
    ]
    pdf.set_font("DV", "B", 7.5)
    pdf.set_fill_color(230, 230, 230)
    pdf.cell(60, 5.5, "Funktion", border=1, fill=True)
    pdf.cell(W - 60, 5.5, "Verksamhet", border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 8.3)
    for f, v in parts:
        pdf.cell(60, 5.5, f, border=1)
        pdf.cell(W - 60, 5.5, v, border=1, new_x="LMARGIN", new_y="NEXT")

    # interventions table, ruled, header repeated on next page
    y = pdf.get_y() + 5
    pdf.set_xy(15, y)
    pdf.set_font("DV", "B", 9.5)
    pdf.cell(0, 6, "Insatser efter utskrivning", new_x="LMARGIN", new_y="NEXT")
    cols = [(8, "Nr"), (82, "Insats"), (56, "Ansvarig (verksamhet/funktion)"), (34, "Start/datum")]
    rows = [
        ("1", "Hemtjänst: hjälp med morgon- och kvällsrutiner, av- och påklädning, "
              "dusch 1 gång/vecka, inköp varannan vecka",
         "Hemtjänst Köping, område väster", "2025-03-06"),
        ("2", "Hemsjukvård: läkemedelshantering inkl. Fragmininjektioner, "
              "såromläggning och agraffborttagning",
         "Kommunal hemsjukvård Köping, sjuksköterska", "2025-03-06, agraffer 2025-03-10"),
        ("3", "Hembesök för bedömning av bostaden, hjälpmedel (toalettförhöjning, "
              "duschpall, gripklo) och fortsatt gångträning",
         "Rehab Köpings kommun, arbetsterapeut och fysioterapeut", "2025-03-07"),
        ("4", "Läkemedelsgenomgång och ställningstagande till osteoporosbehandling",
         "Regionen", "2025-04-03"),
        ("5", "Trygghetslarm installeras i bostaden", "Larmgruppen, Köpings kommun", ""),
    ]
    lh = 4.2

    def draw_head():
        pdf.set_font("DV", "B", 7.5)
        pdf.set_fill_color(230, 230, 230)
        for w, h in cols:
            pdf.cell(w, 6, h, border=1, fill=True)
        pdf.ln(6)
        pdf.set_font("DV", "", 8.3)

    draw_head()
    for row in rows:
        nlines = max(len(pdf.multi_cell(w, lh, txt, dry_run=True, output="LINES"))
                     for (w, _), txt in zip(cols, row))
        h = max(nlines, 1) * lh + 2
        if pdf.get_y() + h > pdf.h - 18:
            pdf.add_page()
            pdf.set_font("DV", "", 7.5)
            pdf.cell(0, 5, "Insatser efter utskrivning (forts.)", new_x="LMARGIN", new_y="NEXT")
            draw_head()
        y0 = pdf.get_y()
        x = pdf.l_margin
        for (w, _), txt in zip(cols, row):
            pdf.rect(x, y0, w, h)
            pdf.set_xy(x, y0 + 1)
            pdf.multi_cell(w, lh, txt, align="L")
            x += w
        pdf.set_xy(pdf.l_margin, y0 + h)

    y = pdf.get_y() + 5
    if y + 60 > pdf.h - 18:
        pdf.add_page()
        y = pdf.get_y()
    pdf.box(15, y, W, 14, "Anhöriga / andra aktörer",
            "Dotter (bor i Arboga) är informerad om utskrivningen.")
    y += 14
    pdf.box(15, y, W, 14, "Uppföljning",
            "Uppföljande SIP-möte 2025-03-20 kl. 10.00, hembesök hos patienten.")
    y += 14
    y = pdf.box_row(y, 11, ("Planen upprättad av", "Sjuksköterska, Ortopedavdelning 7"),
                    ("Datum", "2025-03-04"))
    pdf.box(15, y, W, 11, "Kopia till",
            "Patienten, Hemtjänst Köping, Kommunal hemsjukvård Köping, Vårdcentralen Köping")
    pdf.output(os.path.join(PLANS, f"{PREFIX}-02.pdf"))


# ------------------------------------------------- 03 letter to child + parents
def plan03():
    doc = Document()
    base_font(doc, "Calibri", 12)
    fixed_props(doc, "Till Elsa och hennes föräldrar", "Kungsörs kommun")
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    hp = sec.header.paragraphs[0]
    hr = hp.add_run("Kungsörs kommun · Barn- och utbildningsförvaltningen · Kungsörs skola, förskoleklass")
    hr.font.size = Pt(8)
    hr.font.color.rgb = RGBColor(0x44, 0x44, 0x44)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fr = fp.add_run("Samordnad individuell plan (SIP) – skriven till Elsa och hennes föräldrar")
    fr.font.size = Pt(8)

    p = doc.add_paragraph()
    r = p.add_run("Till Elsa och hennes föräldrar")
    r.bold = True
    r.font.size = Pt(20)
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    p2 = doc.add_paragraph("Kungsör den 24 januari 2025")
    p2.runs[0].italic = True

    doc.add_paragraph(
        "Den 22 januari träffades vi i personalrummet på Kungsörs skola. Här har vi skrivit "
        "ner det vi pratade om. Vi har skrivit kort och enkelt så att ni kan läsa det "
        "tillsammans med Elsa.")

    bold_para(doc, "Varför träffades vi?")
    doc.add_paragraph(
        "Elsa är sju år och går i förskoleklass. Hon har en språkstörning, och det gör att "
        "hon ibland inte hittar orden och att andra barn inte alltid förstår vad hon säger. "
        "Vi träffades för att alla som hjälper Elsa med språket – skolan, logopeden och ni "
        "hemma – ska göra på samma sätt, så att Elsa blir förstådd och vågar prata mer i "
        "förskoleklassen.")

    bold_para(doc, "Vad ville vi prata om?")
    doc.add_paragraph("Vi ville prata om hur det går för Elsa.")

    bold_para(doc, "Det här tycker Elsa")
    doc.add_paragraph(
        "Elsa var inte med på mötet. Vi bestämde tillsammans innan att en timme i ett "
        "rum med många vuxna skulle bli för långt och för jobbigt för henne. I stället "
        "pratade ni med Elsa hemma kvällen innan och berättade på mötet vad hon tycker.")
    doc.add_paragraph(
        "Elsa tycker om att rita och att vara i pysselrummet. Hon tycker att samlingen är "
        "jobbig när hon ska berätta något inför alla. Hon blir ledsen när kompisarna säger "
        "”Va?” flera gånger. Elsa sa till mamma:")
    q = doc.add_paragraph()
    q.paragraph_format.left_indent = Cm(1)
    qr = q.add_run("”Jag vill kunna säga till när jag vill vara med och leka.”")
    qr.italic = True

    bold_para(doc, "Det här ska hända")
    doc.add_paragraph("Så här ska vi hjälpa Elsa i skolan och hos logopeden:")
    acts = [
        "Logopeden på Logopedmottagningen i Köping träffar Elsa varannan tisdag kl. 9.00, "
        "från den 4 februari fram till sommarlovet. Logopeden skickar med övningar hem.",
        "Specialpedagogen på Kungsörs skola gör ett bildschema över Elsas dag i "
        "förskoleklassen. Det ska vara klart senast den 7 februari.",
        "Elsas lärare i förskoleklassen använder bilder och tecken (TAKK) i samlingen varje "
        "dag från vecka 7. Elsa får visa en bild i stället för att berätta, om hon vill.",
        "Fritidspedagogen på fritids hjälper Elsa att komma in i leken på eftermiddagarna "
        "genom att leka tillsammans med henne och en kompis, tre eftermiddagar i veckan från "
        "vecka 7.",
        "Skolsköterskan kontrollerar Elsas hörsel den 11 februari.",
    ]
    for a in acts:
        doc.add_paragraph(a, style="List Bullet")

    bold_para(doc, "Det här gör ni hemma")
    home = [
        "Ni läser en bilderbok med Elsa varje kväll och låter henne berätta vad som händer "
        "på bilderna.",
        "Ni tränar logopedens övningar med Elsa i tio minuter tre dagar i veckan.",
        "Varje måndag skickar ni med en lapp i Elsas väska om något hänt i helgen som hon vill "
        "berätta. Då kan läraren hjälpa henne att berätta det i samlingen.",
    ]
    for a in home:
        doc.add_paragraph(a, style="List Bullet")

    bold_para(doc, "Det här bestämde vi tillsammans")
    doc.add_paragraph(
        "Vi bestämde att Elsa aldrig ska behöva berätta något inför hela gruppen om hon inte "
        "själv vill. Vi bestämde också att skolan, logopeden och ni hemma använder samma "
        "tecken och samma bilder, så att Elsa känner igen dem överallt.")

    bold_para(doc, "Vem håller ihop planen?")
    doc.add_paragraph("Skolan håller ihop planen och kallar till nästa möte.")

    bold_para(doc, "När ses vi igen?")
    doc.add_paragraph("Vi ses igen i maj. Skolan skickar en kallelse hem med Elsa.")

    bold_para(doc, "Vi som var med på mötet")
    doc.add_paragraph("Sara och Jonas (Elsas föräldrar), Lena, Anders, Maria och Petra.")

    end = doc.add_paragraph()
    end.paragraph_format.space_before = Pt(14)
    end.add_run("Hälsningar från oss på Kungsörs skola")
    save_docx(doc, os.path.join(PLANS, f"{PREFIX}-03.docx"))


# ------------------------------------------------- 04 meeting minutes, wiki md
PLAN04 = """---
datum: 2025-03-05
tid: 13.00–14.30
plats: Nytorpsskolan, Surahammar (elevhälsans rum)
ärende: SIP N., åk 8
närvarande:
  - N. (elev), första halvtimmen
  - Vårdnadshavare: mamma Jessica, pappa Tomas
  - Mentor åk 8, Nytorpsskolan
  - Kurator, Elevhälsan Nytorpsskolan
  - Specialpedagog, Nytorpsskolan
  - Socialsekreterare, IFO Barn och unga, Surahammars kommun
  - Kurator, BUP Västerås
antecknat av: kurator elevhälsan
---

# SIP-möte N. 2025-03-05

## Syfte

Samordning.

## Frågeställningar

- Hur kan N. komma tillbaka till skolan, och vilka anpassningar behövs för att det ska gå?
- Behöver BUP göra en neuropsykiatrisk utredning, eller räcker nuvarande kontakt?
- Kan familjen få stöd hemma på morgnarna, när det är svårast att komma iväg?

## Läget

N. har haft hög frånvaro sedan november, ca 60 % under vårterminen hittills. Frånvaron
började efter en period med konflikter i klassen och magont på morgnarna. Har haft
kontakt med BUP Västerås sedan januari (bedömningssamtal, ångest). Föräldrarna beskriver
att morgnarna är kaotiska och att N. ofta låser in sig på rummet. Skolan har erbjudit
kortare dagar men N. har inte kommit.

## N:s egen syn

N. var med första halvtimmen. Han berättade att han får ont i magen redan på
söndagskvällen och att matsalen och omklädningsrummet är det värsta. Han vill börja gå i
skolan igen, men inte hela dagar till att börja med, och inte ha idrott just nu.

## Mål

Att N. ska vara i skolan minst tre förmiddagar i veckan före sommarlovet.

## Diskussion

- Skolan beskrev vad som hittills provats. Specialpedagogen noterade N:s synpunkter
  om matsal och omklädningsrum.
- BUP berättade kort om kontakten hittills. Frågan om NPF-utredning diskuterades, BUP
  återkommer.
- Mamma nämnde att hon har varit i kontakt med Försäkringskassan om att vara hemma med
  N., oklart vad som gäller.
- samtycke inhämtat

## Överenskomna åtgärder

- [x] Elevhälsan: kontakt med familjen (v. 10)
- [ ] BUP: fortsatt kontakt (v. 12)
- [ ] Skolan: anpassningar vid behov
- [ ] IFO: erbjuda stöd till familjen (v. 11)

## Nästa möte

v. 16, tid och plats meddelas.

---
*Senast ändrad 2025-03-06 av Elevhälsan Nytorpsskolan. Sidan ligger under Elevhälsa > SIP > 2025.*
"""


def plan04():
    with open(os.path.join(PLANS, f"{PREFIX}-04.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(PLAN04)


# ------------------------------------------------- 05 second follow-up, tables
def intervention_table(doc, rows):
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    heads = ["Insats", "Ansvarig", "Status", "Kommentar"]
    for i, h in enumerate(heads):
        c = t.rows[0].cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(h)
        r.bold = True
        set_cell_shading(c, "DDEBF7")
    set_repeat_header(t.rows[0])
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    widths = [Cm(5.2), Cm(4.6), Cm(2.2), Cm(4.6)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    doc.add_paragraph().paragraph_format.space_after = Pt(2)
    return t


def plan05():
    doc = Document()
    base_font(doc, "Calibri", 10.5)
    fixed_props(doc, "SIP uppföljning 2", "Skinnskattebergs kommun")
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hr = hp.add_run("SKINNSKATTEBERGS KOMMUN\tSocialförvaltningen, LSS")
    hr.font.size = Pt(8.5)
    hr.font.small_caps = True
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fr = fp.add_run("SIP uppföljning 2 · Sida ")
    fr.font.size = Pt(8)
    r1 = fp.add_run()
    r1.font.size = Pt(8)
    add_field(r1, "PAGE")

    doc.add_heading("Samordnad individuell plan (SIP) – uppföljning 2", level=1)

    info = doc.add_table(rows=4, cols=4)
    info.style = "Table Grid"
    data = [
        ("Namn", "Robin", "Personnummer", "ÅÅMMDD-XXXX"),
        ("Datum för uppföljning", "2025-04-29", "Plats", "Gruppbostaden Björken, Skinnskatteberg"),
        ("Ursprunglig plan", "2024-03-12", "Uppföljning 1", "2024-10-15"),
        ("Syfte", "Se ursprunglig plan 2024-03-12.", "", ""),
    ]
    for r_i, row in enumerate(data):
        for c_i, v in enumerate(row):
            cell = info.rows[r_i].cells[c_i]
            cell.text = ""
            run = cell.paragraphs[0].add_run(v)
            if c_i in (0, 2):
                run.bold = True
                set_cell_shading(cell, "F2F2F2")
    merged = info.rows[3].cells[1].merge(info.rows[3].cells[3])
    merged.text = "Se ursprunglig plan 2024-03-12."
    doc.add_paragraph()

    bold_para(doc, "Frågeställningar inför uppföljningen", space_before=2)
    for q in [
        "Fungerar insulinhanteringen i gruppbostaden efter att personalen fick ny delegering i "
        "januari, eller behövs fler tillfällen med distriktssköterskan?",
        "Behöver Robin fortsatt kontakt med dietist nu när han äter i gemensamhetslokalen?",
        "Kan matlagningsträningen i lägenheten börja, och vem planerar den?",
    ]:
        doc.add_paragraph(q, style="List Bullet")

    bold_para(doc, "Mål")
    doc.add_paragraph(
        "R. ska kunna ta sitt långtidsverkande insulin med påminnelse och stöd av personal, "
        "äta regelbundet och undvika blodsockerfall under dagen på daglig verksamhet.")

    bold_para(doc, "Delaktighet")
    doc.add_paragraph(
        "R. deltog under första delen av mötet tillsammans med sin kontaktman från "
        "gruppbostaden.")

    bold_para(doc, "Läget sedan förra uppföljningen")
    doc.add_paragraph(
        "R. är 31 år, har en måttlig intellektuell funktionsnedsättning och diabetes typ 1. "
        "Bor i gruppbostad enligt LSS sedan 2019 och har daglig verksamhet fyra dagar i "
        "veckan. Under hösten 2024 hade R. tre känningar med lågt blodsocker på daglig "
        "verksamhet. Efter att personalen i gruppbostaden fick ny delegering i januari och "
        "rutinen med påminnelse infördes har det inte förekommit några känningar. HbA1c "
        "2025-03 var 58 mmol/mol (föregående 66).")

    bold_para(doc, "Insatser")
    bold_para(doc, "Insats 1", space_before=4)
    intervention_table(doc, [(
        "Bostad med särskild service för vuxna, LSS 9 § 9",
        "Gruppbostaden Björken, enhetschef",
        "Kvarstår",
        "Fungerar bra. Beslut gäller t.o.m. 2026-03-31.")])
    bold_para(doc, "Insats 2", space_before=4)
    intervention_table(doc, [
        ("Insulingivning och blodsockerkontroll morgon och kväll, påminnelse vid lunch",
         "Personal gruppbostaden Björken (utförare)",
         "Kvarstår",
         "Dagligen."),
        ("Delegering och handledning av personal",
         "Distriktssköterska, Vårdcentralen Skinnskatteberg",
         "Kvarstår",
         "Ny delegering för sommarvikarier 2025-05-15."),
    ])
    bold_para(doc, "Insats 3", space_before=4)
    intervention_table(doc, [(
        "Årskontroll diabetes inkl. fotundersökning och HbA1c",
        "Diabetessköterska, Vårdcentralen Skinnskatteberg",
        "Ny",
        "Bokad 2025-06-10.")])
    bold_para(doc, "Insats 4", space_before=4)
    intervention_table(doc, [(
        "Daglig verksamhet LSS 9 § 10, fyra dagar/vecka; personal ser till att R. äter "
        "mellanmål kl. 14",
        "Daglig verksamhet Skinnskatteberg, handledare",
        "Kvarstår",
        "Mellanmål dagligen. Se ovan.")])
    bold_para(doc, "Insats 5", space_before=4)
    intervention_table(doc, [(
        "Kostrådgivning",
        "Dietist, Region Västmanland",
        "Avslutad",
        "Avslutad 2025-02. Ny remiss vid behov.")])
    bold_para(doc, "Insats 6", space_before=4)
    intervention_table(doc, [(
        "Träning i att laga enkel frukost och kvällsmat i egna lägenheten",
        "Se ovan",
        "Ny",
        "Startar när schemat för sommaren är klart.")])

    bold_para(doc, "Andra aktörer")
    intervention_table(doc, [
        ("God man: betalar räkningar, ger R. veckopeng och köper ny väska till "
         "diabetesutrustningen",
         "God man (Lars)",
         "Kvarstår",
         "Väska köps före 2025-05-31."),
        ("Ansökan om merkostnadsersättning till Försäkringskassan",
         "God man (Lars)",
         "Ny",
         "Skickas senast 2025-06-30. FK handlägger."),
    ])

    bold_para(doc, "Samordningsansvar")
    doc.add_paragraph("LSS-handläggare Eva, Socialförvaltningen Skinnskattebergs kommun.")

    bold_para(doc, "Nästa uppföljning")
    doc.add_paragraph("2025-10-07 kl. 13.30 i gruppbostaden Björken. "
                      "LSS-handläggaren skickar kallelse.")

    bold_para(doc, "Deltagare")
    pt = doc.add_table(rows=1, cols=3)
    pt.style = "Table Grid"
    for i, h in enumerate(["Namn", "Funktion", "Verksamhet"]):
        c = pt.rows[0].cells[i]
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
        set_cell_shading(c, "DDEBF7")
    for row in [
        ("Robin", "Den enskilde", "(första delen av mötet)"),
        ("Eva", "LSS-handläggare", "Socialförvaltningen, Skinnskattebergs kommun"),
        ("Anneli", "Enhetschef", "Gruppbostaden Björken, Skinnskattebergs kommun"),
        ("Mikael", "Kontaktman", "Gruppbostaden Björken, Skinnskattebergs kommun"),
        ("Helena", "Distriktssköterska", "Vårdcentralen Skinnskatteberg, Region Västmanland"),
        ("Lars", "God man", "Förordnad av överförmyndaren"),
    ]:
        cells = pt.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    save_docx(doc, os.path.join(PLANS, f"{PREFIX}-05.docx"))


# ------------------------------------------------- 06 empty municipal template
def hint(doc, text):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.italic = True
    r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    r.font.size = Pt(9.5)
    p.paragraph_format.space_after = Pt(4)
    return p


def lines(doc, n=2):
    for _ in range(n):
        p = doc.add_paragraph("_" * 78)
        p.paragraph_format.space_after = Pt(6)


def plan06():
    doc = Document()
    base_font(doc, "Calibri", 11)
    fixed_props(doc, "SIP-mall Norbergs kommun", "Norbergs kommun")
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    hp = sec.header.paragraphs[0]
    hr = hp.add_run("Norbergs kommun\tVård och omsorg / Individ- och familjeomsorg")
    hr.font.size = Pt(9)
    hr.font.small_caps = True
    fp = sec.footer.paragraphs[0]
    fr = fp.add_run("Mall SIP, Norbergs kommun, version 3 (fastställd 2024-09). Sida ")
    fr.font.size = Pt(8)
    r1 = fp.add_run()
    r1.font.size = Pt(8)
    add_field(r1, "PAGE")

    doc.add_heading("Samordnad individuell plan (SIP)", level=0)
    hint(doc, "[Mallen används av kommunens verksamheter när vi kallar till SIP. Fyll i "
              "under varje rubrik och skicka planen till alla deltagare efter mötet.]")

    doc.add_heading("1. Personuppgifter", level=1)
    hint(doc, "[Den enskildes namn och personnummer. Ange vårdnadshavare om det gäller ett barn.]")
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([("Namn", ""), ("Personnummer", "ÅÅMMDD-XXXX"),
                                ("Vårdnadshavare/legal företrädare", "")]):
        t.rows[i].cells[0].text = a
        t.rows[i].cells[0].paragraphs[0].runs[0].bold = True
        t.rows[i].cells[1].text = b
    doc.add_paragraph()
    p = doc.add_paragraph("Datum för mötet: ____________   Plats: ______________________")

    doc.add_heading("2. Syfte med SIP", level=1)
    hint(doc, "[Beskriv med egna ord varför SIP behövs för just den här personen.]")
    lines(doc, 3)

    doc.add_heading("3. Frågeställningar inför mötet", level=1)
    hint(doc, "[Vilka frågor behöver lösas på mötet? Skriv dem som frågor.]")
    lines(doc, 3)

    doc.add_heading("4. Den enskildes mål", level=1)
    hint(doc, "[Skriv personens mål med hans eller hennes egna ord, gärna som citat.]")
    lines(doc, 2)

    doc.add_heading("5. Den enskildes delaktighet", level=1)
    hint(doc, "[Kryssa i och beskriv personens egen syn och önskemål.]")
    doc.add_paragraph("☐ Den enskilde deltog i mötet")
    doc.add_paragraph("☐ Den enskilde deltog inte. Orsak: ______________________________")
    doc.add_paragraph("☐ Den enskildes synpunkter har förmedlats av: ____________________")
    lines(doc, 2)

    doc.add_heading("6. Samtycke", level=1)
    hint(doc, "[Samtycke krävs för att verksamheterna ska få utbyta uppgifter. Ange hur och när.]")
    doc.add_paragraph("☐ Muntligt samtycke     ☐ Skriftligt samtycke (blankett bifogas)")
    doc.add_paragraph("Datum: ____________   Inhämtat av: ______________________________")

    doc.add_heading("7. Deltagare", level=1)
    hint(doc, "[Namn, funktion och verksamhet för alla som deltog.]")
    dt = doc.add_table(rows=6, cols=3)
    dt.style = "Table Grid"
    for i, h in enumerate(["Namn", "Funktion", "Verksamhet/huvudman"]):
        dt.rows[0].cells[i].text = h
        dt.rows[0].cells[i].paragraphs[0].runs[0].bold = True
        set_cell_shading(dt.rows[0].cells[i], "E2EFD9")
    doc.add_paragraph()

    new_sec = doc.add_section()
    new_sec.orientation = WD_ORIENT.LANDSCAPE
    new_sec.page_width, new_sec.page_height = Cm(29.7), Cm(21.0)
    new_sec.left_margin = new_sec.right_margin = Cm(2.0)

    doc.add_heading("8. Insatser och ansvar", level=1)
    hint(doc, "[En rad per insats. Ange verksamhet och funktion som ansvarar, samt när "
              "insatsen startar eller ska vara klar.]")
    at = doc.add_table(rows=7, cols=4)
    at.style = "Table Grid"
    for i, h in enumerate(["Insats/åtgärd", "Ansvarig verksamhet och funktion",
                           "När (datum)", "Kommentar"]):
        at.rows[0].cells[i].text = h
        at.rows[0].cells[i].paragraphs[0].runs[0].bold = True
        set_cell_shading(at.rows[0].cells[i], "E2EFD9")
    set_repeat_header(at.rows[0])
    widths = [Cm(9), Cm(7), Cm(3.5), Cm(6.2)]
    for row in at.rows:
        row.height = Cm(0.9)
        for i, w in enumerate(widths):
            row.cells[i].width = w
    doc.add_paragraph()

    doc.add_heading("9. Andra aktörers insatser", level=1)
    hint(doc, "[T.ex. Försäkringskassan, Arbetsförmedlingen, god man, närstående, den "
              "enskilde själv. Skriv vem som gör vad, eller att det inte finns några.]")
    lines(doc, 2)

    doc.add_heading("10. Huvudansvar för planen", level=1)
    hint(doc, "[Namn/funktion och verksamhet för den som har huvudansvaret.]")
    doc.add_paragraph("Huvudansvarig: ______________________  Verksamhet: ______________________")

    doc.add_heading("11. Uppföljning", level=1)
    hint(doc, "[Datum, tid och plats för uppföljningen.]")
    doc.add_paragraph("Datum: ____________   Tid: ________   Plats: ______________________")

    doc.add_heading("12. Underskrifter", level=1)
    hint(doc, "[Den enskilde och huvudansvarig skriver under.]")
    doc.add_paragraph("\n______________________________        ______________________________")
    doc.add_paragraph("Den enskilde                                            Huvudansvarig")
    save_docx(doc, os.path.join(PLANS, f"{PREFIX}-06.docx"))


# ------------------------------------------------- 07 letter to Ahmed
def plan07():
    doc = Document()
    base_font(doc, "Georgia", 11)
    fixed_props(doc, "Brev till Ahmed – SIP", "Vårdcentralen Hallstahammar")
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.6)
    sec.top_margin = Cm(2.8)
    hp = sec.header.paragraphs[0]
    hr = hp.add_run("Vårdcentralen Hallstahammar")
    hr.bold = True
    hr.font.size = Pt(10)
    hp.add_run("\nRegion Västmanland").font.size = Pt(8.5)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    f1 = fp.add_run("Vårdcentralen Hallstahammar · nås via växeln · www.1177.se")
    f1.font.size = Pt(8)

    d = doc.add_paragraph("Hallstahammar 15 maj 2025")
    d.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph()

    def para(txt):
        p = doc.add_paragraph(txt)
        p.paragraph_format.space_after = Pt(8)
        p.paragraph_format.line_spacing = 1.15
        return p

    g = doc.add_paragraph()
    g.add_run("Hej Ahmed!").bold = True
    para("Här är planen från vårt möte den 14 maj här på vårdcentralen. Den heter SIP, "
         "samordnad individuell plan. Vi hade tolk på arabiska med oss på mötet, och tolken "
         "kommer att läsa upp det här brevet för dig när vi ses nästa gång, om du vill det.")
    para("Vi träffades för att du ska få hjälp med mardrömmarna och sömnen, och för att "
         "vårdcentralen, socialtjänsten och vuxenutbildningen ska samarbeta kring dig, så att "
         "du kan orka gå tillbaka till SFI och fortsätta med etableringen. Du berättade att du "
         "sover tre eller fyra timmar per natt, att minnena från kriget och från flykten kommer "
         "tillbaka när det är tyst, och att du har slutat gå till SFI sedan påsk för att du inte "
         "kan koncentrera dig.")
    para("Du ville att vi skulle prata om två saker: om du kan få traumabehandling med tolk, "
         "och om du kan gå ner i tid på SFI tills du sover bättre utan att förlora din plats "
         "där.")
    para("När vi frågade vad som är viktigast för dig sa du: ”Jag vill kunna sova en hel natt "
         "och kunna tänka på skolan igen. Jag vill kunna jobba som elektriker här.” Du sa också "
         "att du inte vill ha sömntabletter om det går att undvika, och att du vill ha en manlig "
         "tolk. Det har vi skrivit in i din journal.")
    para("Innan vi började frågade vi om vi fick prata med varandra om dig och dela det som "
         "behövs mellan vårdcentralen, socialtjänsten och vuxenutbildningen. Du sa ja, och du "
         "skrev under samtyckesblanketten på mötet den 14 maj.")
    para("På mötet var du, tolken, Lina, Peter, Sofia och jag, Maria.")
    para("Det här bestämde vi. Peter, som är din läkare här på vårdcentralen, skickar en "
         "remiss till Traumaenheten på Vuxenpsykiatrin Västerås senast den 21 maj, och han "
         "skriver i remissen att du behöver tolk. Jag, Maria, som är kurator på vårdcentralen, "
         "träffar dig varannan torsdag kl. 14.00 med tolk från den 22 maj, tills du får en tid "
         "på Traumaenheten. Då ska vi prata om sömnen och öva på sätt att lugna kroppen när "
         "minnena kommer.")
    para("Sofia, som är studie- och yrkesvägledare på Vuxenutbildningen i Hallstahammar, gör en "
         "ny studieplan för SFI tillsammans med dig den 4 juni kl. 13.00, så att du kan läsa på "
         "halvtid under sommaren och behålla din plats. Lina, som är din socialsekreterare på "
         "Individ- och familjeomsorgen i Hallstahammar, ser över om du kan få bistånd till de "
         "glasögon som du behöver för att kunna läsa i skolan.")
    para("Lina har huvudansvaret för planen. Det betyder att det är hon som håller ihop den, "
         "kallar till nästa möte och ringer runt om något inte blir som vi bestämt.")
    para("Arbetsförmedlingen vet om att vi har haft det här mötet.")
    para("Vi ses igen den 12 juni kl. 10 här på vårdcentralen, med samma tolk om det går. Om du "
         "mår sämre innan dess kan du alltid ringa vårdcentralen via växeln och be att få prata "
         "med mig. Om det är akut, ring 112.")
    p = para("Varma hälsningar")
    p.paragraph_format.space_before = Pt(10)
    s = doc.add_paragraph()
    s.add_run("Maria").bold = True
    s.add_run("\nKurator, Vårdcentralen Hallstahammar")
    path = os.path.join(BUILD, f"{PREFIX}-07.docx")
    save_docx(doc, path)
    soffice_pdf(path, f"{PREFIX}-07.pdf")


# ------------------------------------------------- 08 record-system print, txt
def wrap(text, width):
    words, out, cur = text.split(), [], ""
    for w in words:
        if not cur:
            cur = w
        elif len(cur) + 1 + len(w) <= width:
            cur += " " + w
        else:
            out.append(cur)
            cur = w
    if cur:
        out.append(cur)
    return out or [""]


def para_lines(text, width=76):
    return wrap(text, width)


def plan08():
    W = 78
    L = []
    L.append("TRESERVA  Individ- och familjeomsorg                  Utskrift: 2025-04-10 14:40")
    L.append("SALA KOMMUN  Socialförvaltningen                      Sida 1 (1)")
    L.append("=" * W)
    L.append("Personnummer: XXXXXX-XXXX        Namn: K.")
    L.append("Akt: Vuxen, missbruk och beroende")
    L.append("Anteckningsdatum: 2025-04-09     Anteckningstyp: SIP - samordnad plan")
    L.append("-" * W)
    L.append("")

    def section(title, text):
        L.append(title)
        L.extend(para_lines(text))
        L.append("")

    section("BAKGRUND",
            "K. är 29 år och har ett blandmissbruk (amfetamin, cannabis, alkohol) sedan "
            "tonåren. Dömdes i januari 2025 till skyddstillsyn med föreskrift om "
            "missbruksbehandling. Bor i andrahandskontrakt som upphör 2025-05-31. Har en "
            "pågående kontakt med Beroendemottagningen Sala sedan februari. SIP-möte hölls "
            "2025-04-09 på socialkontoret i Sala.")
    section("SYFTE", "Samordning av insatser.")
    section("FRÅGESTÄLLNINGAR", "Fortsatt planering.")
    section("MÅL",
            "Målet är att K. ska vara drogfri, fullfölja skyddstillsynen och ha ett eget "
            "boende inom ett år.")
    section("KLIENTENS DELTAGANDE", "Klienten uteblev från mötet.")
    section("SAMTYCKE",
            "Skriftligt samtycke till SIP inhämtat 2025-04-02 på kommunens blankett "
            "\"Samtycke SIP\". Samtycket gäller socialtjänsten Sala, Beroendemottagningen "
            "Sala och Frivården Västerås.")

    L.append("INSATSER")
    cols = [("INSATS", 30), ("ANSVARIG", 26), ("NÄR", 18)]
    head = "  ".join(h.ljust(w) for h, w in cols).rstrip()
    L.append(head)
    L.append("  ".join("-" * w for _, w in cols))
    rows = [
        ("Strukturerad öppenvårdsbehandling (ÅP), 12 träffar i grupp",
         "Öppenvården Sala, behandlare",
         "Start 2025-04-15, tisdagar kl. 13"),
        ("Övervakade urinprov 2 ggr/vecka",
         "Beroendemottagningen Sala, sjuksköterska",
         "Fr.o.m. 2025-04-14, mån och tors"),
        ("Läkarbedömning avseende abstinens och sömn",
         "Beroendemottagningen Sala, läkare",
         "2025-04-16 kl. 09.30"),
        ("Övervakningssamtal enligt skyddstillsyn, kontroll av föreskrift",
         "Frivården Västerås (Kriminalvården), frivårdsinspektör",
         "Varje vecka fr.o.m. 2025-04-11"),
        ("Utredning av behov av stödboende, beslut",
         "Socialtjänsten Sala, myndighetshandläggare vuxen",
         "Beslut senast 2025-05-09"),
    ]
    for row in rows:
        wrapped = [wrap(txt, w) for txt, (_, w) in zip(row, cols)]
        n = max(len(x) for x in wrapped)
        for i in range(n):
            parts = []
            for cell, (_, w) in zip(wrapped, cols):
                parts.append((cell[i] if i < len(cell) else "").ljust(w))
            L.append("  ".join(parts).rstrip())
        L.append("")

    section("HUVUDANSVAR", "Socialtjänsten Sala.")
    section("UPPFÖLJNING", "Vid behov, dock senast i oktober 2025.")
    L.append("-" * W)
    L.append("Signerad av: Jens, socialsekreterare, Missbruk och beroende, Sala kommun")
    L.append("Signeringsdatum: 2025-04-10 14:32")
    text = "\r\n".join(L) + "\r\n"
    with open(os.path.join(PLANS, f"{PREFIX}-08.txt"), "wb") as f:
        f.write(text.encode("cp1252"))


def main():
    os.makedirs(PLANS, exist_ok=True)
    os.makedirs(BUILD, exist_ok=True)
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
