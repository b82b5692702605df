#!/usr/bin/env python3
"""Generate batch f96b: fictional, anonymized SIP documents from Region Värmland (2025)."""
import os
import shutil
import subprocess
import textwrap

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF
from PIL import Image, ImageDraw

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
P = "f96b"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def path(n, ext):
    return os.path.join(OUT, f"{P}-{n:02d}.{ext}")


def fixed_core(doc, author="", title=""):
    import datetime
    cp = doc.core_properties
    cp.author = author
    cp.title = title
    cp.created = datetime.datetime(2025, 1, 1, 8, 0, 0)
    cp.modified = datetime.datetime(2025, 1, 1, 8, 0, 0)
    cp.last_modified_by = author


def header_row_repeat(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def soffice_pdf(docx_path, outdir):
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-f96b", "--headless",
                    "--convert-to", "pdf", "--outdir", outdir, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------------------
# 1. fpdf2 record print, shaded title bars, boxed text, 2 pages. Karlstad.
# ---------------------------------------------------------------------------
def plan01():
    class Rec(FPDF):
        def header(self):
            self.set_font("DV", "", 8)
            self.set_text_color(80, 80, 80)
            self.cell(0, 5, "Cosmic – Journalutskrift  |  Samordnad individuell plan (SIP)", align="L")
            self.cell(0, 5, "Utskriftsdatum 2025-05-22 14:07", align="R", new_x="LMARGIN", new_y="NEXT")
            self.line(15, 16, 195, 16)
            self.ln(4)
            self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_y(-14)
            self.set_font("DV", "", 8)
            self.set_text_color(80, 80, 80)
            self.cell(0, 6, f"Utskriven av: sjuksköterska • Sida {self.page_no()} av {{nb}}", align="C")

    pdf = Rec(format="A4")
    pdf.set_margins(15, 12, 15)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_font("DV", "", FONT)
    pdf.add_font("DV", "B", FONTB)
    pdf.alias_nb_pages()
    pdf.add_page()

    pdf.set_font("DV", "B", 13)
    pdf.cell(0, 8, "Samordnad individuell plan – SIP", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 9)
    pdf.cell(0, 5, "Patient: M-L, 67 år   Personnummer: XXXXXX-XXXX   Enhet: Ortopedavdelning 3, Centralsjukhuset Karlstad",
             new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "Mötesdatum: 2025-05-20   Plats: Avdelning 3, samtalsrum 2   Dokumenttyp: SIP (första plan)",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    def part(title, text):
        if pdf.get_y() > 245:
            pdf.add_page()
        pdf.set_fill_color(64, 64, 64)
        pdf.set_text_color(255, 255, 255)
        pdf.set_font("DV", "B", 10)
        pdf.cell(0, 7, "  " + title, fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.set_font("DV", "", 9.5)
        pdf.multi_cell(0, 5, text if text else " ", border=1, padding=(2, 2, 2, 2),
                       new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)

    part("Aktuell situation / bakgrund",
         "M-L, 67 år, ensamboende i lägenhet på två trappor utan hiss i Karlstad. Föll i hemmet "
         "2025-05-09 och opererades för höftfraktur vänster sida 2025-05-10 (halvprotes). Vid "
         "inskrivning förhöjt etanolvärde och abstinenssymtom dygn 2, behandlades enligt "
         "abstinensschema. Uppger själv att hon druckit dagligen sedan maken dog för två år sedan, "
         "ca en flaska vin per dag. Tidigare frisk förutom hypertoni. Går i dag med gåbord/rollator "
         "korta sträckor inne på avdelningen med tillsyn. Har tidigare inte haft några insatser "
         "från kommunen. Nutritionsstatus: viktnedgång ca 5 kg senaste halvåret, BMI 19. "
         "Bedöms vara utskrivningsklar inom ca en vecka.")
    part("Syfte med SIP",
         "Syftet är att M-L ska kunna skrivas ut tryggt till sin lägenhet efter höftoperationen, "
         "med hemtjänst och rehabilitering på plats från första dagen, och att kontakten kring "
         "hennes alkoholbruk ska fortsätta efter utskrivning så att risken för nya fall minskar.")
    part("Frågeställningar", "")
    part("Mål",
         "Målet är att M-L ska kunna förflytta sig självständigt med rollator i bostaden och "
         "klara trapporna med stöd inom sex veckor, samt att hon ska minska sitt alkoholintag.")
    part("Den enskildes delaktighet",
         "M-L deltog i mötet på avdelningen under hela tiden.")
    part("Insatser",
         "1. Hemtjänst med morgon- och kvällsinsats (personlig omvårdnad, måltider, tillsyn) "
         "från utskrivningsdagen. Ansvar: biståndshandläggare äldreomsorgen, Karlstads kommun. "
         "Beslut fattas senast 2025-05-26.\n"
         "2. Hemrehabilitering med fysioterapeut och arbetsterapeut: trappträning, bedömning av "
         "hjälpmedel (toalettförhöjning, duschpall) och fallprevention i bostaden. Ansvar: "
         "Rehab i hemmet, Karlstads kommun. Start första veckan efter hemgång, senast 2025-06-02.\n"
         "3. Uppföljande samtal om alkohol (AUDIT, motiverande samtal) och ställningstagande till "
         "läkemedel mot alkoholberoende. Ansvar: distriktssköterska, Vårdcentralen Herrhagen.\n"
         "4. Läkemedelsgenomgång inkl. smärtlindring och blodtryck. Ansvar: distriktsläkare, "
         "Vårdcentralen Herrhagen, inom två veckor efter utskrivning.\n"
         "5. Trygghetslarm installeras före hemgång. Ansvar: Trygghetsjouren, Karlstads kommun, "
         "senast 2025-05-27.\n"
         "6. Dietistkontakt för nutrition och viktuppgång. Ansvar: dietist, Vårdcentralen "
         "Herrhagen, första besök 2025-06-10.")
    part("Huvudansvar för planen",
         "Huvudansvar för att planen genomförs och följs upp har biståndshandläggare Karin, "
         "Äldreomsorgen myndighet, Karlstads kommun.")
    part("Uppföljning",
         "Uppföljning av planen sker 2025-06-24 kl. 10.00 i M-L:s hem. Kallelse skickas av "
         "huvudansvarig.")
    part("Deltagare vid mötet",
         "M-L, patient\n"
         "Karin, biståndshandläggare, Äldreomsorgen myndighet, Karlstads kommun\n"
         "Sofia, sjuksköterska, Ortopedavdelning 3, Centralsjukhuset Karlstad (Region Värmland)\n"
         "Emil, fysioterapeut, Ortopedavdelning 3, Centralsjukhuset Karlstad\n"
         "Hanna, arbetsterapeut, Rehab i hemmet, Karlstads kommun\n"
         "Anna, distriktssköterska, Vårdcentralen Herrhagen (Region Värmland)")
    part("Signering",
         "Dokumentet signerat elektroniskt 2025-05-22 av sjuksköterska, Ortopedavdelning 3. "
         "Kopia av planen lämnad till M-L samt skickad till deltagande verksamheter via "
         "Lifecare SP.")
    pdf.output(path(1, "pdf"))


# ---------------------------------------------------------------------------
# 2. docx dialogue transcript, Alex 16, Arvika
# ---------------------------------------------------------------------------
def plan02():
    doc = Document()
    fixed_core(doc, "IFO Arvika", "SIP Alex")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Arvika kommun – Individ- och familjeomsorgen, Barn och unga"
    sec.header.paragraphs[0].runs[0].font.size = Pt(8)

    doc.add_heading("SIP-möte – anteckningar i samtalsform", level=1)
    info = [("Ungdom:", "Alex, 16 år (ÅÅMMDD-XXXX)"),
            ("Datum:", "2025-02-12, kl. 13.00–14.30"),
            ("Plats:", "Familjecentralen, Arvika"),
            ("Närvarande:", "Alex, mamma, handläggaren, kuratorn, mentorn, sjuksköterskan, psykologen"),
            ("Syfte:", "Samordning.")]
    for lab, val in info:
        p = doc.add_paragraph()
        r = p.add_run(lab + " ")
        r.bold = True
        p.add_run(val)
        p.paragraph_format.space_after = Pt(0)
    doc.add_paragraph()
    p = doc.add_paragraph()
    r = p.add_run("Anteckningarna är skrivna så nära det som sades som möjligt. Alex har läst igenom dem.")
    r.italic = True

    lines = [
        ("Handläggaren", "Välkomna. Vi har samlats för att Alex inte har varit i skolan mer än några "
         "timmar sedan november och för att spelandet har tagit över dygnet. Frågan vi behöver svara "
         "på i dag är: hur får vi Alex tillbaka till skolan efter sportlovet, och vem gör vad hemma, "
         "i skolan och på BUP?"),
        ("Alex", "Jag vet att det är dåligt. Men när jag väl har vaknat vid två är det ingen idé att gå dit."),
        ("Handläggaren", "Vad skulle du själv vilja ska hända?"),
        ("Alex", "Jag vill klara matte och engelska i nian så att jag kommer in på el-programmet. "
         "Och jag vill kunna spela på helgerna utan att det blir bråk hemma hela tiden."),
        ("Mamma", "Jag orkar inte mer med bråken kring skärmen. Jag jobbar skift och han är vaken "
         "hela nätterna när jag inte är hemma."),
        ("Kuratorn", "Skolan kan erbjuda en anpassad studiegång till en början: två lektioner om dagen, "
         "matte och engelska, i det lilla grupprummet. Vi har gjort en kartläggning av frånvaron och "
         "Alex har 74 procent frånvaro den här terminen."),
        ("Alex", "Det går om det är i det lilla rummet. Inte i klassrummet, inte än."),
        ("Mentorn", "Jag kan möta Alex vid entrén varje morgon kl. 8.50 de första veckorna och sms:a "
         "kvällen innan."),
        ("Sjuksköterskan", "Från BUP kan vi erbjuda KBT-inriktade samtal med fokus på spelandet och sömnen. "
         "Alex står redan i kö, men vi kan ge en tid direkt efter sportlovet."),
        ("Alex", "Jag vill inte att någon bara tar datorn. Då blir det bara värre."),
        ("Psykologen", "Det är inte så vi jobbar. Vi gör upp ett schema tillsammans, med spel som "
         "belöning och inte som straff."),
        ("Mamma", "Jag kan ta ner routern kl. 23 på vardagar och väcka honom 07.30. Men jag behöver "
         "hjälp med hur jag ska göra när han blir arg."),
        ("Handläggaren", "Vi på IFO kan erbjuda föräldrastöd, ett par samtal med familjebehandlare, "
         "och om Alex vill en kontaktperson att göra något annat med på eftermiddagarna."),
        ("Alex", "Kontaktperson kanske. Om det är någon som gillar fiske eller så."),
        ("Handläggaren", "Då skriver vi ihop det som vi har kommit överens om."),
    ]
    for who, what in lines:
        p = doc.add_paragraph()
        r = p.add_run(who + ": ")
        r.bold = True
        p.add_run(what)

    doc.add_heading("Sammanfattning av beslut", level=2)
    beslut = [
        "Anpassad studiegång med två lektioner per dag (matte, engelska) i grupprum – elevhälsan och "
        "mentor, Solbergaskolan. Start måndag 2025-03-10.",
        "Mentor möter Alex vid entrén varje skoldag kl. 8.50 – mentor, Solbergaskolan, från 2025-03-10.",
        "KBT-inriktade samtal om spel och sömn – BUP Arvika (sjuksköterska/psykolog), första tid v. 11.",
        "Föräldrastöd, samtal med familjebehandlare – Familjebehandlingen, IFO Arvika kommun.",
        "Utredning om kontaktperson enligt SoL – handläggare, IFO Barn och unga, Arvika kommun.",
        "Mamma stänger av routern kl. 23 på vardagar och väcker Alex kl. 07.30 – mamma, från 2025-03-10.",
        "Alex går till skolan de två lektionerna och spelar inte efter kl. 23 på vardagar – Alex själv.",
    ]
    for b in beslut:
        doc.add_paragraph(b, style="List Bullet")
    p = doc.add_paragraph()
    p.add_run("Nästa möte: ").bold = True
    p.add_run("efter sportlovet, ungefär vecka 14, samma plats.")
    p = doc.add_paragraph("Antecknat av handläggaren, IFO Barn och unga.")
    p.runs[0].italic = True
    doc.save(path(2, "docx"))


# ---------------------------------------------------------------------------
# 3. Plain text, setext-underlined headings (not markdown), UTF-8 LF. Kristinehamn.
# ---------------------------------------------------------------------------
def plan03():
    def h1(t):
        return t + "\n" + "=" * len(t) + "\n"

    def h2(t):
        return t + "\n" + "-" * len(t) + "\n"

    def para(t):
        return textwrap.fill(t, 74) + "\n"

    s = []
    s.append(h1("SAMORDNAD INDIVIDUELL PLAN (SIP)"))
    s.append("Kristinehamns kommun / Region Värmland\n")
    s.append("Person:      Göran (G.), 52 år\n")
    s.append("Pnr:         ÅÅMMDD-XXXX\n")
    s.append("Mötesdatum:  2025-09-03\n")
    s.append("Plats:       Psykiatriska öppenvårdsmottagningen Kristinehamn\n")
    s.append("\n")
    s.append(h2("Bakgrund"))
    s.append(para("G. har bipolär sjukdom typ 1 sedan drygt 20 år. Han vårdades inneliggande på "
                  "psykiatrisk avdelning i Karlstad 2025-07-14 -- 2025-08-22 efter en manisk "
                  "episod där han slutade ta litium, köpte en bil på avbetalning och hamnade i "
                  "konflikt med grannarna. Han är nu stabil på litium och quetiapin men trött och "
                  "nedstämd. Bor ensam i hyreslägenhet. Hyran för augusti är obetald och han har "
                  "svårt att komma igång med vardagen: handla, städa, ta medicin på rätt tider."))
    s.append("\n")
    s.append(h2("Syfte"))
    s.append(para("Planen ska samordna stödet efter utskrivningen så att G. tar sin medicin "
                  "regelbundet, får ordning på ekonomin och kan bo kvar i sin lägenhet, och så att "
                  "tidiga tecken på ett nytt skov fångas upp av både psykiatrin och boendestödet."))
    s.append("\n")
    s.append(h2("Den enskildes medverkan"))
    s.append(para("G. var med på mötet från början till slut."))
    s.append("\n")
    s.append(h1("INSATSER"))
    s.append("\n")
    items = [
        ("Boendestöd två gånger per vecka: struktur i vardagen, inköp, tvätt och "
         "påminnelse om medicin (dosett).",
         "Boendestödjare, Socialpsykiatrin Kristinehamns kommun",
         "Start 2025-09-08, tisdagar och fredagar"),
        ("Litiumkontroller och läkarbesök med bedömning av medicinering och "
         "nedstämdhet.",
         "Läkare och sjuksköterska, Psykiatriska öppenvårdsmottagningen Kristinehamn",
         "Litiumprov 2025-09-10, läkarbesök 2025-09-24"),
        ("Dosettdelning av läkemedel varannan vecka under första två månaderna.",
         "Sjuksköterska, Psykiatriska öppenvårdsmottagningen Kristinehamn",
         "Varannan måndag fr.o.m. 2025-09-08 t.o.m. 2025-10-31"),
        ("Genomgång av skulder och avbetalningsavtal, hjälp att ansöka om "
         "ekonomiskt bistånd för augustihyran.",
         "Budget- och skuldrådgivare, Kristinehamns kommun",
         "Första träff 2025-09-11"),
        ("Gemensam krisplan med tidiga tecken på mani (sömnbrist, köpimpulser) "
         "som boendestödet och mottagningen har varsin kopia av.",
         "Kontaktperson (skötare), Psykiatriska öppenvårdsmottagningen Kristinehamn",
         "Klar senast 2025-09-19"),
        ("Ansökan om fortsatt boendestöd utreds och beslutas.",
         "Biståndshandläggare, Socialpsykiatrin Kristinehamns kommun",
         "Beslut senast 2025-09-15"),
    ]
    for i, (what, who, when) in enumerate(items, 1):
        wrapped = textwrap.wrap(what, 70)
        s.append(f"{i}. {wrapped[0]}\n")
        for w in wrapped[1:]:
            s.append(f"   {w}\n")
        s.append(f"   Vem: {who}\n")
        s.append(f"   När: {when}\n")
        s.append("\n")
    s.append(h2("Uppföljning"))
    s.append("Planen följs upp 2025-11-05 kl. 13.30 på mottagningen.\n")
    s.append("\n")
    s.append(h2("Deltagare"))
    s.append("G.\n")
    s.append("Kurator\n")
    s.append("Sjuksköterska\n")
    s.append("Skötare (kontaktperson)\n")
    s.append("Biståndshandläggare\n")
    s.append("Boendestödjare\n")
    s.append("\n")
    s.append("Nedtecknat av kurator 2025-09-04.\n")
    with open(path(3, "txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(s))


# ---------------------------------------------------------------------------
# 4. Markdown, one big pipe table. Sunne.
# ---------------------------------------------------------------------------
def plan04():
    md = """# SIP – S., 29 år

**Kommun:** Sunne  
**Datum för möte:** 2025-04-08  
**Diagnos/problematik:** Schizofreniform psykos (första insjuknandet hösten 2024), cannabisbruk tidigare  
**Samtycke:** Samtycke finns.  
**Huvudansvar:** Socialtjänsten Sunne

## Frågeställningar

Gå igenom läget.

## Planen

| Område | Nuläge | Mål | Insats | Vem | När |
|---|---|---|---|---|---|
| Boende | S. bor sedan januari tillfälligt i ett andrahandsrum i Sunne efter att ha blivit uppsagd från sin lägenhet i Karlstad (störningar under psykosen). Osäkert kontrakt till sommaren. | Målet är att S. ska ha ett eget boende med stöd före årsskiftet. | Ansökan om boendestöd enligt SoL utreds; S. ställs i kö till träningslägenhet via kommunen. | Biståndshandläggare socialpsykiatri, Sunne kommun | Beslut senast 2025-05-15 |
| Hälsa | Tar antipsykotisk medicin (depåinjektion var 4:e vecka) sedan december. Inga hallucinationer sedan februari, men sover dåligt och är passiv. | Målet är att S. ska vara fortsatt fri från psykossymtom och ha en fungerande dygnsrytm. | Depåinjektion var 4:e vecka, läkarbedömning av sömn, psykopedagogisk utbildning om psykos (grupp, 6 tillfällen). | Regionen | Injektion var 4:e vecka; gruppstart v. 18 |
| Sysselsättning | Avbröt undersköterskeutbildningen på Komvux 2024. Ingen sysselsättning i dag. | Målet är att S. ska ha en meningsfull sysselsättning några dagar i veckan. | Plats på daglig sysselsättning Fryksdalens träffpunkt 2 förmiddagar/vecka, introduktion med arbetsterapeut. | Arbetsterapeut, Socialpsykiatrin Sunne kommun | Start 2025-04-22 |
| Ekonomi | Skulder på ca 40 000 kr (hyresskuld och obetalda telefonräkningar), inkassokrav varje vecka. | Målet är att S. ska ha överblick över sin ekonomi och en plan för skulderna. | Budget- och skuldrådgivning: genomgång av skulder, budget, kontakt med borgenärer. | Budget- och skuldrådgivare, Sunne kommun | Första samtal 2025-04-16 |

*Planen upprättad av biståndshandläggare, Sunne kommun. Kopia till Psykosmottagningen Karlstad.*
"""
    with open(path(4, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ---------------------------------------------------------------------------
# 5. Landscape docx, three text columns leaflet. Torsby.
# ---------------------------------------------------------------------------
def plan05():
    doc = Document()
    fixed_core(doc, "Hemsjukvården Torsby", "Min SIP")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin"):
        setattr(sec, m, Cm(1.5))
    sec.top_margin = Cm(1.5)
    sec.bottom_margin = Cm(1.5)
    sectPr = sec._sectPr
    cols = OxmlElement("w:cols")
    cols.set(qn("w:num"), "3")
    cols.set(qn("w:space"), "850")
    cols.set(qn("w:sep"), "1")
    sectPr.append(cols)

    def head(t):
        p = doc.add_paragraph()
        r = p.add_run(t)
        r.bold = True
        r.font.size = Pt(12)
        r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
        p.paragraph_format.space_before = Pt(8)
        p.paragraph_format.space_after = Pt(2)

    def txt(t):
        p = doc.add_paragraph(t)
        p.paragraph_format.space_after = Pt(4)
        return p

    p = doc.add_paragraph()
    r = p.add_run("Min samordnade individuella plan")
    r.bold = True
    r.font.size = Pt(18)
    p = doc.add_paragraph()
    r = p.add_run("SIP för Bertil, 80 år – Torsby, 2025-08-19")
    r.font.small_caps = True
    r.font.size = Pt(11)

    head("Så här är det nu")
    txt("Bertil har KOL i svårt stadium och har legat på Sjukhuset i Torsby två gånger i sommar "
        "för försämring med lunginflammation, senast 2025-08-04 – 2025-08-12. Han bor ensam i "
        "villa i Östmark sedan hustrun gick bort. Han har syrgas i hemmet sedan i våras, blir "
        "andfådd av att gå till brevlådan och har slutat laga mat. Han har hemtjänst en gång per "
        "vecka för städning.")
    head("Varför vi gör en plan")
    txt("Planen ska göra att Bertil kan bo kvar hemma i Östmark utan fler akuta inläggningar i "
        "vinter, genom att hemsjukvården, hemtjänsten och vårdcentralen vet vad var och en gör "
        "och upptäcker försämringar tidigt.")
    head("Det här vill jag")
    txt("”Jag vill bo kvar här hemma så länge det går. Jag vill kunna ta mig ut på farstukvisten "
        "och titta på sjön, och jag vill inte hamna på sjukhus igen i vinter.”")
    txt("”Jag vill inte ha folk springande här hela dagarna, men mat behöver jag hjälp med.”")
    head("Så var jag med")
    txt("Mötet hölls hemma i Bertils kök. Bertil var med hela tiden och sa själv vad han tycker om "
        "varje förslag. Han tackade nej till dagverksamhet men ja till matdistribution och "
        "trygghetslarm.")
    head("Det här gör vi – vem och när")
    insatser = [
        ("Hemtjänst utökas med matleverans varje dag och hjälp med dusch två gånger i veckan.",
         "Biståndshandläggare, Äldreomsorgen Torsby kommun – beslut 2025-08-25, start 2025-09-01."),
        ("Trygghetslarm installeras.",
         "Trygghetslarm, Hemtjänst Torsby norra – senast 2025-08-29."),
        ("Hemsjukvård: sjuksköterska kontrollerar syrgas, saturation och andningsteknik varje vecka.",
         "Distriktssköterska, Hemsjukvården Torsby – onsdagar från 2025-08-27."),
        ("Egenvårdsplan för KOL med åtgärder vid försämring (när antibiotika/kortison hemma ska tas).",
         "Läkare, Vårdcentralen Torsby – klar 2025-09-05."),
        ("Vaccination mot influensa och pneumokocker.",
         "Distriktssköterska, Vårdcentralen Torsby – vid hembesök 2025-10-15."),
        ("Fysioterapeut instruerar i andningsövningar och gåträning med rollator inomhus.",
         "Fysioterapeut, Rehabenheten Torsby kommun – två hembesök i september, första 2025-09-03."),
    ]
    for what, who in insatser:
        p = doc.add_paragraph(style="List Bullet")
        p.add_run(what + " ")
        r = p.add_run(who)
        r.italic = True
    head("Övriga")
    txt("Sonen Lars bor i Karlstad och är informerad om planen.")
    head("Huvudansvar")
    txt("Distriktssköterska Maria, Hemsjukvården Torsby kommun, håller ihop planen och kallar till "
        "uppföljning.")
    head("Uppföljning")
    txt("Vi träffas igen hemma hos Bertil i oktober, innan vintern.")
    head("Vi som var med")
    for n in ["Bertil", "Maria", "Ingrid", "Johan", "Elin"]:
        p = doc.add_paragraph(n)
        p.paragraph_format.space_after = Pt(0)
    doc.save(path(5, "docx"))


# ---------------------------------------------------------------------------
# 6. docx -> PDF via LibreOffice; image placeholder, participants with ☒/☐. Hagfors.
# ---------------------------------------------------------------------------
def make_placeholder_png(fn):
    img = Image.new("RGB", (600, 160), (235, 235, 235))
    d = ImageDraw.Draw(img)
    d.rectangle([2, 2, 597, 157], outline=(150, 150, 150), width=3)
    d.line([2, 2, 597, 157], fill=(190, 190, 190), width=2)
    d.line([2, 157, 597, 2], fill=(190, 190, 190), width=2)
    img.save(fn)


def plan06():
    tmp = os.path.join(HERE, "_tmp")
    os.makedirs(tmp, exist_ok=True)
    png = os.path.join(tmp, "bild.png")
    make_placeholder_png(png)

    doc = Document()
    fixed_core(doc, "Hagfors kommun", "SIP")
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Hagfors kommun • Barn- och utbildningsförvaltningen / Region Värmland"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(8)

    doc.add_heading("Samordnad individuell plan (SIP)", level=1)
    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    vals = [("Barn", "L., 8 år", "Personnr", "ÅÅMMDD-XXXX"),
            ("Vårdnadshavare", "Mamma och pappa (gemensam vårdnad)", "Skola", "Älvstranden, Hagfors, åk 2"),
            ("Mötesdatum", "2025-04-10", "Plats", "Elevhälsans rum, Hagfors")]
    for i, row in enumerate(vals):
        for j, v in enumerate(row):
            c = t.cell(i, j)
            c.text = v
            if j % 2 == 0:
                c.paragraphs[0].runs[0].bold = True
                shade(c, "E7E6E6")

    doc.add_heading("1. Bakgrund", level=2)
    doc.add_paragraph(
        "L. har autism (diagnos via BUP 2024) och stora sömnsvårigheter. Han somnar sällan före "
        "kl. 23 och vaknar flera gånger per natt. Föräldrarna beskriver att han är mycket trött och "
        "utåtagerande på eftermiddagarna, och skolan rapporterar att han har svårt att orka hela "
        "skoldagen och ofta behöver gå hem efter lunch. Han har melatonin sedan hösten men effekten "
        "har avtagit.")
    doc.add_heading("2. Syfte", level=2)
    doc.add_paragraph("Samordning av insatser.")
    doc.add_heading("3. Samtycke", level=2)
    doc.add_paragraph(
        "Båda vårdnadshavarna lämnade muntligt samtycke till SIP och till att de deltagande "
        "verksamheterna får utbyta information, vid mötets början 2025-04-10. Samtycket gäller till "
        "planen avslutas.")
    doc.add_heading("4. Delaktighet", level=2)
    doc.add_paragraph("Vårdnadshavarna deltog i mötet. L. var inte med.")
    doc.add_heading("5. Deltagare", level=2)
    parts = [("Namn", "Funktion", "Verksamhet", "Närvarande"),
             ("Mamma", "Vårdnadshavare", "–", "☒"),
             ("Pappa", "Vårdnadshavare", "–", "☒"),
             ("Therese", "Specialpedagog", "Elevhälsan, Hagfors kommun", "☒"),
             ("Peter", "Klassföreståndare", "Älvstrandens skola, Hagfors", "☒"),
             ("Karin", "Sjuksköterska", "BUP Karlstad, Region Värmland", "☒"),
             ("Lina", "Arbetsterapeut", "Barn- och ungdomshabiliteringen Värmland", "☐"),
             ("Mattias", "Handläggare LSS", "Hagfors kommun", "☐")]
    tp = doc.add_table(rows=len(parts), cols=4)
    tp.style = "Table Grid"
    for i, row in enumerate(parts):
        for j, v in enumerate(row):
            c = tp.cell(i, j)
            c.text = v
            if j == 3:
                c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            if i == 0:
                c.paragraphs[0].runs[0].bold = True
                shade(c, "D9E2F3")
    header_row_repeat(tp.rows[0])
    tp.autofit = False
    for r in tp.rows:
        for c, w in zip(r.cells, (2.8, 3.6, 7.0, 2.6)):
            c.width = Cm(w)
    for gc, w in zip(tp._tbl.tblGrid.findall(qn("w:gridCol")), (2.8, 3.6, 7.0, 2.6)):
        gc.set(qn("w:w"), str(int(w * 567)))

    doc.add_heading("6. Insatser", level=2)
    ti = doc.add_table(rows=4, cols=3)
    ti.style = "Table Grid"
    rows = [("Insats", "Ansvarig", "När"),
            ("Fortsatt stöd kring sömnen.", "", ""),
            ("Anpassningar i skolan vid behov.", "", ""),
            ("Fortsatt kontakt.", "", "")]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            c = ti.cell(i, j)
            c.text = v
            if i == 0:
                c.paragraphs[0].runs[0].bold = True
                shade(c, "D9E2F3")
    header_row_repeat(ti.rows[0])
    doc.add_paragraph()
    doc.add_heading("7. Övriga", level=2)
    doc.add_paragraph("Mormor bor i närheten och hjälper familjen ibland.")
    doc.add_heading("8. Huvudansvar", level=2)
    doc.add_paragraph("Elevhälsan.")
    doc.add_heading("9. Uppföljning", level=2)
    doc.add_paragraph("Planen följs upp efter sommaren.")
    doc.add_heading("10. Underskrift", level=2)
    doc.add_picture(png, width=Cm(8))
    cap = doc.add_paragraph("[Infogad bild – underskrifter]")
    cap.runs[0].italic = True
    cap.runs[0].font.size = Pt(8)

    docx_fn = os.path.join(tmp, f"{P}-06.docx")
    doc.save(docx_fn)
    soffice_pdf(docx_fn, OUT)
    shutil.rmtree(tmp)


# ---------------------------------------------------------------------------
# 7. docx with "Mina tre viktigaste saker"; När only Löpande / Vid behov. Säffle.
# ---------------------------------------------------------------------------
def plan07():
    doc = Document()
    fixed_core(doc, "Vårdcentralen Säffle", "SIP")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]
    fp.text = "SIP – Region Värmland och Säffle kommun gemensam mall, version 2023"
    fp.runs[0].font.size = Pt(8)

    doc.add_heading("Samordnad individuell plan", level=0)
    p = doc.add_paragraph()
    p.add_run("Namn: ").bold = True
    p.add_run("Maja (M.), 41 år    ")
    p.add_run("Personnummer: ").bold = True
    p.add_run("ÅÅMMDD-XXXX    ")
    p.add_run("Datum: ").bold = True
    p.add_run("2025-10-14")

    doc.add_heading("Varför vi har SIP-möte", level=2)
    doc.add_paragraph(
        "M. har MS sedan 2016 med tilltagande gångsvårigheter och trötthet, och en depression som "
        "förvärrats sedan hon blev sjukskriven på heltid i våras. Hon har i dag kontakter med "
        "neurologmottagningen, vårdcentralen, kommunens arbetsterapeut och hemtjänst, och upplever att "
        "ingen har helheten. Syftet med planen är att hennes vård och stöd hemma ska hänga ihop, så att "
        "hon orkar ta hand om sina barn och slipper upprepa sin historia för varje ny kontakt.")
    doc.add_heading("Frågor vi vill ha svar på", level=2)
    for q in ["Kan M. få hjälp med tvätt och storhandling så att hon orkar mer med barnen?",
              "Behövs en ny bedömning av bostadsanpassning (duschen, trappan till övervåningen)?",
              "Vem ska M. ringa när hon mår psykiskt sämre – vårdcentralen eller psykiatrin?"]:
        doc.add_paragraph(q, style="List Bullet")

    doc.add_heading("Mina tre viktigaste saker", level=2)
    for g in ["Jag vill orka vara en mamma som hittar på saker med barnen på helgerna, inte bara ligger i soffan.",
              "Jag vill kunna duscha själv utan att vara rädd för att ramla.",
              "Jag vill ha en person att ringa när jag mår dåligt, i stället för fem."]:
        doc.add_paragraph(g, style="List Number")
    doc.add_heading("Hur M. var med", level=2)
    doc.add_paragraph(
        "M. var med på hela mötet, som hölls på Vårdcentralen Säffle för att hon inte skulle behöva "
        "åka till Karlstad. Hon berättade själv om sin vardag och vad som är viktigast för henne. Hon "
        "ville inte att hemtjänsten ska komma tidigt på morgonen, eftersom barnen ska till skolan då.")
    doc.add_heading("Samtycke", level=2)
    doc.add_paragraph("Samtycke finns.")

    doc.add_heading("Insatser", level=2)
    rows = [("Insats", "Vem (verksamhet/funktion)", "När"),
            ("Hemtjänst: tvätt varannan vecka och storhandling en gång per vecka, eftermiddagstid.",
             "Biståndshandläggare, Vård och omsorg Säffle kommun", "Löpande"),
            ("Bedömning av bostadsanpassning och hjälpmedel i badrum (duschstol, stödhandtag) och trapphiss.",
             "Arbetsterapeut, Rehab Säffle kommun", "Löpande"),
            ("Behandling av depression: antidepressiv medicin och uppföljning, samt KBT-samtal 10 tillfällen.",
             "Läkare och psykoterapeut, Vårdcentralen Säffle", "Löpande"),
            ("Vårdcentralens sjuksköterska är M:s fasta vårdkontakt och den hon ringer när hon mår sämre.",
             "Sjuksköterska, Vårdcentralen Säffle", "Vid behov"),
            ("Bromsmedicin och bedömning av MS-symtom, fatigue och spasticitet.",
             "Neurolog, Neurologmottagningen Centralsjukhuset Karlstad", "Löpande"),
            ("Samtal med barnen om mammas sjukdom (barn som anhöriga).",
             "Kurator, Vårdcentralen Säffle", "Vid behov")]
    t = doc.add_table(rows=len(rows), cols=3)
    t.style = "Light Grid Accent 1"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    header_row_repeat(t.rows[0])
    for r in t.rows:
        r.cells[0].width = Cm(8.5)
        r.cells[1].width = Cm(5.5)
        r.cells[2].width = Cm(2.5)

    doc.add_heading("Övrigt", level=2)
    doc.add_paragraph("M. har kontakt med Försäkringskassan angående sin sjukpenning. Hennes sambo "
                      "finns med i bilden.")
    doc.save(path(7, "docx"))


# ---------------------------------------------------------------------------
# 8. NOT a plan: home-care investigation / decision draft. Karlstad.
# ---------------------------------------------------------------------------
def plan08():
    doc = Document()
    fixed_core(doc, "Äldreomsorgen Karlstad", "Utredning hemtjänst")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "KARLSTADS KOMMUN\tVård- och omsorgsförvaltningen\tUTKAST"
    hp.runs[0].font.size = Pt(8)

    doc.add_heading("Utredning – hemtjänst enligt SoL 4 kap. 1 §", level=1)
    tb = doc.add_table(rows=4, cols=2)
    tb.style = "Table Grid"
    for i, (a, b) in enumerate([("Sökande", "E., 84 år, ÅÅMMDD-XXXX"),
                                ("Dnr", "VO 2025/XXXX"),
                                ("Handläggare", "Biståndshandläggare, Myndighetsenheten äldreomsorg"),
                                ("Datum", "2025-03-18")]):
        tb.cell(i, 0).text = a
        tb.cell(i, 0).paragraphs[0].runs[0].bold = True
        tb.cell(i, 1).text = b

    doc.add_heading("Ansökan", level=2)
    doc.add_paragraph(
        "E. ansöker 2025-03-04 via telefon om hemtjänst i form av hjälp med dusch, städning och "
        "inköp. Ansökan gjordes efter att hon skrivits ut från geriatriska avdelningen, "
        "Centralsjukhuset Karlstad, där hon vårdats för yrsel och fall.")
    doc.add_heading("Utredning", level=2)
    doc.add_paragraph(
        "Hembesök gjordes 2025-03-12 tillsammans med E. och hennes dotter. E. bor ensam i en "
        "bostadsrätt i Kronoparken med hiss. Hon har hjärtsvikt och lätt kognitiv svikt. Hon går med "
        "rollator inomhus och klarar att laga enklare mat själv, men är rädd att falla i duschen och "
        "orkar inte bära hem varor. Städning har dottern hjälpt till med, men dottern har flyttat till "
        "Göteborg.")
    doc.add_paragraph(
        "Under hösten 2024 upprättades en samordnad individuell plan (SIP) tillsammans med "
        "Vårdcentralen Kronoparken och hemsjukvården, i samband med utskrivning från sjukhus. Enligt "
        "den planen har hemsjukvården ansvar för läkemedelshantering. Uppgifter ur planen har "
        "hämtats in med E:s samtycke.")
    doc.add_paragraph(
        "Arbetsterapeut i kommunens rehabenhet har bedömt att E. behöver duschpall och stödhandtag, "
        "vilket förskrivits.")
    doc.add_heading("Bedömning", level=2)
    doc.add_paragraph(
        "E. kan inte själv tillgodose sina behov av hjälp med personlig hygien, städning och inköp, "
        "och behoven kan inte tillgodoses på annat sätt. Med hemtjänst bedöms hon tillförsäkras en "
        "skälig levnadsnivå och kunna bo kvar i sitt hem. Behov av tillsyn nattetid bedöms inte "
        "föreligga; E. har trygghetslarm sedan tidigare.")
    doc.add_heading("Förslag till beslut", level=2)
    doc.add_paragraph(
        "Bifall till ansökan om hemtjänst enligt SoL 4 kap. 1 § i form av:")
    for b in ["hjälp med dusch två gånger per vecka,",
              "städning varannan vecka,",
              "inköp en gång per vecka."]:
        doc.add_paragraph(b, style="List Bullet")
    doc.add_paragraph("Beslutet gäller från 2025-03-24 och tills vidare, med omprövning senast 2026-03-31.")
    doc.add_paragraph()
    doc.add_paragraph("Biståndshandläggare\nMyndighetsenheten äldreomsorg, Karlstads kommun")
    p = doc.add_paragraph("Utkast – ej beslutat. Beslut fattas av behörig handläggare enligt delegationsordning.")
    p.runs[0].italic = True
    doc.save(path(8, "docx"))


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for fn in (plan01, plan02, plan03, plan04, plan05, plan06, plan07, plan08):
        fn()
    print("done:", sorted(os.listdir(OUT)))
