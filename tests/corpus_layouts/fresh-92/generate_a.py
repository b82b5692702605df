#!/usr/bin/env python
"""Generate batch f92a: eight fictional, anonymized documents (seven SIP plans and one
medical certificate) for Region Jämtland Härjedalen. Deterministic: no randomness, fixed dates.

Run:  /work/batches/.venv/bin/python generate.py
"""
import datetime
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
from fpdf.enums import MethodReturnValue, XPos, YPos

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f92a"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
LO_PROFILE = "file:///tmp/lo-f92a"
FIXED_DT = datetime.datetime(2025, 3, 18, 9, 0, 0)


def path(n, ext):
    return os.path.join(OUT, f"{PREFIX}-{n:02d}.{ext}")


def fix_core(doc, title):
    cp = doc.core_properties
    cp.author = "SIP"
    cp.last_modified_by = "SIP"
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
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


def set_col_widths(table, widths):
    """Set widths both on the grid (read by LibreOffice) and on every cell (read by Word)."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        idx = 0
        for tc in row._tr.tc_lst:
            span = tc.grid_span
            w = sum(widths[idx:idx + span], type(widths[0])(0))
            idx += span
            tcPr = tc.get_or_add_tcPr()
            tcW = tcPr.get_or_add_tcW()
            tcW.type = "dxa"
            tcW.w = w


def base_font(doc, name="Calibri", size=11):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)


# ---------------------------------------------------------------------------
# 01  Word, each part a two-row table (question shaded on top, answer below).
#     Adult with schizophrenia and debts, Östersund.
# ---------------------------------------------------------------------------
def plan01():
    doc = Document()
    base_font(doc)
    fix_core(doc, "SIP Johan")
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Östersunds kommun · Region Jämtland Härjedalen\t\tSamordnad individuell plan"
    hp.runs[0].font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.text = "Mall SIP vuxen, version 2024-09. Planen förvaras i båda huvudmännens journal/akt."
    fp.runs[0].font.size = Pt(8)

    doc.add_heading("Samordnad individuell plan (SIP)", level=1)
    p = doc.add_paragraph()
    p.add_run("Namn: ").bold = True
    p.add_run("Johan    ")
    p.add_run("Personnummer: ").bold = True
    p.add_run("ÅÅMMDD-XXXX")
    p = doc.add_paragraph()
    p.add_run("Mötesdatum: ").bold = True
    p.add_run("2025-03-18    ")
    p.add_run("Plats: ").bold = True
    p.add_run("Psykosmottagningen Östersund")

    def qa(question, answer_lines, hint=False):
        t = doc.add_table(rows=2, cols=1)
        t.style = "Table Grid"
        t.alignment = WD_TABLE_ALIGNMENT.CENTER
        qc = t.rows[0].cells[0]
        shade(qc, "D9E2F3")
        qp = qc.paragraphs[0]
        r = qp.add_run(question)
        r.bold = True
        ac = t.rows[1].cells[0]
        if hint:
            r = ac.paragraphs[0].add_run("Skriv här")
            r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        else:
            first = True
            for line in answer_lines:
                para = ac.paragraphs[0] if first else ac.add_paragraph()
                first = False
                para.add_run(line)
        doc.add_paragraph()

    qa("Vad är syftet med SIP-mötet?", [
        "Syftet är att Johan ska få en gemensam plan för behandlingen av sin schizofreni, "
        "för boendet och för ekonomin, så att skulderna inte leder till att han förlorar "
        "lägenheten och så att alla som hjälper honom vet vem som gör vad."])
    qa("Vilka frågor ska vi ta upp på mötet?", [], hint=True)
    qa("Hur ser situationen ut i dag?", [
        "Johan är 34 år och har diagnosen paranoid schizofreni sedan 2016. Han har kontakt med "
        "Psykosmottagningen Östersund och får depåinjektion var tredje vecka. Under hösten 2024 "
        "missade han flera injektioner och var inlagd på psykiatrisk avdelning i Östersund "
        "2024-11-04 – 2024-11-29. Efter utskrivningen har han varit stabil.",
        "Johan bor ensam i en hyresrätt i Östersund. Han har i dag en hyresskuld motsvarande "
        "tre månadshyror och flera obetalda fakturor. Posten blir liggande oöppnad och han har "
        "svårt att överblicka sin ekonomi. Han har ingen sysselsättning i dag."])
    qa("Vad vill du själv uppnå?", [
        "”Jag vill bli skuldfri och få bo kvar i min lägenhet. Och jag vill ha någon att prata "
        "med som inte bara frågar om medicinen.”"])
    qa("Hur har du varit med i planeringen?", [
        "Johan deltog under hela mötet. Han vill helst träffa boendestödet hemma på "
        "förmiddagarna och vill inte ha fler nya kontakter än nödvändigt. Han önskar att "
        "psykosmottagningen och socialtjänsten pratar direkt med varandra i stället för att han "
        "ska föra vidare information mellan dem."])
    qa("Har du gett samtycke till att vi samverkar?", ["Samtycke finns."])
    qa("Vilka insatser behövs – vem gör vad och när?", [
        "• Depåinjektion var tredje vecka samt läkarbesök – sjuksköterska och läkare, "
        "Psykosmottagningen Östersund. Nästa injektion 2025-03-25, läkarbesök 2025-04-15.",
        "• Boendestöd två förmiddagar i veckan med fokus på post, räkningar och inköp – "
        "Boendestödet, Socialpsykiatrin Östersunds kommun. Start 2025-03-31.",
        "• Genomgång av skulder och budget, ev. ansökan om skuldsanering – Budget- och "
        "skuldrådgivningen, Östersunds kommun.",
        "• Stödjande samtal – kurator, Psykosmottagningen Östersund, varannan vecka från "
        "2025-04-01."])
    qa("Vem har huvudansvaret för planen?", [
        "Caroline, kurator och SIP-samordnare, Psykosmottagningen Östersund "
        "(Region Jämtland Härjedalen)."])
    qa("När följer vi upp planen?", [
        "Uppföljande SIP-möte 2025-06-10 kl. 13.00 på Psykosmottagningen Östersund."])
    qa("Vilka deltog på mötet?", [
        "Johan",
        "Caroline, kurator/SIP-samordnare, Psykosmottagningen Östersund",
        "Erik, sjuksköterska, Psykosmottagningen Östersund",
        "Maria, socialsekreterare, Vuxenenheten IFO, Östersunds kommun",
        "Linnea, boendestödjare, Socialpsykiatrin, Östersunds kommun"])
    doc.save(path(1, "docx"))


# ---------------------------------------------------------------------------
# 02  Record-system print (fpdf2). Label column in the left margin, wide value
#     column, "(forts.)" on page 2, running header. Elderly woman, fall, dementia,
#     Strömsund.
# ---------------------------------------------------------------------------
class CosmicPDF(FPDF):
    def header(self):
        self.set_font("DV", "B", 9)
        self.set_xy(12, 8)
        self.cell(95, 5, "Cosmic – Samordnad individuell plan")
        self.set_font("DV", "", 8)
        self.cell(60, 5, "Utskriftsdatum: 2025-02-14 10:42", align="R")
        self.cell(0, 5, f"Sida {self.page_no()} ({{nb}})", align="R")
        self.set_xy(12, 13)
        self.set_font("DV", "", 8)
        self.cell(95, 4, "Patient: Astrid, XXXXXX-XXXX")
        self.cell(0, 4, "Vårdenhet: Hälsocentralen Strömsund", align="R")
        self.line(12, 18, 198, 18)
        self.set_y(22)

    def footer(self):
        self.set_y(-12)
        self.set_font("DV", "", 7)
        self.cell(0, 4, "Utskrift ur journal. Utskriften är en kopia – originalet finns i Cosmic.",
                  align="C")


def plan02():
    pdf = CosmicPDF(format="A4")
    pdf.set_creation_date(FIXED_DT.replace(tzinfo=datetime.timezone.utc))
    pdf.add_font("DV", "", FONT)
    pdf.add_font("DV", "B", FONT_B)
    pdf.set_auto_page_break(False)
    pdf.set_margins(12, 22, 12)
    pdf.add_page()
    LX, LW, VX, VW, LH = 12, 38, 52, 146, 4.6
    BOTTOM = 297 - 18

    pdf.set_font("DV", "B", 12)
    pdf.cell(0, 7, "Samordnad individuell plan (SIP)", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("DV", "", 8)
    pdf.cell(0, 5, "Journaltyp: SIP, kommun och region  ·  Signerad av: Distriktssköterska "
             "2025-02-13 15:20", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)

    def field(label, value):
        pdf.set_font("DV", "", 9)
        paras = value.split("\n") if value else [""]
        lines = []
        for para in paras:
            if para == "":
                lines.append("")
            else:
                lines += pdf.multi_cell(VW, LH, para, dry_run=True,
                                        output=MethodReturnValue.LINES)
        if pdf.get_y() + LH * 2 > BOTTOM:
            pdf.add_page()
        pdf.set_draw_color(200, 200, 200)
        pdf.line(LX, pdf.get_y(), 198, pdf.get_y())
        pdf.set_draw_color(0, 0, 0)
        pdf.set_y(pdf.get_y() + 1)
        y_label = pdf.get_y()
        pdf.set_font("DV", "B", 8)
        pdf.set_xy(LX, y_label)
        pdf.multi_cell(LW, LH, label, align="L")
        pdf.set_y(y_label)
        for ln in lines:
            if pdf.get_y() + LH > BOTTOM:
                pdf.add_page()
                pdf.set_font("DV", "B", 8)
                pdf.set_xy(LX, pdf.get_y())
                pdf.multi_cell(LW, LH, f"{label} (forts.)", align="L")
                pdf.set_y(22)
                y_label = 22
            pdf.set_font("DV", "", 9)
            pdf.set_x(VX)
            pdf.cell(VW, LH, ln, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_y(max(pdf.get_y(), y_label + 2 * LH) + 1.5)

    field("Mötesdatum", "2025-02-12")
    field("Mötesplats", "Hälsocentralen Strömsund, samtalsrummet plan 2")
    field("Syfte med planen", "")
    field("Frågeställningar", "Genomgång av nuläget. Övriga frågor.")
    field("Bakgrund", (
        "Astrid är 87 år och bor ensam i villa i Strömsund. Hon har diagnosen Alzheimers "
        "sjukdom sedan 2023 och har sedan dess haft hemtjänst för inköp och städning varannan "
        "vecka. Maken avled 2021. Dottern bor i Östersund.\n"
        "Astrid föll i hallen natten till 2025-01-28 och låg på golvet i flera timmar innan "
        "grannen hittade henne på morgonen. Hon fick en handledsfraktur vänster sida som "
        "gipsades på akuten vid Östersunds sjukhus, samt blåmärken på höft och axel. Ingen "
        "höftfraktur. Hon vårdades på medicinavdelningen 2025-01-28 – 2025-02-06 på grund av "
        "förvirring och uttorkning, och skrevs därefter hem med utökad hemtjänst i väntan på "
        "SIP.\n"
        "Sedan hemkomsten har hemtjänsten noterat att Astrid är osäker vid förflyttning, "
        "särskilt nattetid, och att hon ibland glömmer att äta och dricka. Hon tar sina "
        "läkemedel ur dosett som fylls av hemsjukvården en gång i veckan men har vid två "
        "tillfällen tagit dubbel dos. Hon använder i dag ingen rollator inomhus. Det finns "
        "lösa mattor och en hög tröskel till badrummet. Astrid har inget trygghetslarm.\n"
        "Under vårdtiden gjordes en läkemedelsgenomgång där ett sömnmedel sattes ut. Det finns "
        "behov av en fördjupad läkemedelsgenomgång efter hemgång med tanke på fallrisken och "
        "blodtrycket, som varit lågt vid två mätningar i hemmet (98/60 respektive 102/64). "
        "Vikten har minskat med 3 kg sedan i höstas enligt hemsjukvårdens journal.\n"
        "Astrid har tidigare klarat sin personliga hygien själv men behöver nu hjälp vid dusch "
        "så länge gipset sitter kvar. Hon har svårt att komma ihåg nya personer och blir orolig "
        "när många olika personal kommer hem till henne, vilket hemtjänsten försöker möta "
        "genom ett mindre arbetslag."))
    field("Mål", "Målet är att Astrid ska kunna bo kvar i sitt hem i Strömsund med trygghet "
                 "och att risken för nya fall minskar.")
    field("Samtycke", "Muntligt samtycke till samverkan och informationsöverföring mellan "
                      "kommun och region lämnat av Astrid till distriktssköterska vid hembesök "
                      "2025-02-10. Dottern informerad samma dag per telefon.")
    field("Insatser och ansvar", (
        "1. Hemtjänst morgon, lunch och kväll med stöd vid måltider, påminnelse om dryck och "
        "tillsyn vid förflyttning. Ansvarig: Hemtjänst Strömsund centrum, gruppledare. Start: "
        "2025-02-17.\n"
        "2. Trygghetslarm med installation i hemmet. Ansvarig: Biståndshandläggare, "
        "Äldreomsorgen Strömsunds kommun. Installeras senast 2025-02-21.\n"
        "3. Hembesök med fallriskbedömning, borttagning av mattor, tröskelramp och "
        "utprovning av rollator och duschpall. Ansvarig: Arbetsterapeut, Kommunal hälso- och "
        "sjukvård Strömsund. När: vecka 9.\n"
        "4. Nattlig tillsyn via kamera två gånger per natt under en prövoperiod. Ansvarig: "
        "Biståndshandläggare, Äldreomsorgen Strömsunds kommun, i samråd med nattpatrullen. "
        "Start: 2025-02-24, prövas under fyra veckor.\n"
        "5. Fördjupad läkemedelsgenomgång, översyn av blodtrycksläkemedel, vikt- och "
        "nutritionsbedömning. Ansvarig: Regionen. När: 2025-03-06.\n"
        "6. Återbesök för gipsborttagning och röntgen av handleden. Ansvarig: "
        "Ortopedmottagningen Östersunds sjukhus. När: 2025-03-04.\n"
        "7. Dosettdelning och läkemedelsöverlämning vid varje tillfälle i stället för "
        "dosett i hemmet. Ansvarig: Distriktssköterska, Hemsjukvården Strömsund, och "
        "hemtjänsten (delegering). Start: 2025-02-17."))
    field("Andra aktörer", (
        "Dottern M. handlar storhandling en gång i veckan, sköter Astrids post och räkningar "
        "och följer med till återbesöket på ortopedmottagningen 2025-03-04. Grannen har "
        "extranyckel och tittar till Astrid på eftermiddagarna vardagar."))
    field("Huvudansvarig", "Strömsunds kommun")
    field("Uppföljning", "I april. Kallelse skickas ut av kommunen.")
    field("Deltagare", "Dotter, distriktssköterska, biståndshandläggare, arbetsterapeut, "
                       "gruppledare hemtjänst.")
    pdf.output(path(2, "pdf"))


# ---------------------------------------------------------------------------
# 03  Plain-text export, Windows-1252 + CRLF, dotted leaders, wrapped values.
#     15-year-old with ADHD and school absence, Krokom.
# ---------------------------------------------------------------------------
def plan03():
    COL = 21
    WIDTH = 76

    def lead(label):
        return label.ljust(COL - 2, ".") + ": "

    def fld(label, value):
        out = []
        paras = value.split("\n")
        first = True
        for para in paras:
            wrapped = textwrap.wrap(para, WIDTH - COL) or [""]
            for w in wrapped:
                out.append((lead(label) if first else " " * COL) + w)
                first = False
        return out

    L = []
    L.append("ELEVHÄLSAN KROKOMS KOMMUN                            Utskrift 2025-09-02")
    L.append("Journalexport ProReNata - Samordnad individuell plan (SIP)")
    L.append("=" * WIDTH)
    L += fld("Elev", "E., åk 9, ÅÅMMDD-XXXX")
    L += fld("Skola", "Högstadieskolan i Krokom, klass 9B")
    L += fld("Mötesdatum", "2025-08-28 kl. 08.30-09.45")
    L += fld("Plats", "Elevhälsans konferensrum")
    L.append("-" * WIDTH)
    L += fld("Syfte", "Samordning.")
    L += fld("Bakgrund", (
        "E. är 15 år och fick diagnosen ADHD via BUP Östersund 2022. Han medicinerar med "
        "centralstimulerande läkemedel. Frånvaron var 38 % under vårterminen 2025, främst "
        "första lektionen och måndagar. E. har svårt att somna och kommer ofta inte upp på "
        "morgonen. Betygsvarning i matematik och engelska i juni. Under sommaren har det "
        "varit fler konflikter hemma kring dygnsrytm och skärmtid."))
    L += fld("Frågeställningar", (
        "1. Hur kan schemat anpassas så att E. klarar att komma till skolan på morgonen?\n"
        "2. Behöver ADHD-medicineringen ses över med tanke på sömnen?\n"
        "3. Vem kontaktar hemmet vid ogiltig frånvaro, och hur snabbt?"))
    L += fld("Elevens mål", (
        "\"Jag vill klara matte och engelska så jag kommer in på fordonsprogrammet. Och "
        "jag vill slippa att alla lärare tjatar på mig om frånvaron.\""))
    L += fld("Delaktighet", (
        "E. deltog hela mötet tillsammans med mamma och pappa. E. berättade att morgnarna "
        "är värst och att han vill ha ett fast ställe att gå till när det blir för rörigt "
        "i klassrummet. Han vill inte byta klass."))
    L.append("-" * WIDTH)
    L.append("INSATSER")
    L += fld("Insats 1", "Anpassat schema med senare start måndag och onsdag.")
    L += fld("  Ansvarig", "Mentor, Högstadieskolan i Krokom")
    L += fld("  När", "fr.o.m. 2025-09-08")
    L += fld("Insats 2", (
        "Fast studierum med speciallärare under lektionerna i matematik och engelska, "
        "tre pass per vecka."))
    L += fld("  Ansvarig", "Speciallärare, Högstadieskolan i Krokom")
    L += fld("  När", "fr.o.m. 2025-09-08")
    L += fld("Insats 3", "Läkarbesök för översyn av ADHD-medicinering och sömn.")
    L += fld("  Ansvarig", "Läkare, BUP Östersund")
    L += fld("  När", "2025-09-17")
    L += fld("Insats 4", (
        "Föräldrastöd med samtal om rutiner kring kvällar, sömn och skärmtid "
        "(ca 6 träffar)."))
    L += fld("  Ansvarig", "Familjebehandlare, IFO Krokoms kommun")
    L += fld("  När", "-")
    L += fld("Insats 5", "Motiverande samtal kring skolnärvaro.")
    L += fld("  Ansvarig", "Skolkurator, Elevhälsan Krokom")
    L += fld("  När", "varannan vecka fr.o.m. v. 37")
    L.append("-" * WIDTH)
    L += fld("Huvudansvarig", "Mentor")
    L += fld("Uppföljning", "Vecka 45")
    L.append("=" * WIDTH)
    text = "\r\n".join(L) + "\r\n"
    with open(path(3, "txt"), "wb") as f:
        f.write(text.encode("cp1252"))


# ---------------------------------------------------------------------------
# 04  Markdown with table of contents; one part only refers to section 3.
#     Young man 23, cannabis, unemployment, Åre.
# ---------------------------------------------------------------------------
def plan04():
    md = """# SIP – Oscar, 23 år

**Åre kommun, Individ- och familjeomsorgen (IFO) / Region Jämtland Härjedalen**
Möte 2025-04-09, kommunhuset i Järpen

## Innehåll

1. [Syfte](#1-syfte)
2. [Bakgrund](#2-bakgrund)
3. [Frågeställningar](#3-frågeställningar)
4. [Mina mål](#4-mina-mål)
5. [Delaktighet](#5-delaktighet)
6. [Insatser](#6-insatser)
7. [Huvudansvar](#7-huvudansvar)
8. [Andra aktörer](#8-andra-aktörer)
9. [Uppföljning](#9-uppföljning)

---

## 1. Syfte

Syftet med planen är att Beroendemottagningen och socialtjänsten ska samordna sina
kontakter med Oscar, som i dag har flera parallella kontakter som inte vet om varandra,
och att det ska bli tydligt vem som gör vad medan han får behandling för sitt cannabisbruk.

## 2. Bakgrund

Oscar är 23 år och bor i en andrahandslägenhet i Järpen. Han har arbetat säsong i
liftsystemet i Åre i tre vintrar men blev av med jobbet i december 2024 efter upprepad
frånvaro. Han har använt cannabis dagligen i ungefär två år. Sedan december 2024 har han
ekonomiskt bistånd från IFO Åre.

Oscar remitterades i februari 2025 till Beroendemottagningen Östersund och har träffat
sjuksköterska två gånger. Urinprov har lämnats vid ett tillfälle. Han har ingen
gymnasieexamen (avbrutet fordonsprogram).

## 3. Frågeställningar

- Hur kan behandlingen på Beroendemottagningen och socialtjänstens stöd samordnas så att
  Oscar inte behöver berätta samma sak flera gånger?
- Vilken sysselsättning kan bli aktuell medan behandlingen pågår?
- Hur ska provtagningen läggas upp så att den inte krockar med eventuell praktik?

## 4. Mina mål

Se avsnitt 3.

## 5. Delaktighet

Oscar deltog på mötet.

## 6. Insatser

| Insats | Ansvarig | När |
|---|---|---|
| Fortsatt kontakt | | |
| Stöd vid behov | | |
| Hjälp att komma vidare mot sysselsättning | | |

## 7. Huvudansvar

Ej utsett ännu – tas upp vid nästa möte.

## 8. Andra aktörer

Inga andra aktörer är inkopplade i nuläget. Oscar är inte inskriven på
Arbetsförmedlingen och har ingen god man.

## 9. Uppföljning

Nytt möte om ca tre månader.
"""
    with open(path(4, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ---------------------------------------------------------------------------
# 05  Word with real reviewer comments. Man 52, depression, sick leave, Berg.
# ---------------------------------------------------------------------------
def plan05():
    doc = Document()
    base_font(doc, "Arial", 10)
    fix_core(doc, "SIP Per")
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = ("Bergs kommun – Vuxenenheten\tRegion Jämtland Härjedalen – "
               "Hälsocentralen Svenstavik")
    hp.runs[0].font.size = Pt(8)

    AUTH, INIT = "Granskare Vuxenenheten", "GV"

    doc.add_heading("SIP – Samordnad individuell plan", level=1)
    p = doc.add_paragraph()
    p.add_run("Namn: ").bold = True
    p.add_run("Per, 52 år, ÅÅMMDD-XXXX")
    p = doc.add_paragraph()
    p.add_run("Datum för möte: ").bold = True
    p.add_run("2025-04-03, Hälsocentralen Svenstavik")

    doc.add_heading("Syfte", level=2)
    p = doc.add_paragraph()
    r = p.add_run("Samordning av insatser.")
    doc.add_comment(r, text="Kan syftet skrivas utifrån Pers situation? Nu är det väldigt "
                            "allmänt.", author=AUTH, initials=INIT)

    doc.add_heading("Bakgrund", level=2)
    doc.add_paragraph(
        "Per är 52 år och bor med sin fru i Myrviken. Han arbetar som truckförare på ett "
        "sågverk i kommunen. Han har varit sjukskriven på heltid sedan 2024-11-18 på grund av "
        "medelsvår depression med sömnsvårigheter, trötthet och koncentrationssvårigheter. "
        "Han behandlas med antidepressiva sedan december och står i kö till KBT. Under vintern "
        "har han i perioder druckit mer alkohol än tidigare. Sjukpenningen prövas mot "
        "normalt förekommande arbete efter dag 180, vilket infaller i maj.")

    doc.add_heading("Mål", level=2)
    doc.add_paragraph("Målet är att Per ska må bättre och kunna gå tillbaka till arbetet på "
                      "50 % efter sommaren.")

    doc.add_heading("Delaktighet", level=2)
    doc.add_paragraph("Per deltog i mötet tillsammans med sin fru.")

    doc.add_heading("Samtycke", level=2)
    p = doc.add_paragraph()
    r = p.add_run("Samtycke finns.")
    doc.add_comment(r, text="Är samtycke skriftligt? Ange datum och hur det inhämtades.",
                    author=AUTH, initials=INIT)

    doc.add_heading("Insatser", level=2)
    rows = [
        ("KBT-behandling, 10 samtal", "Psykolog, Hälsocentralen Svenstavik",
         "Start 2025-04-22, varannan vecka"),
        ("Läkemedelsuppföljning och bedömning av sjukskrivningsgrad",
         "Läkare, Hälsocentralen Svenstavik", "2025-05-08"),
        ("Stödsamtal kring alkohol, sömn och struktur i vardagen",
         "Socialsekreterare, Vuxenenheten Bergs kommun", ""),
        ("Kontakt med arbetsgivare och FK inför arbetsåtergång",
         "Rehabkoordinator, Hälsocentralen Svenstavik", "Vecka 18"),
    ]
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(("Insats", "Ansvarig", "När")):
        c = t.rows[0].cells[i]
        c.paragraphs[0].add_run(h).bold = True
        shade(c, "E7E6E6")
    repeat_header(t.rows[0])
    empty_cell = None
    for a, b, c in rows:
        cells = t.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = a, b, c
        if c == "":
            empty_cell = cells
    set_col_widths(t, (Cm(7.5), Cm(5.5), Cm(3.5)))
    run = empty_cell[1].paragraphs[0].runs[0]
    doc.add_comment(run, text="Datum saknas här!", author=AUTH, initials=INIT)

    doc.add_heading("Andra aktörers insatser", level=2)
    doc.add_paragraph(
        "Försäkringskassan: handläggaren kallar till avstämningsmöte med Per, arbetsgivaren "
        "och rehabkoordinatorn under maj och gör bedömningen av rätten till sjukpenning "
        "efter dag 180.", style="List Bullet")
    doc.add_paragraph(
        "Arbetsgivaren: närmaste chef tar fram en plan för anpassning vid återgång "
        "(kortare pass, inga kvällsskift) och bjuder in till ett besök på arbetsplatsen "
        "före semestern.", style="List Bullet")
    doc.add_paragraph(
        "Frun följer med Per på läkarbesöket 2025-05-08.", style="List Bullet")

    h = doc.add_heading("Huvudansvarig", level=2)
    doc.add_comment(h.runs[0], text="Vem har huvudansvaret? Fältet är tomt.",
                    author=AUTH, initials=INIT)
    doc.add_paragraph("")

    doc.add_heading("Deltagare", level=2)
    p = doc.add_paragraph()
    r = p.add_run("Per, Eva, Anna, Jonas, Mikael")
    doc.add_comment(r, text="Ingen uppföljning inplanerad? Lägg in datum för nästa möte. "
                            "Skriv också ut funktion och verksamhet för deltagarna.",
                    author=AUTH, initials=INIT)
    doc.save(path(5, "docx"))


# ---------------------------------------------------------------------------
# 06  PDF printed with LibreOffice from a .docx with endnote-like text at the end
#     and a measures table. Girl 12, anxiety and eating problems, Sveg.
# ---------------------------------------------------------------------------
def plan06(tmpdir):
    doc = Document()
    base_font(doc, "Liberation Serif", 11)
    fix_core(doc, "SIP Lova")
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    hp = sec.header.paragraphs[0]
    hp.text = "Härjedalens kommun · Region Jämtland Härjedalen"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.text = "SIP Lova 2025-03-11"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.runs[0].font.size = Pt(8)

    doc.add_heading("Samordnad individuell plan – SIP", level=1)
    p = doc.add_paragraph()
    p.add_run("Barn: ").bold = True
    p.add_run("Lova, 12 år, åk 6, ÅÅMMDD-XXXX\n")
    p.add_run("Möte: ").bold = True
    p.add_run("2025-03-11 kl. 14.00–15.30, Svegs skola")

    def h(t):
        doc.add_heading(t, level=2)

    h("Syfte")
    doc.add_paragraph(
        "Att skolan, BUP, hälsocentralen och socialtjänsten tillsammans med familjen gör en "
        "plan så att Lova kan äta tillräckligt, gå till skolan utan att oron tar över och få "
        "behandling för sin ångest.")
    h("Frågeställningar")
    doc.add_paragraph("Diskutera läget i skolan och hemma.")
    h("Bakgrund")
    doc.add_paragraph(
        "Lova är 12 år och går i åk 6 på Svegs skola. Sedan hösten 2024 har hon haft tilltagande "
        "oro, magont på morgnarna och äter allt mindre. Hon har slutat äta lunch i skolan och "
        "har gått ned 4 kg sedan augusti. Frånvaron var ca 20 % under januari–februari. BUP "
        "påbörjade en bedömning i januari 2025. Hon bor med mamma, pappa och en lillebror "
        "i Sveg och spelar innebandy två kvällar i veckan.")
    h("Lovas mål")
    doc.add_paragraph(
        "”Jag vill kunna äta lunch i matsalen med mina kompisar igen och slippa ha ont i "
        "magen varje morgon.”")
    h("Delaktighet")
    doc.add_paragraph(
        "Lova var med under första halvtimmen av mötet tillsammans med mamma och pappa. Hon "
        "berättade att det värsta är ljudnivån i matsalen och att hon vill att färre vuxna "
        "frågar hur hon mår. Föräldrarna deltog under hela mötet.")
    h("Samtycke")
    p = doc.add_paragraph(
        "Lova och vårdnadshavarna har samtyckt till att de som deltar i planen får utbyta "
        "information med varandra.")
    sup = p.add_run("1")
    sup.font.superscript = True

    h("Insatser")
    rows = [
        ("Behandling för ångest (KBT) och uppföljning av ätande och vikt",
         "Psykolog och sjuksköterska, BUP Härjedalen (mottagning i Sveg)",
         "Från 2025-03-18, varannan vecka"),
        ("Lunch i mindre rum tillsammans med en vuxen",
         "Skolsköterska, elevhälsan Svegs skola", "Från 2025-03-17, dagligen"),
        ("Anpassad idrott och hälsa, ombyte i eget rum",
         "Mentor, Svegs skola", "Från 2025-03-17"),
        ("Föräldrastöd kring måltider och oro",
         "Familjebehandlare, IFO Härjedalens kommun", "Från 2025-03-25, varje vecka"),
        ("Provtagning och kontroll av tillväxt",
         "Distriktssköterska, Hälsocentralen Sveg", "2025-04-01"),
    ]
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, hd in enumerate(("Insats", "Ansvarig", "När")):
        c = t.rows[0].cells[i]
        c.paragraphs[0].add_run(hd).bold = True
        shade(c, "DEEAF6")
    repeat_header(t.rows[0])
    for a, b, c in rows:
        cells = t.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = a, b, c
    set_col_widths(t, (Cm(5.6), Cm(5.2), Cm(5.2)))

    h("Övriga aktörer")
    doc.add_paragraph("Föräldrarna och Lovas innebandytränare är viktiga personer runt Lova.")
    h("Huvudansvar")
    doc.add_paragraph("BUP")
    h("Uppföljning")
    doc.add_paragraph("Nytt SIP-möte 2025-05-27 kl. 14.00 på Svegs skola.")
    h("Deltagare")
    for line in (
        "Lova (första halvtimmen), mamma och pappa",
        "Helena, psykolog, BUP Härjedalen",
        "Sanna, skolsköterska, elevhälsan Svegs skola",
        "Tobias, mentor, Svegs skola",
        "Rebecka, skolkurator, elevhälsan Svegs skola",
        "Jenny, familjebehandlare, IFO Härjedalens kommun",
    ):
        doc.add_paragraph(line, style="List Bullet")

    doc.add_paragraph("_" * 20)
    p = doc.add_paragraph()
    p.add_run("1").font.superscript = True
    p.add_run(" Samtycke lämnades muntligt 2025-03-04 av Lova och båda vårdnadshavarna "
              "vid besök hos skolkuratorn.")
    for r in p.runs:
        r.font.size = Pt(9)

    src = os.path.join(tmpdir, f"{PREFIX}-06.docx")
    doc.save(src)
    convert(src, tmpdir)
    shutil.move(os.path.join(tmpdir, f"{PREFIX}-06.pdf"), path(6, "pdf"))


def convert(src, outdir):
    subprocess.run(
        ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless", "--convert-to",
         "pdf", "--outdir", outdir, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


# ---------------------------------------------------------------------------
# 07  Word, landscape, measures as a Gantt-like table (months jan–jun 2025).
#     Boy 9 with autism (LSS), Bräcke.
# ---------------------------------------------------------------------------
def plan07():
    doc = Document()
    base_font(doc, "Calibri", 10)
    fix_core(doc, "SIP Noah tidsplan")
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin = sec.bottom_margin = Cm(1.6)
    hp = sec.header.paragraphs[0]
    hp.text = "Bräcke kommun – Socialtjänsten, LSS"
    hp.runs[0].font.size = Pt(8)

    t0 = doc.add_paragraph()
    r = t0.add_run("SIP – Noah, 9 år – Tidsplan för insatser vårterminen 2025")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph("Möte 2025-01-15, Bräcke kommunhus. Personnummer: ÅÅMMDD-XXXX")

    def label(lbl, text):
        p = doc.add_paragraph()
        p.add_run(lbl).bold = True
        if text:
            p.add_run(" " + text)

    label("Bakgrund:", (
        "Noah är 9 år och går i åk 3 på Bräcke skola. Han fick diagnosen autism 2022. Han har "
        "svårt med övergångar mellan aktiviteter och får ofta utbrott efter skoldagen. Han "
        "somnar sent, ofta efter kl. 23, och vaknar flera gånger per natt. Familjen har beviljats "
        "korttidsvistelse och kontaktperson enligt LSS i december 2024."))
    label("Barnets mål:", "")
    label("Delaktighet:", (
        "Noah var inte med på mötet eftersom nya miljöer och många vuxna gör honom mycket "
        "stressad. Båda vårdnadshavarna deltog."))
    label("Samtycke:", "Vårdnadshavarna har gett samtycke.")
    label("Insatser (tidsplan):", "")

    months = ["jan", "feb", "mar", "apr", "maj", "jun"]
    rows = [
        ("Korttidsvistelse LSS 9 § 6, en helg per månad",
         "Korttidshemmet Bräcke / LSS-handläggare", [1, 1, 1, 1, 1, 1]),
        ("Kontaktperson LSS 9 § 4, varannan lördag",
         "Kommunen", [0, 1, 1, 1, 1, 1]),
        ("Visuellt schema och tydliggörande pedagogik i klassrummet, förberedelse inför "
         "övergångar", "Speciallärare, Bräcke skola", [1, 1, 1, 1, 1, 1]),
        ("Sömnutredning med sömndagbok, ev. läkemedel",
         "Läkare, Barn- och ungdomshabiliteringen Östersund", [0, 0, 1, 1, 0, 0]),
        ("Föräldrautbildning om autism (5 träffar)",
         "Kurator, Barn- och ungdomshabiliteringen Östersund", [0, 1, 1, 1, 0, 0]),
        ("Utprovning av hjälpmedel (tyngdtäcke, hörselkåpor)",
         "Arbetsterapeut, Barn- och ungdomshabiliteringen Östersund", [1, 1, 0, 0, 0, 0]),
    ]
    t = doc.add_table(rows=2, cols=2 + len(months))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr0, hdr1 = t.rows[0].cells, t.rows[1].cells
    a = hdr0[0].merge(hdr1[0])
    a.text = ""
    a.paragraphs[0].add_run("Insats").bold = True
    b = hdr0[1].merge(hdr1[1])
    b.text = ""
    b.paragraphs[0].add_run("Vem").bold = True
    m = hdr0[2].merge(hdr0[-1])
    m.text = ""
    mp = m.paragraphs[0]
    mp.add_run("Vårterminen 2025").bold = True
    mp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for i, mo in enumerate(months):
        c = hdr1[2 + i]
        c.text = ""
        c.paragraphs[0].add_run(mo).bold = True
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for c in list(t.rows[0].cells) + list(t.rows[1].cells):
        shade(c, "F2F2F2")
    repeat_header(t.rows[0])
    repeat_header(t.rows[1])
    for name, who, marks in rows:
        cells = t.add_row().cells
        cells[0].text = name
        cells[1].text = who
        for i, mk in enumerate(marks):
            cells[2 + i].text = "X" if mk else ""
            cells[2 + i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            if mk:
                shade(cells[2 + i], "C6E0B4")
    set_col_widths(t, [Cm(9.5), Cm(7.5)] + [Cm(1.4)] * 6)

    doc.add_paragraph()
    label("Uppföljning:", "Uppföljning i juni.")
    label("Deltagare:", "Sara och Jonas (vårdnadshavare), Lena, Ahmed, Maria, Petra.")
    doc.save(path(7, "docx"))


# ---------------------------------------------------------------------------
# 08  NOT a plan: Läkarintyg för sjukpenning (fpdf2 form), depression, Ragunda.
# ---------------------------------------------------------------------------
class FKPDF(FPDF):
    def header(self):
        self.set_font("DV", "B", 13)
        self.set_xy(15, 12)
        self.cell(120, 7, "Läkarintyg för sjukpenning")
        self.set_font("DV", "", 8)
        self.cell(0, 7, "Försäkringskassan", align="R")
        self.set_xy(15, 19)
        self.cell(120, 4, "Enligt 27 kap. socialförsäkringsbalken (SFB)")
        self.cell(0, 4, f"Sida {self.page_no()} ({{nb}})", align="R")
        self.line(15, 24, 195, 24)
        self.set_y(27)

    def footer(self):
        self.set_y(-12)
        self.set_font("DV", "", 7)
        self.cell(0, 4, "FK 7804 – elektroniskt intyg, utskrift från journalsystemet "
                        "2025-05-06", align="C")


def plan08():
    pdf = FKPDF(format="A4")
    pdf.set_creation_date(FIXED_DT.replace(tzinfo=datetime.timezone.utc))
    pdf.add_font("DV", "", FONT)
    pdf.add_font("DV", "B", FONT_B)
    pdf.set_margins(15, 27, 15)
    pdf.set_auto_page_break(True, 16)
    pdf.add_page()
    W = 180

    def box(title, body, h_min=0):
        pdf.set_font("DV", "B", 8.5)
        pdf.set_fill_color(230, 236, 242)
        pdf.cell(W, 6, title, border=1, fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font("DV", "", 9)
        y0 = pdf.get_y()
        pdf.multi_cell(W, 5, body, border="LRB", new_x=XPos.LMARGIN, new_y=YPos.NEXT, align="L",
                       padding=(1.5, 2, 1.5, 2))
        pdf.ln(2)

    pdf.set_font("DV", "", 9)
    pdf.cell(90, 6, "Patientens namn: Anders", border=1)
    pdf.cell(90, 6, "Personnummer: XXXXXX-XXXX", border=1, new_x=XPos.LMARGIN,
             new_y=YPos.NEXT)
    pdf.ln(2)
    box("1. Intyget är baserat på",
        "☒ Min undersökning av patienten  2025-05-06\n"
        "☐ Min telefonkontakt med patienten\n"
        "☒ Journaluppgifter från  2025-02-11\n"
        "☐ Annat")
    box("2. I relation till vilken sysselsättning bedömer du arbetsförmågan?",
        "☒ Nuvarande arbete: Undersköterska i hemtjänsten, heltid. Arbetet innebär "
        "självständiga besök hos brukare, körning mellan besöken och dokumentation.\n"
        "☐ Arbetssökande   ☐ Föräldraledighet   ☐ Studier")
    box("3. Diagnos",
        "F32.1  Medelsvår depressiv episod")
    box("4. Sjukdomens konsekvenser – funktionsnedsättning",
        "Patienten beskriver nedstämdhet sedan december, uttalad trötthet, tidigt uppvaknande "
        "och svårighet att koncentrera sig. Vid undersökningen psykomotoriskt långsam, "
        "sänkt grundstämning, gråtmild, inga psykotiska symtom. Ingen aktuell suicidrisk "
        "(bedömd enligt strukturerat samtal). MADRS-S 29 poäng.")
    box("5. Sjukdomens konsekvenser – aktivitetsbegränsning",
        "Klarar inte att planera och genomföra en arbetsdag med flera brukarbesök i följd. "
        "Svårt att hålla fokus vid bilkörning längre sträckor. Orkar inte sociala kontakter "
        "under längre tid; har vid arbetsförsök i april behövt avbryta efter två timmar.")
    box("6. Medicinsk behandling",
        "Pågående: Sertralin sedan 2025-02-11, dosen höjd 2025-04-08. Stödsamtal hos "
        "kurator på hälsocentralen varannan vecka.\n"
        "Planerad: KBT via internet (start i juni). Eftersom patienten även har kontakt med "
        "socialtjänsten i Ragunda kommun kring ekonomi och boende planeras en samordnad "
        "individuell plan (SIP); patienten har tackat ja till att bli kallad.")
    box("7. Bedömning av arbetsförmåga",
        "☒ Nedsatt med 100 %   från 2025-05-07   till och med 2025-06-15\n"
        "☐ Nedsatt med 75 %   ☐ Nedsatt med 50 %   ☐ Nedsatt med 25 %")
    box("8. Prognos",
        "☒ Patienten förväntas kunna återgå helt i nuvarande sysselsättning efter denna "
        "sjukskrivning eller en förlängning. Bedömningen är att en gradvis upptrappning kan "
        "påbörjas efter 2025-06-15 om behandlingseffekten fortsätter.")
    box("9. Åtgärder",
        "Arbetslivsinriktade åtgärder är i dagsläget inte aktuella. Kontakt med arbetsgivaren "
        "inför arbetsåtergång bör tas under juni.")
    box("10. Övriga upplysningar",
        "Patienten har tidigare varit sjukskriven för depression 2019 (3 månader) med god "
        "återhämtning.")
    box("11. Kontakt med Försäkringskassan",
        "☐ Jag önskar att Försäkringskassan kontaktar mig")
    pdf.ln(2)
    pdf.set_font("DV", "", 9)
    pdf.cell(90, 6, "Datum: 2025-05-06", border=1)
    pdf.cell(90, 6, "Läkare: Karin, leg. läkare", border=1, new_x=XPos.LMARGIN,
             new_y=YPos.NEXT)
    pdf.cell(180, 6, "Vårdenhet: Hälsocentralen Hammarstrand, Region Jämtland Härjedalen "
                     "(nås via växeln)", border=1, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.output(path(8, "pdf"))


def main():
    os.makedirs(OUT, exist_ok=True)
    tmpdir = os.path.join(HERE, "_tmp")
    os.makedirs(tmpdir, exist_ok=True)
    plan01()
    plan02()
    plan03()
    plan04()
    plan05()
    plan06(tmpdir)
    plan07()
    plan08()
    shutil.rmtree(tmpdir, ignore_errors=True)
    print("done:", sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()
