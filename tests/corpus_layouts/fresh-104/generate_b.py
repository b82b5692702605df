#!/usr/bin/env python3
"""Generate the f104b batch: fictional, anonymized SIP plans from Region Västernorrland.

Run with /work/batches/.venv/bin/python generate.py
Writes every file into plans/. Deterministic (fixed dates, no randomness).
The mobile-print PDF (03) is converted from HTML with LibreOffice; a monochrome
Noto Emoji font (SIL OFL, in fonts/) is made visible to that conversion only,
through a private fontconfig file, so the icon characters render.
"""
import os
import shutil
import subprocess
import tempfile
import textwrap

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f104b"
LO_PROFILE = "file:///tmp/lo-f104b"


def path(nn, ext):
    return os.path.join(OUT, f"{PREFIX}-{nn:02d}.{ext}")


def wrap(text, width=78):
    """Wrap each paragraph (separated by \n) to width, keep empty lines."""
    out = []
    for line in text.split("\n"):
        if not line.strip():
            out.append("")
            continue
        indent = len(line) - len(line.lstrip(" "))
        sub = " " * indent
        # bullets/numbered lines get hanging indent
        stripped = line.lstrip(" ")
        if stripped[:2] in ("- ", "* ") or (stripped[:1].isdigit() and stripped[1:3] in (". ", ") ")):
            sub = " " * (indent + 3)
        out.extend(textwrap.wrap(line, width=width, subsequent_indent=sub,
                                 break_long_words=False, break_on_hyphens=False) or [""])
    return "\n".join(out)


# ---------------------------------------------------------------- docx helpers

def add_field(run, instr):
    """Insert a simple field (PAGE, NUMPAGES) into a run."""
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._r.append(el)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def col_widths(tbl, widths_cm):
    """Set column widths both in the grid (LibreOffice reads it) and per cell (Word)."""
    tbl.autofit = False
    grid = tbl._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in tbl.rows:
        for c, w in zip(row.cells, widths_cm):
            c.width = Cm(w)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trPr.append(th)


def a4(section):
    section.page_width = Cm(21.0)
    section.page_height = Cm(29.7)


def set_base_font(doc, name="Calibri", size=11):
    a4(doc.sections[0])
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), name)


def cell_text(cell, text, bold=False, size=None, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    return p


# ============================================================ 01 calendar .txt

def plan01():
    head = (
        "Ämne: Uppföljning SIP – E. (åk 8)\n"
        "När: den 20 maj 2025 13:00-14:30 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, "
        "Stockholm, Wien.\n"
        "Var: Microsoft Teams-möte; Konferensrum Vågen, Socialtjänsten Timrå\n"
        "Teams-länk: [länk]\n"
        "Obligatoriska deltagare: Lena; Johan; Sara; Mikael; Therese; Malin\n"
        "Valfria deltagare: Petra\n"
        "\n"
        "Ändrad tid! Vi flyttar fram 15 min pga lunchen på skolan.\n"
        "\n"
        "Hej alla,\n"
        "\n"
        "Här kommer kallelse till uppföljning av E:s SIP. Jag har klistrat in planen "
        "från mötet 2025-03-04 nedan så att ni har den framför er. Titta gärna igenom "
        "era egna punkter innan och skriv till mig om något har blivit fel, så rättar "
        "jag innan vi ses. Malin och E. är med i rummet, övriga kan välja Teams.\n"
        "\n"
        "Hälsningar\n"
        "Lena\n"
        "\n"
        "________________________________________________________________________________\n"
    )
    plan = """
SAMORDNAD INDIVIDUELL PLAN (SIP)

Datum för mötet: 2025-03-04
Plats: Socialtjänsten Timrå, konferensrum Vågen (BUP via Teams)
Barn: E., 14 år, åk 8, Bergeskolan Timrå
Vårdnadshavare: Malin (mamma)
Deltagare: se kallelsen

BAKGRUND
E. har haft ökande frånvaro sedan början av höstterminen 2024 och har under januari och februari varit i skolan ungefär var femte dag. Hon beskriver illamående och hjärtklappning på morgnarna och klarar inte att gå in i klassrummet när det är mycket folk. E. har kontakt med BUP Sundsvall sedan december 2024 (bedömning: social ångest, utreds vidare). Socialtjänsten Timrå har en pågående utredning efter orosanmälan från skolan i januari. Mamma arbetar treskift och åker hemifrån före 06.30 tre dagar i veckan.

SYFTE
Syftet med planen är att E. ska kunna komma tillbaka till skolan i en takt hon klarar, och att skolan, BUP och socialtjänsten gör samma sak när ångesten ökar i stället för att E. och mamma får olika besked från olika håll.

FRÅGESTÄLLNINGAR
- Kan skolan lägga upp en anpassad studiegång så att E. börjar med två lektioner per dag i ett mindre rum?
- Behöver E. stöd hemma på morgonen de dagar mamma jobbar tidigt, och vem kan i så fall ge det?
- Hur gör vi om E. är hemma tre dagar i rad – vem ringer vem?

E:S EGNA ORD
"Jag vill klara nian och kunna gå till skolan utan att må illa varje morgon."
"Jag vill inte att hela klassen ska veta varför jag inte är där."

DELAKTIGHET
E. var med under hela mötet tillsammans med mamma. E. sa att det är värst på måndagar och att hon hellre börjar med matte och svenska än med idrott. Hon vill inte byta klass men vill kunna sitta i grupprummet när det blir för mycket. Mamma tycker att det viktigaste är att någon möter E. vid skolan på morgonen.

INSATSER
1. Anpassad studiegång vt 2025: E. börjar med lektion 1-2 (ma, sv) i grupprummet, utökas efter plan. Ansvarig: rektor, Bergeskolan Timrå. När: från vecka 11, gäller hela vårterminen.
2. Mentor möter E. vid entrén kl. 08.50 måndag-torsdag. Ansvarig: mentor, Bergeskolan Timrå. När: från 2025-03-10.
3. KBT-behandling för social ångest och skolfrånvaro, 10 samtal varannan vecka. Ansvarig: psykolog, BUP Sundsvall. När: start 2025-03-13.
4. Bedömning av om läkemedel kan behövas mot ångesten. Ansvarig: läkare, BUP Sundsvall.
5. Familjebehandling med morgonstöd i hemmet två morgnar i veckan då mamma arbetar tidigt. Ansvarig: familjebehandlare, Socialtjänsten Timrå, barn och familj (öppenvården). När: från 2025-03-17 t.o.m. 2025-06-13.
6. Skolsköterskan följer upp sömn och illamående. Ansvarig: skolsköterska, Elevhälsan Bergeskolan. När: samtal varannan fredag från 2025-03-14.

HUVUDANSVAR FÖR PLANEN
BUP Sundsvall

NÄSTA UPPFÖLJNING
2025-05-20 kl. 13.00-14.30, Socialtjänsten Timrå och Teams (se denna kallelse).
"""
    h1, h2 = head.split("Hej alla,", 1)
    body = h1 + "Hej alla," + wrap(h2, 80) + "\n" + wrap(plan.strip("\n"), 80) + "\n"
    data = body.replace("\n", "\r\n").encode("cp1252")
    with open(path(1, "txt"), "wb") as f:
        f.write(data)


# ============================================================ 02 legal numbering .docx

def plan02():
    doc = Document()
    set_base_font(doc, "Calibri", 11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    for lvl, size in ((1, 14), (2, 12), (3, 11)):
        st = doc.styles[f"Heading {lvl}"]
        st.font.name = "Calibri"
        st.font.size = Pt(size)
        st.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
        st.font.bold = True
        st.font.italic = False

    hp = sec.header.paragraphs[0]
    hp.text = "Sundsvalls kommun  |  Region Västernorrland\t\tSamordnad individuell plan"
    for r in hp.runs:
        r.font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = fp.add_run("SIP – R.   Sida ")
    r.font.size = Pt(9)
    r = fp.add_run()
    r.font.size = Pt(9)
    add_field(r, "PAGE")
    r = fp.add_run(" av ")
    r.font.size = Pt(9)
    r = fp.add_run()
    r.font.size = Pt(9)
    add_field(r, "NUMPAGES")

    t = doc.add_paragraph()
    rr = t.add_run("Samordnad individuell plan (SIP)")
    rr.bold = True
    rr.font.size = Pt(18)
    p = doc.add_paragraph("Upprättad vid möte 2025-01-28, Socialtjänsten Sundsvall, vuxenenheten. "
                          "Enligt 2 kap. 7 § SoL och 16 kap. 4 § HSL.")
    p.runs[0].italic = True

    def h(text, lvl):
        doc.add_heading(text, level=lvl)

    def para(num, text, bold_lead=None):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(1.25)
        p.paragraph_format.first_line_indent = Cm(-1.25)
        p.add_run(num + "\t")
        if bold_lead:
            p.add_run(bold_lead).bold = True
        p.add_run(text)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(1.25))
        return p

    h("1\tInledning", 1)
    h("1.1\tPersonuppgifter", 2)
    para("1.1.1", "R.", "Namn: ")
    para("1.1.2", "ÅÅMMDD-XXXX", "Personnummer: ")
    para("1.1.3", "Sundsvall. Bor i egen hyreslägenhet, ensamstående.", "Folkbokföring: ")
    h("1.2\tSamtycke", 2)
    para("1.2.1", "Samtycke finns.")

    h("2\tSyfte", 1)
    para("2.1", "Samordning av insatser.")

    h("3\tBakgrund och mål", 1)
    h("3.1\tBakgrund", 2)
    para("3.1.1", "R. är 34 år och har diagnosen schizofreni sedan 2016. Han är inskriven vid "
         "Psykiatriska öppenvården Sundsvall. Under hösten 2024 slutade han ta sin medicin och "
         "återinsjuknade, och han vårdades inom slutenvården vid Sundsvalls sjukhus 2024-11-14 – "
         "2024-12-20. Sedan utskrivningen har han depotinjektion och kommer till sina besök.",
         "Hälsa: ")
    para("3.1.2", "Hyran har inte betalats för oktober, november och december 2024. Hyresvärden "
         "har skickat varsel om uppsägning. Det finns skulder hos Kronofogden på cirka 85 000 kr "
         "(obetalda räkningar, mobilabonnemang, en sms-lånsskuld). God man förordnades av "
         "överförmyndaren i december 2024.", "Ekonomi och boende: ")
    para("3.1.3", "R. har haft sjukpenning som upphör. Ansökan om sjukersättning är inskickad "
         "till Försäkringskassan. Försörjningsstöd har beviljats för januari 2025.",
         "Försörjning: ")
    h("3.2\tMål", 2)
    para("3.2.1", "Målet är att R. ska behålla sin lägenhet, ta sin medicin regelbundet och inte "
         "dra på sig nya skulder.")
    para("3.2.2", "Delmål: hyresskulden ska vara reglerad genom en avbetalningsplan med "
         "hyresvärden senast 2025-04-30.")

    h("4\tInsatser", 1)
    h("4.1\tKommunens insatser", 2)
    para("4.1.1", "Två gånger per vecka (tisdag och fredag) med fokus på post, "
         "räkningar, inköp och struktur i vardagen. Ansvarig: boendestödjare, Boendestödet, "
         "Socialtjänsten Sundsvall. Start: 2025-02-04.", "Boendestöd. ")
    para("4.1.2", "Till hyra för februari och mars medan Försäkringskassan "
         "handlägger ansökan om sjukersättning. Ansvarig: socialsekreterare, Socialtjänsten "
         "Sundsvall, vuxenenheten. Beslut: senast 2025-02-07.", "Försörjningsstöd. ")
    para("4.1.3", "Genomgång av samtliga skulder, kontakt med hyresvärden om avbetalningsplan "
         "och hjälp med ansökan om skuldsanering om det blir aktuellt. Ansvarig: budget- och "
         "skuldrådgivare, Sundsvalls kommun. Första besök: 2025-02-12.",
         "Budget- och skuldrådgivning. ")
    h("4.2\tRegionens insatser", 2)
    para("4.2.1", "Depotinjektion var fjärde vecka, samt kort samtal om mående och sömn vid "
         "varje tillfälle. Ansvarig: sjuksköterska, Psykiatriska öppenvården Sundsvall. "
         "Nästa: 2025-02-05, därefter var fjärde vecka.", "Läkemedelsbehandling. ")
    para("4.2.2", "Utvärdering av medicineringen och bedömning av biverkningar. Ansvarig: "
         "överläkare, Psykiatriska öppenvården Sundsvall. Tid: 2025-03-11.", "Läkarbesök. ")
    para("4.2.3", "Läkarutlåtande om hälsotillstånd till Försäkringskassan inför beslut om "
         "sjukersättning. Ansvarig: överläkare, Psykiatriska öppenvården Sundsvall. Skickas "
         "senast 2025-02-14.", "Intyg. ")
    h("4.3\tAndra aktörers insatser", 2)
    para("4.3.1", "Betalar löpande hyra och el via autogiro från R:s konto och håller kontakten "
         "med Kronofogden om pågående mål. Ansvarig: god man. Från: 2025-02-25.", "God man. ")
    para("4.3.2", "Handlägger ansökan om sjukersättning. Ansvarig: handläggare, "
         "Försäkringskassan. Beslut beräknas: april 2025.", "Försäkringskassan. ")

    h("5\tSamordning", 1)
    h("5.1\tHuvudansvar", 2)
    para("5.1.1", "Socialtjänsten Sundsvall.")
    h("5.2\tÖvrigt", 2)
    para("5.2.1", "Kontakt med samtliga verksamheter sker via respektive växel. Planen skickas "
         "till alla som deltog och till god man.")

    h("6\tDeltagare", 1)
    h("6.1\tNärvarande", 2)
    people = [
        "Helena, socialsekreterare, Socialtjänsten Sundsvall, vuxenenheten",
        "Peter, boendestödjare, Boendestödet, Socialtjänsten Sundsvall",
        "Jenny, budget- och skuldrådgivare, Sundsvalls kommun",
        "Anna, sjuksköterska, Psykiatriska öppenvården Sundsvall",
        "Mats, överläkare, Psykiatriska öppenvården Sundsvall (via Teams)",
        "God man (via telefon)",
    ]
    for i, who in enumerate(people, 1):
        para(f"6.1.{i}", who)
    h("6.2\tEj närvarande", 2)
    para("6.2.1", "R.")

    doc.add_paragraph()
    doc.add_paragraph("Sundsvall 2025-01-28")
    doc.add_paragraph("Helena, socialsekreterare")
    doc.save(path(2, "docx"))


# ============================================================ 03 mobile print .html -> .pdf

def plan03(tmpdir):
    css = """
  @page { size: A4; margin: 14mm; }
  body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; color: #1c1c1e; }
  .col { width: 340px; margin: 0 auto; }
  .chip { border-radius: 10px; background: #ececf0; color: #6b6b70; font-size: 6.5pt;
          letter-spacing: .06em; text-transform: uppercase; padding: 2px 8px; }
  .card { border-radius: 14px; background: #f7f7f9; }
"""

    def chip(label):
        # rounded chip label (LibreOffice draws it as a small shaded box)
        return (f'<table class="chip" cellpadding="2" cellspacing="0" bgcolor="#e6e6eb">'
                f'<tr><td><font size="1" color="#6b6b70">&nbsp;{label.upper()}&nbsp;</font></td></tr></table>')

    def field(label, value_html):
        return (f'<tr><td bgcolor="#f6f6f8" style="padding:6px">{chip(label)}'
                f'<p style="margin-top:3px;margin-bottom:2px">{value_html}</p></td></tr>'
                f'<tr><td height="4"></td></tr>')

    def action(n, text, who, when):
        return (f'<tr><td bgcolor="#f6f6f8" style="padding:6px">'
                f'<p style="margin-top:0;margin-bottom:0"><b>{n}. {text}</b><br>'
                f'<font size="2">👤 {who}<br>📅 {when}</font></p></td></tr>'
                f'<tr><td height="4"></td></tr>')

    rows = []
    rows.append(field("Status", "✔ Upprättad &nbsp;·&nbsp; Version 1"))
    rows.append(field("Mötesdatum", "📅 2025-01-15 kl. 10:00"))
    rows.append(field("Plats", "Ortopedavdelningen, Örnsköldsviks sjukhus (vid sängen)"))
    rows.append(field("Person", "👤 Gunnar, 82 år<br><font size=\"1\" color=\"#6b6b70\">Personnr XXXXXX-XXXX · Örnsköldsviks kommun</font>"))
    rows.append(field("Syfte med planen",
                      "Att Gunnar ska kunna flytta hem till sin lägenhet i Domsjö efter "
                      "höftoperationen och att hemtjänst, rehab och hälsocentralen är igång "
                      "redan första dagen hemma, så att han inte faller igen eller måste "
                      "tillbaka till sjukhuset."))
    rows.append(field("Frågor inför mötet", "—"))
    rows.append(field("Bakgrund",
                      "Gunnar föll i hallen hemma 2025-01-08 och opererades för höftfraktur "
                      "vänster sida 2025-01-09. Änkling sedan 2022, bor ensam i lägenhet tre "
                      "trappor upp med hiss. Har inte haft hemtjänst tidigare. Går nu med "
                      "rollator korta sträckor, behöver hjälp vid dusch och på/av med "
                      "stödstrumpor. Blodförtunnande och smärtlindring insatt."))
    rows.append(field("Gunnars mål",
                      "”Jag vill klara mig hemma och kunna gå ner till brevlådan själv före "
                      "midsommar.”"))
    rows.append(field("Gunnars delaktighet",
                      "Gunnar var med på hela mötet vid sängen. Han vill inte flytta till "
                      "korttidsboende utan helst direkt hem. Han tycker att larm ”är för gamla "
                      "människor” men gick med på trygghetslarm när dottern bad om det. Vill "
                      "helst ha samma personal från hemtjänsten så långt det går."))
    rows.append(field("Samtycke",
                      "✔ Muntligt samtycke till SIP och till att uppgifter lämnas mellan "
                      "sjukhuset, hälsocentralen och kommunen. Lämnat till kurator 2025-01-14."))
    rows.append('<tr><td style="padding-top:6px">' + chip("Insatser") + '</td></tr>'
                '<tr><td height="4"></td></tr>')
    rows.append(action(1, "Hemtjänst morgon och kväll, dusch 2 ggr/vecka, hjälp med stödstrumpor",
                       "Hemtjänst Örnsköldsvik, Domsjögruppen", "Från hemgång 2025-01-20"))
    rows.append(action(2, "Trygghetslarm installeras",
                       "Larm och teknik, Vård och omsorg Örnsköldsviks kommun", "2025-01-20"))
    rows.append(action(3, "Hembesök: gångträning, bedömning av rollator, toalettförhöjning och duschpall",
                       "Fysioterapeut och arbetsterapeut, Kommunal hälso- och sjukvård/rehab Örnsköldsvik",
                       "2025-01-21"))
    rows.append(action(4, "Suturtagning och såromläggning",
                       "Distriktssköterska, Hälsocentralen Domsjö", "2025-01-27"))
    rows.append(action(5, "Läkemedelsgenomgång (blodförtunnande, smärtlindring, sömn)",
                       "Regionen", "—"))
    rows.append(action(6, "Handlar mat och följer med på återbesök på ortopeden",
                       "Karin, dotter", "Varje lördag från 2025-01-25; återbesök enl. kallelse"))
    rows.append(field("Huvudansvarig", "—"))
    rows.append(field("Uppföljning",
                      "📅 Hembesök ca 4 veckor efter hemgång. Tid bokas senare."))
    rows.append(field("Deltagare",
                      "👤 Gunnar<br>👤 Karin, dotter<br>👤 Sjuksköterska<br>👤 Kurator<br>"
                      "👤 Biståndshandläggare<br>👤 Fysioterapeut"))

    html = f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>SIP – Gunnar</title>
<style>{css}</style></head>
<body>
<div class="col">
<table width="340" align="center" cellpadding="0" cellspacing="0">
<tr><td bgcolor="#2b4a6f" style="padding:6px"><font color="#ffffff"><b>‹ &nbsp;SIP · Gunnar</b></font>
<font color="#ffffff" size="1">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;⋮</font></td></tr>
<tr><td style="padding:4px"><font size="1" color="#6b6b70">Samplan mobil · Region Västernorrland / Örnsköldsviks kommun<br>
Utskrift 2025-01-16 10:42 · Samordnad individuell plan</font></td></tr>
<tr><td height="6"></td></tr>
{''.join(rows)}
<tr><td style="padding:4px"><font size="1" color="#6b6b70">Senast ändrad 2025-01-16 10:40 · Skriv ut / Dela</font></td></tr>
</table>
</div>
</body></html>
"""
    src = os.path.join(tmpdir, f"{PREFIX}-03.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html)
    fc = os.path.join(tmpdir, "fonts.conf")
    with open(fc, "w") as f:
        f.write('<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>'
                '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
                f'<dir>{os.path.join(HERE, "fonts")}</dir>'
                f'<cachedir>{os.path.join(tmpdir, "fccache")}</cachedir></fontconfig>\n')
    env = dict(os.environ, FONTCONFIG_FILE=fc)
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
                    "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export",
                    "--outdir", tmpdir, src], check=True, env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    shutil.copy(os.path.join(tmpdir, f"{PREFIX}-03.pdf"), path(3, "pdf"))


# ============================================================ 04 wiki <details> .md

def plan04():
    md = """---
title: SIP D. 2025-03-25
description: Samordnad individuell plan, LSS-enheten
published: true
date: 2025-03-26T08:14:22.301Z
tags: sip, lss, härnösand
editor: markdown
dateCreated: 2025-03-25T14:02:10.118Z
---

# SIP – D. (19 år)

> Mall: *SIP v2 (LSS-enheten)* · Klicka på en rubrik för att fälla ut den.

<details open>
<summary>Grunduppgifter</summary>

| | |
|---|---|
| **Datum** | 2025-03-25 kl. 13.30–15.00 |
| **Plats** | Socialtjänsten Härnösand, mötesrum Kanalen |
| **Person** | D., 19 år, personnr ÅÅMMDD-XXXX |
| **Typ av möte** | Första SIP-mötet |

</details>

<details open>
<summary>Syfte</summary>

Gemensam planering.

</details>

<details open>
<summary>Bakgrund</summary>

D. har autism (nivå 2) och lindrig intellektuell funktionsnedsättning. Han bor i gruppbostad enligt LSS 9 § 9 sedan augusti 2024 och har daglig verksamhet fyra dagar i veckan. Sedan januari sover D. dåligt, vaknar ofta 03–04 och har svårt att komma iväg på morgonen. Det har blivit fler utbrott vid frukosten och han har varit borta från daglig verksamhet nio dagar i februari. Melatonin sattes ut i höstas av tidigare läkare och ingen har sedan dess följt upp sömnen. Personalen på gruppbostaden har provat olika väckningstider utan att det blivit bättre.

</details>

<details open>
<summary>Frågeställningar</summary>

Diskutera läget inför sommaren.

</details>

<details>
<summary>Den enskildes mål</summary>

—

</details>

<details open>
<summary>Delaktighet</summary>

D. var med de första 20 minuterna tillsammans med pappa, sedan gick han ut med Ahmed från gruppbostaden.

</details>

<details>
<summary>Samtycke</summary>

—

</details>

<details open>
<summary>Insatser och ansvar</summary>

| Insats | Ansvarig | När |
|---|---|---|
| Daglig verksamhet fyra dagar/vecka med senare start (kl. 10.00) under april–maj | Enhetschef, Daglig verksamhet Härnösand | Från 2025-04-07 |
| Visuellt morgonschema och fasta väckningsrutiner, samma personal på morgnarna i möjligaste mån | Personalgruppen, gruppbostaden, Omsorgsförvaltningen Härnösand | Klart 2025-04-04 |
| Sömnkartläggning med sömndagbok i tre veckor, tillsammans med personalen | Arbetsterapeut, Vuxenhabiliteringen Härnösand | Start vecka 15 |
| Läkemedelsöversyn sömn | Regionen | Efter sömnkartläggningen |

</details>

<details open>
<summary>Huvudansvar</summary>

Sara, LSS-handläggare, Socialtjänsten Härnösand (LSS-enheten).

</details>

<details>
<summary>Andra aktörer</summary>

—

</details>

<details>
<summary>Uppföljning</summary>

—

</details>

<details open>
<summary>Deltagare</summary>

- Sara, LSS-handläggare, Socialtjänsten Härnösand (LSS-enheten)
- Kristina, enhetschef, Daglig verksamhet Härnösand
- Ahmed, kontaktperson, gruppbostaden, Omsorgsförvaltningen Härnösand
- Linnea, arbetsterapeut, Vuxenhabiliteringen Härnösand (Region Västernorrland)
- Tomas, pappa
- D. (de första 20 minuterna)

</details>

---
*Senast redigerad 2025-03-26 av LSS-handläggare · Sidan är skyddad, endast LSS-enheten har läsrätt.*
"""
    with open(path(4, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ============================================================ 05 follow-up .docx with strikethrough

def plan05():
    doc = Document()
    set_base_font(doc, "Arial", 10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hdr = sec.header.paragraphs[0]
    r = hdr.add_run("Kramfors kommun · Region Västernorrland")
    r.font.size = Pt(8)
    r.font.small_caps = True
    hdr.add_run("\t\tUppföljning SIP").font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Sida ")
    r.font.size = Pt(8)
    r = fp.add_run()
    r.font.size = Pt(8)
    add_field(r, "PAGE")

    t = doc.add_paragraph()
    rr = t.add_run("UPPFÖLJNING AV SAMORDNAD INDIVIDUELL PLAN (SIP)")
    rr.bold = True
    rr.font.size = Pt(14)

    info = doc.add_table(rows=4, cols=4)
    info.style = "Table Grid"
    vals = [
        ("Namn", "L.", "Personnummer", "ÅÅMMDD-XXXX"),
        ("Ursprunglig plan", "2024-11-12", "Uppföljningsmöte", "2025-05-06 kl. 14.00"),
        ("Plats", "Socialtjänsten Kramfors, barn och unga", "Uppföljning nr", "2"),
        ("Vårdnadshavare", "Mamma och pappa (gemensam vårdnad)", "", ""),
    ]
    for i, row in enumerate(vals):
        for j, v in enumerate(row):
            cell_text(info.cell(i, j), v, bold=(j % 2 == 0), size=9)
            if j % 2 == 0:
                shade(info.cell(i, j), "E7ECF2")
    m = info.cell(3, 1).merge(info.cell(3, 3))
    cell_text(m, "Mamma och pappa (gemensam vårdnad)", size=9)

    def label(text):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.space_after = Pt(2)
        r = p.add_run(text)
        r.bold = True
        return p

    label("Syfte")
    doc.add_paragraph("Fortsatt samordning.")

    label("Samtycke")
    doc.add_paragraph("L. och båda vårdnadshavarna skrev under blanketten ”Samtycke till SIP” "
                      "2024-11-12. Vid dagens möte bekräftade L. muntligt att samtycket "
                      "fortfarande gäller för alla verksamheter i planen.")

    label("Frågeställningar inför mötet")
    doc.add_paragraph("")

    label("Läget sedan förra mötet")
    doc.add_paragraph("L. har gått klart öppenvårdsprogrammet för ungdomar (12 träffar). "
                      "Urinproverna har varit negativa sedan februari förutom ett positivt för "
                      "cannabis i mitten av mars. Närvaron på Ådalsskolan har ökat från ungefär "
                      "50 % till 75 %, men han ligger efter i matematik och engelska. Han sover "
                      "fortfarande dåligt och har svårt att koncentrera sig på lektionerna. "
                      "Hälsocentralen har skickat remiss för bedömning av ADHD.")

    label("L:s synpunkter")
    doc.add_paragraph("L. deltog under hela mötet. Han tycker att samtalen med Amir har hjälpt "
                      "och vill fortsätta med dem, men vill inte lämna fler urinprov på skolan "
                      "eftersom kompisarna märker det – hellre på ungdomsmottagningen. Han vill "
                      "ha ett sommarjobb.")

    label("Mål")
    doc.add_paragraph("Målet är att L. ska fortsätta vara drogfri och få godkänt i alla kurser "
                      "i årskurs 2.")

    label("Insatser enligt planen 2024-11-12")
    old = [
        "Öppenvårdsprogram för ungdomar med riskbruk/missbruk, 12 träffar. Ansvarig: "
        "behandlare, Socialtjänsten Kramfors, öppenvården barn och unga. Nov 2024 – april 2025.",
        "Urinprov varannan vecka. Ansvarig: skolsköterska, Elevhälsan Ådalsskolan. "
        "Från 2024-11-18.",
        "Föräldrastöd, fyra samtal med båda föräldrarna. Ansvarig: familjebehandlare, "
        "Socialtjänsten Kramfors. Dec 2024 – feb 2025.",
        "Hälsosamtal om sömn och kost. Ansvarig: sjuksköterska, Ungdomsmottagningen Kramfors. "
        "Januari 2025.",
    ]
    for o in old:
        p = doc.add_paragraph(style="List Bullet")
        r = p.add_run(o)
        r.font.strike = True
        r2 = p.add_run(" (avslutad 2025-04-30)")
        r2.italic = True
        r2.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)

    label("Nya och fortsatta insatser från 2025-05-06")
    rows = [
        ("Insats", "Ansvarig (verksamhet/funktion)", "När"),
        ("Enskilda stödsamtal (MI/återfallsprevention) varannan vecka", "Behandlare Amir, "
         "Socialtjänsten Kramfors, öppenvården barn och unga", "2025-05-13 – 2025-08-29"),
        ("Urinprov en gång per månad på ungdomsmottagningen i stället för i skolan",
         "Sjuksköterska, Ungdomsmottagningen Kramfors", "Första 2025-05-20, sedan var 4:e vecka"),
        ("Bedömningssamtal inför ev. ADHD-utredning", "Läkare, Hälsocentralen Kramfors",
         "2025-06-10"),
        ("Förlängd tid i matematik och engelska, extra lektion med specialpedagog",
         "Mentor och specialpedagog, Ådalsskolan", "Från 2025-05-12 t.o.m. terminsslut 2025-06-12"),
        ("Feriepraktik tre veckor", "Arbetsmarknadsenheten, Kramfors kommun",
         "Vecka 27–29 (2025-06-30 – 2025-07-18)"),
    ]
    tbl = doc.add_table(rows=len(rows), cols=3)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            cell_text(tbl.cell(i, j), v, bold=(i == 0), size=9)
            if i == 0:
                shade(tbl.cell(i, j), "D9E2EC")
    repeat_header(tbl.rows[0])
    col_widths(tbl, (6.6, 5.8, 4.2))

    label("Övriga aktörer")
    doc.add_paragraph("Föräldrarna är informerade och stöttar. Arbetsförmedlingen kan bli aktuell "
                      "efter gymnasiet.")

    label("Nästa uppföljning")
    doc.add_paragraph("2025-09-02 kl. 14.00, Socialtjänsten Kramfors. Kallelse skickas i augusti.")

    label("Närvarande")
    doc.add_paragraph("L., mamma, pappa (via Teams), Elin, Jonas, Amir, Sofia")

    doc.save(path(5, "docx"))


# ============================================================ 06 dictation transcript .txt

def plan06():
    head = ("Diktamen – transkribering\n"
            "Inspelad: 2024-10-17 15:42   Längd: 00:07:12\n"
            "Tjänst: Taligenkänning (automatisk), ej korrekturläst\n"
            "--------------------------------------------------------------------------------\n\n")
    text = (
        "okej då börjar vi sipp för M-L ny rad datum 17 oktober 2024 mötet hölls på "
        "avdelning 5 psykiatrin Sundsvalls sjukhus inför utskrivning punkt ny rad rubrik "
        "syfte ny rad syftet är att M-L ska kunna skrivas ut och flytta hem till sin lägenhet "
        "i sol efter å utan att hon blir ensam och isolerad de första veckorna och att hon "
        "vet vem hon ska ringa om det blir sämre igen punkt ny rad rubrik bakgrund ny rad M-L "
        "är 45 år och har varit inlagd sedan 26 september efter ett suicid försök med "
        "tabletter punkt hon har en svår depression sedan våren och har varit sjukskriven "
        "sedan maj punkt hon bor ensam i en lägenhet i sol efter å sonen har flyttat till "
        "Umeå i höstas punkt hon har haft kontakt med öppen vården tidigare men slutade gå dit "
        "i somras punkt ny rad\n"
        "M-L var med på hela mötet punkt hon säger att hon känner sig redo för utskrivning men att "
        "det känns för långt att åka till Sundsvall på samtal hon vill ha samtalen i sol efter å punkt hon "
        "vill inte ha hem tjänst hon säger att hon klarar städning och mat själv men att "
        "kvällarna är värst punkt hon vill inte att sonen ska få veta allt som står i journalen "
        "punkt ny rad\n"
        "sam tycke finns punkt ny rad\n"
        "rubrik insatser ny rad punkt fortsatt kontakt med öppen vården i sol efter å "
        "ny rad punkt socialtjänsten ger stöd vid behov ny rad punkt hälso centralen följer "
        "upp det kroppsliga vid behov ny rad punkt kuratorn ser över det ekonomiska tillsammans "
        "med henne ny rad punkt hon ska få hjälp med det praktiska hemma i början om det "
        "behövs ny rad\n"
        "utskrivning planeras till nästa vecka ungefär när läkaren har bedömt henne punkt "
        "ny rad\n"
        "med på mötet var M-L mamma kuratorn skötaren Jessica och en soc sekreterare punkt "
        "läkaren kunde inte komma punkt ny rad\n"
        "uppföljning om en månad ungefär punkt ny rad\n"
        "slut diktat"
    )
    body = head + wrap(text, 80) + "\n"
    with open(path(6, "txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(body)


# ============================================================ 07 follow-up md with ~~ and task list

def plan07():
    md = """# Uppföljning SIP – J.

**Datum:** 2025-05-13, kl. 10.00–11.00  
**Plats:** Socialtjänsten Ånge, vuxenenheten / Teams  
**Ursprunglig plan:** 2025-01-21

## Syfte

Se ursprunglig plan.

## Frågor till dagens möte

- Kan arbetsträningen på Återbruket förlängas efter juni, och vem ansöker om det?
- Behöver J. en ny bedömning av ADHD-medicinen nu när han har sovit sämre sedan april?
- Räcker försörjningsstödet under tiden, eller behöver han söka aktivitetsstöd i stället?

## Mål

Målet är att J. ska kunna arbeta minst halvtid och ha en egen inkomst vid årsskiftet 2025/2026.

## J:s synpunkter

J. har inför mötet berättat för Maja att arbetsträningen är "det bästa jag gjort på flera år", men att han blir väldigt trött på eftermiddagarna och skulle vilja börja en timme senare. Han vill inte byta läkemedel om det går att undvika.

## Insatser

### Avslutade

- ~~Kartläggning och arbetsförberedande insats, handläggare Arbetsförmedlingen, januari–februari 2025~~ (avslutad 2025-02-28)
- ~~Insättning av ADHD-läkemedel och uppföljning av dos, läkare Hälsocentralen Ånge, 2025-02-04 – 2025-04-15~~ (avslutad 2025-04-15)
- ~~Hjälp att söka bostadstillägg/bostadsbidrag, socialsekreterare Socialtjänsten Ånge, februari 2025~~ (klart, beviljat i mars)

### Nya / pågående

- [ ] **Arbetsförmedlingen**, handläggare: beslut om förlängd arbetsträning på Återbruket (Ånge kommun) t.o.m. 2025-12-19, med start kl. 09.00 i stället för 08.00 — *senast 2025-06-13*
- [ ] **Återbruket, Ånge kommun**, arbetshandledare: ny arbetstid och en avstämning per vecka med J. — *från 2025-06-16*
- [ ] **Hälsocentralen Ånge**, sjuksköterska: läkemedelsuppföljning, blodtryck och vikt — *2025-06-03*
- [ ] **Hälsocentralen Ånge**, läkare: bedömning av sömnen och ev. justering av dos — *2025-06-17*
- [ ] **Socialtjänsten Ånge, vuxenenheten**, socialsekreterare: fortsatt försörjningsstöd under arbetsträningen
- [ ] **J. själv**: ringer AF-handläggaren samma dag om han är sjuk och inte kan gå till Återbruket — *löpande*

## Huvudansvar

Maja, socialsekreterare, Socialtjänsten Ånge, vuxenenheten.

## Nästa uppföljning

2025-09-09 kl. 10.00, Socialtjänsten Ånge.
"""
    with open(path(7, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ============================================================ 08 NOT a plan: handover note .docx

def plan08():
    doc = Document()
    set_base_font(doc, "Calibri", 11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    r = hp.add_run("Boendestödet Timrå – internt, sparas inte i akten")
    r.font.size = Pt(8)
    r.italic = True

    doc.add_heading("Överlämning – boendestöd", level=1)
    p = doc.add_paragraph()
    p.add_run("Brukare: ").bold = True
    p.add_run("P. (vi säger bara P. i anteckningarna)")
    p = doc.add_paragraph()
    p.add_run("Från: ").bold = True
    p.add_run("Sanna, boendestödjare   ")
    p.add_run("Till: ").bold = True
    p.add_run("Ida, boendestödjare")
    p = doc.add_paragraph()
    p.add_run("Gäller: ").bold = True
    p.add_run("min semester vecka 28–31 (2025-07-07 – 2025-08-03). Jag är tillbaka måndag 4/8.")

    doc.add_heading("Kort om P.", level=2)
    doc.add_paragraph("P. är 52 år och bor ensam i lägenheten sedan två år. Han har boendestöd "
                      "tre gånger i veckan enligt beslutet. Han är lugn och trevlig men blir "
                      "stressad om vi kommer oanmälda eller om det är någon ny som inte "
                      "presenterar sig – ring alltid på och säg vem du är genom dörren. Han "
                      "vill inte att man sätter sig i fåtöljen i vardagsrummet (det är hans).")
    doc.add_paragraph("Han har kontakt med psykiatrin och får sin medicin i dosett från apoteket "
                      "varannan vecka. Han sköter det själv men vi tittar i dosetten att den är "
                      "tömd rätt.")

    doc.add_heading("Veckan", level=2)
    rows = [
        ("Dag", "Tid", "Vad vi gör"),
        ("Måndag", "10.00–11.30", "Post och räkningar tillsammans. Titta i dosetten. Skriv "
         "veckans inköpslista (han vill skriva själv, du stavar om han frågar)."),
        ("Onsdag", "13.00–14.30", "Handla på Coop i centrum, gå dit (han vill inte åka bil). "
         "Varannan onsdag hämtar han dosetten på apoteket på vägen, v. 28 och v. 30."),
        ("Fredag", "10.00–11.00", "Tvättstugan – hans tid är fredag 10–13, han glömmer ofta att "
         "flytta över till torken. Plocka undan disk, kolla kylen efter gammal mat."),
    ]
    tbl = doc.add_table(rows=len(rows), cols=3)
    tbl.style = "Light Grid Accent 1"
    tbl.autofit = False
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            cell_text(tbl.cell(i, j), v, bold=(i == 0))
    repeat_header(tbl.rows[0])
    col_widths(tbl, (2.5, 2.8, 10.7))

    doc.add_heading("Bra att veta", level=2)
    for t in [
        "Tisdagar ringer han ofta till kontoret på förmiddagen, bara för att prata. Det är okej, "
        "5–10 minuter räcker.",
        "Om han inte öppnar: ring honom två gånger, vänta tio minuter och ring igen. Öppnar han "
        "fortfarande inte, ring gruppledaren.",
        "Han har en hyresskuld sedan i våras som är avbetald, men kolla att juli- och augustihyran "
        "är betald (ligger på autogiro, syns i kontoutdraget på måndagar).",
        "Han tycker om att prata om fotboll (GIF Sundsvall) – bra ingång när han är orolig.",
        "Nyckel finns INTE på kontoret, han vill inte det.",
    ]:
        doc.add_paragraph(t, style="List Bullet")

    doc.add_heading("Vem ringer du?", level=2)
    rows = [
        ("Vem", "När", "Hur"),
        ("Gruppledare Boendestödet Timrå", "Om han inte öppnar, eller om något känns fel",
         "Via växeln"),
        ("Hans sjuksköterska på psykiatriska öppenvården", "Om dosetten inte är tömd rätt eller han "
         "säger att han inte sover", "Via växeln, vardagar 8–16"),
        ("Hemtjänst Timrå centrum (nattpatrullen)", "Behövs inte normalt – bara om gruppledaren "
         "säger det", "Via växeln"),
        ("112", "Akut", "–"),
    ]
    tbl = doc.add_table(rows=len(rows), cols=3)
    tbl.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            cell_text(tbl.cell(i, j), v, bold=(i == 0))
            if i == 0:
                shade(tbl.cell(i, j), "DDEBF7")
    repeat_header(tbl.rows[0])
    col_widths(tbl, (5.5, 6.5, 4.0))

    doc.add_paragraph()
    doc.add_paragraph("Skriv gärna en rad i vår gemensamma anteckningsbok efter varje besök så "
                      "jag kan läsa ikapp när jag kommer tillbaka. Tack och trevlig sommar! /Sanna")
    doc.save(path(8, "docx"))


def main():
    os.makedirs(OUT, exist_ok=True)
    plan01()
    plan02()
    with tempfile.TemporaryDirectory(prefix="f104b-") as tmp:
        plan03(tmp)
    plan04()
    plan05()
    plan06()
    plan07()
    plan08()
    print("wrote", sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()
