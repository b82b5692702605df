#!/usr/bin/env python
"""Generate the f99b batch of fictional, anonymized SIP documents (Region Stockholm).

Run with /work/batches/.venv/bin/python generate.py
Writes plans/f99b-01 ... f99b-08; intermediate .docx for PDFs go to build/.
"""
import datetime
import os
import shutil
import subprocess
import textwrap

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
PLANS = os.path.join(HERE, "plans")
BUILD = os.path.join(HERE, "build")
PREFIX = "f99b"
LO_PROFILE = "file:///tmp/lo-f99b"
FIXED = datetime.datetime(2025, 3, 31, 9, 0, 0)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
MONO_B = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"


def out(n, ext):
    return os.path.join(PLANS, f"{PREFIX}-{n:02d}.{ext}")


# ---------------------------------------------------------------- docx helpers
def new_doc(font="Calibri", size=11):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    cp = d.core_properties
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = ""
    cp.author = ""
    cp.title = ""
    cp.revision = 1
    return d


def shade(cell, fill="D9E2F3"):
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


def cell_text(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
    return cell


def table(d, header, rows, widths=None, fill="D9E2F3", size=None):
    t = d.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        c = t.rows[0].cells[i]
        cell_text(c, h, bold=True, size=size)
        shade(c, fill)
    repeat_header(t.rows[0])
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cell_text(cells[i], v, size=size)
    if widths:
        set_widths(t, widths)
    return t


def set_widths(t, widths):
    """Cell widths plus the table grid, so LibreOffice honours them too."""
    t.autofit = False
    grid = t._tbl.tblGrid
    for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
        gc.set(qn("w:w"), str(int(Cm(widths[i]).twips)))
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)


def bold_para(d, text, size=None):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    return p


def label_para(d, label, value):
    p = d.add_paragraph()
    p.add_run(label).bold = True
    p.add_run(value)
    return p


def add_field(paragraph, instr):
    """Complex field (PAGE, NUMPAGES) as Word writes it."""
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
    paragraph.add_run("1")
    r = paragraph.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), "end")
    r._r.append(fc)


def to_pdf(docx_path, outdir):
    subprocess.run(
        ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
         "--convert-to", "pdf", "--outdir", outdir, docx_path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


# ---------------------------------------------------------- content controls
_SDT_ID = [1000]
PH_TEXT = "Klicka eller tryck här för att ange text."
PH_LIST = "Välj ett objekt."


def ensure_placeholder_style(d):
    names = [s.name for s in d.styles]
    if "Placeholder Text" not in names:
        st = d.styles.add_style("Placeholder Text", WD_STYLE_TYPE.CHARACTER)
        st.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        st.hidden = False


def _w(tag, **attrs):
    el = OxmlElement(tag)
    for k, v in attrs.items():
        el.set(qn(k), v)
    return el


def sdt(paragraph, alias, value=None, options=None, kind="text"):
    """Append a run-level content control to paragraph.

    kind 'text' -> plain text control; kind 'list' -> drop-down list with options.
    value None -> showing its placeholder.
    """
    _SDT_ID[0] += 1
    el = _w("w:sdt")
    pr = _w("w:sdtPr")
    pr.append(_w("w:alias", **{"w:val": alias}))
    pr.append(_w("w:tag", **{"w:val": alias}))
    pr.append(_w("w:id", **{"w:val": str(_SDT_ID[0])}))
    ph_text = PH_LIST if kind == "list" else PH_TEXT
    if value is None:
        pr.append(_w("w:showingPlcHdr"))
    if kind == "list":
        dl = _w("w:dropDownList")
        if value is not None:
            dl.set(qn("w:lastValue"), value)
        dl.append(_w("w:listItem", **{"w:displayText": PH_LIST, "w:value": ""}))
        for o in options:
            dl.append(_w("w:listItem", **{"w:displayText": o, "w:value": o}))
        pr.append(dl)
    else:
        pr.append(_w("w:text", **{"w:multiLine": "1"}))
    el.append(pr)
    content = _w("w:sdtContent")
    shown = ph_text if value is None else value
    lines = shown.split("\n")
    for i, line in enumerate(lines):
        r = _w("w:r")
        if value is None:
            rpr = _w("w:rPr")
            rpr.append(_w("w:rStyle", **{"w:val": "PlaceholderText"}))
            r.append(rpr)
        if i:
            r.append(_w("w:br"))
        t = _w("w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = line
        r.append(t)
        content.append(r)
    el.append(content)
    paragraph._p.append(el)
    return el


# ======================================================================= 01
def plan01():
    """Word plan, interpreter present, person's words in English + Swedish; Botkyrka."""
    d = new_doc("Calibri", 11)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Botkyrka kommun, Socialförvaltningen  ·  Region Stockholm\tSIP  ·  2025-03-11"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Planen har gåtts igenom muntligt med Meron via tolk. Kopia lämnas till Meron och samtliga deltagande verksamheter."
    fp.runs[0].font.size = Pt(8)

    d.add_heading("Samordnad individuell plan (SIP)", level=0)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [
        ("Namn", "Meron"),
        ("Personnummer", "ÅÅMMDD-XXXX"),
        ("Datum för mötet", "2025-03-11 kl. 13.30–15.00"),
        ("Plats", "Socialtjänsten Botkyrka, mötesrum plan 2, Tumba"),
        ("Språk och tolk", "Tigrinja. Auktoriserad tolk deltog via telefon under hela mötet. "
                           "Meron talar också viss engelska och sa en del saker själv på engelska; "
                           "hennes egna ord återges nedan på engelska med svensk översättning inom parentes."),
    ]:
        c = t.add_row().cells
        cell_text(c[0], k, bold=True)
        shade(c[0], "EDEDED")
        cell_text(c[1], v)

    set_widths(t, [4.5, 12.1])

    d.add_heading("1. Deltagare", level=2)
    table(d, ["Namn", "Funktion", "Verksamhet"], [
        ("Meron", "Den enskilde", "–"),
        ("Johanna", "Socialsekreterare", "Vuxenenheten, Socialtjänsten Botkyrka"),
        ("Erik", "Handläggare ekonomiskt bistånd", "Försörjningsstöd, Socialtjänsten Botkyrka"),
        ("Hanna", "Distriktssköterska", "Vårdcentralen Fittja, Region Stockholm"),
        ("Amir", "Psykolog", "Transkulturellt centrum, Region Stockholm"),
        ("–", "Tolk (tigrinja), via telefon", "Tolkförmedling"),
    ], widths=[3.2, 5.4, 8.0])

    d.add_heading("2. Bakgrund", level=2)
    d.add_paragraph(
        "Meron är 34 år och kom till Sverige 2022. Hon bor i Fittja med sina två barn, 7 och 10 år. "
        "Hon har sedan länge svåra sömnproblem, mardrömmar och återkommande minnesbilder från flykten, "
        "och vårdcentralen har skickat remiss till Transkulturellt centrum där hon är bedömd för "
        "traumafokuserad behandling. Hyran har inte betalats fullt ut sedan december och det finns en "
        "hyresskuld på ca 18 000 kr. Meron har svårt att hålla reda på brev och tider, särskilt när de "
        "kommer på svenska, och har missat två besök på vårdcentralen under vintern.")

    d.add_heading("3. Syfte med SIP", level=2)
    d.add_paragraph(
        "Syftet är att samordna behandlingen av Merons sömnproblem och traumasymtom med socialtjänstens "
        "stöd kring ekonomi och boende, så att hyresskulden inte leder till att familjen förlorar "
        "lägenheten och så att Meron inte behöver berätta sin historia på nytt för varje ny kontakt.")

    d.add_heading("4. Frågeställningar", level=2)
    d.add_paragraph("Gå igenom läget och hur det fungerar just nu.")

    d.add_heading("5. Merons egen beskrivning och mål", level=2)
    d.add_paragraph("Meron beskrev själv sin situation så här under mötet:")
    quotes = [
        ("I cannot sleep. When I close my eyes I see the sea again.",
         "Jag kan inte sova. När jag blundar ser jag havet igen."),
        ("I want to sleep at night and have energy for my children.",
         "Jag vill kunna sova på nätterna och ha ork för mina barn."),
        ("I do not want to tell my story again and again to new people.",
         "Jag vill inte berätta min historia om och om igen för nya människor."),
        ("I want to learn Swedish so I can talk to the teachers myself.",
         "Jag vill lära mig svenska så att jag själv kan prata med lärarna."),
    ]
    for en, sv in quotes:
        p = d.add_paragraph(style="List Bullet")
        r = p.add_run(f"”{en}”")
        r.italic = True
        p.add_run(f" ({sv})")
    d.add_paragraph(
        "Meron önskar att samma tolk används så långt det går och att tolken är en kvinna. Hon vill helst "
        "ha tider på förmiddagen när barnen är i skolan.")

    d.add_heading("6. Samtycke", level=2)
    d.add_paragraph(
        "Meron lämnade muntligt samtycke via tolk vid mötet 2025-03-11 till att Socialtjänsten Botkyrka, "
        "Vårdcentralen Fittja och Transkulturellt centrum får utbyta de uppgifter som behövs för SIP. "
        "Samtycket antecknades av socialsekreteraren i akten samma dag.")

    d.add_heading("7. Insatser – vem gör vad och när", level=2)
    table(d, ["Insats", "Ansvarig", "När"], [
        ("Traumafokuserad behandling (NET) med kvinnlig tolk, ca 10 samtal",
         "Psykolog, Transkulturellt centrum", "Start 2025-04-02, varannan onsdag fm"),
        ("Läkarbesök för sömnbesvär och genomgång av läkemedel",
         "Distriktsläkare, Vårdcentralen Fittja", "2025-03-25 kl. 09.40, tolk bokas av VC"),
        ("Utredning av ansökan om bistånd till hyresskuld; kontakt med hyresvärden om avbetalning",
         "Handläggare ekonomiskt bistånd, Socialtjänsten Botkyrka", "Beslut senast 2025-03-28"),
        ("Budget- och skuldrådgivning, genomgång av inkomster och utgifter",
         "Budget- och skuldrådgivningen, Botkyrka kommun", "–"),
        ("Påminnelse via sms om tider på lätt svenska; hjälp att läsa brev",
         "Socialsekreterare, Vuxenenheten", "Från 2025-03-12, löpande"),
    ], widths=[7.0, 5.6, 4.0])

    d.add_heading("8. Andra aktörer", level=2)
    d.add_paragraph(
        "Meron är inskriven på Arbetsförmedlingen och läser SFI. Hennes bror, som bor i Stockholm, "
        "stöttar ibland familjen.")

    d.add_heading("9. Huvudansvar för planen", level=2)
    d.add_paragraph("Johanna, socialsekreterare, Vuxenenheten, Socialtjänsten Botkyrka.")

    d.add_heading("10. Uppföljning", level=2)
    d.add_paragraph(
        "Uppföljande SIP-möte 2025-06-10 kl. 13.30 på Socialtjänsten Botkyrka i Tumba. "
        "Socialsekreteraren bokar tolk på plats (tigrinja, kvinnlig tolk).")
    d.save(out(1, "docx"))


# ======================================================================= 02
class RecordPDF(FPDF):
    system = "TakeCare"

    def header(self):
        self.set_font("mono", "", 8)
        self.cell(60, 4, f"{self.system}  Journalutskrift", new_x="RIGHT", new_y="TOP")
        self.cell(70, 4, "Utskrivet 2025-03-20 14:32  av: XXXX", align="C", new_x="RIGHT", new_y="TOP")
        self.cell(0, 4, f"Sida {self.page_no()} ({{nb}})", align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, "Patient: ÅÅMMDD-XXXX  Elias", new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(4)

    def footer(self):
        self.set_y(-12)
        self.set_font("mono", "", 7)
        self.cell(0, 4, "Utskrift ur patientjournal – hanteras enligt sekretess (OSL 25 kap.)", align="C")


LABEL_CH = 20  # label + dot leader width in characters


def lead(label):
    dots = LABEL_CH - len(label) - 1
    return f"{label} {'.' * max(dots, 2)}: "


def field(pdf, label, value, indent=0, lh=4.6):
    pdf.set_font("mono", "B", 9)
    cw = pdf.get_string_width("M")
    x0 = pdf.l_margin + indent
    pdf.set_x(x0)
    lab = lead(label)
    pdf.cell(cw * len(lab), lh, lab, new_x="RIGHT", new_y="TOP")
    pdf.set_font("mono", "", 9)
    vx = pdf.get_x()
    width = pdf.w - pdf.r_margin - vx - 2
    if value:
        pdf.multi_cell(width, lh, value, align="L", new_x="LMARGIN", new_y="NEXT")
    else:
        pdf.cell(width, lh, "", new_x="LMARGIN", new_y="NEXT")


def plan02():
    """fpdf2 record print, summary box p.1, details p.2; young adult, substance use, Södertälje."""
    pdf = RecordPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.add_font("mono", "", MONO)
    pdf.add_font("mono", "B", MONO_B)
    pdf.set_margins(16, 14, 16)
    pdf.set_auto_page_break(True, 16)
    pdf.alias_nb_pages()
    pdf.add_page()

    pdf.set_font("mono", "", 9)
    for k, v in [("Vårdenhet", "Beroendemottagningen unga vuxna Södertälje"),
                 ("Journaltyp", "Samordnad individuell plan (SIP)"),
                 ("Anteckningsdatum", "2025-03-18 15:10"),
                 ("Signerad", "Kim, sjuksköterska, 2025-03-19")]:
        pdf.cell(45, 4.6, k, new_x="RIGHT", new_y="TOP")
        pdf.cell(0, 4.6, v, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    # summary box
    top = pdf.get_y()
    pdf.set_font("mono", "B", 10)
    pdf.set_x(pdf.l_margin + 2)
    pdf.cell(0, 7, "SAMMANFATTNING SIP", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    summ = [
        ("MÖTESDATUM", "2025-03-18"),
        ("SYFTE", "Samordning."),
        ("HUVUDANSVARIG", ""),
        ("SAMTYCKE", "Samtycke finns."),
        ("UPPFÖLJNING", "v. 16"),
        ("DELTAGARE", "Elias (patient); Kim, sjuksköterska, Beroendemottagningen unga vuxna "
                      "Södertälje; Nora, socialsekreterare, Socialtjänsten Södertälje, enheten "
                      "för unga vuxna; Farid, specialistläkare, Allmänpsykiatriska mottagningen "
                      "Södertälje; Malin, behandlare, Mini-Maria Södertälje."),
    ]
    for k, v in summ:
        field(pdf, k, v, indent=3)
        pdf.ln(0.8)
    bottom = pdf.get_y() + 2
    pdf.rect(pdf.l_margin, top, pdf.w - pdf.l_margin - pdf.r_margin, bottom - top)
    pdf.set_y(bottom + 6)

    pdf.set_font("mono", "B", 10)
    pdf.cell(0, 6, "BAKGRUND", new_x="LMARGIN", new_y="NEXT")
    field(pdf, "AKTUELLT", "Elias är 19 år och bor i en andrahandslägenhet i Södertälje centrum. "
          "Daglig cannabisanvändning sedan ca 16 års ålder, periodvis alkohol i större mängder "
          "på helger. ADHD diagnostiserad 2022, centralstimulantia avslutad av Elias själv hösten "
          "2024. Gymnasiet (el- och energiprogrammet) avbrutet i årskurs 2. Ingen sysselsättning "
          "sedan dess. Aktuell hos socialtjänsten sedan januari 2025 efter egen ansökan.")
    pdf.ln(1)
    field(pdf, "TIDIGARE KONTAKT", "Mini-Maria Södertälje 2022–2023 (avslutad), BUP Södertälje "
          "t.o.m. 18 års ålder.")
    pdf.ln(1)
    field(pdf, "SOMATIK", "Inga kända somatiska sjukdomar. Röker ca 10 cigaretter/dag.")

    # details page
    pdf.add_page()
    pdf.set_font("mono", "B", 10)
    pdf.cell(0, 6, "DETALJER", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    field(pdf, "FRÅGESTÄLLNINGAR", "")
    pdf.ln(1)
    field(pdf, "PATIENTENS MÅL", "")
    pdf.ln(1)
    field(pdf, "DELAKTIGHET", "Elias deltog i mötet.")
    pdf.ln(3)
    pdf.set_font("mono", "B", 10)
    pdf.cell(0, 6, "INSATSER", new_x="LMARGIN", new_y="NEXT")
    for ins in ["Fortsatt samtalskontakt.", "Stöd vid behov.", "Fortsatt kontakt kring läkemedel."]:
        field(pdf, "INSATS", ins, indent=4)
        field(pdf, "ANSVARIG", "", indent=4)
        field(pdf, "TIDPUNKT", "", indent=4)
        pdf.ln(2)
    pdf.ln(1)
    field(pdf, "ANDRA AKTÖRER", "")
    pdf.ln(1)
    field(pdf, "ÖVRIGT", "Elias lämnade mötet efter ca 40 minuter. Planen skickas till deltagarna efter signering. Mötet hölls på "
          "Beroendemottagningen unga vuxna Södertälje.")
    pdf.output(out(2, "pdf"))


# ======================================================================= 03
def plan03():
    """1177 secure message, informal, UTF-8 with CRLF; adult with depression/ADHD, Nacka."""
    paras = [
        "Hej Jonna!",
        "Tack för att du kom på mötet i tisdags, den 12 november. Här kommer en "
        "sammanfattning av det vi pratade om och kom fram till. Vi som var med var du, "
        "jag, Petra och Ali.",
        "Du berättade att du är väldigt trött och att det är jobbigt att hålla ordning på "
        "alla kontakter och tider. Du sa: \"Jag vill orka vara en bra mamma till Alva och "
        "komma tillbaka till jobbet på halvtid till våren.\" Du sa också att du helst vill "
        "att vi träffas här på vårdcentralen och inte på socialkontoret, och det tar vi "
        "hänsyn till framöver.",
        "Det här gör vi nu: Jag fortsätter våra samtal varannan tisdag kl. 10, nästa gång "
        "är den 26 november. Ali på psykiatrin bokar en tid hos läkaren för att se över "
        "ADHD-medicinen, senast vecka 48. Petra ordnar så att boendestödet kan börja komma "
        "hem till dig en gång i veckan från vecka 49, och hon kollar också om du kan få "
        "hjälp med att få ordning på räkningarna. Du själv ringer Försäkringskassan och "
        "ansöker om förlängd sjukpenning innan den 30 november, och Jonas har lovat att "
        "vara hemma och följa med första gången boendestödet kommer.",
        "Vi ses igen i början av februari, jag skickar en kallelse när jag hittat en tid "
        "som passar alla. Skriv här i 1177 om något ändras eller om jag har missförstått "
        "något.",
        "Hälsningar\nSara, kurator\nVårdcentralen Nacka",
    ]
    lines = []
    for p in paras:
        if "\n" in p:
            lines.extend(p.split("\n"))
        else:
            lines.extend(textwrap.wrap(p, 74) or [""])
        lines.append("")
    text = "\r\n".join(lines).rstrip() + "\r\n"
    with open(out(3, "txt"), "w", encoding="utf-8", newline="") as f:
        f.write(text)


# ======================================================================= 04
def plan04():
    """County form with drop-down content controls; girl 13, school refusal/anxiety, Huddinge."""
    d = new_doc("Arial", 10)
    ensure_placeholder_style(d)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = Cm(1.8)
    hp = sec.header.paragraphs[0]
    hp.text = "Huddinge kommun  |  Region Stockholm\tGemensam blankett SIP\tVersion 2023:2"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Blanketten förvaras i respektive verksamhets journal/akt. Barnet och vårdnadshavare får en kopia."
    fp.runs[0].font.size = Pt(7)

    p = d.add_paragraph()
    r = p.add_run("SAMORDNAD INDIVIDUELL PLAN (SIP) – BARN OCH UNGA")
    r.bold = True
    r.font.size = Pt(14)
    p = d.add_paragraph()
    r = p.add_run("Fyll i fälten direkt i blanketten. Välj i listorna där sådana finns.")
    r.italic = True
    r.font.size = Pt(8)

    def form_table(title, rows):
        bold_para(d, title, size=11)
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for label, kind, value, options in rows:
            c = t.add_row().cells
            cell_text(c[0], label, bold=True, size=9)
            shade(c[0], "E7EEF7")
            c[1].text = ""
            sdt(c[1].paragraphs[0], label.rstrip(" *"), value, options, kind)
        set_widths(t, [5.2, 11.8])
        d.add_paragraph()
        return t

    form_table("1. Uppgifter om barnet", [
        ("Barnets namn *", "text", "Ella", None),
        ("Personnummer", "text", "ÅÅMMDD-XXXX", None),
        ("Vårdnadshavare", "text", "Sofia (mamma), Daniel (pappa)", None),
        ("Datum för mötet *", "text", "2025-02-12", None),
        ("Typ av möte", "list", "Första SIP-möte",
         ["Första SIP-möte", "Uppföljande SIP-möte", "Avslutande SIP-möte"]),
    ])
    form_table("2. Syfte och frågeställningar", [
        ("Syfte med SIP *", "text",
         "Att ta fram en gemensam plan så att Ella stegvis kan komma tillbaka till skolan och "
         "samtidigt få behandling för sin ångest, och att skolan, BUP och socialtjänsten arbetar "
         "åt samma håll i stället för var för sig.", None),
        ("Frågeställningar inför mötet", "text",
         "Hur kan skolans anpassningar och BUP:s behandling läggas upp så att de stödjer varandra? "
         "Behövs undervisning i mindre grupp eller hemma under en övergångsperiod? "
         "Vilket stöd behöver föräldrarna för att få iväg Ella på morgnarna?", None),
    ])
    form_table("3. Barnets delaktighet", [
        ("Barnet deltog i mötet", "list", "Ja, delar av mötet",
         ["Ja, hela mötet", "Ja, delar av mötet", "Nej"]),
        ("Barnets synpunkter och önskemål", "text", None, None),
        ("Barnets egna mål", "text", None, None),
        ("Vårdnadshavare deltog", "list", "Ja, båda", ["Ja, båda", "Ja, en", "Nej"]),
    ])
    form_table("4. Samtycke", [
        ("Samtycke till SIP", "list", None, ["Ja", "Nej"]),
        ("Form för samtycke", "list", None, ["Skriftligt", "Muntligt"]),
        ("Datum för samtycke", "text", None, None),
    ])

    bold_para(d, "5. Insatser – vem gör vad och när", size=11)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Insats", "Ansvarig verksamhet", "När / tidsperiod"]):
        cell_text(t.rows[0].cells[i], h, bold=True, size=9)
        shade(t.rows[0].cells[i], "E7EEF7")
    repeat_header(t.rows[0])
    opts = ["Elevhälsan", "BUP Huddinge", "Socialtjänsten Huddinge – Barn och unga",
            "Vårdcentral", "Vårdnadshavare"]
    for ins, resp, when in [
        ("Anpassat schema: två lektioner per dag med gradvis utökning, fast startpunkt i "
         "studiehallen varje morgon", "Elevhälsan", "Från vecka 9"),
        ("KBT med exponering för ångest, samtal varje vecka", "BUP Huddinge", None),
        ("Föräldrastöd kring morgonrutiner och skolfrånvaro", None, None),
    ]:
        c = t.add_row().cells
        c[0].text = ""
        sdt(c[0].paragraphs[0], "Insats", ins)
        c[1].text = ""
        sdt(c[1].paragraphs[0], "Ansvarig verksamhet", resp, opts, "list")
        c[2].text = ""
        sdt(c[2].paragraphs[0], "När", when)
    set_widths(t, [8.2, 4.8, 4.0])
    d.add_paragraph()

    form_table("6. Andra aktörer", [
        ("Andra aktörers insatser (t.ex. FK, föreningar, närstående)", "text", None, None),
    ])
    form_table("7. Huvudansvar och uppföljning", [
        ("Huvudansvarig huvudman", "list", None, ["Huddinge kommun", "Region Stockholm"]),
        ("Huvudansvarig (namn, funktion)", "text", None, None),
        ("Uppföljning", "list", "Om 3 månader",
         ["Om 1 månad", "Om 3 månader", "Om 6 månader", "Annat datum"]),
        ("Datum för uppföljning", "text", None, None),
    ])

    bold_para(d, "8. Deltagare på mötet", size=11)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["Namn", "Funktion", "Verksamhet"]):
        cell_text(t.rows[0].cells[i], h, bold=True, size=9)
        shade(t.rows[0].cells[i], "E7EEF7")
    for row in [("Ella", "Barnet", "–"),
                ("Sofia", "Vårdnadshavare", "–"),
                ("Daniel", "Vårdnadshavare (via Teams)", "–"),
                ("Linnea", "Skolkurator", "Elevhälsan, Ekdalsskolan, Huddinge kommun"),
                ("Anders", "Mentor åk 7", "Ekdalsskolan, Huddinge kommun"),
                ("Omar", "Psykolog", "BUP Huddinge, Region Stockholm"),
                ("Karin", "Socialsekreterare", "Socialtjänsten Huddinge, Barn och unga")]:
        c = t.add_row().cells
        for i, v in enumerate(row):
            c[i].text = ""
            sdt(c[i].paragraphs[0], ["Namn", "Funktion", "Verksamhet"][i], v)
    d.save(out(4, "docx"))


# ======================================================================= 05
def plan05():
    """Confluence-like wiki export; young man with autism/LSS, moving to group home, Järfälla."""
    md = """Socialförvaltningen Järfälla / Funktionsstöd / SIP-planer / SIP – A. – 2025-01-20

# SIP – A. – 2025-01-20

*Senast uppdaterad 2025-01-22 · Sidversion 4*

> **Info:** Sidan är exporterad från teamets wiki. Personuppgifter är avidentifierade. Originalplanen finns i verksamhetssystemet.

## Bakgrund

A. är 24 år och har autism och lindrig intellektuell funktionsnedsättning. Han har bott på
korttidsboendet i Viksjö sedan hösten 2024 efter att ha flyttat till Järfälla från en annan
kommun. Han har perioder av stark ångest och har under hösten skadat sig själv vid tre
tillfällen, då i samband med ändrade rutiner och ny personal. Beslut om bostad med särskild
service har fattats och en plats i gruppbostaden i Jakobsberg blir ledig i mars.

## Syfte

Syftet är att samordna flytten från korttidsboendet till gruppbostaden i Jakobsberg med stöd
från habiliteringen och psykiatrin, så att A:s ångest och självskadebeteende inte ökar i
samband med förändringen.

> **Info:** A. deltog inte i mötet. Kontaktpersonalen på korttidsboendet har förmedlat att A.
> är orolig för att inte få ta med sin dator och att han vill träffa personalen på
> gruppbostaden flera gånger innan han flyttar.

## Mål

Målet är att A. ska kunna flytta in i gruppbostaden under våren utan ökad ångest och ha daglig
verksamhet fyra dagar i veckan.

## Samtycke

> **Info:** Skriftligt samtycke (kommunens blankett för SIP) undertecknat av A. 2025-01-08,
> inhämtat av LSS-handläggaren vid hembesök på korttidsboendet.

## Åtgärder

| # | Åtgärd | Ansvarig | Tid | Status |
|---|--------|----------|-----|--------|
| 1 | Beslut om bostad med särskild service (LSS 9 § 9), gruppbostad Jakobsberg | LSS-handläggare, Järfälla kommun | Beslut 2025-01-15 | ✅ Klar |
| 2 | Tre besök på gruppbostaden tillsammans med kontaktpersonal | Korttidsboendet Viksjö, kontaktpersonal | 2025-02-03 – 2025-02-28 | ⏳ Pågår |
| 3 | Bildstöd och social berättelse om flytten, dagsschema för första veckan | Vuxenhabiliteringen Järfälla, arbetsterapeut | Klart senast 2025-02-10 | ⏳ Pågår |
| 4 | Läkemedelsöversyn (ångest, sömn) | Psykiatri Nordväst, öppenvårdsmottagningen Järfälla, läkare | 2025-02-05 | ✅ Klar |
| 5 | Överlämning av A:s rutiner och signaler vid ångest till gruppbostadens personal | Enhetschefer korttidsboendet och gruppbostaden | 2025-03-03 | ⏳ Ej påbörjad |
| 6 | Inflyttning i gruppbostaden | Gruppbostaden Jakobsberg, enhetschef | 2025-03-10 | ⏳ Ej påbörjad |
| 7 | Daglig verksamhet fyra dagar/vecka | Daglig verksamhet Jakobsberg, enhetschef | Start 2025-03-17 | ⏳ Ej påbörjad |

## Samordningsansvar

Huvudansvarig för planen: LSS-handläggaren.

## Närvarande

- LSS-handläggare
- Enhetschef
- Kontaktpersonal
- Arbetsterapeut
- Sjuksköterska
- Läkare

## Uppföljning

> **Info:** Uppföljande SIP-möte 2025-04-22 kl. 09.00 på gruppbostaden i Jakobsberg.

---

Etiketter: `sip` `lss` `funktionsstod` `jarfalla`
"""
    with open(out(5, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ======================================================================= 06
def plan06():
    """Hemsjukvården plan for elderly man, bullets per actor, 'Vem ringer jag?'; Norrtälje."""
    d = new_doc("Calibri", 12)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    hp = sec.header.paragraphs[0]
    hp.text = "Hemsjukvården Norrtälje\tSamordnad individuell plan"
    hp.runs[0].font.size = Pt(9)

    d.add_heading("Min plan – Gunnar, 86 år", level=1)
    d.add_paragraph("Planen gjordes vid hembesök hos Gunnar i Rimbo 2025-01-16.")
    label_para(d, "Med på hembesöket: ", "Gunnar, Eva, Lena, Ahmed och Birgitta.")

    bold_para(d, "Syfte")
    d.add_paragraph("Samordning av insatser i hemmet.")

    bold_para(d, "Bakgrund")
    d.add_paragraph(
        "Gunnar bor ensam i villa i Rimbo sedan hustrun dog 2022. Han föll i hallen i december och "
        "opererades för höftfraktur på Norrtälje sjukhus. Han har också hjärtsvikt och tar "
        "vätskedrivande. Sedan hemkomsten 2025-01-10 går han med rollator inomhus men vågar inte gå "
        "ut. Han glömmer ibland att ta sina mediciner.")

    bold_para(d, "Det här sa Gunnar")
    for q in ["”Jag vill bo kvar hemma så länge det går och klara att gå ner till brevlådan själv.”",
              "”Jag vill inte ha folk springande här hela dagarna, men på morgonen behöver jag hjälp "
              "med strumporna.”",
              "”Hunden ska bo kvar hos mig.”"]:
        p = d.add_paragraph(q)
        p.paragraph_format.left_indent = Cm(0.8)
        p.runs[0].italic = True

    d.add_paragraph("Samtycke finns.")

    d.add_heading("Vem gör vad", level=1)
    d.add_heading("Hemtjänsten", level=2)
    d.add_paragraph("Hemtjänst Rimbo")
    for b in ["Hjälp med påklädning och stödstrumpor varje morgon, och med kvällsrutiner varje kväll, "
              "från 2025-01-20.",
              "Dusch med hjälp varje tisdag från 2025-01-21.",
              "Väger Gunnar varje måndagsmorgon och skriver vikten i pärmen i köket, från 2025-01-20.",
              "Rastar hunden vid morgon- och kvällsbesöket från 2025-01-20."]:
        d.add_paragraph(b, style="List Bullet")
    d.add_heading("Hemsjukvården", level=2)
    d.add_paragraph("Distriktssköterska, Hemsjukvården Norrtälje")
    for b in ["Delar dosett och går igenom medicinerna med Gunnar varje onsdag från 2025-01-22.",
              "Kontrollerar vikt och svullnad i benen vid hembesök varannan onsdag från 2025-01-22. "
              "Kontaktar läkare om vikten ökat mer än 2 kg på tre dagar."]:
        d.add_paragraph(b, style="List Bullet")
    d.add_heading("Vårdcentralen", level=2)
    d.add_paragraph("Vårdcentralen Rimbo")
    for b in ["Distriktsläkare gör läkemedelsgenomgång vid hembesök 2025-02-05.",
              "Fysioterapeut lämnar träningsprogram för höften och övar utomhusgång till brevlådan, "
              "hembesök vecka 5 och vecka 7.",
              "Arbetsterapeut bedömer behov av toalettförhöjning och duschpall 2025-01-29."]:
        d.add_paragraph(b, style="List Bullet")
    d.add_heading("Dottern", level=2)
    d.add_paragraph("Eva, bor i Norrtälje")
    for b in ["Handlar åt Gunnar varje lördag.",
              "Ringer Gunnar varje kväll runt kl. 19 och frågar om han tagit kvällsmedicinen.",
              "Betalar räkningar med Gunnar första helgen i varje månad.",
              "Följer med till hörselvården i Norrtälje 2025-02-14."]:
        d.add_paragraph(b, style="List Bullet")

    bold_para(d, "Ansvar för planen")
    d.add_paragraph("Hemsjukvården Norrtälje håller ihop planen.")
    bold_para(d, "Uppföljning")
    d.add_paragraph("Uppföljning vid behov, dock senast i april. Hör av dig om något förändras.")

    h = d.add_heading("Vem ringer jag?", level=1)
    h.paragraph_format.page_break_before = True
    d.add_paragraph("Sätt gärna upp den här sidan på kylskåpet.")
    table(d, ["När …", "Ring", "Telefon"], [
        ("Frågor om hjälpen morgon och kväll, ändrade tider", "Hemtjänst Rimbo, gruppledare", "0175-XX XX XX"),
        ("Mediciner, svullna ben, andfåddhet (dagtid)", "Hemsjukvården, distriktssköterska", "0176-XX XX XX"),
        ("Läkare, recept, träning", "Vårdcentralen Rimbo", "Via växeln"),
        ("Kvällar, nätter och helger", "Sjukvårdsrådgivning 1177", "1177"),
        ("Svårt att andas, bröstsmärta, fallit och kan inte resa sig", "Ambulans", "112"),
        ("Eva", "Dottern", "070-XXX XX XX"),
    ], widths=[7.2, 5.6, 3.6], fill="FCE4D6", size=11)
    d.save(out(6, "docx"))


# ======================================================================= 07
def plan07():
    """Discharge plan where huvudansvar and follow-up are only in the footer; Huddinge."""
    d = new_doc("Times New Roman", 11)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.bottom_margin = Cm(2.6)
    hp = sec.header.paragraphs[0]
    hp.text = "Region Stockholm · Psykiatri Sydväst\tHuddinge kommun, Socialförvaltningen"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Huvudansvar för planen: Maja, sjuksköterska, Psykiatri Sydväst, "
                   "öppenvårdsmottagningen Huddinge")
    r.font.size = Pt(8)
    fp2 = sec.footer.add_paragraph()
    fp2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp2.add_run("Uppföljning: 2025-05-06 kl. 10.00 på öppenvårdsmottagningen Huddinge   |   Sida ")
    r.font.size = Pt(8)
    add_field(fp2, "PAGE")
    fp2.add_run(" av ")
    add_field(fp2, "NUMPAGES")
    for run in fp2.runs:
        run.font.size = Pt(8)

    d.add_heading("Samordnad individuell plan (SIP) vid utskrivning från slutenvård", level=1)
    t = d.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    for a, b, c_, e in [("Namn", "L.", "Personnummer", "XXXXXX-XXXX"),
                        ("Mötesdatum", "2025-03-27", "Plats", "Avdelning 94, Psykiatri Sydväst")]:
        c = t.add_row().cells
        cell_text(c[0], a, bold=True)
        cell_text(c[1], b)
        cell_text(c[2], c_, bold=True)
        cell_text(c[3], e)
        shade(c[0], "F2F2F2")
        shade(c[2], "F2F2F2")
    set_widths(t, [2.8, 4.0, 3.0, 6.2])

    d.add_heading("Deltagare", level=2)
    table(d, ["Namn", "Funktion", "Verksamhet"], [
        ("L.", "Patient", "–"),
        ("Per", "Överläkare", "Avdelning 94, Psykiatri Sydväst"),
        ("Maja", "Sjuksköterska", "Psykiatri Sydväst, öppenvårdsmottagningen Huddinge"),
        ("Sanna", "Socialsekreterare", "Vuxenenheten, Socialtjänsten Huddinge"),
        ("Tomas", "Boendestödjare", "Socialpsykiatrin, Huddinge kommun"),
    ], widths=[2.5, 4.0, 9.5], fill="F2F2F2")

    d.add_heading("Bakgrund", level=2)
    d.add_paragraph(
        "L. är 45 år och har bipolär sjukdom typ 1 sedan drygt tio år. Hon skrevs in på avdelning 94 "
        "2025-03-04 enligt LPT efter en manisk episod med psykotiska symtom, där hon under flera veckor "
        "sovit mycket lite, gjort stora inköp på kredit och till slut hittades av polis på Huddinge "
        "centrum i förvirrat tillstånd. Vårdformen konverterades till frivillig vård 2025-03-14. "
        "Litiumbehandlingen hade satts ut av L. själv under hösten 2024.")
    d.add_paragraph(
        "L. bor ensam i hyresrätt i Flemingsberg. Det finns en hyresskuld på tre månadshyror och "
        "hyresvärden har skickat en underrättelse om uppsägning till socialtjänsten. Hon har inte "
        "haft kontakt med öppenvården sedan augusti 2024. Hon har ingen sysselsättning och har "
        "sjukpenning.")
    d.add_paragraph(
        "Tidiga varningstecken enligt journalen: minskat sömnbehov, ökat tal- och telefonanvändande, "
        "stora inköp och att hon slutar öppna post.")

    d.add_heading("Syfte", level=2)
    d.add_paragraph("Samordnad utskrivning.")

    d.add_heading("Frågeställningar", level=2)
    for q in ["Kan L. bo kvar i lägenheten, och vad behövs för att förhindra avhysning?",
              "Hur säkerställs att litiumbehandlingen fortsätter efter utskrivning, inklusive provtagning?",
              "Behöver boendestödet komma redan första veckan hemma?"]:
        d.add_paragraph(q, style="List Bullet")

    d.add_heading("Delaktighet", level=2)
    d.add_paragraph("L. deltog i hela mötet på avdelningen.")

    d.add_heading("Planerade insatser", level=2)
    table(d, ["Insats", "Ansvarig", "När"], [
        ("Utskrivning till hemmet med recept och läkemedel för två veckor",
         "Överläkare, avdelning 94", "2025-04-01"),
        ("Första besök i öppenvården, uppföljning av mående och läkemedel",
         "Sjuksköterska, öppenvårdsmottagningen Huddinge", "2025-04-03 kl. 14.00"),
        ("S-litium och njurprover, därefter enligt ordination",
         "Sjuksköterska, öppenvårdsmottagningen Huddinge", "2025-04-08"),
        ("Läkarbesök för bedömning av fortsatt behandling",
         "Läkare, öppenvårdsmottagningen Huddinge", "2025-04-15"),
        ("Boendestöd två gånger i veckan, hjälp med post och ekonomi",
         "Boendestödjare, Socialpsykiatrin Huddinge", "Start 2025-04-02"),
        ("Kontakt med hyresvärden om avbetalningsplan för hyresskulden",
         "Socialsekreterare, Vuxenenheten", "–"),
        ("Handläggning av ansökan om ekonomiskt bistånd för hyresskuld",
         "Ekonomiskt bistånd, Socialtjänsten Huddinge", "Beslut senast 2025-04-10"),
    ], widths=[6.3, 5.7, 4.0], fill="F2F2F2")

    d.add_heading("Andra aktörer", level=2)
    d.add_paragraph("Försäkringskassan är informerad om inskrivningen.")

    d.add_heading("Övrigt", level=2)
    d.add_paragraph(
        "En krisplan upprättas i öppenvården vid första besöket. Planen skickas till samtliga "
        "deltagare efter mötet. Kopia till L. lämnas vid utskrivningen.")

    docx_path = os.path.join(BUILD, f"{PREFIX}-07.docx")
    d.save(docx_path)
    to_pdf(docx_path, PLANS)


# ======================================================================= 08
def plan08():
    """NOT a plan: application for project funds to a Samordningsförbund."""
    d = new_doc("Calibri", 11)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.4)
    hp = sec.header.paragraphs[0]
    hp.text = "Samordningsförbundet Södertörn Väst\tAnsökan om medel\tBlankett 2025"
    hp.runs[0].font.size = Pt(8)

    d.add_heading("Ansökan om medel", level=0)
    d.add_paragraph("Ansökan om finansiering av insatser enligt lagen (2003:1210) om finansiell "
                    "samordning av rehabiliteringsinsatser (FINSAM).")

    d.add_heading("1. Uppgifter om sökande", level=1)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("Projektets namn", "SIP-samordnare Botkyrka–Huddinge"),
                 ("Sökande organisation", "Botkyrka kommun, Socialförvaltningen (huvudsökande)"),
                 ("Samverkansparter", "Huddinge kommun, Psykiatri Sydväst (Region Stockholm), "
                                      "Försäkringskassan, Arbetsförmedlingen"),
                 ("Projektansvarig", "Enhetschef, Vuxenenheten, Botkyrka kommun (nås via växeln)"),
                 ("Projektperiod", "2025-09-01 – 2027-08-31"),
                 ("Sökt belopp", "1 985 000 kr (totalt för hela projektperioden)")]:
        c = t.add_row().cells
        cell_text(c[0], k, bold=True)
        shade(c[0], "E2EFDA")
        cell_text(c[1], v)

    set_widths(t, [5.0, 11.2])

    d.add_heading("2. Bakgrund och problembeskrivning", level=1)
    d.add_paragraph(
        "Kartläggningen som förbundet genomförde 2024 visar att samordnade individuella planer (SIP) "
        "används i liten utsträckning för vuxna med psykisk ohälsa och samtidig arbetslöshet eller "
        "långvarig sjukskrivning i Botkyrka och Huddinge. Under 2024 upprättades 41 SIP för vuxna i de "
        "två kommunerna, jämfört med 212 för barn och unga. Medarbetare beskriver att initiativ till "
        "SIP sällan tas, att kallelser dröjer och att uppföljningar inte blir av. Försäkringskassan "
        "och Arbetsförmedlingen deltar sällan trots att många av personerna har kontakt med båda.")
    d.add_paragraph(
        "Brukarrådet har lyft att personer upplever att de får upprepa sin historia för många "
        "handläggare och att ingen har överblick. Vid en workshop i november 2024 enades parterna om "
        "att pröva en gemensam funktion som stödjer verksamheterna i att kalla till, leda och följa "
        "upp SIP-möten.")

    d.add_heading("3. Syfte och mål", level=1)
    d.add_paragraph(
        "Projektets syfte är att öka användningen och kvaliteten av SIP för vuxna 18–64 år med "
        "behov av insatser från flera huvudmän, så att fler kommer närmare arbete eller studier.")
    for m in ["Antalet SIP för vuxna i de två kommunerna ska öka med minst 50 % till 2027.",
              "Minst 80 % av upprättade SIP ska ha ett bokat uppföljningsdatum.",
              "Försäkringskassan eller Arbetsförmedlingen ska delta i minst hälften av SIP-mötena "
              "där personen har pågående ärende hos myndigheten.",
              "Minst 70 % av deltagarna ska i enkät uppge att de varit delaktiga i sin plan."]:
        d.add_paragraph(m, style="List Bullet")

    d.add_heading("4. Målgrupp", level=1)
    d.add_paragraph(
        "Vuxna 18–64 år folkbokförda i Botkyrka eller Huddinge med psykisk ohälsa, beroendeproblem "
        "eller neuropsykiatrisk funktionsnedsättning, som har insatser från både kommun och region "
        "och som står långt från arbetsmarknaden. Beräknat antal: 120 personer under projekttiden. "
        "Indirekt målgrupp är medarbetare i de deltagande verksamheterna.")

    d.add_heading("5. Aktiviteter och tidsplan", level=1)
    table(d, ["Aktivitet", "Tidpunkt", "Ansvarig part"], [
        ("Rekrytering av två SIP-samordnare (1,0 tjänst vardera)", "Aug–sep 2025", "Botkyrka kommun"),
        ("Gemensam utbildning i SIP för medarbetare, 4 halvdagar", "Okt 2025 – feb 2026", "Projektledningen"),
        ("SIP-samordnare stödjer kallelse, mötesledning och uppföljning", "Löpande från okt 2025", "SIP-samordnarna"),
        ("Digitalt mötesstöd för SIP med FK och AF", "Från jan 2026", "Psykiatri Sydväst"),
        ("Delutvärdering", "Mars 2026", "Extern utvärderare"),
        ("Slutrapport och plan för implementering", "Juni–aug 2027", "Styrgruppen"),
    ], widths=[8.0, 4.2, 4.0], fill="E2EFDA")

    d.add_heading("6. Budget", level=1)
    table(d, ["Kostnadspost", "2025", "2026", "2027", "Summa"], [
        ("Lön inkl. PO, 2 SIP-samordnare", "240 000", "960 000", "480 000", "1 680 000"),
        ("Utbildning och lokaler", "45 000", "60 000", "10 000", "115 000"),
        ("Extern utvärdering", "–", "80 000", "60 000", "140 000"),
        ("Övrigt (resor, material)", "10 000", "25 000", "15 000", "50 000"),
        ("Summa sökt belopp", "295 000", "1 125 000", "565 000", "1 985 000"),
    ], widths=[6.4, 2.4, 2.4, 2.4, 2.6], fill="E2EFDA")
    d.add_paragraph(
        "Medfinansiering i form av arbetstid (styrgrupp, chefer och medarbetare som deltar i "
        "utbildning) redovisas separat och uppgår till ca 400 000 kr.")

    d.add_heading("7. Uppföljning och utvärdering", level=1)
    d.add_paragraph(
        "Projektet följs upp kvartalsvis i styrgruppen och rapporteras i SUS (förbundens "
        "uppföljningssystem). Deltagarenkät vid varje uppföljande SIP-möte. Extern utvärdering "
        "med delrapport mars 2026 och slutrapport augusti 2027.")

    d.add_heading("8. Implementering", level=1)
    d.add_paragraph(
        "Om projektet faller väl ut avser parterna att finansiera en permanent SIP-funktion inom "
        "ordinarie verksamhet från september 2027. Beslut fattas i respektive nämnd och i Region "
        "Stockholms hälso- och sjukvårdsnämnd under våren 2027.")

    d.add_heading("9. Underskrift", level=1)
    d.add_paragraph("Ort och datum: Botkyrka 2025-02-28")
    d.add_paragraph("Behörig firmatecknare: ______________________________  [namn], socialchef")
    d.add_paragraph("Projektansvarig: ______________________________  [namn], enhetschef")
    docx_path = os.path.join(BUILD, f"{PREFIX}-08.docx")
    d.save(docx_path)
    to_pdf(docx_path, PLANS)


def main():
    os.makedirs(PLANS, exist_ok=True)
    os.makedirs(BUILD, exist_ok=True)
    for fn in (plan01, plan02, plan03, plan04, plan05, plan06, plan07, plan08):
        fn()
        print("ok", fn.__name__)


if __name__ == "__main__":
    main()
