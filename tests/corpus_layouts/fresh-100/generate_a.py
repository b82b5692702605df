#!/usr/bin/env python
"""Generate the f100a batch of fictional, anonymized SIP documents (Västra Götalandsregionen).

Run with /work/batches/.venv/bin/python generate.py
Writes plans/f100a-01 ... f100a-08. Deterministic (fixed dates, no randomness).
"""
import datetime
import os
import shutil
import subprocess

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
PREFIX = "f100a"
LO_PROFILE = "file:///tmp/lo-f100a"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIXED = datetime.datetime(2024, 11, 1, 9, 0, 0)


def path(n, ext):
    return os.path.join(OUT, f"{PREFIX}-{n:02d}.{ext}")


# ---------------------------------------------------------------- docx helpers
def new_doc(author="", title=""):
    d = Document()
    cp = d.core_properties
    cp.author = author
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = author
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    return d


def set_repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def cell_text(cell, text, bold=False, size=None):
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
    return cell


def bold_para(d, text, size=None, space_before=8):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    p.paragraph_format.space_before = Pt(space_before)
    p.paragraph_format.space_after = Pt(2)
    return p


def label_para(d, label, value):
    p = d.add_paragraph()
    r = p.add_run(label)
    r.bold = True
    p.add_run(value)
    p.paragraph_format.space_after = Pt(2)
    return p


def set_col_widths(table, widths):
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w


def footer_text(section, text, size=8):
    p = section.footer.paragraphs[0]
    p.text = ""
    r = p.add_run(text)
    r.font.size = Pt(size)
    return p


def header_text(section, text, size=9, align=WD_ALIGN_PARAGRAPH.RIGHT):
    p = section.header.paragraphs[0]
    p.text = ""
    r = p.add_run(text)
    r.font.size = Pt(size)
    p.alignment = align
    return p


def soffice_pdf(src, outdir):
    subprocess.run(
        ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
         "--convert-to", "pdf", "--outdir", outdir, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


# ============================================================ 01 docx initials
def plan01():
    d = new_doc("Anna", "SIP Jonas")
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(2)
    header_text(sec, "Borås Stad – Individ- och familjeomsorgen, vuxenenheten    |    Region Västra Götaland")
    footer_text(sec, "SIP – samordnad individuell plan. Förvaras i akt hos respektive huvudman.")

    t = d.add_paragraph()
    r = t.add_run("Samordnad individuell plan (SIP)")
    r.bold = True
    r.font.size = Pt(16)
    label_para(d, "Planen gäller: ", "Jonas, 34 år, ÅÅMMDD-XXXX")
    label_para(d, "Mötesdatum: ", "2024-10-17, IFO Borås, mötesrum Kransen")
    label_para(d, "Deltagare: ", "JN, AS, MK, HP, LB (se förkortningar under tabellen)")

    bold_para(d, "Bakgrund")
    d.add_paragraph(
        "Jonas har en schizofrenidiagnos sedan 2016 och har kontakt med Psykosmottagningen på "
        "Södra Älvsborgs sjukhus. Under våren 2024 slutade han ta sin depåmedicin och blev "
        "inlagd på avdelning i Borås i fem veckor. Under tiden har hyran inte betalats i tre "
        "månader och hyresvärden har skickat en uppsägning. Jonas har skulder hos Kronofogden "
        "(främst gamla mobilabonnemang och en sms-lånehärva från 2019). Han har god man sedan "
        "augusti 2024. Han har sjukpenning från FK som löper ut vid årsskiftet.")
    bold_para(d, "Syfte")
    d.add_paragraph(
        "Syftet med SIP:en är att psykosmottagningen, boendestödet, IFO och god man samordnar "
        "sig kring Jonas boende och ekonomi efter vårens inläggning, eftersom han riskerar att "
        "bli av med lägenheten på Norrby.")

    bold_para(d, "Insatser och ansvar")
    rows = [
        ("Boende", "Kontakta hyresvärden och begära anstånd med avhysningen, upprätta "
                   "avbetalningsplan för hyresskulden", "AS, LB", "2024-10-25"),
        ("Boende", "Boendestöd två gånger i veckan (tisdag och fredag): hjälp med post, "
                   "tvätt och att handla", "HP", "Start 2024-10-22"),
        ("Psykiatri", "Depåinjektion var fjärde vecka på mottagningen, påminnelse-sms dagen innan",
                      "MK", "Nästa 2024-10-29, sedan var 4:e vecka"),
        ("Psykiatri", "Läkarbesök för läkemedelsgenomgång och bedömning av arbetsförmåga",
                      "MK", "2024-11-14"),
        ("Ekonomi", "Ansöka om skuldsanering hos Kronofogden, samla underlag om skulderna",
                    "LB", "2024-12-01"),
        ("Ekonomi", "Söka förlängd sjukpenning hos Försäkringskassan, läkarintyg behövs",
                    "JN, MK", "Före 2024-12-15"),
        ("Ekonomi", "Ansöka om ekonomiskt bistånd för hyran under november", "JN, AS", "2024-10-31"),
        ("Vardag", "Undersöka om Jonas kan börja på träfflokalen Navet (socialpsykiatrin) "
                   "en förmiddag i veckan", "HP", ""),
    ]
    tab = d.add_table(rows=1, cols=4)
    tab.style = "Table Grid"
    hdr = tab.rows[0]
    for c, h in zip(hdr.cells, ["Område", "Vad ska göras", "Vem", "Klart"]):
        cell_text(c, h, bold=True)
        shade(c, "D9E2F3")
    set_repeat_header(hdr)
    for row in rows:
        cells = tab.add_row().cells
        for c, v in zip(cells, row):
            cell_text(c, v)
    # merge the repeated "Område" cells
    groups = {}
    for i, row in enumerate(rows, start=1):
        groups.setdefault(row[0], []).append(i)
    for name, idx in groups.items():
        if len(idx) > 1:
            first = tab.cell(idx[0], 0)
            merged = first.merge(tab.cell(idx[-1], 0))
            cell_text(merged, name)
    set_col_widths(tab, [Cm(3), Cm(14), Cm(3), Cm(5)])

    leg = d.add_paragraph()
    leg.paragraph_format.space_before = Pt(6)
    r = leg.add_run("Förkortningar: ")
    r.bold = True
    r.font.size = Pt(9)
    r = leg.add_run(
        "AS = Anna, socialsekreterare, IFO Borås vuxenenheten; "
        "MK = Mikael, kontaktsjuksköterska, Psykosmottagningen Borås (Södra Älvsborgs sjukhus); "
        "HP = Hanna, boendestödjare, Socialpsykiatrin Borås Stad; "
        "LB = Lena, god man (förordnad av överförmyndaren i Borås); "
        "JN = Jonas själv.")
    r.font.size = Pt(9)

    bold_para(d, "Övrigt")
    d.add_paragraph("Jonas deltog på mötet hela tiden.")
    label_para(d, "Huvudansvarig för planen: ", "AS")
    label_para(d, "Nästa uppföljning: ", "2024-12-05 kl. 13.00 på IFO Borås. AS kallar.")
    d.add_paragraph()
    d.add_paragraph("Antecknat av AS 2024-10-17")
    d.save(path(1, "docx"))


# ============================================================ 02 fpdf two columns
class RecordPDF(FPDF):
    def header(self):
        self.set_font("DV", "", 8)
        self.cell(95, 4, "SAMSA – Utskrift, SIP", new_x="RIGHT", new_y="TOP")
        self.cell(0, 4, f"Utskriftsdatum 2024-09-30 14:12   Sida {self.page_no()} ({{nb}})",
                  align="R", new_x="LMARGIN", new_y="NEXT")
        self.ln(4)


def plan02():
    pdf = RecordPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_creator("SAMSA")
    pdf.add_font("DV", "", FONT)
    pdf.add_font("DV", "B", FONT_B)
    pdf.alias_nb_pages()
    pdf.set_margins(18, 14, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    L, R = 18, 108          # tab stops: left half, right half
    LW, RW = 88, 84
    lh = 5.2

    def pair(l_lab, l_val, r_lab=None, r_val=None):
        y = pdf.get_y()
        pdf.set_xy(L, y)
        pdf.set_font("DV", "", 9)
        pdf.multi_cell(LW, lh, f"{l_lab}: {l_val}" if l_lab else "", align="L", new_x="LMARGIN", new_y="NEXT")
        y1 = pdf.get_y()
        y2 = y
        if r_lab is not None:
            pdf.set_xy(R, y)
            pdf.multi_cell(RW, lh, f"{r_lab}: {r_val}", align="L", new_x="LMARGIN", new_y="NEXT")
            y2 = pdf.get_y()
        pdf.set_y(max(y1, y2))

    def title(text):
        pdf.ln(2.5)
        pdf.set_font("DV", "B", 9.5)
        pdf.set_x(L)
        pdf.cell(0, lh + 0.5, text, new_x="LMARGIN", new_y="NEXT")

    pdf.set_font("DV", "B", 12)
    pdf.cell(0, 7, "Samordnad individuell plan – SIP", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pair("Patient", "Arne, 84 år", "Personnummer", "XXXXXX-XXXX")
    pair("Kommun", "Trollhättan", "Planstatus", "Fastställd")
    pair("Planen upprättad", "2024-09-26", "Mötesform", "Hembesök")
    pair("Plats", "Hos patienten", "Tolk", "Nej")

    title("Planens grunduppgifter")
    pair("Syfte", "SIP – samordning", "Frågeställning", "")
    pair("Samtycke", "Ja", "Patienten deltog", "Ja")
    pair("Närstående deltog", "Nej", "Huvudansvarig", "")

    title("Bakgrund")
    pair("Diagnos/tillstånd", "Höftfraktur vä, opererad NÄL 2024-08-30",
         "Övriga tillstånd", "Hjärtsvikt, lätt kognitiv svikt")
    pair("Boende", "Villa, bor ensam, trappa till sovrum",
         "Tidigare insatser", "Trygghetslarm sedan 2023")

    title("Mål")
    pair("Mål", "Målet är att Arne ska kunna bo kvar hemma och röra sig säkert i huset.",
         "Delmål", "Att Arne ska kunna gå med rollator inomhus utan att falla.")

    title("Insatser")
    pair("Insats 1", "Fortsatt hemtjänst enligt beslut",
         "Ansvarig", "Kommunen")
    pair("Insats 2", "Fortsatt kontakt med distriktssköterska",
         "Ansvarig", "Regionen")
    pair("Insats 3", "Hjälpmedel vid behov",
         "Ansvarig", "Kommunen")
    pair("Insats 4", "Fortsatt kontakt med vårdcentralen, läkemedel ses över vid behov",
         "Ansvarig", "Regionen")

    title("Övriga aktörer")
    pair("Övriga aktörer", "", "Deras insatser", "")

    title("Uppföljning")
    pair("Uppföljning", "Vid behov, senast i vinter", "Kallas av", "")

    title("Deltagare")
    pair("Deltagare 1", "Eva, biståndshandläggare, Äldreomsorgen Trollhättans stad",
         "Deltagare 2", "Karin, distriktssköterska, Vårdcentralen Trollhättan")
    pair("Deltagare 3", "Jens, arbetsterapeut, Rehab Trollhättans stad",
         "Deltagare 4", "Maja, undersköterska, Hemtjänsten Trollhättan Kronogården")
    pair("Deltagare 5", "Arne")

    pdf.ln(4)
    pair("Dokumenterad av", "Karin, distriktssköterska", "Signerad", "2024-09-30")
    pdf.output(path(2, "pdf"))


# ============================================================ 03 txt SMS
def plan03():
    text = (
        "SIP Kalle 3/4:\n"
        "Med: K, mamma, jag, Peter, Lisa o mentor\n"
        "K ville inte prata så mkt men va med hela mötet\n"
        "BUP forts kontakt, ev KBT längre fram\n"
        "Skolan ser över schemat\n"
        "Lisa kollar m rektorn om ngt mer går att göra\n"
        "Närvaron ca 40% sen jul\n"
        "Huvudansv: jag (kurator)\n"
        "Nästa möte 15/5 kl 14 på skolan\n"
        "/Sara\n"
    )
    with open(path(3, "txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# ============================================================ 04 docx self-check
def plan04():
    d = new_doc("Jonna", "SIP Sofia")
    sec = d.sections[0]
    header_text(sec, "Lidköpings kommun · Skaraborgs sjukhus / Region Västra Götaland")
    footer_text(sec, "Mall SIP Skaraborg v.3 – 2023")

    d.add_heading("Samordnad individuell plan – SIP", level=1)
    label_para(d, "Namn: ", "Sofia, 27 år")
    label_para(d, "Personnummer: ", "ÅÅMMDD-XXXX")
    label_para(d, "Datum för mötet: ", "2024-09-19")
    label_para(d, "Plats: ", "Vuxenpsykiatriska mottagningen Lidköping")
    label_para(d, "Närvarande: ", "Sofia, Maria, Jonna, Per, Lotta")

    d.add_heading("1. Bakgrund", level=2)
    d.add_paragraph(
        "Sofia har autism och återkommande depressioner. Hon bor i egen lägenhet i centrala "
        "Lidköping och har boendestöd enligt SoL sedan 2022 och daglig verksamhet enligt LSS "
        "(Kvarnens verksamhet) sedan 2021. Under sommaren försämrades hon, sov dåligt och var "
        "inte på daglig verksamhet på sju veckor. Läkemedlet höjdes i augusti. Hon får olika "
        "besked från olika håll, vilket stressar henne.")

    d.add_heading("2. Syfte med SIP", level=2)
    d.add_paragraph(
        "Syftet är att boendestödet, daglig verksamhet och psykiatrin ska ge Sofia samma "
        "besked och hjälpa henne tillbaka till en fungerande vardag efter sommarens försämring, "
        "så att hon inte behöver berätta samma sak för alla.")

    d.add_heading("3. Frågeställningar inför mötet", level=2)
    for q in [
        "Hur kan Sofia få hjälp att komma iväg till daglig verksamhet de morgnar hon mår sämre?",
        "Vem följer upp effekten av läkemedelshöjningen i augusti, och hur får boendestödet veta om det ändras?",
        "Kan boendestödet komma på samma tider varje vecka?",
    ]:
        d.add_paragraph(q, style="List Bullet")

    d.add_heading("4. Sofias mål", level=2)
    d.add_paragraph(
        "Målet är att Sofia ska ha en fungerande dygnsrytm och vara på daglig verksamhet tre "
        "dagar i veckan före jul.")

    d.add_heading("5. Sofias delaktighet", level=2)
    d.add_paragraph(
        "Sofia var med på hela mötet. Hon hade skrivit ner några punkter i förväg som hon läste "
        "upp. Hon berättade att mornarna är svårast och att hon blir stressad när det kommer ny "
        "personal från boendestödet som hon inte känner. Hon vill helst ha samma två personal "
        "och få ett sms dagen innan om någon annan ska komma.")

    d.add_heading("6. Insatser", level=2)
    rows = [
        ("Boendestöd tisdag och torsdag kl. 8.00 med fast personal (två namngivna), sms dagen "
         "innan vid byte", "Boendestödet, Socialpsykiatrin Lidköpings kommun", "Från v. 40 (2024-09-30)"),
        ("Hämtning till daglig verksamhet måndag, onsdag, fredag under en övergångsperiod",
         "Daglig verksamhet Kvarnen, enhetschef", "2024-09-30 – 2024-11-29"),
        ("Uppföljning av läkemedelshöjningen, blodprov och läkarsamtal",
         "Vuxenpsykiatriska mottagningen Lidköping, läkare", "2024-10-10"),
        ("Samtalskontakt varannan vecka om sömn och dygnsrytm",
         "Vuxenpsykiatriska mottagningen Lidköping, kontaktsjuksköterska", "Varannan tisdag från 2024-09-24"),
        ("Informera boendestödet skriftligt om ändringar i medicineringen",
         "Vuxenpsykiatriska mottagningen Lidköping, kontaktsjuksköterska", "Inom en vecka efter varje ändring"),
    ]
    tab = d.add_table(rows=1, cols=3)
    tab.style = "Table Grid"
    for c, h in zip(tab.rows[0].cells, ["Insats", "Ansvarig verksamhet/funktion", "När"]):
        cell_text(c, h, bold=True)
        shade(c, "E2EFD9")
    set_repeat_header(tab.rows[0])
    for row in rows:
        cells = tab.add_row().cells
        for c, v in zip(cells, row):
            cell_text(c, v, size=10)
    set_col_widths(tab, [Cm(8), Cm(5.5), Cm(3.5)])

    d.add_heading("7. Uppföljning", level=2)
    d.add_paragraph("Planen följs upp i november 2024. Jonna skickar kallelse.")

    d.add_heading("Kvalitetskollen", level=2)
    p = d.add_paragraph()
    r = p.add_run("Fylls i av den som skrivit planen innan den skickas ut. Ingår inte i planen.")
    r.italic = True
    r.font.size = Pt(9)
    checks = [
        ("☒ Syfte", "☒ Frågeställningar", "☒ Mål"),
        ("☒ Delaktighet", "☒ Samtycke", "☒ Insatser"),
        ("☒ Ansvar och tid", "☒ Huvudansvarig utsedd", "☐ Andra aktörer"),
        ("☐ Uppföljningsdatum satt", "☒ Deltagare", "☐ Planen skickad till alla"),
    ]
    ct = d.add_table(rows=len(checks), cols=3)
    ct.style = "Table Grid"
    for i, row in enumerate(checks):
        for j, v in enumerate(row):
            cell_text(ct.cell(i, j), v, size=9)
    d.save(path(4, "docx"))


# ============================================================ 05 md English template
def plan05():
    md = """# SIP – Individual Coordinated Plan

**Unit:** Öppenvården ungdom, IFO Alingsås kommun
**Template:** SIP-EN v1.2 (shared with Beroendemottagningen Alingsås)
**Person:** Elias, 17 år (ÅÅMMDD-XXXX)
**Meeting date:** 2024-10-08
**Place:** Öppenvården ungdom, Alingsås

---

## Purpose

Samordning.

## Questions

Gå igenom läget.

## Background

Elias har rökt cannabis nästan dagligen sedan ungefär ett år tillbaka. Han har hög frånvaro
på gymnasiet (el-programmet) och har sagt att han har svårt att sova och "ångest hela
tiden". Mamma har kontaktat socialtjänsten i augusti. Elias har en pågående kontakt med
Beroendemottagningen Alingsås sedan september.

Elias ville inte vara med på själva mötet eftersom han tycker att det blir för många vuxna
runt bordet. Han träffade sin kontaktperson i öppenvården dagen innan och bad henne föra
fram det han tycker: han vill ha färre möten, en och samma person att prata med, och han
vill inte att skolan ska få veta detaljer om urinproverna.

Elias gav muntligt samtycke till SIP och till att socialtjänsten, Beroendemottagningen och
skolan pratar med varandra, vid samtalet 2024-10-07. Mamma har som vårdnadshavare skrivit
under samtyckesblanketten 2024-10-03.

## Goals

Elias egna ord, återgivna av kontaktpersonen:

> "Jag vill sluta röka på helt till sommaren och klara ettan på el-programmet. Och jag vill
> kunna sova på nätterna utan att röka först."

## Actions

1. Motiverande samtal (MI) en gång i veckan, onsdagar, i öppenvården ungdom.
2. Urinprov varje måndag på Beroendemottagningen, resultatet går bara till Elias och
   kontaktpersonen.
3. Bedömning av sömn och ångest hos läkare på Beroendemottagningen, eventuellt KBT-kontakt
   därefter.
4. Möte med mentor och studie- och yrkesvägledare om ett anpassat schema med kortare dagar
   under hösten.
5. Elias lämnar urinprov varje måndag och går till MI-samtalen (eget åtagande).
6. Mamma och Elias gör ett skriftligt avtal hemma om tider på kvällarna och vem som väcker
   honom på morgonen; mamma ringer kontaktpersonen om Elias inte kommer hem.

## Responsible

| Action | Responsible |
|---|---|
| 1. MI-samtal | Kommunen |
| 2. Urinprov | Regionen |
| 3. Bedömning sömn/ångest | Regionen |
| 4. Anpassat schema | Kommunen |
| 5. Eget åtagande | Elias |
| 6. Hemavtal | Mamma och Elias |

**Overall responsibility (huvudansvar):** Socialtjänsten

## Follow-up

Vecka 50.
"""
    with open(path(5, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ============================================================ 06 docx child's plan
def plan06():
    d = new_doc("Karin", "Linneas plan")
    sec = d.sections[0]
    header_text(sec, "Uddevalla kommun – Barn- och utbildningsförvaltningen", align=WD_ALIGN_PARAGRAPH.LEFT)
    footer_text(sec, "Min SIP – barnversion")

    t = d.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("Linneas plan")
    r.bold = True
    r.font.size = Pt(22)
    r.font.color.rgb = RGBColor(0x2E, 0x74, 0xB5)
    s = d.add_paragraph()
    s.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = s.add_run("Samordnad individuell plan · 2025-03-12")
    r.font.small_caps = True
    r.font.size = Pt(11)

    d.add_paragraph(
        "Linnea är 10 år och går i fyran på Sjöviksskolan i Uddevalla. Hon har ADHD och "
        "träffar BUP Uddevalla. Vi som var med på mötet: Linnea, Sara, Karin, Ahmed och Johanna. "
        "Linnea var med i början av mötet och ritade medan vi pratade, sedan gick hon och "
        "fikade med Ahmed.")

    def voice(title, rows, fill):
        tb = d.add_table(rows=1, cols=2)
        tb.style = "Table Grid"
        hdr = tb.rows[0].cells
        m = hdr[0].merge(hdr[1])
        cell_text(m, title, bold=True, size=13)
        shade(m, fill)
        for a, b in rows:
            c = tb.add_row().cells
            cell_text(c[0], a, bold=True, size=10)
            cell_text(c[1], b, size=11)
        set_col_widths(tb, [Cm(4.5), Cm(12)])
        d.add_paragraph()

    voice("Linnea säger:", [
        ("Det här är bra", "Jag är bra på att läsa och jag gillar slöjd. Jag har en bästis som heter Tilda."),
        ("Det här är svårt", "Rasterna. Det blir alltid bråk när vi spelar fotboll och sen får jag skulden. "
                             "Och när det är rörigt i klassrummet kan jag inte tänka."),
        ("Det här vill jag", "Jag vill kunna vara med och leka på rasten utan att det blir bråk. "
                             "Jag vill ha en egen plats när vi har matte."),
    ], "FFF2CC")
    voice("Mamma säger:", [
        ("Hemma", "Linnea är trött och arg när hon kommer hem, det är mycket utbrott på eftermiddagarna. "
                  "Hon somnar sent."),
        ("Det jag oroar mig för", "Att hon ska tro att hon är dum. Hon säger ofta att ingen vill vara med henne."),
        ("Familjen", "Pappa och farmor är också viktiga för Linnea."),
    ], "FCE4D6")
    voice("Skolan säger:", [
        ("Det som går bra", "Linnea läser mycket och är hjälpsam mot yngre barn."),
        ("Det som är svårt", "Det blir ofta konflikter på lunchrasten, särskilt vid fotbollsplanen. "
                             "Övergångar mellan lektioner och rast är svåra. Hon behöver en vuxen nära."),
    ], "DDEBF7")

    h = d.add_paragraph()
    r = h.add_run("Det här gör vi")
    r.bold = True
    r.font.size = Pt(14)
    for item in [
        "Rastaktivitet med en vuxen varje lunchrast, med lekar som Linnea är med och väljer.",
        "Eget arbetsbord längst fram vid fönstret på matte och svenska, med hörselkåpor.",
        "Medicinuppföljning och eventuell ändring av dosen.",
        "Föräldrautbildning om ADHD för mamma och pappa.",
        "En bildkarta som visar hur skoldagen ser ut, som Linnea har i bänken och hemma.",
    ]:
        d.add_paragraph(item, style="List Bullet")
    d.add_paragraph()
    p = d.add_paragraph()
    r = p.add_run("Vi som har skrivit planen tillsammans med Linnea och mamma.")
    r.italic = True
    d.save(path(6, "docx"))


# ============================================================ 07 docx -> LO pdf
def plan07(tmpdir):
    d = new_doc("Camilla", "SIP vid utskrivning")
    sec = d.sections[0]
    header_text(sec, "NU-sjukvården · Psykiatri – Trollhättans stad, Socialpsykiatrin")
    footer_text(sec, "SIP i samband med utskrivning från sluten psykiatrisk vård")

    d.add_heading("SIP vid utskrivning från slutenvården", level=1)
    label_para(d, "Patient: ", "M-L, 45 år, ÅÅMMDD-XXXX")
    label_para(d, "Inskriven: ", "Avd. 42, Psykiatri NÄL, 2025-01-20 – planerad utskrivning 2025-02-14")
    label_para(d, "Datum för planen: ", "2025-02-12")

    d.add_heading("Syfte", level=2)
    d.add_paragraph(
        "Syftet är att M-L ska få en trygg övergång från avdelning 42 till sin lägenhet i "
        "Lextorp, med boendestöd och öppenvårdskontakt på plats redan första veckan, så att "
        "hon inte blir ensam med sin depression och återinskrivning kan undvikas.")
    d.add_heading("Frågeställningar", level=2)
    d.add_paragraph("Läget inför utskrivning.")
    d.add_heading("Samtycke", level=2)
    d.add_paragraph(
        "M-L har lämnat skriftligt samtycke till SIP och till informationsöverföring mellan "
        "psykiatrin och Trollhättans stad på blankett, daterad 2025-02-10.")

    d.add_heading("Åtgärder", level=2)
    measures = [
        ("Boendestöd två gånger i veckan (måndag och torsdag) med fokus på matlagning, "
         "struktur och att komma ut en stund varje dag.",
         "Boendestödet, Socialpsykiatrin Trollhättans stad",
         "Första besök 2025-02-17, därefter måndagar och torsdagar",
         "Boendestödjaren rapporterar till kontaktsjuksköterskan efter fyra veckor."),
        ("Återbesök hos läkare för uppföljning av antidepressiv behandling.",
         "Psykiatriska öppenvårdsmottagningen Trollhättan, läkare",
         "2025-02-24 kl. 10.30",
         "Läkaren bedömer effekt och biverkningar; ändringar meddelas boendestödet."),
        ("Telefonkontakt med kontaktsjuksköterska dagen efter utskrivning och sedan en gång i veckan.",
         "Psykiatriska öppenvårdsmottagningen Trollhättan, kontaktsjuksköterska",
         "2025-02-15, därefter varje onsdag",
         "Antecknas i journalen; tas upp vid SIP-uppföljningen."),
        ("Läkemedelsgenomgång före utskrivning och veckodosett för den första veckan hemma.",
         "Avd. 42, Psykiatri NÄL, sjuksköterska",
         "2025-02-13",
         "Kontaktsjuksköterskan frågar om dosetten vid veckosamtalen."),
        ("Ansökan om kontaktperson enligt SoL för att bryta isoleringen.",
         "Biståndshandläggare, Socialpsykiatrin Trollhättans stad",
         "Beslut senast 2025-03-07",
         "Handläggaren meddelar beslutet till huvudansvarig."),
    ]
    for i, (what, who, when, how) in enumerate(measures, start=1):
        p = d.add_paragraph(style="List Number")
        p.add_run(what)
        for lab, val in (("Vem: ", who), ("När: ", when), ("Hur följs det upp: ", how)):
            b = d.add_paragraph(style="List Bullet 2")
            rr = b.add_run(lab)
            rr.bold = True
            b.add_run(val)

    d.add_heading("Huvudansvar", level=2)
    d.add_paragraph("Camilla, kontaktsjuksköterska, Psykiatriska öppenvårdsmottagningen Trollhättan.")
    d.add_heading("Uppföljning av planen", level=2)
    d.add_paragraph("2025-03-20 kl. 10.00 på Psykiatriska öppenvårdsmottagningen Trollhättan. "
                    "Camilla kallar.")
    src = os.path.join(tmpdir, f"{PREFIX}-07.docx")
    d.save(src)
    soffice_pdf(src, OUT)


# ============================================================ 08 NOT a plan: Barnahus minutes
def plan08():
    d = new_doc("Barnahus Skaraborg", "Minnesanteckningar samråd")
    sec = d.sections[0]
    header_text(sec, "Barnahus Skaraborg, Skövde – SEKRETESS enligt OSL 26 kap. 1 §")
    footer_text(sec, "Minnesanteckningar från samråd. Diarieförs inte som plan.")

    d.add_heading("Minnesanteckningar – samråd Barnahus", level=1)
    label_para(d, "Datum: ", "2025-01-14 kl. 09.00–09.40")
    label_para(d, "Plats: ", "Barnahus Skaraborg, Skövde (Teams för åklagaren)")
    label_para(d, "Ärende: ", "Barn E., 7 år, ÅÅMMDD-XXXX. Polisens diarienr XXXX-XXXXX")
    label_para(d, "Samrådsledare: ", "Helena, samordnare Barnahus Skaraborg")

    d.add_heading("Närvarande", level=2)
    tb = d.add_table(rows=1, cols=2)
    tb.style = "Table Grid"
    for c, h in zip(tb.rows[0].cells, ["Funktion", "Organisation"]):
        cell_text(c, h, bold=True)
    for a, b in [
        ("Förundersökningsledare/åklagare", "Åklagarkammaren i Skövde"),
        ("Utredare, barnförhörsledare", "Polisen, Utredningssektion Skaraborg"),
        ("Socialsekreterare, barnutredare", "IFO Skövde, Barn och unga"),
        ("Psykolog", "BUP Skövde"),
        ("Samordnare", "Barnahus Skaraborg"),
    ]:
        c = tb.add_row().cells
        cell_text(c[0], a)
        cell_text(c[1], b)

    d.add_heading("1. Bakgrund", level=2)
    d.add_paragraph(
        "Skolan gjorde orosanmälan 2025-01-13 efter att E. berättat för sin lärare att "
        "styvpappan slagit henne med handen i ansiktet och på armen under helgen. Läraren såg "
        "ett blåmärke på överarmen. Socialtjänsten har gjort polisanmälan samma dag. E. bor "
        "med mamma, styvpappa och en lillebror (3 år) i Skövde. Biologisk pappa bor i Tibro.")
    d.add_heading("2. Polisens och åklagarens bedömning", level=2)
    d.add_paragraph(
        "Förundersökning är inledd avseende misshandel. Åklagaren beslutar om barnförhör i "
        "Barnahus 2025-01-16 kl. 10.00. Misstänkt underrättas inte före förhöret. Rättsmedicinsk "
        "undersökning av blåmärket begärs via barnläkare på Skaraborgs sjukhus Skövde samma dag "
        "som förhöret.")
    d.add_heading("3. Socialtjänstens bedömning", level=2)
    d.add_paragraph(
        "Förhandsbedömning klar, utredning enligt 11 kap. 1 § SoL inleds. Socialtjänsten "
        "bedömer att E. kan bo kvar hemma till förhöret med skyddsplan: mamma har uppgett att "
        "styvpappan flyttar till sin bror i Falköping under veckan. Vårdnadshavare informeras "
        "efter förhöret enligt överenskommelse med åklagaren. Ställningstagande till "
        "placering görs om uppgifterna inte stämmer.")
    d.add_heading("4. BUP", level=2)
    d.add_paragraph(
        "BUP erbjuder krisstödjande samtal för E. efter förhöret. Psykologen finns på plats i "
        "Barnahus under förhörsdagen. Mamma erbjuds föräldrasamtal.")
    d.add_heading("5. Överenskommelser", level=2)
    for s in [
        "Barnförhör 2025-01-16 kl. 10.00, Barnahus Skaraborg. Socialsekreterare medhör.",
        "Socialsekreteraren hämtar E. i skolan tillsammans med mentor och följer med till Barnahus.",
        "Barnläkarundersökning samma dag, polisen beställer.",
        "Information till mamma efter förhöret, socialsekreterare och polis tillsammans.",
        "Nytt samråd vid behov efter förhöret.",
    ]:
        d.add_paragraph(s, style="List Bullet")
    d.add_paragraph()
    d.add_paragraph("Antecknat av Helena, samordnare Barnahus Skaraborg, 2025-01-14.")
    d.save(path(8, "docx"))


def main():
    os.makedirs(OUT, exist_ok=True)
    tmpdir = os.path.join(HERE, "build")
    os.makedirs(tmpdir, exist_ok=True)
    plan01()
    plan02()
    plan03()
    plan04()
    plan05()
    plan06()
    plan07(tmpdir)
    plan08()
    shutil.rmtree(tmpdir, ignore_errors=True)
    for fn in sorted(os.listdir(OUT)):
        print(fn)


if __name__ == "__main__":
    main()
