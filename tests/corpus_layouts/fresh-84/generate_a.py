# -*- coding: utf-8 -*-
"""Generate the f84a batch of fictional, anonymised SIP documents (Norrbotten/Västerbotten 2025).

Run with /work/batches/.venv/bin/python generate.py
Deterministic: fixed texts and dates, no randomness.
"""
import os
import shutil
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
PLANS = os.path.join(HERE, "plans")
BUILD = os.path.join(HERE, "build")
PREFIX = "f84a-"
LO_PROFILE = "file:///tmp/lo-f84a"
FONT_DIR = "/usr/share/fonts/truetype/dejavu"


def out(name):
    return os.path.join(PLANS, PREFIX + name)


def fixed_core(doc, title, author):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    import datetime
    cp.created = datetime.datetime(2025, 3, 1, 9, 0, 0)
    cp.modified = datetime.datetime(2025, 3, 1, 9, 0, 0)


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


def set_cell_shading(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def header_text(section, left, right=None, size=8):
    p = section.header.paragraphs[0]
    p.text = ""
    r = p.add_run(left)
    r.font.size = Pt(size)
    r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    if right:
        p.add_run("\t\t")
        r2 = p.add_run(right)
        r2.font.size = Pt(size)
        r2.font.color.rgb = RGBColor(0x55, 0x55, 0x55)


def add_page_number_footer(section, prefix="Sida "):
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(prefix)
    r.font.size = Pt(8)

    def fld(instr):
        run = p.add_run()
        run.font.size = Pt(8)
        b = OxmlElement("w:fldChar")
        b.set(qn("w:fldCharType"), "begin")
        i = OxmlElement("w:instrText")
        i.set(qn("xml:space"), "preserve")
        i.text = instr
        e = OxmlElement("w:fldChar")
        e.set(qn("w:fldCharType"), "end")
        run._r.append(b)
        run._r.append(i)
        run._r.append(e)

    fld("PAGE")
    r = p.add_run(" (")
    r.font.size = Pt(8)
    fld("NUMPAGES")
    r = p.add_run(")")
    r.font.size = Pt(8)


def numbered_list(doc, items):
    """Real Word numbering (List Number style)."""
    for it in items:
        doc.add_paragraph(it, style="List Number")


def soffice_pdf(docx_path, outdir):
    cmd = [
        "soffice",
        "-env:UserInstallation=" + LO_PROFILE,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        outdir,
        docx_path,
    ]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


def normalize_docx(path):
    """Rewrite the zip with fixed timestamps so that every run gives identical bytes."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def normalize_pdf(path):
    """Replace LibreOffice's creation dates and document ID with fixed values of the same length."""
    import re
    with open(path, "rb") as f:
        b = f.read()
    b = re.sub(rb"D:\d{14}[^)>]*", lambda m: (b"D:20250319140000" + b"Z" * (len(m.group(0)) - 16))[: len(m.group(0))], b)
    b = re.sub(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)([^<]*)", lambda m: m.group(1) + (b"2025-03-19T14:00:00" + b" " * 40)[: len(m.group(2))], b)
    b = re.sub(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]", lambda m: m.group(0).replace(m.group(1), b"0" * len(m.group(1))).replace(m.group(2), b"0" * len(m.group(2))), b)
    b = re.sub(rb"/DocChecksum /([0-9A-Fa-f]+)", lambda m: b"/DocChecksum /" + b"0" * len(m.group(1)), b)
    with open(path, "wb") as f:
        f.write(b)


# ---------------------------------------------------------------------------
# 01 – preamble paragraph, "Överenskommelser:" numbered list, closing paragraph
# ---------------------------------------------------------------------------
def plan01():
    doc = Document()
    base_font(doc, "Calibri", 11)
    fixed_core(doc, "SIP Ella", "Elevhälsan Piteå")
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    header_text(sec, "Piteå kommun · Utbildningsförvaltningen · Elevhälsan",
                "Samordnad individuell plan (SIP)")
    add_page_number_footer(sec)

    doc.add_paragraph(
        "Ella är 14 år och går i årskurs 8 på Pitholmsskolan. Sedan höstterminen 2024 har hennes "
        "frånvaro ökat och hon har nu inte varit i skolan på fem veckor. Hon har social ångest som "
        "BUP Piteå har behandlat med KBT sedan oktober, och familjen har sedan december kontakt med "
        "familjebehandlingen i Piteå kommun. Syftet med den här planen är att skolan, BUP och "
        "socialtjänsten drar åt samma håll så att Ella kan komma tillbaka till skolan i en takt hon "
        "klarar, och att Ella och hennes mamma inte ska behöva berätta samma sak för alla var för sig. "
        "Ella sa själv på mötet att morgnarna är det svåraste och att hon inte vill ha möten i skolans "
        "konferensrum där andra elever ser henne. Sitt eget mål sa hon så här: ”Jag vill kunna gå till "
        "skolan tre dagar i veckan innan sommarlovet och äta lunch med min klass.” Vårdnadshavarna har "
        "gett samtycke till samordnad individuell plan. Med på mötet den 11 februari 2025 var Ella, "
        "mamma Sofia, Petra, Jonas, Malin och Henrik."
    )
    p = doc.add_paragraph()
    r = p.add_run("Överenskommelser:")
    r.bold = True
    numbered_list(doc, [
        "Anpassad skolgång: Ella börjar med två korta dagar i veckan, tisdag och torsdag kl. 9–11, i "
        "det lilla grupprummet vid biblioteket. Mentorn möter upp vid entrén och ökar tiden i samråd "
        "med Ella när det fungerar — mentor, Pitholmsskolan, från v. 8",
        "Stödsamtal med kurator varje tisdag efter lektionspasset, med fokus på hur skoldagen gick och "
        "vad som behöver ändras — kurator, Elevhälsan Piteå, från v. 8",
        "Extra anpassningar i undervisningen: uppgifterna läggs ut i lärplattformen i förväg och Ella "
        "slipper redovisa inför klassen tills vidare — specialpedagog, Elevhälsan Piteå, från 2025-02-17",
        "KBT-behandlingen fortsätter varannan vecka, med exponeringsövningar som kopplas till "
        "skolstarten; psykologen och kuratorn stämmer av per telefon en gång i månaden — psykolog, "
        "BUP Piteå, t.o.m. 2025-06-13",
        "Läkarbesök för bedömning av Ellas sömnsvårigheter och om läkemedel kan behövas — läkare, "
        "BUP Piteå, senast 2025-03-14",
        "Familjebehandlare träffar Ella och mamma hemma en gång i veckan och arbetar med morgonrutiner "
        "och att komma iväg hemifrån — familjebehandlare, Familjeenheten, Socialtjänsten Piteå, från "
        "2025-02-19",
        "Mentorn skickar på fredagar ett veckoschema som visar vad som händer på Ellas lektioner nästa "
        "vecka — mentor, Pitholmsskolan, från v. 8",
    ])
    doc.add_paragraph(
        "Vi träffas igen vecka 14 för att se hur det har gått med skolstarten och om Ella kan utöka "
        "till fler dagar. Elevhälsan Piteå håller ihop planen och skickar ut kallelse till nästa möte. "
        "Om något förändras innan dess kan både Ella, mamma och personalen höra av sig till "
        "Elevhälsan via skolans växel."
    )
    doc.save(out("01.docx"))


# ---------------------------------------------------------------------------
# 02 – two-page plan, page 2 "Bilaga 1: Insatsplan" table, converted to PDF
# ---------------------------------------------------------------------------
def plan02():
    doc = Document()
    base_font(doc, "Arial", 10)
    fixed_core(doc, "SIP J.", "Vuxenenheten Luleå")
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    header_text(sec, "Luleå kommun, Socialförvaltningen – Region Norrbotten, Psykiatrin",
                "SIP 2025-03-18")
    add_page_number_footer(sec)

    t = doc.add_paragraph()
    r = t.add_run("Samordnad individuell plan (SIP)")
    r.bold = True
    r.font.size = Pt(16)

    def part(label, text):
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(8)
        rl = p.add_run(label + " ")
        rl.bold = True
        p.add_run(text)

    part("Den enskilde:", "J., 42 år, ÅÅMMDD-XXXX, Luleå.")
    part("SIP-möte:", "2025-03-18 kl. 13.00–14.30, Socialkontoret Luleå, rum Stuor.")
    part("Syfte:", "Samordning av insatser mellan kommun och region.")
    part("Bakgrund:",
         "J. har en schizofrenidiagnos sedan 2016. Efter ett skov i oktober 2024 vårdades han sex "
         "veckor på den psykiatriska kliniken, Sunderby sjukhus. Under vårdtiden pausades boendestödet "
         "och räkningarna blev liggande. Han har i dag skulder på ca 180 000 kr hos Kronofogden och en "
         "hyresskuld på tre månader, och hyresvärden har skickat en uppsägning med möjlighet till "
         "rättelse. Han har ingen sysselsättning och har varit sjukskriven sedan 2023.")
    part("Mål:",
         "Målet är att J. ska kunna bo kvar i sin lägenhet, ha en stabil psykisk hälsa och få en "
         "långsiktig plan för skulderna.")
    part("Samtycke:",
         "J. har lämnat skriftligt samtycke till SIP och till att uppgifter lämnas mellan de "
         "deltagande verksamheterna (blanketten ”Samtycke SIP”, undertecknad 2025-03-04, "
         "skannad till akten).")
    part("Deltagare:",
         "Mikael, socialsekreterare, Vuxenenheten, Luleå kommun; Hanna, sjuksköterska/case manager, "
         "Psykiatriska öppenvårdsmottagningen Luleå, Region Norrbotten; Ahmed, överläkare, "
         "Psykiatriska öppenvårdsmottagningen Luleå; Erik, boendestödjare, Boendestödet Luleå kommun; "
         "Linnea, budget- och skuldrådgivare, Konsument- och skuldrådgivningen Luleå kommun.")
    part("Huvudansvar för planen:", "Socialtjänsten Luleå.")
    part("Insatser:", "Insatserna står i bilaga 1.")
    part("Uppföljning:", "Planen följs upp i juni 2025.")

    doc.add_page_break()
    h = doc.add_paragraph()
    r = h.add_run("Bilaga 1: Insatsplan")
    r.bold = True
    r.font.size = Pt(13)
    rows = [
        ("Insats", "Ansvarig", "Start", "Klart"),
        ("Boendestöd två gånger i veckan: hjälp med post, räkningar, städning och inköp",
         "Boendestödjare, Boendestödet Luleå kommun", "2025-03-24", "Tills vidare"),
        ("Kontakt med hyresvärden om rättelse och avbetalningsplan för hyresskulden; ekonomiskt "
         "bistånd till hyran prövas", "Socialsekreterare, Vuxenenheten", "2025-03-19", "2025-04-04"),
        ("Genomgång av skulderna och hjälp att ansöka om skuldsanering hos Kronofogden",
         "Budget- och skuldrådgivare, Konsument- och skuldrådgivningen", "2025-04-07", "2025-09-30"),
        ("Ansökan om god man till överförmyndarnämnden", "Socialsekreterare, Vuxenenheten",
         "2025-03-25", "2025-04-30"),
        ("Depåinjektion var 14:e dag och stödsamtal med case manager",
         "Sjuksköterska/case manager, Psykiatriska öppenvårdsmottagningen Luleå", "Pågår",
         "Tills vidare"),
        ("Läkemedelsgenomgång och bedömning av arbetsförmåga inför läkarintyg till FK",
         "Regionen", "April 2025", "Maj 2025"),
        ("Handläggning av ansökan om sjukersättning när läkarintyget kommit in",
         "Försäkringskassan, handläggare", "När intyget inkommit", "–"),
        ("Prövning av ansökan om skuldsanering", "Kronofogdemyndigheten", "När ansökan inkommit",
         "–"),
    ]
    tbl = doc.add_table(rows=len(rows), cols=4)
    tbl.style = "Table Grid"
    tbl.autofit = False
    widths = [Cm(7.2), Cm(5.6), Cm(2.6), Cm(2.4)]
    for j, w in enumerate(widths):
        tbl.columns[j].width = w
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = tbl.cell(i, j)
            c.width = widths[j]
            c.text = ""
            run = c.paragraphs[0].add_run(val)
            run.font.size = Pt(9)
            if i == 0:
                run.bold = True
                set_cell_shading(c, "D9E2F3")
    repeat_header(tbl.rows[0])
    doc.add_paragraph()
    doc.add_paragraph("Upprättad av Mikael, socialsekreterare, Vuxenenheten, 2025-03-19.")
    src = os.path.join(BUILD, PREFIX + "02.docx")
    doc.save(src)
    soffice_pdf(src, PLANS)


# ---------------------------------------------------------------------------
# 03 – TSV export
# ---------------------------------------------------------------------------
def plan03():
    rows = [
        ("Del", "Innehåll", "Ansvarig", "Datum"),
        ("Person", "Gösta, 84 år, ÅÅMMDD-XXXX", "", ""),
        ("SIP-möte", "I hemmet, Skellefteå", "", "2025-05-20"),
        ("Deltagare", "Gösta", "", ""),
        ("Deltagare", "Dotter", "", ""),
        ("Deltagare", "Distriktssköterska", "", ""),
        ("Deltagare", "Biståndshandläggare", "", ""),
        ("Deltagare", "Arbetsterapeut", "", ""),
        ("Deltagare", "Undersköterska", "", ""),
        ("Syfte",
         "Gösta skrevs ut från ortopeden på Skellefteå lasarett 2025-05-12 efter en operation för "
         "höftfraktur. Syftet är att hemtjänst, hemsjukvård, rehabilitering och hälsocentralen "
         "samordnar sig så att Gösta kan bo kvar hemma, komma igång med träningen och inte faller "
         "igen.", "", ""),
        ("Frågeställning", "Gå igenom läget efter hemgång.", "", ""),
        ("Den enskildes mål",
         "Målet är att Gösta ska kunna röra sig säkert inomhus med rollator och på sikt gå själv "
         "till brevlådan.", "", ""),
        ("Den enskildes synpunkter",
         "Gösta var med under hela mötet vid köksbordet. Han tycker att morgonbesöket kl. 7 är för "
         "tidigt och vill helst ha det efter kl. 8. Han vill inte ha trygghetslarm runt halsen men "
         "kan tänka sig ett armband. Han vill fortsätta laga sin egen frukost.", "", ""),
        ("Insats",
         "Hemtjänst morgon och kväll: hjälp med av- och påklädning och stödstrumpor, dusch två "
         "gånger i veckan, matlåda till lunch. Morgonbesöket flyttas till efter kl. 8.",
         "Hemtjänsten Anderstorp, Skellefteå kommun", "2025-05-21"),
        ("Insats", "Trygghetslarm med armband installeras och provas med Gösta.",
         "Biståndshandläggare, Äldreomsorgen Skellefteå kommun", "2025-05-27"),
        ("Insats",
         "Hembesök för bedömning av hjälpmedel: toalettförhöjning, duschpall, gripklo; mattorna i "
         "hallen tas bort i samråd med Gösta.",
         "Arbetsterapeut, Rehabenheten Skellefteå kommun", "2025-05-22"),
        ("Insats", "Träningsprogram för höften, fysioterapeut kommer hem en gång i veckan i sex veckor.",
         "Fysioterapeut, Rehabenheten Skellefteå kommun", "2025-05-26"),
        ("Insats", "Såromläggning och borttagning av agrafer.",
         "Distriktssköterska, Hemsjukvården Skellefteå kommun", "2025-05-26"),
        ("Insats",
         "Läkemedelsgenomgång, bl.a. blodförtunnande och smärtlindring, och bedömning av "
         "yrsel och blodtryck.", "Läkare, Morö Backe hälsocentral", "2025-06-03"),
        ("Insats", "Röntgenkontroll av höften.", "Ortopedmottagningen, Skellefteå lasarett",
         "2025-06-24"),
        ("Övriga", "Handlar mat och hämtar ut läkemedel på apoteket varje lördag.", "Dotter",
         "fr.o.m. 2025-05-24"),
        ("Övriga", "Gör hemövningarna från fysioterapeuten varje dag.", "Gösta själv",
         "fr.o.m. 2025-05-26"),
        ("Huvudansvar", "", "", ""),
        ("Uppföljning", "Nytt SIP-möte i hemmet, kallelse skickas ut.", "", "2025-06-17"),
    ]
    text = "\r\n".join("\t".join(r) for r in rows) + "\r\n"
    with open(out("03.txt"), "w", encoding="utf-8", newline="") as f:
        f.write(text)


# ---------------------------------------------------------------------------
# 04 – Confluence page exported to Markdown with raw HTML tables
# ---------------------------------------------------------------------------
def plan04():
    md = """# SIP – A. (19 år)

Skapad av Johanna, senast ändrad 2025-06-05
Utrymme: Socialtjänsten Umeå › Ungdomsgruppen 18–20 › SIP-ärenden

> **Info:** Sidan är ett arbetsdokument. Skriv inga personnummer eller efternamn här – använd initialer.

## Bakgrund

A. är 19 år och bor sedan januari i en egen lägenhet på Ålidhem. Han har använt cannabis i stort sett dagligen sedan 16 års ålder och sedan hösten 2024 även bensodiazepiner som han köper på nätet. Han avbröt El- och energiprogrammet i årskurs 2 och har ingen sysselsättning. I april vårdades han tre dygn på psykiatriska akutvårdsavdelningen, Norrlands universitetssjukhus, efter en blandintoxikation. Därefter har han haft kontakt med Beroendecentrum och med Ungdomsgruppen 18–20. Han har ekonomiskt bistånd sedan februari.

## Deltagare (SIP-möte 2025-06-04, Beroendecentrum)

<table>
<tr><th>Namn</th><th>Funktion</th><th>Verksamhet</th></tr>
<tr><td>A.</td><td>Den enskilde</td><td></td></tr>
<tr><td>Johanna</td><td>Socialsekreterare</td><td>Socialtjänsten Umeå, Ungdomsgruppen 18–20</td></tr>
<tr><td>Oskar</td><td>Behandlare</td><td>Öppenvårdsenheten, Umeå kommun</td></tr>
<tr><td>Frida</td><td>Sjuksköterska</td><td>Beroendecentrum, Region Västerbotten</td></tr>
<tr><td>Karl</td><td>Läkare</td><td>Beroendecentrum, Region Västerbotten</td></tr>
<tr><td>Elin</td><td>Studie- och yrkesvägledare</td><td>Kommunala aktivitetsansvaret (KAA), Umeå kommun</td></tr>
</table>

## Frågeställningar

- Kan nedtrappningen av bensodiazepiner göras i öppenvård, eller behövs inläggning för abstinensbehandling?
- Vem ska A. vända sig till om han får ett återfall en helg när Beroendecentrum har stängt?
- Går det att börja studera på Komvux till hösten samtidigt som behandlingen pågår?

## Mål

Målet är att A. ska vara drogfri och ha en sysselsättning från hösten 2025.

## A:s delaktighet

A. deltog på mötet.

**Samtycke:** finns

## Insatser

<table>
<tr><th>Insats</th><th>Ansvarig</th><th>När</th></tr>
<tr><td>Nedtrappning av bensodiazepiner enligt schema i öppenvård, läkarbesök varannan vecka</td><td>Läkare, Beroendecentrum</td><td>Start 2025-06-10</td></tr>
<tr><td>Urinprov två gånger i veckan</td><td>Sjuksköterska, Beroendecentrum</td><td>Fr.o.m. 2025-06-10</td></tr>
<tr><td>Återfallsprevention (ÅP), samtal en gång i veckan</td><td>Behandlare, Öppenvårdsenheten Umeå kommun</td><td>Fr.o.m. 2025-06-12</td></tr>
<tr><td>Ekonomiskt bistånd under behandlingstiden och hjälp med budget</td><td>Socialsekreterare, Ungdomsgruppen 18–20</td><td></td></tr>
<tr><td>Kontakt med Komvux om studiestart ht 2025, studieplanering</td><td>Studie- och yrkesvägledare, KAA</td><td>Augusti 2025</td></tr>
</table>

## Bilagor

| Fil | Ändrad | Av |
|---|---|---|
| Nedtrappningsschema_A.pdf | 2025-06-04 | Frida |

---
*Etiketter:* `sip` `ungdomsgruppen` `aktiv`
"""
    with open(out("04.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ---------------------------------------------------------------------------
# 05 – bullets grouped under "Kommunen åtar sig:", "Regionen åtar sig:", "Övriga:"
# ---------------------------------------------------------------------------
def plan05():
    doc = Document()
    base_font(doc, "Calibri", 11)
    fixed_core(doc, "SIP Emma", "LSS Boden")
    sec = doc.sections[0]
    header_text(sec, "Bodens kommun · Socialförvaltningen · LSS-handläggning")

    p = doc.add_paragraph()
    r = p.add_run("SAMORDNAD INDIVIDUELL PLAN – SIP")
    r.bold = True
    r.font.size = Pt(14)

    for lab, val in [("Namn:", "Emma"), ("Personnummer:", "ÅÅMMDD-XXXX"),
                     ("Datum för möte:", "2025-01-28"), ("Plats:", "LSS-kontoret, Boden")]:
        q = doc.add_paragraph()
        q.paragraph_format.space_after = Pt(0)
        a = q.add_run(lab + " ")
        a.bold = True
        q.add_run(val)
    doc.add_paragraph()
    q = doc.add_paragraph()
    a = q.add_run("Syfte: ")
    a.bold = True
    q.add_run("Att få en gemensam bild.")

    def boldline(text):
        b = doc.add_paragraph()
        b.paragraph_format.space_before = Pt(10)
        b.paragraph_format.space_after = Pt(2)
        rr = b.add_run(text)
        rr.bold = True

    boldline("Bakgrund")
    doc.add_paragraph(
        "Emma är 23 år och har autism och ADHD. Hon bor i egen lägenhet på Hedenbro med boendestöd "
        "och har daglig verksamhet enligt LSS fyra dagar i veckan på Sävast verkstäder. Sedan "
        "i höstas har boendestödet haft många nya vikarier och Emma har blivit mer orolig, haft "
        "utbrott på daglig verksamhet och sovit dåligt. Hon har gått ner ca 6 kg sedan september. "
        "Mamma har hört av sig till både LSS-handläggaren och Vuxenhabiliteringen."
    )
    boldline("Emmas synpunkter")
    doc.add_paragraph(
        "Emma var med under första halvan av mötet. Hon tycker att det har blivit för många nya "
        "personer i boendestödet och att det är jobbigt när tiderna ändras utan att hon får veta "
        "det i förväg. Hon vill inte att vi pratar om maten när hon är med."
    )

    boldline("Kommunen åtar sig:")
    for it in [
        "Boendestödet minskar antalet personal runt Emma till tre fasta personer — Boendestödet "
        "Boden, från 2025-02-10",
        "Ett veckoschema med bilder sätts upp i hallen hemma och uppdateras varje fredag — "
        "boendestödjare, från v. 7",
        "Se över schemat på daglig verksamhet",
        "Ansökan om kontaktperson enligt LSS utreds — LSS-handläggare, beslut senast 2025-03-31",
        "Stöd kring måltider",
    ]:
        doc.add_paragraph(it, style="List Bullet")
    boldline("Regionen åtar sig:")
    for it in [
        "Vuxenhabiliteringen Boden: arbetsterapeut gör en bedömning av tidshjälpmedel och "
        "sömn, start i februari",
        "Läkemedelsgenomgång",
        "Kontroll av vikt och blodprover på hälsocentralen",
    ]:
        doc.add_paragraph(it, style="List Bullet")
    boldline("Övriga:")
    for it in ["God man", "Mamma finns med som stöd"]:
        doc.add_paragraph(it, style="List Bullet")

    doc.add_paragraph()
    q = doc.add_paragraph()
    a = q.add_run("Huvudansvar: ")
    a.bold = True
    q.add_run("LSS-handläggaren")
    q = doc.add_paragraph()
    a = q.add_run("Uppföljning: ")
    a.bold = True
    q.add_run("om ca tre månader")
    doc.save(out("05.docx"))


# ---------------------------------------------------------------------------
# 06 – paper form filled in by hand, drawn with fpdf2
# ---------------------------------------------------------------------------
class FormPDF(FPDF):
    def header(self):
        self.set_font("dv", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Gällivare kommun · Region Norrbotten", align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, "Blankett SIP, version 2023-05", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(120, 120, 120)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("dv", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, f"Sida {self.page_no()} ({{nb}})", align="C")


def plan06():
    pdf = FormPDF(format="A4")
    pdf.alias_nb_pages()
    pdf.add_font("dv", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font("dv", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.add_font("hand", "", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"))
    pdf.set_creation_date(__import__("datetime").datetime(2025, 9, 4, 10, 0, 0))
    pdf.set_margins(18, 14, 18)
    pdf.set_auto_page_break(True, 16)
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin
    INK = (25, 45, 130)

    def title(t):
        pdf.set_font("dv", "B", 14)
        pdf.cell(0, 8, t, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    def section(t):
        pdf.ln(2.5)
        pdf.set_font("dv", "B", 10)
        pdf.cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")

    def underline_text(width):
        pdf.set_font("dv", "", 10)
        n = max(4, int(width / pdf.get_string_width("_")))
        return "_" * n

    def field(label, value, x=None, width=None, h=7.5, newline=True):
        """Label in regular type, then a long underline; value written on the line in oblique."""
        if x is None:
            x = pdf.l_margin
        if width is None:
            width = pdf.l_margin + W - x
        y = pdf.get_y()
        pdf.set_xy(x, y)
        pdf.set_font("dv", "", 10)
        lw = pdf.get_string_width(label + " ") if label else 0
        if label:
            pdf.cell(lw, h, label + " ")
        line_w = width - lw
        line_x = x + lw
        if value:
            pdf.set_draw_color(0, 0, 0)
            pdf.set_line_width(0.2)
            pdf.line(line_x, y + h - 1.5, line_x + line_w, y + h - 1.5)
            pdf.set_font("hand", "", 10.5)
            pdf.set_text_color(*INK)
            pdf.set_xy(line_x + 1.5, y - 0.3)
            pdf.cell(line_w - 1.5, h, value)
            pdf.set_text_color(0, 0, 0)
        else:
            pdf.set_font("dv", "", 10)
            pdf.set_xy(line_x, y)
            pdf.cell(line_w, h, underline_text(line_w))
        if newline:
            pdf.set_xy(pdf.l_margin, y + h)
        else:
            pdf.set_xy(x + width, y)

    def lines(label, values, n):
        pdf.set_font("dv", "", 10)
        pdf.cell(0, 6, label, new_x="LMARGIN", new_y="NEXT")
        for i in range(n):
            v = values[i] if i < len(values) else ""
            field("", v)

    title("SIP – Samordnad individuell plan")
    pdf.set_font("dv", "", 8)
    pdf.multi_cell(0, 4, "Fylls i vid SIP-mötet. Planen upprättas enligt SoL 2 kap. 7 § och HSL 16 kap. "
                   "4 §. Kopia lämnas till den enskilde/vårdnadshavare och till varje deltagande "
                   "verksamhet.", align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)

    section("1. Uppgifter om den enskilde")
    field("Namn:", "N.", width=W * 0.5, newline=False)
    field("Personnummer:", "XXXXXX-XXXX", x=pdf.l_margin + W * 0.5 + 3, width=W * 0.5 - 3)
    field("Datum för mötet:", "2025-09-03", width=W * 0.5, newline=False)
    field("Plats:", "Centralskolan, konf.rum", x=pdf.l_margin + W * 0.5 + 3, width=W * 0.5 - 3)
    field("Deltog den enskilde i mötet?", "Nej – blir orolig av stora möten, är i skolan")
    field("Om nej, hur har den enskildes åsikter tagits tillvara?", "")

    section("2. Samtycke")
    pdf.set_font("dv", "", 10)
    pdf.cell(0, 6, "Samtycke till SIP och informationsöverföring:   ☐ Muntligt   ☐ Skriftligt",
             new_x="LMARGIN", new_y="NEXT")
    # handwritten tick over the "Skriftligt" box
    pdf.set_font("dv", "", 10)
    bx = pdf.l_margin + pdf.get_string_width("Samtycke till SIP och informationsöverföring:   ☐ Muntligt   ")
    pdf.set_font("hand", "", 11)
    pdf.set_text_color(*INK)
    pdf.text(bx + 1.9, pdf.get_y() - 1.9, "x")
    pdf.set_text_color(0, 0, 0)
    field("Datum:", "2025-09-03", width=W * 0.4, newline=False)
    field("Av:", "båda vårdnadshavarna, blankett bifogas", x=pdf.l_margin + W * 0.4 + 3,
          width=W * 0.6 - 3)

    section("3. Deltagare")
    pdf.set_font("dv", "", 9)
    cw = [W * 0.25, W * 0.33, W * 0.42]
    pdf.cell(cw[0], 5, "Namn")
    pdf.cell(cw[1], 5, "Funktion")
    pdf.cell(cw[2], 5, "Verksamhet", new_x="LMARGIN", new_y="NEXT")
    part = [
        ("Mamma", "vårdnadshavare", ""),
        ("Pappa", "vårdnadshavare", ""),
        ("Lina", "kurator", "Elevhälsan Gällivare"),
        ("Anna", "klasslärare åk 3", "Centralskolan Gällivare"),
        ("Per", "psykolog", "BUP Gällivare, Region Norrbotten"),
        ("Sanna", "socialsekreterare", "Soc. Gällivare, barn o familj"),
        ("", "", ""),
    ]
    for row in part:
        y = pdf.get_y()
        x = pdf.l_margin
        for k, v in enumerate(row):
            pdf.set_xy(x, y)
            field("", v, x=x, width=cw[k] - 2, h=7, newline=False)
            x += cw[k]
        pdf.set_xy(pdf.l_margin, y + 7)

    section("4. Syfte med SIP")
    field("", "Samordning BUP – skola – soc")
    field("", "")

    section("5. Frågeställningar inför mötet")
    field("", "")
    field("", "")

    section("6. Den enskildes mål (med egna ord)")
    field("", "")
    field("", "")

    # page 2
    pdf.add_page()
    section("7. Bakgrund / nuläge")
    lines("", [
        "N. 9 år, åk 3. Många konflikter på raster, slagit andra elever,",
        "svårt att sitta still, har gått hem flera gånger i höst. Remiss BUP",
        "(misstänkt ADHD) skickad i maj, står i kö för utredning. Soc har",
        "utredning enl. 11:1 SoL efter orosanmälan från skolan i augusti.",
    ], 5)

    section("8. Insatser")
    pdf.set_font("dv", "", 9)
    iw = [W * 0.5, W * 0.3, W * 0.2]
    pdf.cell(iw[0], 5, "Insats / åtgärd")
    pdf.cell(iw[1], 5, "Ansvarig (verksamhet, funktion)")
    pdf.cell(iw[2], 5, "Från när", new_x="LMARGIN", new_y="NEXT")
    ins = [
        ("Fortsatt kontakt", "", ""),
        ("Extra stöd vid behov", "", ""),
        ("Täta kontakter med hemmet", "", ""),
        ("", "", ""),
        ("", "", ""),
    ]
    for row in ins:
        y = pdf.get_y()
        x = pdf.l_margin
        for k, v in enumerate(row):
            pdf.set_xy(x, y)
            field("", v, x=x, width=iw[k] - 2, h=7.5, newline=False)
            x += iw[k]
        pdf.set_xy(pdf.l_margin, y + 7.5)

    section("9. Andra aktörers insatser (t.ex. FK, AF, god man, närstående)")
    field("", "")
    field("", "")

    section("10. Huvudansvarig för planen")
    field("Verksamhet/funktion:", "BUP")

    section("11. Uppföljning")
    field("Datum för uppföljning:", "2025-11-12 kl. 13.00", width=W * 0.6, newline=False)
    field("Plats:", "Centralskolan", x=pdf.l_margin + W * 0.6 + 3, width=W * 0.4 - 3)

    section("12. Underskrifter")
    field("Vårdnadshavare:", "", width=W * 0.5, newline=False)
    field("Vårdnadshavare:", "", x=pdf.l_margin + W * 0.5 + 3, width=W * 0.5 - 3)
    field("Planen upprättad av:", "Lina, kurator", width=W * 0.6, newline=False)
    field("Datum:", "2025-09-03", x=pdf.l_margin + W * 0.6 + 3, width=W * 0.4 - 3)

    pdf.output(out("06.pdf"))


# ---------------------------------------------------------------------------
# 07 – letter from the coordinator to everyone who took part
# ---------------------------------------------------------------------------
def plan07():
    doc = Document()
    base_font(doc, "Times New Roman", 12)
    fixed_core(doc, "Sammanfattning SIP-möte", "Vuxenenheten Kalix")
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.8)
    hp = sec.header.paragraphs[0]
    hr = hp.add_run("KALIX KOMMUN")
    hr.bold = True
    hr.font.size = Pt(11)
    hp2 = sec.header.add_paragraph()
    r2 = hp2.add_run("Socialtjänsten · Vuxenenheten")
    r2.font.size = Pt(9)
    r2.font.small_caps = True

    d = doc.add_paragraph("Kalix 2025-10-16")
    d.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph()
    p = doc.add_paragraph()
    r = p.add_run("Till er som deltog i SIP-mötet den 14 oktober 2025")
    r.bold = True
    p = doc.add_paragraph()
    r = p.add_run("Sammanfattning av vad vi kom överens om för Jenny")
    r.italic = True

    paras = [
        "Tack för att ni tog er tid att komma till mötet på socialkontoret i Kalix, och tack till er "
        "som var med via länk. Jag skriver här ner det vi kom fram till så att "
        "vi alla har samma bild. Syftet med mötet var att planera Jennys utskrivning från den "
        "psykiatriska slutenvården så att hon har ett samlat stöd hemma i Kalix från första dagen, "
        "och så att Jenny, hennes syster och vi som arbetar runt henne vet vem som gör vad de "
        "närmaste veckorna.",
        "Jenny var med under hela mötet. De frågor hon själv ville ha svar på var hur hon ska klara "
        "de första nätterna hemma, vem hon ska ringa om hon mår sämre en helg, och om hon kan få "
        "hjälp att ta sig till öppenvården de dagar bussen inte passar. Hon berättade att det som "
        "hjälpt henne mest på avdelningen är fasta tider och att veta i förväg vem som kommer. Hon "
        "sa också: ”Jag vill klara vardagen hemma och orka ha barnen varannan helg igen.”",
        "Jenny skrivs ut från avdelning 51 på Sunderby sjukhus torsdagen den 23 oktober. "
        "Avdelningen skickar sin information i Lifecare samma dag och ger Jenny läkemedel för en "
        "vecka med sig hem. Psykiatriska öppenvårdsmottagningen i Kalix tar sedan över: "
        "sjuksköterskan där har ett första besök med Jenny fredagen den 24 oktober och träffar henne "
        "därefter varannan vecka, och läkaren på mottagningen går igenom medicineringen vid ett "
        "besök under november. Mottagningen har också lovat att ringa Jenny på fredagseftermiddagar "
        "de första fyra veckorna.",
        "Från vår sida på Vuxenenheten beviljas boendestöd tre gånger i veckan med start måndagen "
        "den 27 oktober. Boendestödjarna hjälper Jenny med struktur på dagen, inköp och att komma "
        "iväg till besöken på öppenvården. Boendestödet ska också hjälpa Jenny att komma i kontakt "
        "med träffpunkten i Kalix, när hon själv känner sig redo för det.",
        "Jennys syster Karin har sagt att hon finns med som stöd. Försäkringskassan är "
        "informerad om att Jenny är sjukskriven.",
        "Om Jenny mår sämre gäller det vi gick igenom: dagtid ringer hon öppenvårdsmottagningen i "
        "Kalix, kvällar och helger 1177 eller psykiatriska akutmottagningen på Sunderby sjukhus.",
        "Jag har huvudansvaret för att hålla ihop planen och det är till mig ni hör av er om något "
        "ändras. Vi ses för uppföljning vecka 47; jag återkommer med tid och plats, och Jenny får "
        "själv vara med och bestämma var vi ska ses.",
    ]
    for t in paras:
        pp = doc.add_paragraph(t)
        pp.paragraph_format.space_after = Pt(8)
    doc.add_paragraph()
    doc.add_paragraph("Med vänlig hälsning")
    doc.add_paragraph()
    for line in ["Annika", "SIP-samordnare", "Vuxenenheten, Socialtjänsten Kalix kommun",
                 "Nås via kommunens växel"]:
        q = doc.add_paragraph(line)
        q.paragraph_format.space_after = Pt(0)
    doc.save(out("07.docx"))


# ---------------------------------------------------------------------------
# 08 – NOT a plan: consultation case to a county team
# ---------------------------------------------------------------------------
def plan08():
    doc = Document()
    base_font(doc, "Calibri", 11)
    fixed_core(doc, "Konsultationsärende", "Samverkansteam barn Västerbotten")
    sec = doc.sections[0]
    header_text(sec, "Länsgemensamt samverkansteam barn och unga · Region Västerbotten och "
                     "länets kommuner", "Konsultation 2025-04-09")
    add_page_number_footer(sec)

    doc.add_heading("Konsultationsärende – samverkansteam barn", level=1)
    tbl = doc.add_table(rows=5, cols=2)
    tbl.style = "Table Grid"
    info = [
        ("Ärende", "Konsultation nr 2025-07 (avidentifierat)"),
        ("Inlämnat av", "Socialsekreterare, Barn och familj, Lycksele kommun, tillsammans med "
                        "skolsköterska, Elevhälsan Lycksele"),
        ("Barn", "Flicka, 11 år, åk 5 (kallas ”X” nedan)"),
        ("Konsultationsdatum", "2025-04-09, via Teams"),
        ("Teamets sammansättning vid tillfället",
         "Barnpsykiater och psykolog (BUP, Region Västerbotten), socionom (länets kommuner), "
         "specialpedagog (regionalt skolstöd), barnhälsovårdsöverläkare"),
    ]
    for i, (a, b) in enumerate(info):
        tbl.cell(i, 0).text = a
        tbl.cell(i, 1).text = b
        tbl.cell(i, 0).paragraphs[0].runs[0].bold = True
        set_cell_shading(tbl.cell(i, 0), "EDEDED")
    doc.add_paragraph(
        "Ärendet är avidentifierat. Vårdnadshavarna har informerats om att ärendet tas upp "
        "anonymt i samverkansteamet.").runs[0].italic = True

    doc.add_heading("Frågan till teamet", level=2)
    doc.add_paragraph(
        "Hur kan vi få till en gemensam bedömning av X:s svårigheter när BUP har avslutat "
        "remissen med hänvisning till att skolan först ska göra anpassningar, samtidigt som skolan "
        "bedömer att anpassningarna redan är prövade? Vilken verksamhet bör ta initiativ, och finns "
        "det något i länets rutiner som vi missar?"
    )
    doc.add_heading("Bakgrund", level=2)
    for t in [
        "X bor med mamma och två yngre syskon i Lycksele, pappa bor i Umeå och träffar barnen "
        "varannan helg. Sedan åk 4 har X haft tilltagande frånvaro, i vårterminen ca 40 %. Hon "
        "har svårt med övergångar, blir ”helt stum” i grupp och har enligt mamma utbrott hemma "
        "efter skoldagen. Skolan har gjort anpassningar sedan hösten (eget arbetsbord, "
        "förberedelse av schemat, kortare dagar) och en pedagogisk kartläggning är klar.",
        "En remiss till BUP skickades från elevhälsan i januari. BUP besvarade remissen i mars och "
        "rekommenderade fortsatta anpassningar i skolan och kontakt med hälsocentralen. "
        "Socialtjänsten har en pågående utredning efter en orosanmälan från skolan i februari; "
        "inget tyder på brister i omsorgen men mamma är mycket belastad och har bett om stöd.",
        "Vårdnadshavarna är överens om att de vill ha en utredning, men pappa har inte deltagit "
        "i mötena med skolan.",
    ]:
        doc.add_paragraph(t)
    doc.add_heading("Teamets råd", level=2)
    for t in [
        "Teamet bedömer att X:s behov sannolikt kräver insatser från både skola, socialtjänst och "
        "hälso- och sjukvård, och att det kan finnas skäl för en samordnad individuell plan (SIP). "
        "Socialtjänsten eller elevhälsan kan kalla till SIP om vårdnadshavarna samtycker; BUP och "
        "hälsocentralen är enligt länsöverenskommelsen skyldiga att delta om de kallas.",
        "Inför ett eventuellt SIP-möte bör skolan sammanfatta vilka anpassningar som gjorts, hur "
        "länge och med vilket resultat, så att frågan om BUP-bedömning kan tas upp på ett konkret "
        "underlag. Teamet rekommenderar också att en ny remiss, om den skickas, bifogar den "
        "pedagogiska kartläggningen och frånvarostatistiken.",
        "Båda vårdnadshavarna bör bjudas in, och X:s egen bild bör inhämtas före mötet, t.ex. av "
        "skolsköterskan med stöd av bildmaterial.",
        "Teamet ger inga råd om socialtjänstens utredning i sak. Ärendet kan tas upp igen i "
        "teamet om frågan om ansvarsfördelning kvarstår efter sommaren.",
    ]:
        doc.add_paragraph(t, style="List Bullet")
    doc.add_paragraph()
    doc.add_paragraph("Antecknat av: sekreterare, samverkansteamet, 2025-04-10")
    doc.save(out("08.docx"))


def main():
    os.makedirs(PLANS, exist_ok=True)
    os.makedirs(BUILD, exist_ok=True)
    plan01()
    plan02()
    plan03()
    plan04()
    plan05()
    plan06()
    plan07()
    plan08()
    for n in ("01", "05", "07", "08"):
        normalize_docx(out(n + ".docx"))
    normalize_pdf(out("02.pdf"))
    shutil.rmtree(BUILD, ignore_errors=True)


if __name__ == "__main__":
    main()
