# -*- coding: utf-8 -*-
"""Generate the f13b batch of fictional, anonymized SIP plans into plans/.

Run with a Python that has python-docx and fpdf2 (and LibreOffice on PATH): python generate_b.py
Deterministic: fixed dates, no randomness. Calls soffice for the PDFs that
are "printed" from HTML or DOCX.
"""
import os
import shutil
import subprocess
import textwrap

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
PLANS = os.path.join(HERE, "plans")
BUILD = os.path.join(HERE, "build")
PREFIX = "f13b"
LO_PROFILE = "file:///tmp/lo-f13b"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def out(n, ext):
    return os.path.join(PLANS, f"{PREFIX}-{n:02d}.{ext}")


def soffice_pdf(src, target):
    """Convert src (html/docx) to PDF with LibreOffice, move result to target."""
    subprocess.run(
        ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
         "--convert-to", "pdf", "--outdir", BUILD, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        timeout=240,
    )
    produced = os.path.join(BUILD, os.path.splitext(os.path.basename(src))[0] + ".pdf")
    shutil.move(produced, target)


def fix_docx_dates(doc):
    """Fixed core properties so the .docx is reproducible."""
    import datetime
    cp = doc.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.created = datetime.datetime(2024, 1, 1, 8, 0, 0)
    cp.modified = datetime.datetime(2024, 1, 1, 8, 0, 0)
    cp.revision = 1


# ---------------------------------------------------------------------------
# 1. Region record system, SIP-anteckning (.txt, cp1252, CRLF)
# ---------------------------------------------------------------------------
def plan01():
    W = 76
    lines = []

    def kw(word, *paras):
        lines.append(word)
        for p in paras:
            if p.startswith("- "):
                wrapped = textwrap.wrap(p, W - 4, subsequent_indent="  ")
            else:
                wrapped = textwrap.wrap(p, W - 4)
            for w in wrapped:
                lines.append("    " + w)
        lines.append("")

    head = [
        "Region Västmanland                                   Journalutskrift",
        "Utskriven 2024-11-13 08:12 av: Maria, Psykiatrimottagningen Fagersta",
        "-" * W,
        "Patient:        R.  ÅÅMMDD-XXXX",
        "Vårdenhet:      Psykiatrimottagningen Fagersta, Vuxenpsykiatri",
        "Anteckningstyp: SIP-anteckning",
        "Datum/tid:      2024-11-12 13:00",
        "Status:         Signerad",
        "-" * W,
        "",
    ]
    lines.extend(head)
    kw("KONTAKTORSAK",
       "SIP-möte på mottagningen. Kallat av undertecknad efter förfrågan "
       "från socialtjänstens vuxenenhet i samband med R:s senaste "
       "inläggning på Psykiatriska kliniken Västerås (2024-09-30 -- 2024-10-18).")
    kw("BAKGRUND",
       "41-årig man med bipolär sjukdom typ I sedan 2009, tre inläggningar "
       "de senaste två åren, samtliga i samband med maniska skov där "
       "alkoholintaget har ökat före insjuknandet. Står på litium, "
       "senaste S-Li 0,7. Bor i hyreslägenhet i Fagersta, hyresskuld på två "
       "månader efter senaste skovet. Uppger att han dricker 3-4 starköl "
       "de flesta kvällar, mer i perioder.")
    kw("SYFTE",
       "Samordna insatserna från psykiatrin och socialtjänsten så att R. "
       "kan behålla sin lägenhet och så att tidiga tecken på skov och "
       "ökat drickande fångas upp innan det leder till en ny inläggning.")
    kw("FRÅGESTÄLLNING",
       "Genomgång av nuläget.")
    kw("PATIENTENS MÅL",
       "Vid besök på mottagningen 2024-11-04 sa R.: \"Jag vill klara mig "
       "utan att hamna på avdelningen igen. Jag vill dricka mindre, men jag "
       "är inte beredd att sluta helt just nu.\"")
    kw("PATIENTENS DELAKTIGHET",
       "Patienten uteblev från dagens möte. Hans synpunkter från besöket "
       "2024-11-04 fördes fram av undertecknad, se ovan.")
    kw("SAMTYCKE",
       "Samtycke till SIP finns.")
    kw("DELTAGARE",
       "Maria, sjuksköterska och fast vårdkontakt, Psykiatrimottagningen Fagersta",
       "Per, överläkare, Psykiatrimottagningen Fagersta",
       "Emil, socialsekreterare, Vuxenenheten, Socialtjänsten Fagersta",
       "Linnea, alkohol- och drogterapeut, Öppenvården Fagersta kommun")
    kw("PLANERADE ÅTGÄRDER",
       "- Läkemedelsuppföljning litium med provtagning var tredje månad, "
       "nästa prov 2024-12-03. Ansvar: Per, överläkare, "
       "Psykiatrimottagningen Fagersta.",
       "- Stödsamtal varannan vecka med fokus på tidiga tecken på skov. "
       "Skriftlig krisplan upprättas tillsammans med R. senast 2024-12-15. "
       "Ansvar: Maria, ssk, Psykiatrimottagningen Fagersta.",
       "- MI-samtal och återfallsprevention en gång i veckan med start "
       "2024-11-25. Ansvar: Linnea, Öppenvården Fagersta kommun.",
       "- Utredning av behov av boendestöd enligt SoL samt kontakt med "
       "hyresvärden om avbetalningsplan för hyresskulden. "
       "Ansvar: Emil, Vuxenenheten.")
    kw("ÖVRIGA AKTÖRER",
       "R. är sjukskriven sedan september och har kontakt med "
       "Försäkringskassan. Sambo finns.")
    kw("HUVUDANSVAR",
       "Ej fastställt, tas upp på nästa möte.")
    kw("UPPFÖLJNING",
       "Nytt SIP-möte 2025-01-21 kl. 13.30 på Psykiatrimottagningen "
       "Fagersta. Maria skickar kallelse till R. och övriga deltagare.")
    lines.append("-" * W)
    lines.append("Signerad: Maria 2024-11-12 16:05   Yrke: Sjuksköterska   "
                 "Enhet: Psykiatrimottagningen Fagersta")
    text = "\r\n".join(lines) + "\r\n"
    with open(out(1, "txt"), "wb") as f:
        f.write(text.encode("cp1252"))


# ---------------------------------------------------------------------------
# 2. Municipal IFO family plan (.docx)
# ---------------------------------------------------------------------------
def set_cell_bg(cell, hex_color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_color)
    tcPr.append(shd)


def mark_header_row(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def bold_par(doc, text, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    return p


def labelled(doc, label, text):
    p = doc.add_paragraph()
    r = p.add_run(label + " ")
    r.bold = True
    p.add_run(text)
    return p


def plan02():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Surahammars kommun\tIndivid- och familjeomsorgen\tBarn och familj"
    fp = sec.footer.paragraphs[0]
    fp.text = "Handlingen omfattas av sekretess enligt OSL 26 kap. 1 §"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    doc.add_heading("Samordnad individuell plan – familjen S.", level=1)

    meta = doc.add_table(rows=4, cols=2)
    meta.style = "Table Grid"
    rows = [
        ("Datum för mötet", "2024-09-10, kl. 9.00–11.00"),
        ("Plats", "Socialkontoret Surahammar, rum Björken"),
        ("Familjen", "Mamma Sofia, pappa Ali, Noah 11 år, Elsa 7 år"),
        ("Huvudansvarig för planen",
         "socialsekreterare Hanna, IFO Barn och familj Surahammar"),
    ]
    for i, (a, b) in enumerate(rows):
        meta.cell(i, 0).text = a
        meta.cell(i, 0).paragraphs[0].runs[0].bold = True
        set_cell_bg(meta.cell(i, 0), "E7EEF6")
        meta.cell(i, 1).text = b
    for r in meta.rows:
        r.cells[0].width = Cm(5)
        r.cells[1].width = Cm(11.5)

    doc.add_heading("Varför en SIP för familjen", level=2)
    doc.add_paragraph(
        "Familjen har i dag kontakt med socialtjänsten, BUP, vuxenpsykiatrin "
        "och skolan, och föräldrarna har berättat att de tappar bort vem som "
        "ska göra vad. Planen ska se till att mammas behandling för depression, "
        "Noahs ADHD-utredning på BUP och familjebehandlingen hemma går i takt, "
        "så att barnen kommer iväg till skolan på morgnarna och föräldrarna "
        "orkar med vardagen."
    )

    doc.add_heading("Samtycke", level=2)
    doc.add_paragraph(
        "Båda vårdnadshavarna skrev under kommunens samtyckesblankett till SIP "
        "och informationsutbyte mellan IFO, BUP, vuxenpsykiatrin och skolan "
        "den 3 september 2024. Samtycket gäller i ett år och kan tas tillbaka."
    )

    doc.add_heading("Så har familjen varit med", level=2)
    doc.add_paragraph(
        "Mamma och pappa var med hela mötet. Mamma berättade att morgnarna är "
        "det svåraste, hon orkar inte få iväg båda barnen själv när pappa har "
        "tidiga pass, och hon tycker att det har varit för långt mellan "
        "besöken på psykiatrin. Pappa tycker att det mest behövs hjälp med hur "
        "de ska göra när Noah får utbrott på kvällarna. Barnen var inte med på "
        "mötet. Familjebehandlare Jonas har träffat Noah och Elsa hemma "
        "2024-09-05; Noah sa då att han tycker skolan är okej men att det är "
        "jobbigt när han kommer sent och alla tittar, och Elsa vill att "
        "mormor ska hämta henne oftare."
    )

    doc.add_heading("Mamma", level=2)
    labelled(doc, "Mål:",
             "Mamma ska få en fungerande behandling för sin depression och "
             "orka med morgonrutinerna med barnen.")
    bold_par(doc, "Det här gör mamma:")
    for t in ["går på sina samtal på Psykiatrimottagningen Västerås varannan vecka",
              "tar sin medicin varje dag och säger till sin sjuksköterska om hon "
              "mår sämre",
              "följer med Noah på återkopplingen på BUP"]:
        doc.add_paragraph(t, style="List Bullet")

    doc.add_heading("Pappa", level=2)
    labelled(doc, "Mål:",
             "Pappa ska ta ett större ansvar för barnens vardag och veta hur han "
             "kan bemöta Noah när det blir konflikter.")
    bold_par(doc, "Det här gör pappa:")
    for t in ["har bytt till senare pass tisdagar och torsdagar från oktober så "
              "att han kan lämna barnen",
              "går i föräldragruppen ABC tillsammans med mamma"]:
        doc.add_paragraph(t, style="List Bullet")

    doc.add_heading("Barnen", level=2)
    labelled(doc, "Mål:",
             "Målet är att Noah ska komma till skolan i tid och vara med hela "
             "skoldagar, och att Elsa ska ha en lugn start på dagen och hämtas "
             "i tid från fritids.")
    bold_par(doc, "Nätverket:")
    doc.add_paragraph(
        "Mormor hämtar Elsa på fritids måndagar och onsdagar från och med "
        "vecka 38 och lämnar henne hemma kl. 16.30.", style="List Bullet")

    doc.add_heading("Insatser från verksamheterna", level=2)
    data = [
        ("Familjebehandling i hemmet en gång i veckan, fokus på morgon- och "
         "kvällsrutiner", "Familjebehandlare Jonas, IFO Barn och familj "
                          "Surahammar", "Start 2024-09-16, t.o.m. 2024-12-20"),
        ("Slutföra ADHD-utredningen och ge återkoppling till Noah och "
         "föräldrarna", "Psykolog Petra, BUP Västerås", "Återkoppling 2024-10-08"),
        ("Samtalsbehandling och läkemedelsuppföljning för mamma",
         "Sjuksköterska Mikael, Psykiatrimottagningen Västerås",
         "Varannan vecka, nästa 2024-09-19"),
        ("Elevhälsomöte om anpassningar för Noah (sen ankomst, raster)",
         "Mentor och kurator, Elevhälsan Tuppkärrsskolan", "2024-09-24"),
        ("Föräldrastöd ABC, fyra träffar", "Öppenvården IFO Surahammar",
         "Start 2024-10-02"),
    ]
    t = doc.add_table(rows=2 + len(data), cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    title = t.cell(0, 0).merge(t.cell(0, 2))
    title.text = "Professionernas insatser"
    title.paragraphs[0].runs[0].bold = True
    title.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_cell_bg(title, "C9D9EC")
    for j, h in enumerate(["Insats", "Vem ansvarar", "När"]):
        c = t.cell(1, j)
        c.text = h
        c.paragraphs[0].runs[0].bold = True
        set_cell_bg(c, "E7EEF6")
    mark_header_row(t.rows[0])
    mark_header_row(t.rows[1])
    for i, row in enumerate(data):
        for j, v in enumerate(row):
            t.cell(2 + i, j).text = v
    widths = [Cm(7.5), Cm(5.5), Cm(3.6)]
    for r in t.rows:
        for j, w in enumerate(widths):
            r.cells[j].width = w

    doc.add_heading("Uppföljning", level=2)
    doc.add_paragraph(
        "Vi ses igen om ungefär tre månader för att se hur det har gått. "
        "Hanna skickar kallelse till alla.")

    doc.add_heading("Närvarande", level=2)
    doc.add_paragraph("Hanna, Jonas, Petra, Mikael, Sofia (mamma), Ali (pappa)")

    doc.add_paragraph()
    doc.add_paragraph("Planen skrevs av Hanna 2024-09-11 och skickas till "
                      "alla som var med.")
    fix_docx_dates(doc)
    doc.save(out(2, "docx"))


# ---------------------------------------------------------------------------
# 3. School-led SIP (.html -> .pdf via LibreOffice)
# ---------------------------------------------------------------------------
PLAN03_HTML = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8">
<title>SIP Alva åk 7</title>
<style>
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; color:#222; }
h2 { color:#1b5e7a; font-size: 13pt; margin-top: 14pt; margin-bottom: 4pt; }
td, th { font-size: 9.5pt; vertical-align: top; padding: 4pt; }
th { background-color:#f4a261; color:#ffffff; text-align:left; }
.small { font-size: 8.5pt; color:#555555; }
</style></head>
<body>
<table width="100%" cellspacing="0" cellpadding="8" bgcolor="#2a9d8f">
<tr>
<td bgcolor="#2a9d8f"><font color="#ffffff" size="5"><b>Västergårdsskolan Kungsör</b></font><br>
<font color="#ffffff">Elevhälsan &middot; Samordnad individuell plan (SIP)</font></td>
<td bgcolor="#e9c46a" width="28%" align="right"><b>Elev:</b> Alva, åk 7<br>
<b>Personnr:</b> ÅÅMMDD-XXXX<br><b>Mötesdatum:</b> 2024-10-22</td>
</tr></table>
<table width="100%" cellspacing="0" cellpadding="3" bgcolor="#e76f51"><tr><td bgcolor="#e76f51"></td></tr></table>

<h2>Syfte</h2>
<p>Gemensam planering.</p>

<h2>Bakgrund</h2>
<p>Alva är 13 år och fick sin autismdiagnos på BUP Västerås 2022. Sedan
skolstarten i augusti har hon varit frånvarande ungefär 70 % av tiden och de
senaste tre veckorna har hon inte varit i skolan alls. Hemma beskrivs hon som
trött, hon har ont i magen på morgnarna och sover dåligt. BUP har en pågående
kontakt sedan våren. Skolan har gjort en kartläggning av frånvaron som visar
att det är svårast på dagar med idrott och lunch i stora matsalen.</p>

<h2>Frågor vi behöver svar på</h2>
<ul>
<li>Hur kan Alva stegvis komma tillbaka till skolan efter höstlovet?</li>
<li>Behöver Alva anpassningar i matsalen och på idrotten, och i så fall vilka?</li>
<li>Hur snabbt ska skolan och BUP höra av sig till varandra om frånvaron ökar igen?</li>
</ul>

<table width="100%" cellspacing="0" cellpadding="10" border="2" bordercolor="#2a9d8f" bgcolor="#eaf6f4">
<tr><td bgcolor="#eaf6f4">
<font color="#1b5e7a" size="4"><b>Elevens röst</b></font><br><br>
Alva ville inte vara med på mötet eftersom det blir för många vuxna i samma
rum. Hon skrev ner det här tillsammans med sin mentor veckan före, och mentorn
läste upp det på mötet:<br><br>
<i>”Jag vill gå i skolan men inte när det är mycket ljud. Jag vill börja med
två lektioner om dagen och ha ett rum där jag får vara när det blir för
mycket.”</i><br><br>
<i>”Det jobbigaste är matsalen och när vi byter klassrum och jag inte vet det innan.”</i><br><br>
<i>”Jag vill kunna vara med på bild och engelska för det är det jag är bra på.”</i>
</td></tr></table>

<h2>Insatser</h2>
<table width="100%" cellspacing="0" border="1" bordercolor="#999999">
<thead>
<tr><th width="30%">Insats</th><th width="20%">Vem ansvarar</th><th width="17%">När</th><th width="33%">Hur vet vi att det fungerar?</th></tr>
</thead>
<tbody>
<tr><td>Anpassat schema: två lektioner per dag (engelska/bild först), utökas med en lektion varannan vecka</td>
<td>Mentor Johan, Västergårdsskolan</td><td>Från 2024-10-28</td>
<td>Alva är i skolan på de schemalagda lektionerna minst 4 av 5 dagar</td></tr>
<tr bgcolor="#fdf3e7"><td>Veckoschema med bildstöd och rumsbyten skickas hem</td>
<td>Specialpedagog, Västergårdsskolan</td><td>Varje fredag från 2024-10-25</td>
<td>Alva och föräldrarna säger att hon vet vad som händer nästa vecka</td></tr>
<tr><td>Grupprummet i C-huset som Alvas ”eget rum”, lunch där med en vuxen</td>
<td>Rektor, Västergårdsskolan</td><td>Från 2024-10-28</td>
<td>Alva går till rummet i stället för att gå hem</td></tr>
<tr bgcolor="#fdf3e7"><td>KBT-inriktade samtal om oro och undvikande, kopplat till skolgången</td>
<td>Psykolog, BUP Västerås</td><td></td>
<td>Alva skattar lägre oro på morgnarna (skattningsskala hos BUP)</td></tr>
<tr><td>Hälsosamtal om sömn och magont</td>
<td>Skolsköterska, Västergårdsskolan</td><td>Vecka 45 (2024-11-05)</td>
<td>Färre morgnar med magont enligt Alvas dagbok</td></tr>
<tr bgcolor="#fdf3e7"><td>Mamma eller pappa kör Alva till skolan och hämtar henne när lektionerna är slut</td>
<td>Vårdnadshavarna</td><td>Från 2024-10-28</td>
<td>Alva kommer i tid till första lektionen</td></tr>
</tbody>
</table>

<h2>Samordningsansvar</h2>
<p>Skolan (elevhälsan)</p>

<h2>Nästa uppföljning</h2>
<p>Tisdag 2024-12-10 kl. 14.00 i konferensrummet Lärkan. Mentor Johan
pratar med Alva innan om vad hon vill ta upp.</p>

<p class="small">Planen förvaras i elevhälsans akt. Kopia till vårdnadshavare och BUP Västerås.</p>
</body></html>
"""


def plan03():
    src = os.path.join(BUILD, f"{PREFIX}-03.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(PLAN03_HTML)
    soffice_pdf(src, out(3, "pdf"))


# ---------------------------------------------------------------------------
# 4. Planning-board export (.md)
# ---------------------------------------------------------------------------
PLAN04_MD = """# SIP – J. (Västerås)

_Exporterad från tavlan "SIP J." 2025-02-18 15:12_

**Beskrivning:** Syfte: samordning. Huvudansvar: Kommunen. Samtycke finns.
**Medlemmar:** Sara, Ahmed, Lena, Therese
**Etiketter:** `Kommun` `Region` `Övriga`

---

## Att göra

- Läkarintyg för fortsatt sjukpenning till FK (Psykosmottagningen Västerås, läkare) – 2025-03-03 `Region`
- Skicka in läkarintyget och aktivitetsrapporten till FK (J. själv) – 2025-03-07 `Övriga`
- Utöka boendestöd till tre besök i veckan (Socialpsykiatrin Västerås, boendestöd) `Kommun`
- Nästa uppföljning (alla) – v. 16

## Pågår

- Depotinjektion var fjärde vecka (Psykosmottagningen Västerås, sjuksköterska) – nästa 2025-02-25 `Region`
- Prova på Fontänhuset två dagar i veckan, boendestödjaren följer med första gångerna (Socialpsykiatrin Västerås, boendestöd) – t.o.m. 2025-03-31 `Kommun`
- Avbetalningsplan hos Kronofogden och ansökan om skuldsanering (god man) – 2025-03-15 `Övriga`
- Hjälp att betala hyran via autogiro, god man sköter räkningarna (god man) – 2025-02-28 `Övriga`

## Klart

- Ansökan om god man skickad till överförmyndaren (Lena, socialsekreterare, Vuxenenheten Västerås) – 2024-12-02 `Kommun`
- God man förordnad och första möte med J. (Lena, socialsekreterare) – 2025-01-20 `Kommun`
- Läkemedelsgenomgång (Psykosmottagningen Västerås, läkare) – 2025-02-04 `Region`
- Uppföljningsmöte, J. deltog via telefon (Sara) – 2025-02-18
"""


def plan04():
    with open(out(4, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(PLAN04_MD)


# ---------------------------------------------------------------------------
# 5. Discharge SIP, geriatric clinic (.pdf drawn with fpdf2)
# ---------------------------------------------------------------------------
class DischargePDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(80, 80, 80)
        self.cell(90, 4, "Lifecare SP – Samordnad planering", new_x="RIGHT", new_y="TOP")
        self.cell(60, 4, "Utskrivet 2025-02-11 14:05", align="C", new_x="RIGHT", new_y="TOP")
        self.cell(0, 4, f"Sida {self.page_no()} ({{nb}})", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(120, 120, 120)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(110, 110, 110)
        self.cell(0, 4, "Patient: G., ÅÅMMDD-XXXX   Dokument: SIP vid utskrivning", align="L")
        self.set_text_color(0, 0, 0)

    def field(self, label, value, lw=55):
        """Label/value pair with the value underlined (form style)."""
        x0 = self.l_margin
        y0 = self.get_y()
        self.set_font("DejaVu", "B", 9)
        self.set_xy(x0, y0)
        self.multi_cell(lw - 2, 5.5, label, align="L", new_x="LMARGIN", new_y="NEXT")
        y_label = self.get_y()
        self.set_font("DejaVu", "", 9.5)
        self.set_xy(x0 + lw, y0)
        vw = self.w - self.r_margin - x0 - lw
        self.multi_cell(vw, 5.5, value, align="L", new_x="LMARGIN", new_y="NEXT")
        y1 = max(self.get_y(), y_label)
        self.set_y(y1)
        self.set_draw_color(60, 60, 60)
        self.set_line_width(0.2)
        self.line(x0 + lw, y1, self.w - self.r_margin, y1)
        self.ln(2.5)

    def section(self, title):
        self.ln(1.5)
        self.set_font("DejaVu", "B", 10.5)
        self.set_fill_color(225, 232, 240)
        self.cell(0, 6.5, " " + title, fill=True, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)


def plan05():
    pdf = DischargePDF(format="A4")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_margins(18, 14, 18)
    pdf.set_auto_page_break(True, margin=16)
    pdf.set_creation_date(__import__("datetime").datetime(2025, 2, 11, 14, 5))
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 8, "SIP vid utskrivning från slutenvård", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    pdf.cell(0, 5, "Geriatriska kliniken, avdelning 12, Västmanlands sjukhus Köping",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    pdf.section("Patient")
    pdf.field("Patient", "G., 84 år")
    pdf.field("Personnummer", "ÅÅMMDD-XXXX")
    pdf.field("Hemkommun", "Arboga")
    pdf.field("Inskriven", "2025-01-29")
    pdf.field("Beräknat utskrivningsklar", "2025-02-14")
    pdf.field("Orsak till vårdtillfället",
              "Hjärninfarkt höger hemisfär 2025-01-28 med vänstersidig "
              "svaghet i arm och ben, lätt dysartri. Diabetes typ 2 med insulin. "
              "Går med rollator och stöd av en person, klarar inte "
              "förflyttning till dusch själv.")
    pdf.field("Boende före inskrivning",
              "Bor ensam i lägenhet i Arboga, tredje våningen med hiss. "
              "Hade ingen hemtjänst före insjuknandet.")

    pdf.section("Planeringsmötet")
    pdf.field("Datum för mötet", "2025-02-11, via Teams från avdelningen")
    pdf.field("Frågeställning inför mötet", "Utskrivning")
    pdf.field("Patienten närvarande", "☒ Ja   ☐ Nej")
    pdf.field("Patientens önskemål", "vill hem")
    pdf.field("Samtycke till SIP",
              "☒ Muntligt   ☐ Skriftligt      Datum: 2025-02-10   "
              "Inhämtat av: sjuksköterska Anna, avd 12")
    pdf.field("Närstående", "Dotter, bor i Örebro.")

    pdf.section("Insatser efter utskrivning")
    pdf.set_font("DejaVu", "", 10)
    boxes = [("Hemtjänst", True), ("Hemsjukvård", True), ("Korttidsplats", False),
             ("Trygghetslarm", True), ("Hjälpmedel", True), ("Dagverksamhet", False)]
    for i, (name, on) in enumerate(boxes):
        pdf.cell(58, 6.5, f"{name} {'☒' if on else '☐'}",
                 new_x="RIGHT" if i % 3 != 2 else "LMARGIN",
                 new_y="TOP" if i % 3 != 2 else "NEXT")
    pdf.ln(3)

    rows = [
        ("Hemtjänst morgon, lunch och kväll: personlig hygien, på- och "
         "avklädning, måltider, tillsyn", "Hemtjänsten Arboga (beslut av "
                                           "biståndshandläggare 2025-02-10)",
         "2025-02-14"),
        ("Blodsockerkontroll och insulin morgon, läkemedelsdelning i dosett",
         "Hemsjukvården Arboga, sjuksköterska", "2025-02-14"),
        ("Trygghetslarm installeras före hemkomst", "Larmgruppen Arboga kommun",
         "2025-02-13"),
        ("Hembesök: bedömning av duschpall, toalettförhöjning, rollator inne",
         "Rehabenheten Arboga kommun, arbetsterapeut och fysioterapeut",
         "2025-02-17"),
        ("Fortsatt gångträning två gånger i veckan i hemmet",
         "Rehabenheten Arboga kommun, fysioterapeut", "Från 2025-02-19"),
        ("Läkarbesök: blodtryck, blodfetter, uppföljning efter stroke",
         "Vårdcentralen Arboga, distriktsläkare", "2025-03-04"),
        ("Telefonuppföljning från strokesjuksköterska",
         "Geriatriska kliniken Köping, strokesjuksköterska", "2025-03-11"),
        ("Uppföljande hembesök, läkemedel och nutrition",
         "Vårdcentralen Arboga, distriktssköterska", "2025-02-20"),
    ]
    pdf.set_font("DejaVu", "", 8.5)
    head_style = FontFace(emphasis="BOLD", fill_color=(225, 232, 240))
    with pdf.table(col_widths=(80, 65, 29), headings_style=head_style,
                   line_height=4.8, repeat_headings=1, text_align="LEFT") as table:
        h = table.row()
        for x in ("Insats", "Utförare / ansvarig", "Start"):
            h.cell(x)
        for r in rows:
            tr = table.row()
            for v in r:
                tr.cell(v)
    pdf.ln(4)

    pdf.section("Ansvar och uppföljning")
    pdf.field("Huvudansvarig för planen / fast vårdkontakt",
              "Distriktssköterska Karin, Vårdcentralen Arboga", lw=70)
    pdf.field("Uppföljning",
              "Uppföljande SIP-möte i hemmet ca 2 veckor efter hemgång. "
              "Hemsjukvården kallar.", lw=70)

    pdf.section("Deltagare vid planeringen")
    pdf.set_font("DejaVu", "", 8.5)
    parts = [
        ("G.", "Patient", "–"),
        ("Anna", "Sjuksköterska", "Geriatriska kliniken Köping, avd 12"),
        ("Mats", "Arbetsterapeut", "Geriatriska kliniken Köping"),
        ("Ylva", "Överläkare", "Geriatriska kliniken Köping"),
        ("Jenny", "Biståndshandläggare", "Arboga kommun, Vård och omsorg"),
        ("Eva", "Sjuksköterska", "Hemsjukvården Arboga"),
        ("Karin", "Distriktssköterska", "Vårdcentralen Arboga"),
        ("Fredrik", "Fysioterapeut", "Rehabenheten Arboga kommun"),
    ]
    with pdf.table(col_widths=(35, 50, 89), headings_style=head_style,
                   line_height=4.8, repeat_headings=1, text_align="LEFT") as table:
        h = table.row()
        for x in ("Namn", "Funktion", "Verksamhet"):
            h.cell(x)
        for r in parts:
            tr = table.row()
            for v in r:
                tr.cell(v)
    pdf.ln(5)
    pdf.set_font("DejaVu", "", 8.5)
    pdf.cell(0, 5, "Dokumenterat av: Anna, sjuksköterska, Geriatriska kliniken avd 12, "
                   "2025-02-11", new_x="LMARGIN", new_y="NEXT")
    pdf.output(out(5, "pdf"))


# ---------------------------------------------------------------------------
# 6. Half-filled e-form export (.txt, UTF-8, LF)
# ---------------------------------------------------------------------------
PLAN06_TXT = """E-tjänst: Samordnad individuell plan (SIP)
Ärendenummer: SIP-2025-0312-XXXX
Senast sparad: 2025-03-14 09:41
Status: Sparad, ej slutförd
=============================================================

1. UPPGIFTER OM DEN ENSKILDE
Förnamn eller initial: K.
Personnummer: ÅÅMMDD-XXXX
Folkbokförd i kommun: Sala
Behov av tolk: Nej

2. MÖTET
Datum för mötet: 2025-03-12
Plats: Vårdcentralen Sala
Deltagare: K., kurator, handläggare

3. SYFTE MED PLANEN
Syfte: [ej besvarad]

4. FRÅGESTÄLLNINGAR INFÖR MÖTET
Frågeställningar: [ej besvarad]

5. DEN ENSKILDES MÅL
Mål: K. ska må bättre och på sikt kunna återgå i arbete.

6. DEN ENSKILDES DELAKTIGHET
Hur har den enskilde varit delaktig?: K. deltog.

7. SAMTYCKE
Har samtycke inhämtats?: Ja
Form för samtycke: [ej besvarad]
Datum för samtycke: [ej besvarad]

8. INSATSER
Insats 1
  Beskrivning: Fortsatt kontakt
  Ansvarig verksamhet: Vårdcentralen Sala
  Tidpunkt: [ej besvarad]
Insats 2
  Beskrivning: Stöd vid behov
  Ansvarig verksamhet: Socialtjänsten
  Tidpunkt: [ej besvarad]

9. HUVUDANSVAR FÖR PLANEN
Huvudansvarig (namn/funktion, verksamhet): [ej besvarad]

10. ANDRA AKTÖRER
Insatser från andra (t.ex. Försäkringskassan, Arbetsförmedlingen,
närstående, den enskilde själv): [ej besvarad]

11. UPPFÖLJNING
Datum för uppföljning: [ej besvarad]
Övrigt om uppföljning: Vid behov

12. ÖVRIGT
Övrigt: [ej besvarad]

=============================================================
Formulärversion 2.3
"""


def plan06():
    with open(out(6, "txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(PLAN06_TXT)


# ---------------------------------------------------------------------------
# 7. Minutes of a SIP meeting, English-influenced Swedish (.docx)
# ---------------------------------------------------------------------------
def plan07():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Köpings kommun – Arbetsmarknadsenheten"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    doc.add_heading("Minnesanteckningar SIP-möte – Tim", level=1)
    p = doc.add_paragraph()
    p.add_run("Datum: ").bold = True
    p.add_run("2025-02-26, 10.00–11.30\n")
    p.add_run("Plats: ").bold = True
    p.add_run("Arbetsmarknadsenheten Köping, mötesrum 2\n")
    p.add_run("Anteckningar: ").bold = True
    p.add_run("Nora (ny arbetsmarknadskonsulent, första SIP:en, feedback "
              "välkomnas!)")

    doc.add_heading("Agenda", level=2)
    for t in [
        "Välkommen + intro-runda",
        "Syftet med mötet",
        "Tims egna tankar och mål",
        "Frågor vi behöver adressera: Kan Tim få stöd av en SIUS-konsulent "
        "via AF? Behöver AF ett nytt neuropsykiatriskt underlag för att kunna "
        "göra anpassningar? Hur får Tim till en dygnsrytm som funkar med "
        "praktik på förmiddagar?",
        "Action points",
    ]:
        doc.add_paragraph(t, style="List Number")

    doc.add_heading("Närvarande", level=2)
    tbl = doc.add_table(rows=1, cols=3)
    tbl.style = "Light Grid Accent 1"
    for j, h in enumerate(["Namn", "Roll", "Organisation"]):
        tbl.rows[0].cells[j].text = h
    mark_header_row(tbl.rows[0])
    for r in [
        ("Tim", "Själv", "–"),
        ("Torbjörn", "Tims pappa", "–"),
        ("Maria", "Arbetsförmedlare", "Arbetsförmedlingen Köping"),
        ("Sanna", "LSS-handläggare", "Köpings kommun, Vård och omsorg"),
        ("David", "Kurator", "Vuxenpsykiatrin Köping, NP-teamet"),
        ("Nora", "Arbetsmarknadskonsulent", "Arbetsmarknadsenheten Köpings kommun"),
    ]:
        cells = tbl.add_row().cells
        for j, v in enumerate(r):
            cells[j].text = v

    doc.add_heading("Diskussion", level=2)
    for t in [
        "Syftet med mötet var att få alla på samma sida kring Tims väg in på "
        "arbetsmarknaden. Tim har varit arbetslös sedan han gick ut gymnasiet "
        "2021, och han har haft kontakt med AF, kommunen och psykiatrin "
        "parallellt utan att vi egentligen har pratat med varandra, vilket "
        "har gjort att han fått olika besked från olika håll.",
        "Tim delade sina tankar själv och var tydlig: ”Jag vill ha ett jobb "
        "där jag får jobba med datorer eller på ett lager, där det är lugnt "
        "och jag vet vad jag ska göra varje dag. Jag vill inte sitta i ett "
        "öppet kontorslandskap.” Han sa också att han vill att pappa är med "
        "på de första mötena med AF.",
        "Maria förklarade att Tim kan få en SIUS-konsulent men att AF först "
        "behöver ett aktuellt underlag om hans funktionsnedsättning. David "
        "sa att utredningen från 2019 fortfarande gäller men att han kan "
        "skriva ett kort utlåtande som är mer up to date.",
        "Vi pratade ganska länge om dygnsrytmen. Tim sover ofta till lunch, "
        "vilket gör att förmiddagspraktik inte är realistiskt just nu. David "
        "föreslog att de jobbar med det i sina samtal innan praktiken "
        "startar. Sanna tog upp att Tim kan ansöka om kontaktperson enligt "
        "LSS, men det behöver utredas först och hon kan inte säga när det är "
        "klart.",
        "Vi hade också en diskussion om vem som ska vara lead för SIP:en "
        "(huvudansvaret). Vi landade inte i något beslut, frågan är fortfarande "
        "öppen.",
    ]:
        doc.add_paragraph(t)

    doc.add_heading("Action points", level=2)
    for t in [
        "Action: Boka kartläggningssamtal med SIUS-konsulent, Owner: Maria, "
        "Arbetsförmedlingen Köping, Deadline: 2025-03-14",
        "Action: Skriva kort utlåtande om Tims autism och behov av anpassningar "
        "och skicka till AF, Owner: David, Vuxenpsykiatrin Köping, "
        "Deadline: 2025-03-07",
        "Action: Samtal om sömn och dygnsrytm varje vecka, prova väckarklocka "
        "med vibration och sömnschema, Owner: David, Vuxenpsykiatrin Köping, "
        "Deadline: 2025-03-20",
        "Action: Uppdatera CV och mejla det till Maria, Owner: Tim (pappa "
        "hjälper till), Deadline: 2025-03-07",
        "Action: Studiebesök på kommunens lager och återbruk tillsammans med "
        "Tim, Owner: Nora, Arbetsmarknadsenheten, Deadline: 2025-03-21",
        "Action: Utreda ansökan om kontaktperson enligt LSS, Owner: Sanna, "
        "LSS-handläggare Köpings kommun, Deadline: TBD",
    ]:
        doc.add_paragraph(t, style="List Bullet")

    doc.add_paragraph()
    doc.add_paragraph("/Nora").runs[0].italic = True
    fix_docx_dates(doc)
    doc.save(out(7, "docx"))


# ---------------------------------------------------------------------------
# 8. Empty template (.docx -> .pdf via LibreOffice)
# ---------------------------------------------------------------------------
TEMPLATE_FIELDS = [
    ("Den enskilde (förnamn, personnummer)",
     "Exempel: Kim, ÅÅMMDD-XXXX"),
    ("Datum och plats för mötet",
     "Exempel: 2025-01-15 kl. 13.00, Vårdcentralen Norberg"),
    ("Deltagare (namn, funktion, verksamhet)",
     "Exempel: Kim och mamma; Sara, kurator, BUP Västerås; Ola, mentor, "
     "Centralskolan Norberg"),
    ("Syfte med SIP",
     "Exempel: Planen ska samordna stödet från skolan och BUP så att Kim "
     "kan komma tillbaka till skolan efter sjukskrivningen."),
    ("Frågeställningar inför mötet",
     "Exempel: Hur ska Kim få stöd på morgonen? Vem kontaktar BUP om "
     "frånvaron ökar?"),
    ("Den enskildes mål (gärna med egna ord)",
     "Exempel: Kim ska kunna gå till skolan varje dag. ”Jag vill orka "
     "vara med på hela dagar.”"),
    ("Den enskildes delaktighet",
     "Exempel: Kim var med under första delen av mötet och berättade att "
     "matsalen är det svåraste."),
    ("Samtycke",
     "Exempel: Muntligt samtycke från Kim och vårdnadshavare 2025-01-10, "
     "antecknat i journalen."),
    ("Insatser – vad, vem (verksamhet/funktion), när",
     "Exempel: Anpassat schema, specialpedagog Centralskolan, från "
     "2025-01-20. KBT-samtal, psykolog BUP Västerås, varannan vecka från "
     "2025-01-22."),
    ("Andra aktörers insatser (t.ex. FK, AF, god man, närstående)",
     "Exempel: Pappa följer med Kim till skolan varje morgon. Om inga andra "
     "aktörer finns, skriv det."),
    ("Huvudansvarig för planen",
     "Exempel: Sara, kurator, BUP Västerås"),
    ("Uppföljning (datum)",
     "Exempel: 2025-03-12 kl. 14.00 på Centralskolan"),
]


def plan08():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.top_margin = Cm(2)
    sec.bottom_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hp.text = "Samordnad individuell plan – mall\tVersion 2024-09"
    fp = sec.footer.paragraphs[0]
    fp.text = ("Mallen är gemensam för kommunerna och regionen i länet. "
               "Ta bort exempeltexten när du fyller i.")
    fp.runs[0].font.size = Pt(8)

    h = doc.add_paragraph()
    r = h.add_run("SIP – Samordnad individuell plan")
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    sub = doc.add_paragraph()
    rs = sub.add_run("Enligt SoL 2 kap. 7 § och HSL 16 kap. 4 §")
    rs.font.small_caps = True
    rs.font.size = Pt(9)

    for name, example in TEMPLATE_FIELDS:
        t = doc.add_table(rows=2, cols=1)
        t.style = "Table Grid"
        c0 = t.cell(0, 0)
        c0.text = ""
        rr = c0.paragraphs[0].add_run(name)
        rr.bold = True
        set_cell_bg(c0, "EDEDED")
        mark_header_row(t.rows[0])
        c1 = t.cell(1, 0)
        c1.text = ""
        re_ = c1.paragraphs[0].add_run(example)
        re_.font.color.rgb = RGBColor(0x8C, 0x8C, 0x8C)
        re_.italic = False
        t.rows[1].height = Cm(1.2)
        c1.width = Cm(16)
        c0.width = Cm(16)
        sp = doc.add_paragraph()
        sp.paragraph_format.space_after = Pt(2)

    p = doc.add_paragraph()
    p.add_run("Underskrift / signering: ").bold = True
    p.add_run("_______________________________")
    fix_docx_dates(doc)
    src = os.path.join(BUILD, f"{PREFIX}-08.docx")
    doc.save(src)
    soffice_pdf(src, out(8, "pdf"))


def normalize_docx(path):
    """Rewrite the zip with fixed timestamps so the .docx is byte-stable."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def main():
    os.makedirs(PLANS, exist_ok=True)
    os.makedirs(BUILD, exist_ok=True)
    for fn in (plan01, plan02, plan03, plan04, plan05, plan06, plan07, plan08):
        fn()
    for n in (2, 7):
        normalize_docx(out(n, "docx"))
    shutil.rmtree(BUILD, ignore_errors=True)
    print("written:", sorted(os.listdir(PLANS)))


if __name__ == "__main__":
    main()
