#!/usr/bin/env python3
"""Generate batch f24a: eight fictional, anonymized SIP plans in plans/."""
import os
import shutil
import subprocess
import textwrap

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
BUILD = os.path.join(HERE, "build")
P = "f24a"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def path(n, ext):
    return os.path.join(OUT, f"{P}-{n:02d}.{ext}")


def fixed_core(doc, title):
    cp = doc.core_properties
    cp.title = title
    cp.author = "Användare"
    cp.last_modified_by = "Användare"
    import datetime
    cp.created = datetime.datetime(2024, 1, 1, 8, 0, 0)
    cp.modified = datetime.datetime(2024, 1, 1, 8, 0, 0)
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
# 01  Regional record-system print, fpdf2
# ---------------------------------------------------------------------------
class RSPdf(FPDF):
    def header(self):
        self.set_font("DejaVu", "B", 9)
        self.cell(95, 5, "SAMSA – Samordnad planering, Region Västmanland", border=0)
        self.set_font("DejaVu", "", 8)
        self.cell(0, 5, "Utskriftsdatum: 2024-03-18 14:22", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.cell(95, 4, "Dokument: Samordnad individuell plan (SIP)")
        self.cell(0, 4, f"Sida {self.page_no()} ({{nb}})", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.cell(95, 4, "Patient: K., XXXXXX-XXXX")
        self.cell(0, 4, "Utskriven av: kurator, Vuxenpsykiatrin Köping", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(4)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.cell(0, 4, "Utskrift ur journalsystem – ej original. Sekretess enligt OSL 25 kap.",
                  align="C")


def box(pdf, label, value, h_min=9):
    """Boxed label/value field: small label on top, value below, rectangle around."""
    x, y = pdf.get_x(), pdf.get_y()
    w = pdf.w - pdf.l_margin - pdf.r_margin
    pdf.set_font("DejaVu", "B", 7)
    pdf.set_xy(x + 1, y + 0.8)
    pdf.cell(w - 2, 3.5, label)
    pdf.set_font("DejaVu", "", 9)
    pdf.set_xy(x + 1, y + 4.5)
    if value:
        pdf.multi_cell(w - 2, 4.4, value)
    end = max(pdf.get_y() + 1, y + h_min)
    pdf.rect(x, y, w, end - y)
    pdf.set_xy(x, end + 1.5)


def box_row(pdf, items):
    """Several short boxed fields side by side."""
    x, y = pdf.get_x(), pdf.get_y()
    w = pdf.w - pdf.l_margin - pdf.r_margin
    cw = w / len(items)
    for i, (label, value) in enumerate(items):
        cx = x + i * cw
        pdf.rect(cx, y, cw, 10)
        pdf.set_font("DejaVu", "B", 7)
        pdf.set_xy(cx + 1, y + 0.8)
        pdf.cell(cw - 2, 3.5, label)
        pdf.set_font("DejaVu", "", 9)
        pdf.set_xy(cx + 1, y + 4.8)
        pdf.cell(cw - 2, 4.4, value)
    pdf.set_xy(x, y + 11.5)


def section(pdf, title):
    pdf.set_font("DejaVu", "B", 10)
    pdf.set_fill_color(225, 225, 225)
    pdf.cell(0, 6, " " + title, border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def make_01():
    pdf = RSPdf(format="A4")
    pdf.set_creation_date(__import__("datetime").datetime(2024, 3, 18, 14, 22))
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONTB)
    pdf.set_margins(15, 12, 15)
    pdf.set_auto_page_break(True, 16)
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 8, "Samordnad individuell plan (SIP)", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    section(pdf, "Grunduppgifter")
    box_row(pdf, [("Namn", "K."), ("Personnummer", "XXXXXX-XXXX"),
                  ("Planens status", "Upprättad")])
    box_row(pdf, [("Mötesdatum", "2024-03-14"), ("Mötesplats", "Vuxenpsykiatrin Köping"),
                  ("Typ av SIP", "Första SIP-möte")])
    box(pdf, "Bakgrund",
        "K. är 34 år och bor ensam i lägenhet i Köping. Han har en psykossjukdom och "
        "vårdades inneliggande på psykiatrisk avdelning i Västerås under december–januari. "
        "Sedan utskrivningen har han kontakt med Vuxenpsykiatrin Köping. K. har skulder hos "
        "Kronofogden och hyresskulder sedan hösten 2023 och har fått en varning från "
        "hyresvärden. Han har svårt att öppna post och hålla tider. Sjukpenning från FK har "
        "upphört och ekonomiskt bistånd söks.")
    box(pdf, "Syfte med SIP",
        "Syftet är att samordna psykiatrins, socialtjänstens och Försäkringskassans insatser "
        "så att K. kan behålla sin lägenhet, få ordning på sin ekonomi och inte behöva "
        "läggas in igen.")
    box(pdf, "Frågeställningar", "", h_min=11)
    box(pdf, "Den enskildes mål",
        "Målet är att K. ska bo kvar i sin lägenhet, ha en stabil ekonomi och ha en "
        "meningsfull sysselsättning inom ett år.")
    box(pdf, "Den enskildes delaktighet", "K. deltog under hela mötet.")
    box(pdf, "Samtycke",
        "Muntligt samtycke till SIP och informationsöverföring mellan Vuxenpsykiatrin Köping, "
        "IFO Köping och Försäkringskassan lämnat av K. 2024-03-04, inhämtat av kurator. "
        "Dokumenterat i journal samma dag.")

    section(pdf, "Insatser och åtgärder")
    pdf.set_font("DejaVu", "", 8.5)
    rows = [
        ("Läkarbesök och uppföljning av antipsykotisk medicinering, depåinjektion var 14:e dag",
         "Vuxenpsykiatrin Köping, läkare och sjuksköterska", "Pågår", "2024-06-30"),
        ("Samtalskontakt med fokus på vardagsstruktur och tidig varning för återinsjuknande",
         "Vuxenpsykiatrin Köping, kurator (samordnare)", "2024-03-20", "2024-09-30"),
        ("Utredning och beslut om boendestöd enligt SoL",
         "IFO Köping, biståndshandläggare vuxenenheten", "2024-03-18", "2024-04-15"),
        ("Boendestöd 2 tim/vecka: post, räkningar, tvätt och handling, hjälp att hålla tider",
         "Socialpsykiatrin Köping, boendestödjare", "2024-04-22", "2024-10-31"),
        ("Handläggning av ansökan om ekonomiskt bistånd inkl. hyresskuld",
         "IFO Köping, socialsekreterare försörjningsstöd", "2024-03-15", "2024-03-29"),
        ("Kontakt med hyresvärden om avbetalningsplan för hyresskulden",
         "IFO Köping, socialsekreterare försörjningsstöd", "2024-03-25", "2024-04-30"),
        ("Budget- och skuldrådgivning, genomgång av skulder hos Kronofogden, ev. ansökan om "
         "skuldsanering",
         "Budget- och skuldrådgivningen Köpings kommun", "2024-04-08", "2024-08-31"),
        ("Utredning av rätten till sjukersättning/aktivitetsersättning, "
         "avstämningsmöte med K.",
         "Försäkringskassan, handläggare sjukförsäkring", "", ""),
        ("Läkarintyg till Försäkringskassan (medicinskt underlag)",
         "Vuxenpsykiatrin Köping, läkare", "2024-03-28", "2024-03-28"),
        ("Följer med K. till första mötet på budget- och skuldrådgivningen och hjälper till "
         "att samla ihop post och kravbrev hemma",
         "Mamma (M-L)", "2024-04-08", "2024-04-08"),
        ("Ansökan om god man för att bevaka rätt och förvalta egendom; anmälan till "
         "överförmyndaren",
         "Vuxenpsykiatrin Köping, kurator, tillsammans med K.", "2024-04-02", "2024-04-30"),
        ("Kartläggning av sysselsättning, studiebesök på Aktivitetshuset",
         "Socialpsykiatrin Köping, arbetsterapeut", "2024-05-06", "2024-06-14"),
    ]
    hdr = FontFace(emphasis="BOLD", fill_color=(225, 225, 225))
    with pdf.table(col_widths=(78, 58, 22, 22), line_height=4.3, headings_style=hdr,
                   repeat_headings=1, text_align="LEFT", padding=1.2) as t:
        r = t.row()
        for h in ("Insats/åtgärd", "Ansvarig (verksamhet, funktion)", "Start", "Slut/uppf."):
            r.cell(h)
        for row in rows:
            r = t.row()
            for c in row:
                r.cell(c)
    pdf.ln(3)
    section(pdf, "Ansvar och uppföljning")
    box(pdf, "Huvudansvarig för planen (samordnare)",
        "Kurator Sara, Vuxenpsykiatrin Köping, Region Västmanland. Nås via växeln.")
    box(pdf, "Andra aktörer",
        "Försäkringskassan: se insats ovan. Mamma (M-L): se insats ovan. "
        "God man: ansökan görs, se ovan.")
    box(pdf, "Uppföljning", "Vecka 22, kallelse skickas av samordnaren.")
    box(pdf, "Deltagare vid mötet",
        "K. (den enskilde)\n"
        "Mamma M-L (närstående)\n"
        "Sara, kurator, Vuxenpsykiatrin Köping\n"
        "Erik, sjuksköterska, Vuxenpsykiatrin Köping\n"
        "Nadia, biståndshandläggare, IFO Köping vuxenenheten\n"
        "Peter, socialsekreterare försörjningsstöd, IFO Köping\n"
        "Linnea, handläggare, Försäkringskassan (via Teams)")
    box(pdf, "Signering",
        "Signerad av kurator Sara, Vuxenpsykiatrin Köping 2024-03-15 09:41")
    pdf.output(path(1, "pdf"))


# ---------------------------------------------------------------------------
# 02  SIP vid utskrivning (docx)
# ---------------------------------------------------------------------------
def make_02():
    doc = Document()
    fixed_core(doc, "SIP vid utskrivning")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Region Västmanland och Sala kommun\tSIP vid utskrivning från slutenvård"
    fp = sec.footer.paragraphs[0]
    fp.text = "Planen upprättad i samverkan enligt lagen om samverkan vid utskrivning från sluten hälso- och sjukvård"
    fp.runs[0].font.size = Pt(8)

    doc.add_heading("SIP vid utskrivning", level=1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [
        ("Namn", "Bertil"),
        ("Personnummer", "ÅÅMMDD-XXXX"),
        ("Datum för SIP-möte", "2024-05-07"),
        ("Form för mötet", "Videomöte, Bertil deltog från Ortopedavdelningen, "
                           "Västmanlands sjukhus Västerås"),
        ("Planerat utskrivningsdatum", "2024-05-10"),
    ]:
        c = t.add_row().cells
        cell_text(c[0], a, bold=True)
        cell_text(c[1], b)
    for row in t.rows:
        row.cells[0].width = Cm(5)
        row.cells[1].width = Cm(11)

    def lab(txt):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.space_after = Pt(2)
        r = p.add_run(txt)
        r.bold = True
        return p

    lab("Bakgrund")
    doc.add_paragraph(
        "Bertil är 84 år och bor ensam i villa i Sala. Han föll i hemmet 2024-04-22 och "
        "opererades för höftfraktur på vänster sida. Sedan tidigare har han hjärtsvikt och "
        "nedsatt syn. Före fallet klarade han sig utan hemtjänst. Han går nu med rollator "
        "inomhus men är osäker vid förflyttningar och behöver hjälp med dusch och "
        "strumpor. Han har haft förvirringsepisoder nattetid på avdelningen.")
    lab("Syfte")
    doc.add_paragraph("Samordnad utskrivning.")
    lab("Frågeställningar inför mötet")
    for q in ["Kan Bertil skrivas ut direkt till hemmet med hemtjänst eller behövs "
              "korttidsplats de första veckorna?",
              "Vem ansvarar för den fortsatta rehabiliteringen av gångförmågan efter "
              "hemkomsten?",
              "Behöver hjälpmedel och bostadsanpassning (toalettförhöjning, borttagning av "
              "trösklar) vara på plats före utskrivning?"]:
        doc.add_paragraph(q, style="List Bullet")
    lab("Bertils mål")
    doc.add_paragraph("”Jag vill hem till mitt eget hus. Jag vill kunna gå ut med rollatorn "
                      "till brevlådan själv och laga min egen frukost.”")
    lab("Bertils delaktighet och önskemål")
    doc.add_paragraph(
        "Bertil deltog i hela mötet via video med stöd av sjuksköterskan på avdelningen. "
        "Han vill inte till korttidsboende utan vill hem direkt och är beredd att ta emot "
        "hemtjänst morgon och kväll. Han vill helst inte ha besök mitt på dagen.")
    lab("Samtycke")
    doc.add_paragraph("Samtycke finns.")

    lab("Fast vårdkontakt")
    doc.add_paragraph("Distriktssköterska Hanna, Vårdcentralen Sala Väsby, Region Västmanland")
    lab("Samordningsansvarig (huvudansvar för planen)")
    doc.add_paragraph("Biståndshandläggare Lena, Myndighetsenheten äldreomsorg, "
                      "Vård- och omsorgsförvaltningen Sala kommun")

    lab("Planerade insatser efter utskrivning")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    hdr = ["Insats", "Ansvarig verksamhet", "Ansvarig funktion", "Från och med"]
    for c, h in zip(t.rows[0].cells, hdr):
        cell_text(c, h, bold=True)
        shade(c, "D9E2F3")
    repeat_header(t.rows[0])
    rows = [
        ("Hemtjänst morgon och kväll: hjälp med på- och avklädning, stödstrumpor, "
         "dusch två gånger/vecka", "Hemtjänsten Sala centrum", "Enhetschef hemtjänst",
         "2024-05-10"),
        ("Trygghetslarm installeras", "Larmgruppen Sala kommun", "Larmansvarig",
         "2024-05-09"),
        ("Matdistribution lunch vardagar", "Hemtjänsten Sala centrum", "Enhetschef hemtjänst",
         "2024-05-13"),
        ("Hembesök, bedömning av hjälpmedel och bostadsanpassning, toalettförhöjning och "
         "duschpall levereras", "Rehab Sala kommun", "Arbetsterapeut", "2024-05-09"),
        ("Gångträning i hemmet 2 ggr/vecka i 6 veckor", "Rehab Sala kommun",
         "Fysioterapeut", "2024-05-13"),
        ("Läkemedelsgenomgång och uppföljning av hjärtsvikt, provtagning", "Vårdcentralen Sala Väsby",
         "Distriktsläkare", "2024-05-21"),
        ("Kontroll av operationssår, borttagning av agraffer", "Vårdcentralen Sala Väsby",
         "Distriktssköterska (fast vårdkontakt)", "2024-05-14"),
        ("Läkemedelslista och utskrivningsmeddelande skickas i Prator",
         "Ortopedavdelningen Västmanlands sjukhus Västerås", "Sjuksköterska",
         "2024-05-10"),
    ]
    for r in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            cell_text(c, v, size=10)
    widths = [Cm(6.5), Cm(4), Cm(3.5), Cm(2.5)]
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w

    lab("Uppföljning")
    doc.add_paragraph("Uppföljande SIP-möte 2024-06-04 kl. 10.00 hemma hos Bertil. "
                      "Samordningsansvarig kallar.")
    lab("Närvarande")
    doc.add_paragraph("Bertil, Hanna, Lena, Karin, Omar, Maja")
    doc.add_paragraph().add_run("Planen upprättad 2024-05-07. Kopia till Bertil.").italic = True
    doc.save(path(2, "docx"))


# ---------------------------------------------------------------------------
# 03  Numbered headings, landscape action table (docx)
# ---------------------------------------------------------------------------
def make_03():
    doc = Document()
    fixed_core(doc, "Samordnad individuell plan")
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Arboga kommun · Region Västmanland\tSIP\tUpprättad 2024-10-01"
    sec.footer.paragraphs[0].text = "SIP – E., ÅÅMMDD-XXXX"

    doc.add_heading("Samordnad individuell plan (SIP)", level=0)
    p = doc.add_paragraph()
    p.add_run("Barn: ").bold = True
    p.add_run("E., 14 år, åk 8 Gäddgårdsskolan, Arboga")
    p = doc.add_paragraph()
    p.add_run("Mötesdatum: ").bold = True
    p.add_run("2024-10-01, kl. 13.00–14.30, Elevhälsan Gäddgårdsskolan")

    doc.add_heading("1. Bakgrund", level=1)
    doc.add_paragraph(
        "E. har sedan vårterminen i åk 7 haft en ökande frånvaro från skolan och har under "
        "september i år varit i skolan totalt fyra dagar. Hon har magont och sömnsvårigheter "
        "på söndagskvällar och får panikattacker i korridoren och matsalen. BUP Västerås har "
        "sedan augusti en pågående bedömning av ångestsyndrom. IFO Arboga fick en "
        "orosanmälan från skolan i juni och en utredning enligt 11 kap. 1 § SoL pågår. "
        "E. bor med mamma och lillebror, pappa bor i Kungsör och E. är där varannan helg.")
    doc.add_heading("2. Syfte med SIP", level=1)
    doc.add_paragraph(
        "Syftet är att skolan, BUP och socialtjänsten gör en gemensam plan så att E. stegvis "
        "kan komma tillbaka till skolan, och att hennes ångest behandlas samtidigt som "
        "familjen får stöd hemma med morgonrutiner.")
    doc.add_heading("3. Frågeställningar", level=1)
    for q in ["Hur ska en anpassad skolgång se ut under hösten, och vem möter E. vid ankomst?",
              "Kan KBT-behandling på BUP starta före utredningen är klar?",
              "Behöver familjen insatser från socialtjänsten (t.ex. familjebehandling) hemma?"]:
        doc.add_paragraph(q, style="List Number")
    doc.add_heading("4. Barnets mål", level=1)
    doc.add_paragraph("Målet är att E. ska vara i skolan minst tre förmiddagar i veckan före "
                      "jullovet och att hon ska kunna äta lunch i skolan.")
    doc.add_heading("5. Barnets delaktighet", level=1)
    doc.add_paragraph(
        "E. var inte med på mötet. Mamma förmedlade att E. vill börja med korta dagar, "
        "helst bara de ämnen hon tycker om (bild och engelska), och att hon inte vill "
        "behöva förklara sin frånvaro inför klassen.")
    doc.add_heading("6. Samtycke", level=1)
    doc.add_paragraph("Samtycke finns från båda vårdnadshavarna.")
    doc.add_heading("7. Insatser", level=1)
    doc.add_paragraph("Se tabell på nästa sida.")

    # landscape section with the action table
    new = doc.add_section()
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = sec.page_height, sec.page_width
    new.left_margin = new.right_margin = Cm(2)
    doc.add_heading("7. Insatser – vem gör vad och när", level=2)
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    hdr = ["Insats", "Ansvarig verksamhet", "Ansvarig person/funktion", "Start", "Slut"]
    for c, h in zip(t.rows[0].cells, hdr):
        cell_text(c, h, bold=True)
        shade(c, "E2EFDA")
    repeat_header(t.rows[0])
    rows = [
        ("Anpassad studiegång: schema med förmiddagar tis/ons/tors, start med bild och "
         "engelska, studiero i grupprum", "Gäddgårdsskolan", "Rektor", "2024-10-07",
         "2024-12-20"),
        ("Mottagande vid ankomst och en trygg vuxen under skoldagen",
         "Gäddgårdsskolan elevhälsa", "Specialpedagog Mikael", "2024-10-07", "2024-12-20"),
        ("Samtal med skolkurator varje vecka", "Gäddgårdsskolan elevhälsa", "Skolkurator Jenny",
         "2024-10-08", "2024-12-17"),
        ("Avslutande bedömning av ångestsyndrom, återkoppling till familjen",
         "BUP Västerås", "Psykolog Amir", "2024-10-14", "2024-11-15"),
        ("KBT-behandling för ångest och skolfrånvaro, 12 tillfällen",
         "Regionen", "–", "Efter bedömning", ""),
        ("Familjebehandling i hemmet, fokus på morgonrutiner och sömn, 1 gång/vecka",
         "IFO Arboga, Familjeenheten", "Familjebehandlare Sofie", "2024-10-21", "2025-01-31"),
        ("Slutföra utredningen enligt 11 kap. 1 § SoL och fatta beslut om insats",
         "IFO Arboga, Barn och unga", "Socialsekreterare Hanna", "2024-10-01", "2024-11-29"),
        ("Vårdnadshavare: mamma följer E. till skolan de dagar hon ska dit; pappa ansöker "
         "om omvårdnadsbidrag hos Försäkringskassan", "Vårdnadshavare", "Mamma resp. pappa",
         "2024-10-07", "2024-10-31"),
    ]
    for r in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            cell_text(c, v, size=10)
    widths = [Cm(9), Cm(5), Cm(5), Cm(2.6), Cm(2.6)]
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w

    back = doc.add_section()
    back.orientation = WD_ORIENT.PORTRAIT
    back.page_width, back.page_height = sec.page_width, sec.page_height
    doc.add_heading("8. Andra aktörers insatser", level=1)
    doc.add_paragraph(
        "Mamma följer E. till skolan de dagar som finns i schemat från 2024-10-07. Pappa "
        "ansöker om omvårdnadsbidrag hos Försäkringskassan senast 2024-10-31; BUP skriver "
        "läkarutlåtande som underlag. Inga andra aktörer är aktuella.")
    doc.add_heading("9. Huvudansvar för planen", level=1)
    doc.add_paragraph("BUP Västerås")
    doc.add_heading("10. Uppföljning", level=1)
    doc.add_paragraph("Uppföljande SIP-möte 2024-12-10 kl. 13.00 på Gäddgårdsskolan.")
    doc.add_heading("11. Deltagare", level=1)
    for d in ["Mamma (vårdnadshavare)",
              "Pappa (vårdnadshavare), via telefon",
              "Rektor Karin, Gäddgårdsskolan",
              "Skolkurator Jenny, Gäddgårdsskolan",
              "Specialpedagog Mikael, Gäddgårdsskolan",
              "Psykolog Amir, BUP Västerås",
              "Socialsekreterare Hanna, IFO Arboga, Barn och unga",
              "Familjebehandlare Sofie, IFO Arboga, Familjeenheten"]:
        doc.add_paragraph(d, style="List Bullet")
    doc.save(path(3, "docx"))


# ---------------------------------------------------------------------------
# 04  Child-friendly plan (md)
# ---------------------------------------------------------------------------
MD04 = """# Min plan – Liam

*SIP i barnvänlig form · Fagersta · möte 11 februari 2025*

Hej Liam! Här står det vi pratade om på mötet. Mamma och pappa har också fått planen.

## Varför har vi det här mötet?

För att alla som hjälper dig ska samarbeta.

## Det här är viktigt för mig

- "Jag vill kunna sova över på korttids utan att vara rädd på natten."
- "Jag vill att det är tyst när jag äter lunch i skolan."
- "Jag vill ha mer tid med Minecraft och min hund Sixten."

## Så var du med

Du var med på mötet den första halvtimmen tillsammans med mamma och pappa. Du ritade en
bild om vad som är bra och vad som är jobbigt. Du sa att matsalen är det jobbigaste i
skolan och att du vill veta vem som jobbar på korttids innan du ska sova där. Sedan gick
du och Fatima och spelade spel medan de vuxna pratade klart.

## Får vi prata med varandra om dig?

Ja. Mamma och pappa skrev under en samtyckesblankett på mötet den 11 februari 2025. Den
gäller skolan, habiliteringen och LSS-handläggaren.

## Det här ska vi göra

| Vad | Vem | När |
|---|---|---|
| Göra ett bildschema som du har hemma och i skolan | Anna, arbetsterapeut på Habiliteringen Västerås | Klart i mars 2025 |
| Besöka korttids och träffa personalen innan du sover där | Lotta, Korttidsboendet Solgläntan Fagersta | 2025-03-08 |
| Sova över på korttids en helg i månaden | Korttidsboendet Solgläntan Fagersta | Från april 2025 |
| Ordna en lugn plats där du kan äta lunch | Skolan | |
| Träna på att använda stoppkortet när det blir för mycket | Fatima, din resurs i skolan | Varje dag från 17 februari |

**Mamma och pappa** ska använda bildschemat hemma varje kväll och säga till Anna om något
inte fungerar. Pappa skjutsar dig till korttids de första gångerna.

**Du själv** visar stoppkortet när det blir för mycket, både hemma och i skolan.

## Vem håller ihop planen?

Jonas, din LSS-handläggare.

## När ses vi igen?

Efter sommarlovet, i september. Jonas skickar en inbjudan.

## Vi som var med

- Du, Liam
- Mamma
- Pappa
- Jonas
- Anna
- Lotta
- Fatima
"""


def make_04():
    with open(path(4, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(MD04)


# ---------------------------------------------------------------------------
# 05  Meeting minutes in prose (txt, UTF-8, LF)
# ---------------------------------------------------------------------------
def make_05():
    paras = [
        "MINNESANTECKNINGAR – SIP-MÖTE",
        "Datum: 2024-09-17, kl. 09.00–10.30",
        "Plats: Vuxenenheten, IFO Västerås",
        "",
        "Närvarande: Alex (den enskilde); Jenny, socialsekreterare, Vuxenenheten IFO "
        "Västerås; Mattias, behandlare, Mottagningen för beroende, Region Västmanland; "
        "Elin, sjuksköterska, Mottagningen för beroende, Region Västmanland; Robert, "
        "boendesamordnare, Bostadsenheten Västerås stad; Sanna, distriktsläkare, "
        "Vårdcentralen Bäckby. Antecknat av Jenny.",
        "",
        "Alex är 19 år och har använt cannabis dagligen sedan han var 16 och under "
        "sommaren även benzodiazepiner köpta på nätet. Han bor hos sin pappa i Bäckby "
        "men det har varit mycket bråk hemma och han har sovit hos kompisar delar av "
        "augusti. Han avbröt gymnasiet i åk 2. Han sökte själv till Mottagningen för "
        "beroende i augusti efter en överdos som ledde till ett besök på akuten.",
        "",
        "Syftet med mötet var att Alex, socialtjänsten och regionen tillsammans gör upp "
        "hur hans behandling för missbruket, hans boende och hans somatiska hälsa ska "
        "hänga ihop, så att han inte faller mellan stolarna när han flyttar hemifrån.",
        "",
        "De frågor vi behövde svara på var om Alex ska erbjudas öppenvårdsbehandling "
        "på hemmaplan eller om behandling på behandlingshem behöver utredas, hur "
        "nedtrappningen av benzodiazepiner ska gå till och vem som gör den, och om det "
        "finns någon möjlighet till ett eget boende med stöd under hösten.",
        "",
        "Alex var med under hela mötet och sa själv vad han tycker. Han vill inte till "
        "behandlingshem utan vill gå i behandling i Västerås och bo kvar i stan där "
        "hans flickvän bor. Han sa: ”Jag vill ha en egen lägenhet och slippa bråka "
        "med pappa varje dag, och jag vill börja plugga på Komvux efter nyår.” Han "
        "tycker att det är jobbigt med många olika kontakter och önskade att han får "
        "träffa samma personer hela tiden.",
        "",
        "Vi kom överens om följande. Mottagningen för beroende genom Mattias erbjuder "
        "Alex återfallsprevention (ÅP) en gång i veckan med start 2024-09-24 och till "
        "och med 2024-12-17, och Elin tar drogtester i samband med besöken under samma "
        "period. Nedtrappningen av benzodiazepiner görs av läkare på Mottagningen för "
        "beroende, Elin bokar en läkartid till 2024-09-26 och planen för nedtrappning "
        "ska vara klar då. Sanna på Vårdcentralen Bäckby gör en hälsokontroll med "
        "blodprover och tittar på hans sömnproblem vid ett besök 2024-10-03. Jenny på "
        "Vuxenenheten utreder hans ansökan om boende och fattar beslut senast "
        "2024-10-15. Om han beviljas träningslägenhet ordnar Robert på Bostadsenheten "
        "visning och kontrakt så att inflyttning kan ske 2024-11-01, och Jenny ansöker "
        "samtidigt om boendestöd via Socialpsykiatrin som ska starta samma vecka som "
        "inflyttningen.",
        "",
        "Alex har sedan i våras kontakt med Arbetsförmedlingen, och pappa har sagt till "
        "Jenny att han gärna vill vara med mer. Det togs inte upp närmare på mötet.",
        "",
        "Jenny, socialsekreterare på Vuxenenheten IFO Västerås, har huvudansvaret för "
        "planen och är den som Alex och de andra hör av sig till. Mattias är Alex fasta "
        "kontakt på Mottagningen för beroende.",
        "",
        "Nästa SIP-möte hålls 2024-11-12 kl. 13.30 på Vuxenenheten. Jenny kallar. Vi "
        "följer då upp boendet, hur ÅP och nedtrappningen har gått och om Alex vill "
        "ta kontakt med Komvux.",
        "",
        "Vid anteckningarna",
        "Jenny, socialsekreterare",
    ]
    out = []
    for p in paras:
        if not p:
            out.append("")
        else:
            out.extend(textwrap.wrap(p, 76))
    with open(path(5, "txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


# ---------------------------------------------------------------------------
# 06  Municipal template: one big two-column table, merged part headers (docx)
# ---------------------------------------------------------------------------
def make_06():
    doc = Document()
    fixed_core(doc, "SIP – Samordnad individuell plan, mall")
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Hallstahammars kommun\tVård och omsorg\tMall SIP v. 3.1"
    sec.footer.paragraphs[0].text = "Planen sparas i verksamhetssystemet. Kopia lämnas till dig."

    p = doc.add_paragraph()
    r = p.add_run("Samordnad individuell plan – SIP")
    r.bold = True
    r.font.size = Pt(16)
    p = doc.add_paragraph()
    r = p.add_run("Din plan tillsammans med kommunen och regionen")
    r.font.small_caps = True

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"

    def part(title):
        c = t.add_row().cells
        m = c[0].merge(c[1])
        cell_text(m, title, bold=True)
        shade(m, "BDD7EE")

    def row(label, value):
        c = t.add_row().cells
        cell_text(c[0], label, bold=True, size=10)
        cell_text(c[1], value)
        shade(c[0], "F2F2F2")

    part("Del 1. Om dig")
    row("Namn", "Ingrid")
    row("Personnummer", "ÅÅMMDD-XXXX")
    row("Ort", "Hallstahammar")
    row("Om din situation",
        "Ingrid är 79 år och bor ensam i lägenhet. Hon har blivit mer glömsk det senaste "
        "året och har ramlat hemma två gånger i höstas. Hon har svårt att komma ihåg "
        "sina mediciner. Sonen bor i Göteborg.")
    part("Del 2. Mötet")
    row("Datum för mötet", "2024-11-05")
    row("Varför har vi mötet?", "Samordning")
    row("Vad ska vi prata om?", "Gå igenom läget.")
    row("Vilka var med?", "Se närvarolista.")
    row("Var du med på mötet?", "☒ Ja   ☐ Nej   ☐ Delvis")
    row("Vad tycker du? Vad vill du?", "")
    row("Får vi prata med varandra om dig?",
        "Ja, sa du på mötet 2024-11-05. Du sa ja till att kommunen och vårdcentralen får "
        "prata med varandra om dig.")
    part("Del 3. Det här ska vi göra")
    row("Ditt mål", "")
    row("Vad ska göras?",
        "Fortsatt stöd i hemmet.\nFortsatt kontakt med vården vid behov.\nStöd vid behov.")
    row("Vem gör vad och när?", "")
    row("Andra som hjälper dig (t.ex. anhöriga, god man, FK)", "")
    row("Vem håller ihop planen?", "")
    part("Del 4. Uppföljning")
    row("När ses vi igen?", "Om ungefär tre månader.")
    row("Planen är skickad till", "☐ Dig   ☐ Anhörig   ☐ Vårdcentralen")
    for r_ in t.rows:
        if len(set(id(c._tc) for c in r_.cells)) == 2:
            r_.cells[0].width = Cm(5.5)
            r_.cells[1].width = Cm(11)
    doc.save(path(6, "docx"))


# ---------------------------------------------------------------------------
# 07  Follow-up plan (md)
# ---------------------------------------------------------------------------
MD07 = """# Uppföljning av SIP

**Namn:** S.  
**Personnummer:** XXXXXX-XXXX  
**Datum för uppföljning:** 2024-10-15  
**Plats:** Psykiatriska öppenvårdsmottagningen Köping  
**Tidigare plan upprättad:** 2024-04-09

## Syfte

Se tidigare plan.

## Frågeställningar

Stämma av läget.

## Den enskildes mål

Oförändrat.

## Delaktighet

Se tidigare plan.

## Samtycke

Se tidigare plan.

## Status för insatser i tidigare plan

| Insats | Ansvarig | Tid | Status 2024-10-15 |
|---|---|---|---|
| Boendestöd 2 ggr/vecka: struktur i vardagen, inköp, städning | Boendestödet Surahammar, boendestödjare Emir | 2024-05-01 – 2025-04-30 | Pågår, fungerar bra. Fortsätter. |
| Litiumbehandling med provtagning var 3:e månad | Psykiatriska öppenvårdsmottagningen Köping, läkare | Nästa prov 2024-11-12 | Pågår. |
| Samtalskontakt (stödsamtal) varannan vecka | Psykiatriska öppenvårdsmottagningen Köping, sjuksköterska Johan | 2024-04-15 – 2024-12-20 | Pågår. |
| Läkemedelsgenomgång inkl. sömnmedicin | Vårdcentralen Surahammar, distriktsläkare | – | Ej genomförd. Ny tid ska bokas. |
| Daglig sysselsättning på Träffpunkten 3 dagar/vecka | Socialpsykiatrin Surahammar, sysselsättningshandledare | Från 2024-09-02 | Påbörjad, S. har varit där 2 dagar/vecka. |
| Ansökan om ekonomiskt bistånd för hyresskuld | IFO Surahammar, socialsekreterare ekonomiskt bistånd | 2024-05-15 | Avslutad, beviljat. |

## Andra aktörer

God man är informerad om planen.

## Huvudansvar

Sjuksköterska Johan, Psykiatriska öppenvårdsmottagningen Köping, Region Västmanland.

## Deltagare

| Namn | Funktion | Verksamhet |
|---|---|---|
| Johan | Sjuksköterska, samordnare | Psykiatriska öppenvårdsmottagningen Köping |
| Emir | Boendestödjare | Boendestödet Surahammar |
| Helena | Sysselsättningshandledare | Socialpsykiatrin Surahammar |
| Ulrika | Biståndshandläggare | Socialpsykiatrin, Surahammars kommun |

## Nästa uppföljning

–

*Dokumenterat av Johan, sjuksköterska, 2024-10-16*
"""


def make_07():
    with open(path(7, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(MD07)


# ---------------------------------------------------------------------------
# 08  Empty printed template (docx -> LibreOffice PDF)
# ---------------------------------------------------------------------------
def make_08():
    doc = Document()
    fixed_core(doc, "SIP blankett")
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.header.paragraphs[0].text = "Norbergs kommun · Region Västmanland\tBlankett SIP\tRev. 2024-01"
    sec.footer.paragraphs[0].text = "Blanketten fylls i under SIP-mötet. Original i personakt/journal."

    p = doc.add_paragraph()
    r = p.add_run("SAMORDNAD INDIVIDUELL PLAN (SIP)")
    r.bold = True
    r.font.size = Pt(15)
    p = doc.add_paragraph()
    r = p.add_run("Enligt 2 kap. 7 § SoL och 16 kap. 4 § HSL")
    r.font.small_caps = True
    r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"

    def head(txt):
        c = t.add_row().cells
        m = c[0].merge(c[1])
        cell_text(m, txt, bold=True)
        shade(m, "D9D9D9")

    def f(label, value="", hint=None):
        c = t.add_row().cells
        cell_text(c[0], label, bold=True, size=9.5)
        if hint:
            r = c[0].add_paragraph().add_run(hint)
            r.italic = True
            r.font.size = Pt(8)
        cell_text(c[1], value)

    head("Personuppgifter")
    f("Namn", "")
    f("Personnummer", "ÅÅÅÅMMDD-XXXX")
    f("Datum för mötet", "ÅÅÅÅ-MM-DD")
    f("Tolk behövs", "☐ Ja   ☐ Nej    Språk: …")
    head("Planering")
    f("Syfte med SIP", "", "(Vad ska planen leda till för dig? Skriv med hela meningar.)")
    f("Frågeställningar inför mötet", "", "(Vilka frågor behöver lösas?)")
    f("Mina mål", "", "(Skriv med den enskildes egna ord)")
    f("Den enskildes delaktighet och synpunkter, eller skäl till att personen inte deltar",
      "☐ Deltog   ☐ Deltog delvis   ☐ Deltog inte\n\n")
    f("Samtycke till samordnad individuell plan och informationsutbyte mellan huvudmännen",
      "☐ Muntligt   ☐ Skriftligt   Datum: ÅÅÅÅ-MM-DD")
    head("Insatser – vem gör vad och när")
    c = t.add_row().cells
    m = c[0].merge(c[1])
    m.text = ""
    inner = m.add_table(rows=5, cols=4)
    inner.style = "Table Grid"
    for cc, h in zip(inner.rows[0].cells, ["Insats", "Ansvarig verksamhet/funktion",
                                            "Start", "Klart"]):
        cell_text(cc, h, bold=True, size=9)
    repeat_header(inner.rows[0])
    for rr in inner.rows[1:]:
        for cc in rr.cells:
            cell_text(cc, "\n")
    f("Andra aktörers insatser (t.ex. Försäkringskassan, Arbetsförmedlingen, god man, "
      "närstående)", "")
    head("Ansvar och uppföljning")
    f("Huvudansvarig för planen", "Namn: …\nFunktion: …\nVerksamhet: …")
    f("Uppföljning", "Vid behov")
    f("Planen skickas till", "☐ Den enskilde  ☐ Vårdnadshavare  ☐ Företrädare  ☐ Deltagare")
    head("Deltagare")
    c = t.add_row().cells
    m = c[0].merge(c[1])
    m.text = ""
    inner = m.add_table(rows=6, cols=3)
    inner.style = "Table Grid"
    for cc, h in zip(inner.rows[0].cells, ["Namn", "Funktion", "Verksamhet/organisation"]):
        cell_text(cc, h, bold=True, size=9)
    for rr in inner.rows[1:]:
        for cc in rr.cells:
            cell_text(cc, "")
    for r_ in t.rows:
        if len(set(id(c._tc) for c in r_.cells)) == 2:
            r_.cells[0].width = Cm(5.5)
            r_.cells[1].width = Cm(11.5)
    os.makedirs(BUILD, exist_ok=True)
    src = os.path.join(BUILD, f"{P}-08.docx")
    doc.save(src)
    subprocess.run(["soffice", f"-env:UserInstallation=file:///tmp/lo-{P}", "--headless",
                    "--convert-to", "pdf", "--outdir", OUT, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=180)


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for fn in (make_01, make_02, make_03, make_04, make_05, make_06, make_07, make_08):
        fn()
    shutil.rmtree(BUILD, ignore_errors=True)
    print("ok:", sorted(os.listdir(OUT)))
