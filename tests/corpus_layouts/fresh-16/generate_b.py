#!/usr/bin/env python
"""Generate batch fresh-16b (prefix f16b): eight fictional, anonymized Swedish plans.

Run with python generate_b.py
Deterministic: fixed dates and texts, no randomness.
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
PREFIX = "f16b"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def path(nn, ext):
    return os.path.join(OUT, f"{PREFIX}-{nn:02d}.{ext}")


# ---------------------------------------------------------------- docx helpers

def shade(cell, hex_fill):
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


def cell_text(cell, text, bold=False, size=None):
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


def header_table(doc, headers, rows, widths=None, fill="D9E2F3", size=10):
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(headers):
        c = t.rows[0].cells[i]
        cell_text(c, h, bold=True, size=size)
        shade(c, fill)
    set_repeat_header(t.rows[0])
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cell_text(cells[i], v, size=size)
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


def bold_label(doc, text, size=11):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(2)
    p.paragraph_format.keep_with_next = True
    return p


def para(doc, text, size=11, italic=False):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.font.size = Pt(size)
    r.italic = italic
    return p


def footer_text(section, text, size=8):
    p = section.footer.paragraphs[0]
    p.text = ""
    r = p.add_run(text)
    r.font.size = Pt(size)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def header_text(section, left, right, size=8):
    p = section.header.paragraphs[0]
    p.text = ""
    r = p.add_run(left + "\t\t" + right)
    r.font.size = Pt(size)


def base_font(doc, name="Calibri", size=11):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)


# ================================================================ 01 docx
def plan01():
    """SIP vid utskrivning, geriatric ward Västerås -> home in Surahammar."""
    doc = Document()
    base_font(doc)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = Cm(2)
    header_text(sec, "Region Västmanland  |  Surahammars kommun",
                "SIP vid utskrivning")
    footer_text(sec, "Länsgemensam mall – SIP vid utskrivning från slutenvård, "
                     "rev. 2024-01")

    # Title table with merged title row
    t = doc.add_table(rows=6, cols=4)
    t.style = "Table Grid"
    title = t.cell(0, 0).merge(t.cell(0, 3))
    cell_text(title, "SIP VID UTSKRIVNING – samordnad individuell plan",
              bold=True, size=13)
    shade(title, "C5E0B3")
    data = [
        ("Namn", "Elsa B.", "Personnummer", "XXXXXX-XXXX"),
        ("Utskrivande enhet", "Geriatriska kliniken, avd. 53, Västerås",
         "Datum för SIP-möte", "2025-02-18"),
        ("Planerat utskrivningsdatum", "2025-02-20",
         "Utskrivningsklar", "☒ Ja   ☐ Nej"),
        ("Fast vårdkontakt", "Distriktssköterska Karin, Vårdcentralen "
         "Surahammar", "Hemkommun", "Surahammar"),
        ("Samordningsansvarig", "Biståndshandläggare Jenny, Äldreomsorgen "
         "Surahammars kommun", "Mötesform", "☒ Fysiskt på avdelningen  "
         "☒ Teams"),
    ]
    for i, (a, b, c, d) in enumerate(data, start=1):
        cell_text(t.cell(i, 0), a, bold=True, size=10)
        cell_text(t.cell(i, 1), b, size=10)
        cell_text(t.cell(i, 2), c, bold=True, size=10)
        cell_text(t.cell(i, 3), d, size=10)
        shade(t.cell(i, 0), "F2F2F2")
        shade(t.cell(i, 2), "F2F2F2")

    doc.add_paragraph()
    bold_label(doc, "Syfte med SIP")
    para(doc, "Att Elsa ska kunna skrivas ut från geriatriken direkt till sin "
              "lägenhet i Surahammar och att hemtjänsten, hemsjukvården, "
              "kommunens rehab och vårdcentralen vet vem som gör vad de "
              "första veckorna, så att hon inte faller igen eller behöver "
              "läggas in på nytt.")

    bold_label(doc, "Frågeställningar")
    para(doc, "Hemgången – gå igenom läget.")

    bold_label(doc, "Bakgrund och aktuell situation")
    para(doc, "Elsa är 86 år och bor ensam i en lägenhet på andra våningen "
              "med hiss. Hon föll i hemmet 2025-02-03 och låg på golvet "
              "några timmar innan hon larmade. Inlagd med lunginflammation "
              "och övergående förvirring, ingen fraktur. Diabetes typ 2 "
              "(tabletter), hjärtsvikt, nedsatt syn. Före inläggningen hade "
              "hon hemtjänst för städning varannan vecka och trygghetslarm. "
              "Under vårdtiden har hon tränat gång med rollator och klarar "
              "nu kortare sträckor inomhus med tillsyn. Hon behöver hjälp i "
              "och ur duschen och med strumpor. Blodsockret har varit "
              "instabilt och läkemedlen är ändrade (se läkemedelslista i "
              "utskrivningsmeddelandet).")

    bold_label(doc, "Elsas synpunkter")
    para(doc, "Elsa var med på mötet på avdelningen. Hon vill komma hem så "
              "snart som möjligt och vill inte till korttidsboende. Hon "
              "önskar att morgonbesöket från hemtjänsten kommer efter kl. "
              "08.00 och att det helst är samma personal som kommer. Hon "
              "tycker inte att hon behöver hjälp med maten men går med på "
              "matdistribution de första veckorna.")

    bold_label(doc, "Mål")
    para(doc, "Målet är att Elsa ska kunna bo kvar hemma och klara "
              "förflyttningar inomhus själv med rollator.")

    bold_label(doc, "Samtycke")
    para(doc, "Samtycke till SIP finns.")

    bold_label(doc, "Planerade insatser efter utskrivning")
    rows = [
        ("Hemtjänst morgon och kväll: hjälp med dusch/personlig hygien, "
         "påklädning, frukost och kvällsmål. Tillsyn av att larmet bärs.",
         "Hemtjänst Surahammar södra", "Enhetschef Mats (kontaktman utses)",
         "2025-02-20", "2025-04-30"),
        ("Matdistribution, lunch alla dagar",
         "Äldreomsorgen, Surahammars kommun", "Biståndshandläggare Jenny",
         "2025-02-20", "Tills vidare"),
        ("Läkemedelshantering: hemsjukvården tar över, dosett delas "
         "varannan vecka, blodsockerkontroll 2 ggr/vecka",
         "Hemsjukvården, Surahammars kommun", "Sjuksköterska hemsjukvården",
         "2025-02-20", "2025-03-31"),
        ("Hembesök för bedömning av hjälpmedel: duschpall, "
         "toalettförhöjning, ev. rollator nr 2 för köket",
         "Rehab Surahammar (kommunal)", "Arbetsterapeut", "", ""),
        ("Gångträning i hemmet 2 ggr/vecka, balansövningar",
         "Rehab Surahammar (kommunal)", "Fysioterapeut Oskar",
         "2025-02-24", "2025-04-04"),
        ("Läkarbesök efter utskrivning: lungor, blodsocker, vikt och "
         "blodprover (Hb, krea, HbA1c)", "Vårdcentralen Surahammar",
         "Distriktsläkare, fast läkarkontakt", "2025-03-04", "2025-03-04"),
    ]
    header_table(doc, ["Insats", "Ansvarig verksamhet",
                       "Ansvarig person/funktion", "Start", "Slut"],
                 rows, widths=[6.2, 3.6, 3.6, 2.0, 2.0], fill="C5E0B3",
                 size=9)

    doc.add_paragraph()
    bold_label(doc, "Uppföljning av SIP")
    t2 = doc.add_table(rows=2, cols=2)
    t2.style = "Table Grid"
    cell_text(t2.cell(0, 0), "Datum för uppföljning", bold=True, size=10)
    cell_text(t2.cell(0, 1), "ÅÅÅÅ-MM-DD", size=10)
    cell_text(t2.cell(1, 0), "Ansvarig för kallelse", bold=True, size=10)
    cell_text(t2.cell(1, 1), "", size=10)

    doc.add_paragraph()
    bold_label(doc, "Deltagare vid SIP-mötet")
    header_table(doc, ["Namn", "Funktion", "Verksamhet"], [
        ("Elsa B.", "Patient", "–"),
        ("Lina", "Sjuksköterska", "Geriatriska kliniken avd. 53, Västerås"),
        ("Ahmad", "Underläkare", "Geriatriska kliniken avd. 53, Västerås"),
        ("Sanna", "Arbetsterapeut", "Geriatriska kliniken, Västerås"),
        ("Jenny", "Biståndshandläggare",
         "Äldreomsorgen, Surahammars kommun (Teams)"),
        ("Pia", "Sjuksköterska", "Hemsjukvården, Surahammars kommun (Teams)"),
        ("Karin", "Distriktssköterska", "Vårdcentralen Surahammar (Teams)"),
    ], widths=[3.5, 4.5, 9.4], fill="C5E0B3", size=9)

    doc.add_paragraph()
    para(doc, "Planen upprättad 2025-02-18 av Lina, sjuksköterska, "
              "Geriatriska kliniken avd. 53. Kopia till Elsa och samtliga "
              "deltagare.", size=9, italic=True)
    doc.save(path(1, "docx"))


# ================================================================ 02 pdf
class RecordPDF(FPDF):
    SYSTEM = "RVjournal 5.3  –  Region Västmanland"
    PRINTED = "Utskrivet 2024-10-03 14:12"

    def header(self):
        self.set_font("DejaVu", "B", 8)
        self.cell(90, 5, self.SYSTEM, border="B")
        self.set_font("DejaVu", "", 8)
        self.cell(100, 5, "Vårdplan: Samordnad individuell plan (SIP)  |  "
                          "Patient: M.  XXXXXX-XXXX", border="B", align="C")
        self.cell(0, 5, f"{self.PRINTED}   Sida {self.page_no()} ({{nb}})",
                  border="B", align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.cell(0, 4, "Utskrift från journal – får ej spridas utan stöd i "
                        "lag. Utskriften är inte signerad; signerad version "
                        "finns i journalen. Utskriven av: skötare, "
                        "Psykosmottagningen Sala.", align="C")


def plan02():
    pdf = RecordPDF(orientation="L", unit="mm", format="A4")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_auto_page_break(True, margin=16)
    pdf.set_margins(10, 10, 10)
    pdf.alias_nb_pages()
    pdf.set_creation_date(datetime.datetime(2024, 10, 3, 14, 12,
                                            tzinfo=datetime.timezone.utc))
    pdf.add_page()

    W = pdf.w - 20

    def box(label, value, w, h, newline=False):
        x, y = pdf.get_x(), pdf.get_y()
        pdf.rect(x, y, w, h)
        pdf.set_font("DejaVu", "B", 7)
        pdf.set_xy(x + 1, y + 0.8)
        pdf.cell(w - 2, 3.5, label)
        pdf.set_font("DejaVu", "", 8)
        pdf.set_xy(x + 1, y + 4.5)
        pdf.multi_cell(w - 2, 3.8, value)
        if newline:
            pdf.set_xy(pdf.l_margin, y + h)
        else:
            pdf.set_xy(x + w, y)

    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(0, 7, "Samordnad individuell plan (SIP)", new_x="LMARGIN",
             new_y="NEXT")
    pdf.ln(1)
    box("Patient", "M., 34 år", 45, 11)
    box("Personnummer", "XXXXXX-XXXX", 40, 11)
    box("Vårdenhet", "Psykosmottagningen Sala", 60, 11)
    box("Mötesdatum / plats", "2024-10-01, Psykosmottagningen Sala", 70, 11)
    box("Planstatus", "☒ Aktiv   ☐ Avslutad", W - 215, 11, newline=True)

    box("Syfte med SIP", "Samordning av insatser.", W / 2, 12)
    box("Huvudansvarig för SIP", "Psykosmottagningen Sala", W / 2, 12,
        newline=True)
    box("Frågeställningar",
        "1. Hur ska hyresskulden (tre obetalda månader) hanteras så att "
        "avhysning undviks? Kan ekonomiskt bistånd beviljas för oktober?\n"
        "2. Behöver M. god man, och vem skriver ansökan respektive "
        "läkarintyg?\n"
        "3. Ska aktivitetsersättning sökas nu eller först när "
        "medicineringen är stabil?", W, 21, newline=True)
    box("Patientens egna mål", "", W / 2, 12)
    box("Patient närvarande", "☐ Ja   ☒ Nej        Orsak: ", W / 4, 12)
    box("Patientens synpunkter", "", W / 4, 12, newline=True)
    box("Samtycke",
        "☒ Skriftligt   ☐ Muntligt     Datum: 2024-09-24     "
        "Blankett: Samtycke SIP (inskannad)", W / 2, 12)
    box("Deltagare", "Johan, Lisa, Ahmed, Eva, Birgitta", W / 2, 12,
        newline=True)
    box("Bakgrund",
        "M. har schizofreni sedan 2016, återinsjuknade i psykos i "
        "somras efter att ha slutat med sin medicin. Vårdad på "
        "psykiatrisk avdelning Västerås juli–augusti 2024, nu depåinjektion. "
        "Bor ensam i hyresrätt i Sala. Hyresvärden har sagt upp kontraktet "
        "p.g.a. hyresskuld; skulder hos Kronofogden (ca 140 000 kr). Ingen "
        "sysselsättning sedan 2022, sjukpenning har upphört. Kontakt med "
        "syster som bor i Heby.", W, 22, newline=True)

    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 9)
    pdf.cell(0, 5, "Insatser och åtgärder", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)

    head = ["Nr", "Behov/område", "Insats/åtgärd", "Huvudman",
            "Verksamhet", "Ansvarig funktion", "Start", "Slut",
            "Kommentar"]
    rows = [
        ["1", "Psykisk hälsa", "Depåinjektion antipsykotika var 4:e vecka "
         "på mottagningen", "Region", "Psykosmottagningen Sala",
         "Sjuksköterska", "2024-10-08", "2025-03-31",
         "Påminnelse via SMS dagen innan"],
        ["2", "Psykisk hälsa", "Samtal med kontaktperson varannan vecka: "
         "symtom, vardag, tidiga tecken på återinsjuknande", "Region",
         "Psykosmottagningen Sala", "Kontaktperson (skötare)", "2024-10-08",
         "2025-03-31", ""],
        ["3", "Psykisk hälsa / somatik", "Läkarbesök: uppföljning av "
         "läkemedel, vikt, blodtryck, blodprover (metabol kontroll)",
         "Region", "Psykosmottagningen Sala", "Läkare", "2024-11-12",
         "2024-11-12", ""],
        ["4", "Boende", "Boendestöd 2 ggr/vecka (tis, fre): post, "
         "räkningar, städning, inköp", "Kommun",
         "Socialpsykiatrin Sala, boendestöd", "Boendestödjare",
         "2024-10-15", "2025-04-30", "Beslut enl. SoL 4 kap. 1 §"],
        ["5", "Boende", "Kontakt med hyresvärden om avbetalningsplan och "
         "återkallad uppsägning", "Kommun",
         "Socialtjänsten Sala, vuxenenheten", "Socialsekreterare",
         "2024-10-02", "2024-10-31", "Pågår"],
        ["6", "Ekonomi", "Prövning av ekonomiskt bistånd för hyra oktober "
         "och november", "Kommun", "Socialtjänsten Sala, försörjningsstöd",
         "Socialsekreterare", "2024-10-02", "2024-10-15",
         "Ansökan inlämnad"],
        ["7", "Ekonomi", "Kartläggning av skulder hos Kronofogden, "
         "ansökan om skuldsanering prövas", "Kommun",
         "Budget- och skuldrådgivningen Sala", "Budget- och skuldrådgivare",
         "2024-10-21", "2025-02-28", ""],
        ["8", "Ekonomi", "Ansökan om god man till överförmyndaren; "
         "läkarintyg bifogas", "Region / Kommun",
         "Psykosmottagningen Sala / Socialtjänsten Sala",
         "Läkare (intyg), socialsekreterare (ansökan)", "2024-10-07",
         "2024-10-31", ""],
        ["9", "Ekonomi", "God man tar över betalning av hyra och räkningar "
         "samt kontakter med Kronofogden", "Övrig", "God man (när "
         "förordnad)", "God man", "2024-11-15", "Tills vidare",
         "Förutsätter beslut från överförmyndaren"],
        ["10", "Försörjning", "Utredning av rätt till aktivitetsersättning; "
         "läkarutlåtande skickas in", "Försäkringskassan",
         "Försäkringskassan / Psykosmottagningen Sala",
         "Handläggare FK; läkare skriver utlåtande", "2024-10-15",
         "2024-12-20", ""],
        ["11", "Sysselsättning", "Prova Träffpunkten 1 gång/vecka, "
         "boendestödjaren följer med de två första gångerna", "Kommun",
         "Socialpsykiatrin Sala, dagverksamhet", "Arbetshandledare",
         "2024-11-04", "2025-03-31", ""],
        ["12", "Somatik", "Akut tandbesök, värk sedan augusti", "Region",
         "Folktandvården Sala", "Tandläkare", "2024-10-10", "2024-10-10",
         "Frikort tandvård undersöks"],
        ["13", "Närstående", "Syster hämtar M. och följer med till "
         "läkarbesöket i november", "Närstående", "–", "Syster",
         "2024-11-12", "2024-11-12", ""],
    ]
    widths = (8, 24, 60, 25, 42, 36, 17, 17, 48)
    pdf.set_font("DejaVu", "", 7)
    head_style = FontFace(emphasis="BOLD", fill_color=(220, 220, 220))
    with pdf.table(col_widths=widths, width=sum(widths),
                   line_height=3.6, headings_style=head_style,
                   text_align="LEFT", repeat_headings=1,
                   padding=1) as table:
        r = table.row()
        for h in head:
            r.cell(h)
        for row in rows:
            r = table.row()
            for v in row:
                r.cell(v)

    pdf.ln(4)
    pdf.set_font("DejaVu", "B", 8)
    pdf.cell(0, 4, "Uppföljning", new_x="LMARGIN", new_y="NEXT")
    box("Nästa uppföljning av SIP", "", 80, 11)
    box("Ansvarig för kallelse", "", 80, 11, newline=True)
    pdf.ln(4)
    pdf.set_font("DejaVu", "", 7)
    pdf.multi_cell(0, 3.5, "Dokumentet skapat 2024-10-01 16:40 av skötare, "
                           "Psykosmottagningen Sala. Senast ändrat "
                           "2024-10-02 09:05. Status: osignerad.")
    pdf.output(path(2, "pdf"))


# ================================================================ 03 md
PLAN03 = """\
# Din SIP – samordnad individuell plan

**För:** Alva, 15 år
**Mötet var:** 2025-01-14 kl. 13.00–14.30 på Västanforsskolan i Fagersta

Den här planen skrev vi tillsammans på mötet. Den är skriven till dig, Alva,
och du får en egen kopia. Din mamma får också en.

## Vi som var med på mötet

Du, din mamma, Lena, Jonas, Sara och Mikael.

## Det här berättade du

Du berättade att morgnarna är värst. Du får ont i magen redan när du vaknar
och när du tänker på att gå in i klassrummet. Sedan i höstas har du varit i
skolan ungefär en dag i veckan. Det är lättare när du kan komma lite senare
och slippa samlingen i klassrummet på morgonen. Du sa att du inte vill att
hela klassen ska veta varför du är borta, och att du vill att det ska vara
samma lärare som hör av sig till dig. Du tycker att det är okej att gå på
BUP, men det är jobbigt att åka buss till Västerås, så video går bra
ibland.

## Du vill

- Du vill kunna gå till skolan minst tre dagar i veckan innan sommarlovet.
- Du vill kunna sova på nätterna igen.
- Du vill börja träna handboll igen till hösten.

## Får vi prata med varandra om dig?

Du sa muntligt ja 2025-01-14 till att skolan, BUP, socialtjänsten och
vårdcentralen får prata med varandra om dig och om det som står i den här
planen. Din mamma sa också ja. Du kan ändra dig när du vill.

## Det här ska göras

| Vad | Vem | När |
|---|---|---|
| Anpassat schema: du börjar kl. 9.40 och går hem efter lunch måndag–onsdag. Du slipper morgonsamlingen. | Mentor och rektor, Västanforsskolan | Från 20 januari |
| Samtal med kuratorn varje tisdag, 30 minuter, i kuratorns rum | Skolkuratorn, Västanforsskolan | Från 21 januari |
| Skolan skickar veckans uppgifter till dig på fredagar när du har varit borta | Mentor, Västanforsskolan | Från 24 januari |
| KBT mot ångest, 10 gånger, på plats eller via video | Psykolog, BUP Västerås | Start 4 februari |
| Bedömning av sömnen och om medicin kan hjälpa | Läkare, BUP Västerås | |
| Familjebehandlare träffar dig och mamma hemma varannan vecka | Familjebehandlare, Individ- och familjeomsorgen, Fagersta kommun | Start vecka 5 |
| Mamma väcker dig kl. 7.30 och kör dig till skolan måndag och onsdag | Din mamma | Från 20 januari |
| Du skriver i din må-bra-dagbok varje kväll och tar med den till KBT | Du | Från 4 februari |

## Nästa gång vi ses

Vi ses igen i mars för att se hur det går. Mamma får en kallelse hem.
"""


def plan03():
    with open(path(3, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(PLAN03)


# ================================================================ 04 docx
def plan04():
    """Adult with substance use, Arboga; Word heading styles in small caps."""
    doc = Document()
    base_font(doc, "Cambria", 11)
    for name, size in (("Title", 20), ("Heading 1", 14), ("Heading 2", 12)):
        st = doc.styles[name]
        st.font.small_caps = True
        st.font.name = "Cambria"
        st.font.size = Pt(size)
        st.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    sec = doc.sections[0]
    header_text(sec, "Arboga kommun – Individ- och familjeomsorgen",
                "Samordnad individuell plan")
    footer_text(sec, "SIP – mall IFO Arboga 2023")

    doc.add_paragraph("Samordnad individuell plan", style="Title")
    t = doc.add_table(rows=3, cols=2)
    t.style = "Light List Accent 1"
    info = [("Namn", "Robin (R.)"), ("Personnummer", "ÅÅMMDD-XXXX"),
            ("Datum och plats för mötet",
             "2025-05-06, socialkontoret Arboga")]
    for i, (a, b) in enumerate(info):
        cell_text(t.cell(i, 0), a, bold=True)
        cell_text(t.cell(i, 1), b)

    doc.add_heading("Syfte", level=1)
    para(doc, "Att få en gemensam bild.")

    doc.add_heading("Frågeställningar", level=1)
    para(doc, "Diskutera läget och hur vi går vidare.")

    doc.add_heading("Bakgrund", level=1)
    para(doc, "Robin är 27 år. Han har använt alkohol och amfetamin sedan "
              "tonåren med perioder av nykterhet. I mars 2025 blev han av "
              "med sin lägenhet och flyttade hem till sin mamma i Arboga. "
              "Han avgiftades på Beroendecentrum Västerås 2025-04-07–04-15 "
              "och har sedan dess varit nykter enligt egen uppgift och "
              "negativa prover. Han är sjukskriven sedan februari och "
              "inskriven på Arbetsförmedlingen. Han har tidigare arbetat "
              "som biltvättare och på ett däckhotell. Skulder finns men "
              "inga aktuella ärenden hos Kronofogden.")

    doc.add_heading("Robins egna mål", level=1)
    p = doc.add_paragraph()
    r = p.add_run("”Jag vill vara drogfri, ha en egen lägenhet igen och ett "
                  "jobb att gå till – helst med bilar. Och jag vill att "
                  "morsan ska slippa oroa sig hela tiden.”")
    r.italic = True

    doc.add_heading("Robins synpunkter", level=1)
    para(doc, "Robin var med under hela mötet. Han vill inte gå i "
              "gruppbehandling eftersom han känner flera i gruppen sedan "
              "tidigare, men kan tänka sig enskilda samtal. Han tycker att "
              "Antabus hjälper och vill fortsätta med det över sommaren. "
              "Han vill inte bo på stödboende utan hellre vänta på en "
              "träningslägenhet i Arboga. Han vill att hans mamma ska få "
              "veta om han uteblir från samtal eller prover.")

    doc.add_heading("Insatser och ansvar", level=1)
    doc.add_heading("Region och kommun", level=2)
    header_table(doc, ["Insats", "Ansvarig (verksamhet/funktion)", "Start",
                       "Till och med"], [
        ("Antabus under övervakning måndag och torsdag",
         "Beroendemottagningen Köping, Region Västmanland – sjuksköterska",
         "2025-05-08", "2025-08-31"),
        ("Drogscreening (urinprov) 1 gång/vecka, resultat meddelas "
         "behandlaren på IFO", "Beroendemottagningen Köping – sjuksköterska",
         "2025-05-08", "2025-08-31"),
        ("Läkarbesök: ställningstagande till läkemedel mot sug, nytt "
         "läkarintyg till FK", "Beroendemottagningen Köping – läkare",
         "2025-05-20", "2025-05-20"),
        ("Enskilda återfallspreventiva samtal (ÅP) 1 gång/vecka",
         "IFO Arboga, Missbruksenhetens öppenvård – behandlare Kim",
         "2025-05-13", "2025-09-30"),
        ("Utredning och beslut om träningslägenhet (bostad med stöd)",
         "IFO Arboga, vuxenenheten – socialsekreterare Sofia",
         "2025-05-07", "2025-06-15"),
    ], widths=[7, 6.2, 2.2, 2.2], size=9)

    doc.add_heading("Andra aktörer", level=2)
    header_table(doc, ["Vem", "Åtgärd", "När"], [
        ("Arbetsförmedlingen, arbetsförmedlare Patrik",
         "Kartlägger arbetsförmåga tillsammans med Robin och planerar "
         "arbetsträning på bilverkstad via kommunens arbetsmarknadsenhet.",
         "Möte 2025-06-03, arbetsträning från 2025-08-18"),
        ("Försäkringskassan, handläggare",
         "Bedömer fortsatt rätt till sjukpenning och kallar till "
         "avstämningsmöte med Robin, AF och beroendemottagningen.",
         "Avstämningsmöte senast 2025-06-30"),
        ("Mamma Eva",
         "Låter Robin bo kvar hemma tills träningslägenhet finns. Hör av "
         "sig till socialsekreteraren om hon blir orolig. Lånar inte ut "
         "pengar.", "Från 2025-05-06"),
        ("Robin själv",
         "Går på samtalen och lämnar prover. Skickar in läkarintyget till "
         "FK samma vecka som han får det. Ansöker om bostadskö i Arboga.",
         "Från 2025-05-06; bostadskö senast 2025-05-31"),
    ], widths=[4.4, 9.2, 4.0], size=9)

    doc.add_heading("Närvarande", level=1)
    para(doc, "Robin, Eva (mamma), Kim, Sofia, Elin, Patrik.")

    doc.save(path(4, "docx"))


# ================================================================ 05 txt
PLAN05 = """\
JOURNALUTSKRIFT - PSYKIATRI REGION VÄSTMANLAND
======================================================================
Vårdenhet:        Allmänpsykiatrisk mottagning Fagersta
Patient:          NN, XXXXXX-XXXX
Anteckningstyp:   SIP-anteckning
Datum/tid:        2025-02-12 13:30
Kontakttyp:       Vårdplaneringsmöte, extern samverkan
Signerad av:      Skötare, Allmänpsykiatrisk mottagning Fagersta
Signerad datum:   2025-02-13
----------------------------------------------------------------------

Sökord: Syfte
Samordning.

Sökord: Aktuellt
Pat 45 år med bipolär sjukdom typ 1. Utskriven från psykiatrisk
avdelning 3, Västerås, 2025-01-30 efter maniskt skov med inläggning
enl. LPT som konverterades till HSL. Bor ensam i lägenhet i Fagersta.
Under skovet uppstod oordning i ekonomin, januarihyran ej betald och
flera köp på kredit. Litium återinsatt, s-litium 0,7 vid senaste
kontroll. Sömn ca 6 tim/natt enl. pat.

Sökord: Frågeställning
Behöver pat boendestöd efter utskrivningen för att klara struktur i
vardagen? Hur ska ekonomin hanteras nu när januarihyran inte är betald
och pat har fått betalningspåminnelser från flera kreditbolag?

Sökord: Närvarande
Pat (via telefon första 20 min), kontaktperson, socialsekreterare,
skötare.

Sökord: Bedömning
Pat bedöms stabiliserad i stämningsläget men med fortsatt risk för nytt
skov under våren, särskilt vid sömnbrist och stress kring ekonomin.
Ingen akut suicidrisk. Behov av struktur i vardagen bedöms föreligga.

Sökord: Planering
Fortsatt kontakt. Stöd vid behov. Boendestöd diskuteras vidare, inget
beslut fattat.

Sökord: Uppföljning
Ny SIP 2025-03-12 kl 10.00 på mottagningen.
"""


def plan05():
    with open(path(5, "txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(PLAN05)


# ================================================================ 06 docx
def plan06():
    """NOT a SIP: BUP's own care plan."""
    doc = Document()
    base_font(doc, "Arial", 10)
    sec = doc.sections[0]
    header_text(sec, "Region Västmanland – BUP Köping", "Vårdplan")
    footer_text(sec, "Vårdplan BUP – journalmall")

    h = doc.add_heading("Vårdplan – BUP", level=0)
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([
            ("Patient", "Ella, 14 år, XXXXXX-XXXX"),
            ("Vårdnadshavare", "Mamma och pappa, gemensam vårdnad"),
            ("Vårdenhet", "BUP Köping, öppenvård"),
            ("Datum", "2025-03-11")]):
        cell_text(t.cell(i, 0), a, bold=True)
        cell_text(t.cell(i, 1), b)
        shade(t.cell(i, 0), "EDEDED")

    doc.add_heading("Diagnos", level=2)
    para(doc, "Medelsvår depressiv episod (F32.1). Generaliserat "
              "ångestsyndrom (F41.1).")

    doc.add_heading("Problem och behov", level=2)
    para(doc, "Ella har sedan hösten 2024 haft nedstämdhet, "
              "insomningssvårigheter, nedsatt aptit och dragit sig undan "
              "kompisar. Oro inför prov och inför att vara hemifrån. "
              "Inga självskadehandlingar, inga aktuella suicidtankar enligt "
              "bedömning 2025-02-25. MADRS-S 27 vid bedömningen.")

    doc.add_heading("Mål med behandlingen", level=2)
    para(doc, "Ellas mål: ”Jag vill orka träffa kompisar igen och kunna "
              "somna innan tolv.”")
    para(doc, "Behandlingsmål: minskad depressiv symtombild (MADRS-S under "
              "15), förbättrad sömn, minskat undvikande.")

    doc.add_heading("Behandling", level=2)
    header_table(doc, ["Åtgärd", "Ansvarig", "Omfattning", "Start"], [
        ("KBT individuellt, beteendeaktivering och exponering",
         "Psykolog", "12 sessioner, varje vecka", "2025-03-18"),
        ("Läkemedelsbehandling sertralin, insättning och uppföljning",
         "Läkare", "Återbesök efter 4 och 8 veckor", "2025-03-11"),
        ("Sömnskola, psykoedukation", "Sjuksköterska", "3 träffar",
         "2025-03-25"),
        ("Föräldrasamtal om stöd hemma", "Kurator", "Var tredje vecka",
         "2025-03-20"),
    ], widths=[7.5, 3, 4, 2.5], fill="EDEDED", size=9)

    doc.add_heading("Delaktighet", level=2)
    para(doc, "Vårdplanen är upprättad tillsammans med Ella och båda "
              "vårdnadshavarna vid besök 2025-03-11. Ella vill helst ha "
              "sina samtal efter skoltid.")

    doc.add_heading("Uppföljning", level=2)
    para(doc, "Vårdplanen utvärderas 2025-06-10 vid besök hos psykolog och "
              "läkare, MADRS-S upprepas.")

    doc.add_heading("Fast vårdkontakt", level=2)
    para(doc, "Psykolog, BUP Köping.")
    doc.save(path(6, "docx"))


# ================================================================ 07 pdf (HTML)
PLAN07_HTML = """\
<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>SIP – Jonatan</title>
<style>
body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; }
h1 { font-family: 'DejaVu Sans', sans-serif; font-size: 16pt; color: #2b5d34; margin-bottom: 2pt; }
h2 { font-family: 'DejaVu Sans', sans-serif; font-size: 12pt; color: #2b5d34; margin-top: 12pt; margin-bottom: 3pt; }
table.plan { border-collapse: collapse; width: 100%; }
table.plan th, table.plan td { border: 1px solid #555; padding: 4px;
  vertical-align: top; font-size: 9.5pt; }
table.plan th { background: #dbe9d8; text-align: left; }
table.rost { border: 2px solid #2b5d34; width: 100%; background: #f4faf2; }
table.rost td { padding: 8px; }
p.small { font-size: 8pt; color: #555; }
</style>
</head>
<body>
<p class="small">Köpings kommun – Vård- och omsorgsförvaltningen, LSS</p>
<h1>Samordnad individuell plan – Jonatan</h1>
<p><b>Datum:</b> 2025-03-26 &nbsp;&nbsp; <b>Plats:</b> LSS-kontoret, Köping
&nbsp;&nbsp; <b>Personnummer:</b> ÅÅMMDD-XXXX</p>

<h2>Varför vi gör en plan</h2>
<p>Jonatan, 22 år, har autism och lindrig intellektuell
funktionsnedsättning och bor hos sin mamma. Han ska flytta till en
servicebostad i Köping under hösten och samtidigt byta daglig
verksamhet. Planen ska se till att LSS, daglig verksamhet,
vuxenhabiliteringen och psykiatrin gör sina delar i rätt ordning så att
Jonatan inte står utan stöd under flytten och inte får samma kris som
vid skolavslutningen 2022.</p>

<h2>Min röst</h2>
<table class="rost" border="2" bordercolor="#2b5d34" cellpadding="8" cellspacing="0" width="100%" bgcolor="#f4faf2"><tr><td>
<p><i>”Jag vill bo själv med egen dörr men ha personal nära om det blir
jobbigt. Jag vill jobba med djur eller på ett lager där det är tyst. Jag
vill inte att någon går in i mitt rum utan att knacka. Mamma ska få
komma och äta middag på söndagar.”</i></p>
<p>Jonatan var med på mötet den första timmen och använde sitt
bildschema. Han ville att mamma skulle berätta resten för honom
efteråt.</p>
</td></tr></table>

<h2>Samtycke</h2>
<p>Samtycke finns.</p>

<h2>Det här ska göras</h2>
<table class="plan" border="1" cellpadding="4" cellspacing="0" width="100%">
<tr><th width="50%" bgcolor="#dbe9d8" align="left">Vad</th><th width="32%" bgcolor="#dbe9d8" align="left">Vem</th>
<th width="18%" bgcolor="#dbe9d8" align="left">Klart när</th></tr>
<tr><td>Ansökan om bostad med särskild service för vuxna (LSS 9 § 9)
lämnas in</td><td>God man Mats tillsammans med Jonatan</td>
<td>2025-04-30</td></tr>
<tr><td>Utredning och beslut om servicebostad</td>
<td>LSS-handläggare, Köpings kommun</td><td>2025-06-15</td></tr>
<tr><td>Tre besök på servicebostaden innan flytten, med samma
personal varje gång</td><td>Enhetschef, servicebostaden Köping
centrum</td><td>2025-08-31</td></tr>
<tr><td>Bildstöd och veckoschema för den nya bostaden, anpassning av
lägenheten (ljud, ljus)</td><td>Arbetsterapeut, Vuxenhabiliteringen
Västerås</td><td>2025-08-15</td></tr>
<tr><td>Prova praktik i daglig verksamhet med djurhållning, två dagar i
veckan</td><td>Handledare, Daglig verksamhet Köping – Gården</td>
<td>2025-06-30</td></tr>
<tr><td>Läkemedelsgenomgång (melatonin, sertralin) inför flytten</td>
<td>Regionen</td><td>Före flytten</td></tr>
<tr><td>Hyreskontrakt, hemförsäkring, el och ansökan om bostadstillägg
hos Försäkringskassan</td><td>God man Mats</td><td>2025-09-15</td></tr>
<tr><td>Gå igenom flytten med Jonatan hemma, packa tillsammans, äta
middag med honom på söndagar efter flytten</td><td>Mamma Lena</td>
<td>2025-09-30</td></tr>
</table>

<h2>Vem har huvudansvaret</h2>
<p>Kommunen.</p>

<h2>Uppföljning</h2>
<p>Vi träffas igen efter sommaren, när beslutet om bostad är klart.</p>

<h2>Deltagare</h2>
<p>…</p>

<p class="small">Planen skrevs under mötet och skickas till Jonatan,
mamma och god man. Jonatan får en version med bilder.</p>
</body>
</html>
"""


def soffice_pdf(src, outdir):
    prof = "file:///tmp/lo-f16b"
    subprocess.run(["soffice", f"-env:UserInstallation={prof}", "--headless",
                    "--convert-to", "pdf", "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, timeout=240)


def plan07():
    tmp = tempfile.mkdtemp(prefix="f16b-")
    try:
        src = os.path.join(tmp, f"{PREFIX}-07.html")
        with open(src, "w", encoding="utf-8") as f:
            f.write(PLAN07_HTML)
        soffice_pdf(src, tmp)
        shutil.copy(os.path.join(tmp, f"{PREFIX}-07.pdf"), path(7, "pdf"))
    finally:
        shutil.rmtree(tmp)


# ================================================================ 08 md
PLAN08 = """\
# Uppföljning av SIP – Noah, 11 år

**Datum:** 2025-04-08
**Plats:** Socialkontoret Norberg (BUP via Teams)
**Ursprunglig plan upprättad:** 2024-11-12

**Syfte:** Se tidigare plan.

**Frågor till dagens uppföljning:**
- Räcker korttidsvistelse en helg i månaden, eller behöver den utökas till två?
- Hur fungerar den nya ADHD-medicinen på eftermiddagarna i skolan?
- Ska familjebehandlingen avslutas i juni som planerat?

**Noahs mål:** Oförändrat.

**Samtycke:** Se tidigare plan.

**Huvudansvar:** Oförändrat.

Noah var inte med på mötet i dag. Båda vårdnadshavarna deltog.

## Status för tidigare insatser

| Nr | Insats | Ansvarig | Status |
|----|--------|----------|--------|
| 1 | Läkemedelsbehandling ADHD, dosjustering | Läkare, BUP Västerås | Genomförd. Byte till långverkande preparat i februari, fortsätter. Viss effekt på eftermiddagarna. |
| 2 | Anpassningar i klassrummet: egen arbetsplats, bildschema, elevassistent på förmiddagarna | Rektor, Centralskolan Norberg | Pågår. Fungerar bättre på förmiddagarna, konflikter på rasterna efter lunch. |
| 3 | Korttidsvistelse LSS, en helg/månad | LSS-handläggare, Norbergs kommun | Pågår sedan januari. Noah trivs men har svårt vid hämtning. |
| 4 | Familjebehandling, föräldrastöd kring rutiner och utbrott | Familjebehandlare, IFO Norberg | Pågår, 9 av 12 träffar genomförda. |
| 5 | Utredning av sömnsvårigheter | Vårdcentralen Norberg | Ej påbörjad. Remissen har inte skickats. |

## Nya och ändrade åtgärder

- Vårdnadshavarna ansöker om utökad korttidsvistelse (två helger/månad). LSS-handläggaren utreder, beslut senast 2025-05-31.
- Sömnutredningen flyttas till BUP. Läkare, BUP Västerås skickar remiss till BUP:s sömnteam.
- Skolan inför kortare dag på tisdagar och torsdagar (slutar efter lunch). Ansvarig rektor, Centralskolan Norberg, från vecka 17.
- Familjebehandlingen avslutas efter sista träffen 2025-06-12, familjebehandlaren gör en sammanfattning.

**Andra aktörer:** Försäkringskassan nämndes, familjen återkommer om det.

**Nästa uppföljning:** i höst.

## Närvarande

| Namn | Funktion | Verksamhet |
|------|----------|------------|
| Sara | Vårdnadshavare (mamma) | – |
| Ali | Vårdnadshavare (pappa) | – |
| Helena | LSS-handläggare | Norbergs kommun |
| Johan | Familjebehandlare | IFO Norberg |
| Maria | Specialpedagog | Centralskolan Norberg |
| Erik | Sjuksköterska | BUP Västerås (Teams) |
"""


def plan08():
    with open(path(8, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(PLAN08)


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for fn in (plan01, plan02, plan03, plan04, plan05, plan06, plan07,
               plan08):
        fn()
    print("ok:", sorted(os.listdir(OUT)))
