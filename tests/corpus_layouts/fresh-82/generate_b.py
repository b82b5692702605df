#!/usr/bin/env python
"""Generate the f82b- batch of fictional, anonymized SIP documents into plans/.

Run with /work/batches/.venv/bin/python generate.py
Deterministic: fixed dates, no randomness. Calls soffice for the HTML -> PDF print.
"""
import datetime
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Cm, RGBColor
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f82b-"
LO_PROFILE = "file:///tmp/lo-f82b"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def path(n, ext):
    return os.path.join(OUT, f"{PREFIX}{n:02d}.{ext}")


# ---------------------------------------------------------------- helpers docx

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


def set_cell(cell, text, bold=False, size=None, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    return cell


def table_with_header(doc, header, rows, widths=None, fill="D9E2F3", size=10, style="Table Grid"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = style
    for i, h in enumerate(header):
        set_cell(t.rows[0].cells[i], h, bold=True, size=size)
        shade(t.rows[0].cells[i], fill)
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


def bold_para(doc, text, size=None, space_before=10):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    p.paragraph_format.space_before = Pt(space_before)
    p.paragraph_format.space_after = Pt(2)
    p.paragraph_format.keep_with_next = True
    return p


def label_para(doc, label, value):
    p = doc.add_paragraph()
    r = p.add_run(label)
    r.bold = True
    p.add_run(value)
    p.paragraph_format.space_after = Pt(2)
    return p


def base_font(doc, name="Calibri", size=11):
    cp = doc.core_properties
    cp.author = "Handläggare"
    cp.last_modified_by = "Handläggare"
    cp.created = datetime.datetime(2025, 1, 15, 8, 0, 0)
    cp.modified = datetime.datetime(2025, 1, 15, 8, 0, 0)
    cp.revision = 1
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


def set_margins(section, top=2.0, bottom=2.0, left=2.2, right=2.2):
    section.top_margin = Cm(top)
    section.bottom_margin = Cm(bottom)
    section.left_margin = Cm(left)
    section.right_margin = Cm(right)


def add_page_field(paragraph, instr="PAGE"):
    r = paragraph.add_run()
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
    r._r.append(f1)
    r._r.append(it)
    r._r.append(f2)
    r._r.append(t)
    r._r.append(f3)


def soffice_convert(src, outdir, fmt="pdf", infilter=None):
    cmd = ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless"]
    if infilter:
        cmd.append(f"--infilter={infilter}")
    cmd += ["--convert-to", fmt, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


# ====================================================================== 01
# Cover page + typed TOC + Heading 2 parts + one table per area of life.
# Adult man with psychosis and debts, Norrköping.

def plan01():
    doc = Document()
    base_font(doc, "Calibri", 11)
    sec = doc.sections[0]
    set_margins(sec, 2.5, 2.0, 2.5, 2.5)
    sec.different_first_page_header_footer = True
    fp = sec.footer.paragraphs[0]
    fp.text = "SIP J. A. · Norrköpings kommun / Region Östergötland · Sida "
    add_page_field(fp)
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for r in fp.runs:
        r.font.size = Pt(8)
    hp = sec.header.paragraphs[0]
    hp.text = "Samordnad individuell plan (SIP) – SEKRETESS enligt OSL 26 kap. 1 § och 25 kap. 1 §"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(8)
        r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)

    # --- cover page
    for _ in range(6):
        doc.add_paragraph()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Samordnad individuell plan")
    r.bold = True
    r.font.size = Pt(28)
    r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("SIP enligt 2 kap. 7 § SoL och 16 kap. 4 § HSL")
    r.font.size = Pt(12)
    r.italic = True
    for _ in range(3):
        doc.add_paragraph()
    for txt, sz in (("J. A.", 20), ("Född: ÅÅMMDD-XXXX", 11), ("Datum för SIP-möte: 2025-09-09", 12)):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(txt)
        r.font.size = Pt(sz)
        if sz == 20:
            r.bold = True
    for _ in range(8):
        doc.add_paragraph()
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Norrköpings kommun, Socialtjänsten  ·  Region Östergötland, Vuxenpsykiatrin Norrköping")
    r.font.size = Pt(10)
    r.font.small_caps = True
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # --- typed table of contents
    p = doc.add_paragraph()
    r = p.add_run("Innehåll")
    r.bold = True
    r.font.size = Pt(16)
    r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    toc = [
        ("1. Bakgrund", "3"),
        ("2. Syfte med SIP", "3"),
        ("3. Frågeställningar inför mötet", "3"),
        ("4. Deltagare", "3"),
        ("5. J:s mål", "4"),
        ("6. Insatser per livsområde", "4"),
        ("      6.1 Boende", "4"),
        ("      6.2 Hälsa", "4"),
        ("      6.3 Sysselsättning", "4"),
        ("      6.4 Ekonomi", "4"),
        ("7. Huvudansvar och uppföljning", "5"),
        ("8. Samtycke", "5"),
    ]
    for title, pg in toc:
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(15.5), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        p.paragraph_format.space_after = Pt(3)
        p.add_run(f"{title}\t{pg}")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # --- body
    doc.add_heading("1. Bakgrund", level=2)
    doc.add_paragraph(
        "J. är 34 år och bor ensam i en hyreslägenhet i Hageby. Han har diagnosen paranoid schizofreni "
        "sedan 2016 och är inskriven på Psykosmottagningen Norrköping. Under våren 2025 slutade J. ta sin "
        "depåinjektion och var inlagd på Avdelning 5, Vuxenpsykiatrin Norrköping, 2025-06-02 – 2025-07-14. "
        "Under sjukdomsperioden betalades inte hyran och J. har i dag en hyresskuld på ca 21 000 kr samt "
        "skulder hos Kronofogden (obetalda elräkningar och mobilabonnemang). Hyresvärden har skickat en "
        "uppsägning som är vilande om skulden regleras enligt avbetalningsplan."
    )
    doc.add_paragraph(
        "Sedan utskrivningen får J. sin depå var fjärde vecka och mår stabilare. Han har tidigare haft en "
        "sysselsättning på Aktivitetshuset men har inte varit där sedan i mars. J. har sjukersättning från "
        "Försäkringskassan. En ansökan om god man lämnades till Överförmyndarnämnden i augusti och J. fick "
        "en god man förordnad 2025-08-27."
    )

    doc.add_heading("2. Syfte med SIP", level=2)
    doc.add_paragraph(
        "Syftet med planen är att J. ska kunna behålla sin lägenhet och inte bli vräkt, att skulderna "
        "kommer in i en hållbar avbetalning, och att psykiatrin, socialtjänsten och god man samordnar sitt "
        "stöd så att J. inte åter hamnar i en situation där han slutar med medicinen och förlorar kontrollen "
        "över ekonomin."
    )

    doc.add_heading("3. Frågeställningar inför mötet", level=2)
    for q in (
        "Hur ska hyresskulden regleras så att uppsägningen inte verkställs, och vem tar kontakt med hyresvärden?",
        "Kan boendestödet utökas under hösten och vad ska det i så fall innehålla?",
        "Hur fångar vi tidigt upp tecken på återinsjuknande, och vem larmar vem?",
        "Är det aktuellt att J. börjar på Aktivitetshuset igen, och i vilken omfattning?",
    ):
        doc.add_paragraph(q, style="List Bullet")

    doc.add_heading("4. Deltagare", level=2)
    table_with_header(
        doc, ["Namn", "Funktion", "Verksamhet"],
        [
            ["J.", "Den enskilde", "–"],
            ["Elin", "Case manager, sjuksköterska", "Psykosmottagningen Norrköping, Region Östergötland"],
            ["Farid", "Överläkare", "Psykosmottagningen Norrköping, Region Östergötland"],
            ["Hanna", "Socialsekreterare", "Vuxenenheten, Socialtjänsten Norrköpings kommun"],
            ["Tomas", "Boendestödjare", "Socialpsykiatrin, Norrköpings kommun"],
            ["Ulla", "Budget- och skuldrådgivare", "Konsumentvägledningen, Norrköpings kommun"],
            ["Per", "God man", "Förordnad av Överförmyndarnämnden"],
        ],
        widths=[2.5, 5.0, 8.5],
    )
    doc.add_paragraph(
        "J. deltog under hela mötet, som hölls på Psykosmottagningen Norrköping 2025-09-09 kl. 13.30–15.00."
    )

    doc.add_heading("5. J:s mål", level=2)
    doc.add_paragraph(
        "Målet är att J. ska kunna bo kvar i sin lägenhet, ha en fungerande ekonomi utan nya skulder och "
        "komma tillbaka till en meningsfull sysselsättning några dagar i veckan."
    )

    doc.add_heading("6. Insatser per livsområde", level=2)
    hdr = ["Behov", "Insats", "Vem", "När"]
    w = [3.6, 5.6, 3.8, 3.0]
    areas = [
        ("6.1 Boende", [
            ["Behålla lägenheten", "Kontakt med hyresvärden om avbetalningsplan för hyresskulden, skriftlig överenskommelse",
             "Per, god man", "Senast 2025-09-19"],
            ["Struktur i hemmet, tvätt och städning", "Boendestöd utökas från en till två gånger per vecka (tis och fre)",
             "Socialpsykiatrin, boendestöd (Tomas)", "Från v. 38, beslut fattat 2025-09-09"],
        ]),
        ("6.2 Hälsa", [
            ["Stabil medicinering", "Depåinjektion var fjärde vecka på mottagningen, påminnelse via sms dagen innan",
             "Psykosmottagningen Norrköping, case manager", "Nästa 2025-09-23, sedan var 4:e vecka"],
            ["Tidiga tecken på återinsjuknande", "Gemensam krisplan med varningstecken tas fram; boendestöd kontaktar case manager samma dag vid tecken",
             "Case manager Elin tillsammans med J. och Tomas", "Klar till 2025-10-07"],
            ["Somatisk kontroll (vikt, blodsocker, lipider)", "Årlig somatisk hälsokontroll enligt vårdprogram för psykos",
             "Regionen", "Hösten 2025"],
        ]),
        ("6.3 Sysselsättning", [
            ["Meningsfull dag, social kontakt", "Studiebesök på Aktivitetshuset, därefter start två förmiddagar per vecka",
             "Hanna, socialsekreterare Vuxenenheten, ansöker; Aktivitetshuset tar emot", "Studiebesök 2025-09-30"],
        ]),
        ("6.4 Ekonomi", [
            ["Överblick över skulder", "Genomgång av alla skulder och kontakt med Kronofogden om skuldsanering",
             "Ulla, budget- och skuldrådgivare, tillsammans med god man", "Första träff 2025-09-16"],
            ["Räkningar betalas i tid", "God man tar över betalning av hyra, el och abonnemang via J:s konto; J. får fickpengar varje fredag",
             "Per, god man", "Från 2025-10-01"],
            ["Ingen ny inkomstlucka", "Försäkringskassan informeras om adressuppgift och god man; sjukersättningen löper vidare",
             "Per, god man, kontaktar Försäkringskassan", "September 2025"],
        ]),
    ]
    for title, rows in areas:
        p = doc.add_paragraph()
        r = p.add_run(title)
        r.bold = True
        r.italic = True
        p.paragraph_format.space_before = Pt(8)
        p.paragraph_format.keep_with_next = True
        table_with_header(doc, hdr, rows, widths=w, fill="DEEAF6", size=9.5)

    doc.add_heading("7. Huvudansvar och uppföljning", level=2)
    doc.add_paragraph(
        "Huvudansvarig för att planen hålls samman och följs upp är Elin, case manager på "
        "Psykosmottagningen Norrköping, Region Östergötland. Hon kallar till uppföljningsmötet."
    )
    doc.add_paragraph(
        "Uppföljning av planen sker 2025-11-18 kl. 13.30 på Psykosmottagningen Norrköping. "
        "Vid akut försämring kallar huvudansvarig till ett extra möte."
    )

    doc.add_heading("8. Samtycke", level=2)
    doc.add_paragraph("Samtycke finns.")
    doc.add_paragraph()
    doc.add_paragraph("Planen upprättad av: Hanna, socialsekreterare, Vuxenenheten Norrköping, 2025-09-10")

    doc.save(path(1, "docx"))


# ====================================================================== 02
# E-service "Din plan" printed from the browser (HTML -> LibreOffice PDF).
# 19-year-old with cannabis use, Motala.

def plan02():
    def card(title, inner):
        return (
            '<table width="100%" border="1" bordercolor="#c9d6dc" cellpadding="9" cellspacing="0" '
            'bgcolor="#f7fafb" style="border-radius:10px; margin-top:10px">'
            f'<tr><td><p class="cardtitle"><b><font color="#0b5c6b">{title}</font></b></p>{inner}</td></tr></table>'
            '<p class="gap">&nbsp;</p>'
        )

    def bubble(text):
        return (
            '<table width="90%" border="1" bordercolor="#e0b44c" cellpadding="8" cellspacing="0" '
            'bgcolor="#fff6dc" style="border-radius:18px; margin-left:40px">'
            f'<tr><td><i>Du skrev: ”{text}”</i></td></tr></table>'
            '<p class="gap">&nbsp;</p>'
        )

    def decision(title, text, by):
        return (
            '<table width="100%" border="1" bordercolor="#9cc7a8" cellpadding="7" cellspacing="0" '
            'bgcolor="#eef8f0" style="border-radius:10px">'
            '<tr><td width="7%" valign="top" align="center"><font color="#1c7c3a" size="5"><b>✓</b></font></td>'
            f'<td><b>{title}</b><br>{text}<br><font size="1" color="#5d6b73">Beslutat av: {by} · 2025-03-04</font></td></tr></table>'
        )

    body = "".join([
        card("Varför har du en SIP?", "<p>Samordning mellan socialtjänsten och regionen.</p>"),
        card("Ditt mål",
             "<p>Det här sa du när vi frågade vad du vill ska hända:</p>"
             + bubble("Jag vill sluta röka på helt och typ börja plugga igen på komvux i höst. "
                      "Och jag vill kunna sova på nätterna.")
             + bubble("Jag vill inte ha massa möten, hellre en person jag kan sms:a.")),
        card("Du och mötet",
             "<p>Du var med på mötet 2025-03-04 på Familjecentrum i Motala och berättade själv hur du har det.</p>"
             + bubble("Det var okej men jobbigt när alla pratade om mig. Bra att jag fick bestämma vad vi "
                      "skulle börja med.")),
        card("Ditt samtycke",
             "<p>Du gav ditt samtycke till att socialtjänsten och regionen får prata med varandra och göra en "
             "plan. Du signerade samtycket i e-tjänsten med BankID 2025-02-26. Samtycket gäller tills du tar "
             "tillbaka det.</p>"),
        card("Det här har vi bestämt",
             decision("Fortsatt kontakt med Beroendemottagningen",
                      "Du fortsätter ha kontakt med Beroendemottagningen Motala, Region Östergötland.",
                      "Region Östergötland")
             + "<p>&nbsp;</p>"
             + decision("Stöd från Ungdomsteamet",
                        "Du får stöd av Ungdomsteamet på socialtjänsten vid behov.",
                        "Socialtjänsten Motala, Ungdomsteamet")
             + "<p>&nbsp;</p>"
             + decision("Samtal om sömn",
                        "Vårdcentralen tar upp sömnen med dig när det behövs.",
                        "Vårdcentralen Motala")
             + bubble("Ok. Men jag vill inte ta sömntabletter.")),
        card("Andra som kan bli aktuella",
             "<p>Arbetsförmedlingen och CSN kan bli aktuella längre fram när det gäller studier.</p>"),
        card("Vem håller ihop planen?",
             "<p>Socialtjänsten Motala har huvudansvaret för din plan.</p>"),
        card("Kommentera",
             '<p><font size="2" color="#5d6b73">[ Skriv en kommentar till din kontaktperson … ] '
             '&nbsp;&nbsp; [ Skicka ]</font></p>'),
    ])

    html = f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Din plan – Mina sidor</title>
<style>
  body {{ font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; color: #1d2a33; }}
  h1 {{ font-size: 18pt; color: #0b5c6b; margin-bottom: 2px; }}
  p {{ margin-top: 2px; margin-bottom: 4px; }}
  p.gap {{ font-size: 4pt; margin: 0; }}
</style>
</head>
<body>
<p><font size="1" color="#666666">2025-03-12 19:47 &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Din plan – Mina sidor</font></p>
<table width="100%" cellpadding="8" cellspacing="0" bgcolor="#0b5c6b"><tr><td>
<font color="#ffffff" size="4"><b>Motala kommun · Mina sidor</b></font><br>
<font color="#d7eef2" size="1">Socialtjänsten – e-tjänst för dig som har en samordnad individuell plan (SIP)</font>
</td></tr></table>
<p><font size="1" color="#5d6b73">Inloggad: Alva &nbsp;|&nbsp; Ärende: SIP-2025-0117 &nbsp;|&nbsp; Senast uppdaterad 2025-03-11</font></p>
<h1>Din plan</h1>
<p><font color="#4a5a63">Här ser du din samordnade individuella plan. Planen gjordes tillsammans med dig på mötet
2025-03-04. Du kan skriva en kommentar till din kontaktperson under varje del.</font></p>
{{body}}
<hr>
<p><font size="1" color="#777777">Utskrivet från e-tjänsten Mina sidor, Motala kommun, 2025-03-12 19:47</font></p>
</body>
</html>
""".replace("{body}", body)
    tmp = tempfile.mkdtemp(prefix="f82b-")
    src = os.path.join(tmp, f"{PREFIX}02.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html)
    soffice_convert(src, tmp, "pdf:writer_pdf_Export", infilter="HTML (StarWriter)")
    shutil.move(os.path.join(tmp, f"{PREFIX}02.pdf"), path(2, "pdf"))
    shutil.rmtree(tmp, ignore_errors=True)


# ====================================================================== 03
# Fixed-width text report "SIP-ÖVERSIKT", Windows-1252, CRLF, form feed.
# 84-year-old man after hip fracture, Kalmar.

def plan03():
    W = 78

    def header(page, pages):
        return [
            "KALMAR KOMMUN / REGION KALMAR LÄN        SIP-ÖVERSIKT          SIDA %d(%d)" % (page, pages),
            "SAMVERKANSMODUL VÅRD-OMSORG  v4.2        UTSKR 2025-05-21 10:14  ANV: OMS114",
            "=" * W,
        ]

    def col_rows(rows, widths):
        """rows: list of tuples of strings; long values wrap inside their column."""
        out = []
        for row in rows:
            cells = []
            for val, w in zip(row, widths):
                words = val.split()
                lines, cur = [], ""
                for wd in words:
                    if len(wd) > w:  # cut a word that does not fit
                        wd = wd[:w]
                    if not cur:
                        cur = wd
                    elif len(cur) + 1 + len(wd) <= w:
                        cur += " " + wd
                    else:
                        lines.append(cur)
                        cur = wd
                lines.append(cur)
                cells.append(lines)
            n = max(len(c) for c in cells)
            for i in range(n):
                out.append(" ".join((c[i] if i < len(c) else "").ljust(w) for c, w in zip(cells, widths)).rstrip())
        return out

    p1 = header(1, 2) + [
        "PERSON    : G.                     PNR: XXXXXX-XXXX      ÄRENDE: SIP 2025/0388",
        "BOENDE    : Ordinärt boende, Kalmar (Berga)",
        "MÖTE      : 2025-05-20 14:00  Plats: Teams",
        "-" * W,
        "SYFTE     : Samordning efter utskrivning.",
        "FRÅGOR    : Gå igenom läget.",
        "-" * W,
        "BAKGRUND  :",
        "  Pat föll i hemmet 2025-04-28, höftfraktur vä, opererad Länssjukhuset i",
        "  Kalmar ortopedkliniken 2025-04-29. Utskriven till korttidsboendet Norrgård",
        "  2025-05-06, hemgång planerad 2025-05-26. Går med rollator inomhus, behöver",
        "  hjälp vid dusch och påklädning av strumpor. Waran. Lätt nedsatt minne.",
        "-" * W,
        "DELTAGARE : Annika, Peter, Lena, Hassan",
        "-" * W,
        "INSATSER",
    ]
    widths = [30, 22, 10, 10]
    head = ["Insats", "Ansv.enh", "Start", "Slut"]
    hdr_line = " ".join(h.ljust(w) for h, w in zip(head, widths)).rstrip()
    sep = " ".join("-" * w for w in widths)
    rows1 = [
        ("Hemtjänst morgon och kväll, hjälp med påklädning och stödstrumpor",
         "Hemtjänst Kalmar Södra", "2025-05-26", "tillsvidare"),
        ("Dusch två ggr per vecka med personal (tis, fre)",
         "Hemtjänst Kalmar Södra", "2025-05-27", "tillsvidare"),
        ("Trygghetslarm installeras före hemgång och provas",
         "Trygghetslarmgruppen Kalmar kommun", "2025-05-23", "2025-05-23"),
        ("Hemrehabilitering: gångträning med rollator, trappträning",
         "Rehabenheten Kalmar kommun, fysioterapeut", "2025-05-28", "2025-07-31"),
        ("Bedömning av hjälpmedel badrum (duschpall, toalettförhöjning)",
         "Rehabenheten Kalmar kommun, arbetsterapeut", "2025-05-22", "2025-05-26"),
    ]
    rows2 = [
        ("Läkemedelsgenomgång inkl. Waran-dosering och INR-kontroller",
         "Vårdcentralen Centrum Kalmar, distriktsläkare", "2025-06-03", "2025-06-03"),
        ("INR-provtagning i hemmet enl. ordination",
         "Hemsjukvården Kalmar kommun, ssk", "2025-05-28", "tillsvidare"),
        ("Dosdispenserade läkemedel, beställning och överlämning",
         "Hemsjukvården Kalmar kommun, ssk", "2025-05-26", "tillsvidare"),
        ("Återbesök ortopedmottagningen, röntgenkontroll",
         "Ortopedmottagningen Länssjukhuset Kalmar", "2025-06-10", "2025-06-10"),
    ]
    p1 += [hdr_line, sep] + col_rows(rows1, widths) + ["", "(forts. nästa sida)"]
    p2 = header(2, 2) + [
        "PERSON    : G.                     PNR: XXXXXX-XXXX      ÄRENDE: SIP 2025/0388",
        "-" * W,
        "INSATSER (forts.)",
        hdr_line, sep,
    ] + col_rows(rows2, widths) + [
        "-" * W,
        "HUVUDANSV : Annika, sjuksköterska, Hemsjukvården Kalmar kommun",
        "UPPFÖLJN  : 2025-06-17 kl 10:00, hembesök",
        "-" * W,
        "ANTECKNING:",
        "  Korttidsboendet skickar med läkemedelslista och ordination för Waran vid",
        "  hemgång 2025-05-26.",
        "",
        "SIGN: OMS114  2025-05-21",
        "*** SLUT PÅ UTSKRIFT ***",
    ]
    for line in p1 + p2:
        assert len(line) <= 80, line
    text = "\r\n".join(p1) + "\r\n\f" + "\r\n".join(p2) + "\r\n"
    with open(path(3, "txt"), "wb") as f:
        f.write(text.encode("cp1252"))


# ====================================================================== 04
# Notion page export: property table, toggles, callouts, database table.
# 14-year-old girl with school refusal and anxiety, Linköping.

def plan04():
    md = """# SIP – Ella (åk 8)

| Egenskap | Värde |
| --- | --- |
| Status | Pågående |
| Huvudansvarig | Maria |
| Skola | Berga skola, Linköping |
| Skapad | 2025-10-02 |
| Senast redigerad | 2025-10-06 |
| Nästa möte | v. 46 |
| Taggar | SIP, skolfrånvaro, ångest |

- ▸ Syfte
    Ella har haft hög frånvaro sedan vårterminen i åk 7 och var i september 2025 i skolan ungefär 30 % av tiden. Syftet med planen är att skolan, BUP Linköping och socialtjänsten ska ha en gemensam plan för hur Ella stegvis kan komma tillbaka till skolan, samtidigt som hennes ångest behandlas, så att familjen inte behöver samordna allt själva.

- ▸ Bakgrund
    Ella bor med mamma och lillebror i Linköping, pappa bor i Norrköping och Ella är där varannan helg. Hon har haft magont och panikattacker på morgnarna sedan hösten 2024. Utredning på BUP Linköping visar generaliserat ångestsyndrom. Hon går i KBT sedan augusti. Familjen har sedan september kontakt med Familjestödet i Linköpings kommun.

- ▸ Frågor inför mötet
    - Vilka lektioner kan Ella börja med och i vilken ordning?
    - Kan Ella få en lugn plats att gå till i skolan när paniken kommer?
    - Hur kopplas exponeringen i KBT ihop med skolschemat så att det inte blir två olika planer?
    - Behöver mamma stöd för morgnarna, och vem ger det?

- ▸ Deltagare
    Ella (första halvtimmen), mamma Sofia, pappa (via Teams), mentor, kurator, skolsköterska, psykolog, socialsekreterare

- ▸ Ellas egna ord
    Ella var med första halvtimmen och sa själv vad hon tycker. Hon ville inte vara kvar när de vuxna pratade om schemat, men hade skrivit en lapp som kuratorn läste upp.

> 💡 ”Jag vill kunna gå i skolan hela dagar utan att få panik. Jag vill börja med bilden och engelskan för där är det lugnt.” – Ella

> 💡 Ella vill inte att hela klassen ska veta varför hon är borta. Mentor pratar bara med de lärare som behöver veta.

## Insatser

| Insats | Ansvarig | Start | Status |
| --- | --- | --- | --- |
| Anpassat schema: bild, engelska och mentorstid, utökas med ett ämne varannan vecka | Mentor, Berga skola | 2025-10-13 | Planerad |
| Lugnt rum (kuratorns väntrum) och ”gult kort” för att få lämna lektion | Kurator, Berga skola | 2025-10-13 | Planerad |
| KBT med exponering kopplad till skolschemat, varannan vecka | Psykolog, BUP Linköping | 2025-10-09 | Pågår |
| Föräldrastöd i morgonrutiner, hembesök en gång per vecka | Familjestödet, Socialtjänsten Linköpings kommun | 2025-10-20 | Planerad |
| Mamma kör Ella till skolan och hämtar vid lunch de första fyra veckorna | Mamma Sofia |  | Planerad |
| Ella skriver ångestdagbok och tar med den till KBT | Ella själv | 2025-10-09 | Pågår |
| Pappa tar samma morgonrutin varannan helg och vid måndagar efter pappahelg | Pappa | 2025-10-13 | Planerad |
| Skolsköterska följer upp magont och sömn | Skolsköterska, Berga skola |  | Ej påbörjad |

> 💡 Mamma har frågat om vabb vid skolfrånvaro – kurator undersöker om det finns något stöd och återkommer.

- ▸ Uppföljning
    Vi ses igen vecka 46, kurator skickar kallelse.
"""
    with open(path(4, "md"), "w", encoding="utf-8") as f:
        f.write(md)


# ====================================================================== 05
# Plan with facts only in real Word footnotes. Body: ordinary paragraphs + bold headings.
# Woman, 45, depression and alcohol, eviction risk, Västervik.

FOOTNOTES_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
    '<w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
    '<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
    '{notes}'
    '</w:footnotes>'
)


def _xml_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def footnote_xml(fid, text):
    return (
        f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
        '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {_xml_escape(text)}</w:t></w:r></w:p></w:footnote>'
    )


def add_footnote_styles(doc):
    styles = doc.styles.element
    styles.append(parse_xml(
        f'<w:style {nsdecls("w")} w:type="paragraph" w:styleId="FootnoteText">'
        '<w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/>'
        '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        '<w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>'))
    styles.append(parse_xml(
        f'<w:style {nsdecls("w")} w:type="character" w:styleId="FootnoteReference">'
        '<w:name w:val="footnote reference"/><w:uiPriority w:val="99"/>'
        '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'))


def add_fn_ref(paragraph, fid):
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    rs = OxmlElement("w:rStyle")
    rs.set(qn("w:val"), "FootnoteReference")
    rpr.append(rs)
    r.append(rpr)
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), str(fid))
    r.append(ref)
    paragraph._p.append(r)


def plan05():
    doc = Document()
    base_font(doc, "Times New Roman", 12)
    add_footnote_styles(doc)
    sec = doc.sections[0]
    set_margins(sec, 2.5, 2.5, 2.5, 2.5)
    hp = sec.header.paragraphs[0]
    hp.text = "Västerviks kommun – Socialförvaltningen, Vuxenenheten IFO\tSIP\tDnr SN 2025/412"
    for r in hp.runs:
        r.font.size = Pt(9)

    notes = []

    def fn(paragraph, text):
        fid = len(notes) + 1
        notes.append(footnote_xml(fid, text))
        add_fn_ref(paragraph, fid)

    p = doc.add_paragraph()
    r = p.add_run("Samordnad individuell plan")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Gäller: M-L, född ÅÅMMDD-XXXX\nMötesdatum: 2025-04-15\nPlats: Socialkontoret, Västervik")

    bold_para(doc, "Bakgrund")
    p = doc.add_paragraph(
        "M-L är 45 år och bor i en hyresrätt i Västervik. Hon har haft en återkommande depression i många år "
        "och har under det senaste året ökat sitt alkoholintag. Hon har varit sjukskriven från sin anställning "
        "som lokalvårdare sedan januari. Hyresvärden har hört av sig till socialtjänsten om två obetalda hyror "
        "och störningsanmälningar. M-L har kontakt med Psykiatrimottagningen Västervik där hon får "
        "antidepressiv medicinering."
    )
    p = doc.add_paragraph(
        "Underlag för planen har inhämtats från psykiatrin, vårdcentralen och socialtjänsten efter M-L:s "
        "samtycke"
    )
    fn(p, "M-L lämnade skriftligt samtycke på kommunens blankett ”Samtycke till samordnad individuell plan” "
          "vid besök på socialkontoret 2025-04-02. Samtycket omfattar Vuxenenheten IFO, Psykiatrimottagningen "
          "Västervik och Vårdcentralen Västervik.")
    p.add_run(".")

    bold_para(doc, "Frågor som mötet behöver ta ställning till")
    doc.add_paragraph(
        "Hur ska hyresskulden hanteras så att hyresvärden inte går vidare med uppsägning? Behöver M-L en "
        "utredning av sitt alkoholbruk, och ska den göras inom psykiatrin eller av beroendeenheten? Kan "
        "medicineringen mot depression ses över när alkoholen påverkar effekten? Finns det behov av "
        "boendestöd i hemmet?"
    )

    bold_para(doc, "Mål")
    doc.add_paragraph(
        "Målet är att M-L ska kunna bo kvar i sin lägenhet, minska sitt alkoholintag och på sikt komma "
        "tillbaka i arbete."
    )

    bold_para(doc, "Planerade insatser")
    doc.add_paragraph(
        "En ansökan om ekonomiskt bistånd för de två obetalda hyrorna ska utredas och en överenskommelse "
        "om avbetalning av resterande skuld ska eftersträvas. Boendestöd två gånger i veckan med fokus på "
        "struktur i vardagen, post och räkningar ska sättas in."
    )
    doc.add_paragraph(
        "Bedömning av alkoholbruket med AUDIT och provtagning (PEth) ska göras, och därefter ska det tas "
        "ställning till läkemedelsbehandling mot alkoholberoende. Medicineringen mot depression ska ses "
        "över i samband med bedömningen. Erbjudande om samtalsbehandling (återfallsprevention) ska lämnas "
        "när bedömningen är klar."
    )

    bold_para(doc, "Huvudansvar")
    doc.add_paragraph("Huvudansvaret för planen ligger hos socialtjänsten.")

    bold_para(doc, "Uppföljning")
    p = doc.add_paragraph("Planen följs upp vid ett nytt SIP-möte")
    fn(p, "Uppföljningsmötet är bokat till torsdag 2025-06-12 kl. 13.00 på socialkontoret. Kallelse skickas "
          "av Vuxenenheten senast två veckor innan.")
    p.add_run(". Om läget försämras före dess kan var och en av deltagarna begära ett tidigare möte.")

    bold_para(doc, "Deltagare")
    for line in (
        "Kristina, socialsekreterare, Vuxenenheten IFO, Västerviks kommun",
        "Jonas, boendestödjare, Socialpsykiatrin Västerviks kommun",
        "Daniel, sjuksköterska, Psykiatrimottagningen Västervik, Region Kalmar län",
        "Maria, specialistläkare i allmänmedicin, Vårdcentralen Västervik, Region Kalmar län",
    ):
        doc.add_paragraph(line, style="List Bullet")

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(18)
    p.add_run("Västervik 2025-04-16\nKristina, socialsekreterare")

    # write footnotes part
    part = doc.part
    fxml = FOOTNOTES_XML.replace("{notes}", "".join(notes)).encode("utf-8")
    fpart = Part(PackURI("/word/footnotes.xml"),
                 "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                 fxml, part.package)
    part.relate_to(fpart, RT.FOOTNOTES)
    # footnotePr in settings so Word knows the separators
    settings = doc.settings.element
    fpr = parse_xml(f'<w:footnotePr {nsdecls("w")}><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>')
    settings.append(fpr)
    doc.save(path(5, "docx"))


# ====================================================================== 06
# fpdf2: discharge from hospital, Region Kalmar län record system, grid boxes.
# 79-year-old woman after stroke, Oskarshamn.

class KalmarPDF(FPDF):
    SYSTEM = "Region Kalmar län · Cosmic · Samordnad vårdplanering"
    PRINTED = "Utskriftsdatum 2025-09-10 09:41"

    def header(self):
        self.set_font("dv", "", 7.5)
        self.set_text_color(60, 60, 60)
        self.cell(95, 4, self.SYSTEM)
        self.cell(55, 4, self.PRINTED, align="C")
        self.cell(0, 4, f"Sida {self.page_no()} ({{nb}})", align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(95, 4, "Patient: A.   ÅÅMMDD-XXXX")
        self.cell(0, 4, "Användare: SSK Medicinavd. 3 Oskarshamn", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(0, 0, 0)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("dv", "", 7)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Utskrift ur journalsystem – innehåller sekretessbelagda uppgifter", align="C")
        self.set_text_color(0, 0, 0)


def plan06():
    pdf = KalmarPDF(format="A4")
    pdf.add_font("dv", "", FONT)
    pdf.add_font("dv", "B", FONT_B)
    pdf.set_margins(14, 12, 14)
    pdf.set_auto_page_break(True, margin=16)
    pdf.alias_nb_pages()
    pdf.set_creation_date(datetime.datetime(2025, 9, 10, 9, 41, tzinfo=datetime.timezone.utc))
    pdf.set_creator("Cosmic utskrift")
    pdf.add_page()
    pdf.set_font("dv", "B", 13)
    pdf.cell(0, 7, "Samordnad vårdplanering – utskrivning", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 8.5)
    pdf.cell(0, 5, "Enligt lag (2017:612) om samverkan vid utskrivning från sluten hälso- och sjukvård",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)

    colw = (pdf.w - pdf.l_margin - pdf.r_margin - 4) / 2

    def box_pair(items, h=None):
        """Two boxes side by side; items = [(label, text), (label, text)]."""
        y0 = pdf.get_y()
        heights = []
        # measure
        for label, text in items:
            pdf.set_font("dv", "", 9)
            lines = pdf.multi_cell(colw - 4, 4.6, text, dry_run=True, output="LINES") if text else []
            heights.append(6 + max(1, len(lines)) * 4.6 + 2)
        hh = h or max(heights)
        if y0 + hh > pdf.h - 18:
            pdf.add_page()
            y0 = pdf.get_y()
        for i, (label, text) in enumerate(items):
            x = pdf.l_margin + i * (colw + 4)
            pdf.rect(x, y0, colw, hh)
            pdf.set_xy(x + 2, y0 + 1)
            pdf.set_font("dv", "B", 7.5)
            pdf.set_text_color(70, 70, 70)
            pdf.cell(colw - 4, 4, label)
            pdf.set_text_color(0, 0, 0)
            pdf.set_xy(x + 2, y0 + 5.5)
            pdf.set_font("dv", "", 9)
            if text:
                pdf.multi_cell(colw - 4, 4.6, text, align="L")
        pdf.set_xy(pdf.l_margin, y0 + hh + 3)

    def box_full(label, text):
        y0 = pdf.get_y()
        w = pdf.w - pdf.l_margin - pdf.r_margin
        pdf.set_font("dv", "", 9)
        lines = pdf.multi_cell(w - 4, 4.6, text, dry_run=True, output="LINES") if text else []
        hh = 6 + max(1, len(lines)) * 4.6 + 2
        if y0 + hh > pdf.h - 18:
            pdf.add_page()
            y0 = pdf.get_y()
        pdf.rect(pdf.l_margin, y0, w, hh)
        pdf.set_xy(pdf.l_margin + 2, y0 + 1)
        pdf.set_font("dv", "B", 7.5)
        pdf.set_text_color(70, 70, 70)
        pdf.cell(w - 4, 4, label)
        pdf.set_text_color(0, 0, 0)
        pdf.set_xy(pdf.l_margin + 2, y0 + 5.5)
        pdf.set_font("dv", "", 9)
        if text:
            pdf.multi_cell(w - 4, 4.6, text, align="L")
        pdf.set_xy(pdf.l_margin, y0 + hh + 3)

    box_pair([("Patient", "A., 79 år\nÅÅMMDD-XXXX\nBor i villa, Oskarshamn, ensamboende"),
              ("Vårdenhet", "Medicinavdelning 3 (strokeenhet)\nOskarshamns sjukhus, Region Kalmar län")])
    box_pair([("Inskrivningsdatum", "2025-08-31"),
              ("Utskrivningsklar", "2025-09-10")])
    box_pair([("Planerat utskrivningsdatum", "2025-09-12"),
              ("Hemgång till", "Ordinärt boende, Oskarshamns kommun")])
    box_pair([("Orsak till vårdtillfället",
               "Ischemisk stroke vä hemisfär 2025-08-31. Kvarstående pares hö arm och lätt talpåverkan "
               "(afasi). Går med rollator, behöver hjälp vid av- och påklädning och personlig hygien. "
               "Ny medicinering: Eliquis, Atorvastatin."),
              ("Aktuell funktion / ADL",
               "Förflyttning säng–rullstol–toalett med stöd av en person. Äter själv med anpassade bestick. "
               "Klarar inte matlagning. Kognition: viss trötthet, i övrigt orienterad.")])
    box_pair([("Patientens delaktighet",
               "Patienten deltog i planeringsmötet 2025-09-10 på avdelningen tillsammans med dottern."),
              ("Samtycke till informationsöverföring",
               "☒ Ja    ☐ Nej")])
    box_pair([("Syfte med planeringen", ""),
              ("Frågeställningar", "")])
    box_full("Patientens mål", "")

    # --- Behov efter utskrivning, checkboxes
    pdf.set_font("dv", "B", 10)
    pdf.cell(0, 6, "Behov efter utskrivning", new_x="LMARGIN", new_y="NEXT")
    needs = [
        (True, "Hemtjänst"), (False, "Korttidsplats"),
        (True, "Hemsjukvård"), (False, "Särskilt boende"),
        (True, "Trygghetslarm"), (False, "Dagverksamhet"),
        (True, "Rehabilitering i hemmet"), (False, "Matdistribution"),
        (True, "Hjälpmedel"), (False, "Ledsagning"),
        (False, "Avlösning anhörig"), (True, "Fast vårdkontakt i primärvård"),
    ]
    y0 = pdf.get_y()
    h = 6 * 4 + 4
    pdf.rect(pdf.l_margin, y0, colw * 2 + 4, h)
    pdf.set_font("dv", "", 9.5)
    for i, (ticked, label) in enumerate(needs):
        col = i % 2
        row = i // 2
        x = pdf.l_margin + 3 + col * (colw + 4)
        y = y0 + 2 + row * 4
        pdf.set_xy(x, y)
        pdf.cell(colw - 6, 4, ("☒ " if ticked else "☐ ") + label)
    pdf.set_xy(pdf.l_margin, y0 + h + 3)

    # --- planned measures table
    pdf.set_font("dv", "B", 10)
    pdf.cell(0, 6, "Planerade insatser", new_x="LMARGIN", new_y="NEXT")
    cols = [("Insats", 78), ("Ansvarig", 58), ("Datum", 46)]

    def tbl_header():
        pdf.set_font("dv", "B", 8.5)
        pdf.set_fill_color(225, 230, 235)
        for name, w in cols:
            pdf.cell(w, 6, name, border=1, fill=True)
        pdf.ln(6)

    tbl_header()
    rows = [
        ("Hemtjänst morgon, lunch och kväll: hjälp med hygien, av- och påklädning, måltider",
         "Hemtjänst Oskarshamn centrum", "Start 2025-09-12"),
        ("Trygghetslarm installeras", "Kommunen", "2025-09-12"),
        ("Hemsjukvård: läkemedelshantering (dosett), blodtryckskontroll 1 g/v",
         "Hemsjukvården Oskarshamns kommun, sjuksköterska", "Start 2025-09-12"),
        ("Rehabilitering i hemmet: armträning och gångträning, bedömning av bostadsanpassning",
         "Rehab Oskarshamns kommun, fysioterapeut och arbetsterapeut", "Första hembesök 2025-09-15"),
        ("Hjälpmedel: rollator, toalettstolsförhöjning, duschstol – förskrivs och levereras före hemgång",
         "Arbetsterapeut Medicinavd. 3, Oskarshamns sjukhus", "2025-09-11"),
        ("Uppföljande läkarbesök efter stroke, logopedremiss",
         "Vårdcentralen Oskarshamn", ""),
        ("Dottern handlar mat varje lördag och följer med på läkarbesök; A. ringer själv dottern varje kväll",
         "Dotter Karin / patienten", "Från hemgång"),
    ]
    pdf.set_font("dv", "", 8.5)
    for r in rows:
        # compute row height
        nl = max(len(pdf.multi_cell(w - 2, 4.2, t, dry_run=True, output="LINES")) for t, (_, w) in zip(r, cols))
        hh = nl * 4.2 + 2
        if pdf.get_y() + hh > pdf.h - 18:
            pdf.add_page()
            tbl_header()
            pdf.set_font("dv", "", 8.5)
        y = pdf.get_y()
        x = pdf.l_margin
        for t, (_, w) in zip(r, cols):
            pdf.rect(x, y, w, hh)
            pdf.set_xy(x + 1, y + 1)
            pdf.multi_cell(w - 2, 4.2, t, align="L")
            x += w
        pdf.set_xy(pdf.l_margin, y + hh)
    pdf.ln(3)

    box_pair([("Fast vårdkontakt / huvudansvarig för planen", ""),
              ("Uppföljning av planen", "Uppföljning av samordnad plan v. 39, hembesök")])
    box_full("Deltagare vid planeringen",
             "A. (patient) · Karin, dotter · Sofie, sjuksköterska, Medicinavd. 3 Oskarshamns sjukhus · "
             "Mattias, arbetsterapeut, Medicinavd. 3 Oskarshamns sjukhus · Nadia, biståndshandläggare, "
             "Oskarshamns kommun · Eva, distriktssköterska, Vårdcentralen Oskarshamn (via Teams)")
    box_pair([("Dokumenterat av", "Sofie, leg. sjuksköterska, Medicinavd. 3"),
              ("Signerat", "2025-09-10 09:38")])
    pdf.output(path(6, "pdf"))


# ====================================================================== 07
# Easy-read plan, intellectual disability, written together. Nybro.

def plan07():
    doc = Document()
    base_font(doc, "Arial", 13)
    sec = doc.sections[0]
    set_margins(sec, 2.0, 2.0, 2.5, 2.5)
    hp = sec.header.paragraphs[0]
    hp.text = "Min SIP  –  Nybro kommun och Region Kalmar län"
    for r in hp.runs:
        r.font.size = Pt(10)
    fp = sec.footer.paragraphs[0]
    fp.text = "Lättläst version · Sida "
    add_page_field(fp)
    for r in fp.runs:
        r.font.size = Pt(9)

    t = doc.add_heading("Min plan", level=1)
    doc.add_paragraph("[bild: Viktor som ler]")
    doc.add_paragraph("Jag heter Viktor. Jag är 28 år.\nJag bor på gruppbostaden Solrosen i Nybro.\nVi skrev planen tillsammans.")

    def part(title, pict, jag, pers):
        doc.add_heading(title, level=2)
        if pict:
            doc.add_paragraph(pict)
        doc.add_heading("Så här säger jag:", level=3)
        for s in jag:
            doc.add_paragraph(s)
        doc.add_heading("Så här säger personalen:", level=3)
        for s in pers:
            doc.add_paragraph(s)

    part("Varför har vi mötet?", "[bild: människor runt ett bord]",
         ["Jag vill att alla pratar med varandra.", "Då blir det lättare för mig."],
         ["Vi har mötet för att alla ska samarbeta.", "Det blir bättre samarbete."])

    part("Vad ska vi prata om?", "[bild: pratbubblor]",
         ["Vi ska prata om hur det går."],
         ["Vi pratar om hur det går för Viktor."])

    part("Får vi prata med varandra om dig?", "[bild: tummen upp]",
         ["Ja, det får ni.", "Jag sa ja på mötet den 20 maj 2025.", "Lina läste upp lappen för mig först."],
         ["Viktor gav muntligt samtycke på mötet 2025-05-20.",
          "Samtycket gäller habiliteringen, vårdcentralen och LSS i Nybro."])

    part("Det här vill jag", "[bild: buss]",
         ["Jag vill åka buss själv till jobbet.",
          "Jag vill gå ner lite i vikt. Jag vill inte ha ont i knäna.",
          "Jag vill laga mat själv en gång i veckan."],
         ["Viktor åker färdtjänst till daglig verksamheten i dag.",
          "Han har diabetes typ 2 och har gått upp 9 kilo på ett år."])

    part("Boende", "[bild: hus]",
         ["Jag trivs på Solrosen.", "Jag vill laga tacos."],
         ["Lina, stödpedagog på gruppbostaden Solrosen, lagar mat med Viktor varje onsdag.",
          "Vi börjar onsdag 4 juni 2025.",
          "Viktor väljer maträtt själv med bildkort."])

    part("Jobbet", "[bild: buss] [bild: verkstad]",
         ["Jag jobbar på Verkstan.", "Jag vill åka buss dit själv."],
         ["Arbetsterapeut på Vuxenhabiliteringen Kalmar tränar bussresan med Viktor.",
          "Hon gör en bildkarta för resan.",
          "Träningen börjar i augusti 2025, en gång i veckan.",
          "Handledare Samira på daglig verksamhet Verkstan, Nybro, möter Viktor vid hållplatsen under träningen."])

    part("Hälsa", "[bild: hjärta] [bild: äpple]",
         ["Jag vill inte ha ont i knäna.", "Jag gillar att promenera med Ahmed."],
         ["Dietist på Vårdcentralen Nybro träffar Viktor och Lina 2025-06-10.",
          "Diabetessköterska på Vårdcentralen Nybro tar blodsocker var tredje månad. Nästa gång 2025-06-10.",
          "Ahmed, personal på Solrosen, går promenad med Viktor tisdag och torsdag. Det börjar vecka 23."])

    part("Andra som hjälper mig", "[bild: två personer]",
         ["Jag har en god man.", "Hon heter Eva."],
         ["Viktor har god man."])

    part("Vem håller i planen?", "[bild: pärm]",
         ["Samir håller i min plan."],
         ["Samir, LSS-handläggare på Nybro kommun, har huvudansvar för planen.",
          "Han ser till att alla gör det vi har bestämt."])

    doc.save(path(7, "docx"))


# ====================================================================== 08
# NOT a plan: request for a SIP meeting from a school's student health team.

def plan08():
    doc = Document()
    base_font(doc, "Calibri", 11)
    sec = doc.sections[0]
    set_margins(sec, 1.8, 1.8, 2.0, 2.0)
    hp = sec.header.paragraphs[0]
    hp.text = "Finspångs kommun · Barn- och utbildningsförvaltningen · Elevhälsan"
    for r in hp.runs:
        r.font.size = Pt(9)
        r.font.small_caps = True
    fp = sec.footer.paragraphs[0]
    fp.text = "Blankett EHT-12 Begäran om SIP, version 2024-08 · Skickas som sekretessbelagd post till Socialtjänsten"
    for r in fp.runs:
        r.font.size = Pt(7.5)

    p = doc.add_paragraph()
    r = p.add_run("Begäran om SIP")
    r.bold = True
    r.font.size = Pt(18)
    p = doc.add_paragraph()
    r = p.add_run("Begäran om samordnad individuell plan – från elevhälsan till socialtjänsten")
    r.italic = True

    def form_table(rows, fill="EDEDED"):
        t = doc.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for label, val in rows:
            c = t.add_row().cells
            set_cell(c[0], label, bold=True, size=10)
            shade(c[0], fill)
            set_cell(c[1], val, size=10)
            c[0].width = Cm(5.0)
            c[1].width = Cm(12.0)
        return t

    bold_para(doc, "1. Till", space_before=8)
    form_table([
        ("Mottagare", "Socialtjänsten Finspångs kommun, Barn och unga – mottagningsgruppen"),
        ("Datum för begäran", "2025-09-29"),
    ])

    bold_para(doc, "2. Vem begär SIP")
    form_table([
        ("Verksamhet", "Elevhälsoteamet, Nyhemsskolan F–6, Finspång"),
        ("Kontaktperson", "Malin, skolkurator (nås via växeln)"),
        ("Övriga i elevhälsoteamet som står bakom begäran", "Rektor, skolsköterska, specialpedagog"),
    ])

    bold_para(doc, "3. Eleven")
    form_table([
        ("Elev", "N., åk 5"),
        ("Personnummer", "ÅÅMMDD-XXXX"),
        ("Vårdnadshavare", "Mamma och pappa, gemensam vårdnad, bor på olika adresser i Finspång"),
    ])

    bold_para(doc, "4. Anledning till begäran")
    doc.add_paragraph(
        "N. har sedan vårterminen 2025 haft ökande frånvaro (38 % under augusti–september) och flera "
        "utbrott i skolan där han har slagit klasskamrater och personal. Skolan har gjort anpassningar "
        "(eget arbetsrum, elevassistent delar av dagen) utan tillräcklig effekt. N. står i kö för "
        "neuropsykiatrisk utredning hos BUP Norrköping sedan april 2025. Familjen har haft kontakt med "
        "Familjecentralen i Finspång under våren. Elevhälsan bedömer att N:s behov inte kan mötas av skolan "
        "ensam och att skola, BUP och socialtjänst behöver samordna sig."
    )

    bold_para(doc, "5. Verksamheter som föreslås bli kallade")
    for ticked, lab in (
        (True, "Socialtjänsten Finspång, Barn och unga"),
        (True, "BUP Norrköping, Region Östergötland"),
        (True, "Vårdcentralen Finspång, Region Östergötland"),
        (False, "Habiliteringen"),
        (True, "Nyhemsskolan, elevhälsan (kurator, specialpedagog)"),
        (False, "Annan: ……………………"),
    ):
        doc.add_paragraph(("☒ " if ticked else "☐ ") + lab)

    bold_para(doc, "6. Vårdnadshavarnas inställning")
    doc.add_paragraph(
        "Kurator har pratat med båda vårdnadshavarna, mamma 2025-09-23 vid möte på skolan och pappa i "
        "telefon 2025-09-24. Båda är positiva till ett SIP-möte. Mamma vill att BUP-kön tas upp. Pappa vill "
        "att mötet hålls efter kl. 15 på grund av sitt arbete. Vårdnadshavarnas skriftliga samtycke till att "
        "socialtjänsten kontaktas bifogas (blankett EHT-08)."
    )
    p = doc.add_paragraph()
    r = p.add_run("N:s egen syn har inte efterfrågats ännu – detta görs inför mötet av kurator.")
    r.italic = True

    bold_para(doc, "7. Förslag på mötestider")
    form_table([
        ("Förslag 1", "Tisdag 2025-10-14 kl. 15.15–16.30"),
        ("Förslag 2", "Torsdag 2025-10-16 kl. 15.15–16.30"),
        ("Plats", "Nyhemsskolan, konferensrummet, eller digitalt via Teams"),
    ])

    bold_para(doc, "8. Bilagor")
    doc.add_paragraph("☒ Samtycke från vårdnadshavare (EHT-08)\n☐ Pedagogisk kartläggning\n☒ Frånvarorapport ht 2025")

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(14)
    p.add_run("Underskrift: Malin, skolkurator, Nyhemsskolan\nDatum: 2025-09-29")
    p = doc.add_paragraph()
    r = p.add_run("Socialtjänsten fyller i: Mottaget ………… Handläggare ………… Kallelse skickad …………")
    r.font.size = Pt(9)
    doc.save(path(8, "docx"))


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
