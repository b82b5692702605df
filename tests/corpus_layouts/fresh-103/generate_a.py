#!/usr/bin/env python3
"""Generate batch fresh-103a: 7 fictional anonymized SIP plans (Region Halland) + 1 guideline (not a plan).

Run: /work/batches/.venv/bin/python generate.py
Deterministic: fixed dates, no randomness. Calls soffice for the html->pdf slides.
"""
import copy
import os
import re
import subprocess
import shutil
import zipfile
import datetime

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PFX = "f103a"
LO_PROFILE = "file:///tmp/lo-f103a"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIXED_DT = datetime.datetime(2025, 3, 14, 9, 0, 0)


def path(n, ext):
    return os.path.join(OUT, f"{PFX}-{n:02d}.{ext}")


# ---------------------------------------------------------------- docx helpers
def set_core(doc, author, title, created):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = created
    cp.modified = created
    cp.revision = 1


def base_font(doc, name="Calibri", size=11):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), name)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def header_row_repeat(row):
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


def add_page_field(paragraph, prefix="Sida "):
    paragraph.add_run(prefix)
    for instr in ("PAGE",):
        r = paragraph.add_run()
        f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
        it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = f" {instr} "
        f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
        t = OxmlElement("w:t"); t.text = "1"
        f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
        for e in (f1, it, f2, t, f3):
            r._r.append(e)
    paragraph.add_run(" (")
    r = paragraph.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " NUMPAGES "
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "2"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    for e in (f1, it, f2, t, f3):
        r._r.append(e)
    paragraph.add_run(")")


def table_borders(table, sz=4, color="808080"):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "single"); e.set(qn("w:sz"), str(sz))
        e.set(qn("w:space"), "0"); e.set(qn("w:color"), color)
        b.append(e)
    tblPr.append(b)


def col_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


# ------------------------------------------------------- tracked-change helpers
class Rev:
    """Creates w:ins / w:del revision marks with running ids."""

    def __init__(self):
        self.n = 100

    def _mark(self, tag, author, date):
        e = OxmlElement(tag)
        self.n += 1
        e.set(qn("w:id"), str(self.n))
        e.set(qn("w:author"), author)
        e.set(qn("w:date"), date)
        return e

    @staticmethod
    def _run(text, deleted=False, bold=False):
        r = OxmlElement("w:r")
        if bold:
            rpr = OxmlElement("w:rPr"); b = OxmlElement("w:b"); rpr.append(b); r.append(rpr)
        t = OxmlElement("w:delText" if deleted else "w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = text
        r.append(t)
        return r

    def ins(self, paragraph, text, author, date, bold=False):
        w = self._mark("w:ins", author, date)
        w.append(self._run(text, bold=bold))
        paragraph._p.append(w)
        return w

    def dele(self, paragraph, text, author, date, bold=False):
        w = self._mark("w:del", author, date)
        w.append(self._run(text, deleted=True, bold=bold))
        paragraph._p.append(w)
        return w

    def mark_para(self, paragraph, kind, author, date):
        """Mark the paragraph mark itself as inserted/deleted."""
        pPr = paragraph._p.get_or_add_pPr()
        rPr = pPr.find(qn("w:rPr"))
        if rPr is None:
            rPr = OxmlElement("w:rPr")
            pPr.append(rPr)
        rPr.append(self._mark("w:ins" if kind == "ins" else "w:del", author, date))

    def mark_row(self, row, kind, author, date):
        trPr = row._tr.get_or_add_trPr()
        trPr.append(self._mark("w:ins" if kind == "ins" else "w:del", author, date))


def enable_track_revisions(doc):
    settings = doc.settings.element
    tr = OxmlElement("w:trackRevisions")
    anchor = settings.find(qn("w:defaultTabStop"))
    if anchor is not None:
        anchor.addprevious(tr)  # schema order: after zoom/proofState, before defaultTabStop
    else:
        settings.append(tr)


# ======================================================================= PLAN 1
def plan01():
    """Word plan with tracked changes; Elsa 13 y, school refusal + anxiety, Halmstad."""
    doc = Document()
    base_font(doc, "Calibri", 11)
    set_core(doc, "Lena", "SIP Elsa", datetime.datetime(2024, 10, 15, 15, 40))
    enable_track_revisions(doc)
    rev = Rev()
    A2, D2 = "Mattias", "2024-10-17T10:12:00Z"
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Samordnad individuell plan (SIP)\tHalmstads kommun – Region Halland"
    hp.runs[0].font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_page_field(fp)

    doc.add_heading("Samordnad individuell plan – SIP", level=1)

    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    info = [("Namn", "Elsa, 13 år (åk 7)"),
            ("Personnummer", "ÅÅMMDD-XXXX"),
            ("Datum för mötet", "2024-10-15, kl. 13.00–14.30"),
            ("Plats", "Elevhälsan, Halmstads kommun (Elsas skola)")]
    for i, (k, v) in enumerate(info):
        cell_text(t.cell(i, 0), k, bold=True)
        cell_text(t.cell(i, 1), v)
        shade(t.cell(i, 0), "E7EEF7")
    col_widths(t, [4.5, 12])

    doc.add_heading("Bakgrund", level=2)
    doc.add_paragraph(
        "Elsa går i åk 7. Hon har haft ökande frånvaro sedan vårterminen 2024 och under "
        "september var hon i skolan ungefär 40 % av tiden. Hon har magont och illamående på "
        "morgnarna, sover dåligt och har svårt att ta sig iväg. BUP Halmstad har träffat Elsa "
        "sedan augusti och bedömer att hon har en ångestproblematik med social ångest. "
        "Familjen har själv ansökt om stöd hos IFO Barn och familj. Elsa bor med mamma, "
        "pappa och en yngre bror.")

    doc.add_heading("Syfte med SIP", level=2)
    doc.add_paragraph(
        "Syftet med planen är att skolan, BUP och socialtjänsten ska arbeta åt samma håll så "
        "att Elsa stegvis kan komma tillbaka till skolan och samtidigt få hjälp med sin ångest, "
        "och att föräldrarna vet vem de ska vända sig till.")

    doc.add_heading("Elsas delaktighet och mål", level=2)
    doc.add_paragraph(
        "Elsa var med på mötet tillsammans med mamma och pappa. Hon berättade att morgnarna är "
        "värst och att det känns lättare om hon får börja senare på dagen och slippa äta i "
        "matsalen. Hon vill inte att klasskamraterna ska få veta varför hon har ett eget schema.")
    doc.add_paragraph(
        "Målet är att Elsa ska vara i skolan minst tre förmiddagar i veckan före jullovet och "
        "att hennes ångest ska minska så att hon kan sova bättre.")

    doc.add_heading("Samtycke", level=2)
    doc.add_paragraph("Samtycke finns från vårdnadshavarna.")

    doc.add_heading("Insatser", level=2)
    rows = [
        ("Insats", "Ansvarig (verksamhet/funktion)", "När", None),
        ("KBT-behandling för ångest, 10 samtal", "BUP Halmstad, psykolog", "Start 2024-10-22", None),
        ("Anpassad studiegång: start kl. 10.00 mån–ons, lunch i mindre grupp",
         "Skolan, rektor och mentor", "Från 2024-10-21", None),
        ("Hemundervisning 4 timmar/vecka i svenska och matematik",
         "Skolan, specialpedagog", "Från v. 43", "del"),
        ("Trygg vuxen möter Elsa vid entrén de dagar hon har lektion",
         "Elevhälsan, kurator", "Från 2024-11-04", "ins"),
        ("Föräldrastöd: samtal med mamma och pappa kring rutiner och hur de kan stötta "
         "Elsa på morgnarna", "IFO Barn och familj Halmstad, familjebehandlare", "", "ins"),
        ("Läkarbedömning av sömnen", "BUP Halmstad, läkare", "2024-11-12", "ins"),
    ]
    tab = doc.add_table(rows=0, cols=3)
    tab.style = "Table Grid"
    for i, (a, b, c, kind) in enumerate(rows):
        row = tab.add_row()
        if i == 0:
            for j, txt in enumerate((a, b, c)):
                cell_text(row.cells[j], txt, bold=True)
                shade(row.cells[j], "D9E2F3")
            header_row_repeat(row)
            continue
        for j, txt in enumerate((a, b, c)):
            cell = row.cells[j]
            cell.text = ""
            p = cell.paragraphs[0]
            if kind == "ins":
                if txt:
                    rev.ins(p, txt, A2, D2)
                rev.mark_para(p, "ins", A2, D2)
            elif kind == "del":
                rev.dele(p, txt, A2, D2)
                rev.mark_para(p, "del", A2, D2)
            else:
                p.add_run(txt)
        if kind:
            rev.mark_row(row, kind, A2, D2)
    col_widths(tab, [8, 5.5, 3])

    doc.add_heading("Övrigt", level=2)
    doc.add_paragraph(
        "Föräldrarna har varit i kontakt med Försäkringskassan. Skolan har gjort en "
        "orosanmälan tidigare under hösten, den är avslutad.")

    doc.add_heading("Uppföljning", level=2)
    p = doc.add_paragraph()
    p.add_run("Nästa uppföljning: ").bold = True
    rev.dele(p, "2024-12-10 kl. 13.00", A2, D2)
    rev.ins(p, "2025-01-28 kl. 13.00 i Elevhälsans konferensrum", A2, D2)
    p2 = doc.add_paragraph()
    rev.ins(p2, "Datumet flyttat eftersom KBT-behandlingen startar först v. 43 och behöver "
                "hinna komma igång innan vi utvärderar.", A2, D2)
    rev.mark_para(p2, "ins", A2, D2)

    doc.add_heading("Deltagare", level=2)
    for s in ["Elsa",
              "Mamma och pappa (vårdnadshavare)",
              "Lena, kurator, Elevhälsan, Halmstads kommun",
              "Mentor, Elsas skola, Halmstads kommun",
              "Mattias, psykolog, BUP Halmstad, Region Halland",
              "Socialsekreterare, IFO Barn och familj, Halmstads kommun"]:
        doc.add_paragraph(s, style="List Bullet")
    doc.save(path(1, "docx"))


# ======================================================================= PLAN 2
SLIDE_CSS = """
@page { size: 297mm 210mm; margin: 14mm 18mm 12mm 18mm; }
body { font-family: 'DejaVu Sans', sans-serif; color: #222222; }
h1 { font-size: 34pt; color: #00573F; margin-top: 4mm; margin-bottom: 8mm; }
h2 { font-size: 20pt; color: #555555; font-weight: normal; margin-top: 0; }
ul { margin-top: 2mm; }
li { font-size: 21pt; margin-bottom: 5mm; }
p.big { font-size: 24pt; }
p.foot { font-size: 10pt; color: #777777; margin-top: 14mm; border-top: 1px solid #00573F; }
td { font-size: 16pt; padding: 3mm; vertical-align: top; }
th { font-size: 16pt; padding: 3mm; text-align: left; background: #DCEFE8; }
"""


def plan02():
    """Slides (html -> LibreOffice -> pdf); Mikael 34, psychosis + rent debts, Varberg."""
    foot = "Region Halland · Varbergs kommun &nbsp;|&nbsp; SIP-möte 2025-02-18 &nbsp;|&nbsp; {n} / 7"
    slides = []
    slides.append("""
<h1 style="font-size:44pt; margin-top:30mm">SIP – Mikael</h1>
<h2>Samordnad individuell plan</h2>
<p class="big">Möte 2025-02-18 kl. 10.00<br/>Vuxenpsykiatrin Varberg, konferensrum 2</p>
""")
    slides.append("""
<h1>Bakgrund</h1>
<ul>
<li>34 år, bor ensam i hyresrätt i Varberg</li>
<li>Schizofreni sedan 2021, inlagd avd 3 okt–nov 2024</li>
<li>Hyresskuld ca 38 000 kr – varning om uppsägning från hyresvärden</li>
<li>God man sedan januari 2025</li>
<li>Har ekonomiskt bistånd sedan december</li>
</ul>""")
    slides.append("""
<h1>Syfte</h1>
<p class="big">Samordning av insatser</p>
""")
    slides.append("""
<h1>Frågor idag</h1>
<ul>
<li>Kan vi få till en avbetalningsplan med hyresvärden före 1 april så att lägenheten inte sägs upp?</li>
<li>Räcker boendestöd 2 ggr/v efter utskrivningen, eller behövs mer?</li>
<li>Vem påminner om depåinjektionen när Mikael uteblir?</li>
</ul>""")
    slides.append("""
<h1>Insatser</h1>
<table width="100%" cellspacing="0" border="1">
<tr><th width="56%">Vad</th><th width="20%">Vem</th><th width="24%">När</th></tr>
<tr><td>Depåinjektion var 14:e dag + påminnelse-sms dagen innan</td><td>Regionen</td><td>Pågår</td></tr>
<tr><td>Boendestöd 2 ggr/v – städning, post, inköp</td><td>Kommunen</td><td>Från v. 9</td></tr>
<tr><td>Ekonomiskt bistånd till löpande hyra feb–mars</td><td>Kommunen</td><td>Beslut v. 8</td></tr>
<tr><td>Kontakt med hyresvärden om avbetalningsplan</td><td>God man Johan</td><td>Senast 2025-03-07</td></tr>
<tr><td>Ansökan om skuldsanering hos Kronofogden</td><td>God man Johan</td><td>April 2025</td></tr>
</table>""")
    slides.append("""
<h1>Vilka är med idag</h1>
<ul>
<li>Mikael (via telefon)</li>
<li>Lina – kontaktperson</li>
<li>Per – boendestödjare</li>
<li>Sofia – socialsekreterare</li>
<li>Johan – god man</li>
</ul>""")
    slides.append("""
<h1>Nästa steg</h1>
<ul>
<li>Huvudansvar: Vuxenpsykiatrin Varberg</li>
<li>Uppföljning: vecka 16</li>
<li>Lina skickar ut anteckningarna</li>
</ul>""")
    # LibreOffice honours page-break-before on the first block element, so put it on h1
    html_parts = []
    for i, s in enumerate(slides, 1):
        body = s.strip()
        if i > 1:
            body = body.replace("<h1>", '<h1 style="page-break-before: always">', 1)
        # LibreOffice's HTML import ignores stylesheet sizes on li/td: inline them
        body = body.replace("<li>", '<li style="font-size:25pt; margin-bottom:6mm">')
        body = body.replace("<ul>", '<ul style="font-size:25pt">')
        body = re.sub(r"<t([dh])( [^>]*)?>(.*?)</t\1>", r'<t\1\2><font size="5">\3</font></t\1>', body)
        body = body.replace("<th", '<th bgcolor="#DCEFE8"')
        html_parts.append(body + f'\n<p class="foot">{foot.format(n=i)}</p>')
    html = ("<!DOCTYPE html>\n<html lang=\"sv\"><head><meta charset=\"utf-8\">"
            "<title>SIP Mikael 2025-02-18</title>"
            f"<style>{SLIDE_CSS}</style></head><body>\n" + "\n".join(html_parts) +
            "\n</body></html>\n")
    tmpdir = "/tmp/f103a-build"
    os.makedirs(tmpdir, exist_ok=True)
    src = os.path.join(tmpdir, f"{PFX}-02.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html)
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
                    "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export",
                    "--outdir", tmpdir, src], check=True, timeout=180,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(tmpdir, f"{PFX}-02.pdf"), path(2, "pdf"))


# ======================================================================= PLAN 3
def plan03():
    """Two-level decimal outline as text; Bertil 84, after hip fracture, Falkenberg."""
    doc = Document()
    base_font(doc, "Arial", 10.5)
    set_core(doc, "Biståndshandläggare", "SIP Bertil", datetime.datetime(2024, 9, 19, 11, 5))
    for lvl, size in ((1, 13), (2, 11)):
        st = doc.styles[f"Heading {lvl}"]
        st.font.name = "Arial"
        st.font.size = Pt(size)
        st.font.color.rgb = RGBColor(0, 0, 0)
        st.font.bold = True
        st.paragraph_format.space_before = Pt(12 if lvl == 1 else 8)
        st.paragraph_format.space_after = Pt(3)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Falkenbergs kommun · Vård och omsorg\t\tSIP"
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(fp)

    p = doc.add_paragraph()
    r = p.add_run("Samordnad individuell plan (SIP)")
    r.bold = True; r.font.size = Pt(16)
    p = doc.add_paragraph()
    p.add_run("Namn: ").bold = True
    p.add_run("Bertil, 84 år\t")
    p.add_run("Personnummer: ").bold = True
    p.add_run("XXXXXX-XXXX")
    p = doc.add_paragraph()
    p.add_run("Mötesdatum: ").bold = True
    p.add_run("2024-09-18, hemma hos Bertil i Falkenberg")

    doc.add_heading("1 Bakgrund", level=1)
    doc.add_paragraph(
        "Bertil föll i hemmet 2024-08-26 och opererades för höftfraktur på Hallands sjukhus "
        "Halmstad. Han skrevs ut till korttidsboende och kom hem 2024-09-16. Bertil är änkling "
        "och bor ensam i villa med trappa till övervåningen där sovrummet ligger. Före fallet "
        "klarade han sig utan hjälp. Han har hjärtsvikt och diabetes typ 2 och tar många "
        "läkemedel. Han går nu med rollator inomhus men är osäker vid förflyttningar och har "
        "inte klarat att duscha själv.")
    doc.add_heading("1.1 Syfte", level=2)
    doc.add_heading("1.2 Frågor inför mötet", level=2)

    doc.add_heading("2 Nuläge", level=1)
    doc.add_heading("2.1 Bertils egen beskrivning", level=2)
    doc.add_paragraph(
        "Bertil deltog i mötet som hölls i hans kök. Han säger att han är trött men att det "
        "går framåt. Han vill inte flytta till särskilt boende och önskar att hemtjänsten kommer "
        "på ungefär samma tider varje dag så att han vet när han kan vila. Han vill sova på "
        "nedervåningen tills han klarar trappan.")
    doc.add_heading("2.2 Hälsa och funktion", level=2)
    doc.add_paragraph(
        "Sårkontroll gjord, läkt. Smärta vid gång som lindras med paracetamol. Blodsocker har "
        "varit högt under korttidsvistelsen. Fysioterapeut bedömer att gångförmågan kan bli "
        "bättre med regelbunden träning.")
    doc.add_heading("2.3 Samtycke", level=2)
    doc.add_heading("2.4 Mål", level=2)
    doc.add_paragraph(
        "Målet är att Bertil ska kunna gå med rollator till brevlådan och klara att duscha med "
        "visst stöd inom tre månader, och fortsätta bo kvar hemma.")

    doc.add_heading("3 Insatser", level=1)
    doc.add_heading("3.1 Kommunens insatser", level=2)
    for s in [
        "Hemtjänst Falkenberg centrum: hjälp morgon och kväll med personlig hygien, på- och "
        "avklädning samt frukost. Start 2024-09-19. Dusch med stöd tisdagar och fredagar.",
        "Arbetsterapeut, Rehabenheten Falkenbergs kommun: hembesök och förskrivning av "
        "duschpall, toalettförhöjning och säng på nedervåningen senast 2024-09-27.",
        "Fysioterapeut, Rehabenheten Falkenbergs kommun: gångträning i hemmet en gång i "
        "veckan, hemträningsprogram som hemtjänsten följer, från 2024-09-24.",
        "Sjuksköterska, Hemsjukvården Falkenberg: läkemedel i dosett, delas varje måndag "
        "från 2024-09-23, samt blodsockerkontroll två gånger i veckan.",
    ]:
        doc.add_paragraph(s, style="List Bullet")
    doc.add_heading("3.2 Regionens insatser", level=2)
    for s in [
        "Läkare, Vårdcentralen Falkenberg: läkemedelsgenomgång med justering av diabetes- "
        "och hjärtsviktsbehandling, 2024-10-08.",
        "Ortopedmottagningen, Hallands sjukhus Halmstad: återbesök med röntgenkontroll "
        "2024-11-05.",
    ]:
        doc.add_paragraph(s, style="List Bullet")
    doc.add_heading("3.3 Andra aktörers insatser", level=2)

    doc.add_heading("4 Ansvar och uppföljning", level=1)
    doc.add_heading("4.1 Huvudansvar för planen", level=2)
    doc.add_paragraph("Falkenbergs kommun")
    doc.add_heading("4.2 Uppföljning", level=2)
    doc.add_paragraph("Planen följs upp om cirka tre månader, i december.")
    doc.add_heading("4.3 Deltagare", level=2)
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    cell_text(t.cell(0, 0), "Namn/funktion", bold=True)
    cell_text(t.cell(0, 1), "Verksamhet", bold=True)
    for a, b in [("Bertil", "–"),
                 ("Biståndshandläggare", "Vård och omsorg, Falkenbergs kommun"),
                 ("Arbetsterapeut", "Rehabenheten, Falkenbergs kommun"),
                 ("Sjuksköterska", "Hemsjukvården Falkenberg"),
                 ("Gruppledare", "Hemtjänst Falkenberg centrum"),
                 ("Distriktssköterska", "Vårdcentralen Falkenberg, Region Halland")]:
        r = t.add_row().cells
        cell_text(r[0], a); cell_text(r[1], b)
    col_widths(t, [5.5, 10])
    doc.save(path(3, "docx"))


# ======================================================================= PLAN 4
def wrap(text, width=72):
    import textwrap
    out = []
    for para in text.split("\n"):
        if para.strip() == "":
            out.append("")
        else:
            out.extend(textwrap.wrap(para, width=width, break_long_words=False,
                                     subsequent_indent="  " if para.startswith("- ") else ""))
    return "\n".join(out)


def plan04():
    """E-mail thread forwarded twice, plan at bottom (.txt, cp1252, CRLF); Nora 19, cannabis, Halmstad."""
    top = """Från: [Läkare, Beroendemottagningen Halmstad]
Skickat: den 2 december 2024 08:14
Till: [Sjuksköterska, Beroendemottagningen Halmstad]
Ämne: VB: VB: SIP Nora

Hej!

Fick den här från Mini-Maria. Nora står på vår väntelista. Jag var inte
med på mötet. Kan du kolla vad vi förväntas göra? Det framgår inte riktigt
av planen.

Hälsningar
[Läkare]

---------- Vidarebefordrat meddelande ----------
Från: [Behandlare, Mini-Maria Halmstad] <[e-postadress]>
Skickat: den 25 november 2024 16:47
Till: [Läkare, Beroendemottagningen Halmstad] <[e-postadress]>
Ämne: VB: SIP Nora

Hej,

Skickar vidare SIP:en för Nora som vi pratade om på telefon. Mötet blev lite
rörigt och vi hann aldrig fördela vem som gör vad, men det tar vi på nästa
möte.

/[Behandlare]
Mini-Maria Halmstad

---------- Vidarebefordrat meddelande ----------
Från: [Socialsekreterare, Ungdomsenheten, Halmstads kommun] <[e-postadress]>
Skickat: den 21 november 2024 11:02
Till: [Behandlare, Mini-Maria Halmstad] <[e-postadress]>
Kopia: [Studie- och yrkesvägledare, Komvux Halmstad] <[e-postadress]>
Ämne: SIP Nora

Hej!

Här kommer planen från gårdagens möte inklistrad nedan, vår mall går inte
att skicka som bilaga. Hör av er om något blivit fel.

Vänliga hälsningar
[Socialsekreterare]
Ungdomsenheten, Socialtjänsten Halmstad
Tel via växeln
"""
    plan = """SAMORDNAD INDIVIDUELL PLAN (SIP)
================================

Namn: Nora
Personnummer: ÅÅMMDD-XXXX
Datum för möte: 2024-11-20
Plats: Socialtjänsten Halmstad, Ungdomsenheten

BAKGRUND
Nora är 19 år och bor sedan i somras i egen lägenhet (andrahand) i Halmstad. Hon har använt cannabis dagligen sedan 16-årsåldern och har de senaste månaderna också använt tabletter hon köpt på nätet för att kunna sova. Hon avbröt gymnasiet i åk 2 och har ingen sysselsättning. Hon har kontakt med Mini-Maria Halmstad sedan oktober. Mamma har hört av sig till socialtjänsten med oro. Nora har ekonomiskt bistånd.

SYFTE
Syftet med SIP:en är att samordna stödet från socialtjänsten, Mini-Maria och beroendevården så att Nora kan sluta med cannabis och tabletterna, behålla sin lägenhet och komma tillbaka till studier.

FRÅGESTÄLLNINGAR
Gå igenom läget.

NORAS EGNA MÅL
"Jag vill vara drogfri till sommaren och börja plugga igen, kanske på Komvux. Och jag vill kunna sova utan tabletter."

NORAS SYN
Nora deltog på hela mötet. Hon säger att hon helst vill ha samtalen på Mini-Maria och inte på socialkontoret, och att hon inte vill att mamma ska vara med på mötena just nu. Hon är orolig för att bli av med lägenheten om hyresvärden får veta om droganvändningen.

INSATSER
- Fortsatt samtalskontakt.
- Stöd kring sömn vid behov.
- Stöd kring boende och ekonomi.
- Motivationsarbete inför studier/sysselsättning.

ANDRA AKTÖRER
Arbetsförmedlingen kan bli aktuell längre fram.

UPPFÖLJNING
Uppföljning i januari.
"""
    text = top + "\n" + wrap(plan, 74) + "\n"
    data = text.replace("\n", "\r\n").encode("cp1252")
    with open(path(4, "txt"), "wb") as f:
        f.write(data)


# ======================================================================= PLAN 5
def plan05():
    """Obsidian-style note: properties, callouts, checkboxes, tags; Jonas 23, LSS/autism, Hylte."""
    md = """---
title: SIP Jonas
aliases: [SIP Jonas 2025-01]
tags:
  - SIP
  - LSS
  - Hylte
datum: 2025-01-22
huvudansvarig: Maja, LSS-handläggare, Hylte kommun
samtycke: ja
uppföljning: 2025-04-09
status: pågående
---

# SIP Jonas 2025-01-22

#SIP #LSS #autism

Möte i Hylte kommunhus, rum Nissan, kl. 13.15–14.30. Anteckningar: Maja.

> [!info] Bakgrund
> Jonas är 23 år och har autism och lindrig intellektuell funktionsnedsättning. Bor i egen lägenhet i Hyltebruk sedan 2023. Har daglig verksamhet enl. LSS 9 § 10 tre dagar/vecka. Under hösten mer stress, sover dåligt, har slutat äta lunch och missat flera dagar på DV. Personalen på DV ser att hygienen blivit sämre.

> [!note] Syfte
> Samordning av stöd.

> [!question] Frågor till mötet
> Stämma av hur det går.

> [!abstract] Mål
> Målet är att Jonas ska ha en fungerande dygnsrytm och kunna vara på daglig verksamhet alla tre dagarna igen före sommaren.

## Jonas

Jonas var med första halvtimmen, sedan ville han gå. Lotta från DV följde med honom ut.

> [!todo] Insatser
> - [x] Ansökan om boendestöd (bostad med särskild service är inte aktuellt) – Maja, LSS-handläggare Hylte kommun – klar 2025-01-15 ✅
> - [ ] Boendestöd 3 ggr/v, fokus mat, hygien och kvällsrutin – Boendestödet Hylte kommun – start 2025-02-03 📅
> - [ ] Kartläggning av kommunikationsstöd och bildschema för kvällen – arbetsterapeut, Vuxenhabiliteringen Halmstad – februari 2025
> - [ ] Anpassat schema på DV med kortare dagar – Daglig verksamhet Hylte, Lotta
> - [ ] Bedömning av sömnproblem, ev. läkemedel – läkare, Vårdcentralen Hyltebruk – 2025-02-11

## Deltagare

- Jonas
- Maja
- Erik
- Lotta
- Hanna

## Anteckningar

- Erik tar med sig frågan om bildschema till hab-teamet.
- Nästa gång i kommunhuset igen, samma rum.

[[SIP mall Hylte]] · [[Jonas – LSS-ärende]]
"""
    with open(path(5, "md"), "w", encoding="utf-8") as f:
        f.write(md)


# ======================================================================= PLAN 6
class FormPDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(95, 5, "Lifecare SP · Samordnad individuell plan", new_x="RIGHT", new_y="TOP")
        self.cell(0, 5, f"Utskriftsdatum 2025-01-20 14:32   Sida {self.page_no()} ({{nb}})",
                  align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 5, "Region Halland · Laholms kommun", new_x="LMARGIN", new_y="NEXT")
        self.ln(6)
        self.set_text_color(0, 0, 0)


def plan06():
    """fpdf2 form without ruling lines; K. 45, discharge from inpatient psychiatry, Laholm."""
    pdf = FormPDF(format="A4")
    pdf.set_creation_date(FIXED_DT)
    pdf.alias_nb_pages("{nb}")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_margins(18, 14, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 8, "SIP vid utskrivning från sluten psykiatrisk vård", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    LW, GAP = 52, 5
    VW = pdf.w - pdf.l_margin - pdf.r_margin - LW - GAP

    def field(label, value, lh=5.2):
        pdf.set_font("DejaVu", "B", 9)
        y = pdf.get_y()
        # keep a field together on one page
        pdf.set_font("DejaVu", "", 9.5)
        lines = pdf.multi_cell(VW, lh, value or " ", dry_run=True, output="LINES")
        need = max(1, len(lines)) * lh + 3
        if y + need > pdf.h - pdf.b_margin:
            pdf.add_page()
            y = pdf.get_y()
        pdf.set_font("DejaVu", "B", 9)
        pdf.set_xy(pdf.l_margin, y)
        pdf.multi_cell(LW, lh, label, align="R")
        y_label = pdf.get_y()
        pdf.set_font("DejaVu", "", 9.5)
        pdf.set_xy(pdf.l_margin + LW + GAP, y)
        pdf.multi_cell(VW, lh, value or "", align="L")
        pdf.set_y(max(pdf.get_y(), y_label, y + lh) + 3)

    def section(title):
        pdf.ln(2)
        pdf.set_font("DejaVu", "B", 11)
        pdf.set_text_color(0, 70, 120)
        pdf.cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.ln(1)

    section("Personuppgifter")
    field("Personnummer", "XXXXXX-XXXX")
    field("Namn", "K.")
    field("Folkbokföringskommun", "Laholm")
    field("Vårdenhet", "Vuxenpsykiatrin Halmstad, avdelning 21, Hallands sjukhus Halmstad")
    field("Inskrivningsdatum", "2024-12-30")
    field("Planerat utskrivningsdatum", "2025-01-21")
    field("Planeringsdatum", "2025-01-17")

    section("Planering")
    field("Syfte", "Samordnad utskrivning.")
    field("Frågeställningar", "")
    field("Den enskildes mål", "")
    field("Den enskildes synpunkter", "")
    field("Samtycke",
          "Muntligt samtycke till SIP och till informationsöverföring mellan Region Halland "
          "och Laholms kommun lämnat av patienten till kontaktsjuksköterska avd 21 den "
          "2025-01-14. Dokumenterat i journal.")
    field("Sammanfattning",
          "Kvinna 45 år, inlagd efter intox i samband med svår depressiv episod. Stabiliserad "
          "på ny medicinering, suicidriskbedömning 2025-01-16 visar låg aktuell risk. Bor "
          "ensam i lägenhet i Laholm, sjukskriven sedan oktober. Har svårt att ta sig ut och "
          "att sköta måltider.")

    section("Insatser")
    ins = [
        ("Insats 1", "Återbesök hos fast vårdkontakt inom en vecka efter utskrivning, "
         "bedömning av mående och förnyad suicidriskbedömning.",
         "Sjuksköterska (fast vårdkontakt), Vuxenpsykiatriska öppenvården Halmstad",
         "2025-01-24"),
        ("Insats 2", "Läkarbesök med utvärdering av antidepressiv medicinering och "
         "receptförnyelse, samt bedömning av fortsatt sjukskrivning.",
         "Läkare, Vuxenpsykiatriska öppenvården Halmstad", "2025-02-05"),
        ("Insats 3", "Boendestöd två gånger i veckan med fokus på struktur i vardagen, "
         "måltider, inköp och att komma ut på promenad.",
         "Boendestödjare, Socialtjänsten Laholm, Stöd och omsorg",
         "Från 2025-01-22 (första besöket dagen efter utskrivning)"),
        ("Insats 4", "Utredning av ansökan om kontaktperson enligt SoL.",
         "Biståndshandläggare, Socialtjänsten Laholm", "Beslut senast 2025-02-28"),
        ("Insats 5", "Kontroll av sköldkörtelprover och blodtryck efter medicinändring.",
         "Distriktssköterska, Vårdcentralen Laholm", "2025-02-12"),
    ]
    def height(value, lh=5.2):
        pdf.set_font("DejaVu", "", 9.5)
        return len(pdf.multi_cell(VW, lh, value, dry_run=True, output="LINES")) * lh + 3

    for lab, what, who, when in ins:
        # keep one insats (what / who / when) together on a page
        if pdf.get_y() + height(what) + height(who) + height(when) > pdf.h - pdf.b_margin:
            pdf.add_page()
        field(lab, what)
        field("Ansvarig", who)
        field("Tidpunkt", when)
        pdf.ln(1)

    section("Ansvar och uppföljning")
    field("Huvudansvar för planen", "Laholms kommun")
    field("Uppföljning", "")

    section("Deltagare vid planeringen")
    field("Deltagare",
          "Kontaktsjuksköterska, avd 21, Vuxenpsykiatrin Halmstad\n"
          "Överläkare, avd 21, Vuxenpsykiatrin Halmstad\n"
          "Sjuksköterska, Vuxenpsykiatriska öppenvården Halmstad\n"
          "Biståndshandläggare, Socialtjänsten Laholm\n"
          "Distriktssköterska, Vårdcentralen Laholm (via Teams)")
    field("Planen upprättad av", "Kontaktsjuksköterska, avd 21, Vuxenpsykiatrin Halmstad")
    pdf.output(path(6, "pdf"))


# ======================================================================= PLAN 7
def plan07():
    """Letter in du-form from coordinator to young adult; Alva 20, ADHD, no occupation, Kungsbacka."""
    doc = Document()
    base_font(doc, "Georgia", 11)
    set_core(doc, "Sara", "Din SIP", datetime.datetime(2025, 3, 13, 16, 20))
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("Kungsbacka kommun")
    r.bold = True; r.font.size = Pt(12); r.font.color.rgb = RGBColor(0x00, 0x4B, 0x87)
    hp2 = sec.header.add_paragraph()
    r = hp2.add_run("Individ och familjeomsorg · Vuxenenheten")
    r.font.small_caps = True; r.font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Kungsbacka kommun · Vuxenenheten · Telefon via växeln")
    r.font.size = Pt(8)

    p = doc.add_paragraph("Kungsbacka 2025-03-13")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph()
    p = doc.add_paragraph()
    r = p.add_run("Din samordnade individuella plan (SIP)")
    r.bold = True; r.font.size = Pt(14)

    paras = [
        "Hej Alva!",
        "Tack för att du kom på mötet i onsdags, den 12 mars, på Vuxenpsykiatrin Kungsbacka. "
        "Som jag lovade skriver jag ner det vi kom fram till, så att du har det på papper och "
        "kan läsa det i lugn och ro. Jag, Sara, samordnare på Vuxenenheten i Kungsbacka "
        "kommun, har huvudansvaret för din plan. Det betyder att det är jag som håller ihop "
        "den och kallar till nästa möte, och att du alltid kan ringa mig om något inte "
        "fungerar.",
        "Varför har vi en SIP? Du har kontakt med flera ställen samtidigt – psykiatrin, "
        "socialtjänsten och snart Arbetsförmedlingen – och du har sagt att det är rörigt att "
        "hålla reda på vem som gör vad. Syftet med planen är att allt stöd du får ska hänga "
        "ihop, så att du kan komma igång med en praktik och få en vardag som fungerar med din "
        "ADHD.",
        "Du var med under hela mötet och berättade själv hur du har det. Du sa att du mår "
        "bättre sedan du började med medicinen, men att du har svårt att komma upp på "
        "morgnarna och att du helst vill ha alla möten efter klockan tio. Det har vi skrivit "
        "in. Du ville också att din mamma skulle vara med, och det var hon.",
        "När vi frågade vad du själv vill sa du: ”Jag vill ha ett riktigt jobb, helst med djur, "
        "och kunna betala min egen hyra utan att mamma behöver hjälpa mig.”",
        "Vi frågade om vi som arbetar med dig får prata med varandra om dig och dela "
        "information. Du sa ja, och du skrev under samtyckesblanketten på mötet den 12 mars "
        "2025. Du kan när som helst ändra dig.",
        "Vi kom överens om att du själv går på mötet med Arbetsförmedlingen och tar med "
        "dig ditt läkarintyg, och att du fortsätter ta din medicin varje morgon. Din mamma "
        "hjälper dig att gå igenom dina räkningar en gång i månaden tills du har fått träffa "
        "budgetrådgivaren. Här nedan är allt vi bestämde, och vem som ansvarar:",
    ]
    for i, t in enumerate(paras):
        doc.add_paragraph(t)

    rows = [
        ("Vad", "Vem", "När"),
        ("Uppföljning av ADHD-medicinen, blodtryck och vikt",
         "Din sjuksköterska på Vuxenpsykiatrin Kungsbacka", "2025-04-02"),
        ("Boendestöd en gång i veckan: morgonrutiner, post och tider",
         "Boendestödjare, Socialtjänsten Kungsbacka", "Från vecka 13"),
        ("Inskrivning och kartläggning inför praktik",
         "Handläggare, Arbetsförmedlingen Kungsbacka", "2025-03-26 kl. 10.30"),
        ("Gå på mötet med AF och ta med läkarintyget", "Du", "2025-03-26"),
        ("Gå igenom räkningarna tillsammans", "Din mamma", "En gång i månaden"),
        ("Samtal om budget och en gammal skuld hos CSN",
         "Budget- och skuldrådgivare, Kungsbacka kommun", ""),
    ]
    t = doc.add_table(rows=0, cols=3)
    t.style = "Light Grid Accent 1"
    for i, row in enumerate(rows):
        cells = t.add_row().cells
        for j, txt in enumerate(row):
            cell_text(cells[j], txt, bold=(i == 0), size=10)
        if i == 0:
            header_row_repeat(t.rows[0])
    col_widths(t, [7.5, 5.5, 3.5])

    doc.add_paragraph()
    doc.add_paragraph(
        "Vi ses igen tisdagen den 10 juni 2025 kl. 13.30 på Vuxenenheten, då följer vi upp "
        "planen tillsammans. Jag skickar en påminnelse en vecka innan.")
    doc.add_paragraph(
        "På mötet var du, din mamma, Johanna, Amir, Patrik och jag.")
    doc.add_paragraph("Hör av dig om något är oklart eller om du vill ändra något!")
    doc.add_paragraph("Hälsningar")
    p = doc.add_paragraph("Sara")
    p = doc.add_paragraph("Samordnare, Vuxenenheten, Kungsbacka kommun")
    p.runs[0].font.size = Pt(9)
    doc.save(path(7, "docx"))


# ======================================================================= DOC 8
def plan08():
    """Not a plan: county guideline on SIP in Halland (2 pages)."""
    doc = Document()
    base_font(doc, "Calibri", 10.5)
    set_core(doc, "Regional samordnare", "Riktlinje för samordnad individuell plan (SIP) i Halland",
             datetime.datetime(2024, 5, 30, 9, 0))
    sec = doc.sections[0]
    sec.top_margin = Cm(2.0); sec.bottom_margin = Cm(1.8)
    sec.left_margin = sec.right_margin = Cm(2.3)
    hp = sec.header.paragraphs[0]
    hp.text = "Region Halland och Hallands kommuner\tRiktlinje\tDnr RS 2024/XXX"
    for r in hp.runs:
        r.font.size = Pt(8.5)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_page_field(fp)
    for r in fp.runs:
        r.font.size = Pt(8.5)
    for lvl, size in ((1, 12.5), (2, 11)):
        st = doc.styles[f"Heading {lvl}"]
        st.font.size = Pt(size)
        st.paragraph_format.space_before = Pt(9 if lvl == 1 else 6)
        st.paragraph_format.space_after = Pt(2)
    doc.styles["Normal"].paragraph_format.space_after = Pt(4)

    doc.add_heading("Riktlinje för samordnad individuell plan (SIP) i Halland", level=0)
    t = doc.add_table(rows=2, cols=4)
    t.style = "Table Grid"
    meta = [("Fastställd av", "Regionalt samverkansforum Halland", "Fastställd", "2024-05-30"),
            ("Dokumentansvarig", "Regional samordnare SIP, Region Halland", "Giltig till", "2026-05-30")]
    for i, row in enumerate(meta):
        for j, txt in enumerate(row):
            cell_text(t.cell(i, j), txt, bold=(j % 2 == 0), size=9)
            if j % 2 == 0:
                shade(t.cell(i, j), "EDEDED")
    col_widths(t, [3.2, 6.3, 2.5, 3.5])

    H = doc.add_heading
    P = doc.add_paragraph
    H("1. Inledning", 1)
    P("Riktlinjen gäller för Region Halland och kommunerna Halmstad, Varberg, Falkenberg, "
      "Kungsbacka, Laholm och Hylte. Den beskriver hur samordnad individuell plan (SIP) ska "
      "upprättas, dokumenteras och följas upp när en person har behov av insatser från både "
      "kommun och region. Riktlinjen ersätter tidigare länsgemensam rutin från 2019. Lokala "
      "rutiner får komplettera men inte ersätta denna riktlinje.")
    H("2. Lagstöd", 1)
    P("Skyldigheten att upprätta SIP framgår av 2 kap. 7 § socialtjänstlagen (SoL) och 16 kap. "
      "4 § hälso- och sjukvårdslagen (HSL). Planen ska upprättas om kommunen eller regionen "
      "bedömer att den behövs för att den enskilde ska få sina behov tillgodosedda och om den "
      "enskilde samtycker. För barn gäller även bestämmelserna i skollagen om elevhälsa och "
      "samverkan. Vid utskrivning från sluten hälso- och sjukvård gäller dessutom lagen "
      "(2017:612) om samverkan vid utskrivning.")
    H("3. Målgrupp och när SIP ska upprättas", 1)
    P("SIP ska erbjudas barn, unga och vuxna som har insatser, eller behov av insatser, från "
      "båda huvudmännen och där insatserna behöver samordnas. Initiativ till SIP kan tas av "
      "den enskilde, en närstående eller av någon av verksamheterna. Den verksamhet som "
      "uppmärksammar behovet ansvarar för att kalla till ett första möte, normalt inom 14 "
      "dagar från det att samtycke inhämtats.")
    H("4. Planens innehåll", 1)
    P("Varje SIP ska innehålla nedanstående delar. Rubrikerna i den länsgemensamma mallen "
      "följer samma ordning. Om någon del inte är aktuell ska det framgå av planen.")
    items = [
        ("4.1 Syfte", "Planen ska ange syftet med samordningen utifrån den enskildes "
         "situation, formulerat så att den enskilde kan känna igen sig. Ett allmänt syfte som "
         "”samordning” är inte tillräckligt."),
        ("4.2 Frågeställningar", "Inför mötet ska de frågor som behöver lösas beskrivas, "
         "gärna tillsammans med den enskilde. Frågeställningarna styr mötets dagordning."),
        ("4.3 Den enskildes mål och delaktighet", "Den enskildes egna mål ska dokumenteras, "
         "helst med den enskildes egna ord. Det ska framgå hur den enskilde har deltagit och "
         "vilka önskemål hen har framfört. Om den enskilde inte deltar ska skälet anges och "
         "hur hens synpunkter har inhämtats."),
        ("4.4 Insatser", "Planen ska ange vilka insatser som behövs, beskrivna så konkret "
         "att det går att följa upp om de har genomförts."),
        ("4.5 Ansvar", "För varje insats ska det anges vilken verksamhet eller funktion som "
         "ansvarar och när insatsen ska påbörjas eller vara utförd. Det räcker inte att ange "
         "huvudman."),
        ("4.6 Andra aktörer", "Insatser från andra än kommun och region, till exempel "
         "Försäkringskassan, Arbetsförmedlingen, god man eller närstående, ska beskrivas med "
         "vem som gör vad. Finns inga sådana insatser ska det anges."),
        ("4.7 Huvudansvar", "Deltagarna ska komma överens om vem som har huvudansvaret för "
         "planen. Huvudansvarig anges med namn eller funktion samt verksamhet. Den "
         "huvudansvarige kallar till uppföljning och ser till att planen delges."),
        ("4.8 Uppföljning", "Datum för uppföljning ska bestämmas vid mötet. Uppföljning ska "
         "ske senast sex månader efter att planen upprättats, tidigare vid förändrade behov."),
        ("4.9 Deltagare", "Planen ska ange vilka som deltagit, för yrkesverksamma med "
         "funktion och verksamhet."),
        ("4.10 Samtycke", "Samtycke till SIP och till att uppgifter lämnas mellan "
         "verksamheterna ska dokumenteras med datum och form (muntligt eller skriftligt). "
         "För barn under 15 år lämnas samtycke av vårdnadshavare; barnets inställning ska "
         "efterfrågas utifrån ålder och mognad. Samtycket kan när som helst återkallas."),
    ]
    for h, txt in items:
        H(h, 2)
        P(txt)
    H("5. Dokumentation och delgivning", 1)
    P("Planen dokumenteras i den länsgemensamma mallen eller i Lifecare SP. Varje deltagande "
      "verksamhet ansvarar för att planen, eller en hänvisning till den, finns i den egna "
      "journalen eller akten. Den enskilde ska erbjudas ett eget exemplar av planen, i en form "
      "som hen kan ta till sig.")
    H("6. Avvikelser och uppföljning av riktlinjen", 1)
    P("Brister i samverkan kring SIP rapporteras som avvikelse enligt respektive huvudmans "
      "rutin. Regionalt samverkansforum följer årligen upp antal upprättade planer och "
      "resultat av journalgranskning, och reviderar riktlinjen vid behov.")
    H("7. Relaterade dokument", 1)
    for s in ["Länsgemensam mall för SIP (Word)",
              "Samtyckesblankett SIP, barn respektive vuxen",
              "Rutin för samverkan vid utskrivning från sluten hälso- och sjukvård i Halland"]:
        P(s, style="List Bullet")
    doc.save(path(8, "docx"))


def normalize_docx(p):
    """Rewrite the zip with fixed timestamps so runs are byte-identical."""
    with zipfile.ZipFile(p) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 14, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def normalize_lo_pdf(p):
    """Same-length replacement of LibreOffice's creation date and document id."""
    data = open(p, "rb").read()
    data = re.sub(rb"/CreationDate\(D:(\d{14})([^)]*)\)",
                  lambda m: b"/CreationDate(D:20250214093000" + m.group(2) + b")", data)
    data = re.sub(rb"<([0-9A-Fa-f]{32})>", lambda m: b"<" + b"A1" * 16 + b">", data)
    data = re.sub(rb"<xmp:CreateDate>[^<]*</xmp:CreateDate>",
                  lambda m: b"<xmp:CreateDate>" + b"2025-02-14T09:30:00".ljust(
                      len(m.group(0)) - 33)[:len(m.group(0)) - 33] + b"</xmp:CreateDate>", data)
    data = re.sub(rb"/DocChecksum /[0-9A-Fa-f]{32}", b"/DocChecksum /" + b"0" * 32, data)
    open(p, "wb").write(data)


def main():
    os.makedirs(OUT, exist_ok=True)
    for fn in (plan01, plan02, plan03, plan04, plan05, plan06, plan07, plan08):
        fn()
        print("ok", fn.__name__)
    for n in (1, 3, 7, 8):
        normalize_docx(path(n, "docx"))
    normalize_lo_pdf(path(2, "pdf"))


if __name__ == "__main__":
    main()
