#!/usr/bin/env python
"""Generate batch fresh-80b (prefix f80b-): seven fictional SIP plans and one non-plan.
Region: Halland, Kronoberg, Kalmar län. Deterministic. Run with /work/batches/.venv/bin/python."""
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f80b"
LO_PROFILE = "file:///tmp/lo-f80b"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_I = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"


def path(n, ext):
    return os.path.join(OUT, f"{PREFIX}-{n:02d}.{ext}")


def fixed_core(doc, title, author="", when="2025-01-01T08:00:00"):
    import datetime as dt
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = dt.datetime.fromisoformat(when)
    cp.modified = dt.datetime.fromisoformat(when)
    cp.revision = 1


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def cell_text(cell, text, bold=False, size=None, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    return cell


def soffice_pdf(docx_path, pdf_target):
    tmp = tempfile.mkdtemp(prefix="f80b-lo-")
    subprocess.run(
        ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
         "--convert-to", "pdf", "--outdir", tmp, docx_path],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    produced = os.path.join(tmp, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
    shutil.move(produced, pdf_target)
    shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------------------
# 01  fpdf2 landscape matrix: Nuläge | Planerat / överenskommet, Halmstad
# ---------------------------------------------------------------------------
class MatrixPDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 8)
        self.set_text_color(80, 80, 80)
        self.cell(95, 5, "Region Halland · Vårdplanering – SIP-modul", align="L")
        self.cell(95, 5, "Utskriftsdatum 2025-03-05 09:12", align="C")
        self.cell(0, 5, f"Sida {self.page_no()} ({{nb}})", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(120, 120, 120)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, "Utskriften är en kopia. Gällande version finns i vårdplaneringssystemet.", align="C")


def make_01():
    import datetime as dt
    pdf = MatrixPDF(orientation="L", unit="mm", format="A4")
    pdf.set_creation_date(dt.datetime(2025, 3, 5, 9, 12, tzinfo=dt.timezone.utc))
    pdf.set_title("SIP – översikt")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_font("DejaVu", "I", FONT_I)
    pdf.set_auto_page_break(True, margin=16)
    pdf.set_margins(12, 10, 12)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 8, "Samordnad individuell plan (SIP) – översikt", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    # boxed identity fields
    y = pdf.get_y() + 1
    boxes = [("Patient/brukare", "K., man 34 år"), ("Personnummer", "ÅÅMMDD-XXXX"),
             ("Mötesdatum", "2025-03-04"), ("Plats", "Psykiatriska kliniken Halmstad, avd. 12")]
    x = pdf.l_margin
    widths = [60, 45, 40, 128]
    for (lab, val), w in zip(boxes, widths):
        pdf.rect(x, y, w, 11)
        pdf.set_xy(x + 1.5, y + 0.8)
        pdf.set_font("DejaVu", "", 6.5)
        pdf.cell(w - 3, 3.5, lab)
        pdf.set_xy(x + 1.5, y + 4.8)
        pdf.set_font("DejaVu", "", 9.5)
        pdf.cell(w - 3, 5, val)
        x += w + 0
    pdf.set_y(y + 15)

    rows = [
        ("Syfte med SIP",
         "K. har vårdats inneliggande sedan 2025-02-03 efter ett psykotiskt skov. Utskrivning planeras till 2025-03-06.",
         "Att samordna psykiatrins och socialtjänstens insatser när K. skrivs ut från avd. 12, så att boende, "
         "medicinering och ekonomi är ordnade från första dagen hemma och risken för en ny inläggning minskar."),
        ("Frågeställningar", "", ""),
        ("Den enskildes mål", "",
         "Målet är att K. ska kunna bo kvar i sin lägenhet på Andersberg och ta sin medicin utan påminnelse."),
        ("Psykiatrisk behandling",
         "Depåinjektion given på avdelningen 2025-02-20. Fortfarande viss misstänksamhet och sömnstörning.",
         "Depåinjektion var 14:e dag på Psykiatriska öppenvårdsmottagningen Halmstad. Ansvarig: sjuksköterska (PAM). "
         "Första injektion efter utskrivning 2025-03-06. Läkarbesök hos ansvarig psykiater 2025-03-27."),
        ("Boende och vardag",
         "Ansökan om boendestöd inlämnad 2025-02-25. Lägenheten har stått tom i en månad, kylskåpet behöver tömmas.",
         "Boendestöd två gånger per vecka (tisdag och fredag) från Boendestödet, Vuxenenheten Halmstads kommun, "
         "med start vecka 11. Ansvarig: biståndshandläggare vuxenenheten. Beslut fattas senast 2025-03-07."),
        ("Ekonomi",
         "Hyresskuld ca 14 000 kr och flera obetalda räkningar. Ingen inkomst under februari.",
         "Genomgång av skulder och upprättande av en budget hos Budget- och skuldrådgivningen, Halmstads kommun. "
         "Ansvarig: handläggare ekonomiskt bistånd, Socialförvaltningen Halmstad."),
        ("Somatisk hälsa",
         "Viktuppgång 9 kg sedan i höstas. Blodprover inte tagna sedan augusti 2024.",
         "Provtagning (blodfetter, blodsocker) och viktkontroll på Vårdcentralen Andersberg. "
         "Ansvarig: distriktssköterska. Tid 2025-04-10."),
        ("Huvudansvar för planen", "Ej utsett.", "Ej utsett – tas upp vid uppföljningen."),
        ("Uppföljning", "",
         "Torsdag 2025-04-24 kl. 13.30, Psykiatriska öppenvårdsmottagningen Halmstad. "
         "Kallelse skickas av sjuksköterskan på öppenvården."),
        ("Deltagare vid mötet", "",
         "Kurator, Psykiatriska kliniken Halmstad avd. 12\n"
         "Överläkare, Psykiatriska kliniken Halmstad avd. 12\n"
         "Sjuksköterska (PAM), Psykiatriska öppenvårdsmottagningen Halmstad\n"
         "Biståndshandläggare, Vuxenenheten, Socialförvaltningen Halmstad\n"
         "Handläggare ekonomiskt bistånd, Socialförvaltningen Halmstad"),
    ]
    pdf.set_font("DejaVu", "", 8.5)
    head = FontFace(emphasis="BOLD", fill_color=(215, 228, 240))
    with pdf.table(col_widths=(48, 95, 130), headings_style=head, repeat_headings=1,
                   line_height=4.6, padding=1.6, text_align="LEFT",
                   first_row_as_headings=True) as table:
        r = table.row()
        for h in ("Del av planen", "Nuläge", "Planerat / överenskommet"):
            r.cell(h)
        for part, now, plan in rows:
            r = table.row()
            r.cell(part, style=FontFace(emphasis="BOLD"))
            r.cell(now)
            r.cell(plan)
        r = table.row()
        r.cell("Underskrifter", style=FontFace(emphasis="BOLD"))
        r.cell("Kurator avd. 12\n\n______________________________\nDatum 2025-03-04")
        r.cell("Biståndshandläggare, Vuxenenheten\n\n______________________________\nDatum 2025-03-04")
    pdf.output(path(1, "pdf"))


# ---------------------------------------------------------------------------
# 02  docx follow-up, Varberg, child with school refusal and anxiety
# ---------------------------------------------------------------------------
def make_02():
    doc = Document()
    fixed_core(doc, "Uppföljning av SIP", "Elevhälsan", "2025-10-14T16:20:00")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Varbergs kommun · Södra skolan, Elevhälsan\tSIP – uppföljning\t2025-10-14"
    for r in hp.runs:
        r.font.size = Pt(8)
        r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    fp = sec.footer.paragraphs[0]
    fp.text = "Dokumentet förvaras i elevakten. Kopia till vårdnadshavare."
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for r in fp.runs:
        r.font.size = Pt(8)

    doc.add_heading("Uppföljning av SIP", level=1)
    p = doc.add_paragraph()
    p.add_run("Elev: ").bold = True
    p.add_run("L., åk 5\t")
    p.add_run("Datum: ").bold = True
    p.add_run("2025-10-14\t")
    p.add_run("Plats: ").bold = True
    p.add_run("BUP Varberg")
    p = doc.add_paragraph()
    p.add_run("Syfte: ").bold = True
    p.add_run("Uppföljning.")
    p = doc.add_paragraph()
    p.add_run("Närvarande: ").bold = True
    p.add_run("L., mamma Sofie, pappa Daniel, Maria, Erik, Johanna och Petra.")
    p = doc.add_paragraph()
    p.add_run("Samtycke: ").bold = True
    p.add_run("Samtycke finns.")
    p = doc.add_paragraph()
    p.add_run("Inför dagens möte: ").bold = True
    p.add_run("Hur ska L:s skoldagar läggas upp efter höstlovet – ska hon fortsätta börja kl. 9.00 i studion "
              "eller gå över till ordinarie klass på förmiddagarna? Behöver beslutet om anpassad studiegång "
              "förlängas, och ska familjebehandlingen fortsätta efter december?")

    doc.add_heading("Det vi bestämde förra gången och hur det blev", level=2)
    past = [
        ("Mentor gör ett schema där L. börjar kl. 9.00 i studion (lilla gruppen) tre dagar i veckan, från v. 35.",
         "Genomfört. L. har varit i studion 11 av 15 planerade dagar. Svårast på måndagar."),
        ("Skolsköterskan ringer hem de dagar L. inte kommer, före kl. 9.30.",
         "Har fungerat, men ibland har det blivit efter lunch. Mamma upplever samtalen som stöttande."),
        ("Psykolog på BUP Varberg startar KBT med fokus på oro kring skolan, varannan vecka.",
         "Startade 2025-09-03. L. har varit på fem av sex tillfällen."),
        ("Familjebehandlare, Barn och familj, Socialtjänsten Varberg, träffar familjen hemma varje vecka.",
         "Pågår. Fokus har varit morgonrutiner och sömn."),
        ("Rektor tar ställning till anpassad studiegång i idrott och musik.",
         "Beslut fattat 2025-09-12, gäller t.o.m. 2025-11-30."),
    ]
    t = doc.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = t.rows[0]
    set_repeat_header(hdr)
    for c, txt in zip(hdr.cells, ("Det vi bestämde förra gången", "Så här blev det")):
        cell_text(c, txt, bold=True)
        shade(c, "E2EFD9")
    for a, b in past:
        row = t.add_row()
        cell_text(row.cells[0], a, size=10)
        cell_text(row.cells[1], b, size=10)
    for row in t.rows:
        row.cells[0].width = Cm(8.3)
        row.cells[1].width = Cm(8.3)

    doc.add_heading("Hur L. har det nu", level=2)
    doc.add_paragraph(
        "L. berättade själv att det har blivit lättare att komma till skolan de dagar hon får börja i studion, "
        "men att matsalen och omklädningsrummet fortfarande är det jobbigaste. Hon tycker att det är bra att träffa "
        "psykologen och vill inte byta. Föräldrarna ser att morgnarna har blivit lugnare, men att magont på "
        "söndagskvällar är kvar. Skolan ser att L. är mer aktiv på lektionerna när hon väl är på plats.")
    doc.add_paragraph("Målet är fortfarande att L. ska vara i skolan alla förmiddagar, och på sikt hela dagar.")

    doc.add_heading("Nya överenskommelser", level=2)
    agreements = [
        "Mentor på Södra skolan gör ett nytt schema där L. börjar kl. 9.00 i studion måndag och fredag och går "
        "direkt till klassen tisdag–torsdag. Schemat ska vara klart och skickat hem senast måndag 3 november.",
        "Specialpedagogen, Elevhälsan Södra skolan, tar fram underlag så att rektor kan fatta nytt beslut om "
        "anpassad studiegång i idrott före den 28 november. Musiken tas bort ur beslutet.",
        "Skolsköterskan fortsätter att ringa hem före kl. 9.30 de dagar L. inte kommer, t.o.m. jullovet.",
        "Psykolog på BUP Varberg fortsätter KBT varannan onsdag kl. 15.00 t.o.m. 17 december och lägger in "
        "exponering för matsalen i behandlingen.",
        "Familjebehandlaren, Barn och familj, Socialtjänsten Varberg, fortsätter hembesöken varje torsdag "
        "t.o.m. vecka 50 och gör en förnyad bedömning av behovet inför den 2 december.",
    ]
    for a in agreements:
        doc.add_paragraph(a)

    p = doc.add_paragraph()
    p.add_run("Nästa uppföljning: ").bold = True
    p.add_run("tisdag 2 december 2025 kl. 14.00 i Södra skolans konferensrum. Mentor bokar rummet.")
    doc.add_paragraph()
    p = doc.add_paragraph("Antecknat av: Maria, specialpedagog")
    p.runs[0].italic = True
    doc.save(path(2, "docx"))


# ---------------------------------------------------------------------------
# 03  txt export from a tablet app, emoji headings, UTF-8, Falkenberg
# ---------------------------------------------------------------------------
def make_03():
    text = """SIP – M. (22 år)
Falkenbergs kommun · exporterad från SIP-appen 2025-05-12 14:37
Mötesdatum: 2025-05-12
Syfte: Samordning

────────────────────────────

🎯 Mål
• "Jag vill ha en egen lägenhet och något att göra på dagarna, men inte
  med för många människor runt mig." (sa M. till boendestödjaren förra
  veckan)
• M. var inte med idag.

👥 Deltagare
• LSS-handläggare
• Boendestödjare
• Sjuksköterska
• Arbetsterapeut

🤝 Vem gör vad
• Stöd i vardagen vid behov – Kommunen
• Fortsatt kontakt – Regionen
• Se över boendefrågan – Kommunen
• Titta på daglig verksamhet framöver – Kommunen
• Fortsatt stöd kring ångesten – Regionen

📅 Uppföljning
• Om ca 3 månader

📝 Anteckningar
• Bra möte. Alla är överens om att M. behöver mer struktur i vardagen
  och att det är viktigt att inte stressa fram en flytt.
• Boendestödjaren har bäst kontakt med M. just nu.

────────────────────────────
Skapad i SIP-appen v2.4 · Falkenberg
"""
    with open(path(3, "txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# ---------------------------------------------------------------------------
# 04  Markdown, one table per principal with status, Växjö
# ---------------------------------------------------------------------------
def make_04():
    md = """# Samordnad individuell plan – P., Växjö

**Mötesdatum:** 2025-03-11
**Plats:** Beroendecentrum Växjö, samtalsrum 2
**Upprättad av:** Emma, socialsekreterare

## Syfte

Syftet med SIP:en är att samordna behandlingen av P:s alkoholberoende och depression på
Beroendecentrum Växjö med socialtjänstens boendestöd och ekonomiska bistånd, eftersom P.
har fått två varningar från hyresvärden under vintern och riskerar att förlora sin lägenhet.

## Frågeställningar

Gå igenom läget och insatserna.

## Den enskildes delaktighet

P. var inte med på mötet. Hans handläggare framförde att P. önskar byta behandlare på
Beroendecentrum och att han inte vill ha hembesök före kl. 10.

## Samtycke

P. har lämnat skriftligt samtycke till att socialtjänsten, Beroendecentrum Växjö och
Vårdcentralen Teleborg delar information med varandra inför och under SIP.
Samtyckesblanketten undertecknades 2025-03-04 och finns i akten hos Vuxenenheten.

## Insatser

Status: ✅ pågår/klart · ⏳ planerat · ❌ inte startat

### Växjö kommun

| Insats | Ansvarig | När | Status |
|---|---|---|---|
| Boendestöd 2 ggr/vecka, fokus på ekonomi och post | Boendestödet, Vuxenenheten IFO | Start 2025-03-17 | ⏳ |
| Ekonomiskt bistånd för mars, inklusive hyran | Handläggare ekonomiskt bistånd, IFO | Beslut senast 2025-03-14 | ✅ |
| Kontakt med hyresvärden om avbetalningsplan | Socialsekreterare, Vuxenenheten IFO | — | ❌ |
| Utredning av behov av öppenvårdsprogram (Nya Vägen) | Socialsekreterare, Vuxenenheten IFO | Klar 2025-04-11 | ⏳ |

### Region Kronoberg

| Insats | Ansvarig | När | Status |
|---|---|---|---|
| Byte av behandlare och fortsatta samtal (återfallsprevention) | Enhetschef, Beroendecentrum Växjö | Ny behandlare utsedd senast 2025-03-21 | ⏳ |
| Antabus under övervakning 3 ggr/vecka | Sjuksköterska, Beroendecentrum Växjö | Mån, ons, fre från 2025-03-12 | ✅ |
| Läkarbesök, utvärdering av antidepressiv medicinering | Distriktsläkare, Vårdcentralen Teleborg | Besök 2025-04-02 | ⏳ |
| Leverprover | Sjuksköterska, Vårdcentralen Teleborg | Vecka 13 | ❌ |

### Övriga aktörer

| Insats | Ansvarig | När | Status |
|---|---|---|---|
| Aktivitetsstöd – P. skickar in aktivitetsrapport varje månad | P. själv (Försäkringskassan betalar ut) | Senast den 14:e varje månad | ✅ |
| Kartläggning inför rustande insats | Arbetsförmedlare, Arbetsförmedlingen Växjö | Möte 2025-03-26 | ⏳ |

## Huvudansvar

Emma, socialsekreterare, Vuxenenheten IFO, Växjö kommun.

## Övrigt

Beroendecentrum skickar en kopia av planen till P. med post.
"""
    with open(path(4, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ---------------------------------------------------------------------------
# 05  docx -> PDF via LibreOffice, elderly woman with dementia, Ljungby
# ---------------------------------------------------------------------------
def make_05():
    doc = Document()
    fixed_core(doc, "SIP Ljungby", "Äldreomsorgen Ljungby", "2025-06-17T15:05:00")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hp.text = "Ljungby kommun – Äldreomsorgen\t\tSamordnad individuell plan"
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Region Kronoberg och Ljungby kommun – gemensam mall för SIP, version 2024"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for r in fp.runs:
        r.font.size = Pt(7)

    h = doc.add_paragraph()
    r = h.add_run("SAMORDNAD INDIVIDUELL PLAN (SIP)")
    r.bold = True
    r.font.size = Pt(14)
    doc.add_paragraph("Enligt 2 kap. 7 § socialtjänstlagen och 16 kap. 4 § hälso- och sjukvårdslagen").runs[0].font.size = Pt(8)

    parts = [
        ("1. Uppgifter om den enskilde", [
            ("Namn", "E."),
            ("Personnummer", "ÅÅMMDD-XXXX"),
            ("Bor", "Eget hus i Lagan, Ljungby kommun, ensamboende"),
            ("Närstående", "Dottern Karin (bor i Ljungby)"),
            ("God man", "Lars, förordnad 2024 för att bevaka rätt och förvalta egendom"),
        ]),
        ("2. Mötet", [
            ("Datum", "2025-06-17"),
            ("Plats", "Vårdcentralen Lagan"),
            ("Deltagare",
             "Biståndshandläggare, Äldreomsorgen Ljungby kommun (sammankallande)\n"
             "Demenssjuksköterska, Ljungby kommun\n"
             "Enhetschef, Hemtjänsten Lagan\n"
             "Distriktsläkare, Vårdcentralen Lagan\n"
             "Arbetsterapeut, Rehab Ljungby kommun\n"
             "Karin, dotter\n"
             "Lars, god man"),
        ]),
        ("3. Syfte med planen", [
            ("Syfte",
             "E. har en medelsvår Alzheimersjukdom och har under våren gått vilse två gånger och glömt att äta. "
             "Planen ska samordna hemtjänst, hemsjukvård, vårdcentral och dagverksamhet så att E. kan bo kvar "
             "tryggt i sitt hus över sommaren och hösten, och så att Karin vet vem hon ska vända sig till."),
        ]),
        ("4. Frågeställningar", [
            ("Frågor inför mötet", "Diskutera läget inför hösten."),
        ]),
        ("5. Den enskildes delaktighet och mål", [
            ("Deltog den enskilde?",
             "Nej. E. blir orolig och förvirrad i nya miljöer och när många människor pratar samtidigt, och "
             "Karin och demenssjuksköterskan bedömde tillsammans att mötet skulle bli för påfrestande för henne."),
            ("Den enskildes synpunkter",
             "Karin pratade med E. i lugn och ro hemma två dagar före mötet och förmedlade hennes synpunkter: "
             "E. vill bo kvar i huset, vill gärna ha samma personal från hemtjänsten, vill inte vara på "
             "dagverksamheten mer än två dagar i veckan och vill fortsätta gå till affären med Karin på lördagarna."),
            ("Mål", "Målet är att E. ska kunna bo kvar i sitt hus i Lagan så länge det är tryggt för henne."),
        ]),
        ("6. Insatser", [
            ("Hemtjänst",
             "Besök fyra gånger per dag med tillsyn, hjälp med måltider och påminnelse om medicin. "
             "Ansvar: Hemtjänsten Lagan, enhetschef. Utökning från tre till fyra besök fr.o.m. 2025-06-23."),
            ("Dagverksamhet",
             "Dagverksamhet för personer med demenssjukdom, Solgläntan, tisdag och torsdag med färdtjänst. "
             "Ansvar: biståndshandläggare, Äldreomsorgen. Start 2025-08-19."),
            ("Läkemedel",
             "Dosdispenserade läkemedel och läkemedelsgenomgång. Ansvar: distriktsläkare, Vårdcentralen Lagan, "
             "genomgång 2025-07-08."),
            ("Trygghetslarm och GPS-larm",
             "Utprovning av GPS-larm och översyn av trygghetslarmet. Ansvar: arbetsterapeut, Rehab Ljungby kommun."),
            ("Hemsjukvård",
             "Demenssjuksköterskan gör hembesök en gång i månaden och följer upp oro, sömn och vikt. "
             "Ansvar: demenssjuksköterska, Ljungby kommun. Första besök 2025-06-26."),
        ]),
        ("7. Andra aktörers insatser", [
            ("Dottern Karin",
             "Handlar med E. varje lördag, följer med på besöken på vårdcentralen och är kontaktperson för "
             "hemtjänsten vid oro."),
            ("God man Lars",
             "Betalar räkningar varje månad, ansöker om bostadstillägg hos Pensionsmyndigheten före 2025-07-31 och "
             "sköter kontakten med banken."),
        ]),
        ("8. Huvudansvar och uppföljning", [
            ("Huvudansvarig för planen", "Hemtjänsten Lagan"),
            ("Uppföljning", "Om ca tre månader, i september. Tidigare vid behov."),
        ]),
    ]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for title, fields in parts:
        row = t.add_row()
        m = row.cells[0].merge(row.cells[1])
        cell_text(m, title, bold=True, size=10.5)
        shade(m, "D9D9D9")
        for lab, val in fields:
            row = t.add_row()
            cell_text(row.cells[0], lab, bold=True, size=9.5)
            cell_text(row.cells[1], val, size=9.5)
    t.autofit = False
    grid = t._tbl.tblGrid.findall(qn("w:gridCol"))
    for gc, w in zip(grid, (Cm(5), Cm(12))):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in t.rows:
        if row.cells[0]._tc is row.cells[1]._tc:
            row.cells[0].width = Cm(17)
        else:
            row.cells[0].width = Cm(5)
            row.cells[1].width = Cm(12)
    doc.add_paragraph()
    doc.add_paragraph("Planen är upprättad 2025-06-17 av Annika, biståndshandläggare, Äldreomsorgen Ljungby kommun. "
                      "Kopia till Karin och god man.")
    tmpdir = tempfile.mkdtemp(prefix="f80b-05-")
    dpath = os.path.join(tmpdir, f"{PREFIX}-05.docx")
    doc.save(dpath)
    soffice_pdf(dpath, path(5, "pdf"))
    shutil.rmtree(tmpdir, ignore_errors=True)


# ---------------------------------------------------------------------------
# 06  docx conversation with a young person, Kalmar
# ---------------------------------------------------------------------------
def make_06():
    doc = Document()
    fixed_core(doc, "Min SIP – Noah", "Ungdomsenheten Kalmar", "2025-05-20T17:00:00")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Kalmar kommun · Socialförvaltningen · Ungdomsenheten"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(8)

    doc.add_heading("Min plan – SIP", level=1)
    p = doc.add_paragraph()
    p.add_run("Noah, 16 år. ").bold = True
    p.add_run("Möte 2025-05-20 på Ungdomsenheten i Kalmar. Planen är skriven som samtalet mellan samordnaren och Noah.")

    def qa(q, a, note=None):
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(2)
        r = p.add_run("Samordnaren: " + q)
        r.bold = True
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.8)
        p.add_run("– " + a)
        if note:
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Cm(0.8)
            r = p.add_run(note)
            r.italic = True
            r.font.size = Pt(9)

    qa("Är det okej att vi som sitter här pratar med varandra om dig och delar det vi vet?",
       "Ja, det är okej. Men inte med tränaren.",
       "Noah och mamma gav muntligt samtycke på mötet 2025-05-20, gäller skolan, BUP, Mini-Maria och socialtjänsten.")
    qa("Vad vill du att vi ska reda ut i dag?",
       "Om jag kan byta medicin eller ta den senare, och vad jag har kvar att ta igen i skolan. Och om man kan få hjälp hemma.")
    qa("Hur har du det just nu?",
       "Det är mycket bråk hemma och jag har skolkat en del sedan påsk. Jag röker på ibland, mest på helgerna "
       "med kompisar. Medicinen tar jag inte alltid för den gör att jag inte är hungrig.")
    qa("Vad vill du ska hända?",
       "Jag vill klara ettan på gymnasiet och slippa bråka med mamma hela tiden. Och jag vill sluta röka på "
       "innan det blir grej av det.")
    qa("Vad tycker du om att lämna prover?",
       "Det är okej om det är på Mini-Maria och inte i skolan. Ingen i klassen ska veta.")
    qa("Vad behöver du från skolan?",
       "Att någon hjälper mig med vilka kurser jag måste ta igen. Jag fattar inte vad jag har kvar i matten och engelskan.")
    qa("Hur är det med medicinen?",
       "Jag vill prova något annat, eller ta den senare på dagen.")
    qa("Vad gör mamma?",
       "Mamma säger att hon finns med och stöttar.")
    qa("Vem håller ihop det här?",
       "Socialtjänsten gör det, sa vi.")
    qa("När ses vi igen?",
       "Efter sommarlovet, i slutet av augusti när skolan har börjat.")

    doc.add_heading("Vem gör vad", level=2)
    rows = [
        ("Behandlare, Mini-Maria Kalmar", "Samtal om cannabis (MI och återfallsprevention) och urinprov",
         "Varje tisdag kl. 15.30, från 2025-05-27"),
        ("Läkare, BUP Kalmar", "Ser över ADHD-medicinen tillsammans med Noah",
         "Läkarbesök 2025-06-10"),
        ("Kurator och studievägledare, Elevhälsan på gymnasiet", "Går igenom vilka kurser Noah behöver ta igen och gör en plan",
         "Möte med Noah 2025-06-04"),
        ("Socialsekreterare, Ungdomsenheten", "Utreder familjebehandling för Noah och mamma",
         "Beslut senast 2025-06-30"),
    ]
    t = doc.add_table(rows=1, cols=3)
    t.style = "Light Grid Accent 1"
    set_repeat_header(t.rows[0])
    for c, h in zip(t.rows[0].cells, ("Vem", "Gör vad", "När")):
        cell_text(c, h, bold=True)
    for a, b, c in rows:
        r = t.add_row().cells
        cell_text(r[0], a, size=10)
        cell_text(r[1], b, size=10)
        cell_text(r[2], c, size=10)
    doc.add_paragraph()
    doc.add_paragraph("Noah får en egen kopia av planen. Samordnaren skickar den till mamma med post.").runs[0].font.size = Pt(9)
    doc.save(path(6, "docx"))


# ---------------------------------------------------------------------------
# 07  docx bold-label paragraphs, no headings, Västervik
# ---------------------------------------------------------------------------
def make_07():
    doc = Document()
    fixed_core(doc, "SIP B.", "Socialförvaltningen Västervik", "2025-09-09T11:40:00")
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Västerviks kommun, Socialförvaltningen – Vuxenenheten"
    for r in hp.runs:
        r.font.size = Pt(9)
        r.font.small_caps = True

    def lp(label, text):
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(8)
        r = p.add_run(label)
        r.bold = True
        p.add_run(" – " + text)
        return p

    lp("Samordnad individuell plan", "B., kvinna 52 år, Gamleby.")
    lp("Datum och plats", "2025-09-09, Vårdcentralen Gamleby.")
    lp("Närvarande", "socialsekreterare, distriktsläkare, fysioterapeut och rehabkoordinator.")
    lp("Syfte", "Syftet är att vårdcentralen och socialtjänsten ska få en gemensam bild av B:s situation efter "
       "två års sjukskrivning för långvarig smärta och depression, och komma överens om hur hennes försörjning "
       "och sysselsättning ska hanteras när sjukpenningen upphör i november.")
    lp("Frågeställningar", "Kan B. påbörja någon form av arbetsträning under hösten, och vem ska i så fall ha "
       "kontakten med Försäkringskassan inför avstämningsmötet? Behöver B. ansöka om ekonomiskt bistånd från december?")
    lp("Bakgrund", "B. har haft kontakt med vårdcentralen sedan 2022 för smärta i rygg och nacke, och har behandlats "
       "för depression sedan hösten 2023. Hon har tidigare arbetat som undersköterska i hemtjänsten. Hon bor ensam, "
       "har en vuxen son i Västervik och har inte haft kontakt med socialtjänsten tidigare. Rehabkoordinatorn "
       "berättade att B. har svårt att sitta eller stå mer än 20 minuter åt gången och att hon sover dåligt.")
    lp("Samtycke", "Samtycke finns.")
    lp("Insatser", "Fortsatt kontakt och stöd som tidigare. Smärtbehandlingen och den antidepressiva "
       "behandlingen fortsätter enligt tidigare ordination. Stöd vid behov när det gäller ekonomin. Möjligheten "
       "till någon form av sysselsättning eller arbetsträning ses över längre fram, när smärtan är bättre "
       "inställd. Fysioterapi kan bli aktuellt igen om det behövs. Kontakt med Försäkringskassan och eventuellt "
       "Arbetsförmedlingen kan bli aktuell under hösten. Hjälpmedel ses över vid behov.")
    lp("Huvudansvar", "Lena, socialsekreterare på Vuxenenheten, Socialförvaltningen Västerviks kommun.")
    lp("Övrigt", "Planen skickas till B. efter mötet. Mötet avslutades kl. 11.15.")
    p = doc.add_paragraph()
    r = p.add_run("Antecknat av")
    r.bold = True
    p.add_run(" – Lena, socialsekreterare.")
    doc.save(path(7, "docx"))


# ---------------------------------------------------------------------------
# 08  NOT a plan: evaluation questionnaire after a SIP meeting, Oskarshamn
# ---------------------------------------------------------------------------
def make_08():
    doc = Document()
    fixed_core(doc, "Utvärdering av SIP-mötet", "SIP-samordnare Oskarshamn", "2025-11-12T10:00:00")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Oskarshamns kommun och Region Kalmar län · Gemensam utvärdering av SIP"
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Svaren sammanställs anonymt och används för att förbättra hur vi håller SIP-möten."
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for r in fp.runs:
        r.font.size = Pt(8)

    doc.add_heading("Utvärdering av SIP-mötet", level=1)
    doc.add_paragraph(
        "Du har nyligen deltagit i ett möte om en samordnad individuell plan (SIP). Vi vill gärna veta vad du "
        "tyckte om mötet. Det tar ungefär fem minuter att svara. Du behöver inte skriva ditt namn. "
        "Skicka tillbaka blanketten i det frankerade svarskuvertet senast 2025-11-21.")
    p = doc.add_paragraph()
    p.add_run("Mötet hölls: ").bold = True
    p.add_run("2025-11-05, Oskarshamns sjukhus")
    p = doc.add_paragraph()
    p.add_run("Jag deltog som: ").bold = True
    p.add_run("☐ den som planen gäller   ☒ närstående   ☐ personal kommun   ☐ personal region   ☐ annan")

    doc.add_heading("Del 1. Sätt ett kryss för det som stämmer bäst", level=2)
    doc.add_paragraph("1 = stämmer inte alls, 5 = stämmer helt").runs[0].italic = True
    qs = [
        ("Jag fick veta i god tid vad mötet skulle handla om.", 2),
        ("Jag förstod varför jag var kallad till mötet.", 4),
        ("Alla presenterade sig och sa vilken verksamhet de kom från.", 5),
        ("Den som planen gäller fick komma till tals.", 4),
        ("Mina synpunkter blev lyssnade på.", 3),
        ("Det blev tydligt vem som ska göra vad efter mötet.", 3),
        ("Jag vet vem jag ska kontakta om något inte fungerar.", 2),
        ("Mötet var lagom långt.", 4),
        ("Jag tror att samarbetet kommer att bli bättre efter mötet.", 3),
    ]
    t = doc.add_table(rows=1, cols=6)
    t.style = "Table Grid"
    set_repeat_header(t.rows[0])
    for c, h in zip(t.rows[0].cells, ("Påstående", "1", "2", "3", "4", "5")):
        cell_text(c, h, bold=True, size=10)
        shade(c, "DEEAF6")
    for i, (q, v) in enumerate(qs, 1):
        r = t.add_row().cells
        cell_text(r[0], f"{i}. {q}", size=10)
        for k in range(1, 6):
            cell_text(r[k], "☒" if k == v else "☐", size=11)
            r[k].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for row in t.rows:
        row.cells[0].width = Cm(10)
        for k in range(1, 6):
            row.cells[k].width = Cm(1.2)

    doc.add_heading("Del 2. Skriv gärna med egna ord", level=2)
    free = [
        ("Vad var bra med mötet?",
         "Att alla satt i samma rum för en gångs skull och att läkaren från psykiatrin var med. "
         "Min bror fick säga vad han tyckte utan att bli avbruten."),
        ("Vad kunde ha varit bättre?",
         "Kallelsen kom bara tre dagar innan. Vi visste inte att vi skulle få prata om ekonomin och hade inte "
         "med oss några papper. Det var svårt att hänga med när alla förkortningarna användes."),
        ("Fick du en kopia av planen efter mötet?",
         "Inte än."),
        ("Övriga synpunkter",
         "Skönt att det finns ett sånt här möte. Men det hade varit bra med en namnlista på vilka som var där."),
    ]
    for q, a in free:
        p = doc.add_paragraph()
        p.add_run(q).bold = True
        p = doc.add_paragraph(a)
        p.paragraph_format.left_indent = Cm(0.6)
        p.runs[0].italic = True

    doc.add_paragraph()
    doc.add_paragraph("Tack för din medverkan! /SIP-samordnarna i Oskarshamn").runs[0].font.size = Pt(9)
    doc.save(path(8, "docx"))


def main():
    os.makedirs(OUT, exist_ok=True)
    make_01()
    make_02()
    make_03()
    make_04()
    make_05()
    make_06()
    make_07()
    make_08()


if __name__ == "__main__":
    main()
