#!/usr/bin/env python
"""Generate batch fresh-105b: fictional anonymized SIP plans, Region Norrbotten.

Run: /work/batches/.venv/bin/python generate.py
Writes plans/f105b-01 ... f105b-08. Intermediate files (.html, .docx for PDFs) go to build/.
Deterministic: fixed texts and dates, no randomness.
"""
import os
import shutil
import subprocess

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor, Twips

HERE = os.path.dirname(os.path.abspath(__file__))
PLANS = os.path.join(HERE, "plans")
BUILD = os.path.join(HERE, "build")
PREFIX = "f105b"
LO_PROFILE = "file:///tmp/lo-f105b"


def out(n, ext):
    return os.path.join(PLANS, f"{PREFIX}-{n:02d}.{ext}")


def save_docx(doc, path):
    """Save and rewrite the zip with fixed timestamps so reruns give identical files."""
    import datetime
    import zipfile
    doc.core_properties.created = datetime.datetime(2025, 1, 1, 8, 0, 0)
    doc.core_properties.modified = datetime.datetime(2025, 1, 1, 8, 0, 0)
    doc.core_properties.author = ""
    doc.core_properties.last_modified_by = ""
    doc.save(path)
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def soffice_pdf(src, target):
    """Convert src with LibreOffice into BUILD and move the pdf to target."""
    subprocess.run(
        ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
         "--convert-to", "pdf", "--outdir", BUILD, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    produced = os.path.join(BUILD, os.path.splitext(os.path.basename(src))[0] + ".pdf")
    shutil.move(produced, target)


# ---------------------------------------------------------------- docx helpers

def base_doc(font="Calibri", size=11):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    for s in ("Heading 1", "Heading 2", "Heading 3", "Title"):
        doc.styles[s].font.name = font
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
    return doc


def shade(cell, hexcolor):
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


def cell_text(cell, text, bold=False, size=None, color=None):
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
        if color:
            r.font.color.rgb = color
    return cell


def para_shading_border(p, fill, border="A6A6A6"):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        e = OxmlElement(f"w:{side}")
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "4")
        e.set(qn("w:space"), "2")
        e.set(qn("w:color"), border)
        bdr.append(e)
    pPr.append(bdr)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    pPr.append(shd)


def add_field(paragraph, instr, size=8):
    """Insert a simple field (PAGE / NUMPAGES) into a paragraph."""
    r = paragraph.add_run()
    r.font.size = Pt(size)
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    r._r.append(f1)
    r2 = paragraph.add_run()
    r2.font.size = Pt(size)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    r2._r.append(it)
    r3 = paragraph.add_run()
    r3.font.size = Pt(size)
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    r3._r.append(f2)
    r4 = paragraph.add_run("1")
    r5 = paragraph.add_run()
    r5.font.size = Pt(size)
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    r5._r.append(f3)
    return r4


def page_footer(section, left_text, size=8):
    from docx.enum.text import WD_TAB_ALIGNMENT
    p = section.footer.paragraphs[0]
    p.text = ""
    width = section.page_width - section.left_margin - section.right_margin
    ts = p.paragraph_format.tab_stops
    ts.add_tab_stop(Twips(4680), WD_TAB_ALIGNMENT.CLEAR)  # Footer style defaults
    ts.add_tab_stop(Twips(9360), WD_TAB_ALIGNMENT.CLEAR)
    ts.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    r = p.add_run(left_text + "\tSida ")
    r.font.size = Pt(size)
    add_field(p, "PAGE", size).font.size = Pt(size)
    r = p.add_run(" av ")
    r.font.size = Pt(size)
    add_field(p, "NUMPAGES", size).font.size = Pt(size)


def col_widths(table, widths_cm):
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


# =============================================================== 01 web form
def plan01():
    """Web form printed to PDF via LibreOffice; radio buttons as ○/●."""

    def radio(q, ja, nej):
        a = "●" if ja else "○"
        b = "●" if nej else "○"
        return (f'<tr><td width="62%"><font size="2">{q}</font></td>'
                f'<td><font size="2">Ja {a}&nbsp;&nbsp;&nbsp;&nbsp;Nej {b}</font></td></tr>')

    def box(label, content, hint=""):
        body = content.replace("\n", "<br>") if content else "&nbsp;<br>&nbsp;"
        h = f'<br><font size="1" color="#6b6b6b">{hint}</font>' if hint else ""
        return (f'<p style="margin-bottom:2px"><font size="2"><b>{label}</b></font>{h}</p>'
                f'<table width="100%" border="1" cellpadding="5" cellspacing="0" '
                f'bordercolor="#9aa5b1"><tr><td bgcolor="#ffffff"><font size="2">{body}</font>'
                f'</td></tr></table>')

    rows_radio = "".join([
        radio("Har personen fått information om vad en SIP innebär?", True, False),
        radio("Har personen lämnat samtycke till SIP?", True, False),
        radio("Deltar personen själv på mötet?", True, False),
        radio("Deltar närstående på mötet?", False, True),
        radio("Behövs tolk?", False, True),
        radio("Finns god man eller förvaltare?", False, False),
        radio("Berörs andra aktörer, t.ex. Försäkringskassan eller Arbetsförmedlingen?", False, False),
        radio("Finns en upprättad krisplan?", False, False),
    ])

    insats_rows = [
        ("Boendestöd två gånger i veckan (måndag och torsdag) med fokus på post, räkningar och struktur i vardagen",
         "Boendestödjare Anna-Karin, Socialtjänsten Luleå, socialpsykiatri", "Från 2025-03-10"),
        ("Budget- och skuldrådgivning: genomgång av skulderna och upprätta en avbetalningsplan för hyresskulden",
         "Budget- och skuldrådgivningen, Luleå kommun", "Första besök 2025-03-20"),
        ("Depåinjektion var fjärde vecka samt uppföljning av biverkningar",
         "Sjuksköterska Johan, Vuxenpsykiatrin Luleå", "Nästa 2025-03-13, därefter var 4:e vecka"),
        ("Samtalskontakt med fokus på stresshantering och tidiga tecken på försämring",
         "Kurator Sara, Vuxenpsykiatrin Luleå", ""),
        ("Prövning av ekonomiskt bistånd för hyran i april",
         "Handläggare Lena, Socialtjänsten Luleå, ekonomiskt bistånd", "Beslut senast 2025-03-25"),
    ]
    tr = "".join(
        f'<tr><td valign="top"><font size="2">{a}</font></td><td valign="top"><font size="2">{b}</font></td>'
        f'<td valign="top"><font size="2">{c if c else "&nbsp;"}</font></td>'
        f'<td valign="top" align="center"><font size="2" color="#1f5f99">Ändra</font></td></tr>'
        for a, b, c in insats_rows)

    html = f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8">
<title>SIP Norrbotten – Samordnad individuell plan</title>
<style>
body {{ font-family: 'DejaVu Sans', Arial, sans-serif; color:#222; }}
h1 {{ font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 15pt; color:#1f3d5c; margin-bottom:2px; }}
h2 {{ font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 11.5pt; color:#1f3d5c; margin-top:14px; margin-bottom:4px; }}
</style></head>
<body>
<table width="100%" cellpadding="2" cellspacing="0"><tr>
<td><font size="1" color="#555555">2025-03-06 15:44</font></td>
<td align="center"><font size="1" color="#555555">SIP Norrbotten – Samordnad individuell plan</font></td>
<td align="right"><font size="1" color="#555555">1/3</font></td></tr></table>
<table width="100%" cellpadding="8" cellspacing="0" bgcolor="#1f3d5c"><tr>
<td><font color="#ffffff" size="3"><b>SIP Norrbotten</b></font>
<font color="#c9d6e3" size="2">&nbsp;&nbsp;e-tjänst för samordnad individuell plan · Norrbottens kommuner och Region Norrbotten</font></td>
<td align="right"><font color="#ffffff" size="1">Inloggad: Sara&nbsp;&nbsp;|&nbsp;&nbsp;Logga ut</font></td></tr></table>
<p><font size="1" color="#1f5f99">Start &gt; Mina planer &gt; Plan 2025-0318 &gt; Redigera</font></p>
<h1>Samordnad individuell plan (SIP)</h1>
<p><font size="2" color="#6b6b6b">Fält markerade med * är obligatoriska. Planen sparas automatiskt.</font></p>

<h2>1. Uppgifter om personen och mötet</h2>
<table width="100%" border="1" cellpadding="5" cellspacing="0" bordercolor="#9aa5b1">
<tr><td width="30%" bgcolor="#eef2f6"><font size="2">Namn *</font></td><td><font size="2">M.</font></td></tr>
<tr><td bgcolor="#eef2f6"><font size="2">Personnummer *</font></td><td><font size="2">XXXXXX-XXXX</font></td></tr>
<tr><td bgcolor="#eef2f6"><font size="2">Folkbokföringskommun</font></td><td><font size="2">Luleå</font></td></tr>
<tr><td bgcolor="#eef2f6"><font size="2">Datum för mötet *</font></td><td><font size="2">2025-03-06</font></td></tr>
<tr><td bgcolor="#eef2f6"><font size="2">Plats</font></td><td><font size="2">Vuxenpsykiatrin Luleå, mottagning 2</font></td></tr>
<tr><td bgcolor="#eef2f6"><font size="2">Typ av möte</font></td><td><font size="2">● Första SIP-möte&nbsp;&nbsp;&nbsp;○ Uppföljning</font></td></tr>
</table>

<h2>2. Inför mötet</h2>
<table width="100%" border="1" cellpadding="5" cellspacing="0" bordercolor="#9aa5b1">
{rows_radio}
<tr><td><font size="2">Datum då samtycke lämnades</font></td><td><font size="2">&nbsp;</font></td></tr>
</table>

<h2>3. Deltagare</h2>
{box("Vilka deltar på mötet? *", "M.<br>Sara, kurator<br>Johan, sjuksköterska<br>Anna-Karin, boendestödjare<br>Lena, handläggare", "Ange namn, funktion och verksamhet")}

<h2>4. Syfte och frågeställningar</h2>
{box("Syfte med SIP *", "Syftet med planen är att samordna vuxenpsykiatrins och socialtjänstens insatser efter M:s vårdtillfälle på psykiatriska kliniken i november–december 2024, så att M. kan bo kvar i sin lägenhet och få hjälp att reda ut hyresskulden och de obetalda räkningarna innan situationen blir akut igen.")}
<br>
{box("Frågeställningar inför mötet", "", "Vilka frågor ska mötet ta ställning till?")}

<h2>5. Bakgrund och nuläge</h2>
{box("Kort beskrivning av situationen", "M. är 34 år och har en schizofrenidiagnos sedan 2019. Han vårdades inneliggande på psykiatriska kliniken, Sunderby sjukhus, under sex veckor i slutet av 2024 efter ett återinsjuknande med hörselhallucinationer och förföljelseidéer. Inför insjuknandet hade han slutat ta sin medicin och slutat öppna posten. Han bor ensam i en hyreslägenhet i Luleå. Det finns en hyresskuld motsvarande två månadshyror och flera obetalda fakturor och inkassokrav. Sedan januari har M. ekonomiskt bistånd. Han är i dag stabil i sitt mående men beskriver att han blir stressad av brev och telefonsamtal.")}

<h2>6. Personens synpunkter och mål</h2>
{box("Personens egna synpunkter", "M. vill bo kvar i sin lägenhet och vill inte flytta till något boende. Han tycker att det är jobbigt med brev och räkningar och vill ha hjälp med det hemma. Han vill helst träffa samma personal och inte behöva berätta sin historia flera gånger. Han är tveksam till depåinjektion men går med på att fortsätta tills vidare.")}
<br>
{box("Mål *", "Målet är att M. ska kunna bo kvar i sin lägenhet och att hans ekonomi ska bli hanterbar. M. ska ta sin medicin regelbundet och undvika ett nytt vårdtillfälle.", "Personens mål, gärna med egna ord")}

<h2>7. Insatser – vem gör vad och när</h2>
<table width="100%" border="1" cellpadding="5" cellspacing="0" bordercolor="#9aa5b1">
<tr bgcolor="#dde5ee"><td width="38%"><font size="2"><b>Insats</b></font></td><td width="32%"><font size="2"><b>Ansvarig (verksamhet/funktion)</b></font></td>
<td width="22%"><font size="2"><b>När</b></font></td><td width="8%"><font size="2">&nbsp;</font></td></tr>
{tr}
</table>
<p><font size="2" color="#1f5f99">+ Lägg till insats</font></p>

<h2>8. Ansvar och uppföljning</h2>
<table width="100%" border="1" cellpadding="5" cellspacing="0" bordercolor="#9aa5b1">
<tr><td width="38%" bgcolor="#eef2f6"><font size="2">Huvudansvarig för planen (namn, funktion, verksamhet)</font></td><td><font size="2">&nbsp;</font></td></tr>
<tr><td bgcolor="#eef2f6"><font size="2">Datum för uppföljning *</font></td><td><font size="2">2025-05-08 kl. 13.00</font></td></tr>
<tr><td bgcolor="#eef2f6"><font size="2">Plats för uppföljning</font></td><td><font size="2">Vuxenpsykiatrin Luleå, mottagning 2</font></td></tr>
<tr><td bgcolor="#eef2f6"><font size="2">Planen skickas till personen</font></td><td><font size="2">Ja ● Nej ○</font></td></tr>
</table>

<p><font size="1" color="#6b6b6b">Status: Sparad (ej signerad) · Senast ändrad 2025-03-06 15:41 av Sara</font></p>
<table cellpadding="6" cellspacing="4"><tr>
<td bgcolor="#1f3d5c"><font color="#ffffff" size="2">&nbsp;Spara&nbsp;</font></td>
<td bgcolor="#e3e7eb"><font size="2">&nbsp;Skriv ut&nbsp;</font></td>
<td bgcolor="#e3e7eb"><font size="2">&nbsp;Skicka för signering&nbsp;</font></td></tr></table>
</body></html>
"""
    src = os.path.join(BUILD, f"{PREFIX}-01.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html)
    soffice_pdf(src, out(1, "pdf"))


# =============================================================== 02 org mode
def plan02():
    def tagline(head, tag, width=77):
        pad = max(1, width - len(head) - len(tag))
        return head + " " * pad + tag

    lines = [
        "#+TITLE: SIP K. – Boden",
        "#+AUTHOR: Anna",
        "#+DATE: <2025-02-20 tor>",
        "#+STARTUP: overview",
        "#+TODO: TODO PÅGÅR | KLART AVBRUTET",
        "#+FILETAGS: :sip:boden:",
        "",
        tagline("* Mötet", ":möte:"),
        "  :PROPERTIES:",
        "  :DATUM:    2025-02-20",
        "  :PLATS:    Hälsocentralen Boden, samtalsrum 3",
        "  :SAMTYCKE: muntligt på mötet 2025-02-20, skriftligt samtycke inskannat 2025-02-21",
        "  :END:",
        "** Närvarande",
        "   - K.",
        "   - Anna",
        "   - Maja",
        "   - Petra",
        "   - Birgitta",
        "",
        "* Syfte",
        "  Samordning.",
        "",
        "* Bakgrund",
        "  K. är 47 år och har haft bipolär sjukdom sedan 20-årsåldern. Hon skildes i",
        "  höstas och bor nu ensam i en lägenhet i Boden centrum. Sjukskriven från",
        "  jobbet i butik sedan november 2024. Under vintern en depressiv period med",
        "  mycket sömn, svårt att handla och laga mat, disk och tvätt har blivit",
        "  liggande. Inga tankar på att ta sitt liv enligt K. själv och enligt",
        "  bedömning på Vuxenpsykiatrin Boden 2025-02-03. Dricker vin några kvällar i",
        "  veckan, mer än tidigare, vilket hon själv tar upp.",
        "",
        tagline("* K:s egna ord", ":delaktighet:"),
        "  #+begin_quote",
        "  Jag vill orka gå upp på morgonen och kunna hålla ordning hemma själv igen.",
        "  Och jag vill tillbaka till jobbet, men inte för fort.",
        "  #+end_quote",
        "  K. var med hela mötet. Hon vill helst ha stödet hemma och inte behöva åka",
        "  till fler mottagningar än nödvändigt. Hon vill att systern Eva får veta hur",
        "  planen ser ut och att Eva får vara med nästa gång.",
        "",
        "* Insatser",
        tagline("** TODO Boendestöd två gånger i veckan", ":kommun:"),
        "   SCHEDULED: <2025-03-04 tis>",
        "   :PROPERTIES:",
        "   :ANSVARIG: boendestödjare Anna, Socialtjänsten Boden",
        "   :END:",
        "   Tisdagar och fredagar förmiddag. Fokus på dygnsrytm, inköp, matlagning och",
        "   att komma ut en promenad tillsammans.",
        "",
        tagline("** TODO Läkarbesök, utvärdering av litiumdos", ":region:"),
        "   SCHEDULED: <2025-03-06 tor>",
        "   :PROPERTIES:",
        "   :ANSVARIG: läkare, Vuxenpsykiatrin Boden",
        "   :END:",
        "   Litiumprov tas på Hälsocentralen Boden veckan innan.",
        "",
        tagline("** PÅGÅR Samtal om alkohol, AUDIT och återfallsprevention", ":region:"),
        "   SCHEDULED: <2025-03-11 tis>",
        "   :PROPERTIES:",
        "   :ANSVARIG: sjuksköterska Petra, Vuxenpsykiatrin Boden",
        "   :END:",
        "   Var tredje vecka, första samtalet hölls 2025-02-18.",
        "",
        tagline("** TODO Rehabkoordinering och plan för återgång i arbete", ":region:"),
        "   SCHEDULED: <2025-03-12 ons>",
        "   :PROPERTIES:",
        "   :ANSVARIG: rehabkoordinator Maja, Hälsocentralen Boden",
        "   :END:",
        "",
        tagline("** TODO Läkemedelsgenomgång", ":region:"),
        "   :PROPERTIES:",
        "   :ANSVARIG: Regionen",
        "   :END:",
        "   Ingen tid bokad ännu.",
        "",
        tagline("** TODO Ansöka om fortsatt sjukpenning", ":fk:"),
        "   DEADLINE: <2025-03-14 fre>",
        "   :PROPERTIES:",
        "   :ANSVARIG: K. själv, Anna hjälper till med blanketten",
        "   :END:",
        "   Försäkringskassans handläggare kallar därefter till avstämningsmöte med",
        "   K. och Maja.",
        "",
        tagline("** TODO Följa med på läkarbesöket 6/3", ":närstående:"),
        "   SCHEDULED: <2025-03-06 tor>",
        "   :PROPERTIES:",
        "   :ANSVARIG: systern Eva",
        "   :END:",
        "",
        tagline("** KLART Ansökan om boendestöd", ":kommun:"),
        "   CLOSED: [2025-02-14 fre 10:12]",
        "   :PROPERTIES:",
        "   :ANSVARIG: handläggare Birgitta, Socialtjänsten Boden",
        "   :END:",
        "   Beviljat 2025-02-14.",
        "",
        tagline("* TODO Uppföljning", ":alla:"),
        "  Nytt SIP-möte i maj. Tid bokas senare.",
        "",
    ]
    with open(out(2, "txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines))


# =============================================================== 03 kanban docx
def plan03():
    doc = base_doc("Calibri", 10.5)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin = sec.bottom_margin = Cm(1.6)
    hp = sec.header.paragraphs[0]
    hp.text = "Socialtjänsten Kiruna, barn och unga\tSIP – arbetsplan\tSekretess enligt OSL 26 kap."
    for r in hp.runs:
        r.font.size = Pt(8)
        r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    page_footer(sec, "Utskrift 2025-02-27")

    h = doc.add_heading("Samordnad individuell plan (SIP) – arbetsplan", level=1)
    p = doc.add_paragraph()
    r = p.add_run("Insatserna följs på en tavla: Att göra – Pågår – Klart. Korten flyttas vid varje avstämning.")
    r.italic = True
    r.font.size = Pt(9)

    info = doc.add_table(rows=2, cols=4)
    info.style = "Table Grid"
    vals = [("Namn", "E."), ("Födelsedatum", "ÅÅMMDD-XXXX"),
            ("Datum för möte", "2025-02-26"), ("Plats", "Socialtjänsten Kiruna, mötesrum Luossa")]
    for i, (k, v) in enumerate(vals):
        rr, cc = divmod(i, 2)
        cell_text(info.cell(rr, cc * 2), k, bold=True)
        shade(info.cell(rr, cc * 2), "E7EEF5")
        cell_text(info.cell(rr, cc * 2 + 1), v)
    col_widths(info, [3.5, 9.0, 3.5, 9.0])

    doc.add_heading("Syfte", level=2)
    doc.add_paragraph(
        "Syftet är att samordna socialtjänstens öppenvård, BUP och gymnasieskolans insatser kring E:s "
        "cannabisbruk och stora frånvaro under hösten, så att familjen och alla verksamheter vet vem som "
        "gör vad och inte arbetar åt olika håll.")

    doc.add_heading("Frågor till mötet", level=2)
    for q in ["Hur ska E. komma tillbaka till skolan efter sportlovet – hela dagar eller ett anpassat schema?",
              "Behöver E. utredas för ADHD, och vem gör i så fall det?",
              "Hur ska drogtesterna göras så att de inte krockar med skoltiden?"]:
        doc.add_paragraph(q, style="List Bullet")

    doc.add_heading("Delaktighet och samtycke", level=2)
    doc.add_paragraph("E. deltog i mötet tillsammans med mamma.")
    doc.add_paragraph("Samtycke finns.")

    doc.add_heading("Deltagare", level=2)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, hd in enumerate(["Namn", "Funktion", "Verksamhet"]):
        cell_text(t.rows[0].cells[i], hd, bold=True)
        shade(t.rows[0].cells[i], "D9E2EC")
    repeat_header(t.rows[0])
    for row in [("E.", "", ""), ("Mamma", "Vårdnadshavare", ""),
                ("Sofia", "Socialsekreterare", "Socialtjänsten Kiruna, barn och unga"),
                ("Niklas", "Behandlare öppenvård", "Socialtjänsten Kiruna, barn och unga"),
                ("Ida", "Psykolog", "BUP Kiruna"),
                ("Per", "Mentor", "Hjalmar Lundbohmsskolan, Kiruna"),
                ("Helena", "Skolkurator", "Elevhälsan, Kiruna kommun")]:
        c = t.add_row().cells
        for i, v in enumerate(row):
            cell_text(c[i], v)
    col_widths(t, [5, 7, 12])

    doc.add_heading("Insatser – tavla", level=2)
    k = doc.add_table(rows=2, cols=3)
    k.style = "Table Grid"
    k.alignment = WD_TABLE_ALIGNMENT.CENTER
    heads = [("Att göra", "F4CCCC"), ("Pågår", "FFF2CC"), ("Klart", "D9EAD3")]
    for i, (hd, col) in enumerate(heads):
        cell_text(k.rows[0].cells[i], hd, bold=True, size=12)
        k.rows[0].cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        shade(k.rows[0].cells[i], col)
    repeat_header(k.rows[0])
    cards = [
        ["ADHD-screening och bedömning – Ida, psykolog, BUP Kiruna – v. 14",
         "Anpassat schema, halvdagar vecka 1–3 efter sportlovet – Per, mentor, Hjalmar Lundbohmsskolan – v. 11",
         "Urinprovskontroller – Regionen",
         "Bedöma behov av stöd i matematik och svenska – Helena, skolkurator, Elevhälsan – v. 13"],
        ["Samtal om droger enligt MI, en gång i veckan – Niklas, behandlare, Socialtjänsten Kiruna, barn och unga – v. 9–20",
         "Väcka E. och skjutsa till skolan första lektionen – mamma – från v. 11",
         "Samtal med skolkurator varannan vecka – Helena, skolkurator, Elevhälsan – v. 9",
         "Föräldrastöd, tre träffar – Niklas, behandlare, Socialtjänsten Kiruna, barn och unga – v. 10"],
        ["Utredning enligt SoL 11 kap. 1 § avslutad, öppenvård beviljad – Sofia, socialsekreterare – v. 7",
         "Första besök BUP, nybesök – Ida, psykolog, BUP Kiruna – v. 8",
         "Ansökan om ändrad studiegång – Per, mentor, Hjalmar Lundbohmsskolan – v. 8"],
    ]
    fills = ["FCE8E8", "FFF8E1", "EEF6EA"]
    for i, col in enumerate(cards):
        cell = k.rows[1].cells[i]
        cell.text = ""
        for j, card in enumerate(col):
            p = cell.paragraphs[0] if j == 0 else cell.add_paragraph()
            p.paragraph_format.space_after = Pt(6)
            para_shading_border(p, fills[i])
            r = p.add_run(card)
            r.font.size = Pt(9.5)
    col_widths(k, [8.5, 8.5, 8.5])

    doc.add_heading("Övriga aktörer", level=2)
    doc.add_paragraph("Mamma väcker E. och skjutsar honom till skolan till första lektionen från vecka 11 "
                      "(se kort under Pågår). Pappa bor i Luleå och har informerats om planen av mamma.")

    doc.add_heading("Huvudansvar och uppföljning", level=2)
    p = doc.add_paragraph()
    p.add_run("Huvudansvar: ").bold = True
    p.add_run("Socialtjänsten Kiruna")
    p = doc.add_paragraph()
    p.add_run("Uppföljning: ").bold = True
    p.add_run("v. 22, tavlan gås igenom varannan vecka på E:s öppenvårdssamtal.")

    save_docx(doc, out(3, "docx"))


# =============================================================== 04 markdown footnotes
def plan04():
    md = """# Samordnad individuell plan – S.

**Datum:** 2025-02-13  
**Plats:** hemma hos S., Piteå  
**Berörda:** Piteå kommun och Region Norrbotten

## Bakgrund

S. är 26 år och har diagnosen autism och generaliserat ångestsyndrom. Hon bor i egen lägenhet i
Piteå sedan tre år. Efter gymnasiet har hon inte haft någon sysselsättning och är mest hemma.
Hon har svårt med telefonsamtal och nya miljöer, och under hösten har hon missat flera besök
på Vuxenpsykiatrin Piteå för att hon inte klarat av att ta bussen. Ätandet är oregelbundet och
hon sover dåligt. Hon har själv hört av sig till kommunens LSS-handläggare och frågat om
daglig verksamhet.

## Frågor till mötet

- Har S. rätt till daglig verksamhet enligt LSS, och i så fall var finns en lugn plats?
- Hur ska S. få behandling för ångesten när hon inte klarar att åka till mottagningen?
- Vem hjälper S. med alla kontakter och blanketter så att hon slipper ringa själv?

## S:s mål

> ”Jag vill ha något att gå till några dagar i veckan, där det är lugnt och samma
> människor varje gång. Och jag vill slippa ringa till en massa ställen själv.”

## S:s syn på stödet

S. var med på hela mötet, som vi höll hemma hos henne eftersom det var hennes önskemål.
Hon vill inte träffa för många nya personer och vill få information skriftligt i förväg,
gärna via sms eller brev, inte telefon. Hon tycker att videosamtal med psykolog kan fungera
om hon får prova först. Hon vill inte ha hemtjänst, bara boendestöd.

## Samtycke

S. har samtyckt till SIP.

## Insatser

- Boendestöd tre dagar i veckan, fokus på måltider, dygnsrytm och att öppna posten[^1]
- Utredning och beslut om daglig verksamhet enligt LSS 9 § 10[^2]
- Studiebesök på två dagliga verksamheter, Pilen och Ateljé Norrfjärden[^3]
- Samtalsbehandling (KBT) för ångest, delvis via videobesök[^4]
- Läkemedelsuppföljning och bedömning av sömnen[^5]

## Huvudansvar

Huvudansvarig för planen är LSS-handläggare Maria, Socialtjänsten Piteå.

## Övrigt

Försäkringskassan och Arbetsförmedlingen kan bli aktuella längre fram, beroende på hur det
går med daglig verksamhet.

Vi ses igen efter sommaren.

/Maria

[^1]: Boendestödjare Lina, Socialtjänsten Piteå, från 2025-03-01.
[^2]: LSS-handläggare Maria, Socialtjänsten Piteå, beslut senast 2025-04-15.
[^3]: Boendestödjare Lina följer med, vecka 11 och vecka 12.
[^4]: Psykolog, Vuxenpsykiatrin Piteå.
[^5]: Läkare, Vuxenpsykiatrin Piteå, videobesök 2025-03-20.
"""
    with open(out(4, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# =============================================================== 05 tsv wide
def plan05():
    fields = [
        ("Namn", "T."),
        ("Datum", "2025-01-22"),
        ("Syfte", "Syftet är att samordna skolans, BUP:s och socialtjänstens stöd så att T. stegvis kan "
                  "komma tillbaka till undervisningen efter att ha varit hemma nästan helt sedan höstlovet, "
                  "och så att familjen slipper ha kontakt med alla var för sig."),
        ("Frågeställningar", "Diskutera läget."),
        ("Mål", "Målet är att T. ska vara i skolan minst tre halvdagar i veckan innan sportlovet och ha "
                "en fungerande dygnsrytm."),
        ("Personnummer", "XXXXXX-XXXX"),
        ("Plats", "Elevhälsan, Kalix kommun"),
        ("Deltagare", "T., mamma, pappa, Kristina, Jonas, Helen, Mattias"),
        ("Barnets synpunkter", ""),
        ("Vårdnadshavares synpunkter", ""),
        ("Samtycke", ""),
        ("Nuläge", "T. är 13 år och går i årskurs 7. Hon har haft magont och ångest på morgnarna sedan "
                   "början av höstterminen och har sedan höstlovet bara varit i skolan enstaka timmar. "
                   "Hon sover på dagarna och är vaken på nätterna, har svårt att äta frukost och blir "
                   "illamående när hon ska gå hemifrån. BUP Kalix har efter bedömning i december satt "
                   "diagnosen ångestsyndrom UNS. Skolan har gjort en kartläggning av frånvaron. "
                   "Föräldrarna är separerade och T. bor växelvis hos dem i Kalix, varannan vecka."),
        ("Insatser kommun", "Fortsatt kontakt med elevhälsan. Stöd vid behov."),
        ("Insatser region", "Fortsatt kontakt med BUP."),
        ("Andra aktörer", ""),
        ("Ansvarig", "Kommunen och Regionen"),
        ("Tidpunkt", "Löpande"),
        ("Huvudansvarig", ""),
        ("Dokumenterad av", "Kristina"),
        ("Uppföljning", ""),
    ]
    assert len(fields) == 20
    header = "\t".join(k for k, _ in fields)
    row = "\t".join(v for _, v in fields)
    data = header + "\r\n" + row + "\r\n"
    with open(out(5, "txt"), "wb") as f:
        f.write(data.encode("cp1252"))


# =============================================================== 06 follow-up traffic light
def plan06():
    doc = base_doc("Arial", 10)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Gällivare kommun · Socialtjänsten, vuxenenheten\tUppföljning SIP"
    for r in hp.runs:
        r.font.size = Pt(8)
    page_footer(sec, "Dokumentet innehåller sekretessuppgifter")

    t = doc.add_paragraph()
    r = t.add_run("UPPFÖLJNING AV SAMORDNAD INDIVIDUELL PLAN (SIP)")
    r.bold = True
    r.font.size = Pt(14)

    info = doc.add_table(rows=4, cols=2)
    info.style = "Table Grid"
    for i, (k, v) in enumerate([
            ("Namn", "R."),
            ("Personnummer", "XXXXXX-XXXX"),
            ("Datum för uppföljningen", "2025-03-18, Vuxenpsykiatrin Gällivare"),
            ("Tidigare plan", "Upprättad 2024-12-19 i samband med utskrivning från psykiatrisk heldygnsvård, Sunderby sjukhus")]):
        cell_text(info.cell(i, 0), k, bold=True)
        shade(info.cell(i, 0), "EDEDED")
        cell_text(info.cell(i, 1), v)
    col_widths(info, [5, 11.6])

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Syfte: ").bold = True
    p.add_run("Uppföljning av SIP.")
    p = doc.add_paragraph()
    p.add_run("Samtycke: ").bold = True
    p.add_run("Se tidigare plan.")

    p = doc.add_paragraph()
    p.add_run("R:s egna ord").bold = True
    q = doc.add_paragraph()
    q.paragraph_format.left_indent = Cm(1)
    rr = q.add_run("”Jag vill inte hamna på avdelningen igen. Jag vill klara mig hemma och kunna åka ut och "
                   "fiska i sommar.”")
    rr.italic = True
    p = doc.add_paragraph()
    p.add_run("R:s synpunkter").bold = True
    doc.add_paragraph(
        "R. deltog på mötet. Han tycker att boendestödet fungerar bra men att förmiddagarna är för tidiga, "
        "han vill ha besöken efter lunch. Han har missat två besök hos sjuksköterskan för att han glömt bort "
        "dem och vill ha en påminnelse. Han vill inte ha depåinjektion utan fortsätta med tabletter. "
        "Träffpunkten har han inte gått till eftersom han inte vill gå dit ensam första gången.")

    p = doc.add_paragraph()
    p.add_run("Status för insatser i tidigare plan").bold = True
    leg = doc.add_paragraph()
    lr = leg.add_run("🟢 genomförs/fungerar   🟡 delvis   🔴 inte påbörjad")
    lr.font.size = Pt(8.5)

    st = doc.add_table(rows=1, cols=5)
    st.style = "Table Grid"
    hdr = ["Insats", "Ansvarig", "Tidpunkt", "Status", "Kommentar"]
    for i, hd in enumerate(hdr):
        cell_text(st.rows[0].cells[i], hd, bold=True)
        shade(st.rows[0].cells[i], "D9D9D9")
    repeat_header(st.rows[0])
    earlier = [
        ("Boendestöd tre förmiddagar i veckan", "Boendestödjare Tomas, Socialpsykiatrin Gällivare",
         "Från 2024-12-23", "🟢", "Fungerar, R. släpper in och handlar tillsammans med Tomas."),
        ("Läkemedelsuppföljning, besök var 14:e dag", "Sjuksköterska Kajsa, Vuxenpsykiatrin Gällivare",
         "Från 2025-01-08", "🟡", "Två uteblivna besök i februari."),
        ("Samtal med kurator varannan vecka", "Kurator Elin, Vuxenpsykiatrin Gällivare",
         "Från 2025-01-15", "🟢", "R. tycker samtalen hjälper."),
        ("Krisplan med tidiga tecken och vem R. ringer", "Sjuksköterska Kajsa, Vuxenpsykiatrin Gällivare",
         "Klar 2025-01-08", "🟢", "Finns hemma på kylskåpet."),
        ("Sysselsättning på träffpunkten Kompassen två dagar i veckan", "Sysselsättningssamordnare, Socialpsykiatrin Gällivare",
         "Start 2025-02-03", "🔴", "Inte påbörjad, se ny insats nedan."),
    ]
    for row in earlier:
        c = st.add_row().cells
        for i, v in enumerate(row):
            cell_text(c[i], v, size=9)
            if i == 3:
                c[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
                for run in c[i].paragraphs[0].runs:
                    run.font.name = "Segoe UI Emoji"
                    run.font.size = Pt(12)
    col_widths(st, [4.2, 4.2, 2.6, 1.4, 4.2])

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Nya och ändrade insatser från 2025-03-18").bold = True
    nt = doc.add_table(rows=1, cols=3)
    nt.style = "Table Grid"
    for i, hd in enumerate(["Insats", "Ansvarig", "När"]):
        cell_text(nt.rows[0].cells[i], hd, bold=True)
        shade(nt.rows[0].cells[i], "D9D9D9")
    repeat_header(nt.rows[0])
    for row in [
        ("Boendestödet flyttas till eftermiddagar, tre dagar i veckan", "Boendestödjare Tomas, Socialpsykiatrin Gällivare", "Från 2025-03-24"),
        ("Sms-påminnelse dagen före varje besök", "Sjuksköterska Kajsa, Vuxenpsykiatrin Gällivare", "Från 2025-03-19"),
        ("Tomas följer med R. till Kompassen de tre första gångerna", "Boendestödjare Tomas, Socialpsykiatrin Gällivare", "Första gången 2025-04-02"),
        ("Läkarbesök: ställningstagande till fortsatt tablettbehandling i stället för depå", "Läkare, Vuxenpsykiatrin Gällivare", "2025-04-09"),
    ]:
        c = nt.add_row().cells
        for i, v in enumerate(row):
            cell_text(c[i], v, size=9)
    col_widths(nt, [7.6, 5.6, 3.4])

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Huvudansvar: ").bold = True
    p.add_run("Kommunen")
    p = doc.add_paragraph()
    p.add_run("Nästa uppföljning: ").bold = True
    p.add_run("2025-06-10 kl. 13.00, Vuxenpsykiatrin Gällivare.")
    p = doc.add_paragraph()
    r = p.add_run("Antecknat av Tomas")
    r.italic = True
    r.font.size = Pt(9)
    save_docx(doc, out(6, "docx"))


# =============================================================== 07 grey unanswered -> pdf
def plan07():
    GREY = RGBColor(0xBF, 0xBF, 0xBF)
    BLACK = RGBColor(0, 0, 0)
    doc = base_doc("Arial", 10.5)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Haparanda stad · Region Norrbotten\tSIP-blankett"
    for r in hp.runs:
        r.font.size = Pt(8)
    page_footer(sec, "Blankett SIP, version 2024-09. Obesvarade frågor visas i grått.")

    p = doc.add_paragraph()
    r = p.add_run("SAMORDNAD INDIVIDUELL PLAN – SIP")
    r.bold = True
    r.font.size = Pt(15)
    p = doc.add_paragraph()
    r = p.add_run("Enligt 2 kap. 7 § SoL och 16 kap. 4 § HSL")
    r.font.size = Pt(9)

    def q(num, text, answer=None):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(8)
        p.paragraph_format.space_after = Pt(2)
        r = p.add_run(f"{num}. {text}")
        if answer is None:
            r.font.color.rgb = GREY
            e = doc.add_paragraph()
            er = e.add_run("_" * 78)
            er.font.color.rgb = GREY
            er.font.size = Pt(8)
        else:
            r.bold = True
            r.font.color.rgb = BLACK
            for line in answer.split("\n"):
                a = doc.add_paragraph(line)
                a.paragraph_format.left_indent = Cm(0.6)
                a.paragraph_format.space_after = Pt(1)

    q(1, "Personens namn och födelsedatum", "E., ÅÅMMDD-XXXX")
    q(2, "Datum och plats för mötet", "2025-01-28, Hälsocentralen Haparanda")
    q(3, "Vilka deltog på mötet? (namn, funktion, verksamhet)")
    q(4, "Vad är syftet med SIP:en?")
    q(5, "Bakgrund och nuläge",
      "E. är 84 år och bor ensam i en villa strax utanför Haparanda sedan hustrun dog 2023. Han föll i "
      "hemmet i december 2024 och opererades för höftfraktur på Sunderby sjukhus. Han skrevs ut till "
      "hemmet 2025-01-20. Han går med rollator inomhus och är osäker i trappan till källaren. "
      "Anhöriga och personal har märkt att han glömmer att äta och har svårt att hålla reda på sina "
      "mediciner; någon utredning av minnet är inte gjord. Finska är hans förstaspråk.")
    q(6, "Vilka frågor ska mötet ta ställning till?",
      "– Behöver E. mer hjälp i hemmet, även kvällstid, och trygghetslarm?\n"
      "– Ska en minnesutredning göras på hälsocentralen?\n"
      "– Vem tar över läkemedelshanteringen nu när E. har fått nya blodförtunnande tabletter?")
    q(7, "Har personen gett samtycke till SIP? Hur och när?")
    q(8, "Deltar personen i mötet? Om inte: varför, och hur har personens synpunkter förts fram?")
    q(9, "Personens egna mål (med egna ord)")
    q(10, "Vilka insatser behövs?")
    q(11, "Vem gör vad och när? (verksamhet/funktion och tidpunkt för varje insats)")
    q(12, "Andra aktörers insatser (t.ex. Försäkringskassan, god man, närstående)",
      "Sonen i Luleå och en granne finns med i bilden.")
    q(13, "Huvudansvarig för planen (namn, funktion, verksamhet)",
      "Distriktssköterska Eva, Hälsocentralen Haparanda")
    q(14, "Uppföljning – när?", "Om ungefär en månad.")
    q(15, "Krisplan / övrigt")

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(14)
    r = p.add_run("Planen har skickats till: ")
    r.font.color.rgb = GREY
    src = os.path.join(BUILD, f"{PREFIX}-07.docx")
    save_docx(doc, src)
    soffice_pdf(src, out(7, "pdf"))


# =============================================================== 08 FINSAM mapping (not a plan)
def plan08():
    doc = base_doc("Calibri", 10.5)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Samordningsförbundet Östra Norrbotten · FINSAM-projektet Vägen vidare\tKartläggning"
    for r in hp.runs:
        r.font.size = Pt(8)
    page_footer(sec, "Underlaget förvaras hos projektet och gallras enligt projektets rutin")

    doc.add_heading("Kartläggning inför arbetsträning", level=1)
    p = doc.add_paragraph()
    r = p.add_run("Projektet drivs av Samordningsförbundet Östra Norrbotten med Försäkringskassan, "
                  "Arbetsförmedlingen, Region Norrbotten och kommunerna Kalix och Haparanda som parter.")
    r.italic = True
    r.font.size = Pt(9)

    info = doc.add_table(rows=4, cols=2)
    info.style = "Table Grid"
    for i, (k, v) in enumerate([
            ("Deltagare", "A."),
            ("Födelseår", "1993"),
            ("Datum för kartläggningssamtal", "2025-02-11 och 2025-02-18"),
            ("Kartläggning gjord av", "Jobbcoach Linnea, projektet Vägen vidare, Kalix")]):
        cell_text(info.cell(i, 0), k, bold=True)
        shade(info.cell(i, 0), "E2EFDA")
        cell_text(info.cell(i, 1), v)
    col_widths(info, [6, 10.6])

    doc.add_heading("1. Självskattning", level=2)
    doc.add_paragraph("Skatta hur du har det i dag, där 1 = mycket dåligt och 5 = mycket bra. "
                      "Skattningen gjordes av A. själv under det första samtalet.")
    items = [("Fysisk hälsa", 3), ("Psykiskt mående", 2), ("Sömn", 2), ("Struktur i vardagen", 2),
             ("Sociala kontakter", 3), ("Ekonomi", 1), ("Boende", 4), ("Motivation att börja arbetsträna", 4),
             ("Tro på att klara ett arbete", 2)]
    st = doc.add_table(rows=1, cols=6)
    st.style = "Table Grid"
    for i, hd in enumerate(["Område", "1", "2", "3", "4", "5"]):
        cell_text(st.rows[0].cells[i], hd, bold=True)
        shade(st.rows[0].cells[i], "C6E0B4")
        if i:
            st.rows[0].cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    repeat_header(st.rows[0])
    for name, v in items:
        c = st.add_row().cells
        cell_text(c[0], name)
        for k in range(1, 6):
            cell_text(c[k], "☒" if k == v else "☐")
            c[k].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    col_widths(st, [7.6, 1.8, 1.8, 1.8, 1.8, 1.8])

    doc.add_heading("2. Frågor om arbete och vardag", level=2)
    qa = [
        ("Vad har du arbetat med tidigare?",
         "Lager och truckkörning i Luleå i fyra år, sedan en kortare anställning i en livsmedelsbutik i Kalix. "
         "Slutade 2021 när ångesten blev för svår."),
        ("Vad skulle du vilja arbeta med?",
         "”Något praktiskt där jag inte måste prata med kunder hela tiden. Lager igen kanske, eller något med bilar.”"),
        ("Hur ser en vanlig dag ut för dig i dag?",
         "Vaknar sent, ofta vid elva. Går ut med hunden. Spelar datorspel eller tittar på serier. Handlar när "
         "det är lite folk i affären, helst sent på kvällen."),
        ("Vad är det som gör det svårt att börja arbeta?",
         "Ångest i nya sammanhang och när det är mycket folk. Sover dåligt. Har inget körkort, vilket "
         "begränsar var han kan jobba. Orolig för att inte orka hela dagar."),
        ("Vilka kontakter har du i dag?",
         "Har sjukersättning på halvtid som löper ut i höst enligt A. Har kontakt med läkare på hälsocentralen ungefär "
         "två gånger per år. Inskriven på Arbetsförmedlingen. Ingen kontakt med socialtjänsten."),
        ("Vad fungerar bra för dig?",
         "Att ha en tid att passa på förmiddagen. Att få veta i förväg vem han ska träffa. Hunden."),
        ("Finns det något mer du vill att vi ska veta?",
         "A. berättar att han har skulder efter ett mobilabonnemang och ett SMS-lån och att det stressar honom."),
    ]
    for qu, ans in qa:
        p = doc.add_paragraph()
        p.add_run(qu).bold = True
        a = doc.add_paragraph(ans)
        a.paragraph_format.left_indent = Cm(0.5)

    doc.add_heading("3. Jobbcoachens sammanfattande bild", level=2)
    doc.add_paragraph(
        "A. är motiverad att komma igång med någon form av aktivitet men skattar sitt psykiska mående, sin sömn "
        "och sin ekonomi lågt. Han har tydliga önskemål om praktiska arbetsuppgifter och en lugn miljö. "
        "Kartläggningen är ett underlag för det fortsatta samtalet i projektets team och med A. Inga insatser "
        "är beslutade i och med denna kartläggning.")

    p = doc.add_paragraph()
    p.add_run("Samtycke till att kartläggningen delas inom projektets team: ").bold = True
    p.add_run("☒ Ja  ☐ Nej")
    save_docx(doc, out(8, "docx"))


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
