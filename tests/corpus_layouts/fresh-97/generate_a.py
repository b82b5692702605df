# -*- coding: utf-8 -*-
"""Genererar batch f97a (Region Norrbotten) till plans/. Deterministiskt."""
import os
import subprocess
import shutil
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from fpdf import FPDF
from fpdf.enums import XPos, YPos

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
os.makedirs(OUT, exist_ok=True)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
P = "f97a"


def fixed_core(doc, title):
    import datetime
    cp = doc.core_properties
    cp.title = title
    cp.author = ""
    cp.last_modified_by = ""
    cp.created = datetime.datetime(2025, 1, 1, 8, 0, 0)
    cp.modified = datetime.datetime(2025, 1, 1, 8, 0, 0)
    cp.revision = 1


# ---------------------------------------------------------------- 01
def plan01():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    doc.add_heading("Samordnad individuell plan (SIP) – Per", level=1)
    doc.add_paragraph("Mötesdatum: 2025-04-09. Plats: Socialtjänstens lokaler, Luleå.")

    doc.add_heading("Varför har vi det här mötet?", level=2)
    doc.add_paragraph(
        "Per, 61 år, har alkoholrelaterad leversjukdom (levercirros) och har under vintern "
        "vårdats på medicinkliniken Sunderby sjukhus två gånger för vätska i buken och "
        "förvirring. Han har samtidigt kontakt med beroendemottagningen, hemsjukvården och "
        "biståndshandläggare i kommunen, och ingen har haft hela bilden. Vi har mötet för att "
        "Per ska kunna bo kvar hemma i lägenheten i Luleå utan nya akuta inläggningar, och "
        "för att de som hjälper honom ska veta vem som gör vad.")
    doc.add_paragraph(
        "Frågor vi behövde svar på: Hur ska läkemedlen (vätskedrivande och laktulos) "
        "hanteras när Per inte alltid kommer ihåg dem? Vem följer upp vikten och blodproverna? "
        "Kan Per få hjälp med matlagning nu när han äter dåligt? Hur får Per stöd att fortsätta "
        "vara nykter efter utskrivningen?")

    doc.add_heading("Vem var med?", level=2)
    doc.add_paragraph("Per, Karin, Lena, Johan, Sara och Anders.")

    doc.add_heading("Vad vill du själv?", level=2)
    doc.add_paragraph(
        "Per berättade att han är trött på att hamna på sjukhus och att han vill bo kvar "
        "hemma. Han sa: ”Jag vill orka gå ner till båthamnen i sommar och fiska med "
        "barnbarnet. Och jag vill inte börja dricka igen, det har jag bestämt.” Han vill "
        "inte ha hemtjänst varje dag men kan tänka sig hjälp med maten och med medicinerna.")
    doc.add_paragraph(
        "Samtycke finns till att de som var med på mötet pratar med varandra om Per.")

    doc.add_heading("Vem gör vad, och när?", level=2)
    doc.add_paragraph(
        "Hemsjukvården Luleå (distriktssköterska) tar över läkemedelshanteringen med "
        "dosett och delar medicinerna en gång i veckan, med start 2025-04-14. "
        "Distriktssköterskan väger Per varje måndag och hör av sig till leverläkaren om "
        "vikten ökar mer än 2 kg på en vecka.")
    doc.add_paragraph(
        "Biståndshandläggare vid äldre- och funktionshinderförvaltningen fattar beslut om "
        "matdistribution fem dagar i veckan; beslutet fattas senast 2025-04-18 och maten "
        "börjar komma veckan efter.")
    doc.add_paragraph(
        "Beroendemottagningen Luleå fortsätter med samtal med alkoholterapeut "
        "och erbjuder Per att pröva Antabus igen. Läkaren på beroendemottagningen tar "
        "ställning till det.")
    doc.add_paragraph(
        "Medicinmottagningen Sunderby sjukhus kallar till återbesök hos leverläkare med "
        "blodprover 2025-05-06.")
    doc.add_paragraph(
        "Karin, Pers syster, följer med på återbesöket på Sunderby och kör honom dit. "
        "Per själv går på AA-mötet i Örnäset varje torsdag och ringer hemsjukvården om han "
        "märker att magen växer eller att han blir förvirrad. Per har sjukersättning från "
        "Försäkringskassan sedan tidigare; där behövs inget nytt nu.")

    doc.add_heading("Hur följer vi upp?", level=2)
    doc.add_paragraph(
        "Vi ses igen i oktober, på samma ställe. Den som märker att något inte fungerar "
        "hör av sig till de andra innan dess.")
    fixed_core(doc, "SIP Per")
    doc.save(os.path.join(OUT, f"{P}-01.docx"))


# ---------------------------------------------------------------- 02
class RecordPDF(FPDF):
    def header(self):
        self.set_font("DV", "", 7.5)
        self.set_text_color(80, 80, 80)
        self.cell(95, 5, "Lifecare SP – Utskrift", new_x=XPos.RIGHT, new_y=YPos.TOP)
        self.cell(0, 5, f"Utskriftsdatum 2025-05-22 10:14    Sida {self.page_no()} ({{nb}})",
                  align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_draw_color(120, 120, 120)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("DV", "", 7)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, "Samordnad individuell plan – Lifecare SP, Region Norrbotten / Piteå kommun",
                  align="C")


def smallcaps(pdf, label, big=8.0, small=6.4):
    """Etikett i kapitäler: versal begynnelsebokstav i större grad, resten versaler i mindre."""
    x = pdf.l_margin
    pdf.set_x(x)
    for word_i, word in enumerate(label.split(" ")):
        if word_i:
            pdf.set_font("DV", "", small)
            pdf.cell(pdf.get_string_width(" "), 4, " ", new_x=XPos.RIGHT, new_y=YPos.TOP)
        for ch in word:
            if ch.isupper() or not ch.isalpha():
                pdf.set_font("DV", "", big)
                t = ch
            else:
                pdf.set_font("DV", "", small)
                t = ch.upper()
            pdf.cell(pdf.get_string_width(t), 4, t, new_x=XPos.RIGHT, new_y=YPos.TOP)
    pdf.ln(4.5)


def field(pdf, label, value):
    pdf.set_text_color(90, 90, 90)
    smallcaps(pdf, label)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("DV", "", 9.5)
    if value:
        pdf.multi_cell(0, 5, value, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    else:
        pdf.ln(5)
    pdf.ln(1)
    pdf.set_draw_color(190, 190, 190)
    pdf.set_line_width(0.1)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.ln(2)


def plan02():
    pdf = RecordPDF(format="A4")
    pdf.add_font("DV", "", FONT)
    pdf.add_font("DV", "B", FONTB)
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, 18)
    pdf.alias_nb_pages("{nb}")
    pdf.add_page()
    pdf.set_font("DV", "B", 13)
    pdf.cell(0, 8, "Samordnad individuell plan (SIP)", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("DV", "", 9)
    pdf.cell(0, 5, "Dokumenttyp: SIP – Planering  |  Status: Signerad", new_x=XPos.LMARGIN,
             new_y=YPos.NEXT)
    pdf.ln(3)
    field(pdf, "Personnummer", "XXXXXX-XXXX")
    field(pdf, "Namn", "Elsa B.")
    field(pdf, "Mötesdatum", "2025-05-21, kl. 13.30–14.45")
    field(pdf, "Mötesplats", "Avdelning 21, strokeenheten, Piteå älvdals sjukhus")
    field(pdf, "Syfte med SIP", "Samordning inför hemgång.")
    field(pdf, "Frågeställningar", "")
    field(pdf, "Bakgrund",
          "Elsa, 85 år, insjuknade 2025-05-02 i en vänstersidig hjärninfarkt med "
          "högersidig svaghet i arm och ben samt lätt afasi. Hon har vårdats på strokeenheten "
          "och därefter på rehabavdelningen. Före insjuknandet bodde hon ensam i lägenhet på "
          "Norrmalm i Piteå och klarade sig själv med städhjälp varannan vecka. Hon går nu "
          "kortare sträckor med rollator och en persons stöd, behöver hjälp vid dusch och "
          "påklädning av nedre delen av kroppen. Dottern bor i Luleå.")
    field(pdf, "Deltagare",
          "Elsa B. (patient)\n"
          "Monica, dotter\n"
          "Jenny, sjuksköterska/vårdplanerare, Strokeenheten Piteå älvdals sjukhus\n"
          "Olof, fysioterapeut, Rehabavdelningen Piteå älvdals sjukhus\n"
          "Malin, biståndshandläggare, Socialtjänsten Piteå kommun\n"
          "Hanna, arbetsterapeut, Kommunal hälso- och sjukvård Piteå\n"
          "Kristina, distriktssköterska, Hälsocentralen Öjebyn")
    field(pdf, "Personens delaktighet", "Elsa deltog på mötet tillsammans med dottern.")
    field(pdf, "Mål",
          "Målet är att Elsa ska kunna återgå till sin lägenhet och klara förflyttningar "
          "och toalettbesök med hjälpmedel och stöd från hemtjänst.")
    field(pdf, "Samtycke",
          "Skriftligt samtycke till SIP och informationsöverföring mellan Region Norrbotten "
          "och Piteå kommun inhämtat 2025-05-19 på blankett, inskannad i journalen. Elsa "
          "skrev under med dotterns hjälp.")
    pdf.set_font("DV", "B", 10)
    pdf.cell(0, 7, "Insatser", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    ins = [
        ("Hemtjänst morgon och kväll (hjälp med dusch, påklädning, måltider) samt "
         "trygghetslarm", "Biståndshandläggare, Socialtjänsten Piteå", "Beslut 2025-05-26, start vid hemgång 2025-05-28"),
        ("Hembesök och bedömning av bostaden, förskrivning av duschpall, toalettförhöjning "
         "och extra rollator", "Arbetsterapeut, Kommunal hälso- och sjukvård Piteå",
         "Hembesök 2025-05-27"),
        ("Fortsatt träning av gång och balans i hemmet, 2 ggr/vecka i 6 veckor",
         "Fysioterapeut, Kommunal rehab Piteå", "Start 2025-06-02"),
        ("Logopedkontakt för afasin", "Logopedmottagningen Piteå älvdals sjukhus",
         "Kallelse skickas senast 2025-06-09"),
        ("Läkemedelsgenomgång och blodtryckskontroll, sekundärprevention",
         "Distriktssköterska och läkare, Hälsocentralen Öjebyn", "2025-06-10"),
        ("Utskrivningsmeddelande och epikris i Lifecare SP",
         "Sjuksköterska/vårdplanerare, Strokeenheten", "Vid utskrivning 2025-05-28"),
    ]
    for i, (what, who, when) in enumerate(ins, 1):
        field(pdf, f"Insats {i}", what)
        field(pdf, "Ansvarig", who)
        field(pdf, "Tidpunkt", when)
    field(pdf, "Huvudansvarig för planen", "")
    field(pdf, "Uppföljning", "Uppföljande SIP-möte i Elsas hem 2025-06-24 kl. 10.00.")
    field(pdf, "Signerad av", "Jenny, sjuksköterska/vårdplanerare, 2025-05-22")
    pdf.output(os.path.join(OUT, f"{P}-02.pdf"))


# ---------------------------------------------------------------- 03
def plan03():
    W = 78

    def lab(label, value, width=18):
        head = (label + " ").ljust(width, ".") + ": "
        ind = " " * len(head)
        words = value.split()
        lines, cur = [], head
        first = True
        for w in words:
            if len(cur) + len(w) + (0 if cur.endswith(": ") or cur == ind else 1) > W:
                lines.append(cur.rstrip())
                cur = ind + w
            else:
                if cur.endswith(": ") or cur == ind:
                    cur += w
                else:
                    cur += " " + w
        lines.append(cur.rstrip())
        return lines

    L = []
    L.append("SAMORDNAD INDIVIDUELL PLAN - EXPORT")
    L.append("Bodens kommun, Socialförvaltningen, Barn och familj")
    L.append("Exporterad: 2025-03-14 09:02")
    L.append("-" * 70)
    L += lab("Barn", "Alvin, 14 år")
    L += lab("Personnr", "ÅÅMMDD-XXXX")
    L += lab("Vårdnadshavare", "Mamma Therese och pappa Jonas (gemensam vårdnad)")
    L += lab("Mötesdatum", "2025-03-12")
    L += lab("Plats", "Hedenskolan, konferensrummet")
    L += lab("Deltagare", "")
    L += lab("Samtycke", "")
    L += lab("Syfte", "")
    L += lab("Bakgrund",
             "Alvin går i årskurs 8 och har diagnosen ADHD sedan mellanstadiet. "
             "Frånvaron har ökat sedan höstterminen och ligger nu på ca 60 procent, mest "
             "förmiddagar. Medicinering med metylfenidat via BUP Luleå men oklart om han tar "
             "den regelbundet. Skolan har gjort orosanmälan i januari. Hemma är det mycket "
             "konflikter kring morgnar och skärmtid.")
    L += lab("Frågeställning", "Gå igenom läget kring skolgången.")
    L += lab("Mål", "")
    L += lab("Insatser",
             "Fortsatt kontakt kring medicineringen. Fortsatt stöd kring "
             "skolgången utifrån behov. Utredningen fortsätter. Stöd till familjen vid "
             "behov.")
    L += lab("Ansvar", "")
    L += lab("Huvudansvar", "Socialtjänsten")
    L += lab("Uppföljning", "Vid behov, senast efter sommarlovet.")
    L += lab("Övrigt",
             "Kallelse till nästa möte skickas ut av socialtjänsten. Dokumentationen "
             "sparas i akten.")
    L.append("-" * 70)
    L += lab("Upprättad av", "Handläggare, Barn och familj")
    text = "\r\n".join(L) + "\r\n"
    with open(os.path.join(OUT, f"{P}-03.txt"), "wb") as f:
        f.write(text.encode("cp1252"))


# ---------------------------------------------------------------- 04
def plan04():
    md = """# SIP – familjen Ö., Kalix

**Datum för mötet:** 2025-02-18
**Plats:** Familjecentralen Kalix
**Barn:** Ella, 8 år, och Viktor, 12 år
**Vårdnadshavare:** mamma Sofia, pappa Mikael

**Deltagare:** mamma, pappa, skolkurator, klasslärare (Viktor), socialsekreterare,
behandlare, sjuksköterska, mormor

## Varför en SIP?

Båda föräldrarna har ett missbruk av alkohol och, för pappans del, även tabletter
(bensodiazepiner). Barnen har under hösten varit mycket hemma ensamma på kvällarna och Viktor
har kommit till skolan trött och utan frukost. Ella har börjat kissa på sig igen. Syftet med
planen är att barnen ska få en trygg och förutsägbar vardag medan föräldrarna får behandling,
och att skola, socialtjänst och beroendevård inte arbetar var för sig.

## Barnens röst

Socialsekreteraren träffade Ella och Viktor var för sig 2025-02-11, inför mötet. Viktor
berättade att han oroar sig för att kompisarna ska få veta hur det är hemma och att
innebandyn är det roligaste han gör. Ella berättade att hon blir rädd när mamma sover på
soffan och inte vaknar, och att hon tycker om att vara hos mormor. Barnens synpunkter
förmedlades på mötet av socialsekreteraren. Föräldrarna var med på hela mötet och vill att
familjen ska hållas ihop.

## Mål

- Målet är att Ella och Viktor ska ha en vuxen som är nykter och tillgänglig varje kväll.
- Målet är att Viktors närvaro i skolan ska vara över 90 % till terminens slut.
- Målet är att föräldrarna ska fullfölja sin behandling på beroendemottagningen.

## Samtycke

Föräldrarna har samtyckt till SIP.

## Insatser och ansvar

| Vem | Gör vad | För vem | När |
|---|---|---|---|
| Socialsekreterare, IFO Barn och familj Kalix | Beviljar och startar familjebehandling i hemmet, 1 gång/vecka | Hela familjen | Start v. 9 (2025-02-24) |
| Behandlare, Beroendemottagningen Kalix (Region Norrbotten) | Behandlingsplan, samtal och provtagning (PEth, urinprov) | Mamma och pappa | Första besök 2025-02-25 resp. 2025-02-27 |
| Regionen | Nedtrappning av bensodiazepiner | Pappa | |
| Skolkurator, Furuhedsskolan | Samtal varannan vecka, kontakt med lärare om närvaro | Viktor | Från 2025-03-03 |
| Skolsköterska, Näsbyskolan | Hälsosamtal och uppföljning av enures, vid behov remiss till BUP | Ella | 2025-03-05 |
| Socialsekreterare | Anmäler barnen till stödgrupp för barn i familjer med missbruk (”Ankaret”) | Ella och Viktor | Grupp startar 2025-03-12 |
| Mormor | Hämtar Ella på fritids tisdag och torsdag, barnen sover hos mormor vid behov | Ella och Viktor | Från nu |
| Mamma och pappa | Går på alla besök på beroendemottagningen, lämnar prover, ser till att en av dem är nykter varje kväll | Barnen | Från nu |

## Huvudansvar

Huvudansvarig för planen är socialsekreterare Emma, IFO Barn och familj, Kalix kommun.
Hon skickar ut planen till alla som var med.

## Övrigt

Viktor fortsätter med innebandyn; mormor skjutsar till träningarna på onsdagar.
"""
    with open(os.path.join(OUT, f"{P}-04.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ---------------------------------------------------------------- 05
def plan05():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Gällivare kommun / Region Norrbotten – SIP uppföljning"
    hp.runs[0].font.size = Pt(8)

    def bold(text, size=11):
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(size)
        return p

    bold("Uppföljning av samordnad individuell plan", 14)
    doc.add_paragraph("Namn: Maja     Personnummer: ÅÅMMDD-XXXX")
    doc.add_paragraph("Datum för uppföljningsmöte: 2025-06-11     Plats: Vuxenpsykiatrin Gällivare")

    bold("Syfte")
    doc.add_paragraph("Uppföljning av SIP.")

    bold("Frågeställningar")
    doc.add_paragraph("Genomgång av föregående plan.")

    bold("Majas egna mål")
    doc.add_paragraph(
        "Maja har inför mötet pratat med sin boendestödjare och bett att det skulle stå med: "
        "”Jag vill ha kvar min lägenhet och klara att jobba på Kvarnen tre dagar i veckan. "
        "Jag vill märka själv när jag håller på att bli manisk, innan det går för långt.”")

    bold("Nuläge")
    doc.add_paragraph(
        "Maja, 30 år, har bipolär sjukdom typ 1. Efter slutenvården i januari har hon varit "
        "stabil på litium. Hon har flyttat tillbaka till egen lägenhet med boendestöd och har "
        "sedan april daglig sysselsättning. Sömnen har varit bättre, men hon hade en period "
        "i maj med minskat sömnbehov som fångades upp tidigt.")

    bold("Insatser i föregående plan (2025-02-19)")
    old = [
        "Boendestöd 3 ggr/vecka, Socialpsykiatrin Gällivare kommun, start 2025-02-24",
        "Litiumkontroller varje månad, Vuxenpsykiatrin Gällivare, sjuksköterska",
        "Ansökan om sysselsättning på Kvarnen, biståndshandläggare, senast 2025-03-31",
        "Psykopedagogisk utbildning om bipolär sjukdom i grupp, Vuxenpsykiatrin, våren 2025",
    ]
    for t in old:
        p = doc.add_paragraph(style="List Bullet")
        r = p.add_run(t)
        r.font.strike = True
        r2 = p.add_run("  Klart")
        r2.bold = True

    bold("Nya insatser")
    tbl = doc.add_table(rows=1, cols=3)
    tbl.style = "Table Grid"
    hdr = tbl.rows[0].cells
    for c, t in zip(hdr, ["Insats", "Ansvarig", "När"]):
        c.text = ""
        rr = c.paragraphs[0].add_run(t)
        rr.bold = True
    trPr = tbl.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trPr.append(th)
    rows = [
        ("Boendestöd minskas till 2 ggr/vecka, fokus på sömndagbok och veckoplanering",
         "Boendestödjare, Socialpsykiatrin Gällivare kommun", "Från 2025-06-16"),
        ("Gemensam tidig-varningsplan (”kriskort”) med tecken på mani och vad Maja och "
         "personalen gör då", "Sjuksköterska, Vuxenpsykiatrin Gällivare, tillsammans med Maja",
         "Klar 2025-06-30"),
        ("Litiumkontroll var 3:e månad och läkarbesök", "Läkare, Vuxenpsykiatrin Gällivare",
         "Nästa 2025-09-02"),
        ("Utöka sysselsättning på Kvarnen från 2 till 3 dagar/vecka",
         "Biståndshandläggare, Socialtjänsten Gällivare", "Beslut senast 2025-06-27"),
    ]
    for r in rows:
        cells = tbl.add_row().cells
        for c, t in zip(cells, r):
            c.text = t
    doc.add_paragraph()
    doc.add_paragraph(
        "Försäkringskassan är också inkopplad kring Majas aktivitetsersättning.")

    bold("Huvudansvar")
    doc.add_paragraph("Vuxenpsykiatrin Gällivare.")

    bold("Nästa uppföljning")
    doc.add_paragraph("2025-11-12 kl. 09.00, Vuxenpsykiatrin Gällivare.")
    fixed_core(doc, "SIP uppföljning Maja")
    doc.save(os.path.join(OUT, f"{P}-05.docx"))


# ---------------------------------------------------------------- 06
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def no_borders(tbl):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for e in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{e}")
        el.set(qn("w:val"), "nil")
        b.append(el)
    tblPr.append(b)


def plan06():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.left_margin = Cm(1.8)
    sec.right_margin = Cm(1.8)
    sec.top_margin = Cm(1.6)
    f = sec.footer.paragraphs[0]
    f.text = "Samordnad individuell plan · Kiruna kommun och Region Norrbotten"
    f.alignment = WD_ALIGN_PARAGRAPH.CENTER
    f.runs[0].font.size = Pt(8)

    t = doc.add_paragraph()
    r = t.add_run("SIP – Samordnad individuell plan")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)

    tbl = doc.add_table(rows=1, cols=2)
    tbl.autofit = False
    no_borders(tbl)
    side, main = tbl.rows[0].cells
    side.width = Cm(5.4)
    main.width = Cm(12.0)
    shade(side, "DCE6F0")

    def sp(head, lines):
        p = side.add_paragraph()
        rr = p.add_run(head)
        rr.bold = True
        rr.font.size = Pt(8.5)
        rr.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
        p.paragraph_format.space_before = Pt(6)
        p.paragraph_format.space_after = Pt(0)
        for ln in lines:
            q = side.add_paragraph()
            x = q.add_run(ln)
            x.font.size = Pt(8.5)
            q.paragraph_format.space_after = Pt(0)

    side.paragraphs[0].text = ""
    sp("Person", ["Elias, 19 år", "ÅÅMMDD-XXXX"])
    sp("Datum", ["2025-09-17, kl. 13.00"])
    sp("Plats", ["Psykiatriska öppenvården Kiruna"])
    sp("Deltagare", [
        "Linnea, kurator, Psykiatriska öppenvården Kiruna",
        "Ahmed, överläkare, Psykiatriska öppenvården Kiruna",
        "Kent, socialsekreterare, Vuxenenheten IFO Kiruna kommun",
        "Ida, LSS-/socialpsykiatrisk boendestödjare, Kiruna kommun",
        "Lotta, handläggare, Arbetsförmedlingen Kiruna",
        "Eva, mamma",
    ])
    sp("Huvudansvarig", ["Linnea, kurator,", "Psykiatriska öppenvården Kiruna"])
    sp("Samtycke", ["Muntligt samtycke vid läkarbesök 2025-09-03, dokumenterat i journal av Ahmed."])

    mp = main.paragraphs[0]
    mp.text = ""

    def mh(text):
        p = main.add_paragraph()
        rr = p.add_run(text)
        rr.bold = True
        rr.font.size = Pt(11)
        rr.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
        p.paragraph_format.space_before = Pt(8)

    def mt(text):
        p = main.add_paragraph(text)
        p.paragraph_format.space_after = Pt(4)
        return p

    mh("Bakgrund och syfte")
    mt("Elias, 19 år, insjuknade i en första psykos i maj 2025 och vårdades på "
       "psykiatriska kliniken Sunderby sjukhus i fem veckor. Han bor sedan augusti i en egen "
       "lägenhet i centrala Kiruna, har avbrutit gymnasiet (el-programmet) och saknar "
       "sysselsättning. Han tar sin antipsykotiska medicin men har missat två besök. "
       "Syftet med planen är att Elias inte ska bli sämre igen efter att han flyttat "
       "hemifrån, och att vård, boendestöd och vägen tillbaka till studier eller arbete "
       "planeras tillsammans i stället för var för sig.")
    mh("Frågor inför mötet")
    mt("• Behöver Elias boendestöd, och hur ofta?")
    mt("• Hur säkerställer vi att han kommer till besöken och hämtar ut medicinen?")
    mt("• Kan han få stöd från Arbetsförmedlingen trots pågående sjukskrivning, eller är "
       "det studier via Komvux som är nästa steg?")
    mh("Elias delaktighet")
    mt("Elias var kallad till mötet men kom inte. Mamma kunde inte säga hur han ser på "
       "planen.")
    mh("Insatser")
    mt("1. Boendestöd 2 ggr/vecka med fokus på vardagsrutiner, mat och medicin – "
       "socialsekreterare Kent fattar beslut senast 2025-09-26, boendestödjare Ida startar "
       "v. 40.")
    mt("2. Läkarbesök var fjärde vecka och depåinjektion diskuteras – överläkare Ahmed, "
       "nästa besök 2025-10-01.")
    mt("3. Kurator Linnea ringer Elias dagen före varje besök och skickar sms-påminnelse.")
    mt("4. Arbetsförmedlingen (Lotta) bokar ett inskrivningssamtal med Elias och "
       "informerar om SIUS/förberedande insatser – 2025-10-08.")
    mt("5. Mamma Eva hjälper Elias att ansöka om aktivitetsersättning hos Försäkringskassan "
       "och följer med på första mötet med AF.")
    mt("Några andra aktörer än ovan är inte aktuella i nuläget; Elias har ingen god man.")
    mh("Uppföljning")
    mt("Nytt SIP-möte vecka 47. Linnea kallar.")
    fixed_core(doc, "SIP Elias")
    src = os.path.join(HERE, "work", f"{P}-06.docx")
    os.makedirs(os.path.dirname(src), exist_ok=True)
    doc.save(src)
    subprocess.run(["soffice", f"-env:UserInstallation=file:///tmp/lo-{P}", "--headless",
                    "--convert-to", "pdf", "--outdir", OUT, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=180)


# ---------------------------------------------------------------- 07
def plan07():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    p = doc.add_paragraph("Haparanda kommun\nSocialtjänsten, vuxenenheten")
    p.runs[0].font.size = Pt(9)
    doc.add_paragraph("Haparanda 2025-10-03")
    doc.add_paragraph("Hej Aino!")
    doc.add_paragraph(
        "Här kommer det vi bestämde när vi sågs onsdagen den 1 oktober, så att du har "
        "det på papper och kan titta på det när du vill. Tack för att du kom trots att du "
        "sa att det var jobbigt att sitta i ett rum med så många. Du var tydlig med vad du "
        "vill och det var bra för oss alla.")
    doc.add_paragraph(
        "Du berättade att det som tynger mest just nu är skulderna och kuverten som ligger "
        "oöppnade i hallen, och att du sover dåligt av oron. Du sa: ”Jag vill kunna öppna "
        "posten utan att få panik, och jag vill tillbaka till jobbet på förskolan innan jul.” "
        "Du sa också att du inte vill byta läkare igen.")
    doc.add_paragraph(
        "Du skrev under samtyckesblanketten på mötet den 1 oktober, så att vi på "
        "socialtjänsten, vårdcentralen och budget- och skuldrådgivningen får prata med "
        "varandra om dig. Du kan ta tillbaka ditt samtycke när du vill.")
    doc.add_paragraph("Det här kom vi fram till:")
    items = [
        "Du och budget- och skuldrådgivaren Mikko, Haparanda kommun, går igenom alla "
        "kuvert tillsammans den 14 oktober. Du tar med dig allt som ligger i hallen.",
        "Mikko hjälper dig att göra en ansökan om skuldsanering hos Kronofogden när vi vet "
        "hur stora skulderna är.",
        "Din läkare Johanna på Hälsocentralen Haparanda ser över antidepressiva medicinen "
        "på ett besök den 21 oktober.",
        "Psykoterapeuten på hälsocentralen erbjuder dig KBT-samtal, tio gånger. Du får en "
        "kallelse.",
        "Jag (Sanna) hjälper dig med en ansökan om ekonomiskt bistånd för hyran i november, "
        "vi ses om den den 16 oktober.",
        "Din syster kommer att vara med dig när du ringer Försäkringskassan om sjukpenningen.",
    ]
    for it in items:
        doc.add_paragraph(it, style="List Number")
    doc.add_paragraph(
        "Jag är den som har huvudansvaret för din plan och som håller ihop det här. Om "
        "något inte blir som vi sagt, eller om du mår sämre, hör av dig till mig via "
        "växeln så pratar vi.")
    doc.add_paragraph("Ta hand om dig!")
    doc.add_paragraph(
        "Hälsningar\nSanna\nSocialsekreterare och SIP-samordnare\n"
        "Socialtjänsten, vuxenenheten, Haparanda kommun")
    fixed_core(doc, "Brev Aino")
    doc.save(os.path.join(OUT, f"{P}-07.docx"))


# ---------------------------------------------------------------- 08
class RemissPDF(FPDF):
    def header(self):
        self.set_font("DV", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(100, 5, "Region Norrbotten – Vårdbegäran", new_x=XPos.RIGHT, new_y=YPos.TOP)
        self.cell(0, 5, f"Utskrift 2025-08-19   Sida {self.page_no()} ({{nb}})", align="R",
                  new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(3)
        self.set_text_color(0, 0, 0)


def plan08():
    pdf = RemissPDF(format="A4")
    pdf.add_font("DV", "", FONT)
    pdf.add_font("DV", "B", FONTB)
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, 18)
    pdf.alias_nb_pages("{nb}")
    pdf.add_page()
    pdf.set_font("DV", "B", 14)
    pdf.cell(0, 9, "Vårdbegäran / Remiss till vuxenpsykiatrin", new_x=XPos.LMARGIN,
             new_y=YPos.NEXT)
    pdf.ln(2)

    def box(label, value, w=None, h=None):
        pdf.set_font("DV", "", 7)
        x, y = pdf.get_x(), pdf.get_y()
        pdf.cell(0, 4, label, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font("DV", "", 9.5)
        pdf.multi_cell(0, 5, value, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        y2 = pdf.get_y() + 1
        pdf.rect(x - 1, y - 0.5, pdf.w - pdf.l_margin - pdf.r_margin + 2, y2 - y + 0.5)
        pdf.set_y(y2 + 1.5)

    box("Remitterande enhet", "Hälsocentralen Hertsön, Luleå – distriktssköterska Annika")
    box("Mottagare", "Vuxenpsykiatriska mottagningen Luleå, Sunderby sjukhus")
    box("Patient", "Linda, 38 år   Personnummer: ÅÅMMDD-XXXX   Tolk: Nej")
    box("Prioritet", "☐ Akut   ☒ Snarast (inom 4 veckor)   ☐ Planerat")
    box("Anamnes",
        "Linda är känd på hälsocentralen sedan 2019, tidigare behandlad för depression med "
        "sertralin med god effekt. Sedan våren 2025 tilltagande nedstämdhet, sömnstörning "
        "och ångest. Hon beskriver perioder av mycket hög energi, lite sömn och stora inköp "
        "som hon senare ångrar, senast i juni. Sjukskriven 50 % från lager sedan 2025-06-02. "
        "Ensamstående med en son, 10 år, som hon beskriver som sitt viktigaste skäl att må "
        "bättre. Alkohol: måttligt, AUDIT 7. Inga tidigare suicidförsök; passiva dödstankar "
        "men inga planer vid bedömning 2025-08-18. Ingen ärftlighet känd.")
    box("Aktuellt",
        "Besök hos distriktssköterska 2025-08-18. PHQ-9 18 p. MADRS-S 27 p. Läkare på "
        "hälsocentralen har bedömt att frågan om bipolär sjukdom bör utredas inom "
        "specialistpsykiatrin innan antidepressiv behandling utökas. Linda har även kontakt "
        "med socialtjänsten i Luleå kommun (försörjningsstöd) och har uttryckt oro för sin "
        "ekonomi och för att sonen ska påverkas.")
    box("Frågeställning",
        "1. Bedömning och utredning avseende bipolär sjukdom typ 2?\n"
        "2. Ställningstagande till stämningsstabiliserande behandling.\n"
        "3. Behov av fortsatt kontakt inom vuxenpsykiatrin eller åter till hälsocentralen?")
    box("Övrigt",
        "Om Linda blir aktuell hos er och samverkan med socialtjänsten behövs kan vi "
        "tillsammans kalla till en SIP längre fram. Linda är informerad om det och är "
        "positiv. Hon är informerad om remissen och samtycker till att den skickas.")
    box("Aktuella läkemedel", "Sertralin 100 mg x 1, Propiomazin 25 mg till natten vid behov.")
    box("Remittent", "Annika, distriktssköterska, Hälsocentralen Hertsön. Kontrasignerad av "
        "Erik, specialist i allmänmedicin. 2025-08-19")
    pdf.output(os.path.join(OUT, f"{P}-08.pdf"))


if __name__ == "__main__":
    plan01()
    plan02()
    plan03()
    plan04()
    plan05()
    plan06()
    plan07()
    plan08()
    shutil.rmtree(os.path.join(HERE, "work"), ignore_errors=True)
    print("klart")
