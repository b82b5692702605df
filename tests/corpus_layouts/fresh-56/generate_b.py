#!/usr/bin/env python
"""Generate the f56b- test documents (fictional, anonymized SIP plans) into plans/.

Run with /work/batches/.venv/bin/python generate.py
Deterministic: fixed dates, no randomness; docx zip entries get a fixed timestamp,
fpdf2 PDFs a fixed creation date. (LibreOffice PDFs carry LibreOffice's own
creation timestamp in their metadata; the visible content is identical each run.)
"""
import datetime
import os
import shutil
import subprocess
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
BUILD = os.path.join(HERE, "build")
PREFIX = "f56b"
FIXED_DT = datetime.datetime(2025, 1, 1, 12, 0, 0)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
LO_PROFILE = "file:///tmp/lo-f56b"


def path(n, ext):
    return os.path.join(OUT, f"{PREFIX}-{n:02d}.{ext}")


# ---------------------------------------------------------------- helpers
def fix_docx(doc, fn, title, author="SIP"):
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    doc.save(fn)
    # rewrite zip with fixed timestamps so the bytes are stable
    tmp = fn + ".tmp"
    with zipfile.ZipFile(fn) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 1, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    os.replace(tmp, fn)


def set_cell_bg(cell, hex_color):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_color)
    tcPr.append(shd)


def mark_header_row(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def bold_para(doc, label, text=None, size=None):
    p = doc.add_paragraph()
    r = p.add_run(label)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    if text:
        p.add_run(" " + text)
    return p


def soffice_pdf(src, outdir):
    cmd = ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
           "--convert-to", "pdf", "--outdir", outdir, src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=180)


def pin_pdf_metadata(fn):
    """Replace LibreOffice's creation date and document ID by fixed values of the same
    length, so the PDF is byte-identical between runs (xref offsets stay valid)."""
    import re
    data = open(fn, "rb").read()
    data = re.sub(rb"/CreationDate\(D:\d{14}", b"/CreationDate(D:20250212120000", data)
    data = re.sub(rb"/ModDate\(D:\d{14}", b"/ModDate(D:20250212120000", data)
    data = re.sub(rb"<[0-9A-F]{32}>", b"<" + b"F56B" * 8 + b">", data)
    data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"F56B" * 8, data)
    open(fn, "wb").write(data)


def wrap(text, width=76):
    """Simple word wrap for text exports."""
    out = []
    for para in text.split("\n"):
        line = ""
        for w in para.split(" "):
            if line and len(line) + 1 + len(w) > width:
                out.append(line)
                line = w
            else:
                line = (line + " " + w) if line else w
        out.append(line)
    return out


# ======================================================== 01 PDF (fpdf2)
class RecordPDF(FPDF):
    sysname = "Lifecare SP  |  Samordnad individuell plan"
    printdate = "Utskriftsdatum: 2025-01-22 14:37"

    def header(self):
        self.set_font("DejaVu", "", 8)
        self.set_text_color(80, 80, 80)
        self.cell(120, 5, self.sysname, border=0)
        self.cell(90, 5, self.printdate, border=0, align="C")
        self.cell(0, 5, f"Sida {self.page_no()} ({{nb}})", border=0, align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(120, 120, 120)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(4)
        self.set_text_color(0, 0, 0)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(110, 110, 110)
        self.cell(0, 5, "Region Värmland / Karlstads kommun  –  Omfattas av sekretess enligt OSL 25 kap. 1 § "
                  "och 26 kap. 1 §", align="C")


def make_01():
    pdf = RecordPDF(orientation="L", unit="mm", format="A4")
    pdf.set_creation_date(FIXED_DT)
    pdf.set_title("SIP J. 2025-01-21")
    pdf.set_author("Lifecare SP")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_auto_page_break(True, margin=15)
    pdf.set_margins(14, 12, 14)

    # ---------------- page 1: summary
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 8, "Samordnad individuell plan (SIP) – sammanställning", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9)
    boxes = [("Person", "J., 19 år"), ("Personnummer", "XXXXXX-XXXX"),
             ("Kommun", "Karlstad"), ("SIP-möte", "2025-01-21"), ("Planstatus", "Upprättad")]
    x0 = pdf.l_margin
    w = (pdf.w - pdf.l_margin - pdf.r_margin) / len(boxes)
    y0 = pdf.get_y() + 2
    for i, (lab, val) in enumerate(boxes):
        x = x0 + i * w
        pdf.rect(x, y0, w, 12)
        pdf.set_xy(x + 1.5, y0 + 1)
        pdf.set_font("DejaVu", "", 7)
        pdf.set_text_color(90, 90, 90)
        pdf.cell(w - 3, 4, lab)
        pdf.set_xy(x + 1.5, y0 + 5.5)
        pdf.set_font("DejaVu", "B", 10)
        pdf.set_text_color(0, 0, 0)
        pdf.cell(w - 3, 5, val)
    pdf.set_y(y0 + 16)

    rows = [
        ("Syfte", "Samordna behandling av J:s cannabisberoende med ADHD-utredningens fortsättning "
                  "och ge stöd i boendet så att han kan behålla träningslägenheten.", "✓"),
        ("Frågeställningar", "Diskutera läget och hur det går.", "✓"),
        ("Den enskildes mål", "Se sida 2.", "✓"),
        ("Delaktighet", "J. deltog på mötet. Se sida 2.", "✓"),
        ("Samtycke", "Samtycke finns.", "✓"),
        ("Insatser", "4 insatser registrerade (Beroendemottagningen, Allmänpsykiatrin, "
                     "Socialtjänsten). Se sida 2.", "✓"),
        ("Huvudansvar", "", "–"),
        ("Andra aktörer", "Arbetsförmedlingen och Försäkringskassan är informerade om att SIP upprättats.", "✓"),
        ("Uppföljning", "Vecka 14, 2025.", "✓"),
        ("Deltagare", "5 deltagare. Se sida 2.", "✓"),
    ]
    pdf.set_font("DejaVu", "", 9)
    pdf.set_draw_color(0, 0, 0)
    head = FontFace(emphasis="BOLD", fill_color=(215, 225, 235))
    with pdf.table(col_widths=(45, 190, 25), headings_style=head, line_height=5.5,
                   text_align=("LEFT", "LEFT", "CENTER"), padding=1.5) as table:
        r = table.row()
        for h in ("Del", "Innehåll", "Status ✓/–"):
            r.cell(h)
        for a, b, c in rows:
            r = table.row()
            r.cell(a)
            r.cell(b)
            r.cell(c)
    pdf.ln(3)
    pdf.set_font("DejaVu", "", 7.5)
    pdf.set_text_color(90, 90, 90)
    pdf.multi_cell(0, 4, "Status ✓ = delen är ifylld i systemet, – = ej ifylld. Fullständig text för "
                   "respektive del finns på sida 2.")
    pdf.set_text_color(0, 0, 0)

    # ---------------- page 2: details
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(0, 7, "Detaljer", new_x="LMARGIN", new_y="NEXT")

    def block(label, text):
        pdf.set_font("DejaVu", "B", 9)
        pdf.cell(0, 5, label, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 9)
        pdf.multi_cell(0, 4.6, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.2)

    block("Bakgrund", "J. är 19 år och bor sedan november 2024 i en träningslägenhet via socialtjänsten. Han "
          "har använt cannabis dagligen sedan 16 års ålder och har haft två korta kontakter med "
          "Beroendemottagningen som avbrutits. ADHD-utredning påbörjades på Allmänpsykiatriska "
          "mottagningen 2024 men kunde inte slutföras på grund av pågående användning. J. har ingen "
          "sysselsättning och har ekonomiskt bistånd.")
    block("Syfte", "Att samordna behandlingen av J:s cannabisberoende med fortsättningen av ADHD-utredningen, "
          "och att J. får stöd i boendet så att han kan behålla träningslägenheten och på sikt få ett "
          "eget kontrakt.")
    block("Den enskildes mål", "”Jag vill sluta röka på och klara mig själv i lägenheten. Till hösten vill "
          "jag ha ett eget kontrakt och ett jobb, typ på lager.”")
    block("Delaktighet", "J. deltog under hela mötet. Han vill ha sin behandling på förmiddagar och vill inte "
          "gå i grupp. Han önskar att boendestödjaren kommer samma veckodag varje gång.")
    pdf.set_font("DejaVu", "B", 9)
    pdf.cell(0, 5, "Insatser", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 8.5)
    ins = [
        ("Individuell återfallsprevention (KBT-baserad), 1 gång/vecka, förmiddagstid",
         "Beroendemottagningen Karlstad, behandlare", "Start 2025-01-28"),
        ("Urinprovskontroller 2 gånger/vecka under behandlingen",
         "Beroendemottagningen Karlstad, sjuksköterska", "Från 2025-01-28"),
        ("Återupptagen ADHD-utredning efter 8 veckors dokumenterad drogfrihet",
         "Allmänpsykiatriska mottagningen Karlstad, läkare", "Bedömning 2025-03-25"),
        ("Boendestöd i träningslägenheten, 2 tim/vecka (struktur, ekonomi, tvätt)",
         "Karlstads kommun, Enheten för boendestöd", ""),
    ]
    with pdf.table(col_widths=(120, 95, 45), headings_style=head, line_height=4.8,
                   padding=1.2) as table:
        r = table.row()
        for h in ("Insats", "Ansvarig", "När"):
            r.cell(h)
        for a, b, c in ins:
            r = table.row()
            r.cell(a)
            r.cell(b)
            r.cell(c)
    pdf.ln(2)
    block("Deltagare",
          "J. (den enskilde)\n"
          "Elin, behandlare, Beroendemottagningen Karlstad, Region Värmland\n"
          "Hanna, sjuksköterska, Allmänpsykiatriska mottagningen Karlstad, Region Värmland\n"
          "Oskar, socialsekreterare, Vuxenenheten, Socialtjänsten Karlstads kommun\n"
          "Samir, boendestödjare, Enheten för boendestöd, Karlstads kommun")
    pdf.output(path(1, "pdf"))


# ======================================================== 02 DOCX violence
def make_02():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Halmstads kommun  •  Region Halland\tSIP\tSekretess – skyddade personuppgifter"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Adress och vistelseort anges inte i denna plan. Kontakt sker via socialsekreteraren."
    fp.runs[0].font.size = Pt(8)
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    doc.add_heading("Samordnad individuell plan (SIP)", level=1)
    p = doc.add_paragraph()
    p.add_run("Person: ").bold = True
    p.add_run("S., 34 år   ")
    p.add_run("Personnummer: ").bold = True
    p.add_run("XXXXXX-XXXX   ")
    p.add_run("Datum för SIP-möte: ").bold = True
    p.add_run("2025-02-04")
    p = doc.add_paragraph()
    p.add_run("Skyddade personuppgifter: ").bold = True
    p.add_run("Ja. Vistelseort, adress och telefonnummer redovisas inte i planen och lämnas inte ut till "
              "andra deltagare.")

    doc.add_heading("Bakgrund", level=2)
    doc.add_paragraph(
        "S. har under flera år utsatts för fysiskt och psykiskt våld av sin tidigare sambo. Efter en "
        "polisanmälan i januari placerades hon 2025-01-15 i skyddat boende tillsammans med sin son, 4 år. "
        "S. beskriver mardrömmar, sömnsvårigheter och att hon skakar när telefonen ringer. Hon är "
        "sjukskriven från sitt arbete inom handeln sedan 2025-01-13. Sonen har plats på förskola i "
        "boendets närhet och har egen kontakt med socialtjänstens barnhandläggare (hanteras i separat "
        "utredning).")

    doc.add_heading("Syfte med planen", level=2)
    doc.add_paragraph(
        "Planen ska samordna skydd, behandling och stöd så att S. kan känna sig trygg, få hjälp med sina "
        "traumasymtom och planera för ett eget boende efter tiden i skyddat boende, utan att hennes "
        "vistelseort röjs.")

    doc.add_heading("Frågeställningar", level=2)
    doc.add_paragraph("–")

    doc.add_heading("Mina mål", level=2)
    doc.add_paragraph(
        "”Jag vill känna mig trygg igen och kunna sova en hel natt. Jag vill ha ett eget hem för mig och "
        "min son där han inte kan hitta oss, och jag vill tillbaka till jobbet när jag orkar.”")

    doc.add_heading("Delaktighet", level=2)
    doc.add_paragraph(
        "S. deltog på mötet, som hölls i socialtjänstens lokaler. Hon vill att all kontakt går via hennes "
        "socialsekreterare och att ingen ringer henne från dolt nummer. Hon vill inte träffa manliga "
        "behandlare och önskar en kvinnlig kurator på vårdcentralen.")

    doc.add_heading("Samtycke", level=2)
    doc.add_paragraph(
        "S. lämnade skriftligt samtycke till informationsutbyte mellan de verksamheter som deltar i "
        "planen 2025-02-04 (kommunens samtyckesblankett för SIP). Samtycket omfattar inte den tidigare "
        "sambon eller hans anhöriga.")

    doc.add_heading("Insatser och ansvar", level=2)
    rows = [
        ("Insats", "Ansvarig", "När"),
        ("Fortsatt placering i skyddat boende, beslut prövas", "Socialtjänsten Halmstad, Enheten mot våld i "
         "nära relationer, socialsekreterare", "T.o.m. 2025-04-30, omprövning senast 2025-04-15"),
        ("Stödsamtal om våldsutsatthet, 1 gång/vecka", "Enheten mot våld i nära relationer, behandlare",
         "Tisdagar från 2025-02-11"),
        ("Bedömning av traumasymtom (PTSD) och ställningstagande till traumafokuserad behandling",
         "Vuxenpsykiatrin Halmstad, psykiatrisk öppenvårdsmottagning, läkare och psykolog",
         "Bedömning 2025-02-20"),
        ("Förlängd sjukskrivning och sömnbedömning", "Vårdcentralen Halmstad (Region Halland), läkare",
         "Besök 2025-02-12"),
        ("Ansökan om förtursbostad/boende efter skyddat boende", "Socialtjänsten Halmstad, "
         "boendesamordnare", "Ansökan senast 2025-03-14"),
        ("Bedömning av rätt till sjukpenning och planering av återgång i arbete",
         "Försäkringskassan, handläggare", "Avstämningsmöte 2025-03-05"),
        ("Ansökan om skyddade personuppgifter (sekretessmarkering/skyddad folkbokföring) hos "
         "Skatteverket", "S. själv, med stöd av socialsekreteraren", "Lämnas in senast 2025-02-14"),
    ]
    t = doc.add_table(rows=len(rows), cols=3)
    t.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, txt in enumerate(row):
            c = t.cell(i, j)
            c.text = txt
            if i == 0:
                c.paragraphs[0].runs[0].bold = True
                set_cell_bg(c, "D9E2F3")
    mark_header_row(t.rows[0])
    for r in t.rows:
        r.cells[0].width = Cm(7)
        r.cells[1].width = Cm(6)
        r.cells[2].width = Cm(4)

    doc.add_heading("Huvudansvar", level=2)
    doc.add_paragraph("Socialtjänsten Halmstad.")

    doc.add_heading("Uppföljning", level=2)
    doc.add_paragraph("Planen följs upp 2025-04-08 kl. 10.00. Plats meddelas S. via socialsekreteraren.")

    doc.add_heading("Deltagare", level=2)
    for s in ("S.", "Socialsekreterare", "Behandlare", "Sjuksköterska", "Kurator"):
        doc.add_paragraph(s, style="List Bullet")
    fix_docx(doc, path(2, "docx"), "SIP S. 2025-02-04")


# ======================================================== 03 TXT cp1252 CRLF
def make_03():
    parts = [
        ("PERSON", "E., 14 år\nPersonnummer: XXXXXX-XXXX\nVårdnadshavare: mamma (ensam vårdnad)"),
        ("KOMMUN/REGION", "Huddinge kommun / Region Stockholm"),
        ("DATUM FÖR MÖTE", "2024-11-19"),
        ("SYFTE", "Samordning."),
        ("BAKGRUND",
         "E. går i årskurs 8. Hon har haft hög frånvaro sedan början av september och har de senaste "
         "fyra veckorna inte varit i skolan alls. Hon beskriver magont och oro på morgnarna och sover "
         "dåligt. E. har haft kontakt med BUP sedan i våras efter en period med nedstämdhet. Mamma "
         "arbetar skift och har svårt att få iväg E. till skolan. Skolan har gjort en kartläggning av "
         "frånvaron."),
        ("FRÅGESTÄLLNINGAR", ""),
        ("ENSKILDES MÅL", ""),
        ("DELAKTIGHET", "E. och mamma deltog på mötet."),
        ("SAMTYCKE", ""),
        ("INSATSER",
         "- Fortsatt kontakt med BUP.\n- Stöd i skolan vid behov.\n- Fortsatt kontakt med socialtjänsten."),
        ("ANSVAR",
         "Fortsatt kontakt BUP ............ Regionen\n"
         "Stöd i skolan ................... Kommunen\n"
         "Kontakt socialtjänsten .......... Kommunen"),
        ("HUVUDANSVARIG", ""),
        ("ÖVRIGA AKTÖRER", ""),
        ("UPPFÖLJNING", "Efter jullovet."),
        ("DELTAGARE", "E., Jeanette, Fredrik, Amira, Kristoffer"),
    ]
    lines = ["SAMORDNAD INDIVIDUELL PLAN - EXPORT",
             "Huddinge kommun, Socialförvaltningen, Barn och unga",
             "Exporterad 2024-11-21 09:12",
             "=" * 72, ""]
    for name, val in parts:
        lines.append(f"### {name} ###")
        if val.strip():
            for para in val.split("\n"):
                lines.extend(wrap(para, 74))
        else:
            lines.append("(tomt)")
        lines.append("")
    lines.append("=" * 72)
    lines.append("Slut på export")
    data = "\r\n".join(lines) + "\r\n"
    with open(path(3, "txt"), "wb") as f:
        f.write(data.encode("cp1252"))


# ======================================================== 04 Markdown Q&A minutes
MD_04 = """# Minnesanteckningar – SIP-möte för P.

**Datum:** 2025-03-04, kl. 13.00–14.30
**Plats:** Psykosmottagningen Arvika
**Närvarande:** P., Karin, Anders, Maja, Tomas
**Antecknat av:** Maja

Mötet hölls som samtal där mötesledaren ställde frågorna nedan till mötet. Svaren är sammanfattade.

---

**F:** Vad är syftet med dagens möte?
**S:** Att samordna stödet kring P:s psykiska hälsa och hans ekonomi så att han kan bo kvar i sin lägenhet. Hyresvärden har skickat en betalningsanmaning för tre månaders obetald hyra och det finns risk för uppsägning.

**F:** Vilka frågor behöver mötet ta ställning till i dag?
**S:** Tre frågor: Hur ska hyresskulden hanteras innan hyresvärden säger upp kontraktet? Räcker nuvarande boendestöd nu när P. har svårt att öppna post och betala räkningar? Hur följs medicineringen upp när P. inte kommer på inbokade besök på mottagningen?

**F:** P., vad vill du själv?
**S:** P. sa: ”Jag vill bo kvar i min lägenhet och slippa vara rädd för breven från Kronofogden. Och jag vill börja gå till träffpunkten igen, det var bra när jag gick där.”

**F:** Hur ser P. på sin behandling och på stödet hemma?
**S:** P. deltog under hela mötet. Han tycker att depåinjektionen fungerar bättre än tabletterna och vill fortsätta med den. Han vill inte ha fler hembesök än nödvändigt, men tycker det är okej att boendestödet kommer oftare om det är samma person.

**F:** Vad gör vi nu – vem gör vad och när?
**S:** Se överenskomna åtgärder nedan.

**F:** Vem har huvudansvaret för planen?
**S:** Socialtjänsten i Arvika.

**F:** Finns det fler än kommunen och regionen som behöver göra något?
**S:** Ja, P:s gode man Tomas och P. själv, se tabellen.

**F:** När ses vi igen?
**S:** Uppföljning 2025-05-27 kl. 13.00 på Psykosmottagningen Arvika.

---

## Överenskomna åtgärder

| Åtgärd | Ansvarig | När |
|---|---|---|
| Depåinjektion var fjärde vecka, påminnelse via sms dagen före | Psykosmottagningen Arvika, sjuksköterska | Nästa injektion 2025-03-11 |
| Prövning av ekonomiskt bistånd för hyresskulden | Socialtjänsten Arvika, ekonomihandläggare | Beslut senast 2025-03-12 |
| Boendestödet utökas från 2 till 4 timmar/vecka, fokus på post och räkningar | Socialtjänsten Arvika, biståndshandläggare | – |
| Kontakt med hyresvärden om avbetalningsplan | God man (Tomas) | Senast 2025-03-14 |
| Ansökan om skuldsanering hos Kronofogden | God man (Tomas) tillsammans med P. | Senast 2025-04-30 |
| Går till träffpunkten Kullen | P. själv | Tisdagar från 2025-03-11 |
"""


def make_04():
    with open(path(4, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(MD_04)


# ======================================================== 05 DOCX palliative
def make_05():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Varbergs kommun, Vård och omsorg  /  Region Halland, ASIH Varberg"
    hp.runs[0].font.size = Pt(8)
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    t = doc.add_paragraph()
    r = t.add_run("SIP – Samordnad individuell plan")
    r.bold = True
    r.font.size = Pt(16)
    t2 = doc.add_paragraph()
    r = t2.add_run("Palliativ vård i hemmet")
    r.font.small_caps = True
    r.font.size = Pt(12)

    bold_para(doc, "Person:", "Birgit, 84 år, ÅÅMMDD-XXXX")
    bold_para(doc, "Datum:", "2025-03-07, möte i Birgits hem")
    bold_para(doc, "Närvarande:", "Birgit, Eva, Johanna, Malin, Peter")

    bold_para(doc, "Bakgrund")
    doc.add_paragraph(
        "Birgit har spridd bukspottkörtelcancer och är sedan februari i palliativ fas. Hon bor ensam i "
        "sitt hus utanför Varberg och har en katt. Hon har tilltagande smärta, är trött och klarar inte "
        "längre förflyttningar själv. Dottern Eva bor i Varberg och kommer dagligen. Birgit är inskriven "
        "i ASIH sedan 2025-02-24 och har hittills haft hemtjänst med inköp varannan vecka.")

    bold_para(doc, "Syfte")
    doc.add_paragraph(
        "Att Birgit ska kunna vårdas hemma den sista tiden, som hon själv önskar, med god symtomlindring, "
        "och att ASIH, hemtjänsten och Eva vet vem som gör vad, även kvällar och nätter.")

    bold_para(doc, "Birgits mål")
    doc.add_paragraph("”Jag vill få vara hemma i mitt eget hus till slutet och ha katten hos mig. "
                      "Jag vill inte ha ont, och jag vill inte ligga på sjukhus.”")

    bold_para(doc, "Delaktighet")
    doc.add_paragraph(
        "Mötet hölls hemma hos Birgit, som deltog från sängen under första halvtimmen och sedan ville "
        "vila. Hon vill att Eva är med vid läkarbesöken och att hemtjänsten inte kommer före kl. 8 på "
        "morgonen. Hon vill inte ha nattfasta besök förrän det behövs.")

    bold_para(doc, "Samtycke")
    doc.add_paragraph("Samtycke finns.")

    bold_para(doc, "Insatser")
    items = [
        "Läkarbesök för symtomkontroll och läkemedelsjustering varje tisdag från 2025-03-11 "
        "→ ASIH Varberg, läkare",
        "Sjuksköterskebesök dagligen och telefonjour dygnet runt från 2025-03-08 → ASIH Varberg, "
        "sjuksköterska",
        "Hemtjänst morgon, lunch och kväll: personlig omvårdnad, måltider, tillsyn från 2025-03-10 "
        "→ Hemtjänst Varberg centrum",
        "Trygghetslarm installeras senast 2025-03-12 → Varbergs kommun, larmgruppen",
        "Elektrisk vårdsäng och tryckavlastande madrass → kommunens arbetsterapeut",
        "Sover över hos Birgit tisdag och fredag natt och ringer ASIH vid förändring, från 2025-03-11 "
        "→ Eva (dotter)",
        "Erbjuda anhörigsamtal till Eva, första samtal 2025-03-17 → Anhörigstöd Varberg, "
        "anhörigkonsulent",
    ]
    for it in items:
        doc.add_paragraph(it, style="List Bullet")

    bold_para(doc, "Huvudansvarig för planen:", "Sofia, sjuksköterska och fast vårdkontakt, ASIH Varberg "
              "(Region Halland)")
    bold_para(doc, "Uppföljning:", "Om två veckor, tidigare vid behov.")
    fix_docx(doc, path(5, "docx"), "SIP Birgit 2025-03-07")


# ======================================================== 06 HTML dl -> PDF via LibreOffice
HTML_06 = """<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>SIP R. 2025-02-12</title>
<style>
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; }
h1 { font-size: 15pt; margin-bottom: 2pt; }
p.org { font-size: 8.5pt; color: #444444; margin-top: 0; }
dt { font-weight: bold; margin-top: 8pt; }
dd { margin-left: 18pt; }
</style>
</head>
<body>
<p class="org">Region Stockholm – Habiliteringen Nacka &nbsp;|&nbsp; Nacka kommun – Funktionsstöd</p>
<h1>Samordnad individuell plan</h1>
<dl>
<dt><b>Person</b></dt>
<dd>R., 23 år (personnummer XXXXXX-XXXX)</dd>
<dt><b>Datum för SIP-möte</b></dt>
<dd>2025-02-12</dd>
<dt><b>Syfte</b></dt>
<dd>Gemensam planering.</dd>
<dt><b>Bakgrund</b></dt>
<dd>R. har autism och lindrig intellektuell funktionsnedsättning. Han bor sedan 2022 i gruppbostad enligt
LSS i Nacka och har daglig verksamhet fem dagar i veckan. Sedan hösten har han somnat sent, ofta efter kl. 02,
och har haft flera utbrott på daglig verksamhet, särskilt på måndagar och fredagar. Han har gått upp i vikt.
R. har aktivitetsersättning från Försäkringskassan och god man.</dd>
<dt><b>Frågeställningar</b></dt>
<dd>Hur kan schemat på daglig verksamhet anpassas så att R. orkar hela veckan utan utbrott?
Behöver sömnsvårigheterna utredas av vårdcentralen eller av Habiliteringen, och vem tar ställning till
läkemedel?</dd>
<dt><b>Mål</b></dt>
<dd>Målet är att R. ska få en fungerande dygnsrytm och orka delta på daglig verksamhet fyra dagar i
veckan.</dd>
<dt><b>Delaktighet</b></dt>
<dd>R. deltog inte på mötet eftersom han blir mycket stressad av möten med många personer han inte känner.
Inför mötet gick han igenom frågorna med bildstöd tillsammans med sin kontaktman på gruppbostaden. Han
har framfört att han vill fortsätta på daglig verksamhet men med kortare dagar, inte börja före kl. 9, och
att han vill ha samma schema på boendet som på jobbet.</dd>
<dt><b>Insatser</b></dt>
<dd><ul>
<li>Sömndagbok förs under fyra veckor.</li>
<li>Bedömning av sömn och ställningstagande till läkemedelsbehandling.</li>
<li>Nytt schema med kortare dagar, fyra dagar per vecka.</li>
<li>Ett gemensamt visuellt veckoschema tas fram, som används både på boendet och på daglig verksamhet.</li>
<li>Kostrådgivning med bildstöd.</li>
</ul></dd>
<dt><b>Ansvarsfördelning</b></dt>
<dd>–</dd>
<dt><b>Samordningsansvarig</b></dt>
<dd>SIP-samordnare.</dd>
<dt><b>Andra aktörer</b></dt>
<dd>God man är informerad. Aktivitetsersättning från Försäkringskassan löper.</dd>
<dt><b>Deltagare</b></dt>
<dd>Linnea, LSS-handläggare, Nacka kommun, Funktionsstöd<br>
Omid, arbetsterapeut, Habiliteringen Nacka, Region Stockholm<br>
Cecilia, psykolog, Habiliteringen Nacka, Region Stockholm<br>
Mats, enhetschef, Gruppbostaden Ektorp (LSS), Nacka kommun<br>
Pernilla, handledare, Daglig verksamhet Sickla, Nacka kommun<br>
Ali, distriktssköterska, Vårdcentralen Ektorp, Region Stockholm</dd>
</dl>
</body>
</html>
"""


def make_06():
    os.makedirs(BUILD, exist_ok=True)
    src = os.path.join(BUILD, f"{PREFIX}-06.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(HTML_06)
    soffice_pdf(src, OUT)
    pin_pdf_metadata(path(6, "pdf"))


# ======================================================== 07 DOCX empty template with content controls
_SDT_ID = [4711000]
PLACEHOLDER = "Klicka eller tryck här för att ange text."


def add_sdt_block(parent_el, tag):
    """Append a block-level w:sdt with placeholder text to parent element (body or tc)."""
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    rpr = OxmlElement("w:rPr")
    rs = OxmlElement("w:rStyle")
    rs.set(qn("w:val"), "Platshllartext")
    rpr.append(rs)
    pr.append(rpr)
    alias = OxmlElement("w:alias")
    alias.set(qn("w:val"), tag)
    pr.append(alias)
    tg = OxmlElement("w:tag")
    tg.set(qn("w:val"), tag)
    pr.append(tg)
    idel = OxmlElement("w:id")
    _SDT_ID[0] += 1
    idel.set(qn("w:val"), str(_SDT_ID[0]))
    pr.append(idel)
    pr.append(OxmlElement("w:showingPlcHdr"))
    tx = OxmlElement("w:text")
    tx.set(qn("w:multiLine"), "1")
    pr.append(tx)
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    p = OxmlElement("w:p")
    r = OxmlElement("w:r")
    rpr2 = OxmlElement("w:rPr")
    rs2 = OxmlElement("w:rStyle")
    rs2.set(qn("w:val"), "Platshllartext")
    rpr2.append(rs2)
    col = OxmlElement("w:color")
    col.set(qn("w:val"), "808080")
    rpr2.append(col)
    r.append(rpr2)
    t = OxmlElement("w:t")
    t.text = PLACEHOLDER
    r.append(t)
    p.append(r)
    content.append(p)
    sdt.append(content)
    parent_el.append(sdt)
    return sdt


def add_placeholder_style(doc):
    styles = doc.styles.element
    s = OxmlElement("w:style")
    s.set(qn("w:type"), "character")
    s.set(qn("w:styleId"), "Platshllartext")
    nm = OxmlElement("w:name")
    nm.set(qn("w:val"), "Placeholder Text")
    s.append(nm)
    ui = OxmlElement("w:uiPriority")
    ui.set(qn("w:val"), "99")
    s.append(ui)
    s.append(OxmlElement("w:semiHidden"))
    rpr = OxmlElement("w:rPr")
    c = OxmlElement("w:color")
    c.set(qn("w:val"), "808080")
    rpr.append(c)
    s.append(rpr)
    styles.append(s)


def make_07():
    doc = Document()
    add_placeholder_style(doc)
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Kristinehamns kommun  |  Region Värmland\tSamordnad individuell plan – mall 2024"
    hp.runs[0].font.size = Pt(8)
    body = doc.element.body

    def body_append_before_sectpr(el):
        sectpr = body.find(qn("w:sectPr"))
        sectpr.addprevious(el)

    def sdt_here(tag):
        holder = OxmlElement("w:tmp")
        add_sdt_block(holder, tag)
        sdt = holder[0]
        body_append_before_sectpr(sdt)

    doc.add_heading("Samordnad individuell plan (SIP)", level=1)
    p = doc.add_paragraph()
    p.add_run("Datum för SIP-möte: ").bold = True
    p.add_run("2025-04-02")

    doc.add_heading("Personuppgifter", level=2)
    doc.add_paragraph().add_run("Namn:").bold = True
    sdt_here("Namn")
    doc.add_paragraph().add_run("Personnummer (ÅÅMMDD-XXXX):").bold = True
    sdt_here("Personnummer")

    heads = [
        ("1. Syfte med SIP", "Syfte"),
        ("2. Frågeställningar inför mötet", "Fragestallningar"),
        ("3. Mina mål (med egna ord)", "Mal"),
        ("4. Min delaktighet och mina synpunkter", "Delaktighet"),
        ("5. Samtycke", "Samtycke"),
    ]
    for h, tag in heads:
        doc.add_heading(h, level=2)
        if tag == "Samtycke":
            doc.add_paragraph("☐ Muntligt   ☐ Skriftligt   Datum: ÅÅÅÅ-MM-DD")
        sdt_here(tag)

    doc.add_heading("6. Insatser – vem gör vad och när", level=2)
    tbl = doc.add_table(rows=3, cols=3)
    tbl.style = "Table Grid"
    for j, h in enumerate(("Insats", "Ansvarig verksamhet/funktion", "När")):
        c = tbl.cell(0, j)
        c.text = h
        c.paragraphs[0].runs[0].bold = True
        set_cell_bg(c, "E2EFD9")
    mark_header_row(tbl.rows[0])
    for i in (1, 2):
        for j, tag in enumerate(("Insats", "Ansvarig", "Nar")):
            tc = tbl.cell(i, j)._tc
            # replace the empty paragraph with a content control
            for pp in tc.findall(qn("w:p")):
                tc.remove(pp)
            add_sdt_block(tc, f"{tag}{i}")

    rest = [
        ("7. Andra aktörers insatser (t.ex. FK, AF, god man, närstående)", "AndraAktorer"),
        ("8. Huvudansvarig för planen (namn/funktion och verksamhet)", "Huvudansvar"),
        ("9. Uppföljning (datum)", "Uppfoljning"),
        ("10. Deltagare (namn, funktion, verksamhet)", "Deltagare"),
    ]
    for h, tag in rest:
        doc.add_heading(h, level=2)
        sdt_here(tag)
    fix_docx(doc, path(7, "docx"), "SIP-mall Kristinehamn")


# ======================================================== 08 DOCX decision letter (not a plan)
def make_08():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(11.5)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "KUNGSBACKA KOMMUN\tFörvaltningen för Vård & omsorg\tBeslut\nBiståndsenheten\t\tDnr VO 2025-000XXX"
    for r in hp.runs:
        r.font.size = Pt(8.5)
    fp = sec.footer.paragraphs[0]
    fp.text = "Kungsbacka kommun, Förvaltningen för Vård & omsorg  •  Telefon via växeln"
    fp.runs[0].font.size = Pt(8)
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run("Datum: 2025-01-29")
    doc.add_paragraph("Till: Gunnar\nPersonnummer: ÅÅMMDD-XXXX")

    h = doc.add_paragraph()
    r = h.add_run("Beslut om bistånd enligt 4 kap. 1 § socialtjänstlagen (SoL)")
    r.bold = True
    r.font.size = Pt(14)

    bold_para(doc, "Ärende")
    doc.add_paragraph("Ansökan om hemtjänst, inkom 2025-01-15. Hembesök gjordes 2025-01-22 tillsammans "
                      "med sökanden och hans son.")
    bold_para(doc, "Beslut")
    doc.add_paragraph("Du beviljas hemtjänst i ordinärt boende enligt 4 kap. 1 § SoL med följande insatser:")
    for s in ("Inköp av dagligvaror, 1 gång/vecka",
              "Städning av bostaden, 1 gång varannan vecka",
              "Tvätt, 1 gång varannan vecka",
              "Hjälp med dusch, 2 gånger/vecka",
              "Trygghetslarm med tillsyn vid larm"):
        doc.add_paragraph(s, style="List Bullet")
    doc.add_paragraph("Beslutet gäller från 2025-02-03 till och med 2025-07-31. Insatserna verkställs av "
                      "Hemtjänst Kungsbacka Onsala. Utföraren kontaktar dig för att komma överens om "
                      "tider och upprätta en genomförandeplan.")
    bold_para(doc, "Skäl för beslutet")
    doc.add_paragraph(
        "Du är 87 år och bor ensam i villa. Efter en fallolycka i december har du nedsatt gångförmåga "
        "och använder rollator inomhus. Du klarar inte längre att handla, städa eller duscha på ett "
        "säkert sätt utan hjälp. Din son bor i Göteborg och kan hjälpa till med vissa ärenden men inte "
        "regelbundet. Socialnämnden bedömer att ditt behov inte kan tillgodoses på annat sätt och att "
        "du genom insatserna tillförsäkras en skälig levnadsnivå.")
    doc.add_paragraph(
        "Du har önskat att få följa med till affären när du orkar. Det ryms inom insatsen inköp "
        "och kan ordnas i samråd med utföraren.")
    bold_para(doc, "Avgift")
    doc.add_paragraph("Avgift för hemtjänst och trygghetslarm tas ut enligt kommunens taxa. Du får ett "
                      "separat avgiftsbeslut.")
    bold_para(doc, "Hur du överklagar")
    doc.add_paragraph(
        "Om du inte är nöjd med beslutet kan du överklaga det hos Förvaltningsrätten i Göteborg. "
        "Överklagandet ska vara skriftligt och skickas till Förvaltningen för Vård & omsorg, "
        "Biståndsenheten, inom tre veckor från den dag du fick del av beslutet. Se bifogad "
        "information om hur du överklagar.")
    doc.add_paragraph()
    doc.add_paragraph("Anna\nBiståndshandläggare\nBiståndsenheten, Kungsbacka kommun\nNås via växeln")
    fix_docx(doc, path(8, "docx"), "Beslut om bistånd", author="Biståndsenheten")


def main():
    os.makedirs(OUT, exist_ok=True)
    for fn in os.listdir(OUT):
        os.remove(os.path.join(OUT, fn))
    make_01()
    make_02()
    make_03()
    make_04()
    make_05()
    make_06()
    make_07()
    make_08()
    shutil.rmtree(BUILD, ignore_errors=True)
    print("\n".join(sorted(os.listdir(OUT))))


if __name__ == "__main__":
    main()
