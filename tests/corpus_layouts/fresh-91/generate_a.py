# -*- coding: utf-8 -*-
"""Generates the f91a batch of fictional, anonymized SIP documents (Region Stockholm).

Run:  /work/batches/.venv/bin/python generate.py
Deterministic: fixed dates, no randomness. Plan 6 is converted with LibreOffice.
"""
import os
import subprocess
import shutil
import textwrap

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f91a"
LO_PROFILE = "file:///tmp/lo-f91a"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def path(n, ext):
    return os.path.join(OUT, f"{PREFIX}-{n:02d}.{ext}")


# ---------------------------------------------------------------- docx helpers
def fixed_core(doc, title, author):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    import datetime
    cp.created = datetime.datetime(2025, 3, 1, 9, 0, 0)
    cp.modified = datetime.datetime(2025, 3, 1, 9, 0, 0)


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


def add_table(doc, header, rows, widths=None, style="Table Grid", fill="D9E2F3"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = style
    hdr = t.rows[0]
    repeat_header(hdr)
    for i, h in enumerate(header):
        c = hdr.cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(h)
        r.bold = True
        shade(c, fill)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    if widths:
        set_widths(t, widths)
    return t


def set_widths(t, widths):
    t.autofit = False
    grid = t._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(Cm(widths[i]).twips)))
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)


def add_page_number(paragraph):
    run = paragraph.add_run()
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = "PAGE"
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "end")
    run._r.append(f1)
    run._r.append(it)
    run._r.append(f2)


def bold_para(doc, text, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    return p


def label_para(doc, label, text):
    p = doc.add_paragraph()
    r = p.add_run(label)
    r.bold = True
    p.add_run(text)
    return p


def base_font(doc, name="Calibri", size=11):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)


# ================================================================ 1 Mini-Maria
def plan1():
    doc = Document()
    base_font(doc)
    fixed_core(doc, "SIP Elias", "Mini-Maria Södertälje")
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Mini-Maria Södertälje\tSamordnad individuell plan\tSIP – sekretess"
    for r in hp.runs:
        r.font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.add_run("Sida ")
    add_page_number(fp)

    doc.add_heading("Samordnad individuell plan (SIP)", level=0)
    label_para(doc, "Ungdom: ", "Elias, 16 år (ÅÅMMDD-XXXX)")
    label_para(doc, "Datum för SIP-möte: ", "2025-03-18, Mini-Maria Södertälje")
    label_para(doc, "Planen skriven av: ", "Sara, behandlare")

    doc.add_heading("1 Bakgrund", level=1)
    doc.add_paragraph(
        "Elias går första året på naturvetenskapsprogrammet på Torekällgymnasiet. Han har "
        "enligt egen uppgift rökt cannabis sedan våren 2024, de senaste månaderna flera "
        "gånger i veckan och ibland före skolan. Frånvaron har ökat under hösten och ligger "
        "nu på ca 45 %, mest första lektionen på morgonen. Hemma har det blivit mycket bråk "
        "med mamma och pappa om pengar, tider och om att Elias inte går till skolan.")
    doc.add_paragraph(
        "I januari 2025 blev Elias anmäld för ringa narkotikabrott efter en kontroll i "
        "Södertälje centrum. Polisen gjorde en orosanmälan till socialtjänsten, som inledde "
        "utredning och hänvisade familjen till Mini-Maria. Elias har haft fyra besök hos "
        "Mini-Maria sedan 2025-02-04 och lämnat urinprov vid två av dem. Skolan har varit "
        "orolig för frånvaron sedan oktober och har haft två möten med föräldrarna.")

    doc.add_heading("2 Syfte", level=1)
    doc.add_paragraph(
        "Syftet med planen är att Elias, hans föräldrar, Mini-Maria, socialtjänsten och "
        "skolan ska arbeta åt samma håll så att Elias kan sluta använda cannabis, komma "
        "tillbaka till skolan på morgnarna och att det ska bli lugnare hemma. Planen ska "
        "också göra det tydligt vem som gör vad, så att familjen inte behöver berätta samma "
        "sak för alla.")

    doc.add_heading("3 Frågeställningar", level=1)
    doc.add_paragraph("Gå igenom nuläget och hur vi går vidare.")

    doc.add_heading("4 Elias mål och synpunkter", level=1)
    doc.add_paragraph(
        "Elias var med under hela mötet tillsammans med mamma. Pappa kunde inte komma på "
        "grund av arbete.")
    p = doc.add_paragraph()
    p.add_run("Elias mål: ").bold = True
    p.add_run("”Jag vill klara ettan utan att behöva gå om, och jag vill att det slutar "
              "vara bråk hemma hela tiden. Röka på vill jag sluta med, men jag vill inte "
              "att det ska handla om det varje gång vi ses.”")
    doc.add_paragraph(
        "Elias säger att det är jobbigast på morgnarna och att han hellre träffar Sara på "
        "eftermiddagar efter skolan. Han vill inte ha ett nytt möte med alla i skolan, "
        "utan hellre att mentorn pratar direkt med honom. Han tycker att urinproven känns "
        "kontrollerande.")

    doc.add_heading("5 Insatser", level=1)
    rows = [
        ("Behandlingssamtal en gång i veckan (MI och återfallsprevention), eftermiddagstid.",
         "Behandlare, Mini-Maria Södertälje", "2025-06-13", "Sara"),
        ("Urinprov vid varje besök; resultatet går till Elias, föräldrarna och handläggaren.",
         "Sjuksköterska, Mini-Maria Södertälje", "2025-06-13", "Sara"),
        ("Föräldrastöd i grupp (Komet) för mamma och pappa, 10 träffar.",
         "Familjebehandlare, Socialtjänsten Södertälje, Barn och unga", "2025-04-07 (start)",
         "Johan"),
        ("Utredning enligt 11 kap. 1 § SoL avslutas och beslut om fortsatta insatser tas.",
         "Socialsekreterare, Socialtjänsten Södertälje, Barn och unga", "2025-04-25", "Johan"),
        ("Studieplan: vilka kurser Elias ska ta igen och hur, med start senare på morgonen "
         "två dagar i veckan.",
         "Mentor, Torekällgymnasiet", "2025-04-04", "Lena"),
        ("Samtal med skolkurator om skolsituationen, varannan vecka.",
         "Kurator, Torekällgymnasiet", "", "Lena"),
    ]
    add_table(doc, ["Insats", "Ansvarig", "Klart senast", "Stämmer av"], rows,
              widths=[7.0, 5.0, 2.6, 2.0])

    doc.add_heading("6 Huvudansvar och uppföljning", level=1)
    label_para(doc, "Huvudansvar för planen: ", "Mini-Maria Södertälje")
    label_para(doc, "Uppföljning: ", "Nytt SIP-möte 2025-05-13 kl. 14.00 på Mini-Maria "
               "Södertälje. Elias vill att mötet är efter skoltid.")

    doc.add_heading("7 Deltagare", level=1)
    for n in ["Elias", "Maria, mamma", "Sara", "Johan", "Lena"]:
        doc.add_paragraph(n, style="List Bullet")
    doc.save(path(1, "docx"))


# ================================================================ 2 record print fpdf2
class RecordPDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "B", 9)
        self.cell(60, 5, "TakeCare", new_x="RIGHT", new_y="TOP")
        self.set_font("DejaVu", "", 8)
        self.cell(70, 5, "Utskrift journal – Samordnad individuell plan", align="C",
                  new_x="RIGHT", new_y="TOP")
        self.cell(0, 5, f"Sida {self.page_no()} ({{nb}})", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.cell(60, 4, "Psykiatri Sydväst, Huddinge öppenvård", new_x="RIGHT", new_y="TOP")
        self.cell(70, 4, "Utskriftsdatum 2025-03-05 09:14", align="C", new_x="RIGHT",
                  new_y="TOP")
        self.cell(0, 4, "Utskriven av: Anna", align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(4)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.cell(0, 5, "Patient: M., ÅÅMMDD-XXXX   Sekretess enligt OSL 25 kap.", align="C")


def plan2():
    import datetime
    pdf = RecordPDF(format="A4")
    pdf.set_creation_date(datetime.datetime(2025, 3, 5, 9, 14, tzinfo=datetime.timezone.utc))
    pdf.set_title("SIP")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(18, 12, 18)
    pdf.add_page()
    LW = 52
    VW = pdf.w - pdf.l_margin - pdf.r_margin - LW

    def row(label, value, bold_value=False):
        if pdf.get_y() > pdf.h - 30:
            pdf.add_page()
        y = pdf.get_y()
        page = pdf.page_no()
        pdf.set_font("DejaVu", "B", 9)
        pdf.set_xy(pdf.l_margin, y)
        pdf.multi_cell(LW - 2, 5, label, new_x="LMARGIN", new_y="NEXT")
        ly = pdf.get_y()
        pdf.set_xy(pdf.l_margin + LW, y)
        pdf.set_font("DejaVu", "B" if bold_value else "", 9)
        pdf.multi_cell(VW, 5, value if value else " ", align="L", new_x="LMARGIN", new_y="NEXT")
        if pdf.page_no() == page:
            pdf.set_y(max(pdf.get_y(), ly))
        pdf.ln(2)

    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(0, 7, "Samordnad individuell plan (SIP)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 8)
    pdf.cell(0, 5, "Anteckningstyp: SIP   Signerad: Anna, sjuksköterska, 2025-03-04 16:40",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    row("Patient", "M., 34 år, ÅÅMMDD-XXXX")
    row("Datum för SIP-möte", "2025-03-04 kl. 13.00–14.30")
    row("Plats", "Psykiatri Sydväst, Huddinge öppenvård, samtalsrum 2")
    row("Deltagare",
        "M.; Anna, sjuksköterska och fast vårdkontakt, Psykiatri Sydväst Huddinge "
        "öppenvård; Erik, överläkare, Psykiatri Sydväst Huddinge öppenvård; Maja, "
        "biståndshandläggare, Socialtjänsten Huddinge, vuxenenheten; Tove, budget- och "
        "skuldrådgivare, Huddinge kommun; Peter, god man (förordnad av "
        "överförmyndarnämnden); Leila, handläggare, Försäkringskassan (via Teams)")
    row("Samtycke",
        "M. lämnade muntligt samtycke till SIP och till att uppgifter utbyts mellan de "
        "aktörer som deltar i mötet vid besök på mottagningen 2025-02-18. Antecknat av "
        "Anna, ssk.")
    row("Bakgrund",
        "M. har diagnosen paranoid schizofreni sedan 2016 och har haft tre slutenvårdstillfällen, "
        "senast Psykiatri Sydväst avd. 93 under december 2024 efter att ha slutat ta sin "
        "medicin. Sedan utskrivningen får M. depotinjektion var fjortonde dag på "
        "mottagningen och har varit stabil. Han bor ensam i hyreslägenhet i Flemingsberg. "
        "M. har betalningsanmärkningar och skulder hos Kronofogden på ca 180 000 kr, "
        "främst obetalda hyror, mobilabonnemang och sms-lån från 2022–2023. Hyresvärden har "
        "skickat en påminnelse om hyresskuld för januari. God man förordnades i november "
        "2024 och har tagit över betalningarna men har ännu inte fått en samlad bild av "
        "skulderna. M. har sjukpenning från Försäkringskassan som löper ut i maj. Han har "
        "svårt att öppna post och att passa tider som inte är på mottagningen. Han har "
        "gått upp 14 kg på ett år och har inte gjort någon somatisk kontroll sedan 2023.")
    row("Syfte", "Samordning av insatser.")
    row("Frågeställningar", "")
    row("Den enskildes delaktighet", "M. deltog under hela mötet.")
    row("Insats 1 – psykiatri",
        "Depotinjektion var 14:e dag samt stödsamtal med fast vårdkontakt i samband med "
        "injektionen. Ansvarig: sjuksköterska, Psykiatri Sydväst Huddinge öppenvård. "
        "När: pågår, nästa tillfälle 2025-03-11, läkarbedömning 2025-04-08.")
    row("Insats 2 – socialtjänst",
        "Ansökan om boendestöd 4 timmar/vecka med fokus på post, tider och att handla. "
        "Ansvarig: biståndshandläggare, Socialtjänsten Huddinge vuxenenheten. När: "
        "utredning klar och beslut senast 2025-03-28.")
    row("Insats 3 – kommunen",
        "Budget- och skuldrådgivning: genomgång av alla skulder tillsammans med god man och "
        "M. samt underlag till ansökan om skuldsanering. Ansvarig: budget- och "
        "skuldrådgivare, Huddinge kommun.")
    row("Insats 4 – somatik",
        "Remiss till Vårdcentralen Flemingsberg för provtagning (blodsocker, blodfetter), "
        "vikt och blodtryck p.g.a. viktuppgång under antipsykotisk behandling. Ansvarig: "
        "överläkare, Psykiatri Sydväst. När: remiss skickas senast 2025-03-14.")
    row("Övriga aktörers insatser", "Se nedan")
    row("Huvudansvar", "Psykiatri Sydväst")
    row("Uppföljning", "")

    if pdf.get_y() > pdf.h - 70:
        pdf.add_page()
    pdf.ln(2)
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 6, "Fritext", new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(120, 120, 120)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.ln(2)
    pdf.set_font("DejaVu", "", 9)
    free = (
        "Övriga aktörers insatser:\n"
        "God man (Peter): samlar in alla krav och inkassobrev och lämnar en förteckning till "
        "budget- och skuldrådgivaren senast 2025-03-31. Kontaktar hyresvärden om en "
        "avbetalningsplan för hyresskulden för januari senast 2025-03-14.\n"
        "Försäkringskassan (Leila, handläggare): bedömer rätten till fortsatt sjukpenning efter "
        "maj och kallar M., god man och fast vårdkontakt till avstämningsmöte i april. "
        "Läkarintyg behövs från psykiatrin senast 2025-04-15 (överläkare Erik).\n"
        "M. själv: tar med oöppnad post till god man varje måndag, tills boendestödet har "
        "kommit igång.\n"
        "Kronofogden: ingen åtgärd nu, ansökan om skuldsanering görs när underlaget är klart."
    )
    pdf.multi_cell(0, 5, free, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("DejaVu", "", 8)
    pdf.cell(0, 5, "Signerad av Anna, sjuksköterska, 2025-03-04 16:40. Vidimerad: Erik, "
             "överläkare, 2025-03-05.", new_x="LMARGIN", new_y="NEXT")
    pdf.output(path(2, "pdf"))


# ================================================================ 3 txt log, CRLF
def wrap_log(time, text, width=76):
    ind = " " * 6
    lines = textwrap.wrap(text, width=width - 6)
    out = [f"{time} {lines[0]}"] + [ind + ln for ln in lines[1:]]
    return out


def plan3():
    L = []
    L.append("SIP-MÖTE – ANTECKNINGAR OCH PLAN")
    L.append("=" * 34)
    L.append("")
    L.append("Gäller:      Alva, 19 år")
    L.append("Datum:       2025-04-08 kl. 10.00–11.30")
    L.append("Plats:       Botkyrka kommun, Tumba, mötesrum Kvarnen")
    L.append("Närvarande:  Alva, Helena (mamma), Petra, Ahmed, Lina, Jonas")
    L.append("Antecknat av: Lina")
    L.append("")
    L.append("LOGG")
    L.append("-" * 4)
    log = [
        ("10.00", "Vi börjar. Alva har med sitt bildschema för dagen och har fått veta i "
                  "förväg vilka som kommer."),
        ("10.02", "Alla presenterar sig."),
        ("10.05", "Petra tar upp det vi behöver reda ut idag: ska Alva ansöka om daglig "
                  "verksamhet enligt LSS efter studenten i juni, och hur ska övergången "
                  "från skolan gå till så att den blir lugn? Helena lägger till en fråga: "
                  "vem hjälper Alva med ångesten och sömnen i sommar när skolan och "
                  "skolkuratorn inte finns där längre?"),
        ("10.10", "Alva berättar själv, med stöd av Helena och bilder: \"Jag vill jobba "
                  "med djur. Inte sitta hemma hela dagarna.\" Hon tycker om praktiken på "
                  "stallet och vill inte träffa för många nya personer på en gång. Hon vill "
                  "inte ha möten på morgonen."),
        ("10.18", "Lina berättar att Alva haft praktik på ett stall i Tumba två dagar i "
                  "veckan under vårterminen och att det fungerat bra när hon fått samma "
                  "handledare och samma arbetsuppgifter i samma ordning varje gång."),
        ("10.25", "Ahmed: Alva har svårt att somna och oroar sig mycket inför förändringar. "
                  "Läkare på Habilitering & Hälsa har skrivit ut melatonin i mars. "
                  "BESLUT: Ahmed erbjuder Alva fyra samtal om oro och sömn, start "
                  "vecka 17."),
        ("10.35", "Petra förklarar vad daglig verksamhet enligt LSS är och hur ett beslut "
                  "går till. Alva vill ansöka. BESLUT: ansökan tas emot muntligt på mötet "
                  "och Petra registrerar den idag, 2025-04-08. Beslut beräknas i maj."),
        ("10.45", "Jonas berättar om en verksamhet med djur och odling i Hågelby som har "
                  "plats till hösten. Alva ser intresserad ut och frågar om det finns "
                  "hästar. Det finns det inte, men får och höns. BESLUT: Jonas bjuder in "
                  "Alva och Helena till studiebesök."),
        ("10.55", "Helena tar upp att Alvas aktivitetsersättning från Försäkringskassan "
                  "löper ut i sommar och att hon inte vet hur man gör en ny ansökan. Kort "
                  "diskussion. Ingen vet säkert vad som gäller, det får tas vidare."),
        ("11.05", "Överlämning från skolan. BESLUT: Lina skriver en överlämning med det "
                  "som fungerat i skolan (schema med bilder, fasta pauser, samma "
                  "handledare) och skickar den till Petra och till Jonas senast "
                  "2025-06-05."),
        ("11.15", "Alva vill se bilder på stället innan studiebesöket. BESLUT: Jonas "
                  "skickar bilder till Helena innan besöket."),
        ("11.20", "Nästa möte: efter sommaren, tid bestäms senare."),
        ("11.30", "Mötet avslutas. Alva säger att det var bra men långt."),
    ]
    for t, txt in log:
        L.extend(wrap_log(t, txt))
        L.append("")
    L.append("SAMMANFATTNING")
    L.append("-" * 14)
    summ = [
        "Alva vill arbeta med djur och vill ansöka om daglig verksamhet enligt LSS. "
        "Ansökan registrerades av Petra 2025-04-08.",
        "Ahmed erbjuder fyra samtal om oro och sömn från vecka 17.",
        "Jonas bjuder in till studiebesök i Hågelby och skickar bilder innan.",
        "Lina skickar överlämning från skolan senast 2025-06-05.",
        "Aktivitetsersättningen från Försäkringskassan togs upp men ingen plan gjordes.",
        "Nästa möte efter sommaren.",
    ]
    for s in summ:
        w = textwrap.wrap(s, width=72)
        L.append("- " + w[0])
        L.extend("  " + x for x in w[1:])
    text = "\r\n".join(L) + "\r\n"
    with open(path(3, "txt"), "wb") as f:
        f.write(text.encode("utf-8"))


# ================================================================ 4 md father + son
def plan4():
    md = """# SIP – pappa R. och Leo

**Datum för mötet:** 2025-03-05
**Plats:** Socialtjänsten Nacka, Nacka stadshus

Den här planen gäller två personer: pappa R. (45 år) och hans son Leo (11 år). Leo bor
hos pappa. Därför har vi skrivit planen i två spalter, en för pappa och en för Leo, så att
det syns vad som gäller för vem.

## Bakgrund

| Pappa | Sonen |
|---|---|
| R. har druckit för mycket alkohol i flera år. I december 2024 blev det en incident hemma som ledde till en orosanmälan från Leos skola. R. sökte själv till Beroendecentrum Stockholm, mottagningen i Nacka, i januari och har varit nykter sedan 2025-01-20. Han arbetar heltid som elektriker. | Leo har ADHD (utredd på BUP Nacka 2023) och tar medicin. Han går i femman på Sickla skola. Han har svårt med koncentrationen på eftermiddagarna och har haft flera konflikter på rasterna. Leo har varit orolig för pappa och har berättat för sin lärare att han inte vill vara hemma när pappa dricker. |

## Syfte

| Pappa | Sonen |
|---|---|
| Syftet är att R. ska få stöd att fortsätta vara nykter och att alla som hjälper familjen vet om varandra, så att Leo kan bo kvar hos sin pappa på ett tryggt sätt. | Syftet är att Leo ska få rätt stöd för sin ADHD både hemma och i skolan och få prata med någon om hur det har varit hemma, utan att behöva ta ansvar för pappas mående. |

## Våra mål

| Pappa | Sonen |
|---|---|
| ”Jag vill vara en pappa som Leo kan lita på. Jag vill vara nykter ett år till midsommar nästa år.” | ”Jag vill att pappa ska må bra. Och jag vill börja spela fotboll igen.” |

## Så var vi med

| Pappa | Sonen |
|---|---|
| R. var med under hela mötet. Han tycker att det är skönt att alla sitter i samma rum, men vill inte att skolan ska få veta detaljer om hans behandling. | Leo var med den första halvtimmen och ritade under tiden. Han sa att han tycker om att vara hos farmor och att han inte vill byta skola. Sedan gick han med farmor till fritids. |

## Det här gör vi

| Pappa | Sonen |
|---|---|
| **Återfallsprevention i grupp** varje onsdag kl. 17, start 2025-03-12. *Vem:* Beroendecentrum Stockholm, Nacka mottagning, behandlare. | **Läkemedelsuppföljning ADHD** – nästa besök 2025-04-02. *Vem:* BUP Nacka, sjuksköterska. |
| **Antabus** under övervakning tre gånger i veckan på mottagningen, pågår sedan 2025-01-27. *Vem:* Beroendecentrum Stockholm, Nacka mottagning, sjuksköterska. | **Samtalsgrupp för barn** som har en förälder med alkoholproblem, tio träffar. *Vem:* Socialtjänsten Nacka, Barn och unga, gruppledare. *När:* start i höst. |
| **Stödsamtal** om föräldraskap och vardagen. *Vem:* Socialtjänsten Nacka, vuxenenheten, socialsekreterare. *När:* varannan vecka från 2025-03-10. | **Anpassningar i skolan**: egen plats i klassrummet, rastaktivitet med vuxen, läxor på måndagar. *Vem:* Sickla skola, mentor och specialpedagog. *När:* från 2025-03-17. |
| **Hjälp med ekonomin** och räkningar som blivit liggande under vintern. *Vem:* kommunen. | **Fotboll**: Leo får hjälp att börja i ett lag. *Vem:* Socialtjänsten Nacka, Barn och unga, kontaktperson. |
| **R. själv** går på AA-möte i Nacka varje lördag och berättar på gruppen hur det gått. | **Farmor** hämtar Leo på fritids tisdagar och torsdagar och Leo sover hos henne fredag–lördag varannan vecka, så att R. kan gå på möten. |

## Samtycke

| Pappa | Sonen |
|---|---|
| Samtycke finns. | Samtycke finns. |

## Huvudansvar

Socialtjänsten Nacka.
"""
    with open(path(4, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ================================================================ 5 life areas docx
def plan5():
    doc = Document()
    base_font(doc, "Calibri", 11)
    fixed_core(doc, "Min SIP – Jonna", "Psykiatriska öppenvården Norrtälje")
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    fp = sec.footer.paragraphs[0]
    fp.text = "Min SIP – Jonna – upprättad 2025-06-10"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    t = doc.add_paragraph()
    r = t.add_run("Min SIP")
    r.bold = True
    r.font.size = Pt(22)
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    doc.add_paragraph("Samordnad individuell plan för Jonna, 42 år. Möte 2025-06-10 på "
                      "Psykiatriska öppenvården Norrtälje.")

    label_para(doc, "Syfte: ", "Samordning och gemensam planering.")
    doc.add_paragraph(
        "Jonna har bipolär sjukdom typ 1 och hade en manisk period i vintras med inläggning "
        "på Norrtälje sjukhus i februari. Under den perioden betalades inte hyran och det "
        "finns nu en hyresskuld på tre månader, så Jonna riskerar att bli av med lägenheten. "
        "Jonna förlorade sitt jobb i butik hösten 2024 "
        "och har försörjningsstöd sedan mars. Hon bor ensam med sin hund.")
    p = doc.add_paragraph()
    p.add_run("Så var jag med: ").bold = True
    p.add_run("Jonna var med på hela mötet. Hon har själv formulerat sina mål, och hon "
              "ville att planen skulle skrivas med ”jag” och med bilder så att den blir "
              "lätt att läsa när hon mår sämre. Hon vill inte flytta från Norrtälje och "
              "vill inte att hunden ska behöva omplaceras.")

    areas = [
        ("🏠 Boende",
         "”Jag vill bo kvar i min lägenhet med Bamse och aldrig mer hamna efter med hyran.”",
         [("Ansökan om försörjningsstöd för hyresskulden prövas.",
           "Socialsekreterare, Socialförvaltningen Norrtälje, vuxenenheten", "2025-06-24"),
          ("Förhandling om avbetalningsplan för hyresskulden tills beslut finns.",
           "Socialsekreterare, Socialförvaltningen Norrtälje, vuxenenheten", "2025-06-13"),
          ("Boendestöd två gånger i veckan: post, räkningar, städning.",
           "Kommunen", "")]),
        ("💼 Sysselsättning",
         "”Jag vill ha något att gå till på dagarna, kanske jobba med djur eller i butik "
         "igen, men inte heltid direkt.”",
         [("Inskrivning i arbetsträning på Arbetsmarknadsenheten, 2–3 timmar om dagen "
           "till att börja med.",
           "Arbetskonsulent, Arbetsmarknadsenheten Norrtälje kommun", "Start 2025-08-18"),
          ("Läkarintyg om arbetsförmåga till socialtjänsten.",
           "Läkare, Psykiatriska öppenvården Norrtälje", "2025-06-30")]),
        ("❤️ Hälsa",
         "”Jag vill känna igen när jag börjar bli sjuk innan det går för långt, och jag vill "
         "sova bättre.”",
         [("Samtal om tidiga tecken och en krisplan som Jonna har hemma.",
           "Kontaktperson (skötare), Psykiatriska öppenvården Norrtälje", "2025-07-01"),
          ("Provtagning litium och läkarbesök för medicinjustering.",
           "Läkare, Psykiatriska öppenvården Norrtälje", "2025-06-17"),
          ("Hälsosamtal om vikt och sömn.",
           "Distriktssköterska, Vårdcentralen Norrtälje", "")]),
    ]
    for title, goal, measures in areas:
        h = doc.add_paragraph()
        hr = h.add_run(title)
        hr.bold = True
        hr.font.size = Pt(15)
        hr.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
        tab = doc.add_table(rows=1, cols=4)
        tab.style = "Table Grid"
        for i, hd in enumerate(["Mitt mål", "Det här gör vi", "Vem", "När"]):
            c = tab.rows[0].cells[i]
            c.text = ""
            c.paragraphs[0].add_run(hd).bold = True
            shade(c, "DEEAF6")
        repeat_header(tab.rows[0])
        first = None
        for what, who, when in measures:
            cells = tab.add_row().cells
            cells[1].text = what
            cells[2].text = who
            cells[3].text = when
            if first is None:
                first = cells[0]
                first.text = goal
        last = tab.rows[-1].cells[0]
        if last is not first:
            m = first.merge(last)
            # merging keeps text of both; ensure only the goal remains
            for p_ in m.paragraphs[1:]:
                p_._p.getparent().remove(p_._p)
        set_widths(tab, [3.9, 5.9, 4.6, 2.6])
        doc.add_paragraph()

    label_para(doc, "Huvudansvar: ", "Regionen")
    label_para(doc, "Nästa gång vi ses: ", "Vi ses igen i september och går igenom planen.")
    bold_para(doc, "Vi som var med på mötet")
    for n in ["Jonna",
              "Sofia, kontaktperson (skötare), Psykiatriska öppenvården Norrtälje",
              "Amir, läkare, Psykiatriska öppenvården Norrtälje",
              "Karin, socialsekreterare, Socialförvaltningen Norrtälje, vuxenenheten",
              "Oskar, arbetskonsulent, Arbetsmarknadsenheten Norrtälje kommun"]:
        doc.add_paragraph(n, style="List Bullet")
    doc.save(path(5, "docx"))


# ================================================================ 6 discharge, LO pdf
def plan6():
    doc = Document()
    base_font(doc, "Arial", 10)
    fixed_core(doc, "SIP vid utskrivning", "Geriatriska kliniken Jakobsbergs sjukhus")
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    hp = sec.header.paragraphs[0]
    hp.text = "Jakobsbergs sjukhus – Geriatriska kliniken, avd. 3\tSIP vid utskrivning"
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.add_run("Sida ")
    add_page_number(fp)

    h = doc.add_paragraph()
    r = h.add_run("Samordnad individuell plan vid utskrivning från sluten vård")
    r.bold = True
    r.font.size = Pt(14)

    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    vals = [("Patient", "Sonja, 87 år", "Personnummer", "ÅÅMMDD-XXXX"),
            ("Inskriven", "2025-04-22", "Planerad utskrivning", "2025-05-07"),
            ("Hemkommun", "Järfälla", "Bostad", "Egen lägenhet, Jakobsberg, hiss"),
            ("Planen upprättad", "2025-05-05", "Mötesform", "Teams")]
    for i, row in enumerate(vals):
        for j, v in enumerate(row):
            c = t.rows[i].cells[j]
            c.text = v
            if j in (0, 2):
                c.paragraphs[0].runs[0].bold = True
                shade(c, "EDEDED")
    doc.add_paragraph()

    bold_para(doc, "Bakgrund")
    doc.add_paragraph(
        "Sonja kom in via akuten på Danderyds sjukhus 2025-04-20 efter ett fall i hemmet och "
        "överflyttades till geriatriken i Jakobsberg 2025-04-22. Inga frakturer. Under "
        "vårdtiden har hjärtsvikten försämrats och behandlats med ökad dos vätskedrivande. "
        "Hon har även lätt kognitiv svikt och har tidigare haft svårt att hålla ordning på "
        "sina mediciner; vid inskrivningen hittades fyra olika burkar med samma läkemedel. "
        "Sonja har sedan 2023 hemtjänst en gång om dagen för inköp och städning. Dottern "
        "Eva bor i Kallhäll och hjälper till med mycket. Sonja går med rollator inomhus och "
        "behöver tillsyn i duschen.")

    bold_para(doc, "Syfte")
    doc.add_paragraph(
        "Syftet med planen är att Sonja ska kunna flytta hem till sin lägenhet tryggt efter "
        "vårdtiden, utan nya fall och utan att läkemedlen blir fel, och att hemtjänsten, "
        "hemsjukvården och dottern vet vem som gör vad under de första veckorna hemma.")

    bold_para(doc, "Frågeställningar")
    doc.add_paragraph("Diskutera hemgången.")

    bold_para(doc, "Läkemedelshantering efter utskrivning")
    doc.add_paragraph(
        "Läkemedelslistan är fastställd av ansvarig läkare 2025-05-06. Sonja övergår till "
        "dosdispenserade läkemedel (påsar från apoteket). Tabellen visar vem som delar eller "
        "ger respektive läkemedel.")
    add_table(doc, ["Läkemedel", "Dos", "Vem delar"], [
        ("Eliquis 2,5 mg (apixaban)", "1 tablett morgon och kväll", "Hemtjänsten (dospåse)"),
        ("Furosemid 40 mg", "1 tablett morgon", "Hemtjänsten (dospåse)"),
        ("Bisoprolol 2,5 mg", "1 tablett morgon", "Hemtjänsten (dospåse)"),
        ("Kalcipos-D", "1 tablett morgon och kväll", "Hemtjänsten (dospåse)"),
        ("Alvedon 665 mg", "2 tabletter vid behov, högst 3 gånger/dygn", "Sonja själv"),
        ("Xalatan ögondroppar", "1 droppe i vardera ögat till kvällen", "Dottern Eva / hemtjänst"),
    ], widths=[5.0, 6.5, 5.0], fill="EDEDED")
    doc.add_paragraph()

    bold_para(doc, "Insatser enligt SIP")
    add_table(doc, ["Insats", "Ansvarig", "När"], [
        ("Utökad hemtjänst: morgon- och kvällsbesök med läkemedelsöverlämning från dospåse, "
         "hjälp med dusch två gånger i veckan.",
         "Biståndshandläggare, Äldreomsorgen Järfälla kommun (beslut); Hemtjänst Järfälla "
         "Jakobsberg (utförande)", "Från 2025-05-07"),
        ("Trygghetslarm kopplas in och testas innan Sonja kommer hem.",
         "Biståndshandläggare, Äldreomsorgen Järfälla kommun", "2025-05-06"),
        ("Inskrivning i basal hemsjukvård, hembesök av distriktssköterska, vikt och "
         "ödemkontroll varje vecka.",
         "Distriktssköterska, Vårdcentralen Jakobsberg", "2025-05-08 (första besöket)"),
        ("Beställning av dosdispensering och överföring av läkemedelslista.",
         "Sjuksköterska, avd. 3 Geriatriska kliniken", "2025-05-06"),
        ("Hembesök av arbetsterapeut för fallprevention och hjälpmedel i badrummet.",
         "Arbetsterapeut, Rehab Järfälla kommun", "2025-05-09"),
        ("Läkarbesök på vårdcentralen: hjärtsvikt, blodprover och läkemedelsgenomgång.",
         "Läkare, Vårdcentralen Jakobsberg", "2025-05-20"),
        ("Handlar en gång i veckan och följer med Sonja på läkarbesöket 2025-05-20.",
         "Dottern Eva", "2025-05-10, sedan varje lördag"),
    ], widths=[7.0, 5.8, 4.0], fill="EDEDED")
    doc.add_paragraph()

    label_para(doc, "Samtycke: ", "Samtycke finns.")
    label_para(doc, "Uppföljning: ", "Uppföljning inom två veckor efter hemgång.")
    doc.add_paragraph()
    p = doc.add_paragraph()
    r = p.add_run("Planen skickad via Prator till Järfälla kommun och Vårdcentralen Jakobsberg "
                  "2025-05-05.")
    r.italic = True
    r.font.size = Pt(9)

    docx_path = os.path.join(OUT, "_tmp_f91a-06.docx")
    doc.save(docx_path)
    tmpdir = os.path.join(HERE, "_lo_out")
    os.makedirs(tmpdir, exist_ok=True)
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
                    "--convert-to", "pdf", "--outdir", tmpdir, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=240)
    shutil.move(os.path.join(tmpdir, "_tmp_f91a-06.pdf"), path(6, "pdf"))
    os.remove(docx_path)
    shutil.rmtree(tmpdir, ignore_errors=True)


# ================================================================ 7 school docx
def plan7():
    doc = Document()
    base_font(doc, "Calibri", 11)
    fixed_core(doc, "SIP Noah åk 7", "Elevhälsan Skogsbacksskolan")
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Skogsbacksskolan, Solna stad – Elevhälsan"
    hp.runs[0].font.size = Pt(9)

    doc.add_heading("Samordnad individuell plan (SIP) – Noah, åk 7", level=1)
    label_para(doc, "Datum: ", "2025-09-23, mötet hölls i skolans konferensrum")
    label_para(doc, "Dokumentet skrivet av: ", "Ida, specialpedagog")
    label_para(doc, "Närvarande: ", "Noah (första delen), mamma, pappa, Karin, Ida, "
               "Jesper, Fatima")

    doc.add_heading("Bakgrund", level=2)
    doc.add_paragraph(
        "Noah började i åk 7 på Skogsbacksskolan i augusti. Redan under vårterminen i åk 6 "
        "ökade frånvaron och sedan skolstarten har han varit närvarande ungefär 35 % av "
        "tiden, oftast bara de dagar skolan börjar senare. Han får ont i magen på morgnarna "
        "och har haft panikattacker i korridoren vid två tillfällen. Noah har sedan maj en "
        "kontakt på BUP Solna för ångest. Familjen har själva tagit kontakt med "
        "socialtjänsten för att få stöd hemma, eftersom morgnarna blir konfliktfyllda.")
    p = doc.add_paragraph()
    r = p.add_run("Pedagogisk anteckning: Kunskapsmässigt ligger Noah i nivå med "
                  "kunskapskraven i de flesta ämnen. Han är stark i matematik och engelska. "
                  "Svenska och SO är svårare när det gäller muntliga redovisningar. "
                  "Uppgifter som han fått hem via Classroom har han i stort sett lämnat in.")
    r.italic = True

    doc.add_heading("Det här behöver vi komma överens om", level=2)
    for s in [
        "Vi behöver komma överens om hur Noah ska ta sig till skolan de morgnar det är "
        "svårast, och vem han möter när han kommer.",
        "Vi behöver komma överens om hur mycket skolarbete Noah ska göra hemifrån under "
        "tiden närvaron byggs upp, så att han inte halkar efter i svenska och SO.",
        "Vi behöver komma överens om hur BUP och skolan ska dela information om "
        "exponeringsövningarna så att skolan kan göra samma sak i vardagen.",
        "Vi behöver komma överens om vad familjen kan få för stöd från socialtjänsten på "
        "morgnarna.",
    ]:
        doc.add_paragraph(s, style="List Bullet")

    doc.add_heading("Noahs röst", level=2)
    doc.add_paragraph(
        "Noah var med under den första halvtimmen tillsammans med mamma och pappa. Han "
        "sa att det värsta är att gå in i klassrummet när alla redan sitter där, och att "
        "matsalen är för högljudd. Han vill hellre börja dagen med matte än med svenska. "
        "Han ville inte vara med när vuxna pratade om diagnoser och gick därför ut med "
        "Karin efter halva mötet.")
    p = doc.add_paragraph()
    r = p.add_run("Pedagogisk anteckning: Det stämmer med vår bild. Noah fungerar bäst i "
                  "mindre grupp och när han vet vad lektionen ska innehålla i förväg. "
                  "Genomgångar på tavlan fungerar sämre än skriftliga instruktioner.")
    r.italic = True

    doc.add_heading("Mål", level=2)
    doc.add_paragraph(
        "Målet är att Noah successivt ska öka sin närvaro till minst 80 % fram till "
        "sportlovet och att han ska kunna äta lunch i skolan.")

    doc.add_heading("Insatser", level=2)
    add_table(doc, ["Insats", "Vem", "När"], [
        ("Anpassat schema: Noah börjar 09.15 tre dagar i veckan och börjar med matematik "
         "när det går.", "Mentor", "Från 2025-09-29"),
        ("Mottagning vid entrén: en känd vuxen möter Noah vid ingången och går med honom "
         "till ett grupprum innan lektionen.", "Specialpedagog", "Från 2025-09-29"),
        ("Lunch i mindre matsal med två klasskamrater.", "Mentor och fritidsledare",
         "Vecka 40"),
        ("KBT med exponering för skolrelaterad ångest, samtal varje vecka.",
         "Behandlare, BUP Solna", "Start 2025-10-01"),
        ("Stödsamtal med skolkurator.", "Kurator, Skogsbacksskolan", ""),
        ("Familjestöd på morgnarna (hembesök).", "Kommunen", "Under hösten"),
    ], widths=[9.0, 4.5, 3.0], fill="E2EFDA")
    p = doc.add_paragraph()
    r = p.add_run("Pedagogisk anteckning: Lärarna i svenska och SO lägger ut veckoplaneringen "
                  "på Classroom på fredagar. Muntliga redovisningar görs tills vidare "
                  "inspelade eller för läraren enskilt.")
    r.italic = True

    doc.add_heading("Huvudansvar", level=2)
    doc.add_paragraph(
        "Ida, specialpedagog på Skogsbacksskolan (Solna stad), har huvudansvar för att "
        "planen hålls ihop och är den som familjen kontaktar.")
    doc.save(path(7, "docx"))


# ================================================================ 8 LPT care plan (not a SIP)
def plan8():
    doc = Document()
    base_font(doc, "Arial", 10)
    fixed_core(doc, "Vårdplan LPT", "Psykiatri Sydost")
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Psykiatri Sydost – Haninge, slutenvårdsavdelning 12\tVårdplan LPT"
    hp.runs[0].font.size = Pt(8)

    h = doc.add_paragraph()
    r = h.add_run("Vårdplan – Psykiatrisk tvångsvård (LPT)")
    r.bold = True
    r.font.size = Pt(15)
    p = doc.add_paragraph()
    r = p.add_run("Enligt 16 § lagen (1991:1128) om psykiatrisk tvångsvård")
    r.font.small_caps = True
    r.font.size = Pt(9)

    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([
            ("Patient", "[namn], ÅÅMMDD-XXXX"),
            ("Avdelning", "Psykiatri Sydost, avdelning 12, Haninge"),
            ("Intagningsbeslut", "2025-10-02 (LPT § 6 b), intagen från akutmottagningen"),
            ("Beslut om fortsatt tvångsvård", "2025-10-06, chefsöverläkare"),
            ("Ansökan om medgivande till fortsatt vård", "Förvaltningsrätten i Stockholm, "
             "ansökan inlämnad 2025-10-27")]):
        t.rows[i].cells[0].text = a
        t.rows[i].cells[0].paragraphs[0].runs[0].bold = True
        shade(t.rows[i].cells[0], "F2F2F2")
        t.rows[i].cells[1].text = b
    doc.add_paragraph()

    sections = [
        ("Vårdbehov",
         "Patienten, 28 år, har en schizoaffektiv sjukdom och lades in med psykotiska "
         "symtom, uttalad sömnbrist och hotfullhet mot grannar. Han saknar sjukdomsinsikt och "
         "motsätter sig behandling. Det finns risk för att han skadar sig själv eller andra "
         "om vården avbryts nu."),
        ("Behandling",
         "Antipsykotisk behandling med olanzapin, dosen trappas upp enligt ordination. "
         "Sömnreglering. Samtal med kontaktperson (skötare) dagligen. Psykoedukation om "
         "sjukdomen när tillståndet tillåter. Kontroll av vikt och blodprover varje vecka."),
        ("Tvångsåtgärder",
         "Fasthållning för injektion 2025-10-02 och 2025-10-03. Inga tvångsåtgärder sedan "
         "2025-10-04. Beslut om inskränkning av rätten att använda mobiltelefon upphävt "
         "2025-10-10."),
        ("Patientens synpunkter",
         "Patienten anser inte att han behöver vård och vill skrivas ut. Han har begärt "
         "överprövning hos förvaltningsrätten. Han vill ha kontakt med sin mamma och "
         "har gett tillåtelse till att hon får information om vårdtiden."),
        ("Permissioner",
         "Promenad med personal 30 minuter två gånger per dag. Egen permission på "
         "sjukhusområdet prövas från vecka 44."),
        ("Planering inför utskrivning",
         "När tvångsvården kan övergå till öppen vård eller upphöra kommer en samordnad "
         "individuell plan (SIP) att hållas innan utskrivningen, tillsammans med "
         "socialtjänsten i Haninge och psykiatriska öppenvården, enligt lagen om samverkan "
         "vid utskrivning från sluten hälso- och sjukvård. Kallelse skickas via Prator när "
         "utskrivningsdatum är känt. Öppen psykiatrisk tvångsvård (ÖPT) kan bli aktuell."),
    ]
    for head, body in sections:
        bold_para(doc, head)
        doc.add_paragraph(body)
    bold_para(doc, "Ansvarig")
    doc.add_paragraph("Chefsöverläkare, Psykiatri Sydost. Vårdplanen upprättad "
                      "2025-10-08 av patientansvarig läkare och kontaktperson på "
                      "avdelningen. Revideras vid behov och senast 2025-11-05.")
    doc.save(path(8, "docx"))


def main():
    os.makedirs(OUT, exist_ok=True)
    plan1()
    plan2()
    plan3()
    plan4()
    plan5()
    plan6()
    plan7()
    plan8()
    print("done:", sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()
