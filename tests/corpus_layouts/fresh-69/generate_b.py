#!/usr/bin/env python3
"""Generate the f69b- batch of fictional Swedish SIP plans (Dalarna and Värmland).

Run with /work/batches/.venv/bin/python generate.py
Writes plans/f69b-01.docx ... plans/f69b-08.docx; intermediate .docx for the
LibreOffice-printed PDF goes to build/.
"""
import datetime as dt
import os
import shutil
import subprocess

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
PLANS = os.path.join(HERE, "plans")
BUILD = os.path.join(HERE, "build")
PREFIX = "f69b-"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIXED = dt.datetime(2025, 1, 1, 8, 0, 0, tzinfo=dt.timezone.utc)


# ---------------------------------------------------------------- helpers
def new_doc(author="Handläggare"):
    doc = Document()
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = ""
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    sec = doc.sections[0]
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(2.5)
    sec.bottom_margin = Cm(2.2)
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    return doc


def set_cell_bg(cell, hex_fill):
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


def set_col_widths(table, widths):
    """Fix column widths in both tblGrid and cells (LibreOffice reads tblGrid)."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = w


def cell_text(cell, text, bold=False, size=None, align=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    return p


def bold_label(doc, label, value=None):
    p = doc.add_paragraph()
    r = p.add_run(label)
    r.bold = True
    if value is not None:
        p.add_run(" " + value)
    return p


def add_page_field(paragraph, instr="PAGE"):
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


def set_cols(section, num, space_twips=567):
    sectPr = section._sectPr
    cols = sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sectPr.append(cols)
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), str(space_twips))


def out(name):
    return os.path.join(PLANS, PREFIX + name)


def soffice_pdf(docx_path, outdir):
    subprocess.run(
        [
            "soffice",
            "-env:UserInstallation=file:///tmp/lo-f69b",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            outdir,
            docx_path,
        ],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        timeout=240,
    )


# ------------------------------------------------------------------ plan 01
def plan01():
    """Word template with plan facts in page header and footer. Child, school refusal, Falun."""
    doc = new_doc("Elevhälsan Hagaskolan")
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = ""
    r = hp.add_run("SIP för: Elin (13 år) | Huvudansvarig: kurator Maria, "
                   "Elevhälsan Hagaskolan, Falu kommun")
    r.font.size = Pt(9)
    hp2 = sec.header.add_paragraph()
    r = hp2.add_run("Falu kommun · Region Dalarna – Samordnad individuell plan")
    r.font.size = Pt(8)
    r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)

    fp = sec.footer.paragraphs[0]
    fp.text = ""
    r = fp.add_run("Nästa uppföljning: 2025-05-22 kl. 13.00, Hagaskolan, konferensrummet")
    r.font.size = Pt(9)
    r.bold = True
    fp2 = sec.footer.add_paragraph()
    fp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = fp2.add_run("Sida ")
    r.font.size = Pt(8)
    add_page_field(fp2, "PAGE")

    doc.add_paragraph("Samordnad individuell plan (SIP)", style="Title")
    bold_label(doc, "Datum för mötet:", "2025-03-11")
    bold_label(doc, "Plats:", "Hagaskolan, Falun")
    bold_label(doc, "Typ av möte:", "Första SIP-möte")

    doc.add_heading("Bakgrund", level=1)
    doc.add_paragraph(
        "Elin går i årskurs 7 på Hagaskolan. Sedan höstlovet 2024 har frånvaron ökat och "
        "under vårterminen har hon varit i skolan ungefär en dag i veckan. Hon får ont i "
        "magen och sover dåligt kvällarna före skoldagar. Elin har sedan januari kontakt med "
        "BUP Falun, där man bedömer att hon har ångestbesvär; en bedömning av om en "
        "neuropsykiatrisk utredning behövs pågår. Skolan gjorde en orosanmälan i februari "
        "och socialtjänsten har inlett en utredning. Elevhälsan har kartlagt frånvaron och "
        "ett åtgärdsprogram håller på att tas fram.")

    doc.add_heading("Syfte med planen", level=1)
    doc.add_paragraph(
        "Syftet med SIP:en är att skolan, BUP och socialtjänsten ska ha en gemensam plan för "
        "hur Elin stegvis ska komma tillbaka till skolan, så att insatserna görs i rätt "
        "ordning och Elin inte får fler kontakter än hon orkar med.")

    doc.add_heading("Elins och vårdnadshavarnas synpunkter", level=1)
    doc.add_paragraph(
        "Elin var med på hela mötet tillsammans med mamma och pappa. Elin berättade att det "
        "är matsalen och de stora lektionssalarna som är jobbigast, och att hon inte vill att "
        "klasskompisarna ska få veta varför hon är borta. Hon tycker att det är bra att träffa "
        "samma person på BUP varje gång och vill inte byta skola.")
    doc.add_paragraph(
        "Mamma och pappa upplever att morgnarna är svårast och att de inte vet hur mycket de "
        "ska pressa Elin att gå iväg. De vill ha tydliga besked från skolan om vad som gäller "
        "varje vecka.")

    doc.add_heading("Insatser", level=1)
    rows = [
        ("Anpassat schema: Elin börjar med de två första lektionerna varje dag, utökas "
         "stegvis enligt plan som gås igenom med Elin varje fredag.",
         "Mentor och specialpedagog, Hagaskolan", "Fr.o.m. 2025-03-17"),
        ("Lugn plats för lunch i grupprummet vid elevhälsan i stället för matsalen.",
         "Elevhälsan, Hagaskolan", "Fr.o.m. 2025-03-17"),
        ("Samtal med skolsköterskan om sömn och magont.",
         "Skolsköterska, Elevhälsan Hagaskolan", ""),
        ("KBT-behandling för ångest, ca 12 tillfällen, med exponering för skolsituationer.",
         "Psykolog, BUP Falun", "Start vecka 13"),
        ("Bedömning av om neuropsykiatrisk utredning behövs.",
         "Läkare, BUP Falun", "Klar i april 2025"),
        ("Utredning enligt SoL 11 kap. 1 § samt föräldrastödjande samtal.",
         "Socialsekreterare, Barn och familj, Socialtjänsten Falun",
         "Utredningen klar 2025-05-09"),
    ]
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = t.rows[0]
    mark_header_row(hdr)
    for c, txt in zip(hdr.cells, ("Insats", "Ansvarig", "När")):
        cell_text(c, txt, bold=True)
        set_cell_bg(c, "D9E2F3")
    for a, b, c in rows:
        cells = t.add_row().cells
        cell_text(cells[0], a)
        cell_text(cells[1], b)
        cell_text(cells[2], c)
    set_col_widths(t, (Cm(8.5), Cm(5.0), Cm(3.1)))

    doc.add_heading("Övrigt", level=1)
    doc.add_paragraph(
        "Mormor bor i närheten och är ett viktigt stöd för familjen.")

    doc.add_heading("Närvarande", level=1)
    for line in [
        "Elin",
        "Mamma och pappa (vårdnadshavare)",
        "Maria, kurator, Elevhälsan Hagaskolan, Falu kommun",
        "Jonas, mentor åk 7, Hagaskolan, Falu kommun",
        "Specialpedagog, Hagaskolan, Falu kommun",
        "Psykolog, BUP Falun, Region Dalarna",
        "Socialsekreterare, Barn och familj, Socialtjänsten Falu kommun",
    ]:
        doc.add_paragraph(line, style="List Bullet")
    doc.save(out("01.docx"))


# ------------------------------------------------------------------ plan 02
def wrap(text, width=76, indent=""):
    words = text.split()
    lines, cur = [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = indent + w
        else:
            cur = (cur + " " + w) if cur else w
    if cur:
        lines.append(cur)
    return lines


def plan02():
    """Web form export, Fråga/Svar pairs, UTF-8 CRLF. Adult with alcohol dependence, Borlänge."""
    pairs = [
        ("Den enskildes förnamn", "Tomas"),
        ("Personnummer", "ÅÅMMDD-XXXX"),
        ("Hemkommun", "Borlänge"),
        ("Datum för SIP-mötet", "2025-04-08"),
        ("Var hölls mötet?", "Beroendemottagningen Borlänge"),
        ("Typ av möte (första möte / uppföljning)", "Första möte"),
        ("Syfte med SIP", "Samordning av insatser."),
        ("Frågeställningar inför mötet", ""),
        ("Bakgrund / nuvarande situation",
         "Tomas är 44 år och har ett långvarigt alkoholberoende. Han var inlagd för "
         "abstinensbehandling i mars och har efter det gått på Beroendemottagningen. Han bor "
         "ensam i hyreslägenhet i Borlänge och har ingen sysselsättning sedan hösten 2024. "
         "Han har en dotter, 12 år, som han inte har träffat sedan jul."),
        ("Den enskildes egna mål (gärna med egna ord)",
         "\"Jag vill vara nykter och kunna träffa min dotter varannan helg igen.\""),
        ("Deltog den enskilde i mötet? Vad tycker den enskilde?",
         "Tomas deltog. Han vill fortsätta i öppenvård och vill inte åka på behandlingshem "
         "just nu. Han tycker att det är för många olika kontakter och att han får samma "
         "frågor av alla."),
        ("Finns samtycke till att information delas mellan deltagarna?", "Ja"),
        ("Deltagare", "Tomas, Anders, Petra, Lina"),
        ("Insatser",
         "Fortsatt kontakt med Beroendemottagningen. Stöd från socialtjänsten vid behov. "
         "Tomas ska få stöd att komma igång med någon form av sysselsättning."),
        ("Vem gör vad och när?",
         "Beroendemottagningen – fortsatt kontakt. Kommunen – stöd vid behov."),
        ("Andra aktörers insatser (t.ex. Försäkringskassan, Arbetsförmedlingen, god man, "
         "anhöriga)", ""),
        ("Huvudansvarig för planen (namn, funktion, verksamhet)", ""),
        ("Datum för uppföljning", ""),
        ("Övrigt", ""),
        ("Formuläret skickades in av", "Anders"),
    ]
    lines = [
        "E-TJÄNST SIP - EXPORT AV FORMULÄRSVAR",
        "Formulär: SIP, Dalarnas kommuner och Region Dalarna",
        "Ärende-ID: 2025-SIP-0412",
        "Inskickat: 2025-04-08 16:47   Exporterat: 2025-04-09 08:14",
        "-" * 72,
        "",
    ]
    for q, a in pairs:
        lines.extend(wrap("Fråga: " + q, 76, "       "))
        if a:
            lines.extend(wrap("Svar: " + a, 76, "      "))
        else:
            lines.append("Svar:")
        lines.append("")
    lines.append("-" * 72)
    lines.append("Slut på export. 20 frågor.")
    with open(out("02.txt"), "w", encoding="utf-8", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")


# ------------------------------------------------------------------ plan 03
PLAN03 = """# Uppföljning av SIP – Robin

**Datum:** 2025-06-10  
**Plats:** Psykiatrin Karlstad, öppenvårdsmottagningen psykos  
**Typ av möte:** Uppföljning (planen upprättades 2025-02-04)  
**Närvarande:** Kim, Lena, Per, Sara

## Syfte

Se tidigare plan (2025-02-04).

## Frågor till dagens möte

- Hur ska hyresskulden lösas så att Robin inte riskerar att bli uppsagd från lägenheten?
- Behöver boendestödet ändras under sommaren när psykosteamet har semesterbemanning?

## Läget sedan förra mötet

Robin har tagit sin medicin regelbundet sedan läkarbesöket i maj och har inte varit
inlagd sedan januari. Han har fortfarande perioder med röster, mest på kvällarna.
Ekonomin är det största problemet: skulderna är enligt god man ca 180 000 kr, varav
hyresskulden är ca 14 000 kr. God man förordnades i april.

## Robins synpunkter

Robin var inte med på dagens möte. God man hade pratat med honom inför mötet och
framförde att Robin vill ha färre besök från boendestödet, hellre två längre besök i
veckan än tre korta, och att han är orolig för breven från Kronofogden.

## Mål

Målet är att Robin ska kunna bo kvar i sin lägenhet, få ordning på ekonomin och ha en
stabil kontakt med psykiatrin.

## Åtgärder

- [x] Ansökan om god man till Överförmyndarnämnden – case manager, Psykiatrin Karlstad – skickad 2025-03-03
- [x] Läkarbesök för medicinjustering – läkare, Psykiatrin Karlstad – 2025-05-20
- [ ] Avbetalningsplan för hyresskulden tas fram med hyresvärden – god man – senast 2025-06-30
- [ ] Ansökan om skuldsanering till Kronofogden – god man tillsammans med Robin – under hösten 2025
- [ ] Genomgång av budget och skulder – Budget- och skuldrådgivningen, Karlstads kommun
- [ ] Boendestöd ändras till 2 besök/vecka – Boendestödet, Socialförvaltningen Karlstad – fr.o.m. 2025-06-16
- [ ] Läkarintyg till Försäkringskassan inför ansökan om sjukersättning – läkare, Psykiatrin Karlstad – senast 2025-06-27
- [ ] Försäkringskassan handlägger ansökan om sjukersättning, handläggaren kontaktar Robin
- [ ] Kontakt med Kronofogden om pågående utmätning

## Huvudansvar

Huvudansvarig för planen är fortsatt case manager på Psykiatrin Karlstad,
öppenvårdsteam psykos (Region Värmland).

## Nästa uppföljning

2025-09-16 kl. 10.00 på Psykiatrin Karlstad. Robin bjuds in via god man.
"""


def plan03():
    with open(out("03.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(PLAN03)


# ------------------------------------------------------------------ plan 04
class RecordPDF(FPDF):
    SYSTEM = "SamPlan Dalarna  |  Samordnad individuell plan"

    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(60, 60, 60)
        self.set_xy(10, 6)
        self.cell(95, 4, self.SYSTEM, align="L")
        self.cell(60, 4, "Utskrivet 2025-04-14 10:12", align="C")
        self.cell(35, 4, f"Sida {self.page_no()} ({{nb}})", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.set_x(10)
        self.cell(190, 4, "Patient: M-L, ÅÅMMDD-XXXX   Enhet: Psykiatrisk slutenvård, avd 4, Falun",
                  align="L", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(0, 0, 0)
        self.line(10, 15, 200, 15)
        self.set_text_color(0, 0, 0)
        self.set_y(18)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Utskrift ur journal. Uppgifterna omfattas av sekretess enligt OSL 25 kap.",
                  align="C")
        self.set_text_color(0, 0, 0)


def box(pdf, x, y, w, h, label, value, size=9):
    pdf.rect(x, y, w, h)
    pdf.set_xy(x + 1, y + 0.8)
    pdf.set_font("DejaVu", "", 6.5)
    pdf.set_text_color(70, 70, 70)
    pdf.cell(w - 2, 3, label)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("DejaVu", "", size)
    pdf.set_xy(x + 1, y + 4.2)
    if value:
        pdf.multi_cell(w - 2, 4.2, value, align="L")


def plan04():
    """Record-system print (fpdf2): discharge from psychiatric inpatient care to Ludvika."""
    pdf = RecordPDF(format="A4")
    pdf.set_creation_date(dt.datetime(2025, 4, 14, 10, 12, tzinfo=dt.timezone.utc))
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_auto_page_break(False)
    pdf.set_margins(10, 18, 10)
    pdf.add_page()

    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(190, 7, "SIP – Samordnad individuell plan vid utskrivning från slutenvård",
             new_x="LMARGIN", new_y="NEXT")
    y = pdf.get_y() + 2
    box(pdf, 10, y, 63, 11, "Patient", "M-L, ÅÅMMDD-XXXX")
    box(pdf, 73, y, 63, 11, "Hemkommun", "Ludvika")
    box(pdf, 136, y, 64, 11, "Planeringstyp", "SIP vid utskrivning")
    y += 11
    box(pdf, 10, y, 63, 11, "Inskrivande enhet", "Psykiatrisk slutenvård avd 4")
    box(pdf, 73, y, 63, 11, "Datum för planeringsmöte", "2025-04-14")
    box(pdf, 136, y, 64, 11, "Planerat utskrivningsdatum", "2025-04-16")
    y += 11
    box(pdf, 10, y, 190, 27, "Bakgrund / aktuellt",
        "52-årig kvinna, inskriven sedan 2025-03-28 efter tablettintoxikation i samband med "
        "svår depression. Successivt förbättrad under vårdtiden, litiumbehandling insatt. "
        "Sover bättre, äter. Bor ensam i lägenhet i Ludvika. Har haft boendestöd 2023. "
        "Diabetes typ 2 och högt blodtryck, följs på vårdcentral. Saknar inkomst sedan "
        "februari.")
    y += 27
    box(pdf, 10, y, 95, 23, "Aktuella läkemedel",
        "Litium 42 mmol x 1\nSertralin 100 mg x 1\nMetformin 500 mg x 2\n"
        "Enalapril 10 mg x 1")
    box(pdf, 105, y, 95, 23, "Risker / observandum",
        "Suicidrisk bedömd som förhöjd vid inskrivning, bedöms nu som måttlig. "
        "Läkemedel förvaras i låst skåp, dosett delas av hemsjukvården.")
    y += 23
    box(pdf, 10, y, 190, 11, "Syfte", "Samordnad utskrivning.")
    y += 11
    box(pdf, 10, y, 190, 11, "Frågeställningar", "Diskutera läget inför hemgång.")
    y += 11
    box(pdf, 10, y, 95, 14, "Patientens mål", "")
    box(pdf, 105, y, 95, 14, "Patientens medverkan / synpunkter", "")
    y += 14
    box(pdf, 10, y, 190, 15, "Samtycke",
        "Muntligt samtycke till SIP och informationsöverföring lämnat till ssk på avd 4 "
        "2025-04-10. Dokumenterat i journalanteckning samma dag.")
    y += 19

    # measure table
    widths = [9, 77, 52, 30, 22]
    heads = ["Nr", "Åtgärd", "Ansvarig (enhet/funktion)", "Tidpunkt", "Status"]
    rows = [
        ("Utskrivningsmeddelande och epikris skickas till öppenvård och vårdcentral",
         "Avd 4, ansvarig sjuksköterska", "2025-04-16", "Planerad"),
        ("Läkemedelslista uppdateras och skickas till hemsjukvården",
         "Avd 4, läkare", "2025-04-15", "Planerad"),
        ("Krisplan upprättas tillsammans med patienten och lämnas ut vid hemgång",
         "Avd 4, kontaktperson (skötare)", "2025-04-15", "Pågår"),
        ("Hembesök dagen efter hemgång",
         "Boendestöd, Socialtjänsten Ludvika", "2025-04-17", "Planerad"),
        ("Boendestöd 3 gånger/vecka: struktur i vardagen, inköp, måltider",
         "Boendestöd, Socialtjänsten Ludvika", "Fr.o.m. 2025-04-17", "Beviljad"),
        ("Läkemedel i dosett, delas veckovis, tillsyn av intag",
         "Hemsjukvården Ludvika kommun, distriktssköterska", "Fr.o.m. 2025-04-16",
         "Planerad"),
        ("Första besök i öppenvård med suicidriskbedömning",
         "Vuxenpsykiatrin Ludvika, läkare", "2025-04-22", "Bokad"),
        ("Stödsamtal med KBT-inriktning varannan vecka",
         "Vuxenpsykiatrin Ludvika, kurator", "Start 2025-04-24", "Bokad"),
        ("Provtagning litiumkoncentration",
         "Vårdcentralen Ludvika, laboratoriet", "2025-04-29", "Remiss skickad"),
        ("Kontroll av blodsocker och blodtryck",
         "Vårdcentralen Ludvika, diabetessjuksköterska", "2025-05-06", "Bokad"),
        ("Utredning av ekonomiskt bistånd, hjälp med ansökan",
         "Socialtjänsten Ludvika, vuxenenheten, socialsekreterare",
         "Beslut senast 2025-04-30", "Pågår"),
        ("Samtal om sysselsättning och daglig struktur efter sjukperioden",
         "Socialtjänsten Ludvika, arbetsmarknadsenheten", "Maj 2025", "Planerad"),
        ("Återbesök läkare, utvärdering av litiumbehandling",
         "Vuxenpsykiatrin Ludvika, läkare", "2025-06-03", "Planerad"),
        ("Telefonkontakt med patienten första veckan efter utskrivning",
         "Avd 4, ansvarig sjuksköterska", "2025-04-23", "Planerad"),
    ]
    lh = 4.2
    bottom = 297 - 18

    def table_header(y0):
        pdf.set_font("DejaVu", "B", 8)
        pdf.set_fill_color(220, 220, 220)
        x = 10
        for w, h in zip(widths, heads):
            pdf.set_xy(x, y0)
            pdf.cell(w, 6, h, border=1, fill=True)
            x += w
        return y0 + 6

    pdf.set_xy(10, y)
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(190, 6, "Planerade åtgärder", new_x="LMARGIN", new_y="NEXT")
    y = table_header(pdf.get_y())
    for i, (a, b, c, d) in enumerate(rows, 1):
        pdf.set_font("DejaVu", "", 8)
        cols = [str(i), a, b, c, d]
        nlines = []
        for w, txt in zip(widths, cols):
            lines = pdf.multi_cell(w - 2, lh, txt, dry_run=True, output="LINES")
            nlines.append(len(lines))
        h = max(nlines) * lh + 2
        if y + h > bottom:
            pdf.add_page()
            y = pdf.get_y()
            pdf.set_font("DejaVu", "B", 8)
            pdf.set_fill_color(240, 240, 240)
            pdf.set_xy(10, y)
            pdf.cell(190, 5, "Planerade åtgärder – forts.", border=1, fill=True)
            y = table_header(y + 5)
            pdf.set_font("DejaVu", "", 8)
        x = 10
        for w, txt in zip(widths, cols):
            pdf.rect(x, y, w, h)
            pdf.set_xy(x + 1, y + 1)
            pdf.multi_cell(w - 2, lh, txt, align="L")
            x += w
        y += h

    y += 4
    if y + 49 > bottom:
        pdf.add_page()
        y = pdf.get_y()
    box(pdf, 10, y, 95, 11, "Huvudansvarig för planen", "Vuxenpsykiatrin Ludvika")
    box(pdf, 105, y, 95, 11, "Andra aktörer", "")
    y += 11
    box(pdf, 10, y, 190, 11, "Uppföljning",
        "Uppföljande SIP-möte v. 19 på Vuxenpsykiatrin Ludvika.")
    y += 11
    box(pdf, 10, y, 190, 15, "Deltagare",
        "Sjuksköterska, läkare, kurator, socialsekreterare, boendestödjare, "
        "distriktssköterska.")
    y += 15
    box(pdf, 10, y, 190, 11, "Signerad",
        "Ansvarig sjuksköterska, avd 4  2025-04-14 10:05")
    pdf.output(out("04.pdf"))


# ------------------------------------------------------------------ plan 05
def card(doc, title, insats, vem, nar, uppf):
    doc.add_heading(title, level=2)
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.LEFT
    for row, (lab, val) in zip(t.rows, [("Insats", insats), ("Vem", vem), ("När", nar),
                                         ("Hur följs det upp", uppf)]):
        cell_text(row.cells[0], lab, bold=True, size=10)
        set_cell_bg(row.cells[0], "EDEDED")
        cell_text(row.cells[1], val, size=10)
    set_col_widths(t, (Cm(3.8), Cm(12.8)))
    doc.add_paragraph()


def plan05():
    """Measures as 2x4 'cards'. LSS, young man with autism, Mora."""
    doc = new_doc("LSS Mora")
    p = doc.add_paragraph()
    r = p.add_run("Mora kommun – Stöd och service LSS    |    Region Dalarna – Habiliteringen Mora")
    r.font.size = Pt(9)
    r.font.small_caps = True
    p = doc.add_paragraph()
    r = p.add_run("SIP – Samordnad individuell plan")
    r.bold = True
    r.font.size = Pt(18)

    bold_label(doc, "Namn:", "Oskar, 19 år")
    bold_label(doc, "Personnummer:", "XXXXXX-XXXX")
    bold_label(doc, "Datum för möte:", "2025-05-27")
    bold_label(doc, "Deltagare:",
               "Mamma, LSS-handläggare, arbetsterapeut, psykolog, föreståndare daglig "
               "verksamhet, studie- och yrkesvägledare.")

    bold_label(doc, "Varför behövs en SIP?")
    doc.add_paragraph(
        "Oskar har autism och går ut gymnasiesärskolan i juni. Han ska börja på daglig "
        "verksamhet i augusti. Planen ska se till att övergången från skolan blir "
        "förutsägbar för Oskar och att habiliteringen och kommunen ger honom samma besked "
        "om schema, bildstöd och vem han ska vända sig till.")

    bold_label(doc, "Oskars delaktighet")
    doc.add_paragraph(
        "Oskar var inte med på mötet. Mamma hade pratat med honom hemma före mötet och "
        "berättade vad han tycker: han vill vara i snickeriet och inte i den stora lokalen "
        "där det är många människor, och han vill veta vem som möter honom första dagen.")

    bold_label(doc, "Oskars mål")
    doc.add_paragraph("Oskar har sagt till mamma: ”Jag vill jobba med trä. Och sen vill jag "
                      "ha en egen lägenhet, nära mamma.”")

    bold_label(doc, "Insatser")
    card(doc, "1. Daglig verksamhet",
         "Daglig verksamhet enligt LSS 9 § 10, fyra dagar i veckan, i snickerigruppen.",
         "Föreståndare, Daglig verksamhet Verkstan, Mora kommun",
         "Fr.o.m. 2025-08-18. Inskolning halvdagar de två första veckorna.",
         "Föreståndaren och mamma stämmer av efter fyra veckor hur starten har gått.")
    card(doc, "2. Bildschema och struktur",
         "Bildschema för dagen och veckan som används både hemma och på Verkstan.",
         "Arbetsterapeut, Habiliteringen Mora, Region Dalarna",
         "Klart senast 2025-08-11.",
         "Arbetsterapeuten besöker Verkstan i september och ser om schemat används.")
    card(doc, "3. Kontaktperson",
         "Kontaktperson enligt LSS 9 § 4 för en fritidsaktivitet en kväll i veckan.",
         "LSS-handläggare, Mora kommun",
         "",
         "")
    card(doc, "4. Sömn",
         "Bedömning av Oskars insomningssvårigheter, ställningstagande till melatonin.",
         "Läkare, Habiliteringen Mora",
         "Läkarbesök 2025-06-12.",
         "Mamma för sömndagbok i två veckor före besöket.")
    card(doc, "5. Ansökan om bostad med särskild service",
         "Ansökan om bostad med särskild service enligt LSS 9 § 9 lämnas in.",
         "Mamma, som också är Oskars god man",
         "Senast 2025-06-30.",
         "LSS-handläggaren bekräftar till mamma när ansökan har kommit in.")

    bold_label(doc, "Nästa möte")
    doc.add_paragraph("Vi ses igen i oktober för att se hur starten på Verkstan har gått.")
    doc.save(out("05.docx"))


# ------------------------------------------------------------------ plan 06
def plan06():
    """Municipal 'vårdplanering' checklist. Elderly man after hip fracture, Arvika."""
    doc = new_doc("Arvika kommun Vård och omsorg")
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("ARVIKA KOMMUN  ·  Vård- och omsorgsförvaltningen")
    r.font.size = Pt(8)
    r.bold = True

    p = doc.add_paragraph()
    r = p.add_run("Checklista – samordnad vårdplanering / SIP vid utskrivning")
    r.bold = True
    r.font.size = Pt(15)
    p = doc.add_paragraph()
    r = p.add_run("Fylls i av biståndshandläggare under planeringsmötet. "
                  "Kryssa Ja eller Nej och kommentera.")
    r.italic = True
    r.font.size = Pt(9)

    info = doc.add_table(rows=3, cols=4)
    info.style = "Table Grid"
    vals = [("Namn", "Gösta", "Personnummer", "ÅÅMMDD-XXXX"),
            ("Datum för planering", "2025-02-11", "Form", "Videomöte"),
            ("Utskrivande enhet", "Ortopedavdelning 3, Centralsjukhuset Karlstad",
             "Planerad hemgång", "2025-02-13")]
    for row, v in zip(info.rows, vals):
        for i, txt in enumerate(v):
            cell_text(row.cells[i], txt, bold=(i % 2 == 0), size=9)
            if i % 2 == 0:
                set_cell_bg(row.cells[i], "EDEDED")
    set_col_widths(info, (Cm(3.6), Cm(6.0), Cm(3.6), Cm(4.2)))
    doc.add_paragraph()

    Y, N = "☒", "☐"
    items = [
        ("Syfte med planeringen", Y, N, "Samordnad vårdplanering inför hemgång."),
        ("Samtycke till informationsöverföring", Y, N, ""),
        ("Den enskilde deltar", Y, N,
         "Gösta deltog via video från avdelningen. Han säger att han vill hem till huset "
         "och inte till korttidsboende."),
        ("Närstående deltar", Y, N,
         "Dottern Karin deltog. Hon fortsätter att handla och betala räkningar åt Gösta "
         "varje fredag, som före fallet."),
        ("Frågeställningar", Y, N,
         "Klarar Gösta trappan upp till sovrummet, eller behöver sängen flyttas ner till "
         "vardagsrummet före hemgång?"),
        ("Hemtjänst", Y, N,
         "Hemtjänst Arvika centrum: morgon och kväll, hjälp med på- och avklädning och "
         "stödstrumpor, dusch en gång i veckan. Start 2025-02-13."),
        ("Hemsjukvård", Y, N,
         "Hemsjukvården Arvika, sjuksköterska: läkemedel i dosett från hemgång, "
         "suturtagning 2025-02-20."),
        ("Rehabilitering / hjälpmedel", Y, N,
         "Kommunens arbetsterapeut och fysioterapeut gör hembesök 2025-02-14. Rollator, "
         "toalettförhöjning och duschpall förskrivs. Sängen flyttas ner till vardagsrummet."),
        ("Trygghetslarm", Y, N, "Biståndshandläggaren, Arvika kommun, beviljar trygghetslarm."),
        ("Läkemedel / läkarkontakt", Y, N,
         "Läkemedelsgenomgång hos läkare på Vårdcentralen Arvika inom två veckor efter "
         "hemkomst."),
        ("Bostadsanpassning", N, Y, "Inte aktuellt nu."),
        ("Huvudansvarig för SIP", N, N, ""),
        ("Uppföljning", Y, N, "Vid behov."),
    ]
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    hdr = t.rows[0]
    mark_header_row(hdr)
    for c, txt in zip(hdr.cells, ("Område", "Ja", "Nej", "Kommentar")):
        cell_text(c, txt, bold=True, size=10)
        set_cell_bg(c, "C6D9C1")
    for omr, ja, nej, kom in items:
        cells = t.add_row().cells
        cell_text(cells[0], omr, bold=True, size=10)
        cell_text(cells[1], ja, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_text(cells[2], nej, size=12, align=WD_ALIGN_PARAGRAPH.CENTER)
        cell_text(cells[3], kom, size=10)
    set_col_widths(t, (Cm(4.4), Cm(1.2), Cm(1.2), Cm(10.6)))

    doc.add_paragraph()
    bold_label(doc, "Sammanfattning")
    doc.add_paragraph(
        "Gösta, 84 år, föll i hemmet 2025-02-03 och opererades för höftfraktur. Han har "
        "bott ensam i villa sedan hustrun dog och klarade sig tidigare med hjälp av dottern. "
        "Målet är att Gösta ska kunna bo kvar i sitt hus och klara att gå med rollator till "
        "brevlådan igen till våren.")
    bold_label(doc, "Deltagare")
    for line in [
        "Gösta",
        "Karin, dotter",
        "Lisa, sjuksköterska, Ortopedavdelning 3, Centralsjukhuset Karlstad",
        "Erik, biståndshandläggare, Arvika kommun",
        "Distriktssköterska, Vårdcentralen Arvika",
        "Arbetsterapeut, Rehab Arvika kommun",
    ]:
        doc.add_paragraph(line, style="List Bullet")
    doc.save(out("06.docx"))


# ------------------------------------------------------------------ plan 07
def plan07():
    """Two-column Word section printed to PDF by LibreOffice. Youth, cannabis, Kristinehamn."""
    doc = new_doc("Socialtjänsten Kristinehamn")
    st = doc.styles["Normal"]
    st.font.size = Pt(10)
    sec0 = doc.sections[0]
    set_cols(sec0, 1)

    p = doc.add_paragraph()
    r = p.add_run("Samordnad individuell plan – SIP")
    r.bold = True
    r.font.size = Pt(17)
    p = doc.add_paragraph()
    r = p.add_run("Kristinehamns kommun, Barn och familj  ·  Region Värmland")
    r.font.size = Pt(9)
    r.font.small_caps = True
    p = doc.add_paragraph()
    p.add_run("Namn: ").bold = True
    p.add_run("Alva, 16 år     ")
    p.add_run("Datum för möte: ").bold = True
    p.add_run("2025-09-02     ")
    p.add_run("Plats: ").bold = True
    p.add_run("Socialtjänsten Kristinehamn")

    def heading_span(text):
        s = doc.add_section(WD_SECTION.CONTINUOUS)
        set_cols(s, 1)
        doc.add_heading(text, level=1)

    def body_cols(paras, numbered=False):
        s = doc.add_section(WD_SECTION.CONTINUOUS)
        set_cols(s, 2)
        for t in paras:
            if numbered:
                doc.add_paragraph(t, style="List Number")
            else:
                doc.add_paragraph(t)

    heading_span("1. Bakgrund och syfte")
    body_cols([
        "Alva går första året på Brogymnasiet. Sedan i våras röker hon cannabis flera "
        "kvällar i veckan, enligt henne själv mest för att kunna sova. Hon fick diagnosen "
        "ADHD hösten 2024 och har medicin som hon tar oregelbundet. Frånvaron i skolan var "
        "över 40 % under vårterminen. Socialtjänsten har en pågående utredning efter en "
        "anmälan från skolan i juni, och Alva har sedan tidigare kontakt med BUP.",
        "Syftet med planen är att socialtjänsten, BUP och skolan tillsammans ska hjälpa "
        "Alva att sluta med cannabis och komma tillbaka till en fungerande skolgång på "
        "Brogymnasiet, utan att hon behöver berätta sin historia för varje ny kontakt.",
    ])
    heading_span("2. Frågeställningar")
    body_cols([
        "Ska Alvas behandling för cannabisbruket ges av BUP eller av socialtjänstens "
        "öppenvård för unga, så att hon inte får två parallella samtalskontakter?",
        "Hur ska ADHD-medicineringen hanteras så länge Alva fortsätter att röka cannabis?",
    ])
    heading_span("3. Alvas delaktighet och synpunkter")
    body_cols([
        "Alva var med under hela mötet tillsammans med mamma och pappa. Alva säger att hon "
        "röker för att varva ner och kunna sova, och att hon inte tycker att det är något "
        "problem på helgerna. Hon vill inte byta skola. Hon vill helst ha en och samma vuxen "
        "att prata med och vill inte lämna urinprov i skolan.",
        "Mamma och pappa är oroliga för att Alva umgås med äldre kompisar och att hon inte "
        "kommer hem på kvällarna.",
    ])
    heading_span("4. Mål")
    body_cols([
        "Målet är att Alva ska vara drogfri och närvara i skolan minst 80 % av tiden vid "
        "jullovet, och att hon ska ha en fungerande dygnsrytm.",
    ])
    heading_span("5. Samtycke")
    body_cols([
        "Alva och båda vårdnadshavarna lämnade skriftligt samtycke till att deltagarna "
        "delar information med varandra. Blanketten undertecknades på mötet 2025-09-02.",
    ])
    heading_span("6. Insatser")
    body_cols([
        "Urinprovskontroller för drogscreening.",
        "Samtalsbehandling med inriktning på cannabis, t.ex. MI och ACRA.",
        "Översyn av ADHD-medicineringen.",
        "Anpassad studiegång med kortare skoldagar under en period.",
        "Föräldrastöd i form av samtal för mamma och pappa.",
        "Stöd med sömnrutiner och dygnsrytm.",
    ], numbered=True)
    heading_span("7. Huvudansvar och deltagare")
    body_cols([
        "Huvudansvarig för planen är socialsekreterare Maja, Barn och familj, "
        "Socialtjänsten Kristinehamn.",
        "Deltagare: Alva, mamma, pappa, socialsekreterare, skolkurator, psykolog och "
        "sjuksköterska.",
    ])
    os.makedirs(BUILD, exist_ok=True)
    src = os.path.join(BUILD, PREFIX + "07.docx")
    doc.save(src)
    soffice_pdf(src, BUILD)
    shutil.copyfile(os.path.join(BUILD, PREFIX + "07.pdf"), out("07.pdf"))


# ------------------------------------------------------------------ plan 08
def plan08():
    """Not a plan: application for färdtjänst filled in by a relative, Karlstad."""
    doc = new_doc("Karlstads kommun")
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    r = hp.add_run("Karlstads kommun · Färdtjänsthandläggningen")
    r.font.size = Pt(8)

    p = doc.add_paragraph()
    r = p.add_run("Ansökan om färdtjänst")
    r.bold = True
    r.font.size = Pt(18)
    doc.add_paragraph(
        "Färdtjänst kan beviljas den som på grund av funktionsnedsättning som inte är "
        "tillfällig har väsentliga svårigheter att förflytta sig på egen hand eller att resa "
        "med allmänna kommunikationsmedel. Fyll i blanketten så fullständigt som möjligt.")

    def section_title(text):
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(12)

    def form_table(rows):
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for lab, val in rows:
            cells = t.add_row().cells
            cell_text(cells[0], lab, bold=True, size=10)
            set_cell_bg(cells[0], "F2F2F2")
            cell_text(cells[1], val, size=10)
        set_col_widths(t, (Cm(5.5), Cm(11.1)))
        doc.add_paragraph()

    section_title("1. Sökande")
    form_table([
        ("Förnamn", "Birgit"),
        ("Personnummer", "ÅÅMMDD-XXXX"),
        ("Adress", "[adress], Karlstad"),
        ("Telefon", "070-XXX XX XX"),
        ("Boendeform", "☒ Ordinärt boende   ☐ Särskilt boende   ☐ Annat"),
    ])
    section_title("2. Funktionsnedsättning")
    form_table([
        ("Beskriv funktionsnedsättningen",
         "Mamma har KOL och artros i båda knäna. Hon blir andfådd efter ett par minuter och "
         "kan inte gå mer än ca 100 meter utan att vila. Hon har ramlat två gånger i vinter "
         "när hon försökt gå till busshållplatsen."),
        ("Hur länge beräknas den vara?",
         "☐ Mindre än 3 månader   ☐ 3–6 månader   ☒ Mer än 6 månader / bestående"),
        ("Kan sökande åka buss?", "☐ Ja   ☒ Nej – klarar inte att gå till hållplatsen eller "
         "att stå i bussen."),
        ("Har sökande hemtjänst?", "☒ Ja, Hemtjänst Karlstad söder, inköp en gång i veckan"),
    ])
    section_title("3. Hjälpmedel")
    form_table([
        ("Hjälpmedel vid resa",
         "☒ Rollator   ☐ Manuell rullstol   ☐ Elrullstol   ☒ Bärbar syrgas   ☐ Inga"),
        ("Behov av ledsagare", "☒ Ja   ☐ Nej – behöver hjälp att bära syrgasen och väskan"),
        ("Behöver sitta i framsätet", "☒ Ja   ☐ Nej"),
    ])
    section_title("4. Intyg")
    form_table([
        ("Läkarintyg", "☒ Bifogas   ☐ Skickas senare – intyg från Vårdcentralen Karlstad, "
         "utfärdat 2025-03-12"),
        ("Fullmakt", "☒ Bifogas (sökande har gett dottern fullmakt att sköta ansökan)"),
    ])
    section_title("5. Underskrift")
    form_table([
        ("Ifylld av", "Eva, dotter till sökande"),
        ("Ort och datum", "Karlstad 2025-03-18"),
        ("Underskrift", "Eva (med fullmakt för Birgit)"),
        ("Namnförtydligande", "Eva"),
    ])
    p = doc.add_paragraph()
    r = p.add_run("Skicka ansökan till Karlstads kommun, Färdtjänsthandläggningen. "
                  "Du får ett skriftligt beslut. Handläggningstiden är cirka fyra veckor.")
    r.italic = True
    r.font.size = Pt(9)
    doc.save(out("08.docx"))


def main():
    os.makedirs(PLANS, exist_ok=True)
    os.makedirs(BUILD, exist_ok=True)
    for fn in (plan01, plan02, plan03, plan04, plan05, plan06, plan07, plan08):
        fn()
        print("ok", fn.__name__)


if __name__ == "__main__":
    main()
