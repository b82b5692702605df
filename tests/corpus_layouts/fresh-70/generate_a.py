#!/usr/bin/env python3
"""Generate the fictional SIP batch f70a (Jämtland / Västernorrland, 2025).

Run with /work/batches/.venv/bin/python generate.py
Writes plans/f70a-01.docx ... plans/f70a-08.docx. Deterministic: fixed dates,
no randomness. f70a-06.pdf is converted from an .html with LibreOffice.
"""
import os
import shutil
import subprocess
import tempfile
import textwrap

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f70a-"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def path(nn, ext):
    return os.path.join(OUT, f"{PREFIX}{nn:02d}.{ext}")


# ---------------------------------------------------------------- docx helpers
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


def set_cell(cell, text, bold=False, size=None, align=None):
    cell.text = ""
    paras = text.split("\n")
    p = cell.paragraphs[0]
    for i, t in enumerate(paras):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(t)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if align:
            p.alignment = align
    return cell


def bold_para(doc, text, size=None, space_before=8):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    p.paragraph_format.space_before = Pt(space_before)
    p.paragraph_format.space_after = Pt(2)
    return p


def label_para(doc, label, value):
    p = doc.add_paragraph()
    r = p.add_run(label)
    r.bold = True
    p.add_run(value)
    p.paragraph_format.space_after = Pt(3)
    return p


def base_doc(font="Calibri", size=11):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(2.0)
    sec.bottom_margin = Cm(2.0)
    return doc


def fixed_core(doc, title, author):
    cp = doc.core_properties
    import datetime as _dt
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = _dt.datetime(2025, 1, 1, 8, 0, 0)
    cp.modified = _dt.datetime(2025, 1, 1, 8, 0, 0)
    cp.revision = 1


# ======================================================================= 01
def plan01():
    """Före/Efter table; child (13) with school refusal and anxiety, Östersund."""
    doc = base_doc()
    fixed_core(doc, "SIP Alva", "Elevhälsan Parkskolan")
    hdr = doc.sections[0].header.paragraphs[0]
    hdr.text = "Östersunds kommun · Region Jämtland Härjedalen\t\tSamordnad individuell plan (SIP)"
    for r in hdr.runs:
        r.font.size = Pt(8)
        r.font.color.rgb = RGBColor(0x66, 0x66, 0x66)

    p = doc.add_paragraph()
    r = p.add_run("SIP-möte – anteckningar före och efter mötet")
    r.bold = True
    r.font.size = Pt(15)

    label_para(doc, "Namn: ", "Alva, 13 år, åk 7 Parkskolan      Personnummer: ÅÅMMDD-XXXX")
    label_para(doc, "Mötesdatum: ", "2025-03-11 kl. 13.00–14.30, konferensrummet Parkskolan, Östersund")
    label_para(
        doc,
        "Deltagare: ",
        "Alva; mamma Lina och pappa Robert (vårdnadshavare, pappa via Teams); "
        "Helena, mentor åk 7, Parkskolan; Johanna, skolkurator, Elevhälsan Parkskolan; "
        "Erik, psykolog, BUP Östersund; Maja, socialsekreterare, Familjeteamet IFO Östersund.",
    )
    doc.add_paragraph(
        "Syftet med SIP:en är att skolan, BUP och socialtjänsten ska dra åt samma håll så att "
        "Alva kan komma tillbaka till skolan i en takt hon klarar, och att familjen slipper "
        "berätta samma sak för alla var för sig. Johanna skickade ut frågorna i vänsterspalten "
        "till alla en vecka före mötet. Högerspalten fylldes i under mötet."
    )

    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    h = t.rows[0]
    repeat_header(h)
    for c, txt in zip(h.cells, ["Före mötet", "Efter mötet"]):
        set_cell(c, txt, bold=True)
        shade(c, "D9E2F3")
    rows = [
        (
            "Skolnärvaro: Alva har varit i skolan ungefär 30 % av tiden sedan jullovet, "
            "oftast bara måndagar.\nFråga: Kan skolan göra ett anpassat schema så att hon kan "
            "börja med de lektioner hon själv tycker går bäst?",
            "Anpassat schema från v. 12: svenska, bild och engelska tisdag–torsdag förmiddag. "
            "Helena (mentor) gör schemat och stämmer av med mamma varje fredag hur veckan har gått.",
        ),
        (
            "BUP: Alva står på väntelistan för KBT mot ångest sedan november.\n"
            "Fråga: Kan behandlingen starta före sommaren?",
            "Ja. Erik, psykolog BUP Östersund, erbjuder KBT med exponering, 10 tillfällen, "
            "första tiden 2025-04-02. Kallelse skickas hem.",
        ),
        (
            "Hemma: Mamma och pappa beskriver att de är oense om hur mycket de ska pressa "
            "Alva på morgnarna och att det blir bråk.\nFråga: Finns det föräldrastöd?",
            "Familjeteamet IFO Östersund erbjuder föräldrastödssamtal. Maja kontaktar "
            "föräldrarna för att boka en första tid.",
        ),
        (
            "Alvas egen bild (från samtal med kuratorn): det är korridorerna och matsalen som är "
            "värst. Lektionerna går oftast bra om hon får sitta nära dörren.",
            "Alva sa på mötet att hon vill äta lunch någon annanstans än i matsalen. Hon får äta "
            "i grupprummet vid biblioteket med en kompis. Johanna ordnar det och har stödsamtal "
            "med Alva varannan vecka från 2025-03-17.",
        ),
        (
            "Mål: Inget mål var formulerat inför mötet.",
            "Målet är att Alva ska vara i skolan minst tre förmiddagar i veckan före sommarlovet.",
        ),
        (
            "Samordning: Det är oklart vem som håller ihop planen.",
            "Vem som ska ha huvudansvaret för planen hann vi inte bestämma. Tas upp nästa gång.",
        ),
    ]
    for left, right in rows:
        cells = t.add_row().cells
        set_cell(cells[0], left, size=10)
        set_cell(cells[1], right, size=10)
    for row in t.rows:
        row.cells[0].width = Cm(8.3)
        row.cells[1].width = Cm(8.3)

    doc.add_paragraph()
    doc.add_paragraph(
        "Övrigt: Föräldrarna har också en viktig del i planen, och Alvas fotbollslag kan vara en "
        "väg tillbaka till att träffa kompisar. Det pratar vi mer om nästa gång."
    )
    doc.add_paragraph("Nästa möte: efter påsklovet, datum bestäms senare.")
    p = doc.add_paragraph("Antecknat av Johanna, skolkurator, Elevhälsan Parkskolan")
    p.runs[0].italic = True
    doc.save(path(1, "docx"))


# ======================================================================= 02
class RecordPDF(FPDF):
    LABEL_X = 14
    LABEL_W = 34
    VAL_X = 50
    VAL_W = 146

    def header(self):
        self.set_font("DejaVu", "B", 9)
        self.set_text_color(0)
        self.set_xy(14, 8)
        self.cell(100, 5, "Verksamhetssystem IFO · Sundsvalls kommun")
        self.set_font("DejaVu", "", 8)
        self.set_xy(110, 8)
        self.cell(86, 5, "Klient: Johan, XXXXXX-XXXX", align="R")
        self.set_xy(14, 13)
        self.set_text_color(110)
        self.cell(100, 4, "Vuxenenheten · Dokument: Samordnad individuell plan (SIP)")
        self.set_draw_color(150)
        self.line(14, 18.5, 196, 18.5)
        self.set_y(23)

    def footer(self):
        self.set_y(-13)
        self.set_draw_color(150)
        self.line(14, self.get_y() - 1, 196, self.get_y() - 1)
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90)
        self.cell(
            0, 5,
            f"Utskriven av: handläggare IFO, 2025-08-21  Sida {self.page_no()} ({{nb}})",
            align="L",
        )

    def field(self, label, value, gap=2.2):
        if self.get_y() > 262:
            self.add_page()
        y = self.get_y()
        self.set_xy(self.LABEL_X, y + 0.6)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(125)
        self.multi_cell(self.LABEL_W, 3.2, label, align="L")
        self.set_xy(self.VAL_X, y)
        self.set_font("DejaVu", "", 9.5)
        self.set_text_color(0)
        if value:
            self.multi_cell(self.VAL_W, 4.7, value, align="L")
        else:
            self.multi_cell(self.VAL_W, 4.7, "")
        self.set_y(max(self.get_y(), y + 5) + gap)


def plan02():
    """Record-system print; adult with psychosis and debts, Sundsvall."""
    pdf = RecordPDF(format="A4")
    pdf.set_creation_date(__import__("datetime").datetime(2025, 8, 21, 9, 12))
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_auto_page_break(True, margin=18)
    pdf.alias_nb_pages()
    pdf.set_title("SIP Johan 2025-08-19")
    pdf.add_page()

    F = pdf.field
    F("Dokumenttyp", "Samordnad individuell plan (SIP) – upprättande")
    F("Dokumentdatum", "2025-08-19")
    F("Mötesplats", "Vuxenpsykiatrins mottagning, Sundsvall. Mötet pågick 09.00–10.30.")
    F("Deltagare", "Johan, Ida, Pia, Anders, Sofie, Mona")
    F("Syfte", "Samordning.")
    F(
        "Bakgrund",
        "Johan är 34 år och bor ensam i hyreslägenhet i Sundsvall. Han insjuknade i psykos "
        "hösten 2023 och har diagnosen schizofreni. Han var inlagd på Vuxenpsykiatrin Sundsvall "
        "två gånger under 2024. Sedan depåinjektion påbörjades i januari 2025 har han varit "
        "stabilare men han har svårt med struktur i vardagen, öppnar inte post och har under "
        "sjukdomsperioderna dragit på sig hyresskulder och obetalda räkningar. Skulder finns hos "
        "Kronofogden. Hyresvärden har skickat en varning om uppsägning i juni 2025. Johan har "
        "god man sedan 2024-05. Han har ingen inkomst utöver försörjningsstöd sedan sjuk"
        "penningen upphörde i våras och har inte ansökt om aktivitetsersättning. Han har ingen "
        "sysselsättning och träffar få personer utöver personalen.",
    )
    F("Frågeställningar", "")
    F("Den enskildes mål", "")
    F(
        "Den enskildes delaktighet och synpunkter",
        "Johan deltog på hela mötet. Han säger att det är skönt att god man betalar hyran och "
        "att han inte vill ha med fler räkningar att göra just nu. Han vill att boendestödet "
        "kommer på eftermiddagar, inte på förmiddagar, eftersom medicinen gör honom trött på "
        "morgonen. Han vill inte att hans mamma ska kontaktas utan att han har frågat först.",
    )
    F(
        "Samtycke",
        "Johan har gett skriftligt samtycke till informationsutbyte mellan Vuxenpsykiatrin "
        "Sundsvall, IFO Sundsvall (vuxenenheten, socialpsykiatrin, budget- och skuldrådgivningen) "
        "och god man. Blanketten undertecknades på mötet 2025-08-19 och är skannad till akten.",
    )
    F(
        "Insats 1",
        "Boendestöd två gånger per vecka (tisdag och torsdag eftermiddag) med fokus på att "
        "öppna och sortera post, handla och planera veckan. Ansvarig: Socialpsykiatrin "
        "Sundsvall, boendestödjare Anders. Start 2025-09-02.",
    )
    F(
        "Insats 2",
        "Fortsatt depåinjektion var fjärde vecka samt läkarbedömning av biverkningar (trötthet). "
        "Ansvarig: Regionen. Nästa injektion 2025-08-28.",
    )
    F(
        "Insats 3",
        "Budget- och skuldrådgivning: genomgång av skulderna och förberedelse av ansökan om "
        "skuldsanering hos Kronofogden när ekonomin är stabil. Ansvarig: Budget- och "
        "skuldrådgivningen, Sundsvalls kommun, rådgivare Mona. Första möte 2025-09-10.",
    )
    F(
        "Insats 4",
        "Försörjningsstöd fortsätter i avvaktan på beslut om aktivitetsersättning. Ny ansökan "
        "för september handläggs. Ansvarig: IFO Sundsvall, vuxenenheten, socialsekreterare Pia. "
        "Beslut senast 2025-09-05.",
    )
    F(
        "Andra aktörer",
        "God man (Ida) betalar hyra och fasta räkningar varje månad från Johans konto och "
        "kontaktar hyresvärden om en avbetalningsplan för hyresskulden senast 2025-09-15. "
        "Johan ansöker själv om aktivitetsersättning hos Försäkringskassan under september, "
        "med hjälp av boendestödjaren att fylla i blanketten. Läkarutlåtande till "
        "Försäkringskassan skrivs av psykosmottagningen.",
    )
    F("Huvudansvar", "Socialtjänsten")
    F("Uppföljning", "")
    F("Nästa möte", "")
    F(
        "Övrigt",
        "Anteckningen är upprättad av socialsekreteraren efter mötet. Kopia av planen skickas "
        "till Johan och god man. Planen förs även in i regionens journal av psykosmottagningen.",
    )
    F("Signerad", "Pia, socialsekreterare, 2025-08-20 15:42")
    pdf.output(path(2, "pdf"))


# ======================================================================= 03
def plan03():
    """Fixed-width text export; man 84 after hip fracture, discharge to Kramfors."""
    W = 24
    VAL = 54

    def fld(label, value):
        lines = []
        parts = value.split("\n") if value else [""]
        first = True
        for part in parts:
            wrapped = textwrap.wrap(part, VAL) or [""]
            for w in wrapped:
                lab = label.upper() if first else ""
                lines.append((lab.ljust(W) + w).rstrip())
                first = False
        return lines

    out = []
    out.append("REGION VÄSTERNORRLAND / KRAMFORS KOMMUN")
    out.append("SAMORDNAD PLANERING VID UTSKRIVNING – TEXTEXPORT")
    out.append("Exporterad 2025-03-06 16:05   Dokument-id 2025-0306-0417")
    out.append("=" * 78)
    out += fld("Dokument", "Samordnad individuell plan (SIP) inför utskrivning")
    out += fld("Patient", "Gustav, ÅÅMMDD-XXXX")
    out += fld("Vårdenhet", "Ortopedavdelning 11, Sundsvalls sjukhus")
    out += fld("Hemkommun", "Kramfors")
    out += fld("Mötesdatum", "2025-03-06 kl. 10.00")
    out += fld("Mötesform", "Videomöte mellan avdelningen, hemtjänsten, kommunrehab och hälsocentralen")
    out += fld("Deltagare", "Karin, Anna, Lena, Per")
    out.append("-" * 78)
    out += fld(
        "Syfte",
        "Planera så att Gustav kan skrivas ut från avdelning 11 till sitt hus i Kramfors och bo "
        "kvar hemma med det stöd han behöver efter höftfrakturen, och så att hjälpmedel, "
        "hemtjänst och rehabilitering är på plats samma dag som han kommer hem.",
    )
    out += fld("Frågeställningar", "Diskutera läget inför hemgång.")
    out += fld(
        "Bakgrund",
        "84-årig man som bor ensam i enplanshus i Kramfors. Klarade sig tidigare helt själv, "
        "körde bil och skötte hus och trädgård. Föll i hallen 2025-02-26 och opererades "
        "2025-02-27 för höftfraktur höger (halvprotes). Får belasta fullt. Går i dag med "
        "rollator korta sträckor med tillsyn. Blev förvirrad de första dygnen efter "
        "operationen, nu klar och orienterad. Diabetes typ 2 med tabletter. Beräknad "
        "utskrivning 2025-03-10.",
    )
    out += fld(
        "Samtycke",
        "Gustav gav muntligt samtycke till SIP och till att information lämnas till Kramfors "
        "kommun och Hälsocentralen Kramfors 2025-03-04. Dokumenterat av ssk på avd 11.",
    )
    out.append("-" * 78)
    out.append("INSATSER")
    out += fld(
        "Hemtjänst",
        "Hemtjänst Kramfors norra: hjälp morgon och kväll med på- och avklädning och "
        "stödstrumpor, dusch en gång i veckan (fredag), inköp en gång i veckan. "
        "Start vid hemkomst 2025-03-10.",
    )
    out += fld(
        "Trygghetslarm",
        "Installeras av Hemtjänst Kramfors norra innan hemkomst, senast 2025-03-09.",
    )
    out += fld(
        "Hjälpmedel",
        "Arbetsterapeut, Kommunrehab Kramfors: rollator, toalettförhöjning, duschpall och "
        "griptång levereras och provas i hemmet 2025-03-07.",
    )
    out += fld(
        "Rehabilitering",
        "Fysioterapeut, Kommunrehab Kramfors: hembesök 2025-03-11, därefter gång- och "
        "styrketräning två gånger i veckan i fyra veckor, t.o.m. 2025-04-08.",
    )
    out += fld(
        "Omläggning/suturer",
        "Distriktssköterska, Hälsocentralen Kramfors: agrafftagning och såromläggning "
        "2025-03-12 på hälsocentralen, färdtjänst är beställd av avdelningen.",
    )
    out += fld(
        "Läkemedel",
        "Avdelning 11 skickar aktuell läkemedelslista och recept vid utskrivning 2025-03-10. "
        "Läkare Hälsocentralen Kramfors gör läkemedelsgenomgång 2025-03-24.",
    )
    out.append("-" * 78)
    out += fld("Huvudansvar", "")
    out += fld("Uppföljning", "Uppföljning av SIP ca tre veckor efter hemkomst.")
    out.append("=" * 78)
    out += fld("Dokumenterat av", "Karin, sjuksköterska, Ortopedavdelning 11")
    out += fld("Signerat", "2025-03-06 15:58")
    text = "\n".join(out) + "\n"
    with open(path(3, "txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# ======================================================================= 04
def plan04():
    """Notes-app markdown export; 16-year-old with cannabis use, Örnsköldsvik."""
    md = """---
title: SIP Elias 2025-05-14
date: 2025-05-14
tags: [sip, ungdom, ovik, beroende]
---

# SIP Elias 2025-05-14

Möte på socialkontoret i Örnsköldsvik, 14.00–15.30. Anteckningar Jonas.
Tidigare: [[Orosanmälan mars]], [[Kartläggning Elias]]

**Närvarande:** Elias, Sara (mamma), Jonas, Maria, Fredrik

> [!info] Syfte
> Socialtjänsten, Beroendemottagningen och gymnasiet ska göra en gemensam plan så att
> Elias kan sluta röka cannabis och inte förlorar sin plats på el-programmet. Alla tre
> har hittills jobbat var för sig och Elias och Sara har fått olika besked.

> [!question] Frågor till mötet
> - Kan Elias komma till Beroendemottagningen för unga före sommaren, eller blir det först i augusti?
> - Hur mycket frånvaro har han i matte och svenska, och vad krävs för att han ska få godkänt i juni?
> - Ska urinprover tas, och vem får i så fall se svaren?

> [!quote] Elias mål
> "Jag vill sluta röka på innan sommaren och få ha kvar min plats på el. Och jag vill att
> mamma ska sluta tjata om det varje dag."

## Elias och mamma

Elias var med hela mötet och pratade mer än förra gången. Han tycker att urinproverna känns
kränkande men går med på dem om han själv får se svaren först. Han vill inte gå på något
"gruppsnack". Sara vill hjälpa till men vet inte hur, hon är mest orolig för kompisarna
på helgerna.

> [!todo] Insatser
> - [ ] MI-samtal varannan vecka
> - [ ] Urinprov (drogtest) vid varje samtal, Elias får se svaren först
> - [ ] Plan för närvaron + extra stöd i matte inför nationella provet
> - [ ] Fritidsaktivitet? (gymmet)
>
> Vem som gör vad bestäms när alla har stämt av med sina chefer, se [[Uppföljning]].

> [!warning] Risker
> Helgerna. Elias säger själv att det är då han röker, med samma kompisar som förut.

**Huvudansvar:** Jonas

Nästa: se [[Uppföljning]]

#sip #elias
"""
    with open(path(4, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ======================================================================= 05
def plan05():
    """Timeline table (landscape); young woman with autism + LSS, Krokom."""
    doc = base_doc(font="Arial", size=10)
    fixed_core(doc, "SIP Linnea 2025-01-15", "Krokoms kommun")
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(1.6)
    hp = sec.header.paragraphs[0]
    hp.text = "Krokoms kommun – Socialförvaltningen, LSS\t\tRegion Jämtland Härjedalen"
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "SIP Linnea · upprättad 2025-01-15 · sparas i personakt LSS och i regionens journal"
    for r in fp.runs:
        r.font.size = Pt(7.5)

    doc.add_heading("Samordnad individuell plan (SIP)", level=1)
    label_para(doc, "Namn: ", "Linnea, 23 år          Personnummer: ÅÅMMDD-XXXX")
    label_para(doc, "Datum och plats: ", "2025-01-15, Gruppbostaden Ängen, Krokom")
    label_para(doc, "Deltagare: ", "Linnea, Peter (god man), Emma, Sanna, Jonas, Eva")
    label_para(doc, "Syfte: ", "Gemensam planering.")

    bold_para(doc, "Linneas mål")
    q = doc.add_paragraph(
        "”Jag vill jobba i caféet på riktigt och sova bättre så att jag inte är så trött "
        "på dagen. Och jag vill äta lunch på ett eget ställe.”"
    )
    q.runs[0].italic = True
    bold_para(doc, "Linneas delaktighet")
    doc.add_paragraph(
        "Linnea deltog i mötet tillsammans med sin gode man. Hon hade förberett sig med "
        "bildstöd från habiliteringen och visade att det är för stökigt i personalrummet på "
        "dagliga verksamheten och att hon vaknar flera gånger varje natt. Hon vill att samma "
        "personal ska hjälpa henne på morgnarna."
    )
    label_para(doc, "Samtycke: ", "Samtycke finns.")

    bold_para(doc, "Tidsplan för insatser våren 2025")
    months = ["jan", "feb", "mar", "apr", "maj", "jun"]
    t = doc.add_table(rows=2, cols=8)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    r0, r1 = t.rows[0], t.rows[1]
    repeat_header(r0)
    repeat_header(r1)
    a = r0.cells[0].merge(r1.cells[0])
    set_cell(a, "Insats", bold=True)
    b = r0.cells[1].merge(r1.cells[1])
    set_cell(b, "Ansvarig", bold=True)
    m = r0.cells[2].merge(r0.cells[7])
    set_cell(m, "2025", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    for i, mo in enumerate(months):
        set_cell(r1.cells[2 + i], mo, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    for c in list(r0.cells) + list(r1.cells):
        shade(c, "E2EFD9")
    rows = [
        ("Bildschema för morgon- och kvällsrutiner, uppsatt i Linneas lägenhet; samma två "
         "personal på morgnarna", "Gruppbostaden Ängen, kontaktperson Sanna", "jan feb mar apr maj jun"),
        ("Sömndagbok varje morgon (Linnea fyller i med bildstöd)",
         "Linnea själv, med stöd av kontaktperson Sanna", "jan feb mar"),
        ("Sömnutredning och ställningstagande till läkemedel", "Regionen", "feb mar apr"),
        ("Kartläggning av kommunikation, AKK och bildstöd även på dagliga verksamheten",
         "Habiliteringen Östersund, logoped Eva", "feb mar apr"),
        ("Arbetsträning i caféet tre dagar i veckan, egen plats för lunch",
         "Daglig verksamhet Krokom, handledare Jonas", "mar apr maj jun"),
        ("Hälsokontroll: vikt, blodtryck och blodprover", "Hälsocentralen Krokom, distriktssköterska", "mar"),
        ("Ansökan om fortsatt aktivitetsersättning till Försäkringskassan (nuvarande beslut "
         "löper ut 2025-06-30)", "God man Peter", "jan feb"),
    ]
    for ins, ans, runs in rows:
        cells = t.add_row().cells
        set_cell(cells[0], ins, size=9)
        set_cell(cells[1], ans, size=9)
        for i, mo in enumerate(months):
            set_cell(cells[2 + i], "X" if mo in runs.split() else "", size=9,
                     align=WD_ALIGN_PARAGRAPH.CENTER)
    widths = [Cm(10.5), Cm(7.2)] + [Cm(1.45)] * 6
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w

    doc.add_paragraph()
    label_para(doc, "Uppföljning: ", "i juni 2025, datum bestäms av huvudansvarig.")
    label_para(doc, "Huvudansvarig för planen: ",
               "Emma, enhetschef, LSS-boende Krokoms kommun")
    doc.save(path(5, "docx"))


# ======================================================================= 06
HTML06 = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8">
<title>SIP vid utskrivning – Kristoffer</title>
<style>
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; }
h1 { font-size: 15pt; margin-bottom: 2pt; }
h2 { font-size: 11pt; margin-top: 10pt; margin-bottom: 2pt; color: #1F3864; }
p { margin-top: 0; margin-bottom: 5pt; }
.meta { color: #444444; font-size: 8.5pt; }
</style></head>
<body>
<p class="meta">Region Västernorrland · Vuxenpsykiatrin Sundsvall, avdelning 3 · Härnösands kommun, Socialpsykiatrin</p>
<h1>Samordnad individuell plan vid utskrivning</h1>
<p class="meta">Kristoffer, ÅÅMMDD-XXXX · Möte 2025-10-06 kl. 13.30 på avdelning 3, Vuxenpsykiatrin Sundsvall · Planerad utskrivning 2025-10-08</p>

<div style="float: right; width: 6.2cm; border: 1px solid #1F3864; background: #EEF2F8; padding: 5pt; margin-left: 10pt">
<p><b>Kontaktuppgifter</b></p>
<p><b>Huvudansvarig för planen</b><br>Sara, sjuksköterska, Vuxenpsykiatriska mottagningen Härnösand. Nås via växeln.</p>
<p><b>Boendestöd</b><br>Nina, boendestödjare, Socialpsykiatrin Härnösands kommun. 070-XXX XX XX</p>
<p><b>Avdelning 3</b><br>Vuxenpsykiatrin Sundsvall, via växeln, dygnet runt de första 72 timmarna efter utskrivning.</p>
<p><b>Vid akut försämring</b><br>Psykiatriska akutmottagningen Sundsvall eller 112.</p>
</div>

<h2>Deltagare</h2>
<p>Kristoffer; Sara, sjuksköterska, Vuxenpsykiatriska mottagningen Härnösand; Lars, överläkare, avdelning 3 Vuxenpsykiatrin Sundsvall; Hanna, kurator, avdelning 3 Vuxenpsykiatrin Sundsvall; Nina, boendestödjare, Socialpsykiatrin Härnösands kommun.</p>

<h2>Syfte</h2>
<p>Planen ska göra övergången från avdelningen till Kristoffers egen lägenhet i Härnösand trygg, så att han inte blir utan stöd de första veckorna och så att tidiga tecken på ett nytt maniskt skov fångas upp av både mottagningen och boendestödet.</p>

<h2>Bakgrund</h2>
<p>Kristoffer är 29 år och har bipolär sjukdom typ 1. Han lades in 2025-09-10 enligt LPT i ett maniskt skov med sömnlöshet och stora inköp på kredit, och övergick till frivillig vård efter två veckor. Litiumbehandlingen är nu inställd och han sover sex till sju timmar per natt. Han bor ensam, arbetar på ett lager och är sjukskriven sedan inläggningen.</p>

<h2>Kristoffers mål</h2>
<p>”Jag vill kunna gå tillbaka till jobbet på lagret efter nyår och slippa bli inlagd igen. Jag vill också ha koll på mina pengar själv.”</p>

<h2>Kristoffers synpunkter</h2>
<p>Kristoffer var med på hela mötet. Han vill ha boendestöd men inte tidigare än klockan tio på förmiddagen. Han vill inte att avdelningen kontaktar hans arbetsgivare just nu.</p>

<h2>Samtycke</h2>
<p>Samtycke till SIP finns.</p>

<h2>Insatser</h2>
<p>Läkarbesök för uppföljning av litiumbehandlingen inom två veckor efter utskrivning, med provtagning av S-litium dagen före besöket.<a class="sdfootnoteanc" name="sdfootnote1anc" href="#sdfootnote1sym"><sup>1</sup></a></p>
<p>Sjuksköterskekontakt varje vecka de första sex veckorna, därefter varannan vecka, med skattning av sömn och stämningsläge.<a class="sdfootnoteanc" name="sdfootnote2anc" href="#sdfootnote2sym"><sup>2</sup></a></p>
<p>Boendestöd två gånger i veckan med fokus på dygnsrytm, matlagning och att gå igenom post och räkningar tillsammans.<a class="sdfootnoteanc" name="sdfootnote3anc" href="#sdfootnote3sym"><sup>3</sup></a></p>
<p>Boendestödjaren gör tillsammans med Kristoffer en krisplan med hans tidiga tecken (sover mindre än fem timmar, börjar handla på kredit) och vad som ska göras då. Krisplanen sätts upp på kylskåpet och en kopia lämnas till mottagningen.<a class="sdfootnoteanc" name="sdfootnote4anc" href="#sdfootnote4sym"><sup>4</sup></a></p>

<h2>Andra aktörer</h2>
<p>Kristoffers syster och hans arbetsgivare berördes också på mötet.</p>

<h2>Uppföljning</h2>
<p>Uppföljande SIP-möte 2025-11-12 kl. 13.00 på Vuxenpsykiatriska mottagningen i Härnösand. Sara kallar.</p>

<p class="meta">Upprättad 2025-10-06 av Hanna, kurator, avdelning 3. Planen har lämnats till Kristoffer vid utskrivningssamtalet.</p>

<div id="sdfootnote1"><p class="sdfootnote"><a class="sdfootnotesym" name="sdfootnote1sym" href="#sdfootnote1anc">1</a>Ansvarig: läkare, Vuxenpsykiatriska mottagningen Härnösand; senast 2025-10-22.</p></div>
<div id="sdfootnote2"><p class="sdfootnote"><a class="sdfootnotesym" name="sdfootnote2sym" href="#sdfootnote2anc">2</a>Ansvarig: Sara, sjuksköterska, Vuxenpsykiatriska mottagningen Härnösand; start 2025-10-09.</p></div>
<div id="sdfootnote3"><p class="sdfootnote"><a class="sdfootnotesym" name="sdfootnote3sym" href="#sdfootnote3anc">3</a>Ansvarig: Nina, boendestödjare, Socialpsykiatrin Härnösands kommun; start 2025-10-09.</p></div>
<div id="sdfootnote4"><p class="sdfootnote"><a class="sdfootnotesym" name="sdfootnote4sym" href="#sdfootnote4anc">4</a>Ansvarig: Socialpsykiatrin Härnösands kommun.</p></div>
</body></html>
"""


def plan06():
    """HTML -> PDF via LibreOffice; discharge from psychiatric inpatient care, Härnösand."""
    tmp = tempfile.mkdtemp(prefix="f70a-")
    src = os.path.join(tmp, f"{PREFIX}06.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(HTML06)
    cmd = [
        "soffice", "-env:UserInstallation=file:///tmp/lo-f70a", "--headless",
        "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export",
        "--outdir", tmp, src,
    ]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=180)
    shutil.move(os.path.join(tmp, f"{PREFIX}06.pdf"), path(6, "pdf"))
    shutil.rmtree(tmp, ignore_errors=True)


# ======================================================================= 07
def plan07():
    """Follow-up SIP re-using the previous plan; adult with depression, Strömsund."""
    doc = base_doc(font="Calibri", size=11)
    fixed_core(doc, "SIP uppföljning A. 2025-05-21", "Hälsocentralen Strömsund")
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Strömsunds kommun · Region Jämtland Härjedalen – Hälsocentralen Strömsund"
    hp.runs[0].font.size = Pt(8)
    hp.runs[0].font.small_caps = True
    fp = sec.footer.paragraphs[0]
    fp.text = "SIP – uppföljning. Läses tillsammans med SIP 2025-02-12."
    fp.runs[0].font.size = Pt(8)

    doc.add_heading("Samordnad individuell plan – uppföljning", level=1)
    label_para(doc, "Person: ", "A., 41 år, Strömsund          Personnummer: XXXXXX-XXXX")
    label_para(doc, "Uppföljningsmöte: ", "2025-05-21 kl. 10.00, Hälsocentralen Strömsund")
    label_para(doc, "Föregående plan: ", "SIP 2025-02-12")

    doc.add_heading("Ändringar sedan förra planen", level=2)
    for b in [
        "A. har i april flyttat från Hammerdal till en lägenhet i centrala Strömsund.",
        "Kuratorn på Hälsocentralen Strömsund har slutat. Ny kontakt är Karin, kurator.",
        "Huvudansvaret för planen flyttas från IFO Strömsund till Hälsocentralen Strömsund. "
        "Huvudansvarig från och med i dag är Karin, kurator, Hälsocentralen Strömsund.",
        "Inför mötet ville A. och IFO ha svar på två frågor: Kan A. börja arbetsträna under "
        "hösten, och vem ansöker i så fall om det? Hur länge behöver A. försörjningsstöd "
        "innan sjukpenningen är utredd? Frågan om arbetsträning kunde inte besvaras eftersom "
        "läkaren inte var med; den tas upp vid nästa möte.",
    ]:
        doc.add_paragraph(b, style="List Bullet")

    sections = [
        ("1. Bakgrund", "Oförändrat, se SIP 2025-02-12."),
        ("2. Syfte med SIP", "Oförändrat, se SIP 2025-02-12."),
        ("3. A:s egna mål", "Oförändrat, se SIP 2025-02-12."),
        ("4. A:s delaktighet",
         "A. var inte med i dag. Han har i telefon till Karin sagt att flytten har gjort att "
         "han mår lite bättre och att han inte orkar med fler möten än ett i månaden."),
        ("5. Samtycke", "Se SIP 2025-02-12."),
        ("6. Insatser och ansvar", "Oförändrat, se SIP 2025-02-12."),
        ("7. Andra aktörer", "Försäkringskassan och Arbetsförmedlingen är fortsatt aktuella."),
        ("8. Huvudansvar", "Karin, kurator, Hälsocentralen Strömsund (ny, se ovan)."),
        ("9. Uppföljning", "Nästa uppföljning 2025-09-03 kl. 10.00 på Hälsocentralen Strömsund."),
        ("10. Deltagare", "Se närvarolistan i SIP 2025-02-12."),
    ]
    for head, body in sections:
        bold_para(doc, head, space_before=6)
        doc.add_paragraph(body)
    doc.add_paragraph()
    p = doc.add_paragraph("Antecknat av Karin, kurator, Hälsocentralen Strömsund, 2025-05-21")
    p.runs[0].italic = True
    doc.save(path(7, "docx"))


# ======================================================================= 08
def plan08():
    """Not a SIP: a hospital ward's nursing care plan (Omvårdnadsplan)."""
    doc = base_doc(font="Calibri", size=10.5)
    fixed_core(doc, "Omvårdnadsplan", "Medicinavdelning 2")
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Region Jämtland Härjedalen · Östersunds sjukhus · Medicinavdelning 2"
    hp.runs[0].font.size = Pt(8)

    doc.add_heading("Omvårdnadsplan", level=1)
    label_para(doc, "Patient: ", "NN, ÅÅMMDD-XXXX, 87 år")
    label_para(doc, "Inskriven: ", "2025-11-03 via akutmottagningen")
    label_para(doc, "Inskrivningsorsak: ", "Pneumoni, akut förvirring")
    label_para(doc, "Omvårdnadsanamnes: ",
               "Bor i eget boende i Östersund med hemtjänst två gånger dagligen. Dotter "
               "kontaktperson. Gick tidigare med rollator inomhus. Inskrivningsmeddelande "
               "skickat till Östersunds kommun 2025-11-03.")
    doc.add_paragraph(
        "Omvårdnadsplanen är upprättad enligt VIPS-modellen och utgår från omvårdnads"
        "anamnesen, Norton-skattning och riskbedömning för fall och undernäring (MNA)."
    )

    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    hdr = t.rows[0]
    repeat_header(hdr)
    for c, txt in zip(hdr.cells, ["Omvårdnadsdiagnos", "Mål", "Omvårdnadsåtgärder",
                                  "Utvärdering"]):
        set_cell(c, txt, bold=True, size=9.5)
        shade(c, "DEEAF6")
    rows = [
        ("Andning: Nedsatt gasutbyte relaterat till pneumoni, visar sig som SpO2 88–90 % "
         "utan syrgas och andfåddhet vid förflyttning.",
         "SpO2 ≥ 92 % utan syrgas inom 3 dygn.",
         "Syrgas enligt ordination, 1–2 l/min. Högläge i säng. PEP-flaska 3 ggr/dag med "
         "stöd. Kontroll av andningsfrekvens och SpO2 var fjärde timme.",
         "2025-11-05: SpO2 91 % på 1 l. Fortsätter."),
        ("Kognition: Akut förvirring relaterat till infektion, visar sig som desorientering "
         "kvälls- och nattetid.",
         "Patienten är orienterad till plats inom 3 dygn och sover minst 5 timmar per natt.",
         "Samma personal så långt det går. Tänd nattlampa. Klocka och kalender synliga. "
         "Dottern uppmuntras att besöka på eftermiddagar. Skattning enligt 4AT varje morgon.",
         "2025-11-05: 4AT 4 → 2. Lugnare natt."),
        ("Aktivitet: Risk för fall relaterat till förvirring, nedsatt muskelstyrka och "
         "nattlig toalettgång.",
         "Inga fall under vårdtiden.",
         "Sänkt säng, larmmatta. Rollator vid sängen. Erbjud toalettbesök kl. 22 och 02. "
         "Halkfria strumpor.",
         "2025-11-05: Inga fall."),
        ("Nutrition: Risk för undernäring relaterat till nedsatt aptit, MNA-SF 7 p.",
         "Intag ≥ 75 % av beräknat energibehov från dag 3.",
         "Energiberikad kost, mellanmål kl. 10, 14 och 20, näringsdryck 2/dag. Mat- och "
         "vätskelista. Vikt måndag och torsdag.",
         "2025-11-05: ca 50 % av behovet. Dietist kontaktad."),
        ("Hud: Risk för trycksår relaterat till immobilisering, Norton 19 p.",
         "Intakt hud.",
         "Lägesändring var tredje timme dagtid, tryckavlastande madrass. Hudinspektion "
         "morgon och kväll.",
         "2025-11-05: Intakt hud, rodnad över sacrum försvann vid avlastning."),
    ]
    for r in rows:
        cells = t.add_row().cells
        for c, txt in zip(cells, r):
            set_cell(c, txt, size=9)
    widths = [Cm(4.5), Cm(3.4), Cm(5.3), Cm(3.4)]
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w

    doc.add_paragraph()
    doc.add_paragraph(
        "Patienten har informerats om planen i den mån det går. Dottern informerad per "
        "telefon 2025-11-04. Omvårdnadsplanen utvärderas dagligen vid sjuksköterskerond och "
        "revideras senast 2025-11-07."
    )
    p = doc.add_paragraph("Upprättad 2025-11-04. Signerad: Malin, legitimerad sjuksköterska, "
                          "Medicinavdelning 2, Östersunds sjukhus")
    p.runs[0].italic = True
    doc.save(path(8, "docx"))


def normalize_docx(fn):
    """Rewrite the .docx zip with fixed entry timestamps so reruns are byte-identical."""
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
    for fn in (plan01, plan02, plan03, plan04, plan05, plan06, plan07, plan08):
        fn()
    for f in sorted(os.listdir(OUT)):
        if f.endswith(".docx"):
            normalize_docx(os.path.join(OUT, f))
    print("\n".join(sorted(os.listdir(OUT))))


if __name__ == "__main__":
    main()
