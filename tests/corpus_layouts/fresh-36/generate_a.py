#!/usr/bin/env python3
"""Generate batch fresh-36a (prefix f36a): eight fictional, anonymized SIP plans.

Run with python generate_a.py . Deterministic: fixed dates, no randomness.
"""
import os
import subprocess
import shutil
import textwrap
import datetime

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
PLANS = os.path.join(HERE, "plans")
BUILD = os.path.join(HERE, "build")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_I = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"
PREFIX = "f36a"


FIXED_DT = datetime.datetime(2025, 2, 20, 9, 0, 0, tzinfo=datetime.timezone.utc)


def fix_docx_props(doc, author):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT.replace(tzinfo=None)
    cp.modified = FIXED_DT.replace(tzinfo=None)
    cp.revision = 1


def save_docx(doc, path):
    """Save with fixed zip timestamps so that reruns give identical bytes."""
    import io
    import zipfile
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(
            path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 2, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(item.filename))


def out(n, ext):
    return os.path.join(PLANS, f"{PREFIX}-{n:02d}.{ext}")


def wrap_par(text, width=76, indent=""):
    return textwrap.fill(text, width=width, initial_indent=indent,
                         subsequent_indent=indent, break_long_words=False,
                         break_on_hyphens=False)


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def set_cell_text(cell, text, bold=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    return p


# ---------------------------------------------------------------------------
# 01  E-mail summary saved as text (Windows-1252, CRLF); psychosis + debts, Köping
# ---------------------------------------------------------------------------
def plan01():
    L = []
    L += [
        "Från: Maria (Socialsekreterare, IFO Vuxenenheten Köping)",
        "Skickat: den 17 oktober 2024 14:32",
        "Till: Ahmed (Vuxenpsykiatrin Köping); Karin (Budget- och skuldrådgivningen",
        "    Köpings kommun); Tove (Vårdcentralen Köping)",
        "Kopia: A.",
        "Ämne: SV: Kallelse till SIP-möte för A. - sammanfattning av planen",
        "",
        "Hej alla,",
        "",
    ]
    L.append(wrap_par(
        "Tack för ett bra möte i tisdags. Här kommer sammanfattningen av planen "
        "vi kom fram till, så att alla har samma bild. Hör av er senast fredag "
        "om något har blivit fel, annars lägger jag in den i akten som den är. "
        "A. har fått en utskrift hemskickad."))
    L += ["", "Vilka var med", ""]
    for d in [
        "A. (själv)",
        "Lena, A:s mamma",
        "Maria, socialsekreterare, IFO Vuxenenheten Köping (sammankallande)",
        "Ahmed, sjuksköterska och fast vårdkontakt, Vuxenpsykiatrin Köping",
        "Karin, budget- och skuldrådgivare, Köpings kommun",
        "Tove, distriktssköterska, Vårdcentralen Köping",
    ]:
        L.append("- " + d)
    L += ["", "Varför vi gör en SIP", ""]
    L.append(wrap_par(
        "A. blev sjuk i en psykos i våras och vårdades sex veckor på den "
        "psykiatriska avdelningen i Västerås under sommaren. Under tiden blev "
        "räkningarna liggande och han har nu skulder hos Kronofogden och en "
        "hyresskuld på två månader, och hyresvärden har skickat en "
        "varning. Syftet med planen är att psykiatrin, socialtjänsten och "
        "vårdcentralen tillsammans med A. ska få ordning på både behandlingen "
        "och ekonomin, så att A. kan bo kvar i sin lägenhet och inte blir sjuk "
        "igen av stressen."))
    L += ["", "Vad A. själv sa", ""]
    L.append(wrap_par(
        "A. var med hela mötet. Han sa: \"Jag vill behålla lägenheten och slippa "
        "få ångest varje gång det kommer post. Sen vill jag tillbaka till jobbet "
        "på lagret, kanske halvtid först.\" Han bad också att tiderna hos "
        "psykiatrin läggs på förmiddagen, eftersom medicinen gör honom trött "
        "på eftermiddagarna, och att han får brev hem i stället för sms."))
    L += ["", "Samtycke", "", "Samtycke finns."]
    L += ["", "Vad vi gör och vem som gör det", ""]
    items = [
        "Vuxenpsykiatrin Köping, Ahmed: stödsamtal varannan vecka och "
        "uppföljning av medicinering och biverkningar, första samtal "
        "2024-10-22. Läkarbesök hos psykiatern 2024-11-05.",
        "Budget- och skuldrådgivningen Köpings kommun, Karin: går igenom alla "
        "skulder med A. och hjälper honom att ansöka om en avbetalningsplan "
        "hos Kronofogden. Första träff 2024-10-24.",
        "IFO Vuxenenheten Köping, Maria: utreder A:s ansökan om ekonomiskt "
        "bistånd till hyran för oktober och november, beslut senast "
        "2024-10-31. Maria kontaktar också hyresvärden (med A:s tillåtelse) "
        "samma vecka.",
        "Vårdcentralen Köping, Tove: tar blodprover och följer vikt och "
        "blodtryck eftersom A:s medicin kan ge viktuppgång.",
    ]
    for i, it in enumerate(items, 1):
        L.append(textwrap.fill(it, width=76, initial_indent=f"{i}. ",
                               subsequent_indent="   "))
    L += ["", "Det A. och mamma gör, och Försäkringskassan", ""]
    for it in [
        "A. skickar själv in läkarintyget till Försäkringskassan för "
        "sjukpenning senast 2024-10-25 och ringer FK och ber om ett "
        "avstämningsmöte om återgång i arbete.",
        "Lena (mamma) följer med A. på första träffen hos skuldrådgivningen och "
        "går igenom posten tillsammans med honom varje söndag.",
    ]:
        L.append(textwrap.fill(it, width=76, initial_indent="- ",
                               subsequent_indent="  "))
    L += ["", "Huvudansvar", ""]
    L.append(wrap_par(
        "Jag, Maria, socialsekreterare på IFO Vuxenenheten i Köpings kommun, "
        "har huvudansvaret för planen och är den ni hör av er till om något "
        "ändras."))
    L += ["", "Uppföljning", ""]
    L.append(wrap_par(
        "Vi ses igen om ungefär tre månader för att se hur det har gått. Jag "
        "skickar ut en ny kallelse när det närmar sig."))
    L += ["", "Med vänliga hälsningar", "", "Maria", "Socialsekreterare",
          "IFO Vuxenenheten", "Köpings kommun", "Tel. via växeln", "",
          "-----Ursprungligt meddelande-----"]
    q = [
        "Från: Maria (Socialsekreterare, IFO Vuxenenheten Köping)",
        "Skickat: den 2 oktober 2024 09:10",
        "Till: Ahmed (Vuxenpsykiatrin Köping); Karin (Budget- och",
        "skuldrådgivningen Köpings kommun); Tove (Vårdcentralen Köping)",
        "Ämne: Kallelse till SIP-möte för A.",
        "",
        "Hej!",
        "",
    ]
    q += textwrap.wrap(
        "Välkomna till SIP-möte för A. tisdagen den 15 oktober 2024 kl. "
        "13.00-14.30 i Vuxenenhetens samtalsrum i Köping. A. och hans mamma "
        "kommer. Vi har bokat en och en halv timme.", 72)
    q += ["", "Frågor som vi behöver ta ställning till på mötet:"]
    for it in [
        "Hur ska A:s skulder och hyresskulden hanteras så att han inte blir "
        "av med lägenheten?",
        "Vem följer upp medicineringen och biverkningarna nu när han är "
        "utskriven från avdelningen?",
        "Kan A. börja arbetsträna under våren, och vem tar kontakt med FK "
        "om det?",
    ]:
        w = textwrap.wrap(it, 70)
        q.append("- " + w[0])
        q += ["  " + x for x in w[1:]]
    q += ["", "Meddela om ni inte kan komma.", "", "Hälsningar", "Maria"]
    L += [("> " + x) if x else ">" for x in q]
    text = "\r\n".join("\n".join(L).split("\n")) + "\r\n"
    with open(out(1, "txt"), "wb") as f:
        f.write(text.encode("cp1252"))


# ---------------------------------------------------------------------------
# 02  Markdown with task list; young adult with cannabis use, Sala
# ---------------------------------------------------------------------------
def plan02():
    md = """# SIP – samordnad individuell plan

**Namn:** E.  
**Personnummer:** ÅÅMMDD-XXXX  
**Kommun:** Sala  
**Datum för mötet:** 2025-02-04  
**Plats:** Socialtjänsten Sala, mötesrum 2

## Syfte

Samordning.

## Bakgrund

E. är 19 år och bor hos sin mamma i Sala. Han har använt cannabis mer eller
mindre dagligen sedan han var 16 och hoppade av gymnasiet (el-programmet) i åk 2.
Vårdcentralen har noterat nedstämdhet och sömnproblem. E. är aktuell på
Beroendemottagningen Sala sedan december 2024 efter egen ansökan och har
sedan januari en öppenvårdsinsats via IFO, Ungdom och familj.

## Mål

Målet är att E. ska bli drogfri och komma igång med studier eller annan
sysselsättning under hösten 2025.

## Delaktighet

E. deltog på mötet.

## Samtycke

E. skrev under blanketten "Samtycke till SIP och informationsöverföring" på
mötet 2025-02-04. Samtycket gäller Beroendemottagningen, Vårdcentralen Sala,
IFO Sala och Vuxenutbildningen Sala.

## Insatser

- [x] Drogtester (urinprov) två gånger i veckan – Beroendemottagningen Sala, sjuksköterska – sedan 2025-01-08
- [x] Bedömning av nedstämdhet och sömn – Vårdcentralen Sala, läkare – genomförd 2025-01-29
- [ ] Återfallsprevention (ÅP) i grupp, 8 träffar – Beroendemottagningen Sala, kurator – start 2025-02-18
- [ ] MI-samtal en gång i veckan – IFO Sala, Ungdom och familj, socialsekreterare – från 2025-02-06
- [ ] Möte med studie- och yrkesvägledare om komvux – Vuxenutbildningen Sala, SYV – senast 2025-03-14
- [ ] Återbesök för utvärdering av sömnmedicin – Vårdcentralen Sala, läkare – 2025-03-04

## Övriga

Mamma är ett viktigt stöd för E.

## Huvudansvarig

Jonas, samordnare

## Uppföljning

2025-05-13 kl. 10.00 på Socialtjänsten Sala.

## Deltagare

E., Anneli (mamma), Jonas, Sofia, Linnéa, Mehmet
"""
    with open(out(2, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ---------------------------------------------------------------------------
# 03  Word, heading styles, daughter quoted; dementia, Arboga
# ---------------------------------------------------------------------------
def plan03():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Arboga kommun, Vård och omsorg\tSIP\t2024-09-17"
    fp = sec.footer.paragraphs[0]
    fp.text = "Dokumentet innehåller sekretessbelagda uppgifter"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    doc.add_heading("Samordnad individuell plan (SIP)", level=0)
    p = doc.add_paragraph()
    for lab, val in [("Namn: ", "M-L"), ("Personnummer: ", "ÅÅMMDD-XXXX"),
                     ("Datum för mötet: ", "2024-09-17"),
                     ("Plats: ", "M-L:s lägenhet, Arboga")]:
        r = p.add_run(lab)
        r.bold = True
        p.add_run(val + "\n")

    doc.add_heading("Deltagare", level=1)
    for d in [
        "M-L",
        "Eva, dotter",
        "Susanne, biståndshandläggare, Vård och omsorg, Arboga kommun",
        "Ida, sjuksköterska, Hemsjukvården Arboga kommun",
        "Farid, arbetsterapeut, Rehabenheten Arboga kommun",
        "Peter, distriktssköterska, Vårdcentralen Arboga",
        "Mona, gruppledare, Hemtjänst Arboga södra",
    ]:
        doc.add_paragraph(d, style="List Bullet")

    doc.add_heading("Bakgrund", level=1)
    doc.add_paragraph(
        "M-L är 84 år och bor ensam i en tvåa på tredje våningen med hiss. Hon "
        "fick diagnosen Alzheimers sjukdom på Minnesmottagningen 2023. Sedan "
        "juni har hon hemtjänst två gånger per dag. I augusti föll hon i "
        "badrummet och låg på golvet tills hemtjänsten kom på morgonen; hon "
        "fick ingen fraktur men var mycket rädd efteråt.")
    doc.add_paragraph(
        "Eva berättar: ”Jag märkte i våras att kylskåpet var fullt av gammal "
        "mat och att mamma inte längre visste vilken dag det var.” Hon säger "
        "också att dosetten ofta är orörd när hon kommer dit: ”Ibland har hon "
        "tagit två dagars tabletter på en gång, ibland inga alls.”")
    doc.add_paragraph(
        "Eva bor i Köping och arbetar heltid. ”Jag ringer mamma varje morgon "
        "men hon svarar inte alltid, och då sitter jag på jobbet och är orolig "
        "hela förmiddagen. Jag orkar inte åka hit varje dag längre.”")

    doc.add_heading("Syfte med planen", level=1)
    doc.add_paragraph(
        "Syftet är att hemtjänsten, hemsjukvården, rehab och vårdcentralen "
        "samordnar tillsynen, medicineringen och måltiderna för M-L så att hon "
        "kan bo kvar tryggt i sin lägenhet, och att Eva vet vem hon ska vända "
        "sig till när hon är orolig.")

    doc.add_heading("Frågeställningar", level=1)
    for q in [
        "Hur säkrar vi att M-L tar rätt mediciner när hon inte längre klarar "
        "dosetten själv?",
        "Behövs trygghetslarm och nattillsyn efter fallet i augusti?",
        "Vem ska Eva ringa när hon inte når sin mamma?",
    ]:
        doc.add_paragraph(q, style="List Number")
    doc.add_paragraph(
        "Eva: ”Det värsta är att jag aldrig vet vem jag ska ringa. Hemtjänsten "
        "säger att det är sjuksköterskan och sjuksköterskan säger att det är "
        "vårdcentralen.”")

    doc.add_heading("M-L:s delaktighet", level=1)
    doc.add_paragraph(
        "M-L var med under den första halvtimmen av mötet, som hölls vid "
        "hennes köksbord. Därefter gick hon och lade sig en stund och mötet "
        "fortsatte med Eva.")

    doc.add_heading("Mål", level=1)
    doc.add_paragraph(
        "Målet är att M-L ska kunna bo kvar i sin lägenhet under trygga former, "
        "äta regelbundet och få sina mediciner som de är ordinerade.")
    doc.add_paragraph(
        "Eva: ”Om mamma får i sig maten och tar rätt tabletter så tror jag "
        "att det kan fungera hemma ett tag till.”")

    doc.add_heading("Samtycke", level=1)
    doc.add_paragraph(
        "M-L gav muntligt samtycke till att de verksamheter som deltar i "
        "planen får utbyta information, vid biståndshandläggarens hembesök "
        "2024-09-03. Eva var med vid tillfället.")

    doc.add_heading("Insatser", level=1)
    rows = [
        ("Kommunens insatser", None, None, None),
        ("Hemtjänst tre gånger per dag med påminnelse och stöd vid frukost, "
         "lunch och middag", "Hemtjänst Arboga södra", "2024-09-23",
         "Mona, gruppledare, Hemtjänst Arboga södra"),
        ("Trygghetslarm samt tillsyn natt kl. 23", "Hemtjänst Arboga, "
         "nattpatrullen", "2024-09-23", "Susanne, biståndshandläggare"),
        ("Läkemedel via Apodos, överlämnas av hemtjänsten på delegering",
         "Hemsjukvården Arboga kommun", "2024-09-30",
         "Ida, sjuksköterska, Hemsjukvården"),
        ("Hembesök för bedömning av hjälpmedel (spisvakt, rollator, "
         "badrumsstol)", "Rehabenheten Arboga kommun", "2024-10-01",
         "Farid, arbetsterapeut"),
        ("Regionens insatser", None, None, None),
        ("Läkemedelsgenomgång med läkare", "Vårdcentralen Arboga",
         "2024-10-08", "Peter, distriktssköterska"),
        ("Årligt återbesök på Minnesmottagningen (kallelse skickas)",
         "Minnesmottagningen, Region Västmanland", "januari 2025",
         "Peter, distriktssköterska"),
    ]
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = ["Insats", "Utförare", "Från och med", "Ansvarig kontaktperson"]
    for i, h in enumerate(hdr):
        set_cell_text(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "D9E2F3")
    repeat_header(t.rows[0])
    for r in rows:
        cells = t.add_row().cells
        if r[1] is None:
            m = cells[0].merge(cells[3])
            set_cell_text(m, r[0], bold=True)
            shade(m, "F2F2F2")
        else:
            for i, v in enumerate(r):
                set_cell_text(cells[i], v, size=10)
    widths = [Cm(6.5), Cm(3.8), Cm(2.5), Cm(4.0)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w

    doc.add_heading("Närståendes insatser", level=1)
    doc.add_paragraph(
        "Eva handlar mat till M-L varje lördag, betalar hennes räkningar via "
        "fullmakt och följer med till Minnesmottagningen. Eva: ”Jag kan "
        "fortsätta med räkningarna och handla på helgerna, men inte mer än "
        "så.” Eva har fått information om anhörigstöd i Arboga kommun och "
        "funderar på att gå med i en anhöriggrupp.")

    doc.add_heading("Huvudansvar", level=1)
    doc.add_paragraph("Arboga kommun har huvudansvaret för planen.")

    p = doc.add_paragraph()
    p.add_run("Planen skrevs av: ").bold = True
    p.add_run("Susanne, biståndshandläggare, 2024-09-18")
    fix_docx_props(doc, "Vård och omsorg Arboga")
    save_docx(doc, out(3, "docx"))


# ---------------------------------------------------------------------------
# 04  fpdf2 sidebar layout; child with school refusal and anxiety, Västerås
# ---------------------------------------------------------------------------
class SidebarPDF(FPDF):
    def header(self):
        self.set_font("DV", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "Samordnad individuell plan – Västerås stad och Region "
                  "Västmanland", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(150, 150, 150)
        self.line(15, self.get_y(), 195, self.get_y())
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-14)
        self.set_font("DV", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 6, f"Sida {self.page_no()} av {{nb}}", align="C")


def plan04():
    pdf = SidebarPDF(format="A4")
    pdf.add_font("DV", "", FONT)
    pdf.add_font("DV", "B", FONT_B)
    pdf.set_margins(15, 15, 15)
    pdf.set_auto_page_break(False)
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("DV", "B", 15)
    pdf.cell(0, 9, "SIP – plan för N.", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 9)
    pdf.cell(0, 6, "Upprättad vid SIP-möte 2024-11-12 på BUP Västerås",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    rows = [
        ("Personuppgifter",
         "N., 13 år, elev i åk 7 på Bäckbyskolan, Västerås.\n"
         "Personnummer: ÅÅMMDD-XXXX\n"
         "Vårdnadshavare: S. (mamma) och R. (pappa), gemensam vårdnad."),
        ("Deltagare",
         "N.\nS., mamma\nR., pappa\n"
         "Lisa, kurator, Elevhälsan Bäckbyskolan\n"
         "Johan, mentor, Bäckbyskolan\n"
         "Helén, specialpedagog, Bäckbyskolan\n"
         "Amira, psykolog, BUP Västerås\n"
         "Erik, familjebehandlare, Familjebehandlingen IFO Västerås stad"),
        ("Bakgrund",
         "N. har haft ökande frånvaro sedan skolstarten i augusti och var under "
         "oktober i skolan ungefär 40 % av tiden. Hon får magont, illamående "
         "och hjärtklappning på morgnarna och har vid två tillfällen fått en "
         "panikattack i korridoren. Hon är aktuell på BUP Västerås sedan "
         "oktober efter remiss från skolsköterskan; bedömningen är "
         "generaliserat ångestsyndrom och utredningen fortsätter. Morgnarna "
         "hemma är mycket pressade och familjen har själv sökt stöd via "
         "socialtjänstens mottagning."),
        ("Syfte",
         "Syftet är att skolan, BUP och socialtjänsten tillsammans med N. och "
         "föräldrarna lägger upp en gemensam plan för N:s stegvisa återgång "
         "till skolan, så att behandlingen av ångesten och anpassningarna i "
         "skolan pekar åt samma håll och familjen slipper bära information "
         "mellan alla verksamheter."),
        ("Frågeställningar",
         "1. Hur ska ett schema för stegvis återgång se ut, och vem tar emot N. "
         "på morgonen?\n"
         "2. Kan BUP:s KBT-behandling kopplas till övningar i skolmiljön "
         "(exponering i korridor och matsal)?\n"
         "3. Behöver familjen stöd hemma med morgonrutinerna, och i så fall "
         "från vem?"),
        ("N:s egna mål",
         "”Jag vill kunna gå till skolan utan att må illa hela morgonen. Och "
         "jag vill vara med på idrotten igen, för där är mina kompisar.”\n"
         "(N. vid mötet)"),
        ("N:s och föräldrarnas delaktighet",
         "N. deltog under hela mötet tillsammans med båda föräldrarna. Hon "
         "berättade att det värsta är korridoren och matsalen före första "
         "lektionen och önskade att få börja dagen i ett mindre rum med en "
         "vuxen som hon känner. Hon vill inte att klassen ska få veta varför "
         "hon har ett annat schema. Föräldrarna önskar att skolan hör av sig "
         "samma förmiddag om N. inte har kommit."),
        ("Insatser, ansvar och tid",
         "• Anpassat schema: N. börjar kl. 9.00 i studierummet, utökas med en "
         "lektion varannan vecka enligt bifogat schema. Ansvar: Johan, mentor, "
         "Bäckbyskolan. Från 2024-11-18.\n"
         "• Mottagande vid entrén måndag, onsdag och fredag kl. 8.55. Ansvar: "
         "Lisa, kurator, Elevhälsan Bäckbyskolan. Från 2024-11-18.\n"
         "• Kartläggning av N:s behov av särskilt stöd och förslag till "
         "åtgärdsprogram. Ansvar: Helén, specialpedagog, Bäckbyskolan. Klar "
         "senast 2024-12-13.\n"
         "• KBT med exponering, 12 sessioner en gång i veckan, varav två "
         "pass på skolan. Ansvar: Amira, psykolog, BUP Västerås. Start "
         "2024-11-20.\n"
         "• Läkarbedömning av eventuell läkemedelsbehandling. Ansvar: "
         "läkare, BUP Västerås. 2024-12-03.\n"
         "• Familjebehandling i hemmet två morgnar i veckan under fyra veckor, "
         "med fokus på morgonrutiner. Ansvar: Erik, familjebehandlare, IFO "
         "Västerås stad. Från 2024-11-25."),
        ("Huvudansvar för planen",
         "Lisa, kurator, Elevhälsan Bäckbyskolan (Västerås stad) har "
         "huvudansvaret för planen och kallar till uppföljning."),
        ("Uppföljning",
         "2025-01-21 kl. 14.00 på Bäckbyskolan, konferensrummet plan 2."),
    ]
    LW, RW, X0 = 48, 132, 15
    bottom = 297 - 20
    for label, text in rows:
        pdf.set_font("DV", "", 10)
        lines = pdf.multi_cell(RW - 4, 5.2, text, align="L", dry_run=True,
                               output="LINES")
        pdf.set_font("DV", "B", 9.5)
        llines = pdf.multi_cell(LW - 4, 5.2, label, align="L", dry_run=True,
                                output="LINES")
        h = max(len(lines), len(llines)) * 5.2 + 5
        if pdf.get_y() + h > bottom:
            pdf.add_page()
        y = pdf.get_y()
        pdf.set_fill_color(225, 225, 225)
        pdf.rect(X0, y, LW, h, style="F")
        pdf.set_draw_color(200, 200, 200)
        pdf.line(X0, y + h, X0 + LW + RW, y + h)
        pdf.set_xy(X0 + 2, y + 2.5)
        pdf.set_font("DV", "B", 9.5)
        pdf.multi_cell(LW - 4, 5.2, label, align="L")
        pdf.set_xy(X0 + LW + 3, y + 2.5)
        pdf.set_font("DV", "", 10)
        pdf.multi_cell(RW - 4, 5.2, text, align="L")
        pdf.set_y(y + h)
    pdf.ln(6)
    pdf.set_font("DV", "", 8.5)
    pdf.multi_cell(0, 4.5, "Planen skickas till alla deltagare. Schema för "
                   "stegvis återgång bifogas separat.")
    pdf.set_creation_date(FIXED_DT)
    pdf.output(out(4, "pdf"))


# ---------------------------------------------------------------------------
# 05  Word, one big 3-column table nr|Rubrik|Innehåll, landscape; discharge, Fagersta
# ---------------------------------------------------------------------------
def plan05():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("Region Västmanland · Psykiatri Fagersta  |  Fagersta kommun, "
                   "Socialtjänsten")
    r.font.size = Pt(8)
    r.font.small_caps = True
    fp = sec.footer.paragraphs[0]
    fp.text = "SIP vid utskrivning från slutenvård – utskrivet 2025-02-18"
    fp.runs[0].font.size = Pt(8)

    tp = doc.add_paragraph()
    tr = tp.add_run("Samordnad individuell plan vid utskrivning (SIP)")
    tr.bold = True
    tr.font.size = Pt(14)

    content = [
        ("Personuppgifter", [
            "Namn: P.",
            "Personnummer: XXXXXX-XXXX",
            "Folkbokförd: Fagersta kommun",
            "Vårdas på: Psykiatrisk vårdavdelning 3, Västmanlands sjukhus "
            "Västerås, sedan 2025-01-27. Planerad utskrivning 2025-02-21.",
        ]),
        ("Bakgrund", [
            "P. är 68 år, pensionär och bor ensam i lägenhet i Fagersta sedan "
            "hustrun dog för två år sedan. Han lades in efter en allvarlig "
            "depression med viktnedgång och självmordstankar; han hade slutat "
            "äta och gå ut.",
            "Under vårdtiden har han fått ny antidepressiv medicinering och "
            "stämningsläget har förbättrats. Han sover bättre och har börjat "
            "äta. Avdelningen bedömer att han kan skrivas ut med stöd.",
            "P. har ingen tidigare kontakt med socialtjänsten. Han har en "
            "dotter i Göteborg som han inte vill ska involveras.",
        ]),
        ("Syfte med SIP", [
            "Samordnad utskrivning.",
        ]),
        ("Frågeställningar", [
            "Diskutera läget inför utskrivning.",
        ]),
        ("Den enskildes delaktighet och synpunkter", [
            "P. deltog i mötet på avdelningen.",
            "P. uttryckte att han är tveksam till hemtjänst och tycker att "
            "det räcker med besök av sjuksköterska. Han tycker att det har "
            "varit stökigt på avdelningen och längtar efter lugnet hemma.",
        ]),
        ("Den enskildes mål", [
            "Fastställs vid uppföljningen.",
        ]),
        ("Samtycke", [
            "Ja.",
        ]),
        ("Insatser", [
            "Fortsatt psykiatrisk uppföljning efter utskrivningen.",
            "Stöd i vardagen vid behov.",
            "Eventuellt hemtjänst – P. ska fundera på saken.",
        ]),
        ("Ansvar och tidplan", [
            "Fördelas när insatserna är klarlagda.",
        ]),
        ("Andra aktörer", [
            "Inga andra aktörer är aktuella. P. är ålderspensionär och har "
            "inga ärenden hos Försäkringskassan eller Arbetsförmedlingen, och "
            "han har avböjt att dottern eller andra anhöriga involveras i "
            "planen.",
        ]),
        ("Huvudansvar och uppföljning", [
            "Huvudansvarig för planen: Anna, sjuksköterska, Psykiatriska "
            "öppenvårdsmottagningen Fagersta.",
            "Uppföljning: 2025-03-11 kl. 13.00 på Psykiatriska "
            "öppenvårdsmottagningen Fagersta. P. kallas per brev.",
        ]),
        ("Deltagare", [
            "P.",
            "Lars, skötare och kontaktperson",
            "Anna, sjuksköterska",
            "Helena, biståndshandläggare",
            "Mikael, överläkare",
        ]),
    ]
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(["nr", "Rubrik", "Innehåll"]):
        set_cell_text(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "BDD7EE")
    repeat_header(t.rows[0])
    for n, (rub, paras) in enumerate(content, 1):
        c = t.add_row().cells
        set_cell_text(c[0], str(n))
        set_cell_text(c[1], rub, bold=True)
        c[2].text = ""
        c[2].paragraphs[0].add_run(paras[0])
        for ptxt in paras[1:]:
            c[2].add_paragraph(ptxt)
    widths = [Cm(1.2), Cm(5.5), Cm(19.0)]
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w
    doc.add_paragraph()
    doc.add_paragraph("Planen är upprättad på avdelning 3 i samband med "
                      "SIP-mötet 2025-02-18.")
    fix_docx_props(doc, "Psykiatri Fagersta")
    save_docx(doc, out(5, "docx"))


# ---------------------------------------------------------------------------
# 06  Text follow-up with ASCII grid; elderly man after hip fracture, Kungsör
# ---------------------------------------------------------------------------
def ascii_grid(headers, rows, widths):
    def sep():
        return "+" + "+".join("-" * (w + 2) for w in widths) + "+"

    def fmt(cells):
        wrapped = [textwrap.wrap(c, w) or [""] for c, w in zip(cells, widths)]
        n = max(len(x) for x in wrapped)
        lines = []
        for i in range(n):
            parts = []
            for col, w in zip(wrapped, widths):
                parts.append(" " + (col[i] if i < len(col) else "").ljust(w) + " ")
            lines.append("|" + "|".join(parts) + "|")
        return lines

    out_l = [sep()] + fmt(headers) + [sep().replace("-", "=")]
    for r in rows:
        out_l += fmt(r) + [sep()]
    return out_l


def plan06():
    L = [
        "VÅRD- OCH OMSORGSJOURNAL - UTSKRIFT",
        "Kungsörs kommun / Vårdcentralen Kungsör",
        "",
        "UPPFÖLJNING AV SAMORDNAD INDIVIDUELL PLAN (SIP)",
        "",
        "Namn: B.                Personnummer: ÅÅMMDD-XXXX",
        "Kommun: Kungsör",
        "Datum för uppföljningsmötet: 2025-01-14",
        "Plats: Vårdcentralen Kungsör, samtalsrum 4",
        "Ursprunglig plan upprättad: 2024-10-29",
        "",
        "SYFTE",
        "Uppföljning av SIP.",
        "",
        "NÄRVARANDE",
        "Lena, Ahmed, Sara, Johan (son)",
        "",
        "BAKGRUND",
    ]
    L.append(wrap_par(
        "B. är 82 år och opererades för höftfraktur på Västmanlands sjukhus "
        "Köping i oktober 2024 efter ett fall i trappan hemma. Han bor ensam "
        "i villa utanför Kungsör. Efter utskrivningen upprättades en SIP med "
        "insatser från hemtjänst, rehab och vårdcentral. B. går nu inomhus "
        "med rollator men har fortfarande ont i höften på kvällarna. Han har "
        "ramlat en gång till, 2024-12-20, utan att skada sig.", 78))
    L += ["", "DEN ENSKILDES MÅL", "Se tidigare plan.", "",
          "SAMTYCKE", "Samtycke finns.", "",
          "ÅTGÄRDER - TIDIGARE OCH NYA", ""]
    headers = ["Nr", "Åtgärd", "Ansvarig", "Klart senast", "Status"]
    rows = [
        ["1", "Hemtjänst morgon och kväll, hjälp med dusch två gånger per "
         "vecka", "Hemtjänst Kungsör norra", "2024-11-04", "Klart"],
        ["2", "Rollator, toalettförhöjning och duschpall", "Arbetsterapeut, "
         "Rehab Kungsörs kommun", "2024-11-15", "Klart"],
        ["3", "Trygghetslarm", "Biståndshandläggare, Kungsörs kommun",
         "2024-11-04", "Klart"],
        ["4", "Gångträning hemma två gånger per vecka, därefter "
         "träningsprogram att göra själv", "Fysioterapeut, Rehab Kungsörs "
         "kommun", "", "Pågår"],
        ["5", "Läkemedelsgenomgång (smärtlindring, blodförtunnande)",
         "Läkare, Vårdcentralen Kungsör", "2025-01-31", "Ej påbörjat"],
        ["6", "Bedömning av benskörhet (bentäthetsmätning)", "Vårdcentralen "
         "Kungsör", "", "Ej påbörjat"],
        ["7", "Fallriskbedömning efter nytt fall, ev. höftskyddsbyxor",
         "Sjuksköterska, Hemsjukvården Kungsör", "2025-02-07", "Ej påbörjat"],
        ["8", "Matdistribution vardagar", "Biståndshandläggare, Kungsörs "
         "kommun", "2025-01-20", "Pågår"],
    ]
    L += ascii_grid(headers, rows, [2, 22, 20, 10, 11])
    L += ["", "ANHÖRIGA", "Sonen Johan är involverad och finns med i bilden.",
          "", "ÖVRIGT"]
    L.append(wrap_par(
        "Hemtjänsten rapporterar att morgonbesöken fungerar bättre sedan "
        "samma personal kommer de flesta dagar. Rehab noterar att "
        "gångträningen har gått framåt sedan december.", 78))
    L += ["", "NÄSTA UPPFÖLJNING", "Vecka 12. Kallelse skickas.", "",
          "Antecknat av: Lena", "Utskriftsdatum: 2025-01-15", ""]
    with open(out(6, "txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L))


# ---------------------------------------------------------------------------
# 07  Word -> PDF via LibreOffice; LSS gruppbostad, responsibility matrix, Surahammar
# ---------------------------------------------------------------------------
def plan07():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.6)
    sec.top_margin = sec.bottom_margin = Cm(1.6)
    hp = sec.header.paragraphs[0]
    hp.text = "Surahammars kommun – Stöd och omsorg, LSS"
    hp.runs[0].font.size = Pt(8)

    doc.add_heading("Plan för J. – gruppbostad och daglig verksamhet", level=1)
    p = doc.add_paragraph()
    for lab, val in [("Namn: ", "J., 22 år"),
                     ("Boende: ", "Gruppbostaden Lärkan, Surahammar (LSS 9 § 9)"),
                     ("Daglig verksamhet: ", "Verkstaden, Surahammar"),
                     ("Datum: ", "2025-01-28")]:
        p.add_run(lab).bold = True
        p.add_run(val + "\n")

    doc.add_heading("Bakgrund", level=2)
    doc.add_paragraph(
        "J. har autism och en lindrig intellektuell funktionsnedsättning. Han "
        "flyttade till gruppbostaden i augusti 2024 från föräldrahemmet i "
        "Hallstahammar. Sedan flytten sover han dåligt, somnar ofta först "
        "efter kl. 02 och orkar då inte gå till daglig verksamhet på "
        "förmiddagen. Han blir orolig vid oförutsedda förändringar och har "
        "vid några tillfällen slagit i väggar. Han har haft tandvärk sedan "
        "december men vägrat gå till tandläkaren.")

    doc.add_heading("Frågeställningar", level=2)
    doc.add_paragraph("Gå igenom läget.")

    doc.add_heading("J:s egna mål", level=2)
    doc.add_paragraph(
        "Vid ett samtal med kontaktpersonen på gruppbostaden veckan före "
        "mötet sa J.: ”Jag vill sova bättre och kunna gå till Ica själv. Jag "
        "vill inte att någon ska gå med mig hela tiden.”")

    doc.add_heading("Ansvarsfördelning", level=2)
    actors = ["Gruppbostaden", "Daglig verksamhet", "LSS-handläggare",
              "Habiliteringen", "Vårdcentralen"]
    tasks = [
        ("Bildschema för morgon och kväll tas fram och sätts upp i J:s "
         "lägenhet", [1, 0, 0, 1, 0], "klart 2025-03-01"),
        ("Sömndagbok förs i fyra veckor, därefter bedömning av sömnen",
         [1, 0, 0, 0, 1], "2025-02-03 – 2025-03-03"),
        ("Förberedelse inför tandläkarbesök med social berättelse och "
         "besök på mottagningen utan behandling", [1, 0, 0, 1, 0],
         "före 2025-03-20"),
        ("Schema på daglig verksamhet anpassas: start kl. 10.00, fyra "
         "timmar per dag", [0, 1, 0, 0, 0], "från 2025-02-03"),
        ("Utredning av ansökan om ledsagarservice", [0, 0, 1, 0, 0],
         "beslut senast 2025-03-31"),
        ("Träning i att handla själv på Ica med stegvis mindre stöd",
         [1, 0, 0, 1, 0], ""),
        ("Läkemedelsgenomgång (melatonin och vid-behovs-läkemedel)",
         [0, 0, 0, 0, 1], "2025-04-08"),
    ]
    t = doc.add_table(rows=1, cols=len(actors) + 2)
    t.style = "Table Grid"
    hdr = ["Uppgift"] + actors + ["När"]
    for i, h in enumerate(hdr):
        set_cell_text(t.rows[0].cells[i], h, bold=True, size=8.5)
        shade(t.rows[0].cells[i], "E2EFD9")
    repeat_header(t.rows[0])
    for task, marks, when in tasks:
        c = t.add_row().cells
        set_cell_text(c[0], task, size=9.5)
        for j, m in enumerate(marks):
            pp = set_cell_text(c[j + 1], "X" if m else "", bold=True, size=10)
            pp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        set_cell_text(c[-1], when, size=9.5)
        trPr = t.rows[-1]._tr.get_or_add_trPr()
        cs = OxmlElement("w:cantSplit")
        cs.set(qn("w:val"), "true")
        trPr.append(cs)
    widths = [Cm(8.3)] + [Cm(3.1)] * 5 + [Cm(3.6)]
    t.autofit = False
    for i, w in enumerate(widths):
        t.columns[i].width = w
    for row in t.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Samordningsansvar: ").bold = True
    p.add_run("Habiliteringen.")
    p = doc.add_paragraph()
    p.add_run("Övriga: ").bold = True
    p.add_run("God man och pappa har fått information om planen.")
    p = doc.add_paragraph()
    p.add_run("Ny genomgång av planen: ").bold = True
    p.add_run("i maj 2025.")
    src = os.path.join(BUILD, f"{PREFIX}-07.docx")
    fix_docx_props(doc, "Stöd och omsorg Surahammar")
    save_docx(doc, src)
    subprocess.run(["soffice", f"-env:UserInstallation=file:///tmp/lo-{PREFIX}",
                    "--headless", "--convert-to", "pdf", "--outdir", PLANS, src],
                   check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, timeout=180)


# ---------------------------------------------------------------------------
# 08  fpdf2 empty county template; only date and municipality filled, Norberg
# ---------------------------------------------------------------------------
class FormPDF(FPDF):
    def header(self):
        self.set_font("DV", "", 8)
        self.set_text_color(80, 80, 80)
        self.cell(90, 5, "Region Västmanland och länets kommuner")
        self.cell(0, 5, f"Sida {self.page_no()} ({{nb}})", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, "SIP-mall Västmanlands län, version 2.1 (2023)",
                  new_x="LMARGIN", new_y="NEXT")
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-13)
        self.set_font("DV", "", 7.5)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, "Utskriven 2025-01-21. Planen förvaras i respektive "
                  "verksamhets journal.", align="C")


def plan08():
    pdf = FormPDF(format="A4")
    pdf.add_font("DV", "", FONT)
    pdf.add_font("DV", "B", FONT_B)
    pdf.add_font("DV", "I", FONT_I)
    pdf.set_margins(18, 14, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("DV", "B", 16)
    pdf.cell(0, 9, "Samordnad individuell plan (SIP)", new_x="LMARGIN",
             new_y="NEXT")
    pdf.set_font("DV", "", 9)
    pdf.multi_cell(0, 4.6, "Enligt SoL 2 kap. 7 § och HSL 16 kap. 4 §. Fyll i "
                   "tillsammans med den enskilde vid SIP-mötet.")
    pdf.ln(3)
    U = "_" * 60
    UL = "_" * 75

    def field(label, value=None, hint=None):
        pdf.set_font("DV", "B", 10)
        pdf.write(6, label + " ")
        if hint:
            pdf.set_font("DV", "I", 8.5)
            pdf.write(6, "(" + hint + ") ")
        pdf.set_font("DV", "", 10)
        pdf.write(6, value if value else "______________________________")
        pdf.ln(8)

    def block(label, hint, nlines=3):
        pdf.set_font("DV", "B", 10)
        pdf.write(6, label + " ")
        pdf.set_font("DV", "I", 8.5)
        pdf.write(6, "(" + hint + ")")
        pdf.ln(7)
        pdf.set_font("DV", "", 10)
        for _ in range(nlines):
            pdf.cell(0, 7, UL, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    field("Datum för SIP-möte:", "2025-01-21")
    field("Kommun:", "Norberg")
    field("Namn:", None, "förnamn och efternamn")
    field("Personnummer:", "ÅÅÅÅMMDD-XXXX")
    block("Deltagare", "namn, funktion och verksamhet för alla som deltar", 4)
    block("Syfte med SIP", "varför behövs samordning just nu?")
    block("Frågeställningar inför mötet",
          "vad behöver vi komma överens om?")
    block("Mina mål", "den enskildes mål med egna ord")
    pdf.set_font("DV", "B", 10)
    pdf.cell(0, 6, "Delaktighet", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 10)
    pdf.cell(0, 6, "☐ Den enskilde deltog på mötet     ☐ Den enskilde deltog "
             "inte, skäl: ______________", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, "Den enskildes synpunkter: " + "_" * 45,
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DV", "B", 10)
    pdf.cell(0, 6, "Samtycke", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 10)
    pdf.cell(0, 6, "☐ Muntligt     ☐ Skriftligt     Datum: ÅÅÅÅ-MM-DD",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    pdf.add_page()
    pdf.set_font("DV", "B", 10)
    pdf.write(6, "Insatser ")
    pdf.set_font("DV", "I", 8.5)
    pdf.write(6, "(vad ska göras, av vilken verksamhet/funktion och när)")
    pdf.ln(8)
    cols = [("Insats/åtgärd", 78), ("Ansvarig verksamhet/funktion", 58),
            ("När", 38)]
    pdf.set_font("DV", "B", 9)
    pdf.set_fill_color(230, 230, 230)
    for h, w in cols:
        pdf.cell(w, 7, h, border=1, fill=True)
    pdf.ln()
    pdf.set_font("DV", "", 9)
    for _ in range(6):
        for h, w in cols:
            pdf.cell(w, 9, "", border=1)
        pdf.ln()
    pdf.ln(4)
    block("Andra aktörers insatser",
          "t.ex. Försäkringskassan, Arbetsförmedlingen, god man, närstående, "
          "den enskilde själv – vem gör vad?")
    pdf.set_font("DV", "", 10)
    pdf.cell(0, 6, "☐ Inga andra aktörer är aktuella", new_x="LMARGIN",
             new_y="NEXT")
    pdf.ln(3)
    block("Huvudansvarig för planen", "namn, funktion och verksamhet", 1)
    field("Uppföljning, datum:", "ÅÅÅÅ-MM-DD", "datum och plats för nästa möte")
    field("Plats:", None)
    pdf.ln(4)
    pdf.set_font("DV", "B", 10)
    pdf.cell(0, 6, "Underskrift den enskilde / vårdnadshavare",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 10)
    pdf.cell(0, 8, U, new_x="LMARGIN", new_y="NEXT")
    pdf.set_creation_date(FIXED_DT)
    pdf.output(out(8, "pdf"))


def main():
    os.makedirs(PLANS, exist_ok=True)
    os.makedirs(BUILD, exist_ok=True)
    plan01()
    plan02()
    plan03()
    plan04()
    plan05()
    plan06()
    plan07()
    plan08()


if __name__ == "__main__":
    main()
