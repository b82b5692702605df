#!/usr/bin/env python3
"""Generate batch fresh-85a (prefix f85a-): seven fictional SIP plans and one
non-plan document, Stockholms län and Gotland, 2025. Deterministic."""
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
PREFIX = "f85a-"
LO_PROFILE = "file:///tmp/lo-f85a"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def path(n, ext):
    return os.path.join(OUT, f"{PREFIX}{n:02d}.{ext}")


def soffice_pdf(src, target):
    tmpd = tempfile.mkdtemp(prefix="f85a-lo-")
    subprocess.run(
        ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
         "--convert-to", "pdf:writer_pdf_Export", "--outdir", tmpd, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        timeout=300)
    base = os.path.splitext(os.path.basename(src))[0] + ".pdf"
    shutil.move(os.path.join(tmpd, base), target)
    shutil.rmtree(tmpd, ignore_errors=True)


def fixed_core(doc, author, title):
    import datetime
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = datetime.datetime(2025, 1, 1, 8, 0, 0)
    cp.modified = datetime.datetime(2025, 1, 1, 8, 0, 0)
    cp.revision = 1


def set_cell_bg(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def header_row(table, labels, fill="D9E2F3"):
    row = table.rows[0]
    for i, lab in enumerate(labels):
        c = row.cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(lab)
        r.bold = True
        set_cell_bg(c, fill)
    repeat_header(row)


def bold_label(doc, text, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(2)
    return p


def base_font(doc, name="Calibri", size=11):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), name)


# ---------------------------------------------------------------------------
# 01 Slide handout (HTML -> PDF via LibreOffice), Huddinge, girl 15 with
#    school refusal and anxiety
# ---------------------------------------------------------------------------
def plan01():
    slides = [
        ("Varför är vi här?", [
            "Tilda har inte varit i skolan mer än enstaka dagar sedan "
            "sportlovet och mår dåligt av oron inför varje skoldag.",
            "Vi ses för att skola, socialtjänst och BUP ska dra åt samma håll "
            "så att Tilda kan börja gå i skolan igen och få hjälp med sin "
            "ångest utan att behöva berätta samma sak för alla.",
            "SIP-möte tisdag 2025-09-16 på Elevhälsan, Huddinge.",
        ]),
        ("Det här vill jag", [
            "”Jag vill klara att vara i skolan i alla fall på förmiddagarna "
            "innan jullovet.”",
            "”Jag vill inte att någon kommer hem och hämtar mig. Jag vill "
            "själv bestämma vilken dag jag börjar.”",
            "”Jag vill kunna träffa Nora och de andra igen utan att få "
            "panik.”",
            "Tilda var med hela mötet tillsammans med mamma och sa själv "
            "vad hon tycker. Hon vill helst ha sina samtal på BUP på "
            "eftermiddagen.",
        ]),
        ("Vem gör vad?", [
            "Mentor, högstadieskolan: anpassat schema med start kl. 9.00 "
            "och en lugn plats i grupprummet – från v. 39.",
            "Skolkurator, Elevhälsan Huddinge kommun: stödsamtal med Tilda "
            "varje tisdag kl. 9.15 fr.o.m. 2025-09-23.",
            "BUP Huddinge: KBT-behandling för ångest och skolrelaterad "
            "oro, första besök 2025-10-02, därefter varannan vecka.",
            "Socialtjänsten barn och unga, Huddinge: familjebehandlare "
            "erbjuder föräldrastöd hemma.",
            "Skolsköterskan: hälsosamtal om sömn och mat, 2025-09-30.",
        ]),
        ("Det vi behöver reda ut", [
            "Kan Tilda få läsa engelska och matte på distans de dagar hon "
            "inte klarar att ta sig till skolan?",
            "Behöver BUP göra en utredning av något mer än ångesten – "
            "mamma undrar över koncentrationen?",
            "Hur ska skolan och BUP stämma av med varandra utan att det "
            "blir fler möten för Tilda?",
        ]),
        ("Hur vi håller ihop det", [
            "Huddinge kommun samordnar planen och kallar till nästa möte.",
            "Samtycke finns.",
            "Mamma och pappa är viktiga och stöttar Tilda hemma.",
            "Alla hör av sig till varandra via ordinarie kanaler om något "
            "förändras.",
        ]),
        ("Nästa steg", [
            "Uppföljning av planen: tisdag 2025-11-04 kl. 14.00, Elevhälsan "
            "Huddinge.",
            "Innan dess: mentorn och kuratorn stämmer av närvaron med "
            "Tilda varje fredag.",
            "Tack för i dag!",
        ]),
    ]
    css = """
@page { size: 29.7cm 21cm; margin: 1.6cm 2cm 1.4cm 2cm; }
body { font-family: "DejaVu Sans", sans-serif; }
h1 { font-size: 30pt; color: #00539b; margin-bottom: 14pt;
     border-bottom: 2px solid #00539b; }
h1.ny { page-break-before: always; }
li { font-size: 18pt; }
p.b { font-size: 18pt; margin-top: 0; margin-bottom: 9pt; }
p.sub { font-size: 11pt; color: #555555; }
p.foot { font-size: 10pt; color: #777777; text-align: right;
         margin-top: 30pt; }
"""
    parts = ["<!DOCTYPE html>", "<html lang=\"sv\"><head><meta charset=\"utf-8\">",
             "<title>SIP Tilda – presentation</title>",
             f"<style>{css}</style></head><body>"]
    n = len(slides)
    for i, (title, bullets) in enumerate(slides, start=1):
        cls = "" if i == 1 else " class=\"ny\""
        parts.append(f"<h1{cls}>{title}</h1>")
        if i == 1:
            parts.append("<p class=\"sub\">Samordnad individuell plan (SIP) – "
                         "Tilda, åk 9</p>")
        parts.append("<ul>")
        for b in bullets:
            parts.append(f"<li><p class=\"b\">{b}</p></li>")
        parts.append("</ul>")
        parts.append(f"<p class=\"foot\">SIP Tilda · Huddinge · Bild {i} av {n}</p>")
    parts.append("</body></html>")
    tmpd = tempfile.mkdtemp(prefix="f85a-html-")
    src = os.path.join(tmpd, f"{PREFIX}01.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write("\n".join(parts))
    soffice_pdf(src, path(1, "pdf"))
    shutil.rmtree(tmpd, ignore_errors=True)


# ---------------------------------------------------------------------------
# 02 CSV export, Botkyrka, man 41 with psychosis and debts
# ---------------------------------------------------------------------------
def plan02():
    import csv
    import io
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for k, v in [
        ("Plan-ID", "SIP-2025-0417"),
        ("Mötesdatum", "2025-03-11"),
        ("Huvudansvarig", "Samordnare Amir, Socialpsykiatrin, Botkyrka kommun"),
        ("Syfte", "Samordning"),
        ("Samtycke", "Muntligt, R. per telefon 2025-03-10, "
                     "gäller kommun, region och god man"),
        ("Uppföljning", "v.24"),
    ]:
        w.writerow([k, v])
    buf.write("\r\n")
    w.writerow(["Område", "Insats", "Ansvarig", "Start", "Slut"])
    rows = [
        ("Psykiatri", "Läkarbesök var 6:e vecka, uppföljning av "
         "Abilify-depå och biverkningar",
         "Läkare, Psykosmottagningen Tumba, Psykiatri Sydväst",
         "2025-03-18", "2025-12-31"),
        ("Psykiatri", "Depåinjektion var 4:e vecka",
         "Kontaktsjuksköterska, Psykosmottagningen Tumba",
         "2025-03-25", "tills vidare"),
        ("Boende", "Boendestöd 3 ggr/vecka: struktur, post, städning, "
         "inköp", "Boendestödjare, Socialpsykiatrin Botkyrka kommun",
         "2025-03-17", "2025-09-30"),
        ("Ekonomi", "Ansökan om skuldsanering till Kronofogden, "
         "sammanställa skulder", "God man (förordnad av överförmyndaren)",
         "2025-03-20", "2025-06-30"),
        ("Ekonomi", "Budget- och skuldrådgivning, ett första möte med R. "
         "och god man", "Budget- och skuldrådgivare, Botkyrka kommun",
         "2025-04-02", "2025-04-02"),
        ("Sysselsättning", "Utreda rätt till aktivitetsersättning/"
         "sjukersättning, begära läkarintyg",
         "Handläggare, Försäkringskassan",
         "2025-04-01", "2025-08-31"),
        ("Sysselsättning", "Introduktion på Café Tunet, två förmiddagar i "
         "veckan", "Arbetsinriktad rehabilitering, Socialpsykiatrin "
         "Botkyrka kommun", "2025-05-05", "2025-10-31"),
        ("Somatik", "Hälsokontroll: vikt, blodtryck, blodfetter (metabolt "
         "syndrom)", "Distriktssköterska, Vårdcentralen Tumba",
         "2025-04-09", "2025-04-09"),
    ]
    for r in rows:
        w.writerow(r)
    data = "\ufeff" + buf.getvalue()
    with open(path(2, "txt"), "w", encoding="utf-8", newline="") as f:
        f.write(data)


# ---------------------------------------------------------------------------
# 03 Record document (TakeCare-like), Norrtälje, man 84 after hip fracture
# ---------------------------------------------------------------------------
def plan03():
    doc = Document()
    base_font(doc, "Arial", 10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hp.text = ("TakeCare – Journalanteckning\tVårdcentralen Norrtälje\t"
               "Utskrift 2025-04-08 15:12")
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Patient: G., ÅÅMMDD-XXXX   Journaltyp: Distriktssköterska   Sekretess enligt OSL 25 kap."
    fp.runs[0].font.size = Pt(8)

    t = doc.add_paragraph()
    r = t.add_run("Anteckning: SIP – samordnad individuell plan")
    r.bold = True
    r.font.size = Pt(13)
    doc.add_paragraph("Datum/tid: 2025-04-08 10:00   Kontakttyp: Hembesök, "
                      "SIP-möte i patientens hem, Norrtälje")

    def kw(label, text_lines):
        bold_label(doc, label)
        for line in text_lines:
            p = doc.add_paragraph(line)
            p.paragraph_format.left_indent = Cm(0.6)
            p.paragraph_format.space_after = Pt(2)

    kw("Diagnoser", [
        "S72.0 Collumfraktur höger, opererad med halvprotes Norrtälje "
        "sjukhus 2025-03-28",
        "I48.9 Förmaksflimmer",
        "I10.9 Hypertoni",
        "F06.7 Lindrig kognitiv störning (utredd 2023)",
    ])
    kw("Aktuella läkemedel", [
        "Eliquis 5 mg 1 x 2",
        "Amlodipin 5 mg 1 x 1",
        "Alvedon 665 mg 2 x 3",
        "Movicol 1 påse vid behov",
        "Läkemedel i dosdispensering (Apodos) sedan 2025-04-02",
    ])
    kw("Allergier/Varningar", [
        "Penicillin – utslag (2011)",
        "Varning: antikoagulantia (Eliquis). Fallrisk enligt Downton 4 p.",
    ])
    kw("Vårdkontakter", [
        "Ortopedkliniken Norrtälje sjukhus – utskriven 2025-04-03, "
        "återbesök röntgen 2025-05-13",
        "Vårdcentralen Norrtälje – fast vårdkontakt distriktssköterska",
        "Hemsjukvården Norrtälje kommun – såromläggning t.o.m. 2025-04-15",
        "Rehab Norrtälje kommun – arbetsterapeut och fysioterapeut",
    ])

    doc.add_paragraph()
    h = doc.add_paragraph()
    rr = h.add_run("SAMORDNAD INDIVIDUELL PLAN")
    rr.bold = True
    rr.font.size = Pt(11)

    kw("Syfte", [
        "Planen ska samordna hemtjänst, hemsjukvård, rehab och vårdcentral "
        "efter G:s höftoperation, så att han kan bo kvar hemma i sin "
        "lägenhet utan nya fall och utan att behöva läggas in igen."
    ])
    kw("Frågeställningar", ["Läget efter hemgång."])
    kw("Mål", [
        "Målet är att G. ska klara förflyttningar säng–rullator–toalett "
        "själv och kunna gå ut med rullator på gården före midsommar. "
        "Målet är också att han ska ta sina läkemedel varje dag utan "
        "missade doser."
    ])
    kw("Delaktighet", [
        "G. deltog i mötet, som hölls i hans hem för att han inte ska "
        "behöva åka."
    ])
    kw("Samtycke", [
        "G. gav muntligt samtycke till SIP och informationsöverföring "
        "mellan vårdcentral, Norrtälje kommun och Norrtälje sjukhus vid "
        "mötet 2025-04-08."
    ])

    bold_label(doc, "Insatser")
    tab = doc.add_table(rows=1, cols=4)
    tab.style = "Table Grid"
    header_row(tab, ["Insats", "Ansvarig verksamhet/funktion", "Start",
                     "Uppföljs/klart"])
    for row in [
        ("Hemtjänst morgon och kväll: hjälp med på- och avklädning, "
         "dusch 1 g/v, tillsyn av läkemedelsintag",
         "Hemtjänst Norrtälje centrum, Norrtälje kommun", "2025-04-09",
         "2025-05-06"),
        ("Såromläggning och suturtagning", "Sjuksköterska, Hemsjukvården "
         "Norrtälje kommun", "2025-04-09", "2025-04-15"),
        ("Hembesök, bedömning av hjälpmedel: toalettförhöjning, "
         "duschpall, griptång", "Arbetsterapeut, Rehab Norrtälje kommun",
         "2025-04-10", "2025-04-17"),
        ("Gångträning med rullator inne och ute, 2 ggr/vecka",
         "Fysioterapeut, Rehab Norrtälje kommun", "2025-04-14",
         "2025-06-13"),
        ("Läkemedelsgenomgång, ev. utsättning av Amlodipin vid lågt "
         "blodtryck", "Distriktsläkare, Vårdcentralen Norrtälje",
         "2025-04-24", "2025-04-24"),
        ("Trygghetslarm installeras", "Trygghetslarmet, Norrtälje kommun",
         "2025-04-11", "2025-04-11"),
    ]:
        cells = tab.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    for row in tab.rows:
        row.cells[0].width = Cm(7)
        row.cells[1].width = Cm(5.5)
        row.cells[2].width = Cm(2.2)
        row.cells[3].width = Cm(2.3)

    doc.add_paragraph()
    kw("Huvudansvarig för planen", [
        "Distriktssköterska Sofia, Vårdcentralen Norrtälje (Region "
        "Stockholm)"
    ])
    kw("Uppföljning", [
        "Uppföljande SIP-möte 2025-05-06 kl. 10.00 i G:s hem."
    ])
    kw("Deltagare", [
        "G., Sofia, Mikael, Lena, Hanna"
    ])
    doc.add_paragraph()
    kw("Journalförd av", [
        "Sofia, distriktssköterska, Vårdcentralen Norrtälje 2025-04-08 14:58"
    ])
    kw("Signerad", [
        "Sofia, distriktssköterska 2025-04-08 15:05"
    ])
    fixed_core(doc, "TakeCare", "Journalanteckning SIP")
    doc.save(path(3, "docx"))


# ---------------------------------------------------------------------------
# 04 Miro board exported to Markdown, Södertälje, young man 20 with
#    substance use, unstable housing
# ---------------------------------------------------------------------------
def plan04():
    md = """# SIP Dani – september

_Exporterad från Miro 2025-09-03 16:41 · Board: "SIP Dani – september" · 5 kolumner, 26 lappar · Format: lapp [författarens initialer]_

## Kolumn: Vilka är med

- 🟨 Dani, 20 år [DA]
- 🟨 Maria, socialsekreterare, Mottagningen för unga vuxna, Socialtjänsten Södertälje kommun [MA]
- 🟨 Per, sjuksköterska, Beroendemottagningen Södertälje, Region Stockholm [PS]
- 🟨 Sanna, kurator, Ungdomsmottagningen Södertälje, Region Stockholm [SK]
- 🟨 Emir, boendesamordnare, Bostadsenheten Södertälje kommun [EB]

## Kolumn: Behov

- 🟨 Sover hos mamma eller kompisar, har inget eget kontrakt [EB]
- 🟨 Röker på nästan varje dag, mest för att kunna sova [DA]
- 🟨 Har skulder hos CSN och ett par sms-lån [MA]
- 🟨 Ingen sysselsättning sedan gymnasiet tog slut 2024 [MA]
- 🟨 Orolig och nedstämd, har tidigare gått på ungdomsmottagningen [SK]
- 🟨 Jag vill inte sitta med 10 personer och bli utfrågad, hellre lite i taget [DA]

## Kolumn: Mål

- 🟨 ”Jag vill ha en egen lägenhet innan jul, även om det är en träningslägenhet” [DA]
- 🟨 ”Jag vill kunna sova utan att röka på” [DA]
- 🟨 Jag vill börja jobba med något med händerna, typ bil eller lager [DA]

## Kolumn: Vem gör vad

- 🟨 Stöd kring boendet [MA]
- 🟨 Fortsatt kontakt som nu [DA]
- 🟨 Hjälp med ekonomin vid behov [EB]
- 🟨 Någon form av sysselsättning – AF? [SK]
- 🟨 Stöd kring sömn och oro [DA]
- 🟨 Mamma är viktig för Dani, hon vill vara med [DA]
- 🟨 Ses igen v.45, samma board [MA]

## Kolumn: Frågor

- 🟨 Kan Dani få en träningslägenhet fast han inte är drogfri än? [EB]
- 🟨 Hur lång är väntetiden till KBT för sömn/cannabis på Beroendemottagningen? [PS]
- 🟨 Räknas det som skuld hos soc om han fått ekonomiskt bistånd för hyra hos mamma? [DA]
- 🟨 Vem har huvudansvaret?? [SK]
- 🟨 Ska Dani skrivas in på AF direkt eller först efter boendet är löst? [MA]

---
_Kommentarer (2)_

- MA: Bra jobbat alla, jag flyttar in det här i mallen sen.
- DA: 👍
"""
    with open(path(4, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ---------------------------------------------------------------------------
# 05 Attendance table + measures table with vertically merged "Huvudman",
#    Nacka, man 27 with autism and intellectual disability (LSS)
# ---------------------------------------------------------------------------
def plan05():
    doc = Document()
    base_font(doc, "Calibri", 11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hp.text = "Nacka kommun · Region Stockholm\t\tSIP"
    hp.runs[0].font.size = Pt(9)
    hp.runs[0].font.color.rgb = RGBColor(0x55, 0x55, 0x55)

    title = doc.add_paragraph()
    r = title.add_run("Samordnad individuell plan (SIP)")
    r.bold = True
    r.font.size = Pt(18)
    doc.add_paragraph("Gäller: Oskar, 27 år, ÅÅMMDD-XXXX\n"
                      "Mötesdatum: 2025-02-12 kl. 13.00–14.30\n"
                      "Plats: Habiliteringen Nacka, mötesrum Sickla")

    bold_label(doc, "Närvaro")
    att = doc.add_table(rows=1, cols=4)
    att.style = "Table Grid"
    header_row(att, ["Namn", "Funktion", "Verksamhet",
                     "Närvarande (ja/nej)"])
    for row in [
        ("Oskar", "Den enskilde", "–", "Nej"),
        ("Karin", "God man", "Förordnad av Överförmyndarnämnden Nacka",
         "Ja"),
        ("Johan", "LSS-handläggare", "Funktionsstöd, Nacka kommun", "Ja"),
        ("Amanda", "Enhetschef", "Gruppbostaden Älta, Nacka kommun", "Ja"),
        ("Mehdi", "Kontaktperson/stödpedagog",
         "Gruppbostaden Älta, Nacka kommun", "Ja"),
        ("Lisa", "Arbetsterapeut", "Daglig verksamhet Orminge, Nacka kommun",
         "Ja"),
        ("Helena", "Psykolog", "Habiliteringen Nacka, Region Stockholm",
         "Ja"),
        ("Fredrik", "Läkare", "Vårdcentralen Älta, Region Stockholm", "Nej"),
    ]:
        cells = att.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v

    doc.add_paragraph()
    bold_label(doc, "Bakgrund och syfte")
    doc.add_paragraph(
        "Oskar har autism och lindrig intellektuell funktionsnedsättning och "
        "bor i gruppbostad i Älta sedan 2021. Under hösten har han vid flera "
        "tillfällen vägrat åka till daglig verksamhet och haft utbrott med "
        "självskada (slår sig i huvudet) på kvällarna. Syftet med planen är "
        "att gruppbostaden, dagliga verksamheten och habiliteringen ska "
        "arbeta på samma sätt med Oskars bildschema och förberedelser, så "
        "att utbrotten minskar och han kan komma tillbaka till daglig "
        "verksamhet minst tre dagar i veckan.")

    bold_label(doc, "Frågeställningar")
    doc.add_paragraph("Gå igenom läget och dagverksamheten.")

    bold_label(doc, "Oskars delaktighet och mål")
    doc.add_paragraph(
        "Oskar deltog inte i mötet. Inför mötet har Mehdi gått igenom "
        "frågorna med honom med bildstöd. Oskar visade att han tycker om "
        "att vara i snickeriet och ”bilarna” på dagliga verksamheten men inte "
        "vill åka buss när det är mycket folk, och att han vill ha Mehdi "
        "med sig första gången han åker dit igen.")
    doc.add_paragraph(
        "Mål: Målet är att Oskar ska ha en meningsfull sysselsättning "
        "minst tre dagar i veckan och att utbrotten på kvällarna ska "
        "minska till högst ett i veckan.")

    bold_label(doc, "Insatser och ansvar")
    ins = doc.add_table(rows=1, cols=5)
    ins.style = "Table Grid"
    header_row(ins, ["Huvudman", "Verksamhet", "Insats",
                     "Ansvarig funktion", "När"])
    groups = [
        ("Nacka kommun", [
            ("Funktionsstöd, Nacka kommun",
             "Nytt beslut om daglig verksamhet med ändrad tid (start "
             "kl. 10) och beslut om ledsagning till och från",
             "LSS-handläggare", "Beslut senast 2025-02-28"),
            ("Gruppbostaden Älta",
             "Bildschema för kvällar och morgnar, samma upplägg varje dag; "
             "Mehdi följer med på bussen de två första veckorna",
             "Kontaktperson/stödpedagog", "Från 2025-03-03"),
            ("Daglig verksamhet Orminge",
             "Plats i snickeriet med fast arbetsbänk, lugn start utan "
             "samling", "Arbetsterapeut", "Från 2025-03-03"),
        ]),
        ("Region Stockholm", [
            ("Habiliteringen Nacka",
             "Beteendeanalys av utbrotten och handledning till personalen "
             "på gruppbostad och daglig verksamhet, 4 tillfällen",
             "Psykolog", "2025-03-10 – 2025-05-30"),
            ("Vårdcentralen Älta",
             "Somatisk kontroll: tandvärk/ont i magen som orsak till "
             "oron? Blodprover och remiss till tandvården",
             "Läkare", "Besök 2025-02-20"),
        ]),
        ("Övriga", [
            ("God man",
             "Ansöker om färdtjänst och betalar fakturan för nytt "
             "busskort; bevakar Oskars ekonomi under förändringen",
             "God man Karin", "Ansökan senast 2025-02-21"),
            ("Försäkringskassan",
             "Handlägger förlängning av aktivitetsersättning (ansökan "
             "inlämnad av god man 2025-01-30)", "Handläggare FK",
             "Beslut väntas 2025-04"),
        ]),
    ]
    for hm, rows in groups:
        first = None
        for i, row in enumerate(rows):
            cells = ins.add_row().cells
            cells[0].text = hm if i == 0 else ""
            for j, v in enumerate(row, start=1):
                cells[j].text = v
            if first is None:
                first = cells[0]
            last = cells[0]
        if len(rows) > 1:
            merged = first.merge(last)
            # keep only the text of the first cell
            paras = merged.paragraphs
            for p in paras[1:]:
                p._element.getparent().remove(p._element)
            merged.paragraphs[0].runs[0].bold = True
        else:
            first.paragraphs[0].runs[0].bold = True
    widths = [Cm(2.6), Cm(3.2), Cm(6.2), Cm(2.8), Cm(2.6)]
    for row in ins.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w

    doc.add_paragraph()
    bold_label(doc, "Huvudansvar för planen")
    doc.add_paragraph("Nacka kommun.")

    doc.add_paragraph()
    p = doc.add_paragraph("Planen skickas till alla deltagare och till "
                          "Oskars gode man.")
    p.runs[0].italic = True
    fixed_core(doc, "Johan", "SIP Oskar")
    doc.save(path(5, "docx"))


# ---------------------------------------------------------------------------
# 06 Compact record print drawn with fpdf2, Region Gotland (Visby), boy 10
#    with ADHD and conflicts at school
# ---------------------------------------------------------------------------
class RecordPDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(60, 60, 60)
        self.cell(0, 4, "PMO Elevhälsa – Region Gotland · Journalutskrift · "
                  "Samordnad individuell plan", new_x="LMARGIN", new_y="TOP")
        self.set_x(self.l_margin)
        self.cell(0, 4, f"Utskriftsdatum 2025-05-22 08:47 · Sida "
                  f"{self.page_no()} ({{nb}})", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(120, 120, 120)
        self.line(self.l_margin, self.get_y() + 0.5,
                  self.w - self.r_margin, self.get_y() + 0.5)
        self.ln(3)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-10)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Utskriven av: Anna, skolkurator · Utskriften är en "
                  "kopia, originalet finns i journalen", align="C")


def plan06():
    pdf = RecordPDF(format="A4")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_margins(14, 12, 14)
    pdf.set_auto_page_break(True, margin=14)
    pdf.alias_nb_pages()
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin

    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(0, 7, "SIP – Samordnad individuell plan", new_x="LMARGIN",
             new_y="NEXT")
    pdf.ln(1)

    def box_row(fields, h=9):
        # fields: list of (label, value, width_fraction)
        x0 = pdf.get_x()
        y0 = pdf.get_y()
        x = x0
        for lab, val, frac in fields:
            w = W * frac
            pdf.rect(x, y0, w, h)
            pdf.set_xy(x + 1, y0 + 0.6)
            pdf.set_font("DejaVu", "", 6.5)
            pdf.set_text_color(90, 90, 90)
            pdf.cell(w - 2, 3, lab)
            pdf.set_xy(x + 1, y0 + 4)
            pdf.set_font("DejaVu", "", 8.5)
            pdf.set_text_color(0, 0, 0)
            pdf.cell(w - 2, 4.5, val)
            x += w
        pdf.set_xy(x0, y0 + h)

    def box_text(label, text, min_h=10):
        y0 = pdf.get_y()
        pdf.set_font("DejaVu", "", 6.5)
        pdf.set_text_color(90, 90, 90)
        pdf.set_xy(pdf.l_margin + 1, y0 + 0.6)
        pdf.cell(W - 2, 3, label)
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("DejaVu", "", 8.5)
        pdf.set_xy(pdf.l_margin + 1, y0 + 4)
        if text:
            pdf.multi_cell(W - 2, 4.3, text, new_x="LMARGIN", new_y="NEXT",
                           align="L")
        y1 = max(pdf.get_y() + 1, y0 + min_h)
        pdf.rect(pdf.l_margin, y0, W, y1 - y0)
        pdf.set_xy(pdf.l_margin, y1)

    box_row([("Namn", "L.", 0.25), ("Personnummer", "XXXXXX-XXXX", 0.25),
             ("Mötesdatum", "den tjugonde maj", 0.25),
             ("Plats", "Södervärnsskolan, Visby", 0.25)])
    box_row([("Vårdnadshavare", "Mamma Jenny, pappa [namn]", 0.5),
             ("Planen upprättad av", "Skolkurator, Elevhälsan", 0.5)])
    box_text("Syfte med planen", "")
    box_text("Deltagare",
             "L., mamma, skolkurator, psykolog, socialsekreterare, "
             "klasslärare")
    box_text("Bakgrund",
             "L. går i åk 4. Diagnos ADHD (kombinerad form) sedan 2024, "
             "medicinering med Medikinet påbörjad i mars. Konflikter på "
             "rasterna och i matsalen nästan dagligen, två avstängningar från "
             "fritids under våren. Mamma har varit i kontakt med "
             "socialtjänsten för råd kring gränssättning hemma, pappa bor i "
             "Slite och har L. varannan helg.", min_h=18)
    box_text("Frågeställningar", "")
    box_text("Mål",
             "Målet är att L. ska klara rasterna utan konflikter och kunna "
             "vara kvar på fritids hela eftermiddagen. Målet är också att "
             "L:s medicinering ska vara inställd före höstterminen.",
             min_h=14)
    box_text("Samtycke",
             "Båda vårdnadshavarna har lämnat skriftligt samtycke på "
             "blanketten ”Samtycke SIP” 20/5. Samtycket gäller Region Gotlands "
             "barn- och elevhälsa, socialtjänst och BUP.", min_h=12)

    pdf.ln(2)
    pdf.set_font("DejaVu", "B", 9)
    pdf.cell(0, 5, "Insatser", new_x="LMARGIN", new_y="NEXT")
    cols = [("Insats", 0.42), ("Ansvarig enhet/funktion", 0.33),
            ("När", 0.25)]

    def table_header():
        pdf.set_font("DejaVu", "B", 8)
        pdf.set_fill_color(225, 225, 225)
        for lab, frac in cols:
            pdf.cell(W * frac, 6, lab, border=1, fill=True)
        pdf.ln(6)

    table_header()
    rows = [
        ("Rastvärd från elevassistentgruppen följer L. på förmiddagsrasten "
         "och lunchrasten",
         "Rektor, Södervärnsskolan (Region Gotland, utbildningsförvaltningen)",
         "fr.o.m. 2/6"),
        ("Ny dos och uppföljning av Medikinet, telefonkontakt med mamma "
         "efter två veckor",
         "Läkare, BUP Visby (Region Gotland)", "v.21"),
        ("Föräldrautbildning i grupp (Komet) för mamma och pappa",
         "Familjebehandlare, Socialtjänsten barn och familj, Region Gotland",
         "efter midsommar, start i augusti"),
        ("Anpassad placering i klassrummet och tydligt schema på bänken",
         "Klasslärare, Södervärnsskolan", "20/5, redan påbörjat"),
        ("Kartläggning av rasterna: var och när uppstår konflikterna",
         "Skolkurator, Elevhälsan Södervärnsskolan", "innan skolstart"),
        ("Överlämning till fritidspersonalen om vad som fungerar",
         "Fritidsledare, Fritids Södervärnsskolan", "innan skolstart"),
        ("Samtal med L. om känslor och ilska, 6 gånger",
         "Psykolog, BUP Visby", "fr.o.m. v.23"),
    ]
    pdf.set_font("DejaVu", "", 8)
    lh = 4.2
    for row in rows:
        # compute height
        heights = []
        for (lab, frac), val in zip(cols, row):
            lines = pdf.multi_cell(W * frac - 2, lh, val, dry_run=True,
                                   output="LINES", align="L")
            heights.append(len(lines) * lh + 2)
        h = max(heights)
        if pdf.get_y() + h > pdf.h - 16:
            pdf.add_page()
            table_header()
            pdf.set_font("DejaVu", "", 8)
        y0 = pdf.get_y()
        x = pdf.l_margin
        for (lab, frac), val in zip(cols, row):
            w = W * frac
            pdf.rect(x, y0, w, h)
            pdf.set_xy(x + 1, y0 + 1)
            pdf.multi_cell(w - 2, lh, val, align="L")
            x += w
        pdf.set_xy(pdf.l_margin, y0 + h)

    pdf.ln(3)
    box_row([("Huvudansvarig för planen", "Region Gotland", 0.5),
             ("Nästa uppföljning", "tisdag 19/8 2025 kl. 13.00, "
              "Södervärnsskolan", 0.5)])
    box_text("Övrigt",
             "Planen gicks igenom muntligt vid mötet den tjugonde maj. "
             "Kopia skickas hem till båda vårdnadshavarna.", min_h=10)
    pdf.set_creation_date(__import__("datetime").datetime(
        2025, 5, 22, 8, 47, tzinfo=__import__("datetime").timezone.utc))
    pdf.output(path(6, "pdf"))


# ---------------------------------------------------------------------------
# 07 Plan with if-then crisis agreements, Huddinge, woman 34 with bipolar
#    disorder after inpatient care
# ---------------------------------------------------------------------------
def plan07():
    doc = Document()
    base_font(doc, "Calibri", 11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Socialpsykiatrin Huddinge kommun / Psykiatri Sydväst"
    hp.runs[0].font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.text = "SIP K. – upprättad 2025-05-27"
    fp.runs[0].font.size = Pt(9)
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    doc.add_heading("Samordnad individuell plan – K.", level=1)
    doc.add_paragraph("Datum för mötet: 2025-05-27\n"
                      "Plats: Psykiatriska mottagningen Flemingsberg")

    doc.add_heading("Deltagare", level=2)
    for t in [
        "K., den enskilde",
        "Maja, K:s syster",
        "Jonas, samordnare, Socialpsykiatrin Huddinge kommun",
        "Ellinor, boendestödjare, Boendestödet Socialpsykiatrin Huddinge "
        "kommun",
        "Ahmed, kontaktsjuksköterska, Psykiatriska mottagningen "
        "Flemingsberg, Psykiatri Sydväst",
        "Camilla, kurator, Avdelning 23, Psykiatri Sydväst (deltog via "
        "Teams)",
    ]:
        doc.add_paragraph(t, style="List Bullet")

    doc.add_heading("Syfte", level=2)
    doc.add_paragraph("Samordning av insatser.")

    doc.add_heading("Bakgrund", level=2)
    doc.add_paragraph(
        "K. har bipolär sjukdom typ 1 och skrevs ut från Avdelning 23 "
        "2025-05-20 efter fem veckors vård för ett maniskt skov. Det är "
        "tredje inläggningen på två år. Varje gång har det börjat med att "
        "hon slutat sova, slutat svara i telefon och slutat ta litium. "
        "K. bor ensam i hyresrätt i Flemingsberg och har haft boendestöd "
        "sedan 2023. Hon har en hyresskuld på två månader sedan i våras.")

    doc.add_heading("K:s egna mål och önskemål", level=2)
    doc.add_paragraph(
        "”Jag vill inte hamna på avdelningen igen. Jag vill ha kvar min "
        "lägenhet och till hösten vill jag börja på Träffpunkten två dagar "
        "i veckan.”")
    doc.add_paragraph(
        "K. deltog i hela mötet. Hon vill att man i första hand åker hem "
        "till henne och pratar om hon blir sämre, hellre än att skicka "
        "polis. Hon vill också att Maja får veta när hon mår dåligt, men "
        "inte mamma.")

    doc.add_heading("Insatser", level=2)
    ins = doc.add_table(rows=1, cols=3)
    ins.style = "Table Grid"
    header_row(ins, ["Insats", "Ansvarig", "När"])
    for row in [
        ("Boendestöd måndag och torsdag: struktur, post, räkningar, "
         "inköp", "Boendestödjare, Socialpsykiatrin Huddinge kommun",
         "Från 2025-06-02"),
        ("Samtal med kontaktsjuksköterska och kontroll av litiumvärde",
         "Kontaktsjuksköterska, Psykiatriska mottagningen Flemingsberg",
         "Varannan vecka från 2025-06-04, litium 2025-06-10"),
        ("Läkarbesök för medicinuppföljning", "Regionen", ""),
        ("Avbetalningsplan för hyresskulden tillsammans med hyresvärden",
         "K. själv med stöd av boendestödjaren", "Senast 2025-06-30"),
        ("Introduktion på Träffpunkten Huddinge (sysselsättning)",
         "Samordnare, Socialpsykiatrin Huddinge kommun",
         "Besök 2025-08-18"),
    ]:
        cells = ins.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v

    doc.add_heading("Överenskommelser om K. blir sämre", level=2)
    doc.add_paragraph(
        "Överenskommelserna nedan har K. själv varit med och formulerat. "
        "De gäller tills planen följs upp.")
    for t in [
        "Om K. inte svarar i telefon två dagar i rad, så åker "
        "boendestödjaren hem till henne, samma dag som det andra samtalet "
        "blir obesvarat (vardagar).",
        "Om K. sover mindre än fem timmar två nätter i rad, så ringer hon "
        "själv till kontaktsjuksköterskan Ahmed på mottagningen samma dag "
        "och får en akut tid inom 48 timmar.",
        "Om boendestödjaren ser tecken på att K. är på väg upp (pratar "
        "fort, köper mycket, har inte tagit litium enligt dosetten), så "
        "kontaktar boendestödjaren kontaktsjuksköterskan samma dag.",
        "Om Maja inte får tag på K. en helg, så ringer Maja till "
        "Psykiatriska akutmottagningen Huddinge, som har K:s krisplan "
        "inlagd i journalen.",
        "Om K. ligger efter med hyran igen, så hör boendestödjaren av sig "
        "till samordnaren inom en vecka så att ett nytt SIP-möte kan "
        "kallas.",
    ]:
        doc.add_paragraph(t, style="List Number")

    doc.add_heading("Andra som gör något", level=2)
    doc.add_paragraph(
        "Maja (syster) ringer K. varje söndag kväll och följer med henne "
        "till läkarbesöket. K. själv fyller dosetten varje söndag med "
        "boendestödjaren som stöd de första fyra veckorna och sköter "
        "kontakten med hyresvärden.")

    doc.add_heading("Huvudansvar", level=2)
    doc.add_paragraph(
        "Jonas, samordnare, Socialpsykiatrin Huddinge kommun, har "
        "huvudansvaret för att planen hålls ihop och följs upp.")

    doc.add_heading("Uppföljning", level=2)
    doc.add_paragraph("Planen följs upp om tre månader. Jonas kallar.")
    fixed_core(doc, "Jonas", "SIP K.")
    doc.save(path(7, "docx"))


# ---------------------------------------------------------------------------
# 08 NOT A PLAN: Egenvårdsbedömning by district nurse, Södertälje (Järna)
# ---------------------------------------------------------------------------
def doc08():
    doc = Document()
    base_font(doc, "Arial", 10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hp.text = ("Region Stockholm · Vårdcentralen Järna\t\t"
               "Blankett: Egenvårdsbedömning enligt HSLF-FS 2022:44")
    hp.runs[0].font.size = Pt(8)

    t = doc.add_paragraph()
    r = t.add_run("Egenvårdsbedömning")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Bedömning av om en hälso- och sjukvårdsåtgärd kan "
                      "utföras som egenvård").runs[0].italic = True

    tab = doc.add_table(rows=0, cols=2)
    tab.style = "Table Grid"
    for a, b in [
        ("Patient", "B-M., 81 år"),
        ("Personnummer", "ÅÅMMDD-XXXX"),
        ("Bedömningsdatum", "2025-10-14"),
        ("Bedömningen gjord av", "Distriktssköterska Petra, Vårdcentralen "
         "Järna (legitimerad hälso- och sjukvårdspersonal)"),
        ("Behandlande läkare", "Distriktsläkare, Vårdcentralen Järna"),
        ("Bedömningen gäller åtgärd", "Läkemedelshantering: iordningställande "
         "och administrering av tabletter i dosrulle samt Lantus "
         "(insulin) 1 gång/dygn"),
    ]:
        cells = tab.add_row().cells
        cells[0].text = a
        cells[0].paragraphs[0].runs[0].bold = True
        cells[1].text = b
        cells[0].width = Cm(5)
        cells[1].width = Cm(12)

    def sect(title, paras):
        bold_label(doc, title)
        for ptxt in paras:
            doc.add_paragraph(ptxt)

    doc.add_paragraph()
    sect("1. Bakgrund", [
        "B-M. bor ensam i lägenhet i Järna och har hemtjänst för städning "
        "och inköp. Typ 2-diabetes sedan 2012, insulin sedan 2023. Efter "
        "en period med förhöjda blodsocker och en hypoglykemi i september "
        "har dottern uppmärksammat att dosrullens påsar ibland blir kvar "
        "och att B-M. är osäker på om hon tagit insulinet."])
    sect("2. Patientens egen uppfattning", [
        "B-M. vill helst sköta sina läkemedel själv men säger att hon "
        "”blir förvirrad av alla påsar” och tycker att det är skönt om "
        "någon påminner henne på morgonen."])
    sect("3. Bedömning av förmåga", [
        "☒ Patienten förstår syftet med läkemedlen",
        "☐ Patienten kan på ett säkert sätt själv ta tabletter ur "
        "dosrullen vid rätt tidpunkt",
        "☒ Patienten kan själv ta insulinpennan och ställa in dos med "
        "tillsyn",
        "☐ Patienten kan själv avgöra om insulindosen är tagen",
        "Vid hembesök 2025-10-14 fanns fyra oöppnade dospåsar från "
        "föregående vecka. MMSE 22/30 (2025-09). B-M. klarar själva "
        "injektionstekniken men glömmer om dosen är tagen."])
    sect("4. Riskanalys", [
        "Risk för hypo- och hyperglykemi vid utebliven eller dubbel "
        "insulindos. Risk för utebliven blodtrycksbehandling när dospåsarna blir kvar. "
        "Sammantaget bedöms risken för allvarlig vårdskada som hög om "
        "B-M. sköter läkemedlen själv utan stöd."])
    sect("5. Beslut", [
        "☐ Egenvård – patienten sköter åtgärden själv",
        "☒ Egenvård med praktisk hjälp av hemtjänsten – "
        "påminnelse och överlämning av dospåse morgon och kväll",
        "☒ Hälso- och sjukvårdsåtgärd – insulinet ges av hemsjukvården "
        "tills vidare (ej egenvård)",
        "Motivering: Tablettintaget kan ses som egenvård när hemtjänsten "
        "lämnar dospåsen och ser att den tas. Insulinet kan inte bedömas "
        "som egenvård då B-M. inte på ett säkert sätt kan avgöra om dosen "
        "är tagen."])
    sect("6. Vem gör vad", [
        "Hemtjänst Järna, Södertälje kommun: lämnar dospåse morgon kl. 8 "
        "och kväll kl. 20, kontrollerar att påsen är tom, signerar på "
        "egenvårdslistan.",
        "Hemsjukvården Södertälje kommun: ger Lantus kl. 8 enligt "
        "ordination; överlämning skickad 2025-10-14.",
        "Dottern: hämtar ut dosrulle från apoteket varannan vecka."])
    sect("7. Information och samråd", [
        "Bedömningen är gjord i samråd med B-M. och med hennes medgivande "
        "har dottern och enhetschefen för Hemtjänst Järna informerats "
        "muntligt 2025-10-14. Hemtjänstpersonalen får instruktion av "
        "distriktssköterskan 2025-10-16."])
    sect("8. Omprövning", [
        "Bedömningen omprövas 2025-12-16 eller tidigare om B-M:s "
        "tillstånd förändras."])
    doc.add_paragraph()
    doc.add_paragraph("Underskrift: Petra, distriktssköterska, Vårdcentralen "
                      "Järna, 2025-10-14")
    fixed_core(doc, "Petra", "Egenvårdsbedömning")
    doc.save(path(8, "docx"))


def main():
    os.makedirs(OUT, exist_ok=True)
    plan01()
    plan02()
    plan03()
    plan04()
    plan05()
    plan06()
    plan07()
    doc08()
    print("done:", sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()
