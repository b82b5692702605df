#!/usr/bin/env python
"""Generate batch fresh-38b (prefix f38b): 7 SIP plans + 1 non-plan.

Run: python generate_b.py
Deterministic: fixed texts and dates, no randomness.
"""
import os
import textwrap
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
OUT = HERE / "plans"
OUT.mkdir(exist_ok=True)
P = "f38b"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


# ---------------------------------------------------------------- helpers
def fixed_core(doc, title, author):
    import datetime
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = datetime.datetime(2024, 11, 1, 9, 0, 0)
    cp.modified = datetime.datetime(2024, 11, 1, 9, 0, 0)
    cp.revision = 1


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


def cell_text(cell, text, bold=False, size=None, align=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    return p


def add_page_field(paragraph, instr="PAGE"):
    r = paragraph.add_run()
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin")
    t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = instr
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate")
    v = OxmlElement("w:t"); v.text = "1"
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end")
    for x in (b, t, s, v, e):
        r._r.append(x)


def empty_content_control(doc, alias, placeholder="Klicka eller tryck här för att ange text."):
    """Append a block-level content control (w:sdt) showing its placeholder."""
    p = doc.add_paragraph()
    r = p.add_run(placeholder)
    r.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    a = OxmlElement("w:alias"); a.set(qn("w:val"), alias); pr.append(a)
    tg = OxmlElement("w:tag"); tg.set(qn("w:val"), alias); pr.append(tg)
    ph = OxmlElement("w:showingPlcHdr"); pr.append(ph)
    txt = OxmlElement("w:text"); pr.append(txt)
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    sdt.append(content)
    p._p.addprevious(sdt)
    content.append(p._p)
    return sdt


def bold_para(doc, text, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    return p


# ======================================================== 01 easy-read LSS
def plan01():
    doc = Document()
    fixed_core(doc, "Min plan – SIP", "Sala kommun")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(14)
    for s in ("Heading 1", "Heading 2"):
        doc.styles[s].font.name = "Arial"
    doc.styles["Heading 1"].font.size = Pt(22)
    doc.styles["Heading 2"].font.size = Pt(17)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hp.text = "Sala kommun och Region Västmanland · SIP · Lättläst"
    hp.runs[0].font.size = Pt(10)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fr = fp.add_run("Sida ")
    fr.font.size = Pt(10)
    add_page_field(fp)

    doc.add_heading("Min plan", level=1)
    p = doc.add_paragraph()
    p.add_run("Det här är Jonas plan. ").bold = True
    p.add_run("Planen heter SIP. SIP betyder samordnad individuell plan.")
    doc.add_paragraph("Vi hade möte tisdag 12 november 2024. Mötet var på Ekbacken.")

    doc.add_heading("Varför har du en plan?", level=2)
    doc.add_paragraph(
        "Du har diabetes. Du behöver insulin varje dag. "
        "Hjälpen med insulinet ska fungera både hemma på Ekbacken och på jobbet på Verkstan. "
        "Planen visar vem som gör vad. Då glömmer ingen bort något.")

    doc.add_heading("Det här vill jag", level=2)
    for t in ("”Jag vill ta insulinet själv med pennan.”",
              "”Jag vill jobba kvar på Verkstan.”",
              "”Jag vill inte ha ont i fötterna.”"):
        doc.add_paragraph(t, style="List Bullet")

    doc.add_heading("Du var med på mötet", level=2)
    doc.add_paragraph("Du var med på hela mötet.")
    doc.add_paragraph(
        "Du sa att det är jobbigt när ny personal inte kan pennan. "
        "Du vill ha samma personal på morgonen.")
    doc.add_paragraph("Du vill inte ta blodsocker framför de andra på jobbet. "
                      "Du vill göra det i vilrummet.")

    doc.add_heading("Får vi prata med varandra om dig?", level=2)
    doc.add_paragraph(
        "Ja. Du sa ja på mötet 12 november 2024. "
        "Du skrev under blanketten om samtycke. "
        "Nu får personalen på Ekbacken, Verkstan, vårdcentralen och habiliteringen prata med varandra om dig.")

    doc.add_heading("Min vecka", level=2)
    doc.add_paragraph("✔ = det fungerar redan.   NY = det börjar nu.")
    days = ["Måndag", "Tisdag", "Onsdag", "Torsdag", "Fredag", "Lördag", "Söndag"]
    rows = [
        ("Insulin\nkl 07.30",
         ["Personal Ekbacken ✔"] * 5 + ["Pappa ✔", "Pappa ✔"]),
        ("Jobb på Verkstan\nkl 09–15",
         ["Ahmed, handledare ✔"] * 5 + ["Ledig", "Ledig"]),
        ("Blodsocker\nkl 12",
         ["Ahmed, handledare NY"] * 5 + ["Pappa ✔", "Pappa ✔"]),
        ("Promenad",
         ["", "", "Kim, Ekbacken NY", "", "", "", ""]),
        ("Pappa",
         ["", "", "", "", "Pappa hämtar dig kl 16 ✔", "", "Pappa lämnar dig kl 18 ✔"]),
        ("Insulin\nkl 21.00",
         ["Personal Ekbacken ✔"] * 5 + ["Pappa ✔", "Personal Ekbacken ✔"]),
    ]
    tbl = doc.add_table(rows=1 + len(rows), cols=8)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = tbl.rows[0]
    set_repeat_header(hdr)
    cell_text(hdr.cells[0], "", bold=True, size=9)
    for i, d in enumerate(days):
        cell_text(hdr.cells[i + 1], d, bold=True, size=9)
        shade(hdr.cells[i + 1], "D9E2F3")
    for ri, (act, cells) in enumerate(rows, start=1):
        cell_text(tbl.rows[ri].cells[0], act, bold=True, size=9)
        for ci, c in enumerate(cells):
            cell_text(tbl.rows[ri].cells[ci + 1], c, size=9)

    doc.add_heading("Det här ska hända", level=2)
    t2 = doc.add_table(rows=1, cols=4)
    t2.style = "Table Grid"
    set_repeat_header(t2.rows[0])
    for c, h in zip(t2.rows[0].cells, ["Vad?", "Vem gör det?", "När?", "Klart?"]):
        cell_text(c, h, bold=True, size=12)
        shade(c, "D9E2F3")
    acts = [
        ("Ahmed och de andra handledarna lär sig mäta blodsocker.",
         "Birgitta, diabetessköterska på Vårdcentralen Sala", "3 december 2024", ""),
        ("Du tränar på att ta insulinet själv. Personalen hjälper dig.",
         "Sofia och personalen på Gruppbostaden Ekbacken", "Varje morgon från 18 november 2024", ""),
        ("Du får ett bildschema för insulinpennan.",
         "Maja, arbetsterapeut på Habiliteringen Västerås", "Senast 20 december 2024", ""),
        ("Fotvård. Någon tittar på dina fötter.",
         "Fotterapeut på Vårdcentralen Sala", "8 januari 2025", ""),
        ("Diabeteskontroll.",
         "Birgitta, diabetessköterska på Vårdcentralen Sala", "Var tredje månad. Nästa gång 15 januari 2025.", "✔"),
        ("Du jobbar på Verkstan.",
         "Daglig verksamhet Verkstan, Sala kommun", "Måndag till fredag", "✔"),
    ]
    for a in acts:
        cells = t2.add_row().cells
        for c, v in zip(cells, a):
            cell_text(c, v, size=12)

    doc.add_heading("Andra som hjälper dig", level=2)
    doc.add_paragraph(
        "Ulf är din god man. Ulf betalar fotvården från ditt konto. "
        "Ulf köper nya skor till dig i december.")
    doc.add_paragraph(
        "Pappa hämtar dig varje fredag. Du bor hos pappa på helgen. "
        "Pappa hjälper dig med insulinet på lördag och söndag.")

    doc.add_heading("Vem håller ihop planen?", level=2)
    doc.add_paragraph("Sala kommun har huvudansvar för planen. "
                      "Kommunen skickar en kallelse till nästa möte.")

    doc.add_heading("Nästa möte", level=2)
    doc.add_paragraph("Vi ses igen tisdag 18 februari 2025 klockan 10. Mötet är på Ekbacken.")

    doc.add_heading("Vi som var med på mötet", level=2)
    people = [
        ("Jonas", "Det är min plan", ""),
        ("Lena", "LSS-handläggare", "Sala kommun, socialförvaltningen"),
        ("Sofia", "Kontaktperson", "Gruppbostaden Ekbacken, Sala kommun"),
        ("Ahmed", "Handledare", "Daglig verksamhet Verkstan, Sala kommun"),
        ("Birgitta", "Diabetessköterska", "Vårdcentralen Sala, Region Västmanland"),
        ("Maja", "Arbetsterapeut (via Teams)", "Habiliteringen Västerås, Region Västmanland"),
        ("Ulf", "God man", ""),
    ]
    t3 = doc.add_table(rows=1, cols=3)
    t3.style = "Table Grid"
    for c, h in zip(t3.rows[0].cells, ["Namn", "Vad gör jag?", "Var jobbar jag?"]):
        cell_text(c, h, bold=True, size=12)
        shade(c, "D9E2F3")
    for pr in people:
        cells = t3.add_row().cells
        for c, v in zip(cells, pr):
            cell_text(c, v, size=12)
    doc.save(OUT / f"{P}-01.docx")


# ======================================================== 02 transcript cp1252 CRLF
def plan02():
    head = [
        "ANTECKNINGAR NÄTVERKSMÖTE / SIP",
        "",
        "Datum: 2025-01-28, kl. 13.00–14.30",
        "Plats: Familjecentralen, Arboga",
        "Gäller: Ella, 14 år, åk 8",
        "Närvarande: Anna (kurator), Sara (mentor), Petra (socialsekreterare),",
        "Johan (psykolog), Ellas mamma",
        "Antecknat av: Sara, mentor",
        "",
        "-" * 72,
        "",
    ]
    paras = [
        "Socialsekreterare: Välkomna allihop. Det här är ju ett SIP-möte, syftet "
        "är samordning. Ella är inte med idag.",
        "Mamma: Nej, hon orkade inte. Hon får panik när det är många vuxna i samma "
        "rum, hon låg kvar i sängen i morse och jag ville inte tvinga henne hit.",
        "Kurator: Det förstår vi. Den stora frågan för oss på skolan är hur Ella ska "
        "kunna komma tillbaka, hon har inte varit i skolan mer än en dag sedan "
        "höstlovet. Och om hon kan få någon form av undervisning hemma under tiden, "
        "så att hon inte tappar helt i matte och engelska.",
        "Mentor: Vi har lagt ut uppgifter på lärplattformen men det blir inte mycket "
        "gjort. Jag förstår att det är svårt för henne.",
        "Psykolog: Från vår sida är målet att Ella ska kunna vara i skolan några "
        "dagar i veckan till våren. Hon har en ångestproblematik som vi jobbar med "
        "och vi fortsätter kontakten som vanligt.",
        "Mamma: Men det har varit samma samtal i ett halvår nu och ingenting händer. "
        "Jag vet inte vad jag ska göra på morgnarna, det blir bråk varje dag och jag "
        "kommer för sent till jobbet.",
        "Socialsekreterare: Vi kan erbjuda föräldrastöd vid behov, det är något vi "
        "kan titta på längre fram.",
        "Kurator: Skolan fortsätter att stötta så gott vi kan, vi kan se över "
        "anpassningarna. Jag tar det med rektor.",
        "Mentor: Jag försöker hålla kontakten med Ella.",
        "Mamma: Vi har ju pratat med Försäkringskassan också, om något bidrag, men "
        "jag vet inte hur det blir med det. Och hennes pappa i Kungsör vet om att "
        "vi har det här mötet.",
        "Psykolog: Vi kan höra av oss om det behövs något intyg.",
        "Socialsekreterare: Ska vi säga att vi ses igen efter sportlovet, vecka 10 "
        "någon gång? Jag skickar ut en kallelse.",
        "Mamma: Ja. Men jag vill att det händer något innan dess.",
        "Kurator: Vi gör så gott vi kan. Hör av dig till mig om något händer.",
        "Mötet avslutas 14.30.",
    ]
    lines = list(head)
    for para in paras:
        lines += textwrap.wrap(para, width=76)
        lines.append("")
    text = "\r\n".join(lines) + "\r\n"
    (OUT / f"{P}-02.txt").write_bytes(text.encode("cp1252"))


# ======================================================== 03 pandoc definition lists
def plan03():
    md = """\
% Samordnad individuell plan (SIP) – Mikael
% Socialpsykiatrin Köpings kommun och Vuxenpsykiatrin Köping
% 2024-09-24

# Grunduppgifter

Namn
:   Mikael, 38 år

Personnummer
:   ÅÅMMDD-XXXX

Datum för SIP-möte
:   2024-09-24, kl. 10.00–11.30

Plats
:   Vuxenpsykiatrin Köping, samtalsrum 2

# Planens innehåll

Bakgrund
:   Mikael har en psykossjukdom och vårdades på avdelning 3, Vuxenpsykiatrin
    Köping, 2024-08-12 – 2024-09-13 efter att ha slutat ta sin medicin.
    Under våren har han fått flera betalningsförelägganden och hyran för juli
    och augusti är obetald. Hyresvärden har skickat en varning.

Syfte
:   Att samordna stödet efter Mikaels vårdtid så att han kan bo kvar i sin
    lägenhet, fortsätta med sin medicin och få ordning på ekonomin innan
    skulderna växer ytterligare.

Frågeställningar
:   Gå igenom läget och hur samarbetet fungerar.

Mikaels egna mål
:   ”Jag vill ha koll på mina räkningar och slippa brev från Kronofogden.”
:   ”Jag vill kunna sova på nätterna och inte höra rösterna lika mycket.”

Mikaels delaktighet
:   Mikael deltog under hela mötet. Han vill hellre ha depåinjektion än
    tabletter, eftersom han glömmer tabletterna. Han vill att boendestödet
    kommer på förmiddagen, inte efter lunch.

Samtycke
:   Mikael har lämnat skriftligt samtycke till att Köpings kommun och
    Vuxenpsykiatrin Köping utbyter uppgifter inom SIP-arbetet. Blanketten
    undertecknades 2024-09-17 och finns i journalen.

# Insatser

Boendestöd
:   Stöd med struktur i vardagen, post och räkningar, tisdag och fredag
    förmiddag.
:   Ansvarig: boendestödjare, Socialpsykiatrin Köpings kommun. Start 2024-10-01.

Budget- och skuldrådgivning
:   Kartläggning av skulder, kontakt med hyresvärden om avbetalningsplan.
:   Ansvarig: budget- och skuldrådgivare, Köpings kommun. Första besök 2024-10-08.

Ansökan om god man
:   Hjälp att ansöka om god man hos Överförmyndaren i Västra Mälardalen.
:   Ansvarig: biståndshandläggare, Socialpsykiatrin Köpings kommun. Senast 2024-10-15.

Läkemedelsbehandling
:   Depåinjektion var fjärde vecka på mottagningen.
:   Ansvarig: sjuksköterska, Vuxenpsykiatrin Köping. Nästa injektion
    2024-10-10, därefter var fjärde vecka.

Läkarbesök
:   Uppföljning av medicinering och sömn hos psykiater.
:   Ansvarig: läkare, Vuxenpsykiatrin Köping. 2024-11-05.

# Övrigt

Andra aktörer
:   Försäkringskassan, Kronofogden och Mikaels bror berörs av planen.

Huvudansvar
:   Kim, biståndshandläggare, Socialpsykiatrin Köpings kommun.

Uppföljning
:   2024-12-03 kl. 10.00 på Socialpsykiatrin Köping. Kim kallar.

Deltagare
:   Mikael
:   Kim, biståndshandläggare, Socialpsykiatrin Köpings kommun
:   Jenny, boendestödjare, Socialpsykiatrin Köpings kommun
:   Farid, sjuksköterska, Vuxenpsykiatrin Köping, Region Västmanland
:   Helena, kurator, Vuxenpsykiatrin Köping, Region Västmanland
"""
    (OUT / f"{P}-03.md").write_text(md, encoding="utf-8")


# ======================================================== 04 fpdf2 discharge form
class RSPdf(FPDF):
    def header(self):
        self.set_font("DV", "", 8)
        self.set_text_color(80, 80, 80)
        self.cell(95, 5, "Cosmic · Samordnad vårdplanering · SIP", border=0)
        self.cell(0, 5, f"Utskrift 2024-10-15 09:42   Sida {self.page_no()} ({{nb}})",
                  border=0, align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(3)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("DV", "", 7)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, "Region Västmanland · Geriatriska kliniken · Utskriven av: sjuksköterska avd 14",
                  align="C")


def plan04():
    pdf = RSPdf(format="A4")
    pdf.add_font("DV", "", FONT)
    pdf.add_font("DV", "B", FONTB)
    pdf.set_auto_page_break(True, margin=16)
    pdf.set_margins(15, 12, 15)
    pdf.alias_nb_pages()
    import datetime
    pdf.set_creation_date(datetime.datetime(2024, 10, 15, 9, 42, tzinfo=datetime.timezone.utc))
    pdf.set_title("SIP - utskrivning")
    pdf.add_page()
    W = pdf.w - 30

    pdf.set_font("DV", "B", 13)
    pdf.cell(0, 8, "Samordnad individuell plan (SIP) – utskrivning från slutenvård",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)

    def field(label, value, h=None, lw=48):
        pdf.set_font("DV", "B", 8.5)
        x, y = pdf.get_x(), pdf.get_y()
        pdf.set_font("DV", "", 9)
        lines = pdf.multi_cell(W - lw - 2, 5, value or " ", dry_run=True, output="LINES")
        hh = max(h or 0, 5 * len(lines) + 2, 7)
        if y + hh > pdf.h - 18:
            pdf.add_page()
            x, y = pdf.get_x(), pdf.get_y()
        pdf.set_fill_color(232, 236, 242)
        pdf.rect(x, y, lw, hh, style="DF")
        pdf.rect(x + lw, y, W - lw, hh)
        pdf.set_xy(x + 1, y + 1)
        pdf.set_font("DV", "B", 8.5)
        pdf.multi_cell(lw - 2, 4.5, label, align="L")
        pdf.set_xy(x + lw + 1, y + 1)
        pdf.set_font("DV", "", 9)
        pdf.multi_cell(W - lw - 2, 5, value or "", align="L")
        pdf.set_xy(x, y + hh)

    def section(title):
        pdf.ln(2)
        pdf.set_font("DV", "B", 10)
        pdf.set_fill_color(200, 210, 225)
        pdf.cell(W, 6.5, " " + title, border=1, fill=True, new_x="LMARGIN", new_y="NEXT")

    section("Patient")
    field("Namn", "Gösta")
    field("Personnummer", "XXXXXX-XXXX")
    field("Boende", "Bor ensam i villa, Surahammar. Änkling sedan 2021.")
    field("Vårdenhet", "Geriatriska kliniken, avdelning 14, Västmanlands sjukhus Västerås. "
                       "Inskriven 2024-09-30 efter stroke med vänstersidig svaghet och dysartri.")
    field("Planerad hemgång", "2024-10-17")
    field("SIP-möte", "2024-10-14 kl. 13.30, avdelning 14 (distriktssköterska deltog via Teams)")

    section("Planering")
    field("Syfte med SIP", "Samordnad vårdplanering.")
    field("Frågeställningar inför mötet", "", h=14)
    field("Mål", "Målet är att Gösta ska kunna bo kvar i sin villa och klara "
                 "förflyttningar inomhus själv med rollator.")
    field("Patientens delaktighet",
          "Gösta deltog i mötet på avdelningen. Han vill hem så fort som möjligt och vill "
          "klara sig med så lite hjälp som möjligt. Han avböjer nattillsyn men kan tänka sig "
          "trygghetslarm.")

    section("Checklista inför hemgång")
    pdf.set_font("DV", "", 9.5)
    items = [
        ("☒", "Samtycke till informationsöverföring finns"),
        ("☒", "Läkemedelslista uppdaterad och skickad till Vårdcentralen Surahammar"),
        ("☒", "Rollator och duschpall förskrivna (arbetsterapeut avd 14)"),
        ("☒", "Beslut om hemtjänst fattat (biståndshandläggare Surahammar)"),
        ("☐", "Trygghetslarm installerat"),
        ("☐", "Hembesök av arbetsterapeut före hemgång"),
        ("☒", "Remiss till logoped skickad"),
        ("☐", "Dosdispenserade läkemedel startade"),
    ]
    y0 = pdf.get_y()
    for mark, txt in items:
        pdf.set_x(pdf.l_margin + 2)
        pdf.cell(7, 6, mark)
        pdf.cell(W - 9, 6, txt, new_x="LMARGIN", new_y="NEXT")
    pdf.rect(pdf.l_margin, y0, W, pdf.get_y() - y0 + 1)
    pdf.ln(1)

    section("Insatser")
    cols = [70, 72, 38]
    hdr = ["Insats", "Ansvarig verksamhet/funktion", "Start"]
    rows = [
        ("Hemtjänst morgon och kväll, hjälp med dusch en gång/vecka",
         "Hemtjänsten Surahammar, område Centrum", "2024-10-17"),
        ("Trygghetslarm", "Biståndshandläggare, Surahammars kommun", "2024-10-17"),
        ("Hemrehabilitering, gång- och balansträning två gånger/vecka",
         "Fysioterapeut, Kommunrehab Surahammar", "Vecka 43"),
        ("Sjuksköterskebesök, läkemedel och blodtryck",
         "Distriktssköterska, Vårdcentralen Surahammar", "2024-10-18"),
        ("Läkemedelsgenomgång, uppföljning blodtryck och blodförtunnande",
         "Distriktsläkare, Vårdcentralen Surahammar", "2024-10-29"),
        ("Logopedkontakt (dysartri)", "Regionen", ""),
    ]
    table(pdf, cols, hdr, rows)

    section("Vem | Kontaktar | När")
    cols2 = [62, 72, 46]
    hdr2 = ["Vem", "Kontaktar", "När"]
    rows2 = [
        ("Sjuksköterska avd 14", "Hemtjänsten Surahammar (muntlig överrapportering)",
         "2024-10-17 kl. 10.00"),
        ("Läkare avd 14", "Vårdcentralen Surahammar (epikris och läkemedelslista)", "2024-10-17"),
        ("Biståndshandläggare", "Larmleverantör, beställning av trygghetslarm", "2024-10-15"),
        ("Arbetsterapeut avd 14", "Kommunrehab Surahammar (överrapportering hjälpmedel)",
         "2024-10-16"),
        ("Dotter M.", "Gösta, ringer varje kväll", "Dagligen kl. 19"),
        ("Distriktssköterska", "Dotter M., hur första veckan har gått", "2024-10-24"),
        ("Fysioterapeut Kommunrehab", "Gösta, bokar första träningstillfälle", "2024-10-18"),
    ]
    table(pdf, cols2, hdr2, rows2)

    section("Närstående och andra aktörer")
    field("Närstående", "Dotter M. (bor i Hallstahammar) handlar mat åt Gösta varje fredag "
                        "och följer med på återbesöket på vårdcentralen. Sonen bor utomlands "
                        "och deltar inte i planeringen.")
    section("Ansvar och uppföljning")
    field("Huvudansvarig för SIP", "Vårdcentralen Surahammar")
    field("Uppföljning", "Uppföljande hembesök inom två veckor efter hemgång.")

    section("Deltagare")
    cols3 = [36, 50, 94]
    table(pdf, cols3, ["Namn", "Funktion", "Verksamhet"], [
        ("Gösta", "Patient", ""),
        ("M.", "Dotter", ""),
        ("Karin", "Sjuksköterska", "Geriatriska kliniken avd 14, Region Västmanland"),
        ("Erik", "Läkare", "Geriatriska kliniken avd 14, Region Västmanland"),
        ("Lisa", "Arbetsterapeut", "Geriatriska kliniken avd 14, Region Västmanland"),
        ("Anneli", "Biståndshandläggare", "Äldreomsorgen, Surahammars kommun"),
        ("Tove", "Distriktssköterska", "Vårdcentralen Surahammar, Region Västmanland"),
    ])
    pdf.output(str(OUT / f"{P}-04.pdf"))


def table(pdf, cols, hdr, rows):
    def head():
        pdf.set_font("DV", "B", 8.5)
        pdf.set_fill_color(232, 236, 242)
        for w, h in zip(cols, hdr):
            pdf.cell(w, 6, " " + h, border=1, fill=True)
        pdf.ln(6)
    head()
    for r in rows:
        pdf.set_font("DV", "", 8.5)
        nl = max(len(pdf.multi_cell(w - 2, 4.6, v or " ", dry_run=True, output="LINES"))
                 for w, v in zip(cols, r))
        hh = 4.6 * nl + 2
        if pdf.get_y() + hh > pdf.h - 18:
            pdf.add_page()
            head()
            pdf.set_font("DV", "", 8.5)
        x, y = pdf.l_margin, pdf.get_y()
        for w, v in zip(cols, r):
            pdf.rect(x, y, w, hh)
            pdf.set_xy(x + 1, y + 1)
            pdf.multi_cell(w - 2, 4.6, v, align="L")
            x += w
        pdf.set_xy(pdf.l_margin, y + hh)


# ======================================================== 05 landscape gantt
def plan05():
    doc = Document()
    fixed_core(doc, "SIP Alex", "IFO Fagersta")
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin = sec.bottom_margin = Cm(1.6)
    hp = sec.header.paragraphs[0]
    hp.text = "Fagersta kommun · Individ- och familjeomsorgen\tSIP – Samordnad individuell plan"
    hp.runs[0].font.size = Pt(8.5)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.add_run("Sida ").font.size = Pt(8.5)
    add_page_field(fp)

    doc.add_heading("Samordnad individuell plan (SIP)", level=1)
    p = doc.add_paragraph()
    r = p.add_run("Barn och unga – planperiod januari–juni 2025")
    r.font.small_caps = True
    r.font.size = Pt(12)

    info = doc.add_table(rows=2, cols=4)
    info.style = "Table Grid"
    for c, t in zip(info.rows[0].cells, ["Namn", "Personnummer", "Datum för SIP-möte", "Planperiod"]):
        cell_text(c, t, bold=True, size=9)
        shade(c, "E2EFDA")
    for c, t in zip(info.rows[1].cells, ["Alex, 17 år", "ÅÅMMDD-XXXX", "2025-01-14", "2025-01-14 – 2025-06-30"]):
        cell_text(c, t, size=10)

    bold_para(doc, "1. Syfte med SIP", 11.5)
    doc.add_paragraph("Samordning.")

    bold_para(doc, "2. Bakgrund", 11.5)
    doc.add_paragraph(
        "Alex går andra året på gymnasiet i Fagersta. Han har använt cannabis sedan han var 15 "
        "och har under hösten haft hög frånvaro, ca 40 %. Han lämnade positiva urinprov i oktober "
        "och november 2024. I november 2024 anmäldes han för ringa narkotikabrott (innehav). Det "
        "har varit mycket konflikter hemma med mamma. BUP Västerås påbörjade en neuropsykiatrisk "
        "utredning (ADHD) i december 2024 som ännu inte är klar.")

    bold_para(doc, "3. Den enskildes mål", 11.5)
    empty_content_control(doc, "Mål")

    bold_para(doc, "4. Samtycke", 11.5)
    doc.add_paragraph(
        "Skriftligt samtycke lämnat av Alex och vårdnadshavare (mamma) på blankett 2025-01-09. "
        "Samtycket gäller informationsutbyte mellan IFO Fagersta, Mini-Maria Västmanland, BUP "
        "Västerås och elevhälsan på gymnasiet.")

    bold_para(doc, "5. Alex synpunkter", 11.5)
    doc.add_paragraph(
        "Från samtal med behandlaren på Öppenvården Ungdom 2025-01-10: Alex önskar att samtalen på öppenvården läggs efter skoltid och att urinproverna inte "
        "tas på skolan.")

    bold_para(doc, "6. Insatser och tidsplan", 11.5)
    months = ["Jan", "Feb", "Mar", "Apr", "Maj", "Jun"]
    rows = [
        ("Öppenvårdsbehandling (A-CRA), samtal en gång/vecka, tisdagar kl. 15.30",
         "Behandlare, Öppenvården Ungdom, IFO Fagersta", "XXXXXX"),
        ("Urinprov (drogtest) varannan vecka",
         "Sjuksköterska, Mini-Maria Västmanland (Region Västmanland), mottagningen Fagersta", "XXXXXX"),
        ("Neuropsykiatrisk utredning (ADHD) slutförs",
         "Psykolog, BUP Västerås", "XXX..."),
        ("Återkoppling av utredningen, ställningstagande till läkemedel",
         "Läkare, BUP Västerås", "...XX."),
        ("Anpassad studiegång med reducerat schema, närvarouppföljning varje vecka",
         "Mentor och rektor, gymnasieskolan i Fagersta", "XXXXXX"),
        ("Föräldrastöd till mamma (ABC tonår), åtta träffar",
         "Familjebehandlare, IFO Fagersta", ".XXXX."),
        ("Samtal om sömn och hälsa",
         "Skolsköterska, elevhälsan gymnasieskolan i Fagersta", "XX...."),
    ]
    t = doc.add_table(rows=2 + len(rows), cols=8)
    t.style = "Table Grid"
    widths = [Cm(9.0), Cm(8.2)] + [Cm(1.6)] * 6
    # header rows
    h0, h1 = t.rows[0], t.rows[1]
    set_repeat_header(h0)
    set_repeat_header(h1)
    a = h0.cells[0].merge(h1.cells[0])
    b = h0.cells[1].merge(h1.cells[1])
    m = h0.cells[2].merge(h0.cells[7])
    cell_text(a, "Insats", bold=True)
    cell_text(b, "Ansvarig", bold=True)
    cell_text(m, "2025", bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
    for c in (a, b, m):
        shade(c, "E2EFDA")
    for i, mo in enumerate(months):
        cell_text(h1.cells[2 + i], mo, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        shade(h1.cells[2 + i], "E2EFDA")
    for ri, (ins, ans, pat) in enumerate(rows, start=2):
        cells = t.rows[ri].cells
        cell_text(cells[0], ins, size=9.5)
        cell_text(cells[1], ans, size=9.5)
        for i, ch in enumerate(pat):
            cell_text(cells[2 + i], "X" if ch == "X" else "", bold=True,
                      align=WD_ALIGN_PARAGRAPH.CENTER)
            if ch == "X":
                shade(cells[2 + i], "C6E0B4")
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w

    bold_para(doc, "7. Huvudansvarig för planen", 11.5)
    doc.add_paragraph("Nadia, socialsekreterare, Barn- och ungdomsenheten, IFO Fagersta kommun.")

    bold_para(doc, "8. Uppföljning", 11.5)
    doc.add_paragraph("Planen följs upp vecka 12. Huvudansvarig skickar kallelse.")
    doc.save(OUT / f"{P}-05.docx")


# ======================================================== 06 short follow-up txt
def plan06():
    txt = """\
AVSTÄMNING SIP
==============

Avser:          Bertil, ÅÅMMDD-XXXX
Datum:          2024-11-19
Plats:          Vårdcentralen Kungsör, mötesrum 1
Upprättad av:   Biståndshandläggare
Närvarande:     Distriktssköterska, biståndshandläggare, gruppledare hemtjänst

Detta är en avstämning av SIP 2024-09-03. Endast förändringar sedan
föregående plan antecknas. För syfte, mål, samtycke, insatser och
ansvarsfördelning i övrigt, se SIP 2024-09-03.

FRÅGA INFÖR AVSTÄMNINGEN
Räcker nuvarande tillsyn nu när B. har fallit igen i hemmet (2024-10-28)
och hemtjänsten vid två tillfällen har hittat tomma vinflaskor i köket?

FÖRÄNDRINGAR SEDAN FÖREGÅENDE PLAN
- Fall i hemmet 2024-10-28. Undersöktes på akuten, Västmanlands sjukhus
  Köping, ingen ny fraktur.
- Utökad tillsyn kvällstid vid behov.
- Fortsatt kontakt kring alkoholen.
- Fysioterapi efter höftfrakturen avslutad, se SIP 2024-09-03.

SYFTE:          Se SIP 2024-09-03
MÅL:            Oförändrat
HUVUDANSVAR:    Som tidigare
ÖVRIGT:         -

NÄSTA AVSTÄMNING
2025-01-21 kl. 13.30, Vårdcentralen Kungsör.
"""
    (OUT / f"{P}-06.txt").write_text(txt, encoding="utf-8")


# ======================================================== 07 student health team
def plan07():
    doc = Document()
    fixed_core(doc, "SIP Noah", "Elevhälsan Norrbyskolan")
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Hallstahammars kommun · Barn- och utbildningsförvaltningen · Elevhälsan"
    hp.runs[0].font.size = Pt(8.5)
    fp = sec.footer.paragraphs[0]
    fp.text = "Sekretess enligt OSL 23 kap. 2 §"
    fp.runs[0].font.size = Pt(8)

    doc.add_heading("Samordnad individuell plan (SIP)", level=0)
    p = doc.add_paragraph()
    p.add_run("Elevhälsoteamet, Norrbyskolan").bold = True

    info = doc.add_table(rows=4, cols=2)
    info.style = "Table Grid"
    data = [("Elev", "Noah, åk 3"), ("Personnummer", "ÅÅMMDD-XXXX"),
            ("Vårdnadshavare", "Mamma och pappa (gemensam vårdnad)"),
            ("Datum", "2024-10-23")]
    for row, (k, v) in zip(info.rows, data):
        cell_text(row.cells[0], k, bold=True)
        shade(row.cells[0], "DDEBF7")
        cell_text(row.cells[1], v)

    doc.add_heading("Nuvarande situation", level=1)
    doc.add_paragraph(
        "Noah går i åk 3. Sedan skolstarten i augusti har han haft utbrott på rasterna och har "
        "vid tre tillfällen i september slagit klasskamrater. I klassrummet har han svårt att "
        "komma igång med uppgifter och att sitta kvar, särskilt efter rasterna. Han läser på en "
        "lägre nivå än klasskamraterna. Skolläkaren skickade i maj 2024 en remiss till BUP "
        "Västerås och Noah väntar på neuropsykiatrisk utredning. Vårdnadshavarna har gett sitt "
        "samtycke till att skolan och BUP samverkar.")
    doc.add_paragraph(
        "Kurator har haft fyra samtal med Noah under hösten. Noah berättar att han blir arg när "
        "någon tar bollen och att det är för mycket ljud i matsalen.")

    doc.add_heading("Mål på kort sikt", level=1)
    doc.add_paragraph(
        "Noahs egna ord (samtal med kurator 2024-10-15): ”Jag vill kunna vara ute på rasten "
        "utan att bli arg. Och jag vill ha någon att spela fotboll med.”")
    doc.add_paragraph("Noah ska kunna vara med på förmiddagsrasten utan konflikter.",
                      style="List Bullet")
    doc.add_paragraph("Noah ska kunna arbeta 15 minuter i taget med en uppgift.",
                      style="List Bullet")

    doc.add_heading("Mål på lång sikt", level=1)
    doc.add_paragraph(
        "Noah ska ha fått en utredning och rätt stöd utifrån den, och nå kunskapskraven i svenska "
        "och matematik i åk 6.")

    doc.add_heading("Åtgärder", level=1)
    for t in (
        "1. Anpassningar i klassrummet: bildschema för dagen, hörselkåpor, egen arbetsplats vid "
        "fönstret och korta arbetspass med paus.",
        "2. En vuxen med särskilt ansvar för Noah på förmiddagsrasten.",
        "3. Samtal med kurator varannan vecka om ilska och kompisrelationer.",
        "4. Neuropsykiatrisk utredning.",
        "5. Vårdnadshavarna är en viktig del i arbetet och hålls informerade. Omvårdnadsbidrag "
        "från Försäkringskassan kan bli aktuellt längre fram.",
    ):
        doc.add_paragraph(t)

    doc.add_heading("Ansvarig", level=1)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    set_repeat_header(t.rows[0])
    for c, h in zip(t.rows[0].cells, ["Åtgärd", "Ansvarig", "Från"]):
        cell_text(c, h, bold=True)
        shade(c, "DDEBF7")
    for r in [("1. Anpassningar i klassrummet", "Klasslärare åk 3", "Vecka 45"),
              ("2. Vuxen på rasten", "Fritidspersonal, fritidshemmet Norrbyskolan", "2024-11-04"),
              ("3. Samtal med kurator", "Kurator, elevhälsan Norrbyskolan", "Varannan tisdag från 2024-10-29"),
              ("4. Neuropsykiatrisk utredning", "Regionen", "")]:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            cell_text(c, v)
    doc.add_paragraph()
    doc.add_paragraph("Skolan har huvudansvaret för planen.")

    doc.add_heading("Utvärdering", level=1)
    empty_content_control(doc, "Utvärdering")
    doc.save(OUT / f"{P}-07.docx")


# ======================================================== 08 orosanmälan (not a plan)
def plan08():
    doc = Document()
    fixed_core(doc, "Orosanmälan", "Centralskolan Norberg")
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Norbergs kommun · Centralskolan F–6"
    hp.runs[0].font.size = Pt(9)

    doc.add_heading("Orosanmälan till socialtjänsten", level=1)
    doc.add_paragraph("Anmälan enligt 14 kap. 1 § socialtjänstlagen (SoL) om oro för barn")
    doc.add_paragraph("Till: Socialtjänsten Norberg, Barn och familj – mottagningsgruppen")

    def block(title, rows):
        bold_para(doc, title)
        t = doc.add_table(rows=len(rows), cols=2)
        t.style = "Table Grid"
        for row, (k, v) in zip(t.rows, rows):
            cell_text(row.cells[0], k, bold=True, size=10)
            shade(row.cells[0], "F2F2F2")
            cell_text(row.cells[1], v, size=10)
        doc.add_paragraph()

    block("Uppgifter om barnet", [
        ("Namn", "Liam"), ("Personnummer", "ÅÅMMDD-XXXX"),
        ("Klass", "Åk 5"), ("Vårdnadshavare", "Mamma (ensam vårdnad)"),
    ])
    block("Anmälare", [
        ("Verksamhet", "Centralskolan F–6, Norbergs kommun"),
        ("Funktion", "Rektor, i samråd med skolkurator och klasslärare"),
        ("Kontakt", "Via växeln, Norbergs kommun"),
    ])

    bold_para(doc, "Beskrivning av oron")
    doc.add_paragraph(
        "Liam har sedan början av oktober haft ökande frånvaro, 11 hela dagar och flera "
        "sena ankomster. Han kommer ofta till skolan utan frukost och har vid flera tillfällen "
        "bett om extra mat i matsalen. 2024-11-06 såg klassläraren blåmärken på Liams underarm. "
        "Liam sa att han ramlat. Vid samtal med skolkurator 2024-11-07 berättade Liam att mammas "
        "pojkvän skriker mycket på kvällarna och att han ibland inte vågar gå ut ur sitt rum. "
        "Liam sa också att mamma ”är sjuk och sover mycket”.")
    doc.add_paragraph(
        "Skolan vet att Liam tidigare har haft kontakt med BUP Västerås för oro och magont, men "
        "vi vet inte om kontakten pågår.")

    bold_para(doc, "Vad skolan har gjort")
    for t in ("Liam erbjuds frukost i skolan varje morgon från 2024-11-11.",
              "Kurator har haft två samtal med Liam.",
              "Klassläraren har försökt nå mamma per telefon tre gånger utan svar."):
        doc.add_paragraph(t, style="List Bullet")

    bold_para(doc, "Har vårdnadshavare informerats om anmälan?")
    doc.add_paragraph("☐ Ja   ☒ Nej")
    doc.add_paragraph(
        "Skolan har valt att inte informera vårdnadshavaren innan socialtjänsten har tagit "
        "ställning, med hänsyn till det Liam har berättat om situationen hemma.")

    bold_para(doc, "Önskar anmälaren återkoppling?")
    doc.add_paragraph("☒ Ja   ☐ Nej")

    bold_para(doc, "Övrigt")
    doc.add_paragraph(
        "Skolan bedömer att Liam och familjen kan behöva samordnat stöd från både "
        "socialtjänsten och regionen och ser gärna att det prövas om en SIP kan bli aktuell. "
        "Skolan medverkar gärna i ett sådant möte.")

    doc.add_paragraph()
    doc.add_paragraph("Norberg 2024-11-08")
    doc.add_paragraph("Rektor, Centralskolan F–6")
    doc.save(OUT / f"{P}-08.docx")


if __name__ == "__main__":
    plan01(); plan02(); plan03(); plan04(); plan05(); plan06(); plan07(); plan08()
    for f in sorted(OUT.iterdir()):
        print(f.name, f.stat().st_size)
