#!/usr/bin/env python
"""Generate the f33a batch of fictional, anonymized SIP plans into plans/.

Run with python generate_a.py
Deterministic: fixed texts and dates, no randomness.
"""
import datetime
import os
import shutil
import subprocess
import tempfile

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
OUT = os.path.join(HERE, "plans")
PREFIX = "f33a"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_I = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"
GREY = RGBColor(0x80, 0x80, 0x80)


def path(n, ext):
    return os.path.join(OUT, f"{PREFIX}-{n:02d}.{ext}")


def a4(section, landscape=False):
    w, h = Cm(21), Cm(29.7)
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        w, h = h, w
    section.page_width, section.page_height = w, h


def fix_core(doc, title, author, when):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = when
    cp.modified = when
    cp.revision = 1


def soffice_pdf(src, outdir):
    profile = "file:///tmp/lo-f33a"
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless",
         "--convert-to", "pdf", "--outdir", outdir, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        timeout=180,
    )


def add_page_field(paragraph, instr="PAGE"):
    run = paragraph.add_run()
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    t = OxmlElement("w:instrText")
    t.set(qn("xml:space"), "preserve")
    t.text = f" {instr} "
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    r_t = OxmlElement("w:t")
    r_t.text = "1"
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    run._r.append(b)
    run._r.append(t)
    run._r.append(s)
    run._r.append(r_t)
    run._r.append(e)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


def bold_para(doc, text, size=None, space_before=8):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(space_before)
    p.paragraph_format.space_after = Pt(2)
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    return p


def table_with_header(doc, headers, rows, widths=None, style="Table Grid",
                      header_fill="D9D9D9"):
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = style
    for i, h in enumerate(headers):
        c = t.rows[0].cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(h)
        r.bold = True
        if header_fill:
            shade(c, header_fill)
    repeat_header(t.rows[0])
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    if widths:
        t.autofit = False
        for i, w in enumerate(widths):
            t.columns[i].width = Cm(w)
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


# ---------------------------------------------------------------------------
# 01  Record-system print drawn with fpdf2 (Sala, IFO Vuxen)
# ---------------------------------------------------------------------------
class RecordPDF(FPDF):
    system = "Omsorgssystem IFO 7.4  –  Utskrift dokument"
    printed = "Utskriftsdatum: 2025-02-20 10:42   Utskriven av: handläggare IFO Vuxen"

    def header(self):
        self.set_font("DejaVu", "", 7)
        self.set_text_color(90, 90, 90)
        self.cell(95, 4, self.system, new_x="RIGHT", new_y="TOP")
        self.cell(0, 4, f"Sida {self.page_no()} ({{nb}})", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, self.printed, new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin,
                  self.get_y() + 1)
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Sala kommun  •  Vård- och omsorgsförvaltningen  •  "
                  "Sekretess enligt OSL 26 kap.", align="C")
        self.set_text_color(0, 0, 0)


def box_height(pdf, w, value, label_h=4.2):
    pdf.set_font("DejaVu", "", 9)
    lines = pdf.multi_cell(w - 3, 4.6, value if value else " ", align="L",
                           dry_run=True, output="LINES")
    return max(label_h + 4.6 * len(lines) + 2.5, 11)


def draw_box(pdf, x, y, w, h, label, value):
    pdf.set_draw_color(120, 120, 120)
    pdf.rect(x, y, w, h)
    pdf.set_xy(x + 1.5, y + 0.8)
    pdf.set_font("DejaVu", "", 6.5)
    pdf.set_text_color(70, 70, 70)
    pdf.cell(w - 3, 3.4, label)
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(x + 1.5, y + 4.6)
    pdf.set_font("DejaVu", "", 9)
    if value:
        pdf.multi_cell(w - 3, 4.6, value, align="L")


def grid_row(pdf, fields):
    """fields: list of (label, value) - one (full width) or two (half)."""
    x0 = pdf.l_margin
    full = pdf.w - pdf.l_margin - pdf.r_margin
    gap = 2
    if len(fields) == 1:
        widths = [full]
    else:
        widths = [(full - gap) / 2] * 2
    h = max(box_height(pdf, w, v) for w, (_, v) in zip(widths, fields))
    if pdf.get_y() + h > pdf.h - pdf.b_margin:
        pdf.add_page()
    y = pdf.get_y()
    x = x0
    for w, (label, value) in zip(widths, fields):
        draw_box(pdf, x, y, w, h, label, value)
        x += w + gap
    pdf.set_xy(x0, y + h + 1.5)


def make_01():
    pdf = RecordPDF(format="A4")
    pdf.set_creation_date(datetime.datetime(2025, 2, 20, 10, 42,
                                            tzinfo=datetime.timezone.utc))
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_margins(15, 12, 15)
    pdf.set_auto_page_break(True, 16)
    pdf.add_page()

    # grey title bar
    pdf.set_fill_color(200, 200, 200)
    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(0, 9, "  Samordnad individuell plan (SIP)", fill=True,
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 7.5)
    pdf.cell(0, 5, "Dokumenttyp: SIP – plan   Status: Signerad   "
             "Ärendetyp: Vuxen, missbruk", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)

    grid_row(pdf, [("Personnummer", "ÅÅMMDD-XXXX"),
                   ("Namn", "Patrik J.")])
    grid_row(pdf, [("Ärendenummer", "IFO-V 2025-0113"),
                   ("Datum för SIP-möte", "2025-02-18")])
    grid_row(pdf, [("Planens huvudansvarig", "IFO Vuxen, Sala kommun"),
                   ("Samtycke inhämtat", "Ja")])
    grid_row(pdf, [("Mötesplats", "Socialkontoret Sala, rum Vallmon"),
                   ("Nästa uppföljning", "2025-05-13")])
    grid_row(pdf, [(
        "Syfte med planen",
        "Patrik har ett långvarigt alkoholberoende, förhöjda levervärden och "
        "nedstämdhet, och har kontakt med både socialtjänsten och regionen. "
        "Planen ska göra att beroendevården, vårdcentralen och kommunens "
        "boendestöd arbetar mot samma mål så att Patrik kan behålla sin "
        "lägenhet och minska sitt drickande.")])
    grid_row(pdf, [("Frågeställningar inför mötet", "")])
    grid_row(pdf, [(
        "Den enskildes mål (med egna ord)",
        "”Jag vill vara nykter när min dotter hälsar på, och jag vill inte "
        "bli av med lägenheten en gång till.”")])
    grid_row(pdf, [(
        "Den enskildes delaktighet och synpunkter",
        "Patrik deltog under hela mötet. Han vill helst ha samtalen på "
        "beroendemottagningen i Sala och inte i Västerås, eftersom han inte "
        "har bil. Han vill inte börja på dagverksamhet nu men kan tänka sig "
        "arbetsträning längre fram.")])
    grid_row(pdf, [(
        "Deltagare",
        "Patrik (den enskilde)\n"
        "Annika, socialsekreterare, IFO Vuxen Sala kommun\n"
        "Robert, behandlare, Beroendemottagningen Sala, Region Västmanland\n"
        "Helena, distriktssköterska, Vårdcentralen Sala\n"
        "Jens, boendestödjare, Socialpsykiatrin Sala kommun")])
    grid_row(pdf, [(
        "Övriga aktörer",
        "Patrik har god man sedan 2023.")])
    grid_row(pdf, [(
        "Bakgrund",
        "Patrik är 52 år och bor ensam i hyreslägenhet i Sala. Han har druckit "
        "dagligen i perioder sedan 20-årsåldern. Under hösten 2024 fick han en "
        "varning om uppsägning på grund av störningar och hyresskuld; skulden "
        "är nu reglerad. Vid provtagning i januari 2025 hade han förhöjda "
        "levervärden. Han beskriver sömnproblem och nedstämdhet. Patrik har "
        "tidigare arbetat som lagerarbetare och har varit sjukskriven sedan "
        "våren 2024.")])

    pdf.ln(2)
    pdf.set_font("DejaVu", "B", 10)
    pdf.set_fill_color(200, 200, 200)
    pdf.cell(0, 7, "  Åtgärder", fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)

    rows = [
        ("Minskat alkoholbruk",
         "Återfallsprevention (samtal) varannan vecka samt "
         "läkemedelsbehandling med Antabus, utdelning två gånger i veckan",
         "Beroendemottagningen Sala, behandlare", "2025-02-24", "2025-05-13"),
        ("Behålla lägenheten",
         "Boendestöd två gånger i veckan: struktur i vardagen, "
         "post, räkningar och kontakt med hyresvärden",
         "Boendestödet, Socialpsykiatrin Sala kommun", "2025-03-03",
         "2025-05-13"),
        ("Förbättrade levervärden",
         "Ny provtagning av levervärden och läkarbesök för bedömning",
         "Regionen", "2025-04-01", "2025-05-13"),
        ("Minskad nedstämdhet",
         "Bedömning av psykolog och ställningstagande till samtalsbehandling "
         "eller läkemedel",
         "Vårdcentralen Sala, psykolog", "2025-03-10", "2025-05-13"),
        ("Sysselsättning",
         "Kartläggning inför arbetsträning, tre samtal under våren",
         "Arbetsmarknadsenheten Sala kommun", "2025-04-07", "2025-05-13"),
        ("Trygg ekonomi",
         "Handläggning av ansökan om ekonomiskt bistånd för mars–maj",
         "Handläggare ekonomiskt bistånd, IFO Sala", "2025-02-20",
         "2025-05-13"),
    ]
    pdf.set_font("DejaVu", "", 8.5)
    pdf.set_fill_color(255, 255, 255)
    head_style = FontFace(emphasis="BOLD", size_pt=8, fill_color=(225, 225, 225))
    with pdf.table(
        col_widths=(27, 57, 40, 22, 34),
        headings_style=head_style,
        line_height=4.4,
        text_align="LEFT",
    ) as table:
        h = table.row()
        for c in ("Mål", "Åtgärd", "Utförare", "Startdatum",
                  "Uppföljningsdatum"):
            h.cell(c)
        for r in rows:
            tr = table.row()
            for c in r:
                tr.cell(c)

    pdf.ln(4)
    pdf.set_font("DejaVu", "", 8)
    pdf.cell(0, 5, "Signerad 2025-02-19 av Annika, socialsekreterare",
             new_x="LMARGIN", new_y="NEXT")
    pdf.output(path(1, "pdf"))


# ---------------------------------------------------------------------------
# 02  SIP at discharge from a stroke ward, Word (Västerås / Kungsör)
# ---------------------------------------------------------------------------
def make_02():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    a4(sec)
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = ("Västmanlands sjukhus Västerås\tStrokeenheten, avd 24\t"
               "Region Västmanland")
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = fp.add_run("Sida ")
    r.font.size = Pt(8)
    add_page_field(fp)

    t = doc.add_paragraph()
    r = t.add_run("SIP – Samordnad individuell plan vid utskrivning")
    r.bold = True
    r.font.size = Pt(15)
    doc.add_paragraph("Patient: Gunnel, ÅÅMMDD-XXXX\n"
                      "Datum för SIP-möte: 2025-01-22, kl 13.30 på avdelningen "
                      "(distriktssköterskan med via Teams)\n"
                      "Planerat utskrivningsdatum: 2025-01-28")

    bold_para(doc, "Syfte:")
    doc.add_paragraph("Samordning inför hemgång.")

    bold_para(doc, "Deltagare:")
    for line in [
        "Gunnel, patient",
        "Lena, dotter",
        "Sofia, sjuksköterska/vårdkoordinator, Strokeenheten VS Västerås",
        "Johan, arbetsterapeut, Strokeenheten VS Västerås",
        "Maria, biståndshandläggare, Äldreomsorgen Kungsörs kommun",
        "Elin, fysioterapeut, Rehabenheten Kungsörs kommun",
        "Birgitta, distriktssköterska, Vårdcentralen Kungsör",
    ]:
        doc.add_paragraph(line, style="List Bullet")

    bold_para(doc, "Bakgrund:")
    doc.add_paragraph(
        "Gunnel är 79 år och bor ensam i villa i Kungsör. Hon insjuknade "
        "2025-01-09 med en högersidig hjärninfarkt och har kvarstående "
        "nedsatt kraft i vänster arm och ben samt lätt neglekt åt vänster. "
        "Innan insjuknandet klarade hon sig helt själv och körde bil. Hon går "
        "nu med rollator inomhus, behöver hjälp vid dusch och med strumpor och "
        "skor. Hon har förmaksflimmer som upptäcktes under vårdtiden och har "
        "insatts på blodförtunnande behandling. Talet är opåverkat.")

    bold_para(doc, "Frågeställningar:")
    for q in [
        "Kan Gunnel bo kvar i sitt hus med stöd, eller behövs korttidsplats "
        "de första veckorna?",
        "Vilka hjälpmedel behövs i badrummet och vid trappan till entrén?",
        "Vem tar över rehabiliteringen efter hemgång och hur ofta?",
        "Vem följer upp den nya blodförtunnande behandlingen?",
    ]:
        doc.add_paragraph(q, style="List Bullet")

    bold_para(doc, "Den enskildes önskemål:")
    doc.add_paragraph(
        "Gunnel vill åka direkt hem till sitt hus och inte till korttidsboende. "
        "Hon vill ha så få olika personer från hemtjänsten som möjligt och "
        "vill duscha på kvällen. Hon har frågat om hon kan få köra bil igen, "
        "vilket hon fått information om att det inte är aktuellt i nuläget.")

    bold_para(doc, "Mål:")
    doc.add_paragraph(
        "Målet är att Gunnel ska kunna bo kvar i sitt hus, förflytta sig "
        "säkert inomhus och på sikt klara sin personliga hygien självständigt.")

    bold_para(doc, "Insatser efter hemgång:")
    items = [
        "Hemtjänst morgon och kväll med hjälp vid dusch, på- och avklädning "
        "samt tillsyn. Ansvar: Hemtjänst Kungsör norra. Start: 2025-01-28.",
        "Trygghetslarm installeras i bostaden. Ansvar: biståndshandläggare, "
        "Äldreomsorgen Kungsörs kommun. Klart senast: 2025-01-28.",
        "Hjälpmedel: duschpall, toalettförhöjning och extra ledstång vid "
        "entrétrappan förskrivs och levereras före hemgång. Ansvar: "
        "arbetsterapeut, Strokeenheten. Klart: 2025-01-27.",
        "Hemrehabilitering med hembesök av fysioterapeut och arbetsterapeut, "
        "träningsprogram för gång och arm två gånger i veckan. Ansvar: "
        "Rehabenheten Kungsörs kommun. Start: 2025-01-29.",
        "Läkemedelsgenomgång och uppföljning av blodtryck och den nya "
        "blodförtunnande behandlingen. Ansvar: Vårdcentralen Kungsör.",
        "Återbesök på strokemottagningen hos läkare. Ansvar: "
        "Strokemottagningen VS Västerås. Tid: 2025-04-15.",
    ]
    for it in items:
        doc.add_paragraph(it, style="List Number")

    bold_para(doc, "Närstående:")
    doc.add_paragraph(
        "Dottern Lena handlar åt Gunnel en gång i veckan och hjälper henne "
        "med post och räkningar. Lena kör Gunnel till återbesöket på "
        "strokemottagningen i april.")

    bold_para(doc, "Uppföljning:")
    doc.add_paragraph(
        "Planen följs upp ca två veckor efter hemgång. Kallelse skickas.")

    fix_core(doc, "SIP vid utskrivning", "Strokeenheten",
             datetime.datetime(2025, 1, 22, 15, 10))
    doc.save(path(2, "docx"))


# ---------------------------------------------------------------------------
# 03  Markdown export from a student-health system (Fagersta)
# ---------------------------------------------------------------------------
MD_03 = """\
<!-- Export från Elevhälsosystemet EHS 3.2 – 2024-11-07 08:15 -->
# Samordnad individuell plan (SIP)

| Fält | Värde |
|---|---|
| Elev | Tilde, åk 8 |
| Personnummer | ÅÅMMDD-XXXX |
| Skola | Västanforsskolan, Fagersta kommun |
| Dokumenttyp | SIP – elevhälsa |
| Mötesdatum | 2024-11-06 |
| Syfte | Samordning |
| Huvudansvarig | Kurator |
| Deltagare | Tilde (del av mötet), mamma, pappa, kurator, mentor, skolsköterska, specialpedagog, psykolog |
| Samtycke | Vårdnadshavare har lämnat skriftligt samtycke 2024-10-28 (blankett "Samtycke till SIP", båda vårdnadshavarna) |
| Status | Aktiv |

### Bakgrund

Tilde går i åk 8. Hon har haft ökande frånvaro sedan våren i åk 7 och under
september–oktober 2024 har närvaron varit ca 40 %. Frånvaron är störst på
måndagar och vid idrott och muntliga redovisningar. Tilde har magont och
huvudvärk på morgnarna. Hon har sedan oktober kontakt med BUP Fagersta för
ångest, och en KBT-behandling har påbörjats.

### Frågeställningar

- Hur kan skolan anpassa schemat så att Tilde kan börja komma tillbaka, och
  vilka lektioner ska prioriteras först?
- Hur samordnas BUP:s exponeringsövningar med skolans plan för återgång?
- Behövs en specialpedagogisk kartläggning av Tildes skolsituation?

### Elevens delaktighet

Tilde var med under första delen av mötet tillsammans med föräldrarna.

### Elevens mål



### Insatser

- [x] Anpassat schema med start kl 9.00 och undantag från idrott under
  höstterminen (Mentor, Västanforsskolan – från 2024-11-11)
- [x] KBT-behandling för ångest en gång i veckan (Psykolog, BUP Fagersta –
  pågår sedan 2024-10-15)
- [ ] Samtal med kurator varannan vecka, fokus på skoldagen och
  exponeringsövningar i skolan (Kurator – start 2024-11-13)
- [ ] Specialpedagogisk kartläggning av lärmiljö och
  anpassningar (Specialpedagog)
- [ ] Uppföljning av sömn, magont och huvudvärk (Skolsköterska –
  2024-11-20)
- [ ] Skriftlig närvarorapport till kurator varje fredag (Mentor –
  från 2024-11-15)

### Uppföljning

Nästa möte: 2024-12-11 kl. 14.00, Västanforsskolan, konferensrum B.

---
*Dokumentet är exporterat från EHS. Journalanteckningar ingår inte i exporten.*
"""


def make_03():
    with open(path(3, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(MD_03)


# ---------------------------------------------------------------------------
# 04  First-person plan by a young adult (Hallstahammar)
# ---------------------------------------------------------------------------
def make_04():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    for lvl, size in (("Heading 1", 16), ("Heading 2", 13)):
        doc.styles[lvl].font.name = "Arial"
        doc.styles[lvl].font.size = Pt(size)
    sec = doc.sections[0]
    a4(sec)
    hp = sec.header.paragraphs[0]
    hp.text = "Min SIP – samordnad individuell plan"
    hp.runs[0].font.size = Pt(9)
    hp.runs[0].font.color.rgb = GREY

    doc.add_heading("Min plan", level=1)
    doc.add_paragraph("Skriven 2025-03-04 av mig tillsammans med Malin, min "
                      "samordnare.").runs[0].italic = True

    doc.add_heading("Jag heter …", level=2)
    doc.add_paragraph(
        "Jag heter Hanna och är 20 år. Jag bor i en egen lägenhet i "
        "Hallstahammar sedan i höstas. Jag har ADHD och social ångest. Jag "
        "gick ut gymnasiet för två år sedan men har inte haft något jobb eller "
        "någon praktik sedan dess. Ibland sover jag hela dagarna och då "
        "blir det svårt med allt annat, som att handla och betala räkningar. "
        "Jag tar medicin för min ADHD men glömmer den ofta.")

    doc.add_heading("Varför vi gör en plan", level=2)
    doc.add_paragraph(
        "Vi gör den här planen för att alla som hjälper mig ska veta vad de "
        "andra gör, så att jag inte behöver berätta allt flera gånger och så "
        "att jag kan komma igång med en praktik utan att min ångest blir "
        "för stor.")

    doc.add_heading("Det här vill jag", level=2)
    for s in [
        "Jag vill ha en praktik där jag får jobba med djur eller i ett lager "
        "där det inte är så mycket folk.",
        "Jag vill kunna gå upp på morgonen minst fyra dagar i veckan.",
        "Jag vill klara min ekonomi själv, utan att få påminnelser från "
        "Kronofogden.",
    ]:
        doc.add_paragraph(s, style="List Bullet")

    doc.add_heading("Det här hjälper mig", level=2)
    doc.add_paragraph(
        "Det hjälper mig när någon följer med första gången jag ska till ett "
        "nytt ställe. Sms fungerar bättre än att bli uppringd. Jag vill ha "
        "tider efter kl. 10. Det är jobbigt med möten med många personer, "
        "därför var vi bara fem på mötet den här gången.")

    doc.add_heading("Vem gör vad", level=2)
    rows = [
        ("Arbetsförmedlingen", "Hjälper mig hitta en praktikplats och följer "
         "med första dagen", "Start 2025-04-01"),
        ("Boendestödet, Hallstahammars kommun", "Kommer hem till mig två "
         "gånger i veckan och hjälper mig med att handla, betala räkningar "
         "och göra ett veckoschema", "Från 2025-03-10"),
        ("Psykiatriska mottagningen Västerås, sjuksköterska", "Ringer mig och "
         "pratar om medicinen och hur jag sover", "När det behövs"),
        ("Malin (samordnare)", "Hjälper mig att söka aktivitetsersättning hos "
         "Försäkringskassan", "Senast 2025-03-31"),
        ("Mamma", "Sms:ar mig på morgonen och påminner om medicinen",
         "Varje morgon från 2025-03-05"),
        ("Jag själv", "Använder larmet i mobilen för medicinen och går till "
         "boendestödets träffar på onsdagar", "Från 2025-03-05"),
    ]
    table_with_header(doc, ["Vem", "Gör vad", "När"], rows,
                      widths=[5, 8.5, 3.5], header_fill="E2EFD9")

    doc.add_heading("Vem har huvudansvaret?", level=2)
    doc.add_paragraph("Malin är min samordnare och har huvudansvaret för "
                      "planen. Henne kan jag sms:a om något inte fungerar.")

    doc.add_heading("Får ni prata med varandra om mig?", level=2)
    doc.add_paragraph(
        "Ja. Jag har sagt ja till att de som är med i planen får prata med "
        "varandra om mig. Det skrev jag under på mötet 2025-03-04.")

    doc.add_heading("Vi som var med", level=2)
    doc.add_paragraph("Jag, mamma, Malin, Ahmed och Sara.")

    doc.add_heading("Så här följer vi upp", level=2)
    doc.add_paragraph(
        "Vi ses igen i maj och pratar om hur praktiken har gått. Malin skickar "
        "ett sms med tid och plats.")

    fix_core(doc, "Min plan", "Malin",
             datetime.datetime(2025, 3, 4, 11, 0))
    doc.save(path(4, "docx"))


# ---------------------------------------------------------------------------
# 05  Old record system, fixed-width, Windows-1252, CRLF (Norberg)
# ---------------------------------------------------------------------------
def make_05():
    W = 76
    import textwrap

    def wrap(s, indent=""):
        return textwrap.wrap(s, width=W, initial_indent=indent,
                             subsequent_indent=indent)

    def head(s):
        return ["", s, "=" * len(s)]

    L = []
    L.append("SOCSYS 3.1          NORBERGS KOMMUN - ÄLDREOMSORG          "
             "UTSKRIFT")
    L.append("Utskr.datum: 2024-09-12   Anv: KARBIS01        Sida 1")
    L.append("-" * W)
    L += head("SAMORDNAD INDIVIDUELL PLAN (SIP)")
    L.append("Namn........: Bertil")
    L.append("Personnr....: XXXXXX-XXXX")
    L.append("Mötesdatum..: 2024-09-10")
    L.append("Plats.......: Vårdcentralen Norberg, samtalsrum 2")
    L += head("SYFTE")
    L += wrap("Samordning av insatser.")
    L += head("DELTAGARE")
    L.append(f"{'NAMN':<12}{'FUNKTION':<28}{'VERKSAMHET':<36}")
    L.append(f"{'-'*10:<12}{'-'*26:<28}{'-'*34:<36}")
    for n, fu, ve in [
        ("Bertil", "Den enskilde", ""),
        ("Karin", "Biståndshandläggare", "Äldreomsorgen Norbergs kommun"),
        ("Mats", "Enhetschef", "Hemtjänst Norberg"),
        ("Eva", "Distriktssköterska", "Vårdcentralen Norberg"),
        ("Lotta", "Arbetsterapeut", "Rehab Norbergs kommun"),
    ]:
        L.append(f"{n:<12}{fu:<28}{ve:<36}".rstrip())
    L += head("BAKGRUND")
    L += wrap(
        "Bertil är 83 år och bor ensam i lägenhet i centrala Norberg. "
        "Han fick diagnosen Alzheimers sjukdom i mars 2024 vid "
        "minnesmottagningen. Hemtjänst sedan 2023 med inköp och städning, "
        "utökat i juni 2024 med tillsyn morgon och kväll. Under sommaren har "
        "hemtjänsten noterat att Bertil vid flera tillfällen inte tagit sina "
        "läkemedel och att han vid två tillfällen gått ut sent på kvällen "
        "och inte hittat hem. Vårdcentralen har haft "
        "kontakt efter ett fall i hemmet i augusti, inga frakturer.")
    L += head("INSATSER")
    ins = [
        ("Fortsatt hemtjänst enligt gällande beslut.",
         "Hemtjänst Norberg", "Pågående"),
        ("Fortsatt kontakt med vårdcentralen.",
         "Regionen", "Vid behov"),
        ("Stöd vid behov kring läkemedel.",
         "Hemtjänst Norberg / distriktssköterska Vårdcentralen Norberg",
         "Fr o m 2024-09-16"),
        ("Hjälpmedel ses över vid behov.",
         "Arbetsterapeut Rehab Norbergs kommun", "Hösten 2024"),
    ]
    for i, (a, who, when) in enumerate(ins, 1):
        L += textwrap.wrap(f"{i}. {a}", width=W, subsequent_indent="   ")
        L.append(f"   Ansvar: {who}")
        L.append(f"   Tid: {when}")
        L.append("")
    L += head("HUVUDANSVARIG FÖR PLANEN")
    L.append("Karin, biståndshandläggare, Äldreomsorgen Norbergs kommun")
    L += head("UPPFÖLJNING")
    L.append("2024-12-03 kl 10.00, Vårdcentralen Norberg")
    L.append("")
    L.append("-" * W)
    L.append("Signerad: 2024-09-12  KARBIS01                 *** SLUT ***")
    text = "\r\n".join(L) + "\r\n"
    with open(path(5, "txt"), "wb") as f:
        f.write(text.encode("cp1252"))


# ---------------------------------------------------------------------------
# 06  Minutes of a network meeting, Word -> LibreOffice PDF (Surahammar)
# ---------------------------------------------------------------------------
def make_06(tmpdir):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(11.5)
    sec = doc.sections[0]
    a4(sec)
    hp = sec.header.paragraphs[0]
    hp.text = "Surahammars kommun\tIFO Barn och unga\tMinnesanteckningar"
    hp.runs[0].font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(fp)

    h = doc.add_paragraph()
    r = h.add_run("Minnesanteckningar – nätverksmöte/SIP kring Noah")
    r.bold = True
    r.font.size = Pt(15)
    meta = doc.add_table(rows=3, cols=2)
    for i, (k, v) in enumerate([
        ("Datum:", "2025-02-12, kl. 13.00–14.30"),
        ("Plats:", "Socialkontoret Surahammar, sammanträdesrum Lärkan"),
        ("Antecknare:", "Lisa"),
    ]):
        meta.rows[i].cells[0].text = k
        meta.rows[i].cells[0].paragraphs[0].runs[0].bold = True
        meta.rows[i].cells[1].text = v
        meta.rows[i].cells[0].width = Cm(3)
        meta.rows[i].cells[1].width = Cm(13)
    meta.autofit = False
    meta.columns[0].width = Cm(3)
    meta.columns[1].width = Cm(13)

    bold_para(doc, "Närvarande:")
    for s in [
        "Noah, 16 år",
        "Sanna, mamma",
        "Peter, pappa (via telefon punkt 1–4)",
        "Lisa, socialsekreterare, IFO Barn och unga, Surahammars kommun",
        "Omar, behandlare, Mini-Maria Västerås, Region Västmanland",
        "Karin, mentor, Nytorpsskolan Surahammar",
        "Johanna, skolsköterska, Nytorpsskolan Surahammar",
    ]:
        doc.add_paragraph(s, style="List Bullet")

    def point(n, title, paras, beslut=None):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.keep_with_next = True
        r = p.add_run(f"{n}. {title}")
        r.bold = True
        for t in paras:
            doc.add_paragraph(t)
        if beslut:
            b = doc.add_paragraph()
            rr = b.add_run(f"Beslut: {beslut}")
            rr.italic = True

    point(1, "Inledning och presentationsrunda", [
        "Alla presenterade sig. Lisa gick igenom hur anteckningarna förs. "
        "Samtycke finns sedan tidigare.",
    ])
    point(2, "Noahs egen bild", [
        "Noah berättade att han röker cannabis några gånger i veckan, mest "
        "på helger med kompisar, och att han tycker att det har blivit för "
        "mycket fokus på det. Han säger själv: ”Jag vill klara nian och "
        "komma in på fordonsprogrammet i Köping. Och jag vill att det blir "
        "lugnare hemma.” Han vill inte att skolan ska prata om hans "
        "behandling inför klassen.",
    ])
    point(3, "Frågor till mötet", [
        "– Hur ska skolan och Mini-Maria lägga tider så att Noah inte missar "
        "matte och svenska?",
        "– Ska urinprover tas, och i så fall var och hur ofta?",
        "– Vad behöver Noah för att klara godkänt i fler ämnen till våren?",
    ])
    point(4, "Skolan", [
        "Karin berättade att Noah har F i fem ämnen efter höstterminen och "
        "hög frånvaro på förmiddagarna. När han är i skolan fungerar det "
        "bra i grupp. Johanna har träffat Noah två gånger för sömnproblem.",
    ], "Mentor Karin gör ett anpassat schema med studiestöd tisdag och "
       "torsdag eftermiddag, från vecka 8. Skolsköterskan Johanna har "
       "sömnsamtal med Noah varannan vecka med start 2025-02-18.")
    point(5, "Behandling på Mini-Maria", [
        "Omar berättade att Noah kommit till fyra av sex samtal. Noah tycker "
        "att samtalen är okej men vill inte ha dem på skoltid. Mini-Maria "
        "erbjuder urinprov i samband med samtalen; Noah gick med på det.",
    ], "Noah fortsätter med samtal (MI/ÅP) på Mini-Maria varannan vecka, "
       "tisdagar kl. 15.30, från 2025-02-18, med urinprov vid varje besök. "
       "Socialtjänsten utreder behovet av kontaktperson.")
    point(6, "Hemmet", [
        "Sanna berättade att det blir mycket bråk hemma kring kvällar och "
        "pengar. Peter bor i Hallstahammar och Noah är där varannan helg. "
        "Föräldrarna tycker att de behöver hjälp med att vara överens.",
    ], "Föräldrarna ska finnas med och stötta Noah i arbetet.")
    point(7, "Nästa möte", [
        "Nästa möte vecka 12, tid och plats meddelas. Kallelse skickas ut.",
    ])

    fix_core(doc, "Minnesanteckningar nätverksmöte", "Lisa",
             datetime.datetime(2025, 2, 13, 9, 0))
    src = os.path.join(tmpdir, f"{PREFIX}-06.docx")
    doc.save(src)
    soffice_pdf(src, tmpdir)
    shutil.copy(os.path.join(tmpdir, f"{PREFIX}-06.pdf"), path(6, "pdf"))


# ---------------------------------------------------------------------------
# 07  Follow-up plan with repeated table + "Hur har det gått?" (Arboga)
# ---------------------------------------------------------------------------
def make_07():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    a4(sec, landscape=True)
    sec.left_margin = sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hp.text = ("Arboga kommun – Individ- och familjeomsorgen\t\t"
               "Uppföljning av SIP")
    hp.runs[0].font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_page_field(fp)

    doc.add_heading("Uppföljning av samordnad individuell plan (SIP)", 1)
    doc.add_paragraph("Gäller: K., ÅÅMMDD-XXXX\n"
                      "Ursprunglig plan upprättad: 2024-10-02\n"
                      "Datum för uppföljning: 2025-02-25")

    bold_para(doc, "Syfte")
    doc.add_paragraph("Se tidigare plan (2024-10-02).")
    bold_para(doc, "Frågeställningar")
    doc.add_paragraph("Genomgång av insatserna i planen.")
    bold_para(doc, "Närvarande")
    doc.add_paragraph("Jonas (socialsekreterare), Petra (boendestödjare), "
                      "Amir (sjuksköterska, kontaktperson), Mona (budget- "
                      "och skuldrådgivare)")
    bold_para(doc, "Huvudansvar")
    doc.add_paragraph("Som tidigare.")

    bold_para(doc, "Insatser och hur det har gått")
    headers = ["Insats", "Mål", "Utförare", "Tid", "Hur har det gått?"]
    rows = [
        ("Läkemedelsbehandling med litium, provtagning var tredje månad",
         "K. ska ha ett stabilt mående utan inläggning",
         "Läkare, Vuxenpsykiatrin Köping",
         "Från 2024-10-07, prover jan/apr/jul",
         "Prover tagna i januari, värden inom målområdet. Ingen inläggning "
         "sedan oktober. Fortsätter."),
        ("Stödsamtal med kontaktperson varannan vecka",
         "K. ska känna igen tidiga tecken på skov",
         "Sjuksköterska/kontaktperson, Vuxenpsykiatrin Köping",
         "Från 2024-10-10",
         "Har kommit på 8 av 10 samtal. En gemensam krisplan är skriven. "
         "Fortsätter."),
        ("Boendestöd två gånger i veckan",
         "K. ska klara sin vardag och behålla lägenheten",
         "Boendestödet, Socialpsykiatrin Arboga kommun",
         "Från 2024-10-14",
         "Fungerar. Städning och inköp sköts. Minskas till en gång i veckan "
         "från 2025-03-03."),
        ("Handläggning av ansökan om ekonomiskt bistånd okt–dec",
         "K. ska ha sin försörjning tryggad",
         "Handläggare ekonomiskt bistånd, IFO Arboga",
         "2024-10-02 – 2024-12-31",
         "Avslutad. Beviljat t.o.m. december, behovet finns inte längre."),
        ("Kartläggning av skulder och kontakt med fordringsägare",
         "K. ska få överblick över sina skulder",
         "Budget- och skuldrådgivningen, Arboga kommun",
         "2024-11-01 – 2025-01-31",
         "Avslutad. Skulderna är sammanställda (ca 240 000 kr, varav "
         "hälften hos Kronofogden)."),
        ("NY: Ansökan om skuldsanering hos Kronofogden förbereds och skickas "
         "in",
         "K. ska på sikt bli skuldfri",
         "Budget- och skuldrådgivningen, Arboga kommun",
         "Ansökan klar senast 2025-04-15",
         "Ny insats från denna uppföljning."),
    ]
    t = table_with_header(doc, headers, rows,
                          widths=[6, 4.5, 4.5, 4, 6.5], header_fill="DDEBF7")
    # closed rows: grey cell, "Avslutad" in bold
    for row in t.rows[1:]:
        c = row.cells[4]
        if c.text.startswith("Avslutad"):
            shade(c, "EDEDED")
            rest = c.text[len("Avslutad"):]
            c.text = ""
            p = c.paragraphs[0]
            p.add_run("Avslutad").bold = True
            p.add_run(rest)

    bold_para(doc, "Övriga aktörer")
    doc.add_paragraph("K:s god man är informerad om planen. "
                      "Försäkringskassan berörs.")

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    r = p.add_run("Nästa uppföljning: 2025-06-10 kl. 10.00, "
                  "Socialkontoret Arboga")
    r.bold = True

    fix_core(doc, "Uppföljning SIP", "IFO Arboga",
             datetime.datetime(2025, 2, 25, 14, 0))
    doc.save(path(7, "docx"))


# ---------------------------------------------------------------------------
# 08  Empty Word template
# ---------------------------------------------------------------------------
def make_08():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    a4(sec)
    hp = sec.header.paragraphs[0]
    hp.text = ("Samordnad individuell plan (SIP)\t\t"
               "Region Västmanland och länets kommuner")
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    r = fp.add_run("Mall SIP, version 3, reviderad 2024-05\t\tSida ")
    r.font.size = Pt(8)
    add_page_field(fp)

    doc.add_heading("Samordnad individuell plan (SIP)", 0)
    meta = doc.add_table(rows=3, cols=2)
    meta.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Namn", ""), ("Personnummer", "ÅÅÅÅMMDD-XXXX"),
        ("Datum för mötet", "ÅÅÅÅ-MM-DD"),
    ]):
        meta.rows[i].cells[0].text = k
        meta.rows[i].cells[0].paragraphs[0].runs[0].bold = True
        if v:
            meta.rows[i].cells[1].text = v
            meta.rows[i].cells[1].paragraphs[0].runs[0].font.color.rgb = GREY

    def hint(text):
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.font.color.rgb = GREY
        r.italic = True
        r.font.size = Pt(9.5)

    doc.add_heading("1. Syfte med SIP", 1)
    hint("1.1 Beskriv syftet med planen utifrån personens situation.")
    doc.add_paragraph("")
    doc.add_heading("2. Frågeställningar inför mötet", 1)
    hint("2.1 Beskriv vilka frågor som ska besvaras på mötet.")
    doc.add_paragraph("")
    doc.add_heading("3. Den enskildes mål och önskemål", 1)
    hint("3.1 Skriv personens mål med personens egna ord.")
    hint("3.2 Beskriv hur personen har varit delaktig. Om personen inte "
         "deltar, ange varför och hur personens synpunkter har förmedlats.")
    doc.add_paragraph("")
    doc.add_heading("4. Samtycke", 1)
    hint("4.1 Ange om samtycke har lämnats, på vilket sätt och datum.")
    doc.add_paragraph("Samtycke har lämnats:   ☐ Ja   ☐ Nej")
    doc.add_paragraph("Muntligt ☐   Skriftligt ☐      Datum: ÅÅÅÅ-MM-DD")
    doc.add_heading("5. Deltagare", 1)
    hint("5.1 Ange namn, funktion och verksamhet för alla som deltar.")
    table_with_header(doc, ["Namn", "Funktion", "Verksamhet"], [],
                      widths=[5, 5, 6])
    doc.add_heading("6. Insatser", 1)
    hint("6.1 Beskriv varje insats, vem som ansvarar och när den ska ske.")
    table_with_header(doc, ["Insats", "Ansvarig verksamhet/funktion",
                            "Start", "Klart/uppföljs"], [],
                      widths=[6, 5, 2.5, 2.5])
    doc.add_heading("7. Andra aktörers insatser", 1)
    hint("7.1 T.ex. Försäkringskassan, Arbetsförmedlingen, god man, "
         "närstående, personen själv. Ange om det inte finns några.")
    table_with_header(doc, ["Aktör", "Gör vad", "När"], [],
                      widths=[5, 8, 3])
    doc.add_heading("8. Huvudansvar för planen", 1)
    hint("8.1 Ange namn, funktion och verksamhet.")
    doc.add_paragraph("")
    doc.add_heading("9. Uppföljning", 1)
    hint("9.1 Ange datum för uppföljning.")
    doc.add_paragraph("Uppföljning planerad:   ☐ Ja   ☐ Nej      "
                      "Datum: ÅÅÅÅ-MM-DD")

    fix_core(doc, "Mall SIP", "Samverkansgruppen",
             datetime.datetime(2024, 5, 15, 9, 0))
    doc.save(path(8, "docx"))


def normalize_zip(fn):
    """Rewrite a .docx with fixed zip timestamps so reruns give equal bytes."""
    import zipfile
    with zipfile.ZipFile(fn) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(fn, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def main():
    os.makedirs(OUT, exist_ok=True)
    make_01()
    make_02()
    make_03()
    make_04()
    make_05()
    with tempfile.TemporaryDirectory(prefix="f33a-") as tmp:
        make_06(tmp)
    make_07()
    make_08()
    for fn in sorted(os.listdir(OUT)):
        if fn.endswith(".docx"):
            normalize_zip(os.path.join(OUT, fn))
    print("done:", sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()
