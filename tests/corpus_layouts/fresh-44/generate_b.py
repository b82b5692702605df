# -*- coding: utf-8 -*-
"""Generate batch fresh-44b (prefix f44b-): 7 fictional SIP plans + 1 non-SIP document."""
import os
import shutil
import subprocess
import textwrap

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
TMP = os.path.join(HERE, "tmp")
P = "f44b"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def path(n, ext):
    return os.path.join(OUT, f"{P}-{n:02d}.{ext}")


def soffice_pdf(src, outdir):
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file:///tmp/lo-{P}", "--headless",
         "--convert-to", "pdf", "--outdir", outdir, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


def set_cell_shading(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def add_empty_content_control(doc, tag, placeholder="Klicka eller tryck här för att ange text."):
    """Block-level plain-text content control showing its placeholder (i.e. left empty)."""
    body = doc.element.body
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    alias = OxmlElement("w:alias"); alias.set(qn("w:val"), tag); pr.append(alias)
    t = OxmlElement("w:tag"); t.set(qn("w:val"), tag); pr.append(t)
    ph = OxmlElement("w:showingPlcHdr"); pr.append(ph)
    txt = OxmlElement("w:text"); pr.append(txt)
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    p = OxmlElement("w:p")
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    col = OxmlElement("w:color"); col.set(qn("w:val"), "808080"); rpr.append(col)
    r.append(rpr)
    te = OxmlElement("w:t"); te.text = placeholder; r.append(te)
    p.append(r)
    content.append(p)
    sdt.append(content)
    body.insert(len(body) - 1, sdt)  # before sectPr


def header_text(section, text, size=8):
    hp = section.header.paragraphs[0]
    hp.text = text
    for r in hp.runs:
        r.font.size = Pt(size)
        r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)


def footer_text(section, text, size=8):
    fp = section.footer.paragraphs[0]
    fp.text = text
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for r in fp.runs:
        r.font.size = Pt(size)


def table_with_header(doc, headers, rows, style="Table Grid", shade="D9E2F3", widths=None):
    t = doc.add_table(rows=1, cols=len(headers))
    t.style = style
    for i, h in enumerate(headers):
        c = t.rows[0].cells[i]
        c.text = ""
        run = c.paragraphs[0].add_run(h)
        run.bold = True
        set_cell_shading(c, shade)
    repeat_header(t.rows[0])
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


# ---------------------------------------------------------------- 01 county template
def plan01():
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
    sec = doc.sections[0]
    header_text(sec, "Region Västmanland och Västmanlands kommuner\tSamordnad individuell plan (SIP)\tVersion 2023-09")
    footer_text(sec, "Länsgemensam mall SIP – Västmanland. Planen förvaras i respektive verksamhets journal/akt.")

    h = doc.add_paragraph()
    r = h.add_run("SAMORDNAD INDIVIDUELL PLAN – SIP")
    r.bold = True; r.font.size = Pt(16); r.font.small_caps = True

    t = doc.add_table(rows=2, cols=3)
    t.style = "Table Grid"
    for i, lab in enumerate(["Namn", "Personnummer", "Datum"]):
        c = t.rows[0].cells[i]; c.text = ""
        run = c.paragraphs[0].add_run(lab); run.bold = True; run.font.size = Pt(9)
        set_cell_shading(c, "E7E6E6")
    for i, v in enumerate(["Elias", "ÅÅMMDD-XXXX", "2025-02-11"]):
        t.rows[1].cells[i].text = v
    doc.add_paragraph("Kommun: Surahammar      Mötesplats: Socialkontoret Surahammar      Typ: ☒ Första SIP  ☐ Uppföljning")

    doc.add_heading("1. Syfte med SIP", level=1)
    doc.add_paragraph(
        "Elias har sedan i höstas haft ökande ångest, går till skolan bara enstaka dagar och har vid "
        "flera tillfällen skurit sig på underarmarna. Syftet med planen är att BUP, skolan och "
        "socialtjänsten samordnar sitt stöd så att Elias får behandling för ångesten, att "
        "självskadebeteendet minskar och att han kan komma tillbaka till skolan i en anpassad takt.")

    doc.add_heading("2. Frågeställningar inför mötet", level=1)
    add_empty_content_control(doc, "Fragestallningar")

    doc.add_heading("3. Den enskildes mål", level=1)
    doc.add_paragraph("Elias egna ord:")
    q = doc.add_paragraph("”Jag vill kunna gå till skolan utan att få panik i korridoren, och jag vill sluta skära mig.”")
    q.runs[0].italic = True

    doc.add_heading("4. Delaktighet", level=1)
    doc.add_paragraph(
        "Elias deltog i mötet tillsammans med sin mamma, som är vårdnadshavare. Elias ville inte sitta med hela tiden utan gick ut en "
        "stund i mitten. Han berättade att han helst vill börja skolan med ett par lektioner i veckan "
        "och att han inte vill ha samtal i grupp. Han vill att kuratorn på skolan ska vara den han "
        "pratar med i vardagen.")

    doc.add_heading("5. Samtycke", level=1)
    doc.add_paragraph("☒ Samtycke finns        ☐ Samtycke saknas")

    doc.add_heading("6. Insatser och ansvar", level=1)
    rows = [
        ("KBT-behandling inriktad på ångest, inkl. skattning av självskada varje besök",
         "Psykolog, BUP Västerås", "Start vecka 9, varannan vecka t.o.m. juni"),
        ("Säkerhetsplan vid självskada, genomgång med Elias och mamma",
         "Sjuksköterska, BUP Västerås", "2025-02-20"),
        ("Anpassad studiegång: två lektioner/vecka (Sv och Bild) med gradvis utökning",
         "Rektor och mentor, Nyhammarsskolan Surahammar", "Från 2025-02-17"),
        ("Stödsamtal med skolkurator, fast tid",
         "Skolkurator, Nyhammarsskolan", "Varje tisdag kl. 09.30 fr.o.m. 2025-02-18"),
        ("Familjebehandling i hemmet (ASI-bedömning klar, beslut enligt SoL 4 kap. 1 §)",
         "Familjebehandlare, IFO barn och unga, Surahammars kommun", ""),
    ]
    table_with_header(doc, ["Insats", "Ansvarig (verksamhet/funktion)", "När"], rows,
                      widths=[8, 5.5, 4])

    doc.add_heading("7. Andra aktörers insatser", level=1)
    add_empty_content_control(doc, "AndraAktorer")

    doc.add_heading("8. Huvudansvar för planen", level=1)
    doc.add_paragraph("Socialsekreterare Jonna, IFO barn och unga, Surahammars kommun.")

    doc.add_heading("9. Uppföljning", level=1)
    doc.add_paragraph("Nästa uppföljning: 2025-04-08 kl. 13.00, Socialkontoret Surahammar. Jonna kallar.")

    doc.add_heading("10. Deltagare", level=1)
    dt = table_with_header(doc, ["Namn", "Funktion", "Verksamhet"], [
        ("Elias", "Den enskilde", "–"),
        ("[namn]", "Vårdnadshavare (mamma)", "–"),
        ("Jonna", "Socialsekreterare", "IFO barn och unga, Surahammars kommun"),
        ("Hanna", "Psykolog", "BUP Västerås"),
        ("Mikael", "Rektor", "Nyhammarsskolan, Surahammar"),
        ("Sofia", "Skolkurator", "Elevhälsan, Surahammars kommun"),
    ])
    doc.add_paragraph()
    doc.add_paragraph("Planen skickas till samtliga deltagare efter mötet.")
    doc.save(path(1, "docx"))


# ---------------------------------------------------------------- 02 psychiatric record print
def plan02():
    html = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>Journalutskrift</title>
<style>
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 9.5pt; margin: 1.2cm; }
.sys { border-bottom: 1px solid #000; font-size: 8pt; display: flex; }
table.hd { width: 100%; border-collapse: collapse; font-size: 8.5pt; margin-bottom: 8px; }
table.hd td { border: 1px solid #777; padding: 3px 5px; vertical-align: top; }
.note { border-top: 2px solid #333; margin-top: 10px; padding-top: 4px; }
.notehead { font-weight: bold; background: #e8e8e8; padding: 3px; }
.sok { font-weight: bold; margin-top: 7px; }
p { margin: 2px 0 4px 0; }
.sign { font-size: 8pt; color: #444; margin-top: 10px; }
</style></head><body>
<table class="hd"><tr><td><b>Cosmic</b> – Journalutskrift</td><td>Utskriftsdatum: 2025-03-05 10:42</td><td>Utskriven av: Kurator</td></tr>
<tr><td>Patient: M.</td><td>Personnummer: XXXXXX-XXXX</td><td>Journalmall: Psykiatri – Anteckning</td></tr></table>

<div class="note">
<div class="notehead">2025-03-03 14:00 &nbsp; Anteckning SIP &nbsp;|&nbsp; Kurator Ellinor &nbsp;|&nbsp; Psykiatrisk öppenvård, team Hallstahammar, Vuxenpsykiatrin Region Västmanland</div>

<p class="sok">Sökord: Kontaktorsak</p>
<p>SIP-möte på mottagningen i Hallstahammar. Kallat av undertecknad efter att behandlande läkare noterat inkassokrav och obetalda hyror i samband med senaste besöket.</p>

<p class="sok">Sökord: Aktuellt</p>
<p>48-årig kvinna med bipolär sjukdom typ I, stabil på litium sedan 2022 efter två slutenvårdstillfällen 2021. Hösten 2024 lättare hypomana perioder med impulsköp på kredit, nu skulder på drygt 300 000 kr, flera ärenden hos Kronofogden. Bor ensam i hyreslägenhet i Hallstahammar, sjukersättning. God man förordnad sedan januari 2025 (bevaka rätt, förvalta egendom). Sömnen försämrad senaste månaden, inga psykotiska symtom, ingen suicidalitet.</p>

<p class="sok">Sökord: Närvarande</p>
<p>Pat, god man, boendestödjare, kurator, sjuksköterska, skuld- och budgetrådgivare.</p>

<p class="sok">Sökord: Delaktighet</p>
<p>Pat deltog under hela mötet.</p>

<p class="sok">Sökord: Samtycke</p>
<p>Pat lämnade muntligt samtycke till SIP vid läkarbesöket 2025-02-18 och bekräftade det skriftligt på blankett ”Samtycke till SIP” vid mötets början 2025-03-03. Samtycket omfattar informationsutbyte med kommunen och god man.</p>

<p class="sok">Sökord: Mål</p>
<p>Målet är att M. ska hålla stämningsläget stabilt och få kontroll över ekonomin så att inga nya skulder uppstår.</p>

<p class="sok">Sökord: Planerade åtgärder</p>
<p>– Sjuksköterska i teamet har stödsamtal med fokus på sömn och tidiga tecken på hypomani var annan vecka, första tid 2025-03-12. Litiumprov tas 2025-03-10 på mottagningen.<br>
– Läkarbesök för läkemedelsgenomgång, ansvarig läkare i teamet, under april.<br>
– Boendestöd 2 ggr/vecka med struktur kring post, räkningar och inköp. Kommunen ansvarar.<br>
– Budget- och skuldrådgivning, Hallstahammars kommun: genomgång av samtliga skulder och bedömning av förutsättningar för skuldsanering.</p>

<p class="sok">Sökord: Övriga aktörer</p>
<p>God man Ingrid betalar löpande räkningar från pats konto, begär ut skuldsammanställning från Kronofogden och lämnar in ansökan om skuldsanering tillsammans med budget- och skuldrådgivaren senast 2025-04-30. Pat själv lämnar all post som kommer till boendestödjaren eller god man i stället för att lägga den oöppnad.</p>

<p class="sok">Sökord: Huvudansvar</p>
<p>Vuxenpsykiatrin.</p>

<p class="sok">Sökord: Planering</p>
<p>Uppföljning av SIP om ca tre månader. Kallelse skickas ut av psykiatrin.</p>

<div class="sign">Signerad av: Kurator Ellinor, Vuxenpsykiatrin 2025-03-04 09:12</div>
</div>
</body></html>
"""
    os.makedirs(TMP, exist_ok=True)
    src = os.path.join(TMP, f"{P}-02.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html)
    soffice_pdf(src, TMP)
    shutil.move(os.path.join(TMP, f"{P}-02.pdf"), path(2, "pdf"))


# ---------------------------------------------------------------- 03 text export UTF-8 CRLF
def plan03():
    def wrap(label, value, width=76):
        first = f"{label}: "
        lines = textwrap.wrap(value, width=width - len(first)) or [""]
        out = [first + lines[0]]
        rest = " ".join(lines[1:])
        if rest:
            out += ["  " + l for l in textwrap.wrap(rest, width=width - 2)]
        return out

    L = []
    L.append("EXPORT SIP  |  Lifecare SP  |  Skinnskattebergs kommun")
    L.append("Exporterad: 2025-05-14 08:55  Ärendetyp: SIP vuxen")
    L.append("=" * 76)
    L += wrap("NAMN", "Anton")
    L += wrap("PERSONNUMMER", "ÅÅMMDD-XXXX")
    L += wrap("MÖTESDATUM", "2025-05-13")
    L += wrap("MÖTESPLATS", "Kommunhuset Skinnskatteberg, rum Kolbäcken")
    L += wrap("SYFTE", "Samordning.")
    L += wrap("FRÅGESTÄLLNINGAR", "Diskutera läget kring sysselsättning.")
    L += wrap("BAKGRUND",
              "Anton, 26 år, diagnos autism (utredd vid Vuxenpsykiatrin Västerås 2019). Bor i egen "
              "lägenhet i Skinnskatteberg. Har inte haft arbete eller studier sedan gymnasiet, "
              "aktivitetsersättningen upphörde 2024 och han är nu inskriven på Arbetsförmedlingen. "
              "Har svårt med telefonsamtal och nya miljöer, dygnsrytmen har glidit.")
    L += wrap("DELAKTIGHET",
              "Anton deltog inte på mötet. Han har före mötet via boendestödjaren lämnat sina "
              "önskemål: han vill ha kontakt via sms och mejl i stället för telefon, och han vill "
              "inte ha någon praktik i butik eller med kundkontakt.")
    L += wrap("DEN ENSKILDES MÅL",
              "\"Jag vill ha ett jobb där jag får jobba mest själv, med datorer eller lager, och "
              "där ingen ringer mig.\"")
    L += wrap("SAMTYCKE", "")
    L.append("")
    L.append("INSATSER OCH ANSVAR")
    L.append("-" * 76)
    hdr = f"{'Nr':<3}{'Insats':<31}{'Ansvarig':<26}{'När':<16}"
    L.append(hdr)
    L.append("-" * 76)
    acts = [
        ("1", "Boendestöd 2 ggr/v, dygnsrytm", "Boendestödjare,", "Fr.o.m. 2025-05-19"),
        ("", "och veckoschema", "Socialpsykiatrin, Skinn-", ""),
        ("", "", "skattebergs kommun", ""),
        ("2", "Utredning av arbetsförmåga,", "Arbetsförmedlare, AF", "Start 2025-06-02"),
        ("", "programmet Rusta och matcha", "Köping/Arboga", ""),
        ("3", "Samtal om stresshantering och", "Kurator, Vårdcentralen", "2025-05-27, sedan"),
        ("", "sömn, 6 tillfällen", "Skinnskatteberg", "var 14:e dag"),
        ("4", "Ansöka om daglig sysselsätt-", "Anton själv med hjälp av", "Senast 2025-05-30"),
        ("", "ning via kommunen (SoL)", "boendestödjaren", ""),
        ("5", "Skicka skriftlig kallelse via", "Arbetsförmedlare, AF", "Löpande fr.o.m."),
        ("", "mejl inför varje möte", "", "2025-05-20"),
    ]
    for n, a, b, c in acts:
        L.append(f"{n:<3}{a:<31}{b:<26}{c:<16}".rstrip())
    L.append("-" * 76)
    L.append("")
    L += wrap("ANDRA AKTÖRER",
              "Arbetsförmedlingen (se insats 2 och 5): arbetsförmedlaren gör en kartläggning och "
              "bokar in Anton hos en leverantör inom Rusta och matcha. Anton själv ansvarar för att "
              "skicka in ansökan om sysselsättning (insats 4). Försäkringskassan är inte aktuell i "
              "nuläget.")
    L += wrap("HUVUDANSVARIG", "")
    L += wrap("UPPFÖLJNING", "")
    L += wrap("DELTAGARE", "Sara, Mikael, Jessica, Tobias")
    L.append("=" * 76)
    L.append("Slut på export")
    with open(path(3, "txt"), "w", encoding="utf-8", newline="\r\n") as f:
        f.write("\n".join(L) + "\n")


# ---------------------------------------------------------------- 04 markdown LSS
def plan04():
    md = """# SIP – samordnad individuell plan

**Namn:** Olle
**Personnummer:** ÅÅMMDD-XXXX
**Datum för möte:** 2025-01-22
**Plats:** Vård- och omsorgsförvaltningen, Arboga
**Skriven av:** LSS-handläggare, Arboga kommun

## Syfte

Att få en gemensam bild.

## Bakgrund

Olle är 21 år och har en lindrig intellektuell funktionsnedsättning samt epilepsi som
behandlas via Neurologmottagningen i Västerås. Han bor hemma hos sina föräldrar i Arboga och
har sedan gymnasiesärskolan avslutades i juni 2024 inte haft någon sysselsättning. Han har
beviljats daglig verksamhet enligt 9 § 10 LSS och har ansökt om bostad med särskild service
för vuxna enligt 9 § 9 LSS. Epilepsin har varit välinställd sedan hösten men det finns behov
av att personalen i daglig verksamhet och på boendet vet hur de ska agera vid anfall.

## Mål

Målet är att Olle ska komma igång på daglig verksamhet minst tre dagar i veckan och under året
flytta till en egen lägenhet i gruppbostad där han trivs.

## Delaktighet

Olle deltog på mötet.

## Samtycke

Samtycke finns.

## Insatser

| Insats | Ansvarig | När |
|---|---|---|
| Introduktion på daglig verksamhet Verkstan, 3 dagar/vecka, med fast kontaktperson | Enhetschef, Daglig verksamhet Verkstan, Arboga kommun | Start 2025-02-03 |
| Verkställa beslut om bostad med särskild service, erbjuda lägenhet i gruppbostaden på Jäders bruk | Boendesamordnare, LSS Arboga kommun | Senast 2025-06-30 |
| Kartläggning av vardagsfärdigheter (matlagning, tvätt, ekonomi) inför flytt | Arbetsterapeut, Vårdcentralen Arboga | 2025-02-10 – 2025-03-14 |
| Utbildning för personal om anfallsrutiner och akutläkemedel | Sjuksköterska, Neurologmottagningen Västerås | 2025-02-05 |
| Årskontroll epilepsi inkl. läkemedelsgenomgång | Neurolog, Neurologmottagningen Västerås | 2025-04-09 |

## Huvudansvar

LSS-handläggare Maria, Vård- och omsorgsförvaltningen, Arboga kommun.

## Uppföljning

Uppföljning i oktober 2025.

## Deltagare

- Olle
- LSS-handläggare
- Enhetschef daglig verksamhet
- Boendesamordnare
- Arbetsterapeut
- Sjuksköterska
"""
    with open(path(4, "md"), "w", encoding="utf-8") as f:
        f.write(md)


# ---------------------------------------------------------------- 05 child-friendly docx
def plan05():
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Comic Sans MS"; st.font.size = Pt(13)
    sec = doc.sections[0]
    header_text(sec, "Köpings kommun – Elevhälsan och Region Västmanland", size=9)
    t = doc.add_paragraph()
    r = t.add_run("Din plan, Lo ☺"); r.bold = True; r.font.size = Pt(24)
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    s = doc.add_paragraph("En SIP – så att alla som hjälper dig gör det tillsammans")
    s.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph("Mötet var den 18 mars 2025 på Karlbergsskolan i Köping.")

    def h(txt):
        p = doc.add_paragraph()
        rr = p.add_run(txt); rr.bold = True; rr.font.size = Pt(15); rr.font.color.rgb = RGBColor(0x1F, 0x6F, 0x3F)

    h("Varför träffades vi?")
    doc.add_paragraph(
        "Du är 7 år och går i ettan. Det är svårt för dig att säga vissa ljud, och ibland förstår "
        "inte kompisarna vad du säger. Sedan pappa kom till fängelset i höstas har du också varit "
        "ledsen och haft ont i magen på morgonen. Vi träffades för att logopeden, skolan och "
        "socialtjänsten ska hjälpa dig med pratet och med att må bättre, och för att vi ska göra "
        "det tillsammans i stället för var och en för sig.")

    h("Vem var med?")
    doc.add_paragraph("Du, mamma, Lena, Karin, Johan och Amira.")

    h("Vad tycker du?")
    doc.add_paragraph(
        "Du var med på mötet med mamma en stund och ritade en bild på dig och pappa. Du sa att du "
        "tycker det är roligt att träna med Karin, men att du inte vill träna ljud inne i "
        "klassrummet när alla hör. Du sa också att du vill kunna prata med pappa i telefon oftare.")

    h("Ditt mål")
    q = doc.add_paragraph("”Jag vill att kompisarna förstår vad jag säger när vi leker.”")
    q.runs[0].italic = True

    h("Det här ska hända")
    items = [
        "Karin, som är logoped på Logopedmottagningen i Köping, tränar ljud med dig varannan torsdag. Första gången är den 27 mars.",
        "Din lärare Amira ordnar så att du kan göra läsläxan med en vuxen i ett eget rum, från vecka 14.",
        "Johan, som är socialsekreterare på socialtjänsten i Köping, hjälper mamma att ordna så att du kan besöka pappa. Det första besöket blir den 12 april.",
        "Lena har pratstunder med dig om hur det känns när pappa inte är hemma.",
    ]
    for it in items:
        doc.add_paragraph(it, style="List Bullet")

    h("Andra som hjälper dig")
    doc.add_paragraph(
        "Mamma och pappa är också viktiga för att hjälpa dig. Det finns en förening som heter "
        "Bufff för barn som har en förälder i fängelse, den pratade vi lite om.")

    h("Vem håller ihop planen?")
    doc.add_paragraph("Lena, som är kurator, ser till att alla gör det de har lovat.")

    h("När ses vi igen?")
    doc.add_paragraph("Vi ses igen tisdagen den 3 juni 2025 klockan 14.00 i samma rum. Då får du berätta hur det har gått!")
    doc.save(path(5, "docx"))


# ---------------------------------------------------------------- 06 minutes fpdf2
class Minutes(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 8)
        self.cell(0, 5, "Region Västmanland / Sala kommun – Minnesanteckningar nätverksmöte", border=0)
        self.set_x(-60)
        self.cell(0, 5, f"Utskrift 2025-09-26   Sida {self.page_no()} ({{nb}})", align="R")
        self.ln(6)
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(4)


def plan06():
    pdf = Minutes(format="A4")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONTB)
    pdf.alias_nb_pages()
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 8, "Minnesanteckningar – nätverksmöte (SIP)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    pdf.cell(0, 6, "Datum: 2025-09-24, kl. 10.00–11.30   Plats: Vårdcentralen Sala Väsby, konferensrummet",
             new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, "Angående: K., 55 år, Sala", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    paras = [
        "Närvarande var Anna, Petra, Lars och Helena. Mötet var ett SIP-möte för samordning. "
        "Anna hälsade välkommen och gick igenom hur mötet skulle gå till. K. deltog inte.",

        "K. har haft multipel skleros sedan 2012, skovvis förlopp som de senaste två åren övergått i "
        "ett mer sekundärprogressivt förlopp. Hon går numera med rollator inomhus och orkar bara "
        "korta sträckor utomhus. Sedan i våras har hon också en depression som behandlas med "
        "sertralin via vårdcentralen; hon har isolerat sig, slutat gå till simhallen och uttryckt "
        "hopplöshet inför framtiden. Hon bor i ett tvåplanshus med badrum på övervåningen. "
        "Hennes sjukpenning har varit på heltid sedan februari.",

        "Frågan inför mötet var hur K. ska kunna bo kvar i huset när benen blir sämre, och särskilt "
        "hur hygien och toalettbesök ska lösas när hon inte längre tar sig upp för trappan. En "
        "andra fråga var om depressionsbehandlingen behöver förstärkas med samtalsbehandling "
        "eller om hon ska remitteras till psykiatrin. Lars tog också upp frågan om vem som ska "
        "hjälpa K. med ansökan om sjukersättning.",

        "I diskussionen framkom att arbetsterapeuten redan gjort ett hembesök i augusti och att "
        "trapphiss har diskuterats men att det tar tid. Det framkom också att biståndsbedömning om "
        "hemtjänst inte är gjord eftersom ingen ansökan kommit in. Försäkringskassan och maken "
        "nämndes också under mötet. Helena påpekade att neurologmottagningen bör få veta hur "
        "gångförmågan förändrats inför nästa läkarbesök.",

        "Beslut: Arbetsterapeuten på Vårdcentralen Sala Väsby skriver intyg för ansökan om "
        "bostadsanpassning (trapphiss) och skickar senast 2025-10-03, samt provar ut toalettstol "
        "för bottenvåningen vecka 41. Biståndshandläggare vid Vård och omsorg, Sala kommun, gör "
        "hembesök för biståndsbedömning av hemtjänst med morgonhjälp och dusch den 2025-10-08. "
        "Kuratorn på vårdcentralen erbjuder K. KBT-samtal inriktade på depression, "
        "sex tillfällen med start i oktober. Regionen ordnar ett återbesök hos neurolog. "
        "Huvudansvar för planen har distriktssköterska Anna, Vårdcentralen Sala Väsby, som också "
        "skickar anteckningarna till K.",
    ]
    for para in paras:
        pdf.multi_cell(0, 5.6, para, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.ln(4)
    pdf.set_font("DejaVu", "", 8)
    pdf.cell(0, 5, "Antecknat av: Anna, distriktssköterska", new_x="LMARGIN", new_y="NEXT")
    pdf.output(path(6, "pdf"))


# ---------------------------------------------------------------- 07 follow-up docx
def plan07():
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10.5)
    sec = doc.sections[0]
    header_text(sec, "Västerås stad – Vård och omsorg / Region Västmanland            SIP – Uppföljning")
    footer_text(sec, "Sekretess enligt OSL 26 kap. 1 § och 25 kap. 1 §")
    p = doc.add_paragraph(); r = p.add_run("UPPFÖLJNING AV SAMORDNAD INDIVIDUELL PLAN"); r.bold = True; r.font.size = Pt(14)

    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    vals = [("Namn", "Gunnar"), ("Personnummer", "XXXXXX-XXXX"), ("Datum för uppföljning", "2025-03-20")]
    for i, (a, b) in enumerate(vals):
        t.rows[i].cells[0].text = ""
        rr = t.rows[i].cells[0].paragraphs[0].add_run(a); rr.bold = True
        set_cell_shading(t.rows[i].cells[0], "EDEDED")
        t.rows[i].cells[1].text = b
    doc.add_paragraph()

    p = doc.add_paragraph(); p.add_run("Frågeställningar").bold = True
    doc.add_paragraph("Gå igenom läget.")

    p = doc.add_paragraph(); p.add_run("Aktuell situation").bold = True
    doc.add_paragraph(
        "Gunnar är 84 år och bor ensam i lägenhet på Råby. Han har KOL i stadium 3 och "
        "använder syrgas nattetid. Han hade en försämringsperiod i januari med inläggning på "
        "medicinkliniken, Västmanlands sjukhus Västerås, i fem dagar. Sedan hustrun dog 2023 har han "
        "få sociala kontakter och lämnar sällan lägenheten. Dottern bor i Uppsala.")

    p = doc.add_paragraph(); p.add_run("Mål").bold = True
    doc.add_paragraph("Målet är att Gunnar ska känna sig mindre ensam och kunna bo kvar hemma.")

    p = doc.add_paragraph(); p.add_run("Uppföljning av insatser").bold = True
    rows = [
        ("Stöd i hemmet", "Pågår", "Fortsätter som tidigare"),
        ("Uppföljning av KOL", "Pågår", "Fortsatt kontakt"),
        ("Social samvaro", "Ej påbörjad", "Ses över vid behov"),
        ("Stöd från dotter", "Pågår", "Som tidigare"),
    ]
    table_with_header(doc, ["Insats", "Status", "Fortsättning"], rows, shade="DDEBF7", widths=[6, 4, 6.5])
    doc.add_paragraph()

    p = doc.add_paragraph(); p.add_run("Övrigt").bold = True
    doc.add_paragraph("Inga förändringar i övrigt sedan förra planen.")

    p = doc.add_paragraph(); p.add_run("Ny uppföljning").bold = True
    doc.add_paragraph("Nästa uppföljning: 2025-06-12 kl. 10.00 hemma hos Gunnar.")
    doc.save(path(7, "docx"))


# ---------------------------------------------------------------- 08 NOT a SIP: genomförandeplan
def doc08():
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
    sec = doc.sections[0]
    header_text(sec, "Västerås stad – Hemtjänst Bäckby/Skälby\tGenomförandeplan\tSoL")
    footer_text(sec, "Genomförandeplanen upprättas enligt SOSFS 2014:5 och följs upp minst var sjätte månad.")
    doc.add_heading("Genomförandeplan hemtjänst", level=0)
    t = doc.add_table(rows=4, cols=2); t.style = "Table Grid"
    for i, (a, b) in enumerate([("Brukare", "Bertil"), ("Personnummer", "ÅÅMMDD-XXXX"),
                                ("Kontaktman", "Undersköterska Fatima"),
                                ("Upprättad", "2025-02-04")]):
        t.rows[i].cells[0].text = a; t.rows[i].cells[1].text = b
        t.rows[i].cells[0].paragraphs[0].runs[0].bold = True
    doc.add_heading("Beviljade insatser (beslut 2025-01-28, biståndshandläggare)", level=2)
    doc.add_paragraph("Hjälp med personlig omvårdnad morgon och kväll, dusch 1 g/vecka, inköp 1 g/vecka, städning varannan vecka, trygghetslarm.")
    doc.add_heading("Så här vill Bertil ha det", level=2)
    doc.add_paragraph(
        "Bertil har KOL och blir lätt andfådd. Han vill bli väckt kl. 08.00, inte tidigare, och vill "
        "själv sköta sin inhalation men behöver påminnelse. Han vill ha havregrynsgröt till frukost "
        "och att personalen tar sig tid att prata en stund. Han tycker om att höra om fotboll.")
    doc.add_heading("Utförande", level=2)
    rows = [
        ("Morgon 08.00", "Hjälp upp, hjälp med strumpor och byxor, påminnelse om inhalator, frukost.", "Hemtjänstpersonal"),
        ("Kväll 20.00", "Kvällsmål, hjälp av med kläder, kontrollera att syrgasslangen ligger rätt.", "Hemtjänstpersonal"),
        ("Tisdag", "Dusch med duschpall, rena handdukar. Smörja ryggen.", "Hemtjänstpersonal"),
        ("Torsdag", "Inköp efter Bertils lista, kvitto i pärmen.", "Hemtjänstpersonal"),
        ("Jämn vecka fredag", "Städning: dammsugning, våttorkning, badrum.", "Hemtjänstpersonal"),
    ]
    table_with_header(doc, ["När", "Vad och hur", "Utförs av"], rows, shade="E2EFDA", widths=[3.5, 9.5, 4])
    doc.add_heading("Risker och att tänka på", level=2)
    doc.add_paragraph("Fallrisk vid andfåddhet – låt Bertil vila mellan moment. Rökning förbjuden i lägenheten pga syrgas. Vid ökad andfåddhet eller feber: kontakta sjuksköterska i hemsjukvården.")
    doc.add_heading("Uppföljning", level=2)
    doc.add_paragraph("Genomförandeplanen följs upp av kontaktmannen tillsammans med Bertil 2025-08-04.")
    doc.add_paragraph("Bertil har tagit del av planen och godkänt den muntligt 2025-02-04.")
    doc.save(path(8, "docx"))


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    plan01(); plan02(); plan03(); plan04(); plan05(); plan06(); plan07(); doc08()
    shutil.rmtree(TMP, ignore_errors=True)
    print("ok")
