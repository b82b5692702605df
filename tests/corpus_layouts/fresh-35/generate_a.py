#!/usr/bin/env python
"""Generate batch fresh-35a (prefix f35a): eight fictional, anonymized SIP plans.

Run with python generate_a.py
Deterministic: fixed dates, no randomness. Calls soffice for f35a-06.pdf.
"""
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
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f35a"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_I = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"


def path(nn, ext):
    return os.path.join(OUT, f"{PREFIX}-{nn:02d}.{ext}")


def fix_core(doc, title):
    """Fixed core properties so the .docx is the same on every run."""
    import datetime as dt
    cp = doc.core_properties
    cp.title = title
    cp.author = "SIP"
    cp.last_modified_by = "SIP"
    cp.created = dt.datetime(2025, 1, 1, 8, 0, 0)
    cp.modified = dt.datetime(2025, 1, 1, 8, 0, 0)
    cp.revision = 1


def normalize_docx(p):
    """Rewrite the .docx zip with fixed timestamps so every run gives identical bytes."""
    import zipfile
    with zipfile.ZipFile(p) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def normalize_lo_pdf(p, stamp="20250110091500"):
    """Same-length replacement of LibreOffice's creation date and file ID (xref stays valid)."""
    import re
    b = open(p, "rb").read()
    b = re.sub(rb"/CreationDate\(D:\d{14}", b"/CreationDate(D:" + stamp.encode(), b)
    b = re.sub(rb"<[0-9A-F]{32}>", b"<" + b"F35A0006" * 4 + b">", b)
    b = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, b)
    open(p, "wb").write(b)


def set_cell_shading(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def mark_header_row(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def add_page_field(paragraph, instr="PAGE"):
    run = paragraph.add_run()
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    run._r.append(f1)
    run._r.append(it)
    run._r.append(f2)
    run._r.append(t)
    run._r.append(f3)


# ---------------------------------------------------------------------------
# 01  Primary-care record print (fpdf2), Vårdcentralen Fagersta
# ---------------------------------------------------------------------------

class RecordPDF(FPDF):
    unit = "Vårdcentralen Fagersta"
    patient = "B. L."
    printed = "2025-01-24 10:42"

    def header(self):
        self.set_fill_color(222, 230, 240)
        self.rect(10, 8, 190, 16, style="F")
        self.set_xy(12, 9.5)
        self.set_font("DejaVu", "B", 10)
        self.cell(100, 5, self.unit, new_x="RIGHT", new_y="TOP")
        self.set_font("DejaVu", "", 8)
        self.cell(86, 5, "Journalutskrift – Region Västmanland", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.set_x(12)
        self.set_font("DejaVu", "", 9)
        self.cell(100, 5, f"Patient: {self.patient}   Personnr: ÅÅMMDD-XXXX",
                  new_x="RIGHT", new_y="TOP")
        self.cell(86, 5, f"Utskrivet: {self.printed}   Sida {self.page_no()} ({{nb}})",
                  align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_y(30)

    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(90, 90, 90)
        self.cell(0, 5, "Utskriften innehåller uppgifter som omfattas av sekretess "
                  "(OSL 25 kap. 1 §). Utskriven av: kurator, Vårdcentralen Fagersta.",
                  align="C")
        self.set_text_color(0, 0, 0)


def plan01():
    pdf = RecordPDF(format="A4")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_font("DejaVu", "I", FONT_I)
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_margins(12, 30, 12)
    pdf.set_creation_date(__import__("datetime").datetime(2025, 1, 24, 10, 42))
    pdf.add_page()

    def meta(label, value):
        pdf.set_font("DejaVu", "B", 9)
        pdf.cell(42, 5.5, label)
        pdf.set_font("DejaVu", "", 9)
        pdf.multi_cell(0, 5.5, value, new_x="LMARGIN", new_y="NEXT")

    def heading(text):
        pdf.ln(2.5)
        pdf.set_font("DejaVu", "B", 10)
        pdf.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")

    def body(text):
        pdf.set_font("DejaVu", "", 9.5)
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")

    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(0, 7, "Anteckning: SIP – samordnad individuell plan",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    meta("Datum/tid:", "2025-01-22 13:30")
    meta("Vårdgivare:", "Region Västmanland, Vårdcentralen Fagersta")
    meta("Kontakttyp:", "Möte, flera vårdgivare (SIP)")
    meta("Signerad av:", "Sofia, kurator, 2025-01-23")
    pdf.ln(1)
    pdf.line(12, pdf.get_y(), 198, pdf.get_y())

    heading("Bakgrund")
    body("54-årig kvinna, bor ensam i lägenhet i Fagersta, vuxen son i Norberg. Tidigare "
         "lagerarbetare, arbetslös sedan våren 2023 och inskriven på Arbetsförmedlingen. "
         "Sjukskriven 100 % sedan 2024-03-11 p.g.a. långvarig ländryggssmärta med "
         "utstrålning i vänster ben (MR 2024-05: diskbuktning L4–L5, ej operationsindikation) "
         "samt medelsvår depression. Behandlas med sertralin 100 mg sedan juni 2024. Har "
         "haft ekonomiskt bistånd under en period 2023. Sjukpenningen prövas mot normalt "
         "förekommande arbete från mars 2025, vilket innebär risk att ersättningen upphör.")

    heading("Syfte med SIP")
    body("Syftet är att samordna vårdcentralens behandling med Arbetsmarknadsenheten i "
         "Fagersta kommun och Försäkringskassan inför FK:s prövning i mars 2025, så att "
         "B. inte står utan försörjning och så att rehabiliteringen mot arbete kan "
         "fortsätta utan avbrott när sjukskrivningen trappas ned.")

    heading("Frågeställningar inför mötet")
    body("– Vilken arbetslivsinriktad insats kan B. klara med nuvarande smärtnivå, och "
         "hur många timmar per vecka?\n"
         "– Vem hjälper B. med ansökan om ekonomiskt bistånd om sjukpenningen dras in?\n"
         "– Ska samtalsbehandlingen för depressionen ske på VC eller behövs remiss till "
         "Vuxenpsykiatrin Fagersta?")

    heading("Deltagare")
    body("Patienten, Anders, Sofia, Kenneth, Mona.")

    heading("Samtycke")
    body("Samtycke finns.")

    heading("Aktuellt")
    body("Pat. deltog under hela mötet. Smärtan bedöms i stort sett oförändrad sedan "
         "hösten, gångsträcka ca 500 m. PHQ-9 16 poäng 2025-01-08, jämfört med 21 poäng i "
         "september, dvs. viss förbättring. Ingen suicidrisk bedömd vid senaste besöket. "
         "Fysioterapeut har tidigare gett hemövningar utan tydlig effekt, bassängträning "
         "har inte prövats. Arbetsmarknadsenheten har plats i en arbetsträningsgrupp med "
         "lätt montering men kan inte ge besked om startdatum förrän efter nämndens "
         "beslut om nya platser. Försäkringskassan informerade om prövningen efter dag 180 "
         "och om att ett nytt intyg med tydlig funktionsbeskrivning behövs.")

    heading("Bedömning")
    body("Fortsatt nedsatt arbetsförmåga, men bedöms kunna börja med arbetsträning på 25 % "
         "under våren om smärtbehandling och samtal fortsätter parallellt. Samordning "
         "mellan VC, AME och FK bedöms nödvändig för att undvika glapp i försörjningen.")

    heading("Planerade åtgärder")
    pdf.set_font("DejaVu", "", 9)
    head_style = FontFace(emphasis="BOLD", fill_color=(222, 230, 240))
    rows = [
        ("Nytt läkarintyg till FK med funktionsbeskrivning, sjukskrivning 100 % "
         "t.o.m. 2025-03-31 därefter 75 %", "Distriktsläkare, VC Fagersta", "2025-01-31"),
        ("Fysioterapi: individuellt träningsprogram 6 besök, därefter bassänggrupp "
         "på Fagersta simhall", "Fysioterapeut, VC Fagersta", "fr.o.m. 2025-02-04"),
        ("KBT-inriktade samtal för depression, 8 tillfällen, varannan vecka",
         "Kurator, VC Fagersta", "fr.o.m. 2025-02-06"),
        ("Kartläggning och arbetsträning i grupp, start 25 %",
         "Arbetsmarknadsenheten, Fagersta kommun", "ej bestämt"),
        ("Avstämningsmöte med pat., VC och AME om arbetsförmåga och fortsatt ersättning",
         "Handläggare, Försäkringskassan", "2025-03-04"),
        ("Förnyar inskrivningen hos Arbetsförmedlingen och tar med intyget till "
         "avstämningsmötet", "Patienten själv", "2025-02-14"),
    ]
    with pdf.table(col_widths=(100, 56, 30), headings_style=head_style,
                   line_height=5, padding=1.5, repeat_headings=1,
                   text_align=("LEFT", "LEFT", "LEFT")) as table:
        hr = table.row()
        for h in ("Åtgärd", "Ansvarig", "Datum"):
            hr.cell(h)
        for r in rows:
            tr = table.row()
            for c in r:
                tr.cell(c)

    heading("Uppföljning")
    body("Nytt SIP-möte 2025-03-18 kl. 13.00 på VC Fagersta, efter FK:s avstämningsmöte. "
         "Kallelse skickas till samtliga.")
    pdf.ln(3)
    pdf.set_font("DejaVu", "I", 8.5)
    pdf.cell(0, 5, "Anteckningen är signerad.", new_x="LMARGIN", new_y="NEXT")

    pdf.output(path(1, "pdf"))


# ---------------------------------------------------------------------------
# 02  SIP Word document with heading styles, woman leaving skyddat boende, Sala
# ---------------------------------------------------------------------------

def plan02():
    doc = Document()
    fix_core(doc, "SIP L. 2025-02-19")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    hp = sec.header.paragraphs[0]
    hp.text = "Sala kommun – Socialtjänsten\tSamordnad individuell plan"
    hp.runs[0].font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.text = "Sekretess enligt OSL 26 kap. 1 §. Skyddade personuppgifter – lämnas inte ut.  Sida "
    fp.runs[0].font.size = Pt(8)
    add_page_field(fp)

    doc.add_heading("Samordnad individuell plan (SIP)", level=1)
    p = doc.add_paragraph()
    p.add_run("Enheten för våld i nära relation, Socialtjänsten Sala").italic = True
    doc.add_paragraph("Datum för möte: 2025-02-19\n"
                      "Plats: Socialkontoret i Sala, personal från skyddade boendet deltog via Teams\n"
                      "Den enskilda: L., ÅÅMMDD-XXXX\n"
                      "Barn: Y. 9 år och N. 6 år")

    doc.add_heading("Bakgrund", level=2)
    doc.add_paragraph(
        "L. har bott på skyddat boende sedan oktober 2024 tillsammans med sina två barn efter "
        "upprepat våld från barnens pappa. Polisanmälan är gjord och kontaktförbud gäller till "
        "augusti 2025. Skyddad folkbokföring är beviljad. L. har fått ett förstahandskontrakt "
        "på en lägenhet och flyttar dit 2025-03-07. Barnen har under tiden gått i skola nära "
        "boendet. Y. sover dåligt, har mardrömmar och vill inte sova ensam. L. har kvarstående "
        "nackbesvär efter misshandeln och svårt att sova. L. har ingen inkomst i dag utöver "
        "barnbidrag och underhållsstöd.")

    doc.add_heading("Syfte", level=2)
    doc.add_paragraph(
        "Syftet med planen är att L. och barnen ska få en trygg övergång från det skyddade "
        "boendet till den egna lägenheten, så att skola, ekonomi, vård och skydd är ordnade "
        "innan flytten den 7 mars och inte behöver lösas i efterhand.")

    doc.add_heading("Frågeställningar", level=2)
    doc.add_paragraph("Gå igenom läget inför utflytten.")

    doc.add_heading("Mål", level=2)
    doc.add_paragraph(
        "Målet är att L. ska känna sig trygg i sitt nya boende och att barnen ska ha en "
        "fungerande skolgång.")

    doc.add_heading("Den enskildas delaktighet", level=2)
    doc.add_paragraph(
        "L. deltog på hela mötet. Hon framförde att det viktigaste för henne är att barnen "
        "får börja i sin nya skola direkt efter flytten och att ingen uppgift om den nya "
        "adressen lämnas ut, inte heller i kallelser. Hon vill inte själv ha kontakt med "
        "psykiatrin just nu men vill att Y. får hjälp med sömnen.")

    doc.add_heading("Samtycke", level=2)
    doc.add_paragraph("L. har samtyckt till samverkan.")

    doc.add_heading("Insatser", level=2)

    def insats(title, rows):
        p = doc.add_paragraph(style="List Bullet")
        p.add_run(title).bold = True
        for label, val in rows:
            q = doc.add_paragraph(style="List Continue")
            q.add_run(label + " ").italic = True
            q.add_run(val)

    doc.add_heading("Socialtjänsten", level=3)
    insats("Stödsamtal med L. varannan vecka, fokus på trygghet och vardag efter flytten",
           [("Ansvarig:", "Maria, socialsekreterare, Enheten för våld i nära relation"),
            ("Start:", "2025-03-11")])
    insats("Barnsamtal enligt Trappan-modellen för Y. och N., 6–8 samtal per barn",
           [("Ansvarig:", "Barnsekreterare, Enheten för våld i nära relation"),
            ("Start:", "vecka 12")])
    insats("Ekonomiskt bistånd till hyra för mars samt grundutrustning till lägenheten",
           [("Ansvarig:", "Handläggare, ekonomiskt bistånd, Socialtjänsten Sala"),
            ("Beslut:", "senast 2025-03-03")])
    insats("Skolplacering för Y. (åk 3) och N. (förskoleklass) med hantering av skyddade "
           "personuppgifter",
           [("Ansvarig:", "Rektor, Ängshagenskolan, Barn- och utbildningsförvaltningen Sala"),
            ("Start:", "2025-03-10")])

    doc.add_heading("Region", level=3)
    insats("Bedömning av Y:s sömnsvårigheter och ev. remiss till BUP",
           [("Ansvarig:", "Regionen")])
    insats("Läkarbesök för L:s nackbesvär och sömn",
           [("Ansvarig:", "Distriktsläkare, Vårdcentralen Sala"),
            ("Tid:", "2025-03-13")])

    doc.add_heading("Övriga", level=3)
    insats("Kvinnojouren (skyddade boendet) hjälper L. med packning och flytt och följer "
           "med till lägenheten första dagen",
           [("Ansvarig:", "Petra, behandlingspersonal, kvinnojouren"),
            ("Datum:", "2025-03-07")])
    insats("L. kontaktar själv sitt målsägandebiträde inför huvudförhandlingen i april och "
           "tar med kallelsen till stödsamtalet",
           [("Ansvarig:", "L."), ("Datum:", "före 2025-03-21")])
    insats("Försäkringskassan: L. ansöker om bostadsbidrag för den nya lägenheten med hjälp "
           "av Maria",
           [("Ansvarig:", "L. med stöd av socialsekreterare"), ("Datum:", "vecka 11")])

    doc.add_heading("Huvudansvar", level=2)
    doc.add_paragraph("Maria, socialsekreterare, Enheten för våld i nära relation, "
                      "Socialtjänsten Sala, har huvudansvaret för planen.")

    doc.add_heading("Uppföljning", level=2)
    doc.add_paragraph("Uppföljning vecka 16.")

    doc.add_heading("Deltagare", level=2)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    for c, txt in zip(hdr, ("Namn", "Funktion", "Verksamhet")):
        c.text = ""
        c.paragraphs[0].add_run(txt).bold = True
        set_cell_shading(c, "D9E2F3")
    mark_header_row(t.rows[0])
    for row in [
        ("L.", "Den enskilda", "–"),
        ("Maria", "Socialsekreterare", "Enheten för våld i nära relation, Socialtjänsten Sala"),
        ("Jenny", "Barnsekreterare", "Enheten för våld i nära relation, Socialtjänsten Sala"),
        ("Karin", "Rektor", "Ängshagenskolan, Sala"),
        ("Omar", "Distriktssköterska", "Vårdcentralen Sala"),
        ("Petra", "Behandlingspersonal", "Kvinnojouren, skyddat boende (via Teams)"),
    ]:
        cells = t.add_row().cells
        for c, txt in zip(cells, row):
            c.text = txt
    doc.add_paragraph()
    doc.add_paragraph("Planen skickas till L. via säker post. Kopia till deltagarna.")
    doc.save(path(2, "docx"))
    normalize_docx(path(2, "docx"))


# ---------------------------------------------------------------------------
# 03  School documentation system export, UTF-8 LF, Rubrik:/Text:, Surahammar
# ---------------------------------------------------------------------------

def plan03():
    def field(rubrik, text):
        out = [f"Rubrik: {rubrik}"]
        paras = text.split("\n")
        first = True
        for para in paras:
            wrapped = textwrap.wrap(para, width=72) or [""]
            for line in wrapped:
                out.append(("Text: " if first else "      ") + line)
                first = False
        out.append("")
        return out

    lines = [
        "Elevhälsodokumentation – export",
        "Dokumenttyp: Samordnad individuell plan (SIP)",
        "Enhet: Nytorpsskolan 7-9, Surahammars kommun",
        "Elev: K., åk 7B",
        "Personnummer: XXXXXX-XXXX",
        "Mötesdatum: 2024-08-28",
        "Skapad av: mentor 7B",
        "Senast ändrad: 2024-08-30 15:12",
        "Status: Aktiv",
        "-" * 72,
        "",
    ]
    lines += field("Syfte", "Samordning.")
    lines += field("Bakgrund",
        "K. har haft hög frånvaro sedan vårterminen i åk 6, ca 60 % under maj och "
        "juni. Hon har ont i magen på morgnarna och får panikkänslor i matsalen och på "
        "idrotten. K. remitterades från elevhälsan till BUP Västerås i maj och har där "
        "bedömts ha social ångest. Hon står på väntelista för KBT. K. bor växelvis hos "
        "mamma och pappa, båda i Surahammar. Inför skolstarten i åk 7 har K. varit på "
        "skolan två gånger och träffat mentor.")
    lines += field("Elevens delaktighet",
        "K. var med den första halvtimmen av mötet tillsammans med mamma. K. berättade "
        "att det är värst på morgonen och i matsalen, och att hon vill ha ett eget "
        "ställe att gå till när det blir för mycket. Hon vill inte att klassen ska få "
        "veta varför hon börjar senare.")
    lines += field("Elevens mål",
        "\"Jag vill kunna vara i skolan hela dagar igen och vara med på idrotten som "
        "alla andra.\" (K:s egna ord på mötet)")
    lines += field("Insatser skola",
        "Mentor möter K. vid entrén kl. 9.15 varje skoldag fr.o.m. 2024-09-02.\n"
        "Specialpedagog gör anpassat schema (start 9.30, lunch i grupprummet, egen plats "
        "i grupprum B) som är klart till 2024-09-02.\n"
        "Kurator har samtal med K. varje tisdag kl. 10 fr.o.m. 2024-09-03.\n"
        "Biträdande rektor fattar beslut om anpassning i idrott och hälsa (enskild "
        "uppvärmning, inget omklädningsrum) senast 2024-09-13.")
    lines += field("Insatser BUP",
        "Psykolog på BUP Västerås ger KBT för social ångest, 12 sessioner, första tid "
        "2024-09-11. Läkare på BUP Västerås bedömer behov av läkemedel vid besök "
        "2024-10-02.")
    lines += field("Övrigt",
        "Vårdnadshavarna och K:s fotbollstränare nämndes på mötet som viktiga stöd för K.")
    lines += field("Uppföljning", "Uppföljning vecka 43.")
    lines += field("Närvarande",
        "Mentor, kurator, specialpedagog, biträdande rektor, psykolog, mamma, K. (delvis).")
    lines.append("-" * 72)
    lines.append("Utskrift 2024-09-02 08:04")
    text = "\n".join(lines) + "\n"
    with open(path(3, "txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


# ---------------------------------------------------------------------------
# 04  Markdown, question headings, young man leaving HVB, Kungsör
# ---------------------------------------------------------------------------

def plan04():
    md = """# Din samordnade individuella plan (SIP)

**Till:** Elias  
**Datum för mötet:** 2024-10-08  
**Plats:** Ekhagens HVB, Skinnskatteberg  
**Kommun:** Kungsör

Den här planen är skriven till dig, Elias. Den ska vara lätt att läsa. Säg till om något
är fel eller saknas, så ändrar vi.

## Varför gör vi en plan?

Du flyttar från Ekhagen till en träningslägenhet i Kungsör den 15 november. Vi gör planen
så att du har det stöd du behöver när du börjar bo själv, och så att din kontakt med
beroendevården och utredningen hos psykiatrin inte tappas bort i flytten. Tidigare har
det blivit glapp när du flyttat, och det vill vi inte ska hända igen.

## Vad vill du?

Det här sa du på mötet:

> "Jag vill bo själv och klara mig utan att röka på."
>
> "Efter jul vill jag börja plugga till elektriker."
>
> "Jag vill inte att allt ska hända samma vecka som jag flyttar."

Du var med på hela mötet och sa också att du vill ha boendestöd, men inte varje dag, och
att du helst träffar beroendemottagningen på eftermiddagar.

Du gav ditt muntliga samtycke på mötet den 8 oktober 2024 till att vi som finns med i
planen får prata med varandra om dig och lämna de uppgifter som behövs för planen. Du kan
ta tillbaka samtycket när du vill.

## Vem gör vad och när?

| Vem | Vad | När |
|---|---|---|
| Amir, din socialsekreterare, Ungdomsenheten, Socialtjänsten Kungsör | Beslut om träningslägenhet och boendestöd | Klart senast 2024-11-01 |
| Boendestödet, Socialtjänsten Kungsör | Kommer hem till dig tisdag och fredag och hjälper dig med räkningar, tvätt och matlagning | Från 2024-11-19 |
| Beroendemottagningen Köping, Region Västmanland | Samtal varannan vecka och drogtester | Första tid 2024-11-21 kl. 14.00 |
| Läkare, Vuxenpsykiatrin Köping | Fortsätter ADHD-utredningen som startade på Ekhagen | – |
| Kontaktperson på Ekhagens HVB | Skickar med en sammanfattning och hjälper dig packa | 2024-11-15 |
| Du | Söker till el-programmet på Vuxenutbildningen i Kungsör och ansöker om studiemedel hos CSN | Senast 2025-01-15 |
| Din mamma | Hjälper dig att flytta in och handla det du behöver till lägenheten | 2024-11-15 |

## Hur vet vi att det går bra?

Vi träffas igen i december, när du har bott i lägenheten ett tag. Då pratar vi om hur det
går med boendet, drogfriheten och skolansökan. Amir skickar en kallelse till dig.

Det går bra om du bor kvar i lägenheten, kommer till dina tider på beroendemottagningen
och har skickat in ansökan till Vuxenutbildningen.

## Vem har huvudansvaret?

Amir, socialsekreterare på Ungdomsenheten, Socialtjänsten Kungsör, har huvudansvaret för
planen. Det är honom du hör av dig till om något inte fungerar (ring via växeln).
"""
    with open(path(4, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ---------------------------------------------------------------------------
# 05  Word, one small two-column table per intervention, Köping
# ---------------------------------------------------------------------------

def plan05():
    doc = Document()
    fix_core(doc, "SIP D. 2025-02-12")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Köpings kommun  |  Region Västmanland"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(8)

    def label(txt):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.space_after = Pt(2)
        r = p.add_run(txt)
        r.bold = True
        return p

    t = doc.add_paragraph()
    r = t.add_run("SIP – Samordnad individuell plan")
    r.bold = True
    r.font.size = Pt(16)
    doc.add_paragraph("Datum: 2025-02-12\nNamn: D.\nPersonnummer: XXXXXX-XXXX\n"
                      "Plats: Psykiatrisk öppenvårdsmottagning, Vuxenpsykiatrin Köping")

    label("Syfte")
    doc.add_paragraph("Samordning av insatser.")

    label("Bakgrund")
    doc.add_paragraph(
        "D. är 41 år och har schizofreni sedan 20-årsåldern. Han vårdades inneliggande på "
        "psykiatrisk avdelning i Västerås i december 2024 efter ett skov med hörselhallucinationer "
        "och skrevs ut 2025-01-17. D. har stora skulder och obetalda hyror sedan i höstas och "
        "riskerar att förlora lägenheten. Han har inte öppnat sin post på flera månader. D. "
        "har tidigare haft boendestöd, som avslutades 2023 på egen begäran.")

    label("Frågeställningar")
    doc.add_paragraph("Diskutera läget.")

    label("Mål")
    doc.add_paragraph("Målet är att D. ska ha en stabil boendesituation och ordning på sin ekonomi.")

    label("Delaktighet")
    doc.add_paragraph("D. deltog på mötet.")

    label("Samtycke")
    doc.add_paragraph("D. har lämnat skriftligt samtycke till samverkan på Köpings kommuns "
                      "samtyckesblankett, undertecknad 2025-01-28.")

    label("Insatser")
    insatser = [
        ("Fortsatt kontakt med psykiatrin", "Psykiatrin", "Pågår", ""),
        ("Boendestöd vid behov", "Socialpsykiatrin Köping", "", ""),
        ("Stöd med ekonomin", "Kommunen", "Efter beslut", ""),
    ]
    for ins, ansv, start, uppf in insatser:
        tb = doc.add_table(rows=4, cols=2)
        tb.style = "Table Grid"
        tb.alignment = WD_TABLE_ALIGNMENT.LEFT
        for i, (k, v) in enumerate((("Insats:", ins), ("Ansvarig:", ansv),
                                    ("Start:", start), ("Uppföljning:", uppf))):
            c0, c1 = tb.rows[i].cells
            c0.text = ""
            c0.paragraphs[0].add_run(k).bold = True
            set_cell_shading(c0, "EDEDED")
            c1.text = v
            c0.width = Cm(3.5)
            c1.width = Cm(12.5)
        doc.add_paragraph()

    label("Samordningsansvarig")
    doc.add_paragraph("")

    label("Deltagare")
    doc.add_paragraph("D., Petra, Hassan, Linnea, Ove")

    doc.add_paragraph()
    doc.add_paragraph("Antecknat av: Linnea")
    doc.save(path(5, "docx"))
    normalize_docx(path(5, "docx"))


# ---------------------------------------------------------------------------
# 06  LibreOffice-printed SIP, older man, alcohol + heart failure, Arboga
# ---------------------------------------------------------------------------

def plan06():
    doc = Document()
    fix_core(doc, "SIP G. 2025-01-09")
    st = doc.styles["Normal"]
    st.font.name = "Liberation Serif"
    st.font.size = Pt(11.5)
    sec = doc.sections[0]
    sec.top_margin = Cm(2)
    sec.left_margin = sec.right_margin = Cm(2.2)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("SIP G. 2025-01-09 – sida ")
    add_page_field(fp)
    fp.add_run(" av ")
    add_page_field(fp, "NUMPAGES")
    for r in fp.runs:
        r.font.size = Pt(8)

    def bold_head(txt):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(12)
        p.paragraph_format.space_after = Pt(3)
        r = p.add_run(txt)
        r.bold = True
        r.font.size = Pt(12)

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("SAMORDNAD INDIVIDUELL PLAN – SIP")
    r.bold = True
    r.font.size = Pt(15)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("Arboga kommun och Region Västmanland").italic = True

    info = doc.add_table(rows=2, cols=4)
    info.style = "Table Grid"
    vals = [("Namn:", "G.", "Personnummer:", "XXXXXX-XXXX"),
            ("Datum för möte:", "2025-01-09", "Plats:", "Hemma hos G., Arboga")]
    for row, v in zip(info.rows, vals):
        for i, c in enumerate(row.cells):
            c.text = ""
            run = c.paragraphs[0].add_run(v[i])
            run.bold = i % 2 == 0

    bold_head("Bakgrund och syfte")
    doc.add_paragraph(
        "G. är 78 år, änkling sedan sex år och bor ensam i en lägenhet i centrala Arboga. Han "
        "skrevs ut från medicinkliniken på Västmanlands sjukhus Köping 2024-12-20 efter en "
        "försämring av sin hjärtsvikt med vätska i lungorna. Det var hans tredje inläggning "
        "under 2024. Under vårdtiden framkom att G. dricker alkohol dagligen, oftast vin eller "
        "starköl från eftermiddagen, och att han då glömmer eller hoppar över sina vätskedrivande "
        "tabletter. Han har också fallit i hemmet två gånger i höstas. Syftet med planen är att "
        "hemtjänsten, distriktssköterskan och beroendevården ska arbeta åt samma håll så att G. "
        "kan bo kvar hemma utan nya inläggningar, och så att en försämring av hjärtsvikten "
        "upptäcks tidigt.")

    bold_head("Frågor inför mötet")
    for q in ["Hur ska hemtjänsten göra när G. har druckit och inte vill öppna eller ta emot besök?",
              "Vem väger G., och vart rapporteras en viktökning på mer än 2 kg på tre dagar?",
              "Ska G. erbjudas kontakt med beroendemottagningen i hemmet, och vill han det?"]:
        doc.add_paragraph(q, style="List Bullet")

    bold_head("G:s egen syn")
    doc.add_paragraph(
        "G. var med under hela mötet, som hölls vid hans köksbord. Han berättade att han "
        "trivs i lägenheten och att det är ensamheten på kvällarna som gör att han dricker. "
        "\"Jag vill kunna bo kvar här och gå ner till affären själv\", sa han, och la till att "
        "han \"inte tänker sluta dricka helt, men kanske dra ner så att jag inte ramlar\". Han "
        "vill inte ha fler än två hemtjänstbesök per dag och vill att det är samma personal så "
        "långt det går. Han är positiv till att distriktssköterskan väger honom varje vecka.")

    bold_head("Insatser")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, txt in zip(t.rows[0].cells, ("Insats", "Ansvarig", "När")):
        c.text = ""
        c.paragraphs[0].add_run(txt).bold = True
        set_cell_shading(c, "DDDDDD")
    mark_header_row(t.rows[0])
    rows = [
        ("Hemtjänst morgon och kväll: frukost, kvällsmål och överlämnande av läkemedel "
         "(dosett) enligt delegering", "Gruppledare, Hemtjänst Arboga centrum", "Fr.o.m. 2025-01-13"),
        ("Vägning och kontroll av ödem; distriktssköterskan kontaktas av hemtjänsten vid "
         "andfåddhet eller svullna ben", "Distriktssköterska, Vårdcentralen Arboga",
         "Varje tisdag fr.o.m. 2025-01-14"),
        ("Läkemedelsgenomgång, särskilt vätskedrivande och sömnmedel",
         "Distriktsläkare, Vårdcentralen Arboga", "2025-01-29"),
        ("Hembesök: bedömning av alkoholberoendet, samtal och erbjudande om "
         "läkemedelsbehandling", "Sjuksköterska, Beroendemottagningen Köping", "2025-02-05"),
        ("Ny biståndsbedömning: matdistribution till lunch och trygghetslarm",
         "Biståndshandläggare, Arboga kommun", "2025-01-20"),
    ]
    for r_ in rows:
        cells = t.add_row().cells
        for c, txt in zip(cells, r_):
            c.text = txt
    for row in t.rows:
        row.cells[0].width = Cm(8.5)
        row.cells[1].width = Cm(4.8)
        row.cells[2].width = Cm(3.3)

    bold_head("Huvudansvar")
    doc.add_paragraph("Vårdcentralen Arboga.")

    bold_head("Uppföljning")
    doc.add_paragraph("Nästa uppföljning i början av mars, hemma hos G.")

    bold_head("Närvarande")
    for n in ["G.",
              "Lena, distriktssköterska, Vårdcentralen Arboga",
              "Jonas, gruppledare, Hemtjänst Arboga centrum",
              "Fatima, biståndshandläggare, Äldreomsorgen Arboga kommun",
              "Erik, sjuksköterska, Beroendemottagningen Köping (via telefon)"]:
        doc.add_paragraph(n, style="List Bullet")

    doc.add_paragraph()
    doc.add_paragraph("Planen skriven av Lena, distriktssköterska, 2025-01-10.")

    tmp = tempfile.mkdtemp(prefix="f35a-06-")
    src = os.path.join(tmp, f"{PREFIX}-06.docx")
    doc.save(src)
    profile = "file:///tmp/lo-f35a"
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless",
                    "--convert-to", "pdf", "--outdir", tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=180)
    shutil.move(os.path.join(tmp, f"{PREFIX}-06.pdf"), path(6, "pdf"))
    normalize_lo_pdf(path(6, "pdf"))
    shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------------------
# 07  Follow-up, plan ended, text export Windows-1252 CRLF, Hallstahammar
# ---------------------------------------------------------------------------

def plan07():
    def wrap(txt, indent=""):
        return textwrap.wrap(txt, width=74, initial_indent=indent,
                             subsequent_indent=indent, break_on_hyphens=False) or [""]

    L = []
    L.append("UPPFÖLJNING AV SAMORDNAD INDIVIDUELL PLAN (SIP)")
    L.append("Hallstahammars kommun, IFO Vuxenenheten / Region Västmanland")
    L.append("=" * 74)
    L.append("")
    L.append("Datum för uppföljning:     2025-02-11")
    L.append("Enskild:                   R.")
    L.append("Personnummer:              XXXXXX-XXXX")
    L.append("Ursprunglig plan:          2024-06-18")
    L.append("Tidigare uppföljning:      2024-10-15")
    L.append("")
    L.append("SYFTE")
    L.append("Uppföljning av SIP.")
    L.append("")
    L.append("DELTAGARE")
    for d in ["R. (via telefon)",
              "Helena, socialsekreterare, IFO Vuxenenheten Hallstahammar",
              "Mikael, behandlare, Öppenvården IFO Hallstahammar",
              "Sara, sjuksköterska, Beroendemottagningen Västerås",
              "Johan, läkare, Vuxenpsykiatrin Västerås (neuropsykiatriska teamet)"]:
        L.append("- " + d)
    L.append("")
    L.append("BAKGRUND")
    L += wrap("R. är 34 år och har sedan juni 2024 haft en SIP med insatser från IFO "
              "Hallstahammar och Region Västmanland för sitt amfetaminberoende och sin ADHD. "
              "R. flyttade 2025-01-25 till Örebro där han har fått en förstahandslägenhet och "
              "är folkbokförd där från 2025-02-01. Insatserna från Hallstahammar och Region "
              "Västmanland kan därför inte fortsätta.")
    L.append("")
    L.append("TIDIGARE INSATSER OCH RESULTAT")
    items = [
        ("1. Öppenvårdsbehandling, återfallsprevention i grupp 1 gång/vecka",
         "Ansvarig: Öppenvården, IFO Hallstahammar. Start 2024-06-24.",
         "Resultat: Genomförd, R. deltog vid 20 av 24 tillfällen. Avslutad 2025-01-21."),
        ("2. Urinprov och sjuksköterskekontakt",
         "Ansvarig: Beroendemottagningen Västerås.",
         "Resultat: Negativa prover sedan 2024-08-12, två uteblivna prover i december."),
        ("3. Insättning och uppföljning av ADHD-läkemedel",
         "Ansvarig: Regionen.",
         "Resultat: Läkemedel insatt i oktober 2024 med god effekt på koncentration och "
         "sömn. Recept räcker t.o.m. april 2025."),
        ("4. Boendestöd 2 gånger/vecka",
         "Ansvarig: Boendestödet, Hallstahammars kommun. Start 2024-07-01.",
         "Resultat: Avslutat 2025-01-24 i samband med flytten."),
    ]
    for head, ans, res in items:
        L.append(head)
        L += wrap(ans, "   ")
        L += wrap(res, "   ")
        L.append("")
    L.append("SAMTYCKE")
    L += wrap("R. samtyckte muntligen vid dagens möte (2025-02-11) till att IFO Hallstahammar "
              "och Beroendemottagningen Västerås skickar en sammanfattning till "
              "socialtjänsten och beroendevården i Örebro.")
    L.append("")
    L.append("HUVUDANSVAR")
    L.append("IFO Hallstahammar.")
    L.append("")
    L.append("BESLUT")
    L += wrap("Planen avslutas. Helena skickar sammanfattning av planen och insatserna till "
              "socialtjänsten i Örebro senast 2025-02-18. Johan skriver remiss till "
              "vuxenpsykiatrin i Region Örebro län för fortsatt förskrivning av "
              "ADHD-läkemedel. Ingen ny uppföljning planeras i Hallstahammar.")
    L.append("")
    L.append("Antecknat av: Helena, socialsekreterare, 2025-02-12")
    text = "\r\n".join(L) + "\r\n"
    with open(path(7, "txt"), "wb") as f:
        f.write(text.encode("cp1252"))


# ---------------------------------------------------------------------------
# 08  Almost empty Word template with content controls, Norberg
# ---------------------------------------------------------------------------

PH_TEXT = "Klicka eller tryck här för att ange text."
PH_DATE = "Klicka eller tryck för att ange ett datum."


def add_sdt(paragraph, placeholder=PH_TEXT, date=False, tag=None):
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    if tag:
        t = OxmlElement("w:tag")
        t.set(qn("w:val"), tag)
        pr.append(t)
    sp = OxmlElement("w:showingPlcHdr")
    pr.append(sp)
    if date:
        d = OxmlElement("w:date")
        f = OxmlElement("w:dateFormat")
        f.set(qn("w:val"), "yyyy-MM-dd")
        d.append(f)
        lid = OxmlElement("w:lid")
        lid.set(qn("w:val"), "sv-SE")
        d.append(lid)
        pr.append(d)
    else:
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
    t.text = placeholder
    r.append(t)
    content.append(r)
    sdt.append(content)
    paragraph._p.append(sdt)


def plan08():
    doc = Document()
    fix_core(doc, "SIP-mall Norberg")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Norbergs kommun  •  Region Västmanland\tSIP – Samordnad individuell plan\tMall 2023:2"
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Mallen är framtagen i samverkan mellan länets kommuner och regionen. Sida "
    fp.runs[0].font.size = Pt(8)
    add_page_field(fp)

    def hint(txt):
        p = doc.add_paragraph()
        r = p.add_run(txt)
        r.italic = True
        r.font.size = Pt(9)
        r.font.color.rgb = RGBColor(0x70, 0x70, 0x70)
        return p

    def numhead(txt):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(10)
        p.paragraph_format.space_after = Pt(2)
        r = p.add_run(txt)
        r.bold = True
        r.font.size = Pt(12)
        r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)

    title = doc.add_paragraph()
    r = title.add_run("Samordnad individuell plan (SIP)")
    r.bold = True
    r.font.size = Pt(18)
    hint("Enligt 2 kap. 7 § SoL och 16 kap. 4 § HSL. Fyll i under mötet. Ta bort "
         "hjälptexterna innan planen skickas ut.")

    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    meta = [("Datum för SIP-möte", "2025-04-03"),
            ("Den enskildes initialer", "T.K."),
            ("Personnummer", None)]
    for row, (k, v) in zip(t.rows, meta):
        c0, c1 = row.cells
        c0.text = ""
        c0.paragraphs[0].add_run(k).bold = True
        set_cell_shading(c0, "E7EEF7")
        c1.text = ""
        if v is None:
            add_sdt(c1.paragraphs[0])
        else:
            c1.paragraphs[0].add_run(v)

    numhead("1. Syfte med SIP")
    hint("(Beskriv varför en SIP behövs just nu och vad mötet ska leda till för den enskilde.)")
    add_sdt(doc.add_paragraph())

    numhead("2. Frågeställningar inför mötet")
    hint("(Vilka frågor behöver lösas? Skriv gärna som frågor.)")
    add_sdt(doc.add_paragraph())

    numhead("3. Den enskildes mål")
    hint("(Skriv med den enskildes egna ord.)")
    add_sdt(doc.add_paragraph())

    numhead("4. Den enskildes delaktighet")
    p = doc.add_paragraph("Den enskilde deltog i mötet:  ☐ Ja   ☐ Nej")
    p = doc.add_paragraph("Om nej – skäl och hur den enskildes synpunkter har förmedlats: ")
    add_sdt(p)

    numhead("5. Samtycke")
    doc.add_paragraph("☐ Muntligt samtycke   ☐ Skriftligt samtycke (blankett bifogas)")
    p = doc.add_paragraph("Datum för samtycke: ")
    add_sdt(p, PH_DATE, date=True)

    numhead("6. Insatser från kommun och region")
    hint("(En rad per insats. Ange verksamhet och funktion, inte bara huvudman.)")
    it = doc.add_table(rows=4, cols=4)
    it.style = "Table Grid"
    for c, txt in zip(it.rows[0].cells, ("Insats", "Ansvarig verksamhet/funktion",
                                         "Start", "Klart/uppföljs")):
        c.text = ""
        c.paragraphs[0].add_run(txt).bold = True
        set_cell_shading(c, "E7EEF7")
    mark_header_row(it.rows[0])
    for row in it.rows[1:]:
        for j, c in enumerate(row.cells):
            c.text = ""
            add_sdt(c.paragraphs[0], PH_DATE if j >= 2 else PH_TEXT, date=j >= 2)

    numhead("7. Andra aktörers insatser")
    hint("(T.ex. Försäkringskassan, Arbetsförmedlingen, god man, närstående eller den "
         "enskilde själv. Skriv \"Inga\" om det inte finns några.)")
    add_sdt(doc.add_paragraph())

    numhead("8. Huvudansvar för planen")
    p = doc.add_paragraph("Namn och funktion: ")
    add_sdt(p)
    p = doc.add_paragraph("Verksamhet: ")
    add_sdt(p)

    numhead("9. Uppföljning")
    p = doc.add_paragraph("Datum för uppföljning: ")
    add_sdt(p, PH_DATE, date=True)
    hint("(Ange ett bestämt datum.)")

    numhead("10. Deltagare")
    dt_ = doc.add_table(rows=1, cols=3)
    dt_.style = "Table Grid"
    for c, txt in zip(dt_.rows[0].cells, ("Namn", "Funktion", "Verksamhet")):
        c.text = ""
        c.paragraphs[0].add_run(txt).bold = True
        set_cell_shading(c, "E7EEF7")
    mark_header_row(dt_.rows[0])
    for name in ("Anneli", "Göran", "Nadia", "Simon"):
        cells = dt_.add_row().cells
        cells[0].text = name
        for c in cells[1:]:
            c.text = ""
            add_sdt(c.paragraphs[0])

    doc.save(path(8, "docx"))
    normalize_docx(path(8, "docx"))


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
    print("\n".join(sorted(os.listdir(OUT))))


if __name__ == "__main__":
    main()
