#!/usr/bin/env python3
"""Generate batch f95a: seven fictional SIP plans and one non-plan, Region Östergötland.

Run with /work/batches/.venv/bin/python generate.py  (calls soffice for f95a-06.pdf).
Deterministic: fixed texts, fixed dates, no randomness; zip entries get fixed timestamps.
"""
import datetime
import os
import shutil
import subprocess
import tempfile
import textwrap
import zipfile

from docx import Document
from docx.enum.section import WD_SECTION, WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from fpdf import FPDF
from lxml import etree

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f95a"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIXED_DT = datetime.datetime(2025, 1, 1, 12, 0, 0)


def path(nn, ext):
    return os.path.join(OUT, f"{PREFIX}-{nn:02d}.{ext}")


def fix_zip(fn):
    """Rewrite a .docx so that zip entry timestamps are fixed (deterministic output)."""
    tmp = fn + ".tmp"
    with zipfile.ZipFile(fn) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 1, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    os.replace(tmp, fn)


def new_doc(author="", title=""):
    doc = Document()
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2.3)
        s.top_margin = Cm(2.5)
        s.bottom_margin = Cm(2.2)
    return doc


def save_doc(doc, fn):
    doc.save(fn)
    fix_zip(fn)


def para(doc_or_cell, text="", bold=False, size=None, italic=False, style=None,
         space_after=None, indent=None, align=None, color=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor(*color)
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    if align is not None:
        p.alignment = align
    return p


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


def add_page_field(paragraph, instr):
    r = paragraph.add_run()
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    r._r.append(f1)
    r2 = paragraph.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    r2._r.append(it)
    r3 = paragraph.add_run()
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    r3._r.append(f2)
    r4 = paragraph.add_run("1")
    r5 = paragraph.add_run()
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    r5._r.append(f3)


# ---------------------------------------------------------------------------
# 01  Word, one section per part, part named only in the page header
# ---------------------------------------------------------------------------
def plan01():
    doc = new_doc("Linnea", "SIP Erik")
    parts = [
        ("Del 1 – Bakgrund och syfte", [
            "Möte hölls 2025-04-29 kl. 13.30–15.00 på Psykosmottagningen, Psykiatriska kliniken "
            "Linköping.",
            "Erik är 40 år och har diagnosen paranoid schizofreni sedan drygt 15 år. Han hade eget "
            "boende i Linköping fram till januari 2025 då han blev av med lägenheten efter "
            "hyresskulder och klagomål från grannar under en period när han inte tog sin medicin. "
            "Sedan dess har han bott växelvis på kommunens akutboende och hos bekanta, och en del "
            "nätter har han sovit ute.",
            "I februari var Erik inlagd på psykiatrisk heldygnsvård i tre veckor efter att ha "
            "uteblivit från depåinjektionen två gånger. Kontakten med psykosmottagningen har brutits "
            "flera gånger eftersom kallelser skickas till en adress där han inte längre bor. "
            "Vuxenenheten har beviljat akutboende månad för månad och Erik har ekonomiskt bistånd.",
            "Syftet med den här planen är att Erik ska få ett stadigvarande boende med stöd, och att "
            "psykiatrin och socialtjänsten samordnar sig så att hans behandling och kontakter inte "
            "bryts igen när han flyttar mellan tillfälliga boenden.",
        ]),
        ("Del 2 – Deltagare och Eriks egen röst", [
            "Vid mötet deltog:",
            "•  Erik",
            "•  Linnea, socialsekreterare, Vuxenenheten, Socialtjänsten Linköpings kommun",
            "•  Hanna, boendesamordnare, Bostadssociala enheten, Linköpings kommun",
            "•  Omid, case manager (skötare), Psykosmottagningen, Psykiatriska kliniken Linköping, "
            "Region Östergötland",
            "•  Karin, sjuksköterska, Psykosmottagningen, Psykiatriska kliniken Linköping, "
            "Region Östergötland",
            "Erik var med under hela mötet och berättade själv om hur han har det. Med hans egna ord: "
            "”Jag vill ha ett eget ställe där jag kan stänga dörren om mig. Jag vill inte bli inlagd "
            "igen, och jag vill slippa berätta allt från början varje gång jag träffar någon ny.”",
            "Erik vill inte bo på ett boende med personal dygnet runt, men han kan tänka sig att någon "
            "kommer hem till honom ett par gånger i veckan när han väl har en lägenhet. Han tycker att "
            "sprutan fungerar bättre än tabletter eftersom han då inte behöver hålla reda på "
            "medicinen själv.",
        ]),
        ("Del 3 – Insatser", [
            "Linnea, socialsekreterare på Vuxenenheten, gör en ansökan om lägenhet inom Bostad först "
            "och lämnar den till kommunens boendegrupp senast 2025-05-16. Till dess förlängs "
            "akutboendet; beslut för juni fattas senast 2025-05-28.",
            "Omid, case manager på Psykosmottagningen, träffar Erik varje tisdag kl. 10.00 på "
            "mottagningen med start 2025-05-06. Nya tider och besked lämnas till Erik direkt vid "
            "besöken i stället för med post.",
            "Karin, sjuksköterska på Psykosmottagningen, ger depåinjektionen var fjärde vecka, nästa "
            "gång 2025-05-06 i samband med besöket hos Omid.",
            "Hanna, boendesamordnare på Bostadssociala enheten, träffar Erik 2025-05-13 för att gå "
            "igenom vilken typ av lägenhet och vilket område som kan fungera för honom.",
            "Psykosmottagningens läkare ser över läkemedelslistan och tar ställning till om "
            "tablettbehandlingen vid sidan av depåinjektionen kan tas bort.",
            "Linnea, socialsekreterare på Vuxenenheten, Socialtjänsten Linköpings kommun, har "
            "huvudansvaret för planen. Hon kallar till uppföljning och ser till att anteckningarna "
            "skickas till alla som deltog.",
            "Planen följs upp 2025-06-10 kl. 13.30 på Psykosmottagningen.",
        ]),
    ]
    first = True
    for title, paras in parts:
        if first:
            sec = doc.sections[0]
            first = False
        else:
            sec = doc.add_section(WD_SECTION.NEW_PAGE)
        sec.header.is_linked_to_previous = False
        hdr = sec.header
        hp = hdr.paragraphs[0]
        hp.text = ""
        r = hp.add_run("Samordnad individuell plan (SIP) – Erik, 40 år\t\tLinköping 2025-04-29")
        r.font.size = Pt(8.5)
        r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
        hp2 = hdr.add_paragraph()
        r2 = hp2.add_run(title)
        r2.bold = True
        r2.font.size = Pt(13)
        r2.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
        # bottom border under header
        pPr = hp2._p.get_or_add_pPr()
        bdr = OxmlElement("w:pBdr")
        b = OxmlElement("w:bottom")
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), "6")
        b.set(qn("w:space"), "1")
        b.set(qn("w:color"), "1F3A5F")
        bdr.append(b)
        pPr.append(bdr)
        for t in paras:
            p = para(doc, t, space_after=8)
            if t.startswith("•"):
                p.paragraph_format.left_indent = Cm(0.6)
                p.paragraph_format.space_after = Pt(2)
    # footer (shared, linked)
    fp = doc.sections[0].footer.paragraphs[0]
    fr = fp.add_run("Linköpings kommun · Region Östergötland          Sida ")
    fr.font.size = Pt(8)
    add_page_field(fp, "PAGE")
    save_doc(doc, path(1, "docx"))


# ---------------------------------------------------------------------------
# 02  PDF (fpdf2), two-column leaflet
# ---------------------------------------------------------------------------
class Leaflet(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.set_xy(10, 6)
        self.cell(100, 4, "Region Östergötland · Norrköpings kommun · SIP")
        self.set_xy(self.w - 40, 6)
        self.cell(30, 4, f"Sida {self.page_no()} ({{nb}})", align="R")
        self.set_draw_color(150, 30, 60)
        self.set_line_width(0.6)
        self.line(10, 11, self.w - 10, 11)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-10)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(110, 110, 110)
        self.cell(0, 4, "Vid akut försämring: BUP:s akutmottagning via växeln, 1177 eller 112.",
                  align="C")
        self.set_text_color(0, 0, 0)


def plan02():
    pdf = Leaflet(format=(148, 210), orientation="P")
    pdf.set_creation_date(FIXED_DT)
    pdf.set_title("SIP Nora")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.alias_nb_pages()
    pdf.set_margins(10, 15, 10)
    pdf.set_auto_page_break(False)
    pdf.add_page()

    # manual two-column flow: blocks are kept whole, a block that does not fit moves on to
    # the next column (or the left column of the next page)
    GUT = 6
    COLW = (pdf.w - 20 - GUT) / 2
    TOP, BOTTOM = 15, pdf.h - 14
    state = {"col": 0, "y": TOP}

    def col_x():
        return 10 + state["col"] * (COLW + GUT)

    def next_col():
        if state["col"] == 0:
            state["col"] = 1
        else:
            pdf.add_page()
            state["col"] = 0
        state["y"] = TOP

    def block(text, style="", size=8.4, lh=4.1, color=(0, 0, 0), spacing=0.0, after=2.2,
              indent=0.0, lead=None, keep_next=0.0):
        pdf.set_font("DejaVu", style, size)
        pdf.set_char_spacing(spacing)
        w = COLW - indent
        lines = pdf.multi_cell(w, lh, text, dry_run=True, output="LINES")
        h = len(lines) * lh
        if state["y"] + h + keep_next > BOTTOM:
            next_col()
        pdf.set_text_color(*color)
        if lead:
            pdf.set_font("DejaVu", "B", size)
            pdf.set_xy(col_x(), state["y"])
            pdf.cell(indent, lh, lead)
            pdf.set_font("DejaVu", style, size)
        pdf.set_xy(col_x() + indent, state["y"])
        pdf.multi_cell(w, lh, text, align="L")
        state["y"] += h + after
        pdf.set_text_color(0, 0, 0)
        pdf.set_char_spacing(0)

    def cap(text):
        state["y"] += 1.2
        block(text.upper(), "B", 7, 3.6, (150, 30, 60), 0.6, 0.6, keep_next=8)

    def body(text):
        block(text)

    block("SIP för Nora, 15 år", "B", 13, 6.5, after=0.5)
    block("Norrköping · upprättad 2025-10-01", "", 7.5, 4, (90, 90, 90), after=3)
    cap("Syfte")
    body("Samordnad individuell plan – att få en gemensam bild.")
    cap("Bakgrund")
    body("Nora går i årskurs 9 på en grundskola i Norrköping. Sedan i våras skadar hon sig "
         "själv genom att skära sig på armar och ben. Under hösten har hon varit frånvarande "
         "ungefär hälften av skoldagarna. Hon har kontakt med BUP Norrköping sedan augusti och "
         "socialtjänsten fick en orosanmälan från skolan i september.")
    body("Nora beskriver rasterna och matsalen som det svåraste i skolan och vill helst slippa "
         "idrotten tills vidare.")
    cap("Frågor till mötet")
    for q in ["Hur kan Nora komma tillbaka till skolan stegvis, och vilka lektioner börjar vi "
              "med?",
              "Vad gör skolan om Nora har skadat sig eller mår dåligt under skoldagen – vem "
              "ringer vem?",
              "Behöver familjen stöd hemma från socialtjänsten?"]:
        block(q, indent=3.5, lead="•", after=1.2)
    state["y"] += 1
    cap("Mål")
    body("Målet är att Nora ska vara i skolan minst tre dagar i veckan före jullovet och att "
         "självskadehandlingarna ska minska.")
    cap("Samtycke")
    body("Nora och hennes vårdnadshavare har lämnat skriftligt samtycke till SIP på Region "
         "Östergötlands blankett 2025-09-24.")
    next_col()
    cap("Insatser – vem gör vad och när")
    items = [
        "BUP Norrköping, Noras behandlare (kurator Elin): samtal med DBT-inriktning varje "
        "onsdag kl. 15.00 från 2025-10-08.",
        "BUP Norrköping, kurator Elin: gör en krisplan tillsammans med Nora och föräldrarna, "
        "klar 2025-10-22. Kopia till elevhälsan.",
        "BUP Norrköping, läkare: bedömning av sömn och eventuell medicinering, tid 2025-10-15.",
        "Elevhälsan, skolsköterska: Nora får gå till skolsköterskan när hon mår dåligt. "
        "Skolsköterskan ringer mamma och vid behov BUP:s akutmottagning. Gäller från "
        "2025-10-06.",
        "Elevhälsan, skolkurator: stödsamtal med Nora varannan måndag från 2025-10-13.",
        "Mentor (klasslärare Jonas): anpassat schema med tre förmiddagar i veckan från "
        "2025-10-13. Utökning prövas vid uppföljningen.",
        "Specialpedagog: ordnar en plats i studierummet som Nora kan använda i stället för "
        "helklass på de lektioner hon tycker är svårast.",
        "Socialtjänsten Norrköping, barn och unga, socialsekreterare Maja: utredningen enligt "
        "11 kap. 1 § SoL avslutas senast 2025-11-20.",
        "Socialtjänsten Norrköping, familjebehandlare: samtal med Nora och föräldrarna "
        "varannan vecka från 2025-10-20.",
        "Mamma: låser in läkemedel och vassa föremål hemma från 2025-10-01 och följer med Nora "
        "till skolan på måndagarna under oktober.",
        "Pappa: skjutsar Nora till BUP på onsdagarna från 2025-10-08.",
        "Nora: fyller i sitt måendeschema varje kväll från 2025-10-01 och tar med det till "
        "samtalen på BUP.",
    ]
    for i, it in enumerate(items, 1):
        block(it, indent=6, lead=f"{i}.", after=2.4)
    next_col()
    cap("Huvudansvar")
    body("BUP Norrköping")
    cap("Uppföljning")
    body("Planen följs upp i december.")
    cap("Om något förändras")
    body("Den som märker att en insats inte fungerar hör av sig till huvudansvarig verksamhet. "
         "Planen kan då tas upp tidigare.")
    pdf.output(path(2, "pdf"))


# ---------------------------------------------------------------------------
# 03  Plain text (UTF-8, CRLF) pasted from a web form
# ---------------------------------------------------------------------------
def plan03():
    W = 76
    qa = [
        ("1. Personens förnamn eller initialer, ålder och kommun", "M-B, 70 år, Motala"),
        ("2. Varför behövs en samordnad individuell plan?",
         "M-B har svår KOL och har haft hemsyrgas sedan våren 2024. Hon har varit inlagd "
         "på Lasarettet i Motala två gånger sedan jul på grund av försämringar som "
         "upptäcktes sent. Hemtjänsten, distriktssköterskorna på vårdcentralen och "
         "lungmottagningen har inte haft samma bild av vem som gör vad kring syrgasen. "
         "Planen ska samordna insatserna så att försämringar hos M-B upptäcks tidigare "
         "och syrgasbehandlingen sköts säkert i hemmet."),
        ("3. Vilka frågor vill ni ta upp på mötet?",
         "- Vem beställer och byter de bärbara syrgasflaskorna som M-B använder på "
         "promenaderna?\n"
         "- Kan hemtjänsten mäta saturation morgon och kväll, och vilka värden ska de "
         "reagera på?\n"
         "- Vem ringer hemtjänsten till när M-B blir sämre på kvällar och helger?\n"
         "- Behöver M-B trygghetslarm?"),
        ("4. Vad vill personen själv uppnå? Skriv gärna med personens egna ord.", None),
        ("5. Har personen samtyckt till SIP?", "Ja"),
        ("6. Hur har personen varit delaktig?", "M-B var med på mötet, som hölls hemma "
         "i hennes lägenhet."),
        ("7. Vilka insatser ska göras?",
         "Fortsatt stöd i hemmet vid behov. Fortsatt kontakt kring syrgasbehandlingen."),
        ("8. Vem ansvarar för respektive insats och när ska den göras?", None),
        ("9. Vem har huvudansvaret för att planen samordnas?", None),
        ("10. Gör andra än kommun och region något, t.ex. närstående, god man eller "
         "Försäkringskassan? Beskriv vem och vad.",
         "Nej, inga andra aktörer har några insatser just nu."),
        ("11. När ska planen följas upp?", "Om ca tre månader, i maj."),
        ("12. Vilka deltog på mötet?", "M-B, Lars, Sofia, Ahmed och Eva"),
        ("13. Övrigt", None),
    ]
    lines = [
        "Region Östergötland – e-tjänster",
        "Samordnad individuell plan (SIP) – dokumentation från möte",
        "",
        "Inskickat: 2025-02-18 14:32",
        "Ärendenummer: SIP-2025-XXXX",
        "Mötesdatum: 2025-02-18",
        "",
    ]
    for q, a in qa:
        lines.extend(textwrap.wrap(q, W))
        if a is None:
            lines.append("(inget svar)")
        else:
            for block in a.split("\n"):
                lines.extend(textwrap.wrap(block, W, subsequent_indent="  " if block.startswith("- ") else ""))
        lines.append("")
    lines += [
        "--",
        "Formuläret skickades in via Region Östergötlands e-tjänst. En kopia av svaren",
        "har skickats till avsändaren.",
        "",
    ]
    with open(path(3, "txt"), "wb") as f:
        f.write("\r\n".join(lines).encode("utf-8"))


# ---------------------------------------------------------------------------
# 04  Markdown letter to a 10-year-old
# ---------------------------------------------------------------------------
def plan04():
    md = """# Din plan, Elias 🌟

Hej Elias!

Den 7 oktober 2025 hade vi ett möte. Mötet heter SIP. Det här brevet berättar vad vi kom fram till.

## Varför vi träffades

Vi träffades för att du ska kunna gå till skolan igen utan att det gör så ont i magen. Vi vill också att alla vuxna runt dig vet vad de andra gör. Då behöver du inte berätta samma sak många gånger.

## Det här sa du

Du var med på mötet i början. Du ritade hur en bra skoldag ser ut. Du sa att det är för mycket ljud i klassrummet. Du sa att matsalen är värst.

Ditt mål sa du så här:

> ”Jag vill kunna vara i skolan till lunch och äta i det lilla rummet.”

## Får vi prata med varandra om dig?

Vi frågade: Får vi vuxna prata med varandra om dig? ”Ja”, sa du. Mamma och pappa sa också ja. De skrev på ett papper om det på mötet den 7 oktober.

## Vem gör vad?

| Vem | Gör vad | När |
|---|---|---|
| 🏫 Sara, din lärare på Nyhemsskolan | Gör ett bildschema åt dig. Då vet du vad som händer varje dag. | Från måndag 13 oktober |
| 🚪 Sara och elevassistenten Leo | Gör i ordning det lilla rummet. Där kan du äta lunch och vila. | Klart till 20 oktober |
| 🧠 Mikael, psykolog på BUP Norrköping | Träffar dig och pratar om oron i magen. Ni övar tillsammans. | Varannan torsdag, första gången 16 oktober |
| 🎧 Arbetsterapeut på habiliteringen | Hjälper dig med hörlurar och andra saker som gör ljuden lättare. | – |
| 🏠 Anna på socialtjänsten i Finspång | Träffar mamma och pappa och ger dem tips. | Första gången 22 oktober |
| 🚗 Pappa | Kör dig till skolan. | Varje skoldag kl. 8.15 |
| 🙂 Du | Visar det röda kortet för Sara eller Leo när det blir för mycket. | Varje dag |

Vi ses igen efter jullovet. Då pratar vi om hur det har gått.

På mötet var du, mamma, pappa, din lärare och några vuxna från BUP, habiliteringen och socialtjänsten.

Hälsningar från alla vuxna som var på mötet

---

## Till mamma och pappa

Här är en kort sammanfattning för er.

- **Försäkringskassan:** Ni ansöker om omvårdnadsbidrag för Elias före den 1 november 2025. Anna på socialtjänsten hjälper er med blanketten vid träffen den 22 oktober.
- **Skolvägen:** Pappa kör Elias till skolan varje skoldag kl. 8.15. Mamma hämtar honom kl. 12.30 de dagar han går hem efter lunch.
- **Hemma:** Fortsätt använda samma bildschema hemma som i skolan, så att dagarna ser likadana ut.

Planen följs upp efter jullovet. Kallelse kommer med posten.
"""
    with open(path(4, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ---------------------------------------------------------------------------
# 05  Word, measures as a numbered list inside one table cell, Heading 2 parts
# ---------------------------------------------------------------------------
def plan05():
    doc = new_doc("Lena", "SIP P.")
    t = para(doc, "Samordnad individuell plan (SIP)", bold=True, size=16, space_after=2)
    para(doc, "Vårdcentralen Mjölby · Mjölby kommun", size=9, color=(0x55, 0x55, 0x55),
         space_after=10)
    info = doc.add_table(rows=3, cols=2)
    info.style = "Table Grid"
    rows = [("Namn", "P., 55 år"), ("Personnummer", "ÅÅMMDD-XXXX"),
            ("Datum för möte", "2025-03-04")]
    for i, (k, v) in enumerate(rows):
        info.cell(i, 0).text = k
        info.cell(i, 1).text = v
        info.cell(i, 0).paragraphs[0].runs[0].bold = True
        shade(info.cell(i, 0), "E7EEF5")
        info.cell(i, 0).width = Cm(4)
        info.cell(i, 1).width = Cm(12)

    doc.add_heading("Bakgrund", level=2)
    para(doc, "P. är 55 år och arbetar som lagerchef på ett logistikföretag i Mjölby. Han har "
              "varit sjukskriven på heltid sedan maj 2024 för medelsvår depression, efter en "
              "period med hög arbetsbelastning och en skilsmässa. Han behandlas med "
              "antidepressiva läkemedel sedan juni 2024 med viss effekt. En KBT-kontakt "
              "avbröts i oktober när psykologen slutade. Sjukpenningen når dag 365 i maj 2025.")
    para(doc, "Efter skilsmässan har P. ekonomiska svårigheter. Han har en hyresskuld på två "
              "månader och har ansökt om ekonomiskt bistånd hos socialtjänsten i Mjölby kommun.")

    doc.add_heading("Frågeställningar", level=2)
    para(doc, "")

    doc.add_heading("Mål", level=2)
    para(doc, "Målet är att P. ska kunna börja arbetsträna på 25 % hos sin arbetsgivare under "
              "april 2025 och att hans depressionssymtom minskar.")

    doc.add_heading("Insatser", level=2)
    tbl = doc.add_table(rows=2, cols=1)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    hc = tbl.cell(0, 0)
    hc.text = "Insatser – vem gör vad och när (ansvarig; tidpunkt)"
    hc.paragraphs[0].runs[0].bold = True
    shade(hc, "D9E2F3")
    header_row(tbl.rows[0])
    c = tbl.cell(1, 0)
    measures = [
        "Samtalsbehandling med KBT, 10 tillfällen (psykolog Sanna, Vårdcentralen Mjölby; "
        "varannan vecka från 2025-03-12)",
        "Uppföljning av läkemedelsbehandlingen och bedömning av fortsatt sjukskrivning (läkare "
        "Henrik, Vårdcentralen Mjölby; besök 2025-03-25)",
        "Fysisk aktivitet på recept med promenadgrupp två gånger i veckan (fysioterapeut Johan, "
        "Vårdcentralen Mjölby; första träffen 2025-03-14)",
        "Kallar till avstämningsmöte med arbetsgivaren och Försäkringskassan om arbetsträning "
        "(rehabkoordinator Lena, Vårdcentralen Mjölby; mötet hålls 2025-04-02)",
        "Beslut om ekonomiskt bistånd för mars inklusive hyresskulden (socialsekreterare Amir, "
        "Försörjningsstöd, Socialtjänsten Mjölby kommun; beslut senast 2025-03-21)",
        "Budget- och skuldrådgivning (budget- och skuldrådgivare, Mjölby kommun; första "
        "samtalet 2025-03-18)",
    ]
    first = True
    for m in measures:
        if first:
            p = c.paragraphs[0]
            p.style = doc.styles["List Number"]
            p.add_run(m)
            first = False
        else:
            c.add_paragraph(m, style="List Number")

    doc.add_heading("Samordningsansvar", level=2)
    para(doc, "Vårdcentralen Mjölby")

    doc.add_heading("Andra aktörer", level=2)
    para(doc, "Försäkringskassan: handläggaren deltar i avstämningsmötet 2025-04-02 och prövar "
              "därefter rätten till fortsatt sjukpenning efter dag 365.")
    para(doc, "Arbetsgivaren: P:s närmaste chef tar fram arbetsuppgifter som passar för "
              "arbetsträning på 25 % och meddelar rehabkoordinatorn senast 2025-03-28.")

    doc.add_heading("Uppföljning", level=2)
    para(doc, "Se tidigare plan.")

    doc.add_heading("Deltagare", level=2)
    dt = doc.add_table(rows=1, cols=3)
    dt.style = "Table Grid"
    for i, h in enumerate(["Namn", "Funktion", "Verksamhet"]):
        dt.cell(0, i).text = h
        dt.cell(0, i).paragraphs[0].runs[0].bold = True
        shade(dt.cell(0, i), "D9E2F3")
    header_row(dt.rows[0])
    for row in [("Lena", "Rehabkoordinator", "Vårdcentralen Mjölby, Region Östergötland"),
                ("Henrik", "Läkare", "Vårdcentralen Mjölby, Region Östergötland"),
                ("Amir", "Socialsekreterare", "Försörjningsstöd, Socialtjänsten Mjölby kommun"),
                ("Maria", "Handläggare", "Försäkringskassan")]:
        cells = dt.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    para(doc, "")
    para(doc, "Antecknat av: rehabkoordinator, Vårdcentralen Mjölby", size=9, italic=True)
    save_doc(doc, path(5, "docx"))


# ---------------------------------------------------------------------------
# 06  Word draft with UTKAST watermark, printed to PDF by LibreOffice
# ---------------------------------------------------------------------------
WATERMARK_XML = (
    '<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
    '<w:pPr><w:pStyle w:val="Header"/></w:pPr><w:r><w:rPr><w:noProof/></w:rPr><w:pict>'
    '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" '
    'path="m@7,l@8,m@5,21600l@6,21600e">'
    '<v:path textpathok="t" o:connecttype="custom"/>'
    '<v:textpath on="t" fitshape="t"/>'
    '<o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype>'
    '<v:shape id="PowerPlusWaterMarkObject1" o:spid="_x0000_s2049" type="#_x0000_t136" '
    'style="position:absolute;margin-left:0;margin-top:0;width:470pt;height:140pt;'
    'rotation:315;z-index:-251657216;mso-position-horizontal:center;'
    'mso-position-horizontal-relative:margin;mso-position-vertical:center;'
    'mso-position-vertical-relative:margin" o:allowincell="f" fillcolor="silver" stroked="f">'
    '<v:fill opacity=".5"/>'
    '<v:textpath style="font-family:&quot;Calibri&quot;;font-size:1pt" string="UTKAST"/>'
    '<w10:wrap xmlns:w10="urn:schemas-microsoft-com:office:word" anchorx="margin" '
    'anchory="margin"/></v:shape></w:pict></w:r></w:p>'
)


def plan06(tmpdir):
    doc = new_doc("Johanna", "SIP L. – utkast")
    sec = doc.sections[0]
    hdr = sec.header
    hp = hdr.paragraphs[0]
    r = hp.add_run("Vadstena kommun · Region Östergötland – SIP, utkast inför möte 2025-06-12")
    r.font.size = Pt(8)
    r.font.color.rgb = RGBColor(0x66, 0x66, 0x66)
    hdr._element.append(etree.fromstring(WATERMARK_XML))

    para(doc, "Samordnad individuell plan – UTKAST", bold=True, size=16, space_after=2)
    para(doc, "Utkastet skickas ut med kallelsen. Fält markerade [fylls i på mötet] fylls i "
              "tillsammans under mötet.", italic=True, size=9, space_after=10)

    def field(label, value, after=8):
        p = doc.add_paragraph()
        r1 = p.add_run(label)
        r1.bold = True
        p.paragraph_format.space_after = Pt(1)
        p.paragraph_format.keep_with_next = True
        p2 = doc.add_paragraph(value)
        p2.paragraph_format.space_after = Pt(after)
        return p2

    field("Namn", "L., 29 år")
    field("Personnummer", "XXXXXX-XXXX")
    field("Mötesdatum och plats", "2025-06-12 kl. 09.00, LSS-handläggarnas lokaler, Vadstena")
    field("Bakgrund",
          "L. har en lindrig intellektuell funktionsnedsättning och bor i egen lägenhet i "
          "Vadstena med boendestöd tre gånger i veckan. Hon har daglig verksamhet enligt LSS "
          "fyra dagar i veckan. Under våren har hon gått upp mycket i vikt och fick i april "
          "diagnosen typ 2-diabetes på vårdcentralen. Boendestödet har märkt att hon har svårt "
          "att hålla ordning på sina läkemedel och att hon flera gånger inte har öppnat när "
          "personalen kommit. L. har god man.")
    field("Syfte med SIP", "Samordning av insatser.")
    field("Frågeställningar", "[fylls i på mötet]")
    field("L:s egna mål", "[fylls i på mötet]")
    field("L:s synpunkter och önskemål", "[fylls i på mötet]")
    field("Samtycke", "Samtycke finns.")

    p = doc.add_paragraph()
    p.add_run("Insatser").bold = True
    p.paragraph_format.space_after = Pt(3)
    tbl = doc.add_table(rows=1, cols=3)
    tbl.style = "Table Grid"
    for i, h in enumerate(["Insats", "Ansvarig", "När"]):
        tbl.cell(0, i).text = h
        tbl.cell(0, i).paragraphs[0].runs[0].bold = True
        shade(tbl.cell(0, i), "EDEDED")
    header_row(tbl.rows[0])
    for row in [("Fortsatt stöd enligt LSS", "Kommunen", "Löpande"),
                ("Fortsatt stöd i boendet", "Kommunen", "Vid behov"),
                ("Fortsatt kontakt med habiliteringen", "Regionen", "Löpande"),
                ("Fortsatt kontakt med vårdcentralen", "Regionen", "Vid behov"),
                ("[fylls i på mötet]", "", "")]:
        cells = tbl.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    for rw in tbl.rows:
        rw.cells[0].width = Cm(8.5)
        rw.cells[1].width = Cm(4)
        rw.cells[2].width = Cm(3.5)
    para(doc, "", space_after=4)

    field("Andra aktörer", "God man – [fylls i på mötet]")
    field("Huvudansvarig för planen", "[fylls i på mötet]")
    field("Uppföljning", "[fylls i på mötet]")

    p = doc.add_paragraph()
    p.add_run("Kallade till mötet").bold = True
    p.paragraph_format.space_after = Pt(1)
    for t in ["L.",
              "God man (NN)",
              "Johanna, LSS-handläggare, Vadstena kommun",
              "Per, enhetschef, Daglig verksamhet, Vadstena kommun",
              "Frida, boendestödjare, Boendestödet, Vadstena kommun",
              "Sara, kurator, Vuxenhabiliteringen Motala, Region Östergötland",
              "Mats, diabetessjuksköterska, Vårdcentralen Vadstena, Region Östergötland"]:
        q = doc.add_paragraph(t, style="List Bullet")
        q.paragraph_format.space_after = Pt(0)
    para(doc, "")
    para(doc, "Utkast upprättat 2025-05-27 av LSS-handläggare, Vadstena kommun.", size=9,
         italic=True)
    src = os.path.join(tmpdir, f"{PREFIX}-06.docx")
    save_doc(doc, src)
    subprocess.run(["soffice", f"-env:UserInstallation=file:///tmp/lo-{PREFIX}", "--headless",
                    "--convert-to", "pdf", "--outdir", tmpdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.copy(os.path.join(tmpdir, f"{PREFIX}-06.pdf"), path(6, "pdf"))


# ---------------------------------------------------------------------------
# 07  Word meeting notes with time stamps
# ---------------------------------------------------------------------------
def plan07():
    doc = new_doc("Jonna", "Minnesanteckningar SIP E.")
    para(doc, "Minnesanteckningar – SIP-möte", bold=True, size=14, space_after=4)
    for k, v in [("Gäller:", " E., 13 år, placerad i familjehem i Söderköping"),
                 ("Datum:", " 2025-09-16 kl. 13.00–14.00"),
                 ("Plats:", " Socialtjänsten, Söderköpings kommun"),
                 ("Närvarande:", " Jonna, Maria, Anders, Carina (familjehemsmamma), Sanna (mamma)"),
                 ("Antecknat av:", " Jonna")]:
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        p.add_run(k).bold = True
        p.add_run(v)
    para(doc, "", space_after=4)
    notes = [
        ("13.00", "Jonna öppnar mötet. Frågeställning enligt kallelsen: diskutera läget."),
        ("13.03", "Samtycke finns sedan tidigare."),
        ("13.05", "Mamma berättar att hon och E. har haft mer kontakt på telefon under sommaren "
                  "och att E. har frågat om att få sova över hos henne. Mamma tycker att det går "
                  "bättre nu än i våras, men hon saknar information om hur det går i skolan."),
        ("13.10", "Carina läser upp det E. skrev på en lapp inför mötet: ”Jag vill bo kvar hos "
                  "Carina och Jonas. Jag vill börja på fotbollen igen och jag vill inte byta "
                  "skola en gång till.”"),
        ("13.15", "Maria berättar att E. har haft hög frånvaro de första veckorna på terminen, "
                  "mest på måndagar, och att hon verkar trött. Hon ligger efter i matte."),
        ("13.20", "Beslut: Maria träffar E. på skolan varje tisdag under lunchen, med start "
                  "2025-09-23."),
        ("13.24", "Anders berättar att BUP har gjort en bedömning under sommaren. E. har symtom "
                  "på posttraumatisk stress efter tiden före placeringen, bl.a. mardrömmar och "
                  "svårt att somna."),
        ("13.30", "Beslut: BUP Norrköping erbjuder traumafokuserad KBT, Anders är behandlare. "
                  "Första tid 2025-10-02 kl. 15.00."),
        ("13.38", "Diskussion om umgänge. Mamma vill träffa E. oftare och vill också kunna vara "
                  "med mer kring skolan. Hur det ska gå till tas upp nästa gång."),
        ("13.42", "Beslut: Jonna ordnar umgänge mellan E. och mamma varannan lördag från "
                  "2025-09-27, de tre första gångerna i familjehemsenhetens lokal."),
        ("13.48", "Beslut: E. ska få läxhjälp i matte."),
        ("13.52", "Beslut: Jonna, socialsekreterare på barn- och ungdomsenheten, Söderköpings "
                  "kommun, fortsätter ha huvudansvaret för planen och skickar anteckningarna "
                  "till alla som var med."),
        ("14.00", "Mötet avslutas."),
    ]
    for ts, txt in notes:
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(6)
        p.paragraph_format.left_indent = Cm(1.2)
        p.paragraph_format.first_line_indent = Cm(-1.2)
        rt = p.add_run(ts + "\t")
        rt.bold = True
        if txt.startswith("Beslut:"):
            rb = p.add_run("Beslut:")
            rb.bold = True
            p.add_run(txt[len("Beslut:"):])
        else:
            p.add_run(txt)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(1.2))
    para(doc, "", space_after=2)
    p = doc.add_paragraph()
    p.add_run("Nästa möte:").bold = True
    p.add_run(" 2025-12-02 kl. 13.00 på familjehemsenheten, Söderköping.")
    save_doc(doc, path(7, "docx"))


# ---------------------------------------------------------------------------
# 08  NOT a plan: application for SIP development funds
# ---------------------------------------------------------------------------
def doc08():
    doc = new_doc("Utvecklingsledare", "Ansökan om SIP-medel 2025")
    para(doc, "Region Östergötland · Linköpings kommun", size=9, color=(0x44, 0x44, 0x44),
         space_after=2)
    doc.add_heading("Ansökan om SIP-medel 2025 – projektansökan", level=1)
    meta = doc.add_table(rows=5, cols=2)
    meta.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Projektnamn", "SIP i vardagen – barn och unga i Linköping"),
        ("Sökande organisationer", "Region Östergötland, Närsjukvården i centrala Östergötland, "
                                   "och Linköpings kommun, Socialförvaltningen"),
        ("Projektperiod", "2025-09-01 – 2026-06-30"),
        ("Sökt belopp", "486 000 kr"),
        ("Ansökan avser", "Medel från den regionala överenskommelsen om samverkan kring SIP, "
                          "utlysning våren 2025"),
    ]):
        meta.cell(i, 0).text = k
        meta.cell(i, 1).text = v
        meta.cell(i, 0).paragraphs[0].runs[0].bold = True
        shade(meta.cell(i, 0), "E2EFDA")

    doc.add_heading("1. Bakgrund", level=2)
    para(doc, "Antalet samordnade individuella planer för barn och unga i Linköping har ökat "
              "under de senaste tre åren, men uppföljningar av planernas kvalitet visar att "
              "barnets egen röst sällan finns med och att många planer saknar en bestämd tid "
              "för uppföljning. I den gemensamma granskningen hösten 2024 av 60 slumpvis "
              "utvalda planer saknade 41 barnets egna mål och 23 en uppföljningsdag.")
    para(doc, "Personal från skola, socialtjänst, BUP och vårdcentraler beskriver att "
              "kallelserna tar lång tid, att det är oklart vem som ska vara sammankallande och "
              "att barnen upplever mötena som stora och svåra. Samverkansgruppen för barn och "
              "unga i Linköping har därför föreslagit ett gemensamt utvecklingsprojekt.")

    doc.add_heading("2. Syfte och mål", level=2)
    para(doc, "Projektets syfte är att höja kvaliteten i SIP för barn och unga i Linköping, "
              "särskilt barnets delaktighet och tydligheten i vem som gör vad.")
    for m in ["Minst 75 % av nya planer under projekttiden innehåller barnets egna mål.",
              "Minst 90 % av planerna har en bestämd dag för uppföljning.",
              "Alla deltagande enheter har minst två SIP-ombud som gått den gemensamma "
              "utbildningen.",
              "En barnanpassad version av planmallen finns och används i minst tre skolområden."]:
        doc.add_paragraph(m, style="List Bullet")

    doc.add_heading("3. Målgrupp", level=2)
    para(doc, "Barn och unga 6–18 år i Linköpings kommun som har eller behöver en SIP, deras "
              "vårdnadshavare samt personal inom elevhälsa, socialtjänst, BUP, barnhabilitering "
              "och vårdcentraler.")

    doc.add_heading("4. Aktiviteter och tidsplan", level=2)
    at = doc.add_table(rows=1, cols=3)
    at.style = "Table Grid"
    for i, h in enumerate(["Aktivitet", "Ansvarig organisation", "Tidsperiod"]):
        at.cell(0, i).text = h
        at.cell(0, i).paragraphs[0].runs[0].bold = True
        shade(at.cell(0, i), "C6E0B4")
    header_row(at.rows[0])
    for row in [
        ("Kartläggning av nuläget och intervjuer med barn och vårdnadshavare",
         "Linköpings kommun", "sep–okt 2025"),
        ("Gemensam utbildning för SIP-ombud, fyra halvdagar", "Region Östergötland",
         "nov 2025 – jan 2026"),
        ("Ta fram barnanpassad planmall och bildstöd", "Gemensam arbetsgrupp",
         "okt–dec 2025"),
        ("Pilot i tre skolområden", "Linköpings kommun och Region Östergötland",
         "jan–apr 2026"),
        ("Utvärdering och slutrapport", "FoU-enheten, Region Östergötland", "maj–jun 2026"),
    ]:
        cells = at.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v

    doc.add_heading("5. Budget", level=2)
    bt = doc.add_table(rows=1, cols=4)
    bt.style = "Table Grid"
    for i, h in enumerate(["Post", "Region Östergötland", "Linköpings kommun", "Summa (kr)"]):
        bt.cell(0, i).text = h
        bt.cell(0, i).paragraphs[0].runs[0].bold = True
        shade(bt.cell(0, i), "C6E0B4")
    header_row(bt.rows[0])
    for row in [
        ("Projektledare 50 %, 10 mån", "120 000", "120 000", "240 000"),
        ("Frikoppling av SIP-ombud för utbildning", "48 000", "60 000", "108 000"),
        ("Utbildningsinsatser, lokaler och material", "30 000", "30 000", "60 000"),
        ("Bildstöd och tryck av barnanpassad mall", "0", "28 000", "28 000"),
        ("Utvärdering (FoU-enheten)", "50 000", "0", "50 000"),
        ("Summa", "248 000", "238 000", "486 000"),
    ]:
        cells = bt.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
            if i > 0:
                cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if row[0] == "Summa":
            for cc in cells:
                cc.paragraphs[0].runs[0].bold = True

    doc.add_heading("6. Uppföljning och utvärdering", level=2)
    para(doc, "FoU-enheten granskar 40 planer före och 40 planer efter piloten med samma "
              "granskningsmall som 2024. Barn och vårdnadshavare i piloten får svara på en kort "
              "enkät efter mötet. Resultaten redovisas för Samverkansgruppen för barn och unga "
              "och i en slutrapport senast 2026-06-30.")

    doc.add_heading("7. Kontaktpersoner", level=2)
    para(doc, "Utvecklingsledare, Socialförvaltningen, Linköpings kommun (via växeln)")
    para(doc, "Verksamhetsutvecklare, Närsjukvården i centrala Östergötland, Region Östergötland "
              "(via växeln)")

    doc.add_heading("Underskrifter", level=2)
    sig = doc.add_table(rows=3, cols=2)
    sig.cell(0, 0).text = "Linköping 2025-05-20"
    sig.cell(0, 1).text = "Linköping 2025-05-20"
    sig.cell(1, 0).text = "\n______________________________"
    sig.cell(1, 1).text = "\n______________________________"
    sig.cell(2, 0).text = "Socialchef, Linköpings kommun"
    sig.cell(2, 1).text = "Verksamhetschef, Närsjukvården i centrala Östergötland"
    save_doc(doc, path(8, "docx"))


def main():
    os.makedirs(OUT, exist_ok=True)
    tmpdir = tempfile.mkdtemp(prefix=f"{PREFIX}-")
    try:
        plan01()
        plan02()
        plan03()
        plan04()
        plan05()
        plan06(tmpdir)
        plan07()
        doc08()
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    print("written:", sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()
