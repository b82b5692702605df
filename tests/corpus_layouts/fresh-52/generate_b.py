#!/usr/bin/env python
"""Generate the f52b- batch of fictional, anonymized SIP test documents.

Run with /work/batches/.venv/bin/python generate.py  (calls soffice for f52b-06).
Deterministic: fixed dates and texts, no randomness.
"""
import datetime as dt
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
PREFIX = "f52b-"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
LO_PROFILE = "file:///tmp/lo-f52b"
FIXED = dt.datetime(2025, 6, 1, 12, 0, 0)


def path(n, ext):
    return os.path.join(OUT, f"{PREFIX}{n:02d}.{ext}")


# ---------------------------------------------------------------- docx helpers
def new_doc(title, author="Handläggare"):
    doc = Document()
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    return doc


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def set_cell_text(cell, text, bold=False, size=None, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n") if text else [""]
    for i, line in enumerate(lines):
        if i > 0:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    return cell


def header_row(table, labels, fill="D9D9D9"):
    for cell, lab in zip(table.rows[0].cells, labels):
        set_cell_text(cell, lab, bold=True)
        shade(cell, fill)
    # repeat header row on new page
    trPr = table.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trPr.append(th)


def add_table(doc, labels, rows, widths=None, style="Table Grid"):
    t = doc.add_table(rows=1 + len(rows), cols=len(labels))
    t.style = style
    header_row(t, labels)
    for i, row in enumerate(rows, start=1):
        for j, val in enumerate(row):
            set_cell_text(t.rows[i].cells[j], val)
    if widths:
        for row in t.rows:
            for cell, w in zip(row.cells, widths):
                cell.width = Cm(w)
    return t


def para(doc, text, bold=False, italic=False, size=None, style=None, align=None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    return p


def header_footer(doc, head, foot):
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = head
    hp.runs[0].font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.text = foot
    fp.runs[0].font.size = Pt(8)
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


# =================================================================== 01 PDF
def plan01():
    """Psychiatric outpatient record print, Uppsala; one long journal note
    under the keyword 'Vårdplanering'."""

    class Rec(FPDF):
        def header(self):
            self.set_font("DejaVu", "", 7.5)
            self.cell(0, 4, "COSMIC  Journalutskrift  ·  Region Uppsala", new_x="LMARGIN", new_y="NEXT")
            self.cell(95, 4, "Patient: J.   XXXXXX-XXXX")
            self.cell(0, 4, "Utskriven 2025-03-27 09:12 av Sjuksköterska Maria   Sida "
                      f"{self.page_no()} ({{nb}})", align="R", new_x="LMARGIN", new_y="NEXT")
            self.cell(0, 4, "Vårdenhet: Psykiatrisk öppenvård Uppsala, Psykosteam syd   "
                      "Urval: Journaltext 2025-03-01 – 2025-03-27",
                      new_x="LMARGIN", new_y="NEXT")
            self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
            self.ln(4)

        def footer(self):
            self.set_y(-12)
            self.set_font("DejaVu", "", 7)
            self.cell(0, 4, "Utskriften är en kopia av journalen vid utskriftstillfället. "
                      "Sekretess enligt OSL 25 kap. 1 §.", align="C")

    pdf = Rec(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Journalutskrift")
    pdf.set_author("Region Uppsala")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()

    def note(datetime_s, kind, author, keywords):
        pdf.set_font("DejaVu", "B", 9)
        pdf.set_fill_color(232, 232, 232)
        pdf.cell(0, 6, f"{datetime_s}   {kind}", fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 8)
        pdf.cell(0, 5, author, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        for kw, text in keywords:
            pdf.set_font("DejaVu", "B", 9)
            pdf.cell(0, 5, kw, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("DejaVu", "", 9)
            for par in text:
                pdf.multi_cell(0, 4.6, par, markdown=True, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.2)
        pdf.ln(3)

    note("2025-03-12 10:41", "Telefonkontakt", "Sjuksköterska Maria, Psykosteam syd",
         [("Kontaktorsak", ["Pat. ringer och vill flytta sin tid för depåinjektion, "
                            "har fått tid hos tandläkaren samma förmiddag."]),
          ("Planering", ["Ny tid 2025-03-19 kl 09.30."])])

    note("2025-03-19 09:45", "Besöksanteckning", "Sjuksköterska Maria, Psykosteam syd",
         [("Läkemedel", ["Depåinjektion given i vänster gluteus enligt ordination, "
                         "inga biverkningar rapporterade."]),
          ("Psykiskt status", ["Lugn, god kontakt, inga tecken på psykotiska symtom. "
                               "Berättar att han oroar sig för räkningar som kommit."])])

    vp = [
        "**AKTUELLT:** Pat. kallad till SIP-möte på mottagningen idag i syfte att få en "
        "gemensam bild. Deltog gjorde pat., Lina och Sofie från kommunen samt undertecknad. "
        "Pat. är 38 år, diagnos paranoid schizofreni sedan 2016, skrevs ut från "
        "heldygnsvården (avd 119) i januari efter ca fem veckors vårdtid. Sedan dess stabil "
        "på depåinjektion, men har enligt egen uppgift svårt att hålla ordning på post och "
        "räkningar, har obetald hyra för två månader och flera obetalda fakturor, totalt "
        "ca 40 000 kr. Sover ca 7 tim/natt, äter oregelbundet, mest färdigmat. Inga "
        "hallucinationer senaste månaden enligt pat. Frågeställningar inför mötet var hur "
        "pat. ska klara ekonomin och hyran framöver, om han behöver boendestöd i hemmet och "
        "hur dagarna ska kunna få mer struktur eftersom han mest är hemma och sover på dagen.",

        "**BEDÖMNING:** Psykiskt stabil sedan utskrivningen, följsam till depåbehandlingen. "
        "Pat. har god förmåga att beskriva sina svårigheter men nedsatt exekutiv förmåga gör "
        "att ekonomi och vardagsrutiner inte fungerar utan stöd, vilket riskerar boendet och "
        "därmed även den psykiska stabiliteten. Målet är att pat. ska kunna bo kvar i sin "
        "lägenhet och få ordning på sin ekonomi under våren. Pat. framförde själv på mötet "
        "att han helst vill ha hjälp med papper och räkningar men inte vill ha personal hemma "
        "varje dag, och att han gärna vill ha något att göra på dagarna, helst utomhus med "
        "trädgård eller djur. Han var med under hela mötet och tyckte att det var bra att "
        "alla satt i samma rum.",

        "**PLANERING:** Boendestöd från socialpsykiatrin Uppsala kommun två gånger i veckan "
        "med start v. 15, fokus på post, räkningar och matinköp. Sofie blir pat:s "
        "boendestödjare. Lina ordnar en tid hos kommunens budget- och skuldrådgivning. "
        "Fortsatt depåinjektion var tredje vecka hos mottagningens sjuksköterska, "
        "nästa gång 2025-04-09. Läkarbesök hos ansvarig läkare för medicinuppföljning och "
        "somatisk kontroll 2025-04-23. Lina tar upp frågan om plats i trädgårdsgruppen på "
        "daglig sysselsättning med biståndshandläggaren och återkommer till pat. senast "
        "2025-04-30. Gemensam uppföljning av planen 2025-05-13 kl 14.00 på mottagningen med "
        "samma deltagare, kallelse skickas från mottagningen.",
    ]
    note("2025-03-26 14:10", "Besöksanteckning – SIP", "Sjuksköterska Maria, Psykosteam syd",
         [("Vårdplanering", vp)])

    note("2025-03-26 15:02", "Administrativ anteckning", "Sjuksköterska Maria, Psykosteam syd",
         [("Åtgärd", ["Kopia av anteckningen lämnad till pat. i pappersform efter mötet."])])

    pdf.output(path(1, "pdf"))


# =================================================================== 02 DOCX
def plan02():
    """Family SIP, Gotland: plan about Alva 10; mother (substance use) has own measures."""
    doc = new_doc("SIP Alva", "Socialsekreterare Therese")
    header_footer(doc, "Region Gotland · Socialförvaltningen · Barn och familj",
                  "Samordnad individuell plan (SIP) – sekretess enligt OSL 26 kap. 1 §")
    doc.add_heading("Samordnad individuell plan – Alva, 10 år", level=1)
    para(doc, "Datum för mötet: 2025-02-12   Plats: Socialförvaltningen, Visby   "
              "Personnummer: ÅÅMMDD-XXXX", size=10)

    doc.add_heading("Familjen", level=2)
    para(doc, "Alva bor med sin mamma Sanna och lillebror Noah, 4 år, i lägenhet i Visby. "
              "Mamma är ensam vårdnadshavare. Mamma har sedan oktober 2024 kontakt med "
              "Beroendemottagningen Visby för sitt alkoholberoende. Alva går i årskurs 4 på "
              "Gråboskolan och Noah går på förskola i samma område. Mormor bor i Roma och "
              "träffar barnen regelbundet.")

    doc.add_heading("Syfte med SIP", level=2)
    para(doc, "Syftet är att Alva ska få ett samordnat stöd i skolan och hemma under tiden "
              "mamma går i behandling, så att Alva kan känna sig trygg, orka med skolan och "
              "slippa ta ansvar för vuxensaker som att passa sin lillebror och hålla koll på "
              "mammas mående.")

    doc.add_heading("Barnets röst", level=2)
    box = doc.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    box.alignment = WD_TABLE_ALIGNMENT.CENTER
    c = box.rows[0].cells[0]
    shade(c, "E2EFD9")
    set_cell_text(c, "Alva var med under första halvan av mötet tillsammans med mamma och "
                     "skolkuratorn Elin, som hon känner sedan tidigare. Hon ville inte svara "
                     "på frågor inför alla men hade skrivit en lapp som Elin läste upp:")
    p = c.add_paragraph()
    r = p.add_run("”Jag vill att mamma ska må bra och att jag får vara kvar i min klass. "
                  "Jag vill inte behöva vara hemma och passa Noah när mamma är trött. "
                  "Jag vill fortsätta vara hos mormor på helgerna.”")
    r.italic = True
    c.add_paragraph("Alva sa också att hon tycker om att prata med Elin och vill fortsätta "
                    "med det, men att hon inte vill gå ifrån lektionerna i svenska.")

    doc.add_heading("Samtycke", level=2)
    para(doc, "Mamma lämnade skriftligt samtycke till SIP och till informationsutbyte mellan "
              "socialtjänsten, Beroendemottagningen Visby, BUP Gotland och Gråboskolan på "
              "socialförvaltningens blankett 2025-02-10. Alva har fått information om mötet "
              "av skolkuratorn, anpassad efter hennes ålder.")

    doc.add_heading("Insatser för Alva", level=2)
    add_table(doc, ["Insats", "Ansvarig", "När"], [
        ["Stödsamtal med skolkurator en gång i veckan (tisdagar, inte under svenskan)",
         "Skolkurator Elin, Gråboskolan", "Från v. 8, löpande vårterminen 2025"],
        ["Kontaktfamilj en helg per månad (utreds och beslutas)",
         "Socialsekreterare Therese, Barn och familj, Region Gotland",
         "Beslut senast 2025-03-14"],
        ["Barngrupp för barn till föräldrar med missbruk (”Vi som bor med vuxna som dricker”), "
         "8 träffar", "Familjebehandlare, Barn och familj, Region Gotland",
         "Start 2025-03-05"],
        ["Bedömning av oro och sömnsvårigheter", "Sjuksköterska, BUP Gotland",
         "Nybesök 2025-02-26"],
    ], widths=[7.5, 5.5, 4])

    doc.add_heading("Mammas egna insatser", level=2)
    add_table(doc, ["Insats", "Ansvarig", "När"], [
        ["Öppenvårdsbehandling, återfallsprevention, samtal en gång i veckan",
         "Behandlare Johan, Beroendemottagningen Visby", "Pågår, varje måndag från 2025-02-17"],
        ["Provtagning (PEth) varannan vecka, svaren delges socialsekreteraren med mammas samtycke",
         "Sjuksköterska, Beroendemottagningen Visby", "Från 2025-02-17"],
        ["Föräldrastöd i hemmet, fokus på rutiner morgon och kväll",
         "Familjebehandlare, Barn och familj, Region Gotland", "Varannan torsdag från 2025-02-20"],
    ], widths=[7.5, 5.5, 4])

    doc.add_heading("Mormor och mammas egna åtaganden", level=2)
    para(doc, "Mormor hämtar Alva och Noah på tisdagar och torsdagar och har Alva hos sig "
              "varannan helg. Mormor ringer socialsekreteraren om hon blir orolig. Mamma "
              "ansvarar för att lämna och hämta Noah på förskolan övriga dagar och för att "
              "komma till sina behandlingstider; om hon inte kan ringer hon mormor.")

    doc.add_heading("Huvudansvar för planen", level=2)
    para(doc, "Socialsekreterare Therese, Barn och familj, Socialförvaltningen Region Gotland. "
              "Therese kallar till uppföljning och skickar ut planen till alla deltagare.")

    doc.add_heading("Deltagare", level=2)
    add_table(doc, ["Namn", "Funktion", "Verksamhet"], [
        ["Alva (första halvan)", "", ""],
        ["Sanna", "Mamma, vårdnadshavare", ""],
        ["Therese", "Socialsekreterare", "Barn och familj, Region Gotland"],
        ["Elin", "Skolkurator", "Gråboskolan, Visby"],
        ["Johan", "Behandlare", "Beroendemottagningen Visby"],
        ["Fatima", "Sjuksköterska", "BUP Gotland"],
        ["Mormor", "Närstående", ""],
    ], widths=[4, 5, 8])

    doc.add_heading("Uppföljning", level=2)
    para(doc, "Planen följs upp 2025-05-06 kl. 13.00 på Socialförvaltningen i Visby. Alva "
              "bjuds in till början av mötet på samma sätt som i dag.")
    doc.save(path(2, "docx"))


# =================================================================== 03 TXT
def plan03():
    """SMS-like short summary after the meeting, Stockholm BUP; cp1252, CRLF."""
    lines = [
        "SIP Elsa – kort sammanfattning från mötet 22/5",
        "Till: Emma, Jonas, Karin, Lejla, Anders",
        "",
        "Hej alla och tack för idag! Syfte: samordning kring Elsa.",
        "Elsa var inte med idag, men mamma berättade att Elsa",
        "tycker det varit lugnare hemma och gärna träffar BUP.",
        "Det här kom vi fram till:",
        "- BUP fortsätter kontakten som tidigare.",
        "- Skolan stöttar Elsa vid behov.",
        "- Soc finns med som stöd till familjen.",
        "Hör av er om något blivit fel i sammanfattningen.",
        "",
        "Nästa möte 12/6 kl 13 på BUP",
        "",
        "Hälsningar Anders, BUP Södermalm",
    ]
    assert len(lines) == 15
    with open(path(3, "txt"), "wb") as f:
        f.write("\r\n".join(lines).encode("cp1252") + b"\r\n")


# =================================================================== 04 MD
def plan04():
    md = """# SIP – Alex, 17 år 📝

*Möte 2025-03-04 på Socialtjänsten Farsta. Anteckningar: Sara.*

## 🎯 Varför vi har en SIP

Alex har sedan i höstas använt cannabis nästan varje dag och har hög frånvaro från
gymnasiet. Han har kontakt med både socialtjänsten, Maria Ungdom och skolans elevhälsa,
och vi behöver samordna oss så att alla drar åt samma håll och Alex slipper berätta
samma sak för alla.

## 🤔 Det här behöver vi prata om

- Hur kan Alex få en studiegång som går att klara, nu när han ligger efter i tre kurser?
- Ska behandlingen ske på Maria Ungdom eller i socialtjänstens öppenvård?
- Sömnen – Alex somnar efter tre på natten och kommer inte upp på morgonen.

## 👥 Vem är med

- Alex
- Lena, mamma
- Sara, socialsekreterare, Socialtjänsten Farsta, ungdomsenheten
- Jonas, behandlare, Maria Ungdom
- Nadia, skolkurator, Farsta gymnasium
- Petter, mentor, Farsta gymnasium

## 💬 Alex egna mål

Alex var med hela mötet tillsammans med mamma. Han sa att skolan är det viktigaste för
honom just nu och att han inte vill ha behandling någonstans långt hemifrån.

> "Jag vill sluta röka på helt innan sommaren och ta studenten med mina kompisar."
>
> "Jag vill att mamma ska kunna lita på mig igen."

## ✅ Samtycke

Samtycke finns.

## 📅 Tidslinje

- **v. 10:** Bedömning och provtagning på Maria Ungdom (Jonas bokar tid).
- **v. 11:** Ny studieplan med två kurser i stället för fem under våren (Nadia och Petter, Farsta gymnasium).
- **v. 12:** Start av ACRA, samtal en gång i veckan på Maria Ungdom (Jonas).
- **v. 12:** Ansökan om stödperson/kontaktperson utreds (Sara, ungdomsenheten).
- **v. 14:** Kontakt med vårdcentralen om sömnen.
- **v. 16:** Avstämning per telefon om hur behandlingen och skolan går (Sara och Jonas).

## 🧩 Andra som stöttar

Pappa vill också finnas med och stötta Alex. Hur det ska gå till får vi prata om nästa gång.

## 🗂️ Huvudansvar

Socialtjänsten har huvudansvaret för planen.

## 🔁 Uppföljning

Vi ses igen v. 20. Sara skickar kallelse.
"""
    with open(path(4, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# =================================================================== 05 DOCX form
def plan05():
    """Form with two-row tables per part; Gotland, elderly man after hip fracture."""
    doc = new_doc("SIP", "Biståndshandläggare")
    header_footer(doc, "Region Gotland                                   "
                       "SAMORDNAD INDIVIDUELL PLAN (SIP)",
                  "Blankett SIP – Region Gotland, version 2023-04")
    sec = doc.sections[0]
    sec.left_margin = Cm(2)
    sec.right_margin = Cm(2)
    para(doc, "Samordnad individuell plan", bold=True, size=16)
    para(doc, "Fyll i blanketten vid SIP-mötet. Planen ska delges alla deltagare.",
         italic=True, size=9)

    def part(label, text, two=None):
        t = doc.add_table(rows=2, cols=2)
        t.style = "Table Grid"
        top = t.rows[0].cells[0].merge(t.rows[0].cells[1])
        set_cell_text(top, label, bold=True, size=10)
        shade(top, "D9D9D9")
        if two:
            set_cell_text(t.rows[1].cells[0], two[0])
            set_cell_text(t.rows[1].cells[1], two[1])
        else:
            bottom = t.rows[1].cells[0].merge(t.rows[1].cells[1])
            set_cell_text(bottom, text)
        doc.add_paragraph().paragraph_format.space_after = Pt(2)

    part("Personuppgifter", None, two=("Namn: Gunnar\nPersonnummer: XXXXXX-XXXX",
                                       "Bor: villa utanför Hemse\nTelefon: 070-XXX XX XX"))
    part("Datum och plats för mötet", None, two=("Datum: 2025-03-18",
                                                 "Plats: Korttidsboendet Hemse"))
    part("Syfte med SIP", "")
    part("Frågeställningar", "")
    part("Bakgrund / nuläge",
         "Gunnar, 84 år, föll i hemmet 2025-02-27 och fick en höftfraktur vänster sida som "
         "opererades på Visby lasarett. Sedan 2025-03-06 vistas han på korttidsboendet i "
         "Hemse för träning inför hemgång. Går med rollator inomhus med tillsyn, behöver hjälp "
         "vid dusch och påklädning av strumpor och skor. Han är änkling och bor ensam i ett "
         "hus i ett plan. Tidigare helt självständig, inga insatser från kommunen före fallet. "
         "Diabetes typ 2 och högt blodtryck, följs på vårdcentralen.")
    part("Den enskildes mål", "Målet är att Gunnar ska kunna flytta hem och klara "
                              "förflyttningar och enklare hushållssysslor själv.")
    part("Samtycke", "")
    part("Insatser och ansvar",
         "Hemtjänst vid behov efter hemgång – Kommunen\n"
         "Fortsatt kontakt med vårdcentralen – Regionen\n"
         "Rehabilitering enligt ordination – Regionen/kommunen")
    part("Andra aktörers insatser (t.ex. närstående, god man, Försäkringskassan)", "")
    part("Huvudansvarig för planen", "")
    part("Uppföljning", "")
    part("Deltagare vid mötet",
         "Biståndshandläggare, distriktssköterska, fysioterapeut, arbetsterapeut")
    part("Underskrift", None, two=("Datum: 2025-03-18", "Biståndshandläggare"))
    doc.save(path(5, "docx"))


# =================================================================== 06 HTML -> PDF
def plan06(tmpdir):
    """Plan print from HTML: headings in a left margin column (small caps, grey),
    one borderless two-column table per part. Uppsala, LSS, autism."""
    parts = [
        ("Den enskilde", "Viktor, 19 år, ÅÅMMDD-XXXX. Autism och lindrig intellektuell "
         "funktionsnedsättning. Bor sedan augusti 2024 i gruppbostad enligt LSS i Gottsunda, "
         "har daglig verksamhet enligt LSS fem dagar i veckan."),
        ("Mötet", "SIP-möte 2025-01-28 kl. 13.00–14.30 på Habiliteringen Uppsala."),
        ("Syfte", "Syftet med planen är att Viktor ska få en fungerande dygnsrytm och en "
         "vardag med färre utbrott, genom att gruppbostaden, daglig verksamhet och "
         "habiliteringen arbetar på samma sätt med schema, bildstöd och förberedelser inför "
         "förändringar."),
        ("Frågeställningar", "Gå igenom läget och hur det fungerar för Viktor."),
        ("Viktors delaktighet", "Viktor deltog inte i mötet eftersom stora möten med många "
         "okända personer gör honom mycket stressad och han brukar behöva flera dagar för att "
         "återhämta sig efteråt. LSS-handläggaren träffade honom på gruppbostaden 2025-01-22 "
         "och gick igenom frågorna med bildstöd. Viktor visade att han tycker om att vara på "
         "daglig verksamhet på förmiddagen men inte efter lunch, att han vill ha det mörkt och "
         "tyst i sitt rum på kvällen och att han vill simma oftare."),
        ("Mål", "Målet är att Viktor ska sova minst sju timmar per natt och delta i daglig "
         "verksamhet fyra förmiddagar i veckan utan att behöva gå hem i förtid."),
        ("Samtycke", "Samtycke finns."),
        ("Insatser", "<ul><li>Kortare dagar med aktivitet bara på förmiddagen (kl. 9–12) från "
         "februari.</li><li>Ett gemensamt bildschema för hela dygnet tas fram och används på "
         "samma sätt på båda ställena.</li><li>Sömnutredning med sömndagbok under fyra "
         "veckor.</li><li>Läkemedelsgenomgång kring melatonin.</li><li>Simning en kväll i "
         "veckan.</li></ul>"),
        ("Andra aktörer", "Viktor har god man. God man är informerad om planen."),
        ("Huvudansvar", "Ida, LSS-handläggare, Omsorgsförvaltningen, Uppsala kommun."),
        ("Uppföljning", "Planen följs upp om ungefär tre månader."),
    ]
    rows = []
    for head, text in parts:
        body = text if text.startswith("<") else f"<p>{text}</p>"
        rows.append(f"""
<table class="part" width="100%" cellspacing="0" cellpadding="4" border="0">
  <tr>
    <td class="lab" width="26%" valign="top"><p class="lab">{head}</p></td>
    <td class="txt" width="74%" valign="top">{body}</td>
  </tr>
</table>""")
    html = f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Samordnad individuell plan</title>
<style>
  body {{ font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; }}
  h1 {{ font-size: 15pt; font-weight: normal; margin-bottom: 2pt; }}
  p.sub {{ font-size: 8.5pt; color: #666666; margin-top: 0; }}
  table.part {{ border: none; margin-bottom: 6pt; }}
  td.lab, p.lab {{ font-variant: small-caps; color: #808080; font-size: 10.5pt; }}
  td.txt p, td.txt li {{ margin-top: 0; margin-bottom: 3pt; }}
  hr {{ color: #bbbbbb; }}
</style>
</head>
<body>
<h1>Samordnad individuell plan</h1>
<p class="sub">Uppsala kommun · Region Uppsala &nbsp;|&nbsp; Utskrift 2025-01-30</p>
<hr>
{''.join(rows)}
<hr>
<p class="sub">Planen har skickats till Viktor (med bildstöd), god man och berörda verksamheter.</p>
</body>
</html>
"""
    src = os.path.join(tmpdir, f"{PREFIX}06.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html)
    subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
                    "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export", "--outdir", tmpdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=180)
    shutil.move(os.path.join(tmpdir, f"{PREFIX}06.pdf"), path(6, "pdf"))


# =================================================================== 07 DOCX follow-up
def plan07():
    """Follow-up SIP, Stockholm, after discharge from psychiatric inpatient care."""
    doc = new_doc("Uppföljning SIP", "Sjuksköterska Hanna")
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(2)
    header_footer(doc, "Psykiatri Södra Stockholm · Öppenvårdsmottagning Skärholmen",
                  "Uppföljning av samordnad individuell plan")
    para(doc, "Uppföljning av SIP – Mikael", bold=True, size=16)
    para(doc, "Datum: 2025-02-11   Plats: Öppenvårdsmottagning Skärholmen   "
              "Personnummer: XXXXXX-XXXX")
    para(doc, "Syfte och mål: se SIP 2024-11-02", bold=True)
    para(doc, "Närvarande: Mikael, Hanna, Omar, Petra, Lena")
    para(doc, "Samtycke finns sedan tidigare.")

    para(doc, "Frågor till dagens möte", bold=True)
    for q in ["Behöver boendestödet utökas från två till tre dagar i veckan nu när Mikael "
              "har svårt att komma iväg till apoteket och affären?",
              "Varför har remissen till arbetsterapeut inte blivit av, och vem följer upp den?",
              "Hur ska frågan om sjukpenning hos Försäkringskassan hanteras efter mars?"]:
        doc.add_paragraph(q, style="List Bullet")

    para(doc, "Insatser från SIP 2024-11-02", bold=True)
    add_table(doc, ["Insats", "Ansvarig", "Datum enl. plan", "Status", "Nytt datum"], [
        ["Boendestöd två dagar i veckan (tis, fre)",
         "Boendestödjare, Socialpsykiatrin Skärholmens stadsdelsförvaltning", "2024-11-12",
         "Klart ✓ (pågår)", "–"],
        ["Ansökan om ekonomiskt bistånd för december–februari",
         "Socialsekreterare, Ekonomiskt bistånd Skärholmen", "2024-11-15", "Klart ✓", "–"],
        ["Läkemedelsgenomgång efter utskrivning",
         "Läkare, Öppenvårdsmottagning Skärholmen", "2024-12-05", "Klart ✓", "–"],
        ["ADL-bedömning i hemmet",
         "Arbetsterapeut, Öppenvårdsmottagning Skärholmen", "2024-12-15",
         "Ej klart – flyttas", "2025-03-07"],
        ["Plats på träffpunkt/sysselsättning, två förmiddagar i veckan",
         "Biståndshandläggare, Socialpsykiatrin Skärholmens stadsdelsförvaltning",
         "2025-01-15", "Ej klart – flyttas", "2025-03-14"],
        ["Återbesök hos sjuksköterska var fjärde vecka",
         "Sjuksköterska (Hanna), Öppenvårdsmottagning Skärholmen", "2024-11-20",
         "Klart ✓ (pågår)", "Nästa 2025-03-04"],
    ], widths=[6.5, 7, 3, 3.5, 3])

    para(doc, "")
    para(doc, "Nya insatser", bold=True)
    add_table(doc, ["Insats", "Ansvarig", "När"], [
        ["Utredning av utökat boendestöd till tre dagar i veckan",
         "Biståndshandläggare, Socialpsykiatrin Skärholmens stadsdelsförvaltning",
         "Beslut senast 2025-02-28"],
        ["Apodos med leverans till hemmet",
         "Läkare, Öppenvårdsmottagning Skärholmen", "Ordineras 2025-02-14"],
    ], widths=[10, 9, 6])

    para(doc, "")
    para(doc, "Övrigt", bold=True)
    para(doc, "Försäkringskassan berörs av frågan om sjukpenning efter mars. Tas upp igen vid "
              "nästa möte.")
    para(doc, "Huvudansvar: Psykiatri Södra Stockholm", bold=True)
    para(doc, "Nästa uppföljning: 2025-05-20 kl. 10.00, Öppenvårdsmottagning Skärholmen.",
         bold=True)
    doc.save(path(7, "docx"))


# =================================================================== 08 DOCX (not a plan)
def plan08():
    """Summary of a child investigation under 11 kap. 1 § SoL, Uppsala. Not a SIP."""
    doc = new_doc("Utredning 11 kap 1 § SoL", "Socialsekreterare")
    header_footer(doc, "Uppsala kommun · Socialförvaltningen · Barn och unga, utredningsenheten",
                  "Sekretess enligt OSL 26 kap. 1 §")
    doc.add_heading("Sammanfattning av utredning enligt 11 kap. 1 § SoL", level=1)
    add_table(doc, ["Uppgift", ""], [
        ["Barn", "Leo, 8 år, ÅÅMMDD-XXXX"],
        ["Vårdnadshavare", "Mamma [namn] och pappa [namn], gemensam vårdnad"],
        ["Utredningen inledd", "2024-09-16"],
        ["Utredningen avslutad", "2025-01-10"],
        ["Handläggare", "Socialsekreterare Karolina, utredningsenheten"],
    ], widths=[5, 11])

    doc.add_heading("Anledning till utredning", level=2)
    para(doc, "En orosanmälan kom 2024-09-09 från Leos skola, Sunnerstaskolan i Uppsala. "
              "Skolan beskrev att Leo under de senaste månaderna haft utbrott i klassrummet, "
              "sprungit från skolan vid två tillfällen och berättat att han inte får sova på "
              "nätterna för att föräldrarna bråkar. Skyddsbedömning gjordes samma dag och "
              "ingen omedelbar skyddsåtgärd bedömdes nödvändig. Utredning inleddes 2024-09-16.")

    doc.add_heading("Utredningens genomförande", level=2)
    para(doc, "Utredningen har genomförts enligt BBIC. Samtal har hållits med Leo vid tre "
              "tillfällen (varav ett i skolan), med vardera föräldern vid två tillfällen och "
              "med föräldrarna gemensamt vid ett tillfälle. Hembesök gjordes 2024-10-22. "
              "Referenter: klasslärare och skolsköterska på Sunnerstaskolan, BUP Uppsala "
              "(där Leo är aktuell för utredning av ADHD) och familjens vårdcentral. "
              "Föräldrarna har samtyckt till att referenter kontaktas.")

    doc.add_heading("Barnets behov och situation", level=2)
    for head, text in [
        ("Hälsa: ", "Leo är somatiskt frisk. Han har svårt att somna och vaknar ofta. BUP "
                    "påbörjade en neuropsykiatrisk utredning i november, den beräknas vara "
                    "klar i mars."),
        ("Utbildning: ", "Leo går i årskurs 2. Han ligger efter i läsning och har svårt "
                         "att vara kvar i klassrummet. Skolan har gjort en "
                         "pedagogisk kartläggning och ger viss särskild stöttning."),
        ("Känslo- och beteendemässig utveckling: ", "Leo har låg frustrationstolerans och "
                                                    "blir lätt arg. Han beskrivs som "
                                                    "omtänksam och rolig när han är lugn."),
        ("Familj och relationer: ", "Föräldrarna har haft stora konflikter under 2024 men "
                                    "beskriver att det lugnat sig sedan pappa flyttat till "
                                    "egen lägenhet i november. Leo bor varannan vecka hos "
                                    "vardera föräldern."),
    ]:
        p = doc.add_paragraph()
        p.add_run(head).bold = True
        p.add_run(text)

    doc.add_heading("Barnets och föräldrarnas syn", level=2)
    para(doc, "Leo berättar att han tycker det är jobbigt i skolan när det är rörigt och att "
              "han vill ha en vuxen som hjälper honom. Han vill bo hos både mamma och pappa. "
              "Föräldrarna delar skolans oro och är positiva till stöd, men vill inte ha "
              "insatser i hemmet just nu.")

    doc.add_heading("Bedömning", level=2)
    para(doc, "Socialtjänsten bedömer att Leo har behov av stöd för att hans skolsituation "
              "och sömn ska bli bättre och att föräldrarna behöver stöd i sitt föräldraskap "
              "efter separationen. Leos behov berör både skolan, BUP och socialtjänsten. "
              "Socialtjänsten bedömer därför att en samordnad individuell plan (SIP) bör "
              "hållas så snart BUP:s utredning är klar, och föräldrarna har sagt att de är "
              "positiva till det. Kallelse till SIP skickas av socialtjänsten efter samråd "
              "med BUP.")

    doc.add_heading("Förslag till beslut", level=2)
    para(doc, "Leo och hans föräldrar beviljas föräldraskapsstöd i form av samarbetssamtal "
              "(”Föräldrar i samverkan”), 6 tillfällen, enligt 4 kap. 1 § SoL. Utredningen "
              "avslutas med insats.")
    para(doc, "")
    para(doc, "Uppsala 2025-01-10")
    para(doc, "Karolina, socialsekreterare          Beslutsfattare: Enhetschef, "
              "Barn och unga")
    doc.save(path(8, "docx"))


def normalize_zip(fn):
    """Rewrite a .docx with fixed zip timestamps so reruns give identical bytes."""
    with zipfile.ZipFile(fn) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(fn, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=(2025, 6, 1, 12, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def main():
    os.makedirs(OUT, exist_ok=True)
    tmp = os.path.join(HERE, ".tmp")
    os.makedirs(tmp, exist_ok=True)
    plan01()
    plan02()
    plan03()
    plan04()
    plan05()
    plan06(tmp)
    plan07()
    plan08()
    shutil.rmtree(tmp, ignore_errors=True)
    for f in sorted(os.listdir(OUT)):
        if f.endswith(".docx"):
            normalize_zip(os.path.join(OUT, f))
    for f in sorted(os.listdir(OUT)):
        print(f, os.path.getsize(os.path.join(OUT, f)))


if __name__ == "__main__":
    main()
