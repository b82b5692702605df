#!/usr/bin/env python
"""Generate batch fresh-38a: eight fictional, anonymized SIP plans (f38a-01 .. f38a-08).

Run with python generate_a.py
Deterministic: fixed dates, no randomness. Calls LibreOffice for f38a-06.pdf.
"""
import os
import shutil
import subprocess
import textwrap

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
PLANS = os.path.join(HERE, "plans")
BUILD = os.path.join(HERE, "build")
PREFIX = "f38a"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_I = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"


def normalize_docx(path):
    """Rewrite the .docx zip with fixed entry timestamps so reruns give identical bytes."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def out(n, ext):
    return os.path.join(PLANS, f"{PREFIX}-{n:02d}.{ext}")


def a4(doc):
    for sec in doc.sections:
        sec.page_width = Cm(21.0)
        sec.page_height = Cm(29.7)


def fixed_core(doc, author, created):
    """Fixed core properties so the .docx is the same on every run (apart from zip times)."""
    import datetime as dt
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = dt.datetime.fromisoformat(created)
    cp.modified = dt.datetime.fromisoformat(created)
    cp.revision = 1
    cp.title = "Samordnad individuell plan"
    a4(doc)


# ---------------------------------------------------------------------------
# 01  Draft with tracked changes (w:ins / w:del by two authors)
# ---------------------------------------------------------------------------
class Rev:
    """Helper that builds runs and tracked revisions in raw WordprocessingML."""

    def __init__(self):
        self.next_id = 100

    def _id(self):
        self.next_id += 1
        return str(self.next_id)

    @staticmethod
    def run(text, bold=False, deleted=False):
        r = OxmlElement("w:r")
        if bold:
            rpr = OxmlElement("w:rPr")
            rpr.append(OxmlElement("w:b"))
            r.append(rpr)
        t = OxmlElement("w:delText" if deleted else "w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = text
        r.append(t)
        return r

    def ins(self, text, author, date, bold=False):
        el = OxmlElement("w:ins")
        el.set(qn("w:id"), self._id())
        el.set(qn("w:author"), author)
        el.set(qn("w:date"), date)
        el.append(self.run(text, bold))
        return el

    def dele(self, text, author, date, bold=False):
        el = OxmlElement("w:del")
        el.set(qn("w:id"), self._id())
        el.set(qn("w:author"), author)
        el.set(qn("w:date"), date)
        el.append(self.run(text, bold, deleted=True))
        return el

    def mark_para(self, p, kind, author, date):
        """Mark the paragraph mark itself as inserted/deleted (whole-paragraph revision)."""
        ppr = p._p.get_or_add_pPr()
        rpr = ppr.find(qn("w:rPr"))
        if rpr is None:
            rpr = OxmlElement("w:rPr")
            ppr.append(rpr)
        m = OxmlElement("w:" + kind)
        m.set(qn("w:id"), self._id())
        m.set(qn("w:author"), author)
        m.set(qn("w:date"), date)
        rpr.append(m)

    def mark_row(self, row, kind, author, date):
        trpr = row._tr.get_or_add_trPr()
        m = OxmlElement("w:" + kind)
        m.set(qn("w:id"), self._id())
        m.set(qn("w:author"), author)
        m.set(qn("w:date"), date)
        trpr.append(m)


def plan01():
    MARIA = "Maria (IFO Köping)"
    PER = "Per (Vuxenpsykiatrin Köping)"
    D1 = "2025-01-15T09:12:00Z"
    D2 = "2025-01-16T14:37:00Z"
    rv = Rev()
    doc = Document()
    fixed_core(doc, "Maria (IFO Köping)", "2025-01-15T08:30:00")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)

    # settings: track changes switched on, as in a real draft being circulated
    settings = doc.settings.element
    settings.append(OxmlElement("w:trackRevisions"))

    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Köpings kommun · Region Västmanland    –    UTKAST, ej fastställd"
    fp = sec.footer.paragraphs[0]
    fp.text = "SIP K. – arbetsversion skickad för synpunkter 2025-01-15"

    doc.add_paragraph("Samordnad individuell plan (SIP)", style="Title")

    def para(parts, style=None):
        p = doc.add_paragraph(style=style)
        for part in parts:
            if isinstance(part, str):
                p._p.append(rv.run(part))
            else:
                kind, text, who, when = part
                p._p.append(rv.ins(text, who, when) if kind == "ins" else rv.dele(text, who, when))
        return p

    para(["Namn: K.\tPersonnummer: XXXXXX-XXXX"])
    para(["Datum för SIP-möte: 2025-01-14, Vuxenpsykiatrin Köping, mottagningens samtalsrum"])

    doc.add_heading("Bakgrund", level=1)
    para([
        "K. är 34 år och bor ensam i en hyreslägenhet i Köping. Han har diagnosen paranoid "
        "schizofreni och har haft kontakt med Vuxenpsykiatrin Köping sedan 2019. Under hösten "
        "har han haft två återfall, delvis kopplat till att han slutade ta sin medicin i augusti. "
        "K. har skulder hos Kronofogden ",
        ("del", "på ca 180 000 kr", PER, D2),
        ("ins", "(beloppet är oklart, K. har inte öppnat sin post sedan i somras)", PER, D2),
        " och hyresvärden har skickat en påminnelse om obetald hyra för december. K. har "
        "försörjningsstöd via IFO vuxen sedan oktober.",
    ])

    doc.add_heading("Syfte", level=1)
    para([
        "Syftet med planen är att samordna psykiatrins och socialtjänstens stöd så att K. kan "
        "bo kvar i sin lägenhet, få ordning på sin ekonomi och undvika en ny inläggning",
        ("ins", ", och att K. ska slippa berätta samma sak för flera olika handläggare", MARIA, D1),
        ".",
    ])

    doc.add_heading("Frågeställningar inför mötet", level=1)
    q1 = para([("del", "Hur kan K. få hjälp med skulderna hos Kronofogden och den obetalda hyran?", PER, D2)],
              style="List Bullet")
    rv.mark_para(q1, "del", PER, D2)
    q2 = para([("del", "Behöver K. boendestöd, och i så fall hur ofta?", PER, D2)], style="List Bullet")
    rv.mark_para(q2, "del", PER, D2)
    q3 = para([("del", "Hur säkerställer vi att K. tar sin medicin efter utskrivningen i november?", PER, D2)],
              style="List Bullet")
    rv.mark_para(q3, "del", PER, D2)

    doc.add_heading("K:s mål", level=1)
    g1 = para([("del", "K. säger: ”Jag vill bo kvar i min lägenhet och slippa vara rädd för "
                       "varje brev som kommer.”", PER, D2)])
    rv.mark_para(g1, "del", PER, D2)
    g2 = para([("ins", "Målet är att K. ska kunna bo kvar i sin lägenhet och få en stabil ekonomi "
                       "utan nya skulder.", PER, D2)])
    rv.mark_para(g2, "ins", PER, D2)

    doc.add_heading("K:s delaktighet", level=1)
    para([
        "K. deltog på hela mötet. Han var tydlig med att han hellre kommer till mottagningen än "
        "får hembesök, och att han inte vill att hyresvärden kontaktas utan att han själv är med."
    ])

    doc.add_heading("Samtycke", level=1)
    s1 = para([("del", "Samtycke finns.", MARIA, D1)])
    rv.mark_para(s1, "del", MARIA, D1)
    s2 = para([("ins", "K. lämnade muntligt samtycke på mötet 2025-01-14 till att IFO vuxen och "
                       "Vuxenpsykiatrin Köping delar information med varandra. Skriftlig "
                       "samtyckesblankett undertecknades samma dag.", MARIA, D1)])
    rv.mark_para(s2, "ins", MARIA, D1)

    doc.add_heading("Insatser", level=1)
    rows = [
        ("Ansökan om budget- och skuldrådgivning, första besök",
         "Budget- och skuldrådgivningen, Köpings kommun", [("txt", "2025-01-31")]),
        ("Boendestöd 2 ggr/vecka, stöd med post, räkningar och inköp",
         "Socialpsykiatrin Köping, boendestödjare", [("txt", "Från 2025-02-03")]),
        ("Läkarbesök, översyn av medicinering och ställningstagande till depotinjektion",
         "Vuxenpsykiatrin Köping, läkare", [("del", "2025-02-11"), ("ins", "Tid meddelas")]),
        ("Stödsamtal med case manager var tredje vecka",
         "Vuxenpsykiatrin Köping, sjuksköterska", [("txt", "Från 2025-01-21")]),
        ("Kontakt med hyresvärden om avbetalningsplan för hyran",
         "IFO vuxen, socialsekreterare", [("txt", "2025-01-20")]),
    ]
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    for c, txt in zip(hdr, ["Insats", "Ansvarig verksamhet/funktion", "När"]):
        c.paragraphs[0]._p.append(rv.run(txt, bold=True))
    trpr = t.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    trpr.append(th)
    for i, (ins_, who, when) in enumerate(rows):
        row = t.add_row()
        cells = row.cells
        deleted_row = i == 4
        if deleted_row:
            for c, txt in zip(cells, [ins_, who, when[0][1]]):
                c.paragraphs[0]._p.append(rv.dele(txt, PER, D2))
                rv.mark_para(c.paragraphs[0], "del", PER, D2)
            rv.mark_row(row, "del", PER, D2)
            continue
        cells[0].paragraphs[0]._p.append(rv.run(ins_))
        cells[1].paragraphs[0]._p.append(rv.run(who))
        for kind, txt in when:
            p = cells[2].paragraphs[0]._p
            if kind == "txt":
                p.append(rv.run(txt))
            elif kind == "del":
                p.append(rv.dele(txt, PER, D2))
            else:
                p.append(rv.ins(txt, PER, D2))
    t.autofit = False
    for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), (Cm(7.5), Cm(5.5), Cm(3.0))):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in t.rows:
        row.cells[0].width = Cm(7.5)
        row.cells[1].width = Cm(5.5)
        row.cells[2].width = Cm(3.0)

    doc.add_heading("Andra aktörer", level=1)
    para([
        "Kronofogden har ärenden registrerade på K. ",
        ("del", "Mamma L. följer med K. till budget- och skuldrådgivningen den 2025-01-31 och "
                "hjälper honom att sortera posten varje söndag. ", PER, D2),
        ("ins", "Eventuellt kan god man bli aktuellt, diskuteras vidare.", PER, D2),
    ])

    doc.add_heading("Huvudansvar för planen", level=1)
    para([
        ("del", "Socialsekreterare Maria, IFO vuxen, Köpings kommun", PER, D2),
        ("ins", "Vuxenpsykiatrin Köping", PER, D2),
    ])

    doc.add_heading("Uppföljning", level=1)
    para([
        "Planen följs upp ",
        ("del", "2025-03-11 kl. 10.00 på Vuxenpsykiatrin Köping", MARIA, D1),
        ("ins", "i april, Per skickar kallelse", PER, D2),
        ".",
    ])
    doc.save(out(1, "docx"))
    normalize_docx(out(1, "docx"))


# ---------------------------------------------------------------------------
# 02  Form print, label .......... value on one line (fpdf2)
# ---------------------------------------------------------------------------
class LeaderPDF(FPDF):
    system = ""
    printed = ""

    def header(self):
        self.set_font("DejaVu", "", 8)
        self.set_text_color(70, 70, 70)
        self.set_xy(15, 8)
        self.cell(90, 4, self.system)
        self.cell(0, 4, f"Utskriftsdatum {self.printed}    Sida {self.page_no()} ({{nb}})", align="R")
        self.line(15, 13, 195, 13)
        self.set_text_color(0, 0, 0)
        self.set_y(18)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Utskrift ur verksamhetssystem. Utskriften är en kopia och uppdateras inte.", align="C")
        self.set_text_color(0, 0, 0)


def leader_field(pdf, label, value, val_x=78, lh=5.2, bold_label=False):
    left = 15
    right = 195
    if pdf.get_y() > 270:
        pdf.add_page()
    y = pdf.get_y()
    pdf.set_font("DejaVu", "B" if bold_label else "", 9.5)
    pdf.set_xy(left, y)
    lw = pdf.get_string_width(label)
    pdf.cell(lw + 1, lh, label)
    pdf.set_font("DejaVu", "", 9.5)
    dot_w = pdf.get_string_width(".")
    start = left + lw + 2
    n = int((val_x - 2 - start) / dot_w)
    if n > 0:
        pdf.set_xy(start, y)
        pdf.cell(n * dot_w, lh, "." * n)
    pdf.set_xy(val_x, y)
    pdf.multi_cell(right - val_x, lh, value if value else "", align="L", new_x="LMARGIN", new_y="NEXT")
    if not value:
        pdf.set_y(y + lh)
    pdf.set_y(pdf.get_y() + 1.2)


def section(pdf, title):
    if pdf.get_y() > 262:
        pdf.add_page()
    pdf.set_y(pdf.get_y() + 2)
    pdf.set_font("DejaVu", "B", 10.5)
    pdf.set_x(15)
    pdf.cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
    pdf.line(15, pdf.get_y(), 195, pdf.get_y())
    pdf.set_y(pdf.get_y() + 1.5)


def plan02():
    pdf = LeaderPDF(format="A4")
    pdf.set_creation_date(__import__("datetime").datetime(2024, 10, 23, 8, 41, tzinfo=__import__("datetime").timezone.utc))
    pdf.system = "Lifecare SP · Samordnad individuell plan"
    pdf.printed = "2024-10-23 08:41"
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_margins(15, 18, 15)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 8, "SAMORDNAD INDIVIDUELL PLAN", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    pdf.cell(0, 5, "Sala kommun · Region Västmanland    Status: Fastställd", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(pdf.get_y() + 2)

    section(pdf, "Grunduppgifter")
    leader_field(pdf, "Namn", "G.")
    leader_field(pdf, "Personnummer", "XXXXXX-XXXX")
    leader_field(pdf, "Datum för SIP-möte", "2024-10-22 kl. 13.30")
    leader_field(pdf, "Plats", "Hembesök hos G., Sala")
    leader_field(pdf, "Planen upprättad av", "Eva, sjuksköterska")

    section(pdf, "Planens innehåll")
    leader_field(pdf, "Bakgrund",
                 "G. är 84 år och bor ensam i villa i Sala sedan hustrun dog 2023. Han föll i "
                 "hallen i augusti och ådrog sig en höftfraktur som opererades på Västmanlands "
                 "sjukhus Västerås. Utskriven 2024-09-12 till korttidsboende i Sala och hem "
                 "igen 2024-10-07. Går med rollator inomhus, osäker i trappan till källaren. "
                 "Har diabetes typ 2 och viss smärta i höften nattetid. Dottern A. bor i Sala.")
    leader_field(pdf, "Syfte med mötet", "Samordning av insatser.")
    leader_field(pdf, "Frågeställningar", "Gå igenom läget efter hemkomsten.")
    leader_field(pdf, "Den enskildes mål",
                 "”Jag vill klara mig hemma och kunna gå till Ica själv igen innan jul. "
                 "Jag vill inte flytta till något boende.”")
    leader_field(pdf, "Den enskildes delaktighet",
                 "G. deltog på mötet i sitt hem. Han vill inte ha fler besök av hemtjänsten än "
                 "nödvändigt och vill helst duscha på kvällen i stället för på morgonen. Han "
                 "vill själv bestämma när han ska börja gå ut med rollatorn.")
    leader_field(pdf, "Samtycke", "")

    section(pdf, "Insatser")
    insatser = [
        ("Hemtjänst morgon och kväll: tillsyn, hjälp med på- och avklädning, dusch 2 ggr/vecka "
         "kvällstid",
         "Hemtjänsten Sala centrum, gruppledare", "Från 2024-10-07, pågår"),
        ("Fysioterapi i hemmet: gångträning med rollator, trappträning och eget "
         "träningsprogram",
         "Rehab Sala kommun, fysioterapeut", "2 ggr/vecka t.o.m. 2024-11-29"),
        ("Läkemedelsgenomgång, smärtlindring nattetid och kontroll av blodsocker",
         "Vårdcentralen Sala, distriktsläkare", "2024-11-05"),
        ("Bedömning av hjälpmedel: toalettförhöjning, duschpall och extra ledstång i trappan",
         "Rehab Sala kommun, arbetsterapeut", "Hembesök 2024-10-29"),
        ("Trygghetslarm", "Larmgruppen, Sala kommun", "Installerat 2024-10-08"),
    ]
    for i, (what, who, when) in enumerate(insatser, 1):
        leader_field(pdf, f"Insats {i}", what, bold_label=True)
        leader_field(pdf, "    Ansvarig", who)
        leader_field(pdf, "    När", when)

    section(pdf, "Övrigt")
    leader_field(pdf, "Andra aktörer",
                 "Dottern A. handlar mat till G. varje fredag och följer med honom på "
                 "läkarbesöket på vårdcentralen 2024-11-05. G. ansöker själv, med A:s hjälp, "
                 "om bostadstillägg hos Pensionsmyndigheten under november.")
    leader_field(pdf, "Huvudansvar för planen", "Kommunen")
    leader_field(pdf, "Uppföljning", "Om sex veckor. Hemtjänsten kallar.")
    leader_field(pdf, "Deltagare", "G., A., Eva, Jonas, Karin, Mehmet")
    leader_field(pdf, "Planen skickad till",
                 "G. (papperskopia), samtliga deltagare via Lifecare SP")
    pdf.output(out(2, "pdf"))


# ---------------------------------------------------------------------------
# 03  Plan for a teenager as questions and answers (Markdown)
# ---------------------------------------------------------------------------
def plan03():
    md = """# Din plan – SIP

*Samordnad individuell plan för Ella, 14 år. Skriven till dig, så att du kan läsa vad vi kom
överens om.*

Datum för mötet: 2024-11-19
Plats: Elevhälsans rum, Vasaskolan i Arboga

---

**F:** Varför har vi ett möte?

**S:** Du har nästan inte varit i skolan sedan höstlovet, och du har berättat att magen och
oron på morgnarna gör att du inte orkar ta dig iväg. Både skolan, BUP och socialtjänsten
försöker hjälpa dig, och vi ses för att komma överens om hur vi hjälps åt så att du kan
börja komma tillbaka till skolan i din egen takt, utan att du måste berätta samma sak för
alla.

**F:** Vad ska vi prata om idag?

**S:** Hur det går och hur läget är just nu.

**F:** Vem var med på mötet?

**S:** Du, mamma och pappa, Sara (kurator), Omar (psykolog) och Linnea (socialsekreterare).

**F:** Vad vill du själv?

**S:** Du sa så här: ”Jag vill kunna gå på idrotten och äta lunch med Moa igen. Och jag vill
inte att alla tjatar på mig på morgonen, det blir bara värre då.”

**F:** Hur var du med och bestämde?

**S:** Du var med på hela mötet tillsammans med mamma och pappa. Du tyckte att det är bättre
att börja med ett par lektioner om dagen än att försöka vara där hela dagar direkt, och du
vill hellre ha samtal på BUP efter skolan än under lektionstid. Det har vi skrivit in i
planen.

**F:** Får vi prata med varandra om dig?

**S:** Ja. Det finns ett samtycke, så vi får prata med varandra.

**F:** Vad ska vi göra, och vem gör vad?

- **Skolan (Vasaskolan):** Din mentor gör ett anpassat schema. Du börjar med två lektioner
  om dagen, svenska och bild, från måndag 25 november. Mentorn stämmer av med dig varje
  fredag hur veckan har gått.
- **BUP Köping:** Du får KBT-samtal hos Omar varannan vecka efter skolan, första gången
  torsdag 28 november. Där jobbar ni med oron och med vad du kan göra när magen krånglar.
- **Socialtjänsten i Arboga:** Linnea ordnar en familjebehandlare som kan komma hem till er
  på morgnarna och stötta dig och mamma och pappa när det är dags att gå till skolan. Det
  blir när det finns en ledig plats.
- **Elevhälsan:** Skolsköterskan träffar dig en gång i veckan och pratar om sömn och mat.

**F:** Vad gör mamma och pappa?

**S:** De stöttar dig hemma så gott de kan.

**F:** Vem håller ihop det här?

**S:** Det har vi inte bestämt än. Vi tar det nästa gång.

**F:** När ses vi igen?

**S:** Efter jullovet. Sara skickar en kallelse till dig och dina föräldrar.

---

*Har du frågor om planen kan du alltid prata med Sara på elevhälsan.*
"""
    with open(out(3, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ---------------------------------------------------------------------------
# 04  Journal print with [BRACKETED] keywords, Windows-1252 + CRLF
# ---------------------------------------------------------------------------
def plan04():
    W = 76
    lines = []

    def add(s=""):
        lines.append(s)

    def wrap(s):
        for ln in textwrap.wrap(s, W):
            add(ln)

    add("JOURNALUTSKRIFT".ljust(48) + "Utskriven 2025-02-26 10:14")
    add("Verksamhet: Individ- och familjeomsorgen, vuxenenheten, Fagersta kommun")
    add("Klient: J.".ljust(34) + "Personnr: XXXXXX-XXXX")
    add("-" * W)
    add("Datum: 2025-02-25   Typ: SIP-möte   Sekretess: Normal")
    add("Rubrik: Samordnad individuell plan")
    add("-" * W)
    add()
    add("[SYFTE]")
    add("Samordning.")
    add()
    add("[BAKGRUND]")
    wrap("J. är 19 år och bor sedan i höstas hos sin pappa i Fagersta efter att ha "
         "flyttat från en kompis lägenhet i Norberg. J. har använt cannabis dagligen sedan "
         "gymnasiet och under vintern även amfetamin i perioder. Han har kontakt med "
         "Beroendemottagningen Fagersta sedan november 2024 efter ett besök på akuten. J. "
         "saknar sysselsättning och har ingen egen inkomst, han hoppade av gymnasiet i "
         "årskurs 2. Han har ansökt om ekonomiskt bistånd hos IFO i januari.")
    add()
    add("[DELTAGARE]")
    add("J. (enskild)")
    add("Anna, socialsekreterare, IFO vuxenenheten, Fagersta kommun")
    add("Mikael, kurator, Beroendemottagningen Fagersta, Region Västmanland")
    add("Sara, sjuksköterska, Beroendemottagningen Fagersta, Region Västmanland")
    add()
    add("[MÅL]")
    wrap("Målet är att J. ska bli drogfri och på sikt få en egen bostad och någon form "
         "av sysselsättning.")
    add()
    add("[DELAKTIGHET]")
    add("J. deltog på mötet.")
    add()
    add("[PLANERING]")
    wrap("J. behöver fortsatt stöd kring sitt missbruk och sin boendesituation. Fortsatt "
         "kontakt. Stöd vid behov kring boende och sysselsättning. Arbetsförmedlingen och "
         "Försäkringskassan nämndes under mötet.")
    add()
    add("[UPPFÖLJNING]")
    wrap("Uppföljning 2025-04-08 kl. 13.00 på IFO Fagersta, vuxenenheten. Anna skickar "
         "kallelse till samtliga.")
    add()
    add("-" * W)
    add("Underskrifter")
    add()
    add()
    add("." * 34 + "      " + "." * 34)
    add("J.".ljust(40) + "Anna, socialsekreterare, IFO Fagersta")
    add()
    add()
    add("." * 34 + "      " + "." * 34)
    add("Mikael, kurator,".ljust(40) + "Sara, sjuksköterska,")
    add("Beroendemottagningen Fagersta".ljust(40) + "Beroendemottagningen Fagersta")
    add()
    add("-" * W)
    add("Signerad: Anna, socialsekreterare 2025-02-26 10:09")
    text = "\r\n".join(lines) + "\r\n"
    with open(out(4, "txt"), "wb") as f:
        f.write(text.encode("cp1252"))


# ---------------------------------------------------------------------------
# 05  Plan with goals and follow-up inside Word text boxes (w:txbxContent)
# ---------------------------------------------------------------------------
def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def textbox_run(shape_id, name, paras, width_cm, height_cm, offset_cm):
    """A floating text box as Word 2010+ writes it: wps shape with a VML fallback."""
    emu = 360000
    cx, cy, off = int(width_cm * emu), int(height_cm * emu), int(offset_cm * emu)
    pt_w, pt_h = width_cm * 28.3465, height_cm * 28.3465

    def txbx():
        ps = []
        for text, bold in paras:
            rpr = "<w:rPr><w:b/><w:color w:val=\"1F3864\"/></w:rPr>" if bold else "<w:rPr><w:sz w:val=\"20\"/></w:rPr>"
            ps.append(
                f"<w:p><w:pPr><w:spacing w:after=\"80\"/></w:pPr><w:r>{rpr}"
                f"<w:t xml:space=\"preserve\">{_esc(text)}</w:t></w:r></w:p>")
        return "<w:txbxContent>" + "".join(ps) + "</w:txbxContent>"

    xml = f"""<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"
   xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"
   xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
   xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
   xmlns:v="urn:schemas-microsoft-com:vml"
   xmlns:o="urn:schemas-microsoft-com:office:office"
   xmlns:w10="urn:schemas-microsoft-com:office:word"
   xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">
 <mc:AlternateContent>
  <mc:Choice Requires="wps">
   <w:drawing>
    <wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0"
       relativeHeight="{251659264 + shape_id}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
     <wp:simplePos x="0" y="0"/>
     <wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>
     <wp:positionV relativeFrom="paragraph"><wp:posOffset>{off}</wp:posOffset></wp:positionV>
     <wp:extent cx="{cx}" cy="{cy}"/>
     <wp:effectExtent l="0" t="0" r="0" b="0"/>
     <wp:wrapSquare wrapText="left"/>
     <wp:docPr id="{shape_id}" name="{name}"/>
     <wp:cNvGraphicFramePr/>
     <a:graphic>
      <a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
       <wps:wsp>
        <wps:cNvSpPr txBox="1"/>
        <wps:spPr>
         <a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>
         <a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
         <a:solidFill><a:srgbClr val="EAF1FB"/></a:solidFill>
         <a:ln w="9525"><a:solidFill><a:srgbClr val="2F5496"/></a:solidFill><a:miter lim="800000"/></a:ln>
        </wps:spPr>
        <wps:txbx>{txbx()}</wps:txbx>
        <wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>
       </wps:wsp>
      </a:graphicData>
     </a:graphic>
    </wp:anchor>
   </w:drawing>
  </mc:Choice>
  <mc:Fallback>
   <w:pict>
    <v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">
     <v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/>
    </v:shapetype>
    <v:shape id="{name}" o:spid="_x0000_s{1025 + shape_id}" type="#_x0000_t202"
       style="position:absolute;margin-left:0;margin-top:{off / 12700:.1f}pt;width:{pt_w:.1f}pt;height:{pt_h:.1f}pt;z-index:{251659264 + shape_id};mso-wrap-distance-left:9pt;mso-wrap-distance-top:3.6pt;mso-wrap-distance-right:9pt;mso-wrap-distance-bottom:3.6pt;mso-position-horizontal:right;mso-position-horizontal-relative:margin;mso-position-vertical-relative:text;v-text-anchor:top"
       fillcolor="#eaf1fb" strokecolor="#2f5496">
     <v:textbox>{txbx()}</v:textbox>
     <w10:wrap type="square" side="left"/>
    </v:shape>
   </w:pict>
  </mc:Fallback>
 </mc:AlternateContent>
</w:r>"""
    return parse_xml(xml)


def plan05():
    doc = Document()
    fixed_core(doc, "LSS-handläggare", "2025-02-19T10:00:00")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("Hallstahammars kommun · Region Västmanland")
    r.font.small_caps = True
    r.font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.text = "SIP V. – upprättad 2025-02-18"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    doc.add_heading("Samordnad individuell plan", level=0)

    p = doc.add_paragraph()
    # text box 1: the person's goals, anchored to this paragraph, floating on the right
    p._p.append(textbox_run(1, "Textruta 1", [
        ("Mina mål (V. med egna ord)", True),
        ("”Jag vill sova på nätterna och jobba på snickeriet fyra dagar i veckan.”", False),
        ("”Jag vill att det står på tavlan vad som händer, och att samma personal kommer "
         "på morgonen.”", False),
        ("”Jag vill inte flytta till en annan lokal.”", False),
    ], 6.3, 6.2, 0.0))
    r = p.add_run("Namn: ")
    r.bold = True
    p.add_run("V.")
    p2 = doc.add_paragraph()
    p2.add_run("Personnummer: ").bold = True
    p2.add_run("ÅÅMMDD-XXXX")
    p3 = doc.add_paragraph()
    p3.add_run("Mötesdatum: ").bold = True
    p3.add_run("2025-02-18, gruppbostaden i Hallstahammar")

    def label(txt):
        q = doc.add_paragraph()
        q.paragraph_format.space_before = Pt(8)
        rr = q.add_run(txt)
        rr.bold = True
        return q

    label("Bakgrund")
    doc.add_paragraph(
        "V. är 23 år och har autism och lindrig intellektuell funktionsnedsättning. Han bor i "
        "gruppbostad enligt LSS sedan 2022 och har daglig verksamhet på snickeriet. Sedan i "
        "höstas sover V. dåligt, är ofta trött på förmiddagen och har vid flera tillfällen "
        "blivit utåtagerande mot personal när schemat ändrats med kort varsel. Han har "
        "kontakt med Vuxenhabiliteringen Västerås och har tidigare haft en bedömning på "
        "psykiatrin.")

    label("Syfte")
    doc.add_paragraph("Samordnad individuell plan enligt SoL och HSL.")

    label("Frågeställningar")
    for q in [
        "Hur kan V:s sömn förbättras så att han orkar vara på daglig verksamhet fyra dagar i veckan?",
        "Hur ska personalen i boendet och på daglig verksamhet göra när planerade aktiviteter "
        "ändras, så att V. får veta i förväg?",
        "Behövs en läkarbedömning av sömnen och ev. läkemedel?",
    ]:
        doc.add_paragraph(q, style="List Bullet")

    label("Den enskildes delaktighet")
    doc.add_paragraph(
        "V. var med den första halvtimmen av mötet tillsammans med sin kontaktperson från "
        "boendet och använde bildstöd. Han berättade att han inte vill byta lokal på daglig "
        "verksamhet och att han blir orolig när det kommer ny personal på morgonen. Han ville "
        "sedan gå ut och hans kontaktperson fanns kvar på mötet.")

    p = label("Samtycke")
    doc.add_paragraph("Samtycke finns.")

    label("Insatser")
    doc.add_paragraph("Planerade insatser och vem som ansvarar:")
    rows = [
        ("Bedömning av sömn och ställningstagande till läkemedel",
         "Vuxenpsykiatrin Västerås, läkare", "2025-03-12"),
        ("Veckoschema med bildstöd på tavlan i lägenheten, fast morgonpersonal i möjligaste mån",
         "Gruppbostaden, kontaktperson och enhetschef", "Klart 2025-03-01"),
        ("Handledning till personal i boende och daglig verksamhet om bemötande och "
         "förberedelse inför förändringar",
         "Vuxenhabiliteringen Västerås, psykolog", "2025-03-05, 2025-03-26, 2025-04-16"),
        ("Daglig verksamhet fyra dagar/vecka på snickeriet",
         "Daglig verksamhet Hallstahammar, enhetschef", "Från 2025-03-03"),
        ("Sömndagbok förs varje natt och tas med till läkarbesöket",
         "Gruppbostaden, nattpersonal", "2025-02-19 – 2025-03-12"),
    ]
    t = doc.add_table(rows=1, cols=3)
    t.style = "Light Grid Accent 1"
    for c, txt in zip(t.rows[0].cells, ["Insats", "Ansvarig", "Tidpunkt"]):
        c.text = ""
        c.paragraphs[0].add_run(txt).bold = True
    t.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    for row in rows:
        cells = t.add_row().cells
        for c, txt in zip(cells, row):
            c.text = txt

    p = label("Huvudansvar för planen")
    p._p.append(textbox_run(2, "Textruta 2", [
        ("Uppföljning", True),
        ("2025-05-20 kl. 14.00 i gruppbostaden.", False),
        ("LSS-handläggaren skickar kallelse.", False),
    ], 5.4, 3.2, 0.0))
    doc.add_paragraph("LSS-handläggaren.")

    label("Deltagare")
    doc.add_paragraph("V. (del av mötet), Lena, Ahmed, Johanna, Patrik, Sofie")
    doc.save(out(5, "docx"))
    normalize_docx(out(5, "docx"))


# ---------------------------------------------------------------------------
# 06  Roman-numeral headings, a) b) sub-points; .docx -> PDF via LibreOffice
# ---------------------------------------------------------------------------
def plan06():
    doc = Document()
    fixed_core(doc, "Kurator avd 71", "2025-03-05T11:00:00")
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(11.5)
    for lvl in (1,):
        hs = doc.styles[f"Heading {lvl}"]
        hs.font.name = "Times New Roman"
        hs.font.size = Pt(13)
        hs.font.color.rgb = RGBColor(0, 0, 0)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Region Västmanland, Psykiatriska kliniken Västerås  ·  Västerås stad"
    sec.footer.paragraphs[0].text = "Samordnad utskrivningsplanering / SIP – M-L"

    t = doc.add_paragraph()
    r = t.add_run("SAMORDNAD INDIVIDUELL PLAN INFÖR UTSKRIVNING")
    r.bold = True
    r.font.size = Pt(15)
    doc.add_paragraph("Patient: M-L, XXXXXX-XXXX\nMötesdatum: 2025-03-05 (Teams)\n"
                      "Planerat utskrivningsdatum: 2025-03-14")

    doc.add_heading("I. Bakgrund", level=1)
    doc.add_paragraph(
        "M-L är 47 år och vårdas sedan 2025-02-10 på avdelning 71, Psykiatriska kliniken "
        "Västerås, efter en svår depression med suicidtankar. Hon bor ensam i lägenhet i "
        "Västerås och har tidigare haft sporadisk kontakt med psykiatrisk öppenvård. Före "
        "inläggningen hade hon slutat handla och laga mat och tog inte sina läkemedel "
        "regelbundet. Stämningsläget har förbättrats under vårdtiden och utskrivning planeras.")

    doc.add_heading("II. Syfte", level=1)
    doc.add_paragraph(
        "Syftet är att M-L ska kunna skrivas ut från avdelning 71 till sin egen lägenhet med "
        "ett fungerande stöd från både psykiatrin, vårdcentralen och socialpsykiatrin, så att "
        "hon får hjälp med vardagen och en ny inläggning kan undvikas.")

    doc.add_heading("III. Frågeställningar", level=1)
    doc.add_paragraph("Diskutera läget inför utskrivning.")

    doc.add_heading("IV. Insatser", level=1)
    doc.add_paragraph("Följande insatser påbörjas i samband med utskrivningen:")
    subs = [
        ("a)", "Boendestöd tre gånger per vecka med stöd i struktur, inköp och påminnelse om "
               "läkemedel. Ansvarig: Socialpsykiatrin Västerås stad, boendestödjare. "
               "Start på utskrivningsdagen 2025-03-14."),
        ("b)", "Återbesök hos läkare för uppföljning av antidepressiv behandling. Ansvarig: "
               "Psykiatrisk öppenvårdsmottagning Västerås, läkare. Tid 2025-03-21 kl. 09.30."),
        ("c)", "Stödsamtal och telefonuppföljning med case manager en gång per vecka, första "
               "samtalet 2025-03-17. Ansvarig: Psykiatrisk öppenvårdsmottagning Västerås, "
               "sjuksköterska."),
        ("d)", "Läkemedel i Apodos och kontroll av blodtryck. Ansvarig: Vårdcentralen Bäckby, "
               "distriktssköterska. Beställning av Apodos senast 2025-03-12, blodtryck "
               "2025-03-18."),
    ]
    for lab, txt in subs:
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(1.2)
        p.paragraph_format.first_line_indent = Cm(-0.7)
        p.add_run(lab + "\t")
        p.add_run(txt)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(1.2))

    doc.add_heading("V. Samtycke", level=1)
    doc.add_paragraph(
        "M-L har lämnat skriftligt samtycke till SIP och till informationsöverföring mellan "
        "psykiatrin, vårdcentralen och Västerås stad 2025-03-04 (blankett inskannad i "
        "journalen).")

    doc.add_heading("VI. Huvudansvar", level=1)
    doc.add_paragraph("Hanna, sjuksköterska/case manager, Psykiatrisk öppenvårdsmottagning Västerås.")

    doc.add_heading("VII. Uppföljning", level=1)
    doc.add_paragraph("Uppföljning av planen sker vecka 14. Öppenvårdsmottagningen kallar.")

    doc.add_heading("VIII. Deltagare", level=1)
    for d in [
        "Jenny, kurator, avdelning 71, Psykiatriska kliniken Västerås",
        "Fredrik, överläkare, avdelning 71, Psykiatriska kliniken Västerås",
        "Hanna, sjuksköterska/case manager, Psykiatrisk öppenvårdsmottagning Västerås",
        "Ali, biståndshandläggare, Socialpsykiatrin Västerås stad",
        "Malin, distriktssköterska, Vårdcentralen Bäckby",
    ]:
        doc.add_paragraph(d, style="List Bullet")

    os.makedirs(BUILD, exist_ok=True)
    src = os.path.join(BUILD, f"{PREFIX}-06.docx")
    doc.save(src)
    subprocess.run(["soffice", f"-env:UserInstallation=file:///tmp/lo-{PREFIX}", "--headless",
                    "--convert-to", "pdf", "--outdir", BUILD, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.copy(os.path.join(BUILD, f"{PREFIX}-06.pdf"), out(6, "pdf"))


# ---------------------------------------------------------------------------
# 07  Follow-up plan, table Insats | Ansvarig | Status | Ändring | Ny tidpunkt
# ---------------------------------------------------------------------------
def plan07():
    doc = Document()
    fixed_core(doc, "Socialsekreterare, IFO Kungsör", "2025-04-09T09:00:00")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Kungsörs kommun, Individ- och familjeomsorgen – Barn och unga"
    sec.footer.paragraphs[0].text = "Uppföljning SIP – A."

    doc.add_heading("Uppföljning av samordnad individuell plan (SIP)", level=1)
    info = doc.add_table(rows=3, cols=2)
    info.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Barn", "A., 10 år, ÅÅMMDD-XXXX"),
        ("Datum för uppföljningsmöte", "2025-04-08, Familjeenheten Kungsör"),
        ("Ursprunglig plan upprättad", "2024-12-03"),
    ]):
        info.cell(i, 0).text = ""
        info.cell(i, 0).paragraphs[0].add_run(k).bold = True
        info.cell(i, 1).text = v

    def label(txt):
        q = doc.add_paragraph()
        q.paragraph_format.space_before = Pt(8)
        q.add_run(txt).bold = True

    label("Syfte med SIP")
    doc.add_paragraph("Se tidigare plan.")
    label("Frågeställningar")
    doc.add_paragraph("Oförändrat.")
    label("Barnets delaktighet och mål")
    doc.add_paragraph(
        "A. deltog inte på mötet. Det hölls under skoltid och A. tycker att det är jobbigt "
        "att sitta med på stora möten. Mamma hade pratat med honom hemma innan och framförde "
        "hans synpunkter: han tycker att rasterna fortfarande är det svåraste, men att det "
        "har blivit lugnare i klassrummet sedan han fick sitta närmast dörren. A. hade bett "
        "mamma att säga: ”Jag vill ha en kompis att vara med på rasterna och slippa sitta i "
        "korridoren när jag blir arg.”")
    label("Läget sedan förra mötet")
    doc.add_paragraph(
        "Medicineringen justerades i februari och både skola och mamma ser att A. orkar mer på "
        "eftermiddagarna. Konflikterna på rasterna har minskat men inte upphört, och A. har "
        "fortfarande svårt på lunchrasten. Föräldrakursen pågår. Stödsamtal för A. har inte "
        "kommit igång.")

    # landscape section for the wide follow-up table
    new = doc.add_section(WD_SECTION.NEW_PAGE)
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = sec.page_height, sec.page_width
    doc.add_paragraph().add_run("Insatser – status och ändringar").bold = True
    rows = [
        ("Elevassistent på förmiddagsrasten", "Rektor, Kung Karls skola",
         "Pågår sedan januari", "Utökas till även lunchrasten", "Från 2025-04-22"),
        ("Uppföljning av ADHD-medicinering", "BUP Köping, läkare",
         "Genomförd 2025-02-20, dos justerad", "Ingen", "Nästa läkarbesök 2025-05-15"),
        ("Föräldrastödsgrupp (Komet) för mamma och pappa", "IFO Kungsör, familjebehandlare",
         "Pågår, 6 av 10 träffar", "Ingen", "Avslutas 2025-05-27"),
        ("Stödsamtal för A. om ilska och kompisrelationer", "Regionen",
         "Ej påbörjad, väntelista", "Ansökan skickas på nytt", ""),
        ("Anpassad placering i klassrummet, bildschema", "Mentor, Kung Karls skola",
         "Genomförd", "Fortsätter", "Stäms av 2025-06-10"),
    ]
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, txt in zip(t.rows[0].cells, ["Insats", "Ansvarig", "Status", "Ändring", "Ny tidpunkt"]):
        c.text = ""
        c.paragraphs[0].add_run(txt).bold = True
        tcpr = c._tc.get_or_add_tcPr()
        shd = OxmlElement("w:shd")
        shd.set(qn("w:val"), "clear")
        shd.set(qn("w:color"), "auto")
        shd.set(qn("w:fill"), "D9E2F3")
        tcpr.append(shd)
    t.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    for row in rows:
        cells = t.add_row().cells
        for c, txt in zip(cells, row):
            c.text = txt
    widths = [Cm(7), Cm(5), Cm(5), Cm(4.5), Cm(3.5)]
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w

    label("Övriga aktörer")
    doc.add_paragraph(
        "Mamma ansöker om omvårdnadsbidrag hos Försäkringskassan under april; BUP-läkaren "
        "skriver läkarutlåtande som skickas senast 2025-04-30. Pappa kör A. till "
        "fotbollsträningen på tisdagar och har kontakt med tränaren om hur A. kan få en "
        "lugn start på träningen.")
    label("Huvudansvar")
    doc.add_paragraph("Emma, socialsekreterare, IFO barn och unga, Kungsörs kommun (oförändrat).")
    label("Nästa uppföljning")
    doc.add_paragraph("2025-06-10 kl. 15.00 på Familjeenheten Kungsör. Emma kallar.")
    label("Närvarande")
    doc.add_paragraph("Mamma, pappa, rektor, mentor, läkare, familjebehandlare, socialsekreterare")
    doc.save(out(7, "docx"))
    normalize_docx(out(7, "docx"))


# ---------------------------------------------------------------------------
# 08  Empty county template (fpdf2): rectangles, dotted lines, empty checkboxes
# ---------------------------------------------------------------------------
class TemplatePDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 8)
        self.set_xy(15, 8)
        self.cell(120, 4, "Region Västmanland och länets kommuner · Länsgemensam mall SIP, version 2024:1")
        self.cell(0, 4, f"Sida {self.page_no()} ({{nb}})", align="R")
        self.line(15, 13, 195, 13)
        self.set_y(17)


def plan08():
    pdf = TemplatePDF(format="A4")
    pdf.set_creation_date(__import__("datetime").datetime(2024, 9, 2, 9, 0, tzinfo=__import__("datetime").timezone.utc))
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_font("DejaVu", "I", FONT_I)
    pdf.set_margins(15, 17, 15)
    pdf.set_auto_page_break(False)
    pdf.add_page()

    L, R = 15, 195
    W = R - L

    def dots(x, y, w):
        pdf.set_font("DejaVu", "", 9)
        n = int(w / pdf.get_string_width("."))
        pdf.set_xy(x, y)
        pdf.cell(w, 5, "." * n)

    def checkbox(x, y, label):
        pdf.rect(x, y + 1, 3.2, 3.2)
        pdf.set_font("DejaVu", "", 9)
        pdf.set_xy(x + 4.5, y)
        pdf.cell(pdf.get_string_width(label) + 2, 5, label)
        return x + 4.5 + pdf.get_string_width(label) + 6

    def box(y, h, title, hint=None, lines=0):
        pdf.rect(L, y, W, h)
        pdf.set_font("DejaVu", "B", 9.5)
        pdf.set_xy(L + 2, y + 1.5)
        pdf.cell(0, 5, title)
        yy = y + 7
        if hint:
            pdf.set_font("DejaVu", "I", 7.5)
            pdf.set_xy(L + 2, yy - 0.5)
            pdf.cell(0, 4, hint)
            yy += 5
        for i in range(lines):
            dots(L + 2, yy + i * 6.5, W - 4)
        return y + h

    pdf.set_font("DejaVu", "B", 15)
    pdf.set_xy(L, 19)
    pdf.cell(120, 8, "SAMORDNAD INDIVIDUELL PLAN (SIP)")
    pdf.rect(140, 18, 55, 11)
    pdf.set_font("DejaVu", "", 7)
    pdf.set_xy(141.5, 18.5)
    pdf.cell(0, 3.5, "Kommun")
    pdf.set_font("DejaVu", "B", 11)
    pdf.set_xy(141.5, 22.5)
    pdf.cell(0, 5.5, "Surahammar")
    pdf.set_font("DejaVu", "", 8)
    pdf.set_xy(L, 28)
    pdf.cell(0, 4, "Enligt 2 kap. 7 § socialtjänstlagen och 16 kap. 4 § hälso- och sjukvårdslagen")

    # Personuppgifter
    y = 35
    pdf.rect(L, y, W, 24)
    pdf.set_font("DejaVu", "B", 9.5)
    pdf.set_xy(L + 2, y + 1.5)
    pdf.cell(0, 5, "Den enskilde")
    for i, lab in enumerate(["Namn", "Personnummer", "Datum för SIP-möte"]):
        yy = y + 7.5 + i * 5.5
        pdf.set_font("DejaVu", "", 9)
        pdf.set_xy(L + 2, yy)
        pdf.cell(35, 5, lab)
        dots(L + 38, yy, 80)
    checkbox(L + 125, y + 7.5, "Första SIP-möte")
    checkbox(L + 125, y + 13, "Uppföljning")

    y = box(61, 27, "1. Syfte med SIP",
            "(Varför behövs en samordnad plan? Beskriv med utgångspunkt i den enskildes situation)", 3)
    y = box(y + 2, 27, "2. Frågeställningar inför mötet",
            "(Vilka frågor behöver lösas? Vad ska mötet ta ställning till?)", 3)
    y = box(y + 2, 27, "3. Mina mål",
            "(Den enskildes mål med egna ord – ”Jag vill …”)", 3)

    # Delaktighet + samtycke
    y0 = y + 2
    pdf.rect(L, y0, W, 38)
    pdf.set_font("DejaVu", "B", 9.5)
    pdf.set_xy(L + 2, y0 + 1.5)
    pdf.cell(0, 5, "4. Den enskildes delaktighet")
    x = checkbox(L + 2, y0 + 8, "Deltog på mötet")
    x = checkbox(x, y0 + 8, "Deltog delvis")
    checkbox(x, y0 + 8, "Deltog inte, skäl:")
    dots(L + 2, y0 + 14, W - 4)
    pdf.set_font("DejaVu", "I", 7.5)
    pdf.set_xy(L + 2, y0 + 19.5)
    pdf.cell(0, 4, "(Den enskildes synpunkter och önskemål)")
    dots(L + 2, y0 + 24, W - 4)
    pdf.set_font("DejaVu", "B", 9.5)
    pdf.set_xy(L + 2, y0 + 30.5)
    pdf.cell(22, 5, "5. Samtycke")
    x = checkbox(L + 27, y0 + 30.5, "Muntligt")
    x = checkbox(x, y0 + 30.5, "Skriftligt")
    pdf.set_xy(x, y0 + 30.5)
    pdf.set_font("DejaVu", "", 9)
    pdf.cell(14, 5, "Datum")
    dots(x + 14, y0 + 30.5, 40)
    y = y0 + 38

    # Insatser table on page 1
    y += 2
    pdf.set_font("DejaVu", "B", 9.5)
    pdf.set_xy(L, y)
    pdf.cell(0, 5, "6. Insatser")
    y += 6
    cols = [("Insats / åtgärd", 80), ("Ansvarig verksamhet och funktion", 62), ("När", 38)]

    def table_header(yh):
        x = L
        pdf.set_font("DejaVu", "B", 8.5)
        pdf.set_fill_color(225, 225, 225)
        for name, w in cols:
            pdf.set_xy(x, yh)
            pdf.cell(w, 6, name, border=1, fill=True)
            x += w
        return yh + 6

    y = table_header(y)
    for i in range(3):
        x = L
        for name, w in cols:
            pdf.rect(x, y, w, 9)
            x += w
        y += 9

    # page 2
    pdf.add_page()
    y = 19
    pdf.set_font("DejaVu", "B", 9.5)
    pdf.set_xy(L, y)
    pdf.cell(0, 5, "6. Insatser (forts.)")
    y = table_header(y + 6)
    for i in range(3):
        x = L
        for name, w in cols:
            pdf.rect(x, y, w, 9)
            x += w
        y += 9

    y = box(y + 4, 27, "7. Andra aktörers insatser",
            "(T.ex. Försäkringskassan, Arbetsförmedlingen, god man, närstående, den enskilde själv)", 3)

    y0 = y + 2
    pdf.rect(L, y0, W, 20)
    pdf.set_font("DejaVu", "B", 9.5)
    pdf.set_xy(L + 2, y0 + 1.5)
    pdf.cell(0, 5, "8. Huvudansvar för planen")
    pdf.set_font("DejaVu", "", 9)
    pdf.set_xy(L + 2, y0 + 8)
    pdf.cell(30, 5, "Namn/funktion")
    dots(L + 32, y0 + 8, 55)
    pdf.set_xy(L + 92, y0 + 8)
    pdf.cell(22, 5, "Verksamhet")
    dots(L + 114, y0 + 8, 62)
    x = checkbox(L + 2, y0 + 14, "Kommun")
    checkbox(x, y0 + 14, "Region")
    y = y0 + 20

    y0 = y + 2
    pdf.rect(L, y0, W, 14)
    pdf.set_font("DejaVu", "B", 9.5)
    pdf.set_xy(L + 2, y0 + 1.5)
    pdf.cell(0, 5, "9. Uppföljning")
    pdf.set_font("DejaVu", "", 9)
    pdf.set_xy(L + 2, y0 + 7.5)
    pdf.cell(14, 5, "Datum")
    dots(L + 16, y0 + 7.5, 40)
    pdf.set_xy(L + 62, y0 + 7.5)
    pdf.cell(30, 5, "Sammankallande")
    dots(L + 92, y0 + 7.5, 84)
    y = y0 + 14

    y += 4
    pdf.set_font("DejaVu", "B", 9.5)
    pdf.set_xy(L, y)
    pdf.cell(0, 5, "10. Deltagare")
    y += 6
    dcols = [("Namn", 50), ("Funktion", 50), ("Verksamhet / organisation", 55), ("Närv.", 25)]
    x = L
    pdf.set_font("DejaVu", "B", 8.5)
    for name, w in dcols:
        pdf.set_xy(x, y)
        pdf.cell(w, 6, name, border=1, fill=True)
        x += w
    y += 6
    for i in range(6):
        x = L
        for name, w in dcols:
            pdf.rect(x, y, w, 7.5)
            x += w
        pdf.rect(L + 155 + 10.5, y + 2.1, 3.2, 3.2)
        y += 7.5

    y += 6
    pdf.set_font("DejaVu", "B", 9.5)
    pdf.set_xy(L, y)
    pdf.cell(0, 5, "Underskrifter")
    y += 12
    for i, lab in enumerate(["Den enskilde / vårdnadshavare", "Kommunens företrädare",
                             "Regionens företrädare"]):
        x = L + i * 61
        dots(x, y, 55)
        pdf.set_font("DejaVu", "", 7.5)
        pdf.set_xy(x, y + 5)
        pdf.cell(55, 4, lab)
    pdf.output(out(8, "pdf"))


def main():
    os.makedirs(PLANS, exist_ok=True)
    plan01()
    plan02()
    plan03()
    plan04()
    plan05()
    plan06()
    plan07()
    plan08()
    print("done:", sorted(os.listdir(PLANS)))


if __name__ == "__main__":
    main()
