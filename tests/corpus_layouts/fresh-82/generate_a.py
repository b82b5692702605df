#!/usr/bin/env python
"""Generate the f82a batch of fictional, anonymized SIP documents (Region Halland).

Run with /work/batches/.venv/bin/python generate.py
Deterministic: fixed dates and texts, no randomness.
"""
import datetime
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK, WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f82a"
LO_PROFILE = "file:///tmp/lo-f82a"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def path(nn, ext):
    return os.path.join(OUT, f"{PREFIX}-{nn}.{ext}")


def soffice_pdf(src, target):
    """Convert src (html/docx) to PDF with LibreOffice, then move to target.

    HTML is imported as an ordinary Writer document (not Writer/Web) so that the
    page layout is that of a printed page."""
    tmpdir = tempfile.mkdtemp(prefix="f82a-lo-")
    args = ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless"]
    if src.endswith(".html"):
        args += ["--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export"]
    else:
        args += ["--convert-to", "pdf"]
    subprocess.run(
        args + ["--outdir", tmpdir, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    base = os.path.splitext(os.path.basename(src))[0] + ".pdf"
    shutil.move(os.path.join(tmpdir, base), target)
    shutil.rmtree(tmpdir, ignore_errors=True)


# ---------------------------------------------------------------- docx helpers
def set_cell_shading(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_table_borders(table, val="single", sz="4"):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), val)
        el.set(qn("w:sz"), sz if val != "nil" else "0")
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "auto" if val != "nil" else "auto")
        borders.append(el)
    tblPr.append(borders)


def mark_header_row(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def cell_text(cell, text, bold=False, size=None, strike=False, color=None,
              align=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        if strike:
            r.font.strike = True
        if color:
            r.font.color.rgb = color
        if align is not None:
            p.alignment = align
    return cell


def bold_para(doc, text, size=None, space_before=6):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    p.paragraph_format.space_before = Pt(space_before)
    p.paragraph_format.space_after = Pt(2)
    return p


def label_value(doc, label, value):
    p = doc.add_paragraph()
    r = p.add_run(label + " ")
    r.bold = True
    p.add_run(value)
    p.paragraph_format.space_after = Pt(2)
    return p


def base_doc(font="Calibri", size=11):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    sec = doc.sections[0]
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(2.0)
    sec.bottom_margin = Cm(2.0)
    return doc


def set_landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width = Cm(29.7)
    section.page_height = Cm(21.0)
    section.left_margin = section.right_margin = Cm(1.5)


def set_portrait(section):
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width = Cm(21.0)
    section.page_height = Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.2)


def set_col_widths(table, widths_cm):
    """Set widths both on the cells (Word) and in w:tblGrid (LibreOffice)."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for idx, gc in enumerate(grid.findall(qn("w:gridCol"))):
        if idx < len(widths_cm):
            gc.set(qn("w:w"), str(int(Cm(widths_cm[idx]).twips)))
    tblPr = table._tbl.tblPr
    tblW = tblPr.find(qn("w:tblW"))
    if tblW is None:
        tblW = OxmlElement("w:tblW")
        tblPr.append(tblW)
    tblW.set(qn("w:type"), "dxa")
    tblW.set(qn("w:w"), str(int(Cm(sum(widths_cm)).twips)))
    for row in table.rows:
        for idx, w in enumerate(widths_cm):
            row.cells[idx].width = Cm(w)


# ============================================================== 01 portal HTML
def plan01():
    grey = "#6b6b6b"

    def qa(q, a, unanswered=False):
        if unanswered:
            ans = '<font color="#9a2a2a"><i>Ej besvarad</i></font>'
        else:
            ans = "<br>".join(a.split("\n"))
        return (f'<p style="margin-top:8px; margin-bottom:0px"><font color="{grey}" size="2">'
                f'{q}</font></p>'
                f'<p style="margin-top:0px; margin-bottom:2px">{ans}</p>')

    def section(title):
        return (f'<p style="margin-top:14px; margin-bottom:4px"><b><font color="#1f3a5f">'
                f'{title}</font></b></p><hr size="1" color="#c8c8c8">')

    def insats(n, vad, vem, nar, nar_unanswered=False):
        return (f'<table width="100%" cellpadding="4" cellspacing="0" border="0" '
                f'bgcolor="#f4f6f8"><tr><td>'
                f'<b>Insats {n}</b>'
                + qa("Vad ska göras?", vad)
                + qa("Vem ansvarar (verksamhet och funktion)?", vem)
                + qa("När ska insatsen starta och hur ofta?", nar, nar_unanswered)
                + '</td></tr></table><p style="margin:0"></p>')

    main = []
    main.append('<p><font size="2" color="#444444">Mina planer &gt; SIP Ella (Falkenberg) &gt; '
                'Redigera</font></p>')
    main.append('<p><font size="4"><b>Samordnad individuell plan (SIP)</b></font></p>')
    main.append('<table width="100%" cellpadding="5" cellspacing="0" border="0" '
                'bgcolor="#e6eef7"><tr><td><b>Steg 7 av 7 – Sammanställning</b>'
                '<br><font size="2" color="#444444">● Person ● Möte ● Syfte ● Mål ● '
                'Insatser ● Samordning ● <b>Sammanställning</b></font></td></tr></table>')
    main.append('<p><font size="2">Kontrollera dina svar innan du sparar planen. '
                'Du kan gå tillbaka till ett tidigare steg för att ändra.</font></p>')

    main.append(section("Steg 1. Person"))
    main.append(qa("Förnamn eller initialer", "Ella"))
    main.append(qa("Personnummer", "XXXXXX-XXXX"))
    main.append(qa("Hemkommun", "Falkenberg"))
    main.append(qa("Är personen under 18 år?", "Ja – vårdnadshavare: mamma och pappa (gemensam vårdnad)"))

    main.append(section("Steg 2. Möte"))
    main.append(qa("Datum för mötet", "2025-03-11"))
    main.append(qa("Plats", "Socialförvaltningens mötesrum, Falkenberg"))
    main.append(qa("Vilka deltog på mötet?",
                   "Ella, mamma, pappa, mentor, skolkurator, psykolog, socialsekreterare"))
    main.append(qa("Beskriv kort bakgrunden",
                   "Ella går i åk 8. Hon har haft ökande frånvaro sedan oktober 2024 och har "
                   "under februari varit i skolan ungefär var tredje dag, oftast bara första "
                   "lektionen. Hon får ont i magen och svårt att andas på morgnarna och har "
                   "panikkänslor i korridorerna. Kontakt med BUP sedan januari 2025, där man "
                   "bedömer att det rör sig om ångestsyndrom med social ångest. Familjen har "
                   "haft en orosanmälan från skolan som utreddes och avslutades med erbjudande "
                   "om stöd. Föräldrarna upplever att de inte får ihop vardagen och att Ella "
                   "drar sig undan kompisar."))

    main.append(section("Steg 3. Syfte"))
    main.append(qa("Vad är syftet med planen?",
                   "Syftet är att skolan, BUP och socialtjänsten tillsammans med familjen gör en "
                   "gemensam plan så att Ella stegvis kan komma tillbaka till skolan och samtidigt "
                   "få behandling för sin ångest, utan att familjen behöver samordna alla kontakter "
                   "själv."))
    main.append(qa("Vilka frågor vill ni ta upp på mötet?", "", unanswered=True))

    main.append(section("Steg 4. Mål och delaktighet"))
    main.append(qa("Vad vill du själv uppnå? (den enskildes mål med egna ord)",
                   "”Jag vill kunna gå till skolan igen, i alla fall på förmiddagarna, och orka "
                   "träffa mina kompisar efter skolan.”"))
    main.append(qa("Var du med på mötet? Vad tycker du är viktigast?",
                   "Ja, Ella deltog hela mötet tillsammans med mamma och pappa. Ella säger att "
                   "det viktigaste för henne är att slippa gå in i klassrummet när alla redan "
                   "sitter där, och att hon vill ha samma vuxna att vända sig till på skolan. "
                   "Hon vill inte träffa fler nya personer än nödvändigt."))
    main.append(qa("Finns samtycke till SIP?", "Ja, samtycke finns."))

    main.append(section("Steg 5. Insatser"))
    main.append(insats(1,
                       "Anpassad skolgång: schemastart kl. 9.40 i stället för 8.10, de två första "
                       "lektionerna i studiehallen med resursperson, ingång via personalentrén.",
                       "Tångaskolan, rektor och mentor",
                       "Fr.o.m. 2025-03-17, varje skoldag"))
    main.append(insats(2,
                       "KBT-behandling för ångest (12 sessioner), med exponering i små steg "
                       "kopplat till skolan.",
                       "BUP Varberg, Region Halland – psykolog",
                       "Start v. 12, varannan vecka, tisdagar"))
    main.append(insats(3,
                       "Stödsamtal med skolkurator om hur skoldagen har gått och vad som behöver "
                       "justeras i schemat.",
                       "Elevhälsan Tångaskolan – skolkurator",
                       "", nar_unanswered=True))
    main.append(insats(4,
                       "Familjebehandling/föräldrastöd: hur föräldrarna kan stötta Ella på "
                       "morgnarna utan att det blir konflikt.",
                       "Socialtjänsten Falkenberg, Barn och unga – familjebehandlare",
                       "8 träffar, start 2025-03-24"))

    main.append(section("Steg 6. Samordning"))
    main.append(qa("Andra aktörer (t.ex. Försäkringskassan, föräldrar, föreningar)",
                   "Föräldrarna är informerade om planen. Försäkringskassan kan bli aktuell "
                   "längre fram."))
    main.append(qa("Vem har huvudansvar för planen?", "", unanswered=True))
    main.append(qa("När ska planen följas upp?", "", unanswered=True))
    main.append(qa("Övrigt",
                   "Mamma önskar att all kontakt med skolan i första hand går via mentor."))

    main.append('<p style="margin-top:16px"><table cellpadding="6" cellspacing="0" '
                'border="1"><tr><td bgcolor="#dddddd">&lt; Föregående</td><td></td>'
                '<td bgcolor="#1f3a5f"><font color="#ffffff"><b>Spara och skicka till '
                'deltagarna</b></font></td></tr></table></p>')

    sidebar = ('<p><font color="#ffffff"><b>SIP-portalen</b></font><br>'
               '<font color="#cfd8e3" size="2">Halland</font></p>'
               '<p><font color="#ffffff">Mina ärenden</font></p>'
               '<p><font color="#ffffff">Meddelanden (2)</font></p>'
               '<p><font color="#ffffff"><b>▸ Planer</b></font></p>'
               '<p><font color="#ffffff">Logga ut</font></p>'
               '<p><br><br><font color="#cfd8e3" size="1">Inloggad: användare '
               '[dold]</font></p>')

    html = f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8">
<title>SIP-portalen – Sammanställning</title>
<style>
body {{ font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; }}
p {{ margin-top: 4px; margin-bottom: 4px; }}
</style></head>
<body>
<p><font size="1" color="#555555">2025-03-11 15:02 &nbsp;&nbsp;&nbsp; SIP-portalen – Plan – Sammanställning</font></p>
<table width="100%" cellpadding="10" cellspacing="0" border="0">
<tr valign="top">
<td width="20%" bgcolor="#1f3a5f">{sidebar}</td>
<td width="80%">{''.join(main)}</td>
</tr></table>
<p><font size="1" color="#555555">Utskrift från webbläsaren – SIP-portalen</font></p>
</body></html>
"""
    tmp = tempfile.mkdtemp(prefix="f82a-html-")
    src = os.path.join(tmp, f"{PREFIX}-01.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html)
    soffice_pdf(src, path("01", "pdf"))
    shutil.rmtree(tmp, ignore_errors=True)


# ============================================================== 02 Gantt docx
def plan02():
    doc = base_doc("Arial", 10)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Halmstads kommun  |  Region Halland\tSamordnad individuell plan (SIP)"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "SIP J. – upprättad 2025-03-04"
    fp.runs[0].font.size = Pt(8)

    t = doc.add_paragraph()
    r = t.add_run("SAMORDNAD INDIVIDUELL PLAN – SIP")
    r.bold = True
    r.font.size = Pt(15)

    bold_para(doc, "1. Uppgifter om planen", 12)
    label_value(doc, "Namn:", "Jonas (J.)")
    label_value(doc, "Personnummer:", "ÅÅMMDD-XXXX")
    label_value(doc, "Datum för SIP-möte:", "2025-03-04")
    label_value(doc, "Plats:", "Psykosmottagningen Halmstad, samtalsrum 2")

    bold_para(doc, "Deltagare", 10)
    parts = [
        ("Karin", "Sjuksköterska, case manager", "Psykosmottagningen Halmstad, Region Halland"),
        ("Erik", "Specialistläkare", "Psykosmottagningen Halmstad, Region Halland"),
        ("Lina", "Socialsekreterare, ekonomiskt bistånd", "Individ- och familjeomsorgen, Halmstads kommun"),
        ("Fatima", "Boendestödjare", "Socialpsykiatrin, Halmstads kommun"),
        ("Per", "Budget- och skuldrådgivare", "Budget- och skuldrådgivningen, Halmstads kommun"),
    ]
    tb = doc.add_table(rows=1, cols=3)
    tb.style = "Table Grid"
    for i, h in enumerate(("Namn", "Funktion", "Verksamhet")):
        cell_text(tb.rows[0].cells[i], h, bold=True)
        set_cell_shading(tb.rows[0].cells[i], "D9E2F3")
    mark_header_row(tb.rows[0])
    for row in parts:
        cells = tb.add_row().cells
        for i, v in enumerate(row):
            cell_text(cells[i], v)
    set_col_widths(tb, [3.0, 5.5, 8.0])

    bold_para(doc, "Bakgrund", 10)
    doc.add_paragraph(
        "J. är 24 år och bor ensam i hyreslägenhet i Halmstad. Han insjuknade i en psykos "
        "hösten 2024 och vårdades inneliggande på Psykiatriska kliniken i Halmstad i sex veckor. "
        "Sedan utskrivningen i januari 2025 har han kontakt med Psykosmottagningen och "
        "medicineras med antipsykotiskt läkemedel. Under insjuknandet har räkningar inte "
        "betalats och det finns en hyresskuld på tre månader samt flera skulder hos "
        "Kronofogden. Hyresvärden har skickat en uppsägning som gäller om skulden inte regleras. "
        "J. har tidigare arbetat inom lager men är nu sjukskriven. Pappa bor i Halmstad och "
        "har regelbunden kontakt.")

    bold_para(doc, "2. Syfte och frågeställningar", 12)
    label_value(doc, "Syfte:", "Samordning av insatser.")
    bold_para(doc, "Frågeställningar:", 10, space_before=2)
    for q in (
        "Kan hyresskulden regleras innan uppsägningen verkställs, och vem tar kontakt med hyresvärden?",
        "Behöver J. boendestöd i hemmet nu när han bor själv efter utskrivningen, och hur många gånger i veckan?",
        "Vem hjälper J. att samla ihop posten och räkningarna inför budget- och skuldrådgivningen?",
        "Vilket underlag behöver Försäkringskassan för fortsatt sjukpenning efter v. 16?",
    ):
        doc.add_paragraph(q, style="List Bullet")
    label_value(doc, "Mål:",
                "Målet är att J. ska behålla sin lägenhet, ha en stabil medicinering och på sikt "
                "påbörja en sysselsättning.")

    # ---- landscape section with Gantt table
    new = doc.add_section()
    set_landscape(new)
    bold_para(doc, "3. Insatser", 12, space_before=0)
    p = doc.add_paragraph("Tidsplan vecka 10–22 2025. ■ = insatsen pågår/genomförs den veckan.")
    p.runs[0].font.size = Pt(9)
    weeks = list(range(10, 23))
    rows = [
        ("Läkarbesök med läkemedelsuppföljning var tredje vecka",
         "Psykosmottagningen Halmstad, läkare", {10, 13, 16, 19, 22}),
        ("Case manager-samtal varje vecka, inkl. påminnelse om medicin och besök",
         "Psykosmottagningen Halmstad, sjuksköterska/case manager", set(weeks)),
        ("Boendestöd 2 ggr/vecka: struktur i vardagen, post, tvätt och inköp",
         "Socialpsykiatrin Halmstad, boendestödjare", set(range(11, 23))),
        ("Prövning av ekonomiskt bistånd för hyresskulden och kontakt med hyresvärden",
         "IFO Halmstad, socialsekreterare ekonomiskt bistånd", {10, 11, 12}),
        ("Genomgång av skulder, budget och ev. ansökan om skuldsanering",
         "Budget- och skuldrådgivningen Halmstad, rådgivare", set(range(12, 21))),
        ("Läkarintyg till Försäkringskassan",
         "Psykosmottagningen Halmstad, läkare", {10, 11}),
        ("Handläggning av sjukpenning och avstämning av fortsatt rätt",
         "Försäkringskassan, handläggare", set(range(11, 17))),
        ("Skjutsar J. till mottagningsbesök och hjälper till att öppna och sortera post",
         "Pappa", set(weeks)),
    ]
    gt = doc.add_table(rows=1, cols=2 + len(weeks))
    gt.style = "Table Grid"
    gt.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = gt.rows[0].cells
    cell_text(hdr[0], "Insats", bold=True, size=8)
    cell_text(hdr[1], "Ansvarig (verksamhet, funktion)", bold=True, size=8)
    for i, w in enumerate(weeks):
        cell_text(hdr[2 + i], f"v. {w}", bold=True, size=7, align=WD_ALIGN_PARAGRAPH.CENTER)
    for c in hdr:
        set_cell_shading(c, "D9E2F3")
    mark_header_row(gt.rows[0])
    for ins, ans, wk in rows:
        cells = gt.add_row().cells
        cell_text(cells[0], ins, size=8)
        cell_text(cells[1], ans, size=8)
        for i, w in enumerate(weeks):
            if w in wk:
                cell_text(cells[2 + i], "■", size=9, align=WD_ALIGN_PARAGRAPH.CENTER)
    set_col_widths(gt, [8.0, 6.2] + [1.0] * len(weeks))

    # ---- back to portrait
    new2 = doc.add_section()
    set_portrait(new2)
    bold_para(doc, "4. Samordning och uppföljning", 12, space_before=0)
    label_value(doc, "Huvudansvar för planen:", "Region Halland")
    label_value(doc, "Uppföljning:", "v. 22")
    label_value(doc, "Planen skickas till:", "samtliga deltagare")
    doc.save(path("02", "docx"))


# ============================================================== 03 dictated txt
def plan03():
    paras = [
        "Diktat: 2025-02-10, Skrivet: 2025-02-11 /med. sekr. – Ortopedkliniken, "
        "Hallands sjukhus Varberg, avd. 22",
        "",
        "SAMORDNAD INDIVIDUELL PLAN (SIP)",
        "Patient: Gösta, XXXXXX-XXXX",
        "",
        "BAKGRUND: Gösta är en 84-årig man som bor ensam i en lägenhet på andra våningen med "
        "hiss i centrala Varberg och som fram till nu klarat sig utan hjälp från kommunen "
        "förutom trygghetslarm. Han föll i hemmet 2025-02-02 och opererades dagen efter med "
        "halvprotes för en höftfraktur på vänster sida. Förloppet har varit okomplicerat så när "
        "som på en kortvarig förvirring första dygnet efter operationen, som har gått över. Han "
        "har också hjärtsvikt och diabetes typ 2 som följs på vårdcentralen. Han går nu med "
        "rollator korta sträckor på avdelningen men behöver hjälp vid dusch och med "
        "kompressionsstrumpor. Gösta deltog i SIP-mötet som hölls i dagrummet på avdelningen "
        "2025-02-10.",
        "SYFTE: Syftet med SIP är att samordna utskrivningen av Gösta från ortopeden efter "
        "höftfrakturoperationen så att hemtjänst, hemsjukvård, rehabilitering och hjälpmedel "
        "finns på plats samma dag som han kommer hem, och att det är tydligt vem som följer upp "
        "såret, läkemedlen och träningen efter hemgång.",
        "FRÅGESTÄLLNINGAR: Gå igenom läget inför hemgång.",
        "NÄRVARANDE: Gösta, Lena, Ahmed, Karin och Sofia.",
        "INSATSER: Hemtjänst Varberg, område Centrum, startar 2025-02-13 med hjälp morgon, "
        "lunch, middag och kväll med personlig omvårdnad, påtagning av kompressionsstrumpor, "
        "måltider och tillsyn, och biståndshandläggaren fattar beslut om insatserna senast "
        "2025-02-12. Arbetsterapeut från kommunens rehabenhet gör hembesök 2025-02-13 och "
        "provar ut toalettstolsförhöjning, duschpall och griptång. Fysioterapeut från kommunens "
        "rehabenhet tränar gång och balans med Gösta i hemmet två gånger per vecka från och med "
        "2025-02-17. Distriktssköterska i kommunens hemsjukvård tar bort agrafferna och lägger "
        "om såret 2025-02-17 och ansvarar för läkemedelsdelning i dosett från första veckan. "
        "Distriktsläkare på Vårdcentralen Håsten gör läkemedelsgenomgång med särskild "
        "uppmärksamhet på diuretika och blodsocker 2025-02-25. Ortopedmottagningen, Hallands "
        "sjukhus Varberg, kallar till återbesök med röntgen 2025-03-24.",
        "SAMTYCKE: Samtycke till SIP finns.",
        "HUVUDANSVAR: Kommunen har huvudansvar för planen.",
        "UPPFÖLJNING: Uppföljande SIP-möte hålls i Göstas hem 2025-03-11 kl. 13.30. "
        "Kallelse skickas ut från kommunen.",
        "",
    ]
    with open(path("03", "txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(paras))


# ============================================================== 04 board md
def plan04():
    md = """# SIP Elias – tavla

*Exporterad från Planner 2025-04-22 · Plan: "SIP Elias (Kungsbacka)" · 3 buckets · 9 kort*

Syfte: Att få en gemensam bild.

Frågor till mötet: Hur lägger vi upp drogtesterna så att Elias inte behöver lämna urinprov både hos Beroendemottagningen och hos socialtjänsten samma vecka? Kan Elias gå kvar på El- och energiprogrammet med nedsatt studietakt, eller behöver han byta till ett introduktionsprogram? Vad gör vi om han uteblir från skolan igen efter lovet?

Mål: Målet är att Elias ska sluta använda cannabis och klara sina kurser i årskurs 2.

Huvudansvar: socialsekreteraren.

## Att göra

- [ ] **Läkarbedömning av sömnproblem** – Regionen – 2025-05-16
    Elias sover dåligt sedan han drog ner på röken. Bedömning om sömnmedicin ska undvikas eller kan prövas kort tid.
- [ ] **Ansökan om reducerad studieplan** – Aranäsgymnasiet, studie- och yrkesvägledare – 2025-05-09
    Ta fram förslag på studieplan där två kurser flyttas till åk 3. Stämma av med mentor och rektor.
- [ ] **Pappa följer med på föräldrasamtal** – Pappa – 2025-05-06
    Pappa deltar i föräldrasamtalet på öppenvården och tar med sig frågorna om regler hemma på helgerna.

## Pågår

- [ ] **Urinprovskontroller varannan vecka** – Beroendemottagningen Kungsbacka (Region Halland), sjuksköterska – 2025-06-13
    Tisdagar kl. 15.30 efter skolan. Resultat meddelas socialsekreteraren efter varje prov. Ersätter socialtjänstens egna prover.
- [ ] **Behandlingssamtal enligt CRA/MI, 1 gång/vecka** – IFO Kungsbacka, Öppenvården ungdom, behandlare – 2025-06-20
    Fokus på vad som triggar användningen på helgerna, kompisar och alternativ till att röka.
- [ ] **Söka feriejobb till sommaren** – Elias själv – 2025-04-30
    Elias söker själv via kommunens feriejobbsportal. Behandlaren hjälper till med ansökningstexten om han vill.

## Klart

- [x] **Kartläggning med ADAD** – IFO Kungsbacka, ungdomsteamet, utredare – 2025-04-04
    Genomförd. Sammanfattning skickad till Beroendemottagningen.
- [x] **Informera mentor om upplägget** – Aranäsgymnasiet, elevhälsan, kurator – 2025-04-11
    Mentor vet att Elias går till Beroendemottagningen tisdagar och får gå 15.00.
- [x] **Bokat första läkarbesök** – Beroendemottagningen Kungsbacka (Region Halland), sjuksköterska – 2025-04-15
    Tid bokad och bekräftad.
"""
    with open(path("04", "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ============================================================== 05 SIP i korthet
def plan05():
    doc = base_doc("Calibri", 12)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Laholms kommun och Region Halland"
    hp.runs[0].font.size = Pt(9)
    hp.runs[0].font.color.rgb = RGBColor(0x55, 0x55, 0x55)

    h = doc.add_heading("Min plan – SIP i korthet", level=1)
    p = doc.add_paragraph()
    p.add_run("För: ").bold = True
    p.add_run("Oscar")
    p.add_run("     Datum: ").bold = True
    p.add_run("2025-04-09")

    qa = [
        ("Vad är det här för papper?",
         "Det här är din plan. Vi har gjort den tillsammans på mötet så att alla som hjälper "
         "dig vet vad de ska göra nu när du ska flytta hemifrån till en egen lägenhet med stöd, "
         "och så att du inte behöver berätta samma sak för alla."),
        ("Vad vill jag?",
         "”Jag vill ha en egen lägenhet med ett eget kök. Och jag vill jobba med djur mer, "
         "inte bara på tisdagar.”"),
        ("Vad tyckte jag på mötet?",
         "Du var med på mötet hela tiden. Du sa att du vill bo nära stationen i Laholm så att "
         "du kan ta bussen själv. Du vill inte bo på ett stort boende med många. Du vill att "
         "det är samma personal som kommer, och att de berättar i förväg om något ändras."),
        ("Vad ska hända?",
         "• Du får svar på om du får en lägenhet med stöd (servicebostad) före sommaren.\n"
         "• Du får vara på daglig verksamhet i gruppen Djur och natur fyra dagar i veckan.\n"
         "• Du får prata med en psykolog om att du blir orolig inför flytten.\n"
         "• Du och läkaren går igenom din sömnmedicin."),
        ("Vem hjälper mig?",
         "Maria är LSS-handläggare på Laholms kommun. Hon håller ihop din plan. Du kan ringa "
         "henne via växeln.\n"
         "Johan är psykolog på Habiliteringen i Halmstad. Han träffar dig om oron.\n"
         "Sara är din handledare på daglig verksamhet.\n"
         "Bengt är din gode man. Han hjälper dig med pengar och att skriva på hyreskontraktet.\n"
         "Mamma hjälper dig att packa och flytta."),
        ("Får vi prata med varandra om dig?",
         "Ja, det sa du på mötet 2025-04-09. Du skrev också under samtyckesblanketten den dagen. "
         "Du kan säga nej när du vill."),
        ("När ses vi igen?",
         "I september. Maria skickar ett brev hem till dig med tid och plats."),
    ]
    tb = doc.add_table(rows=0, cols=2)
    set_table_borders(tb, "nil")
    for q, a in qa:
        cells = tb.add_row().cells
        cell_text(cells[0], q, bold=True, size=13, color=RGBColor(0x1F, 0x4E, 0x79))
        cell_text(cells[1], a, size=12)
        for c in cells:
            for par in c.paragraphs:
                par.paragraph_format.space_after = Pt(6)
    set_col_widths(tb, [5.0, 11.6])

    # page break + staff appendix
    pb = doc.add_paragraph()
    pb.add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading("Bilaga – insatser", level=2)
    doc.add_paragraph("För personal. Underlag till planen för Oscar, SIP-möte 2025-04-09.")
    rows = [
        ("Bostad med särskild service (servicebostad) enligt LSS 9 § 9 – utredning och beslut",
         "Laholms kommun, LSS-handläggare", "Beslut senast 2025-05-31"),
        ("Daglig verksamhet enligt LSS 9 § 10, utökning från 1 till 4 dagar/vecka i gruppen Djur och natur",
         "Daglig verksamhet Laholm, enhetschef och handledare", "Fr.o.m. 2025-05-05"),
        ("Samtal om oro inför flytten med bildstöd, 6 tillfällen",
         "Habiliteringen Halmstad, Region Halland, psykolog", "April–juni 2025, varannan vecka"),
        ("Läkemedelsgenomgång, sömnmedicin", "Regionen", "Maj 2025"),
        ("Ekonomi, hyreskontrakt och ansökan om bostadstillägg",
         "God man", "Inför inflyttning, senast 2025-06-30"),
        ("Hjälp med packning och flytt", "Mamma", "Vid inflyttning"),
    ]
    tb2 = doc.add_table(rows=1, cols=3)
    tb2.style = "Table Grid"
    for i, hname in enumerate(("Insats", "Ansvarig verksamhet/funktion", "När")):
        cell_text(tb2.rows[0].cells[i], hname, bold=True, size=10)
        set_cell_shading(tb2.rows[0].cells[i], "DEEAF6")
    mark_header_row(tb2.rows[0])
    for r in rows:
        cells = tb2.add_row().cells
        for i, v in enumerate(r):
            cell_text(cells[i], v, size=10)
    set_col_widths(tb2, [8.0, 5.2, 3.4])
    doc.save(path("05", "docx"))


# ============================================================== 06 Treserva fpdf2
class TreservaPDF(FPDF):
    print_date = "2025-06-05 15:47"

    def header(self):
        self.set_font("DejaVu", "B", 11)
        self.cell(120, 6, "Treserva – Utskrift av SIP", new_x="RIGHT", new_y="TOP")
        self.set_font("DejaVu", "", 8)
        self.cell(0, 6, f"Utskriftsdatum: {self.print_date}", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.cell(120, 4, "Hylte kommun · Socialförvaltningen · Socialpsykiatri vuxen",
                  new_x="RIGHT", new_y="TOP")
        self.cell(0, 4, f"Sida {self.page_no()} ({{nb}})", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.cell(120, 4, "Person: Anna (A.)   XXXXXX-XXXX", new_x="RIGHT", new_y="TOP")
        self.cell(0, 4, "Sekretess enligt OSL 26 kap.", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        y = self.get_y() + 1
        self.line(self.l_margin, y, self.w - self.r_margin, y)
        self.ln(4)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.cell(0, 5, "Treserva – dokument SIP, id 2025-0612 – utskrift är en kopia",
                  align="C")


def plan06():
    pdf = TreservaPDF(format="A4")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(18, 15, 18)
    pdf.alias_nb_pages()
    pdf.set_creation_date(datetime.datetime(2025, 6, 5, 15, 47, tzinfo=datetime.timezone.utc))
    pdf.add_page()
    LW = 48  # label column

    def section(title):
        pdf.ln(2)
        pdf.set_font("DejaVu", "B", 10)
        pdf.set_fill_color(225, 230, 236)
        pdf.cell(0, 6, title, fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    def field(label, value):
        pdf.set_font("DejaVu", "B", 9)
        lab_lines = pdf.multi_cell(LW - 2, 4.8, label, align="L", dry_run=True,
                                   output="LINES")
        pdf.set_font("DejaVu", "", 9)
        val_w = pdf.w - pdf.r_margin - pdf.l_margin - LW
        val_lines = pdf.multi_cell(val_w, 4.8, value or " ", align="L", dry_run=True,
                                   output="LINES")
        h = 4.8 * max(len(lab_lines), len(val_lines))
        if pdf.get_y() + h > pdf.page_break_trigger:
            pdf.add_page()
        x0, y0 = pdf.l_margin, pdf.get_y()
        pdf.set_font("DejaVu", "B", 9)
        pdf.set_xy(x0, y0)
        pdf.multi_cell(LW - 2, 4.8, label, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 9)
        pdf.set_xy(x0 + LW, y0)
        pdf.multi_cell(val_w, 4.8, value or "", align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(y0 + h + 1.5)

    section("Dokument")
    field("Dokumenttyp", "SIP – Samordnad individuell plan")
    field("Status", "Fastställd")
    field("Mötesdatum", "2025-06-05")
    field("Mötesform", "Möte på Psykiatriska kliniken, Hallands sjukhus Halmstad, avd. 52; "
          "deltagare från Hylte kommun via Teams")
    field("Deltagare",
          "Anna\n"
          "Linda, socialsekreterare, Socialpsykiatrin, Hylte kommun\n"
          "Mattias, enhetschef boendestöd, Socialpsykiatrin, Hylte kommun\n"
          "Johanna, sjuksköterska, Psykiatriska kliniken avd. 52, Region Halland\n"
          "Ali, överläkare, Psykiatriska kliniken avd. 52, Region Halland\n"
          "Eva, sjuksköterska, Allmänpsykiatriska öppenvårdsmottagningen Halmstad, Region Halland")

    section("Bakgrund")
    field("Aktuell situation",
          "Anna är 45 år och bor ensam i lägenhet i Hyltebruk. Hon har en vuxen son som bor i "
          "Göteborg. Anna har haft återkommande depressioner sedan 20-årsåldern och har sedan "
          "2022 en insats i form av stödsamtal via socialpsykiatrin, som hon själv avslutade "
          "hösten 2024. Hon lades in på Psykiatriska kliniken i Halmstad 2025-05-12 efter en "
          "suicidal handling i hemmet i samband med att hon förlorade sitt arbete på ett "
          "industriföretag i kommunen. Under vårdtiden har hon fått ny medicinering och mått "
          "gradvis bättre, sover bättre och har börjat gå ut på promenader med personal. "
          "Hon planeras att skrivas ut 2025-06-10. Anna beskriver att hon är rädd för att "
          "ensamheten hemma ska göra att hon mår sämre igen och att hon inte har orkat öppna "
          "post eller betala räkningar sedan april.")
    field("Tidigare insatser",
          "Stödsamtal via socialpsykiatrin 2022–2024. Kontakt med vårdcentralen i Hyltebruk "
          "för förskrivning av antidepressiva fram till inläggningen.")

    section("Planering")
    field("Syfte med SIP",
          "Syftet är att samordna utskrivningen från Psykiatriska kliniken i Halmstad så att "
          "Anna inte står utan stöd när hon kommer hem till Hyltebruk, och att psykiatrin och "
          "socialpsykiatrin i Hylte är överens om hur kontakten ska se ut de första veckorna "
          "efter hemgång.")
    field("Frågeställningar", "")
    field("Den enskildes mål", "")
    field("Den enskildes delaktighet och synpunkter",
          "Anna deltog i mötet på avdelningen. Hon sa att hon tycker att det är jobbigt med "
          "många nya kontakter på en gång och att hon första veckan hellre vill bli uppringd "
          "än ha hembesök. Hon vill inte att sonen ska behöva ta ansvar för henne.")
    field("Samtycke", "Finns.")
    field("Insatser",
          "Fortsatt kontakt med vården.\n"
          "Stöd vid behov i vardagen.\n"
          "Fortsatt medicinering enligt ordination.")
    field("Ansvarig för insatserna", "")
    field("Andra aktörer",
          "Försäkringskassan är informerad om att Anna har varit inlagd.")
    field("Huvudansvarig för SIP",
          "Linda, socialsekreterare, Socialpsykiatrin, Hylte kommun")
    field("Uppföljning", "Uppföljning om ca tre månader. Kallelse skickas ut.")
    field("Övrigt",
          "Planen har lästs upp för Anna på mötet. Kopia lämnas till Anna vid utskrivningen "
          "och skickas till deltagarna.")

    section("Ansvarig handläggare")
    field("Upprättad av", "Socialsekreterare, Socialpsykiatrin, Hylte kommun")
    field("Signerad", "2025-06-05")

    # revision table
    section("Revisionshistorik")
    widths = [18, 26, 62, pdf.w - pdf.l_margin - pdf.r_margin - 18 - 26 - 62]
    head = ["Version", "Datum", "Ändrad av", "Ändring"]

    def rev_header():
        pdf.set_font("DejaVu", "B", 8.5)
        pdf.set_fill_color(240, 240, 240)
        for w, h in zip(widths, head):
            pdf.cell(w, 6, h, border=1, fill=True, new_x="RIGHT", new_y="TOP")
        pdf.ln(6)

    rev_header()
    revs = [
        ("0.1", "2025-06-03", "Socialsekreterare, Socialpsykiatrin", "Utkast skapat inför SIP-möte"),
        ("0.2", "2025-06-05", "Socialsekreterare, Socialpsykiatrin", "Mötesanteckningar och deltagare införda"),
        ("1.0", "2025-06-05", "Socialsekreterare, Socialpsykiatrin", "Fastställd och signerad"),
        ("1.1", "2025-06-05", "Administratör, Socialförvaltningen", "Rättad stavning i Bakgrund"),
    ]
    pdf.set_font("DejaVu", "", 8.5)
    for r in revs:
        if pdf.get_y() > pdf.h - 26:
            pdf.add_page()
            rev_header()
            pdf.set_font("DejaVu", "", 8.5)
        for w, v in zip(widths, r):
            pdf.cell(w, 6, v, border=1, new_x="RIGHT", new_y="TOP")
        pdf.ln(6)
    pdf.output(path("06", "pdf"))


# ============================================================== 07 follow-up struck
def plan07():
    doc = base_doc("Calibri", 11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Varbergs kommun  ·  Region Halland\tUppföljning SIP"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Genomstruken = avslutad insats. Blå text märkt NY = ny insats."
    fp.runs[0].font.size = Pt(8)

    doc.add_heading("Samordnad individuell plan – uppföljning", level=1)
    label_value(doc, "Barn:", "Liam, 10 år (XXXXXX-XXXX)")
    label_value(doc, "Datum för uppföljningsmöte:", "2025-09-16")
    label_value(doc, "Tidigare plan upprättad:", "2025-03-18")
    label_value(doc, "Plats:", "Påskbergsskolan, konferensrummet")

    doc.add_heading("Deltagare", level=2)
    parts = [
        ("Mamma", "Vårdnadshavare", "–"),
        ("Pappa", "Vårdnadshavare", "–"),
        ("Jenny", "Klasslärare/mentor åk 4", "Påskbergsskolan, Varbergs kommun"),
        ("Mikael", "Specialpedagog", "Elevhälsan, Påskbergsskolan"),
        ("Sanna", "Sjuksköterska", "BUP Varberg, Region Halland"),
        ("Elin", "Familjebehandlare", "IFO Varberg, enheten Barn och familj"),
    ]
    tb = doc.add_table(rows=1, cols=3)
    tb.style = "Table Grid"
    for i, h in enumerate(("Namn", "Funktion", "Verksamhet")):
        cell_text(tb.rows[0].cells[i], h, bold=True)
        set_cell_shading(tb.rows[0].cells[i], "E2EFD9")
    mark_header_row(tb.rows[0])
    for r in parts:
        cells = tb.add_row().cells
        for i, v in enumerate(r):
            cell_text(cells[i], v)
    set_col_widths(tb, [3.0, 5.6, 8.0])

    doc.add_heading("Syfte", level=2)
    doc.add_paragraph("Se tidigare plan.")

    doc.add_heading("Frågor inför mötet", level=2)
    for q in ("Har dosökningen av medicinen i augusti gjort någon skillnad för Liams "
              "koncentration på eftermiddagarna?",
              "Ska skolan utreda om Liam behöver undervisning i liten grupp en del av dagen?",
              "Vilket stöd finns för familjen när konflikterna hemma blir stora nu när "
              "familjebehandlingen har avslutats?"):
        doc.add_paragraph(q, style="List Bullet")

    doc.add_heading("Liams mål", level=2)
    doc.add_paragraph("Mamma har pratat med Liam före mötet. Han sa: ”Jag vill inte bli arg så "
                      "mycket på rasterna och jag vill ha en kompis att spela fotboll med.”")

    doc.add_heading("Liams delaktighet", level=2)
    doc.add_paragraph("Liam deltog inte i mötet. Föräldrarna förmedlade hans synpunkter: han "
                      "tycker att rasterna med vuxen har blivit bättre, men att det är jobbigt "
                      "att byta klassrum mitt på dagen.")

    doc.add_heading("Insatser", level=2)
    blue = RGBColor(0x1F, 0x4E, 0xC8)
    rows = [
        # (insats, ansvarig, när, status, kind) kind: old/ended/new
        ("Neuropsykiatrisk utredning (ADHD)", "BUP Varberg, psykolog och läkare",
         "Klar 2025-05", "Avslutad", "ended"),
        ("Läkemedelsbehandling med uppföljning av effekt, vikt och puls",
         "BUP Varberg, läkare och sjuksköterska",
         "Var tredje månad, nästa 2025-10-14", "Pågår", "old"),
        ("Föräldrarna ansöker om omvårdnadsbidrag hos Försäkringskassan",
         "Föräldrarna, med intyg från BUP", "April 2025", "Avslutad", "ended"),
        ("Familjebehandling i hemmet, 10 träffar", "IFO Varberg, familjebehandlare",
         "Mars–juni 2025", "Avslutad", "ended"),
        ("Rastaktivitet med vuxen och egen plats i matsalen",
         "Påskbergsskolan, rektor och fritidspersonal",
         "Fr.o.m. 2025-08-18, varje dag", "Pågår", "old"),
        ("Föräldrautbildning om ADHD, 6 träffar i grupp",
         "BUP Varberg, kurator", "Start 2025-10-02, torsdagar", "Ny", "new"),
        ("Kartläggning av behov av undervisning i liten grupp",
         "Elevhälsan", "", "Ny", "new"),
        ("Samtal med skolkurator om ilska och kompisrelationer",
         "Elevhälsan Påskbergsskolan, skolkurator", "Varannan vecka fr.o.m. 2025-09-22",
         "Ny", "new"),
    ]
    it = doc.add_table(rows=1, cols=4)
    it.style = "Table Grid"
    for i, h in enumerate(("Insats", "Ansvarig", "När", "Status")):
        cell_text(it.rows[0].cells[i], h, bold=True)
        set_cell_shading(it.rows[0].cells[i], "E2EFD9")
    mark_header_row(it.rows[0])
    for ins, ans, nar, status, kind in rows:
        cells = it.add_row().cells
        vals = [ins, ans, nar, status]
        for i, v in enumerate(vals):
            c = cells[i]
            c.text = ""
            p = c.paragraphs[0]
            if kind == "new" and i == 0:
                r0 = p.add_run("NY: ")
                r0.bold = True
                r0.font.color.rgb = blue
            r = p.add_run(v)
            if kind == "ended":
                r.font.strike = True
            if kind == "new":
                r.font.color.rgb = blue
    set_col_widths(it, [6.0, 4.6, 3.8, 2.2])

    doc.add_heading("Huvudansvar", level=2)
    doc.add_paragraph("Som tidigare.")

    doc.add_heading("Nästa uppföljning", level=2)
    doc.add_paragraph("2025-12-09 kl. 14.00 på Påskbergsskolan. Mentor bokar rum.")
    doc.save(path("07", "docx"))


# ============================================================== 08 consent form (not a plan)
def plan08():
    doc = base_doc("Arial", 10)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Halmstads kommun, Socialförvaltningen  ·  Region Halland\tBlankett SIP 1"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Blanketten förvaras i akten hos den verksamhet som tagit emot samtycket. Version 2024-11"
    fp.runs[0].font.size = Pt(7)

    t = doc.add_paragraph()
    r = t.add_run("Samtycke till samordnad individuell plan (SIP)")
    r.bold = True
    r.font.size = Pt(15)
    doc.add_paragraph(
        "En samordnad individuell plan (SIP) görs när du har behov av insatser från både "
        "kommunen och regionen. För att verksamheterna ska kunna prata med varandra och ta "
        "fram en SIP tillsammans med dig behövs ditt samtycke, eftersom uppgifterna annars "
        "omfattas av sekretess.")

    bold_para(doc, "1. Personuppgifter")
    pt = doc.add_table(rows=2, cols=2)
    pt.style = "Table Grid"
    cell_text(pt.cell(0, 0), "Namn\nSofia")
    cell_text(pt.cell(0, 1), "Personnummer\nXXXXXX-XXXX")
    cell_text(pt.cell(1, 0), "Telefon\n070-XXX XX XX")
    cell_text(pt.cell(1, 1), "Företrädare (vårdnadshavare/god man/förvaltare)\n–")

    bold_para(doc, "2. Jag samtycker till att följande verksamheter får lämna och ta emot "
                   "uppgifter om mig inför och under arbetet med min SIP")
    units = [
        (True, "Individ- och familjeomsorgen, vuxenenheten, Halmstads kommun"),
        (True, "Allmänpsykiatriska öppenvårdsmottagningen Halmstad, Region Halland"),
        (True, "Vårdcentralen Andersberg, Region Halland"),
        (True, "Beroendemottagningen Halmstad, Region Halland"),
        (False, "Socialpsykiatrin/boendestöd, Halmstads kommun"),
        (True, "Arbetsförmedlingen"),
        (False, "Försäkringskassan"),
        (False, "Annan: ……………………………"),
    ]
    for checked, name in units:
        p = doc.add_paragraph(("☒ " if checked else "☐ ") + name)
        p.paragraph_format.space_after = Pt(1)

    bold_para(doc, "3. Uppgifter som får lämnas")
    kinds = [
        (True, "Aktuell situation och behov"),
        (True, "Pågående och planerade insatser"),
        (True, "Diagnoser och läkemedel som har betydelse för planeringen"),
        (False, "Utdrag ur journal/akt i sin helhet"),
    ]
    for checked, name in kinds:
        p = doc.add_paragraph(("☒ " if checked else "☐ ") + name)
        p.paragraph_format.space_after = Pt(1)

    bold_para(doc, "4. Giltighet")
    doc.add_paragraph("Samtycket gäller från underskrift till och med 2025-12-31, eller tills "
                      "den samordnade individuella planen avslutas om det sker tidigare.")
    p = doc.add_paragraph("☒ Jag vill själv delta i SIP-mötet     ☐ Jag vill att en närstående deltar i mitt ställe")

    bold_para(doc, "5. Återkallelse av samtycket")
    doc.add_paragraph(
        "Du kan när som helst ta tillbaka ditt samtycke, helt eller för en viss verksamhet. "
        "Det gör du muntligt eller skriftligt till någon av verksamheterna ovan. Den som tar "
        "emot återkallelsen dokumenterar det och informerar de övriga verksamheterna. "
        "Uppgifter som redan har lämnats kan inte tas tillbaka, men inga nya uppgifter lämnas "
        "efter återkallelsen.")

    bold_para(doc, "6. Underskrift")
    st = doc.add_table(rows=2, cols=2)
    st.style = "Table Grid"
    cell_text(st.cell(0, 0), "Datum\n2025-05-14")
    cell_text(st.cell(0, 1), "Underskrift\n[signerad]")
    cell_text(st.cell(1, 0), "Namnförtydligande\nSofia")
    cell_text(st.cell(1, 1), "Samtycket mottaget av (funktion, verksamhet)\n"
                             "Socialsekreterare, vuxenenheten IFO Halmstad")
    doc.add_paragraph()
    doc.add_paragraph("Kopia på blanketten har lämnats till den enskilde ☒").runs[0].font.size = Pt(9)
    doc.save(path("08", "docx"))


def main():
    os.makedirs(OUT, exist_ok=True)
    plan01()
    plan02()
    plan03()
    plan04()
    plan05()
    plan06()
    plan07()
    plan08()
    print("done:", sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()
