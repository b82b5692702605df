#!/usr/bin/env python
"""Generate batch fresh-79a (prefix f79a-): seven SIP plans and one non-plan,
region Skåne and Blekinge. Run with /work/batches/.venv/bin/python.
Deterministic: fixed dates, fixed document metadata, zip entries normalised."""

import datetime
import os
import shutil
import subprocess
import zipfile
from copy import deepcopy

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
TMP = os.path.join(HERE, "_build")
LO_PROFILE = "file:///tmp/lo-f79a"
FIXED = datetime.datetime(2025, 4, 8, 9, 0, 0)
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
DEJAVU_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


# ---------------------------------------------------------------- helpers
def fix_meta(doc, title, author):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


def normalise_zip(path):
    """Rewrite a .docx with fixed zip timestamps so reruns give identical bytes."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 4, 8, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    os.replace(tmp, path)


def save_docx(doc, path):
    doc.save(path)
    normalise_zip(path)


def to_pdf(src, outdir):
    subprocess.run(
        ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
         "--convert-to", "pdf", "--outdir", outdir, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


def set_cell_shading(cell, fill):
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


def para_shading(p, fill):
    pPr = p._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    pPr.append(shd)


def para_border(p, color="7F7F7F", sz="6", space="4"):
    pPr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), sz)
        el.set(qn("w:space"), space)
        el.set(qn("w:color"), color)
        bdr.append(el)
    # pBdr must come before shd/spacing/ind in schema order: insert early
    pPr.insert(0, bdr)


# ================================================================ 01
def plan01(path):
    """Landscape docx: the whole plan is one four-column table."""
    doc = Document()
    fix_meta(doc, "SIP Samir 2025-03-18", "Amir")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin"):
        setattr(sec, m, Cm(1.8))
    sec.top_margin = Cm(1.6)
    sec.bottom_margin = Cm(1.5)
    hp = sec.header.paragraphs[0]
    hp.text = "Malmö stad och Region Skåne – Samordnad individuell plan (SIP)"
    hp.runs[0].font.size = Pt(8)
    hp.runs[0].font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    fp = sec.footer.paragraphs[0]
    fp.text = "Planen förvaras i journal hos Psykosmottagningen Malmö och i akt hos IFO Malmö. Kopia till Samir."
    fp.runs[0].font.size = Pt(8)

    t = doc.add_paragraph()
    r = t.add_run("Samordnad individuell plan – Samir, 34 år")
    r.bold = True
    r.font.size = Pt(15)
    doc.add_paragraph("Personnummer: ÅÅMMDD-XXXX   •   Möte 2025-03-18 kl. 09.30–11.00, "
                      "Psykosmottagningen Malmö (Vuxenpsykiatri, Region Skåne)")

    rows = [
        ("Bakgrund",
         "Samir har diagnosen schizofreni sedan 2016 och bor ensam i hyreslägenhet i Malmö. "
         "Han vårdades inneliggande på Vuxenpsykiatrins avdelning i Malmö 2025-01-09 – 2025-02-03 "
         "efter att ha slutat med sin medicin under hösten. Under hösten har hyran inte betalats "
         "för tre månader och hyresvärden har skickat en uppsägning. Samir har även skulder hos "
         "Kronofogden (sms-lån och obetalda räkningar) på ca 85 000 kr. Han har aktivitetsersättning.",
         "", ""),
        ("Syfte",
         "Syftet med planen är att samordna den psykiatriska vården efter Samirs inläggning med "
         "boendestödet och hjälpen med ekonomin, så att Samir kan bo kvar i sin lägenhet och inte "
         "blir vräkt på grund av hyresskulden.",
         "", ""),
        ("Frågeställningar", "", "", ""),
        ("Mål",
         "Målet är att Samir ska ha en stabil boendesituation, ta sin medicin regelbundet och få "
         "ordning på sin ekonomi under 2025.",
         "", ""),
        ("Samirs egen syn",
         "Samir deltog under hela mötet. Han sa att han vill fortsätta ha Petra som boendestödjare "
         "och att han inte vill bli inlagd igen. Han vill ha hjälp att öppna breven från "
         "Kronofogden och hyresvärden tillsammans med någon, eftersom han blir orolig och lägger "
         "dem åt sidan. Han vill helst träffa alla på mottagningen och inte hemma.",
         "", ""),
        ("Samtycke", "Samtycke finns.", "", ""),
        ("Insats 1",
         "Läkemedelsbehandling med depåinjektion var fjärde vecka samt läkarbesök för "
         "utvärdering av behandlingen.",
         "Psykosmottagningen Malmö, sjuksköterska (Amir) och läkare",
         "Nästa injektion 2025-03-27, läkarbesök 2025-04-15"),
        ("Insats 2",
         "Boendestöd två gånger i veckan (tisdag och fredag): struktur i vardagen, gå igenom posten "
         "tillsammans, inköp och städning.",
         "Boendestöd Öster, Malmö stad (Petra, boendestödjare)",
         "Från 2025-03-25"),
        ("Insats 3",
         "Utredning av ansökan om ekonomiskt bistånd till hyresskulden (tre månadshyror) och kontakt "
         "med hyresvärden om att dra tillbaka uppsägningen.",
         "IFO Malmö, Ekonomiskt bistånd (Johanna, socialsekreterare)",
         "Beslut senast 2025-04-04"),
        ("Insats 4",
         "Budget- och skuldrådgivning: genomgång av alla skulder, upprätta en budget och se över "
         "möjligheten att ansöka om skuldsanering.",
         "Budget- och skuldrådgivningen, Malmö stad",
         ""),
        ("Insats 5",
         "Somatisk hälsokontroll p.g.a. medicineringen: vikt, blodtryck, blodfetter och blodsocker.",
         "Vårdcentralen Lindängen, distriktssköterska (Ulla)",
         "2025-05-06"),
        ("Andra aktörer",
         "Försäkringskassan och god man är informerade om att SIP har upprättats.",
         "", ""),
        ("Huvudansvar",
         "Amir, sjuksköterska och samordnare, Psykosmottagningen Malmö, har huvudansvaret för planen "
         "och kallar till uppföljning.",
         "Amir", ""),
        ("Uppföljning",
         "Planen följs upp på ett nytt SIP-möte på Psykosmottagningen. Amir skickar kallelse.",
         "Amir", "September 2025"),
        ("Deltagare",
         "Samir\n"
         "Amir, sjuksköterska/samordnare, Psykosmottagningen Malmö, Region Skåne\n"
         "Johanna, socialsekreterare, IFO Ekonomiskt bistånd, Malmö stad\n"
         "Petra, boendestödjare, Boendestöd Öster, Malmö stad\n"
         "Hussein, budget- och skuldrådgivare, Malmö stad\n"
         "Ulla, distriktssköterska, Vårdcentralen Lindängen, Region Skåne",
         "", ""),
    ]
    table = doc.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    widths = [Cm(3.9), Cm(13.7), Cm(5.4), Cm(3.1)]
    table.autofit = False
    for i, w in enumerate(widths):
        table.columns[i].width = w
    hdr = table.rows[0]
    for i, txt in enumerate(["Del", "Vad vi kom fram till", "Vem", "Klart när"]):
        c = hdr.cells[i]
        c.text = ""
        run = c.paragraphs[0].add_run(txt)
        run.bold = True
        run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        set_cell_shading(c, "1F4E79")
        c.width = widths[i]
    repeat_header(hdr)
    for label, what, who, when in rows:
        if label == "Insats 1":
            # merged group row
            gr = table.add_row()
            merged = gr.cells[0].merge(gr.cells[3])
            merged.text = ""
            rr = merged.paragraphs[0].add_run("Insatser – vem gör vad och när")
            rr.bold = True
            set_cell_shading(merged, "D9E2F3")
        row = table.add_row()
        vals = [label, what, who, when]
        for i, v in enumerate(vals):
            c = row.cells[i]
            c.width = widths[i]
            lines = v.split("\n") if v else [""]
            c.text = lines[0]
            for extra in lines[1:]:
                c.add_paragraph(extra)
        row.cells[0].paragraphs[0].runs[0].bold = True
    doc.add_paragraph()
    doc.add_paragraph("Planen upprättad 2025-03-18. Samir har fått en kopia av planen vid mötet.")
    save_docx(doc, path)


# ================================================================ 02
class RecordPDF(FPDF):
    system = "Mina planer – Region Skåne / Lunds kommun"
    printed = "Utskrivet 2025-02-20 08:14"

    def header(self):
        self.set_font("DejaVu", "B", 8)
        self.set_text_color(60, 60, 60)
        self.cell(95, 5, self.system, new_x="RIGHT", new_y="TOP")
        self.set_font("DejaVu", "", 8)
        self.cell(0, 5, f"{self.printed}   Sida {self.page_no()} ({{nb}})", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, "SIP – Samordnad individuell plan   |   Bengt, ÅÅMMDD-XXXX", 
                  new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(120, 120, 120)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.set_y(self.get_y() + 5)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "Utskrift ur journal – hanteras enligt sekretesslagstiftningen (OSL).",
                  align="C")


def plan02(path):
    """fpdf2: record print in two newspaper-like columns, bold capital labels, indented values."""
    pdf = RecordPDF(format="A4")
    pdf.set_creation_date(datetime.datetime(2025, 2, 20, 8, 14, tzinfo=datetime.timezone.utc))
    pdf.set_title("SIP Bengt")
    pdf.set_author("Lena")
    pdf.add_font("DejaVu", "", DEJAVU)
    pdf.add_font("DejaVu", "B", DEJAVU_B)
    pdf.set_margins(15, 15, 15)
    pdf.set_auto_page_break(True, 16)
    pdf.add_page()

    fields = [
        ("PLANENS STATUS", ["Aktiv – fastställd 2025-02-19"]),
        ("PERSON", ["Bengt, 84 år", "Personnummer: ÅÅMMDD-XXXX", "Folkbokförd i Lunds kommun"]),
        ("MÖTESDATUM", ["2025-02-19 kl. 13.30"]),
        ("MÖTESPLATS", ["Samtalsrummet, Ortopedavdelning 2, Skånes universitetssjukhus Lund"]),
        ("DELTAGARE", [
            "Bengt (patient)",
            "Maria, sjuksköterska, Ortopedavdelning 2, SUS Lund",
            "Erik, fysioterapeut, Ortopedavdelning 2, SUS Lund",
            "Lena, biståndshandläggare, Vård- och omsorgsförvaltningen, Lunds kommun",
            "Sofia, arbetsterapeut, Kommunal hälso- och sjukvård, Lunds kommun",
            "Johan, distriktssköterska, Vårdcentralen Södertull, Region Skåne"]),
        ("BAKGRUND", [
            "Bengt föll i sitt kök 2025-02-08 och fick en höftfraktur på vänster sida. Han opererades "
            "samma kväll med en halvprotes och har sedan vårdats på ortopedavdelning 2. Före fallet "
            "klarade Bengt sig helt själv i lägenheten, som ligger på tredje våningen i ett hus med "
            "hiss. Han lagade enklare mat, handlade och skötte sin ekonomi. Han har diabetes typ 2 "
            "som behandlas med tabletter, högt blodtryck och nedsatt syn på höger öga.",
            "Under vårdtiden har Bengt haft perioder av förvirring de första nätterna efter "
            "operationen, vilket nu har gått över. Han går med rollator inomhus och behöver "
            "tillsyn i trappor. Han behöver hjälp med strumpor och skor och vid dusch."]),
        ("AKTUELLT HÄLSOTILLSTÅND", [
            "Sårläkningen går som förväntat, suturer sitter kvar. Smärtan är under kontroll med "
            "paracetamol och vid behov oxikodon. Han får Fragmin (blodförtunnande) i injektion "
            "fyra veckor efter operationen, till och med 2025-03-08. Blodsockret har varit stabilt. "
            "Aptiten är nedsatt, vikt 64 kg (tidigare 69 kg)."]),
        ("FUNKTIONSFÖRMÅGA", [
            "Förflyttning: går med rollator, självständig i säng och stol med förhöjning.",
            "Personlig vård: behöver hjälp med nedre delen av kroppen, strumpor och dusch.",
            "Måltider: kan värma färdiglagad mat, behöver hjälp med inköp.",
            "Läkemedel: tabletter i dosett, injektioner se insatser."]),
        ("SYFTE", ["Samordning inför hemgång."]),
        ("FRÅGESTÄLLNINGAR", []),
        ("PERSONENS MÅL", []),
        ("DELAKTIGHET", ["Bengt deltog vid mötet på avdelningen."]),
        ("INSATSER", [
            "1. Hemtjänst morgon och kväll: hjälp med personlig hygien, på- och avklädning, "
            "samt inköp en gång i veckan och matdistribution fem dagar i veckan.",
            "Ansvarig: Hemtjänst Lund Öster, enhetschef verkställer beslutet.",
            "Tid: Start 2025-02-24 (planerad hemgångsdag).",
            "2. Trygghetslarm installeras i lägenheten.",
            "Ansvarig: Trygghetslarmet, Lunds kommun.",
            "Tid: Installerat senast 2025-02-24.",
            "3. Hembesök för bedömning av hjälpmedel (toalettförhöjning, duschpall, strumppådragare, "
            "rollator till lägenheten) och genomgång av fallrisker i hemmet.",
            "Ansvarig: Sofia, arbetsterapeut, Kommunal hälso- och sjukvård Lund.",
            "Tid: 2025-02-25.",
            "4. Rehabilitering i hemmet: gångträning och styrketräning två gånger i veckan "
            "under sex veckor, träning i trappa.",
            "Ansvarig: Fysioterapeut, Kommunal rehabilitering Lund Öster.",
            "Tid: Start 2025-02-27, pågår t.o.m. 2025-04-10.",
            "5. Fragmininjektioner dagligen t.o.m. 2025-03-08.",
            "Ansvarig: Hemsjukvården Lund Öster, sjuksköterska.",
            "Tid: 2025-02-24 – 2025-03-08.",
            "6. Suturtagning och sårkontroll.",
            "Ansvarig: Johan, distriktssköterska, Vårdcentralen Södertull.",
            "Tid: 2025-03-05.",
            "7. Läkemedelsgenomgång inklusive smärtlindring och diabetesbehandling efter "
            "viktnedgången.",
            "Ansvarig: Läkare, Vårdcentralen Södertull.",
            "Tid: 2025-03-17.",
            "8. Utskrivningsinformation och läkemedelslista skickas till hemsjukvård och "
            "vårdcentral.",
            "Ansvarig: Maria, sjuksköterska, Ortopedavdelning 2, SUS Lund.",
            "Tid: Vid utskrivning 2025-02-24.",
            "9. Röntgen och återbesök för kontroll av protesen.",
            "Ansvarig: Ortopedmottagningen, SUS Lund.",
            "Tid: 2025-04-02."]),
        ("HJÄLPMEDEL VID HEMGÅNG", [
            "Rollator (utlånad från avdelningen tills kommunens rollator levererats), "
            "griptång, toalettförhöjning."]),
        ("HUVUDANSVARIG FÖR PLANEN", ["Biståndshandläggaren"]),
        ("LÄKEMEDEL VID UTSKRIVNING", [
            "Metformin 500 mg 1x2",
            "Amlodipin 5 mg 1x1",
            "Paracetamol 1 g 1x4",
            "Oxikodon 5 mg vid behov, högst 3 ggr/dygn",
            "Fragmin 5000 E 1x1 s.c. t.o.m. 2025-03-08",
            "Laxoberal droppar vid behov",
            "Läkemedelslistan är kontrollerad av Maria, sjuksköterska, 2025-02-19."]),
        ("KOMMUNIKATION", [
            "Svenska. Hör sämre på vänster öra – tala tydligt och vänd ansiktet mot Bengt. "
            "Läser med förstoringsglas; skriftlig information skrivs i stor stil."]),
        ("HÄNDELSELOGG", [
            "2025-02-14 10:21  Kallelse till SIP-möte skickad (Lena)",
            "2025-02-14 10:25  Kallelse kvitterad av Ortopedavdelning 2, SUS Lund",
            "2025-02-17 08:40  Kallelse kvitterad av Vårdcentralen Södertull",
            "2025-02-19 14:55  Plan upprättad (Lena)",
            "2025-02-19 15:02  Insatser 1–9 registrerade",
            "2025-02-20 08:02  Plan signerad (Lena)",
            "2025-02-20 08:14  Utskrift (Lena)"]),
        ("UPPRÄTTAD AV", ["Lena, biståndshandläggare, 2025-02-19"]),
        ("SIGNERAD", ["Lena, 2025-02-20 08:02"]),
    ]

    with pdf.text_columns(ncols=2, gutter=8, text_align="LEFT", line_height=1.25) as cols:
        for label, values in fields:
            pdf.set_font("DejaVu", "B", 8.5)
            with cols.paragraph(top_margin=2.6, bottom_margin=0.6) as par:
                par.write(label + ":")
            pdf.set_font("DejaVu", "", 8.5)
            if not values:
                with cols.paragraph(indent=5, bottom_margin=0.6) as par:
                    par.write(" ")
            for v in values:
                with cols.paragraph(indent=5, bottom_margin=0.8) as par:
                    par.write(v)
    pdf.output(path)


# ================================================================ 03
def plan03(path):
    text = """sip ystad – N. (12 år) – teams 2025-09-09 kl 13.00-14.15
anteckn: fatima – skickar runt till alla, säg till om ngt blev fel!!

delt: mamma, pappa, N. (första 20 min), lotta, jonas, fatima, eva, mikael
(mikael fick inte igång ljudet -> ringde in via tel)

syfte: SIP, gemensam bild

bakgr (kort):
- N. har knappt varit i skolan sen skolstart v. 34, ca 6 hela dagar totalt
- ont i magen på morgnarna, gråter, låser in sig i badrummet
- aktuell på bup ystad sen maj (bedömning klar, ångestsyndrom), ingen behandling startad
- vt 2025 frånvaro ca 40 %
- ifo har fått orosanmälan från skolan i aug, förhandsbed -> utredning inleddes 2/9

frågor vi hade inför mötet:
- hur får vi N. tillbaka till skolan, i vilken takt?
- vem erbjuder behandl för ångesten – bup eller första linjen?
- behövs stöd hemma på morgnarna? mamma o pappa orkar inte bråka varje morgon
- ska skolan utreda särskilt stöd / åtgärdsprogram?

N. själv (var med i början):
- vill INTE ha möten på skolan, vill inte att klasskompisar ser henne gå in till kurator
- kan tänka sig att börja m 1-2 lektioner/dag om hon får gå in via elevhälsans ingång
- gillar bild o idrott -> börja där?
- sa att hon "inte orkar" berätta allt igen för en ny person
- N. loggade ut efter ca 20 min, ok för alla, mamma pratar m henne ikväll om resten

mål: att N. ska vara i skolan minst 3 dgr/v före jullovet och att ångesten ska minska

insatser / vem gör vad:
1. anpassad skolgång, start m bild + idrott + sv (2 lekt/dag), in via elevhälsans ingång
   ansv: mentor + rektor -> start mån 15/9
2. utredning särskilt stöd, ev åtgärdsprogram
   ansv: specialpedagog -> klart innan höstlovet (v. 44)
3. KBT-behandling ångest, ca 10 ggr, föräldrar med på några ggr
   ansv: bup ystad, psykolog -> väntetid, ingen tid bokad än
4. stödsamtal m N. varannan vecka, hembesök första ggn (inte på skolan!)
   ansv: kurator (fatima) -> första ggn ons 17/9
5. familjebehandlare hemma 2 morgnar/v, stöd till föräldrarna i morgonrutinen
   ansv: ifo ystad barn o familj (eva) -> start v. 39 om familjen tackar ja (de sa ja på mötet)
6. bup-läkare ser över sömnen, ev melatonin
   ansv: bup ystad läkare -> besök 2025-09-30

föräldrarna:
- mamma kör N. till skolan mån-ons, ringer mentor kl 8 om N. inte kommer iväg
- pappa hämtar tors-fre, går in m N. första veckan
- föräldrarna fyller i skattningsformulär till bup -> skickar in senast 19/9

övr:
- lotta lägger in N:s schema i schoolsoft så N. kan se vilka lekt som gäller
- mikael (bup) skickar kallelse till kbt när det finns tid
- jonas kollar om skolskjuts kan bli aktuellt om pappa inte kan hämta

huvudansv / samordn: elevhälsan

uppf: v. 42, fatima kallar via teams igen (samma länk?)
-> alla: mejla fatima om ni inte kan v. 42

/fatima
"""
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# ================================================================ 04
def plan04(path):
    text = """---
datum: 2025-03-11
typ: SIP-möte
kommun: Trelleborg
tags:
  - sip
  - beroende
---

# SIP – L. (19 år) 2025-03-11

#sip #trelleborg #beroende #unga-vuxna

Möte på [[Beroendemottagningen Trelleborg]] kl. 14–15.30. Anteckningar skrivna direkt efter mötet, renskrivna kvällen efter.

## Bakgrund

L. är 19 år och har använt cannabis dagligen sedan hon var 16, periodvis även alkohol och tabletter (benso utan recept). Hoppade av gymnasiet (barn- och fritid) i åk 2. Bor sedan jan i andra hand hos en kompis i Trelleborg, kontraktet går ut i juni. Har haft kontakt med [[Mini-Maria Trelleborg]] tidigare, nu överflyttad till vuxen. Ansökt om ekonomiskt bistånd hos [[Socialtjänsten Trelleborg – Vuxenenheten]] i februari. Sover dåligt, mycket oro på kvällarna – remiss till [[Vårdcentralen Trelleborg Söder]] för sömnen diskuterades.

Se även: [[L. – tidslinje]], [[Beroendemottagningen Trelleborg]]

> [!note] Samtycke
> L. gav muntligt samtycke på mötet 2025-03-11 till att [[Beroendemottagningen Trelleborg]], [[Socialtjänsten Trelleborg – Vuxenenheten]] och [[Vårdcentralen Trelleborg Söder]] får utbyta information om henne inom SIP:en. Hon skrev också under samtyckesblanketten samma dag, blanketten är skannad till journalen.

## Frågeställningar

- diskutera läget

## L:s egna mål

> [!quote] L. säger
> "Jag vill ha ett eget förstahandskontrakt och vara helt ren från gräs innan jag fyller 20."
> "Jag vill börja plugga igen, typ komvux, men inte förrän efter sommaren."

## Delaktighet

L. var med under hela mötet och pratade mycket själv. Hon vill helst ha möten här på mottagningen och inte på socialkontoret, där hon känner sig "granskad". Hon vill inte att det pratas om henne när hon inte är med. Hon vill ha sms-påminnelse dagen före varje tid.

> [!warning] Viktigt
> L. har tackat nej till behandlingshem. Vill försöka i öppenvård först.

## Insatser

- [ ] Fortsatt kontakt med [[Beroendemottagningen Trelleborg]]
- [ ] Stöd vid behov från [[Socialtjänsten Trelleborg – Vuxenenheten]]
- [ ] Fortsatt samtalskontakt
- [ ] Se över sömnen

## Uppföljning

> [!todo] Nästa möte
> Ses igen om ca två månader.

---
*Relaterat:* [[SIP – mall]] · [[Beroendemottagningen Trelleborg]] · #att-göra
"""
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# ================================================================ 05
def plan05(path):
    """docx without heading styles: shaded heading paragraphs, bordered text paragraphs."""
    doc = Document()
    fix_meta(doc, "SIP J.", "Karin")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Kristianstads kommun – Omsorgsförvaltningen  |  Region Skåne"
    hp.runs[0].font.size = Pt(8)

    def title(txt):
        p = doc.add_paragraph()
        para_shading(p, "385623")
        r = p.add_run(txt)
        r.bold = True
        r.font.size = Pt(14)
        r.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        p.paragraph_format.space_after = Pt(6)

    def part(head, body):
        h = doc.add_paragraph()
        para_shading(h, "E2EFD9")
        r = h.add_run(head)
        r.bold = True
        r.font.size = Pt(11)
        h.paragraph_format.space_before = Pt(10)
        h.paragraph_format.space_after = Pt(0)
        h.paragraph_format.keep_with_next = True
        if isinstance(body, str):
            body = [body]
        for i, line in enumerate(body):
            p = doc.add_paragraph(line)
            para_border(p)
            p.paragraph_format.space_after = Pt(0)
            p.paragraph_format.left_indent = Cm(0.15)
            p.paragraph_format.right_indent = Cm(0.15)

    title("Samordnad individuell plan (SIP)")
    part("Personuppgifter", [
        "Namn: J., 24 år",
        "Personnummer: ÅÅMMDD-XXXX",
        "Boende: gruppbostad enligt LSS 9 § 9, Kristianstads kommun",
        "Diagnoser: autismspektrumtillstånd, lindrig intellektuell funktionsnedsättning, epilepsi"])
    part("Mötesdatum och plats", "2025-04-08 kl. 10.00–11.30, Habiliteringen Kristianstad")
    part("Närvarande", [
        "Maria", "Karin", "Ahmed", "Sanna", "Per (god man)"])
    part("Bakgrund",
         "J. flyttade i januari 2025 från föräldrahemmet i Hässleholm till en gruppbostad i "
         "Kristianstad. Sedan flytten har personalen sett en tydlig ökning av oro, sömnproblem och "
         "utbrott med självskadande beteende (slår sig själv i huvudet), framför allt på "
         "eftermiddagarna efter daglig verksamhet. Vid två tillfällen i mars har personalen "
         "tillkallat ambulans. J. har kontakt med Habiliteringen Kristianstad sedan barndomen och "
         "med Vuxenpsykiatrin Kristianstad sedan 2023. Epilepsin är välinställd och följs av "
         "neurologmottagningen i Lund. J. har daglig verksamhet enligt LSS fem dagar i veckan "
         "på en verksamhet med trädgård och café. Personalen på gruppbostaden och på daglig "
         "verksamhet arbetar i dag på olika sätt med schema och bemötande.")
    part("Syfte",
         "Syftet med planen är att samordna stödet kring J:s ökade oro och utbrott sedan flytten, "
         "så att personalen på gruppbostaden, daglig verksamhet, habiliteringen och psykiatrin "
         "arbetar på samma sätt och J. får en förutsägbar vardag.")
    part("Frågeställningar", "")
    part("Insatser, ansvar och tidpunkt", [
        "1. Bildschema för dag och vecka tas fram, samma på boendet och på daglig verksamhet. "
        "Ansvar: arbetsterapeut, Habiliteringen Kristianstad. Klart: 2025-05-05.",
        "2. Handledning för personalen på gruppbostaden och daglig verksamhet kring bemötande "
        "vid utbrott, fyra tillfällen. Ansvar: psykolog, Habiliteringen Kristianstad. "
        "Datum: 2025-04-22, 2025-05-06, 2025-05-20 och 2025-06-03.",
        "3. Läkemedelsgenomgång och bedömning av ångest och sömn. Ansvar: läkare, "
        "Vuxenpsykiatrin Kristianstad. Datum: 2025-04-29.",
        "4. Daglig verksamhet anpassas: kortare dagar kl. 9–13 under april–juni och en fast "
        "handledare. Ansvar: enhetschef, Daglig verksamhet LSS, Kristianstads kommun. "
        "Från: 2025-04-14.",
        "5. Fast personal vid hämtning och en lugn stund med hörselkåpor direkt efter daglig "
        "verksamhet, dokumentation av utbrott enligt gemensam mall. Ansvar: enhetschef, "
        "gruppbostaden, Kristianstads kommun. Från: 2025-04-14.",
        "6. Utbrottsdokumentationen sammanställs och skickas till psykiatrin inför "
        "läkemedelsgenomgången. Ansvar: kontaktperson i personalgruppen, gruppbostaden. "
        "Senast: 2025-04-25."])
    part("Andra aktörers insatser",
         "Per, god man, ansöker om bostadstillägg hos Försäkringskassan och köper in hörselkåpor "
         "och mörkläggningsgardiner till J:s rum från J:s konto. Klart senast 2025-05-31.")
    part("Huvudansvarig för planen",
         "Karin, LSS-handläggare, Omsorgsförvaltningen, Kristianstads kommun.")
    part("Samtycke", "Samtycke finns.")
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(14)
    p.add_run("Planen skickas till samtliga närvarande och till J. i lättläst form.").italic = True
    save_docx(doc, path)


# ================================================================ 06
W_AUTHOR = "Sara"
W_DATE = "2025-04-08T14:12:00Z"
_rev_id = [100]


def _next_id():
    _rev_id[0] += 1
    return str(_rev_id[0])


def _run(text, deleted=False, bold=False):
    r = OxmlElement("w:r")
    if bold:
        rpr = OxmlElement("w:rPr")
        b = OxmlElement("w:b")
        rpr.append(b)
        r.append(rpr)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def tc_para(doc, segments, style=None):
    """segments: list of (kind, text, bold) with kind in {'n','ins','del'}."""
    p = doc.add_paragraph(style=style)
    for seg in segments:
        kind, text = seg[0], seg[1]
        bold = seg[2] if len(seg) > 2 else False
        if kind == "n":
            p._p.append(_run(text, bold=bold))
        else:
            w = OxmlElement("w:ins" if kind == "ins" else "w:del")
            w.set(qn("w:id"), _next_id())
            w.set(qn("w:author"), W_AUTHOR)
            w.set(qn("w:date"), W_DATE)
            w.append(_run(text, deleted=(kind == "del"), bold=bold))
            p._p.append(w)
    return p


def tc_deleted_para(doc, text, style=None):
    """A whole paragraph deleted, including its paragraph mark."""
    p = tc_para(doc, [("del", text)], style=style)
    pPr = p._p.get_or_add_pPr()
    rPr = OxmlElement("w:rPr")
    d = OxmlElement("w:del")
    d.set(qn("w:id"), _next_id())
    d.set(qn("w:author"), W_AUTHOR)
    d.set(qn("w:date"), W_DATE)
    rPr.append(d)
    pPr.append(rPr)
    return p


def plan06(path):
    doc = Document()
    fix_meta(doc, "Uppföljning SIP Lina", "Sara")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Psykiatri Hässleholm, Region Skåne – Hässleholms kommun, Socialförvaltningen"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Uppföljning av SIP – utkast med ändringar från mötet 2025-04-08"
    fp.runs[0].font.size = Pt(8)
    # tell Word to keep tracking
    settings = doc.settings.element
    tr = OxmlElement("w:trackRevisions")
    settings.insert(0, tr)

    doc.add_heading("Uppföljning av samordnad individuell plan", level=1)
    tc_para(doc, [("n", "Person: ", True), ("n", "Lina, 45 år, ÅÅMMDD-XXXX")])
    tc_para(doc, [("n", "Ursprunglig plan upprättad: ", True), ("n", "2025-02-04")])
    tc_para(doc, [("n", "Uppföljningsmöte: ", True),
                  ("n", "2025-04-08 kl. 13.00–14.00, Psykiatriska öppenvårdsmottagningen Hässleholm")])

    doc.add_heading("Deltagare", level=2)
    tc_para(doc, [("n", "Lina, Sara, Jonas, Hanna, Mats")])

    doc.add_heading("Syfte", level=2)
    tc_para(doc, [("n", "Samordning efter utskrivning.")])

    doc.add_heading("Frågeställningar", level=2)
    tc_para(doc, [("n", "Gå igenom läget sedan förra mötet.")])

    doc.add_heading("Bakgrund och läget nu", level=2)
    tc_para(doc, [("n",
        "Lina vårdades inneliggande på Psykiatriska kliniken Hässleholm 2025-01-14 – 2025-01-28 "
        "efter ett suicidförsök i samband med en djup depression. Hon bor ensam i lägenhet i "
        "Hässleholm och har varit sjukskriven från sitt arbete som undersköterska sedan oktober "
        "2024. Sedan förra mötet har hon gått på samtal varannan vecka och tar sin medicin. "
        "Hon sover bättre men har fortfarande svårt att komma upp på morgnarna och att ta sig "
        "ut. "),
        ("del", "Hon har börjat på dagverksamheten men tycker att det är för mycket folk där."),
        ("ins", "Hon har slutat på dagverksamheten eftersom det var för mycket folk där.")])

    doc.add_heading("Linas mål", level=2)
    tc_para(doc, [("n",
        "”Jag vill orka gå upp på morgnarna, gå ut med hunden varje dag och komma tillbaka "
        "till jobbet på halvtid till hösten.”")])

    doc.add_heading("Linas synpunkter", level=2)
    tc_para(doc, [("n",
        "Lina deltog på mötet. Hon tycker att samtalen hjälper och vill fortsätta med samma "
        "kurator. Hon vill inte gå tillbaka till dagverksamheten. Hon vill hellre ha boendestöd "
        "hemma"),
        ("del", " två gånger i veckan"),
        ("ins", " en gång i veckan på förmiddagen"),
        ("n", " och vill att man ringer innan man kommer.")])

    doc.add_heading("Samtycke", level=2)
    tc_para(doc, [("n", "Se tidigare plan.")])

    doc.add_heading("Insatser", level=2)
    tc_para(doc, [("n", "1. Samtalsbehandling (KBT) varannan vecka. ", True),
                  ("n", "Ansvarig: Jonas, kurator, Psykiatriska öppenvårdsmottagningen Hässleholm. "
                        "Tid: pågår t.o.m. 2025-06-30.")])
    tc_para(doc, [("n", "2. Läkemedelsuppföljning och bedömning av sjukskrivning. ", True),
                  ("n", "Ansvarig: läkare, Psykiatriska öppenvårdsmottagningen Hässleholm. Tid: "),
                  ("del", "2025-04-29"),
                  ("ins", "2025-05-13"),
                  ("n", ".")])
    tc_deleted_para(doc,
        "3. Dagverksamhet på Träffpunkten tre förmiddagar i veckan. Ansvarig: Socialpsykiatrin, "
        "Hässleholms kommun. Tid: från 2025-02-17.")
    tc_para(doc, [("del", "4", True), ("ins", "3", True),
                  ("n", ". Boendestöd ", True),
                  ("del", "två gånger", True), ("ins", "en gång", True),
                  ("n", " i veckan. ", True),
                  ("n", "Stöd med struktur, post och inköp. Ansvarig: Boendestödet, "
                        "Socialförvaltningen Hässleholms kommun.")])
    tc_para(doc, [("ins", "4. Motiverande stöd för att komma ut: promenad med arbetsterapeut en "
                          "gång i veckan. ", True),
                  ("ins", "Ansvarig: Hanna, arbetsterapeut, Psykiatriska öppenvårdsmottagningen "
                          "Hässleholm. Tid: från 2025-04-15 t.o.m. 2025-06-03.")])

    doc.add_heading("Andra aktörers insatser", level=2)
    tc_deleted_para(doc,
        "Försäkringskassan: handläggaren utreder Linas rätt till fortsatt sjukpenning efter dag "
        "180, beslut väntas senast 2025-03-15. Lina skickar in nytt läkarintyg.")

    doc.add_heading("Huvudansvar", level=2)
    tc_para(doc, [("n", "Huvudansvarig för planen: "),
                  ("del", "Psykiatrin."),
                  ("ins", "Sara, sjuksköterska och samordnare, Psykiatriska öppenvårdsmottagningen "
                          "Hässleholm.")])

    doc.add_heading("Nästa uppföljning", level=2)
    tc_para(doc, [("del", "2025-05-20"), ("ins", "2025-06-03"),
                  ("n", " kl. 13.00 på Psykiatriska öppenvårdsmottagningen Hässleholm. "
                        "Sara skickar kallelse.")])
    save_docx(doc, path)


# ================================================================ 07
FOOTNOTES_XML = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
{notes}
</w:footnotes>"""


def _fn_xml(fid, text):
    from xml.sax.saxutils import escape
    return (f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr>'
            f'<w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {escape(text)}</w:t></w:r>'
            f'</w:p></w:footnote>')


def add_fn_ref(paragraph, fid):
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    va = OxmlElement("w:vertAlign")
    va.set(qn("w:val"), "superscript")
    rpr.append(va)
    r.append(rpr)
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), str(fid))
    r.append(ref)
    paragraph._p.append(r)


def plan07(docx_path, outdir):
    doc = Document()
    fix_meta(doc, "SIP M. Ronneby", "Anna")
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    hp = sec.header.paragraphs[0]
    hp.text = "Ronneby kommun, Äldreomsorgen – Region Blekinge"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(9)

    notes = [
        "Samtycket gavs muntligt av M. vid hembesök 2025-02-04 och antecknades samma dag i "
        "hemsjukvårdens journal av distriktssköterskan.",
        "Kontaktperson och huvudansvarig: Anna, biståndshandläggare, Äldreomsorgen, Ronneby "
        "kommun. Nås via växeln.",
        "Uppföljningsmötet är bokat till 2025-04-15 kl. 10.00 hemma hos M. i Kallinge.",
    ]

    doc.add_heading("Samordnad individuell plan", level=1)
    p = doc.add_paragraph()
    p.add_run("Gäller: ").bold = True
    p.add_run("M., 81 år, ÅÅMMDD-XXXX, Kallinge, Ronneby kommun")
    p = doc.add_paragraph()
    p.add_run("Planen upprättad: ").bold = True
    p.add_run("2025-02-11")

    doc.add_heading("Bakgrund", level=2)
    doc.add_paragraph(
        "M. är 81 år och bor ensam i sin villa i Kallinge. Hon fick diagnosen Alzheimers sjukdom "
        "vid minnesmottagningen på Blekingesjukhuset hösten 2024. Hon har diabetes typ 2 och tar "
        "insulin morgon och kväll. Under vintern har "
        "hon vid flera tillfällen glömt att äta, och hon har haft två episoder med lågt "
        "blodsocker. Hon föll i hallen i december men skadade sig inte. Grannar har hört av sig "
        "till kommunen när M. har gått ut på kvällen utan ytterkläder.")
    p = doc.add_paragraph(
        "M. har samtyckt till att planen upprättas och att hemtjänsten, hemsjukvården och "
        "vårdcentralen får utbyta information om henne.")
    add_fn_ref(p, 1)

    doc.add_heading("Mål", level=2)
    doc.add_paragraph(
        "Målet är att M. ska kunna bo kvar i sitt hus med ett tryggt stöd och att blodsockret "
        "ska hållas stabilt.")

    doc.add_heading("Insatser", level=2)
    for txt in ["Fortsatt stöd i hemmet vid behov.",
                "Fortsatt kontakt kring diabetesen.",
                "Tillsyn vid behov."]:
        doc.add_paragraph(txt, style="List Bullet")

    doc.add_heading("Övrigt", level=2)
    doc.add_paragraph("Dottern är informerad om planen och hjälper till ibland.")

    doc.add_heading("Huvudansvar", level=2)
    p = doc.add_paragraph("Huvudansvarig för planen är M:s kontaktperson i kommunen.")
    add_fn_ref(p, 2)

    doc.add_heading("Uppföljning", level=2)
    p = doc.add_paragraph("Planen följs upp vid ett nytt möte i vår.")
    add_fn_ref(p, 3)

    # footnotes part
    xml = FOOTNOTES_XML.format(notes="\n".join(_fn_xml(i + 1, n) for i, n in enumerate(notes)))
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                xml.encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)
    save_docx(doc, docx_path)
    to_pdf(docx_path, outdir)


# ================================================================ 08
def plan08(path):
    doc = Document()
    fix_meta(doc, "Övningsfall 3 SIP-utbildning", "Utbildningsgruppen SIP Blekinge")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "SIP-utbildning för personal i Blekinges kommuner och Region Blekinge, våren 2025"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Fallet är påhittat. Likheter med verkliga personer är oavsiktliga."
    fp.runs[0].font.size = Pt(8)

    doc.add_heading("Övningsfall 3: Elin, 15 år", level=1)
    p = doc.add_paragraph()
    r = p.add_run("Utbildningsdag 2, pass 3 (ca 45 min). Arbeta i grupper om 4–5 deltagare, "
                  "gärna blandat kommun och region. Redovisning i helgrupp efter pausen.")
    r.italic = True

    doc.add_heading("Situationen", level=2)
    for txt in [
        "Elin är 15 år och går i årskurs 9 på en högstadieskola i Karlskrona. Hon bor med sin "
        "mamma och sin lillebror på 8 år. Pappan bor i Ronneby och Elin träffar honom varannan "
        "helg, men de senaste månaderna har hon inte velat åka dit.",
        "Sedan jullovet har Elin haft hög frånvaro, ungefär hälften av lektionerna. Mentorn har "
        "sett att Elin har sår på underarmarna och har tillsammans med skolsköterskan pratat med "
        "Elin, som berättar att hon skär sig när hon får ångest på kvällarna. Skolan har gjort en "
        "orosanmälan till socialtjänsten.",
        "Elin har sedan i höstas kontakt med BUP i Karlskrona för utredning av ADHD. Utredningen "
        "är inte klar. Mamman har berättat för socialsekreteraren att hon själv är sjukskriven "
        "för utmattning och att hon inte orkar med konflikterna hemma. Elin säger att hon vill "
        "ha hjälp men att hon inte vill att ”alla ska veta allt”.",
        "Skolkuratorn har föreslagit en SIP, men mamman är tveksam eftersom hon är rädd att "
        "socialtjänsten ska ”ta över”. Pappan har inte fått någon information ännu.",
    ]:
        doc.add_paragraph(txt)

    doc.add_heading("Diskussionsfrågor", level=2)
    for q in [
        "Vilka aktörer bör kallas till SIP-mötet? Motivera varför, och fundera på om någon "
        "saknas i beskrivningen.",
        "Vem kan ta initiativ till SIP i det här fallet, och hur inhämtar ni samtycke när Elin "
        "är 15 år och vårdnaden är gemensam?",
        "Formulera ett syfte för SIP:en som Elin och föräldrarna kan känna igen sig i.",
        "Hur kan Elin göras delaktig i mötet, och hur kan hennes egna mål skrivas ned med "
        "hennes ord?",
        "Vilka frågeställningar behöver mötet ta ställning till?",
        "Vem bör ha huvudansvaret för planen, och varför?",
        "Hur hanterar ni mammans oro för att socialtjänsten ska ”ta över”?",
    ]:
        doc.add_paragraph(q, style="List Number")

    doc.add_heading("Till kursledaren", level=2)
    doc.add_paragraph(
        "Låt grupperna skriva sitt syfte på blädderblock. Jämför formuleringarna och diskutera "
        "skillnaden mellan ett allmänt syfte (”samordning”) och ett syfte som utgår från Elins "
        "situation. Koppla till SoL 2 kap. 7 § och HSL 16 kap. 4 §. Nästa övningsfall (4) "
        "handlar om en äldre man efter en stroke.")
    save_docx(doc, path)


# ================================================================ main
def main():
    os.makedirs(OUT, exist_ok=True)
    os.makedirs(TMP, exist_ok=True)
    plan01(os.path.join(OUT, "f79a-01.docx"))
    plan02(os.path.join(OUT, "f79a-02.pdf"))
    plan03(os.path.join(OUT, "f79a-03.txt"))
    plan04(os.path.join(OUT, "f79a-04.md"))
    plan05(os.path.join(OUT, "f79a-05.docx"))
    plan06(os.path.join(OUT, "f79a-06.docx"))
    plan07(os.path.join(TMP, "f79a-07.docx"), OUT)
    plan08(os.path.join(OUT, "f79a-08.docx"))
    shutil.rmtree(TMP, ignore_errors=True)
    print("done:", sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()
