#!/usr/bin/env python3
"""Generate the f101b batch: seven fictional SIP plans and one non-plan,
Region Västmanland.  Run with /work/batches/.venv/bin/python generate.py"""
import datetime as dt
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
PREFIX = "f101b"
LO_PROFILE = "file:///tmp/lo-f101b"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIXED = dt.datetime(2025, 1, 1, 12, 0, 0)


def out(n, ext):
    return os.path.join(PLANS, f"{PREFIX}-{n:02d}.{ext}")


def fix_core(doc, title, author="", created=FIXED):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = created
    cp.modified = created
    cp.revision = 1


def soffice(args, outdir):
    cmd = ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless"] + args + ["--outdir", outdir]
    subprocess.run(cmd, check=True, timeout=240, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def add_page_field(paragraph, instr):
    """Insert a Word field (PAGE / NUMPAGES) into a paragraph."""
    run = paragraph.add_run()
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._r.append(el)
    return run


def shade(cell, fill="D9E2F3"):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trPr.append(th)


def cell_text(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    return p


# ---------------------------------------------------------------------------
# 01  Word: Title / Subtitle / Heading 2, goal in Intense Quote.
#     Adult with psychosis and debts, Köping.
# ---------------------------------------------------------------------------
def plan01():
    doc = Document()
    fix_core(doc, "SIP Mattias", "Socialtjänsten Köping")
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Köpings kommun, Socialtjänsten – Vuxenenheten\t\tRegion Västmanland, Vuxenpsykiatrin Köping"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = fp.add_run("Sida ")
    r.font.size = Pt(8)
    add_page_field(fp, "PAGE").font.size = Pt(8)

    doc.add_paragraph("Samordnad individuell plan", style="Title")
    doc.add_paragraph("Mattias, 34 år – SIP-möte 2024-03-05 på Vuxenpsykiatrin Köping", style="Subtitle")

    doc.add_paragraph("Bakgrund", style="Heading 2")
    doc.add_paragraph(
        "Mattias har en psykossjukdom sedan 2016 och har varit inlagd på psykiatrisk avdelning i "
        "Västerås vid två tillfällen under 2023, senast i januari 2024. Inläggningarna har föregåtts "
        "av att han slutat med sin medicin och isolerat sig i lägenheten. Han har hyresskulder sedan "
        "hösten och flera obetalda räkningar som gått vidare till inkasso, och han har fått en "
        "varning om uppsägning av lägenheten. Mattias har sedan februari depåinjektion, vilket han själv tycker "
        "fungerar bättre än tabletter.")

    doc.add_paragraph("Syfte med planen", style="Heading 2")
    doc.add_paragraph(
        "Syftet med planen är att psykiatrin och socialtjänsten samordnar stödet till Mattias så att "
        "han kan behålla sin lägenhet, få ordning på skulderna och undvika en ny inläggning efter "
        "vårdtillfället i januari.")

    doc.add_paragraph("Frågeställningar inför mötet", style="Heading 2")
    doc.add_paragraph("")

    doc.add_paragraph("Mattias mål", style="Heading 2")
    doc.add_paragraph(
        "”Jag vill ha ordning på min ekonomi och kunna bo kvar i min lägenhet utan att hamna på "
        "avdelningen igen.”", style="Intense Quote")

    doc.add_paragraph("Mattias delaktighet", style="Heading 2")
    doc.add_paragraph(
        "Mattias var med under hela mötet. Han berättade att han mår bättre sedan han började med "
        "sprutan men att inkassobreven gör honom så stressad att han slutat öppna posten. "
        "Han önskar att någon kommer hem till honom och hjälper till med posten i stället för att han "
        "ska behöva åka in till kommunhuset. Han vill inte ha fler besök än två i veckan.")

    doc.add_paragraph("Samtycke", style="Heading 2")
    doc.add_paragraph("Samtycke till SIP finns.")

    doc.add_paragraph("Insatser och ansvar", style="Heading 2")
    rows = [
        ("Insats", "Ansvarig", "När"),
        ("Depåinjektion och samtal med fast vårdkontakt var tredje vecka",
         "Sjuksköterska, psykosteamet Vuxenpsykiatrin Köping", "Nästa 2024-03-12, därefter var 3:e vecka"),
        ("Boendestöd två gånger i veckan: öppna och sortera post, inköp, städning",
         "Boendestödet, Socialtjänsten Köping", "Start 2024-03-18"),
        ("Budget- och skuldrådgivning: genomgång av skulder, upprätta budget",
         "Budget- och skuldrådgivare, Köpings kommun", "Första träff 2024-03-20"),
        ("Ekonomiskt bistånd till hyran för mars och april",
         "Socialsekreterare, Vuxenenheten Socialtjänsten Köping", "Beslut senast 2024-03-15"),
        ("Blodprover och metabol kontroll (vikt, blodsocker)", "Regionen", "Under våren"),
    ]
    t = doc.add_table(rows=len(rows), cols=3)
    t.style = "Light Grid Accent 1"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell_text(t.cell(i, j), val, bold=(i == 0), size=10)
    repeat_header(t.rows[0])
    widths = [Cm(7.5), Cm(5.5), Cm(3.6)]
    t.autofit = False
    for j, w in enumerate(widths):
        t.columns[j].width = w
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = w

    doc.add_paragraph("Huvudansvar för planen", style="Heading 2")
    doc.add_paragraph("Socialtjänsten Köping har huvudansvaret för planen.")

    doc.add_paragraph("Uppföljning", style="Heading 2")
    doc.add_paragraph("Planen följs upp vecka 14. Kallelse skickas ut i god tid.")

    doc.add_paragraph("Närvarande", style="Heading 2")
    doc.add_paragraph("Mattias, Jenny, Erik, Sara, Anders")

    doc.save(out(1, "docx"))


# ---------------------------------------------------------------------------
# 02  fpdf2 record print, two newspaper columns (1–4 left, 5–8 right).
#     Discharge from psychiatric inpatient care, Västerås.
# ---------------------------------------------------------------------------
class RecordPDF(FPDF):
    def header(self):
        self.set_font("DV", "B", 8)
        self.set_xy(12, 8)
        self.cell(70, 4, "Cosmic – Region Västmanland")
        self.set_font("DV", "", 8)
        self.cell(60, 4, "Journalutskrift", align="C")
        self.cell(56, 4, "Utskrivet 2024-11-07 08:31", align="R")
        self.set_xy(12, 12)
        self.cell(186, 4, "Sida 1 (1)", align="R")
        self.line(12, 17, 198, 17)

    def footer(self):
        self.set_xy(12, 287)
        self.set_font("DV", "", 7)
        self.cell(186, 4, "Utskriften är en kopia av journalen och får inte ändras. Skriven ut av: Linnea",
                  align="L")


def plan02():
    pdf = RecordPDF(format="A4")
    pdf.set_creation_date(dt.datetime(2024, 11, 7, 8, 31, tzinfo=dt.timezone.utc))
    pdf.add_font("DV", "", FONT)
    pdf.add_font("DV", "B", FONT_B)
    pdf.set_auto_page_break(False)
    pdf.set_title("Journalutskrift SIP")
    pdf.add_page()

    # patient block (boxed)
    pdf.set_font("DV", "", 8.5)
    pdf.rect(12, 20, 186, 19)
    pdf.set_xy(14, 21.5)
    pdf.set_font("DV", "B", 8.5)
    pdf.cell(30, 4.5, "Patient:")
    pdf.set_font("DV", "", 8.5)
    pdf.cell(62, 4.5, "Emelie  ÅÅMMDD-XXXX")
    pdf.set_font("DV", "B", 8.5)
    pdf.cell(30, 4.5, "Vårdenhet:")
    pdf.set_font("DV", "", 8.5)
    pdf.cell(60, 4.5, "Vuxenpsykiatrin Västerås, avd 85")
    pdf.set_xy(14, 26.5)
    pdf.set_font("DV", "B", 8.5)
    pdf.cell(30, 4.5, "Anteckning:")
    pdf.set_font("DV", "", 8.5)
    pdf.cell(62, 4.5, "Samordnad individuell plan (SIP)")
    pdf.set_font("DV", "B", 8.5)
    pdf.cell(30, 4.5, "Händelsedatum:")
    pdf.set_font("DV", "", 8.5)
    pdf.cell(60, 4.5, "2024-11-06 13:00")
    pdf.set_xy(14, 31.5)
    pdf.set_font("DV", "B", 8.5)
    pdf.cell(30, 4.5, "Signerad:")
    pdf.set_font("DV", "", 8.5)
    pdf.cell(62, 4.5, "2024-11-06 15:12 Linnea")
    pdf.set_font("DV", "B", 8.5)
    pdf.cell(30, 4.5, "Status:")
    pdf.set_font("DV", "", 8.5)
    pdf.cell(60, 4.5, "Signerad")

    top = 44
    colw = 89
    xl, xr = 12, 109
    pdf.set_draw_color(150, 150, 150)
    pdf.line(103.5, top, 103.5, 282)
    pdf.set_draw_color(0, 0, 0)

    def part(x, y, title, body=None, empty_h=0, lines=None):
        pdf.set_xy(x, y)
        pdf.set_font("DV", "B", 9)
        pdf.set_fill_color(225, 225, 225)
        pdf.cell(colw, 5.5, title, border=1, fill=True, new_x=XPos.LEFT, new_y=YPos.NEXT)
        y = pdf.get_y() + 1.2
        if empty_h:
            pdf.rect(x, y - 1.2, colw, empty_h)
            return y - 1.2 + empty_h + 5
        pdf.set_font("DV", "", 8.5)
        if body:
            pdf.set_xy(x, y)
            pdf.multi_cell(colw, 4.2, body, align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
            y = pdf.get_y() + 1.5
        for item in lines or []:
            pdf.set_xy(x, y)
            pdf.set_font("DV", "B", 8.5)
            pdf.multi_cell(colw, 4.2, item[0], align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
            pdf.set_font("DV", "", 8.5)
            for lab, val in item[1:]:
                pdf.set_x(x + 3)
                pdf.multi_cell(colw - 3, 4.2, f"{lab}: {val}", align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
            y = pdf.get_y() + 1.8
        return y + 3.5

    y = top
    y = part(xl, y, "1. Deltagare",
             "Jonas\nLinnea\nAhmed\nMaria\nPetra\n\nMötet hölls på avdelning 85, Västmanlands sjukhus "
             "Västerås. Maria och Petra deltog via Teams.")
    y = part(xl, y, "2. Syfte", "Samordning inför utskrivning.")
    y = part(xl, y, "3. Frågeställningar", empty_h=16)
    y = part(xl, y, "4. Den enskildes mål",
             "Målet är att E. ska kunna flytta hem till sin lägenhet, ta sin medicin regelbundet och på "
             "sikt återuppta sina studier. Målet på kort sikt är att E. ska ha en fungerande dygnsrytm "
             "och inte behöva återinläggas under vintern.")
    pdf.set_xy(xl, y)
    pdf.set_font("DV", "", 7.5)
    pdf.set_text_color(90, 90, 90)
    pdf.multi_cell(colw, 3.6,
                   "Bakgrund (hämtad från epikrisutkast): Inlagd enligt LPT 2024-10-02 pga psykotiskt "
                   "insjuknande, övergått till frivillig vård 2024-10-21. Bor ensam i hyreslägenhet i "
                   "Västerås. Planerad utskrivning 2024-11-11.",
                   new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)

    y = top
    y = part(xr, y, "5. Insatser och ansvar", lines=[
        ("Utskrivning, epikris och läkemedelslista skickas till öppenvården",
         ("Ansvarig", "avdelningsläkare, Vuxenpsykiatrin Västerås avd 85"), ("När", "2024-11-11")),
        ("Besök hos fast vårdkontakt, därefter varje vecka",
         ("Ansvarig", "fast vårdkontakt (skötare), Allmänpsykiatriska mottagningen Västerås"),
         ("När", "första besök 2024-11-14")),
        ("Boendestöd tre gånger/vecka: dygnsrytm, dosett, inköp och tvätt",
         ("Ansvarig", "Boendestödet, Socialpsykiatrin Västerås stad"), ("När", "start 2024-11-12")),
        ("Introduktion på träffpunkt/öppen verksamhet för sysselsättning",
         ("Ansvarig", "arbetsterapeut, Socialpsykiatrin Västerås stad"), ("När", "2024-11-25")),
        ("Läkarbesök med uppföljning av antipsykotisk behandling och biverkningar",
         ("Ansvarig", "läkare, Allmänpsykiatriska mottagningen Västerås"), ("När", "2024-12-03")),
    ])
    y = part(xr, y, "6. Samtycke",
             "E. har lämnat muntligt samtycke till SIP och till att uppgifter lämnas mellan Region "
             "Västmanland och Västerås stad. Samtycket inhämtades av Linnea på avdelningen 2024-11-04.")
    y = part(xr, y, "7. Huvudansvar", "Vuxenpsykiatrin Västerås")
    y = part(xr, y, "8. Uppföljning",
             "Uppföljande SIP-möte 2024-12-10 kl. 10.00 på Allmänpsykiatriska mottagningen Västerås.")
    assert y < 282, y
    pdf.output(out(2, "pdf"))


# ---------------------------------------------------------------------------
# 03  .txt e-mail forwarded twice; plan in the innermost message.
#     Young person with substance use, Sala.  UTF-8, CRLF.
# ---------------------------------------------------------------------------
def wrap(par, width=72):
    lines = []
    for p in par.split("\n"):
        if not p:
            lines.append("")
        elif p.startswith("- "):
            lines.append(textwrap.fill(p, width, subsequent_indent="  "))
        else:
            lines.append(textwrap.fill(p, width))
    return "\n".join(lines)


def plan03():
    fwd = "---------- Vidarebefordrat meddelande ----------"
    parts = []
    parts.append("Från: Helena (Skolkurator, Elevhälsan)")
    parts.append("Datum: fre 18 okt. 2024 kl. 09:14")
    parts.append("Ämne: VB: VB: SIP A. – sammanfattning från mötet 14/10")
    parts.append("Till: Jesper (Mentor)")
    parts.append("")
    parts.append(wrap(
        "Hej Jesper!\n\nHär kommer Majas sammanfattning från SIP-mötet om A. som Tomas skickade "
        "vidare till mig. Du var ju med på mötet men jag tänkte att den kan vara bra att ha i "
        "mentorspärmen. Jag har inte ändrat något.\n\n/Helena"))
    parts.append("")
    parts.append("")
    parts.append(fwd)
    parts.append("Från: Tomas (Rektor)")
    parts.append("Datum: tors 17 okt. 2024 kl. 17:02")
    parts.append("Ämne: VB: SIP A. – sammanfattning från mötet 14/10")
    parts.append("Till: Helena (Skolkurator, Elevhälsan)")
    parts.append("")
    parts.append(wrap(
        "Hej Helena,\n\nFYI, du var ju sjuk i måndags. Maja från socialtjänsten skickade det här. "
        "Skönt att det finns något på papper nu.\n\nMvh Tomas"))
    parts.append("")
    parts.append("")
    parts.append(fwd)
    parts.append("Från: Maja (Socialtjänsten Sala, Barn och unga)")
    parts.append("Datum: tis 15 okt. 2024 kl. 16:41")
    parts.append("Ämne: SIP A. – sammanfattning från mötet 14/10")
    parts.append("Till: Tomas; Jesper; Ali; Skolsköterskan")
    parts.append("")
    inner = (
        "Hej alla!\n\n"
        "Tack för mötet igår. Här kommer en sammanfattning av det vi kom fram till. Jag har "
        "skrivit det som en SIP så att vi har något gemensamt att utgå ifrån.\n\n"
        "Med på mötet var jag (socialsekreterare), Jesper (mentor), Ali (behandlare), "
        "skolsköterskan och A:s mamma och pappa.\n\n"
        "SYFTE\n"
        "Syftet med planen är att skolan, socialtjänsten och Mini-Maria ska dra åt samma håll så "
        "att A. slutar röka cannabis och kommer tillbaka till skolan, och så att föräldrarna inte "
        "står ensamma när det blir bråk hemma om pengar och tider.\n\n"
        "FRÅGOR VI TOG UPP\n"
        "- Hur får vi A. tillbaka till skolan när han har missat nästan hela september?\n"
        "- Behöver A. en neuropsykiatrisk utredning? Skolan har lyft misstanke om ADHD. Vem "
        "remitterar i så fall, skolhälsovården eller Mini-Maria?\n"
        "- Hur gör vi när A. inte svarar i telefon eller på kallelser?\n\n"
        "A:S EGEN SYN OCH MÅL\n"
        "A. kom inte på mötet. När jag träffade honom hemma den 9/10 sa han så här: \"Jag vill gå "
        "klart ettan och få tillbaka mitt busskort, och jag vill att alla slutar tjata om gräs "
        "hela tiden.\" Han sa också att han tycker att samtalen på Mini-Maria är okej men att "
        "han inte orkar gå dit på morgonen.\n\n"
        "INSATSER\n"
        "- Regionen: fortsatt kontakt med Mini-Maria.\n"
        "- Skolan: stöd vid behov.\n"
        "- IFO: fortsatt kontakt med A. och föräldrarna.\n\n"
        "FÖRÄLDRARNA\n"
        "Mamma och pappa är informerade och vill vara delaktiga.\n\n"
        "Hör av er om jag har missat något!\n\n"
        "Hälsningar\n"
        "Maja\n"
        "Socialsekreterare, Barn och unga\n"
        "Socialtjänsten, Sala kommun\n"
        "Nås via växeln")
    parts.append(wrap(inner))
    text = "\n".join(parts) + "\n"
    with open(out(3, "txt"), "w", encoding="utf-8", newline="\r\n") as f:
        f.write(text)


# ---------------------------------------------------------------------------
# 04  Word to-do list of measures (☐ / ☒). Elderly man after hip fracture, Arboga.
# ---------------------------------------------------------------------------
def plan04():
    doc = Document()
    fix_core(doc, "SIP åtgärdslista", "Arboga kommun")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Arboga kommun – Vård och omsorg\t\tSIP – åtgärdslista"
    hp.runs[0].font.size = Pt(8)

    p = doc.add_paragraph()
    r = p.add_run("SIP – åtgärdslista för Gunnar (84 år)")
    r.bold = True
    r.font.size = Pt(16)
    p = doc.add_paragraph()
    r = p.add_run("Efter SIP-möte 2025-02-11 inför hemgång från ortopedavdelningen, Västmanlands sjukhus Västerås")
    r.italic = True
    r.font.size = Pt(10)

    def field(label, value):
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(2)
        r = p.add_run(label + " ")
        r.bold = True
        p.add_run(value)

    field("Syfte:", "Samordning.")
    field("Frågor:", "Diskutera läget efter hemgång.")
    field("Huvudansvar:", "Biståndshandläggaren.")
    field("Bakgrund:", "Gunnar föll i hemmet 2025-01-28 och opererades för höftfraktur på höger sida. "
                       "Han bor ensam i lägenhet på andra våningen med hiss. Före fallet klarade han sig "
                       "själv med visst stöd av dottern. Gångförmågan är nu nedsatt, han går kortare "
                       "sträckor med rollator.")

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    r = p.add_run("Att göra")
    r.bold = True
    r.font.size = Pt(13)

    todo = [
        (True, "Hemtjänst morgon, lunch och kväll: hjälp med påklädning, stödstrumpor, dusch och måltider",
         "Hemtjänst Arboga centrum, gruppledare", "2025-02-12"),
        (True, "Trygghetslarm installeras i bostaden", "Larmgruppen, Arboga kommun", "2025-02-12"),
        (True, "Suturtagning och kontroll av operationssåret",
         "distriktssköterska, Vårdcentralen Arboga", "2025-02-14"),
        (False, "Hembesök för bedömning av hjälpmedel: toalettförhöjning, duschpall, greppstång i badrum",
         "arbetsterapeut, Kommunrehab Arboga", "2025-02-21"),
        (False, "Gångträning med rollator och hemövningsprogram två gånger i veckan",
         "fysioterapeut, Kommunrehab Arboga", "2025-02-21"),
        (False, "Läkemedelsgenomgång: smärtlindring, blodförtunnande och risk för yrsel",
         "läkare, Vårdcentralen Arboga", "2025-03-04"),
        (False, "Återbesök med röntgenkontroll",
         "Ortopedmottagningen, Västmanlands sjukhus Västerås", "2025-04-08"),
        (False, "Dottern L. handlar mat varje fredag och följer med Gunnar till återbesöket på ortopeden",
         "dotter L.", "2025-02-14"),
        (False, "Ansökan om bostadstillägg till Pensionsmyndigheten fylls i och skickas",
         "dotter L. tillsammans med Gunnar", "2025-03-01"),
    ]
    for done, what, who, when in todo:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.6)
        p.paragraph_format.first_line_indent = Cm(-0.6)
        p.paragraph_format.space_after = Pt(3)
        box = p.add_run(("☒" if done else "☐") + " ")
        box.font.name = "Segoe UI Symbol"
        p.add_run(f"{what} (Ansvar: {who}, senast {when})")

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    r = p.add_run("Uppföljning: ")
    r.bold = True
    p.add_run("2025-03-18 kl. 13.30 hemma hos Gunnar. Biståndshandläggaren skickar kallelse.")

    doc.save(out(4, "docx"))


# ---------------------------------------------------------------------------
# 05  Markdown, list items with bold labels. Child with school refusal, Fagersta.
# ---------------------------------------------------------------------------
def plan05():
    md = """# SIP – Elsa, åk 7

Möte 2024-10-17 kl. 14.00 på Risbroskolan, Fagersta

- **Syfte:** Att skolan, BUP och socialtjänsten samordnar stödet så att Elsa, som inte har varit i skolan sedan mitten av september på grund av ångest, kan komma tillbaka till undervisningen i en takt hon klarar.
- **Frågeställningar:** Gå igenom nuläget.
- **Deltagare:**
  - Elsa och mamma Sofia (vårdnadshavare)
  - Anna, kurator, Elevhälsan Risbroskolan
  - Mikael, mentor åk 7, Risbroskolan
  - Hanna, psykolog, BUP Västerås
  - Rebecka, socialsekreterare, Socialtjänsten Fagersta (Barn och familj)
- **Bakgrund:** Elsa har haft ont i magen och svårt att komma iväg till skolan sedan våren i åk 6. Efter sommarlovet har frånvaron ökat och sedan v. 38 har hon inte varit i skolan alls. Hon är aktuell på BUP sedan augusti för utredning av ångest.
- **Elsas egen syn:** Elsa var med på mötet den första halvtimmen tillsammans med mamma. Hon berättade att det är matsalen och de långa rasterna som är värst och att hon får ont i magen redan på söndagskvällen. Hon skulle helst vilja börja med en lektion om dagen och sitta i ett mindre rum, och hon vill inte att klassen ska få veta varför hon har varit borta.
- **Mål:** Målet är att Elsa ska ha minst 50 % närvaro före jullovet och på sikt komma tillbaka till full närvaro i sin klass.
- **Samtycke:** Finns.
- **Insatser:**
  - **BUP Västerås:** KBT-behandling mot ångest varannan vecka, med start 2024-10-24. Ansvar: psykolog Hanna.
  - **Risbroskolan:** anpassat schema, en lektion om dagen i studierummet, därefter stegvis utökning. Start måndag 2024-10-28. Ansvar: mentor Mikael.
  - **Elevhälsan:** stödsamtal med kurator varje tisdag kl. 8.30 från 2024-10-29. Ansvar: kurator Anna.
  - **Socialtjänsten Fagersta:** föräldrastödssamtal för mamma. Ansvar: socialsekreterare Rebecka.
- **Uppföljning:** I december, innan jullovet.
"""
    with open(out(5, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ---------------------------------------------------------------------------
# 06  Word SIP written by home care, with a part "Genomförande".
#     Elderly woman with dementia and diabetes, Kungsör.
# ---------------------------------------------------------------------------
def plan06():
    doc = Document()
    fix_core(doc, "SIP – samordnad individuell plan", "Hemtjänst Kungsör norra")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hp.text = "Kungsörs kommun\tHemtjänst Kungsör norra\t"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    r = fp.add_run("SIP – samordnad individuell plan, version 2024-11   Sida ")
    r.font.size = Pt(8)
    add_page_field(fp, "PAGE").font.size = Pt(8)
    r = fp.add_run(" av ")
    r.font.size = Pt(8)
    add_page_field(fp, "NUMPAGES").font.size = Pt(8)

    p = doc.add_paragraph()
    r = p.add_run("SIP – samordnad individuell plan")
    r.bold = True
    r.font.size = Pt(16)

    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    cell_text(t.cell(0, 0), "Namn", bold=True)
    cell_text(t.cell(0, 1), "Margit")
    cell_text(t.cell(0, 2), "Personnummer", bold=True)
    cell_text(t.cell(0, 3), "ÅÅMMDD-XXXX")
    cell_text(t.cell(1, 0), "Datum för möte", bold=True)
    cell_text(t.cell(1, 1), "2025-04-02")
    cell_text(t.cell(1, 2), "Plats", bold=True)
    cell_text(t.cell(1, 3), "Hemma hos Margit, Kungsör")
    cell_text(t.cell(2, 0), "Syfte med SIP", bold=True)
    m = t.cell(2, 1).merge(t.cell(2, 3))
    cell_text(m, "")
    cell_text(t.cell(3, 0), "Deltagare", bold=True)
    m = t.cell(3, 1).merge(t.cell(3, 3))
    cell_text(m, "Margit, Peter, Lina, Amira, Jessica")
    for i in range(4):
        shade(t.cell(i, 0), "EDEDED")
    shade(t.cell(0, 2), "EDEDED")
    shade(t.cell(1, 2), "EDEDED")

    def head(text):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(12)
        p.paragraph_format.space_after = Pt(3)
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(12)

    head("Bakgrund")
    doc.add_paragraph(
        "Margit är 86 år och bor ensam i en tvårumslägenhet i Kungsör. Hon fick diagnosen Alzheimers "
        "sjukdom 2023 och har diabetes typ 2 som behandlas med insulin. Hon har haft hemtjänst sedan "
        "hösten 2023. Den senaste månaden har hon vid två tillfällen gått ut på kvällen och inte hittat "
        "hem, och personalen har flera gånger hittat middagen orörd i kylskåpet. Blodsockret har "
        "varierat mycket.")

    head("Margits mål")
    doc.add_paragraph(
        "”Jag vill bo kvar här hemma med mina blommor så länge det går, och jag vill inte att det "
        "kommer nya människor hela tiden.”")

    head("Delaktighet")
    doc.add_paragraph(
        "Mötet hölls hemma hos Margit och hon var med hela tiden. Hon sa att hon trivs med dem som "
        "kommer på morgonen men tycker att kvällsbesöket kommer för sent, hon vill gärna ha sällskap "
        "när hon äter middag. Hon vill inte flytta till särskilt boende.")

    head("Samtycke")
    doc.add_paragraph("Samtycke finns.")

    head("Insatser")
    rows = [
        ("Insats", "Ansvar"),
        ("Hemtjänst morgon, lunch och kväll: personlig omvårdnad, måltider och tillsyn", "Kommunen"),
        ("Överlämning av läkemedel ur dosrulle", "Kommunen"),
        ("Insulin och blodsockerkontroll", "Regionen"),
        ("Återbesök på minnesmottagningen, bedömning av medicinering", "Regionen"),
        ("Dagverksamhet för personer med demenssjukdom tisdag och torsdag", "Kommunen"),
    ]
    t = doc.add_table(rows=len(rows), cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate(rows):
        cell_text(t.cell(i, 0), a, bold=(i == 0))
        cell_text(t.cell(i, 1), b, bold=(i == 0))
        if i == 0:
            shade(t.cell(i, 0), "D9E2F3")
            shade(t.cell(i, 1), "D9E2F3")
    repeat_header(t.rows[0])
    t.autofit = False
    t.columns[0].width = Cm(12)
    t.columns[1].width = Cm(4.5)
    for row in t.rows:
        row.cells[0].width = Cm(12)
        row.cells[1].width = Cm(4.5)

    head("Genomförande")
    doc.add_paragraph(
        "Så här ser hjälpen ut en vanlig dag. Genomförandeplanen är skriven tillsammans med Margit.")
    slots = [
        ("Morgon ca 07.30–08.15",
         "Vi knackar på och väntar tills Margit öppnar, hon vill inte att vi låser upp själva om hon är "
         "vaken. Hjälp med dusch tisdag och fredag, övriga dagar tvätt vid handfatet. Margit väljer "
         "själv kläder, vi lägger fram två alternativ. Frukost: gröt eller fil, kaffe. Vi lämnar "
         "morgontabletterna ur dosrullen och ser att hon tar dem. Distriktssköterskan kommer ca 08.00 "
         "och tar blodsocker och ger insulin."),
        ("Lunch ca 12.00",
         "Vi värmer matlådan och dukar fram. Sitter med en stund om det finns tid. Kontrollerar att hon "
         "druckit, ställ fram en kanna saft."),
        ("Dagverksamhet tisdag och torsdag",
         "Margit hämtas av färdtjänst ca 09.30, vi ser till att hon är klar och har jacka och "
         "nycklar med sig. Hon kommer hem ca 15.00."),
        ("Eftermiddag ca 15.00",
         "Måndag, onsdag, fredag och helg tittar vi in kort, kaffe och något att äta."),
        ("Kväll ca 18.00",
         "Vi värmer middag och äter tillsammans med Margit när det går (hon äter bättre då). "
         "Kvällstabletter. Hjälp med kvällstoalett och att byta om till nattlinne. Kontrollera att "
         "spisen är avstängd och att ytterdörren är låst. Ställ fram smörgås och mjölk till natten."),
    ]
    for when, what in slots:
        p = doc.add_paragraph()
        r = p.add_run(when + ": ")
        r.bold = True
        p.add_run(what)
    doc.add_paragraph(
        "Om Margit inte öppnar eller inte är hemma: ring gruppledaren. Skriv alltid i "
        "pärmen i hallen vad som gjorts.")

    head("Närstående och andra")
    doc.add_paragraph(
        "Sonen Peter bor i Eskilstuna och är ett viktigt stöd för Margit. Han är informerad om planen. "
        "Frågan om god man har kommit upp.")

    doc.save(out(6, "docx"))


# ---------------------------------------------------------------------------
# 07  HTML printed from a browser (header/footer) -> PDF via LibreOffice.
#     Young man with autism, LSS, Hallstahammar.
# ---------------------------------------------------------------------------
HTML07 = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8">
<title>SIP-portalen – Plan för J.</title>
<style>
@page { size: 21cm 29.7cm; margin: 0.8cm 1.1cm 0.8cm 1.1cm }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 10.5pt }
h1 { font-family: 'DejaVu Sans', sans-serif; font-size: 17pt } h2 { font-family: 'DejaVu Sans', sans-serif; font-size: 12.5pt; margin-top: 14pt }
td, th { font-size: 10pt; padding: 3pt }
.nav { font-size: 9pt; color: #555555 }
.lbl { color: #555555; font-size: 9pt }
</style></head>
<body>
<div title="header"><table width="100%" cellpadding="0" cellspacing="0"><tr>
<td width="28%"><font size="1">2025-03-11 09:42</font></td>
<td width="72%"><font size="1">SIP-portalen – Plan för J.</font></td></tr></table></div>

<p class="nav">SIP-portalen Västmanland &nbsp;|&nbsp; Start &nbsp;›&nbsp; Mina planer &nbsp;›&nbsp; Plan för J. &nbsp;&nbsp;&nbsp;&nbsp; Inloggad: Nora &nbsp; Logga ut</p>
<h1>Samordnad individuell plan</h1>
<table width="100%" border="1" cellspacing="0" cellpadding="4">
<tr><td width="25%"><b>Person</b></td><td width="25%">J.</td><td width="25%"><b>Personnummer</b></td><td width="25%">XXXXXX-XXXX</td></tr>
<tr><td><b>Status</b></td><td>Aktiv</td><td><b>Kommun</b></td><td>Hallstahammar</td></tr>
<tr><td><b>Planen skapad</b></td><td>2025-03-10</td><td><b>Mötesdatum</b></td><td>2025-03-10</td></tr>
</table>

<h2>Syfte</h2>
<p>Syftet med mötet är att J., hans mamma och personalen runt honom får en gemensam bild av hur J:s oro och sömnsvårigheter under vintern påverkar hans vardag på gruppbostaden och på dagliga verksamheten, och hur kommunen och regionen ska arbeta tillsammans kring det.</p>

<h2>Frågeställningar</h2>
<p>Allmän avstämning av läget.</p>

<h2>Deltagare</h2>
<ul>
<li>J.</li>
<li>Mamma</li>
<li>LSS-handläggare</li>
<li>Kontaktperson från boendet</li>
<li>Arbetsterapeut</li>
<li>Sjuksköterska</li>
</ul>

<h2>Den enskildes delaktighet</h2>
<p>J. var med under första halvan av mötet.</p>

<h2>Den enskildes mål</h2>
<p class="lbl"><i>Ej ifyllt</i></p>

<h2>Nuläge</h2>
<p>J. är 22 år och har autism. Han har under vintern sovit dåligt, vaknar ofta vid tretiden och har svårt att somna om. Mamma beskriver att han ringer henne flera gånger på kvällarna och att han verkar mer orolig än tidigare. Personalen har märkt att J. blir stressad när det är nya vikarier och när planeringen för dagen ändras med kort varsel. Vid två tillfällen i februari har J. kastat saker i gemensamhetsutrymmet. Han har också börjat stanna på rummet på eftermiddagarna och äter mindre.</p>
<p>Mamma tycker att det har blivit sämre sedan julen, då J. var hemma hos henne i nästan två veckor. Sjuksköterskan berättade att J:s vikt har gått ner ungefär tre kilo sedan i höstas. Arbetsterapeuten tog upp att J. tidigare haft nytta av bildstöd och ett tydligt veckoschema.</p>

<h2>Insatser</h2>
<p>Oförändrade – se tidigare plan (2024-09-12).</p>

<h2>Huvudansvar för planen</h2>
<p>Nora, LSS-handläggare, Hallstahammars kommun</p>

<h2>Andra aktörer</h2>
<p>Inga andra aktörer är aktuella. J. har ingen god man och inga pågående ärenden hos Försäkringskassan eller Arbetsförmedlingen. Mamma deltar som närstående men har inga egna åtgärder i planen.</p>

<h2>Uppföljning</h2>
<p>Planen följs upp 2025-06-05 kl. 13.00 på gruppbostaden i Hallstahammar.</p>

<h2>Händelselogg</h2>
<table width="100%" border="1" cellspacing="0" cellpadding="3">
<tr><th align="left" width="22%">Datum</th><th align="left" width="28%">Händelse</th><th align="left" width="50%">Utförd av</th></tr>
<tr><td>2025-02-24 10:15</td><td>Plan skapad (utkast)</td><td>Nora</td></tr>
<tr><td>2025-02-24 10:21</td><td>Kallelse skickad</td><td>Nora</td></tr>
<tr><td>2025-02-25 08:03</td><td>Kallelse läst</td><td>Hallstahammar LSS boende</td></tr>
<tr><td>2025-02-26 13:40</td><td>Kallelse läst</td><td>Hälsoval Västmanland</td></tr>
<tr><td>2025-03-10 15:58</td><td>Mötesanteckning sparad</td><td>Nora</td></tr>
<tr><td>2025-03-10 16:02</td><td>Plan aktiverad</td><td>Nora</td></tr>
</table>

<p class="nav">© SIP-portalen Västmanland – ett samarbete mellan länets kommuner och Region Västmanland. Version 4.2.1</p>

<div title="footer"><table width="100%" cellpadding="0" cellspacing="0"><tr>
<td width="80%"><font size="1">https://sip-portalen.vastmanland.local/plan/visa?id=48213</font></td>
<td width="20%" align="right"><font size="1"><sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield></font><font size="1">/</font><font size="1"><sdfield type=DOCSTAT subtype=PAGE format=PAGE>2</sdfield></font></td>
</tr></table></div>
</body></html>
"""


def plan07():
    d = os.path.join(BUILD, "07")
    os.makedirs(d, exist_ok=True)
    html = os.path.join(d, f"{PREFIX}-07.html")
    with open(html, "w", encoding="utf-8") as f:
        f.write(HTML07)
    # Import as a Writer document (so the page header/footer apply to every page),
    # then print to PDF.
    soffice(["--infilter=HTML (StarWriter)", "--convert-to", "odt", html], d)
    soffice(["--convert-to", "pdf", os.path.join(d, f"{PREFIX}-07.odt")], d)
    shutil.copy(os.path.join(d, f"{PREFIX}-07.pdf"), out(7, "pdf"))


# ---------------------------------------------------------------------------
# 08  NOT a plan: sublease contract for a training flat, Sala.
# ---------------------------------------------------------------------------
def plan08():
    doc = Document()
    fix_core(doc, "Andrahandskontrakt – träningslägenhet", "Sala kommun")
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Sala kommun, Socialtjänsten – Vuxenenheten\t\tDnr SN 2025/XXX"
    hp.runs[0].font.size = Pt(8)

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Andrahandskontrakt – träningslägenhet")
    r.bold = True
    r.font.size = Pt(16)
    p = doc.add_paragraph("Avtal om upplåtelse av bostadslägenhet i andra hand enligt 12 kap. jordabalken")
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def para(title, text):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(8)
        r = p.add_run(title)
        r.bold = True
        for t in text if isinstance(text, list) else [text]:
            doc.add_paragraph(t)

    para("§ 1 Parter", [
        "Upplåtare (förstahandshyresgäst): Sala kommun, Socialnämnden, genom Vuxenenheten.",
        "Hyresgäst (andrahandshyresgäst): [namn], personnummer XXXXXX-XXXX."])
    para("§ 2 Lägenhet", "Lägenhet nr XXXX, 1 rum och kök, 38 kvm, i Sala. Lägenheten hyrs av kommunen "
                         "i första hand från bostadsbolaget och upplåts till hyresgästen som träningslägenhet.")
    para("§ 3 Hyrestid", "Avtalet gäller från 2025-05-01 till och med 2025-10-31. Därefter förlängs avtalet "
                         "med tre månader i taget om det inte sägs upp. Uppsägningstiden är en månad för båda "
                         "parter. Hyresgästen har avstått från besittningsskydd, se § 9.")
    para("§ 4 Hyra", "Hyran är 5 480 kr per månad inklusive värme och varmvatten. Hushållsel ingår inte. "
                     "Hyran betalas i förskott senast den sista vardagen före varje kalendermånads början "
                     "till kommunen enligt utsänd faktura.")
    para("§ 5 Syftet med upplåtelsen", "Lägenheten upplåts som ett led i hyresgästens boendeträning. "
                                       "Målet med upplåtelsen är att hyresgästen på sikt ska kunna överta "
                                       "kontraktet i egen regi eller få ett eget förstahandskontrakt.")
    para("§ 6 Boendestöd och hembesök", [
        "Hyresgästen är medveten om att upplåtelsen förutsätter att hyresgästen tar emot boendestöd "
        "enligt socialnämndens beslut. Omfattningen av boendestödet bestäms i beslutet och framgår "
        "inte av detta avtal.",
        "Hyresgästen medger att personal från boendestödet eller Vuxenenheten gör hembesök efter "
        "överenskommelse, och utan föregående överenskommelse om det finns skäl att anta att skada "
        "uppstått i lägenheten."])
    para("§ 7 Skötsel och ordningsregler", "Hyresgästen ska vårda lägenheten väl och följa de "
                                          "ordningsregler som gäller i fastigheten. Hyresgästen får inte "
                                          "hyra ut lägenheten i andra hand eller låta någon annan bo där "
                                          "stadigvarande. Husdjur får inte hållas utan kommunens skriftliga "
                                          "medgivande.")
    para("§ 8 Drogfrihet", "Hyresgästen förbinder sig att inte använda, förvara eller hantera narkotika i "
                           "lägenheten. Vid upprepade störningar eller om lägenheten används för brottslig "
                           "verksamhet kan avtalet sägas upp i förtid.")
    para("§ 9 Avstående från besittningsskydd", "Parterna är överens om att hyresgästen inte har rätt till "
                                                 "förlängning av avtalet (besittningsskydd). Överenskommelsen "
                                                 "har godkänts av hyresnämnden.")
    para("§ 10 Besiktning och nycklar", "Besiktning görs vid inflyttning och vid avflyttning. Hyresgästen "
                                        "kvitterar ut två nycklar och en tagg till tvättstugan.")
    para("§ 11 Hemförsäkring", "Hyresgästen ska ha en gällande hemförsäkring under hela hyrestiden.")

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(14)
    p.add_run("Detta avtal har upprättats i två likalydande exemplar, av vilka parterna tagit var sitt.")
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    cell_text(t.cell(0, 0), "För Sala kommun", bold=True)
    cell_text(t.cell(0, 1), "Hyresgäst", bold=True)
    cell_text(t.cell(1, 0), "Ort och datum: Sala 2025-04-22")
    cell_text(t.cell(1, 1), "Ort och datum: Sala 2025-04-22")
    cell_text(t.cell(2, 0), "\n\n______________________________\nEnhetschef, Vuxenenheten")
    cell_text(t.cell(2, 1), "\n\n______________________________\n[namn]")
    doc.save(out(8, "docx"))


def main():
    os.makedirs(PLANS, exist_ok=True)
    os.makedirs(BUILD, exist_ok=True)
    plan01()
    plan02()
    plan03()
    plan04()
    plan05()
    plan06()
    plan07()
    plan08()


if __name__ == "__main__":
    main()
