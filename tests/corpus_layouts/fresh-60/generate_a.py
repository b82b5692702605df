#!/usr/bin/env python
"""Generate the f60a- batch of test documents (fictional, anonymized SIP plans).

Run with /work/batches/.venv/bin/python generate.py
Writes into plans/; intermediate files for LibreOffice go into build/.
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

HERE = os.path.dirname(os.path.abspath(__file__))
PLANS = os.path.join(HERE, "plans")
BUILD = os.path.join(HERE, "build")
PREFIX = "f60a"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_I = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"


# ----------------------------------------------------------------- helpers

def new_doc(author, created):
    doc = Document()
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = created
    cp.modified = created
    cp.revision = 1
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    return doc


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


def cell_text(cell, text, bold=False, size=None, italic=False):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    return cell


def header_row(table, labels, fill="D9E2F3", size=10):
    row = table.rows[0]
    for c, lab in zip(row.cells, labels):
        cell_text(c, lab, bold=True, size=size)
        shade(c, fill)
    repeat_header(row)


def set_widths(table, widths):
    table.autofit = False
    for col, w in zip(table.columns, widths):
        col.width = w
    for row in table.rows:
        for c, w in zip(row.cells, widths):
            c.width = w


def para(doc, text="", bold=False, italic=False, size=None, color=None,
         align=None, space_after=None, style=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def label_para(doc, label, value, size=None):
    p = doc.add_paragraph()
    r = p.add_run(label)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    r2 = p.add_run(value)
    if size:
        r2.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(2)
    return p


def header_footer(section, left, right=None, footer=None, size=8):
    hp = section.header.paragraphs[0]
    hp.text = ""
    r = hp.add_run(left)
    r.font.size = Pt(size)
    if right:
        r2 = hp.add_run("\t\t" + right)
        r2.font.size = Pt(size)
    if footer:
        fp = section.footer.paragraphs[0]
        fp.text = ""
        fr = fp.add_run(footer)
        fr.font.size = Pt(size)
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def soffice_pdf(docx_path, outdir):
    profile = "file:///tmp/lo-" + PREFIX
    subprocess.run(
        ["soffice", "-env:UserInstallation=" + profile, "--headless",
         "--convert-to", "pdf", "--outdir", outdir, docx_path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        timeout=240)


def out(name):
    return os.path.join(PLANS, name)


# ------------------------------------------------------------- plan 01
# Word template with numbered headings 1.-11. and italic instruction text
# left in; printed to PDF with LibreOffice. Woman 33, bipolar disorder,
# two children, Botkyrka.

def plan01():
    doc = new_doc("Socialtjänsten Botkyrka", datetime.datetime(2024, 9, 18, 9, 0))
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    header_footer(sec, "Botkyrka kommun – Region Stockholm",
                  "Mall SIP, version 2023-03",
                  footer="Samordnad individuell plan – sekretess enligt OSL 26 kap. 1 § och 25 kap. 1 §")
    h = doc.add_heading("Samordnad individuell plan (SIP)", level=0)
    h.alignment = WD_ALIGN_PARAGRAPH.LEFT

    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    info = [
        ("Namn", "A.", "Personnummer", "ÅÅMMDD-XXXX"),
        ("Datum för mötet", "2024-09-17", "Plats", "Socialtjänsten Botkyrka, Tumba"),
        ("Typ av möte", "☒ Första SIP-möte   ☐ Uppföljning", "Planen upprättad", "2024-09-18"),
    ]
    for row, vals in zip(t.rows, info):
        for i, v in enumerate(vals):
            cell_text(row.cells[i], v, bold=(i % 2 == 0), size=10)
            if i % 2 == 0:
                shade(row.cells[i], "EDEDED")
    para(doc, "")

    def section(title, instruction, answer_fn=None):
        doc.add_heading(title, level=1)
        p = para(doc, instruction, italic=True, size=9.5, color="595959", space_after=6)
        if answer_fn:
            answer_fn()

    section(
        "1. Bakgrund och nuvarande situation",
        "Beskriv kortfattat den enskildes situation och anledningen till att en SIP "
        "initieras. Utgå så långt som möjligt från den enskildes egen beskrivning av "
        "situationen. Skriv inte in känsliga uppgifter som inte behövs för samordningen. "
        "Ta bort den här hjälptexten när du fyllt i rubriken.",
        lambda: [
            para(doc, "A. är 33 år och bor med sina två barn, 4 och 7 år, i lägenhet i Tumba. "
                 "Hon har en bipolär sjukdom typ 1 och har vårdats inneliggande på Psykiatri "
                 "Sydväst i juni 2024 i samband med ett maniskt skov. Under inläggningen bodde "
                 "barnen hos mormor. Efter utskrivningen har A. haft svårt att få ihop vardagen "
                 "med lämning och hämtning, och förskolan och skolan har uttryckt oro för att "
                 "barnen ofta kommer sent och ibland inte blir hämtade i tid. En orosanmälan "
                 "från skolan inkom i augusti och socialtjänsten barn och familj har inlett "
                 "utredning enligt SoL 11 kap. 1 §. A. har själv tagit initiativ till att "
                 "samordna kontakterna eftersom hon upplever att hon får olika besked från "
                 "olika håll."),
        ])
    section(
        "2. Syfte med SIP",
        "Beskriv vad SIP:en ska leda till för den enskilde. Syftet ska utgå från den "
        "enskildes behov och formuleras tillsammans med den enskilde och/eller närstående. "
        "Skriv syftet i hela meningar.",
        lambda: [
            para(doc, "Syftet med SIP:en är att A. och barnen ska få stöd från psykiatrin, "
                 "socialtjänsten och förskola/skola som hänger ihop, så att A. klarar "
                 "vardagen med barnen även i perioder när hon mår sämre. Alla som är "
                 "involverade ska också veta vad som ska göras om A. börjar bli sjuk igen, "
                 "så att barnen inte hamnar mellan stolarna."),
        ])
    section(
        "3. Frågeställningar inför mötet",
        "Ange vilka frågor som behöver besvaras på mötet. Frågeställningarna kan komma "
        "från den enskilde, närstående eller någon av de deltagande verksamheterna och bör "
        "skickas ut tillsammans med kallelsen så att deltagarna kan förbereda sig.")
    section(
        "4. Deltagare",
        "Ange namn, funktion och verksamhet för samtliga deltagare. Ange även om den "
        "enskilde och närstående deltar och om någon kallad verksamhet har förhinder.",
        lambda: [
            para(doc, "A. (den enskilde)", style="List Bullet"),
            para(doc, "Petra, socialsekreterare, Socialtjänsten Botkyrka, Barn och familj", style="List Bullet"),
            para(doc, "Hassan, socialsekreterare, Socialtjänsten Botkyrka, Vuxenenheten", style="List Bullet"),
            para(doc, "Maria, sjuksköterska och kontaktperson, Psykiatri Sydväst, öppenvårdsmottagningen Tumba", style="List Bullet"),
            para(doc, "Johan, specialistläkare, Psykiatri Sydväst (deltog första halvtimmen via Teams)", style="List Bullet"),
            para(doc, "Elin, förskollärare, förskolan Ängsgården, Tumba", style="List Bullet"),
            para(doc, "Förhinder: distriktssköterska, Vårdcentralen Tumba. Har lämnat skriftliga "
                 "synpunkter inför mötet."),
        ])
    section(
        "5. Samtycke",
        "Den enskilde ska ha lämnat samtycke till att SIP upprättas och till att "
        "uppgifter lämnas mellan de verksamheter som deltar. Ange om samtycket är "
        "muntligt eller skriftligt, datum när det lämnades och vilka verksamheter det "
        "omfattar. Vid skriftligt samtycke ska blanketten skannas in i journalen.",
        lambda: [
            para(doc, "Samtycke:  ☐ Muntligt   ☐ Skriftligt        Datum: ÅÅÅÅ-MM-DD"),
        ])
    section(
        "6. Den enskildes delaktighet och önskemål",
        "Beskriv hur den enskilde har varit delaktig i planeringen och vad den enskilde "
        "själv tycker är viktigt. Om den enskilde inte deltar, ange varför och hur den "
        "enskildes synpunkter har förts fram till mötet.",
        lambda: [
            para(doc, "A. deltog under hela mötet. Hon tycker att det viktigaste är att barnen "
                 "får gå kvar i samma förskola och skola som vanligt och hon vill inte att "
                 "barnen ska bo någon annanstans än hos henne eller mormor om hon blir sämre. "
                 "Hon önskar att psykiatrin hör av sig direkt till henne och inte bara till "
                 "socialtjänsten, och hon vill helst ha hembesök på förmiddagar eftersom hon "
                 "är som tröttast på eftermiddagen av medicinen."),
        ])
    section(
        "7. Den enskildes mål",
        "Ange den enskildes mål med egna ord. Målen kan vara både kortsiktiga och "
        "långsiktiga. Citera gärna den enskilde.",
        lambda: [
            para(doc, "Målet är att A. ska ha en stabil vardag med barnen och lära sig känna "
                 "igen tidiga tecken på att hon håller på att bli sämre. På längre sikt är "
                 "målet att A. ska kunna börja arbetsträna."),
        ])

    def insatser():
        tb = doc.add_table(rows=1, cols=3)
        tb.style = "Table Grid"
        header_row(tb, ["Insats", "Ansvarig (verksamhet, funktion)", "När"])
        rows = [
            ("Läkemedelsbehandling med litium, provtagning av litiumnivå och "
             "njurfunktion var tredje månad.",
             "Specialistläkare, Psykiatri Sydväst, öppenvårdsmottagningen Tumba",
             "Nästa provtagning v. 40, därefter var 3:e månad"),
            ("Upprätta en krisplan tillsammans med A. med tidiga varningstecken och vad "
             "var och en gör vid försämring. Krisplanen lämnas till socialtjänsten och "
             "förskolan efter A:s godkännande.",
             "Sjuksköterska/kontaktperson, Psykiatri Sydväst",
             "Klar senast 2024-10-31"),
            ("Psykoedukation i grupp om bipolär sjukdom (8 träffar).",
             "Psykiatri Sydväst, öppenvårdsmottagningen Tumba",
             "Start januari 2025"),
            ("Föräldrastöd i hemmet en gång i veckan med fokus på morgonrutiner och "
             "lämning/hämtning.",
             "Familjebehandlare, Socialtjänsten Botkyrka, Barn och familj",
             "Från 2024-10-07"),
            ("Ansökan om boendestöd två gånger i veckan för struktur i vardagen "
             "(tvätt, inköp, räkningar). Handläggs efter A:s ansökan.",
             "Socialsekreterare, Vuxenenheten, Socialtjänsten Botkyrka",
             ""),
            ("Förskolan ger A. en kort muntlig återkoppling vid hämtning och hör av sig "
             "till A. samma dag om barnet inte är lämnat kl. 9.30.",
             "Förskollärare, förskolan Ängsgården",
             "Från 2024-09-23"),
        ]
        for r in rows:
            cells = tb.add_row().cells
            for c, v in zip(cells, r):
                cell_text(c, v, size=10)
        set_widths(tb, [Cm(7.2), Cm(5.2), Cm(4.3)])
        para(doc, "")

    section(
        "8. Insatser – vem gör vad och när",
        "Ange vilka insatser som ska genomföras, vem som ansvarar för respektive insats "
        "(verksamhet och funktion) och när insatsen ska vara påbörjad eller genomförd. "
        "Lägg till rader i tabellen vid behov.",
        insatser)
    section(
        "9. Andra aktörers insatser",
        "Ange insatser från andra aktörer än kommun och region, till exempel "
        "Försäkringskassan, Arbetsförmedlingen, god man, närstående eller den enskilde "
        "själv. Ange vem som gör vad. Finns inga andra aktörer, skriv det.",
        lambda: [
            para(doc, "A:s mamma bor i Tullinge och finns som stöd för familjen. Barnens pappa "
                 "har kontakt med barnen."),
        ])
    section(
        "10. Huvudansvar för planen",
        "Ange vem som har det övergripande ansvaret för att planen genomförs och följs "
        "upp: namn, funktion och verksamhet. Huvudansvaret bör ligga hos den verksamhet "
        "som har flest insatser eller som den enskilde har mest kontakt med.")
    section(
        "11. Uppföljning",
        "Ange datum, tid och plats för uppföljning av planen och vem som kallar. Planen "
        "ska följas upp minst en gång per år eller när den enskildes behov förändras.",
        lambda: [
            para(doc, "Datum för uppföljning: ÅÅÅÅ-MM-DD        Kallas av: "),
        ])

    para(doc, "")
    para(doc, "Planen har skickats till A. och samtliga deltagande verksamheter.", size=10)

    src = os.path.join(BUILD, f"{PREFIX}-01.docx")
    doc.save(src)
    soffice_pdf(src, PLANS)


# ------------------------------------------------------------- plan 02
# Actor table: one row per actor, columns Vad gör vi? / När? / Hur följer vi upp?
# Boy 10, ADHD and ODD, Södertälje.

def plan02():
    doc = new_doc("BUP Södertälje", datetime.datetime(2024, 9, 25, 14, 0))
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    header_footer(sec, "Södertälje kommun  |  Region Stockholm, BUP Södertälje",
                  "SIP – samordnad individuell plan",
                  footer="Sidan skrivs ut och delas ut till familjen och till de verksamheter som finns med i planen.")

    doc.add_heading("SIP – Samordnad individuell plan för E.", level=1)
    t = doc.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    vals = [("Barnets namn", "E., 10 år, åk 4", "Personnummer", "ÅÅMMDD-XXXX"),
            ("Mötesdatum", "2024-09-24", "Plats", "BUP Södertälje")]
    for row, v in zip(t.rows, vals):
        for i, x in enumerate(v):
            cell_text(row.cells[i], x, bold=(i % 2 == 0), size=10)
            if i % 2 == 0:
                shade(row.cells[i], "F2F2F2")
    para(doc, "")

    label_para(doc, "Närvarande: ", "E. (första halvtimmen), mamma Sanna, Lena (mentor), "
               "Omar (specialpedagog), Karin (sjuksköterska), Jonas (familjebehandlare)")
    label_para(doc, "Syfte: ", "Samordning.")
    label_para(doc, "Frågeställningar: ", "Diskutera läget i skolan och hemma.")
    para(doc, "")

    p = para(doc, "Bakgrund", bold=True)
    para(doc, "E. har diagnoserna ADHD och trotssyndrom (ODD) sedan våren 2024. Han har "
         "medicinering sedan maj. I skolan blir det ofta konflikter på raster och vid "
         "övergångar mellan lektioner, och två gånger under september har han slagit en "
         "klasskamrat. Hemma är morgnarna och läggningen svåra och mamma berättar att hon "
         "är mycket trött. Socialtjänsten har beviljat familjebehandling efter ansökan från "
         "mamma.")

    p = para(doc, "Vad säger E.?", bold=True)
    para(doc, "E. var med första halvtimmen tillsammans med mamma. Han berättade att det är "
         "jobbigast i matsalen när det är mycket ljud och när de får vikarie. Han tycker "
         "att lärarna bara ser när han gör fel.")
    p = doc.add_paragraph()
    p.add_run("E:s egna mål: ").bold = True
    p.add_run("”Jag vill inte bli så arg att jag slår någon. Och jag vill få vara med och "
              "spela fotboll på rasterna.”").italic = True
    para(doc, "")

    tb = doc.add_table(rows=1, cols=4)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    header_row(tb, ["", "Vad gör vi?", "När?", "Hur följer vi upp?"], fill="C6E0B4", size=10.5)
    rows = [
        ("Skolan",
         "Mentor gör ett anpassat schema med bildstöd och förvarnar E. inför byten och "
         "vikarier.\nSpecialpedagog gör en pedagogisk kartläggning.\nE. får äta i det "
         "lilla rummet bredvid matsalen med en kompis.\nRastvärd startar fotboll på "
         "långrasten med tydliga regler.",
         "Schema och matsal från v. 40.\nKartläggningen klar 2024-10-25.\nFotbollen från "
         "v. 39.",
         "Mentor skickar veckobrev till mamma varje fredag.\nSpecialpedagog redovisar "
         "kartläggningen på nästa SIP-möte."),
        ("BUP",
         "Läkare utvärderar medicineringen och justerar dosen vid behov.\nMamma erbjuds "
         "plats i BUP:s föräldragrupp (Komet, 10 träffar).",
         "Läkarbesök 2024-10-08.\nFöräldragruppen startar 2024-11-05.",
         "Skattningsskalor fylls i av mentor och mamma före läkarbesöket."),
        ("Socialtjänsten",
         "Familjebehandlare, Socialtjänsten Södertälje barn och unga, gör hembesök "
         "varannan vecka med fokus på rutiner morgon och kväll.\nUtreder behov av "
         "stödfamilj en helg i månaden.",
         "Hembesök från 2024-10-01.\nUtredningen klar 2024-12-20.",
         "Avstämning med mamma vid varje hembesök."),
        ("Mamma",
         "Följer med E. till läkarbesöken och fyller i skattningsformulären.\nGår i "
         "föräldragruppen.\nAnvänder belöningsschemat för morgonen hemma.",
         "",
         "Berättar på nästa SIP-möte hur det har gått."),
        ("E.",
         "Säger till mentor eller visar det röda kortet när han behöver gå undan.",
         "Från v. 40.",
         "Pratar med mentor på fredagar."),
    ]
    for r in rows:
        cells = tb.add_row().cells
        for i, (c, v) in enumerate(zip(cells, r)):
            cell_text(c, v, bold=(i == 0), size=10)
            if i == 0:
                shade(c, "E2EFDA")
    set_widths(tb, [Cm(3), Cm(10.5), Cm(5.5), Cm(6.5)])
    para(doc, "")
    label_para(doc, "Nästa SIP-möte: ", "vecka 47. Mamma får kallelse.")

    doc.save(out(f"{PREFIX}-02.docx"))


# ------------------------------------------------------------- plan 03
# Text export with dotted leaders, Windows-1252, CRLF. Man 71, alcohol and
# liver disease, home care, Norrtälje.

def plan03():
    W = 78
    LW = 20  # label column incl. ": "

    def field(label, value=""):
        lab = (label.ljust(LW - 2, ".") + ": ") if label else " " * LW
        if not value:
            return [lab.rstrip()]
        wrapped = textwrap.wrap(value, W - LW)
        lines = [(lab + wrapped[0]) if label else (" " * LW + wrapped[0])]
        lines += [" " * LW + w for w in wrapped[1:]]
        return lines

    L = []
    L.append("SAMORDNAD INDIVIDUELL PLAN (SIP)".ljust(W - 26) + "Utskrift: 2024-11-14 10:32")
    L.append("Norrtälje kommun / Region Stockholm".ljust(W - 11) + "Sida 1 av 1")
    L.append("=" * W)
    L += field("PERSON", "G., man, 71 år")
    L += field("PERSONNUMMER", "XXXXXX-XXXX")
    L += field("MÖTESDATUM", "2024-11-12 kl. 13.30-15.00")
    L += field("MÖTESPLATS", "Hembesök hos G., Rimbo")
    L += field("PLANSTATUS", "Ny plan, fastställd 2024-11-14")
    L.append("-" * W)
    L += field("BAKGRUND",
               "G. bor ensam i lägenhet i Rimbo. Han har ett långvarigt alkoholberoende "
               "och i oktober 2024 vårdades han på medicinkliniken, Norrtälje sjukhus, "
               "för ascites och konstaterad levercirros. Vid utskrivningen 2024-10-30 "
               "fick han vätskedrivande läkemedel och rådet att helt avstå från alkohol. "
               "Sedan hemkomsten har hemtjänsten sett att G. äter dåligt, att tomma "
               "flaskor finns i lägenheten och att läkemedel ligger kvar i dosetten. "
               "Hemsjukvården har noterat viktuppgång och ökat bukomfång.")
    L += field("SYFTE MED SIP")
    L += field("FRÅGESTÄLLNINGAR",
               "1) Hur kan hemtjänst och hemsjukvård samordna sina besök så att G. inte "
               "får besök vid sex olika tillfällen per dag?")
    L += field("", "2) Vem tar leverprover och följer upp vikt och vätskedrivande "
               "läkemedel efter utskrivningen?")
    L += field("", "3) Kan G. få kontakt med beroendemottagningen trots att han har "
               "svårt att ta sig till Norrtälje?")
    L += field("MÅL",
               "Målet är att G. ska kunna bo kvar i sin lägenhet, minska sitt drickande "
               "och undvika nya inläggningar på sjukhus under vintern.")
    L += field("DELAKTIGHET",
               "G. deltog på mötet som hölls i hans hem.")
    L += field("SAMTYCKE",
               "Muntligt samtycke till SIP och till att uppgifter utbyts mellan "
               "hemtjänst, hemsjukvård, Vårdcentralen Rimbo och Beroendemottagningen "
               "Norrtälje lämnades av G. vid hembesök 2024-11-05. Samtycket gäller "
               "till och med 2025-11-05.")
    L.append("-" * W)
    L.append("INSATSER")
    L.append("")
    insatser = [
        ("Hemtjänst: tillsyn morgon och kväll, hjälp med inköp en gång i veckan och "
         "matdistribution lunch alla dagar. Hemtjänsten påminner om läkemedel vid "
         "kvällsbesöket.",
         "Hemtjänst Norrtälje, grupp Rimbo, kontaktman",
         "Fr.o.m. 2024-11-18"),
        ("Hemsjukvård: iordningställer läkemedel i dosett varje vecka, väger G. två "
         "gånger i veckan och mäter bukomfång. Kontaktar läkare vid viktuppgång över "
         "2 kg på en vecka.",
         "Hemsjukvården Norrtälje, distriktssköterska",
         "Fr.o.m. 2024-11-18"),
        ("Leverprover och elektrolyter var fjärde vecka, uppföljning av vätskedrivande "
         "läkemedel. Läkaren tar över den medicinska uppföljningen efter sjukhuset.",
         "Vårdcentralen Rimbo, läkare",
         "Första provtagning 2024-11-26"),
        ("Motiverande samtal (MI) och bedömning av återfallsförebyggande läkemedel. "
         "Första besöket görs som hembesök, därefter videosamtal varannan vecka.",
         "Beroendemottagningen Norrtälje, sjuksköterska",
         "Första besök 2024-12-03"),
        ("Utreda trygghetslarm och samordnade hemtjänstbesök så att hemtjänst och "
         "hemsjukvård kommer vid samma tillfällen.",
         "Biståndshandläggare, Äldreomsorgen Norrtälje kommun",
         "Beslut senast 2024-11-22"),
    ]
    for i, (vad, vem, nar) in enumerate(insatser, 1):
        L += field(f"INSATS {i}", vad)
        L += field("ANSVARIG", vem)
        L += field("TIDPUNKT", nar)
        L.append("")
    L.append("-" * W)
    L += field("HUVUDANSVARIG")
    L += field("NÄSTA UPPFÖLJNING", "2025-01-21 kl. 10.00, hembesök hos G.")
    L += field("DELTAGARE", "Se kallelse")
    L.append("=" * W)
    L.append("Dokumenterat av: Anna, 2024-11-14")
    L.append("Slut på utskrift")
    text = "\r\n".join(L) + "\r\n"
    with open(out(f"{PREFIX}-03.txt"), "wb") as f:
        f.write(text.encode("cp1252"))


# ------------------------------------------------------------- plan 04
# Markdown written for the family as questions and answers. Girl 15,
# self-harm, Nacka.

PLAN04 = """\
# Ellas SIP – samordnad individuell plan

**För:** Ella, 15 år, och hennes föräldrar  
**Mötet hölls:** tisdag 14 januari 2025 på BUP Nacka  
**Planen är skriven av:** BUP Nacka, tillsammans med Ella och familjen

Den här planen är skriven till dig, Ella, och till mamma och pappa. Vi har försökt
skriva så att det går att förstå utan att man kan alla förkortningar. Om något är
oklart får ni gärna fråga.

---

### Varför har vi en SIP?

Vi har en SIP för att du inte ska behöva berätta samma sak för alla, och för att
BUP, skolan och socialtjänsten ska jobba åt samma håll. Det viktigaste just nu är att
du ska sluta skada dig själv och orka gå i skolan igen efter att ha varit hemma
nästan hela december.

### Vem var med på mötet?

Ella, mamma, pappa, Sara, Mira, Jonas och Anneli.

### Vad tycker du själv?

Du var med under hela mötet. Du sa att det värsta är kvällarna och att skolan känns
omöjlig när du har sovit dåligt. Du vill inte att alla lärare ska veta vad som har
hänt, bara mentor och kuratorn.

Ditt mål, med dina egna ord:

> "Jag vill kunna gå i skolan hela dagar igen och inte behöva skära mig när det blir för mycket."

### Får vi prata med varandra om dig?

Ja, sa du och dina föräldrar på mötet den 14 januari 2025. Ni skrev också under
samtyckesblanketten samma dag. Samtycket gäller BUP Nacka, elevhälsan på skolan och
socialtjänsten i Nacka, och du kan ta tillbaka det när du vill.

### Vad ska hända nu?

- **BUP Nacka, din behandlare:** samtal varje tisdag kl. 16 med färdighetsträning
  (DBT-inspirerat) från och med 21 januari. Säkerhetsplanen som ni gjorde på mötet
  går ni igenom igen den 28 januari.
- **BUP Nacka, läkare:** träffar dig och en förälder 4 februari för att bedöma om
  du behöver medicin för sömnen.
- **Skolan, kuratorn:** träffar dig varje måndag morgon från 20 januari.
- **Skolan, mentor:** ordnar en anpassad studiegång i matte och NO fram till
  sommarlovet och informerar bara de lärare som du har sagt ja till, senast
  24 januari.
- **Socialtjänsten i Nacka, familjebehandlare:** familjesamtal med dig, mamma och
  pappa varannan torsdag från 30 januari.
- **Mamma och pappa:** låser in mediciner och vassa saker hemma från och med
  mötesdagen. Pappa hämtar dig i skolan på onsdagar, när du slutar tidigt, från
  22 januari.
- **Du själv:** använder din säkerhetsplan och säger till kuratorn eller mamma och
  pappa när det börjar bli för mycket, från och med nu.

### Vem ringer vi om något händer?

| När | Vem | Hur |
|---|---|---|
| Vardagar dagtid | BUP Nacka, be om din behandlare | via växeln |
| Skoldagar | Kuratorn | via skolans expedition |
| Kvällar och helger | BUP Akut | via 1177 Vårdguiden |
| Om du är i fara just nu | Ambulans/polis | ring 112 |

### Vem håller ihop planen?

BUP Nacka håller ihop planen och kallar till nästa möte.

### När ses vi igen?

Tisdag 11 mars 2025 kl. 15.00 på BUP Nacka. Alla som var med den här gången blir
kallade igen.
"""


def plan04():
    with open(out(f"{PREFIX}-04.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(PLAN04)


# ------------------------------------------------------------- plan 05
# Minutes of a SIP meeting at an HVB home (LVU), decisions as "Beslut:"
# paragraphs. Boy 16, Haninge / Norrtälje.

def plan05():
    doc = new_doc("Socialtjänsten Haninge", datetime.datetime(2025, 2, 19, 8, 30))
    sec = doc.sections[0]
    header_footer(sec, "Haninge kommun, Socialförvaltningen – Barn och unga",
                  "Minnesanteckningar",
                  footer="Minnesanteckningar SIP-möte 2025-02-18")

    para(doc, "Minnesanteckningar – SIP-möte", bold=True, size=16, space_after=2)
    para(doc, "Noah, 16 år – placerad på HVB Strandgården enligt LVU 3 §", size=11,
         space_after=10)
    label_para(doc, "Datum och tid: ", "2025-02-18, kl. 13.00–15.00")
    label_para(doc, "Plats: ", "HVB Strandgården, Norrtälje (pappa deltog via Teams)")
    label_para(doc, "Antecknare: ", "Maria, socialsekreterare")
    para(doc, "")
    para(doc, "Närvarande", bold=True, space_after=2)
    for s in [
        "Noah (deltog kl. 13.00–13.20)",
        "Jenny, mamma",
        "Mikael, pappa (via Teams)",
        "Maria, socialsekreterare, Socialtjänsten Haninge, Barn och unga",
        "Patrik, föreståndare, HVB Strandgården",
        "Lotta, behandlingsassistent och kontaktperson för Noah, HVB Strandgården",
        "Ida, lärare, Strandgårdens skola",
        "Sofia, psykolog, BUP Norrtälje",
    ]:
        para(doc, s, style="List Bullet")

    def item(title):
        h = doc.add_heading(title, level=2)

    def beslut(text):
        p = doc.add_paragraph()
        r = p.add_run("Beslut: ")
        r.bold = True
        p.add_run(text)
        p.paragraph_format.left_indent = Cm(0.75)

    item("1. Mötet öppnas")
    para(doc, "Maria hälsade välkommen. Presentationsrunda. Dagordningen godkändes.")

    item("2. Frågor till mötet")
    para(doc, "Följande frågor skickades ut med kallelsen:")
    for s in [
        "Kan Noah läsa in matematik och svenska under våren så att han kan söka till "
        "gymnasiet (yrkesprogram) hösten 2025?",
        "Behöver Noah en neuropsykiatrisk utredning, och vem gör den när han är placerad "
        "i Norrtälje men folkbokförd i Haninge?",
        "Hur ska umgänget med föräldrarna se ut fram till sommaren?",
    ]:
        para(doc, s, style="List Number")

    item("3. Noahs deltagande")
    para(doc, "Noah var med under de första tjugo minuterna. Han ville inte säga något om "
         "planen och gick sedan tillbaka till sitt rum. Lotta pratar med honom efter mötet "
         "och går igenom anteckningarna.")

    item("4. Nuläge på HVB")
    para(doc, "Patrik och Lotta berättade att Noah har kommit in i rutinerna på "
         "Strandgården. Han har haft två avvikelser sedan december, då han inte kom "
         "tillbaka efter permission och var påverkad av cannabis vid återkomsten. Han "
         "sover dåligt och har svårt att komma upp på morgnarna. Han har en god relation "
         "till Lotta.")
    beslut("Lotta, kontaktperson på HVB Strandgården, har ett strukturerat samtal med "
           "Noah om droger (ANDT) en gång i veckan och tar drogtester enligt "
           "behandlingsplanen. Startar 2025-02-19.")

    item("5. Skolgång")
    para(doc, "Ida berättade att Noah går i skolan varje dag men ofta lämnar lektionerna "
         "efter en halvtimme. Han saknar betyg i matematik och svenska från årskurs 8. "
         "Han har visat intresse för fordon.")
    beslut("Ida, lärare på Strandgårdens skola, gör en kartläggning av Noahs kunskaper i "
           "matematik och svenska och tar fram en studieplan för vårterminen. Klart "
           "senast 2025-03-14.")
    beslut("Rektor på Strandgårdens skola begär överlämning av betyg och åtgärdsprogram "
           "från Noahs tidigare skola i Haninge senast 2025-03-07.")

    item("6. Psykisk hälsa")
    para(doc, "Sofia berättade att BUP Norrtälje har träffat Noah två gånger. Det finns "
         "frågor om koncentrationssvårigheter och impulsivitet sedan lågstadiet, och "
         "mamma bekräftade att skolan tog upp det redan i årskurs 3 utan att något "
         "gjordes.")
    beslut("Sofia, psykolog på BUP Norrtälje, påbörjar en neuropsykiatrisk utredning "
           "vecka 11 (start 2025-03-10). HVB-personalen och Ida fyller i skattningar "
           "före start.")
    beslut("BUP Norrtälje, Sofia, erbjuder Noah samtal om sömn och mående varannan "
           "vecka från 2025-02-25.")

    item("7. Föräldrarna och umgänge")
    para(doc, "Jenny och Mikael berättade att de vill ha mer kontakt med Noah och undrar "
         "om han kan få komma hem vissa helger. Föräldrarna är positiva till "
         "utredningen på BUP. Pappa ska ta reda på mer.")
    beslut("Maria, socialsekreterare, Socialtjänsten Haninge, återkommer till föräldrarna "
           "med förslag på umgänge och hemresor senast 2025-03-07, efter samråd med "
           "HVB Strandgården.")
    beslut("Maria upprättar en ny vårdplan och genomförandeplan tillsammans med HVB "
           "Strandgården senast 2025-03-31. Socialnämndens övervägande av vården enligt "
           "LVU sker 2025-04-15.")

    item("8. Huvudansvar")
    para(doc, "Maria, socialsekreterare, Socialtjänsten Haninge, Barn och unga, har "
         "huvudansvar för SIP:en.")

    item("9. Nästa möte")
    para(doc, "Uppföljning av SIP 2025-04-23 kl. 13.00 på HVB Strandgården. Maria kallar. "
         "Noah tillfrågas av Lotta om han vill vara med hela mötet nästa gång.")

    para(doc, "")
    para(doc, "Vid anteckningarna: Maria, socialsekreterare", italic=True, size=10)

    doc.save(out(f"{PREFIX}-05.docx"))


# ------------------------------------------------------------- plan 06
# fpdf2 form: measures as numbered paragraphs each followed by a right-aligned
# small grey line "Ansvar: ... | Klart: ...". Man 42, schizophrenia, housing
# support, Huddinge.

class Pdf06(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(95, 4, "TakeCare – Samordnad individuell plan (SIP)", align="L")
        self.cell(0, 4, "Utskriftsdatum 2025-03-06 09:14", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.cell(95, 4, "Psykiatri Sydväst, psykosmottagningen Huddinge", align="L")
        self.cell(0, 4, f"Sida {self.page_no()} ({{nb}})", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(150, 150, 150)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(5)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(120, 120, 120)
        self.cell(0, 5, "Journalhandling – omfattas av sekretess enligt OSL 25 kap. 1 § "
                  "och 26 kap. 1 §", align="C")
        self.set_text_color(0, 0, 0)


def plan06():
    pdf = Pdf06(format="A4")
    pdf.set_creation_date(datetime.datetime(2025, 3, 6, 9, 14, tzinfo=datetime.timezone.utc))
    pdf.set_author("Psykiatri Sydväst")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_font("DejaVu", "I", FONT_I)
    pdf.alias_nb_pages()
    pdf.set_margins(18, 15, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin

    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 8, "Samordnad individuell plan", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)

    def box_row(pairs, h=9):
        # pairs: list of (label, value, width)
        y = pdf.get_y()
        x = pdf.l_margin
        for lab, val, w in pairs:
            pdf.rect(x, y, w, h)
            pdf.set_xy(x + 1.2, y + 0.6)
            pdf.set_font("DejaVu", "", 6.5)
            pdf.set_text_color(90, 90, 90)
            pdf.cell(w - 2, 3, lab)
            pdf.set_xy(x + 1.2, y + 4)
            pdf.set_font("DejaVu", "", 9.5)
            pdf.set_text_color(0, 0, 0)
            pdf.cell(w - 2, 4.5, val)
            x += w
        pdf.set_xy(pdf.l_margin, y + h)

    box_row([("Patient", "J.", W * 0.4), ("Personnummer", "XXXXXX-XXXX", W * 0.3),
             ("Vårdenhet", "Psykosmottagningen Huddinge", W * 0.3)])
    box_row([("Mötesdatum", "2025-03-04", W * 0.4), ("Plats", "Psykosmottagningen", W * 0.3),
             ("Dokumenttyp", "SIP, uppföljning", W * 0.3)])
    box_row([("Syfte", "Samordning av insatser.", W)])
    box_row([("Frågeställningar", "Diskutera läget.", W)])
    box_row([("Samtycke", "Samtycke finns.", W * 0.5),
             ("Huvudansvarig", "Socialpsykiatrin", W * 0.5)])
    pdf.ln(5)

    def heading(t):
        pdf.set_font("DejaVu", "B", 11)
        pdf.set_fill_color(230, 230, 230)
        pdf.cell(0, 6.5, "  " + t, fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    heading("Deltagare")
    pdf.set_font("DejaVu", "", 9.5)
    for s in [
        "J., patient",
        "Emil, överläkare, Psykiatri Sydväst, psykosmottagningen Huddinge",
        "Nina, sjuksköterska och case manager, Psykiatri Sydväst, psykosmottagningen Huddinge",
        "Roger, boendestödjare, Socialpsykiatrin, Huddinge kommun",
        "Fatima, biståndshandläggare, Socialpsykiatrin, Huddinge kommun",
        "Camilla, distriktssköterska, Vårdcentralen Skogås",
    ]:
        pdf.cell(5, 5, "•")
        pdf.cell(0, 5, s, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    heading("Bakgrund")
    pdf.set_font("DejaVu", "", 9.5)
    pdf.multi_cell(0, 5,
                   "J. har schizofreni sedan 20-årsåldern och bor i egen lägenhet i Skogås "
                   "sedan 2019 med boendestöd från kommunen. Under hösten 2024 slutade han "
                   "ta sina tabletter och försämrades med ökade röster och isolering. Efter "
                   "byte till depåinjektion i december är han stabilare. Boendestödjaren "
                   "beskriver att lägenheten har blivit svårare att hålla i ordning och att "
                   "J. inte har någon sysselsättning på dagarna. Vårdcentralen har noterat "
                   "viktuppgång på 14 kg det senaste året och förhöjt blodsocker.")
    pdf.ln(3)

    heading("Insatser")
    measures = [
        ("Depåinjektion var fjärde vecka på psykosmottagningen. J. får en påminnelse "
         "via SMS dagen innan och boendestödjaren hjälper honom att komma iväg vid "
         "behov.",
         "Sjuksköterska, psykosmottagningen Huddinge",
         "Pågående, nästa injektion 2025-03-18"),
        ("Boendestödet utökas från två till tre tillfällen i veckan med fokus på "
         "städning, tvätt och matlagning. Boendestödjaren följer med till tvättstugan "
         "de första gångerna.",
         "Boendestödjare, Socialpsykiatrin Huddinge",
         "Utökning från 2025-03-10"),
        ("Utredning av behov av sysselsättning enligt SoL, t.ex. träffpunkt eller "
         "arbetsinriktad daglig sysselsättning. Studiebesök på träffpunkten i Skogås "
         "bokas.",
         "Biståndshandläggare, Socialpsykiatrin Huddinge",
         "2025-04-30"),
        ("Somatisk kontroll på grund av antipsykotisk behandling: blodsocker (HbA1c), "
         "blodfetter, vikt, blodtryck och EKG. Kostrådgivning vid behov.",
         "Distriktssköterska, Vårdcentralen Skogås",
         None),
        ("Gemensam krisplan med tidiga varningstecken, som J. har en kopia av hemma "
         "och som boendestödet och psykosmottagningen har tillgång till.",
         "Case manager, psykosmottagningen Huddinge, och boendestödjare",
         "2025-05-15"),
    ]
    for i, (text, ansvar, klart) in enumerate(measures, 1):
        pdf.set_font("DejaVu", "", 9.5)
        pdf.set_text_color(0, 0, 0)
        x0 = pdf.l_margin
        pdf.cell(7, 5, f"{i}.")
        pdf.multi_cell(W - 7, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 7.5)
        pdf.set_text_color(128, 128, 128)
        line = f"Ansvar: {ansvar}" + (f" | Klart: {klart}" if klart else "")
        pdf.cell(0, 4.5, line, align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)

    heading("Uppföljning")
    y = pdf.get_y()
    pdf.rect(pdf.l_margin, y, W, 9)
    pdf.set_xy(pdf.l_margin + 1.2, y + 0.6)
    pdf.set_font("DejaVu", "", 6.5)
    pdf.set_text_color(90, 90, 90)
    pdf.cell(0, 3, "Nästa uppföljning (datum, tid, plats)")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(pdf.l_margin, y + 12)
    pdf.set_font("DejaVu", "", 8.5)
    pdf.cell(0, 5, "Signerad av: Nina, sjuksköterska, 2025-03-06", new_x="LMARGIN", new_y="NEXT")

    pdf.output(out(f"{PREFIX}-06.pdf"))


# ------------------------------------------------------------- plan 07
# Very short plan, a few lines per part. Woman 88, dementia, short-term
# care, Haninge.

def plan07():
    doc = new_doc("Äldreomsorgen Haninge", datetime.datetime(2025, 2, 6, 15, 0))
    sec = doc.sections[0]
    header_footer(sec, "Haninge kommun – Äldreomsorgen, myndighet", "SIP")
    st = doc.styles["Normal"]
    st.font.size = Pt(10.5)

    para(doc, "SIP – Elsa, 88 år", bold=True, size=14, space_after=4)
    label_para(doc, "Datum: ", "2025-02-06")
    label_para(doc, "Plats: ", "Korttidsboendet i Handen")
    label_para(doc, "Närvarande: ", "Lena, Ali, Birgitta, M. (dotter)")
    para(doc, "", space_after=2)

    def part(title, lines):
        para(doc, title, bold=True, space_after=1)
        for l in lines:
            para(doc, l, space_after=1)
        para(doc, "", space_after=2)

    part("Syfte", ["Att planera om Elsa kan flytta hem till sin lägenhet i Jordbro med mer "
                   "hjälp, eller om hon behöver ansöka om särskilt boende för personer med "
                   "demenssjukdom."])
    part("Bakgrund", ["Alzheimers sjukdom. På korttids sedan 2025-01-10 efter fall i hemmet. "
                      "Orolig på kvällarna, går upp på natten."])
    part("Elsa", ["Elsa deltog inte.", "Samtycke finns."])
    part("Mål", ["Målet är att Elsa ska få ett tryggt boende."])
    part("Insatser", ["– Fortsatt stöd på korttids.", "– Insatser vid behov.",
                      "– Fortsatt kontakt med vårdcentralen."])
    part("Övrigt", ["Dottern M. är informerad."])
    label_para(doc, "Huvudansvar: ", "Biståndshandläggare")
    label_para(doc, "Uppföljning: ", "Om ca fyra veckor.")

    doc.save(out(f"{PREFIX}-07.docx"))


# ------------------------------------------------------------- doc 08
# NOT a plan: notes from a school's pupil health meeting (EHM).

def doc08():
    doc = new_doc("Elevhälsan", datetime.datetime(2024, 11, 19, 16, 0))
    sec = doc.sections[0]
    header_footer(sec, "Huddinge kommun – Grundskola", "Elevhälsan",
                  footer="Förvaras i elevakten. Omfattas av sekretess enligt OSL 23 kap. 2 §.")

    doc.add_heading("Anteckningar från elevhälsomöte (EHM)", level=1)
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    vals = [("Elev", "S., åk 7B"), ("Datum", "2024-11-19, kl. 14.00–14.40"),
            ("Anmält av", "Mentor")]
    for row, (a, b) in zip(t.rows, vals):
        cell_text(row.cells[0], a, bold=True, size=10)
        shade(row.cells[0], "F2F2F2")
        cell_text(row.cells[1], b, size=10)
    para(doc, "")

    label_para(doc, "Närvarande: ", "rektor, biträdande rektor, kurator, skolsköterska, "
               "specialpedagog, skolpsykolog, mentor (för ärendet)")
    para(doc, "")

    doc.add_heading("Anledning till ärendet", level=2)
    para(doc, "Mentor anmäler oro för S. som har 32 % frånvaro under höstterminen, mest "
         "ströfrånvaro på måndagar och första lektionen. S. har blivit tystare i klassen och "
         "har vid två tillfällen sagt till mentor att hon inte orkar. Flera lärare "
         "rapporterar att hon inte lämnar in uppgifter i SO och engelska.")

    doc.add_heading("Vad vet vi?", level=2)
    for s in [
        "Kurator har haft två samtal med S. i oktober. S. beskriver att hon sover dåligt "
        "och sitter uppe med mobilen. Hon vill inte att föräldrarna kontaktas om "
        "samtalen.",
        "Skolsköterskan har träffat S. för hälsosamtal i åk 7. Inga kända diagnoser. "
        "Huvudvärk och magont vid flera besök.",
        "Mentor har haft kontakt med vårdnadshavare (mamma) via telefon i oktober. Mamma "
        "är också orolig och säger att S. har svårt att komma iväg på morgnarna.",
        "Inga tidigare åtgärdsprogram. Betygsprognos F i engelska.",
    ]:
        para(doc, s, style="List Bullet")

    doc.add_heading("Diskussion", level=2)
    para(doc, "EHT bedömer att frånvaron ska utredas enligt skolans rutin för frånvaro. "
         "Skolpsykologen lyfte att nedstämdhet och sömnproblem kan ligga bakom och att "
         "S. kan behöva bedömning inom vården. Orosanmälan diskuterades; EHT bedömer att "
         "det inte finns skäl till anmälan i nuläget men det ska prövas igen om "
         "frånvaron ökar. Om vården blir inkopplad kan en SIP bli aktuell längre fram.")

    doc.add_heading("Åtgärder", level=2)
    tb = doc.add_table(rows=1, cols=3)
    tb.style = "Table Grid"
    header_row(tb, ["Åtgärd", "Ansvarig", "Klart"])
    for r in [
        ("Frånvaroutredning startas, samtal med S. och vårdnadshavare.", "Kurator och mentor", "v. 49"),
        ("Kartläggning av S:s skolsituation i engelska och SO, extra anpassningar.", "Specialpedagog", "2024-12-06"),
        ("Hälsosamtal, rekommendera vårdnadshavare att kontakta vårdcentral eller "
         "BUP via 1177.", "Skolsköterska", "v. 48"),
        ("Mentor informerar berörda lärare om anpassningar.", "Mentor", "Löpande"),
    ]:
        cells = tb.add_row().cells
        for c, v in zip(cells, r):
            cell_text(c, v, size=10)
    para(doc, "")
    label_para(doc, "Ärendet tas upp igen: ", "EHM 2024-12-10")
    label_para(doc, "Antecknat av: ", "biträdande rektor")

    doc.save(out(f"{PREFIX}-08.docx"))


# --------------------------------------------------------------------- main

def main():
    os.makedirs(PLANS, exist_ok=True)
    os.makedirs(BUILD, exist_ok=True)
    for f in os.listdir(PLANS):
        if f.startswith(PREFIX + "-"):
            os.remove(os.path.join(PLANS, f))
    plan01()
    plan02()
    plan03()
    plan04()
    plan05()
    plan06()
    plan07()
    doc08()
    print("\n".join(sorted(os.listdir(PLANS))))


if __name__ == "__main__":
    main()
