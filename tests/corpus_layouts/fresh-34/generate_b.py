#!/usr/bin/env python
"""Generate batch fresh-34b (prefix f34b): 7 fictional SIP plans + 1 non-plan.

Run with python generate_b.py
Deterministic: fixed texts and dates, no randomness.
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

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f34b"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_I = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"


def path(nn, ext):
    return os.path.join(OUT, f"{PREFIX}-{nn:02d}.{ext}")


def fixed_core(doc, title, author):
    """Fixed core properties so repeated runs give the same metadata."""
    import datetime as dt
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = dt.datetime(2025, 1, 1, 8, 0, 0)
    cp.modified = dt.datetime(2025, 1, 1, 8, 0, 0)
    cp.revision = 1


def set_cell_shading(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def mark_header_row(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def table_with_header(doc, headers, rows, widths=None, style="Table Grid"):
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = style
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = t.rows[0]
    mark_header_row(hdr)
    for i, h in enumerate(headers):
        c = hdr.cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(h)
        r.bold = True
        set_cell_shading(c, "D9E2F3")
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


def bold_para(doc, text, size=None, space_before=10):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(space_before)
    p.paragraph_format.space_after = Pt(3)
    p.paragraph_format.keep_with_next = True
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    return p


def convert_to_pdf(src, outdir):
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file:///tmp/lo-{PREFIX}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            outdir,
            src,
        ],
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        timeout=180,
    )


# ---------------------------------------------------------------------------
# 01 – school health plan, 15-year-old with anorexia, Hallstahammar (.docx)
# ---------------------------------------------------------------------------
def plan01():
    doc = Document()
    fixed_core(doc, "SIP Ella åk 9", "Elevhälsan Lindboskolan")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Hallstahammars kommun – Barn- och utbildningsförvaltningen\tElevhälsan, Lindboskolan"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Sekretess enligt OSL 25 kap. 1 § och 23 kap. 2 §. Förvaras i elevhälsans journal."
    fp.runs[0].font.size = Pt(8)

    p = doc.add_paragraph()
    r = p.add_run("Samordnad individuell plan (SIP)")
    r.bold = True
    r.font.size = Pt(16)
    p = doc.add_paragraph()
    r = p.add_run("Elevhälsan och BUP – plan kring skolgång och måltider")
    r.font.size = Pt(12)
    r.italic = True

    info = doc.add_table(rows=3, cols=2)
    info.style = "Table Grid"
    vals = [
        ("Elev", "Ella, åk 9 B, Lindboskolan"),
        ("Personnummer", "ÅÅMMDD-XXXX"),
        ("Datum för SIP-möte", "2025-01-22, kl. 13.00–14.30, elevhälsans rum"),
    ]
    for i, (k, v) in enumerate(vals):
        info.rows[i].cells[0].text = ""
        info.rows[i].cells[0].paragraphs[0].add_run(k).bold = True
        info.rows[i].cells[1].text = v
        info.rows[i].cells[0].width = Cm(4.5)
        info.rows[i].cells[1].width = Cm(12)

    bold_para(doc, "Bakgrund")
    doc.add_paragraph(
        "Ella har sedan oktober 2024 kontakt med BUP Västerås, ätstörningsteamet, där hon har "
        "fått diagnosen anorexia nervosa. Hon har gått ner i vikt under hösten och har under "
        "december och januari haft ca 30 % frånvaro, mest på eftermiddagarna och på lektionerna "
        "i idrott och hälsa. Hon har inte ätit skollunch sedan slutet av november. BUP har "
        "påbörjat familjebaserad behandling och har en måltidsplan som familjen följer hemma. "
        "Skolan behöver veta hur måltidsplanen ska följas under skoldagen och hur undervisningen "
        "ska anpassas under våren, då Ella går sista året och ska få slutbetyg."
    )

    bold_para(doc, "Syfte med planen")
    doc.add_paragraph("Gemensam bild och samordning.")

    bold_para(doc, "Frågor som behöver lösas")
    for q in [
        "Hur ska skollunchen läggas upp så att Ella äter det som står i måltidsplanen från BUP?",
        "Kan Ella delta i idrott och hälsa under vårterminen, och i så fall i vilken form?",
        "Hur hanterar vi frånvaron och de ämnen där betyg riskeras inför slutbetyget i juni?",
    ]:
        doc.add_paragraph(q, style="List Number")

    bold_para(doc, "Mål")
    doc.add_paragraph(
        "Målet är att Ella ska äta skollunch varje skoldag enligt måltidsplanen och att "
        "frånvaron ska minska så att hon kan nå godkända betyg i alla ämnen i åk 9."
    )

    bold_para(doc, "Ellas synpunkter")
    doc.add_paragraph(
        "Ella vill helst äta lunch i ett mindre rum och inte i matsalen. Hon vill inte att "
        "klasskamraterna ska få veta varför hon inte har idrott, och hon vill själv bestämma "
        "vad som sägs till klassen."
    )

    bold_para(doc, "Samtycke")
    doc.add_paragraph("Samtycke finns.")

    bold_para(doc, "Insatser – BUP Västerås, ätstörningsteamet")
    for t in [
        "Familjebaserad behandling (FBT) med Ella och föräldrarna, besök varje tisdag kl. 15.00 "
        "fr.o.m. 2025-01-28. Ansvarig: behandlare på ätstörningsteamet.",
        "Vägning och kontroll av puls och blodtryck vid varje besök. Ansvarig: sjuksköterska på "
        "ätstörningsteamet, fr.o.m. 2025-01-28.",
        "Medicinsk bedömning av om Ella kan delta i idrott och hälsa. Läkaren ger skriftligt besked "
        "till skolsköterskan senast 2025-02-14.",
        "Skickar en anpassad måltidsplan för skoldagen (lunch och mellanmål) till skolsköterskan "
        "senast 2025-01-24. Ansvarig: dietist på ätstörningsteamet.",
    ]:
        doc.add_paragraph(t, style="List Bullet")

    bold_para(doc, "Insatser – Lindboskolan")
    for t in [
        "Måltidsstöd: Ella äter lunch i elevhälsans mindre rum tillsammans med elevassistenten, "
        "varje skoldag fr.o.m. 2025-01-27. Elevassistenten fyller i måltidsschemat och lämnar det "
        "till skolsköterskan på fredagar. Ansvarig: skolsköterskan.",
        "Mellanmål kl. 14.00 i elevhälsans rum, fr.o.m. 2025-01-27. Ansvarig: skolsköterskan.",
        "Mentorn gör tillsammans med Ella en anpassad studieplan där ämnen med risk för F "
        "prioriteras och där prov kan skrivas i mindre grupp.",
        "Idrott och hälsa ersätts tills vidare av teoretiska uppgifter, fr.o.m. 2025-01-27 och "
        "fram till läkarens besked. Ansvarig: idrottsläraren.",
        "Kurator erbjuder Ella stödsamtal varannan vecka, första samtalet 2025-01-30.",
    ]:
        doc.add_paragraph(t, style="List Bullet")

    bold_para(doc, "Föräldrarnas uppgifter")
    for t in [
        "Ansvarar för frukost, middag och kvällsmål enligt BUP:s måltidsplan, varje dag.",
        "Lämnar Ella i skolan på morgonen och hämtar vid behov efter sista lektionen, fr.o.m. 2025-01-27.",
        "Hör av sig till mentorn senast kl. 08.00 om Ella är sjuk eller kommer senare.",
        "Tar med sig måltidsschemat från skolan till besöken på BUP varje tisdag.",
    ]:
        doc.add_paragraph(t, style="List Bullet")

    bold_para(doc, "Huvudansvar för planen")
    doc.add_paragraph("BUP Västerås har huvudansvaret för planen.")

    bold_para(doc, "Uppföljning")
    doc.add_paragraph(
        "Planen följs upp på nytt SIP-möte 2025-03-12 kl. 13.00 i elevhälsans rum på Lindboskolan. "
        "Kallelse skickas ut två veckor innan."
    )
    doc.save(path(1, "docx"))


# ---------------------------------------------------------------------------
# 02 – social worker's e-mail after the meeting, Sala (.txt, cp1252, CRLF)
# ---------------------------------------------------------------------------
def plan02():
    body = """Från: Lena, Vuxenenheten IFO Sala
Till: SIP Jonas – mötesdeltagare
Ämne: Sammanfattning från SIP-mötet 18/2
Skickat: den 18 februari 2025 16:42

Hej alla!

Tack för mötet i förmiddags. Här kommer en kort sammanfattning av det vi
kom fram till, så rätta mig om jag missat något.

Vi som var med: Jonas, Ahmed, Petra, Karin och jag (Lena).

Jonas var med hela mötet. Han berättade att det har varit tufft sedan han
fick lämna lägenheten i december och att han just nu saknar eget boende. Han
tycker att han har för många kontakter att hålla reda på och vill helst att
vi samlar tiderna till samma dagar. Med hans egna ord: "Jag vill bli drogfri
och ha ett eget kontrakt innan sommaren. Jag orkar inte börja om en gång
till."

Jonas gav muntligt samtycke i början av mötet till att vi som var med får
prata med varandra om honom och dela information som behövs för planen.

Det här gör vi:

  * Beroendemottagningen Sala: återfallspreventiva samtal (ÅP) varje
    torsdag kl. 10, start 2025-02-20. Urinprov tas vid varje besök.
  * Vårdcentralen Sala: bokar en tid för genomgång av sömnen och
    medicinerna, senast 2025-03-07.
  * Vuxenenheten IFO Sala: utreder ansökan om träningslägenhet, beslut
    senast 2025-03-14. Ekonomiskt bistånd för februari handläggs nu.
  * Boendestödet Sala: hjälper Jonas att gå igenom posten och räkningarna
    och att få ordning på kontakten med hyresvärdar.
  * Beroendemottagningen och vuxenenheten lägger sina besök på torsdagar
    så långt det går, fr.o.m. vecka 9.

Nästa möte: tisdag 8 april kl. 10.00 hos oss på Vuxenenheten, Sala.
Kallelse kommer.

Hör av er om något blev fel.

Vänliga hälsningar
Lena
Socialsekreterare, Vuxenenheten IFO
Sala kommun
Tel. via växeln
"""
    data = body.replace("\n", "\r\n").encode("cp1252")
    with open(path(2, "txt"), "wb") as f:
        f.write(data)


# ---------------------------------------------------------------------------
# 03 – home care + region form drawn with fpdf2, Kungsör (.pdf)
# ---------------------------------------------------------------------------
class FormPDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(80, 80, 80)
        self.cell(70, 4, "Lifecare SP – Samordnad individuell plan", new_x="RIGHT", new_y="TOP")
        self.cell(60, 4, "Utskriftsdatum: 2025-03-05 09:14", align="C", new_x="RIGHT", new_y="TOP")
        self.cell(0, 4, f"Sida {self.page_no()} ({{nb}})", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(120, 120, 120)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(4)
        self.set_text_color(0, 0, 0)
        self.set_draw_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Kungsörs kommun  |  Region Västmanland  –  Gemensam SIP-mall för hemtjänst/hemsjukvård och primärvård", align="C")
        self.set_text_color(0, 0, 0)


LINE_H = 5.2


def form_field(pdf, label, lines, min_h=10):
    """Bold label above a full-width box. Box may continue on the next page."""
    w = pdf.w - pdf.l_margin - pdf.r_margin
    bottom = pdf.h - pdf.b_margin
    # wrap lines to box width
    pdf.set_font("DejaVu", "", 9.5)
    wrapped = []
    for ln in lines:
        if ln == "":
            wrapped.append("")
            continue
        wrapped.extend(pdf.multi_cell(w - 4, LINE_H, ln, dry_run=True, output="LINES"))
    if pdf.get_y() + 6 + max(min_h, 8) > bottom:
        pdf.add_page()
    pdf.set_font("DejaVu", "B", 9.5)
    pdf.cell(w, 5.5, label, new_x="LMARGIN", new_y="NEXT")
    idx = 0
    first = True
    while True:
        y0 = pdf.get_y()
        avail = int((bottom - y0 - 3) // LINE_H)
        chunk = wrapped[idx: idx + avail]
        idx += len(chunk)
        h = max(min_h if first and idx >= len(wrapped) else 0, len(chunk) * LINE_H + 3)
        pdf.rect(pdf.l_margin, y0, w, h)
        pdf.set_font("DejaVu", "", 9.5)
        y = y0 + 1.5
        for ln in chunk:
            pdf.set_xy(pdf.l_margin + 2, y)
            if ln.startswith("§B"):
                pdf.set_font("DejaVu", "B", 9.5)
                pdf.cell(w - 4, LINE_H, ln[2:])
                pdf.set_font("DejaVu", "", 9.5)
            else:
                pdf.cell(w - 4, LINE_H, ln)
            y += LINE_H
        pdf.set_xy(pdf.l_margin, y0 + h + 3)
        if idx >= len(wrapped):
            break
        pdf.add_page()
        pdf.set_font("DejaVu", "B", 9.5)
        pdf.cell(w, 5.5, label + " (forts.)", new_x="LMARGIN", new_y="NEXT")
        first = False


def plan03():
    pdf = FormPDF(format="A4")
    pdf.set_creation_date(__import__("datetime").datetime(2025, 3, 5, 9, 14, 0,
                                                          tzinfo=__import__("datetime").timezone.utc))
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_margins(18, 15, 18)
    pdf.set_auto_page_break(False, margin=18)
    pdf.b_margin = 18
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 15)
    pdf.cell(0, 8, "Samordnad individuell plan (SIP)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    pdf.cell(0, 5, "Hemtjänst/kommunal hemsjukvård Kungsör och Vårdcentralen Kungsör", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    form_field(pdf, "Namn / personnummer", ["Margit, ÅÅMMDD-XXXX"])
    form_field(pdf, "Datum och plats för mötet", ["2025-03-04 kl. 10.00, i Margits hem, Kungsör"])
    form_field(pdf, "Bakgrund", [
        "Margit är 86 år och bor ensam i lägenhet. Hon har hjärtsvikt och en lindrig demenssjukdom "
        "(diagnos 2023). Hon var inlagd på medicinkliniken i Köping 2025-02-19 – 2025-02-28 efter ett "
        "fall i hemmet och försämrad hjärtsvikt med vätskeansamling. Före inläggningen hade hon "
        "hemtjänst en gång per dag. Vid utskrivningen bedömdes att hon behöver mer hjälp med "
        "läkemedel, vägning och måltider, samt åtgärder för att förebygga fall.",
    ])
    form_field(pdf, "Syfte med planen", [
        "Att samordna kommunens och vårdcentralens insatser efter Margits utskrivning så att hon kan "
        "bo kvar tryggt i sin lägenhet, med färre fall och utan nya oplanerade inläggningar på grund "
        "av hjärtsvikten.",
    ])
    form_field(pdf, "Frågeställningar inför mötet", ["Diskutera hur det fungerar hemma."])
    form_field(pdf, "Den enskildes mål", [""], min_h=10)
    form_field(pdf, "Den enskildes delaktighet", ["Margit deltog i mötet, som hölls i hennes hem."])
    form_field(pdf, "Samtycke till samordning och informationsutbyte", [
        "☐ Muntligt     ☐ Skriftligt          Datum: ÅÅÅÅ-MM-DD          Inhämtat av: ",
    ])
    form_field(pdf, "Deltagare", [
        "Margit",
        "Eva, undersköterska",
        "Sofia, sjuksköterska",
        "Johan, distriktssköterska",
        "Maria, biståndshandläggare",
        "Leif, arbetsterapeut",
    ])
    form_field(pdf, "Insatser – vad, vem och när", [
        "§B1. Personlig omvårdnad morgon och kväll",
        "Hjälp med hygien, på- och avklädning och frukost/kvällsmat. Ansvarig: Hemtjänst Kungsör norra. "
        "Utökat från en till två besök per dag fr.o.m. 2025-03-05.",
        "",
        "§B2. Läkemedelshantering",
        "Läkemedlen delas i dosett av sjuksköterska, hemtjänsten överlämnar läkemedel kl. 08 och 20. "
        "Ansvarig: Kommunal hemsjukvård Kungsör, sjuksköterska. Fr.o.m. 2025-03-05.",
        "",
        "§B3. Viktkontroll vid hjärtsvikt",
        "Hemtjänsten väger Margit tisdagar och fredagar på morgonen och för in vikten i listan i hemmet. "
        "Viktökning mer än 2 kg på tre dagar rapporteras samma dag till distriktssköterskan. "
        "Ansvarig: Hemtjänst Kungsör norra, fr.o.m. 2025-03-07.",
        "",
        "§B4. Uppföljning av hjärtsvikt",
        "Telefonkontakt med hemsjukvårdens sjuksköterska varannan vecka, justering av vätskedrivande "
        "i samråd med läkare. Ansvarig: Vårdcentralen Kungsör, distriktssköterska. Första kontakt 2025-03-11.",
        "",
        "§B5. Läkemedelsgenomgång",
        "Fördjupad läkemedelsgenomgång med fokus på yrsel och fallrisk. Ansvarig: Vårdcentralen Kungsör, "
        "läkare. Bokad 2025-03-18.",
        "",
        "§B6. Fallprevention och hjälpmedel",
        "Hembesök för bedömning av fallrisk, förslag på rollator inomhus och borttagning av mattor. "
        "Ansvarig: Rehab Kungsörs kommun, arbetsterapeut. Hembesök 2025-03-12.",
        "",
        "§B7. Trygghetslarm",
        "Beslut om trygghetslarm fattas av biståndshandläggaren senast 2025-03-07, larmet installeras "
        "av Trygghetslarm Kungsör senast 2025-03-10.",
        "",
        "§B8. Matdistribution",
        "Färdiglagad lunch levereras måndag–fredag. Ansvarig: Biståndsenheten Kungsör (beslut) "
        "och Kostenheten Kungsör (leverans), fr.o.m. 2025-03-10.",
    ])
    form_field(pdf, "Andra aktörers insatser (t.ex. närstående, god man, Försäkringskassan)", [""], min_h=10)
    form_field(pdf, "Huvudansvarig för planen", ["Johan, distriktssköterska, Vårdcentralen Kungsör"])
    form_field(pdf, "Uppföljning", ["Om tre månader, i början av juni."])
    form_field(pdf, "Planen upprättad av", ["Maria, biståndshandläggare, Kungsörs kommun   2025-03-04"])
    pdf.output(path(3, "pdf"))


# ---------------------------------------------------------------------------
# 04 – GitHub-style Markdown plan, adult with autism and depression, Köping
# ---------------------------------------------------------------------------
def plan04():
    md = """# Samordnad individuell plan – Oskar, 20 år

**Kommun:** Köping  
**Datum för SIP-möte:** 2025-04-09  
**Plats:** LSS-enheten, Köpings kommun  

---

## Innehåll

- [1. Bakgrund](#1-bakgrund)
- [2. Syfte](#2-syfte)
- [3. Frågeställningar](#3-frågeställningar)
- [4. Oskars mål](#4-oskars-mål)
- [5. Delaktighet](#5-delaktighet)
- [6. Samtycke](#6-samtycke)
- [7. Insatser](#7-insatser)
- [8. Huvudansvar](#8-huvudansvar)
- [9. Uppföljning](#9-uppföljning)
- [10. Deltagare](#10-deltagare)

---

## 1. Bakgrund

Oskar har autism och sedan hösten 2024 en depression som behandlas på
Vuxenpsykiatrin Köping. Han har beslut om daglig verksamhet enligt LSS men har
inte varit där sedan januari. Han är mest hemma, sover på dagarna och har
slutat äta regelbundet. Habiliteringen har tidigare haft kontakt men den
avslutades när Oskar fyllde 18. Personalen på daglig verksamhet och
psykiatrin upplever att insatserna går åt olika håll och att ingen har
helhetsbilden.

## 2. Syfte

Syftet är att psykiatrin, habiliteringen och LSS-verksamheterna ska enas om
en gemensam plan så att Oskar kan komma tillbaka till daglig verksamhet och få
en fungerande dygnsrytm, och att det blir tydligt vem Oskar ska vända sig
till.

## 3. Frågeställningar

1. Hur kan återgången till daglig verksamhet läggas upp – kortare dagar,
   annan grupp eller annat arbetsställe?
2. Behöver Oskar en ny kontakt på Vuxenhabiliteringen för stöd kring
   struktur och kommunikation?
3. Kan boendestöd enligt SoL eller kontaktperson enligt LSS bli aktuellt?

## 4. Oskars mål

*Ej ifyllt.*

## 5. Delaktighet

Oskar var kallad men kom inte till mötet.

## 6. Samtycke

Oskar har lämnat skriftligt samtycke till att de deltagande verksamheterna
får utbyta information. Samtyckesblanketten undertecknades 2025-03-27 hos
LSS-handläggaren och finns i akten.

## 7. Insatser

| Insats | Ansvarig | Start | Slut |
|---|---|---|---|
| Läkemedelsuppföljning av antidepressiv behandling, besök hos läkare | Vuxenpsykiatrin Köping, läkare | 2025-04-22 | |
| Samtalskontakt varannan vecka, KBT-inriktat | Vuxenpsykiatrin Köping, kurator | 2025-04-16 | 2025-06-30 |
| Stegvis återgång till daglig verksamhet, 2 tim/dag tre dagar i veckan | Daglig verksamhet Köping, Verkstan | 2025-05-05 | |
| Remiss till Vuxenhabiliteringen för bedömning av stöd i struktur och kommunikation | Vuxenpsykiatrin Köping, läkare | 2025-04-22 | |
| Bildschema och veckoplanering hemma | | 2025-05-05 | |
| Utredning av kontaktperson enligt LSS | LSS-handläggare, Köpings kommun | | |
| Hämtning till daglig verksamhet första veckorna | Daglig verksamhet Köping | 2025-05-05 | 2025-05-30 |

## 8. Huvudansvar

Köpings kommun.

## 9. Uppföljning

Planen följs upp vecka 38.

## 10. Deltagare

| Namn | Funktion | Verksamhet |
|---|---|---|
| Helena | LSS-handläggare | Köpings kommun, LSS-enheten |
| Erik | Enhetschef | Daglig verksamhet Köping |
| Nadia | Läkare | Vuxenpsykiatrin Köping |
| Jesper | Kurator | Vuxenpsykiatrin Köping |
| Maja | Arbetsterapeut | Vuxenhabiliteringen Västerås |
"""
    with open(path(4, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ---------------------------------------------------------------------------
# 05 – brain injury after accident, Arboga, headings ALL CAPS (.docx)
# ---------------------------------------------------------------------------
def plan05():
    doc = Document()
    fixed_core(doc, "SAMORDNAD INDIVIDUELL PLAN", "Arboga kommun")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    for name, size in (("Heading 1", 14), ("Heading 2", 11.5)):
        hs = doc.styles[name]
        hs.font.name = "Arial"
        hs.font.size = Pt(size)
        hs.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
        hs.font.all_caps = True
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    hp = sec.header.paragraphs[0]
    hp.text = "ARBOGA KOMMUN  •  REGION VÄSTMANLAND\tSIP\tSida "
    hp.runs[0].font.size = Pt(8)
    # page number field
    run = hp.add_run()
    for tag, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if tag:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), tag)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = txt
        run._r.append(el)
    run.font.size = Pt(8)

    doc.add_heading("SAMORDNAD INDIVIDUELL PLAN (SIP)", level=1)
    p = doc.add_paragraph()
    p.add_run("Namn: ").bold = True
    p.add_run("Tomas    ")
    p.add_run("Personnummer: ").bold = True
    p.add_run("XXXXXX-XXXX")
    p = doc.add_paragraph()
    p.add_run("Datum för mötet: ").bold = True
    p.add_run("2025-03-05, Medborgarhuset Arboga, mötesrum 2")

    doc.add_heading("BAKGRUND", level=2)
    doc.add_paragraph(
        "Tomas, 47 år, skadades i en motorcykelolycka i juni 2024 och fick en traumatisk "
        "hjärnskada (kontusionsblödning frontalt). Efter vård på neurokirurgen och "
        "Rehabiliteringsmedicinska kliniken i Västerås är han hemma sedan oktober. Han har "
        "uttalad hjärntrötthet, svårt att komma ihåg avtal och att planera dagen, och han blir "
        "lätt irriterad när det är mycket ljud. Han arbetade tidigare som lastbilschaufför och är "
        "sjukskriven på heltid. Körkortet är tills vidare indraget av medicinska skäl. Han bor med "
        "sin fru Anna och två barn, 9 och 13 år."
    )
    doc.add_heading("SYFTE", level=2)
    doc.add_paragraph(
        "Syftet med planen är att rehabiliteringen, kommunens stöd och Försäkringskassans och "
        "Arbetsförmedlingens insatser ska hänga ihop, så att Tomas får en hållbar vardag hemma och "
        "en realistisk väg tillbaka till någon form av arbete, och så att Anna inte ska behöva "
        "samordna allt själv."
    )
    doc.add_heading("FRÅGESTÄLLNINGAR", level=2)
    doc.add_paragraph("Gå igenom läget och hur det går.")
    doc.add_heading("TOMAS MÅL", level=2)
    q = doc.add_paragraph(
        "”Jag vill tillbaka till jobbet, kanske inte som chaufför men något. Och jag vill orka "
        "vara med barnen på kvällarna i stället för att somna på soffan.”"
    )
    q.runs[0].italic = True
    doc.add_heading("DELAKTIGHET", level=2)
    doc.add_paragraph(
        "Tomas deltog hela mötet tillsammans med Anna. Han sa att han har för många tider att "
        "hålla reda på och önskar att besöken läggs på förmiddagarna när han orkar mest. Han vill "
        "också att Anna får ta del av informationen från Försäkringskassan."
    )
    doc.add_heading("SAMTYCKE", level=2)
    doc.add_paragraph("Samtycke finns.")

    doc.add_heading("INSATSER OCH ANSVAR", level=2)
    table_with_header(
        doc,
        ["Insats", "Ansvarig", "När"],
        [
            ("Neuropsykologisk utredning av minne, uppmärksamhet och exekutiva funktioner",
             "Regionen", "April 2025"),
            ("Utprovning av kognitiva hjälpmedel (digital kalender med påminnelser, veckoschema)",
             "Arbetsterapeut, Rehabiliteringsmedicinska kliniken Västerås", "Start 2025-03-10"),
            ("Förnyat läkarintyg för sjukskrivning och bedömning av arbetsförmåga",
             "Läkare, Vårdcentralen Arboga", "Senast 2025-03-28"),
            ("Utredning av ansökan om boendestöd enligt SoL",
             "Biståndshandläggare, Arboga kommun", "Beslut senast 2025-03-21"),
            ("Boendestöd två gånger i veckan: planering av veckan, ekonomi och struktur i hemmet",
             "Boendestödet, Socialpsykiatrin Arboga", "Fr.o.m. 2025-04-01"),
            ("Samtal med kurator för Tomas och Anna om förändrade roller i familjen",
             "Kurator, Vårdcentralen Arboga", "Första samtal 2025-03-19"),
        ],
        widths=[8, 5.5, 3.2],
    )

    doc.add_heading("ANDRA AKTÖRER", level=2)
    for t in [
        "Försäkringskassan (handläggare): kallar till avstämningsmöte med Tomas, vårdcentralen och "
        "arbetsgivaren 2025-04-08 och bedömer fortsatt rätt till sjukpenning.",
        "Arbetsförmedlingen (arbetsförmedlare, rehabiliteringsteamet): kartläggning inför "
        "arbetslivsinriktad rehabilitering när neuropsykologens utlåtande finns, planerad start i maj 2025.",
        "Anna (fru): följer med på besöken på Rehabiliteringsmedicinska kliniken och går igenom "
        "veckoschemat med Tomas på söndagskvällar.",
        "Tomas själv: går en promenad på minst 30 minuter varje dag och för dagbok över "
        "tröttheten inför neuropsykologen.",
    ]:
        doc.add_paragraph(t, style="List Bullet")

    doc.add_heading("UPPFÖLJNING", level=2)
    doc.add_paragraph("Uppföljning i slutet av maj 2025. Datum bestäms senare.")

    doc.add_heading("DELTAGARE", level=2)
    doc.add_paragraph(
        "Tomas, Anna (fru), arbetsterapeut, kurator, biståndshandläggare, handläggare från "
        "Försäkringskassan, distriktsläkare."
    )
    doc.save(path(5, "docx"))


# ---------------------------------------------------------------------------
# 06 – LibreOffice-printed plan, young person with psychosis, Fagersta (.pdf)
# ---------------------------------------------------------------------------
def plan06(tmpdir):
    doc = Document()
    fixed_core(doc, "SIP Noah", "Psykosteamet Fagersta")
    st = doc.styles["Normal"]
    st.font.name = "Liberation Serif"
    st.font.size = Pt(11.5)
    for name in ("Heading 1", "Heading 2"):
        doc.styles[name].font.name = "Liberation Sans"
        doc.styles[name].font.color.rgb = RGBColor(0, 0, 0)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    hp = sec.header.paragraphs[0]
    hp.text = "Region Västmanland / Fagersta kommun – Samordnad individuell plan"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(8)

    doc.add_heading("Samordnad individuell plan för Noah", level=1)
    doc.add_paragraph(
        "Denna plan upprättades vid ett SIP-möte 2025-05-14 på Vuxenpsykiatrin Fagersta, en vecka "
        "efter att Noah, 19 år, skrevs ut från den psykiatriska slutenvården i Västerås. "
        "Huvudansvaret för planen har Noahs case manager Sara, sjuksköterska på Psykosteamet, "
        "Vuxenpsykiatrin Fagersta."
    )
    doc.add_heading("Bakgrund", level=2)
    doc.add_paragraph(
        "Noah insjuknade i en första psykos under vintern och vårdades inneliggande i sex veckor "
        "(2025-03-26 – 2025-05-07). Han bor hos sin mamma i Fagersta. Han hoppade av gymnasiets "
        "tredje år i februari och har sedan dess varit mest hemma. Han har svårt med sömnen, "
        "tycker det är jobbigt att vara bland folk och har tidigare använt cannabis, vilket han "
        "säger att han har slutat med."
    )
    doc.add_heading("Syfte", level=2)
    doc.add_paragraph("Samordning.")

    doc.add_heading("Noahs egna ord", level=2)
    quote_style = doc.styles["Quote"] if "Quote" in [s.name for s in doc.styles] else None
    for txt in [
        "Jag vill få ordning på sömnen och börja plugga igen till hösten, kanske på Komvux i "
        "stället för på gymnasiet.",
        "Jag vill inte bli inlagd igen. Och jag vill kunna träffa kompisar utan att det känns "
        "som att alla tittar på mig.",
    ]:
        p = doc.add_paragraph(txt, style=quote_style) if quote_style else doc.add_paragraph(txt)
        pf = p.paragraph_format
        pf.left_indent = Cm(1.5)
        pf.right_indent = Cm(1.5)
        pf.space_after = Pt(6)
        for r in p.runs:
            r.italic = True
        # left border like a block quote
        pPr = p._p.get_or_add_pPr()
        bdr = OxmlElement("w:pBdr")
        left = OxmlElement("w:left")
        left.set(qn("w:val"), "single")
        left.set(qn("w:sz"), "18")
        left.set(qn("w:space"), "8")
        left.set(qn("w:color"), "999999")
        bdr.append(left)
        pPr.append(bdr)

    doc.add_heading("Delaktighet", level=2)
    doc.add_paragraph(
        "Noah var med under hela mötet, tillsammans med sin mamma. Han ville att mötet skulle "
        "vara kort och att det inte skulle vara för många nya personer. Han önskar att besöken på "
        "psykosteamet läggs efter kl. 11 och vill helst träffa samma person från socialpsykiatrin "
        "varje gång."
    )

    doc.add_heading("Insatser", level=2)
    table_with_header(
        doc,
        ["Insats", "Ansvarig", "Från"],
        [
            ("Fortsatt kontakt med psykosteamet.", "Psykosteamet, Vuxenpsykiatrin Fagersta", "2025-05-14, tills vidare"),
            ("Fortsatt läkemedelsbehandling.", "Läkare, Psykosteamet Fagersta", "2025-05-14"),
            ("Stöd från socialpsykiatrin vid behov.", "Socialpsykiatrin Fagersta kommun", "Fr.o.m. 2025-06-01"),
            ("Stöd kring studier.", "Studie- och yrkesvägledare, Komvux Fagersta", "Augusti 2025"),
        ],
        widths=[6.5, 6, 3.5],
    )

    doc.add_heading("Andra aktörer", level=2)
    doc.add_paragraph(
        "Noahs mamma är ett viktigt stöd. Försäkringskassan kan bli aktuell längre fram."
    )

    doc.add_heading("Deltagare", level=2)
    table_with_header(
        doc,
        ["Namn", "Funktion", "Verksamhet"],
        [
            ("Noah", "", ""),
            ("Mamma (L.)", "Närstående", ""),
            ("Sara", "Sjuksköterska, case manager", "Psykosteamet, Vuxenpsykiatrin Fagersta"),
            ("Amir", "Överläkare", "Psykosteamet, Vuxenpsykiatrin Fagersta"),
            ("Jenny", "Socialsekreterare", "Socialpsykiatrin, Fagersta kommun"),
            ("Per", "Studie- och yrkesvägledare", "Komvux Fagersta"),
        ],
        widths=[3.5, 5.5, 7],
    )
    src = os.path.join(tmpdir, f"{PREFIX}-06.docx")
    doc.save(src)
    convert_to_pdf(src, OUT)


# ---------------------------------------------------------------------------
# 07 – follow-up plan, plain text export, Surahammar (.txt, UTF-8, LF)
# ---------------------------------------------------------------------------
def plan07():
    def row(a, b, c, d):
        return f"{a:<34}{b:<22}{c:<12}{d}"

    rows = [
        ("Insats", "Ansvarig", "Datum", "Status"),
        ("-" * 32, "-" * 20, "-" * 10, "-" * 10),
        ("Besök hos budget- och skuld-", "Budget- och skuld-", "2025-02-03", "Genomförd"),
        ("rådgivare, genomgång av skulder", "rådgivningen Sura-", "", ""),
        ("", "hammars kommun", "", ""),
        ("Ansökan om skuldsanering hos", "K. själv", "2025-03-31", "Pågår"),
        ("Kronofogden", "", "", ""),
        ("Läkemedelsgenomgång, litium-", "Vuxenpsykiatrin", "2025-02-20", "Genomförd"),
        ("nivå och biverkningar", "Köping, läkare", "", ""),
        ("Boendestöd 2 ggr/vecka, post,", "Socialpsykiatrin", "2025-01-15", "Pågår"),
        ("räkningar, veckoplanering", "Surahammar", "", ""),
        ("Beslut om sjukersättning", "Försäkringskassan,", "2025-04-30", "Väntar"),
        ("", "handläggare", "", "beslut"),
        ("Ansökan om god man", "K. själv med stöd", "2025-02-28", "Avslutad"),
        ("", "av boendestödet", "", ""),
        ("Samtal med kontaktperson på", "Vuxenpsykiatrin", "2025-01-20", "Pågår"),
        ("psykiatrin var tredje vecka", "Köping, skötare", "", ""),
    ]
    table = "\n".join(row(*r).rstrip() for r in rows)

    txt = f"""PRATOR - SAMORDNAD INDIVIDUELL PLAN - UTSKRIFT
Utskrivet: 2025-05-21 14:03                         Region Västmanland
========================================================================

Typ av dokument:  UPPFÖLJNING AV SIP
Patient/brukare:  K., ÅÅMMDD-XXXX
Kommun:           Surahammar
Mötesdatum:       2025-05-20
Tidigare plan:    2025-01-14

SYFTE
Se tidigare plan

FRÅGESTÄLLNINGAR
Se tidigare plan

DEN ENSKILDES MÅL
Se tidigare plan

DELAKTIGHET
Se tidigare plan

SAMTYCKE
Se tidigare plan

HUVUDANSVARIG
Se tidigare plan

UPPFÖLJNING AV TIDIGARE INSATSER
{table}

KOMMENTAR
Skuldsaneringsansökan är skickad men Kronofogden har begärt
komplettering med kontoutdrag, boendestödet hjälper till att ta fram
dem. Beslut från FK om sjukersättning inväntas. Litiumnivån är stabil.
Insatserna fortsätter som tidigare, inga nya insatser beslutades.

NYA INSATSER
Inga.

NÄRVARANDE
Maria, Jens, Linnea, Susanne

Nästa uppföljning: 2025-09-16 kl. 09.30, Vuxenpsykiatrin Köping

------------------------------------------------------------------------
Dokumentet är en utskrift ur Prator. Utskriften är inte en journalkopia.
"""
    with open(path(7, "txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(txt)


# ---------------------------------------------------------------------------
# 08 – NOT a SIP: investigation report under SoL 11 kap. 1 §, Norberg (.docx)
# ---------------------------------------------------------------------------
def plan08():
    doc = Document()
    fixed_core(doc, "Utredning enligt SoL 11 kap. 1 §", "IFO Barn och familj Norberg")
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "NORBERGS KOMMUN\tSocialtjänsten, IFO Barn och familj\tSEKRETESS"
    hp.runs[0].font.size = Pt(8)

    doc.add_heading("Utredning enligt SoL 11 kap. 1 §", level=1)
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Barn", "Wilma, ÅÅMMDD-XXXX, 11 år"),
        ("Vårdnadshavare", "Mamma J. och pappa R. (gemensam vårdnad)"),
        ("Utredningen inledd", "2024-10-02"),
        ("Utredningen avslutad", "2025-01-28"),
    ]):
        t.rows[i].cells[0].text = k
        t.rows[i].cells[0].paragraphs[0].runs[0].bold = True
        t.rows[i].cells[1].text = v

    doc.add_heading("Ärendets aktualisering", level=2)
    doc.add_paragraph(
        "Den 2024-09-27 inkom en orosanmälan från skolan (Norbergs centralskola) om att Wilma har "
        "hög frånvaro, ofta verkar trött och vid två tillfällen har sagt till sin mentor att hon "
        "inte vill gå hem. Förhandsbedömning gjordes och utredning inleddes 2024-10-02."
    )
    doc.add_heading("Utredningens genomförande", level=2)
    doc.add_paragraph(
        "Utredningen har genomförts enligt BBIC. Samtal har hållits med Wilma vid tre tillfällen "
        "(varav ett i skolan), med vardera vårdnadshavare vid två tillfällen och med båda "
        "tillsammans en gång. Hembesök har gjorts hos mamman 2024-11-12 och hos pappan "
        "2024-11-19. Referenter har varit mentor och skolsköterska vid Norbergs centralskola samt "
        "BUP Västerås, där Wilma har en pågående kontakt sedan 2024-06 på grund av ångest."
    )
    doc.add_heading("Barnets behov utifrån BBIC", level=2)
    doc.add_paragraph(
        "Hälsa: Wilma har ångest som påverkar sömnen. Hon har en kontakt på BUP och går på "
        "samtal var tredje vecka. Utbildning: Frånvaron var under hösten ca 35 %. Skolan har "
        "gjort en kartläggning och erbjuder anpassningar. Känslor och beteende: Wilma beskriver "
        "oro för mammans mående och att hon tar stort ansvar hemma. Familj och sociala relationer: "
        "Föräldrarna separerade 2023 och Wilma bor växelvis. Konflikterna mellan föräldrarna har "
        "minskat under hösten."
    )
    doc.add_heading("Barnets egen berättelse", level=2)
    doc.add_paragraph(
        "Wilma berättar att hon helst vill bo varannan vecka som nu men att hon oroar sig när hon "
        "är hos pappan för hur mamma har det. Hon vill att någon vuxen i skolan ska veta hur hon "
        "mår."
    )
    doc.add_heading("Bedömning", level=2)
    doc.add_paragraph(
        "Socialtjänsten bedömer att Wilma är i behov av stöd för att hantera sin oro och sin "
        "skolsituation, men att det inte finns skäl att anta att hon far illa i något av "
        "hemmen. Föräldrarna har visat förmåga att samarbeta kring Wilma under utredningstiden. "
        "Eftersom Wilma har insatser från både BUP och skolan och nu föreslås få insatser från "
        "socialtjänsten behöver insatserna samordnas. Under utredningen har det därför planerats "
        "en samordnad individuell plan (SIP) tillsammans med BUP Västerås och skolan. "
        "Vårdnadshavarna har sagt ja till att en SIP upprättas; kallelse skickas av handläggaren "
        "efter beslut i ärendet."
    )
    doc.add_heading("Förslag till beslut", level=2)
    doc.add_paragraph(
        "Wilma beviljas insatsen stödsamtal genom Familjeteamet Norberg enligt SoL 4 kap. 1 §, "
        "fr.o.m. 2025-02-03 t.o.m. 2025-07-31. Utredningen avslutas med insats."
    )
    doc.add_paragraph()
    doc.add_paragraph("Norberg 2025-01-28")
    doc.add_paragraph("Socialsekreterare, IFO Barn och familj, Norbergs kommun")
    doc.save(path(8, "docx"))


def normalize_docx(fn):
    """Rewrite the .docx zip with fixed timestamps so runs are byte-identical."""
    import zipfile
    with zipfile.ZipFile(fn) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(fn, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def main():
    os.makedirs(OUT, exist_ok=True)
    tmpdir = os.path.join(HERE, "_build")
    os.makedirs(tmpdir, exist_ok=True)
    plan01()
    plan02()
    plan03()
    plan04()
    plan05()
    plan06(tmpdir)
    plan07()
    plan08()
    for n in (1, 5, 8):
        normalize_docx(path(n, "docx"))
    shutil.rmtree(tmpdir, ignore_errors=True)
    print("done:", sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()
