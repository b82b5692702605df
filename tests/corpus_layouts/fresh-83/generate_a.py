#!/usr/bin/env python
"""Generate batch f83a: eight documents (seven SIP plans, one non-plan) into plans/.
Region: Södermanland and Uppsala län, dates in 2025. Deterministic."""
import os
import shutil
import subprocess
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
BUILD = os.path.join(HERE, "build")
LO_PROFILE = "file:///tmp/lo-f83a"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_I = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"
FONT_BI = "/usr/share/fonts/truetype/dejavu/DejaVuSans-BoldOblique.ttf"


# ---------------------------------------------------------------- helpers
def fixed_core(doc, title, author="", created="2025-01-01T08:00:00"):
    import datetime
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    dt = datetime.datetime.fromisoformat(created)
    cp.created = dt
    cp.modified = dt
    cp.revision = 1


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
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    return p


def set_widths(tbl, widths):
    """Column widths both in the grid (LibreOffice/Word) and on each cell."""
    tbl.autofit = False
    grid = tbl._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in tbl.rows:
        for c, w in zip(row.cells, widths):
            c.width = w


def a4(section, landscape=False):
    if landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    else:
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)


def bold_para(doc, label, text=None, size=None):
    p = doc.add_paragraph()
    r = p.add_run(label)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    if text is not None:
        p.add_run(text)
    return p


def add_content_control(paragraph, alias, placeholder):
    """Empty plain-text content control showing its placeholder text."""
    sdt = OxmlElement("w:sdt")
    sdtPr = OxmlElement("w:sdtPr")
    a = OxmlElement("w:alias")
    a.set(qn("w:val"), alias)
    sdtPr.append(a)
    tag = OxmlElement("w:tag")
    tag.set(qn("w:val"), alias)
    sdtPr.append(tag)
    sp = OxmlElement("w:showingPlcHdr")
    sdtPr.append(sp)
    sdtPr.append(OxmlElement("w:text"))
    sdt.append(sdtPr)
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    rPr = OxmlElement("w:rPr")
    col = OxmlElement("w:color")
    col.set(qn("w:val"), "808080")
    rPr.append(col)
    r.append(rPr)
    t = OxmlElement("w:t")
    t.text = placeholder
    r.append(t)
    content.append(r)
    sdt.append(content)
    paragraph._p.append(sdt)


def normalize_docx(path):
    """Rewrite the docx zip with fixed timestamps so repeated runs give identical bytes."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def soffice_pdf(src, outdir):
    cmd = ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
           "--convert-to", "pdf:writer_pdf_Export", "--outdir", outdir, src]
    if src.endswith(".html"):
        cmd[3:3] = ["--infilter=HTML (StarWriter)"]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=240)


# ---------------------------------------------------------------- 01
def plan01():
    """Goal hierarchy (docx); girl 14 with school refusal and anxiety, Strängnäs."""
    doc = Document()
    fixed_core(doc, "SIP Elin", "Strängnäs kommun", "2025-02-18T15:10:00")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    a4(sec)
    hp = sec.header.paragraphs[0]
    hp.text = "Strängnäs kommun · Region Sörmland\tSamordnad individuell plan"
    fp = sec.footer.paragraphs[0]
    fp.text = "Planen förvaras hos respektive verksamhet enligt gällande regler för dokumentation."
    fp.runs[0].font.size = Pt(8)

    t = doc.add_paragraph()
    r = t.add_run("Samordnad individuell plan (SIP)")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Elin, åk 8 Vasaskolan, Strängnäs\nSIP-möte 2025-02-18 kl. 13.00–14.30, Vasaskolan, konferensrum 2")

    bold_para(doc, "Syfte")
    doc.add_paragraph(
        "Syftet med SIP är att Elin ska komma tillbaka till skolan i en takt hon klarar, och att "
        "skolan, BUP och socialtjänsten drar åt samma håll i stället för att var och en gör sin egen "
        "plan. Elin har inte varit i skolan mer än enstaka lektioner sedan höstlovet och mår dåligt "
        "av att frånvaron blir allt större.")
    bold_para(doc, "Frågor till mötet")
    doc.add_paragraph("Gå igenom läget i skolan och hur det fungerar hemma.")
    bold_para(doc, "Deltagare")
    doc.add_paragraph("Elin, mamma Sara, Anders, Maria, Johanna, Niklas")
    bold_para(doc, "Elins delaktighet")
    doc.add_paragraph(
        "Elin var med på hela mötet tillsammans med mamma. Hon sa att det känns bättre att börja med "
        "korta dagar och att hon inte vill att hela klassen ska få veta varför hon har varit borta. "
        "Hon vill hellre ha samtal på BUP efter skolan än på förmiddagen.")

    doc.add_heading("Övergripande mål", level=1)
    doc.add_paragraph(
        "”Jag vill kunna gå till skolan utan att må illa varje morgon, och jag vill gå ut nian med "
        "godkänt i svenska och engelska.” (Elin)")

    delmal = [
        ("Delmål 1", "Elin är i skolan tre förmiddagar i veckan till och med vecka 14.", [
            ("Anpassat schema: start kl. 9.30 och två lektioner per dag, utökas stegvis efter avstämning med Elin",
             "Mentor Anders, Vasaskolan", "2025-02-24"),
            ("Kurator möter Elin vid entrén varje morgon hon kommer",
             "Skolkurator Maria, elevhälsan Vasaskolan", "2025-02-24"),
            ("Egen studieplats i lilla gruppen (rum 112) och lärarnas uppgifter samlade där",
             "Rektor, Vasaskolan", "2025-03-03"),
        ]),
        ("Delmål 2", "Elin har redskap för att hantera oron så att hon kan ta sig hemifrån på morgonen.", [
            ("KBT-behandling med gradvis exponering, varannan vecka efter skoltid",
             "Psykolog Niklas, BUP Strängnäs", "Start 2025-03-05"),
            ("Bedömning av om läkemedel mot ångest kan vara aktuellt",
             "Läkare, BUP Strängnäs", ""),
        ]),
        ("Delmål 3", "Morgnarna hemma fungerar bättre och mamma får stöd i hur hon kan hjälpa Elin iväg.", [
            ("Familjebehandling med hembesök två morgnar i veckan (insats enligt SoL)",
             "Familjebehandlare, Öppenvården IFO Strängnäs", "2025-03-10"),
            ("Utredning enligt SoL 11 kap. 1 § avslutas och beslut fattas om fortsatt stöd",
             "Socialsekreterare Johanna, IFO barn och unga Strängnäs", "2025-03-14"),
        ]),
    ]
    for title, goal, acts in delmal:
        doc.add_heading(title, level=2)
        doc.add_paragraph(goal)
        tbl = doc.add_table(rows=1, cols=3)
        tbl.style = "Table Grid"
        for i, h in enumerate(["Aktivitet", "Ansvarig", "Klart senast"]):
            cell_text(tbl.rows[0].cells[i], h, bold=True)
            shade(tbl.rows[0].cells[i], "D9E2F3")
        set_repeat_header(tbl.rows[0])
        for a, b, c in acts:
            row = tbl.add_row()
            cell_text(row.cells[0], a)
            cell_text(row.cells[1], b)
            cell_text(row.cells[2], c)
        set_widths(tbl, [Cm(8.5), Cm(5.5), Cm(3)])
        doc.add_paragraph()

    bold_para(doc, "Övrigt")
    doc.add_paragraph("Mormor bor i närheten och finns med som stöd för familjen.")
    bold_para(doc, "Samtycke")
    p = doc.add_paragraph()
    add_content_control(p, "Samtycke", "Klicka eller tryck här för att ange text.")
    bold_para(doc, "Huvudansvar")
    doc.add_paragraph("Socialtjänsten Strängnäs")
    bold_para(doc, "Uppföljning")
    doc.add_paragraph("I början av juni, före skolavslutningen.")
    doc.save(os.path.join(OUT, "f83a-01.docx"))


# ---------------------------------------------------------------- 02
HTML02 = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>Journalutskrift</title>
<style>
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; }
table.hdr { width: 650px; border-collapse: collapse; border-bottom: 2px solid #000; margin-bottom: 8pt; }
table.hdr td { font-size: 8.5pt; padding: 1pt 3pt; vertical-align: top; }
p { margin: 0 0 5pt 0; }
p.kw b { font-weight: bold; }
.meta { font-size: 9pt; color: #333; margin-bottom: 8pt; }
.small { font-size: 8pt; color: #555; }
</style></head><body>
<table class="hdr">
<colgroup><col width="420"><col width="230"></colgroup>
<tr><td width="420"><b>Region Sörmland</b> – Journalutskrift</td><td width="230" style="text-align:right">Utskriftsdatum 2025-04-10 08:12</td></tr>
<tr><td>Vårdenhet: Psykiatriska kliniken Nyköping, Avdelning 11 (heldygnsvård)</td><td style="text-align:right">Sida 1 (1)</td></tr>
<tr><td>Patient: ÅÅMMDD-XXXX &nbsp; M.</td><td style="text-align:right">Journaltyp: Omvårdnad</td></tr>
</table>

<p class="meta"><b>2025-04-09 15:20</b> &nbsp; Anteckning: SIP &nbsp;|&nbsp; Yrkesroll: Sjuksköterska &nbsp;|&nbsp;
Signerad: Anna, sjuksköterska, Avd 11, 2025-04-09 16:05</p>

<p class="kw"><b>Kontaktorsak:</b> SIP-möte, samordning inför utskrivning.</p>

<p class="kw"><b>Aktuellt:</b> M., 34 år, vårdas på avd 11 sedan 2025-03-21 efter ett psykotiskt skov med
misstänksamhet och sömnlöshet, inlagd enligt HSL. Tydlig förbättring efter insatt depotbehandling, sover
nu 6–7 timmar. Bor ensam i hyreslägenhet i Nyköping, ekonomin är oordnad sedan i höstas och han har inte
betalat hyran för mars. Inför mötet fanns frågor om hur M. ska klara medicineringen hemma, om han behöver
hjälp med att få ordning på ekonomin och vem som ska hålla i kontakten med öppenvården efter utskrivning.</p>

<p class="kw"><b>SIP-möte:</b> Hölls idag kl. 13.00 på avdelningen. Pat medverkade under mötet.</p>

<p class="kw"><b>Samtycke:</b> Pat har muntligen samtyckt till SIP och till att uppgifter lämnas mellan
psykiatrin och socialtjänsten i Nyköpings kommun, inhämtat av undertecknad 2025-04-09 före mötet.</p>

<p class="kw"><b>Bedömning:</b> Pat bedöms vara i behov av samordnade insatser från både kommun och region för
att utskrivningen ska bli hållbar. Risk för återinsjuknande om medicineringen inte fungerar eller om
boendesituationen blir osäker.</p>

<p class="kw"><b>SIP-överenskommelse:</b> Psykiatriska öppenvårdsmottagningen Nyköping utser fast vårdkontakt
(sjuksköterska) före utskrivning och bokar läkarbesök senast 2025-05-06. Depotinjektion var tredje vecka ges
på öppenvårdsmottagningen, första gången 2025-04-29. Socialpsykiatrin Nyköpings kommun ger boendestöd två
gånger i veckan med start dagen efter utskrivning, med fokus på medicinintag, dygnsrytm och inköp.
Kommunen ser över hjälp med ekonomin.</p>

<p class="kw"><b>Huvudansvar:</b> Kommunen har huvudansvaret för SIP.</p>

<p class="kw"><b>Planering:</b> Utskrivning planeras v. 17. Permission över helgen 2025-04-12–13 enligt ordination.
Uppföljande SIP om ca fyra veckor efter utskrivning, kallelse skickas ut.</p>

<p class="small">Signerad av: Anna, sjuksköterska, Psykiatriska kliniken Nyköping avd 11 &nbsp; 2025-04-09 16:05</p>
</body></html>
"""


def plan02():
    """Journal note, keyword structure (HTML -> PDF); psychosis, discharge, Nyköping."""
    src = os.path.join(BUILD, "f83a-02.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(HTML02)
    soffice_pdf(src, BUILD)
    shutil.copy(os.path.join(BUILD, "f83a-02.pdf"), os.path.join(OUT, "f83a-02.pdf"))


# ---------------------------------------------------------------- 03
W03 = 78  # total width including borders


def box(label, lines):
    inner = W03 - 4
    out = ["┌" + "─" * (W03 - 2) + "┐"]
    out.append("│ " + label.ljust(inner) + " │")
    for ln in lines:
        wrapped = textwrap.wrap(ln, inner) if ln else [""]
        for w in wrapped:
            out.append("│ " + w.ljust(inner) + " │")
    out.append("└" + "─" * (W03 - 2) + "┘")
    return out


def box3(label, header, rows, widths=(31, 23, 14)):
    # widths = text widths of the three columns; line = │ a │ b │ c │
    total = sum(widths) + 10
    assert total == W03, total
    def line(cols):
        return "│ " + " │ ".join(c.ljust(w) for c, w in zip(cols, widths)) + " │"
    def rule(l, m, r):
        return l + m.join("─" * (w + 2) for w in widths) + r
    out = ["┌" + "─" * (W03 - 2) + "┐", "│ " + label.ljust(W03 - 4) + " │",
           rule("├", "┬", "┤"), line(header), rule("├", "┼", "┤")]
    for i, row in enumerate(rows):
        parts = [textwrap.wrap(c, w) or [""] for c, w in zip(row, widths)]
        n = max(len(p) for p in parts)
        for k in range(n):
            out.append(line([p[k] if k < len(p) else "" for p in parts]))
        if i < len(rows) - 1:
            out.append(rule("├", "┼", "┤"))
    out.append(rule("└", "┴", "┘"))
    return out


def plan03():
    """Box-drawn form (UTF-8 txt, CRLF); elderly man after hip fracture, Katrineholm."""
    L = []
    L += ["SAMORDNAD INDIVIDUELL PLAN (SIP)",
          "Katrineholms kommun, Vård och omsorg  /  Region Sörmland",
          "Utskrift 2025-05-21", ""]
    L += box("Namn / Personnummer", ["Gunnar, 84 år   XXXXXX-XXXX"])
    L += box("Datum och plats för mötet", ["2025-05-20 kl. 10.00, hembesök i Gunnars bostad, Katrineholm"])
    L += box("Deltagare", ["Gunnar; sonen Per; sjuksköterska; fysioterapeut; arbetsterapeut; "
                           "biståndshandläggare; gruppledare hemtjänst"])
    L += box("Syfte med SIP", ["", ""])
    L += box("Frågeställningar inför mötet", ["", ""])
    L += box("Bakgrund", [
        "Gunnar föll i hallen hemma 2025-04-28 och opererades samma dag för höftfraktur "
        "på vänster sida på Kullbergska sjukhuset. Efter en vecka på korttidsboende kom han "
        "hem 2025-05-16. Han bor ensam i villa sedan hustrun dog 2023. Går med rollator "
        "inomhus, osäker i trappan till källaren. Har haft blodtrycksfall på morgonen och "
        "ont i höften på nätterna. Tidigare helt självständig."])
    L += box("Gunnars egna mål", [
        "”Jag vill klara mig här hemma och kunna gå ner till ICA själv igen innan "
        "midsommar. Jag vill inte flytta till något boende.”"])
    L += box("Gunnars delaktighet och synpunkter", [
        "Gunnar deltog i mötet vid köksbordet och ville själv gå igenom varje punkt. Han "
        "tycker att hemtjänsten kommer för tidigt på morgonen och vill ha besöket efter "
        "kl. 8. Han vill träna mer men är rädd att ramla igen, särskilt utomhus."])
    L += box3("Insatser", ("Insats", "Ansvarig", "När"), [
        ("Hemtjänst morgon och kväll: hjälp med dusch två gånger i veckan, stödstrumpor, tillsyn",
         "Gruppledare, Hemtjänst Katrineholm område Norr", "Fr.o.m. 2025-05-21"),
        ("Hemrehabilitering: gångträning med rollator inne och ute två gånger i veckan",
         "Fysioterapeut, Rehab Katrineholms kommun", "2025-05-22 – 2025-07-03"),
        ("Hjälpmedel: toalettförhöjning, duschpall och greppstång i trappan",
         "Arbetsterapeut, Rehab Katrineholms kommun", "Senast 2025-05-30"),
        ("Trygghetslarm installeras",
         "Biståndshandläggare, Vård och omsorg Katrineholm", "2025-05-23"),
        ("Läkemedelsgenomgång, smärtlindring och blodtryck; remiss för bentäthetsmätning",
         "Distriktsläkare, Vårdcentralen Katrineholm", "2025-06-10"),
    ])
    L += box("Anhöriga och andra aktörer", [
        "Sonen Per bor i Flen och är delaktig. Dottern i Norrköping är informerad."])
    L += box("Huvudansvarig för planen", ["", ""])
    L += box("Uppföljning", ["Om ca sex veckor, efter avslutad hemrehabilitering."])
    data = "\r\n".join(L) + "\r\n"
    with open(os.path.join(OUT, "f83a-03.txt"), "w", encoding="utf-8", newline="") as f:
        f.write(data)


# ---------------------------------------------------------------- 04
MD04 = """# SIP – A.K.

**Labels:** `SIP` `BUP Enköping` `barn & unga` `pågående`
**Assignee:** @lena.kurator
**Due date:** 2025-05-07
**Milestone:** SIP VT 2025

---

### Beskrivning

A., 13 år, går i åk 7 på Korsängsskolan i Enköping. ADHD-diagnos sedan 2023, medicineras via BUP
Enköping. Frånvaron har ökat sedan jul och ligger nu på ca 40 %. Konflikter hemma kring skärmtid
och läxor, två orosanmälningar från skolan under hösten.

**Huvudansvar:** Lena, kurator BUP Enköping (assignee på det här ärendet)

**Mål:** Att A. ska vara i skolan minst fyra dagar i veckan och att konflikterna hemma minskar.

**Samtycke:** Samtycke finns.

### Åtgärder

- [ ] Läkemedelsuppföljning och ev. dosjustering – läkare BUP Enköping, senast 2025-03-28
- [x] Anpassningar i klassrummet: egen plats längst fram, genomgångar skriftligt i förväg, planerade pauser – specialpedagog Tomas, Korsängsskolan, from 2025-03-17
- [ ] Daglig närvarokoll och sms hem vid frånvaro före kl. 9 – mentor, Korsängsskolan, from 2025-03-17
- [ ] Föräldrastödsgrupp för föräldrar till barn med ADHD – socialtjänsten
- [ ] Utreda behov av kontaktperson enligt SoL – IFO barn och familj Enköping, beslut senast 2025-04-30

---

### Aktivitet

**Lena (kurator, BUP Enköping)** kommenterade 2025-03-12:

> Närvarande på SIP-mötet 2025-03-11: Lena, Tomas, Mia, Jonas.
>
> Frågor vi tog upp: Kan skolan erbjuda anpassad studiegång i matte och engelska resten av
> terminen? Behöver A. en kontaktperson via socialtjänsten, eller räcker det med skolans stöd?
> Skolan återkommer om studiegången efter EHT. Lagt in åtgärderna ovan.

**Tomas** kommenterade 2025-03-20:

> Anpassningarna är igång sedan måndag. Bockar av den punkten. Fungerar bra på SO, sämre på matte.

**Mia** kommenterade 2025-04-02:

> Har pratat med föräldrastödet, de har ingen grupp som startar just nu. Återkommer.

**Lena (kurator, BUP Enköping)** kommenterade 2025-04-03:

> Läkemedelsuppföljning gjord 2025-03-26, ingen dosändring. Lämnar punkten öppen tills nästa möte.
>
> **Nästa SIP-möte: 2025-05-07 kl. 13.00, BUP Enköping, rum Ekoln.** Kallelse skickad till alla.

**Jonas** kommenterade 2025-04-03:

> 👍
"""


def plan04():
    with open(os.path.join(OUT, "f83a-04.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(MD04)


# ---------------------------------------------------------------- 05
def plan05():
    """Nuläge -> Önskat läge table (landscape docx); young adult, cannabis, Eskilstuna."""
    doc = Document()
    fixed_core(doc, "SIP Oliver", "Eskilstuna kommun", "2025-06-04T11:30:00")
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    sec = doc.sections[0]
    a4(sec, landscape=True)
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin = sec.bottom_margin = Cm(1.6)
    hp = sec.header.paragraphs[0]
    hp.text = "SIP – Oliver\tEskilstuna kommun | Region Sörmland\t2025-06-04"
    for r in hp.runs:
        r.font.size = Pt(8)

    doc.add_heading("Samordnad individuell plan – SIP", level=1)
    doc.add_paragraph("Oliver, 19 år, bor hos pappa i Eskilstuna. Datum: 2025-06-04.")

    doc.add_heading("Syfte", level=2)
    doc.add_paragraph(
        "Oliver har rökt cannabis i stort sett dagligen sedan han var 16 och hoppade av "
        "gymnasiet (el-programmet) i åk 2. Syftet med SIP är att beroendevården, socialtjänsten och "
        "Arbetsförmedlingen samordnar sina insatser så att Oliver kan bli drogfri och komma vidare "
        "till studier eller jobb, i stället för att han ska behöva berätta allt på nytt för varje ny "
        "kontakt.")
    doc.add_heading("Olivers mål", level=2)
    doc.add_paragraph("”Jag vill sluta röka på, ta körkort och ha ett riktigt jobb innan jag fyller 21.”")
    doc.add_heading("Olivers synpunkter", level=2)
    doc.add_paragraph(
        "Oliver var med på mötet hela tiden. Han vill inte ha behandling i grupp men kan tänka sig "
        "enskilda samtal, helst på eftermiddagen. Han vill att pappa ska få veta hur det går men inte "
        "vara med på samtalen.")
    doc.add_heading("Samtycke", level=2)
    doc.add_paragraph("Samtycke finns.")

    doc.add_heading("Insatser", level=2)
    head = ["Nuläge →", "Önskat läge →", "Insats →", "Ansvar →", "Tid"]
    rows = [
        ("Röker cannabis dagligen, sover dåligt och vänder på dygnet",
         "Drogfri, sover på natten",
         "Öppenvårdsbehandling med enskilda samtal (återfallsprevention) en gång i veckan, "
         "urinprov varje vecka",
         "Behandlare, Beroendemottagningen Eskilstuna", "Från 2025-06-10"),
        ("", "",
         "Läkarbedömning av sömnen och screening för ADHD",
         "Läkare, Beroendemottagningen Eskilstuna", ""),
        ("Ingen sysselsättning, är hemma på dagarna",
         "Studier eller arbete",
         "Inskrivning och kartläggning, därefter anvisning till Rusta och matcha eller studier",
         "Arbetsförmedlare, Arbetsförmedlingen Eskilstuna", "Senast 2025-06-30"),
        ("Skulder för mobilabonnemang, ingen egen inkomst",
         "Koll på ekonomin",
         "Budget- och skuldrådgivning",
         "Budget- och skuldrådgivningen, Eskilstuna kommun", ""),
        ("Bråk med pappa om drogerna",
         "Lugnare hemma",
         "Samtal med Oliver och pappa, öppenvård Ung vuxen",
         "Socialtjänsten Eskilstuna, Ung vuxen-teamet", "2025-06-16"),
        ("", "",
         "Går på alla inbokade samtal och lämnar prover",
         "Oliver själv", "Löpande"),
    ]
    tbl = doc.add_table(rows=1, cols=5)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, htxt in enumerate(head):
        cell_text(tbl.rows[0].cells[i], htxt, bold=True)
        shade(tbl.rows[0].cells[i], "E2EFDA")
    set_repeat_header(tbl.rows[0])
    for row in rows:
        cells = tbl.add_row().cells
        for i, v in enumerate(row):
            cell_text(cells[i], v)
    set_widths(tbl, [Cm(5.2), Cm(4), Cm(7.2), Cm(5.5), Cm(3.2)])
    doc.save(os.path.join(OUT, "f83a-05.docx"))


# ---------------------------------------------------------------- 06
class Form06(FPDF):
    def header(self):
        self.set_font("DejaVu", "B", 9)
        self.cell(0, 5, "Region Uppsala · Tierps kommun   |   SIP – Samordnad individuell plan", new_x="LMARGIN", new_y="NEXT")
        self.set_font("DejaVu", "", 8)
        self.cell(95, 4, "Utskrift 2025-06-12 09:41")
        self.cell(0, 4, f"Sida {self.page_no()} ({{nb}})", align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(4)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(110)
        self.cell(0, 4, "Blankett SIP v.3 – gemensam för kommunerna i Uppsala län och Region Uppsala", align="C")
        self.set_text_color(0)


def plan06():
    """Numbered form with instructions (fpdf2); adult with autism, LSS, Tierp."""
    pdf = Form06(format="A4")
    pdf.set_creation_date(__import__("datetime").datetime(2025, 6, 12, 9, 41))
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_font("DejaVu", "I", FONT_I)
    pdf.add_font("DejaVu", "BI", FONT_BI)
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(18, 14, 18)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 8, "Samordnad individuell plan (SIP)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    pdf.cell(0, 5, "Mötesdatum: 2025-06-11   Plats: Gruppbostaden Ekbacken, Tierp", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    fields = [
        ("1.", "Personuppgifter", "Namn och personnummer", "Ahmed, 27 år   XXXXXX-XXXX"),
        ("2a", "Syfte med SIP", "Beskriv kortfattat vad mötet ska leda till", ""),
        ("2b", "Frågeställningar", "Vilka frågor ska mötet besvara?", "Stämma av läget."),
        ("3.", "Deltagare", "Namn, funktion och verksamhet för alla som deltar",
         "Sanna, LSS-handläggare, Tierps kommun\n"
         "Peter, enhetschef, Gruppbostaden Ekbacken, Tierps kommun\n"
         "Mikaela, kontaktperson/stödpedagog, Gruppbostaden Ekbacken, Tierps kommun\n"
         "Johanna, kurator, Vuxenhabiliteringen Region Uppsala"),
        ("4.", "Personens mål", "Skriv med personens egna ord",
         "”Jag vill ha ett jobb där det är lugnt och ingen som skriker. Och jag vill kunna åka "
         "buss själv till Uppsala.” (Ahmed, till Mikaela inför mötet)"),
        ("5.", "Personens delaktighet", "Hur har personen deltagit? Vad tycker personen?",
         "Ahmed deltog inte i mötet. Mikaela hade pratat med honom veckan innan och förmedlade hans "
         "synpunkter: han vill inte byta boende och vill vara kvar på sin dagliga verksamhet tills han "
         "hittat något annat. Han tycker det blir för mycket folk på eftermiddagarna i gruppbostaden."),
        ("6.", "Samtycke", "Hur och när har samtycke lämnats?",
         "Skriftligt samtycke på kommunens blankett, undertecknat av Ahmed 2025-06-05."),
        ("7a", "Insatser", "Vad ska göras? En insats per rad",
         "Fortsatt stöd som tidigare.\nStöd i vardagen vid behov.\nTitta vidare på sysselsättning."),
        ("7b", "Ansvar och tidpunkt", "Vem gör vad och när? Ange verksamhet/funktion och datum", ""),
        ("8.", "Huvudansvarig för planen", "Namn, funktion och verksamhet", ""),
        ("9.", "Andra aktörers insatser", "T.ex. god man, anhöriga, Försäkringskassan, Arbetsförmedlingen", ""),
        ("10.", "Uppföljning", "Datum för nästa uppföljning",
         "Till hösten, när Ahmed har haft sitt planeringsmöte på dagliga verksamheten."),
        ("11.", "Övrigt", "Annat som är viktigt för planen", ""),
    ]
    W = pdf.w - pdf.l_margin - pdf.r_margin
    for num, label, instr, value in fields:
        # estimate height
        pdf.set_font("DejaVu", "", 10)
        vlines = pdf.multi_cell(W - 6, 5, value or " ", dry_run=True, output="LINES") if value else []
        h = 6 + 5 + (len(vlines) * 5 if value else 8) + 3
        if pdf.get_y() + h > pdf.h - 18:
            pdf.add_page()
        y0 = pdf.get_y()
        x0 = pdf.l_margin
        pdf.set_xy(x0 + 2, y0 + 1.5)
        pdf.set_font("DejaVu", "B", 10)
        pdf.cell(12, 5, num)
        pdf.cell(0, 5, label, new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(x0 + 14)
        pdf.set_font("DejaVu", "I", 8)
        pdf.set_text_color(120)
        pdf.cell(0, 4.5, instr, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0)
        pdf.set_font("DejaVu", "", 10)
        if value:
            pdf.set_x(x0 + 14)
            pdf.multi_cell(W - 16, 5, value, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.ln(8)
        y1 = pdf.get_y() + 1.5
        pdf.rect(x0, y0, W, y1 - y0)
        pdf.set_y(y1 + 2)
    pdf.ln(4)
    pdf.set_font("DejaVu", "", 8)
    pdf.set_text_color(90)
    pdf.multi_cell(0, 4, "Planen lämnas till den enskilde och till alla verksamheter som har insatser i planen.")
    pdf.output(os.path.join(OUT, "f83a-06.pdf"))


# ---------------------------------------------------------------- 07
def sv_en(doc, sv, en):
    doc.add_paragraph(sv)
    p = doc.add_paragraph()
    r = p.add_run(en)
    r.italic = True
    return p


def plan07():
    """Bilingual Swedish/English plan (docx); boy 10, ADHD/autism assessment, Östhammar."""
    doc = Document()
    fixed_core(doc, "SIP Noah", "Elevhälsan Frösåkersskolan", "2025-03-27T16:00:00")
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    sec = doc.sections[0]
    a4(sec)
    hp = sec.header.paragraphs[0]
    hp.text = "Östhammars kommun · Region Uppsala"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.text = "SIP Noah – 2025-03-27"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    doc.add_heading("Samordnad individuell plan (SIP) / Coordinated Individual Plan", level=1)
    p = doc.add_paragraph()
    p.add_run("Noah, 10 år / 10 years old, åk 4 / Year 4, Frösåkersskolan, Östhammar\n")
    p.add_run("Möte / Meeting: 2025-03-27 kl. 14.00–15.30, Frösåkersskolan")

    doc.add_heading("Syfte / Purpose", level=2)
    sv_en(doc,
          "Familjen flyttade från Skottland till Östhammar i augusti 2024. Noah har svårt med "
          "koncentrationen och hamnar ofta i konflikter på rasterna, och en utredning av ADHD och autism "
          "pågår på BUP. Syftet med SIP är att skolan, BUP och socialtjänsten tillsammans med familjen "
          "gör en gemensam plan så att Noah får rätt stöd i skolan medan utredningen pågår, och att "
          "föräldrarna vet vem de ska vända sig till.",
          "The family moved from Scotland to Östhammar in August 2024. Noah finds it hard to concentrate "
          "and often ends up in conflicts during breaks, and an ADHD and autism assessment is ongoing at "
          "BUP (Child and Adolescent Psychiatry). The purpose of the SIP is for the school, BUP and social "
          "services to make a joint plan together with the family, so that Noah gets the right support at "
          "school while the assessment is ongoing, and so that the parents know whom to contact.")

    doc.add_heading("Deltagare / Participants", level=2)
    for sv in [
        "Noah och föräldrarna Emma och David / Noah and his parents Emma and David",
        "Karin, kurator / school counsellor, Elevhälsan Frösåkersskolan, Östhammars kommun",
        "Frida, speciallärare / special needs teacher, Frösåkersskolan, Östhammars kommun",
        "Hanna, psykolog / psychologist, BUP Uppsala, Region Uppsala",
        "Jesper, familjebehandlare / family therapist, Familjestödet, Socialtjänsten Östhammars kommun",
    ]:
        doc.add_paragraph(sv, style="List Bullet")

    doc.add_heading("Noahs och familjens synpunkter / Noah's and the family's views", level=2)
    sv_en(doc,
          "Noah var med under första halvan av mötet tillsammans med föräldrarna. Han berättade att "
          "rasterna är det jobbigaste, att det blir för högljutt i matsalen och att han vill ha en lugn "
          "plats att gå till. Föräldrarna önskar att all skriftlig information från skolan även skickas "
          "på engelska.",
          "Noah took part in the first half of the meeting together with his parents. He said that the "
          "breaks are the hardest part, that the dining hall gets too noisy, and that he would like a quiet "
          "place to go to. The parents would like all written information from the school to be sent in "
          "English as well.")

    doc.add_heading("Mål / Goal", level=2)
    sv_en(doc,
          "Målet är att Noah ska trivas i skolan och klara en hel skoldag utan utbrott.",
          "The goal is that Noah will enjoy school and manage a full school day without outbursts.")

    doc.add_heading("Samtycke / Consent", level=2)
    sv_en(doc,
          "Föräldrarna har gett sitt samtycke till SIP.",
          "The parents have given their consent to the SIP.")

    doc.add_heading("Insatser / Measures", level=2)
    head = ["Insats\nMeasure", "Ansvarig\nResponsible", "När\nWhen"]
    rows = [
        ("Lugn plats (biblioteksrummet) och rastvärd som Noah kan gå till; bildschema för dagen\n"
         "Quiet place (library room) and a break supervisor Noah can go to; picture schedule for the day",
         "Frida, speciallärare, Frösåkersskolan", "Från / From 2025-04-07"),
        ("Studiehandledning på engelska två lektioner i veckan och svenska som andraspråk\n"
         "Study guidance in English two lessons a week and Swedish as a second language",
         "Rektor, Frösåkersskolan", "Från / From 2025-04-14"),
        ("Utredning av ADHD och autism slutförs, återgivning till familjen på engelska\n"
         "ADHD and autism assessment completed, feedback meeting with the family in English",
         "Hanna, psykolog, BUP Uppsala", "Senast / By 2025-06-13"),
        ("Föräldrastöd, enskilda samtal på engelska, sex tillfällen\n"
         "Parenting support, individual sessions in English, six sessions",
         "Jesper, familjebehandlare, Familjestödet Östhammar", "Start 2025-04-23"),
        ("Föräldrarna skriver i kontaktboken varje dag hur morgonen har varit\n"
         "The parents write in the contact book every day about how the morning has been",
         "Emma och David (föräldrar / parents)", "Från / From 2025-04-07"),
        ("Föräldrarna ansöker om omvårdnadsbidrag hos Försäkringskassan när utredningen är klar\n"
         "The parents apply for care allowance from Försäkringskassan when the assessment is finished",
         "Emma och David (föräldrar / parents)", "Senast / By 2025-06-30"),
    ]
    tbl = doc.add_table(rows=1, cols=3)
    tbl.style = "Table Grid"
    for i, htxt in enumerate(head):
        c = tbl.rows[0].cells[i]
        c.text = ""
        sv, en = htxt.split("\n")
        r1 = c.paragraphs[0].add_run(sv + " / ")
        r1.bold = True
        r2 = c.paragraphs[0].add_run(en)
        r2.bold = True
        r2.italic = True
        shade(c, "FFF2CC")
    set_repeat_header(tbl.rows[0])
    for a, b, c_ in rows:
        cells = tbl.add_row().cells
        sv, en = a.split("\n")
        cells[0].text = ""
        cells[0].paragraphs[0].add_run(sv)
        ep = cells[0].add_paragraph()
        er = ep.add_run(en)
        er.italic = True
        cell_text(cells[1], b)
        cell_text(cells[2], c_)
    set_widths(tbl, [Cm(9.5), Cm(4.5), Cm(3)])

    doc.add_heading("Huvudansvar / Overall responsibility", level=2)
    sv_en(doc,
          "Karin, kurator, Elevhälsan Frösåkersskolan, Östhammars kommun, har huvudansvaret för planen och kallar till uppföljning.",
          "Karin, school counsellor, Student Health Team at Frösåkersskolan, Östhammar municipality, is "
          "responsible for the plan and will call the follow-up meeting.")
    doc.add_heading("Uppföljning / Follow-up", level=2)
    sv_en(doc,
          "Uppföljning 2025-06-10 kl. 14.00 på Frösåkersskolan.",
          "Follow-up on 10 June 2025 at 14:00 at Frösåkersskolan.")
    doc.save(os.path.join(OUT, "f83a-07.docx"))


# ---------------------------------------------------------------- 08
def plan08():
    """NOT a plan: a mother's own notes before a SIP meeting, Flen."""
    doc = Document()
    fixed_core(doc, "Mina anteckningar", "Camilla", "2025-03-10T21:47:00")
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(12)
    a4(doc.sections[0])
    t = doc.add_paragraph()
    r = t.add_run("Mina anteckningar inför SIP-mötet 12 mars")
    r.bold = True
    r.font.size = Pt(15)
    doc.add_paragraph("Skrivet söndag kväll. Mötet är på Stenhammarskolan i Flen kl. 10, ta ledigt från jobbet!")

    bold_para(doc, "Det jag vill ta upp")
    for s in [
        "Att Viktor inte har varit i skolan mer än fyra hela dagar sedan sportlovet. Jag orkar inte "
        "fler morgnar där vi bråkar i en timme och sedan stannar han hemma ändå.",
        "Att vi har väntat på BUP Katrineholm sedan i oktober. Jag vill veta var i kön vi är.",
        "Att han sover alldeles för lite, spelar till två på natten. Jag har tagit mobilen men då blir det värre.",
        "Att jag känner mig ensam i det här. Skolan säger en sak, socialtjänsten en annan.",
    ]:
        doc.add_paragraph(s, style="List Bullet")

    bold_para(doc, "Frågor jag ska ställa")
    for s in [
        "Vem är det som egentligen håller i allt det här? Vem ringer jag när det inte funkar?",
        "Kan Viktor få gå kortare dagar en period utan att det blir ogiltig frånvaro?",
        "Varför har ingen från elevhälsan hört av sig sedan januari?",
        "Finns det något stöd för mig som förälder i Flen, någon grupp eller samtal?",
        "Kan vårdcentralen göra något åt sömnen medan vi väntar på BUP?",
    ]:
        doc.add_paragraph(s, style="List Number")

    bold_para(doc, "Vad jag tycker att var och en borde göra")
    doc.add_paragraph(
        "Skolan: någon vuxen som tar emot honom när han kommer, så han slipper gå in i klassrummet "
        "direkt. Och att lärarna skickar uppgifter hem så han inte halkar efter ännu mer.")
    doc.add_paragraph(
        "BUP: att han får komma på en bedömning snart, innan sommaren i alla fall. Jag tror att det "
        "är mer än \u201dbara\u201d oro.")
    doc.add_paragraph(
        "Socialtjänsten: jag vill inte ha en utredning till, jag vill ha hjälp hemma på morgnarna. "
        "Kanske familjebehandlare?")
    doc.add_paragraph(
        "Vårdcentralen Flen: titta på sömnen, kanske melatonin?")

    bold_para(doc, "Att inte glömma")
    for s in [
        "Ta med frånvarolistan från Skolplattformen (utskriven).",
        "Viktor vill vara med men bara första halvtimmen. Fråga om det går.",
        "Be om att få planen skriftligt efteråt.",
        "Fråga mamma om hon kan hämta honom på onsdagar.",
    ]:
        doc.add_paragraph(s, style="List Bullet")
    doc.save(os.path.join(OUT, "f83a-08.docx"))


def main():
    os.makedirs(OUT, exist_ok=True)
    os.makedirs(BUILD, exist_ok=True)
    plan01()
    plan02()
    plan03()
    plan04()
    plan05()
    plan06()
    plan07()
    plan08()
    for f in sorted(os.listdir(OUT)):
        if f.endswith(".docx"):
            normalize_docx(os.path.join(OUT, f))
    print("done:", sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()
