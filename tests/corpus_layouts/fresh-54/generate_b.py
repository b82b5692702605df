#!/usr/bin/env python3
"""Generate the f54b- batch of fictional, anonymized SIP test documents.

Run with /work/batches/.venv/bin/python generate.py
Deterministic: fixed texts, fixed dates, no randomness. PDFs 06 is printed
from HTML with LibreOffice using its own profile (/tmp/lo-f54b).
"""
import datetime
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
PREFIX = "f54b-"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIXED = datetime.datetime(2025, 1, 15, 9, 0, 0)
LO_PROFILE = "file:///tmp/lo-f54b"


def path(n, ext):
    return os.path.join(OUT, f"{PREFIX}{n:02d}.{ext}")


# ---------------------------------------------------------------- docx helpers
def fix_core(doc, title, when=FIXED):
    cp = doc.core_properties
    cp.title = title
    cp.author = ""
    cp.last_modified_by = ""
    cp.created = when
    cp.modified = when
    cp.revision = 1


def set_cell_shading(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def mark_header_row(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def cell_text(cell, text, bold=False, size=None):
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


def bold_para(doc, text, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    return p


def label_value(doc, label, value):
    p = doc.add_paragraph()
    r = p.add_run(label + " ")
    r.bold = True
    p.add_run(value)
    return p


def header_text(section, left, right=None):
    hdr = section.header
    p = hdr.paragraphs[0]
    p.text = ""
    r = p.add_run(left)
    r.font.size = Pt(8)
    if right:
        r2 = p.add_run("\t\t" + right)
        r2.font.size = Pt(8)


def footer_text(section, text):
    ftr = section.footer
    p = ftr.paragraphs[0]
    p.text = ""
    r = p.add_run(text)
    r.font.size = Pt(8)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def normalize_docx(p):
    """Rewrite the zip with fixed timestamps so every run gives identical bytes."""
    import zipfile
    with zipfile.ZipFile(p) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def normalize_pdf(p):
    """Blank LibreOffice's run-time dates and document ID, keeping byte lengths."""
    import re
    data = open(p, "rb").read()

    def fix_date(m):
        return m.group(1) + b"20250129101400" + b"0" * (len(m.group(2)) - 14) + m.group(3)

    data = re.sub(rb"(D:)(\d{14,})([^)>]*)", lambda m: fix_date(m), data)
    data = re.sub(rb"<[0-9A-Fa-f]{32}>", lambda m: b"<" + b"0" * 32 + b">", data)
    data = re.sub(rb"(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)([^<]*)(<)",
                  lambda m: m.group(1) + b"2025-01-29T10:14:00".ljust(len(m.group(2)), b" ") + m.group(3), data)
    data = re.sub(rb"(uuid:)([0-9a-fA-F-]{36})",
                  lambda m: m.group(1) + b"00000000-0000-0000-0000-000000000000", data)
    data = re.sub(rb"(/DocChecksum /)([0-9A-Fa-f]{32})",
                  lambda m: m.group(1) + b"0" * 32, data)
    open(p, "wb").write(data)


# ======================================================== 01: plan on a page
def plan01():
    pdf = FPDF(orientation="L", unit="mm", format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("SIP - plan på en sida")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_margins(12, 10, 12)

    pdf.set_font("DejaVu", "B", 16)
    pdf.set_xy(12, 10)
    pdf.cell(0, 8, "SIP – min plan på en sida")
    pdf.set_font("DejaVu", "", 9)
    pdf.set_xy(12, 18)
    pdf.cell(0, 5, "Skellefteå kommun och Region Västerbotten i samverkan"
             "   |   Namn: Elias   |   Personnr: ÅÅMMDD-XXXX   |   "
             "Upprättad: 2025-01-14")
    pdf.line(12, 24, 285, 24)

    boxes = [
        ("Syfte och mål",
         "Syfte: Att Elias ska få en samlad plan för behandlingen av sitt "
         "amfetaminberoende och för boendefrågan. Han bor i dag hos olika "
         "kompisar. Socialtjänsten och beroendevården behöver veta vad den "
         "andra gör så att Elias inte får olika besked.\n\n"
         "Mål: Se genomförandeplan hos socialtjänsten."),
        ("Insatser och ansvar",
         "• Öppenvårdsbehandling med återfallsprevention 1 ggr/vecka – "
         "Beroendemottagningen Skellefteå, behandlare. Start 2025-01-20.\n"
         "• Urinprov 2 ggr/vecka – Beroendemottagningen Skellefteå, "
         "sjuksköterska. Fr.o.m. 2025-01-20.\n"
         "• Boendeutredning och ansökan om träningslägenhet – "
         "Vuxenenheten, socialsekreterare. Klart senast 2025-02-28.\n"
         "• Läkarbedömning, ev. remiss för ADHD-utredning – Regionen.\n"
         "• FK och AF kan bli aktuella längre fram."),
        ("Deltagare",
         "Elias\n"
         "Jonas, socialsekreterare\n"
         "Maria, sjuksköterska\n"
         "Ahmed, behandlare\n"
         "Karin, boendesamordnare"),
        ("Uppföljning",
         "Nästa SIP-möte: 2025-04-08 kl. 13.30\n"
         "Plats: Vuxenenheten, Skellefteå (lilla mötesrummet).\n\n"
         "Vid uppföljningen går vi igenom hur behandlingen och "
         "boendefrågan har gått."),
    ]
    x0, y0 = 12, 28
    w, h = 134, 82
    gap = 5
    for i, (title, text) in enumerate(boxes):
        col, row = i % 2, i // 2
        x = x0 + col * (w + gap)
        y = y0 + row * (h + gap)
        pdf.set_draw_color(40, 70, 110)
        pdf.set_line_width(0.5)
        pdf.rect(x, y, w, h)
        pdf.set_fill_color(225, 233, 243)
        pdf.rect(x, y, w, 9, style="DF")
        pdf.set_xy(x + 3, y + 1.5)
        pdf.set_font("DejaVu", "B", 12)
        pdf.cell(w - 6, 6, title)
        pdf.set_xy(x + 3, y + 12)
        pdf.set_font("DejaVu", "", 9.5)
        pdf.multi_cell(w - 6, 4.8, text, align="L")
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_font("DejaVu", "", 7.5)
    pdf.set_xy(12, 200)
    pdf.cell(0, 4, "Utskrift 2025-01-14   Sida 1 (1)")
    pdf.output(path(1, "pdf"))


# ======================================================== 02: child ADHD docx
def plan02():
    doc = Document()
    fix_core(doc, "SIP Noah")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    header_text(sec, "Region Örebro län • Örebro kommun", "SIP – samordnad individuell plan")
    footer_text(sec, "Dokumentet förvaras hos BUP Örebro och IFO Barn och familj")

    t = doc.add_paragraph()
    r = t.add_run("Samordnad individuell plan (SIP)")
    r.bold = True
    r.font.size = Pt(18)
    label_value(doc, "Barn:", "Noah, 11 år (ÅÅMMDD-XXXX)")
    label_value(doc, "Vårdnadshavare:", "Sandra (mamma), Patrik (pappa)")
    label_value(doc, "Mötesdatum:", "2025-02-05, BUP Örebro")

    doc.add_heading("1. Bakgrund", level=1)
    doc.add_paragraph(
        "Noah går i femman på Ekbackens skola i Örebro. Han fick diagnosen ADHD "
        "hösten 2024 och har sedan december medicin som följs av BUP. Han har svårt "
        "att vara kvar i klassrummet och lämnar ofta lektionerna, framför allt matte "
        "och svenska. Noah bor växelvis hos mamma och pappa. Mamma har en bipolär "
        "sjukdom och har under vintern varit inlagd på psykiatrisk klinik två gånger; "
        "under de perioderna har Noah bott hos pappa och varit orolig för mamma. "
        "Skolan har märkt att Noah är mer frånvarande och ledsen när mamma är sjuk. "
        "IFO Barn och familj har en pågående utredning efter en orosanmälan från "
        "skolan i november.")

    doc.add_heading("2. Syfte med planen", level=1)
    doc.add_paragraph(
        "Syftet är att BUP, skolan och socialtjänsten ska samordna stödet så att Noah "
        "orkar vara kvar på lektionerna och så att han har någon att prata med och vet "
        "vad som händer när mamma blir sjuk.")

    doc.add_heading("3. Frågor till mötet", level=1)
    for q in [
        "Hur kan skolan hjälpa Noah att stanna kvar på lektionerna hela dagen?",
        "Fungerar medicinen i skolan, och behöver dosen ses över?",
        "Vem kan Noah prata med om mammas sjukdom, och vad händer praktiskt när "
        "mamma blir inlagd?",
    ]:
        doc.add_paragraph(q, style="List Bullet")

    doc.add_heading("4. Så här tänker jag", level=1)
    it = doc.add_paragraph()
    ri = it.add_run("(Noah berättade för kuratorn innan mötet och var med första "
                    "halvtimmen av mötet tillsammans med mamma. Pappa var med på "
                    "telefon. Kuratorn skrev ner det Noah sa.)")
    ri.italic = True
    ri.font.size = Pt(9)
    for para in [
        "Det är svårt att sitta still på matten. Alla pratar och jag hör allt, "
        "så då går jag ut. Sen får jag skäll för att jag gick.",
        "Jag vill ha en egen bänk längst fram eller vid fönstret där det är lugnt. "
        "Och jag vill få gå ut och gå en runda utan att det blir bråk.",
        "Medicinen gör att jag inte är hungrig på lunchen. Det är typ det enda som "
        "är dåligt med den.",
        "När mamma är på sjukhuset vet jag inte vad som händer. Jag vill att någon "
        "berättar för mig. Jag vill inte prata om det i klassen.",
        "Mitt mål: Jag vill klara att vara kvar på alla lektioner en hel vecka, och "
        "jag vill ha en vuxen på skolan som jag kan gå till.",
    ]:
        doc.add_paragraph(para)

    doc.add_heading("5. Insatser", level=1)
    rows = [
        ("Insats", "Vem ansvarar", "När"),
        ("Egen arbetsplats i klassrummet, bildschema och överenskomna "
         "pauser (\"gå-runda\" med elevassistent)",
         "Mentor och speciallärare, Ekbackens skola", "Fr.o.m. 2025-02-10"),
        ("Fasta samtal med kurator varannan vecka, Noah får en \"trygg "
         "vuxen\" på skolan", "Kurator, Elevhälsan Ekbackens skola",
         "Start v. 7, varannan tisdag"),
        ("Uppföljning av ADHD-medicinering, vikt och aptit, ev. dosjustering",
         "Läkare och sjuksköterska, BUP Örebro", "Återbesök 2025-03-12"),
        ("Barnsamtal om förälders psykiska sjukdom (Trappan-inspirerade samtal, "
         "4 tillfällen)", "Familjebehandlare, IFO Barn och familj", "–"),
        ("Plan för vad som händer med Noah vid mammas inläggning (vem hämtar, "
         "vem informerar skolan)", "Socialsekreterare, IFO Barn och familj",
         "Klar till 2025-03-01"),
    ]
    table = doc.add_table(rows=len(rows), cols=3)
    table.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell_text(table.cell(i, j), val, bold=(i == 0))
            if i == 0:
                set_cell_shading(table.cell(i, j), "D9E2F3")
    mark_header_row(table.rows[0])
    for row in table.rows:
        row.cells[0].width = Cm(8.5)
        row.cells[1].width = Cm(5)
        row.cells[2].width = Cm(3.5)

    doc.add_heading("6. Samordning och uppföljning", level=1)
    label_value(doc, "Huvudansvar för planen:", "BUP Örebro")
    label_value(doc, "Samtycke:", "Vårdnadshavarna har samtyckt till SIP.")
    label_value(doc, "Uppföljning:", "2025-05-20 kl. 14.00 på BUP Örebro. "
                "Noah bjuds in till första delen av mötet.")
    label_value(doc, "Närvarande:", "Noah (första halvtimmen), Sandra (mamma), "
                "Patrik (pappa, telefon), Helena, Johan, Elin, Maria")
    doc.save(path(2, "docx"))


# ======================================================== 03: txt field export
def plan03():
    fields = [
        ("Plan-ID", "SIP-2024-0412"),
        ("Personnummer", "ÅÅMMDD-XXXX"),
        ("Namn", "G."),
        ("Folkbokförd kommun", "Vännäs"),
        ("Vårdenhet", "Ortopedavdelning 23, Norrlands universitetssjukhus Umeå"),
        ("Mötesdatum", "2024-11-19"),
        ("Mötesform", "Videomöte"),
        ("Syfte", "-"),
        ("Frågeställningar", "-"),
        ("Den enskildes mål", "-"),
        ("Den enskildes delaktighet",
         "G. deltog vid mötet från sängen på avdelningen."),
        ("Samtycke",
         "Muntligt samtycke inhämtat 2024-11-18 av sjuksköterska på avd 23.\n"
         "Gäller informationsutbyte mellan regionen och Vännäs kommun."),
        ("Bakgrund",
         "84-årig man, bor ensam i villa i Vännäsby. Föll i hemmet 2024-11-09,\n"
         "höftfraktur vänster sida, opererad 2024-11-10. Går med rollator med\n"
         "stöd av en person. Lätt kognitiv svikt enligt avdelningen, klarar\n"
         "inte själv att hålla ordning på läkemedlen. Hade ingen hemtjänst\n"
         "före fallet. Planerad hemgång 2024-11-21."),
        ("Insatser",
         "1. Hemtjänst morgon och kväll, hjälp med på- och avklädning,\n"
         "   dusch 1 ggr/vecka och tillsyn.\n"
         "   Ansvar: Kommunen. Fr.o.m. hemgång 2024-11-21.\n"
         "2. Trygghetslarm installeras före hemgång.\n"
         "   Ansvar: Kommunen.\n"
         "3. Hemrehabilitering, gångträning och träning i trappa, 2 ggr/vecka.\n"
         "   Ansvar: Fysioterapeut, Hemrehab Vännäs kommun. Start 2024-11-22.\n"
         "4. Dosett/Apodos och läkemedelsgenomgång.\n"
         "   Ansvar: Distriktsläkare, Vårdcentralen Vännäs. Senast 2024-12-06.\n"
         "5. Hjälpmedel: toalettförhöjning, duschpall, griptång.\n"
         "   Ansvar: Arbetsterapeut, Vännäs kommun. Levereras 2024-11-20."),
        ("Övriga aktörer",
         "Dottern M. bor i Umeå. Hon handlar mat en gång i veckan och följer\n"
         "med G. på återbesöket på ortopeden."),
        ("Huvudansvarig", "-"),
        ("Uppföljning", "-"),
        ("Deltagare",
         "Sjuksköterska\n"
         "Biståndshandläggare\n"
         "Fysioterapeut\n"
         "Distriktssköterska\n"
         "G.\n"
         "Dotter M. (telefon)"),
        ("Upprättad av", "Sjuksköterska, avd 23"),
        ("Utskriftsdatum", "2024-11-19 15:42"),
    ]
    lines = ["SAMORDNAD INDIVIDUELL PLAN - EXPORT", "=" * 36, ""]
    for name, value in fields:
        lines.append(f"{name}:")
        for v in value.split("\n"):
            lines.append("    " + v)
        lines.append("")
    text = "\n".join(lines)
    with open(path(3, "txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# ======================================================== 04: markdown stroke
def plan04():
    md = """# SIP – Birgitta, 67 år

**Kommun:** Karlstad  
**Datum för mötet:** 2025-03-06, hemma hos Birgitta  
**Skriven av:** Lena, arbetsterapeut, Hemrehab Karlstads kommun

## Bakgrund

Birgitta fick en stroke i januari 2025 och vårdades på strokeenheten på
Centralsjukhuset Karlstad och sedan på rehabavdelningen. Hon skrevs ut
2025-02-24. Hon har nedsatt kraft och känsel i vänster arm och hand, tröttar
lätt och har svårt att hålla ordning på flera saker samtidigt. Hon går
inomhus utan hjälpmedel men använder rollator utomhus. Hon bor i ett
radhus i Kronoparken med maken Bengt, som är 70 år och har egen
hjärtsjukdom.

## Syfte

Syftet är att Birgitta ska kunna bo kvar hemma och bli så självständig som
möjligt i vardagen efter stroken, och att hemrehab, hemtjänst och
vårdcentralen gör sina delar i rätt ordning så att hon inte får samma
frågor från tre håll.

## Frågor vi tog upp på mötet

- Kan Birgitta duscha själv med hjälpmedel, eller behövs hemtjänst på morgonen?
- Hur ska blodtrycket och läkemedlen följas upp nu när hon är hemma?
- Kan hon börja laga enklare mat igen, och vad behöver ändras i köket?

## Birgittas egna ord

Birgitta var med hela mötet vid köksbordet. Hon sa:

> Jag vill kunna duscha själv. Det är det viktigaste. Jag vill inte att
> någon främmande ska komma hit och tvätta mig.

> Mitt mål är att jag ska kunna laga middag till mig och Bengt igen, kanske
> inte varje dag men några gånger i veckan. Och att jag ska kunna gå till
> affären själv till sommaren.

> Jag blir så trött. Jag vill inte ha besök alla dagar i veckan.

Vi kom överens om att samla besöken till tisdagar och torsdagar när det går.

## Insatser

| Insats | Ansvarig | Start | Uppföljs |
|---|---|---|---|
| Bedömning och utprovning av duschpall, greppräcken och långskaftad svamp; träning i dusch | Arbetsterapeut, Hemrehab Karlstads kommun | 2025-03-11 | v. 12 |
| Träning av vänster arm och hand, hemprogram | Fysioterapeut, Hemrehab Karlstads kommun | 2025-03-13 | v. 14 |
| Kökträning: enklare matlagning, anpassning av köket (höjd, redskap) | Arbetsterapeut, Hemrehab Karlstads kommun | 2025-03-18 | v. 16 |
| Blodtryckskontroller och läkemedelsgenomgång | Distriktssköterska, Vårdcentralen Kronoparken | 2025-03-12 | v. 12 |
| Uppföljande läkarbesök efter stroke | Läkare, Vårdcentralen Kronoparken | 2025-04-02 | efter besöket |
| Hemtjänst vid dusch tills hon klarar det själv (tillfälligt) | Biståndshandläggare, Karlstads kommun | 2025-03-10 | v. 12 |

## Övrigt

Maken Bengt är ett viktigt stöd hemma. Sonen bor i Hammarö.

## Deltagare

- Birgitta
- Bengt, make
- Lena, arbetsterapeut, Hemrehab Karlstads kommun
- Oskar, fysioterapeut, Hemrehab Karlstads kommun
- Sara, distriktssköterska, Vårdcentralen Kronoparken
- Hanna, biståndshandläggare, Äldreomsorgen Karlstads kommun

## Nästa möte

Ny SIP-träff i april, hemma hos Birgitta. Lena skickar kallelse.
"""
    with open(path(4, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ======================================================== 05: follow-up side by side
def plan05():
    doc = Document()
    fix_core(doc, "SIP uppföljning R.")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.left_margin = Cm(2)
    sec.right_margin = Cm(2)
    header_text(sec, "Lindesbergs kommun / Region Örebro län", "SIP – uppföljning")
    footer_text(sec, "Samordnad individuell plan enligt SoL 2 kap. 7 § och HSL 16 kap. 4 §")

    bold_para(doc, "SIP – uppföljning av plan", size=16)
    label_value(doc, "Namn:", "R., 38 år")
    label_value(doc, "Personnummer:", "XXXXXX-XXXX")
    label_value(doc, "Förra planen upprättad:", "2024-09-18")
    label_value(doc, "Detta uppföljningsmöte:", "2025-02-12, Psykiatriska öppenvården Lindesberg")
    doc.add_paragraph(
        "R. har schizofreni och har haft kontakt med psykiatrin sedan 2016. Hon bor "
        "ensam i hyreslägenhet i Lindesberg. Under 2024 fick hon hyresskulder och "
        "en skuld hos Kronofogden och var nära att bli vräkt. Tabellen visar vad som "
        "stod i förra planen och vad som gäller nu.")

    parts = [
        ("Syfte",
         "Samordning.",
         "Att R. ska kunna bo kvar i sin lägenhet och få ordning på ekonomin, och "
         "att psykiatrin, socialpsykiatrin och god man inte lägger olika planer "
         "för henne. R. ska slippa berätta samma sak för alla."),
        ("Frågeställningar",
         "Diskutera läget.",
         "Som tidigare."),
        ("R:s mål",
         "Målet är att R. ska ha en stabil boendesituation.",
         "R. säger: ”Jag vill klara mig själv och inte vara rädd för posten. "
         "Och jag vill börja på träffpunkten igen.”"),
        ("R:s delaktighet",
         "R. deltog en kort stund.",
         "R. var med hela mötet. Hon vill att boendestödet kommer på eftermiddagen "
         "i stället för på morgonen, eftersom hon är trött av medicinen på "
         "förmiddagarna."),
        ("Samtycke",
         "Samtycke finns.",
         "Oförändrat."),
        ("Insatser och ansvar",
         "Boendestöd.\nFortsatt kontakt med psykiatrin.\nHjälp med ekonomin.",
         "1. Boendestöd 2 ggr/vecka, eftermiddagar, bl.a. stöd med städning "
         "och att öppna post – Socialpsykiatrin Lindesbergs kommun, "
         "boendestödjare. Fr.o.m. 2025-03-01.\n"
         "2. Läkarbesök och depåinjektion var tredje vecka – Regionen.\n"
         "3. Budget- och skuldrådgivning, genomgång av skulden hos Kronofogden – "
         "Budget- och skuldrådgivningen Lindesbergs kommun. Första tid 2025-03-12.\n"
         "4. Träffpunkten (öppen verksamhet) tis och tors – R. anmäls av "
         "boendestödjaren, Socialpsykiatrin. Start v. 10."),
        ("Huvudansvar",
         "Psykiatrin.",
         "Psykiatriska öppenvården Lindesberg."),
        ("Andra aktörer",
         "God man ska ansökas om.",
         "God man Erik (förordnad januari 2025) betalar hyra och räkningar från "
         "mars och har kontakten med Kronofogden. R. öppnar posten tillsammans "
         "med boendestödjaren och lämnar räkningarna till god man varannan vecka."),
        ("Uppföljning",
         "2025-02-12",
         "–"),
        ("Deltagare",
         "R., Johan, Emma, Linnea",
         "R., Johan, Emma, Linnea, god man Erik"),
    ]
    table = doc.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = table.rows[0]
    cell_text(hdr.cells[0], "Förra planen (2024-09-18)", bold=True)
    cell_text(hdr.cells[1], "Nu (2025-02-12)", bold=True)
    for c in hdr.cells:
        set_cell_shading(c, "BFBFBF")
    mark_header_row(hdr)
    for part, old, new in parts:
        r = table.add_row()
        merged = r.cells[0].merge(r.cells[1])
        cell_text(merged, part, bold=True)
        set_cell_shading(merged, "E7E6E6")
        r2 = table.add_row()
        cell_text(r2.cells[0], old)
        cell_text(r2.cells[1], new)
    for row in table.rows:
        row.cells[0].width = Cm(6.5)
        row.cells[1].width = Cm(10.5)
    doc.add_paragraph()
    p = doc.add_paragraph("Antecknat av: Johan, case manager")
    p.runs[0].font.size = Pt(9)
    doc.save(path(5, "docx"))


# ======================================================== 06: collapsible sections print
HTML06 = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8">
<title>SIP – A. – utskrift</title>
<style>
body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; }
p.sys { font-size: 8pt; color: #555555; margin: 0; }
h1 { font-size: 15pt; margin: 4pt 0 4pt 0; }
table.meta td { font-size: 9pt; }
table.sec { border-collapse: collapse; margin-top: 5pt; }
table.sec td { border: 1px solid #9fb5cc; padding: 3pt 6pt; font-size: 10pt; }
td.open { background: #e4ecf4; font-weight: bold; font-size: 11pt; }
td.closed { background: #f3f3f3; color: #444444; font-size: 11pt; }
table.ins { border-collapse: collapse; }
table.ins th, table.ins td { border: 1px solid #999999; padding: 3pt; font-size: 9pt; text-align: left; vertical-align: top; }
table.ins th { background: #dddddd; }
p.foot { font-size: 8pt; color: #555555; margin-top: 10pt; }
</style></head>
<body>
<p class="sys">Lifecare SP – Region Värmland / Arvika kommun &nbsp;|&nbsp; Utskrift 2025-01-29 10:14 &nbsp;|&nbsp; Sida 1 (1)</p>
<h1>Samordnad individuell plan</h1>
<table class="meta" width="100%" cellpadding="2">
<col width="34%"><col width="40%"><col width="26%">
<tr><td><b>Person:</b> A., 16 år</td>
<td><b>Personnummer:</b> ÅÅMMDD-XXXX</td>
<td><b>Planens status:</b> Aktiv</td></tr>
<tr><td><b>Mötesdatum:</b> 2025-01-28</td>
<td><b>Huvudansvar:</b> Socialtjänsten Arvika</td>
<td><b>Planversion:</b> 1</td></tr></table>
<hr>

<table class="sec" width="100%" border="1" cellspacing="0" cellpadding="4"><tr><td class="open" bgcolor="#E4ECF4"><b>▼ Syfte</b></td></tr>
<tr><td>Samordnad individuell plan.</td></tr></table>

<table class="sec" width="100%" border="1" cellspacing="0" cellpadding="4"><tr><td class="closed" bgcolor="#F3F3F3">▶ Frågeställningar inför mötet</td></tr></table>

<table class="sec" width="100%" border="1" cellspacing="0" cellpadding="4"><tr><td class="open" bgcolor="#E4ECF4"><b>▼ Mål</b></td></tr>
<tr><td>
<p>Målet är att A. ska slutföra årskurs 9 och minska och på sikt sluta med sitt
cannabisbruk. Målet är också att A. ska komma tillbaka till skolan minst tre dagar
i veckan under vårterminen.</p>
<p>A. vill själv inte byta skola och vill inte att kompisarna ska få veta om kontakten med socialtjänsten.</p>
</td></tr></table>

<table class="sec" width="100%" border="1" cellspacing="0" cellpadding="4"><tr><td class="closed" bgcolor="#F3F3F3">▶ Samtycke</td></tr></table>

<table class="sec" width="100%" border="1" cellspacing="0" cellpadding="4"><tr><td class="open" bgcolor="#E4ECF4"><b>▼ Insatser</b></td></tr>
<tr><td>
<table class="ins" width="100%" border="1" cellspacing="0" cellpadding="3">
<col width="58%"><col width="24%"><col width="18%">
<tr><th>Insats</th><th>Omfattning</th><th>Start</th></tr>
<tr><td>Samtal med fokus på cannabis och motivation (MI), individuellt</td><td>1 ggr/vecka</td><td>2025-02-03</td></tr>
<tr><td>Drogtester (urinprov), osövervakade</td><td>Varannan vecka</td><td>2025-02-03</td></tr>
<tr><td>Anpassad studiegång med reducerat schema, fokus på svenska, engelska och matematik</td><td>Vårterminen 2025</td><td>2025-02-10</td></tr>
<tr><td>Stödsamtal kring struktur och dygnsrytm</td><td>Var tredje vecka</td><td>2025-02-12</td></tr>
<tr><td>Bedömning av sömnsvårigheter</td><td>1 besök</td><td>2025-02-20</td></tr>
</table>
</td></tr></table>

<table class="sec" width="100%" border="1" cellspacing="0" cellpadding="4"><tr><td class="closed" bgcolor="#F3F3F3">▶ Övriga aktörer</td></tr></table>

<table class="sec" width="100%" border="1" cellspacing="0" cellpadding="4"><tr><td class="closed" bgcolor="#F3F3F3">▶ Deltagare</td></tr></table>

<table class="sec" width="100%" border="1" cellspacing="0" cellpadding="4"><tr><td class="open" bgcolor="#E4ECF4"><b>▼ Uppföljning</b></td></tr>
<tr><td>Uppföljning av planen sker 2025-04-15 kl. 09.00.</td></tr></table>

<table class="sec" width="100%" border="1" cellspacing="0" cellpadding="4"><tr><td class="closed" bgcolor="#F3F3F3">▶ Bilagor (0)</td></tr></table>

<p class="foot">Stängda avsnitt (▶) skrivs inte ut. Öppna avsnittet i systemet för att se innehållet.</p>
</body></html>
"""


def soffice_pdf(src, outdir):
    cmd = ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless"]
    if src.endswith(".html"):
        cmd.append("--infilter=HTML (StarWriter)")
    cmd += ["--convert-to", "pdf:writer_pdf_Export", "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, timeout=180)


def plan06():
    tmp = tempfile.mkdtemp(prefix="f54b-")
    try:
        src = os.path.join(tmp, f"{PREFIX}06.html")
        with open(src, "w", encoding="utf-8") as f:
            f.write(HTML06)
        soffice_pdf(src, tmp)
        shutil.move(os.path.join(tmp, f"{PREFIX}06.pdf"), path(6, "pdf"))
        normalize_pdf(path(6, "pdf"))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ======================================================== 07: initials + legend
def plan07():
    doc = Document()
    fix_core(doc, "SIP Viktor")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    header_text(sec, "Kumla kommun • Region Örebro län", "Samordnad individuell plan")

    p = doc.add_paragraph()
    r = p.add_run("Samordnad individuell plan – SIP")
    r.bold = True
    r.font.size = Pt(16)
    label_value(doc, "Namn:", "Viktor, 20 år")
    label_value(doc, "Datum:", "2025-01-15")
    label_value(doc, "Plats:", "Kommunhuset Kumla")
    label_value(doc, "Deltagare:", "Viktor, LH, SB, MO, JK, PR")

    bold_para(doc, "Syfte")
    doc.add_paragraph("Samordning av insatser.")

    bold_para(doc, "Bakgrund")
    doc.add_paragraph(
        "Viktor har autism och lindrig intellektuell funktionsnedsättning och tillhör "
        "personkretsen enligt LSS. Han flyttade i augusti 2024 till egen lägenhet i "
        "Kumla med boendestöd. Sedan hösten har han haft mycket ångest, har varit "
        "hemma från daglig verksamhet flera dagar i veckan och har slutat åka buss "
        "efter en händelse på bussen i oktober. Han har kontakt med vuxenpsykiatrin "
        "för ångesten och med vuxenhabiliteringen.")

    bold_para(doc, "Viktors mål")
    doc.add_paragraph(
        "Målet är att Viktor ska trivas och vara på daglig verksamhet minst fyra dagar "
        "i veckan och att han ska kunna åka buss till Örebro på egen hand.")

    bold_para(doc, "Viktors delaktighet")
    doc.add_paragraph(
        "Viktor var med hela mötet och hade förberett sig med bildstöd tillsammans "
        "med PR. Han sa att han vill ha samma handledare varje dag på daglig "
        "verksamhet, att det är jobbigt när det är många människor i fikarummet och "
        "att han vill träna på bussen tidigt på morgonen när det är lite folk.")

    bold_para(doc, "Samtycke")
    doc.add_paragraph(
        "Viktor gav skriftligt samtycke på kommunens samtyckesblankett 2025-01-09 till "
        "att LH, SB, MO, JK och PR får utbyta information inför och under SIP.")

    bold_para(doc, "Insatser")
    rows = [
        ("Insats", "Ansv.", "När"),
        ("Daglig verksamhet utökas till 4 dagar/vecka med fast handledare och "
         "eget fikautrymme", "SB", "Fr.o.m. 2025-02-03"),
        ("Utredning av ledsagarservice (LSS 9 § 3) för resor", "LH",
         "Beslut senast 2025-02-28"),
        ("KBT-inriktade samtal om ångest, var 14:e dag", "MO", "Start 2025-01-22"),
        ("Bildstöd och veckoschema i lägenheten, anpassat till nya tider",
         "JK", "Hembesök 2025-02-17"),
        ("Bussträning Kumla–Örebro tidig morgon, 2 ggr/vecka", "PR",
         "2025-02-04 – 2025-03-28"),
    ]
    table = doc.add_table(rows=len(rows), cols=3)
    table.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell_text(table.cell(i, j), val, bold=(i == 0))
    mark_header_row(table.rows[0])
    for row in table.rows:
        row.cells[0].width = Cm(10)
        row.cells[1].width = Cm(1.8)
        row.cells[2].width = Cm(4.5)

    doc.add_paragraph()
    label_value(doc, "Huvudansvarig för planen:", "LH")
    label_value(doc, "Uppföljning:", "I september 2025. LH kallar.")

    doc.add_paragraph()
    bold_para(doc, "Förkortningar")
    for line in [
        "LH = Lisa H., LSS-handläggare, Kumla kommun",
        "SB = Sofia B., enhetschef, Daglig verksamhet Verkstan, Kumla kommun",
        "MO = Mats O., sjuksköterska, Vuxenpsykiatrin Örebro",
        "JK = Jenny K., arbetsterapeut, Vuxenhabiliteringen Region Örebro län",
        "PR = Peter R., boendestödjare, Boendestöd LSS Kumla kommun",
    ]:
        q = doc.add_paragraph(line)
        q.runs[0].font.size = Pt(9)
    doc.save(path(7, "docx"))


# ======================================================== 08: incident report (not a plan)
def plan08():
    doc = Document()
    fix_core(doc, "Avvikelserapport")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    header_text(sec, "Torsby kommun – Socialförvaltningen", "Avvikelserapport")
    footer_text(sec, "Rapporten lämnas till närmaste chef inom tre arbetsdagar")

    bold_para(doc, "AVVIKELSERAPPORT", size=16)
    rows = [
        ("Rapportnummer", "AV-2025-017"),
        ("Datum för händelsen", "2025-03-04"),
        ("Datum för rapport", "2025-03-05"),
        ("Verksamhet", "Socialtjänsten Torsby, Vuxenenheten"),
        ("Rapporterad av", "Socialsekreterare, Vuxenenheten"),
        ("Berörd person", "Klient, initialer T. (ÅÅMMDD-XXXX)"),
    ]
    t = doc.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate(rows):
        cell_text(t.cell(i, 0), a, bold=True)
        cell_text(t.cell(i, 1), b)
        t.cell(i, 0).width = Cm(5)
        t.cell(i, 1).width = Cm(11)

    doc.add_paragraph()
    bold_para(doc, "Typ av avvikelse")
    for box in ["☐ Läkemedel", "☐ Fall", "☐ Dokumentation",
                "☒ Samverkan/informationsöverföring", "☐ Bemötande", "☐ Annat"]:
        doc.add_paragraph(box)

    bold_para(doc, "Beskrivning av händelsen")
    doc.add_paragraph(
        "Ett SIP-möte för T. var kallat till 2025-03-04 kl. 10.00 i socialtjänstens "
        "lokaler i Torsby. Kallelsen skickades 2025-02-17 till Vuxenpsykiatrin Torsby, "
        "Vårdcentralen Torsby och Arbetsförmedlingen, och vuxenpsykiatrin bekräftade "
        "via växeln 2025-02-20 att kontaktsjuksköterskan skulle delta. Ingen från "
        "vuxenpsykiatrin kom till mötet och ingen hade meddelat förhinder. Vi försökte "
        "nå mottagningen via växeln kl. 10.10 och 10.25 utan att få svar.")
    doc.add_paragraph(
        "Eftersom psykiatrins del (läkemedel och fortsatt behandling efter utskrivningen "
        "i februari) var huvudfrågan beslutade vi tillsammans med T. att ställa in mötet. "
        "T. hade tagit sig från Östmark med buss för att komma och blev besviken och "
        "ledsen. Ingen SIP kunde upprättas.")

    bold_para(doc, "Konsekvens för den enskilde")
    doc.add_paragraph(
        "T. står utan samordnad planering efter utskrivningen. Risk för att "
        "läkemedelsbehandlingen avbryts. Förtroendet för vården och socialtjänsten "
        "har påverkats.")

    bold_para(doc, "Omedelbara åtgärder")
    doc.add_paragraph(
        "T. fick skjuts hem. Socialsekreteraren har kontaktat enhetschef på "
        "Vuxenpsykiatrin Torsby 2025-03-05 och informerat om det inställda mötet.")

    bold_para(doc, "Förslag till åtgärd")
    doc.add_paragraph(
        "Avvikelsen skickas vidare till Region Värmland enligt rutinen för "
        "samverkansavvikelser. Rutinen för SIP-kallelser ses över så att deltagande "
        "bekräftas skriftligt och en ersättare utses.")

    bold_para(doc, "Chefens bedömning")
    doc.add_paragraph("☐ Lex Sarah-utredning   ☒ Ingen lex Sarah   ☒ Skickas vidare till annan huvudman")
    doc.add_paragraph("Signatur enhetschef: ____________________    Datum: __________")
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
    plan08()
    for n in (2, 5, 7, 8):
        normalize_docx(path(n, "docx"))
    print("done:", sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()
