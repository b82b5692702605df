#!/usr/bin/env python
"""Generate batch f95b: eight fictional, anonymized documents (seven SIP plans and one
orosanmälan), Region Jönköpings län, 2025. Deterministic: fixed dates, no randomness."""
import datetime
import os
import shutil
import subprocess
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF

HERE = Path(__file__).resolve().parent
PLANS = HERE / "plans"
BUILD = HERE / "build"
PREFIX = "f95b"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIXED = datetime.datetime(2025, 1, 1, 8, 0, 0)


def out(n, ext):
    return PLANS / f"{PREFIX}-{n:02d}.{ext}"


def fix_core(doc, author):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    cp.title = ""
    cp.comments = ""


def normalize_docx(path):
    """Rewrite the zip with fixed timestamps so repeated runs give identical bytes."""
    import zipfile
    path = Path(path)
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    tmp.replace(path)


def soffice_pdf(docx_path, outdir):
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file:///tmp/lo-{PREFIX}", "--headless",
         "--convert-to", "pdf", "--outdir", str(outdir), str(docx_path)],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def bold_par(doc, text, size=None, space_before=8):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    p.paragraph_format.space_before = Pt(space_before)
    p.paragraph_format.space_after = Pt(2)
    return p


def set_widths(table, widths_cm):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for cell, w in zip(row.cells, widths_cm):
            cell.width = Cm(w)


def header_row(table, labels, fill="D9D9D9"):
    for cell, lab in zip(table.rows[0].cells, labels):
        cell.text = ""
        r = cell.paragraphs[0].add_run(lab)
        r.bold = True
        shade(cell, fill)
    trPr = table.rows[0]._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trPr.append(th)


# ---------------------------------------------------------------------------
# 1. fpdf2 record print, narrow wrapping columns, rules under rows only
# ---------------------------------------------------------------------------
class RecordPDF(FPDF):
    def header(self):
        self.set_font("DV", "", 7.5)
        self.set_text_color(60, 60, 60)
        self.cell(95, 4, "Cosmic  |  Region Jönköpings län  |  Journalutskrift", align="L")
        self.cell(0, 4, f"Utskriven 2025-03-19 10:41   Sida {self.page_no()} ({{nb}})", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.cell(0, 4, "Patient: H.   ÅÅMMDD-XXXX   Vårdenhet: Beroendekliniken Jönköping",
                  new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(120, 120, 120)
        self.set_line_width(0.2)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("DV", "", 7)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, "Utskrift ur journal – hanteras enligt OSL. Dokumentmall: SIP vuxen v.3",
                  align="C")
        self.set_text_color(0, 0, 0)


def make_01():
    pdf = RecordPDF(format="A4", unit="mm")
    pdf.set_creation_date(FIXED)
    pdf.add_font("DV", "", FONT)
    pdf.add_font("DV", "B", FONT_B)
    pdf.set_margins(15, 12, 15)
    pdf.set_auto_page_break(True, margin=16)
    pdf.alias_nb_pages()
    pdf.add_page()

    pdf.set_font("DV", "B", 12)
    pdf.cell(0, 7, "Samordnad individuell plan (SIP)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 8)
    pdf.cell(0, 4, "Anteckningstyp: SIP-plan   Signerad: 2025-03-19   Yrkesroll: Sjuksköterska",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    def field(label, value, lw=42):
        pdf.set_font("DV", "B", 9)
        y = pdf.get_y()
        pdf.multi_cell(lw, 5, label, new_x="RIGHT", new_y="TOP")
        pdf.set_font("DV", "", 9)
        pdf.multi_cell(0, 5, value if value else "", align="L", new_x="LMARGIN", new_y="NEXT")
        if pdf.get_y() < y + 5:
            pdf.set_y(y + 5)
        pdf.ln(1)

    field("Mötesdatum:", "2025-03-18")
    field("Plats:", "Beroendekliniken, Länssjukhuset Ryhov, Jönköping")
    field("Deltagare:", "Socialsekreterare, sjuksköterska, överläkare, boendestödjare, "
                        "sjuksköterska hemsjukvård")
    field("Syfte med planen:", "")
    field("Bakgrund:",
          "H. är 47 år och bor ensam i hyreslägenhet på Öster i Jönköping. Alkoholberoende sedan "
          "många år, flera avgiftningar på Beroendekliniken senaste två åren, senast 2025-02-27 "
          "till 2025-03-06. Alkoholorsakad leversjukdom med levercirros konstaterad hösten 2024, "
          "ascites vid senaste inläggningen på medicinkliniken. Har haft svårt att komma till "
          "provtagningar och återbesök. Arbetslös sedan 2022, har försörjningsstöd. Hyresskuld "
          "på ca två månadshyror enligt socialtjänsten.")
    field("Mål:",
          "Målet är att H. ska minska sitt alkoholintag till ingen eller låg konsumtion, att "
          "leverfunktionen ska stabiliseras och att han ska kunna bo kvar i sin lägenhet.")
    pdf.ln(2)

    pdf.set_font("DV", "B", 10)
    pdf.cell(0, 6, "Insatser", new_x="LMARGIN", new_y="NEXT")

    cols = [("Insats", 38), ("Ansvarig", 62), ("Start", 40), ("Uppföljs", 40)]
    lh = 4.6

    def table_head():
        pdf.set_font("DV", "B", 8.5)
        x0 = pdf.l_margin
        y = pdf.get_y()
        for name, w in cols:
            pdf.set_xy(x0, y)
            pdf.cell(w, 5.5, name)
            x0 += w
        pdf.set_y(y + 5.5)
        pdf.set_line_width(0.35)
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + sum(w for _, w in cols), pdf.get_y())
        pdf.ln(1)

    rows = [
        ("Läkemedelsbehandling mot återfall (disulfiram under övervakning måndag, onsdag, "
         "fredag) och stödsamtal med sjuksköterska varannan vecka enligt ÅP-program",
         "Beroendekliniken Ryhov, sjuksköterska Maria och ansvarig överläkare",
         "2025-03-24", "v. 18"),
        ("Provtagning leverstatus (PEth, ALAT, ASAT, bilirubin, albumin, PK) var fjärde vecka "
         "samt bedömning av hepatolog avseende cirros och ascites",
         "Medicinkliniken Ryhov, levermottagningen",
         "2025-04-01", "v. 18"),
        ("Boendestöd två gånger per vecka: struktur i vardagen, stöd att handla och laga mat, "
         "påminnelse och följe till provtagning och återbesök",
         "Socialförvaltningen Jönköping, boendestöd vuxen, boendestödjare",
         "2025-03-31", "vid behov"),
        ("Utredning av fortsatt försörjningsstöd och upprättande av avbetalningsplan för "
         "hyresskulden så att H. inte blir uppsagd från lägenheten",
         "Socialtjänsten Jönköping, IFO vuxen, socialsekreterare",
         "2025-03-20", "i maj"),
        ("Hjälp att hämta ut läkemedel på apotek och dela dem i dosett en gång per vecka, "
         "inklusive vätskedrivande och betablockerare, samt kontroll av vikt och bukomfång",
         "Regionen",
         "2025-03-24", "vid behov"),
        ("Hemsjukvårdsbesök vid försämring: bedömning av ödem, buksmärta, förvirring; "
         "kontakt med jourläkare vid tecken på leverkoma",
         "Kommunal hemsjukvård Jönköping, sjuksköterska",
         "2025-03-24", "v. 18"),
    ]
    table_head()
    pdf.set_font("DV", "", 8.5)
    for row in rows:
        heights = []
        for (name, w), txt in zip(cols, row):
            lines = pdf.multi_cell(w - 2, lh, txt, align="L", dry_run=True, output="LINES")
            heights.append(len(lines) * lh)
        rh = max(heights) + 1.5
        if pdf.get_y() + rh > pdf.page_break_trigger:
            pdf.add_page()
            table_head()
            pdf.set_font("DV", "", 8.5)
        y = pdf.get_y()
        x0 = pdf.l_margin
        for (name, w), txt in zip(cols, row):
            pdf.set_xy(x0, y)
            pdf.multi_cell(w - 2, lh, txt, align="L")
            x0 += w
        pdf.set_y(y + rh)
        pdf.set_line_width(0.1)
        pdf.set_draw_color(150, 150, 150)
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + sum(w for _, w in cols), pdf.get_y())
        pdf.set_draw_color(0, 0, 0)
        pdf.ln(1.5)

    pdf.ln(4)
    pdf.set_font("DV", "", 9)
    field("Huvudansvarig för planen:", "", lw=56)
    field("Nästa uppföljning av planen:", "", lw=56)
    field("Övrigt:",
          "Planen skickas till deltagande enheter via Cosmic-meddelande. Ny läkemedelslista "
          "bifogas separat efter ändring av diuretika 2025-03-18.", lw=56)
    pdf.ln(3)
    pdf.set_font("DV", "", 8)
    pdf.cell(0, 4, "Dokumenterad av: Sjuksköterska, Beroendekliniken Jönköping",
             new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(out(1, "pdf")))


# ---------------------------------------------------------------------------
# 2. docx with content controls (w:sdt)
# ---------------------------------------------------------------------------
PH_TEXT = "Klicka eller tryck här för att ange text."
PH_DATE = "Klicka här för att ange datum."
_sdt_id = [-1800000000]


def add_sdt(paragraph, alias, value=None, date=None, is_date=False):
    """Append a run-level content control to the paragraph. value/date None -> placeholder."""
    _sdt_id[0] -= 7919
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    empty = (date is None) if is_date else (value is None)
    if empty:
        rpr = OxmlElement("w:rPr")
        rs = OxmlElement("w:rStyle")
        rs.set(qn("w:val"), "Platshllartext")
        rpr.append(rs)
        pr.append(rpr)
    a = OxmlElement("w:alias"); a.set(qn("w:val"), alias); pr.append(a)
    t = OxmlElement("w:tag"); t.set(qn("w:val"), alias.replace(" ", "_")); pr.append(t)
    i = OxmlElement("w:id"); i.set(qn("w:val"), str(_sdt_id[0])); pr.append(i)
    ph = OxmlElement("w:placeholder")
    dp = OxmlElement("w:docPart")
    dp.set(qn("w:val"), "DefaultPlaceholder_-1854013437" if is_date
           else "DefaultPlaceholder_-1854013440")
    ph.append(dp); pr.append(ph)
    if empty:
        pr.append(OxmlElement("w:showingPlcHdr"))
    if is_date:
        d = OxmlElement("w:date")
        if date:
            d.set(qn("w:fullDate"), f"{date}T00:00:00Z")
        for tag, val in (("w:dateFormat", "yyyy-MM-dd"), ("w:lid", "sv-SE"),
                         ("w:storeMappedDataAs", "dateTime"), ("w:calendar", "gregorian")):
            e = OxmlElement(tag); e.set(qn("w:val"), val); d.append(e)
        pr.append(d)
    else:
        pr.append(OxmlElement("w:text"))
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    if empty:
        rpr = OxmlElement("w:rPr")
        rs = OxmlElement("w:rStyle"); rs.set(qn("w:val"), "Platshllartext")
        rpr.append(rs); r.append(rpr)
    tt = OxmlElement("w:t")
    tt.set(qn("xml:space"), "preserve")
    if empty:
        tt.text = PH_DATE if is_date else PH_TEXT
    else:
        tt.text = date if is_date else value
    r.append(tt)
    content.append(r)
    sdt.append(content)
    paragraph._p.append(sdt)
    return sdt


def make_02():
    doc = Document()
    fix_core(doc, "IFO Barn och unga Värnamo")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    ph = doc.styles.add_style("Placeholder Text", WD_STYLE_TYPE.CHARACTER)
    ph.element.set(qn("w:styleId"), "Platshllartext")
    ph.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Värnamo kommun  •  Region Jönköpings län\tSIP barn och unga – blankett 2024:2"
    fp = sec.footer.paragraphs[0]
    fp.text = "Mallen är framtagen i samverkan mellan länets kommuner och Region Jönköpings län."
    fp.runs[0].font.size = Pt(8)

    t = doc.add_paragraph()
    r = t.add_run("Samordnad individuell plan (SIP)")
    r.bold = True; r.font.size = Pt(16)
    doc.add_paragraph("Fyll i fälten nedan. Planen ska upprättas tillsammans med barnet/den "
                      "unga och vårdnadshavare.").runs[0].italic = True

    def line(label, alias, value=None, date=None, is_date=False):
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(4)
        rr = p.add_run(label + " ")
        rr.bold = True
        add_sdt(p, alias, value=value, date=date, is_date=is_date)
        return p

    bold_par(doc, "Personuppgifter", size=12)
    line("Barnets/den ungas namn:", "Namn", "Elin")
    line("Personnummer:", "Personnummer", "XXXXXX-XXXX")
    line("Vårdnadshavare:", "Vardnadshavare", "Mamma Annika och pappa Tomas (gemensam vårdnad)")

    bold_par(doc, "Mötet", size=12)
    line("Datum för mötet:", "Motesdatum", date="2025-05-06", is_date=True)
    line("Plats:", "Plats", "Socialkontoret, Värnamo")
    line("Deltagare:", "Deltagare",
         "Elin, mamma Annika, kurator, behandlare, socialsekreterare, skolsköterska")

    bold_par(doc, "Syfte med SIP", size=12)
    p = doc.add_paragraph(); add_sdt(p, "Syfte",
        "Att samordna stödet från skolan, BUP och socialtjänsten så att Elin kan komma tillbaka "
        "till skolan efter frånvaron i vår, få behandling för sin nedstämdhet och sluta röka "
        "cannabis, och att alla vet vem som gör vad.")

    bold_par(doc, "Frågeställningar inför mötet", size=12)
    p = doc.add_paragraph(); add_sdt(p, "Fragestallningar")

    bold_par(doc, "Bakgrund / nuläge", size=12)
    p = doc.add_paragraph(); add_sdt(p, "Bakgrund",
        "Elin är 16 år och går i årskurs 1 på gymnasiet i Värnamo. Hon har varit nedstämd sedan "
        "hösten 2024 och har kontakt med BUP Värnamo sedan januari. Sedan februari har hon hög "
        "frånvaro (ca 60 %). I mars kom en orosanmälan från skolan efter att Elin setts påverkad "
        "på skolgården, och i april lämnade hon ett positivt urinprov för cannabis. Mamma berättar "
        "att Elin sover mycket på dagarna och är uppe på nätterna.")

    bold_par(doc, "Elins egna mål (med egna ord)", size=12)
    p = doc.add_paragraph(); add_sdt(p, "Mal_enskild")
    bold_par(doc, "Elins syn och önskemål", size=12)
    p = doc.add_paragraph(); add_sdt(p, "Syn_onskemal")

    bold_par(doc, "Samtycke", size=12)
    line("Samtycke till informationsutbyte:", "Samtycke", "Samtycke finns.")
    line("Datum för samtycke:", "Samtycke_datum", is_date=True)

    bold_par(doc, "Insatser", size=12)
    tbl = doc.add_table(rows=1, cols=3)
    tbl.style = "Table Grid"
    header_row(tbl, ["Insats", "Ansvarig (verksamhet/funktion)", "När"])
    rows = [
        ("Behandlingssamtal med KBT-inriktning för nedstämdhet varannan vecka, läkarbedömning "
         "av ev. medicinering", "BUP Värnamo, behandlare och läkare", "2025-05-13"),
        ("Öppenvårdsbehandling för cannabisbruk (Ungdomsmottagningen/Mini-Maria), urinprov en "
         "gång i veckan", "Socialtjänsten Värnamo, ungdomsteamet", None),
        ("Anpassad studiegång med reducerat schema och veckovis avstämning med mentor varje "
         "måndag", "Rektor och mentor, gymnasieskolan", "2025-05-12"),
        (None, None, None),
    ]
    for k, (ins, ans, nar) in enumerate(rows):
        cells = tbl.add_row().cells
        add_sdt(cells[0].paragraphs[0], f"Insats_{k+1}", ins)
        add_sdt(cells[1].paragraphs[0], f"Ansvarig_{k+1}", ans)
        add_sdt(cells[2].paragraphs[0], f"Nar_{k+1}", date=nar, is_date=True)
    set_widths(tbl, [7.5, 5.5, 3.6])

    bold_par(doc, "Andra aktörers insatser (t.ex. närstående, Försäkringskassan, god man)", size=12)
    p = doc.add_paragraph(); add_sdt(p, "Andra_aktorer")

    bold_par(doc, "Ansvar och uppföljning", size=12)
    line("Huvudansvarig för planen:", "Huvudansvarig", "Socialtjänsten Värnamo")
    line("Nästa uppföljning:", "Uppfoljning", is_date=True)
    line("Planen skickas till:", "Sandlista", "Samtliga deltagare")
    doc.save(out(2, "docx"))


# ---------------------------------------------------------------------------
# 3. Plain text, telegraphic district-nurse summary, UTF-8 LF
# ---------------------------------------------------------------------------
TXT03 = """\
SIP 2025-05-14  M., 91 år, Nässjö
Skrivet av dsk, Vårdcentralen Nässjö

SIP idag m dotter o hemtj hemma hos M. Syfte: att vc, hemtj o dotter
drar åt samma håll så att M. kan bo kvar hemma trots hjärtsvikten o inte
behöver åka in på akuten igen (3 ggr sen feb, senast Höglandssjukhuset
v.18).

Närv: M., dotter Eva, Lotta fr hemtj, Anders bist.handl, jag.

Frågor inför mötet:
- klarar M. nätterna själv? Ramlat 2 ggr på väg till toa nattetid
- behövs trygghetslarm + nattillsyn?
- vem väger henne o reagerar på viktuppgång?

Läget: EF ca 30 %. Ödem underben. Andfådd vid påkl. Glömmer ibland
furix på morgonen. Äter dåligt, dotter handlar idag varannan vecka.
Hemtj 2 ggr/dag idag (morgon, kväll).

M. säger själv: "Jag vill bo kvar här, inte flytta till något boende.
Jag vill kunna gå ner till brevlådan själv och ha kaffe med Eva på
lördagarna." Vill ej ha fler besök än nödvändigt men går med på
nattillsyn "om det gör Eva lugn".

Överensk.:
- hemtj ökar till 4 besök/dag fr v.21 (morgon, lunch, kväll, natt-
  tillsyn ca 01) + påminner om furix vid morgonbesök. Hemtj Nässjö
  norra, gruppledare.
- bist.handl tar beslut om utökad hemtj + trygghetslarm, klart
  fre 16/5.
- ssk vc (jag): vikt 2 ggr/v fr 19/5 (hemtj väger, skriver i lista),
  ringer läk om +2 kg på 3 dgr.
- läk vc ser över diuretika o kalium.
- dotter: handlar varje lördag, fyller på kylskåpet, följer med till
  hjärtsviktsmott Höglandssjukhuset 3/6.
- M.: ringer larmet om hon ramlar, har rollatorn vid sängen.

Uppf v.22 hemma hos M., samma gäng.

/Karin dsk
"""


def make_03():
    with open(out(3, "txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(TXT03)


# ---------------------------------------------------------------------------
# 4. Markdown with YAML front matter
# ---------------------------------------------------------------------------
MD04 = """\
---
dokument: Samordnad individuell plan (SIP)
person: "O., 24 år"
kommun: Vetlanda
datum: 2025-04-02
plats: Kommunhuset Vetlanda, mötesrum Lillsjön
deltagare:
  - "O., den enskilde"
  - "Ahmed, socialsekreterare, Försörjningsstöd IFO Vetlanda kommun"
  - "Sofia, arbetsmarknadskonsulent, Arbetsmarknadsenheten Vetlanda kommun"
  - "Linnea, sjuksköterska, Psykiatriska öppenvårdsmottagningen Vetlanda (Region Jönköpings län)"
  - "Johan, arbetsförmedlare, Arbetsförmedlingen Vetlanda"
huvudansvarig: "Ahmed, socialsekreterare, Försörjningsstöd IFO Vetlanda kommun"
samtycke: "Skriftligt, samtyckesblankett undertecknad av O. på mötet 2025-04-02"
---

# SIP för O.

## Syfte

Planen ska samordna socialtjänstens, psykiatrins och Arbetsförmedlingens
insatser så att O. får rätt ADHD-behandling och samtidigt kommer igång med
praktik och sedan arbete, i stället för att som hittills få olika besked
från olika håll.

## Bakgrund

O. är 24 år och bor i egen lägenhet i Vetlanda. Han fick sin ADHD-diagnos
2023 vid Psykiatriska öppenvårdsmottagningen Vetlanda och prövade
medicinering en kort tid men slutade när han flyttade. Han har gymnasie-
examen från fordonsprogrammet, har jobbat kortare perioder på lager och i
bilverkstad men har varit arbetslös sedan mars 2024 och har försörjningsstöd
sedan augusti 2024. Han berättar att han har svårt att passa tider, har
missat möten hos AF och har därför fått underrättelser. Han har skulder på
ca 40 000 kr (mobilabonnemang, CSN).

## Mina mål

> "Jag vill ha ett riktigt jobb, helst med bilar, och klara mig utan
> försörjningsstöd. Jag vill få ordning på tiderna så att jag inte missar
> saker hela tiden."

## O:s egen syn

O. deltog på hela mötet. Han tycker att medicinen han provade hjälpte mot
rastlösheten men gjorde honom sömnlös, och vill pröva igen med tätare
uppföljning. Han vill helst ha praktik på en verkstad och inte i
"någon kurs i ett klassrum". Han önskar påminnelser via sms inför alla
möten.

## Insatser

| Insats | Vem (verksamhet, funktion) | När |
|---|---|---|
| Läkarbesök för ny inställning av ADHD-medicin, därefter sjuksköterskekontakt varannan vecka under titreringen | Psykiatriska öppenvårdsmottagningen Vetlanda, läkare och sjuksköterska Linnea | Läkarbesök 2025-04-15, sedan varannan vecka t.o.m. juni |
| Sms-påminnelse dagen före alla inbokade möten | Arbetsmarknadsenheten, arbetsmarknadskonsulent Sofia | Från 2025-04-07 |
| Kartläggning och praktik på verkstad, 50 % med målet att öka till 75 % | Arbetsmarknadsenheten Vetlanda, arbetsmarknadskonsulent Sofia | Kartläggning v. 15–16, praktikstart 2025-05-05 |
| Fortsatt försörjningsstöd under praktiken, kontakt med budget- och skuldrådgivningen | Försörjningsstöd IFO, socialsekreterare Ahmed | Beslut 2025-04-10, bokad tid hos skuldrådgivare 2025-04-24 |

## Andra aktörer

- **Arbetsförmedlingen** (arbetsförmedlare Johan) skriver in O. i
  programmet Rusta och matcha/stöd till arbete och anvisar praktiken via
  Arbetsmarknadsenheten, handlingsplan klar senast 2025-04-17.
- **O. själv** tar medicinen enligt ordination, lägger in alla tider i
  mobilens kalender och hör av sig till Sofia samma dag om han inte kan
  komma.
- O. vill inte att hans mamma ska vara med i planen just nu.

## Uppföljning

Planen följs upp i september 2025. Ahmed kallar.
"""


def make_04():
    with open(out(4, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(MD04)


# ---------------------------------------------------------------------------
# 5. docx with a shaded "Sammanfattning" box that disagrees on one date
# ---------------------------------------------------------------------------
def make_05():
    doc = Document()
    fix_core(doc, "Elevhälsan Gislaved")
    st = doc.styles["Normal"]; st.font.name = "Arial"; st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    hp = sec.header.paragraphs[0]
    hp.text = "Gislaveds kommun, Barn- och utbildningsförvaltningen\tSIP"
    hp.runs[0].font.size = Pt(8)

    doc.add_heading("Samordnad individuell plan – E., 12 år", level=1)
    p = doc.add_paragraph("Möte 2025-09-02 kl. 09.00–10.30, Övrabyskolan Gislaved, "
                          "konferensrummet.")

    box = doc.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    c = box.cell(0, 0)
    shade(c, "E2EFDA")
    c.paragraphs[0].add_run("Sammanfattning").bold = True
    for s in [
        "E. börjar med anpassat schema tre dagar i veckan från 2025-09-08, två lektioner per dag.",
        "BUP Gislaved startar KBT för ångest, första besök 2025-09-15.",
        "Skolkurator träffar E. varje tisdag från 2025-09-09.",
        "Familjebehandlare från socialtjänsten erbjuds familjen.",
        "Nästa uppföljning: 2025-10-14 kl. 13.00 på skolan.",
    ]:
        c.add_paragraph(s, style="List Bullet")
    doc.add_paragraph()

    doc.add_heading("1. Deltagare", level=2)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    header_row(t, ["Namn", "Funktion", "Verksamhet"])
    for row in [
        ("E.", "Elev", "–"),
        ("Jenny", "Vårdnadshavare (mamma)", "–"),
        ("Mikael", "Vårdnadshavare (pappa)", "–"),
        ("Helena", "Rektor", "Övrabyskolan, Gislaveds kommun"),
        ("Petra", "Skolkurator", "Elevhälsan, Gislaveds kommun"),
        ("Kristoffer", "Psykolog", "BUP Gislaved, Region Jönköpings län"),
        ("Sanna", "Socialsekreterare", "Socialtjänsten Gislaved, Barn och familj"),
    ]:
        cells = t.add_row().cells
        for cc, v in zip(cells, row):
            cc.text = v

    doc.add_heading("2. Bakgrund", level=2)
    doc.add_paragraph(
        "E. går i årskurs 6. Sedan vårterminen 2025 har han haft ökande frånvaro, under maj "
        "var han i skolan ungefär en dag per vecka. Han har magont och illamående på morgnarna "
        "och kan inte ta sig ur bilen när pappa kör honom till skolan. Skolsköterskan har "
        "uteslutit kroppsliga orsaker. BUP Gislaved har gjort en bedömning i juni och ser "
        "generaliserat ångestsyndrom och social ångest. Efter sommarlovet har E. inte varit i "
        "skolan alls.")

    doc.add_heading("3. Syfte", level=2)
    doc.add_paragraph("Samordning av insatser.")

    doc.add_heading("4. Frågeställningar", level=2)
    doc.add_paragraph("Diskutera läget kring skolan.")

    doc.add_heading("5. Mål", level=2)
    doc.add_paragraph(
        "Målet är att E. ska kunna vara i skolan minst tre dagar i veckan före jullovet och "
        "att ångesten ska minska så att han kan vara med på idrotten igen.")

    doc.add_heading("6. E:s och vårdnadshavarnas syn", level=2)
    doc.add_paragraph(
        "E. var med på mötet tillsammans med mamma och pappa. E. berättar att det värsta är "
        "matsalen och korridoren på morgonen när det är mycket folk och ljud. Han tycker om "
        "slöjd och idrott och vill helst börja med de lektionerna. Han vill inte att klassen "
        "ska få veta varför han varit borta. Föräldrarna vill att E. ska få börja i liten "
        "skala och att skolan hör av sig samma dag om något händer.")

    doc.add_heading("7. Samtycke", level=2)
    doc.add_paragraph(
        "Vårdnadshavarna (mamma och pappa) gav muntligt samtycke på mötet 2025-09-02 till att "
        "skolan, BUP Gislaved och socialtjänsten delar information med varandra inom ramen för "
        "SIP. E. har fått det förklarat för sig och tycker att det är okej.")

    doc.add_heading("8. Insatser och ansvar", level=2)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    header_row(t, ["Insats", "Ansvarig", "Start/när"])
    for row in [
        ("Anpassat schema tre dagar/vecka, två lektioner per dag (slöjd, idrott, matematik i "
         "liten grupp). E. äter lunch i studiehallen i stället för matsalen.",
         "Rektor Helena, Övrabyskolan", "2025-09-08"),
        ("Stödsamtal med skolkurator varje tisdag, fokus på morgonrutiner och att stanna kvar "
         "i skolan.", "Skolkurator Petra, Elevhälsan", "2025-09-09"),
        ("KBT för ångest, ca 12 sessioner, med exponering för skolsituationer i samråd med "
         "skolan.", "BUP Gislaved, psykolog Kristoffer", "2025-09-15"),
        ("Familjebehandling/föräldrastöd kring morgnarna och hur föräldrarna kan stötta "
         "skolgången.", "Socialtjänsten Gislaved, familjebehandlare", ""),
    ]:
        cells = t.add_row().cells
        for cc, v in zip(cells, row):
            cc.text = v
    set_widths(t, [9, 4.5, 2.8])

    doc.add_heading("9. Föräldrarnas roll", level=2)
    doc.add_paragraph("Föräldrarna är ett viktigt stöd för E. och ska vara delaktiga i "
                      "arbetet framåt.")

    doc.add_heading("10. Uppföljning", level=2)
    doc.add_paragraph("Nästa uppföljning sker 2025-10-21 kl. 13.00 på Övrabyskolan. "
                      "Samma deltagare kallas.")
    doc.save(out(5, "docx"))


# ---------------------------------------------------------------------------
# 6. docx -> PDF via LibreOffice, facts in the footer on every page
# ---------------------------------------------------------------------------
def make_06():
    doc = Document()
    fix_core(doc, "Tranås kommun")
    st = doc.styles["Normal"]; st.font.name = "Liberation Serif"; st.font.size = Pt(11.5)
    st.paragraph_format.space_after = Pt(6)
    sec = doc.sections[0]
    sec.top_margin = Cm(2.5); sec.bottom_margin = Cm(2.5)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.header.paragraphs[0].text = ("Tranås kommun, Vård och omsorg  |  Region Jönköpings län"
                                     "\t\tSIP")
    fpar = sec.footer.paragraphs[0]
    fpar.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fr = fpar.add_run("Huvudansvarig: Lena, biståndshandläggare, Vård och omsorg Tranås kommun"
                      "  |  Nästa uppföljning: 2025-11-18")
    fr.font.size = Pt(8.5)

    doc.add_heading("Samordnad individuell plan", level=0)
    for lab, val in [("Namn:", "S."), ("Personnummer:", "ÅÅMMDD-XXXX"),
                     ("Datum för möte:", "2025-08-26"),
                     ("Plats:", "Vårdcentralen Tranås, samtalsrum 2"),
                     ("Deltagare:", "S., Lena, Anders, Pia, Maria, Jessica")]:
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(1)
        p.add_run(lab + " ").bold = True
        p.add_run(val)

    doc.add_heading("Syfte", level=1)
    doc.add_paragraph("Samordning.")

    doc.add_heading("Frågeställningar", level=1)
    for q in [
        "Hur ska S. klara morgnarna med barnen (3 och 6 år) när tröttheten är som värst, "
        "framför allt tiden 06.30–08.30?",
        "Räcker utökad hemtjänst, eller ska personlig assistans enligt LSS utredas?",
        "Kan förskolan utöka vistelsetiden för det yngsta barnet under hösten?",
        "Behöver S. nya hjälpmedel i badrummet efter fallet i juli?",
    ]:
        doc.add_paragraph(q, style="List Number")

    doc.add_heading("Bakgrund", level=1)
    doc.add_paragraph(
        "S. är 38 år och har skovvis förlöpande MS sedan 2016. Under 2025 har hon haft två "
        "skov, det senaste i juni med kraftnedsättning i vänster ben och uttalad fatigue. Hon "
        "går med rollator inomhus dåliga dagar och har ramlat i badrummet en gång i juli. Hon "
        "bor i radhus i Tranås med sina två barn, Alva 6 år som går i förskoleklass och Leo 3 "
        "år som går på förskola 25 timmar i veckan. S. arbetade tidigare som undersköterska "
        "men har inte arbetat sedan våren 2024.")
    doc.add_paragraph(
        "Hemtjänst finns sedan augusti med tillsyn en gång per dag. Morgnarna är svårast, då ska "
        "barnen kläs, äta frukost och lämnas, och S. har som mest ork på eftermiddagen. Hon "
        "behandlas med bromsmedicin via Neurologmottagningen på Länssjukhuset Ryhov och har "
        "kontakt med Rehab Tranås för sjukgymnastik.")
    doc.add_paragraph(
        "S. deltog på mötet. Mötet hölls på vårdcentralen eftersom det var lättast för S. att ta "
        "sig dit med färdtjänst.")

    doc.add_heading("Insatser", level=1)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    header_row(t, ["Insats", "Vem (verksamhet, funktion)", "När"])
    for row in [
        ("Utökad hemtjänst vardagar kl. 07.00–08.30: hjälp med barnens påklädning, frukost och "
         "att komma iväg till förskolan.",
         "Hemtjänst Tranås centrum, enhetschef planerar, undersköterskor utför",
         "Från 2025-09-01"),
        ("Utredning av personlig assistans enligt LSS (grundläggande behov, föräldraskap).",
         "LSS-handläggare, Socialförvaltningen Tranås kommun",
         "Utredningen påbörjas 2025-09-08, beslut senast 2025-10-31"),
        ("Utökad vistelsetid på förskolan för Leo till 40 timmar/vecka under hösten.",
         "Rektor, Förskolan Solrosen, Tranås kommun",
         "Från 2025-09-15"),
        ("Hembesök med bedömning av hjälpmedel i badrum (duschstol, stödhandtag, "
         "toalettförhöjning) samt förskrivning.",
         "Arbetsterapeut, kommunal hälso- och sjukvård Tranås",
         "Hembesök 2025-09-04"),
        ("Sjukgymnastik med balans- och styrketräning en gång i veckan.",
         "Fysioterapeut Jessica, Rehab Tranås (Region Jönköpings län)",
         "Från 2025-09-03, tisdagar"),
        ("Läkarbesök för utvärdering av bromsmedicin och behandling av fatigue.",
         "Neurologmottagningen Länssjukhuset Ryhov, neurolog och MS-sjuksköterska",
         "Återbesök 2025-10-02"),
        ("Samtal med kurator på vårdcentralen om hur S. pratar med barnen om sjukdomen.",
         "Kurator Maria, Vårdcentralen Tranås",
         "Första samtal 2025-09-11"),
    ]:
        cells = t.add_row().cells
        for cc, v in zip(cells, row):
            cc.text = v
    set_widths(t, [6.3, 5.0, 4.7])

    doc.add_heading("Övrigt", level=1)
    doc.add_paragraph(
        "Färdtjänsttillstånd finns sedan tidigare. Hemtjänsten och förskolan stämmer av "
        "lämningstider direkt med varandra. Planen skickas till samtliga deltagare per post och "
        "S. får sitt exemplar vid nästa hembesök.")

    src = BUILD / f"{PREFIX}-06.docx"
    doc.save(src)
    soffice_pdf(src, BUILD)
    shutil.move(str(BUILD / f"{PREFIX}-06.pdf"), str(out(6, "pdf")))


# ---------------------------------------------------------------------------
# 7. docx with refused measures and "Det här vill jag inte"
# ---------------------------------------------------------------------------
def make_07():
    doc = Document()
    fix_core(doc, "Socialtjänsten Eksjö")
    st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.4)
    hp = sec.header.paragraphs[0]
    hp.text = "Eksjö kommun – Socialtjänsten, Vuxenenheten"
    hp.runs[0].font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.text = "SIP – A. – upprättad 2025-09-30"
    fp.runs[0].font.size = Pt(8)

    t = doc.add_paragraph()
    r = t.add_run("SIP – samordnad individuell plan")
    r.bold = True; r.font.size = Pt(15)
    r.font.small_caps = True
    doc.add_paragraph("A., 52 år, Eksjö. Möte 2025-09-30 på Vuxenenheten, Eksjö. "
                      "A. deltog på mötet.")

    bold_par(doc, "Bakgrund")
    doc.add_paragraph(
        "A. har druckit mer sedan skilsmässan 2023 och har en depression som behandlas på "
        "Psykiatrimottagningen Eksjö. Hon arbetar som kontorist, sjukskriven 50 % sedan juni. "
        "Under sommaren drack hon dagligen, framför allt vin på kvällarna, och sov dåligt. I "
        "augusti var hon inlagd ett dygn på Höglandssjukhuset efter ett fall i berusat tillstånd. "
        "Hon har en vuxen son som bor i Nässjö.")

    bold_par(doc, "Frågeställningar")
    doc.add_paragraph("Gå igenom läget.")

    bold_par(doc, "Mina mål")
    doc.add_paragraph(
        "”Jag vill kunna sova på nätterna utan att dricka först. Jag vill inte dricka alls på "
        "vardagarna, och jag vill orka jobba heltid igen till våren.”")

    bold_par(doc, "Det här vill jag inte")
    doc.add_paragraph(
        "”Jag vill inte ta Antabus. Jag tog det 2019 och mådde dåligt av det, och då kändes det "
        "som att någon annan bestämde över mig. Jag vill inte att hemtjänsten eller någon "
        "boendestödjare kommer hem till mig, jag klarar mitt hem själv och skäms om grannarna ser. "
        "Jag vill inte lägga in mig för avgiftning nu, jag trappar ner själv med hjälp av "
        "mottagningen. Jag vill inte gå i grupp, jag vill prata med en person.”")

    bold_par(doc, "Insatser")
    tbl = doc.add_table(rows=1, cols=3)
    tbl.style = "Light Grid Accent 1"
    header_row(tbl, ["Insats", "Vem", "När"], fill="DCE6F1")
    for row in [
        ("Samtal med alkoholterapeut varannan vecka, återfallsprevention och nedtrappning, "
         "PEth-prov en gång i månaden", "Beroendemottagningen Eksjö, alkoholterapeut",
         "Från 2025-10-07"),
        ("Antabus (avböjt)", "–", "–"),
        ("Läkemedelsgenomgång av antidepressiv behandling och sömn", "Regionen", "v. 42"),
        ("Boendestöd i hemmet (avböjt)", "–", "–"),
        ("Planerad avgiftning inneliggande (avböjt)", "–", "–"),
        ("Återfallspreventionsgrupp, öppenvården IFO (avböjt)", "–", "–"),
        ("Enskilda stödsamtal i stället för grupp, motiverande samtal",
         "Öppenvården Vuxenenheten Eksjö, behandlare", "Första samtal 2025-10-09"),
        ("Kontakt med företagshälsovården om anpassning vid upptrappning av arbetstid",
         "Psykiatrimottagningen Eksjö, kurator", "Senast 2025-10-31"),
    ]:
        cells = tbl.add_row().cells
        for cc, v in zip(cells, row):
            cc.text = v
    set_widths(tbl, [8.5, 5.0, 3.0])

    bold_par(doc, "Närstående")
    doc.add_paragraph("Sonen är ett stöd för A. och känner till planen.")

    bold_par(doc, "Samtycke")
    doc.add_paragraph("Samtycke finns.")

    bold_par(doc, "Huvudansvar")
    doc.add_paragraph("Socialtjänsten Eksjö.")
    doc.save(out(7, "docx"))


# ---------------------------------------------------------------------------
# 8. Not a plan: orosanmälan from a school, .txt Windows-1252 CRLF
# ---------------------------------------------------------------------------
TXT08 = """\
OROSANMÄLAN – ANMÄLAN OM ORO FÖR BARN
Till: Socialtjänsten Jönköpings kommun, Barn och unga, mottagningsenheten
Från: Rektor, Västra skolan F–6, Jönköping
Datum: 2025-11-12

UPPGIFTER OM BARNET
Namn: Noah
Personnummer: ÅÅMMDD-XXXX
Årskurs: 3
Vårdnadshavare: mamma Jasmina (ensam vårdnadshavare)
Vårdnadshavare informerad om anmälan: Ja, per telefon 2025-11-12 kl. 11.40,
av rektor. Mamma blev upprörd men sa att hon förstår varför skolan anmäler.

VAD SKOLAN HAR IAKTTAGIT
- Noah har sedan skolstarten i augusti 31 dagars frånvaro av 62 möjliga.
  Frånvaron är anmäld av mamma som sjukdom, oftast samma morgon.
- Vid flera tillfällen (2025-10-06, 2025-10-20, 2025-11-03) har Noah
  kommit till skolan utan frukost och sagt till mentor att "det inte
  finns någon mat hemma". Han har ätit frukost på fritids de dagarna.
- 2025-11-10 hade Noah på sig samma kläder som föregående vecka, de var
  smutsiga, och han hade inga ytterkläder trots minusgrader.
- Noah har berättat för skolsköterskan att mamma "sover jättemycket" och
  att han själv får göra i ordning mat och lägga sin lillasyster (4 år).
- Noah blir mycket orolig vid skoldagens slut och frågar ofta om han får
  stanna längre på fritids.
- Skolsköterskan har noterat viktnedgång sedan hälsobesöket i våras.
  Noah har sedan våren kontakt med BUP Jönköping på grund av oro och
  sömnsvårigheter; skolan vet inte hur ofta han är där.

VAD SKOLAN HAR GJORT
- Mentor har haft två samtal med mamma (2025-09-18 och 2025-10-22) om
  frånvaron. Mamma har sagt att hon har varit sjuk och att det ska bli
  bättre.
- Elevhälsoteamet har tagit upp Noah 2025-10-28 och 2025-11-11.
- Skolan erbjuder frukost på fritids från och med 2025-11-13.

SKOLANS BEDÖMNING
Skolan är orolig för att Noah inte får tillräcklig omsorg hemma och att
han tar ett ansvar som inte är rimligt för en nioåring. Skolan misstänker
att mamma kan må psykiskt dåligt. Eftersom Noah har kontakt med både
skolans elevhälsa och BUP, och familjen troligen behöver stöd från
socialtjänsten, kan det bli aktuellt med en samordnad individuell plan
(SIP). Skolan deltar gärna i ett sådant möte om socialtjänsten kallar.

Kontaktperson på skolan: rektor, nås via kommunens växel.
Skolsköterska och mentor kan kontaktas via rektor.

Underskrift: Rektor, Västra skolan F–6
"""


def make_08():
    data = TXT08.replace("\n", "\r\n").encode("cp1252")
    with open(out(8, "txt"), "wb") as f:
        f.write(data)


def main():
    PLANS.mkdir(exist_ok=True)
    BUILD.mkdir(exist_ok=True)
    for f in PLANS.glob(f"{PREFIX}-*"):
        f.unlink()
    make_01(); make_02(); make_03(); make_04()
    make_05(); make_06(); make_07(); make_08()
    for f in PLANS.glob("*.docx"):
        normalize_docx(f)
    for f in sorted(PLANS.iterdir()):
        print(f.name, f.stat().st_size)


if __name__ == "__main__":
    main()
