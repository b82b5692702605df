#!/usr/bin/env python
"""Generate the f37a batch of fictional, anonymized SIP plans into plans/.

Run with python generate_a.py
Deterministic: fixed dates, no randomness; docx zip entries get a fixed timestamp.
"""
import datetime
import os
import shutil
import subprocess
import tempfile
import zipfile

from docx import Document
from docx.enum.section import WD_SECTION, WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Cm, RGBColor
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f37a"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIXED_DT = datetime.datetime(2025, 3, 20, 9, 0, 0)


def path(n, ext):
    return os.path.join(OUT, f"{PREFIX}-{n:02d}.{ext}")


# ---------------------------------------------------------------- docx helpers
def new_doc(author="Handläggare", created=FIXED_DT):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = sec.bottom_margin = Cm(2.0)
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = created
    cp.modified = created
    cp.revision = 1
    cp.title = "Samordnad individuell plan"
    return doc


def save_doc(doc, dest):
    """Save and rewrite the zip with fixed timestamps (deterministic bytes)."""
    tmp = dest + ".tmp"
    doc.save(tmp)
    with zipfile.ZipFile(tmp) as zin, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 3, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(item.filename))
    os.remove(tmp)


def para(doc_or_cell, text="", bold=False, italic=False, size=None, style=None, align=None,
         space_after=None):
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
    return p


def runin(doc, head, text, space_after=6):
    """Paragraph with a bold run-in heading: 'Syfte. Mötet hölls för att ...'"""
    p = doc.add_paragraph()
    r = p.add_run(head + " ")
    r.bold = True
    p.add_run(text)
    p.paragraph_format.space_after = Pt(space_after)
    return p


def set_cell_shading(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def cell_text(cell, text, bold=False, italic=False, size=None):
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


def set_col_widths(table, widths_cm):
    """Set the table grid (what LibreOffice/Word lay out by) and every cell's width."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    from docx.table import _Cell
    for row in table.rows:
        col = 0
        for tc in row._tr.findall(qn("w:tc")):
            span = tc.grid_span
            _Cell(tc, table).width = Cm(sum(widths_cm[col:col + span]))
            col += span


def header_text(section, left, right=None, size=8):
    hp = section.header.paragraphs[0]
    hp.text = ""
    width = section.page_width - section.left_margin - section.right_margin
    hp.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
    r = hp.add_run(left)
    r.font.size = Pt(size)
    if right:
        hp.add_run("\t")
        r2 = hp.add_run(right)
        r2.font.size = Pt(size)


def footer_page(section, prefix="Sida ", size=8):
    fp = section.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    def fld(instr):
        r = fp.add_run()
        r.font.size = Pt(size)
        b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin")
        it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
        s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate")
        t = OxmlElement("w:t"); t.text = "1"
        e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end")
        for el in (b, it, s, t, e):
            r._r.append(el)

    r = fp.add_run(prefix); r.font.size = Pt(size)
    fld(" PAGE ")
    r = fp.add_run(" ("); r.font.size = Pt(size)
    fld(" NUMPAGES ")
    r = fp.add_run(")"); r.font.size = Pt(size)


# ======================================================================= 01
def plan01():
    """Two newspaper columns, bold run-in headings. Adult with psychosis and debts, Köping."""
    doc = new_doc(author="IFO Köping")
    sec = doc.sections[0]
    header_text(sec, "Köpings kommun, IFO vuxenenheten  |  Region Västmanland, Vuxenpsykiatrin Köping")
    footer_page(sec)

    para(doc, "Samordnad individuell plan (SIP)", bold=True, size=18, space_after=2)
    para(doc, "Gäller: Robin, ÅÅMMDD-XXXX, Köping", size=10, space_after=0)
    para(doc, "Möte: 2024-09-17 kl. 13.30–15.00, Vuxenpsykiatrin Köping", size=10, space_after=0)
    para(doc, "Antecknat av: Jenny, socialsekreterare", size=10, space_after=10)

    # New continuous section with two text columns (newspaper style)
    sec2 = doc.add_section(WD_SECTION.CONTINUOUS)
    sp = sec2._sectPr
    cols = sp.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sp.append(cols)
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), "567")
    cols.set(qn("w:sep"), "1")

    runin(doc, "Syfte.",
          "Mötet hölls för att samordna stödet till Robin efter att han återinsjuknade i psykos i "
          "våras, så att behandlingen på psykiatrin, boendestödet och hjälpen med skulderna drar åt "
          "samma håll och Robin slipper berätta samma sak för alla.")
    runin(doc, "Bakgrund.",
          "Robin är 34 år och bor ensam i hyreslägenhet i Köping. Han har diagnosen schizofreni sedan "
          "2016 och vårdades inneliggande på Psykiatriska kliniken i Västerås april–maj 2024. Under "
          "sjukperioden blev räkningar liggande och han har i dag skulder hos Kronofogden, bl.a. en "
          "hyresskuld på tre månadshyror. Hyresvärden har skickat en uppsägning som ännu inte verkställts. "
          "Robin har aktivitetsersättning från FK som löper ut i januari 2025.")
    runin(doc, "Frågeställningar.",
          "Hur kan Robin behålla lägenheten trots hyresskulden? Behöver Robin god man för ekonomin, "
          "och vem hjälper honom att ansöka? Hur följs medicineringen upp nu när depåinjektionen har "
          "satts in? Vad händer med försörjningen när aktivitetsersättningen upphör?")
    runin(doc, "Robins mål.",
          "Robin sa på mötet: ”Jag vill bo kvar i min lägenhet och slippa ha Kronofogden efter mig. "
          "Och jag vill börja jobba lite, kanske på Returen, när jag orkar.”")
    runin(doc, "Robins delaktighet.",
          "Robin deltog under hela mötet tillsammans med sin mamma. Han vill ha besök av boendestödet på "
          "eftermiddagar eftersom medicinen gör honom trött på förmiddagen, och han önskar att mötena "
          "inte blir större än i dag. Han vill själv vara med när någon ringer hyresvärden.")
    runin(doc, "Samtycke.",
          "Robin gav muntligt samtycke till samverkan när mötet började och skrev under kommunens "
          "samtyckesblankett samma dag, 2024-09-17. Samtycket gäller informationsutbyte mellan de "
          "verksamheter som står i planen och Robins mamma.")
    runin(doc, "Insatser – vem gör vad och när.",
          "Följande bestämdes på mötet:", space_after=3)
    runin(doc, "Vuxenpsykiatrin Köping, psykosteamet:",
          "Depåinjektion var fjärde vecka med start 2024-09-24, ges av Robins kontaktsjuksköterska på "
          "mottagningen. Läkarbesök för läkemedelsuppföljning och läkarutlåtande till FK 2024-10-22.")
    runin(doc, "Socialpsykiatrin Köpings kommun:",
          "Boendestöd två eftermiddagar i veckan (tisdag och torsdag) från vecka 39, med fokus på "
          "post, räkningar och inköp. Ansvarig är boendestödjare Ali.")
    runin(doc, "Budget- och skuldrådgivningen, Köpings kommun:",
          "Erbjuder Robin en genomgång av skulderna och hjälper honom att kontakta hyresvärden om en "
          "avbetalningsplan för hyresskulden.")
    runin(doc, "IFO vuxenenheten, socialsekreterare:",
          "Hjälper Robin att skriva ansökan om god man till Överförmyndaren i Västra Mälardalen, "
          "senast 2024-10-04. Utreder ekonomiskt bistånd till hyresskulden, beslut senast 2024-10-11.")
    runin(doc, "Andra aktörer.",
          "Robins mamma följer med honom till Kronofogdens möte 2024-10-01 och hjälper honom att "
          "sortera posten varannan söndag. Robin lämnar själv in ansökan om sjukersättning till "
          "Försäkringskassan i november 2024 med hjälp av boendestödjaren; FK:s handläggare utreder "
          "sedan rätten till sjukersättning. Arbetsförmedlingen är inte aktuell just nu.")
    runin(doc, "Huvudansvar.",
          "Jenny, socialsekreterare på IFO vuxenenheten, Köpings kommun, har huvudansvaret för planen "
          "och kallar till uppföljning.")
    runin(doc, "Uppföljning.",
          "Planen följs upp i vecka 11 2025 på Vuxenpsykiatrin Köping. Jenny skickar kallelse till alla.")
    runin(doc, "Deltagare.",
          "Robin; Robins mamma; Jenny, socialsekreterare, IFO vuxenenheten Köpings kommun; Ali, "
          "boendestödjare, Socialpsykiatrin Köpings kommun; Maria, kontaktsjuksköterska, "
          "Vuxenpsykiatrin Köping (psykosteamet); Hassan, överläkare, Vuxenpsykiatrin Köping.")
    runin(doc, "Planen skickas till",
          "Robin (på papper, med posten) och till de deltagande verksamheterna.")
    save_doc(doc, path(1, "docx"))


# ======================================================================= 02
class RecordPDF(FPDF):
    SYSTEM = "Cosmic R8.5  –  Journalutskrift"
    PRINTED = "Utskriven 2024-11-19 14:32"

    def header(self):
        self.set_font("DejaVu", "B", 8)
        self.set_xy(self.l_margin, 8)
        self.cell(100, 4, self.SYSTEM)
        self.set_font("DejaVu", "", 8)
        self.cell(0, 4, self.PRINTED, align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(100, 4, "Region Västmanland  |  Patient: E.  XXXXXX-XXXX")
        self.cell(0, 4, f"Sida {self.page_no()} ({{nb}})", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(90, 90, 90)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.set_y(self.get_y() + 5)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.cell(0, 4, "Utskriften är en kopia av journalen. Sekretess enligt OSL 25 kap. 1 §.", align="C")

    def wrap(self, text, first_w, rest_w):
        lines = []
        for para_ in text.split("\n"):
            words = para_.split(" ")
            cur = ""
            w = first_w if not lines else rest_w
            for word in words:
                cand = word if not cur else cur + " " + word
                if self.get_string_width(cand) <= w:
                    cur = cand
                else:
                    lines.append(cur)
                    cur = word
                    w = rest_w
            lines.append(cur)
        return lines

    def field(self, label, value, indent=12, lh=5):
        W = self.w - self.l_margin - self.r_margin
        self.set_font("DejaVu", "B", 9.5)
        lab = label + ": "
        lw = self.get_string_width(lab) + 1
        self.set_font("DejaVu", "", 9.5)
        lines = self.wrap(value, W - lw, W - indent)
        if self.get_y() + lh * min(len(lines), 2) > self.page_break_trigger:
            self.add_page()
        self.set_x(self.l_margin)
        self.set_font("DejaVu", "B", 9.5)
        self.cell(lw, lh, lab)
        self.set_font("DejaVu", "", 9.5)
        self.cell(W - lw, lh, lines[0], new_x="LMARGIN", new_y="NEXT")
        for ln in lines[1:]:
            self.set_x(self.l_margin + indent)
            self.cell(W - indent, lh, ln, new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)

    def section_title(self, t):
        if self.get_y() + 14 > self.page_break_trigger:
            self.add_page()
        self.ln(1.5)
        self.set_font("DejaVu", "B", 10.5)
        self.cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(170, 170, 170)
        self.line(self.l_margin, self.get_y(), self.l_margin + 60, self.get_y())
        self.ln(1.5)


def plan02():
    """fpdf2 record print: bold 'Label: value', continuation lines indented. Teen substance use, Sala."""
    pdf = RecordPDF(format="A4")
    pdf.set_creation_date(FIXED_DT)
    pdf.set_title("Journalutskrift")
    pdf.set_author("Cosmic")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_margins(18, 20, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()

    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(0, 7, "Samordnad individuell plan (SIP)", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    f = pdf.field
    f("Anteckningstyp", "SIP – samordnad individuell plan")
    f("Vårdenhet", "Mini-Maria Västerås, Region Västmanland")
    f("Anteckning skapad", "2024-11-14 16:10 av Linnea, behandlare")
    f("Signerad", "2024-11-19 14:05 av Linnea, behandlare")
    f("Mötesdatum", "2024-11-14 kl. 10.00–11.30")
    f("Mötesplats", "Socialtjänsten Sala, Ungdomsenheten")

    pdf.section_title("Planens innehåll")
    f("Syfte",
      "Att samordna insatserna kring E:s cannabisbruk och skolfrånvaro så att behandlingen på "
      "Mini-Maria, stödet från socialtjänsten och elevhälsans arbete på gymnasiet hänger ihop, och att "
      "E. ska kunna fullfölja första året på gymnasiet.")
    f("Bakgrund",
      "E. är 17 år och bor med mamma i Sala. Har använt cannabis sedan sommaren 2024, enligt egen uppgift "
      "flera gånger i veckan, främst på kvällar och helger. Frånvaron i skolan är ca 40 % sedan "
      "skolstart. Orosanmälan från skolan inkom till socialtjänsten i oktober och utredning enligt "
      "11 kap. 1 § SoL pågår. E. har inte tidigare haft kontakt med BUP. Sömnen är störd, somnar sent "
      "och har svårt att komma upp på morgonen.")
    f("Frågeställningar", "Gå igenom läget.")
    f("Mål", "Målet är att E. ska sluta använda cannabis och komma tillbaka till skolan på heltid.")
    f("Delaktighet", "E. och mamma deltog på mötet.")
    f("Samtycke", "Finns.")

    pdf.section_title("Insatser")
    f("Insats 1",
      "Öppenvårdsbehandling med motiverande samtal (MI) och återfallsprevention en gång i veckan, "
      "drogtest (urinprov) vid varje besök. Sömnråd ingår.")
    f("Ansvarig", "Behandlare, Mini-Maria Västerås")
    f("Tid", "Varje onsdag från 2024-11-20 fram till uppföljningen 2025-01-21")
    f("Insats 2", "Föräldrastödjande samtal till mamma varannan vecka.")
    f("Ansvarig", "Familjebehandlare, Ungdomsenheten, socialtjänsten Sala")
    f("Tid", "Varannan vecka, första samtalet 2024-11-25")
    f("Insats 3",
      "Anpassad studiegång med reducerat schema under resten av höstterminen och närvaroplan med "
      "daglig avstämning med mentor på morgonen. Skolkurator träffar E. en gång i veckan.")
    f("Ansvarig", "Mentor och skolkurator, elevhälsan Kungsängsgymnasiet Sala")
    f("Tid", "Från 2024-11-18, utvärderas vid uppföljningen 2025-01-21")
    f("Insats 4", "Utredningen enligt 11 kap. 1 § SoL färdigställs och beslut fattas om fortsatta insatser.")
    f("Ansvarig", "Socialsekreterare, Ungdomsenheten, socialtjänsten Sala")
    f("Tid", "Senast 2024-12-20")

    pdf.section_title("Ansvar och uppföljning")
    f("Huvudansvar", "Socialtjänsten Sala")
    f("Uppföljning", "2025-01-21 kl. 13.00, Socialtjänsten Sala, Ungdomsenheten")
    f("Deltagare",
      "E.; mamma; Linnea, behandlare, Mini-Maria Västerås; Johan, socialsekreterare, Ungdomsenheten "
      "socialtjänsten Sala; Sofia, familjebehandlare, Ungdomsenheten socialtjänsten Sala; Maja, "
      "skolkurator, Kungsängsgymnasiet Sala; Peter, mentor, Kungsängsgymnasiet Sala.")
    f("Kopia till", "E. och mamma (utlämnad på mötet), deltagande verksamheter.")

    pdf.section_title("Journaltext")
    f("Aktuellt",
      "Första besöket på Mini-Maria genomfördes 2024-11-06. Drogtest positivt för THC. Samtalet "
      "handlade om vad E. får ut av cannabisen och hur den påverkar sömnen och skolan. Nästa besök "
      "bokat. Mamma informerad om mottagningens öppettider och om att hon kan ringa via växeln.")
    f("Bedömning",
      "Skadligt bruk av cannabis. Behov av samordnade insatser från skola, socialtjänst och "
      "Mini-Maria. Ingen indikation för remiss till BUP i nuläget, omprövas vid uppföljning.")
    f("Åtgärd", "SIP upprättad. Planen skickad till deltagande verksamheter 2024-11-19.")
    pdf.output(path(2, "pdf"))


# ======================================================================= 03
def plan03():
    """Wiki export: Markdown tables with HTML in cells. LSS, autism, moving to group home, Fagersta."""
    md = """# SIP – M-L, Fagersta

Skapad av LSS-handläggare, senast ändrad 2025-02-12 09:41 · Utrymme: **SIP Norra Västmanland** · Version 3

> Exporterad från samverkanswikin 2025-02-12. Bilagor och kommentarer följer inte med i exporten.

## Plan

| Del av planen | Innehåll |
|---|---|
| <b>Datum och plats</b> | 2025-02-11 kl. 09.00–10.30<br>Vuxenhabiliteringen, Region Västmanland (lokal i Fagersta) |
| <b>Personen</b> | M-L, 26 år<br>ÅÅMMDD-XXXX |
| <b>Syfte</b> | SIP |
| <b>Bakgrund</b> | M-L har autism och generaliserat ångestsyndrom. Hon bor i dag hos sin mamma i Fagersta.<br>Hon har beviljats bostad med särskild service för vuxna enligt <b>9 § 9 LSS</b> (gruppbostad) med planerad inflyttning <b>2025-04-07</b>.<br>Daglig verksamhet på Fagersta Kreativ tre dagar i veckan sedan 2021. Perioder med mycket ångest vid förändringar, senast vid byte av handledare hösten 2024. |
| <b>Frågeställningar</b> | • Hur förbereder vi flytten till gruppbostaden så att M-L:s ångest inte ökar?<br>• Vem hjälper M-L att föra över sina rutiner (bildschema, veckoschema) till det nya boendet?<br>• Behöver läkemedelsgenomgången göras före flytten?<br>• Hur ska dagarna på daglig verksamhet se ut under flyttveckan? |
| <b>M-L:s mål</b> |  |
| <b>Delaktighet</b> | M-L var med under första halvan av mötet. |
| <b>Övriga aktörer</b> | M-L har god man.<br>Mamma är viktig för M-L. |
| <b>Huvudansvarig</b> | LSS-handläggare, biståndsenheten, Fagersta kommun |
| <b>Uppföljning</b> |  |
| <b>Deltagare</b> | M-L<br>Mamma<br>Peter<br>Anna<br>Kristin<br>Sami |

## Insatser

| <b>Insats</b> | <b>Ansvarig</b> | <b>När</b> |
|---|---|---|
| Tre förberedande besök i gruppbostaden med bildstöd och samma personal varje gång | Enhetschef, Gruppbostaden Björken, Fagersta kommun | 2025-03-04<br>2025-03-18<br>2025-04-01 |
| Överföra bildschema och veckoschema till nya boendet, tydliggörande pedagogik för personalen (två handledningstillfällen) | Arbetsterapeut, Vuxenhabiliteringen Region Västmanland | Mars 2025, klart före inflyttning 2025-04-07 |
| Läkemedelsgenomgång av ångestdämpande medicin | Läkare, Vårdcentralen Fagersta | 2025-03-12 |
| Kortare dagar (kl. 9–12) på daglig verksamhet under flyttveckan | Handledare, Daglig verksamhet Fagersta Kreativ | Vecka 15 2025 |
| Beslut om kontaktperson enligt LSS efter flytten | LSS-handläggare, biståndsenheten Fagersta kommun | Senast 2025-04-30 |

---
Etiketter: `sip` `lss` `fagersta` `vuxenhabilitering`
"""
    with open(path(3, "md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(md)


# ======================================================================= 04
def plan04():
    """UTF-8 with BOM, CRLF: numbered questions, answers indented. Depression/alcohol, sick-listed, Arboga."""
    txt = """SAMORDNAD INDIVIDUELL PLAN (SIP)
Arboga kommun och Region Västmanland

Person:      P., ÅÅMMDD-XXXX
Mötesdatum:  2025-02-04
Plats:       Vårdcentralen Arboga
Typ:         Första SIP-mötet

1. Vad är syftet med mötet?
     Samordning.

2. Vilka frågor vill vi ha svar på under mötet?
     

3. Vad vill du själv uppnå? (Skriv med dina egna ord)
     "Jag vill orka gå tillbaka till jobbet på lagret, och jag vill klara
     mig utan att dricka varje kväll. Och jag vill att min dotter ska
     kunna sova över hos mig igen."

4. Hur har du varit med i planeringen, och vad tycker du?
     P. deltog på hela mötet. Han tycker att det har varit rörigt med
     många olika kontakter och önskar en person att vända sig till. Han
     vill inte gå i gruppbehandling men kan tänka sig enskilda samtal.
     Han vill att mötena hålls på vårdcentralen och inte på socialkontoret.

5. Har du gett ditt samtycke till att vi pratar med varandra?
     Ja. P. skrev under samtyckesblanketten på vårdcentralen 2025-01-28.
     Samtycket gäller vårdcentralen, socialtjänsten i Arboga, FK och AF.

6. Vilket stöd behöver du, och vem gör vad?
     - Fortsatt kontakt med Vårdcentralen Arboga.
     - Stöd från socialtjänstens vuxenenhet vid behov.
     - Samtalsstöd när P. känner att han behöver det.

7. Vad gör andra, t.ex. Försäkringskassan, Arbetsförmedlingen eller
   närstående?
     FK och arbetsgivaren är informerade. P:s syster finns med i bilden.

8. Vem har huvudansvaret för att planen genomförs?
     Bestämdes inte på mötet, tas upp nästa gång.

9. När ska planen följas upp?
     Om ungefär tre månader.

10. Övrigt
     P. har varit sjukskriven på heltid sedan oktober 2024 för
     depression. Han berättar själv om ökat alkoholbruk under hösten.
     AUDIT gjord på vårdcentralen i januari, 19 poäng.
     Planen skrivs ut och lämnas till P.

Utskrift från SIP-mallen, version 2.1
"""
    data = ("\ufeff" + txt).replace("\n", "\r\n").encode("utf-8")
    with open(path(4, "txt"), "wb") as fh:
        fh.write(data)


# ======================================================================= 05
def actor_table(doc, actor, insats, ansvarig, nar):
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    top = t.cell(0, 0).merge(t.cell(0, 1))
    cell_text(top, actor, bold=True)
    set_cell_shading(top, "D9E2F3")
    set_repeat_header(t.rows[0])
    for i, (lab, val) in enumerate((("Insats", insats), ("Ansvarig", ansvarig), ("När", nar)), start=1):
        cell_text(t.cell(i, 0), lab, bold=True, size=10)
        set_cell_shading(t.cell(i, 0), "F2F2F2")
        cell_text(t.cell(i, 1), val, size=10)
    set_col_widths(t, [3.2, 13.3])
    para(doc, "", space_after=2)
    return t


def plan05():
    """Child in foster home: one small table per actor (Insats/Ansvarig/När). Surahammar/Hallstahammar."""
    doc = new_doc(author="Barn- och familjeenheten")
    sec = doc.sections[0]
    header_text(sec, "Surahammars kommun – Socialtjänsten, barn- och familjeenheten", "SIP barn i familjehem")
    footer_page(sec)

    doc.add_heading("Samordnad individuell plan (SIP) – barn placerat i familjehem", level=1)
    info = doc.add_table(rows=4, cols=2)
    info.style = "Table Grid"
    rows = [("Barn", "A., 10 år, ÅÅMMDD-XXXX"),
            ("Placering", "Familjehem i Hallstahammar sedan 2024-06-20 (SoL), placerande kommun Surahammar"),
            ("Skola", "Ekbackens skola, Hallstahammar, åk 4"),
            ("Datum för SIP-möte", "2024-09-10, Ekbackens skola")]
    for i, (a, b) in enumerate(rows):
        cell_text(info.cell(i, 0), a, bold=True, size=10)
        cell_text(info.cell(i, 1), b, size=10)
    set_col_widths(info, [4.0, 12.5])

    doc.add_heading("Syfte med planen", level=2)
    para(doc, "Syftet är att skolan, BUP och socialtjänsten tillsammans planerar stödet till A. under hennes "
              "första termin i den nya skolan i Hallstahammar, så att hon får den utredning hon behöver och "
              "familjehemmet får stöd i att hjälpa henne med oron på kvällarna och inför skoldagen.")
    doc.add_heading("Bakgrund", level=2)
    para(doc, "A. placerades i familjehem i juni 2024 efter en längre tid av oro för hemsituationen. Hon har "
              "haft hög frånvaro i sin tidigare skola och svårt att koncentrera sig. Familjehemmet beskriver "
              "att A. har svårt att somna, vaknar ofta och blir mycket orolig vid förändringar. Skolan ser att "
              "hon orkar ungefär halva dagen. Remiss till BUP skickades i juli.")
    doc.add_heading("Frågeställningar", level=2)
    para(doc, "Gå igenom hur det fungerar.")
    doc.add_heading("Mål", level=2)
    para(doc, "Målet är att A. ska känna sig trygg i familjehemmet och i skolan och orka vara med hela skoldagar.")
    doc.add_heading("Barnets och vårdnadshavarnas delaktighet", level=2)
    para(doc, "A. var med i början av mötet tillsammans med familjehemsmamman. Mamma (vårdnadshavare) deltog "
              "under hela mötet.")
    doc.add_heading("Samtycke", level=2)
    para(doc, "Samtycke finns från båda vårdnadshavarna.")

    doc.add_heading("Insatser", level=2)
    actor_table(doc, "Skolan",
                "Elevassistent i klassrummet på förmiddagarna. Anpassat schema med kortare dagar (slutar "
                "kl. 12.00) under september, därefter successiv utökning. Pedagogisk kartläggning.",
                "Rektor, Ekbackens skola (elevassistent och schema); specialpedagog, Ekbackens skola "
                "(kartläggning)",
                "Från 2024-09-16. Kartläggningen klar 2024-10-31.")
    actor_table(doc, "BUP",
                "Neuropsykiatrisk utredning (frågeställning ADHD) och traumafokuserad bedömning. Råd till "
                "familjehemmet om hur de kan möta A:s oro vid läggning.",
                "Psykolog och läkare, BUP Västerås",
                "Första besök 2024-10-08, utredningen beräknas klar i december 2024.")
    actor_table(doc, "Socialtjänsten, familjehemsenheten",
                "Handledning till familjehemmet varannan vecka. Familjehemsföräldrarna går utbildningen "
                "”Trauma och anknytning”.",
                "Familjehemssekreterare, familjehemsenheten, Surahammars kommun",
                "Varannan vecka från 2024-09-12. Utbildningen 2024-11-06.")

    doc.add_heading("Övriga", level=2)
    para(doc, "Mamma följer med A. till första besöket på BUP 2024-10-08 och fyller i BUP:s formulär om A:s "
              "tidiga utveckling inför besöket. Pappa (vårdnadshavare) deltog inte på mötet; "
              "socialsekreteraren informerar honom om planen per brev senast 2024-09-20.")
    doc.add_heading("Huvudansvar för planen", level=2)
    para(doc, "Barnets socialsekreterare Mira, barn- och familjeenheten, Surahammars kommun.")
    doc.add_heading("Uppföljning", level=2)
    para(doc, "Nästa SIP-möte 2024-12-03 kl. 14.00 på Ekbackens skola. Mira kallar.")
    doc.add_heading("Deltagare", level=2)
    para(doc, "A. (en stund i början), familjehemsmamma, familjehemspappa, mamma, klasslärare, skolkurator, "
              "psykolog, barnets socialsekreterare, familjehemssekreterare.")
    save_doc(doc, path(5, "docx"))


# ======================================================================= 06
FOOTNOTES_TMPL = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
    'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
    'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
    '{notes}</w:footnotes>'
)


def xml_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class Footnotes:
    def __init__(self, doc):
        self.doc = doc
        self.notes = []

    def ref(self, paragraph, text):
        """Append a footnote reference at the end of paragraph; note text goes into footnotes.xml."""
        fid = len(self.notes) + 1
        self.notes.append((fid, text))
        r = paragraph.add_run()
        rPr = OxmlElement("w:rPr")
        va = OxmlElement("w:vertAlign"); va.set(qn("w:val"), "superscript")
        rPr.append(va)
        r._r.append(rPr)
        fr = OxmlElement("w:footnoteReference"); fr.set(qn("w:id"), str(fid))
        r._r.append(fr)

    def finish(self):
        notes = "".join(
            f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {xml_escape(t)}</w:t></w:r>'
            f'</w:p></w:footnote>'
            for fid, t in self.notes)
        blob = FOOTNOTES_TMPL.format(notes=notes).encode("utf-8")
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    blob, self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


def soffice_pdf(src, outdir):
    prof = f"file:///tmp/lo-{PREFIX}"
    subprocess.run(["soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", "pdf",
                    "--outdir", outdir, src], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, timeout=180)


def plan06():
    """LibreOffice PDF from docx with footnotes and appendix 'Bilaga 1 Deltagare'. Discharge, Västerås."""
    doc = new_doc(author="Vuxenpsykiatrin Västerås")
    sec = doc.sections[0]
    header_text(sec, "Region Västmanland – Vuxenpsykiatrin Västerås, avdelning 71", "Samordnad individuell plan")
    footer_page(sec)
    fn = Footnotes(doc)

    doc.add_heading("Samordnad individuell plan", level=1)
    para(doc, "Gäller: S., ÅÅMMDD-XXXX, Västerås", space_after=0)
    para(doc, "Datum för mötet: 2024-10-08 kl. 13.00, avdelning 71, Psykiatriska kliniken Västerås",
         space_after=0)
    para(doc, "Deltagare: se bilaga 1", space_after=10)

    doc.add_heading("Bakgrund", level=2)
    p = para(doc, "S. är 29 år och har bipolär sjukdom typ 1. Hon har vårdats på avdelning 71 sedan 2024-09-12, "
                  "först enligt LPT")
    fn.ref(p, "Lagen (1991:1128) om psykiatrisk tvångsvård.")
    p.add_run(" och sedan 2024-09-30 som frivillig vård. Inläggningen föregicks av en manisk period med "
              "sömnlöshet och stora inköp på kredit. S. bor ensam i hyreslägenhet i Västerås och läste på "
              "Komvux fram till i somras. Utskrivning är planerad till 2024-10-15. Litiumbehandlingen är "
              "insatt under vårdtiden och S-litium ligger nu inom referensintervallet.")
    doc.add_heading("Frågeställningar", level=2)
    for q in ("Hur säkerställs att S. tar sin litiumbehandling efter utskrivningen och att "
              "provtagningen blir av?",
              "Behöver S. boendestöd, och hur snabbt kan det i så fall starta?",
              "Vad ska S. ha för sysselsättning under hösten när hon inte orkar med studierna?",
              "Hur hanteras de krediter som togs under den maniska perioden?"):
        para(doc, q, style="List Bullet")
    doc.add_heading("Mål", level=2)
    para(doc, "Målet är att S. ska kunna bo kvar i sin lägenhet, ha en stabil stämning och undvika en ny "
              "inläggning under det kommande året.")
    doc.add_heading("Samtycke", level=2)
    p = para(doc, "S. har lämnat skriftligt samtycke")
    fn.ref(p, "Blanketten ”Samtycke till samordnad individuell plan”, inskannad i journalen 2024-10-02.")
    p.add_run(" till att information delas mellan de verksamheter som deltar i planen. Samtycket lämnades "
              "2024-10-02 på avdelningen.")
    doc.add_heading("Insatser", level=2)
    para(doc, "Fortsatt stöd kring medicineringen.", style="List Bullet")
    p = para(doc, "Stöd i vardagen vid behov.", style="List Bullet")
    fn.ref(p, "Behovet bedöms efter utskrivningen.")
    para(doc, "Kontakt kring sysselsättning längre fram.", style="List Bullet")
    doc.add_heading("Huvudansvar", level=2)
    p = para(doc, "Vuxenpsykiatrin har huvudansvaret för planen.")
    fn.ref(p, "Enligt den länsgemensamma riktlinjen för SIP i Västmanland har den part som kallar "
              "huvudansvaret tills annat bestäms.")
    doc.add_heading("Uppföljning", level=2)
    p = para(doc, "Planen följs upp 2024-11-12 kl. 10.00 på Vuxenpsykiatrins öppenvårdsmottagning i Västerås.")
    fn.ref(p, "Kallelse skickas från avdelningen till samtliga i bilaga 1.")

    # Appendix on a new page
    pb = doc.add_paragraph()
    pb.add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading("Bilaga 1 Deltagare", level=1)
    rows = [("Namn", "Funktion", "Verksamhet"),
            ("Karin", "Kontaktsjuksköterska", "Vuxenpsykiatrin Västerås, avdelning 71"),
            ("Erik", "Överläkare", "Vuxenpsykiatrin Västerås, avdelning 71"),
            ("Nadia", "Skötare, blivande öppenvårdskontakt", "Vuxenpsykiatrin Västerås, öppenvårdsmottagningen"),
            ("Lotta", "Biståndshandläggare", "Socialpsykiatrin, Västerås stad"),
            ("Mats", "Distriktssköterska", "Vårdcentralen Bäckby, Västerås")]
    t = doc.add_table(rows=len(rows), cols=3)
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            cell_text(t.cell(i, j), v, bold=(i == 0), size=10)
            if i == 0:
                set_cell_shading(t.cell(i, j), "D9D9D9")
    set_repeat_header(t.rows[0])
    set_col_widths(t, [3.0, 5.5, 8.0])
    fn.finish()

    tmpdir = tempfile.mkdtemp(prefix="f37a-")
    src = os.path.join(tmpdir, f"{PREFIX}-06.docx")
    save_doc(doc, src)
    soffice_pdf(src, tmpdir)
    shutil.copy(os.path.join(tmpdir, f"{PREFIX}-06.pdf"), path(6, "pdf"))
    shutil.rmtree(tmpdir)


# ======================================================================= 07
def quoted(doc, text, label="Ur planen 2024-03-05: "):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(0.8)
    p.paragraph_format.space_after = Pt(2)
    r = p.add_run(label)
    r.font.size = Pt(9)
    r.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    r2 = p.add_run("”" + text + "”")
    r2.italic = True
    return p


def comment(doc, text):
    p = doc.add_paragraph()
    p.paragraph_format.left_indent = Cm(0.8)
    r = p.add_run("Kommentar 2024-06-04: ")
    r.bold = True
    p.add_run(text)
    return p


def plan07():
    """Follow-up in elderly care: earlier plan quoted in italics, new comments after. Kungsör."""
    doc = new_doc(author="Hemtjänst Kungsör")
    sec = doc.sections[0]
    header_text(sec, "Kungsörs kommun, Vård och omsorg", "Uppföljning SIP")
    footer_page(sec)

    para(doc, "Uppföljning av samordnad individuell plan (SIP)", bold=True, size=16, space_after=4)
    para(doc, "Gäller: G., 86 år, Kungsör", space_after=0)
    para(doc, "Ursprunglig plan upprättad: 2024-03-05", space_after=0)
    para(doc, "Uppföljningsmöte: 2024-06-04 kl. 10.00, hemma hos G.", space_after=6)
    para(doc, "Text i kursiv stil är citerad ur planen från 2024-03-05. Kommentarer från dagens möte står efter "
              "varje citat.", italic=False, size=9, space_after=10)

    para(doc, "Syfte", bold=True, space_after=2)
    quoted(doc, "Samordning inför hemgång.")
    comment(doc, "Uppföljning av SIP.")

    para(doc, "G:s mål", bold=True, space_after=2)
    quoted(doc, "Jag vill klara mig hemma och kunna gå till Konsum själv med rollatorn.")
    comment(doc, "G. säger i dag: ”Jag går till affären med rollatorn när det är fint väder, men jag vill "
                 "klara det hela året. Jag vill inte flytta till något boende.”")

    para(doc, "Delaktighet", bold=True, space_after=2)
    comment(doc, "Mötet hölls hemma hos G. så att han kunde vara med hela tiden. G. är nöjd med hemtjänsten "
                 "men tycker att det kommer för många olika personal. Han önskar samma personal vid duschen.")

    para(doc, "Samtycke", bold=True, space_after=2)
    quoted(doc, "Samtycke finns.")
    comment(doc, "Gäller fortfarande.")

    para(doc, "Insatser", bold=True, space_after=2)
    quoted(doc, "Hemtjänst Kungsör norra: hjälp med dusch tisdag och fredag förmiddag samt inköp en gång i "
                "veckan.")
    comment(doc, "Duschen fungerar och fortsätter tisdag och fredag förmiddag. Inköpen sköter dottern Lena sedan "
                 "april, hemtjänsten tog bort inköpen från och med 2024-04-15.")
    quoted(doc, "Fysioterapeut, Vårdcentralen Kungsör: hembesök och träningsprogram för gång och balans "
                "varannan vecka mars–maj.")
    comment(doc, "G. har gjort stora framsteg och går nu inomhus utan rollator. Fysioterapeuten gör ett sista "
                 "hembesök i slutet av juni och lämnar ett nytt träningsprogram för sommaren.")
    quoted(doc, "Trygghetslarm installeras.")
    comment(doc, "Larmet är installerat men G. bär det inte alltid. Kommunen tar upp frågan om larmarmband "
                 "i stället för halsband.")
    comment(doc, "Nytt: G. har haft yrsel två gånger i maj. Distriktssköterskan på Vårdcentralen Kungsör bokar "
                 "läkemedelsgenomgång av blodtrycksmedicinerna med läkare 2024-06-18.")

    para(doc, "Närstående och andra", bold=True, space_after=2)
    comment(doc, "Dottern Lena handlar åt G. varje torsdag och följer med honom på läkarbesöket 2024-06-18. "
                 "G. gör själv övningarna i träningsprogrammet varje förmiddag.")

    para(doc, "Huvudansvar", bold=True, space_after=2)
    quoted(doc, "Kommunen.")
    comment(doc, "Oförändrat.")

    para(doc, "Uppföljning", bold=True, space_after=2)
    quoted(doc, "Uppföljning 2024-06-04 kl. 10.00 hemma hos G.")
    p = para(doc, "", space_after=8)
    r = p.add_run("Nästa uppföljning: ")
    r.bold = True
    p.add_run("vid behov")

    para(doc, "Närvarande", bold=True, space_after=2)
    para(doc, "G., Lena, Karin, Ahmed, Eva")
    save_doc(doc, path(7, "docx"))


# ======================================================================= 08
NBSP5 = "\u00a0" * 5
SP5 = " " * 5
_ff_counter = {"text": 0, "check": 0}


def formtext(paragraph, result=NBSP5, maxlen=None):
    _ff_counter["text"] += 1
    name = f"Text{_ff_counter['text']}"
    def run_with(*els, rpr=True):
        r = OxmlElement("w:r")
        if rpr:
            rPr = OxmlElement("w:rPr")
            np_ = OxmlElement("w:noProof")
            rPr.append(np_)
            r.append(rPr)
        for e in els:
            r.append(e)
        paragraph._p.append(r)
    begin = parse_xml(
        f'<w:fldChar {nsdecls("w")} w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/>'
        f'<w:enabled/><w:calcOnExit w:val="0"/><w:textInput>'
        + (f'<w:maxLength w:val="{maxlen}"/>' if maxlen else '') +
        '</w:textInput></w:ffData></w:fldChar>')
    run_with(begin, rpr=False)
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " FORMTEXT "
    run_with(it, rpr=False)
    sep = OxmlElement("w:fldChar"); sep.set(qn("w:fldCharType"), "separate")
    run_with(sep, rpr=False)
    t = OxmlElement("w:t"); t.set(qn("xml:space"), "preserve"); t.text = result
    run_with(t)
    end = OxmlElement("w:fldChar"); end.set(qn("w:fldCharType"), "end")
    run_with(end, rpr=False)


def formcheck(paragraph, label):
    _ff_counter["check"] += 1
    name = f"Kryss{_ff_counter['check']}"
    r = OxmlElement("w:r")
    r.append(parse_xml(
        f'<w:fldChar {nsdecls("w")} w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
        f'<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="0"/></w:checkBox>'
        f'</w:ffData></w:fldChar>'))
    paragraph._p.append(r)
    r = OxmlElement("w:r")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " FORMCHECKBOX "
    r.append(it)
    paragraph._p.append(r)
    r = OxmlElement("w:r")
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end")
    r.append(e)
    paragraph._p.append(r)
    paragraph.add_run(" " + label + "   ")


def label_cell(cell, label, hint=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(label)
    r.bold = True
    r.font.size = Pt(10)
    if hint:
        p2 = cell.add_paragraph()
        r2 = p2.add_run(hint)
        r2.italic = True
        r2.font.size = Pt(8)
    set_cell_shading(cell, "EDEDED")


def plan08():
    """County template, legacy form fields left empty; only the meeting date filled in."""
    _ff_counter["text"] = 0
    _ff_counter["check"] = 0
    doc = new_doc(author="Region Västmanland")
    sec = doc.sections[0]
    header_text(sec, "Västmanlands län – Region Västmanland och länets kommuner",
                "Mall SIP, version 2023-05", size=8)
    fp = sec.footer.paragraphs[0]
    fr = fp.add_run("Mallen är framtagen inom Västmanlands läns samverkan. Fyll i fälten med tabbtangenten.")
    fr.font.size = Pt(7)

    para(doc, "SAMORDNAD INDIVIDUELL PLAN (SIP)", bold=True, size=15, space_after=0)
    p = para(doc, "enligt SoL 2 kap. 7 § och HSL 16 kap. 4 §", size=9, space_after=8)
    p.runs[0].font.small_caps = True

    def row_text(t, label, hint=None, result=NBSP5, merge=True):
        row = t.add_row()
        label_cell(row.cells[0], label, hint)
        c = row.cells[1]
        if merge:
            c = row.cells[1].merge(row.cells[3])
        c.text = ""
        formtext(c.paragraphs[0], result)
        return row

    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    hdr = t.rows[0].cells[0].merge(t.rows[0].cells[3])
    cell_text(hdr, "Uppgifter om den enskilde och mötet", bold=True)
    set_cell_shading(hdr, "BDD7EE")
    r = t.add_row()
    label_cell(r.cells[0], "Namn")
    formtext(r.cells[1].paragraphs[0], NBSP5)
    label_cell(r.cells[2], "Personnummer")
    formtext(r.cells[3].paragraphs[0], SP5, maxlen=13)
    r = t.add_row()
    label_cell(r.cells[0], "Datum för SIP-möte")
    formtext(r.cells[1].paragraphs[0], "2025-03-18")
    label_cell(r.cells[2], "Plats")
    formtext(r.cells[3].paragraphs[0], NBSP5)
    r = t.add_row()
    label_cell(r.cells[0], "Typ av möte")
    c = r.cells[1].merge(r.cells[3])
    c.text = ""
    formcheck(c.paragraphs[0], "Första SIP-möte")
    formcheck(c.paragraphs[0], "Uppföljning")

    row_text(t, "Syfte med SIP-mötet", "(Beskriv varför mötet hålls och vad det ska leda till)")
    row_text(t, "Frågeställningar inför mötet", "(Vilka frågor behöver lösas?)", SP5)
    row_text(t, "Mina mål", "(Den enskildes mål med egna ord)")
    r = t.add_row()
    label_cell(r.cells[0], "Den enskildes delaktighet", "(Deltog personen? Personens synpunkter)")
    c = r.cells[1].merge(r.cells[3])
    c.text = ""
    formcheck(c.paragraphs[0], "Deltog")
    formcheck(c.paragraphs[0], "Deltog inte")
    p2 = c.add_paragraph()
    p2.add_run("Synpunkter/orsak: ")
    formtext(p2, NBSP5)
    r = t.add_row()
    label_cell(r.cells[0], "Samtycke")
    c = r.cells[1].merge(r.cells[3])
    c.text = ""
    formcheck(c.paragraphs[0], "Muntligt")
    formcheck(c.paragraphs[0], "Skriftligt")
    c.paragraphs[0].add_run("Datum: ")
    formtext(c.paragraphs[0], SP5)
    set_col_widths(t, [4.2, 4.4, 3.8, 4.2])

    para(doc, "", space_after=4)
    t2 = doc.add_table(rows=1, cols=4)
    t2.style = "Table Grid"
    for i, h in enumerate(("Insats", "Ansvarig verksamhet/funktion", "Huvudman", "När")):
        cell_text(t2.rows[0].cells[i], h, bold=True, size=10)
        set_cell_shading(t2.rows[0].cells[i], "BDD7EE")
    set_repeat_header(t2.rows[0])
    for k in range(4):
        rr = t2.add_row()
        for i in range(4):
            rr.cells[i].text = ""
            if i == 2:
                formcheck(rr.cells[i].paragraphs[0], "Kommun")
                formcheck(rr.cells[i].add_paragraph(), "Region")
            else:
                formtext(rr.cells[i].paragraphs[0], NBSP5 if (k + i) % 2 == 0 else SP5)
    set_col_widths(t2, [5.6, 4.4, 3.2, 3.4])

    para(doc, "", space_after=4)
    t3 = doc.add_table(rows=1, cols=4)
    t3.style = "Table Grid"
    hdr = t3.rows[0].cells[0].merge(t3.rows[0].cells[3])
    cell_text(hdr, "Ansvar och uppföljning", bold=True)
    set_cell_shading(hdr, "BDD7EE")
    row_text(t3, "Andra aktörers insatser", "(T.ex. Försäkringskassan, Arbetsförmedlingen, god man, "
                                            "närstående, den enskilde själv)")
    r = t3.add_row()
    label_cell(r.cells[0], "Huvudansvarig för planen")
    c = r.cells[1].merge(r.cells[3])
    c.text = ""
    formcheck(c.paragraphs[0], "Kommun")
    formcheck(c.paragraphs[0], "Region")
    p3 = c.add_paragraph()
    p3.add_run("Namn, funktion och verksamhet: ")
    formtext(p3, NBSP5)
    r = t3.add_row()
    label_cell(r.cells[0], "Uppföljning", "(Datum och plats)")
    formtext(r.cells[1].paragraphs[0], SP5)
    label_cell(r.cells[2], "Kallas av")
    formtext(r.cells[3].paragraphs[0], NBSP5)
    set_col_widths(t3, [4.2, 4.4, 3.8, 4.2])

    para(doc, "", space_after=4)
    para(doc, "Deltagare", bold=True, space_after=2)
    t4 = doc.add_table(rows=1, cols=3)
    t4.style = "Table Grid"
    for i, h in enumerate(("Namn", "Funktion", "Verksamhet")):
        cell_text(t4.rows[0].cells[i], h, bold=True, size=10)
        set_cell_shading(t4.rows[0].cells[i], "BDD7EE")
    set_repeat_header(t4.rows[0])
    for k in range(5):
        rr = t4.add_row()
        for i in range(3):
            rr.cells[i].text = ""
            formtext(rr.cells[i].paragraphs[0], NBSP5)
    set_col_widths(t4, [4.5, 5.0, 7.0])

    para(doc, "", space_after=2)
    para(doc, "Lämna kopia av planen till den enskilde och till samtliga deltagande verksamheter.",
         size=8, italic=True)

    # legacy form protection, as in the county's template
    settings = doc.settings.element
    prot = OxmlElement("w:documentProtection")
    prot.set(qn("w:edit"), "forms")
    prot.set(qn("w:enforcement"), "1")
    dts = settings.find(qn("w:defaultTabStop"))
    dts.addprevious(prot)
    save_doc(doc, path(8, "docx"))


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
