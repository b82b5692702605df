#!/usr/bin/env python3
"""Generate the fresh-69a batch of fictional SIP documents (Norrbotten/Västerbotten).

Run with /work/batches/.venv/bin/python generate.py
Writes plans/f69a-01.docx ... plans/f69a-08.pdf. Deterministic content: fixed dates,
no randomness; zip timestamps inside .docx are normalised.
"""
import os
import shutil
import subprocess
import tempfile
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF
from fpdf.fonts import FontFace
import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f69a-"
LO_PROFILE = "file:///tmp/lo-f69a"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIXED_DT = datetime.datetime(2025, 1, 1, 12, 0, 0)


# ---------------------------------------------------------------- helpers
def fix_core(doc, title, author, created):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = created
    cp.modified = created
    cp.revision = 1


def normalise_zip(path):
    """Rewrite a .docx with fixed timestamps so repeated runs give identical bytes."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 1, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    os.replace(tmp, path)


def save_docx(doc, path):
    doc.save(path)
    normalise_zip(path)


def to_pdf(src, outdir):
    subprocess.run(
        ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
         "--convert-to", "pdf", "--outdir", outdir, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


def set_cell_shading(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def bold_label(doc, text, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(2)
    return p


def header_table(doc, rows, widths=None, bold_first_row=True):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            cell = t.cell(i, j)
            cell.text = ""
            p = cell.paragraphs[0]
            lines = val.split("\n") if val else [""]
            for k, line in enumerate(lines):
                if k:
                    p = cell.add_paragraph()
                r = p.add_run(line)
                r.font.size = Pt(10)
                if i == 0 and bold_first_row:
                    r.bold = True
            if i == 0 and bold_first_row:
                set_cell_shading(cell, "D9E2F3")
    if bold_first_row:
        set_repeat_header(t.rows[0])
    if widths:
        set_col_widths(t, widths)
    return t


def set_col_widths(t, widths):
    """Set widths both on tblGrid (read by LibreOffice) and on every cell (read by Word)."""
    t.autofit = False
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in t.rows:
        for j, w in enumerate(widths):
            row.cells[j].width = Cm(w)


# ---------------------------------------------------------------- tracked changes (raw XML)
_rev_id = [100]


def _next_id():
    _rev_id[0] += 1
    return str(_rev_id[0])


def _run_el(text, deleted=False, bold=False):
    r = OxmlElement("w:r")
    if bold:
        rpr = OxmlElement("w:rPr")
        rpr.append(OxmlElement("w:b"))
        r.append(rpr)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def rev(kind, text, author, date, bold=False):
    """Return a w:ins or w:del element wrapping one run."""
    el = OxmlElement("w:" + kind)
    el.set(qn("w:id"), _next_id())
    el.set(qn("w:author"), author)
    el.set(qn("w:date"), date)
    el.append(_run_el(text, deleted=(kind == "del"), bold=bold))
    return el


def tracked_paragraph(p, parts):
    """parts: list of (kind, text[, author, date]) with kind in plain/ins/del."""
    for part in parts:
        kind, text = part[0], part[1]
        if kind == "plain":
            p._p.append(_run_el(text))
        elif kind == "bold":
            p._p.append(_run_el(text, bold=True))
        else:
            p._p.append(rev(kind, text, part[2], part[3]))


def delete_row(row, author, date):
    """Mark a whole table row as deleted: w:trPr/w:del and all runs inside w:del."""
    trPr = row._tr.get_or_add_trPr()
    d = OxmlElement("w:del")
    d.set(qn("w:id"), _next_id())
    d.set(qn("w:author"), author)
    d.set(qn("w:date"), date)
    trPr.append(d)
    for cell in row.cells:
        for p in cell.paragraphs:
            for r in list(p._p.findall(qn("w:r"))):
                for t in r.findall(qn("w:t")):
                    t.tag = qn("w:delText")
                    t.set(qn("xml:space"), "preserve")
                wrap = OxmlElement("w:del")
                wrap.set(qn("w:id"), _next_id())
                wrap.set(qn("w:author"), author)
                wrap.set(qn("w:date"), date)
                r.addprevious(wrap)
                wrap.append(r)
            # paragraph mark deleted too
            pPr = p._p.get_or_add_pPr()
            rPr = OxmlElement("w:rPr")
            pd = OxmlElement("w:del")
            pd.set(qn("w:id"), _next_id())
            pd.set(qn("w:author"), author)
            pd.set(qn("w:date"), date)
            rPr.append(pd)
            pPr.append(rPr)


def turn_on_track_revisions(doc):
    settings = doc.settings.element
    tr = OxmlElement("w:trackRevisions")
    anchor = settings.find(qn("w:defaultTabStop"))
    if anchor is not None:
        anchor.addprevious(tr)  # schema order: ... proofState, trackRevisions, defaultTabStop
    else:
        settings.append(tr)


# ================================================================ 01 tracked changes
def plan01(path):
    A1 = ("Anna, socialsekreterare", "2025-03-06T09:14:00Z")
    A2 = ("Mikael, case manager VP", "2025-03-07T13:41:00Z")
    doc = Document()
    fix_core(doc, "SIP Jonas", "Anna", FIXED_DT)
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    turn_on_track_revisions(doc)

    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Luleå kommun, Socialförvaltningen – Vuxenenheten\tSIP\tUtkast v2"
    hp.runs[0].font.size = Pt(8)

    doc.add_heading("Samordnad individuell plan (SIP)", level=1)
    p = doc.add_paragraph()
    p.add_run("Den enskilde: ").bold = True
    p.add_run("Jonas, 34 år, ÅÅMMDD-XXXX")
    p = doc.add_paragraph()
    p.add_run("SIP-möte: ").bold = True
    p.add_run("2025-03-04, Vuxenpsykiatrin Luleå, mottagning 2")

    doc.add_heading("Bakgrund", level=2)
    doc.add_paragraph(
        "Jonas har en psykossjukdom sedan 2019 och har under hösten 2024 haft ett återinsjuknande "
        "med en period av slutenvård i december. Han bor i egen lägenhet i Luleå centrum. Under "
        "sjukdomsperioden har räkningar blivit liggande och Jonas har i dag skulder på hyra och el "
        "samt flera ärenden hos inkasso. Hyresvärden har skickat en varning om uppsägning. Posten "
        "har under vintern mest blivit liggande oöppnad.")

    doc.add_heading("Syfte med SIP", level=2)
    doc.add_paragraph(
        "Syftet är att psykiatrin och socialtjänsten tillsammans ska ge Jonas stöd så att han kan "
        "behålla sin lägenhet, få en överblick över skulderna och hålla sig stabil i sin psykiska "
        "hälsa efter utskrivningen i december.")

    doc.add_heading("Mål", level=2)
    doc.add_paragraph(
        "Målet är att Jonas ska kunna bo kvar i sin lägenhet, betala hyran i tid varje månad och "
        "ha en plan för skulderna innan sommaren.")

    doc.add_heading("Jonas delaktighet", level=2)
    doc.add_paragraph("Jonas deltog på mötet hela tiden.")

    doc.add_heading("Insatser och ansvar", level=2)
    rows = [
        ["Insats", "Ansvarig (enhet/funktion)", "När"],
        ["Läkarbesök och uppföljning av antipsykotisk medicinering",
         "Vuxenpsykiatrin Luleå, ansvarig läkare", "Återbesök 2025-04-07, därefter var 8:e vecka"],
        ["Samtalskontakt och samordning av vården (case management)",
         "", "Samtal varannan vecka från 2025-03-12"],
        ["Budget- och skuldrådgivning: genomgång av skulder och kontakt med fordringsägare",
         "Budget- och skuldrådgivningen, Luleå kommun", "Första besök 2025-03-20"],
        ["Kontakt med Försäkringskassan om sjukpenning och bostadstillägg",
         "Jonas själv, med stöd av kontaktperson", "Vid behov"],
        ["Boendestöd i hemmet, hjälp med post och räkningar, 2 timmar/vecka",
         "Boendestödet, Socialpsykiatrin Luleå kommun", "Start 2025-04-01"],
    ]
    t = header_table(doc, rows, widths=[7.0, 5.5, 4.5])
    # responsible unit changed in row 2: "Regionen" deleted, unit + function inserted
    cell = t.cell(2, 1)
    for r in list(cell.paragraphs[0]._p.findall(qn("w:r"))):
        cell.paragraphs[0]._p.remove(r)
    tracked_paragraph(cell.paragraphs[0], [
        ("del", "Regionen", *A2),
        ("ins", "Vuxenpsykiatrin Luleå, case manager", *A2),
    ])
    # the whole FK row is deleted
    delete_row(t.rows[4], *A1)

    doc.add_heading("Huvudansvar", level=2)
    doc.add_paragraph("Huvudansvar för planen: Vuxenenheten, Socialtjänsten Luleå.")

    doc.add_heading("Uppföljning", level=2)
    p = doc.add_paragraph()
    tracked_paragraph(p, [
        ("plain", "Planen följs upp på ett nytt SIP-möte "),
        ("del", "2025-04-24", *A1),
        ("ins", "2025-05-15", *A2),
        ("plain", " kl. 10.00 på Vuxenpsykiatrin Luleå. Socialsekreteraren skickar kallelse."),
    ])

    doc.add_paragraph()
    p = doc.add_paragraph("Planen skickas till Jonas och till berörda enheter efter att ändringarna godkänts.")
    p.runs[0].italic = True
    save_docx(doc, path)


# ================================================================ 02 presentation PDF
def plan02(path_pdf, workdir):
    doc = Document()
    fix_core(doc, "SIP Ella", "Elevhälsan", FIXED_DT)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin"):
        setattr(sec, m, Cm(2.5))
    sec.top_margin = Cm(2.0)
    sec.bottom_margin = Cm(2.0)
    st = doc.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(24)

    fp = sec.footer.paragraphs[0]
    fp.text = "SIP – möte 2025-10-14"
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.runs[0].font.size = Pt(12)
    fp.runs[0].font.color.rgb = RGBColor(0x55, 0x55, 0x55)

    slides = [
        ("Samordnad individuell plan", None,
         ["Ella, 13 år, åk 7", "Möte på skolan i Piteå", "14 oktober 2025"]),
        ("Varför är vi här?", (
            "Ella har bara varit i skolan enstaka dagar sedan skolstarten i augusti och har svår oro "
            "på morgnarna. Vi behöver en gemensam plan mellan skolan, BUP Piteå och socialtjänsten "
            "så att Ella kan komma tillbaka till skolan i sin egen takt."), []),
        ("Frågor idag", None, ["Läget just nu", "Hur går vi vidare?"]),
        ("Ellas egna ord", "Ella var med första halvtimmen tillsammans med mamma.", [
            "”Jag vill kunna gå till skolan på förmiddagarna och träffa Wilma igen.”",
            "”Jag vill inte att alla frågar varför jag har varit borta.”",
            "”Det är lättare om någon möter mig vid entrén.”"]),
        ("Det här gör vi", None, [
            "Anpassat schema: tre förmiddagar i veckan från vecka 43",
            "Någon möter Ella vid entrén på morgonen",
            "KBT-behandling för oron, 10 tillfällen",
            "Undervisning i lilla gruppen i matte och engelska",
            "Stödsamtal för föräldrarna"]),
        ("Familjen", None, [
            "Familjen är en viktig del i arbetet",
            "Mamma och pappa hålls informerade"]),
        ("Vem håller ihop planen?", None, ["Elevhälsan på skolan"]),
        ("Nästa gång", None, ["Vi ses igen vecka 47", "Samma plats"]),
        ("Vilka var med?", None, [
            "Ella och mamma Sara", "Johan, mentor", "Maria, skolkurator",
            "Peter, psykolog", "Lina, socialsekreterare"]),
    ]
    for i, (title, text, bullets) in enumerate(slides):
        h = doc.add_paragraph()
        r = h.add_run(title)
        r.bold = True
        r.font.size = Pt(40 if i else 48)
        r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)
        h.paragraph_format.space_after = Pt(24)
        if i == 0:
            h.paragraph_format.space_before = Pt(90)
        if text:
            p = doc.add_paragraph()
            p.add_run(text).font.size = Pt(26)
            p.paragraph_format.space_after = Pt(18)
        for b in bullets:
            p = doc.add_paragraph(style="List Bullet") if i else doc.add_paragraph()
            rr = p.add_run(b)
            rr.font.size = Pt(28 if i else 30)
            p.paragraph_format.space_after = Pt(10)
        if i < len(slides) - 1:
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    src = os.path.join(workdir, os.path.basename(path_pdf).replace(".pdf", ".docx"))
    save_docx(doc, src)
    to_pdf(src, os.path.dirname(path_pdf))


# ================================================================ 03 comments
def plan03(path):
    doc = Document()
    fix_core(doc, "SIP Gunnar", "Linnea", FIXED_DT)
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Skellefteå kommun – Äldreomsorgen   |   Samordnad individuell plan"
    hp.runs[0].font.size = Pt(8)

    comments = []  # (run, text)

    t = doc.add_paragraph()
    r = t.add_run("SAMORDNAD INDIVIDUELL PLAN – SIP")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph("Planen gäller: Gunnar, 84 år, ÅÅMMDD-XXXX")
    doc.add_paragraph("Datum för SIP-möte: 2025-02-12, ortopedavdelningen, Skellefteå lasarett")

    bold_label(doc, "Bakgrund")
    doc.add_paragraph(
        "Gunnar föll i hemmet 2025-02-03 och opererades för höftfraktur på Skellefteå lasarett. "
        "Han bor ensam i ett radhus på Morö Backe med trappa till övervåningen där sovrummet finns. "
        "Innan fallet klarade han sig utan hjälp men har de senaste åren tappat i vikt. Han går nu "
        "med rollator korta sträckor och behöver hjälp vid dusch. Planerad hemgång 2025-02-17.")

    bold_label(doc, "Syfte")
    p = doc.add_paragraph()
    r = p.add_run("Samordning.")
    comments.append((r, "Kan vi skriva lite mer här, vad planen ska leda till för Gunnar?"))

    bold_label(doc, "Frågeställningar")
    for q in ["Klarar Gunnar trappan hemma, eller behöver sängen flyttas ner till bottenvåningen?",
              "Behövs trygghetslarm installerat innan hemgång?",
              "Vem tar stygnen och följer upp såret efter hemgång?"]:
        doc.add_paragraph(q, style="List Bullet")

    bold_label(doc, "Gunnars mål")
    p = doc.add_paragraph()
    r = p.add_run("")
    r2 = p.add_run(" ")
    comments.append((r2, "Fråga Gunnar innan vi skickar ut?"))

    bold_label(doc, "Samtycke")
    doc.add_paragraph("Gunnar gav muntligt samtycke till SIP och till att vi delar information "
                      "mellan hemtjänst, rehab och hälsocentral, 2025-02-11 på avdelningen.")

    bold_label(doc, "Insatser")
    rows = [
        ["Insats", "Ansvarig", "När"],
        ["Hemtjänst morgon och kväll, hjälp med påklädning. Dusch 1 gång/vecka.",
         "Hemtjänst Skellefteå centrum", "Från hemgångsdagen 2025-02-17"],
        ["Trygghetslarm", "Biståndshandläggare, Äldreomsorgen Skellefteå kommun",
         "Installeras senast 2025-02-17"],
        ["Hemrehabilitering: gångträning med rollator, trappträning, bedömning av hjälpmedel",
         "Fysioterapeut, Rehabenheten Skellefteå kommun", "2 ggr/vecka fr.o.m. 2025-02-18"],
        ["Suturtagning och läkemedelsgenomgång", "Regionen", ""],
    ]
    tb = header_table(doc, rows, widths=[7.5, 5.5, 4.0])
    reg_run = tb.cell(4, 1).paragraphs[0].runs[0]
    comments.append((reg_run, "Vilken hälsocentral? Anderstorp? Och när?"))

    bold_label(doc, "Anhöriga")
    p = doc.add_paragraph()
    r = p.add_run("Dottern Karin bor i Umeå och har varit delaktig.")
    comments.append((r, "Vem pratar med Karin om nycklarna till nyckelgömman?"))

    bold_label(doc, "Huvudansvar")
    p = doc.add_paragraph()
    r = p.add_run("")
    r2 = p.add_run(" ")
    comments.append((r2, "Vem har huvudansvar – hemtjänsten eller HC?"))

    bold_label(doc, "Uppföljning")
    p = doc.add_paragraph()
    r = p.add_run("Om ca sex veckor efter hemgång.")
    comments.append((r, "Saknas datum här?"))

    doc.add_paragraph()
    doc.add_paragraph("Upprättad av: Linnea, biståndshandläggare, Äldreomsorgen Skellefteå kommun")

    for i, (run, text) in enumerate(comments):
        c = doc.add_comment(run, text=text, author="Eva (sjuksköterska)", initials="E")
        c._comment_elm.set(qn("w:date"), f"2025-02-13T0{8 + i // 3}:{10 + i * 5:02d}:00Z")
    save_docx(doc, path)


# ================================================================ 04 protocol txt (cp1252, CRLF)
def plan04(path):
    import textwrap
    W = 76

    def para(text, indent=""):
        return textwrap.fill(text, width=W, initial_indent=indent, subsequent_indent=indent)

    L = []
    L.append("BODENS KOMMUN")
    L.append("Socialförvaltningen, Barn och unga")
    L.append("")
    L.append("PROTOKOLL FRÅN SIP-MÖTE")
    L.append("")
    L.append("Datum:     2025-09-09, kl. 13.00-14.30")
    L.append("Plats:     Socialtjänsten Boden, sammanträdesrum Pilen")
    L.append("Ärende:    Samordnad individuell plan för Linus, 17 år (ÅÅMMDD-XXXX)")
    L.append("")
    L.append("-" * W)
    L.append("")
    secs = [
        ("§ 1 Mötets öppnande",
         "Sofia, socialsekreterare, hälsade alla välkomna och öppnade mötet. "
         "Presentationsrunda.",
         "Sofia är ordförande och Ahmed för protokoll."),
        ("§ 2 Syfte",
         "Linus har sedan våren 2025 rökt cannabis nästan dagligen, har hög frånvaro på "
         "gymnasiet och har vid två tillfällen kommit hem påverkad av tabletter. Syftet med "
         "SIP är att socialtjänsten, beroendevården och skolan ska samordna stödet kring "
         "Linus så att behandling, skola och hem drar åt samma håll och han kan fullfölja "
         "år 2 på El- och energiprogrammet.",
         "Syftet godkänns."),
        ("§ 3 Närvarande",
         "Linus, 17 år\n"
         "Lena, mamma\n"
         "Sofia, socialsekreterare, Barn och unga, Socialtjänsten Boden\n"
         "Ahmed, behandlare, Ungdomsöppenvården, Bodens kommun\n"
         "Karin, sjuksköterska, Beroendemottagningen, Sunderby sjukhus\n"
         "Mikael, kurator, elevhälsan, Björknäsgymnasiet Boden",
         "Närvaron noteras."),
        ("§ 4 Linus syn",
         "Linus berättade att han själv tycker att det har gått för långt och att han vill "
         "klara skolan och ta körkort. Han vill inte ha kontakt med BUP igen men kan tänka "
         "sig att träffa Ahmed. Han vill helst ha träffarna efter skoltid. Mamma delar "
         "oron och upplever att hemmet har blivit konfliktfyllt.",
         "Linus önskemål om tider efter skoltid tillgodoses."),
        ("§ 5 Frågeställningar",
         "Aktuellt läge diskuterades.",
         "Informationen noteras."),
        ("§ 6 Mål",
         "Målet är att Linus ska vara drogfri, ha en närvaro på minst 80 procent och ha "
         "godkänt i alla kurser till jul.",
         "Målet fastställs."),
        ("§ 7 Insatser",
         "a) Ungdomsöppenvården, Bodens kommun: behandling enligt CRA, samtal en gång i "
         "veckan med Ahmed, start 2025-09-15.\n"
         "b) Beroendemottagningen, Sunderby sjukhus: urinprov två gånger i veckan, start "
         "2025-09-11, samt läkarbedömning av sömn och oro 2025-09-24.\n"
         "c) Elevhälsan, Björknäsgymnasiet: anpassad studieplan och samtal med kurator.",
         "Insatserna a-c beviljas respektive planeras enligt ovan."),
        ("§ 8 Övrigt",
         "Inga övriga frågor.",
         "-"),
        ("§ 9 Nästa möte",
         "Uppföljande SIP-möte 2025-11-04 kl. 13.00, Socialtjänsten Boden. Sofia kallar.",
         "Nästa möte fastställs till 2025-11-04."),
    ]
    for head, body, beslut in secs:
        L.append(head)
        for bl in body.split("\n"):
            if bl.startswith(("a)", "b)", "c)")):
                L.append(textwrap.fill(bl, width=W, initial_indent="    ", subsequent_indent="       "))
            elif "\n" in body and head.startswith("§ 3"):
                L.append("    " + bl)
            else:
                L.append(para(bl, "    "))
        L.append(para("Beslut: " + beslut, "    "))
        L.append("")
    L.append("-" * W)
    L.append("Vid protokollet: Ahmed, behandlare")
    L.append("Justeras: Sofia, socialsekreterare")
    L.append("")
    data = "\r\n".join("\n".join(L).split("\n")) + "\r\n"
    with open(path, "wb") as f:
        f.write(data.encode("cp1252"))


# ================================================================ 05 markdown with HTML table
def plan05(path):
    md = """# SIP – Ali

**Datum:** 2025-05-20
**Plats:** Habiliteringen Umeå, mötesrum 3
**Antecknat av:** Sanna

---

## Syfte

Gemensam planering.

## Deltagare

- Sanna
- Johanna
- Per
- Leif (god man)

## Om Ali

Ali är 23 år och har autism och ADHD. Han bor i egen lägenhet på Ersboda sedan ett år och
har inte haft någon sysselsättning sedan han slutade gymnasiesärskolan. Han sover dåligt,
vänder på dygnet och går sällan ut. Han har en god man sedan 2024.

Ali var inte med på mötet. Ali har sagt till sin god man inför mötet:

> ”Jag vill ha ett jobb där det är tyst och där jag vet vad som ska hända varje dag.”
>
> ”Jag vill inte träffa för många nya människor på en gång.”

## Insatser

<table>
  <thead>
    <tr>
      <th>Insats</th>
      <th>Vem</th>
      <th>När</th>
    </tr>
  </thead>
  <tbody>
    <tr>
      <td>Ansökan om daglig verksamhet enligt LSS 9 § 10<br>(önskemål: Verkstaden, lugn miljö)</td>
      <td>LSS-handläggare<br>Umeå kommun</td>
      <td>Ansökan in senast 2025-06-05</td>
    </tr>
    <tr>
      <td>Arbetsterapeutisk bedömning av sömn och dygnsrytm,<br>förslag på hjälpmedel (schema, väckning)</td>
      <td>Arbetsterapeut<br>Habiliteringen Umeå</td>
      <td>2025-06-10</td>
    </tr>
    <tr>
      <td>Läkemedelsgenomgång sömnmedicin</td>
      <td>Läkare<br>Hälsocentralen Ersboda</td>
      <td>2025-06-17</td>
    </tr>
    <tr>
      <td>Kontaktperson enligt LSS 9 § 4<br>(någon att gå ut med en kväll/vecka)</td>
      <td>LSS-handläggare<br>Umeå kommun</td>
      <td>Beslut senast 2025-06-30</td>
    </tr>
    <tr>
      <td>Ansöka om bostadstillägg hos Försäkringskassan<br>och gå igenom Alis räkningar</td>
      <td>Leif, god man</td>
      <td>Senast 2025-06-15</td>
    </tr>
    <tr>
      <td>Pappa kör Ali till första besöket på Verkstaden</td>
      <td>Pappa</td>
      <td>När datum för studiebesök finns, senast v. 26</td>
    </tr>
  </tbody>
</table>

## Uppföljning

I december. Sanna kallar.
"""
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ================================================================ 06 PDF with goal and measure tables
def plan06(path_pdf, workdir):
    doc = Document()
    fix_core(doc, "SIP utskrivning M-L", "Psykiatriska öppenvården Lycksele", FIXED_DT)
    st = doc.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    hp = sec.header.paragraphs[0]
    hp.text = "Region Västerbotten · Lycksele kommun\tSIP vid utskrivning från sluten psykiatrisk vård"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Dokumentet är en samordnad individuell plan enligt SoL 2 kap. 7 § och HSL 16 kap. 4 §"
    fp.runs[0].font.size = Pt(7)

    h = doc.add_heading("Samordnad individuell plan – utskrivning", level=1)
    info = [
        ["Namn", "M-L", "Personnummer", "ÅÅMMDD-XXXX"],
        ["Datum för SIP-möte", "2025-11-12 (Teams och på avdelningen)", "Planerad utskrivning", "2025-11-19"],
        ["Samtycke", "Samtycke till SIP finns.", "Folkbokförd", "Lycksele kommun"],
    ]
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    set_col_widths(t, [3.6, 5.4, 3.6, 4.4])
    for i, row in enumerate(info):
        for j, v in enumerate(row):
            c = t.cell(i, j)
            c.text = v
            if j % 2 == 0:
                c.paragraphs[0].runs[0].bold = True
                set_cell_shading(c, "EDEDED")

    doc.add_heading("Syfte med planen", level=2)
    doc.add_paragraph(
        "Att planera M-L:s utskrivning från psykiatrisk avdelning 3 i Umeå till den egna "
        "lägenheten i Lycksele, så att stödet från kommunen, öppenvården och hälsocentralen finns "
        "på plats från första dagen hemma och risken för en ny inläggning minskar.")

    doc.add_heading("Bakgrund", level=2)
    doc.add_paragraph(
        "M-L, 45 år, har en bipolär sjukdom och vårdades inneliggande från 2025-10-02 efter en "
        "manisk period med sömnlöshet och stora inköp. Hon är nu stämningsstabiliserad med litium. "
        "Hon är sjukskriven sedan september. Tidigare har hon haft boendestöd, som avslutades 2024.")

    doc.add_heading("Frågeställningar", level=2)
    doc.add_paragraph("")

    doc.add_heading("Mål", level=2)
    goal_rows = [
        ["Mål", "Hur vet vi att målet är nått?", "Klart senast"],
        ["M-L ska ha en stabil dygnsrytm efter utskrivningen.",
         "Hon sover minst sex timmar per natt enligt sömndagbok.", "2025-12-31"],
        ["M-L ska ta sin medicin regelbundet.",
         "Litiumvärden inom målintervall vid kontroller.", "2025-12-31"],
        ["M-L ska kunna handla och laga enkel mat själv.", "", ""],
    ]
    header_table(doc, goal_rows, widths=[7.0, 7.0, 3.0])

    doc.add_heading("Insatser", level=2)
    ins_rows = [
        ["Insats", "Utförare (enhet)", "Kontaktperson (funktion)", "Start", "Slut"],
        ["Boendestöd 3 ggr/vecka: struktur i vardagen, inköp, matlagning",
         "Socialpsykiatrin, Lycksele kommun", "Boendestödjare", "2025-11-20", "Tills vidare"],
        ["Samtal och medicinuppföljning, litiumkontroller",
         "Psykiatriska öppenvården Lycksele", "Skötare, fast vårdkontakt", "2025-11-21", ""],
        ["Läkemedelsgenomgång och dosett",
         "Hälsocentralen Lycksele", "Distriktssköterska", "", ""],
        ["Träfflokal för sysselsättning 2 dagar/vecka",
         "Socialpsykiatrin, Lycksele kommun", "", "2025-12-01", ""],
    ]
    header_table(doc, ins_rows, widths=[4.9, 3.6, 3.3, 2.5, 2.5])

    doc.add_heading("Övriga aktörer", level=2)
    doc.add_paragraph("Försäkringskassan och Arbetsförmedlingen berörs.")

    doc.add_heading("Huvudansvarig för planen", level=2)
    doc.add_paragraph("Lena, skötare och fast vårdkontakt, Psykiatriska öppenvården Lycksele.")

    doc.add_heading("Uppföljning", level=2)
    doc.add_paragraph("Uppföljning av planen vecka 50.")

    doc.add_heading("Deltagare vid mötet", level=2)
    part = [
        ["Namn", "Funktion", "Verksamhet"],
        ["Lena", "Skötare, fast vårdkontakt", "Psykiatriska öppenvården Lycksele"],
        ["Olof", "Kurator", "Psykiatrisk avdelning 3, Umeå"],
        ["Anders", "Överläkare", "Psykiatrisk avdelning 3, Umeå"],
        ["Siv", "Biståndshandläggare", "Socialpsykiatrin, Lycksele kommun"],
        ["Johanna", "Distriktssköterska", "Hälsocentralen Lycksele"],
    ]
    header_table(doc, part, widths=[3.0, 5.5, 8.5])

    src = os.path.join(workdir, os.path.basename(path_pdf).replace(".pdf", ".docx"))
    save_docx(doc, src)
    to_pdf(src, os.path.dirname(path_pdf))


# ================================================================ 07 easy-read docx
def plan07(path):
    doc = Document()
    fix_core(doc, "Din plan", "Boendestödet Vilhelmina", FIXED_DT)
    st = doc.styles["Normal"]
    st.font.name = "Verdana"
    st.font.size = Pt(14)
    st.paragraph_format.space_after = Pt(6)
    st.paragraph_format.line_spacing = 1.3
    for lvl in (1, 2):
        hs = doc.styles[f"Heading {lvl}"]
        hs.font.name = "Verdana"
        hs.font.size = Pt(22 if lvl == 1 else 17)
        hs.font.color.rgb = RGBColor(0x00, 0x4B, 0x87)

    doc.add_heading("Din plan, Tove", level=1)
    doc.add_paragraph("Det här är din SIP.")
    doc.add_paragraph("SIP betyder samordnad individuell plan.")
    doc.add_paragraph("Vi hade möte den 7 oktober 2025.")
    doc.add_paragraph("Mötet var på Hälsocentralen Vilhelmina.")

    def h(q):
        doc.add_heading(q, level=2)

    def line(sym, text):
        p = doc.add_paragraph()
        r = p.add_run(sym + "  ")
        r.bold = True
        p.add_run(text)

    h("Varför hade vi ett möte?")
    doc.add_paragraph("Du har haft för högt blodsocker många gånger.")
    doc.add_paragraph("En gång fick du åka till sjukhuset i Lycksele.")
    doc.add_paragraph("Vi vill att du får rätt hjälp med insulinet och maten hemma.")
    doc.add_paragraph("Då måste alla som hjälper dig prata med varandra.")

    h("Vad pratade vi om?")
    line("➜", "Hur kan du komma ihåg insulinet på kvällen?")
    line("➜", "Behöver du hjälp när du handlar mat?")
    line("➜", "Vill du lära dig laga mat?")

    h("Var du med?")
    doc.add_paragraph("Ja. Du var med på hela mötet.")
    doc.add_paragraph("Du sa att kvällarna är svåra.")
    doc.add_paragraph("Du sa att du vill ha hjälp av någon du känner.")

    h("Vad vill du?")
    line("➜", "”Jag vill klara min medicin själv.”")
    line("➜", "”Jag vill laga mat med Maja.”")
    line("➜", "”Jag vill inte åka till sjukhuset igen.”")

    h("Får vi prata med varandra om dig?")
    doc.add_paragraph("Ja, det sa du på mötet den 7 oktober 2025.")
    doc.add_paragraph("Du skrev under ett papper om det.")

    h("Vem gör vad?")
    line("✔", "Boendestödet i Vilhelmina kommer till dig varje kväll klockan 20.")
    doc.add_paragraph("     De hjälper dig att komma ihåg insulinet.")
    doc.add_paragraph("     Det börjar den 13 oktober.")
    line("✔", "Diabetessköterskan på Hälsocentralen Vilhelmina visar dig en app.")
    doc.add_paragraph("     Appen påminner dig om blodsockret.")
    line("✔", "Din syster Maja handlar mat med dig varje lördag.")
    doc.add_paragraph("     Maja börjar den 11 oktober.")
    line("✔", "Du mäter ditt blodsocker varje morgon och kväll.")
    doc.add_paragraph("     Du skriver upp siffrorna i din bok.")

    h("När ses vi igen?")
    doc.add_paragraph("Vi ses igen efter jul.")
    doc.add_paragraph("Hanna ringer dig och bestämmer en dag.")

    h("Vilka var med på mötet?")
    line("✔", "Du")
    line("✔", "Maja")
    line("✔", "Hanna")
    line("✔", "Erik")
    line("✔", "Sara")
    save_docx(doc, path)


# ================================================================ 08 medication list (not a plan)
class LmPDF(FPDF):
    def header(self):
        self.set_font("DV", "B", 9)
        self.cell(95, 5, "JournalNord  –  Region Norrbotten", new_x="RIGHT", new_y="TOP")
        self.set_font("DV", "", 8)
        self.cell(0, 5, "Utskrivet: 2025-08-19 14:32", align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(95, 4, "Hälsocentralen Kalix", new_x="RIGHT", new_y="TOP")
        self.cell(0, 4, f"Sida {self.page_no()} ({{nb}})", align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(10, self.get_y() + 1, 200, self.get_y() + 1)
        self.ln(4)

    def footer(self):
        self.set_y(-12)
        self.set_font("DV", "", 7)
        self.cell(0, 5, "Utskriften är en ögonblicksbild. Aktuell läkemedelslista finns i "
                  "Nationella läkemedelslistan och i journalen.", align="C")


def plan08(path):
    pdf = LmPDF(orientation="P", unit="mm", format="A4")
    pdf.add_font("DV", "", FONT)
    pdf.add_font("DV", "B", FONT_B)
    pdf.set_creation_date(FIXED_DT)
    pdf.set_title("Läkemedelslista")
    pdf.set_author("JournalNord")
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, margin=16)
    pdf.add_page()

    pdf.set_font("DV", "B", 15)
    pdf.cell(0, 9, "Läkemedelslista", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 9)
    box = [("Patient", "K-G, 79 år"), ("Personnummer", "XXXXXX-XXXX"),
           ("Listan avser", "Aktuella ordinationer 2025-08-19"), ("Utskriven av", "Sjuksköterska, Hälsocentralen Kalix")]
    for lab, val in box:
        pdf.set_font("DV", "B", 9)
        pdf.cell(35, 6, lab, border=1)
        pdf.set_font("DV", "", 9)
        pdf.cell(0, 6, val, border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    pdf.set_font("DV", "B", 11)
    pdf.cell(0, 7, "Stående ordinationer", new_x="LMARGIN", new_y="NEXT")
    cols = [("Läkemedel", 44), ("Styrka / form", 26), ("Dosering", 40),
            ("Ordinatör (funktion)", 30), ("Enhet", 50)]
    rows = [
        ("Metformin", "500 mg tablett", "1 x 2, morgon och kväll", "Distriktsläkare", "Hälsocentralen Kalix"),
        ("Enalapril", "10 mg tablett", "1 x 1 morgon", "Distriktsläkare", "Hälsocentralen Kalix"),
        ("Atorvastatin", "20 mg tablett", "1 x 1 kväll", "Distriktsläkare", "Hälsocentralen Kalix"),
        ("Apixaban", "5 mg tablett", "1 x 2", "Specialistläkare", "Medicinmottagningen Kalix sjukhus"),
        ("Furosemid", "40 mg tablett", "1 på morgonen", "Specialistläkare", "Medicinmottagningen Kalix sjukhus"),
        ("Kalcium + D3", "500 mg/800 IE tuggtablett", "1 x 2", "Distriktsläkare", "Hälsocentralen Kalix"),
        ("Sertralin", "50 mg tablett", "1 x 1 morgon", "ST-läkare", "Hälsocentralen Kalix"),
    ]
    vb = [("Paracetamol", "500 mg tablett", "1-2 vid smärta, högst 6/dygn", "Distriktsläkare", "Hälsocentralen Kalix"),
          ("Oxazepam", "5 mg tablett", "1 vid oro, högst 2/dygn", "ST-läkare", "Hälsocentralen Kalix")]

    def table(rs):
        pdf.set_font("DV", "", 8)
        with pdf.table(cell_fill_mode="NONE", col_widths=[w for _, w in cols], text_align="LEFT", line_height=4.6,
                       headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225)),
                       repeat_headings=1, padding=1) as tbl:
            hr = tbl.row()
            for name, _ in cols:
                hr.cell(name)
            for r in rs:
                row = tbl.row()
                for v in r:
                    row.cell(v)

    # full name for the long one on its own line below
    table(rows)
    pdf.ln(3)
    pdf.set_font("DV", "B", 11)
    pdf.cell(0, 7, "Vid behovsordinationer", new_x="LMARGIN", new_y="NEXT")
    table(vb)
    pdf.ln(3)
    pdf.set_font("DV", "B", 11)
    pdf.cell(0, 7, "Utsatta senaste 3 månader", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 8)
    pdf.multi_cell(0, 5, "Zopiklon 5 mg – utsatt 2025-06-02 av distriktsläkare, Hälsocentralen Kalix "
                   "(orsak: fallrisk).", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DV", "B", 11)
    pdf.cell(0, 7, "Anteckning", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 9)
    pdf.multi_cell(0, 5,
                   "Läkemedlen delas i dosett av hemsjukvården. Patienten har själv Paracetamol "
                   "och Oxazepam i låst skåp. Nästa läkemedelsgenomgång: 2025-11-04 på "
                   "Hälsocentralen Kalix, distriktsläkare tillsammans med distriktssköterska. "
                   "Kreatinin och kalium tas 2 veckor innan.",
                   border=1, align="L", padding=1.5, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("DV", "", 8)
    pdf.cell(0, 5, "Signerad: Distriktsläkare, Hälsocentralen Kalix, 2025-08-19", new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


# ================================================================ main
def main():
    os.makedirs(OUT, exist_ok=True)
    work = tempfile.mkdtemp(prefix="f69a-src-")
    try:
        plan01(os.path.join(OUT, PREFIX + "01.docx"))
        plan02(os.path.join(OUT, PREFIX + "02.pdf"), work)
        plan03(os.path.join(OUT, PREFIX + "03.docx"))
        plan04(os.path.join(OUT, PREFIX + "04.txt"))
        plan05(os.path.join(OUT, PREFIX + "05.md"))
        plan06(os.path.join(OUT, PREFIX + "06.pdf"), work)
        plan07(os.path.join(OUT, PREFIX + "07.docx"))
        plan08(os.path.join(OUT, PREFIX + "08.pdf"))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for f in sorted(os.listdir(OUT)):
        print(f, os.path.getsize(os.path.join(OUT, f)))


if __name__ == "__main__":
    main()
