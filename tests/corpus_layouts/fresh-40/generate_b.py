#!/usr/bin/env python
"""Generate batch fresh-40b (prefix f40b): 8 fictional, anonymized SIP documents.

Run with python generate_b.py
Writes into ./plans/. Deterministic content (fixed dates, no randomness).
"""
import datetime
import os
import shutil
import subprocess
import textwrap
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT  # noqa: F401  (kept for reference)
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f40b"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIXED = datetime.datetime(2025, 3, 12, 9, 0, 0, tzinfo=datetime.timezone.utc)


def path(n, ext):
    return os.path.join(OUT, f"{PREFIX}-{n:02d}.{ext}")


def fix_zip_times(fn):
    """Rewrite a .docx so that every zip member has a fixed timestamp."""
    tmp = fn + ".tmp"
    with zipfile.ZipFile(fn) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    os.replace(tmp, fn)


def set_core(doc, title):
    cp = doc.core_properties
    cp.title = title
    cp.author = ""
    cp.last_modified_by = ""
    cp.created = datetime.datetime(2025, 1, 1, 0, 0, 0)
    cp.modified = datetime.datetime(2025, 1, 1, 0, 0, 0)
    cp.revision = 1


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def para_lines(doc, lines, style=None, bold_first=False):
    """One Normal paragraph, lines separated by manual line breaks (Shift+Enter)."""
    p = doc.add_paragraph(style=style)
    for i, line in enumerate(lines):
        run = p.add_run(line)
        if bold_first and i == 0:
            run.bold = True
        if i < len(lines) - 1:
            run.add_break()
    return p


# ---------------------------------------------------------------------------
# 01: .docx, headings in Title/Subtitle style or large coloured Normal text,
#     body Normal with manual line breaks. Adult with psychosis and debts, Köping.
# ---------------------------------------------------------------------------
def plan01():
    doc = Document()
    set_core(doc, "SIP Martin")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)

    def big(text):
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.font.size = Pt(16)
        r.font.color.rgb = RGBColor(0x1F, 0x5C, 0x99)
        p.paragraph_format.space_before = Pt(12)
        return p

    doc.add_paragraph("Samordnad individuell plan – SIP", style="Title")
    doc.add_paragraph("Köpings kommun och Region Västmanland", style="Subtitle")
    para_lines(doc, [
        "Namn: Martin",
        "Personnummer: ÅÅMMDD-XXXX",
        "Datum för mötet: 2024-11-19",
        "Plats: Socialtjänsten Köping, mötesrum Malmen",
    ])

    doc.add_paragraph("Syfte med planen", style="Subtitle")
    para_lines(doc, [
        "Martin har haft återkommande psykoser sedan 2021 och har under hösten fått en "
        "hyresskuld på tre månadshyror efter en period då han inte öppnade sin post.",
        "Syftet med planen är att Vuxenpsykiatrin och socialtjänsten samordnar sina insatser "
        "så att Martin kan behålla sin lägenhet och få en stabil medicinering under vintern, "
        "och så att han slipper berätta samma sak för flera olika personer.",
    ])

    big("Frågeställningar")
    para_lines(doc, [
        "Gå igenom läget.",
        "Övrigt.",
    ])

    big("Bakgrund och nuläge")
    para_lines(doc, [
        "Martin är 38 år och bor ensam i hyreslägenhet i centrala Köping. Han skrevs ut från "
        "psykiatrisk heldygnsvård i Västerås 2024-10-02 efter fyra veckors inläggning.",
        "Han har sedan dess haft kontakt med Vuxenpsykiatrin Köping men uteblivit från två "
        "besök. Han har försörjningsstöd sedan augusti. Han har fått en "
        "betalningspåminnelse för hyran och är rädd att bli vräkt.",
        "Martin sover dåligt, äter oregelbundet och har svårt att hålla ordning på tider.",
    ])

    doc.add_paragraph("Martins mål", style="Subtitle")
    para_lines(doc, [
        "”Jag vill få ordning på min ekonomi och kunna bo kvar i min lägenhet.”",
        "”Jag vill inte hamna på avdelningen igen, och jag vill orka träffa min bror.”",
    ])

    big("Martins egen syn")
    para_lines(doc, [
        "Planen är gjord tillsammans med Martin på mötet.",
        "Martin tycker att det blir för många kontakter och önskar att psykiatrin och "
        "socialtjänsten pratar med varandra innan de ringer honom. Han vill helst ha besök "
        "på förmiddagen och vill inte att boendestödet kommer på måndagar.",
    ])

    doc.add_paragraph("Insatser", style="Subtitle")
    insatser = [
        ["Depåinjektion och samtal med fast vårdkontakt var fjärde vecka",
         "Ansvarig: sjuksköterska, Vuxenpsykiatrin Köping",
         "När: från 2024-11-26, därefter var fjärde vecka"],
        ["Läkarbesök med läkemedelsgenomgång",
         "Ansvarig: läkare, Vuxenpsykiatrin Köping",
         "När: 2024-12-10"],
        ["Boendestöd två gånger i veckan (tisdag och fredag förmiddag) med fokus på post, "
         "räkningar, inköp och städning",
         "Ansvarig: Boendestödet, Socialpsykiatrin Köpings kommun",
         "När: start 2024-11-26"],
        ["Budget- och skuldrådgivning, hjälp att lägga upp en avbetalningsplan för "
         "hyresskulden",
         "Ansvarig: budget- och skuldrådgivare, Köpings kommun",
         "När: –"],
        ["Prövning av ekonomiskt bistånd till december månads hyra",
         "Ansvarig: socialsekreterare, Vuxenenheten IFO Köping",
         "När: beslut senast 2024-12-06"],
    ]
    for rows in insatser:
        para_lines(doc, rows, bold_first=True)

    big("Övrigt")
    para_lines(doc, [
        "Martin vill ha planen skickad hem med post.",
        "Planen skrivs ut i två exemplar.",
    ])

    fn = path(1, "docx")
    doc.save(fn)
    fix_zip_times(fn)


# ---------------------------------------------------------------------------
# 02: .txt, copied from a web form: "Fält N av 12 – ..." headers.
#     Young person with substance use, Sala.
# ---------------------------------------------------------------------------
def wrap(text, width=76):
    out = []
    for para in text.split("\n"):
        if not para.strip():
            out.append("")
        else:
            out.extend(textwrap.wrap(para, width=width, break_long_words=False,
                                     subsequent_indent="  " if para.startswith("- ") else ""))
    return "\n".join(out)


def plan02():
    fields = [
        ("Syfte", "Samordning"),
        ("Frågeställningar inför mötet",
         "- Hur kopplas behandlingen på Mini-Maria ihop med skolans anpassningar så att "
         "Alva inte tappar fler kurser?\n"
         "- Behöver Alva utredas för ADHD, och vem skriver i så fall remissen?\n"
         "- Vad gör skolan och socialtjänsten om Alva inte kommer till skolan flera dagar i rad?"),
        ("Bakgrund / nuläge",
         "Alva är 17 år och går andra året på samhällsprogrammet på Kungsängsgymnasiet i "
         "Sala. Hon bor med sin mamma. Sedan i höstas har hon använt cannabis flera gånger i "
         "veckan och vid två tillfällen alkohol så att hon fick åka till akuten. Skolan har "
         "gjort orosanmälan 2025-01-20. Närvaron är ca 40 %. Alva har sedan februari "
         "bedömningssamtal på Mini-Maria Västerås."),
        ("Den enskildes mål",
         "Målet är att Alva ska vara drogfri och klara sina kurser i årskurs 2."),
        ("Delaktighet",
         "Alva deltog på hela mötet tillsammans med sin mamma."),
        ("Samtycke",
         "Skriftligt samtycke från Alva och från båda vårdnadshavarna på kommunens "
         "samtyckesblankett, undertecknad 2025-03-03. Gäller informationsutbyte mellan "
         "IFO, Mini-Maria, BUP och elevhälsan."),
        ("Insatser och ansvar",
         "Insats: Behandlingssamtal en gång i veckan (MI och återfallsprevention)\n"
         "Ansvarig: behandlare, Mini-Maria Västerås (Region Västmanland)\n"
         "När: torsdagar från 2025-03-13\n"
         "\n"
         "Insats: Drogtest (urinprov) vid varje behandlingsbesök\n"
         "Ansvarig: sjuksköterska, Mini-Maria Västerås\n"
         "När: vid varje besök från 2025-03-13\n"
         "\n"
         "Insats: Remiss till BUP Västerås för neuropsykiatrisk utredning (ADHD)\n"
         "Ansvarig: läkare, Mini-Maria Västerås\n"
         "När: remissen skickas senast 2025-03-21\n"
         "\n"
         "Insats: Anpassad studiegång med nedkortat schema och studiestöd två pass i veckan\n"
         "Ansvarig: mentor och specialpedagog, Kungsängsgymnasiet, Sala kommun\n"
         "När: från 2025-03-17\n"
         "\n"
         "Insats: Utredning enligt 11 kap. 1 § SoL och beslut om öppenvårdsinsats i "
         "Ungdomsteamet\n"
         "Ansvarig: socialsekreterare, IFO Barn och unga, Sala kommun\n"
         "När: beslut senast 2025-03-14"),
        ("Huvudansvar för planen",
         "Socialsekreterare, IFO Barn och unga, Sala kommun"),
        ("Andra aktörers insatser (t.ex. Försäkringskassan, Arbetsförmedlingen, närstående)",
         ""),
        ("Uppföljning",
         "Datum för uppföljning: ÅÅÅÅ-MM-DD\nTid: --:--\nPlats:"),
        ("Deltagare",
         "Alva\nKarin (mamma)\nEmma\nJonas\nPetra\nSofie"),
        ("Övrigt", "–"),
    ]
    lines = [
        "Samordnad individuell plan (SIP)",
        "E-tjänst: Samverkansportalen Västmanland – formulär SIP barn och unga",
        "Namn: Alva    Personnummer: XXXXXX-XXXX    Kommun: Sala",
        "Mötesdatum: 2025-03-04",
        "",
    ]
    for i, (head, val) in enumerate(fields, 1):
        lines.append(f"Fält {i} av 12 – {head}")
        if val:
            lines.append(wrap(val))
        lines.append("")
    lines.append("Skickat 2025-03-04 15:42 av handläggare")
    with open(path(2, "txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 03: .md with HTML comments left from the template. LSS, autism, Fagersta.
# ---------------------------------------------------------------------------
def plan03():
    md = """<!-- MALL: Samordnad individuell plan (SIP), version 3.2, Fagersta kommun / Region Västmanland.
     Instruktionerna i kommentarerna syns inte när dokumentet visas. Ta inte bort rubrikerna. -->

# Samordnad individuell plan (SIP)

**Namn:** Jonatan
**Personnummer:** ÅÅMMDD-XXXX
**Datum för mötet:** 2025-01-28
**Plats:** Fagersta kommun, LSS-enheten

## 1. Syfte med SIP
<!-- Skriv syftet med planen för just den här personen i en eller flera hela meningar.
     Exempel: "Syftet är att samordna insatserna från LSS och habiliteringen så att
     personen kan flytta till egen bostad med stöd under året." -->

## 2. Frågeställningar inför mötet
<!-- Vilka frågor ska mötet besvara? Formulera konkreta frågor, t.ex.
     "Vem ansvarar för att söka bostad med särskild service?" -->

## 3. Bakgrund
<!-- Kort om personens situation. Undvik diagnoslistor. -->
Jonatan är 23 år och har autism och lindrig intellektuell funktionsnedsättning. Han bor
hemma hos sin mamma i Fagersta. Han tycker om tåg, datorer och att laga mat, men har svårt
med förändringar och med att veta vad som ska hända under dagen. Mamma har sagt att hon
inte orkar fortsätta som nu och att Jonatan behöver ett eget boende.

## 4. Mina mål
<!-- Skriv personens egna mål, gärna med personens egna ord (jag-form eller citat). -->
> "Jag vill bo i en egen lägenhet, men inte för långt från mamma. Jag vill ha ett riktigt
> jobb där jag får jobba med datorer."

## 5. Min delaktighet
<!-- Hur har personen deltagit? Vad tycker personen? Om personen inte deltog: varför, och
     hur har personens synpunkter förts fram? -->
Jonatan var med på hela mötet. Han ville att mötet skulle vara kort, att vi skrev upp allt
på tavlan och att han fick en bild av vem som gör vad. Han vill inte börja på ett nytt
ställe mitt i terminen och vill att mamma är med när han ska titta på boenden.

## 6. Samtycke
<!-- Ange om samtycke är muntligt eller skriftligt och datum. Bifoga blanketten. -->

## 7. Insatser
<!-- Fyll i en rad per insats: vad, vem (verksamhet och funktion), när. -->

| Insats | Ansvarig | När |
|---|---|---|
|  |  |  |

## 8. Huvudansvar för planen
<!-- Namn, funktion och verksamhet. -->
LSS-handläggare

## 9. Andra aktörer
<!-- T.ex. Försäkringskassan, Arbetsförmedlingen, god man, närstående. Vad gör de? -->
Jonatan har god man. Mamma är viktig för Jonatan.

## 10. Uppföljning
<!-- Datum och tid för uppföljning, ÅÅÅÅ-MM-DD. -->
**Datum:** <!-- ÅÅÅÅ-MM-DD -->

## 11. Deltagare
<!-- Namn, funktion, verksamhet. Ange också vilka som var kallade men inte kom. -->

<!-- Spara som PDF och skicka till alla deltagare. -->
"""
    with open(path(3, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ---------------------------------------------------------------------------
# 04: fpdf2 record-system print. Woman with dementia, husband as carer, Arboga.
# ---------------------------------------------------------------------------
class RSPdf(FPDF):
    system = ""
    printed = ""

    def header(self):
        self.set_font("dv", "", 8)
        self.set_text_color(80, 80, 80)
        self.cell(90, 5, self.system, new_x="RIGHT", new_y="TOP")
        self.cell(60, 5, f"Utskriftsdatum {self.printed}", align="C", new_x="RIGHT", new_y="TOP")
        self.cell(0, 5, f"Sida {self.page_no()} ({{nb}})", align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("dv", "", 7)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, "Utskriften är en kopia. Originalet finns i verksamhetssystemet.", align="C")
        self.set_text_color(0, 0, 0)


def new_pdf(system, printed):
    pdf = RSPdf(format="A4")
    pdf.system = system
    pdf.printed = printed
    pdf.add_font("dv", "", FONT)
    pdf.add_font("dv", "B", FONT_B)
    pdf.set_creation_date(FIXED)
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, margin=16)
    pdf.set_margins(15, 12, 15)
    pdf.add_page()
    return pdf


def boxed(pdf, label, text, min_h=8):
    """Label above a bordered box holding text (or empty)."""
    pdf.set_font("dv", "B", 9)
    pdf.cell(0, 6, label, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 9)
    w = pdf.w - pdf.l_margin - pdf.r_margin
    if text:
        pdf.multi_cell(w, 5, text, border=1, padding=(1.5, 2, 1.5, 2), align="L",
                       new_x="LMARGIN", new_y="NEXT")
    else:
        pdf.cell(w, min_h, "", border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


def table(pdf, title, headers, widths, rows, line_h=4.6):
    """Table drawn row by row; header row repeated when a row spills to a new page."""
    pdf.set_font("dv", "B", 10)
    pdf.cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")

    def head():
        pdf.set_font("dv", "B", 8.5)
        pdf.set_fill_color(220, 228, 238)
        x0 = pdf.l_margin
        for h, w in zip(headers, widths):
            pdf.set_xy(x0, pdf.get_y())
            pdf.cell(w, 6, h, border=1, fill=True, new_x="RIGHT", new_y="TOP")
            x0 += w
        pdf.ln(6)
        pdf.set_font("dv", "", 8.5)

    head()
    for row in rows:
        # height of the row = max lines * line_h
        nlines = []
        for txt, w in zip(row, widths):
            lines = pdf.multi_cell(w, line_h, txt, dry_run=True, output="LINES", align="L",
                                   padding=(0.8, 1.2, 0.8, 1.2))
            nlines.append(len(lines))
        h = max(nlines) * line_h + 1.6
        if pdf.get_y() + h > pdf.h - 16:
            pdf.add_page()
            pdf.set_font("dv", "", 8)
            pdf.set_text_color(90, 90, 90)
            pdf.cell(0, 5, f"{title} (forts.)", new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0, 0, 0)
            head()
        y = pdf.get_y()
        x = pdf.l_margin
        for txt, w in zip(row, widths):
            pdf.rect(x, y, w, h)
            pdf.set_xy(x, y)
            pdf.multi_cell(w, line_h, txt, border=0, padding=(0.8, 1.2, 0.8, 1.2), align="L",
                           new_x="RIGHT", new_y="TOP")
            x += w
        pdf.set_xy(pdf.l_margin, y + h)
    pdf.ln(3)


def plan04():
    pdf = new_pdf("SAMSA Västmanland – Samordnad individuell plan", "2025-03-12")
    pdf.set_font("dv", "B", 14)
    pdf.cell(0, 8, "Samordnad individuell plan (SIP)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 9)
    pdf.cell(0, 5, "Planstatus: Fastställd    Upprättad: 2025-03-11    Plats: makarnas hem, Arboga",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)

    # person box
    w = pdf.w - pdf.l_margin - pdf.r_margin
    pdf.set_font("dv", "B", 9)
    pdf.cell(w / 3, 6, "Namn", border="LTR", new_x="RIGHT", new_y="TOP")
    pdf.cell(w / 3, 6, "Personnummer", border="LTR", new_x="RIGHT", new_y="TOP")
    pdf.cell(w / 3, 6, "Hemkommun", border="LTR", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 9)
    pdf.cell(w / 3, 6, "Inger", border="LBR", new_x="RIGHT", new_y="TOP")
    pdf.cell(w / 3, 6, "XXXXXX-XXXX", border="LBR", new_x="RIGHT", new_y="TOP")
    pdf.cell(w / 3, 6, "Arboga", border="LBR", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    boxed(pdf, "Syfte med planen",
          "Inger har Alzheimers sjukdom i måttlig fas och Rune, hennes make, är den som tar hand "
          "om henne dygnet runt. Rune har blivit allt tröttare och föll själv i januari. Syftet "
          "med planen är att kommunens och regionens insatser samordnas så att Inger kan bo kvar "
          "hemma med Rune och att Rune får avlösning och stöd innan han själv blir sjuk.")
    boxed(pdf, "Bakgrund",
          "Inger är 81 år. Diagnos ställdes på Vårdcentralen Arboga 2023. Hon hittar inte alltid "
          "hem, har gått ut på natten vid två tillfällen och glömmer att äta och ta sina "
          "mediciner. Hon har dagverksamhet en dag i veckan sedan november. Rune är 84 år, har "
          "hjärtsvikt och sover dåligt eftersom Inger är orolig nattetid. Parets två vuxna barn "
          "bor i Arboga respektive Örebro.")
    boxed(pdf, "Den enskildes mål",
          "Inger sa på mötet: ”Jag vill bo hemma med Rune så länge det går. Jag vill inte flytta "
          "till något hem.”")
    boxed(pdf, "Den enskildes delaktighet",
          "Inger deltog i mötet i hemmet under den första timmen tillsammans med Rune och "
          "dottern. Hon sa att hon tycker om att gå till dagverksamheten och gärna går dit fler "
          "dagar, men hon vill inte ha ”främmande människor” i badrummet. Hon vill att det är "
          "kvinnlig personal som hjälper henne att duscha.")
    boxed(pdf, "Samtycke", "Samtycke finns.")

    prof = [
        ["Dagverksamhet för personer med demenssjukdom utökas från en till tre dagar i veckan "
         "(tis, tor, fre 9–15), med transport", "Dagverksamheten Ekbacken, Arboga kommun",
         "Från 2025-03-18"],
        ["Hemtjänst: hjälp med dusch två gånger i veckan, kvinnlig personal och samma "
         "personalgrupp i möjligaste mån", "Hemtjänst Arboga väster", "Mån och fre från 2025-03-17"],
        ["Utredning och beslut om växelvård, en vecka av fyra på korttidsboende",
         "Biståndshandläggare, Äldreomsorgen Arboga kommun", "Beslut senast 2025-03-28"],
        ["Trygghetslarm och GPS-larm installeras", "Biståndshandläggare / Larmgruppen, "
         "Arboga kommun", "Senast 2025-03-21"],
        ["Hembesök för bedömning av hjälpmedel (duschpall, dörrlarm, nattbelysning)",
         "Arbetsterapeut, Rehab Arboga kommun", "2025-03-25"],
        ["Läkemedelsgenomgång och övergång till dosdispenserade läkemedel",
         "Läkare och distriktssköterska, Vårdcentralen Arboga", "2025-03-20"],
        ["Uppföljning av demenssjukdomen, bedömning av oro nattetid och sömn",
         "Läkare, Vårdcentralen Arboga", "2025-05-06"],
        ["Hembesök av demenssjuksköterska, råd till Rune om bemötande och nattlig oro",
         "Demenssjuksköterska, Arboga kommun", "Var sjätte vecka, första 2025-04-08"],
        ["Anhörigstöd till Rune: enskilda samtal och anhöriggrupp",
         "Anhörigkonsulent, Arboga kommun", "Första samtal 2025-03-24"],
        ["Hälsokontroll av Rune (hjärtsvikt, sömn)",
         "Distriktssköterska, Vårdcentralen Arboga", "2025-04-02"],
    ]
    table(pdf, "Professionellas insatser", ["Insats", "Ansvarig verksamhet/funktion", "När"],
          [90, 55, 35], prof)

    anh = [
        ["Rune (make)", "Lagar mat, ger kvällsmedicin från dosetten tills dosdispensering är "
         "igång, följer med på läkarbesök", "Dagligen"],
        ["Dottern Helena", "Handlar, hjälper Rune med ansökningar och att hålla ordning på "
         "tider; är kontaktperson för hemtjänsten när Rune inte orkar", "Lördagar, och vid behov"],
        ["Sonen Per", "Avlöser Rune en helg i månaden så att Rune kan sova ut",
         "Första helgen varje månad"],
    ]
    table(pdf, "Anhörigas insatser", ["Vem", "Insats", "När"], [40, 95, 45], anh)

    boxed(pdf, "Huvudansvarig för planen (namn, funktion, verksamhet)", "", min_h=9)
    boxed(pdf, "Uppföljning",
          "Uppföljande SIP-möte 2025-06-10 kl. 13.30 i makarnas hem.")

    part = [
        ["Inger", "Den enskilda", "–"],
        ["Rune", "Make och anhörigvårdare", "–"],
        ["Helena", "Dotter", "–"],
        ["Maria", "Biståndshandläggare", "Äldreomsorgen, Arboga kommun"],
        ["Elin", "Demenssjuksköterska", "Vård och omsorg, Arboga kommun"],
        ["Lars", "Arbetsterapeut", "Rehab, Arboga kommun"],
        ["Sofia", "Distriktssköterska", "Vårdcentralen Arboga, Region Västmanland"],
    ]
    table(pdf, "Deltagare vid mötet", ["Namn", "Funktion / relation", "Verksamhet"],
          [40, 60, 80], part)
    pdf.output(path(4, "pdf"))


# ---------------------------------------------------------------------------
# 05: .docx, legal-document style with numbered paragraphs. Hip fracture, Hallstahammar.
# ---------------------------------------------------------------------------
def plan05():
    doc = Document()
    set_core(doc, "SIP G.")
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(11.5)
    for lvl in ("Heading 1",):
        hs = doc.styles[lvl]
        hs.font.name = "Arial"
        hs.font.size = Pt(12)
        hs.font.color.rgb = RGBColor(0, 0, 0)
    sec = doc.sections[0]
    sec.left_margin = Cm(3)
    sec.right_margin = Cm(2.5)
    hp = sec.header.paragraphs[0]
    hp.text = "Hallstahammars kommun – Region Västmanland\tSIP\tDnr SN 2024/XXX"
    fp = sec.footer.paragraphs[0]
    fp.text = "Samordnad individuell plan enligt 2 kap. 7 § SoL och 16 kap. 4 § HSL"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    t = doc.add_paragraph()
    r = t.add_run("SAMORDNAD INDIVIDUELL PLAN")
    r.bold = True
    r.font.size = Pt(15)
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Avseende: G., ÅÅMMDD-XXXX\nMötesdatum: 2024-09-24\n"
              "Plats: Korttidsboendet Nibblesbacken, Hallstahammar")

    def h(text):
        doc.add_paragraph(text, style="Heading 1")

    def n(num, text):
        p = doc.add_paragraph()
        pf = p.paragraph_format
        pf.left_indent = Cm(1.2)
        pf.first_line_indent = Cm(-1.2)
        pf.space_after = Pt(4)
        p.add_run(f"{num}\t{text}")
        pf.tab_stops.add_tab_stop(Cm(1.2))
        return p

    h("1 SYFTE")
    n("1.1", "Samordning.")
    n("1.2", "Planen upprättas med stöd av 2 kap. 7 § socialtjänstlagen och 16 kap. 4 § "
              "hälso- och sjukvårdslagen.")
    h("2 MÅL")
    n("2.1", "Se tidigare plan.")
    h("3 FRÅGESTÄLLNINGAR")
    n("3.1", "Diskutera läget inför hemgång.")
    h("4 NULÄGE")
    n("4.1", "G. är 86 år och bor ensam i lägenhet på andra våningen med hiss i "
              "Hallstahammar. Han föll i hemmet 2024-09-02 och opererades för höftfraktur på "
              "Västmanlands sjukhus Västerås.")
    n("4.2", "G. skrevs ut till korttidsboende 2024-09-12. Hemgång är planerad till början "
              "av oktober.")
    n("4.3", "G. går med rollator inomhus och behöver hjälp vid dusch och påklädning av "
              "underkroppen. Han har lätt hjärtsvikt och tar vätskedrivande.")
    n("4.4", "Före fallet klarade G. sig utan hjälp.")
    h("5 INSATSER")
    n("5.1", "Stöd i hemmet vid behov.")
    n("5.2", "Fortsatt kontakt med vårdcentralen.")
    n("5.3", "Fortsatt uppföljning av rehabiliteringen.")
    h("6 ANSVAR")
    n("6.1", "Kommunen ansvarar för insatser enligt 5.1.")
    n("6.2", "Regionen ansvarar för insatser enligt 5.2 och 5.3.")
    n("6.3", "Kommunen har huvudansvaret för planen.")
    h("7 ÖVRIGA AKTÖRER")
    n("7.1", "Dottern Eva är delaktig.")
    h("8 SAMTYCKE OCH DELAKTIGHET")
    n("8.1", "Samtycke finns.")
    n("8.2", "G. deltog på mötet.")
    h("9 UPPFÖLJNING")
    n("9.1", "Uppföljning sker om ca tre månader.")
    h("10 DELTAGARE")
    n("10.1", "G.")
    n("10.2", "Dottern")
    n("10.3", "Biståndshandläggare")
    n("10.4", "Distriktssköterska")
    n("10.5", "Fysioterapeut")
    n("10.6", "Sjuksköterska")
    doc.add_paragraph()
    doc.add_paragraph("Hallstahammar 2024-09-24")

    fn = path(5, "docx")
    doc.save(fn)
    fix_zip_times(fn)


# ---------------------------------------------------------------------------
# 06: .docx -> PDF with LibreOffice. One-page summary for a child, header box
#     "Det viktigaste just nu" and footer box "Nästa gång vi ses". Surahammar.
# ---------------------------------------------------------------------------
def set_cell_borders(table, sz=12, color="2E6B4F"):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), str(sz))
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), color)
        borders.append(el)
    tblPr.append(borders)


def plan06(tmpdir):
    doc = Document()
    set_core(doc, "SIP sammanfattning Leo")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    st.paragraph_format.space_after = Pt(3)
    sec = doc.sections[0]
    sec.top_margin = Cm(1.5)
    sec.bottom_margin = Cm(1.5)
    sec.left_margin = Cm(2)
    sec.right_margin = Cm(2)
    sec.footer_distance = Cm(0.8)

    # page header: letterhead line
    hp = sec.header.paragraphs[0]
    hr = hp.add_run("Surahammars kommun · Region Västmanland — SIP, sammanfattning")
    hr.font.size = Pt(8)
    hr.font.color.rgb = RGBColor(0x55, 0x55, 0x55)

    t = doc.add_paragraph()
    r = t.add_run("Vår plan tillsammans med Leo")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = RGBColor(0x2E, 0x6B, 0x4F)
    doc.add_paragraph("SIP-möte 2025-02-11 på Nyhemsskolan, Surahammar · Leo, 11 år")

    # header box
    box = doc.add_table(rows=1, cols=1)
    set_cell_borders(box, sz=18)
    c = box.cell(0, 0)
    shade(c, "E3F1E8")
    p = c.paragraphs[0]
    rr = p.add_run("Det viktigaste just nu")
    rr.bold = True
    rr.font.size = Pt(12)
    c.add_paragraph("Att Leo kommer till skolan tre förmiddagar i veckan med en vuxen som möter "
                    "honom, och att han får börja sin behandling för oron på BUP.")
    doc.add_paragraph()

    def head(text):
        p = doc.add_paragraph()
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(11)
        r.font.color.rgb = RGBColor(0x2E, 0x6B, 0x4F)
        p.paragraph_format.space_before = Pt(6)

    head("Varför vi gör en SIP")
    doc.add_paragraph("Leo har bara varit i skolan enstaka dagar sedan oktober eftersom han får "
                      "stark oro och ont i magen på morgnarna. Vi gör en SIP så att skolan, BUP, "
                      "vårdcentralen och socialtjänsten arbetar åt samma håll och så att Leo och "
                      "hans föräldrar inte behöver berätta allt flera gånger.")
    head("Leo säger")
    doc.add_paragraph("”Jag vill kunna vara i skolan utan att få ont i magen. Och jag vill börja "
                      "spela fotboll igen.”")
    doc.add_paragraph("Leo var med den första halvtimmen av mötet tillsammans med mamma och "
                      "pappa. Han vill att det är Anna som möter honom vid entrén och att han får "
                      "gå in genom biblioteket i stället för genom kapprummet.")
    head("Samtycke")
    doc.add_paragraph("Båda vårdnadshavarna gav muntligt samtycke på mötet 2025-02-11 till att vi "
                      "delar information med varandra. Leo sa själv ja.")

    head("Vem gör vad")
    rows = [
        ("Anpassat schema: tre förmiddagar i veckan, mentor möter Leo vid entrén kl. 8.15",
         "Mentor, Nyhemsskolan, Surahammars kommun", "Mån, ons, fre från 2025-02-17"),
        ("Samtal med skolkurator varannan vecka", "Skolkurator, Elevhälsan Surahammar",
         "Från 2025-02-19"),
        ("KBT för oro och ångest, 12 tillfällen", "Psykolog, BUP Västerås", "Start 2025-03-04"),
        ("Läkarbedömning av magsmärtorna", "Läkare, Vårdcentralen Surahammar", "2025-02-20"),
        ("Föräldrastöd kring morgonrutiner, tre samtal",
         "Familjebehandlare, IFO Familjeenheten Surahammar", "Första samtal 2025-02-25"),
    ]
    tbl = doc.add_table(rows=1, cols=3)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = tbl.rows[0].cells
    for i, txt in enumerate(("Vad", "Vem", "När")):
        hdr[i].text = ""
        run = hdr[i].paragraphs[0].add_run(txt)
        run.bold = True
        shade(hdr[i], "D6E9DC")
    for a, b, cc in rows:
        cells = tbl.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = a, b, cc
    widths = (Cm(8.2), Cm(5.4), Cm(3.4))
    for row in tbl.rows:
        for cell, w in zip(row.cells, widths):
            cell.width = w

    head("Samordningsansvar")
    doc.add_paragraph("Elevhälsan")
    head("Vi som var med")
    doc.add_paragraph("Leo, mamma, pappa, Anna (mentor), Jonna (kurator), Karin (BUP), "
                      "Sanna (socialtjänsten)")

    # footer box in the page footer
    ft = sec.footer
    fp = ft.paragraphs[0]
    fp.text = ""
    fbox = ft.add_table(rows=1, cols=1, width=Cm(17))
    set_cell_borders(fbox, sz=18)
    fc = fbox.cell(0, 0)
    shade(fc, "E3F1E8")
    fr = fc.paragraphs[0].add_run("Nästa gång vi ses")
    fr.bold = True
    fr.font.size = Pt(11)
    fc.add_paragraph("Tisdag 15 april 2025 kl. 14.00 på Nyhemsskolan, samma rum som i dag. "
                     "Leo bestämmer själv om han vill vara med hela tiden.")

    docx_fn = os.path.join(tmpdir, f"{PREFIX}-06.docx")
    doc.save(docx_fn)
    subprocess.run(["soffice", f"-env:UserInstallation=file:///tmp/lo-{PREFIX}", "--headless",
                    "--convert-to", "pdf", "--outdir", OUT, docx_fn],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=180)


# ---------------------------------------------------------------------------
# 07: .txt Windows-1252 + CRLF: follow-up minutes closing the plan. Kungsör.
# ---------------------------------------------------------------------------
def plan07():
    text = """PROTOKOLL – UPPFÖLJNING AV SAMORDNAD INDIVIDUELL PLAN (SIP)
Kungsörs kommun / Region Västmanland

Datum:   2025-05-20, kl. 13.00–14.00
Plats:   Socialtjänsten Kungsör, sammanträdesrum Kungsgården
Ärende:  S., ÅÅMMDD-XXXX

NÄRVARANDE
Lena, kurator, Socialtjänsten Kungsör, vuxenenheten
Ahmed, sjuksköterska och fast vårdkontakt, Vuxenpsykiatrin Köping, öppenvårdsmottagningen
Mia, boendestödjare, Boendestödet, Kungsörs kommun
Jan, god man (deltog per telefon)

EJ NÄRVARANDE
S.

SYFTE
Uppföljning av SIP.

1. ÅTERBLICK
SIP upprättades 2024-11-05 i samband med att S. skrevs ut från psykiatrisk heldygnsvård på Västmanlands sjukhus Västerås efter en psykos. Målet att S. skulle ha ett eget boende och en stabil kontakt med psykiatrin bedöms uppnått. S. har sedan 2025-01-01 ett eget förstahandskontrakt i Kungsör, tar sin medicin och har inte varit inlagd sedan utskrivningen. Boendestödet har sedan mars träffat S. en gång i veckan och beskriver att hon klarar tvätt, inköp och matlagning själv.

2. BESLUT: PLANEN AVSLUTAS
Planen avslutas från och med i dag. Skäl:
- Målen i planen är uppnådda.
- S. har inte längre behov av insatser som behöver samordnas mellan kommun och region; kontakten med psykiatrin fungerar utan samordning.
- Ekonomin sköts av god man och det finns inga nya skulder.

3. INSATSER EFTER AVSLUT
- Återbesök hos fast vårdkontakt på Vuxenpsykiatrin Köping var sjätte vecka, första återbesöket inom tre veckor. Läkarbesök en gång per halvår. Ansvarig: Ahmed, sjuksköterska, Vuxenpsykiatrin Köping.
- Boendestödet trappas ned och avslutas. Ansvarig: Boendestödet, Kungsörs kommun.
- Jan, god man, fortsätter att betala räkningar och ha kontakt med hyresvärden, och tar före årsskiftet upp med överförmyndaren om godmanskapet ska finnas kvar.
- S. ringer själv mottagningen via växeln om hon märker tidiga tecken (sömnproblem, att hon hör röster), enligt den krisplan hon gjort tillsammans med Ahmed.

4. EFTERVÅRDSKONTAKT
Lena, kurator på Socialtjänsten Kungsör, är S:s eftervårdskontakt och ringer S. i september för att höra hur det går. Om behov av samordning uppstår igen kallas till en ny SIP.

5. ÖVRIGT
Protokollet skickas till S. och till deltagarna.

Vid protokollet: Lena
Justeras: Ahmed
"""
    lines = []
    for line in text.split("\n"):
        if len(line) > 78:
            sub = "  " if line.startswith("- ") else ""
            lines.extend(textwrap.wrap(line, 78, subsequent_indent=sub, break_long_words=False))
        else:
            lines.append(line)
    with open(path(7, "txt"), "w", encoding="cp1252", newline="\r\n") as f:
        f.write("\n".join(lines))


# ---------------------------------------------------------------------------
# 08: fpdf2, NOT a plan: agenda for a SIP meeting. Norberg.
# ---------------------------------------------------------------------------
def plan08():
    pdf = FPDF(format="A4")
    pdf.add_font("dv", "", FONT)
    pdf.add_font("dv", "B", FONT_B)
    pdf.set_creation_date(FIXED)
    pdf.set_margins(22, 20, 22)
    pdf.add_page()
    pdf.set_font("dv", "", 8)
    pdf.set_text_color(90, 90, 90)
    pdf.cell(0, 5, "Norbergs kommun · Individ- och familjeomsorgen", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(6)
    pdf.set_font("dv", "B", 18)
    pdf.cell(0, 10, "Dagordning", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "B", 12)
    pdf.cell(0, 7, "SIP-möte för Elias (15 år)", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("dv", "", 10)
    for lab, val in (("Tid", "Torsdag 2025-04-03 kl. 9.00–10.30"),
                     ("Plats", "Familjecentralen Norberg, stora rummet (kaffe finns)"),
                     ("Sammankallande", "Socialsekreterare, IFO Barn och unga, Norbergs kommun"),
                     ("Mötesledare", "SIP-samordnare, Norbergs kommun")):
        pdf.set_font("dv", "B", 10)
        pdf.cell(40, 6, lab + ":", new_x="RIGHT", new_y="TOP")
        pdf.set_font("dv", "", 10)
        pdf.cell(0, 6, val, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    pdf.set_font("dv", "B", 12)
    pdf.cell(0, 8, "Kallade", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 10)
    for who in ("Elias och vårdnadshavare (mamma och pappa)",
                "Socialsekreterare, IFO Barn och unga, Norbergs kommun",
                "Mentor och skolkurator, Centralskolan Norberg",
                "Behandlare, BUP Fagersta",
                "Sjuksköterska, Vårdcentralen Norberg",
                "Fritidsledare, Ungdomsgården Norberg (efter samtycke från Elias)"):
        pdf.cell(6, 6, "•", new_x="RIGHT", new_y="TOP")
        pdf.multi_cell(0, 6, who, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    pdf.set_font("dv", "B", 12)
    pdf.cell(0, 8, "Punkter", new_x="LMARGIN", new_y="NEXT")
    points = [
        ("Välkommen och presentation", "Alla säger namn och vad de gör. Elias börjar om han vill."),
        ("Vad är en SIP?", "Kort genomgång av hur en samordnad individuell plan fungerar."),
        ("Samtycke", "Vi frågar Elias och vårdnadshavarna om samtycke till att vi pratar med "
                     "varandra."),
        ("Elias berättar", "Hur har det varit i skolan och hemma? Vad vill Elias ska bli "
                           "bättre?"),
        ("Alla berättar om sin kontakt", "Skolan, BUP, vårdcentralen och socialtjänsten "
                                         "beskriver kort vad de gör i dag."),
        ("Vad behöver göras?", "Vi kommer överens om insatser och vem som ansvarar för vad."),
        ("Vem håller i planen?", "Vi bestämmer vem som har huvudansvaret."),
        ("Nästa möte", "Vi bokar datum för uppföljning."),
        ("Övrigt", ""),
    ]
    for i, (h, d) in enumerate(points, 1):
        pdf.set_font("dv", "B", 10)
        pdf.cell(8, 6, f"{i}.", new_x="RIGHT", new_y="TOP")
        pdf.cell(0, 6, h, new_x="LMARGIN", new_y="NEXT")
        if d:
            pdf.set_font("dv", "", 10)
            pdf.set_x(pdf.l_margin + 8)
            pdf.multi_cell(0, 5.5, d, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.ln(5)
    pdf.set_font("dv", "", 9)
    pdf.multi_cell(0, 5, "Meddela förhinder till sammankallande via växeln. Om du inte kan komma, "
                         "skicka gärna med dina synpunkter till mötet.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.output(path(8, "pdf"))


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    tmpdir = os.path.join(HERE, "build")
    os.makedirs(tmpdir, exist_ok=True)
    plan01()
    plan02()
    plan03()
    plan04()
    plan05()
    plan06(tmpdir)
    plan07()
    plan08()
    shutil.rmtree(tmpdir, ignore_errors=True)
    print("\n".join(sorted(os.listdir(OUT))))


if __name__ == "__main__":
    main()
