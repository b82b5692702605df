#!/usr/bin/env python
"""Generate batch f97b: 8 documents (7 SIP plans + 1 non-plan) into plans/."""
import os
import subprocess
import textwrap

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
os.makedirs(OUT, exist_ok=True)
P = "f97b"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def fixed_core(doc, title):
    cp = doc.core_properties
    cp.title = title
    cp.author = ""
    import datetime
    cp.created = datetime.datetime(2025, 1, 1)
    cp.modified = datetime.datetime(2025, 1, 1)
    cp.last_modified_by = ""
    cp.revision = 1


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


def bold_label(doc, text, size=11):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(2)
    return p


def soffice_pdf(docx_path):
    subprocess.run(
        ["soffice", "-env:UserInstallation=file:///tmp/lo-f97b", "--headless",
         "--convert-to", "pdf", "--outdir", OUT, docx_path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


# ---------------------------------------------------------------- 01
def plan01():
    doc = Document()
    fixed_core(doc, "SIP")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Region Gotland · Socialförvaltningen / Hälso- och sjukvårdsförvaltningen\tSamordnad individuell plan"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Blankett SIP v. 3 – spara i båda journalsystemen"
    fp.runs[0].font.size = Pt(8)

    t = doc.add_paragraph()
    r = t.add_run("Samordnad individuell plan (SIP)")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Namn: Bertil (B.)    Personnummer: ÅÅMMDD-XXXX    Mötesdatum: 2025-03-13    Plats: Vårdcentralen Visby norr")

    bold_label(doc, "Följande delar har behandlats på mötet (kryssa):")
    boxes = [("Syfte", True), ("Frågeställningar", False), ("Mål", True), ("Delaktighet", True),
             ("Samtycke", True), ("Insatser och ansvar", True), ("Huvudansvar", True),
             ("Andra aktörer", False), ("Uppföljning", True), ("Deltagare", True)]
    line1 = "   ".join(("☒ " if v else "☐ ") + k for k, v in boxes[:5])
    line2 = "   ".join(("☒ " if v else "☐ ") + k for k, v in boxes[5:])
    doc.add_paragraph(line1)
    doc.add_paragraph(line2)
    doc.add_paragraph()

    bold_label(doc, "Syfte")
    doc.add_paragraph(
        "Syftet med planen är att Bertil ska kunna bo kvar hemma i lägenheten i Visby så länge "
        "som möjligt trots sin demenssjukdom, och att hustrun Inga ska få avlastning så att hon "
        "orkar fortsätta. Hemtjänst, dagverksamhet och vårdcentralen behöver samordna sig kring "
        "tider och läkemedel.")
    bold_label(doc, "Frågeställningar")
    doc.add_paragraph("")
    bold_label(doc, "Mål")
    doc.add_paragraph(
        "Bertil sa på mötet: ”Jag vill bo kvar hemma med Inga, det är här jag hör hemma. "
        "Och jag vill fortsätta gå ner till hamnen på eftermiddagarna.”")
    bold_label(doc, "Delaktighet")
    doc.add_paragraph(
        "Bertil deltog i mötet tillsammans med Inga. Han var trött mot slutet men tydlig med att "
        "han inte vill flytta till särskilt boende nu. Han kan tänka sig dagverksamhet två dagar "
        "i veckan om han får åka taxi och slipper färdtjänstbussen. Inga berättade att hon vårdar "
        "honom i hemmet dygnet runt och sover dåligt, hon är mycket sliten. Barnen bor på fastlandet "
        "och hjälper till när de kan.")
    bold_label(doc, "Samtycke")
    doc.add_paragraph("Samtycke finns.")
    bold_label(doc, "Insatser och ansvar")
    tbl = doc.add_table(rows=1, cols=3)
    tbl.style = "Table Grid"
    hdr = tbl.rows[0].cells
    for c, txt in zip(hdr, ["Insats", "Ansvarig", "När"]):
        c.text = ""
        c.paragraphs[0].add_run(txt).bold = True
        shade(c, "D9E2F3")
    rows = [
        ("Hemtjänst morgon och kväll: hjälp med hygien, påklädning och läkemedel enligt dosett",
         "Hemtjänst Visby centrum, gruppledare", "Fr.o.m. 2025-03-24"),
        ("Dagverksamhet för personer med demenssjukdom, tisdag och torsdag, med taxi",
         "Biståndshandläggare äldreomsorg, Socialförvaltningen", "Beslut senast 2025-04-04"),
        ("Läkemedelsgenomgång och uppföljning av demensutredning",
         "Distriktsläkare, Vårdcentralen Visby norr", "2025-04-10"),
        ("Kontakt med anhörigkonsulent om avlösning i hemmet och anhörigstöd för Inga",
         "Anhörigkonsulent, Socialförvaltningen", ""),
        ("Bedömning av hjälpmedel (duschpall, spisvakt)",
         "Arbetsterapeut, Rehab Visby", "Hembesök 2025-03-27"),
    ]
    for a, b, c in rows:
        cells = tbl.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = a, b, c
    doc.add_paragraph()
    bold_label(doc, "Huvudansvar")
    doc.add_paragraph("Region Gotland")
    bold_label(doc, "Andra aktörer")
    doc.add_paragraph("")
    bold_label(doc, "Uppföljning")
    doc.add_paragraph("Uppföljande SIP-möte 2025-06-12 kl. 10.00 på vårdcentralen.")
    bold_label(doc, "Deltagare")
    for d in ["Bertil och hustrun Inga",
              "Karin, biståndshandläggare, Socialförvaltningen Region Gotland, äldreomsorg",
              "Jonas, gruppledare, Hemtjänst Visby centrum",
              "Eva, distriktssköterska, Vårdcentralen Visby norr",
              "Sofia, arbetsterapeut, Rehab Visby"]:
        doc.add_paragraph(d, style="List Bullet")
    doc.save(os.path.join(OUT, f"{P}-01.docx"))


# ---------------------------------------------------------------- 02
def plan02():
    wrap = lambda s: "\n".join(textwrap.wrap(s, 76))
    parts = []
    parts.append("Utskrift från Lifecare SP / SIP-modul        Utskriftsdatum: 2025-09-18")
    parts.append("Ärende: SIP  M. (16 år)   Pnr: XXXXXX-XXXX")
    parts.append("Mötesdatum: 2025-09-17   Plats: Hemse skola, elevhälsans rum")
    parts.append("")
    parts.append("### SYFTE ###")
    parts.append("Samordning.")
    parts.append("")
    parts.append("### BAKGRUND ###")
    parts.append(wrap(
        "M. är 16 år och går i åk 9 på Hemse skola. Hon har sedan våren haft ökande ångest, "
        "svårt att gå till skolan och har skurit sig på armarna vid flera tillfällen. Hon har "
        "kontakt med BUP sedan 2025-05 och har haft två kontakter med socialtjänsten efter "
        "orosanmälan från skolan i augusti. Familjen består av M., mamma och lillebror."))
    parts.append("")
    parts.append("### FRÅGESTÄLLNINGAR ###")
    parts.append("- Hur ska skolan anpassa schemat så att M. kan vara i skolan utan att")
    parts.append("  ångesten tar över, och vem kontaktar hemmet vid frånvaro?")
    parts.append("- Vad gör vi om M. skadar sig under skoltid, vem ringer man?")
    parts.append("- Behöver familjen stöd från socialtjänsten, t.ex. familjebehandling?")
    parts.append("")
    parts.append("### DEN ENSKILDES MÅL ###")
    parts.append(wrap(
        "M.: ”Jag vill klara nian och få betyg i alla ämnen. Och jag vill sluta skada mig, "
        "jag vill ha något annat att göra när det blir för mycket.”"))
    parts.append("")
    parts.append("### DELAKTIGHET ###")
    parts.append(wrap(
        "M. deltog på mötet tillsammans med mamma. Pappa (gemensam vårdnad) kunde inte komma "
        "men har pratats med i telefon innan. M. ville helst inte prata om självskadorna inför "
        "alla, det respekterades. Hon önskar att få gå ut ur klassrummet utan att behöva förklara "
        "sig och vill ha samma lärare som kontaktperson hela terminen."))
    parts.append("")
    parts.append("### SAMTYCKE ###")
    parts.append(wrap(
        "Skriftligt samtycke till informationsutbyte mellan BUP, skolan och socialtjänsten "
        "undertecknat av M. och båda vårdnadshavarna 2025-09-15 (blankett Samtycke SIP)."))
    parts.append("")
    parts.append("### INSATSER ###")
    parts.append("- [BUP Visby] KBT-behandling med fokus på ångest och självskada,")
    parts.append("  varannan vecka (från 2025-09-24)")
    parts.append("- [BUP Visby] Krisplan vid självskada upprättas tillsammans med M.,")
    parts.append("  delas med elevhälsan (från 2025-09-24)")
    parts.append("- [Elevhälsan Hemse skola] Anpassat schema med paus-rum och kurator-")
    parts.append("  samtal en gång i veckan (från 2025-09-22)")
    parts.append("- [Hemse skola, mentor] Daglig frånvarokontakt med hemmet via")
    parts.append("  Schoolsoft (från 2025-09-22)")
    parts.append("- [IFO Barn och unga, Region Gotland] Utredning om familjebehandling")
    parts.append("  (från: ej fastställt)")
    parts.append("")
    parts.append("### UPPFÖLJNING ###")
    parts.append("Uppföljning vecka 46, kurator skickar kallelse.")
    parts.append("")
    parts.append("### DELTAGARE ###")
    parts.append("M., mamma, Anna (kurator), Lars (mentor), Helena (behandlare),")
    parts.append("Johan (socialsekreterare)")
    parts.append("")
    parts.append("-- Slut på utskrift --")
    text = "\n".join(parts) + "\n"
    with open(os.path.join(OUT, f"{P}-02.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# ---------------------------------------------------------------- 03
def plan03():
    doc = Document()
    fixed_core(doc, "SIP Karlskrona")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hp.text = "Region Blekinge / Karlskrona kommun – Samordnad individuell plan"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Utskriven 2025-04-09"
    fp.runs[0].font.size = Pt(8)

    doc.add_heading("Samordnad individuell plan", level=1)
    info = doc.add_table(rows=3, cols=4)
    info.style = "Table Grid"
    vals = [("Namn", "J.", "Personnummer", "XXXXXX-XXXX"),
            ("Mötesdatum", "2025-04-08", "Plats", "Psykiatriska öppenvårdsmottagningen Karlskrona"),
            ("Planen upprättad av", "Kim, samordnare, Socialpsykiatrin Karlskrona kommun", "", "")]
    for i, row in enumerate(vals):
        for j, v in enumerate(row):
            info.cell(i, j).text = v
            if j in (0, 2) and v:
                info.cell(i, j).paragraphs[0].runs[0].bold = True
    m = info.cell(2, 1).merge(info.cell(2, 3))
    m.text = "Kim, samordnare, Socialpsykiatrin Karlskrona kommun"

    doc.add_heading("Syfte med SIP", level=2)
    doc.add_paragraph(
        "J. skrevs ut från psykiatrisk heldygnsvård i mars efter ett skov av sin schizofreni. "
        "Syftet med planen är att samordna boende, medicinering och ekonomi så att J. kan klara "
        "sig i egen lägenhet i Karlskrona och inte behöver läggas in igen.")
    doc.add_heading("Frågeställningar", level=2)
    doc.add_paragraph("Diskutera läget.")
    doc.add_heading("Mål", level=2)
    doc.add_paragraph(
        "Målet är att J. ska ha ett stabilt boende, ta sin medicin regelbundet och få en "
        "meningsfull sysselsättning under hösten.")
    doc.add_heading("Insatser", level=2)
    doc.add_paragraph("Se tabellen på nästa sida.")

    # landscape section for the table
    new = doc.add_section()
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = sec.page_height, sec.page_width
    tbl = doc.add_table(rows=1, cols=5)
    tbl.style = "Table Grid"
    for c, txt in zip(tbl.rows[0].cells, ["Insats", "Utförare", "Start", "Slut", "Kommentar"]):
        c.text = ""
        c.paragraphs[0].add_run(txt).bold = True
        shade(c, "E2EFD9")
    repeat_header(tbl.rows[0])
    rows = [
        ("Depåinjektion var tredje vecka och läkemedelsuppföljning",
         "Sjuksköterska, Psykiatriska öppenvårdsmottagningen Karlskrona", "2025-04-15", "Tillsvidare", ""),
        ("Läkarbesök för bedömning av medicinering och biverkningar",
         "Läkare, Psykiatriska öppenvårdsmottagningen Karlskrona", "2025-05-06", "2025-05-06", ""),
        ("Boendestöd i hemmet 2 ggr/vecka (struktur, inköp, städning)",
         "Boendestödjare, Socialpsykiatrin Karlskrona kommun", "", "", "avvaktar beslut"),
        ("Sysselsättning – träfflokal/daglig sysselsättning",
         "Socialpsykiatrin Karlskrona kommun, biståndshandläggare", "", "", "avvaktar beslut"),
        ("Ekonomi: betala hyra och räkningar, veckopeng till J.",
         "God man (förordnad av överförmyndaren)", "2025-04-01", "Tillsvidare", "Redan påbörjat"),
        ("Ansökan om sjukersättning hos Försäkringskassan",
         "God man tillsammans med J.; läkarintyg från öppenvården", "2025-04-22", "", "Läkarintyg skrivs av ansvarig läkare"),
        ("Ansökan om bostad med särskild service (SoL)",
         "Biståndshandläggare, Karlskrona kommun", "", "", "avvaktar beslut"),
    ]
    for r in rows:
        cells = tbl.add_row().cells
        for c, v in zip(cells, r):
            c.text = v

    new2 = doc.add_section()
    new2.orientation = WD_ORIENT.PORTRAIT
    new2.page_width, new2.page_height = sec.page_width, sec.page_height
    doc.add_heading("Huvudansvar", level=2)
    doc.add_paragraph("Kim, samordnare, Socialpsykiatrin Karlskrona kommun, har huvudansvaret för planen.")
    doc.add_heading("Deltagare", level=2)
    for d in ["Kim, samordnare, Socialpsykiatrin Karlskrona kommun",
              "Maria, biståndshandläggare, Socialförvaltningen Karlskrona kommun",
              "Ahmed, sjuksköterska, Psykiatriska öppenvårdsmottagningen Karlskrona",
              "Ulla, överläkare, Psykiatriska öppenvårdsmottagningen Karlskrona",
              "Göran, god man för J."]:
        doc.add_paragraph(d, style="List Bullet")
    p = os.path.join(OUT, f"{P}-03.docx")
    doc.save(p)
    soffice_pdf(p)
    os.remove(p)


# ---------------------------------------------------------------- 04
def plan04():
    md = """# SIP – Elias, åk 7 🏫

*Skrivet av: Therese (kurator)*
*Möte: 2025-02-11 kl. 13.15, konferensrummet*

---

## 👥 Vilka var med

- Elias (elev)
- Sandra (mamma)
- Therese (kurator)
- Mikael (mentor)
- Nadia (skolsköterska)
- Oskar (socialsekreterare)
- Frida (psykolog)

## ❓ Det vi behövde reda ut

1. Hur kan Elias komma tillbaka till skolan stegvis när han nu varit hemma nästan helt sedan oktober?
2. Behöver Elias utredas för ångest eller NPF, och vem gör det – skolan eller BUP?
3. Vad kan socialtjänsten erbjuda familjen hemma, mamma orkar inte få iväg honom på morgnarna?

## 💬 Elevens röst

Elias var med första halvtimmen och sa själv:

> "Det är för mycket folk i korridoren och i matsalen. Jag får ont i magen redan när jag vaknar. Mikael är okej, honom kan jag prata med."

Han ville inte vara med när vi pratade om utredning, det fick han slippa. Mamma var med hela mötet.

## 🎯 Mål

Målet är att Elias ska vara i skolan minst tre förmiddagar i veckan före sportlovet vecka 9 och sedan öka.

## 🧩 Vad vi gör

| Vad | Vem | När |
|---|---|---|
| Anpassat schema, start 08.30 i studion i stället för klassrummet | Mentor Mikael, Kallingeskolan | Från 2025-02-17 |
| Morgonsamtal 10 min med mentor varje skoldag | Mentor Mikael | Från 2025-02-17 |
| Lunch i mindre rum med två kompisar | Skolsköterska Nadia | Från 2025-02-17 |
| Bedömning av ångest och ev. remiss för NPF-utredning | Regionen | |
| Familjebehandlare, hembesök på morgonen en gång i veckan | IFO Barn och familj, Ronneby kommun | Start 2025-03-03 |

Mamma stöttar hemma så gott hon kan.

## 🗂️ Övrigt

- Vårdnadshavare har samtyckt till SIP.
- Huvudansvar: kurator.

Therese 🌱
"""
    with open(os.path.join(OUT, f"{P}-04.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ---------------------------------------------------------------- 05
def plan05():
    doc = Document()
    fixed_core(doc, "SIP Karlshamn")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Karlshamns kommun · Region Blekinge"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.text = "SIP – samordnad individuell plan enligt SoL 2 kap. 7 § och HSL 16 kap. 4 §"
    fp.runs[0].font.size = Pt(8)

    title = doc.add_paragraph()
    r = title.add_run("Samordnad individuell plan")
    r.bold = True
    r.font.size = Pt(18)
    r.font.small_caps = True

    tbl = doc.add_table(rows=0, cols=2)
    tbl.style = "Table Grid"
    facts = [
        ("Den enskilde", "Annika (A.), ÅÅMMDD-XXXX"),
        ("Datum för möte", "2025-05-20"),
        ("Plats", "Annikas hem, Karlshamn"),
        ("Typ av möte", "Första SIP-mötet"),
        ("Samtycke", "Ja"),
        ("Huvudansvarig för planen", "Pernilla, biståndshandläggare, Vård och omsorg, Karlshamns kommun"),
        ("Deltagare", "Annika\n"
                      "Pernilla, biståndshandläggare, Vård och omsorg, Karlshamns kommun\n"
                      "Stina, enhetschef, Hemtjänst Karlshamn väster\n"
                      "Rasmus, fysioterapeut, Kommunrehab Karlshamn\n"
                      "Linda, MS-sjuksköterska, Neurologmottagningen Blekingesjukhuset Karlshamn\n"
                      "Ali, distriktssköterska, Vårdcentralen Karlshamn"),
    ]
    for k, v in facts:
        cells = tbl.add_row().cells
        cells[0].text = ""
        cells[0].paragraphs[0].add_run(k).bold = True
        shade(cells[0], "F2F2F2")
        cells[1].text = v
    for row in tbl.rows:
        row.cells[0].width = Cm(5)
        row.cells[1].width = Cm(11)

    doc.add_heading("1. Inledning", level=1)
    doc.add_heading("1.1 Syfte", level=2)
    doc.add_paragraph("Gemensam planering.")
    doc.add_heading("1.2 Frågeställningar", level=2)
    doc.add_paragraph("")
    doc.add_heading("1.3 Bakgrund", level=2)
    doc.add_paragraph(
        "Annika är 55 år och har skovvis förlöpande MS sedan tjugo år, med försämring under "
        "vintern. Hon går med rollator inomhus och använder rullstol ute. Hon bor ensam i "
        "lägenhet och har hemtjänst morgon och kväll sedan januari. Hon har fallit två gånger i "
        "badrummet och har svår trötthet (fatigue) på eftermiddagarna.")

    doc.add_heading("2. Den enskildes mål och delaktighet", level=1)
    doc.add_heading("2.1 Annikas mål", level=2)
    doc.add_paragraph(
        "”Jag vill kunna duscha själv med lite hjälp, och jag vill orka gå på körövningen på "
        "onsdagarna igen. Jag vill inte ha folk i lägenheten hela dagarna.”")
    doc.add_heading("2.2 Delaktighet", level=2)
    doc.add_paragraph(
        "Mötet hölls hemma hos Annika på hennes begäran eftersom hon blir för trött av resor. "
        "Hon ledde själv genomgången av sin vardag och önskade färre men längre besök av hemtjänsten "
        "samt att samma personal kommer så långt det går.")

    doc.add_heading("3. Insatser och ansvar", level=1)
    doc.add_heading("3.1 Kommunens insatser", level=2)
    for t in [
        "Hemtjänst Karlshamn väster: omplanering till två längre besök per dag med fast "
        "kontaktperson, dusch tisdag och fredag. Ansvarig enhetschef Stina, från 2025-06-02.",
        "Kommunrehab Karlshamn: fysioterapeut Rasmus gör hembesök och provar duschstol med "
        "armstöd och stödhandtag i badrummet, 2025-05-27. Förskrivning samma dag.",
        "Biståndshandläggare Pernilla: beslut om trygghetslarm med fallsensor senast 2025-05-30.",
    ]:
        doc.add_paragraph(t, style="List Bullet")
    doc.add_heading("3.2 Regionens insatser", level=2)
    for t in [
        "Neurologmottagningen Blekingesjukhuset: MS-sjuksköterska Linda bokar återbesök hos "
        "neurolog för utvärdering av bromsmedicin och fatigue, 2025-06-17.",
        "Vårdcentralen Karlshamn: distriktssköterska Ali gör läkemedelsgenomgång tillsammans med "
        "hemtjänsten, 2025-06-10.",
    ]:
        doc.add_paragraph(t, style="List Bullet")

    doc.add_heading("4. Uppföljning", level=1)
    doc.add_heading("4.1 Datum för uppföljning", level=2)
    doc.add_paragraph("Uppföljande SIP-möte 2025-09-09 kl. 14.00 hemma hos Annika. Pernilla kallar.")
    doc.save(os.path.join(OUT, f"{P}-05.docx"))


# ---------------------------------------------------------------- 06
def plan06():
    pdf = FPDF(orientation="L", unit="mm", format="A4")
    pdf.add_font("DV", "", FONT)
    pdf.add_font("DV", "B", FONTB)
    pdf.set_auto_page_break(True, 15)
    pdf.set_creation_date(__import__("datetime").datetime(2025, 4, 23))
    pdf.add_page()
    pdf.set_font("DV", "B", 16)
    pdf.cell(0, 10, "SIP – Sara, 22 år", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 9)
    pdf.cell(0, 5, "Sölvesborgs kommun / Region Blekinge · Möte 2025-04-22 · Kommunhuset Sölvesborg",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    def para(head, body):
        pdf.set_font("DV", "B", 11)
        pdf.cell(0, 6, head, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "", 10)
        pdf.multi_cell(0, 5, body, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    para("Bakgrund",
         "Sara har autism och har sedan gymnasiet (avslutat 2021) inte haft någon sysselsättning. "
         "Hon bor hemma hos sin mamma i Sölvesborg, sover mycket på dagarna och går sällan ut. "
         "Hon har kontakt med Habiliteringen i Karlshamn sedan barndomen men har inte varit där "
         "på över ett år. Hon har aktivitetsersättning från Försäkringskassan som löper ut 2026.")
    para("Saras egen önskan",
         "Sara var inte med på mötet. Hennes kontaktperson från LSS har pratat med henne inför "
         "mötet och Sara vill att detta ska stå med: ”Jag vill ha något att göra på dagarna, men "
         "inte i en stor grupp och inte där det låter mycket. Jag är bra på datorer och djur.”")
    para("Planerade insatser",
         "Insatserna följer på varandra enligt flödet nedan.")

    boxes = [
        ("1. Bedömning av aktivitetsförmåga",
         "Vem: Arbetsterapeut, Habiliteringen Region Blekinge",
         "Vad: Bedömning av aktivitetsförmåga och sensoriska behov, hembesök",
         "När: 2025-05-14"),
        ("2. Ansökan daglig verksamhet",
         "Vem: LSS-handläggare, Sölvesborgs kommun",
         "Vad: Utredning och beslut om daglig verksamhet enligt LSS 9 § 10",
         "När: beslut senast 2025-06-05"),
        ("3. Kartläggning AF",
         "Vem: Arbetsförmedlare, Arbetsförmedlingen Karlshamn",
         "Vad: Kartläggning och inskrivning, bedömning av lönebidrag/praktik med djur eller IT",
         "När: 2025-06-11"),
        ("4. Studiebesök",
         "Vem: Sara med kontaktperson LSS, Sölvesborgs kommun",
         "Vad: Besök på daglig verksamhet (djurgruppen) och på AF:s praktikplats",
         "När: 2025-06-24"),
    ]
    y = pdf.get_y() + 4
    bw, bh, gap = 58, 62, 12
    x = pdf.l_margin
    for i, (t, who, what, when) in enumerate(boxes):
        pdf.set_draw_color(40, 80, 140)
        pdf.set_fill_color(232, 240, 250)
        pdf.rect(x, y, bw, bh, style="DF")
        pdf.set_xy(x + 2, y + 2)
        pdf.set_font("DV", "B", 9)
        pdf.multi_cell(bw - 4, 4.5, t, align="L", new_x="LEFT", new_y="NEXT")
        pdf.ln(1)
        pdf.set_font("DV", "", 8)
        for line in (what, who, when):
            pdf.set_x(x + 2)
            pdf.multi_cell(bw - 4, 4, line, align="L", new_x="LEFT", new_y="NEXT")
            pdf.ln(1)
        if i < len(boxes) - 1:
            pdf.set_font("DV", "B", 16)
            pdf.set_xy(x + bw, y + bh / 2 - 4)
            pdf.cell(gap, 8, "→", align="C")
        x += bw + gap
    pdf.set_xy(pdf.l_margin, y + bh + 6)
    para("Uppföljning", "Vi ses igen i oktober för att se hur det har gått.")
    pdf.output(os.path.join(OUT, f"{P}-06.pdf"))


# ---------------------------------------------------------------- 07
def plan07():
    def w(s):
        return "\n".join(textwrap.wrap(s, 74))
    paras = [
        "MINNESANTECKNINGAR SIP-MÖTE",
        "Datum: 2025-10-02, Slite servicecenter",
        "",
        w("Närvarande var Lena som är socialsekreterare på Socialförvaltningen Region "
          "Gotland, vuxenenheten Visby, Mats som är sjuksköterska på Beroendemottagningen "
          "Visby, Birgitta som är distriktssköterska på Vårdcentralen Slite, och Peter som "
          "är boendesamordnare på Socialförvaltningen Region Gotland. Lena skrev "
          "anteckningarna."),
        "",
        w("R. var kallad men kom inte. Han har inte hörts av sedan förra veckan."),
        "",
        w("Mötet skulle diskutera läget för R. Han är 50 år, har druckit mycket under "
          "sommaren och har sedan augusti ingen egen bostad. Han har sovit hos en kompis i "
          "Slite och några nätter i en husvagn. Vårdcentralen har träffat honom två gånger "
          "på akut tid för sår på benen och abstinens. Beroendemottagningen har haft kontakt "
          "tidigare men han uteblev från de senaste besöken. Samtycke finns sedan tidigare."),
        "",
        w("Vi pratade om att boendet är det största problemet och att det är svårt att få "
          "till något när han dricker. Peter berättade att det finns platser på "
          "akutboendet i Visby men det är oklart om R. vill det. "
          "Mats menade att det är svårt att erbjuda mer från beroendemottagningen innan R. "
          "själv hör av sig."),
        "",
        "BESLUT: Fortsatt kontakt och stöd vid behov.",
        "",
        "BESLUT: Boendefrågan tas upp igen när R. är nåbar.",
        "",
        "BESLUT: Socialtjänsten har huvudansvaret.",
        "",
        "Nytt möte vid behov.",
        "",
        "Antecknat av Lena",
    ]
    text = "\r\n".join("\r\n".join(p.split("\n")) for p in paras) + "\r\n"
    with open(os.path.join(OUT, f"{P}-07.txt"), "wb") as f:
        f.write(text.encode("utf-8"))


# ---------------------------------------------------------------- 08
def plan08():
    doc = Document()
    fixed_core(doc, "Checklista hemgång")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Region Blekinge · Blekingesjukhuset Karlskrona · Medicinavdelning 41"
    hp.runs[0].font.size = Pt(8)
    doc.add_heading("Samordnad vårdplanering – checklista för hemgång", level=1)
    doc.add_paragraph("Patient: G. (84 år)    Personnummer: ÅÅMMDD-XXXX")
    doc.add_paragraph("Inskriven: 2025-11-03    Beräknat utskrivningsdatum: 2025-11-12")
    doc.add_paragraph("Diagnos: Pneumoni, hjärtsvikt. Bor ensam i lägenhet i Karlskrona.")
    doc.add_paragraph("Inskrivningsmeddelande skickat i Cosmic LINK: ☒ 2025-11-03")

    tbl = doc.add_table(rows=1, cols=3)
    tbl.style = "Table Grid"
    for c, txt in zip(tbl.rows[0].cells, ["Kontrollpunkt", "Klart", "Signatur / kommentar"]):
        c.text = ""
        c.paragraphs[0].add_run(txt).bold = True
        shade(c, "DDDDDD")
    repeat_header(tbl.rows[0])
    items = [
        ("Läkemedelslista uppdaterad och skickad", "☒", "Läk. 2025-11-11"),
        ("Läkemedel för 3 dygn med hem / dosdispensering beställd", "☒", "Ssk, dosdispensering från 2025-11-14"),
        ("Läkemedelsberättelse given till patient", "☐", ""),
        ("Hjälpmedel: rollator", "☒", "Finns i hemmet"),
        ("Hjälpmedel: toalettförhöjning, duschstol", "☒", "Arbetsterapeut avd. beställt"),
        ("Hemtjänst beställd / utökad (kommunen underrättad)", "☒", "Meddelande till Karlskrona kommun 2025-11-10"),
        ("Hemsjukvård: sårvård/injektioner", "☐", "Ej aktuellt"),
        ("Trygghetslarm", "☒", "Finns sedan tidigare"),
        ("Transport hem beställd", "☒", "Sjukresa 2025-11-12 kl. 11"),
        ("Närstående informerade", "☒", "Sonen, per telefon"),
        ("Återbesök / uppföljning vårdcentral", "☐", "Vårdcentralen kontaktar patienten"),
        ("Behov av SIP bedömt", "☐", ""),
    ]
    for a, b, c in items:
        cells = tbl.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = a, b, c
        cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph()
    doc.add_paragraph("Utskrivningsklar enligt ansvarig läkare: ☒   Datum: 2025-11-11")
    doc.add_paragraph("Ifylld av: sjuksköterska, Medicinavdelning 41, Blekingesjukhuset")
    doc.save(os.path.join(OUT, f"{P}-08.docx"))


def normalize_docx(path):
    """Rewrite the zip with fixed timestamps so reruns give identical files."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


if __name__ == "__main__":
    os.environ.setdefault("SOURCE_DATE_EPOCH", "1735689600")
    for fn in (plan01, plan02, plan03, plan04, plan05, plan06, plan07, plan08):
        fn()
    for f in sorted(os.listdir(OUT)):
        if f.endswith(".docx"):
            normalize_docx(os.path.join(OUT, f))
    print("done")
