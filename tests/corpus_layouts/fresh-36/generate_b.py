#!/usr/bin/env python
"""Generate the f36b batch of fictional, anonymized SIP plans into plans/.

Run with python generate_b.py
Deterministic: fixed dates, no randomness. f36b-06.pdf is made by LibreOffice
from an intermediate .docx written to build/.
"""
import datetime as dt
import os
import shutil
import subprocess

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
BUILD = os.path.join(HERE, "build")
PREFIX = "f36b"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIXED = dt.datetime(2025, 3, 10, 9, 0, 0)


def path(nn, ext):
    return os.path.join(OUT, f"{PREFIX}-{nn:02d}.{ext}")


def fix_props(doc, title, author="Handläggare"):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


def shade(el, fill):
    """Add w:shd to a paragraph (pPr) or a table cell (tcPr)."""
    if el.tag == qn("w:p"):
        pr = el.get_or_add_pPr()
    else:
        pr = el.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    pr.append(shd)


def set_cell_borders(table, sz=8):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        b = OxmlElement(f"w:{edge}")
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), str(sz))
        b.set(qn("w:space"), "0")
        b.set(qn("w:color"), "000000")
        borders.append(b)
    # keep schema order: tblBorders goes before shd/tblLayout/tblCellMar/tblLook
    for succ in ("w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook"):
        found = tblPr.find(qn(succ))
        if found is not None:
            found.addprevious(borders)
            break
    else:
        tblPr.append(borders)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


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
    return cell


# ---------------------------------------------------------------------------
# 01  Lättläst SIP (docx), Sala, adult with intellectual disability + diabetes
# ---------------------------------------------------------------------------
def plan01():
    doc = Document()
    fix_props(doc, "Min SIP – lättläst")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(14)
    for s in ("Heading 1", "Heading 2"):
        doc.styles[s].font.name = "Arial"
    doc.styles["Heading 2"].font.size = Pt(16)

    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Sala kommun och Region Västmanland – Samordnad individuell plan (SIP) – Lättläst"
    hp.runs[0].font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.text = "Planen skrevs efter mötet 8 oktober 2024"
    fp.runs[0].font.size = Pt(9)

    doc.add_heading("Min plan – SIP för Amir", level=1)

    def block(q, pic, paras):
        doc.add_heading(q, level=2)
        p = doc.add_paragraph()
        r = p.add_run(f"[Bild: {pic}]")
        r.italic = True
        r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
        for t in paras:
            doc.add_paragraph(t)

    block("Vad är en SIP?", "två personer som pratar", [
        "SIP betyder samordnad individuell plan.",
        "Det är en plan för dig. "
        "Alla som hjälper dig skriver i planen vad de ska göra.",
    ])
    block("Varför gör vi en plan för dig?", "sjukhus", [
        "Du fick för högt blodsocker två gånger i höstas. "
        "Båda gångerna fick du åka till sjukhuset i Västerås.",
        "Vi vill att du ska må bra och kunna bo kvar i din lägenhet i Sala. "
        "Därför ska boendestödet och vårdcentralen hjälpa dig tillsammans med insulinet och maten.",
    ])
    block("Vem var med på mötet?", "en grupp människor runt ett bord", [
        "Amir, Eva, Sofia, Lars och Malin var med på mötet.",
    ])
    block("Vad ville vi prata om?", "frågetecken", [
        "Hur kan du få hjälp att ta insulin rätt på kvällar och helger?",
        "Vem ska du ringa när blodsockret är för högt?",
    ])
    block("Vad vill du?", "en person som lagar mat", [
        "Du sa så här på mötet:",
        "”Jag vill bo kvar i min lägenhet. Jag vill laga mat själv. "
        "Jag vill inte åka till sjukhuset mer.”",
    ])
    block("Vad tycker du om hjälpen?", "tumme upp", [
        "Du var med på hela mötet.",
        "Du sa att du vill ha hjälp på kvällen. "
        "Du vill inte ha hjälp på morgonen. Då klarar du dig själv.",
    ])
    block("Får vi prata med varandra om dig?", "två telefoner", [
        "– Ja, sa du på mötet den 8 oktober 2024.",
        "Du skrev också under på ett papper om det samma dag.",
    ])
    block("Vem gör vad?", "kalender", [
        "Boendestödet i Sala kommun kommer hem till dig varje kväll klockan 19. "
        "De hjälper dig att mäta blodsockret och att ta insulinet. "
        "Det börjar måndag 14 oktober 2024.",
        "Diabetessköterskan på Vårdcentralen Sala träffar dig en gång i månaden. "
        "Första gången är tisdag 22 oktober 2024.",
        "Habiliteringen i Västerås gör en bildkalender åt dig. "
        "I kalendern ser du när du ska äta och ta insulin.",
        "Din gode man Lars betalar dina räkningar. "
        "Han ger dig matpengar varje fredag.",
    ])
    block("Vem har ansvar för planen?", "en person med en pärm", [
        "Din handläggare Eva har huvudansvar för planen.",
        "Hon ringer alla och bokar nästa möte.",
    ])
    block("När ses vi igen?", "klocka", [
        "Vi ses igen tisdag 4 februari 2025 klockan 10.",
        "Mötet är på Vårdcentralen Sala.",
    ])
    doc.save(path(1, "docx"))


# ---------------------------------------------------------------------------
# 02  Timeline PDF (fpdf2), Köping, 19-year-old with cannabis use
# ---------------------------------------------------------------------------
class TimelinePDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 8)
        self.cell(0, 5, "Lifecare – Köpings kommun, Individ- och familjeomsorgen", new_x="LMARGIN", new_y="NEXT")
        self.cell(95, 5, "Utskriftsdatum: 2025-01-15  Utskriven av: jonsoc01")
        self.cell(0, 5, f"Sida {self.page_no()} ({{nb}})", align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(4)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.cell(0, 5, "Sekretess enligt OSL 26 kap. 1 § och 25 kap. 1 §", align="C")


def plan02():
    pdf = TimelinePDF(format="A4")
    pdf.set_creation_date(dt.datetime(2025, 1, 15, 10, 12, tzinfo=dt.timezone.utc))
    pdf.set_title("SIP – tidslinje")
    pdf.set_author("IFO Köping")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.alias_nb_pages()
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()

    def h(t):
        if pdf.get_y() > 245:
            pdf.add_page()
        pdf.ln(2)
        pdf.set_font("DejaVu", "B", 11)
        pdf.cell(0, 7, t, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 10)

    def para(t):
        pdf.set_font("DejaVu", "", 10)
        pdf.multi_cell(0, 5.2, t, align="L", new_x="LMARGIN", new_y="NEXT")

    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 8, "Samordnad individuell plan (SIP)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    pdf.cell(0, 6, "Planering i tidsordning", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    para("Namn: Elias        Personnummer: ÅÅMMDD-XXXX\n"
         "Datum för SIP-möte: 2025-01-14 (vecka 3)        Plats: IFO Köping, Mottagning Ung")

    h("Syfte")
    para("Samordning av insatser.")

    h("Deltagare")
    para("Elias\n"
         "Jonas, socialsekreterare, IFO Köping, Ungdom och familj\n"
         "Karin, sjuksköterska, Beroendemottagningen Köping, Region Västmanland\n"
         "Ali, KAA-samordnare, Köpings kommun (kommunala aktivitetsansvaret)\n"
         "Nora, arbetsmarknadskonsulent, Arbetsmarknadsenheten Köpings kommun")

    h("Bakgrund")
    para("Elias är 19 år och bor hos sin mamma i Köping. Han avbröt gymnasiet (El- och "
         "energiprogrammet) i årskurs 2 hösten 2024 och har sedan dess inte haft någon "
         "sysselsättning. Han har använt cannabis dagligen sedan sommaren 2024 enligt egen "
         "uppgift, sover oregelbundet och har varit nedstämd under hösten. Ärendet aktualiserades "
         "hos IFO efter en orosanmälan från skolan i november. Elias deltog i mötet.")

    h("Samtycke")
    para("Elias lämnade skriftligt samtycke till informationsöverföring mellan IFO Köping, "
         "Beroendemottagningen Köping, Vårdcentralen Köping och Arbetsmarknadsenheten "
         "2025-01-14 (blankett Samtycke SIP, skannad till akten).")

    h("Insatser – tidslinje")
    rows = [
        ("Vecka 3:", "Jonas, socialsekreterare IFO Köping, skickar remiss till "
                     "Beroendemottagningen Köping och bokar tid hos Vårdcentralen Köping."),
        ("Vecka 4:", "Sjuksköterska på Beroendemottagningen Köping gör första "
                     "bedömningssamtal (AUDIT/DUDIT) och tar prover."),
        ("Vecka 5–8:", "Behandlare på Mottagning Ung, IFO Köping, har samtal med Elias en "
                       "gång i veckan enligt ACRA (tisdagar)."),
        ("Vecka 5–12:", "Beroendemottagningen Köping tar urinprov två gånger i veckan "
                        "(måndag och torsdag). Läkare där bedömer sömnen vecka 6."),
        ("Vecka 6:", "Läkare på Vårdcentralen Köping påbörjar utredning av nedstämdhet "
                     "och sömnproblem; provtagning samma vecka."),
        ("Vecka 7:", "Ali, KAA-samordnare Köpings kommun, gör kartläggning inför studier "
                     "eller praktik (två träffar)."),
        ("Vecka 9:", "Jonas, IFO Köping, sammanställer resultat från Beroendemottagningen "
                     "och Vårdcentralen inför uppföljningen."),
        ("Från v. 10:", "Arbetsmarknadsenheten Köpings kommun, Nora, ordnar praktikplats "
                        "två dagar i veckan med handledare på plats."),
    ]
    for week, text in rows:
        y = pdf.get_y()
        if y > 265:
            pdf.add_page()
        pdf.set_font("DejaVu", "B", 10)
        pdf.cell(28, 5.2, week)
        pdf.set_font("DejaVu", "", 10)
        pdf.multi_cell(0, 5.2, text, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.2)

    h("Samordningsansvarig")
    para("Jonas, socialsekreterare, IFO Köping, Ungdom och familj.")

    h("Övriga aktörer")
    para("Försäkringskassan och Arbetsförmedlingen kan bli aktuella längre fram.")

    h("Uppföljning")
    para("Uppföljning vecka 12 på IFO Köping. Kallelse skickas av samordningsansvarig.")

    pdf.ln(6)
    para("Upprättad av: Jonas, socialsekreterare          Datum: 2025-01-15")
    pdf.output(path(2, "pdf"))


# ---------------------------------------------------------------------------
# 03  Elevhälsan SIP hybrid (md), Hallstahammar, 13-year-old with school refusal
# ---------------------------------------------------------------------------
def plan03():
    md = """# SIP – samordnad individuell plan (elevhälsan)

**Elev:** Maja, åk 7
**Skola:** Lindboskolan, Hallstahammar
**Mötesdatum:** 2025-01-28
**Dokumenterat av:** Skolkurator, elevhälsan Lindboskolan

## Syfte

Maja har haft hög frånvaro sedan oktober (ca 60 % under ht 2024) och har svår oro inför
att gå till skolan. Syftet med planen är att skolan, BUP och socialtjänsten ska arbeta åt
samma håll så att Maja steg för steg kommer tillbaka till skolan och får hjälp med sin ångest.

## Frågeställningar

Diskutera läget och hur vi går vidare.

## Deltagare

| Namn | Funktion | Verksamhet |
|---|---|---|
| Maja | elev | |
| Mamma (vårdnadshavare) | | |
| Helena | skolkurator | Elevhälsan, Lindboskolan |
| Peter | mentor | Lindboskolan åk 7 |
| Ylva | skolsköterska | Elevhälsan, Lindboskolan |
| Mikael | psykolog | BUP Västerås |
| Fatima | socialsekreterare | Barn och familj, Hallstahammars kommun |

## Elevens nuläge

- Frånvaro ht 2024: ca 60 %, mest hela dagar måndag–onsdag.
- När Maja är i skolan är hon oftast i studierummet med resursperson, sällan i klassrummet.
- Sömnen är förskjuten, somnar efter kl. 01 enligt mamma.
- Utredning på BUP påbörjad december 2024; social fobi misstänks. Ingen diagnos ännu.
- Kunskapsmässigt ligger Maja nära målen i svenska och engelska, efter i matematik och NO.

## Elevens röst

Maja och mamma var med på mötet. Maja ville inte prata inför alla men hade skrivit ner
det hon ville säga tillsammans med kuratorn innan mötet, och läste upp det själv:

> ”Jag vill kunna vara i klassrummet minst halva dagen igen. Det är värst på morgonen
> och när jag måste prata högt inför klassen. Jag vill inte att alla ska titta när jag
> kommer in sent.”

Maja önskar att få komma in i klassrummet innan de andra eleverna och att slippa
redovisa muntligt inför hela klassen under vårterminen.

## Insatser skola

- Anpassat schema med start kl. 9.30 måndag–onsdag – **mentor** – från 2025-02-03
- Maja får gå in i klassrummet fem minuter före lektionsstart, mentor möter upp
  – **mentor/resursperson** – från 2025-02-03
- Muntliga redovisningar görs enskilt med läraren under vt 2025 – **ämneslärare,
  beslut rektor** – från 2025-02-03
- Stödsamtal varannan vecka (KBT-inspirerat, exponering i små steg) – **skolkurator** –
  start 2025-02-05
- Extra anpassningar i matematik (studiehandledning 2 h/v) – **speciallärare** –
  från 2025-02-10
- Frånvaron följs upp varje fredag med mamma per telefon – **mentor** – från 2025-02-07

## Insatser BUP/socialtjänst

- Slutföra utredning, återkoppling till Maja och mamma – **psykolog, BUP Västerås** –
  senast 2025-03-07
- Regionen: fortsatt kontakt kring sömn och oro
- Familjebehandling i hemmet, en gång i veckan, fokus på morgonrutiner
  – **Familjebehandlare, Barn och familj, Hallstahammars kommun** – start 2025-02-11

## Uppföljning

Nytt SIP-möte 2025-03-18 kl. 14.00 i Lindboskolans konferensrum.
"""
    with open(path(3, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ---------------------------------------------------------------------------
# 04  Follow-up plan with status table (docx), Arboga, 84-year-old after hip fracture
# ---------------------------------------------------------------------------
def plan04():
    doc = Document()
    fix_props(doc, "Uppföljning SIP", "Distriktssköterska")
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(2)
    hdr = sec.header.paragraphs[0]
    hdr.text = ("Uppföljning av samordnad individuell plan (SIP)\t\t"
                "Uppföljningsmöte: 2025-02-11")
    for r in hdr.runs:
        r.bold = True
        r.font.size = Pt(10)
    h2 = sec.header.add_paragraph("Vårdcentralen Arboga / Arboga kommun, Vård och omsorg")
    h2.runs[0].font.size = Pt(9)
    ft = sec.footer.paragraphs[0]
    ft.text = "Ursprunglig plan upprättad 2024-11-05"
    ft.runs[0].font.size = Pt(8)

    doc.add_heading("Uppföljning SIP – G., 84 år", level=1)
    p = doc.add_paragraph()
    p.add_run("Personnummer: ").bold = True
    p.add_run("XXXXXX-XXXX")
    p.add_run("     Plats: ").bold = True
    p.add_run("G:s bostad, Arboga")

    doc.add_heading("Syfte", level=2)
    doc.add_paragraph("Se tidigare plan (2024-11-05).")

    doc.add_heading("Närvarande", level=2)
    doc.add_paragraph("Birgitta, Anna, Per, Leila, Johan.")

    doc.add_heading("Den enskildes deltagande", level=2)
    doc.add_paragraph("G. deltog inte i mötet. Han var trött efter en orolig natt och sov; "
                      "mötet hölls därför i köket.")

    doc.add_heading("Frågeställningar inför dagens möte", level=2)
    doc.add_paragraph("Räcker hemtjänstens insatser nattetid efter de två fallen i januari "
                      "(2025-01-09 och 2025-01-23)?", style="List Bullet")
    doc.add_paragraph("Behöver G. ansöka om korttidsplats eller särskilt boende nu, eller kan "
                      "han bo kvar hemma med mer stöd?", style="List Bullet")
    doc.add_paragraph("Hur säkerställs att G. tar sina läkemedel när dosetten står framme?",
                      style="List Bullet")

    doc.add_heading("Insatser från tidigare plan", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    heads = ["Insats", "Ansvarig", "Status (Klart/Pågår/Ej påbörjat)", "Kommentar"]
    for c, txt in zip(t.rows[0].cells, heads):
        cell_text(c, txt, bold=True)
        shade(c._tc, "D9E2F3")
    repeat_header(t.rows[0])
    earlier = [
        ("Hemtjänst morgon, lunch och kväll (hygien, måltider, tillsyn)",
         "Hemtjänst Arboga centrum", "Klart",
         "Insatserna är på plats sedan 2024-11-12."),
        ("Trygghetslarm", "Biståndshandläggare, Arboga kommun", "Klart",
         "Larmet har använts vid båda fallen."),
        ("Hembesök arbetsterapeut: hjälpmedel i badrum och rollator inomhus",
         "Arbetsterapeut, Rehab Arboga kommun", "Klart",
         "Toalettförhöjning och duschpall levererade."),
        ("Gångträning efter höftfraktur", "Fysioterapeut, Rehab Arboga kommun", "Pågår",
         "Två ggr/vecka, går bättre men osäker vid trötthet."),
        ("Läkemedelsgenomgång", "Läkare, Vårdcentralen Arboga", "Ej påbörjat",
         "Tid ej bokad, tas upp igen nedan."),
        ("Minnesutredning", "Vårdcentralen Arboga", "Pågår",
         "MMSE gjord december, väntar på DT hjärna."),
    ]
    for row in earlier:
        cells = t.add_row().cells
        for c, txt in zip(cells, row):
            cell_text(c, txt)
    for row in t.rows:
        row.cells[0].width = Cm(7)
        row.cells[1].width = Cm(5.5)
        row.cells[2].width = Cm(4)
        row.cells[3].width = Cm(8)

    doc.add_heading("Nya insatser", level=2)
    t2 = doc.add_table(rows=1, cols=3)
    t2.style = "Table Grid"
    for c, txt in zip(t2.rows[0].cells, ["Insats", "Ansvarig", "När"]):
        cell_text(c, txt, bold=True)
        shade(c._tc, "D9E2F3")
    repeat_header(t2.rows[0])
    new = [
        ("Nattillsyn två gånger per natt (kl. 00 och 04) under sex veckor",
         "Biståndshandläggare, Arboga kommun (beslut); Hemtjänst Arboga centrum (utförande)",
         "Från 2025-02-13"),
        ("Läkemedelsgenomgång och bedömning av sömnläkemedel",
         "Regionen", "Februari 2025"),
        ("Läkemedelsrobot (Evondos) provas för kvällsdosen",
         "Distriktssköterska, Vårdcentralen Arboga", "Installation 2025-02-20"),
        ("Ansöka om god man hos överförmyndaren",
         "Dottern Birgitta", "Senast 2025-03-01"),
        ("Följa med G. på DT hjärna på Västmanlands sjukhus Köping",
         "Dottern Birgitta", "2025-02-26"),
    ]
    for row in new:
        cells = t2.add_row().cells
        for c, txt in zip(cells, row):
            cell_text(c, txt)

    doc.add_heading("Huvudansvar för planen", level=2)
    doc.add_paragraph("Distriktssköterska Anna, Vårdcentralen Arboga.")

    doc.add_heading("Nästa uppföljning", level=2)
    doc.add_paragraph("Om cirka tre månader, eller tidigare om G. faller igen. "
                      "Distriktssköterskan kallar.")
    doc.save(path(4, "docx"))


# ---------------------------------------------------------------------------
# 05  Dictated minutes (txt, cp1252, CRLF), Fagersta, man in addiction care
# ---------------------------------------------------------------------------
def wrap(text, width=76):
    import textwrap
    return textwrap.fill(text, width=width, break_long_words=False, break_on_hyphens=False)


def plan05():
    head = [
        "MINNESANTECKNINGAR SIP-MÖTE",
        "Vuxenenheten, Individ- och familjeomsorgen, Fagersta kommun",
        "Datum: 2024-11-19   Tid: 09.00-10.30   Plats: Vuxenenhetens mötesrum",
        "Avser: Tomas, ÅÅMMDD-XXXX",
        "Dikterat av handläggare, utskrivet av administratör 2024-11-21",
        "",
    ]
    points = [
        "Närvarande var Tomas själv, Anders, Lena, Kim och Hanna. Mötet inleddes "
        "med en presentationsrunda och genomgång av hur en SIP fungerar.",
        "Syftet med mötet var att få en gemensam bild.",
        "Tomas gav muntligt samtycke vid mötets början, 2024-11-19, till att de "
        "närvarande får utbyta information med varandra inom ramen för planen. "
        "Skriftligt samtycke på kommunens blankett undertecknades redan 2024-10-30 "
        "och finns i akten hos Vuxenenheten.",
        "Tomas berättade att han nu är hemma sedan en vecka efter tolv veckor på "
        "behandlingshem, att han inte har druckit sedan augusti och att han inte "
        "använt amfetamin sedan i somras. Han bor tillfälligt hos en kompis i "
        "Fagersta, vilket han själv säger inte fungerar i längden eftersom kompisen "
        "dricker. Tomas sa med egna ord: \u201dJag vill ha en egen lägenhet och kunna "
        "träffa mina barn varannan helg igen. Och jag vill ha ett jobb att gå till, "
        "det är när jag inte har något att göra som det går åt helvete.\u201d Han "
        "önskade att alla kontakter om möjligt ska ligga på förmiddagar.",
        "Missbrukshandläggaren på Vuxenenheten IFO Fagersta lämnar in ansökan om "
        "träningslägenhet till kommunens Boendeenhet senast 2024-12-06 och "
        "återkopplar beslutet till Tomas per telefon. Öppenvården Fagersta (IFO) "
        "erbjuder Tomas plats i ÅP-gruppen (återfallsprevention) på torsdagar kl. "
        "10-12 med start 2024-11-28, samt enskilda samtal med behandlare varannan "
        "tisdag från 2024-12-03.",
        "Sjuksköterskan på Beroendemottagningen Fagersta, Region Västmanland, "
        "fortsätter med övervakat Antabus måndag, onsdag och fredag från och med "
        "2024-11-20, och läkaren på Beroendemottagningen gör en ny bedömning av "
        "läkemedelsbehandlingen (Antabus/naltrexon) vid besök 2024-12-10. "
        "Vårdcentralen Fagersta tar leverprover (PEth, leverstatus) 2024-12-03 och "
        "distriktsläkaren går igenom svaren med Tomas vid besök 2024-12-17.",
        "Arbetsförmedlaren på Arbetsförmedlingen Fagersta träffar Tomas 2024-12-12 "
        "för att planera inskrivning i ett förberedande program med "
        "arbetsträning. Tomas själv ringer budget- och skuldrådgivningen i "
        "Fagersta senast 2024-11-29 för att boka tid om sina skulder till "
        "Kronofogden, och han kontaktar sin exfru senast 2024-12-01 om umgänge med "
        "barnen.",
        "Huvudansvaret för planen har missbrukshandläggaren på Vuxenenheten, IFO "
        "Fagersta. Hon kallar till nästa möte och är den Tomas ringer om något i "
        "planen inte fungerar.",
        "Nästa SIP-möte hålls 2025-01-21 kl. 09.30 i Vuxenenhetens mötesrum. Samma "
        "deltagare kallas.",
    ]
    lines = list(head)
    for i, ptxt in enumerate(points, 1):
        w = wrap(f"{i}. {ptxt}", 76)
        # hanging indent after the number, like a dictation template
        wl = w.split("\n")
        first = wl[0]
        rest = wrap(" ".join(wl[1:]), 73).split("\n") if len(wl) > 1 else []
        lines.append(first)
        lines.extend("   " + r for r in rest if r)
        lines.append("")
    lines.append("Antecknat av: handläggare, Vuxenenheten IFO Fagersta")
    text = "\r\n".join(lines) + "\r\n"
    with open(path(5, "txt"), "wb") as f:
        f.write(text.encode("cp1252"))


# ---------------------------------------------------------------------------
# 06  Discharge SIP from psychiatric ward (docx -> pdf via LibreOffice), Västerås
# ---------------------------------------------------------------------------
def plan06():
    doc = Document()
    fix_props(doc, "SIP inför utskrivning", "Avdelning 82")
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = Cm(1.8)
    hp = sec.header.paragraphs[0]
    hp.text = "Region Västmanland – Psykiatriska kliniken Västerås, avdelning 82\tVästerås stad"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "SIP inför utskrivning enligt lag (2017:612) om samverkan vid utskrivning från sluten hälso- och sjukvård"
    fp.runs[0].font.size = Pt(7)

    title = doc.add_paragraph()
    r = title.add_run("SIP inför utskrivning")
    r.bold = True
    r.font.size = Pt(16)
    sub = doc.add_paragraph()
    r = sub.add_run("Samordnad individuell plan – slutenvård till öppenvård och kommun")
    r.font.small_caps = True
    r.font.size = Pt(10)

    def boxed(rows, widths=(Cm(5), Cm(12))):
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        set_cell_borders(t, 8)
        for label, value in rows:
            cells = t.add_row().cells
            cell_text(cells[0], label, bold=True)
            shade(cells[0]._tc, "EDEDED")
            cell_text(cells[1], value)
            cells[0].width, cells[1].width = widths
        t.autofit = False
        t.columns[0].width, t.columns[1].width = widths
        doc.add_paragraph()
        return t

    def section_title(t):
        p = doc.add_paragraph()
        r = p.add_run(t)
        r.bold = True
        r.font.size = Pt(11)
        p.paragraph_format.space_after = Pt(2)

    section_title("1. Personuppgifter")
    boxed([
        ("Namn", "J."),
        ("Personnummer", "ÅÅMMDD-XXXX"),
        ("Inskriven", "2024-09-20 (HSL, frivillig vård)"),
        ("Planerad utskrivning", "2024-10-08"),
        ("Datum för SIP-möte", "2024-10-03, avdelning 82"),
    ])

    section_title("2. Planens grund")
    boxed([
        ("Syfte",
         "Att J. ska kunna skrivas ut till sin egen lägenhet på Bäckby med ett samordnat stöd "
         "från socialpsykiatrin och den psykiatriska öppenvården, så att en ny inläggning "
         "kan undvikas. J. har under året haft två inläggningar efter att ha slutat med sin "
         "medicin, och obetalda räkningar har lett till en hyresskuld."),
        ("Frågeställningar", ""),
        ("Den enskildes mål",
         "Målet är att J. ska kunna bo kvar i sin lägenhet och ta sin medicin regelbundet."),
        ("Den enskildes delaktighet", "☒ Deltog i mötet     ☐ Deltog inte i mötet"),
        ("Samtycke", "☒ Samtycke inhämtat\n☐ Muntligt     ☐ Skriftligt     Datum: "),
    ])

    section_title("3. Deltagare")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    set_cell_borders(t, 8)
    for c, txt in zip(t.rows[0].cells, ["Namn", "Funktion", "Verksamhet"]):
        cell_text(c, txt, bold=True)
        shade(c._tc, "EDEDED")
    repeat_header(t.rows[0])
    for row in [
        ("J.", "patient", "–"),
        ("Linda", "sjuksköterska", "Psykiatriska kliniken Västerås, avd 82"),
        ("Omid", "överläkare", "Psykiatriska kliniken Västerås, avd 82"),
        ("Sara", "kontaktsjuksköterska", "Psykiatrisk öppenvårdsmottagning Västerås"),
        ("Camilla", "biståndshandläggare", "Socialpsykiatrin, Västerås stad"),
        ("Rami", "boendestödjare", "Socialpsykiatrin, Västerås stad"),
    ]:
        cells = t.add_row().cells
        for c, txt in zip(cells, row):
            cell_text(c, txt)
    doc.add_paragraph()

    section_title("4. Ansvar")
    boxed([
        ("Fast vårdkontakt", "Kontaktsjuksköterska Sara, Psykiatrisk öppenvårdsmottagning Västerås"),
        ("Samordningsansvarig", "Socialpsykiatrin, Västerås stad"),
    ])

    section_title("5. Insatser")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    set_cell_borders(t, 8)
    for c, txt in zip(t.rows[0].cells, ["Insats", "Ansvarig", "När"]):
        cell_text(c, txt, bold=True)
        shade(c._tc, "EDEDED")
    repeat_header(t.rows[0])
    for row in [
        ("Boendestöd tre gånger i veckan: struktur i vardagen, post och räkningar, inköp",
         "Boendestödjare, Socialpsykiatrin Västerås stad", "Från 2024-10-09"),
        ("Depåinjektion var 14:e dag och samtal om mående",
         "Kontaktsjuksköterska, Psykiatrisk öppenvårdsmottagning Västerås", "Första gången 2024-10-15"),
        ("Läkarbesök: bedömning av medicinering och biverkningar",
         "Läkare, Psykiatrisk öppenvårdsmottagning Västerås", "2024-10-22"),
        ("Hembesök dagen efter utskrivning",
         "Kontaktsjuksköterska och boendestödjare tillsammans", "2024-10-09"),
        ("Genomgång av skulder och kontakt med hyresvärden om avbetalningsplan",
         "Budget- och skuldrådgivningen, Västerås stad", ""),
    ]:
        cells = t.add_row().cells
        for c, txt in zip(cells, row):
            cell_text(c, txt)
    doc.add_paragraph()

    section_title("6. Övrigt")
    boxed([
        ("Övriga aktörer", "God man är ansökt. Kontakt med FK."),
        ("Uppföljning", "Datum: ÅÅÅÅ-MM-DD"),
        ("Underskrift", "Planen upprättad av sjuksköterska Linda, avd 82, 2024-10-03"),
    ])

    os.makedirs(BUILD, exist_ok=True)
    src = os.path.join(BUILD, f"{PREFIX}-06.docx")
    doc.save(src)
    subprocess.run([
        "soffice", f"-env:UserInstallation=file:///tmp/lo-{PREFIX}", "--headless",
        "--convert-to", "pdf", "--outdir", BUILD, src,
    ], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.copyfile(os.path.join(BUILD, f"{PREFIX}-06.pdf"), path(6, "pdf"))


# ---------------------------------------------------------------------------
# 07  Content-control template with coloured bands (docx), Surahammar, LSS autism
# ---------------------------------------------------------------------------
PLACEHOLDER = "Klicka eller tryck här för att ange text."


def add_sdt(paragraph, tag, text=None):
    """Append an inline plain-text content control to a paragraph.

    text=None -> empty control showing its placeholder text."""
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    alias = OxmlElement("w:alias")
    alias.set(qn("w:val"), tag)
    t = OxmlElement("w:tag")
    t.set(qn("w:val"), tag)
    pr.append(alias)
    pr.append(t)
    if text is None:
        pr.append(OxmlElement("w:showingPlcHdr"))
    pr.append(OxmlElement("w:text"))
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    if text is None:
        rpr = OxmlElement("w:rPr")
        rs = OxmlElement("w:rStyle")
        rs.set(qn("w:val"), "PlaceholderText")
        rpr.append(rs)
        col = OxmlElement("w:color")
        col.set(qn("w:val"), "808080")
        rpr.append(col)
        r.append(rpr)
    tx = OxmlElement("w:t")
    tx.set(qn("xml:space"), "preserve")
    tx.text = PLACEHOLDER if text is None else text
    r.append(tx)
    content.append(r)
    sdt.append(content)
    paragraph._p.append(sdt)
    return sdt


def plan07():
    doc = Document()
    fix_props(doc, "SIP – mall Surahammar", "LSS-handläggare")
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Surahammars kommun · Region Västmanland"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(8)

    t = doc.add_paragraph()
    r = t.add_run("SAMORDNAD INDIVIDUELL PLAN – SIP")
    r.bold = True
    r.font.size = Pt(15)
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)

    colours = ["1F4E79", "2E75B6", "548235", "BF8F00", "C55A11", "7030A0", "2F5597", "833C0B"]
    band_i = [0]

    def band(text):
        p = doc.add_paragraph()
        shade(p._p, colours[band_i[0] % len(colours)])
        band_i[0] += 1
        r = p.add_run(text.upper())
        r.bold = True
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.space_after = Pt(4)

    def field(label, value=None, tag=None):
        p = doc.add_paragraph()
        p.add_run(label + ": ").bold = True
        add_sdt(p, tag or label, value)
        return p

    band("Personuppgifter")
    field("Namn", "Viktor")
    field("Personnummer", "ÅÅMMDD-XXXX")
    field("Datum för SIP-möte", "2025-03-06")
    field("Plats", "Kommunhuset Surahammar")

    band("Bakgrund och nuläge")
    field("Bakgrund",
          "Viktor är 22 år, har autism och lindrig intellektuell funktionsnedsättning och bor "
          "sedan 2023 i gruppbostad enligt LSS 9 § 9 i Surahammar. Han har daglig verksamhet "
          "fyra dagar i veckan. Sedan hösten 2024 sover han dåligt, har gått ner i vikt och "
          "har haft flera utbrott på boendet och på dagliga verksamheten. Han har kontakt med "
          "vuxenhabiliteringen och har träffat läkare på vuxenpsykiatrin en gång i januari.")

    band("Deltagare")
    field("Deltagare", None)

    band("Syfte och frågeställningar")
    field("Syfte med planen", "Gemensam planering.")
    field("Frågeställningar", None)

    band("Den enskildes mål och delaktighet")
    field("Den enskildes mål", None)
    field("Den enskildes delaktighet", None)

    band("Samtycke")
    field("Samtycke", "Samtycke finns.")

    band("Insatser")
    note = doc.add_paragraph()
    r = note.add_run("Ange insats enligt formen 1) Vad – Vem – När")
    r.italic = True
    r.font.size = Pt(9)
    items = [
        ("Stöd i vardagen vid behov", "Löpande"),
        ("Fortsatt kontakt kring mående och sömn", "Löpande"),
        ("Fortsatt samverkan mellan verksamheterna", "Vid behov"),
    ]
    for i, (what, when) in enumerate(items, 1):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.6)
        p.add_run(f"{i}) ").bold = True
        add_sdt(p, f"Vad{i}", what)
        p.add_run(" – ")
        add_sdt(p, f"Vem{i}", None)
        p.add_run(" – ")
        add_sdt(p, f"Nar{i}", when)

    band("Ansvar")
    field("Huvudansvarig för planen", None)

    band("Uppföljning")
    field("Uppföljning", "Vid behov.")

    doc.save(path(7, "docx"))


# ---------------------------------------------------------------------------
# 08  NOT a SIP: Genomförandeplan hemtjänst (docx), Kungsör
# ---------------------------------------------------------------------------
def plan08():
    doc = Document()
    fix_props(doc, "Genomförandeplan", "Kontaktman hemtjänst")
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Kungsörs kommun – Vård och omsorg – Hemtjänst Kungsör norra"
    hp.runs[0].font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.text = "Genomförandeplan enligt SOSFS 2014:5 – förvaras i personakten"
    fp.runs[0].font.size = Pt(8)

    doc.add_heading("Genomförandeplan – hemtjänst", level=1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [
        ("Namn", "Ingrid"),
        ("Personnummer", "XXXXXX-XXXX"),
        ("Beslut", "Hemtjänst enligt SoL 4 kap. 1 §, beslut 2025-01-20, gäller tills vidare"),
        ("Kontaktman", "Undersköterska Emma, Hemtjänst Kungsör norra"),
        ("Plan upprättad", "2025-02-04, hembesök hos Ingrid"),
        ("Medverkande", "Ingrid, kontaktman Emma, sonen (via telefon)"),
    ]:
        cells = t.add_row().cells
        cell_text(cells[0], a, bold=True)
        cell_text(cells[1], b)
    doc.add_paragraph()

    doc.add_heading("Ingrids önskemål och mål", level=2)
    doc.add_paragraph("”Jag vill klara mig hemma så länge det går och själv bestämma när jag "
                      "duschar.” Ingrid vill att det kommer så få olika personer som möjligt "
                      "och att personalen ringer på två gånger innan de låser upp.")
    doc.add_paragraph("Mål: Ingrid känner sig trygg i hemmet och kan fortsätta gå sin "
                      "promenad till brevlådan varje dag.")

    doc.add_heading("Så här utförs insatserna", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ["Insats", "Hur", "När", "Vem"]):
        cell_text(c, txt, bold=True)
        shade(c._tc, "E2EFDA")
    repeat_header(t.rows[0])
    for row in [
        ("Morgonhjälp", "Ingrid klär sig själv, personalen hjälper med stödstrumpor och "
         "bäddar. Frukost med gröt och kaffe, Ingrid bestämmer själv.",
         "Dagligen kl. 8–9", "Hemtjänstpersonal"),
        ("Dusch", "Dusch med duschpall, personalen tvättar rygg och fötter. "
         "Ingrid väljer dag.", "Två gånger i veckan", "Hemtjänstpersonal"),
        ("Inköp", "Ingrid skriver inköpslista på tisdag, personalen handlar på Coop "
         "och packar upp tillsammans med Ingrid.", "Onsdagar", "Hemtjänstpersonal"),
        ("Städning", "Dammsugning och våttorkning av golv, byte av handdukar.",
         "Varannan fredag", "Hemtjänstpersonal"),
        ("Promenad/social samvaro", "Följa med Ingrid till brevlådan och en sväng runt "
         "kvarteret om vädret tillåter.", "Måndag och torsdag eftermiddag",
         "Kontaktman i första hand"),
        ("Tillsyn kväll", "Titta till, se att Ingrid har ätit och att ytterdörren är låst.",
         "Dagligen kl. 20–21", "Hemtjänstpersonal"),
    ]:
        cells = t.add_row().cells
        for c, txt in zip(cells, row):
            cell_text(c, txt)
    doc.add_paragraph()

    doc.add_heading("Att tänka på", level=2)
    doc.add_paragraph("Ingrid hör dåligt på vänster öra – tala från höger sida och se till att "
                      "hörapparaten är i. Nyckel finns i nyckelgömma, kod i verksamhetssystemet.")

    doc.add_heading("Uppföljning av genomförandeplanen", level=2)
    doc.add_paragraph("Kontaktman Emma följer upp planen tillsammans med Ingrid 2025-05-06, "
                      "eller tidigare om behoven ändras.")
    doc.add_paragraph("Planen har gåtts igenom med Ingrid, som har fått en egen kopia.")
    doc.save(path(8, "docx"))


def normalize_zip(fname):
    """Rewrite a .docx with fixed member timestamps so reruns give identical bytes."""
    import zipfile
    with zipfile.ZipFile(fname) as z:
        members = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(fname, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 10, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def main():
    os.makedirs(OUT, exist_ok=True)
    for fn in (plan01, plan02, plan03, plan04, plan05, plan06, plan07, plan08):
        fn()
    for f in sorted(os.listdir(OUT)):
        if f.endswith(".docx"):
            normalize_zip(os.path.join(OUT, f))
    print("done:", sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()
