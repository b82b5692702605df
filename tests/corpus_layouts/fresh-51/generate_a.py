#!/usr/bin/env python3
"""Generate batch fresh-51a: eight fictional, anonymized documents (seven SIP plans
and one home-care genomförandeplan) for Dalarna, Gävleborg and Värmland.

Run with /work/batches/.venv/bin/python generate.py
Deterministic: fixed dates in all metadata, docx zip entries get fixed timestamps,
the LibreOffice PDF gets its date and /ID fields normalised afterwards.
"""
import datetime as dt
import os
import re
import shutil
import subprocess
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF
from fpdf.enums import XPos, YPos

HERE = os.path.dirname(os.path.abspath(__file__))
PLANS = os.path.join(HERE, "plans")
BUILD = os.path.join(HERE, "build")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIXED = dt.datetime(2025, 3, 1, 8, 0, 0)


# ---------------------------------------------------------------- helpers
def fixed_core(doc, title, created):
    cp = doc.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.title = title
    cp.created = created
    cp.modified = created
    cp.last_printed = created
    cp.revision = 1
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""


def normalize_zip(path):
    """Rewrite a .docx with fixed zip timestamps so runs are byte-identical."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


def save_docx(doc, path, title, created):
    fixed_core(doc, title, created)
    doc.save(path)
    normalize_zip(path)


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
    for s in doc.sections:
        s.left_margin = Cm(2.2)
        s.right_margin = Cm(2.2)
        s.top_margin = Cm(2.0)
        s.bottom_margin = Cm(2.0)
    return doc


def shade(cell, fill="D9E2F3"):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def table(doc, header, rows, widths=None, fill="D9E2F3", size=10):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = t.rows[0]
    repeat_header(hdr)
    for i, h in enumerate(header):
        c = hdr.cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(h)
        r.bold = True
        r.font.size = Pt(size)
        shade(c, fill)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = ""
            lines = v.split("\n") if v else [""]
            p = cells[i].paragraphs[0]
            for j, line in enumerate(lines):
                if j:
                    p = cells[i].add_paragraph()
                r = p.add_run(line)
                r.font.size = Pt(size)
    if widths:
        grid_widths(t, widths)
    return t


def grid_widths(t, widths):
    """Set both gridCol and cell widths (LibreOffice reads the grid)."""
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)


def label_para(doc, label, text="", space_after=6):
    p = doc.add_paragraph()
    r = p.add_run(label)
    r.bold = True
    if text:
        p.add_run(" " + text)
    p.paragraph_format.space_after = Pt(space_after)
    return p


def header_text(section, left, right=None, size=8):
    hp = section.header.paragraphs[0]
    hp.text = ""
    r = hp.add_run(left)
    r.font.size = Pt(size)
    r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    if right:
        r2 = hp.add_run("\t\t" + right)
        r2.font.size = Pt(size)
        r2.font.color.rgb = RGBColor(0x59, 0x59, 0x59)


def add_page_field(paragraph, size=8):
    """Word field 'Sida X av Y' in a footer paragraph."""
    def fld(instr):
        r = paragraph.add_run()
        r.font.size = Pt(size)
        b = OxmlElement("w:fldChar")
        b.set(qn("w:fldCharType"), "begin")
        r._r.append(b)
        r2 = paragraph.add_run()
        r2.font.size = Pt(size)
        it = OxmlElement("w:instrText")
        it.set(qn("xml:space"), "preserve")
        it.text = instr
        r2._r.append(it)
        r3 = paragraph.add_run()
        r3.font.size = Pt(size)
        e = OxmlElement("w:fldChar")
        e.set(qn("w:fldCharType"), "end")
        r3._r.append(e)
    r = paragraph.add_run("Sida ")
    r.font.size = Pt(size)
    fld("PAGE")
    r = paragraph.add_run(" av ")
    r.font.size = Pt(size)
    fld("NUMPAGES")


# ====================================================================== 01
class RecordPrint(FPDF):
    print_stamp = "2025-02-14 10:32"

    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(70, 70, 70)
        self.cell(95, 4, "Region Gävleborg  |  Journalutskrift  |  Vårdjournal", border=0, align="L", new_x=XPos.RIGHT, new_y=YPos.TOP)
        self.cell(0, 4, f"Utskriftsdatum {self.print_stamp}   Sida {self.page_no()} ({{nb}})", border=0, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.cell(95, 4, "Patient: J. (anonymiserad)   Personnr: XXXXXX-XXXX", border=0, align="L", new_x=XPos.RIGHT, new_y=YPos.TOP)
        self.cell(0, 4, "Utskrivet av: medicinsk sekreterare, VUP Hudiksvall", border=0, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_draw_color(120, 120, 120)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(110, 110, 110)
        self.cell(0, 4, "Utskrift ur journal – ej original. Sekretess enligt OSL 25 kap. 1 §.", border=0, align="C", new_x=XPos.RIGHT, new_y=YPos.TOP)
        self.set_text_color(0, 0, 0)


def rp_entry_head(pdf, when, unit, kind, role):
    pdf.set_fill_color(228, 232, 238)
    pdf.set_font("DejaVu", "B", 9)
    pdf.cell(0, 6, f"{when}   {unit}", border=0, align="L", fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("DejaVu", "", 8)
    pdf.cell(0, 5, f"Anteckningstyp: {kind}     Yrkesroll: {role}", border=0, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)


def rp_kw(pdf, key, text):
    pdf.set_font("DejaVu", "", 9)
    pdf.multi_cell(0, 4.6, f"**{key}:** {text}", markdown=True,
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.2)


def rp_sign(pdf, text):
    pdf.set_font("DejaVu", "", 8)
    pdf.set_text_color(60, 60, 60)
    pdf.cell(0, 5, text, border=0, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.set_draw_color(190, 190, 190)
    pdf.line(pdf.l_margin, pdf.get_y() + 1, pdf.w - pdf.r_margin, pdf.get_y() + 1)
    pdf.ln(5)


def plan01(path):
    pdf = RecordPrint(format="A4")
    pdf.set_creation_date(dt.datetime(2025, 2, 14, 10, 32, tzinfo=dt.timezone.utc))
    pdf.set_title("Journalutskrift")
    pdf.set_producer("Journalutskrift")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.alias_nb_pages()
    pdf.set_margins(18, 14, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 11)
    pdf.cell(0, 6, "Journalanteckningar – urval 2025-02-11 – 2025-02-13", border=0, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("DejaVu", "", 8)
    pdf.cell(0, 5, "Vårdenhet: Vuxenpsykiatriska mottagningen Hudiksvall. Sökord: alla. Sortering: datum stigande.", border=0, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)

    rp_entry_head(pdf, "2025-02-11 09:00", "Vuxenpsykiatriska mottagningen Hudiksvall",
                  "SIP – samordnad individuell plan", "Sjuksköterska")
    rp_kw(pdf, "Kontaktorsak",
          "SIP-möte på mottagningen, kallat av vuxenpsykiatrin. Mötet hölls i mottagningens "
          "konferensrum kl 09.00-10.15.")
    rp_kw(pdf, "Deltagare",
          "J.; Maria, sjuksköterska och fast vårdkontakt, Vuxenpsykiatriska mottagningen "
          "Hudiksvall; Sven, överläkare, Vuxenpsykiatriska mottagningen Hudiksvall; Henrik, "
          "socialsekreterare, vuxenenheten IFO Hudiksvalls kommun; Eva, boendestödjare, "
          "Socialpsykiatrin Hudiksvalls kommun; Ahmed, budget- och skuldrådgivare, "
          "Hudiksvalls kommun.")
    rp_kw(pdf, "Syfte",
          "Syftet är att samordna psykiatrins behandling med kommunens boendestöd och "
          "ekonomiska stöd så att J. kan behålla sin lägenhet efter uppsägningen i januari och "
          "inte insjuknar i en ny psykos under våren.")
    rp_kw(pdf, "Bakgrund",
          "34-årig man med paranoid schizofreni sedan 2015. Vårdad inneliggande på psykiatrisk "
          "avd 4, Hudiksvalls sjukhus 2024-12-02 – 2024-12-20 efter att ha slutat med sin "
          "medicin under hösten. Under hösten uppstod en hyresskuld på ca 26 000 kr och "
          "kontraktet är uppsagt med möjlighet till rättelse. Hade boendestöd 2021-2023 som "
          "avslutades på egen begäran. Ingen sysselsättning sedan 2022. Bor ensam.")
    rp_kw(pdf, "Aktuellt",
          "J. deltog under mötets första halvtimme och lämnade sedan rummet, han uppgav att "
          "han var trött efter en natt med dålig sömn. Resten av mötet hölls utan honom.")
    rp_kw(pdf, "Psykiskt status",
          "Vaken och orienterad. Sparsam i kontakten, låg röst, viss misstänksamhet mot "
          "socialtjänstens representant. Inga tecken på akut psykotisk försämring. Förnekar "
          "suicidtankar.")
    rp_kw(pdf, "Mål",
          "Målet är att J. ska kunna bo kvar i sin lägenhet och hålla sig psykiskt stabil "
          "utan ny inläggning under 2025.")
    rp_kw(pdf, "Planering",
          "1) Vuxenpsykiatriska mottagningen: depåinjektion var fjärde vecka på mottagningen, "
          "nästa 2025-02-18, ansvarig Maria (fast vårdkontakt). Läkarbesök hos Sven 2025-03-20.  "
          "2) Socialpsykiatrin Hudiksvalls kommun: boendestöd två gånger per vecka med "
          "struktur i hemmet, post och räkningar, start 2025-02-17, ansvarig Eva.  "
          "3) Vuxenenheten IFO: Henrik utreder ansökan om ekonomiskt bistånd för hyresskulden, "
          "beslut senast 2025-02-21.  "
          "4) Budget- och skuldrådgivningen Hudiksvalls kommun: Ahmed gör en genomgång av "
          "skulderna och upprättar en budget.")
    rp_kw(pdf, "Huvudansvar",
          "Henrik, socialsekreterare vid vuxenenheten IFO Hudiksvalls kommun, är huvudansvarig "
          "för SIP:en.")
    rp_sign(pdf, "Signerad: Maria, sjuksköterska, Vuxenpsykiatriska mottagningen Hudiksvall   "
                 "2025-02-11 15:47")

    rp_entry_head(pdf, "2025-02-12 08:40", "Vuxenpsykiatriska mottagningen Hudiksvall",
                  "Telefonkontakt", "Sjuksköterska")
    rp_kw(pdf, "Kontaktorsak", "Samtal från Eva, boendestödjare Socialpsykiatrin.")
    rp_kw(pdf, "Aktuellt",
          "Eva meddelar att första hembesöket är bokat 2025-02-17 kl 10.00 och att brev om "
          "tiden skickats till J. Hon önskar få veta vilken dag depåinjektionen ges så att "
          "besöken inte krockar. Uppgift lämnad.")
    rp_kw(pdf, "Bedömning", "Ingen ytterligare åtgärd från mottagningen i nuläget.")
    rp_sign(pdf, "Signerad: Maria, sjuksköterska, Vuxenpsykiatriska mottagningen Hudiksvall   "
                 "2025-02-12 08:52")

    rp_entry_head(pdf, "2025-02-12 13:10", "Vuxenpsykiatriska mottagningen Hudiksvall",
                  "Läkaranteckning", "Läkare")
    rp_kw(pdf, "Kontaktorsak", "Ordinationsgenomgång efter SIP-möte 2025-02-11.")
    rp_kw(pdf, "Läkemedel",
          "Fortsatt depåinjektion paliperidon var fjärde vecka, oförändrad dos. "
          "Olanzapin 5 mg till natten vid sömnsvårigheter, högst 14 dagar, utskrivet via "
          "e-recept.")
    rp_kw(pdf, "Bedömning",
          "Stabilt psykiskt läge men hög risk för återinsjuknande om boendesituationen brister. "
          "Insatt boendestöd bedöms viktigt. Metabol kontroll behövs.")
    rp_kw(pdf, "Planering",
          "Blodprover (lipider, glukos, HbA1c) tas i samband med injektionen 2025-02-18. "
          "Läkarbesök 2025-03-20 enligt ovan.")
    rp_sign(pdf, "Signerad: Sven, överläkare, Vuxenpsykiatriska mottagningen Hudiksvall   "
                 "2025-02-12 13:31")

    rp_entry_head(pdf, "2025-02-13 15:20", "Vuxenpsykiatriska mottagningen Hudiksvall",
                  "Administrativ anteckning", "Kurator")
    rp_kw(pdf, "Kontaktorsak", "Information från vuxenenheten IFO.")
    rp_kw(pdf, "Aktuellt",
          "Henrik, socialsekreterare, ringer och meddelar att beslut om ekonomiskt bistånd för "
          "hyresskulden fattats i dag och att skulden regleras inom kontraktets rättelsetid. "
          "Informationen vidarebefordrad till fast vårdkontakt.")
    rp_sign(pdf, "Signerad: Karin, kurator, Vuxenpsykiatriska mottagningen Hudiksvall   "
                 "2025-02-13 15:26")
    pdf.output(path)


# ====================================================================== 02
def plan02(path):
    doc = base_doc("Calibri", 11)
    sec = doc.sections[0]
    sec.different_first_page_header_footer = True
    header_text(sec, "Borlänge kommun | Region Dalarna – SIP för E.", "Sekretess enligt OSL")
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(fp)

    # cover page
    logo = doc.add_paragraph()
    logo.alignment = WD_ALIGN_PARAGRAPH.LEFT
    r = logo.add_run("[LOGOTYP]  Borlänge kommun")
    r.bold = True
    r.font.size = Pt(16)
    r.font.small_caps = True
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    r2 = logo.add_run("\ni samverkan med Region Dalarna")
    r2.font.size = Pt(10)
    r2.italic = True
    for _ in range(6):
        doc.add_paragraph()
    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("Samordnad individuell plan")
    r.bold = True
    r.font.size = Pt(28)
    t2 = doc.add_paragraph()
    t2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t2.add_run("SIP")
    r.font.size = Pt(20)
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    for _ in range(3):
        doc.add_paragraph()
    for lab, val in [("Barn/elev:", "E. (14 år)"),
                     ("Personnummer:", "ÅÅMMDD-XXXX"),
                     ("Datum för SIP-mötet:", "2024-10-22"),
                     ("Version:", "1")]:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        rr = p.add_run(lab + " ")
        rr.bold = True
        rr.font.size = Pt(13)
        rr2 = p.add_run(val)
        rr2.font.size = Pt(13)
    doc.add_page_break()

    doc.add_heading("Bakgrund", level=1)
    doc.add_paragraph(
        "E. går i årskurs 8 på Nygårdsskolan i Borlänge. Frånvaron har ökat sedan vårterminen "
        "2024 och under september–oktober har hon varit i skolan ungefär 35 % av tiden. Hon får "
        "magont och illamående på morgnarna och har haft panikattacker i matsalen. "
        "Skolsköterskan remitterade till BUP Borlänge och E. bedömdes i augusti 2024 med social "
        "ångest. Ett ärende öppnades på Familjeenheten i september efter ansökan om stöd. "
        "Skolan har hittills gjort vissa anpassningar (möjlighet att gå ut ur klassrummet, "
        "läxhjälp) utan att närvaron ökat.")
    doc.add_heading("Syfte", level=1)
    doc.add_paragraph("Samordning av insatser.")
    doc.add_heading("Frågeställningar inför mötet", level=1)
    for q in ["Hur kan skolan lägga upp ett anpassat schema så att E. kan komma tillbaka "
              "stegvis, och vem tar emot henne på morgonen?",
              "Kan BUP:s behandling och skolans anpassningar läggas upp så att de stödjer "
              "varandra (samma exponeringssteg)?",
              "Behöver familjen stöd hemma med morgnarna, och vem kan ge det?"]:
        doc.add_paragraph(q, style="List Bullet")
    doc.add_heading("E:s egna mål", level=1)
    p = doc.add_paragraph()
    p.add_run("”Jag vill kunna gå till skolan utan att få panik, och jag vill klara matte och "
              "svenska i åttan.”").italic = True
    doc.add_heading("Delaktighet", level=1)
    doc.add_paragraph(
        "E. var med på hela mötet tillsammans med mamma och pappa. E. berättade att det är "
        "värst på morgnarna och i matsalen. Hon önskar att få börja med några lektioner om "
        "dagen i stället för hela dagar och att få äta lunch i ett mindre rum med en kompis.")
    doc.add_heading("Insatser", level=1)
    table(doc, ["Vad ska göras", "Vem ansvarar", "Klart när"], [
        ["Ta fram anpassat schema: start med tre lektioner per dag och lunch i grupprum, "
         "mentor tar emot E. vid entrén varje morgon",
         "Rektor och mentor, Nygårdsskolan", "2024-11-04"],
        ["KBT-behandling för social ångest, 12 sessioner, med exponeringsövningar som "
         "samordnas med skolans schema",
         "Psykolog, BUP Borlänge", "Start 2024-11-06, avslut 2025-02-28"],
        ["Stödsamtal med skolkurator en gång per vecka",
         "Skolkurator, elevhälsan Nygårdsskolan", "Från 2024-10-28 t.o.m. 2024-12-20"],
        ["Familjebehandling med hembesök varannan vecka, fokus på morgonrutiner",
         "Familjebehandlare, Familjeenheten Borlänge kommun", "Start 2024-11-12"],
        ["Hälsosamtal om sömn och magbesvär",
         "Skolsköterska, elevhälsan Nygårdsskolan", "2024-11-15"],
    ], widths=[8.0, 5.0, 3.8])
    doc.add_paragraph()
    doc.add_heading("Samtycke", level=1)
    doc.add_paragraph("Samtycke finns.")
    doc.add_heading("Huvudansvar", level=1)
    doc.add_paragraph("Socialtjänsten, Borlänge kommun.")
    doc.add_heading("Närvarande", level=1)
    doc.add_paragraph("E., mamma, pappa, mentor, skolkurator, skolsköterska, rektor, psykolog, "
                      "familjebehandlare, socialsekreterare.")
    doc.add_heading("Uppföljning", level=1)
    label_para(doc, "Nästa SIP-möte:", "ÅÅÅÅ-MM-DD")
    label_para(doc, "Plats:", "")
    save_docx(doc, path, "SIP", dt.datetime(2024, 10, 23, 9, 0))


# ====================================================================== 03
def plan03(path):
    NL = " \\n "
    fields = [
        ("EXPORTTYP", "SIP"),
        ("EXPORTVERSION", "2.3"),
        ("EXPORTDATUM", "2025-03-10 14:22"),
        ("DOKUMENT_ID", "SIP-2025-0143"),
        ("VERKSAMHET", "Individ- och familjeomsorgen, Arvika kommun"),
        ("ENHET", "Vuxenenheten – missbruk och beroende"),
        ("PERSON", "A. (anonymiserad)"),
        ("PERSONNUMMER", "XXXXXX-XXXX"),
        ("ÅLDER", "19"),
        ("MÖTESDATUM", "2025-03-04"),
        ("MÖTESPLATS", "Beroendemottagningen Arvika"),
        ("DELTAGARE", ""),
        ("SYFTE", "Samordning av insatser."),
        ("BAKGRUND", NL.join([
            "A. är 19 år och har använt cannabis dagligen sedan 16-årsåldern, periodvis även "
            "tabletter (benzodiazepiner) utan förskrivning.",
            "Avbröt gymnasiet (el-programmet) i åk 2 och har sedan dess inte haft någon "
            "sysselsättning.",
            "Aktuell på beroendemottagningen sedan januari 2025 efter remiss från vårdcentralen.",
            "Bor hos sin mamma i Arvika. Tidigare aktuell inom socialtjänsten som barn.",
        ])),
        ("FRÅGESTÄLLNINGAR", ""),
        ("ENSKILDES_MÅL", ""),
        ("ENSKILDES_SYN", ""),
        ("SAMTYCKE", ""),
        ("INSATSER", NL.join([
            "Fortsatt kontakt med beroendemottagningen.",
            "Stöd från socialtjänsten vid behov.",
            "Sysselsättning ses över.",
        ])),
        ("ANSVAR", NL.join([
            "Beroendemottagning: Regionen",
            "Socialtjänst: Kommunen",
            "Sysselsättning: Kommunen",
        ])),
        ("ANDRA_AKTÖRER", "Arbetsförmedlingen och Försäkringskassan är informerade om att "
                          "SIP har upprättats."),
        ("HUVUDANSVARIG", ""),
        ("UPPFÖLJNING_DATUM", "2025-05-20"),
        ("UPPFÖLJNING_FORM", "Nytt SIP-möte på beroendemottagningen"),
        ("STATUS", "Fastställd"),
        ("SKAPAD_AV", "sign. LJ"),
        ("SENAST_ÄNDRAD", "2025-03-05 09:11"),
    ]
    text = "".join(f"{k}={v}\n" for k, v in fields)
    with open(path, "w", encoding="cp1252", newline="\n") as f:
        f.write(text)


# ====================================================================== 04
PLAN04 = """# Till dig, Sara – det här bestämde vi

Sandviken 2025-04-10

Hej Sara!

Här är det vi kom överens om på mötet i tisdags, 2025-04-08, i mötesrummet på
vuxenpsykiatrin i Sandviken. Jag har skrivit det så enkelt jag kan. Ring mig om något
är fel eller om du undrar över något, så ändrar vi.

### Det vi ville prata om

Du ville att vi skulle prata om hur det går just nu och hur det ska bli framåt.

### Det här sa du

Du berättade att du är trött på att ha så många olika kontakter som frågar samma saker,
och att det är posten som gör dig mest orolig. Du sa också att medicinen mot ADHD hjälper
dig att komma igång på dagarna men att du sover dåligt.

Ditt mål sa du så här, och jag skrev ner det ordagrant:

> "Jag vill ha ett eget förstahandskontrakt innan jul och kunna betala mina räkningar
> själv utan att vara rädd för att öppna posten."

### Får vi prata med varandra om dig?

Ja – du sa ja på mötet 2025-04-08 till att vi som var där får prata med varandra om
dig, och du skrev under samtyckesblanketten hos Linnea samma dag. Du kan ta tillbaka
ditt ja när du vill.

### Vem gör vad

- **Du:** tar med alla räkningar och brev från Kronofogden till mig på fredag 2025-04-11.
  Du ställer dig i bostadskön hos det kommunala bostadsbolaget senast 2025-04-30.
- **Jag, Malin (personligt ombud, PO Sandviken):** går igenom breven med dig 2025-04-11
  och hjälper dig att skicka in ansökan om skuldsanering till Kronofogden i maj.
- **Anna, din kontaktsjuksköterska på vuxenpsykiatrin Sandviken:** följer upp
  ADHD-medicinen och sömnen vid ditt besök 2025-04-24.
- **Linnea, socialsekreterare på vuxenenheten:** utreder din ansökan om boendestöd.
- **Försäkringskassan:** din handläggare har avstämningsmöte om sjukpenningen med dig
  2025-05-06. Jag följer med dig dit.

### Nästa gång

Vi ses igen alla tillsammans i början av juni. Kallelse kommer.

### Vi som var med

Du, jag (Malin), Anna, Linnea och Peter.

Varma hälsningar
Malin
Personligt ombud
Nås via växeln
"""


def plan04(path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(PLAN04)


# ====================================================================== 05
def plan05(path):
    doc = base_doc("Arial", 10.5)
    sec = doc.sections[0]
    header_text(sec, "Mora kommun – Vård och omsorg  |  Region Dalarna – Vårdcentralen Mora",
                "SIP")
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_page_field(fp)

    p = doc.add_paragraph()
    r = p.add_run("SAMORDNAD INDIVIDUELL PLAN (SIP)")
    r.bold = True
    r.font.size = Pt(15)
    p = doc.add_paragraph()
    r = p.add_run("enligt 2 kap. 7 § SoL och 16 kap. 4 § HSL")
    r.italic = True
    r.font.size = Pt(9)

    label_para(doc, "Planen gäller:", "G., 82 år")
    label_para(doc, "Personnummer:", "XXXXXX-XXXX")
    label_para(doc, "Datum för SIP-mötet:", "2025-01-09")
    label_para(doc, "Plats:", "I makarnas hem, Mora")
    label_para(doc, "Närstående:", "I., 79 år, hustru")
    label_para(doc, "Bakgrund:",
               "G. har Alzheimers sjukdom, diagnostiserad 2022 på minnesmottagningen. Han har "
               "blivit allt mer förvirrad på kvällarna, går upp på nätterna och har två gånger "
               "gått ut på egen hand i december. Hustrun I. sköter i dag det mesta i hemmet "
               "och säger att hon inte orkar längre, hon sover dåligt och har själv ont i höften. "
               "G. har hemtjänst en gång om dagen sedan oktober 2024 och trygghetslarm. Paret "
               "har två vuxna barn som bor i Stockholm och Uppsala.")
    label_para(doc, "Syfte med planen:", "")
    label_para(doc, "Frågeställningar:",
               "Genomgång av nuläget och hur det fungerar hemma.")
    label_para(doc, "G:s delaktighet:",
               "G. var med under första delen av mötet vid köksbordet. Han sa att han vill bo "
               "kvar hemma med I. och att han inte vill flytta till ett boende. Han ville inte "
               "att dottern skulle ringas in till mötet. Därefter vilade han och I. fortsatte "
               "mötet.")
    label_para(doc, "Mål:",
               "Målet är att G. ska kunna bo kvar i hemmet med ett tryggt stöd dygnet runt och "
               "att I. ska få avlastning så att hon orkar.")
    label_para(doc, "Samtycke:",
               "G. har samtyckt till SIP och till att uppgifter delas mellan de som deltar.")

    p = doc.add_paragraph()
    r = p.add_run("Insatser och vem som ansvarar")
    r.bold = True
    r.font.size = Pt(12)
    p.paragraph_format.space_before = Pt(8)
    label_para(doc, "Hemtjänst Mora centrum, Mora kommun:",
               "Hemtjänsten utökas från ett till tre besök per dag (morgon, lunch, kväll) med "
               "hjälp med hygien, påklädning, måltider och kvällsmedicin från 2025-01-13. "
               "Tillsyn via nattpatrull två gånger per natt från samma datum.")
    label_para(doc, "Biståndshandläggare, äldreomsorgen Mora kommun:",
               "Utreder avlösning i hemmet 4 timmar per vecka och plats på dagverksamhet, "
               "beslut senast 2025-01-24.")
    label_para(doc, "Demenssjuksköterska, Mora kommun:",
               "Hembesök för att se över kvällsoron och ta fram bemötandeplan för hemtjänstens "
               "personal, 2025-01-20.")
    label_para(doc, "Regionen:",
               "Läkemedelsgenomgång och bedömning av sömnen.")
    label_para(doc, "Anhörigstöd, Mora kommun:",
               "Anhörigkonsulenten erbjuder I. enskilda samtal och plats i anhöriggruppen för "
               "närstående till personer med demenssjukdom, första samtal 2025-01-28.")
    label_para(doc, "I. (hustru, närstående) – egna åtgärder:",
               "I. kontaktar själv sin vårdcentral om höftsmärtan senast 2025-01-31. I. sköter "
               "G:s kvällsmedicin fram till 2025-01-13 när hemtjänsten tar över. I. berättar för "
               "barnen om planen och frågar om de kan komma varannan helg från februari.")

    label_para(doc, "Huvudansvar för planen:", "Mora kommun, äldreomsorgen.")
    label_para(doc, "Nästa SIP-möte:", "2025-03-18 kl. 13.30 i hemmet.")

    p = doc.add_paragraph()
    r = p.add_run("Deltagare")
    r.bold = True
    r.font.size = Pt(12)
    table(doc, ["Namn", "Roll", "Verksamhet"], [
        ["G.", "Den enskilde (del av mötet)", "–"],
        ["I.", "Hustru, närstående", "–"],
        ["Karin", "Biståndshandläggare", "Äldreomsorgen, Mora kommun"],
        ["Helena", "Enhetschef", "Hemtjänst Mora centrum, Mora kommun"],
        ["Lisa", "Demenssjuksköterska", "Hälso- och sjukvårdsenheten, Mora kommun"],
        ["Jonas", "Distriktssköterska", "Vårdcentralen Mora, Region Dalarna"],
        ["Sofia", "Anhörigkonsulent", "Anhörigstöd, Mora kommun"],
    ], widths=[3.0, 5.2, 8.2], fill="E2EFDA")
    doc.add_paragraph()
    label_para(doc, "Planen skickas till:", "G. och I., samtliga deltagare.")
    save_docx(doc, path, "SIP", dt.datetime(2025, 1, 10, 8, 30))


# ====================================================================== 06
def plan06_docx(path):
    doc = base_doc("Liberation Sans", 10)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin = sec.bottom_margin = Cm(1.6)
    header_text(sec, "Region Värmland – Psykiatriska kliniken, Centralsjukhuset Karlstad  |  "
                     "Karlstads kommun – Socialförvaltningen", "")
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(fp)

    p = doc.add_paragraph()
    r = p.add_run("SIP – samordnad individuell plan vid utskrivning från sluten psykiatrisk vård")
    r.bold = True
    r.font.size = Pt(14)

    info = doc.add_table(rows=2, cols=4)
    info.style = "Table Grid"
    vals = [("Patient", "P."), ("Personnummer", "XXXXXX-XXXX"),
            ("Datum för SIP-möte", "2025-01-28"), ("Planerat utskrivningsdatum", "2025-02-03")]
    for i, (k, v) in enumerate(vals):
        c = info.cell(i // 2, (i % 2) * 2)
        c.text = ""
        rr = c.paragraphs[0].add_run(k)
        rr.bold = True
        shade(c, "EDEDED")
        info.cell(i // 2, (i % 2) * 2 + 1).text = v
    grid_widths(info, [5.0, 8.0, 5.5, 7.5])
    doc.add_paragraph()

    form = doc.add_table(rows=3, cols=2)
    form.style = "Table Grid"
    rows = [("Syfte med SIP", "Klicka här för att ange text."),
            ("Bakgrund",
             "41-årig man med bipolär sjukdom typ 1. Inlagd på avd 21 sedan 2024-12-30 p.g.a. "
             "manisk episod med sömnlöshet och stora inköp på kredit. Tidigare inläggning 2022. "
             "Bor ensam i hyreslägenhet i Karlstad. Har haft litiumbehandling men slutade med "
             "den i oktober. Ingen sysselsättning sedan i höstas. Nu stämningsstabiliserad, "
             "sover 6–7 timmar per natt, åter insatt på litium."),
            ("Den enskildes delaktighet", "Patienten deltog inte.")]
    for i, (k, v) in enumerate(rows):
        c = form.cell(i, 0)
        c.text = ""
        rr = c.paragraphs[0].add_run(k)
        rr.bold = True
        shade(c, "EDEDED")
        form.cell(i, 1).text = v
    grid_widths(form, [5.5, 20.5])
    doc.add_paragraph()

    p = doc.add_paragraph()
    r = p.add_run("Planerade insatser")
    r.bold = True
    r.font.size = Pt(12)
    table(doc, ["Behov", "Mål", "Insats", "Ansvarig", "Tidsplan"], [
        ["Psykiatrisk behandling och läkemedel",
         "P. ska vara stabil i sitt mående och inte behöva läggas in igen",
         "Läkarbesök med litiumkontroll på öppenvårdsmottagningen, därefter var 3:e månad",
         "Psykiatriska öppenvårdsmottagningen Karlstad", "2025-02-10"],
        ["Boende",
         "P. ska klara sitt boende och sin vardag",
         "Boendestöd två gånger per vecka, hjälp med struktur, mat och sömnrutiner",
         "Socialpsykiatrin, Karlstads kommun", ""],
        ["Ekonomi",
         "Ordnad ekonomi",
         "Genomgång av räkningar och krediter efter maniska perioden",
         "", ""],
        ["Sysselsättning",
         "Meningsfull sysselsättning",
         "Introduktion på kommunens träffpunkt, två förmiddagar per vecka",
         "Socialpsykiatrin, Karlstads kommun", "v. 8"],
        ["Somatisk hälsa",
         "P. ska ha kontroll på sköldkörtel och njurfunktion",
         "Provtagning och hälsokontroll på vårdcentralen",
         "Vårdcentralen Rud", ""],
    ], widths=[4.0, 5.6, 7.6, 5.2, 3.2], fill="DDEBF7", size=9.5)
    doc.add_paragraph()

    form2 = doc.add_table(rows=3, cols=2)
    form2.style = "Table Grid"
    for i, (k, v) in enumerate([("Huvudansvarig för planen", ""),
                                ("Uppföljning av planen", "ÅÅÅÅ-MM-DD"),
                                ("Närvarande", "Lars, Emma, Nadia, Stefan, Johanna")]):
        c = form2.cell(i, 0)
        c.text = ""
        rr = c.paragraphs[0].add_run(k)
        rr.bold = True
        shade(c, "EDEDED")
        form2.cell(i, 1).text = v
    grid_widths(form2, [5.5, 20.5])
    save_docx(doc, path, "SIP utskrivning", dt.datetime(2025, 1, 28, 15, 0))


def lo_convert(src, outdir):
    cmd = ["soffice", "-env:UserInstallation=file:///tmp/lo-f51a", "--headless",
           "--convert-to", "pdf", "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=300)


def normalize_lo_pdf(path):
    """Replace LibreOffice's run-time dates and /ID with fixed values of equal length."""
    with open(path, "rb") as f:
        data = f.read()

    def fix_date(m):
        s = m.group(0)
        fixed = b"D:20250128150000"
        return fixed + s[len(fixed):] if len(s) >= len(fixed) else s
    data = re.sub(rb"D:\d{14}", fix_date, data)
    data = re.sub(rb"(/ID\s*\[\s*<)([0-9A-Fa-f]+)(>\s*<)([0-9A-Fa-f]+)(>)",
                  lambda m: m.group(1) + b"0" * len(m.group(2)) + m.group(3)
                  + b"0" * len(m.group(4)) + m.group(5), data)
    data = re.sub(rb"(/DocChecksum\s*/)([0-9A-Fa-f]+)",
                  lambda m: m.group(1) + b"0" * len(m.group(2)), data)
    with open(path, "wb") as f:
        f.write(data)


def plan06(path):
    os.makedirs(BUILD, exist_ok=True)
    src = os.path.join(BUILD, os.path.splitext(os.path.basename(path))[0] + ".docx")
    plan06_docx(src)
    lo_convert(src, BUILD)
    shutil.move(os.path.splitext(src)[0] + ".pdf", path)
    normalize_lo_pdf(path)


# ====================================================================== 07
def plan07(path):
    doc = base_doc("Calibri", 11)
    sec = doc.sections[0]
    header_text(sec, "Bollnäs kommun – Socialförvaltningen, LSS  |  Region Gävleborg – "
                     "Habiliteringen", "Uppföljning av SIP")
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(fp)

    doc.add_heading("Uppföljning av samordnad individuell plan (SIP)", level=0)
    label_para(doc, "Gäller:", "V., 23 år")
    label_para(doc, "Personnummer:", "ÅÅMMDD-XXXX")
    label_para(doc, "Datum för uppföljningsmötet:", "2025-01-16")
    label_para(doc, "Ursprunglig plan upprättad:", "2024-09-12")
    label_para(doc, "Plats:", "Habiliteringen Bollnäs")

    doc.add_heading("1. Syfte med SIP", level=2)
    p = doc.add_paragraph()
    p.add_run("(oförändrat från 2024-09-12) ").italic = True
    p.add_run("Syftet är att V. ska få en fungerande vardag i gruppbostaden och på den dagliga "
              "verksamheten efter flytten hemifrån, och att kommunens LSS-stöd och "
              "habiliteringen drar åt samma håll så att V:s oro och utbrott minskar.")
    doc.add_heading("2. V:s mål", level=2)
    p = doc.add_paragraph()
    p.add_run("(oförändrat från 2024-09-12) ").italic = True
    p.add_run("”Jag vill jobba med datorer på dagliga verksamheten och klara att åka buss "
              "själv till stan.”")
    doc.add_heading("3. Frågeställningar inför dagens möte", level=2)
    for q in ["Fungerar den nya dagliga verksamheten på Tekniken, och vad gör att V. går hem "
              "tidigt vissa dagar?",
              "Behöver V. mer stöd på kvällarna i gruppbostaden?",
              "Hur har bussträningen gått, kan nästa sträcka påbörjas?"]:
        doc.add_paragraph(q, style="List Number")
    doc.add_heading("4. V:s delaktighet", level=2)
    doc.add_paragraph(
        "V. deltog under hela mötet med stöd av sitt bildschema och sin stödpedagog. Han sa "
        "att han trivs med datajobbet men att det är för mycket ljud i matsalen och att det "
        "är därför han går hem. Han vill fortsätta åka buss själv och vill nu prova att åka "
        "till stan på lördagar.")
    doc.add_heading("5. Samtycke", level=2)
    doc.add_paragraph("V. lämnade skriftligt samtycke till SIP 2024-09-12 (blankett). Vid dagens "
                      "möte bekräftade han muntligt att samtycket fortfarande gäller.")

    doc.add_heading("6. Utvärdering av insatser från planen 2024-09-12", level=2)
    table(doc, ["Insats", "Ansvarig", "Tid", "Utvärdering"], [
        ["Daglig verksamhet fyra dagar per vecka, datainriktning",
         "LSS daglig verksamhet Tekniken, Bollnäs kommun", "Från 2024-09-23",
         "Genomfört. V. är där fyra dagar, går hem tidigt 1–2 dagar/vecka p.g.a. ljudnivån."],
        ["Kartläggning av sensoriska behov",
         "Arbetsterapeut, Habiliteringen Bollnäs", "Okt–dec 2024",
         "Genomförd i december 2024, rekommendationer lämnade till gruppbostad och DV."],
        ["Bussträning med personal, sträckan gruppbostaden–Tekniken",
         "Stödpedagog, Gruppbostad Solbacken", "2024-09-16 – 2024-11-30",
         "Klart. V. åker själv sedan november."],
        ["God man ansöker om bostadstillägg hos Försäkringskassan",
         "God man", "Senast 2024-10-15",
         "Klart, beviljat från oktober 2024."],
    ], widths=[5.0, 4.4, 2.8, 5.0], fill="FCE4D6", size=9.5)
    doc.add_paragraph()

    doc.add_heading("7. Nya och fortsatta insatser", level=2)
    table(doc, ["Vad", "Vem", "När"], [
        ["Eget lunchrum och hörselkåpor på daglig verksamhet",
         "Enhetschef, daglig verksamhet Tekniken, Bollnäs kommun", "Från 2025-02-03"],
        ["Samtalskontakt om oro, sex tillfällen med bildstöd",
         "Psykolog, Habiliteringen Bollnäs", "Start 2025-02-12"],
        ["Bussträning, ny sträcka gruppbostaden–centrum på lördagar",
         "Stödpedagog, Gruppbostad Solbacken", "2025-02-01 – 2025-04-30"],
        ["Kvällsstöd: en extra personal kl 17–20 tis och tors, prövas",
         "Enhetschef, Gruppbostad Solbacken", "Från 2025-01-28"],
        ["Ansöker om färdtjänst hos kommunen för resor vintertid",
         "God man", "Senast 2025-02-15"],
        ["V. provar att åka själv till stan en lördag i månaden och berättar för "
         "stödpedagogen hur det gick", "V. själv", "Från 2025-03-01"],
    ], widths=[7.0, 6.0, 3.6], fill="FCE4D6")
    doc.add_paragraph()

    doc.add_heading("8. Huvudansvar", level=2)
    doc.add_paragraph("Anna, LSS-handläggare, Socialförvaltningen Bollnäs kommun "
                      "(oförändrat).")
    doc.add_heading("9. Nästa uppföljning", level=2)
    doc.add_paragraph("2025-05-22 kl. 10.00 på Habiliteringen Bollnäs. Anna kallar.")
    doc.add_heading("10. Närvarande", level=2)
    table(doc, ["Namn", "Funktion"], [
        ["V.", "Den enskilde"],
        ["Bengt", "God man"],
        ["Anna", "LSS-handläggare"],
        ["Emir", "Stödpedagog"],
        ["Maja", "Arbetsterapeut"],
        ["Sara", "Psykolog"],
        ["Tove", "Enhetschef"],
    ], widths=[5.0, 8.0], fill="FCE4D6")
    save_docx(doc, path, "Uppföljning SIP", dt.datetime(2025, 1, 17, 10, 0))


# ====================================================================== 08
def plan08(path):
    doc = base_doc("Arial", 10.5)
    sec = doc.sections[0]
    header_text(sec, "Ludvika kommun – Vård och omsorg, Hemtjänst Ludvika centrum",
                "Genomförandeplan")
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(fp)

    p = doc.add_paragraph()
    r = p.add_run("Genomförandeplan – hemtjänst")
    r.bold = True
    r.font.size = Pt(16)
    p = doc.add_paragraph()
    r = p.add_run("Enligt SoL och SOSFS 2014:5. Planen beskriver hur beviljade insatser ska utföras.")
    r.italic = True
    r.font.size = Pt(9)

    label_para(doc, "Brukare:", "B., 87 år")
    label_para(doc, "Personnummer:", "XXXXXX-XXXX")
    label_para(doc, "Beslut:", "Biståndsbeslut 2025-01-08, hemtjänst enligt 4 kap. 1 § SoL, "
                               "gäller t.o.m. 2025-12-31")
    label_para(doc, "Utförare:", "Hemtjänst Ludvika centrum, grupp 2")
    label_para(doc, "Kontaktman:", "Frida, undersköterska")
    label_para(doc, "Upprättad:", "2025-01-21 vid hembesök, tillsammans med B. och dottern")

    label_para(doc, "Om mig:",
               "Jag har bott i lägenheten i 40 år och vill klara mig själv så mycket det går. "
               "Jag ser dåligt efter min ögonsjukdom och går med rollator. Jag tycker om att "
               "lyssna på radio och att få prata en stund när ni kommer.")
    label_para(doc, "Mål med insatserna:",
               "Att jag kan bo kvar hemma och känna mig trygg, och att jag får äta ordentligt.")

    p = doc.add_paragraph()
    r = p.add_run("Dagliga besök")
    r.bold = True
    r.font.size = Pt(12)
    table(doc, ["Tid", "Vad ska göras", "Så här vill jag ha det"], [
        ["07.30–08.00",
         "Hjälp att komma upp, dusch tisdag och fredag, påklädning, frukost, "
         "överlämna morgonmedicin från dosett",
         "Jag vill ha kaffe innan duschen. Radion på P4 Dalarna."],
        ["11.30–12.00",
         "Värma och servera matlåda, diska, fylla på vattenkanna",
         "Matlådan står på andra hyllan i kylen. Jag vill äta i köket, inte i soffan."],
        ["16.00–16.15",
         "Tillsyn, hjälp med kvällsmat som jag plockar fram själv",
         "Ring på och vänta tills jag kommer, jag går långsamt."],
        ["20.30–21.00",
         "Kvällsmedicin, hjälp med kvällstoalett och att lägga mig, kontrollera att "
         "ytterdörren är låst",
         "Lampan i hallen ska vara tänd hela natten."],
    ], widths=[2.6, 7.4, 6.6], fill="E7E6E6")
    doc.add_paragraph()

    p = doc.add_paragraph()
    r = p.add_run("Övriga insatser")
    r.bold = True
    r.font.size = Pt(12)
    for t in ["Inköp varannan torsdag. B. skriver inköpslista med hjälp av personalen på "
              "onsdagen.",
              "Städning varannan vecka (dammsugning, våttorkning, badrum), måndagar.",
              "Tvätt en gång i veckan, fredagar.",
              "Trygghetslarm: larmet besvaras av hemtjänstens larmgrupp dygnet runt."]:
        doc.add_paragraph(t, style="List Bullet")

    label_para(doc, "Hälso- och sjukvård:",
               "Läkemedelsöverlämning sker enligt delegering från kommunens sjuksköterska.")
    label_para(doc, "Uppföljning av genomförandeplanen:",
               "Kontaktmannen följer upp planen med B. 2025-07-15 eller tidigare om behoven "
               "ändras.")
    label_para(doc, "Underskrifter:", "")
    table(doc, ["", "Namn", "Datum"], [
        ["Brukare", "B.", "2025-01-21"],
        ["Kontaktman", "Frida, undersköterska, Hemtjänst Ludvika centrum", "2025-01-21"],
        ["Enhetschef", "Hemtjänst Ludvika centrum", "2025-01-22"],
    ], widths=[3.0, 9.6, 4.0], fill="E7E6E6")
    save_docx(doc, path, "Genomförandeplan", dt.datetime(2025, 1, 22, 9, 0))


# ---------------------------------------------------------------- main
def main():
    os.makedirs(PLANS, exist_ok=True)
    plan01(os.path.join(PLANS, "f51a-01.pdf"))
    plan02(os.path.join(PLANS, "f51a-02.docx"))
    plan03(os.path.join(PLANS, "f51a-03.txt"))
    plan04(os.path.join(PLANS, "f51a-04.md"))
    plan05(os.path.join(PLANS, "f51a-05.docx"))
    plan06(os.path.join(PLANS, "f51a-06.pdf"))
    plan07(os.path.join(PLANS, "f51a-07.docx"))
    plan08(os.path.join(PLANS, "f51a-08.docx"))
    shutil.rmtree(BUILD, ignore_errors=True)
    print("wrote", sorted(os.listdir(PLANS)))


if __name__ == "__main__":
    main()
