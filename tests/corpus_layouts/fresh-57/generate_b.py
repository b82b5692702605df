#!/usr/bin/env python3
"""Generate batch fresh-57b (prefix f57b-): 7 fictional SIP plans + 1 non-plan.

Run with /work/batches/.venv/bin/python generate.py
Deterministic: fixed texts and dates, no randomness.
"""
import datetime as dt
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
LO_PROFILE = "file:///tmp/lo-f57b"
FIXED = dt.datetime(2025, 3, 1, 9, 0, 0)


def fix_core(doc, title):
    cp = doc.core_properties
    cp.author = "SIP"
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "SIP"
    cp.revision = 1


def shade(cell, hexcolor):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hexcolor)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def soffice_pdf(src, outdir):
    subprocess.run(
        ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
         "--convert-to", "pdf", "--outdir", outdir, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


# ---------------------------------------------------------------- 01 PDF (fpdf2)
class RegionPDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "", 7.5)
        self.set_text_color(90, 90, 90)
        self.cell(95, 5, "Cosmic – Region Kalmar län  |  SIP-dokument", new_x="RIGHT", new_y="TOP")
        self.cell(0, 5, f"Utskrivet 2025-02-19 10:42   Sida {self.page_no()} ({{nb}})",
                  align="R", new_x="LMARGIN", new_y="NEXT")
        self.line(15, self.get_y(), 195, self.get_y())
        self.ln(3)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(120, 120, 120)
        self.cell(0, 5, "Patient: H.  ÅÅMMDD-XXXX   –   Utskrift ur journal, ej original", align="C")


def make_01():
    pdf = RegionPDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_margins(15, 12, 15)
    pdf.set_auto_page_break(True, 16)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.alias_nb_pages()
    pdf.add_page()
    # coloured title band
    pdf.set_fill_color(0, 94, 120)
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("DejaVu", "B", 15)
    pdf.cell(0, 12, "  Samordnad individuell plan (SIP)", fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    pdf.cell(0, 7, "  Psykiatriska öppenvårdsmottagningen Kalmar  ·  Kalmar kommun, Socialförvaltningen",
             fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(4)
    pdf.set_font("DejaVu", "", 9)
    pdf.multi_cell(0, 5, "Patient: H., 34 år, Kalmar kommun.  Personnummer: ÅÅMMDD-XXXX.  "
                   "Mötesdatum: 2025-02-18, Psykiatriska öppenvårdsmottagningen Kalmar, rum 2.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    rows = [
        ("Syfte",
         "Syftet med planen är att psykiatrins behandling och kommunens stöd i boendet ska hänga "
         "ihop så att H. kan bo kvar i sin lägenhet på Berga, och att få ordning på de skulder som "
         "har vuxit sedan insjuknandet hösten 2024 (obetalda hyror, elräkningar och sms-lån).",
         "Gemensamt"),
        ("Bakgrund",
         "H. har diagnosen paranoid schizofreni sedan 2016. Han var inlagd på Psykiatriska kliniken "
         "Kalmar 2024-10-02 – 2024-11-14 efter att ha slutat ta sin medicin under sommaren. Under "
         "hösten slutade han öppna post och betala räkningar. Hyresvärden har skickat två "
         "påminnelser och en betalningsanmärkning finns. Sedan december får han depåinjektion och "
         "är enligt mottagningen stabil, men han har svårt med struktur i vardagen, sover oregelbundet "
         "och äter mest färdigmat. Han har ingen sysselsättning. H. har tidigare haft boendestöd 2021–2022 som avslutades på "
         "hans egen begäran.",
         "Sjuksköterska, psykiatrin"),
        ("Frågeställningar", "", ""),
        ("Mål",
         "Målet är att H. ska ha en stabil psykisk hälsa utan återinläggning under 2025, att hyran "
         "betalas i tid varje månad och att han ska ha en avbetalningsplan för övriga skulder före "
         "sommaren.",
         "Gemensamt"),
        ("H:s delaktighet", "H. deltog under hela mötet.", "–"),
        ("Insats 1 – Läkemedel",
         "Depåinjektion var fjärde vecka på mottagningen. Sjuksköterskan ringer dagen innan som "
         "påminnelse. Vid utebliven injektion kontaktas boendestödet samma dag.",
         "Sjuksköterska, Psykiatriska öppenvårdsmottagningen Kalmar. Nästa injektion 2025-02-25, "
         "därefter var 4:e vecka"),
        ("Insats 2 – Boendestöd",
         "Boendestöd två gånger i veckan, tisdag och fredag förmiddag: gå igenom post, handla och "
         "laga mat tillsammans, hjälp att komma i gång med en veckoplanering. Ansökan om boendestöd "
         "lämnades på mötet och beviljas enligt handläggaren utan utredning eftersom underlaget "
         "finns.",
         "Boendestödjare, Socialpsykiatrin Kalmar kommun. Start vecka 9 (2025-02-25)"),
        ("Insats 3 – Ekonomi",
         "Budget- och skuldrådgivning: genomgång av alla skulder, kontakt med hyresvärden om "
         "avbetalningsplan för hyresskulden, ansökan om skuldsanering prövas om det behövs. "
         "Boendestödjaren följer med på första besöket.",
         "Budget- och skuldrådgivare, Kalmar kommun. Första besök 2025-03-06"),
        ("Insats 4 – Bistånd",
         "Utredning av ekonomiskt bistånd för februari och mars månad tills hyresfrågan är löst.",
         "Socialsekreterare, Vuxenenheten IFO Kalmar kommun. Beslut senast 2025-03-07"),
        ("Insats 5 – Somatisk hälsa",
         "Årlig somatisk kontroll vid antipsykotisk behandling: vikt, midjemått, blodtryck, blodfetter "
         "och blodsocker. H. har gått upp 9 kg sedan i höstas.",
         "Regionen"),
        ("Huvudansvarig för planen", "Ej utsett vid mötet.", "–"),
        ("Uppföljning",
         "Ny SIP-träff om cirka tre månader. Kallelse skickas ut av mottagningen.",
         "–"),
        ("Deltagare",
         "H.\nAnna, sjuksköterska, Psykiatriska öppenvårdsmottagningen Kalmar\n"
         "Peter, överläkare, Psykiatriska öppenvårdsmottagningen Kalmar\n"
         "Sofia, socialsekreterare, Vuxenenheten IFO Kalmar kommun\n"
         "Tobias, boendestödjare, Socialpsykiatrin Kalmar kommun\n"
         "Lena, budget- och skuldrådgivare, Kalmar kommun",
         "–"),
        ("Dokumenterat av", "Anna, sjuksköterska, 2025-02-19", "–"),
    ]
    pdf.set_font("DejaVu", "", 9)
    pdf.set_draw_color(120, 120, 120)
    with pdf.table(col_widths=(38, 100, 42), text_align="LEFT", line_height=5,
                   repeat_headings=1, padding=1.8,
                   headings_style=__import__("fpdf").FontFace(emphasis="BOLD", fill_color=(214, 232, 238))) as table:
        hdr = table.row()
        for h in ("Rubrik", "Innehåll", "Ansvarig"):
            hdr.cell(h)
        for r in rows:
            row = table.row()
            for c in r:
                row.cell(c)
    pdf.output(os.path.join(OUT, "f57b-01.pdf"))


# ---------------------------------------------------------------- 02 DOCX Parkinson, vi-form
def make_02():
    doc = Document()
    fix_core(doc, "SIP Bertil och Margareta")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Östhammars kommun · Region Uppsala          Samordnad individuell plan"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Planen skrevs vid hembesök i Gimo 2025-02-26"
    fp.runs[0].font.size = Pt(8)

    doc.add_heading("Vår samordnade individuella plan", level=1)
    p = doc.add_paragraph()
    r = p.add_run("Bertil, 78 år, och Margareta, 75 år, Gimo")
    r.bold = True
    doc.add_paragraph("Personnummer: XXXXXX-XXXX (Bertil)")

    doc.add_heading("Därför gör vi en plan tillsammans", level=2)
    doc.add_paragraph(
        "Vi gör den här planen för att Bertil ska kunna bo kvar hemma i huset i Gimo fast "
        "Parkinsons sjukdom har blivit svårare i vinter, och för att Margareta inte ska behöva "
        "bära allt ansvar själv dygnet runt. Hemtjänsten, vårdcentralen, kommunens rehab och "
        "Parkinsonsköterskan på Akademiska har alla kontakt med oss och vi vill att de vet om "
        "varandra.")

    doc.add_heading("Så har vi det nu", level=2)
    doc.add_paragraph(
        "Bertil fick sin diagnos 2017. Sedan i höstas har han fler perioder då medicinen inte "
        "verkar, framför allt på eftermiddagen, och han har ramlat tre gånger hemma sedan "
        "jul, senast i trappan till övervåningen. Nätterna är oroliga. Margareta hjälper honom "
        "med allt på morgonen och kvällen och har själv ont i ryggen. Hon säger att hon är "
        "mycket trött. Barnen bor i Uppsala och Stockholm och kommer ungefär en helg i månaden.")

    doc.add_heading("Det här vill vi", level=2)
    doc.add_paragraph("Bertil: ”Jag vill bo kvar hemma så länge det går och kunna gå ut till "
                      "garaget och snickra en stund varje dag.”", style="List Bullet")
    doc.add_paragraph("Margareta: ”Jag vill kunna sova en hel natt och fortsätta träffa mina "
                      "väninnor på torsdagarna.”", style="List Bullet")
    doc.add_paragraph(
        "Bertil var med under hela mötet vid köksbordet. Han sa att han absolut inte vill till "
        "korttidsboende nu, men att han kan tänka sig hemtjänst om det är samma personal så "
        "långt det går.")

    doc.add_heading("Vi har kommit överens om detta", level=2)
    items = [
        ("Se över Parkinsonmedicinen, särskilt eftermiddagsdosen, utifrån Margaretas dagbok",
         "Parkinsonsjuksköterska, Neurologmottagningen, Akademiska sjukhuset",
         "Telefontid 2025-03-12"),
        ("Hemtjänst morgon och kväll: hjälp med på- och avklädning, dusch två gånger i veckan",
         "Hemtjänst Gimo, Östhammars kommun (beslut av biståndshandläggare)",
         "Från 2025-03-03"),
        ("Hembesök för att se över fallrisk: ledstång i trappan, duschpall, larm om det behövs",
         "Arbetsterapeut, Rehab Östhammars kommun",
         "Vecka 10"),
        ("Läkemedelsgenomgång av Bertils övriga mediciner (blodtryck, sömn)",
         "Distriktsläkare, Vårdcentralen Östhammar",
         "Inte bestämt"),
        ("Avlösning i hemmet tre timmar varje torsdag så att Margareta kan gå ifrån, "
         "och samtal med anhörigkonsulent",
         "Anhörigkonsulent, Anhörigstöd Östhammars kommun",
         "Från 2025-03-13"),
        ("Margareta skriver dagbok över när medicinen inte verkar och tar med den till "
         "telefontiden",
         "Margareta",
         "Till 2025-03-12"),
        ("Bertil gör balans- och gångövningarna från sjukgymnasten varje förmiddag",
         "Bertil",
         "Dagligen"),
    ]
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(("Vad ska göras", "Vem gör det", "När")):
        c = t.rows[0].cells[i]
        c.text = ""
        rr = c.paragraphs[0].add_run(h)
        rr.bold = True
        shade(c, "D9E2F3")
    repeat_header(t.rows[0])
    for a, b, c_ in items:
        cells = t.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = a, b, c_
    for row in t.rows:
        row.cells[0].width = Cm(8)
        row.cells[1].width = Cm(5.5)
        row.cells[2].width = Cm(3)

    doc.add_heading("Nästa gång vi ses", level=2)
    doc.add_paragraph("Vi ses igen efter sommaren, i september, och ser då hur det har gått.")

    doc.add_heading("Vi som var med", level=2)
    doc.add_paragraph("Bertil och Margareta, biståndshandläggaren, distriktssköterskan, "
                      "arbetsterapeuten och Parkinsonsköterskan (via telefon en halvtimme).")
    doc.save(os.path.join(OUT, "f57b-02.docx"))


# ---------------------------------------------------------------- 03 TXT dictated, cp1252 CRLF
def make_03():
    lines = [
        "DIKTAT – SAMORDNAD INDIVIDUELL PLAN",
        "Elev: Ida, 13 år, åk 7. Personnummer XXXXXX-XXXX. Piteå kommun.",
        "Mötet hölls 2024-10-15 i skolans konferensrum.",
        "",
        "PUNKT ETT. SYFTE.",
        "Samordning.",
        "",
        "PUNKT TVÅ. FRÅGESTÄLLNINGAR.",
        "Frågan till mötet är hur Ida ska kunna komma tillbaka till skolan efter",
        "höstlovet, om hon kan börja med en förkortad skoldag och i så fall vilka",
        "lektioner, samt om BUP:s pågående bedömning av ångesten påverkar vilka",
        "anpassningar skolan ska göra. Ny punkt. Det togs också upp vem som ska",
        "hålla kontakten med hemmet under lovet.",
        "",
        "PUNKT TRE. BAKGRUND.",
        "Ida har haft ökande frånvaro sedan vårterminen i åk 6, den här terminen",
        "är frånvaron cirka 60 procent. Hon har magont och sömnsvårigheter på",
        "söndagskvällarna och det är svårt att få iväg henne på morgonen. Hon",
        "har kontakt med BUP Piteå sedan augusti 2024 och har träffat psykolog",
        "tre gånger. Skolan har hittills erbjudit att hon får sitta i ett",
        "mindre rum vid prov. Socialtjänsten har ingen pågående insats men",
        "familjen har haft kontakt med Familjecentralen tidigare.",
        "",
        "PUNKT FYRA. IDAS DELAKTIGHET.",
        "Ida var inte med på mötet. Stora möten med många vuxna ger henne mycket",
        "ångest just nu och det bedömdes att det inte var bra för henne att",
        "delta den här gången.",
        "",
        "PUNKT FEM. INSATSER.",
        "Fortsatt kontakt med BUP. Stöd från skolan vid behov. Elevhälsan håller",
        "kontakt med hemmet. Socialtjänsten kan erbjuda stöd om familjen vill.",
        "",
        "PUNKT SEX. VEM GÖR VAD.",
        "BUP Piteå fortsätter sin kontakt. Skolan ansvarar för stödet i skolan.",
        "Elevhälsan ringer hem, tid bestäms senare.",
        "",
        "PUNKT SJU. ANDRA AKTÖRER.",
        "Försäkringskassan har nämnts på mötet, det får vi återkomma till.",
        "",
        "PUNKT ÅTTA. UPPFÖLJNING.",
        "Vi ses igen vecka 47, kallelse skickas ut. Slut på diktat.",
        "",
        "Dikt: EH   Utskr: MP 2024-10-17",
    ]
    text = "\r\n".join(lines) + "\r\n"
    with open(os.path.join(OUT, "f57b-03.txt"), "wb") as f:
        f.write(text.encode("cp1252"))


# ---------------------------------------------------------------- 04 Markdown checklist
def make_04():
    md = """# SIP – checklista och plan

**Person:** Alex, 19 år, Oskarshamns kommun
**Möte:** 2025-01-28, Beroendemottagningen Oskarshamn
**Skriven av:** socialsekreterare, Öppenvården för unga vuxna

Bocka av varje del när den är ifylld. Tomma delar lämnas obockade.

- [x] **Syfte:** Planen ska samordna socialtjänstens öppenvård och Beroendemottagningens
  behandling så att Alex kan sluta använda cannabis och amfetamin och komma tillbaka till
  studierna som han avbröt på gymnasiet våren 2024.
- [ ] **Frågeställningar:**
- [x] **Bakgrund:** Alex har använt cannabis dagligen sedan 16 års ålder och amfetamin
  på helger det senaste året. Han bor hos sin mamma. Han avbröt el-programmet i åk 3 och
  har inte haft någon sysselsättning sedan dess. Kontakt med Beroendemottagningen sedan
  december 2024 efter en anmälan från polisen.
- [x] **Den enskildes mål:** "Jag vill vara drogfri till sommaren och ta körkort. Sen vill
  jag läsa klart gymnasiet på Komvux."
- [x] **Delaktighet:** Alex var inte med på mötet. Hans mål ovan är skrivna med hans egna
  ord från samtalet med socialsekreteraren 2025-01-21.
- [x] **Samtycke:** Samtycke finns.
- [x] **Insatser och ansvar:**

  | Insats | Ansvarig | När |
  |---|---|---|
  | Urinprov två gånger i veckan, måndag och torsdag | Sjuksköterska, Beroendemottagningen Oskarshamn | Från 2025-02-03 |
  | Återfallsprevention, samtal varannan vecka (ÅP-manual) | Behandlare, Öppenvården för unga vuxna, Oskarshamns kommun | Start vecka 6, första gång 2025-02-05 |
  | Läkarbesök för bedömning av sömnen och ev. sömnmedicin | Läkare, Beroendemottagningen Oskarshamn | 2025-02-12 |
  | Studie- och yrkesvägledning inför ansökan till Komvux | SYV, Vuxenutbildningen Oskarshamns kommun | Senast 2025-03-14 |

- [x] **Huvudansvar:** Socialtjänsten Oskarshamn
- [ ] **Andra aktörer:**
- [x] **Uppföljning:** 2025-03-25 kl. 13.00 på Beroendemottagningen.
- [ ] **Deltagare:**
"""
    with open(os.path.join(OUT, "f57b-04.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ---------------------------------------------------------------- 05 DOCX eating disorder, initials
def bold_label(doc, text):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    p.paragraph_format.space_after = Pt(2)
    p.paragraph_format.space_before = Pt(8)
    return p


def make_05():
    doc = Document()
    fix_core(doc, "SIP Moa")
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Region Uppsala – BUP Uppsala, ätstörningsteamet\tSIP\t2024-11-20"
    hp.runs[0].font.size = Pt(8)

    title = doc.add_paragraph()
    tr = title.add_run("Samordnad individuell plan")
    tr.bold = True
    tr.font.size = Pt(16)
    tr.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
    sub = doc.add_paragraph()
    sr = sub.add_run("Enligt SoL 2 kap. 7 § och HSL 16 kap. 4 §")
    sr.font.small_caps = True
    sr.font.size = Pt(9)

    info = doc.add_table(rows=3, cols=4)
    info.style = "Table Grid"
    vals = [("Namn", "Moa, 16 år", "Personnummer", "XXXXXX-XXXX"),
            ("Mötesdatum", "2024-11-20", "Plats", "BUP Uppsala, ätstörningsteamet"),
            ("Kommun", "Uppsala", "Skola", "Gymnasiet, åk 1 (Uppsala kommun)")]
    for i, v in enumerate(vals):
        for j, s in enumerate(v):
            info.rows[i].cells[j].text = s
            if j in (0, 2):
                info.rows[i].cells[j].paragraphs[0].runs[0].bold = True
                shade(info.rows[i].cells[j], "EDEDED")

    bold_label(doc, "Deltagare")
    for s in ["Moa",
              "Mamma och pappa",
              "Lina, sjuksköterska, ätstörningsteamet BUP Uppsala",
              "Erik, barnläkare, ätstörningsteamet BUP Uppsala",
              "Hanna, skolsköterska, Elevhälsan gymnasiet, Uppsala kommun",
              "Sara, mentor, gymnasiet, Uppsala kommun"]:
        doc.add_paragraph(s, style="List Bullet")

    bold_label(doc, "Syfte med planen")
    doc.add_paragraph(
        "Syftet är att BUP och skolan ska ha samma plan för Moas måltider under skoldagen och "
        "för hur idrotten hanteras, så att viktuppgången som har börjat under hösten kan "
        "fortsätta även de dagar hon är i skolan hela dagen.")

    bold_label(doc, "Frågeställningar inför mötet")
    doc.add_paragraph("Hur ska lunchen i skolan ordnas så att Moa äter hela portionen?",
                      style="List Bullet")
    doc.add_paragraph("Ska Moa vara befriad från idrott och hälsa under vårterminen, och hur "
                      "får hon i så fall betyg i kursen?", style="List Bullet")
    doc.add_paragraph("Vad gör skolan om Moa inte äter eller blir yr under dagen?",
                      style="List Bullet")

    bold_label(doc, "Bakgrund")
    doc.add_paragraph(
        "Moa har anorexia nervosa och har behandlats på ätstörningsteamet sedan september 2024. "
        "Hon var som lägst i början av oktober och har sedan dess gått upp 2,5 kg. Hon äter "
        "frukost och middag hemma enligt måltidsplan. Lunchen i skolan fungerar inte: hon har "
        "hoppat över den flera gånger i veckan eller ätit några tuggor. Hon tränar i hemlighet. "
        "Närvaron i skolan är god och hon ligger bra till i ämnena.")

    bold_label(doc, "Mål")
    doc.add_paragraph(
        "Målet är att Moa ska nå en stabil vikt inom normalområdet under våren 2025 och kunna äta "
        "lunch i skolmatsalen tillsammans med klasskamraterna utan vuxenstöd.")

    bold_label(doc, "Insatser")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(("Insats", "Ansvarig", "Start / tid")):
        c = t.rows[0].cells[i]
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
        shade(c, "DEEAF6")
    repeat_header(t.rows[0])
    for a, b, c_ in [
        ("Vägning och stödsamtal en gång i veckan", "LK", "Varje måndag från 2024-11-25"),
        ("Läkarbedömning med blodprover och EKG", "EB", "2024-12-02"),
        ("Familjebehandling (FBT) varannan vecka", "LK", "Från 2024-11-27"),
        ("Stödd lunch i skolan: en vuxen sitter med vid bordet måndag–fredag, "
         "portion enligt måltidsplanen från BUP", "HS", "Från 2024-11-25"),
        ("Befrielse från idrott t.o.m. vårterminen, ersättningsuppgift (teori) i kursen",
         "SM", "Beslut 2024-11-22"),
    ]:
        cells = t.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = a, b, c_
    for row in t.rows:
        row.cells[0].width = Cm(9.5)
        row.cells[1].width = Cm(2)
        row.cells[2].width = Cm(4.5)

    leg = doc.add_paragraph()
    lr = leg.add_run("Förklaring av initialer")
    lr.italic = True
    lr.font.size = Pt(9)
    for s in ["LK – Lina, sjuksköterska, ätstörningsteamet BUP Uppsala, Region Uppsala",
              "EB – Erik, barnläkare, ätstörningsteamet BUP Uppsala, Region Uppsala",
              "HS – Hanna, skolsköterska, Elevhälsan gymnasiet, Uppsala kommun",
              "SM – Sara, mentor, gymnasiet, Uppsala kommun"]:
        p = doc.add_paragraph(s)
        p.runs[0].font.size = Pt(9)
        p.paragraph_format.space_after = Pt(0)

    bold_label(doc, "Övriga")
    doc.add_paragraph("Föräldrarna är viktiga och stöttar Moa hemma.")

    bold_label(doc, "Huvudansvar för planen")
    doc.add_paragraph("BUP Uppsala")
    doc.save(os.path.join(OUT, "f57b-05.docx"))


# ---------------------------------------------------------------- 06 HTML -> PDF, bullets
def make_06(tmp):
    html = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>SIP Jonas</title>
<style>
body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; margin: 1.5cm; }
h1 { font-size: 15pt; color: #2b4c7e; border-bottom: 2px solid #2b4c7e; }
h3 { font-size: 11pt; color: #2b4c7e; margin-bottom: 2pt; margin-top: 12pt; }
ul { margin-top: 2pt; }
p.meta { font-size: 9pt; color: #444; }
</style></head><body>
<h1>SIP – samordnad individuell plan</h1>
<p class="meta">Jonas, 22 år &middot; Bodens kommun &middot; Möte 2025-02-04 &middot;
Vuxenhabiliteringen Boden, Region Norrbotten</p>

<h3>Syfte</h3>
<ul><li>Samordning</li><li>Gemensam planering</li></ul>

<h3>Bakgrund</h3>
<ul>
<li>Autism, diagnos 2015, personkrets 1 LSS</li>
<li>Bor hos föräldrarna i Boden</li>
<li>Daglig verksamhet två dagar/vecka sedan 2023</li>
<li>Sover dåligt sedan i höstas, vänder på dygnet</li>
<li>Ångest inför förändringar, har kontakt med psykiatrin sedan november</li>
</ul>

<h3>Jonas mål</h3>
<ul>
<li>”Jag vill ha ett jobb där det är lugnt och där jag får jobba med datorer.”</li>
<li>”Jag vill flytta till en egen lägenhet nästa år.”</li>
</ul>

<h3>Jonas delaktighet</h3>
<ul>
<li>Jonas var med på mötet den första timmen</li>
<li>Han vill att nästa möte blir efter lunch och med färre personer</li>
<li>Han vill inte byta grupp på dagliga verksamheten, men vill vara där fler dagar</li>
</ul>

<h3>Samtycke</h3>
<ul><li>Muntligt samtycke från Jonas till informationsutbyte, vid mötet 2025-02-04</li></ul>

<h3>Insatser</h3>
<ul>
<li>Daglig verksamhet utökas till fyra dagar/vecka i datorgruppen – Kommunen</li>
<li>Kartläggning av sömnen med sömndagbok, läkarbedömning av sömnmedicin – Regionen</li>
<li>Visuellt veckoschema för hemmet och dagliga verksamheten – Habiliteringen</li>
<li>Utredning av boende med särskild service – Kommunen</li>
</ul>

<h3>Uppföljning</h3>
<ul><li>2025-05-06 kl. 14.00, Vuxenhabiliteringen Boden</li></ul>

<h3>Deltagare</h3>
<p>Vid mötet deltog Jonas, Ulrika (LSS-handläggare, Bodens kommun), Per (arbetsterapeut,
Vuxenhabiliteringen Boden, Region Norrbotten), Karin (sjuksköterska, Psykiatrimottagningen
Boden, Region Norrbotten) och Mikael (arbetsledare, Daglig verksamhet Boden, Bodens kommun).</p>
</body></html>
"""
    src = os.path.join(tmp, "f57b-06.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html)
    soffice_pdf(src, OUT)


# ---------------------------------------------------------------- 07 DOCX long purpose, no measures
def make_07(tmp):
    doc = Document()
    fix_core(doc, "SIP Linda")
    doc.styles["Normal"].font.name = "Times New Roman"
    doc.styles["Normal"].font.size = Pt(11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Region Kalmar län – Psykiatriska kliniken Västervik · Västerviks kommun"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(8)

    doc.add_heading("Samordnad individuell plan – SIP", level=0)
    doc.add_paragraph("Namn: Linda, 41 år     Personnummer: ÅÅMMDD-XXXX     "
                      "Mötesdatum: 2025-02-27, avdelning 3, Psykiatriska kliniken Västervik")

    doc.add_heading("1. Syfte med SIP", level=1)
    doc.add_paragraph(
        "Linda har vårdats på avdelning 3 sedan 2025-01-30 efter en allvarlig depression med ett "
        "suicidförsök i hemmet. Hon ska enligt plan skrivas ut i början av mars. Syftet med den här "
        "planen är att övergången från slutenvården till livet hemma i Västervik ska bli trygg och "
        "att ingen del av hennes vardag faller mellan stolarna när avdelningens personal inte längre "
        "finns runt henne dygnet runt.")
    doc.add_paragraph(
        "Linda bor ensam med sin dotter som är 12 år och varannan vecka hos sin pappa. Hon har beskrivit "
        "att det var under veckorna med dottern hemma som hon orkade minst och att hon skämdes för att "
        "be om hjälp. Planen ska därför också göra det tydligt för Linda vem hon kan vända sig till "
        "under de första veckorna, och se till att psykiatrin och kommunen har samma bild av vad som "
        "är varningstecken för henne, så att hon inte behöver berätta sin historia på nytt för varje "
        "ny person hon möter.")
    doc.add_paragraph(
        "Slutligen ska planen hjälpa Linda att på sikt komma tillbaka till sitt arbete som "
        "barnskötare, något som för henne är en viktig del av att må bra, i en takt som hon själv och "
        "behandlarna bedömer som rimlig.")

    doc.add_heading("2. Frågeställningar", level=1)
    doc.add_paragraph("Diskutera läget inför utskrivningen.")

    doc.add_heading("3. Lindas egna mål", level=1)
    doc.add_paragraph(
        "”Jag vill kunna vara hemma med min dotter varannan vecka igen och orka laga middag och "
        "följa med på hennes handbollsmatcher. Just nu känns det omöjligt, men det är det jag "
        "längtar efter.”")
    doc.add_paragraph(
        "”Jag vill sova på nätterna utan att ligga och älta. När jag sover blir allt annat lättare.”")
    doc.add_paragraph(
        "”Jag vill tillbaka till förskolan, kanske på halvtid till hösten. Jag saknar barnen och "
        "kollegorna, men jag vill inte börja för tidigt och krascha igen.”")
    doc.add_paragraph(
        "”På längre sikt vill jag förstå varför jag blev så dålig, så att jag känner igen det "
        "nästa gång och säger till i tid.”")

    doc.add_heading("4. Lindas delaktighet", level=1)
    doc.add_paragraph(
        "Linda deltog i hela mötet på avdelningen. Hon har själv formulerat målen ovan. Hon önskar "
        "att så få nya personer som möjligt blir inblandade och att hon får träffa samma "
        "kontaktperson på mottagningen varje gång.")

    doc.add_heading("5. Samtycke", level=1)
    doc.add_paragraph("Samtycke finns.")

    doc.add_heading("6. Insatser och ansvar", level=1)
    doc.add_paragraph("Se separat genomförandeplan.")

    doc.add_heading("7. Huvudansvarig", level=1)
    doc.add_paragraph("Maria, kurator, Psykiatriska kliniken Västervik, Region Kalmar län")

    doc.add_heading("8. Uppföljning", level=1)
    doc.add_paragraph("Om cirka två månader efter utskrivningen.")

    doc.add_heading("9. Deltagare", level=1)
    doc.add_paragraph("Linda, Maria, Jenny, Andreas, Emil")
    doc.save(os.path.join(OUT, "f57b-07.docx"))


# ---------------------------------------------------------------- 08 NOT a plan: journal note
def make_08():
    doc = Document()
    fix_core(doc, "Journalanteckning")
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "VAS – Region Norrbotten    Hälsocentralen Kalix    Utskrift 2025-04-09"
    hp.runs[0].font.size = Pt(8)

    p = doc.add_paragraph()
    r = p.add_run("Journalanteckning – telefonsamtal")
    r.bold = True
    r.font.size = Pt(14)
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([
            ("Patient", "E., 84 år, XXXXXX-XXXX"),
            ("Datum/tid", "2025-04-08 14:20"),
            ("Vårdenhet", "Hälsocentralen Kalix, distriktssköterskemottagningen"),
            ("Yrkesroll", "Distriktssköterska")]):
        t.rows[i].cells[0].text = a
        t.rows[i].cells[0].paragraphs[0].runs[0].bold = True
        t.rows[i].cells[1].text = b

    for label, text in [
        ("Kontaktorsak",
         "Planering inför SIP-möte. Pat har fallit två gånger i hemmet senaste månaden och "
         "hemtjänsten har hört av sig med oro för att hon inte klarar sig nattetid."),
        ("Telefonsamtal",
         "Ringer dottern efter överenskommelse med pat vid hembesöket 2025-04-03, då pat sa ja "
         "till att vi kontaktar dottern och kommunen. Dottern bor i Luleå och är positiv till ett "
         "gemensamt möte. Hon kan komma en eftermiddag vecka 17 eller 18. Hon berättar att pat "
         "har varit mer förvirrad på kvällarna och att hon själv ringer till pat varje kväll. "
         "Sonen bor i Stockholm och vill delta via Teams om möjligt. Ringer sonen, inget svar, "
         "lämnar meddelande att ringa tillbaka via växeln."),
        ("Planering",
         "Kontaktar biståndshandläggare Kalix kommun för att boka tid för SIP-möte i pat:s hem. "
         "Förslag till dottern: 2025-04-24 kl. 13.30. Bekräftelse skickas när kommunen svarat."),
        ("Åtgärd",
         "Kallelse skrivs när tiden är bekräftad. Ny kontakt med dottern senast 2025-04-11."),
    ]:
        lp = doc.add_paragraph()
        lp.paragraph_format.space_before = Pt(8)
        lr = lp.add_run(label)
        lr.bold = True
        doc.add_paragraph(text)
    sig = doc.add_paragraph()
    sig.paragraph_format.space_before = Pt(14)
    sr = sig.add_run("Signerad: Karin, distriktssköterska, Hälsocentralen Kalix, 2025-04-08 14:52")
    sr.italic = True
    sr.font.size = Pt(9)
    doc.save(os.path.join(OUT, "f57b-08.docx"))


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.startswith("f57b-"):
            os.remove(os.path.join(OUT, f))
    tmp = tempfile.mkdtemp(prefix="f57b-")
    try:
        make_01()
        make_02()
        make_03()
        make_04()
        make_05()
        make_06(tmp)
        make_07(tmp)
        make_08()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("written:", sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()
