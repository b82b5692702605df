# -*- coding: utf-8 -*-
"""Generate batch fresh-44a: 8 fictional, anonymized SIP plans (prefix f44a-).
Run: /work/batches/.venv/bin/python generate.py   (deterministic)"""
import os
import shutil
import subprocess
import textwrap

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PFX = "f44a-"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def p(name):
    return os.path.join(OUT, PFX + name)


def fixed_core(doc, author="Handläggare"):
    import datetime
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = datetime.datetime(2024, 1, 1, 9, 0, 0)
    cp.modified = datetime.datetime(2024, 1, 1, 9, 0, 0)
    cp.revision = 1


def set_cell_bg(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def bold_para(doc, text, size=None):
    para = doc.add_paragraph()
    r = para.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    return para


def label_value(doc, label, value):
    para = doc.add_paragraph()
    r = para.add_run(label + " ")
    r.bold = True
    para.add_run(value)
    return para


# ---------------------------------------------------------------------------
# 01: record-system print drawn with fpdf2, Köping
# ---------------------------------------------------------------------------
class RSPdf(FPDF):
    def header(self):
        self.set_font("DV", "B", 9)
        self.cell(95, 5, "Lifecare SP  |  Samordnad individuell plan (SIP)", new_x="RIGHT", new_y="TOP")
        self.set_font("DV", "", 8)
        self.cell(0, 5, f"Utskriftsdatum 2024-10-31 14:32   Sida {self.page_no()} ({{nb}})",
                  align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, "Socialtjänsten Köping / Region Västmanland  –  Utskriven av: Handläggare IFO Vuxen",
                  new_x="LMARGIN", new_y="NEXT")
        self.line(10, self.get_y() + 1, 200, self.get_y() + 1)
        self.ln(4)

    def footer(self):
        self.set_y(-12)
        self.set_font("DV", "", 7)
        self.cell(0, 5, "Handlingen innehåller sekretessbelagda uppgifter (OSL 26 kap. 1 §, 25 kap. 1 §)", align="C")


def box(pdf, x, y, w, label, value, min_h=12):
    """Boxed field: small label at the top, value below, box height grows."""
    pdf.set_xy(x + 1, y + 0.8)
    pdf.set_font("DV", "", 6.5)
    pdf.set_text_color(90, 90, 90)
    pdf.cell(w - 2, 3.2, label)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("DV", "", 9)
    pdf.set_xy(x + 1, y + 4.5)
    if value:
        pdf.multi_cell(w - 2, 4.3, value, new_x="LEFT", new_y="NEXT")
        h = max(min_h, pdf.get_y() - y + 1.5)
    else:
        h = min_h
    pdf.rect(x, y, w, h)
    return h


def make_01():
    pdf = RSPdf(format="A4")
    pdf.add_font("DV", "", FONT)
    pdf.add_font("DV", "B", FONTB)
    pdf.set_auto_page_break(True, 18)
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("DV", "B", 13)
    pdf.cell(0, 8, "Samordnad individuell plan – SIP", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 8)
    pdf.cell(0, 4, "Dokumenttyp: SIP-plan   Status: Fastställd   Version 1", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)

    L, W2 = 10, 95
    grid = [
        ("Namn", "Sanna (initialer S. K.)", "Personnummer", "ÅÅMMDD-XXXX"),
        ("Mötesdatum", "2024-10-29 kl. 09.30–11.00", "Mötesplats", "Socialtjänsten Köping, samtalsrum 2"),
        ("Kallad av", "Socialsekreterare, IFO Vuxenenheten Köping", "Planen upprättad", "2024-10-31"),
        ("Samtycke", "Skriftligt samtycke undertecknat av S. 2024-10-15 på blanketten "
                     "\"Samtycke SIP\". Gäller informationsutbyte mellan Socialtjänsten Köping, "
                     "Vuxenpsykiatrin Köping, Arbetsförmedlingen och Försäkringskassan.",
         "Huvudansvar för planen", "Socialtjänsten Köping"),
    ]
    y = pdf.get_y()
    for l1, v1, l2, v2 in grid:
        # measure both boxes, draw with the larger height
        h1 = box(pdf, L, y, W2, l1, v1)
        h2 = box(pdf, L + W2, y, W2, l2, v2)
        h = max(h1, h2)
        # redraw frames at common height (white fill not needed, rect is outline)
        pdf.rect(L, y, W2, h)
        pdf.rect(L + W2, y, W2, h)
        y += h

    full = [
        ("Deltagare",
         "Sanna (den enskilde)\n"
         "Malin, socialsekreterare, IFO Vuxenenheten Köping\n"
         "Jonas, psykolog, Vuxenpsykiatrin Köping\n"
         "Fredrik, arbetsförmedlare, Arbetsförmedlingen Köping\n"
         "Helena, handläggare, Försäkringskassan (via Teams)"),
        ("Bakgrund",
         "S. är 41 år och bor ensam i lägenhet i Köping. Hon har PTSD efter upprepat våld i en "
         "tidigare relation och har varit arbetslös sedan 2022. Hon har försörjningsstöd och är "
         "inskriven på Arbetsförmedlingen. Sömnproblem, mardrömmar och undvikande gör att hon "
         "sällan tar sig till möten. Hon har påbörjat kontakt på Vuxenpsykiatrin Köping under "
         "sommaren 2024."),
        ("Syfte med SIP",
         "Syftet är att S. ska få traumabehandling och samtidigt ett arbetsförberedande stöd i en "
         "takt hon klarar, så att insatserna från psykiatrin, socialtjänsten och Arbetsförmedlingen "
         "inte krockar eller ställer motstridiga krav på henne."),
        ("Frågeställningar inför mötet", ""),
        ("Den enskildes mål",
         "Målet är att S. ska kunna påbörja en arbetsträning på deltid under våren 2025 och "
         "att hennes sömn och vardagsfungerande ska förbättras."),
        ("Den enskildes delaktighet / synpunkter",
         "S. deltog under hela mötet. Hon berättade att hon vill börja med behandlingen innan "
         "hon förväntas vara på en arbetsplats, och att hon vill ha möten på förmiddagen och "
         "helst i Köping, inte i Västerås. Hon vill inte ha gruppverksamhet just nu."),
        ("Uppföljning", "Uppföljning av planen sker v. 48. Kallelse skickas av socialsekreteraren."),
    ]
    for lab, val in full:
        if y > 255:
            pdf.add_page()
            y = pdf.get_y()
        h = box(pdf, L, y, 2 * W2, lab, val, min_h=14 if not val else 12)
        y += h
    pdf.set_xy(L, y + 3)
    pdf.set_font("DV", "", 8)
    pdf.cell(0, 4, "Insatser och ansvarsfördelning: se sida 2.")

    # page 2: actions table + signature
    pdf.add_page()
    pdf.set_font("DV", "B", 11)
    pdf.cell(0, 7, "Insatser – vem gör vad och när", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 8.5)
    rows = [
        ("Traumafokuserad KBT (PE), 12–15 sessioner, varannan vecka",
         "Psykolog, Vuxenpsykiatrin Köping", "Start 2024-11-12, t.o.m. 2025-04"),
        ("Läkarbesök, utvärdering av sömnmedicinering",
         "Läkare, Vuxenpsykiatrin Köping", "2024-12-03"),
        ("Försörjningsstöd; budgetsamtal en gång i månaden",
         "Socialsekreterare, IFO Vuxenenheten Köping", "Månadsvis, nästa 2024-11-20"),
        ("Kartläggning och arbetsförberedande insats (Rusta och matcha), start i liten omfattning",
         "Arbetsförmedlare, Arbetsförmedlingen Köping", ""),
        ("Utreda rätt till aktivitetsstöd kopplat till AF:s insats; skicka beslut till S.",
         "Handläggare, Försäkringskassan", "Senast 2024-12-15"),
        ("Går på behandlingstiderna, för sömndagbok, meddelar Malin vid förhinder",
         "S. själv", "Löpande från 2024-11-12"),
    ]
    with pdf.table(col_widths=(90, 60, 40), headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225)),
                   repeat_headings=1, line_height=5, text_align="LEFT") as t:
        hr = t.row()
        for h in ("Insats / åtgärd", "Ansvarig (funktion, verksamhet)", "När"):
            hr.cell(h)
        for r in rows:
            rr = t.row()
            for c in r:
                rr.cell(c)
    pdf.ln(10)
    pdf.set_font("DV", "B", 9)
    pdf.cell(0, 6, "Underskrift", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 8)
    y = pdf.get_y()
    pdf.rect(10, y, 95, 18)
    pdf.rect(105, y, 95, 18)
    pdf.set_xy(11, y + 1)
    pdf.cell(90, 4, "Den enskilde – datum och namnteckning")
    pdf.set_xy(106, y + 1)
    pdf.cell(90, 4, "Planen upprättad av – datum och namnteckning")
    pdf.set_xy(106, y + 11)
    pdf.set_font("DV", "", 9)
    pdf.cell(90, 5, "2024-10-31  Malin, socialsekreterare")
    pdf.set_creation_date(__import__("datetime").datetime(2024, 10, 31, 14, 32,
                                                          tzinfo=__import__("datetime").timezone.utc))
    pdf.output(p("01.pdf"))


# ---------------------------------------------------------------------------
# 02: .docx, child 12 with diabetes + absence, Arboga; bold-paragraph headings
# ---------------------------------------------------------------------------
def make_02():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Arboga kommun\tBarn- och utbildningsförvaltningen\tElevhälsan"
    fp = sec.footer.paragraphs[0]
    fp.text = "SIP Centralskolan Arboga – sekretess enligt OSL 23 kap. 2 §"
    fp.runs[0].font.size = Pt(8)

    bold_para(doc, "SAMORDNAD INDIVIDUELL PLAN (SIP)", 14)
    label_value(doc, "Elev:", "Elin, 12 år, åk 6")
    label_value(doc, "Personnummer:", "XXXXXX-XXXX")
    label_value(doc, "Datum för mötet:", "2024-12-04")
    label_value(doc, "Plats:", "Centralskolan Arboga, konferensrummet")

    bold_para(doc, "Deltagare")
    doc.add_paragraph("Elin, Sofia (mamma), Karin, Lena, Ahmed, Petra")

    bold_para(doc, "Syfte")
    doc.add_paragraph("Samordning.")

    bold_para(doc, "Bakgrund")
    doc.add_paragraph(
        "Elin fick diagnosen diabetes typ 1 i mars 2023 och har sensor och insulinpump. Under "
        "hösten har frånvaron ökat till ca 35 %, mest hela dagar efter nätter med låga värden "
        "och dagar med idrott. Elin har berättat för mentor att hon är rädd för att få en känning "
        "i klassrummet och att ingen vuxen vet vad man ska göra. Hon följs av diabetesteamet på "
        "Barnkliniken Västerås.")

    bold_para(doc, "Samtycke")
    doc.add_paragraph("Samtycke finns.")

    bold_para(doc, "Elins mål")
    doc.add_paragraph("”Jag vill kunna vara i skolan hela dagarna utan att vara rädd för att få "
                      "känningar, och jag vill vara med på idrotten.”")

    bold_para(doc, "Elins och vårdnadshavarens synpunkter")
    doc.add_paragraph(
        "Elin var med på mötet tillsammans med sin mamma. Elin vill inte gå ut ur klassrummet "
        "för att mäta, hon vill kunna se värdet i mobilen vid bänken. Hon vill att läraren i idrott "
        "vet vad hon ska göra om värdet sjunker. Mamma önskar att skolan hör av sig samma dag om "
        "Elin inte kommit.")

    bold_para(doc, "Så här gör vi")
    rows = [
        ("Vad", "Vem", "När"),
        ("Utbildning om diabetes och plan för låga värden för klassens lärare, idrottslärare och fritids",
         "Diabetessjuksköterska, Barnkliniken Västerås", "2025-01-15"),
        ("Sensorlarmet kopplas så att skolsköterskan kan följa värdena under skoltid",
         "Diabetesteamet, Barnkliniken Västerås", "Senast 2024-12-20"),
        ("Elin får mäta vid bänken och ha druvsocker i bänken; vilrum hos skolsköterskan vid behov",
         "Skolsköterska, Elevhälsan Centralskolan", "Från 2025-01-08"),
        ("Frånvaro anmäls till mamma samma förmiddag; mentor följer frånvaron varje vecka",
         "Mentor, åk 6 Centralskolan", "Från 2025-01-08"),
        ("Samtal om oron för känningar, ca 6 tillfällen",
         "Kurator, Elevhälsan Centralskolan", ""),
    ]
    t = doc.add_table(rows=len(rows), cols=3)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = t.cell(i, j)
            c.text = v
            if i == 0:
                c.paragraphs[0].runs[0].bold = True
                set_cell_bg(c, "D9E2F3")
    repeat_header(t.rows[0])
    for row in t.rows:
        row.cells[0].width = Cm(8.5)
        row.cells[1].width = Cm(5.5)
        row.cells[2].width = Cm(3)

    doc.add_paragraph()
    bold_para(doc, "Huvudansvar")
    doc.add_paragraph("Elevhälsan.")
    bold_para(doc, "Uppföljning")
    doc.add_paragraph("Nytt möte 2025-02-11 kl. 14.00 på Centralskolan.")
    fixed_core(doc, "Elevhälsan Arboga")
    doc.save(p("02.docx"))


# ---------------------------------------------------------------------------
# 03: minutes of a follow-up SIP meeting, plain text UTF-8, Sala
# ---------------------------------------------------------------------------
def wrap(text, width=74, indent=""):
    out = []
    for para in text.split("\n"):
        if not para.strip():
            out.append("")
            continue
        out.extend(textwrap.wrap(para, width=width, initial_indent=indent,
                                 subsequent_indent=indent) or [""])
    return "\n".join(out)


def beslut(text):
    lines = textwrap.wrap(text, width=65)
    return "\n".join(["Beslut:  " + lines[0]] + ["         " + l for l in lines[1:]])


def make_03():
    parts = []
    parts.append("MINNESANTECKNINGAR – UPPFÖLJNING AV SIP")
    parts.append("Sala kommun / Region Västmanland")
    parts.append("=" * 44)
    parts.append("")
    parts.append("Datum:      2024-09-17, kl. 13.00–14.30")
    parts.append("Plats:      Vårdcentralen Sala, mötesrum 1")
    parts.append("Gäller:     N., man 60 år")
    parts.append("Antecknat:  socialsekreterare vuxenenheten")
    parts.append("")
    parts.append("Närvarande: N., socialsekreterare, biståndshandläggare, distrikts-")
    parts.append("            sköterska, läkare, behandlare beroende, god man")
    parts.append("")
    parts.append(wrap("Huvudansvarig för planen: Lars, socialsekreterare, Vuxenenheten "
                      "IFO Sala kommun (oförändrat sedan planen 2024-06-04)."))
    parts.append("")
    parts.append(wrap("Mål (från planen 2024-06-04): Målet är att N. ska minska sitt "
                      "alkoholintag, att levervärdena ska förbättras och att N. ska kunna bo "
                      "kvar i sin lägenhet."))
    parts.append("")
    parts.append("-" * 74)
    parts.append("Punkt 1  Genomgång av föregående plan")
    parts.append(wrap(
        "N. deltog hela mötet. Läkaren redogjorde för att N. har alkoholberoende och "
        "alkoholrelaterad leversjukdom (fettlever med begynnande fibros). Två av fyra "
        "provtagningar sedan juni har uteblivit. Hemtjänsten har inte kommit igång eftersom "
        "beslut inte fattats. N. har haft två kortare återfall under sommaren enligt "
        "behandlaren.", indent="         "))
    parts.append("Beslut:  Planen från 2024-06-04 revideras enligt punkt 2–4.")
    parts.append("")
    parts.append("Punkt 2  Provtagning av levervärden")
    parts.append(wrap(
        "Frågeställning: Hur ska levervärden (ASAT, ALAT, GT, PEth) följas upp när N. inte "
        "kommer till vårdcentralen? Kan provtagning göras i hemmet?", indent="         "))
    parts.append(beslut(
        "Distriktssköterska, Vårdcentralen Sala, tar prover i hemmet var fjärde vecka. "
        "Första gången 2024-09-24. Svar skickas till läkaren som återkopplar till N. vid "
        "nästa besök."))
    parts.append("")
    parts.append("Punkt 3  Läkemedel mot alkoholsug")
    parts.append(wrap(
        "Frågeställning: Ska N. erbjudas naltrexon eller akamprosat? Leverpåverkan gör att "
        "valet behöver göras av läkare med beroendekompetens.", indent="         "))
    parts.append(beslut("Regionen erbjuder läkemedelsbehandling och bedömning."))
    parts.append("")
    parts.append("Punkt 4  Stöd i hemmet och behandling")
    parts.append(beslut(
        "Biståndshandläggare, Vård och omsorg Sala kommun, fattar beslut om hemtjänst "
        "(städ och inköp två gånger per vecka) senast 2024-09-27. Hemtjänst Sala centrum "
        "startar 2024-10-01. Behandlare, Beroendeenheten Sala kommun, fortsätter med "
        "återfallsprevention (ÅP) varje tisdag kl. 10, nästa 2024-09-24."))
    parts.append("")
    parts.append("Punkt 5  Övrigt")
    parts.append(wrap(
        "God man var med på mötet och informerade kort om N:s ekonomi. Inget mer togs upp.",
        indent="         "))
    parts.append("Beslut:  –")
    parts.append("-" * 74)
    parts.append("")
    parts.append("Nästa uppföljning: 2024-12-10 kl. 13.00, Vårdcentralen Sala.")
    parts.append("Kallelse skickas av Lars, socialsekreterare.")
    parts.append("")
    parts.append("Minnesanteckningarna skickas till samtliga deltagare.")
    text = "\n".join(parts)
    with open(p("03.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text + "\n")


# ---------------------------------------------------------------------------
# 04: Markdown plan written by a personal ombud, Västerås
# ---------------------------------------------------------------------------
MD04 = """# Din plan – samordnad individuell plan (SIP)

*Skriven av Jenny, personligt ombud (PO), PO-verksamheten Västerås stad, tillsammans med dig, Ali.*
*Mötet hölls 2025-01-22 på Psykosmottagningen Västerås.*

---

## Varför gör vi en plan?

Du har bott på härbärget sedan i höstas, efter att du fick lämna lägenheten på Bäckby när
hyran inte blev betald under tiden du låg inne på psykiatrin. Nu mår du bättre och tar din
medicin. Planen ska hjälpa till så att du får ett eget boende med det stöd du behöver, och att
psykiatrin, socialtjänsten och jag drar åt samma håll så att du inte behöver berätta samma sak
för alla gång på gång.

## Det här vill du

> ”Jag vill ha en egen lägenhet igen och slippa bo på härbärget. Jag vill må så bra att jag
> klarar att ta hand om den själv, och jag vill ha mina saker omkring mig.”

## Det här tyckte du på mötet

Du var med hela mötet. Du sa att du hellre vill ha boendestöd än gruppbostad, att du vill ha
sprutan i stället för tabletter eftersom du glömmer dem, och att du inte vill att din mamma
ska få information – din syster Sara går bra.

## Får vi prata med varandra om dig?

Ja. Du skrev under samtyckesblanketten på mötet 2025-01-22. Den gäller Psykosmottagningen,
socialtjänsten, Försäkringskassan och mig, och du kan ta tillbaka den när du vill.

## Frågor till mötet

Prata om hur det går.

## Vem gör vad? (checklista)

- [ ] **Maria, sjuksköterska på Psykosmottagningen Västerås:** ger depåinjektion var tredje vecka. Nästa gång 2025-02-04.
- [ ] **Biståndshandläggare, Socialtjänsten Västerås (vuxenenheten):** utreder boendestöd och möjligheten till träningslägenhet. Beslut senast 2025-02-28.
- [ ] **Boendestödet:** hjälper dig med tvätt, handling och att öppna posten när du har fått ett boende.
- [ ] **Jenny (PO):** följer med dig till bostadsförmedlingen och hjälper dig att ställa dig i kö och skriva ansökan. Vi går dit 2025-02-10.
- [ ] **Jenny (PO) och du:** skickar in ansökan om sjukersättning till Försäkringskassan senast 2025-02-20.
- [ ] **Du själv:** går på injektionstiderna och ringer Jenny om något krånglar.
- [ ] **Sara (din syster):** hjälper dig att hämta dina saker från förrådet hos Bostads AB när du har fått en lägenhet.

## När ses vi igen?

Vi ses igen i mars. Jenny skickar en kallelse till alla.

---
*Den här planen är skriven på vanlig svenska så att du kan läsa den själv. Hör av dig till mig
om något är fel.*
"""


def make_04():
    with open(p("04.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(MD04)


# ---------------------------------------------------------------------------
# 05: discharge plan after hip fracture, .docx -> .pdf (LibreOffice), Fagersta
# ---------------------------------------------------------------------------
def make_05(tmpdir):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hp.text = "Region Västmanland – Ortopedavdelning 3, Västmanlands sjukhus Västerås  |  Fagersta kommun"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Samordnad individuell plan vid utskrivning (SIP) – upprättad i samverkan enligt lag (2017:612)"
    fp.runs[0].font.size = Pt(7)

    doc.add_heading("Samordnad individuell plan vid utskrivning från slutenvård", level=1)
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    vals = [("Patient", "A., kvinna 90 år", "Personnummer", "ÅÅMMDD-XXXX"),
            ("Mötesdatum", "2024-11-08 (Lifesize, från avdelningen)", "Planerat utskrivningsdatum", "2024-11-14"),
            ("Kommun", "Fagersta", "Inskrivningsorsak", "Höftfraktur vä, operation 2024-11-02")]
    for i, r in enumerate(vals):
        for j, v in enumerate(r):
            t.cell(i, j).text = v
            if j in (0, 2):
                t.cell(i, j).paragraphs[0].runs[0].bold = True
    doc.add_paragraph()

    doc.add_heading("Deltagare", level=2)
    for d in ["Patienten", "Sjuksköterska, avdelningen", "Biståndshandläggare",
              "Distriktssköterska", "Fysioterapeut"]:
        doc.add_paragraph(d, style="List Bullet")

    doc.add_heading("Syfte", level=2)
    doc.add_paragraph(
        "Syftet är att A. ska kunna skrivas ut till sin lägenhet i Fagersta den 2024-11-14 och "
        "känna sig trygg där, med hemtjänst, hemsjukvård och hemrehabilitering på plats från "
        "första dagen, så att hon kan fortsätta gångträningen efter höftoperationen och undvika "
        "nya fall.")

    doc.add_heading("Patientens delaktighet och samtycke", level=2)
    doc.add_paragraph("Patienten har deltagit i planeringen:   ☒ Ja   ☐ Nej")
    doc.add_paragraph("Patientens synpunkter: ")
    doc.add_paragraph("Samtycke till SIP och informationsöverföring:   ☒ Samtycke finns   ☐ Muntligt   ☐ Skriftligt")
    doc.add_paragraph("Frågeställningar inför SIP-mötet: ")
    doc.add_paragraph("Patientens mål: ")

    doc.add_heading("Insatser efter utskrivning – hemtjänst, hemsjukvård, rehab", level=2)
    rows = [
        ("Insats", "Omfattning", "Ansvarig", "Start"),
        ("Personlig omvårdnad, dusch, påklädning", "Morgon och kväll", "Hemtjänst Fagersta centrum", "2024-11-14"),
        ("Måltider, uppvärmning av matlåda", "Lunch och middag", "Hemtjänst Fagersta centrum", "2024-11-14"),
        ("Trygghetslarm installeras", "–", "Biståndshandläggare, Fagersta kommun", "2024-11-13"),
        ("Fragmininjektioner och omläggning av operationssår", "Dagligen t.o.m. 2024-11-30",
         "Distriktssköterska, Hemsjukvården Fagersta", "2024-11-14"),
        ("Agrafftagning", "En gång", "Distriktssköterska, Hemsjukvården Fagersta", "2024-11-16"),
        ("Gångträning med rollator, bedömning av hjälpmedel (toalettförhöjning, duschpall)",
         "2 ggr/vecka", "Fysioterapeut, Hemrehab Fagersta kommun", "2024-11-15"),
        ("Läkemedelsgenomgång (fallriskläkemedel)", "En gång", "Läkare, Vårdcentralen Fagersta", "2024-11-28"),
    ]
    t2 = doc.add_table(rows=len(rows), cols=4)
    t2.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            c = t2.cell(i, j)
            c.text = v
            if i == 0:
                c.paragraphs[0].runs[0].bold = True
                set_cell_bg(c, "E7E6E6")
    repeat_header(t2.rows[0])
    doc.add_paragraph()
    doc.add_paragraph("Närstående / andra aktörer:   ☐ Anhörig   ☐ God man   ☐ Annan: ")

    doc.add_heading("Huvudansvar och uppföljning", level=2)
    doc.add_paragraph("Fast vårdkontakt / huvudansvarig för planen: Eva, distriktssköterska, "
                      "Vårdcentralen Fagersta")
    doc.add_paragraph("Uppföljande SIP-möte: 2024-12-05 kl. 10.00 i patientens hem.")
    doc.add_paragraph("Planen har skickats via Prator till hemtjänst, hemsjukvård och vårdcentral 2024-11-08.")
    fixed_core(doc, "Ortopedavdelning 3")
    src = os.path.join(tmpdir, PFX + "05.docx")
    doc.save(src)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-f44a", "--headless",
                    "--convert-to", "pdf", "--outdir", OUT, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


# ---------------------------------------------------------------------------
# 06: .docx with "Insats 1:" paragraphs, girl 17 with eating disorder, Norberg
# ---------------------------------------------------------------------------
def make_06():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Norbergs kommun  •  Region Västmanland\tSIP"
    doc.add_heading("Samordnad individuell plan (SIP)", level=0)

    label_value(doc, "Gäller:", "M., 17 år")
    label_value(doc, "Personnummer:", "ÅÅMMDD-XXXX")
    label_value(doc, "Datum:", "2025-01-09")
    label_value(doc, "Plats:", "Socialkontoret Norberg")

    doc.add_heading("1. Deltagare", level=1)
    for d in ["M. och hennes föräldrar",
              "Anna, behandlare, BUP Västerås – ätstörningsteamet",
              "Kristoffer, läkare, BUP Västerås – ätstörningsteamet",
              "Sofie, skolsköterska, Elevhälsan gymnasieskolan Fagersta",
              "Johan, mentor, gymnasieskolan Fagersta",
              "Ewa, familjebehandlare, IFO Barn och familj Norbergs kommun"]:
        doc.add_paragraph(d, style="List Bullet")

    doc.add_heading("2. Syfte med SIP", level=1)
    doc.add_paragraph("Att få en gemensam bild.")

    doc.add_heading("3. Samtycke", level=1)
    doc.add_paragraph("Samtycke finns.")

    doc.add_heading("4. Bakgrund och frågeställningar", level=1)
    doc.add_paragraph(
        "M. går andra året på samhällsprogrammet. Hon har under hösten 2024 gått ner kraftigt i "
        "vikt och fått diagnosen anorexia nervosa. Hon behandlas sedan november på BUP "
        "Västerås ätstörningsteam. Hon äter inte skollunch och har hög frånvaro på idrotten.")
    doc.add_paragraph("Frågeställningar inför mötet:")
    doc.add_paragraph("Hur kan skolan ordna lunchen så att M. äter med stöd av en vuxen?",
                      style="List Number")
    doc.add_paragraph("Ska M. vara befriad från idrott under behandlingen, och vem gör den bedömningen?",
                      style="List Number")
    doc.add_paragraph("Behöver familjen stöd hemma från socialtjänsten?", style="List Number")

    doc.add_heading("5. M:s egna mål", level=1)
    doc.add_paragraph("”Jag vill orka gå i skolan och träffa mina kompisar igen, och jag vill slippa "
                      "tänka på mat hela tiden.”")

    doc.add_heading("6. M:s delaktighet", level=1)
    doc.add_paragraph(
        "M. deltog i mötet tillsammans med sina föräldrar. M. vill äta lunch i ett mindre rum "
        "med skolsköterskan i stället för i matsalen. Hon vill inte att klasskamraterna får veta "
        "diagnosen. Föräldrarna önskar mer stöd på kvällarna.")

    doc.add_heading("7. Insatser", level=1)
    ins = [
        ("Insats 1: Familjebaserad behandling för ätstörning med veckovisa besök, vägning och "
         "måltidsplan.", "Behandlare, BUP Västerås ätstörningsteam", "Pågår, veckovis t.o.m. 2025-04-30"),
        ("Insats 2: Lunch med stöd i skolan i skolsköterskans rum, måndag–fredag. Skolsköterskan "
         "rapporterar till BUP varje fredag.", "Skolsköterska, Elevhälsan gymnasieskolan Fagersta",
         "Från 2025-01-13"),
        ("Insats 3: Medicinska kontroller (blodprover, puls, EKG) och bedömning av om M. kan delta "
         "i idrott.", "Regionen", "Var fjärde vecka"),
        ("Insats 4: Anpassad studieplan: idrott skjuts upp till vt 2026, stödstudier i svenska.",
         "Mentor, gymnasieskolan Fagersta", "Klar 2025-01-31"),
        ("Insats 5: Familjebehandling i hemmet med fokus på kvällsmåltider, en kväll i veckan.",
         "Familjebehandlare, IFO Barn och familj Norbergs kommun", "Start 2025-01-20"),
    ]
    for text, resp, done in ins:
        para = doc.add_paragraph()
        k, rest = text.split(":", 1)
        r = para.add_run(k + ":")
        r.bold = True
        para.add_run(rest)
        doc.add_paragraph("Ansvarig: " + resp)
        doc.add_paragraph("Klart: " + done)

    doc.add_heading("8. Huvudansvar", level=1)
    doc.add_paragraph("Anna, behandlare, BUP Västerås ätstörningsteam, har huvudansvaret för att "
                      "planen hålls samman.")
    fixed_core(doc, "BUP Västerås")
    doc.save(p("06.docx"))


# ---------------------------------------------------------------------------
# 07: e-mail summary, Windows-1252 + CRLF, elderly couple with dementia, Kungsör
# ---------------------------------------------------------------------------
def make_07():
    body = """Från: Annika, biståndshandläggare
Skickat: den 13 mars 2025 16:05
Till: Kerstin; Jonas; Mikael
Ämne: Sammanfattning SIP-möte 12/3 – G. och B.

Hej alla!

Tack för mötet igår hemma hos G. och B. Här kommer en kort sammanfattning av det vi kom fram till, så att alla har samma bild.

Deltagare: G. och B., Annika, Kerstin, Jonas och Mikael (son).

Syftet med mötet var samordning. Samtycke finns. G. och B. var båda med på mötet, B. en stund och G. hela tiden.

Kort om läget: G. (86) har Alzheimers sjukdom sedan 2022 och B. (84) fick diagnosen vaskulär demens i höstas. Det har blivit svårare för dem att klara vardagen, medicinerna har blandats ihop vid två tillfällen och B. har gått ut på natten en gång i februari.

Det här kom vi överens om:

- Hemtjänst Kungsör norra utökar till tre besök per dag (morgon, lunch, kväll) för båda från måndag 2025-03-17. Jag har fattat beslut.
- Demenssjuksköterskan gör ett hembesök och ser över läkemedelshanteringen, ev. dosett/dispens.
- Vårdcentralen Kungsör gör en läkemedelsgenomgång för båda.
- Kommunen ser över möjligheten till dagverksamhet för G.
- Mikael kommer att hjälpa till mer.
- Vi pratade också om god man.

Kommunen har huvudansvaret för planen.

Hör av er om jag missat något!

Hälsningar
Annika
Biståndshandläggare
Vård och omsorg, Kungsörs kommun
Tel. via växeln
"""
    lines = []
    for line in body.split("\n"):
        if len(line) > 76 and not line.startswith("- "):
            lines.extend(textwrap.wrap(line, 76))
        elif len(line) > 76:
            w = textwrap.wrap(line, 76, subsequent_indent="  ")
            lines.extend(w)
        else:
            lines.append(line)
    data = "\r\n".join(lines).encode("cp1252")
    with open(p("07.txt"), "wb") as f:
        f.write(data)


# ---------------------------------------------------------------------------
# 08: nearly empty template .docx with content controls
# ---------------------------------------------------------------------------
SDT_ID = [70000]
PLACEHOLDER = "Klicka eller tryck här för att ange text."


def add_sdt(paragraph, placeholder=PLACEHOLDER):
    """Append an empty plain-text content control showing its placeholder."""
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    rpr = OxmlElement("w:rPr")
    rs = OxmlElement("w:rStyle")
    rs.set(qn("w:val"), "PlaceholderText")
    rpr.append(rs)
    pr.append(rpr)
    alias = OxmlElement("w:id")
    SDT_ID[0] += 1
    alias.set(qn("w:val"), str(SDT_ID[0]))
    pr.append(alias)
    ph = OxmlElement("w:placeholder")
    dp = OxmlElement("w:docPart")
    dp.set(qn("w:val"), "DefaultPlaceholder_-1854013440")
    ph.append(dp)
    pr.append(ph)
    pr.append(OxmlElement("w:showingPlcHdr"))
    pr.append(OxmlElement("w:text"))
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    rpr2 = OxmlElement("w:rPr")
    rs2 = OxmlElement("w:rStyle")
    rs2.set(qn("w:val"), "PlaceholderText")
    rpr2.append(rs2)
    color = OxmlElement("w:color")
    color.set(qn("w:val"), "808080")
    rpr2.append(color)
    r.append(rpr2)
    t = OxmlElement("w:t")
    t.text = placeholder
    r.append(t)
    content.append(r)
    sdt.append(content)
    paragraph._p.append(sdt)


def make_08():
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Mall: SIP – Samordnad individuell plan  |  Västmanlands kommuner och Region Västmanland  |  Version 2024:1"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Spara den ifyllda planen i respektive journal/akt."
    fp.runs[0].font.size = Pt(8)

    doc.add_heading("Samordnad individuell plan (SIP)", level=1)
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    t.cell(0, 0).text = "Personens initialer"
    t.cell(0, 1).text = "E. L."
    t.cell(1, 0).text = "Personnummer"
    t.cell(1, 1).text = "ÅÅMMDD-XXXX"
    t.cell(2, 0).text = "Datum för SIP-mötet"
    t.cell(2, 1).text = "2025-02-18"
    for i in range(3):
        t.cell(i, 0).paragraphs[0].runs[0].bold = True

    def field(num_label, hint=None):
        doc.add_heading(num_label, level=2)
        if hint:
            hp = doc.add_paragraph()
            r = hp.add_run(hint)
            r.italic = True
            r.font.size = Pt(8.5)
            r.font.color.rgb = RGBColor(0x60, 0x60, 0x60)
        add_sdt(doc.add_paragraph())

    field("1. Deltagare", "(namn, funktion, verksamhet)")
    field("2. Syfte med SIP", "(Varför behövs en samordnad plan för just den här personen?)")
    field("3. Frågeställningar inför mötet")
    doc.add_heading("4. Samtycke", level=2)
    doc.add_paragraph("☐ Muntligt   ☐ Skriftligt   Datum: ÅÅÅÅ-MM-DD")
    field("5. Personens egna mål", "(Skriv med personens egna ord)")
    doc.add_heading("6. Personens delaktighet", level=2)
    doc.add_paragraph("☐ Personen deltog   ☐ Personen deltog inte, orsak:")
    add_sdt(doc.add_paragraph())
    field("7. Personens synpunkter")

    doc.add_heading("8. Insatser – vem gör vad och när", level=2)
    it = doc.add_table(rows=4, cols=4)
    it.style = "Table Grid"
    for j, h in enumerate(("Insats/åtgärd", "Ansvarig verksamhet/funktion", "Huvudman", "När")):
        it.cell(0, j).text = h
        it.cell(0, j).paragraphs[0].runs[0].bold = True
        set_cell_bg(it.cell(0, j), "D9D9D9")
    repeat_header(it.rows[0])
    for i in range(1, 4):
        for j in range(4):
            it.cell(i, j).text = "…"

    doc.add_heading("9. Andra aktörers insatser", level=2)
    doc.add_paragraph("☐ Försäkringskassan   ☐ Arbetsförmedlingen   ☐ God man/förvaltare   ☐ Närstående   ☐ Inga andra aktörer")
    add_sdt(doc.add_paragraph())
    doc.add_heading("10. Huvudansvar för planen", level=2)
    hp2 = doc.add_paragraph("Namn/funktion: ")
    add_sdt(hp2)
    hp3 = doc.add_paragraph("Verksamhet: ")
    add_sdt(hp3)
    doc.add_heading("11. Uppföljning", level=2)
    doc.add_paragraph("Datum för uppföljning: ÅÅÅÅ-MM-DD     Plats: …")
    fixed_core(doc, "Mallansvarig")
    doc.save(p("08.docx"))


def main():
    os.makedirs(OUT, exist_ok=True)
    tmp = os.path.join(HERE, "_tmp")
    os.makedirs(tmp, exist_ok=True)
    make_01()
    make_02()
    make_03()
    make_04()
    make_05(tmp)
    make_06()
    make_07()
    make_08()
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
