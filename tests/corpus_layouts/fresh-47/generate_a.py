#!/usr/bin/env python3
"""Generate the f47a batch of fictional, anonymized SIP test documents into plans/.

Run with /work/batches/.venv/bin/python generate.py  (calls soffice for f47a-06.pdf).
Deterministic: fixed texts and dates, fixed zip timestamps and document properties.
"""
import datetime as dt
import os
import shutil
import subprocess
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
PLANS = os.path.join(HERE, "plans")
BUILD = os.path.join(HERE, "build")
PREFIX = "f47a"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
LO_PROFILE = "file:///tmp/lo-f47a"
FIXED = dt.datetime(2025, 3, 20, 9, 0, 0)


def out(name):
    return os.path.join(PLANS, f"{PREFIX}-{name}")


# ---------------------------------------------------------------- docx helpers

def new_doc(author=""):
    doc = Document()
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    return doc


def save_docx(doc, path):
    doc.save(path)
    # rewrite the zip with fixed timestamps so every run gives identical bytes
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 3, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(item.filename))
    os.replace(tmp, path)


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


def set_cell(cell, text, bold=False, size=None, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n") if text else [""]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    return cell


def table(doc, header, rows, widths=None, style="Table Grid", size=10, header_fill="D9E2F3"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, bold=True, size=size)
        if header_fill:
            shade(t.rows[0].cells[i], header_fill)
    repeat_header(t.rows[0])
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            set_cell(cells[i], v, size=size)
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


def bold_para(doc, text, size=None, space_before=8):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(space_before)
    p.paragraph_format.space_after = Pt(2)
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


def placeholder_sdt(doc, alias, text="Klicka här för att ange text."):
    """Block-level content control left empty: Word shows its placeholder text."""
    xml = (
        f'<w:sdt {nsdecls("w")}>'
        f'<w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias}"/>'
        f'<w:id w:val="{len(alias) * 1117}"/>'
        f'<w:showingPlcHdr/><w:text/></w:sdtPr>'
        f'<w:sdtContent><w:p><w:r><w:rPr><w:color w:val="808080"/></w:rPr>'
        f'<w:t>{text}</w:t></w:r></w:p></w:sdtContent></w:sdt>'
    )
    sdt = parse_xml(xml)
    p = doc.add_paragraph()
    p._p.addprevious(sdt)
    p._p.getparent().remove(p._p)


def header_footer(section, header_text, footer_text, header_size=9):
    section.header.is_linked_to_previous = False
    hp = section.header.paragraphs[0]
    hp.text = ""
    r = hp.add_run(header_text)
    r.font.size = Pt(header_size)
    r.font.color.rgb = RGBColor(0x40, 0x40, 0x40)
    section.footer.is_linked_to_previous = False
    fp = section.footer.paragraphs[0]
    fp.text = ""
    r = fp.add_run(footer_text)
    r.font.size = Pt(8)
    # page number field
    r2 = fp.add_run()
    r2.font.size = Pt(8)
    for kind, val in (("begin", None), ("instr", " PAGE "), ("end", None)):
        if kind == "instr":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = val
            r2._r.append(it)
        else:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            r2._r.append(fc)


def set_landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    w, h = section.page_width, section.page_height
    if h > w:
        section.page_width, section.page_height = h, w


def bullets(doc, items, style="List Bullet"):
    for it in items:
        doc.add_paragraph(it, style=style)


# ------------------------------------------------------------------ f47a-01.pdf

class JournalPDF(FPDF):
    def header(self):
        self.set_font("dv", "B", 9)
        self.set_fill_color(225, 232, 240)
        self.cell(60, 6, "NCS Cross", border="B", fill=True)
        self.set_font("dv", "", 8)
        self.cell(70, 6, "Journalutskrift – Vuxenpsykiatri Halland", border="B", fill=True, align="C")
        self.cell(0, 6, f"Utskrivet 2025-02-19 08:14   Sida {self.page_no()} ({{nb}})",
                  border="B", fill=True, align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_font("dv", "", 7)
        self.cell(0, 4, "Patient: D.K.  ÅÅMMDD-XXXX", align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def footer(self):
        self.set_y(-12)
        self.set_font("dv", "", 7)
        self.cell(0, 5, "Utskriften innehåller sekretessbelagda uppgifter. Utskrivare: Johan, Sjuksköterska",
                  align="C")


def note(pdf, head, fields, signature):
    pdf.ln(3)
    pdf.set_font("dv", "B", 9)
    pdf.set_fill_color(240, 240, 240)
    pdf.cell(0, 6, head, border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
    for key, text in fields:
        pdf.set_font("dv", "B", 9.5)
        pdf.write(5, key)
        pdf.ln(5)
        pdf.set_font("dv", "", 9.5)
        pdf.set_x(pdf.l_margin + 4)
        pdf.multi_cell(0, 5, text, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
    pdf.set_font("dv", "", 8)
    pdf.set_draw_color(120, 120, 120)
    y = pdf.get_y() + 1
    pdf.line(pdf.l_margin, y, pdf.w - pdf.r_margin, y)
    pdf.set_y(y + 1)
    pdf.cell(0, 5, signature, new_x="LMARGIN", new_y="NEXT")
    pdf.set_draw_color(0, 0, 0)


def make_01():
    pdf = JournalPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Journalutskrift")
    pdf.add_font("dv", "", FONT)
    pdf.add_font("dv", "B", FONT_B)
    pdf.set_margins(18, 14, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    # patient header box
    pdf.set_font("dv", "B", 10)
    x0, y0 = pdf.get_x(), pdf.get_y()
    pdf.rect(x0, y0, pdf.w - pdf.l_margin - pdf.r_margin, 24)
    pdf.set_xy(x0 + 2, y0 + 2)
    pdf.cell(100, 5, "Patient: D.K.")
    pdf.set_font("dv", "", 9)
    pdf.cell(0, 5, "Personnummer: ÅÅMMDD-XXXX", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(x0 + 2)
    pdf.cell(100, 5, "Vårdenhet: Vuxenpsykiatriska mottagningen Varberg")
    pdf.cell(0, 5, "Vårdgivare: Region Halland", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(x0 + 2)
    pdf.cell(100, 5, "Journaltyp: Samordning / SIP")
    pdf.cell(0, 5, "Urval: 2025-02-04 – 2025-02-18", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(x0 + 2)
    pdf.cell(100, 5, "Sökord: Alla")
    pdf.cell(0, 5, "Sortering: Äldst först", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(y0 + 26)

    note(pdf,
         "2025-02-04 10:20   Telefonkontakt   Johan, Sjuksköterska, Vuxenpsyk. mottagningen Varberg",
         [
             ("Kontaktorsak",
              "Telefonsamtal med pat inför SIP efter utskrivning från slutenvården."),
             ("Aktuellt",
              "Ringer upp pat som nås på andra försöket. Pat är hemma i lägenheten. Informerar om vad "
              "en SIP är och att socialtjänsten i Varberg bjuds in till mötet 2025-02-18 kl 13.00 här "
              "på mottagningen."),
             ("Samtycke",
              "Pat lämnar muntligt samtycke per telefon 2025-02-04 till att SIP upprättas och till "
              "informationsutbyte mellan Vuxenpsykiatriska mottagningen Varberg och socialtjänsten, "
              "Vuxenenheten Varbergs kommun."),
             ("Planering", "SIP-möte enligt ovan."),
         ],
         "Signerad: Johan, Sjuksköterska   2025-02-04 10:41")

    note(pdf,
         "2025-02-18 13:00   Vårdkontakt: SIP-möte   Johan, Sjuksköterska, Vuxenpsyk. mottagningen Varberg",
         [
             ("Kontaktorsak", "SIP-möte på mottagningen, pat på plats."),
             ("Närvarande",
              "Pat.\nJohan, sjuksköterska, Vuxenpsykiatriska mottagningen Varberg (antecknar).\n"
              "Leila, överläkare, Vuxenpsykiatriska mottagningen Varberg.\n"
              "Maja, socialsekreterare, Vuxenenheten, Varbergs kommun."),
             ("Syfte",
              "Att samordna vuxenpsykiatrins och socialtjänstens stöd till pat efter vårdtiden på "
              "avd 52, så att han kan bo kvar i sin lägenhet och så att hyresskulden och övriga "
              "skulder inte leder till att han förlorar bostaden."),
             ("Frågeställning", "Diskutera läget."),
             ("Aktuellt",
              "24-årig man som skrevs ut 2025-01-30 efter knappt tre veckors slutenvård på avd 52, "
              "Psykiatri Halland, pga psykotiskt skov, det andra sedan 2023. Bor ensam i hyreslägenhet "
              "i centrala Varberg. Har en hyresskuld som motsvarar ca tre månadshyror samt obetalda "
              "räkningar och sms-lån, exakt summa okänd. Ingen sysselsättning sedan hösten 2024, "
              "har tidigare arbetat extra på lager. Sömnen har förbättrats under vårdtiden enligt "
              "epikrisen, inga hallucinationer rapporteras vid utskrivning. Pat sitter tyst under "
              "större delen av mötet och svarar kort när han får frågor. Socialsekreteraren har "
              "ingen tidigare aktualisering av pat hos Vuxenenheten."),
             ("Planering",
              "Fortsatt kontakt med mottagningen. Socialtjänsten erbjuder stöd kring boende och "
              "ekonomi vid behov. Uppföljande SIP-möte 2025-05-13 kl 13.00 på mottagningen."),
             ("Ansvar",
              "Regionen ansvarar för den psykiatriska vården och kommunen för stödet kring boende "
              "och ekonomi. Huvudansvar för SIP: Maja, socialsekreterare, Vuxenenheten Varbergs "
              "kommun."),
         ],
         "Signerad: Johan, Sjuksköterska   2025-02-18 15:52")

    pdf.ln(4)
    pdf.set_font("dv", "", 8)
    pdf.cell(0, 5, "*** Slut på utskrift – 2 anteckningar ***", align="C")
    pdf.output(out("01.pdf"))


# ----------------------------------------------------------------- f47a-02.docx

def make_02():
    doc = new_doc("Vuxenenheten")
    sec = doc.sections[0]
    header_footer(sec, "Kristianstads kommun  |  Arbete och välfärd  |  Vuxenenheten",
                  "SIP – P. – upprättad 2025-03-12   Sida ")
    doc.add_heading("Samordnad individuell plan (SIP)", level=1)

    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    info = [("Namn", "P.", "Personnummer", "ÅÅMMDD-XXXX"),
            ("Datum för möte", "2025-03-12", "Plats", "Vuxenenheten, Kristianstad"),
            ("Upprättad av", "Socialsekreterare, Vuxenenheten", "Diarienr", "VUX 2025-XXXX")]
    for r, row in enumerate(info):
        for c, v in enumerate(row):
            set_cell(t.rows[r].cells[c], v, bold=(c % 2 == 0), size=10)
            if c % 2 == 0:
                shade(t.rows[r].cells[c], "EDEDED")

    doc.add_heading("Syfte med SIP", level=2)
    placeholder_sdt(doc, "Syfte")

    doc.add_heading("Frågeställningar", level=2)
    bullets(doc, [
        "Var ska P. bo när beslutet om plats på härbärget löper ut 2025-03-31?",
        "Behöver P. en utredning av minne och kognition innan vi bestämmer vilken boendeform som passar?",
        "Vem hjälper P. med räkningarna nu när hyresskulden från Åhus ligger hos kronofogden?",
    ])

    doc.add_heading("Bakgrund", level=2)
    doc.add_paragraph(
        "P. är 58 år och har sedan oktober 2024 bott på härbärget i Kristianstad, efter att han "
        "vräktes från sin lägenhet i Åhus på grund av hyresskuld och störningar. Han har ett "
        "långvarigt alkoholberoende och vid vårdtillfället på CSK i november 2023 misstänktes en "
        "alkoholrelaterad hjärnskada (Wernicke-Korsakoff). Personalen på härbärget beskriver att "
        "han glömmer tider, tappar bort sina papper och ibland inte hittar tillbaka efter att ha "
        "varit i stan. Han dricker periodvis, senast en längre period runt jul. P. har haft god man "
        "sedan januari 2025. Han har ingen inkomst utöver ekonomiskt bistånd och har inte arbetat "
        "sedan 2019.")

    doc.add_heading("P:s egna mål", level=2)
    doc.add_paragraph(
        "P. kom inte till mötet. Personalen på härbärget pratade med honom dagen innan och han sa: "
        "”Jag vill ha ett eget ställe med en egen dörr. Jag orkar inte sova bland en massa folk "
        "längre, då börjar jag bara dricka.” Han har också sagt att han ”vill få ordning på "
        "pappren så att de slutar skicka brev”.")

    # measures in a landscape section
    sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
    set_landscape(sec2)
    doc.add_heading("Insatser", level=2)
    cols = ["Behov", "Insats", "Utförare", "Tidsplan", "Uppföljs av"]
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(cols):
        set_cell(t.rows[0].cells[i], h, bold=True, size=10)
        shade(t.rows[0].cells[i], "C6D9F1")
    repeat_header(t.rows[0])

    def group(title):
        cells = t.add_row().cells
        m = cells[0].merge(cells[4])
        set_cell(m, title, bold=True, size=10)
        shade(m, "F2F2F2")

    def row(*vals):
        cells = t.add_row().cells
        for i, v in enumerate(vals):
            set_cell(cells[i], v, size=10)

    group("Boende")
    row("Eget boende på sikt",
        "Ansökan om träningslägenhet med socialt kontrakt via kommunens boendesamordnare",
        "Socialsekreterare, Vuxenenheten", "Ansökan senast 2025-03-28", "Socialsekreterare")
    row("Tak över huvudet nu",
        "Förlängt beslut om plats på härbärget tills annat boende är ordnat",
        "Biståndshandläggare, Vuxenenheten", "", "")
    group("Hälsa")
    row("Minne och kognition",
        "Remiss för kognitiv utredning hos neuropsykolog, som underlag för val av boendeform",
        "Läkare, Vårdcentralen Näsby", "Remissen skickas v. 12", "Distriktssköterska, VC Näsby")
    row("Alkohol",
        "Återfallsprevention, samtal varannan vecka, ställningstagande till Antabus",
        "Behandlare, Beroendemottagningen Kristianstad, Region Skåne", "Start 2025-03-19", "Behandlare")
    row("Somatik och nutrition",
        "Tiamininjektioner och provtagning av levervärden",
        "Distriktssköterska, Vårdcentralen Näsby", "", "")
    group("Ekonomi och myndigheter")
    row("Ekonomi och skulder",
        "God man betalar löpande räkningar, kontaktar kronofogden om hyresskulden och bokar tid hos "
        "kommunens budget- och skuldrådgivning",
        "God man (Stefan)", "Kontakt med KFM senast 2025-04-15", "God man")
    row("Försörjning",
        "Ansökan om sjukersättning hos Försäkringskassan; läkarintyg skrivs av VC",
        "P. med hjälp av god man / läkare, VC Näsby", "Intyg senast 2025-04-30", "Socialsekreterare")
    t.autofit = False
    for i, w in enumerate([3.5, 8.0, 5.5, 4.0, 4.0]):
        t.columns[i].width = Cm(w)
    for r in t.rows[:]:
        for i, w in enumerate([3.5, 8.0, 5.5, 4.0, 4.0]):
            if len(r.cells) == 5 and r.cells[i]._tc is not r.cells[0]._tc or i == 0:
                r.cells[i].width = Cm(w)

    doc.add_paragraph()
    label_para(doc, "Huvudansvar för SIP: ", "socialsekreteraren")
    save_docx(doc, out("02.docx"))


# ------------------------------------------------------------------- f47a-03.md

MD_03 = """# 📋 SIP – Jonatan (J.), 22 år

**Upprättad:** 2025-02-26  
**Skriven av:** Lena, LSS-handläggare  
**Senast uppdaterad:** 2025-03-10

---

## 🤝 Syfte

Samordning.

## ❓ Frågor till mötet

- Prata om hur det går hemma och på dagliga verksamheten

## 👥 Vilka var med

| Namn | Funktion | Verksamhet |
|---|---|---|
| Jonatan | | |
| Anette | mamma | |
| Lena | LSS-handläggare | Funktionsstöd, Halmstads kommun |
| Ahmed | handledare | Daglig verksamhet Kreativa verkstaden, Halmstads kommun |
| Sara | arbetsterapeut | Habiliteringen Halmstad, Region Halland |
| Karin | specialistläkare | Vuxenpsykiatriska mottagningen Halmstad, Region Halland |

J. var med på mötet första halvtimmen.

## 🧩 Bakgrund

J. har autism (utredd på BUP 2014) och bor hemma hos mamma i Halmstad. Han går på daglig
verksamhet på Kreativa verkstaden tre dagar i veckan och har beslut om korttidstillsyn sedan
skoltiden som inte längre används. Dygnsrytmen har glidit isär sedan jul, han är ofta vaken
till 04–05 och kommer inte iväg till DV de dagar han ska. Han träffar inga kompisar utanför DV
och sitter mycket vid datorn. Mamma är ensam vårdnadshavare sedan J. var liten och har
berättat att hon inte orkar vara den som ska hålla ihop allt längre.

## 🎯 Mål

Målet är att J. ska få en meningsfull fritid och en fungerande dygnsrytm, och på sikt kunna
flytta till en egen lägenhet med stöd.

## ✅ Att göra

- [x] Samtycke finns
- [x] Ansökan om ledsagare skickad (Lena, 2025-03-01)
- [x] Mamma har skickat ansökan om god man till överförmyndarnämnden (Anette, 2025-02-20)
- [ ] Beslut om ledsagarservice 8 tim/månad (Lena, senast 2025-03-31)
- [ ] Utöka DV från tre till fyra dagar i veckan, med senare start kl 10 (Ahmed, från 2025-04-01)
- [ ] Bedömning av tidshjälpmedel och bildschema för morgnarna (Sara, hembesök 2025-03-20)
- [ ] Genomgång av sömnen och ev. melatonin (Karin, läkarbesök 2025-03-27)
- [ ] Ansökan om aktivitetsersättning hos FK – J. fyller i den med mammas hjälp (J. och Anette, v. 14)
- [ ] Ansökan om bostad med särskild service enligt LSS 9 § 9 (Lena, senast 2025-09-30)

## 📝 Anteckningar

- Hab har väntetid på ca fyra veckor för nybesök, Sara tar hembesöket själv.
- Ledsagaren ska helst vara en man i J:s ålder som är intresserad av spel 🎮 (mammas förslag).
- Korttidstillsynen avslutas, Lena skriver avslutsbeslut senast 2025-03-31.
"""


def make_03():
    with open(out("03.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(MD_03)


# ------------------------------------------------------------------ f47a-04.txt

def fw(label, text, width=80, col=16):
    """Fixed-width field: 'LABEL.........: text' with indented continuation lines."""
    head = (label + "." * (col - 2 - len(label)))[: col - 2] + ": "
    avail = width - col
    words = text.split()
    lines, cur = [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > avail:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    lines.append(cur)
    res = [head + lines[0]]
    for ln in lines[1:]:
        res.append(" " * col + ln)
    return [r.rstrip() for r in res]


def make_04():
    L = []
    L.append("=" * 79)
    L.append(" SAMORDNAD INDIVIDUELL PLAN (SIP)                       UTSKRIFT 2024-11-06 07:58")
    L.append(" KARLSKRONA KOMMUN - SOCIALPSYKIATRIN / PSYKIATRIN BLEKINGE             SID 1(1)")
    L.append("=" * 79)
    L.append("PERSON........: M-L                          PNR...........: XXXXXX-XXXX")
    L.append("DATUM MÖTE....: 2024-11-05                   PLATS.........: Avd 3, Psykiatrin")
    L.append("REG AV........: Biståndshandläggare         STATUS........: Upprättad")
    L.append("-" * 79)
    L += fw("SYFTE", "")
    L += fw("FRÅGESTÄLLN", "-")
    L += fw("BAKGRUND",
            "Kvinna 45 år med bipolär sjukdom typ 1, känd inom psykiatrin sedan 2009. Inlagd på "
            "avd 3 Psykiatrin Karlskrona sedan 2024-10-14 efter maniskt skov med sömnlöshet, "
            "stora inköp och konflikter i trappuppgången. Tredje vårdtillfället på fem år. Bor "
            "ensam i hyresrätt i Karlskrona. Har under hösten inte betalat hyran för oktober och "
            "har okänd mängd skulder efter skovet. Ingen sysselsättning sedan 2022. Aktualiserad "
            "hos socialpsykiatrin 2021, kontakten avslutades 2023.")
    L += fw("AKTUELLT",
            "Stämningsläget har stabiliserats under vårdtiden och litiumnivån ligger nu inom "
            "terapeutiskt intervall. Sover 6-7 tim/natt. Har haft permission över dagen två "
            "gånger utan anmärkning. Utskrivning planeras inom 1–2 veckor.")
    L += fw("MÅL",
            "Att M-L ska bli stabil i sitt mående och klara sitt eget boende efter utskrivning.")
    L += fw("INSATSER", "Enl. vårdplan.")
    L += fw("ANSVARIG", "")
    L += fw("HUVUDANSVAR", "Psykiatrin")
    L += fw("ANDRA AKTÖRER", "")
    L += fw("SAMTYCKE",
            "Muntligt samtycke lämnat till kurator på avd 3 2024-11-04, gäller SIP och "
            "informationsöverföring mellan psykiatrin och socialtjänsten.")
    L += fw("DELTAGARE", "Skötare, kurator, biståndshandläggare, sjuksköterska öppenvården.")
    L += fw("UPPFÖLJNING", "2024-12-16 kl 10.00, Psykiatriska mottagningen Karlskrona.")
    L.append("-" * 79)
    L.append("*** SLUT PÅ UTSKRIFT ***")
    text = "\r\n".join(L) + "\r\n"
    with open(out("04.txt"), "wb") as f:
        f.write(text.encode("cp1252"))


# ----------------------------------------------------------------- f47a-05.docx

def make_05():
    doc = new_doc("Familjeenheten Ronneby")
    header_footer(doc.sections[0], "Ronneby kommun – Socialförvaltningen – Familjeenheten",
                  "Samordnad individuell plan – Elsa – 2025-03-04   Sida ")
    title = doc.add_heading("Samordnad individuell plan (SIP) – Elsa, 9 år", level=0)

    doc.add_heading("1. Uppgifter", level=1)
    t = doc.add_table(rows=5, cols=2)
    t.style = "Table Grid"
    rows = [("Barn", "Elsa, 9 år, åk 3 Backaskolan"),
            ("Personnummer", "ÅÅMMDD-XXXX"),
            ("Vårdnadshavare", "Hanna (mamma) och Jesper (pappa), gemensam vårdnad"),
            ("Syskon", "Noah, 12 år, åk 6 Backaskolan"),
            ("Datum och plats", "2025-03-04 kl 13.00–15.00, Backaskolan, Ronneby")]
    for i, (a, b) in enumerate(rows):
        set_cell(t.rows[i].cells[0], a, bold=True, size=10)
        shade(t.rows[i].cells[0], "EAF1DD")
        set_cell(t.rows[i].cells[1], b, size=10)
        t.rows[i].cells[0].width = Cm(4)
        t.rows[i].cells[1].width = Cm(12)
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(6)
    r = p.add_run("Samtycke: ")
    r.bold = True
    p.add_run("☐ Muntligt   ☐ Skriftligt      Datum: ÅÅÅÅ-MM-DD")

    doc.add_heading("2. Deltagare", level=1)
    table(doc, ["Namn", "Funktion", "Verksamhet"], [
        ("Elsa", "", "(första halvtimmen)"),
        ("Hanna", "vårdnadshavare, mamma", ""),
        ("Jesper", "vårdnadshavare, pappa", ""),
        ("Mikaela", "familjebehandlare", "Familjeenheten, Ronneby kommun"),
        ("Josefin", "skolkurator", "Elevhälsan, Backaskolan, Ronneby kommun"),
        ("Mattias", "klasslärare och mentor åk 3", "Backaskolan, Ronneby kommun"),
        ("Amira", "psykolog", "BUP Blekinge, mottagningen i Karlskrona"),
    ], widths=[3, 5.5, 7.5])

    doc.add_heading("3. Bakgrund", level=1)
    doc.add_paragraph(
        "Elsa har sedan början av höstterminen 2024 haft ont i magen nästan varje morgon och "
        "frånvaron ligger på ungefär 40 %. Hon har svårt att skiljas från mamma vid skolgrinden och "
        "har flera gånger gått hem på förmiddagen. Föräldrarna separerade i juni 2024 och barnen bor "
        "växelvis en vecka hos var och en. Under hösten har storebror Noah följt Elsa till skolan och "
        "ofta hämtat henne från klassrummet när hon blivit ledsen. Noah har själv fått mer frånvaro på "
        "morgonlektionerna och hans mentor har hört av sig till föräldrarna. Föräldrarna är oroliga "
        "för att Noah tar för stort ansvar för sin syster.")
    doc.add_paragraph(
        "Elsa remitterades till BUP Blekinge i december 2024 av skolsköterskan. Bedömningen i "
        "januari visar separationsångest och tecken på generaliserad ångest, ingen misstanke om "
        "NPF. Familjeenheten har haft kontakt med familjen sedan februari efter föräldrarnas egen "
        "ansökan om stöd.")

    doc.add_heading("4. Syfte med SIP", level=1)
    doc.add_paragraph(
        "Syftet är att skolan, BUP och familjeenheten tillsammans med Elsa och föräldrarna ska hitta "
        "ett sätt för Elsa att komma tillbaka till skolan på heltid, och att Noah ska slippa ta "
        "ansvar för att hans syster kommer iväg till skolan.")

    doc.add_heading("5. Frågeställningar", level=1)
    bullets(doc, [
        "Hur kan morgnarna se ut i båda hemmen så att Elsa kommer iväg utan att Noah behöver följa med?",
        "Behöver Elsa anpassningar i klassrummet och på rasterna, och vem gör dem?",
        "Hur kan Noah få prata om sin situation utan att han blir en del av Elsas behandling?",
    ])

    doc.add_heading("6. Elsas egna mål och synpunkter", level=1)
    doc.add_paragraph(
        "Elsa var med på första halvtimmen av mötet tillsammans med mamma och pappa och ritade "
        "medan vi pratade. Hon sa: ”Jag vill kunna vara ute på rasterna med Ella utan att få ont i "
        "magen.” Hon vill inte att Noah ska behöva gå med henne längre: ”Jag kan gå med pappa, "
        "Noah blir bara sur.” Hon vill helst börja dagen med bild eftersom det är hennes "
        "favoritlektion.")
    doc.add_paragraph(
        "Noah var inte med på mötet. Han har sagt till Mikaela att han ”vill att det ska bli som "
        "vanligt hemma igen” och att han gärna går till skolan med sina kompisar i stället.")

    doc.add_heading("7. Insatser", level=1)
    table(doc, ["Insats", "Ansvarig", "När"], [
        ("KBT-behandling för Elsa med fokus på separationsångest, 10 tillfällen",
         "Amira, psykolog, BUP Blekinge Karlskrona", "Start 2025-03-13, varannan torsdag"),
        ("Familjebehandling hemma hos mamma och pappa, en gång i veckan, med fokus på morgonrutiner",
         "Mikaela, familjebehandlare, Familjeenheten", "Från vecka 11"),
        ("Syskonsamtal för Noah, tre tillfällen",
         "Mikaela, familjebehandlare, Familjeenheten", "Mars–april 2025"),
        ("Anpassat schema: Elsa börjar kl 9.00 med bildlektion och möts av en trygg vuxen vid ingången",
         "Mattias, mentor, Backaskolan", ""),
        ("Stödsamtal med skolkurator en gång i veckan", "Josefin, skolkurator, Elevhälsan Backaskolan",
         "Från 2025-03-10"),
        ("Pappa följer Elsa till skolan på tisdagar och torsdagar, mamma övriga dagar. Noah går själv "
         "med sina kompisar.", "Hanna och Jesper, vårdnadshavare", "Från 2025-03-05"),
    ], widths=[8, 5, 3.5])

    doc.add_heading("8. Huvudansvar", level=1)
    doc.add_paragraph(
        "Mikaela, familjebehandlare på Familjeenheten, Ronneby kommun, är huvudansvarig för planen "
        "och kallar till uppföljning.")

    doc.add_heading("9. Uppföljning", level=1)
    doc.add_paragraph("Nästa SIP-möte: 2025-06-03 kl 14.00 på Backaskolan.")
    save_docx(doc, out("05.docx"))


# ------------------------------------------------------------- f47a-06.pdf (docx)

def make_06():
    doc = new_doc("Öppenvården unga vuxna")
    header_footer(doc.sections[0],
                  "Falkenbergs kommun · Socialförvaltningen · Öppenvården unga vuxna",
                  "Uppföljning SIP – A. – 2025-03-18   Sida ")
    doc.add_heading("Uppföljning av samordnad individuell plan", level=1)

    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    info = [("Namn", "Adam (A.), 19 år"),
            ("Personnummer", "ÅÅMMDD-XXXX"),
            ("Datum för uppföljning", "2025-03-18, Öppenvårdens lokaler i Falkenberg"),
            ("Ursprunglig SIP upprättad", "2024-09-17")]
    for i, (a, b) in enumerate(info):
        set_cell(t.rows[i].cells[0], a, bold=True, size=10)
        shade(t.rows[i].cells[0], "E7E6E6")
        set_cell(t.rows[i].cells[1], b, size=10)
        t.rows[i].cells[0].width = Cm(5)
        t.rows[i].cells[1].width = Cm(11)

    doc.add_paragraph()
    label_para(doc, "Närvarande: ", "Sofia (mamma), Elin, Kristoffer, Jasmin, Robert")
    doc.add_paragraph("Adam hade lämnat återbud samma morgon.")
    label_para(doc, "Syfte: ", "Se tidigare plan.")
    label_para(doc, "Samtycke: ", "Samtycke finns sedan tidigare.")

    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    set_cell(t.rows[0].cells[0], "Frågeställningar inför mötet", bold=True, size=10)
    shade(t.rows[0].cells[0], "E7E6E6")
    set_cell(t.rows[0].cells[1], "", size=10)
    t.rows[0].cells[0].width = Cm(5)
    t.rows[0].cells[1].width = Cm(11)

    doc.add_heading("Uppföljning av målen", level=2)
    table(doc, ["Mål vid förra mötet", "Resultat", "Nytt mål"], [
        ("Att A. ska minska sitt cannabisbruk och lämna negativa urinprov.",
         "Två positiva prov i november–december, negativa prov sedan januari.",
         "Att A. ska vara fortsatt drogfri och lämna negativa prov till sommaren."),
        ("Att A. ska påbörja studier på Komvux.",
         "Började på Komvux i januari med två kurser (matematik 1a, engelska 6). Närvaron har varit "
         "ojämn, ca 60 % enligt studie- och yrkesvägledaren.",
         "Att A. ska klara minst en kurs till juni."),
        ("Att A:s ADHD-utredning blir klar.",
         "Utredningen klar 2024-12-10, diagnos ADHD kombinerad form.",
         "Att A. ska ha påbörjat läkemedelsbehandling."),
        ("Att A. ska få en fungerande ekonomi.",
         "Ej följt upp.",
         "–"),
    ], widths=[5.5, 6, 5])

    doc.add_heading("Nya insatser", level=2)
    table(doc, ["Insats", "Ansvarig", "När"], [
        ("Insättning av ADHD-läkemedel, återbesök för dosjustering var tredje vecka",
         "Läkare, Vuxenpsykiatriska mottagningen Falkenberg", "Start 2025-03-25"),
        ("Urinprovskontroller en gång per vecka",
         "Behandlare, Öppenvården unga vuxna, Falkenbergs kommun", "Varje måndag t.o.m. 2025-06-30"),
        ("MI-samtal om droger och motivation",
         "Behandlare, Öppenvården unga vuxna, Falkenbergs kommun", "Varannan vecka fr.o.m. 2025-03-24"),
        ("Studiehandledning en gång i veckan och ny studieplan med en kurs i taget",
         "Studie- och yrkesvägledare, Komvux Falkenberg", "Fr.o.m. vecka 13"),
    ], widths=[7, 6, 3.5])

    doc.add_heading("Övrigt", level=2)
    doc.add_paragraph(
        "Mamma stöttar Adam hemma och tycker att det har blivit lugnare sedan jul. Kontakt med "
        "Försäkringskassan om aktivitetsersättning har diskuterats.")
    label_para(doc, "Huvudansvar: ", "Oförändrat.")
    label_para(doc, "Nästa uppföljning: ", "om ett halvår.")
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(18)
    p.add_run("Antecknat av: Kristoffer").italic = True

    os.makedirs(BUILD, exist_ok=True)
    src = os.path.join(BUILD, f"{PREFIX}-06.docx")
    save_docx(doc, src)
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
                    "--convert-to", "pdf", "--outdir", PLANS, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


# ----------------------------------------------------------------- f47a-07.docx

def make_07():
    doc = new_doc("Hemtjänst Ystad öster")
    sec = doc.sections[0]
    sec.footer.is_linked_to_previous = False
    fp = sec.footer.paragraphs[0]
    fp.text = "Hemtjänst Ystad öster – Vård och omsorg, Ystads kommun"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for r in fp.runs:
        r.font.size = Pt(8)

    p = doc.add_paragraph()
    r = p.add_run("Samordnad individuell plan")
    r.font.small_caps = True
    r.bold = True
    r.font.size = Pt(18)
    p = doc.add_paragraph()
    r = p.add_run("Gunnel, 87 år")
    r.bold = True
    r.font.size = Pt(13)
    doc.add_paragraph("Datum: 2025-04-29. Vi träffades hemma hos Gunnel.")

    bold_para(doc, "Med på mötet")
    doc.add_paragraph("Gunnel, Eva (dotter), Annika, Mohammed, Fatima och Birgitta.")

    bold_para(doc, "Varför vi gör en SIP")
    doc.add_paragraph("För att få en gemensam bild.")

    bold_para(doc, "Det här har hänt")
    doc.add_paragraph(
        "Gunnel ramlade i badrummet natten mot den 8 april och låg på golvet i flera timmar innan vi "
        "i hemtjänsten hittade henne på morgonbesöket. Hon åkte ambulans till lasarettet i Ystad men "
        "ingenting var brutet och hon fick åka hem samma dag med stora blåmärken på höften och "
        "armen. Sedan dess har vi märkt att hon är rädd att gå själv, att hon sitter mest i fåtöljen "
        "och att hon har ätit sämre. Gunnel säger själv: ”Jag har aldrig varit så rädd som när jag "
        "låg där på golvet och ingen kom.” Hon har trygghetslarm men har inte haft det på sig på "
        "natten eftersom det ”skaver när jag ska sova”. Hon blir ofta yr när hon reser sig på "
        "morgonen och hon tar många mediciner.")
    doc.add_paragraph(
        "Gunnel bor ensam i sin lägenhet sedan maken dog 2019. Vi i hemtjänsten har hittills "
        "kommit morgon och kväll för hjälp med påklädning, mediciner och mat.")

    bold_para(doc, "Det här vill Gunnel")
    doc.add_paragraph(
        "Gunnel var med under hela mötet och sa själv vad hon tycker. ”Jag vill kunna duscha själv "
        "igen och gå till affären med rollatorn när det blir varmare.” Hon vill bo kvar hemma: "
        "”Jag vill inte flytta till något boende, här har jag alla mina saker.” Hon vill inte ha "
        "fler besök än nödvändigt av personal hon inte känner.")

    bold_para(doc, "Det här gör vi")
    bullets(doc, [
        "Vi i hemtjänsten Ystad öster hjälper Gunnel med dusch två gånger i veckan, tisdagar och "
        "fredagar, från och med vecka 19. Vi försöker att det är samma personer som kommer.",
        "Vi gör en tillsyn på natten kl 01 från och med den 1 maj 2025, tills Gunnel känner sig "
        "tryggare.",
        "Arbetsterapeuten från kommunens rehabenhet kommer hem till Gunnel den 14 maj 2025, provar ut "
        "duschpall och handtag vid toaletten och tar bort de lösa mattorna tillsammans med henne.",
        "Fysioterapeuten från kommunens rehabenhet startar balansträning hemma en gång i veckan från "
        "och med vecka 20.",
        "Regionen ser över hennes mediciner eftersom hon blir yr på morgnarna.",
    ])
    doc.add_paragraph(
        "Eva, Gunnels dotter, är informerad om planen och hjälper till när hon kan.")

    bold_para(doc, "Nästa gång")
    doc.add_paragraph("Vi ses igen efter sommaren, eller tidigare vid behov.")

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(18)
    p.add_run("Antecknat av Annika, hemtjänsten").italic = True
    save_docx(doc, out("07.docx"))


# ----------------------------------------------------------------- f47a-08.docx

def make_08():
    doc = new_doc("Sölvesborgs kommun")
    header_footer(doc.sections[0],
                  "Sölvesborgs kommun och Region Blekinge – Lokal överenskommelse", "Dnr 2024/XXX   Sida ")
    doc.add_heading("Samverkansöverenskommelse om samordnad individuell plan (SIP)", level=0)
    doc.add_paragraph(
        "Lokal överenskommelse mellan Sölvesborgs kommun (socialförvaltningen och "
        "utbildningsförvaltningen) och Region Blekinge (primärvård, psykiatri, BUP och somatisk "
        "specialistvård) om hur arbetet med samordnad individuell plan ska bedrivas i Sölvesborg. "
        "Fastställd i den lokala samverkansgruppen 2024-12-10.")

    doc.add_heading("1. Bakgrund och syfte", level=1)
    doc.add_paragraph(
        "Enligt 2 kap. 7 § socialtjänstlagen och 16 kap. 4 § hälso- och sjukvårdslagen ska kommunen "
        "och regionen tillsammans upprätta en individuell plan när en enskild har behov av insatser "
        "från både socialtjänsten och hälso- och sjukvården, om kommunen eller regionen bedömer att "
        "planen behövs för att den enskilde ska få sina behov tillgodosedda och om den enskilde "
        "samtycker. Överenskommelsen ska tydliggöra ansvarsfördelningen och ge gemensamma rutiner så "
        "att den enskilde och de närstående möter en samordnad verksamhet.")

    doc.add_heading("2. Målgrupp", level=1)
    doc.add_paragraph(
        "Överenskommelsen gäller barn, unga och vuxna i alla åldrar som bor i Sölvesborgs kommun och "
        "som har behov av insatser från både kommunen och regionen. Särskilt uppmärksammas barn med "
        "psykisk ohälsa och skolfrånvaro, personer med samsjuklighet, personer med "
        "funktionsnedsättning samt äldre med omfattande vård- och omsorgsbehov.")

    doc.add_heading("3. Ansvar", level=1)
    doc.add_heading("3.1 Gemensamt ansvar", level=2)
    bullets(doc, [
        "Båda huvudmännen har ansvar för att uppmärksamma behovet av SIP och kalla till möte.",
        "Den verksamhet som först uppmärksammar behovet tar initiativ till SIP.",
        "Verksamheterna ska prioritera att delta med personal som har mandat att fatta beslut om "
        "insatser från den egna verksamheten.",
    ])
    doc.add_heading("3.2 Kommunens ansvar", level=2)
    doc.add_paragraph(
        "Socialförvaltningen ansvarar för insatser enligt SoL och LSS och för kommunal hälso- och "
        "sjukvård i ordinärt och särskilt boende. Utbildningsförvaltningen deltar via elevhälsan när "
        "det gäller barn och elever.")
    doc.add_heading("3.3 Regionens ansvar", level=2)
    doc.add_paragraph(
        "Region Blekinge ansvarar för primärvård, specialiserad psykiatri, BUP och habilitering. "
        "Vårdcentralerna i Sölvesborg och Mjällby ansvarar för att fast vårdkontakt utses vid "
        "utskrivning från slutenvård när SIP behövs.")

    doc.add_heading("4. Rutiner", level=1)
    doc.add_heading("4.1 Kallelse", level=2)
    doc.add_paragraph(
        "Kallelse skickas via det gemensamma IT-stödet eller, om det inte är möjligt, per post. "
        "Mötet ska hållas inom 14 dagar från kallelsen om inte den enskilde önskar annat. Kallad "
        "verksamhet ska svara inom tre arbetsdagar.")
    doc.add_heading("4.2 Samtycke", level=2)
    doc.add_paragraph(
        "Samtycke inhämtas av den som kallar och dokumenteras i respektive journal med datum och "
        "form (muntligt eller skriftligt). Blankett för skriftligt samtycke finns på intranätet.")
    doc.add_heading("4.3 Mötet och planen", level=2)
    doc.add_paragraph(
        "Den enskilde ska ges möjlighet att förbereda sig och vara delaktig i mötet. Planen ska ange "
        "vilka insatser som behövs, vem som ansvarar för vad och när, vilka åtgärder som vidtas av "
        "andra än kommunen och regionen, vem som har det övergripande ansvaret för planen och när "
        "planen ska följas upp. Planen ska skrivas i den gemensamma mallen.")
    doc.add_heading("4.4 Oenighet", level=2)
    doc.add_paragraph(
        "Om verksamheterna inte är överens om ansvaret får det inte drabba den enskilde. Frågan lyfts "
        "till närmaste chef och vid behov till den lokala samverkansgruppen enligt "
        "tvistlösningsordningen i den regionala överenskommelsen.")

    doc.add_heading("5. Uppföljning av överenskommelsen", level=1)
    doc.add_paragraph(
        "Den lokala samverkansgruppen följer upp överenskommelsen årligen, första gången i december "
        "2025, genom att gå igenom antal upprättade SIP, avvikelser och synpunkter från brukar- och "
        "anhörigorganisationer.")

    doc.add_heading("6. Giltighetstid", level=1)
    doc.add_paragraph(
        "Överenskommelsen gäller från 2025-01-01 till och med 2026-12-31 och förlängs ett år i taget "
        "om ingen part säger upp den.")

    doc.add_heading("Underskrifter", level=1)
    t = doc.add_table(rows=2, cols=2)
    set_cell(t.rows[0].cells[0], "För Sölvesborgs kommun", bold=True)
    set_cell(t.rows[0].cells[1], "För Region Blekinge", bold=True)
    set_cell(t.rows[1].cells[0], "\n\n______________________\nSocialchef")
    set_cell(t.rows[1].cells[1], "\n\n______________________\nOmrådeschef närsjukvård västra Blekinge")
    save_docx(doc, out("08.docx"))


def main():
    os.makedirs(PLANS, exist_ok=True)
    make_01()
    make_02()
    make_03()
    make_04()
    make_05()
    make_06()
    make_07()
    make_08()
    shutil.rmtree(BUILD, ignore_errors=True)
    for f in sorted(os.listdir(PLANS)):
        print(f, os.path.getsize(os.path.join(PLANS, f)))


if __name__ == "__main__":
    main()
