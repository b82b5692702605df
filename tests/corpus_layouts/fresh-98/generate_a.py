#!/usr/bin/env python3
"""Generate batch f98a: eight fictional, anonymized documents (seven SIP plans + one non-plan),
Region Uppsala. Deterministic: fixed dates, no randomness.

Run with /work/batches/.venv/bin/python generate.py
"""
import copy
import os
import shutil
import subprocess
import tempfile
import textwrap

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f98a"
LO_PROFILE = "file:///tmp/lo-f98a"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def out(nn, ext):
    return os.path.join(OUT, f"{PREFIX}-{nn:02d}.{ext}")


def fix_core(doc, title, author):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    import datetime
    cp.created = datetime.datetime(2025, 1, 1, 8, 0, 0)
    cp.modified = datetime.datetime(2025, 1, 1, 8, 0, 0)
    cp.revision = 1


def set_cell_shading(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def mark_header_row(row):
    trPr = row._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trPr.append(th)


def bold_par(doc, text, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    return p


def label_value(doc, label, value):
    p = doc.add_paragraph()
    r = p.add_run(label + " ")
    r.bold = True
    p.add_run(value)
    return p


# ---------------------------------------------------------------------------
# 1. .docx with Word footnotes carrying consent and follow-up date
# ---------------------------------------------------------------------------

FOOTNOTES_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
    'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
    'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
    "{notes}"
    "</w:footnotes>"
)

FOOTNOTE_TMPL = (
    '<w:footnote w:id="{id}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
    '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
    '<w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>'
)


def add_footnote_styles(doc):
    styles = doc.styles.element
    styles.append(parse_xml(
        f'<w:style {nsdecls("w")} w:type="paragraph" w:styleId="FootnoteText">'
        '<w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:link w:val="FootnoteTextChar"/>'
        '<w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
        '<w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        '<w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>'))
    styles.append(parse_xml(
        f'<w:style {nsdecls("w")} w:type="character" w:styleId="FootnoteReference">'
        '<w:name w:val="footnote reference"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
        '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'))


def add_footnote_ref(paragraph, fid):
    r = OxmlElement("w:r")
    rPr = OxmlElement("w:rPr")
    rs = OxmlElement("w:rStyle")
    rs.set(qn("w:val"), "FootnoteReference")
    rPr.append(rs)
    r.append(rPr)
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), str(fid))
    r.append(ref)
    paragraph._p.append(r)


def attach_footnotes(doc, notes):
    body = "".join(FOOTNOTE_TMPL.format(id=i, text=t) for i, t in notes)
    blob = FOOTNOTES_XML.format(notes=body).encode("utf-8")
    part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, blob, doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)
    settings = doc.settings.element
    fpr = parse_xml(
        f'<w:footnotePr {nsdecls("w")}><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>')
    # footnotePr belongs early in settings; insert after w:defaultTabStop if present
    anchor = settings.find(qn("w:defaultTabStop"))
    if anchor is not None:
        anchor.addnext(fpr)
    else:
        settings.insert(0, fpr)


def plan01():
    doc = Document()
    fix_core(doc, "SIP J.", "Kristina")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    add_footnote_styles(doc)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Enköpings kommun – Vuxenenheten\t\t2025-03-04"
    fp = sec.footer.paragraphs[0]
    fp.text = "Dokumentet innehåller uppgifter som omfattas av sekretess enligt OSL 26 kap."
    fp.runs[0].font.size = Pt(8)

    doc.add_heading("Samordnad individuell plan (SIP)", level=0)
    p = doc.add_paragraph("Gäller: J., född ÅÅMMDD-XXXX, Enköping")
    p = doc.add_paragraph(
        "Planen upprättades på SIP-möte 2025-03-04 i Psykosmottagningen Enköpings lokaler.")
    add_footnote_ref(p, 1)

    doc.add_heading("Bakgrund", level=1)
    doc.add_paragraph(
        "J. är 34 år och bor ensam i en hyreslägenhet i centrala Enköping. Han har diagnosen "
        "schizofreni sedan 2016 och har kontakt med Psykosmottagningen Enköping. Under hösten "
        "2024 slutade J. ta sin medicin och blev inlagd på Psykiatriska klinikens slutenvård i "
        "Uppsala under tre veckor i november. Under samma period betalades inte hyran och det "
        "finns nu en hyresskuld motsvarande tre månadshyror. Hyresvärden har skickat en "
        "uppsägningsvarning. J. har även skulder hos Kronofogden sedan tidigare (ca 40 000 kr) "
        "och har svårt att öppna post. J. har sedan 2021 aktivitetsersättning och dagarna blir "
        "långa och ostrukturerade.")

    doc.add_heading("Syfte med planen", level=1)
    doc.add_paragraph(
        "Syftet är att J. ska kunna bo kvar i sin lägenhet och att psykiatrin, boendestödet och "
        "socialtjänsten tillsammans ser till att behandlingen fortsätter och att hyresskulden "
        "inte leder till vräkning. Planen ska också göra det tydligt för J. vem han ska vända "
        "sig till i olika frågor.")

    doc.add_heading("Inför mötet", level=1)
    label_value(doc, "Frågeställningar:", "Gå igenom läget.")

    doc.add_heading("J:s delaktighet och önskemål", level=1)
    doc.add_paragraph(
        "J. deltog på hela mötet. Han sa att det är för många som ringer honom och att han "
        "helst vill ha en person att prata med. Han önskar att besöken från boendestödet sker "
        "på eftermiddagar eftersom han sover dåligt och har svårt att komma upp på morgonen. "
        "Han vill inte flytta till ett boende med personal.")

    doc.add_heading("Mål", level=1)
    doc.add_paragraph(
        "Målet är att J. ska ha kvar sin lägenhet, ta sin medicin regelbundet och ha en "
        "ekonomi i balans med betalda hyror.")

    doc.add_heading("Insatser och ansvar", level=1)
    bold_par(doc, "Psykosmottagningen Enköping (Region Uppsala)")
    doc.add_paragraph(
        "Fortsatt läkemedelsbehandling med depåinjektion var tredje vecka. Sjuksköterska Anna "
        "är fast vårdkontakt och ger injektionerna på mottagningen, nästa gång 2025-03-11. "
        "Läkare gör läkemedelsgenomgång senast 2025-04-15.")
    bold_par(doc, "Boendestöd, Socialförvaltningen Enköpings kommun")
    doc.add_paragraph(
        "Boendestöd två eftermiddagar i veckan med start vecka 12 (från 2025-03-17): stöd med "
        "att öppna och sortera post, handla och hålla ordning i lägenheten. Ansvarig är "
        "enhetschef för boendestödet, som utser en fast boendestödjare.")
    bold_par(doc, "Vuxenenheten, Socialförvaltningen Enköpings kommun")
    doc.add_paragraph(
        "Socialsekreterare Kristina utreder ansökan om ekonomiskt bistånd för hyresskulden och "
        "tar kontakt med hyresvärden om en avbetalningsplan. Klart senast 2025-03-21.")
    bold_par(doc, "Budget- och skuldrådgivningen, Enköpings kommun")
    doc.add_paragraph(
        "J. får en tid hos budget- och skuldrådgivare för genomgång av skulderna hos "
        "Kronofogden och möjligheten att ansöka om skuldsanering.")

    doc.add_heading("Huvudansvar", level=1)
    doc.add_paragraph(
        "Huvudansvarig för planen är Kristina, socialsekreterare på Vuxenenheten, "
        "Socialförvaltningen Enköpings kommun. Hon kallar till uppföljning och är den J. i "
        "första hand kontaktar om planen.")

    doc.add_heading("Uppföljning", level=1)
    p = doc.add_paragraph("Planen följs upp på ett nytt SIP-möte.")
    add_footnote_ref(p, 2)

    doc.add_paragraph()
    doc.add_paragraph("Enköping 2025-03-04")
    doc.add_paragraph("Kristina, socialsekreterare")

    attach_footnotes(doc, [
        (1, "Samtycke till att berörda verksamheter delar information och samverkar kring "
            "planen lämnades muntligt av J. på mötet 2025-03-04 och har dokumenterats i "
            "journal respektive akt."),
        (2, "Uppföljningsmöte är bokat till 2025-05-20 kl. 13.00 på Psykosmottagningen "
            "Enköping. Kallelse skickas av huvudansvarig."),
    ])
    doc.save(out(1, "docx"))


# ---------------------------------------------------------------------------
# 2. .docx, Heading 1 numbered by automatic list numbering (numPr)
# ---------------------------------------------------------------------------

def add_heading_numbering(doc):
    numbering = doc.part.numbering_part.element
    abs_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    aid = max(abs_ids + [0]) + 1
    nid = max(num_ids + [0]) + 1
    absn = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{aid}">'
        '<w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:pStyle w:val="Heading1"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="432" w:hanging="432"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
        '<w:pStyle w:val="Heading2"/><w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="576" w:hanging="576"/></w:pPr></w:lvl>'
        '</w:abstractNum>')
    # abstractNum elements must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = parse_xml(
        f'<w:num {nsdecls("w")} w:numId="{nid}"><w:abstractNumId w:val="{aid}"/></w:num>')
    numbering.append(num)
    return nid


def num_heading(doc, text, nid):
    h = doc.add_heading(text, level=1)
    pPr = h._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), "0")
    numId = OxmlElement("w:numId")
    numId.set(qn("w:val"), str(nid))
    numPr.append(ilvl)
    numPr.append(numId)
    # numPr goes after pStyle
    pstyle = pPr.find(qn("w:pStyle"))
    if pstyle is not None:
        pstyle.addnext(numPr)
    else:
        pPr.insert(0, numPr)
    return h


def plan02():
    doc = Document()
    fix_core(doc, "SIP Elsa", "Elevhälsan Tierp")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    nid = add_heading_numbering(doc)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Tierps kommun – Barn- och utbildningsförvaltningen"
    f = sec.footer.paragraphs[0]
    f.text = "SIP Elsa, 2025-05-13"
    f.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    t = doc.add_paragraph()
    r = t.add_run("Samordnad individuell plan – SIP")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Namn: Elsa, åk 7\tPersonnummer: ÅÅMMDD-XXXX\nMötesdatum: 2025-05-13\t"
                      "Plats: Centralskolan, Tierp")

    num_heading(doc, "Bakgrund", nid)
    doc.add_paragraph(
        "Elsa går i årskurs 7 på Centralskolan i Tierp. Sedan höstlovet har närvaron sjunkit "
        "och under vårterminen har hon varit i skolan ungefär 30 % av tiden, oftast bara "
        "första lektionen. Hon har magont och svårt att sova söndag–måndag. BUP Tierp gjorde "
        "en bedömning i februari och hon har diagnosen generaliserat ångestsyndrom. Elsa har "
        "påbörjat KBT på BUP. Socialtjänsten i Tierp har tagit emot en orosanmälan från "
        "skolan om den långa frånvaron och har inlett en utredning enligt 11 kap. 1 § SoL.")

    num_heading(doc, "Syfte", nid)
    doc.add_paragraph("Samordning av insatser.")

    num_heading(doc, "Frågeställningar", nid)
    doc.add_paragraph("")

    num_heading(doc, "Mål", nid)
    doc.add_paragraph(
        "Målet är att Elsa ska återgå till skolan på heltid under höstterminen 2025 och att "
        "ångesten ska minska så att hon kan sova på söndagskvällar.")

    num_heading(doc, "Delaktighet och samtycke", nid)
    doc.add_paragraph("Elsa och hennes mamma deltog på mötet. Samtycke finns.")

    num_heading(doc, "Insatser", nid)
    rows = [
        ("Anpassad studiegång med start i lugn studiemiljö (Ateljén) två lektioner per dag, "
         "utökas stegvis", "Rektor, Centralskolan", "2025-05-19"),
        ("Stödsamtal varje vecka och daglig incheckning via lärplattformen",
         "Skolkurator, Elevhälsan Centralskolan", "2025-05-19"),
        ("KBT med exponeringsövningar kopplade till skolstart, 12 tillfällen",
         "Psykolog, BUP Tierp", "2025-05-15"),
        ("Läkarbedömning av sömnsvårigheter och ev. läkemedel",
         "Läkare, BUP Tierp", "2025-06-05"),
        ("Slutföra utredning och erbjuda familjebehandling i hemmet",
         "Socialsekreterare, Barn och unga, Socialtjänsten Tierp", "2025-06-30"),
    ]
    tbl = doc.add_table(rows=1, cols=3)
    tbl.style = "Table Grid"
    hdr = tbl.rows[0].cells
    for c, txt in zip(hdr, ("Insats", "Ansvarig", "Från när")):
        c.text = ""
        rr = c.paragraphs[0].add_run(txt)
        rr.bold = True
        set_cell_shading(c, "D9E2F3")
    mark_header_row(tbl.rows[0])
    for a, b, c in rows:
        cells = tbl.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = a, b, c
    for row in tbl.rows:
        row.cells[0].width = Cm(8.5)
        row.cells[1].width = Cm(5.5)
        row.cells[2].width = Cm(2.5)

    num_heading(doc, "Huvudansvar", nid)
    doc.add_paragraph("Tierps kommun.")

    num_heading(doc, "Uppföljning", nid)
    doc.add_paragraph("Uppföljning vecka 38.")

    num_heading(doc, "Deltagare", nid)
    for d in [
        "Elsa",
        "Mamma till Elsa (vårdnadshavare)",
        "Jenny, mentor, Centralskolan Tierp",
        "Ahmed, skolkurator, Elevhälsan Centralskolan Tierp",
        "Karin, rektor, Centralskolan Tierp",
        "Sofia, psykolog, BUP Tierp, Region Uppsala",
        "Petter, socialsekreterare, Barn och unga, Socialtjänsten Tierps kommun",
    ]:
        doc.add_paragraph(d, style="List Bullet")
    doc.save(out(2, "docx"))


# ---------------------------------------------------------------------------
# 3. .pdf drawn with fpdf2, landscape, boxed fields + life-area matrix
# ---------------------------------------------------------------------------

class CosmicPDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 8)
        self.set_text_color(80, 80, 80)
        self.cell(90, 5, "Cosmic – Region Uppsala", new_x="RIGHT", new_y="TOP")
        self.cell(97, 5, "Samordnad individuell plan (SIP)", align="C", new_x="RIGHT", new_y="TOP")
        self.cell(90, 5, "Utskriftsdatum 2025-02-19 08:42", align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(90, 5, "Patient: N., ÅÅMMDD-XXXX", new_x="RIGHT", new_y="TOP")
        self.cell(97, 5, "", new_x="RIGHT", new_y="TOP")
        self.cell(90, 5, f"Sida {self.page_no()} ({{nb}})", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(120, 120, 120)
        self.line(10, self.get_y() + 1, 287, self.get_y() + 1)
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(100, 100, 100)
        self.cell(0, 5, "Utskriven av: Jonatan, sjuksköterska, Beroendecentrum Uppsala. Utskrift är en "
                  "kopia – original finns i journalen.", align="L")


def box_field(pdf, x, y, w, h, label, value):
    pdf.set_draw_color(0, 0, 0)
    pdf.rect(x, y, w, h)
    pdf.set_xy(x + 1.5, y + 1)
    pdf.set_font("DejaVu", "B", 7.5)
    pdf.cell(w - 3, 4, label, new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(x + 1.5, y + 5.5)
    pdf.set_font("DejaVu", "", 9)
    if value:
        pdf.multi_cell(w - 3, 4.4, value, align="L")


def plan03():
    pdf = CosmicPDF(orientation="L", unit="mm", format="A4")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_auto_page_break(True, margin=15)
    pdf.alias_nb_pages()
    pdf.set_title("SIP")
    pdf.set_author("Cosmic")
    pdf.set_creation_date(__import__("datetime").datetime(2025, 2, 19, 8, 42))
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(0, 7, "Samordnad individuell plan – SIP", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    pdf.cell(0, 5, "Vårdenhet: Beroendecentrum Uppsala, öppenvård   |   "
             "Dokumenttyp: SIP   |   Status: Signerad", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)

    y = pdf.get_y()
    box_field(pdf, 10, y, 90, 14, "Namn", "N.")
    box_field(pdf, 100, y, 60, 14, "Personnummer", "ÅÅMMDD-XXXX")
    box_field(pdf, 160, y, 60, 14, "Mötesdatum", "2025-02-18")
    box_field(pdf, 220, y, 67, 14, "Plats", "Socialförvaltningen, Uppsala")
    y += 14
    box_field(pdf, 10, y, 277, 20, "Syfte med SIP",
              "Att N. ska få en sammanhållen plan för behandlingen av sitt missbruk och för "
              "boende och ekonomi nu när han har blivit vräkt och tillfälligt bor hos sin mamma, "
              "så att insatserna från beroendevården och socialtjänsten inte krockar.")
    y += 20
    box_field(pdf, 10, y, 138, 14, "Frågeställningar inför mötet", "")
    box_field(pdf, 148, y, 139, 14, "Deltagare", "")
    y += 14
    box_field(pdf, 10, y, 138, 14, "Samtycke",
              "☐ Muntligt   ☐ Skriftligt   Datum: ÅÅÅÅ-MM-DD")
    box_field(pdf, 148, y, 139, 14, "Övriga aktörer", "Arbetsförmedlingen, mamma")
    y += 14
    box_field(pdf, 10, y, 138, 14, "Huvudansvarig",
              "Elin, socialsekreterare, Beroendeenheten vuxna, Socialförvaltningen Uppsala kommun")
    box_field(pdf, 148, y, 139, 14, "Uppföljning", "")
    y += 14
    pdf.set_y(y + 4)

    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 6, "Livsområden", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 8)
    data = [
        ("Boende",
         "Vräkt från lägenhet i Gottsunda i december 2024 p.g.a. störningar och hyresskuld. "
         "Bor tillfälligt hos mamma, som har sagt att det inte kan fortsätta efter april.",
         "N. ska ha ett eget boende med stöd.",
         "Utredning och beslut om träningslägenhet (Bostad först-liknande upplägg) med "
         "boendestöd 2 ggr/vecka.",
         "Socialsekreterare, Beroendeenheten vuxna, Uppsala kommun",
         "2025-04-01"),
        ("Ekonomi",
         "Skulder hos Kronofogden och hyresskuld till tidigare hyresvärd. Har inga "
         "inkomster, ansöker om ekonomiskt bistånd.",
         "N. ska ha en ekonomi som räcker till hyra och mat.",
         "Ekonomiskt bistånd prövas månadsvis. Kontakt med budget- och skuldrådgivning.",
         "Kommunen",
         ""),
        ("Hälsa",
         "Dagligt cannabisbruk, periodvis amfetamin. Sover dåligt, nedstämd. Har ingen "
         "läkarkontakt för sin psykiska hälsa.",
         "N. ska minska och på sikt sluta med droger.",
         "Inskrivning på Beroendecentrum Uppsala: läkarbedömning, provtagning (urinprov "
         "2 ggr/vecka) och återfallsprevention i grupp (ÅP), 10 träffar.",
         "Kontaktperson/sjuksköterska, Beroendecentrum Uppsala, Region Uppsala",
         "Start 2025-02-24, ÅP klar 2025-05-05"),
        ("Skola/Sysselsättning",
         "Har inte fullständiga gymnasiebetyg. Inskriven på Arbetsförmedlingen men inte "
         "aktiv. Ingen daglig struktur.",
         "N. ska ha en sysselsättning under dagtid.",
         "Motiverande samtal (MI) om sysselsättning och studier, 4 samtal. Informera om "
         "Komvux Uppsala.",
         "Behandlare, Beroendeenheten vuxna (öppenvård), Uppsala kommun",
         "2025-04-15"),
    ]
    headings = ("Livsområde", "Nuläge", "Mål", "Insats", "Ansvarig", "Klart när")
    with pdf.table(
        col_widths=(38, 60, 36, 70, 46, 27),
        headings_style=FontFace(emphasis="BOLD", fill_color=(220, 220, 220)),
        line_height=4.6,
        repeat_headings=1,
        text_align="LEFT",
    ) as table:
        row = table.row()
        for h in headings:
            row.cell(h)
        for r in data:
            row = table.row()
            for i, c in enumerate(r):
                if i == 0:
                    row.cell(c, style=FontFace(emphasis="BOLD"))
                else:
                    row.cell(c)
    pdf.ln(4)
    pdf.set_font("DejaVu", "", 8)
    pdf.cell(0, 5, "Signerad 2025-02-19 av Jonatan, sjuksköterska. Kontrasignerad: –",
             new_x="LMARGIN", new_y="NEXT")
    pdf.output(out(3, "pdf"))


# ---------------------------------------------------------------------------
# 4. .md with YAML front matter
# ---------------------------------------------------------------------------

PLAN04 = """\
---
datum: 2025-04-09
deltagare:
  - Malin
  - Ingrid
  - Johan
  - Petra
  - Lars
huvudansvarig: LSS-handläggare
uppföljning: september 2025
---

# SIP – Malin

## Bakgrund

Malin är 26 år och bor sedan ett år i egen lägenhet i Knivsta. Hon har autism och
har tidigare bott hemma hos sina föräldrar. Hon har daglig verksamhet enligt LSS tre
dagar i veckan men har varit hemma mycket sedan jul, eftersom det blev för stökigt i
gruppen efter att verksamheten flyttade till nya lokaler. Malin äter oregelbundet,
handlar mest färdigmat och har ibland låtit bli att öppna dörren när personal kommer.
Hon har haft kontakt med habiliteringen som vuxen men inte det senaste året.

## Malin berättar

Malin var med på mötet hela tiden. Hon hade skrivit ner vad hon ville säga i
telefonen innan och läste upp det:

> "Jag vill ha ett jobb där det är lugnt och där ingen pratar med mig hela tiden.
> Jag vill lära mig laga tre maträtter själv. Jag vill inte att det kommer nya
> människor hem till mig utan att jag vet vem det är."

Malin sa också att hon tycker det är bättre med sms än att folk ringer, och att hon
vill ha samma tid varje vecka.

## Insatser

- Fortsatt stöd i vardagen.
- Hjälp vid behov med att hålla kontakter.
- Se över den dagliga verksamheten.
- Fortsatt kontakt kring sysselsättning.

## Övrigt

Mötet kändes lugnt och Malin orkade vara med hela tiden. Nästa möte blir i samma rum.
"""


def plan04():
    with open(out(4, "md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(PLAN04)


# ---------------------------------------------------------------------------
# 5. .txt e-mail reply, quoted questions with "> "
# ---------------------------------------------------------------------------

PLAN05 = """\
Från: Socialtjänsten Östhammar, Vuxenenheten
Skickat: den 23 januari 2025 10:14
Till: Enhetschef Hemtjänst och boendestöd Östhammar
Ämne: SV: SIP för L. inför utskrivning – kan du sammanfatta?

Hej Mikael!

Tack för dina frågor. Här kommer en sammanfattning av SIP:en vi gjorde i går
(2025-01-22) på avdelning 102, Akademiska sjukhuset, inför att L. skrivs ut.
Jag svarar under varje fråga så blir det lättare att följa. Det här är också
det som skrivs in som plan i L:s akt.

> Hej,
> tyvärr kunde jag inte vara med på mötet i går. Vad var syftet med
> SIP:en den här gången?

Samordning inför utskrivningen.

> Vad var det ni behövde reda ut?

Det vi hade med oss in i mötet var framför allt två frågor: hur L. ska klara
de första veckorna hemma i Östhammar utan att bli isolerad igen, och vem som
ska hjälpa henne med räkningarna, eftersom elen nästan stängdes av i höstas
när hon låg inne. Vi pratade också om hur hon ska ta sig till mottagningen
när hon inte får köra bil.

> Var L. själv med och vad tycker hon?

Ja, L. var med hela mötet. Hon var trött men tydlig.
Hon sa: "Jag vill klara mig hemma och kunna träffa mina barnbarn igen utan att
någon är orolig för mig." Hon vill helst ha besök på förmiddagen och vill inte
att boendestödet kommer varje dag den första tiden, hellre tre dagar i veckan.
Samtycke finns.

> Vad blir det för insatser, och vem gör vad? Vi behöver veta när vi ska
> börja.

1. Boendestöd tre förmiddagar i veckan (mån, ons, fre) med start
   2025-01-27, dagen efter utskrivningen. Stöd med struktur, mat och att
   komma ut en stund varje dag. Ansvarig: du/Hemtjänst och boendestöd
   Östhammar, enhetschef (Mikael) utser kontaktperson senast 2025-01-24.
2. Uppföljande besök med kontaktsjuksköterska på Psykiatriska
   öppenvårdsmottagningen Östhammar 2025-01-29, därefter varannan vecka.
   Ansvarig: kontaktsjuksköterska Helena, Psykiatriska öppenvårdsmottagningen
   Östhammar, Region Uppsala.
3. Läkarbesök för uppföljning av litiumbehandling och provtagning 2025-02-12.
   Ansvarig: läkare på samma mottagning, provtagning på Vårdcentralen
   Östhammar.
4. Ansökan om god man för hjälp med ekonomin. Socialsekreterare på
   Vuxenenheten (jag, Therese) hjälper L. att skriva ansökan och skickar den
   till Överförmyndaren i Uppsala län senast 2025-02-07.
5. Ansökan om färdtjänst för resor till mottagningen. Ansvarig:
   biståndshandläggare, Östhammars kommun, beslut senast 2025-02-14.

> Finns det fler som ska göra något, t.ex. anhöriga eller FK?

Ja:
- L:s bror Per kör henne till mottagningen 2025-01-29 och 2025-02-12 tills
  färdtjänsten är klar, och hjälper henne att betala januari- och
  februarifakturorna via internetbanken tills god man finns.
- L. själv ansöker om sjukpenning hos Försäkringskassan (hon har ett
  läkarintyg från avdelningen) senast 2025-01-31. Kontaktsjuksköterskan
  hjälper henne att logga in vid första besöket om det behövs.
- Försäkringskassan handlägger ärendet; vi har inte haft kontakt med någon
  handläggare där ännu.

> Vem har huvudansvaret?

Huvudansvaret ligger hos socialtjänsten.

Hör av dig om något är oklart. Jag skickar den underskrivna planen till
alla när L. har fått sitt exemplar.

Vänliga hälsningar
Therese
Socialsekreterare, Vuxenenheten
Socialtjänsten Östhammars kommun
Tel: via växeln
"""


def plan05():
    data = PLAN05.replace("\n", "\r\n")
    with open(out(5, "txt"), "w", encoding="utf-8", newline="") as fh:
        fh.write(data)


# ---------------------------------------------------------------------------
# 6. .docx child-friendly SIP
# ---------------------------------------------------------------------------

def plan06():
    doc = Document()
    fix_core(doc, "Min SIP – Theo", "Sara")
    st = doc.styles["Normal"]
    st.font.name = "Verdana"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Heby kommun – Barn och familj"
    fp = sec.footer.paragraphs[0]
    fp.text = "Theos plan – våren 2025"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run("Theos plan")
    r.bold = True
    r.font.size = Pt(22)
    r.font.color.rgb = RGBColor(0x1F, 0x6F, 0x5C)
    s = doc.add_paragraph()
    s.alignment = WD_ALIGN_PARAGRAPH.CENTER
    rs = s.add_run("SIP – samordnad individuell plan")
    rs.font.small_caps = True
    rs.font.size = Pt(12)
    doc.add_paragraph("Vi träffades onsdag 23 april 2025 på Vretaskolan i Heby.")

    doc.add_heading("Vi som var med", level=2)
    doc.add_paragraph("Theo, mamma, pappa, Lena (lärare), Anna (sjuksköterska), "
                      "Sara (socialsekreterare).")

    doc.add_heading("Får vi prata med varandra om dig?", level=2)
    doc.add_paragraph(
        "Ja, sa du, mamma och pappa på mötet 23 april 2025. Mamma och pappa skrev också "
        "under på samtyckesblanketten samma dag.")

    doc.add_heading("Det här ville vi prata om", level=2)
    doc.add_paragraph("Hur det går.")

    areas = [
        ("Skolan",
         ["Jag blir arg när det är för mycket ljud i klassrummet.",
          "Jag vill sitta längst bak vid fönstret.",
          "Jag vill kunna vara kvar på rasten utan att det blir bråk."],
         ["Theo har svårt att komma igång med uppgifter och det blir ofta konflikter på rasten.",
          "Skolan ger Theo en egen arbetsplats och hörselkåpor.",
          "En rastvärd är med Theo på förmiddagsrasten."]),
        ("Hemma",
         ["Det är jobbigt på morgonen.",
          "Jag vill spela Minecraft med pappa på helgen.",
          "Jag vill inte att mamma och pappa skriker."],
         ["Mamma och pappa tycker att morgnarna är svårast och att det blir bråk om skärmtid.",
          "Mamma och pappa ska få tips om hur man gör ett bildschema för morgonen."]),
        ("Må bra",
         ["Jag har svårt att somna.",
          "Medicinen gör att jag inte är hungrig på lunchen."],
         ["BUP ser över Theos ADHD-medicin och hur han sover.",
          "Skolsköterskan väger och mäter Theo."]),
        ("Fritiden",
         ["Jag vill börja på fotboll igen.", "Jag har en kompis, Leo."],
         ["Pappa kollar med Heby IF om det finns plats i Theos åldersgrupp."]),
    ]
    for title, me, adults in areas:
        doc.add_heading(title, level=2)
        tbl = doc.add_table(rows=2, cols=2)
        tbl.style = "Table Grid"
        tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
        h = tbl.rows[0].cells
        for c, txt, fill in ((h[0], "Det här säger jag", "FFF2CC"),
                             (h[1], "Det här säger de vuxna", "DDEBF7")):
            c.text = ""
            rr = c.paragraphs[0].add_run(txt)
            rr.bold = True
            set_cell_shading(c, fill)
        mark_header_row(tbl.rows[0])
        body = tbl.rows[1].cells
        body[0].text = ""
        body[1].text = ""
        for i, line in enumerate(me):
            p = body[0].paragraphs[0] if i == 0 else body[0].add_paragraph()
            p.add_run(line)
        for i, line in enumerate(adults):
            p = body[1].paragraphs[0] if i == 0 else body[1].add_paragraph()
            p.add_run(line)
        for row in tbl.rows:
            row.cells[0].width = Cm(8)
            row.cells[1].width = Cm(8)
        doc.add_paragraph()

    doc.add_heading("Vem gör vad", level=2)
    items = [
        "Lena, din lärare: ordnar en egen arbetsplats vid fönstret och hörselkåpor från "
        "måndag 5 maj.",
        "Rektorn på Vretaskolan: ser till att en rastvärd är med dig på förmiddagsrasten "
        "från 5 maj.",
        "Anna på BUP Uppsala: träffar dig och mamma eller pappa och pratar om medicinen och "
        "sömnen.",
        "Sara på socialtjänsten: ordnar plats i föräldragruppen ABC för mamma och pappa, "
        "start i september.",
        "Mamma och pappa: gör ett bildschema för morgonen tillsammans med dig innan 1 juni, "
        "och går i föräldragruppen.",
        "Pappa: ringer Heby IF om fotbollen innan sommarlovet.",
        "Du själv: säger till Lena eller visar det röda kortet när det blir för mycket.",
    ]
    for it in items:
        doc.add_paragraph(it, style="List Bullet")

    doc.add_heading("Den som håller ihop planen", level=2)
    doc.add_paragraph("Sara, socialsekreterare på Barn och familj, Heby kommun. Hon ser till att "
                      "alla gör det de har lovat.")

    doc.add_heading("Nästa gång vi ses", level=2)
    doc.add_paragraph("Torsdag 12 juni 2025 kl. 14.00, på Vretaskolan.")
    doc.save(out(6, "docx"))


# ---------------------------------------------------------------------------
# 7. .pdf via LibreOffice from .docx, numbered "Beslut och överenskommelser"
# ---------------------------------------------------------------------------

def plan07(tmpdir):
    doc = Document()
    fix_core(doc, "SIP I.", "Maja")
    st = doc.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.top_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hp.text = "Uppsala kommun, Utbildningsförvaltningen – Elevhälsan Gottsundaskolan"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "SIP I., 2025-03-03"
    fp.runs[0].font.size = Pt(8)

    doc.add_heading("Samordnad individuell plan (SIP)", level=1)
    tbl = doc.add_table(rows=3, cols=2)
    tbl.style = "Table Grid"
    meta = [("Elev", "I., åk 9, Gottsundaskolan, Uppsala (ÅÅMMDD-XXXX)"),
            ("Datum för mötet", "2025-03-03, kl. 09.00–10.30"),
            ("Plats", "Gottsundaskolan, elevhälsans konferensrum")]
    for row, (a, b) in zip(tbl.rows, meta):
        row.cells[0].text = ""
        row.cells[0].paragraphs[0].add_run(a).bold = True
        row.cells[1].text = b
        row.cells[0].width = Cm(4)
        row.cells[1].width = Cm(12)
    doc.add_paragraph()

    doc.add_heading("Deltagare", level=2)
    for d in [
        "Maja, skolkurator, Elevhälsan Gottsundaskolan, Uppsala kommun",
        "Eva, skolsköterska, Elevhälsan Gottsundaskolan, Uppsala kommun",
        "Tobias, mentor åk 9, Gottsundaskolan",
        "Linnea, specialpedagog, Gottsundaskolan",
        "Hanna, sjuksköterska, Ätstörningsenheten BUP, Akademiska sjukhuset, Region Uppsala",
        "Omar, socialsekreterare, Barn och ungdom, Socialförvaltningen Uppsala kommun",
    ]:
        doc.add_paragraph(d, style="List Bullet")

    doc.add_heading("Bakgrund", level=2)
    doc.add_paragraph(
        "I. är 15 år och går i årskurs 9. Under hösten har hon gått ner kraftigt i vikt och "
        "hon utreds sedan januari på Ätstörningsenheten BUP för misstänkt anorexia nervosa. "
        "Hon äter inte skollunch och har varit frånvarande ca 40 % sedan jullovet, framför "
        "allt på idrottslektioner och eftermiddagar. Betygen i flera ämnen är i fara inför "
        "gymnasievalet. Socialförvaltningen har fått en orosanmälan från skolan i februari.")
    doc.add_paragraph(
        "Vårdnadshavarna lämnade skriftligt samtycke till samverkan mellan skolan, BUP och "
        "socialtjänsten på samtyckesblankett 2025-02-10, som förvaras hos elevhälsan.")

    doc.add_heading("Syfte", level=2)
    doc.add_paragraph(
        "Syftet med planen är att skolan, BUP och socialtjänsten ska samordna sig så att I. "
        "får behandling för sin ätstörning samtidigt som hon kan fullfölja årskurs 9 och få "
        "behörighet till gymnasiet.")

    doc.add_heading("Frågeställningar", level=2)
    for q in [
        "Hur kan skolan ordna lunchen så att I. äter med stöd, utan att det blir utpekande?",
        "Ska I. vara befriad från idrott under behandlingen, och vem bedömer det?",
        "Vilka ämnen behöver prioriteras för att I. ska bli behörig till gymnasiet?",
    ]:
        doc.add_paragraph(q, style="List Bullet")

    doc.add_heading("Beslut och överenskommelser", level=2)
    for b in [
        "I. äter lunch i ett mindre rum tillsammans med skolsköterskan måndag–torsdag med "
        "start 2025-03-10, enligt den måltidsplan som BUP tar fram (Ansvar: skolsköterska "
        "Eva, från v. 11)",
        "BUP skickar en skriftlig måltidsplan och bedömning av fysisk aktivitet till "
        "elevhälsan (Ansvar: sjuksköterska Hanna, Ätstörningsenheten BUP, klart v. 11)",
        "I. är befriad från idrott tills vidare; bedömningen görs om vid varje "
        "viktkontroll (Ansvar: BUP)",
        "Specialpedagogen gör en plan för vilka ämnen som prioriteras och lägger in "
        "studiestöd två eftermiddagar i veckan (Ansvar: specialpedagog Linnea, klart v. 12)",
        "Mentor stämmer av närvaron varje fredag och meddelar kuratorn vid frånvaro mer än "
        "två dagar i följd (Ansvar: mentor Tobias, från v. 11)",
        "Socialförvaltningen avslutar förhandsbedömningen och tar ställning till om utredning "
        "ska inledas (Ansvar: socialsekreterare Omar, klart v. 13)",
        "Kuratorn erbjuder I. stödsamtal varannan vecka på skolan (Ansvar: skolkurator Maja, "
        "klart v. 12)",
    ]:
        doc.add_paragraph(b, style="List Number")

    doc.add_heading("Nästa möte", level=2)
    doc.add_paragraph("Nästa möte v. 16.")

    doc.add_paragraph()
    doc.add_paragraph("Antecknat av Maja, skolkurator")

    tmp_docx = os.path.join(tmpdir, f"{PREFIX}-07.docx")
    doc.save(tmp_docx)
    soffice_pdf(tmp_docx, OUT)


def soffice_pdf(src, outdir):
    subprocess.run(
        ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
         "--convert-to", "pdf", "--outdir", outdir, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


# ---------------------------------------------------------------------------
# 8. NOT a plan: notes from Försäkringskassan's avstämningsmöte
# ---------------------------------------------------------------------------

def plan08():
    doc = Document()
    fix_core(doc, "Anteckningar avstämningsmöte", "Försäkringskassan")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Försäkringskassan\t\tAnteckningar"
    sec.footer.paragraphs[0].text = "Ärende: sjukpenning – ÅÅMMDD-XXXX"

    doc.add_heading("Anteckningar från avstämningsmöte", level=1)
    label_value(doc, "Datum:", "2025-06-10, kl. 10.00–11.00")
    label_value(doc, "Plats:", "Vårdcentralen Knivsta (den försäkrade deltog via Teams från hemmet)")
    label_value(doc, "Försäkrad:", "A., 52 år, undersköterska")

    bold_par(doc, "Närvarande")
    for d in [
        "A., den försäkrade",
        "Handläggare, Försäkringskassan, lokalkontor Uppsala",
        "Närmaste chef, arbetsgivaren (äldreboende i Knivsta kommun)",
        "Läkare, Vårdcentralen Knivsta",
        "Rehabkoordinator, Vårdcentralen Knivsta",
    ]:
        doc.add_paragraph(d, style="List Bullet")

    bold_par(doc, "Syfte med mötet")
    doc.add_paragraph(
        "Avstämningsmötet hölls enligt 110 kap. 14 § SFB för att stämma av A:s arbetsförmåga "
        "och möjligheterna att återgå i arbete hos nuvarande arbetsgivare, och vilka "
        "åtgärder som behövs för det.")

    bold_par(doc, "Nuläge")
    doc.add_paragraph(
        "A. har varit sjukskriven på heltid sedan 2025-02-03 för utmattningssyndrom. Hon har "
        "gått i samtal hos psykolog på vårdcentralen (8 av 10 samtal genomförda) och "
        "beskriver att sömnen är bättre, men att hon fortfarande blir mycket trött efter "
        "sociala situationer och har svårt att koncentrera sig mer än en timme i taget. "
        "Läkaren bedömer att A. kan påbörja en upptrappning till 25 % med start i augusti. "
        "A. säger själv att hon vill tillbaka men är orolig för att hamna i samma tempo "
        "som innan, med ensamarbete på kvällar och många vikarier.")
    doc.add_paragraph(
        "Arbetsgivaren kan erbjuda arbete dagtid på en avdelning med fast personal och "
        "utan ansvar för schemaläggning under upptrappningen. Företagshälsovården kan "
        "kopplas in för arbetsplatsbesök.")

    bold_par(doc, "Försäkringskassans bedömning")
    doc.add_paragraph(
        "Rätten till sjukpenning bedöms fortsatt mot A:s vanliga arbete hos arbetsgivaren "
        "(dag 1–180). Försäkringskassan har inte fattat något nytt beslut på mötet. "
        "Nytt läkarintyg behövs som beskriver aktivitetsbegränsning vid 25 % arbete.")

    bold_par(doc, "Planering")
    for p in [
        "Läkaren skriver nytt läkarintyg med deltidssjukskrivning 75 % från 2025-08-11.",
        "Arbetsgivaren tar fram en plan för återgång i arbete och skickar den till FK "
        "senast 2025-07-01.",
        "Rehabkoordinatorn bokar ett trepartssamtal med A. och arbetsgivaren i början av "
        "augusti.",
        "A. avslutar de sista psykologsamtalen under juni.",
        "FK-handläggaren följer upp ärendet efter fyra veckors arbete på 25 %.",
    ]:
        doc.add_paragraph(p, style="List Number")

    doc.add_paragraph()
    doc.add_paragraph("Antecknat av handläggare, Försäkringskassan. Anteckningarna har "
                      "skickats till A. för synpunkter.")
    doc.save(out(8, "docx"))


def main():
    if os.path.isdir(OUT):
        shutil.rmtree(OUT)
    os.makedirs(OUT)
    plan01()
    plan02()
    plan03()
    plan04()
    plan05()
    plan06()
    with tempfile.TemporaryDirectory() as td:
        plan07(td)
    plan08()
    print("\n".join(sorted(os.listdir(OUT))))


if __name__ == "__main__":
    main()
