#!/usr/bin/env python3
"""Generate the dev-b batch of fictional, anonymized SIP plans (prefix "db").

Run with ../../../.venv/bin/python generate.py. Writes plans/db-NN.ext.
Deterministic: fixed dates in the documents, fixed zip timestamps in .docx,
fixed creation date in fpdf2 PDFs. PDFs "printed" from Word/HTML are made
with LibreOffice using a private profile (/tmp/lo-db).
"""
import datetime
import os
import re
import shutil
import subprocess
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
PLANS = os.path.join(HERE, "plans")
BUILD = os.path.join(HERE, "build")
FIXED = datetime.datetime(2025, 3, 3, 9, 0, 0)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


# ----------------------------------------------------------------- helpers
def out(name):
    return os.path.join(PLANS, name)


def new_doc(font="Calibri", size=11, author="Handläggare"):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    for hs in ("Heading 1", "Heading 2", "Heading 3", "Title"):
        s = d.styles[hs]
        s.font.name = font
        r = s.element.get_or_add_rPr()
        rf = r.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts")
            r.append(rf)
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rf.set(qn(a), font)
        for a in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
            if rf.get(qn(a)) is not None:
                del rf.attrib[qn(a)]
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(2.2)
        s.top_margin = Cm(2.0)
        s.bottom_margin = Cm(2.0)
    return d


def save_docx(d, path):
    d.save(path)
    # rewrite the zip with fixed timestamps so every run gives the same bytes
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 3, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def to_pdf(src, outname):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo-db", "--headless",
         "--convert-to", "pdf", "--outdir", BUILD, src],
        check=True, timeout=240, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    produced = os.path.join(BUILD, os.path.splitext(os.path.basename(src))[0] + ".pdf")
    shutil.move(produced, out(outname))
    # same-length byte edits so the xref table stays valid: fixed date and file id
    with open(out(outname), "rb") as f:
        data = f.read()
    data = re.sub(rb"/CreationDate\(D:\d{14}", b"/CreationDate(D:20250303090000", data)
    data = re.sub(rb"<[0-9A-F]{32}>", lambda m: b"<" + b"0" * 32 + b">", data)
    data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, data)
    with open(out(outname), "wb") as f:
        f.write(data)


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


def set_cell(cell, text, bold=False, size=None, italic=False, color=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
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


def add_table(d, header, rows, widths=None, fill="D9E2F3", size=None, style="Table Grid"):
    t = d.add_table(rows=1, cols=len(header))
    t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.LEFT
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        set_cell(c, h, bold=True, size=size)
        if fill:
            shade(c, fill)
    repeat_header(t.rows[0])
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v, size=size)
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


def bold_par(d, text, size=None, color=None, space_before=10, small_caps=False):
    p = d.add_paragraph()
    p.paragraph_format.space_before = Pt(space_before)
    p.paragraph_format.space_after = Pt(2)
    p.paragraph_format.keep_with_next = True
    r = p.add_run(text)
    r.bold = True
    r.font.small_caps = small_caps
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return p


def par(d, text, italic=False, size=None, style=None, color=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    r = p.add_run(text)
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor.from_string(color)
    return p


def label_par(d, label, value):
    p = d.add_paragraph()
    p.paragraph_format.space_after = Pt(2)
    r = p.add_run(label)
    r.bold = True
    p.add_run(value)
    return p


def bullets(d, items, style="List Bullet"):
    for it in items:
        d.add_paragraph(it, style=style)


def heading(d, text, level=1, color=None):
    h = d.add_heading(text, level=level)
    if color:
        for r in h.runs:
            r.font.color.rgb = RGBColor.from_string(color)
    return h


def header_footer(section, head=None, foot=None, size=8):
    if head is not None:
        p = section.header.paragraphs[0]
        p.text = ""
        r = p.add_run(head)
        r.font.size = Pt(size)
        r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    if foot is not None:
        p = section.footer.paragraphs[0]
        p.text = ""
        r = p.add_run(foot)
        r.font.size = Pt(size)
        r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)


def sdt_placeholder(d, text="Klicka eller tryck här för att ange text.", tag=None):
    """An empty Word content control showing its placeholder text."""
    p = d.add_paragraph()
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    if tag:
        al = OxmlElement("w:alias")
        al.set(qn("w:val"), tag)
        pr.append(al)
        tg = OxmlElement("w:tag")
        tg.set(qn("w:val"), tag)
        pr.append(tg)
    ph = OxmlElement("w:placeholder")
    dp = OxmlElement("w:docPart")
    dp.set(qn("w:val"), "DefaultPlaceholder_-1854013440")
    ph.append(dp)
    pr.append(ph)
    pr.append(OxmlElement("w:showingPlcHdr"))
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    col = OxmlElement("w:color")
    col.set(qn("w:val"), "808080")
    rpr.append(col)
    r.append(rpr)
    t = OxmlElement("w:t")
    t.text = text
    r.append(t)
    content.append(r)
    sdt.append(content)
    p._p.append(sdt)
    return p


def wrap(text, width=76):
    """Wrap each blank-line separated paragraph; keep lines that start with
    '- ', '* ' or look like 'Label:' lines as they are."""
    outp = []
    for block in text.strip("\n").split("\n\n"):
        lines = block.split("\n")
        if len(lines) == 1 and not lines[0].startswith(("- ", "* ", "  ")):
            outp.append(textwrap.fill(lines[0], width))
        else:
            new = []
            for ln in lines:
                if ln.startswith(("- ", "* ")) and len(ln) > width:
                    new.append(textwrap.fill(ln, width, subsequent_indent="  "))
                elif len(ln) > width and not ln.startswith("  "):
                    new.append(textwrap.fill(ln, width))
                else:
                    new.append(ln)
            outp.append("\n".join(new))
    return "\n\n".join(outp) + "\n"


def write_text(name, text, encoding="utf-8", crlf=False):
    if crlf:
        text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    with open(out(name), "wb") as f:
        f.write(text.encode(encoding))


# ====================================================== 1. child "Min plan"
def db01():
    """Min plan, docx with heading styles; Alva 10 y, school refusal, Köping."""
    d = new_doc("Calibri", 12, author="Elevhälsan")
    s = d.sections[0]
    header_footer(s, "Köpings kommun  ·  Region Västmanland  ·  Samordnad individuell plan (SIP)",
                  "Min plan  ·  Mötet hölls 2024-09-17 på Karlbergsskolan, Köping")
    t = d.add_paragraph(style="Title")
    t.add_run("Min plan")
    par(d, "För dig, Alva, 10 år. Den här planen skrev vi tillsammans på mötet den 17 september 2024.",
        italic=True)
    C = "1F6F8B"
    heading(d, "Varför har vi det här mötet?", 1, C)
    par(d, "Sedan i våras har det varit svårt för dig att gå till skolan. Du får ont i magen på "
           "morgnarna och blir så orolig att du ibland stannar hemma flera dagar i rad. Den här "
           "terminen har du varit i skolan ungefär halva tiden. Vi har mötet för att skolan, BUP "
           "och socialtjänsten ska hjälpas åt, så att du kan börja gå till din klass igen och må "
           "bättre på morgnarna.")
    heading(d, "Vad ska vi prata om idag?", 1, C)
    par(d, "Prata om hur det är just nu.")
    heading(d, "Det här är viktigt för mig", 1, C)
    bullets(d, ["”Jag vill kunna gå till skolan utan att få ont i magen.”",
                "”Jag vill vara med Elsa och Nora på rasterna.”",
                "”Jag vill inte att alla i klassen ska titta på mig när jag kommer in sent.”"])
    par(d, "Du tycker om att rita, att bada och att vara med din katt Sixten.")
    heading(d, "Så här tycker jag", 1, C)
    par(d, "Du var med på första delen av mötet tillsammans med mamma och pappa. Du berättade att "
           "det är jobbigast på morgonen innan du går hemifrån, och i matsalen där det är mycket "
           "ljud. Du vill att din lärare ska veta när du har en dålig dag utan att du behöver säga "
           "det inför de andra. Du sa också att det känns bättre om du får komma in i skolan innan "
           "alla andra kommer.")
    heading(d, "Det här ska vi göra", 1, C)
    add_table(d, ["Vad?", "Vem gör det?", "När?"], [
        ("Samtal om oron och om vad du kan göra när det känns jobbigt i kroppen (KBT).",
         "Psykolog på BUP Köping", "Varannan onsdag kl. 15.00, första gången 25 september"),
        ("Du börjar skoldagen i det lilla grupprummet tillsammans med en vuxen och går sedan "
         "till klassen.", "Elevassistent och specialpedagog på Karlbergsskolan",
         "Varje skoldag från vecka 39"),
        ("Du får äta lunch i ett lugnare rum tillsammans med två kompisar.",
         "Mentor på Karlbergsskolan", ""),
        ("Socialtjänsten tar reda på om er familj kan få träffa en familjebehandlare hemma.",
         "Familjeenheten, socialtjänsten i Köping", "Besked senast 15 oktober"),
    ], widths=[7.5, 5.0, 4.3], fill="DDEFF5")
    heading(d, "Sammankallande och huvudansvarig", 1, C)
    par(d, "Skolan håller ihop planen. Det är skolan som kallar till nästa möte och ser till att "
           "alla gör det vi har bestämt.")
    heading(d, "Vi som var med", 1, C)
    bullets(d, ["Du, Alva (första halvtimmen)", "Mamma Sara", "Pappa Daniel", "Lisa", "Karin",
                "Jonas", "Amira"])
    heading(d, "När ses vi igen?", 1, C)
    par(d, "Efter höstlovet. Du och dina föräldrar får en kallelse hem.")
    save_docx(d, out("db-01.docx"))


def db02():
    """Min plan, docx without heading styles (bold small caps paragraphs), child absent;
    Elin 14 y, autism, LSS korttids, Sala."""
    d = new_doc("Arial", 11, author="LSS-enheten")
    s = d.sections[0]
    header_footer(s, "Sala kommun, Vård och omsorg – LSS  |  SIP", "Sida 1")
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Min plan")
    r.bold = True
    r.font.size = Pt(24)
    r.font.small_caps = True
    r.font.color.rgb = RGBColor(0x6A, 0x3D, 0x9A)
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Elin, 14 år  ·  Möte 2024-09-05 på LSS-enheten i Sala")
    P = "6A3D9A"
    bold_par(d, "Var du med på mötet?", 13, P, small_caps=True)
    par(d, "☐ Ja   ☒ Nej")
    par(d, "Mamma berättade på mötet hur du har det och vad du tycker.")
    bold_par(d, "Varför träffas vi?", 13, P, small_caps=True)
    par(d, "För att alla som hjälper dig ska samarbeta.")
    bold_par(d, "Det här vill vi prata om", 13, P, small_caps=True)
    par(d, "Skriv här …", italic=True, color="808080")
    bold_par(d, "Det här är viktigt för mig", 13, P, small_caps=True)
    par(d, "Elin tycker om att vara hemma med sina kaniner och att rita manga. Hon blir väldigt "
           "trött efter skolan och behöver vara ifred en stund när hon kommer hem. Elin vill gärna "
           "fortsätta att vara på korttids, men bara om hon får ha samma rum varje gång. Hon vill "
           "kunna sova hela nätter.")
    bold_par(d, "Får vi prata med varandra om dig?", 13, P, small_caps=True)
    par(d, "Ja. Mamma och pappa har skrivit under blanketten om samtycke den 2 september 2024, och "
           "du sa ja till Hanna när hon träffade dig i augusti.")
    bold_par(d, "Det här ska vi göra", 13, P, small_caps=True)
    add_table(d, ["Vad händer?", "Vem gör det?", "När?"], [
        ("Korttidsvistelse på korttidshemmet Solrosen, samma rum varje gång",
         "LSS-handläggare och personalen på Solrosen, Sala kommun",
         "Varannan helg fredag–söndag, från 13 september 2024"),
        ("Träffar om sömn, kvällsrutiner och bildschema",
         "Arbetsterapeut, Habiliteringen Västerås (Region Västmanland)",
         "Tre träffar i oktober, den första 3 oktober"),
        ("Kortare skoldagar (slutar kl. 13) och en egen plats i klassrummet",
         "Mentor och specialpedagog, Ekebyskolan i Sala",
         "Från vecka 38 och hela höstterminen"),
        ("Läkarbesök om sömnen och om medicin kan hjälpa",
         "Läkare, BUP Västerås", "21 oktober 2024 kl. 10.30"),
    ], widths=[6.2, 5.8, 4.6], fill="E8DDF3")
    bold_par(d, "Vem håller ihop planen?", 13, P, small_caps=True)
    par(d, "Socialtjänsten i Sala.")
    bold_par(d, "När ses vi igen?", 13, P, small_caps=True)
    par(d, "Datum: ____________    Tid: ________    Plats: ____________________")
    bold_par(d, "Vi som var med", 13, P, small_caps=True)
    add_table(d, ["Namn", "Jobbar som", "Var"], [
        ("Mamma Lena", "", ""),
        ("Pappa Tomas", "", ""),
        ("Hanna", "LSS-handläggare", "Socialtjänsten, Sala kommun"),
        ("Fredrik", "Mentor", "Ekebyskolan, Sala"),
        ("Sofia", "Arbetsterapeut", "Habiliteringen Västerås, Region Västmanland"),
        ("Maria", "Sjuksköterska", "BUP Västerås, Region Västmanland"),
    ], widths=[4.0, 4.5, 8.0], fill="E8DDF3")
    save_docx(d, out("db-02.docx"))


def db03():
    """Min plan, hand-written Markdown; Noah 7 y, ADHD, Arboga."""
    text = """# Min plan

*Samordnad individuell plan – för dig, Noah, 7 år*

Mötet var 2024-11-12 på Familjecentralen i Arboga.

## Varför har vi det här mötet?

Du har massor av energi, och i skolan är det svårt för dig att sitta still och vänta på din tur. \
På kvällarna har du svårt att somna, och hemma blir det ofta bråk på morgnarna innan skolan. \
Vi som jobbar med dig vill hjälpas åt så att dina dagar i skolan och hemma blir lugnare, och så \
att alla vet vem som gör vad.

## Vad vill vi prata om?

_(fylls i före mötet)_

## Det här är viktigt för dig

Vi vill att du ska få må bra i skolan och kunna sova bättre. Målet är att Noah ska klara en hel \
skoldag i klassrummet och att morgnarna hemma ska fungera.

## Var du med?

Du var med i början av mötet och byggde med lego medan vi pratade.

## Får vi prata med varandra om dig?

Dina föräldrar tycker att det är okej att vi pratar med varandra om dig.

## Det här ska vi göra

| Vad | Vem | När |
|---|---|---|
| Ny tid för att följa upp medicinen och hur du sover | Läkare, BUP Köping | 2024-12-03 kl. 09.00 |
| Bildschema för morgonen och kvällen | Arbetsterapeut, BUP Köping | Klart före jullovet, senast 2024-12-18 |
| Föräldrautbildning (Komet), åtta tisdagskvällar | Familjecentralen Arboga, socialtjänsten | Start 2025-01-21 |
| Mamma och pappa använder bildschemat varje morgon och kväll | Mamma och pappa | Varje dag när schemat är klart |
| Pauser och en lugn plats i klassrummet | Skolan | |

## Vem håller ihop planen?

…

## När ses vi igen?

Datum: ÅÅÅÅ-MM-DD

## Vi som var med

Mamma, pappa, Noah (en stund), Pia, Ahmed, Sanna och Leo.
"""
    write_text("db-03.md", text)


def db04():
    """Min plan, docx -> PDF via LibreOffice; Theo 16 y, cannabis, Västerås."""
    d = new_doc("Arial", 11, author="Ungdomsenheten")
    s = d.sections[0]
    header_footer(s, "Västerås stad, Ungdomsenheten  ·  Region Västmanland  ·  SIP",
                  "Min plan – Theo  ·  upprättad 2024-11-12")
    G = "2E7D32"
    p = d.add_paragraph()
    r = p.add_run("Min plan")
    r.bold = True
    r.font.size = Pt(26)
    r.font.color.rgb = RGBColor.from_string(G)
    par(d, "Theo, 16 år. Vi träffades på Ungdomsenheten i Västerås den 12 november 2024.")
    heading(d, "Varför har vi det här mötet?", 2, G)
    par(d, "För att vi ska få en gemensam bild och samordna stödet.")
    heading(d, "Det här har du och vi funderat på inför mötet", 2, G)
    bullets(d, ["Hur kan du få hjälp med att sluta röka cannabis utan att behöva vara borta från "
                "skolan så mycket?",
                "Behöver du träffa någon på BUP för sömnen och nedstämdheten, eller räcker det med "
                "samtalen på Mini-Maria?"])
    heading(d, "Det här är viktigt för mig", 2, G)
    bullets(d, ["”Jag vill sluta röka på och klara första året på gymnasiet.”",
                "”Jag vill att mamma ska sluta tjata och lita på mig igen.”",
                "”Jag vill kunna sova på nätterna.”"])
    heading(d, "Det här tyckte du på mötet", 2, G)
    par(d, "Du var med hela mötet. Du sa att du vill ha färre möten och helst träffa samma person "
           "varje gång. Du tycker att det är okej med urinprov om det leder till att mamma slutar "
           "fråga hela tiden. Du vill inte byta skola.")
    heading(d, "Det här ska vi göra", 2, G)
    add_table(d, ["Vad", "Vem", "När"], [
        ("Samtal om cannabis och urinprov", "Behandlare, Mini-Maria Västerås",
         "Varje torsdag kl. 16.00 från 14 november"),
        ("Anpassad studieplan och mentorssamtal", "Mentor, Wenströmska gymnasiet",
         "Varannan måndag från vecka 47"),
        ("Bedömning av sömn och nedstämdhet", "Sjuksköterska, BUP Västerås", ""),
        ("Utredningen hos socialtjänsten avslutas och vi bestämmer om du ska få en kontaktperson",
         "Amir, socialsekreterare, Ungdomsenheten", "Klart senast 20 december 2024"),
    ], widths=[7.0, 5.5, 4.3], fill="DCEFDC")
    par(d, "")
    par(d, "Din farbror har sagt att han gärna vill vara ett stöd för dig.")
    heading(d, "Sammankallande och huvudansvarig", 2, G)
    par(d, "Amir, socialsekreterare på Ungdomsenheten, Socialtjänsten Västerås stad. Han kallar till "
           "nästa möte och håller ihop planen.")
    heading(d, "När ses vi igen?", 2, G)
    par(d, "Tisdag 14 januari 2025 kl. 13.00 på Ungdomsenheten.")
    heading(d, "Vi som var med", 2, G)
    par(d, "Du, mamma, Amir, Jenny, Oskar och Malin.")
    src = os.path.join(BUILD, "db-04.docx")
    save_docx(d, src)
    to_pdf(src, "db-04.pdf")


# ======================================================= 2. jag-form plans
def db05():
    """Jag-form, docx; Jonna 34 y, bipolar disorder and debts, Fagersta."""
    d = new_doc("Georgia", 11, author="Jonna")
    s = d.sections[0]
    header_footer(s, "Min SIP", "Skriven 2024-10-22")
    heading(d, "Min plan för samordnat stöd", 0)
    par(d, "Jag heter Jonna och är 34 år. Jag har skrivit den här planen själv, med stöd av Sara, "
           "efter vårt SIP-möte den 22 oktober 2024 i Fagersta.", italic=True)
    heading(d, "Varför jag vill ha en SIP", 1)
    par(d, "Jag har bipolär sjukdom och var inlagd på avdelningen i Västerås i juli. Nu har jag "
           "skulder på ungefär 180 000 kr, mest gamla hyror och sms-lån, och breven från "
           "Kronofogden gör mig så stressad att jag slutar sova. Jag har svårt att hålla ordning på "
           "alla kontakter med psykiatrin, socialtjänsten och kommunen. Jag vill att alla som "
           "hjälper mig vet om varandra, så att jag inte blir sjuk igen och så att jag slipper "
           "berätta samma sak många gånger.")
    heading(d, "Jag vill …", 1)
    bullets(d, ["Jag vill bo kvar i min lägenhet.",
                "Jag vill få ordning på mina skulder, och ha en plan för dem före nästa jul.",
                "Jag vill börja göra något på dagarna, kanske på Fontänhuset, två dagar i veckan.",
                "Jag vill inte bli inlagd igen."])
    heading(d, "Det här hjälper mig", 1)
    bullets(d, ["Att jag sover minst sju timmar och går och lägger mig samma tid varje kväll.",
                "Att någon öppnar posten tillsammans med mig, så att jag inte lägger den i en låda.",
                "Promenader med hunden, och att min syster ringer på söndagar."])
    heading(d, "Det här ska hända", 1)
    bullets(d, ["Min case manager på Psykiatriska öppenvården Fagersta träffar mig varannan vecka, "
                "på onsdagar kl. 10.",
                "Budget- och skuldrådgivningen i Fagersta kommun hjälper mig att ansöka om "
                "skuldsanering. Första träffen är 5 november 2024.",
                "Boendestödet från Socialpsykiatrin kommer hem till mig och hjälper mig med posten "
                "och räkningarna.",
                "Min läkare på Psykiatriska öppenvården följer upp litiumet med blodprov "
                "4 december 2024.",
                "Jag tar min medicin varje kväll och ringer psykiatrin själv om jag sover mindre än "
                "fem timmar två nätter i rad.",
                "Min syster Maja följer med mig när jag ska till Kronofogden och hjälper mig att "
                "ringa hyresvärden i november."])
    heading(d, "De här personerna hjälper mig", 1)
    bullets(d, ["Min case manager, Psykiatriska öppenvården Fagersta",
                "Min läkare, Psykiatriska öppenvården Fagersta",
                "Boendestödjare, Socialpsykiatrin, Fagersta kommun",
                "Budget- och skuldrådgivare, Fagersta kommun",
                "Min syster Maja"])
    par(d, "Sara håller ihop min plan.")
    heading(d, "Med på mötet", 1)
    par(d, "Jag, Sara, Jonas, Maja och Elif.")
    save_docx(d, out("db-05.docx"))


def db06():
    """Jag-form, easy-to-read HTML -> PDF via LibreOffice; Viktor 27 y, LSS, Hallstahammar."""
    html = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>Min plan – Viktor</title>
<style>
body { font-family: 'DejaVu Sans', sans-serif; font-size: 14pt; line-height: 1.5; margin: 1.5cm; }
h1 { color: #00695c; font-size: 26pt; margin-bottom: 0; }
h2 { color: #00695c; font-size: 17pt; border-bottom: 2px solid #80cbc4; margin-top: 20pt; }
p.small { font-size: 10pt; color: #555; }
li { margin-bottom: 6pt; }
</style></head><body>
<h1>Min plan</h1>
<p class="small">Viktor, 27 år. SIP-möte 2025-02-25 på LSS-enheten, Hallstahammars kommun.
Planen är skriven med lätta ord. Jag har skrivit den tillsammans med Linnea.</p>

<h2>Därför har jag en SIP</h2>
<p>För att alla ska samarbeta.</p>

<h2>Det här vill jag prata om på mötet</h2>
<ul>
<li>Kan jag få byta till daglig verksamhet på Trädgården?</li>
<li>Jag vill inte åka buss själv på morgonen. Kan någon följa med mig?</li>
</ul>

<h2>Jag vill …</h2>
<ul>
<li>Jag vill jobba med växter.</li>
<li>Jag vill laga mat själv på onsdagar.</li>
<li>Jag vill träffa mamma varannan helg.</li>
</ul>

<h2>Det här hjälper mig</h2>
<ul>
<li>Bildschema i köket.</li>
<li>Att någon säger till i god tid när något ändras.</li>
<li>Hörlurar när det är mycket ljud.</li>
</ul>

<h2>Det här ska hända</h2>
<ul>
<li>Linnea tar reda på om jag kan byta daglig verksamhet till Trädgården.
Jag får besked senast 31 mars 2025.</li>
<li>Personalen på gruppbostaden Vallmon lagar mat med mig varje onsdag kväll, från 5 mars.</li>
<li>Peter följer med mig på bussen varje morgon i mars och april. Sedan åker jag själv
en dag i veckan.</li>
<li>Anna gör ett nytt bildschema med mig. Vi träffas 12 mars 2025 på Vallmon.</li>
</ul>

<h2>De här personerna hjälper mig</h2>
<ul>
<li>Linnea – min handläggare på LSS-enheten, Hallstahammars kommun</li>
<li>Peter – handledare på Daglig verksamhet Verkstan, Hallstahammars kommun</li>
<li>Anna – arbetsterapeut på Habiliteringen Västerås, Region Västmanland</li>
<li>Personalen på gruppbostaden Vallmon</li>
<li>Mamma. Mamma är viktig för mig.</li>
<li>Jag har en god man.</li>
</ul>

<h2>Får de prata med varandra om mig?</h2>
<p>Det är okej för mig att de pratar med varandra om mig.</p>

<h2>Vem håller ihop planen?</h2>
<p>Det är inte bestämt än.</p>

<h2>Nästa gång vi ses</h2>
<p>I maj.</p>

<h2>Med på mötet</h2>
<p>Jag, mamma, Linnea, Peter och Anna.</p>
</body></html>
"""
    src = os.path.join(BUILD, "db-06.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html)
    to_pdf(src, "db-06.pdf")


# ===================================================== 3. minutes in prose
def db07():
    """Minutes in prose, docx; Erik 84 y after hip fracture, Kungsör."""
    d = new_doc("Times New Roman", 12, author="Biståndsenheten")
    s = d.sections[0]
    header_footer(s, "Kungsörs kommun – Vård och omsorg", "Minnesanteckningar SIP, E.")
    p = d.add_paragraph()
    r = p.add_run("Minnesanteckningar från SIP-möte")
    r.bold = True
    r.font.size = Pt(16)
    par(d, "Datum: 2024-11-07, kl. 10.00–11.15\nPlats: Korttidsboendet Kungsgården, Kungsör\n"
           "Avser: E., 84 år, personnummer XXXXXX-XXXX")
    par(d, "Närvarande: Ingrid, dotter till E.; Marie, biståndshandläggare, Äldreomsorgen Kungsörs "
           "kommun; Sofie, sjuksköterska, Korttidsboendet Kungsgården; Hassan, fysioterapeut, "
           "Rehab Kungsör (kommunal hälso- och sjukvård); Karin, distriktssköterska, Vårdcentralen "
           "Kungsör; Petra, enhetschef, Hemtjänst Kungsör norra.")
    par(d, "E. deltog inte i mötet. Han var trött efter förmiddagens gångträning och vilade på sitt "
           "rum.")
    bold_par(d, "Bakgrund och nuläge")
    par(d, "E. föll i köket hemma den 2 oktober och bröt höften. Han opererades på sjukhuset i "
           "Västerås och kom till Kungsgården den 16 oktober. Han bor ensam i en villa i Kungsör "
           "med sovrum och badrum en trappa upp. Hustrun dog för två år sedan. Ingrid bor i Arboga "
           "och har hittills handlat och skött hans räkningar. Sofie berättade att E. nu går med "
           "rollator inomhus utan hjälp men behöver stöd i trappor och vid dusch. Han har tappat i "
           "vikt och äter dåligt när han är ensam. Han har också fått en ny blodförtunnande medicin "
           "som kräver kontroller.")
    par(d, "Målet är att E. ska kunna flytta hem till villan före jul och klara sig där med stöd av "
           "hemtjänst. Ingrid tror att det går om trappan kan lösas, men är orolig för nätterna.")
    bold_par(d, "Diskussion och överenskommelser")
    par(d, "Hassan fortsätter gångträningen på Kungsgården tre gånger i veckan fram till hemgång. "
           "Han gör ett hembesök i villan tillsammans med kommunens arbetsterapeut den 19 november "
           "för att bedöma trappan och badrummet, och arbetsterapeuten skriver i samband med det "
           "intyg till ansökan om bostadsanpassning (trappräcke på båda sidor och duschpall).")
    par(d, "Marie utreder hemtjänst och fattar beslut senast den 22 november. Förslaget som "
           "diskuterades är hjälp morgon och kväll med påklädning, dusch två gånger i veckan, "
           "matdistribution på vardagar samt trygghetslarm. Petra bekräftade att Hemtjänst Kungsör "
           "norra kan starta insatserna samma dag som E. kommer hem, och att hemtjänsten tar över "
           "tillsynen av läkemedlen från den dagen.")
    par(d, "Karin tar över ansvaret för provtagningen för den blodförtunnande medicinen från "
           "hemgångsdagen. En läkemedelsgenomgång med läkare på Vårdcentralen Kungsör ska också "
           "bokas. Sofie "
           "skickar en sammanfattning av läkemedelslistan till vårdcentralen senast dagen före "
           "hemgång.")
    par(d, "Ingrid fortsätter att handla åt sin pappa varje lördag och sköter hans räkningar. Hon "
           "följer med honom hem på hemgångsdagen och sover över hos honom den första natten.")
    par(d, "Samtycke till samverkan finns.")
    par(d, "Nästa SIP-möte hålls 2024-12-12 kl. 10.00 hemma hos E., om hemgången sker som planerat. "
           "Kallelse skickas.")
    par(d, "")
    par(d, "Vid anteckningarna: Marie", italic=True)
    save_docx(d, out("db-07.docx"))


def db08():
    """Minutes, plain text export, Windows-1252 and CRLF; M. 45 y, alcohol and depression,
    Norberg."""
    body = """MINNESANTECKNINGAR SIP-MÖTE

Datum:      2025-02-11 kl. 13.30-14.45
Plats:      Vårdcentralen Norberg, samtalsrum 2
Avser:      M., 45 år

Närvarande: M., Karin, Johan, Leila, Tove

SYFTE

Samordning.

FRÅGOR INFÖR MÖTET

Inför mötet hade M. och Karin skrivit ner frågan: Hur kan M. få hjälp med både alkoholen och nedstämdheten samtidigt, utan att behöva berätta samma sak för fyra olika personer? M. ville också veta om han kan få ha kvar sin sjukskrivning under tiden.

ANTECKNINGAR

M. berättade att han har druckit mer sedan han blev av med jobbet på sågen i höstas och att han sover dåligt. Han sa: "Jag vill kunna vara nykter och orka träffa min dotter varannan helg. Och jag vill inte behöva sitta i väntrum varje vecka." Han tycker att det har varit rörigt med många olika kontakter och vill helst att samtalen kan ske på vårdcentralen i Norberg, eftersom han inte har körkort längre.

Det diskuterades en stund om M. ska gå på Beroendemottagningen i Fagersta eller om vårdcentralen kan ha kontakten. Leila menade att det är bra att M. själv får välja. M. har också kontakt med Försäkringskassan om sjukpenningen.

Johan berättade att nedstämdheten har varit besvärlig sedan i höstas och att den är svår att bedöma så länge alkoholen fortsätter. Tove beskrev M:s ekonomi; han har skulder som växer och har svårt att öppna posten. M. sa att han skäms över det och inte vill att dottern ska få veta.

Det bestämdes att M. har fortsatt kontakt med beroendemottagningen och att socialtjänsten ger stöd vid behov. Vårdcentralen fortsätter som tidigare med samtal. Regionen ansvarar för den medicinska behandlingen.

Ny träff om ungefär tre månader.

/Antecknat av Tove
"""
    write_text("db-08.txt", wrap(body, 76), encoding="cp1252", crlf=True)


def db09():
    """Minutes, Markdown; S. 12 y, eating difficulties, Surahammar."""
    text = """# Minnesanteckningar – SIP-möte för S. (12 år)

**Datum:** 2024-10-15, kl. 14.00–15.30
**Plats:** Elevhälsan, Nyhemsskolan i Surahammar
**Antecknat av:** Eva, skolsköterska

**Närvarande:** S. med mamma och pappa; Eva, skolsköterska, Elevhälsan Nyhemsskolan; \
Jakob, mentor åk 6, Nyhemsskolan; Mona, psykolog, BUP Västerås (ätstörningsteamet); \
Rikard, socialsekreterare, Barn och familj, Socialtjänsten Surahammar.

## Varför vi träffades

Mötet hölls eftersom S. har gått ner i vikt sedan i somras och ofta hoppar över skollunchen, \
och föräldrarna är oroliga. Syftet var att skolan, BUP och socialtjänsten ska få en gemensam \
bild och komma överens om hur S. ska få stöd kring maten, både i skolan och hemma.

Frågorna inför mötet var om S. behöver en mer intensiv insats från BUP än i dag, och hur \
skolluncherna ska lösas så att S. faktiskt äter.

## Samtalet

S. var med under den första halvtimmen. Föräldrarna berättade att S. började träna mycket i \
somras och att hon sedan augusti har slutat äta frukost. Det blir ofta konflikter vid middagen. \
Mona redogjorde för BUP:s bedömning efter två besök: S. har ett restriktivt ätande och vikten \
har gått ner ungefär fem kilo på tre månader. Hon rekommenderar familjebaserad behandling och \
tätare kontroller. Jakob berättade att S. sköter skolarbetet mycket bra men sitter ensam på \
rasterna, och att hon ofta säger att hon har ätit en sen frukost.

Rikard berättade att familjen tidigare haft kontakt med socialtjänsten när S. var liten, men \
att ärendet är avslutat sedan länge. Föräldrarna är positiva till stöd, men vill inte att det \
blir för många möten.

## Överenskommelser

Mona på BUP träffar S. och föräldrarna varje måndag kl. 15.00 från och med den 21 oktober och \
väger S. vid varje besök. Eva ser till att S. från och med vecka 43 äter lunch i ett mindre \
rum intill elevhälsan tillsammans med en vuxen, och Jakob ordnar schemat så att någon ur \
personalen finns med varje dag. Eva och Mona har kontakt per telefon efter varje vecka om hur \
luncherna har gått. Rikard undersöker om familjen kan få stöd av en familjebehandlare hemma \
kring måltiderna.

BUP har huvudansvaret för planen.

Uppföljning sker 2024-12-03 kl. 14.00 på Nyhemsskolan.
"""
    # markdown hard line breaks after the label lines
    text = text.replace("14.00–15.30\n", "14.00–15.30  \n").replace("Surahammar\n**Antecknat",
                                                                  "Surahammar  \n**Antecknat")
    write_text("db-09.md", text)


def db10():
    """Minutes in prose, docx -> PDF via LibreOffice; A. 19 y, first-episode psychosis,
    Skinnskatteberg."""
    d = new_doc("Calibri", 11, author="IFO Skinnskatteberg")
    s = d.sections[0]
    header_footer(s, "Skinnskattebergs kommun – Individ- och familjeomsorgen",
                  "Minnesanteckningar SIP  ·  A.  ·  2025-02-20")
    heading(d, "Minnesanteckningar SIP", 1)
    label_par(d, "Datum: ", "2025-02-20 kl. 09.00–10.30")
    label_par(d, "Plats: ", "Kommunhuset, Skinnskatteberg (Erik och Sanna deltog via Teams)")
    label_par(d, "Gäller: ", "A., 19 år")
    label_par(d, "Frågeställningar: ", "Gå igenom läget.")
    par(d, "")
    par(d, "Närvarande:")
    bullets(d, ["Linda, socialsekreterare vuxen, IFO Skinnskatteberg",
                "Erik, case manager, Psykosmottagningen Västerås, Region Västmanland",
                "Sanna, läkare, Psykosmottagningen Västerås, Region Västmanland",
                "Mats, boendestödjare, Socialpsykiatrin Skinnskattebergs kommun",
                "A:s mamma"])
    par(d, "Mötet hölls för att samordna stödet till A. efter hans vårdtid på psykiatrisk "
           "avdelning i november–december, eftersom han nu bor ensam i sin lägenhet, har obetalda "
           "hyror sedan oktober och har avbrutit sina studier på Komvux. Det finns en oro hos "
           "både mamma och psykosmottagningen för att han ska bli sämre igen om boendet inte löser "
           "sig.")
    par(d, "A. kom inte till mötet. Erik hade träffat honom dagen innan och förmedlade att A. vill "
           "bo kvar i sin lägenhet, att han inte vill läggas in igen och att han tycker att "
           "medicinen gör honom trött på förmiddagarna. Målet är att A. ska kunna återgå till "
           "studier under hösten 2025 och behålla sin lägenhet.")
    par(d, "Sanna beskrev att A. har tagit sin medicin sedan utskrivningen och att de psykotiska "
           "symtomen har minskat, men att han är passiv och sover mycket. Mats har träffat A. två "
           "gånger och upplever att lägenheten är stökig och att posten inte öppnas. Mamma berättade "
           "att hon är mycket orolig för honom och att hon inte orkar ha hela ansvaret. A. har kontakt "
           "med Försäkringskassan om aktivitetsersättning, men ingen vid mötet visste hur långt det "
           "ärendet har kommit.")
    par(d, "Det bestämdes att Erik fortsätter att träffa A. varje torsdag, i hemmet eller på "
           "mottagningen, och att Sanna ser över doseringen vid ett läkarbesök den 4 mars. Mats "
           "utökar boendestödet till två besök i veckan, tisdagar och fredagar, från vecka 10, med "
           "fokus på post, räkningar och att handla. Linda utreder ekonomiskt bistånd för "
           "hyresskulden och ger besked senast den 14 mars. Linda tar också kontakt med hyresvärden "
           "Skinnskattebergs Bostäder om en avbetalningsplan.")
    par(d, "Vem som ska vara huvudansvarig för planen bestämdes inte. Någon ny mötestid bestämdes "
           "inte heller.")
    src = os.path.join(BUILD, "db-10.docx")
    save_docx(d, src)
    to_pdf(src, "db-10.pdf")


# ================================================= 4. bulleted interventions
def db11():
    """Bulleted interventions, docx; K. 18 y, ADHD and depression, gymnasium, Köping."""
    d = new_doc("Calibri", 11, author="Socialtjänsten Köping")
    s = d.sections[0]
    header_footer(s, "Köpings kommun  |  Region Västmanland", "SIP – K.  |  2024-09-24")
    p = d.add_paragraph()
    r = p.add_run("SAMORDNAD INDIVIDUELL PLAN (SIP)")
    r.bold = True
    r.font.size = Pt(15)
    t = d.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    vals = [("Namn", "Personnummer", "Datum för möte"), ("K.", "ÅÅMMDD-XXXX", "2024-09-24")]
    for i, row in enumerate(vals):
        for j, v in enumerate(row):
            set_cell(t.rows[i].cells[j], v, bold=(i == 0), size=10)
            if i == 0:
                shade(t.rows[i].cells[j], "EDEDED")
    bold_par(d, "Frågor till mötet")
    par(d, "Allmän genomgång av situationen.")
    bold_par(d, "Mål")
    par(d, "K. ska klara sin gymnasieexamen till våren och få en fungerande dygnsrytm.")
    bold_par(d, "K:s delaktighet")
    par(d, "K. deltog i mötet.")
    bold_par(d, "Samtycke")
    par(d, "K. gav muntligt samtycke vid mötet 2024-09-24 till att VUP, Ullvigymnasiet och "
           "socialtjänsten får lämna uppgifter till varandra. Samtycket gäller ett år.")
    bold_par(d, "Insatser")
    bullets(d, [
        "Kurator på VUP Köping träffar K. varannan tisdag från v. 40.",
        "Läkare på VUP Köping följer upp ADHD-medicineringen 2024-10-15.",
        "Mentor på Ullvigymnasiet gör en plan för de kurser K. ligger efter i, klar senast "
        "2024-10-11.",
        "Specialpedagog på Ullvigymnasiet ger studiestöd måndagar och torsdagar lektion 3 från "
        "v. 41.",
        "Vuxenenheten, socialtjänsten Köping, erbjuder K. en kontaktperson enligt SoL.",
        "Mamma ringer mentorn varje fredag och stämmer av närvaron (K. har sagt att det är okej).",
        "K. bokar själv en tid hos Arbetsförmedlingen Köping före 2025-03-01 för att prata om "
        "sommarjobb; handläggaren på AF gör då en plan för praktik efter studenten.",
    ])
    bold_par(d, "Huvudansvarig")
    par(d, "Socialtjänsten Köping")
    bold_par(d, "Uppföljning")
    par(d, "2024-11-26 kl. 13.00, Ullvigymnasiet, grupprum B12.")
    save_docx(d, out("db-11.docx"))


def db12():
    """Bulleted interventions, text export (UTF-8, CRLF); G. 81 y, Alzheimer, Arboga."""
    body = """SAMORDNAD INDIVIDUELL PLAN
Utskrift från verksamhetssystemet, Arboga kommun, Vård och omsorg

Person:            G.
Personnummer:      XXXXXX-XXXX
Datum för möte:    2025-01-28
Plats:             Hemmet

DELTAGARE
G:s make, biståndshandläggare, distriktssköterska, enhetschef hemtjänst, läkare

BAKGRUND
G. är 81 år och fick diagnosen Alzheimers sjukdom i april 2024. Hon bor med maken S. i villa i Arboga. Maken berättar att hon har gått ut på natten två gånger i januari och att han inte vågar sova. Han är själv 84 år och har ett hjärtfel. G. har tappat i vikt och glömmer att äta när maken inte är hemma.

INSATSER
- Tillsyn två gånger per natt från februari.
- Läkemedelsgenomgång.
- Utreda möjligheten till dagverksamhet på Trädgårdens dagverksamhet två dagar i veckan.
- Avlösning i hemmet fyra timmar i veckan så att maken kan gå ifrån.
- Trygghetslarm med dörrlarm installeras.
- Matlåda på vardagar.

ÖVRIGT
Maken S. är ett stort stöd för G. och finns med i vardagen.

SAMTYCKE
Finns enligt make.

HUVUDANSVARIG
Biståndshandläggare Maria, Äldreomsorgen Arboga kommun

UPPFÖLJNING
Vid behov.
"""
    write_text("db-12.txt", wrap(body, 78), encoding="utf-8", crlf=True)


class RecordPDF(FPDF):
    """A record-system print: running header with system, print date and page count."""

    def __init__(self, system, printed, doc_title, **kw):
        super().__init__(**kw)
        self.system = system
        self.printed = printed
        self.doc_title = doc_title
        self.add_font("DV", "", FONT)
        self.add_font("DV", "B", FONT_B)
        self.set_creation_date(FIXED)
        self.set_auto_page_break(True, margin=18)
        self.set_margins(15, 24, 15)

    def header(self):
        self.set_font("DV", "", 7.5)
        self.set_text_color(70, 70, 70)
        self.set_xy(15, 8)
        self.cell(90, 4, self.system)
        self.cell(50, 4, f"Utskriftsdatum: {self.printed}")
        self.cell(0, 4, f"Sida {self.page_no()} ({{nb}})", align="R")
        self.set_xy(15, 12)
        self.set_font("DV", "B", 8)
        self.cell(0, 4, self.doc_title)
        self.line(15, 17, self.w - 15, 17)
        self.set_text_color(0, 0, 0)
        self.set_xy(15, 22)

    def footer(self):
        self.set_y(-12)
        self.set_font("DV", "", 7)
        self.set_text_color(110, 110, 110)
        self.cell(0, 4, "Utskriften är en kopia av journaluppgifter. Sekretess enligt OSL 25 kap. "
                        "och 26 kap.", align="C")
        self.set_text_color(0, 0, 0)

    # a labelled box; empty text gives an empty box of min_h
    def field(self, label, text="", min_h=9, w=None):
        w = w or (self.w - self.l_margin - self.r_margin)
        self.set_font("DV", "", 9.5)
        if text:
            lines = self.multi_cell(w - 3, 5, text, dry_run=True, output="LINES")
            h = max(min_h, len(lines) * 5 + 3)
        else:
            h = min_h
        if self.get_y() + 5.5 + h > self.page_break_trigger:
            self.add_page()
        x = self.get_x()
        self.set_font("DV", "B", 8)
        self.set_fill_color(232, 236, 240)
        self.cell(w, 5.5, " " + label, border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
        self.set_x(x)
        self.set_font("DV", "", 9.5)
        y = self.get_y()
        self.rect(x, y, w, h)
        if text:
            self.set_xy(x + 1.5, y + 1.5)
            self.multi_cell(w - 3, 5, text, align="L")
        self.set_xy(self.l_margin, y + h + 2.5)

    def table(self, header, rows, widths, lh=4.8):
        def draw_row(cells, bold=False, fill=False):
            self.set_font("DV", "B" if bold else "", 8.8)
            hs = [len(self.multi_cell(widths[i] - 2, lh, c, dry_run=True, output="LINES"))
                  for i, c in enumerate(cells)]
            h = max(hs) * lh + 2
            if self.get_y() + h > self.page_break_trigger:
                self.add_page()
                draw_row(header, bold=True, fill=True)
                self.set_font("DV", "B" if bold else "", 8.8)
            x0, y0 = self.l_margin, self.get_y()
            x = x0
            for i, c in enumerate(cells):
                if fill:
                    self.set_fill_color(232, 236, 240)
                    self.rect(x, y0, widths[i], h, style="DF")
                else:
                    self.rect(x, y0, widths[i], h)
                self.set_xy(x + 1, y0 + 1)
                self.multi_cell(widths[i] - 2, lh, c, align="L")
                x += widths[i]
            self.set_xy(x0, y0 + h)

        draw_row(header, bold=True, fill=True)
        for r in rows:
            draw_row(r)
        self.ln(3)


def db13():
    """Bulleted interventions inside a boxed record form (fpdf2); H. 38 y, schizophrenia,
    rent arrears, Västerås."""
    pdf = RecordPDF("Region Västmanland – Journalutskrift", "2025-03-18 14:02",
                    "Samordnad individuell plan (SIP)", format="A4")
    pdf.add_page()
    W = pdf.w - 30
    pdf.set_font("DV", "B", 13)
    pdf.cell(0, 8, "Samordnad individuell plan", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    y = pdf.get_y()
    pdf.field("Namn", "H.", w=W / 2 - 2)
    pdf.set_xy(15 + W / 2 + 2, y)
    pdf.field("Personnummer", "XXXXXX-XXXX", w=W / 2 - 2)
    y = pdf.get_y()
    pdf.field("Mötesdatum", "2025-03-17", w=W / 2 - 2)
    pdf.set_xy(15 + W / 2 + 2, y)
    pdf.field("Plats", "Psykiatriska öppenvården Västerås", w=W / 2 - 2)
    pdf.field("Deltagare", "", min_h=14)
    pdf.field("Syfte med SIP", "Samordning av insatser.")
    pdf.field("Bakgrund",
              "H. är 38 år och har schizofreni sedan drygt tio år. Han bor i egen hyreslägenhet i "
              "Västerås. Sedan januari har hyran inte betalats och hyresvärden har skickat en "
              "uppsägning med hänvisning till hyresskulden. Boendestödet har sett att lägenheten "
              "blivit alltmer nedgången. H. har missat två injektionstider under vintern. Han har "
              "ingen sysselsättning och har sjukersättning.", min_h=20)
    pdf.field("Frågeställningar",
              "Hur ska H. kunna behålla sin lägenhet när hyran inte har betalats sedan januari? "
              "Behöver boendestödet utökas, och hur säkerställs att han inte missar "
              "injektionerna?", min_h=14)
    pdf.field("Den enskildes mål", "", min_h=12)
    pdf.field("Den enskildes delaktighet", "H. deltog inte i mötet.", min_h=10)
    pdf.field("Samtycke", "☒ Samtycke finns     ☐ Muntligt     ☐ Skriftligt     Datum: ______",
              min_h=9)
    ins = ("•  Boendestödjare från Boendestöd Västerås (socialpsykiatrin) besöker H. tisdagar och "
           "fredagar från v. 13 och hjälper honom med städning, post och inköp.\n"
           "•  Sjuksköterska på Psykiatriska öppenvården Västerås ger depåinjektion var fjärde "
           "vecka, nästa gång 2025-03-27, och ringer H. dagen före.\n"
           "•  Socialsekreterare på Vuxenenheten, IFO Västerås, tar kontakt med hyresvärden om en "
           "avbetalningsplan för hyresskulden.\n"
           "•  Läkare på Vårdcentralen Bäckby gör den årliga somatiska kontrollen med blodprov och "
           "EKG.\n"
           "•  Case manager på Psykiatriska öppenvården följer med H. till boendestödets första "
           "besök 2025-03-25.")
    pdf.field("Insatser", ins, min_h=30)
    pdf.field("Övriga aktörers insatser", "", min_h=12)
    pdf.field("Huvudansvarig för planen", "Regionen", min_h=9)
    pdf.field("Uppföljning", "", min_h=9)
    pdf.field("Upprättad av", "Sjuksköterska, Psykiatriska öppenvården Västerås", min_h=9)
    pdf.output(out("db-13.pdf"))


# ============================================ 5. tables with unusual columns
def db14():
    """Landscape docx, table 'Aktivitet | Utförare | Tidsram | Uppföljs av'; L. 9 y,
    autism and ADHD, Sala."""
    d = new_doc("Calibri", 10.5, author="Sala kommun")
    s = d.sections[0]
    s.orientation = WD_ORIENT.LANDSCAPE
    s.page_width, s.page_height = s.page_height, s.page_width
    s.left_margin = s.right_margin = Cm(2.0)
    header_footer(s, "SIP – Samordnad individuell plan    |    Sala kommun  /  Region Västmanland",
                  "Planen upprättad 2025-01-20. Original hos LSS-handläggare.")
    p = d.add_paragraph()
    r = p.add_run("Samordnad individuell plan")
    r.bold = True
    r.font.size = Pt(18)
    info = d.add_table(rows=2, cols=4)
    info.style = "Table Grid"
    for j, (a, b) in enumerate([("Barn", "L., 9 år"), ("Vårdnadshavare", "Mamma och pappa"),
                                ("Datum", "2025-01-20"), ("Plats", "Ösbyskolan, Sala")]):
        set_cell(info.rows[0].cells[j], a, bold=True, size=9)
        shade(info.rows[0].cells[j], "F2F2F2")
        set_cell(info.rows[1].cells[j], b)
    par(d, "")
    label_par(d, "Närvarande: ", "mamma, pappa, klasslärare, specialpedagog, arbetsterapeut, "
                                 "LSS-handläggare, sjuksköterska")
    label_par(d, "Frågor: ", "Läget i skolan och hemma.")
    label_par(d, "L:s delaktighet: ", "L. var med den första kvarten tillsammans med föräldrarna.")
    label_par(d, "Övrigt: ", "Farmor bor i närheten och är ett stöd för familjen.")
    par(d, "")
    bold_par(d, "Insatser", 12)
    add_table(d, ["Aktivitet", "Utförare", "Tidsram", "Uppföljs av"], [
        ("Utökad korttidsvistelse enligt LSS, fyra dygn per månad",
         "Korttidshemmet Linden, Sala kommun", "Från 2025-02-01, beslut t.o.m. 2025-12-31",
         "LSS-handläggare"),
        ("Anpassad skoldag: egen arbetsplats med skärmar, bildstöd och schemalagda pauser",
         "Specialpedagog och klasslärare, Ösbyskolan", "Från v. 5, hela vårterminen 2025",
         "Rektor, Ösbyskolan"),
        ("Utprovning av tyngdtäcke och sensoriska hjälpmedel",
         "Arbetsterapeut, Habiliteringen Västerås", "Februari–mars 2025, första besök 2025-02-06",
         "Arbetsterapeut"),
        ("Uppföljning av ADHD-medicinen (dos, aptit, sömn)",
         "Sjuksköterska och läkare, BUP Västerås", "2025-02-18",
         "BUP Västerås"),
        ("Föräldrautbildning om autism och lågaffektivt bemötande",
         "Kurator, Habiliteringen Västerås", "Start 2025-03-05, sex onsdagskvällar",
         "Habiliteringen"),
    ], widths=[8.0, 6.5, 6.2, 4.3], fill="FCE4D6")
    par(d, "")
    label_par(d, "Huvudansvarig för planen: ",
              "Maria, LSS-handläggare, Socialförvaltningen, Sala kommun")
    label_par(d, "Uppföljning: ", "2025-04-14 kl. 08.30 på Ösbyskolan")
    save_docx(d, out("db-14.docx"))


def db15():
    """Word template with numbered headings and content controls, table 'Vad | Vem | Klart
    när'; R. 17 y, self-harm, Fagersta."""
    d = new_doc("Calibri", 11, author="BUP Fagersta")
    s = d.sections[0]
    header_footer(s, "Region Västmanland  ·  Fagersta kommun", "SIP-mall version 2023:2")
    heading(d, "SIP – Samordnad individuell plan", 0)
    t = d.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([("Namn", "R."), ("Personnummer", "ÅÅMMDD-XXXX"),
                                ("Datum för mötet", "2025-05-06")]):
        set_cell(t.rows[i].cells[0], a, bold=True)
        shade(t.rows[i].cells[0], "EDEDED")
        set_cell(t.rows[i].cells[1], b)
    heading(d, "1. Syfte med SIP", 2)
    par(d, "Att få en gemensam bild.")
    heading(d, "2. Frågeställningar", 2)
    sdt_placeholder(d, tag="Fragestallningar")
    heading(d, "3. Mina mål (med egna ord)", 2)
    par(d, "”Jag vill sluta skada mig själv och orka gå till skolan varje dag. Jag vill att någon "
           "lyssnar på mig utan att bli arg.”")
    heading(d, "4. Min delaktighet", 2)
    par(d, "R. deltog under hela mötet. Hon sa att hon vill träffa samma behandlare varje gång, att "
           "hon inte vill att pappa ska få veta allt hon berättar och att hon helst vill ha samtal "
           "efter skolan.")
    heading(d, "5. Samtycke", 2)
    par(d, "Samtycke finns.")
    heading(d, "6. Insatser", 2)
    add_table(d, ["Vad", "Vem", "Klart när"], [
        ("Fortsatt kontakt", "BUP", "Löpande"),
        ("Stöd i skolan vid behov", "Elevhälsan", ""),
        ("Fortsatt stöd", "Socialtjänsten", "Löpande"),
    ], widths=[8.0, 4.5, 4.0], fill="DEEAF6")
    heading(d, "7. Huvudansvarig", 2)
    par(d, "BUP Fagersta")
    heading(d, "8. Uppföljning", 2)
    par(d, "Efter sommaren.")
    heading(d, "9. Deltagare", 2)
    sdt_placeholder(d, tag="Deltagare")
    save_docx(d, out("db-15.docx"))


def db16():
    """Markdown export, table 'Åtgärd | Vem ansvarar | Datum'; B. 52 y after stroke,
    Hallstahammar."""
    text = """# SIP – B., 52 år

Mötesdatum: 2025-02-04
Mötesform: Teams
Huvudmän: Hallstahammars kommun, Region Västmanland

## Bakgrund

B. fick en stroke 2024-12-28 och vårdas sedan januari på rehabiliteringsmedicinsk avdelning, \
Västmanlands sjukhus Västerås. Han har nedsatt kraft i vänster arm och ben och en lätt afasi. \
Han bor med sin hustru A. i en lägenhet på tredje våningen utan hiss i Hallstahammar och \
arbetade före insjuknandet som lagerarbetare. Planerad utskrivning är 2025-02-20.

## Frågor inför mötet

- Hur ska rehabiliteringen fortsätta efter utskrivningen?
- Behövs bostadsanpassning, eller tillfälligt boende tills trappan fungerar?
- Hur blir B:s försörjning när sjuklönen har tagit slut?

## Mål

Målet är att B. ska kunna gå i trappor själv och återgå till sitt arbete på deltid under hösten 2025.

## Åtgärder

| Åtgärd | Vem ansvarar | Datum |
|---|---|---|
| Hembesök inför utskrivning, bedömning av trappa och badrum | Arbetsterapeut, Rehabiliteringsmedicin, Region Västmanland | 2025-02-11 |
| Läkarintyg till Försäkringskassan | Läkare, Rehabiliteringsmedicin, Region Västmanland | 2025-02-14 |
| Ansökan om bostadsanpassningsbidrag (ledstång, duschplats) | Hustrun A., med hjälp av arbetsterapeuten | 2025-02-18 |
| Hemtjänst: stöd vid dusch två gånger per vecka och städning varannan vecka | Hemtjänst Hallstahammar centrum | Från utskrivningsdagen 2025-02-20 |
| Hemrehabilitering, gång- och trappträning två gånger per vecka | Rehabteamet, Hallstahammars kommun | 2025-02-24 – 2025-05-30 |
| Logopedbehandling | Logopedmottagningen, Västmanlands sjukhus Västerås | Första besök 2025-03-05 |
| Beslut om sjukpenning och avstämningsmöte om återgång i arbete | Handläggare, Försäkringskassan | Avstämning 2025-03-18 |

## Huvudansvarig

Hemtjänst Hallstahammar centrum

## Uppföljning

I slutet av mars.
"""
    text = text.replace("2025-02-04\n", "2025-02-04  \n").replace("Teams\n", "Teams  \n")
    write_text("db-16.md", text)


def db17():
    """Record-system print (fpdf2), table 'Vad ska göras | Av vem | Hur ofta/när' continued
    on page 2; J. 30 y, anxiety/depression, long sick leave, Norberg."""
    pdf = RecordPDF("Region Västmanland – Journalutskrift", "2025-02-04 08:12",
                    "Dokument: Samordnad individuell plan (SIP)   Vårdenhet: Vårdcentralen Norberg",
                    format="A4")
    pdf.add_page()
    W = pdf.w - 30
    pdf.set_font("DV", "B", 13)
    pdf.cell(0, 8, "SIP – Samordnad individuell plan", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    y = pdf.get_y()
    pdf.field("Patient", "J.", w=W / 3 - 2)
    pdf.set_xy(15 + W / 3 + 1, y)
    pdf.field("Personnummer", "ÅÅMMDD-XXXX", w=W / 3 - 2)
    pdf.set_xy(15 + 2 * W / 3 + 2, y)
    pdf.field("Mötesdatum", "2025-02-03", w=W / 3 - 2)
    pdf.field("Deltagare", "", min_h=12)
    pdf.field("Syfte", "Samordnad planering.")
    pdf.field("Frågeställningar", "Diskutera läget.")
    pdf.field("Bakgrund",
              "J. är 30 år och har varit sjukskriven på heltid sedan maj 2024 för ångest och "
              "depression. Hon har tidigare arbetat inom handeln men anställningen har upphört. "
              "Sjukpenningen har prövats mot normalt förekommande arbete och FK har aviserat "
              "att rätten kan upphöra. J. bor ensam i Norberg, har svårt att ta sig ut och har "
              "hyresskulder på två månader.", min_h=18)
    pdf.field("Den enskildes mål", "", min_h=12)
    pdf.field("Den enskildes synpunkter och delaktighet", "", min_h=12)
    pdf.field("Samtycke",
              "☒ Skriftligt   ☐ Muntligt      Datum: 2025-02-03      "
              "Omfattning: Vårdcentralen Norberg, Psykiatriska öppenvården Fagersta, IFO Norberg, "
              "Socialpsykiatrin Norberg, Försäkringskassan, Arbetsförmedlingen", min_h=12)
    pdf.set_font("DV", "B", 10)
    pdf.cell(0, 7, "Insatser", new_x="LMARGIN", new_y="NEXT")
    rows = [
        ("Samtalsbehandling med KBT-inriktning, 12 tillfällen",
         "Psykoterapeut, Psykiatriska öppenvården Fagersta", "Onsdagar kl. 13.00 från 2025-02-12"),
        ("Läkemedelsuppföljning (sertralin)", "Läkare, Vårdcentralen Norberg", "2025-03-10"),
        ("Nytt läkarintyg för sjukpenning", "Läkare, Vårdcentralen Norberg",
         "Senast 2025-02-28"),
        ("Avstämningsmöte med FK om återgång i arbete", "Rehabkoordinator, Vårdcentralen Norberg",
         "2025-03-20 kl. 10.00"),
        ("Beslut om fortsatt sjukpenning", "Handläggare, Försäkringskassan", "Senast 2025-03-31"),
        ("Kartläggning och arbetsförberedande insatser", "Handläggare, Arbetsförmedlingen Fagersta",
         "Första möte 2025-04-07"),
        ("Boendestöd: struktur i vardagen, post och inköp",
         "Boendestödjare, Socialpsykiatrin Norbergs kommun",
         "Måndagar och torsdagar från v. 8"),
        ("Prövning av ekonomiskt bistånd för hyresskulden", "Socialsekreterare, IFO Norberg",
         "Beslut senast 2025-02-21"),
        ("Promenad minst 20 minuter", "J. själv", "Varje dag"),
        ("Följer med J. till avstämningsmötet med FK", "Mamma E.", "2025-03-20"),
    ]
    pdf.table(["Vad ska göras", "Av vem", "Hur ofta/när"], rows, [78, 60, 42])
    pdf.field("Huvudansvarig", "", min_h=9)
    pdf.field("Uppföljning", "2025-05-13 kl. 10.00, Vårdcentralen Norberg", min_h=9)
    pdf.field("Signerad av", "Rehabkoordinator, Vårdcentralen Norberg, 2025-02-04", min_h=9)
    pdf.output(out("db-17.pdf"))


# ================================ 6. consent in everyday words (no "samtycke")
def db18():
    """Plain Word layout, bold short paragraphs as headings, written to the person;
    Maj 80 y, diabetes, Surahammar."""
    d = new_doc("Verdana", 10, author="Hemtjänsten Surahammar")
    s = d.sections[0]
    header_footer(s, "Surahammars kommun – Hemtjänsten", None)
    p = d.add_paragraph()
    r = p.add_run("Planering för Maj")
    r.bold = True
    r.font.size = Pt(15)
    par(d, "Samordnad individuell plan  ·  Möte hemma hos Maj 2024-10-08")
    bold_par(d, "Varför vi träffas")
    par(d, "Du har haft flera låga blodsocker den senaste månaden och ramlade i köket i september. "
           "Vi behöver planera tillsammans så att du kan bo kvar hemma på ett tryggt sätt, och så "
           "att hemtjänsten och vårdcentralen vet vem som gör vad med ditt insulin och dina måltider.")
    bold_par(d, "Att prata om")
    par(d, "Hur det går hemma.")
    bold_par(d, "Det här vill du")
    par(d, "”Jag vill bo kvar i mitt hus så länge det går. Och jag vill inte ha en massa olika "
           "människor som springer här.”")
    bold_par(d, "Du var med")
    par(d, "Du var med på mötet hemma hos dig. Du sa att morgnarna är jobbigast, att du inte är "
           "hungrig när du vaknar och att du hellre vill äta frukost lite senare.")
    bold_par(d, "Får vi prata med varandra om dig?")
    par(d, "Ja, det sa du muntligt på mötet 2024-10-08.")
    bold_par(d, "Det här ska göras")
    par(d, "Hemtjänsten fortsätter som tidigare och ger stöd vid behov.")
    par(d, "Distriktssköterskan har fortsatt kontakt med dig.")
    bold_par(d, "Nästa gång")
    par(d, "Vi ses igen i vår.")
    save_docx(d, out("db-18.docx"))


def db19():
    """Plain Word layout with heading styles, to the child; Adam 13 y, conflicts,
    ADHD assessment, Kungsör."""
    d = new_doc("Calibri", 11, author="Elevhälsan Kung Karls skola")
    s = d.sections[0]
    header_footer(s, "Kungsörs kommun  ·  Region Västmanland", "SIP för Adam  ·  2025-03-11")
    heading(d, "Samordnad individuell plan för Adam, 13 år", 0)
    par(d, "Mötet hölls 2025-03-11 på Kung Karls skola i Kungsör.", italic=True)
    heading(d, "Om dig och varför vi ses", 2)
    par(d, "Sedan i höstas har du hamnat i många bråk, både i skolan och hemma, och du har varit "
           "avstängd från fotbollsträningen två gånger. Du har berättat att du blir arg väldigt "
           "snabbt och sedan ångrar dig. Vi ses för att BUP, skolan och socialtjänsten ska dra åt "
           "samma håll medan du utreds för ADHD, och för att du och din familj ska få stöd hemma "
           "under tiden.")
    heading(d, "Det vi ville prata om", 2)
    par(d, "Hur läget är.")
    heading(d, "Dina egna mål", 2)
    bullets(d, ["”Jag vill ha kompisar i klassen.”", "”Jag vill inte bli arg så ofta.”",
                "”Jag vill få spela match igen.”"])
    heading(d, "Så här tycker du", 2)
    par(d, "Du var med hela mötet tillsammans med mamma och pappa. Du sa att du vill ha en vuxen "
           "på skolan att gå till när det blir för mycket, och att du inte vill gå ut från "
           "lektionerna inför alla.")
    heading(d, "Får vi prata med varandra om dig?", 2)
    par(d, "Mamma och pappa tycker att det är okej att vi pratar med varandra om dig.")
    heading(d, "Vad ska göras", 2)
    par(d, "Neuropsykiatrisk utredning: psykolog och läkare på BUP Köping gör utredningen. Det "
           "första besöket är 2025-04-02 kl. 09.00, och utredningen beräknas vara klar i juni.")
    par(d, "Anpassning i skolan: din mentor på Kung Karls skola ordnar en pausplats i biblioteket "
           "och en vuxen som du kan gå till, från och med 2025-03-17. Mentorn ordnar också ett "
           "kort som betyder att du behöver gå ut, så slipper du säga något.")
    par(d, "Familjebehandling: en familjebehandlare från Barn- och familjeenheten, Kungsörs "
           "kommun, träffar er hemma varannan torsdag från 2025-03-20.")
    heading(d, "Vem håller i planen", 2)
    par(d, "Karin, kurator på Kung Karls skola, håller ihop planen.")
    heading(d, "Vi som var med", 2)
    par(d, "Du, mamma, pappa, Karin, Olle och Nadia.")
    save_docx(d, out("db-19.docx"))


def db20():
    """Plain e-mail body (Windows-1252, LF) to the person after a first SIP meeting;
    J. 41 y, opioid substitution treatment and housing, Västerås."""
    body = """Ämne: Sammanfattning från mötet 14/1

Hej J.!

Här kommer en kort sammanfattning från vårt möte igår på Beroendecentrum i Västerås, som vi lovade.

Vi som var med: du, Lena, Mikael och Hanna.

Mötet var ett första SIP-möte för att få en gemensam bild.

Du skrev under papperet om att vi får prata med varandra om dig och lämna uppgifter mellan socialtjänsten och Beroendecentrum. Det var 2025-01-14, på mötet.

Vi pratade om hur du har det just nu, med boendet på Västerås härbärge och med behandlingen. Du berättade att det har gått bra med medicinen sedan i höstas men att det är svårt att bo på härbärget, där det finns mycket droger omkring dig. Mikael och Hanna berättade hur deras verksamheter fungerar.

Inga insatser bestämdes på mötet.

Jag (Lena, socialsekreterare på Vuxenenheten, Socialtjänsten Västerås stad) håller ihop din plan.

Hälsningar
Lena
Socialsekreterare
Vuxenenheten, Socialtjänsten Västerås stad
Telefon via växeln
"""
    write_text("db-20.txt", wrap(body, 74), encoding="cp1252", crlf=False)


def main():
    os.makedirs(PLANS, exist_ok=True)
    os.makedirs(BUILD, exist_ok=True)
    for f in os.listdir(PLANS):
        os.remove(os.path.join(PLANS, f))
    for fn in (db01, db02, db03, db04, db05, db06, db07, db08, db09, db10,
               db11, db12, db13, db14, db15, db16, db17, db18, db19, db20):
        fn()
        print("ok", fn.__name__)
    shutil.rmtree(BUILD, ignore_errors=True)


if __name__ == "__main__":
    main()
