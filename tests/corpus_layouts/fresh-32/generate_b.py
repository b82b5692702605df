#!/usr/bin/env python
"""Generate the f32b batch of fictional, anonymized SIP documents into plans/.

Run with python generate_b.py
Deterministic: fixed dates, no randomness; .docx zips are rewritten with fixed
timestamps; fpdf2 gets a fixed creation date.
"""
import datetime as dt
import os
import shutil
import subprocess
import tempfile
import textwrap
import zipfile

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
PREFIX = "f32b"
FIXED = dt.datetime(2025, 1, 1, 12, 0, 0)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def path(n, ext):
    return os.path.join(OUT, f"{PREFIX}-{n:02d}.{ext}")


# ---------------------------------------------------------------- helpers
def fix_docx(fn, when):
    """Rewrite a .docx zip with fixed timestamps so runs are byte-identical."""
    tmp = fn + ".tmp"
    with zipfile.ZipFile(fn) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = item.external_attr
            zout.writestr(zi, data)
    os.replace(tmp, fn)


def save_docx(doc, fn, author, when):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = when
    cp.modified = when
    cp.revision = 1
    doc.save(fn)
    fix_docx(fn, when)


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


def cell_text(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if i < len(lines) - 1:
            r.add_break()


def bold_par(doc, text, size=11, caps=False, space_before=10):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(space_before)
    p.paragraph_format.space_after = Pt(2)
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    if caps:
        r.font.small_caps = True
    return p


def soffice_pdf(src, outdir):
    prof = "file:///tmp/lo-f32b"
    subprocess.run(
        ["soffice", f"-env:UserInstallation={prof}", "--headless",
         "--convert-to", "pdf", "--outdir", outdir, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


# ---------------------------------------------------------------- 01 e-mail
def plan01():
    text = """Från: Karin, distriktssköterska, Vårdcentralen Kungsör
Skickat: den 24 april 2025 16:12
Till: SIP Gösta 24/4 (gruppmejl)
Kopia: Lena (dotter)
Ämne: Sammanfattning SIP-möte 2025-04-24 - Gösta

Hej alla,

Tack för i dag. Här kommer en sammanfattning av SIP-mötet som vi hade
hemma hos Gösta i eftermiddags, så att alla vet vad vi kom överens om.
Skriv till mig om ni tycker att jag har missat något eller uppfattat
något fel, så rättar jag och skickar ut igen.

Syftet med mötet var att få hemtjänsten, kommunens rehab och
vårdcentralen att jobba åt samma håll nu när Gösta har kommit hem från
ortopeden i Västerås efter höftoperationen, så att han kan bo kvar i
huset i Kungsör och inte behöver läggas in igen på grund av ett nytt
fall eller för att såret inte sköts.

Gösta var med under hela mötet och sa tydligt vad han vill. Han vill
inte ha fler besök än nödvändigt, men han förstår att han behöver hjälp
med dusch och stödstrumpor ett tag till. Med hans egna ord: "Jag vill
kunna gå ner till brevlådan och till Ica på egen hand innan midsommar,
och jag vill sova i min egen säng och inte i soffan." Han vill helst att
hemtjänsten kommer efter klockan åtta på morgonen. Samtycke till att vi
pratar med varandra om honom finns sedan tidigare.

Med på mötet var Gösta, hans dotter Lena, biståndshandläggaren,
arbetsterapeuten, fysioterapeuten, en undersköterska från hemtjänsten
och jag.

Det här kom vi överens om. Biståndshandläggaren fattar beslut om
hemtjänst senast fredag 2025-04-25, och Hemtjänst Kungsör norra börjar
med morgonbesök varje dag från och med måndag 2025-04-28, med hjälp med
stödstrumpor och frukost och hjälp vid dusch tisdagar och fredagar.
Fysioterapeuten från kommunens rehab kommer hem till Gösta två gånger i
veckan från och med 2025-05-05 och lägger upp ett träningsprogram för
gång och trappa som han sedan gör själv på dagarna, och hon tar med en
rollator för utomhusbruk vid första besöket. Arbetsterapeuten ordnar
toalettförhöjning och sänggrind och ser över om mattorna i hallen ska
bort, det blir så snart hjälpmedlen har kommit från hjälpmedelscentralen.
Jag själv kommer hem till Gösta på tisdagar från 2025-04-29 och lägger
om operationssåret tills det är läkt och tar agrafferna 2025-05-06, och
jag går igenom hans mediciner tillsammans med doktorn på vårdcentralen.

Lena handlar åt sin pappa en gång i veckan som hon gjort tidigare och
kör honom till återbesöket på ortopeden i Västerås 2025-06-10. Hon sa
också att hon ringer honom varje kväll och hör av sig till hemtjänsten
om något verkar fel.

Vi bokade ingen ny tid för att ses igen.

Hälsningar
Karin
Distriktssköterska, Vårdcentralen Kungsör
"""
    with open(path(1, "txt"), "wb") as f:
        f.write(text.encode("cp1252"))


# ---------------------------------------------------------------- 02 Din plan
def plan02():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(12)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    hp = sec.header.paragraphs[0]
    hp.text = "Arboga kommun, Barn- och utbildningsförvaltningen  ·  Region Västmanland, BUP"
    hp.runs[0].font.size = Pt(8)
    hp.runs[0].font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    fp = sec.footer.paragraphs[0]
    fp.text = "Din plan (SIP)  ·  upprättad 2025-02-11"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.runs[0].font.size = Pt(8)

    doc.add_heading("Din plan", level=0)
    p = doc.add_paragraph()
    p.add_run("Till: ").bold = True
    p.add_run("Alva, 15 år")
    p = doc.add_paragraph()
    p.add_run("Mötet var: ").bold = True
    p.add_run("tisdag 2025-02-11 på skolan")
    doc.add_paragraph(
        "Hej Alva! Här är det vi kom fram till på mötet. Vi har skrivit den till "
        "dig, så säg till om något inte stämmer med det du minns. Du får gärna "
        "visa planen för den du vill.")
    p = doc.add_paragraph()
    p.add_run("Med på mötet: ").bold = True
    p.add_run("du, mamma Sofia, Jonas, Elin och Petra.")

    doc.add_heading("Vad är viktigt för dig?", level=1)
    doc.add_paragraph("Det här sa du på mötet, med dina egna ord:")
    q = doc.add_paragraph(
        "”Jag vill kunna vara i skolan på förmiddagarna utan att få panik i "
        "korridoren. Och jag vill hinna ikapp i matten innan nian, så att jag "
        "kan söka natur.”")
    q.paragraph_format.left_indent = Cm(1)
    q.runs[0].italic = True
    doc.add_paragraph(
        "Du sa också att du inte vill att lärarna pratar om din frånvaro inför "
        "klassen, och att det är lättare att börja dagen i ett mindre rum än i "
        "det stora klassrummet. Du vill helst ha dina tider på BUP efter lunch "
        "så att du inte missar de förmiddagar du är i skolan.")

    doc.add_heading("Vad ska hända nu?", level=1)
    doc.add_paragraph(
        "Du börjar med tre förmiddagar i veckan i skolan och startar dagen i "
        "grupprummet på plan 2 tillsammans med din mentor. Du får extra hjälp i "
        "matte, och du kommer att träffa en psykolog på BUP för KBT, där ni "
        "jobbar med oron och med att våga gå till skolan fast det känns jobbigt. "
        "Mamma och pappa får träffa en familjebehandlare för att få tips om hur "
        "de kan stötta dig på morgnarna. Läkaren på BUP tittar på hur du sover.")

    doc.add_heading("Vem gör vad?", level=1)
    rows = [
        ("Vad", "Vem", "När"),
        ("Anpassat schema: skolan måndag, onsdag och torsdag kl. 8.30–11.30. "
         "Start i grupprummet på plan 2.", "Mentor klass 8B, Nybyskolan",
         "Från 2025-02-17"),
        ("Extra mattestöd i liten grupp, två lektioner i veckan",
         "Specialpedagog, Nybyskolan", "Från 2025-02-18"),
        ("Samtal med dig en gång i veckan om hur veckan har gått",
         "Skolkurator, Nybyskolan", "Fredagar från 2025-02-21"),
        ("KBT-samtal om oro och undvikande, varannan vecka efter lunch",
         "Psykolog, BUP Köping", "Första tid 2025-02-20"),
        ("Bedömning av sömnen och om du behöver medicin för att sova",
         "Läkare, BUP Köping", "2025-03-06"),
        ("Föräldrastöd till mamma och pappa, fyra träffar",
         "Familjebehandlare, Familjeenheten IFO Arboga", "Första träff 2025-02-25"),
        ("Väcker dig kl. 7.15 skoldagarna och kör dig till BUP",
         "Mamma", "Från 2025-02-17"),
        ("Skickar ett sms till kuratorn om en dag känns för tung, i stället för "
         "att bara stanna hemma", "Du själv", "Från 2025-02-17"),
    ]
    t = doc.add_table(rows=len(rows), cols=3)
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell_text(t.cell(i, j), val, bold=(i == 0), size=11)
            if i == 0:
                shade(t.cell(i, j), "D9E2F3")
    repeat_header(t.rows[0])
    t.autofit = False
    for j, w in enumerate([Cm(8.5), Cm(5), Cm(3.5)]):
        t.columns[j].width = w
    for r in t.rows:
        r.cells[0].width = Cm(8.5)
        r.cells[1].width = Cm(5)
        r.cells[2].width = Cm(3.5)

    doc.add_heading("Vem ser till att planen följs?", level=1)
    doc.add_paragraph(
        "Jonas, som är skolkurator på Nybyskolan, håller ihop planen. Han "
        "kollar att alla gör det de lovat och skickar kallelse till nästa möte. "
        "Du och mamma kan alltid höra av er till honom via skolans växel.")

    doc.add_heading("När ses vi igen?", level=1)
    doc.add_paragraph(
        "Tisdag 2025-04-08 kl. 14.00 i skolans konferensrum. Då pratar vi om "
        "hur det har gått och ändrar planen om något behöver bli annorlunda.")
    save_docx(doc, path(2, "docx"), "Nybyskolan elevhälsa", dt.datetime(2025, 2, 12, 9, 0))


# ---------------------------------------------------------------- 03 psychiatry record (fpdf2)
class JournalPDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "B", 9)
        self.cell(95, 5, "VårdJournal  –  Journalutskrift", border=0)
        self.set_font("DejaVu", "", 8)
        self.cell(0, 5, f"Utskriftsdatum 2024-10-03 09:14    Sida {self.page_no()} ({{nb}})",
                  border=0, align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(95, 4, "Region Västmanland  ·  Psykiatrisk klinik Västerås")
        self.cell(0, 4, "Utskriven av: ssk Maja", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_font("DejaVu", "", 8)
        self.cell(0, 5, "Patient: P.   Personnummer: XXXXXX-XXXX", border="B",
                  new_x="LMARGIN", new_y="NEXT")
        self.ln(3)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.cell(0, 5, "Utskrift ur patientjournal – hanteras enligt sekretess (OSL 25 kap.)",
                  align="C")


def plan03():
    pdf = JournalPDF(format="A4")
    pdf.set_creation_date(dt.datetime(2024, 10, 3, 9, 14, tzinfo=dt.timezone.utc))
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(18, 12, 18)
    pdf.add_page()

    def meta(label, value):
        pdf.set_font("DejaVu", "B", 9)
        pdf.cell(38, 5, label)
        pdf.set_font("DejaVu", "", 9)
        pdf.cell(0, 5, value, new_x="LMARGIN", new_y="NEXT")

    pdf.set_font("DejaVu", "B", 11)
    pdf.cell(0, 7, "2024-10-02 13:00   SIP – Samordnad individuell plan",
             new_x="LMARGIN", new_y="NEXT")
    meta("Vårdenhet:", "Psykiatrisk klinik Västerås, avd 54 (heldygnsvård)")
    meta("Anteckningstyp:", "SIP-anteckning")
    meta("Yrkesroll:", "Sjuksköterska")
    meta("Status:", "Signerad")
    pdf.ln(3)

    def kw(word, text):
        pdf.set_font("DejaVu", "B", 9.5)
        pdf.cell(0, 6, f"Sökord: {word}", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 9.5)
        for para in text.split("\n"):
            pdf.set_x(24)
            pdf.multi_cell(0, 5, para, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    kw("Aktuellt",
       "34-årig man med schizofreni, inlagd sedan 2024-09-12 efter försämring med "
       "hörselhallucinationer och utebliven medicinering. Bor ensam i hyreslägenhet i "
       "Köping. Hyresskulder sedan våren och obetalda räkningar, hyresvärden har "
       "aviserat uppsägning. Stabiliserad på depåinjektion. Planerad utskrivning "
       "2024-10-09.")
    kw("Syfte",
       "Syftet med SIP är att planera P:s utskrivning från avd 54 så att boendestöd, "
       "fortsatt depåbehandling och hjälp med skulderna finns på plats när han kommer "
       "hem till lägenheten i Köping, och att minska risken för återinläggning och för "
       "att han förlorar bostaden.")
    kw("Frågeställning", "Diskutera läget inför utskrivning.")
    kw("Samtycke",
       "Pat lämnade muntligt samtycke 2024-10-01 till att Vuxenpsykiatrin, "
       "Socialpsykiatrin Köping och budget- och skuldrådgivningen utbyter information "
       "inför och under SIP-mötet. Samtycket dokumenterat av ssk Maja samma dag.")
    kw("Deltagare",
       "P., patient\n"
       "Överläkare, Psykiatrisk klinik Västerås avd 54\n"
       "Maja, sjuksköterska/kontaktperson, avd 54\n"
       "Johan, sjuksköterska, fast vårdkontakt, Vuxenpsykiatrin Köping\n"
       "Lisa, biståndshandläggare, Socialpsykiatrin Köpings kommun\n"
       "Budget- och skuldrådgivare, Köpings kommun")
    kw("Patientens mål",
       "Pat:s mål är att kunna bo kvar i sin lägenhet och få ordning på ekonomin.")
    kw("Patientens synpunkter",
       "Pat deltog under hela mötet. Pat vill inte ha besök av boendestöd före kl 10 "
       "och vill själv hämta och öppna sin post, men med någon bredvid. Önskar att "
       "depåinjektionen ges på mottagningen i Köping och inte i Västerås. Pat uttrycker "
       "oro för att bli ensam i lägenheten de första dagarna.")
    kw("Planering",
       "- Depåinjektion var 14:e dag på Vuxenpsykiatrin Köping, första gången "
       "2024-10-16, ges av fast vårdkontakt ssk Johan.\n"
       "- Hembesök dagen efter utskrivning, ssk Johan, 2024-10-10.\n"
       "- Läkarbesök för uppföljning av läkemedel, läkare Vuxenpsykiatrin Köping, "
       "2024-11-06.\n"
       "- Boendestöd tre gånger i veckan (struktur, post, matinköp) från "
       "utskrivningsdagen.\n"
       "- Budget- och skuldrådgivning: genomgång av skulder och kontakt med hyresvärden "
       "om avbetalningsplan, budget- och skuldrådgivare Köpings kommun, första möte "
       "2024-10-14.")
    kw("Ansvar",
       "Kommunen ansvarar för boendestödet från utskrivningsdagen. Vuxenpsykiatrin "
       "Köping ansvarar för depåinjektion, hembesök och läkarbesök enligt ovan. "
       "Budget- och skuldrådgivningen ansvarar för skuldgenomgången enligt ovan.")
    kw("Övriga aktörer",
       "Pat har god man sedan 2023. Ärende hos Kronofogden finns.")
    kw("Huvudansvar",
       "Huvudansvarig för planen är fast vårdkontakt ssk Johan, Vuxenpsykiatrin Köping.")
    kw("Uppföljning",
       "Uppföljande SIP-möte 2024-11-13 kl 13.00 på Vuxenpsykiatrin Köping. "
       "Ssk Johan kallar.")
    pdf.ln(4)
    pdf.set_font("DejaVu", "", 9)
    pdf.cell(0, 5, "Signerad av: Maja, sjuksköterska, Psykiatrisk klinik Västerås avd 54"
             "   2024-10-02 16:05", border="T", new_x="LMARGIN", new_y="NEXT")
    pdf.output(path(3, "pdf"))


# ---------------------------------------------------------------- 04 Markdown intranet export
def plan04():
    text = """---
title: "SIP – Emil, 19 år"
date: 2024-11-04
author: "Socialtjänsten Sala, Vuxenenheten"
category: SIP
tags: [sip, beroende, vuxenenheten]
exported: 2024-11-06T10:22:00+01:00
---

# SIP – Emil, 19 år

*Exporterad från Intranätet Sala kommun › Vuxenenheten › Planer*

## Bakgrund

Emil är 19 år och bor i egen lägenhet i Sala sedan i somras. Han har använt
cannabis dagligen sedan första året på gymnasiet och har under hösten även
börjat använda tabletter (bensodiazepiner) som han köper via nätet. Han
avbröt gymnasiet i årskurs 3 och har ingen sysselsättning. Vårdcentralen Sala
remitterade i september till Beroendemottagningen Sala efter besök för
sömnsvårigheter och ångest. Socialtjänsten beviljade öppenvård i
oktober efter en ansökan.

## Syfte

Samordning av insatser.

## Frågeställningar

- Hur kan behandlingen på Beroendemottagningen kombineras med öppenvården hos
  socialtjänsten utan att Emil får dubbla samtal om samma sak?
- Behöver Emil en utredning av ADHD, och vem gör den i så fall?

## Samtycke

Emil har gett skriftligt samtycke till samverkan mellan socialtjänsten,
Beroendemottagningen Sala och Vårdcentralen Sala (blankett undertecknad
2024-11-04).

## Deltagare

| Namn | Funktion | Verksamhet |
|------|----------|------------|
| Emil | – | – |
| Sara | Socialsekreterare | Socialtjänsten Sala, Vuxenenheten |
| Peter | Sjuksköterska | Beroendemottagningen Sala, Region Västmanland |
| Fredrik | Behandlare | Öppenvården Sala kommun |
| Leila | Distriktsläkare | Vårdcentralen Sala, Region Västmanland |

## Emils delaktighet

Emil deltog i mötet.

## Insatser

- Fortsatt kontakt med Beroendemottagningen.
  **Ansvarig:** Regionen
  **När:** Löpande
- Stöd från öppenvården vid behov.
  **Ansvarig:** Kommunen
  **När:** Löpande
- Fortsatt kontakt med vårdcentralen kring sömnen.
  **Ansvarig:** Regionen
  **När:** Vid behov

## Huvudansvar

Socialtjänsten Sala.

## Uppföljning

Datum för uppföljning är inte fastställt.

---
*Senast ändrad 2024-11-06 av Vuxenenheten. Sidan är endast synlig för behöriga.*
"""
    with open(path(4, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# ---------------------------------------------------------------- 05 landscape Word plan
def plan05():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin = sec.bottom_margin = Cm(1.6)
    hp = sec.header.paragraphs[0]
    hp.text = "Hallstahammars kommun  |  Region Västmanland  |  SAMORDNAD INDIVIDUELL PLAN (SIP)"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Mall SIP liggande, version 2023-05  ·  Sekretess enligt OSL"
    fp.runs[0].font.size = Pt(7)

    t = doc.add_paragraph()
    r = t.add_run("SAMORDNAD INDIVIDUELL PLAN – SIP")
    r.bold = True
    r.font.size = Pt(16)

    info = doc.add_table(rows=3, cols=4)
    info.style = "Table Grid"
    vals = [("Namn", "M-L", "Personnummer", "ÅÅMMDD-XXXX"),
            ("Datum för möte", "2025-03-18", "Plats", "Vårdcentralen Hallstahammar"),
            ("Typ av plan", "☒ Ny plan   ☐ Uppföljning   ☐ Avslut", "", "")]
    for i, row in enumerate(vals):
        for j, v in enumerate(row):
            cell_text(info.cell(i, j), v, bold=(j % 2 == 0), size=9)
    m = info.cell(2, 1).merge(info.cell(2, 3))
    cell_text(m, "☒ Ny plan   ☐ Uppföljning   ☐ Avslut", size=9)

    bold_par(doc, "SYFTE MED PLANEN")
    doc.add_paragraph(
        "Syftet är att M-L ska få ett samlat stöd från vårdcentralen, Försäkringskassan, "
        "Arbetsförmedlingen och kommunen så att hon kan börja arbetsträna under våren utan "
        "att depressionen försämras, och att hon inte ska behöva berätta sin historia för "
        "varje myndighet var för sig.")

    bold_par(doc, "FRÅGESTÄLLNINGAR")
    doc.add_paragraph("Genomgång av nuläget.")

    bold_par(doc, "BAKGRUND")
    doc.add_paragraph(
        "M-L är 58 år, tidigare undersköterska inom hemtjänsten i Hallstahammar. Hon är "
        "sjukskriven på heltid sedan hösten 2023 för depression och utmattningssyndrom. "
        "Hon har fått sjukpenning i snart 550 dagar och Försäkringskassan ska pröva "
        "arbetsförmågan mot normalt förekommande arbete. Hon bor ensam och har en vuxen son "
        "i Västerås. Hon har ingen anställning att gå tillbaka till.")

    bold_par(doc, "M-L:S EGNA MÅL OCH ÖNSKEMÅL")
    doc.add_paragraph(
        "M-L var inte med på mötet. Rehabkoordinatorn pratade med henne i telefon "
        "2025-03-14 och hon sa då:")
    q = doc.add_paragraph(
        "”Jag vill tillbaka till något slags jobb, men inte inom vården igen. Och jag vill "
        "klara en hel förmiddag utan att behöva sova på eftermiddagen.”")
    q.paragraph_format.left_indent = Cm(1)
    q.runs[0].italic = True
    doc.add_paragraph(
        "Hon önskar att mötena med Arbetsförmedlingen kan hållas i Hallstahammar och inte "
        "i Västerås, eftersom bussresan tar mycket kraft.")

    bold_par(doc, "SAMTYCKE")
    doc.add_paragraph("Samtycke finns.")

    bold_par(doc, "INSATSER")
    head = ("Insats", "Huvudman", "Verksamhet", "Kontaktperson/funktion", "Från", "Till")
    rows = [
        ("Samtalsbehandling (KBT) för depression, 10 tillfällen", "Region Västmanland",
         "Vårdcentralen Hallstahammar", "Psykolog", "2025-03-25", "2025-06-10"),
        ("Läkemedelsuppföljning och läkarintyg", "Region Västmanland",
         "Vårdcentralen Hallstahammar", "Ahmed, distriktsläkare", "2025-04-08", "2025-09-30"),
        ("Rehabkoordinering, kontakt med FK och AF om arbetsträning", "Region Västmanland",
         "Vårdcentralen Hallstahammar", "Tove, rehabkoordinator", "2025-03-18", "2025-09-30"),
        ("Avstämningsmöte om arbetsförmåga och fortsatt sjukpenning", "Staten",
         "Försäkringskassan", "Handläggare sjukpenning", "2025-04-15", "2025-04-15"),
        ("Inskrivning och kartläggning, ev. Rusta och matcha", "Staten",
         "Arbetsförmedlingen Västerås (möten i Hallstahammar)", "Arbetsförmedlare",
         "2025-04-22", "2025-08-29"),
        ("Arbetsträning 25 % i kommunens verksamhet, stegras efter avstämning",
         "Hallstahammars kommun", "Arbetsmarknadsenheten Jobbcentrum",
         "Arbetskonsulent", "2025-05-05", "2025-08-29"),
        ("Egen aktivitet: promenad 30 min varje dag och sömndagbok som tas med till "
         "psykologen", "–", "M-L själv", "M-L", "2025-03-19", "2025-06-10"),
    ]
    tb = doc.add_table(rows=len(rows) + 1, cols=6)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(8.0), Cm(3.4), Cm(5.2), Cm(4.4), Cm(2.2), Cm(2.2)]
    for j, h in enumerate(head):
        cell_text(tb.cell(0, j), h, bold=True, size=9)
        shade(tb.cell(0, j), "E2EFDA")
    repeat_header(tb.rows[0])
    for i, row in enumerate(rows, start=1):
        for j, v in enumerate(row):
            cell_text(tb.cell(i, j), v, size=9)
    tb.autofit = False
    for j, w in enumerate(widths):
        tb.columns[j].width = w
    for r in tb.rows:
        for j, w in enumerate(widths):
            r.cells[j].width = w

    bold_par(doc, "DELTAGARE VID MÖTET")
    for line in ["Tove, rehabkoordinator, Vårdcentralen Hallstahammar",
                 "Psykolog, Vårdcentralen Hallstahammar",
                 "Kerstin",
                 "Handläggare, Försäkringskassan",
                 "Jonna",
                 "Arbetskonsulent, Arbetsmarknadsenheten Jobbcentrum, Hallstahammars kommun"]:
        doc.add_paragraph(line, style="List Bullet")

    bold_par(doc, "UPPFÖLJNING")
    doc.add_paragraph("Planen följs upp i juni 2025.")

    save_docx(doc, path(5, "docx"), "Vårdcentralen Hallstahammar", dt.datetime(2025, 3, 19, 8, 30))


# ---------------------------------------------------------------- 06 LSS text export
def plan06():
    W = 72
    out = []

    def line(s=""):
        out.append(s)

    def lv(label, value, ind=20):
        lab = (label + ":").ljust(ind)
        wrapped = textwrap.wrap(value, width=W - ind, break_on_hyphens=False) or [""]
        out.append((lab + wrapped[0]).rstrip())
        for w in wrapped[1:]:
            out.append(" " * ind + w)

    line("=" * W)
    line("SURAHAMMARS KOMMUN - Socialförvaltningen")
    line("LSS och socialpsykiatri                       Utskrift 2024-09-19 08:47")
    line("=" * W)
    line("SAMORDNAD INDIVIDUELL PLAN (SIP)")
    line("-" * W)
    lv("Person", "K.")
    lv("Personnummer", "XXXXXX-XXXX")
    lv("Mötesdatum", "2024-09-17 kl 09.30-11.00")
    lv("Plats", "Gruppbostaden Björken, Surahammar")
    lv("Syfte", "Samordning.")
    lv("Bakgrund",
       "K. är 23 år och har autism och återkommande ångest. Han bor sedan 2022 i "
       "gruppbostad enligt LSS 9 § 9 och har daglig verksamhet på Verkstaden fyra "
       "dagar i veckan. Under sommaren har K. haft flera utbrott på boendet, oftast "
       "sena eftermiddagar, och han har sökt psykiatrisk akutmottagning i Västerås "
       "två gånger. Personalen har sett att han inte tar sin medicin regelbundet.")
    lv("Frågeställningar",
       "1) Hur ska K:s eftermiddagar se ut när daglig verksamhet slutar kl 14 och "
       "det är färre personal på boendet? 2) Vem följer upp att K. tar sin "
       "medicin, och behövs dosett och delegering?")
    lv("Mål",
       "Målet är att K. ska ha en förutsägbar vardag med färre utbrott och inga "
       "besök på akuten under hösten.")
    lv("Delaktighet", "K. deltog i mötet under den första halvtimmen.")
    lv("Informationsutbyte",
       "K. sa på mötet 2024-09-17 att det går bra att boendet, daglig "
       "verksamhet och psykiatrin pratar med varandra om honom och lämnar "
       "uppgifter till varandra inför mötena. Muntligt, antecknat av "
       "LSS-handläggaren.")
    line("-" * W)
    line("INSATSER")
    line("-" * W)
    lv("Insats 1",
       "Veckoschema med bildstöd för eftermiddagar och helger tas fram "
       "tillsammans med K.")
    lv("  Ansvarig", "Enhetschef, Gruppbostaden Björken")
    lv("  Tid", "Klart senast 2024-10-01")
    lv("Insats 2",
       "Läkemedelsgenomgång och ställningstagande till dosett och delegering "
       "till boendepersonalen.")
    lv("  Ansvarig", "Läkare, Psykiatriska öppenvårdsmottagningen Västerås")
    lv("  Tid", "2024-10-15")
    lv("Insats 3",
       "Anpassat schema på daglig verksamhet med lugnare arbetsuppgifter efter "
       "lunch och förvarning innan dagen slutar.")
    lv("  Ansvarig", "Arbetsledare, Daglig verksamhet Verkstaden")
    lv("  Tid", "")
    lv("Insats 4",
       "Stödsamtal om ångest och vad K. kan göra när det blir för mycket, "
       "varannan vecka.")
    lv("  Ansvarig", "Kurator, Psykiatriska öppenvårdsmottagningen Västerås")
    lv("  Tid", "Från 2024-09-30")
    line("-" * W)
    lv("Övriga aktörer",
       "K. har god man. Föräldrarna är ett viktigt stöd för K.")
    lv("Huvudansvarig", "")
    lv("Uppföljning", "Vecka 50")
    lv("Deltagare", "Se närvarolista i akten.")
    line("=" * W)
    line("Slut på utskrift                                              Sida 1/1")
    data = "\r\n".join(out) + "\r\n"
    for l in out:
        assert len(l) <= W, l
    with open(path(6, "txt"), "wb") as f:
        f.write(data.encode("utf-8"))


# ---------------------------------------------------------------- 07 follow-up via LibreOffice
def plan07(tmpdir):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Norbergs kommun, Socialpsykiatrin  ·  Region Västmanland, Vuxenpsykiatrin Fagersta"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "SIP uppföljning – mall 2022"
    fp.runs[0].font.size = Pt(8)

    doc.add_heading("Uppföljning av samordnad individuell plan (SIP)", level=1)
    p = doc.add_paragraph()
    p.add_run("Namn: ").bold = True
    p.add_run("A.        ")
    p.add_run("Personnummer: ").bold = True
    p.add_run("ÅÅMMDD-XXXX")
    p = doc.add_paragraph()
    p.add_run("Datum för uppföljningsmöte: ").bold = True
    p.add_run("2024-09-24")
    p = doc.add_paragraph()
    p.add_run("Gäller plan upprättad: ").bold = True
    p.add_run("2024-03-12")
    doc.add_paragraph("☒ Planen fortsätter    ☐ Planen avslutas")

    rows = [
        ("Syfte", "Se plan 2024-03-12"),
        ("Frågeställningar", "Oförändrat"),
        ("A:s egna mål", "Oförändrat"),
        ("A:s delaktighet", "Oförändrat"),
        ("Samtycke", "Se plan 2024-03-12"),
        ("Pågående insatser", "Oförändrat"),
        ("Nya insatser / förändringar",
         "Boendestödjaren följer med A. till läkemedelsgenomgången på Vuxenpsykiatrin "
         "Fagersta 2024-10-08 och hjälper henne efteråt att föra in tiderna för "
         "litiumprovtagning i kalendern i mobilen.\n"
         "Ansvarig: boendestödjare, Boendestöd Norberg (socialpsykiatrin)\n"
         "Datum: 2024-10-08"),
        ("Övriga aktörer", "Oförändrat"),
        ("Huvudansvarig för planen", "Socialpsykiatrin Norberg (oförändrat)"),
        ("Deltagare", "Boendestödjare, sjuksköterska, biståndshandläggare, kurator"),
        ("Nästa uppföljning", "–"),
    ]
    tb = doc.add_table(rows=len(rows) + 1, cols=2)
    tb.style = "Table Grid"
    cell_text(tb.cell(0, 0), "Område", bold=True)
    cell_text(tb.cell(0, 1), "Vid uppföljningen", bold=True)
    shade(tb.cell(0, 0), "D9D9D9")
    shade(tb.cell(0, 1), "D9D9D9")
    repeat_header(tb.rows[0])
    for i, (k, v) in enumerate(rows, start=1):
        cell_text(tb.cell(i, 0), k, bold=True)
        cell_text(tb.cell(i, 1), v)
    tb.autofit = False
    tb.columns[0].width = Cm(5)
    tb.columns[1].width = Cm(11)
    for r in tb.rows:
        r.cells[0].width = Cm(5)
        r.cells[1].width = Cm(11)

    doc.add_paragraph()
    doc.add_paragraph("Antecknat av: biståndshandläggare, Norbergs kommun   2024-09-24")
    src = os.path.join(tmpdir, f"{PREFIX}-07.docx")
    save_docx(doc, src, "Socialpsykiatrin Norberg", dt.datetime(2024, 9, 24, 15, 0))
    soffice_pdf(src, tmpdir)
    shutil.copy(os.path.join(tmpdir, f"{PREFIX}-07.pdf"), path(7, "pdf"))


# ---------------------------------------------------------------- 08 invitation (not a plan)
def plan08():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Skinnskattebergs kommun\tSocialtjänsten, Individ- och familjeomsorgen"
    hp.runs[0].font.size = Pt(9)

    doc.add_paragraph("2025-05-06").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_heading("Kallelse till SIP-möte", level=1)
    doc.add_paragraph(
        "Du/ni kallas härmed till ett möte om samordnad individuell plan (SIP) för "
        "Noah, 12 år. Vårdnadshavare har gett sitt medgivande till att mötet hålls. "
        "Planen skrivs tillsammans på mötet.")
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([("Datum och tid", "Tisdag 2025-05-20 kl. 09.00–10.30"),
                                ("Plats", "Kommunhuset i Skinnskatteberg, sammanträdesrum Hyttan"),
                                ("Sammankallande", "Socialsekreterare, IFO Skinnskatteberg")]):
        cell_text(t.cell(i, 0), k, bold=True)
        cell_text(t.cell(i, 1), v)

    doc.add_heading("Kallade", level=2)
    for s in ["Noah och vårdnadshavare (mamma och pappa)",
              "Socialsekreterare, IFO Skinnskatteberg",
              "Psykolog, BUP Västerås",
              "Mentor och skolkurator, Skinnskattebergs skola",
              "Sjuksköterska, Vårdcentralen Skinnskatteberg"]:
        doc.add_paragraph(s, style="List Bullet")

    doc.add_heading("Dagordning", level=2)
    for s in ["Presentation av deltagarna",
              "Varför vi träffas och hur ett SIP-möte går till",
              "Noahs och föräldrarnas bild av läget",
              "Varje verksamhet berättar kort om sin kontakt",
              "Vi skriver planen tillsammans",
              "Vem håller ihop planen",
              "Tid för uppföljning"]:
        doc.add_paragraph(s, style="List Number")

    doc.add_paragraph(
        "Meddela om du inte kan komma, eller om du vill att mötet hålls digitalt, senast "
        "2025-05-15 via kommunens växel. Barnet är välkommet att vara med hela eller delar "
        "av mötet.")
    doc.add_paragraph("Välkomna!")
    doc.add_paragraph("Hälsningar\nEmma\nSocialsekreterare, IFO Skinnskatteberg")
    save_docx(doc, path(8, "docx"), "IFO Skinnskatteberg", dt.datetime(2025, 5, 6, 10, 0))


def main():
    os.makedirs(OUT, exist_ok=True)
    plan01()
    plan02()
    plan03()
    plan04()
    plan05()
    plan06()
    with tempfile.TemporaryDirectory() as tmp:
        plan07(tmp)
    plan08()
    print("done:", sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()
