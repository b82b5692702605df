#!/usr/bin/env python
"""Generates the f3 batch of fictional, anonymized SIP plans into plans/.

Run with ../../../.venv/bin/python generate.py  (calls soffice for the PDFs).
Deterministic: fixed texts, fixed dates, no randomness; docx zip timestamps fixed.
"""
import datetime
import os
import shutil
import subprocess
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor, Twips
from fpdf import FPDF
from fpdf.enums import XPos, YPos

HERE = os.path.dirname(os.path.abspath(__file__))
PLANS = os.path.join(HERE, "plans")
BUILD = os.path.join(HERE, "build")
PREFIX = "f3"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIXED_DT = datetime.datetime(2025, 1, 1, 8, 0, 0)


# --------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------

def out(name):
    return os.path.join(PLANS, name)


def new_doc(font="Calibri", size=11, margins_cm=2.2):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for att in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(att), font)
    st.paragraph_format.space_after = Pt(4)
    for s in d.sections:
        s.left_margin = s.right_margin = Cm(margins_cm)
        s.top_margin = Cm(2.0)
        s.bottom_margin = Cm(2.0)
    cp = d.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    return d


def save_doc(doc, path):
    """Save, then rewrite the zip with fixed timestamps so runs are identical."""
    tmp = path + ".tmp"
    doc.save(tmp)
    with zipfile.ZipFile(tmp) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(item.filename))
    os.remove(tmp)


def para(doc_or_cell, text="", bold=False, italic=False, size=None, color=None,
         align=None, space_before=None, space_after=None, style=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align:
        p.alignment = align
    if bold and text and len(text) < 70:
        p.paragraph_format.keep_with_next = True
    if space_before is not None:
        p.paragraph_format.space_before = Pt(space_before)
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def runs(p, parts):
    """parts: list of (text, dict(bold=..., italic=...))"""
    for text, fmt in parts:
        r = p.add_run(text)
        r.bold = fmt.get("bold", False)
        r.italic = fmt.get("italic", False)
        if fmt.get("size"):
            r.font.size = Pt(fmt["size"])
        if fmt.get("color"):
            r.font.color.rgb = RGBColor.from_string(fmt["color"])
    return p


def cell_text(cell, text, bold=False, size=None, italic=False, color=None, align=None):
    cell.text = ""
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
            r.font.color.rgb = RGBColor.from_string(color)
        if align is not None:
            p.alignment = align
        p.paragraph_format.space_after = Pt(1)


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


def col_widths(table, widths_cm):
    table.autofit = False
    tbl = table._tbl
    grid = tbl.tblGrid
    gcols = grid.findall(qn("w:gridCol"))
    for gc, w in zip(gcols, widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    tblPr = tbl.tblPr
    tw = tblPr.find(qn("w:tblW"))
    if tw is None:
        tw = OxmlElement("w:tblW"); tblPr.append(tw)
    tw.set(qn("w:w"), str(int(Cm(sum(widths_cm)).twips))); tw.set(qn("w:type"), "dxa")
    lay = OxmlElement("w:tblLayout"); lay.set(qn("w:type"), "fixed"); tblPr.append(lay)
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def clear_style_tabs(p):
    for pos in (Twips(4680), Twips(9360)):
        p.paragraph_format.tab_stops.add_tab_stop(pos, WD_TAB_ALIGNMENT.CLEAR)


def add_field(paragraph, instr, cached="1"):
    r = paragraph.add_run()
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "begin"); r._r.append(fc)
    r2 = paragraph.add_run()
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = f" {instr} "; r2._r.append(it)
    r3 = paragraph.add_run()
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "separate"); r3._r.append(fc)
    paragraph.add_run(cached)
    r5 = paragraph.add_run()
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "end"); r5._r.append(fc)


def page_x_of_y(paragraph, prefix="Sida "):
    paragraph.add_run(prefix)
    add_field(paragraph, "PAGE", "1")
    paragraph.add_run(" (")
    add_field(paragraph, "NUMPAGES", "1")
    paragraph.add_run(")")


def bottom_border(paragraph, color="808080", sz="6"):
    pPr = paragraph._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single"); b.set(qn("w:sz"), sz); b.set(qn("w:space"), "1"); b.set(qn("w:color"), color)
    pbdr.append(b)
    pPr.append(pbdr)


def soffice_pdf(src, outdir, filt=None, infilter=None):
    target = "pdf" if not filt else f"pdf:{filt}"
    cmd = ["soffice", f"-env:UserInstallation=file:///tmp/lo-{PREFIX}", "--headless"]
    if infilter:
        cmd.append(f"--infilter={infilter}")
    cmd += ["--convert-to", target, "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    return os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + ".pdf")


# --------------------------------------------------------------------------
# f3-01  Ungdomsmottagning, headings as short nouns
# --------------------------------------------------------------------------

def plan01():
    d = new_doc("Calibri", 11)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = ""
    runs(hp, [("Ungdomsmottagningen Sala", {"bold": True, "color": "7A2E6B"}),
              ("\tRegion Västmanland", {"color": "666666"})])
    clear_style_tabs(hp)
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(16.5), WD_TAB_ALIGNMENT.RIGHT)
    bottom_border(hp, "7A2E6B")
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Sekretess enligt OSL 25 kap. · Anteckningar förda av kurator")
    r.font.size = Pt(8); r.font.color.rgb = RGBColor.from_string("888888")

    para(d, "SIP – Tilde, 17 år", bold=True, size=16, color="7A2E6B", space_after=2)
    para(d, "Träff 2025-02-18 kl. 15.00 på ungdomsmottagningen. "
            "SIP-möte, samordning mellan oss som träffar Tilde.", italic=True, size=10, color="555555",
         space_after=10)

    def head(t):
        p = para(d, t, bold=True, size=12.5, color="7A2E6B", space_before=12, space_after=3)
        return p

    head("Med idag")
    para(d, "Tilde och mamma Lena. Sara (kurator), Jonas (socialsekreterare), Amir (skolkurator). "
            "Hanna (sjuksköterska) var med första kvarten.")

    head("Läget")
    para(d, "Tilde går andra året på samhällsprogrammet. Hon har rökt cannabis de flesta helger sedan "
            "i höstas och under januari även vissa vardagar. Hon sover dåligt, ligger och tänker till "
            "tre–fyra på natten och har då svårt att ta sig till skolan; frånvaron i januari var runt "
            "40 %. Hon har haft samtal med Sara här på UMO sedan november, mest om ångest och sömn. "
            "Skolan gjorde en orosanmälan i december och socialtjänsten har en utredning som pågår.")
    para(d, "Tilde säger själv att det har blivit \"för mycket\" med röken men att det är det enda som "
            "får henne att somna. Hon vill ha kvar Sara som den hon pratar med och vill inte ha "
            "\"fem olika ställen att springa på\". Mamma är mest orolig för helgerna och vet inte vem "
            "hon ska ringa när det blir bråk hemma.")
    p = para(d)
    runs(p, [("Det vi behövde reda ut idag: ", {"bold": True}),
             ("Var ska Tilde få hjälp med cannabisen – hos socialtjänstens öppenvård eller på "
              "beroendemottagningen för unga – och hur gör skolan så att hon inte tappar matte 2 och "
              "engelska 6 i vår?", {})])

    head("Önskan")
    p = para(d)
    runs(p, [("Tilde: ", {"bold": True}),
             ("”Jag vill sluta röka på helt innan sommaren och kunna sova utan att ligga och älta hela "
              "natten. Och jag vill klara matten.”", {"italic": True})])
    p = para(d)
    runs(p, [("Lena: ", {"bold": True}),
             ("Att det blir lugnare hemma och att hon vet vem hon ska vända sig till.", {})])

    head("Överenskommelser")
    items = [
        "Tilde fortsätter samtalen med Sara på UMO varannan tisdag kl. 15, första gången 2025-02-25. "
        "Fokus sömn och ångest.",
        "Jonas, socialsekreterare på ungdomsgruppen, Sala kommun, erbjuder Tilde plats i öppenvårdens "
        "cannabisprogram för unga (CPU, 8 träffar). Första träffen 2025-03-04. Jonas skickar kallelse "
        "till Tilde och Lena senast 2025-02-21. Tilde valde öppenvården framför beroendemottagningen "
        "eftersom hon kan gå dit direkt efter skolan.",
        "Hanna, sjuksköterska UMO, tar urinprov i samband med samtalen hos Sara, varannan vecka från "
        "2025-02-25. Det var Tildes eget förslag – hon vill kunna visa mamma att det går bra.",
        "Amir, skolkurator, håller kontakt med Tilde och hennes mentor om närvaron och tar fram en "
        "plan för matten.",
        "Lena följer med Tilde till första träffen på öppenvården 2025-03-04. Hon ringer Jonas om hon "
        "blir orolig över helgerna.",
        "Tilde för sömndagbok i mobilen och tar med den till samtalen med Sara.",
    ]
    for it in items:
        p = d.add_paragraph(style="List Number")
        p.add_run(it)

    head("Kontakt framåt")
    para(d, "Sara, kurator på Ungdomsmottagningen Sala, håller ihop planen och är den Tilde och Lena "
            "kan höra av sig till. Vi ses igen 2025-04-15 kl. 15.00 på UMO; Sara skickar påminnelse "
            "veckan innan.")
    save_doc(d, out(f"{PREFIX}-01.docx"))


# --------------------------------------------------------------------------
# f3-02  numbered goals with "Så här gör vi:" and "Ansvarig:" lines
# --------------------------------------------------------------------------

def plan02():
    d = new_doc("Arial", 10.5)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Köpings kommun · Socialtjänsten\t\tRegion Västmanland · Vuxenpsykiatrin Köping"
    for r in hp.runs:
        r.font.size = Pt(8); r.font.color.rgb = RGBColor.from_string("555555")
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page_x_of_y(fp)
    for r in fp.runs:
        r.font.size = Pt(8)

    para(d, "Samordnad individuell plan", bold=True, size=18, space_after=0)
    para(d, "för K. (38 år)", size=13, color="444444", space_after=8)
    p = para(d)
    runs(p, [("Mötet hölls: ", {"bold": True}), ("2025-01-22, Vuxenpsykiatrins öppenvårdsmottagning i Köping", {})])

    para(d, "Deltagare", bold=True, size=12, space_before=10)
    for t in ["K.",
              "Elin, skötare och case manager, Vuxenpsykiatrin Köping (öppenvårdsmottagningen)",
              "Mats, socialsekreterare, Vuxenenheten, Köpings kommun",
              "Pernilla, budget- och skuldrådgivare, Köpings kommun",
              "Ahmed, boendestödjare, Socialpsykiatrin, Köpings kommun"]:
        d.add_paragraph(t, style="List Bullet")

    para(d, "Varför en SIP för K.?", bold=True, size=12, space_before=10)
    para(d, "K. har schizofreni och fick under hösten ett återfall med tre veckors vård på "
            "psykiatriska kliniken i Västerås. Han har hyresskulder sedan i somras och hyresvärden har "
            "sagt att ärendet lämnas till Kronofogden om inte skulden börjar betalas. Syftet med planen "
            "är att psykiatrin och socialtjänsten tillsammans hjälper K. att behålla lägenheten, få "
            "ordning på ekonomin och hålla sig stabil i medicineringen, så att vi inte hamnar i samma "
            "läge igen.")

    para(d, "Samtycke", bold=True, size=12, space_before=10)
    para(d, "K. lämnade skriftligt samtycke till samverkan mellan socialtjänsten och vuxenpsykiatrin "
            "på socialtjänstens blankett 2025-01-15.")

    para(d, "Mål och insatser", bold=True, size=12, space_before=10)
    goals = [
        ("Mål 1. K. ska ha kvar sin lägenhet.",
         "Mats kontaktar hyresvärden och gör upp en avbetalningsplan för hyresskulden. Ekonomiskt "
         "bistånd för januarihyran prövas.",
         "Mats, socialsekreterare Vuxenenheten, senast 2025-01-31."),
        ("Mål 2. K. ska ha överblick över sina skulder och en budget som går ihop.",
         "Pernilla går igenom skulderna tillsammans med K., hämtar utdrag från Kronofogden och gör en "
         "månadsbudget. Två träffar.",
         "Pernilla, budget- och skuldrådgivningen, första träffen 2025-02-05, andra i slutet av februari."),
        ("Mål 3. K. ska ta sin medicin regelbundet och känna igen tidiga tecken på återfall.",
         "Depåinjektion var fjärde vecka på mottagningen. Elin gör en återfallsplan (tidiga "
         "varningstecken, vad K. och boendestödet gör) tillsammans med K.",
         "Elin, case manager Vuxenpsykiatrin Köping. Nästa injektion 2025-02-03, återfallsplanen klar "
         "senast 2025-02-28."),
        ("Mål 4. K. ska klara vardagen hemma.",
         "Boendestöd två gånger i veckan (tisdag och fredag) med inköp, tvätt och att öppna posten "
         "tillsammans.",
         "Ahmed, boendestödjare Socialpsykiatrin, från vecka 5."),
    ]
    for g, how, who in goals:
        para(d, g, bold=True, space_before=8, space_after=2)
        p = para(d, space_after=1)
        runs(p, [("Så här gör vi: ", {"bold": True, "italic": True}), (how, {})])
        p.paragraph_format.left_indent = Cm(0.8)
        p = para(d, space_after=2)
        runs(p, [("Ansvarig: ", {"bold": True, "italic": True}), (who, {})])
        p.paragraph_format.left_indent = Cm(0.8)

    para(d, "Övrigt", bold=True, size=12, space_before=10)
    para(d, "Frågan om god man har kommit upp. K. har sjukersättning från Försäkringskassan.")

    para(d, "Huvudansvar för planen", bold=True, size=12, space_before=10)
    para(d, "Socialtjänsten Köping.")

    para(d, "Planen upprättad 2025-01-22 och skickad till K. och samtliga deltagare.",
         italic=True, size=9, color="555555", space_before=14)
    save_doc(d, out(f"{PREFIX}-02.docx"))


# --------------------------------------------------------------------------
# f3-03  landscape Gantt-like table, printed to PDF
# --------------------------------------------------------------------------

def plan03():
    d = new_doc("Calibri", 10)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.5)
    sec.top_margin = Cm(1.5); sec.bottom_margin = Cm(1.4)
    hp = sec.header.paragraphs[0]
    hp.text = "Vårdcentralen Arboga · Arboga kommun, vård och omsorg\tSIP – tidsplan"
    clear_style_tabs(hp)
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(26.7), WD_TAB_ALIGNMENT.RIGHT)
    for r in hp.runs:
        r.font.size = Pt(8); r.font.color.rgb = RGBColor.from_string("555555")
    fp = sec.footer.paragraphs[0]
    fp.text = "Utskrift 2025-02-10\t"
    clear_style_tabs(fp)
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(26.7), WD_TAB_ALIGNMENT.RIGHT)
    page_x_of_y(fp)
    for r in fp.runs:
        r.font.size = Pt(8)

    para(d, "Samordnad individuell plan efter höftfraktur – tidsplan v. 7–18 2025", bold=True, size=15,
         space_after=2)
    p = para(d, space_after=2)
    runs(p, [("Gäller: ", {"bold": True}), ("Bertil, 84 år, Arboga. Opererad för höftfraktur på Västerås "
             "sjukhus, hemma sedan 2025-02-04. Bor ensam i villa med trappa till övervåningen.", {})])
    p = para(d, space_after=2)
    runs(p, [("Möte: ", {"bold": True}), ("2025-02-10 kl. 13.30, Vårdcentralen Arboga.", {}),
             ("   Samtycke: ", {"bold": True}),
             ("muntligt samtycke från Bertil, inhämtat av distriktssköterska Anna vid hembesök 2025-02-06.", {})])
    p = para(d, space_after=6)
    runs(p, [("Frågor till mötet: ", {"bold": True}), ("Läget efter hemgång.", {})])

    weeks = list(range(7, 19))
    header = ["Insats", "Ansvarig"] + [f"v.{w}" for w in weeks]
    rows = [
        ("Trygghetslarm installeras", "Hemtjänst Arboga centrum, larmgruppen", [7]),
        ("Hemtjänst morgon och kväll: hygien, på- och avklädning, kompressionsstrumpor",
         "Hemtjänst Arboga centrum", list(range(7, 13))),
        ("Hemtjänst morgon (nedtrappning efter ny bedömning)",
         "Biståndshandläggare beslutar, Hemtjänst Arboga centrum utför", list(range(13, 19))),
        ("Gångträning inomhus och i trappa, 2 ggr/v", "Fysioterapeut, kommunal rehab Arboga", list(range(7, 15))),
        ("Hjälpmedel: toalettförhöjning, duschpall, rollator inne", "Arbetsterapeut, kommunal rehab Arboga", [7, 8]),
        ("Suturtagning och sårkontroll", "Distriktssköterska, Vårdcentralen Arboga", [7]),
        ("Läkemedelsgenomgång (smärtlindring, blodförtunnande)", "Läkare, Vårdcentralen Arboga", [9]),
        ("Benskörhetsutredning (bentäthetsmätning)", "Regionen", [10, 11]),
        ("Stöd från dotter Gunilla", "Närstående", list(range(7, 19))),
        ("Uppföljande SIP-möte ◆", "Distriktssköterska, Vårdcentralen Arboga", [15]),
    ]
    t = d.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        cell_text(t.rows[0].cells[i], h, bold=True, size=8.5 if i < 2 else 7.5,
                  align=WD_ALIGN_PARAGRAPH.CENTER if i > 1 else None)
        shade(t.rows[0].cells[i], "D9E2F3")
    repeat_header(t.rows[0])
    for name, who, active in rows:
        rc = t.add_row().cells
        cell_text(rc[0], name, size=9)
        cell_text(rc[1], who, size=9)
        for j, w in enumerate(weeks):
            c = rc[2 + j]
            if w in active:
                sym = "◆" if "◆" in name else "■"
                cell_text(c, sym, size=9, align=WD_ALIGN_PARAGRAPH.CENTER, color="1F3864")
                shade(c, "8EAADB" if sym == "■" else "F4B183")
            else:
                cell_text(c, "", size=9)
    col_widths(t, [7.0, 5.9] + [1.15] * 12)

    para(d, "■ = insatsen pågår under veckan   ◆ = avstämning", size=8.5, color="555555", space_before=4)
    p = para(d, space_before=6)
    runs(p, [("Uppföljning: ", {"bold": True}),
             ("uppföljande SIP-möte 2025-04-09 kl. 13.30 på Vårdcentralen Arboga (v. 15).", {})])
    p = para(d)
    runs(p, [("Samordningsansvar: ", {"bold": True}),
             ("Anna, distriktssköterska, Vårdcentralen Arboga.", {})])
    p = para(d)
    runs(p, [("Deltog: ", {"bold": True}),
             ("Anna, distriktssköterska, Vårdcentralen Arboga · Lisa, arbetsterapeut, kommunal rehab Arboga "
              "kommun · Peter, fysioterapeut, kommunal rehab Arboga kommun · Eva, biståndshandläggare, "
              "Arboga kommun · Sofie, samordnare, Hemtjänst Arboga centrum · Gunilla, dotter (per telefon).", {})])
    src = os.path.join(BUILD, f"{PREFIX}-03.docx")
    save_doc(d, src)
    pdf = soffice_pdf(src, BUILD)
    shutil.copy(pdf, out(f"{PREFIX}-03.pdf"))


# --------------------------------------------------------------------------
# f3-04  municipal e-service export, key<TAB>value
# --------------------------------------------------------------------------

def plan04():
    pairs = [
        ("Exporterad", "2025-05-06 09:14:52"),
        ("Tjänst", "Samordnad individuell plan (SIP) – dokumentation"),
        ("Ärende-ID", "HH-SIP-2025-0087"),
        ("Status", "Utkast sparat"),
        ("Kommun", "Hallstahammars kommun"),
        ("Förvaltning", "Socialförvaltningen, LSS-enheten"),
        ("Registrerad av", "LSS-handläggare"),
        ("Den enskildes förnamn", "Oscar"),
        ("Personnummer", "XXXXXX-XXXX"),
        ("Ålder", "24"),
        ("Funktionsnedsättning/diagnos", "Autism, lindrig intellektuell funktionsnedsättning"),
        ("Bakgrund", "Oscar har sedan mars haft utbrott på daglig verksamhet och har inte varit där sedan "
                     "påsk. Sover dåligt och har gått ner i vikt enligt personalen. Vuxenpsykiatrin "
                     "Västerås (neuropsykiatriska mottagningen) är inkopplad sedan mars."),
        ("Mötesdatum", "2025-05-05"),
        ("Mötesplats", "Kommunhuset Hallstahammar, sal Kolbäcksån"),
        ("Syfte med SIP", "Samordning"),
        ("Frågeställningar inför mötet", ""),
        ("Den enskilde deltar i mötet (Ja/Nej)", "Nej"),
        ("Den enskildes mål", "Oscar vill tillbaka till daglig verksamhet men på ett annat ställe, och vill "
                              "kunna sova bättre."),
        ("Samtycke till samverkan (Ja/Nej)", "Ja"),
        ("Samtycke inhämtat datum", ""),
        ("Samtycke form (muntligt/skriftligt)", ""),
        ("Insatser", "Se bilaga 1 (insatsplan)"),
        ("Ansvarig per insats", "Se bilaga 1"),
        ("Huvudansvarig för planen", ""),
        ("Övriga aktörer (t.ex. FK, AF, god man, närstående)", ""),
        ("Deltagare", ""),
        ("Planerad uppföljning", "Efter sommaren"),
        ("Kallelse skickad", "Ja"),
        ("Bilagor", "0 bifogade filer"),
        ("Senast ändrad", "2025-05-06 09:13:40"),
    ]
    lines = [f"{k}\t{v}" for k, v in pairs]
    with open(out(f"{PREFIX}-04.txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# --------------------------------------------------------------------------
# f3-05  crisis plan ("Om det blir svårt – gör så här") combined with SIP
# --------------------------------------------------------------------------

def plan05():
    d = new_doc("Calibri", 11)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Vuxenpsykiatri Västerås, DBT-teamet · Västerås stad, Socialpsykiatrin\tSIP med krisplan"
    clear_style_tabs(hp)
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(16.5), WD_TAB_ALIGNMENT.RIGHT)
    for r in hp.runs:
        r.font.size = Pt(8); r.font.color.rgb = RGBColor.from_string("444444")
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Mira har en egen kopia av krisplanen i mobilen och på kylskåpet.")
    r.font.size = Pt(8); r.italic = True

    para(d, "Samordnad individuell plan med krisplan", bold=True, size=17, color="2E5E4E", space_after=0)
    para(d, "Mira, 24 år · möte 2025-03-12 på DBT-teamets mottagning", size=11, color="555555", space_after=10)

    def box(title, body_paras, fill="EAF2EE"):
        t = d.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        c = t.rows[0].cells[0]
        shade(c, fill)
        cell_text(c, title, bold=True, size=12, color="2E5E4E")
        for bp in body_paras:
            p = c.add_paragraph()
            if isinstance(bp, tuple):
                runs(p, bp[0])
            else:
                p.add_run(bp)
            p.paragraph_format.space_after = Pt(3)
        para(d, "", space_after=4)

    box("Varför har vi den här planen?", [
        "Mira har sedan december varit på psykiatriska akuten sex gånger och vårdats inneliggande två "
        "korta perioder efter självskador. Planen ska göra att alla som träffar Mira vet vad som gäller "
        "när det blir svårt, och att DBT-behandlingen, boendestödet och Miras väg tillbaka till studier "
        "hänger ihop i stället för att gå åt olika håll."])

    box("Miras egna ord", [
        ([("”Jag vill klara en dålig kväll utan att hamna på akuten. Och jag vill börja plugga igen till "
           "hösten.”", {"italic": True})],),
        "Mira var med hela mötet. Hon har själv skrivit tecknen och strategierna i krisplanen nedan "
        "tillsammans med sin psykolog. Hon vill inte att någon ringer hennes pappa utan att fråga henne först."])

    para(d, "Om det blir svårt – gör så här", bold=True, size=14, color="B03A2E", space_before=6, space_after=4)
    crisis = [
        ("Tidiga tecken", "Slutar svara i telefon, sover på dagtid, ställer in boendestödet, drar sig undan mamma."),
        ("Det här hjälper", "Kall dusch eller is i handen, gå ut en sväng, ringa mamma, färdighetskortet "
                            "från DBT (TIPP, STOPP)."),
        ("Steg 1 – Mira själv", "Tar fram färdighetskortet och gör minst två färdigheter. Skriver till mamma."),
        ("Steg 2 – Mamma (Ulla)", "Ringer upp Mira samma kväll, kan åka hem till henne och sova över. "
                                  "Ringer DBT-teamets telefon nästa vardag om kvällen var svår."),
        ("Steg 3 – Boendestödet", "Om Mira ställer in två besök i rad ringer boendestödjaren DBT-teamet "
                                  "samma dag."),
        ("Steg 4 – Akut", "Psykiatrisk akutmottagning Västerås, 1177 eller 112."),
        ("Det här vill Mira slippa", "Att vänta ensam i det stora väntrummet – be om att få sitta i ett "
                                     "eget rum. Att bli ifrågasatt om såren."),
    ]
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in crisis:
        rc = t.add_row().cells
        cell_text(rc[0], k, bold=True, size=10)
        shade(rc[0], "F9E0DD")
        cell_text(rc[1], v, size=10)
    col_widths(t, [4.2, 12.4])

    para(d, "Vem gör vad i vardagen", bold=True, size=14, color="2E5E4E", space_before=14, space_after=4)
    acts = [
        ("DBT: individualterapi 1 gång/vecka och färdighetsträning i grupp",
         "Psykolog, DBT-teamet, Vuxenpsykiatri Västerås", "Onsdagar, v. 11–v. 36"),
        ("Telefoncoachning dagtid under behandlingen",
         "DBT-teamet, Vuxenpsykiatri Västerås", "Vardagar 8–16, från 2025-03-13"),
        ("Boendestöd 2 ggr/vecka: dygnsrytm, mat, struktur",
         "Boendestödjare, Socialpsykiatrin Västerås stad", "Måndag och torsdag från 2025-03-17"),
        ("Kartläggning inför studier eller arbete",
         "Arbetsförmedlingen, Miras handläggare", "Möte 2025-04-02"),
        ("Boka studievägledning på Komvux",
         "Mira själv", "Före 2025-05-01"),
        ("Kvällssamtal och att kunna komma hem till Mira enligt krisplanen",
         "Ulla, mamma", "Från 2025-03-12, kvällar när Mira hör av sig"),
    ]
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Vad", "Vem", "När"]):
        cell_text(t.rows[0].cells[i], h, bold=True, size=10)
        shade(t.rows[0].cells[i], "D5E8DF")
    repeat_header(t.rows[0])
    for a in acts:
        rc = t.add_row().cells
        for i, v in enumerate(a):
            cell_text(rc[i], v, size=10)
    col_widths(t, [7.4, 5.6, 3.6])

    p = para(d, space_before=12)
    runs(p, [("Samtycke: ", {"bold": True}), ("Samtycke finns.", {})])
    p = para(d)
    runs(p, [("Vem håller ihop planen? ", {"bold": True}), ("Psykiatrin.", {})])
    p = para(d)
    runs(p, [("Nästa gång vi ses: ", {"bold": True}),
             ("Uppföljning vecka 20. Kallelse skickas från DBT-teamet.", {})])
    p = para(d)
    runs(p, [("Med på mötet: ", {"bold": True}), ("Mira, Ulla, Johanna, Erik, Sandra.", {})])
    save_doc(d, out(f"{PREFIX}-05.docx"))


# --------------------------------------------------------------------------
# f3-06  dementia, written by daughter and biståndshandläggare together
# --------------------------------------------------------------------------

def plan06():
    d = new_doc("Georgia", 11)
    sec = d.sections[0]
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Plan för pappa – delas med dem som var med på mötet")
    r.font.size = Pt(8); r.font.color.rgb = RGBColor.from_string("777777")

    para(d, "Plan för pappa (Gösta) – SIP", bold=True, size=18, space_after=2)
    para(d, "Skriven av Karin (dotter) och Maria (biståndshandläggare, Norbergs kommun) efter mötet "
            "den 3 september 2025. Karins text och Marias text är märkta så att man ser vem som skrivit vad.",
         italic=True, size=10, color="555555", space_after=10)

    def head(t):
        para(d, t, bold=True, size=13, space_before=12, space_after=3)

    def voice(who, text):
        p = para(d)
        runs(p, [(f"{who}: ", {"bold": True, "color": "8B4513" if who == "Karin" else "1F4E79"}), (text, {})])
        return p

    head("Därför har vi gjort den här planen")
    voice("Karin", "För att få en gemensam bild.")

    head("Hur pappa har det")
    voice("Karin", "Pappa är 83 och fick sin alzheimerdiagnos förra året. Han bor kvar ensam i huset i "
                   "Norberg och jag bor i Fagersta, så jag är där två–tre gånger i veckan. Sedan i somras "
                   "glömmer han att äta om ingen påminner honom, och dosetten har varit orörd flera dagar. "
                   "En natt i augusti gick han ut i morgonrocken och grannen fick följa honom hem. Han "
                   "blir ledsen när han märker att han glömt saker, men han är fortfarande sig själv när "
                   "man sitter och pratar i lugn och ro.")
    voice("Maria", "Gösta har i dag hemtjänst en gång per dag (förmiddag) och matdistribution fem dagar i "
                   "veckan. Trygghetslarm finns sedan 2024 men han bär det sällan. Hemtjänsten har "
                   "rapporterat att maten ofta står kvar i kylen.")

    head("Vad pappa själv tycker")
    voice("Karin", "Pappa var inte med på mötet. Han blir orolig och trött av stora möten med många "
                   "människor, och vi bestämde tillsammans med honom att jag skulle föra fram det han "
                   "tycker. När jag frågade honom i söndags sa han: ”Jag vill bo kvar här hemma så länge "
                   "det går. Jag vill inte till något hem.” Han vill också fortsätta gå på kaffet i "
                   "bygdegården på torsdagarna.")
    voice("Maria", "Samtycke till samverkan finns.")

    head("Vad vi bestämde")
    t = d.add_table(rows=1, cols=3)
    t.style = "Light Grid Accent 1"
    for i, h in enumerate(["Vad", "Vem", "När"]):
        cell_text(t.rows[0].cells[i], h, bold=True, size=10)
    repeat_header(t.rows[0])
    rows = [
        ("Hemtjänsten utökas till tre besök om dagen (morgon, lunch, kväll) med påminnelse om mat och medicin",
         "Maria, biståndshandläggare (beslut); Hemtjänst Norberg utför", "Från 2025-09-15"),
        ("Läkemedelsautomat med larm provas i stället för dosett",
         "Distriktssköterska, Vårdcentralen Norberg", "Under september"),
        ("GPS-larm utreds", "Maria, biståndshandläggare", ""),
        ("Dagverksamhet för personer med demens två dagar i veckan",
         "Maria beslutar, Dagverksamheten Norberg", "När plats finns"),
        ("Läkarbesök: demensuppföljning och blodtryck", "Läkare, Vårdcentralen Norberg", "Oktober"),
        ("Ringer pappa varje kväll kl. 19, sköter räkningarna med fullmakt, kör honom till läkarbesöket",
         "Karin (dotter)", "Från nu, varje vecka"),
        ("Följer med pappa till bygdegården på torsdagar",
         "Grannen Lars (har själv erbjudit sig)", "Torsdagar"),
    ]
    for r_ in rows:
        rc = t.add_row().cells
        for i, v in enumerate(r_):
            cell_text(rc[i], v, size=10)
    col_widths(t, [8.0, 5.4, 3.2])

    head("Vem håller i det")
    voice("Maria", "Jag, Maria, biståndshandläggare på Norbergs kommun, håller ihop planen. Karin är "
                   "kontaktperson för familjen.")

    head("Vi som var med")
    para(d, "Karin, Maria, Lotta, Helena och Jens.")

    head("Nästa gång")
    voice("Karin", "Vi ses igen i november. Maria skickar en tid.")
    save_doc(d, out(f"{PREFIX}-06.docx"))


# --------------------------------------------------------------------------
# f3-07  form with small labels above the fields (fpdf2)
# --------------------------------------------------------------------------

class FormPDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "B", 9)
        self.set_text_color(30, 60, 110)
        self.cell(95, 5, "Region Västmanland · Fagersta kommun")
        self.set_font("DejaVu", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, f"Utskriftsdatum 2025-04-24   Sida {self.page_no()} ({{nb}})", align="R",
                  new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_draw_color(30, 60, 110)
        self.set_line_width(0.5)
        self.line(15, self.get_y() + 1, 195, self.get_y() + 1)
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(120, 120, 120)
        self.cell(0, 5, "Blankett SIP barn och unga, version 2023:2 · Västmanlands län", align="C")


def plan07():
    pdf = FormPDF(format="A4")
    pdf.set_creation_date(FIXED_DT)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_margins(15, 12, 15)
    pdf.set_auto_page_break(False)
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 15)
    pdf.cell(0, 8, "SAMORDNAD INDIVIDUELL PLAN (SIP)", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("DejaVu", "", 9)
    pdf.set_text_color(80, 80, 80)
    pdf.cell(0, 5, "Barn och unga – gemensam blankett för kommun och region", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(3)

    BOTTOM = 280

    def field(x, y, w, label, value, min_h=6):
        pdf.set_xy(x, y)
        pdf.set_font("DejaVu", "", 6.5)
        pdf.set_text_color(110, 110, 110)
        pdf.cell(w, 3.2, label)
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("DejaVu", "", 9.5)
        pdf.set_xy(x, y + 3.4)
        if value:
            pdf.multi_cell(w - 1, 4.6, value, align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
            endy = max(pdf.get_y(), y + 3.4 + min_h)
        else:
            endy = y + 3.4 + min_h
        pdf.set_draw_color(150, 150, 150)
        pdf.set_line_width(0.2)
        pdf.line(x, endy + 0.6, x + w - 2, endy + 0.6)
        return endy + 2.6

    def row(fields, y):
        x = 15
        ends = []
        for w, label, value in fields:
            ends.append(field(x, y, w, label, value))
            x += w
        return max(ends)

    def section(title, y):
        pdf.set_xy(15, y)
        pdf.set_fill_color(225, 232, 243)
        pdf.set_font("DejaVu", "B", 9.5)
        pdf.cell(180, 6, "  " + title, fill=True)
        return y + 8

    y = pdf.get_y()
    y = section("Uppgifter om barnet", y)
    y = row([(70, "Barnets namn", "Nora"), (50, "Personnummer", "ÅÅMMDD-XXXX"), (60, "Ålder / årskurs", "13 år, åk 7")], y)
    y = row([(120, "Vårdnadshavare", "Mamma Jenny och pappa Ola (gemensam vårdnad)"),
             (60, "Tolk behövs", "Nej")], y)
    y = section("Mötet", y + 1)
    y = row([(50, "Datum för SIP-möte", "2025-04-24"), (60, "Plats", "BUP Fagersta, mottagningen"),
             (70, "Sammankallande", "BUP Fagersta")], y)
    y = row([(180, "Deltagare (namn, funktion, verksamhet)",
              "Nora, mamma, pappa, behandlare BUP, läkare BUP, skolsköterska, mentor, socialsekreterare")], y)
    y = section("Planens innehåll", y + 1)
    y = row([(180, "Syfte med planen", "")], y)
    y = row([(180, "Frågeställningar inför mötet",
              "Hur ska skolluncherna fungera så att Nora äter hela portionen? Behöver hon vara befriad "
              "från idrotten, och i så fall hur länge? Hur kan familjen få stöd hemma när måltiderna "
              "blir bråkiga?")], y)
    # consent with unticked boxes
    pdf.set_xy(15, y)
    pdf.set_font("DejaVu", "", 6.5)
    pdf.set_text_color(110, 110, 110)
    pdf.cell(180, 3.2, "Samtycke till samverkan (barn/vårdnadshavare)")
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("DejaVu", "", 9.5)
    pdf.set_xy(15, y + 3.6)
    pdf.cell(180, 5, "☐ Muntligt     ☐ Skriftligt     Datum: ____________")
    y += 11
    y = row([(180, "Barnets mål", "Att Nora ska gå upp i vikt enligt sin viktkurva och orka vara i "
                                  "skolan hela dagar.")], y)
    y = row([(180, "Barnets egna synpunkter och önskemål", "")], y)
    y = row([(180, "Vårdnadshavarnas synpunkter", "")], y)

    # interventions table
    y = section("Insatser – vem gör vad och när", y + 1)
    cols = [(78, "Insats"), (62, "Ansvarig (funktion, verksamhet)"), (40, "När")]
    items = [
        ("Familjebaserad behandling (FBT) med vägning, varje vecka", "Behandlare, BUP Fagersta",
         "Tisdagar från 2025-04-29"),
        ("Medicinska kontroller: puls, blodtryck, blodprover", "Läkare, BUP Fagersta",
         "Var 3:e vecka, nästa 2025-05-13"),
        ("Skollunch i lugnt rum tillsammans med en vuxen", "Mentor och elevassistent, Brinkskolan, "
         "Fagersta kommun", "Från 2025-04-28"),
        ("Befrielse från idrott, ersätts med promenad med klassen", "Mentor, Brinkskolan, efter "
         "besked från BUP-läkaren", "T.o.m. 2025-06-13"),
        ("Vägning på skolan varannan fredag, resultatet skickas till BUP", "Skolsköterska, elevhälsan "
         "Brinkskolan", "Från 2025-05-09"),
        ("Föräldrastöd, samtal med båda föräldrarna", "Socialsekreterare, Familjeenheten Fagersta kommun",
         "Varannan onsdag från 2025-05-07"),
    ]

    def table_header(yy):
        pdf.set_font("DejaVu", "B", 8.5)
        pdf.set_fill_color(240, 240, 240)
        x = 15
        for w, h in cols:
            pdf.set_xy(x, yy)
            pdf.cell(w, 6, h, border=1, fill=True)
            x += w
        return yy + 6

    y = table_header(y)
    pdf.set_font("DejaVu", "", 8.5)
    for it in items:
        # compute height
        heights = []
        for (w, _), txt in zip(cols, it):
            lines = pdf.multi_cell(w - 2, 4.2, txt, dry_run=True, output="LINES")
            heights.append(len(lines) * 4.2 + 2)
        h = max(heights)
        if y + h > BOTTOM:
            pdf.add_page()
            y = pdf.get_y()
            pdf.set_font("DejaVu", "", 7.5)
            pdf.set_text_color(90, 90, 90)
            pdf.set_xy(15, y)
            pdf.cell(0, 4, "Insatser – vem gör vad och när (forts.)")
            pdf.set_text_color(0, 0, 0)
            y = table_header(y + 5)
            pdf.set_font("DejaVu", "", 8.5)
        x = 15
        for (w, _), txt in zip(cols, it):
            pdf.rect(x, y, w, h)
            pdf.set_xy(x + 1, y + 1)
            pdf.multi_cell(w - 2, 4.2, txt, align="L")
            x += w
        y += h
    y += 3
    if y > BOTTOM - 60:
        pdf.add_page()
        y = pdf.get_y()
    y = row([(180, "Övriga aktörers insatser (t.ex. FK, föreningar, närstående)", "Föräldrarna stöttar hemma.")], y)
    y = row([(90, "Huvudansvarig för planen", "BUP"), (90, "Kontaktperson för familjen", "")], y)
    y = row([(60, "Uppföljning datum", "2025-06-05 kl. 14.00"), (120, "Plats", "BUP Fagersta")], y)
    y = section("Underskrifter", y + 1)
    y = row([(90, "Vårdnadshavare", ""), (90, "Vårdnadshavare", "")], y)
    y = row([(90, "För kommunen", ""), (90, "För regionen", "")], y)
    pdf.output(out(f"{PREFIX}-07.pdf"))


# --------------------------------------------------------------------------
# f3-08  every section a row: Område | Nuläge | Överenskommelse
# --------------------------------------------------------------------------

def plan08():
    d = new_doc("Calibri", 10.5)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Kungsörs kommun · Vård och omsorg\tSIP"
    clear_style_tabs(hp)
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(16.5), WD_TAB_ALIGNMENT.RIGHT)
    for r in hp.runs:
        r.font.size = Pt(9); r.bold = True; r.font.color.rgb = RGBColor.from_string("003366")
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page_x_of_y(fp)

    para(d, "Samordnad individuell plan", bold=True, size=16, space_after=2)
    p = para(d, space_after=8)
    runs(p, [("Gäller: ", {"bold": True}), ("Leif, 58 år     ", {}),
             ("Möte: ", {"bold": True}), ("2025-10-07, Vårdcentralen Kungsör", {})])

    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Område", "Nuläge", "Överenskommelse"]):
        cell_text(t.rows[0].cells[i], h, bold=True, size=10.5, color="FFFFFF")
        shade(t.rows[0].cells[i], "003366")
    repeat_header(t.rows[0])
    rows = [
        ("Bakgrund",
         "Leif bor ensam i lägenhet i centrala Kungsör. Alkoholberoende sedan många år. Diabetes typ 2 "
         "med höga sockervärden och ett svårläkt sår på vänster underben sedan i somras.",
         "–"),
        ("Frågor till mötet", "Diskutera läget.", "–"),
        ("Hälsa / diabetes",
         "HbA1c 89 vid senaste kontrollen i september. Tar insulinet oregelbundet, särskilt helger. "
         "Såret har blivit större.",
         "Fortsatt kontakt kring diabetes och sår."),
        ("Alkohol",
         "Dricker dagligen. Har tidigare tackat nej till behandling.",
         "Fortsatt motiverande samtal."),
        ("Boende / vardag",
         "Svårt med städning, tvätt och mat. Kylskåpet ofta tomt.",
         "Fortsatt stöd i hemmet."),
        ("Ekonomi",
         "Oklart läge, obetalda räkningar har setts i hallen.",
         "Ses över."),
        ("Mål", "–", "Målet är att Leif ska kunna bo kvar hemma och att såret ska läka."),
        ("Samordning", "–", "Kommunen samordnar."),
        ("Uppföljning", "–", "Om cirka tre månader."),
    ]
    for a, b, c in rows:
        rc = t.add_row().cells
        cell_text(rc[0], a, bold=True, size=10)
        shade(rc[0], "E8EEF5")
        cell_text(rc[1], b, size=10)
        cell_text(rc[2], c, size=10)
    last = t.add_row().cells
    cell_text(last[0], "Närvarande", bold=True, size=10)
    shade(last[0], "E8EEF5")
    m = last[1].merge(last[2])
    cell_text(m, "Malin, diabetessjuksköterska, Vårdcentralen Kungsör\n"
                 "Therese, distriktssköterska, Kommunal hemsjukvård Kungsör\n"
                 "Roger, enhetschef, Hemtjänst Kungsör norra\n"
                 "Camilla, socialsekreterare, Vuxenenheten Kungsörs kommun", size=10)
    col_widths(t, [3.4, 6.8, 6.4])
    para(d, "Antecknat av Camilla, socialsekreterare.", italic=True, size=9, color="555555", space_before=8)
    save_doc(d, out(f"{PREFIX}-08.docx"))


# --------------------------------------------------------------------------
# f3-09  newly arrived family, interpreter noted (hand-written Markdown)
# --------------------------------------------------------------------------

PLAN09 = """# SIP – Omid, 10 år

**Datum:** 2025-03-11 kl. 09.00–10.30  
**Plats:** Socialtjänsten Surahammar, samtalsrum 2  
**Tolk:** dari, kontakttolk på plats via tolkförmedlingen (tolkens namn antecknas inte). Telefontolk användes för BUP som var med via Teams.

## Vilka var med

- Omid (första halvtimmen) och hans föräldrar, mamma Farida och pappa Hamid
- Nadia, familjebehandlare, Socialtjänsten Surahammar (antecknar)
- Peter, skolkurator, Vallbyskolan, Surahammars kommun
- Sanna, klasslärare åk 4, Vallbyskolan
- Linnea, psykolog, BUP Västerås (via Teams)
- Fredrik, integrationshandläggare, Arbetsmarknads- och integrationsenheten, Surahammars kommun

## Därför träffas vi

Samordning kring Omid och familjen.

## Frågor vi tog upp

1. Behöver Omid traumabehandling på BUP, och kan den göras med tolk?
2. Hur kan skolan göra så att Omid kommer till skolan på morgonen? Han har missat ca hälften av förmiddagarna sedan jul.
3. Familjen har fått ett brev från Försäkringskassan om bostadsbidrag som de inte förstår – vem hjälper dem?

## Hur det är nu

Familjen kom till Sverige 2023 och fick uppehållstillstånd i maj 2024. De bor i en trea i Surahammar sedan i höstas. Omid har två yngre syskon.

Omid berättade via tolken att han drömmer mardrömmar nästan varje natt och att han blir rädd när det smäller i korridoren, "som hemma". Han tycker om fotbollen på rasterna och sin lärare Sanna. Han vill inte prata om det som hände på resan.

Föräldrarna berättar att Omid sover i deras säng de flesta nätter och att han har ont i magen på morgnarna. Pappa läser SFI på förmiddagarna, mamma är hemma med den yngsta.

## Mål

Omid ska sova bättre och gå i skolan varje dag.

## Samtycke

Vårdnadshavarna gav muntligt samtycke via tolk vid mötet 2025-03-11 till att BUP, skolan, socialtjänsten och integrationsenheten får utbyta information om Omid. Omid var med när det förklarades.

## Vem gör vad

| Insats | Vem | När |
|---|---|---|
| Bedömningssamtal om trauma, med tolk på plats | Linnea, psykolog BUP Västerås | 2025-03-26 kl. 13.00 |
| Anpassad morgonstart: Omid möts vid entrén och får börja dagen i ett lugnt rum | Peter, skolkurator, och Sanna, klasslärare | Från 2025-03-17 |
| Förvarning innan brandövningar och annat som låter | Sanna, klasslärare | Från 2025-03-12 |
| Familjebehandling i hemmet, fokus sömn och kvällsrutiner | Nadia, familjebehandlare | Varannan torsdag från 2025-03-20 |
| Hjälpa familjen att förstå och svara på brevet från FK | Fredrik, integrationshandläggare | |
| Samma läggdags varje kväll, följa med till BUP | Farida och Hamid | Från nu |

Tolk (dari) bokas av den som kallar till varje möte.

## Övrigt

Pappa har själv ont i ryggen och har fått tid på Vårdcentralen Surahammar – det ingår inte i Omids plan.
"""


def plan09():
    with open(out(f"{PREFIX}-09.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(PLAN09)


# --------------------------------------------------------------------------
# f3-10  frivården / release context, fixed-width text, cp1252 + CRLF
# --------------------------------------------------------------------------

PLAN10 = """SAMORDNAD INDIVIDUELL PLAN (SIP) – INFÖR VILLKORLIG FRIGIVNING
Västerås stad, Individ- och familjeförvaltningen, Beroendeenheten
Region Västmanland, Beroendecentrum Västerås
i samverkan med Kriminalvården, Frivården Västerås
===============================================================================

Klient ..............: Daniel, 34 år (ÅÅMMDD-XXXX)
Mötesdatum ..........: 2025-05-20, videomöte med anstalten
Frigivning ..........: 2025-06-02 (villkorlig frigivning med övervakning)
Planen gäller .......: 2025-06-02 -- 2025-12-01

SYFTE
  Daniel friges villkorligt 2025-06-02 efter att ha avtjänat två år och
  åtta månader för narkotikabrott. Han har ett långvarigt beroende av
  amfetamin och en ADHD-diagnos. Syftet med planen är att bostad,
  behandling och medicinering ska finnas på plats samma dag som han kommer
  ut, så att risken för återfall i missbruk och ny brottslighet minskar
  under de första veckorna, som brukar vara svårast.

FRÅGOR
  Läget inför frigivningen.

DELTAGARE
  Namn        Funktion                  Verksamhet
  ----------  ------------------------  ------------------------------------
  Daniel      klient
  Ewa         socialsekreterare         Beroendeenheten, Västerås stad
  Peter       frivårdsinspektör         Frivården Västerås, Kriminalvården
  Sofia       sjuksköterska             Beroendecentrum Västerås, Region
                                        Västmanland
  Jonas       kontaktman                Anstalten, Kriminalvården

SAMTYCKE
  Daniel har lämnat samtycke.

INSATSER OCH ANSVAR
  Insats                       Ansvarig                     När
  ---------------------------  ---------------------------  ------------------
  Försökslägenhet (andrahand   Ewa, socialsekreterare,      Tillträde
  via kommunen)                Beroendeenheten              2025-06-02
  Ekonomiskt bistånd för juni  Ewa, Beroendeenheten         Ansökan lämnas
                                                            2025-06-02
  ADHD-medicin fortsätter,     Sofia, sjuksköterska,        Recept klart
  recept och läkarbesök        Beroendecentrum              2025-06-02,
                                                            läkarbesök
                                                            2025-06-16
  Urinprov 2 ggr/vecka         Beroendecentrum,             Från 2025-06-03
                               mottagningen                 (mån och tors)
  Återfallsprevention i grupp  Beroendeenheten, öppenvården Tisdagar från
  (ÅP), 12 träffar                                          2025-06-10
  Övervakning: besök hos       Peter, frivårdsinspektör,    Varje onsdag från
  frivården 1 gång/vecka       Frivården Västerås           2025-06-04
  Inskrivning hos              Daniel själv bokar tid,      Senast 2025-06-16
  Arbetsförmedlingen           Arbetsförmedlingen Västerås
  Följa med till bostaden och  Jonas, kontaktman på         2025-06-02
  lämna över till Ewa          anstalten

HUVUDANSVAR
  Ewa, socialsekreterare, Beroendeenheten, Västerås stad.

UPPFÖLJNING
  Vecka 27, på Frivården Västerås. Ewa kallar.

KONTAKTER (referenslista)
  Beroendeenheten, Västerås stad .......... via kontaktcenter, vardagar
  Beroendecentrum Västerås ................ via regionens växel
  Frivården Västerås ...................... via Kriminalvårdens växel
  Arbetsförmedlingen ...................... 0771-XXX XXX
  Socialjouren (kvällar och helger) ....... via växeln
  Psykiatrisk akutmottagning .............. 1177 / 112 vid akut läge

Utskrift: 2025-05-21  Beroendeenheten, Västerås stad
"""


def plan10():
    with open(out(f"{PREFIX}-10.txt"), "w", encoding="cp1252", newline="\r\n") as f:
        f.write(PLAN10)


# --------------------------------------------------------------------------
# f3-11  headings as "vi"-questions, HTML printed to PDF
# --------------------------------------------------------------------------

PLAN11 = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>SIP för Alva</title>
<style>
body { font-family: 'DejaVu Sans', sans-serif; font-size: 11pt; color: #222; }
h1 { font-family: 'DejaVu Sans', sans-serif; font-size: 20pt; margin: 0; color: #7A4B00; }
p.sub { margin: 2px 0 0 0; font-size: 10pt; color: #5A4A30; }
h2 { font-family: 'DejaVu Sans', sans-serif; font-size: 13.5pt; color: #7A4B00; border-bottom: 2px solid #E3B76A; margin-top: 18px; }
.quote { font-style: italic; background: #F6F6F6; padding: 6px 10px; border-left: 4px solid #E3B76A; }
.small { font-size: 9pt; color: #666; }
</style></head>
<body>
<table width="100%" cellpadding="8" cellspacing="0" bgcolor="#FCE9C8" style="border: 1px solid #E3B76A">
<tr><td>
<h1>SIP för Alva</h1>
<p class="sub">Skinnskattebergs kommun och Region Västmanland &middot; vi träffades 2025-10-14 i skolans konferensrum</p>
</td></tr></table>

<h2>Vilka är vi?</h2>
<p>Alva, mamma Sanna, pappa Robin, Lisa, Johan och Fatima.</p>

<h2>Vad behöver vi prata om?</h2>
<p>Hur det går hemma och i skolan.</p>

<h2>Vad vill vi uppnå?</h2>
<p>Alva var med i början av mötet och ritade medan vi pratade. När vi frågade henne vad som skulle vara bäst sa hon:</p>
<p class="quote">”Jag vill kunna sova i min egen säng hela natten. Och jag vill inte bli arg i matsalen.”</p>
<p>Hon sa också att det är för högt ljud i matsalen och att hon gillar när Fatima väntar på henne vid bussen. Mamma och pappa önskar att kvällarna blir lugnare hemma.</p>

<h2>Hur gör vi det?</h2>
<p>Vi hjälps åt så att Alva får det lugnt omkring sig, både hemma och i skolan. Alla fortsätter med det stöd som finns i dag.</p>

<h2>Hur vet vi att det blev bra?</h2>
<p>När Alva sover i sin egen säng de flesta nätter, och när det blir färre utbrott i skolan.</p>

<p class="small">Anteckningar: Lisa. Planen delas ut till alla som var med.</p>
</body></html>
"""


def plan11():
    src = os.path.join(BUILD, f"{PREFIX}-11.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(PLAN11)
    pdf = soffice_pdf(src, BUILD, "writer_pdf_Export", infilter="HTML (StarWriter)")
    shutil.copy(pdf, out(f"{PREFIX}-11.pdf"))


# --------------------------------------------------------------------------
# f3-12  table of contents page and footnotes
# --------------------------------------------------------------------------

FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def add_footnotes_part(doc, notes):
    """notes: dict id -> text. Adds word/footnotes.xml with separators and the notes."""
    body = [
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
        'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
        'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
    ]
    for nid, text in notes.items():
        body.append(
            f'<w:footnote w:id="{nid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {_esc(text)}</w:t></w:r>'
            f'</w:p></w:footnote>')
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<w:footnotes xmlns:w="{W_NS}" '
           f'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
           + "".join(body) + "</w:footnotes>")
    part = Part(PackURI("/word/footnotes.xml"), FOOTNOTES_CT, xml.encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)
    # settings: footnote separators
    settings = doc.settings.element
    fpr = OxmlElement("w:footnotePr")
    for i in ("-1", "0"):
        fn = OxmlElement("w:footnote"); fn.set(qn("w:id"), i); fpr.append(fn)
    anchor = None
    for tag in ("w:endnotePr", "w:compat", "w:docVars", "w:rsids"):
        anchor = settings.find(qn(tag))
        if anchor is not None:
            break
    if anchor is not None:
        anchor.addprevious(fpr)
    else:
        settings.append(fpr)


def footnote_ref(paragraph, nid):
    r = paragraph.add_run()
    rpr = OxmlElement("w:rPr")
    va = OxmlElement("w:vertAlign"); va.set(qn("w:val"), "superscript"); rpr.append(va)
    r._r.append(rpr)
    ref = OxmlElement("w:footnoteReference"); ref.set(qn("w:id"), str(nid))
    r._r.append(ref)


def plan12():
    d = new_doc("Cambria", 11)
    for lvl, size in (("Heading 1", 14), ("Heading 2", 12)):
        st = d.styles[lvl]
        st.font.name = "Cambria"; st.font.size = Pt(size); st.font.color.rgb = RGBColor.from_string("365F91")
    sec = d.sections[0]
    sec.different_first_page_header_footer = True
    hp = sec.header.paragraphs[0]
    hp.text = "Samordnad individuell plan – L.\tVuxenpsykiatrin Sala / Socialpsykiatrin Sala kommun"
    clear_style_tabs(hp)
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(16.5), WD_TAB_ALIGNMENT.RIGHT)
    for r in hp.runs:
        r.font.size = Pt(8); r.font.color.rgb = RGBColor.from_string("666666")
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_field(fp, "PAGE", "2")

    # --- title page with TOC
    para(d, "", space_after=60)
    para(d, "Samordnad individuell plan (SIP)", bold=True, size=22, color="365F91",
         align=WD_ALIGN_PARAGRAPH.CENTER)
    para(d, "L., 45 år", size=14, align=WD_ALIGN_PARAGRAPH.CENTER)
    para(d, "Vuxenpsykiatrin Sala · Socialpsykiatrin, Sala kommun · Vårdcentralen Sala Väsby",
         size=11, color="555555", align=WD_ALIGN_PARAGRAPH.CENTER)
    para(d, "Möte 2025-01-21", size=11, color="555555", align=WD_ALIGN_PARAGRAPH.CENTER, space_after=40)
    para(d, "Innehåll", bold=True, size=13, color="365F91")

    toc = [("Bakgrund och anledning till planen", "2"), ("Frågor inför mötet", "2"),
           ("Åtgärder och ansvar", "2"), ("Samordning och nästa avstämning", "3"), ("Närvarande", "3"),
           ("Förkortningar", "3")]
    for i, (title, pg) in enumerate(toc):
        p = d.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16.5), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        p.paragraph_format.space_after = Pt(3)
        if i == 0:
            r = p.add_run(); fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "begin"); r._r.append(fc)
            r = p.add_run(); it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve")
            it.text = ' TOC \\o "1-3" \\h \\z \\u '; r._r.append(it)
            r = p.add_run(); fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "separate"); r._r.append(fc)
        p.add_run(f"{title}\t{pg}")
        if i == len(toc) - 1:
            r = p.add_run(); fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "end"); r._r.append(fc)
    p = d.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)

    # --- body
    d.add_heading("Bakgrund och anledning till planen", level=1)
    p = d.add_paragraph()
    p.add_run("L. har bipolär sjukdom typ 1 och vårdades inneliggande på psykiatriska kliniken i Västerås "
              "under oktober–november 2024 efter ett maniskt skov. Hon bor ensam i lägenhet i Sala. Denna "
              "samordnade individuella plan")
    footnote_ref(p, 1)
    p.add_run(" upprättas eftersom L. efter utskrivningen har svårt att få ihop vardagen, eftersom "
              "litiumkontrollerna ska flyttas från psykiatrin till vårdcentralen, och eftersom "
              "socialpsykiatrins boendestöd och sysselsättning behöver kopplas ihop med psykiatrins "
              "uppföljning så att tidiga tecken på ett nytt skov fångas upp av alla.")
    footnote_ref(p, 2)

    d.add_heading("Frågor inför mötet", level=1)
    for q in ["Vem tar över ansvaret för litiumkontrollerna, och från när?",
              "Kan boendestödet utökas under våren, då L. tidigare har blivit sämre?",
              "Hur ska boendestödet och psykiatrin informera varandra om de ser varningstecken?"]:
        d.add_paragraph(q, style="List Bullet")

    d.add_heading("Åtgärder och ansvar", level=1)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Åtgärd", "Ansvarig", "Tidpunkt"]):
        cell_text(t.rows[0].cells[i], h, bold=True, size=10, color="FFFFFF")
        shade(t.rows[0].cells[i], "365F91")
    repeat_header(t.rows[0])
    acts = [
        ("Läkarbesök med läkemedelsuppföljning", "Läkare, Vuxenpsykiatrin Sala",
         "2025-02-11, därefter var tredje månad"),
        ("Litiumprov (S-litium, kreatinin, TSH)", "Distriktssköterska, Vårdcentralen Sala Väsby",
         "Första gången 2025-03-04, sedan var tredje månad"),
        ("Boendestöd tre gånger i veckan (struktur, sömn, ekonomi)", "Boendestödjare, Socialpsykiatrin "
         "Sala kommun", "Från 2025-01-27"),
        ("Sysselsättning på Träffpunkten två dagar i veckan", "Träffpunkten, Socialpsykiatrin Sala kommun",
         "Från 2025-02-03"),
        ("Gemensam lista över tidiga varningstecken", "Sjuksköterska Vuxenpsykiatrin Sala tillsammans "
         "med boendestödjaren", "Klar senast 2025-02-28"),
    ]
    for k, a in enumerate(acts):
        rc = t.add_row().cells
        for i, v in enumerate(a):
            cell_text(rc[i], v, size=10)
        if k == 1:
            footnote_ref(rc[0].paragraphs[0], 3)
    col_widths(t, [6.6, 5.6, 4.4])

    d.add_heading("Samordning och nästa avstämning", level=1)
    d.add_paragraph("Karin, sjuksköterska på Vuxenpsykiatrin Sala, har huvudansvaret för planen och "
                    "kallar till nästa avstämning, som är 2025-04-29 kl. 10.00 på mottagningen.")

    d.add_heading("Närvarande", level=1)
    for n in ["Karin, sjuksköterska, Vuxenpsykiatrin Sala",
              "Henrik, specialistläkare, Vuxenpsykiatrin Sala",
              "Åsa, distriktssköterska, Vårdcentralen Sala Väsby",
              "Anette, boendestödjare, Socialpsykiatrin Sala kommun",
              "Jessica, enhetschef, Socialpsykiatrin Sala kommun"]:
        p = d.add_paragraph(n, style="List Bullet")
        if n.startswith("Åsa"):
            footnote_ref(p, 4)

    d.add_heading("Förkortningar", level=1)
    d.add_paragraph("SIP – samordnad individuell plan. TSH – tyreoideastimulerande hormon. "
                    "SoL – socialtjänstlagen. HSL – hälso- och sjukvårdslagen.")

    add_footnotes_part(d, {
        1: "Enligt 2 kap. 7 § socialtjänstlagen och 16 kap. 4 § hälso- och sjukvårdslagen.",
        2: "L. lämnade muntligt samtycke till att Vuxenpsykiatrin Sala, Vårdcentralen Sala Väsby och "
           "Socialpsykiatrin Sala kommun samverkar och utbyter information, vid besök hos sjuksköterska "
           "Karin 2025-01-13. Samtycket är journalfört.",
        3: "Ansvaret går över från psykiatrin till vårdcentralen från och med mars 2025 enligt regional "
           "rutin för litiumbehandling.",
        4: "Deltog via Teams.",
    })
    save_doc(d, out(f"{PREFIX}-12.docx"))


def main():
    os.makedirs(PLANS, exist_ok=True)
    os.makedirs(BUILD, exist_ok=True)
    for fn in (plan01, plan02, plan03, plan04, plan05, plan06, plan07, plan08, plan09, plan10, plan11, plan12):
        fn()
        print("ok", fn.__name__)


if __name__ == "__main__":
    main()
