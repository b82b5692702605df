#!/usr/bin/env python3
"""Generate batch f25a SIP plans into plans/ (deterministic)."""
import os, subprocess
from fpdf import FPDF
from fpdf.fonts import FontFace
import docx
from docx.shared import Pt, Cm, RGBColor
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
os.makedirs(OUT, exist_ok=True)
P = "f25a"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def fixed_core(d):
    import datetime
    cp = d.core_properties
    cp.author = "SIP"
    cp.created = datetime.datetime(2025, 1, 1, 8, 0, 0)
    cp.modified = datetime.datetime(2025, 1, 1, 8, 0, 0)
    cp.last_modified_by = "SIP"
    cp.revision = 1


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def header_row(row):
    trPr = row._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trPr.append(th)


def set_cell(cell, text, bold=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)


# ---------------------------------------------------------------- 01 PDF
def plan01():
    class Rec(FPDF):
        def header(self):
            self.set_font("DejaVu", "B", 9)
            self.cell(95, 5, "VårdSam Journal 4.2 – Region Västmanland", border=0)
            self.set_font("DejaVu", "", 8)
            self.cell(0, 5, "Utskriftsdatum: 2025-01-16 10:42", align="R", new_x="LMARGIN", new_y="NEXT")
            self.cell(95, 5, "Dokument: Samordnad individuell plan (SIP)")
            self.cell(0, 5, f"Sida {self.page_no()} ({{nb}})", align="R", new_x="LMARGIN", new_y="NEXT")
            self.line(10, self.get_y() + 1, 200, self.get_y() + 1)
            self.ln(4)

        def footer(self):
            self.set_y(-12)
            self.set_font("DejaVu", "", 7)
            self.cell(0, 5, "Utskriven av: Lena, case manager  |  Utskrift är en kopia – original i journalsystemet", align="C")

    pdf = Rec(format="A4")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONTB)
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_creation_date(__import__("datetime").datetime(2025, 1, 16, 10, 42))
    pdf.alias_nb_pages()
    pdf.add_page()

    def field(label, value, h=None):
        pdf.set_font("DejaVu", "B", 8)
        pdf.set_fill_color(225, 230, 238)
        pdf.cell(0, 5, label, border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 9)
        if value:
            pdf.multi_cell(0, 5, value, border=1, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.cell(0, h or 10, "", border=1, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    def pair(l1, v1, l2, v2):
        pdf.set_font("DejaVu", "B", 8)
        pdf.set_fill_color(225, 230, 238)
        pdf.cell(95, 5, l1, border=1, fill=True)
        pdf.cell(0, 5, l2, border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 9)
        pdf.cell(95, 6, v1, border=1)
        pdf.cell(0, 6, v2, border=1, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 8, "Samordnad individuell plan – SIP", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pair("Patient/brukare", "R. (man, 34 år)", "Personnummer", "XXXXXX-XXXX")
    pair("Mötesdatum", "2025-01-15", "Plats", "Psykiatriska öppenvårdsmottagningen Sala")
    pair("Planstatus", "Upprättad", "Signerad av", "Lena, case manager")
    field("Bakgrund",
          "R. har en schizofrenidiagnos sedan 2019 och har under hösten 2024 haft ett skov med "
          "inläggning på Psykiatriska kliniken Västerås (okt–nov). R. bor i hyresrätt i Sala. Hyresvärden "
          "har skickat en påminnelse om obetald hyra för december och R. har skulder hos Kronofogden "
          "(ca 140 000 kr). Han har sjukpenning som löper ut i mars. Kontakt finns med socialtjänsten "
          "Sala kommun (ekonomiskt bistånd under utredning) och med boendestöd sedan 2023.")
    field("Syfte med SIP",
          "Syftet är att R. ska få behålla sin lägenhet och att psykiatrins behandling, boendestödet och "
          "hjälpen med ekonomin samordnas så att ett nytt skov och en avhysning kan förebyggas.")
    field("Frågeställningar inför mötet", "", h=12)
    field("Den enskildes mål",
          "Målet är att R. ska ha en stabil boendesituation, ta sin medicin regelbundet och ha en plan "
          "för att betala av sina skulder.")
    field("Den enskildes delaktighet och synpunkter",
          "R. deltog under hela mötet. R. berättade att han vill ha färre personer att hålla reda på och "
          "helst träffa samma boendestödjare varje gång. Han vill inte att hans mamma kontaktas utan att "
          "han själv vet om det. Han tycker att depåinjektionen fungerar bättre än tabletter.")
    field("Samtycke till informationsöverföring", "Ja")

    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 7, "Insatser och ansvarsfördelning", new_x="LMARGIN", new_y="NEXT")
    rows = [
        ("Depåinjektion var 14:e dag samt läkarbesök var 3:e månad",
         "Psykiatriska öppenvårdsmottagningen Sala, sjuksköterska/läkare", "Pågår, nästa inj. 2025-01-22"),
        ("Case manager-samtal varannan vecka, stöd vid myndighetskontakter",
         "Psykiatriska öppenvårdsmottagningen Sala, case manager Lena", "Från 2025-01-20"),
        ("Boendestöd 2 ggr/vecka: hjälp med post, räkningar och städning",
         "Boendestödet Sala kommun, boendestödjare", "Från 2025-01-20"),
        ("Utredning av ekonomiskt bistånd för hyran december 2024",
         "Socialtjänsten Sala, försörjningsstöd, socialsekreterare", "Beslut senast 2025-01-31"),
        ("Kontakt med hyresvärden om avbetalningsplan för hyresskulden",
         "Socialtjänsten Sala, socialsekreterare, tillsammans med R.", "Senast 2025-01-24"),
        ("Budget- och skuldrådgivning, genomgång av skulder hos Kronofogden",
         "Budget- och skuldrådgivningen Sala kommun, rådgivare", "Första besök 2025-02-05"),
        ("Bedömning av arbetsförmåga och ev. ansökan om sjukersättning",
         "Försäkringskassan, handläggare", "–"),
        ("Läkarintyg för fortsatt sjukskrivning efter mars",
         "Psykiatriska öppenvårdsmottagningen Sala, läkare", "Senast 2025-03-01"),
        ("Ansöka om god man hos överförmyndaren",
         "R. själv med hjälp av case manager Lena", "Ansökan skickas senast 2025-02-14"),
        ("Som god man: sköta kontakter med Kronofogden och betala hyran i tid",
         "God man (när förordnad), överförmyndaren i Sala", "Från förordnandet, beräknat mars 2025"),
        ("Ta med posten till boendestödet varje besök",
         "R. själv", "Från 2025-01-20"),
        ("Vid tecken på försämring (sömnbrist, misstänksamhet) kontakta mottagningen samma dag",
         "Boendestödet Sala kommun / Psykiatriska öppenvårdsmottagningen Sala", "Löpande, gäller fr.o.m. 2025-01-15"),
    ]
    pdf.set_font("DejaVu", "", 8.5)
    hstyle = FontFace(emphasis="BOLD", fill_color=(200, 210, 225))
    with pdf.table(col_widths=(80, 65, 45), headings_style=hstyle, repeat_headings=1,
                   line_height=5, text_align="LEFT") as t:
        r = t.row()
        for h in ("Insats / åtgärd", "Ansvarig (verksamhet, funktion)", "Tidpunkt"):
            r.cell(h)
        for row in rows:
            r = t.row()
            for c in row:
                r.cell(c)
    pdf.ln(3)
    field("Övriga aktörers insatser (utanför kommun och region)",
          "Försäkringskassan: handläggaren gör en bedömning av arbetsförmågan och tar ställning till om "
          "R. ska ansöka om sjukersättning. God man (när förordnad) tar över kontakterna med Kronofogden "
          "och hyresvärden. R. själv tar med posten till boendestödet och skickar ansökan om god man.")
    field("Huvudansvar för planen",
          "Lena, case manager, Psykiatriska öppenvårdsmottagningen Sala, Region Västmanland. "
          "Nås via växeln.")
    pair("Uppföljning", "2025-03-18 kl. 13.00", "Plats", "Psykiatriska öppenvårdsmottagningen Sala")
    field("Deltagare",
          "R. (brukare)\n"
          "Lena, case manager, Psykiatriska öppenvårdsmottagningen Sala\n"
          "Tomas, överläkare, Psykiatriska öppenvårdsmottagningen Sala\n"
          "Johanna, socialsekreterare, försörjningsstöd, Socialtjänsten Sala kommun\n"
          "Emir, boendestödjare, Boendestödet Sala kommun\n"
          "Karin, handläggare, Försäkringskassan (deltog via Teams)")
    pdf.output(os.path.join(OUT, f"{P}-01.pdf"))


# ---------------------------------------------------------------- 02 DOCX
def plan02():
    d = docx.Document()
    fixed_core(d)
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Region Västmanland · Geriatriska kliniken, avd 3, Västmanlands sjukhus Köping"
    hp.runs[0].font.size = Pt(8)
    d.add_heading("SIP vid utskrivning", level=1)
    p = d.add_paragraph()
    p.add_run("Enligt lagen (2017:612) om samverkan vid utskrivning från sluten hälso- och sjukvård").italic = True

    t = d.add_table(rows=0, cols=2); t.style = "Table Grid"
    for a, b in [
        ("Patient", "B-O, 84 år"),
        ("Personnummer", "ÅÅMMDD-XXXX"),
        ("Hemkommun", "Kungsör"),
        ("Inskrivningsdatum", "2024-11-02"),
        ("Planerat utskrivningsdatum", "2024-11-19"),
        ("Datum för SIP-möte", "2024-11-15 (på avdelningen, kommunen deltog via Skype)"),
        ("Fast vårdkontakt i primärvården", "Vårdcentralen Kungsör"),
        ("Samordningsansvarig", "Biståndshandläggare"),
    ]:
        c = t.add_row().cells
        set_cell(c[0], a, bold=True); set_cell(c[1], b)
        shade(c[0], "E7EEF5")

    d.add_heading("Bakgrund", level=2)
    d.add_paragraph(
        "B-O föll i hemmet 2024-11-01 och opererades för en höftfraktur (sv. lårbenshalsfraktur) "
        "höger sida 2024-11-02. Postoperativt förvirrad första dygnen, nu klar. Tidigare hjärtsvikt och "
        "förmaksflimmer, står på Eliquis. Bor ensam i villa i Kungsör med trappa till övervåningen där "
        "sovrummet finns. Hade före fallet ingen hemtjänst. Går nu med rollator inomhus, behöver hjälp "
        "vid dusch och påklädning av strumpor.")
    d.add_heading("Syfte", level=2)
    d.add_paragraph(
        "Syftet är att B-O ska kunna skrivas ut till sitt hem i Kungsör på ett tryggt sätt, med "
        "hemtjänst, rehabilitering och hemsjukvård på plats från första dagen, så att ett nytt fall "
        "och en återinläggning kan undvikas.")
    d.add_heading("Patientens mål", level=2)
    d.add_paragraph(
        "Målet är att B-O ska kunna bo kvar hemma och på sikt klara förflyttningar och personlig "
        "hygien själv.")
    d.add_heading("Patientens delaktighet", level=2)
    d.add_paragraph("B-O deltog på mötet på avdelningen.")
    d.add_heading("Samtycke", level=2)
    d.add_paragraph("Samtycke finns.")

    d.add_heading("Planerade insatser efter utskrivning", level=2)
    t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
    hdr = t.rows[0]; header_row(hdr)
    for i, h in enumerate(["Insats", "Utförare (enhet/funktion)", "Start", "Omfattning / kommentar"]):
        set_cell(hdr.cells[i], h, bold=True); shade(hdr.cells[i], "BDD7EE")
    rows = [
        ("Hemtjänst: hjälp med dusch, påklädning av stödstrumpor och inköp",
         "Hemtjänst Kungsör norra, undersköterskor", "2024-11-19",
         "Morgon dagligen, dusch 2 ggr/v, inköp 1 g/v"),
        ("Trygghetslarm", "Kungsörs kommun, larmgruppen/biståndshandläggare", "2024-11-19",
         "Installeras utskrivningsdagen"),
        ("Hembesök av arbetsterapeut: bedömning av trappa, toalettförhöjning, duschpall",
         "Rehab Kungsör, kommunal arbetsterapeut", "2024-11-20", ""),
        ("Gångträning och fallprevention i hemmet",
         "Rehab Kungsör, kommunal fysioterapeut", "2024-11-21", "1 g/vecka i 6 veckor"),
        ("Läkemedelsgenomgång, uppföljning av Eliquis och smärtlindring",
         "Vårdcentralen Kungsör, distriktsläkare", "2024-12-03", "Läkarbesök bokat"),
        ("Suturtagning och såromläggning",
         "Hemsjukvården Kungsör, distriktssköterska", "2024-11-22", ""),
        ("Utskrivningsmeddelande och läkemedelslista till hemsjukvården",
         "Geriatriska kliniken avd 3, sjuksköterska", "2024-11-19", "Skickas i samband med hemgång"),
    ]
    for r in rows:
        c = t.add_row().cells
        for i, v in enumerate(r):
            set_cell(c[i], v, size=10)

    d.add_heading("Uppföljning", level=2)
    d.add_paragraph("Uppföljning sker om ca fyra veckor efter hemgång. Hemsjukvården kallar.")
    d.add_heading("Deltagare", level=2)
    for x in ["Patienten", "Sjuksköterska, avdelningen", "Fysioterapeut, avdelningen",
              "Biståndshandläggare", "Distriktssköterska"]:
        d.add_paragraph(x, style="List Bullet")
    fp = sec.footer.paragraphs[0]
    fp.text = "Planen delas i Lifecare SP. Ev. ändringar dokumenteras där."
    fp.runs[0].font.size = Pt(8)
    d.save(os.path.join(OUT, f"{P}-02.docx"))


# ---------------------------------------------------------------- 03 DOCX
def plan03():
    d = docx.Document()
    fixed_core(d)
    st = d.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10.5)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Fagersta kommun – Individ- och familjeomsorgen\tSIP\t2025-02-03"
    hp.runs[0].font.size = Pt(8)

    def h(txt):
        p = d.add_paragraph()
        r = p.add_run(txt); r.bold = True; r.font.size = Pt(12)
        p.paragraph_format.space_before = Pt(10)

    t = d.add_paragraph(); r = t.add_run("SAMORDNAD INDIVIDUELL PLAN"); r.bold = True; r.font.size = Pt(16)
    d.add_paragraph("Namn: E. (19 år)    Personnummer: XXXXXX-XXXX    Mötesdatum: 2025-02-03")
    h("1. BAKGRUND")
    d.add_paragraph(
        "E. har använt cannabis dagligen sedan ca 16 års ålder och under det senaste året även "
        "tabletter (benzodiazepiner) som köpts illegalt. E. avbröt gymnasiet (El- och energi) i åk 2 "
        "och bor ensam i en andrahandslägenhet i Fagersta. Inlagd på Beroendekliniken Västerås för abstinensbehandling "
        "i januari 2025. IFO har en pågående utredning enligt SoL efter egen ansökan om stöd. "
        "Sömnsvårigheter och misstänkt ADHD, ej utredd.")
    h("2. SYFTE")
    d.add_paragraph("Samordning av insatser.")
    h("3. FRÅGESTÄLLNINGAR")
    for q in ["Vem ansvarar för urinprovtagningen – öppenvården i kommunen eller Beroendemottagningen?",
              "Kan en ADHD-utredning påbörjas trots pågående missbruk, eller krävs en period av drogfrihet först?",
              "Vilka möjligheter finns att återuppta studier på Komvux Fagersta under hösten?"]:
        d.add_paragraph(q, style="List Bullet")
    h("4. DELAKTIGHET")
    d.add_paragraph("E. deltog på mötet.")
    h("5. SAMTYCKE")
    d.add_paragraph("Skriftligt samtycke till SIP och informationsutbyte mellan IFO Fagersta, "
                    "Beroendemottagningen Fagersta och Vårdcentralen Fagersta inhämtat på kommunens "
                    "blankett 2025-02-03. Samtycket gäller i ett år.")
    h("6. INSATSER")
    d.add_paragraph("Se handlingsplan på nästa sida.")

    # landscape section
    s2 = d.add_section()
    s2.orientation = WD_ORIENT.LANDSCAPE
    s2.page_width, s2.page_height = s2.page_height, s2.page_width
    p = d.add_paragraph(); r = p.add_run("HANDLINGSPLAN"); r.bold = True; r.font.size = Pt(12)
    t = d.add_table(rows=1, cols=4); t.style = "Table Grid"
    header_row(t.rows[0])
    for i, hh in enumerate(["Aktivitet", "Utförare", "Tidsram", "Uppföljs av"]):
        set_cell(t.rows[0].cells[i], hh, bold=True); shade(t.rows[0].cells[i], "D9D9D9")
    rows = [
        ("Öppenvårdsbehandling (återfallsprevention, ÅP) individuellt 1 g/vecka",
         "Öppenvården Fagersta kommun (Beroendeenheten), behandlare",
         "Från 2025-02-10, 12 veckor", "Socialsekreterare IFO"),
        ("Urinprov (drogscreening) 2 ggr/vecka, resultat delges IFO",
         "Beroendemottagningen Fagersta, sjuksköterska",
         "Från 2025-02-05 t.o.m. 2025-05-05", "Läkare Beroendemottagningen"),
        ("Läkarbedömning av sömnproblem och ställningstagande till ADHD-utredning",
         "Beroendemottagningen Fagersta, läkare",
         "Bedömning senast 2025-03-14", "Läkare Beroendemottagningen"),
        ("Utredning enligt 11 kap. 1 § SoL slutförs och beslut om insats",
         "IFO Fagersta, vuxengruppen, socialsekreterare",
         "Klar senast 2025-03-31", "Enhetschef vuxengruppen"),
        ("Studie- och yrkesvägledning inför ansökan till Komvux",
         "Komvux Fagersta, studie- och yrkesvägledare",
         "Samtal v. 9 (bokat 2025-02-26)", "Socialsekreterare IFO"),
        ("Hälsokontroll och provtagning (lever, hepatit)",
         "Vårdcentralen Fagersta, distriktssköterska",
         "2025-02-12", "Läkare Beroendemottagningen"),
    ]
    for row in rows:
        c = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(c[i], v)
    for row in t.rows:
        for i, w in enumerate([Cm(8.5), Cm(7), Cm(5), Cm(4.5)]):
            row.cells[i].width = w

    s3 = d.add_section()
    s3.orientation = WD_ORIENT.PORTRAIT
    s3.page_width, s3.page_height = s3.page_height, s3.page_width
    h("7. ANSVAR FÖR PLANEN")
    d.add_paragraph("Huvudansvarig för planen är socialsekreteraren.")
    h("8. UPPFÖLJNING")
    p = d.add_paragraph(); r = p.add_run("Klicka eller tryck här för att ange text.")
    r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    h("9. DELTAGARE")
    for x in ["E.", "Socialsekreterare", "Behandlare", "Läkare", "Sjuksköterska",
              "Studie- och yrkesvägledare"]:
        d.add_paragraph(x, style="List Bullet")
    d.save(os.path.join(OUT, f"{P}-03.docx"))


# ---------------------------------------------------------------- 04 MD
PLAN04 = """# Min plan – SIP

**Alex, 11 år** · Möte på Stureskolan i Arboga, tisdag 12 november 2024

## Varför har vi det här mötet?

Vi har mötet för att du, Alex, ska kunna komma tillbaka till skolan igen utan att magen
värker och oron tar över, och för att skolan, BUP och socialtjänsten ska hjälpa dig på
samma sätt i stället för var för sig. Du har inte varit i skolan mer än några timmar i
veckan sedan september.

## Vad ska vi prata om idag?

- Hur det går för dig.

## Det här är viktigt för mig

> "Jag vill kunna gå till skolan tre dagar i veckan innan jul. Och jag vill inte behöva gå
> in i klassrummet när alla redan sitter där."

> "Jag vill att någon möter mig vid dörren på morgonen."

> "Jag vill fortsätta med fotbollen på onsdagar."

## Du var med

Du var med på hela mötet tillsammans med mamma. Du sa att det är jobbigast på morgonen och
i matsalen, och att du helst vill prata med Sara och inte med så många nya vuxna. Du
ritade hur en bra skoldag skulle se ut och den finns med i skolans anteckningar.

## Får vi prata med varandra om dig?

Ja. Du och mamma skrev på samtyckesblanketten på mötet den 12 november 2024. Då får skolan,
BUP och socialtjänsten prata med varandra om hur det går för dig. Ni kan ändra er när ni vill.

## Det här ska vi göra

| Vad | Vem | När |
|---|---|---|
| Någon möter dig vid entrén varje morgon kl. 8.10 och går med dig in | Sara, kurator på Stureskolan | Från måndag 18 november 2024 |
| Du börjar med två lektioner om dagen och ökar sen steg för steg enligt ett schema ni gör tillsammans | Mentor Johanna, Stureskolan | Schemat klart 15 november 2024 |
| Samtal med Peter om oron, där ni övar på det som är jobbigt (KBT) | Peter, psykolog, BUP Västerås | Varannan torsdag från 21 november 2024 |
| En lugn plats i skolan när det blir för mycket | Skolan | – |
| Föräldrastöd för mamma: hur man kan hjälpa till på morgonen | Familjebehandlare Maja, Socialtjänsten Arboga | Första träffen 26 november 2024 |
| Läkarbesök om sömnen | BUP Västerås, läkare | 4 december 2024 |

Mamma är också med och stöttar.

## Vi som var med

- Alex
- Lina (mamma)
- Sara
- Johanna
- Peter
- Maja

## När ses vi igen?

Tisdag **28 januari 2025** kl. 14.00 i Saras rum på Stureskolan.

## Sammankallande och huvudansvarig

Sara, kurator på Stureskolan i Arboga (Arboga kommun), kallar till nästa möte och har
huvudansvaret för att planen följs. Du och mamma kan alltid höra av er till henne via skolans
expedition.
"""

# ---------------------------------------------------------------- 05 TXT
PLAN05 = """MINNESANTECKNINGAR - SIP-MÖTE
Hallstahammars kommun, Socialförvaltningen, LSS-enheten
Datum: 2025-01-21 kl. 09.30-11.00
Plats: Kommunhuset Hallstahammar, rum Kolbäck

Närvarande:
Anna, LSS-handläggare, LSS-enheten Hallstahammars kommun
Kerstin, god man för Jonas (förordnad av överförmyndaren)
Björn, pappa till Jonas
Mikael, kontaktperson LSS, Hallstahammars kommun
Sofie, enhetschef daglig verksamhet Verkstan, Hallstahammars kommun
Fredrik, sjuksköterska, Psykiatriska öppenvårdsmottagningen Västerås (Teams)

Jonas (27 år) har autism och en lindrig intellektuell funktionsnedsättning och
bor i gruppbostad enligt LSS 9 § 9 i Hallstahammar sedan 2021. Jonas deltog
inte i mötet. Han har tidigare blivit mycket stressad av stora möten med många
personer och efter förra mötet hade han svårt att sova i flera nätter, så han
och Mikael kom överens om att Mikael skulle prata med honom innan och framföra
hans synpunkter. Mikael berättade att Jonas har sagt att han inte vill åka till
något korttidsboende, att han tycker det är för högljutt i snickeriet på
Verkstan och att han vill vara kvar på Verkstan men i en mindre grupp. Jonas
vill också att pappa är med när han ska till vårdcentralen.

Den fråga som lyftes först var om den ökade oron och utbrotten på gruppbostaden
under hösten beror på förändringar i personalgruppen eller om det finns en
medicinsk orsak, eftersom Jonas har gått ned ca 6 kg sedan augusti. Pappa
undrade också om det går att söka ledsagarservice så att Jonas kan komma iväg
på bandymatcher igen, och om Jonas ekonomi räcker till det. Målet på sikt är
att Jonas ska kunna flytta till en egen lägenhet med stöd och ha en meningsfull
sysselsättning.

Sofie tar med sig frågan om mindre grupp till Verkstan och återkommer med ett
förslag på en plats i trädgårdsgruppen, som har fyra deltagare, senast den 7
februari. Anna påbörjar en utredning av ledsagarservice enligt LSS 9 § 3 så
snart ansökan kommit in och har som mål att ett beslut ska finnas senast den
14 mars. Kerstin skriver och skickar in ansökan om ledsagarservice tillsammans
med Jonas nästa vecka och ska dessutom ansöka om merkostnadsersättning hos
Försäkringskassan före sista februari, eftersom Jonas har höga kostnader för
kläder och specialkost. Björn följer med Jonas till vårdcentralen när han får
en tid och hjälper till att fylla i viktlistan inför besöket. Regionen ska se
över medicineringen och ta ställning till om viktnedgången behöver utredas
vidare. Mikael fortsätter träffa Jonas varannan lördag som tidigare och
berättar för honom vad som bestämdes på mötet redan på lördag den 25 januari.
Personalen på gruppbostaden för en enkel dagbok över oro och utbrott från och
med 27 januari, som Sofie och Anna går igenom vid nästa möte.

Nästa möte blir vecka 14. Anna skickar kallelse.

Antecknat av: Anna, LSS-handläggare
"""

# ---------------------------------------------------------------- 06 DOCX
def plan06():
    d = docx.Document()
    fixed_core(d)
    st = d.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hp.text = "KÖPINGS KOMMUN\tSocial- och arbetsmarknadsförvaltningen"
    hp.runs[0].font.size = Pt(8); hp.runs[0].bold = True
    fp = sec.footer.paragraphs[0]
    fp.text = "Mall SIP, version 2023-05. Sekretess enligt OSL 26 kap. 1 § och 25 kap. 1 §."
    fp.runs[0].font.size = Pt(7)

    p = d.add_paragraph(); r = p.add_run("Samordnad individuell plan (SIP)"); r.bold = True; r.font.size = Pt(15)

    t = d.add_table(rows=0, cols=2); t.style = "Table Grid"

    def part(title):
        row = t.add_row()
        m = row.cells[0].merge(row.cells[1])
        set_cell(m, title, bold=True)
        m.paragraphs[0].runs[0].font.small_caps = True
        shade(m, "C6D9F1")

    def kv(label, value, grey=False):
        row = t.add_row()
        set_cell(row.cells[0], label, bold=True, size=10)
        shade(row.cells[0], "F2F2F2")
        set_cell(row.cells[1], value, size=10)
        if grey:
            for para in row.cells[1].paragraphs:
                for run in para.runs:
                    run.font.color.rgb = RGBColor(0x80, 0x80, 0x80)

    part("Del 1 – Uppgifter om den enskilde")
    kv("Namn", "M-L")
    kv("Personnummer", "XXXXXX-XXXX")
    kv("Datum för mötet", "2024-10-08")
    kv("Plats", "Vårdcentralen Köping, konferensrummet")
    part("Del 2 – Samtycke och syfte")
    kv("Får vi prata med varandra om dig?",
       "Ja, det sa du på mötet 2024-10-08. Du sa ja till att socialtjänsten, vårdcentralen, "
       "Försäkringskassan och Arbetsförmedlingen får berätta för varandra det som behövs för planen. "
       "Du sa nej till att vi pratar med din före detta man.")
    kv("Syfte med SIP", "Samordning av insatser.")
    kv("Frågeställningar inför mötet", "")
    part("Del 3 – Bakgrund och nuläge")
    kv("Kort bakgrund",
       "M-L är 45 år och bor med sin son (16 år) i lägenhet i Köping. Hon har varit sjukskriven för "
       "depression sedan februari 2024 och sjukpenningen har dragits in från 2024-09-01. Hon har "
       "sedan dess ekonomiskt bistånd. Hon har en behandlingskontakt på vårdcentralen och medicinerar "
       "med sertralin. Har tidigare arbetat som undersköterska på ett äldreboende.")
    part("Del 4 – Den enskildes mål och synpunkter")
    kv("Mina mål (med egna ord)",
       "”Jag vill orka gå upp på morgonen och ha något att göra på dagarna.”\n"
       "”Jag vill jobba igen, men inte inom vården, jag klarar inte stressen där.”")
    kv("Deltog du på mötet? Vad tycker du?",
       "Ja, M-L var med på hela mötet. Hon tycker att det har varit rörigt med för många handläggare "
       "och vill att det blir tydligt vem hon ska ringa. Hon vill börja med något några timmar i "
       "veckan innan hon söker jobb.")
    part("Del 5 – Insatser: vem gör vad och när")
    kv("Vårdcentralen Köping",
       "Samtalsbehandling (KBT) med psykolog, 8 gånger, varannan vecka från 2024-10-15.\n"
       "Läkare gör uppföljning av medicinen och skriver läkarutlåtande om hälsotillstånd till "
       "socialtjänsten senast 2024-10-25.")
    kv("Socialtjänsten Köping, försörjningsstöd",
       "Socialsekreterare Ulrika fortsätter handlägga ekonomiskt bistånd och gör en planering med "
       "M-L om budget vid besök 2024-10-21.")
    kv("Arbetsmarknadsenheten Köping (AME)",
       "Arbetsmarknadskonsulent Hassan: arbetsträning i kommunens secondhandbutik 3 förmiddagar i "
       "veckan, start 2024-11-04.")
    kv("Arbetsförmedlingen",
       "Arbetsförmedlaren tar ställning till om M-L ska skrivas in i programmet Steg till arbete och "
       "kallar till inskrivningsmöte.")
    kv("Försäkringskassan",
       "Handläggaren bedömer M-L:s rätt till aktivitetsstöd när arbetsträningen startar; M-L ansöker "
       "själv via Mina sidor senast 2024-11-04.")
    kv("Den enskilde själv",
       "M-L går på samtalen på vårdcentralen och meddelar Hassan om hon är sjuk en dag när hon ska "
       "vara på arbetsträningen.")
    part("Del 6 – Ansvar och uppföljning")
    kv("Huvudansvarig för planen", "Socialtjänsten Köping")
    kv("Uppföljning (datum)", "2025-01-14 kl. 10.00, Vårdcentralen Köping")
    part("Del 7 – Deltagare på mötet")
    kv("Deltagare", "M-L\nUlrika\nHassan\nMaria\nAnders")
    for row in t.rows:
        row.cells[0].width = Cm(5.5)
        row.cells[1].width = Cm(11.5)
    d.save(os.path.join(OUT, f"{P}-06.docx"))


# ---------------------------------------------------------------- 07 MD
PLAN07 = """# SIP – Uppföljning

**Namn:** S. (52 år)
**Datum för uppföljning:** 2025-04-09
**Plats:** Psykiatriska kliniken Västerås, öppenvårdsmottagning 2
**Ursprunglig plan upprättad:** 2024-12-11 (vid utskrivning från avd 34)

---

**Syfte:** Se tidigare plan.

**Frågeställningar:** Genomgång av läget.

**Den enskildes mål:** Oförändrat.

**Delaktighet:** S. deltog.

## Status för insatser i tidigare plan

| Insats (från planen 2024-12-11) | Ansvarig | Status 2025-04-09 | Fortsättning |
|---|---|---|---|
| Läkarbesök och uppföljning av litiumbehandling, provtagning var 3:e månad | Psykiatriska kliniken Västerås, mottagning 2, läkare | Pågår. Senaste prov 2025-03-20 inom referensvärden. | Nästa läkarbesök 2025-06-17 |
| Stödsamtal med kontaktperson (sjuksköterska) varannan vecka | Psykiatriska kliniken Västerås, mottagning 2, sjuksköterska | Pågår, S. har kommit på alla samtal. | Fortsätter |
| Boendestöd 3 ggr/vecka | Västerås stad, boendestöd Vallby | Genomfört, minskat till 2 ggr/vecka från mars. | Oförändrat |
| Hjälp att söka sysselsättning via Jobbcentrum | Västerås stad, arbetsmarknadsenheten | Ej påbörjad, S. har inte velat. | Tas upp igen |
| Uppföljning av sömn och vikt | Vårdcentralen | Delvis. | – |

**Övriga aktörer:** Kontakt med FK pågår.

**Huvudansvar:** Se tidigare plan.

**Deltagare:** Enligt kallelse.

**Nästa uppföljning:** –

*Antecknat av sjuksköterska, mottagning 2.*
"""

# ---------------------------------------------------------------- 08 TXT
PLAN08 = """================================================================================
 SAMORDNAD INDIVIDUELL PLAN (SIP)                      Norbergs kommun /
                                                       Region Västmanland
================================================================================
Blankett SIP-01 (2024). Fyll i under eller efter mötet. Skriv ut och låt den
enskilde läsa igenom.

Namn: [namn]                                  Personnummer: XXXXXX-XXXX
Datum för mötet: 2025-03-06                   Plats: ___________________

--------------------------------------------------------------------------------
1. SAMTYCKE
Har den enskilde (vid barn: vårdnadshavare) samtyckt till att SIP upprättas
och att information får lämnas mellan de verksamheter som deltar?
   ☐ Ja   ☐ Nej
Samtycket är (ange muntligt eller skriftligt, datum):
________________________________________________________________________________

--------------------------------------------------------------------------------
2. SYFTE MED PLANEN
(Beskriv varför en SIP behövs just nu och vad samordningen ska leda till för
den enskilde.)
________________________________________________________________________________
________________________________________________________________________________

--------------------------------------------------------------------------------
3. FRÅGESTÄLLNINGAR INFÖR MÖTET
(Vilka frågor behöver besvaras på mötet? Vad behöver redas ut mellan
verksamheterna?)
________________________________________________________________________________

--------------------------------------------------------------------------------
4. DEN ENSKILDES MÅL OCH ÖNSKEMÅL
(Skriv med den enskildes egna ord, gärna som citat. Vad vill personen uppnå?)
________________________________________________________________________________

Deltog den enskilde på mötet?   ☐ Ja   ☐ Nej
Om nej, hur har den enskildes synpunkter kommit fram? (t.ex. via
närstående, ombud, samtal före mötet)
________________________________________________________________________________

--------------------------------------------------------------------------------
5. INSATSER
Insats / åtgärd            Ansvarig verksamhet     Funktion        Tidpunkt
(vad ska göras)            (enhet, huvudman)       (vem)           (när)
-------------------------  ----------------------  --------------  ----------
_________________________  ______________________  ______________  __________
_________________________  ______________________  ______________  __________
_________________________  ______________________  ______________  __________

--------------------------------------------------------------------------------
6. ÖVRIGA AKTÖRER
(Insatser från t.ex. Försäkringskassan, Arbetsförmedlingen, god man,
närstående eller den enskilde själv. Ange vem som gör vad. Finns inga, skriv
det.)
________________________________________________________________________________

--------------------------------------------------------------------------------
7. HUVUDANSVAR FÖR PLANEN
Namn/funktion: ______________________  Verksamhet: _____________________________

--------------------------------------------------------------------------------
8. UPPFÖLJNING
Datum för uppföljning (ÅÅÅÅ-MM-DD): Vid behov
Sammankallande: ________________________________________________________________

--------------------------------------------------------------------------------
9. DELTAGARE
Namn                        Funktion                 Verksamhet
Karin
Ahmed
Elin
________________________  _______________________  _____________________________

--------------------------------------------------------------------------------
Planen är upprättad i samråd med den enskilde.   Underskrift: __________________
================================================================================
"""


def write_text(name, text, encoding="utf-8", crlf=False):
    data = text.replace("\n", "\r\n") if crlf else text
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(data.encode(encoding))


def main():
    plan01()
    plan02()
    plan03()
    write_text(f"{P}-04.md", PLAN04)
    write_text(f"{P}-05.txt", PLAN05, encoding="cp1252", crlf=True)
    plan06()
    write_text(f"{P}-07.md", PLAN07)
    write_text(f"{P}-08.txt", PLAN08)


if __name__ == "__main__":
    main()
