#!/usr/bin/env python
"""Generate batch f87b: eight fictional, anonymized SIP documents (Region Kronoberg / Kalmar län).

Run with /work/batches/.venv/bin/python generate.py
Deterministic: fixed dates, no randomness.
"""
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f87b"
LO_PROFILE = "file:///tmp/lo-f87b"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def path(n, ext):
    return os.path.join(OUT, f"{PREFIX}-{n:02d}.{ext}")


def normalize_zip(p):
    """Rewrite a .docx with fixed zip timestamps so reruns give identical bytes."""
    import zipfile
    with zipfile.ZipFile(p) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def fix_core(doc, title, author):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    import datetime
    cp.created = datetime.datetime(2025, 3, 1, 9, 0, 0)
    cp.modified = datetime.datetime(2025, 3, 1, 9, 0, 0)
    cp.revision = 1


def soffice_pdf(docx_path, pdf_path):
    tmp = tempfile.mkdtemp(prefix="f87b-")
    subprocess.run(
        ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
         "--convert-to", "pdf", "--outdir", tmp, docx_path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    produced = os.path.join(tmp, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
    shutil.move(produced, pdf_path)
    shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------------------
# 01  .docx, the whole plan as a numbered Word list (w:numPr), lettered sub-items
# ---------------------------------------------------------------------------

def add_numbering(doc):
    """Create an abstractNum (1. / a)) and a num instance; return numId."""
    numbering = doc.part.numbering_part.element
    abs_id = 87
    num_id = 87
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), str(abs_id))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "hybridMultilevel")
    absn.append(mlt)
    for ilvl, fmt, text, left in ((0, "decimal", "%1.", 426), (1, "lowerLetter", "%2)", 851)):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(ilvl))
        start = OxmlElement("w:start"); start.set(qn("w:val"), "1"); lvl.append(start)
        nf = OxmlElement("w:numFmt"); nf.set(qn("w:val"), fmt); lvl.append(nf)
        lt = OxmlElement("w:lvlText"); lt.set(qn("w:val"), text); lvl.append(lt)
        jc = OxmlElement("w:lvlJc"); jc.set(qn("w:val"), "left"); lvl.append(jc)
        ppr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind"); ind.set(qn("w:left"), str(left)); ind.set(qn("w:hanging"), "426")
        ppr.append(ind); lvl.append(ppr)
        absn.append(lvl)
    # abstractNum elements must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    an = OxmlElement("w:abstractNumId"); an.set(qn("w:val"), str(abs_id))
    num.append(an)
    numbering.append(num)
    return num_id


def numbered(doc, num_id, ilvl, label, text):
    p = doc.add_paragraph(style="List Paragraph")
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl"); il.set(qn("w:val"), str(ilvl)); numpr.append(il)
    ni = OxmlElement("w:numId"); ni.set(qn("w:val"), str(num_id)); numpr.append(ni)
    ppr.append(numpr)
    p.paragraph_format.space_after = Pt(6)
    if label:
        r = p.add_run(label)
        r.bold = ilvl == 0
        p.add_run(" – " + text)
    else:
        p.add_run(text)
    return p


def plan01():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    fix_core(doc, "SIP Teleborgsskolan", "Elevhälsan Växjö kommun")
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.3)
    hp = sec.header.paragraphs[0]
    hp.text = "Växjö kommun – Elevhälsan, Teleborgsskolan\tSIP\t2025-08-28"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Sekretessbelagd handling enligt OSL 23 kap. 2 § och 25 kap. 1 §"
    fp.runs[0].font.size = Pt(8)

    t = doc.add_paragraph()
    r = t.add_run("Samordnad individuell plan (SIP)")
    r.bold = True
    r.font.size = Pt(15)
    doc.add_paragraph("Elev: Elin, åk 8   Personnummer: ÅÅMMDD-XXXX   Möte: 2025-08-28, "
                      "Teleborgsskolan, konferensrum B")

    nid = add_numbering(doc)
    numbered(doc, nid, 0, "Syfte",
             "Att skola, BUP Växjö och socialtjänsten tillsammans planerar hur Elin ska "
             "kunna komma tillbaka till skolan efter en vårtermin med hög frånvaro (ca 70 %) "
             "och hur behandlingen av hennes ångest ska samordnas med anpassningarna i skolan, "
             "så att hon och mamma slipper ha kontakt med varje verksamhet var för sig.")
    numbered(doc, nid, 0, "Frågor",
             "Hur ska skolstarten efter sommarlovet läggas upp, med hur många timmar per dag "
             "och i vilken lokal? Kan BUP:s KBT-behandling och samtalen med skolkurator läggas "
             "så att de inte krockar med de lektioner Elin ändå klarar? Behövs familjesamtal "
             "från socialtjänsten, och i så fall hur ofta?")
    numbered(doc, nid, 0, "Bakgrund",
             "Elin har sedan hösten 2024 haft tilltagande oro inför skolan med magont och "
             "sömnsvårigheter. Hon utreddes på BUP Växjö under våren 2025 och har diagnosen "
             "social ångest. Frånvaron ökade efter sportlovet och hon har sedan april i stort "
             "sett inte varit i skolan. Hemma fungerar det enligt mamma relativt bra, men "
             "morgnarna är konfliktfyllda. Elevhälsan gjorde en kartläggning av frånvaron i maj.")
    numbered(doc, nid, 0, "Mål",
             "Målet är att Elin ska kunna vara i skolan minst tre förmiddagar i veckan till "
             "höstlovet och att hon ska få godkända betyg i svenska, engelska och matematik i åk 8.")
    numbered(doc, nid, 0, "Insatser",
             "Följande insatser bestämdes på mötet:")
    numbered(doc, nid, 1, "KBT",
             "BUP Växjö, psykolog: KBT-behandling för social ångest, en gång i veckan "
             "(12 tillfällen) med start 2025-09-03, onsdagar efter lunch.")
    numbered(doc, nid, 1, "Anpassad skolgång",
             "Teleborgsskolan, mentor: schema med start kl. 9.40 och undervisning i "
             "studiehallen i mindre grupp i svenska, engelska och matematik från 2025-09-08, "
             "utvärderas inför höstlovet.")
    numbered(doc, nid, 1, "Stödsamtal i skolan",
             "Elevhälsan, skolkurator: stödsamtal varannan måndag från 2025-09-08 och "
             "daglig avstämning med Elin vid skolstart första veckan.")
    numbered(doc, nid, 1, "Familjesamtal",
             "IFO Växjö, Barn och familj, familjebehandlare: erbjuder familjesamtal om "
             "morgonrutiner och konflikter i familjen inför skoldagen.")
    numbered(doc, nid, 0, "Huvudansvar",
             "Skolkurator Lena, Elevhälsan Teleborgsskolan, Växjö kommun, har huvudansvaret "
             "för att planen följs och kallar till uppföljning.")
    numbered(doc, nid, 0, "Deltagare",
             "Elin; mamma (vårdnadshavare); Lena, skolkurator, Elevhälsan Teleborgsskolan; "
             "Johan, mentor åk 8, Teleborgsskolan; Anna, psykolog, BUP Växjö (Region Kronoberg); "
             "Sofie, familjebehandlare, IFO Barn och familj, Växjö kommun.")
    numbered(doc, nid, 0, "Elevens deltagande",
             "Elin deltog i mötet tillsammans med mamma under första halvtimmen.")
    numbered(doc, nid, 0, "Uppföljning",
             "Planen följs upp vecka 42 på Teleborgsskolan. Skolkurator skickar kallelse.")
    doc.add_paragraph()
    doc.add_paragraph("Antecknat av: Lena, skolkurator   Datum: 2025-08-28")
    doc.save(path(1, "docx"))


# ---------------------------------------------------------------------------
# 02  .pdf via LibreOffice from .docx; measures table with merged Utförare cells
# ---------------------------------------------------------------------------

def set_cell_shading(cell, fill):
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trpr.append(th)


def label_para(doc, label, text, size=10.5):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    p.paragraph_format.space_after = Pt(2)
    r = p.add_run(label)
    r.bold = True
    r.font.size = Pt(size)
    p.paragraph_format.keep_with_next = True
    if text:
        for para in text.split("\n\n"):
            q = doc.add_paragraph(para)
            q.paragraph_format.space_after = Pt(4)
    return p


def plan02():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    fix_core(doc, "SIP Psykosteamet Kalmar", "Vuxenpsykiatrin Kalmar")
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = Cm(2.0)
    hp = sec.header.paragraphs[0]
    hp.text = "Region Kalmar län / Kalmar kommun\tSamordnad individuell plan"
    hp.runs[0].font.size = Pt(8)

    t = doc.add_paragraph()
    r = t.add_run("SAMORDNAD INDIVIDUELL PLAN – SIP")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph("Namn: Jonas   Personnr: XXXXXX-XXXX   Datum för möte: 2025-05-20   "
                      "Plats: Psykiatriska öppenvården, Länssjukhuset Kalmar")

    label_para(doc, "Syfte med planen", "Samordning av insatser.")
    label_para(doc, "Bakgrund",
               "Jonas, 34 år, har sedan 2019 diagnosen paranoid schizofreni och är inskriven vid "
               "psykosteamet, Vuxenpsykiatrin Kalmar. Han bor i egen hyreslägenhet på Berga. "
               "Under vintern 2024/25 försämrades han efter att ha slutat med sin medicinering "
               "och vårdades i sluten psykiatrisk vård i tre veckor i februari. Efter "
               "utskrivningen tar han depotinjektion var fjärde vecka och är stabilare.\n\n"
               "Under sjukdomsperioden har han fått betalningsanmärkningar och skulder hos "
               "Kronofogden (hyra, el och mobilabonnemang), sammanlagt omkring 90 000 kr. "
               "Hyresvärden har skickat en varning om uppsägning p.g.a. sena hyror. Jonas har "
               "sedan mars 2025 en god man som har hand om ekonomin. Han har aktivitetsersättning "
               "som löper ut i oktober 2025. Han har inte haft någon sysselsättning de senaste "
               "två åren och säger själv att dagarna är långa.")
    label_para(doc, "Jonas egna mål",
               "Jonas säger: \"Jag vill bo kvar i min lägenhet och få ordning på ekonomin så att "
               "jag slipper de där bruna kuverten. Sen vill jag ha något att göra på dagarna, "
               "kanske nåt med händerna.\"")
    label_para(doc, "Jonas delaktighet",
               "Jonas deltog i hela mötet. Han vill att boendestödet kommer på eftermiddagar "
               "eftersom han sover dåligt och har svårt med förmiddagar. Han vill inte att hans "
               "mamma ska ha kontakt med psykiatrin om inte han själv har bett om det. Han är "
               "positiv till att prova daglig sysselsättning men vill börja med två dagar i veckan.")

    label_para(doc, "Insatser", None)
    rows = [
        ("Depotinjektion var 4:e vecka samt läkarbesök var 3:e månad", "PSY",
         "2025-05-27", "Tills vidare", "Kontaktsjuksköterska"),
        ("Stödsamtal och psykoedukation om tidiga varningstecken, varannan vecka", "PSY",
         "2025-06-03", "2025-12-31", "Kontaktsjuksköterska"),
        ("Boendestöd två eftermiddagar/vecka: struktur i vardagen, post, städning och inköp", "SOC",
         "2025-06-09", "Tills vidare", "Biståndshandläggare"),
        ("Ansökan om sysselsättning enligt SoL (Kalmar kommuns träfflokal/arbetsträning)", "SOC",
         "2025-06-02", "2025-08-31", "Biståndshandläggare"),
        ("Kontakt med hyresvärden om avbetalningsplan för hyresskulden", "GM",
         "2025-05-26", "2025-06-30", "God man"),
        ("Ansökan om skuldsanering hos Kronofogden, med budget- och skuldrådgivarens hjälp",
         "GM", "2025-06-16", "2025-09-30", "God man"),
        ("Utredning av rätt till sjukersättning/förlängd aktivitetsersättning", "FK",
         "2025-06-01", "2025-10-31", "Handläggare FK"),
        ("Öppna all post tillsammans med boendestödet och lämna räkningar till gode mannen",
         "JONAS", "2025-06-09", "Tills vidare", "Jonas och boendestödjare"),
    ]
    who = {
        "PSY": "Psykosteamet, Vuxenpsykiatrin Kalmar (Region Kalmar län)",
        "SOC": "Socialförvaltningen Kalmar kommun, Vuxenenheten / Boendestöd",
        "GM": "God man (förordnad av Överförmyndaren i Kalmar)",
        "FK": "Försäkringskassan, lokalkontor Kalmar",
        "JONAS": "Jonas själv",
    }
    table = doc.add_table(rows=1 + len(rows), cols=5)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(5.6), Cm(4.0), Cm(2.1), Cm(2.1), Cm(3.4)]
    hdr = ["Insats", "Utförare", "Start", "Slut", "Uppföljs av"]
    for i, h in enumerate(hdr):
        c = table.rows[0].cells[i]
        c.text = ""
        rr = c.paragraphs[0].add_run(h)
        rr.bold = True
        set_cell_shading(c, "D9E2F3")
    repeat_header(table.rows[0])
    for ri, (ins, key, start, slut, upp) in enumerate(rows, start=1):
        cells = table.rows[ri].cells
        cells[0].text = ins
        cells[2].text = start
        cells[3].text = slut
        cells[4].text = upp
    # merge consecutive Utförare cells with same key
    ri = 0
    while ri < len(rows):
        key = rows[ri][1]
        rj = ri
        while rj + 1 < len(rows) and rows[rj + 1][1] == key:
            rj += 1
        top = table.cell(ri + 1, 1)
        if rj > ri:
            top = top.merge(table.cell(rj + 1, 1))
        top.text = who[key]
        ri = rj + 1
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
            for p in row.cells[i].paragraphs:
                for run in p.runs:
                    run.font.size = Pt(9)

    label_para(doc, "Huvudansvar för planen",
               "Vuxenpsykiatrin Kalmar.")
    label_para(doc, "Övrigt",
               "Gode mannens och Försäkringskassans åtgärder i tabellen har stämts av med dem "
               "före mötet. Jonas mamma vet att det finns en plan men tar inte del av innehållet.")
    label_para(doc, "Uppföljning",
               "Planen följs upp i december 2025 eller tidigare om Jonas mår sämre.")
    doc.add_paragraph()
    doc.add_paragraph("Upprättad av: kontaktsjuksköterska, psykosteamet   2025-05-20")
    tmpdocx = os.path.join(tempfile.mkdtemp(prefix="f87b-src-"), f"{PREFIX}-02.docx")
    doc.save(tmpdocx)
    soffice_pdf(tmpdocx, path(2, "pdf"))
    shutil.rmtree(os.path.dirname(tmpdocx), ignore_errors=True)


# ---------------------------------------------------------------------------
# 03  .txt UTF-8 LF, INI-like key = value export from a case system
# ---------------------------------------------------------------------------

PLAN03 = """\
; Export från verksamhetssystem – Individ- och familjeomsorgen Västerviks kommun
; Ärendetyp: Samordnad individuell plan (SIP)
; Exporterad: 2025-03-18 10:42   Användare: socsek_ifo_vux12
; Teckenkodning: UTF-8

[Ärende]
arende.typ = SIP
arende.enhet = IFO Vuxen, Beroendeenheten
klient.fornamn = Alex
klient.personnummer = ÅÅMMDD-XXXX
klient.alder = 19
mote.datum = 2025-03-17
mote.plats = Socialkontoret Västervik, rum 2
mote.typ = Första SIP-möte

[Syfte]
syfte.text = Syftet är att samordna behandlingen för Alex cannabisbruk mellan
  Beroendeenhetens öppenvård och Beroendemottagningen Västervik, så att provtagning,
  samtal och den medicinska bedömningen av hans sömnproblem inte görs dubbelt och så att
  han kan fortsätta gå klart sista året på Gymnasieskolan i Västervik.

[Frågeställningar]
fraga1 = Diskutera läget.
fraga2 =

[Bakgrund]
bakgrund.text = Alex har använt cannabis dagligen sedan ca 16 års ålder. Orosanmälan från
  skolan i januari 2025 efter hög frånvaro. Alex har själv sökt till Mini-Maria hösten
  2024 men avbröt efter två besök. Bor hos mamma. Positiva urinprov vid provtagning på
  vårdcentralen i februari. Har sömnsvårigheter och har fått sömnmedel förskrivet av
  vårdcentralen, vilket Beroendemottagningen vill se över.

[Mål]
mal.klient =
mal.kortsiktigt =
mal.langsiktigt =

[Insatser]
insats1.vad = Strukturerad öppenvårdsbehandling (Återfallsprevention, ÅP), 10 samtal
insats1.vem = IFO Vuxen, Beroendeenheten, behandlare
insats1.nar = 2025-03-24 – 2025-06-13, måndagar kl 13.00
insats2.vad = Läkarbedömning av sömnmedicinering och ev. utsättning av bensodiazepiner
insats2.vem = Regionen
insats2.nar = löpande
insats3.vad = Drogtester (urinprov) varannan vecka under behandlingstiden
insats3.vem = Beroendemottagningen Västervik, sjuksköterska
insats3.nar = från 2025-03-25
insats4.vad = Samordning med skolan kring studieplan och närvaro
insats4.vem = Kommunen
insats4.nar =

[Andra aktörer]
aktor1.namn = Arbetsförmedlingen
aktor1.kommentar = Kontakt med AF finns.

[Huvudansvar]
huvudansvar.verksamhet = Socialtjänsten
huvudansvar.kontakt =

[Deltagare]
deltagare1 = Socialsekreterare
deltagare2 = Behandlare
deltagare3 = Sjuksköterska
deltagare4 = Mentor

[Samtycke]
samtycke.typ =
samtycke.datum =

[Uppföljning]
uppfoljning.datum =
uppfoljning.ansvarig =

[Status]
status = Upprättad
signerad.av = socsek_ifo_vux12
signerad.datum = 2025-03-18
"""


def plan03():
    with open(path(3, "txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(PLAN03)


# ---------------------------------------------------------------------------
# 04  .md, youth clinic, plain language, emoji headings, own words as quotes
# ---------------------------------------------------------------------------

PLAN04 = """\
# Din plan – SIP

**Ungdomsmottagningen Nybro** · Mötet var den 13 maj 2025

Hej Moa! Det här är planen vi gjorde tillsammans. Den är skriven till dig, så att du
kan läsa den själv och visa den för den du vill.

## 💬 Varför har vi en plan?

Du har hjälp både från ungdomsmottagningen (regionen) och från socialtjänsten (kommunen).
Planen finns för att vi som hjälper dig ska jobba åt samma håll, så att du slipper berätta
allt flera gånger, och så att du får hjälp med att må bättre och att hitta ett eget boende
innan hösten.

## 🔒 Får vi prata med varandra?

Vi frågade om vi som är med i planen får prata med varandra om dig och dela det som står
här. Du sa ja på mötet den 13 maj 2025 och skrev under samtyckesblanketten. Du kan ändra
dig när du vill.

## 🎯 Mitt mål

Det här sa du på mötet:

> Jag vill kunna sova på nätterna och orka gå upp på morgonen.

> Jag vill ha en egen lägenhet i Nybro. Hemma går det inte längre, vi bråkar hela tiden.

> Och jag vill sluta skära mig. Jag har inte gjort det på tre veckor nu.

Du sa också att du inte vill ta medicin om det inte är absolut nödvändigt, och att du vill
ha tider efter kl 13 eftersom du jobbar extra på förmiddagarna.

## 🤝 Vilka hjälper mig

- **Sara** på Ungdomsmottagningen Nybro träffar dig varannan tisdag kl 14.30, första gången
  den 20 maj. Ni jobbar med sömnen och med vad du kan göra i stället när du får lust att skada dig.
- **Ahmed** på Vårdcentralen Nybro (läkare) gör en bedömning av din nedstämdhet och sömn och
  pratar med dig om medicin är något för dig.
- **Linnea** på socialtjänsten i Nybro (ungdomsteamet) hjälper dig att söka lägenhet via
  kommunens bostadskö och ansöka om försörjningsstöd till deposition. Hon bokar ett möte
  med dig senast den 30 maj.

## 👥 Vi som var med på mötet

Moa, Sara, Ahmed, Linnea

## 📅 Nästa gång vi ses

**Tisdag 9 september 2025 kl 14.00** på ungdomsmottagningen. Då går vi igenom planen igen
och ser vad som har blivit bättre och vad vi behöver ändra.

Om något händer innan dess kan du alltid ringa ungdomsmottagningen via växeln eller
komma på drop-in på torsdagar.
"""


def plan04():
    with open(path(4, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(PLAN04)


# ---------------------------------------------------------------------------
# 05  .docx, elderly care, landscape section with two text columns, small caps headings
# ---------------------------------------------------------------------------

def sc_heading(doc, text):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    p.paragraph_format.space_after = Pt(2)
    p.paragraph_format.keep_with_next = True
    r = p.add_run(text)
    r.bold = True
    r.font.small_caps = True
    r.font.size = Pt(11)
    r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    return p


def plan05():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Cambria"
    st.font.size = Pt(10)
    fix_core(doc, "SIP Äldreomsorgen Ljungby", "Äldreomsorgen Ljungby kommun")
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin = sec.bottom_margin = Cm(1.6)
    sectpr = sec._sectPr
    cols = sectpr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sectpr.append(cols)
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), "708")
    cols.set(qn("w:sep"), "1")
    hp = sec.header.paragraphs[0]
    hp.text = "Ljungby kommun · Vård och omsorg  |  SIP äldre  |  Upprättad 2025-04-10"
    hp.runs[0].font.size = Pt(8)

    p = doc.add_paragraph()
    r = p.add_run("Samordnad individuell plan")
    r.bold = True
    r.font.small_caps = True
    r.font.size = Pt(16)
    doc.add_paragraph("Gunnar, 86 år · ÅÅMMDD-XXXX · Möte 2025-04-10 i Gunnars bostad, "
                      "Ljungby (hembesök)")

    sc_heading(doc, "Syfte")
    doc.add_paragraph("Gemensam planering.")

    sc_heading(doc, "Bakgrund")
    doc.add_paragraph(
        "Gunnar föll i hemmet 2025-03-14 och opererades för höftfraktur på Ljungby lasarett. "
        "Han skrevs ut till korttidsboendet Bergagården 2025-03-24 och kom hem 2025-04-08. "
        "Han bor ensam i villa med sovrum på övervåningen. Hustrun dog 2023. Han har "
        "hjärtsvikt och lätt kognitiv svikt och har tidigare klarat sig utan hjälp, förutom "
        "att dottern Eva handlat. Han går med rollator inomhus men är osäker i trappan och "
        "har under korttidsvistelsen haft svårt att komma ihåg sina mediciner.")

    sc_heading(doc, "Frågeställningar")
    doc.add_paragraph("")

    sc_heading(doc, "Mål")
    doc.add_paragraph(
        "Målet är att Gunnar ska kunna bo kvar i sitt hus, gå säkert med rollator inomhus och "
        "klara sin personliga hygien med så lite hjälp som möjligt.")

    sc_heading(doc, "Deltagare")
    parts = [
        ("☐", "Gunnar"),
        ("☒", "Eva, dotter"),
        ("☒", "Karin, biståndshandläggare, Äldreomsorgen Ljungby kommun"),
        ("☒", "Malin, arbetsterapeut, Rehabenheten Ljungby kommun"),
        ("☒", "Per, fysioterapeut, Rehabenheten Ljungby kommun"),
        ("☒", "Fatima, distriktssköterska, Vårdcentralen Ljungby (Region Kronoberg)"),
        ("☐", "Omvårdnadsansvarig sjuksköterska, Hemsjukvården Ljungby kommun"),
        ("☒", "Sanna, samordnare, Hemtjänst Ljungby centrum"),
    ]
    for box, text in parts:
        q = doc.add_paragraph()
        q.paragraph_format.space_after = Pt(0)
        q.add_run(box + " ").font.name = "Segoe UI Symbol"
        q.add_run(text)
    q = doc.add_paragraph("☒ = närvarande  ☐ = ej närvarande")
    q.runs[0].font.size = Pt(8)
    q.runs[0].italic = True
    doc.add_paragraph(
        "Gunnar deltog inte i mötet. Han var trött efter hemgången och låg och vilade, "
        "mötet hölls därför i köket utan honom.")

    sc_heading(doc, "Insatser och ansvar")
    ins = [
        ("Hemtjänst Ljungby centrum", "Hjälp vid morgon- och kvällshygien, påklädning och "
         "tillsyn av måltider, morgon och kväll alla dagar. Start 2025-04-11."),
        ("Rehabenheten, arbetsterapeut", "Hembesök för bedömning av bostadsanpassning "
         "(trapphiss eller flytt av sovrum till nedervåningen) och hjälpmedel i badrummet, "
         "senast 2025-04-25."),
        ("Rehabenheten, fysioterapeut", "Hemrehabilitering med gång- och balansträning två "
         "gånger/vecka 2025-04-14 – 2025-06-06."),
        ("Vårdcentralen Ljungby, distriktssköterska", "Läkemedelsgenomgång tillsammans med "
         "läkare 2025-04-17 och beställning av dosdispenserade läkemedel (APO-dos)."),
        ("Hemtjänst Ljungby centrum", "Överlämnar dospåsar vid morgonbesöket från den dag "
         "dosdispenseringen startar, beräknat 2025-04-28."),
        ("Eva, dotter", "Handlar varje lördag och följer med Gunnar på återbesök hos "
         "ortopeden på Ljungby lasarett 2025-05-20."),
        ("Biståndshandläggare", "Fattar beslut om hemtjänst och trygghetslarm 2025-04-11, "
         "beställer larm till installation senast 2025-04-15."),
    ]
    for who_, what in ins:
        q = doc.add_paragraph(style="List Bullet")
        q.paragraph_format.space_after = Pt(2)
        rr = q.add_run(who_ + ": ")
        rr.bold = True
        q.add_run(what)

    sc_heading(doc, "Huvudansvar")
    doc.add_paragraph("Karin, biståndshandläggare, Äldreomsorgen Ljungby kommun, har "
                      "huvudansvar för planen.")

    sc_heading(doc, "Uppföljning")
    doc.add_paragraph("Uppföljning om tre månader, biståndshandläggaren kallar.")

    sc_heading(doc, "Underskrift")
    doc.add_paragraph("Karin, biståndshandläggare\nLjungby 2025-04-10")
    doc.save(path(5, "docx"))


# ---------------------------------------------------------------------------
# 06  .pdf (fpdf2), regional discharge template with checkbox questions
# ---------------------------------------------------------------------------

class DischargePDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(80, 80, 80)
        self.cell(95, 4, "Cosmic – Region Kalmar län", new_x="RIGHT", new_y="TOP")
        self.cell(0, 4, f"Utskriftsdatum 2025-06-04 14:12   Sida {self.page_no()} ({{nb}})",
                  align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, "Psykiatriska kliniken Västervik, avd 3 · Vårdplaneringsstöd",
                  new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(120, 120, 120)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Mall: Samordnad individuell plan vid utskrivning, version 2024:2 "
                  "(gemensam för Region Kalmar län och länets kommuner)", align="C")


def cb_question(pdf, q, yes, no, note_label=None, note_lines=()):
    if pdf.get_y() > pdf.h - 55:
        pdf.add_page()
    pdf.set_font("DejaVu", "B", 9.5)
    pdf.multi_cell(0, 5.2, q, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    pdf.cell(6)
    pdf.cell(22, 6, ("☒" if yes else "☐") + " Ja", new_x="RIGHT", new_y="TOP")
    pdf.cell(22, 6, ("☒" if no else "☐") + " Nej", new_x="LMARGIN", new_y="NEXT")
    if note_label is not None:
        pdf.set_font("DejaVu", "", 8.5)
        pdf.set_text_color(70, 70, 70)
        pdf.cell(6)
        pdf.cell(0, 5, note_label, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("DejaVu", "", 9.5)
        lines = list(note_lines) or ["", ""]
        for ln_ in lines:
            pdf.cell(6)
            y = pdf.get_y()
            pdf.cell(0, 6, ln_, new_x="LMARGIN", new_y="NEXT")
            pdf.set_draw_color(170, 170, 170)
            pdf.line(pdf.l_margin + 6, y + 6, pdf.w - pdf.r_margin, y + 6)
    pdf.ln(2.5)


def free_field(pdf, label, lines):
    pdf.set_font("DejaVu", "B", 9.5)
    pdf.cell(0, 5.5, label, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9.5)
    for ln_ in (lines or ["", ""]):
        y = pdf.get_y()
        pdf.cell(0, 6, ln_, new_x="LMARGIN", new_y="NEXT")
        pdf.set_draw_color(170, 170, 170)
        pdf.line(pdf.l_margin, y + 6, pdf.w - pdf.r_margin, y + 6)
    pdf.ln(2.5)


def plan06():
    pdf = DischargePDF(format="A4")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_margins(18, 14, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_creation_date(__import__("datetime").datetime(2025, 6, 4, 14, 12, 0))
    pdf.set_title("Samordnad individuell plan vid utskrivning")
    pdf.add_page()

    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 8, "Samordnad individuell plan vid utskrivning", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    pdf.cell(0, 5, "Enligt lag (2017:612) om samverkan vid utskrivning från sluten hälso- och sjukvård",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    # identity box
    pdf.set_font("DejaVu", "", 9)
    pdf.set_draw_color(0, 0, 0)
    rows = [
        ("Patient", "Ingrid (initialer I.S.)", "Personnummer", "XXXXXX-XXXX"),
        ("Inskriven", "2025-05-12", "Planerad utskrivning", "2025-06-05"),
        ("Hemkommun", "Oskarshamns kommun", "Fast vårdkontakt", "Psyk. öppenvårdsmott. Oskarshamn"),
        ("SIP-möte", "2025-06-04, avd 3", "Diagnos (enl. journal)", "Recidiverande depression"),
    ]
    for a, b, c, d in rows:
        pdf.set_font("DejaVu", "B", 8)
        pdf.cell(24, 7, a, border=1)
        pdf.set_font("DejaVu", "", 8.5)
        pdf.cell(46, 7, b, border=1)
        pdf.set_font("DejaVu", "B", 8)
        pdf.cell(38, 7, c, border=1)
        pdf.set_font("DejaVu", "", 8.5)
        pdf.cell(0, 7, d, border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)

    free_field(pdf, "Syfte med planen", [])
    cb_question(pdf, "1. Har patienten gett samtycke till att information delas mellan de "
                     "verksamheter som deltar i planeringen?", True, False,
                "Hur och när har samtycke lämnats?",
                ["Muntligt samtycke till ansvarig sjuksköterska avd 3 2025-06-02, antecknat i journal."])
    cb_question(pdf, "2. Har patienten deltagit i planeringen?", True, False)
    free_field(pdf, "Patientens egna mål / önskemål", [])
    free_field(pdf, "Frågeställningar inför mötet", [])
    cb_question(pdf, "3. Behöver patienten insatser från kommunen efter utskrivning?", True, False)
    cb_question(pdf, "4. Behöver patienten fortsatta insatser från regionens öppenvård?", True, False)
    # measures table, ruled, header repeated on next page
    pdf.set_font("DejaVu", "B", 10.5)
    pdf.cell(0, 7, "Insatser efter utskrivning", new_x="LMARGIN", new_y="NEXT")
    measures = [
        ("Fortsatt kontakt med öppenvården", "Regionen", "Efter utskrivning",
         "Pat. är sedan tidigare känd på mottagningen."),
        ("Stöd från socialtjänsten vid behov", "Kommunen", "",
         "Pat. informerad om att hon kan vända sig till socialtjänsten."),
        ("Hemsjukvård vid behov", "Kommunen", "Efter utskrivning",
         "Bedöms av kommunen."),
        ("Läkemedel enligt ordination", "Regionen", "Löpande",
         "Enligt läkemedelslista vid utskrivning."),
    ]
    widths = [60, 26, 36, 52]
    pdf.set_font("DejaVu", "", 9)
    hdrs = ["Insats / åtgärd", "Ansvarig", "När", "Kommentar"]
    with pdf.table(col_widths=widths, headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225)), line_height=6.5,
                   text_align="LEFT", borders_layout="ALL", repeat_headings=1,
                   first_row_as_headings=True) as tbl:
        row = tbl.row()
        for h in hdrs:
            row.cell(h)
        for m in measures:
            row = tbl.row()
            for v in m:
                row.cell(v)
    pdf.ln(4)

    cb_question(pdf, "5. Finns behov av insatser från andra aktörer (t.ex. Försäkringskassan, "
                     "Arbetsförmedlingen, god man, närstående)?", False, False,
                "Vilka, och vad ska de göra?", [])
    cb_question(pdf, "6. Är huvudansvarig för planen utsedd?", True, False,
                "Namn/funktion och verksamhet:", [])

    cb_question(pdf, "7. Är uppföljning av planen bokad?", False, False,
                "Datum för uppföljning:", [])
    free_field(pdf, "Deltagare vid planeringen", [
        "Patienten, avdelningsläkare, ansvarig sjuksköterska avd 3,",
        "socialsekreterare, biståndshandläggare, kontaktperson öppenvården",
    ])
    free_field(pdf, "Övrigt", [
        "Pat. skrivs ut till eget boende. Mottagande enheter underrättas via Cosmic Link.",
    ])
    pdf.set_font("DejaVu", "", 9)
    pdf.cell(0, 6, "Upprättad av: ansvarig sjuksköterska, Psykiatriska kliniken Västervik avd 3, "
                   "2025-06-04", new_x="LMARGIN", new_y="NEXT")
    pdf.output(path(6, "pdf"))


# ---------------------------------------------------------------------------
# 07  .docx, LSS / intellectual disability, pictogram placeholders + staff page
# ---------------------------------------------------------------------------

def plan07():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Verdana"
    st.font.size = Pt(11)
    fix_core(doc, "Min plan – SIP", "LSS-handläggare Älmhults kommun")
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5)
    fp = sec.footer.paragraphs[0]
    fp.text = "Älmhults kommun · Omsorgsförvaltningen · Region Kronoberg Habiliteringen"
    fp.runs[0].font.size = Pt(8)

    h = doc.add_heading("Min plan", level=0)
    p = doc.add_paragraph()
    r = p.add_run("Plan för Erik. Vi skrev planen den 14 oktober 2025.")
    r.font.size = Pt(14)

    def easy(pic, text):
        q = doc.add_paragraph()
        q.paragraph_format.space_after = Pt(10)
        rr = q.add_run(f"[bild: {pic}]  ")
        rr.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
        rr.font.size = Pt(12)
        t = q.add_run(text)
        t.font.size = Pt(15)

    doc.add_heading("Om mig", level=1)
    easy("hus", "Jag bor i min lägenhet på gruppbostaden Linnégården.")
    easy("personal", "Personalen hjälper mig varje dag.")
    easy("arbete", "Jag jobbar på daglig verksamhet på Tornet.")
    easy("ledsen", "Ibland blir jag arg och ledsen. Då är det svårt.")
    doc.add_heading("Det här vill jag", level=1)
    easy("hund", "Jag vill jobba med djur. Helst med hundar.")
    easy("buss", "Jag vill lära mig åka buss själv till Växjö.")
    easy("säng", "Jag vill sova bättre på natten.")
    doc.add_heading("Mötet", level=1)
    easy("möte", "Jag var med på mötet.")
    easy("prata", "Jag sa att jag inte vill byta personal hela tiden.")
    easy("kalender", "Jag vill veta vem som kommer. Jag vill ha en bild-tavla.")
    doc.add_heading("Det här ska hända", level=1)
    easy("tavla", "Personalen gör en bild-tavla med mig. Den ska vara klar i november.")
    easy("hund", "Jag ska få prova att jobba på hundpensionatet en dag i veckan.")
    easy("läkare", "Jag ska träffa en läkare om min sömn.")
    easy("buss", "Jag ska öva att åka buss med personal.")

    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    doc.add_heading("För personalen", level=1)
    doc.add_paragraph("Samordnad individuell plan (SIP) – formella uppgifter. Personnr: "
                      "ÅÅMMDD-XXXX. Möte 2025-10-14, Habiliteringen Älmhult.")

    def staff(label, text):
        q = doc.add_paragraph()
        q.paragraph_format.space_before = Pt(6)
        q.paragraph_format.space_after = Pt(2)
        rr = q.add_run(label)
        rr.bold = True
        if text:
            doc.add_paragraph(text)

    staff("Syfte",
          "Erik, 27 år, har måttlig intellektuell funktionsnedsättning och autism och bor i "
          "gruppbostad enligt LSS 9 § 9. Under sommaren 2025 har han haft utbrott på boendet "
          "och sovit dåligt, och det har varit stor omsättning på personal. Syftet med planen "
          "är att boendet, daglig verksamhet och habiliteringen ska arbeta på samma sätt med "
          "bildstöd och förutsägbarhet, och att sömnproblemen utreds medicinskt.")
    staff("Insatser", None)
    tbl = doc.add_table(rows=1, cols=3)
    tbl.style = "Light Grid Accent 1"
    for i, h_ in enumerate(["Insats", "Ansvarig", "Tid"]):
        tbl.rows[0].cells[i].text = h_
    rows = [
        ("Veckoschema med bilder (bildtavla) i lägenheten och fasta kontaktpersoner "
         "enligt personalschema", "Gruppbostaden Linnégården, enhetschef", "Klart 2025-11-15"),
        ("Handledning till personalen på boende och daglig verksamhet i tydliggörande "
         "pedagogik, 3 tillfällen", "Habiliteringen Region Kronoberg, arbetsterapeut",
         "Okt–dec 2025"),
        ("Praktik en dag/vecka på hundpensionat via daglig verksamhet",
         "Daglig verksamhet Tornet, handledare", "Från 2025-11-03"),
        ("Bedömning av sömnsvårigheter och ev. sömnregistrering",
         "Vårdcentralen Älmhult, läkare", ""),
        ("Bussträning Älmhult–Växjö med personal, en gång varannan vecka",
         "Gruppbostaden Linnégården, kontaktperson", "Från 2025-10-27"),
    ]
    for r_ in rows:
        cells = tbl.add_row().cells
        for i, v in enumerate(r_):
            cells[i].text = v
    staff("Samtycke", "Samtycke finns.")
    staff("Andra aktörer", "Erik har god man.")
    staff("Huvudansvar", "LSS-handläggare.")
    staff("Deltagare", "Erik, Maria, Peter, Fatima, Lars")
    staff("Övrigt",
          "Eriks bild-tavla ska användas både på boendet och på daglig verksamhet. Ändringar i "
          "schemat ska visas för Erik med bild i god tid.")
    doc.save(path(7, "docx"))


# ---------------------------------------------------------------------------
# 08  .txt UTF-8 CRLF, NOT a plan: invitation to a SIP meeting
# ---------------------------------------------------------------------------

PLAN08 = """\
Alvesta kommun
Socialförvaltningen, Barn och familj
2025-02-03

KALLELSE TILL SIP-MÖTE

Till: Nora (vårdnadshavare) och Omar (vårdnadshavare)
Angående: Samordnad individuell plan för Leo, 11 år

Hej!

Ni och Leo bjuds in till ett möte om en samordnad individuell plan (SIP).
På mötet träffas ni och de verksamheter som ger Leo stöd i dag, för att
tillsammans komma överens om vem som gör vad framöver. Ni har tidigare
sagt att ni vill ha ett sådant möte.

TID:    Torsdag 20 februari 2025 kl. 13.00–14.30
PLATS:  Familjecentralen Alvesta, samtalsrummet på plan 2
        (ingång från parkeringen, anmäl er i receptionen)

INBJUDNA:
  - Leo och ni som vårdnadshavare
  - Socialsekreterare, Barn och familj, Alvesta kommun (sammankallande)
  - Skolsköterska och specialpedagog, Prästängsskolan, Alvesta
  - Psykolog, BUP Växjö, Region Kronoberg
  - Distriktssköterska, Vårdcentralen Alvesta

ATT TÄNKA PÅ FÖRE MÖTET:
  - Fundera på vad ni och Leo tycker fungerar bra i dag och vad som är
    svårast, hemma och i skolan.
  - Vad vill Leo själv ska bli bättre? Prata gärna med honom om det
    innan, eller låt honom skriva eller rita något som han tar med.
  - Om det är någon mer ni vill ska vara med, till exempel någon från
    Leos fritidsverksamhet eller en släkting, så hör av er så bjuder vi in.
  - För att alla ska kunna dela information på mötet behöver vi ert
    samtycke. Blanketten finns med i kuvertet. Ta med den ifylld.

Leo är välkommen att vara med hela mötet eller en del av det. Vi kan
ta en paus eller låta honom gå ut om det blir för långt.

Om tiden inte passar, kontakta mig via kommunens växel så bokar vi om.

Välkomna!

Socialsekreterare
Barn och familj, Alvesta kommun
"""


def plan08():
    with open(path(8, "txt"), "w", encoding="utf-8", newline="\r\n") as f:
        f.write(PLAN08)


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
    for n in (1, 5, 7):
        normalize_zip(path(n, "docx"))
    print("done:", sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()
