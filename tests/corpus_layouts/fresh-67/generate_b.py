#!/usr/bin/env python
"""Generate the f67b- batch of fictional, anonymized SIP documents (Skaraborg/Sjuhärad, 2025)."""
import os
import shutil
import subprocess
import textwrap

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f67b-"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def p(name):
    return os.path.join(OUT, PREFIX + name)


def fixed_core(doc, title):
    import datetime
    cp = doc.core_properties
    cp.author = "SIP"
    cp.title = title
    cp.created = datetime.datetime(2025, 1, 1)
    cp.modified = datetime.datetime(2025, 1, 1)
    cp.last_modified_by = "SIP"


# ---------------------------------------------------------------- 01 PDF (fpdf2)
class RecordPDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.cell(95, 5, "Millennium – Journalutskrift   |   Psykiatrimottagningen Mariestad", border=0)
        self.cell(0, 5, f"Utskriftsdatum 2025-03-12   Sida {self.page_no()} ({{nb}})", border=0,
                  align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_font("DejaVu", "", 7.5)
        self.cell(0, 4, "Patient: K.   Personnummer: ÅÅMMDD-XXXX", new_x="LMARGIN", new_y="NEXT")
        self.line(10, self.get_y() + 1, 200, self.get_y() + 1)
        self.ln(4)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.cell(0, 5, "Utskriften är en kopia av journalanteckning. Sekretess enligt OSL 25 kap.",
                  align="C")

    def box(self, label, value, w=190, x=None, min_h=12):
        """Bordered box: small bold label in top-left corner, value below."""
        if x is None:
            x = self.l_margin
        y = self.get_y()
        # measure value height
        self.set_font("DejaVu", "", 9)
        lines = self.multi_cell(w - 4, 4.6, value if value else " ", dry_run=True, output="LINES")
        h = max(min_h, 6 + 4.6 * len(lines) + 2)
        if y + h > self.h - 18:
            self.add_page()
            y = self.get_y()
        self.rect(x, y, w, h)
        self.set_xy(x + 1.2, y + 0.8)
        self.set_font("DejaVu", "B", 6.5)
        self.cell(w - 2, 3.5, label)
        self.set_xy(x + 2, y + 5.2)
        self.set_font("DejaVu", "", 9)
        if value:
            self.multi_cell(w - 4, 4.6, value)
        return h

    def box_row(self, items, min_h=12):
        """Several boxes side by side: items = [(label, value, width)]."""
        y = self.get_y()
        heights = []
        for label, value, w in items:
            self.set_font("DejaVu", "", 9)
            lines = self.multi_cell(w - 4, 4.6, value or " ", dry_run=True, output="LINES")
            heights.append(max(min_h, 6 + 4.6 * len(lines) + 2))
        h = max(heights)
        if y + h > self.h - 18:
            self.add_page()
            y = self.get_y()
        x = self.l_margin
        for label, value, w in items:
            self.rect(x, y, w, h)
            self.set_xy(x + 1.2, y + 0.8)
            self.set_font("DejaVu", "B", 6.5)
            self.cell(w - 2, 3.5, label)
            self.set_xy(x + 2, y + 5.2)
            self.set_font("DejaVu", "", 9)
            if value:
                self.multi_cell(w - 4, 4.6, value)
            x += w
        self.set_xy(self.l_margin, y + h)


def make_01():
    pdf = RecordPDF(format="A4")
    pdf.set_creation_date(__import__("datetime").datetime(2025, 3, 12, 9, 14))
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_auto_page_break(False)
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(0, 7, "Samordnad individuell plan (SIP)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 8)
    pdf.cell(0, 5, "Anteckningstyp: SIP – Vuxenpsykiatri   Status: Signerad",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.box_row([("Datum för SIP-möte", "2025-03-11", 47.5),
                 ("Tid", "13.30–15.00", 47.5),
                 ("Plats", "Psykiatrimottagningen Mariestad, samtalsrum 2", 95)])
    pdf.box_row([("Namn", "K., 31 år", 95),
                 ("Personnummer", "ÅÅMMDD-XXXX", 95)])
    pdf.box("Bakgrund",
            "K. har schizofreni sedan 2019. Han var inlagd på psykiatrisk slutenvård, Skaraborgs "
            "Sjukhus Skövde, 2025-01-28 – 2025-02-21 efter ett skov med rösthallucinationer och "
            "förföljelseidéer, i samband med att han slutat ta sin medicin. Bor ensam i hyreslägenhet "
            "i Mariestad. Har tidigare arbetat på lager men har inte haft sysselsättning på två år. "
            "Har en bror i Töreboda som han träffar ibland.")
    pdf.box("Syfte med SIP",
            "Att psykiatrin och socialtjänsten i Mariestad samordnar sina insatser efter utskrivningen "
            "så att K. kan bo kvar i sin egen lägenhet, ta sin medicin regelbundet och på sikt komma "
            "igång med en meningsfull sysselsättning.")
    pdf.box("Frågeställningar inför mötet", "", min_h=14)
    pdf.box("Den enskildes mål",
            "Målet är att K. ska klara sitt boende på egen hand och komma igång med någon form av "
            "sysselsättning under våren 2025.")
    pdf.box("Den enskildes delaktighet och synpunkter",
            "K. deltog under hela mötet. Han säger att han vill bo kvar i lägenheten och inte vill ha "
            "besök varje dag, men kan tänka sig boendestöd två gånger i veckan. Han vill behålla samma "
            "läkare och vill helst ha sin injektion på förmiddagen. Han är intresserad av att jobba "
            "med händerna, t.ex. snickeri.")
    pdf.box("Samtycke till informationsöverföring", "", min_h=12)

    # Interventions table with repeated header on page 2
    def table_header():
        pdf.set_font("DejaVu", "B", 7.5)
        pdf.set_fill_color(225, 225, 225)
        pdf.cell(80, 6, "Insats / åtgärd", border=1, fill=True)
        pdf.cell(70, 6, "Ansvarig (verksamhet, funktion)", border=1, fill=True)
        pdf.cell(40, 6, "När", border=1, fill=True, new_x="LMARGIN", new_y="NEXT")

    rows = [
        ("Depotinjektion (antipsykotika) var fjortonde dag samt kontroll av biverkningar.",
         "Sjuksköterska, Psykiatrimottagningen Mariestad",
         "Varannan tisdag fr.o.m. 2025-03-18, kl. 10"),
        ("Läkarbesök: uppföljning av medicinering och sömn.",
         "Specialistläkare, Psykiatrimottagningen Mariestad",
         "2025-04-08"),
        ("Boendestöd 2 ggr/vecka: struktur i vardagen, inköp, tvätt, post.",
         "Boendestödjare, Socialpsykiatrin, Mariestads kommun",
         "Start v. 13, mån och tors"),
        ("Kartläggning av intressen och behov inför daglig sysselsättning (träffpunkt/arbetsträning).",
         "Biståndshandläggare, Socialförvaltningen Mariestad",
         ""),
        ("Stödsamtal om vardag och återfallstecken; gemensam krisplan tas fram med K.",
         "Kurator, Psykiatrimottagningen Mariestad",
         "Var tredje vecka, första 2025-03-25"),
    ]
    pdf.set_font("DejaVu", "B", 6.5)
    y = pdf.get_y()
    pdf.rect(10, y, 190, 7)
    pdf.set_xy(11.2, y + 0.8)
    pdf.cell(0, 3.5, "Planerade insatser")
    pdf.set_xy(10, y + 7)
    table_header()
    for i, (a, b, c) in enumerate(rows):
        pdf.set_font("DejaVu", "", 8.5)
        la = pdf.multi_cell(78, 4.4, a, dry_run=True, output="LINES")
        lb = pdf.multi_cell(68, 4.4, b, dry_run=True, output="LINES")
        lc = pdf.multi_cell(38, 4.4, c or " ", dry_run=True, output="LINES")
        h = 4.4 * max(len(la), len(lb), len(lc)) + 2
        if pdf.get_y() + h > pdf.h - 18 or i == 3:  # force continuation on page 2
            pdf.add_page()
            pdf.set_font("DejaVu", "B", 7)
            pdf.cell(0, 5, "Planerade insatser (forts.)", new_x="LMARGIN", new_y="NEXT")
            table_header()
            pdf.set_font("DejaVu", "", 8.5)
        y = pdf.get_y()
        for x, w, txt in ((10, 80, a), (90, 70, b), (160, 40, c)):
            pdf.rect(x, y, w, h)
            pdf.set_xy(x + 1, y + 1)
            pdf.multi_cell(w - 2, 4.4, txt)
        pdf.set_xy(10, y + h)
    pdf.ln(3)
    pdf.box("Huvudansvarig för planen",
            "Kerstin, kurator, Psykiatrimottagningen Mariestad (nås via växeln)")
    pdf.box("Övriga aktörers insatser (t.ex. FK, AF, god man, närstående)", "", min_h=12)
    pdf.box_row([("Uppföljning, datum", "", 95), ("Uppföljning, plats", "", 95)])
    pdf.box("Deltagare vid mötet", "", min_h=14)
    pdf.output(p("01.pdf"))


# ---------------------------------------------------------------- 02 DOCX
def add_label_para(doc, label, text, size=11):
    para = doc.add_paragraph()
    r = para.add_run(label + " ")
    r.bold = True
    para.add_run(text)
    para.paragraph_format.space_after = Pt(6)
    return para


def make_02():
    doc = Document()
    fixed_core(doc, "SIP Alva")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Falköpings kommun • Västra Götalandsregionen\tSamordnad individuell plan"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Planen förvaras hos respektive verksamhet. Kopia till Alva och vårdnadshavare."
    fp.runs[0].font.size = Pt(8)

    doc.add_heading("Samordnad individuell plan (SIP)", level=1)
    add_label_para(doc, "Namn:", "Alva, 16 år")
    add_label_para(doc, "Datum:", "2025-09-17, kl. 14.00–15.30")
    add_label_para(doc, "Plats:", "Elevhälsans rum, Ållebergsgymnasiet, Falköping")
    add_label_para(doc, "Deltagare:", "Alva, Lena, Johan, Maria, Ahmed, Sofie, Erika")
    add_label_para(doc, "Bakgrund:",
                   "Alva går andra året på samhällsvetenskapsprogrammet. Hon har sedan i våras "
                   "gått ner kraftigt i vikt och fick i juni diagnosen anorexia nervosa. Hon har "
                   "haft ca 40 % frånvaro sedan skolstarten i augusti och äter inte lunch i skolan. "
                   "Hon går på behandling på ätstörningsteamet, BUP Skövde, sedan juli.")
    add_label_para(doc, "Syfte:",
                   "Alva har en ätstörning och hög frånvaro och behöver att vården och skolan "
                   "drar åt samma håll. Syftet med SIP är att BUP, elevhälsan och skolan samordnar "
                   "sig så att Alva kan gå upp i vikt och samtidigt klara sina kurser i åk 2.")
    add_label_para(doc, "Frågeställningar:", "Diskutera läget framåt och hur vi samarbetar.")
    add_label_para(doc, "Alvas mål:",
                   "”Jag vill orka vara med på lektionerna igen och kunna äta lunch i skolan utan "
                   "att någon vaktar mig. Jag vill gå ut gymnasiet samtidigt som mina kompisar.”")
    add_label_para(doc, "Alvas delaktighet:",
                   "Alva var med på hela mötet tillsammans med sina föräldrar. Hon tycker att det "
                   "är jobbigt att alla lärare vet om hennes ätstörning och vill att bara mentor och "
                   "skolsköterska får veta detaljer. Hon vill hellre äta i ett mindre rum än i "
                   "matsalen de första veckorna.")
    add_label_para(doc, "Samtycke:", "Samtycke finns.")

    para = doc.add_paragraph()
    r = para.add_run("Insatser (Vem – vad – när):")
    r.bold = True
    bullets = [
        "Ätstörningsteamet, BUP Skövde (behandlare) – viktkontroll och behandlingssamtal med "
        "Alva – varje onsdag kl. 15.00 från 2025-09-24.",
        "Ätstörningsteamet, BUP Skövde (psykolog) – familjebaserad behandling med Alva och "
        "föräldrarna – varannan vecka, första gången 2025-09-30.",
        "Skolsköterska, elevhälsan Ållebergsgymnasiet – sitter med Alva vid skollunchen i "
        "elevhälsans rum – måndag–fredag från 2025-09-22.",
        "Mentor, Ållebergsgymnasiet – anpassad studieplan: Alva läser tre kurser i höst, "
        "idrott skjuts upp – klar senast 2025-10-03.",
        "Kurator, elevhälsan Ållebergsgymnasiet – stödsamtal med Alva om oro och "
        "skolsituationen – vid behov.",
    ]
    for b in bullets:
        doc.add_paragraph(b, style="List Bullet")
    add_label_para(doc, "Huvudansvar:", "BUP Skövde.")
    add_label_para(doc, "Uppföljning:", "Ny SIP-träff vecka 44, samma plats.")
    doc.save(p("02.docx"))


# ---------------------------------------------------------------- 03 TXT cp1252 CRLF
def wrap(text, width=76, indent=""):
    return textwrap.fill(text, width=width, initial_indent=indent, subsequent_indent=indent)


def make_03():
    L = []
    L.append("SAMORDNAD INDIVIDUELL PLAN (SIP)")
    L.append("Journalexport 2025-05-20 10:42   Vårdcentralen Tidaholm")
    L.append("=" * 76)
    L.append("")
    L.append("PERSONUPPGIFTER")
    L.append("Namn: Ingrid NN")
    L.append("Personnummer: XXXXXX-XXXX")
    L.append("Ålder: 86 år")
    L.append("Boende: Egen villa, Tidaholm")
    L.append("")
    L.append("MÖTESUPPGIFTER")
    L.append("Datum: 2025-05-19")
    L.append("Tid: 09.00-10.15")
    L.append("Plats: Vårdcentralen Tidaholm, konferensrummet")
    L.append("Mötestyp: Första SIP-möte")
    L.append("")
    L.append("DELTAGARE")
    for d in ["Agneta, dotter",
              "Mona, distriktssköterska, Vårdcentralen Tidaholm",
              "Farid, specialist i allmänmedicin, Vårdcentralen Tidaholm",
              "Petra, biståndshandläggare, Äldreomsorgen Tidaholms kommun",
              "Jonas, enhetschef, Hemtjänst Tidaholm centrum",
              "Leila, demenssjuksköterska, Tidaholms kommun"]:
        L.append("    - " + d)
    L.append("")
    L.append("BAKGRUND")
    L.append(wrap("Bakgrund: Ingrid fick diagnosen Alzheimers sjukdom 2023 (utredd via "
                  "minnesmottagningen, Skaraborgs Sjukhus). Maken dog i februari 2025 och sedan "
                  "dess bor Ingrid ensam. Dottern har märkt att Ingrid glömmer att äta och ta sina "
                  "mediciner, hon har gått ner 4 kg sedan mars. Vid två tillfällen har grannen "
                  "hittat Ingrid ute på kvällen i tunna kläder. Har idag hemtjänst 1 gång/vecka "
                  "för städning."))
    L.append("")
    L.append("SYFTE")
    L.append("Syfte: Samordning.")
    L.append("")
    L.append("FRÅGESTÄLLNINGAR")
    L.append("Frågeställningar: Diskutera läget.")
    L.append("")
    L.append("DEN ENSKILDES MÅL")
    L.append("Mål:")
    L.append("")
    L.append("DEN ENSKILDES DELAKTIGHET")
    L.append("Delaktighet:")
    L.append("")
    L.append("SAMTYCKE")
    L.append("Samtycke: Samtycke finns.")
    L.append("")
    L.append("INSATSER")
    ins = [
        ("Hemtjänst morgon, lunch och kväll: tillsyn, påminnelse om och hjälp med "
         "måltider, överlämning av läkemedel ur dosett.", "Kommunen", "Från 2025-05-26"),
        ("Läkemedelsgenomgång, byte till Apodos, kontroll av vikt och blodprover.",
         "Distriktssköterska och läkare, Vårdcentralen Tidaholm", "2025-06-10"),
        ("Trygghetslarm och dörrlarm (nattetid) installeras.", "Kommunen", "Juni 2025"),
        ("Bedömning av behov av dagverksamhet för personer med demenssjukdom, 2 dagar/vecka.",
         "Demenssjuksköterska, Tidaholms kommun", "Hembesök 2025-06-03"),
    ]
    for i, (a, b, c) in enumerate(ins, 1):
        L.append(wrap(f"Insats {i}: {a}"))
        L.append(f"Ansvarig: {b}")
        L.append(f"När: {c}")
        L.append("")
    L.append("ÖVRIGA AKTÖRER")
    L.append(wrap("Övriga aktörer: Dottern Agneta sköter Ingrids ekonomi och betalar "
                  "räkningar via fullmakt sedan april, handlar varannan lördag och följer med "
                  "på läkarbesök. Hon kontaktar hemtjänsten om hon ser att Ingrid blir sämre. "
                  "Ansökan om god man är inte aktuell nu då fullmakten fungerar."))
    L.append("")
    L.append("HUVUDANSVAR")
    L.append("Huvudansvarig: Tidaholms kommun")
    L.append("")
    L.append("UPPFÖLJNING")
    L.append("Uppföljning: Om ca tre månader, vid behov tidigare.")
    L.append("")
    L.append("Dokumenterat av: Mona, distriktssköterska")
    L.append("Signerad: 2025-05-20")
    L = [x for line in L for x in line.split("\n")]
    txt = "\r\n".join(L) + "\r\n"
    with open(p("03.txt"), "wb") as f:
        f.write(txt.encode("cp1252"))


# ---------------------------------------------------------------- 04 MD
MD04 = """# Min plan – SIP för Noah

**Datum för mötet:** 2025-02-13
**Var:** Skolan i Ulricehamn, kuratorns rum

Den här planen har vi skrivit tillsammans med dig, Noah (15 år), på mötet.
Den är skriven till dig, så att du vet vad vi har bestämt.

## Varför har vi det här mötet?

Du har varit hemma från skolan mycket sedan jul, eftersom du får ont i magen och blir rädd
när det är mycket folk i korridorerna. Du går i nian och vill ha betyg till våren. Vi som
träffar dig, skolan, BUP och socialtjänsten, ska jobba ihop så att du kan komma tillbaka
till skolan steg för steg och inte behöva berätta samma sak för alla.

## Det här är viktigt för mig

- "Jag vill gå ut nian med betyg så att jag kan söka fordonsprogrammet."
- "Jag vill inte att hela klassen ska veta varför jag har varit borta."
- "Jag vill kunna spela fotboll igen på torsdagarna."

## Det här sa jag på mötet

Du var med på hela mötet tillsammans med mamma. Du sa att det är lättast att börja med
de första lektionerna på morgonen, innan det blir mycket folk. Du vill inte ha samtal på
skolan mitt under lektionstid, för då ser alla att du går iväg. Du tycker att det var
skönt att få säga det själv.

## Får vi prata med varandra om dig?

Ja, sa du och mamma på mötet 2025-02-13. Mamma skrev också under blanketten om samtycke
samma dag. Det betyder att skolan, BUP och socialtjänsten får prata med varandra om det
som står i den här planen.

## Så här hjälper vi dig

| Vad | Vem | När |
|---|---|---|
| Samtal om oron, med övningar (KBT) | Linnea, psykolog på BUP Borås | Varannan torsdag kl. 15, första gången 2025-02-20 |
| Eget schema: du börjar 08.20 och går tre lektioner om dagen | Erik, din mentor, och rektor på skolan | Från måndag 2025-02-17 |
| Ett lugnt rum du kan gå till när det blir för mycket | Sara, kurator i elevhälsan | |
| Samtal med dig och mamma hemma om hur morgnarna ska fungera | Johanna, familjebehandlare, IFO Ulricehamns kommun | Tisdagar kl. 17, från 2025-02-18 |

## Det här gör jag och mamma

- **Jag:** går till skolan de dagar som står i mitt schema och säger till Sara om det
  blir för mycket, i stället för att gå hem.
- **Mamma:** kör mig till skolan på morgonen de första två veckorna och ringer Erik om
  jag är sjuk.

## Vilka var med?

Noah, mamma, Sara, Erik, Linnea och Johanna.
"""


def make_04():
    with open(p("04.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(MD04)


# ---------------------------------------------------------------- 05 DOCX discharge
def shade(cell, hexcolor):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=10, color=None):
    cell.text = ""
    para = cell.paragraphs[0]
    r = para.add_run(text)
    r.bold = bold
    r.font.size = Pt(size)
    if color:
        r.font.color.rgb = RGBColor(*color)
    return para


def make_05():
    doc = Document()
    fixed_core(doc, "SIP vid utskrivning")
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hp.text = "Södra Älvsborgs Sjukhus • Marks kommun\tSIP vid utskrivning från slutenvård"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Enligt lagen (2017:612) om samverkan vid utskrivning från sluten hälso- och sjukvård"
    fp.runs[0].font.size = Pt(7)

    h = doc.add_paragraph()
    r = h.add_run("SAMORDNAD INDIVIDUELL PLAN – UTSKRIVNING")
    r.bold = True
    r.font.size = Pt(14)

    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    fields = [
        ("Patient", "Gösta, 84 år, ÅÅMMDD-XXXX"),
        ("Vårdenhet", "Ortopedavdelning 52, Södra Älvsborgs Sjukhus, Borås"),
        ("Inskrivningsdatum", "2025-03-28"),
        ("Planerat utskrivningsdatum", "2025-04-09"),
        ("Datum för SIP-möte", "2025-04-07 (Lifecare, videomöte från avdelningen)"),
        ("Hemkommun / adress", "Marks kommun, Kinna"),
        ("Orsak till vårdtillfälle",
         "Fallolycka i hemmet, höftfraktur vänster sida, opererad 2025-03-29. Lätt förvirrad "
         "postoperativt, nu klar. Sedan tidigare hjärtsvikt och nedsatt syn. Bor ensam i villa "
         "med trappa till sovrummet. Hade ingen hemtjänst före inläggningen."),
        ("Syfte med planen", "Klicka här för att ange text."),
        ("Patientens mål", "Klicka här för att ange text."),
        ("Patientens delaktighet",
         "Gösta deltog i mötet via video från avdelningen tillsammans med sjuksköterskan."),
        ("Samtycke",
         "☒ Muntligt samtycke till SIP och informationsöverföring inhämtat 2025-04-07 av "
         "sjuksköterska avd 52.   ☐ Skriftligt samtycke"),
    ]
    for k, v in fields:
        row = t.add_row().cells
        set_cell(row[0], k, bold=True, size=9)
        shade(row[0], "E7EEF5")
        para = set_cell(row[1], v, size=10)
        if v.startswith("Klicka"):
            para.runs[0].font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    for row in t.rows:
        row.cells[0].width = Cm(5)
        row.cells[1].width = Cm(12)

    doc.add_paragraph()
    para = doc.add_paragraph()
    r = para.add_run("Beviljade insatser enligt SoL (hemtjänst)")
    r.bold = True
    checks = [
        ("☒", "Personlig omvårdnad morgon och kväll (av- och påklädning, stödstrumpor, dusch 1 g/v)"),
        ("☒", "Trygghetslarm"),
        ("☒", "Inköp 1 gång/vecka"),
        ("☐", "Matdistribution"),
        ("☒", "Tillsyn nattetid via larm första två veckorna"),
        ("☐", "Korttidsplats"),
        ("☐", "Ledsagning"),
    ]
    for box, txt in checks:
        cp = doc.add_paragraph(f"{box} {txt}")
        cp.paragraph_format.space_after = Pt(0)
        cp.paragraph_format.left_indent = Cm(0.5)

    doc.add_paragraph()
    para = doc.add_paragraph()
    r = para.add_run("Vem gör vad")
    r.bold = True
    tt = doc.add_table(rows=1, cols=3)
    tt.style = "Table Grid"
    hdr = ["Insats", "Ansvarig verksamhet / funktion", "När"]
    for i, txt in enumerate(hdr):
        set_cell(tt.rows[0].cells[i], txt, bold=True, size=9)
        shade(tt.rows[0].cells[i], "D9D9D9")
    rows = [
        ("Hemtjänst enligt ovan", "Enhetschef, Hemtjänst Kinna", "Från hemgång 2025-04-09, första besök kl. 19"),
        ("Trygghetslarm installeras i hemmet", "Larmgruppen, Vård och omsorg, Marks kommun", "2025-04-09 f.m."),
        ("Hembesök: bedömning av hjälpmedel (rollator, toalettförhöjning, säng nedervåning)",
         "Arbetsterapeut, Rehabenheten Marks kommun", "2025-04-10"),
        ("Gångträning och fallprevention i hemmet", "Fysioterapeut, Hemrehab Marks kommun",
         "2 ggr/vecka från v. 16"),
        ("Suturtagning, läkemedelsgenomgång (Waran, diuretika)",
         "Distriktssköterska, Vårdcentralen Kinna", "2025-04-16"),
        ("Läkarbesök, bedömning av hjärtsvikt och fallrisk", "Läkare, Vårdcentralen Kinna", "2025-04-24"),
    ]
    for a, b, c in rows:
        cells = tt.add_row().cells
        set_cell(cells[0], a, size=9)
        set_cell(cells[1], b, size=9)
        set_cell(cells[2], c, size=9)
    # merged note row
    note = tt.add_row().cells
    m = note[0].merge(note[2])
    set_cell(m, "Läkemedelslista och epikris skickas elektroniskt till Vårdcentralen Kinna vid utskrivning.",
             size=8)

    doc.add_paragraph()
    t2 = doc.add_table(rows=0, cols=2)
    t2.style = "Table Grid"
    f2 = [
        ("Fast vårdkontakt / huvudansvarig för planen",
         "Anna, distriktssköterska, Vårdcentralen Kinna"),
        ("Närstående / övriga",
         "Sonen bor i Göteborg och är informerad om planen."),
        ("Uppföljning", "Uppföljning i hemmet ca två veckor efter hemgång."),
        ("Deltagare",
         "Patienten (via video), sjuksköterska, biståndshandläggare, distriktssköterska, "
         "arbetsterapeut"),
    ]
    for k, v in f2:
        row = t2.add_row().cells
        set_cell(row[0], k, bold=True, size=9)
        shade(row[0], "E7EEF5")
        set_cell(row[1], v, size=10)
    for row in t2.rows:
        row.cells[0].width = Cm(5)
        row.cells[1].width = Cm(12)
    doc.save(p("05.docx"))


# ---------------------------------------------------------------- 06 DOCX -> PDF minutes
def make_06():
    doc = Document()
    fixed_core(doc, "Minnesanteckningar SIP")
    doc.styles["Normal"].font.name = "Times New Roman"
    doc.styles["Normal"].font.size = Pt(11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Svenljunga kommun, Individ- och familjeomsorgen"
    hp.runs[0].font.size = Pt(8)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    doc.add_heading("Minnesanteckningar – SIP-möte", level=1)
    add_label_para(doc, "Datum:", "2025-10-02, kl. 10.00–11.30")
    add_label_para(doc, "Plats:", "Kommunhuset Svenljunga, rum Ätran")
    para = doc.add_paragraph()
    para.add_run("Närvarande:").bold = True
    for n in ["Sanna (den enskilde)",
              "Hanna, kurator, Psykiatrimottagningen Svenljunga/Tranemo",
              "Mikael, sjuksköterska, Psykiatrimottagningen Svenljunga/Tranemo",
              "Elin, socialsekreterare vuxen, IFO Svenljunga kommun",
              "Tove, budget- och skuldrådgivare, Svenljunga kommun",
              "Bengt, god man (ställföreträdare enligt beslut av överförmyndaren)"]:
        q = doc.add_paragraph(n)
        q.paragraph_format.left_indent = Cm(1)
        q.paragraph_format.space_after = Pt(0)
    doc.add_paragraph()

    def point(n, title, body, beslut=None):
        h = doc.add_paragraph()
        r = h.add_run(f"{n}. {title}")
        r.bold = True
        h.paragraph_format.space_before = Pt(8)
        for b in body:
            doc.add_paragraph(b)
        for bs in beslut or []:
            q = doc.add_paragraph()
            q.add_run("Beslut: ").bold = True
            q.add_run(bs)

    point(1, "Mötets öppnande",
          ["Elin hälsade välkommen och gick igenom hur mötet skulle gå till. Sanna deltog på mötet."])
    point(2, "Syfte med mötet",
          ["Sanna, 35 år, har bipolär sjukdom typ 1. Efter en manisk period i somras har hon fått "
           "skulder på ca 80 000 kr (sms-lån och obetalda hyror) och en betalningsanmärkning, och "
           "hyresvärden har skickat en varning. Syftet med SIP är att psykiatrin, socialtjänsten och "
           "god man samordnar sig så att Sanna kan behålla sin lägenhet, få ordning på ekonomin och "
           "hålla sig stabil i sin sjukdom.",
           "Frågor inför mötet (från Elin och god man): Hur ska septemberhyran betalas så att Sanna "
           "inte blir uppsagd? Vem hjälper Sanna med räkningarna framöver?"])
    point(3, "Aktuellt läge",
          ["Sanna skrevs ut från psykiatrisk slutenvård i Borås 2025-08-15 och har sedan dess "
           "kontakt med psykiatrimottagningen. Hon är sjukskriven på heltid t.o.m. 2025-11-30. "
           "God man förordnades 2025-09-10 för att bevaka rätt och förvalta egendom.",
           "Målet är att Sanna ska få en stabil ekonomi, kunna bo kvar och undvika nya "
           "inläggningar."])
    point(4, "Insatser från psykiatrin",
          ["Litiumbehandlingen fortsätter. Sömnen har varit sämre senaste veckorna."],
          ["Mikael, sjuksköterska på psykiatrimottagningen, tar litiumprov; nästa gång 2025-10-14, "
           "därefter var tredje månad.",
           "Hanna, kurator, har stödsamtal med Sanna varannan vecka med fokus på tidiga tecken på "
           "mani; första 2025-10-09."])
    point(5, "Ekonomi och boende",
          ["Skulderna har gått till Kronofogden. Hyran för september är obetald."],
          ["Tove, budget- och skuldrådgivare, går igenom alla skulder tillsammans med Sanna och god man "
           "och gör en budget.",
           "Bengt, god man, tar över betalning av hyra och fasta räkningar fr.o.m. 2025-10-25 och "
           "kontaktar hyresvärden om en avbetalningsplan senast 2025-10-10.",
           "Elin, socialsekreterare IFO, utreder ekonomiskt bistånd för septemberhyran; beslut "
           "senast 2025-10-08.",
           "Sanna ansöker själv om skuldsanering hos Kronofogden när skuldgenomgången är klar, "
           "med hjälp av god man."])
    point(6, "Sjukskrivning",
          ["Sjukskrivningen förlängs troligen."],
          ["Sanna ber sin läkare om nytt läkarintyg till Försäkringskassan före 2025-11-20. "
           "Handläggaren på Försäkringskassan har erbjudit ett avstämningsmöte i december, som "
           "Hanna hjälper Sanna att boka."])
    point(7, "Nästa möte",
          ["Nästa SIP-möte hålls i november."])
    doc.save(p("06.docx"))
    prof = "file:///tmp/lo-f67b"
    subprocess.run(["soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", "pdf",
                    "--outdir", OUT, p("06.docx")], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, timeout=180)
    os.remove(p("06.docx"))


# ---------------------------------------------------------------- 07 DOCX follow-up
def make_07():
    doc = Document()
    fixed_core(doc, "Uppföljning SIP Elias")
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    hp = doc.sections[0].header.paragraphs[0]
    hp.text = "Falköpings kommun – Barn- och utbildningsförvaltningen / Elevhälsan"
    hp.runs[0].font.size = Pt(8)
    doc.add_heading("Uppföljning av SIP – Elias, 11 år", level=2)
    add_label_para(doc, "Datum för uppföljningen:", "2025-10-23, Mössebergsskolan, Falköping")
    add_label_para(doc, "Närvarande:", "Elias (första halvtimmen), Sofia (mamma), Karin, Peter, Lina")
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    set_cell(t.rows[0].cells[0], "Rubrik", bold=True)
    set_cell(t.rows[0].cells[1], "Förändring sedan förra SIP (2025-06-05)", bold=True)
    shade(t.rows[0].cells[0], "D9D9D9")
    shade(t.rows[0].cells[1], "D9D9D9")
    rows = [
        ("Syfte", "Som tidigare."),
        ("Frågeställningar", "Som tidigare."),
        ("Elias mål", "Som tidigare."),
        ("Samtycke", "Som tidigare."),
        ("Nuläge",
         "Elias fick ADHD-diagnos i maj och började med metylfenidat i september. Lektionerna "
         "fungerar bättre men det har blivit fler konflikter på rasterna och han äter dåligt "
         "på lunchen."),
        ("Nya/ändrade insatser",
         "• Fortsatt kontakt med BUP Skövde kring medicineringen.\n"
         "• Skolan ger stöd på rasterna vid behov.\n"
         "• Föräldrastöd från IFO Falköping vid behov."),
        ("Huvudansvarig", "Som tidigare."),
        ("Övriga aktörer", "Som tidigare."),
        ("Nästa uppföljning", "2025-12-18 kl. 13.00, Mössebergsskolan."),
    ]
    for a, b in rows:
        c = t.add_row().cells
        set_cell(c[0], a, bold=True)
        set_cell(c[1], b)
    for row in t.rows:
        row.cells[0].width = Cm(4)
        row.cells[1].width = Cm(12.5)
    doc.save(p("07.docx"))


# ---------------------------------------------------------------- 08 DOCX Remissvar (not a plan)
def make_08():
    doc = Document()
    fixed_core(doc, "Remissvar")
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    hp = doc.sections[0].header.paragraphs[0]
    hp.text = ("Skaraborgs Sjukhus Mariestad\tMinnesmottagningen, Geriatrik\tRemissvar")
    hp.runs[0].font.size = Pt(8)
    h = doc.add_paragraph()
    r = h.add_run("REMISSVAR")
    r.bold = True
    r.font.size = Pt(14)
    add_label_para(doc, "Till:", "Vårdcentralen Mariestad, remitterande läkare")
    add_label_para(doc, "Från:", "Minnesmottagningen, Geriatriska kliniken, Skaraborgs Sjukhus Mariestad")
    add_label_para(doc, "Patient:", "Birgitta, 78 år, ÅÅMMDD-XXXX")
    add_label_para(doc, "Remissdatum:", "2025-01-14")
    add_label_para(doc, "Svarsdatum:", "2025-04-02")
    add_label_para(doc, "Frågeställning i remissen:",
                   "Tilltagande minnesproblem sedan ett år. Demensutredning? Ställningstagande till "
                   "behandling.")
    doc.add_heading("Utförda undersökningar", level=3)
    for b in ["Läkarbesök med anamnes och komplett status 2025-02-11, anhöriganamnes från maken.",
              "Kognitiv screening: MMSE-SR 23/30, klocktest avvikande (4/7).",
              "Neuropsykologisk bedömning 2025-03-05: nedsatt episodiskt minne och "
              "nedsatt exekutiv funktion, språk och visuospatial förmåga i stort sett intakt.",
              "DT hjärna 2025-02-20: måttlig generell atrofi, uttalad hippocampusatrofi bilateralt "
              "(MTA 3), inga infarkter.",
              "Likvor 2025-03-12: sänkt beta-amyloid 42/40-kvot, förhöjt fosfo-tau.",
              "Lab: B12, folat, TSH, kalcium och blodstatus utan anmärkning."]:
        doc.add_paragraph(b, style="List Bullet")
    doc.add_heading("Bedömning", level=3)
    doc.add_paragraph(
        "Sammantaget bedöms patienten ha Alzheimers sjukdom i mild demensfas (G30.1, F00.1). "
        "Hon klarar sina personliga ADL-aktiviteter själv men har börjat få svårt med "
        "ekonomi, telefon och matlagning, där maken hjälper till. Körkortet: patienten har "
        "informerats om att hon inte längre uppfyller de medicinska kraven, anmälan till "
        "Transportstyrelsen gjord 2025-04-02.")
    doc.add_heading("Åtgärder och rekommendationer", level=3)
    for b in ["Insatt på donepezil 5 mg 1x1, ökas till 10 mg efter 4 veckor om det tolereras. "
              "Recept utfärdat. Kontroll av puls och EKG rekommenderas inför dosökning.",
              "Diagnosbesked givet till patient och make 2025-04-02. Skriftlig information om "
              "sjukdomen och anhörigstöd lämnad.",
              "Vi föreslår att vårdcentralen tar ställning till kontakt med kommunens "
              "demenssjuksköterska och biståndshandläggare, och vid behov kallar till SIP när "
              "kommunala insatser blir aktuella.",
              "Uppföljning av kognition och behandlingseffekt sker fortsättningsvis på "
              "vårdcentralen, förslagsvis efter 6 månader med MMSE-SR."]:
        doc.add_paragraph(b, style="List Bullet")
    doc.add_paragraph(
        "Patienten avslutas härmed på Minnesmottagningen. Välkommen med ny remiss vid "
        "snabb försämring eller diagnostisk osäkerhet.")
    doc.add_paragraph()
    doc.add_paragraph("Med vänlig hälsning")
    doc.add_paragraph("Överläkare, specialist i geriatrik\nMinnesmottagningen, Skaraborgs Sjukhus Mariestad")
    doc.save(p("08.docx"))


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    make_01()
    make_02()
    make_03()
    make_04()
    make_05()
    make_06()
    make_07()
    make_08()
    print("done:", sorted(os.listdir(OUT)))
