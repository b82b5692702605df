#!/usr/bin/env python3
"""Generate batch fresh-35b (prefix f35b): 7 fictional SIP plans + 1 referral.

Run with python generate_b.py. Deterministic.
"""
import datetime
import io
import os
import zipfile
import shutil
import subprocess
import textwrap
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
OUT = HERE / "plans"
BUILD = HERE / "build"
PREFIX = "f35b"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_I = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"


def fname(n, ext):
    return OUT / f"{PREFIX}-{n:02d}.{ext}"


# ---------------------------------------------------------------- docx helpers
def set_repeat_header(row):
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


def cell_text(cell, text, bold=False, italic=False, size=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if i < len(lines) - 1:
            r.add_break()
    return p


def add_table(doc, header, rows, widths=None, fill="D9E2F3", size=10):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(header):
        cell_text(t.rows[0].cells[i], h, bold=True, size=size)
        shade(t.rows[0].cells[i], fill)
    set_repeat_header(t.rows[0])
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cell_text(cells[i], v, size=size)
    if widths:
        for row in t.rows:
            for i, w in enumerate(widths):
                row.cells[i].width = Cm(w)
    return t


def placeholder_sdt(text="Klicka eller tryck här för att ange text."):
    """An empty block-level content control showing its placeholder."""
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    alias = OxmlElement("w:alias")
    alias.set(qn("w:val"), "Fritext")
    pr.append(alias)
    idel = OxmlElement("w:id")
    idel.set(qn("w:val"), "104857")
    pr.append(idel)
    ph = OxmlElement("w:showingPlcHdr")
    pr.append(ph)
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    p = OxmlElement("w:p")
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    col = OxmlElement("w:color")
    col.set(qn("w:val"), "808080")
    rpr.append(col)
    r.append(rpr)
    t = OxmlElement("w:t")
    t.text = text
    r.append(t)
    p.append(r)
    content.append(p)
    sdt.append(content)
    return sdt


def footer_text(section, text, size=8):
    p = section.footer.paragraphs[0]
    p.text = ""
    r = p.add_run(text)
    r.font.size = Pt(size)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def header_text(section, text, size=8, align=WD_ALIGN_PARAGRAPH.RIGHT):
    p = section.header.paragraphs[0]
    p.text = ""
    r = p.add_run(text)
    r.font.size = Pt(size)
    p.alignment = align


FIXED = datetime.datetime(2025, 4, 1, 8, 0, 0)


def save_docx(doc, path):
    cp = doc.core_properties
    cp.created = cp.modified = FIXED
    cp.last_printed = FIXED
    cp.author = cp.last_modified_by = "Handläggare"
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 4, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))


def base_doc(font="Calibri", size=11):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(2.0)
    sec.bottom_margin = Cm(2.0)
    return doc


# ------------------------------------------------------------------ plan 01
def plan01():
    doc = base_doc("Calibri", 11)
    sec = doc.sections[0]
    header_text(sec, "Fagersta kommun · Region Västmanland")
    footer_text(sec, "SIP för Ella, 7 år – upprättad 2024-10-08 – till vårdnadshavare")

    def h(text, size=12):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(12)
        p.paragraph_format.space_after = Pt(3)
        r = p.add_run(text)
        r.bold = True
        r.font.small_caps = True
        r.font.size = Pt(size)
        r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
        return p

    def para(text):
        return doc.add_paragraph(text)

    h("Samordnad individuell plan (SIP) för Ella", 16)
    para("Till Sara och Mikael, Ellas föräldrar")
    para("Här kommer planen som vi gjorde tillsammans på mötet tisdagen den 8 oktober "
         "2024 på Solbackaskolan i Fagersta. Vi har försökt skriva den så att den går att "
         "läsa hemma vid köksbordet, utan för många förkortningar. Hör av er till Karin "
         "på elevhälsan om något är fel eller om ni undrar över något.")

    h("Varför vi gör en SIP")
    para("Vi gör planen för att Ella ska få ett stöd som fungerar i skolan och på fritids "
         "under tiden som utredningen på BUP pågår, och för att ni som föräldrar inte ska "
         "behöva bära information fram och tillbaka mellan skolan, BUP och Familjestödet. "
         "Alla som har en insats kring Ella ska veta vad de andra gör.")

    h("Det här vet vi just nu")
    para("Ella är 7 år och går i årskurs 1. Redan i förskoleklass märkte personalen att "
         "hon hade svårt med övergångar, till exempel från rast till lektion, och att hon "
         "blev ledsen och arg när det var mycket ljud omkring henne. Under våren 2024 "
         "skickade elevhälsan en remiss till BUP, och i september började en "
         "neuropsykiatrisk utredning. Den beräknas vara klar i februari 2025. Hemma har Ella "
         "svårt att somna på kvällarna och det blir ofta bråk vid frukosten innan skolan. "
         "På fritids har det under hösten blivit några utbrott, oftast på fredagar när "
         "gruppen är stor.")

    h("Frågor till mötet")
    para("Vi gick igenom hur det går just nu i skolan och hemma.")

    h("Så här tycker Ella")
    para("Ella var inte med på mötet. Vi bestämde tillsammans med er att det var bättre "
         "att hon var kvar på fritids som vanligt, eftersom stora möten gör henne orolig. "
         "Ni hade pratat med henne hemma innan och berättade för oss:")
    for t in [
        "Ella säger att det är för mycket ljud i matsalen och att hon blir \u201djättetrött "
        "i huvudet\u201d av det.",
        "Ella säger att hon tycker om när Lena sitter bredvid henne när de läser.",
        "Ella säger att hon inte vill gå på fritids på fredagar för att det är så många "
        "barn där då.",
    ]:
        doc.add_paragraph(t, style="List Bullet")

    h("Mål")
    para("Målet är att Ella ska klara hela skoldagar utan utbrott och att hon ska kunna äta "
         "lunch i skolan minst fyra dagar i veckan före jullovet.")

    h("Vem gör vad")
    rows = [
        ("Ella äter lunch i ett mindre rum tillsammans med tre kamrater och en vuxen.",
         "Lena, elevassistent, Solbackaskolan", "Från 2024-10-14"),
        ("Bildschema för dagen på Ellas bänk. Övergångar förbereds med fem minuters förvarning.",
         "Johanna, klasslärare åk 1, Solbackaskolan", "Från 2024-10-14"),
        ("Skolans frågeformulär till utredningen fylls i och skickas till BUP.",
         "Johanna, klasslärare åk 1", "Senast 2024-10-25"),
        ("Neuropsykiatrisk utredning: två besök hos psykolog och ett läkarbesök.",
         "Psykolog och läkare, BUP Fagersta",
         "2024-10-22, 2024-11-05 och läkarbesök 2024-11-19"),
        ("Föräldrastöd i grupp (åtta träffar, kvällstid).",
         "Ali, familjebehandlare, Familjestödet IFO Fagersta kommun",
         "Start 2024-11-06"),
        ("Råd kring Ellas sömn, eventuellt sömnmedicin.", "Regionen", "\u2013"),
        ("Sömndagbok i två veckor inför läkarbesöket, tas med till BUP.",
         "Sara och Mikael", "2024-11-04 \u2013 2024-11-18"),
        ("Ella hämtas kl. 14.00 på fredagar och går inte på fritids då.",
         "Mikael", "Från 2024-10-18"),
    ]
    add_table(doc, ["Vad", "Vem", "När"], rows, widths=[8.0, 5.0, 3.6])

    h("Samtycke")
    para("Ni har båda skrivit under kommunens blankett \u201dSamtycke till samordnad "
         "individuell plan\u201d den 30 september 2024. Det betyder att skolan, BUP och "
         "Familjestödet får prata med varandra om Ella och om det som står i planen. Ni kan "
         "när som helst ta tillbaka samtycket.")

    h("Vem håller ihop planen")
    para("Karin, skolkurator på Elevhälsan, Fagersta kommun (Solbackaskolan), har "
         "huvudansvaret för planen. Hon skickar ut planen till alla och kallar till nästa möte.")

    h("Nästa möte")
    para("Vi ses igen tisdag 2025-01-21 kl. 13.00 på Solbackaskolan, rum Lärkan. Då bör "
         "BUP kunna berätta hur långt utredningen har kommit.")

    h("Vi som var med på mötet")
    for t in [
        "Sara och Mikael, vårdnadshavare",
        "Karin, skolkurator, Elevhälsan Fagersta kommun",
        "Johanna, klasslärare åk 1, Solbackaskolan",
        "Lena, elevassistent, Solbackaskolan",
        "Petra, psykolog, BUP Fagersta (Region Västmanland)",
        "Ali, familjebehandlare, Familjestödet IFO Fagersta kommun",
    ]:
        doc.add_paragraph(t, style="List Bullet")
    save_docx(doc, fname(1, "docx"))


# ------------------------------------------------------------------ plan 02
class RecordPDF(FPDF):
    system = "Cosmic \u2013 Journalutskrift"
    unit = "Vuxenpsykiatrin Sala"
    printed = "Utskriven 2024-06-12 09:41 av Sjuksköterska, Vuxenpsykiatrin Sala"

    def header(self):
        self.set_font("DejaVu", "B", 9)
        self.set_xy(12, 8)
        self.cell(120, 5, self.system)
        self.set_font("DejaVu", "", 8)
        self.cell(0, 5, self.printed, align="R")
        self.set_xy(12, 13)
        self.cell(120, 5, "Patient: A., 34 år   Personnummer: XXXXXX-XXXX")
        self.cell(0, 5, "Vårdenhet: " + self.unit, align="R")
        self.line(12, 19, self.w - 12, 19)

    def footer(self):
        self.set_y(-12)
        self.line(12, self.h - 14, self.w - 12, self.h - 14)
        self.set_font("DejaVu", "", 8)
        self.cell(0, 5, "Journalanteckning: SIP \u2013 samordnad individuell plan   "
                  "|   Region Västmanland   |   Sekretessbelagd uppgift", align="L")
        self.set_x(12)
        self.cell(0, 5, f"Sida {self.page_no()} ({{nb}})", align="R")


def plan02():
    pdf = RecordPDF(orientation="L", unit="mm", format="A4")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_font("DejaVu", "I", FONT_I)
    pdf.set_creation_date(datetime.datetime(2024, 6, 12, 9, 41, 0,
                                            tzinfo=datetime.timezone.utc))
    pdf.set_auto_page_break(False)
    pdf.set_margins(12, 22, 12)
    colw = (pdf.w - 24 - 10) / 2
    xl, xr = 12, 12 + colw + 10

    def column(x, y, blocks):
        for kind, text in blocks:
            pdf.set_xy(x, y)
            if kind == "h":
                pdf.set_font("DejaVu", "B", 10)
                pdf.set_fill_color(225, 230, 238)
                pdf.cell(colw, 6, text, fill=True, new_x="LMARGIN", new_y="NEXT")
                y = pdf.get_y() + 1.5
            elif kind == "k":  # keyword line (record keyword + text)
                key, val = text
                pdf.set_font("DejaVu", "B", 9)
                pdf.multi_cell(colw, 4.6, key, new_x="LMARGIN", new_y="NEXT")
                pdf.set_xy(x, pdf.get_y())
                pdf.set_font("DejaVu", "", 9)
                pdf.multi_cell(colw, 4.6, val, new_x="LMARGIN", new_y="NEXT")
                y = pdf.get_y() + 2.5
            else:
                pdf.set_font("DejaVu", "", 9)
                pdf.multi_cell(colw, 4.6, text, new_x="LMARGIN", new_y="NEXT")
                y = pdf.get_y() + 2.5
        return y

    def divider():
        pdf.line(12 + colw + 5, 24, 12 + colw + 5, pdf.h - 18)

    # --- page 1
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 11)
    pdf.set_xy(12, 21)
    pdf.cell(0, 6, "Anteckning 2024-06-11 14:20  \u2013  Sjuksköterska, Vuxenpsykiatrin Sala"
             "  \u2013  Anteckningstyp: Samordnad individuell plan (SIP)")
    top = 30
    left1 = [
        ("h", "BAKGRUND OCH SYFTE"),
        ("k", ("Aktuellt",
               "34-årig man med schizofreni (diagnos 2019). Välfungerande på depåinjektion "
               "fram till hösten 2023 då pat själv slutade med medicinen. Återinsjuknade i "
               "psykos under december med rösthallucinationer och misstankar mot grannar. "
               "Vårdad inneliggande på Psykiatriska kliniken Västerås 2024-01-09 \u2013 "
               "2024-02-20, därefter öppenvård Sala. Medicinering återinsatt, pat nu "
               "förhållandevis stabil men trött och passiv.")),
        ("k", ("Social situation",
               "Bor ensam i hyreslägenhet i Sala. Under sjukdomsperioden har hyror och "
               "räkningar inte betalats. Skulder hos Kronofogden ca 60 000 kr, varav "
               "obetalda hyror ca 18 000 kr. Hyresvärden har skickat skriftlig varning om "
               "uppsägning. Lägenheten var vid hembesök 2024-05-30 mycket stökig, kylskåpet "
               "i princip tomt. Ingen sysselsättning sedan 2022. Sporadisk kontakt med "
               "syster.")),
        ("k", ("Syfte med SIP",
               "Syftet är att A. ska kunna bo kvar i sin lägenhet i Sala och hålla sig stabil "
               "i sin sjukdom efter slutenvården, genom att psykiatrins behandling, kommunens "
               "boendestöd och hjälpen med ekonomin och skulderna planeras ihop så att ingen "
               "del faller mellan stolarna. Pat ska inte behöva berätta samma sak för alla "
               "kontakter.")),
    ]
    right1 = [
        ("h", "INSATSER OCH ANSVAR"),
        ("k", ("1. Depåinjektion paliperidon var 4:e vecka",
               "Ansvar: Sjuksköterska, Vuxenpsykiatrin Sala.\nNästa injektion 2024-06-20, "
               "därefter var 4:e vecka enligt ordination.")),
        ("k", ("2. Läkarbesök, uppföljning av medicinering och biverkningar (trötthet)",
               "Ansvar: Läkare, Vuxenpsykiatrin Sala.\nTid 2024-07-04 kl. 10.30.")),
        ("k", ("3. Boendestöd 2 ggr/vecka: struktur i vardagen, posthantering, tvätt och "
               "inköp",
               "Ansvar: Kommunen.\nStart snarast efter beslut.")),
        ("k", ("4. Budget- och skuldrådgivning, genomgång av skulder och ansökan om "
               "avbetalningsplan",
               "Ansvar: Budget- och skuldrådgivningen, Sala kommun.\nFörsta besök "
               "2024-06-25 kl. 13.00.")),
        ("k", ("5. Psykopedagogisk grupp om psykos och återfallsprevention, 6 träffar",
               "Ansvar: Kurator, Vuxenpsykiatrin Sala.\nStart 2024-08-21.")),
    ]
    column(xl, top, left1)
    column(xr, top, right1)
    divider()

    # --- page 2
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 11)
    pdf.set_xy(12, 21)
    pdf.cell(0, 6, "Anteckning 2024-06-11 14:20 (forts.)")
    left2 = [
        ("h", "BAKGRUND OCH SYFTE (forts.)"),
        ("k", ("Patientens önskemål",
               "Enl. pat vid inskrivningssamtal på mottagningen 2024-05-28: \u201dJag vill bo "
               "kvar i min lägenhet och slippa Kronofogden. Och jag vill ha något att gå "
               "till på dagarna, kanske till hösten, men inte stressigt.\u201d Pat "
               "uttryckte också att han inte vill läggas in igen.")),
        ("k", ("Övrigt",
               "Pat har god man sedan 2023. Ärende hos Försäkringskassan om "
               "sjukersättning pågår enl. pat. Pat har körkort men ingen bil.")),
        ("k", ("Samtycke", "Samtycke finns.")),
        ("k", ("Risk",
               "Ingen aktuell suicidrisk enl. bedömning 2024-05-28. Risk för återinsjuknande "
               "vid utebliven injektion bedöms som hög.")),
    ]
    right2 = [
        ("h", "INSATSER OCH ANSVAR (forts.)"),
        ("k", ("Huvudansvar för planen", "Vuxenpsykiatrin Sala.")),
        ("k", ("Uppföljning",
               "Planen följs upp om tre månader. Kallelse skickas ut av mottagningen.")),
        ("k", ("Åtgärd",
               "Kopia av planen lämnad till pat. Planen skickas till berörda enheter efter "
               "signering.")),
        ("k", ("Signering",
               "Signerad 2024-06-12 av Sjuksköterska, Vuxenpsykiatrin Sala.")),
    ]
    column(xl, 30, left2)
    column(xr, 30, right2)
    divider()
    pdf.output(str(fname(2, "pdf")))


# ------------------------------------------------------------------ plan 03
def plan03():
    md = """# SIP \u2013 Noah 16 år

*Möte 2025-02-11 kl 14\u201315.30, Ungdomsenheten Hallstahammar. Anteckningar: Elin (ssk)*

---

## 🎯 Syfte

Samordning.

**Fråga till mötet** (Noah och mamma skickade den innan): *Hur får vi ihop Noahs
schema i skolan med tiderna på Mini-Maria så att han inte missar fler lektioner? Och
vem ska mamma ringa när det strular en kväll?*

Kort bakgrund: Noah går i åk 9. Röker cannabis sedan i somras, nästan varje dag i
december\u2013januari. Frånvaron i skolan är ca 40 % sedan jul, mest måndagar och
tisdagar. Det blir ofta bråk hemma. Inget polisärende. Noah vill själv dra ner.

## 🙋 Mina mål

Noah skrev själv på mötet:

> "Jag vill klara matte och engelska så att jag kommer in på el-programmet i höst."
>
> "Jag vill sluta röka på vardagarna. Helgerna får vi ta sen."
>
> "Jag vill att mamma och jag ska kunna prata utan att det blir bråk hela tiden."

Noah var med hela mötet. Han sa att han inte vill ha fler vuxna som "kollar" på
honom i skolan, men att det är ok med en mentor som han redan känner. Han vill inte
att pappa (bor i Västerås) ska vara med i planen just nu.

## 🤝 Vem gör vad

| Vad | Vem | När |
|---|---|---|
| Samtal om cannabis (motiverande samtal + CRA), urinprov samma dag | Behandlare, Mini-Maria Västerås | Varannan tisdag kl 15.30, första 2025-02-18 |
| Anpassat schema: sen start tisdagar, extra stöd i matte | Mentor, Parkskolan Hallstahammar | Från 2025-02-17 |
| Studie- och yrkesvägledning inför gymnasievalet | SYV, Parkskolan | 2025-02-25 |
| Familjesamtal hemma (Noah + mamma) | Familjebehandlare, Ungdomsenheten IFO Hallstahammar | Var tredje vecka, första 2025-02-20 |
| Ringer mentorn samma förmiddag om Noah inte kommit iväg | Lena (mamma) | Från 2025-02-17 |
| Sätter larm och tar bussen själv till Mini-Maria | Noah | Varannan tisdag från 2025-02-18 |

**Samtycke:** ja ✔

## 📅 Uppföljning

Datum: ÅÅÅÅ-MM-DD

## 👥 Deltagare

- Noah
- Lena (mamma)
- Sara
- Ahmed
- Jonas
- Elin
"""
    fname(3, "md").write_text(md, encoding="utf-8")


# ------------------------------------------------------------------ plan 04
def plan04():
    paras = [
        "Minnesanteckningar från SIP-möte onsdagen den 12 mars 2025 i Arboga, dikterade "
        "efter mötet och utskrivna av assistent. Närvarande var K. själv, "
        "socialsekreteraren, läkaren, sjuksköterskan och boendestödjaren. Mötet pågick i "
        "ungefär en timme och tio minuter och hölls i ett av de mindre samtalsrummen.",

        "Socialsekreteraren: Jag inledde med att förklara varför vi har samlats. K. har "
        "under vintern druckit mer än tidigare, han har vid två tillfällen slutat ta sin "
        "antidepressiva medicin och blivit sämre i sin depression, och han har i princip "
        "slutat gå ut ur lägenheten förutom till affären. Tanken med planen är att K. ska "
        "slippa ha flera kontakter som inte vet om varandra och att vi tillsammans ska se "
        "till att han orkar bo kvar hemma och få ner drickandet. Det vi ville ha svar på "
        "i dag var framför allt om K. behöver mer stöd i hemmet än det han har i dag, och "
        "hur vi ska göra med medicinerna så att de faktiskt blir tagna.",

        "K.: Jag sa att jag inte tycker att det är så farligt med drickandet men att jag "
        "vet att det blir fel när jag dricker på dagarna, för då tar jag inte tabletterna "
        "heller. Jag vill kunna gå upp på morgnarna som en vanlig människa och jag vill "
        "sluta dricka på vardagarna. Jag vill bo kvar där jag bor, jag vill inte till "
        "något boende. Jag sa också att jag tycker det är bra att boendestödjaren kommer "
        "men att det ibland blir för tidigt på morgonen.",

        "Läkaren: Läkaren berättade att K. har en medelsvår depression som svarade bra "
        "på medicinen under förra året när han tog den regelbundet, och att alkoholen "
        "både gör depressionen värre och gör att medicinen inte verkar som den ska. Från "
        "vår sida fortsätter kontakten som tidigare, och vi ser över medicineringen vid "
        "behov. Läkaren nämnde att det finns läkemedel mot alkoholsug men K. ville inte "
        "prata om det i dag, så det fick vara.",

        "Sjuksköterskan: Sjuksköterskan tog upp att dosett eller någon form av påminnelse "
        "kanske kunde vara något för K., men K. ville fundera på det, så det lämnades "
        "öppet tills vidare. Sjuksköterskan sa att hon gärna hör av sig till "
        "boendestödjaren om det är något, och att man får hjälpas åt så gott det går.",

        "Boendestödjaren: Boendestödjaren berättade att stödet i hemmet fungerar bättre "
        "de dagar K. inte har druckit kvällen innan. Stödet "
        "fortsätter som förut och vi kan utöka om det behövs, men då måste det gå via "
        "handläggaren. Hon tyckte att det var bra att K. själv sa att morgnarna är för "
        "tidiga, det ska hon titta på.",

        "Socialsekreteraren: Vi var överens om att socialtjänsten håller ihop planen och "
        "att stödet i stort fortsätter som tidigare, med möjlighet att utöka om det "
        "behövs. Alla ska höra av sig om läget förändras. Vi ses igen efter påsk, "
        "kallelse skickas ut. K. fick med sig en kopia av anteckningarna när de är "
        "färdigskrivna.",
    ]
    lines = []
    for p in paras:
        lines.extend(textwrap.wrap(p, width=78))
        lines.append("")
    text = "\r\n".join(lines)
    with open(fname(4, "txt"), "w", encoding="utf-8", newline="") as f:
        f.write(text)


# ------------------------------------------------------------------ plan 05
def plan05():
    doc = base_doc("Arial", 10.5)
    sec = doc.sections[0]
    header_text(sec, "Köpings kommun, Vård och omsorg \u2013 Daglig verksamhet Verkstan\t\t"
                "Region Västmanland, Vuxenpsykiatrin Köping", size=8,
                align=WD_ALIGN_PARAGRAPH.LEFT)
    footer_text(sec, "Samordnad individuell plan, SIP \u2013 mall version 3.1 (2023)")

    doc.add_heading("Samordnad individuell plan (SIP)", level=1)
    info = doc.add_table(rows=4, cols=4)
    info.style = "Table Grid"
    data = [
        ("Namn", "Johan", "Personnummer", "ÅÅMMDD-XXXX"),
        ("Datum för mötet", "2024-11-27", "Plats", "Daglig verksamhet Verkstan, Köping"),
        ("Planen gäller från", "2024-11-27", "Typ av plan", "Ny plan"),
        ("Dokumenterad av", "", "", ""),
    ]
    for r, row in enumerate(data):
        for c, v in enumerate(row):
            cell_text(info.rows[r].cells[c], v, bold=(c % 2 == 0), size=9.5)
            if c % 2 == 0:
                shade(info.rows[r].cells[c], "E7E6E6")
    m = info.rows[3].cells[1].merge(info.rows[3].cells[3])
    cell_text(m, "Linnea, LSS-handläggare, Biståndsenheten Köpings kommun", size=9.5)

    doc.add_heading("Syfte med planen", level=2)
    h = doc.paragraphs[-1]
    h._p.addnext(placeholder_sdt())

    doc.add_heading("Frågeställningar", level=2)
    h = doc.paragraphs[-1]
    h._p.addnext(placeholder_sdt())

    doc.add_heading("Bakgrund", level=2)
    doc.add_paragraph(
        "Johan är 29 år och har diagnoserna autism och generaliserat ångestsyndrom. Han har "
        "beslut om daglig verksamhet enligt LSS 9 § 10 sedan 2021 och är placerad på "
        "Verkstan (snickeri och packning). Han bor i egen lägenhet i Köping och har "
        "boendestöd två morgnar i veckan. Sedan september har närvaron på Verkstan sjunkit "
        "från fyra till i snitt två dagar i veckan. Personalen beskriver att han kommer "
        "senare, att han ofta är blek och spänd på morgonen och att han har lämnat "
        "verksamheten mitt på dagen flera gånger när det varit mycket folk i packningen. "
        "Johan har haft kontakt med Vuxenpsykiatrin Köping tidigare men kontakten "
        "avslutades 2023. Han står på sertralin som förskrivs av vårdcentralen. Han har god "
        "man sedan 2020.")

    doc.add_heading("Mål", level=2)
    doc.add_paragraph(
        "Målet är att Johan ska kunna vara på daglig verksamhet fyra dagar i veckan igen och "
        "att ångesten på morgnarna ska minska så att han kommer iväg utan att ringa in sig "
        "sjuk.")

    doc.add_heading("Insatser", level=2)
    items = [
        ("Anpassat schema på Verkstan: start kl. 9.30 i stället för 8.00, fast arbetsplats "
         "i snickeriet, och bildschema för veckan som gås igenom varje måndag.",
         "Daglig verksamhet Verkstan, arbetshandledare", "från 2024-12-02"),
        ("Läkarbedömning av ångest och sömn, översyn av medicineringen.",
         "Vuxenpsykiatrin Köping, läkare", "2024-12-10"),
        ("Samtalsbehandling med KBT-inriktning om ångest, tio tillfällen, anpassad för "
         "autism (skriftligt material och fasta tider).",
         "Vuxenpsykiatrin Köping, psykolog", "start 2025-01-08"),
        ("Boendestödet utökas till fyra morgnar i veckan (tisdag\u2013fredag) med stöd att "
         "komma iväg till Verkstan.",
         "Boendestödet, Socialpsykiatrin Köpings kommun", "från 2024-12-03"),
        ("Handledning till personalgruppen på Verkstan om autism och ångest, två tillfällen.",
         "Vuxenpsykiatrin Köping, arbetsterapeut", "2025-01-15 och 2025-02-12"),
        ("Översyn av beslutet om daglig verksamhet och utredning av behov av ledsagning "
         "till och från Verkstan.",
         "Biståndsenheten, LSS-handläggare", "senast 2024-12-20"),
    ]
    for text, unit, date in items:
        p = doc.add_paragraph(style="List Number")
        p.add_run(text + " ")
        r = p.add_run("Ansvarig: " + unit + ".")
        r.bold = True
        p.add_run(" ")
        r = p.add_run(date[0].upper() + date[1:])
        r.italic = True

    doc.add_heading("Övriga aktörer", level=2)
    for t in [
        "God man (Per) ansöker om förlängd aktivitetsersättning hos Försäkringskassan senast "
        "2025-01-31 och bifogar läkarintyg från Vuxenpsykiatrin.",
        "Försäkringskassan handlägger ansökan om aktivitetsersättning; beslut väntas under "
        "våren 2025.",
        "Pappa kör Johan till Verkstan på måndagar kl. 9.15 till och med februari 2025.",
    ]:
        doc.add_paragraph(t, style="List Bullet")

    doc.add_heading("Samtycke", level=2)
    doc.add_paragraph("Skriftligt samtycke till SIP och informationsöverföring mellan "
                      "Köpings kommun och Region Västmanland på blankett, undertecknat "
                      "2024-11-18. Samtycket gäller planens giltighetstid.")

    doc.add_heading("Huvudansvar", level=2)
    doc.add_paragraph("Linnea, LSS-handläggare, Biståndsenheten Köpings kommun.")

    doc.add_heading("Uppföljning", level=2)
    doc.add_paragraph("Uppföljning 2025-02-26 kl. 10.00 på Daglig verksamhet Verkstan. "
                      "Huvudansvarig skickar kallelse.")

    doc.add_heading("Deltagare", level=2)
    add_table(doc, ["Namn", "Funktion", "Verksamhet/organisation"], [
        ("Linnea", "LSS-handläggare", "Biståndsenheten, Köpings kommun"),
        ("Mats", "Arbetshandledare", "Daglig verksamhet Verkstan, Köpings kommun"),
        ("Birgitta", "Boendestödjare", "Socialpsykiatrin, Köpings kommun"),
        ("Hanna", "Sjuksköterska", "Vuxenpsykiatrin Köping, Region Västmanland"),
        ("Omar", "Läkare", "Vuxenpsykiatrin Köping, Region Västmanland"),
        ("Per", "God man", "\u2013"),
    ], widths=[3.0, 4.0, 9.0], size=9.5)
    save_docx(doc, fname(5, "docx"))


# ------------------------------------------------------------------ plan 06
def plan06():
    doc = base_doc("Liberation Sans", 10)
    sec = doc.sections[0]
    sec.top_margin = Cm(1.6)
    header_text(sec, "Region Västmanland \u2013 Västmanlands sjukhus Västerås, Geriatriska "
                "kliniken, avd 3", size=8, align=WD_ALIGN_PARAGRAPH.LEFT)
    footer_text(sec, "Utskriftsdatum 2024-11-19 \u2013 Utskrivningsplanering enligt lag "
                "(2017:612) \u2013 SIP", size=8)

    p = doc.add_paragraph()
    r = p.add_run("SAMORDNAD INDIVIDUELL PLAN VID UTSKRIVNING")
    r.bold = True
    r.font.size = Pt(14)

    t = doc.add_table(rows=3, cols=4)
    t.style = "Table Grid"
    vals = [
        ("Patient", "B., 84 år", "Personnummer", "XXXXXX-XXXX"),
        ("Inskriven", "2024-11-12", "Planerad utskrivning", "2024-11-22"),
        ("Hemkommun", "Kungsör", "Boende", "Eget hus, ensamboende"),
    ]
    for i, row in enumerate(vals):
        for j, v in enumerate(row):
            cell_text(t.rows[i].cells[j], v, bold=(j % 2 == 0), size=9.5)
            if j % 2 == 0:
                shade(t.rows[i].cells[j], "EDEDED")

    def lab(text):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.space_after = Pt(2)
        r = p.add_run(text)
        r.bold = True
        r.font.size = Pt(11)

    lab("Syfte")
    doc.add_paragraph("Samordnad utskrivning.")

    lab("Aktuellt")
    doc.add_paragraph(
        "Inkom 2024-11-12 via akuten efter fall i hemmet, höger höftfraktur som opererades "
        "med halvprotes 2024-11-13. Postoperativt konfusion som klingat av. Går nu med "
        "rollator korta sträckor med tillsyn, behöver hjälp vid dusch och påklädning av "
        "underkropp. Lätt anemi. Tidigare helt självständig i hemmet utan hjälp från "
        "kommunen. Förmaksflimmer, behandlas med antikoagulantia. Läkemedelslistan är "
        "ändrad under vårdtiden.")

    lab("Hjälpbehov efter utskrivning")
    for mark, text in [
        ("☒", "Hemtjänst \u2013 personlig omvårdnad morgon och kväll"),
        ("☒", "Hemtjänst \u2013 inköp"),
        ("☐", "Hemtjänst \u2013 städ"),
        ("☐", "Matdistribution"),
        ("☒", "Trygghetslarm"),
        ("☒", "Hjälpmedel (rollator, toalettförhöjning, duschpall)"),
        ("☐", "Korttidsplats"),
        ("☒", "Hemsjukvård \u2013 läkemedelshantering/dosett"),
        ("☒", "Rehabilitering i hemmet"),
        ("☐", "Dagverksamhet"),
        ("☐", "Boendestöd"),
    ]:
        q = doc.add_paragraph(f"{mark}  {text}")
        q.paragraph_format.space_after = Pt(0)
        q.paragraph_format.left_indent = Cm(0.5)

    lab("Övrigt")
    for mark, text in [
        ("☐", "Patienten har samtyckt till SIP och informationsöverföring"),
        ("☐", "Patienten deltog i planeringsmötet"),
        ("☒", "Närstående informerad (dotter Eva)"),
        ("☐", "Behov av tolk"),
    ]:
        q = doc.add_paragraph(f"{mark}  {text}")
        q.paragraph_format.space_after = Pt(0)
        q.paragraph_format.left_indent = Cm(0.5)

    lab("Vem gör vad efter utskrivning")
    add_table(doc, ["Insats", "Ansvarig", "Start/datum"], [
        ("Hemtjänst morgon och kväll: hjälp med dusch, påklädning, tillsyn",
         "Hemtjänst Kungsör norra", "2024-11-22"),
        ("Inköp en gång i veckan", "Hemtjänst Kungsör norra", "2024-11-26"),
        ("Trygghetslarm installeras", "Kommunen", ""),
        ("Hjälpmedel levereras och provas i hemmet", "Arbetsterapeut, Kommunrehab Kungsör",
         "2024-11-21"),
        ("Läkemedelsgenomgång och dosett, hemsjukvård", "Sjuksköterska, Hemsjukvården Kungsör",
         "2024-11-22"),
        ("Gångträning och fallprevention i hemmet", "Fysioterapeut, Kommunrehab Kungsör",
         "2024-11-27"),
        ("Epikris och läkemedelsberättelse skickas", "Avdelningsläkare, Geriatriska "
         "kliniken Västerås", "2024-11-22"),
        ("Läkarbesök: kontroll Hb, sårläkning, antikoagulantia",
         "Läkare, Vårdcentralen Kungsör", "2024-12-09"),
    ], widths=[7.5, 6.0, 3.0], size=9.5)

    lab("Huvudansvar för planen")
    doc.add_paragraph("Kungsörs kommun.")

    lab("Uppföljning")
    doc.add_paragraph("Uppföljande SIP i hemmet vecka 49.")

    lab("Deltagare i planeringsmötet 2024-11-19 (Teams)")
    for t in [
        "Ingrid, sjuksköterska, Geriatriska kliniken avd 3, Västmanlands sjukhus Västerås",
        "Hussein, avdelningsläkare, Geriatriska kliniken, Västmanlands sjukhus Västerås",
        "Therese, biståndshandläggare, Kungsörs kommun",
        "Camilla, sjuksköterska, Hemsjukvården Kungsör",
        "Jenny, arbetsterapeut, Kommunrehab Kungsör",
    ]:
        doc.add_paragraph(t, style="List Bullet")

    BUILD.mkdir(exist_ok=True)
    src = BUILD / f"{PREFIX}-06.docx"
    save_docx(doc, src)
    subprocess.run([
        "soffice", f"-env:UserInstallation=file:///tmp/lo-{PREFIX}", "--headless",
        "--convert-to", "pdf", "--outdir", str(BUILD), str(src)],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    shutil.move(str(BUILD / f"{PREFIX}-06.pdf"), str(fname(6, "pdf")))


# ------------------------------------------------------------------ plan 07
def plan07():
    doc = base_doc("Calibri", 11)
    sec = doc.sections[0]
    header_text(sec, "Norbergs kommun \u00b7 Region Västmanland", size=8)
    footer_text(sec, "Uppföljning av SIP \u2013 M. \u2013 2025-04-08", size=8)

    doc.add_heading("Uppföljning av samordnad individuell plan (SIP)", level=1)
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate([
        ("Namn", "M., 24 år"),
        ("Datum för uppföljning", "2025-04-08, Psykiatriska öppenvården Fagersta"),
        ("Ursprunglig plan upprättad", "2024-10-15"),
    ]):
        cell_text(t.rows[i].cells[0], k, bold=True, size=10)
        shade(t.rows[i].cells[0], "DEEAF6")
        cell_text(t.rows[i].cells[1], v, size=10)

    doc.add_heading("Syfte", level=2)
    doc.add_paragraph("Se tidigare plan.")

    doc.add_heading("Frågeställningar", level=2)
    doc.add_paragraph("Gå igenom läget sedan förra mötet.")

    doc.add_heading("M:s deltagande och synpunkter", level=2)
    doc.add_paragraph(
        "M. har valt att inte delta på dagens möte. Hon har berättat för sin kontaktperson "
        "att hon inte orkar sitta i ett rum med många personer som hon inte känner, och att "
        "mötet i oktober gjorde att hon inte sov på två nätter efteråt. Hon har i stället "
        "träffat kontaktpersonen Maja 2025-04-03 och gått igenom planens punkter med henne.")
    doc.add_paragraph(
        "Maja förmedlade på mötet att M. tycker att promenaderna med boendestödjaren "
        "fungerar bra och att det är skönt att någon kommer på tisdagarna. M. upplever att "
        "två tider i veckan på mottagningen är för mycket just nu och vill hellre ha en tid i "
        "veckan. Hon vill inte att arbetskonsulenten ringer henne förrän efter sommaren. M. "
        "har sagt att hon kan tänka sig att vara med på nästa möte om det är högst tre "
        "personer i rummet eller om hon får vara med digitalt.")

    doc.add_heading("Mål", level=2)
    doc.add_paragraph("Oförändrat.")

    doc.add_heading("Samtycke", level=2)
    doc.add_paragraph("Finns sedan tidigare.")

    doc.add_heading("Insatser \u2013 uppdaterade", level=2)
    tab = doc.add_table(rows=2, cols=5)
    tab.style = "Table Grid"
    top = tab.rows[0].cells[0].merge(tab.rows[0].cells[4])
    cell_text(top, "Insatser från planen 2024-10-15 med nya datum", bold=True, size=10)
    shade(top, "BDD7EE")
    hdr = ["Insats", "Ansvarig", "Tidigare datum", "Nytt datum", "Kommentar"]
    for i, hname in enumerate(hdr):
        cell_text(tab.rows[1].cells[i], hname, bold=True, size=9.5)
        shade(tab.rows[1].cells[i], "DEEAF6")
    set_repeat_header(tab.rows[0])
    set_repeat_header(tab.rows[1])
    rows = [
        ("KBT-samtal, social ångest", "Psykolog, Psykiatriska öppenvården Fagersta",
         "2024-11-01", "2025-04-15", "9 av 16 samtal genomförda. Glesas ut till 1 ggr/vecka "
         "enligt M:s önskemål."),
        ("Läkarbesök, uppföljning av medicinering", "Läkare, Psykiatriska öppenvården "
         "Fagersta", "2024-12-05", "2025-05-06", "Sertralin höjd i januari."),
        ("Boendestöd tisdagar: promenad, inköp, struktur i veckan",
         "Boendestödjare, Socialpsykiatrin Norbergs kommun", "2024-10-22", "2025-04-15",
         "Fortsätter. Prövar även torsdagar från 2025-05-01."),
        ("Kontaktperson, träff varannan vecka", "Kontaktperson, Socialpsykiatrin Norbergs "
         "kommun", "2024-11-01", "2025-04-17", "Fungerar bra."),
        ("Kartläggning inför sysselsättning", "Arbetskonsulent, Arbetsmarknadsenheten "
         "Norberg", "2025-01-15", "2025-09-01", "Skjuts upp efter M:s önskemål."),
        ("Avstämning per telefon mellan mottagning och boendestöd",
         "Sjuksköterska, Psykiatriska öppenvården Fagersta", "2024-11-15", "2025-05-13",
         "Varannan månad."),
    ]
    for row in rows:
        cells = tab.add_row().cells
        for i, v in enumerate(row):
            cell_text(cells[i], v, size=9.5)
    widths = [3.6, 3.8, 2.2, 2.2, 4.8]
    for row in tab.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = Cm(w)

    doc.add_heading("Huvudansvar", level=2)
    doc.add_paragraph("Oförändrat.")

    doc.add_heading("Nästa uppföljning", level=2)
    doc.add_paragraph("2025-06-10 kl. 14.00 på Psykiatriska öppenvården Fagersta. M. "
                      "erbjuds att delta digitalt eller tillsammans med Maja i ett mindre rum.")

    doc.add_heading("Deltagare", level=2)
    doc.add_paragraph("Maja, Erik, Sofia, Amir, Helena.")
    save_docx(doc, fname(7, "docx"))


# ------------------------------------------------------------------ file 08
def file08():
    text = """REMISS
=========================================================================

Remitterande enhet:   Vårdcentralen Surahammar, Region Västmanland
Remittent:            Distriktsläkare (ST-läkare), handledare: specialist i
                      allmänmedicin
Mottagare:            Allmänpsykiatriska mottagningen Västerås,
                      Vuxenpsykiatrin
Datum:                2025-01-14
Prioritet:            Normal (inom 4 veckor)

Patient:              L., kvinna 41 år
Personnummer:         XXXXXX-XXXX
Kontakt:              Via växeln / 1177 meddelanden
Tolkbehov:            Nej

FRÅGESTÄLLNING
Bedömning av misstänkt bipolär sjukdom typ II. Ställningstagande till
stämningsstabiliserande behandling och fortsatt psykiatrisk kontakt.

ANAMNES
Känd på VC sedan 2019 för återkommande depressiva episoder, behandlad
med SSRI i omgångar. Under hösten 2024 period på ca tre veckor med
minskat sömnbehov (3-4 h/natt), ökad aktivitet, köpt saker för stora
summor på kredit och påbörjat flera projekt samtidigt. Därefter
djup nedstämdhet sedan början av december, sjukskriven 100 % sedan
2024-12-09. Tidigare hypomana perioder kan ha förekommit 2021 enligt
pat:s sambo. Ingen psykos. Alkohol: enstaka glas vin i helgerna
(AUDIT 5). Inga droger.

Pat har två barn 9 och 12 år. Socialtjänsten i Surahammar har efter
kontakt med skolan en pågående kontakt med familjen (föräldrastöd).
Ekonomin har blivit ansträngd efter hösten.

STATUS
Vaken, orienterad. Sänkt grundstämning, psykomotoriskt långsam.
Förnekar aktuella suicidtankar, har haft passiva dödstankar i
december. MADRS-S 31. Ingen hypoman bild vid besöket.

AKTUELL MEDICINERING
Sertralin 100 mg x 1 (sedan 2024-10), satt ut på eget initiativ i
november, återinsatt 2024-12-09.
Zopiklon 5 mg vb till natten.

ÖVRIGT
Socialsekreterare i Surahammar (familjeenheten) och VC har med pat:s
muntliga samtycke 2025-01-10 kommit överens om att kalla till en SIP
när pat fått kontakt med psykiatrin, så att psykiatrin kan delta.
Vi ber därför att mottagningen meddelar VC vem som blir pat:s
kontakt. Kallelse till SIP kommer från socialtjänsten.

Pat informerad om remissen och önskar själv bedömning.

-------------------------------------------------------------------------
Vårdcentralen Surahammar, Region Västmanland
Svar önskas till: Vårdcentralen Surahammar, läkarsekreterare
"""
    with open(fname(8, "txt"), "w", encoding="cp1252", newline="\r\n") as f:
        f.write(text)


def main():
    OUT.mkdir(exist_ok=True)
    plan01()
    plan02()
    plan03()
    plan04()
    plan05()
    plan06()
    plan07()
    file08()
    shutil.rmtree(BUILD, ignore_errors=True)
    print("done:", sorted(p.name for p in OUT.iterdir()))


if __name__ == "__main__":
    main()
