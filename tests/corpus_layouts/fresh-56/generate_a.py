#!/usr/bin/env python3
"""Generate the f56a- test documents (fictional, anonymized SIP plans) into plans/.

Run with /work/batches/.venv/bin/python generate.py
Deterministic: fixed dates, no randomness; .docx zips are rewritten with fixed
timestamps, fpdf2 PDFs get a fixed creation date, and the LibreOffice PDF (f56a-06)
gets its creation date, ID and checksum replaced by fixed values of the same length.
"""
import datetime as dt
import os
import shutil
import subprocess
import tempfile
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f56a-"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
LO_PROFILE = "file:///tmp/lo-f56a"
FIXED_ZIP_TIME = (2025, 1, 1, 0, 0, 0)


def out(n, ext):
    return os.path.join(OUT, f"{PREFIX}{n:02d}.{ext}")


# ---------------------------------------------------------------- docx helpers

def new_doc(font="Calibri", size=11, created=dt.datetime(2025, 1, 1, 8, 0)):
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
    cp = doc.core_properties
    cp.author = "SIP"
    cp.last_modified_by = "SIP"
    cp.created = created
    cp.modified = created
    cp.revision = 1
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2.2)
        s.top_margin = Cm(2.0)
        s.bottom_margin = Cm(2.0)
    return doc


def save_docx(doc, path):
    doc.save(path)
    normalize_zip(path)


def normalize_zip(path):
    """Rewrite a zip with fixed timestamps and member order so runs are byte-identical."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    os.replace(tmp, path)


def para(doc_or_cell, text="", bold=False, size=None, italic=False, style=None,
         align=None, space_after=None, space_before=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if space_before is not None:
        p.paragraph_format.space_before = Pt(space_before)
    return p


def cell_text(cell, text, bold=False, size=None):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
        p.paragraph_format.space_after = Pt(0)


def shade(cell, fill="D9D9D9"):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def set_col_widths(table, widths_cm):
    for row in table.rows:
        for idx, w in enumerate(widths_cm):
            row.cells[idx].width = Cm(w)


def add_field(paragraph, instr, cached="1"):
    """Complex field (PAGE, NUMPAGES ...) with a cached result."""
    r = paragraph.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "begin")
    r._r.append(fc)
    r = paragraph.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    r._r.append(it)
    r = paragraph.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "separate")
    r._r.append(fc)
    paragraph.add_run(cached)
    r = paragraph.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "end")
    r._r.append(fc)


def data_table(doc, header, rows, widths, size=10, style="Table Grid"):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = doc.styles[style]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        cell_text(t.rows[0].cells[i], h, bold=True, size=size)
        shade(t.rows[0].cells[i])
    repeat_header(t.rows[0])
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cell_text(cells[i], v, size=size)
    set_col_widths(t, widths)
    return t


def fix_lo_pdf(data, stamp):
    """Make a LibreOffice PDF reproducible: same-length replacement of the creation
    date, the document ID and DocChecksum (xref byte offsets stay valid)."""
    import re

    data = re.sub(rb"/CreationDate\(D:\d{14}", b"/CreationDate(D:" + stamp.encode(), data)
    data = re.sub(rb"/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>",
                  lambda m: re.sub(rb"[0-9A-Fa-f]", b"F", m.group(0)[3:]).join(
                      [b"/ID", b""]), data)
    data = re.sub(rb"/DocChecksum /[0-9A-Fa-f]+",
                  lambda m: b"/DocChecksum /" + b"F" * (len(m.group(0)) - 14), data)
    return data


# ====================================================================== 01
# fpdf2 print: header box, numbered bold parts 1.-10., measures table on page 2.
# Norrköping (Östergötland); man, 27, schizophrenia, discharge + rent debts.

class Print01(FPDF):
    def footer(self):
        self.set_y(-14)
        self.set_font("DV", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "SIP J.A. 2024-10-15   ·   Utskriven 2024-10-16   ·   "
                  f"Sida {self.page_no()} ({{nb}})", align="C")
        self.set_text_color(0, 0, 0)


def plan01():
    pdf = Print01(format="A4")
    pdf.set_creation_date(dt.datetime(2024, 10, 16, 9, 12, tzinfo=dt.timezone.utc))
    pdf.set_title("Samordnad individuell plan")
    pdf.set_author("Socialförvaltningen Norrköping")
    pdf.add_font("DV", "", FONT)
    pdf.add_font("DV", "B", FONT_B)
    pdf.alias_nb_pages("{nb}")
    pdf.set_margins(18, 14, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()

    # header box
    x0, y0, w, h = 18, 12, 174, 26
    pdf.set_line_width(0.5)
    pdf.rect(x0, y0, w, h)
    pdf.set_line_width(0.2)
    pdf.line(x0 + 52, y0, x0 + 52, y0 + h)
    pdf.line(x0 + 132, y0, x0 + 132, y0 + h)
    pdf.set_xy(x0 + 3, y0 + 4)
    pdf.set_font("DV", "B", 11)
    pdf.cell(46, 6, "NORRKÖPINGS", new_x="LEFT", new_y="NEXT")
    pdf.cell(46, 6, "KOMMUN", new_x="LEFT", new_y="NEXT")
    pdf.set_font("DV", "", 7.5)
    pdf.cell(46, 5, "i samverkan med Region Östergötland")
    pdf.set_xy(x0 + 54, y0 + 5)
    pdf.set_font("DV", "B", 13)
    pdf.multi_cell(76, 7, "Samordnad individuell\nplan (SIP)", align="C")
    pdf.set_xy(x0 + 135, y0 + 5)
    pdf.set_font("DV", "", 8)
    pdf.cell(36, 4.5, "Person", new_x="LEFT", new_y="NEXT")
    pdf.set_font("DV", "B", 11)
    pdf.cell(36, 6, "J.A.", new_x="LEFT", new_y="NEXT")
    pdf.set_font("DV", "", 8)
    pdf.cell(36, 4.5, "Datum", new_x="LEFT", new_y="NEXT")
    pdf.set_font("DV", "B", 10)
    pdf.cell(36, 5, "2024-10-15")
    pdf.set_xy(18, y0 + h + 6)

    parts = [
        ("1. Bakgrund och nuläge",
         "J. är 27 år och bor ensam i en hyreslägenhet i Navestad. Han insjuknade i psykos "
         "våren 2023 och har diagnosen schizofreni. Under sommaren 2024 slutade han ta sin "
         "medicin och blev åter psykotisk. Han vårdades på psykiatrisk heldygnsvård, "
         "Vrinnevisjukhuset, 2024-09-02 till 2024-10-11 och skrevs ut till hemmet med "
         "depåinjektion. Under hösten har hyran för juli–september inte betalats och "
         "hyresskulden är ca 21 000 kr. Det finns även obetalda räkningar för el och mobil. "
         "J. har inte öppnat sin post sedan i våras. Han har ingen sysselsättning sedan 2023."),
        ("2. Syfte med SIP",
         "Syftet med planen är att J. ska kunna bo kvar i sin lägenhet efter utskrivningen "
         "och att psykosvården, boendestödet och hjälpen med ekonomin samordnas, så att "
         "hyresskulden inte leder till en uppsägning och så att han inte blir inlagd igen."),
        ("3. Frågeställningar inför mötet", ""),
        ("4. Den enskildes mål",
         "”Jag vill bo kvar i min lägenhet och slippa åka in på avdelningen igen. Och jag vill "
         "veta hur mycket jag är skyldig så att jag kan börja betala av.”"),
        ("5. Delaktighet",
         "J. deltog under hela mötet. Han vill ha hjälp med räkningarna och posten men vill "
         "inte att boendestödet kommer före kl. 12 eftersom han sover dåligt och är trött på "
         "förmiddagarna. Han önskar träffa samma sjuksköterska vid injektionerna."),
        ("6. Samtycke",
         "J. lämnade muntligt samtycke på mötet 2024-10-15 till att de verksamheter som deltar "
         "i SIP får utbyta information om honom. Samtycket är antecknat i respektive journal "
         "och gäller till och med 2025-10-15."),
        ("7. Insatser",
         "Överenskomna insatser, vem som ansvarar och när framgår av tabellen på sidan 2."),
        ("8. Huvudansvar för planen",
         "Lina, socialsekreterare på Vuxenenheten, Socialförvaltningen Norrköpings kommun, har "
         "huvudansvaret för planen och kallar till uppföljning."),
        ("9. Uppföljning",
         "Uppföljande SIP-möte tisdag 2024-12-10 kl. 13.00 på Psykosmottagningen, "
         "Vrinnevisjukhuset. Lina skickar kallelse till alla deltagare."),
        ("10. Deltagare",
         "J., den enskilde\n"
         "Lina, socialsekreterare, Vuxenenheten, Norrköpings kommun\n"
         "Ahmed, överläkare, Psykosmottagningen Norrköping, Region Östergötland\n"
         "Maja, sjuksköterska, Psykiatrisk heldygnsvård, Vrinnevisjukhuset, Region Östergötland\n"
         "Emil, boendestödjare, Boendestödet, Norrköpings kommun\n"
         "Sanna, budget- och skuldrådgivare, Norrköpings kommun"),
    ]
    for head, body in parts:
        pdf.set_font("DV", "B", 10.5)
        pdf.cell(0, 6.5, head, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "", 9.3)
        if body:
            pdf.multi_cell(0, 4.6, body, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.2)
        else:
            pdf.ln(7)

    pdf.add_page()
    pdf.set_font("DV", "B", 10.5)
    pdf.cell(0, 6.5, "Insatser (hör till punkt 7)", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    rows = [
        ("1", "Depåinjektion med antipsykotiskt läkemedel var 14:e dag. Samma sjuksköterska "
              "i möjligaste mån.",
         "Sjuksköterska, Psykosmottagningen Norrköping", "Första 2024-10-24, därefter var 14:e dag"),
        ("2", "Läkarbesök för uppföljning av medicinering, biverkningar och mående.",
         "Regionen", ""),
        ("3", "Boendestöd två eftermiddagar i veckan: gå igenom post och räkningar, "
              "inköp, struktur i veckan.",
         "Boendestödet, Socialförvaltningen Norrköping", "Start vecka 43, tisdag och fredag efter kl. 12"),
        ("4", "Budget- och skuldrådgivning: sammanställa skulderna och göra en budget.",
         "Budget- och skuldrådgivningen, Norrköpings kommun", "Första besök 2024-10-29"),
        ("5", "Ansökan om ekonomiskt bistånd till hyresskulden utreds.",
         "Lina, socialsekreterare, Vuxenenheten", "Beslut senast 2024-10-31"),
        ("6", "Gemensamt hembesök av boendestöd och sjuksköterska.",
         "Boendestödet och Psykosmottagningen Norrköping", "2024-11-05 kl. 14"),
    ]
    pdf.set_font("DV", "", 9)
    pdf.set_draw_color(0, 0, 0)
    with pdf.table(col_widths=(8, 70, 52, 44), text_align="LEFT", line_height=4.8,
                   borders_layout="ALL", padding=1.5) as table:
        head = table.row()
        for h in ("Nr", "Insats", "Ansvarig (verksamhet/funktion)", "När"):
            head.cell(h)
        for r in rows:
            row = table.row()
            for v in r:
                row.cell(v)
    pdf.ln(6)
    pdf.set_font("DV", "", 8.5)
    pdf.multi_cell(0, 4.5, "Planen har upprättats gemensamt på mötet. Kopia lämnas till J. "
                   "och till de verksamheter som deltar.", new_x="LMARGIN", new_y="NEXT")
    pdf.output(out(1, "pdf"))


# ====================================================================== 02
# Word: man, 58, alcohol dependence and liver cirrhosis, Sundsvall (Västernorrland).
# "Ansvarig" column: persons with title, not always with unit.

def plan02():
    doc = new_doc(created=dt.datetime(2025, 1, 28, 15, 30))
    p = para(doc, "Sundsvalls kommun  |  Region Västernorrland", size=9)
    p.runs[0].font.color.rgb = RGBColor(0x40, 0x40, 0x40)
    para(doc, "SAMORDNAD INDIVIDUELL PLAN (SIP)", bold=True, size=16, space_after=8)

    info = doc.add_table(rows=4, cols=2)
    info.style = doc.styles["Table Grid"]
    for i, (k, v) in enumerate([
        ("Namn", "L."),
        ("Personnummer", "ÅÅMMDD-XXXX"),
        ("Datum för möte", "2025-01-28"),
        ("Plats", "Beroendemottagningen, Sundsvall"),
    ]):
        cell_text(info.rows[i].cells[0], k, bold=True)
        cell_text(info.rows[i].cells[1], v)
    set_col_widths(info, [4.5, 12])

    para(doc, "Syfte", bold=True, size=12, space_before=12)
    para(doc, "Samordning av insatser.")

    para(doc, "Bakgrund", bold=True, size=12, space_before=8)
    para(doc, "L. är 58 år och bor ensam i lägenhet på Haga i Sundsvall. Han har ett "
              "långvarigt alkoholberoende och levercirros som konstaterades 2023. I december 2024 "
              "var han inlagd på medicinkliniken, Sundsvalls sjukhus, i tolv dagar på grund av "
              "vätska i buken och gulsot. Han har druckit mindre sedan utskrivningen "
              "men har haft två återfall i januari. L. är sjukskriven från sitt arbete som "
              "lagerarbetare sedan maj 2024. Hemmet är stökigt och han har svårt att orka med "
              "inköp och städning. Han har en syster, Eva, som bor i Timrå.")

    para(doc, "Närvarande", bold=True, size=12, space_before=8)
    para(doc, "L., syster, socialsekreterare, alkoholsjuksköterska, läkare.")
    para(doc, "L. deltog på mötet.")

    para(doc, "Mål", bold=True, size=12, space_before=8)
    para(doc, "Målet är att L. ska bli nykter, att leverfunktionen inte försämras ytterligare "
              "och att han ska kunna bo kvar i sin lägenhet.")

    para(doc, "Insatser och ansvarsfördelning", bold=True, size=12, space_before=8)
    rows = [
        ("Återfallsprevention, enskilda samtal en gång i veckan",
         "Anna, alkoholsjuksköterska", "Tisdagar fr.o.m. 2025-02-04"),
        ("Förskrivning av akamprosat (läkemedel mot alkoholsug), nytt läkarbesök för "
         "utvärdering",
         "Jonas, läkare, Beroendemottagningen Sundsvall", "Förskrivs 2025-01-28, nytt besök 2025-03-11"),
        ("Provtagning av levervärden varannan vecka och läkarbesök om leverfunktion och vätska "
         "i buken",
         "Dr Mikael, överläkare, Medicinmottagningen Sundsvalls sjukhus",
         "Prover varannan måndag fr.o.m. 2025-02-03, läkarbesök 2025-02-25"),
        ("Utredning av hemtjänst för städning och inköp",
         "Sofia, socialsekreterare", "Utredningen klar vecka 7"),
        ("Behandlingsgrupp i öppenvård, två eftermiddagar i veckan",
         "Karin, behandlare, Beroendeenheten Sundsvalls kommun", "Start 2025-02-10"),
        ("Bedömning av rätten till fortsatt sjukpenning, begär in nytt läkarintyg",
         "Handläggare, Försäkringskassan", "Beslut före 2025-03-01"),
        ("Skjutsar L. till provtagning och läkarbesök, handlar med honom på lördagar",
         "Eva, syster", "Vid varje provtagning; lördagar fr.o.m. 2025-02-01"),
        ("Lämnar PEth-prov för att visa nykterhet, tar med svaren till samtalen",
         "L. själv", "Varannan vecka fr.o.m. vecka 6"),
    ]
    data_table(doc, ["Insats", "Ansvarig", "När"], rows, [7.5, 5.3, 4.0])

    para(doc, "Samordningsansvar", bold=True, size=12, space_before=12)
    para(doc, "Kontaktuppgifter till verksamheterna finns via växeln. Frågor om planen tas "
              "med till respektive kontakt.")
    para(doc, "Planen är upprättad 2025-01-28.", italic=True, space_before=10)
    save_docx(doc, out(2, "docx"))


# ====================================================================== 03
# Text export, UTF-8, LF: one long paragraph per part, "SYFTE:" etc. on the same line.
# Region Gotland (Slite); woman, 81, confusion, lives alone; first SIP meeting.

def plan03():
    parts = [
        ("SYFTE",
         "Syftet med den här samordnade individuella planen är att socialförvaltningen och "
         "hälso- och sjukvården på Gotland tillsammans ska få en samlad bild av hur M. har det "
         "hemma i Slite efter att hon vid två tillfällen under oktober och november har hittats "
         "utomhus på kvällen, tunt klädd och förvirrad, och att vi ska kunna samordna oss så att "
         "det inte blir fler sådana händelser under vintern när det är mörkt och halt, eftersom "
         "det i dag är oklart vem som har vilken bild av hennes minne, hennes mående och hur hon "
         "klarar mat, mediciner och hushållet när hon är ensam i huset stora delar av dygnet."),
        ("BAKGRUND",
         "M. är 81 år och bor ensam i sitt hus i Slite sedan maken dog för tre år sedan, hon har "
         "en dotter som bor i Stockholm och som har hört av sig till kommunen flera gånger under "
         "hösten eftersom hon är orolig, och M. har sedan tidigare högt blodtryck och en "
         "förmaksflimmer som är behandlade via vårdcentralen, hon har inga insatser från "
         "äldreomsorgen i dag, vid det "
         "första tillfället i oktober hittades hon av en granne vid busshållplatsen kl 22 på "
         "kvällen och sa att hon skulle till Visby och hälsa på sin syster som enligt dottern dog "
         "för flera år sedan, vid det andra tillfället i november kom polisen hem till henne "
         "efter att hon setts gå längs vägen mot Boge i mörkret och hon fördes då till akuten på "
         "Visby lasarett där hon bedömdes vara uttorkad och lätt förvirrad och fick åka hem "
         "samma natt, det finns också uppgifter om att hon vid några tillfällen har glömt att "
         "äta och att det har stått mat framme i köket flera dagar, och dosetten har "
         "varit både tom för tidigt och full flera dagar i rad, "
         "vilket gör att det är osäkert hur hon tar sina mediciner."),
        ("FRÅGESTÄLLNINGAR",
         "Vi behöver gå igenom läget och prata om hur det har varit under hösten, alla som är "
         "med får berätta hur de ser på situationen utifrån sin kontakt så att vi får en "
         "helhetsbild, och sedan får vi diskutera hur vi går vidare framöver och vad som kan "
         "bli aktuellt, det är mycket som är oklart just nu och vi får ta det steg för steg."),
        ("NULÄGE",
         "Det framkom på mötet att bilden av M. skiljer sig åt mellan olika håll, på "
         "vårdcentralen har hon vid sina besök under året varit välvårdad och pratat sammanhängande "
         "om sin trädgård och sina barnbarn och det har inte funnits någon misstanke om "
         "minnessvikt i journalen, medan det hemma verkar ha blivit gradvis sämre sedan i "
         "somras med glömska, oro på kvällarna och att hon ibland inte känner igen grannen, "
         "dottern har märkt att hon upprepar samma frågor i telefon flera gånger per samtal "
         "och att räkningar ligger obetalda i hallen, blodtrycket var högt vid senaste "
         "kontrollen och vikten har gått ner ungefär fyra kilo sedan i våras, hon kör inte bil längre men cyklar till affären "
         "när vädret tillåter."),
        ("SAMTYCKE",
         "Samtycke finns sedan tidigare och det behövde inte tas upp igen."),
        ("INSATSER",
         "Inga insatser beslutades på det här mötet, alla var överens om att det är för tidigt "
         "att bestämma något innan man vet mer och innan man har hunnit höra mer om hur det "
         "fungerar hemma, och det måste också få ta tid, det har pratats "
         "om olika alternativ under mötet men inget är beslutat och det får tas upp igen vid "
         "nästa tillfälle när det finns mer underlag."),
        ("ÖVRIGT",
         "God man nämndes under mötet eftersom räkningarna ligger obetalda, men det är "
         "inget som är bestämt och ingen ansökan eller anmälan har gjorts, dottern och grannen "
         "nämndes också som viktiga personer runt M. men vad de kan och vill bidra med är inte "
         "klart och det får man återkomma till."),
        ("UPPFÖLJNING",
         "Nytt möte i januari, tid och plats meddelas senare."),
    ]
    head = ("REGION GOTLAND  SOCIALFÖRVALTNINGEN / HÄLSO- OCH SJUKVÅRDSFÖRVALTNINGEN\n"
            "SIP - SAMORDNAD INDIVIDUELL PLAN, ANTECKNING FRÅN MÖTE 2024-11-20\n"
            "Avser: M., 81 år, Slite   Personnummer: XXXXXX-XXXX\n"
            "Utskrift 2024-11-21\n")
    body = "\n\n".join(f"{k}: {v}" for k, v in parts)
    text = head + "\n" + body + "\n"
    with open(out(3, "txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# ====================================================================== 04
# Markdown: numbered first-person goals; measures under ### Kommunen / ### Regionen / ### Övriga.
# Linköping (Östergötland); woman, 20, ADHD and cannabis use.

def plan04():
    md = """# Samordnad individuell plan (SIP)

**Namn:** Nora  
**Personnummer:** ÅÅMMDD-XXXX  
**Datum för mötet:** 2025-03-04  
**Plats:** Socialförvaltningen, Linköping  
**Närvarande:** Nora, Lena (mamma), Amir, Johanna, Pontus, Tove

## Varför vi har SIP

Nora är 20 år och bor hemma hos sin mamma i Linköping. Hon har ADHD och slutade med sin
medicin i höstas när hon hoppade av sista året på gymnasiet. Sedan dess röker hon cannabis
nästan varje dag, sover på dagarna och har ingen sysselsättning. Syftet med planen är att
Nora ska få hjälp att sluta med cannabis samtidigt som hennes ADHD-behandling kommer igång
igen, och att hon ska ha något att gå till på dagarna under våren i stället för att vara
hemma.

## Frågor till mötet

- Kan behandlingen för cannabis starta innan ADHD-medicinen är insatt igen, eller ska
  läkaren vänta tills Nora har lämnat negativa prover?
- Hur ska Nora komma upp på morgonen så att hon klarar tider före lunch?
- Vilken sysselsättning eller praktik kan Nora få under våren?

## Mina mål

1. Jag vill sluta röka på helt innan sommaren.
2. Jag vill ha ett jobb eller en praktik och inte bara sitta hemma.
3. Jag vill flytta till en egen lägenhet i höst.

## Noras delaktighet

Nora var med på hela mötet. Hon sa att hon vill ha samtal en gång i veckan hos en och samma
behandlare och inte gå i grupp, och att hon inte vill att mamma ska vara med på samtalen.
Hon vill gärna ha praktik inom djur eller lager.

## Samtycke

Nora gav skriftligt samtycke till informationsutbyte på socialtjänstens blankett
2025-02-18. Blanketten finns i akten.

## Insatser

### Kommunen

- **Öppenvårdsbehandling för cannabis**, individuella samtal en gång i veckan (CRA) –
  Ungdomsteamet, Socialförvaltningen Linköping. Start 2025-03-11.
- **Drogtester (urinprov)** varannan vecka i samband med samtalen – Ungdomsteamet,
  Socialförvaltningen Linköping. Från 2025-03-11.

### Regionen

- **Läkarbesök för att återuppta ADHD-medicineringen** – läkare, Vuxenpsykiatriska
  mottagningen Linköping. Tid 2025-03-20.
- **Uppföljning av medicinen hos sjuksköterska** (puls, blodtryck, effekt) –
  Vuxenpsykiatriska mottagningen Linköping.

### Övriga

- **Arbetsförmedlingen:** handläggaren skriver in Nora som arbetssökande och anmäler henne
  till Rusta och matcha, med önskemål om praktik inom djur eller lager. Senast 2025-03-31.
- **Mamma (Lena):** väcker Nora kl. 8 på vardagar och skjutsar henne till de tre första
  samtalen på Ungdomsteamet.
- **Nora själv:** laddar ner appen som Ungdomsteamet tipsar om och för dagbok över sömn och
  rökning, som hon tar med till samtalen.

## Huvudansvar

Socialtjänsten i Linköping har huvudansvaret för planen.
"""
    with open(out(4, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ====================================================================== 05
# Word: table of contents (TOC field with cached entries), Heading 1 parts.
# Kramfors (Västernorrland); woman, 38, bipolar disorder; follow-up "om sex veckor".

def add_toc(doc, entries):
    """TOC field spanning several paragraphs, with cached entries (text, page)."""
    try:
        doc.styles["toc 1"]
    except KeyError:
        st = doc.styles.add_style("toc 1", WD_STYLE_TYPE.PARAGRAPH)
        st.base_style = doc.styles["Normal"]
        st.paragraph_format.space_after = Pt(4)
    paras = []
    for i, (text, page) in enumerate(entries):
        p = doc.add_paragraph(style="toc 1")
        p.paragraph_format.tab_stops.add_tab_stop(Cm(16.4), WD_TAB_ALIGNMENT.RIGHT,
                                                  WD_TAB_LEADER.DOTS)
        if i == 0:
            r = p.add_run()
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), "begin")
            r._r.append(fc)
            r = p.add_run()
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = ' TOC \\o "1-3" \\h \\z \\u '
            r._r.append(it)
            r = p.add_run()
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), "separate")
            r._r.append(fc)
        p.add_run(text)
        p.add_run("\t")
        p.add_run(str(page))
        paras.append(p)
    r = paras[-1].add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "end")
    r._r.append(fc)


def plan05():
    doc = new_doc(font="Arial", size=10.5, created=dt.datetime(2025, 2, 11, 10, 0))
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Region Västernorrland · Kramfors kommun\tSamordnad individuell plan"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = fp.add_run("Sida ")
    r.font.size = Pt(8)
    add_field(fp, "PAGE", "1")

    para(doc, "Samordnad individuell plan (SIP)", style="Title")
    para(doc, "A., 38 år, Kramfors  ·  Möte 2025-02-11  ·  Psykiatriska öppenvården Kramfors",
         size=10)
    para(doc, "")
    para(doc, "Innehåll", style="TOC Heading")
    entries = [("1 Bakgrund", 2), ("2 Syfte", 2), ("3 Frågeställningar", 2), ("4 Mål", 2),
               ("5 Insatser", 2), ("6 Huvudansvar", 2), ("7 Uppföljning", 2),
               ("8 Deltagare", 2)]
    add_toc(doc, entries)
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)

    doc.add_heading("1 Bakgrund", level=1)
    para(doc, "A. är 38 år och bor ensam i lägenhet i centrala Kramfors. Hon har en bipolär "
              "sjukdom typ II och har haft kontakt med psykiatrin sedan 2019. Under hösten 2024 "
              "hade hon en lång depressiv period och var inlagd på psykiatrisk klinik i Sundsvall "
              "i tre veckor i november. Efter utskrivningen har hon haft svårt att komma igång "
              "med vardagen, hon handlar sällan, äter oregelbundet och har missat flera "
              "återbesök. Hon hade tidigare boendestöd från kommunen, men det avslutades på hennes "
              "egen begäran i december.")
    para(doc, "Sjuksköterskan och socialsekreteraren har var för sig uppmärksammat att hon "
              "isolerar sig, och det finns en oro för att hon ska bli sämre igen under våren.")

    doc.add_heading("2 Syfte", level=1)
    para(doc, "Att få en gemensam bild.")

    doc.add_heading("3 Frågeställningar", level=1)
    para(doc, "Diskutera läget. Hur går vi vidare?")

    doc.add_heading("4 Mål", level=1)
    para(doc, "Målet är att A. ska må bättre och få en fungerande vardag med struktur.")

    doc.add_heading("5 Insatser", level=1)
    for t in ("Fortsatt kontakt som tidigare.", "Stöd vid behov.",
              "Samverkan kring A:s mående."):
        para(doc, t, style="List Bullet")

    doc.add_heading("6 Huvudansvar", level=1)
    para(doc, "Psykiatriska öppenvårdsmottagningen Kramfors.")

    doc.add_heading("7 Uppföljning", level=1)
    para(doc, "Uppföljning om sex veckor.")

    doc.add_heading("8 Deltagare", level=1)
    rows = [
        ("Karin", "Sjuksköterska", "Psykiatriska öppenvårdsmottagningen Kramfors, Region Västernorrland"),
        ("Daniel", "Överläkare", "Psykiatriska öppenvårdsmottagningen Kramfors, Region Västernorrland"),
        ("Per", "Socialsekreterare", "Vuxenenheten, Socialförvaltningen Kramfors kommun"),
        ("Ulla", "Biståndshandläggare", "Myndighetsenheten, Socialförvaltningen Kramfors kommun"),
        ("Mona", "Arbetsterapeut", "Psykiatriska öppenvårdsmottagningen Kramfors, Region Västernorrland"),
    ]
    data_table(doc, ["Namn", "Funktion", "Verksamhet"], rows, [3.0, 4.0, 9.6])
    save_docx(doc, out(5, "docx"))


# ====================================================================== 06
# PDF via LibreOffice from .docx: child in foster care (familjehem), Motala/Vadstena
# (Östergötland); foster parents' measures and the biological parents' views.

def plan06():
    doc = new_doc(font="Liberation Sans", size=10, created=dt.datetime(2025, 2, 6, 13, 0))
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Motala kommun · Vadstena kommun · Region Östergötland"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("SIP för E., 2025-02-06 – sida ")
    r.font.size = Pt(8)
    add_field(fp, "PAGE", "1")

    para(doc, "SAMORDNAD INDIVIDUELL PLAN – BARN I FAMILJEHEM", bold=True, size=14,
         space_after=6)
    info = doc.add_table(rows=4, cols=4)
    info.style = doc.styles["Table Grid"]
    vals = [
        ("Barn", "E., 9 år", "Personnummer", "ÅÅMMDD-XXXX"),
        ("Vårdnadshavare", "Mamma S. och pappa R. (gemensam vårdnad)", "Familjehem",
         "Karin och Jonas, Vadstena"),
        ("Placerande kommun", "Motala kommun, Barn- och ungdomsenheten", "Placerad sedan",
         "2023-05 (SoL, frivillig placering)"),
        ("Mötesdatum", "2025-02-06", "Plats", "Familjehemsenheten, Motala"),
    ]
    for i, row in enumerate(vals):
        for j, v in enumerate(row):
            cell_text(info.rows[i].cells[j], v, bold=(j % 2 == 0), size=9)
            if j % 2 == 0:
                shade(info.rows[i].cells[j], "EDEDED")
    set_col_widths(info, [3.3, 5.3, 3.0, 5.0])

    def h(t):
        para(doc, t, bold=True, size=11.5, space_before=10, space_after=3)

    h("Syfte med SIP")
    para(doc, "Syftet med planen är att samordna BUP:s traumabehandling, skolans stöd och "
              "familjehemmets vardag så att E. kan sova bättre, klara hela skoldagarna utan att "
              "behöva gå hem och ha ett tryggt umgänge med mamma och pappa.")
    h("Frågeställningar inför mötet")
    para(doc, "Gå igenom hur det fungerar för E. just nu.")
    h("E:s egna mål")
    para(doc, "”Jag vill kunna sova hela natten utan mardrömmar. Och jag vill vara med ute på "
              "rasterna och inte bara sitta inne.”", italic=True)
    h("Barnets delaktighet")
    para(doc, "E. var med första halvtimmen av mötet tillsammans med familjehemsmamman Karin. "
              "Hon berättade att hon trivs i familjehemmet och i klassen men att rasterna är "
              "jobbiga eftersom hon inte vet vem hon ska vara med. Hon vill att Karin följer med "
              "till BUP och sitter i väntrummet. Hon ritade en bild av sitt rum som hon ville "
              "visa alla.")
    h("Vårdnadshavarnas synpunkter")
    para(doc, "Mamma S. deltog på mötet. Hon tycker att E. har blivit lugnare sedan i höstas "
              "och är positiv till att behandlingen på BUP startar. Hon vill att umgänget "
              "fortsätter varannan lördag som nu och tycker att det fungerar bra att hämta "
              "och lämna i Vadstena.")
    para(doc, "Pappa R. deltog per telefon. Han är positiv till BUP-kontakten och tycker att "
              "det är bra att skolan ska skicka veckobrev även till honom. Han har inga "
              "invändningar mot planen.")
    h("Samtycke")
    para(doc, "Samtycke finns från båda vårdnadshavarna.")

    h("Insatser")
    rows = [
        ("Traumafokuserad KBT, 12 samtal varannan vecka",
         "Psykolog, BUP Motala", "Start 2025-02-19, varannan onsdag kl. 14"),
        ("Läkarbedömning av sömnsvårigheterna",
         "Läkare, BUP Motala", "2025-03-05"),
        ("En vuxen med E. på förmiddagsrasten, organiserade rastaktiviteter",
         "Rektor, Rösparksskolan, Vadstena kommun", "Fr.o.m. 2025-02-10"),
        ("Stödsamtal med skolkurator varannan vecka",
         "Kurator, Elevhälsan, Vadstena kommun", "Fr.o.m. vecka 7, torsdagar"),
        ("Veckobrev till båda vårdnadshavarna och familjehemmet",
         "Klasslärare, Rösparksskolan", "Varje fredag fr.o.m. 2025-02-14"),
        ("Följer med E. till BUP; kvällsrutin och sömnschema enligt BUP:s råd",
         "Familjehemmet (Karin och Jonas)", "Vid varje besök fr.o.m. 2025-02-19; varje kväll"),
        ("Umgängesplan för våren, stöd vid överlämningar",
         "Familjehemssekreterare, Familjehemsenheten Motala kommun", "Klar senast 2025-02-28"),
        ("Umgänge hos mamma varannan lördag kl. 10–16, mamma hämtar och lämnar",
         "Mamma S.", "Varannan lördag fr.o.m. 2025-02-15"),
        ("Ringer E. på söndagskvällar",
         "Pappa R.", "Varje söndag kl. 18"),
        ("Hembesök i familjehemmet enligt placeringsansvaret",
         "Barnets socialsekreterare, Barn- och ungdomsenheten Motala kommun", "2025-03-12"),
    ]
    data_table(doc, ["Insats", "Ansvarig", "När"], rows, [7.0, 5.6, 4.0], size=9)

    h("Huvudansvar")
    para(doc, "Barn- och ungdomsenheten, Motala kommun.")
    h("Uppföljning")
    para(doc, "Planen följs upp vecka 20 i samband med övervägandet av placeringen.")
    h("Deltagare")
    for t in (
        "E. (första halvtimmen)",
        "Mamma S., vårdnadshavare",
        "Pappa R., vårdnadshavare (per telefon)",
        "Karin och Jonas, familjehemsföräldrar",
        "Linnea, socialsekreterare, Barn- och ungdomsenheten, Motala kommun",
        "Hanna, familjehemssekreterare, Familjehemsenheten, Motala kommun",
        "Maria, psykolog, BUP Motala, Region Östergötland",
        "Peter, rektor, Rösparksskolan, Vadstena kommun",
        "Frida, kurator, Elevhälsan, Vadstena kommun",
    ):
        para(doc, t, style="List Bullet", space_after=0)

    tmpdir = tempfile.mkdtemp(prefix="f56a-")
    try:
        src = os.path.join(tmpdir, f"{PREFIX}06.docx")
        save_docx(doc, src)
        subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
                        "--convert-to", "pdf", "--outdir", tmpdir, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=240)
        with open(os.path.join(tmpdir, f"{PREFIX}06.pdf"), "rb") as f:
            data = f.read()
        with open(out(6, "pdf"), "wb") as f:
            f.write(fix_lo_pdf(data, "20250206150000"))
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)


# ====================================================================== 07
# Word: header/footer "Sekretess enligt OSL"; bold labels, value after a tab.
# Härnösand (Västernorrland); man, 23, autism and depression, LSS daglig verksamhet.

def plan07():
    doc = new_doc(font="Times New Roman", size=11, created=dt.datetime(2025, 2, 12, 11, 0))
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.paragraph_format.tab_stops.add_tab_stop(Cm(16.6), WD_TAB_ALIGNMENT.RIGHT)
    r = hp.add_run("Härnösands kommun\t")
    r.font.size = Pt(9)
    r = hp.add_run("Sekretess enligt OSL")
    r.bold = True
    r.font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.paragraph_format.tab_stops.add_tab_stop(Cm(16.6), WD_TAB_ALIGNMENT.RIGHT)
    r = fp.add_run("Sekretess enligt OSL 26 kap. 1 § och 25 kap. 1 §\tSida ")
    r.font.size = Pt(8)
    add_field(fp, "PAGE", "1")
    r = fp.add_run(" av ")
    r.font.size = Pt(8)
    add_field(fp, "NUMPAGES", "1")

    para(doc, "Samordnad individuell plan, SIP", bold=True, size=15, space_after=2)
    para(doc, "Socialförvaltningen Härnösand – Region Västernorrland", size=10, space_after=12)

    def lab(label, value=""):
        p = doc.add_paragraph()
        pf = p.paragraph_format
        pf.tab_stops.add_tab_stop(Cm(4.5))
        pf.left_indent = Cm(4.5)
        pf.first_line_indent = Cm(-4.5)
        pf.space_after = Pt(5)
        rr = p.add_run(label)
        rr.bold = True
        p.add_run("\t" + value)
        return p

    lab("Namn:", "R.")
    lab("Personnummer:", "ÅÅMMDD-XXXX")
    lab("Datum:", "2025-02-12")
    lab("Plats:", "Daglig verksamhet Brunne, Härnösand")
    lab("Typ av möte:", "Uppföljning av SIP")
    lab("Närvarande:", "R., Lisa, Ahmed, Eva, Jonna")
    lab("Syfte:", "Se tidigare plan.")
    lab("Frågeställningar:", "")
    lab("Nuläge:", "R. har haft en tung höst och har varit borta från daglig verksamhet i "
                   "sammanlagt fem veckor sedan oktober. Personalen upplever att han är mer orolig "
                   "än tidigare, att han sover dåligt och att han har slutat äta lunch på "
                   "verksamheten. Han har varit på två besök på psykiatrin under januari. Det "
                   "har varit flera byten av personal på boendet under hösten, vilket kan ha "
                   "påverkat honom. Läkemedlen är oförändrade.")
    lab("Den enskildes mål:", "Oförändrat.")
    lab("Delaktighet:", "R. var med i början av mötet.")
    lab("Samtycke:", "Finns.")
    lab("Insatser:", "Fortsatt kontakt som tidigare. Stöd vid behov.")
    lab("Ansvarig:", "")
    lab("Huvudansvarig:", "")
    lab("Nästa uppföljning:", "ÅÅÅÅ-MM-DD")
    lab("Övrigt:", "Anteckningarna skickas till de som var med.")
    save_docx(doc, out(7, "docx"))


# ====================================================================== 08
# NOT a SIP: school health service's own "Hälsoplan" for a pupil with type 1 diabetes.
# Söderköping (Östergötland).

def plan08():
    doc = new_doc(created=dt.datetime(2024, 8, 20, 9, 0))
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Söderköpings kommun · Barn- och utbildningsförvaltningen · Elevhälsan"
    hp.runs[0].font.size = Pt(8)

    para(doc, "HÄLSOPLAN", bold=True, size=18, space_after=0)
    para(doc, "Elevhälsans medicinska insats – elev med diabetes typ 1", size=11, space_after=10)

    info = doc.add_table(rows=5, cols=2)
    info.style = doc.styles["Table Grid"]
    for i, (k, v) in enumerate([
        ("Elev", "A., klass 4B"),
        ("Personnummer", "ÅÅMMDD-XXXX"),
        ("Skola", "Ängsskolan, Söderköping"),
        ("Vårdnadshavare", "Mamma och pappa, nås via telefon 070-XXX XX XX"),
        ("Diabetesteam", "Barn- och ungdomsmedicinska mottagningen, Vrinnevisjukhuset "
                         "(diabetessjuksköterska, via växeln)"),
    ]):
        cell_text(info.rows[i].cells[0], k, bold=True)
        cell_text(info.rows[i].cells[1], v)
    set_col_widths(info, [4.0, 12.5])

    def h(t):
        para(doc, t, bold=True, size=12, space_before=10, space_after=3)

    h("Om elevens diabetes")
    para(doc, "A. har diabetes typ 1 sedan 2022. Hon har insulinpump och en sensor som mäter "
              "blodsockret hela tiden och visar värdet i en app i mobilen. Mobilen ska alltid "
              "finnas med, även på lektioner och idrott. A. klarar själv att läsa av värdet och "
              "att ge insulin till måltid via pumpen, men behöver en vuxen som påminner och "
              "dubbelkollar kolhydraträkningen vid lunch.")

    h("Lågt blodsocker (under 4 mmol/l)")
    para(doc, "Tecken: blek, svettig, darrig, trött, irriterad eller okoncentrerad.",
         space_after=2)
    for t in ("Ge 2–3 druvsockertabletter eller ett glas juice. Druvsocker finns i A:s väska "
              "och i klassrummet.",
              "Kontrollera värdet igen efter 15 minuter. Upprepa om det fortfarande är under 4.",
              "Lämna aldrig A. ensam när blodsockret är lågt. Skicka inte iväg henne själv till "
              "expeditionen.",
              "Om A. blir medvetslös: ring 112, lägg henne i stabilt sidoläge, ge ingenting i "
              "munnen. Kontakta därefter vårdnadshavare."):
        para(doc, t, style="List Bullet", space_after=0)

    h("Högt blodsocker (över 14 mmol/l)")
    para(doc, "A. kan behöva dricka vatten och gå på toaletten oftare. Hon ger extra insulin "
              "enligt sitt schema. Om värdet är över 15 två mätningar i rad kontaktas "
              "vårdnadshavare.")

    h("Måltider")
    para(doc, "Skolmatsalen skickar veckans matsedel med kolhydratinnehåll till vårdnadshavare "
              "på fredagar. Klassläraren eller elevassistenten sitter med A. vid lunch och "
              "kontrollerar att hon räknar och doserar. Mellanmål vid fritids kl. 14.30.")

    h("Idrott, utflykter och prov")
    para(doc, "Före idrott kontrolleras blodsockret; vid värde under 7 äter A. en frukt eller "
              "ett mellanmål innan. Idrottsläraren har druvsocker med sig. Vid utflykter tar "
              "ansvarig lärare med druvsocker, mellanmål och A:s reservsaker. Vid prov får A. "
              "kontrollera blodsockret och äta under provet om det behövs, och få extra tid.")

    h("Ansvarsfördelning")
    data_table(doc, ["Vem", "Ansvar"], [
        ("Skolsköterska", "Upprättar och reviderar hälsoplanen, informerar personal, "
                          "kontakt med diabetesteamet"),
        ("Rektor", "Ser till att personalen har tid för utbildning och att vikarier får "
                   "informationen"),
        ("Klasslärare / elevassistent", "Stöd vid lunch, uppmärksamma tecken på lågt "
                                        "blodsocker, informera vikarie"),
        ("Vårdnadshavare", "Ser till att A. har laddad mobil, druvsocker och reservmaterial, "
                           "meddelar ändringar i behandlingen"),
        ("Diabetesteamet", "Utbildar skolpersonalen en gång per läsår"),
    ], [5.0, 11.5])

    h("Utbildning av personal")
    para(doc, "Diabetessjuksköterskan från diabetesteamet utbildar berörd personal "
              "2024-08-27 kl. 14.00 i personalrummet. Vikariepärm med denna plan finns i "
              "klassrummet.")

    h("Giltighet")
    para(doc, "Hälsoplanen gäller läsåret 2024/2025 och revideras i augusti 2025 eller tidigare "
              "om behandlingen ändras. Vårdnadshavarna har gett muntligt samtycke till att "
              "skolsköterskan har kontakt med diabetesteamet.")

    para(doc, "", space_after=16)
    sig = doc.add_table(rows=2, cols=3)
    for j, t in enumerate(("Vårdnadshavare", "Skolsköterska", "Rektor")):
        cell_text(sig.rows[0].cells[j], "\n\n______________________")
        cell_text(sig.rows[1].cells[j], t, size=9)
    para(doc, "Söderköping 2024-08-20", size=9, space_before=8)
    save_docx(doc, out(8, "docx"))


def main():
    os.makedirs(OUT, exist_ok=True)
    for fn in (plan01, plan02, plan03, plan04, plan05, plan06, plan07, plan08):
        fn()
    print("wrote", sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()
