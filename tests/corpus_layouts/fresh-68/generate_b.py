"""Generate batch fresh-68b (prefix f68b-): eight documents, Uppland/Gästrikland, 2025."""
import os
import shutil
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
P = "f68b-"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
PLACEHOLDER = "Klicka eller tryck här för att ange text."


def out(name):
    return os.path.join(OUT, P + name)


def fix_core(doc, title):
    cp = doc.core_properties
    cp.title = title
    cp.author = ""
    cp.last_modified_by = ""
    import datetime
    cp.created = datetime.datetime(2025, 1, 1)
    cp.modified = datetime.datetime(2025, 1, 1)
    cp.revision = 1


# ---------------------------------------------------------------- docx helpers
def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def header_row(table):
    trPr = table.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trPr.append(th)
    for c in table.rows[0].cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.bold = True


def bold_par(doc, text, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    p.paragraph_format.keep_with_next = True
    return p


def add_sdt(paragraph, text=None, tag="fält"):
    """Inline content control (w:sdt) in a paragraph. text=None -> empty, placeholder shown."""
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    alias = OxmlElement("w:alias")
    alias.set(qn("w:val"), tag)
    pr.append(alias)
    t = OxmlElement("w:tag")
    t.set(qn("w:val"), tag)
    pr.append(t)
    if text is None:
        ph = OxmlElement("w:placeholder")
        dp = OxmlElement("w:docPart")
        dp.set(qn("w:val"), "DefaultPlaceholder_-1854013440")
        ph.append(dp)
        pr.append(ph)
        pr.append(OxmlElement("w:showingPlcHdr"))
    pr.append(OxmlElement("w:text"))
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    if text is None:
        rpr = OxmlElement("w:rPr")
        st = OxmlElement("w:rStyle")
        st.set(qn("w:val"), "PlaceholderText")
        rpr.append(st)
        col = OxmlElement("w:color")
        col.set(qn("w:val"), "808080")
        rpr.append(col)
        r.append(rpr)
    te = OxmlElement("w:t")
    te.set(qn("xml:space"), "preserve")
    te.text = PLACEHOLDER if text is None else text
    r.append(te)
    content.append(r)
    sdt.append(content)
    paragraph._p.append(sdt)
    return sdt


def label_field(doc, label, text=None, tag=None):
    p = doc.add_paragraph()
    r = p.add_run(label + " ")
    r.bold = True
    add_sdt(p, text, tag or label.strip(":"))
    return p


def footer_text(section, text):
    fp = section.footer.paragraphs[0]
    fp.text = text
    for r in fp.runs:
        r.font.size = Pt(8)


def header_text(section, text, align=WD_ALIGN_PARAGRAPH.LEFT):
    hp = section.header.paragraphs[0]
    hp.text = text
    hp.alignment = align
    for r in hp.runs:
        r.font.size = Pt(8)


# ---------------------------------------------------------------- 01 docx
def plan01():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    header_text(sec, "Region Uppsala och kommunerna i Uppsala län\tSamordnad individuell plan (SIP)\tMall 2023:2")
    footer_text(sec, "Länsgemensam SIP-mall. Planen förvaras i respektive huvudmans journal/akt.")

    h = doc.add_paragraph()
    r = h.add_run("SAMORDNAD INDIVIDUELL PLAN – SIP")
    r.bold = True
    r.font.size = Pt(15)
    r.font.small_caps = True
    doc.add_paragraph("Enligt 2 kap. 7 § socialtjänstlagen och 16 kap. 4 § hälso- och sjukvårdslagen")

    label_field(doc, "Namn:", "Sara (38 år)", "Namn")
    label_field(doc, "Personnummer:", "ÅÅMMDD-XXXX", "Personnummer")
    label_field(doc, "Datum för SIP-möte:", "2025-03-11", "Mötesdatum")
    label_field(doc, "Plats:", "Psykiatrimottagningen Enköping", "Plats")

    bold_par(doc, "Samtycke och delaktighet")
    for line in [
        "☒ Samtycke till SIP finns",
        "☐ Skriftligt samtycke (blankett bifogas)",
        "☐ Muntligt samtycke, dokumenterat i journal",
    ]:
        doc.add_paragraph(line)
    label_field(doc, "Datum för samtycke:", None, "Samtyckesdatum")
    for line in [
        "☒ Den enskilde deltog i mötet",
        "☐ Den enskilde deltog inte (ange skäl)",
        "☐ Närstående/företrädare deltog",
    ]:
        doc.add_paragraph(line)
    label_field(doc, "Den enskildes synpunkter:",
                "Sara vill att alla kontakter samlas så att hon slipper berätta samma sak för flera "
                "handläggare. Hon vill helst ha möten på förmiddagen och gärna i Enköping, inte i Uppsala.",
                "Synpunkter")

    bold_par(doc, "Deltagare vid mötet (namn, funktion, verksamhet)")
    p = doc.add_paragraph()
    add_sdt(p, None, "Deltagare")

    bold_par(doc, "Syfte med SIP")
    p = doc.add_paragraph()
    add_sdt(p, "Sara har varit sjukskriven på heltid sedan maj 2024 för depression och har både "
               "ekonomiskt bistånd och sjukpenning som inte räcker. Syftet är att psykiatrin, "
               "socialtjänsten, Försäkringskassan och Arbetsförmedlingen samordnar behandling, "
               "ekonomi och en stegvis återgång i arbete så att Sara får en plan att hålla sig till.",
            "Syfte")

    bold_par(doc, "Frågeställningar inför mötet")
    p = doc.add_paragraph()
    add_sdt(p, None, "Frågeställningar")

    bold_par(doc, "Den enskildes mål")
    p = doc.add_paragraph()
    add_sdt(p, "”Jag vill kunna jobba 25 % igen till hösten och orka gå ut med hunden varje dag "
               "utan att behöva lägga mig efteråt.”", "Mål")

    bold_par(doc, "Insatser och ansvar")
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ["Huvudman/aktör", "Insats", "Ansvarig (funktion, enhet)", "När"]):
        c.text = txt
        shade(c, "D9E2F3")
    header_row(t)
    rows = [
        ("Region Uppsala", "KBT-behandling 12 tillfällen, läkarbedömning av medicinering och "
         "sjukskrivningsgrad", "Psykolog och läkare, Psykiatrimottagningen Enköping",
         "KBT start v. 13; läkarbesök 2025-04-08"),
        ("Enköpings kommun", "Utredning och beslut om ekonomiskt bistånd för april–juni, "
         "budgetrådgivning 2 tillfällen", "Socialsekreterare, Försörjningsstöd IFO Enköping",
         "Beslut senast 2025-03-28"),
        ("Försäkringskassan", "Avstämningsmöte om sjukpenning och plan för upptrappning",
         "Handläggare sjukpenning, Försäkringskassan", "2025-04-23"),
        ("Arbetsförmedlingen", "Kartläggning inför arbetsträning via förstärkt samarbete (FK/AF)",
         "Arbetsförmedlare, Arbetsförmedlingen Enköping", ""),
        ("Den enskilde", "Går på KBT-tillfällena, för aktivitetsdagbok och tar med den till läkarbesöket",
         "Sara", "Fortlöpande från v. 13"),
    ]
    for row in rows:
        cells = t.add_row().cells
        for c, txt in zip(cells, row):
            c.text = txt

    bold_par(doc, "Huvudansvar för planen")
    p = doc.add_paragraph()
    add_sdt(p, "Psykiatrimottagningen Enköping", "Huvudansvarig")

    bold_par(doc, "Uppföljning")
    label_field(doc, "Datum för uppföljning:", "2025-05-20 kl. 09.30, Psykiatrimottagningen Enköping",
                "Uppföljning")

    doc.add_paragraph()
    doc.add_paragraph("Planen har lästs upp och godkänts av den enskilde vid mötet.")
    fix_core(doc, "SIP")
    doc.save(out("01.docx"))


# ---------------------------------------------------------------- 02 pdf (fpdf2)
class RS(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 7)
        self.cell(95, 4, "Cosmic – Journalutskrift  |  BUP Uppsala", border=0)
        self.cell(0, 4, f"Utskriftsdatum 2025-09-10   Sida {self.page_no()} ({{nb}})", border=0,
                  align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(10, self.get_y() + 1, 200, self.get_y() + 1)
        self.ln(4)


def plan02():
    pdf = RS(format="A4")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONTB)
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 8, "Samordnad individuell plan (SIP)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 8)
    pdf.cell(0, 5, "Anteckningstyp: SIP-plan   Vårdenhet: BUP Uppsala, öppenvård   Signerad", new_x="LMARGIN",
             new_y="NEXT")
    pdf.ln(2)
    LW, VW = 45, 145

    def row(label, value):
        pdf.set_font("DejaVu", "", 9)
        lines = pdf.multi_cell(VW, 5, value, dry_run=True, output="LINES")
        h = max(1, len(lines)) * 5 + 2
        if pdf.get_y() + h > pdf.h - 15:
            pdf.add_page()
        x, y = pdf.get_x(), pdf.get_y()
        pdf.set_fill_color(225, 225, 225)
        pdf.rect(x, y, LW, h, style="DF")
        pdf.rect(x + LW, y, VW, h)
        pdf.set_xy(x + 1, y + 1)
        pdf.set_font("DejaVu", "B", 8)
        pdf.multi_cell(LW - 2, 4, label)
        pdf.set_xy(x + LW, y + 1)
        pdf.set_font("DejaVu", "", 9)
        pdf.multi_cell(VW, 5, value)
        pdf.set_xy(x, y + h)

    row("Patient", "Elias, 15 år\nPersonnummer: XXXXXX-XXXX")
    row("Datum för möte", "2025-09-04, BUP Uppsala (mötet hölls i Bålsta, Vårdcentralen Bålsta, lokal 2)")
    row("Deltagare", "Elias, mamma, kurator, skolsköterska, BUP-behandlare, socialsekreterare")
    row("Samtycke", "Samtycke finns.")
    row("Syfte", "Samordning.")
    row("Frågeställningar",
        "1. Hur ska skolan och BUP lägga upp samtalen så att Elias inte missar fler lektioner i "
        "matematik och svenska?\n2. Vem kontaktar mamma om skolan ser nya skador?\n"
        "3. Behöver familjen stöd från socialtjänsten i Håbo under hösten?")
    row("Bakgrund",
        "Elias går i åk 9 i Bålsta. Sedan i våras skär han sig på underarmarna, senast i augusti. "
        "Han har haft hög frånvaro (ca 30 %) och sover dåligt. Kontakt med BUP sedan 2025-05. "
        "Ingen akut suicidrisk enligt bedömning 2025-08-28.")
    row("Den unges delaktighet",
        "Elias deltog på hela mötet tillsammans med mamma. Elias önskar att så få personer som "
        "möjligt på skolan känner till självskadan och att samtalen på BUP ligger efter skoltid. "
        "Han vill inte att hans klassföreståndare är med på mötena.")
    row("Insats 1",
        "DBT-inspirerad individualbehandling, varannan vecka, med färdighetsträning och "
        "kedjeanalyser.\nAnsvarig: behandlare, BUP Uppsala. Start 2025-09-15, 10 tillfällen.")
    row("Insats 2",
        "Elevhälsan: stödsamtal med kurator en gång/vecka (onsdagar) och anpassad studiegång i "
        "två ämnen.\nAnsvarig: kurator och rektor, Gransäterskolan, Håbo kommun. Från v. 38.")
    row("Insats 3",
        "Skolsköterskan gör sårkontroll vid behov och kontaktar mamma och BUP samma dag om nya skador "
        "upptäcks.\nAnsvarig: skolsköterska, Elevhälsan Håbo. Gäller från 2025-09-08.")
    row("Insats 4",
        "Föräldraskapsstöd (Komet), 6 träffar för mamma.\n"
        "Ansvarig: socialsekreterare, Barn och familj, Socialtjänsten Håbo kommun. Start 2025-10-01.")
    row("Huvudansvar", "BUP Uppsala")
    row("Uppföljning", "Vecka 42")
    row("Signering", "Signerad av behandlare BUP Uppsala 2025-09-05")
    pdf.output(out("02.pdf"))


# ---------------------------------------------------------------- 03 txt (cp1252, CRLF)
def plan03():
    new = """\
Hej alla,

tack för mötet i dag. Här kommer mina anteckningar från SIP-uppföljningen
med Bengt på Vårdcentralen Östhammar 2025-04-24. Rätta mig om jag missat
något, annars gäller detta tills nästa möte.

Närvarande: Bengt, Anna, Lars, Maria, Eva

Frågor till mötet: stämma av läget sedan februari.

Hur det har gått:
Bengt har druckit mindre sedan i februari men hade ett återfall runt påsk
(ca 5 dagar). Levervärdena var sämre i mars (ASAT/ALAT förhöjda, lätt
gulhet). Han har fortfarande svårt att ta sig till provtagningen själv
eftersom bussen går sällan från Gimo. Bengt sa på mötet att han själv
tycker att det viktigaste nu är att slippa åka in till Uppsala så ofta och
att han vill ha samma kontaktperson på hemtjänsten.

Bengts eget mål, som han sa det: "Jag vill hålla mig nykter till midsommar
och orka gå ut med hunden varje morgon igen."

Nya överenskommelser:
1. Beroendemottagningen (Region Uppsala, mottagning i Östhammar) har
   återfallsprevention med Lars varannan tisdag kl 10, start 2025-05-06.
   Läkaren där ser över Antabus/naltrexon vid besöket 2025-05-13.
2. Regionen tar levervärden och följer upp leverfunktionen.
3. Hemtjänst Östhammar (Maria, gruppledare) utökar med tillsynsbesök varje
   morgon fr.o.m. 2025-05-01 och försöker ha samma personal på morgnarna.
4. Socialsekreterare vuxen/missbruk IFO Östhammar (Eva) erbjuder
   motiverande samtal varannan vecka från v. 19, första 2025-05-08.
5. Dottern Lina skjutsar Bengt till provtagningen varannan fredag, hon har
   lovat det över sommaren.
6. Bengt går själv på AA-mötet i Östhammar på torsdagar.

Nästa möte: 2025-06-12 kl 13.00, Vårdcentralen Östhammar.

Hälsningar
Anna
Distriktssköterska, Vårdcentralen Östhammar

"""
    quoted = """\
-----Ursprungligt meddelande-----
Från: Anna
Skickat: den 13 februari 2025 15:42
Till: Lars; Maria; Eva
Ämne: SIP Bengt - anteckningar 2025-02-13

Hej,

anteckningar från första SIP-mötet med Bengt i dag.

Bakgrund: Bengt, 60 år, bor ensam i villa utanför Gimo. Alkoholberoende
sedan många år, fettlever och begynnande levercirros enligt ultraljud i
januari. Har hemtjänst för inköp och städning.

Det vi kom överens om:
- Bengt får tid på Beroendemottagningen för bedömning (Lars ordnar).
- Hemtjänsten fortsätter som nu med inköp och städning varje vecka.
- Vårdcentralen tar leverprover en gång i månaden.
- Eva på IFO kontaktar Bengt om motiverande samtal.

Vi ses igen 2025-04-24 kl 13 på vårdcentralen.

/Anna
"""
    body = new + "\n".join("> " + l if l else ">" for l in quoted.splitlines()) + "\n"
    subj = "Sv: SIP Bengt - anteckningar 2025-02-13\n\n"
    text = subj + body
    with open(out("03.txt"), "wb") as f:
        f.write(text.replace("\n", "\r\n").encode("cp1252"))


# ---------------------------------------------------------------- 04 md
def plan04():
    md = """\
# SIP – Alva, 6 år

**Datum:** 2025-02-17
**Plats:** Familjecentralen Heby
**Skriven av:** Sofia, specialpedagog

## 1) Bakgrund

Alva går i förskoleklass på Östra skolan i Heby. Hon har en grav språkstörning
(diagnos av logoped 2024-11) och är svår att förstå för andra än familjen.
Hon blir lätt frustrerad när hon inte blir förstådd och det har blivit konflikter
på rasterna. Till hösten ska hon börja i årskurs 1. Hon har kontakt med
Logopedmottagningen på Vårdcentralen Heby (Region Uppsala) som remitterat henne vidare till
Barn- och ungdomshabiliteringen i Uppsala (Region Uppsala), men inskrivning är inte
klar.

## 2) Syfte

Samordning mellan skola och region.

## 3) Insatser

- [ ] Bildstöd och TAKK i förskoleklassen, hela dagen inkl. fritids *(Sofia, specialpedagog Östra skolan, Heby kommun – från v. 9)*
- [ ] Handledning av personalen i förskoleklass och fritids kring språkstörning *(logoped, Barn- och ungdomshabiliteringen Uppsala – två tillfällen, 2025-03-12 och 2025-04-09)*
- [ ] Logopedbehandling 1 gång/vecka, fokus uttal och ordförråd *(logoped, Logopedmottagningen Vårdcentralen Heby – v. 10–v. 20)*
- [ ] Utredning om anpassningar inför åk 1 och ev. plats i språkgrupp *(rektor Östra skolan och Elevhälsan Heby kommun – beslut senast 2025-05-30)*
- [ ] Inskrivning på habiliteringen och information om föräldrautbildning *(kurator, Barn- och ungdomshabiliteringen Uppsala – senast 2025-03-31)*
- [ ] Stödperson på rasterna under vårterminen *(fritidspedagog Östra skolan – från 2025-02-24)*

Föräldrarna är informerade och delaktiga i arbetet.

## 4) Huvudansvar

Sofia, specialpedagog, Östra skolan, Barn- och utbildningsförvaltningen Heby kommun.

## 5) Uppföljning

Efter påsklovet.

## 6) Närvarande

- mamma Jenny
- pappa Ahmed
- Sofia
- Karin
- Emma
- Petra
"""
    with open(out("04.md"), "w", encoding="utf-8") as f:
        f.write(md)


# ---------------------------------------------------------------- 05 docx
def plan05():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    sec = doc.sections[0]
    header_text(sec, "Älvkarleby kommun – Vård och omsorg / Region Uppsala", WD_ALIGN_PARAGRAPH.RIGHT)
    footer_text(sec, "SIP Tove 2025-04-02")

    doc.add_heading("Samordnad individuell plan", level=1)
    doc.add_paragraph("Tove, 19 år, Skutskär. Personnummer: XXXXXX-XXXX")
    doc.add_paragraph("Mötesdatum: 2025-04-02. Plats: Kommunhuset Skutskär.")

    doc.add_heading("Om mig", level=2)
    doc.add_paragraph(
        "Tove har autism och ADHD. Hon gick ut gymnasiesärskolan i juni 2024 och har sedan dess mest "
        "varit hemma. Hon har svårt med förändringar och nya människor, sover oregelbundet "
        "och har gått ner i vikt under vintern. Hon har beslut om daglig verksamhet enligt LSS sedan "
        "2024-10 men har bara varit där några gånger. Tove var med på hela mötet och berättade själv "
        "vad som är svårt. Hon vill inte ha fler än två nya personer omkring sig åt gången och vill ha "
        "skriftliga scheman med bilder."
    )

    doc.add_heading("Mina mål", level=2)
    for line in [
        "”Jag vill flytta till en egen lägenhet med stöd när jag är 21.”",
        "”Jag vill vara på dagliga verksamheten tre dagar i veckan och jobba med djur eller i köket.”",
        "”Jag vill kunna sova på natten och inte vara så trött.”",
    ]:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(1)
        r = p.add_run(line)
        r.italic = True

    doc.add_heading("Personalens mål och insatser", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Light Grid Accent 1"
    for c, txt in zip(t.rows[0].cells, ["Mål", "Insats", "Vem", "När"]):
        c.text = txt
    header_row(t)
    rows = [
        ("Tove kommer till daglig verksamhet regelbundet",
         "Introduktion med en fast kontaktperson, start två förmiddagar/vecka på Verkstan, bildschema",
         "Enhetschef och kontaktperson, Daglig verksamhet Älvkarleby kommun", "Från 2025-04-14"),
        ("Bättre sömn och stabil vikt",
         "Läkarbedömning av sömn och eventuell melatonin, viktkontroll",
         "Läkare, Vuxenhabiliteringen Uppsala, och sjuksköterska, Vårdcentralen Skutskär",
         "Läkarbesök 2025-05-06, vikt varje månad"),
        ("Förberedelse för eget boende",
         "Ansökan om bostad med särskild service (LSS 9 § 9) utreds, boendestöd i hemmet "
         "två gånger i veckan för att träna matlagning",
         "LSS-handläggare och boendestödjare, Älvkarleby kommun", ""),
        ("Tove förstår sin diagnos",
         "Psykoedukation om autism i grupp, 6 träffar",
         "Kurator, Vuxenhabiliteringen Uppsala", "Hösten 2025, start 2025-09-03"),
    ]
    for row in rows:
        cells = t.add_row().cells
        for c, txt in zip(cells, row):
            c.text = txt

    doc.add_heading("Samtycke", level=2)
    doc.add_paragraph("Tove har gett skriftligt samtycke till SIP och informationsutbyte mellan "
                      "kommunen och regionen på blankett som undertecknades vid mötet 2025-04-02.")

    doc.add_heading("Ansvar för planen", level=2)
    doc.add_paragraph("Älvkarleby kommun")

    doc.add_heading("Närvarande", level=2)
    for x in ["Tove", "LSS-handläggare", "Enhetschef daglig verksamhet", "Kurator",
              "Sjuksköterska", "Boendestödjare"]:
        doc.add_paragraph(x, style="List Bullet")
    fix_core(doc, "SIP")
    doc.save(out("05.docx"))


# ---------------------------------------------------------------- 06 pdf via LibreOffice
def plan06():
    doc = Document()
    doc.styles["Normal"].font.name = "Liberation Sans"
    doc.styles["Normal"].font.size = Pt(10)
    sec = doc.sections[0]
    header_text(sec, "Region Gävleborg – Psykiatriska kliniken, avd 31 Gävle\tSIP vid utskrivning")
    footer_text(sec, "Utskriven från journalsystem 2025-10-17")

    doc.add_heading("SIP inför utskrivning från psykiatrisk slutenvård", level=1)
    doc.add_paragraph("Patient: Johan, 28 år, Hofors. Personnummer: XXXXXX-XXXX")
    doc.add_paragraph("Möte på avdelningen 2025-10-16 (Hofors deltog via Teams). Planerad utskrivning 2025-10-20.")

    bold_par(doc, "Bakgrund")
    doc.add_paragraph(
        "Johan vårdades enligt LPT från 2025-09-22 efter en psykos med förföljelseidéer, konverterad "
        "till frivillig vård 2025-10-06. Första psykosepisoden, cannabisbruk under sommaren. Han bor "
        "ensam i hyreslägenhet i Hofors, har hyresskulder sedan augusti och har inte haft sysselsättning "
        "sedan våren. Behandlas med antipsykotiskt läkemedel (depåinjektion påbörjad 2025-10-10)."
    )
    bold_par(doc, "Syfte")
    doc.add_paragraph(
        "Att Johan får en trygg övergång från avdelningen till hemmet i Hofors med fortsatt "
        "medicinering, hjälp med hyresskulden och stöd i vardagen, så att risken för återinskrivning "
        "minskar under de första veckorna."
    )
    bold_par(doc, "Samtycke")
    doc.add_paragraph("Samtycke finns.")

    bold_par(doc, "Plan efter utskrivning")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ["Dag", "Vad", "Vem"]):
        c.text = txt
        shade(c, "E2EFD9")
    header_row(t)
    rows = [
        ("Dag 1 (2025-10-20)", "Utskrivning. Läkemedelslista och recept klara, hemgång med taxi.",
         "Sjuksköterska, avd 31 Psykiatriska kliniken Gävle"),
        ("Dag 1", "Hembesök eftermiddag, genomgång av lägenheten och veckoschema.",
         "Boendestödjare, Boendestöd Hofors kommun"),
        ("Dag 3 (2025-10-22)", "Första besök i öppenvården, samtal och bedömning av mående.",
         "Fast vårdkontakt (sjuksköterska), Psykiatriska öppenvården Sandviken"),
        ("Vecka 2 (2025-10-27)", "Möte om hyresskulden och ansökan om ekonomiskt bistånd för "
         "skulden samt budget för november.", "Socialsekreterare, Vuxenenheten IFO Hofors"),
        ("Vecka 2–8", "Boendestöd tre gånger i veckan (mån, ons, fre) med struktur, inköp och "
         "måltider.", "Boendestöd Hofors kommun"),
        ("Vecka 3 (2025-11-07)", "Depåinjektion nr 2, därefter var fjärde vecka.",
         "Sjuksköterska, Psykiatriska öppenvården Sandviken"),
        ("Vecka 4 (2025-11-10)", "Bedömning inför sysselsättning enligt SoL, "
         "träfflokalen Hofors.", "Arbetsterapeut, Socialpsykiatrin Hofors kommun"),
        ("Vecka 4 (2025-11-13)", "Läkarbesök, uppföljning av effekt och biverkningar.",
         "Läkare, Psykiatriska öppenvården Sandviken"),
        ("Vecka 6", "Uppföljande SIP-möte.", "Kurator, Psykiatriska öppenvården Sandviken kallar"),
    ]
    for row in rows:
        cells = t.add_row().cells
        for c, txt in zip(cells, row):
            c.text = txt

    bold_par(doc, "Huvudansvar")
    doc.add_paragraph("Kurator Helena, Psykiatriska öppenvården Sandviken, Region Gävleborg.")

    bold_par(doc, "Deltagare")
    doc.add_paragraph("Johan, sjuksköterska, överläkare, kurator, socialsekreterare, boendestödjare")
    fix_core(doc, "SIP utskrivning")
    src = os.path.join(HERE, "build", P + "06.docx")
    os.makedirs(os.path.dirname(src), exist_ok=True)
    doc.save(src)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-f68b-", "--headless",
                    "--convert-to", "pdf", "--outdir", OUT, src], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------- 07 docx
def plan07():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    header_text(sec, "Östhammars kommun, Vård och omsorg – SIP")
    footer_text(sec, "Version 1")

    doc.add_heading("Samordnad individuell plan (SIP)", level=1)
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    vals = [("Namn", "Margit, 84 år", "Personnummer", "ÅÅMMDD-XXXX"),
            ("Datum", "2025-11-05", "Plats", "Vårdcentralen Östhammar"),
            ("Samtycke", "Samtycke finns.", "", "")]
    for r, v in zip(t.rows, vals):
        for c, txt in zip(r.cells, v):
            c.text = txt
    m = t.rows[2].cells[1].merge(t.rows[2].cells[3])
    m.text = "Samtycke finns."
    for r in t.rows:
        for i in (0, 2):
            for p in r.cells[i].paragraphs:
                for run in p.runs:
                    run.bold = True

    doc.add_heading("Syfte", level=2)
    doc.add_paragraph("Samordning av insatser.")
    doc.add_heading("Bakgrund", level=2)
    doc.add_paragraph(
        "Margit bor ensam i villa i Öregrund. Alzheimers sjukdom, diagnos 2023. Hemtjänst morgon och "
        "kväll sedan 2024. Under hösten har hon gått ut på kvällarna och en gång hittats av grannar vid "
        "hamnen. Hon glömmer att äta och har gått ner 4 kg. Sonen bor i Uppsala och har svårt att hinna "
        "med räkningarna och posten."
    )
    doc.add_heading("Frågor inför mötet", level=2)
    for q in ["Kan Margit bo kvar hemma med utökad hemtjänst och trygghetslarm med GPS, eller behöver "
              "hon ansöka om särskilt boende?",
              "Behövs en ny läkarbedömning av medicineringen efter viktnedgången?",
              "Vem hjälper till med ekonomin när sonen inte hinner?"]:
        doc.add_paragraph(q, style="List Number")
    doc.add_heading("Mål", level=2)
    doc.add_paragraph("Målet är att Margit ska kunna bo kvar hemma så länge som möjligt och vara trygg.")

    doc.add_heading("Insatser", level=2)
    it = doc.add_table(rows=1, cols=3)
    it.style = "Table Grid"
    for c, txt in zip(it.rows[0].cells, ["Insats", "Ansvarig", "Tidpunkt"]):
        c.text = txt
        shade(c, "F2F2F2")
    header_row(it)
    for row in [("Fortsatt hemtjänst enligt beslut", "Kommunen", "Löpande"),
                ("Fortsatt kontakt med vårdcentralen", "Regionen", "Vid behov"),
                ("Stöd vid behov", "Kommunen", "")]:
        cells = it.add_row().cells
        for c, txt in zip(cells, row):
            c.text = txt

    doc.add_heading("Andra aktörer", level=2)
    doc.add_paragraph(
        "Sonen Per ansöker om god man hos Överförmyndarnämnden i Östhammar under november och tar "
        "hand om posten fram till att god man är förordnad. Han följer också med Margit på "
        "läkarbesöken på vårdcentralen."
    )
    doc.add_heading("Huvudansvarig för planen", level=2)
    doc.add_paragraph("Bestäms senare.")
    doc.add_heading("Uppföljning", level=2)
    doc.add_paragraph("Bestäms senare.")
    doc.add_heading("Deltagare", level=2)
    pt = doc.add_table(rows=1, cols=3)
    pt.style = "Table Grid"
    for c, txt in zip(pt.rows[0].cells, ["Namn", "Funktion", "Verksamhet"]):
        c.text = txt
    header_row(pt)
    for row in [("Per", "Son", "–"),
                ("Ulla", "Biståndshandläggare", "Äldreomsorgen, Östhammars kommun"),
                ("Kristina", "Gruppledare", "Hemtjänst Östhammar, Öregrund"),
                ("Malin", "Distriktssköterska", "Vårdcentralen Östhammar"),
                ("Jonas", "Demenssjuksköterska", "Östhammars kommun")]:
        cells = pt.add_row().cells
        for c, txt in zip(cells, row):
            c.text = txt
    fix_core(doc, "SIP")
    doc.save(out("07.docx"))


# ---------------------------------------------------------------- 08 docx (not a plan)
def doc08():
    doc = Document()
    doc.styles["Normal"].font.name = "Times New Roman"
    doc.styles["Normal"].font.size = Pt(11)
    sec = doc.sections[0]
    header_text(sec, "ENKÖPINGS KOMMUN\tSamhällsbyggnadsförvaltningen\tDnr BAB 2025-000XXX")
    footer_text(sec, "Enköpings kommun, Samhällsbyggnadsförvaltningen. Kontakt via växeln.")

    doc.add_paragraph("Datum: 2025-06-18")
    doc.add_paragraph("Sökande: Gunnel [efternamn], ÅÅMMDD-XXXX")
    doc.add_paragraph("Fastighet: [fastighetsbeteckning], Enköping")
    doc.add_heading("Beslut om bostadsanpassningsbidrag", level=1)
    bold_par(doc, "Beslut")
    doc.add_paragraph(
        "Samhällsbyggnadsnämnden beviljar bostadsanpassningsbidrag enligt lagen (2018:222) om "
        "bostadsanpassningsbidrag för följande åtgärder:"
    )
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ["Åtgärd", "Beviljat belopp", "Utförs av"]):
        c.text = txt
    header_row(t)
    for row in [("Borttagning av badkar, iordningställande av dusch med golvbrunn", "48 500 kr",
                 "Entreprenör som sökanden anlitar"),
                ("Borttagning av tröskel mellan hall och sovrum samt till balkong", "6 200 kr",
                 "Entreprenör som sökanden anlitar"),
                ("Montering av två stödhandtag vid toalett", "2 100 kr", "Entreprenör som sökanden anlitar")]:
        cells = t.add_row().cells
        for c, txt in zip(cells, row):
            c.text = txt
    doc.add_paragraph("Totalt beviljat bidrag: högst 56 800 kr inklusive moms.")
    doc.add_paragraph("Ansökan om dörrautomatik till entrédörren avslås.")
    bold_par(doc, "Skäl för beslutet")
    doc.add_paragraph(
        "Av intyg från arbetsterapeut vid Vårdcentralen Enköping framgår att sökanden efter en stroke "
        "har nedsatt balans och använder rollator inomhus. Hon kan inte ta sig i och ur badkaret på ett "
        "säkert sätt och trösklarna utgör en fallrisk. Åtgärderna är nödvändiga för att hon ska kunna "
        "använda bostaden. Entrédörren kan enligt intyget öppnas av sökanden med viss ansträngning; "
        "behovet av dörrautomatik bedöms därför inte vara kopplat till funktionsnedsättningen på det "
        "sätt som lagen kräver (7 §)."
    )
    bold_par(doc, "Villkor och utbetalning")
    doc.add_paragraph(
        "Bidraget betalas ut till sökanden eller direkt till entreprenören när åtgärderna är utförda "
        "och faktura med specifikation har kommit in. Åtgärderna ska vara utförda senast 2026-06-18. "
        "Fastighetsägarens medgivande finns bifogat i ärendet."
    )
    bold_par(doc, "Hur man överklagar")
    doc.add_paragraph(
        "Beslutet om avslag kan överklagas hos Förvaltningsrätten i Uppsala. Skrivelsen ska ställas till "
        "förvaltningsrätten men skickas till Samhällsbyggnadsnämnden, Enköpings kommun, inom tre veckor "
        "från den dag du fick del av beslutet."
    )
    doc.add_paragraph()
    doc.add_paragraph("Lena")
    doc.add_paragraph("Handläggare bostadsanpassning")
    fix_core(doc, "Beslut")
    doc.save(out("08.docx"))


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    plan01()
    plan02()
    plan03()
    plan04()
    plan05()
    plan06()
    plan07()
    doc08()
    shutil.rmtree(os.path.join(HERE, "build"), ignore_errors=True)
    print("done:", sorted(os.listdir(OUT)))
