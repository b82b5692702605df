#!/usr/bin/env python3
"""Generates the f63b batch of fictional SIP documents into plans/.
Run with /work/batches/.venv/bin/python generate.py. Deterministic."""
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
from fpdf.enums import XPos, YPos

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
PREFIX = "f63b"


def path(n, ext):
    return os.path.join(OUT, f"{PREFIX}-{n:02d}.{ext}")


def fixed_core(doc, title, author="", when="2025-01-01T08:00:00"):
    import datetime
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    d = datetime.datetime.fromisoformat(when)
    cp.created = d
    cp.modified = d
    cp.revision = 1


def set_cell_borders(table, val="nil"):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), val)
        if val != "nil":
            el.set(qn("w:sz"), "4")
            el.set(qn("w:space"), "0")
            el.set(qn("w:color"), "808080")
        borders.append(el)
    tblPr.append(borders)


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


def add_field(paragraph, instr):
    r = paragraph.add_run()
    b = OxmlElement("w:fldChar")
    b.set(qn("w:fldCharType"), "begin")
    r._r.append(b)
    r2 = paragraph.add_run()
    t = OxmlElement("w:instrText")
    t.set(qn("xml:space"), "preserve")
    t.text = instr
    r2._r.append(t)
    r3 = paragraph.add_run()
    e = OxmlElement("w:fldChar")
    e.set(qn("w:fldCharType"), "end")
    r3._r.append(e)


def set_col_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for idx, w in enumerate(widths):
            row.cells[idx].width = w


def base_doc(font="Calibri", size=11):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    rfonts.set(qn("w:eastAsia"), font)
    sec = doc.sections[0]
    sec.page_height = Cm(29.7)
    sec.page_width = Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(2.0)
    sec.bottom_margin = Cm(2.0)
    return doc


def bold_para(doc, text, size=None, after=2):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(after)
    return p


def label_value(doc, label, value, after=2):
    p = doc.add_paragraph()
    r = p.add_run(label)
    r.bold = True
    p.add_run(value)
    p.paragraph_format.space_after = Pt(after)
    return p


# ---------------------------------------------------------------------------
# 01  Cosmic – SIP print (fpdf2), two columns of small-caps-labelled fields
# ---------------------------------------------------------------------------
class CosmicPDF(FPDF):
    def header(self):
        self.set_fill_color(228, 232, 238)
        self.rect(0, 0, 210, 14, style="F")
        self.set_xy(10, 4)
        self.set_font("DV", "B", 10)
        self.cell(40, 6, "Cosmic – SIP")
        self.set_font("DV", "", 7.5)
        self.set_xy(52, 4)
        self.cell(70, 3.2, "Sara, XXXXXX-XXXX  (kvinna, 34 år)")
        self.set_xy(52, 7.4)
        self.cell(70, 3.2, "Vårdcentralen Teleborg, Region Kronoberg")
        self.set_xy(130, 4)
        self.cell(70, 3.2, "Utskriftsdatum 2025-03-14 09:42", align="R")
        self.set_xy(130, 7.4)
        self.cell(70, 3.2, f"Sida {self.page_no()} ({{nb}})", align="R")
        self.set_y(18)

    def footer(self):
        self.set_y(-11)
        self.set_font("DV", "", 6.5)
        self.set_text_color(110, 110, 110)
        self.cell(0, 4, "Utskrift ur journal. Utskriften är en kopia – originalet finns i Cosmic. "
                  "Hanteras enligt sekretess (OSL 25 kap.).", align="C")
        self.set_text_color(0, 0, 0)


def sc_label(pdf, x, w, text):
    """Small caps imitation: upper-case, small size, spaced, grey."""
    pdf.set_xy(x, pdf.get_y())
    pdf.set_font("DV", "", 6.2)
    pdf.set_char_spacing(0.45)
    pdf.set_text_color(80, 90, 105)
    pdf.cell(w, 3.4, text.upper(), new_x=XPos.LEFT, new_y=YPos.NEXT)
    pdf.set_char_spacing(0)
    pdf.set_text_color(0, 0, 0)


def field(pdf, x, w, label, value, min_h=7):
    sc_label(pdf, x, w, label)
    y0 = pdf.get_y()
    pdf.set_font("DV", "", 7.8)
    pdf.set_x(x)
    if value:
        pdf.multi_cell(w, 3.55, value, align="L", new_x=XPos.LEFT, new_y=YPos.NEXT)
    y1 = max(pdf.get_y(), y0 + min_h if not value else pdf.get_y())
    pdf.set_draw_color(190, 196, 205)
    pdf.line(x, y1 + 1, x + w, y1 + 1)
    pdf.set_y(y1 + 2.6)


def make_01():
    pdf = CosmicPDF(format="A4")
    pdf.add_font("DV", "", FONT)
    pdf.add_font("DV", "B", FONT_B)
    pdf.set_margins(10, 18, 10)
    pdf.set_auto_page_break(True, 14)
    pdf.alias_nb_pages()
    pdf.add_page()

    # document head
    pdf.set_font("DV", "B", 9.5)
    pdf.cell(0, 5, "Samordnad individuell plan (SIP) – Anteckning", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("DV", "", 7.5)
    head = [("Mötesdatum", "2025-03-12 kl. 13:00–14:15"),
            ("Mötesform", "Fysiskt möte, patient via video"),
            ("Vårdenhet", "Vårdcentralen Teleborg"),
            ("Dokumentstatus", "Signerad 2025-03-13"),
            ]
    y = pdf.get_y() + 1
    x = 10
    for lab, val in head:
        pdf.set_xy(x, y)
        sc_label(pdf, x, 47, lab)
        pdf.set_x(x)
        pdf.set_font("DV", "", 7.8)
        pdf.cell(47, 4, val)
        x += 47.5
    pdf.set_y(y + 9)
    pdf.set_draw_color(120, 130, 145)
    pdf.line(10, pdf.get_y(), 200, pdf.get_y())
    pdf.set_y(pdf.get_y() + 2.5)

    top = pdf.get_y()
    lw, rw = 92, 92
    lx, rx = 10, 108
    left = [
        ("Syfte",
         "Syftet med SIP är att samordna stödet från vårdcentralen och socialtjänsten så att Sara kan "
         "hushålla med sin energi och klara vardagen med barnen (6 och 9 år) utan nya bakslag efter "
         "överansträngning. Sara ska inte själv behöva hålla ihop kontakterna mellan verksamheterna, "
         "eftersom varje telefonsamtal och resa kostar henne ork."),
        ("Den enskildes mål",
         "”Jag vill orka vara med barnen på eftermiddagarna och kunna följa dem till skolan några "
         "dagar i veckan, i stället för att ligga hela helgen.”\n"
         "”Jag vill inte behöva välja mellan att städa och att laga mat.”  (Saras egna ord på mötet)"),
        ("Aktuell situation",
         "ME/CFS diagnostiserat 2023 (Neurologmottagningen, Centrallasarettet Växjö). Uttalad "
         "ansträngningsutlöst försämring (PEM) med 2–4 dagars sängliggande efter aktivitet. Sömnstörning, "
         "huvudvärk, ljudkänslighet. Ensamstående med två barn, 6 och 9 år. Klarar personlig hygien "
         "själv med vila emellan, men inte städning, storhandling eller att följa barnen till aktiviteter. "
         "Barnen har börjat ta stort ansvar hemma, äldsta barnet har ökad frånvaro i skolan."),
        ("Delaktighet",
         "Sara deltog via videolänk eftersom resan till vårdcentralen ger försämring. Hon vill att "
         "hembesök läggs före kl. 11 och bokas i förväg, inga oanmälda samtal. Hon önskar skriftlig "
         "sammanfattning efter varje kontakt eftersom hon har svårt att minnas det som sägs. Hon vill "
         "att barnen får prata med någon utanför familjen."),
    ]
    right = [
        ("Frågeställningar", ""),
        ("Samtycke",
         "Muntligt samtycke lämnat av Sara i telefonsamtal med distriktssköterska 2025-02-27 till att "
         "Vårdcentralen Teleborg och Socialtjänsten Växjö kommun (biståndsenheten och familjeenheten) "
         "utbyter information inför och i SIP-arbetet. Samtycket bekräftat av Sara på mötet 2025-03-12. "
         "Antecknat i journal samma dag."),
        ("Övriga aktörers insatser", ""),
        ("Huvudansvar för planen", "Vårdcentralen Teleborg"),
        ("Uppföljning",
         "Planen följs upp om ca tre månader, i juni 2025. Kallelse skickas när tid är bokad."),
    ]
    pdf.set_y(top)
    for lab, val in left:
        field(pdf, lx, lw, lab, val)
    yl = pdf.get_y()
    pdf.set_y(top)
    for lab, val in right:
        field(pdf, rx, rw, lab, val, min_h=9)
    yr = pdf.get_y()
    pdf.set_draw_color(200, 205, 212)
    pdf.line(104, top, 104, max(yl, yr) - 2)
    pdf.set_y(max(yl, yr) + 1)

    sc_label(pdf, 10, 190, "Insatser")
    pdf.set_font("DV", "", 7.6)
    rows = [
        ("Insats", "Ansvarig (verksamhet/funktion)", "Tidpunkt"),
        ("Läkarbesök: genomgång av sömn, smärta och huvudvärk, ställningstagande till läkemedel mot "
         "sömnstörning. Hembesök om Sara inte orkar komma.",
         "Läkare, Vårdcentralen Teleborg", "2025-03-26"),
        ("Arbetsterapeutisk bedömning i hemmet: aktivitetsbalans, energischema över veckan, "
         "förskrivning av duschpall och transportrullstol för längre förflyttningar.",
         "Arbetsterapeut, Vårdcentralen Teleborg", "Hembesök 2025-04-02"),
        ("Råd om aktivitetsnivå och pacing (ingen stegrad träning), uppföljning per video.",
         "Fysioterapeut, Vårdcentralen Teleborg", "2025-04-09, därefter var 4:e vecka"),
        ("Utredning och beslut om hemtjänst: städning varannan vecka och inköp en gång i veckan.",
         "Biståndshandläggare, Socialtjänsten Växjö kommun", "Beslut senast 2025-03-31, start v. 15"),
        ("Stödsamtal för barnen om mammas sjukdom samt föräldrastöd till Sara, i hemmet.",
         "Familjebehandlare, Familjeenheten IFO Växjö kommun", ""),
        ("Information till elevhälsan på barnens skola om situationen hemma, efter Saras medgivande "
         "på mötet.",
         "Distriktssköterska, Vårdcentralen Teleborg", "Senast 2025-03-21"),
    ]
    pdf.set_draw_color(170, 178, 190)
    with pdf.table(col_widths=(92, 58, 40), line_height=3.6, text_align="LEFT",
                   first_row_as_headings=True, repeat_headings=1,
                   headings_style=__import__("fpdf").FontFace(emphasis="BOLD", fill_color=(228, 232, 238)),
                   borders_layout="HORIZONTAL_LINES") as t:
        for r in rows:
            row = t.row()
            for c in r:
                row.cell(c)
    pdf.ln(3)
    sc_label(pdf, 10, 190, "Deltagare")
    pdf.set_font("DV", "", 7.8)
    parts = [
        "Sara, patient (via video)",
        "Lena, distriktssköterska, Vårdcentralen Teleborg",
        "Ahmed, specialist i allmänmedicin, Vårdcentralen Teleborg",
        "Camilla, arbetsterapeut, Vårdcentralen Teleborg",
        "Johan, biståndshandläggare, Socialtjänsten Växjö kommun",
        "Maria, familjebehandlare, Familjeenheten IFO Växjö kommun",
    ]
    for p_ in parts:
        pdf.set_x(10)
        pdf.cell(190, 3.8, "• " + p_, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    sc_label(pdf, 10, 190, "Signering")
    pdf.set_font("DV", "", 7.8)
    pdf.cell(190, 3.8, "Signerad 2025-03-13 10:05. Vidimerad kopia skickad till Sara via 1177 (digital brevlåda).",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_creation_date(__import__("datetime").datetime(2025, 3, 14, 9, 42,
                          tzinfo=__import__("datetime").timezone.utc))
    pdf.output(path(1, "pdf"))


# ---------------------------------------------------------------------------
# 02  Minutes in a borderless two-column table (speaker | what was said)
# ---------------------------------------------------------------------------
def make_02():
    doc = base_doc("Arial", 10.5)
    fixed_core(doc, "SIP minnesanteckningar", "Elevhälsan", "2025-10-03T09:00:00")
    bold_para(doc, "SIP – minnesanteckningar", 14, 6)
    label_value(doc, "Datum: ", "2025-10-02 kl. 13.15–14.30")
    label_value(doc, "Plats: ", "Sannarpsgymnasiet, konferensrum B2, Halmstad")
    label_value(doc, "Gäller: ", "Vilgot (V), 16 år, åk 1 gymnasiet")
    label_value(doc, "Närvarande: ", "V, Mamma, AL (Anna), PK (Peter), EH (Elin), JS (Jonas)")
    label_value(doc, "Antecknat av: ", "EH", after=4)
    label_value(doc, "Syfte: ", "Samordning.", after=8)

    rows = [
        ("AL", "Hälsar välkommen och går igenom hur en SIP går till. Frågar om det är okej att vi pratar "
               "om V. här och att skolan, BUP och socialtjänsten får dela information med varandra. "
               "V. och mamma säger ja. Muntligt samtycke på mötet 2025-10-02, gäller fram till "
               "uppföljningen."),
        ("AL", "Frågor vi behöver svar på idag: Hur kan V. komma tillbaka till skolan steg för steg? "
               "Räcker ångestbehandling, eller behövs en NPF-utredning? Vem hör V. av sig till de "
               "morgnar han inte tar sig iväg?"),
        ("V", "Berättar att det började i vårterminen i nian med magont på morgnarna. Klarar inte matsalen "
              "och stora klassrummet, får hjärtklappning. Har varit i skolan ca 30 % sedan skolstarten. "
              "”Jag vill kunna gå på lektionerna utan att få panik, och ha kvar mina kompisar. Typ börja "
              "med matten och engelskan.” Vill inte att lärarna tar upp hans frånvaro inför klassen."),
        ("Mamma", "Har svårt att få iväg V. på morgnarna eftersom hon börjar jobba kl. 7. Orolig att han "
                  "vänder på dygnet och spelar på nätterna. Önskar hjälp med rutiner hemma. Kan flytta "
                  "sin arbetstid till kl. 9 måndagar och onsdagar och skjutsa V. till skolan de dagarna, "
                  "från v. 42."),
        ("PK", "BUP Halmstad har gjort bedömning i september: social ångest, ingen depression. Erbjuder "
               "KBT i 10 sessioner, start tisdag 2025-10-14 kl. 15.00, därefter varannan vecka. "
               "Ställningstagande till NPF-utredning görs efter fem sessioner."),
        ("EH", "Skolan gör en anpassad studiegång: V. börjar med matematik och engelska i ett mindre "
               "grupprum, mentor möter V. vid entrén kl. 8.10. Start måndag 2025-10-13. Kurator har "
               "samtal med V. varje torsdag efter lunch från 2025-10-16."),
        ("JS", "Familjeenheten, socialtjänsten, kan erbjuda familjebehandling i hemmet kring rutiner "
               "och dygnsrytm. Mamma tackar ja. JS återkommer om när det kan starta."),
        ("V", "Okej att testa. Vill inte att mamma ringer skolan varje morgon – sms:ar hellre mentorn "
              "själv senast kl. 8.00 om han inte kommer."),
        ("Alla", "Överenskommet:\n"
                 "– Anpassad studiegång matte/engelska i litet grupprum från 2025-10-13 (EH, mentor)\n"
                 "– Kuratorssamtal torsdagar från 2025-10-16 (EH)\n"
                 "– KBT på BUP Halmstad från 2025-10-14 (PK)\n"
                 "– Familjebehandling i hemmet, start inte bestämd (JS)\n"
                 "– Mamma skjutsar måndag och onsdag från v. 42\n"
                 "– V. sms:ar mentorn senast 08.00 de dagar han inte kan komma"),
        ("AL", "Vem som ska ha huvudansvaret för planen hann vi inte bestämma, tas upp nästa gång. "
               "Nästa möte efter höstlovet, kallelse skickas."),
    ]
    t = doc.add_table(rows=len(rows), cols=2)
    set_cell_borders(t, "nil")
    t.autofit = False
    for i, (who, what) in enumerate(rows):
        c0, c1 = t.rows[i].cells
        c0.text = ""
        r = c0.paragraphs[0].add_run(who)
        r.bold = True
        lines = what.split("\n")
        c1.text = ""
        c1.paragraphs[0].add_run(lines[0])
        for ln in lines[1:]:
            p = c1.add_paragraph(ln)
            p.paragraph_format.left_indent = Cm(0.3)
        for c in (c0, c1):
            for p in c.paragraphs:
                p.paragraph_format.space_after = Pt(3)
    set_col_widths(t, [Cm(1.7), Cm(14.9)])
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(10)
    p.add_run("Anteckningarna skickas till deltagarna. V. och mamma får en utskrift.").italic = True
    doc.save(path(2, "docx"))


# ---------------------------------------------------------------------------
# 03  Journal-note text export, banner headings, cp1252 + CRLF
# ---------------------------------------------------------------------------
def wrap(text, width=76):
    out = []
    for para in text.split("\n"):
        if not para.strip():
            out.append("")
            continue
        ind = len(para) - len(para.lstrip())
        sub = " " * (ind + 3) if para.lstrip()[:2] in ("- ", "1.", "2.", "3.", "4.", "5.", "6.") else " " * ind
        out.extend(textwrap.wrap(para, width=width, initial_indent="", subsequent_indent=sub,
                                 break_long_words=False, break_on_hyphens=False) or [""])
    return out


def make_03():
    parts = []
    parts.append("JOURNALANTECKNING - UTSKRIFT")
    parts.append("Ljungby kommun, Vård och omsorg                      Utskr. 2025-05-08 10:14")
    parts.append("Person:          Bengt, XXXXXX-XXXX")
    parts.append("Anteckningstyp:  SIP - Samordnad individuell plan")
    parts.append("Händelsedatum:   2025-05-06")
    parts.append("Upprättad av:    Sofia, biståndshandläggare, Ljungby kommun")
    parts.append("-" * 76)
    parts.append("")
    secs = [
        ("SYFTE", "Se tidigare plan."),
        ("FRÅGESTÄLLNINGAR", ""),
        ("DELTAGARE",
         "Inga, hustru\n"
         "Sofia, biståndshandläggare, Ljungby kommun\n"
         "Petra, demenssjuksköterska, Demensteamet Ljungby kommun\n"
         "Karl, enhetschef, Hemtjänst Ljungby norra\n"
         "Annika, distriktssköterska, Vårdcentralen Ljungby\n"
         "Mattias, läkare, Minnesmottagningen, Ljungby lasarett (Region Kronoberg)"),
        ("BAKGRUND",
         "Bengt, 70 år, har Alzheimers sjukdom sedan 2023, diagnos ställd på minnesmottagningen. "
         "Bor med hustrun Inga i villa i Ljungby. Har hittills haft hemtjänst med tillsyn en gång per "
         "dag. Senaste två månaderna tilltagande oro på eftermiddagar och kvällar, har gått ut på natten "
         "vid två tillfällen och hittats av grannar. Glömmer att äta när Inga inte är hemma. Tar inte "
         "sina läkemedel på rätt sätt, Inga har hittat tabletter i fickor. Inga beskriver att hon är "
         "mycket trött och inte längre vågar lämna Bengt ensam."),
        ("DELAKTIGHET", "Bengt deltog inte i mötet."),
        ("MÅL",
         "Målet är att Bengt ska kunna bo kvar hemma tillsammans med Inga så länge som möjligt, med "
         "trygghet dag och natt, och att Inga ska orka."),
        ("INSATSER",
         "1. Dagverksamhet för personer med demenssjukdom, Solgläntan, tisdag och torsdag kl. 9-15. "
         "Ansvarig: biståndshandläggare, beslut senast 2025-05-16. Start 2025-05-27, ansvar för "
         "verkställighet enhetschef dagverksamheten.\n"
         "2. Utökad hemtjänst: tillsyn morgon, lunch och kväll samt måltidsstöd vid lunch. Ansvarig: "
         "enhetschef Hemtjänst Ljungby norra. Start 2025-05-19.\n"
         "3. Trygghetslarm med dörrlarm nattetid. Ansvarig: biståndshandläggare beslutar, "
         "installation av kommunens larmgrupp senast 2025-05-23.\n"
         "4. Läkemedelsgenomgång och ställningstagande till behandling mot oro kvällstid. Ansvarig: "
         "läkare, Minnesmottagningen Ljungby lasarett. Besök 2025-05-22.\n"
         "5. Dosdispenserade läkemedel och överlämnande av läkemedelshantering till hemtjänsten. "
         "Ansvarig: distriktssköterska, Vårdcentralen Ljungby. Från 2025-06-02.\n"
         "6. Anhörigstöd till Inga, enskilda samtal och information om anhöriggrupp. Ansvarig: "
         "anhörigkonsulent, Ljungby kommun. Första samtal 2025-05-14."),
        ("ÖVRIGA AKTÖRER",
         "Frågan om god man har kommit upp. Inga är ett stort stöd för Bengt i vardagen."),
        ("SAMORDNING", "Kommunen har huvudansvaret för planen."),
        ("PLANERING", "Uppföljning vid behov, senast till hösten."),
    ]
    for head, body in secs:
        parts.append(f"*** {head} ***")
        if body:
            parts.extend(wrap(body))
        parts.append("")
    parts.append("-" * 76)
    parts.append("Signerad: Sofia, biståndshandläggare     2025-05-08 10:12")
    text = "\r\n".join(parts) + "\r\n"
    with open(path(3, "txt"), "wb") as f:
        f.write(text.encode("cp1252"))


# ---------------------------------------------------------------------------
# 04  Markdown export with HTML inside
# ---------------------------------------------------------------------------
def make_04():
    md = """# Samordnad individuell plan (SIP)

<b>Person:</b> Oskar, 20 år<br><b>Personnummer:</b> ÅÅMMDD-XXXX<br><b>Kommun:</b> Varberg
<b>Mötesdatum:</b> 2025-04-24 kl. 10.00<br><b>Plats:</b> Psykiatriska öppenvårdsmottagningen Varberg

---

## Syfte

Oskar skrevs ut från psykiatrisk slutenvård på Hallands sjukhus Varberg 2025-04-10 efter sitt första
psykosinsjuknande. Syftet med planen är att psykiatrin och socialpsykiatrin i Varbergs kommun ska
samordna stödet de första månaderna efter utskrivningen, så att Oskar kan bo kvar i sin lägenhet,
fortsätta behandlingen och få en meningsfull sysselsättning igen.

<details>
<summary><b>Frågeställningar inför mötet</b></summary>

- Hur får Oskar stöd att ta sin medicin regelbundet nu när han bor ensam?<br>
- Kan boendestödet starta redan i maj, innan beslut om sysselsättning är klart?
- Vad gör vi om Oskar slutar svara i telefon eller uteblir från besök – vem kontaktar vem?

</details>

<details>
<summary><b>Den enskildes mål</b></summary>

<i>(ej ifyllt)</i>

</details>

<details open>
<summary><b>Delaktighet och samtycke</b></summary>

Oskar deltog under hela mötet. Han berättade att han sover bättre nu men upplever medicinen som
tröttande på förmiddagarna.<br>Han önskar att boendestödet kommer på eftermiddagar, inte före kl. 12,
och att samma personal kommer varje gång. Han vill hellre ha sms-påminnelser än telefonsamtal.

<b>Samtycke:</b> Samtycke finns.

</details>

## Insatser

<table>
  <thead>
    <tr><th>Insats</th><th>Ansvarig</th><th>När</th></tr>
  </thead>
  <tbody>
    <tr><td>Läkarbesök: uppföljning av antipsykotisk medicinering, biverkningar, blodprover</td><td>Läkare, Psykiatriska öppenvårdsmottagningen Varberg</td><td>2025-05-08</td></tr>
    <tr><td>Sjuksköterskesamtal med symtomskattning och genomgång av tidiga varningstecken</td><td>Kontaktsjuksköterska, Psykiatriska öppenvårdsmottagningen Varberg</td><td>Varannan onsdag fr.o.m. 2025-04-30</td></tr>
    <tr><td>Boendestöd två eftermiddagar i veckan: struktur i vardagen, inköp, tvätt, sms-påminnelse om medicin</td><td>Boendestödet, Socialpsykiatrin Varbergs kommun</td><td>Start 2025-05-05</td></tr>
    <tr><td>Psykoedukation om psykos, enskilt, fyra tillfällen</td><td>Regionen</td><td>Under maj–juni</td></tr>
    <tr><td>Utredning av sysselsättning (träffpunkt/arbetsträning i kommunal regi)</td><td>Biståndshandläggare, Socialpsykiatrin Varbergs kommun</td><td>Hembesök 2025-05-12</td></tr>
  </tbody>
</table>

## Uppföljning

<b>Nästa möte:</b> 2025-06-17 kl. 13.00, Psykiatriska öppenvårdsmottagningen Varberg.

<details>
<summary><b>Deltagare</b></summary>

- Oskar
- Läkare
- Kontaktsjuksköterska
- Boendestödjare
- Biståndshandläggare

</details>
"""
    with open(path(4, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ---------------------------------------------------------------------------
# 05  Handlingsplan table grouped by goal (merged goal cell)
# ---------------------------------------------------------------------------
def make_05():
    doc = base_doc("Calibri", 10.5)
    fixed_core(doc, "Handlingsplan SIP", "BUP Falkenberg", "2025-04-10T08:30:00")
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(1.8)
    hp = sec.header.paragraphs[0]
    hp.text = "Region Halland – Falkenbergs kommun\tSamordnad individuell plan"
    hp.runs[0].font.size = Pt(8)

    doc.add_heading("Handlingsplan – samordnad individuell plan (SIP)", level=1)
    label_value(doc, "Namn: ", "Ella, 14 år        Personnummer: ÅÅMMDD-XXXX")
    label_value(doc, "Datum för upprättande: ", "2025-04-09")
    label_value(doc, "Deltagare: ", "Ella, mamma, Karin, Jonas, Fatima, Lars")
    label_value(doc, "Huvudansvarig: ", "BUP Falkenberg")
    label_value(doc, "Bakgrund: ", "Ella går i åk 8 på Tullbroskolan. Sedan hösten 2024 skär hon sig på "
                "armar och lår, vid ett tillfälle i mars krävdes sjukvård. Hög frånvaro från skolan "
                "sedan januari och många konflikter hemma. Aktuell på BUP sedan februari.")
    label_value(doc, "", "Ella deltog på mötet tillsammans med mamma.", after=8)

    plan = [
        ("Ella ska minska och på sikt sluta skada sig själv.", [
            ("Individuell behandling med färdighetsträning (DBT-inspirerad), en gång per vecka",
             "Behandlare, BUP Falkenberg", "Tisdagar fr.o.m. 2025-04-15"),
            ("Skriftlig säkerhetsplan tas fram tillsammans med Ella",
             "Behandlare, BUP Falkenberg", "2025-04-15"),
            ("Läkarbedömning av sömn och ställningstagande till läkemedel",
             "Läkare, BUP Falkenberg", "2025-04-24"),
        ]),
        ("Ella ska vara i skolan minst fyra dagar i veckan.", [
            ("Anpassat schema med kortare dagar och möjlighet till enskilt arbetsrum",
             "Mentor, Tullbroskolan", "Från 2025-04-14"),
            ("Stödsamtal hos skolkurator",
             "Skolkurator, Elevhälsan Tullbroskolan", "Varannan torsdag fr.o.m. 2025-04-17"),
            ("Skolsköterskan ser till att sår sköts och kontaktar BUP vid ny allvarlig skada",
             "Skolsköterska, Elevhälsan Tullbroskolan", "Löpande; avstämning med BUP 2025-05-08"),
        ]),
        ("Familjen ska få verktyg att hantera konflikter hemma.", [
            ("Familjebehandling i hemmet, sex träffar",
             "Familjebehandlare, Individ- och familjeomsorgen Falkenbergs kommun",
             "Start 2025-04-22, varje vecka"),
            ("Kontakt BUP–familjebehandlare för gemensam linje kring självskadan",
             "Behandlare, BUP Falkenberg", "2025-04-29"),
        ]),
    ]
    nrows = 1 + sum(len(m) for _, m in plan)
    t = doc.add_table(rows=nrows, cols=4)
    t.style = doc.styles["Table Grid"]
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = t.rows[0].cells
    for c, txt in zip(hdr, ("Mål", "Insats", "Ansvarig", "Tidpunkt")):
        c.text = ""
        r = c.paragraphs[0].add_run(txt)
        r.bold = True
        shade(c, "D9E2F3")
    repeat_header(t.rows[0])
    ri = 1
    for goal, measures in plan:
        start = ri
        for ins, who, when in measures:
            cells = t.rows[ri].cells
            cells[1].text = ins
            cells[2].text = who
            cells[3].text = when
            ri += 1
        merged = t.cell(start, 0).merge(t.cell(ri - 1, 0))
        merged.text = goal
    set_col_widths(t, [Cm(6.0), Cm(9.0), Cm(6.4), Cm(4.3)])
    doc.add_paragraph()
    label_value(doc, "Planen upprättad: ", "2025-04-09, Falkenberg")
    doc.save(path(5, "docx"))


# ---------------------------------------------------------------------------
# 06  docx -> PDF (LibreOffice); huvudansvar + next meeting only in footer
# ---------------------------------------------------------------------------
def soffice_pdf(src, outdir):
    tmp = tempfile.mkdtemp(prefix="f63b-conv-")
    subprocess.run(["soffice", f"-env:UserInstallation=file:///tmp/lo-{PREFIX}", "--headless",
                    "--convert-to", "pdf", "--outdir", tmp, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    base = os.path.splitext(os.path.basename(src))[0] + ".pdf"
    shutil.move(os.path.join(tmp, base), os.path.join(outdir, base))
    shutil.rmtree(tmp, ignore_errors=True)


def make_06():
    doc = base_doc("Liberation Serif", 11)
    fixed_core(doc, "SIP Gunnar", "Vårdcentralen Älmhult", "2025-10-01T11:00:00")
    sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]
    fp.text = ""
    r = fp.add_run("Huvudansvarig för planen: Maria, distriktssköterska, Vårdcentralen Älmhult")
    r.font.size = Pt(8.5)
    fp2 = sec.footer.add_paragraph()
    r = fp2.add_run("Nästa SIP-möte: 2025-11-18 kl. 14.00 i Gunnars hem")
    r.font.size = Pt(8.5)
    fp3 = sec.footer.add_paragraph()
    fp3.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = fp3.add_run("Sida ")
    r.font.size = Pt(8)
    add_field(fp3, "PAGE")
    r = fp3.add_run(" av ")
    r.font.size = Pt(8)
    add_field(fp3, "NUMPAGES")
    hp = sec.header.paragraphs[0]
    hp.text = "Älmhults kommun • Region Kronoberg"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(8)

    doc.add_heading("Samordnad individuell plan", level=1)
    label_value(doc, "Gäller: ", "Gunnar, 82 år, Älmhult")
    label_value(doc, "Datum för mötet: ", "2025-09-30", after=8)
    label_value(doc, "Syfte: ", "Gemensam planering.")
    label_value(doc, "Frågeställningar: ", "Diskutera läget efter sjukhusvistelsen.", after=8)
    doc.add_heading("Bakgrund", level=2)
    doc.add_paragraph(
        "Gunnar har KOL i svår grad och har under augusti och september vårdats två gånger på "
        "Centrallasarettet Växjö för försämring med andningssvikt. Han bor ensam i lägenhet i centrala "
        "Älmhult. Blir andfådd vid påklädning och dusch, har svårt att ta sig ut och handla. Använder "
        "inhalatorer men tekniken är osäker. Har sedan tidigare hemtjänst med inköp en gång i veckan. "
        "Dottern Lena bor i Älmhult.")
    label_value(doc, "Mål: ", "Målet är att Gunnar ska kunna bo kvar i sin lägenhet och undvika nya "
                "inläggningar på sjukhus.")
    label_value(doc, "Samtycke: ", "Samtycke finns.", after=8)
    doc.add_heading("Insatser", level=2)
    rows = [
        ("Från 2025-10-06, alla dagar", "Hemtjänst morgon och kväll: hjälp med på- och avklädning, "
         "dusch två gånger i veckan, tillsyn", "Hemtjänst Älmhult centrum"),
        ("Senast 2025-10-10", "Beslut om och installation av trygghetslarm",
         "Biståndshandläggare, Älmhults kommun"),
        ("2025-10-09", "Hembesök: kontroll av inhalationsteknik, skriftlig egenvårdsplan vid "
         "försämring, information om när man ska söka", "KOL-sjuksköterska, Vårdcentralen Älmhult"),
        ("2025-10-14", "Läkarbesök: läkemedelsgenomgång, ställningstagande till utredning för "
         "långtidssyrgas", "Läkare, Vårdcentralen Älmhult"),
        ("v. 42", "Bedömning av hjälpmedel i hemmet (rollator, duschstol, förhöjd toalettsits)",
         "Arbetsterapeut, Rehab Älmhults kommun"),
        ("2025-10-20, därefter varannan vecka", "Andningsträning och råd om energibesparande "
         "tekniker", "Fysioterapeut, Vårdcentralen Älmhult"),
        ("Varje lördag", "Handlar det som hemtjänsten inte handlar, följer med till läkarbesöket "
         "2025-10-14", "Dottern Lena"),
    ]
    t = doc.add_table(rows=1 + len(rows), cols=3)
    t.style = doc.styles["Table Grid"]
    for c, txt in zip(t.rows[0].cells, ("När", "Vad", "Vem")):
        c.text = ""
        rr = c.paragraphs[0].add_run(txt)
        rr.bold = True
        shade(c, "E7E6E6")
    repeat_header(t.rows[0])
    for i, (a, b, c) in enumerate(rows, start=1):
        cells = t.rows[i].cells
        cells[0].text = a
        cells[1].text = b
        cells[2].text = c
    set_col_widths(t, [Cm(3.6), Cm(8.6), Cm(4.4)])
    doc.add_paragraph()
    src = os.path.join(tempfile.mkdtemp(prefix="f63b-src-"), f"{PREFIX}-06.docx")
    doc.save(src)
    soffice_pdf(src, OUT)
    shutil.rmtree(os.path.dirname(src), ignore_errors=True)


# ---------------------------------------------------------------------------
# 07  Very short plan after a crisis meeting, bullets
# ---------------------------------------------------------------------------
def make_07():
    doc = base_doc("Calibri", 11)
    fixed_core(doc, "SIP krismöte", "", "2025-09-23T16:40:00")
    bold_para(doc, "SIP efter krismöte 2025-09-23", 12, 4)
    doc.add_paragraph("K., 50 år, Växjö. Sökte akut på Centrallasarettet Växjö i helgen med skador "
                      "efter att sambon misshandlat henne. Har druckit mer alkohol de senaste "
                      "månaderna.")
    for b in [
        "Polisanmälan är gjord.",
        "K. var med på mötet.",
        "Fortsatt kontakt, tätare en period.",
        "Stöd vid behov.",
        "Skyddat boende diskuterades, inget bestämt.",
        "Kontakt med beroendevården togs upp.",
        "Brottsofferjouren och polisen nämndes.",
        "Målet är att K. ska vara trygg och dricka mindre.",
        "Nytt möte i oktober.",
    ]:
        doc.add_paragraph(b, style="List Bullet")
    doc.save(path(7, "docx"))


# ---------------------------------------------------------------------------
# 08  NOT a plan: Läkarintyg för sjukpenning
# ---------------------------------------------------------------------------
def make_08():
    doc = base_doc("Arial", 10)
    fixed_core(doc, "Läkarintyg för sjukpenning", "Vårdcentralen Varberg", "2025-05-05T15:20:00")
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Försäkringskassan\tLäkarintyg för sjukpenning\tFK 7804"
    hp.runs[0].font.size = Pt(8)
    bold_para(doc, "Läkarintyg för sjukpenning", 15, 2)
    doc.add_paragraph("Enligt 27 kap. socialförsäkringsbalken. Intyget skickas elektroniskt till "
                      "Försäkringskassan.").runs[0].font.size = Pt(8.5)

    def box(title, body):
        t = doc.add_table(rows=2, cols=1)
        t.style = doc.styles["Table Grid"]
        c0 = t.rows[0].cells[0]
        c0.text = ""
        r = c0.paragraphs[0].add_run(title)
        r.bold = True
        r.font.size = Pt(9)
        shade(c0, "EDEDED")
        c1 = t.rows[1].cells[0]
        lines = body.split("\n")
        c1.text = lines[0]
        for ln in lines[1:]:
            c1.add_paragraph(ln)
        doc.add_paragraph().paragraph_format.space_after = Pt(0)

    box("Patient", "Namn: Johanna     Personnummer: XXXXXX-XXXX")
    box("Intyget är baserat på",
        "☒ min undersökning av patienten  2025-05-05\n"
        "☐ min telefonkontakt med patienten\n"
        "☒ journaluppgifter från  2025-03-18\n"
        "☐ annat")
    box("Sysselsättning",
        "☒ Nuvarande arbete: undersköterska inom hemtjänst, heltid\n"
        "☐ Arbetssökande   ☐ Föräldraledighet   ☐ Studier")
    box("1. Diagnos/diagnoser för sjukdom som orsakar nedsatt arbetsförmåga",
        "F43.8A  Utmattningssyndrom\n"
        "F32.1   Medelsvår depressiv episod")
    box("2. Sjukdomens konsekvenser – Funktionsnedsättning",
        "Uttalad kognitiv påverkan: svårt att hålla koncentrationen mer än 15–20 minuter, "
        "minnesstörning med glömska av överenskommelser, nedsatt tempo. Sömnstörning med "
        "uppvaknanden, uttalad uttröttbarhet efter lätt ansträngning. Nedstämdhet, MADRS-S 24 "
        "vid besöket. Ljud- och stresskänslighet.")
    box("3. Aktivitetsbegränsning",
        "Klarar inte att planera och genomföra ett arbetspass med flera brukarbesök, kan inte "
        "hålla ordning på tider, läkemedelsöverlämning och dokumentation. Klarar inte "
        "bilkörning i tjänsten på grund av koncentrationssvårigheter. Hemma klarar hon enklare "
        "sysslor med vila emellan.")
    box("4. Medicinsk behandling",
        "Pågående: sertralin 50 mg, upptitrering planerad. Samtalskontakt hos psykolog på "
        "vårdcentralen, KBT-inriktad, 8 tillfällen. Planerad: återbesök läkare 2025-06-02.")
    box("5. Bedömning av arbetsförmåga",
        "☒ Helt nedsatt (100 %)   från 2025-05-05  till och med 2025-06-15\n"
        "☐ Nedsatt med 3/4   ☐ Nedsatt med hälften   ☐ Nedsatt med 1/4\n"
        "Prognos: ☒ Patienten förväntas kunna återgå i nuvarande sysselsättning, successivt efter "
        "sjukskrivningsperiodens slut.")
    box("6. Rekommenderade åtgärder",
        "☒ Kontakt med arbetsgivare/företagshälsovård för planering av återgång i arbete\n"
        "☒ Arbetsträning på reducerad tid från mitten av juni\n"
        "☐ Arbetsanpassning   ☐ Utbildning   ☐ Annat\n"
        "Rekommenderar avstämningsmöte med Försäkringskassan och arbetsgivaren före återgång.")
    box("7. Övriga upplysningar",
        "Patienten har tidigare varit sjukskriven 2023 för liknande besvär med god effekt av "
        "successiv återgång.\n"
        "☐ Jag önskar att Försäkringskassan kontaktar mig")
    box("Underskrift",
        "Datum: 2025-05-05\n"
        "Leg. läkare, specialist i allmänmedicin\n"
        "Vårdcentralen Varberg centrum, Region Halland\n"
        "Telefon: via växeln")
    doc.save(path(8, "docx"))


def normalize_docx(fn):
    """Rewrite the zip with fixed timestamps so repeated runs give identical bytes."""
    import zipfile
    with zipfile.ZipFile(fn) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(fn, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def normalize_pdf(fn, stamp="20251001110000"):
    """Replace LibreOffice's run-time dates and document ID with fixed same-length values."""
    import re
    data = open(fn, "rb").read()
    data = re.sub(rb"D:\d{14}", b"D:" + stamp.encode(), data)
    data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d", b"2025-10-01T11:00:00", data)
    data = re.sub(rb"/ID \[(\s*)<([0-9A-Fa-f]+)>(\s*)<([0-9A-Fa-f]+)>",
                  lambda m: b"/ID [" + m.group(1) + b"<" + b"A" * len(m.group(2)) + b">"
                  + m.group(3) + b"<" + b"B" * len(m.group(4)) + b">", data)
    data = re.sub(rb"/DocChecksum /([0-9A-Fa-f]+)",
                  lambda m: b"/DocChecksum /" + b"C" * len(m.group(1)), data)
    data = re.sub(rb"uuid:[0-9a-f-]{36}", b"uuid:00000000-0000-0000-0000-000000000000", data)
    open(fn, "wb").write(data)


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
    for n in (2, 5, 7, 8):
        normalize_docx(path(n, "docx"))
    normalize_pdf(path(6, "pdf"))


if __name__ == "__main__":
    main()
