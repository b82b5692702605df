#!/usr/bin/env python
"""Generate batch fresh-98b (prefix f98b): fictional, anonymized SIP plans, Region Skåne.

Run with /work/batches/.venv/bin/python generate.py  (calls soffice for f98b-07).
Deterministic: fixed dates and texts, no randomness.
"""
import datetime
import os
import shutil
import subprocess
import textwrap
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor, Emu
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f98b"
LO_PROFILE = "file:///tmp/lo-f98b"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def normalize_zip(fn):
    """Rewrite a .docx with fixed zip timestamps so that runs are byte-identical."""
    with zipfile.ZipFile(fn) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(fn, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2024, 9, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def path(n, ext):
    return os.path.join(OUT, f"{PREFIX}-{n:02d}.{ext}")


def fixed_props(doc, author):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = datetime.datetime(2024, 9, 1, 8, 0, 0)
    cp.modified = datetime.datetime(2024, 9, 1, 8, 0, 0)
    cp.revision = 1


def a4(doc, landscape=False):
    for s in doc.sections:
        if landscape:
            s.orientation = WD_ORIENT.LANDSCAPE
            s.page_width, s.page_height = Cm(29.7), Cm(21.0)
        else:
            s.page_width, s.page_height = Cm(21.0), Cm(29.7)
        s.left_margin = s.right_margin = Cm(2.3)
        s.top_margin = s.bottom_margin = Cm(2.0)


def base_font(doc, name="Calibri", size=11):
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


def label_para(doc, label, text, space_after=6):
    p = doc.add_paragraph()
    r = p.add_run(label)
    r.bold = True
    if text:
        p.add_run(" " + text)
    p.paragraph_format.space_after = Pt(space_after)
    return p


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trPr.append(th)


def set_col_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for i, w in enumerate(widths):
            if i < len(row.cells):
                row.cells[i].width = w


# ---------------------------------------------------------------------------
# 01  .docx with floating text boxes (wps:txbx + v:textbox fallback)
# ---------------------------------------------------------------------------

def _txbx_paragraphs_xml(title, paras):
    def esc(s):
        return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))
    out = [
        '<w:p><w:pPr><w:spacing w:after="80"/></w:pPr>'
        '<w:r><w:rPr><w:b/><w:color w:val="1F4E79"/><w:sz w:val="22"/></w:rPr>'
        f'<w:t xml:space="preserve">{esc(title)}</w:t></w:r></w:p>'
    ]
    for text, italic in paras:
        rpr = '<w:rPr><w:i/><w:sz w:val="20"/></w:rPr>' if italic else '<w:rPr><w:sz w:val="20"/></w:rPr>'
        out.append(
            '<w:p><w:pPr><w:spacing w:after="60"/></w:pPr>'
            f'<w:r>{rpr}<w:t xml:space="preserve">{esc(text)}</w:t></w:r></w:p>'
        )
    return "".join(out)


NS_TXBX = " ".join([
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"',
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"',
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"',
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"',
    'xmlns:v="urn:schemas-microsoft-com:vml"',
    'xmlns:o="urn:schemas-microsoft-com:office:office"',
    'xmlns:w10="urn:schemas-microsoft-com:office:word"',
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"',
])


def add_textbox(paragraph, idx, title, paras, width_cm, height_cm, offset_cm=0.0):
    cx = int(Cm(width_cm))
    cy = int(Cm(height_cm))
    off = int(Cm(offset_cm))
    wpt = round(width_cm / 2.54 * 72, 1)
    hpt = round(height_cm / 2.54 * 72, 1)
    content = _txbx_paragraphs_xml(title, paras)
    xml = f'''<w:r {NS_TXBX}>
<mc:AlternateContent>
 <mc:Choice Requires="wps">
  <w:drawing>
   <wp:anchor distT="45720" distB="45720" distL="180340" distR="0" simplePos="0" relativeHeight="{251658240 + idx}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="0">
    <wp:simplePos x="0" y="0"/>
    <wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>
    <wp:positionV relativeFrom="paragraph"><wp:posOffset>{off}</wp:posOffset></wp:positionV>
    <wp:extent cx="{cx}" cy="{cy}"/>
    <wp:effectExtent l="0" t="0" r="0" b="0"/>
    <wp:wrapSquare wrapText="left"/>
    <wp:docPr id="{idx}" name="Textruta {idx}"/>
    <wp:cNvGraphicFramePr/>
    <a:graphic>
     <a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
      <wps:wsp>
       <wps:cNvSpPr txBox="1"/>
       <wps:spPr>
        <a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>
        <a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
        <a:solidFill><a:srgbClr val="EAF1F8"/></a:solidFill>
        <a:ln w="9525"><a:solidFill><a:srgbClr val="5B9BD5"/></a:solidFill></a:ln>
       </wps:spPr>
       <wps:txbx>
        <w:txbxContent>{content}</w:txbxContent>
       </wps:txbx>
       <wps:bodyPr rot="0" vert="horz" wrap="square" lIns="108000" tIns="72000" rIns="108000" bIns="72000" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>
      </wps:wsp>
     </a:graphicData>
    </a:graphic>
   </wp:anchor>
  </w:drawing>
 </mc:Choice>
 <mc:Fallback>
  <w:pict>
   <v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>
   <v:shape id="Textruta {idx}" o:spid="_x0000_s{1024 + idx}" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:{round(offset_cm / 2.54 * 72, 1)}pt;width:{wpt}pt;height:{hpt}pt;z-index:{idx};mso-wrap-distance-left:14.2pt;mso-position-horizontal:right;mso-position-horizontal-relative:margin;mso-position-vertical-relative:text" fillcolor="#eaf1f8" strokecolor="#5b9bd5">
    <v:textbox inset="3mm,2mm,3mm,2mm">
     <w:txbxContent>{content}</w:txbxContent>
    </v:textbox>
    <w10:wrap type="square" side="left"/>
   </v:shape>
  </w:pict>
 </mc:Fallback>
</mc:AlternateContent>
</w:r>'''
    paragraph._p.append(parse_xml(xml))


def make_01():
    doc = Document()
    a4(doc)
    fixed_props(doc, "Vuxenenheten")
    base_font(doc, "Calibri", 11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Malmö stad, Vuxenenheten Innerstaden  |  Psykiatri Skåne, Allmänpsykiatrisk mottagning Malmö Centrum"
    hp.runs[0].font.size = Pt(8)
    hp.runs[0].font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    fp = sec.footer.paragraphs[0]
    fp.text = "SIP – Rami, upprättad 2024-09-12"
    fp.runs[0].font.size = Pt(8)

    t = doc.add_paragraph()
    r = t.add_run("Samordnad individuell plan (SIP)")
    r.bold = True
    r.font.size = Pt(18)
    r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    t.paragraph_format.space_after = Pt(2)
    sub = doc.add_paragraph()
    sr = sub.add_run("Enligt SoL 2 kap. 7 § och HSL 16 kap. 4 §")
    sr.italic = True
    sr.font.size = Pt(9)

    p = label_para(doc, "Namn:", "Rami, 34 år")
    add_textbox(p, 1, "Syfte med SIP", [
        ("Syftet är att psykiatrins behandling och socialtjänstens stöd ska hänga ihop "
         "så att Rami kan bo kvar i sin lägenhet på Rosengård och få ordning på skulderna "
         "efter insjuknandet i psykos i våras. Hyresvärden har skickat en varning om "
         "uppsägning och Rami har missat flera besök på mottagningen.", False),
    ], width_cm=5.8, height_cm=7.6, offset_cm=0.0)
    label_para(doc, "Personnummer:", "ÅÅMMDD-XXXX")
    label_para(doc, "Datum för mötet:", "2024-09-12, Vuxenenhetens lokaler, Malmö")
    label_para(doc, "Bakgrund:",
               "Rami insjuknade i en psykos i mars 2024 och vårdades då tre veckor i "
               "heldygnsvård. Han har diagnosen schizofreni sedan 2019 och har depåinjektion. "
               "Under sommaren har han inte betalat hyra och el, och han har skulder hos "
               "Kronofogden efter obetalda mobil- och sms-lån. Han har försörjningsstöd sedan "
               "juli. Rami har en dotter, 7 år, som han träffar mer sällan nu. Han beskriver "
               "sig själv som trött och säger att posten ligger oöppnad hemma.")
    label_para(doc, "Frågeställningar inför mötet:", "Gå igenom hur det fungerar nu.")
    p2 = label_para(doc, "Den enskildes delaktighet:",
                    "Rami deltog på hela mötet. Han säger att han vill ha färre personer på "
                    "hembesöken och att boendestödet ska komma på eftermiddagen, eftersom "
                    "medicinen gör honom trött på förmiddagen. Han vill inte att hans mamma "
                    "blandas in i ekonomin.")
    add_textbox(p2, 2, "Mina mål", [
        ("”Jag vill bo kvar i min lägenhet och slippa brev från Kronofogden.”", True),
        ("”Jag vill kunna ha min dotter hos mig varannan helg igen, som förut.”", True),
        ("Ramis egna ord på mötet.", False),
    ], width_cm=5.6, height_cm=5.4, offset_cm=0.2)

    h = doc.add_paragraph()
    hr = h.add_run("Insatser och ansvar")
    hr.bold = True
    hr.font.size = Pt(13)
    hr.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    h.paragraph_format.space_before = Pt(10)

    label_para(doc, "Psykiatri:",
               "Fortsatt behandling med depåinjektion var fjärde vecka. Injektionen ges av "
               "Ramis kontaktsjuksköterska på Allmänpsykiatrisk mottagning Malmö Centrum, "
               "nästa gång 2024-10-03. Läkarbesök för utvärdering av medicineringen "
               "2024-10-17 hos ansvarig läkare på mottagningen.")
    label_para(doc, "Boendestöd:",
               "Boendestödjare från Malmö stads boendestöd kommer två eftermiddagar i veckan "
               "med start 2024-10-01. Fokus är att öppna post tillsammans, betala hyra och "
               "handla. Beslut fattas av handläggare på Vuxenenheten senast 2024-09-20.")
    label_para(doc, "Ekonomi:",
               "Rami får tid hos budget- och skuldrådgivare i Malmö stad för genomgång av "
               "skulderna och kontakt med Kronofogden om ansökan om skuldsanering. "
               "Socialsekreteraren på Vuxenenheten kontaktar hyresvärden om en "
               "avbetalningsplan för hyresskulden senast 2024-09-27.")
    label_para(doc, "Övrigt:",
               "Försäkringskassan och eventuellt en god man berörs också av Ramis situation.")

    h2 = doc.add_paragraph()
    hr2 = h2.add_run("Ansvar för planen och uppföljning")
    hr2.bold = True
    hr2.font.size = Pt(13)
    hr2.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    h2.paragraph_format.space_before = Pt(10)
    label_para(doc, "Huvudansvar för planen:",
               "Sara, socialsekreterare, Vuxenenheten Innerstaden, Malmö stad.")
    label_para(doc, "Uppföljning:", "Planen följs upp i december.")
    doc.save(path(1, "docx"))


# ---------------------------------------------------------------------------
# 02  fpdf2 record-system print (Cosmic), label column right aligned
# ---------------------------------------------------------------------------

class CosmicPDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "B", 10)
        self.set_text_color(0, 0, 0)
        self.set_xy(10, 8)
        self.cell(120, 5, "Cosmic – Samordnad individuell plan")
        self.set_font("DejaVu", "", 8)
        self.cell(0, 5, f"Sida {self.page_no()} av {{nb}}", align="R")
        self.set_xy(10, 13)
        self.cell(120, 4, "Patient: XXXXXX-XXXX  Erik NN")
        self.cell(0, 4, "Utskriftsdatum: 2024-11-06 14:32", align="R")
        self.set_draw_color(120, 120, 120)
        self.line(10, 18.5, 200, 18.5)
        self.set_y(22)

    def footer(self):
        self.set_y(-13)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(110, 110, 110)
        self.cell(0, 4, "Utskrift från journalsystemet Cosmic, Region Skåne. Utskriften är en kopia – "
                        "gällande version finns i journalen.", align="C")


LABEL_W = 52
VAL_X = 10 + LABEL_W + 4
VAL_W = 200 - VAL_X


def cosmic_section(pdf, title):
    if pdf.get_y() > 255:
        pdf.add_page()
    pdf.ln(2)
    pdf.set_fill_color(225, 225, 225)
    pdf.set_font("DejaVu", "B", 9.5)
    pdf.set_text_color(0, 0, 0)
    pdf.set_x(10)
    pdf.cell(190, 6, "  " + title, fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)


def cosmic_field(pdf, label, value):
    y = pdf.get_y()
    if y > 270:
        pdf.add_page()
        y = pdf.get_y()
    pdf.set_font("DejaVu", "", 8.5)
    pdf.set_text_color(125, 125, 125)
    pdf.set_xy(10, y)
    pdf.multi_cell(LABEL_W, 4.6, label, align="R")
    label_end_page, label_end_y = pdf.page, pdf.get_y()
    pdf.set_xy(VAL_X, y)
    pdf.set_text_color(0, 0, 0)
    pdf.set_font("DejaVu", "", 9)
    start_page = pdf.page
    pdf.set_left_margin(VAL_X)
    pdf.multi_cell(VAL_W, 4.6, value if value else "", align="L")
    pdf.set_left_margin(10)
    if pdf.page == start_page:
        pdf.set_y(max(pdf.get_y(), label_end_y) + 1.8)
    else:
        pdf.set_y(pdf.get_y() + 1.8)


def make_02():
    pdf = CosmicPDF(format="A4")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(10, 22, 10)
    pdf.alias_nb_pages()
    pdf.set_creation_date(datetime.datetime(2024, 11, 6, 14, 32, tzinfo=datetime.timezone.utc))
    pdf.set_creator("Cosmic")
    pdf.add_page()

    cosmic_section(pdf, "Plan")
    cosmic_field(pdf, "Planens status", "Fastställd")
    cosmic_field(pdf, "Plantyp", "SIP inför utskrivning från slutenvård")
    cosmic_field(pdf, "Vårdenhet", "Ortopedavdelning 5, Ystads lasarett, Skånevård Sund")
    cosmic_field(pdf, "Mötesdatum", "2024-11-05 10:00–10:45")
    cosmic_field(pdf, "Mötesform", "Videomöte via Cosmic Link")
    cosmic_field(pdf, "Deltagare",
                 "Anna, sjuksköterska, Ortopedavdelning 5, Ystads lasarett\n"
                 "Johan, fysioterapeut, Ortopedavdelning 5, Ystads lasarett\n"
                 "Mia, biståndshandläggare, Vård och omsorg, Ystads kommun\n"
                 "Lotta, arbetsterapeut, Rehabenheten, Ystads kommun\n"
                 "Karin, distriktssköterska, Vårdcentralen Ystad")

    cosmic_section(pdf, "Bakgrund och syfte")
    cosmic_field(pdf, "Aktuell situation",
                 "84-årig man som föll i hemmet 2024-10-28 och ådrog sig en höftfraktur "
                 "(collum femoris, vänster sida), opererad med halvprotes 2024-10-29. "
                 "Tidigare känd förmaksflimmer, hypertoni och lätt nedsatt syn. Bor ensam "
                 "i villa i Ystad med sovrum på övervåningen. Har före fallet klarat sig "
                 "utan hemtjänst men har haft matlåda från kommunen sedan i våras. Går nu "
                 "med rollator och stöd av en person i trappa. Viss förvirring nattetid "
                 "första dygnen efter operationen, nu avklingad. Beräknas utskrivningsklar "
                 "2024-11-07.")
    cosmic_field(pdf, "Syfte", "Samordnad vårdplanering.")
    cosmic_field(pdf, "Frågeställningar", "")
    cosmic_field(pdf, "Den enskildes mål",
                 "Målet är att Erik ska klara sig i hemmet med stöd och kunna gå med "
                 "rollator inomhus utan att falla.")
    cosmic_field(pdf, "Den enskildes delaktighet", "")

    cosmic_section(pdf, "Insatser")
    cosmic_field(pdf, "Kommunala insatser",
                 "Hemtjänst Ystad, hemtjänstgrupp Centrum: hjälp med morgon- och "
                 "kvällsrutiner, påklädning och dusch en gång i veckan med start på "
                 "utskrivningsdagen 2024-11-07.\n"
                 "Matdistributionen utökas till alla dagar från 2024-11-07, beslut av "
                 "biståndshandläggaren, leverans från kommunens kostenhet.\n"
                 "Trygghetslarm installeras av kommunens larmgrupp senast 2024-11-07, "
                 "nyckel lämnas till hemtjänstgruppen samma dag.\n"
                 "Arbetsterapeut, Rehabenheten Ystads kommun: hembesök 2024-11-08 för "
                 "bedömning och utprovning av hjälpmedel (toalettförhöjning, duschpall, "
                 "griptång, extra ledstång i trappan). Säng flyttas ner till vardagsrummet "
                 "före hemgång, ordnas av biståndshandläggare tillsammans med "
                 "hemtjänstgruppen 2024-11-06.\n"
                 "Fysioterapeut, Rehabenheten Ystads kommun: gångträning och "
                 "balansträning i hemmet två gånger per vecka, första besök 2024-11-12, "
                 "under sex veckor till och med 2024-12-20.\n"
                 "Biståndshandläggare, Vård och omsorg Ystads kommun: fattar beslut om "
                 "hemtjänst och trygghetslarm 2024-11-06 och informerar hemtjänstgruppen.")
    cosmic_field(pdf, "Regionens insatser",
                 "Ortopedavdelning 5, Ystads lasarett: skickar epikris, aktuell "
                 "läkemedelslista och information om belastning via Cosmic Link vid "
                 "utskrivning 2024-11-07. Fysioterapeut på avdelningen skickar "
                 "träningsprogram till kommunens rehabenhet senast 2024-11-07.\n"
                 "Distriktssköterska, Vårdcentralen Ystad: suturtagning i hemmet "
                 "2024-11-15, kontroll av sårläkning och smärtlindring vid samma besök.\n"
                 "Läkare, Vårdcentralen Ystad: läkemedelsgenomgång med anledning av "
                 "fallet (blodtrycksmediciner, sömnmedel) 2024-11-20.")

    cosmic_section(pdf, "Ansvar och uppföljning")
    cosmic_field(pdf, "Huvudansvar för planen", "Ystads kommun")
    cosmic_field(pdf, "Uppföljning", "2024-12-03 kl. 13.30, hembesök med uppföljande SIP i Eriks bostad")
    cosmic_field(pdf, "Planen upprättad", "2024-11-05")
    cosmic_field(pdf, "Senast ändrad", "2024-11-06 09:12")
    pdf.output(path(2, "pdf"))


# ---------------------------------------------------------------------------
# 03  .txt Windows-1252 / CRLF with ASCII table
# ---------------------------------------------------------------------------

def ascii_table(headers, rows, widths):
    def border():
        return "+" + "+".join("-" * (w + 2) for w in widths) + "+"

    def line_cells(cells):
        wrapped = [textwrap.wrap(c, w) or [""] for c, w in zip(cells, widths)]
        n = max(len(x) for x in wrapped)
        out = []
        for i in range(n):
            parts = []
            for col, w in zip(wrapped, widths):
                txt = col[i] if i < len(col) else ""
                parts.append(" " + txt.ljust(w) + " ")
            out.append("|" + "|".join(parts) + "|")
        return out

    lines = [border()]
    lines += line_cells(headers)
    lines.append("+" + "+".join("=" * (w + 2) for w in widths) + "+")
    for r in rows:
        lines += line_cells(r)
        lines.append(border())
    return lines


def wrap(text, width=76):
    return textwrap.wrap(text, width)


def make_03():
    L = []
    L.append("SAMORDNAD INDIVIDUELL PLAN (SIP)")
    L.append("Textexport " + "2025-01-09 08:41")
    L.append("=" * 76)
    L.append("")
    L.append("Barn/elev:      Elsa, 13 år, åk 7")
    L.append("Personnummer:   XXXXXX-XXXX")
    L.append("Vårdnadshavare: mamma Sofia, pappa [namn]")
    L.append("Mötesdatum:     2025-01-08 kl 13.00-14.30")
    L.append("Plats:          Klosterskolan, Lund (konferensrummet)")
    L.append("")
    L.append("DELTAGARE")
    L.append("Elsa, Sofia (mamma), Petra, Jonas, Amir, Helena")
    L.append("")
    L.append("BAKGRUND")
    L += wrap("Elsa har haft ökande frånvaro sedan september 2024 och har de senaste "
              "sex veckorna varit i skolan enstaka timmar. Hon har ont i magen på "
              "morgnarna och får panikkänslor i matsalen och i korridorerna. Hon är "
              "aktuell på BUP Lund sedan november 2024 efter remiss från skolläkaren, "
              "bedömning pågår. Familjen har haft kontakt med socialtjänsten i Lund "
              "(Barn och familj) efter en orosanmälan från skolan i oktober. Mamma "
              "berättar att det har blivit mycket konflikter hemma kring morgnarna.")
    L.append("")
    L.append("SYFTE")
    L += wrap("Syftet med planen är att Elsa stegvis ska kunna komma tillbaka till "
              "skolan och att BUP:s behandling, skolans anpassningar och socialtjänstens "
              "stöd till familjen planeras tillsammans, så att Elsa och föräldrarna inte "
              "får motstridiga besked från olika håll.")
    L.append("")
    L.append("FRÅGESTÄLLNINGAR")
    L += textwrap.wrap("Hur ska en anpassad studiegång se ut under vt 2025 och vem "
                       "följer upp närvaron?", 76, initial_indent="- ",
                       subsequent_indent="  ")
    L.append("- Behöver Elsa en neuropsykiatrisk utredning, eller ska KBT prövas först?")
    L.append("- Vilket stöd kan familjen få kring morgonrutinerna?")
    L.append("")
    L.append("DELAKTIGHET")
    L += wrap("Elsa var med första halvtimmen av mötet tillsammans med mamma. Pappa "
              "kunde inte komma.")
    L.append("")
    L.append("SAMTYCKE")
    L.append("Samtycke finns.")
    L.append("")
    L.append("INSATSER")
    rows = [
        ["Anpassad skolgång: kortare dagar (09.00-12.00), eget arbetsrum i "
         "studiehallen, lunch före ordinarie lunchtid",
         "Mentor och specialpedagog, Klosterskolan",
         "Från 2025-01-13"],
        ["Närvarouppföljning varje vecka, sms till mamma vid frånvaro",
         "Mentor, Klosterskolan",
         "Varje fredag fr.o.m. 2025-01-17"],
        ["KBT-behandling mot ångest och skolundvikande, ca 10 samtal",
         "Psykolog, BUP Lund",
         "Start 2025-01-21"],
        ["Ställningstagande till NP-utredning",
         "Läkare, BUP Lund",
         "Senast 2025-02-28"],
        ["Föräldrastöd kring morgonrutiner och konflikter, samtal med "
         "familjebehandlare i hemmet",
         "Familjebehandlare, Socialtjänsten Lund, Barn och familj",
         ""],
    ]
    L += ascii_table(["Insats", "Ansvarig", "När"], rows, [32, 24, 14])
    L.append("")
    L.append("ANDRA AKTÖRER")
    L += wrap("Inga andra aktörer (t.ex. Försäkringskassan, fritidsverksamhet) är "
              "aktuella i planen just nu.")
    L.append("")
    L.append("UPPFÖLJNING")
    L.append("Nästa SIP-möte 2025-03-11 kl 14.00 på Klosterskolan.")
    L.append("")
    L.append("-" * 76)
    L.append("Exporterad från elevhälsans dokumentationssystem. Sekretess enligt OSL.")
    data = "\r\n".join(L) + "\r\n"
    with open(path(3, "txt"), "wb") as f:
        f.write(data.encode("cp1252"))


# ---------------------------------------------------------------------------
# 04  .docx: the whole plan as one big table, shaded merged part rows
# ---------------------------------------------------------------------------

def make_04():
    doc = Document()
    a4(doc)
    fixed_props(doc, "Funktionsstöd")
    base_font(doc, "Arial", 10)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Hässleholms kommun – Funktionsstöd\tSamordnad individuell plan"
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Mall SIP, reviderad 2023-05. Förvaras i akt enligt gällande rutin."
    fp.runs[0].font.size = Pt(7)

    t = doc.add_paragraph()
    rr = t.add_run("SAMORDNAD INDIVIDUELL PLAN – SIP")
    rr.bold = True
    rr.font.size = Pt(14)
    rr.font.small_caps = True

    parts = [
        ("1. Grunduppgifter", [
            ("Namn", "Oskar"),
            ("Personnummer", "ÅÅMMDD-XXXX"),
            ("Datum för mötet", "2025-02-18"),
            ("Plats", "Daglig verksamhet Ljungen, Hässleholm"),
            ("Typ av möte", "Första SIP-möte"),
        ]),
        ("2. Deltagare", [
            ("Närvarande", "LSS-handläggare, boendestödjare, enhetschef daglig verksamhet, "
                           "arbetsterapeut, överläkare"),
        ]),
        ("3. Bakgrund", [
            ("Nuvarande situation",
             "Oskar är 22 år och har autism och lindrig intellektuell funktionsnedsättning. "
             "Han bor i gruppbostad enligt LSS 9 § 9 och har daglig verksamhet (LSS 9 § 10) "
             "på sorteringsenheten sedan 2021. Under hösten har han haft flera utbrott på "
             "daglig verksamhet, gått därifrån vid två tillfällen och sovit dåligt. Personalen "
             "ser att ljudmiljön i lokalen är svår för honom. Habiliteringen har haft "
             "kontakt med Oskar under uppväxten men inte de senaste två åren."),
        ]),
        ("4. Syfte med SIP", [
            ("Syfte", "Att få en gemensam bild."),
        ]),
        ("5. Frågeställningar", [
            ("Frågor inför mötet", ""),
        ]),
        ("6. Den enskildes mål och delaktighet", [
            ("Oskars mål",
             "”Jag vill jobba på riktigt med djur, inte bara sortera skruv.”\n"
             "”Jag vill kunna åka buss själv till Kristianstad och hälsa på min bror.”"),
            ("Delaktighet",
             "Oskar deltog inte i mötet. Hans kontaktperson i gruppbostaden gick igenom "
             "frågorna med honom 2025-02-12 med stöd av bildschema och samtalsmatta, och "
             "målen ovan är hans egna ord från det samtalet. Han vill inte ha fler "
             "personal omkring sig på jobbet."),
        ]),
        ("7. Insatser", [
            ("Insats 1 – Byte av daglig verksamhet",
             "Utreda och bevilja byte till djurnära daglig verksamhet (gården i Vinslöv).\n"
             "Ansvarig: LSS-handläggare, Funktionsstöd Hässleholms kommun.\n"
             "När: beslut senast 2025-03-31, prova-på-dagar i mars."),
            ("Insats 2 – Bussträning",
             "Träna att åka buss själv, sträckan Hässleholm–Kristianstad, en gång i veckan "
             "med boendestödjare, därefter med stöd på avstånd.\n"
             "Ansvarig: boendestödjare, gruppbostaden Hovdalavägen.\n"
             "När: 2025-03-01 – 2025-05-31."),
            ("Insats 3 – Sensorisk bedömning",
             "Bedömning av sensoriska behov och förslag på hörselskydd/anpassning av "
             "arbetsplatsen.\n"
             "Ansvarig: arbetsterapeut, Habiliteringen Hässleholm, Region Skåne.\n"
             "När: hembesök och besök på daglig verksamhet under april 2025."),
            ("Insats 4 – Sömn",
             "Läkemedelsuppföljning (melatonin) och sömndagbok.\n"
             "Ansvarig: Regionen.\n"
             "När: våren 2025."),
        ]),
        ("8. Huvudansvar", [
            ("Huvudansvarig för planen",
             "Helena, LSS-handläggare, Funktionsstöd, Hässleholms kommun"),
        ]),
        ("9. Uppföljning", [
            ("Datum för uppföljning", "Se tidigare plan."),
        ]),
    ]
    nrows = sum(1 + len(rows) for _, rows in parts)
    table = doc.add_table(rows=nrows, cols=2)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    i = 0
    for head, rows in parts:
        row = table.rows[i]
        c = row.cells[0].merge(row.cells[1])
        c.text = ""
        run = c.paragraphs[0].add_run(head)
        run.bold = True
        run.font.size = Pt(11)
        shade(c, "BFD7EA")
        i += 1
        for label, value in rows:
            lc, vc = table.rows[i].cells
            lc.text = ""
            lr = lc.paragraphs[0].add_run(label)
            lr.bold = True
            lr.font.size = Pt(9.5)
            shade(lc, "F2F2F2")
            lines = value.split("\n") if value else [""]
            vc.text = lines[0]
            for extra in lines[1:]:
                vc.add_paragraph(extra)
            i += 1
    set_col_widths(table, [Cm(5.0), Cm(11.4)])
    doc.add_paragraph()
    doc.add_paragraph("Planen skickas till samtliga deltagare efter mötet.")
    doc.save(path(4, "docx"))


# ---------------------------------------------------------------------------
# 05  .md with Pandoc definition lists + pipe table
# ---------------------------------------------------------------------------

def make_05():
    md = """---
title: "Samordnad individuell plan (SIP)"
subtitle: "Inför utskrivning från psykiatrisk slutenvård"
date: 2025-03-05
lang: sv-SE
---

# SIP inför utskrivning

**Person:** M., 41 år, bor i Eslöv  
**Personnummer:** XXXXXX-XXXX  
**Vårdas på:** Psykiatri Skåne, Vuxenpsykiatri Lund, allmänpsykiatrisk avdelning 3  
**Mötesdatum:** 2025-03-05  
**Beräknad utskrivning:** 2025-03-10

## Planen

Bakgrund
:   M. lades in 2025-02-14 efter en överdos av tabletter i samband med en svår
    depressiv episod. Det är hennes tredje inläggning på två år. Hon bor ensam med
    sin katt i lägenhet i Eslöv, har sjukersättning sedan 2021 och har inte haft
    någon kontakt med socialtjänsten tidigare. Efter förra utskrivningen hösten
    2024 kom hon inte på sina besök och återinsjuknade inom en månad.

Syfte
:   Syftet är att M. ska få en trygg övergång från avdelningen i Lund till hemmet
    i Eslöv, där kontakten med psykiatrisk öppenvård och stödet i vardagen finns på
    plats redan första veckan, eftersom hon tidigare har återinsjuknat snabbt efter
    utskrivning.

Frågeställningar
:   Diskutera läget inför utskrivning.

Mål
:   Målet är att M. ska få en stabil vardag och undvika återinläggning.

Samtycke
:   M. har gett skriftligt samtycke till SIP på avdelningen 2025-03-03
    (Region Skånes blankett "Samtycke till samordnad individuell plan"), som
    gäller informationsutbyte mellan psykiatrin och socialtjänsten i Eslöv.

## Insatser

| Insats                              | Ansvarig  | När               |
|-------------------------------------|-----------|-------------------|
| Fortsatt kontakt med öppenvården    | Regionen  | Efter utskrivning |
| Stöd i vardagen vid behov           | Kommunen  | –                 |
| Kontakt med socialtjänsten i Eslöv  | Kommunen  | Vid behov         |

Huvudansvar
:   Regionen (Psykiatri Skåne).

Uppföljning
:   Om cirka fyra veckor efter utskrivning.
"""
    with open(path(5, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ---------------------------------------------------------------------------
# 06  .docx interview F:/S: + "Det här gör vi" table
# ---------------------------------------------------------------------------

def make_06():
    doc = Document()
    a4(doc)
    fixed_props(doc, "SIP")
    base_font(doc, "Calibri", 11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Trelleborgs kommun  ·  Region Skåne"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(8)

    doc.add_heading("Min plan – SIP", level=1)
    meta = doc.add_paragraph()
    meta.add_run("Noah, 16 år  ·  Samtal 2025-01-22, Familjecentralen Trelleborg").italic = True
    meta2 = doc.add_paragraph()
    meta2.add_run("Med på mötet: ").bold = True
    meta2.add_run("Noah, Lena (mamma), Jenny, Omar, Karin")
    doc.add_paragraph(
        "Planen är skriven som ett samtal, så att Noah känner igen sig. "
        "F = fråga, S = Noahs svar.").runs[0].font.size = Pt(9.5)

    qa = [
        ("Får vi som sitter här prata med varandra om dig och dela det vi vet?",
         "Ja, okej. Men inte med pappa om inte jag säger det."),
        ("Hur har du det just nu?",
         "Det är skit i skolan. Jag är trött hela tiden och hoppar över de första "
         "lektionerna. Jag röker på nästan varje kväll, typ för att kunna sova."),
        ("Vad tycker du fungerar bra?",
         "Träningen på gymmet med Omar, den går jag på. Och jag gillar att skruva "
         "på mopeder hos min morbror."),
        ("Finns det något du vill att vi ska ta upp och svara på idag?",
         "Om jag kan få byta till ett praktiskt program på gymnasiet. Och om jag måste "
         "lämna urinprov, för det känns som att ni inte litar på mig."),
        ("Vad vill du ska vara annorlunda om ett halvår?",
         "Jag vill sluta röka på vardagarna och klara matte och svenska så att jag kommer "
         "in på fordonsprogrammet i höst."),
        ("Vad behöver du från oss för att klara det?",
         "Att någon hjälper mig med matten. Och att mamma slutar tjata varje morgon, "
         "det blir bara bråk."),
        ("Vad kan du göra själv?",
         "Jag kan hålla koll på mina tider i mobilen och säga till om jag inte kommer."),
    ]
    for q, a in qa:
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(1)
        r = p.add_run("F: ")
        r.bold = True
        p.add_run(q)
        p2 = doc.add_paragraph()
        p2.paragraph_format.left_indent = Cm(0.6)
        p2.paragraph_format.space_after = Pt(8)
        r2 = p2.add_run("S: ")
        r2.bold = True
        p2.add_run(a).italic = True

    note = doc.add_paragraph()
    note.add_run("Samtycke: ").bold = True
    note.add_run("Noah gav muntligt samtycke på mötet 2025-01-22 (se första frågan). "
                 "Mamma Lena samtyckte muntligt samma dag; pappa har samtyckt per telefon "
                 "2025-01-20. Svaret på frågan om urinprov: proven är frivilliga och "
                 "används i behandlingen, inte för att kontrollera honom.")

    doc.add_heading("Det här gör vi", level=2)
    rows = [
        ("Samtal om cannabis och sömn (MI/ACRA), varannan vecka",
         "Behandlare, Ungdomsmottagningen Trelleborg – beroendeteamet för unga",
         "Start 2025-01-29"),
        ("Urinprov i samband med samtalen (frivilligt)",
         "Sjuksköterska, samma mottagning",
         "Vid varje besök från 2025-01-29"),
        ("Extra stöd i matematik, studieplan för att nå behörighet",
         "Mentor och speciallärare, Kvarnskolan",
         ""),
        ("Öppenvårdsinsats med ungdomscoach, träning och samtal en gång i veckan",
         "Socialtjänsten Trelleborg, enheten Barn och unga",
         "Från 2025-02-03"),
        ("Skjutsar Noah till de första tre besöken, inget morgontjat – kollar läget på "
         "kvällen i stället",
         "Mamma Lena",
         "Januari–februari 2025"),
        ("Håller koll på sina tider i mobilen och hör av sig om han inte kan komma",
         "Noah",
         "Varje vecka"),
    ]
    table = doc.add_table(rows=1, cols=3)
    table.style = "Light Grid Accent 1"
    hdr = table.rows[0].cells
    for c, t in zip(hdr, ["Vad", "Vem", "När"]):
        c.text = ""
        c.paragraphs[0].add_run(t).bold = True
    repeat_header(table.rows[0])
    for r in rows:
        cells = table.add_row().cells
        for c, t in zip(cells, r):
            c.text = t
    set_col_widths(table, [Cm(7.0), Cm(6.0), Cm(3.4)])
    doc.save(path(6, "docx"))


# ---------------------------------------------------------------------------
# 07  .html web-portal print -> .pdf via LibreOffice
# ---------------------------------------------------------------------------

HTML07 = """<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Min plan – SIP-portalen Skåne</title>
<style>
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; color: #222; }
.cookie { background: #fff4ce; border: 1px solid #d8b84a; padding: 6px; font-size: 8.5pt; }
.top { background: #00558c; color: #fff; padding: 6px; }
.top b { font-size: 13pt; }
.menu { font-size: 9pt; color: #00558c; border-bottom: 1px solid #99b; padding: 4px 0; }
.crumb { font-size: 8.5pt; color: #666; margin: 6px 0; }
h1 { font-size: 15pt; color: #00558c; }
h2 { font-size: 11.5pt; color: #00558c; border-bottom: 1px solid #ccd; margin-top: 14px; }
.lbl { color: #555; font-size: 9pt; }
.empty { color: #888; font-style: italic; }
.footer { font-size: 8pt; color: #666; border-top: 1px solid #ccc; margin-top: 24px; padding-top: 4px; }
</style>
</head>
<body>
<div class="cookie">Vi använder kakor (cookies) för att webbplatsen ska fungera och för att
förbättra din upplevelse. <u>Läs mer om kakor</u> &nbsp; [ Godkänn alla ] &nbsp; [ Endast nödvändiga ]</div>
<div class="top"><b>SIP-portalen Skåne</b> &nbsp;&nbsp; Inloggad: Amina &nbsp;|&nbsp; <u>Logga ut</u></div>
<div class="menu">Start &nbsp;·&nbsp; Meddelanden (2) &nbsp;·&nbsp; <b>Mina planer</b> &nbsp;·&nbsp; Dokument &nbsp;·&nbsp; Kalender &nbsp;·&nbsp; Inställningar &nbsp;·&nbsp; Hjälp</div>
<div class="crumb">Start &gt; Mina planer &gt; Samordnad individuell plan 2024-10-15</div>

<h1>Samordnad individuell plan</h1>
<p><span class="lbl">Status:</span> Aktiv &nbsp;&nbsp; <span class="lbl">Skapad:</span> 2024-10-15 &nbsp;&nbsp; <span class="lbl">Senast ändrad:</span> 2024-10-17</p>
<p><span class="lbl">Person:</span> Amina, 45 år, Lund</p>

<h2>Bakgrund</h2>
<p>Amina har varit sjukskriven på heltid sedan januari 2024 för depression och
utmattningssyndrom. Hon arbetade tidigare som undersköterska inom hemtjänsten i Lund.
Sjukpenningen upphör vid dag 365 och hon har fått besked om omställningsmöte.
Hon bor med två tonårsbarn och har svårt att få ekonomin att gå ihop. Hon har
tidigare haft samtalskontakt på vårdcentralen och har antidepressiv medicinering.</p>

<h2>Syfte</h2>
<p>Samordning av insatser.</p>

<h2>Frågeställningar</h2>
<p class="empty">Ej ifyllt</p>

<h2>Delaktighet</h2>
<p>Amina deltog i mötet via video.</p>

<h2>Samtycke</h2>
<p>Samtycke: Ja</p>

<h2>Planerade insatser</h2>
<ul>
<li>Samtalsbehandling (KBT), 10 tillfällen, med fokus på återgång i arbete.</li>
<li>Uppföljning av läkemedelsbehandlingen efter dosökning.</li>
<li>Arbetsträning med successiv upptrappning från 25 %.</li>
<li>Ekonomisk rådgivning och prövning av rätt till försörjningsstöd under övergången.</li>
</ul>

<h2>Andra aktörer</h2>
<p>Försäkringskassan och Arbetsförmedlingen berörs.</p>

<h2>Huvudansvar</h2>
<p>Karin, kurator och fast vårdkontakt, Vårdcentralen Lund Centrum</p>

<h2>Deltagare</h2>
<p class="empty">&#9656; Visa deltagare (4)</p>

<h2>Uppföljning</h2>
<p><span class="lbl">Nästa uppföljning:</span> 2024-12-10 kl. 10.00 (videomöte)</p>

<div class="footer">© Region Skåne och Skånes kommuner &nbsp;·&nbsp; Tillgänglighetsredogörelse &nbsp;·&nbsp;
Om kakor &nbsp;·&nbsp; Support nås via växeln &nbsp;·&nbsp; Version 4.2.1<br>
Utskrift 2024-10-17 16:05 – https://sip.portal.example/minaplaner/plan</div>
</body>
</html>
"""


def make_07():
    tmpdir = os.path.join(HERE, "build07")
    os.makedirs(tmpdir, exist_ok=True)
    html = os.path.join(tmpdir, f"{PREFIX}-07.html")
    with open(html, "w", encoding="utf-8") as f:
        f.write(HTML07)
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
                    "--convert-to", "pdf:writer_web_pdf_Export", "--outdir", tmpdir, html],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=180)
    shutil.move(os.path.join(tmpdir, f"{PREFIX}-07.pdf"), path(7, "pdf"))
    shutil.rmtree(tmpdir)


# ---------------------------------------------------------------------------
# 08  NOT a plan: Anmälan om behov av god man (.docx form)
# ---------------------------------------------------------------------------

def make_08():
    doc = Document()
    a4(doc)
    fixed_props(doc, "Socialtjänsten")
    base_font(doc, "Arial", 10)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Överförmyndarnämnden i Malmö\tBlankett ÖF 12"
    hp.runs[0].font.size = Pt(8)

    t = doc.add_paragraph()
    r = t.add_run("Anmälan om behov av god man")
    r.bold = True
    r.font.size = Pt(15)
    doc.add_paragraph("Anmälan enligt 5 kap. 3 § förmynderskapsförordningen och "
                      "11 kap. 4 § föräldrabalken. Skickas till Överförmyndarnämnden.").runs[0].font.size = Pt(8.5)

    def form_table(title, rows):
        h = doc.add_paragraph()
        hr = h.add_run(title)
        hr.bold = True
        hr.font.size = Pt(10.5)
        h.paragraph_format.space_before = Pt(8)
        tb = doc.add_table(rows=0, cols=2)
        tb.style = "Table Grid"
        for lab, val in rows:
            cells = tb.add_row().cells
            cells[0].text = ""
            lr = cells[0].paragraphs[0].add_run(lab)
            lr.font.size = Pt(8.5)
            shade(cells[0], "EDEDED")
            cells[1].text = val
        set_col_widths(tb, [Cm(5.5), Cm(10.9)])

    form_table("1. Den som anmälan gäller", [
        ("Namn", "[namn]"),
        ("Personnummer", "ÅÅMMDD-XXXX"),
        ("Adress", "[adress], Malmö"),
        ("Vistelseadress om annan", "–"),
        ("Telefon", "070-XXX XX XX"),
    ])
    form_table("2. Anmälare", [
        ("Namn / funktion", "Sara, socialsekreterare"),
        ("Myndighet / enhet", "Malmö stad, Vuxenenheten Innerstaden"),
        ("Telefon", "Via växeln"),
        ("Datum", "2024-10-02"),
    ])

    h = doc.add_paragraph()
    h.add_run("3. Vilken hjälp behövs?").bold = True
    h.paragraph_format.space_before = Pt(8)
    for box, txt in [("☒", "Bevaka rätt"), ("☒", "Förvalta egendom"),
                     ("☐", "Sörja för person"), ("☐", "Förvaltare (11 kap. 7 § FB) kan behövas")]:
        doc.add_paragraph(f"{box} {txt}")

    h = doc.add_paragraph()
    h.add_run("4. Skäl för anmälan").bold = True
    h.paragraph_format.space_before = Pt(8)
    doc.add_paragraph(
        "[namn] har en psykisk sjukdom som periodvis påverkar förmågan att sköta sin "
        "ekonomi. Han har under 2024 fått betalningsanmärkningar och har skulder hos "
        "Kronofogden. Hyresvärden har skickat varning om uppsägning på grund av obetald "
        "hyra. Han öppnar inte sin post och har svårt att hålla kontakt med myndigheter "
        "på egen hand. Han har själv sagt att han vill ha hjälp med räkningar och "
        "kontakter med Kronofogden och Försäkringskassan.")
    doc.add_paragraph(
        "Det finns en samordnad individuell plan (SIP) upprättad 2024-09-12 tillsammans "
        "med psykiatrin, där behovet av god man togs upp. Boendestöd och budget- och "
        "skuldrådgivning är beviljade via socialtjänsten men ersätter inte en ställföreträdare.")

    h = doc.add_paragraph()
    h.add_run("5. Den enskildes inställning").bold = True
    h.paragraph_format.space_before = Pt(8)
    doc.add_paragraph("☒ Personen samtycker till att god man förordnas")
    doc.add_paragraph("☐ Personen motsätter sig")
    doc.add_paragraph("☐ Personen kan inte ta ställning")

    h = doc.add_paragraph()
    h.add_run("6. Bilagor").bold = True
    h.paragraph_format.space_before = Pt(8)
    doc.add_paragraph("☒ Läkarintyg (skickas separat från psykiatrin)")
    doc.add_paragraph("☒ Socialutredning")
    doc.add_paragraph("☐ Förslag på lämplig god man")

    doc.add_paragraph()
    doc.add_paragraph("Underskrift anmälare: ______________________________")
    doc.add_paragraph("Sara, socialsekreterare, Vuxenenheten Innerstaden, Malmö stad")
    doc.save(path(8, "docx"))


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    make_01()
    make_02()
    make_03()
    make_04()
    make_05()
    make_06()
    make_07()
    make_08()
    for fn in sorted(os.listdir(OUT)):
        if fn.endswith(".docx"):
            normalize_zip(os.path.join(OUT, fn))
    print("done:", sorted(os.listdir(OUT)))
