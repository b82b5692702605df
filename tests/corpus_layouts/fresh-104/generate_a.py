#!/usr/bin/env python3
"""Generate batch fresh-104a: fictional, anonymized SIP plans (Region Kalmar län).

Run with /work/batches/.venv/bin/python generate.py
Writes plans/f104a-01 ... f104a-08. Deterministic (fixed dates, no randomness).
"""
import datetime
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f104a"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
LO_PROFILE = "file:///tmp/lo-f104a"
FIXED_DT = datetime.datetime(2025, 3, 10, 9, 0, 0, tzinfo=datetime.timezone.utc)


def path(nn, ext):
    return os.path.join(OUT, f"{PREFIX}-{nn:02d}.{ext}")


# ---------------------------------------------------------------- docx helpers
def base_doc(font="Calibri", size=11, margins_cm=2.2):
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
    for s in doc.sections:
        s.page_width = Cm(21.0)
        s.page_height = Cm(29.7)
        s.left_margin = s.right_margin = Cm(margins_cm)
        s.top_margin = Cm(2.0)
        s.bottom_margin = Cm(2.0)
    cp = doc.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.created = datetime.datetime(2025, 3, 10, 9, 0, 0)
    cp.modified = datetime.datetime(2025, 3, 10, 9, 0, 0)
    cp.revision = 1
    return doc


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


def cell_text(cell, text, bold=False, size=None, italic=False, color=None):
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
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    return cell


def add_field(paragraph, instr, placeholder="1", size=None):
    """Insert a complex field (PAGE, NUMPAGES) into a paragraph."""
    def run_with(child):
        r = OxmlElement("w:r")
        if size:
            rpr = OxmlElement("w:rPr")
            sz = OxmlElement("w:sz")
            sz.set(qn("w:val"), str(int(size * 2)))
            rpr.append(sz)
            r.append(rpr)
        r.append(child)
        paragraph._p.append(r)
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    run_with(b)
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    run_with(it)
    s = OxmlElement("w:fldChar")
    s.set(qn("w:fldCharType"), "separate")
    run_with(s)
    t = OxmlElement("w:t")
    t.text = placeholder
    run_with(t)
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    run_with(e)


def right_tab(paragraph, pos_cm):
    """Clear the Header/Footer style's default tabs and set one right tab."""
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Twips
    ts = paragraph.paragraph_format.tab_stops
    ts.add_tab_stop(Twips(4680), alignment=WD_TAB_ALIGNMENT.CLEAR)
    ts.add_tab_stop(Twips(9360), alignment=WD_TAB_ALIGNMENT.CLEAR)
    ts.add_tab_stop(Cm(pos_cm), alignment=WD_TAB_ALIGNMENT.RIGHT)


def bold_label(doc, label, value="", size=None):
    p = doc.add_paragraph()
    r = p.add_run(label)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    if value:
        r2 = p.add_run(" " + value)
        if size:
            r2.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(4)
    return p


def table_borders(table, sz=4, color="808080"):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), str(sz))
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), color)
        borders.append(el)
    tblPr.append(borders)


def set_col_widths(table, widths_cm):
    table.autofit = False
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def save_docx(doc, dest):
    """Save with fixed zip timestamps so that every run gives the same bytes."""
    import io
    import zipfile
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 3, 10, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(item.filename))


def soffice_pdf(src, outdir):
    cmd = [
        "soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
        "--convert-to", "pdf", "--outdir", outdir, src,
    ]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=240)


# =====================================================================
# 01  Fillable PDF form (AcroForm), filled but not flattened
#     Adult with psychosis and debts, Kalmar
# =====================================================================
def plan01():
    from fpdf import FPDF
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import (ArrayObject, BooleanObject, DictionaryObject,
                               FloatObject, NameObject, NumberObject,
                               TextStringObject)

    pdf = FPDF(format="A4", unit="mm")
    pdf.set_creation_date(FIXED_DT)
    pdf.set_title("SIP - Samordnad individuell plan")
    pdf.set_producer("Blankettgenerator")
    pdf.add_font("dv", "", FONT)
    pdf.add_font("dv", "B", FONT_B)
    pdf.set_auto_page_break(False)
    fields = []  # (page_index, name, x, y, w, h, multiline)
    PAGE_H = 297.0

    def header(pageno):
        pdf.set_font("dv", "B", 9)
        pdf.set_xy(15, 10)
        pdf.cell(100, 5, "Region Kalmar län och länets kommuner")
        pdf.set_font("dv", "", 8)
        pdf.set_xy(120, 10)
        pdf.cell(75, 5, f"Blankett SIP-1 (version 2024-09)   Sida {pageno} (2)", align="R")
        pdf.set_draw_color(0, 90, 140)
        pdf.set_line_width(0.6)
        pdf.line(15, 16.5, 195, 16.5)
        pdf.set_line_width(0.2)
        pdf.set_draw_color(0, 0, 0)

    def footer():
        pdf.set_font("dv", "", 7)
        pdf.set_xy(15, 285)
        pdf.cell(180, 4, "Blanketten förvaras i respektive huvudmans journal/akt. "
                 "Sekretess enligt OSL 25 kap. 1 § och 26 kap. 1 §.", align="C")

    def section(y, text):
        pdf.set_fill_color(220, 232, 242)
        pdf.set_xy(15, y)
        pdf.set_font("dv", "B", 9.5)
        pdf.cell(180, 6, "  " + text, border=1, fill=True)
        return y + 6

    def labelled_box(pg, y, label, name, h, x=15, w=180, multiline=True, hint=None):
        pdf.set_font("dv", "", 7.5)
        pdf.set_xy(x, y)
        pdf.cell(w, 4.5, label + (f"  ({hint})" if hint else ""), border="LTR")
        pdf.rect(x, y + 4.5, w, h)
        fields.append((pg, name, x + 0.8, y + 4.8, w - 1.6, h - 0.6, multiline))
        return y + 4.5 + h

    # ---------------- page 1
    pdf.add_page()
    header(1)
    pdf.set_font("dv", "B", 15)
    pdf.set_xy(15, 20)
    pdf.cell(180, 8, "SIP – Samordnad individuell plan")
    pdf.set_font("dv", "", 8)
    pdf.set_xy(15, 28)
    pdf.multi_cell(180, 4, "Enligt 2 kap. 7 § socialtjänstlagen och 16 kap. 4 § hälso- och "
                   "sjukvårdslagen. Fyll i blanketten digitalt. Planen ska ges till den enskilde.")
    y = 38
    y = section(y, "1. Personuppgifter och möte")
    labelled_box(0, y, "Namn", "txt_namn", 7, x=15, w=90, multiline=False)
    y2 = labelled_box(0, y, "Personnummer", "txt_pnr", 7, x=105, w=90, multiline=False)
    labelled_box(0, y2, "Datum för SIP-mötet", "txt_motesdatum", 7, x=15, w=90, multiline=False)
    y = labelled_box(0, y2, "Plats för mötet", "txt_plats", 7, x=105, w=90, multiline=False)
    y += 3
    y = section(y, "2. Syfte med planen")
    y = labelled_box(0, y, "Varför behövs en samordnad plan?", "txt_syfte", 20)
    y += 3
    y = section(y, "3. Frågeställningar inför mötet")
    y = labelled_box(0, y, "Vilka frågor ska mötet ta ställning till?", "txt_fragor", 18)
    y += 3
    y = section(y, "4. Mina mål")
    y = labelled_box(0, y, "Vad vill du uppnå?", "txt_mal", 20,
                     hint="skriv med den enskildes egna ord")
    y += 3
    y = section(y, "5. Delaktighet")
    y = labelled_box(0, y, "Den enskildes medverkan och egna synpunkter", "txt_delaktighet", 24)
    y += 3
    y = section(y, "6. Samtycke")
    y = labelled_box(0, y, "Samtycke till informationsutbyte – form (muntligt/skriftligt) och datum",
                     "txt_samtycke", 16)
    footer()

    # ---------------- page 2
    pdf.add_page()
    header(2)
    y = 20
    y = section(y, "7. Insatser – vem gör vad och när")
    pdf.set_font("dv", "B", 7.5)
    cols = [(15, 80, "Insats/åtgärd"), (95, 55, "Ansvarig verksamhet och funktion"),
            (150, 45, "När / tidsplan")]
    for x, w, t in cols:
        pdf.set_xy(x, y)
        pdf.cell(w, 5, " " + t, border=1)
    y += 5
    for i in range(1, 6):
        for (x, w, _), key in zip(cols, ("insats", "ansvarig", "nar")):
            pdf.rect(x, y, w, 13)
            fields.append((1, f"tbl_{key}_{i}", x + 0.6, y + 0.4, w - 1.2, 12.2, True))
        y += 13
    y += 3
    y = section(y, "8. Andra aktörers insatser")
    y = labelled_box(1, y, "T.ex. Försäkringskassan, Arbetsförmedlingen, god man, närstående, "
                     "den enskilde själv", "txt_andra", 18)
    y += 3
    y = section(y, "9. Huvudansvar för planen")
    labelled_box(1, y, "Namn och funktion", "txt_huvudansvarig", 7, x=15, w=90, multiline=False)
    y = labelled_box(1, y, "Verksamhet/huvudman", "txt_huvudansvar_verks", 7, x=105, w=90,
                     multiline=False)
    y += 3
    y = section(y, "10. Uppföljning")
    labelled_box(1, y, "Datum och tid för uppföljning", "txt_uppf_datum", 7, x=15, w=90,
                 multiline=False)
    y = labelled_box(1, y, "Plats", "txt_uppf_plats", 7, x=105, w=90, multiline=False)
    y += 3
    y = section(y, "11. Deltagare vid mötet")
    y = labelled_box(1, y, "Namn, funktion och verksamhet", "txt_deltagare", 18)
    y += 3
    y = section(y, "12. Upprättad av")
    labelled_box(1, y, "Namn", "txt_upprattad", 7, x=15, w=90, multiline=False)
    y = labelled_box(1, y, "Datum", "txt_upprattad_datum", 7, x=105, w=90, multiline=False)
    footer()

    tmp = tempfile.mkdtemp(prefix="f104a-")
    blank = os.path.join(tmp, "blank.pdf")
    pdf.output(blank)

    # ---------------- add AcroForm fields with pypdf
    reader = PdfReader(blank)
    writer = PdfWriter()
    writer.append(reader)
    font_dict = DictionaryObject({
        NameObject("/Type"): NameObject("/Font"),
        NameObject("/Subtype"): NameObject("/Type1"),
        NameObject("/BaseFont"): NameObject("/Helvetica"),
        NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
    })
    font_ref = writer._add_object(font_dict)
    dr = DictionaryObject({NameObject("/Font"): DictionaryObject({NameObject("/Helv"): font_ref})})
    field_refs = ArrayObject()
    mm = 72.0 / 25.4
    for pg, name, x, y, w, h, multi in fields:
        page = writer.pages[pg]
        x1, y1 = x * mm, (PAGE_H - y - h) * mm
        x2, y2 = (x + w) * mm, (PAGE_H - y) * mm
        annot = DictionaryObject({
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/Widget"),
            NameObject("/FT"): NameObject("/Tx"),
            NameObject("/T"): TextStringObject(name),
            NameObject("/Rect"): ArrayObject([FloatObject(round(v, 2)) for v in (x1, y1, x2, y2)]),
            NameObject("/F"): NumberObject(4),
            NameObject("/Ff"): NumberObject(4096 if multi else 0),
            NameObject("/DA"): TextStringObject("/Helv 8 Tf 0 g"),
            NameObject("/MK"): DictionaryObject(),
            NameObject("/P"): page.indirect_reference,
        })
        ref = writer._add_object(annot)
        if "/Annots" not in page:
            page[NameObject("/Annots")] = ArrayObject()
        page["/Annots"].append(ref)
        field_refs.append(ref)
    writer._root_object[NameObject("/AcroForm")] = DictionaryObject({
        NameObject("/Fields"): field_refs,
        NameObject("/DR"): dr,
        NameObject("/DA"): TextStringObject("/Helv 8 Tf 0 g"),
        NameObject("/NeedAppearances"): BooleanObject(True),
    })

    values = {
        "txt_namn": "Mikael (M.)",
        "txt_pnr": "ÅÅMMDD-XXXX",
        "txt_motesdatum": "2025-02-11",
        "txt_plats": "Vuxenpsykiatrin Kalmar, öppenvårdsmottagningen",
        "txt_syfte": ("Att samordna stödet till M. efter utskrivningen från avdelningen i januari "
                      "så att han kan bo kvar i sin lägenhet, ta sin medicin regelbundet och få "
                      "ordning på de obetalda räkningarna. Alla inblandade ska veta vem som gör "
                      "vad så att M. inte behöver hålla reda på det själv."),
        "txt_fragor": "Gå igenom läget.",
        "txt_mal": "",
        "txt_delaktighet": ("M. deltog under hela mötet. Han tycker att det har varit för många "
                            "olika personer som ringer honom och vill ha en person att vända sig "
                            "till. Han vill att besöken läggs på eftermiddagen eftersom han sover "
                            "dåligt och har svårt att komma upp på morgonen."),
        "txt_samtycke": ("Muntligt samtycke lämnat av M. på mötet 2025-02-11. Skriftligt samtycke "
                         "till informationsutbyte mellan Region Kalmar län och Kalmar kommun "
                         "undertecknat samma dag (blankett Samtycke SIP), inskannat i journalen."),
        "tbl_insats_1": "Depotinjektion antipsykotika var tredje vecka samt läkarbesök för "
                        "uppföljning av medicineringen",
        "tbl_ansvarig_1": "Vuxenpsykiatrin Kalmar, sjuksköterska i öppenvårdsteamet",
        "tbl_nar_1": "Fr.o.m. 2025-02-18, var 3:e vecka",
        "tbl_insats_2": "Boendestöd 2 ggr/vecka: öppna post, betala räkningar, handla",
        "tbl_ansvarig_2": "Socialförvaltningen Kalmar, boendestödsteamet",
        "tbl_nar_2": "Start vecka 9, tisdag och fredag em",
        "tbl_insats_3": "Genomgång av skulder och upprättande av hushållsbudget",
        "tbl_ansvarig_3": "Budget- och skuldrådgivningen, Kalmar kommun",
        "tbl_nar_3": "",
        "tbl_insats_4": "Utredning av behov av sysselsättning (daglig sysselsättning enl. SoL)",
        "tbl_ansvarig_4": "Socialförvaltningen Kalmar, biståndshandläggare vuxenenheten",
        "tbl_nar_4": "Beslut senast 2025-03-14",
        "tbl_insats_5": "", "tbl_ansvarig_5": "", "tbl_nar_5": "",
        "txt_andra": "",
        "txt_huvudansvarig": "Fredrik, case manager (sjuksköterska)",
        "txt_huvudansvar_verks": "Vuxenpsykiatrin Kalmar, öppenvården",
        "txt_uppf_datum": "2025-05-06 kl. 13.30",
        "txt_uppf_plats": "Vuxenpsykiatrin Kalmar",
        "txt_deltagare": "Mikael, Fredrik, Sara, Anneli, Jonas",
        "txt_upprattad": "Fredrik",
        "txt_upprattad_datum": "2025-02-11",
    }
    filled = {k: v for k, v in values.items() if v}
    for page in writer.pages:
        writer.update_page_form_field_values(page, filled, auto_regenerate=True)
    # Saved as a filler without a PDF library that writes appearance streams would save it:
    # values only in /V, NeedAppearances set, no /AP, so the answers are not page text.
    for page in writer.pages:
        for a in page.get("/Annots", []):
            a = a.get_object()
            if "/AP" in a:
                del a["/AP"]
    writer.set_need_appearances_writer(True)
    writer.add_metadata({"/Title": "SIP - Samordnad individuell plan",
                         "/Producer": "Blankettgenerator",
                         "/CreationDate": "D:20250211140000+01'00'",
                         "/ModDate": "D:20250211141500+01'00'"})
    out = path(1, "pdf")
    with open(out, "wb") as fh:
        writer.write(fh)
    shutil.rmtree(tmp)


# =====================================================================
# 02  Markdown with a Mermaid Gantt chart of the measures
#     Elderly man after hip fracture, Borgholm
# =====================================================================
def plan02():
    md = """# SIP – Gunnar, Borgholm

*Upprättad 2025-02-27 · Borgholms kommun / Hälsocentralen Borgholm · Region Kalmar län*

**Bakgrund:** Gunnar, 84 år, bor ensam i eget hus med trappa till sovrummet. Föll i köket
2025-02-09 och opererades för höftfraktur på ortopeden i Kalmar. Skrivs ut till hemmet
2025-03-03. Går med rollator inomhus, klarar inte trappan själv ännu. Diabetes typ 2
(tablettbehandlad), lätt förhöjt blodtryck.

**Syfte:** Samordning.

**Gunnars egna ord** (från samtal med distriktssköterskan på Hälsocentralen Borgholm
2025-02-24, innan hemgång):

> "Jag vill klara trappan upp till sovrummet själv och kunna gå ner till hamnen och köpa
> tidningen innan sommaren. Till något boende flyttar jag inte."

**Samtycke:** Samtycke finns.

**Huvudansvar:** Borgholms kommun.

**Uppföljning:** Vecka 16, kallelse skickas ut.

## Insatser och tidsplan

Varje sektion nedan är den som utför insatserna. Tider enligt överenskommelse vid
planeringen.

```mermaid
gantt
    title SIP Gunnar – insatser mars–april 2025
    dateFormat  YYYY-MM-DD
    axisFormat  %d/%m

    section Hemtjänst Borgholm norra
    Morgonhjälp dusch och påklädning 1 ggr/dag   :a1, 2025-03-03, 42d
    Kvällsbesök med tillsyn 1 ggr/dag            :a2, 2025-03-03, 42d
    Inköp 1 ggr/v (onsdag)                       :a3, 2025-03-05, 56d

    section Kommunrehab Borgholm – arbetsterapeut
    Hembesök och bedömning, duschpall och extra trappräcke :b1, 2025-03-03, 5d

    section Kommunrehab Borgholm – fysioterapeut
    Gång- och trappträning hemma 2 ggr/v         :b2, 2025-03-04, 42d

    section Hälsocentralen Borgholm – distriktssköterska
    Suturtagning i hemmet                        :milestone, c1, 2025-03-06, 0d
    Kontroll blodtryck och smärtlindring 1 ggr/v :c2, 2025-03-10, 28d

    section Hälsocentralen Borgholm – läkare
    Läkarbesök, start osteoporosbehandling       :milestone, c3, 2025-03-24, 0d

    section Dottern Eva
    Handlar större inköp varannan lördag         :d1, 2025-03-08, 56d
    Ringer Gunnar varje kväll kl. 19             :d2, 2025-03-03, 56d

    section Gunnar själv
    Hemövningar enligt programmet dagligen      :e1, 2025-03-04, 56d
    Bär larmknappen dygnet runt                  :e2, 2025-03-03, 56d
```

Trygghetslarmet installeras 2025-03-03 av larmgruppen i Hemtjänst Borgholm norra (beslut
fattat 2025-02-26).
"""
    with open(path(2, "md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(md)


# =====================================================================
# 03  .docx where huvudansvar and next follow-up stand only in header/footer
#     Child (12) with school refusal and anxiety, Västervik
# =====================================================================
def plan03():
    doc = base_doc("Calibri", 11)
    sec = doc.sections[0]
    sec.header_distance = Cm(1.0)
    sec.footer_distance = Cm(0.9)
    # header
    hp = sec.header.paragraphs[0]
    right_tab(hp, 16.6)  # right
    r = hp.add_run("Samordnad individuell plan (SIP)")
    r.bold = True
    r.font.size = Pt(9)
    r = hp.add_run("\tE.J., 12 år")
    r.font.size = Pt(9)
    hp2 = sec.header.add_paragraph()
    r = hp2.add_run("Västerviks kommun och Region Kalmar län")
    r.font.size = Pt(8)
    r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    pPr = hp2._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bot = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "7F7F7F")):
        bot.set(qn(k), v)
    bdr.append(bot)
    pPr.append(bdr)
    # footer
    fp = sec.footer.paragraphs[0]
    r = fp.add_run("Huvudansvarig: Maria, skolkurator, Elevhälsan Västerviks kommun")
    r.font.size = Pt(8.5)
    fp2 = sec.footer.add_paragraph()
    right_tab(fp2, 16.6)
    r = fp2.add_run("Nästa uppföljning: 2025-04-23 kl. 15.00, BUP Västervik")
    r.font.size = Pt(8.5)
    r.bold = True
    r = fp2.add_run("\tSida ")
    r.font.size = Pt(8.5)
    add_field(fp2, "PAGE", "1", size=8.5)

    t = doc.add_paragraph()
    r = t.add_run("SIP – samordnad individuell plan")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Mötesdatum: 2025-03-05\nPlats: BUP Västervik, samtalsrum 2")

    doc.add_heading("Bakgrund", level=2)
    doc.add_paragraph(
        "E. går i årskurs 6. Sedan oktober 2024 har närvaron sjunkit och sedan jullovet har hon "
        "bara varit i skolan enstaka dagar. Hon har ont i magen på morgnarna, sover dåligt och "
        "blir mycket orolig inför skoldagar. Elevhälsan har gjort en kartläggning av frånvaron. "
        "E. är aktuell på BUP Västervik sedan januari där en bedömning av ångest pågår. "
        "Socialtjänsten har en öppen insats sedan februari efter en ansökan om stöd.")
    doc.add_heading("Syfte med SIP", level=2)
    doc.add_paragraph(
        "Syftet är att E. ska få ett samordnat stöd från skolan, BUP och socialtjänsten så att "
        "hon stegvis kan komma tillbaka till skolan, och att det blir tydligt vem som gör vad "
        "så att insatserna inte krockar med varandra.")
    doc.add_heading("Frågeställningar inför mötet", level=2)
    doc.add_paragraph("")
    doc.add_heading("Elevens delaktighet", level=2)
    doc.add_paragraph(
        "E. orkade inte komma till mötet, hon blir mycket orolig när hon ska träffa många vuxna "
        "samtidigt. Kuratorn träffade E. hemma 2025-03-03 och förde fram hennes synpunkter på "
        "mötet: matsalen och omklädningsrummet är det svåraste, hon vill helst börja med en "
        "lektion i taget med samma vuxen, och hon vill inte att klasskamraterna ska få veta "
        "varför hon har varit borta.")
    doc.add_heading("Mål", level=2)
    doc.add_paragraph(
        "Målet är att E. ska närvara i skolan minst tre förmiddagar i veckan före sommarlovet "
        "och att oron ska minska så att hon kan sova bättre.")
    doc.add_heading("Insatser", level=2)
    rows = [
        ("KBT-behandling för ångest, 10 sessioner", "BUP Västervik, psykolog",
         "Varje onsdag fr.o.m. 2025-03-12"),
        ("Anpassad studiegång, schema som startar med en lektion per dag och byggs ut stegvis",
         "Rektor, skolan i Västervik", ""),
        ("Mentor möter E. vid entrén de dagar hon kommer och följer med till lektionen",
         "Mentor åk 6", "Från vecka 11"),
        ("Familjebehandling i hemmet 1 gång/vecka",
         "Socialtjänsten Västervik, barn och familj, familjebehandlare", "Start 2025-03-17"),
        ("Hälsosamtal om sömn och magont", "Skolsköterska, Elevhälsan Västerviks kommun",
         "2025-03-14"),
    ]
    tbl = doc.add_table(rows=1, cols=3)
    tbl.style = "Table Grid"
    for c, h in zip(tbl.rows[0].cells, ("Insats", "Ansvarig", "Tidpunkt")):
        cell_text(c, h, bold=True, size=10)
        shade(c, "D9E2F3")
    repeat_header(tbl.rows[0])
    for row in rows:
        cells = tbl.add_row().cells
        for c, v in zip(cells, row):
            cell_text(c, v, size=10)
    set_col_widths(tbl, [8.0, 5.2, 3.4])
    doc.add_paragraph("")
    doc.add_heading("Övrigt", level=2)
    doc.add_paragraph(
        "Skolan skickar hem veckans schema på fredagar. BUP och skolan stämmer av hur "
        "behandlingen och skolstarten går ihop inför nästa möte.")
    save_docx(doc, path(3, "docx"))


# =====================================================================
# 04  .txt log export, every line numbered (Windows-1252, CRLF)
#     Young person (19) with substance use, Oskarshamn
# =====================================================================
def plan04():
    import textwrap
    blocks = [
        ("JOURNALUTDRAG – SOCIALTJÄNSTEN OSKARSHAMN, VUXENENHETEN", False),
        ("Utskrivet 2025-01-30 08:12   Utskrivet av: handläggare (användar-ID XXXX)", False),
        ("Person: Alex, ÅÅMMDD-XXXX", False),
        ("Anteckningstyp: SIP-möte   Status: Signerad", False),
        ("-" * 66, False),
        ("Datum: 2025-01-29   Tid: 13:30-14:40", False),
        ("Plats: Beroendemottagningen Oskarshamn", False),
        ("", False),
        ("NÄRVARANDE", False),
        ("Alex, mamma, socialsekreterare, sjuksköterska, studie- och yrkesvägledare", True),
        ("", False),
        ("BAKGRUND", False),
        ("Alex är 19 år och bor hos mamma. Har använt cannabis dagligen i ungefär två år, "
         "periodvis även alkohol och tabletter som köpts utan recept. Avbröt el-programmet på "
         "gymnasiet hösten 2024. Mamma har gjort en orosanmälan i november. Alex har varit "
         "på ett bedömningssamtal på Beroendemottagningen i december.", True),
        ("", False),
        ("SAMTYCKE", False),
        ("Alex lämnade muntligt samtycke vid mötets början 2025-01-29 till att socialtjänsten, "
         "Beroendemottagningen och gymnasieskolan utbyter uppgifter inför och under SIP. "
         "Skriftligt samtycke undertecknades på blankett och är inskannat i akten.", True),
        ("", False),
        ("FRÅGESTÄLLNINGAR", False),
        ("- Hur kan Alex komma till en bedömning för abstinensbehandling/avgiftning före "
         "sommaren?", True),
        ("- Vem tar kontakt med gymnasieskolan om möjligheten att läsa klart kurserna?", True),
        ("- Behöver Alex ansöka om ekonomiskt bistånd när han fyllt 20 och inte längre räknas "
         "in i mammas hushåll?", True),
        ("", False),
        ("DELAKTIGHET", False),
        ("Alex närvarade under mötet.", True),
        ("", False),
        ("ÖVRIGA AKTÖRER", False),
        ("Alex är inskriven på Arbetsförmedlingen sedan december 2024.", True),
        ("", False),
        ("INSATSER", False),
        ("Mötet avbröts 14:40 innan insatserna hann gås igenom. Insatser och ansvarsfördelning "
         "tas upp vid nästa möte.", True),
        ("", False),
        ("HUVUDANSVAR", False),
        ("Ej utsett.", True),
        ("", False),
        ("UPPFÖLJNING", False),
        ("Nytt SIP-möte inom tre veckor. Kallelse skickas ut.", True),
        ("", False),
        ("-" * 66, False),
        ("Signerad 2025-01-29 16:02 av socialsekreterare, vuxenenheten", False),
        ("*** Slut på utdrag ***", False),
    ]
    lines = []
    for text, wrap in blocks:
        if wrap and len(text) > 70:
            ind = "  " if text.startswith("- ") else ""
            lines.extend(textwrap.wrap(text, 70, break_on_hyphens=False,
                                       subsequent_indent=ind))
        else:
            lines.append(text)
    out = []
    for i, l in enumerate(lines, 1):
        out.append(f"{i:04d}  {l}".rstrip())
    data = "\r\n".join(out) + "\r\n"
    with open(path(4, "txt"), "wb") as fh:
        fh.write(data.encode("cp1252"))


# =====================================================================
# 05  .docx measures table "När | Vem | Vad", merged period rows, header repeated
#     Young man with autism (LSS), Nybro
# =====================================================================
def plan05():
    doc = base_doc("Arial", 10.5, margins_cm=2.0)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    r = hp.add_run("Nybro kommun · Region Kalmar län")
    r.font.size = Pt(8)
    r.font.color.rgb = RGBColor(0x40, 0x40, 0x40)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = fp.add_run("Sida ")
    r.font.size = Pt(8)
    add_field(fp, "PAGE", "1", size=8)

    p = doc.add_paragraph()
    r = p.add_run("Samordnad individuell plan – SIP")
    r.bold = True
    r.font.size = Pt(17)
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    p = doc.add_paragraph()
    r = p.add_run("enligt 2 kap. 7 § SoL och 16 kap. 4 § HSL")
    r.font.small_caps = True
    r.font.size = Pt(9)

    info = doc.add_table(rows=3, cols=4)
    info.style = "Table Grid"
    vals = [("Namn", "Oskar (O.)", "Personnummer", "XXXXXX-XXXX"),
            ("Datum för mötet", "2025-03-04", "Plats", "Kommunhuset Nybro, rum Linné"),
            ("Boende", "Gruppbostad enl. LSS 9 § 9, Nybro", "Sysselsättning",
             "Daglig verksamhet enl. LSS 9 § 10")]
    for row, v in zip(info.rows, vals):
        for i, c in enumerate(row.cells):
            cell_text(c, v[i], bold=(i % 2 == 0), size=9.5)
            if i % 2 == 0:
                shade(c, "EDEDED")
    set_col_widths(info, [3.2, 5.3, 3.2, 5.3])
    doc.add_paragraph("")

    bold_label(doc, "Syfte:", "Gemensam planering.")
    bold_label(doc, "Frågeställningar:")
    doc.add_paragraph("")
    bold_label(doc, "Bakgrund")
    doc.add_paragraph(
        "O. är 24 år och har autism och lindrig intellektuell funktionsnedsättning. Han har bott "
        "i gruppbostaden i fyra år och har daglig verksamhet i bakgruppen. Sedan i höstas har "
        "personalen sett mer oro, fler utbrott på morgnarna och att han sover sämre. Han har "
        "gått upp ca 9 kg sedan medicinen ändrades i augusti. Bussresan till daglig verksamhet "
        "har blivit svår när bussen är full, och han har varit hemma flera dagar i februari. "
        "Vuxenhabiliteringen Kalmar har haft kontakt tidigare men ärendet avslutades 2023.")
    bold_label(doc, "Oskars delaktighet")
    doc.add_paragraph(
        "O. deltog de första 20 minuterna av mötet med stöd av sitt bildschema. Han visade med "
        "bilderna att han vill fortsätta i bakgruppen, att bussen är jobbig när det är "
        "mycket folk och att han inte vill börja så tidigt på morgonen. Därefter ville han gå "
        "tillbaka till boendet.")
    bold_label(doc, "Mål")
    doc.add_paragraph(
        "Målet är att O. ska kunna vara på daglig verksamhet fyra dagar i veckan utan att det "
        "blir för mycket för honom, och att sömnen och vikten ska förbättras.")
    bold_label(doc, "Insatser – vem gör vad och när")

    tbl = doc.add_table(rows=1, cols=3)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, h in zip(tbl.rows[0].cells, ("När", "Vem", "Vad")):
        cell_text(c, h, bold=True, size=10, color="FFFFFF")
        shade(c, "1F4E79")
    repeat_header(tbl.rows[0])
    schedule = [
        ("Vecka 10–12", [
            ("2025-03-05", "Vuxenhabiliteringen Kalmar, arbetsterapeut",
             "Besök på daglig verksamhet och i gruppbostaden. Bedömning av behov av tydliggörande "
             "pedagogik och hjälpmedel (tidshjälpmedel, hörselkåpor, veckoschema med bilder)."),
            ("Vecka 10–12, varje dag", "Gruppbostaden, O:s kontaktperson (boendestödjare)",
             "För sömn- och beteendeschema morgon och kväll som underlag till läkarbesöket. "
             "Skickas till psykiatrin senast 2025-03-17."),
            ("2025-03-11", "LSS-handläggare, Nybro kommun",
             "Utreder ansökan om ledsagarservice enligt LSS 9 § 3 för att träna bussresor."),
            ("2025-03-18", "Vuxenpsykiatrin Kalmar, läkare i neuropsykiatriska teamet",
             "Läkarbesök: genomgång av medicineringen med tanke på vikt, sömn och oro. "
             "Kontaktpersonen följer med."),
        ]),
        ("April", [
            ("2025-04-01", "Hälsocentralen Nybro, distriktssköterska",
             "Hälsokontroll: vikt, blodtryck och blodprover (lipider, glukos)."),
            ("Fr.o.m. 2025-04-07", "Daglig verksamhet Nybro, bakgruppen, handledare",
             "Nytt individuellt schema: fyra dagar i veckan, start kl. 9.30 i stället för "
             "8.00, egen arbetsplats med skärmvägg och paus enligt bildschema."),
            ("Senast 2025-04-15", "God man",
             "Ansöker om bostadstillägg hos Försäkringskassan och går igenom O:s "
             "månadsbudget med honom."),
            ("Varje torsdag i april", "Gruppbostaden, kontaktperson",
             "Veckosamtal med O. med bildstöd om hur veckan har varit."),
        ]),
        ("Maj–juni", [
            ("Varannan tisdag fr.o.m. 2025-05-06, 6 ggr", "Vuxenhabiliteringen Kalmar, kurator",
             "Samtal med O. om känslor och oro med stöd av bilder och sociala berättelser."),
            ("Fr.o.m. 2025-05-12, mån och tors", "Ledsagarservice, Nybro kommun (om beviljat)",
             "Träning att åka buss till daglig verksamhet vid tider då bussen är glesare."),
            ("2025-06-02", "Vuxenhabiliteringen Kalmar, arbetsterapeut",
             "Överlämnar de hjälpmedel som provats ut och visar personalen hur de används."),
        ]),
    ]
    for period, items in schedule:
        row = tbl.add_row()
        cant_split(row)
        merged = row.cells[0].merge(row.cells[2])
        cell_text(merged, period, bold=True, size=10)
        shade(merged, "DEEAF6")
        for when, who, what in items:
            r = tbl.add_row()
            cant_split(r)
            cell_text(r.cells[0], when, size=9.5)
            cell_text(r.cells[1], who, size=9.5)
            cell_text(r.cells[2], what, size=9.5)
    set_col_widths(tbl, [3.3, 4.7, 9.0])
    doc.add_paragraph("")
    bold_label(doc, "Huvudansvar:", "LSS-handläggare")
    bold_label(doc, "Nästa uppföljning:")
    save_docx(doc, path(5, "docx"))


# =====================================================================
# 06  .pdf from .docx with a diagonal "KOPIA" watermark and "Sida X av Y"
#     Discharge from psychiatric inpatient care, Västervik -> Vimmerby
# =====================================================================
WATERMARK_XML = (
    '<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
    '<w:pPr><w:pStyle w:val="Header"/></w:pPr><w:r><w:rPr><w:noProof/></w:rPr><w:pict>'
    '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" '
    'path="m@7,l@8,m@5,21600l@6,21600e">'
    '<v:formulas><v:f eqn="sum #0 0 10800"/><v:f eqn="prod #0 2 1"/>'
    '<v:f eqn="sum 21600 0 @1"/><v:f eqn="sum 0 0 @2"/><v:f eqn="sum 21600 0 @3"/>'
    '<v:f eqn="if @0 @3 0"/><v:f eqn="if @0 21600 @1"/><v:f eqn="if @0 0 @2"/>'
    '<v:f eqn="if @0 @4 21600"/><v:f eqn="mid @5 @6"/><v:f eqn="mid @8 @5"/>'
    '<v:f eqn="mid @7 @8"/><v:f eqn="mid @6 @7"/><v:f eqn="sum @6 0 @5"/></v:formulas>'
    '<v:path textpathok="t" o:connecttype="custom" '
    'o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" o:connectangles="270,180,90,0"/>'
    '<v:textpath on="t" fitshape="t"/><v:handles><v:h position="#0,bottomRight" '
    'xrange="6629,14971"/></v:handles><o:lock v:ext="edit" text="t" shapetype="t"/>'
    '</v:shapetype>'
    '<v:shape id="PowerPlusWaterMarkObject1" o:spid="_x0000_s2049" type="#_x0000_t136" '
    'style="position:absolute;margin-left:0;margin-top:0;width:440pt;height:160pt;'
    'rotation:315;z-index:-251657216;mso-position-horizontal:center;'
    'mso-position-horizontal-relative:margin;mso-position-vertical:center;'
    'mso-position-vertical-relative:margin" o:allowincell="f" fillcolor="#bfbfbf" stroked="f">'
    '<v:fill opacity=".5"/><v:textpath style="font-family:&quot;Calibri&quot;;font-size:1pt" '
    'string="KOPIA"/></v:shape></w:pict></w:r></w:p>'
)


def plan06():
    doc = base_doc("Calibri", 11)
    sec = doc.sections[0]
    hdr = sec.header
    hp = hdr.paragraphs[0]
    right_tab(hp, 16.6)
    r = hp.add_run("Region Kalmar län · Vuxenpsykiatrin Västervik")
    r.font.size = Pt(8.5)
    r = hp.add_run("\tUtskrift 2025-03-07")
    r.font.size = Pt(8.5)
    hdr._element.append(parse_xml(WATERMARK_XML))
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Sida ")
    r.font.size = Pt(9)
    add_field(fp, "PAGE", "1", size=9)
    r = fp.add_run(" av ")
    r.font.size = Pt(9)
    add_field(fp, "NUMPAGES", "2", size=9)

    doc.add_heading("SIP inför utskrivning från sluten psykiatrisk vård", level=1)
    doc.add_paragraph("Samordnad individuell plan enligt lag (2017:612) om samverkan vid "
                      "utskrivning från sluten hälso- och sjukvård")
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for row, (a, b) in zip(t.rows, [
            ("Patient", "L., 38 år, ÅÅMMDD-XXXX"),
            ("Hemkommun", "Vimmerby"),
            ("Inskriven", "2025-02-10, Vuxenpsykiatrin Västervik, avdelning 3"),
            ("Planerad utskrivning", "2025-03-12")]):
        cell_text(row.cells[0], a, bold=True, size=10)
        shade(row.cells[0], "F2F2F2")
        cell_text(row.cells[1], b, size=10)
    set_col_widths(t, [4.5, 12.1])

    doc.add_heading("Mötesuppgifter", level=2)
    doc.add_paragraph("Datum: 2025-03-06 kl. 10.00–11.00. Plats: Vuxenpsykiatrin Västervik, "
                      "avdelning 3, med deltagare från Vimmerby via Teams.")
    doc.add_heading("Deltagare", level=2)
    dt = doc.add_table(rows=1, cols=3)
    dt.style = "Table Grid"
    for c, h in zip(dt.rows[0].cells, ("Namn", "Funktion", "Verksamhet")):
        cell_text(c, h, bold=True, size=10)
        shade(c, "DCE6F1")
    for row in [
            ("Karin", "Sjuksköterska, vårdkoordinator", "Vuxenpsykiatrin Västervik, avd 3"),
            ("Per", "Överläkare", "Vuxenpsykiatrin Västervik"),
            ("Sofia", "Sjuksköterska", "Psykiatriska öppenvårdsmottagningen Vimmerby"),
            ("Ahmed", "Socialsekreterare", "Socialtjänsten Vimmerby, vuxenenheten"),
            ("Jenny", "Boendestödjare", "Vimmerby kommun, socialpsykiatrin")]:
        cells = dt.add_row().cells
        for c, v in zip(cells, row):
            cell_text(c, v, size=10)
    set_col_widths(dt, [3.0, 5.3, 8.3])

    doc.add_heading("Frågeställningar", level=2)
    doc.add_paragraph("Diskutera läget inför utskrivning.")
    doc.add_heading("Bakgrund och aktuellt", level=2)
    doc.add_paragraph(
        "L. vårdas sedan 2025-02-10 på avdelning 3 efter en period med svår depression med "
        "psykotiska inslag, sömnlöshet och nedsatt födointag. Hon har tidigare vårdats inneliggande "
        "2022. Under vårdtiden har medicineringen justerats och stämningsläget har successivt "
        "förbättrats. Sömnen är nu 6–7 timmar per natt. Hon har haft permissioner till bostaden "
        "i Vimmerby två helger som enligt personalen fungerat väl. Inga psykotiska symtom har "
        "noterats sedan vecka 8.")
    doc.add_paragraph(
        "Före inläggningen hade L. boendestöd från socialpsykiatrin i Vimmerby två gånger i "
        "veckan och kontakt med öppenvårdsmottagningen. Hon bor ensam i hyreslägenhet. "
        "Ekonomin har tidigare varit ett problem och hyran för februari är obetald.")
    doc.add_heading("Mål", level=2)
    doc.add_paragraph("Målet är att L. ska kunna bo kvar i sin lägenhet efter utskrivningen "
                      "och att en ny inläggning ska kunna undvikas.")
    doc.add_heading("Samtycke", level=2)
    doc.add_paragraph("L. har lämnat skriftligt samtycke 2025-03-05 (blankett \"Samtycke till "
                      "SIP och informationsöverföring\") till att uppgifter lämnas mellan "
                      "Vuxenpsykiatrin Västervik och Vimmerby kommun.")
    doc.add_heading("Insatser efter utskrivning", level=2)
    it = doc.add_table(rows=1, cols=2)
    it.style = "Table Grid"
    for c, h in zip(it.rows[0].cells, ("Insats", "Ansvarig")):
        cell_text(c, h, bold=True, size=10)
        shade(c, "DCE6F1")
    repeat_header(it.rows[0])
    for row in [
            ("Fortsatt kontakt med öppenvården", "Psykiatriska öppenvårdsmottagningen Vimmerby"),
            ("Fortsatt boendestöd", "Vimmerby kommun, socialpsykiatrin"),
            ("Stöd från socialtjänsten vid behov", "Socialtjänsten Vimmerby, vuxenenheten")]:
        cells = it.add_row().cells
        for c, v in zip(cells, row):
            cell_text(c, v, size=10)
    set_col_widths(it, [8.3, 8.3])
    doc.add_heading("Huvudansvar", level=2)
    doc.add_paragraph("Huvudansvarig för planen efter utskrivning: Ahmed, socialsekreterare, "
                      "Socialtjänsten Vimmerby, vuxenenheten.")
    doc.add_heading("Uppföljning", level=2)
    doc.add_paragraph("Uppföljning i april.")
    doc.add_paragraph("")
    doc.add_paragraph("Dokumenterat av: Karin, vårdkoordinator, Vuxenpsykiatrin Västervik")

    tmp = tempfile.mkdtemp(prefix="f104a-")
    src = os.path.join(tmp, f"{PREFIX}-06.docx")
    save_docx(doc, src)
    soffice_pdf(src, tmp)
    shutil.copy(os.path.join(tmp, f"{PREFIX}-06.pdf"), path(6, "pdf"))
    shutil.rmtree(tmp)


# =====================================================================
# 07  .docx one table "Fråga | Svar" (11 rows) + "Bilaga 1 – Insatser"
#     Woman (41) with depression, long sick leave, Emmaboda
# =====================================================================
def plan07():
    doc = base_doc("Calibri", 11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("Emmaboda kommun – Region Kalmar län")
    r.font.size = Pt(8)
    r.font.small_caps = True

    p = doc.add_paragraph()
    r = p.add_run("Samordnad individuell plan (SIP)")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Möte 2025-03-25 kl. 13.00 på Hälsocentralen Emmaboda")

    qa = [
        ("Vem gäller planen?", "J., 41 år, bor i Emmaboda med sina tre barn (8, 11 och 14 år)."),
        ("Varför behövs en SIP?", "Se bilaga 1"),
        ("Vilka frågor ska tas upp på mötet?",
         "Hur kan arbetsträningen läggas upp så att den inte krockar med behandlingen på "
         "hälsocentralen? Hur ska J. klara ekonomin under tiden som hon väntar på besked om "
         "sjukpenning?"),
        ("Vad vill du själv uppnå?",
         "”Jag vill orka jobba halvtid igen till hösten och ha kraft kvar till barnen när jag "
         "kommer hem.”"),
        ("Har du varit med på mötet?", "Nej."),
        ("Vilka insatser behövs?", "Se bilaga 1"),
        ("Vem gör vad och när?", "Se bilaga 1"),
        ("Vad gör andra (FK, AF, närstående m.fl.)?",
         "Försäkringskassan och Arbetsförmedlingen är inkopplade."),
        ("Vem har huvudansvaret för planen?", "Ej bestämt ännu."),
        ("När följs planen upp?", "2025-06-10 kl. 9.00 på Hälsocentralen Emmaboda."),
        ("Vilka deltog?", "Rehabkoordinator, distriktsläkare, arbetshandledare, socialsekreterare"),
    ]
    tbl = doc.add_table(rows=1, cols=2)
    tbl.style = "Table Grid"
    for c, h in zip(tbl.rows[0].cells, ("Fråga", "Svar")):
        cell_text(c, h, bold=True)
        shade(c, "C6E0B4")
    repeat_header(tbl.rows[0])
    for q, a in qa:
        cells = tbl.add_row().cells
        cell_text(cells[0], q, bold=True, size=10.5)
        cell_text(cells[1], a, size=10.5)
    set_col_widths(tbl, [5.5, 11.1])

    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading("Bilaga 1 – Insatser", level=1)
    bt = doc.add_table(rows=1, cols=3)
    bt.style = "Table Grid"
    for c, h in zip(bt.rows[0].cells, ("Insats", "Vem (verksamhet, funktion)", "När")):
        cell_text(c, h, bold=True, size=10)
        shade(c, "C6E0B4")
    for row in [
            ("KBT-samtal för depression, 10 gånger",
             "Hälsocentralen Emmaboda, psykoterapeut",
             "Varannan tisdag fr.o.m. 2025-04-01"),
            ("Läkarbesök, utvärdering av antidepressiv medicinering",
             "Hälsocentralen Emmaboda, distriktsläkare", "2025-04-22"),
            ("Arbetsträning i kommunens second hand-butik, 2 förmiddagar/vecka, utökas efter "
             "bedömning", "Arbetsmarknadsenheten Emmaboda kommun, arbetshandledare",
             "Start vecka 16"),
            ("Beslut om ekonomiskt bistånd april–maj och budgetsamtal",
             "Socialtjänsten Emmaboda, socialsekreterare försörjningsstöd",
             "Beslut 2025-04-04, budgetsamtal 2025-04-10"),
            ("Avstämning mellan psykoterapeut och arbetshandledare om belastningen i "
             "arbetsträningen", "Hälsocentralen Emmaboda, rehabkoordinator", "2025-05-13")]:
        cells = bt.add_row().cells
        for c, v in zip(cells, row):
            cell_text(c, v, size=10)
    set_col_widths(bt, [7.2, 5.4, 4.0])
    save_docx(doc, path(7, "docx"))


# =====================================================================
# 08  NOT a SIP: "Beställning till utförare – hemtjänst", Nybro
# =====================================================================
def plan08():
    doc = base_doc("Arial", 10, margins_cm=2.0)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    right_tab(hp, 17.0)
    r = hp.add_run("NYBRO KOMMUN\tBeställning nr 2025-0311")
    r.bold = True
    r.font.size = Pt(9)
    hp2 = sec.header.add_paragraph()
    r = hp2.add_run("Socialförvaltningen, myndighetsenheten äldreomsorg")
    r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    r = fp.add_run("Beställningen skickas via verksamhetssystemet. Utföraren bekräftar mottagandet "
                   "och upprättar genomförandeplan.")
    r.font.size = Pt(7.5)

    p = doc.add_paragraph()
    r = p.add_run("Beställning till utförare – hemtjänst")
    r.bold = True
    r.font.size = Pt(15)

    t = doc.add_table(rows=5, cols=4)
    t.style = "Table Grid"
    rows = [("Beställare", "Helena, biståndshandläggare", "Utförare", "Hemtjänst Nybro södra"),
            ("Datum", "2025-03-07", "Beslutsdatum", "2025-03-06"),
            ("Brukare", "Ingrid, 87 år", "Personnummer", "ÅÅMMDD-XXXX"),
            ("Lagrum", "SoL 4 kap. 1 §", "Startdatum", "2025-03-10"),
            ("Kontaktperson hos beställaren", "Helena, nås via växeln",
             "Beslut gäller t.o.m.", "2025-09-30")]
    for row, v in zip(t.rows, rows):
        for i, c in enumerate(row.cells):
            cell_text(c, v[i], bold=(i % 2 == 0), size=9)
            if i % 2 == 0:
                shade(c, "EDEDED")
    set_col_widths(t, [3.8, 4.7, 3.8, 4.7])

    doc.add_paragraph("")
    bold_label(doc, "Beviljade insatser")
    it = doc.add_table(rows=1, cols=4)
    it.style = "Table Grid"
    for c, h in zip(it.rows[0].cells, ("Insats", "Omfattning", "Tid på dygnet",
                                        "Beräknad tid/tillfälle")):
        cell_text(c, h, bold=True, size=9)
        shade(c, "D9D9D9")
    for row in [
            ("Personlig omvårdnad: dusch/hygien, på- och avklädning", "1 ggr/dag",
             "Morgon kl. 7.30–9.00", "30 min"),
            ("Måltid: uppvärmning av matlåda och dukning", "2 ggr/dag",
             "Lunch ca 11.30, middag ca 16.30", "15 min"),
            ("Tillsyn och hjälp att göra sig i ordning för natten", "1 ggr/dag",
             "Kväll kl. 20.00–21.00", "20 min"),
            ("Inköp av dagligvaror", "1 ggr/vecka", "Dagtid, enligt överenskommelse", "45 min"),
            ("Städning", "Var 3:e vecka", "Dagtid", "60 min"),
            ("Trygghetslarm", "Dygnet runt", "–", "Larmåtgärd vid behov")]:
        cells = it.add_row().cells
        for c, v in zip(cells, row):
            cell_text(c, v, size=9)
    set_col_widths(it, [7.0, 2.8, 4.4, 2.8])

    doc.add_paragraph("")
    bold_label(doc, "Bakgrund och behov (från utredningen)")
    doc.add_paragraph(
        "Ingrid bor ensam i lägenhet på andra våningen med hiss. Hon har hjärtsvikt och nedsatt "
        "syn och har blivit tröttare under vintern. Hon vill bo kvar hemma. Hon klarar att ta sig "
        "till toaletten själv med rollator men behöver hjälp med dusch och påklädning. Sonen "
        "bor i Kalmar och hjälper till med ekonomin.")
    bold_label(doc, "Mål med insatserna")
    doc.add_paragraph("Att Ingrid ska kunna bo kvar i sin lägenhet med trygghet och få sina "
                      "grundläggande behov tillgodosedda.")
    bold_label(doc, "Uppdrag till utföraren")
    for s in [
            "Upprätta genomförandeplan tillsammans med Ingrid inom 14 dagar från start.",
            "Meddela beställaren om behoven förändras eller om insatserna inte kan utföras.",
            "Rapportera till hemsjukvården om tecken på försämring (andfåddhet, svullna ben).",
    ]:
        doc.add_paragraph(s, style="List Bullet")
    bold_label(doc, "Övrigt")
    doc.add_paragraph(
        "Ingrid har hemsjukvård via Hälsocentralen Nybro för läkemedelshantering (dosett "
        "delas av distriktssköterska en gång per vecka). Nyckel finns i nyckelgömma, kod lämnas "
        "muntligt. Uppföljning av beslutet görs av handläggaren senast 2025-06-10.")
    doc.add_paragraph("")
    doc.add_paragraph("Helena\nBiståndshandläggare, Nybro kommun")
    save_docx(doc, path(8, "docx"))


PLANS = [plan01, plan02, plan03, plan04, plan05, plan06, plan07, plan08]

if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    import sys
    only = {int(a) for a in sys.argv[1:]}
    for i, fn in enumerate(PLANS, 1):
        if only and i not in only:
            continue
        fn()
        print("wrote", fn.__name__)
