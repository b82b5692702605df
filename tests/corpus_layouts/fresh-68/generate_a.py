"""Generate the f68a- batch of fictional SIP documents into plans/. Deterministic."""
import os
import shutil
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm, RGBColor
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
OUT = HERE / "plans"
OUT.mkdir(exist_ok=True)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def fixed_core(doc, title):
    import datetime
    cp = doc.core_properties
    cp.title = title
    cp.author = ""
    cp.last_modified_by = ""
    cp.created = datetime.datetime(2025, 1, 1)
    cp.modified = datetime.datetime(2025, 1, 1)


# ---------------------------------------------------------------- 01 Melior PDF
class Melior(FPDF):
    def header(self):
        self.set_font("DejaVu", "B", 9)
        self.set_text_color(0, 0, 0)
        self.cell(60, 5, "Melior", new_x="RIGHT", new_y="TOP")
        self.set_font("DejaVu", "", 8)
        self.cell(70, 5, "Vuxenpsykiatrin Helsingborg, öppenvård", align="C", new_x="RIGHT", new_y="TOP")
        self.cell(0, 5, f"Sida {self.page_no()} ({{nb}})", align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(60, 4, "Journalutskrift – SIP", new_x="RIGHT", new_y="TOP")
        self.cell(70, 4, "Pat: M., ÅÅMMDD-XXXX", align="C", new_x="RIGHT", new_y="TOP")
        self.cell(0, 4, "Utskriven 2025-03-06 10:42", align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(4)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "Utskrift ur journal. Dokumentet innehåller sekretessbelagda uppgifter (OSL 25 kap. 1 §).", align="C")

    def bar(self, title):
        if self.get_y() > self.h - 40:
            self.add_page()
        self.ln(2)
        self.set_fill_color(110, 110, 110)
        self.set_text_color(255, 255, 255)
        self.set_font("DejaVu", "B", 10)
        self.cell(0, 6.5, "  " + title, fill=True, new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.set_font("DejaVu", "", 9.5)
        self.ln(1.5)

    def txt(self, s):
        if s:
            self.multi_cell(0, 5, s, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)


def make_01():
    p = Melior(format="A4")
    p.add_font("DejaVu", "", FONT)
    p.add_font("DejaVu", "B", FONTB)
    p.set_margins(18, 14, 18)
    p.set_auto_page_break(True, 16)
    p.alias_nb_pages()
    p.add_page()
    p.set_font("DejaVu", "B", 13)
    p.cell(0, 8, "Samordnad individuell plan (SIP)", new_x="LMARGIN", new_y="NEXT")
    p.set_font("DejaVu", "", 9)
    p.multi_cell(0, 5, "Anteckningsdatum: 2025-03-04   Vårdenhet: Vuxenpsykiatrin Helsingborg, "
                 "öppenvårdsmottagning psykos\nSignerad av: Petra, samordnande sjuksköterska",
                 new_x="LMARGIN", new_y="NEXT")
    p.ln(2)
    p.bar("Mötesdeltagare")
    p.txt("M., patient\n"
          "Petra, samordnande sjuksköterska, Vuxenpsykiatrin Helsingborg, öppenvård psykos\n"
          "Johan, överläkare, Vuxenpsykiatrin Helsingborg, öppenvård psykos\n"
          "Amira, socialsekreterare, Socialförvaltningen Helsingborg, vuxenenheten\n"
          "Nils, boendestödjare, Boendestöd Helsingborg, Helsingborgs stad\n"
          "Mötet hölls på mottagningen 2025-03-04 kl. 13.30–15.00.")
    p.bar("Syfte med SIP")
    p.txt("M. har sedan utskrivningen från heldygnsvården i januari haft svårt att klara "
          "vardagen i lägenheten, han har inte hämtat ut sin medicin regelbundet och hyresvärden "
          "har hört av sig om klagomål. Syftet är att psykiatrin och kommunen tillsammans med M. "
          "ska lägga upp stödet så att han kan bo kvar i sin lägenhet och undvika en ny inläggning.")
    p.bar("Frågeställningar")
    p.txt("")
    p.bar("Bakgrund")
    p.txt("45-årig man med paranoid schizofreni sedan drygt 20 år. Senaste inläggning "
          "2024-12-10 – 2025-01-22 på avd. 3, Helsingborgs lasarett, efter att han slutat med "
          "depåinjektionen. Bor ensam i hyreslägenhet i Helsingborg. Ingen sysselsättning sedan "
          "2023. Har en bror i Landskrona som han träffar ibland.")
    p.bar("Patientens delaktighet och synpunkter")
    p.txt("M. deltog under hela mötet. Han framförde att han tycker att det är för många olika "
          "personer som kommer hem till honom och att han helst vill att samma boendestödjare "
          "kommer varje gång. Han vill inte gå tillbaka till dagverksamheten men kan tänka sig "
          "att prova något annat.")
    p.bar("Mål")
    p.txt("Målet är att M. ska kunna bo kvar i egen lägenhet, ta sin medicin regelbundet och "
          "på sikt ha någon form av daglig sysselsättning.")
    p.bar("Samtycke")
    p.txt("Samtycke finns.")
    p.bar("Insatser och ansvar")
    p.txt("1. Depåinjektion var fjärde vecka på mottagningen, nästa 2025-03-18. Ansvarig: "
          "sjuksköterska, Vuxenpsykiatrin Helsingborg, öppenvård psykos.\n"
          "2. Läkarbesök för uppföljning av medicinering och biverkningar. Ansvarig: överläkare "
          "Johan, Vuxenpsykiatrin Helsingborg. Tid: 2025-04-08.\n"
          "3. Boendestöd två gånger per vecka (tisdag och fredag) med stöd i städning, tvätt och "
          "inköp, samma personal i så stor utsträckning som möjligt. Ansvarig: Boendestöd "
          "Helsingborg. Start vecka 11, från 2025-03-11.\n"
          "4. Utredning av behov av sysselsättning, ev. ansökan om daglig sysselsättning enligt "
          "SoL. Ansvarig: socialsekreterare Amira, vuxenenheten, Socialförvaltningen Helsingborg.\n"
          "5. Samtal med hyresvärden tillsammans med M. om klagomålen. Ansvarig: socialsekreterare "
          "Amira. Tid: senast 2025-03-21.")
    p.bar("Andra aktörer")
    p.txt("M. har god man sedan 2022. Han har ett ärende hos Försäkringskassan gällande "
          "sjukersättningen.")
    p.bar("Huvudansvar för planen")
    p.txt("Petra, samordnande sjuksköterska, Vuxenpsykiatrin Helsingborg, öppenvårdsmottagning "
          "psykos.")
    p.bar("Uppföljning")
    p.txt("Uppföljande SIP-möte 2025-06-10 kl. 13.30 på mottagningen. Petra kallar.")
    p.output(str(OUT / "f68a-01.pdf"))


# ---------------------------------------------------------------- 02 docx questions
def make_02():
    d = Document()
    fixed_core(d, "SIP Elin")
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Kungsbacka kommun · Förvaltningen för Förskola & Grundskola · Elevhälsan"
    hp.runs[0].font.size = Pt(8)
    t = d.add_paragraph()
    r = t.add_run("Samordnad individuell plan – SIP")
    r.bold = True
    r.font.size = Pt(16)
    d.add_paragraph("Elin, 13 år, åk 7   ·   Möte 2025-09-23 på skolan i Kungsbacka")

    def q(question, *answers):
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.space_after = Pt(2)
        rr = p.add_run(question)
        rr.bold = True
        for a in answers:
            d.add_paragraph(a)

    q("Varför har vi träffats?",
      "Elin har inte varit i skolan mer än några enstaka dagar sedan vårterminen i åk 6. Hon får "
      "ont i magen och panikkänslor på morgnarna och har börjat isolera sig hemma. Vi har träffats "
      "för att skolan, BUP och familjen ska göra en gemensam plan så att Elin steg för steg kan "
      "komma tillbaka till skolan och samtidigt få behandling för sin oro.")
    q("Vad behöver vi prata om?",
      "Hur det går just nu.")
    q("Vem var med?",
      "Elin var med på mötet tillsammans med mamma och pappa. Från skolan och BUP var Sara, Mats "
      "och Hanna med.")
    q("Vad vill du?",
      "Elin sa: ”Jag vill kunna gå till skolan utan att må dåligt, och jag vill börja med att vara "
      "med på bilden och musiken för där känner jag mig trygg.” Hon vill inte att klassen ska få "
      "veta varför hon varit borta. Hon vill helst träffa kuratorn före lektionerna.")
    q("Får vi prata med varandra om dig?",
      "Samtycke finns.")
    q("Vem gör vad och när?",
      "Skolkuratorn, Elevhälsan på Elins skola, träffar Elin varje måndag och torsdag kl. 8.15 "
      "med start 2025-09-29, innan Elin går till lektion.",
      "Elins mentor i åk 7 gör ett anpassat schema med bild och musik de första veckorna och skickar "
      "det till familjen senast 2025-09-26.",
      "BUP Kungsbacka, psykolog, ger KBT mot ångest och skolrelaterad oro varannan vecka, "
      "första tid 2025-10-02.",
      "Specialpedagog, Elevhälsan, gör en kartläggning av Elins studiesituation under "
      "vecka 40–41 (klar senast 2025-10-10).",
      "Mamma och pappa turas om att köra Elin till skolan på måndagar och torsdagar från "
      "2025-09-29 och följer med in till kuratorn första veckan.",
      "Elin skriver själv varje kväll i sitt dagboksblad hur dagen gått och tar med det till "
      "kuratorn, från 2025-09-29.")
    q("När ses vi igen?",
      "Vi träffas igen efter höstlovet.")
    fixed_core(d, "SIP Elin")
    d.save(OUT / "f68a-02.docx")


# ---------------------------------------------------------------- 03 txt CRLF blocks
def make_03():
    blocks = [
        ("DOKUMENT", "Samordnad individuell plan (SIP)\nExport från Treserva 2025-05-14 09:12\n"
                     "Enhet: Hemtjänst Laholm centrum\nBrukare: A., ÅÅMMDD-XXXX"),
        ("MÖTE", "Datum: 2025-05-13\nPlats: Brukarens hem, Laholm"),
        ("DELTAGARE", "A., brukare\n"
                      "Karin, enhetschef, Hemtjänst Laholm centrum, Laholms kommun\n"
                      "Yusuf, biståndshandläggare, Socialförvaltningen Laholms kommun\n"
                      "Maria, distriktssköterska, Vårdcentralen Laholm, Region Halland\n"
                      "Ingrid, sjuksköterska KOL-mottagningen, Vårdcentralen Laholm, Region Halland"),
        ("SYFTE", "Samordning av insatser."),
        ("FRÅGESTÄLLNINGAR", ""),
        ("BAKGRUND", "A. är 84 år och har svår KOL (syrgas i hemmet 16 tim/dygn sedan 2024) och "
                     "ångest som blivit värre under våren. Hon har larmat via trygghetslarmet "
                     "många gånger, oftast på nätterna när hon blir andfådd och rädd. Två "
                     "akutbesök på Hallands sjukhus Halmstad i april. Bor ensam i lägenhet "
                     "i centrala Laholm. Har hemtjänst tre gånger per dag."),
        ("MÅL", "Målet är att A. ska känna sig trygg i hemmet och att antalet akutbesök minskar."),
        ("INSATSER", "Fortsatt hemtjänst enligt gällande beslut.\n"
                     "Fortsatt kontakt med vårdcentralen.\n"
                     "Stöd vid oro och andfåddhet efter behov."),
        ("ANSVAR", "Hemtjänsten: Kommunen\nHälso- och sjukvård: Regionen"),
        ("HUVUDANSVAR", "Kommunen"),
        ("UPPFÖLJNING", "Planen följs upp om tre månader."),
    ]
    import textwrap
    lines = []
    for tag, body in blocks:
        lines.append(f"[{tag}]")
        for para in body.split("\n") if body else []:
            lines.extend(textwrap.wrap(para, 76) or [""])
        lines.append(f"[/{tag}]")
        lines.append("")
    data = "\r\n".join(lines) + "\r\n"
    (OUT / "f68a-03.txt").write_bytes(data.encode("utf-8"))


# ---------------------------------------------------------------- 04 md definition list
MD04 = """# SIP – Jonas, 24 år

**Landskrona stad, Individ- och familjeomsorgen, Vuxenenheten / Region Skåne, Beroendecentrum Landskrona**

**Datum för planen:** 2025-02-18

## Syfte

Jonas har använt cannabis och periodvis amfetamin sedan han var 17 och har under hösten 2024
förlorat sitt förstahandskontrakt på grund av störningar. Han bor nu tillfälligt hos en kompis.
Syftet med planen är att beroendevården, socialtjänsten och Arbetsförmedlingen ska dra åt samma
håll så att Jonas kan hålla sig drogfri, få ett eget boende och komma vidare mot arbete.

## Frågor vi behöver svar på

- Kan Jonas få ett boende med stöd (t.ex. träningslägenhet) om han har varit drogfri i tre månader?
- Hur ska vi göra med urinproverna så att Jonas inte behöver lämna dem på två ställen?
- Kan AF erbjuda en insats som passar parallellt med behandlingen?

## Jonas mål

> ”Jag vill vara ren, ha en egen lägenhet och ett jobb, helst något med bilar. Och jag vill att
> mamma ska kunna lita på mig igen.”

## Insatser

Öppenvårdsbehandling med återfallsprevention (KBT-baserad), en gång per vecka
: Ansvarig: behandlare, Beroendecentrum Landskrona, Region Skåne. När: tisdagar kl. 10, från 2025-02-25.

Urinprovskontroller, övervakade
: Ansvarig: sjuksköterska, Beroendecentrum Landskrona. När: två gånger per vecka från 2025-02-25.

Utredning och beslut om boende (träningslägenhet med boendestöd)
: Ansvarig: socialsekreterare, Vuxenenheten IFO Landskrona stad. När: utredning klar senast 2025-04-15.

Ekonomiskt bistånd och hjälp med budget
: Ansvarig: handläggare, Försörjningsenheten Landskrona stad. När: nytt möte 2025-03-04.

Inskrivning och kartläggning hos Arbetsförmedlingen, prova Rusta och matcha eller arbetsträning på bilverkstad
: Ansvarig: arbetsförmedlare, Arbetsförmedlingen Landskrona. När: kartläggningssamtal 2025-03-10.

Jonas egna åtaganden
: Ansvarig: Jonas. När: från 2025-02-18. Jonas kommer till behandlingen och urinproverna, tar inte med sig kompisar som använder till lägenheten, och ringer sin behandlare om han får ett återfall i stället för att hålla sig borta.

"""


def make_04():
    (OUT / "f68a-04.md").write_text(MD04, encoding="utf-8")


# ---------------------------------------------------------------- 05 landscape table
def set_cell_shading(cell, hexcolor):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def mark_header_row(row):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def make_05():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for m in ("left_margin", "right_margin"):
        setattr(sec, m, Cm(1.8))
    sec.top_margin = sec.bottom_margin = Cm(1.5)
    hp = sec.header.paragraphs[0]
    hp.text = "Ängelholms kommun – Socialförvaltningen, Barn och familj\tSIP\t2025-09-02"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Blankett SIP barn, version 2023-1"
    fp.runs[0].font.size = Pt(7)

    h = d.add_heading("Samordnad individuell plan – barn", level=1)
    d.add_paragraph("Barn: Noah, 8 år (ÅÅMMDD-XXXX)    Möte: 2025-09-02, Familjens hus Ängelholm")

    tbl = d.add_table(rows=1, cols=2)
    tbl.style = "Table Grid"
    hdr = tbl.rows[0].cells
    hdr[0].text = "Rubrik"
    hdr[1].text = "Innehåll"
    for c in hdr:
        c.paragraphs[0].runs[0].bold = True
        set_cell_shading(c, "D9E2F3")
    mark_header_row(tbl.rows[0])

    def row(title, paras=(), bullets=()):
        cells = tbl.add_row().cells
        cells[0].text = title
        cells[0].paragraphs[0].runs[0].bold = True
        first = True
        for ptxt in paras:
            if first:
                cells[1].paragraphs[0].text = ptxt
                first = False
            else:
                cells[1].add_paragraph(ptxt)
        for b in bullets:
            if first:
                par = cells[1].paragraphs[0]
                par.style = d.styles["List Bullet"]
                par.text = b
                first = False
            else:
                cells[1].add_paragraph(b, style="List Bullet")

    row("Deltagare", bullets=[
        "Linda, mamma (vårdnadshavare)",
        "Erik, socialsekreterare, Barn och familj, Socialförvaltningen Ängelholm",
        "Therese, specialpedagog, Elevhälsan, Ängelholms kommun (Noahs skola)",
        "Fredrik, läkare, BUP Ängelholm, Region Skåne",
        "Anna, sjuksköterska, BUP Ängelholm, Region Skåne",
    ])
    row("Bakgrund", [
        "Noah går i åk 2. Han fick diagnosen ADHD i våras på BUP Ängelholm och har nyligen börjat "
        "med medicin. Pappa avtjänar sedan mars 2025 ett fängelsestraff och Noah har sedan dess "
        "haft mer utbrott i skolan och svårt att sova. Mamma har ensam vårdnad och känner sig "
        "pressad. Mormor bor i närheten."])
    row("Syfte", [
        "Syftet är att BUP, skolan och socialtjänsten samordnar stödet till Noah och mamma så att "
        "Noah får en lugnare skoldag, att medicineringen följs upp och att Noah får hjälp att "
        "hantera att pappa sitter i fängelse."])
    row("Frågeställningar", [])
    row("Barnets mål", [])
    row("Samtycke", [
        "Mamma Linda har gett skriftligt samtycke till informationsutbyte mellan BUP, skolan och "
        "socialtjänsten på blankett ”Samtycke SIP” 2025-09-02."])
    row("Insatser och ansvar", bullets=[
        "Uppföljning av medicineringen, viktkontroll och blodtryck – sjuksköterska Anna, "
        "BUP Ängelholm, 2025-09-30",
        "Läkarbesök för dosjustering – läkare Fredrik, BUP Ängelholm, 2025-10-21",
        "Anpassningar i klassrummet (egen arbetsplats, bildschema, paus i rörelserummet) – "
        "specialpedagog Therese, Elevhälsan, från 2025-09-08",
        "Föräldrastöd till mamma (Komet) – Familjens hus Ängelholm, start 2025-10-06",
        "Samtalsstöd för Noah kring pappas fängelsevistelse – Barn och familj, Socialförvaltningen "
        "Ängelholm",
    ])
    row("Andra aktörer", [
        "Kriminalvården är informerad. Mormor finns med som stöd för familjen."])
    row("Huvudansvar", ["Socialtjänsten Ängelholm"])
    row("Uppföljning", [])
    for r in tbl.rows:
        r.cells[0].width = Cm(5)
        r.cells[1].width = Cm(21)
    d.save(OUT / "f68a-05.docx")


# ---------------------------------------------------------------- 06 follow-up, LO PDF
def make_06(tmp):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Varbergs kommun · Socialförvaltningen, Funktionsstöd\t\tUppföljning SIP"
    hp.runs[0].font.size = Pt(8)
    d.add_heading("Uppföljning av samordnad individuell plan", level=1)
    d.add_paragraph("Person: Karin, 52 år   Datum för uppföljningsmötet: 2025-10-07   "
                    "Plats: Karins hem i Varberg")
    d.add_heading("Syfte", level=2)
    d.add_paragraph("Uppföljning av SIP.")
    d.add_heading("Närvarande", level=2)
    d.add_paragraph("Karin, Ahmed, Lotta, Sofia, Göran")
    d.add_heading("Frågor till dagens möte", level=2)
    d.add_paragraph("Räcker hemtjänsten nu när Karin har fått sämre gångförmåga sedan skovet i augusti, "
                    "eller behövs fler besök på förmiddagen? Kan rullstolen bytas mot en elrullstol "
                    "så att Karin kan ta sig till affären själv? Hur ska tröttheten hanteras, behövs "
                    "ny bedömning hos neurologen?")
    d.add_heading("Insatser i föregående plan (2025-04-15)", level=2)
    rows = [
        ("Insats", "Ansvarig", "Status"),
        ("Hemtjänst morgon och kväll, personlig omvårdnad", "Hemtjänst Varberg söder", "Pågår"),
        ("Bedömning av bostadsanpassning badrum", "Arbetsterapeut, Varbergs kommun", "Klart, beviljad juni 2025"),
        ("Sjukgymnastik i bassäng 1 g/vecka", "Fysioterapeut, Rehab Varberg, Region Halland", "Avslutad i aug. p.g.a. skov"),
        ("Neurologbesök, bromsande behandling", "Neurologmottagningen, Hallands sjukhus Varberg", "Genomfört 2025-05-20"),
        ("Ledsagarservice 4 tim/månad", "Biståndshandläggare, Funktionsstöd", "Ej påbörjad"),
    ]
    t = d.add_table(rows=len(rows), cols=3)
    t.style = "Table Grid"
    for i, rw in enumerate(rows):
        for j, v in enumerate(rw):
            c = t.cell(i, j)
            c.text = v
            if i == 0:
                c.paragraphs[0].runs[0].bold = True
                set_cell_shading(c, "E7E6E6")
    mark_header_row(t.rows[0])
    d.add_heading("Karins syn", level=2)
    d.add_paragraph("Karin deltog i mötet hemma. Hon säger att hon är mycket tröttare än i våras och "
                    "att morgnarna är svårast. Hon önskar att hemtjänsten kommer lite senare på "
                    "morgonen och att hon får komma ut på egen hand oftare.")
    d.add_heading("Mål", level=2)
    d.add_paragraph("Målet är att Karin ska kunna bo kvar hemma med så stor självständighet som möjligt "
                    "och kunna förflytta sig utomhus på egen hand.")
    d.add_heading("Ny plan", level=2)
    d.add_paragraph("Biståndshandläggaren, Funktionsstöd Varbergs kommun, utreder utökad hemtjänst "
                    "med ett förmiddagsbesök och fattar beslut senast 2025-10-24. Ledsagarservicen "
                    "startas om; biståndshandläggaren kontaktar utföraren senast 2025-10-14.")
    d.add_paragraph("Arbetsterapeut, Rehab Varberg, Region Halland, gör en förskrivningsbedömning "
                    "av elrullstol vid hembesök 2025-10-21.")
    d.add_paragraph("MS-sjuksköterskan på Neurologmottagningen, Hallands sjukhus "
                    "Varberg, bokar ett extra neurologbesök om tröttheten och behandlingen, senast "
                    "2025-11-15.")
    d.add_paragraph("Enhetschefen, Hemtjänst Varberg söder, flyttar morgonbesöket till kl. 8.30 "
                    "från 2025-10-13.")
    d.add_heading("Huvudansvar", level=2)
    d.add_paragraph("Biståndshandläggare Ahmed, Funktionsstöd, Socialförvaltningen Varbergs kommun.")
    d.add_heading("Nästa uppföljning", level=2)
    d.add_paragraph("2025-12-09 kl. 10.00 hemma hos Karin. Ahmed kallar.")
    docx_path = tmp / "f68a-06.docx"
    d.save(docx_path)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-f68a", "--headless",
                    "--convert-to", "pdf", "--outdir", str(OUT), str(docx_path)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


# ---------------------------------------------------------------- 07 district nurse first person
def make_07():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    p = d.add_paragraph()
    r = p.add_run("SIP – Bertil, 79 år, Laholm")
    r.bold = True
    r.font.size = Pt(14)
    d.add_paragraph("2025-06-12")
    d.add_paragraph(
        "Bertil har diabetes typ 2 med insulin sedan 2019 och de senaste månaderna har minnet "
        "blivit sämre. Han har glömt insulinet flera gånger och en gång tagit dubbel dos. Jag var "
        "hemma hos honom 2025-06-10 tillsammans med hans dotter Eva. Bertil säger själv att han "
        "klarar sig bra men att han ibland inte kommer ihåg om han har tagit sprutan. Han vill "
        "absolut bo kvar hemma och vill inte ha \"folk springande hela dagarna\".")
    d.add_paragraph(
        "Jag har pratat med Eva och med hemtjänstens samordnare och med läkaren på vårdcentralen. "
        "Vi är överens om följande:")
    items = [
        "Jag har delegerat insulingivningen till Hemtjänst Laholm centrum. Hemtjänsten ger insulin "
        "morgon och kväll från 2025-06-16.",
        "Jag kommer hem till Bertil och tar långtidssocker (HbA1c) och går igenom blodsockerkurvan "
        "2025-07-08.",
        "Jag ringer minnesmottagningen och ber om en minnesutredning. Distriktsläkaren på "
        "Vårdcentralen Laholm skriver remissen.",
        "Eva tar över posten och räkningarna och hjälper Bertil att beställa matkassar varje "
        "fredag från och med 2025-06-13. Hon ringer mig om hon märker att han blir sämre.",
        "Bertil har själv lovat att ha glukosmätaren framme på köksbordet.",
    ]
    for it in items:
        d.add_paragraph(it, style="List Bullet")
    d.add_paragraph(
        "Jag har huvudansvaret för planen. Vi hörs igen om ungefär en månad, eller tidigare vid "
        "behov.")
    d.add_paragraph("")
    s = d.add_paragraph("Maria")
    d.add_paragraph("Distriktssköterska, Vårdcentralen Laholm, Region Halland")
    d.save(OUT / "f68a-07.docx")


# ---------------------------------------------------------------- 08 not a plan: notice of home visit
def make_08():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Helsingborgs stad · Socialförvaltningen · Barn och familj, mottagningsenheten"
    hp.runs[0].font.size = Pt(8)
    d.add_paragraph("Helsingborg 2025-11-03").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    d.add_paragraph("Till vårdnadshavare för Leo och Maja")
    h = d.add_paragraph()
    r = h.add_run("Meddelande om hembesök")
    r.bold = True
    r.font.size = Pt(15)
    d.add_paragraph("Hej!")
    d.add_paragraph(
        "Som vi pratade om i telefon förra veckan kommer vi hem till er för ett hembesök. "
        "Besöket är en del av den utredning som socialtjänsten har inlett enligt 11 kap. 1 § "
        "socialtjänstlagen efter den orosanmälan som kom från skolan i oktober.")
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    vals = [("Tid", "Torsdag 2025-11-13 kl. 15.30–16.30"),
            ("Plats", "Hemma hos er"),
            ("Vem kommer", "Socialsekreterare Hanna och socialsekreterare David, Barn och familj, "
                           "Helsingborgs stad"),
            ("Syfte med besöket", "Att träffa hela familjen i er hemmiljö, prata med er om hur ni "
                                  "har det och få träffa Leo och Maja en stund var för sig.")]
    for i, (a, b) in enumerate(vals):
        t.cell(i, 0).text = a
        t.cell(i, 0).paragraphs[0].runs[0].bold = True
        t.cell(i, 1).text = b
    d.add_paragraph("")
    d.add_paragraph(
        "Det är bra om båda vårdnadshavarna kan vara hemma och att barnen har kommit hem från "
        "skolan. Om tiden inte passar, hör av er så snart som möjligt så bokar vi en ny tid. "
        "Ni kan nå oss via växeln, Helsingborgs stad kontaktcenter.")
    d.add_paragraph("Ni har rätt att ha med er ett stöd, till exempel en släkting eller vän, under besöket.")
    d.add_paragraph("Vänliga hälsningar")
    d.add_paragraph("Hanna\nSocialsekreterare\nBarn och familj, mottagningsenheten\nSocialförvaltningen, Helsingborgs stad")
    d.save(OUT / "f68a-08.docx")


def main():
    tmp = HERE / "_tmp"
    tmp.mkdir(exist_ok=True)
    make_01()
    make_02()
    make_03()
    make_04()
    make_05()
    make_06(tmp)
    make_07()
    make_08()
    shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
