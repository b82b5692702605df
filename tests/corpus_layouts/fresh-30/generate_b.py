#!/usr/bin/env python
"""Generate the f30b batch of fictional, anonymized SIP documents into plans/.

Run with python generate_b.py
Deterministic: fixed texts and dates, no randomness. Calls soffice for f30b-06.pdf.
"""
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
from fpdf.enums import XPos, YPos

HERE = os.path.dirname(os.path.abspath(__file__))
PLANS = os.path.join(HERE, "plans")
BUILD = os.path.join(HERE, "build")
PREFIX = "f30b"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def out(n, ext):
    return os.path.join(PLANS, f"{PREFIX}-{n:02d}.{ext}")


# ---------------------------------------------------------------- helpers
def fixed_core(doc, title, author):
    """Fixed core properties so the .docx content is stable between runs."""
    import datetime
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = datetime.datetime(2025, 1, 1, 8, 0, 0)
    cp.modified = datetime.datetime(2025, 1, 1, 8, 0, 0)
    cp.revision = 1


def add_field(paragraph, instr):
    """Insert a simple Word field (PAGE, NUMPAGES) into a paragraph."""
    run = paragraph.add_run()
    fld_begin = OxmlElement("w:fldChar")
    fld_begin.set(qn("w:fldCharType"), "begin")
    instr_el = OxmlElement("w:instrText")
    instr_el.set(qn("xml:space"), "preserve")
    instr_el.text = instr
    fld_sep = OxmlElement("w:fldChar")
    fld_sep.set(qn("w:fldCharType"), "separate")
    txt = OxmlElement("w:t")
    txt.text = "1"
    fld_end = OxmlElement("w:fldChar")
    fld_end.set(qn("w:fldCharType"), "end")
    run._r.append(fld_begin)
    run._r.append(instr_el)
    run._r.append(fld_sep)
    run._r.append(txt)
    run._r.append(fld_end)


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


def cell_text(cell, text, bold=False, size=None, italic=False, color=None):
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


def wrap(text, width=72):
    paras = text.strip("\n").split("\n")
    res = []
    for p in paras:
        if not p.strip():
            res.append("")
        elif p.startswith(("- ", "  ")):
            res.extend(textwrap.wrap(p, width, subsequent_indent="  ") or [""])
        else:
            res.extend(textwrap.wrap(p, width) or [""])
    return "\n".join(res)


# ================================================================ 01 PDF (fpdf2)
class JournalPDF(FPDF):
    system = "Cosmic – Journalutskrift"
    printed = "Utskriftsdatum: 2024-09-20 14:32"
    unit = "Region Västmanland · Psykiatri Västerås, Allmänpsykiatrisk öppenvård"

    def header(self):
        self.set_font("DejaVu", "B", 9)
        self.cell(95, 5, self.system, new_x=XPos.RIGHT, new_y=YPos.TOP)
        self.set_font("DejaVu", "", 8)
        self.cell(0, 5, f"Sida {self.page_no()} ({{nb}})", align="R",
                  new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.cell(95, 4, self.unit, new_x=XPos.RIGHT, new_y=YPos.TOP)
        self.cell(0, 4, self.printed, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.cell(95, 4, "Patient: XXXXXX-XXXX  J., kvinna", new_x=XPos.RIGHT, new_y=YPos.TOP)
        self.cell(0, 4, "Utskriven av: Kurator Helena", align="R",
                  new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        y = self.get_y() + 1
        self.line(self.l_margin, y, self.w - self.r_margin, y)
        self.ln(4)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.cell(0, 5, "Utskrift ur journal – innehåller uppgifter som omfattas av sekretess "
                  "enligt OSL 25 kap. 1 §", align="C")


def entry(pdf, date, prof, unit, title, blocks):
    """One journal entry: grey heading bar, then keyword blocks."""
    if pdf.get_y() > 240:
        pdf.add_page()
    pdf.set_fill_color(225, 225, 225)
    pdf.set_font("DejaVu", "B", 9.5)
    pdf.cell(0, 6, f"{date}   {prof}", border="TB", fill=True,
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("DejaVu", "", 8.5)
    pdf.cell(0, 5, f"{unit}    Anteckningstyp: {title}",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1)
    for kw, text in blocks:
        if kw:
            pdf.set_font("DejaVu", "B", 9)
            pdf.cell(0, 5, kw, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font("DejaVu", "", 9)
        pdf.set_x(pdf.l_margin + 6)
        pdf.multi_cell(0, 4.6, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1)
    pdf.ln(3)


def plan01():
    pdf = JournalPDF(format="A4")
    pdf.set_margins(18, 14, 18)
    pdf.set_auto_page_break(True, 16)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_creation_date(__import__("datetime").datetime(2024, 9, 20, 14, 32))
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(0, 7, "Journalanteckningar 2024-08-29 – 2024-09-19",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("DejaVu", "", 8.5)
    pdf.cell(0, 5, "Urval: Vårdenhet Allmänpsykiatrisk öppenvård Västerås. Sortering: äldst först. "
             "Antal anteckningar: 5", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)

    entry(pdf, "2024-08-29 09:40", "Läkare", "Allmänpsykiatrisk öppenvård Västerås",
          "Återbesök", [
              ("Sökord: Aktuellt", "Bipolär sjukdom typ II sedan 2016. Kommer på planerat "
               "återbesök. Berättar att hon fått flera inkassobrev och att skulderna nu ligger "
               "hos Kronofogden. Sover 5–6 timmar, något ökad tankeaktivitet kvällstid men inga "
               "tecken på mani. Inga suicidtankar."),
              ("Sökord: Bedömning", "Stabil på litium och lamotrigin, s-litium 0,7 vid senaste "
               "provtagning. Ekonomisk stress är enligt pat själv den största risken för nytt "
               "skov. Pat önskar att psykiatrin och socialtjänsten träffas tillsammans med henne."),
              ("Sökord: Planering", "Kurator kallar till SIP. Återbesök läkare enligt ordinarie "
               "planering."),
          ])
    entry(pdf, "2024-09-03 13:15", "Kurator", "Allmänpsykiatrisk öppenvård Västerås",
          "Telefonkontakt", [
              ("Sökord: Aktuellt", "Telefonsamtal med pat inför SIP. Hon vill att mötet hålls "
               "på mottagningen och inte på socialkontoret. Kallelse skickad till pat och till "
               "IFO Vuxen Västerås via säker e-post."),
          ])
    entry(pdf, "2024-09-12 10:00", "Kurator", "Allmänpsykiatrisk öppenvård Västerås",
          "SIP – samordnad individuell plan", [
              ("Sökord: Deltagare", "J., Karin, Mats, Ahmed och undertecknad."),
              ("Sökord: Samtycke", "J. lämnade muntligt samtycke 2024-09-12, i början av mötet, "
               "till att psykiatrin och socialtjänsten i Västerås utbyter uppgifter om hennes "
               "psykiska hälsa och ekonomi inför och under SIP-arbetet. Samtycket gäller ett år."),
              ("Sökord: Syfte", "Syftet med SIP är att psykiatrin och socialtjänsten tillsammans "
               "med J. ska få ordning på hennes ekonomi och skulder så att den ekonomiska "
               "stressen inte utlöser ett nytt sjukdomsskov."),
              ("Sökord: Patientens synpunkter", "J. deltog under hela mötet. Hon säger själv: "
               "\"Jag vill slippa vara rädd för att öppna posten och kunna betala mina räkningar "
               "själv utan att någon annan tar över.\" Hon vill inte ha förvaltarskap och vill "
               "att kontakterna sker på dagtid eftersom hon sover dåligt om hon får besked på kvällen."),
              ("Sökord: Insatser", "Fortsatt stöd och kontakt. Hjälp med ekonomin vid behov."),
              ("Sökord: Ansvar", "Psykiatrin håller ihop planen tills vidare. Vem som gör vad "
               "är inte fördelat ännu utan tas upp vid nästa möte."),
              ("Sökord: Övrigt", "Kronofogden och eventuell god man nämndes under mötet."),
              ("Sökord: Uppföljning", "Ny SIP 2024-11-21 kl. 13.00 på mottagningen. "
               "Undertecknad kallar."),
          ])
    entry(pdf, "2024-09-16 08:55", "Sjuksköterska", "Allmänpsykiatrisk öppenvård Västerås",
          "Telefonkontakt", [
              ("Sökord: Aktuellt", "Pat ringer och vill flytta sin provtagningstid. Ny tid "
               "bokad. Mår enligt egen uppgift \"helt okej\", sover bättre efter mötet förra "
               "veckan."),
          ])
    entry(pdf, "2024-09-19 15:20", "Kurator", "Allmänpsykiatrisk öppenvård Västerås",
          "Administrativ anteckning", [
              ("Sökord: Aktuellt", "Kopia av SIP-anteckningen skickad till pat per post på "
               "hennes begäran. Kallelse till mötet 2024-11-21 skickas i oktober."),
          ])
    pdf.set_font("DejaVu", "", 8)
    pdf.cell(0, 5, "*** Slut på utskrift ***", align="C")
    pdf.output(out(1, "pdf"))


# ================================================================ 02 DOCX discharge SIP
def plan02():
    doc = Document()
    base_font(doc, "Arial", 10)
    fixed_core(doc, "SIP vid utskrivning", "Region Västmanland")
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Region Västmanland · Vuxenpsykiatrin Västerås, avdelning 74\tSIP vid utskrivning"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = fp.add_run("Sida ")
    r.font.size = Pt(8)
    add_field(fp, "PAGE")
    r = fp.add_run(" av ")
    r.font.size = Pt(8)
    add_field(fp, "NUMPAGES")

    doc.add_heading("SIP vid utskrivning", level=1)
    p = doc.add_paragraph("Samordnad individuell plan enligt lagen (2017:612) om samverkan vid "
                          "utskrivning från sluten hälso- och sjukvård")
    p.runs[0].italic = True

    facts = [
        ("Namn", "Daniel"),
        ("Personnummer", "ÅÅMMDD-XXXX"),
        ("Folkbokförd i", "Surahammars kommun"),
        ("Inskrivningsdatum", "2025-01-20"),
        ("Utskrivningsdatum", "2025-02-06"),
        ("Fast vårdkontakt", "Malin, sjuksköterska, Allmänpsykiatrisk öppenvård Västerås"),
        ("Samordningsansvarig", "Sofia, socialsekreterare, Individ- och familjeomsorgen "
                                "Surahammar, vuxenenheten"),
        ("Datum för SIP-möte", "2025-02-04, avdelning 74 (Daniel närvarande på plats, "
                               "Surahammar via Teams)"),
    ]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in facts:
        row = t.add_row()
        cell_text(row.cells[0], k, bold=True)
        shade(row.cells[0], "E7EEF6")
        cell_text(row.cells[1], v)
    for row in t.rows:
        row.cells[0].width = Cm(5)
        row.cells[1].width = Cm(11.6)

    doc.add_heading("Syfte", level=2)
    doc.add_paragraph("Samordning inför utskrivning.")

    doc.add_heading("Frågeställningar inför mötet", level=2)
    doc.add_paragraph("")

    doc.add_heading("Bakgrund", level=2)
    doc.add_paragraph(
        "Daniel, 33 år, vårdades på avdelning 74 efter ett suicidförsök med tabletter i "
        "samband med att hans sambo flyttat och han förlorat sin anställning. Han har en "
        "depression sedan hösten 2024 och har inte haft kontakt med psykiatrin tidigare. Under "
        "vårdtiden har stämningsläget förbättrats, han har påbörjat antidepressiv behandling och "
        "en krisplan har gjorts tillsammans med honom. Han bor ensam i hyreslägenhet i "
        "Surahammar och har inte betalat hyran för januari.")

    doc.add_heading("Mål", level=2)
    doc.add_paragraph("Målet är att Daniel ska kunna bo kvar i sin lägenhet, ha en trygg "
                      "kontakt med öppenvården och på sikt komma tillbaka till arbete.")

    doc.add_heading("Den enskildes delaktighet", level=2)
    doc.add_paragraph(
        "Daniel deltog i hela mötet. Han vill träffa samma behandlare i öppenvården varje gång "
        "och vill inte ha hembesök från socialtjänsten den första veckan efter utskrivningen, "
        "men går med på att boendestödjaren ringer honom. Han vill själv ta med krisplanen hem "
        "och sätta upp den på kylskåpet.")

    doc.add_heading("Samtycke", level=2)
    doc.add_paragraph("Samtycke finns.")

    doc.add_heading("Insatser", level=2)
    head = ["Insats", "Ansvarig verksamhet", "Ansvarig person/funktion", "Start", "Slut"]
    rows = [
        ("Samtalskontakt med KBT-inriktning, en gång per vecka, inklusive uppföljning av "
         "krisplanen", "Allmänpsykiatrisk öppenvård Västerås", "Malin, sjuksköterska (fast "
         "vårdkontakt)", "2025-02-10", "2025-05-30"),
        ("Läkarbesök: uppföljning av antidepressiv medicinering och ny suicidriskbedömning",
         "Allmänpsykiatrisk öppenvård Västerås", "Läkare Erik", "2025-02-13", "2025-04-30"),
        ("Läkemedel i dosett, utlämning en vecka i taget", "Vårdcentralen Surahammar",
         "Distriktssköterska", "2025-02-07", "2025-03-31"),
        ("Boendestöd två gånger per vecka: struktur i vardagen, telefonkontakt första veckan",
         "Socialpsykiatrin Surahammar", "Linn, boendestödjare", "2025-02-10", "2025-08-31"),
        ("Utredning av ekonomiskt bistånd för hyran januari–februari", "IFO Surahammar, "
         "vuxenenheten", "Sofia, socialsekreterare", "2025-02-05", "2025-02-28"),
        ("Krisplan färdigställs och lämnas till Daniel vid utskrivningen", "Vuxenpsykiatrin "
         "Västerås, avdelning 74", "Kontaktperson/skötare Anders", "2025-02-05", "2025-02-06"),
    ]
    tb = doc.add_table(rows=1, cols=5)
    tb.style = "Table Grid"
    for i, h in enumerate(head):
        cell_text(tb.rows[0].cells[i], h, bold=True, size=9)
        shade(tb.rows[0].cells[i], "D9E2F3")
    repeat_header(tb.rows[0])
    for r_ in rows:
        cells = tb.add_row().cells
        for i, v in enumerate(r_):
            cell_text(cells[i], v, size=9)
    widths = [Cm(5.6), Cm(3.4), Cm(3.2), Cm(2.2), Cm(2.2)]
    for row in tb.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w

    doc.add_heading("Uppföljning", level=2)
    doc.add_paragraph("Uppföljning av SIP 2025-03-06 kl. 10.00 på Allmänpsykiatrisk "
                      "öppenvård Västerås. Malin kallar, Surahammar deltar via Teams.")

    doc.add_heading("Deltagare vid mötet", level=2)
    dt = doc.add_table(rows=1, cols=3)
    dt.style = "Table Grid"
    for i, h in enumerate(["Namn", "Funktion", "Verksamhet"]):
        cell_text(dt.rows[0].cells[i], h, bold=True, size=9)
        shade(dt.rows[0].cells[i], "D9E2F3")
    for r_ in [
        ("Daniel", "Patient", "–"),
        ("Anders", "Skötare, kontaktperson", "Vuxenpsykiatrin Västerås, avdelning 74"),
        ("Erik", "Överläkare", "Vuxenpsykiatrin Västerås, avdelning 74"),
        ("Malin", "Sjuksköterska, fast vårdkontakt", "Allmänpsykiatrisk öppenvård Västerås"),
        ("Sofia", "Socialsekreterare", "IFO Surahammar, vuxenenheten"),
        ("Linn", "Boendestödjare", "Socialpsykiatrin Surahammar"),
    ]:
        cells = dt.add_row().cells
        for i, v in enumerate(r_):
            cell_text(cells[i], v, size=9)

    doc.add_paragraph("")
    doc.add_paragraph("Planen upprättad av: Anders, skötare, avdelning 74, 2025-02-04")
    doc.save(out(2, "docx"))


# ================================================================ 03 Markdown child plan
PLAN03 = """\
# Elsas plan

**Samordnad individuell plan (SIP)** – skriven så att Elsa kan läsa den tillsammans med mamma och pappa.

Elsa är 8 år och går i klass 2 på Centralskolan i Norberg. Hemma pratar Elsa mycket, men i skolan säger hon nästan ingenting. Det kallas selektiv mutism. Det är ingenting Elsa gör med flit – orden fastnar när det känns läskigt.

Mötet var den 4 februari 2025 på Centralskolan.

## Varför har vi en plan?

Planen finns för att alla som hjälper Elsa – skolan, BUP och mamma och pappa – ska göra på samma sätt, så att Elsa känner sig trygg och vågar prata lite mer i skolan, först med en kompis och sedan med sin lärare.

## Det här vill Elsa

Elsa var med på mötet den första kvarten tillsammans med mamma och pappa. Hon hade ritat en teckning av sig själv och Wilma på skolgården. Under teckningen hade hon skrivit:

> "Jag vill kunna säga hej till Wilma i skolan."

Elsa visade med tummen upp och ner vad hon tycker:

- Tummen upp: att få sitta bredvid Wilma, att få svara på en lapp eller med en skrivtavla.
- Tummen ner: att läsa högt inför hela klassen, att någon säger "säg något nu då".

## Vem håller ihop planen?

Skolan håller ihop planen och skickar en inbjudan när det är dags att ses igen.

## Vad ska hända?

| Vad | Vem | Klart när |
|---|---|---|
| Elsa får svara med tummen, en lapp eller skrivtavlan i stället för att säga högt. Ingen ska tjata om att hon ska prata. | Hanna, Elsas lärare i klass 2, Centralskolan | Börjar måndag 10 februari 2025 |
| Elsa träffar Ingrid i "pratrummet" 20 minuter varje onsdag. De spelar spel och övar på att säga ett ord i taget. | Ingrid, kurator, Centralskolan | Första gången onsdag 12 februari 2025 |
| Pratträning med Sara på BUP varannan tisdag. Sara lär också mamma och pappa hur de kan öva hemma. | Sara, psykolog, BUP Västerås | Varannan tisdag från 18 februari 2025 |
| Sara ringer Hanna och berättar hur skolan kan göra "små steg" i klassrummet. | Sara, psykolog, BUP Västerås | Senast 28 februari 2025 |
| Mamma bjuder hem Wilma efter skolan. | Mamma | En gång i veckan, från vecka 7 |
| Pappa spelar in en film när Elsa läser högt hemma och skickar den till Hanna, så att Hanna får höra Elsas röst. | Pappa | Senast 14 mars 2025 |

## Med på mötet

- Elsa (första kvarten)
- Mamma och pappa
- Hanna, lärare i klass 2, Centralskolan Norberg
- Ingrid, kurator, elevhälsan, Centralskolan Norberg
- Sara, psykolog, BUP Västerås
- Jonas, rektor, Centralskolan Norberg

## När ses vi igen?

Efter påsklovet. Skolan skickar en inbjudan till alla.
"""


def plan03():
    with open(out(3, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(PLAN03)


# ================================================================ 04 DOCX municipal template
def plan04():
    doc = Document()
    base_font(doc, "Arial", 10)
    fixed_core(doc, "SIP Skinnskattebergs kommun", "Vård och omsorg")
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("SKINNSKATTEBERGS KOMMUN")
    r.bold = True
    r.font.small_caps = True
    r.font.size = Pt(9)
    hp.add_run("\tVård och omsorg\tMall SIP, version 2023-04").font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.add_run("Samordnad individuell plan – Skinnskattebergs kommun och Region Västmanland").font.size = Pt(7)

    p = doc.add_paragraph()
    r = p.add_run("SAMORDNAD INDIVIDUELL PLAN (SIP)")
    r.bold = True
    r.font.size = Pt(14)
    p = doc.add_paragraph()
    r = p.add_run("Enligt 2 kap. 7 § SoL och 16 kap. 4 § HSL. Fylls i vid SIP-möte och "
                  "lämnas i kopia till den enskilde.")
    r.italic = True
    r.font.size = Pt(8)

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER

    def part(title):
        row = t.add_row()
        c = row.cells[0].merge(row.cells[1])
        cell_text(c, title, bold=True, size=10)
        shade(c, "BFBFBF")

    def field(label, value, placeholder=False):
        row = t.add_row()
        cell_text(row.cells[0], label, bold=True, size=9)
        shade(row.cells[0], "F2F2F2")
        if placeholder:
            cell_text(row.cells[1], value, size=9, color="808080")
        else:
            cell_text(row.cells[1], value, size=9)
        return row

    part("DEL 1 PERSONUPPGIFTER OCH BAKGRUND")
    field("Namn", "Margit")
    field("Personnummer", "ÅÅMMDD-XXXX")
    field("Bostadsort", "Skinnskatteberg")
    field("Närstående", "Dottern Eva, telefon 070-XXX XX XX")
    field("Datum för SIP-möte", "2024-10-08")
    field("Bakgrund", "Margit, 80 år, har Alzheimers sjukdom (diagnos 2023) och bor ensam i "
          "villa strax utanför tätorten. Hemtjänst morgon och kväll sedan våren 2024. Under "
          "hösten har hon glömt att ta sina läkemedel flera gånger, ätit dåligt och vid ett "
          "tillfälle gått ut på natten och hittats av en granne. Dottern Eva bor i Köping och "
          "kommer varje helg.")

    part("DEL 2 SAMTYCKE OCH DELAKTIGHET")
    field("Samtycke till samverkan", "☒ Muntligt     ☐ Skriftligt\n"
          "Datum: 2024-10-03     Inhämtat av: biståndshandläggare vid hembesök")
    field("Den enskilde har deltagit i mötet", "☐ Ja     ☐ Nej")
    field("Den enskildes synpunkter", "")

    part("DEL 3 SYFTE, FRÅGESTÄLLNINGAR OCH MÅL")
    field("Syfte med SIP", "Klicka här för att ange text.", placeholder=True)
    field("Frågeställningar", "Gå igenom läget.")
    field("Den enskildes mål", "")

    part("DEL 4 INSATSER")
    row = t.add_row()
    c = row.cells[0].merge(row.cells[1])
    c.text = ""
    c.paragraphs[0].add_run("Insatser som ska genomföras (kommun, region och andra):").font.size = Pt(9)
    nt = c.add_table(rows=1, cols=3)
    nt.style = "Table Grid"
    for i, h in enumerate(["Insats", "Ansvarig", "När"]):
        cell_text(nt.rows[0].cells[i], h, bold=True, size=9)
        shade(nt.rows[0].cells[i], "D9D9D9")
    for r_ in [
        ("Hemtjänst utökas med lunchbesök: påminnelse om måltid och läkemedel",
         "Hemtjänsten Skinnskatteberg, enhetschef", "Från 2024-10-14"),
        ("Läkemedelsgenomgång", "Regionen", ""),
        ("Byte till dosdispenserade läkemedel (Pascal) och läkemedelslista till hemtjänsten",
         "Distriktssköterska, Vårdcentralen Skinnskatteberg", "Senast 2024-10-25"),
        ("Utredning av trygghetslarm med GPS-funktion", "Biståndshandläggare, "
         "Äldreomsorgen Skinnskatteberg", "Beslut senast 2024-10-31"),
        ("Handlar mat och följer med till vårdcentralen vid läkarbesök", "Dottern Eva",
         "Varje lördag respektive vid bokade besök"),
    ]:
        cells = nt.add_row().cells
        for i, v in enumerate(r_):
            cell_text(cells[i], v, size=9)
    c.add_paragraph("")

    part("DEL 5 ANDRA AKTÖRER, ANSVAR OCH UPPFÖLJNING")
    field("Andra aktörers åtgärder", "Dottern Eva handlar mat varje lördag och följer med "
          "Margit till vårdcentralen vid läkarbesök. Eva kontaktar överförmyndarenheten under "
          "oktober för att ansöka om att bli god man för Margits ekonomi.")
    field("Huvudansvarig för planen", "Klicka här för att ange text.", placeholder=True)
    field("Uppföljning", "Vid behov.")

    part("DEL 6 DELTAGARE")
    field("Deltagare vid mötet", "Eva (dotter)\nAnna (biståndshandläggare)\n"
          "Lena (distriktssköterska)\nMikael (enhetschef)")
    field("Plan upprättad av", "Anna")

    for row in t.rows:
        if len(row.cells) == 2 and row.cells[0]._tc is not row.cells[1]._tc:
            row.cells[0].width = Cm(5)
            row.cells[1].width = Cm(12)
    doc.save(out(4, "docx"))


# ================================================================ 05 TXT e-mail minutes
PLAN05 = """\
Från: Anneli, socialsekreterare, IFO Vuxenenheten Köping
Skickat: den 20 november 2024 09:12
Till: SIP-deltagare (se sändlista nedan)
Ämne: Minnesanteckningar SIP-möte 2024-11-19 – Tomas

Hej alla,

Tack för ett bra möte i går på socialkontoret i Köping. Här kommer mina minnesanteckningar. Hör av er till mig senast på fredag om något blivit fel, annars gäller det här som vår plan.

Syftet med mötet var att få en gemensam bild.

Frågan inför mötet var framför allt hur Tomas ska kunna få någonstans att bo nu när han har stängts av från härbärget i en månad, och om det går att börja med abstinensbehandling innan boendet är löst. Vi tog också upp att Tomas har ett sår på underbenet som inte har läkt sedan i september.

Närvarande:
- Tomas
- Anneli, socialsekreterare, IFO Vuxenenheten Köping (undertecknad)
- Nils, bostadssocial samordnare, Socialtjänsten Köping
- Jörgen, behandlare, Alkohol- och drogmottagningen Köping (kommunens öppenvård)
- Maria, sjuksköterska, Beroendecentrum Västmanland, mottagningen i Köping
- Kristina, distriktssköterska, Vårdcentralen Köping

Tomas var med under hela mötet.

Det här kom vi fram till:

Nils undersöker om det finns en plats på kommunens lågtröskelboende eller ett akutrum via Köpingbostäder och återkommer till Tomas och mig senast fredag 2024-11-22. Fram till dess bor Tomas kvar på vandrarhemmet, som socialtjänsten betalar genom mitt beslut om nödbistånd för logi och mat till och med 2024-11-30.

Maria på Beroendecentrum bokar en läkarbedömning inför eventuell abstinensbehandling. Jörgen fortsätter de motiverande samtalen med Tomas varje tisdag kl. 10 med start 2024-11-26 och kan följa med honom till Beroendecentrum om han vill.

Vårdcentralen tar hand om såret på benet och tar blodprover.

Tomas har god man sedan i våras. Hon var inbjuden men kunde inte komma, så ekonomin får vi ta upp med henne längre fram.

Som vi kom överens om på mötet har jag huvudansvaret för planen och kallar till nästa möte.

Nästa möte: torsdag 2025-01-16 kl. 13.30 på socialkontoret i Köping.

Sändlista: Nils, Jörgen, Maria, Kristina. Tomas får anteckningarna utskrivna när han kommer till mig på torsdag.

Vänliga hälsningar

Anneli
Socialsekreterare
Individ- och familjeomsorgen, Vuxenenheten
Köpings kommun
Tel. via växeln
"""


def plan05():
    text = wrap(PLAN05, 74) + "\n"
    with open(out(5, "txt"), "w", encoding="utf-8", newline="\r\n") as f:
        f.write(text)


# ================================================================ 06 PDF via LibreOffice
def plan06():
    doc = Document()
    base_font(doc, "Liberation Sans", 10)
    fixed_core(doc, "Uppföljning SIP", "Elevhälsan Arboga")
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hp.add_run("Arboga kommun · Barn- och utbildningsförvaltningen, Elevhälsan").font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Uppföljning SIP – sida ").font.size = Pt(8)
    add_field(fp, "PAGE")

    p = doc.add_paragraph()
    r = p.add_run("UPPFÖLJNING AV SAMORDNAD INDIVIDUELL PLAN (SIP)")
    r.bold = True
    r.font.size = Pt(13)

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [
        ("Barnets namn", "Viktor, 13 år"),
        ("Personnummer", "ÅÅMMDD-XXXX"),
        ("Skola/klass", "Ekbackens skola, Arboga, åk 7"),
        ("Datum för uppföljningsmöte", "2025-02-04"),
        ("Ursprunglig SIP upprättad", "2024-09-17"),
        ("Närvarande", "Mamma, mentor, specialpedagog, behandlare BUP, socialsekreterare"),
    ]:
        row = t.add_row()
        cell_text(row.cells[0], k, bold=True, size=9)
        shade(row.cells[0], "EDEDED")
        cell_text(row.cells[1], v, size=9)
    t.autofit = False
    t.columns[0].width = Cm(5.5)
    t.columns[1].width = Cm(11.5)
    for row in t.rows:
        row.cells[0].width = Cm(5.5)
        row.cells[1].width = Cm(11.5)

    for head, text in [
        ("1. Syfte med SIP", "Som tidigare."),
        ("2. Frågeställningar", "Stämma av läget sedan förra mötet."),
        ("3. Viktors mål", "Som tidigare."),
        ("4. Delaktighet", "Viktor var med den första halvtimmen tillsammans med mamma."),
        ("5. Samtycke", "Samtycke finns sedan tidigare."),
    ]:
        bold_para(doc, head, 11)
        doc.add_paragraph(text)

    bold_para(doc, "6. Hur har det gått sedan förra mötet?", 11)
    doc.add_paragraph(
        "Enligt mentor har konflikterna i klassen minskat under december och januari, men det "
        "blir fortfarande bråk på rasterna ungefär en gång i veckan, oftast efter lunch. Två "
        "incidenter har anmälts till rektor sedan förra mötet. På lektionerna i mindre grupp "
        "fungerar det bättre och Viktor har lämnat in de flesta uppgifter i matte. BUP har höjt "
        "dosen av metylfenidat i januari och mamma upplever att förmiddagarna fungerar bättre "
        "hemma. Frånvaron är 12 % för vårterminen hittills.")

    bold_para(doc, "7. Insatser – status", 11)
    tb = doc.add_table(rows=1, cols=4)
    tb.style = "Table Grid"
    for i, h in enumerate(["Insats", "Ansvarig", "Status", "Kommentar"]):
        cell_text(tb.rows[0].cells[i], h, bold=True, size=9)
        shade(tb.rows[0].cells[i], "D9D9D9")
    repeat_header(tb.rows[0])
    for r_ in [
        ("Undervisning i mindre grupp i matematik och svenska", "Specialpedagog, Ekbackens skola",
         "Pågår", "Som tidigare"),
        ("Läkemedelsbehandling ADHD, uppföljning av dos och biverkningar", "Läkare, BUP Västerås",
         "Pågår", "Dosen höjd i januari"),
        ("Föräldrautbildning ADHD (grupp)", "BUP Västerås", "Avslutad", "Avslutad i december"),
        ("Samtalskontakt om ilska och konflikter", "Behandlare, BUP Västerås", "Som tidigare",
         "Som tidigare"),
        ("Kontaktperson enligt SoL, en eftermiddag i veckan", "Socialsekreterare, IFO Barn "
         "och familj Arboga", "Som tidigare", "Som tidigare"),
        ("NY: Vuxen med ute på rasterna efter lunch och möjlighet att gå till lugnt rum när "
         "det blir bråk", "Rektor, Ekbackens skola", "Ny", "Startar 2025-02-10"),
    ]:
        cells = tb.add_row().cells
        for i, v in enumerate(r_):
            cell_text(cells[i], v, size=9)
    widths = [Cm(6.5), Cm(4.2), Cm(2.3), Cm(4)]
    tb.autofit = False
    for i, w in enumerate(widths):
        tb.columns[i].width = w
    for row in tb.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w

    bold_para(doc, "8. Huvudansvarig för planen", 11)
    doc.add_paragraph("Som tidigare.")
    bold_para(doc, "9. Nästa uppföljning", 11)
    doc.add_paragraph("Vecka 12.")
    doc.add_paragraph("")
    doc.add_paragraph("Antecknat av: specialpedagog, Ekbackens skola")

    os.makedirs(BUILD, exist_ok=True)
    src = os.path.join(BUILD, f"{PREFIX}-06.docx")
    doc.save(src)
    subprocess.run(["soffice", f"-env:UserInstallation=file:///tmp/lo-{PREFIX}", "--headless",
                    "--convert-to", "pdf", "--outdir", BUILD, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.copyfile(os.path.join(BUILD, f"{PREFIX}-06.pdf"), out(6, "pdf"))


# ================================================================ 07 DOCX action table
def plan07():
    doc = Document()
    base_font(doc, "Calibri", 11)
    fixed_core(doc, "SIP handlingsplan", "Socialpsykiatrin Kungsör")
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    hp = sec.header.paragraphs[0]
    hp.add_run("Kungsörs kommun · Socialpsykiatrin\t\tSIP – handlingsplan").font.size = Pt(8)

    doc.add_heading("Samordnad individuell plan – handlingsplan", level=1)
    doc.add_paragraph("Ronja, 26 år, Kungsör. Plan upprättad 2025-03-04.")

    doc.add_heading("Syfte", level=2)
    doc.add_paragraph(
        "Syftet med planen är att Ronja ska få ett samordnat stöd från kommunen och regionen "
        "så att hon kan bo kvar i sin nya lägenhet, behålla sin praktikplats i Köping och "
        "klara vardagen utan att ångesten tar över, efter en höst med flera akutbesök.")

    doc.add_heading("Frågeställningar", level=2)
    for q in [
        "Hur ska Ronja ta sig till praktiken i Köping när hon inte klarar att åka buss ensam?",
        "Vem hjälper Ronja med posten och myndighetskontakter när boendestödet inte är där?",
        "Kan sömnen förbättras med läkemedel i väntan på KBT?",
    ]:
        doc.add_paragraph(q, style="List Bullet")

    doc.add_heading("Mål", level=2)
    doc.add_paragraph("Målet är att Ronja ska kunna resa själv till praktiken tre dagar i "
                      "veckan och sova minst sex timmar per natt.")

    doc.add_heading("Ronjas synpunkter", level=2)
    doc.add_paragraph(
        "Ronja har inför mötet berättat för sin boendestödjare att hon vill ha samma personal "
        "varje gång, att hon vill få information skriftligt i förväg och att hon inte vill "
        "ringa samtal själv till myndigheter.")

    doc.add_heading("Insatser", level=2)
    tb = doc.add_table(rows=1, cols=3)
    tb.style = "Table Grid"
    for i, h in enumerate(["Insats", "Utförare", "När"]):
        cell_text(tb.rows[0].cells[i], h, bold=True)
        shade(tb.rows[0].cells[i], "DEEAF6")
    repeat_header(tb.rows[0])
    for r_ in [
        ("Boendestöd tre gånger per vecka: veckoschema, måltider, post och städning",
         "Boendestödjare, Socialpsykiatrin Kungsör", "Från 2025-03-10"),
        ("Ledsagarservice enligt LSS vid bussträning Kungsör–Köping", "LSS-handläggare, "
         "Kungsörs kommun", ""),
        ("KBT för ångest, 12 sessioner", "Psykolog, Vuxenpsykiatrin Köping", "Start april 2025"),
        ("Läkemedelsgenomgång med fokus på sömn", "Läkare, Vårdcentralen Kungsör", ""),
        ("Samordning av praktik och anpassad arbetstid", "Arbetsförmedlingen, handläggare "
         "(se nedan)", "Senast 2025-03-31"),
    ]:
        cells = tb.add_row().cells
        for i, v in enumerate(r_):
            cell_text(cells[i], v)
    for row in tb.rows:
        row.cells[0].width = Cm(12)
        row.cells[1].width = Cm(8)
        row.cells[2].width = Cm(5.5)

    doc.add_heading("Ronjas egna och närståendes åtgärder", level=2)
    for a in [
        "Ronja övar att åka buss sträckan Kungsör–Köping på lördagar, först med mamma och "
        "sedan själv.",
        "Mamma går igenom posten med Ronja varannan söndag tills boendestödet tagit över det.",
        "Ronja för sömndagbok fram till läkarbesöket och tar med den dit.",
    ]:
        doc.add_paragraph(a, style="List Bullet")

    doc.add_heading("Övriga aktörer", level=2)
    doc.add_paragraph(
        "Arbetsförmedlingen, handläggare Köping: förlänger praktiken med stöd av SIUS-konsulent "
        "och ser över om arbetstiden kan börja kl. 10 i stället för kl. 8.", style="List Bullet")

    doc.add_paragraph("")
    p = doc.add_paragraph()
    r = p.add_run("Huvudansvarig: ")
    r.bold = True
    p.add_run("Samordnare, Socialpsykiatrin Kungsör")
    doc.save(out(7, "docx"))


# ================================================================ 08 TXT referral (not a SIP)
PLAN08 = """\
REMISS TILL BUP
================

Till:            BUP Västerås, mottagningen för barn och ungdom
Från:            Skolsköterska, Elevhälsan, Vallaskolan i Sala
Datum:           2025-01-28
Prioritet:       Normal

PATIENT
Namn:            Nora
Personnummer:    XXXXXX-XXXX
Ålder:           11 år, åk 5
Vårdnadshavare:  Mamma och pappa (gemensam vårdnad)

FRÅGESTÄLLNING
Bedömning av ångest och eventuell utredning av neuropsykiatrisk problematik? Nora har sedan hösten återkommande magont och huvudvärk på morgnarna och hög frånvaro.

ANAMNES
Nora har sedan skolstarten i augusti sökt skolsköterskan 14 gånger för magont, huvudvärk och illamående, nästan alltid på måndagar och före idrottslektioner. Frånvaron är 31 % under höstterminen, varav det mesta anmält som sjukdom av vårdnadshavare. Mamma berättar att Nora gråter på kvällarna före skoldagar, har svårt att somna och säger att "alla tittar" på henne. Hon har enligt vårdnadshavare alltid varit försiktig i nya situationer men har tidigare fungerat bra i skolan.

Klassläraren beskriver en tystlåten flicka som presterar på godkänd nivå men som undviker att svara muntligt och ofta blir sittande när övriga elever börjar arbeta. Inga kända konflikter med kamrater.

Somatisk utredning via Vårdcentralen Sala 2024-11 utan avvikande fynd (blodstatus, celiakiscreening, urinsticka u.a.).

STATUS VID BESÖK HOS SKOLSKÖTERSKA 2025-01-23
Längd 146 cm, vikt 37 kg, följer sin kurva. Blek, spänd, svarar kort. Ingen uppgift om självskadebeteende eller suicidtankar.

TIDIGARE INSATSER
Samtal med skolkurator 4 gånger under hösten. Anpassat schema med start kl. 9.00 sedan december, utan tydlig effekt på frånvaron. Ärendet har tagits upp i elevhälsoteamet 2025-01-15.

VÅRDNADSHAVARES INSTÄLLNING
Båda vårdnadshavarna är informerade om remissen och önskar kontakt med BUP. De har gett sitt samtycke till att remissen skickas.

BIFOGAS
Tillväxtkurva, sammanfattning från elevhälsoteamet, frånvarostatistik HT 2024.

Svar önskas till remittenten samt till vårdnadshavare.

Skolsköterska
Elevhälsan, Vallaskolan, Sala kommun
Nås via skolans växel
"""


def plan08():
    with open(out(8, "txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(wrap(PLAN08, 76) + "\n")


def normalize_docx(path):
    """Rewrite the .docx zip with fixed timestamps so the bytes are the same every run."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def main():
    os.makedirs(PLANS, exist_ok=True)
    plan01()
    plan02()
    plan03()
    plan04()
    plan05()
    plan06()
    plan07()
    plan08()
    for n in (2, 4, 7):
        normalize_docx(out(n, "docx"))
    print("done")


if __name__ == "__main__":
    main()
