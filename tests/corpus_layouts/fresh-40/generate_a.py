#!/usr/bin/env python
"""Generate the f40a batch of fictional, anonymized SIP plans into plans/.

Run with python generate_a.py
Deterministic: fixed texts and dates, no randomness. Calls soffice for f40a-06.pdf.
"""
import datetime
import os
import shutil
import subprocess
import tempfile
import textwrap
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF
from fpdf.enums import XPos, YPos

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f40a"
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
LIB_DIR = "/usr/share/fonts/truetype/liberation"


FIXED_DT = datetime.datetime(2025, 3, 21, 10, 42, 0, tzinfo=datetime.timezone.utc)


def normalize_docx(p):
    """Rewrite the .docx zip with fixed timestamps so reruns give identical bytes."""
    with zipfile.ZipFile(p) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def path(nn, ext):
    return os.path.join(OUT, f"{PREFIX}-{nn:02d}.{ext}")


# ---------------------------------------------------------------- docx helpers
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


def set_col_widths(table, widths_cm):
    table.autofit = False
    for idx, w in enumerate(widths_cm):
        table.columns[idx].width = Cm(w)
    for row in table.rows:
        for idx, w in enumerate(widths_cm):
            row.cells[idx].width = Cm(w)


def cell_text(cell, text, bold=False, size=None, strike=False, color=None, italic=False):
    """Replace the cell's content with text; '\n' gives new paragraphs."""
    parts = text.split("\n")
    first = cell.paragraphs[0]
    for r in list(first.runs):
        r._r.getparent().remove(r._r)
    paras = [first]
    for _ in parts[1:]:
        paras.append(cell.add_paragraph())
    for p, t in zip(paras, parts):
        run = p.add_run(t)
        run.bold = bold
        run.italic = italic
        if strike:
            run.font.strike = True
        if size:
            run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)
        p.paragraph_format.space_after = Pt(2)
    return cell


def base_doc(font="Calibri", size=11):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(2.0)
    sec.bottom_margin = Cm(2.0)
    # fixed core properties so the file content is stable
    cp = doc.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    import datetime as _dt
    cp.created = _dt.datetime(2025, 1, 1, 9, 0, 0)
    cp.modified = _dt.datetime(2025, 1, 1, 9, 0, 0)
    cp.revision = 1
    return doc


def add_header_footer(doc, left, right=None, footer=None):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = ""
    r = hp.add_run(left)
    r.font.size = Pt(8)
    if right:
        hp.add_run("\t\t" + right).font.size = Pt(8)
    if footer:
        fp = sec.footer.paragraphs[0]
        fp.text = ""
        fr = fp.add_run(footer)
        fr.font.size = Pt(8)
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


def bold_para(doc, text, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(2)
    return p


# ============================================================ 1: docx hint table
def plan01():
    doc = base_doc("Arial", 10)
    add_header_footer(doc, "Köpings kommun  |  Region Västmanland",
                      "Mall SIP vuxen, version 2023:2",
                      "Samordnad individuell plan enligt SoL 2 kap. 7 § och HSL 16 kap. 4 §")
    t = doc.add_paragraph()
    r = t.add_run("Samordnad individuell plan (SIP)")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Planen upprättas tillsammans med den enskilde. Fyll i alla fält. "
                      "De grå hjälptexterna kan stå kvar.").runs[0].font.size = Pt(8)

    rows = [
        ("§1. Grunduppgifter", None, None),
        ("Den enskildes namn", "Förnamn eller initialer.", "Daniel (D.), 29 år"),
        ("Personnummer", "ÅÅMMDD-XXXX", "ÅÅMMDD-XXXX"),
        ("Datum och plats för mötet", "Ange datum, tid och plats.",
         "2024-10-09 kl. 13.30–15.00, Vuxenpsykiatrin Köping, konferensrum 2"),
        ("Deltagare", "Namn, funktion och verksamhet för alla som deltar.",
         "Sara, case manager, psykosteamet Vuxenpsykiatrin Köping\n"
         "Ewa, specialistläkare, Vuxenpsykiatrin Köping (kl. 13.30–14.00)\n"
         "Johan, biståndshandläggare, socialpsykiatrin IFO Köpings kommun\n"
         "Elin, boendestödjare, Boendestödet Köpings kommun\n"
         "Mats, budget- och skuldrådgivare, Köpings kommun"),
        ("Den enskildes medverkan",
         "Deltar den enskilde? Om inte: varför, och hur har den enskildes synpunkter tagits tillvara?",
         "D. deltog inte på mötet. Han har berättat att stora möten gör honom orolig och att han "
         "då har svårt att säga det han vill. Han träffade Sara (case manager) 2024-10-07 och bad "
         "henne föra fram hans synpunkter: han vill att färre personer ringer honom, att boendestödet "
         "kommer på samma tider varje vecka, och att han får ordning på skulderna innan man pratar "
         "om arbete eller studier. Sara går igenom planen med honom efter mötet."),
        ("Samtycke", "Hur och när har samtycke lämnats? Vilka verksamheter omfattas?",
         "D. lämnade muntligt samtycke till SIP och till informationsutbyte mellan "
         "Vuxenpsykiatrin Köping och IFO Köping (socialpsykiatri, boendestöd, budget- och "
         "skuldrådgivning) vid samtal med case manager 2024-10-07. Antecknat i journalen samma dag."),
        ("§2. Planering", None, None),
        ("Syfte med SIP", "Beskriv varför mötet hålls och vad planen ska leda till.",
         "D. vårdades inneliggande för psykos i april 2024 och har sedan dess kontakt med både "
         "psykiatrin och socialtjänsten. Han har hyresskulder och obetalda räkningar och har "
         "svårt att hålla ordning på post och tider. Syftet med planen är att samordna "
         "psykiatrins behandling med kommunens boendestöd och skuldrådgivning så att D. kan bo "
         "kvar i sin lägenhet, hålla sin medicinering och få en hållbar ekonomi, och så att han "
         "vet vem han ska vända sig till."),
        ("Frågeställningar", "Vilka frågor ska mötet besvara? T.ex. vem gör vad, vad behöver klargöras.",
         ""),
        ("Den enskildes mål", "Skriv med den enskildes egna ord.",
         "”Jag vill kunna bo kvar i min lägenhet och slippa ligga vaken och tänka på räkningarna. "
         "Och jag vill inte bli inlagd igen.” (D. till Sara 2024-10-07)"),
        ("Nuläge", "Kort beskrivning av situationen idag.",
         "D. bor ensam i hyreslägenhet i Köping. Han tar depåinjektion sedan maj och beskriver att "
         "rösterna är svagare men att han sover dåligt. Han öppnar sällan posten. Enligt "
         "boendestödet har det kommit flera påminnelser och inkassokrav under sommaren. D. har "
         "ingen sysselsättning i dag."),
        ("§3. Insatser", None, None),
        ("Insatser och ansvar", "Ange insats, vem som ansvarar (verksamhet/funktion) och när.",
         "1. Depåinjektion var tredje vecka samt uppföljning av biverkningar och sömn – "
         "sjuksköterska i psykosteamet, Vuxenpsykiatrin Köping – nästa injektion 2024-10-16, "
         "därefter var tredje vecka.\n"
         "2. Boendestöd två gånger/vecka (tisdagar och fredagar kl. 10) med fokus på post, "
         "inköp och veckoschema – Elin, Boendestödet Köpings kommun – start 2024-10-15.\n"
         "3. Budget- och skuldrådgivning: genomgång av alla skulder och upprättande av budget – "
         "Mats, budget- och skuldrådgivningen Köpings kommun – första träff 2024-10-22.\n"
         "4. Samtal om tidiga varningstecken och krisplan – Regionen."),
        ("Andra aktörers insatser", "T.ex. Försäkringskassan, Arbetsförmedlingen, god man, närstående.",
         ""),
        ("Huvudansvar för planen", "Vem har det övergripande ansvaret för planen och kallar till uppföljning?",
         "Sara, case manager, psykosteamet Vuxenpsykiatrin Köping"),
        ("Uppföljning", "Datum, tid och plats för uppföljning.", ""),
        ("Planen upprättad av", "Namn, funktion, datum.",
         "Johan, biståndshandläggare IFO Köping, 2024-10-10"),
    ]
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for label, hint, value in rows:
        row = table.add_row()
        if hint is None:
            merged = row.cells[0].merge(row.cells[1])
            cell_text(merged, label, bold=True, size=11)
            shade(merged, "D9E2F3")
            continue
        lc, vc = row.cells
        shade(lc, "F2F2F2")
        cell_text(lc, label, bold=True, size=10)
        hp = lc.add_paragraph()
        hr = hp.add_run(hint)
        hr.italic = True
        hr.font.size = Pt(8)
        hr.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        cell_text(vc, value, size=10)
    set_col_widths(table, [5.6, 11.0])
    doc.add_paragraph()
    doc.add_paragraph("Planen har skickats till samtliga deltagare. Kopia till den enskilde via case manager.")
    doc.save(path(1, "docx"))


# ============================================== 2: fpdf2 record-system print
class RecordPDF(FPDF):
    system = "Journal Region Västmanland – Vårdplanering"
    printed = "Utskriven 2025-03-21 10:42 av Pia (dsk)"

    def header(self):
        self.set_font("dv", "", 7.5)
        self.set_text_color(60, 60, 60)
        self.set_xy(15, 8)
        self.cell(90, 4, self.system)
        self.cell(60, 4, self.printed, align="C")
        self.cell(30, 4, f"Sida {self.page_no()} ({{nb}})", align="R")
        self.set_xy(15, 13)
        self.set_font("dv", "B", 9)
        self.set_text_color(0, 0, 0)
        self.cell(120, 5, "Einar   ÅÅMMDD-XXXX")
        self.set_font("dv", "", 8)
        self.cell(60, 5, "Vårdenhet: Vårdcentralen Sala", align="R")
        self.line(15, 19, 195, 19)
        self.set_y(23)

    def footer(self):
        self.set_y(-12)
        self.set_font("dv", "", 7)
        self.set_text_color(110, 110, 110)
        self.cell(0, 4, "Dokumenttyp: Samordnad individuell plan (SIP)  •  Status: Signerad", align="C")
        self.set_text_color(0, 0, 0)


def smallcaps(pdf, x, y, text, big=8.2, small=6.4):
    pdf.set_xy(x, y)
    pdf.set_text_color(70, 70, 70)
    for ch in text:
        if ch.islower():
            pdf.set_font("dv", "", small)
            c = ch.upper()
        else:
            pdf.set_font("dv", "", big)
            c = ch
        w = pdf.get_string_width(c)
        pdf.cell(w, 4.6, c)
    pdf.set_text_color(0, 0, 0)


def plan02():
    pdf = RecordPDF(format="A4")
    pdf.add_font("dv", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font("dv", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(FIXED_DT)
    pdf.set_auto_page_break(False)
    pdf.alias_nb_pages()
    pdf.set_margins(15, 20, 15)
    pdf.add_page()
    LX, TX, TW, LH = 15, 58, 137, 4.6
    bottom = 297 - 18

    pdf.set_font("dv", "B", 12)
    pdf.set_xy(TX, pdf.get_y())
    pdf.cell(TW, 7, "Samordnad individuell plan (SIP)")
    pdf.set_y(pdf.get_y() + 9)

    def section(label, paras):
        pdf.set_font("dv", "", 9)
        y = pdf.get_y()
        if y + 2 * LH > bottom:
            pdf.add_page()
            y = pdf.get_y()
        smallcaps(pdf, LX, y, label)
        first_on_page = True
        for para in paras:
            bullet = para.startswith("- ")
            text = para[2:] if bullet else para
            indent = 4 if bullet else 0
            pdf.set_font("dv", "", 9)
            lines = pdf.multi_cell(TW - indent, LH, text, dry_run=True, output="LINES")
            for i, line in enumerate(lines):
                if pdf.get_y() + LH > bottom:
                    pdf.add_page()
                    smallcaps(pdf, LX, pdf.get_y(), label + " (forts.)")
                    pdf.set_font("dv", "", 9)
                pdf.set_x(TX)
                if bullet and i == 0:
                    pdf.cell(indent, LH, "•")
                else:
                    pdf.set_x(TX + indent)
                pdf.cell(TW - indent, LH, line, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.set_y(pdf.get_y() + 1.2)
        pdf.set_draw_color(200, 200, 200)
        pdf.line(LX, pdf.get_y() + 0.8, 195, pdf.get_y() + 0.8)
        pdf.set_draw_color(0, 0, 0)
        pdf.set_y(pdf.get_y() + 3)

    section("Dokumentdatum", ["2025-03-20"])
    section("Mötesform", ["Samordnad planering via Teams inför utskrivning från slutenvården."])
    section("Bakgrund", [
        "84-årig man som bor ensam i villa i Sala. Föll i hemmet 2025-03-09 och opererades "
        "2025-03-10 för höftfraktur vänster (halvprotes) på Västmanlands sjukhus Västerås. "
        "Postoperativt övergående förvirring, nu klar och orienterad. Utskrivningsklar 2025-03-24.",
        "Tidigare i stort sett självständig i ADL, klarade inköp med bil. Har hjärtsvikt och "
        "förmaksflimmer, behandlas med Eliquis, Furix och Bisoprolol. Lätt nedsatt syn. "
        "Gång i dag med rollator kortare sträckor inomhus, behöver hjälp vid dusch och "
        "på- och avklädning av underkropp."])
    section("Syfte", ["Samordning inför och efter hemgång."])
    section("Frågeställningar", ["Genomgång av aktuell situation."])
    section("Patientens synpunkter", [
        "E. önskar att hemtjänstens morgonbesök sker efter kl. 08.00 och att det i möjligaste mån "
        "är samma personal. Han vill inte ha korttidsplats."])
    section("Samtycke", ["Samtycke finns."])
    section("Insatser", [
        "- Hemtjänst morgon och kväll dagligen: hjälp med personlig hygien, dusch 2 ggr/vecka, "
        "på- och avklädning, tillsyn. Ansvarig: enhetschef Hemtjänst Sala centrum. "
        "Start 2025-03-24 (hemgångsdag), första besök kl. 17.",
        "- Matdistribution, lunch vardagar. Ansvarig: biståndshandläggare äldreomsorgen Sala "
        "kommun (beslut 2025-03-21). Leverans från 2025-03-25.",
        "- Trygghetslarm. Ansvarig: biståndshandläggare äldreomsorgen Sala kommun. "
        "Installeras senast 2025-03-24 innan hemkomst.",
        "- Hemsjukvård: omläggning av operationssår 2 ggr/vecka tills suturtagning, suturtagning "
        "2025-04-01. Ansvarig: sjuksköterska Hemsjukvården Sala kommun. Start 2025-03-25.",
        "- Läkemedelshantering: dosettdelning 1 gång/vecka, hemtjänsten överlämnar läkemedel morgon "
        "och kväll enligt delegering. Ansvarig: sjuksköterska Hemsjukvården Sala kommun. "
        "Från 2025-03-24; sjukhuset skickar med läkemedel för tre dygn.",
        "- Rehabilitering i hemmet: gångträning, trappträning, bedömning av hjälpmedel "
        "(rollator finns, toalettförhöjning och duschpall förskrivs). Ansvarig: fysioterapeut "
        "och arbetsterapeut Kommunrehab Sala. Hembesök 2025-03-25, därefter 1 gång/vecka "
        "i sex veckor.",
        "- Bostadsanpassning: bedömning av behov av ledstång vid trappa till entré. "
        "Ansvarig: arbetsterapeut Kommunrehab Sala. Bedömning vid hembesök 2025-03-25.",
        "- Provtagning Hb, kreatinin och elektrolyter. Ansvarig: distriktssköterska "
        "Vårdcentralen Sala. 2025-04-01 i samband med suturtagning (hemsjukvården tar proverna, "
        "vårdcentralen bedömer).",
        "- Läkemedelsgenomgång inkl. falleffekter och ställningstagande till osteoporosbehandling. "
        "Ansvarig: fast läkarkontakt Vårdcentralen Sala. Hembesök 2025-04-08.",
        "- Bedömning av hjärtsvikt (vikt, ödem) vid varje sjuksköterskebesök; vid viktökning "
        "> 2 kg på tre dagar kontaktas vårdcentralen. Ansvarig: sjuksköterska Hemsjukvården "
        "Sala kommun. Från 2025-03-25.",
        "- Körkort: läkare på vårdcentralen tar ställning till om körförbud ska gälla tills vidare. "
        "Ansvarig: fast läkarkontakt Vårdcentralen Sala. 2025-04-08.",
    ])
    section("Huvudansvar", ["Kommunen."])
    section("Uppföljning", ["Om sex veckor."])
    section("Övrigt", ["Epikris och läkemedelslista skickas med patienten. Kontakt mellan "
                       "enheterna sker via växeln eller meddelandefunktionen i journalsystemet."])
    section("Signerad", ["Pia, distriktssköterska, Vårdcentralen Sala, 2025-03-20 16:05"])
    pdf.output(path(2, "pdf"))


# ======================================================= 3: md by personal ombud
def plan03():
    md = """# Min SIP – Jenny

*Skriven av Lena, personligt ombud (PO) i Fagersta kommun, efter vårt möte 2024-11-12. Du har läst texten och sagt att den får skickas till alla som var med.*

Hej Jenny!

Här kommer planen vi pratade om. Jag har försökt skriva som du sa saker, så att det blir din plan och inte bara vår.

Vi träffades för att du just nu har kontakt med psykiatrin, socialtjänsten och mig, och du har sagt att du blir trött av att berätta samma sak för alla igen och igen. Efter sjukskrivningen och den tunga hösten ville du att alla skulle sitta runt samma bord en gång, så att du vet vilka som finns runt dig och så att du inte behöver vara den som springer mellan oss.

Det vi skulle prata om på mötet var hur läget är just nu och hur det går framåt.

**Får vi prata med varandra om dig?** – Ja, sa du på mötet 2024-11-12, och du skrev under samtyckesblanketten samma dag. Det gäller psykiatrin i Fagersta, socialtjänsten i Fagersta och mig.

## Om mig

Jag heter Jenny och är 34 år. Jag bor i en lägenhet i Fagersta med min katt Sixten. Jag har bipolär sjukdom sedan jag var 22. I våras var jag inlagd i tre veckor och efter det har allt känts segt. Jag har svårt att komma upp på morgonen och posten blir liggande. Jag gillar att baka och att gå långa promenader när jag orkar.

## Det här vill jag

- "Jag vill orka gå upp på morgonen och ha något att göra på dagarna."
- "Jag vill ha koll på mina pengar så att jag slipper fler inkassobrev."
- "Jag vill att medicinerna ska fungera utan att jag blir så himla trött."

Du sa också att du vill få vara med och bestämma i lugn takt, och att du hellre träffar folk en och en än i stora grupper.

## De här hjälper mig

| Vem | Hur |
|---|---|
| Psykiatrin i Fagersta | Jag har kontakt med dem som förut. |
| Socialtjänsten | Hjälper till när det behövs. |
| Lena (PO) | Finns med som stöd. |

Din bror och Försäkringskassan finns också med i bilden, men vi har inte bestämt något om dem än.

## Så här gör vi

- Vi fortsätter ungefär som nu.
- Psykiatrin fortsätter kontakten med dig.
- Socialtjänsten finns kvar som stöd vid behov.
- Jag finns med som stöd.
- Om något händer hör vi av oss till varandra.

## Vi ses igen

Vi ses igen **tisdag 2025-02-11 kl. 13.00** på psykiatriska mottagningen i Fagersta.

Vi som var med på mötet: du, jag (Lena), Ahmed, Karin och Maja.

Kram och vi hörs!
/Lena
"""
    with open(path(3, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ================================================ 4: txt with ===== underlines
def plan04():
    W = 76

    def head(t):
        return [t, "=" * len(t), ""]

    def para(t):
        return textwrap.wrap(t, W) + [""]

    def bullet(what, who):
        return textwrap.wrap(f"* {what} → {who}", W, subsequent_indent="  ")

    L = []
    L += head("SAMORDNAD INDIVIDUELL PLAN (SIP)")
    L += ["Barn:            Leo, 14 år (ÅÅMMDD-XXXX)",
          "Vårdnadshavare:  mamma Anna, pappa Erik",
          "Kommun:          Arboga",
          "Mötesdatum:      2025-01-28 kl. 14.00-15.30",
          "Plats:           Elevhälsans konferensrum, högstadieskolan Arboga", ""]
    L += head("Deltagare")
    L += ["Leo och hans vårdnadshavare Anna och Erik",
          "Kristina, skolkurator, Elevhälsan högstadiet, Arboga kommun",
          "Per, specialpedagog, Elevhälsan, Arboga kommun",
          "Oskar, mentor åk 8, högstadieskolan Arboga",
          "Fatima, psykolog, BUP Västerås",
          "Helena, familjebehandlare, IFO Barn och familj, Arboga kommun", ""]
    L += head("Syfte")
    L += para("Att få en gemensam bild och samordna insatserna.")
    L += head("Frågeställningar")
    L += textwrap.wrap("- Hur kan skolan och BUP lägga upp en gradvis återgång så att Leo "
                       "klarar att vara i skolan hela förmiddagar före påsklovet?", W,
                       subsequent_indent="  ")
    L += textwrap.wrap("- Kan matematiken läsas i mindre grupp under vårterminen?", W,
                       subsequent_indent="  ")
    L += textwrap.wrap("- Hur samordnas familjebehandlingen och BUP:s KBT så att familjen inte "
                       "får fler än två tider samma vecka?", W, subsequent_indent="  ")
    L += [""]
    L += head("Nuläge")
    L += para("Leo har haft hög frånvaro sedan oktober 2024, under december var han i skolan "
              "sammanlagt fyra hela dagar. Han beskriver illamående och hjärtklappning på "
              "morgonen och blir kvar hemma. Han sover sent och spelar på nätterna. BUP har "
              "bedömt generaliserat ångestsyndrom och Leo har gått på tre bedömningssamtal. "
              "Skolan har skickat hem uppgifter men Leo har inte orkat göra dem. Föräldrarna "
              "beskriver att morgnarna blivit konfliktfyllda.")
    L += head("Leos egna ord")
    L += para("Leo var med på hela mötet tillsammans med sina föräldrar. Han sa: \"Jag vill "
              "kunna gå till skolan utan att må illa på morgonen. Och jag vill hinna ikapp i "
              "matte innan nian.\" Han tycker att det jobbigaste är stora klassrummet och "
              "matsalen, och vill börja med lektionerna där han känner läraren (svenska, "
              "engelska).")
    L += head("Samtycke")
    L += para("Samtycke finns från båda vårdnadshavarna.")
    L += head("Insatser")
    L += bullet("KBT-behandling för ångest 1 gång/vecka med gradvis exponering kopplad "
                "till skolgång", "Fatima, psykolog BUP Västerås, start 2025-02-04")
    L += bullet("Anpassat schema: två lektioner/dag (sv, eng), utökas varannan vecka i "
                "samråd med BUP", "Oskar, mentor, i samråd med rektor, från 2025-02-03")
    L += bullet("Matematik i mindre grupp i studiorummet", "Per, specialpedagog Elevhälsan")
    L += bullet("Kort samtal med kurator varje måndag kl. 08.15 som start på veckan",
                "Kristina, skolkurator, från 2025-02-03")
    L += bullet("Familjebehandling med fokus på morgonrutiner och sömn, sex träffar i hemmet",
                "Helena, familjebehandlare IFO Arboga, första träff 2025-02-06")
    L += bullet("Läkarbedömning av sömnsvårigheter", "läkare BUP Västerås, 2025-02-20")
    L += [""]
    L += head("Andra aktörer")
    L += para("Familjen har varit i kontakt med Försäkringskassan, det togs upp kort på "
              "mötet.")
    L += head("Uppföljning")
    L += para("Uppföljning vecka 12. Kallelse skickas ut.")
    L += ["Antecknat av: Kristina, skolkurator", ""]
    text = "\r\n".join(L)
    with open(path(4, "txt"), "w", encoding="utf-8", newline="") as f:
        f.write(text)


# ======================================= 5: docx follow-up with Utfall column
def plan05():
    doc = base_doc("Calibri", 10)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(1.8)
    add_header_footer(doc, "Surahammars kommun – Vård och omsorg, LSS",
                      "Uppföljning av SIP", "Sekretess enligt OSL 26 kap. 1 §")
    doc.add_heading("Uppföljning av samordnad individuell plan", level=1)

    info = doc.add_table(rows=3, cols=4)
    info.style = "Table Grid"
    data = [("Namn", "Jonatan (J.)", "Personnummer", "ÅÅMMDD-XXXX"),
            ("Uppföljningsmöte", "2025-05-06 kl. 09.30, gruppbostaden Lärkan",
             "Ursprunglig plan", "2024-11-19"),
            ("Huvudansvarig", "Marie, LSS-handläggare, Surahammars kommun (oförändrat)",
             "Dokumenterat av", "Marie")]
    for r, vals in enumerate(data):
        for c, v in enumerate(vals):
            cell_text(info.cell(r, c), v, bold=(c % 2 == 0))
            if c % 2 == 0:
                shade(info.cell(r, c), "E7E6E6")
    set_col_widths(info, [3.5, 9.5, 3.5, 9.5])

    doc.add_heading("Närvarande", level=2)
    doc.add_paragraph("J. (första 20 minuterna), god man, LSS-handläggare, enhetschef "
                      "gruppbostaden, sjuksköterska, arbetsterapeut, handledare daglig verksamhet.")
    doc.add_heading("Syfte", level=2)
    doc.add_paragraph("Se tidigare plan.")
    doc.add_heading("Frågeställningar inför uppföljningen", level=2)
    for q in ["Fungerar schemat på daglig verksamhet Ekbacken efter bytet i mars?",
              "Behöver sömnbehandlingen ses över? Personalen rapporterar att J. vaknar 2–3 "
              "gånger per natt och är trött på förmiddagarna.",
              "Hur går ansökan om förlängd aktivitetsersättning?"]:
        doc.add_paragraph(q, style="List Bullet")
    doc.add_heading("Delaktighet", level=2)
    doc.add_paragraph("J. deltog under första delen av mötet.")

    doc.add_heading("Insatser enligt planen 2024-11-19 med utfall", level=2)
    p = doc.add_paragraph("Genomstruken rad = avslutad insats.")
    p.runs[0].italic = True
    p.runs[0].font.size = Pt(8)
    hdr = ["Behov", "Insats", "Ansvarig", "När", "Utfall 2025-05-06"]
    rows = [
        ("Dygnsrytm", "Bildschema för morgon- och kvällsrutiner i lägenheten",
         "Enhetschef, gruppbostaden Lärkan, Surahammars kommun", "Från 2024-12-01",
         "Infört och används dagligen. Avslutas.", True),
        ("Sömn", "Bedömning av sömnsvårigheter och ev. läkemedelsjustering", "Regionen",
         "Januari 2025",
         "Bedömning gjord 2025-01-22, melatonin insatt. Fortsatta uppvaknanden, se ny insats nedan.",
         False),
        ("Sysselsättning", "Daglig verksamhet 4 dagar/vecka, byte från Verkstan till Ekbacken",
         "LSS-handläggare, Surahammars kommun", "Beslut senast 2025-02-15",
         "Beslut 2025-02-10, byte genomfört 2025-03-03. Schemat fungerar. Avslutas.", True),
        ("Tidsuppfattning", "Kartläggning av kommunikation och tidshjälpmedel",
         "Arbetsterapeut, Vuxenhabiliteringen Västerås", "Våren 2025",
         "Kartläggning påbörjad, timer förskriven 2025-04-02. Pågår, klart i juni.", False),
        ("Ekonomi", "Ansökan om förlängd aktivitetsersättning hos Försäkringskassan", "God man",
         "Senast 2025-03-31",
         "Ansökan inskickad till FK 2025-03-18 med läkarintyg. Väntar på beslut.", False),
        ("Hälsa", "Årlig hälsokontroll inkl. blodtryck och vikt",
         "Sjuksköterska, Vårdcentralen Surahammar", "Februari 2025",
         "Genomförd 2025-02-12, inga anmärkningar. Avslutas.", True),
        ("Sömn (ny)", "Remiss till vuxenpsykiatrin för ny bedömning av sömn och medicinering",
         "Sjuksköterska, Vårdcentralen Surahammar, skriver remiss", "2025-05-20", "", False),
        ("Ekonomi (ny)", "God man kontaktar FK om handläggningstid och meddelar gruppbostaden",
         "God man", "Senast 2025-05-15", "", False),
        ("Sysselsättning (ny)", "Två timmar praktik i caféet på Ekbacken, tisdagar",
         "Handledare, daglig verksamhet Ekbacken, Surahammars kommun", "Från 2025-05-13", "", False),
    ]
    t = doc.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        cell_text(t.rows[0].cells[i], h, bold=True)
        shade(t.rows[0].cells[i], "BDD7EE")
    repeat_header(t.rows[0])
    for *vals, strike in rows:
        cells = t.add_row().cells
        for i, v in enumerate(vals):
            cell_text(cells[i], v, strike=(strike and i < 4))
    set_col_widths(t, [3.0, 6.5, 5.5, 3.2, 7.8])

    doc.add_heading("Nästa uppföljning", level=2)
    doc.add_paragraph("2025-10-07 kl. 14.00 på gruppbostaden Lärkan. Marie (LSS-handläggare) kallar.")
    doc.save(path(5, "docx"))


# ================================ 6: docx -> PDF via LibreOffice, prison transition
def plan06(tmpdir):
    doc = base_doc("Liberation Serif", 11)
    add_header_footer(doc, "Västerås stad – Socialtjänsten, Vuxenenheten",
                      "SIP inför frigivning", "Utskrift ur dokumentationssystem – sekretess enligt OSL")
    doc.add_heading("Samordnad individuell plan (SIP) inför frigivning", level=1)

    def field(label, value):
        p = doc.add_paragraph()
        r = p.add_run(label + ": ")
        r.bold = True
        p.add_run(value)
        p.paragraph_format.space_after = Pt(3)

    field("Namn", "M., 42 år")
    field("Personnummer", "ÅÅMMDD-XXXX")
    field("Nuvarande placering", "Anstalten Salberga. Villkorlig frigivning 2025-03-20, "
          "därefter övervakning av frivården i Västerås.")
    field("Mötesdatum", "2025-02-18 kl. 10.00, Anstalten Salberga (frivård och region via Teams)")

    doc.add_heading("Deltagare", level=2)
    for d in ["Robert, kontaktman, Kriminalvården Anstalten Salberga",
              "Johanna, frivårdsinspektör, Kriminalvården frivården Västerås",
              "Linda, socialsekreterare, Vuxenenheten beroende, socialtjänsten Västerås stad",
              "Ali, socialsekreterare, Ekonomiskt bistånd, socialtjänsten Västerås stad",
              "Karin, sjuksköterska, Beroendecentrum Västerås, Region Västmanland",
              "Thomas, överläkare, Psykiatriska öppenvårdsmottagningen Västerås, Region Västmanland"]:
        doc.add_paragraph(d, style="List Bullet")

    doc.add_heading("Bakgrund", level=2)
    doc.add_paragraph(
        "M. avtjänar ett fängelsestraff om två år och sex månader för narkotikabrott. Han har "
        "ett långvarigt amfetaminberoende och diagnosen ADHD, som medicinerats under "
        "anstaltstiden med god effekt. Före anstaltsvistelsen saknade M. egen bostad och bodde "
        "periodvis på härbärge i Västerås. Han har ingen inkomst vid frigivningen och har inte "
        "varit inskriven på Arbetsförmedlingen. Under anstaltstiden har han deltagit i "
        "återfallsprogram och har lämnat negativa prover sedan juni 2024.")
    doc.add_heading("Syfte", level=2)
    doc.add_paragraph(
        "Syftet med planen är att M. ska ha boende, fortsatt behandling för beroende och ADHD "
        "och en tydlig kontaktperson hos varje huvudman redan från frigivningsdagen, så att "
        "glappet mellan anstalt och frihet inte leder till återfall i missbruk och brott.")
    doc.add_heading("Mål", level=2)
    doc.add_paragraph(
        "Målet är att M. efter frigivningen ska bo i eget boende, vara drogfri och ha en "
        "sysselsättning inom sex månader.")

    doc.add_heading("Åtgärder", level=2)
    hdr = ["Åtgärd", "Huvudman", "Kontaktperson", "Datum"]
    rows = [
        ("Permission för besök på stödboendet och möte med boendepersonal", "Kriminalvården",
         "Robert, kontaktman, Anstalten Salberga", "2025-03-05"),
        ("Träningslägenhet med boendestöd 3 dagar/vecka (stödboende Vuxenenheten)",
         "Socialtjänsten Västerås stad", "Linda, socialsekreterare, Vuxenenheten beroende",
         "Inflyttning 2025-03-20"),
        ("Ansökan om ekonomiskt bistånd för mars–april, ansökan görs från anstalten",
         "Socialtjänsten Västerås stad", "Ali, socialsekreterare, Ekonomiskt bistånd",
         "Ansökan senast 2025-03-10, beslut 2025-03-19"),
        ("Övervakning med föreskrift om drogkontroll (urinprov varje vecka)",
         "Kriminalvården", "Johanna, frivårdsinspektör, frivården Västerås",
         "Första besök 2025-03-21, därefter varje vecka"),
        ("Återfallsprevention (ÅP) i grupp, 10 träffar", "Region Västmanland",
         "Karin, sjuksköterska, Beroendecentrum Västerås", "Start 2025-03-27"),
        ("Fortsatt ADHD-medicinering; recept överförs från anstaltens läkare",
         "Region Västmanland", "Thomas, överläkare, Psykiatriska öppenvårdsmottagningen Västerås",
         "Läkarbesök 2025-03-24"),
        ("Inskrivning som arbetssökande och kartläggning inför arbetsmarknadsinsats",
         "Arbetsförmedlingen", "Handläggare Arbetsförmedlingen Västerås (bokas av frivården)",
         "Besök 2025-03-25"),
    ]
    t = doc.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for i, h in enumerate(hdr):
        cell_text(t.rows[0].cells[i], h, bold=True, size=10)
        shade(t.rows[0].cells[i], "D9D9D9")
    repeat_header(t.rows[0])
    for vals in rows:
        cells = t.add_row().cells
        for i, v in enumerate(vals):
            cell_text(cells[i], v, size=10)
    set_col_widths(t, [5.6, 3.2, 4.8, 3.2])

    doc.add_heading("Huvudansvar", level=2)
    doc.add_paragraph("Huvudansvar för planen: Socialtjänsten Västerås stad.")
    doc.add_heading("Uppföljning", level=2)
    doc.add_paragraph("Uppföljning 2025-04-15 kl. 10.00 på frivården Västerås.")
    p = doc.add_paragraph()
    p.add_run("Dokumenterat av: Linda, socialsekreterare, 2025-02-19").italic = True

    docx_path = os.path.join(tmpdir, f"{PREFIX}-06.docx")
    doc.save(docx_path)
    subprocess.run(["soffice", f"-env:UserInstallation=file:///tmp/lo-{PREFIX}", "--headless",
                    "--convert-to", "pdf", "--outdir", tmpdir, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.copy(os.path.join(tmpdir, f"{PREFIX}-06.pdf"), path(6, "pdf"))


# ================================================= 7: docx written by the family
def plan07():
    doc = base_doc("Calibri", 11)
    add_header_footer(doc, "SIP – Alva, 9 år – Hallstahammar", None, "Sidan skriven av familjen")
    doc.add_heading("Vår SIP – Alva", level=0)
    p = doc.add_paragraph()
    r = p.add_run("Skriven av oss i familjen före och efter mötet 2025-04-23. "
                  "Personalens delar finns i tabellen sist.")
    r.italic = True

    doc.add_heading("Varför vi vill ha en SIP", level=1)
    doc.add_paragraph(
        "Vi i familjen vill ha en SIP för att Alva har kontakt med habiliteringen, BUP, skolan "
        "och snart LSS, och vi föräldrar har blivit de som håller ihop allt. Alva har autism och "
        "ADHD och sedan jul har hon haft svårt att orka skoldagarna. Vi vill att ni som jobbar "
        "med Alva pratar med varandra så att hon får samma stöd hemma och i skolan, och så att "
        "vi slipper vara budbärare mellan er.")

    doc.add_heading("Det här vill vi fråga er", level=1)
    for q in ["Vem av er har huvudansvaret för Alvas SIP och kallar till nästa möte?",
              "Kan skolan och habiliteringen använda samma bildstöd, så att Alva inte behöver lära "
              "sig två system?",
              "När kan Alva börja på korttids, och hur ofta?",
              "Hur följer BUP upp medicinen nu när hon är så trött på eftermiddagarna?"]:
        doc.add_paragraph(q, style="List Number")

    doc.add_heading("Så här har Alva det", level=1)
    doc.add_paragraph(
        "Alva går i årskurs 3 i Kolbäck. Hon klarar förmiddagarna men efter lunch blir hon "
        "ofta arg eller gråter och vill åka hem. Alva var med på mötet de första 15 minuterna "
        "och visade sina bilder. Hon berättade att matsalen är för högljudd, att rasterna är "
        "jobbiga när ingen vuxen är med, och att hon tycker om fröken Lotta och att rita.")

    doc.add_heading("Det här vill vi i familjen", level=1)
    doc.add_paragraph(
        "Vi i familjen vill att Alva ska kunna äta lunch i skolan i lugn och ro och orka vara "
        "kvar hela skoldagen. Vi vill att hon ska få en kompis att vara med på rasterna. Och vi "
        "vill att vi föräldrar ska orka, vi sover för lite.")

    doc.add_heading("Det här gör vi själva", level=1)
    for s in ["Vi föräldrar (Sara) ansöker om omvårdnadsbidrag hos Försäkringskassan i maj, "
              "habiliteringen skriver intyg.",
              "Mormor hämtar Alva vid skolan tisdagar och torsdagar kl. 13 så att hon får "
              "kortare dagar tills vidare.",
              "Vi (Jonas) fortsätter med bildschemat hemma på morgnarna och tar med det till "
              "skolan varje måndag."]:
        doc.add_paragraph(s, style="List Bullet")

    doc.add_heading("Samtycke", level=1)
    doc.add_paragraph("Vi har samtyckt till att ni pratar med varandra om Alva.")

    doc.add_heading("Med på mötet", level=1)
    doc.add_paragraph("Vi (Sara och Jonas), Alva en stund, Petra, Mikael, Anna och Lotta.")

    doc.add_heading("Nästa gång", level=1)
    doc.add_paragraph("Vi vill ses igen efter sommarlovet, i augusti innan skolan börjar.")

    doc.add_heading("Personalens del (ifylld på mötet)", level=1)
    hdr = ["Insats", "Vem ansvarar", "När"]
    rows = [
        ("Gemensamt bildstöd och visuellt schema, samma symboler hemma och i skolan",
         "Arbetsterapeut, Habiliteringen barn och ungdom Västerås",
         "Hembesök 2025-05-07, skolbesök 2025-05-14"),
        ("Lunch i lilla rummet med en vuxen, och rastaktivitet med vuxen två dagar/vecka",
         "Rektor, Kolbäcks skola, Hallstahammars kommun", "Från 2025-04-28"),
        ("Uppföljning av ADHD-medicinering, ev. dosjustering",
         "Läkare, BUP Västerås", ""),
        ("Utredning av korttidsvistelse enligt LSS, en helg/månad",
         "LSS-handläggare, Hallstahammars kommun", "Beslut senast 2025-06-13"),
        ("Föräldrakurs om autism och ADHD (4 kvällar)",
         "Kurator, Habiliteringen barn och ungdom Västerås", "Hösten 2025, start 2025-09-10"),
    ]
    t = doc.add_table(rows=1, cols=3)
    t.style = "Light Grid Accent 1"
    for i, h in enumerate(hdr):
        cell_text(t.rows[0].cells[i], h, bold=True)
    repeat_header(t.rows[0])
    for vals in rows:
        cells = t.add_row().cells
        for i, v in enumerate(vals):
            cell_text(cells[i], v)
    set_col_widths(t, [7.5, 5.5, 3.6])
    doc.save(path(7, "docx"))


# ====================================== 8: fpdf2 printed template, partly filled
class TemplatePDF(FPDF):
    def header(self):
        self.set_font("dv", "B", 9)
        self.set_xy(15, 9)
        self.cell(100, 5, "Norbergs kommun  •  Region Västmanland")
        self.set_font("dv", "", 8)
        self.cell(80, 5, f"Sida {self.page_no()} ({{nb}})", align="R")
        self.line(15, 15, 195, 15)
        self.set_y(19)

    def footer(self):
        self.set_y(-12)
        self.set_font("dv", "", 7)
        self.set_text_color(120, 120, 120)
        self.cell(0, 4, "Blankett SIP 2022-01  •  Skrivs ut och fylls i på mötet", align="C")
        self.set_text_color(0, 0, 0)


def plan08():
    pdf = TemplatePDF(format="A4")
    pdf.add_font("dv", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font("dv", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.add_font("dv", "I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"))
    pdf.add_font("hand", "", os.path.join(LIB_DIR, "LiberationSerif-Italic.ttf"))
    pdf.set_creation_date(FIXED_DT)
    pdf.set_auto_page_break(False)
    pdf.alias_nb_pages()
    pdf.add_page()
    X, W = 15, 180

    pdf.set_font("dv", "B", 14)
    pdf.cell(0, 8, "Samordnad individuell plan (SIP)", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("dv", "", 8)
    pdf.cell(0, 4, "Enligt 2 kap. 7 § socialtjänstlagen och 16 kap. 4 § hälso- och sjukvårdslagen",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)

    def box(label, hint, h, hand_lines=None, x=X, w=W, y=None, hand_size=13):
        if y is None:
            y = pdf.get_y()
        pdf.rect(x, y, w, h)
        pdf.set_xy(x + 1.5, y + 1)
        pdf.set_font("dv", "B", 8.5)
        pdf.cell(w - 3, 4, label)
        if hint:
            pdf.set_xy(x + 1.5, y + 5)
            pdf.set_font("dv", "I", 7)
            pdf.set_text_color(130, 130, 130)
            pdf.multi_cell(w - 3, 3.3, hint)
            pdf.set_text_color(0, 0, 0)
        if hand_lines:
            pdf.set_font("hand", "", hand_size)
            pdf.set_text_color(20, 40, 150)
            yy = y + (9 if hint else 5.5)
            for ln_ in hand_lines:
                pdf.set_xy(x + 4, yy)
                pdf.cell(w - 6, 5.6, ln_)
                yy += 5.8
            pdf.set_text_color(0, 0, 0)
        pdf.set_y(y + h + 2)
        return y

    y = pdf.get_y()
    box("Namn", None, 13, ["Gun"], w=88, y=y)
    box("Personnummer", None, 13, None, x=X + 92, w=88, y=y)
    pdf.set_xy(X + 94, y + 6.5)
    pdf.set_font("dv", "", 10)
    pdf.set_text_color(130, 130, 130)
    pdf.cell(60, 5, "ÅÅMMDD-XXXX")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(y + 15)
    y = pdf.get_y()
    box("Datum för SIP-möte", None, 13, ["17/9 2024"], w=88, y=y)
    box("Plats", None, 13, None, x=X + 92, w=88, y=y)
    pdf.set_y(y + 15)

    box("Deltagare", "Namn, funktion och verksamhet. Ange även om den enskilde och närstående deltar.",
        40, ["Gun (själv)",
             "Maria – biståndshandläggare, Norbergs kommun",
             "Anders – distriktssköterska, Vårdcentralen Norberg",
             "Lars – enhetschef, Hemtjänst Norberg",
             "Sofie – sjuksköterska, Minnesmottagningen, Region Västmanland"])
    box("Syfte med SIP", "Beskriv varför en SIP upprättas och vad den ska leda till för den enskilde.", 24)
    box("Frågeställningar", "Vilka frågor ska besvaras på mötet?", 22)
    box("Den enskildes mål", "Skriv målet med den enskildes egna ord.", 22)
    box("Den enskildes delaktighet och synpunkter",
        "Hur har den enskilde deltagit? Vad tycker den enskilde? Om den enskilde inte deltar, ange varför.", 24)
    y = pdf.get_y()
    box("Samtycke", None, 16, y=y)
    pdf.set_xy(X + 3, y + 7)
    pdf.set_font("dv", "", 9)
    pdf.cell(40, 5, "☐ Muntligt")
    pdf.cell(40, 5, "☐ Skriftligt")
    pdf.cell(70, 5, "Datum: ÅÅÅÅ-MM-DD")
    pdf.set_y(y + 18)

    pdf.add_page()
    pdf.set_font("dv", "B", 10)
    pdf.cell(0, 6, "Insatser", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("dv", "I", 7)
    pdf.set_text_color(130, 130, 130)
    pdf.cell(0, 4, "Vad ska göras, vem ansvarar (verksamhet och funktion) och när?",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0, 0, 0)
    cols = [("Insats/åtgärd", 80), ("Ansvarig verksamhet/funktion", 60), ("När", 40)]
    pdf.set_font("dv", "B", 8.5)
    pdf.set_fill_color(230, 230, 230)
    for c, w in cols:
        pdf.cell(w, 7, c, border=1, fill=True)
    pdf.ln()
    for _ in range(7):
        for c, w in cols:
            pdf.cell(w, 10, "", border=1)
        pdf.ln()
    pdf.ln(3)
    box("Andra aktörers insatser",
        "T.ex. närstående, god man, Försäkringskassan, den enskilde själv. Vem gör vad?", 24)
    box("Huvudansvarig för planen", "Namn, funktion och verksamhet.", 16)
    y = pdf.get_y()
    box("Uppföljning", None, 16, y=y)
    pdf.set_xy(X + 3, y + 7)
    pdf.set_font("dv", "", 9)
    pdf.set_text_color(130, 130, 130)
    pdf.cell(60, 5, "Datum: ÅÅÅÅ-MM-DD")
    pdf.cell(60, 5, "Tid: ....")
    pdf.cell(60, 5, "Plats: ..........")
    pdf.set_text_color(0, 0, 0)
    pdf.set_y(y + 18)
    box("Planen har upprättats av", "Namn, funktion, verksamhet", 14)
    pdf.ln(6)
    pdf.set_font("dv", "", 8)
    pdf.cell(85, 5, "_______________________________")
    pdf.cell(10, 5, "")
    pdf.cell(85, 5, "_______________________________", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(85, 4, "Den enskilde")
    pdf.cell(10, 4, "")
    pdf.cell(85, 4, "Huvudansvarig")
    pdf.output(path(8, "pdf"))


def main():
    os.makedirs(OUT, exist_ok=True)
    plan01()
    plan02()
    plan03()
    plan04()
    plan05()
    with tempfile.TemporaryDirectory() as td:
        plan06(td)
    plan07()
    plan08()
    for name in sorted(os.listdir(OUT)):
        if name.endswith(".docx"):
            normalize_docx(os.path.join(OUT, name))
    print("written:", sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()
