#!/usr/bin/env python3
"""Generate batch f86a: fictional, anonymized SIP documents (Dalarna/Gävleborg, 2025).

Run with /work/batches/.venv/bin/python generate.py
Deterministic: fixed texts and dates, no randomness.
"""
import os
import shutil
import subprocess
import tempfile

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
PREFIX = "f86a-"
LO_PROFILE = "file:///tmp/lo-f86a"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


# ---------------------------------------------------------------- helpers
def fixed_core(doc, title, author="", created="2025-01-01T08:00:00"):
    import datetime
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    dt = datetime.datetime.fromisoformat(created)
    cp.created = dt
    cp.modified = dt
    cp.revision = 1


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_cell_borders(cell, color="FFFFFF", sz="12"):
    tcPr = cell._tc.get_or_add_tcPr()
    borders = OxmlElement("w:tcBorders")
    for edge in ("top", "left", "bottom", "right"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), sz)
        el.set(qn("w:color"), color)
        borders.append(el)
    tcPr.append(borders)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def cell_text(cell, text, bold=False, size=None, color=None):
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
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    return cell


def bold_para(doc, text, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    return p


def label_para(doc, label, value):
    p = doc.add_paragraph()
    r = p.add_run(label)
    r.bold = True
    p.add_run(value)
    return p


def header_footer(section, header_text, footer_text=None):
    hp = section.header.paragraphs[0]
    hp.text = header_text
    for r in hp.runs:
        r.font.size = Pt(8)
    if footer_text:
        fp = section.footer.paragraphs[0]
        fp.text = footer_text
        for r in fp.runs:
            r.font.size = Pt(8)


def base_doc(font="Calibri", size=11):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(2.0)
    sec.bottom_margin = Cm(2.0)
    return doc


def to_pdf(docx_path, out_dir):
    subprocess.run(
        ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
         "--convert-to", "pdf", "--outdir", out_dir, docx_path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        timeout=240,
    )


# ---------------------------------------------------------------- 01
def plan01():
    """Minutes with header table and 'Beslut N:' items; Borlänge, adult psychosis + debts."""
    doc = base_doc("Arial", 10.5)
    fixed_core(doc, "Minnesanteckningar SIP", "Vuxenenheten Borlänge",
               "2025-02-19T09:10:00")
    header_footer(doc.sections[0],
                  "Borlänge kommun, Socialförvaltningen – Vuxenenheten\tMinnesanteckningar",
                  "Sekretess enligt OSL 26 kap. 1 § och 25 kap. 1 §")

    t = doc.add_paragraph()
    r = t.add_run("Minnesanteckningar – SIP-möte för Mikael")
    r.bold = True
    r.font.size = Pt(15)

    rows = [
        ("Datum", "2025-02-18"),
        ("Tid", "13.00–14.30"),
        ("Plats", "Vuxenpsykiatrin Borlänge, öppenvårdsmottagningen, samtalsrum 2"),
        ("Närvarande",
         "Mikael, den enskilde\n"
         "Ulla, god man (förordnad av överförmyndaren i Borlänge)\n"
         "Anna, sjuksköterska och case manager, Vuxenpsykiatrin Borlänge, Region Dalarna\n"
         "Per, socialsekreterare, Vuxenenheten, Socialförvaltningen Borlänge kommun\n"
         "Sanna, boendestödjare, Boendestödet Borlänge kommun"),
        ("Frånvarande",
         "Överläkare, Vuxenpsykiatrin Borlänge (förhinder, har lämnat synpunkter till Anna)"),
        ("Protokollförare", "Per, socialsekreterare, Vuxenenheten Borlänge"),
    ]
    tbl = doc.add_table(rows=len(rows), cols=2)
    tbl.style = "Table Grid"
    for i, (k, v) in enumerate(rows):
        cell_text(tbl.rows[i].cells[0], k, bold=True)
        shade(tbl.rows[i].cells[0], "E7E6E6")
        cell_text(tbl.rows[i].cells[1], v)
        tbl.rows[i].cells[0].width = Cm(3.5)
        tbl.rows[i].cells[1].width = Cm(13.0)

    doc.add_paragraph()
    bold_para(doc, "Inledning")
    doc.add_paragraph(
        "Per hälsade välkommen och gick igenom hur mötet skulle gå till. Mikael har "
        "lämnat skriftligt samtycke till att Vuxenpsykiatrin, socialtjänsten, boendestödet "
        "och god man får utbyta uppgifter med varandra. Samtycket skrevs på kommunens "
        "blankett ”Samtycke till samordnad individuell plan” 2025-02-04 och finns i "
        "akten hos Vuxenenheten.")
    doc.add_paragraph(
        "Frågor som togs upp på mötet: Mikael ville ha besked om han måste fortsätta komma "
        "till mottagningen för sprutan var tredje vecka eller om sjuksköterskan kan komma "
        "hem till honom. Ulla tog upp hur skulderna hos Kronofogden ska hanteras nu när "
        "ett nytt utmätningsbeslut har kommit, och Sanna frågade om boendestödet kan "
        "utökas efter inläggningen på avdelning 42 i januari.")

    bold_para(doc, "Beslut")
    items = [
        ("Beslut 1: Depåinjektionen fortsätter var tredje vecka på mottagningen. "
         "Ansvarig: Anna, sjuksköterska, Vuxenpsykiatrin Borlänge. Nästa injektion 2025-02-25.",
         "Mikael berättade att tabletterna han hade tidigare gjorde honom trött och att han "
         "glömde ta dem. Han tycker att sprutan fungerar bättre och vill fortsätta med den. "
         "Hembesök för injektion är inte möjligt i nuläget enligt mottagningens rutiner, men "
         "Anna tar upp frågan med överläkaren igen. Mikael tycker att det är jobbigt att åka "
         "buss till mottagningen när han mår sämre; Sanna följer med honom vid behov."),
        ("Beslut 2: Boendestödet utökas från ett till tre besök i veckan (måndag, onsdag och "
         "fredag eftermiddag) med start 2025-03-03. Ansvarig: Per, socialsekreterare, fattar "
         "beslut senast 2025-02-28; Sanna, Boendestödet Borlänge, verkställer.",
         "Boendestödet ska hjälpa Mikael med struktur i vardagen, inköp, tvätt och att öppna "
         "och sortera post. Mikael föredrar eftermiddagar eftersom han sover dåligt och har "
         "svårt att komma upp på morgonen. Han sa att han inte vill ha besök på helgerna."),
        ("Beslut 3: Ulla, god man, kontaktar Kronofogden om det nya utmätningsbeslutet senast "
         "2025-03-07 och lämnar in ansökan om skuldsanering senast 2025-04-30. Ulla ansöker "
         "även om bostadstillägg hos Försäkringskassan senast 2025-03-14.",
         "Mikael har skulder på ungefär 180 000 kr, mest obetalda hyror, telefonabonnemang och "
         "sms-lån från 2022–2023. Mikael säger att han blir rädd när det kommer brev från "
         "Kronofogden och därför inte öppnar dem. Det bestämdes att all post från "
         "myndigheter går via Ulla. Anna skriver ett läkarintyg om Mikaels sjukdom till "
         "skuldsaneringsansökan; intyget lämnas till Ulla senast 2025-03-31."),
        ("Beslut 4: Vuxenenheten utreder om Mikael kan få sysselsättning på träfflokalen "
         "Gnistan. Ansvarig: Per, socialsekreterare.",
         "Mikael har tidigare varit på Gnistan två dagar i veckan och tyckte om att laga mat "
         "där. Han är osäker på om han orkar börja igen nu. Per undersöker hur många platser "
         "som finns och om det går att börja med en förmiddag i veckan."),
        ("Beslut 5: Vuxenpsykiatrin Borlänge har huvudansvaret för den samordnade planen.",
         "Eftersom Mikael har mest kontakt med mottagningen enades deltagarna om att "
         "psykiatrin håller ihop planen."),
    ]
    for head, disc in items:
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(8)
        r = p.add_run(head)
        r.bold = True
        doc.add_paragraph(disc)

    doc.add_paragraph()
    doc.add_paragraph("Mötet avslutades kl. 14.25. Minnesanteckningarna skickas till samtliga "
                      "deltagare och läses igenom tillsammans med Mikael av Sanna.")
    doc.add_paragraph("Vid anteckningarna\nPer, socialsekreterare")
    doc.save(os.path.join(OUT, PREFIX + "01.docx"))


# ---------------------------------------------------------------- 02
def plan02(tmpdir):
    """Designed template, coloured title block, participant business cards; Mora, hip fracture."""
    doc = base_doc("Calibri", 11)
    fixed_core(doc, "SIP Gunnar", "Mora kommun", "2025-03-12T15:40:00")
    header_footer(doc.sections[0], "Mora kommun · Region Dalarna – Samordnad individuell plan",
                  "Mall SIP version 3.1 – Dalarnas kommuner och Region Dalarna")

    # coloured title block
    tb = doc.add_table(rows=1, cols=1)
    c = tb.rows[0].cells[0]
    shade(c, "1F5C7A")
    c.text = ""
    p = c.paragraphs[0]
    r = p.add_run("SAMORDNAD INDIVIDUELL PLAN")
    r.bold = True
    r.font.size = Pt(20)
    r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    p2 = c.add_paragraph()
    r2 = p2.add_run("SIP  ·  Gunnar, 84 år  ·  Mora")
    r2.font.size = Pt(13)
    r2.font.color.rgb = RGBColor(0xDD, 0xEE, 0xF5)
    p3 = c.add_paragraph()
    r3 = p3.add_run("Möte 2025-03-12, Mora lasarett, ortopedavdelning 21  ·  Personnr ÅÅMMDD-XXXX")
    r3.font.size = Pt(10)
    r3.font.color.rgb = RGBColor(0xDD, 0xEE, 0xF5)

    doc.add_paragraph()
    h = doc.add_paragraph()
    rr = h.add_run("Vi som var med")
    rr.bold = True
    rr.font.size = Pt(14)
    rr.font.color.rgb = RGBColor(0x1F, 0x5C, 0x7A)

    cards = [
        ("Gunnar", "Den enskilde", "Bor i eget hus, Mora"),
        ("Karin", "Dotter", "Närstående, bor i Orsa"),
        ("Maria", "Sjuksköterska", "Ortopedavdelning 21, Mora lasarett"),
        ("Erik", "Biståndshandläggare", "Äldreomsorgen, Mora kommun"),
        ("Lina", "Fysioterapeut", "Kommunal rehabilitering, Mora kommun"),
        ("Hanna", "Distriktssköterska", "Hälsocentralen Mora, Region Dalarna"),
    ]
    ct = doc.add_table(rows=2, cols=3)
    ct.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, (name, func, unit) in enumerate(cards):
        cell = ct.rows[i // 3].cells[i % 3]
        shade(cell, "E4EEF3")
        set_cell_borders(cell, "FFFFFF", "36")
        cell.text = ""
        p = cell.paragraphs[0]
        r = p.add_run(name)
        r.bold = True
        r.font.size = Pt(12)
        r.font.color.rgb = RGBColor(0x1F, 0x5C, 0x7A)
        p = cell.add_paragraph()
        r = p.add_run(func)
        r.font.size = Pt(10)
        p = cell.add_paragraph()
        r = p.add_run(unit)
        r.font.size = Pt(9)
        r.italic = True

    def part(title):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(12)
        r = p.add_run(title)
        r.bold = True
        r.font.size = Pt(13)
        r.font.color.rgb = RGBColor(0x1F, 0x5C, 0x7A)
        # rule under heading
        pPr = p._p.get_or_add_pPr()
        bdr = OxmlElement("w:pBdr")
        b = OxmlElement("w:bottom")
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), "6")
        b.set(qn("w:color"), "1F5C7A")
        bdr.append(b)
        pPr.append(bdr)

    part("Bakgrund")
    doc.add_paragraph(
        "Gunnar föll i köket hemma 2025-03-02 och opererades för höftfraktur på höger sida på "
        "Mora lasarett 2025-03-03. Han har bott ensam sedan hustrun dog 2023 och har tidigare "
        "klarat sig utan hjälp. Han går nu med rollator inomhus och behöver hjälp med "
        "påklädning av strumpor och skor samt med dusch. Utskrivning planeras till 2025-03-14.")

    part("Syfte")
    doc.add_paragraph("Samordning inför hemgång.")

    part("Frågeställningar inför mötet")
    doc.add_paragraph("")

    part("Gunnars mål")
    doc.add_paragraph(
        "”Jag vill klara mig hemma i huset och kunna gå ner till affären med rollatorn "
        "själv igen före midsommar.”")

    part("Gunnars synpunkter")
    doc.add_paragraph(
        "Gunnar var med under hela mötet. Han vill inte flytta till korttidsboende utan åka "
        "direkt hem. Han tycker att det är viktigt att hemtjänsten kommer på ungefär samma "
        "tider varje dag och att det inte blir för många olika personer. Han vill själv "
        "bestämma när han ska duscha och föreslog torsdagar.")

    part("Insatser")
    ins = [
        ("Insats", "Ansvarig", "När"),
        ("Hemtjänst morgon och kväll: hjälp med strumpor, skor och toalettbesök; "
         "dusch torsdagar", "Biståndshandläggare, Äldreomsorgen Mora kommun (beslut) / "
         "Hemtjänsten Mora centrum (utför)", "Från 2025-03-14"),
        ("Trygghetslarm installeras", "Biståndshandläggare, Äldreomsorgen Mora kommun",
         "2025-03-13"),
        ("Hjälpmedel: toalettförhöjning, duschpall och griptång levereras och provas ut",
         "Arbetsterapeut, Kommunal rehabilitering Mora", "2025-03-13"),
        ("Gångträning och träningsprogram i hemmet, 1 gång/vecka",
         "Fysioterapeut, Kommunal rehabilitering Mora",
         "Första besök 2025-03-17, därefter varje måndag t.o.m. 2025-04-21"),
        ("Suturtagning, sårkontroll och genomgång av smärtlindring",
         "Distriktssköterska, Hälsocentralen Mora", "2025-03-24"),
        ("Läkemedelslista och epikris skickas till hälsocentralen",
         "Sjuksköterska, Ortopedavdelning 21, Mora lasarett", "Vid utskrivning 2025-03-14"),
        ("Återbesök med röntgen", "Ortopedmottagningen, Mora lasarett", "2025-05-06"),
    ]
    it = doc.add_table(rows=len(ins), cols=3)
    it.style = "Table Grid"
    for i, row in enumerate(ins):
        for j, val in enumerate(row):
            cell_text(it.rows[i].cells[j], val, bold=(i == 0), size=10,
                      color=("FFFFFF" if i == 0 else None))
            if i == 0:
                shade(it.rows[i].cells[j], "1F5C7A")
    repeat_header(it.rows[0])
    widths = (Cm(7.5), Cm(6.0), Cm(3.3))
    for row in it.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = w

    part("Närstående")
    doc.add_paragraph("Dottern Karin bor i Orsa och finns som stöd för Gunnar.")

    part("Uppföljning")
    doc.add_paragraph("Uppföljande SIP-möte 2025-04-22 kl. 10.00, hemma hos Gunnar. "
                      "Erik skickar kallelse.")

    src = os.path.join(tmpdir, PREFIX + "02.docx")
    doc.save(src)
    to_pdf(src, OUT)


# ---------------------------------------------------------------- 03
def plan03():
    """Plain e-mail to the person, UTF-8 with CRLF; Gävle, young adult with substance use."""
    text = """Ämne: Sammanfattning av mötet i tisdags

Hej Sara!

Tack för att du kom på mötet i tisdags (2025-04-08) på Beroendecentrum.
Jag lovade att skicka en sammanfattning till dig, så här kommer den. Läs
igenom och hör av dig om något blev fel eller om du vill lägga till något.

På mötet var du, din mamma, Jenny, Ahmed, Lotta och jag.

Du hade två frågor med dig till mötet. Den första var om du kan få bo
kvar i lägenheten på Sätra trots att du ligger efter med hyran sedan
januari. Den andra var när ADHD-utredningen kan börja, eftersom du har
väntat sedan i höstas. Vi pratade en stund om båda, se nedan.

Du berättade att det har gått bättre sedan du började på
öppenvårdsprogrammet i mars och att du inte har använt amfetamin sedan
dess, men att du fortfarande röker på ibland när du inte kan sova. Du
sa att det är viktigast för dig att få behålla lägenheten och att få
något att göra på dagarna. Som du själv sa det: "Jag vill vara drogfri
och ha ett jobb till hösten." Du sa också att du inte vill ha för
många möten i veckan, högst två.

Innan vi började frågade jag om vi fick prata med varandra om dig. Du
sa ja och skrev under samtyckesblanketten för SIP på mötet, och den
gäller till och med 2026-04-08. Du kan ta tillbaka samtycket när du
vill.

Det här kom vi fram till, vem gör vad:

  - Beroendecentrum Gävle: fortsatta samtal varje onsdag och
    urinprov en gång i veckan, från och med 2025-04-16.
  - Socialtjänsten, Ungdom och unga vuxna: jag kontaktar
    hyresvärden och ser om det går att göra en avbetalningsplan
    för hyran, senast 2025-04-25. Jag hjälper dig också att söka
    ekonomiskt bistånd för april, ansökan ska in senast 2025-04-17.
  - Psykiatrin Gävle (ADHD-teamet): gör ADHD-utredningen. De
    återkommer till dig om när den kan börja.
  - Socialtjänstens öppenvård (Kompassen): återfallsprevention i
    grupp på torsdagar, start 2025-05-08.

Din mamma sa att hon gärna vill hjälpa till på olika sätt. Vi pratade
också om att Arbetsförmedlingen kan bli aktuell längre fram, när du
känner dig redo.

Vem som ska ha huvudansvaret för planen hann vi inte bestämma på
mötet, det får vi ta nästa gång.

Vi ses igen i början av juni. Jag skickar en kallelse när jag har
hittat en tid som passar alla.

Ring eller skicka ett sms om det är något, du når mig via växeln
eller på 070-XXX XX XX.

Ha det bra så länge!

Hälsningar
Socialsekreterare
Ungdom och unga vuxna, Socialtjänsten Gävle kommun
"""
    data = text.replace("\n", "\r\n").encode("utf-8")
    with open(os.path.join(OUT, PREFIX + "03.txt"), "wb") as f:
        f.write(data)


# ---------------------------------------------------------------- 04
def plan04():
    """Markdown task-list plan; Falun, 14-year-old with school refusal and anxiety."""
    text = """# SIP – Ebba, 14 år

Falun 2025-02-06 · Mötet hölls på Slättaskolan, konferensrummet

Ikryssad rad = punkten diskuterades på mötet.

- [x] **Syfte:** Att skola, BUP och socialtjänst tillsammans lägger upp en plan
  för hur Ebba ska kunna komma tillbaka till skolan efter att ha varit borta
  större delen av höstterminen på grund av ångest och sömnproblem.
- [x] **Frågeställningar:** Diskutera läget kring skolan.
- [x] **Mål:** Att Ebba ska komma tillbaka till skolan på heltid under
  vårterminen 2025.
- [x] **Bakgrund:** Ebba går i årskurs 8. Frånvaron började i september och har
  under november–januari varit nästan 90 %. Ebba har kontakt med BUP Falun
  sedan oktober, där hon har fått diagnosen generaliserat ångestsyndrom.
  Familjen har haft kontakt med socialtjänsten sedan december efter en
  orosanmälan från skolan.
- [x] **Delaktighet:** Ebba deltog inte i mötet.
- [x] **Insatser:**
  - Anpassad studiegång, börjar med tre lektioner om dagen i ett mindre
    grupprum – mentor och specialpedagog, Slättaskolan, från 2025-02-17
  - KBT-behandling för ångest och sömn, varannan vecka – psykolog,
    BUP Falun, start 2025-02-20
  - Samtal med skolkurator en gång i veckan – Elevhälsan, Slättaskolan
  - Familjebehandling i hemmet med fokus på morgonrutiner – Regionen,
    start i mars
  - Läkarbedömning av sömnen – BUP
- [ ] **Huvudansvar:**
- [x] **Uppföljning:** Vecka 16.
- [x] **Deltagare:**
  - Mamma
  - Mentor
  - Specialpedagog
  - Kurator
  - Psykolog
  - Familjebehandlare

*Anteckningar: kurator*
"""
    with open(os.path.join(OUT, PREFIX + "04.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# ---------------------------------------------------------------- 05
def plan05():
    """Measures table with initials + 'Förkortningar' table; Ludvika, LSS autism."""
    doc = base_doc("Calibri", 11)
    fixed_core(doc, "SIP åtgärdsplan", "Ludvika kommun", "2025-09-05T10:20:00")
    header_footer(doc.sections[0],
                  "Ludvika kommun, Vård- och omsorgsförvaltningen / Region Dalarna\t\tSIP – åtgärdsplan",
                  "Upprättad 2025-09-04")

    doc.add_heading("Samordnad individuell plan – åtgärdsplan", level=1)
    label_para(doc, "Namn: ", "Viktor")
    label_para(doc, "Personnummer: ", "XXXXXX-XXXX")
    label_para(doc, "Datum för mötet: ", "2025-09-04")
    label_para(doc, "Deltagare: ", "Enligt kallelse 2025-08-20.")

    doc.add_heading("Syfte", level=2)
    doc.add_paragraph("SIP")

    doc.add_heading("Bakgrund", level=2)
    doc.add_paragraph(
        "Viktor är 22 år och har autism och lindrig intellektuell funktionsnedsättning. Han bor "
        "sedan 2023 i bostad med särskild service enligt LSS 9 § 9 i Ludvika och har daglig "
        "verksamhet på Verkstan fyra dagar i veckan. Sedan i våras har personalen både på "
        "boendet och i daglig verksamhet sett mer oro och fler utbrott, särskilt efter "
        "lunch och vid byten mellan aktiviteter. Viktor har gått upp 9 kg sedan han började "
        "med nytt läkemedel i februari. Han har varit borta från daglig verksamheten "
        "ungefär en dag i veckan sedan juni.")
    doc.add_paragraph(
        "Viktor har berättat för personalen på boendet att det är för högljutt i matsalen på "
        "Verkstan och att han inte tycker om när det kommer nya vikarier som han inte känner.")

    doc.add_heading("Mål", level=2)
    doc.add_paragraph(
        "Målet är att Viktor ska få en lugnare vardag med färre utbrott och kunna delta i "
        "daglig verksamhet fyra dagar i veckan igen.")

    doc.add_heading("Åtgärder", level=2)
    rows = [
        ("Åtgärd", "Ansvarig", "Start", "Avstämning"),
        ("Tydliggörande pedagogik: bildschema för dagen och förberedelse vid byten, "
         "samma schema på boendet och på Verkstan", "LN", "2025-09-15", "2025-10-14"),
        ("Lunch i mindre rum på Verkstan med högst fyra personer", "LN", "2025-09-08",
         "2025-10-14"),
        ("Begränsa antalet vikarier hos Viktor; fast introducerad vikariepool på tre "
         "personer", "AK", "2025-09-22", "2025-10-14"),
        ("Ansökan om ledsagarservice två tillfällen i månaden för fritidsaktivitet "
         "(bowling) utreds och beslutas", "AK", "2025-09-04", "2025-10-03"),
        ("Läkemedelsgenomgång med läkare, kontroll av vikt, blodtryck och blodsocker",
         "MS", "2025-09-18", "2025-10-14"),
        ("Kartläggning av sömn under två veckor (sömndagbok som personalen fyller i)",
         "MS", "2025-09-08", "2025-09-22"),
        ("Handledning till personalgruppen på boendet om utbrott och lågaffektivt "
         "bemötande, tre tillfällen", "MS", "2025-09-25", "2025-11-06"),
    ]
    t = doc.add_table(rows=len(rows), cols=4)
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            cell_text(t.rows[i].cells[j], v, bold=(i == 0), size=10)
            if i == 0:
                shade(t.rows[i].cells[j], "D9E2F3")
    repeat_header(t.rows[0])
    for row in t.rows:
        for j, w in enumerate((Cm(9.5), Cm(2.0), Cm(2.6), Cm(2.6))):
            row.cells[j].width = w

    doc.add_paragraph()
    label_para(doc, "Huvudansvar för planen: ", "AK")
    label_para(doc, "Uppföljning av planen: ", "2025-10-14 kl. 09.00 på Verkstan")

    doc.add_paragraph()
    bold_para(doc, "Förkortningar")
    ab = [
        ("Förk.", "Funktion", "Verksamhet"),
        ("AK", "LSS-handläggare", "Vård- och omsorgsförvaltningen, Ludvika kommun"),
        ("LN", "Enhetschef", "Daglig verksamhet Verkstan, Ludvika kommun"),
        ("MS", "Specialistsjuksköterska", "Psykiatrimottagningen Ludvika, Region Dalarna"),
    ]
    at = doc.add_table(rows=len(ab), cols=3)
    at.style = "Table Grid"
    for i, row in enumerate(ab):
        for j, v in enumerate(row):
            cell_text(at.rows[i].cells[j], v, bold=(i == 0), size=9)
            if i == 0:
                shade(at.rows[i].cells[j], "D9E2F3")
    for row in at.rows:
        for j, w in enumerate((Cm(1.6), Cm(4.5), Cm(9.0))):
            row.cells[j].width = w

    doc.save(os.path.join(OUT, PREFIX + "05.docx"))


# ---------------------------------------------------------------- 06
class RecordPDF(FPDF):
    system = "JournalWeb Region Gävleborg"
    printed = "2025-06-12 14:07"

    def header(self):
        self.set_font("DejaVu", "", 8)
        self.cell(70, 5, self.system, border=0)
        self.cell(70, 5, f"Utskriftsdatum {self.printed}", border=0, align="C")
        self.cell(0, 5, f"Sida {self.page_no()} ({{nb}})", border=0, align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(120, 120, 120)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(4)

    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "", 7)
        self.cell(0, 5, "Utskriften innehåller sekretessbelagda uppgifter (OSL 25 kap. 1 §)."
                        "  Utskriven av: skötare, Psykiatriska kliniken Gävle", align="C")


def plan06():
    """fpdf2 record print with abbreviated capital labels; Gävle/Sandviken, discharge."""
    pdf = RecordPDF(format="A4")
    pdf.set_creation_date(__import__("datetime").datetime(2025, 6, 12, 14, 7))
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.alias_nb_pages("{nb}")
    pdf.set_margins(18, 14, 18)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()

    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(0, 7, "Journalanteckning – SIP", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)

    def row(label, value, lw=34, h=6):
        pdf.set_font("DejaVu", "B", 9)
        x, y = pdf.get_x(), pdf.get_y()
        pdf.cell(lw, h, label, border=0)
        pdf.set_font("DejaVu", "", 9)
        pdf.multi_cell(0, h, value if value else "", border=0,
                       new_x="LMARGIN", new_y="NEXT")
        if pdf.get_y() < y + h:
            pdf.set_y(y + h)

    # patient box
    pdf.set_draw_color(0, 0, 0)
    y0 = pdf.get_y()
    row("PAT", "[namn], ÅÅMMDD-XXXX, kvinna 46 år")
    row("VÅRDENH", "Psykiatriska kliniken Gävle, avdelning 5 (allmänpsykiatri)")
    row("DAT", "2025-06-11 10:30")
    row("ANTECKN AV", "Skötare, avd 5")
    row("SIGN", "Signerad 2025-06-12 av skötare, avd 5")
    pdf.rect(pdf.l_margin - 2, y0 - 1, pdf.w - pdf.l_margin - pdf.r_margin + 4,
             pdf.get_y() - y0 + 2)
    pdf.ln(5)

    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 6, "SAMORDNAD INDIVIDUELL PLAN", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    row("BAKGR", "Inlagd 2025-05-28 via akuten efter suicidförsök med läkemedel. Känd "
                 "recidiverande depression sedan 2016. Bor ensam i lägenhet i Sandviken. "
                 "Sjukskriven sedan februari. Förbättrad stämning senaste veckan, sover "
                 "bättre. Utskrivning planerad 2025-06-16.")
    row("SYFTE", "Samordning vid utskrivning.")
    row("FRÅGEST", "")
    row("MÅL", "")
    row("INS", "Fortsatt kontakt med öppenvårdspsykiatrin. Stöd från kommunen vid behov.")
    row("ANSV", "Regionen, kommunen.")
    row("HUVUDANSV", "Kommunen.")
    row("UPPF", "Vid behov.")
    row("DELT", "Skötare, läkare, kurator, biståndshandläggare.")
    row("SAMT", "Finns.")
    pdf.ln(4)
    row("ÖVR", "SIP-mötet hölls på avdelningen via Skype med kommunen. Planen skickas "
               "till öppenvården.")
    pdf.ln(6)
    pdf.set_font("DejaVu", "", 8)
    pdf.cell(0, 5, "Anteckningstyp: Samordnad individuell plan (SIP)   Status: Signerad",
             new_x="LMARGIN", new_y="NEXT")
    pdf.output(os.path.join(OUT, PREFIX + "06.pdf"))


# ---------------------------------------------------------------- 07
def plan07():
    """One plan for a family with two children; Hudiksvall."""
    doc = base_doc("Calibri", 11)
    fixed_core(doc, "SIP familjen", "Hudiksvalls kommun", "2025-09-03T16:00:00")
    header_footer(doc.sections[0],
                  "Hudiksvalls kommun, Individ- och familjeomsorgen, Barn och familj · "
                  "Region Gävleborg\tSIP",
                  "Planen förvaras hos Barn och familj, Hudiksvalls kommun")

    doc.add_heading("Samordnad individuell plan för Elsa och Malte", level=0)
    label_para(doc, "Datum: ", "2025-09-02, kl. 14.00–16.00")
    label_para(doc, "Plats: ", "Familjecentralen, Hudiksvall")
    label_para(doc, "Barn: ", "Elsa, 9 år (ÅÅMMDD-XXXX) och Malte, 13 år (ÅÅMMDD-XXXX)")
    label_para(doc, "Vårdnadshavare: ", "Jenny (mamma) och Tomas (pappa), gemensam vårdnad")

    doc.add_heading("Gemensamt för familjen", level=1)

    doc.add_heading("1. Deltagare", level=2)
    for d in ["Jenny, mamma", "Tomas, pappa", "Elsa (första halvtimmen)",
              "Malte (hela mötet)", "Sofia, familjebehandlare", "Karin, kurator",
              "Hassan, psykolog", "Maja, specialpedagog", "Lars, mentor"]:
        doc.add_paragraph(d, style="List Bullet")

    doc.add_heading("2. Syfte med SIP", level=2)
    doc.add_paragraph(
        "Familjen har kontakt med BUP, två skolor och socialtjänsten samtidigt, och Jenny och "
        "Tomas upplever att ingen har helheten. Syftet med planen är att samla allt stöd till "
        "Elsa och Malte i en plan, så att familjen vet vem de ska vända sig till och så att "
        "insatserna i skolan och hemma drar åt samma håll efter föräldrarnas separation i våras.")

    doc.add_heading("3. Frågeställningar", level=2)
    for q in ["Hur kan morgnarna bli lugnare så att Elsa kommer i tid till skolan?",
              "Behöver Malte en anpassad studiegång i åk 7, och vem utreder det?",
              "Hur ska BUP och skolan dela information när barnen bor varannan vecka hos "
              "mamma och pappa?"]:
        doc.add_paragraph(q, style="List Bullet")

    doc.add_heading("4. Samtycke", level=2)
    doc.add_paragraph("Samtycke finns från båda vårdnadshavarna.")

    doc.add_heading("5. Familjens situation", level=2)
    doc.add_paragraph(
        "Jenny och Tomas separerade i mars 2025 och barnen bor växelvis en vecka hos var och "
        "en, båda i Hudiksvall. Elsa fick diagnosen ADHD i maj och har svårt med "
        "koncentration, impulser och övergångar. Malte har sedan i vintras varit nedstämd, "
        "dragit sig undan kompisar och haft hög frånvaro (ca 30 % under vårterminen). "
        "Familjen har haft familjebehandling sedan juni.")

    doc.add_heading("6. Insatser för hela familjen", level=2)
    fam = [
        ("Insats", "Ansvarig", "När"),
        ("Familjebehandling varannan vecka, hos mamma respektive pappa, med fokus på "
         "morgonrutiner och samarbete mellan föräldrarna",
         "Familjebehandlare, Barn och familj, Hudiksvalls kommun",
         "Från 2025-09-09, varannan tisdag"),
        ("Gemensam veckoplanering som följer med barnen mellan hemmen (skolschema, "
         "tider på BUP, aktiviteter)", "Jenny och Tomas", "Varje söndag från 2025-09-07"),
        ("Mormor Inger hämtar Elsa på fritids tisdagar och torsdagar de veckor Elsa bor "
         "hos mamma", "Mormor Inger", "Från 2025-09-09"),
    ]
    _table(doc, fam)

    doc.add_heading("7. Andra aktörer", level=2)
    doc.add_paragraph(
        "Jenny ansöker om omvårdnadsbidrag för Elsa hos Försäkringskassan senast 2025-10-01. "
        "BUP skriver läkarutlåtande till ansökan. Tomas kör Malte till BUP på onsdagarna "
        "de veckor Malte bor hos honom.")

    doc.add_heading("8. Huvudansvar", level=2)
    doc.add_paragraph("Familjebehandlare, Barn och familj, Individ- och familjeomsorgen, "
                      "Hudiksvalls kommun.")

    doc.add_heading("9. Uppföljning", level=2)
    doc.add_paragraph("2025-11-20 kl. 14.00 på Familjecentralen. Familjebehandlaren kallar.")

    # ---- Elsa
    doc.add_heading("För Elsa (9 år)", level=1)
    doc.add_heading("Elsas mål", level=2)
    doc.add_paragraph("”Jag vill att det ska vara lugnt på morgonen och att jag får vara med "
                      "och leka på rasten.”")
    doc.add_heading("Elsas syn", level=2)
    doc.add_paragraph(
        "Elsa var med den första halvtimmen och ritade hur en bra morgon ser ut. Hon säger "
        "att det är jobbigt när hon inte hittar sina saker och när mamma och pappa har olika "
        "regler för skärmtid. Hon tycker om fritids men inte när det är många i "
        "kapprummet. Hon vill ha en egen plats i klassrummet där hon kan vara ifred.")
    doc.add_heading("Insatser för Elsa", level=2)
    elsa = [
        ("Insats", "Ansvarig", "När"),
        ("Anpassningar i klassrummet: bildstöd, egen arbetsplats med skärm, "
         "hörselkåpor", "Specialpedagog, Hålsjöskolan (F–6)", "Från 2025-09-15"),
        ("Föräldrautbildning om ADHD för Jenny och Tomas (4 träffar)",
         "Psykolog, BUP Hudiksvall", "Start 2025-10-02"),
        ("Uppföljning av ADHD-medicinering, dos och aptit",
         "Läkare, BUP Hudiksvall", ""),
        ("Trygg plats i kapprummet och egen krok längst ut",
         "Fritidspersonal, Hålsjöskolan", "Från 2025-09-08"),
    ]
    _table(doc, elsa)

    # ---- Malte
    doc.add_heading("För Malte (13 år)", level=1)
    doc.add_heading("Maltes mål", level=2)
    doc.add_paragraph("”Jag vill orka gå till skolan varje dag och inte ligga efter i matte.”")
    doc.add_heading("Maltes syn", level=2)
    doc.add_paragraph(
        "Malte var med under hela mötet och sa att han mest är trött och att det känns "
        "meningslöst att gå till skolan när han redan ligger efter. Han vill inte byta klass. "
        "Han vill fortsätta prata med Hassan och tycker att det hjälper. Han vill inte "
        "att lärarna pratar om hans mående inför klassen.")
    doc.add_heading("Insatser för Malte", level=2)
    malte = [
        ("Insats", "Ansvarig", "När"),
        ("KBT-samtal för nedstämdhet, en gång i veckan", "Psykolog, BUP Hudiksvall",
         "Onsdagar från 2025-09-10"),
        ("Pedagogisk kartläggning och studieplan i matematik",
         "Specialpedagog och mentor, Västra skolan (7–9)", "Klar senast 2025-09-26"),
        ("Stödsamtal och närvarouppföljning varje vecka", "Kurator, Västra skolan",
         "Fredagar från 2025-09-12"),
        ("Utredning av behov av anpassad studiegång", "Rektor, Västra skolan",
         "Beslut senast 2025-10-17"),
    ]
    _table(doc, malte)

    doc.add_paragraph()
    doc.add_paragraph("Planen har lästs upp för familjen vid mötets slut. Kopia till "
                      "vårdnadshavarna och samtliga deltagare.")
    doc.save(os.path.join(OUT, PREFIX + "07.docx"))


def _table(doc, rows):
    t = doc.add_table(rows=len(rows), cols=3)
    t.style = "Light Grid Accent 1"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            cell_text(t.rows[i].cells[j], v, bold=(i == 0), size=10)
    repeat_header(t.rows[0])
    for row in t.rows:
        for j, w in enumerate((Cm(8.0), Cm(5.0), Cm(3.6))):
            row.cells[j].width = w
    return t


# ---------------------------------------------------------------- 08
def doc08():
    """Not a plan: cost-sharing agreement for a joint placement; Bollnäs / Region Gävleborg."""
    doc = base_doc("Times New Roman", 11.5)
    fixed_core(doc, "Kostnadsfördelning – gemensam placering", "Bollnäs kommun",
               "2025-03-03T11:00:00")
    header_footer(doc.sections[0],
                  "Bollnäs kommun, Socialförvaltningen – Region Gävleborg\tDnr SN 2025/0148",
                  "Avtal om kostnadsfördelning – sida 1")
    doc.add_heading("Kostnadsfördelning – gemensam placering", level=1)
    doc.add_paragraph(
        "Överenskommelse mellan Bollnäs kommun, Socialnämnden, och Region Gävleborg, "
        "Barn- och ungdomspsykiatrin, om fördelning av kostnader för vård utanför hemmet.")

    doc.add_heading("1. Parter", level=2)
    doc.add_paragraph("Bollnäs kommun, Socialnämnden, genom enhetschef Barn och unga.", style="List Bullet")
    doc.add_paragraph("Region Gävleborg, Hälso- och sjukvårdsförvaltningen, genom verksamhetschef "
                      "BUP Gävleborg.", style="List Bullet")

    doc.add_heading("2. Bakgrund", level=2)
    doc.add_paragraph(
        "Avtalet gäller den unge [namn], 16 år, som har både omfattande psykiatriska behov och "
        "behov av stöd och skydd enligt SoL. Parterna har i den samordnade individuella planen "
        "(SIP) upprättad 2025-02-18 kommit fram till att den unge behöver en placering på HVB "
        "med psykiatrisk kompetens. Placeringen görs av socialnämnden med stöd av 4 kap. 1 § SoL. "
        "Behovet av vård och behandling framgår av SIP och av BUP:s utlåtande 2025-02-12; "
        "detta avtal reglerar enbart hur kostnaderna fördelas.")

    doc.add_heading("3. Placering och period", level=2)
    doc.add_paragraph(
        "Placering på HVB-hem (ramavtalsleverantör inom Gävleborgs läns upphandling) under "
        "perioden 2025-03-01 – 2025-08-31. Dygnskostnaden enligt ramavtal är 6 450 kr inklusive "
        "psykiatrisk förstärkning.")

    doc.add_heading("4. Fördelning", level=2)
    rows = [
        ("Kostnadspost", "Bollnäs kommun", "Region Gävleborg"),
        ("Dygnsavgift HVB (grundvård och boende)", "60 %", "40 %"),
        ("Extra personalförstärkning vid behov (1:1)", "50 %", "50 %"),
        ("Resor för besök hos vårdnadshavare", "100 %", "0 %"),
        ("Psykiatrisk behandling som ges av BUP eller konsult på HVB", "0 %", "100 %"),
        ("Skolgång på HVB:s internskola", "100 % (hemkommunen)", "0 %"),
    ]
    t = doc.add_table(rows=len(rows), cols=3)
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            cell_text(t.rows[i].cells[j], v, bold=(i == 0), size=10.5)
            if i == 0:
                shade(t.rows[i].cells[j], "D0CECE")

    doc.add_heading("5. Fakturering", level=2)
    doc.add_paragraph(
        "HVB-hemmet fakturerar Bollnäs kommun för hela dygnskostnaden. Bollnäs kommun "
        "vidarefakturerar Region Gävleborg dess andel kvartalsvis i efterskott, med kopia av "
        "leverantörsfakturorna och en sammanställning av antal vårddygn. Fakturan ställs till "
        "Region Gävleborg, BUP, med referens ”Kostnadsfördelning SN 2025/0148”. "
        "Betalningsvillkor 30 dagar. Första fakturan avser perioden 2025-03-01 – 2025-03-31 och "
        "skickas senast 2025-04-30.")

    doc.add_heading("6. Ändring och förlängning", level=2)
    doc.add_paragraph(
        "Om placeringen förlängs eller avslutas i förtid meddelar socialnämnden regionen skriftligt "
        "inom fem arbetsdagar. En förlängning efter 2025-08-31 kräver ett nytt skriftligt avtal. "
        "Vid oenighet om kostnaderna hänvisas till den regionala överenskommelsen om "
        "samverkan kring barn och unga i Gävleborg, avsnittet om tvistlösning.")

    doc.add_heading("7. Underskrifter", level=2)
    st = doc.add_table(rows=3, cols=2)
    cell_text(st.rows[0].cells[0], "För Bollnäs kommun", bold=True)
    cell_text(st.rows[0].cells[1], "För Region Gävleborg", bold=True)
    cell_text(st.rows[1].cells[0], "Ort och datum: Bollnäs 2025-03-03")
    cell_text(st.rows[1].cells[1], "Ort och datum: Gävle 2025-03-05")
    cell_text(st.rows[2].cells[0], "\n………………………………\nEnhetschef Barn och unga")
    cell_text(st.rows[2].cells[1], "\n………………………………\nVerksamhetschef BUP Gävleborg")
    doc.save(os.path.join(OUT, PREFIX + "08.docx"))


def normalize_docx(path):
    """Rewrite a .docx with fixed zip timestamps so that reruns give identical bytes."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def main():
    os.makedirs(OUT, exist_ok=True)
    tmpdir = tempfile.mkdtemp(prefix="f86a-")
    try:
        plan01()
        plan02(tmpdir)
        plan03()
        plan04()
        plan05()
        plan06()
        plan07()
        doc08()
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    for f in sorted(os.listdir(OUT)):
        if f.endswith(".docx"):
            normalize_docx(os.path.join(OUT, f))
    for f in sorted(os.listdir(OUT)):
        print(f)


if __name__ == "__main__":
    main()
