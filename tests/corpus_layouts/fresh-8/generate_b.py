#!/usr/bin/env python3
"""Generate the f8b batch of fictional, anonymized SIP plans into plans/.

Run with a Python that has python-docx and fpdf2 (and LibreOffice on PATH): python generate_b.py
Deterministic: fixed dates and texts, no randomness.  PDFs 02 and 06 are
"printed" with LibreOffice from an .html / .docx written into build/.
"""
import datetime
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
PLANS = os.path.join(HERE, "plans")
BUILD = os.path.join(HERE, "build")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_I = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"
LO_PROFILE = "file:///tmp/lo-f8b"
FIXED = datetime.datetime(2025, 1, 1, 8, 0, 0)


def out(name):
    return os.path.join(PLANS, name)


def fix_core(doc, author):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    cp.title = ""


def soffice_pdf(src, target):
    """Convert src (docx/html) to PDF with our own LibreOffice profile."""
    subprocess.run(
        ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
         "--convert-to", "pdf", "--outdir", BUILD, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        timeout=180,
    )
    pdf = os.path.splitext(os.path.join(BUILD, os.path.basename(src)))[0] + ".pdf"
    shutil.move(pdf, target)


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def set_col_widths(table, widths_cm):
    """Set widths on the grid and on every cell (Word and LibreOffice)."""
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        for cell, w in zip(row.cells, widths_cm):
            cell.width = Cm(w)


def bold_cell(cell, text, size=None):
    cell.text = ""
    r = cell.paragraphs[0].add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    return r


# ---------------------------------------------------------------------------
# 01  Record-system text export, dementia + spouse carer, Kungsör
# ---------------------------------------------------------------------------

def wrap_block(text, width=72):
    lines = []
    for para in text.strip("\n").split("\n"):
        if not para.strip():
            lines.append("")
        else:
            lines.extend(textwrap.wrap(para, width=width,
                                       break_long_words=False,
                                       break_on_hyphens=False))
    return lines


def heading_txt(title):
    return ["", title, "=" * len(title)]


def plan01():
    L = []
    L += [
        "UTSKRIFT FRÅN VERKSAMHETSSYSTEM - SOCIALTJÄNST",
        "Kungsörs kommun, Vård och omsorg",
        "Utskriftsdatum: 2024-10-21 14:32",
        "Utskriven av: VO-KUNG-0417",
        "Dokumenttyp: Samordnad individuell plan (SIP)",
        "Sekretess: Uppgifterna omfattas av sekretess enligt OSL 26 kap.",
    ]
    L += heading_txt("GRUNDUPPGIFTER")
    L += [
        "Namn: Gösta",
        "Personnummer: XXXXXX-XXXX",
        "Folkbokförd: Kungsör",
        "Civilstånd: Gift, sammanboende",
        "Aktuella beslut: Hemtjänst (SoL 4 kap. 1 §), trygghetslarm",
        "Mötesdatum: 2024-10-17",
        "Mötestid: 10.00-11.30",
        "Mötesplats: I hemmet, Kungsör",
        "Planstatus: Upprättad",
    ]
    L += heading_txt("DELTAGARE")
    L += [
        "Gösta, den enskilde, -",
        "Inga, hustru och anhörigvårdare, -",
        "Karin, biståndshandläggare, Vård och omsorg Kungsörs kommun",
        "Peter, demenssjuksköterska, Hemsjukvården Kungsörs kommun",
        "Lotta, distriktssköterska, Vårdcentralen Kungsör",
        "Samira, enhetschef, Hemtjänst Kungsör norra",
    ]
    L += heading_txt("BAKGRUND")
    L += ["", "2024-10-17 13:05  Karin, Biståndshandläggare"]
    L += wrap_block(
        "Gösta är 81 år och bor med hustrun Inga i villa i Kungsör. Han fick "
        "diagnosen Alzheimers sjukdom i augusti 2024 efter utredning på "
        "Vårdcentralen Kungsör. Har sedan tidigare hjärtsvikt och tar "
        "vätskedrivande. Hemtjänst finns sedan juni 2024 med hjälp vid dusch "
        "en gång per vecka samt trygghetslarm. Under hösten har G. blivit "
        "mer orolig på eftermiddagar och kvällar, han letar efter sin "
        "arbetsplats och vill gå ut. Han har gått vilse två gånger i "
        "september och hittats av grannar. Inga (78) sköter i dag matlagning, "
        "städning, ekonomi och läkemedel. Inga berättar att hon sover dåligt "
        "eftersom G. går upp flera gånger per natt, och att hon inte längre "
        "kan lämna honom ensam för att handla.\n"
        "Gösta var med under första halvtimmen av mötet och satt sedan i "
        "vardagsrummet med kaffe.")
    L += heading_txt("SYFTE")
    L += ["", "2024-10-17 13:12  Karin, Biståndshandläggare"]
    L += wrap_block(
        "Syftet med SIP är att samordna kommunens och vårdcentralens insatser "
        "kring Gösta nu när demenssjukdomen har gått framåt, så att Inga får "
        "avlastning i omvårdnaden dagtid och så att hemtjänst, "
        "demenssjuksköterska och vårdcentral har en gemensam plan för "
        "läkemedelshanteringen och för oron på kvällarna.")
    L += heading_txt("PLANERADE INSATSER")
    L += ["", "2024-10-17 13:20  Karin, Biståndshandläggare"]
    L += wrap_block(
        "Dagverksamhet: Gösta erbjuds plats på dagverksamheten för personer "
        "med demenssjukdom, Solgården Kungsör, tisdagar och torsdagar kl. "
        "9.00-15.00 inkl. transport. Beslut fattas av biståndshandläggare "
        "senast 2024-10-25. Start på dagverksamheten 2024-11-05. Ansvarig: "
        "enhetschef dagverksamheten Solgården.\n"
        "Avlösning i hemmet: 6 timmar per vecka, fördelat på två "
        "eftermiddagar (måndag och onsdag), så att Inga kan handla och "
        "vila. Utförs av Hemtjänst Kungsör norra, enhetschef Samira "
        "planerar in personal. Start 2024-11-04.")
    L += ["", "2024-10-17 13:31  Peter, Demenssjuksköterska"]
    L += wrap_block(
        "Demenssjuksköterskan gör hembesök 2024-10-29 och går igenom "
        "kvällsoron med Inga och hemtjänstpersonalen: bemötande, "
        "dagsrytm och vad som kan lugna G. Därefter hembesök en gång per "
        "månad, nästa 2024-11-26. Demenssjuksköterskan beställer GPS-larm "
        "via kommunens hjälpmedelsenhet senast 2024-11-08.")
    L += ["", "2024-10-17 13:40  Lotta, Distriktssköterska"]
    L += wrap_block(
        "Läkemedelsgenomgång hos distriktsläkare på Vårdcentralen Kungsör "
        "2024-11-14 kl. 10.20. Distriktssköterskan ordnar "
        "dosdispenserade läkemedel efter läkemedelsgenomgången, första "
        "leverans beräknas 2024-11-25.")
    L += heading_txt("NÄRSTÅENDES INSATSER")
    L += ["", "2024-10-17 13:45  Karin, Biståndshandläggare"]
    L += wrap_block(
        "Inga fortsätter att ge Gösta hans läkemedel morgon och kväll ur "
        "dosetten fram till att dosdispenseringen startar, och följer med "
        "honom till läkemedelsgenomgången 2024-11-14. Inga packar väska "
        "till dagverksamheten tisdagar och torsdagar. Inga anmäler sig "
        "till anhörigcirkeln hos Anhörigstöd Kungsör, nästa cirkel startar "
        "2025-01-15.")
    L += heading_txt("UPPFÖLJNING")
    L += ["", "2024-10-17 13:50  Karin, Biståndshandläggare"]
    L += wrap_block(
        "Planen följs upp i samband med att biståndsbeslutet omprövas, "
        "preliminärt i slutet av januari 2025. Kallelse skickas ut i god "
        "tid till samtliga.")
    L += ["", "-" * 72,
          "Signerad: 2024-10-18 09:02  Karin, Biståndshandläggare",
          "Slut på utskrift. Sida 1 av 1"]
    text = "\r\n".join(L) + "\r\n"
    with open(out("f8b-01.txt"), "w", encoding="utf-8", newline="") as f:
        f.write(text)


# ---------------------------------------------------------------------------
# 02  Record print (HTML -> PDF), adult with eating disorder, Västerås
# ---------------------------------------------------------------------------

def bar(title):
    return ('<table width="100%" cellpadding="3" cellspacing="0" '
            'style="margin-top:10px"><tr><td bgcolor="#D0D0D0">'
            f'<b>{title}</b></td></tr></table>\n')


def plan02():
    rows = [
        ("Dagvård med måltidsstöd 3 dagar/vecka (mån, ons, fre), "
         "frukost + lunch + mellanmål", "Ätstörningsenheten, sjuksköterska",
         "2025-02-17", "v. 12"),
        ("KBT-E, individuell behandling, 20 sessioner",
         "Ätstörningsenheten, psykolog", "2025-02-19", "Efter 10 sessioner"),
        ("Kostrådgivning och måltidsschema", "Ätstörningsenheten, dietist",
         "2025-02-18", "v. 12"),
        ("Vägning, blodprover (elektrolyter, blodstatus) och EKG "
         "varannan vecka", "Vårdcentralen Bäckby, distriktssköterska",
         "2025-02-24", "v. 14"),
        ("Utredning av behov av boendestöd (stöd vid inköp och "
         "matlagning)", "Västerås stad, socialpsykiatrin, "
         "biståndshandläggare", "", "v. 14"),
    ]
    trs = "\n".join(
        f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>"
        for a, b, c, d in rows)
    html = f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8">
<title>Journalutskrift</title>
<style>
body {{ font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; }}
td {{ font-size: 10pt; vertical-align: top; }}
p {{ margin-top: 4px; margin-bottom: 4px; }}
</style></head><body>
<p style="font-size:8pt">Region Västmanland &nbsp;|&nbsp; Journalutskrift &nbsp;|&nbsp; Utskriftsdatum 2025-02-12 08:47</p>
<table width="100%" border="1" cellpadding="4" cellspacing="0">
<tr><td width="55%"><b>Patient: [namn] ÅÅMMDD-XXXX</b></td>
<td>Vårdenhet: Ätstörningsenheten, Psykiatri Västerås</td></tr>
<tr><td>Anteckningstyp: Samordnad individuell plan (SIP)</td>
<td>Besöksdatum: 2025-02-10</td></tr>
<tr><td>Kontakttyp: Samverkansmöte, utan patient</td>
<td>Status: Signerad</td></tr>
</table>
{bar("Deltagare")}
<p>Maria, sjuksköterska, Ätstörningsenheten Psykiatri Västerås<br>
Johan, psykolog, Ätstörningsenheten Psykiatri Västerås<br>
Sofie, dietist, Ätstörningsenheten Psykiatri Västerås<br>
Anders, distriktsläkare, Vårdcentralen Bäckby<br>
Elin, biståndshandläggare, Västerås stad, socialpsykiatrin</p>
{bar("Aktuellt")}
<p>29-årig kvinna med anorexia nervosa, restriktiv typ, sedan tonåren.
Behandlad i BUP och därefter på enheten 2016–2019, därefter stabil.
Återfall hösten 2024 i samband med separation och flytt. BMI vid
senaste vägning 2025-02-03: 16,2. Pulsen 48 i vila, kalium inom
referens. Bor ensam i lägenhet på Bäckby. Arbetar halvtid i butik.
Beskriver att hon har svårt att handla mat och laga mat, äter i
huvudsak frukost och ett mellanmål. Ingen självskada. Ingen
suicidalitet.</p>
{bar("Patientens delaktighet")}
<p>Pat. deltog inte i mötet. Pat. har inför mötet, i samtal med ssk
2025-02-05, framfört att hon i första hand vill ha dagvård och inte
heldygnsvård, och att hon vill kunna behålla sitt halvtidsarbete.</p>
{bar("Syfte")}
<p>Syftet med SIP är att samordna dagvård på Ätstörningsenheten,
medicinska kontroller på vårdcentralen och eventuellt boendestöd från
kommunen, så att heldygnsvård kan undvikas under våren 2025 och
patienten inte ska behöva åka till olika enheter för samma prover.</p>
{bar("Frågeställningar")}
<p>– Kan vägning, blodprover och EKG göras på Vårdcentralen Bäckby i
stället för på enheten?<br>
– Har pat. behov av boendestöd för inköp och matlagning, och vem
gör ansökan tillsammans med henne?<br>
– Vilka värden ska leda till att vårdcentralen kontaktar enheten samma
dag?</p>
{bar("Mål")}
<p>Att pat. uppnår BMI ≥ 17,5 till juni 2025 och äter regelbundet enligt
måltidsschema (3 huvudmål och 3 mellanmål per dag).</p>
{bar("Åtgärdsplan")}
<table width="100%" border="1" cellpadding="4" cellspacing="0">
<tr bgcolor="#E8E8E8"><td width="40%"><b>Insats</b></td><td width="30%"><b>Utförare</b></td>
<td width="14%"><b>Start</b></td><td width="16%"><b>Uppföljs</b></td></tr>
{trs}
</table>
<p>Vårdcentralen kontaktar Ätstörningsenheten samma dag vid puls under 40,
kalium under 3,0 eller viktnedgång mer än 1 kg på två veckor.</p>
{bar("Huvudansvar")}
<p>Huvudansvar för planen: Ätstörningsenheten.</p>
{bar("Uppföljning")}
<p>Uppföljning av SIP om ca 8 veckor. Kallelse skickas till deltagarna.</p>
<p style="font-size:8pt; margin-top:16px">Elektroniskt signerad 2025-02-11 &nbsp;|&nbsp; Utskrift ur journalsystem, Region Västmanland</p>
</body></html>
"""
    src = os.path.join(BUILD, "f8b-02.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html)
    soffice_pdf(src, out("f8b-02.pdf"))


# ---------------------------------------------------------------------------
# 03  Discharge plan from psychiatric inpatient care (.docx), Köping
# ---------------------------------------------------------------------------

def add_placeholder_sdt(paragraph, text="Klicka eller tryck här för att ange text."):
    """Append an empty plain-text content control showing its placeholder."""
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    tag = OxmlElement("w:alias")
    tag.set(qn("w:val"), "Huvudansvarig")
    pr.append(tag)
    ph = OxmlElement("w:showingPlcHdr")
    pr.append(ph)
    pr.append(OxmlElement("w:text"))
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    col = OxmlElement("w:color")
    col.set(qn("w:val"), "808080")
    rpr.append(col)
    r.append(rpr)
    t = OxmlElement("w:t")
    t.text = text
    r.append(t)
    content.append(r)
    sdt.append(content)
    paragraph._p.append(sdt)


def plan03():
    doc = Document()
    fix_core(doc, "Psykiatri Västerås")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Region Västmanland – Psykiatri\tKöpings kommun"
    fp = sec.footer.paragraphs[0]
    fp.text = "SIP utskrivningsplanering enligt LOS – mall version 2023-05"
    fp.runs[0].font.size = Pt(8)

    doc.add_heading("Samordnad individuell plan (SIP) – utskrivningsplanering", level=1)

    info = doc.add_table(rows=6, cols=2)
    info.style = "Table Grid"
    vals = [
        ("Namn", "M."),
        ("Personnummer", "ÅÅMMDD-XXXX"),
        ("Vårdenhet", "Psykiatrisk slutenvård, avdelning 42, Västerås"),
        ("Hemkommun", "Köping"),
        ("Mötesdatum och plats", "2025-03-06, avdelning 42 (socialtjänsten deltog på plats)"),
        ("Planerad utskrivning", "2025-03-13"),
    ]
    for i, (k, v) in enumerate(vals):
        bold_cell(info.cell(i, 0), k)
        info.cell(i, 1).text = v
    set_col_widths(info, [5, 11.6])

    doc.add_heading("1. Deltagare", level=2)
    for line in [
        "M. (patient)",
        "Sara, sjuksköterska",
        "Hassan, överläkare",
        "Lina, kurator",
        "Per, boendestödjare",
        "Ahmed, biståndshandläggare",
        "God man (deltog per telefon)",
    ]:
        doc.add_paragraph(line, style="List Bullet")

    doc.add_heading("2. Syfte med SIP", level=2)
    doc.add_paragraph("Samordnad utskrivning enligt LOS.")

    doc.add_heading("3. Frågeställningar", level=2)
    for q in [
        "Vem ger depåinjektionen efter hemgång och när är första tillfället?",
        "Behöver M. boendestöd fler dagar i veckan den första tiden hemma?",
        "Hur ska M. få hjälp med skulderna hos Kronofogden, som oroar honom mycket?",
    ]:
        doc.add_paragraph(q, style="List Bullet")

    doc.add_heading("4. Mina egna önskemål", level=2)
    doc.add_paragraph(
        "M. deltog under hela mötet. Han har läst igenom planen tillsammans med "
        "sjuksköterskan Sara och bett att få sina önskemål skrivna så här:")
    q = doc.add_paragraph()
    q.paragraph_format.left_indent = Cm(1.2)
    r = q.add_run(
        "”Jag vill hem till min lägenhet och ha mina egna rutiner igen. Jag vill "
        "inte bli inlagd en gång till. Jag vill börja gå till träffpunkten på "
        "tisdagarna igen och jag vill att boendestödet kommer på förmiddagen, "
        "inte tidigt på morgonen.”")
    r.italic = True

    doc.add_heading("5. Insatser efter utskrivning", level=2)
    rows = [
        ("Insats", "Ansvarig", "När"),
        ("Depåinjektion var fjärde vecka", "Psykiatrimottagningen Köping, sjuksköterska",
         "Första 2025-03-20"),
        ("Boendestöd 3 ggr/vecka (mån, ons, fre förmiddag): struktur, städning, inköp",
         "Socialpsykiatrin Köpings kommun, boendestödjare", "Från 2025-03-14"),
        ("Boendestödjaren följer med hem på utskrivningsdagen och handlar med M.",
         "Socialpsykiatrin Köpings kommun, boendestödjare", "2025-03-13"),
        ("Läkarbesök, uppföljning av medicinering och biverkningar",
         "Psykiatrimottagningen Köping, läkare", ""),
        ("Beslut om sysselsättning, träffpunkten Kompassen tisdagar",
         "Köpings kommun, biståndshandläggare", "Senast 2025-03-31"),
    ]
    t = doc.add_table(rows=len(rows), cols=3)
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            if i == 0:
                bold_cell(t.cell(i, j), v)
                shade(t.cell(i, j), "D9E2F3")
            else:
                t.cell(i, j).text = v
    repeat_header(t.rows[0])
    set_col_widths(t, [7.5, 6, 3.1])

    doc.add_heading("6. Krisplan", level=2)
    doc.add_paragraph().add_run("Tidiga tecken på att jag mår sämre:").bold = True
    for s in ["Jag sover mindre än fem timmar per natt.",
              "Rösterna blir fler och mer elaka.",
              "Jag slutar öppna dörren för boendestödet."]:
        doc.add_paragraph(s, style="List Bullet")
    doc.add_paragraph().add_run("Det här gör jag själv:").bold = True
    for s in ["Tar min vid behovs-medicin enligt ordination.",
              "Ringer mottagningen via växeln på dagtid. Kvällar och helger ringer "
              "jag 1177 eller psykiatrins akutmottagning i Västerås."]:
        doc.add_paragraph(s, style="List Bullet")
    doc.add_paragraph().add_run("Det här gör personalen:").bold = True
    doc.add_paragraph(
        "Om M. inte öppnar för boendestödet två gånger i rad kontaktar "
        "boendestödjaren sjuksköterskan på Psykiatrimottagningen Köping samma dag.",
        style="List Bullet")

    doc.add_heading("7. Andra aktörer", level=2)
    doc.add_paragraph(
        "M. har god man sedan 2022. God man betalar hyra och fasta räkningar från "
        "M:s konto och hjälper M. att ansöka om skuldsanering hos Kronofogden under "
        "april 2025. God man får en kopia av planen.")

    doc.add_heading("8. Samtycke", level=2)
    doc.add_paragraph("M. har samtyckt till att SIP upprättas och att uppgifter delas "
                      "mellan de verksamheter som deltar.")

    doc.add_heading("9. Huvudansvar och uppföljning", level=2)
    p = doc.add_paragraph()
    p.add_run("Huvudansvarig för planen: ").bold = True
    add_placeholder_sdt(p)
    p = doc.add_paragraph()
    p.add_run("Första uppföljning: ").bold = True
    p.add_run("inom en vecka efter hemgång, som hembesök i M:s lägenhet. Tid meddelas M.")

    doc.save(out("f8b-03.docx"))


# ---------------------------------------------------------------------------
# 04  Lättläst plan, adult with intellectual disability (LSS), Arboga
# ---------------------------------------------------------------------------

def plan04():
    doc = Document()
    fix_core(doc, "LSS-handläggning Arboga")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(16)
    st.paragraph_format.space_after = Pt(4)
    st.paragraph_format.line_spacing = 1.3
    for lvl, size in ((1, 26), (2, 20)):
        hs = doc.styles[f"Heading {lvl}"]
        hs.font.name = "Arial"
        hs.font.size = Pt(size)
        hs.font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(3)
    fp = sec.footer.paragraphs[0]
    fp.text = "Min plan – Ida – mars 2025"
    fp.runs[0].font.size = Pt(12)

    doc.add_heading("Min plan", level=1)
    doc.add_paragraph("Den här planen heter SIP.")
    doc.add_paragraph("SIP betyder samordnad individuell plan.")
    doc.add_paragraph("Vi hade möte den 14 mars 2025.")
    doc.add_paragraph("Mötet var på mitt boende i Arboga.")

    def block(q, lines):
        doc.add_heading(q, level=2)
        for ln in lines:
            doc.add_paragraph(ln)

    block("Varför har vi SIP?", [
        "För att alla ska samarbeta.",
        "Så att alla vet vad de ska göra.",
    ])
    block("Vem var med på mötet?", [
        "Jag var med hela mötet.",
        "Lena, min handläggare.",
        "Ahmed från mitt boende.",
        "Sanna, sjuksköterska.",
        "Mia från jobbet.",
        "Jonna, arbetsterapeut.",
    ])
    block("Vad ska vi prata om?", [
        "Hur det går för mig.",
    ])
    block("Får vi prata med varandra om dig?", [
        "Ja.",
        "Det sa jag på mötet den 14 mars 2025.",
        "Lena skrev upp det.",
    ])
    block("Vad vill du?", [
        "Jag vill jobba i caféet.",
        "Jag vill lära mig laga enkel mat.",
        "Jag vill inte ha ont i magen.",
        "Jag vill förstå mitt blodsocker.",
    ])
    block("Vad tycker du om hur det är nu?", [
        "Jag tycker om mitt boende.",
        "Jag blir arg när jag inte vet vad som ska hända.",
        "Jag vill ha bilder som visar min dag.",
    ])
    doc.add_heading("Vem hjälper dig?", level=2)
    helpers = [
        ("Ahmed och personalen på Gruppbostaden Linden.",
         "De hjälper mig att laga mat.",
         "Varje dag. Från den 1 april."),
        ("Sanna är sjuksköterska på Vårdcentralen Arboga.",
         "Hon kollar mitt blodsocker.",
         "En gång i månaden. Första gången den 3 april."),
        ("Mia jobbar på Daglig verksamhet Arboga.",
         "Hon hjälper mig i caféet.",
         "Tisdag och torsdag. Från den 8 april."),
        ("Jonna är arbetsterapeut på Vuxenhabiliteringen.",
         "Hon gör ett bildschema med mig.",
         ""),
    ]
    for who, what, when in helpers:
        p = doc.add_paragraph()
        p.add_run(who).bold = True
        doc.add_paragraph(what)
        if when:
            doc.add_paragraph(when)
        doc.add_paragraph("")
    block("Vem håller ihop planen?", [
        "Lena.",
        "Hon är LSS-handläggare på Arboga kommun.",
        "Lena har huvudansvaret för min plan.",
    ])
    block("När ses vi igen?", [
        "Efter sommaren.",
        "Lena skickar en tid till mig.",
    ])
    doc.save(out("f8b-04.docx"))


# ---------------------------------------------------------------------------
# 05  Network meeting minutes (.docx), teenager with self-harm, Norberg
# ---------------------------------------------------------------------------

def plan05():
    doc = Document()
    fix_core(doc, "IFO Norberg")
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "NORBERGS KOMMUN\tIndivid- och familjeomsorgen\t"
    hp.runs[0].font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.text = "Sekretess enligt OSL 26 kap. 1 §"
    fp.runs[0].font.size = Pt(8)

    p = doc.add_paragraph()
    r = p.add_run("PROTOKOLL NÄTVERKSMÖTE – SAMORDNAD INDIVIDUELL PLAN")
    r.bold = True
    r.font.size = Pt(14)
    for k, v in [("Ärende:", "Elsa, 15 år"),
                 ("Datum:", "2025-02-11, kl. 13.00–14.30"),
                 ("Plats:", "Familjecentralen, Norberg")]:
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        p.add_run(k + " ").bold = True
        p.add_run(v)

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    p.add_run("Närvarande").bold = True
    people = [
        ("Namn", "Funktion", "Verksamhet"),
        ("Elsa", "–", "–"),
        ("Linda", "Vårdnadshavare (mamma)", "–"),
        ("Sara", "Socialsekreterare", "IFO Barn och familj, Norbergs kommun"),
        ("Jonas", "Kurator", "Elevhälsan, Kyrkskolan Norberg"),
        ("Amira", "Skolsköterska", "Elevhälsan, Kyrkskolan Norberg"),
        ("Petra", "Behandlare", "BUP Fagersta"),
        ("Karl", "Läkare", "BUP Fagersta"),
    ]
    t = doc.add_table(rows=len(people), cols=3)
    t.style = "Table Grid"
    for i, row in enumerate(people):
        for j, v in enumerate(row):
            if i == 0:
                bold_cell(t.cell(i, j), v)
                shade(t.cell(i, j), "E7E6E6")
            else:
                t.cell(i, j).text = v
    repeat_header(t.rows[0])

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    r = p.add_run("Protokoll")
    r.bold = True
    r.font.size = Pt(13)

    def para(num, title, body, beslut=()):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(8)
        p.paragraph_format.space_after = Pt(2)
        p.add_run(f"§{num} {title}").bold = True
        for b in body:
            doc.add_paragraph(b)
        for b in beslut:
            q = doc.add_paragraph()
            q.paragraph_format.left_indent = Cm(1)
            q.add_run("Beslut: ").bold = True
            q.add_run(b)

    para(1, "Mötets öppnande", [
        "Sara öppnar mötet och hälsar alla välkomna. Mötets syfte är samordning "
        "kring Elsa. Samtycke till samverkan finns sedan tidigare."])
    para(2, "Val av sekreterare", [], ["Jonas för protokollet."])
    para(3, "Aktuell situation", [
        "BUP: Elsa har haft kontakt med BUP Fagersta sedan oktober 2024 efter att "
        "hon skurit sig på underarmarna. Enligt BUP har det skett vid tre tillfällen "
        "under januari, senast 2025-01-30. Ingen medicinering i nuläget. Karl har "
        "gjort en suicidriskbedömning 2025-02-04.",
        "Skolan: Elsa går i årskurs 9. Frånvaron är 38 % under vårterminen, mest "
        "måndagar och dagar med idrott. Betygen i flera ämnen är i fara.",
        "Socialtjänsten: Utredning enligt 11 kap. 1 § SoL inleddes 2024-12-04 efter "
        "orosanmälan från skolan och beräknas vara klar i april 2025.",
        "Elsa och Linda deltog under denna punkt och lämnade därefter mötet."])
    para(4, "Insatser", [
        "BUP erbjuder Elsa färdighetsträning i grupp (DBT-inspirerad), varannan "
        "vecka."], [
        "Petra, BUP Fagersta, kallar Elsa till gruppen med start vecka 10.",
        "Skolsköterskan Amira erbjuder Elsa stödsamtal en gång i veckan.",
        "Kurator Jonas tar fram en handlingsplan för skolans personal vid "
        "självskada, klar senast 2025-02-28.",
        "Sara lämnar förslag på familjebehandling via Familjeteamet Norberg när "
        "utredningen är klar.",
    ])
    para(5, "Huvudansvar", [], [
        "Sara, socialsekreterare IFO Barn och familj Norberg, har huvudansvaret "
        "för SIP:en, skriver ihop planen och skickar den till de närvarande."])
    para(6, "Övrigt", [
        "Elsas pappa, som bor i Avesta och har gemensam vårdnad, kunde inte delta "
        "i dag. Han får protokollet via Sara."])
    para(7, "Nästa möte", [], [
        "Nästa möte hålls 2025-03-25 kl. 13.00 på Familjecentralen, Norberg."])
    para(8, "Mötets avslutande", ["Sara tackar alla och avslutar mötet."])

    doc.add_paragraph("")
    doc.add_paragraph("Vid protokollet\t\t\tJusteras")
    doc.add_paragraph("Jonas, kurator\t\t\tSara, socialsekreterare")
    doc.save(out("f8b-05.docx"))


# ---------------------------------------------------------------------------
# 06  "Uppföljning 2" (.docx -> .pdf), adult with long-term pain, Sala
# ---------------------------------------------------------------------------

def plan06():
    doc = Document()
    fix_core(doc, "Vårdcentralen Sala")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    hp = sec.header.paragraphs[0]
    hp.text = "Sala kommun och Region Västmanland – Samordnad individuell plan"
    hp.runs[0].font.size = Pt(9)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.text = "SIP – Uppföljning 2 – A."
    fp.runs[0].font.size = Pt(8)

    doc.add_heading("SIP – Uppföljning 2", level=1)

    meta = [
        ("Namn", "A."), ("Personnummer", "ÅÅMMDD-XXXX"),
        ("Plan upprättad", "2024-10-15"), ("Uppföljning 1", "2025-01-14"),
        ("Uppföljning 2 (detta möte)", "2025-04-08, Vårdcentralen Sala"),
        ("Syfte med SIP", "Se tidigare plan"),
        ("Samtycke", "Se tidigare plan"),
        ("Huvudansvarig", "Som tidigare"),
        ("Närvarande", "Eva (fysioterapeut), Maria (Försäkringskassan), "
                       "Johan (Arbetsförmedlingen), Kim (Sala kommun)"),
    ]
    t = doc.add_table(rows=len(meta), cols=2)
    t.style = "Table Grid"
    for i, (k, v) in enumerate(meta):
        bold_cell(t.cell(i, 0), k)
        shade(t.cell(i, 0), "F2F2F2")
        t.cell(i, 1).text = v
    set_col_widths(t, [6, 19.5])

    doc.add_paragraph("")
    rows = [
        ("Mål", "Hur har det gått?", "Fortsättning"),
        ("Mål 1: Se tidigare plan", "Se tidigare plan", "Som tidigare"),
        ("Mål 2: A. ska kunna gå en promenad på 30 minuter utan att behöva vila.",
         "Promenerar 15–20 minuter enligt fysioterapeuten. Smärtan i stort sett "
         "oförändrad.",
         "Fortsatt kontakt med fysioterapeut."),
        ("Mål 3: A. ska pröva arbete i någon form under 2025.",
         "Försäkringskassan och Arbetsförmedlingen har haft kontakt med A. under perioden.",
         "FK och AF fortsätter enligt tidigare planering."),
        ("Mål 4: Ekonomi", "Oförändrat", "Som tidigare"),
    ]
    g = doc.add_table(rows=len(rows), cols=3)
    g.style = "Table Grid"
    g.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            if i == 0:
                bold_cell(g.cell(i, j), v)
                shade(g.cell(i, j), "DEEAF6")
            else:
                g.cell(i, j).text = v
    repeat_header(g.rows[0])
    set_col_widths(g, [8.5, 9.5, 7.5])

    doc.add_paragraph("")
    p = doc.add_paragraph()
    p.add_run("Övrigt: ").bold = True
    p.add_run("–")
    p = doc.add_paragraph()
    p.add_run("Nästa uppföljning: ").bold = True
    p.add_run("2025-06-17 kl. 09.30, Vårdcentralen Sala.")

    src = os.path.join(BUILD, "f8b-06.docx")
    doc.save(src)
    soffice_pdf(src, out("f8b-06.pdf"))


# ---------------------------------------------------------------------------
# 07  Half-filled printed template (fpdf2), Hallstahammar
# ---------------------------------------------------------------------------

class TemplatePDF(FPDF):
    def header(self):
        self.set_font("dv", "", 8)
        self.set_text_color(90, 90, 90)
        self.cell(95, 5, "SIP-mall Västmanland – Kommunerna och Region Västmanland")
        self.cell(50, 5, "Utskrift: 2025-01-20", align="C")
        self.cell(0, 5, f"Sida {self.page_no()} ({{nb}})", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(3)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("dv", "", 7)
        self.set_text_color(120, 120, 120)
        self.cell(0, 5, "Blankett SIP 1.3 – reviderad 2023-09. Sparas i respektive "
                        "verksamhets journal/akt.", align="C")
        self.set_text_color(0, 0, 0)


def plan07():
    pdf = TemplatePDF(format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_margins(15, 12, 15)
    pdf.set_auto_page_break(False)
    pdf.add_font("dv", "", FONT)
    pdf.add_font("dv", "B", FONT_B)
    pdf.add_font("dv", "I", FONT_I)
    pdf.alias_nb_pages()
    W = 180
    X0 = 15

    def label_box(y, h, label, hint="", w=W, x=X0):
        pdf.rect(x, y, w, h)
        pdf.set_xy(x + 1.5, y + 1)
        pdf.set_font("dv", "B", 8.5)
        pdf.cell(w - 3, 4.5, label)
        if hint:
            pdf.set_xy(x + 1.5, y + 5.5)
            pdf.set_font("dv", "I", 7.5)
            pdf.set_text_color(110, 110, 110)
            pdf.multi_cell(w - 3, 3.6, hint)
            pdf.set_text_color(0, 0, 0)

    def hand(x, y, text, size=11):
        pdf.set_font("dv", "I", size)
        pdf.set_text_color(20, 40, 140)
        pdf.set_xy(x, y)
        pdf.cell(0, 5, text)
        pdf.set_text_color(0, 0, 0)

    pdf.add_page()
    pdf.set_font("dv", "B", 14)
    pdf.cell(0, 8, "Samordnad individuell plan (SIP)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 8)
    pdf.cell(0, 4, "Enligt SoL 2 kap. 7 § och HSL 16 kap. 4 §", new_x="LMARGIN", new_y="NEXT")
    y = pdf.get_y() + 2

    # Row: name / pnr / date
    label_box(y, 13, "Den enskildes namn", w=70)
    hand(X0 + 3, y + 6.5, "Oskar")
    label_box(y, 13, "Personnummer", "ÅÅMMDD-XXXX", w=55, x=X0 + 70)
    label_box(y, 13, "Datum för mötet", w=55, x=X0 + 125)
    hand(X0 + 128, y + 6.5, "22/1 -25")
    y += 13

    # Participants
    label_box(y, 36, "Deltagare (namn, funktion, verksamhet)")
    parts = ["Hanna, kurator, Vårdcentralen Hallstahammar",
             "Ronny, socialsekreterare, Vuxenenheten Hallstahammars kommun",
             "Beata, sjuksköterska, Beroendemottagningen Västerås",
             "Nadia, arbetsterapeut, Socialpsykiatrin Hallstahammar"]
    for i, ptxt in enumerate(parts):
        hand(X0 + 4, y + 7 + i * 6.5, ptxt, size=10.5)
    y += 36

    label_box(y, 16, "Syfte med SIP",
              "(Varför behövs en samordnad plan för just den här personen?)")
    hand(X0 + 60, y + 8.5, "Samordna insatser.")
    y += 16

    label_box(y, 24, "Frågeställningar inför mötet",
              "(Vilka frågor behöver mötet ta ställning till?)")
    y += 24
    label_box(y, 24, "Den enskildes mål – med egna ord",
              "(Skriv gärna som citat: ”Jag vill …”)")
    y += 24
    label_box(y, 22, "Den enskildes synpunkter och delaktighet",
              "(Deltog den enskilde? Vad tycker den enskilde? Om inte närvarande – hur har "
              "synpunkterna förmedlats?)")
    y += 22

    # consent
    pdf.rect(X0, y, W, 15)
    pdf.set_xy(X0 + 1.5, y + 1)
    pdf.set_font("dv", "B", 8.5)
    pdf.cell(40, 4.5, "Samtycke")
    pdf.set_xy(X0 + 4, y + 7)
    pdf.set_font("dv", "", 9.5)
    pdf.cell(0, 5, "☐ Muntligt     ☐ Skriftligt     ☐ Samtycke saknas         "
                   "Datum: ÅÅÅÅ-MM-DD")
    y += 15

    # Interventions table, starts on page 1 and continues on page 2
    cols = [("Insats", 70), ("Ansvarig (verksamhet/funktion)", 55),
            ("Start", 25), ("Uppföljs", 30)]

    def table_header(yy, cont=False):
        pdf.set_xy(X0, yy)
        pdf.set_font("dv", "B", 9)
        title = "Insatser" + (" (forts.)" if cont else "")
        pdf.cell(W, 6, title, border=1, fill=False, new_x="LMARGIN", new_y="NEXT")
        pdf.set_fill_color(225, 225, 225)
        pdf.set_font("dv", "B", 8)
        for name, cw in cols:
            pdf.cell(cw, 6, name, border=1, fill=True)
        pdf.ln(6)

    def empty_rows(n):
        for _ in range(n):
            for _, cw in cols:
                pdf.cell(cw, 9, "", border=1)
            pdf.ln(9)

    table_header(y + 2)
    empty_rows(3)

    pdf.add_page()
    table_header(pdf.get_y(), cont=True)
    empty_rows(4)
    y = pdf.get_y() + 3

    label_box(y, 28, "Andra aktörers insatser",
              "(T.ex. Försäkringskassan, Arbetsförmedlingen, god man, närstående, den "
              "enskilde själv – vem gör vad och när? Skriv ”Inga” om det inte finns några.)")
    y += 28
    # Huvudansvar
    pdf.rect(X0, y, W, 20)
    pdf.set_xy(X0 + 1.5, y + 1)
    pdf.set_font("dv", "B", 8.5)
    pdf.cell(0, 4.5, "Huvudansvarig för planen")
    pdf.set_font("dv", "", 8.5)
    for i, lab in enumerate(["Namn:", "Funktion:", "Verksamhet:"]):
        pdf.set_xy(X0 + 4 + i * 58, y + 9)
        pdf.cell(55, 5, lab + " ________________")
    y += 20
    # Follow-up
    pdf.rect(X0, y, W, 16)
    pdf.set_xy(X0 + 1.5, y + 1)
    pdf.set_font("dv", "B", 8.5)
    pdf.cell(0, 4.5, "Uppföljning")
    pdf.set_xy(X0 + 4, y + 8)
    pdf.set_font("dv", "", 9)
    pdf.cell(0, 5, "Datum: ÅÅÅÅ-MM-DD        Tid: ______        Plats: "
                   "______________________")
    y += 16
    pdf.rect(X0, y, W, 12)
    pdf.set_xy(X0 + 4, y + 3.5)
    pdf.set_font("dv", "", 9)
    pdf.cell(0, 5, "☐ Den enskilde har fått en kopia av planen      "
                   "☐ Planen har skickats till samtliga deltagare")
    y += 12
    label_box(y, 22, "Övrigt")
    y += 26
    pdf.set_font("dv", "", 8.5)
    pdf.set_xy(X0, y)
    pdf.cell(90, 5, "Underskrift den enskilde: ______________________")
    pdf.cell(90, 5, "Underskrift huvudansvarig: ____________________")
    pdf.output(out("f8b-07.pdf"))


# ---------------------------------------------------------------------------
# 08  Hand-written Markdown by home-care coordinator, Skinnskatteberg
# ---------------------------------------------------------------------------

def plan08():
    md = """SIP för Gun – anteckning efter mötet 3/10

Vi träffades hemma hos Gun i Skinnskatteberg torsdagen den 3 oktober 2024 för att göra en samordnad individuell plan. Gun är 84 år och har KOL sedan många år, nu i ett svårare stadium, och hon har fått mer och mer ångest det senaste året, framför allt på kvällar och nätter. Hon har hemtjänst morgon och kväll och trygghetslarm. I september larmade hon 19 gånger, nästan alltid på natten, och ambulans kom tre gånger under augusti–september. Varje gång blev hon hemskickad från akuten samma natt.

Meningen med planen är att Gun ska kunna känna sig trygg i sitt hem trots andfåddheten, och att hemtjänsten, kommunens sjuksköterskor och vårdcentralen gör på samma sätt när hon blir andfådd och rädd, så att det inte slutar med ambulans och akuten varje gång.

Det vi framför allt behövde reda ut på mötet var vem som ska hjälpa Gun med kvällsinhalationen nu när hon inte klarar spacern själv längre, och vad nattpersonalen ska göra när hon larmar för att hon är rädd och inte får luft. Vi pratade också om ifall hennes ångestmedicin behöver ses över, eftersom hon själv tror att den inte hjälper.

Gun var med under hela mötet och sa tydligt vad hon tycker. Hon sa: ”Jag vill bo kvar här så länge jag kan, och jag vill klara att gå ut till brevlådan utan att bli rädd att jag ska kvävas.” Hon vill inte flytta till särskilt boende nu, och hon vill helst att det är samma personal som kommer på kvällarna så att hon slipper förklara allt om och om igen.

Samtycke till att vi som jobbar med Gun pratar ihop finns.

Det här kom vi fram till:

- Hemtjänsten Skinnskatteberg hjälper Gun med kvällsinhalationen kl. 20 varje kväll från och med måndag 7 oktober. Det skrivs in i genomförandeplanen senast 11 oktober.
- Nattpatrullen i hemtjänsten gör ett tillsynsbesök kl. 23 varje natt från 7 oktober och följer den rutin som sjuksköterskan skriver.
- Sjuksköterskan i kommunens hemsjukvård skriver en rutin för personalen om vad man gör när Gun blir andfådd och panikslagen (läge, lugn andning, vid behovs-läkemedel, när man ringer 112), klar 14 oktober.
- KOL-sjuksköterskan på Vårdcentralen Skinnskatteberg gör inhalationskontroll och spirometri den 22 oktober.
- Läkaren på vårdcentralen ser över ångestmedicinen vid besöket 5 november.
- Kuratorn på vårdcentralen erbjuder samtal om ångesten varannan vecka som hembesök, första gången 17 oktober.

Jag har huvudansvaret för planen, som samordnare i hemtjänsten i Skinnskatteberg, och det är jag som kallar till nästa möte.

Vi ses igen i början av december för att se hur det har gått. Jag ringer runt och bestämmer en dag.

/Marie, samordnare hemtjänsten
"""
    with open(out("f8b-08.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


def main():
    os.makedirs(PLANS, exist_ok=True)
    os.makedirs(BUILD, exist_ok=True)
    plan01()
    plan02()
    plan03()
    plan04()
    plan05()
    plan06()
    plan07()
    plan08()


if __name__ == "__main__":
    main()
