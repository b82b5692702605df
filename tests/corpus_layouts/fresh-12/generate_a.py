#!/usr/bin/env python3
"""Generate the f12a batch of fictional, anonymized SIP plans into plans/.

Deterministic: fixed texts and dates, no randomness.
Run with a Python that has python-docx and fpdf2 (and LibreOffice on PATH): python generate_a.py
"""
import os
import shutil
import subprocess
import tempfile

from fpdf import FPDF
from fpdf.fonts import FontFace
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f12a"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_I = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"
FONT_BI = "/usr/share/fonts/truetype/dejavu/DejaVuSans-BoldOblique.ttf"


def path(n, ext):
    return os.path.join(OUT, f"{PREFIX}-{n:02d}.{ext}")


def fixed_docx_metadata(doc, author):
    import datetime
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = datetime.datetime(2025, 3, 1, 8, 0, 0)
    cp.modified = datetime.datetime(2025, 3, 1, 8, 0, 0)
    cp.revision = 1


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def cell_text(cell, text, bold=False, size=None, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    return p


# ---------------------------------------------------------------------------
# 01  Record-system print, two-column layout with grey section boxes (fpdf2)
# ---------------------------------------------------------------------------
class JournalPDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "B", 9)
        self.set_text_color(0)
        self.set_xy(15, 8)
        self.cell(90, 5, "Region Västmanland – Journalutskrift")
        self.set_font("DejaVu", "", 8)
        self.cell(55, 5, "Utskrivet 2025-02-13 09:41 av ssk")
        self.cell(35, 5, f"Sida {self.page_no()} ({{nb}})", align="R")
        self.set_xy(15, 13)
        self.set_font("DejaVu", "", 8)
        self.cell(90, 4, "Patient: S. (anonymiserad)   Personnr: XXXXXX-XXXX")
        self.cell(90, 4, "Vårdenhet: Allmänpsykiatrisk mottagning Västerås", align="R")
        self.set_draw_color(120)
        self.line(15, 18.5, 195, 18.5)
        self.set_y(22)

    def footer(self):
        self.set_y(-12)
        self.set_draw_color(160)
        self.line(15, self.get_y() - 1, 195, self.get_y() - 1)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(90)
        self.cell(90, 4, "Journalkopia – Region Västmanland")
        self.cell(90, 4, "Utskriften är en kopia av journalanteckning, ej original", align="R")
        self.set_text_color(0)


def make_01():
    pdf = JournalPDF(format="A4")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_font("DejaVu", "I", FONT_I)
    pdf.set_auto_page_break(False)
    pdf.set_margins(15, 22, 15)
    pdf.set_creation_date(__import__("datetime").datetime(2025, 2, 13, 9, 41))
    pdf.add_page()

    LX, LW, RX, RW, LH = 15, 42, 60, 135, 4.6
    BOTTOM = 297 - 18

    # note header block
    pdf.set_font("DejaVu", "B", 11)
    pdf.set_x(15)
    pdf.cell(180, 6, "SIP – Samordnad individuell plan", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 8.5)
    meta = [
        "Anteckningsdatum: 2025-02-11 14:20     Anteckningstyp: Vårdplan/SIP     Kontakttyp: Besök, gruppmöte",
        "Signerad: 2025-02-12 av sjuksköterska, fast vårdkontakt, Allmänpsykiatrisk mottagning Västerås",
    ]
    for m in meta:
        pdf.set_x(15)
        pdf.cell(180, 4.5, m, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    def section(label, paras=None, bullets=None, header_line=None):
        pdf.set_font("DejaVu", "", 9)
        blocks = []  # (text, indent, font_style)
        if header_line:
            blocks.append((header_line, 0, "B"))
        for p in paras or []:
            blocks.append((p, 0, ""))
        for b in bullets or []:
            blocks.append((b, 1, ""))
        # measure
        total = 0
        measured = []
        for text, ind, st in blocks:
            pdf.set_font("DejaVu", st, 9)
            w = RW - (4 if ind else 0)
            lines = pdf.multi_cell(w, LH, text, dry_run=True, output="LINES")
            h = len(lines) * LH + (1.2 if ind else 1.5)
            measured.append((text, ind, st, w, h))
            total += h
        total = max(total, 8) + 2
        if pdf.get_y() + total > BOTTOM:
            pdf.add_page()
        y0 = pdf.get_y()
        pdf.set_fill_color(222, 222, 222)
        pdf.rect(LX, y0, LW, total - 2, style="F")
        pdf.set_font("DejaVu", "B", 8.5)
        pdf.set_xy(LX + 2, y0 + 1.5)
        pdf.multi_cell(LW - 4, 4.2, label)
        y = y0 + 1
        for text, ind, st, w, h in measured:
            pdf.set_font("DejaVu", st, 9)
            if ind:
                pdf.set_xy(RX, y)
                pdf.cell(4, LH, "•")
                pdf.set_xy(RX + 4, y)
            else:
                pdf.set_xy(RX, y)
            pdf.multi_cell(w, LH, text, align="L")
            y += h
        pdf.set_y(y0 + total)

    section("Bakgrund", [
        "Kvinna 27 år, känd på mottagningen sedan 2019 med emotionellt instabil personlighetsstörning "
        "(F60.3) samt återkommande självskadehandlingar i form av skärning och vid två tillfällen "
        "intoxikation. Två inläggningar på psykiatrisk heldygnsvård under 2024 (april och oktober), "
        "senaste besök på psykiatrisk akutmottagning 2025-01-28 då en sårskada på underarmen syddes.",
        "Bor ensam i hyreslägenhet i Västerås. Boendestöd från Socialpsykiatrin Västerås stad sedan "
        "september 2024, två gånger per vecka men med skiftande dagar och personal. Ekonomiskt bistånd "
        "via IFO Vuxen. Ingen sysselsättning sedan anställningen i butik upphörde våren 2023.",
        "Remitterad till DBT-teamet i november 2024, bedömningssamtal genomförda i december och januari. "
        "Ingen krisplan finns upprättad.",
    ])
    section("Närvarande", [
        "Patienten, Maria, Jonas, Lina, Ahmed, Therese.",
    ])
    section("Syfte", ["Samordning av insatser."])
    section("Frågeställningar", bullets=[
        "Hur ska en gemensam krisplan se ut så att pat vet vem hon kontaktar dagtid, kvällstid och helg?",
        "Kan boendestödet läggas på fasta dagar och med färre personal?",
        "Ska DBT-behandlingen starta redan i mars eller avvaktas tills boendestödet fungerar stabilt?",
    ])
    section("Aktuellt", [
        "Pat har skurit sig vid tre tillfällen sedan jul, senast 2025-01-28. Sover 4–5 timmar per natt. "
        "Äter oregelbundet. Ingen alkohol eller droger enligt pat, vilket stämmer med tidigare provtagning. "
        "Aktuell medicinering: sertralin 100 mg x 1, quetiapin 25 mg till natten vid behov (används "
        "nästan varje kväll).",
        "Strukturerad suicidriskbedömning 2025-02-11: kroniskt förhöjd risk, ingen akut suicidrisk vid "
        "bedömningstillfället. Inga aktuella planer. Skyddsfaktorer: vill behålla lägenheten, kontakt "
        "med katten, motivation till DBT.",
    ])
    section("Patientens synpunkter", [
        "Pat deltar under hela mötet. Hon framför att det är för många personer att förhålla sig till och "
        "att hon mår sämre när besök ställs in med kort varsel. Önskar att boendestödet kommer samma dagar "
        "varje vecka, helst förmiddag, och att samma terapeut som gjort bedömningen i DBT-teamet blir "
        "hennes individuella terapeut. Vill inte läggas in igen om det går att undvika.",
    ])
    section("Mål", [
        "Målet är att pat ska minska antalet självskadehandlingar, undvika heldygnsvård under 2025 och "
        "behålla sin lägenhet.",
    ])
    section("Planerade insatser", header_line="Insats – Ansvarig – Tidpunkt", bullets=[
        "Gemensam krisplan (dagtid/kväll/helg) upprättas och skickas till pat och boendestödet – "
        "Fast vårdkontakt (ssk), Allmänpsykiatrisk mottagning Västerås – senast 2025-02-21",
        "Läkarbesök med läkemedelsgenomgång, ställningstagande till sömnmedicinering – "
        "Specialistläkare, Allmänpsykiatrisk mottagning Västerås – 2025-02-25",
        "DBT: färdighetsträning i grupp 1 g/v samt individuell terapi 1 g/v – "
        "DBT-teamet, Psykiatrin Västerås – start 2025-03-03",
        "Boendestöd på fasta dagar (tisdag och fredag fm) med två namngivna boendestödjare – "
        "Enhetschef boendestöd, Socialpsykiatrin Västerås stad – fr.o.m. 2025-02-18",
        "Beslut om fortsatt ekonomiskt bistånd mars–maj – Socialsekreterare, IFO Vuxen Västerås stad – "
        "senast 2025-02-28",
        "Kartläggningssamtal om sysselsättning (träffpunkt eller arbetsinriktad verksamhet) – "
        "Biståndshandläggare, Socialpsykiatrin Västerås stad – 2025-03-12",
    ])
    section("Huvudansvar", [
        "Fast vårdkontakt, sjuksköterska Maria, Allmänpsykiatrisk mottagning Västerås, Region Västmanland, "
        "har huvudansvar för att planen hålls samman och kallar till uppföljning.",
    ])
    section("Uppföljning", [
        "Uppföljande SIP-möte 2025-04-08 kl. 13.00, Allmänpsykiatrisk mottagning Västerås.",
    ])
    section("Övrigt", [
        "Krisplanen läggs även in under journalens varningsfält när den är klar. Pat får utskrift av "
        "planen vid nästa besök.",
    ])
    pdf.output(path(1, "pdf"))


# ---------------------------------------------------------------------------
# 02  Discharge plan with SIP, medical ward (docx)
# ---------------------------------------------------------------------------
def make_02():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(2.0)
    hp = sec.header.paragraphs[0]
    hp.text = "Region Västmanland\tMedicinkliniken, avd M2, Västmanlands sjukhus Köping"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Vårdplan och SIP vid utskrivning – upprättad av utskrivningssamordnare avd M2"
    fp.runs[0].font.size = Pt(8)

    t = doc.add_paragraph()
    r = t.add_run("Vårdplan och SIP vid utskrivning")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Enligt lag (2017:612) om samverkan vid utskrivning från sluten hälso- och sjukvård")

    info = doc.add_table(rows=4, cols=4)
    info.style = "Table Grid"
    data = [
        ("Patient", "Gösta, 84 år", "Personnummer", "XXXXXX-XXXX"),
        ("Inskriven", "2025-02-24", "Planerad utskrivning", "2025-03-06"),
        ("Hemkommun", "Köping", "Boende", "Villa, bor ensam"),
        ("SIP-möte", "2025-03-04 kl. 10.30, dagrummet avd M2", "Utskrivningsklar", "2025-03-05"),
    ]
    for i, row in enumerate(data):
        for j, v in enumerate(row):
            cell_text(info.cell(i, j), v, bold=(j % 2 == 0), size=9.5)
            if j % 2 == 0:
                shade(info.cell(i, j), "E7E6E6")

    def bold_par(txt):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.space_after = Pt(2)
        rr = p.add_run(txt)
        rr.bold = True
        rr.font.size = Pt(11.5)
        return p

    bold_par("Orsak till inskrivning")
    doc.add_paragraph(
        "Inkom via akuten 2025-02-24 med tilltagande andfåddhet, bensvullnad och viktökning ca 6 kg på en "
        "vecka. Känd hjärtsvikt (EF 30 %), förmaksflimmer och typ 2-diabetes med insulin. Behandlad med "
        "intravenöst diuretikum, nu åter på tablettbehandling. Blodsocker svängigt under vårdtiden, "
        "insulindosen justerad. Gångförmåga försämrad, går med rollator, behöver hjälp vid dusch. "
        "Före inläggningen klarade sig Gösta utan hjälpinsatser i hemmet."
    )
    bold_par("Syfte")
    doc.add_paragraph("Samordnad utskrivning.")

    def action_table(title, rows):
        tbl = doc.add_table(rows=2, cols=3)
        tbl.style = "Table Grid"
        tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
        top = tbl.cell(0, 0).merge(tbl.cell(0, 2))
        cell_text(top, title, bold=True, size=10.5)
        shade(top, "BDD7EE")
        for j, h in enumerate(("Åtgärd", "Vem", "Startdatum")):
            cell_text(tbl.cell(1, j), h, bold=True, size=9.5)
            shade(tbl.cell(1, j), "DEEAF6")
        repeat_header(tbl.rows[0])
        repeat_header(tbl.rows[1])
        for a, w, s in rows:
            cells = tbl.add_row().cells
            cell_text(cells[0], a, size=9.5)
            cell_text(cells[1], w, size=9.5)
            cell_text(cells[2], s, size=9.5)
        widths = (Cm(8.3), Cm(5.5), Cm(2.8))
        for row in tbl.rows:
            for j, c in enumerate(row.cells):
                c.width = widths[j]
        doc.add_paragraph()

    bold_par("Insatser efter utskrivning")
    action_table("Läkemedel", [
        ("Aktuell läkemedelslista och läkemedelsberättelse skickas med patienten och till hemsjukvården",
         "Avdelningsläkare, avd M2", "2025-03-06"),
        ("Furosemid 40 mg x 2, dosjustering efter vikt enligt ordination i läkemedelslistan",
         "Sjuksköterska, Hemsjukvården Köping", "2025-03-07"),
        ("Uppföljande läkemedelsgenomgång inkl. njurfunktion och kalium",
         "Distriktsläkare, Vårdcentralen Köping", "2025-03-20"),
    ])
    action_table("Hemsjukvård", [
        ("Vägning mån–fre, kontakt med vårdcentralen vid viktökning > 2 kg på tre dagar",
         "Sjuksköterska, Hemsjukvården Köping", "2025-03-07"),
        ("Insulin kvällsdos och blodsockerkontroll morgon och kväll",
         "Hemsjukvården Köping (delegerad personal)", "2025-03-06"),
        ("Bedömning av hjälpmedel i badrum (duschpall, toalettförhöjning)",
         "Arbetsterapeut, Rehab Köpings kommun", "2025-03-10"),
    ])
    action_table("Hemtjänst", [
        ("Morgon- och kvällsbesök, hjälp med påklädning och stödstrumpor",
         "Hemtjänst Köping centrum", "2025-03-06"),
        ("Dusch två gånger per vecka", "Hemtjänst Köping centrum", "2025-03-08"),
        ("Matdistribution, lunch alla dagar", "Hemtjänst Köping centrum", "2025-03-07"),
        ("Trygghetslarm installeras", "Biståndshandläggare, Köpings kommun", "2025-03-06"),
    ])

    bold_par("Patientens önskemål")
    doc.add_paragraph(
        "Gösta vill komma hem till huset så snart det går och vill inte till korttidsboende. Han önskar "
        "att morgonbesöket kommer efter kl. 8 och att det blir samma personal så långt det är möjligt. "
        "Han vill kunna gå till brevlådan och ut på altanen själv igen."
    )
    bold_par("Samtycke")
    doc.add_paragraph("Samtycke till SIP finns.")
    bold_par("Huvudansvar för SIP efter hemgång")
    doc.add_paragraph("Vårdcentralen Köping.")
    bold_par("Uppföljning")
    doc.add_paragraph(
        "Uppföljning av SIP på vårdcentralen ca två veckor efter hemgång. Tid skickas hem till patienten."
    )
    bold_par("Deltagare vid SIP-mötet")
    dt = doc.add_table(rows=1, cols=2)
    dt.style = "Table Grid"
    cell_text(dt.cell(0, 0), "Funktion", bold=True, size=9.5)
    cell_text(dt.cell(0, 1), "Verksamhet", bold=True, size=9.5)
    shade(dt.cell(0, 0), "E7E6E6")
    shade(dt.cell(0, 1), "E7E6E6")
    repeat_header(dt.rows[0])
    for f, v in [
        ("Patient (Gösta)", "–"),
        ("Utskrivningssamordnare, sjuksköterska", "Avd M2, Västmanlands sjukhus Köping"),
        ("Avdelningsläkare", "Avd M2, Västmanlands sjukhus Köping"),
        ("Biståndshandläggare", "Äldreomsorgen, Köpings kommun"),
        ("Sjuksköterska", "Hemsjukvården Köping"),
        ("Distriktssköterska (via Teams)", "Vårdcentralen Köping"),
    ]:
        c = dt.add_row().cells
        cell_text(c[0], f, size=9.5)
        cell_text(c[1], v, size=9.5)
    doc.add_paragraph()
    doc.add_paragraph("Köping 2025-03-04\nUtskrivningssamordnare, avd M2")
    fixed_docx_metadata(doc, "Utskrivningssamordnare M2")
    doc.save(path(2, "docx"))


# ---------------------------------------------------------------------------
# 03  Youth reception plan in du-form (md)
# ---------------------------------------------------------------------------
MD_03 = """# Din plan – SIP

**Ungdomsmottagningen Surahammar**
Vi träffades: onsdag 26 februari 2025, kl. 15.00–16.15, hos oss på UM

---

## Därför träffades vi

Du har varit hemma från skolan nästan hela tiden sedan jullovet, du sover dåligt och har berättat att
magen krampar och att du får panikkänslor när du tänker på skolan. Flera av oss har träffat dig var för
sig. Vi träffades för att alla som hjälper dig ska göra det tillsammans och i samma riktning, så att du
kan komma tillbaka till skolan i din egen takt och inte behöver berätta samma sak för alla.

## Det skulle vi prata om

Hur du mår och hur det går.

## Det här vill du

> "Jag vill kunna gå till skolan igen, i alla fall på förmiddagarna, och sova på nätterna utan att
> ligga och tänka på allt."

Du sa också att du vill klara nian och komma in på frisörprogrammet, och att du inte vill att hela
klassen ska veta varför du varit borta.

## Det här tycker du

Du var med hela mötet, tillsammans med din mamma. Du tyckte att det var jobbigt med så många
vuxna i rummet men att det kändes bättre mot slutet. Du vill hellre börja med ett par lektioner i
veckan än att "kastas in" direkt. Du vill inte ta medicin för sömnen just nu, utan först prova
andra saker. Mamma tycker att morgnarna är det svåraste och att hon behöver veta vem hon kan ringa.

## Så här hjälper vi dig

1. Kuratorn på UM träffar dig varannan onsdag kl. 15 för samtal om oro och panikkänslor (KBT-inspirerat), första gången 12 mars.
2. Mentorn och specialpedagogen gör ett nytt schema med kortare dagar, du börjar med svenska och bild tisdag och torsdag förmiddag från vecka 11.
3. Skolsköterskan bokar in dig för ett samtal om sömn och magont.
4. Familjebehandlaren på socialtjänsten i Surahammar träffar dig och mamma hemma en gång i veckan, med början torsdag 6 mars, för att få ordning på morgnarna.
5. Du skriver en enkel sömndagbok (när du somnar och vaknar) varje kväll fram till nästa träff och tar med den till kuratorn.
6. Mamma följer med dig till skolan och hämtar dig de två första veckorna med det nya schemat, och ringer mentorn samma morgon om du inte orkar.
7. Läkaren på Vårdcentralen Surahammar tittar på magontet, provtagning 4 mars kl. 8.30.

## Vem håller ihop det här?

Sara, kurator på Ungdomsmottagningen Surahammar, håller ihop planen och är den du eller mamma
hör av er till om något inte fungerar.

## Vi som var med

Du, mamma Lena, Sara, Johan, Petra, Amira och Nils.

## Nästa gång

Vi ses igen efter påsklovet och pratar om hur det har gått med schemat och sömnen.

---
*Planen skrevs av Sara på UM efter mötet. Du och mamma får varsin kopia.*
"""


def make_03():
    with open(path(3, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(MD_03)


# ---------------------------------------------------------------------------
# 04  BUP minutes, telegraphic (txt, cp1252, CRLF)
# ---------------------------------------------------------------------------
TXT_04 = """BUP VÄSTERÅS - ÖPPENVÅRD, TEAM VÄSTRA
MINNESANTECKNINGAR SIP-MÖTE

Datum: 12/3 2025, kl 13.15-14.30, Teams + BUP
Pat: T., 11 år (XXXXXX-XXXX), Hallstahammar
Skrivet av: ssk Karin, BUP

Närv: T:s mamma Jenny och pappa Ali (VH), ssk Karin BUP Västerås,
psykolog Erik BUP Västerås, kur Nora elevhälsan Hallstahammars kommun
(T:s skola), mentor Ida Hallstahammars kommun (T:s skola), soc sekr Linda
IFO barn o familj Hallstahammar (Teams).
T. ej närv.

Ärende: SIP enl SoL/HSL, samordning BUP/skola/soc.

Samtycke: muntl. från båda VH vid tel.samtal med ssk 4/3.

Bakgr: T. utredd BUP hösten -24, dx tvångssyndrom (OCD) dec -24.
Tvätt- och kontrolltvång, svårt m toalettbesök i skolan, går hem
flera ggr/v. Frånvaro ca 30 % sedan jul. ERP-beh hos psykolog påbörjad
jan -25, 6 ggr hittills. Sertralin insatt 10/2, läkare BUP. Konflikter
hemma kring ritualer, syskon 7 år påverkas. Orosanmälan från skolan
jan -25 (frånvaro), utredning IFO pågår.

Frågor:
- Hur ska skolan hantera T:s tvättande/kontrollerande under lektion
  och på rast?
- Kan T. få tillgång till eget toalettrum/personaltoa?
- Behöver familjen stöd hemma från soc parallellt m BUP?
- Hur få frånvaron att minska utan att öka ångesten?

Disk:
Mamma förmedlar att T. själv inte vill att klasskamraterna ska få veta
om OCD:n och att han skäms över toalettproblemen. Skolan ser att T. är
duktig i ämnena men tappar mkt tid. Psykolog: ERP bör kopplas till
skolsituationen, viktigt att skolan inte "hjälper till" med ritualer
(t.ex. extra handsprit). Soc: utredningen visar behov av stöd i
föräldraskapet kring ritualerna, kan erbjuda familjebehandling.
Diskuterat medicin: VH tveksamma till höjning, avvaktar.

Bes:
1. ERP forts varannan v, psykolog Erik BUP, fr o m v.12.
2. Läkarbesök BUP uppföljning sertralin, läkare BUP, 2/4.
3. Handlingsplan i skolan (ej extra handsprit, signal till mentor vid
   ångest, tillgång personaltoa) - kur + mentor, klar v.13.
4. Psykolog BUP besöker skolan o handleder personal, v.14.
5. Familjebehandling hemma 1 g/v, familjebehandlare IFO Hallstahammar,
   start v.13.
6. Anpassad studiegång övervägs, rektor beslutar efter handlingsplan,
   senast 11/4.

Huvudansv: BUP.

Uppf: nästa SIP v.20, ssk BUP kallar.

/Karin, ssk BUP Västerås
"""


def make_04():
    data = TXT_04.replace("\n", "\r\n").encode("cp1252")
    with open(path(4, "txt"), "wb") as f:
        f.write(data)


# ---------------------------------------------------------------------------
# 05  Follow-up docx: old plan kept, bold italic comments inserted
# ---------------------------------------------------------------------------
def make_05():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Sala kommun – Individ- och familjeomsorgen, Vuxenenheten\tSIP\tUppföljning"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Samordnad individuell plan enligt SoL 2 kap. 7 § och HSL 16 kap. 4 §"
    fp.runs[0].font.size = Pt(7.5)

    doc.add_heading("Samordnad individuell plan (SIP) – uppföljning", level=1)
    p = doc.add_paragraph()
    p.add_run("Plan upprättad: ").bold = True
    p.add_run("2025-01-15    ")
    p.add_run("Uppföljning: ").bold = True
    p.add_run("2025-04-02")
    p = doc.add_paragraph()
    p.add_run("Namn: ").bold = True
    p.add_run("J.    ")
    p.add_run("Personnummer: ").bold = True
    p.add_run("XXXXXX-XXXX")
    note = doc.add_paragraph()
    rn = note.add_run("Texten från planen 2025-01-15 står kvar. Kommentarer från uppföljningen är "
                      "inskrivna i fet kursiv stil efter varje stycke.")
    rn.italic = True
    rn.font.size = Pt(9)
    rn.font.color.rgb = RGBColor(0x55, 0x55, 0x55)

    def comment(txt):
        cp = doc.add_paragraph()
        cp.paragraph_format.left_indent = Cm(0.6)
        r = cp.add_run("Uppföljning 2025-04-02: " + txt)
        r.bold = True
        r.italic = True
        r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)

    def block(heading, paras, cmt):
        doc.add_heading(heading, level=2)
        for t in paras:
            if t.startswith("- "):
                doc.add_paragraph(t[2:], style="List Bullet")
            else:
                doc.add_paragraph(t)
        comment(cmt)

    block("Bakgrund", [
        "J. är 41 år och bor i egen hyreslägenhet i Sala. Alkoholberoende sedan många år, periodvis även "
        "bensodiazepiner. Avgiftning på Beroendeenheten Västerås i december 2024, därefter "
        "öppenvårdsbehandling. Sjukskriven sedan oktober 2024. Har skulder hos Kronofogden och en "
        "hyresskuld sedan hösten 2024.",
    ], "Bor kvar i lägenheten. Hyresskulden är betald. Ett återfall i början av mars, därefter nykter.")
    block("Syfte", [
        "Syftet med planen är att J:s behandling på beroendemottagningen och stödet från socialtjänsten ska "
        "hänga ihop efter avgiftningen, så att han kan behålla lägenheten och inte återfaller under våren "
        "när sjukskrivningen ska prövas.",
    ], "Syftet kvarstår.")
    block("Mål", [
        "Målet är att J. ska vara nykter, ha en fungerande vardag och behålla sin lägenhet.",
    ], "Målet kvarstår oförändrat.")
    block("Delaktighet", [
        "J. deltog i mötet.",
    ], "J. deltog i uppföljningen.")
    block("Samtycke", [
        "Samtycke finns.",
    ], "Samtycke finns fortfarande.")
    block("Insatser och ansvar", [
        "- Fortsatt behandlingskontakt – Beroendemottagningen Sala.",
        "- Fortsatt stöd från socialtjänsten – Vuxenenheten, Sala kommun.",
        "- Boendestöd vid behov.",
        "- Läkarkontakt vid behov – Beroendemottagningen Sala.",
    ], "Insatserna fortsätter som tidigare. Boendestöd har inte behövts hittills.")
    block("Andra aktörer", [
        "Försäkringskassan är informerad. God man är aktuellt.",
    ], "Som tidigare.")
    block("Huvudansvarig för planen", [
        "Socialsekreterare Anna, Vuxenenheten, Individ- och familjeomsorgen Sala kommun.",
    ], "Oförändrat, Anna har fortsatt huvudansvaret.")
    block("Närvarande", [
        "J., socialsekreterare, behandlare, sjuksköterska.",
    ], "J., socialsekreterare och behandlare. Sjuksköterskan hade förhinder.")

    doc.add_heading("Nästa uppföljning", level=2)
    p = doc.add_paragraph()
    r = p.add_run("Nästa uppföljning: 2025-06-11 kl. 10.00 på Vuxenenheten, Sala.")
    r.bold = True
    doc.add_paragraph("Antecknat av socialsekreterare, Vuxenenheten Sala, 2025-04-02.")
    fixed_docx_metadata(doc, "Vuxenenheten Sala")
    doc.save(path(5, "docx"))


# ---------------------------------------------------------------------------
# 06  EMPTY template, html -> pdf via LibreOffice
# ---------------------------------------------------------------------------
HTML_06 = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8">
<title>SIP – blankett</title>
<style>
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt; }
h1 { font-size: 15pt; margin-bottom: 2pt; }
h2 { font-size: 11.5pt; margin-top: 12pt; margin-bottom: 2pt; border-bottom: 1px solid #444; }
p.f { margin: 5pt 0 0 0; }
span.h { font-size: 7.5pt; color: #808080; }
p.sub { font-size: 8.5pt; color: #555555; margin-top: 0; }
</style></head>
<body>
<h1>Samordnad individuell plan – SIP</h1>
<p class="sub">Gemensam blankett för kommunerna i Västmanlands län och Region Västmanland. Version 2024:2</p>

<h2><font face="Liberation Sans">1. Uppgifter om den enskilde</font></h2>
<p class="f">Namn: ......................................................................................................................................</p>
<p class="f">Personnummer: ................................................ <font face="Liberation Sans" size="1" color="#808080">(ÅÅMMDD-XXXX)</font></p>
<p class="f">Vårdnadshavare / god man / förvaltare: ....................................................................................</p>
<p class="f">Kontaktuppgifter: ..................................................................................... <font face="Liberation Sans" size="1" color="#808080">(nås via)</font></p>

<h2><font face="Liberation Sans">2. Mötet</font></h2>
<p class="f">Datum för mötet: ................................ <font face="Liberation Sans" size="1" color="#808080">(ÅÅÅÅ-MM-DD)</font>   Plats: ...........................................................</p>
<p class="f">Kallad av: ........................................................................ <font face="Liberation Sans" size="1" color="#808080">(funktion och verksamhet)</font></p>

<h2><font face="Liberation Sans">3. Samtycke</font></h2>
<p class="f">Samtycke till SIP och informationsöverföring: ☐ Muntligt  ☐ Skriftligt   Datum: ....................................</p>
<p class="f">Mellan vilka verksamheter: .................................................................................................................</p>

<h2><font face="Liberation Sans">4. Syfte med SIP</font></h2>
<p class="f">Syfte: ........................................................................................................................................ <font face="Liberation Sans" size="1" color="#808080">(varför behövs en samordnad plan för just den här personen?)</font></p>
<p class="f">..................................................................................................................................................</p>

<h2><font face="Liberation Sans">5. Frågeställningar inför mötet</font></h2>
<p class="f">Frågeställningar: ....................................................................................................................... <font face="Liberation Sans" size="1" color="#808080">(vad behöver lösas på mötet?)</font></p>
<p class="f">..................................................................................................................................................</p>

<h2><font face="Liberation Sans">6. Den enskildes mål och synpunkter</font></h2>
<p class="f">Mitt mål: ..................................................................................................................... <font face="Liberation Sans" size="1" color="#808080">(med den enskildes egna ord)</font></p>
<p class="f">Den enskildes synpunkter och önskemål: ...........................................................................................</p>
<p class="f">Om den enskilde inte deltar – orsak och hur synpunkterna inhämtats: ........................................................</p>

<h2><font face="Liberation Sans">7. Insatser – vem gör vad och när</font></h2>
<p class="f">Insats: ................................................ Ansvarig: .................................... När: .........................</p>
<p class="f">Insats: ................................................ Ansvarig: .................................... När: .........................</p>
<p class="f">Insats: ................................................ Ansvarig: .................................... När: .........................</p>
<p class="f">Insats: ................................................ Ansvarig: .................................... När: .........................</p>
<p class="f"><font face="Liberation Sans" size="1" color="#808080">(ange verksamhet eller funktion som ansvarig och ett datum eller en vecka för start)</font></p>

<h2><font face="Liberation Sans">8. Andra aktörers insatser</font></h2>
<p class="f">Aktör och insats: ........................................................................ <font face="Liberation Sans" size="1" color="#808080">(t.ex. Försäkringskassan, Arbetsförmedlingen, god man, närstående, den enskilde själv)</font></p>
<p class="f">..................................................................................................................................................</p>

<h2><font face="Liberation Sans">9. Huvudansvar och uppföljning</font></h2>
<p class="f">Huvudansvarig för planen: ....................................................... <font face="Liberation Sans" size="1" color="#808080">(namn, funktion, verksamhet)</font></p>
<p class="f">Uppföljning datum: ................................ <font face="Liberation Sans" size="1" color="#808080">(ÅÅÅÅ-MM-DD)</font>   Plats: ...........................................................</p>

<h2><font face="Liberation Sans">10. Deltagare</font></h2>
<p class="f">Namn: ............................................ Funktion: .................................. Verksamhet: ..................................</p>
<p class="f">Namn: ............................................ Funktion: .................................. Verksamhet: ..................................</p>
<p class="f">Namn: ............................................ Funktion: .................................. Verksamhet: ..................................</p>
<p class="f">Namn: ............................................ Funktion: .................................. Verksamhet: ..................................</p>
<p>&nbsp;</p>
<table width="100%" border="1" cellpadding="6" cellspacing="0" style="border-collapse: collapse; border: 1.5px solid #000;">
<tr><td colspan="2" bgcolor="#E6E6E6"><b>Underskrifter</b> <font face="Liberation Sans" size="1" color="#808080">(den enskilde / vårdnadshavare och huvudansvarig)</font></td></tr>
<tr><td width="50%"><br>..........................................................<br><font face="Liberation Sans" size="1" color="#808080">(den enskilde / vårdnadshavare)</font></td>
<td width="50%"><br>..........................................................<br><font face="Liberation Sans" size="1" color="#808080">(huvudansvarig)</font></td></tr>
<tr><td>Ort och datum: ..............................................</td><td>Ort och datum: ..............................................</td></tr>
</table>
<p class="sub">Planen förvaras i respektive verksamhets journal/akt. Den enskilde får en kopia.</p>
</body></html>
"""


def soffice_pdf(src, outdir):
    prof = "file:///tmp/lo-f12a"
    subprocess.run(["soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", "pdf",
                    "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, timeout=240)


def make_06():
    tmp = tempfile.mkdtemp(prefix="f12a-")
    src = os.path.join(tmp, f"{PREFIX}-06.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(HTML_06)
    soffice_pdf(src, tmp)
    shutil.move(os.path.join(tmp, f"{PREFIX}-06.pdf"), path(6, "pdf"))
    shutil.rmtree(tmp)


# ---------------------------------------------------------------------------
# 07  LSS coordinator, whole plan in a 2-column table, jag-form (docx)
# ---------------------------------------------------------------------------
def make_07():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Verdana"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    hp = sec.header.paragraphs[0]
    hp.text = "Arboga kommun\tSocialförvaltningen – Funktionsstöd LSS"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Min SIP – lättläst version. Sparas i akten hos LSS."
    fp.runs[0].font.size = Pt(8)

    t = doc.add_paragraph()
    r = t.add_run("Min SIP")
    r.bold = True
    r.font.size = Pt(20)
    sub = doc.add_paragraph()
    sub.add_run("Samordnad individuell plan").font.small_caps = True
    doc.add_paragraph("Emil, 29 år   •   Personnummer: XXXXXX-XXXX   •   Möte: 2025-03-18 i Arboga")

    rows = [
        ("Bakgrund",
         ["Jag heter Emil. Jag har Downs syndrom.",
          "Jag bor i en egen lägenhet i Gruppbostaden Västra i Arboga sedan 2021.",
          "Jag jobbar på daglig verksamhet Returen fyra dagar i veckan.",
          "Jag hör lite dåligt och har hörapparat. Jag äter medicin för sköldkörteln.",
          "I vintras gick jag upp mycket i vikt. Jag har varit trött och somnat på jobbet efter lunch.",
          "Mamma bor i Kungsör. Jag träffar henne varannan helg."]),
        ("Mina mål",
         ["Jag vill orka hela dagen på jobbet.",
          "Jag vill gå ner lite i vikt så att mina jeans passar igen.",
          "Jag vill lära mig åka buss själv till mamma i Kungsör."]),
        ("Det här gör jag själv",
         ["Jag går en promenad efter middagen tre kvällar i veckan.",
          "Jag tar min medicin varje morgon när personalen påminner mig.",
          "Jag säger till personalen om hörapparaten piper eller krånglar.",
          "Andra som hjälper mig:",
          "Mamma möter mig vid bussen i Kungsör de första gångerna jag åker själv.",
          "Min gode man Berit köper ett busskort till mig i april och betalar det varje månad."]),
        ("Det här gör personalen",
         ["Personalen på Gruppbostaden Västra hjälper mig att planera maten på söndagar och handla på "
          "måndagar. Vi börjar 2025-03-23.",
          "Min kontaktman Peter tränar bussresan till Kungsör med mig varannan lördag från 2025-04-05.",
          "Personalen på Returen gör ett schema med en vilopaus efter lunch. Det ska vara klart 2025-04-01."]),
        ("Det här gör vården",
         ["Distriktssköterskan på Vårdcentralen Arboga tar blodprov för sköldkörteln 2025-04-08.",
          "Dietisten på Vårdcentralen Arboga träffar mig och Peter 2025-04-15.",
          "Hörselvården i Västerås testar min hörsel och hörapparat."]),
        ("Uppföljning",
         ["Vi ses igen i september och pratar om hur det har gått."]),
        ("Vi som var med",
         ["Jag (Emil). Jag var med på hela mötet. Jag tycker att jag har det bra i min lägenhet och "
          "jag vill inte flytta. Jag tycker om jobbet men jag blir för trött.",
          "Mamma Lena.",
          "Karin, LSS-samordnare, Arboga kommun.",
          "Peter, kontaktman, Gruppbostaden Västra, Arboga kommun.",
          "Ali, handledare, daglig verksamhet Returen, Arboga kommun.",
          "Sofia, distriktssköterska, Vårdcentralen Arboga.",
          "Mira, arbetsterapeut, Habiliteringscentrum Västerås (på Teams).",
          "Jag sa ja till att alla här får prata med varandra om mig. Jag skrev under samtycket på "
          "mötet 2025-03-18."]),
    ]
    tbl = doc.add_table(rows=1, cols=2)
    tbl.style = "Table Grid"
    cell_text(tbl.cell(0, 0), "Område", bold=True)
    cell_text(tbl.cell(0, 1), "Plan", bold=True)
    shade(tbl.cell(0, 0), "C5E0B3")
    shade(tbl.cell(0, 1), "C5E0B3")
    repeat_header(tbl.rows[0])
    for area, lines in rows:
        c = tbl.add_row().cells
        cell_text(c[0], area, bold=True)
        shade(c[0], "EDF5E6")
        c[1].text = ""
        first = True
        for ln in lines:
            p = c[1].paragraphs[0] if first else c[1].add_paragraph()
            first = False
            rr = p.add_run(ln)
            if ln.endswith(":"):
                rr.bold = True
            p.paragraph_format.space_after = Pt(3)
    for row in tbl.rows:
        row.cells[0].width = Cm(4.5)
        row.cells[1].width = Cm(12.5)
    fixed_docx_metadata(doc, "LSS-samordnare Arboga")
    doc.save(path(7, "docx"))


# ---------------------------------------------------------------------------
# 08  Regional e-service export drawn with fpdf2
# ---------------------------------------------------------------------------
class EPDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "B", 8.5)
        self.set_xy(12, 7)
        self.cell(95, 4.5, "SamPlan Västmanland – e-tjänst för SIP")
        self.set_font("DejaVu", "", 7.5)
        self.cell(60, 4.5, "Export 2025-02-05 11:02  Ärende SIP-2025-0142")
        self.cell(31, 4.5, f"Sida {self.page_no()} ({{nb}})", align="R")
        self.set_y(14)

    def footer(self):
        self.set_y(-10)
        self.set_font("DejaVu", "", 6.5)
        self.set_text_color(110)
        self.cell(0, 4, "Utskrift från e-tjänst. Fält utan värde har inte fyllts i av användaren.",
                  align="C")
        self.set_text_color(0)


def make_08():
    pdf = EPDF(format="A4")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_margins(12, 14, 12)
    pdf.set_auto_page_break(True, 14)
    pdf.set_creation_date(__import__("datetime").datetime(2025, 2, 5, 11, 2))
    pdf.add_page()
    CW, GAP, LH = 91, 4, 4.1

    def rule():
        pdf.set_font("DejaVu", "", 8)
        pdf.set_x(12)
        pdf.cell(186, 4, "-" * int(186 / pdf.get_string_width("-")), new_x="LMARGIN", new_y="NEXT")

    def part(title):
        pdf.set_font("DejaVu", "B", 9)
        pdf.set_x(12)
        pdf.cell(186, 5, title.upper(), new_x="LMARGIN", new_y="NEXT")

    def fh(name, val, w):
        pdf.set_font("DejaVu", "", 8)
        lines = pdf.multi_cell(w, LH, f"**{name}:** {val}", markdown=True, dry_run=True, output="LINES")
        return len(lines) * LH

    def fdraw(x, y, name, val, w):
        pdf.set_xy(x, y)
        pdf.set_font("DejaVu", "", 8)
        pdf.multi_cell(w, LH, f"**{name}:** {val}", markdown=True, align="L")

    def fields2(items):
        """Fields in two columns, filled row by row."""
        for i in range(0, len(items), 2):
            pair = items[i:i + 2]
            h = max(fh(n, v, CW) for n, v in pair)
            if pdf.get_y() + h > 297 - 16:
                pdf.add_page()
            y = pdf.get_y()
            for k, (n, v) in enumerate(pair):
                fdraw(12 + k * (CW + GAP), y, n, v, CW)
            pdf.set_y(y + h + 0.8)

    def wide(name, val):
        h = fh(name, val, 186)
        if pdf.get_y() + h > 297 - 16:
            pdf.add_page()
        fdraw(12, pdf.get_y(), name, val, 186)
        pdf.set_y(pdf.get_y() + 0.8)

    part("Ärende")
    fields2([
        ("Ärende-ID", "SIP-2025-0142"), ("Status", "Fastställd"),
        ("Typ av plan", "SIP vuxen"), ("Mötesdatum", "2025-02-03"),
        ("Mötesform", "Fysiskt möte, Vårdcentralen Fagersta"), ("Kommun", "Fagersta"),
        ("Skapad", "2025-01-20"), ("Senast ändrad", "2025-02-05"),
    ])
    rule()
    part("Den enskilde")
    fields2([
        ("Namn", "M. (anonymiserad)"), ("Personnummer", "XXXXXX-XXXX"),
        ("Ålder", "46"), ("Telefon", "070-XXX XX XX"),
        ("Sysselsättning", "Lagerarbetare, tillsvidareanställd, sjukskriven 100 % sedan 2024-08-12"),
        ("Tolkbehov", "Nej"),
        ("Den enskilde närvarande", "Nej"), ("Den enskildes synpunkter", ""),
        ("Ställföreträdare", "Ingen"), ("Närstående kontaktperson", ""),
    ])
    rule()
    part("Samtycke")
    fields2([
        ("Samtycke lämnat", "Ja"), ("Samtyckesform", "Skriftligt, signerat med BankID i e-tjänsten"),
        ("Samtycke datum", "2025-01-20"),
        ("Omfattning", "Vårdcentralen Fagersta, Smärtrehab Västerås, IFO Fagersta, Försäkringskassan"),
    ])
    rule()
    part("Planering")
    wide("Bakgrund",
         "M. har haft långvarig smärta i ländrygg och nacke sedan 2022, diagnos långvarig smärta med "
         "nociplastisk komponent, samt sömnstörning och nedstämdhet. Arbetat på lager i Fagersta i tolv år, "
         "tunga lyft. Flera arbetsträningsförsök 2023–2024 har avbrutits på grund av ökad smärta. Sjukskriven "
         "100 % sedan augusti 2024. Dag 180 passerades i februari och rätten till sjukpenning prövas nu mot "
         "normalt förekommande arbete. Hushållets ekonomi är ansträngd, sambon har låg inkomst, och M. har "
         "ansökt om ekonomiskt bistånd hos kommunen.")
    wide("Syfte",
         "Syftet är att sjukskrivning, smärtrehabilitering och ekonomiskt stöd för M. samordnas så att hon "
         "kan påbörja rehabilitering mot arbete och inte står utan försörjning medan Försäkringskassan "
         "prövar hennes rätt till sjukpenning.")
    wide("Frågeställningar",
         "1) Är M. aktuell för multimodal smärtrehabilitering innan arbetsträning kan starta? "
         "2) Kan ekonomiskt bistånd beviljas under tiden FK utreder? "
         "3) Vilka anpassningar behövs hos arbetsgivaren för en stegvis återgång?")
    wide("Den enskildes mål",
         "Att sjukskrivningsgraden för M. kan trappas ned under 2025 och att M. på sikt återgår i arbete "
         "på 50 % med anpassade arbetsuppgifter.")
    rule()
    part("Insatser")
    pdf.set_font("DejaVu", "", 8)
    rows = [
        ("Bedömning för multimodal smärtrehabilitering", "Smärtrehab, Västmanlands sjukhus Västerås",
         "2025-03-10"),
        ("Fysioterapi med individuellt träningsprogram, 1 g/v", "Fysioterapeut, Vårdcentralen Fagersta",
         "Fr.o.m. 2025-02-10"),
        ("Läkarintyg för fortsatt sjukskrivning med aktivitetsbegränsningar beskrivna",
         "Distriktsläkare, Vårdcentralen Fagersta", "Senast 2025-02-14"),
        ("KBT-samtal om sömn och smärthantering, 6 tillfällen", "Psykolog, Vårdcentralen Fagersta",
         "Start v. 9"),
        ("Utredning och beslut om ekonomiskt bistånd", "Kommunen", "2025-02-17"),
        ("Avstämningsmöte om arbetsförmåga och återgång", "Försäkringskassan, handläggare",
         "2025-03-24"),
        ("Kontakt med arbetsgivaren om anpassade arbetsuppgifter inför arbetsträning",
         "Rehabkoordinator, Vårdcentralen Fagersta, tillsammans med M.", "Före 2025-03-24"),
        ("Kartläggning av sömn och nedstämdhet (skattning, uppföljning)", "Psykolog, Vårdcentralen Fagersta",
         "Vid första KBT-besöket v. 9"),
    ]
    with pdf.table(col_widths=(86, 62, 38), headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225)),
                   line_height=4.4, text_align="LEFT", repeat_headings=1, padding=1) as table:
        h = table.row()
        for x in ("Vad", "Vem", "När"):
            h.cell(x)
        for r in rows:
            rr = table.row()
            for x in r:
                rr.cell(x)
    pdf.ln(2)
    rule()
    part("Ansvar och uppföljning")
    fields2([
        ("Huvudansvarig för planen", ""), ("Uppföljningsdatum", "2025-05-20"),
        ("Uppföljningsform", "Fysiskt möte"), ("Plats", "Vårdcentralen Fagersta"),
    ])
    rule()
    part("Deltagare")
    fields2([
        ("Deltagare 1", "Linnea"), ("Deltagare 2", "Omar"),
        ("Deltagare 3", "Petra"), ("Deltagare 4", "Jonas"),
        ("Deltagare 5", "Sanna"), ("Deltagare 6", ""),
    ])
    rule()
    part("Handläggning")
    fields2([
        ("Registrerad av", "Rehabkoordinator"), ("Fastställd", "2025-02-05"),
        ("Kopia skickad till den enskilde", "Ja, via 1177"), ("Arkivering", "Journal/akt hos respektive part"),
    ])
    pdf.output(path(8, "pdf"))


def normalize_zip(fn):
    """Rewrite a .docx with fixed zip timestamps so reruns give identical bytes."""
    import zipfile
    with zipfile.ZipFile(fn) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(fn, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def main():
    os.makedirs(OUT, exist_ok=True)
    make_01()
    make_02()
    make_03()
    make_04()
    make_05()
    make_06()
    make_07()
    make_08()
    for n in (2, 5, 7):
        normalize_zip(path(n, "docx"))
    print("done:", sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()
