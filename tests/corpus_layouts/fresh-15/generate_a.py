#!/usr/bin/env python3
"""Generate the f15a batch of fictional, anonymized SIP plans into plans/.

Run with python. Deterministic: fixed dates, no randomness.
Zip timestamps in .docx and the fpdf2 creation date are fixed; LibreOffice PDFs carry
LibreOffice's own creation stamp but the same content every run.
"""
import datetime
import os
import shutil
import subprocess
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f15a"
LO_PROFILE = "file:///tmp/lo-f15a"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIXED_DT = datetime.datetime(2025, 3, 10, 9, 0, 0)


def path(n, ext):
    return os.path.join(OUT, f"{PREFIX}-{n:02d}.{ext}")


# ---------------------------------------------------------------- docx helpers
def fix_core(doc, author="", title=""):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1


def save_docx(doc, fn):
    """Save and rewrite the zip with fixed timestamps so the file is reproducible."""
    tmp = fn + ".tmp"
    doc.save(tmp)
    with zipfile.ZipFile(tmp) as zin, zipfile.ZipFile(fn, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 3, 10, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    os.remove(tmp)


def shade(cell, fill="D9D9D9"):
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


def cell_text(cell, text, bold=False, size=None, italic=False):
    """Replace the cell's first paragraph text; '\n' makes new paragraphs."""
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
    return cell


def base_font(doc, name="Calibri", size=11):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), name)


def margins(section, top=2.0, bottom=2.0, left=2.2, right=2.2):
    section.top_margin = Cm(top)
    section.bottom_margin = Cm(bottom)
    section.left_margin = Cm(left)
    section.right_margin = Cm(right)


def lo_convert(src, outdir, infilter=None):
    cmd = ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless"]
    if infilter:
        cmd.append(f"--infilter={infilter}")
    subprocess.run(
        cmd + ["--convert-to", "pdf", "--outdir", outdir, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


# ============================================================ 01 region SIP template
def plan01():
    doc = Document()
    base_font(doc, "Arial", 10)
    fix_core(doc, "Vuxenpsykiatrin Sala", "Samordnad vårdplanering/SIP")
    sec = doc.sections[0]
    margins(sec)
    hp = sec.header.paragraphs[0]
    hp.text = "Region Västmanland\tSamordnad vårdplanering/SIP"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Mall: Samordnad vårdplanering/SIP, Region Västmanland och länets kommuner, version 4 (2023)"
    fp.runs[0].font.size = Pt(7)

    t = doc.add_paragraph()
    r = t.add_run("SAMORDNAD VÅRDPLANERING/SIP")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph("Samordnad individuell plan enligt SoL 2 kap. 7 § och HSL 16 kap. 4 §").runs[0].font.size = Pt(8)

    ht = doc.add_table(rows=2, cols=3)
    ht.style = "Table Grid"
    for i, lab in enumerate(["Patient", "Enhet", "Datum"]):
        c = ht.rows[0].cells[i]
        cell_text(c, lab, bold=True, size=8)
        shade(c)
    vals = ["Jonas, ÅÅMMDD-XXXX", "Vuxenpsykiatrin Sala, psykosteamet", "2024-10-15"]
    for i, v in enumerate(vals):
        cell_text(ht.rows[1].cells[i], v)
    doc.add_paragraph()

    def section(title, body=None, builder=None):
        tb = doc.add_table(rows=2, cols=1)
        tb.style = "Table Grid"
        hc = tb.rows[0].cells[0]
        cell_text(hc, title, bold=True)
        shade(hc)
        vc = tb.rows[1].cells[0]
        if builder:
            builder(vc)
        elif body:
            cell_text(vc, body)
        doc.add_paragraph().paragraph_format.space_after = Pt(2)

    section("Bakgrund",
            "Jonas är 34 år och har diagnosen schizofreni sedan 2015. Han vårdades inneliggande på "
            "Psykiatriska kliniken Västerås i augusti 2024 efter att ha slutat med sin medicin. Sedan "
            "utskrivningen 2024-09-02 bor han åter i sin hyreslägenhet i Sala. Under sjukdomsperioden "
            "betalades inte hyran och det finns i dag en hyresskuld på drygt tre månadshyror samt "
            "obetalda räkningar som gått till inkasso. Hyresvärden har skickat en uppsägning med "
            "möjlighet till rättelse. Jonas har sjukersättning. Han bor ensam och har en bror i Västerås "
            "som han träffar ibland.")
    section("Syfte med mötet",
            "Syftet är att Jonas ska kunna behålla sin lägenhet och få ordning på hyresskulden, och att "
            "den psykiatriska behandlingen och kommunens stöd i hemmet ska hänga ihop nu efter "
            "utskrivningen, så att ett nytt återfall kan undvikas.")
    section("Frågeställningar", "")
    section("Patientens egna mål och önskemål",
            "”Jag vill bo kvar i min lägenhet och slippa oron för räkningarna. Och jag vill börja gå "
            "till gymmet igen, det mådde jag bra av.”")
    section("Patientens delaktighet",
            "Jonas deltog under hela mötet. Han berättade att det är posten och räkningarna som stressar "
            "honom mest. Han vill inte ha hemtjänst men kan tänka sig boendestöd två gånger i veckan, "
            "helst samma person varje gång.")
    section("Samtycke", "Samtycke finns.")

    def deltagare(c):
        p = c.paragraphs[0]
        p.add_run("Organisationer som deltog:").bold = True
        for box, txt in [("☒", "Region Västmanland – psykiatri"),
                         ("☐", "Region Västmanland – primärvård"),
                         ("☒", "Sala kommun – socialtjänst, vuxenenheten"),
                         ("☒", "Sala kommun – socialpsykiatri/boendestöd"),
                         ("☐", "Försäkringskassan"),
                         ("☐", "Arbetsförmedlingen"),
                         ("☐", "God man/förvaltare"),
                         ("☐", "Annan: ………………")]:
            c.add_paragraph(f"{box} {txt}")
        q = c.add_paragraph()
        q.add_run("Namn och funktion:").bold = True
        for line in ["Jonas, patient",
                     "Erik, skötare och case manager, Vuxenpsykiatrin Sala",
                     "Amira, specialistläkare, Vuxenpsykiatrin Sala",
                     "Linnea, socialsekreterare, vuxenenheten Sala kommun",
                     "Peter, boendestödjare, socialpsykiatrin Sala kommun"]:
            c.add_paragraph(line)
    section("Deltagare", builder=deltagare)

    def insatser(c):
        p = c.paragraphs[0]
        p.add_run("Insats – ansvarig – när").bold = True
        for line in [
            "1. Boendestöd två gånger i veckan (tisdag och fredag) med fokus på post, räkningar och "
            "inköp – Peter, boendestödjare, socialpsykiatrin Sala kommun – start 2024-10-22.",
            "2. Kontakt med hyresvärden om rättelse och ansökan om ekonomiskt bistånd för hyresskulden "
            "– Linnea, socialsekreterare vuxenenheten – ansökan registreras senast 2024-10-25.",
            "3. Budget- och skuldrådgivning, genomgång av inkassokrav och betalningsplan – "
            "budget- och skuldrådgivare, Sala kommun – första besök 2024-11-05.",
            "4. Depåinjektion var tredje vecka och samtal med case manager – Erik, Vuxenpsykiatrin "
            "Sala – pågår, nästa injektion 2024-10-29.",
            "5. Läkemedelsgenomgång och bedömning av sömnen – Regionen.",
        ]:
            c.add_paragraph(line)
    section("Planerade insatser", builder=insatser)
    section("Övriga aktörer", "Försäkringskassan och Kronofogden är berörda i ärendet.")
    section("Huvudansvarig för planen",
            "Erik, skötare och case manager, Vuxenpsykiatrin Sala")
    section("Uppföljning",
            "Uppföljande SIP-möte 2025-01-21 kl. 13.00 på Vuxenpsykiatrin Sala. Erik skickar kallelse.")
    p = doc.add_paragraph("Planen är upprättad 2024-10-15 av Erik, Vuxenpsykiatrin Sala. "
                          "Kopia till Jonas och samtliga deltagare.")
    p.runs[0].font.size = Pt(8)
    save_docx(doc, path(1, "docx"))


# ============================================================ 02 journal print (fpdf2)
class JournalPDF(FPDF):
    system = "Treserva IFO – Journalutskrift"
    printed = "Utskriftsdatum: 2024-10-02 14:37   Utskriven av: Emma, socialsekreterare"

    def header(self):
        self.set_font("DejaVu", "B", 9)
        self.cell(120, 5, self.system, new_x="RIGHT", new_y="TOP")
        self.set_font("DejaVu", "", 8)
        self.cell(0, 5, f"Sida {self.page_no()} ({{nb}})", align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, self.printed, new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, "Fagersta kommun, Individ- och familjeomsorgen, Vuxenenheten",
                  new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(4)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.cell(0, 4, "Sekretess enligt 26 kap. 1 § OSL. Utskriften får inte lämnas ut utan prövning.",
                  align="C")


def plan02():
    pdf = JournalPDF(format="A4")
    pdf.set_creation_date(FIXED_DT)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_margins(18, 15, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 11)
    pdf.cell(0, 6, "Journal – Personakt", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    for lab, val in [("Klient:", "K., XXXXXX-XXXX"), ("Akt:", "Vuxen – missbruk/beroende"),
                     ("Urval:", "Journalanteckningar 2024-08-27 – 2024-10-01")]:
        pdf.cell(25, 5, lab)
        pdf.cell(0, 5, val, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    entries = [
        ("2024-08-27", "Kontakt från annan myndighet", "Emma, socialsekreterare",
         ["Telefonsamtal från kurator på Beroendemottagningen Fagersta. K. (19 år) har remitterats dit "
          "av Vårdcentralen Fagersta efter positivt drogtest (THC). Beroendemottagningen har påbörjat "
          "en bedömning och föreslår att en SIP upprättas eftersom K. också har behov av stöd från "
          "socialtjänsten. K. bor i egen lägenhet i Fagersta och har avbrutit gymnasiet (el-programmet) i "
          "årskurs 2.",
          "Socialsekreteraren tar kontakt med K. för att fråga om SIP."]),
        ("2024-09-03", "Telefonsamtal", "Emma, socialsekreterare",
         ["Samtal med K. Information om vad en SIP är och vilka som kan bjudas in.",
          "K. samtycker muntligt till att SIP kallas och att IFO Fagersta, Beroendemottagningen "
          "Fagersta och Vårdcentralen Fagersta får utbyta uppgifter om honom inför och under mötet. "
          "Samtycket gäller till och med 2025-03-01."]),
        ("2024-09-05", "Kallelse", "Emma, socialsekreterare",
         ["Kallelse till SIP-möte 2024-09-24 kl. 09.30 på socialkontoret skickad till K., "
          "Beroendemottagningen Fagersta, Vårdcentralen Fagersta och IFO Öppenvård Fagersta."]),
        ("2024-09-24", "SIP-möte", "Emma, socialsekreterare",
         ["SIP-möte hölls i syfte att samordna insatserna.",
          "Närvarande: K., Emma, Johan, Sara, Amir.",
          "K. deltog under hela mötet.",
          "Genomgång av nuläget: K. har enligt egen uppgift till Beroendemottagningen använt cannabis "
          "i stort sett dagligen sedan våren 2024. Han sover dåligt och har vänt på dygnet. Han har "
          "ingen sysselsättning sedan han avbröt gymnasiet och har inte varit inskriven på "
          "Arbetsmarknadsenheten. Beroendemottagningen har gjort en första bedömning och ser ett "
          "måttligt cannabisberoende. Vårdcentralen har inte träffat K. sedan provtagningen i augusti.",
          "Nätverkets mål är att K. ska bli drogfri och komma tillbaka till studier eller annan "
          "sysselsättning under våren 2025.",
          "Överenskommelse om insatser, se separat anteckning samma datum."]),
        ("2024-09-24", "Överenskommelse", "Emma, socialsekreterare",
         ["Följande överenskoms på SIP-mötet:",
          "– IFO Öppenvård Fagersta, Johan (behandlare): ACRA-samtal en gång i veckan, start vecka 40.",
          "– Beroendemottagningen Fagersta: urinprov två gånger i veckan samt återbesök hos läkare.",
          "– Vårdcentralen Fagersta, Sara (distriktssköterska): hälsokontroll och sömnbedömning, "
          "tid 2024-10-08 kl. 10.15.",
          "– IFO Vuxenenheten, Emma (socialsekreterare): utreda ansökan om bistånd i form av "
          "öppenvårdsbehandling, beslut senast 2024-10-04.",
          "Socialtjänsten ansvarar för att hålla ihop planen."]),
        ("2024-10-01", "Anteckning", "Emma, socialsekreterare",
         ["Beslut fattat om bistånd i form av öppenvårdsbehandling (ACRA) vid IFO Öppenvård Fagersta, "
          "se beslut i akten.",
          "Kopia av överenskommelsen från SIP-mötet 2024-09-24 skickad till K. per post samt till "
          "Beroendemottagningen Fagersta och Vårdcentralen Fagersta."]),
    ]
    for date, rubrik, sign, paras in entries:
        if pdf.get_y() > 235:
            pdf.add_page()
        pdf.set_fill_color(235, 235, 235)
        pdf.set_font("DejaVu", "B", 9.5)
        pdf.cell(0, 6, "Journalanteckning", border="TB", fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 9)
        pdf.cell(32, 5, "Händelsedatum:")
        pdf.cell(40, 5, date)
        pdf.cell(25, 5, "Signerad av:")
        pdf.cell(0, 5, sign, new_x="LMARGIN", new_y="NEXT")
        pdf.cell(32, 5, "Rubrik:")
        pdf.set_font("DejaVu", "B", 9)
        pdf.cell(0, 5, rubrik, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 9)
        pdf.ln(1)
        for para in paras:
            pdf.set_x(pdf.l_margin + 10)
            pdf.multi_cell(pdf.w - pdf.l_margin - pdf.r_margin - 10, 4.6, para, align="L",
                           new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.2)
        pdf.ln(3)
    pdf.output(path(2, "pdf"))


# ============================================================ 03 markdown, ADHD + unemployment
PLAN03 = """# Samordnad individuell plan (SIP)

**Person:** Mikael, 32 år
**Kommun:** Arboga
**Datum för planen:** 2025-01-28
**Upprättad av:** Arbetsmarknadsenheten, Arboga kommun

## Bakgrund

Mikael fick diagnosen ADHD (kombinerad form) hösten 2023 via Vuxenpsykiatrin Köping och har
sedan dess provat två olika läkemedel. Han har inte haft något arbete sedan 2018 och har
försörjt sig på ekonomiskt bistånd de senaste tre åren. Tidigare praktikplatser har avbrutits
när han inte kommit i tid eller tappat bort tider. Han bor ensam i lägenhet i Arboga centrum
och har kontakt med sin pappa. Syftet med planen är att Mikaels läkemedelsbehandling och
stödet med struktur i vardagen ska vara på plats innan han börjar i Arbetsförmedlingens
program, så att han den här gången kan klara en praktik hela vägen och på sikt få ett arbete.
Försäkringskassan och Arbetsförmedlingen har en stor del av insatserna, och planen ska se till
att deras insatser och kommunens och regionens insatser inte krockar.

Mikael har själv varit med och tagit fram planen.

## Personens egna ord

> "Jag vill ha ett riktigt jobb, gärna med händerna, lager eller verkstad. Jag är trött på att
> gå till soc varje månad."

> "Det som sabbar för mig är tiderna. Om någon hjälper mig komma igång på morgonen så fixar jag
> resten."

> "Jag vill inte börja på tre ställen samtidigt igen, det blev för mycket förra gången."

## Planerade åtgärder

| Åtgärd | Ansvarig | När |
|---|---|---|
| Justering av ADHD-läkemedel, utvärdering av effekt och biverkningar | Läkare, Vuxenpsykiatrin Köping (ADHD-teamet) | Läkarbesök 2025-02-05, därefter telefon 2025-03-05 |
| Uppföljning av blodtryck och puls under inställningen | Sjuksköterska, Vuxenpsykiatrin Köping | Varannan vecka fr.o.m. 2025-02-12 till 2025-03-26 |
| Träning i dagsstruktur: digital kalender, påminnelser, morgonrutin | Arbetsterapeut, Vuxenpsykiatrin Köping | 4 tillfällen, 2025-02-10 – 2025-03-10 |
| Väckningsstöd och stöd att komma iväg på morgonen de första veckorna i programmet | Boendestöd, socialpsykiatrin Arboga kommun | Mån–fre 07.15 fr.o.m. 2025-03-03 t.o.m. 2025-03-28 |
| Ekonomiskt bistånd under tiden fram till aktivitetsstöd; samordning av försörjningen | Socialsekreterare, försörjningsstöd Arboga kommun | Beslut för februari senast 2025-02-03 |
| Arbetsträning 50 % på Jobbcentrum (lager/verkstad) som del av programmet | Arbetsmarknadsenheten, Arboga kommun, handledare | Start 2025-03-03 |

## Övriga aktörer

- **Arbetsförmedlingen** (arbetsförmedlare, AF Köping–Arboga): anvisar Mikael till programmet
  *Förberedande insatser* med arbetsträning hos Arbetsmarknadsenheten. Anvisning beslutas senast
  2025-02-14. Arbetsförmedlingen ansvarar för aktivitetsrapporteringen och gör en
  arbetsförmågebedömning efter åtta veckor, 2025-04-25.
- **Försäkringskassan** (handläggare aktivitetsstöd): handlägger Mikaels ansökan om
  aktivitetsstöd när anvisningen är klar, beslut beräknat till 2025-02-28. Försäkringskassan
  deltar i avstämningen i april via Teams.
- **Mikael själv**: lägger in alla tider i kalendern i mobilen samma dag som han får dem och
  skickar in ansökan om aktivitetsstöd via Mina sidor senast 2025-02-21, med stöd av
  socialsekreteraren om han behöver.

## Samordningsansvar

Arbetsmarknadsenheten, Arboga kommun.

## Nästa avstämning

Vecka 15. Arbetsmarknadsenheten skickar kallelse till alla som har åtgärder i planen.
"""


def plan03():
    with open(path(3, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(PLAN03)


# ============================================================ 04 nurse short plan, cp1252 CRLF
PLAN04 = """SIP - kort plan
Pat: Göran, ÅÅMMDD-XXXX
Datum: 2025-03-04, möte på vc Kungsör
Skrivet av: ssk Vårdcentralen Kungsör

Syfte: samordning.

Närv: Åsa (dotter), Lena, Fatima, Mats
Pat deltog ej.

Frågeställningar: gå igenom läget.

* Bakgr: 61 år, ensamstående, hemma sedan 2025-02-20 efter stroke (VS avd 51).
  Nedsatt kraft hö arm, talsvårigheter, trött. DM typ 2, insulin. Sjukskr 100 %.
* Hemtj fortsätter som tidigare.
* BiH följer upp vid behov.
* dsk vc – fortsatt kontakt.
* Rehab: avvaktar.
* FK: sjukskrivning pågår, ev kontakt med FK längre fram.
* Dotter insatt i situationen.
* Samtycke finns.
* SIP-ansvar: vc
* Uppf om ca 3 mån.

/Lena ssk
"""


def plan04():
    data = PLAN04.replace("\n", "\r\n").encode("cp1252")
    with open(path(4, "txt"), "wb") as f:
        f.write(data)


# ============================================================ 05 dementia, action table
def plan05():
    doc = Document()
    base_font(doc, "Calibri", 11)
    fix_core(doc, "Hallstahammars kommun", "SIP Bengt")
    sec = doc.sections[0]
    margins(sec)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("Hallstahammars kommun · Vård- och omsorgsförvaltningen")
    r.font.small_caps = True
    r.font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.text = "SIP – samordnad individuell plan · Hallstahammars kommun och Region Västmanland"
    fp.runs[0].font.size = Pt(8)

    doc.add_heading("Samordnad individuell plan (SIP)", level=1)

    def label(lab, val):
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(2)
        p.add_run(lab + " ").bold = True
        p.add_run(val)

    label("Den enskilde:", "Bengt, ÅÅMMDD-XXXX")
    label("Datum för mötet:", "2025-01-21")
    label("Plats:", "Hemma hos Bengt och Inger, Hallstahammar")
    label("Närvarande:", "Bengt (början av mötet), Inger, Karin, Sofia, Helena och Anders.")

    def bold_head(txt):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.space_after = Pt(2)
        p.add_run(txt).bold = True

    bold_head("Bakgrund")
    doc.add_paragraph(
        "Bengt är 84 år och har Alzheimers sjukdom, diagnostiserad på Minnesmottagningen Västerås 2022. "
        "Han bor i villa i Hallstahammar tillsammans med sin hustru Inger, 81 år, som sköter det mesta av "
        "omvårdnaden. Under hösten har Bengt blivit mer orolig på kvällar och nätter, har gått ut ensam "
        "två gånger och har vid några tillfällen tagit sina tabletter dubbelt. Inger sover dåligt och "
        "säger att hon inte orkar mycket längre på det här sättet. Bengt har i dag trygghetslarm men "
        "ingen hemtjänst.")
    bold_head("Syfte med SIP")
    doc.add_paragraph(
        "Syftet är att Bengt ska kunna bo kvar hemma tillsammans med Inger, med ett säkert "
        "läkemedelsintag och en trygg natt, och att Inger får avlastning så att hon orkar fortsätta "
        "vara hans närmaste stöd.")
    bold_head("Samtycke")
    doc.add_paragraph(
        "Bengt gav muntligt samtycke till SIP och till att kommunen och vårdcentralen delar "
        "information med varandra vid hembesöket 2025-01-14, med Inger närvarande. Samtycket är "
        "antecknat i journalen.")
    bold_head("Bengts delaktighet")
    doc.add_paragraph(
        "Bengt var med under första halvtimmen av mötet, därefter blev han trött och gick och lade sig. "
        "Han uttryckte tydligt att han vill bo kvar hemma med Inger och att han inte vill flytta till "
        "något boende. Han tyckte att det kunde gå bra att åka till dagverksamheten om han fick åka "
        "samma dagar varje vecka.")
    bold_head("Mål")
    doc.add_paragraph(
        "Målet är att Bengt ska kunna bo kvar hemma så länge som möjligt och att Inger ska få sova "
        "ordentligt minst fem nätter i veckan.")

    # action table in a landscape section
    new = doc.add_section()
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = sec.page_height, sec.page_width
    margins(new, 2.0, 2.0, 2.0, 2.0)
    bold_head("Insatser")
    cols = ["Behov", "Insats", "Utförare", "Från och med", "Uppföljning sker"]
    rows = [
        ("Stöd med morgon- och kvällsrutiner (hygien, påklädning, kvällsmat)",
         "Hemtjänst två gånger dagligen, kl. 08–09 och 19–20",
         "Hemtjänst Hallstahammar västra",
         "2025-02-03",
         "Enhetschef hemtjänst ringer Inger efter fyra veckor och stämmer av att tiderna fungerar"),
        ("Säker läkemedelshantering",
         "Dosdispenserade läkemedel (dosrullar) och läkemedelsgenomgång hos läkare",
         "Vårdcentralen Hallstahammar, distriktsläkare och distriktssköterska",
         "",
         "Distriktssköterskan kontrollerar vid hembesök att dosrullarna används och att inga "
         "tabletter blir kvar"),
        ("Avlastning för Inger dagtid",
         "Dagverksamhet för personer med demenssjukdom, tisdagar och torsdagar kl. 9.30–15",
         "Dagverksamheten Solrosen, Hallstahammars kommun",
         "2025-02-11",
         "Biståndshandläggaren går igenom närvaro och Bengts och Ingers upplevelse vid nästa SIP-möte"),
        ("Trygghet nattetid, risk att gå ut ensam",
         "Bedömning och ev. beslut om GPS-larm och dörrlarm",
         "Biståndshandläggare, Hallstahammars kommun",
         "2025-01-28",
         "Inger meddelar handläggaren om larmen fungerar; larmloggen gås igenom efter sex veckor"),
        ("Oro och sömnstörning kvällstid",
         "BPSD-registrering och bemötandeplan, som hemtjänst och Inger använder",
         "Demenssjuksköterska, Hallstahammars kommun",
         "2025-02-10",
         "Ny BPSD-skattning efter åtta veckor, resultatet redovisas vid nästa SIP-möte"),
        ("Ingers egen ork",
         "Anhörigstöd: enskilda samtal och plats i samtalsgrupp för anhöriga till personer med demens",
         "Anhörigkonsulent, Hallstahammars kommun",
         "2025-02-05",
         "Anhörigkonsulenten frågar Inger om hennes sömn och ork vid varje samtal"),
        ("Ekonomi och praktiska ärenden",
         "Inger ansöker om bostadstillägg hos Pensionsmyndigheten och ordnar framtidsfullmakt "
         "med hjälp av familjens jurist",
         "Inger (hustru)",
         "2025-02-01",
         "Inger berättar vid nästa SIP-möte hur långt ansökningarna har kommit"),
    ]
    tb = doc.add_table(rows=1, cols=len(cols))
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, c in enumerate(cols):
        cell_text(tb.rows[0].cells[i], c, bold=True, size=10)
        shade(tb.rows[0].cells[i], "DCE6F1")
    set_repeat_header(tb.rows[0])
    for row in rows:
        rc = tb.add_row().cells
        for i, v in enumerate(row):
            cell_text(rc[i], v, size=10)
    widths = [Cm(4.5), Cm(6.0), Cm(4.8), Cm(2.6), Cm(7.5)]
    for row in tb.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w

    sec3 = doc.add_section()
    sec3.orientation = WD_ORIENT.PORTRAIT
    sec3.page_width, sec3.page_height = new.page_height, new.page_width
    margins(sec3)
    bold_head("Huvudansvarig för planen")
    doc.add_paragraph("Karin, biståndshandläggare, Hallstahammars kommun.")
    bold_head("Nästa SIP-möte")
    doc.add_paragraph("2025-04-08 kl. 10.00 hemma hos Bengt och Inger. Karin skickar kallelse.")
    p = doc.add_paragraph("Planen skickas till Inger och till samtliga utförare.")
    p.runs[0].italic = True
    save_docx(doc, path(5, "docx"))


# ============================================================ 06 school plan HTML -> PDF
PLAN06_HTML = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8">
<title>Elevhälsoplan/SIP – Elsa</title>
<style>
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10.5pt; }
h1 { font-size: 15pt; margin-bottom: 2pt; }
h2 { font-size: 12pt; margin-top: 12pt; margin-bottom: 3pt; color: #1f4e79; }
table.plan { border-collapse: collapse; width: 100%; }
table.plan th, table.plan td { border: 1px solid #444; padding: 4px; vertical-align: top; }
table.plan th { background: #d9e2f3; text-align: left; }
td.box { border: 2px solid #1f4e79; padding: 8px; background: #f3f7fb; }
p.small { font-size: 8.5pt; color: #555; }
</style></head>
<body>
<p class="small">Västerås stad · Grundskola · Rönnbyskolan · Elevhälsan</p>
<h1>Elevhälsoplan med SIP – samordnad plan för skola och BUP</h1>
<p><b>Elev:</b> Elsa, åk 5 &nbsp;&nbsp; <b>Personnummer:</b> ÅÅMMDD-XXXX &nbsp;&nbsp; <b>Mötesdatum:</b> 2024-10-22</p>
<p><b>Närvarande:</b> Elsa (första delen av mötet), mamma, pappa, mentor, kurator, specialpedagog, rektor och psykolog.</p>

<h2>Bakgrund</h2>
<p>Elsa har sedan vårterminen i åk 4 haft ökande frånvaro. Under september 2024 var hon i skolan
knappt hälften av dagarna och oftast bara några timmar. Hon får ont i magen på morgnarna och har
svårt att somna på kvällarna. Sedan 2024-09-16 har hon kontakt med BUP Västerås, där man bedömer
att hon har separationsångest och social ångest. Föräldrarna beskriver att morgnarna är mycket
svåra och att Elsa vill att någon av dem stannar kvar på skolgården.</p>

<h2>Syfte</h2>
<p>Syftet med planen är att skolans anpassningar och BUP:s behandling ska gå åt samma håll, så
att Elsa stegvis kan komma tillbaka till hela skoldagar i sin klass under höstterminen och
vårterminen.</p>

<h2>Frågor inför mötet</h2>
<ul>
<li>Hur ska skolan göra när Elsa inte vill gå in – ska föräldern lämna eller stanna?</li>
<li>Kan BUP:s exponeringsövningar göras i skolan tillsammans med kuratorn?</li>
<li>Behöver Elsa undervisning i mindre grupp under en period?</li>
</ul>

<h2>Barnets röst</h2>
<table width="100%" border="2" bordercolor="#1f4e79" cellpadding="8" cellspacing="0"><tr><td bgcolor="#f3f7fb">
<p>Det här sa Elsa när hon träffade kuratorn inför mötet och i början av mötet:</p>
<p><i>”Jag vill kunna vara i klassrummet utan att få ont i magen.”</i></p>
<p><i>”Det är värst när alla tittar när jag kommer sent. Jag vill komma in innan de andra.”</i></p>
<p><i>”Jag vill att Jonna möter mig, inte vem som helst.”</i></p>
<p><i>”På rasterna vill jag vara med Alva.”</i></p>
</td></tr></table>

<h2>Vad vi kommer överens om</h2>
<table width="100%" border="1" cellpadding="4" cellspacing="0">
<thead><tr><th bgcolor="#d9e2f3" align="left" width="22%">Mål</th><th bgcolor="#d9e2f3" align="left" width="38%">Vad gör vi</th><th bgcolor="#d9e2f3" align="left" width="22%">Vem</th><th bgcolor="#d9e2f3" align="left" width="18%">När</th></tr></thead>
<tbody>
<tr><td>Elsa är i skolan varje förmiddag</td>
<td>Anpassat schema med start 8.15, före klasskamraterna. Elsa möts vid entrén av samma vuxen.</td>
<td>Mentor Jonna, Rönnbyskolan</td><td>Fr.o.m. 2024-10-28</td></tr>
<tr><td>Mindre ångest inför skolan</td>
<td>KBT med exponering för skolsituationer, 10–12 sessioner</td>
<td>Psykolog, BUP Västerås</td><td>Start vecka 45</td></tr>
<tr><td>Trygghet under skoldagen</td>
<td>Samtal en gång i veckan och en ”trygg plats” (kuratorns rum) Elsa kan gå till</td>
<td>Kurator, Rönnbyskolan</td><td>Tisdagar fr.o.m. 2024-10-29</td></tr>
<tr><td>Elsa klarar undervisningen</td>
<td>Pedagogisk kartläggning och förslag på anpassningar i matte och svenska</td>
<td>Specialpedagog, Rönnbyskolan</td><td>Klar senast 2024-11-29</td></tr>
<tr><td>Bättre sömn</td>
<td>Bedömning av sömnen och eventuellt sömnläkemedel</td>
<td>Regionen</td><td></td></tr>
</tbody></table>

<h2>Övrigt</h2>
<p>Vårdnadshavarna har kontakt med Försäkringskassan.</p>

<h2>Uppföljning</h2>
<p>Vi träffas igen <b>2024-12-10 kl. 14.00</b> i konferensrummet på Rönnbyskolan.</p>
</body></html>
"""


def plan06():
    tmpdir = os.path.join(HERE, "build")
    os.makedirs(tmpdir, exist_ok=True)
    src = os.path.join(tmpdir, f"{PREFIX}-06.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(PLAN06_HTML)
    lo_convert(src, OUT, infilter="HTML (StarWriter)")


# ============================================================ 07 empty template with content controls
PLACEHOLDER = "Klicka eller tryck här för att ange text."
_sdt_id = [100200300]


def add_cc(paragraph, tag):
    """Append an inline plain-text content control showing its placeholder."""
    _sdt_id[0] += 1
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    alias = OxmlElement("w:alias")
    alias.set(qn("w:val"), tag)
    pr.append(alias)
    t = OxmlElement("w:tag")
    t.set(qn("w:val"), tag)
    pr.append(t)
    idel = OxmlElement("w:id")
    idel.set(qn("w:val"), str(_sdt_id[0]))
    pr.append(idel)
    pr.append(OxmlElement("w:showingPlcHdr"))
    pr.append(OxmlElement("w:text"))
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    col = OxmlElement("w:color")
    col.set(qn("w:val"), "808080")
    rpr.append(col)
    r.append(rpr)
    tx = OxmlElement("w:t")
    tx.text = PLACEHOLDER
    r.append(tx)
    content.append(r)
    sdt.append(content)
    paragraph._p.append(sdt)


def plan07():
    doc = Document()
    base_font(doc, "Calibri", 11)
    fix_core(doc, "Köpings kommun", "Mall SIP")
    sec = doc.sections[0]
    margins(sec)
    hp = sec.header.paragraphs[0]
    hp.text = "SAMORDNAD INDIVIDUELL PLAN – SIP"
    hp.runs[0].font.size = Pt(9)
    hp.runs[0].bold = True
    ft = sec.footer
    f1 = ft.paragraphs[0]
    f1.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = f1.add_run("Köpings kommun · Socialförvaltningen  |  Region Västmanland · Hälso- och sjukvårdsförvaltningen")
    r.font.size = Pt(8)
    f2 = ft.add_paragraph()
    f2.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = f2.add_run("Blankett SIP 2024:1 · Gemensam rutin för samordnad individuell plan i Västmanlands län · "
                   "Sekretess enligt OSL")
    r.font.size = Pt(7)

    doc.add_heading("Samordnad individuell plan (SIP)", level=0)
    intro = doc.add_paragraph("Planen upprättas enligt SoL 2 kap. 7 § och HSL 16 kap. 4 §. "
                              "Fyll i samtliga fält. Planen skickas till den enskilde och alla deltagare.")
    intro.runs[0].italic = True
    intro.runs[0].font.size = Pt(9)

    def field(lab, tag):
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(3)
        p.add_run(lab + " ").bold = True
        add_cc(p, tag)

    doc.add_heading("1. Uppgifter om den enskilde", level=2)
    field("Namn:", "namn")
    field("Personnummer:", "personnummer")
    field("Vårdnadshavare/god man/närstående:", "narstaende")
    doc.add_heading("2. Mötesuppgifter", level=2)
    field("Datum för mötet:", "motesdatum")
    field("Plats:", "plats")
    field("Sammankallande:", "sammankallande")
    doc.add_heading("3. Syfte med SIP", level=2)
    add_cc(doc.add_paragraph(), "syfte")
    doc.add_heading("4. Frågeställningar inför mötet", level=2)
    add_cc(doc.add_paragraph(), "fragestallningar")
    doc.add_heading("5. Den enskildes mål (med egna ord)", level=2)
    add_cc(doc.add_paragraph(), "mal")
    doc.add_heading("6. Den enskildes delaktighet och synpunkter", level=2)
    add_cc(doc.add_paragraph(), "delaktighet")
    doc.add_heading("7. Samtycke", level=2)
    p = doc.add_paragraph("☐ Muntligt   ☐ Skriftligt   Datum: ")
    add_cc(p, "samtycke_datum")
    doc.add_heading("8. Deltagare (namn, funktion, verksamhet)", level=2)
    dt = doc.add_table(rows=1, cols=3)
    dt.style = "Table Grid"
    for i, c in enumerate(["Namn", "Funktion", "Verksamhet/organisation"]):
        cell_text(dt.rows[0].cells[i], c, bold=True, size=10)
        shade(dt.rows[0].cells[i], "E7E6E6")
    set_repeat_header(dt.rows[0])
    for k in range(4):
        rc = dt.add_row().cells
        for i, tag in enumerate(["delt_namn", "delt_funktion", "delt_verksamhet"]):
            add_cc(rc[i].paragraphs[0], f"{tag}_{k + 1}")
    doc.add_heading("9. Insatser", level=2)
    it = doc.add_table(rows=1, cols=4)
    it.style = "Table Grid"
    for i, c in enumerate(["Insats/åtgärd", "Ansvarig verksamhet och funktion", "Start", "Uppföljning"]):
        cell_text(it.rows[0].cells[i], c, bold=True, size=10)
        shade(it.rows[0].cells[i], "E7E6E6")
    set_repeat_header(it.rows[0])
    for k in range(4):
        rc = it.add_row().cells
        for i, tag in enumerate(["insats", "ansvarig", "start", "uppfoljning"]):
            add_cc(rc[i].paragraphs[0], f"{tag}_{k + 1}")
    doc.add_heading("10. Andra aktörers insatser (t.ex. Försäkringskassan, Arbetsförmedlingen, god man, närstående)",
                    level=2)
    add_cc(doc.add_paragraph(), "andra_aktorer")
    doc.add_heading("11. Huvudansvar för planen", level=2)
    field("Namn och funktion:", "huvudansvar_namn")
    field("Verksamhet:", "huvudansvar_verksamhet")
    doc.add_heading("12. Uppföljning", level=2)
    field("Datum för uppföljning:", "uppfoljning_datum")
    field("Plats:", "uppfoljning_plats")
    doc.add_heading("13. Underskrift", level=2)
    field("Planen upprättad av:", "upprattad_av")
    save_docx(doc, path(7, "docx"))


# ============================================================ 08 follow-up, checkbox list
PLAN08 = """UPPFÖLJNING AV SIP
================================================================

Person:        S., ÅÅMMDD-XXXX
Datum:         2025-02-11, kl. 13.00-14.30
Plats:         Socialkontoret, Surahammar
Tidigare SIP:  2024-09-17

SYFTE
Uppföljning av SIP.

FRÅGOR INFÖR MÖTET
- Behöver boendestödet utökas nu när S. har börjat på daglig
  verksamhet och är mycket trött på kvällarna?
- Ska S. fortsätta vänta på KBT-gruppen på psykiatrin eller
  finns det något annat som kan erbjudas under tiden?

DELTAGARE
S.
Maja, LSS-handläggare, Surahammars kommun
Tobias, boendestödjare, Boendestöd/socialpsykiatri Surahammars kommun
Elin, arbetsledare, Daglig verksamhet Surahammar (LSS)
Nadia, sjuksköterska, Vuxenpsykiatrin Köping
Ronja, psykolog, Vuxenpsykiatrin Köping

SAMTYCKE
S. bekräftade muntligt vid mötet 2025-02-11 att det skriftliga
samtycket från 2024-09-17 om informationsutbyte mellan kommunen
och Vuxenpsykiatrin Köping fortfarande gäller.

S. SJÄLV
S. var med under hela mötet. Hon tycker att daglig verksamhet
fungerar bra, särskilt dagarna i kaféet, men att hon är helt slut
när hon kommer hem och då inte orkar laga mat eller plocka undan.
Hon tycker att det har varit jobbigt att inte veta när KBT-gruppen
startar. Hon tycker att det fungerar bäst när det är Tobias som
kommer.

MÅL
Se tidigare plan.

TIDIGARE ÅTGÄRDER (från SIP 2024-09-17)
[x] Daglig verksamhet 3 dagar/vecka enligt LSS, start 2024-10-01
    - Daglig verksamhet Surahammar. Pågår.
[x] Läkemedelsjustering (antidepressiva) - läkare Vuxenpsykiatrin
    Köping. Klar, ny dos sedan november.
[x] Beslut om boendestöd 2 ggr/vecka - LSS-handläggare. Beviljat
    2024-10-08.
[ ] KBT-grupp för vuxna med autism - Vuxenpsykiatrin Köping.
    Ej påbörjad, gruppen har inte startat (väntelista).
[ ] Tandläkarbesök med stöd av boendestödet - ej gjort, S. har
    inte velat. Utgår tills vidare.

NYA ÅTGÄRDER
1. Boendestödet utökas från 2 till 3 tillfällen/vecka (mån, ons,
   fre kl. 17-18), fokus på matlagning och att planera veckan.
   Ansvar: Tobias, Boendestöd Surahammars kommun, efter beslut av
   Maja, LSS-handläggare. Fr.o.m. 2025-02-17.
2. Individuell KBT med inriktning på stress och återhämtning i
   väntan på gruppen.
   Ansvar: Ronja, psykolog, Vuxenpsykiatrin Köping.

HUVUDANSVAR FÖR PLANEN
Maja, LSS-handläggare, Surahammars kommun

UPPFÖLJNING
Ny SIP om behov uppstår.

Antecknat av: Maja, LSS-handläggare
"""


def plan08():
    with open(path(8, "txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(PLAN08)


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
    plan07()
    plan08()
    shutil.rmtree(os.path.join(HERE, "build"), ignore_errors=True)
    print("\n".join(sorted(os.listdir(OUT))))


if __name__ == "__main__":
    main()
