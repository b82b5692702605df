#!/usr/bin/env python
"""Generate the f67a batch of fictional SIP documents into plans/ (deterministic)."""
import os
import subprocess
import shutil

from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
os.makedirs(OUT, exist_ok=True)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def header_row(table, labels):
    for i, t in enumerate(labels):
        c = table.rows[0].cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(t)
        r.bold = True


def add_rows(table, rows):
    for row in rows:
        cells = table.add_row().cells
        for i, t in enumerate(row):
            cells[i].text = t


def fix_core(doc, title):
    cp = doc.core_properties
    cp.title = title
    cp.author = ""
    import datetime
    cp.created = datetime.datetime(2025, 1, 1)
    cp.modified = datetime.datetime(2025, 1, 1)
    cp.last_modified_by = ""


# ---------------------------------------------------------------- 01
def plan01():
    doc = Document()
    fix_core(doc, "SIP")
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Samordnad individuell plan (SIP) – Dalsland/Västra Götaland\tSekretess enl. OSL 26 kap. 1 §, 25 kap. 1 §"
    fp = sec.footer.paragraphs[0]
    fp.text = "Länsgemensam mall SIP, version 2024-03"
    doc.add_heading("Samordnad individuell plan – SIP", level=0)
    p = doc.add_paragraph()
    p.add_run("Namn: ").bold = True
    p.add_run("Jonas  ")
    p.add_run("Personnummer: ").bold = True
    p.add_run("ÅÅMMDD-XXXX")
    p = doc.add_paragraph()
    p.add_run("Datum för mötet: ").bold = True
    p.add_run("2025-03-11  ")
    p.add_run("Plats: ").bold = True
    p.add_run("Psykiatrimottagningen Åmål")

    doc.add_heading("1. Syfte med SIP", level=1)
    doc.add_paragraph(
        "Syftet är att Jonas ska få en samlad plan för behandling av sin depression och sitt "
        "alkoholberoende, så att insatserna från psykiatrin, beroendevården och socialtjänstens "
        "vuxenenhet inte krockar och så att han kan behålla lägenheten och komma tillbaka till "
        "arbete på sikt.")

    doc.add_heading("2. Frågeställningar inför mötet", level=1)
    p = doc.add_paragraph("Klicka här för att ange text.")
    p.runs[0].font.color.rgb = RGBColor(0x80, 0x80, 0x80)

    doc.add_heading("3. Den enskildes mål", level=1)
    doc.add_paragraph(
        "”Jag vill sluta dricka på vardagarna och orka gå upp på morgonen. Till sommaren vill jag "
        "kunna ha min dotter hos mig varannan helg igen.”")

    doc.add_heading("4. Den enskildes delaktighet och samtycke", level=1)
    doc.add_paragraph(
        "Jonas deltog hela mötet. Han önskar att samtalskontakten ligger på förmiddagar och att "
        "han inte vill bli inlagd igen om det går att undvika. Han vill själv vara med och "
        "bestämma takten i nedtrappningen av Antabus-behandlingen.")
    doc.add_paragraph("Samtycke finns.")

    doc.add_heading("5. Insatser och ansvar", level=1)
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    header_row(t, ["Insats", "Ansvarig verksamhet", "Funktion", "Start", "Klart"])
    add_rows(t, [
        ["Läkarbedömning och justering av antidepressiv medicinering",
         "Psykiatrimottagningen Åmål", "Psykiatriker", "2025-03-18", "2025-05-30"],
        ["Samtalsbehandling KBT, 12 tillfällen",
         "Psykiatrimottagningen Åmål", "Kurator", "2025-03-25", "2025-06-10"],
        ["Återfallsprevention (ÅP) i grupp, tisdagar",
         "Beroendeenheten Åmål kommun, IFO vuxen", "Behandlare", "2025-04-01", "2025-06-03"],
        ["Provtagning PEth var fjärde vecka",
         "Vårdcentralen Åmål", "Distriktssköterska", "", ""],
        ["Boendestöd 2 ggr/vecka, struktur i vardagen och ekonomi",
         "Socialförvaltningen Åmål, boendestöd", "Boendestödjare", "2025-03-17", "2025-06-12"],
    ])
    doc.add_paragraph()
    doc.add_heading("6. Andra aktörers insatser", level=1)
    doc.add_paragraph("Jonas har kontakt med Försäkringskassan. Arbetsgivaren är informerad om sjukskrivningen.")

    doc.add_heading("7. Huvudansvar för planen", level=1)
    doc.add_paragraph("Karin, socialsekreterare, Vuxenenheten IFO Åmåls kommun.")

    doc.add_heading("8. Uppföljning", level=1)
    doc.add_paragraph("Uppföljande SIP-möte 2025-06-12 kl. 13.00 på Psykiatrimottagningen Åmål. "
                      "Karin kallar.")

    doc.add_heading("9. Deltagare", level=1)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    header_row(t, ["Namn", "Funktion", "Verksamhet"])
    add_rows(t, [
        ["Jonas", "Den enskilde", ""],
        ["Karin", "Socialsekreterare", "Vuxenenheten IFO Åmåls kommun"],
        ["Per", "Behandlare", "Beroendeenheten Åmål kommun"],
        ["Ulrika", "Sjuksköterska", "Psykiatrimottagningen Åmål"],
        ["Ahmed", "Överläkare", "Psykiatrimottagningen Åmål"],
        ["Lisa", "Boendestödjare", "Socialförvaltningen Åmål"],
    ])
    doc.save(os.path.join(OUT, "f67a-01.docx"))


# ---------------------------------------------------------------- 02
class RecPDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 8)
        self.cell(95, 5, "Journalia VGR – Journalutskrift", new_x="RIGHT", new_y="TOP", align="L")
        self.cell(0, 5, f"Utskrift 2025-10-03 09:42   Sida {self.page_no()} ({{nb}})", 0, 1, "R")
        self.line(10, 16, 200, 16)
        self.ln(4)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.cell(0, 5, "Utskriften innehåller uppgifter som omfattas av sekretess.", 0, 0, "C")


def plan02():
    pdf = RecPDF()
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONTB)
    import datetime
    pdf.set_creation_date(datetime.datetime(2025, 10, 3, 9, 42, tzinfo=datetime.timezone.utc))
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(0, 8, "Samordnad individuell plan (SIP)", 0, 1)
    # boxed facts block
    pdf.set_font("DejaVu", "", 9)
    y = pdf.get_y()
    pdf.rect(10, y, 190, 24)
    facts = [("Patient", "Elin, 14 år", "Personnummer", "XXXXXX-XXXX"),
             ("Datum", "2025-09-30", "Vårdenhet", "BUP Uddevalla, mott. Strömstad"),
             ("Journaltyp", "SIP", "Signerad av", "Hanna, kurator BUP")]
    for a, b, c, d in facts:
        pdf.set_x(12)
        pdf.set_font("DejaVu", "B", 9); pdf.cell(28, 7, a + ":", 0, 0)
        pdf.set_font("DejaVu", "", 9); pdf.cell(62, 7, b, 0, 0)
        pdf.set_font("DejaVu", "B", 9); pdf.cell(30, 7, c + ":", 0, 0)
        pdf.set_font("DejaVu", "", 9); pdf.cell(0, 7, d, 0, 1)
    pdf.set_y(y + 28)

    def part(label, text):
        pdf.set_font("DejaVu", "B", 10)
        pdf.cell(0, 6, label, 0, 1)
        pdf.set_font("DejaVu", "", 10)
        if text:
            pdf.multi_cell(0, 5, text)
        pdf.ln(3)

    part("Syfte", "Samordning av insatser.")
    part("Frågeställningar", "")
    part("Bakgrund",
         "Elin går i åk 8 på Strömstiernaskolan. Sedan våren har hon haft tilltagande ångest, "
         "panikattacker i skolan och skadar sig själv genom att skära sig på underarmarna. "
         "Hon har varit inskriven på BUP sedan maj. Frånvaron i skolan är ca 40 % sedan skolstart. "
         "Mamma upplever att hon inte når fram och att skolan och BUP ger olika råd.")
    part("Elins mål",
         "”Jag vill kunna gå till skolan utan att få panik, och jag vill sluta skära mig.” "
         "Hon säger också: ”Jag vill ha en vuxen i skolan som jag kan gå till när det blir för mycket.”")
    part("Delaktighet",
         "Elin deltog den första halvtimmen tillsammans med mamma Sara, därefter deltog mamma ensam. "
         "Elin vill inte att hela klassen ska veta varför hon går ifrån lektioner, och hon önskar "
         "att få sitta nära dörren. Hon vill inte byta behandlare på BUP.")
    part("Samtycke", "Samtycke finns.")
    part("Insatser",
         "- KBT-behandling med inriktning på ångest och självskada, varannan vecka.\n"
         "- Säkerhetsplan vid självskadeimpulser upprättas och delas med mamma och elevhälsan.\n"
         "- Anpassad studiegång: kortare skoldagar under höstterminen, start 08.30, möjlighet att "
         "gå till elevhälsan vid panik (”pausrum”).\n"
         "- Samtalskontakt i skolan en gång i veckan.\n"
         "- Föräldrastöd till mamma enligt Trygghetscirkeln.")
    part("Huvudansvar", "BUP.")
    part("Uppföljning", "Uppföljning av SIP 2025-11-18 kl. 14.00, BUP Uddevalla mottagning Strömstad.")
    part("Deltagare", "Elin, Sara (mamma), Hanna, Mats, Karin, Josefin")
    pdf.output(os.path.join(OUT, "f67a-02.pdf"))


# ---------------------------------------------------------------- 03
TXT03 = """Från: Maria, biståndshandläggare, Säffle kommun
Till: Deltagarna i SIP-mötet 16/9
Ämne: Sammanfattning SIP-möte G. 2025-09-16

Hej alla!

Tack för ett bra möte i tisdags på Säffle sjukhus, avd. 3. Här kommer en
sammanfattning av det vi kom fram till, så att alla har samma bild inför
hemgången.

Vi som var med: G., dottern Lena, Anna, Pia, Tobias och jag.

Syftet med SIP:en är att G. ska kunna flytta hem till villan i Säffle efter
sin stroke i augusti utan att han blir liggande ensam eller återinläggs,
och att hemtjänst, hemrehab och vårdcentralen vet vem som gör vad de
första veckorna. Frågorna vi behövde svar på var framför allt: klarar G.
trappan till övervåningen eller behöver sängen flyttas ned, vem ska sköta
dosetten när han har svårt med vänsterhanden, och behövs trygghetslarm
redan från första dagen?

Målet är att G. ska klara förflyttningar och toalettbesök själv med
rollator och kunna gå till brevlådan på egen hand före jul. G. var med på
mötet hela tiden.

Detta kom vi överens om:

- Hemtjänst Säffle centrum: morgon- och kvällsinsats med hjälp vid dusch,
  påklädning och måltider, start på hemgångsdagen 2025-09-23.
- Trygghetslarm installeras av larmgruppen, Säffle kommun, senast
  2025-09-22.
- Hemrehab Säffle kommun (fysioterapeut): hembesök och
  träningsprogram två gånger i veckan från 2025-09-24, arbetsterapeut
  bedömer trappa och hjälpmedel samma vecka.
- Sängen flyttas ned till vardagsrummet av Lena och hennes man helgen före
  hemgång.
- Vårdcentralen Säffle (distriktssköterska): läkemedelsgenomgång och
  blodtryckskontroll, dosett sköts av distriktssköterskan tills vidare.
- Kuratorn på strokeenheten, Säffle sjukhus, hjälper G. att söka
  bostadsanpassning för ett stödhandtag i badrummet.
- G. själv gör sina hemövningar varje dag enligt programmet från
  fysioterapeuten.

Jag har huvudansvaret för planen (Maria, biståndshandläggare,
Äldreomsorgen Säffle kommun) och kallar till uppföljning.

Vi ses igen för uppföljning i slutet av oktober, jag återkommer med tid.

Hör av er om något blivit fel i sammanfattningen.

Vänliga hälsningar
Maria
Biståndshandläggare, Äldreomsorgen
Säffle kommun
Tel. via växeln
"""


def plan03():
    with open(os.path.join(OUT, "f67a-03.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(TXT03)


# ---------------------------------------------------------------- 04
MD04 = """# SIP – Moa, 21 år

*Möte 2025-02-20 på Arbetsmarknadsenheten Lysekil. Anteckningar: Linnea.*

## Syfte

Moa har ADHD och har varit utan arbete och studier sedan gymnasiet. Syftet
med planen är att samordna stödet från vuxenpsykiatrin, försörjningsstödet,
arbetsmarknadsenheten och Arbetsförmedlingen så att Moa kommer i gång med
en daglig sysselsättning och inte behöver ha fem olika kontakter som ger
olika besked.

## Frågeställningar

Gå igenom läget.

## Moas mål

> "Jag vill ha ett jobb där jag får röra på mig, helst med djur eller
> utomhus. Och jag vill kunna betala hyran själv utan att behöva be mamma."

## Moas delaktighet

Moa var med hela mötet. Hon tycker att möten tidigt på morgonen är svåra
och vill helst ha kontakt via sms-påminnelser. Hon vill inte gå tillbaka
till komvux just nu utan prova praktik först.

## Insatser

| Insats | Vem | Start | Klart |
|---|---|---|---|
| Uppföljning av ADHD-medicinering, dosjustering | Vuxenpsykiatrin Uddevalla, sjuksköterska | 2025-03-03 | 2025-05-30 |
| Psykopedagogisk grupp om ADHD (6 träffar) | Vuxenpsykiatrin Uddevalla, arbetsterapeut | 2025-03-12 | 2025-04-16 |
| Arbetsträning 3 h/dag i kommunens djurpark/naturvård | Arbetsmarknadsenheten Lysekil, jobbcoach | 2025-03-10 | 2025-06-30 |
| Försörjningsstöd under arbetsträningen, budgetsamtal | IFO Lysekil, socialsekreterare | 2025-02-24 | 2025-06-30 |
| Kartläggning och inskrivning i program, ev. SIUS | Arbetsförmedlingen, handläggare | 2025-03-05 | 2025-04-30 |

## Andra aktörer

- Arbetsförmedlingen (handläggare) gör kartläggning och bedömer om Moa kan
  få SIUS-konsulent inför en praktik, se tabellen.
- Mamma skjutsar Moa till arbetsträningen de första två veckorna.
- Moa själv ansöker om aktivitetsstöd via AF:s webb med stöd av
  jobbcoachen.

## Huvudansvar

Linnea, socialsekreterare.
"""


def plan04():
    with open(os.path.join(OUT, "f67a-04.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(MD04)


# ---------------------------------------------------------------- 05
def plan05():
    doc = Document()
    fix_core(doc, "Uppföljning SIP")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Bengtsfors kommun – Barn- och utbildningsförvaltningen / Socialförvaltningen"
    p = doc.add_paragraph()
    r = p.add_run("UPPFÖLJNING AV SAMORDNAD INDIVIDUELL PLAN")
    r.bold = True
    r.font.size = Pt(14)
    p = doc.add_paragraph()
    p.add_run("Barn: ").bold = True
    p.add_run("L., 9 år    ")
    p.add_run("Datum för uppföljning: ").bold = True
    p.add_run("2025-10-07    ")
    p.add_run("Tidigare plan: ").bold = True
    p.add_run("2025-04-08")

    def lab(t):
        p = doc.add_paragraph()
        r = p.add_run(t)
        r.bold = True
        return p

    lab("Syfte")
    doc.add_paragraph("Se tidigare plan.")
    lab("Frågor till dagens möte")
    doc.add_paragraph("Ska L. fortsätta i liten grupp i åk 4 eller gå över till ordinarie klass med "
                      "assistent? Har korttidsvistelsen fungerat, och behövs fler dygn under vintern?")
    lab("Närvarande")
    doc.add_paragraph("Mamma, pappa, mentor, specialpedagog, LSS-handläggare, psykolog, "
                      "kontaktperson korttids.")

    lab("Mål 1 från planen 2025-04-08: L. ska kunna vara i skolan hela skoldagen med stöd.")
    p = doc.add_paragraph()
    p.add_run("Hur har det gått? ").italic = True
    p.add_run("L. är nu i skolan hela dagarna fyra dagar av fem. Fredagar går han hem efter lunch, "
              "vilket föräldrarna tycker fungerar bra. Han har haft två utbrott i september i "
              "samband med vikarier.")
    lab("Mål 2: L. ska ha en fungerande sömn och kunna somna före kl. 22.")
    p = doc.add_paragraph()
    p.add_run("Hur har det gått? ").italic = True
    p.add_run("Melatonin insatt via BUP i maj. Somnar oftast kl. 21–21.30. Vaknar fortfarande "
              "tidigt. Föräldrarna upplever sig mindre slitna.")
    lab("Mål 3: Familjen ska få avlastning.")
    p = doc.add_paragraph()
    p.add_run("Hur har det gått? ").italic = True
    p.add_run("Korttidsvistelse en helg per månad sedan juni. L. har trivts, det har fungerat "
              "bättre än väntat.")

    lab("Föräldrarnas synpunkter")
    doc.add_paragraph("Föräldrarna var med på mötet. (L. deltog inte.)")

    lab("Nya insatser")
    for t in [
        "Bildstöd och schema vid vikarier – skolan tar fram en ”vikariepärm” till 2025-10-31.",
        "Utökad korttidsvistelse till två helger/månad nov–mars – Kommunen.",
        "Uppföljande bedömning av sömn och ev. dosjustering melatonin – BUP.",
        "Föräldrautbildning om autism (4 kvällar) – Habiliteringen Dalsland, start 2025-11-05.",
    ]:
        doc.add_paragraph(t, style="List Bullet")

    lab("Nästa uppföljning")
    doc.add_paragraph("Vecka 48.")
    doc.save(os.path.join(OUT, "f67a-05.docx"))


# ---------------------------------------------------------------- 06
def plan06():
    doc = Document()
    fix_core(doc, "SIP")
    sec = doc.sections[0]
    sec.left_margin = Cm(2)
    sec.right_margin = Cm(2)
    sec.header.paragraphs[0].text = "Torsby kommun  |  Region Värmland"
    h = doc.add_paragraph()
    r = h.add_run("SIP – Samordnad individuell plan")
    r.bold = True
    r.font.size = Pt(15)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    rows = [
        ("Namn", "B., 67 år"),
        ("Personnummer", "XXXXXX-XXXX"),
        ("Datum", "2025-05-22"),
        ("Plats", "Vårdcentralen Torsby"),
        ("Syfte", "Samordning"),
        ("Frågeställningar", ""),
        ("Bakgrund", "B. har KOPD stadium 3 med syrgas i hemmet sedan februari. Två inläggningar på "
                     "Torsby sjukhus under våren p.g.a. exacerbationer. Bor ensam i lägenhet på andra "
                     "våningen utan hiss. Har hemtjänst sedan mars."),
        ("Den enskildes mål", ""),
        ("Den enskildes delaktighet",
         "B. deltog på mötet. "
         "Hon vill ha samma personal från hemtjänsten så långt det går och är orolig för att "
         "hon inte ska få luft på nätterna."),
        ("Samtycke", "Muntligt samtycke till samverkan och till att dela uppgifter lämnades av B. "
                     "på mötet 2025-05-22, antecknat i journalen."),
        ("Insatser", "Fortsatt kontakt med KOL-sjuksköterskan.\n"
                     "Hemtjänst som tidigare, utökas vid behov.\n"
                     "Stöd vid behov från rehab."),
        ("Ansvar", "Regionen och kommunen ansvarar för sina respektive insatser."),
        ("Huvudansvarig", "Hemtjänsten"),
        ("Andra aktörer", ""),
        ("Uppföljning", "2025-09-04 kl. 10.00 på Vårdcentralen Torsby"),
        ("Deltagare", ""),
    ]
    for a, b in rows:
        c = t.add_row().cells
        c[0].text = ""
        c[0].paragraphs[0].add_run(a).bold = True
        c[1].text = b
    t.autofit = False
    t.columns[0].width = Cm(4.5)
    t.columns[1].width = Cm(12.5)
    for row in t.rows:
        row.cells[0].width = Cm(4.5)
        row.cells[1].width = Cm(12.5)
    docx = os.path.join(OUT, "f67a-06.docx")
    doc.save(docx)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-f67a", "--headless",
                    "--convert-to", "pdf", "--outdir", OUT, docx], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.remove(docx)


# ---------------------------------------------------------------- 07
def plan07():
    doc = Document()
    fix_core(doc, "SIP familj")
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Sunne kommun, Individ- och familjeomsorgen"
    sec.footer.paragraphs[0].text = "SIP familj – sida 1"
    doc.add_heading("Samordnad individuell plan – familj", level=1)
    doc.add_paragraph("Gäller: J. (mamma, 41 år) och A. (son, 12 år)\nMötesdatum: 2025-01-28, "
                      "Familjecentralen Sunne")

    doc.add_heading("Syfte", level=2)
    doc.add_paragraph(
        "Planen ska samordna stödet kring både J:s alkoholberoende och A:s stora frånvaro från "
        "skolan, eftersom familjen i dag har kontakt med sex olika verksamheter. Målet med samordningen "
        "är att A. ska komma tillbaka till skolan och att J. ska få behandling utan att A. tar ansvar "
        "för hemmet.")

    doc.add_heading("Mål", level=2)
    doc.add_paragraph("J.: ”Jag vill vara nykter och kunna vara en mamma som A. kan lita på. Jag vill "
                      "kunna följa med på utvecklingssamtalet i vår.”")
    doc.add_paragraph("A.: ”Jag vill kunna gå till skolan utan att oroa mig för mamma. Jag vill börja "
                      "spela innebandy igen.”")

    doc.add_heading("Delaktighet", level=2)
    doc.add_paragraph(
        "J. deltog hela mötet. A. var med första delen tillsammans med mamma och sin mormor. A. sa att "
        "han vill ha färre vuxna runt sig och att han helst vill prata med skolkuratorn, inte med en ny "
        "person. J. vill gå i behandling på dagtid så att hon är hemma när A. kommer från skolan.")
    doc.add_paragraph("Samtycke till samverkan har inhämtats.")

    doc.add_heading("Insatser", level=2)
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Insats", "Vem", "När", "För vem"])
    add_rows(t, [
        ["Öppenvårdsbehandling alkohol (ÅP), 2 dagar/vecka", "Beroendeenheten IFO Sunne, behandlare",
         "Från 2025-02-04", "J."],
        ["Läkemedelsbehandling (naltrexon) och provtagning", "Beroendemottagningen Region Värmland, läkare",
         "Från 2025-02-10", "J."],
        ["Anpassad schemaläggning, mjukstart 3 dagar/vecka, kontaktlärare", "Sunne kommun, skolan",
         "", "A."],
        ["Samtal med skolkurator 1 g/vecka", "Elevhälsan, skolkurator", "Från 2025-02-03", "A."],
        ["Stödsamtal för barn till föräldrar med beroende (”Trappan”)", "Familjecentralen Sunne, "
         "familjebehandlare", "Start 2025-03-05", "A."],
        ["Bedömning av ev. ångest/nedstämdhet", "BUP Karlstad (Region Värmland), psykolog",
         "Vårdcentralen remitterar 2025-02-07", "A."],
    ])
    doc.add_paragraph()
    doc.add_heading("Andra aktörer", level=2)
    doc.add_paragraph("Mormor är ett viktigt stöd i familjen. FK är inkopplad för J.")

    doc.add_heading("Huvudansvar", level=2)
    doc.add_paragraph("Huvudansvarig har inte utsetts.")

    doc.add_heading("Deltagare", level=2)
    for t_ in [
        "J., mamma",
        "A., son (första halvtimmen)",
        "Mormor till A.",
        "Emma, socialsekreterare barn och unga, IFO Sunne kommun",
        "Jesper, behandlare, Beroendeenheten IFO Sunne kommun",
        "Frida, skolkurator, Elevhälsan Sunne kommun",
        "Olle, mentor, Sunne kommun, åk 6",
        "Sanna, sjuksköterska, Beroendemottagningen Region Värmland",
    ]:
        doc.add_paragraph(t_, style="List Bullet")
    doc.save(os.path.join(OUT, "f67a-07.docx"))


# ---------------------------------------------------------------- 08
def plan08():
    doc = Document()
    fix_core(doc, "Minnesanteckningar")
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Åmåls kommun – Samverkansgrupp barn och unga"
    doc.add_heading("Minnesanteckningar – Samverkansgrupp barn och unga", level=1)
    doc.add_paragraph("Datum: 2025-11-13, kl. 09.00–11.00\nPlats: Stadshuset Åmål, sammanträdesrum Vänern")
    p = doc.add_paragraph()
    p.add_run("Närvarande: ").bold = True
    p.add_run("Enhetschef barn och unga IFO Åmål (ordf.), rektor F–6 Kristinebergskolan, "
              "skolsköterska, fältsekreterare, BUP Uddevalla (psykolog), Vårdcentralen Åmål "
              "(distriktssköterska barn), polisen lokalpolisområde Dalsland.")
    p = doc.add_paragraph()
    p.add_run("Sekreterare: ").bold = True
    p.add_run("Fältsekreteraren")

    items = [
        ("1. Föregående anteckningar",
         "Lades till handlingarna utan ändringar."),
        ("2. Avidentifierade ärenden",
         "a) Flicka i åk 7 med långvarig frånvaro. Skolan har gjort orosanmälan. Gruppen diskuterade när "
         "det är lämpligt att föreslå SIP och var överens om att skolan tar upp det med vårdnadshavarna "
         "vid nästa elevhälsomöte. Inga personuppgifter noterades.\n"
         "b) Två pojkar i åk 9 som rör sig i centrum sent på kvällar. Fältsekreterarna och polisen "
         "samordnar helgvandringar under december."),
        ("3. Rutin för kallelse till SIP",
         "Den gemensamma rutinen från 2023 gås igenom. BUP påpekar att kallelser ofta kommer med kort "
         "varsel. Förslag: minst tio arbetsdagar mellan kallelse och möte. Enhetschefen tar med "
         "frågan till ledningsgruppen för Dalslandskommunerna."),
        ("4. Utbildning",
         "Halvdag om SIP för nyanställda planeras till våren tillsammans med Bengtsfors och "
         "Mellerud. Skolsköterskan och BUP-psykologen förbereder ett fall."),
        ("5. Statistik",
         "Under året har 23 SIP-möten hållits där barn- och ungdomsenheten varit sammankallande."),
        ("6. Nästa möte",
         "2025-12-18 kl. 09.00, Stadshuset."),
    ]
    for h_, txt in items:
        doc.add_heading(h_, level=2)
        doc.add_paragraph(txt)
    doc.save(os.path.join(OUT, "f67a-08.docx"))


def normalize_docx(path):
    """Rewrite the zip with fixed timestamps so reruns give identical bytes."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


if __name__ == "__main__":
    for f in (plan01, plan02, plan03, plan04, plan05, plan06, plan07, plan08):
        f()
    for name in sorted(os.listdir(OUT)):
        if name.endswith(".docx"):
            normalize_docx(os.path.join(OUT, name))
    print("done")
