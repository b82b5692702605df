#!/usr/bin/env python3
"""Generate batch f93b: eight fictional, anonymized documents (seven SIP plans, one
not-a-plan) from Region Dalarna. Deterministic: fixed texts, seeded jitter."""
import os
import random
import shutil
import subprocess
import tempfile
import textwrap

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f93b"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
LO_PROFILE = "file:///tmp/lo-f93b"


def path(n, ext):
    return os.path.join(OUT, f"{PREFIX}-{n:02d}.{ext}")


def fixed_core(doc, title, author):
    """Fixed core properties so the .docx content is stable between runs."""
    import datetime as dt
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = dt.datetime(2025, 1, 1, 8, 0, 0)
    cp.modified = dt.datetime(2025, 1, 1, 8, 0, 0)
    cp.revision = 1


def set_cell_shading(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def mark_header_row(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def table_with_header(doc, headers, rows, widths=None, shade="D9D9D9", style="Table Grid"):
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = style
    hdr = t.rows[0]
    mark_header_row(hdr)
    for i, h in enumerate(headers):
        c = hdr.cells[i]
        c.text = ""
        r = c.paragraphs[0].add_run(h)
        r.bold = True
        set_cell_shading(c, shade)
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    if widths:
        t.autofit = False
        grid = t._tbl.tblGrid
        for i, gc in enumerate(grid.findall(qn("w:gridCol"))):
            gc.set(qn("w:w"), str(int(widths[i] * 567)))
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


def normalize_docx(fn):
    """Rewrite the .docx zip with fixed entry timestamps so reruns give identical bytes."""
    import zipfile
    with zipfile.ZipFile(fn) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(fn, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def soffice_pdf(src, outdir):
    subprocess.run(
        ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
         "--convert-to", "pdf", "--outdir", outdir, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


# ---------------------------------------------------------------------------
# 01  Word, SBAR adapted to SIP; man 72, KOL and alcohol, Falun
# ---------------------------------------------------------------------------
def plan01():
    doc = Document()
    fixed_core(doc, "SIP enligt SBAR", "Hemsjukvården Falun")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    hp = sec.header.paragraphs[0]
    hp.text = "Falu kommun – Vård och omsorg\tRegion Dalarna\tSIP"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Strukturen följer SBAR (Situation – Bakgrund – Aktuellt – Rekommendation). Förvaras i respektive verksamhets journal."
    fp.runs[0].font.size = Pt(7)
    fp.runs[0].italic = True

    doc.add_heading("Samordnad individuell plan (SIP) – SBAR", level=1)
    p = doc.add_paragraph()
    p.add_run("Gäller: ").bold = True
    p.add_run("G., 72 år, Falun    ")
    p.add_run("Personnummer: ").bold = True
    p.add_run("ÅÅMMDD-XXXX")
    p = doc.add_paragraph()
    p.add_run("SIP-möte: ").bold = True
    p.add_run("2025-05-20 kl. 10.00, i G:s lägenhet")

    doc.add_heading("S – Situation", level=2)
    doc.add_paragraph(
        "G. är 72 år, änkling sedan 2023 och bor ensam i en hyreslägenhet på tredje våningen "
        "med hiss i centrala Falun. Han har KOL (GOLD 3) med syrgas i hemmet sedan mars 2025 och "
        "ett alkoholbruk som ökat det senaste året. Sedan januari har han varit inlagd tre gånger "
        "på Falu lasarett för KOL-exacerbation, senast 2025-04-28 till 2025-05-06.")
    doc.add_paragraph(
        "Syftet med SIP:en är att hemsjukvården, hemtjänsten, vårdcentralen, lungmottagningen "
        "och beroendemottagningen samordnar sina insatser så att G. kan bo kvar hemma med färre "
        "akuta inläggningar, och så att syrgasbehandlingen kan fortsätta på ett säkert sätt trots "
        "alkoholen.")

    doc.add_heading("B – Bakgrund", level=2)
    doc.add_paragraph(
        "Tidigare storrökare, slutade 2019. Arbetade som lastbilschaufför fram till pensionen. "
        "Hemtjänst sedan hösten 2024 med inköp och städ, utökat efter senaste utskrivningen till "
        "morgon- och kvällsbesök. Hemsjukvården har ansvar för syrgasen och läkemedel sedan "
        "2025-03-10. Personalen har vid flera besök sett tomflaskor och G. har vid två tillfällen "
        "varit påverkad vid kvällsbesöket. AUDIT gjord på vårdcentralen i februari, 19 poäng.")
    doc.add_paragraph(
        "Läkemedel: inhalationer (LAMA/LABA + ICS), vid behov-inhalation, syrgas 1 l/min 16 h/dygn. "
        "Kortisonkurer vid försämring enligt ordination från Vårdcentralen Britsarvet.")

    doc.add_heading("A – Aktuellt", level=2)
    p = doc.add_paragraph()
    p.add_run("Frågeställningar inför mötet: ").bold = True
    p.add_run("Gå igenom nuläget och hur samarbetet fungerar.")
    doc.add_paragraph(
        "G. deltog i mötet hemma i köket. Han framförde att han vill bo kvar i lägenheten så länge "
        "det går och att han inte vill flytta till särskilt boende. Han tycker att morgonbesöket "
        "kommer för tidigt (kl. 07.30) och att han då inte orkar ta emot. Han sa att han dricker "
        "\"mer än förr\" och är öppen för att träffa någon på beroendemottagningen, men vill inte "
        "att det blir en stor sak.")
    doc.add_paragraph(
        "Andfåddheten har ökat, han klarar inte längre trapporna ner till tvättstugan. Viktnedgång "
        "4 kg sedan januari. Han har ibland glömt inhalationerna när han druckit.")
    p = doc.add_paragraph()
    p.add_run("Mål: ").bold = True
    p.add_run("Målet är att G. ska kunna bo kvar i sin lägenhet med färre akuta inläggningar och att "
              "hans alkoholkonsumtion minskar.")
    p = doc.add_paragraph()
    p.add_run("Samtycke: ").bold = True
    p.add_run("Samtycke till samverkan finns.")

    doc.add_heading("R – Rekommendation", level=2)
    doc.add_paragraph("Överenskomna åtgärder (ansvarig och tidpunkt inom parentes):")
    bullets = [
        "Dosett och kontroll av syrgasutrustning och brandrisk en gång per vecka "
        "(distriktssköterska, Hemsjukvården Falun norra – start 2025-05-26)",
        "Morgonbesöket flyttas till kl. 09.00, hjälp med tvätt varannan vecka och inköp två gånger "
        "i veckan (Hemtjänstgruppen Slätta – fr.o.m. 2025-06-02)",
        "Samtal om alkoholvanor och uppföljning av AUDIT, första besöket hemma "
        "(alkoholsjuksköterska, Beroendemottagningen Falun – 2025-06-10)",
        "Läkemedelsgenomgång och bedömning av nutrition, remiss till dietist "
        "(distriktsläkare, Vårdcentralen Britsarvet – vecka 24)",
        "Spirometri och genomgång av inhalationsteknik "
        "(lungsjuksköterska, Lungmottagningen Falu lasarett – 2025-06-17)",
        "Utredning av behov av trygghetslarm och matdistribution "
        "(biståndshandläggare, Äldreomsorgen Falu kommun)",
    ]
    for b in bullets:
        doc.add_paragraph(b, style="List Bullet")
    p = doc.add_paragraph()
    p.add_run("Huvudansvar för planen: ").bold = True
    p.add_run("Karin, distriktssköterska, Hemsjukvården Falun norra (Falu kommun).")
    p = doc.add_paragraph()
    p.add_run("Uppföljning: ").bold = True
    p.add_run("Om ungefär tre månader, i slutet av augusti. Karin kallar.")
    doc.add_paragraph()
    doc.add_paragraph("Dokumenterat 2025-05-20, Hemsjukvården Falun norra.")
    doc.save(path(1, "docx"))


# ---------------------------------------------------------------------------
# 02  fpdf2, scanned + OCR'd paper form; woman 45, depression and debts, Borlänge
# ---------------------------------------------------------------------------
class ScanPDF(FPDF):
    def __init__(self, rng):
        super().__init__(format="A4")
        self.rng = rng
        self.add_font("DV", "", FONT)
        self.add_font("DV", "B", FONT_B)
        self.set_auto_page_break(False)

    def j(self, s=0.7):
        return self.rng.uniform(-s, s)

    def line_text(self, x, y, txt, size=9.5, style=""):
        self.set_font("DV", style, size)
        self.text(x + self.j(0.9), y + self.j(0.45), txt)

    def footer(self):
        self.set_font("DV", "", 6.5)
        self.set_text_color(110, 110, 110)
        self.text(14 + self.j(0.5), 289,
                  f"Skannad 2025-03-14 09:41  MFP-IFO-2  OCR  Sida {self.page_no()} (2)")
        self.set_text_color(0, 0, 0)


def plan02():
    rng = random.Random(93202)
    pdf = ScanPDF(rng)
    pdf.set_creator("ScanToPDF OCR 4.2")
    pdf.set_producer("ScanToPDF OCR 4.2")
    pdf.set_creation_date(__import__("datetime").datetime(2025, 3, 14, 9, 41,
                          tzinfo=__import__("datetime").timezone.utc))
    pdf.add_page()
    L = 16
    W = 178

    def box(x, y, w, h):
        pdf.set_line_width(0.3 + rng.uniform(-0.05, 0.05))
        pdf.rect(x + pdf.j(0.4), y + pdf.j(0.3), w, h)

    y = 16
    pdf.line_text(L, y, "B0RLÄNGE KOMMUN          REGION DALARNA", 8)
    y += 9
    pdf.line_text(L, y, "SAMORDNAD INDIVIDUELL PLAN (SIP)", 14, "B")
    y += 5.5
    pdf.line_text(L, y, "Blankett för sarnordnad planering enligt SoL 2 kap 7 § och HSL 16 kap 4 §", 7.5)

    y += 6
    box(L, y, W, 17)
    pdf.line_text(L + 2, y + 5, "Namn:  A-K", 9.5)
    pdf.line_text(L + 95, y + 5, "Personnr:  XXXXXX-XXXX", 9.5)
    pdf.line_text(L + 2, y + 12, "Datum för rnötet:  2025-03-12", 9.5)
    pdf.line_text(L + 95, y + 12, "Plats:  Vårdcentralen Kvarnsveden", 9.5)

    y += 21
    pdf.line_text(L, y, "1. SYFTE MED SIP", 10, "B")
    box(L, y + 2, W, 11)
    pdf.line_text(L + 2, y + 8.5, "[X] Sarnordning av insatser     [ ] Annat: ______________________", 9.5)

    y += 17
    pdf.line_text(L, y, "2. FRÅGESTÄLLNINGAR INF0R MÖTET", 10, "B")
    box(L, y + 2, W, 16)
    for k in range(2):
        yy = y + 8 + k * 6 + pdf.j(0.3)
        pdf.set_line_width(0.15)
        pdf.line(L + 3, yy, L + W - 3, yy)

    y += 22
    pdf.line_text(L, y, "3. DEN ENSKILDES MÅL (med egna ord)", 10, "B")
    box(L, y + 2, W, 17)
    pdf.line_text(L + 2, y + 8, "\"Jag vill orka gå upp på rnornarna och få ordning på rnina räkningar,", 9.5)
    pdf.line_text(L + 2, y + 14, "så att jag kan sova på nätterna utan att ligga och oroa rnig.\"", 9.5)

    y += 23
    pdf.line_text(L, y, "4. DELAKTIGHET", 10, "B")
    box(L, y + 2, W, 23)
    pdf.line_text(L + 2, y + 8, "Den enskilde deltog i rnötet:   [X] Ja   [ ] Nej   [ ] Delvis", 9.5)
    pdf.line_text(L + 2, y + 14, "Egen syn: A-K vill helst träffas på vårdcentralen, inte på soc. Hon vill", 9.5)
    pdf.line_text(L + 2, y + 19.5, "att alla kontakter orn ekonornin går via en person och att breven inte skickas hern.", 9.5)

    y += 29
    pdf.line_text(L, y, "5. SAMTYCKE", 10, "B")
    box(L, y + 2, W, 11)
    pdf.line_text(L + 2, y + 8.5,
                  "[X] Skriftligt, blankett underskriven 2025-03-12     [ ] Muntligt     [ ] Saknas", 9.5)

    y += 17
    pdf.line_text(L, y, "6. INSATSER", 10, "B")
    cols = [72, 66, 40]
    heads = ["Insats / åtgärd", "Ansvarig (funktion, verksarnhet)", "När"]
    rows = [
        (["Sarntal KBT-inriktat, 8 gånger", ""],
         ["Kurator, Vårdcentralen", "Kvarnsveden"], ["start v. 13"]),
        (["Uppföljning av antidepressiv", "rnedicinering"],
         ["Distriktsläkare, Vårdcentralen", "Kvarnsveden"], ["2025-04-02"]),
        (["Genomgång av skulder och", "upprättande av budget"],
         ["Budget- och skuldrådgivare,", "Borlänge kornrnun"], ["första tid", "2025-03-26"]),
        (["Utredning ekonorniskt bistånd", "(hyra mars-april)"],
         ["Socialsekreterare, Försörjningsstöd", "IF0 Borlänge"], [""]),
        (["Boendestöd 2 ggr/v, stöd att", "öppna post och betala räkningar"],
         ["Boendestödjare, Socialpsykiatrin", "Borlänge"], ["fr.o.rn. 2025-04-01"]),
    ]
    yt = y + 2
    x = L
    pdf.set_line_width(0.3)
    for w, h in zip(cols, heads):
        pdf.rect(x + pdf.j(0.3), yt, w, 7)
        pdf.line_text(x + 1.5, yt + 5, h, 8.5, "B")
        x += w
    yt += 7
    for r in rows:
        x = L
        for w, lines in zip(cols, r):
            pdf.rect(x + pdf.j(0.3), yt + pdf.j(0.2), w, 12)
            for k, ln in enumerate(lines):
                if ln:
                    pdf.line_text(x + 1.5, yt + 5 + k * 4.6, ln, 8.5)
            x += w
        yt += 12

    # --- page 2
    pdf.add_page()
    y = 16
    pdf.line_text(L, y, "SIP  A-K  2025-03-12  (forts.)", 8)
    y += 9
    pdf.line_text(L, y, "7. ANDRA AKTÖRERS INSATSER (FK, AF, närstående, god rnan rn.fl.)", 10, "B")
    box(L, y + 2, W, 16)
    for k in range(2):
        yy = y + 8 + k * 6 + pdf.j(0.3)
        pdf.set_line_width(0.15)
        pdf.line(L + 3, yy, L + W - 3, yy)

    y += 22
    pdf.line_text(L, y, "8. HUVUDANSVARIG FÖR PLANEN", 10, "B")
    box(L, y + 2, W, 11)
    pdf.line_text(L + 2, y + 8.5, "S0CIALTJÄNSTEN", 9.5)

    y += 17
    pdf.line_text(L, y, "9. UPPFÖLJNING", 10, "B")
    box(L, y + 2, W, 11)
    pdf.line_text(L + 2, y + 8.5, "[ ] Datum för uppföljning: ______________    Plats: ______________", 9.5)

    y += 17
    pdf.line_text(L, y, "10. DELTAGARE", 10, "B")
    cols = [40, 62, 76]
    heads = ["Narnn", "Funktion", "Verksarnhet"]
    parts = [
        ["A-K", "den enskilde", "–"],
        ["Maria", "socialsekreterare", "IF0 Borlänge, Försörjningsstöd"],
        ["Johan", "kurator", "Vårdcentralen Kvarnsveden"],
        ["Sara", "budget- och skuldrådgivare", "Borlänge kornrnun"],
        ["Elin", "boendestödjare", "Socialpsykiatrin Borlänge"],
    ]
    yt = y + 2
    x = L
    pdf.set_line_width(0.3)
    for w, h in zip(cols, heads):
        pdf.rect(x + pdf.j(0.3), yt, w, 7)
        pdf.line_text(x + 1.5, yt + 5, h, 8.5, "B")
        x += w
    yt += 7
    for r in parts:
        x = L
        for w, v in zip(cols, r):
            pdf.rect(x + pdf.j(0.3), yt + pdf.j(0.2), w, 7)
            pdf.line_text(x + 1.5, yt + 5, v, 8.5)
            x += w
        yt += 7

    y = yt + 12
    pdf.line_text(L, y, "Underskrift den enskilde: ", 9)
    pdf.set_line_width(0.2)
    pdf.line(L + 45, y + 1 + pdf.j(0.3), L + 115, y + 1 + pdf.j(0.3))
    pdf.set_font("DV", "", 12)
    pdf.text(L + 52, y - 1, "A-K")
    y += 10
    pdf.line_text(L, y, "Blanketten förvaras i IF0:s akt. K0pia till den enskilde.", 7.5)
    pdf.output(path(2, "pdf"))


# ---------------------------------------------------------------------------
# 03  Plain text record entry, UTF-8 LF; boy 15 cannabis, Mora
# ---------------------------------------------------------------------------
def plan03():
    txt = """\
Journalanteckning  IFO Mora, Barn och unga
Typ: SIP-möte / samordnad individuell plan
Datum: 2025-02-14   Tid: 13:00-14:30   Plats: IFO Mora, rum Siljan
Avser: L., 15 år (ÅÅMMDD-XXXX)
==========================================================================

*** SYFTE ***

*** BAKGRUND ***
L går i åk 9. Sedan i höstas har skolan och mamma sett att han röker
cannabis, han har själv bekräftat att det blivit "typ varje helg och ibland
på vardagar". Hög frånvaro sedan november (ca 40 %), mest förmiddagar.
Polisen gjorde en orosanmälan 2025-01-22 efter att L påträffats påverkad i
centrum en skolkväll. Utredning enl 11 kap 1 § SoL pågår. Mini-Maria har
haft två bedömningssamtal och ett positivt urinprov (THC).
Sover dåligt, vänder på dygnet. Ingen tidigare kontakt med BUP.

*** FRÅGESTÄLLNINGAR ***
Prata om läget.

** Vad L säger **
L deltog hela mötet tillsammans med mamma. Han tycker det är för många
vuxna och för många möten och vill helst ha EN person att prata med. Han
säger att han inte ser cannabis som ett stort problem men att han vet att
det påverkar skolan. Om målet sa han själv:
  "jag vill klara nian och komma in på fordon i Mora, och jag vill att
   mamma slutar tjata på mig varje kväll"

Mamma oroar sig mest för sömnen och kompisarna. Mamma stöttar hemma.
Pappa bor i Orsa, har sporadisk kontakt, deltog inte.

--- Insatser ---
1) Urinprov (drogtest) varannan vecka på Mini-Maria
   / ansv: sjuksköterska, Mini-Maria Mora
   / klart: fr.o.m. 2025-02-17, löpande t.o.m. 2025-05-30
2) Samtal enl. CRA-A, 1 ggr/v
   / ansv: behandlare, Mini-Maria Mora
   / klart: start 2025-02-19
3) Anpassat schema (senare start kl 9.40 tis+tors), extra stöd i ma och sv
   / ansv: mentor och specialpedagog, Kyrkskolan 7-9
   / klart: fr.o.m. 2025-02-24
4) Utredning om kontaktperson enl SoL (önskemål från L)
   / ansv: socialsekreterare, IFO Mora barn och unga
   / klart: beslut senast 2025-03-07
5) Remiss BUP Mora gällande sömn och koncentration
   / ansv: skolläkare, Elevhälsan Mora kommun (remiss) -> BUP Mora
   / klart: remiss skickas 2025-02-21

--- Uppföljning ---
Nytt SIP-möte 2025-04-15 kl 14.00, IFO Mora.

Närvarande: L, mamma Anna, Jonas, Petra, Sofia, Mats

/Jonas
"""
    with open(path(3, "txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(txt)


# ---------------------------------------------------------------------------
# 04  Word, header table + Heading 3 parts with "Kommentar:"; woman 60, MS, Ludvika
# ---------------------------------------------------------------------------
def plan04():
    doc = Document()
    fixed_core(doc, "SIP", "Ludvika kommun")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Ludvika kommun  |  Vård och omsorg"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(8)

    t = doc.add_paragraph()
    r = t.add_run("Samordnad individuell plan – SIP")
    r.bold = True
    r.font.size = Pt(16)

    ht = doc.add_table(rows=2, cols=3)
    ht.style = "Table Grid"
    labels = ["Namn", "Datum", "Enhet"]
    vals = ["NN", "2025-10-08", "Hemtjänst Ludvika centrum / Hemsjukvården Ludvika"]
    for i in range(3):
        c = ht.rows[0].cells[i]
        c.text = ""
        rr = c.paragraphs[0].add_run(labels[i])
        rr.bold = True
        rr.font.size = Pt(8)
        set_cell_shading(c, "E7E6E6")
        ht.rows[1].cells[i].text = vals[i]
    mark_header_row(ht.rows[0])
    for row in ht.rows:
        row.cells[0].width = Cm(4)
        row.cells[1].width = Cm(3.5)
        row.cells[2].width = Cm(9.5)

    def h3(text):
        doc.add_heading(text, level=3)

    def kommentar(text):
        p = doc.add_paragraph()
        r1 = p.add_run("Kommentar: ")
        r1.italic = True
        r2 = p.add_run(text)
        r2.italic = True

    h3("Syfte")
    doc.add_paragraph(
        "Syftet är att hemtjänsten, hemsjukvården, kommunens rehab och neurologmottagningen ska "
        "samordna sig kring NN:s ökade behov efter skovet i augusti, så att hon kan bo kvar i sin "
        "lägenhet och insatserna inte krockar med varandra under förmiddagarna.")

    h3("Frågeställningar")
    kommentar("frågan togs inte upp")

    h3("Bakgrund")
    doc.add_paragraph(
        "NN är 60 år och har MS sedan 1998, numera sekundärprogressiv form. Använder rullstol inomhus "
        "sedan 2024 och elrullstol ute. Bor ensam i lägenhet med hiss. Hemtjänst fyra gånger per dag "
        "(morgon, lunch, eftermiddag, kväll) och nattillsyn via kamera. Efter skovet i augusti 2025 "
        "har hon fått svårare med förflyttningar och har fallit två gånger, en gång med larm till "
        "ambulans. Hemsjukvården har kateterskötsel sedan september. Blåsträning avbruten.")
    doc.add_paragraph(
        "Hon går på bromsmedicin via neurologmottagningen i Falun och har ordinarie återbesök en gång "
        "per år.")

    h3("Den enskildes mål")
    kommentar("mål formulerades inte på mötet")

    h3("Delaktighet")
    doc.add_paragraph("NN deltog i mötet, som hölls i hennes hem.")

    h3("Samtycke")
    doc.add_paragraph(
        "NN gav muntligt samtycke till att kommun och region utbyter information inför och under "
        "mötet, vid hembesök 2025-09-29. Antecknat i hemsjukvårdens journal.")

    h3("Insatser")
    ins = table_with_header(
        doc, ["Insats", "Ansvarig", "När"],
        [
            ["Fortsatt hemtjänst enligt beslut", "Hemtjänst Ludvika centrum", "Löpande"],
            ["Fortsatt kontakt med neurologmottagningen", "Regionen", ""],
            ["Rehabinsatser vid behov", "Arbetsterapeut, Rehab Ludvika kommun", "Vid behov"],
            ["Fortsatt stöd av hemsjukvården", "Sjuksköterska, Hemsjukvården Ludvika", "Löpande"],
        ],
        widths=[7, 6.5, 3.5])
    kommentar("hjälpmedel och bostadsanpassning diskuterades inte")

    h3("Huvudansvar")
    doc.add_paragraph("Samordnare: sjuksköterska Maria, Hemsjukvården Ludvika kommun.")

    h3("Andra aktörer")
    kommentar("frågan togs inte upp")

    h3("Uppföljning")
    kommentar("ingen ny tid bokades")

    h3("Deltagare")
    doc.add_paragraph("NN, Lena, Maria, Ahmed, Birgitta")
    doc.save(path(4, "docx"))


# ---------------------------------------------------------------------------
# 05  Markdown wiki export with <details> blocks; young man 20, autism, Avesta
# ---------------------------------------------------------------------------
def plan05():
    md = """\
# SIP – D. (20 år)

> Exporterad från Samverkanswiki Avesta · sida `sip/2025/d-20` · version 7

**Mötesdatum:** 2025-09-02  
**Plats:** Socialtjänsten Avesta, Funktionsstöd  
**Kommun:** Avesta

<details><summary>Syfte</summary>

Gemensam planering.

</details>

<details><summary>Frågeställningar</summary>

</details>

<details><summary>Bakgrund</summary>

D. är 20 år och fick diagnosen autism (tidigare Aspergers syndrom) vid 14 års ålder. Han
gick ut gymnasiet (introduktionsprogram, individuellt alternativ) i juni 2024 och har sedan
dess ingen sysselsättning. Han bor hemma hos föräldrarna i Avesta och är mest på sitt rum,
spelar datorspel och har vänd dygnsrytm. Han har en kontakt på Psykiatrimottagningen Avesta
sedan 2023 och tar melatonin. Han tillhör personkretsen enligt LSS 1 § 1 (beslut 2021).
Ingen aktivitetsersättning ännu, familjen har inte ansökt.

</details>

<details><summary>Mina mål</summary>

> "Jag vill ha något att göra på dagarna, helst med datorer, men inte i en stor grupp.
> Och jag vill ha egna pengar så att jag inte måste fråga mamma hela tiden."

</details>

<details><summary>Delaktighet</summary>

D. deltog själv på mötet första timmen, med en paus. Han vill att mötena är korta, att han
får frågorna skriftligt några dagar innan och att det inte kommer fler än fyra personer. Han
vill inte ha daglig verksamhet "där alla bara sitter och pysslar" men kan tänka sig att
prova något med datorer eller lager.

</details>

<details><summary>Insatser</summary>

| Insats | Vem | När |
|---|---|---|
| Utredning av daglig verksamhet enligt LSS 9 § 10, inriktning IT/lager | LSS-handläggare, Funktionsstöd Avesta kommun | beslut senast 2025-09-30 |
| Kartläggning och förstärkt arbetsträning | Arbetsförmedlingen Avesta, handläggare Erik | start 2025-10-06 |
| Ansökan om aktivitetsersättning | D. med stöd av mamma | skickas senast 2025-09-15 |
| Handläggning av aktivitetsersättning, läkarintyg begärs | Försäkringskassan | |
| Läkarintyg till FK, genomgång av sömn och melatonin | Läkare, Psykiatrimottagningen Avesta | 2025-09-23 |
| Boendestöd 2 tim/v för dygnsrytm och att komma ut | Boendestöd, Funktionsstöd Avesta kommun | fr.o.m. 2025-09-15 |

</details>

<details><summary>Andra aktörer</summary>

- **Arbetsförmedlingen:** Erik gör en kartläggning av vad D. klarar och vill, och kan anvisa
  förstärkt arbetsträning hos en arbetsgivare med IT-inriktning.
- **Försäkringskassan:** handlägger ansökan om aktivitetsersättning när den kommit in.
- **Mamma:** hjälper D. att fylla i ansökan till FK och följer med på första mötet på AF.
- **D. själv:** försöker gå upp före kl. 10 tre dagar i veckan inför starten på AF.

</details>

<details><summary>Huvudansvar</summary>

LSS-handläggare.

</details>

<details><summary>Uppföljning</summary>

Vecka 45.

</details>

---
*Senast ändrad 2025-09-03.*
"""
    with open(path(5, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ---------------------------------------------------------------------------
# 06  Word -> PDF (LibreOffice), two columns on p1, measures table on p2;
#     girl 13, school refusal, Leksand
# ---------------------------------------------------------------------------
def set_cols(section, num, space_twips=567):
    sectPr = section._sectPr
    for old in sectPr.findall(qn("w:cols")):
        sectPr.remove(old)
    cols = OxmlElement("w:cols")
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), str(space_twips))
    if num > 1:
        cols.set(qn("w:sep"), "1")
    sectPr.append(cols)


def plan06(tmpdir):
    doc = Document()
    fixed_core(doc, "SIP Tilde", "Elevhälsan Leksand")
    st = doc.styles["Normal"]
    st.font.name = "Georgia"
    st.font.size = Pt(10)
    st.paragraph_format.space_after = Pt(4)

    s1 = doc.sections[0]
    s1.left_margin = s1.right_margin = Cm(2)
    s1.top_margin = Cm(1.8)
    s1.bottom_margin = Cm(1.8)
    hp = s1.header.paragraphs[0]
    hp.text = "Leksands kommun · Elevhälsan  —  Samordnad individuell plan"
    hp.runs[0].font.size = Pt(8)
    fp = s1.footer.paragraphs[0]
    fp.text = "Upprättad 2025-02-11"
    fp.runs[0].font.size = Pt(8)

    p = doc.add_paragraph()
    r = p.add_run("SIP – ”Ett steg i taget tillbaka till skolan”")
    r.bold = True
    r.font.size = Pt(18)
    p = doc.add_paragraph()
    r = p.add_run("Tilde, 13 år, åk 7 · SIP-möte 2025-02-11 kl. 13.00 · Elevhälsans konferensrum, Leksand")
    r.italic = True
    r.font.size = Pt(9)

    # continuous section with two columns
    s2 = doc.add_section(WD_SECTION.CONTINUOUS)
    set_cols(s2, 2)

    def sub(text):
        q = doc.add_paragraph()
        rr = q.add_run(text)
        rr.bold = True
        rr.font.size = Pt(11)
        q.paragraph_format.space_before = Pt(6)

    def para(text):
        q = doc.add_paragraph(text)
        q.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY

    sub("Därför gör vi en SIP")
    para("Syftet med den här SIP:en är att skolan, elevhälsan, BUP och socialtjänsten ska ha en "
         "gemensam plan för hur Tilde stegvis ska komma tillbaka till skolan efter att ha varit "
         "helt frånvarande sedan mitten av november, och att familjen ska slippa få olika besked "
         "från olika håll.")
    sub("Bakgrund")
    para("Tilde började sjuan på Ungdomsskolan i augusti 2024. Under hösten ökade frånvaron, först "
         "enstaka dagar med ont i magen och huvudvärk, sedan hela veckor. Sedan vecka 46 har hon "
         "inte varit i skolan alls. Hon sover oregelbundet, är mycket på sitt rum och har slutat "
         "med handbollen. Skolsköterskan har uteslutit kroppsliga orsaker tillsammans med "
         "Vårdcentralen Leksand. Familjen sökte BUP i december och Tilde står i kö för bedömning "
         "av ångest. Det finns inga tidigare kontakter med socialtjänsten; föräldrarna har själva "
         "ansökt om föräldrastöd.")
    sub("Frågor vi ville ha svar på")
    para("Inför mötet hade föräldrarna två konkreta frågor: Kan Tilde få läsa vissa ämnen på "
         "distans under en övergångsperiod? Och när får hon en första tid på BUP, och kan den "
         "tiden samordnas med skolans plan? Skolan ville också veta vem som tar kontakt med "
         "familjen de dagar Tilde inte kommer.")
    sub("Tildes röst")
    para("Tilde var med den första halvtimmen tillsammans med mamma och pappa. Hon berättade att "
         "det är matsalen och omklädningsrummet som känns värst, och att hon vill börja med de "
         "lektioner hon tycker om, bild och engelska, och helst komma in en annan väg än "
         "huvudentrén. Hon vill inte att klassen får veta varför hon varit borta.")
    sub("Målet")
    para("Målet är att Tilde ska vara i skolan minst tre förmiddagar i veckan före påsklovet och "
         "att hon ska ha fått en bedömning på BUP. På längre sikt ska hon kunna gå heltid i åk 8.")
    sub("Familjen och mormor")
    para("Föräldrarna ansvarar för att väcka Tilde kl. 7.00 på skoldagarna och pappa följer med "
         "henne till skolan på måndagar. Mormor, som bor i Tällberg, skjutsar Tilde till skolan "
         "tisdagar och torsdagar från och med 18 februari. Föräldrarna meddelar mentorn samma "
         "morgon om Tilde inte kommer.")
    sub("Svar på frågorna")
    para("Distansundervisning beviljas inte, men Tilde får läsa svenska och SO i ett mindre rum "
         "med specialpedagog. BUP lovade att försöka ge en tid i början av mars. Mentorn är den som "
         "ringer hem de dagar Tilde uteblir.")
    sub("Närvarande")
    para("Tilde (delvis), mamma, pappa, mentor, specialpedagog, kurator, skolsköterska, psykolog, "
         "familjebehandlare.")

    # new page, single column: measures table
    s3 = doc.add_section(WD_SECTION.NEW_PAGE)
    set_cols(s3, 1)
    p = doc.add_paragraph()
    r = p.add_run("Åtgärder – vem gör vad och när")
    r.bold = True
    r.font.size = Pt(14)
    t = table_with_header(
        doc, ["Åtgärd", "Ansvarig", "Start / tidpunkt"],
        [
            ["Anpassat schema: tre förmiddagar/vecka, start med bild och engelska, "
             "ingång via elevhälsans dörr", "Mentor och rektor, Ungdomsskolan Leksand", "fr.o.m. 2025-02-17"],
            ["Svenska och SO i mindre grupprum med specialpedagog",
             "Specialpedagog, Ungdomsskolan Leksand", "fr.o.m. 2025-02-18"],
            ["Samtal med kurator en gång/vecka, stegvis exponering (matsal, omklädningsrum)",
             "Kurator, Elevhälsan Leksands kommun", "fr.o.m. 2025-02-19"],
            ["Bedömning av ångest och ev. KBT", "Psykolog, BUP Dalarna (Falun)",
             "första besök 2025-03-05"],
            ["Föräldrastöd, samtal med föräldrarna var annan vecka",
             "Familjebehandlare, IFO Leksand", ""],
            ["Skjuts till skolan tisdagar och torsdagar", "Mormor", "fr.o.m. 2025-02-18"],
            ["Väckning kl. 7.00 och följa med till skolan på måndagar", "Föräldrarna",
             "fr.o.m. 2025-02-17"],
            ["Ringa hem samma dag vid frånvaro", "Mentor, Ungdomsskolan Leksand", "löpande"],
        ],
        widths=[8.2, 5.6, 3.2])
    for row in t.rows:
        for c in row.cells:
            for pp in c.paragraphs:
                for rr in pp.runs:
                    rr.font.size = Pt(9.5)
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Uppföljning: ").bold = True
    p.add_run("Nästa SIP-möte 2025-03-25 kl. 13.00 i Elevhälsans konferensrum.")

    src = os.path.join(tmpdir, f"{PREFIX}-06.docx")
    doc.save(src)
    soffice_pdf(src, tmpdir)
    shutil.copy(os.path.join(tmpdir, f"{PREFIX}-06.pdf"), path(6, "pdf"))


# ---------------------------------------------------------------------------
# 07  Word, measures table with Huvudman and Utförare; man 35, schizophrenia,
#     supported housing, Rättvik
# ---------------------------------------------------------------------------
def plan07():
    doc = Document()
    fixed_core(doc, "SIP", "Socialpsykiatrin Rättvik")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("RÄTTVIKS KOMMUN · SOCIALPSYKIATRIN")
    r.font.small_caps = True
    r.font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.text = "SIP – R. – 2025-05-27"
    fp.runs[0].font.size = Pt(8)

    p = doc.add_paragraph()
    r = p.add_run("Samordnad individuell plan")
    r.bold = True
    r.font.size = Pt(16)
    p = doc.add_paragraph()
    p.add_run("Namn: ").bold = True
    p.add_run("R.    ")
    p.add_run("Personnr: ").bold = True
    p.add_run("ÅÅMMDD-XXXX    ")
    p.add_run("Mötesdatum: ").bold = True
    p.add_run("2025-05-27")

    def lab(text):
        q = doc.add_paragraph()
        rr = q.add_run(text)
        rr.bold = True
        q.paragraph_format.space_before = Pt(8)
        q.paragraph_format.space_after = Pt(2)

    lab("1. Frågeställningar")
    doc.add_paragraph("Genomgång av nuläget.")

    lab("2. Bakgrund / nuläge")
    doc.add_paragraph(
        "R. är 35 år och har paranoid schizofreni sedan 2012. Han bor sedan 2023 i kommunens "
        "stödboende i Rättvik med egen lägenhet och personal dygnet runt i huset. Han får "
        "depåinjektion var fjärde vecka. Under våren har han uteblivit från två injektioner och "
        "personalen har märkt att han isolerar sig, äter dåligt och har börjat höra röster igen. "
        "Han har tidigare haft fyra vårdtillfällen i slutenvården i Säter, senast 2022. Han har "
        "ingen sysselsättning sedan träffpunkten stängde för renovering i januari.")
    doc.add_paragraph(
        "Personalen på boendet har svårt att få med honom på ärenden och han har inte betalat "
        "hyran för april. Ekonomin diskuterades kort.")

    lab("3. Insatser")
    headers = ["Insats", "Huvudman\n(Kommun/Region/Annan)", "Utförare", "När"]
    rows = [
        ["Boendestöd, daglig tillsyn av måltider och medicinintag",
         "Kommun", "Stödboendet Rättvik, boendepersonal", "fr.o.m. 2025-06-02"],
        ["Depåinjektion var 4:e vecka", "Region", "Region", "nästa 2025-06-10"],
        ["Psykiatrisk läkarbedömning, översyn av medicinering",
         "Region", "Läkare, Vuxenpsykiatrin Mora", "2025-06-17"],
        ["Sysselsättning i träffpunkt två dagar/vecka", "Kommun", "Kommun", "fr.o.m. v. 25"],
        ["Stöd att betala hyran för april och se över räkningarna",
         "Kommun", "Boendepersonal, Stödboendet Rättvik", "senast 2025-06-05"],
        ["Hälsokontroll, vikt och blodprover (metabol kontroll)",
         "Region", "Distriktssköterska, Vårdcentralen Rättvik", "2025-06-12"],
    ]
    t = table_with_header(doc, headers, rows, widths=[6.2, 3.2, 4.8, 2.8], shade="C6D9F1")

    lab("4. Huvudansvar")
    doc.add_paragraph("Rättviks kommun")

    lab("5. Uppföljning")
    doc.add_paragraph("Vid behov, senast i höst.")

    lab("6. Deltagare")
    dt = table_with_header(
        doc, ["Namn", "Funktion", "Verksamhet"],
        [
            ["Lisa", "Socialsekreterare", "Socialpsykiatrin, Rättviks kommun"],
            ["Anders", "Boendestödjare", "Stödboendet Rättvik, Rättviks kommun"],
            ["Kerstin", "Sjuksköterska", "Vuxenpsykiatrin Mora, Region Dalarna"],
            ["Per", "Arbetsterapeut", "Träffpunkten, Rättviks kommun"],
        ],
        widths=[4, 5, 8], shade="C6D9F1")
    doc.add_paragraph()
    doc.add_paragraph("Antecknat av Lisa, socialsekreterare.")
    doc.save(path(7, "docx"))


# ---------------------------------------------------------------------------
# 08  NOT a plan: inskrivningsmeddelande (admission notice), cp1252 + CRLF, Malung
# ---------------------------------------------------------------------------
def plan08():
    txt = """\
LIFECARE SP - SAMORDNAD PLANERING                      Utskrift 2025-11-04 08:12
Utskriven av: Biståndshandläggare, Malung-Sälens kommun
--------------------------------------------------------------------------------
INSKRIVNINGSMEDDELANDE
--------------------------------------------------------------------------------
Patient:            NN, kvinna, 84 år
Personnummer:       XXXXXX-XXXX
Folkbokförd kommun: Malung-Sälens kommun
Skickat från:       Mora lasarett, Ortopedavdelning 12
Skickat:            2025-11-03 14:22
Mottagare:          Malung-Sälens kommun, Biståndsenheten
                    Malung-Sälens kommun, Hemsjukvården
                    Vårdcentralen Malung (fast vårdkontakt)
Inskrivningsdatum:  2025-11-03 11:50
Beräknat utskrivningsklar: 2025-11-10

INSKRIVNINGSORSAK
Fall i hemmet natten mot 2025-11-03, hittad på golvet av hemtjänsten vid
morgonbesöket. Höftfraktur vänster sida. Planeras för operation 2025-11-04.

ÖVRIG INFORMATION FRÅN SLUTENVÅRDEN
Patienten har sedan tidigare hjärtsvikt och lätt kognitiv svikt. Bedöms
behöva fortsatta insatser från kommunen efter utskrivning. Fortsatt
bedömning av funktionsnivå görs av fysioterapeut och arbetsterapeut på
avdelningen efter operation.

KÄNDA KOMMUNALA INSATSER FÖRE INSKRIVNING (ifyllt av kommunen)
Hemtjänst 2 ggr/dag (morgon, kväll), trygghetslarm, matdistribution.
Hemsjukvård: nej.

SAMTYCKE
Patienten har samtyckt till att information lämnas till kommunen och
vårdcentralen (muntligt, inskrivande sjuksköterska 2025-11-03).

HÄNDELSELOGG
2025-11-03 14:22  Inskrivningsmeddelande skickat     Ssk Ortopedavd 12
2025-11-03 15:05  Kvitterat                          Biståndsenheten Malung
2025-11-03 15:40  Kvitterat                          Vårdcentralen Malung
2025-11-04 08:10  Meddelande läst                    Hemsjukvården Malung

KOMMENTAR FRÅN MOTTAGARE
Biståndsenheten 2025-11-03: Hemtjänsten Malung centrum informerad om
inläggningen, insatserna pausas under vårdtiden. Inväntar
utskrivningsklarmeddelande och eventuell kallelse till planering.
Ingen samordnad planering har hållits ännu.

--------------------------------------------------------------------------------
Sida 1 av 1
"""
    data = txt.replace("\n", "\r\n").encode("cp1252")
    with open(path(8, "txt"), "wb") as f:
        f.write(data)


def main():
    os.makedirs(OUT, exist_ok=True)
    plan01()
    plan02()
    plan03()
    plan04()
    plan05()
    with tempfile.TemporaryDirectory(prefix="f93b-") as tmp:
        plan06(tmp)
    plan07()
    plan08()
    for n in (1, 4, 7):
        normalize_docx(path(n, "docx"))
    print("done:", sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()
