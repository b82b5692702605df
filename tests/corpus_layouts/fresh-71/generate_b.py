#!/usr/bin/env python
"""Generate batch fresh-71b: eight fictional Swedish documents (seven SIP plans and
one network map) for Örebro län and Skaraborg/Fyrbodal.

Run with /work/batches/.venv/bin/python generate.py
Writes plans/f71b-01.pdf ... plans/f71b-08.docx (intermediate files in build/).
Deterministic: fixed dates, no randomness, fixed zip timestamps in .docx.
"""
import os
import shutil
import subprocess
import textwrap
import zipfile
import datetime

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
PREFIX = "f71b"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIXED_DT = datetime.datetime(2025, 1, 1, 12, 0, 0)


# ---------------------------------------------------------------- helpers
def out(n, ext):
    return os.path.join(PLANS, f"{PREFIX}-{n:02d}.{ext}")


def fix_zip(path):
    """Rewrite a .docx with fixed zip timestamps so every run gives the same bytes."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 1, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    os.replace(tmp, path)


def new_doc(title, author, font="Calibri", size=11):
    doc = Document()
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return doc


def save_doc(doc, path):
    doc.save(path)
    fix_zip(path)


def add_field(paragraph, instr):
    """Insert a simple field (PAGE, NUMPAGES) into a paragraph."""
    run = paragraph.add_run()
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    run._r.append(f1)
    run._r.append(it)
    run._r.append(f2)
    run._r.append(t)
    run._r.append(f3)
    return run


def shade(cell, hex_fill):
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


def set_col_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for i, col in enumerate(table.columns):
        col.width = Cm(widths_cm[i])
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def cell_text(cell, text, bold=False, size=None, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    return cell


def header_row(table, labels, fill="D9D9D9", size=None):
    for i, lab in enumerate(labels):
        c = table.rows[0].cells[i]
        cell_text(c, lab, bold=True, size=size)
        shade(c, fill)
    repeat_header(table.rows[0])


def soffice_pdf(src, outdir):
    profile = f"file:///tmp/lo-{PREFIX}"
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless",
         "--convert-to", "pdf", "--outdir", outdir, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


# ====================================================================
# 01  PDF (LibreOffice from .docx): cover page, plan from page 2, signatures
#     Elderly man after hip fracture, Lidköping, version 2
# ====================================================================
def plan01():
    doc = new_doc("SIP Gunnar version 2", "Vård och omsorg Lidköping", font="Arial", size=10)
    sec = doc.sections[0]
    sec.top_margin = Cm(1.8)
    sec.bottom_margin = Cm(1.6)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.different_first_page_header_footer = True
    fp = sec.footer.paragraphs[0]
    fp.text = "SIP Gunnar – version 2 – 2025-03-18        Sida "
    add_field(fp, "PAGE")
    fp.add_run(" av ")
    add_field(fp, "NUMPAGES")
    for r in fp.runs:
        r.font.size = Pt(8)
    hp = sec.header.paragraphs[0]
    hp.text = "Lidköpings kommun  |  Skaraborgs Sjukhus  |  Närhälsan Vårdcentralen Lidköping"
    hp.runs[0].font.size = Pt(8)
    hp.runs[0].font.color.rgb = RGBColor(0x55, 0x55, 0x55)

    # --- cover page
    for _ in range(6):
        doc.add_paragraph()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Samordnad individuell plan")
    r.bold = True
    r.font.size = Pt(26)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("SIP enligt SoL 2 kap. 7 § och HSL 16 kap. 4 §")
    r.font.size = Pt(12)
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Gunnar, 84 år")
    r.font.size = Pt(16)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Personnummer: ÅÅMMDD-XXXX")
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Lidköpings kommun, Vård och omsorg\n"
              "Skaraborgs Sjukhus Lidköping\n"
              "Närhälsan Vårdcentralen Lidköping").font.size = Pt(12)
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Datum: 2025-03-18")
    r.font.size = Pt(12)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Version 2")
    r.bold = True
    r.font.size = Pt(14)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Ersätter version 1 från 2025-02-06 (upprättad inför hemgång)")
    r.italic = True
    r.font.size = Pt(9)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # --- plan, page 2
    doc.add_heading("1. Bakgrund", level=2)
    doc.add_paragraph(
        "Gunnar bor ensam i villa i Lidköping sedan hustrun dog 2023. Han föll i hallen i "
        "januari 2025 och fick en höftfraktur som opererades på Skaraborgs Sjukhus Skövde. "
        "Efter korttidsplats på Ågården kom han hem 2025-02-10. Han går med rollator inomhus, "
        "är osäker i trappan till källaren och har tappat i vikt. Han har sedan tidigare "
        "hjärtsvikt och lätt nedsatt syn.")
    doc.add_paragraph(
        "Ändringar i version 2: trygghetslarmet är installerat, hemrehabiliteringen förlängs, "
        "bostadsanpassning har tillkommit och hemsjukvården tar över dosetten.")

    doc.add_heading("2. Syfte med planen", level=2)
    doc.add_paragraph(
        "Syftet är att Gunnar ska kunna bo kvar hemma i villan på ett tryggt sätt efter "
        "höftfrakturen, och att hemtjänst, rehab, hemsjukvård och vårdcentral gör sina "
        "insatser samordnat så att risken för ett nytt fall minskar.")

    doc.add_heading("3. Gunnars mål", level=2)
    p = doc.add_paragraph()
    r = p.add_run("”Jag vill klara mig själv här hemma och kunna gå ut till brevlådan och "
                  "bort till grannen utan rollator innan sommaren.”")
    r.italic = True
    doc.add_paragraph("Gunnars önskemål: högst två hemtjänstbesök per dag, och det första "
                      "besöket inte före kl. 8.")

    doc.add_heading("4. Delaktighet och samtycke", level=2)
    doc.add_paragraph(
        "Mötet hölls hemma hos Gunnar och han deltog hela tiden tillsammans med dottern Eva. "
        "Gunnar berättade att han är trött på morgonen och tycker att duschen är det "
        "svåraste. Han vill inte flytta till särskilt boende.")
    doc.add_paragraph("Samtycke till samverkan finns.")

    doc.add_heading("5. Insatser och ansvar", level=2)
    rows = [
        ("Hemtjänst morgon och kväll, hjälp med dusch tisdag och fredag",
         "Gruppledare, Hemtjänst Lidköping syd", "Pågår sedan 2025-02-10"),
        ("Trygghetslarm", "Biståndshandläggare, Vård och omsorg Lidköpings kommun",
         "Installerat 2025-02-12 (klart)"),
        ("Hemrehabilitering: gång- och balansträning 2 ggr/vecka, trappträning",
         "Fysioterapeut, Rehabenheten Lidköpings kommun", "2025-03-20 – 2025-05-15"),
        ("Bostadsanpassning: ta bort trösklar, ledstång till källartrappan",
         "Arbetsterapeut, Rehabenheten Lidköpings kommun", "Ansökan senast 2025-03-31"),
        ("Hemsjukvård: dosettdelning och uppföljning av smärtlindring",
         "Distriktssköterska, Hemsjukvården Lidköping", "Varje måndag från 2025-03-24"),
        ("Läkemedelsgenomgång inkl. benskörhetsbehandling, viktkontroll",
         "Distriktsläkare, Närhälsan Vårdcentralen Lidköping", "2025-04-08"),
    ]
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    header_row(t, ["Insats", "Ansvarig (funktion, verksamhet)", "När"])
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cell_text(cells[i], v, size=9.5)
    set_col_widths(t, [6.4, 5.6, 4.4])

    doc.add_heading("6. Övriga", level=2)
    doc.add_paragraph("Dottern Eva är ett viktigt stöd för Gunnar.")

    doc.add_heading("7. Huvudansvar och uppföljning", level=2)
    doc.add_paragraph("Huvudansvarig för planen: Maria, biståndshandläggare, Vård och omsorg, "
                      "Lidköpings kommun.")
    doc.add_paragraph("Uppföljning av planen: 2025-05-20 kl. 13.30 hemma hos Gunnar. "
                      "Biståndshandläggaren kallar.")

    # --- signatures page
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading("Deltagare och underskrifter", level=2)
    doc.add_paragraph("Följande deltog vid mötet 2025-03-18 och har tagit del av planen.")
    sig = [
        ("Gunnar", "Den enskilde", ""),
        ("Eva", "Dotter", ""),
        ("Maria", "Biståndshandläggare", "Vård och omsorg, Lidköpings kommun"),
        ("Jenny", "Gruppledare", "Hemtjänst Lidköping syd"),
        ("Oskar", "Fysioterapeut", "Rehabenheten, Lidköpings kommun"),
        ("Sofia", "Arbetsterapeut", "Rehabenheten, Lidköpings kommun"),
        ("Anneli", "Distriktssköterska", "Hemsjukvården Lidköping"),
        ("Henrik", "Distriktsläkare", "Närhälsan Vårdcentralen Lidköping"),
    ]
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Namn", "Funktion", "Verksamhet", "Underskrift"])
    for n, f, v in sig:
        cells = t.add_row().cells
        cell_text(cells[0], n)
        cell_text(cells[1], f)
        cell_text(cells[2], v)
        cell_text(cells[3], "\n")
    set_col_widths(t, [2.6, 3.8, 5.6, 4.4])
    doc.add_paragraph()
    doc.add_paragraph("Ort och datum: Lidköping 2025-03-18")

    src = os.path.join(BUILD, f"{PREFIX}-01.docx")
    save_doc(doc, src)
    soffice_pdf(src, PLANS)


# ====================================================================
# 02  DOCX template: Heading 2 parts with grey italic "Instruktion:" left in
#     Child 13 y with school refusal and anxiety, Karlskoga
# ====================================================================
def plan02():
    doc = new_doc("Mall SIP", "Karlskoga kommun")
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Karlskoga kommun • Region Örebro län\tSIP – mall 2024:1"
    hp.runs[0].font.size = Pt(8)

    def instr(text):
        p = doc.add_paragraph()
        r = p.add_run("Instruktion: " + text)
        r.italic = True
        r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        r.font.size = Pt(9)

    def written(text):
        doc.add_paragraph(text)

    doc.add_heading("Samordnad individuell plan (SIP)", level=1)
    instr("Fyll i mallen under mötet. Ta bort instruktionstexterna innan planen skrivs ut.")

    doc.add_heading("Uppgifter om personen", level=2)
    instr("Namn, personnummer, vårdnadshavare om personen är under 18 år.")
    written("Namn: Elsa, 13 år, åk 7\nPersonnummer: ÅÅMMDD-XXXX\nVårdnadshavare: Linda (mamma)")
    written("Mötesdatum: 2025-09-23   Plats: Socialtjänsten, Karlskoga")

    doc.add_heading("Bakgrund", level=2)
    instr("Beskriv kort personens situation och varför SIP har initierats.")
    written("Elsa har haft hög frånvaro sedan vårterminen 2025, ca 60 % under augusti–september. "
            "Hon har ångest på morgnarna, ont i magen och har svårt att ta sig till skolan. "
            "Det har varit oro kring sömnen. Frånvaron har ökat efter skolstarten i augusti.")

    doc.add_heading("Syfte med SIP", level=2)
    instr("Beskriv vad planen ska leda till för just den här personen, med en hel mening.")
    written("Samordning.")

    doc.add_heading("Frågeställningar inför mötet", level=2)
    instr("Vilka frågor ska mötet besvara? Skriv konkreta frågor, t.ex. ”Hur ska skolgången "
          "läggas upp under hösten?”")

    doc.add_heading("Den enskildes mål", level=2)
    instr("Skriv personens mål med personens egna ord, gärna som citat (”Jag vill …”).")

    doc.add_heading("Delaktighet", level=2)
    instr("Beskriv hur personen deltagit och vad personen själv tycker och önskar. Om personen "
          "inte deltar: ange varför och hur personens synpunkter förts fram.")
    written("Elsa deltog på mötet tillsammans med mamma.")

    doc.add_heading("Samtycke", level=2)
    instr("Ange hur samtycke har inhämtats (muntligt/skriftligt) och datum.")
    written("Samtycke finns från vårdnadshavare.")

    doc.add_heading("Insatser", level=2)
    instr("Beskriv vilka insatser som ska genomföras.")
    written("• KBT-behandling för ångest, ca 10 sessioner\n"
            "• Anpassad studiegång med kortare skoldagar under hösten\n"
            "• En trygg vuxen som möter Elsa vid entrén på morgonen\n"
            "• Föräldrastöd till mamma")

    doc.add_heading("Ansvar och tidplan", level=2)
    instr("Ange för varje insats vem som ansvarar (verksamhet och funktion) och när insatsen "
          "ska påbörjas/vara genomförd.")

    doc.add_heading("Andra aktörer", level=2)
    instr("T.ex. Försäkringskassan, Arbetsförmedlingen, god man, närstående, personen själv – "
          "vad gör de? Skriv ”Inga” om det inte finns några.")

    doc.add_heading("Huvudansvar för planen", level=2)
    instr("Namn/funktion och verksamhet för den som har huvudansvaret.")

    doc.add_heading("Uppföljning", level=2)
    instr("Datum för uppföljning av planen.")
    written("Uppföljning efter höstlovet.")

    doc.add_heading("Deltagare", level=2)
    instr("Namn, funktion och verksamhet för alla som deltog.")
    written("Elsa, Linda (mamma), Annika, Jonas, Petra")

    save_doc(doc, out(2, "docx"))


# ====================================================================
# 03  TXT export (UTF-8, LF), labels right-aligned in 20 chars + " : "
#     Adult with psychosis and debts, Trollhättan
# ====================================================================
def plan03():
    W = 78
    ind = " " * 23

    def field(label, value=""):
        lab = f"{label:>20} : "
        if not value:
            return [lab.rstrip()]
        lines = []
        for k, para in enumerate(value.split("\n")):
            wrapped = textwrap.wrap(para, W - 23) or [""]
            for line in wrapped:
                lines.append((lab if not lines else ind) + line)
        return lines

    L = []
    L.append("VÅRDSAM ÄLVSBORG – DOKUMENTUTSKRIFT")
    L.append("=" * W)
    L += field("Dokumenttyp", "Samordnad individuell plan (SIP)")
    L += field("Utskriftsdatum", "2025-03-27 09:14")
    L += field("Enhet", "Psykiatrin Trollhättan, öppenvårdsmottagning psykos, NU-sjukvården")
    L += field("Patient", "M., 34 år")
    L += field("Personnummer", "XXXXXX-XXXX")
    L += field("Mötesdatum", "2025-03-25")
    L += field("Mötesplats", "Psykiatrins öppenvårdsmottagning, Trollhättan")
    L.append("-" * W)
    L += field("Bakgrund",
               "M. har schizofreni sedan 2016 och behandlas med depotinjektion. Han bor "
               "ensam i hyreslägenhet i Trollhättan. Under hösten 2024 slutade han öppna sin "
               "post, hyran för januari och februari är obetald och han har fått en "
               "varning om uppsägning. Han har flera skulder, bl.a. sms-lån och obetalda "
               "vårdavgifter. Han var inlagd två veckor i december 2024 efter ett skov.")
    L += field("Syfte",
               "Att samordna psykiatrins och socialtjänstens stöd så att M. kan behålla "
               "sin lägenhet, få ordning på ekonomin och skulderna och undvika en ny "
               "inläggning.")
    L += field("Frågeställningar", "Genomgång av nuläget.")
    L += field("Mina mål",
               "M. säger: \"Jag vill bli skuldfri och kunna bo kvar i min lägenhet. Jag vill "
               "kunna öppna posten utan att få panik.\"")
    L += field("Delaktighet",
               "M. deltog under hela mötet. Han vill ha boendestöd på eftermiddagar "
               "eftersom han sover dåligt och har svårt att komma upp på morgonen. Han "
               "vill att all post om skulderna går via budget- och skuldrådgivaren.")
    L += field("Samtycke")
    L += field("Insatser",
               "1. Boendestöd 2 ggr/vecka (tis, tor eftermiddag): hjälp med post, "
               "räkningar, städning och matlagning. Ansvar: Boendestödet, "
               "socialpsykiatrin Trollhättans stad. Start 2025-04-07.\n"
               "2. Budget- och skuldrådgivning: genomgång av alla skulder, "
               "skuldsammanställning och hjälp att ansöka om skuldsanering. Ansvar: Budget- och "
               "skuldrådgivare, Trollhättans stad. Första besök 2025-04-15.\n"
               "3. Ansökan om ekonomiskt bistånd för hyresskulden januari-februari. "
               "Ansvar: Socialsekreterare, vuxenenheten, socialtjänsten Trollhättan. "
               "Beslut senast 2025-04-04.\n"
               "4. Depotinjektion var 14:e dag och läkarbesök för uppföljning av "
               "medicinering. Ansvar: Regionen.")
    L += field("Övriga aktörer")
    L += field("Huvudansvarig", "Psykiatrin Trollhättan")
    L += field("Uppföljning", "Om tre månader. Kallelse skickas ut.")
    L += field("Deltagare")
    L.append("-" * W)
    L += field("Status", "Signerad")
    L.append("")
    L.append("Utskriften innehåller sekretessbelagda uppgifter (OSL 25 kap. 1 §).")
    text = "\n".join(L) + "\n"
    with open(out(3, "txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# ====================================================================
# 04  Markdown with <details><summary> blocks
#     Young person (16) with cannabis use, Örebro
# ====================================================================
def plan04():
    md = """# SIP – Noah, 16 år

**Datum:** 2025-04-09
**Plats:** Mini-Maria Örebro
**Skriven av:** Johanna, socialsekreterare

---

<details>
<summary>Bakgrund</summary>

Socialtjänsten fick en orosanmälan från gymnasieskolan i februari 2025. Noah har hög
frånvaro i ettan och skolan misstänker att han röker cannabis. Noah har själv berättat att
han röker på helgerna och ibland på vardagar med kompisar. Han har gjort ett urinprov som
var positivt för THC. Föräldrarna är separerade, Noah bor mest hos mamma i Örebro.

</details>

<details>
<summary>Syfte</summary>

–

</details>

<details>
<summary>Mål</summary>

Målet är att Noah ska sluta använda cannabis och klara sitt första år på gymnasiet.

</details>

<details>
<summary>Delaktighet och samtycke</summary>

Noah var med på mötet tillsammans med mamma. Noah tycker att skolan är "okej" men han vill
inte ha fler möten på skoltid. Han vill hellre ha samtal på Mini-Maria än hos socialtjänsten,
och han vill inte att pappa ska vara med på nästa möte.

Samtycke finns.

</details>

<details>
<summary>Insatser och ansvar</summary>

- Fortsatt kontakt med Mini-Maria
- Skolan stöttar Noah vid behov
- Fortsatt kontakt med socialsekreterare

| Vad | Vem | När |
|---|---|---|
| Fortsatt kontakt | Mini-Maria Örebro | Löpande |
| Stöd vid behov | Skolan | |
| Fortsatt kontakt | Socialtjänsten | Löpande |

</details>

<details>
<summary>Nätverk</summary>

Pappa och fotbollsföreningen är viktiga för Noah.

</details>

<details>
<summary>Huvudansvarig</summary>

Inte utsett ännu, tas upp på nästa möte.

</details>

<details>
<summary>Uppföljning</summary>

Nytt möte vecka 22.

</details>

<details>
<summary>Deltagare</summary>

- Noah
- Sanna, mamma
- Erik, behandlare, Mini-Maria Örebro (Region Örebro län/Örebro kommun)
- Johanna, socialsekreterare, Socialtjänsten Örebro kommun, barn och unga
- Lars, kurator, Elevhälsan, gymnasieskolan Örebro kommun

</details>
"""
    with open(out(4, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ====================================================================
# 05  DOCX measure table "Insats | Vem | När | Klar" with ☐/☒, several "Löpande"
#     LSS, young adult with autism, Skövde
# ====================================================================
def plan05():
    doc = new_doc("SIP Jonatan", "Skövde kommun, LSS")
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("Skövde kommun – Sektor vård och välfärd, LSS-enheten")
    r.font.size = Pt(8)
    r.font.small_caps = True
    fp = sec.footer.paragraphs[0]
    fp.add_run("SIP Jonatan 2025-06-03   Sida ").font.size = Pt(8)
    add_field(fp, "PAGE")

    p = doc.add_paragraph()
    r = p.add_run("Samordnad individuell plan – åtgärdsplan")
    r.bold = True
    r.font.size = Pt(16)
    r.font.small_caps = True

    info = doc.add_table(rows=3, cols=4)
    info.style = "Table Grid"
    vals = [("Namn", "Jonatan, 24 år", "Personnummer", "ÅÅMMDD-XXXX"),
            ("Mötesdatum", "2025-06-03", "Plats", "LSS-enheten, Skövde"),
            ("Huvudansvar", "Skövde kommun", "Diagnos/funktion", "Autism, lindrig intellektuell funktionsnedsättning")]
    for i, row in enumerate(vals):
        for j, v in enumerate(row):
            cell_text(info.rows[i].cells[j], v, bold=(j % 2 == 0), size=10)
            if j % 2 == 0:
                shade(info.rows[i].cells[j], "EDEDED")
    set_col_widths(info, [3.5, 8.0, 3.8, 9.5])

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Syfte: ").bold = True
    p.add_run("Samordning av insatser.")
    p = doc.add_paragraph()
    p.add_run("Frågeställningar: ").bold = True
    p.add_run("Diskutera läget kring daglig verksamhet och boende.")
    p = doc.add_paragraph()
    p.add_run("Mål: ").bold = True
    p.add_run("Målet är att Jonatan ska ha en meningsfull sysselsättning och trivas i sitt boende.")
    p = doc.add_paragraph()
    p.add_run("Jonatans deltagande: ").bold = True
    p.add_run("Jonatan deltog inte på mötet eftersom stora möten med många personer han inte "
              "känner gör honom mycket stressad och han brukar må dåligt flera dagar efteråt.")
    p = doc.add_paragraph()
    p.add_run("Samtycke: ").bold = True
    p.add_run("Jonatan har lämnat skriftligt samtycke till samverkan på kommunens blankett "
              "2025-05-28, med hjälp av sin gode man.")

    doc.add_paragraph()
    rows = [
        ("Daglig verksamhet enligt LSS 9 § 10, må–fre kl. 9–14 på verkstaden i Skövde",
         "Enhetschef, Daglig verksamhet Skövde kommun", "Löpande", "☐"),
        ("Utredning av ansökan om bostad med särskild service enligt LSS 9 § 9",
         "LSS-handläggare, Skövde kommun", "Beslut senast 2025-08-31", "☐"),
        ("Kontaktperson enligt LSS, 2 tillfällen/månad",
         "LSS-handläggare, Skövde kommun", "Verkställt 2025-05-15", "☒"),
        ("Bedömning av kognitiva hjälpmedel (bildschema, digital kalender)",
         "Arbetsterapeut, Vuxenhabiliteringen Skövde", "2025-06-17", "☐"),
        ("Uppföljning av sömn och melatoninbehandling",
         "Distriktsläkare, Vårdcentralen Ryd Skövde", "Löpande, var 3:e månad", "☐"),
        ("Betalning av räkningar, fickpengar varje fredag",
         "God man", "Löpande", "☐"),
        ("Ansökan om förlängd aktivitetsersättning",
         "God man; handläggning Försäkringskassan", "Ansökan senast 2025-07-15", "☐"),
        ("Jonatan är hemma hos föräldrarna varannan helg, pappa hämtar fredag kl. 15",
         "Föräldrar (Tomas och Ulla)", "Löpande", "☐"),
    ]
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    header_row(t, ["Insats", "Vem", "När", "Klar"], fill="BDD7EE")
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cell_text(cells[i], v, size=10)
        cells[3].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_col_widths(t, [11.0, 7.5, 5.0, 1.5])

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Närvarande:").bold = True
    for line in ["Karin, LSS-handläggare, Skövde kommun",
                 "Ahmed, enhetschef, Daglig verksamhet Skövde kommun",
                 "Helena, arbetsterapeut, Vuxenhabiliteringen Skövde (Västra Götalandsregionen)",
                 "Birgitta, god man",
                 "Tomas, pappa"]:
        doc.add_paragraph(line, style="List Bullet")
    doc.add_paragraph("Planen upprättad 2025-06-03 av Karin, LSS-handläggare.")

    save_doc(doc, out(5, "docx"))


# ====================================================================
# 06  PDF (fpdf2) form with numbered fields in a grid, two per row
#     Discharge from psychiatric inpatient care, Uddevalla
# ====================================================================
class FormPDF(FPDF):
    def header(self):
        self.set_font("DV", "", 7)
        self.set_text_color(60, 60, 60)
        self.cell(90, 4, "VårdSam Väst – SIP vid utskrivning", border=0)
        self.cell(60, 4, "Utskrivet 2025-05-28 15:42", border=0, align="C")
        self.cell(0, 4, f"Sida {self.page_no()} ({{nb}})", border=0, align="R")
        self.ln(5)
        self.set_draw_color(120, 120, 120)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(3)
        self.set_text_color(0, 0, 0)


def plan06():
    pdf = FormPDF(format="A4")
    pdf.set_creation_date(FIXED_DT)
    pdf.alias_nb_pages("{nb}")
    pdf.add_font("DV", "", FONT)
    pdf.add_font("DV", "B", FONT_B)
    pdf.set_margins(12, 12, 12)
    pdf.set_auto_page_break(True, 14)
    pdf.add_page()

    W = pdf.w - pdf.l_margin - pdf.r_margin
    GAP = 3
    BW = (W - GAP) / 2
    LH = 3.6  # line height for small type

    def section(title):
        pdf.ln(1)
        pdf.set_font("DV", "B", 9)
        pdf.set_fill_color(220, 225, 232)
        pdf.cell(W, 5.5, title, border=1, fill=True)
        pdf.ln(7)

    def text_height(text, width):
        if not text:
            return 0
        pdf.set_font("DV", "", 7.5)
        lines = pdf.multi_cell(width, LH, text, align="L", dry_run=True, output="LINES")
        return len(lines) * LH

    def box_row(left, right=None, min_h=16):
        """left/right = (label, text). Boxes side by side, label in top-left corner."""
        items = [left] + ([right] if right else [])
        widths = [BW, BW] if right else [W]
        hs = [text_height(txt, w - 3) + 6 for (lab, txt), w in zip(items, widths)]
        h = max([min_h] + hs)
        if pdf.get_y() + h > pdf.h - pdf.b_margin:
            pdf.add_page()
        y0 = pdf.get_y()
        x = pdf.l_margin
        for (lab, txt), w in zip(items, widths):
            pdf.rect(x, y0, w, h)
            pdf.set_xy(x + 1, y0 + 0.8)
            pdf.set_font("DV", "B", 6.5)
            pdf.set_text_color(70, 70, 70)
            pdf.cell(w - 2, 3, lab)
            pdf.set_text_color(0, 0, 0)
            if txt:
                pdf.set_xy(x + 1.5, y0 + 4.5)
                pdf.set_font("DV", "", 7.5)
                pdf.multi_cell(w - 3, LH, txt, align="L")
            x += w + GAP
        pdf.set_xy(pdf.l_margin, y0 + h + 2)

    pdf.set_font("DV", "B", 12)
    pdf.cell(W, 7, "Samordnad individuell plan – utskrivning från slutenvård")
    pdf.ln(8)
    pdf.set_font("DV", "", 7.5)
    pdf.cell(W, 4, "NU-sjukvården, Psykiatriska kliniken Uddevalla, avdelning 22  •  "
                   "Uddevalla kommun, Socialpsykiatri")
    pdf.ln(6)

    box_row(("Patient", "Lina, 29 år"), ("Personnummer", "ÅÅMMDD-XXXX"), min_h=10)
    box_row(("Mötesdatum / plats", "2025-05-28, avdelning 22, Psykiatriska kliniken Uddevalla"),
            ("Planerat utskrivningsdatum", "2025-06-04"), min_h=10)
    box_row(("Bakgrund / aktuell vårdtid",
             "Lina har bipolär sjukdom typ 1 sedan 2019. Hon lades in 2025-05-09 enligt HSL "
             "efter en manisk episod med flera nätter utan sömn, stora inköp och konflikter i "
             "trapphuset. Litiumbehandlingen har justerats under vårdtiden och hon är nu "
             "stabil i stämningsläget men trött. Hon bor ensam i lägenhet i Uddevalla och "
             "hade boendestöd två dagar i veckan före inläggningen. Hon studerar inte just nu."),
            min_h=12)

    section("1. Inledning")
    box_row(("1.1 Syfte", "Samordnad utskrivning."),
            ("1.2 Frågeställningar",
             "Hur ska Lina få stöd med struktur, sömn och medicinering de första veckorna "
             "hemma? Behövs boendestöd fler dagar än de två dagar hon hade före "
             "inläggningen?"))
    box_row(("1.3 Samtycke", ""),
            ("1.4 Deltagare",
             "Lina; avdelningsläkare; kurator; sjuksköterska öppenvård; boendestödjare; "
             "biståndshandläggare"))

    section("2. Personens mål och delaktighet")
    box_row(("2.1 Mina mål (med egna ord)",
             "\"Jag vill vara hemma i lägenheten och sova ordentligt, och jag vill börja "
             "plugga igen till hösten.\""),
            ("2.2 Delaktighet",
             "Lina deltog på mötet på avdelningen. Hon vill inte ha besök från "
             "boendestödet före kl. 10 och vill hellre ha telefonkontakt med sin "
             "sjuksköterska än hembesök. Hon är orolig för att bli ensam på kvällarna."))

    section("3. Insatser")
    box_row(("3.1 Regionens insatser (vem, vad, när)",
             "Läkarbesök på Psykiatriska öppenvårdsmottagningen Uddevalla 2025-06-12 "
             "(ansvarig: läkare, öppenvårdsmottagningen).\n"
             "Sjuksköterska på öppenvårdsmottagningen ringer Lina varje tisdag, första "
             "samtalet 2025-06-10.\n"
             "Provtagning litiumnivå på vårdcentralen."),
            ("3.2 Kommunens insatser (vem, vad, när)",
             "Boendestöd 3 dagar/vecka (mån, ons, fre) efter kl. 10, stöd med "
             "dygnsrytm, måltider och inköp. Ansvarig: boendestödjare, Socialpsykiatrin "
             "Uddevalla kommun. Från 2025-06-05.\n"
             "Biståndshandläggare, Socialpsykiatrin Uddevalla, fattar beslut om utökat "
             "boendestöd senast 2025-06-03."))
    box_row(("3.3 Andra aktörer", ""), ("3.4 Huvudansvarig för planen", ""))

    section("4. Uppföljning")
    box_row(("4.1 Uppföljning av planen",
             "2025-07-03 kl. 14.00, Psykiatriska öppenvårdsmottagningen Uddevalla."),
            ("4.2 Upprättad av",
             "Kurator, avdelning 22"), min_h=12)

    section("5. Underskrift")
    box_row(("Patientens underskrift", ""), ("Ort och datum", "Uddevalla 2025-05-28"), min_h=14)

    pdf.ln(2)
    pdf.set_font("DV", "", 6.5)
    pdf.set_text_color(90, 90, 90)
    pdf.multi_cell(W, 3.2, align="L", text="Planen delges patienten samt berörda verksamheter. Planen ska "
                           "följas upp på angivet datum eller tidigare vid behov.")
    pdf.output(out(6, "pdf"))


# ====================================================================
# 07  DOCX minutes as decision log "Punkt | Diskussion | Beslut | Ansvarig"
#     Adult with depression, alcohol, sick leave, Lindesberg
# ====================================================================
def plan07():
    doc = new_doc("Minnesanteckningar SIP", "Vuxenenheten Lindesberg", font="Calibri", size=10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    hp = sec.header.paragraphs[0]
    hp.text = "Lindesbergs kommun – Socialförvaltningen, vuxenenheten"
    hp.runs[0].font.size = Pt(8)

    p = doc.add_paragraph()
    r = p.add_run("Minnesanteckningar – SIP-möte")
    r.bold = True
    r.font.size = Pt(15)
    p = doc.add_paragraph()
    p.add_run("Ärende: ").bold = True
    p.add_run("Per, 47 år")
    p = doc.add_paragraph()
    p.add_run("Datum: ").bold = True
    p.add_run("2025-10-14 kl. 9.00–10.30, Socialförvaltningen Lindesberg")
    p = doc.add_paragraph()
    p.add_run("Närvarande: ").bold = True
    p.add_run("Petra, Mats, Jonas, Karin, Lena")
    p = doc.add_paragraph()
    p.add_run("Sekreterare: ").bold = True
    p.add_run("Lena")

    rows = [
        ("1. Mötets öppnande",
         "Petra hälsar välkommen och går igenom dagordningen. Frågor till mötet: Hur ska "
         "behandlingen av alkoholberoendet samordnas med psykiatrins depressionsbehandling? "
         "Kan Per gå tillbaka till arbetet på deltid från januari?",
         "Dagordningen godkänns.", ""),
        ("2. Nuläge",
         "Per har varit sjukskriven på heltid sedan mars 2025 för depression. Han dricker "
         "dagligen enligt hustrun. Levervärdena var förhöjda i augusti. Arbetsgivaren "
         "(lager, Lindesberg) vill ha kontakt om återgång.",
         "Informationen noteras.", ""),
        ("3. Alkoholbehandling",
         "Vuxenenheten kan erbjuda öppenvårdsprogram ÅP (återfallsprevention) i grupp, "
         "12 veckor.",
         "Per erbjuds plats i ÅP-gruppen med start 2025-11-03.",
         "Alkoholterapeut, vuxenenheten Lindesbergs kommun"),
        ("4. Depressionsbehandling",
         "Nuvarande antidepressiva har inte gett tillräcklig effekt. Samtalskontakt har "
         "avbrutits två gånger.",
         "Medicineringen ses över vid läkarbesök 2025-10-28. Ny samtalskontakt erbjuds.",
         "Regionen"),
        ("5. Provtagning",
         "Nya leverprover behövs innan läkarbesöket.",
         "Provtagning leverprover och PEth.",
         "Vårdcentralen Lindesberg"),
        ("6. Sjukskrivning och arbete",
         "FK informerar om att sjukpenningen prövas mot normalinkomst efter dag 180 i "
         "september. Arbetsgivaren är positiv till arbetsträning.",
         "FK:s handläggare kallar till avstämningsmöte med Per och arbetsgivaren i "
         "november. Arbetsgivaren tar fram en plan för arbetsträning 25 % från januari.",
         "Handläggare, Försäkringskassan; arbetsgivaren (HR)"),
        ("7. Samordning",
         "Diskussion om vem som ska hålla ihop planen.",
         "Socialtjänsten har samordningsansvaret.",
         "Socialtjänsten"),
        ("8. Övriga frågor", "Inga övriga frågor.", "–", ""),
    ]
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    header_row(t, ["Punkt", "Diskussion", "Beslut", "Ansvarig"], fill="E2EFDA")
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cell_text(cells[i], v, size=9.5, bold=(i == 0))
    set_col_widths(t, [3.5, 6.0, 4.3, 3.2])

    doc.add_paragraph()
    doc.add_paragraph("Vid anteckningarna: Lena")
    doc.add_paragraph("Justeras: Petra")

    save_doc(doc, out(7, "docx"))


# ====================================================================
# 08  DOCX that is NOT a SIP: "Nätverkskarta" / contact list by circle
#     Young man with ADHD, Vänersborg
# ====================================================================
def plan08():
    doc = new_doc("Nätverkskarta", "Vänersborgs kommun")
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Vänersborgs kommun – Socialtjänsten, Stöd och behandling"
    hp.runs[0].font.size = Pt(8)

    doc.add_heading("Nätverkskarta", level=1)
    p = doc.add_paragraph()
    p.add_run("Person: ").bold = True
    p.add_run("David, 19 år")
    p = doc.add_paragraph()
    p.add_run("Upprättad: ").bold = True
    p.add_run("2025-02-19, tillsammans med David, av Amira, behandlare")
    p = doc.add_paragraph(
        "Kartan visar vilka personer David har omkring sig. Närmast i cirkeln står de som "
        "David själv säger är viktigast. Kontaktuppgifter finns i journalen; professionella "
        "nås via respektive växel.")
    p.runs[0].italic = True

    circles = [
        ("Cirkel 1 – Familj och hushåll", ["Namn/relation", "Kontakt", "Kommentar"], [
            ("Mamma (Maria)", "Bor i Vänersborg, träffas varje vecka", "Viktigaste personen enligt David"),
            ("Lillasyster (Ida, 15 år)", "Bor hos mamma", "Spelar datorspel ihop"),
            ("Pappa", "Bor i Uddevalla, sporadisk kontakt", "David vill ha mer kontakt"),
        ]),
        ("Cirkel 2 – Släkt och vänner", ["Namn/relation", "Kontakt", "Kommentar"], [
            ("Mormor", "Trollhättan, ringer varannan vecka", "Hjälper ibland med pengar"),
            ("Kompisen Alex", "Träffas flera gånger i veckan", "Från gymnasiet"),
            ("Grannen Rolf", "I trappuppgången", "Lånar ut verktyg, fikar ibland"),
            ("Innebandylaget", "Träning tisdagar", "Har inte varit där sedan hösten"),
        ]),
        ("Cirkel 3 – Professionella", ["Funktion", "Verksamhet", "Kontakt"], [
            ("Behandlare (Amira)", "Socialtjänsten Vänersborg, Stöd och behandling", "Samtal varje vecka"),
            ("Boendestödjare", "Socialpsykiatrin Vänersborgs kommun", "Två gånger i veckan"),
            ("Psykolog", "Vuxenpsykiatrin Vänersborg, NU-sjukvården", "ADHD-uppföljning, var 6:e vecka"),
            ("Distriktssköterska", "Vårdcentralen Vänersborg", "Vid behov"),
            ("Handläggare", "Arbetsförmedlingen Vänersborg", "Inskrivning i december 2024"),
            ("Handläggare", "Försäkringskassan", "Aktivitetsersättning, via kundcenter"),
            ("Studie- och yrkesvägledare", "Komvux Vänersborg", "Har träffats en gång"),
        ]),
    ]
    for title, head, rows in circles:
        doc.add_heading(title, level=2)
        t = doc.add_table(rows=1, cols=3)
        t.style = "Table Grid"
        header_row(t, head, fill="FCE4D6")
        for row in rows:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cell_text(cells[i], v, size=10)
        set_col_widths(t, [4.8, 6.2, 5.4])

    doc.add_heading("Davids egna kommentarer", level=2)
    doc.add_paragraph("”Mamma och Alex är de jag ringer om något händer. Jag vet inte riktigt "
                      "vad alla på kommunen gör.”")
    doc.add_paragraph("Kartan uppdateras när David vill, eller när nya kontakter tillkommer.")
    save_doc(doc, out(8, "docx"))


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
    shutil.rmtree(BUILD, ignore_errors=True)
    print("\n".join(sorted(os.listdir(PLANS))))


if __name__ == "__main__":
    main()
