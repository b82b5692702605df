#!/usr/bin/env python
"""Generate the fictional, anonymized SIP plans f12b-01 ... f12b-08 into plans/.

Run with a Python that has python-docx and fpdf2 (and LibreOffice on PATH): python generate_b.py
Deterministic: fixed texts and dates, no randomness.
"""
import datetime
import os
import shutil
import subprocess
import tempfile
import textwrap

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
PREFIX = "f12b"
LO_PROFILE = "file:///tmp/lo-f12b"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_I = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"


def path(n, ext):
    return os.path.join(OUT, f"{PREFIX}-{n:02d}.{ext}")


def fix_core(doc, title, author, when):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = when
    cp.modified = when
    cp.revision = 1


def add_field(run, instr):
    """Insert a simple field (PAGE, NUMPAGES) into a run."""
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._r.append(el)


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def repeat_header_row(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def set_cell(cell, text, bold=False, size=None, italic=False):
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


def wrap(text, width=76, indent=""):
    out = []
    for para in text.split("\n"):
        if not para.strip():
            out.append("")
            continue
        out.extend(textwrap.wrap(para, width=width, initial_indent=indent,
                                 subsequent_indent=indent, break_on_hyphens=False))
    return "\n".join(out)


def soffice_pdf(docx_path, final_pdf):
    tmp = tempfile.mkdtemp(prefix="f12b-conv-")
    try:
        subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
                        "--convert-to", "pdf", "--outdir", tmp, docx_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=240)
        produced = os.path.join(tmp, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
        shutil.move(produced, final_pdf)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------------------
# 01  Social services record system, docx -> pdf via LibreOffice. Norberg.
# ---------------------------------------------------------------------------
def plan01():
    doc = Document()
    fix_core(doc, "SIP", "IFO Vuxen Norberg", datetime.datetime(2025, 1, 22, 9, 14))
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = Cm(1.4)
    sec.header_distance = Cm(0.8)

    # running header table (repeated on every page because it lives in the header)
    hdr = sec.header
    hp = hdr.paragraphs[0]
    hp.text = "NORBERGS KOMMUN · Socialtjänsten · Verksamhetssystem IFO"
    hp.runs[0].font.size = Pt(8)
    ht = hdr.add_table(rows=2, cols=4, width=Cm(17))
    ht.style = "Table Grid"
    vals = [["Personakt", "Handling: SIP", "Upprättad", "Enhet"],
            ["Tobias, ÅÅMMDD-XXXX", "Samordnad individuell plan", "2025-01-21",
             "IFO Vuxen, Norberg"]]
    for r in range(2):
        for c in range(4):
            set_cell(ht.cell(r, c), vals[r][c], bold=(r == 0), size=8)
            if r == 0:
                shade(ht.cell(r, c), "D9D9D9")
    hdr.add_paragraph("")

    ftr = sec.footer
    fp = ftr.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = fp.add_run("Utskrift 2025-01-22 09:14   Sida ")
    r.font.size = Pt(8)
    r = fp.add_run()
    r.font.size = Pt(8)
    add_field(r, "PAGE")
    r = fp.add_run(" av ")
    r.font.size = Pt(8)
    r = fp.add_run()
    r.font.size = Pt(8)
    add_field(r, "NUMPAGES")

    def label(text):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(8)
        p.paragraph_format.space_after = Pt(2)
        p.add_run(text).bold = True
        return p

    def body(text):
        p = doc.add_paragraph(text)
        p.paragraph_format.space_after = Pt(4)
        return p

    t = doc.add_paragraph()
    rr = t.add_run("Journalanteckning – Samordnad individuell plan (SIP)")
    rr.bold = True
    rr.font.size = Pt(13)
    body("Mötesdatum: 2025-01-21 kl. 13.30–15.00. Plats: Socialkontoret, Norberg. "
         "Dokumenterat av: Annika, socialsekreterare.")

    label("Bakgrund:")
    body("Tobias är 34 år och bor ensam i hyreslägenhet i centrala Norberg. Han har en "
         "psykossjukdom sedan 2019 och har vårdats inneliggande på psykiatrisk avdelning "
         "i Västerås vid två tillfällen, senast oktober–november 2024 efter att han slutat "
         "ta sin medicin. Efter utskrivningen har han haft kontakt med Vuxenpsykiatrin "
         "Fagersta men uteblivit från flera besök.")
    body("Tobias har skulder hos Kronofogden på ca 240 000 kr, främst obetalda "
         "telefonräkningar, sms-lån och en skatteskuld från tiden han arbetade. Hyran för "
         "november och december 2024 är obetald och hyresvärden har skickat en "
         "uppsägning med anledning av hyresskulden. Tobias har aktivitetsersättning och "
         "har under hösten sökt ekonomiskt bistånd vid två tillfällen.")
    body("Tobias beskriver själv att posten blir liggande oöppnad och att det är när "
         "räkningarna hopar sig som han slutar sova och blir sämre. Enligt psykiatrin "
         "finns ett tydligt samband mellan stress kring ekonomin och tidigare insjuknanden.")

    label("Syfte med planen:")
    body("Syftet är att samordna kommunens och regionens stöd så att Tobias kan behålla "
         "sin lägenhet, få en överblick över och en plan för sina skulder och ha en "
         "stabil kontakt med psykiatrin, så att ett nytt insjuknande och en ny "
         "inläggning kan undvikas.")

    label("Frågeställningar:")
    body("Diskutera läget och fortsatt planering.")

    label("Den enskildes mål:")
    body("”Jag vill få bo kvar i min lägenhet och slippa ha Kronofogden efter mig. "
         "Och jag vill inte bli inlagd igen.”")

    label("Den enskildes delaktighet:")
    body("Tobias deltog under hela mötet. Han sa att han inte vill ha hembesök oftare än "
         "en gång i veckan eftersom det ”blir för mycket folk hemma”, och att han vill "
         "träffa samma läkare varje gång. Han är positiv till hjälp med ekonomin men vill "
         "inte att någon annan tar över hans bankkort.")

    label("Samtycke:")
    body("Samtycke till samverkan finns.")

    # responsibility matrix
    label("Ansvarsfördelning:")
    rows = [
        ("Behov", "Socialtjänsten", "Psykiatrin", "Vårdcentralen", "Övriga"),
        ("Boende / hyresskuld",
         "Handläggare ekonomiskt bistånd, IFO Norberg, prövar ansökan om bistånd till "
         "hyresskulden. Beslut senast 2025-02-07. Kontakt med hyresvärden samma vecka.",
         "–", "–", "–"),
        ("Psykiatrisk behandling",
         "–",
         "Vuxenpsykiatrin Fagersta: läkarbesök hos fast läkare 2025-02-11. "
         "Depåinjektion var 14:e dag hos ssk på mottagningen, start v. 5.",
         "–", "–"),
        ("Ekonomi / skulder",
         "Budget- och skuldrådgivare, Norbergs kommun: genomgång av skulder och "
         "ansökan om skuldsanering förbereds. Första träff 2025-02-04.",
         "–", "–",
         "God man kan bli aktuellt, diskuteras vidare. Kronofogden."),
        ("Vardag / struktur",
         "Boendestöd från Socialpsykiatrin Norberg 1 gång/vecka (post, räkningar, "
         "inköp). Start 2025-02-03.",
         "–", "–", "–"),
        ("Somatisk hälsa",
         "–", "–",
         "Distriktssköterska, Vårdcentralen Norberg: hälsokontroll med vikt, blodtryck "
         "och blodprover (metabol kontroll).",
         "–"),
    ]
    mt = doc.add_table(rows=len(rows), cols=5)
    mt.style = "Table Grid"
    mt.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(2.8), Cm(4.2), Cm(3.6), Cm(3.4), Cm(3.0)]
    for ri, row in enumerate(rows):
        for ci, val in enumerate(row):
            c = mt.cell(ri, ci)
            c.width = widths[ci]
            set_cell(c, val, bold=(ri == 0 or ci == 0), size=9)
            if ri == 0:
                shade(c, "D9D9D9")
    repeat_header_row(mt.rows[0])

    label("Huvudansvar för planen:")
    body("Annika, socialsekreterare, Vuxenenheten IFO Norbergs kommun.")

    label("Uppföljning:")
    body("Planen följs upp om ca tre månader, i slutet av april. Kallelse skickas ut av "
         "socialsekreteraren.")

    label("Deltagare:")
    for line in ["Tobias",
                 "Annika, socialsekreterare, IFO Vuxen Norberg",
                 "Kent, skötare och kontaktperson, Vuxenpsykiatrin Fagersta",
                 "Lisa, budget- och skuldrådgivare, Norbergs kommun",
                 "Maja, distriktssköterska, Vårdcentralen Norberg",
                 "Jimmy, boendestödjare, Socialpsykiatrin Norberg"]:
        p = doc.add_paragraph(line)
        p.paragraph_format.space_after = Pt(0)

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    p.add_run("Signerad: Annika, socialsekreterare, 2025-01-22").italic = True

    tmpdir = tempfile.mkdtemp(prefix="f12b-01-")
    dpath = os.path.join(tmpdir, f"{PREFIX}-01.docx")
    doc.save(dpath)
    soffice_pdf(dpath, path(1, "pdf"))
    shutil.rmtree(tmpdir, ignore_errors=True)


# ---------------------------------------------------------------------------
# 02  Discharge SIP from geriatrics, region system export .txt UTF-8. Sala.
# ---------------------------------------------------------------------------
def plan02():
    W = 74
    L = []
    L.append("REGION VÄSTMANLAND  ·  Samordnad vårdplanering  ·  Utskrift")
    L.append("Utskriven 2025-03-12 15:41 av Hanna, ssk")
    L.append("=" * W)
    L.append("DOKUMENT: SIP vid utskrivning från slutenvård")
    L.append("PATIENT: Gun, ÅÅMMDD-XXXX")
    L.append("FOLKBOKFÖRD: Sala kommun")
    L.append("VÅRDENHET: Geriatriska kliniken, avd 5, Västerås sjukhus")
    L.append("MÖTESDATUM: 2025-03-12 (Teams samt på avdelningen)")
    L.append("PLANERAT UTSKRIVNINGSDATUM: 2025-03-14")
    L.append("-" * W)
    L.extend(textwrap.wrap("Deltagare: Hanna (ssk avd 5), Ulla (arbetsterapeut), "
                           "Peter (bistånd), Zeynep (hemtjänst), Karin (dsk "
                           "hemsjukvården Sala), Eva (dotter)", width=W,
                           subsequent_indent="           "))
    L.append("-" * W)
    L.append("")

    def sec(head, text):
        first = f"{head}: "
        if not text:
            L.append(first.rstrip())
        else:
            wrapped = textwrap.wrap(first + text, width=W, break_on_hyphens=False,
                                    subsequent_indent="    ")
            L.extend(wrapped)
        L.append("")

    sec("SYFTE", "Samordning inför utskrivning.")
    sec("AKTUELLT", "86-årig kvinna, ensamboende i lägenhet i Sala, inkom 2025-02-27 "
        "efter fall i hemmet med höftfraktur vä. Opererad med halvprotes 2025-02-28. "
        "Känd måttlig Alzheimers sjukdom sedan 2022. Postoperativt förvirrad första "
        "veckan, nu i stort sett tillbaka i sitt vanliga. Går med rollator med "
        "tillsyn inomhus, behöver hjälp vid dusch och av-/påklädning av nedre delen. "
        "Dålig aptit, vikt 52 kg. Hade före inläggningen hemtjänst 1 gång/dag "
        "(tillsyn och matdistribution).")
    sec("FRÅGESTÄLLNINGAR", "")
    sec("PATIENTENS MÅL", "")
    sec("BEDÖMNING", "Utskrivningsklar från 2025-03-14. Behöver utökat stöd i "
        "hemmet de första veckorna. Fallrisk bedöms som hög.")
    L.append("INSATSER:")
    L.append("")
    ins = [
        ("Hemtjänst 4 ggr/dag (morgon, lunch, middag, kväll) med hjälp vid "
         "förflyttning, påklädning, måltider och tillsyn. Dusch 1 gång/vecka.",
         "Hemtjänst Sala centrum, beviljat av biståndshandläggare",
         "fr.o.m. 2025-03-14"),
        ("Trygghetslarm installeras.",
         "Biståndshandläggare, Vård- och omsorgsförvaltningen Sala",
         "2025-03-13"),
        ("Förskrivning av rollator, toalettförhöjning och duschpall; levereras hem.",
         "Arbetsterapeut avd 5",
         "leverans 2025-03-13"),
        ("Läkemedel i dosett, administreras av hemtjänsten. Suturtagning.",
         "Distriktssköterska, Hemsjukvården Sala",
         "dosett 2025-03-14, suturer 2025-03-20"),
        ("Fortsatt gångträning och falltillbudsbedömning i hemmet.",
         "Fysioterapeut, Kommunrehab Sala",
         "första hembesök 2025-03-17"),
        ("Läkemedelsgenomgång, viktkontroll och uppföljning av kognition.",
         "Läkare, Vårdcentralen Sala",
         "2025-04-03 kl 10.30"),
    ]
    for i, (what, who, when) in enumerate(ins, 1):
        L.extend(textwrap.wrap(f"{i}. {what}", width=W, subsequent_indent="   "))
        L.append(f"   ANSVARIG: {who}")
        L.append(f"   NÄR: {when}")
        L.append("")
    sec("NÄRSTÅENDE/ANDRA AKTÖRER", "Dottern Eva handlar en gång i veckan och följer "
        "med på läkarbesöket på vårdcentralen 2025-04-03. Hon har nyckel och hämtar "
        "ut hjälpmedlen om leveransen inte fungerar. Patienten har ingen god man.")
    sec("HUVUDANSVAR", "Sala kommun")
    sec("UPPFÖLJNING", "2025-04-10 kl 10.00, hembesök hos patienten. Kallelse "
        "skickas via SAMSA.")
    sec("INFORMATION TILL PATIENT", "Skriftlig information om eftervård och "
        "rörelseinstruktioner efter höftprotes medskickas.")
    L.append("=" * W)
    L.append("Signerat: Hanna, sjuksköterska, Geriatriska kliniken avd 5, 2025-03-12")
    txt = "\n".join(L) + "\n"
    with open(path(2, "txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(txt)


# ---------------------------------------------------------------------------
# 03  Plan written with a 17-year-old and her mother, .docx. Surahammar.
# ---------------------------------------------------------------------------
def plan03():
    doc = Document()
    fix_core(doc, "Min plan", "Elin", datetime.datetime(2025, 3, 4, 15, 2))
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11.5)
    for hn in ("Heading 1", "Heading 2"):
        hs = doc.styles[hn]
        hs.font.name = "Calibri"
        hs.font.color.rgb = RGBColor(0x7A, 0x2E, 0x8E)
    doc.styles["Heading 1"].font.size = Pt(15)

    title = doc.add_paragraph()
    r = title.add_run("Min plan – Ella")
    r.bold = True
    r.font.size = Pt(22)
    r.font.color.rgb = RGBColor(0x7A, 0x2E, 0x8E)
    sub = doc.add_paragraph()
    r = sub.add_run("Samordnad individuell plan (SIP), mötet 2025-03-04, Surahammar")
    r.font.small_caps = True
    r.font.size = Pt(10)
    doc.add_paragraph("Rubrikerna har jag skrivit själv. Det som står inom citattecken "
                      "är det jag sa. Elin skrev resten medan vi pratade.").runs[0].italic = True

    doc.add_heading("Vilka var med?", level=1)
    for it in ["Jag (Ella, 17)", "Mamma", "Elin (kurator)", "Jonas (BUP)",
               "Sara (mentor)"]:
        doc.add_paragraph(it, style="List Bullet")

    doc.add_heading("Vad ska vi prata om idag?", level=1)
    for it in ["Hur kan jag börja gå till skolan igen utan att få panik på morgonen?",
               "Kan jag få läsa färre kurser i vår och ta igen resten till hösten?",
               "Hur ska skolan och BUP veta vad den andra gör, så att jag inte behöver "
               "berätta allt två gånger?"]:
        doc.add_paragraph(it, style="List Number")

    doc.add_heading("Vad är jobbigt just nu?", level=1)
    doc.add_paragraph("”Jag orkar inte gå upp på morgnarna. Jag ligger och tänker "
                      "hela natten och sen när klockan ringer känns det som att allt "
                      "är kört redan. Jag har inte varit i skolan mer än typ två dagar "
                      "i veckan sen jul.”")
    doc.add_paragraph("”Det är värst i klassrummet när alla ska jobba i grupp. Och jag "
                      "har ju missat så mycket i matten att jag inte fattar något.”")
    p = doc.add_paragraph("Mamma berättade att Ella har varit nedstämd sedan i höstas, "
                          "sover dåligt och har slutat träffa kompisar. Ella har en "
                          "pågående kontakt på BUP Västerås sedan januari där man bedömt "
                          "att hon har en depression. Frånvaron i skolan är ca 60 % "
                          "sedan november.")

    doc.add_heading("Vad vill jag?", level=1)
    doc.add_paragraph("”Jag vill klara matten och svenskan i vår så att jag inte "
                      "behöver gå om. Och jag vill kunna vara med kompisarna igen "
                      "utan att bara vilja åka hem.”")
    doc.add_paragraph("”Jag vill inte att alla lärare ska veta allt om mig. Bara "
                      "mentorn.”")

    doc.add_heading("Får ni prata med varandra om mig?", level=1)
    doc.add_paragraph("Ja. Jag och mamma skrev på samtyckesblanketten på mötet "
                      "2025-03-04. Det gäller skolans elevhälsa, BUP och mentorn. "
                      "Jag kan ta tillbaka det när jag vill.")

    doc.add_heading("Vem gör vad?", level=1)
    commits = [
        ("Jag (kurator Elin)", "lovar att träffa dig varje tisdag kl. 9.00 med start "
         "11 mars, och att ringa dig de morgnar du inte kommit till skolan."),
        ("Jag (Jonas på BUP)", "lovar att börja KBT med dig, en gång i veckan, första "
         "gången 13 mars. Vi gör också en ny bedömning av medicinering i april."),
        ("Jag (mentor Sara)", "lovar att göra en anpassad studiegång med färre kurser "
         "tillsammans med rektorn och att prata med matteläraren om extra stöd."),
        ("Jag (mamma)", "lovar att följa med till BUP de första gångerna och att "
         "ringa Elin, inte skolans frånvarolinje, om Ella inte kommer iväg."),
        ("Jag (Ella)", "lovar att säga till Elin när något känns för mycket, i stället "
         "för att bara stanna hemma."),
    ]
    tbl = doc.add_table(rows=len(commits), cols=2)
    tbl.style = "Light List Accent 4" if "Light List Accent 4" in [s.name for s in doc.styles] else "Table Grid"
    for i, (who, what) in enumerate(commits):
        set_cell(tbl.cell(i, 0), who, bold=True)
        set_cell(tbl.cell(i, 1), what)
        tbl.cell(i, 0).width = Cm(4.0)
        tbl.cell(i, 1).width = Cm(12.0)

    doc.add_heading("När ses vi igen?", level=1)
    doc.add_paragraph("Vi ses igen efter påsklovet. Elin skickar en tid till mig och "
                      "mamma.")

    sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]
    fp.text = "Min plan · Ella · skriven tillsammans på mötet"
    fp.runs[0].font.size = Pt(8)
    doc.save(path(3, "docx"))


# ---------------------------------------------------------------------------
# 04  Network meeting minutes, .md. Kungsör, child 5 years.
# ---------------------------------------------------------------------------
def plan04():
    md = """# Minnesanteckningar – nätverksmöte (SIP) kring Elis, 5 år

**Datum:** 2025-02-18, kl. 09.00–10.30
**Plats:** Familjecentralen, Kungsör
**Sammankallande och antecknare:** Maria, socialsekreterare, IFO Barn och familj, Kungsörs kommun

## Närvarande

- Jessica och Ahmed, vårdnadshavare (mamma och pappa)
- Maria, socialsekreterare, IFO Barn och familj, Kungsörs kommun
- Linnea, förskollärare, förskolan Vitsippan, Kungsör
- Tove, specialpedagog, Barn- och utbildningsförvaltningen, Kungsörs kommun
- Camilla, BVC-sjuksköterska, Vårdcentralen Kungsör
- Henrik, psykolog, Barn- och ungdomshabiliteringen, Region Västmanland

## Samtycke

Föräldrarna har skriftligt samtyckt 2025-02-10 till att de verksamheter som är med
på mötet får utbyta information om Elis.

## Bakgrund

Elis är 5 år och går på förskolan Vitsippan sedan 2023. Vid 4-årskontrollen på BVC
noterades försenad språkutveckling och motoriska svårigheter. Förskolan beskriver
att Elis har svårt med övergångar, ofta blir utagerande vid samling och behöver en
vuxen nära sig större delen av dagen. Han pratar i två- till treordsmeningar. Familjen
har haft kontakt med socialtjänsten sedan hösten 2024 efter att föräldrarna själva
sökt stöd, de beskriver att de är slitna och har svårt att få vardagen att gå ihop.

## Frågor inför mötet

1. Hur ska förskolan få stöd i att anpassa dagen för Elis så att han klarar samling och måltider?
2. Behöver Elis en utredning via habiliteringen, och vem skriver remissen?
3. Vilket stöd kan föräldrarna få hemma?

## Föräldrarnas synpunkter

Jessica och Ahmed berättade att Elis är glad och nyfiken hemma men att kvällarna
ofta slutar i utbrott. De önskar att förskolan och hemmet gör likadant, t.ex. med
bilder, och att de får veta mer om vad en utredning innebär innan den startar.
De vill inte att Elis byter förskola. Ahmed önskar att träffar läggs efter kl. 15
på grund av hans arbetstider.

## Mål

Målet är att Elis ska kunna delta i förskolans aktiviteter med rätt stöd, utveckla
sitt tal och att familjen ska få lugnare kvällar.

## Överenskommelser

| Vad | Vem | När |
|---|---|---|
| Remiss till Barn- och ungdomshabiliteringen för utredning av utvecklingsförsening | Camilla, BVC-ssk, Vårdcentralen Kungsör | Skickas senast 2025-02-28 |
| Remiss till logoped för språkbedömning | Camilla, BVC-ssk, Vårdcentralen Kungsör | Skickas senast 2025-02-28 |
| Observation i förskolegruppen och handledning till personalen | Tove, specialpedagog, BUF Kungsör | Observation v. 10, handledning v. 12 |
| Bildstöd och bildschema för dagen införs, samma bilder skickas hem | Linnea, förskolan Vitsippan | Från 2025-03-03 |
| Föräldrastödsprogram (individuellt, hembesök) erbjuds | Maria, IFO Barn och familj | Start 2025-03-12, kl. 15.30 |
| Information till föräldrarna om hur en utredning går till | Henrik, psykolog, Habiliteringen | Telefonsamtal 2025-03-05 |

**Huvudansvar:** Socialtjänsten i Kungsör.

---
*Antecknat av Maria, socialsekreterare. Anteckningarna skickas till de närvarande via
säker e-post.*
"""
    with open(path(4, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ---------------------------------------------------------------------------
# 05  Follow-up plan, traffic light, fpdf2. Köping, ADHD, unemployment.
# ---------------------------------------------------------------------------
class P5(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(80, 80, 80)
        self.cell(95, 5, "SAMSIP – Region Västmanland & Köpings kommun", border="B")
        self.cell(0, 5, f"Utskriftsdatum 2025-03-21   Sida {self.page_no()} ({{nb}})",
                  border="B", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(0, 0, 0)
        self.ln(3)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, "Uppföljning SIP · Robin · Handlingen innehåller "
                  "sekretessbelagda uppgifter", align="C")
        self.set_text_color(0, 0, 0)


def plan05():
    pdf = P5(format="A4")
    pdf.set_creation_date(datetime.datetime(2025, 3, 21, 10, 5, tzinfo=datetime.timezone.utc))
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_font("DejaVu", "I", FONT_I)
    pdf.set_auto_page_break(True, margin=16)
    pdf.set_margins(15, 12, 15)
    pdf.add_page()
    W = pdf.w - 30

    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 8, "Uppföljning av samordnad individuell plan", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)

    def field(label, value, h=6.5, lw=45):
        pdf.set_font("DejaVu", "B", 8.5)
        x, y = pdf.get_x(), pdf.get_y()
        pdf.set_fill_color(235, 235, 235)
        pdf.set_font("DejaVu", "", 9)
        # compute height of value
        lines = pdf.multi_cell(W - lw, 5, value if value else " ", dry_run=True,
                               output="LINES", padding=(1, 1.5))
        hh = max(h, len(lines) * 5 + 2)
        if pdf.get_y() + hh > pdf.h - 16:
            pdf.add_page()
            x, y = pdf.get_x(), pdf.get_y()
        pdf.set_font("DejaVu", "B", 8.5)
        pdf.rect(x, y, lw, hh, style="DF")
        pdf.set_xy(x + 1, y + 1)
        pdf.multi_cell(lw - 2, 4.5, label, align="L")
        pdf.rect(x + lw, y, W - lw, hh)
        pdf.set_xy(x + lw, y)
        pdf.set_font("DejaVu", "", 9)
        pdf.multi_cell(W - lw, 5, value if value else "", padding=(1, 1.5), align="L")
        pdf.set_xy(x, y + hh)

    field("Personuppgifter", "Robin, ÅÅMMDD-XXXX, Köping")
    field("Datum för detta möte", "2025-03-20, Socialpsykiatrin Köping")
    field("Plan upprättad", "2024-11-14")
    field("Syfte", "Uppföljning av SIP.")
    field("Frågeställningar", "")
    field("Mål", "Målet är att R. ska komma ut i någon form av sysselsättning och få "
          "en fungerande vardag med regelbundna tider.")
    field("Delaktighet", "Robin deltog på mötet.")
    pdf.ln(4)

    # ---- status of earlier actions
    pdf.set_font("DejaVu", "B", 11)
    pdf.cell(0, 7, "Status för insatser i planen från 2024-11-14", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "I", 8)
    pdf.cell(0, 5, "GRÖN – klar   ·   GUL – pågår   ·   RÖD – ej startad",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)

    colors = {"GRÖN – klar": (120, 200, 120), "GUL – pågår": (250, 215, 90),
              "RÖD – ej startad": (230, 110, 100)}
    cols = [("Insats (2024-11-14)", 70), ("Ansvarig", 45), ("Status", 30), ("Kommentar", W - 145)]

    def table(cols, rows, status_col=None):
        def head():
            pdf.set_font("DejaVu", "B", 8.5)
            pdf.set_fill_color(210, 210, 210)
            for name, w in cols:
                pdf.cell(w, 6.5, name, border=1, fill=True)
            pdf.ln()
        head()
        pdf.set_font("DejaVu", "", 8.5)
        for row in rows:
            heights = []
            for (name, w), val in zip(cols, row):
                lines = pdf.multi_cell(w, 4.6, val, dry_run=True, output="LINES",
                                       padding=(0.8, 1))
                heights.append(len(lines) * 4.6 + 1.6)
            hh = max(heights + [6.5])
            if pdf.get_y() + hh > pdf.h - 16:
                pdf.add_page()
                head()
                pdf.set_font("DejaVu", "", 8.5)
            x0, y0 = pdf.get_x(), pdf.get_y()
            x = x0
            for ci, ((name, w), val) in enumerate(zip(cols, row)):
                if status_col is not None and ci == status_col and val in colors:
                    pdf.set_fill_color(*colors[val])
                    pdf.rect(x, y0, w, hh, style="DF")
                    pdf.set_font("DejaVu", "B", 8.5)
                else:
                    pdf.rect(x, y0, w, hh)
                    pdf.set_font("DejaVu", "", 8.5)
                pdf.set_xy(x, y0)
                pdf.multi_cell(w, 4.6, val, padding=(0.8, 1), align="L")
                x += w
            pdf.set_xy(x0, y0 + hh)

    old = [
        ("Utredning och insättning av ADHD-läkemedel", "Läkare, Vuxenpsykiatrin Köping",
         "GRÖN – klar", "Elvanse sedan december, dos justerad i februari."),
        ("Boendestöd 2 ggr/vecka, stöd med dygnsrytm och hushåll",
         "Boendestödjare, Socialpsykiatrin Köping", "GUL – pågår",
         "Fungerar på tisdagar, torsdagsbesöken uteblir ofta."),
        ("Inskrivning hos Arbetsförmedlingen och kartläggning",
         "Handläggare, Arbetsförmedlingen Köping", "GRÖN – klar",
         "Inskriven 2024-12-02. Kartläggning genomförd."),
        ("Kontakt med budget- och skuldrådgivningen", "Socialsekreterare, IFO Köping",
         "RÖD – ej startad", "Ingen tid bokad ännu."),
        ("Ansökan om aktivitetsstöd", "Handläggare, Försäkringskassan",
         "GUL – pågår", "Ansökan inlämnad, beslut inväntas."),
        ("Sömnbedömning", "Vårdcentralen Köping", "RÖD – ej startad",
         "Robin har inte bokat tid."),
    ]
    table(cols, [list(r) for r in old], status_col=2)
    pdf.ln(5)

    # ---- new actions
    pdf.set_font("DejaVu", "B", 11)
    pdf.cell(0, 7, "Nya och fortsatta insatser", new_x="LMARGIN", new_y="NEXT")
    ncols = [("Insats", 78), ("Ansvarig (verksamhet/funktion)", 60), ("När", W - 138)]
    new = [
        ("Förberedande insats: arbetsträning 50 % på Köpings återbruk, 3 mån",
         "Arbetsförmedlingen Köping, handläggare Fredrik", "Start 2025-04-07"),
        ("Beslut om aktivitetsstöd; avstämning med AF om arbetsträningens omfattning",
         "Försäkringskassan, handläggare", "Beslut senast 2025-04-04"),
        ("ADHD-skola i grupp, 6 träffar", "Sjuksköterska, Vuxenpsykiatrin Köping",
         "Start 2025-04-15"),
        ("Boendestöd fortsätter, flyttas till tisdag och fredag förmiddag",
         "Boendestödjare, Socialpsykiatrin Köping", "Fr.o.m. 2025-03-25"),
        ("Första träff med budget- och skuldrådgivare, genomgång av skulder",
         "Socialsekreterare, IFO Köping", "2025-04-02 kl. 10.00"),
        ("Sömnbedömning och ev. sömnskola", "Vårdcentralen Köping", ""),
        ("Robin bokar själv tid på vårdcentralen via 1177 och tar med sig "
         "sömndagbok", "Robin", "Senast 2025-03-31"),
    ]
    table(ncols, [list(r) for r in new])
    pdf.ln(5)

    field("Huvudansvarig för planen", "Lena, samordnare, Socialpsykiatrin Köpings kommun",
          lw=55)
    field("Nästa uppföljning", "i slutet av maj", lw=55)
    pdf.ln(4)

    pdf.set_font("DejaVu", "B", 11)
    pdf.cell(0, 7, "Deltagare", new_x="LMARGIN", new_y="NEXT")
    dcols = [("Namn", 35), ("Funktion", 55), ("Organisation", W - 90)]
    table(dcols, [
        ["Robin", "Den enskilde", "–"],
        ["Lena", "Samordnare", "Socialpsykiatrin, Köpings kommun"],
        ["Ali", "Boendestödjare", "Socialpsykiatrin, Köpings kommun"],
        ["Therese", "Sjuksköterska", "Vuxenpsykiatrin Köping, Region Västmanland"],
        ["Fredrik", "Arbetsförmedlare", "Arbetsförmedlingen Köping"],
        ["Nina", "Handläggare", "Försäkringskassan"],
    ])
    pdf.output(path(5, "pdf"))


# ---------------------------------------------------------------------------
# 06  Empty county template, .docx
# ---------------------------------------------------------------------------
def plan06():
    doc = Document()
    fix_core(doc, "Mall – Samordnad individuell plan (SIP)", "Länsgemensam ledning Västmanland",
             datetime.datetime(2024, 9, 2, 8, 0))
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    for hn in ("Heading 1", "Heading 2", "Title"):
        doc.styles[hn].font.name = "Arial"
        doc.styles[hn].font.color.rgb = RGBColor(0x00, 0x4F, 0x71)
    doc.styles["Heading 2"].font.size = Pt(12)

    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    hp = sec.header.paragraphs[0]
    hp.text = "Västmanlands län · Region Västmanland och länets kommuner\tMall SIP, version 2024-09"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Sida ")
    r.font.size = Pt(8)
    r = fp.add_run()
    r.font.size = Pt(8)
    add_field(r, "PAGE")

    doc.add_heading("Samordnad individuell plan (SIP)", level=1)
    p = doc.add_paragraph()
    r = p.add_run("Enligt 2 kap. 7 § socialtjänstlagen och 16 kap. 4 § hälso- och "
                  "sjukvårdslagen. Planen upprättas tillsammans med den enskilde och ska "
                  "sparas i respektive verksamhets journal/personakt.")
    r.italic = True
    r.font.size = Pt(9)

    def box(height_cm=1.6):
        t = doc.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        row = t.rows[0]
        row.height = Cm(height_cm)
        t.cell(0, 0).width = Cm(16.4)
        doc.add_paragraph()

    sections = [
        ("Personuppgifter", "Här skriver du den enskildes namn och personnummer, samt "
         "namn på vårdnadshavare om det gäller ett barn.", 1.2),
        ("Datum och plats för mötet", "Här skriver du när och var mötet hölls.", 1.0),
        ("Deltagare", "Här skriver du vilka som deltog på mötet: namn, funktion och "
         "verksamhet/organisation. Ange också vilka som kallats men inte kunnat delta.", 2.4),
        ("Syfte med planen", "Här skriver du varför planen upprättas, utifrån den "
         "enskildes situation.", 1.8),
        ("Frågeställningar", "Här skriver du de frågor som ska besvaras på mötet.", 1.8),
        ("Den enskildes mål", "Här skriver du vad den enskilde själv vill uppnå, "
         "gärna med personens egna ord.", 1.8),
        ("Delaktighet", "Här skriver du hur den enskilde (och vid barn "
         "vårdnadshavare) har varit delaktig, och vad hen själv tycker. Om den "
         "enskilde inte deltog: ange varför och hur hens synpunkter har förmedlats.", 1.8),
        ("Samtycke", "Här skriver du hur och när samtycke till informationsöverföring "
         "har lämnats (muntligt eller skriftligt) och vilka verksamheter det gäller.", 1.2),
        ("Insatser och ansvar", "Här skriver du vilka insatser som ska göras, vem "
         "(verksamhet och funktion) som ansvarar för varje insats och när den ska "
         "vara genomförd.", 4.0),
        ("Andra aktörers insatser", "Här skriver du vad andra än kommun och region "
         "gör, t.ex. Försäkringskassan, Arbetsförmedlingen, god man, närstående eller "
         "den enskilde själv. Finns inga, skriv det.", 2.0),
        ("Huvudansvar för planen", "Här skriver du vem som har huvudansvaret för att "
         "planen hålls samman (namn, funktion och verksamhet).", 1.0),
        ("Uppföljning", "Här skriver du datum för uppföljning och vem som kallar.", 1.0),
    ]
    for i, (head, instr, h) in enumerate(sections, 1):
        doc.add_heading(f"{i}. {head}", level=2)
        p = doc.add_paragraph()
        r = p.add_run(instr)
        r.italic = True
        r.font.size = Pt(9)
        r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
        box(h)

    p = doc.add_paragraph()
    r = p.add_run("Planen skickas till den enskilde och till samtliga deltagare.")
    r.italic = True
    r.font.size = Pt(9)
    doc.save(path(6, "docx"))


# ---------------------------------------------------------------------------
# 07  Home-care nurse short note, .txt UTF-8 LF. Skinnskatteberg.
# ---------------------------------------------------------------------------
def plan07():
    lines = [
        "SIP Bengt 79 år – Skinnskatteberg",
        "2025-04-08 / hemsjukvården",
        "",
        "Bakgr – KOL grad 3, hemsyrgas sedan nov. Bor ensam i villan utanför",
        "Riddarhyttan. Dricker dagligen, mest starköl, enl. egen uppgift \"några",
        "burkar\". 3 inläggningar Västerås sedan dec pga exacerbation, senast",
        "vecka 12. Har haft lite hjälp hemma sedan i höstas. Röker fortf. inne.",
        "",
        "Syfte – att Bengt ska kunna bo kvar hemma och att hemsjukvård, hemtjänst",
        "och VC drar åt samma håll kring KOL:en och drickandet, så det inte blir",
        "fler akuta inläggningar som i vintras.",
        "",
        "Frågor – hur får vi honom att ta kvällsinhalationerna när han druckit?",
        "Kan syrgasen vara kvar när han röker inomhus? Behövs mer hjälp kvällstid?",
        "",
        "Mål (egna ord) – \"Jag vill klara mig här hemma och slippa åka in till",
        "Västerås fler gånger. Ölen bestämmer jag själv över.\"",
        "",
        "Delaktighet – B. ej med på mötet.",
        "",
        "Samtycke – finns.",
        "",
        "Insatser – fortsatt tillsyn, stöd kring alkoholen vid behov, utökad",
        "hjälp i hemmet om det behövs, fortsatt kontakt.",
        "",
        "Huvudansvar – hemsjukvården Skinnskatteberg.",
        "",
        "Övrigt – dottern i Köping orolig, har ringt flera ggr. Färdtjänst?",
        "",
        "Uppfölj – åter om 3 v.",
        "",
        "/Mia dsk",
    ]
    with open(path(7, "txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


# ---------------------------------------------------------------------------
# 08  Psychiatric clinic plan, .docx with heading styles and merged sections.
# ---------------------------------------------------------------------------
def plan08():
    doc = Document()
    fix_core(doc, "Samordnad individuell plan", "Psykiatrimottagningen Fagersta",
             datetime.datetime(2025, 5, 7, 11, 20))
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(11)
    for hn in ("Heading 1", "Heading 2"):
        doc.styles[hn].font.name = "Arial"
        doc.styles[hn].font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)

    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Region Västmanland · Psykiatri Fagersta · Psykiatrimottagningen"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = fp.add_run("SIP · Karin · ÅÅMMDD-XXXX · Sida ")
    r.font.size = Pt(8)
    r = fp.add_run()
    r.font.size = Pt(8)
    add_field(r, "PAGE")

    doc.add_heading("Samordnad individuell plan (SIP)", level=0)
    info = doc.add_table(rows=3, cols=2)
    info.style = "Table Grid"
    for i, (a, b) in enumerate([("Patient", "Karin, ÅÅMMDD-XXXX"),
                                ("Mötesdatum", "2025-05-06 kl. 10.00–11.30"),
                                ("Plats", "Psykiatrimottagningen Fagersta")]):
        set_cell(info.cell(i, 0), a, bold=True)
        set_cell(info.cell(i, 1), b)
        shade(info.cell(i, 0), "E7ECF2")

    doc.add_heading("Bakgrund", level=1)
    doc.add_paragraph(
        "Karin är 46 år och har bipolär sjukdom typ I sedan 2008. Hon har under vintern "
        "haft en manisk episod som ledde till inläggning på psykiatrisk avdelning i "
        "Västerås 2025-02-20 till 2025-04-17, varav de första veckorna enligt LPT. "
        "Under vårdtiden har litiumbehandlingen återinsatts och hon är nu i stort sett "
        "stabil i stämningsläget, men trött och med nedsatt ork. Hon bor ensam i "
        "lägenhet i Fagersta. Före insjuknandet hade hon ingen kommunal insats. Under "
        "den maniska perioden uppstod oordning i hemmet och obetalda räkningar.")

    doc.add_heading("Syfte", level=1)
    doc.add_paragraph(
        "Syftet med planen är att samordna insatserna från psykiatrin, vårdcentralen och "
        "Fagersta kommuns socialpsykiatri efter utskrivningen, så att Karin kan klara "
        "eget boende med ett stabilt stämningsläge och så att tidiga tecken på ett nytt "
        "skov upptäcks innan det leder till en ny inläggning.")

    doc.add_heading("Frågeställningar", level=1)
    doc.add_paragraph("Genomgång av aktuell situation.")

    doc.add_heading("Patientens mål", level=1)
    doc.add_paragraph(
        "Målet är att Karin ska kunna bo kvar i sin lägenhet, ha en regelbunden "
        "dygnsrytm och på sikt återgå till någon form av arbete.")

    doc.add_heading("Delaktighet och samtycke", level=1)
    doc.add_paragraph(
        "Patienten deltog i mötet. Samtycke till samverkan och informationsöverföring "
        "mellan de verksamheter som anges nedan lämnades muntligt av patienten vid "
        "mötet 2025-05-06 och har dokumenterats i journalen.")

    doc.add_heading("Insatser och uppföljning", level=1)

    def unit_par(unit, text):
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(6)
        p.add_run(unit).bold = True
        p.add_run(" " + text)

    unit_par("Psykiatrimottagningen Fagersta.",
             "Överläkare ansvarar för läkemedelsbehandlingen med litium. S-litium "
             "kontrolleras 2025-05-13 och därefter var tredje månad. Kontaktsjuksköterska "
             "träffar patienten varannan vecka med start 2025-05-15 och går igenom "
             "varningstecken och en krisplan vid besöket 2025-05-29.")
    unit_par("Socialpsykiatrin, Fagersta kommun.",
             "Boendestödjare ger boendestöd två gånger per vecka (måndag och torsdag) "
             "fr.o.m. 2025-05-12 med fokus på dygnsrytm, måltider och att öppna post "
             "och betala räkningar.")
    unit_par("Vårdcentralen Fagersta.",
             "Distriktsläkare kontrollerar njurfunktion, tyreoideaprover och blodtryck "
             "2025-06-10 med anledning av litiumbehandlingen och återkopplar svaren "
             "till psykiatrimottagningen.")
    unit_par("Aktivitetshuset, Fagersta kommun.",
             "Arbetsterapeut tar emot patienten för ett första introduktionsbesök i "
             "sysselsättningsverksamheten 2025-05-20, därefter två förmiddagar per vecka.")
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(6)
    p.add_run("Uppföljning: ").bold = True
    p.add_run("Planen följs upp 2025-08-26 kl. 13.00 på Psykiatrimottagningen Fagersta.")

    doc.add_heading("Deltagare", level=1)
    doc.add_paragraph("Närvarande: Karin (patient), Per, Sofia, Lina och Anna.")

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(14)
    r = p.add_run("Dokumenterat 2025-05-07. Planen har skickats till patienten och till "
                  "deltagande verksamheter.")
    r.italic = True
    r.font.size = Pt(9)
    doc.save(path(8, "docx"))


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
    print("done:", sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()
