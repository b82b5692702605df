#!/usr/bin/env python
"""Generate the f57a- test plans into plans/. Deterministic: fixed dates, no randomness."""
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
PREFIX = "f57a-"


def fixed_core(doc, title):
    from datetime import datetime
    cp = doc.core_properties
    cp.title = title
    cp.author = ""
    cp.last_modified_by = ""
    cp.created = datetime(2025, 1, 1, 8, 0, 0)
    cp.modified = datetime(2025, 1, 1, 8, 0, 0)
    cp.revision = 1


# ---------------------------------------------------------------------------
# 01  PDF (fpdf2): record print, bold label + dotted leader + value on same line
# ---------------------------------------------------------------------------
def plan01():
    pdf = FPDF(format="A4")
    pdf.set_creation_date(__import__("datetime").datetime(2025, 2, 12, 9, 14))
    pdf.add_font("DV", "", FONT)
    pdf.add_font("DV", "B", FONT_B)
    pdf.set_auto_page_break(False)
    pdf.set_margins(15, 12, 15)
    pdf.add_page()
    # running header
    pdf.set_font("DV", "", 7.5)
    pdf.cell(90, 4, "Journalsystem Region Sörmland – utskrift", new_x="RIGHT", new_y="TOP")
    pdf.cell(0, 4, "Utskriftsdatum 2025-02-12 09:14    Sida 1 (1)", align="R",
             new_x="LMARGIN", new_y="NEXT")
    pdf.line(15, pdf.get_y() + 1, 195, pdf.get_y() + 1)
    pdf.ln(3)
    pdf.set_font("DV", "B", 12)
    pdf.cell(0, 7, "Samordnad individuell plan (SIP)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 8)
    pdf.cell(0, 4, "Journaltyp: Vårdplan/SIP   Vårdenhet: Psykiatriska mottagningen Eskilstuna",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    label_w = 58
    val_x = 15 + label_w + 1
    val_w = 195 - val_x
    lh = 4.6

    def field(label, value):
        y = pdf.get_y()
        pdf.set_font("DV", "B", 8.5)
        lw = pdf.get_string_width(label + " ")
        pdf.set_xy(15, y)
        pdf.cell(lw, lh, label + " ")
        pdf.set_font("DV", "", 8.5)
        dot_w = pdf.get_string_width(".")
        n = int((label_w - lw) / dot_w)
        pdf.cell(label_w - lw, lh, "." * max(n, 3))
        pdf.set_xy(val_x, y)
        pdf.multi_cell(val_w, lh, value, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.9)

    def section(title):
        pdf.ln(1.5)
        pdf.set_font("DV", "B", 9.5)
        pdf.set_fill_color(225, 225, 225)
        pdf.cell(0, 5.5, " " + title, fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.2)

    section("Grunduppgifter")
    field("Patient", "R., ÅÅMMDD-XXXX")
    field("Mötesdatum", "2025-02-11 kl. 13.00–14.30")
    field("Plats", "Psykiatriska mottagningen Eskilstuna, samtalsrum 4")
    field("Deltagare", "R. (patient), kontaktperson, psykiatrisjuksköterska, handläggare "
          "ekonomiskt bistånd, budget- och skuldrådgivare")
    field("Samtycke", "R. lämnade muntligt samtycke vid mötet 2025-02-11 till att "
          "deltagande verksamheter delar information inför och under SIP-mötet.")

    section("Planering")
    field("Syfte med SIP", "Att samordna stödet från psykiatrin och socialtjänsten så att R. "
          "kan behålla sin lägenhet och hålla sig stabil efter slutenvårdstillfället i "
          "december, och att få en plan för skulderna.")
    field("Frågeställningar", "Gå igenom läget.")
    field("Nuläge", "R., 34 år, har schizofreni och vårdades på avd 12 i december. Sedan "
          "utskrivningen tar hon sin medicin men har hyresskuld sedan november och flera "
          "ärenden hos Kronofogden. Hon sover dåligt och öppnar inte posten.")
    field("Den enskildes mål", "\u201dJag vill kunna bo kvar i min lägenhet och slippa vara "
          "rädd varje gång posten kommer.\u201d")
    field("Den enskildes synpunkter", "R. deltog under hela mötet. Hon tycker att hon har för "
          "många kontakter och vill helst ha en person att ringa till. Hon vill inte ha "
          "hembesök före kl. 10.")

    section("Insatser")
    field("Insats 1", "Depåinjektion var 14:e dag samt stödsamtal – psykiatrisjuksköterska, "
          "Psykiatriska mottagningen Eskilstuna. Start 2025-02-18.")
    field("Insats 2", "Boendestöd två gånger i veckan, fokus på post, räkningar och "
          "dygnsrytm – Socialpsykiatrin, Eskilstuna kommun. Start 2025-03-03.")
    field("Insats 3", "Genomgång av skulder, kontakt med hyresvärd och Kronofogden – "
          "budget- och skuldrådgivningen, Eskilstuna kommun.")
    field("Insats 4", "Prövning av ekonomiskt bistånd för hyresskulden – handläggare, "
          "Försörjningsstödsenheten Eskilstuna kommun. Beslut senast 2025-02-20.")
    field("Andra aktörer", "Försäkringskassan och god man berörs.")
    field("Huvudansvar", "Psykiatriska mottagningen Eskilstuna")

    section("Uppföljning")
    field("Uppföljning", "2025-04-08 kl. 13.30, Psykiatriska mottagningen Eskilstuna")
    field("Signerad", "2025-02-12")

    pdf.output(os.path.join(OUT, PREFIX + "01.pdf"))


# ---------------------------------------------------------------------------
# 02  DOCX: 10-year-old with selective mutism, Heading 1, drawings in brackets
# ---------------------------------------------------------------------------
def plan02():
    doc = Document()
    fixed_core(doc, "SIP L.")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Värnamo kommun och Region Jönköpings län\tSamordnad individuell plan"
    fp = sec.footer.paragraphs[0]
    fp.text = "Sekretess enligt OSL 26 kap. och 25 kap."
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    doc.add_paragraph().add_run("Samordnad individuell plan – SIP").bold = True
    doc.paragraphs[-1].runs[0].font.size = Pt(16)
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    rows = [("Barn", "L., 10 år (ÅÅMMDD-XXXX)"),
            ("Vårdnadshavare", "Mamma S. och pappa J."),
            ("Mötesdatum", "2025-09-03"),
            ("Plats", "Elevhälsan, Västra skolan, Värnamo")]
    for r, (a, b) in zip(t.rows, rows):
        r.cells[0].text = a
        r.cells[1].text = b
        r.cells[0].paragraphs[0].runs[0].bold = True

    doc.add_heading("Bakgrund", level=1)
    doc.add_paragraph(
        "L. går i årskurs 4 på Västra skolan. Hon pratar obehindrat hemma med föräldrarna och "
        "lillebror men har sedan förskoleklass inte sagt något i skolan, varken till vuxna eller "
        "till klasskamrater. Under våren i åk 3 ökade oron: hon har haft ont i magen på "
        "söndagskvällar, gråtit vid lämning och varit hemma 14 dagar under vårterminen. BUP "
        "Värnamo har bedömt selektiv mutism och separationsångest. Skolan har gjort en "
        "kartläggning och L. kommunicerar i dag med nickningar och genom att peka.")

    doc.add_heading("Syfte med planen", level=1)
    doc.add_paragraph(
        "Syftet är att skola, BUP och socialtjänst arbetar åt samma håll så att L. blir "
        "tryggare i skolan, kan börja kommunicera med fler vuxna där och att frånvaron "
        "inte ökar under åk 4.")

    doc.add_heading("Frågeställningar", level=1)
    for q in ["Hur ska exponeringen i KBT-behandlingen kopplas till det som händer i klassrummet?",
              "Vem i skolan blir L:s trygga vuxna när mentorn är föräldraledig från oktober?",
              "Behöver föräldrarna eget stöd i hur de ska hantera lämningarna?"]:
        doc.add_paragraph(q, style="List Bullet")

    doc.add_heading("Barnets röst", level=1)
    doc.add_paragraph(
        "L. var med under första halvan av mötet tillsammans med båda föräldrarna. Hon ville "
        "inte prata men hade förberett teckningar hemma med mamma och ritade även under mötet. "
        "Mamma och pappa berättade hur de förstått teckningarna.")
    doc.add_paragraph(
        "[Teckning 1: L. har ritat sig själv i klassrummet, mycket liten, med en stor pratbubbla "
        "som är tom. Bredvid står fröken och många barn med öppna munnar.]")
    doc.add_paragraph(
        "[Teckning 2: L. och kompisen E. sitter på en bänk på skolgården med en hund. Båda "
        "ler. Solen är ritad i hörnet.]")
    doc.add_paragraph(
        "[Teckning 3: Ett hus med en dörr som är stängd. L. har målat dörren svart och satt "
        "en tumme upp vid fönstret där det står \u201dhemma\u201d.]")
    p = doc.add_paragraph()
    p.add_run("Mamma: ").bold = True
    p.add_run("\u201dHon vill verkligen, det märks. Hemma berättar hon om allt som hänt i "
              "skolan, men när hon går in genom skolgrinden är det som att någon stänger av "
              "ljudet.\u201d")
    p = doc.add_paragraph()
    p.add_run("Pappa: ").bold = True
    p.add_run("\u201dDet viktigaste för henne är E. När E. är där går hela dagen "
              "bättre. Hon har sagt hemma att hon inte vill bli tvingad att prata framför "
              "hela klassen.\u201d")
    doc.add_paragraph(
        "L. nickade när vi frågade om det stämde att hon inte vill behöva prata inför hela "
        "klassen, och att hon vill sitta bredvid E.")

    doc.add_heading("Mål", level=1)
    doc.add_paragraph(
        "Målet är att L. ska kunna svara med ord eller viskning till minst en vuxen i skolan "
        "före jullovet, och att hennes frånvaro ska vara under 5 %.")

    doc.add_heading("Insatser och ansvar", level=1)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = ["Insats", "Ansvarig", "När"]
    for c, h in zip(t.rows[0].cells, hdr):
        c.text = h
        c.paragraphs[0].runs[0].bold = True
    ins = [
        ("KBT med gradvis exponering för tal, 12 tillfällen, delvis förlagt till skolan",
         "Psykolog, BUP Värnamo", "Varannan vecka från 2025-09-15"),
        ("Anpassningar i klassrummet: svara skriftligt eller med bildkort, ingen redovisning "
         "inför hela klassen, sitter bredvid E.", "Specialpedagog, Elevhälsan Västra skolan",
         "Från 2025-09-08"),
        ("Samtal i liten grupp (L., E. och kurator) med lekar som gradvis kräver ljud och ord",
         "Skolkurator, Elevhälsan Västra skolan", ""),
        ("Föräldrastödssamtal kring lämning och oro, 5 tillfällen",
         "Familjebehandlare, Familjeenheten IFO Värnamo", "Start 2025-09-10"),
    ]
    for row in ins:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v

    doc.add_heading("Andra aktörer", level=1)
    doc.add_paragraph("Familjen har kontakt med Försäkringskassan angående omvårdnadsbidrag.")

    doc.add_heading("Samtycke", level=1)
    doc.add_paragraph("Samtycke finns från båda vårdnadshavarna.")

    doc.add_heading("Huvudansvar", level=1)
    doc.add_paragraph("Värnamo kommun har huvudansvaret för planen.")

    doc.add_heading("Uppföljning", level=1)
    doc.add_paragraph("Uppföljning efter höstlovet, vecka 45.")

    doc.add_heading("Deltagare", level=1)
    for d in ["L. och vårdnadshavarna S. och J.",
              "Karin, skolkurator, Elevhälsan Västra skolan, Värnamo kommun",
              "Ahmed, specialpedagog, Elevhälsan Västra skolan, Värnamo kommun",
              "Lotta, mentor åk 4, Västra skolan, Värnamo kommun",
              "Helena, psykolog, BUP Värnamo, Region Jönköpings län",
              "Mats, familjebehandlare, Familjeenheten IFO Värnamo kommun"]:
        doc.add_paragraph(d, style="List Bullet")
    doc.save(os.path.join(OUT, PREFIX + "02.docx"))


# ---------------------------------------------------------------------------
# 03  TXT (UTF-8, LF): wiki-style "== Syfte ==" export
# ---------------------------------------------------------------------------
def plan03():
    text = """SIP – Samordnad individuell plan
Sala kommun / Region Västmanland
Utskriven från verksamhetssystemet 2025-05-21

Person: G., ÅÅMMDD-XXXX
Mötesdatum: 2025-05-20
Plats: G:s bostad, Sala

== Deltagare ==
G., Marie, Lena, Peter, Sara

== Syfte ==
Samordning.

== Frågeställningar ==

== Bakgrund ==
G. är 82 år och bor ensam i villa utanför Sala. Han fick en stroke i
mars och vårdades på Västmanlands sjukhus Västerås och därefter på
rehabavdelningen i Sala. Han har nedsatt kraft i vänster arm och går
med rollator inomhus. Sedan hemkomsten har han varit nedstämd, äter
dåligt och har gått ner 4 kg. Dottern Marie bor i Sala och är där
flera gånger i veckan.

== Mål ==
Att G. ska kunna bo kvar hemma på ett tryggt sätt och att hans
nedstämdhet ska minska.

== Den enskildes delaktighet ==
G. deltog på mötet i sitt hem.

== Insatser ==
- Hemtjänst morgon, lunch och kväll: hjälp med personlig hygien,
  påklädning och måltider. Ansvar: Hemtjänsten Sala norra. Start
  2025-05-26.
- Trygghetslarm. Ansvar: Kommunen.
- Hembesök av arbetsterapeut för bedömning av hjälpmedel i badrum
  och kök samt träning av vänster arm. Ansvar: Rehabenheten Sala
  kommun, vecka 22.
- Bedömning av nedstämdhet och ställningstagande till behandling,
  uppföljning av blodtryck. Ansvar: Regionen.
- Matlådor fem dagar i veckan. Ansvar: Biståndshandläggare, Sala
  kommun, beslut 2025-05-23.

== Övriga aktörer ==
Dottern Marie handlar varje fredag, sköter G:s räkningar och följer
med honom till vårdcentralen. Grannen tar hand om snöskottning och
gräsklippning som tidigare.

== Huvudansvar ==
Biståndshandläggare

== Uppföljning ==
Om tre månader.

Antecknat av Lena
"""
    with open(os.path.join(OUT, PREFIX + "03.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# ---------------------------------------------------------------------------
# 04  MD: man released from prison, measures table with "Klart?"
# ---------------------------------------------------------------------------
def plan04():
    text = """# Samordnad individuell plan (SIP)

**Nyköpings kommun – Vuxenenheten IFO · Region Sörmland · Kriminalvården Frivården Nyköping**

**Namn:** Jonas (ÅÅMMDD-XXXX)
**Datum för möte:** 2025-06-17
**Plats:** Frivården Nyköping

## Deltagare

- Jonas
- Socialsekreterare
- Frivårdsinspektör
- Sjuksköterska beroendevård
- Arbetsförmedlare

## Bakgrund

Jonas är 41 år och frigavs 2025-06-02 efter att ha avtjänat ett straff på två år och sex
månader. Han har ett långvarigt beroende av amfetamin och alkohol men har varit drogfri
under det sista året på anstalten och gått ett återfallspreventionsprogram där. Han bor
just nu tillfälligt hos sin syster i Nyköping och har ingen egen bostad. Han har en
villkorlig frigivning med övervakning till december 2025. Han har inte arbetat sedan
2019 men har truckkort och har tidigare jobbat på lager.

## Syfte

Syftet med planen är att Jonas ska få ett samordnat stöd från frivården, socialtjänsten,
beroendevården och Arbetsförmedlingen under de första månaderna efter frigivningen, så
att han kan hålla sig drogfri, få ett eget boende och komma närmare arbete.

## Jonas egna mål

> "Jag vill ha ett eget kontrakt och ett riktigt jobb innan jul. Och jag vill inte
> tillbaka dit, aldrig mer."

## Jonas synpunkter

Jonas deltog under hela mötet. Han säger att det viktigaste för honom är att slippa bo
hos systern, eftersom hon har barn och han inte vill vara i vägen. Han vill inte gå i
grupp på beroendemottagningen till att börja med utan hellre ha enskilda samtal. Han tycker
att det är för många möten första veckorna och önskar att de kan läggas samma dag.

## Insatser

| Insats | Ansvarig | När | Klart? |
|---|---|---|---|
| Övervakningsmöten, planering av villkor och programmet "Återfallsprevention" | Frivårdsinspektör, Frivården Nyköping | Varje tisdag fr.o.m. 2025-06-24 | Pågår |
| Ansökan om bostad med socialt kontrakt (träningslägenhet) | Socialsekreterare, Vuxenenheten IFO Nyköping | Utredning klar 2025-07-15 | Nej |
| Ekonomiskt bistånd juni–juli i väntan på aktivitetsstöd | Handläggare, Försörjningsstöd Nyköping | Beslut 2025-06-20 | Ja |
| Enskilda återfallspreventiva samtal och urinprov | Sjuksköterska, Beroendemottagningen Nyköping | Varannan vecka från 2025-06-25 | Pågår |
| Läkarbedömning av sömn och eventuell ADHD-utredning | Läkare, Beroendemottagningen Nyköping | | Nej |
| Inskrivning och kartläggning, därefter Rusta och matcha mot lager/logistik | Arbetsförmedlare, Arbetsförmedlingen Nyköping | Inskrivning 2025-06-19 | Ja |
| Anmäla sig till bostadskön och gå på samtliga övervakningsmöten | Jonas själv | Bostadskö senast 2025-06-30 | Nej |

## Andra aktörer

Frivården och Arbetsförmedlingen har insatser enligt tabellen ovan. Systern Anna låter
Jonas bo kvar i gästrummet tills träningslägenheten är klar, och skjutsar honom till
beroendemottagningen de första gångerna.

## Huvudansvar

Huvudansvarig för planen är Emir, socialsekreterare på Vuxenenheten, IFO Nyköpings kommun.
"""
    with open(os.path.join(OUT, PREFIX + "04.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# ---------------------------------------------------------------------------
# 05  DOCX: numbered measures, unit in parentheses at end, some without time
# ---------------------------------------------------------------------------
def plan05():
    doc = Document()
    fixed_core(doc, "SIP")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Nässjö kommun – Socialtjänsten, Barn och unga"
    p = doc.add_paragraph()
    r = p.add_run("SAMORDNAD INDIVIDUELL PLAN")
    r.bold = True
    r.font.size = Pt(15)
    p = doc.add_paragraph()
    r = p.add_run("Möte 2025-08-21, Familjens hus Nässjö")
    r.italic = True

    def label(txt):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.space_after = Pt(2)
        p.add_run(txt).bold = True

    label("Planen gäller")
    doc.add_paragraph("W., 16 år. Vårdnadshavare: mamma T.")

    label("Närvarande")
    for d in ["W. och mamma T.",
              "Linnea, socialsekreterare, Barn och unga, IFO Nässjö kommun",
              "Oskar, behandlare, Mini-Maria Höglandet, Region Jönköpings län",
              "Fredrik, läkare, BUP Nässjö, Region Jönköpings län",
              "Marianne, studie- och yrkesvägledare, Brinellgymnasiet, Nässjö kommun"]:
        doc.add_paragraph(d, style="List Bullet")

    label("Samtycke")
    doc.add_paragraph("Samtycke finns.")

    label("Frågeställningar")
    doc.add_paragraph("Diskutera läget och hur vi går vidare.")

    label("Kort om situationen")
    doc.add_paragraph(
        "W. har ADHD sedan mellanstadiet och medicinerades tidigare men slutade ta sin "
        "medicin i våras. Han har under sommaren rökt cannabis flera gånger i veckan, "
        "enligt honom själv, och det har varit mycket konflikter hemma. Han började på "
        "fordonsprogrammet förra hösten men har hög frånvaro och riskerar att inte få "
        "godkänt i flera kurser. Socialtjänsten har en pågående utredning efter orosanmälan "
        "från skolan i juni.")

    label("W:s egna tankar och mål")
    doc.add_paragraph(
        "W. var med på hela mötet och sa själv det mesta om hur han har det. Han tycker "
        "att vuxna bara tjatar om gräset och att ingen frågar varför han röker. Han vill "
        "inte träffa för många olika personer.")
    doc.add_paragraph(
        "\u201dJag vill klara fordonsprogrammet och få jobba med bilar. Jag vill sluta röka "
        "på vardagar så att jag orkar med skolan, och jag vill att det ska bli lugnare "
        "hemma.\u201d")
    doc.add_paragraph(
        "Mamma T. är orolig men säger att hon ser att W. vill. Hon vill ha hjälp med hur "
        "hon ska prata med honom utan att det blir bråk.")

    label("Insatser")
    items = [
        "Öppenvårdsbehandling för cannabis med MI och drogtester varje vecka, start "
        "2025-08-27 (Mini-Maria Höglandet)",
        "Ny bedömning av ADHD-medicineringen och uppföljning av effekten (BUP Nässjö)",
        "Individuell studieplan med möjlighet att läsa ikapp två kurser, "
        "klar 2025-09-05 (Brinellgymnasiet, studie- och yrkesvägledare)",
        "Kontaktperson enligt SoL 3 kap. 6 b § en kväll i veckan, beslut fattas i samband "
        "med att utredningen avslutas (IFO Barn och unga, Nässjö kommun)",
        "Familjesamtal för W. och mamma om konflikter hemma (Familjebehandlarna, "
        "Familjens hus Nässjö)",
    ]
    for it in items:
        doc.add_paragraph(it, style="List Number")

    label("Huvudansvarig för planen")
    doc.add_paragraph("")

    label("Uppföljning")
    doc.add_paragraph("Vecka 38.")

    doc.save(os.path.join(OUT, PREFIX + "05.docx"))


# ---------------------------------------------------------------------------
# 06  PDF from DOCX via LibreOffice: follow-up plan table
# ---------------------------------------------------------------------------
def plan06_docx(path):
    doc = Document()
    fixed_core(doc, "Uppföljning SIP")
    st = doc.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    hp = sec.header.paragraphs[0]
    hp.text = "Fagersta kommun · Region Västmanland\t\tUppföljning av SIP"
    fp = sec.footer.paragraphs[0]
    fp.text = "Dokumentet förvaras i elevhälsans journal"
    fp.runs[0].font.size = Pt(8)

    doc.add_heading("Uppföljning av samordnad individuell plan", level=1)
    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    vals = [("Elev", "E., 14 år, åk 8", "Mötesdatum", "2025-10-08"),
            ("Vårdnadshavare", "Mamma P.", "Plats", "Elevhälsan, Fagersta"),
            ("Ursprunglig plan", "2025-05-14", "Uppföljning nr", "2"),
            ("Syfte", "Uppföljning av SIP.", "", "")]
    for r, v in zip(t.rows, vals):
        for i, x in enumerate(v):
            r.cells[i].text = x
            if i in (0, 2) and x:
                r.cells[i].paragraphs[0].runs[0].bold = True
    m = t.rows[3].cells[1].merge(t.rows[3].cells[3])
    m.text = "Uppföljning av SIP."

    doc.add_heading("Deltagare", level=2)
    for d in ["Mamma P.",
              "Sofia, skolkurator, Elevhälsan Fagersta kommun",
              "Johan, mentor åk 8, Västanbyskolan, Fagersta kommun",
              "Maria, psykolog, BUP Fagersta, Region Västmanland",
              "Nina, skolsköterska, Elevhälsan Fagersta kommun"]:
        doc.add_paragraph(d, style="List Bullet")
    doc.add_paragraph(
        "E. deltog inte på mötet eftersom hon hade ett prov på samma tid och inte ville "
        "missa det.")

    doc.add_heading("Frågeställningar inför mötet", level=2)
    for q in ["Ska den anpassade studiegången fortsätta under vårterminen eller kan fler "
              "lektioner läggas till?",
              "Behövs fler KBT-sessioner när de tolv planerade är gjorda?",
              "Hur kan E. ta sig till skolan på morgonen när mamma börjar arbeta kl. 6 från "
              "november?"]:
        doc.add_paragraph(q, style="List Bullet")

    doc.add_heading("Insatser", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    hdr = ["Insats", "Hur har det gått?", "Fortsätter? (Ja/Nej)", "Ny tid"]
    for c, h in zip(t.rows[0].cells, hdr):
        c.text = h
        c.paragraphs[0].runs[0].bold = True
    rows = [
        ("Anpassad studiegång, fyra lektioner per dag, ingen idrott",
         "E. har varit i skolan i snitt tre dagar i veckan sedan skolstarten, jämfört med "
         "en dag i veckan i våras. Hon klarar förmiddagarna bäst.", "Ja",
         "Till och med 2026-01-16"),
        ("KBT-behandling mot ångest och undvikande, 12 sessioner",
         "9 av 12 sessioner genomförda. Enligt mamma använder E. andningsövningarna hemma "
         "och går nu till affären ensam.", "Ja",
         "Resterande sessioner klara 2025-11-26"),
        ("Avstämning varje måndag morgon om veckans schema",
         "Fungerar bra när den blir av, men har ställts in tre gånger.", "Ja",
         "Måndagar kl. 8.15"),
        ("Stödsamtal för vårdnadshavare, fyra tillfällen",
         "Avslutat enligt plan. Mamma upplever att hon fått verktyg.", "Nej", "–"),
        ("Hälsosamtal om sömn och skärmvanor",
         "Genomfört i september. E. somnar nu före midnatt de flesta vardagar.", "Nej", "–"),
    ]
    for row in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = v

    doc.add_heading("Övrigt", level=2)
    doc.add_paragraph(
        "Frågan om morgnarna diskuterades utan att vi kom fram till någon lösning. Alla "
        "funderar vidare till nästa möte.")

    doc.add_heading("Huvudansvar och nästa uppföljning", level=2)
    doc.add_paragraph(
        "Huvudansvarig för planen: Sofia, skolkurator, Elevhälsan, Barn- och "
        "utbildningsförvaltningen Fagersta kommun.")
    doc.add_paragraph("Nästa uppföljning: 2025-12-03 kl. 14.00 på Elevhälsan.")
    doc.save(path)


def convert(docx_path, outdir):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-f57a", "--headless",
                    "--convert-to", "pdf", "--outdir", outdir, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=180)


def plan06():
    tmp = tempfile.mkdtemp(prefix="f57a-")
    src = os.path.join(tmp, PREFIX + "06.docx")
    plan06_docx(src)
    normalize_docx(src)
    convert(src, tmp)
    shutil.copy(os.path.join(tmp, PREFIX + "06.pdf"), os.path.join(OUT, PREFIX + "06.pdf"))
    shutil.rmtree(tmp)


# ---------------------------------------------------------------------------
# 07  DOCX: empty template, headings + two-column tables with empty values
# ---------------------------------------------------------------------------
def plan07():
    doc = Document()
    fixed_core(doc, "Mall SIP")
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = ("Region Jönköpings län och länets kommuner\t\t"
                                     "Mall SIP, version 2025-01")
    doc.add_heading("Samordnad individuell plan (SIP)", level=0)
    doc.add_paragraph(
        "Planen upprättas enligt SoL 2 kap. 7 § och HSL 16 kap. 4 §.").runs[0].italic = True

    def tbl(labels):
        t = doc.add_table(rows=len(labels), cols=2)
        t.style = "Table Grid"
        for r, lab in zip(t.rows, labels):
            r.cells[0].text = lab
            r.cells[0].paragraphs[0].runs[0].bold = True
            r.cells[0].width = Cm(5.5)
            r.cells[1].width = Cm(11)
        doc.add_paragraph()

    doc.add_heading("1. Personuppgifter", level=1)
    tbl(["Namn", "Personnummer", "Vårdnadshavare/legal företrädare", "Tolk behövs"])
    doc.add_heading("2. Mötesuppgifter", level=1)
    tbl(["Datum", "Plats", "Typ av möte (SIP/uppföljning)"])
    doc.add_heading("3. Deltagare", level=1)
    tbl(["Namn, funktion, verksamhet", "Namn, funktion, verksamhet",
         "Namn, funktion, verksamhet", "Namn, funktion, verksamhet"])
    doc.add_heading("4. Samtycke", level=1)
    tbl(["Samtycke inhämtat (datum)", "Form (muntligt/skriftligt)", "Gäller verksamheter"])
    doc.add_heading("5. Syfte med SIP", level=1)
    tbl(["Syfte"])
    doc.add_heading("6. Frågeställningar", level=1)
    tbl(["Frågeställningar inför mötet"])
    doc.add_heading("7. Den enskildes mål och synpunkter", level=1)
    tbl(["Mitt mål (med egna ord)", "Mina synpunkter/önskemål",
         "Om den enskilde inte deltar: varför, och hur har synpunkterna förmedlats?"])
    doc.add_heading("8. Insatser", level=1)
    tbl(["Insats 1 – vad, vem, när", "Insats 2 – vad, vem, när",
         "Insats 3 – vad, vem, när", "Insats 4 – vad, vem, när"])
    doc.add_heading("9. Andra aktörers insatser", level=1)
    tbl(["Aktör och insats (t.ex. FK, AF, god man, närstående)"])
    doc.add_heading("10. Huvudansvar", level=1)
    tbl(["Huvudansvarig (namn, funktion, verksamhet)"])
    doc.add_heading("11. Uppföljning", level=1)
    tbl(["Datum för uppföljning", "Plats", "Vem kallar"])
    doc.save(os.path.join(OUT, PREFIX + "07.docx"))


# ---------------------------------------------------------------------------
# 08  DOCX: NOT a plan – steering group minutes about SIP statistics/routines
# ---------------------------------------------------------------------------
def plan08():
    doc = Document()
    fixed_core(doc, "Minnesanteckningar styrgrupp")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    doc.sections[0].header.paragraphs[0].text = (
        "Katrineholms kommun och Region Sörmland – Lokal styrgrupp för samverkan")
    doc.add_heading("Minnesanteckningar från styrgruppsmöte", level=1)
    doc.add_paragraph("Datum: 2025-03-20 kl. 09.00–11.00\nPlats: Kommunhuset Katrineholm, "
                      "rum Forssjö")
    p = doc.add_paragraph()
    p.add_run("Närvarande: ").bold = True
    p.add_run("socialchef Katrineholms kommun, vård- och omsorgschef Katrineholms kommun, "
              "verksamhetschef Vårdcentralen Katrineholm, verksamhetschef "
              "Vuxenpsykiatrin Katrineholm, enhetschef BUP Katrineholm, rektor "
              "representant för grundskolan, samverkanskoordinator (sekreterare)")
    p = doc.add_paragraph()
    p.add_run("Frånvarande: ").bold = True
    p.add_run("verksamhetschef Kullbergska sjukhuset")

    items = [
        ("1. Mötets öppnande och föregående anteckningar",
         "Socialchefen hälsade välkommen. Föregående minnesanteckningar (2024-12-05) "
         "godkändes och lades till handlingarna."),
        ("2. SIP-statistik helår 2024",
         "Samverkanskoordinatorn redovisade statistik från Mina planer. Under 2024 "
         "upprättades 142 SIP i Katrineholm, varav 38 för barn och unga (2023: 119). 61 % av "
         "planerna följdes upp inom angiven tid. Andelen SIP där den enskilde själv deltog var "
         "78 %. Flest SIP initierades av socialtjänsten (54 %), därefter vuxenpsykiatrin "
         "(21 %) och vårdcentralen (12 %). Styrgruppen noterade att få SIP initieras från "
         "skolan trots många elever med hög frånvaro."),
        ("3. Revidering av lokal rutin för SIP",
         "Förslag till reviderad rutin presenterades. Huvudändringar: tydligare krav på att "
         "huvudansvarig ska anges med funktion och verksamhet, att kallelse ska gå ut senast "
         "fem arbetsdagar före mötet, och att uppföljningsdatum ska bestämmas på mötet. "
         "Beslut: rutinen antas med de justeringar som framkom. Gäller från 2025-05-01."),
        ("4. Utbildning",
         "Två halvdagsutbildningar i SIP för nyanställda genomförs under våren, 2025-04-10 och "
         "2025-05-15. Samverkanskoordinatorn ansvarar. Enhetscheferna ansvarar för att "
         "anmäla medarbetare."),
        ("5. Avvikelser i samverkan",
         "Tre avvikelser har inkommit sedan förra mötet, samtliga om att kallelser till SIP "
         "inte besvarats i tid. Ärendena hanteras i ordinarie avvikelseprocess och "
         "återrapporteras anonymiserat."),
        ("6. Övriga frågor",
         "Fråga väcktes om att bjuda in Försäkringskassan och Arbetsförmedlingen till ett "
         "gemensamt informationsmöte om deras roll i SIP. Vård- och omsorgschefen tar kontakt."),
        ("7. Nästa möte",
         "2025-06-12 kl. 09.00, Vårdcentralen Katrineholm."),
    ]
    for h, body in items:
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(8)
        p.add_run(h).bold = True
        doc.add_paragraph(body)
    doc.add_paragraph("Vid anteckningarna: samverkanskoordinator")
    doc.add_paragraph("Justeras: socialchef, verksamhetschef Vuxenpsykiatrin Katrineholm")
    doc.save(os.path.join(OUT, PREFIX + "08.docx"))


def normalize_docx(path):
    """Rewrite the zip with fixed timestamps so the file is byte-identical each run."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def normalize_pdf(path):
    """Same-length replacement of LibreOffice's creation date and document ID."""
    import re
    b = open(path, "rb").read()
    b = re.sub(rb"/CreationDate\(D:\d{14}", b"/CreationDate(D:20251008150000", b)
    b = re.sub(rb"/ID \[ <[0-9A-F]{32}>\s<[0-9A-F]{32}> \]",
               b"/ID [ <" + b"0" * 32 + b">\n<" + b"0" * 32 + b"> ]", b)
    b = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, b)
    open(path, "wb").write(b)


def main():
    os.makedirs(OUT, exist_ok=True)
    plan01()
    plan02()
    plan03()
    plan04()
    plan05()
    plan06()
    plan07()
    plan08()
    for n in ("02", "05", "07", "08"):
        normalize_docx(os.path.join(OUT, PREFIX + n + ".docx"))
    normalize_pdf(os.path.join(OUT, PREFIX + "06.pdf"))


if __name__ == "__main__":
    main()
