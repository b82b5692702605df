#!/usr/bin/env python3
"""Generate the f78a batch of fictional, anonymised SIP documents (Dalarna/Gävleborg, 2025).

Run with /work/batches/.venv/bin/python generate.py
Deterministic: fixed dates and texts, no randomness. f78a-01.pdf is made
HTML -> ODT -> PDF with LibreOffice (profile /tmp/lo-f78a), because the
direct HTML -> PDF route drops the page header/footer on even pages.
"""
import os
import shutil
import subprocess
import tempfile
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
PREFIX = "f78a"
LO_PROFILE = "file:///tmp/lo-f78a"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_I = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"


def path(n, ext):
    return os.path.join(OUT, f"{PREFIX}-{n:02d}.{ext}")


def soffice(args, src, outdir):
    cmd = ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless"] + args + ["--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


# ---------------------------------------------------------------- docx helpers

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


def cell_text(cell, text, bold=False, italic=False, size=None, color=None, font=None):
    """Write text (may contain \n) into a cell, replacing its first paragraph."""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i > 0:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor(*color)
        if font:
            r.font.name = font
    return p


def para(doc, text="", bold=False, italic=False, size=None, style=None, align=None, space_after=None, color=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor(*color)
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def add_field(run, instr):
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


def set_col_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        if i < len(widths_cm):
            gc.set(qn("w:w"), str(int(widths_cm[i] * 567)))
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def save_docx(doc, dest, when):
    """Save with fixed core properties and zip timestamps so reruns give identical files."""
    import datetime as dt
    import io
    import zipfile
    cp = doc.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.created = dt.datetime(*when)
    cp.modified = dt.datetime(*when)
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=when[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(item.filename))


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


# ============================================================ 01 HTML -> PDF

def fix_footer_font(odt):
    """The HTML import leaves the page-number field at the default size; give the
    footer paragraph that holds it the same 8 pt as the rest of the print footer."""
    import re
    import zipfile
    tmp = odt + ".tmp"
    with zipfile.ZipFile(odt) as zin, zipfile.ZipFile(tmp, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "styles.xml":
                s = data.decode("utf-8")
                m = re.search(r'<text:p text:style-name="([^"]+)"><text:page-number', s)
                if m:
                    name = m.group(1)
                    s = re.sub(r'(<style:style style:name="%s"[^>]*>.*?)(</style:style>)' % re.escape(name),
                               lambda mm: mm.group(1) + '<style:text-properties fo:font-size="8pt"/>' + mm.group(2),
                               s, count=1, flags=re.S)
                data = s.encode("utf-8")
            ct = zipfile.ZIP_STORED if item.filename == "mimetype" else zipfile.ZIP_DEFLATED
            zout.writestr(item, data, compress_type=ct)
    os.replace(tmp, odt)


def plan01():
    title = "SIP – Visa plan 48213 – SAMSA Samverkan Dalarna"
    url = "https://samsa.intra.dalarna.local/sip/plan/visa?planId=48213&amp;vy=utskrift"
    printed = "2025-03-12 15:42"

    def sec(name):
        return (f'<tr><td colspan="2" bgcolor="#dbe4ef" style="font-size:11.5pt">'
                f'<b>{name}</b></td></tr>')

    def row(label, value=""):
        v = value if value else "&nbsp;"
        return (f'<tr><td width="32%" valign="top" bgcolor="#f4f4f4" style="font-size:10.5pt">{label}</td>'
                f'<td width="68%" valign="top" style="font-size:10.5pt">{v}</td></tr>')

    rows = []
    rows.append(sec("Planuppgifter"))
    rows += [
        row("Plan-ID", "48213"),
        row("Plantyp", "SIP – samordnad individuell plan"),
        row("Status", "Fastställd"),
        row("Version", "1"),
        row("Datum för SIP-möte", "2025-03-11"),
        row("Mötesplats", "Vuxenpsykiatrin Borlänge, samtalsrum 2"),
        row("Mötet kallat av", "Vuxenpsykiatrin Borlänge"),
        row("Upprättad", "2025-03-11"),
        row("Senast ändrad", "2025-03-12 15:38"),
    ]
    rows.append(sec("Den enskilde"))
    rows += [
        row("Namn", "Ola"),
        row("Personnummer", "XXXXXX-XXXX"),
        row("Ålder", "34 år"),
        row("Folkbokföringskommun", "Borlänge"),
        row("Tolkbehov", "Nej"),
        row("Kontaktuppgifter", "Via växeln / 070-XXX XX XX"),
        row("Pågående kontakter före SIP", "Psykosmottagningen, Vuxenpsykiatrin Borlänge; Vuxenenheten IFO Borlänge (ansökan om ekonomiskt bistånd)"),
        row("Tidigare SIP", "Nej"),
        row("Företrädare / god man", ""),
        row("Samtycke till SIP och informationsöverföring", "Ja"),
    ]
    rows.append(sec("Bakgrund och syfte"))
    rows += [
        row("Bakgrund",
            "Ola har en psykossjukdom sedan 2016 och har kontakt med psykosmottagningen. "
            "Han vårdades inneliggande på psykiatrisk avdelning i Falun i januari 2025 efter "
            "ett återinsjuknande då han slutat ta sin medicin. Sedan hösten 2024 har han "
            "obetalda hyror och flera sms-lån, och i februari kom en skriftlig "
            "påminnelse om hyresskulden. Ola bor ensam i lägenhet i Borlänge och har "
            "ingen sysselsättning i dag."),
        row("Syfte med SIP",
            "Syftet med planen är att psykiatrin och socialtjänsten samordnar sitt stöd så att "
            "Ola kan bo kvar i sin lägenhet, få ordning på sin ekonomi och hålla kontakten med "
            "psykosmottagningen nu efter vårdtiden i januari."),
        row("Frågeställningar inför mötet", ""),
    ]
    rows.append(sec("Den enskildes mål och delaktighet"))
    rows += [
        row("Den enskildes mål (med egna ord)",
            "”Jag vill bo kvar i min lägenhet och slippa gå och oroa mig för räkningarna hela tiden.”"),
        row("Den enskildes delaktighet",
            "Ola deltog under hela mötet. Han vill helst träffa samma personal varje gång och vill "
            "inte ha hembesök oftare än två gånger i veckan. Han vill att post om hyresskulden "
            "gås igenom tillsammans med honom och inte skickas vidare utan att han vet om det."),
    ]
    rows.append(sec("Insatser"))
    rows += [
        row("Insats 1", "Läkemedelsuppföljning och stödsamtal"),
        row("Insats 1 – ansvarig", "Kontaktsjuksköterska, Psykosmottagningen, Vuxenpsykiatrin Borlänge"),
        row("Insats 1 – tidpunkt", "Varannan vecka fr.o.m. 2025-03-18"),
        row("Insats 2", "Boendestöd i hemmet: struktur i vardagen, post och inköp"),
        row("Insats 2 – ansvarig", "Boendestödet, Socialpsykiatrin, Borlänge kommun"),
        row("Insats 2 – tidpunkt", "Två gånger per vecka fr.o.m. 2025-03-24"),
        row("Insats 3", "Genomgång av skulder och upprättande av budget"),
        row("Insats 3 – ansvarig", "Budget- och skuldrådgivningen, Borlänge kommun"),
        row("Insats 3 – tidpunkt", "Första möte 2025-04-02"),
        row("Insats 4", "Utredning av ansökan om ekonomiskt bistånd för hyresskuld"),
        row("Insats 4 – ansvarig", "Kommunen"),
        row("Insats 4 – tidpunkt", ""),
        row("Insats 5", "Läkarbedömning av depåmedicinering"),
        row("Insats 5 – ansvarig", "Överläkare, Psykosmottagningen, Vuxenpsykiatrin Borlänge"),
        row("Insats 5 – tidpunkt", "2025-04-08"),
        row("Övriga aktörers insatser", ""),
    ]
    rows.append(sec("Ansvar och uppföljning"))
    rows += [
        row("Huvudansvarig för planen", "Kontaktsjuksköterska Maria, Psykosmottagningen, Vuxenpsykiatrin Borlänge"),
        row("Nästa uppföljning", ""),
        row("Plats för uppföljning", ""),
        row("Deltagare vid mötet",
            "Ola; kontaktsjuksköterska; överläkare (första halvtimmen); socialsekreterare; "
            "boendestödjare; budget- och skuldrådgivare"),
        row("Kallade som inte deltog", ""),
        row("Bilagor", ""),
    ]

    log = [
        ("2025-02-26 09:14", "Ärende skapat", "Vuxenpsykiatrin Borlänge"),
        ("2025-02-26 09:31", "Kallelse skickad (5 mottagare)", "Vuxenpsykiatrin Borlänge"),
        ("2025-02-27 13:05", "Kallelse mottagen", "Socialpsykiatrin Borlänge"),
        ("2025-02-27 13:40", "Kallelse mottagen", "Budget- och skuldrådgivningen Borlänge"),
        ("2025-02-28 08:22", "Kallelse mottagen", "Vuxenenheten IFO Borlänge"),
        ("2025-03-11 11:48", "Plan upprättad", "Vuxenpsykiatrin Borlänge"),
        ("2025-03-12 15:38", "Plan fastställd, version 1", "Vuxenpsykiatrin Borlänge"),
        ("2025-03-12 15:41", "Utskrift", "Vuxenpsykiatrin Borlänge"),
    ]
    logrows = "".join(
        f'<tr><td style="font-size:9.5pt">{a}</td><td style="font-size:9.5pt">{b}</td>'
        f'<td style="font-size:9.5pt">{c}</td></tr>' for a, b, c in log)

    html = f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>{title}</title></head>
<body style="font-family: Liberation Sans, Arial, sans-serif">
<div title="header"><table width="100%" cellpadding="0" cellspacing="0"><tr>
<td width="22%" style="font-size:8pt">{printed}</td>
<td width="56%" align="center" style="font-size:8pt">{title}</td>
<td width="22%" style="font-size:8pt">&nbsp;</td></tr></table></div>
<p style="font-size:8pt; color:#1f4e79">SAMSA Samverkan Dalarna &nbsp;|&nbsp; Start &nbsp;|&nbsp; Mina ärenden &nbsp;|&nbsp; Kallelser &nbsp;|&nbsp; Sök person &nbsp;|&nbsp; Hjälp &nbsp;|&nbsp; Logga ut</p>
<p style="font-size:8pt">Inloggad: Vuxenpsykiatrin Borlänge &gt; Psykosmottagningen</p>
<h2 style="font-size:15pt">Samordnad individuell plan (SIP) – Ola</h2>
<p style="font-size:8pt">Ärende 2025-BO-0192 &nbsp;·&nbsp; Plan 48213 &nbsp;·&nbsp; Fastställd &nbsp;&nbsp; [Redigera] [Skriv ut] [Ny uppföljning] [Stäng]</p>
<table width="100%" border="1" cellpadding="7" cellspacing="0" style="border-collapse:collapse">
{''.join(rows)}
</table>
<h3 style="font-size:11pt">Händelselogg</h3>
<table width="100%" border="1" cellpadding="3" cellspacing="0">
<tr><td bgcolor="#dbe4ef" style="font-size:8pt"><b>Tidpunkt</b></td><td bgcolor="#dbe4ef" style="font-size:8pt"><b>Händelse</b></td><td bgcolor="#dbe4ef" style="font-size:8pt"><b>Enhet</b></td></tr>
{logrows}
</table>
<p style="font-size:7pt; color:#666666">SAMSA version 3.4.2 · Informationen är sekretesskyddad enligt OSL 25 kap. 1 § och 26 kap. 1 §. Utskrift ska förvaras inlåst och förstöras när den inte längre behövs.</p>
<div title="footer"><table width="100%" cellpadding="0" cellspacing="0"><tr>
<td width="80%" style="font-size:8pt">{url}</td>
<td width="20%" align="right" style="font-size:8pt"><sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield>/<sdfield type=DOCSTAT subtype=PAGE format=PAGE>3</sdfield></td>
</tr></table></div>
</body></html>
"""
    tmp = tempfile.mkdtemp(prefix="f78a-")
    try:
        h = os.path.join(tmp, f"{PREFIX}-01.html")
        with open(h, "w", encoding="utf-8") as f:
            f.write(html)
        soffice(["--infilter=HTML (StarWriter)", "--convert-to", "odt"], h, tmp)
        odt = os.path.join(tmp, f"{PREFIX}-01.odt")
        fix_footer_font(odt)
        soffice(["--convert-to", "pdf"], odt, tmp)
        shutil.copy(os.path.join(tmp, f"{PREFIX}-01.pdf"), path(1, "pdf"))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ============================================================ 02 child-friendly docx

def plan02():
    doc = base_doc("Calibri", 12)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hr = hp.add_run("Mora kommun · Region Dalarna          Min SIP – samordnad individuell plan")
    hr.font.size = Pt(8)
    hr.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fr = fp.add_run("Den här planen är skriven till dig, Alva. Fråga mamma, pappa eller någon av oss om du undrar något.")
    fr.font.size = Pt(8)
    fr.italic = True

    para(doc, "Min plan – Alva, 9 år", bold=True, size=20, space_after=2, color=(0x2e, 0x74, 0xb5))
    para(doc, "Möte på Noretskolan i Mora tisdag 28 januari 2025", size=11, space_after=12)

    def block(head, *texts):
        para(doc, head, bold=True, size=13, space_after=2, color=(0x2e, 0x74, 0xb5))
        for t in texts:
            para(doc, t, space_after=6)

    block("Varför träffades vi?",
          "Vi träffades för att du har haft ont i magen och varit rädd på morgnarna, och därför "
          "inte orkat gå till skolan så mycket sedan höstlovet. Alla vi vuxna vill hjälpa dig så "
          "att det blir lättare att komma iväg till skolan och att vara kvar där hela dagen.")
    block("Vilka var med?",
          "Du, mamma, pappa, Pia, Lena, Jonas och Sara.",
          "Du var med i början av mötet och berättade hur du har det. Sedan ritade du i rummet "
          "bredvid medan vi vuxna pratade vidare, och på slutet visade vi dig vad vi hade kommit fram till.")
    block("Vad pratade vi om?",
          "Vi pratade mest om två frågor: Hur kan morgnarna hemma bli lugnare, så att det inte blir "
          "bråttom och bråk innan du ska gå? Och vad kan göra långrasten mindre läskig för dig?")
    block("Vad vill du?",
          "Du sa: ”Jag vill kunna gå till skolan utan att ha ont i magen. Och jag vill vara med "
          "Tyra på rasterna.”",
          "Du sa också att du inte vill att någon frågar dig saker inför hela klassen, och att "
          "det är bra när du vet vad som ska hända under dagen.")
    block("Får vi prata med varandra om dig?",
          "Mamma och pappa har gett sitt samtycke till att vi som jobbar med dig får prata med "
          "varandra om hur du har det.")

    p = para(doc, "Det här ska vi göra", bold=True, size=13, space_after=4, color=(0x2e, 0x74, 0xb5))
    p.paragraph_format.page_break_before = True
    heads = ["Det här gör jag", "Det här gör mamma/pappa", "Det här gör skolan",
             "Det här gör BUP/socialtjänsten"]
    body = [
        "Jag säger till mamma eller pappa när jag får ont i magen.\n"
        "Jag gör andningsövningen som Jonas har visat mig.\n"
        "Jag får gå till Lenas rum på långrasten om det känns jobbigt.",
        "Mamma eller pappa följer mig till skolan och säger hej då vid grinden.\n"
        "Vi äter frukost tillsammans och packar väskan kvällen innan.\n"
        "Mamma och pappa går på föräldragrupp på BUP.",
        "Pia gör ett bildschema så att jag vet vad som händer under dagen.\n"
        "Jag får sitta nära dörren i klassrummet.\n"
        "Lena träffar mig och pratar en stund.\n"
        "En rastvärd hjälper mig att hitta någon att vara med.",
        "Jonas på BUP träffar mig och mamma eller pappa och lär oss saker om oro (KBT).\n"
        "Sara på socialtjänsten ordnar en familjebehandlare som kan komma hem till oss på morgnarna.",
    ]
    when = [
        "Varje skoldag.",
        "Varje skolmorgon från måndag 3 februari.\nFöräldragruppen är på torsdagar i februari och mars.",
        "Schemat och platsen vid dörren från måndag 3 februari.\nLena träffar mig varje tisdag efter lunch.",
        "När det passar. BUP och socialtjänsten hör av sig.",
    ]
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    colors = ["FFF2CC", "E2EFDA", "DDEBF7", "FCE4D6"]
    for i, h in enumerate(heads):
        c = t.rows[0].cells[i]
        cell_text(c, h, bold=True, size=10)
        shade(c, colors[i])
        cell_text(t.rows[1].cells[i], body[i], size=10)
        c2 = t.rows[2].cells[i]
        p = c2.paragraphs[0]
        r = p.add_run("När?")
        r.bold = True
        r.font.size = Pt(10)
        for line in when[i].split("\n"):
            pp = c2.add_paragraph()
            rr = pp.add_run(line)
            rr.font.size = Pt(10)
        shade(c2, "F2F2F2")
    repeat_header(t.rows[0])
    for row in t.rows:
        trPr = row._tr.get_or_add_trPr()
        cs = OxmlElement("w:cantSplit")
        cs.set(qn("w:val"), "true")
        trPr.append(cs)
    set_col_widths(t, [4.15] * 4)

    para(doc, "", space_after=4)
    block("När ses vi igen?",
          "Vi ses igen i mars, efter sportlovet, här på skolan. Då pratar vi om hur det har gått. "
          "Pia skickar hem en lapp om vilken dag det blir.")
    para(doc, "Bra jobbat på mötet, Alva!", italic=True, space_after=0)
    save_docx(doc, path(2, "docx"), (2025, 1, 29, 9, 0, 0))


# ============================================================ 03 e-mail reply (UTF-8, CRLF)

def wrap_block(text, width=72):
    out = []
    for line in text.split("\n"):
        if not line.strip():
            out.append("")
            continue
        indent = len(line) - len(line.lstrip(" "))
        sub = ""
        stripped = line.strip()
        if stripped.startswith(("- ", "1. ", "2. ", "3. ", "4. ", "5. ")):
            sub = " " * (stripped.index(" ") + 1)
        out.extend(textwrap.wrap(line, width=width, subsequent_indent=" " * indent + sub,
                                 break_long_words=False, break_on_hyphens=False) or [""])
    return out


def plan03():
    new = """Hej alla,

här är den uppdaterade planen efter uppföljningen i tisdags (2025-06-03). Jag har skrivit in det vi kom fram till, den tidigare planen från mars ligger kvar längre ner i mejlet. Hör av er senast fredag 2025-06-13 om något har blivit fel så rättar jag i journalen.

FRÅGOR VI TOG UPP PÅ UPPFÖLJNINGEN
- Hur ska skolgången se ut till hösten? M. har hög frånvaro i vår och riskerar att inte få betyg i tre kurser.
- Ska behandlingen på Mini-Maria fortsätta över sommaren eller göra uppehåll?
- Behöver M. en bedömning av koncentrationssvårigheter via BUP?

LÄGET NU
M. har lämnat negativa urinprov sedan mitten av april, utom ett i maj. Närvaron i skolan har ökat något sedan påsklovet men ligger fortfarande under 50 %. M. och mamma var med på hela mötet.

UPPDATERADE INSATSER
1. Mini-Maria Gävle, behandlare: fortsatta behandlingssamtal (MI/återfallsprevention) varannan vecka även under sommaren, t.o.m. 2025-08-29. Urinprov vid varje besök.
2. Vasaskolan, mentor: anpassad studieplan för åk 2 klar till skolstart 2025-08-18. Specialpedagog gör kartläggning av läs- och skrivförmåga vecka 35.
3. BUP Gävle, läkare: bedömning av om neuropsykiatrisk utredning behövs, första besök 2025-06-24.
4. Ungdomsenheten IFO Gävle, socialsekreterare: beslut om förlängd öppenvårdsinsats på Mini-Maria fattas senast 2025-06-13.
5. Arbetsmarknadsavdelningen, Gävle kommun: feriearbete tre veckor, 2025-06-30 – 2025-07-18.

Pappa är informerad om planen och vill gärna vara med och stötta M. under sommaren.

Huvudansvaret för planen ligger kvar hos kommunen.

NÄRVARANDE 2025-06-03
- M.
- mamma
- socialsekreterare, Ungdomsenheten IFO Gävle kommun
- behandlare, Mini-Maria Gävle
- mentor, Vasaskolan, Gävle kommun
- läkare, BUP Gävle, Region Gävleborg (via Teams första halvtimmen)

NÄSTA UPPFÖLJNING
Tisdag 2025-09-16 kl. 13.00 på Ungdomsenheten. Jag skickar kallelse i augusti."""

    sig = """Vänliga hälsningar

Socialsekreterare
Ungdomsenheten, Individ- och familjeomsorgen
Gävle kommun
Nås via kommunens växel"""

    old = """Hej!

Här kommer planen från SIP-mötet igår, 2025-03-18. Säg till om ni saknar något.

SAMORDNAD INDIVIDUELL PLAN (SIP) – M., 16 år

Syfte: Samordning av insatser.

Bakgrund: M. går åk 1 på Vasaskolan och har sedan hösten 2024 ökande frånvaro. Han har vid två tillfällen i vintras påträffats av polis och haft cannabis på sig. Orosanmälan kom in till Ungdomsenheten i januari 2025 och utredning pågår.

Mål: Målet är att M. ska sluta använda cannabis och komma tillbaka till skolan på heltid.

Insatser:
- Mini-Maria Gävle (behandlare): behandlingssamtal varannan vecka med start 2025-03-25, urinprov i samband med besöken.
- Vasaskolan (mentor och elevhälsan): kartläggning av frånvaron och kontakt med hemmet varje fredag, kartläggningen klar 2025-04-11.
- Ungdomsenheten IFO (socialsekreterare): utredning enligt 11 kap. 1 § SoL, klar senast 2025-06-13.
- Ungdomsmottagningen Gävle (kurator): samtalskontakt om sömn och stress, första besök 2025-04-02.

Huvudansvar: IFO

Uppföljning: 2025-06-03 kl. 13.00 på Ungdomsenheten.

Deltagare: M., mamma, socialsekreterare, behandlare Mini-Maria, mentor, kurator Ungdomsmottagningen.

Hälsningar
Ungdomsenheten IFO Gävle"""

    lines = wrap_block(new, 72)
    lines += ["", "-- "] + sig.split("\n") + [""]
    lines.append("Den 2025-03-19 kl. 09:12 skrev [namn] <[e-postadress borttagen]>:")
    # the earlier mail was wrapped at 76 by its sender; quoting adds "> " and the
    # reply client re-wraps at 76 again, which leaves short continuation lines
    for ln in wrap_block(old, 76):
        q = "> " + ln if ln else ">"
        if len(q) > 76:
            first = textwrap.wrap(q, width=76, break_long_words=False)[0]
            rest = q[len(first):].strip()
            lines.append(first)
            lines.append("> " + rest)
        else:
            lines.append(q)
    text = "\r\n".join(lines) + "\r\n"
    with open(path(3, "txt"), "wb") as f:
        f.write(text.encode("utf-8"))


# ============================================================ 04 Markdown with YAML front matter

def plan04():
    md = """---
title: "SIP – G., hemgång efter höftfraktur"
date: 2025-04-08
enhet: Hemsjukvården Hudiksvall
---

# SIP – G., 84 år

**Mötesdatum:** 2025-04-08
**Plats:** hemma hos G., Hudiksvall
**Skrivet av:** distriktssköterska, hemsjukvården

## Bakgrund

G. bor ensam i villa strax utanför Hudiksvall sedan hustrun dog 2022. Han föll i köket
2025-03-20 och opererades för höftfraktur på Hudiksvalls sjukhus. Utskriven till hemmet
2025-04-02. Går med rollator inomhus, behöver hjälp med dusch och påklädning av strumpor.
Har Waran sedan tidigare. Dottern Karin bor i Delsbo och kommer flera gånger i veckan.

## Frågeställningar

- Gå igenom läget efter hemgång.

## Samtycke

- [x] Samtycke muntligt (G. själv, vid mötet 2025-04-08)
- [ ] Samtycke skriftligt

## Deltagare

- [x] G.
- [x] Karin, dotter
- [x] Distriktssköterska
- [x] Biståndshandläggare
- [x] Fysioterapeut
- [ ] Arbetsterapeut (förhinder, har fått planen)

## G:s egna mål och synpunkter

> ”Jag vill klara mig själv här hemma och kunna gå ut till brevlådan och hämta tidningen på morgonen.”

G. tycker att hemtjänsten kommer för tidigt på morgonen och vill hellre ha besöket efter kl. 8.
Han vill inte flytta till särskilt boende och vill inte ha nattillsyn.

## Insatser

| Insats | Vem | När |
|---|---|---|
| Hemtjänst morgon och kväll, hjälp med dusch en gång i veckan | Hemtjänsten Hudiksvall centrum | Från 2025-04-09, morgonbesök efter kl. 08 |
| Trygghetslarm | Biståndshandläggare, Hudiksvalls kommun | Beslut 2025-04-10 |
| Gångträning med rollator, träningsprogram för hemmet | Fysioterapeut, Rehab Hudiksvall (Region Gävleborg) | Hembesök 2025-04-15 och 2025-04-29 |
| Toalettförhöjning och duschpall | Arbetsterapeut, kommunrehab Hudiksvall | – |
| Läkemedelsgenomgång, kontroll av PK (Waran) | Distriktssköterska och läkare, Hälsocentralen Hudiksvall | 2025-04-22 |

## Närstående och G. själv

- Karin handlar mat varje lördag och hjälper G. att betala räkningarna via internetbanken.
- G. gör övningarna från fysioterapeuten morgon och kväll, med stöd av hemtjänsten vid kvällsbesöket.

## Huvudansvarig för planen

_Ej utsedd – tas upp vid nästa möte._

## Uppföljning

Om ca sex veckor, vecka 21.
"""
    with open(path(4, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ============================================================ 05 follow-up docx with status table

def plan05():
    doc = base_doc("Arial", 10)
    sec = doc.sections[0]
    ht = sec.header.add_table(rows=1, cols=2, width=Cm(16.6))
    cell_text(ht.rows[0].cells[0], "Ludvika kommun\nRegion Dalarna", bold=True, size=8)
    p = cell_text(ht.rows[0].cells[1], "Samordnad individuell plan – uppföljning\nSekretess enligt OSL", size=8)
    ht.rows[0].cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    ht.rows[0].cells[1].paragraphs[1].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = fp.add_run("Sida ")
    r.font.size = Pt(8)
    r2 = fp.add_run()
    r2.font.size = Pt(8)
    add_field(r2, "PAGE")

    doc.add_heading("Uppföljning av SIP", level=1)

    info = doc.add_table(rows=5, cols=2)
    info.style = "Table Grid"
    data = [
        ("Namn", "J."),
        ("Personnummer", "ÅÅMMDD-XXXX"),
        ("Datum för uppföljning", "2025-05-14"),
        ("SIP upprättad", "2024-11-20"),
        ("Plats", "Habiliteringen Ludvika"),
    ]
    for i, (a, b) in enumerate(data):
        cell_text(info.rows[i].cells[0], a, bold=True)
        shade(info.rows[i].cells[0], "EDEDED")
        cell_text(info.rows[i].cells[1], b)
    set_col_widths(info, [5.0, 11.6])

    doc.add_heading("Syfte", level=2)
    para(doc, "Se tidigare plan (2024-11-20).")

    doc.add_heading("Närvarande", level=2)
    for line in [
        "J. (första halvtimmen)",
        "Mamma",
        "LSS-handläggare, Socialförvaltningen Ludvika kommun",
        "Enhetschef, gruppbostaden Solrosen, Ludvika kommun",
        "Handledare, daglig verksamhet Verkstan, Ludvika kommun",
        "Arbetsterapeut, Habiliteringen Ludvika, Region Dalarna",
        "Sjuksköterska, Vuxenpsykiatrin Ludvika, Region Dalarna",
    ]:
        para(doc, line, style="List Bullet", space_after=0)

    doc.add_heading("Den enskildes delaktighet", level=2)
    para(doc, "J. var med under första halvtimmen av mötet och gick sedan tillbaka till daglig "
              "verksamhet tillsammans med sin handledare.")
    doc.add_heading("Samtycke", level=2)
    para(doc, "Samtycke finns sedan tidigare.")

    doc.add_heading("Tidigare insatser – status", level=2)
    prev = [
        ("Bostad med särskild service enligt LSS 9 § 9, inflyttning gruppbostaden Solrosen",
         "LSS-handläggare / Enhetschef Solrosen", "Genomfört",
         "Flyttade in 2025-01-15. Personalen beskriver att boendet fungerar bra, kvällarna är lugnare."),
        ("Bildstöd och veckoschema i bostaden", "Arbetsterapeut, Habiliteringen",
         "Genomfört", "Schemat används dagligen av personalen."),
        ("Daglig verksamhet fyra dagar i veckan", "Handledare, Verkstan",
         "Pågår", "Närvaro i snitt tre dagar per vecka. Fredagar fungerar inte."),
        ("Läkemedelsuppföljning sömn (melatonin)", "Sjuksköterska/läkare, Vuxenpsykiatrin Ludvika",
         "Pågår", "Dosen justerad i april. Sover bättre enligt personalen."),
        ("Kontaktperson enligt LSS 9 § 4", "LSS-handläggare",
         "Ej påbörjat", "Ingen lämplig kontaktperson har hittats ännu."),
        ("Bedömning av ångest inför ev. KBT", "Vuxenpsykiatrin Ludvika",
         "Ej påbörjat", "Väntelista."),
    ]
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(["Insats", "Ansvarig", "Status", "Kommentar"]):
        cell_text(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9E2F3")
    repeat_header(t.rows[0])
    for row in prev:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cell_text(cells[i], v, size=9)
    set_col_widths(t, [5.0, 3.8, 2.2, 5.6])

    doc.add_heading("Nya insatser", level=2)
    new = [
        ("Sensorisk bedömning i bostaden, förslag på anpassningar", "Arbetsterapeut, Habiliteringen Ludvika", "Senast 2025-06-27"),
        ("Successiv ökning till fyra dagar i daglig verksamhet, fredagar med kortare dag", "Handledare, daglig verksamhet Verkstan", "Från 2025-08-11"),
        ("Fortsatt sökande efter kontaktperson", "Kommunen", ""),
        ("Samtalskontakt kring ångest", "Regionen", "Hösten 2025"),
    ]
    t2 = doc.add_table(rows=1, cols=3)
    t2.style = "Table Grid"
    for i, h in enumerate(["Insats", "Ansvarig", "När"]):
        cell_text(t2.rows[0].cells[i], h, bold=True)
        shade(t2.rows[0].cells[i], "D9E2F3")
    repeat_header(t2.rows[0])
    for row in new:
        cells = t2.add_row().cells
        for i, v in enumerate(row):
            cell_text(cells[i], v, size=9)
    set_col_widths(t2, [7.6, 5.4, 3.6])

    doc.add_heading("Övriga aktörer", level=2)
    para(doc, "J. har god man. Kontakt finns även med Försäkringskassan.")

    doc.add_heading("Huvudansvar", level=2)
    para(doc, "Ludvika kommun")

    doc.add_heading("Nästa uppföljning", level=2)
    para(doc, "2025-11-20 kl. 09.30, Habiliteringen Ludvika. Kallelse skickas ut i oktober.")
    save_docx(doc, path(5, "docx"), (2025, 5, 15, 10, 0, 0))


# ============================================================ 06 fpdf2 boxed form

class FormPDF(FPDF):
    SYSTEM = "VÅRDSAM Gävleborg – Samordnad individuell plan"
    PRINTED = "Utskrivet 2025-08-21 10:33"

    def header(self):
        self.set_font("DejaVu", "B", 9)
        self.set_text_color(0, 0, 0)
        self.set_xy(12, 8)
        self.cell(95, 5, self.SYSTEM)
        self.set_font("DejaVu", "", 8)
        self.cell(60, 5, self.PRINTED, align="C")
        self.cell(0, 5, f"Sida {self.page_no()} ({{nb}})", align="R")
        self.set_draw_color(40, 70, 120)
        self.set_line_width(0.5)
        self.line(12, 14.5, 198, 14.5)
        self.set_line_width(0.2)
        self.set_y(18)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(120, 120, 120)
        self.cell(0, 4, "Psykiatriska kliniken Gävle, avd 32 · Sekretess enligt OSL 25 kap. 1 §", align="C")


def plan06():
    pdf = FormPDF(format="A4")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_auto_page_break(False)
    pdf.alias_nb_pages()
    import datetime as dt
    pdf.set_creation_date(dt.datetime(2025, 8, 21, 10, 33, tzinfo=dt.timezone.utc))
    X0, W, GAP = 12, 92, 2

    def box_h(value, w):
        if not value:
            return 0
        pdf.set_font("DejaVu", "", 9.5)
        lines = pdf.multi_cell(w - 4, 4.6, value, align="L", dry_run=True, output="LINES")
        return len(lines) * 4.6

    def boxrow(left, right, min_h=13):
        (l1, v1), (l2, v2) = left, right
        h = max(min_h, 8 + max(box_h(v1, W), box_h(v2, W)) + 2)
        y = pdf.get_y()
        for i, (lab, val) in enumerate(((l1, v1), (l2, v2))):
            x = X0 + i * (W + GAP)
            pdf.set_draw_color(90, 90, 90)
            pdf.rect(x, y, W, h)
            pdf.set_xy(x + 1.5, y + 1)
            pdf.set_font("DejaVu", "", 6.5)
            pdf.set_text_color(125, 125, 125)
            pdf.cell(W - 3, 3.5, lab)
            if val:
                pdf.set_xy(x + 2, y + 6)
                pdf.set_font("DejaVu", "", 9.5)
                pdf.set_text_color(0, 0, 0)
                pdf.multi_cell(W - 4, 4.6, val, align="L")
        pdf.set_xy(X0, y + h + GAP)

    def section(title):
        pdf.set_x(X0)
        pdf.set_fill_color(225, 232, 242)
        pdf.set_font("DejaVu", "B", 10)
        pdf.set_text_color(20, 40, 80)
        pdf.cell(2 * W + GAP, 7, "  " + title, fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(pdf.get_y() + 2)

    pdf.add_page()
    pdf.set_font("DejaVu", "B", 14)
    pdf.set_x(X0)
    pdf.cell(0, 8, "Samordnad individuell plan (SIP) – inför utskrivning", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(pdf.get_y() + 2)

    section("Personuppgifter")
    boxrow(("Namn", "L."), ("Personnummer", "XXXXXX-XXXX"))
    boxrow(("Hemkommun", "Sandviken"), ("Planens status", "Upprättad"))
    boxrow(("Inskriven", "2025-07-29, Psykiatriska kliniken Gävle, avd 32"),
           ("Planerad utskrivning", "2025-08-25"))
    boxrow(("Datum för SIP-möte", "2025-08-20"), ("Mötesform", "Samordnad planering på avdelningen"))

    section("Syfte och frågeställningar")
    boxrow(("Syfte med planen",
            "Syftet är att L. ska kunna skrivas ut till sin lägenhet i Sandviken med en "
            "fungerande kontakt med psykiatrisk öppenvård och stöd från kommunen redan första "
            "veckan hemma, eftersom hon tidigare blivit sämre kort tid efter utskrivning."),
           ("Frågeställningar", ""), min_h=34)

    section("Den enskilde")
    boxrow(("Den enskildes mål",
            "Målet är att L. ska kunna bo kvar i egen lägenhet och på sikt återgå i arbete."),
           ("Den enskildes egna synpunkter", ""), min_h=22)
    boxrow(("Deltog den enskilde i mötet?", "Nej"), ("Om nej – motivering", ""))
    boxrow(("Samtycke", ""), ("Datum för samtycke", ""))
    boxrow(("Företrädare / god man", ""), ("Tolk", "Nej"))

    pdf.add_page()
    section("Insatser")
    boxrow(("Insats 1", "Fortsatt kontakt med psykiatrisk öppenvård."),
           ("Ansvarig verksamhet/funktion och tidpunkt",
            "Psykiatrisk öppenvårdsmottagning Sandviken, kontaktsjuksköterska. Från 2025-08-27."))
    boxrow(("Insats 2", "Stöd i hemmet vid behov."),
           ("Ansvarig verksamhet/funktion och tidpunkt",
            "Socialpsykiatrin, Sandvikens kommun, samordnare. Från 2025-08-25."))
    boxrow(("Insats 3", "Samtal vid behov."),
           ("Ansvarig verksamhet/funktion och tidpunkt",
            "Vuxenenheten IFO Sandviken, socialsekreterare. Från 2025-09-01."))
    boxrow(("Insats 4", "Fortsatt kontakt med hälsocentralen."),
           ("Ansvarig verksamhet/funktion och tidpunkt",
            "Hälsocentralen Sandviken, distriktsläkare. Från september 2025."))

    section("Ansvar och uppföljning")
    boxrow(("Huvudansvarig för planen (funktion och verksamhet)",
            "Kontaktsjuksköterska, Psykiatrisk öppenvårdsmottagning Sandviken"),
           ("Övriga aktörer", "Försäkringskassan"))
    boxrow(("Uppföljning", "Inom fyra veckor efter utskrivning."), ("Plats för uppföljning", ""))
    boxrow(("Deltagare vid mötet", ""), ("Kallade som inte deltog", ""), min_h=20)
    boxrow(("Upprättad av", ""), ("Bilagor", ""))
    pdf.output(path(6, "pdf"))


# ============================================================ 07 empty printed template

HAND = (0x1F, 0x3A, 0x93)


def hand(p, text):
    r = p.add_run(text)
    r.font.name = "Segoe Print"
    r.font.size = Pt(12)
    r.font.color.rgb = RGBColor(*HAND)
    return r


def hint(p, text):
    r = p.add_run(text)
    r.italic = True
    r.font.size = Pt(9)
    r.font.color.rgb = RGBColor(0x6b, 0x6b, 0x6b)
    return r


def plan07():
    doc = base_doc("Calibri", 11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    r = hp.add_run("Region Dalarna och Dalarnas kommuner")
    r.bold = True
    r.font.size = Pt(9)
    hp2 = sec.header.add_paragraph()
    hp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp2.add_run("SIP-mall, version 2024:2").font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Sida ")
    r.font.size = Pt(8)
    r2 = fp.add_run()
    r2.font.size = Pt(8)
    add_field(r2, "PAGE")

    h = doc.add_heading("Samordnad individuell plan (SIP)", level=0)
    p = para(doc, space_after=8)
    hint(p, "(Planen upprättas enligt SoL 2 kap. 7 § och HSL 16 kap. 4 §. Fyll i samtliga rubriker. "
            "Planen ska lämnas till den enskilde.)")

    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    labels = ["Den enskildes initialer / personnummer", "Datum för SIP-möte", "Plats"]
    for i, lab in enumerate(labels):
        cell_text(t.rows[i].cells[0], lab, bold=True, size=10)
        shade(t.rows[i].cells[0], "EDEDED")
    hand(t.rows[0].cells[1].paragraphs[0], "E. N.")
    hand(t.rows[1].cells[1].paragraphs[0], "7/10 2025")
    set_col_widths(t, [6.0, 10.6])

    def heading(text, hint_text):
        doc.add_heading(text, level=2)
        p = para(doc, space_after=2)
        hint(p, hint_text)

    def blank_lines(n=3):
        for _ in range(n):
            para(doc, "_" * 86, color=(0xbf, 0xbf, 0xbf), space_after=2)

    heading("1. Deltagare", "(Ange namn, funktion och verksamhet/organisation för alla som deltar, "
                            "även den enskilde och närstående.)")
    dt = doc.add_table(rows=7, cols=3)
    dt.style = "Table Grid"
    for i, hh in enumerate(["Namn", "Funktion", "Verksamhet / organisation"]):
        cell_text(dt.rows[0].cells[i], hh, bold=True, size=10)
        shade(dt.rows[0].cells[i], "D9E2F3")
    hand(dt.rows[1].cells[0].paragraphs[0], "Maja")
    hand(dt.rows[2].cells[0].paragraphs[0], "Erik")
    set_col_widths(dt, [5.0, 5.0, 6.6])

    heading("2. Samtycke", "(Den enskilde/vårdnadshavare samtycker till SIP och till att information "
                           "lämnas mellan de verksamheter som deltar.)")
    para(doc, "☐ Muntligt     ☐ Skriftligt     Datum: ÅÅÅÅ-MM-DD", space_after=6)

    heading("3. Syfte med SIP", "(Beskriv syftet med planen utifrån den enskildes situation.)")
    blank_lines(3)
    heading("4. Frågeställningar inför mötet", "(Vilka frågor ska mötet ta ställning till?)")
    blank_lines(3)
    heading("5. Den enskildes mål", "(Skriv målet med den enskildes egna ord.)")
    blank_lines(3)
    heading("6. Den enskildes delaktighet och synpunkter",
            "(Hur har den enskilde deltagit? Vad tycker den enskilde? Om den enskilde inte deltar – "
            "varför, och hur har hens synpunkter förmedlats?)")
    blank_lines(3)

    heading("7. Insatser", "(Vad ska göras, vem ansvarar (verksamhet och funktion) och när?)")
    it = doc.add_table(rows=6, cols=4)
    it.style = "Table Grid"
    for i, hh in enumerate(["Insats / åtgärd", "Ansvarig verksamhet och funktion", "När / tidsperiod", "Huvudman"]):
        cell_text(it.rows[0].cells[i], hh, bold=True, size=10)
        shade(it.rows[0].cells[i], "D9E2F3")
    repeat_header(it.rows[0])
    set_col_widths(it, [5.6, 4.6, 3.2, 3.2])

    heading("8. Andra aktörers insatser",
            "(T.ex. Försäkringskassan, Arbetsförmedlingen, god man, närstående, den enskilde själv. "
            "Om inga andra aktörer berörs – skriv det.)")
    at = doc.add_table(rows=4, cols=3)
    at.style = "Table Grid"
    for i, hh in enumerate(["Aktör", "Insats / åtgärd", "När"]):
        cell_text(at.rows[0].cells[i], hh, bold=True, size=10)
        shade(at.rows[0].cells[i], "D9E2F3")
    set_col_widths(at, [4.6, 8.4, 3.6])

    heading("9. Huvudansvar för planen", "(Namn/funktion och verksamhet för den som har huvudansvaret.)")
    para(doc, "Namn / funktion: ______________________________   Verksamhet: ______________________________")
    heading("10. Uppföljning", "(Datum för uppföljning och vem som kallar.)")
    para(doc, "Datum: ÅÅÅÅ-MM-DD      Tid: ______      Plats: __________________      Sammankallande: __________________")
    heading("11. Underskrift", "(Den enskilde eller vårdnadshavare.)")
    para(doc, "Datum: ______________   Underskrift: ____________________________________")
    save_docx(doc, path(7, "docx"), (2025, 9, 30, 8, 0, 0))


# ============================================================ 08 NOT a plan: quality review report

def plan08():
    doc = base_doc("Calibri", 11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    r = hp.add_run("Region Gävleborg · Kommunerna i Gävleborgs län")
    r.font.size = Pt(8)
    hp2 = sec.header.add_paragraph()
    hp2.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp2.add_run("Rapport 2025:7").font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Granskning av SIP-planer hösten 2025 · sida ")
    r.font.size = Pt(8)
    r2 = fp.add_run()
    r2.font.size = Pt(8)
    add_field(r2, "PAGE")

    doc.add_heading("Granskning av SIP-planer hösten 2025", level=0)
    para(doc, "Länsgemensam ledningsgrupp för samverkan vård, skola och omsorg i Gävleborg. "
              "Rapporten är fastställd 2025-12-09.", italic=True, space_after=10)

    doc.add_heading("1. Bakgrund", level=1)
    para(doc, "Enligt den länsgemensamma överenskommelsen om SIP ska kvaliteten i de samordnade "
              "individuella planerna granskas årligen. Granskningen 2024 visade brister i hur ansvar "
              "och uppföljning dokumenteras. Hösten 2025 gjordes en ny granskning med samma kriterier "
              "för att se om utbildningsinsatserna under våren gett effekt.")

    doc.add_heading("2. Metod", level=1)
    para(doc, "Varje kommun (Gävle, Sandviken, Hudiksvall, Bollnäs, Söderhamn, Ljusdal, Ockelbo, "
              "Hofors, Ovanåker och Nordanstig) och Region Gävleborg ombads lämna fem slumpvis valda "
              "SIP-planer upprättade under perioden januari–juni 2025, totalt 55 planer. Planerna "
              "avidentifierades innan de lämnades över.")
    para(doc, "Sex planer uteslöts (fyra var kallelser utan plan, två var dubbletter). Kvar för "
              "granskning fanns 49 planer. Varje plan granskades av två granskare, en från kommun och "
              "en från region, oberoende av varandra. Vid oenighet (8 % av bedömningarna) gjordes en "
              "gemensam bedömning. Varje kriterium bedömdes som uppfyllt, delvis uppfyllt eller ej uppfyllt.")

    doc.add_heading("3. Resultat per kriterium", level=1)
    para(doc, "Tabell 1. Andel av de 49 granskade planerna per bedömning (procent).", italic=True, size=9)
    res = [
        ("Syfte", 47, 39, 14),
        ("Frågeställningar", 29, 22, 49),
        ("Den enskildes mål", 35, 41, 24),
        ("Delaktighet", 51, 33, 16),
        ("Samtycke", 45, 37, 18),
        ("Insatser konkret beskrivna", 71, 24, 5),
        ("Ansvar – vem och när", 33, 55, 12),
        ("Huvudansvar", 57, 27, 16),
        ("Andra aktörers insatser", 22, 35, 43),
        ("Uppföljning", 43, 39, 18),
        ("Deltagare", 61, 31, 8),
    ]
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, hh in enumerate(["Kriterium", "Uppfyllt %", "Delvis %", "Ej uppfyllt %"]):
        cell_text(t.rows[0].cells[i], hh, bold=True, size=10)
        shade(t.rows[0].cells[i], "D9E2F3")
    repeat_header(t.rows[0])
    for name, a, b, c in res:
        cells = t.add_row().cells
        cell_text(cells[0], name, size=10)
        for j, v in enumerate((a, b, c), start=1):
            cell_text(cells[j], str(v), size=10)
            cells[j].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    set_col_widths(t, [7.0, 3.2, 3.2, 3.2])
    para(doc, "")
    para(doc, "Jämfört med 2024 har andelen planer med en konkret insats ökat (från 62 till 71 %), "
              "medan ansvar och andra aktörers insatser ligger kvar på ungefär samma nivå. "
              "Planer upprättade inom barn- och ungdomsområdet hade generellt högre andel uppfyllt "
              "för delaktighet än planer för äldre.")

    doc.add_heading("4. Exempel på svaga formuleringar", level=1)
    para(doc, "Nedan följer avidentifierade exempel ur de granskade planerna som illustrerar vanliga brister.")
    examples = [
        ("Syfte", "”Syfte: Samordning.”"),
        ("Den enskildes mål", "”Målet är att X ska må bättre och komma vidare.”"),
        ("Insatser", "”Fortsatt kontakt. Stöd vid behov.”"),
        ("Ansvar", "”Ansvarig: Regionen.”"),
        ("Samtycke", "”Samtycke finns.”"),
        ("Uppföljning", "”Uppföljning sker vid behov.”"),
        ("Andra aktörer", "”FK är inkopplade.”"),
    ]
    for crit, q in examples:
        p = doc.add_paragraph(style="List Bullet")
        rr = p.add_run(crit + ": ")
        rr.bold = True
        p.add_run(q).italic = True

    doc.add_heading("5. Rekommendationer", level=1)
    for rec in [
        "Använd den länsgemensamma mallen och skriv den enskildes mål med egna ord.",
        "Ange för varje insats både verksamhet/funktion och tidpunkt – inte bara huvudman.",
        "Boka datum för uppföljning redan på mötet.",
        "Dokumentera hur och när samtycke har lämnats.",
        "Fråga alltid efter andra aktörer (FK, AF, god man, närstående) och skriv vad de gör.",
        "Genomför en ny granskning hösten 2026 med samma kriterier.",
    ]:
        para(doc, rec, style="List Number", space_after=2)
    save_docx(doc, path(8, "docx"), (2025, 12, 9, 14, 0, 0))


def main():
    os.makedirs(OUT, exist_ok=True)
    for fn in (plan01, plan02, plan03, plan04, plan05, plan06, plan07, plan08):
        fn()
        print("ok", fn.__name__)


if __name__ == "__main__":
    main()
