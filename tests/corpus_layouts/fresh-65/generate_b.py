#!/usr/bin/env python
"""Generate the f65b- batch of fictional SIP plans (Jönköpings län / Kalmar län, 2025)."""
import datetime as dt
import os
import shutil
import subprocess
import textwrap

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f65b"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIXED = dt.datetime(2025, 1, 1, 8, 0, 0)


def path(n, ext):
    return os.path.join(OUT, f"{PREFIX}-{n:02d}.{ext}")


def fix_props(doc, author="SIP"):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
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


def header_row(table, labels, fill="D9E2F3"):
    row = table.rows[0]
    for cell, text in zip(row.cells, labels):
        cell.text = ""
        r = cell.paragraphs[0].add_run(text)
        r.bold = True
        shade(cell, fill)
    repeat_header(row)


def set_col_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips if hasattr(w, "twips") else w / 635)))
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w


def label_para(doc, label, value):
    p = doc.add_paragraph()
    r = p.add_run(label + " ")
    r.bold = True
    p.add_run(value)
    return p


# ---------------------------------------------------------------------------
# 01  docx, numbered measures table with emoji status; man 29, ADHD + debts, Jönköping
# ---------------------------------------------------------------------------
def plan01():
    doc = Document()
    fix_props(doc, "Vuxenenheten IFO")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Jönköpings kommun, Socialförvaltningen  |  Region Jönköpings län, Psykiatriska kliniken"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "SIP – Daniel K. – upprättad 2025-08-19 – status uppdaterad 2025-09-15"
    fp.runs[0].font.size = Pt(8)

    doc.add_heading("Samordnad individuell plan (SIP)", level=0)
    label_para(doc, "Namn:", "Daniel K.")
    label_para(doc, "Personnummer:", "ÅÅMMDD-XXXX")
    label_para(doc, "SIP-möte:", "2025-08-19 kl. 13.30, Vuxenenheten, Socialförvaltningen Jönköping")

    doc.add_heading("Bakgrund", level=1)
    doc.add_paragraph(
        "Daniel är 29 år och bor ensam i en hyreslägenhet i Jönköping. Han fick diagnosen ADHD "
        "vid Psykiatriska mottagningen Jönköping i mars 2025 men medicineringen har inte kommit "
        "igång ordentligt eftersom han missat flera besök. Daniel har skulder på ca 190 000 kr, "
        "bl.a. obetalda mobilräkningar, sms-lån och hyresskuld för juni och juli. Hyresvärden har "
        "skickat en uppsägningsvarning och Socialtjänsten fick en underrättelse om risk för "
        "avhysning i juli. Daniel har tidigare arbetat på lager men har sedan våren inget arbete. "
        "Han beskriver att han har svårt att öppna post, håller inte tider och att det blir "
        "kaos med pengarna i slutet av varje månad."
    )

    doc.add_heading("Syfte med SIP", level=1)
    doc.add_paragraph(
        "Syftet är att samordna stödet från socialtjänsten och psykiatrin så att Daniel får "
        "ordning på sin ekonomi och kan behålla lägenheten, samtidigt som ADHD-behandlingen "
        "kommer igång och han får hjälp med struktur i vardagen."
    )

    doc.add_heading("Daniels mål", level=1)
    p = doc.add_paragraph()
    r = p.add_run(
        "”Jag vill bli av med skulderna och kunna betala hyran själv utan att vara orolig "
        "varje månad. Och jag vill orka ta tag i saker innan de blir ett problem.”"
    )
    r.italic = True

    doc.add_heading("Daniels delaktighet och önskemål", level=1)
    doc.add_paragraph(
        "Daniel var med under hela mötet och berättade själv om sin situation. Han önskar "
        "påminnelser via sms dagen innan alla besök, eftersom brev inte fungerar för honom. "
        "Han vill helst träffa boendestödet hemma och inte på kontoret. Daniel är positiv till "
        "medicinering men vill först få veta mer om biverkningar."
    )

    doc.add_heading("Samtycke", level=1)
    doc.add_paragraph("Samtycke finns.")

    doc.add_heading("Insatser", level=1)
    rows = [
        ("1", "Utredning och beslut om ekonomiskt bistånd för hyresskulden juni–juli för att förhindra avhysning",
         "Socialsekreterare, Vuxenenheten IFO Jönköpings kommun", "Klart 2025-08-12", "🟢 klar"),
        ("2", "Ekonomiskt bistånd till hyra för augusti och september enligt 4 kap. 1 § SoL",
         "Socialsekreterare, Vuxenenheten IFO Jönköpings kommun", "Beslut senast 2025-08-29", "🟢 klar"),
        ("3", "Budget- och skuldrådgivning: genomgång av alla skulder, budget, förberedelse inför ansökan om skuldsanering",
         "Budget- och skuldrådgivare, Jönköpings kommun", "Start 2025-09-03, varannan vecka", "🟡 pågår"),
        ("4", "Läkarbesök för start och titrering av ADHD-medicin, information om biverkningar",
         "Läkare, Psykiatriska mottagningen Jönköping", "2025-09-10, därefter var 4:e vecka", "🟡 pågår"),
        ("5", "Psykoedukation om ADHD i grupp (fyra träffar)",
         "Arbetsterapeut, Psykiatriska mottagningen Jönköping", "", "🔴 ej påbörjad"),
        ("6", "Boendestöd enligt SoL, 2 ggr/vecka i hemmet: post, räkningar, veckoschema",
         "Boendestödet, Socialpsykiatrin Jönköpings kommun", "Från 2025-09-22", "🔴 ej påbörjad"),
    ]
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    header_row(t, ["Nr", "Insats", "Ansvarig", "När", "Status"])
    for row in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v
    set_col_widths(t, [Cm(1), Cm(5.8), Cm(4.2), Cm(3), Cm(2.6)])
    doc.add_paragraph(
        "Statusen uppdateras av huvudansvarig inför varje uppföljning. "
        "🟢 = klar   🟡 = pågår   🔴 = ej påbörjad"
    ).runs[0].font.size = Pt(9)

    doc.add_heading("Huvudansvar för planen", level=1)
    doc.add_paragraph(
        "Emma, socialsekreterare på Vuxenenheten, IFO Jönköpings kommun, har huvudansvaret "
        "för planen och kallar till uppföljning."
    )

    doc.add_heading("Uppföljning", level=1)
    doc.add_paragraph(
        "Planen följs upp vecka 42. Emma skickar kallelse och Daniel får en påminnelse via sms."
    )
    doc.save(path(1, "docx"))


# ---------------------------------------------------------------------------
# 02  fpdf2 record print, CAPITAL labels with colon, value indented below;
#     woman 76 after hip fracture, Värnamo
# ---------------------------------------------------------------------------
class RecordPDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "B", 9)
        self.cell(95, 5, "Cosmic – Journalutskrift", new_x="RIGHT", new_y="TOP")
        self.set_font("DejaVu", "", 8)
        self.cell(0, 5, f"Utskrivet 2025-03-12 14:32   Sida {self.page_no()} ({{nb}})",
                  align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_font("DejaVu", "", 8)
        self.cell(95, 4, "Patient: Gunnel, XXXXXX-XXXX", new_x="RIGHT", new_y="TOP")
        self.cell(0, 4, "Region Jönköpings län", align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(5)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.cell(0, 5, "Utskriften är en kopia av journalanteckning. Original i Cosmic.", align="C")


def plan02():
    pdf = RecordPDF(format="A4")
    pdf.set_creation_date(dt.datetime(2025, 3, 12, 14, 32, tzinfo=dt.timezone.utc))
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(18, 14, 18)
    pdf.alias_nb_pages()
    pdf.add_page()

    def field(label, lines):
        if pdf.get_y() > 255:
            pdf.add_page()
        pdf.set_font("DejaVu", "B", 9.5)
        pdf.cell(0, 5.5, label + ":", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 9.5)
        for ln in lines:
            pdf.set_x(pdf.l_margin + 10)
            pdf.multi_cell(pdf.w - pdf.l_margin - pdf.r_margin - 10, 5, ln,
                           new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)

    field("ANTECKNINGSTYP", ["Samordnad individuell plan (SIP)"])
    field("VÅRDENHET", ["Ortopedavdelningen, Värnamo sjukhus"])
    field("MÖTESDATUM", ["2025-03-11 kl. 13.00"])
    field("MÖTESFORM", ["Fysiskt möte på avdelningen. Biståndshandläggare deltog via Teams."])
    field("DELTAGARE", ["Gunnel (patient)", "Sjuksköterska", "Arbetsterapeut", "Fysioterapeut",
                        "Biståndshandläggare", "Distriktssköterska"])
    field("BAKGRUND", [
        "76-årig kvinna som bor ensam i villa i Värnamo. Föll i hemmet 2025-03-02 och "
        "ådrog sig en höftfraktur vänster sida, opererad med halvprotes 2025-03-03. "
        "Tidigare helt självständig i ADL, körde bil och handlade själv. Diabetes typ 2 "
        "som sköts på vårdcentralen. Går nu med rollator korta sträckor, behöver hjälp vid "
        "på- och avklädning av nedre kroppshalva och vid dusch. Trappor inom hemmet finns "
        "till källaren men sovrum och badrum ligger på entréplan. Beräknad utskrivning "
        "2025-03-14."])
    field("SYFTE MED SIP", [""])
    field("FRÅGESTÄLLNINGAR", [""])
    field("PATIENTENS SYN OCH ÖNSKEMÅL", [
        "Gunnel deltog i hela mötet. Hon vill åka hem och vill inte till korttidsboende. "
        "Hon önskar att hemtjänsten kommer efter kl. 08.00 på morgonen och att hon får "
        "duscha själv så långt det går, med pall och handtag. Hon är orolig för att ramla "
        "igen på natten."])
    field("MÅL", [
        "Målet är att Gunnel ska kunna bo kvar i sitt hem och klara förflyttningar "
        "inomhus med rollator på egen hand inom sex veckor."])

    measures = [
        ("Hemtjänst morgon och kväll: hjälp med personlig hygien, på- och avklädning, "
         "stödstrumpor och tillsyn av måltid.",
         "Hemtjänst Värnamo centrum, Värnamo kommun (enhetschef)",
         "Från utskrivningsdagen 2025-03-14, beslut t.o.m. 2025-05-31"),
        ("Trygghetslarm installeras i bostaden före hemgång.",
         "Biståndshandläggare, Äldreomsorgen Värnamo kommun",
         "Senast 2025-03-13"),
        ("Hembesök och utprovning av hjälpmedel: toalettförhöjning, duschpall, griptång, "
         "borttagning av mattor.",
         "Arbetsterapeut, Rehab i hemmet Värnamo kommun",
         "2025-03-14 i samband med hemkomst"),
        ("Gång- och balansträning i hemmet, instruktion av hemträningsprogram.",
         "Fysioterapeut, Rehab i hemmet Värnamo kommun",
         "2 ggr/vecka 2025-03-17 – 2025-04-25"),
        ("Suturtagning och kontroll av operationssår.",
         "Distriktssköterska, Vårdcentralen Värnamo",
         "2025-03-17"),
        ("Läkemedelsgenomgång inkl. blodförtunnande behandling och diabetesmedicin.",
         "Läkare, Vårdcentralen Värnamo",
         "2025-03-24"),
        ("Återbesök med röntgenkontroll.",
         "Ortopedmottagningen, Värnamo sjukhus",
         "2025-04-23"),
    ]
    for i, (ins, ans, tid) in enumerate(measures, 1):
        field(f"INSATS {i}", [ins])
        field("ANSVARIG", [ans])
        field("TIDPUNKT", [tid])

    field("HUVUDANSVARIG FÖR PLANEN", ["Värnamo kommun"])
    field("UPPFÖLJNING", ["Uppföljande SIP-möte i Gunnels hem 2025-04-08 kl. 10.00."])
    field("SIGNERAD AV", ["Sjuksköterska, Ortopedavdelningen Värnamo sjukhus, 2025-03-12 14:20"])
    pdf.output(path(2, "pdf"))


# ---------------------------------------------------------------------------
# 03  txt Windows-1252 CRLF, TAB-separated measures, "Label: value" lines;
#     young man 18 with substance use, Kalmar
# ---------------------------------------------------------------------------
def plan03():
    def lv(label, value, width=76):
        if not value:
            return [f"{label}:"]
        first = f"{label}: "
        return textwrap.wrap(value, width=width, initial_indent=first,
                             subsequent_indent="    ")

    L = []
    L.append("SAMORDNAD INDIVIDUELL PLAN (SIP) – UTSKRIFT")
    L.append("Kalmar kommun, Socialförvaltningen, Unga vuxna")
    L.append("=" * 60)
    L.append("")
    L += lv("Namn", "Elias")
    L += lv("Personnummer", "ÅÅMMDD-XXXX")
    L += lv("Ålder", "18 år")
    L += lv("Datum för SIP-möte", "2025-10-07")
    L += lv("Plats", "Socialförvaltningen Kalmar, mötesrum 2")
    L += lv("Närvarande", "Elias, Sofia, Mikael, Jenny, Omar, Lena")
    L.append("")
    L += lv("Syfte", "Samordning")
    L += lv("Frågeställningar", "")
    L.append("")
    L += lv("Bakgrund",
            "Elias har använt cannabis dagligen sedan han var 15 år och har det senaste "
            "året även tagit bensodiazepiner som han köpt via kompisar. Han hoppade av "
            "gymnasiet (el-programmet) i våras och har sedan dess inte haft någon "
            "sysselsättning. Bor hemma hos mamma, det har varit mycket konflikter och "
            "mamma har vid två tillfällen ringt polisen. En orosanmälan kom in när Elias "
            "var 17 och han hade då en kortare kontakt med Ungdomsmottagningen. Nu när han "
            "fyllt 18 har ärendet gått över till Unga vuxna. Elias sover dåligt och är "
            "vaken på nätterna.")
    L.append("")
    L += lv("Elias mål",
            "\"Jag vill sluta röka på och ta körkort. Och jag vill ha ett jobb till "
            "sommaren så jag kan flytta hemifrån.\"")
    L += lv("Elias synpunkter",
            "Elias var med under hela mötet. Han vill inte ha behandling i grupp och "
            "vill träffa samma behandlare varje gång. Han vill att träffarna ligger efter "
            "kl. 11 och att mamma inte ska vara med på behandlingssamtalen.")
    L.append("")
    L.append("Insatser:")
    rows = [
        ("Insats", "Ansvarig", "Start", "Omfattning"),
        ("Öppenvårdsbehandling cannabis (MI/ACRA), individuella samtal",
         "Behandlare, Öppenvården Unga vuxna, Kalmar kommun", "2025-10-14", "1 gång/vecka"),
        ("Urinprov (drogkontroll)", "Regionen", "2025-10-14", "1 gång/vecka"),
        ("Läkarbedömning sömn och abstinens, ev. nedtrappning bensodiazepiner",
         "Läkare, Beroendemottagningen Kalmar", "2025-10-20", "Ett besök, sedan enl. läkare"),
        ("Kartläggning studier/arbete, ansökan till Vuxenutbildningen",
         "KAA-samordnare, Kalmar kommun", "2025-10-15", "Varannan vecka"),
        ("Stödsamtal och avstämning av behandlingen",
         "Socialsekreterare, Unga vuxna IFO Kalmar", "2025-10-09", "Var tredje vecka"),
    ]
    for r in rows:
        L.append("\t".join(r))
    L.append("")
    L += lv("Övriga aktörer", "Mamma och Arbetsförmedlingen berörs.")
    L += lv("Huvudansvarig", "")
    L.append("")
    L += lv("Utskrivet", "2025-10-08")
    text = "\r\n".join(L) + "\r\n"
    with open(path(3, "txt"), "wb") as f:
        f.write(text.encode("cp1252"))


# ---------------------------------------------------------------------------
# 04  md, numbered H3 parts with sub-parts by principal; girl 9 with anxiety, Nässjö
# ---------------------------------------------------------------------------
def plan04():
    md = """# Samordnad individuell plan – Tilde, 9 år

**Datum för SIP-möte:** 2025-10-22
**Plats:** Elevhälsans rum, skolan i Nässjö
**Personnummer:** ÅÅMMDD-XXXX

### 1. Bakgrund och syfte

Tilde går i årskurs 3. Sedan sommarlovet har hon haft svår ångest på morgnarna med
magont och gråt, och hon har varit frånvarande ca 40 % av skoldagarna under september
och oktober. När hon är i skolan vill hon helst att mamma följer med in i klassrummet.
Hon har svårt att somna och sover ofta i föräldrarnas säng. BUP Nässjö gjorde en
bedömning i september och Tilde har fått diagnosen separationsångest. Skolan har gjort
en kartläggning av frånvaron och ser att det är svårast efter helger och vid
schemaändringar.

**Syfte:** Syftet med SIP:en är att skolan, elevhälsan och BUP ska arbeta åt samma håll
så att Tilde kan komma tillbaka till skolan hela dagar och få behandling för sin ångest,
utan att föräldrarna behöver vara budbärare mellan verksamheterna.

**Frågeställningar:** Gå igenom läget i skolan och hemma.

### 2. Tildes mål och delaktighet

Tilde var med under första halvtimmen av mötet tillsammans med mamma och pappa. Hon
hade ritat en bild av hur en bra skoldag ser ut.

> "Jag vill våga vara ute på rasten utan att mamma är där. Och jag vill kunna sova
> över hos mormor."

Tilde önskar att få sitta nära dörren i klassrummet och att hennes lärare ska veta när
hon är orolig, så att hon kan visa ett kort i stället för att behöva säga det. Hon vill
inte prata om ångesten inför klassen.

### 3. Insatser

### 3.1 Insatser – kommunen

- **Anpassningar i klassrummet:** plats nära dörren, "orolig-kort", förvarning vid
  schemaändringar och vikarier.
  *Ansvar:* klasslärare och specialpedagog, Elevhälsan Nässjö kommun. *När:* från 2025-10-27.
- **Samtal med skolkurator** en gång i veckan, fokus på trygghet i skolan.
  *Ansvar:* skolkurator, Elevhälsan Nässjö kommun. *När:* tisdagar från 2025-10-28.
- **Trappa upp skoldagen** stegvis, med en trygg vuxen som tar emot Tilde vid entrén.
  *Ansvar:* rektor. *När:* ej bestämt.

### 3.2 Insatser – regionen

- **KBT för ångest** (10–12 sessioner), exponering i små steg.
  *Ansvar:* psykolog, BUP Nässjö. *När:* start 2025-11-05, varje onsdag.
- **Föräldrastöd** kring separationsångest och sömn, 4 träffar.
  *Ansvar:* kurator, BUP Nässjö. *När:* start 2025-11-12.

### 3.3 Övriga

Inga insatser från andra aktörer (t.ex. Försäkringskassan eller föreningar) är
aktuella i nuläget.

### 4. Huvudansvar och uppföljning

**Huvudansvar:** BUP Nässjö har huvudansvaret för planen.

**Uppföljning:** Planen följs upp i december. BUP kallar.

### 5. Deltagare

| Namn | Funktion | Verksamhet |
|---|---|---|
| Tilde | den enskilda (del av mötet) | – |
| Mamma och pappa | vårdnadshavare | – |
| Johanna | psykolog | BUP Nässjö, Region Jönköpings län |
| Peter | skolkurator | Elevhälsan, Nässjö kommun |
| Malin | specialpedagog | Elevhälsan, Nässjö kommun |
| Sara | klasslärare åk 3 | Grundskolan, Nässjö kommun |
"""
    with open(path(4, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ---------------------------------------------------------------------------
# 05  docx half-filled template with content controls (w:sdt), signature table;
#     man 61 with acquired brain injury, Västervik
# ---------------------------------------------------------------------------
PLACEHOLDER = "Klicka eller tryck här för att ange text."
_sdt_id = [1000]


def add_sdt(paragraph, tag, text=None, date=False):
    """Inline content control. text=None -> shows its placeholder."""
    _sdt_id[0] += 1
    show = text is None
    shown = PLACEHOLDER if show else text
    if date and show:
        shown = "Klicka eller tryck för att ange datum."
    esc = (shown.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
    rpr = '<w:rPr><w:rStyle w:val="Platshllartext"/><w:color w:val="808080"/></w:rPr>' if show else ""
    pr_type = ('<w:date w:fullDate="2025-09-02T00:00:00Z"><w:dateFormat w:val="yyyy-MM-dd"/>'
               '<w:lid w:val="sv-SE"/><w:storeMappedDataAs w:val="dateTime"/>'
               '<w:calendar w:val="gregorian"/></w:date>') if (date and not show) else (
        '<w:date><w:dateFormat w:val="yyyy-MM-dd"/><w:lid w:val="sv-SE"/></w:date>' if date else "<w:text w:multiLine=\"1\"/>")
    xml = (
        f'<w:sdt {nsdecls("w")}><w:sdtPr>'
        f'<w:alias w:val="{tag}"/><w:tag w:val="{tag}"/><w:id w:val="{_sdt_id[0]}"/>'
        f'<w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/></w:placeholder>'
        f'{"<w:showingPlcHdr/>" if show else ""}{pr_type}</w:sdtPr>'
        f'<w:sdtContent><w:r>{rpr}<w:t xml:space="preserve">{esc}</w:t></w:r></w:sdtContent></w:sdt>'
    )
    paragraph._p.append(parse_xml(xml))


def plan05():
    doc = Document()
    fix_props(doc, "Mall SIP Kalmar län")
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    h = sec.header.paragraphs[0]
    h.text = "SIP – Samordnad individuell plan\tRegion Kalmar län och länets kommuner\tMall 2024:1"
    for r in h.runs:
        r.font.size = Pt(8)
    f = sec.footer.paragraphs[0]
    f.text = "Planen förvaras hos respektive huvudman. Sekretess enligt OSL."
    f.runs[0].font.size = Pt(7)

    title = doc.add_paragraph()
    tr = title.add_run("SAMORDNAD INDIVIDUELL PLAN (SIP)")
    tr.bold = True
    tr.font.size = Pt(16)
    intro = doc.add_paragraph(
        "Enligt 2 kap. 7 § SoL och 16 kap. 4 § HSL. Fyll i de grå fälten. Planen ska "
        "upprättas tillsammans med den enskilde.")
    intro.runs[0].font.size = Pt(8)
    intro.runs[0].italic = True

    def form(rows_spec, widths=(Cm(5), Cm(12))):
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for label, kind, val in rows_spec:
            cells = t.add_row().cells
            cells[0].text = ""
            lr = cells[0].paragraphs[0].add_run(label)
            lr.bold = True
            shade(cells[0], "E7E6E6")
            p = cells[1].paragraphs[0]
            if kind == "sdt":
                add_sdt(p, label, val)
            elif kind == "date":
                add_sdt(p, label, val, date=True)
            else:
                p.add_run(val)
        set_col_widths(t, list(widths))
        return t

    def section_title(text):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(11)
        r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)

    section_title("1. Personuppgifter och möte")
    form([
        ("Den enskildes namn", "sdt", "Per-Olof"),
        ("Personnummer", "sdt", "ÅÅMMDD-XXXX"),
        ("Datum för SIP-möte", "date", "2025-09-02"),
        ("Plats", "sdt", "Biståndsenheten, Västerviks kommun"),
        ("Bakgrund", "sdt",
         "Per-Olof, 61 år, fick en hjärnblödning i februari 2025 och har en förvärvad "
         "hjärnskada med nedsatt minne, initiativförmåga och uthållighet. Vårdades på "
         "Västerviks sjukhus och därefter på rehabavdelning. Bor ensam i lägenhet. Sedan "
         "hemgången i maj har han blivit alltmer nedstämd och isolerad, han äter oregelbundet "
         "och glömmer läkemedel. Har inte återgått i arbete som lastbilschaufför."),
    ])

    section_title("2. Syfte och frågeställningar")
    form([
        ("Syfte med SIP", "sdt", None),
        ("Frågeställningar inför mötet", "sdt", None),
    ])

    section_title("3. Den enskildes mål och delaktighet")
    form([
        ("Den enskildes mål", "sdt", None),
        ("Den enskildes delaktighet", "sdt", "Per-Olof deltog på mötet."),
    ])

    section_title("4. Samtycke")
    t = form([
        ("Samtycke till samverkan", "text", ""),
        ("Datum för samtycke", "date", "2025-09-02"),
    ])
    p = t.rows[0].cells[1].paragraphs[0]
    p.add_run("☒ Muntligt samtycke    ☐ Skriftligt samtycke (blankett bifogas)")

    section_title("5. Insatser")
    it = doc.add_table(rows=1, cols=3)
    it.style = "Table Grid"
    header_row(it, ["Insats", "Ansvarig huvudman/verksamhet", "Tidpunkt"], fill="E7E6E6")
    spec = [
        ("Fortsatt kontakt med psykiatrin", "Regionen", None),
        ("Stöd vid behov", "Kommunen", None),
        ("Fortsatt rehabilitering", "Regionen", "Pågående"),
    ]
    for ins, ans, tid in spec:
        cells = it.add_row().cells
        add_sdt(cells[0].paragraphs[0], "Insats", ins)
        add_sdt(cells[1].paragraphs[0], "Ansvarig", ans)
        add_sdt(cells[2].paragraphs[0], "Tidpunkt", tid)
    cells = it.add_row().cells
    for c, tag in zip(cells, ["Insats", "Ansvarig", "Tidpunkt"]):
        add_sdt(c.paragraphs[0], tag, None)
    set_col_widths(it, [Cm(8), Cm(5), Cm(4)])

    section_title("6. Andra aktörer, huvudansvar och uppföljning")
    form([
        ("Andra aktörers insatser (t.ex. FK, AF, god man, närstående)", "sdt", None),
        ("Huvudansvarig för planen (namn, funktion, verksamhet)", "sdt", None),
        ("Uppföljning", "sdt", "Om tre månader"),
    ])

    section_title("7. Deltagare")
    form([
        ("Deltagare vid mötet", "sdt",
         "Per-Olof (den enskilde); Anders, biståndshandläggare, Biståndsenheten Västerviks "
         "kommun; Karin, sjuksköterska, Psykiatriska mottagningen Västervik; Lisa, "
         "arbetsterapeut, Vårdcentralen Västervik; Mats, enhetschef, Hemtjänst Västervik norra"),
    ])

    section_title("8. Underskrifter")
    st = doc.add_table(rows=1, cols=4)
    st.style = "Table Grid"
    header_row(st, ["Underskrift", "Namnförtydligande", "Funktion och verksamhet", "Datum"],
               fill="E7E6E6")
    for _ in range(5):
        cells = st.add_row().cells
        cells[0].paragraphs[0].add_run("\n")
        add_sdt(cells[1].paragraphs[0], "Namnförtydligande", None)
        add_sdt(cells[2].paragraphs[0], "Funktion", None)
        add_sdt(cells[3].paragraphs[0], "Datum", None, date=True)
    set_col_widths(st, [Cm(4.5), Cm(4), Cm(5), Cm(3.5)])
    doc.save(path(5, "docx"))


# ---------------------------------------------------------------------------
# 06  easy-to-read plan (lättläst), docx -> pdf via LibreOffice; woman 32, LSS, Oskarshamn
# ---------------------------------------------------------------------------
def plan06(tmpdir):
    doc = Document()
    fix_props(doc, "LSS Oskarshamn")
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(16)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.3
    for lvl, size in ((1, 22), (2, 19)):
        hs = doc.styles[f"Heading {lvl}"]
        hs.font.name = "Arial"
        hs.font.size = Pt(size)
        hs.font.color.rgb = RGBColor(0x1B, 0x4F, 0x72)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(3)
    hp = sec.header.paragraphs[0]
    hp.text = "Min plan – lättläst SIP – Oskarshamn"
    hp.runs[0].font.size = Pt(10)

    def pic(desc):
        p = doc.add_paragraph()
        r = p.add_run(f"[bild: {desc}]")
        r.italic = True
        r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)

    def lines(*ls):
        for l in ls:
            doc.add_paragraph(l)

    doc.add_heading("Min plan", level=1)
    lines("En plan för Amira.", "Amira är 32 år.", "Planen heter SIP.")
    pic("Amira och fyra personer runt ett bord")
    lines("Vi hade möte den 14 maj 2025.", "Mötet var på LSS-kontoret.")

    doc.add_heading("Varför har vi en plan?", level=2)
    lines("Du ska flytta till en egen lägenhet.",
          "Lägenheten finns på en servicebostad.",
          "Du flyttar i augusti.",
          "Planen ska hjälpa dig",
          "så att flytten blir bra.",
          "Alla som hjälper dig",
          "ska veta vad de ska göra.")
    pic("ett hus med många fönster")

    doc.add_heading("Det här vill jag", level=2)
    lines("”Jag vill bo i en egen lägenhet.”",
          "”Jag vill laga min egen mat.”",
          "”Jag vill fortsätta jobba på caféet.”")
    pic("en stekpanna och en kaffekopp")

    doc.add_heading("Det här sa du på mötet", level=2)
    lines("Du var med på hela mötet.",
          "Du sa att du vill ha",
          "samma personal som nu.",
          "Du vill inte ha möten",
          "tidigt på morgonen.")

    doc.add_heading("Får vi prata med varandra om dig?", level=2)
    lines("Ja, sa du på mötet",
          "den 14 maj 2025.")
    pic("en grön bock")

    doc.add_heading("Vem gör vad?", level=2)
    steps = [
        ("ett papper med en stämpel",
         ["Din handläggare på LSS", "i Oskarshamns kommun", "skriver beslut om servicebostad.",
          "Det ska vara klart senast", "den 15 juni 2025."]),
        ("en nyckel",
         ["Personalen på servicebostaden", "visar dig lägenheten.", "Ni går dit", "den 24 juni 2025."]),
        ("en kalender",
         ["Arbetsterapeuten på", "Vuxenhabiliteringen Oskarshamn", "gör ett bildschema åt dig.",
          "Det blir klart i augusti 2025."]),
        ("en dosett med piller",
         ["Distriktssköterskan på", "Vårdcentralen Oskarshamn", "lär dig att använda",
          "en dosett för medicinen."]),
        ("en buss",
         ["Din handledare på", "Daglig verksamhet Oskarshamn", "övar med dig att åka buss",
          "själv till caféet.", "Ni börjar den 1 september 2025."]),
    ]
    for d, ls in steps:
        pic(d)
        lines(*ls)

    doc.add_heading("Andra som hjälper dig", level=2)
    pic("en flyttkartong")
    lines("Mamma hjälper dig att packa", "och flytta.", "Det blir den 16 augusti 2025.")
    pic("en plånbok")
    lines("Din gode man betalar hyran", "och ordnar en hemförsäkring.", "Det gör han i juli 2025.")

    doc.add_heading("Vem har ansvar för planen?", level=2)
    lines("Oskarshamns kommun", "har huvudansvar för planen.")

    doc.add_heading("När ses vi igen?", level=2)
    pic("en kalender med en ring runt ett datum")
    lines("Vi träffas igen", "den 10 september 2025", "klockan 13.00.")

    doc.add_heading("Vid mötet var", level=2)
    lines("Du", "Mamma", "Sara", "Johan", "Maria", "Lina")

    docx_path = os.path.join(tmpdir, f"{PREFIX}-06.docx")
    doc.save(docx_path)
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file:///tmp/lo-{PREFIX}", "--headless",
         "--convert-to", "pdf", "--outdir", OUT, docx_path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


# ---------------------------------------------------------------------------
# 07  docx follow-up plan with "Bedömning" column; boy 14 with ADHD, Kalmar
# ---------------------------------------------------------------------------
def plan07():
    doc = Document()
    fix_props(doc, "Barn och familj IFO Kalmar")
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    hp = sec.header.paragraphs[0]
    hp.text = "Kalmar kommun – Region Kalmar län\tUppföljning SIP\tNoah, ÅÅMMDD-XXXX"
    for r in hp.runs:
        r.font.size = Pt(8)

    doc.add_heading("Uppföljning av samordnad individuell plan (SIP)", level=1)
    label_para(doc, "Uppföljningsmöte:", "2025-10-14 kl. 14.00–15.30, BUP Kalmar")
    label_para(doc, "Ursprunglig SIP upprättad:", "2025-05-20")
    label_para(doc, "Gäller:", "Noah, 14 år, åk 8")
    label_para(doc, "Syfte:", "Uppföljning av SIP.")

    doc.add_heading("Frågor till mötet", level=2)
    for q in [
        "Hur fungerar medicineringen under skoldagen efter dosändringen i september?",
        "Behöver Noah undervisning i mindre grupp i matematik under åk 8?",
        "Ska stödfamiljen fortsätta efter årsskiftet?",
        "Vad kan göras åt de sena kvällarna och tröttheten på morgonen?",
    ]:
        doc.add_paragraph(q, style="List Bullet")

    doc.add_heading("Deltagare", level=2)
    dt_ = doc.add_table(rows=1, cols=3)
    dt_.style = "Table Grid"
    header_row(dt_, ["Namn", "Funktion", "Verksamhet"])
    for r in [
        ("Noah", "Den enskilde (första delen av mötet)", "–"),
        ("Linda och Erik", "Vårdnadshavare", "–"),
        ("Jonas", "Sjuksköterska", "BUP Kalmar, Region Kalmar län"),
        ("Maria", "Socialsekreterare", "Barn och familj, IFO Kalmar kommun"),
        ("Anna", "Mentor", "Högstadieskolan, Kalmar kommun"),
        ("Karin", "Specialpedagog", "Elevhälsan, Kalmar kommun"),
    ]:
        cells = dt_.add_row().cells
        for c, v in zip(cells, r):
            c.text = v
    set_col_widths(dt_, [Cm(5), Cm(8), Cm(12)])

    doc.add_heading("Delaktighet", level=2)
    doc.add_paragraph(
        "Noah var med under första delen av mötet tillsammans med mamma och pappa. "
        "Därefter fortsatte mötet med vårdnadshavarna och de professionella.")

    doc.add_heading("Tidigare insatser – bedömning", level=2)
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    header_row(t, ["Nr", "Insats (från SIP 2025-05-20)", "Ansvarig", "Tidpunkt", "Bedömning",
                   "Kommentar"])
    old = [
        ("1", "Medicinering (metylfenidat) med uppföljning av effekt och biverkningar",
         "Läkare, BUP Kalmar", "Var 3:e månad, nästa besök 2025-11-18", "Fortsätter",
         "Dosen höjdes i september, bättre fokus på förmiddagen."),
        ("2", "Anpassningar i klassrummet: bildschema, placering längst fram, pauser",
         "Mentor och specialpedagog, Högstadieskolan Kalmar kommun", "Läsåret 2025/26",
         "Ändras", "Kompletteras med undervisning i mindre grupp i matematik, se ny insats 1."),
        ("3", "Stödfamilj en helg per månad (SoL)",
         "Socialsekreterare, Barn och familj IFO Kalmar", "T.o.m. 2025-12-31", "Avslutas",
         "Behovet har minskat, avslutas vid beslutets slut 2025-12-31."),
        ("4", "Föräldrautbildning om ADHD (grupp, 6 träffar)",
         "Kurator, BUP Kalmar", "Avslutad 2025-09-25", "Avslutas", "Genomförd."),
    ]
    for r in old:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            c.text = v
        b = cells[4].paragraphs[0].runs[0]
        b.bold = True
    set_col_widths(t, [Cm(1), Cm(6), Cm(5), Cm(4), Cm(3), Cm(6.5)])

    doc.add_heading("Nya insatser", level=2)
    nt = doc.add_table(rows=1, cols=4)
    nt.style = "Table Grid"
    header_row(nt, ["Nr", "Insats", "Ansvarig", "Start / tidpunkt"])
    new = [
        ("1", "Undervisning i mindre grupp i matematik, 3 lektioner/vecka",
         "Rektor, Högstadieskolan Kalmar kommun", "2025-11-03"),
        ("2", "Samtalskontakt med skolkurator varannan vecka (stress, kamratrelationer)",
         "Skolkurator, Elevhälsan Kalmar kommun", "2025-10-22"),
        ("3", "Sömnkartläggning med sömndagbok i två veckor och bedömning av sömnproblem",
         "Sjuksköterska, BUP Kalmar", "Sömndagbok lämnas ut 2025-10-28, bedömning 2025-11-18"),
    ]
    for r in new:
        cells = nt.add_row().cells
        for c, v in zip(cells, r):
            c.text = v
    set_col_widths(nt, [Cm(1), Cm(11), Cm(7), Cm(6.5)])

    doc.add_heading("Övriga", level=2)
    doc.add_paragraph("Försäkringskassan är involverad (omvårdnadsbidrag).")

    doc.add_heading("Nästa uppföljning", level=2)
    doc.add_paragraph("2025-12-09 kl. 13.00 på BUP Kalmar.")
    doc.save(path(7, "docx"))


# ---------------------------------------------------------------------------
# 08  NOT a SIP: habilitation centre's own "Insatsplan" for a child, Jönköping
# ---------------------------------------------------------------------------
def plan08():
    doc = Document()
    fix_props(doc, "Habiliteringscentrum Jönköping")
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Region Jönköpings län – Habiliteringscentrum, Barn- och ungdomshabiliteringen Jönköping"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Insatsplan habilitering – version 2025-04"
    fp.runs[0].font.size = Pt(8)

    doc.add_heading("Insatsplan – habilitering", level=0)
    label_para(doc, "Barn:", "Alva, 6 år (ÅÅMMDD-XXXX)")
    label_para(doc, "Diagnos:", "Autism, språkstörning")
    label_para(doc, "Planeringssamtal:", "2025-04-09, Habiliteringscentrum Jönköping")
    label_para(doc, "Planen gäller:", "2025-04-09 – 2025-10-31")
    label_para(doc, "Fast vårdkontakt:", "Helena, arbetsterapeut, Barn- och ungdomshabiliteringen Jönköping")

    doc.add_heading("Inledning", level=1)
    doc.add_paragraph(
        "Insatsplanen beskriver de insatser som habiliteringen ger Alva och hennes familj "
        "under perioden. Planen har tagits fram tillsammans med vårdnadshavarna vid "
        "planeringssamtalet och utgår från familjens prioriteringar. Insatser från andra "
        "verksamheter ingår inte i insatsplanen.")

    doc.add_heading("Familjens prioriterade områden", level=1)
    for s in ["Kommunikation – att Alva ska kunna uttrycka vad hon vill och behöver",
              "Påklädning och morgonrutiner",
              "Föräldrarnas kunskap om autism"]:
        doc.add_paragraph(s, style="List Number")

    doc.add_heading("Habiliteringens insatser", level=1)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Område", "Insats", "Profession", "Period"])
    for r in [
        ("Kommunikation", "Utprovning av bildstöd (AKK), samtalsmatta och bildkartor för hemmet",
         "Logoped", "April–juni 2025"),
        ("Kommunikation", "Handledning av vårdnadshavare i AKK, 4 tillfällen",
         "Logoped", "Maj–september 2025"),
        ("Vardagsaktiviteter", "Bedömning och bildschema för morgonrutiner, hembesök",
         "Arbetsterapeut", "Hembesök 2025-05-06"),
        ("Vardagsaktiviteter", "Utprovning av hjälpmedel för påklädning",
         "Arbetsterapeut", "Juni 2025"),
        ("Kunskap", "Föräldrautbildning \"Att vara förälder till ett barn med autism\", 6 träffar",
         "Psykolog och kurator", "Start 2025-09-03"),
        ("Motorik", "Motorisk bedömning och hemprogram",
         "Fysioterapeut", "Augusti 2025"),
    ]:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            c.text = v

    doc.add_heading("Mål för perioden", level=1)
    doc.add_paragraph(
        "Alva använder bildstöd för att välja aktivitet och mat hemma minst tre gånger per dag. "
        "Alva klär på sig överdelen själv med bildstöd på morgonen.")

    doc.add_heading("Utvärdering", level=1)
    doc.add_paragraph(
        "Insatsplanen utvärderas vid ett uppföljningssamtal 2025-10-15 med vårdnadshavarna "
        "och fast vårdkontakt.")
    p = doc.add_paragraph()
    p.add_run("Deltog vid planeringssamtalet: ").bold = True
    p.add_run("mamma och pappa, Helena (arbetsterapeut), Johan (logoped), "
              "Barn- och ungdomshabiliteringen Jönköping.")
    doc.save(path(8, "docx"))


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    tmpdir = os.path.join(HERE, "_build")
    os.makedirs(tmpdir, exist_ok=True)
    plan01()
    plan02()
    plan03()
    plan04()
    plan05()
    plan06(tmpdir)
    plan07()
    plan08()
    shutil.rmtree(tmpdir)
    print(sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()
