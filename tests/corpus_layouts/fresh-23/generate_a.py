#!/usr/bin/env python3
"""Generate the f23a batch of fictional, anonymized SIP plans into plans/.

Run with python generate_a.py
Deterministic: fixed dates, no randomness; docx zip entries get a fixed timestamp.
"""
import datetime
import os
import re
import shutil
import subprocess
import tempfile
import textwrap
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f23a"
LO_PROFILE = "file:///tmp/lo-f23a"
FIXED = datetime.datetime(2025, 1, 1, 8, 0, 0)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


# ---------------------------------------------------------------- helpers
def fname(n, ext):
    return os.path.join(OUT, f"{PREFIX}-{n:02d}.{ext}")


def normalize_docx(path):
    """Rewrite the zip with fixed timestamps so every run gives identical bytes."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def save_docx(doc, path, author=""):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    doc.save(path)
    normalize_docx(path)


def to_pdf(docx_path, pdf_path):
    tmp = tempfile.mkdtemp(prefix="f23a-")
    try:
        subprocess.run(
            ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
             "--convert-to", "pdf", "--outdir", tmp, docx_path],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            timeout=240)
        produced = os.path.join(tmp, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
        with open(produced, "rb") as f:
            data = f.read()
        # same-length substitutions keep the xref table valid; makes the print reproducible
        data = re.sub(rb"/CreationDate\(D:[0-9]{14}", b"/CreationDate(D:20250129143200", data)
        data = re.sub(rb"(/ID \[ ?<)[0-9A-F]{32}(>\s*<)[0-9A-F]{32}",
                      rb"\g<1>" + b"F23A0001" * 4 + rb"\g<2>" + b"F23A0001" * 4, data)
        data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"F23A0001" * 4, data)
        with open(pdf_path, "wb") as f:
            f.write(data)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


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


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:cantSplit")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def set_widths(table, widths):
    """Fixed column widths that LibreOffice and Word both honour (tblGrid + every cell)."""
    table.autofit = False
    tbl = table._tbl
    grid = tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        cells = row._tr.findall(qn("w:tc"))
        if len(cells) == len(widths):
            for tc, w in zip(cells, widths):
                tcPr = tc.get_or_add_tcPr()
                tcW = tcPr.find(qn("w:tcW"))
                if tcW is None:
                    tcW = OxmlElement("w:tcW"); tcPr.insert(0, tcW)
                tcW.set(qn("w:w"), str(int(w.twips))); tcW.set(qn("w:type"), "dxa")


def add_field(paragraph, instr, size=None):
    """Insert a complex field (PAGE, NUMPAGES) into a paragraph."""
    def r():
        run = paragraph.add_run()
        if size:
            run.font.size = size
        return run
    r1 = r()
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "begin"); r1._r.append(fc)
    r2 = r()
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = f" {instr} "
    r2._r.append(it)
    r3 = r()
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "separate"); r3._r.append(fc)
    r4 = r(); r4.text = "1"
    r5 = r()
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "end"); r5._r.append(fc)


def set_cell(cell, text, bold=False, size=None, italic=False):
    cell.text = ""
    lines = text.split("\n") if text else [""]
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = size
        p.paragraph_format.space_after = Pt(0)
    return cell


def base_doc(font="Calibri", size=10.5, margins=2.0):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts"); rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(margins))
    return doc


def wrap(text, width=76):
    out = []
    for para in text.split("\n"):
        if not para.strip():
            out.append("")
        else:
            out.extend(textwrap.wrap(para, width=width, break_long_words=False,
                                     break_on_hyphens=False))
    return out


# ---------------------------------------------------------------- plan 01
def plan01():
    """Regional record-system print (docx -> LibreOffice PDF). J., 27, psychosis + debts, Västerås."""
    doc = base_doc(font="Arial", size=9.5, margins=1.8)
    sec = doc.sections[0]
    sec.header_distance = Cm(0.8)
    hdr = sec.header
    p = hdr.paragraphs[0]
    p.style = doc.styles["Normal"]
    p.paragraph_format.tab_stops.add_tab_stop(Cm(17.3), WD_TAB_ALIGNMENT.RIGHT)
    r = p.add_run("RVJ Vårdinformation 4.2 – Region Västmanland"); r.bold = True; r.font.size = Pt(9)
    r = p.add_run("\tUtskriftsdatum: 2025-01-29 14:32"); r.font.size = Pt(8)
    p2 = hdr.add_paragraph(style=doc.styles["Normal"])
    p2.paragraph_format.tab_stops.add_tab_stop(Cm(17.3), WD_TAB_ALIGNMENT.RIGHT)
    r = p2.add_run("Enhet: Psykosmottagningen Västerås, Psykiatri Västmanland"); r.font.size = Pt(8)
    r = p2.add_run("\tSida "); r.font.size = Pt(8)
    add_field(p2, "PAGE", Pt(8))
    r = p2.add_run(" ("); r.font.size = Pt(8)
    add_field(p2, "NUMPAGES", Pt(8))
    r = p2.add_run(")"); r.font.size = Pt(8)
    p3 = hdr.add_paragraph()
    r = p3.add_run("Patient: J.   ÅÅMMDD-XXXX        Dokumenttyp: Vårdplan – Samordnad individuell plan (SIP)")
    r.font.size = Pt(8)
    # bottom border under header
    pPr = p3._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr"); b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single"); b.set(qn("w:sz"), "6"); b.set(qn("w:space"), "1"); b.set(qn("w:color"), "000000")
    bdr.append(b); pPr.append(bdr)
    ft = sec.footer.paragraphs[0]
    r = ft.add_run("Utskrift ur journal. Utskriften är en kopia – gällande version finns i RVJ. "
                   "Signerad av: Sara, kurator, 2025-01-29 14:05")
    r.font.size = Pt(7); r.italic = True

    t = doc.add_paragraph()
    r = t.add_run("SAMORDNAD INDIVIDUELL PLAN (SIP)"); r.bold = True; r.font.size = Pt(13)
    t.paragraph_format.space_after = Pt(2)
    s = doc.add_paragraph()
    r = s.add_run("Journalmall: SIP – psykiatri/socialtjänst   Status: Signerad   Version: 1")
    r.font.size = Pt(8)

    def boxed(rows, col1=4.6, col2=12.8):
        tb = doc.add_table(rows=0, cols=2)
        tb.style = "Table Grid"
        tb.alignment = WD_TABLE_ALIGNMENT.CENTER
        for lab, val in rows:
            cells = tb.add_row().cells
            set_cell(cells[0], lab, bold=True, size=Pt(8.5))
            shade(cells[0], "E7E6E6")
            set_cell(cells[1], val, size=Pt(9))
        set_widths(tb, [Cm(col1), Cm(col2)])
        doc.add_paragraph().paragraph_format.space_after = Pt(0)
        return tb

    h = doc.add_paragraph(); r = h.add_run("Mötesuppgifter"); r.bold = True
    boxed([
        ("Datum för SIP-möte", "2025-01-28 kl. 13.00–14.30"),
        ("Plats", "Psykosmottagningen Västerås, samtalsrum 3"),
        ("Den enskilde närvarande", "Nej"),
        ("Orsak till frånvaro", ""),
        ("Sammanträdesform", "Fysiskt möte, Budget- och skuldrådgivningen via Teams"),
    ])

    h = doc.add_paragraph(); r = h.add_run("Bakgrund och aktuell situation"); r.bold = True
    boxed([
        ("Bakgrund",
         "J. är 27 år och bor ensam i hyreslägenhet på Bäckby. Han insjuknade i en förstagångspsykos "
         "i september 2024 och vårdades inneliggande på Psykiatriska kliniken Västerås i fem veckor. "
         "Sedan november 2024 följs han av Psykosmottagningen och får depåinjektion. Under "
         "sjukdomsperioden har räkningar inte betalats. J. har i dag skulder hos Kronofogden på drygt "
         "60 000 kr och en hyresskuld på tre månadshyror; hyresvärden har skickat en varning om "
         "uppsägning. J. har ingen inkomst sedan oktober 2024 och är inte sjukskriven hos FK."),
        ("Syfte", "Samordning av insatser."),
        ("Frågeställningar",
         "1. Hur ska hyresskulden hanteras så att J. inte förlorar lägenheten?\n"
         "2. Behöver J. god man för ekonomin och vem gör anmälan till överförmyndaren?\n"
         "3. Hur säkerställer vi att J. får sina depåinjektioner när han inte svarar i telefon?\n"
         "4. Hur ska J. få en inkomst under tiden han är sjuk?"),
        ("Den enskildes mål", ""),
        ("Den enskildes synpunkter", ""),
        ("Samtycke",
         "Skriftligt samtycke till SIP och informationsutbyte mellan Psykosmottagningen Västerås och "
         "Socialtjänsten Västerås stad. Blankett undertecknad av J. 2025-01-14 vid besök på "
         "mottagningen, skannad till journalen."),
    ])

    h = doc.add_paragraph(); r = h.add_run("Insatser/åtgärder"); r.bold = True
    rows = [
        ("1", "Depåinjektion antipsykotiskt läkemedel var 14:e dag. Uteblir J. ringer sjuksköterskan "
              "samma dag och kontaktar vid behov mamman.",
         "Psykosmottagningen Västerås, sjuksköterska", "Pågår, nästa 2025-02-04",
         "Tider bokas i förväg för hela våren."),
        ("2", "Läkarbesök: bedömning av läkemedelseffekt och arbetsförmåga. Läkarintyg till FK och "
              "till överförmyndaren.",
         "Psykosmottagningen Västerås, läkare", "2025-02-11", ""),
        ("3", "Samtal och psykoedukation om sjukdomen, tidiga varningstecken och sömn, varannan vecka.",
         "Psykosmottagningen Västerås, kurator", "Från v. 7 2025", ""),
        ("4", "Kontakt med hyresvärden om avbetalningsplan för hyresskulden och om att uppsägning "
              "inte ska ske under tiden planen pågår.",
         "Vuxenenheten, Socialtjänsten Västerås stad, socialsekreterare", "Senast 2025-02-07", ""),
        ("5", "Prövning av ekonomiskt bistånd för februari samt av bistånd till hyresskulden.",
         "Försörjningsstöd, Västerås stad, handläggare", "Beslut senast 2025-02-14",
         "J. behöver lämna kontoutdrag, kurator hjälper till."),
        ("6", "Anmälan om behov av god man till överförmyndaren, med läkarintyg från mottagningen.",
         "Vuxenenheten, Socialtjänsten Västerås stad, socialsekreterare", "Senast 2025-02-28", ""),
        ("7", "Genomgång av alla skulder, kontakt med Kronofogden och inkassobolag, bedömning av om "
              "skuldsanering är möjlig på sikt.",
         "Budget- och skuldrådgivningen, Västerås stad", "Första möte 2025-02-12", ""),
        ("8", "Boendestöd i hemmet två gånger i veckan: öppna och sortera post, betala räkningar via "
              "internetbanken, handla och planera veckan.",
         "Boendestödet, Västerås stad, boendestödjare", "–",
         "Ansökan om boendestöd lämnad, beslut inväntas."),
        ("9", "Ansöker om sjukpenning hos Försäkringskassan, med hjälp av kurator vid besöket.",
         "J. själv, med stöd av kurator Psykosmottagningen", "Senast 2025-02-15", ""),
        ("10", "Handlägger ansökan om sjukpenning och tar vid behov kontakt med läkaren.",
         "Försäkringskassan, handläggare", "Efter inkommen ansökan", ""),
        ("11", "Skjutsar J. till mottagningen vid injektionstillfällena och handlar med honom varje "
               "lördag.",
         "J:s mamma", "Från 2025-02-01", ""),
    ]
    tb = doc.add_table(rows=1, cols=5)
    tb.style = "Table Grid"
    heads = ["Nr", "Insats/åtgärd", "Ansvarig (verksamhet/funktion)", "Tidpunkt/start", "Kommentar"]
    widths = [Cm(0.9), Cm(6.0), Cm(4.4), Cm(3.4), Cm(2.7)]
    for i, hd in enumerate(heads):
        c = tb.rows[0].cells[i]
        set_cell(c, hd, bold=True, size=Pt(8.5))
        shade(c, "D0CECE")
        c.width = widths[i]
    repeat_header(tb.rows[0])
    for row in rows:
        rr = tb.add_row()
        cant_split(rr)
        for i, v in enumerate(row):
            set_cell(rr.cells[i], v, size=Pt(8.5))
    set_widths(tb, widths)
    doc.add_paragraph()

    h = doc.add_paragraph(); r = h.add_run("Ansvar och uppföljning"); r.bold = True
    boxed([
        ("Huvudansvarig för planen", "Socialtjänsten Västerås stad"),
        ("Uppföljning", "2025-04-09 kl. 10.00, Psykosmottagningen Västerås"),
    ])

    h = doc.add_paragraph(); r = h.add_run("Deltagare"); r.bold = True
    tb = doc.add_table(rows=1, cols=3)
    tb.style = "Table Grid"
    for i, hd in enumerate(["Namn", "Funktion", "Verksamhet"]):
        set_cell(tb.rows[0].cells[i], hd, bold=True, size=Pt(8.5))
        shade(tb.rows[0].cells[i], "D0CECE")
    dl_rows = [("Sara", "Kurator", "Psykosmottagningen Västerås, Region Västmanland"),
                ("Erik", "Sjuksköterska", "Psykosmottagningen Västerås, Region Västmanland"),
                ("Mikael", "Socialsekreterare", "Vuxenenheten, Socialtjänsten Västerås stad"),
                ("Nadia", "Budget- och skuldrådgivare", "Budget- och skuldrådgivningen, Västerås stad"),
                ("Birgitta", "Närstående (mamma)", "–")]
    for row in dl_rows:
        cells = tb.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v, size=Pt(8.5))
    set_widths(tb, [Cm(3.0), Cm(5.2), Cm(9.2)])

    dx = fname(1, "docx")
    tmpdir = tempfile.mkdtemp(prefix="f23a-src-")
    src = os.path.join(tmpdir, "SIP_utskrift_RVJ.docx")
    save_docx(doc, src)
    to_pdf(src, fname(1, "pdf"))
    shutil.rmtree(tmpdir, ignore_errors=True)


# ---------------------------------------------------------------- plan 02
def plan02():
    """SIP vid utskrivning, medical ward, Gunnel 84, Sala."""
    doc = base_doc(font="Calibri", size=11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.style = doc.styles["Normal"]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(17.0), WD_TAB_ALIGNMENT.RIGHT)
    r = hp.add_run("Region Västmanland"); r.bold = True; r.font.size = Pt(9)
    r = hp.add_run("\tMedicinavdelning 61, Västmanlands sjukhus Västerås"); r.font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    r = fp.add_run("SIP vid utskrivning – upprättad 2025-03-04"); r.font.size = Pt(8)

    doc.add_heading("SIP vid utskrivning", level=1)
    p = doc.add_paragraph()
    r = p.add_run("Samordnad individuell plan enligt lagen (2017:612) om samverkan vid utskrivning "
                  "från sluten hälso- och sjukvård"); r.italic = True; r.font.size = Pt(9.5)

    def lab_val(label, value):
        p = doc.add_paragraph()
        r = p.add_run(label + ": "); r.bold = True
        p.add_run(value)
        p.paragraph_format.space_after = Pt(2)

    lab_val("Patient", "Gunnel, ÅÅMMDD-XXXX")
    lab_val("Folkbokförd i", "Sala kommun")
    lab_val("Inskriven", "2025-02-21")
    lab_val("Planerad utskrivning", "2025-03-06")
    lab_val("SIP-möte", "2025-03-04 kl. 10.30 i avdelningens dagrum, distriktssköterskan och "
                        "biståndshandläggaren deltog via Teams")

    def block(label, text):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(8)
        p.paragraph_format.space_after = Pt(2)
        r = p.add_run(label); r.bold = True
        doc.add_paragraph(text)

    block("Anledning till vårdtillfället",
          "Gunnel, 84 år, inkom efter ett fall i hemmet med försämrad hjärtsvikt och "
          "urinvägsinfektion. Hon har lindrig kognitiv svikt och har före inläggningen klarat sig "
          "med inköpshjälp en gång i veckan och hjälp av dottern. Under vårdtiden har hon blivit "
          "osäker vid förflyttningar och går nu med rollator. Diuretika har justerats.")
    block("Syfte", "Samordnad utskrivning.")
    block("Patientens mål",
          "Målet är att Gunnel ska kunna bo kvar i sin lägenhet och klara förflyttningar inomhus "
          "på egen hand.")
    block("Patientens delaktighet och önskemål",
          "Gunnel deltog i mötet. Hon vill åka hem så snart som möjligt och vill inte ha besök "
          "av hemtjänsten på natten. Hon vill fortsätta att laga sin frukost själv.")
    block("Samtycke", "Samtycke finns.")
    block("Fast vårdkontakt i primärvården", "Distriktssköterska Hanna, Vårdcentralen Sala")
    block("Samordningsansvarig", "Hanna, distriktssköterska, Vårdcentralen Sala (även fast vårdkontakt)")

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    r = p.add_run("Planerade insatser efter utskrivning"); r.bold = True
    items = [
        ("Hemtjänst Sala centrum", "hjälp morgon, lunch och kväll med påklädning, måltider och "
         "att ta läkemedel ur dosetten.", "Från 2025-03-06."),
        ("Kommunal hemsjukvård Sala, sjuksköterska", "iordningställer läkemedel i dosett varannan "
         "vecka och väger Gunnel två gånger i veckan. Viktökning över 2 kg på en vecka meddelas "
         "Vårdcentralen Sala.", "Från 2025-03-07."),
        ("Kommunal rehab Sala, arbetsterapeut", "hembesök, utprovning av toalettförhöjning och "
         "duschpall samt bedömning av behov av bostadsanpassning (tröskel till balkong).",
         "Från 2025-03-07."),
        ("Kommunen", "trygghetslarm installeras.", "Från hemgångsdagen."),
        ("Vårdcentralen Sala, läkare", "läkemedelsgenomgång och kontroll av njurvärden och kalium.",
         "Vecka 12."),
        ("Medicinavdelning 61", "skickar epikris och aktuell läkemedelslista till Vårdcentralen "
         "Sala och hemsjukvården.", "Vid utskrivningen 2025-03-06."),
    ]
    for unit, what, when in items:
        bp = doc.add_paragraph(style="List Bullet")
        r = bp.add_run(unit + ": "); r.bold = True
        bp.add_run(what + " ")
        r = bp.add_run(when); r.italic = True

    block("Närstående", "Dottern Eva är informerad och stöttar sin mamma.")
    block("Deltagare",
          "Gunnel, Eva (dotter), Maria (sjuksköterska), Johan (biståndshandläggare), "
          "Ali (arbetsterapeut), Hanna (distriktssköterska)")
    save_docx(doc, fname(2, "docx"), author="Avd 61")


# ---------------------------------------------------------------- plan 03
def add_placeholder_sdt(doc, text="Klicka eller tryck här för att ange text."):
    """Block-level empty content control showing its placeholder text."""
    body = doc.element.body
    sdt = OxmlElement("w:sdt")
    sdtPr = OxmlElement("w:sdtPr")
    rPr = OxmlElement("w:rPr")
    rs = OxmlElement("w:rStyle"); rs.set(qn("w:val"), "PlaceholderText"); rPr.append(rs)
    sdtPr.append(rPr)
    alias = OxmlElement("w:alias"); alias.set(qn("w:val"), "Huvudansvarig"); sdtPr.append(alias)
    tid = OxmlElement("w:id"); tid.set(qn("w:val"), "-1450623881"); sdtPr.append(tid)
    ph = OxmlElement("w:placeholder")
    dp = OxmlElement("w:docPart"); dp.set(qn("w:val"), "DefaultPlaceholder_-1854013440")
    ph.append(dp); sdtPr.append(ph)
    sp = OxmlElement("w:showingPlcHdr"); sdtPr.append(sp)
    sdt.append(sdtPr)
    content = OxmlElement("w:sdtContent")
    p = OxmlElement("w:p")
    r = OxmlElement("w:r")
    rPr2 = OxmlElement("w:rPr")
    col = OxmlElement("w:color"); col.set(qn("w:val"), "808080"); rPr2.append(col)
    r.append(rPr2)
    t = OxmlElement("w:t"); t.text = text; r.append(t)
    p.append(r); content.append(p); sdt.append(content)
    body.insert(len(body) - 1, sdt)  # before the final sectPr


def plan03():
    """Word, numbered headings in capitals and small caps, landscape action table. Noah 20, LSS, Hallstahammar."""
    doc = base_doc(font="Cambria", size=11, margins=2.2)
    h1 = doc.styles["Heading 1"]
    h1.font.small_caps = True
    h1.font.size = Pt(13)
    h1.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    h1.font.name = "Cambria"
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.style = doc.styles["Normal"]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(16.6), WD_TAB_ALIGNMENT.RIGHT)
    r = hp.add_run("Hallstahammars kommun · Region Västmanland"); r.font.size = Pt(9)
    r = hp.add_run("\tSamordnad individuell plan"); r.font.size = Pt(9); r.font.small_caps = True
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Sida "); r.font.size = Pt(8)
    add_field(fp, "PAGE", Pt(8))

    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("Samordnad individuell plan (SIP)"); r.bold = True; r.font.size = Pt(16)
    r.font.small_caps = True
    info = doc.add_table(rows=4, cols=2)
    for i, (a, b) in enumerate([("Namn", "Noah"), ("Personnummer", "ÅÅMMDD-XXXX"),
                                ("Datum för möte", "2025-04-29"),
                                ("Plats", "Servicebostaden Västergården, Hallstahammar")]):
        set_cell(info.rows[i].cells[0], a, bold=True)
        set_cell(info.rows[i].cells[1], b)
    set_widths(info, [Cm(4.0), Cm(12.5)])

    def H(text):
        doc.add_heading(text, level=1)

    H("1. Bakgrund")
    doc.add_paragraph(
        "Noah är 20 år och har autism och lindrig intellektuell funktionsnedsättning. Han flyttade "
        "i februari 2025 från föräldrahemmet till en servicebostad enligt 9 § 9 LSS och har daglig "
        "verksamhet enligt LSS på Verkstan i Hallstahammar. Sedan flytten sover Noah dåligt, han har "
        "haft flera utbrott på kvällarna och har vid två tillfällen gått därifrån mitt på dagen från "
        "daglig verksamhet. Noah har haft kontakt med Vuxenhabiliteringen sedan han fyllde 18 år.")
    H("2. Syfte med SIP")
    doc.add_paragraph(
        "Syftet är att Vuxenhabiliteringen, LSS-handläggningen, servicebostaden och daglig "
        "verksamhet tillsammans ska hitta sätt att minska Noahs oro och sömnproblem efter flytten, "
        "så att han kan bo kvar i servicebostaden och fortsätta på Verkstan.")
    H("3. Frågeställningar")
    doc.add_paragraph("Gå igenom nuläget.")
    doc.add_paragraph("Övrigt.")
    H("4. Den enskildes mål")
    doc.add_paragraph("Se genomförandeplan LSS.")
    H("5. Delaktighet och samtycke")
    doc.add_paragraph("Noah deltog under första delen av mötet tillsammans med sin pappa.")
    doc.add_paragraph("Samtycke finns.")

    # landscape section for the action table
    ls = doc.add_section(WD_SECTION.NEW_PAGE)
    ls.orientation = WD_ORIENT.LANDSCAPE
    ls.page_width, ls.page_height = Cm(29.7), Cm(21.0)
    H("6. Insatser")
    rows = [
        ("Bildschema för morgon- och kvällsrutiner i lägenheten, inklusive vad som händer när "
         "personalen byter pass.", "Arbetsterapeut, Vuxenhabiliteringen Västerås",
         "Klart senast 2025-05-16", "Arbetsterapeuten"),
        ("Sömndagbok i tre veckor, förs av kvällspersonalen och nattpersonalen varje dag.",
         "Personal, Servicebostaden Västergården", "2025-05-05 – 2025-05-26",
         "Sjuksköterska, Vuxenhabiliteringen"),
        ("Läkarbedömning av sömn och oro utifrån sömndagboken, ställningstagande till "
         "läkemedel.", "Läkare, Vuxenhabiliteringen Västerås", "Vecka 23 2025", "Läkaren"),
        ("Kortare dagar på daglig verksamhet (kl. 9–13) och en fast kontaktperson på Verkstan.",
         "Enhetschef, Daglig verksamhet Verkstan", "Från 2025-05-12", "Enhetschef daglig verksamhet"),
        ("Utredning av behov av utökat personalstöd kvällstid i servicebostaden.",
         "LSS-handläggare, Hallstahammars kommun", "Beslut senast 2025-05-09", "LSS-handläggaren"),
        ("Gemensam handledning för personalen i servicebostaden om bemötande vid oro.",
         "Psykolog, Vuxenhabiliteringen Västerås", "2025-05-20 och 2025-06-10",
         "Enhetschef servicebostaden"),
    ]
    tb = doc.add_table(rows=1, cols=4)
    tb.style = "Table Grid"
    widths = [Cm(10.5), Cm(6.5), Cm(4.5), Cm(4.5)]
    for i, hd in enumerate(["Aktivitet", "Utförare", "Tidsram", "Uppföljs av"]):
        c = tb.rows[0].cells[i]
        set_cell(c, hd, bold=True)
        shade(c, "DCE6F1")
        c.width = widths[i]
    repeat_header(tb.rows[0])
    for row in rows:
        cells = tb.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v, size=Pt(10))
    set_widths(tb, widths)

    ps = doc.add_section(WD_SECTION.NEW_PAGE)
    ps.orientation = WD_ORIENT.PORTRAIT
    ps.page_width, ps.page_height = Cm(21.0), Cm(29.7)
    H("7. Huvudansvar för planen")
    add_placeholder_sdt(doc)
    H("8. Uppföljning")
    doc.add_paragraph("Nytt SIP-möte i början av hösten 2025.")
    H("9. Deltagare")
    tb = doc.add_table(rows=1, cols=3)
    tb.style = "Table Grid"
    for i, hd in enumerate(["Namn", "Funktion", "Verksamhet"]):
        set_cell(tb.rows[0].cells[i], hd, bold=True)
        shade(tb.rows[0].cells[i], "DCE6F1")
    for row in [("Noah", "Den enskilde (första delen av mötet)", "–"),
                ("Anders", "Pappa", "–"),
                ("Elin", "Arbetsterapeut", "Vuxenhabiliteringen Västerås, Region Västmanland"),
                ("Fatima", "Sjuksköterska", "Vuxenhabiliteringen Västerås, Region Västmanland"),
                ("Kristina", "LSS-handläggare", "Hallstahammars kommun"),
                ("Mats", "Enhetschef", "Servicebostaden Västergården, Hallstahammars kommun"),
                ("Lina", "Enhetschef", "Daglig verksamhet Verkstan, Hallstahammars kommun")]:
        cells = tb.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v)
    set_widths(tb, [Cm(3.0), Cm(5.5), Cm(8.0)])
    save_docx(doc, fname(3, "docx"), author="LSS-handläggare")


# ---------------------------------------------------------------- plan 04
PLAN04 = """\
# Min plan – Elias

*Samordnad individuell plan (SIP) skriven så att Elias kan läsa den tillsammans med mamma och pappa.*

**Namn:** Elias, 8 år
**Datum för mötet:** 2025-02-05
**Var:** Solbackaskolan i Fagersta, konferensrummet

---

## Varför har vi det här mötet?

Elias, du har haft det jobbigt i skolan sedan jul. Du blir ofta arg på rasterna och vill inte gå till
skolan på morgonen, och BUP ska nu göra en utredning av dig. Vi har det här mötet för att alla vuxna
som hjälper dig i skolan, på BUP och hos familjestödet ska jobba åt samma håll, så att du får det
lugnare i skolan och hemma och slipper berätta samma sak för många olika vuxna.

## Det här är viktigt för mig

Elias var med första halvtimmen av mötet tillsammans med mamma och pappa. Han ritade en bild av hur
en bra dag ser ut och berättade:

- "Jag vill ha en kompis att vara med på rasten."
- "Jag vill inte att någon skäller på mig inför hela klassen."
- "Jag vill kunna gå till ett lugnt ställe när det blir för mycket ljud."
- "Jag tycker om Lego och att rita, det vill jag göra mer på fritids."

## Det här ska vi göra

| Vem | Vad | När |
|---|---|---|
| Sara, din lärare | Du får en lugn plats i grupprummet och ett rött kort som du kan visa när du behöver gå dit. Sara säger till dig i enrum i stället för inför klassen. | Från måndag 10 februari |
| Lena (kurator) | Pratar med dig om känslor och vad du kan göra när du blir arg. | Varje torsdag, från 13 februari |
| Ahmed (BUP) | Träffar dig, mamma och pappa och gör en utredning av hur du fungerar, bland annat uppmärksamhet och ilska. | Första besöket 20 februari 2025 |
| Familjestöd Fagersta | Föräldragrupp för mamma och pappa om hur man kan göra hemma när det blir bråk. | När det finns plats i nästa grupp |
| Mamma och pappa | Läser med dig varje kväll och skriver till Sara i appen om morgonen har varit jobbig. | Varje dag |
| Du själv, Elias | Visar det röda kortet för Sara när du behöver gå till grupprummet, i stället för att springa ut. | Från 10 februari |

## Vi som var med

- Du, Elias
- Jenny, din mamma
- Omar, din pappa
- Sara (din lärare)
- Lena (kurator)
- Ahmed (BUP)
- Maja (familjestöd)

## När ses vi igen?

Torsdag **10 april 2025 klockan 14.00** i konferensrummet på Solbackaskolan. Du är med första
halvtimmen igen om du vill.

## Sammankallande och huvudansvarig

Lena (kurator). Det är hon som skickar kallelsen till nästa möte och håller ihop planen.
"""


def plan04():
    with open(fname(4, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(PLAN04)


# ---------------------------------------------------------------- plan 05
PLAN05_HEAD = [
    "MINNESANTECKNINGAR - SIP-MÖTE",
    "Vuxenpsykiatrin Köping, allmänpsykiatrisk öppenvård",
    "",
    "Datum: 2025-03-18, kl. 13.00-14.15",
    "Plats: Avdelning 84, Psykiatriska kliniken Västerås (Arboga kommun deltog",
    "       via Teams)",
    "Närvarande: Peter, Annika, Jonas, Sofia, Mira",
    "Antecknat av: Jonas",
    "",
    "",
]
PLAN05_BODY = """\
Mötet hölls på avdelningen inför Peters utskrivning. Peter är 52 år, har bipolär sjukdom och har varit inlagd på avdelning 84 i drygt fem veckor efter en manisk episod. Han bor ensam i hyreslägenhet i Arboga och har tidigare skött sin behandling hos öppenvården i Köping utan större problem, men slutade ta litium i höstas. Syftet med mötet var att planera hur Peter ska få stöd när han kommer hem, så att han inte blir dålig och inlagd igen, och så att alla vet vem som gör vad under de första veckorna efter utskrivningen.

Inför mötet hade vi tre frågor: hur litiumkontrollerna ska skötas efter utskrivningen, om Peter behöver boendestöd de första månaderna, och hur hans ekonomi ska hanteras, eftersom han under den maniska perioden har handlat på kredit för ungefär 40 000 kr och har obetalda räkningar.

Peter var med under hela mötet. Han sa att han är trött på att vara inlagd och att han vill hem så fort som möjligt. Han vill inte ha någon som kommer hem till honom varje dag men kan tänka sig besök ett par gånger i veckan. Om målet sa han: "Jag vill klara mig själv i lägenheten och börja jobba på lagret igen till sommaren." Han vill också att någon hjälper honom att få ordning på räkningarna, för han orkar inte öppna posten.

Utskrivning planeras till fredag 2025-03-21. Öppenvårdsmottagningen i Köping tar över den psykiatriska behandlingen från utskrivningsdagen. Sjuksköterska på mottagningen ringer Peter måndag 2025-03-24 och tar litiumprov 2025-03-27, därefter var fjärde vecka. Läkare på mottagningen träffar Peter 2025-04-03 för läkemedelsuppföljning och bedömning av sjukskrivningen. Avdelningen skickar epikris och läkemedelslista till mottagningen samma dag som han skrivs ut.

Boendestödet i Arboga kommun börjar med två besök i veckan från vecka 13, första besöket planeras tillsammans med Peter. Biståndshandläggare i Arboga fattar beslut om boendestöd senast 2025-03-20 så att det är klart före hemgång. Socialtjänsten ska också se över hans ekonomi och eventuellt koppla in budget- och skuldrådgivningen.

Peter är sjukskriven och har ett pågående ärende hos Försäkringskassan. Hans syster Lotta finns i Västerås och har kontakt med honom, hon ska hållas informerad.

Nästa möte: 2025-04-29 kl. 13.30 på öppenvårdsmottagningen i Köping. Peter vill vara med. Kallelse skickas.
"""


def plan05():
    lines = list(PLAN05_HEAD) + wrap(PLAN05_BODY, 76)
    text = "\r\n".join(lines).rstrip() + "\r\n"
    with open(fname(5, "txt"), "wb") as f:
        f.write(text.encode("cp1252"))


# ---------------------------------------------------------------- plan 06
def plan06():
    """Municipal template: one big two-column table with merged part headers. Alex 16, Kungsör."""
    doc = base_doc(font="Arial", size=10, margins=2.0)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.style = doc.styles["Normal"]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(17.0), WD_TAB_ALIGNMENT.RIGHT)
    r = hp.add_run("KUNGSÖRS KOMMUN"); r.bold = True; r.font.size = Pt(10)
    r = hp.add_run("\tSocialtjänsten – Barn och unga"); r.font.size = Pt(8)
    hp2 = sec.header.add_paragraph()
    r = hp2.add_run("Blankett SIP 1.3 (rev. 2023-09)"); r.font.size = Pt(7)
    fp = sec.footer.paragraphs[0]
    r = fp.add_run("Planen förvaras i akt hos socialtjänsten och i journal hos berörda verksamheter. "
                   "Kopia lämnas till den enskilde och vårdnadshavare."); r.font.size = Pt(7)

    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("SAMORDNAD INDIVIDUELL PLAN – SIP"); r.bold = True; r.font.size = Pt(14)

    tb = doc.add_table(rows=0, cols=2)
    tb.style = "Table Grid"
    W = (Cm(5.0), Cm(12.0))

    def part(title):
        row = tb.add_row()
        c = row.cells[0].merge(row.cells[1])
        set_cell(c, title, bold=True, size=Pt(10.5))
        shade(c, "1F4E79")
        for run in c.paragraphs[0].runs:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)

    def field(label, value):
        row = tb.add_row()
        set_cell(row.cells[0], label, bold=True, size=Pt(9))
        shade(row.cells[0], "DEEAF6")
        set_cell(row.cells[1], value, size=Pt(10))

    part("DEL 1 – UPPGIFTER OM DEN ENSKILDE")
    field("Namn", "Alex")
    field("Personnummer", "ÅÅMMDD-XXXX")
    field("Vårdnadshavare", "Mamma Linda och pappa Kenneth (gemensam vårdnad)")
    field("Datum för SIP-möte", "2024-10-15")
    field("Plats", "Socialkontoret, Kungsör")
    field("Bakgrund",
          "Alex är 16 år och går första året på el- och energiprogrammet på Ullvigymnasiet i "
          "Köping. Enligt egen uppgift röker Alex cannabis flera gånger i veckan sedan i våras. "
          "Närvaron i skolan har varit under 50 % sedan skolstarten. Det har varit mycket bråk "
          "hemma och polisen gjorde en orosanmälan i september efter att Alex påträffats påverkad "
          "i Köping.")
    part("DEL 2 – SYFTE OCH FRÅGESTÄLLNINGAR")
    field("Syfte med SIP", "Samordning av insatser.")
    field("Frågeställningar inför mötet", "")
    part("DEL 3 – DEN ENSKILDES MÅL, DELAKTIGHET OCH SAMTYCKE")
    field("Den enskildes mål",
          "Målet är att Alex ska sluta använda cannabis och komma tillbaka till skolan på heltid "
          "efter jullovet.")
    field("Hur har den enskilde varit delaktig?",
          "Alex var med under hela mötet tillsammans med mamma och pappa. Alex tycker att skolan "
          "är det viktigaste just nu och vill hellre träffa en behandlare på öppenvården än ha "
          "samtal på skolan, där kompisarna ser.")
    field("Samtycke",
          "Får vi som jobbar med dig prata med varandra och dela det vi vet om dig? – Ja, sa Alex "
          "på mötet 2024-10-15. Mamma och pappa sa också ja och skrev under blanketten "
          "\"Samtycke till SIP\" samma dag.")
    part("DEL 4 – INSATSER (vad, vem och när)")
    field("Insats 1",
          "Samtal enligt MI och urinprov varannan vecka.\nAnsvarig: sjuksköterska, "
          "Beroendemottagningen för unga, Region Västmanland, Västerås.\nStart: 2024-10-22.")
    field("Insats 2",
          "Enskilda samtal med ungdomsbehandlare varje onsdag eftermiddag (MI och "
          "återfallsprevention).\nAnsvarig: ungdomsbehandlare, Öppenvården Kungsörs kommun.\n"
          "Start: 2024-10-23.")
    field("Insats 3",
          "Närvaroplan och anpassad studiegång med färre kurser under hösten.\nAnsvarig: kurator, "
          "Elevhälsan Ullvigymnasiet.\nStart: 2024-10-21.")
    field("Insats 4",
          "Utredning enligt 11 kap. 1 § SoL av behov av fortsatt stöd.\nAnsvarig: "
          "socialsekreterare, barn- och ungdomsenheten Socialtjänsten Kungsör.\nKlar: 2024-12-13.")
    field("Andra aktörers insatser (t.ex. FK, AF, närstående)", "")
    part("DEL 5 – ANSVAR OCH UPPFÖLJNING")
    field("Huvudansvarig för planen",
          "Johanna, socialsekreterare, barn- och ungdomsenheten, Socialtjänsten Kungsör")
    field("Datum för uppföljning", "")
    part("DEL 6 – DELTAGARE")
    field("Deltagare vid mötet", "Alex, Linda, Kenneth, Johanna, Pernilla, Amir, Sofie")
    set_widths(tb, list(W))
    save_docx(doc, fname(6, "docx"), author="Socialtjänsten Kungsör")


# ---------------------------------------------------------------- plan 07
class FollowUpPDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "B", 9)
        self.cell(0, 5, "Norbergs kommun – Vård och omsorg", new_x="LMARGIN", new_y="NEXT")
        self.set_font("DejaVu", "", 8)
        self.cell(95, 4, "Verksamhetssystem OmsorgsJournal · Uppföljning av SIP")
        self.cell(0, 4, f"Utskrivet 2025-01-22 09:14   Sida {self.page_no()} ({{nb}})",
                  align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(4)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.cell(0, 4, "Person: Bertil, ÅÅMMDD-XXXX · Dokument: Uppföljning SIP · Status: Klar",
                  align="L")


def plan07():
    pdf = FollowUpPDF(format="A4")
    pdf.set_creation_date(datetime.datetime(2025, 1, 22, 9, 14, tzinfo=datetime.timezone.utc))
    pdf.set_title("Uppföljning av SIP")
    pdf.set_author("Norbergs kommun")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.alias_nb_pages()
    pdf.set_margins(15, 15, 15)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 8, "UPPFÖLJNING AV SAMORDNAD INDIVIDUELL PLAN", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)

    def boxes(rows):
        pdf.set_font("DejaVu", "", 9.5)
        with pdf.table(col_widths=(55, 125), first_row_as_headings=False, line_height=5.5, text_align="LEFT",
                       padding=1.5) as table:
            for lab, val in rows:
                r = table.row()
                r.cell(lab, style=FontFace(emphasis="BOLD", fill_color=(230, 230, 230)))
                r.cell(val)
        pdf.ln(4)

    def section(title):
        pdf.set_font("DejaVu", "B", 10.5)
        pdf.cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    section("Grunduppgifter")
    boxes([
        ("Person", "Bertil, 86 år, ÅÅMMDD-XXXX"),
        ("Datum för uppföljning", "2025-01-21"),
        ("Plats", "I Bertils hem, Norberg"),
        ("Ursprunglig plan upprättad", "2024-11-05"),
    ])
    section("Planens innehåll")
    boxes([
        ("Syfte", "Se tidigare plan"),
        ("Frågeställningar", "Genomgång av läget."),
        ("Den enskildes mål", "Oförändrat"),
        ("Den enskildes delaktighet", "Bertil deltog i mötet."),
        ("Samtycke", "Se tidigare plan"),
        ("Förändringar sedan föregående plan", "Oförändrat"),
    ])
    section("Status för insatser i tidigare plan")
    pdf.set_font("DejaVu", "", 9)
    status_rows = [
        ("Hemtjänst morgon och kväll: hygien, påklädning, frukost och kvällsmål",
         "Hemtjänst Norberg", "Pågår", "Fungerar bra enligt hemtjänsten."),
        ("Matdistribution, lunch alla dagar", "Hemtjänst Norberg", "Pågår", "Oförändrat"),
        ("Gångträning med rollator inomhus och i trappan till tvättstugan",
         "Fysioterapeut, Rehabenheten Norberg", "Avslutad 2024-12-18",
         "Går säkert med rollator inomhus."),
        ("Trygghetslarm", "Larmgruppen, Norbergs kommun", "Pågår", "–"),
        ("Minnesutredning (MMSE, klocktest, DT hjärna)", "Läkare, Vårdcentralen Norberg", "Pågår",
         "Väntar på tid för DT."),
        ("Läkemedelsgenomgång", "Distriktssköterska och läkare, Vårdcentralen Norberg",
         "Ej påbörjad", "Se tidigare plan"),
        ("Bedömning av behov av dagverksamhet", "Biståndshandläggare, Norbergs kommun",
         "Ej påbörjad", "–"),
    ]
    with pdf.table(col_widths=(62, 48, 30, 40), line_height=5, padding=1.5, repeat_headings=1, text_align="LEFT",
                   headings_style=FontFace(emphasis="BOLD", fill_color=(210, 210, 210))) as table:
        h = table.row()
        for x in ("Insats enligt tidigare plan", "Ansvarig", "Status", "Kommentar"):
            h.cell(x)
        for row in status_rows:
            r = table.row()
            for v in row:
                r.cell(v)
    pdf.ln(4)
    section("Nya insatser")
    boxes([("Nya insatser", "Inga nya insatser.")])
    section("Ansvar och fortsatt uppföljning")
    boxes([
        ("Huvudansvarig", "Oförändrat"),
        ("Nästa uppföljning", "–"),
    ])
    section("Deltagare")
    pdf.set_font("DejaVu", "", 9)
    with pdf.table(col_widths=(40, 55, 85), line_height=5, padding=1.5, text_align="LEFT",
                   headings_style=FontFace(emphasis="BOLD", fill_color=(210, 210, 210))) as table:
        h = table.row()
        for x in ("Namn", "Funktion", "Verksamhet"):
            h.cell(x)
        for row in [("Bertil", "Den enskilde", "–"),
                    ("Karin", "Biståndshandläggare", "Äldreomsorgen, Norbergs kommun"),
                    ("Eva", "Samordnare", "Hemtjänst Norberg, Norbergs kommun"),
                    ("Anneli", "Distriktssköterska", "Vårdcentralen Norberg, Region Västmanland"),
                    ("Tomas", "Fysioterapeut (via telefon)", "Rehabenheten, Norbergs kommun")]:
            r = table.row()
            for v in row:
                r.cell(v)
    pdf.output(fname(7, "pdf"))


# ---------------------------------------------------------------- plan 08
PLAN08 = """\
SAMORDNAD INDIVIDUELL PLAN (SIP)
Skinnskattebergs kommun / Region Västmanland
Utskriftsmall – version 2022

Namn:                       M-L
Personnummer:               ÅÅMMDD-XXXX
Datum för mötet:            2025-05-08
Plats:                      Vårdcentralen Skinnskatteberg

Syfte med SIP
(Vad ska planen leda
till för den enskilde?):


Frågeställningar inför
mötet (Vad behöver vi
komma överens om?):


Den enskildes mål
(med egna ord):


Har den enskilde deltagit   ☐ Ja   ☐ Nej
i mötet? (Om nej, ange
varför och hur den
enskildes synpunkter
har förmedlats):


Samtycke till SIP och       ☐ Ja   ☐ Nej
informationsutbyte
(muntligt/skriftligt,
datum):


INSATSER
Insats/åtgärd               Ansvarig                   Tidpunkt
(Vad ska göras?)            (verksamhet/funktion)      (från–till)
Fortsatt kontakt
Stöd vid behov


Andra aktörers insatser
(t.ex. FK, AF, god man,
närstående):


Huvudansvarig för
planen (namn, funktion,     Kommunen
verksamhet):

Uppföljning
(datum, tid, plats):        Vid behov

Deltagare
(namn, funktion,
verksamhet):


Underskrift den enskilde    ______________________________

Underskrift huvudansvarig   ______________________________
"""


def plan08():
    with open(fname(8, "txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(PLAN08)


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
