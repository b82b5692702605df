#!/usr/bin/env python
"""Generate the f30a batch of fictional, anonymized SIP plans into plans/.

Run with python generate_a.py
Deterministic: fixed dates, no randomness; .docx zips get fixed timestamps.
"""
import datetime
import os
import shutil
import subprocess
import tempfile
import textwrap
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f30a"
FIXED_DT = datetime.datetime(2025, 3, 6, 12, 0, 0)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def out(n, ext):
    return os.path.join(OUT, f"{PREFIX}-{n:02d}.{ext}")


# ---------------------------------------------------------------- docx helpers
def new_doc(author="", font="Calibri", size=11):
    doc = Document()
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)  # A4
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
    return doc


def save_docx(doc, path):
    """Save, then rewrite the zip with fixed timestamps (deterministic bytes)."""
    tmp = path + ".tmp"
    doc.save(tmp)
    with zipfile.ZipFile(tmp) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 3, 6, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = item.external_attr
            zout.writestr(zi, data)
    os.remove(tmp)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    h.set(qn("w:val"), "true")
    trPr.append(h)


def cant_split(row):
    trPr = row._tr.get_or_add_trPr()
    c = OxmlElement("w:cantSplit")
    c.set(qn("w:val"), "true")
    trPr.append(c)


def set_col_widths(table, widths_cm):
    table.autofit = False
    tbl = table._tbl
    grid = tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        if i < len(widths_cm):
            gc.set(qn("w:w"), str(int(widths_cm[i] * 567)))
    for row in table.rows:
        for i, cell in enumerate(row.cells):
            if i < len(widths_cm):
                cell.width = Cm(widths_cm[i])


def add_field(paragraph, instr, placeholder="1", size=None):
    """Insert a complex field (PAGE, NUMPAGES) into a paragraph."""
    def r(el_name=None, text=None, fld=None):
        run = paragraph.add_run()
        if size:
            run.font.size = size
        if fld is not None:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), fld)
            run._r.append(fc)
        if el_name == "instr":
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = f" {instr} "
            run._r.append(it)
        if text is not None:
            run.text = text
        return run
    r(fld="begin")
    r(el_name="instr")
    r(fld="separate")
    r(text=placeholder)
    r(fld="end")


def para(container, text="", bold=False, size=None, italic=False, color=None,
         align=None, space_after=None, style=None, small_caps=False):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        run = p.add_run(text)
        run.bold = bold
        run.italic = italic
        run.font.small_caps = small_caps
        if size:
            run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def cell_text(cell, text, bold=False, size=None, color=None, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        run = p.add_run(line)
        run.bold = bold
        run.italic = italic
        if size:
            run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)
        p.paragraph_format.space_after = Pt(0)
    return cell


def boxed_field(cell, label, value, label_size=7, value_size=9.5):
    """Record-system style: small grey label on top, value below."""
    cell.text = ""
    p = cell.paragraphs[0]
    run = p.add_run(label)
    run.font.size = Pt(label_size)
    run.font.color.rgb = RGBColor.from_string("595959")
    p.paragraph_format.space_after = Pt(1)
    for line in (value.split("\n") if value else [""]):
        q = cell.add_paragraph()
        rr = q.add_run(line)
        rr.font.size = Pt(value_size)
        q.paragraph_format.space_after = Pt(1)


def soffice_pdf(docx_path, pdf_target):
    outdir = tempfile.mkdtemp(prefix="f30a-conv-")
    cmd = ["soffice", f"-env:UserInstallation=file:///tmp/lo-{PREFIX}", "--headless",
           "--convert-to", "pdf", "--outdir", outdir, docx_path]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=240)
    produced = os.path.join(outdir, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
    shutil.move(produced, pdf_target)
    shutil.rmtree(outdir, ignore_errors=True)


# =============================================================== plan 01
def plan01():
    """Record-system print (Vårdia) converted with LibreOffice; man 52, depression, Köping."""
    doc = new_doc(author="Vårdia", font="Arial", size=9.5)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.6)
    sec.top_margin = Cm(2.4)
    sec.bottom_margin = Cm(1.8)
    sec.header_distance = Cm(0.8)

    # page header: system name, print date, page x (y)
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(9.0), WD_TAB_ALIGNMENT.CENTER)
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(17.8), WD_TAB_ALIGNMENT.RIGHT)
    r = hp.add_run("VÅRDIA  ")
    r.bold = True
    r.font.size = Pt(9)
    r = hp.add_run("Region Västmanland\tUtskriftsdatum: 2025-03-06 14:22\tSida ")
    r.font.size = Pt(8)
    add_field(hp, "PAGE", "1", size=Pt(8))
    r = hp.add_run(" (")
    r.font.size = Pt(8)
    add_field(hp, "NUMPAGES", "2", size=Pt(8))
    r = hp.add_run(")")
    r.font.size = Pt(8)
    hp2 = sec.header.add_paragraph()
    hp2.paragraph_format.tab_stops.add_tab_stop(Cm(17.8), WD_TAB_ALIGNMENT.RIGHT)
    r = hp2.add_run("Patient: S.  ÅÅMMDD-XXXX\tDokument: Samordnad individuell plan (SIP)")
    r.font.size = Pt(8)
    r.font.color.rgb = RGBColor.from_string("404040")
    # bottom border under header
    pPr = hp2._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    b.set(qn("w:val"), "single")
    b.set(qn("w:sz"), "6")
    b.set(qn("w:space"), "1")
    b.set(qn("w:color"), "000000")
    bdr.append(b)
    pPr.append(bdr)

    fp = sec.footer.paragraphs[0]
    r = fp.add_run("Utskriven av: Karin, rehabkoordinator, Vårdcentralen Köping. "
                   "Utskrift ur journalsystem – originalet finns i Vårdia.")
    r.font.size = Pt(7)
    r.font.color.rgb = RGBColor.from_string("595959")

    para(doc, "Samordnad individuell plan (SIP)", bold=True, size=13, space_after=2)
    para(doc, "Mall: SIP vuxen – Region Västmanland/kommunerna i Västmanlands län",
         size=7.5, color="595959", space_after=6)

    grid = doc.add_table(rows=3, cols=4)
    grid.style = "Table Grid"
    cells = [
        ("Namn", "S."), ("Personnummer", "ÅÅMMDD-XXXX"), ("Folkbokförd kommun", "Köping"),
        ("Planens status", "Aktiv"),
        ("Mötesdatum", "2025-03-04"), ("Mötesplats", "Vårdcentralen Köping, samtalsrum 2"),
        ("Typ av plan", "Ny plan"), ("Version", "1"),
        ("Upprättad av", "Karin, rehabkoordinator"), ("Enhet", "Vårdcentralen Köping"),
        ("Huvudman", "Region Västmanland"), ("Senast ändrad", "2025-03-05"),
    ]
    for i, (lab, val) in enumerate(cells):
        boxed_field(grid.rows[i // 4].cells[i % 4], lab, val)
    set_col_widths(grid, [4.45, 4.45, 4.45, 4.45])

    def wide_box(label, value):
        t = doc.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        boxed_field(t.rows[0].cells[0], label, value)
        set_col_widths(t, [17.8])
        sp = doc.add_paragraph()
        sp.paragraph_format.space_after = Pt(0)
        sp.paragraph_format.line_spacing = Pt(4)
        return t

    doc.add_paragraph().paragraph_format.space_after = Pt(0)
    wide_box("Bakgrund",
             "S. är 52 år, bor i Köping med hustru och en son som är 17 år. Arbetar sedan "
             "många år som truckförare på ett lager i Köping. Sjukskriven på heltid sedan "
             "2024-06-10 för depression (F32.1). Har provat SSRI med viss effekt och gick i "
             "samtal på vårdcentralen under hösten men avbröt. Sömnen är fortfarande dålig och "
             "han orkar lite. Sjukpenningen har passerat dag 180 och Försäkringskassan har "
             "begärt avstämningsmöte. S. har även skulder efter en period med nedsatt inkomst "
             "och har själv sökt kontakt med socialtjänsten i Köping. ")
    wide_box("Syfte med SIP",
             "Syftet med SIP är att vårdcentralens behandling, kommunens stöd och "
             "Försäkringskassans handläggning ska samordnas så att S. kan påbörja en stegvis "
             "återgång i arbete under våren 2025 och inte behöver berätta samma sak för alla "
             "aktörer.")
    wide_box("Frågeställningar inför mötet", "")
    wide_box("Den enskildes mål",
             "Målet är att S. ska återgå i arbete på 25 % senast 2025-05-01 och därefter "
             "öka successivt. Delmål: förbättrad sömn och daglig fysisk aktivitet.")
    wide_box("Den enskildes delaktighet och synpunkter",
             "S. deltog under hela mötet. Han framförde att han önskar att besöken samlas till "
             "två dagar i veckan eftersom han blir mycket trött efter varje möte, och att han "
             "vill att arbetsgivaren får information om planen via rehabkoordinatorn och inte "
             "direkt från Försäkringskassan.")

    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    boxed_field(t.rows[0].cells[0], "Samtycke till SIP och informationsutbyte",
                "☒ Samtycke finns     ☐ Samtycke saknas")
    boxed_field(t.rows[0].cells[1], "Samordningsansvar / huvudansvarig för planen",
                "Karin, rehabkoordinator, Vårdcentralen Köping (Region Västmanland)")
    set_col_widths(t, [7.8, 10.0])

    para(doc, "Deltagare", bold=True, size=10, space_after=2).paragraph_format.space_before = Pt(8)
    dt = doc.add_table(rows=1, cols=3)
    dt.style = "Table Grid"
    for i, h in enumerate(["Namn", "Funktion", "Verksamhet/organisation"]):
        cell_text(dt.rows[0].cells[i], h, bold=True, size=8.5)
        shade(dt.rows[0].cells[i], "D9D9D9")
    for row in [
        ("S.", "Den enskilde", "–"),
        ("Karin", "Rehabkoordinator, sammankallande", "Vårdcentralen Köping, Region Västmanland"),
        ("Per", "Distriktsläkare", "Vårdcentralen Köping, Region Västmanland"),
        ("Yasmin", "Psykoterapeut (KBT)", "Vårdcentralen Köping, Region Västmanland"),
        ("Helena", "Socialsekreterare", "Vuxenenheten, IFO, Köpings kommun"),
        ("Mats", "Handläggare", "Försäkringskassan, lokalt försäkringscenter Västerås"),
    ]:
        rc = dt.add_row().cells
        for i, v in enumerate(row):
            cell_text(rc[i], v, size=8.5)
    set_col_widths(dt, [3.0, 6.0, 8.8])

    para(doc, "Planerade åtgärder", bold=True, size=10, space_after=2).paragraph_format.space_before = Pt(8)
    at = doc.add_table(rows=1, cols=4)
    at.style = "Table Grid"
    hdr = ["Nr", "Insats/åtgärd", "Ansvarig (verksamhet, funktion)", "När/frekvens"]
    for i, h in enumerate(hdr):
        cell_text(at.rows[0].cells[i], h, bold=True, size=8.5)
        shade(at.rows[0].cells[i], "D9D9D9")
    repeat_header(at.rows[0])
    actions = [
        ("KBT-behandling för depression, 12 sessioner med fokus på aktivering och sömn.",
         "Psykoterapeut, Vårdcentralen Köping", "Start 2025-03-11, tisdagar varje vecka"),
        ("Läkemedelsuppföljning (sertralin), bedömning av arbetsförmåga och förlängning av "
         "sjukintyg.", "Distriktsläkare, Vårdcentralen Köping",
         "2025-03-25, därefter var 6:e vecka"),
        ("Rehabkoordinering: kontakt med arbetsgivaren om anpassade arbetsuppgifter och "
         "schema för upptrappning.", "Rehabkoordinator, Vårdcentralen Köping",
         "Samtal med arbetsgivaren 2025-03-20"),
        ("Avstämningsmöte med S., arbetsgivare, rehabkoordinator och läkare om plan för "
         "återgång i arbete.", "Handläggare, Försäkringskassan", "2025-04-08 kl. 10.00"),
        ("Bedömning av rätt till sjukpenning vid deltid och eventuell arbetslivsinriktad "
         "rehabilitering.", "Handläggare, Försäkringskassan", "Beslut senast 2025-04-30"),
        ("Stödsamtal och hjälp med struktur i vardagen (veckoschema, kontakter med "
         "myndigheter).", "Socialsekreterare, Vuxenenheten IFO Köpings kommun",
         "Varannan torsdag från 2025-03-13"),
        ("Budget- och skuldrådgivning, genomgång av skulder och ev. ansökan om "
         "skuldsanering.", "Kommunen", ""),
        ("Fysisk aktivitet på recept (FaR): promenad 30 minuter per dag, S. för egen "
         "aktivitetsdagbok.", "S. själv; FaR förskrivs av fysioterapeut, Vårdcentralen Köping",
         "Från 2025-03-10, dagligen"),
        ("Arbetsplatsbesök för genomgång av arbetsuppgifter som kan utföras på 25 %.",
         "Närmaste chef hos arbetsgivaren tillsammans med rehabkoordinator",
         "Vecka 16 (14–17 april 2025)"),
        ("Erbjudande om anhörigsamtal till hustrun.", "Anhörigkonsulent, Köpings kommun",
         "Första samtal 2025-03-27"),
        ("Sömnskola i grupp, fyra träffar.", "Distriktssköterska, Vårdcentralen Köping",
         "Onsdagar 2025-04-02 – 2025-04-23"),
    ]
    for n, (a, who, when) in enumerate(actions, 1):
        row = at.add_row()
        cant_split(row)
        rc = row.cells
        cell_text(rc[0], str(n), size=8.5)
        cell_text(rc[1], a, size=8.5)
        cell_text(rc[2], who, size=8.5)
        cell_text(rc[3], when, size=8.5)
    set_col_widths(at, [0.9, 7.6, 5.3, 4.0])

    doc.add_paragraph().paragraph_format.space_after = Pt(0)
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    boxed_field(t.rows[0].cells[0], "Uppföljning av planen",
                "Vecka 19 (maj 2025). Huvudansvarig skickar kallelse till samtliga deltagare.")
    boxed_field(t.rows[0].cells[1], "Plan delges",
                "S. fick planen i pappersform. Kopia till deltagarna via säker e-post/brev.")
    set_col_widths(t, [10.0, 7.8])

    p = para(doc, "Dokumentet är elektroniskt signerat av Karin, rehabkoordinator, 2025-03-05 09:41.",
             size=7.5, color="595959")
    p.paragraph_format.space_before = Pt(8)

    tmp = tempfile.mkdtemp(prefix="f30a-")
    docx_path = os.path.join(tmp, f"{PREFIX}-01.docx")
    save_docx(doc, docx_path)
    soffice_pdf(docx_path, out(1, "pdf"))
    shutil.rmtree(tmp, ignore_errors=True)


# =============================================================== plan 02
def wrap(text, width=72, indent=""):
    return textwrap.fill(text, width=width, initial_indent=indent,
                         subsequent_indent=indent, break_on_hyphens=False)


def plan02():
    """TXT UTF-8, SIP vid utskrivning from a medical ward; woman 85, hip fracture, Sala."""
    L = []
    L.append("SIP VID UTSKRIVNING")
    L.append("Utskrift från vårdplaneringsstödet, Region Västmanland")
    L.append("=" * 72)
    L.append("Patient:               Greta, 85 år")
    L.append("Personnummer:          XXXXXX-XXXX")
    L.append("Hemkommun:             Sala")
    L.append("Inskrivande enhet:     Medicinavdelning 72 (geriatrik),")
    L.append("                       Västmanlands sjukhus Västerås")
    L.append("Inskriven:             2025-01-18")
    L.append("Utskrivningsklar:      2025-01-31")
    L.append("Planerad hemgång:      2025-02-03")
    L.append("Planeringsmöte:        2025-01-29, avdelningens dagrum, kommunen via Teams")
    L.append("")
    L.append("AKTUELLT")
    L.append(wrap(
        "Greta föll i hemmet 2025-01-15 och opererades för höftfraktur vänster sida "
        "(cervikal fraktur, halvprotes) på ortopeden 2025-01-16. Flyttad till "
        "medicinavdelning 72 för fortsatt vård p.g.a. förvirring och blodbrist efter "
        "operationen. Förvirringen har gått över. Går med rollator med stöd av en person, "
        "klarar förflyttning säng–stol själv. Bor ensam i lägenhet på andra våningen med "
        "hiss. Hade före fallet ingen hemtjänst. Diabetes typ 2, hjärtsvikt, lätt "
        "nedsatt syn."))
    L.append("")
    L.append("PATIENTENS MÅL OCH SYNPUNKTER")
    L.append(wrap(
        "Greta deltog i planeringsmötet på avdelningen. Hon säger: \"Jag vill bo kvar "
        "hemma och klara att gå ner till brevlådan själv igen.\" Hon vill helst ha "
        "hemtjänst så få gånger som möjligt och vill inte att personalen kommer innan "
        "kl. 8 på morgonen."))
    L.append("")
    L.append("Samtycke:              Muntligt samtycke till SIP och informations-")
    L.append("                       överföring lämnat av patienten 2025-01-29.")
    L.append("")
    L.append("Fast vårdkontakt:      Distriktssköterska, Vårdcentralen Sala")
    L.append("Samordningsansvarig:   Sala kommun")
    L.append("")
    L.append("Planerade insatser efter utskrivning:")
    ins = [
        "Hemtjänst Sala norra – morgon och kväll – från 2025-02-03",
        "Hemtjänst Sala norra – inköp och städning varannan vecka – från 2025-02-07",
        "Trygghetslarm, biståndshandläggare Sala kommun – installeras 2025-02-03",
        "Hemsjukvård Sala kommun, sjuksköterska – dosett och blodsocker en gång/vecka "
        "– från 2025-02-04",
        "Arbetsterapeut Sala kommun – toalettförhöjning, duschpall, rollator inomhus – "
        "levereras 2025-02-03",
        "Hemrehab Sala, fysioterapeut – gång- och trappträning i hemmet – start enligt "
        "överenskommelse",
        "Vårdcentralen Sala, läkare – läkemedelsgenomgång och kontroll av Hb – "
        "2025-02-17",
        "Ortopedmottagningen Västerås – röntgenkontroll höft – 2025-03-04",
    ]
    for i in ins:
        L.append(textwrap.fill(i, width=72, initial_indent="  ", subsequent_indent="    ",
                               break_on_hyphens=False))
    L.append("")
    L.append("Läkemedel vid utskrivning: se läkemedelsberättelse.")
    L.append("")
    L.append("Deltagare vid planeringen:")
    L.append("  Greta")
    L.append("  Lisa")
    L.append("  Ahmed")
    L.append("  Anneli")
    L.append("  Jonas")
    L.append("")
    L.append("Uppföljning av SIP:    Inom två veckor efter hemkomst, i hemmet.")
    L.append("")
    L.append("Dokumenterat av:       Sjuksköterska avd 72, 2025-01-29 15:10")
    L.append("-" * 72)
    text = "\n".join(L) + "\n"
    with open(out(2, "txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# =============================================================== plan 03
def plan03():
    """DOCX landscape, numbered capital headings as bold paragraphs; girl 15, ADHD, Hallstahammar."""
    doc = new_doc(author="Elevhälsan Parkskolan", font="Calibri", size=11)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(25.7), WD_TAB_ALIGNMENT.RIGHT)
    r = hp.add_run("Hallstahammars kommun – Barn- och utbildningsförvaltningen\tSEKRETESS enl. OSL 23 kap.")
    r.font.size = Pt(8)

    para(doc, "SAMORDNAD INDIVIDUELL PLAN (SIP)", bold=True, size=16, space_after=4)
    info = doc.add_table(rows=2, cols=4)
    info.style = "Table Grid"
    vals = [("Elev", "E., 15 år, åk 9"), ("Skola", "Parkskolan, Hallstahammar"),
            ("Datum för mötet", "2025-01-09"), ("Plats", "Parkskolan, elevhälsans rum"),
            ]
    for i, (lab, val) in enumerate(vals):
        c = info.rows[i // 2].cells[(i % 2) * 2]
        cell_text(c, lab, bold=True, size=10)
        shade(c, "EDEDED")
        cell_text(info.rows[i // 2].cells[(i % 2) * 2 + 1], val, size=10)
    set_col_widths(info, [3.5, 9.35, 3.5, 9.35])
    para(doc, "")

    def h(text):
        p = para(doc, text, bold=True, size=12, space_after=3)
        p.paragraph_format.space_before = Pt(8)
        p.paragraph_format.keep_with_next = True

    h("1. BAKGRUND")
    para(doc,
         "E. går i årskurs 9 på Parkskolan. Hon fick diagnosen ADHD av BUP Västerås i maj 2023 "
         "och har sedan dess medicin (metylfenidat). Under höstterminen 2024 var närvaron "
         "ca 45 %, med mest frånvaro på förmiddagarna och i matematik och svenska. E. har "
         "svårt att komma i säng på kvällarna och att komma iväg på morgonen. Hon har "
         "underkänt i fyra ämnen efter HT. Mamma har ensam vårdnad. Familjen har haft "
         "kontakt med socialtjänsten (IFO barn och unga) sedan oktober 2024 efter en "
         "orosanmälan från skolan om den höga frånvaron.")
    h("2. FRÅGESTÄLLNINGAR")
    para(doc, "Diskutera läget i skolan och hemma.")
    h("3. MÅL")
    para(doc,
         "Målet är att E. ska ha minst 80 % närvaro under vårterminen 2025 och nå godkända "
         "betyg i svenska, engelska och matematik så att hon blir behörig till gymnasiet.")
    para(doc, "E. deltog i mötet tillsammans med sin mamma.")
    h("4. INSATSER")
    tbl = doc.add_table(rows=1, cols=4)
    tbl.style = "Table Grid"
    for i, t in enumerate(["Aktivitet", "Utförare", "Tidsram", "Uppföljs av"]):
        cell_text(tbl.rows[0].cells[i], t, bold=True, size=10)
        shade(tbl.rows[0].cells[i], "BDD7EE")
    repeat_header(tbl.rows[0])
    rows = [
        ("Anpassat schema: senare start kl. 9.40 måndag, onsdag och fredag. Mentor möter upp "
         "vid entrén.", "Mentor, Parkskolan", "Från v. 3 t.o.m. v. 12", "Rektor, Parkskolan"),
        ("Samtal om närvaro, sömn och mående, 30 minuter.", "Skolkurator, Parkskolan",
         "Varje måndag från 2025-01-13", "Elevhälsoteamet, Parkskolan"),
        ("Extra studiestöd i matematik och svenska i liten grupp.", "Speciallärare, Parkskolan",
         "Tisdag och torsdag från 2025-01-14", "Mentor, Parkskolan"),
        ("Medicinuppföljning och bedömning av dosering, sömnråd.", "Läkare, BUP Västerås",
         "", "Sjuksköterska, BUP Västerås"),
        ("Föräldrastöd i grupp för föräldrar till barn med ADHD (6 träffar).",
         "Familjestödet, Hallstahammars kommun", "Start 2025-02-05, onsdagar",
         "Socialsekreterare, IFO barn och unga"),
        ("Samtalskontakt enligt beslut om bistånd (SoL 4 kap. 1 §), fokus på "
         "vardagsrutiner.", "Socialsekreterare, IFO barn och unga, Hallstahammars kommun",
         "Varannan vecka från 2025-01-20", "Enhetschef IFO"),
        ("Studie- och yrkesvägledning inför gymnasievalet.", "SYV, Parkskolan",
         "Senast 2025-01-31", "Mentor, Parkskolan"),
    ]
    for row in rows:
        rc = tbl.add_row().cells
        for i, v in enumerate(row):
            cell_text(rc[i], v, size=10)
    set_col_widths(tbl, [10.2, 6.0, 4.8, 4.7])
    para(doc, "")
    para(doc, "Vårdnadshavare är delaktig i planen.")
    h("5. UPPFÖLJNING")
    para(doc, "Uppföljande SIP-möte 2025-03-18 kl. 13.00 på Parkskolan.")
    h("6. DELTAGARE")
    dt = doc.add_table(rows=1, cols=3)
    dt.style = "Table Grid"
    for i, t in enumerate(["Namn", "Funktion", "Verksamhet"]):
        cell_text(dt.rows[0].cells[i], t, bold=True, size=10)
        shade(dt.rows[0].cells[i], "BDD7EE")
    for row in [
        ("E.", "Elev", "–"),
        ("[namn]", "Vårdnadshavare (mamma)", "–"),
        ("Sara", "Skolkurator", "Parkskolan, Hallstahammars kommun"),
        ("Mikael", "Mentor", "Parkskolan, Hallstahammars kommun"),
        ("Josefin", "Sjuksköterska", "BUP Västerås, Region Västmanland"),
        ("Ali", "Socialsekreterare", "IFO barn och unga, Hallstahammars kommun"),
    ]:
        rc = dt.add_row().cells
        for i, v in enumerate(row):
            cell_text(rc[i], v, size=10)
    set_col_widths(dt, [5.0, 8.0, 12.7])
    save_docx(doc, out(3, "docx"))


# =============================================================== plan 04
def plan04():
    """DOCX written to the child; boy 10 with autism, Arboga."""
    doc = new_doc(author="Ekbackeskolan", font="Verdana", size=11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    for lvl, size, color in ((1, 20, "1F4E79"), (2, 14, "2E75B6")):
        st = doc.styles[f"Heading {lvl}"]
        st.font.name = "Verdana"
        st.font.size = Pt(size)
        st.font.color.rgb = RGBColor.from_string(color)
        rpr = st.element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts")
            rpr.append(rf)
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rf.set(qn(a), "Verdana")
    fp = sec.footer.paragraphs[0]
    r = fp.add_run("SIP – Liam, 10 år – möte 2025-03-05 – Arboga kommun och Region Västmanland")
    r.font.size = Pt(8)
    r.font.color.rgb = RGBColor.from_string("7F7F7F")

    doc.add_heading("Det här är din plan, Liam", level=1)
    para(doc, "Samordnad individuell plan (SIP). Vi träffades onsdag 5 mars 2025 på "
              "Ekbackeskolan i Arboga.", italic=True, size=10)

    doc.add_heading("Varför har vi det här mötet?", level=2)
    para(doc, "Vi har träffats för att du ska få det lugnare på rasterna och inte bli så trött "
              "efter skolan att det blir bråk hemma på kvällarna. Vi vill att skolan, fritids, "
              "BUP och kommunen gör på samma sätt, så att du vet vad som ska hända.")
    para(doc, "De här frågorna pratade vi om:")
    for q in ["Hur kan rasterna bli lugnare för dig?",
              "Vad kan du göra när det blir för mycket ljud i klassrummet?",
              "Behöver familjen mer hjälp på eftermiddagar och helger?"]:
        para(doc, q, style="List Bullet")

    doc.add_heading("Det här är viktigt för mig", level=2)
    para(doc, "Det här sa du på mötet:", size=10, italic=True)
    for q in ["”Jag vill ha en lugn plats på rasten där ingen stör mig.”",
              "”Jag vill veta vad som händer innan det händer.”",
              "”Jag vill spela Minecraft med Elias på fritids.”"]:
        para(doc, q, style="List Bullet")
    para(doc, "Du var med på mötet i början, tillsammans med mamma och pappa. Sedan gick du "
              "till fritids och mamma och pappa stannade kvar. Du tyckte att det var bra att "
              "mötet var i ditt klassrum och att det fanns saft.")

    doc.add_heading("Det här ska vi göra", level=2)
    todo = [
        "Din lärare gör ett bildschema för hela skoldagen som sitter på din bänk. "
        "Det är klart måndag 10 mars.",
        "Fritids på Ekbackeskolan gör i ordning ett lugnt rum med kuddar och lego som du får "
        "vara i på rasterna. Det börjar 17 mars.",
        "Psykologen på BUP Västerås träffar dig och mamma eller pappa varannan "
        "onsdag från 12 mars. Ni pratar om hur du kan märka när du börjar bli arg eller trött.",
        "LSS-handläggaren i Arboga kommun tittar på om familjen kan få en kontaktperson "
        "eller korttidsvistelse. Handläggaren ger besked senast 30 april.",
        "Du får använda hörselkåpor i klassrummet.",
    ]
    for t in todo:
        para(doc, t, style="List Bullet")
    para(doc, "Mamma och pappa är med och hjälper till hemma.")

    doc.add_heading("Vi som var med", level=2)
    para(doc, "Du, mamma, pappa, Anna, Sofia, Karim och Maja.")

    doc.add_heading("När ses vi igen?", level=2)
    para(doc, "Tisdag 20 maj 2025 klockan 14.00, i ditt klassrum på Ekbackeskolan. "
              "Då pratar vi om hur det har gått.")

    doc.add_heading("Sammankallande och huvudansvarig", level=2)
    para(doc, "Maja, rektor på Ekbackeskolan, Arboga kommun. Det är Maja som bjuder in till "
              "nästa möte och som håller ihop planen.")
    save_docx(doc, out(4, "docx"))


# =============================================================== plan 05
def plan05():
    """Markdown meeting minutes in prose; woman 30, eating disorder and self-harm, Västerås."""
    md = """# Minnesanteckningar – nätverksmöte/SIP

**Datum:** 2025-02-20, kl. 13.00–14.30
**Plats:** Vuxenpsykiatrin Västerås, psykiatrisk öppenvård, mötesrum Linden
**Antecknat av:** Hanna, sjuksköterska

Närvarande vid mötet var M. själv, Hanna som är sjuksköterska och M:s behandlare på \
Ätstörningsenheten, Vuxenpsykiatrin Västerås, Peter som är överläkare på samma enhet, Lotta \
som är socialsekreterare på Vuxenenheten, Individ- och familjeomsorgen i Västerås stad, Emir \
som är boendestödjare på Socialpsykiatrin i Västerås stad och Rebecka som är dietist på \
Ätstörningsenheten. M. hade bett om att mötet skulle vara kort och att vi skulle börja med \
det som gäller boendet.

Mötet hölls för att samordna ätstörningsbehandlingen och kommunens boendestöd nu när M. har \
skrivits ut från heldygnsvården (avdelning 21) den 31 januari och bor ensam i sin lägenhet \
igen, så att stödet hänger ihop både dagtid och kvällstid. Inför mötet hade M. och Hanna \
skrivit ner två frågor: vem M. ska vända sig till kvällstid när hon får starka impulser att \
skada sig, och hur måltidsstödet ska fungera på helgerna när öppenvården är stängd.

M. berättade att det har gått bättre än hon trodde med maten på vardagarna men att helgerna \
är svåra. Hon har skadat sig två gånger sedan utskrivningen, båda gångerna en fredagskväll. \
M. sa att hennes mål är att kunna äta lunch tillsammans med kollegorna igen och att få längre \
perioder utan självskada. Hon önskade att boendestödet kommer på förmiddagarna i stället för \
på eftermiddagarna, eftersom hon är som tröttast efter klockan 15, och att det helst är \
samma person varje gång.

Vi kom överens om följande. Hanna bokar in måltidsstöd på Ätstörningsenheten tisdagar och \
torsdagar kl. 11.30 med start den 4 mars, och fortsätter de individuella samtalen varje \
måndag. Rebecka gör en ny måltidsplan tillsammans med M. vid besöket den 27 februari, med \
särskilda förslag för helgerna. Peter ser över medicineringen och gör en ny suicidriskbedömning \
vid läkarbesöket den 12 mars. Emir kommer hem till M. måndag, onsdag och fredag förmiddag från \
vecka 10, och på fredagarna går de tillsammans igenom planen för helgen. Lotta fattar beslut \
om utökat boendestöd (från två till tre tillfällen i veckan) senast den 28 februari. Kring \
kvällarna blev det ingen färdig lösning, men Regionen ska se över möjligheten till DBT-grupp \
och telefonstöd kvällstid.

Huvudansvaret för planen ligger kvar hos Vuxenpsykiatrin. Vi ses igen i början av april, \
Hanna skickar kallelse till alla.
"""
    # Markdown line continuation: join the backslash-newlines into long lines like an editor would
    md = md.replace("\\\n", "")
    with open(out(5, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# =============================================================== plan 06
def plan06():
    """TXT Windows-1252 with CRLF; young man 19 with psychosis, Fagersta."""
    L = []
    L.append("SAMORDNAD INDIVIDUELL PLAN (SIP)")
    L.append("Fagersta kommun / Region Västmanland")
    L.append("")
    L.append("Gäller:        K., 19 år")
    L.append("Personnummer:  ÅÅMMDD-XXXX")
    L.append("Mötesdatum:    2025-01-14")
    L.append("Plats:         Psykiatrisk öppenvård Fagersta")
    L.append("")
    L.append("BAKGRUND")
    L.append(wrap(
        "K. insjuknade i en första psykos i april 2024 och vårdades på psykiatrisk "
        "heldygnsvård i Västerås i fem veckor. Sedan dess har han kontakt med "
        "psykiatrisk öppenvård i Fagersta och får depåinjektion. Han bor hos sin mamma. "
        "Han avbröt gymnasiet (el- och energiprogrammet) i åk 3 och har inte haft någon "
        "sysselsättning sedan i höstas. Har aktivitetsersättning sedan 2024-11-01. "
        "Rösterna har minskat men han har svårt med sömnen och undviker att gå ut.", 76))
    L.append("")
    L.append("SYFTE")
    L.append("Samordning.")
    L.append("")
    L.append("FRÅGOR INFÖR MÖTET")
    L.append("-")
    L.append("")
    L.append("VAD VILL DU?")
    L.append(wrap("\"Jag vill ha en egen lägenhet och gå klart gymnasiet. Och jag vill inte "
                  "behöva berätta allt från början för varje ny person.\"", 76))
    L.append("")
    L.append("VAD TYCKER DU OM PLANEN?")
    L.append(wrap(
        "K. var med på hela mötet, med sin mamma. Han tycker att det är för många nya "
        "människor och vill helst träffa samma personer. Han vill inte ha boendestöd på "
        "morgonen. Han tycker att det är bra att få gå på Komvux på distans i början.", 76))
    L.append("")
    L.append("SAMTYCKE")
    L.append("Får vi prata med varandra om dig? – Ja, sa du på mötet 2025-01-14.")
    L.append("Du kan ändra dig när du vill.")
    L.append("")
    L.append("VAD SKA HÄNDA? (INSATSER)")
    bullets = [
        "Kurator på VUP (vuxenpsykiatrin, psykiatrisk öppenvård Fagersta) träffar K. "
        "varannan tisdag från v. 4.",
        "Psykiatrisjuksköterska på psykiatrisk öppenvård Fagersta ger depåinjektion var "
        "fjärde vecka, nästa gång 2025-01-28.",
        "Läkare på psykiatrisk öppenvård Fagersta följer upp medicinen och sömnen vid "
        "besök 2025-02-25.",
        "Boendestödjare från Socialpsykiatrin, Fagersta kommun, kommer hem till K. måndag "
        "och torsdag eftermiddag från 2025-01-20.",
        "Studie- och yrkesvägledare på Komvux Fagersta träffar K. och gör en studieplan "
        "senast 2025-02-07.",
        "Biståndshandläggare, Fagersta kommun, utreder K:s ansökan om eget boende med "
        "stöd. Beslut senast 2025-03-31.",
    ]
    for b in bullets:
        L.append(textwrap.fill(b, width=76, initial_indent="- ", subsequent_indent="  ",
                               break_on_hyphens=False))
    L.append("")
    L.append("ANDRA SOM ÄR MED")
    L.append("Försäkringskassan är informerad om att K. har aktivitetsersättning.")
    L.append("Mamma är ett stöd för K.")
    L.append("")
    L.append("HUVUDANSVAR FÖR PLANEN")
    L.append("Socialtjänsten, Fagersta kommun")
    L.append("")
    L.append("UPPFÖLJNING")
    L.append("v. 12")
    L.append("")
    L.append("DELTAGARE")
    L.append("K., mamma, Lina, Ahmed, Petra, Johan")
    L.append("")
    L.append("Planen skrevs ut och lämnades till K. på mötet.")
    text = ("\n".join(L) + "\n").replace("\n", "\r\n")
    with open(out(6, "txt"), "wb") as f:
        f.write(text.encode("cp1252"))


# =============================================================== plan 07
def plan07():
    """DOCX follow-up plan with 'Se tidigare plan' / 'Oförändrat'; man 77, Parkinson's, Kungsör."""
    doc = new_doc(author="Kungsörs kommun", font="Calibri", size=10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(17.0), WD_TAB_ALIGNMENT.RIGHT)
    r = hp.add_run("KUNGSÖRS KOMMUN\tVård och omsorg")
    r.font.size = Pt(9)
    r.bold = True

    p = para(doc, "Samordnad individuell plan – uppföljning", bold=True, size=16, space_after=2)
    p = para(doc, "SIP enligt SoL 2 kap. 7 § och HSL 16 kap. 4 §", size=9, color="595959",
             small_caps=True, space_after=8)

    t = doc.add_table(rows=4, cols=4)
    t.style = "Table Grid"
    pairs = [("Namn", "G."), ("Personnummer", "XXXXXX-XXXX"),
             ("Datum för uppföljning", "2025-04-09"), ("Plats", "I hemmet, Kungsör"),
             ("Typ av möte", "☐ Första SIP   ☒ Uppföljning"), ("Tidigare plan upprättad", "2024-11-12"),
             ]
    for i, (lab, val) in enumerate(pairs):
        rr, cc = divmod(i, 2)
        cell_text(t.rows[rr].cells[cc * 2], lab, bold=True, size=9.5)
        shade(t.rows[rr].cells[cc * 2], "E2EFDA")
        cell_text(t.rows[rr].cells[cc * 2 + 1], val, size=10)
    # last row: merged label + value across
    cell_text(t.rows[3].cells[0], "Huvudansvarig för planen", bold=True, size=9.5)
    shade(t.rows[3].cells[0], "E2EFDA")
    m = t.rows[3].cells[1].merge(t.rows[3].cells[3])
    cell_text(m, "Oförändrat", size=10)
    set_col_widths(t, [4.0, 4.5, 4.0, 4.5])
    para(doc, "")

    fields = doc.add_table(rows=0, cols=2)
    fields.style = "Table Grid"
    for lab, val in [
        ("Syfte med SIP", "Se tidigare plan"),
        ("Frågeställningar", "Oförändrat"),
        ("Den enskildes mål", "Se tidigare plan"),
        ("Den enskildes delaktighet", "G. deltog i mötet i hemmet."),
        ("Samtycke", "Finns sedan tidigare."),
        ("Närstående / andra aktörer", "Hustru och son är delaktiga."),
    ]:
        rc = fields.add_row().cells
        cell_text(rc[0], lab, bold=True, size=9.5)
        shade(rc[0], "E2EFDA")
        cell_text(rc[1], val, size=10)
    set_col_widths(fields, [5.0, 12.0])

    para(doc, "Status för tidigare planerade insatser", bold=True, size=11.5).paragraph_format.space_before = Pt(10)
    st = doc.add_table(rows=1, cols=4)
    st.style = "Table Grid"
    for i, hd in enumerate(["Insats (från plan 2024-11-12)", "Ansvarig", "Status", "Kommentar"]):
        cell_text(st.rows[0].cells[i], hd, bold=True, size=9.5)
        shade(st.rows[0].cells[i], "A9D08E")
    repeat_header(st.rows[0])
    for row in [
        ("Hemtjänst fyra besök/dag: morgon, lunch, middag och kväll (personlig omvårdnad, "
         "måltider).", "Hemtjänst Kungsör norra", "Pågår",
         "Fortsätter oförändrat från 2025-04-09. Dubbelbemanning morgon sedan 2025-02-01."),
        ("Fallriskbedömning och hjälpmedel (duschstol, rollator, sänggrind).",
         "Arbetsterapeut, Kungsörs kommun", "Genomförd", "Klar 2025-02-20."),
        ("Läkemedelsgenomgång av parkinsonmedicinering.",
         "Neurologmottagningen, Västmanlands sjukhus Västerås", "Genomförd",
         "Ny dosering från 2025-03-01, nästa neurologbesök 2025-06-10."),
        ("Dagverksamhet två dagar/vecka.", "Biståndshandläggare, Kungsörs kommun",
         "Beviljad", "Startdatum ej bestämt."),
        ("Logopedkontakt för röst och sväljning.", "Regionen", "Ej påbörjad", "Remiss skickad."),
        ("NY: Balans- och gångträning i hemmet.", "Fysioterapeut, Kungsörs kommun",
         "Ny insats", "Start vecka 17, en gång/vecka."),
    ]:
        rc = st.add_row().cells
        for i, v in enumerate(row):
            cell_text(rc[i], v, size=9.5)
    set_col_widths(st, [6.0, 4.2, 2.3, 4.5])

    para(doc, "Deltagare", bold=True, size=11.5).paragraph_format.space_before = Pt(10)
    dt = doc.add_table(rows=1, cols=3)
    dt.style = "Table Grid"
    for i, hd in enumerate(["Namn", "Funktion", "Verksamhet"]):
        cell_text(dt.rows[0].cells[i], hd, bold=True, size=9.5)
        shade(dt.rows[0].cells[i], "A9D08E")
    for row in [("G.", "Den enskilde", "–"), ("Inger", "Hustru", "–"),
                ("Therese", "Biståndshandläggare", "Äldreomsorgen, Kungsörs kommun"),
                ("Elin", "Gruppledare", "Hemtjänst Kungsör norra"),
                ("Fredrik", "Sjuksköterska", "Hemsjukvården, Kungsörs kommun"),
                ("Nora", "Distriktssköterska", "Vårdcentralen Kungsör, Region Västmanland")]:
        rc = dt.add_row().cells
        for i, v in enumerate(row):
            cell_text(rc[i], v, size=9.5)
    set_col_widths(dt, [3.5, 5.0, 8.5])

    para(doc, "")
    p = doc.add_paragraph()
    r = p.add_run("Nästa uppföljning: ")
    r.bold = True
    p.add_run("–")
    para(doc, "Antecknat av Therese, biståndshandläggare, 2025-04-10.", size=9, color="595959")
    save_docx(doc, out(7, "docx"))


# =============================================================== plan 08
class TemplatePDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "B", 10)
        self.cell(0, 5, "SAMORDNAD INDIVIDUELL PLAN – SIP", new_x="LMARGIN", new_y="NEXT")
        self.set_font("DejaVu", "", 7.5)
        self.cell(120, 4, "Kommunerna i Västmanlands län och Region Västmanland")
        self.cell(0, 4, f"Blankett SIP 1.3 (2024-09)   Sida {self.page_no()} ({{nb}})",
                  align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(4)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.cell(0, 4, "Planen förvaras i respektive verksamhets journal/akt. "
                        "Kopia lämnas till den enskilde.", align="C")


def plan08():
    """Empty printed template drawn with fpdf2; only 'Vid behov' in the follow-up field."""
    pdf = TemplatePDF(format="A4")
    pdf.set_creation_date(datetime.datetime(2025, 2, 12, 9, 0, 0, tzinfo=datetime.timezone.utc))
    pdf.set_title("SIP blankett")
    pdf.set_author("Kommunerna i Västmanlands län och Region Västmanland")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_margins(15, 12, 15)
    pdf.set_auto_page_break(True, 16)
    pdf.alias_nb_pages()
    pdf.add_page()
    W = pdf.w - 30  # 180 mm
    LW = 52  # label column width

    def checkbox(x, y, size=3.2):
        pdf.rect(x, y, size, size)

    def field(label, hint, height=12, value="", label_lines=None):
        """Boxed field: label (+hint) in a left column, wrapped, value box on the right."""
        x, y = pdf.l_margin, pdf.get_y()
        if y + height > pdf.h - 18:
            pdf.add_page()
            y = pdf.get_y()
        pdf.rect(x, y, LW, height)
        pdf.rect(x + LW, y, W - LW, height)
        pdf.set_xy(x + 1, y + 1)
        pdf.set_font("DejaVu", "B", 8)
        pdf.multi_cell(LW - 2, 3.6, label, align="L", new_x="LEFT", new_y="NEXT")
        if hint:
            pdf.set_x(x + 1)
            pdf.set_font("DejaVu", "", 7)
            pdf.multi_cell(LW - 2, 3.2, hint, align="L", new_x="LEFT", new_y="NEXT")
        if value:
            pdf.set_xy(x + LW + 2, y + 2)
            pdf.set_font("DejaVu", "", 10)
            pdf.multi_cell(W - LW - 4, 5, value, align="L")
        pdf.set_xy(x, y + height)

    def section(title):
        pdf.ln(2)
        pdf.set_font("DejaVu", "B", 9)
        pdf.set_fill_color(220, 220, 220)
        pdf.cell(W, 6, title, border=1, fill=True, new_x="LMARGIN", new_y="NEXT")

    section("1. Uppgifter om den enskilde")
    field("Namn", "", 8)
    field("Personnummer", "(ÅÅMMDD-XXXX)", 10)
    field("Vårdnadshavare / legal företrädare", "(namn, relation)", 12)
    field("Datum och plats för mötet", "(ÅÅÅÅ-MM-DD)", 10)

    section("2. Syfte och frågeställningar")
    field("Syfte med SIP", "(varför ska vi ha ett möte, vad ska samordnas?)", 18)
    field("Frågeställningar inför mötet", "(vad vill den enskilde och verksamheterna ta upp?)", 18)

    section("3. Den enskildes mål och delaktighet")
    field("Den enskildes mål", "(med den enskildes egna ord)", 18)
    y = pdf.get_y()
    field("Den enskildes delaktighet", "(deltog, synpunkter, önskemål)", 20)
    # checkboxes inside the value box
    bx = pdf.l_margin + LW + 3
    pdf.set_font("DejaVu", "", 8.5)
    checkbox(bx, y + 2.5)
    pdf.text(bx + 5, y + 5.2, "Den enskilde deltog i mötet")
    checkbox(bx, y + 8.5)
    pdf.text(bx + 5, y + 11.2, "Den enskilde deltog inte, orsak och hur synpunkterna förmedlats:")
    pdf.set_y(y + 20)

    section("4. Samtycke")
    y = pdf.get_y()
    field("Samtycke till SIP och informationsutbyte", "(kryssa och ange datum)", 14)
    pdf.set_font("DejaVu", "", 8.5)
    for i, t in enumerate(["Muntligt", "Skriftligt", "Samtycke saknas"]):
        cx = bx + i * 36
        checkbox(cx, y + 3)
        pdf.text(cx + 5, y + 5.7, t)
    pdf.text(bx, y + 11.5, "Datum: ÅÅÅÅ-MM-DD")
    pdf.set_y(y + 14)

    section("5. Deltagare")
    pdf.set_font("DejaVu", "B", 8)
    cols = [50, 55, 75]
    for c, t in zip(cols, ["Namn", "Funktion", "Verksamhet/organisation"]):
        pdf.cell(c, 6, t, border=1)
    pdf.ln(6)
    for _ in range(6):
        for c in cols:
            pdf.cell(c, 6.5, "", border=1)
        pdf.ln(6.5)

    section("6. Insatser och ansvar")
    cols = [78, 62, 40]
    hdr = ["Insats/åtgärd (vad ska göras?)", "Ansvarig (verksamhet, funktion)", "När (datum/frekvens)"]

    def ins_header():
        pdf.set_font("DejaVu", "B", 8)
        for c, t in zip(cols, hdr):
            pdf.cell(c, 6, t, border=1)
        pdf.ln(6)
    ins_header()
    for _ in range(7):
        if pdf.get_y() + 8 > pdf.h - 18:
            pdf.add_page()
            ins_header()
        for c in cols:
            pdf.cell(c, 8, "", border=1)
        pdf.ln(8)

    section("7. Andra aktörer och samordning")
    field("Andra aktörers insatser",
          "(t.ex. Försäkringskassan, Arbetsförmedlingen, god man, närstående, den enskilde "
          "själv)", 20)
    field("Huvudansvarig för planen", "(namn, funktion, verksamhet)", 14)
    field("Sammankallande vid uppföljning", "(namn, funktion, verksamhet)", 12)
    field("Uppföljning", "(datum, tid och plats för nästa möte)", 14, value="Vid behov")

    section("8. Underskrifter")
    y = pdf.get_y() + 10
    pdf.set_font("DejaVu", "", 7.5)
    for i, t in enumerate(["Den enskilde / vårdnadshavare", "Huvudansvarig"]):
        x = pdf.l_margin + i * 95
        pdf.line(x, y, x + 80, y)
        pdf.text(x, y + 4, t + " (underskrift och datum)")
    pdf.output(out(8, "pdf"))


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
    print("wrote", sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()
