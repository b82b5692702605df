#!/usr/bin/env python3
"""Generate the f28a batch of fictional, anonymized SIP plans into plans/.

Run with python generate_a.py
Deterministic: fixed dates, no randomness. Calls soffice for f28a-06.pdf.
"""
import os
import shutil
import subprocess
import tempfile
import textwrap

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
P = "f28a"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
A4W, A4H = Cm(21.0), Cm(29.7)


def out(name):
    return os.path.join(OUT, name)


def fixed_core(doc, title, author):
    """Fixed core properties so the .docx is reproducible in content."""
    import datetime as dt
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = dt.datetime(2024, 10, 1, 9, 0, 0)
    cp.modified = dt.datetime(2024, 10, 1, 9, 0, 0)
    cp.revision = 1


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


def save_docx(doc, path):
    """Save with fixed zip timestamps so the .docx is byte-identical per run."""
    import io
    import zipfile
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, \
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=(2024, 10, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(item.filename))


def set_grid(table, widths):
    """Write explicit grid column widths (LibreOffice reads tblGrid)."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))


def no_split(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit")
    el.set(qn("w:val"), "true")
    trPr.append(el)


# ---------------------------------------------------------------------------
# 01  TXT, Windows-1252, CRLF: journal print from a regional record system
# ---------------------------------------------------------------------------
def plan01():
    W = 76

    def kw(label, text, indent=14):
        first = label.ljust(indent)
        return textwrap.wrap(text, width=W, initial_indent=first,
                             subsequent_indent=" " * indent)

    def para(text, indent=0):
        sub = indent + 2 if text.startswith("- ") else indent
        return textwrap.wrap(text, width=W, initial_indent=" " * indent,
                             subsequent_indent=" " * sub)

    L = []
    L += [
        "=" * W,
        "Journalutskrift",
        "=" * W,
        "System:        Cosmic - Region Västmanland",
        "Utskriftsdatum: 2024-11-20 10:42",
        "Användare:     Kurator Sofia (SOF01), Vårdcentralen Hallstahammar",
        "Patient:       XXXXXX-XXXX  Per",
        "Urval:         Journaltext, vårdkontakttyp SIP-möte, 2024-11-01--2024-11-20",
        "Enhet:         Vårdcentralen Hallstahammar",
        "=" * W,
        "",
    ]
    # Note 1 -- kurator
    L += [
        "2024-11-05 14:30   Kurator Sofia, Vårdcentralen Hallstahammar",
        "Vårdkontakt: SIP-möte",
        "-" * W,
    ]
    L += kw("BAKGRUND:", "58-årig man med alkoholrelaterad demenssjukdom (diagnos "
            "ställd på minnesmottagningen våren 2024). Bor ensam i hyreslägenhet i "
            "centrala Hallstahammar. Har sedan i somras glömt måltider och "
            "läkemedel, vid två tillfällen hittad av grannar i trapphuset. "
            "Alkoholkonsumtionen har minskat men inte upphört enligt syster. "
            "Inlagd på medicinkliniken Köping i oktober pga uttorkning och fall.")
    L.append("")
    L += kw("SYFTE:", "Att samordna insatserna från vårdcentralen och "
            "kommunens äldreomsorg så att Per kan bo kvar i sin lägenhet på ett "
            "tryggt sätt, med fungerande läkemedelshantering, regelbundna "
            "måltider och minskat alkoholintag.")
    L.append("")
    L += kw("AKTUELLT:", "Frågor till mötet: Kan Per bo kvar i lägenheten med "
            "utökade insatser, eller behöver ansökan om särskilt boende för "
            "personer med demens utredas redan nu? Hur ska läkemedlen hanteras "
            "när han inte längre klarar dosetten själv?")
    L.append("")
    L += kw("DELTAGARE:", "Närvarande: kurator (undertecknad), distriktssköterska, "
            "läkare, biståndshandläggare, hemtjänstens gruppledare, syster till "
            "patienten samt god man. Per deltog inte i mötet.")
    L.append("")
    L += kw("MÅL:", "Målet är att Per ska kunna bo kvar hemma till sommaren "
            "2025 och att han inte ska behöva läggas in akut igen.")
    L.append("")
    L += kw("INSATSER:", "Se även anteckningar av dsk och läkare nedan.")
    L += para("- Hemtjänst två gånger dagligen (morgon och kväll) med tillsyn "
              "av måltid och överlämnande av läkemedel. Biståndshandläggaren "
              "fattar beslut, start 2024-11-18.", 14)
    L += para("- Ansökan om dagverksamhet för personer med demens, "
              "Hallstahammars kommun. Biståndshandläggaren utreder och "
              "fattar beslut senast 2024-11-30.", 14)
    L += para("- Stödsamtal med kurator varannan vecka med fokus på alkohol "
              "och vardagsstruktur, fr.o.m. 2024-11-12.", 14)
    L.append("")
    L += kw("ANSVAR:", "Samordningsansvar för planen: biståndshandläggare Lena, "
            "Myndighetsenheten äldreomsorg, Hallstahammars kommun.")
    L.append("")
    L += kw("ÖVRIGT:", "God man var närvarande och är informerad om planen. "
            "Syster har tagit del av det som sades.")
    L.append("")
    L += kw("UPPFÖLJNING:", "Nytt SIP-möte 2025-01-14 kl 13.00 på "
            "vårdcentralen Hallstahammar. Kurator skickar kallelse.")
    L += ["", "Signerad: Kurator Sofia 2024-11-05 16:02", ""]

    # Note 2 -- distriktssköterska
    L += [
        "2024-11-05 15:10   Distriktssköterska Jenny, Vårdcentralen Hallstahammar",
        "Vårdkontakt: SIP-möte",
        "-" * W,
    ]
    L += kw("INSATSER:", "Byte från dosett till ApoDos. Dsk gör beställning "
            "och ordinationsunderlag tas fram tillsammans med läkare. Första "
            "leverans vecka 48. Dsk gör hembesök för genomgång med "
            "hemtjänstens personal i samband med första leveransen.")
    L.append("")
    L += kw("ANSVAR:", "Distriktssköterska, Vårdcentralen Hallstahammar.")
    L.append("")
    L += kw("UPPFÖLJNING:", "Enligt SIP, se kurators anteckning.")
    L += ["", "Signerad: Distriktssköterska Jenny 2024-11-05 15:48", ""]

    # Note 3 -- läkare
    L += [
        "2024-11-05 15:40   Läkare Anders, Vårdcentralen Hallstahammar",
        "Vårdkontakt: SIP-möte",
        "-" * W,
    ]
    L += kw("BEDÖMNING:", "Progredierande kognitiv svikt, sannolikt "
            "alkoholrelaterad. Leverprover i oktober lätt förhöjda. Tiaminbrist "
            "behandlad under vårdtiden, fortsatt peroral behandling.")
    L.append("")
    L += kw("INSATSER:", "Provtagning av levervärden och B-vitaminer samt "
            "uppföljande läkarbesök på vårdcentralen. Ordination till ApoDos "
            "enligt dsk ovan.")
    L.append("")
    L += kw("ANSVAR:", "Läkare, Vårdcentralen Hallstahammar. Tid ges senare.")
    L += ["", "Signerad: Läkare Anders 2024-11-06 08:15", ""]
    L += ["=" * W, "Slut på utskrift. Sida 1 av 1", "=" * W, ""]

    text = "\r\n".join(L)
    with open(out(f"{P}-01.txt"), "wb") as fh:
        fh.write(text.encode("cp1252"))


# ---------------------------------------------------------------------------
# 02  PDF drawn with fpdf2: SIP vid utskrivning, medicine ward
# ---------------------------------------------------------------------------
class UtskrPDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 8)
        self.set_text_color(80, 80, 80)
        self.cell(95, 5, "Lifecare SP – Samordnad planering", border=0)
        self.cell(0, 5, f"Sida {self.page_no()} ({{nb}})", border=0, align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.cell(95, 5, "Utskriftsdatum: 2024-11-13 16:20", border=0)
        self.cell(0, 5, "Utskriven av: Sjuksköterska, Medicinavd 3 Köping",
                  border=0, align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin,
                  self.get_y() + 1)
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, "Patient: XXXXXX-XXXX   Utskriften är en kopia av "
                  "informationen i Lifecare SP vid utskriftstillfället.",
                  align="C")


def plan02():
    pdf = UtskrPDF(format="A4")
    import datetime as dt
    pdf.set_creation_date(dt.datetime(2024, 11, 13, 16, 20, 0,
                                      tzinfo=dt.timezone.utc))
    pdf.set_creator("Lifecare SP")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(15, 12, 15)
    pdf.add_page()

    pdf.set_font("DejaVu", "B", 15)
    pdf.cell(0, 9, "SIP vid utskrivning", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    pdf.cell(0, 5, "Samordnad individuell plan enligt lag (2017:612) om "
             "samverkan vid utskrivning från sluten hälso- och sjukvård",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    colw = (pdf.w - pdf.l_margin - pdf.r_margin) / 2

    def box_pair(l1, v1, l2, v2, h=13):
        x = pdf.l_margin
        y = pdf.get_y()
        for i, (lab, val) in enumerate(((l1, v1), (l2, v2))):
            bx = x + i * colw
            pdf.rect(bx, y, colw, h)
            pdf.set_xy(bx + 1.5, y + 1)
            pdf.set_font("DejaVu", "", 7)
            pdf.set_text_color(90, 90, 90)
            pdf.cell(colw - 3, 4, lab)
            pdf.set_text_color(0, 0, 0)
            pdf.set_xy(bx + 1.5, y + 5.5)
            pdf.set_font("DejaVu", "", 9.5)
            pdf.multi_cell(colw - 3, 4.2, val)
        pdf.set_xy(x, y + h)

    def box_full(lab, val, h=None):
        x = pdf.l_margin
        y = pdf.get_y()
        wfull = colw * 2
        pdf.set_font("DejaVu", "", 9.5)
        lines = pdf.multi_cell(wfull - 3, 4.4, val, dry_run=True,
                               output="LINES")
        hh = h or (7 + 4.4 * len(lines) + 1.5)
        pdf.rect(x, y, wfull, hh)
        pdf.set_xy(x + 1.5, y + 1)
        pdf.set_font("DejaVu", "", 7)
        pdf.set_text_color(90, 90, 90)
        pdf.cell(wfull - 3, 4, lab)
        pdf.set_text_color(0, 0, 0)
        pdf.set_xy(x + 1.5, y + 5.5)
        pdf.set_font("DejaVu", "", 9.5)
        pdf.multi_cell(wfull - 3, 4.4, val)
        pdf.set_xy(x, y + hh)

    box_pair("Patient", "Ingrid, 79 år", "Personnummer", "XXXXXX-XXXX")
    box_pair("Vårdenhet", "Medicinavdelning 3, Västmanlands sjukhus Köping",
             "Inskrivningsdatum", "2024-11-06")
    box_pair("Fast vårdkontakt i öppenvården",
             "Distriktssköterska Maria, Vårdcentralen Köping",
             "Samordningsansvarig för SIP",
             "Distriktssköterska Maria, Vårdcentralen Köping")
    box_pair("Utskrivningsklar datum", "2024-11-14",
             "Planerad hemgång", "2024-11-15 förmiddag, sjukresa")
    box_pair("Hemkommun", "Köping", "Boende",
             "Egen lägenhet, 2 tr med hiss")
    box_full("Orsak till inläggning",
             "KOL grad 3 med akut exacerbation och pneumoni. Behandlad med "
             "antibiotika och kortison. Syrgasbehov under vårdtiden, vid "
             "utskrivning syresättning 92 % utan syrgas i vila. Nedsatt ork, "
             "går kortare sträckor med rollator.")
    box_full("Syfte med planen", "Samordning inför utskrivning.")
    box_full("Patientens mål (med egna ord)",
             "”Jag vill klara mig hemma och kunna gå ner till affären själv "
             "igen när det blir vår.”")
    box_full("Patientens delaktighet",
             "Ingrid deltog i planeringsmötet via videolänk från avdelningen "
             "tillsammans med sin dotter. Ingrid önskar hemtjänst endast på "
             "morgonen till att börja med och vill själv sköta sina "
             "inhalationer, vilket alla parter accepterade.")
    box_pair("Samtycke", "Finns", "Planeringsmöte hölls",
             "2024-11-12, videomöte")
    box_full("Deltagare",
             "Patient, dotter, sjuksköterska, läkare, biståndshandläggare, "
             "distriktssköterska, fysioterapeut")
    pdf.ln(4)

    pdf.set_font("DejaVu", "B", 11)
    pdf.cell(0, 7, "Planerade insatser efter utskrivning",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 8.5)
    rows = [
        ("Hemtjänst morgon: hjälp med dusch (2 ggr/v), frukost, påklädning "
         "och tillsyn", "Hemtjänst Köping centrum, beslut av "
         "biståndshandläggare", "2024-11-15", "Biståndsbeslut fattat 2024-11-13"),
        ("Trygghetslarm", "Biståndshandläggare, Vård- och omsorgsförvaltningen "
         "Köping", "2024-11-15", "Installeras före hemkomst, nyckel hos dottern"),
        ("Matdistribution lunch vardagar", "Biståndshandläggare, Köpings "
         "kommun", "2024-11-18", ""),
        ("Läkemedelsgenomgång efter utskrivning, inkl. nedtrappning kortison",
         "Läkare, Vårdcentralen Köping", "2024-11-21", "Tid bokad kl 09.40"),
        ("Uppföljning av syresättning och eventuellt behov av "
         "syrgasbehandling i hemmet", "Regionen", "",
         "Lungmottagningen kontaktas vid behov"),
        ("Hembesök distriktssköterska: kontroll av andning, vikt, "
         "inhalationsteknik", "Distriktssköterska, Vårdcentralen Köping",
         "2024-11-19", "Därefter varannan vecka"),
        ("Bedömning av hemmiljö och hjälpmedel (duschpall, rollator inomhus, "
         "höj- och sänkbar säng)", "Arbetsterapeut, Kommunal hälso- och "
         "sjukvård Köping", "2024-11-18", ""),
        ("Träningsprogram för ork och gång, hembesök 1 gång/v i 6 veckor",
         "Fysioterapeut, Kommunal rehab Köping", "2024-11-20", ""),
        ("KOL-skola / andningsgymnastik i grupp", "KOL-sjuksköterska, "
         "Vårdcentralen Köping", "2025-01-15", "Start vårterminen"),
        ("Handlar mat varje lördag och följer med på läkarbesöket "
         "2024-11-21", "Dottern", "2024-11-16", "Dottern har nyckel"),
        ("Tar sina inhalationer morgon och kväll och för anteckningar om "
         "andfåddhet", "Ingrid själv", "2024-11-15",
         "Dsk går igenom tekniken vid första hembesöket"),
        ("Nutritionsbedömning, viktnedgång 4 kg under hösten",
         "Dietist, Vårdcentralen Köping", "2024-12-03", ""),
    ]
    head_style = FontFace(emphasis="BOLD", fill_color=(225, 225, 225))
    with pdf.table(col_widths=(62, 50, 22, 46), headings_style=head_style,
                   line_height=4.3, text_align="LEFT",
                   padding=1.2) as table:
        h = table.row()
        for t in ("Insats", "Ansvarig verksamhet/funktion", "Start",
                  "Kommentar"):
            h.cell(t)
        for r in rows:
            row = table.row()
            for c in r:
                row.cell(c)
    pdf.ln(5)
    box_full("Uppföljning",
             "Uppföljande SIP-möte per telefon 2024-12-03 kl 10.00. "
             "Distriktssköterska Maria kallar deltagarna.")
    pdf.ln(3)
    pdf.set_font("DejaVu", "", 8)
    pdf.multi_cell(0, 4, "Planen fastställd 2024-11-12. Kopia till patienten, "
                   "Vårdcentralen Köping och Vård- och omsorgsförvaltningen "
                   "Köping.")
    pdf.output(out(f"{P}-02.pdf"))


# ---------------------------------------------------------------------------
# 03  DOCX: numbered bold-caps headings as text, landscape table section
# ---------------------------------------------------------------------------
def plan03():
    doc = Document()
    fixed_core(doc, "SIP", "Socialpsykiatrin Västerås")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = A4W, A4H
    sec.left_margin = sec.right_margin = Cm(2.3)
    hp = sec.header.paragraphs[0]
    hp.text = ("Västerås stad, Socialpsykiatrin\tSamordnad individuell plan"
               "\tRegion Västmanland")
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Handlingen förvaras i personakt och patientjournal"
    fp.runs[0].font.size = Pt(8)

    def head(text):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(12)
        p.paragraph_format.space_after = Pt(3)
        r = p.add_run(text)
        r.bold = True
        r.font.all_caps = True
        return p

    t = doc.add_paragraph()
    r = t.add_run("Samordnad individuell plan (SIP)")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Namn: Moa, 22 år\tPersonnummer: ÅÅMMDD-XXXX\n"
                      "Datum för mötet: 2024-10-01\tPlats: Vuxenpsykiatrin "
                      "Västerås, DBT-teamet")

    head("1. Bakgrund")
    doc.add_paragraph(
        "Moa har diagnosen emotionellt instabil personlighetsstörning och har "
        "skadat sig själv genom att skära sig sedan tonåren. Under sommaren "
        "2024 ökade självskadorna och hon sökte akut på psykiatrin i Västerås "
        "fem gånger, varav två ledde till korta inläggningar. Hon skrevs ut "
        "senast 2024-09-24. Moa bor i egen lägenhet på Bäckby och har haft "
        "boendestöd sedan våren. Hon avbröt sina studier på Komvux i våras. "
        "Moa har tidigare gått i samtalsbehandling på vuxenpsykiatrin och "
        "står nu på tur för DBT.")
    head("2. Syfte med SIP")
    doc.add_paragraph(
        "Syftet är att Moa ska få ett sammanhållet stöd från psykiatrin och "
        "socialtjänsten efter utskrivningen, så att hon vet vem hon ska vända "
        "sig till när hon mår sämre och inte behöver söka akut nattetid.")
    head("3. Frågeställningar")
    doc.add_paragraph("Diskutera nuläget och fortsatt stöd.")
    head("4. Den enskildes mål")
    doc.add_paragraph(
        "Moa: ”Jag vill klara en vecka i taget utan att skada mig, och jag vill "
        "börja plugga igen till hösten.”")
    head("5. Den enskildes delaktighet")
    doc.add_paragraph(
        "Moa deltog på hela mötet. Hon vill inte att hennes mamma ska "
        "kontaktas av personalen utan att hon själv vet om det, och hon "
        "önskar att boendestödet kommer på eftermiddagar eftersom "
        "förmiddagarna är svårast.")
    head("6. Deltagare")
    for line in (
        "Moa",
        "Johan, behandlare (socionom), DBT-teamet, Vuxenpsykiatrin Västerås",
        "Karin, sjuksköterska, DBT-teamet, Vuxenpsykiatrin Västerås",
        "Elin, biståndshandläggare, Socialpsykiatrin, Västerås stad",
        "Patrik, boendestödjare, Boendestöd väster, Västerås stad",
    ):
        doc.add_paragraph(line, style="List Bullet")

    # landscape section for the table
    lsec = doc.add_section(WD_SECTION.NEW_PAGE)
    lsec.orientation = WD_ORIENT.LANDSCAPE
    lsec.page_width, lsec.page_height = A4H, A4W
    lsec.left_margin = lsec.right_margin = Cm(2.0)
    head("7. Insatser")
    rows = [
        ("DBT: individuell terapi 1 gång/vecka och färdighetsträning i grupp "
         "måndagar", "Vuxenpsykiatrin Västerås, DBT-teamet",
         "Johan, behandlare", "2024-10-07", "2025-06-30"),
        ("Krisplan skrivs tillsammans med Moa: vart hon vänder sig dag, kväll "
         "och natt", "Vuxenpsykiatrin Västerås, DBT-teamet",
         "Karin, sjuksköterska", "2024-10-03", "2024-10-15"),
        ("Läkarbesök, uppföljning av medicinering (sömn och ångest)",
         "Vuxenpsykiatrin Västerås", "Läkare", "2024-11-05", "–"),
        ("Boendestöd 2 gånger/vecka, eftermiddagar: struktur i vardagen, "
         "inköp, post och räkningar", "Socialpsykiatrin, Västerås stad",
         "Patrik, boendestödjare", "2024-10-01", "Tills vidare"),
        ("Studievägledning inför studier på Komvux hösten 2025",
         "Vuxenutbildningen Västerås", "Studie- och yrkesvägledare", "", ""),
    ]
    tbl = doc.add_table(rows=1, cols=5)
    tbl.style = "Table Grid"
    hdr = tbl.rows[0].cells
    for c, txt in zip(hdr, ("Insats", "Ansvarig verksamhet",
                            "Ansvarig person/funktion", "Start", "Slut")):
        c.text = ""
        rr = c.paragraphs[0].add_run(txt)
        rr.bold = True
        shade(c, "D9E2F3")
    repeat_header(tbl.rows[0])
    for rdata in rows:
        cells = tbl.add_row().cells
        for c, txt in zip(cells, rdata):
            c.text = txt
    widths = (Cm(8.7), Cm(5.5), Cm(4.5), Cm(3.0), Cm(3.0))
    set_grid(tbl, widths)
    for row in tbl.rows:
        for c, w in zip(row.cells, widths):
            c.width = w
    doc.add_paragraph()
    doc.add_paragraph(
        "Moa har kontakt med Försäkringskassan angående aktivitetsersättning. "
        "Mamma finns som stöd.")

    # back to portrait
    psec = doc.add_section(WD_SECTION.NEW_PAGE)
    psec.orientation = WD_ORIENT.PORTRAIT
    psec.page_width, psec.page_height = A4W, A4H
    psec.left_margin = psec.right_margin = Cm(2.3)
    head("8. Uppföljning")
    doc.add_paragraph("Planen följs upp vecka 12. Kallelse skickas ut.")
    head("9. Övrigt")
    doc.add_paragraph(
        "Planen skickas till Moa och till samtliga deltagare efter mötet.")
    save_docx(doc, out(f"{P}-03.docx"))


# ---------------------------------------------------------------------------
# 04  Markdown, child-friendly plan written to the child
# ---------------------------------------------------------------------------
PLAN04 = """\
# Min SIP – Elsa

Hej Elsa!

Här är planen som vi gjorde tillsammans på mötet den 8 oktober 2024 på
Kyrkskolan i Fagersta. Vi träffades för att alla vuxna runt dig ska hjälpa
dig på samma sätt, så att rasterna blir roligare och det blir mindre bråk
med kompisarna. Du och mamma sa ja på mötet till att vi som jobbar i skolan
och på BUP får prata med varandra om dig. Pappa sa ja i telefon samma dag.

## Det här är viktigt för mig

Det här sa du på mötet:

- ”Jag vill ha någon att vara med på rasten.”
- ”Jag vill inte bli så arg att jag slår, för då blir alla sura på mig.”
- ”Jag tycker om att rita och spela fotboll.”
- ”Det är jobbigt när det är rörigt i matsalen.”

## Det här ska vi göra

| Vad | Vem | När |
|---|---|---|
| Lekgrupp på onsdagsrasten där du kan vara med och spela fotboll | Ahmed på fritids | Från 16 oktober |
| Du och mamma träffar Lisa och övar på vad man kan göra när man blir arg | Lisa på BUP Fagersta | Varannan tisdag från 22 oktober |
| Du får äta lunch vid ett lugnare bord i matsalen | Din lärare Sara | Från 14 oktober |
| Skolan gör en plan för hur lärarna kan hjälpa dig i klassrummet | Skolan | |
| Mamma och pappa bjuder hem en kompis på fredagar när du vill | Mamma och pappa | Varje fredag |
| Du säger till Ahmed eller Sara när något känns jobbigt på rasten | Du | Varje dag |

## Vi som var med

Du, mamma, pappa (i telefon), Karin, Ahmed, Lisa och Sara.

## När ses vi igen?

Vi ses igen efter jullovet, i januari. Mamma får en kallelse hem.

## Vem håller ihop planen?

Skolan håller ihop planen. Om något inte fungerar kan mamma eller pappa
ringa till Kyrkskolan via växeln.

---

*Planen är skriven 2024-10-09. Mamma och pappa får en kopia.*
"""


def plan04():
    with open(out(f"{P}-04.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(PLAN04)


# ---------------------------------------------------------------------------
# 05  DOCX: minutes in prose
# ---------------------------------------------------------------------------
def plan05():
    doc = Document()
    fixed_core(doc, "Minnesanteckningar SIP", "IFO Sala")
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = A4W, A4H
    hp = sec.header.paragraphs[0]
    hp.text = "Sala kommun\tIndivid- och familjeomsorgen\t2025-02-04"
    hp.runs[0].font.size = Pt(9)

    doc.add_heading("Minnesanteckningar SIP", level=1)
    p = doc.add_paragraph()
    p.add_run("Datum: ").bold = True
    p.add_run("2025-02-04 kl. 10.00–11.30\n")
    p.add_run("Plats: ").bold = True
    p.add_run("Psykiatriska öppenvårdsmottagningen i Sala\n")
    p.add_run("Gäller: ").bold = True
    p.add_run("Jonas, 41 år, ÅÅMMDD-XXXX")

    paras = [
        "Närvarande vid mötet var Jonas själv, Maria som är socialsekreterare "
        "på vuxenenheten IFO Sala, Helena som är boendesamordnare på "
        "Socialpsykiatrin i Sala kommun, Peter som är sjuksköterska och case "
        "manager på Psykiatriska öppenvårdsmottagningen Sala samt Amir som är "
        "läkare på samma mottagning. Maria ledde mötet och förde anteckningar.",

        "Mötet hölls för att upprätta en SIP. Jonas har en schizofrenidiagnos "
        "sedan tio år och har varit utan egen bostad sedan han blev vräkt i "
        "augusti förra året. Han har sedan dess bott växelvis hos bekanta och "
        "på kommunens akutboende. Under hösten var han inlagd två gånger på "
        "psykiatrin i Västerås, senast i december, efter att ha slutat med sin "
        "medicin. Jonas var med under hela mötet.",

        "De frågor vi behövde ta ställning till var var Jonas ska bo när hans "
        "plats på akutboendet upphör den 28 februari, hur depotmedicineringen "
        "ska fungera så länge han saknar fast adress, och hur hans försörjning "
        "ska ordnas eftersom han inte har någon inkomst just nu.",

        "Målet är att Jonas ska få ett eget boende med stöd och en stabil "
        "medicinering så att han slipper fler inläggningar.",

        "När det gäller boendet ansöker Helena om en träningslägenhet inom "
        "Socialpsykiatrins boendetrappa, och ansökan skickas senast 2025-02-14. "
        "Till dess förlänger Maria placeringen på akutboendet till och med "
        "2025-03-31 så att Jonas inte står utan tak över huvudet i mars. När "
        "Jonas har fått en lägenhet startar Helena boendestöd två gånger i "
        "veckan, planerat från 2025-04-01.",

        "Peter fortsätter att ge depotinjektion var tredje vecka på "
        "mottagningen och nästa injektion är 2025-02-11. Peter påminner "
        "Jonas med sms dagen innan via mottagningens telefon. Amir gör en "
        "läkemedelsgenomgång på mottagningen 2025-02-20 och tar då också "
        "ställning till om Jonas ska utredas för sin sömnstörning.",

        "Maria utreder ekonomiskt bistånd och fattar beslut om försörjningsstöd "
        "för februari senast 2025-02-10. Hon bokar också en tid hos "
        "budget- och skuldrådgivningen i Sala kommun under vecka 8 för att gå "
        "igenom Jonas skulder.",

        "Huvudansvaret för planen ligger hos socialtjänsten.",

        "Vi ses igen i mars för att följa upp planen. Maria skickar kallelse "
        "till alla som var med idag.",
    ]
    for t in paras:
        para = doc.add_paragraph(t)
        para.paragraph_format.space_after = Pt(8)
    doc.add_paragraph("Vid anteckningarna\nMaria, socialsekreterare, "
                      "vuxenenheten IFO Sala")
    save_docx(doc, out(f"{P}-05.docx"))


# ---------------------------------------------------------------------------
# 06  DOCX -> PDF via LibreOffice: municipal template, one big table
# ---------------------------------------------------------------------------
def plan06():
    doc = Document()
    fixed_core(doc, "SIP Norbergs kommun", "Norbergs kommun")
    st = doc.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = A4W, A4H
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin = Cm(1.8)
    hp = sec.header.paragraphs[0]
    hp.text = ("NORBERGS KOMMUN\tSamordnad individuell plan (SIP)\t"
               "Blankett SIP 2023:1")
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = ("Planen upprättas enligt SoL 2 kap. 7 § och HSL 16 kap. 4 §. "
               "Sekretessmarkerad handling.")
    fp.runs[0].font.size = Pt(7)

    t = doc.add_paragraph()
    r = t.add_run("SAMORDNAD INDIVIDUELL PLAN – SIP")
    r.bold = True
    r.font.size = Pt(14)
    t2 = doc.add_paragraph("Barn och unga")
    t2.runs[0].font.small_caps = True

    tbl = doc.add_table(rows=0, cols=2)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER

    def part(title):
        row = tbl.add_row()
        c = row.cells[0].merge(row.cells[1])
        c.text = ""
        rr = c.paragraphs[0].add_run(title)
        rr.bold = True
        rr.font.size = Pt(11)
        shade(c, "BFBFBF")
        return c

    def field(label, value="", hint=None):
        row = tbl.add_row()
        a, b = row.cells
        a.text = ""
        ra = a.paragraphs[0].add_run(label)
        ra.bold = True
        if hint:
            a.add_paragraph().add_run(hint).italic = True
        shade(a, "F2F2F2")
        b.text = ""
        lines = value.split("\n") if value else [""]
        b.paragraphs[0].add_run(lines[0])
        for ln in lines[1:]:
            b.add_paragraph(ln)
        return b

    part("A. Om mötet")
    field("Datum för mötet", "2024-09-18")
    field("Plats", "Kommunhuset, Norberg")
    field("Barnets namn och ålder", "Noah, 13 år")
    field("Personnummer", "ÅÅMMDD-XXXX")
    field("Vårdnadshavare", "Mamma och pappa (gemensam vårdnad)")
    field("Deltagare", "",
          "(namn, funktion, verksamhet)")
    # fill participants as lines
    c = tbl.rows[-1].cells[1]
    c.text = ""
    parts_ = [
        "Mamma och pappa, vårdnadshavare",
        "Anna, skolkurator, Centralskolan Norberg",
        "Erik, mentor åk 7, Centralskolan Norberg",
        "Jessica, specialpedagog, Barn- och utbildningsförvaltningen Norberg",
        "Mikael, familjebehandlare, Individ- och familjeomsorgen Norberg",
        "Sofie, psykolog, BUP Västerås (Fagersta mottagning)",
    ]
    c.paragraphs[0].add_run(parts_[0])
    for ln in parts_[1:]:
        c.add_paragraph(ln)
    field("Barnet deltog i mötet", "☐ Ja   ☒ Nej")
    field("Om nej, varför", "Noah ville inte delta i ett möte med många "
          "vuxna som han inte känner.")
    field("Barnets synpunkter har inhämtats inför mötet", "☐ Ja   ☐ Nej")
    field("Samtycke till SIP", "☒ Skriftligt   ☐ Muntligt\n"
          "Datum: 2024-09-18\n"
          "Lämnat av: båda vårdnadshavarna, på kommunens samtyckesblankett")

    part("B. Planen")
    field("Bakgrund",
          "Noah har autism (utredd av BUP 2022) och går i åk 7 på "
          "Centralskolan. Han har inte varit i skolan sedan skolstarten i "
          "augusti, utom två förmiddagar. Han sover oregelbundet och är "
          "mycket vid datorn. Föräldrarna upplever att konflikterna hemma "
          "har ökat. Familjen har tidigare haft kontakt med BUP men inte under "
          "det senaste året.")
    field("Syfte med planen",
          "Att Noah ska komma tillbaka till skolan i en anpassad form och att "
          "skolan, BUP och socialtjänsten arbetar åt samma håll kring hans "
          "frånvaro, så att familjen inte behöver samordna allt själv.")
    field("Frågeställningar inför mötet", "")
    field("Barnets mål", "", "(med barnets egna ord)")
    field("Huvudansvarig huvudman", "☒ Kommunen   ☐ Regionen")
    field("Samordningsansvarig", "", "(namn, funktion, verksamhet)")

    part("C. Insatser")
    row = tbl.add_row()
    cc = row.cells[0].merge(row.cells[1])
    cc.text = ""
    nested = cc.add_table(rows=1, cols=3)
    nested.style = "Table Grid"
    for hc, txt in zip(nested.rows[0].cells,
                       ("Insats", "Ansvarig (verksamhet, funktion)", "När")):
        hc.text = ""
        hc.paragraphs[0].add_run(txt).bold = True
        shade(hc, "E7E6E6")
    ins = [
        ("Anpassad studiegång: 2 timmar per dag i lilla gruppen, utökas "
         "stegvis", "Centralskolan Norberg, mentor Erik", "Från 2024-09-30"),
        ("Kartläggning av skolsituationen och förslag på anpassningar",
         "Barn- och utbildningsförvaltningen, specialpedagog Jessica",
         "Klar 2024-10-15"),
        ("Stödsamtal med Noah i skolan, en gång i veckan",
         "Elevhälsan Centralskolan, skolkurator Anna", "Från 2024-09-24"),
        ("Bedömning av ångest och sömn, erbjuda KBT",
         "BUP Västerås, psykolog Sofie", "Första besök 2024-10-08"),
        ("Familjebehandling i hemmet, en gång i veckan, kring rutiner och "
         "konflikter", "IFO Norberg, familjebehandlare Mikael",
         "Från 2024-09-25"),
    ]
    for rd in ins:
        cells = nested.add_row().cells
        for cx, txt in zip(cells, rd):
            cx.text = txt
    field("Andra aktörer", "",
          "(t.ex. Försäkringskassan, föreningar, närstående – vem gör vad)")

    part("D. Uppföljning")
    field("Datum för uppföljning", "2024-11-13 kl. 14.00")
    field("Plats", "Kommunhuset, Norberg")

    part("E. Underskrifter")
    field("Vårdnadshavare", "")
    field("Vårdnadshavare", "")

    set_grid(tbl, (Cm(5.5), Cm(12.0)))
    for row in tbl.rows:
        row.cells[0].width = Cm(5.5)
        row.cells[1].width = Cm(12.0)
    set_grid(nested, (Cm(6.0), Cm(6.2), Cm(4.8)))
    for row in nested.rows:
        no_split(row)
        for cx, w in zip(row.cells, (Cm(6.0), Cm(6.2), Cm(4.8))):
            cx.width = w

    tmpdir = tempfile.mkdtemp(prefix="f28a-06-")
    src = os.path.join(tmpdir, f"{P}-06.docx")
    save_docx(doc, src)
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file:///tmp/lo-{P}", "--headless",
         "--convert-to", "pdf", "--outdir", OUT, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        timeout=240)
    shutil.rmtree(tmpdir, ignore_errors=True)


# ---------------------------------------------------------------------------
# 07  Markdown follow-up plan
# ---------------------------------------------------------------------------
PLAN07 = """\
# Uppföljning av SIP från 2024-09-10

**Datum för uppföljning:** 2025-01-21
**Plats:** Gunnels hem, Arboga
**Gäller:** Gunnel, 83 år

**Deltagare:** Gunnel, Eva, Ahmed, Birgitta, Lena (dotter)

**Syfte:** Se tidigare plan

**Frågeställningar:** –

**Gunnels mål:** Oförändrat

**Samtycke:** Samtycke finns sedan tidigare.

## Insatser

| Insats | Status | Kommentar |
|---|---|---|
| Fortsatt stöd i hemmet | Pågår | Oförändrat |
| Fortsatt kontakt | Pågår | Se tidigare plan |
| Stöd vid behov | Pågår | Fungerar |
| Övriga insatser enligt tidigare plan | – | Oförändrat |

## Ansvar för planen

Se tidigare plan

## Övrigt

Gunnel var med en stund i början av mötet. Dottern är informerad.

**Nästa uppföljning:** –
"""


def plan07():
    with open(out(f"{P}-07.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(PLAN07)


# ---------------------------------------------------------------------------
# 08  TXT (UTF-8): nearly empty template exported as text
# ---------------------------------------------------------------------------
PLAN08 = """\
SAMORDNAD INDIVIDUELL PLAN (SIP)
Skinnskattebergs kommun / Region Västmanland
Mall SIP version 3 - exporterad som text
------------------------------------------------------------------------

Namn (förnamn):                  ______________________________
Personnummer (ÅÅMMDD-XXXX):      ______________________________
Datum för mötet (ÅÅÅÅ-MM-DD):    ______________________________

Samtycke till SIP inhämtat:      [ ] Ja   [ ] Nej
Samtycke (muntligt/skriftligt,
datum):                          ______________________________

Den enskilde deltog i mötet:     [ ] Ja   [ ] Nej

------------------------------------------------------------------------
DELTAGARE (namn, funktion, verksamhet)
------------------------------------------------------------------------
1. ____________________________________________________________
2. ____________________________________________________________
3. ____________________________________________________________
4. ____________________________________________________________

------------------------------------------------------------------------
PLANEN
------------------------------------------------------------------------
Bakgrund (kort beskrivning av
nuvarande situation):



Syfte med SIP (vad ska planen
leda till för den enskilde?):



Frågeställningar inför mötet
(vad behöver lösas?):



Den enskildes mål (med egna
ord, gärna citat):



Den enskildes synpunkter och
önskemål:



------------------------------------------------------------------------
INSATSER
------------------------------------------------------------------------
Insats               Ansvarig (verksamhet,     Start        Slut
                     funktion)
-------------------  ------------------------  -----------  -----------



Andra aktörers insatser (t.ex. FK, AF,
god man, närstående):



Huvudansvarig för planen (namn,
funktion, verksamhet):

------------------------------------------------------------------------
UPPFÖLJNING
------------------------------------------------------------------------
Uppföljning (datum):             Vid behov
Sammankallande:


Underskrift den enskilde:        ______________________________
Underskrift samordnare:          ______________________________
"""


def plan08():
    with open(out(f"{P}-08.txt"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(PLAN08)


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
