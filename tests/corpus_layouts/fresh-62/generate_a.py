#!/usr/bin/env python
"""Generate the f62a- batch of fictional, anonymized SIP documents (Skåne/Blekinge, 2025).

Run with /work/batches/.venv/bin/python generate.py. Deterministic; calls soffice for f62a-06.
"""
import os
import shutil
import subprocess
import textwrap
import zipfile
from datetime import datetime, timezone

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
P = "f62a-"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


# ---------------------------------------------------------------- helpers
def set_cell_shading(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell_borders(cell, color="808080", sz="8"):
    tcPr = cell._tc.get_or_add_tcPr()
    borders = OxmlElement("w:tcBorders")
    for edge in ("top", "left", "bottom", "right"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), sz)
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), color)
        borders.append(el)
    tcPr.append(borders)


def set_repeat_header(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def base_doc(font="Calibri", size=11):
    doc = Document()
    fixed = datetime(2025, 1, 2, 8, 0, 0)
    doc.core_properties.created = fixed
    doc.core_properties.modified = fixed
    doc.core_properties.last_modified_by = ""
    doc.core_properties.author = ""
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    for s in doc.sections:
        s.top_margin = Cm(2)
        s.bottom_margin = Cm(2)
        s.left_margin = Cm(2.2)
        s.right_margin = Cm(2.2)
    return doc


def bold_para(doc, text, size=None, space_before=8):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    p.paragraph_format.space_before = Pt(space_before)
    p.paragraph_format.space_after = Pt(2)
    return p


def page_field(paragraph, instr):
    r = paragraph.add_run()
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    r._r.append(f1)
    r2 = paragraph.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" {instr} "
    r2._r.append(it)
    r3 = paragraph.add_run()
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    r3._r.append(f2)
    r4 = paragraph.add_run("1")
    r5 = paragraph.add_run()
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    r5._r.append(f3)


# ================================================================ 01 PDF NCS Cross
class NCSPdf(FPDF):
    PRINTED = "2025-04-10 14:32"

    def header(self):
        self.set_font("dv", "B", 10)
        self.set_text_color(0)
        self.cell(60, 5, "NCS Cross", new_x="RIGHT", new_y="TOP")
        self.set_font("dv", "", 8)
        self.cell(70, 5, f"Utskriftsdatum: {self.PRINTED}", align="C", new_x="RIGHT", new_y="TOP")
        self.cell(0, 5, f"Sida {self.page_no()} ({{nb}})", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_font("dv", "", 8)
        self.cell(130, 4, "Region Skåne / Malmö stad – Samordnad individuell plan (SIP)",
                  new_x="RIGHT", new_y="TOP")
        self.cell(0, 4, "Patient: S.  XXXXXX-XXXX", align="R", new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(0)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(4)

    def footer(self):
        self.set_y(-12)
        self.set_font("dv", "", 7)
        self.set_text_color(90)
        self.cell(0, 4, "Utskrift ur NCS Cross. Utskriften är en kopia – gällande version finns i systemet. "
                  "Hanteras enligt OSL 25 och 26 kap.", align="C")
        self.set_text_color(0)


def ncs_section(pdf, title, rows, label_w=48, lh=4.6):
    """A part: title bar + bordered two-column table, label column grey.
    Rows may split across pages line by line; the part title is repeated with '(forts.)'."""
    full_w = pdf.w - pdf.l_margin - pdf.r_margin
    val_w = full_w - label_w
    bottom = pdf.h - pdf.b_margin

    def title_bar(t):
        pdf.set_font("dv", "B", 9.5)
        pdf.set_fill_color(60, 90, 130)
        pdf.set_text_color(255)
        pdf.cell(full_w, 6, "  " + t, border=1, fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0)

    if pdf.get_y() + 6 + 2 * lh + 2 > bottom:
        pdf.add_page()
    title_bar(title)
    for label, value in rows:
        pdf.set_font("dv", "B", 8.5)
        llines = pdf.multi_cell(label_w - 3, lh, label, dry_run=True, output="LINES")
        cont_llines = pdf.multi_cell(label_w - 3, lh, label + " (forts.)", dry_run=True, output="LINES")
        pdf.set_font("dv", "", 8.5)
        vlines = []
        for para in value.split("\n"):
            vlines += pdf.multi_cell(val_w - 3, lh, para if para else " ", dry_run=True, output="LINES")
        first = True
        while vlines:
            avail = int((bottom - pdf.get_y() - 2) // lh)
            if avail < 2:
                pdf.add_page()
                title_bar(title + " (forts.)")
                continue
            labs = llines if first else cont_llines
            n = max(len(vlines), len(labs))
            n = min(n, avail)
            chunk, vlines = vlines[:n], vlines[n:]
            h = n * lh + 2
            x, y = pdf.l_margin, pdf.get_y()
            pdf.set_fill_color(215, 215, 215)
            pdf.rect(x, y, label_w, h, style="DF")
            pdf.rect(x + label_w, y, val_w, h, style="D")
            pdf.set_font("dv", "B", 8.5)
            for i, l in enumerate(labs[:n]):
                pdf.set_xy(x + 1.5, y + 1 + i * lh)
                pdf.cell(label_w - 3, lh, l)
            pdf.set_font("dv", "", 8.5)
            for i, l in enumerate(chunk):
                pdf.set_xy(x + label_w + 1.5, y + 1 + i * lh)
                pdf.cell(val_w - 3, lh, l)
            pdf.set_xy(x, y + h)
            first = False
            if vlines:
                pdf.add_page()
                title_bar(title + " (forts.)")
    pdf.ln(4)


def make_01():
    pdf = NCSPdf(format="A4")
    pdf.add_font("dv", "", FONT)
    pdf.add_font("dv", "B", FONT_B)
    pdf.set_margins(15, 12, 15)
    pdf.set_auto_page_break(False, margin=16)
    pdf.b_margin = 16
    pdf.alias_nb_pages()
    pdf.set_creation_date(datetime(2025, 4, 10, 14, 32, tzinfo=timezone.utc))
    pdf.set_creator("NCS Cross utskrift")
    pdf.add_page()
    pdf.set_font("dv", "B", 13)
    pdf.cell(0, 7, "Samordnad individuell plan – SIP", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 8.5)
    pdf.cell(0, 5, "Dokumenttyp: SIP-plan   Status: Aktiv   Version: 1   Journalmall: SIP Skåne (gemensam)",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)

    ncs_section(pdf, "Grunduppgifter", [
        ("Namn", "S. (förnamn anonymiserat)"),
        ("Personnummer", "XXXXXX-XXXX"),
        ("Ålder / folkbokföring", "38 år, Malmö stad (stadsområde Innerstaden)"),
        ("Planen upprättad", "2025-04-08"),
        ("Mötesplats / form", "Fysiskt möte, Allmänpsykiatrisk mottagning Malmö Centrum, Psykiatri Skåne. "
                              "Läkaren deltog via Skype de första 30 minuterna."),
        ("Initierad av", "Socialtjänsten Malmö, Vuxenenheten, efter önskemål från S. och psykiatrin i samband "
                         "med utskrivning från heldygnsvård i februari 2025."),
    ])
    ncs_section(pdf, "Deltagare", [
        ("Den enskilde", "S."),
        ("Socialsekreterare", "Amra, Vuxenenheten, Socialtjänsten Malmö (Innerstaden)"),
        ("Skuldrådgivare", "Johan, Budget- och skuldrådgivningen, Malmö stad"),
        ("Boendestödjare", "Mikael, Boendestöd socialpsykiatri, Malmö stad"),
        ("Sjuksköterska, case manager", "Lina, Allmänpsykiatrisk mottagning Malmö Centrum, Psykiatri Skåne"),
        ("Överläkare", "Farid, Allmänpsykiatrisk mottagning Malmö Centrum, Psykiatri Skåne (deltog delvis)"),
    ])
    ncs_section(pdf, "Bakgrund och nuläge", [
        ("Hälsa", "S. har bipolär sjukdom typ 1, diagnostiserad 2016. Tre inläggningar i heldygnsvård, senast "
                  "2025-01-14 – 2025-02-20 efter en manisk episod med sömnlöshet, stora inköp och konflikter "
                  "med grannar. Står sedan utskrivningen på litium och quetiapin. Beskriver sig nu som "
                  "\"lite nedstämd men stabil\". Sover 6–7 timmar per natt."),
        ("Ekonomi", "Under hösten 2024 och under den maniska perioden tog S. flera sms-lån och handlade på kredit "
                    "(elektronik, resor). Samlade skulder uppskattas till ca 240 000 kr, varav ca 95 000 kr "
                    "hos Kronofogden. Hyresskuld för februari och mars 2025; hyresvärden har skickat "
                    "uppsägningsvarsel med sista betalningsdag 2025-04-30.\n"
                    "S. har sjukersättning och bostadstillägg. Han har ingen god man eller förvaltare. "
                    "Posten har legat oöppnad sedan december."),
        ("Boende / vardag", "Bor ensam i hyresrätt i Malmö. Har en hund som han beskriver som viktig för "
                            "att han kommer ut varje dag. Har sporadisk kontakt med sin mamma som bor i Lund. "
                            "Ingen sysselsättning sedan 2022."),
        ("Tidigare insatser", "Kontakt med psykiatrisk öppenvård sedan 2016. Boendestöd 2021–2022, avslutat "
                              "på egen begäran. Ekonomiskt bistånd har inte sökts tidigare."),
    ])
    ncs_section(pdf, "Syfte och frågeställningar", [
        ("Syfte med SIP", "Syftet med planen är att samordna psykiatrins behandling och socialtjänstens stöd så "
                          "att S. kan behålla sin lägenhet, få en hållbar lösning på skulderna och att tidiga "
                          "tecken på en ny manisk period fångas upp av alla som träffar honom."),
        ("Frågeställningar inför mötet",
         "1. Hur undviker vi att hyresskulden leder till uppsägning före 2025-04-30?\n"
         "2. Vem gör vad när S. visar tecken på mani (minskat sömnbehov, stora inköp)? Behövs en gemensam "
         "varningssignalsplan?\n"
         "3. Är S. aktuell för skuldsanering, och när är det realistiskt att ansöka?\n"
         "4. Behövs god man för ekonomin, och hur ser S. själv på det?"),
    ])
    ncs_section(pdf, "Mål och den enskildes synpunkter", [
        ("Mål", "Målet är att S. ska ha ett stabilt mående utan ny inläggning under 2025, att hyresskulden "
                "är reglerad och att en ansökan om skuldsanering är inlämnad till Kronofogden före årets slut."),
        ("Den enskildes delaktighet och synpunkter",
         "S. deltog under hela mötet och fick planen uppläst innan den sparades. S. önskar att boendestödet "
         "kommer på förmiddagar eftersom han är trött efter kvällsmedicinen. Han vill själv öppna sin post, "
         "men tillsammans med boendestödjaren. S. vill inte att hans mamma kontaktas utan att han tillfrågas "
         "först. Han är tveksam till god man och vill vänta med det tills skuldrådgivningen har gjort en "
         "genomgång."),
        ("Samtycke", "Finns."),
    ])
    ncs_section(pdf, "Insatser", [
        ("Insats 1", "Ekonomiskt bistånd till hyresskuld (februari–mars 2025) samt utredning av rätt till "
                     "bistånd för april. Socialsekreteraren kontaktar hyresvärden om betalningsplan."),
        ("Ansvarig / tidpunkt 1", "Socialsekreterare Amra, Vuxenenheten, Socialtjänsten Malmö. Beslut senast "
                                  "2025-04-22, kontakt med hyresvärden senast 2025-04-15."),
        ("Insats 2", "Budget- och skuldrådgivning: genomgång av samtliga skulder och inkomster, hjälp att "
                     "begära ut skuldsammanställning, kontakt med borgenärer, förberedelse av ansökan om "
                     "skuldsanering."),
        ("Ansvarig / tidpunkt 2", "Skuldrådgivare Johan, Budget- och skuldrådgivningen Malmö stad. Första "
                                  "besök 2025-04-24, därefter varannan vecka."),
        ("Insats 3", "Boendestöd två förmiddagar i veckan: struktur i vardagen, öppna och sortera post, "
                     "betala räkningar tillsammans, stöd att hålla tider till psykiatri och skuldrådgivning."),
        ("Ansvarig / tidpunkt 3", "Boendestöd socialpsykiatri, Malmö stad (boendestödjare Mikael). Start "
                                  "2025-04-22."),
        ("Insats 4", "Läkemedelsbehandling med litium och quetiapin. Provtagning av litiumkoncentration, "
                     "njur- och tyreoideaprover."),
        ("Ansvarig / tidpunkt 4", "Regionen.\nTidpunkt: –"),
        ("Insats 5", "Gemensam varningssignalsplan: vilka tecken som tyder på mani, vad S. själv vill att "
                     "personalen gör, vem som kontaktar psykiatrin. Planen delas med socialtjänsten och "
                     "boendestödet när S. har godkänt den."),
        ("Ansvarig / tidpunkt 5", "Sjuksköterska Lina, Allmänpsykiatrisk mottagning Malmö Centrum. Klar "
                                  "senast 2025-05-06."),
    ])
    ncs_section(pdf, "Övriga aktörer", [
        ("Andra aktörer", "Kronofogden och eventuellt god man berördes under mötet. Frågan om god man tas "
                          "upp igen vid uppföljningen."),
    ])
    ncs_section(pdf, "Ansvar och uppföljning", [
        ("Huvudansvarig för planen", "Socialsekreterare Amra, Vuxenenheten, Socialtjänsten Malmö"),
        ("Uppföljning", "Uppföljning om ca 8 veckor. Kallelse skickas av huvudansvarig."),
        ("Planen delges", "S. (papperskopia överlämnad på mötet), samtliga deltagare via NCS Cross."),
    ])
    ncs_section(pdf, "Signering", [
        ("Dokumenterad av", "Amra, socialsekreterare, Socialtjänsten Malmö – 2025-04-08 16:05"),
        ("Signerad", "Elektroniskt signerad 2025-04-09 08:41"),
    ])
    pdf.output(os.path.join(OUT, P + "01.pdf"))


# ================================================================ 02 DOCX child plan
def bubble(doc, text_lines, fill, border="7F7F7F", width_cm=15.5, italic_first=False):
    t = doc.add_table(rows=1, cols=1)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    c = t.cell(0, 0)
    c.width = Cm(width_cm)
    set_cell_shading(c, fill)
    set_cell_borders(c, border, "12")
    c.paragraphs[0].text = ""
    for i, line in enumerate(text_lines):
        p = c.paragraphs[0] if i == 0 else c.add_paragraph()
        if isinstance(line, tuple):
            for txt, b in line:
                r = p.add_run(txt)
                r.bold = b
                r.font.size = Pt(13)
        else:
            r = p.add_run(line)
            r.font.size = Pt(13)
        p.paragraph_format.space_after = Pt(4)
    doc.add_paragraph().paragraph_format.space_after = Pt(2)
    return t


def make_02():
    doc = base_doc("Comic Sans MS", 12)
    sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]
    fp.text = "Noahs plan – SIP Karlshamn – 2025-02-11"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.runs[0].font.size = Pt(9)

    h = doc.add_heading("Det här är min plan", level=0)
    h.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Noah, 9 år  •  Vi träffades den 11 februari 2025 i Karlshamn")
    r.font.size = Pt(12)

    doc.add_heading("🗺️ Varför har du en plan?", level=1)
    bubble(doc, ["Planen finns för att alla vuxna runt dig ska samarbeta."], "E8F1FB")

    doc.add_heading("🎯 Det här vill jag", level=1)
    bubble(doc, [
        "Du sa att: ”Jag vill kunna vara i klassrummet hela dagen utan att magen gör ont.”",
        "Du sa också att du vill spela fotboll med Malte på rasterna igen.",
        "Och att du vill kunna somna utan att mamma sitter kvar i rummet.",
    ], "FFF4D6")

    doc.add_heading("💬 Det här tycker du", level=1)
    bubble(doc, [
        "Du var med på mötet hela tiden, tillsammans med mamma och pappa.",
        "Du berättade att matsalen är jobbigast, för att det är så mycket ljud där.",
        "Du vill inte att hela klassen ska veta när du tar en paus.",
        "Du tycker om att rita, och det hjälper dig när du blir orolig.",
    ], "EAF7EA")

    doc.add_heading("👥 Vilka var med", level=1)
    bubble(doc, ["Du, mamma, pappa, Jonas, Linnea, Omar och Sara."], "F2F2F2")

    doc.add_heading("🤝 Vem gör vad", level=1)
    rows = [
        ("Jonas, din lärare",
         "Du får ett eget pauskort och en pausplats i grupprummet. Du får äta lunch i det lilla rummet "
         "bredvid matsalen med två kompisar.",
         "Från måndag 17 februari"),
        ("Linnea, kuratorn",
         "Linnea pratar med dig en stund varje tisdag morgon innan första lektionen.",
         "Varje tisdag från 18 februari"),
        ("Omar från BUP Karlshamn",
         "Du och Omar träffas och övar på att göra oron mindre. Omar träffar också mamma och pappa.",
         "Varannan torsdag, första gången 20 februari"),
        ("Sara från socialtjänsten",
         "Sara hjälper mamma och pappa att komma med i en föräldragrupp.",
         ""),
        ("Mamma och pappa",
         "Hjälper dig med kvällsrutinen. Skärmen läggs undan kl. 19.30. De följer med dig till BUP.",
         "Varje kväll"),
        ("Du",
         "Du visar pauskortet för Jonas när det blir för mycket. Du ritar i din oros-bok när du vill.",
         "I skolan och hemma"),
    ]
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    hdr = t.rows[0].cells
    for c, txt in zip(hdr, ("Vem?", "Vad?", "När?")):
        c.text = ""
        rr = c.paragraphs[0].add_run(txt)
        rr.bold = True
        set_cell_shading(c, "FCE4D6")
    set_repeat_header(t.rows[0])
    for who, what, when in rows:
        cells = t.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = who, what, when
    t.autofit = False
    for col, w in zip(t.columns, (4.2, 8.3, 3.8)):
        col.width = Cm(w)
    for row in t.rows:
        row.cells[0].width = Cm(4.2)
        row.cells[1].width = Cm(8.3)
        row.cells[2].width = Cm(3.8)
    doc.add_paragraph()

    doc.add_heading("🔐 Får vi vuxna prata med varandra?", level=1)
    bubble(doc, ["Mamma och pappa har gett sitt samtycke till att vi vuxna pratar med varandra om dig."],
           "E8F1FB")

    doc.add_heading("⭐ Vem håller ihop planen?", level=1)
    bubble(doc, ["Linnea, kuratorn, håller ihop planen. Hon ser till att alla gör det de har lovat."], "FFF4D6")

    doc.add_heading("📆 När ses vi igen?", level=1)
    bubble(doc, ["Vi ses igen efter påsklovet. Då pratar vi om hur det har gått.",
                 "Linnea skickar en inbjudan till mamma och pappa."], "EAF7EA")

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run("Bra jobbat på mötet, Noah! 🌟")
    r.bold = True
    r.font.size = Pt(14)
    doc.save(os.path.join(OUT, P + "02.docx"))


# ================================================================ 03 TXT protocol (cp1252, CRLF)
def make_03():
    W = 76

    def para(txt, indent=""):
        return textwrap.fill(txt, W, initial_indent=indent, subsequent_indent=indent)

    L = []
    L.append("PROTOKOLL SIP-MÖTE")
    L.append("Trelleborgs kommun, Socialtjänsten / Region Skåne")
    L.append("")
    L.append("Ärende:      Samordnad individuell plan (SIP) för J., 19 år")
    L.append("Datum:       2025-05-13, kl. 13.30-15.00")
    L.append("Plats:       Socialtjänsten Trelleborg, mötesrum 2")
    L.append("")
    L.append("-" * W)
    sections = [
        ("§ 1 Mötets öppnande", [
            "Sara hälsade alla välkomna och öppnade mötet. Kort presentationsrunda.",
            "Närvarande: J., Sara (socialsekreterare), Ahmed (behandlare), Eva "
            "(sjuksköterska) och Nils (studie- och yrkesvägledare).",
            "Ordförande och sekreterare: Sara. Justerare: Ahmed.",
        ]),
        ("§ 2 Mötets syfte", [
            "Syftet med mötet är att samordna socialtjänstens och Beroendemottagningens "
            "insatser så att J. kan sluta använda cannabis, få bättre sömn och komma "
            "tillbaka till studier till hösten 2025. Planen ska också göra det tydligt för "
            "J. vem han ska vända sig till.",
        ]),
        ("§ 3 Frågeställningar", [
            "- Ska J:s sömnproblem utredas innan behandlingen startar, eller parallellt?",
            "- Hur ofta ska urinprov tas, och vem tar dem?",
            "- Finns det möjlighet för J. att börja på folkhögskola eller komvux i augusti?",
        ]),
        ("§ 4 Aktuell situation", [
            "J. har använt cannabis sedan han var 16, de senaste månaderna i stort sett "
            "dagligen på kvällarna. Han hoppade av el-programmet i årskurs 2 och har inte "
            "haft någon sysselsättning sedan hösten 2024. J. bor i egen lägenhet sedan "
            "januari och har försörjningsstöd. Vårdcentralen har skrivit remiss till "
            "Beroendemottagningen Trelleborg i april. Urinprov 2025-04-29 var positivt "
            "för THC.",
        ]),
        ("§ 5 J:s egen bild", [
            "J. berättar att han röker för att kunna somna och att han vill ha hjälp med "
            "sömnen först. Han vill inte gå i grupp utan föredrar enskilda samtal. Han "
            "tycker att urinproven känns som kontroll men går med på dem om han får se "
            "resultaten själv.",
        ]),
        ("§ 6 Mål", [
            "Målet för J. är att vara drogfri, få ordning på dygnsrytmen och ha börjat "
            "studera eller arbeta till hösten 2025.",
        ]),
        ("§ 7 Socialtjänstens insatser", [
            "Beslutades att behandlare Ahmed erbjuder J. enskild behandling (CRA) en "
            "gång i veckan med start 2025-05-20.",
            "Beslutades att studie- och yrkesvägledare Nils träffar J. 2025-05-27 för "
            "att gå igenom möjligheterna till folkhögskola och komvux inför hösten.",
            "Beslutades att socialsekreterare Sara fortsätter handlägga "
            "försörjningsstödet och tar upp sysselsättningskrav först efter sommaren.",
        ]),
        ("§ 8 Regionens insatser", [
            "Beslutades att sjuksköterska Eva tar urinprov varannan vecka med start "
            "2025-05-15. J. får se svaren vid besöket.",
            "Beslutades att Beroendemottagningen gör en bedömning av J:s sömn och tar "
            "ställning till om en neuropsykiatrisk utredning behövs.",
        ]),
        ("§ 9 Huvudansvar", [
            "Beslutades att socialtjänsten har huvudansvaret för planen.",
        ]),
        ("§ 10 Nästa möte", [
            "Nästa möte hålls 2025-06-17 kl. 13.30 i samma lokal. Sara skickar kallelse. "
            "Mötet förklarades avslutat.",
        ]),
    ]
    for head, paras in sections:
        L.append("")
        L.append(head)
        for ptxt in paras:
            if ptxt.startswith("- "):
                L.append(textwrap.fill(ptxt, W, subsequent_indent="  "))
            else:
                L.append(para(ptxt))
    L.append("")
    L.append("-" * W)
    L.append("Vid protokollet:  Sara, socialsekreterare")
    L.append("Justeras:         Ahmed")
    L.append("Protokollet skickas till deltagarna och sparas i akten.")
    text = "\r\n".join("\n".join(L).split("\n")) + "\r\n"
    with open(os.path.join(OUT, P + "03.txt"), "wb") as f:
        f.write(text.encode("cp1252"))


# ================================================================ 04 MD follow-up
def make_04():
    md = """# Uppföljning av SIP – G., 81 år

**Datum för uppföljning:** 2025-09-23
**Kommun/region:** Ystads kommun / Region Skåne
**Ursprunglig plan upprättad:** 2025-06-10 (efter utskrivning från strokeenheten, Lasarettet i Ystad)

G:s mål:

> ”Jag vill kunna ta mig ner till hamnen själv och fika, som förut. Och jag vill klara duschen utan att någon står bredvid.”

## Så har det gått

| Insats | Ansvarig | Hur har det gått? | Fortsätter? |
|---|---|---|---|
| Hemtjänst morgon och kväll, hjälp med av- och påklädning | Hemtjänst Ystad öster | Fungerar bra. G. tycker att morgonbesöket kommer för tidigt (07.15). | ✔ (tid flyttas till ca 08.00) |
| Hjälp med dusch två gånger i veckan | Hemtjänst Ystad öster | G. klarar nu att tvätta sig själv sittande på duschpall, behöver hjälp med ryggen. | ✔ men minskas till en gång/vecka |
| Trygghetslarm | Kommunen | Har inte behövt använda det. Vill ha kvar. | ✔ |
| Hemrehabilitering, gångträning två gånger i veckan | Fysioterapeut, hemrehab Ystads kommun | Går nu ca 400 meter med rollator. Målen för hemrehab uppnådda. | ✖ avslutas, hemprogram lämnat |
| Logopedträning (afasi, lätt) | Logoped, Lasarettet i Ystad | Talet har blivit mycket bättre, hittar ibland inte ord när han är trött. | ✖ avslutad 2025-09-05 |
| Läkemedelsgenomgång och blodtryckskontroller | Distriktssköterska, Vårdcentralen Ystad | Blodtrycket välinställt. Dosett fylls av apoteket. | ✔ |
| Handla och följa med på läkarbesök | Dottern K. | K. handlar varje lördag och kör G. till vårdcentralen. | ✔ |
| Hemövningar från fysioterapeuten | G. själv | Gör övningarna de flesta dagar, hoppar över när det regnar. | ✔ |

## Nya insatser

- Dagverksamhet två dagar i veckan (tisdag och torsdag) för social samvaro och fortsatt träning – biståndshandläggare, Ystads kommun. Start 2025-10-07.
- Utprovning av rollator för utomhusbruk och stödhandtag vid ytterdörren.
- Remiss till ögonmottagningen, Lasarettet i Ystad, för synfältsundersökning (G. stöter i saker på vänster sida) – läkare, Vårdcentralen Ystad. Skickas senast 2025-09-30.
- Dottern K. tar reda på om det finns färdtjänst till hamnen och ansöker tillsammans med G.

## Nästa uppföljning

Nästa uppföljning: **2025-11-18 kl. 10.00**, hemma hos G.
"""
    with open(os.path.join(OUT, P + "04.md"), "w", encoding="utf-8") as f:
        f.write(md)


# ================================================================ 05 DOCX discharge SIP with content controls
_sdt_id = [41000]


def add_sdt_run(paragraph, alias, value=None, placeholder="Klicka eller tryck här för att ange text."):
    """Inline content control (w:sdt) in a paragraph. Empty ones show their placeholder."""
    _sdt_id[0] += 1
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    a = OxmlElement("w:alias"); a.set(qn("w:val"), alias); pr.append(a)
    tg = OxmlElement("w:tag"); tg.set(qn("w:val"), alias.lower().replace(" ", "_")); pr.append(tg)
    i = OxmlElement("w:id"); i.set(qn("w:val"), str(_sdt_id[0])); pr.append(i)
    if value is None:
        sp = OxmlElement("w:showingPlcHdr"); pr.append(sp)
    txt = OxmlElement("w:text"); txt.set(qn("w:multiLine"), "1"); pr.append(txt)
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    lines = [placeholder] if value is None else value.split("\n")
    for k, line in enumerate(lines):
        r = OxmlElement("w:r")
        rpr = OxmlElement("w:rPr")
        if value is None:
            rs = OxmlElement("w:rStyle"); rs.set(qn("w:val"), "PlaceholderText"); rpr.append(rs)
        r.append(rpr)
        if k > 0:
            r.append(OxmlElement("w:br"))
        t = OxmlElement("w:t"); t.set(qn("xml:space"), "preserve"); t.text = line
        r.append(t)
        content.append(r)
    sdt.append(content)
    paragraph._p.append(sdt)


def make_05():
    doc = base_doc("Arial", 10)
    ph = doc.styles.add_style("Placeholder Text", WD_STYLE_TYPE.CHARACTER)
    ph.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Region Blekinge  |  Karlskrona kommun\tSIP vid utskrivning\t"
    page_field(hp, "PAGE")
    hp.add_run(" (")
    page_field(hp, "NUMPAGES")
    hp.add_run(")")
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Mall: SIP utskrivning sluten psykiatrisk vård, Blekinge, version 2024-03. Sekretess enligt OSL 25 och 26 kap."
    fp.runs[0].font.size = Pt(7)

    doc.add_heading("Samordnad individuell plan (SIP) vid utskrivning", level=1)
    p = doc.add_paragraph("Från sluten psykiatrisk vård enligt lag (2017:612) om samverkan vid utskrivning "
                          "från sluten hälso- och sjukvård, 4 kap.")
    p.runs[0].italic = True

    def field(label, alias, value=None, table=None):
        if table is not None:
            row = table.add_row().cells
            row[0].text = ""
            rr = row[0].paragraphs[0].add_run(label)
            rr.bold = True
            set_cell_shading(row[0], "DCE6F1")
            add_sdt_run(row[1].paragraphs[0], alias, value)
            return
        bp = doc.add_paragraph()
        rr = bp.add_run(label)
        rr.bold = True
        bp.paragraph_format.space_after = Pt(0)
        vp = doc.add_paragraph()
        add_sdt_run(vp, alias, value)

    doc.add_heading("1. Personuppgifter och vårdtillfälle", level=2)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    field("Namn", "Namn", "M.", t)
    field("Personnummer", "Personnummer", "XXXXXX-XXXX", t)
    field("Vårdenhet", "Vardenhet", "Psykiatriska kliniken Karlskrona, vårdavdelning 3", t)
    field("Inskrivningsdatum", "Inskrivning", "2025-08-18", t)
    field("Utskrivningsklar", "Utskrivningsklar", "2025-09-10", t)
    field("Datum för SIP-möte", "Motesdatum", "2025-09-08", t)
    field("Närstående som deltar", "Narstaende", None, t)
    for row in t.rows:
        row.cells[0].width = Cm(5)
        row.cells[1].width = Cm(11.5)

    doc.add_heading("2. Deltagare", level=2)
    dt = doc.add_table(rows=1, cols=3)
    dt.style = "Table Grid"
    for c, txt in zip(dt.rows[0].cells, ("Namn", "Funktion", "Verksamhet")):
        c.text = ""
        c.paragraphs[0].add_run(txt).bold = True
        set_cell_shading(c, "DCE6F1")
    set_repeat_header(dt.rows[0])
    for n, f, v in [
        ("M.", "Den enskilde", "–"),
        ("Karin", "Sjuksköterska", "Vårdavdelning 3, Psykiatriska kliniken Karlskrona"),
        ("Per", "Överläkare", "Vårdavdelning 3, Psykiatriska kliniken Karlskrona"),
        ("Hanna", "Sjuksköterska", "Vuxenpsykiatrin Karlskrona, öppenvårdsmottagningen"),
        ("Elin", "Biståndshandläggare", "Socialpsykiatrin, Karlskrona kommun"),
        ("Tobias", "Boendestödjare", "Socialpsykiatrin, Karlskrona kommun"),
    ]:
        cs = dt.add_row().cells
        cs[0].text, cs[1].text, cs[2].text = n, f, v

    doc.add_heading("3. Syfte och frågeställningar", level=2)
    field("Syfte med planen", "Syfte", "Samordning inför utskrivning.")
    field("Frågeställningar", "Fragestallningar", None)

    doc.add_heading("4. Den enskildes mål och synpunkter", level=2)
    field("Mitt mål (med egna ord)", "Mal",
          "”Jag vill hem till min lägenhet och orka gå till träffpunkten igen. Jag vill inte bli inlagd "
          "igen i vinter.”")
    field("Den enskildes delaktighet och önskemål", "Synpunkter",
          "M. deltog i hela mötet. Hon önskar att boendestödet kommer på eftermiddagar och att det så "
          "långt det går är samma personal. Hon är orolig för att vara ensam den första helgen hemma och "
          "vill ha ett telefonsamtal från mottagningen på fredagen.")
    field("Samtycke", "Samtycke",
          "Skriftligt samtycke till SIP och informationsöverföring mellan Region Blekinge och Karlskrona "
          "kommun, undertecknat av M. 2025-09-02 på avdelningen (blankett inskannad i journalen).")

    doc.add_heading("5. Insatser efter utskrivning", level=2)
    it = doc.add_table(rows=1, cols=3)
    it.style = "Table Grid"
    for c, txt in zip(it.rows[0].cells, ("Insats", "Ansvarig (verksamhet/funktion)", "Start / tidpunkt")):
        c.text = ""
        c.paragraphs[0].add_run(txt).bold = True
        set_cell_shading(c, "DCE6F1")
    set_repeat_header(it.rows[0])
    for a, b, c in [
        ("Antipsykotisk depåinjektion var 14:e dag",
         "Sjuksköterska, Vuxenpsykiatrin Karlskrona öppenvårdsmottagning",
         "Första injektion på mottagningen 2025-09-17"),
        ("Telefonsamtal första helgen efter utskrivning",
         "Sjuksköterska, Vuxenpsykiatrin Karlskrona öppenvårdsmottagning", "2025-09-12"),
        ("Läkarbesök, uppföljning av medicinering och sömn",
         "Läkare, Vuxenpsykiatrin Karlskrona öppenvårdsmottagning", "2025-10-01"),
        ("Boendestöd tre eftermiddagar i veckan: matlagning, städning, tvätt, stöd att hålla tider",
         "Boendestöd, Socialpsykiatrin Karlskrona kommun", "Från 2025-09-11"),
        ("Återgång till träffpunkten (sysselsättning), nytt beslut om insatsen",
         "Biståndshandläggare, Socialpsykiatrin Karlskrona kommun", ""),
    ]:
        cs = it.add_row().cells
        cs[0].text, cs[1].text, cs[2].text = a, b, c

    doc.add_heading("6. Andra aktörer och ansvar", level=2)
    field("Andra aktörers insatser (t.ex. FK, AF, god man, närstående)", "AndraAktorer", None)
    field("Huvudansvarig för planen", "Huvudansvar", "Psykiatrin")

    doc.add_heading("7. Uppföljning", level=2)
    field("Datum för uppföljning", "Uppfoljning",
          "2025-10-07 kl. 14.00, Vuxenpsykiatrin Karlskrona öppenvårdsmottagning")
    field("Planen upprättad av", "Upprattad", "Karin, sjuksköterska, vårdavdelning 3 – 2025-09-08")
    doc.save(os.path.join(OUT, P + "05.docx"))


# ================================================================ 06 HTML -> PDF
def make_06():
    rows = [
        ("Person", "A., 15 år, elev i årskurs 9, Lunds kommun"),
        ("Datum och plats", "2025-09-16, BUP Lund"),
        ("Deltagare", "A., mamma, pappa, behandlare, läkare, skolsköterska, kurator och socialsekreterare."),
        ("Bakgrund",
         "A. har sedan våren 2025 en restriktiv ätstörning (anorexia nervosa) och behandlas på "
         "Ätstörningsenheten, BUP Lund sedan juni. Hon gick ner ca 9 kg under våren och låg inne på "
         "BUP:s slutenvård i fyra veckor i juli–augusti. Sedan skolstarten har frånvaron varit ca 40 %, "
         "främst på eftermiddagar och idrottslektioner. Lunchen i skolan fungerar inte. Familjen har "
         "sökt stöd hos socialtjänsten för att orka med måltidsstödet hemma."),
        ("Syfte",
         "Syftet med planen är att A:s ätstörningsbehandling och skolgången i årskurs 9 ska hänga ihop, "
         "så att hon får i sig lunch och mellanmål under skoldagen och kan klara sina betyg till våren."),
        ("Frågeställningar", "Diskutera läget och hur skolan fungerar."),
        ("Mål", "Målet är att A. ska nå en stabil vikt, äta alla måltider och gå i skolan på heltid."),
        ("Delaktighet", "A. deltog i mötet tillsammans med mamma och pappa."),
        ("Samtycke", "Samtycke finns."),
        ("Insatser",
         "<ul>"
         "<li><b>Ätstörningsenheten, BUP Lund (behandlare):</b> familjebaserad behandling (FBT) en gång i "
         "veckan, tisdagar kl. 15.00, fr.o.m. 2025-09-23.</li>"
         "<li><b>Ätstörningsenheten, BUP Lund (läkare):</b> medicinsk kontroll av vikt, puls och blodtryck "
         "varannan vecka, nästa 2025-09-25.</li>"
         "<li><b>Elevhälsan, skolan (skolsköterska):</b> A. äter lunch i ett mindre rum tillsammans med "
         "skolsköterskan måndag–fredag fr.o.m. 2025-09-22. Ingen vägning i skolan.</li>"
         "<li><b>Elevhälsan, skolan (kurator):</b> stödsamtal varannan fredag fr.o.m. 2025-09-26.</li>"
         "<li><b>Skolan (mentor):</b> anpassad idrott (promenad i stället för bollsport) och plan för "
         "att ta igen missade prov, klar 2025-10-03.</li>"
         "<li><b>Socialtjänsten Lund, Barn och familj (socialsekreterare):</b> utreder föräldrarnas "
         "ansökan om familjebehandlare, beslut senast 2025-10-31.</li>"
         "</ul>"),
        ("Andra aktörer", "Mamma och pappa stöttar A. hemma."),
        ("Uppföljning", "Uppföljning vecka 47."),
    ]
    trs = "\n".join(
        f'<tr><td class="h" valign="top" width="22%" align="right"><p><b><font color="#7a2e6e">{h}</font></b></p></td>'
        f'<td class="t" valign="top" width="78%"><p>{t}</p></td></tr>' if not t.startswith("<ul>") else
        f'<tr><td class="h" valign="top" width="22%" align="right"><p><b><font color="#7a2e6e">{h}</font></b></p></td>'
        f'<td class="t" valign="top" width="78%">{t}</td></tr>' for h, t in rows)
    html = f"""<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8">
<title>SIP – A., Lund</title>
<style>
 @page {{ size: A4; margin: 18mm 18mm 18mm 18mm; }}
 body {{ font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; color: #222; }}
 .banner {{ background: #7a2e6e; color: #fff; padding: 10px 14px; }}
 .banner h1 {{ margin: 0; font-size: 18pt; }}
 .banner p {{ margin: 2px 0 0 0; font-size: 9.5pt; }}
 table.two {{ width: 100%; border-collapse: collapse; margin-top: 12px; border: none; }}
 td {{ vertical-align: top; padding: 6px 8px; border: none; }}
 td.h {{ width: 22%; font-weight: bold; color: #7a2e6e; text-align: right; }}
 td.t {{ width: 78%; }}
 ul {{ margin: 0; padding-left: 16px; }}
 li {{ margin-bottom: 4px; }}
 .foot {{ font-size: 8pt; color: #666; margin-top: 18px; }}
</style></head>
<body>
<table class="banner" width="100%" bgcolor="#7a2e6e"><tr><td>
<h1><font face="DejaVu Sans" color="#ffffff">Samordnad individuell plan – SIP</font></h1>
<p><font color="#ffffff">Lunds kommun &middot; Region Skåne</font></p>
</td></tr></table>
<table class="two" border="0" cellpadding="6" width="100%">
<colgroup><col width="22%"><col width="78%"></colgroup>
{trs}
</table>
<p class="foot">Planen har upprättats på mötet 2025-09-16 och skickas till samtliga deltagare.</p>
</body></html>
"""
    src = os.path.join(HERE, "build")
    os.makedirs(src, exist_ok=True)
    hp = os.path.join(src, P + "06.html")
    with open(hp, "w", encoding="utf-8") as f:
        f.write(html)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-f62a", "--headless",
                    "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export",
                    "--outdir", src, hp],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    shutil.copy(os.path.join(src, P + "06.pdf"), os.path.join(OUT, P + "06.pdf"))


# ================================================================ 07 DOCX empty template
PH = "Klicka här för att ange text."


def make_07():
    doc = base_doc("Calibri", 11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Region Blekinge och Blekinges kommuner\tGemensam mall SIP\tVersion 2024-01"
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Blanketten fylls i under SIP-mötet. Original förvaras hos huvudansvarig, kopia till den enskilde. Sida "
    page_field(fp, "PAGE")
    for r in fp.runs:
        r.font.size = Pt(8)

    h = doc.add_paragraph()
    r = h.add_run("SAMORDNAD INDIVIDUELL PLAN – SIP")
    r.bold = True
    r.font.size = Pt(16)
    r.font.small_caps = True
    doc.add_paragraph("enligt 2 kap. 7 § socialtjänstlagen och 16 kap. 4 § hälso- och sjukvårdslagen").runs[0].italic = True

    top = doc.add_table(rows=2, cols=3)
    top.style = "Table Grid"
    labels = ("Den enskildes initialer", "Datum för SIP-möte", "Enhet som upprättar planen")
    vals = ("R.J.", "2025-05-14", "Vårdcentralen Ronneby")
    for i in range(3):
        c = top.cell(0, i)
        c.text = ""
        c.paragraphs[0].add_run(labels[i]).bold = True
        set_cell_shading(c, "D9E2F3")
        top.cell(1, i).text = vals[i]
    pr = doc.add_table(rows=1, cols=2)
    pr.style = "Table Grid"
    pr.cell(0, 0).text = "Personnummer: ÅÅMMDD-XXXX"
    pr.cell(0, 1).text = "Kommun: " + PH

    def part(title, hint, body=None):
        bold_para(doc, title, 12, 10)
        hp_ = doc.add_paragraph(hint)
        hp_.runs[0].italic = True
        hp_.runs[0].font.size = Pt(9)
        hp_.runs[0].font.color.rgb = RGBColor(0x59, 0x59, 0x59)
        if body is None:
            t = doc.add_table(rows=1, cols=1)
            t.style = "Table Grid"
            t.cell(0, 0).text = PH
            t.cell(0, 0).paragraphs[0].runs[0].font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        else:
            body()

    def deltagare():
        t = doc.add_table(rows=1, cols=3)
        t.style = "Table Grid"
        for c, txt in zip(t.rows[0].cells, ("Namn", "Funktion", "Verksamhet/huvudman")):
            c.text = ""
            c.paragraphs[0].add_run(txt).bold = True
            set_cell_shading(c, "D9E2F3")
        set_repeat_header(t.rows[0])
        for _ in range(5):
            cs = t.add_row().cells
            for c in cs:
                c.text = PH
                c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0x80, 0x80, 0x80)

    def samtycke():
        doc.add_paragraph("☐ Muntligt samtycke     ☐ Skriftligt samtycke     ☐ Samtycke från vårdnadshavare")
        doc.add_paragraph("Datum för samtycke: ÅÅÅÅ-MM-DD")

    def delaktighet():
        doc.add_paragraph("☐ Deltog på mötet     ☐ Deltog delvis     ☐ Deltog inte, orsak: " + PH)
        doc.add_paragraph("Den enskildes synpunkter: " + PH)

    def insatser():
        t = doc.add_table(rows=1, cols=4)
        t.style = "Table Grid"
        for c, txt in zip(t.rows[0].cells, ("Insats/åtgärd", "Ansvarig verksamhet och funktion",
                                            "När/hur ofta", "Huvudman")):
            c.text = ""
            c.paragraphs[0].add_run(txt).bold = True
            set_cell_shading(c, "D9E2F3")
        set_repeat_header(t.rows[0])
        for _ in range(4):
            cs = t.add_row().cells
            for c in cs[:3]:
                c.text = PH
                c.paragraphs[0].runs[0].font.color.rgb = RGBColor(0x80, 0x80, 0x80)
            cs[3].text = "☐ Kommun ☐ Region ☐ Annan"

    def uppf():
        doc.add_paragraph("Datum för uppföljning: ÅÅÅÅ-MM-DD     Tid: …     Plats: " + PH)
        doc.add_paragraph("☐ Den enskilde har fått en kopia av planen")

    part("1. Deltagare", "(Ange namn, funktion och verksamhet för samtliga deltagare, även närstående.)", deltagare)
    part("2. Samtycke", "(Ange om samtycke är muntligt eller skriftligt och när det lämnades.)", samtycke)
    part("3. Bakgrund", "(Kort beskrivning av den enskildes situation och behov av samordning.)")
    part("4. Syfte med SIP", "(Vad ska planen leda till för den enskilde?)")
    part("5. Frågeställningar", "(Vilka frågor behöver lösas på mötet?)")
    part("6. Den enskildes mål", "(Skriv målet med den enskildes egna ord.)")
    part("7. Den enskildes delaktighet", "(Deltog den enskilde? Vad tycker den enskilde?)", delaktighet)
    part("8. Insatser", "(Vad ska göras, av vem och när?)", insatser)
    part("9. Andra aktörers insatser", "(T.ex. Försäkringskassan, Arbetsförmedlingen, god man, närstående.)")
    part("10. Huvudansvar", "(Namn, funktion och verksamhet för den som har huvudansvar för planen.)")
    part("11. Uppföljning", "(Datum, tid och plats för uppföljning. Vem kallar?)", uppf)
    doc.save(os.path.join(OUT, P + "07.docx"))


# ================================================================ 08 DOCX employer's return-to-work plan (not a SIP)
def make_08():
    doc = base_doc("Calibri", 11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Norra Skånes Plåt & Ventilation AB\tPERSONAL – SEKRETESS\t"
    for r in hp.runs:
        r.font.size = Pt(8)
    doc.add_heading("Plan för återgång i arbete", level=0)
    doc.add_paragraph("Arbetsgivarens plan enligt 30 kap. 6 § socialförsäkringsbalken. Planen ska upprättas "
                      "senast dag 30 i sjukperioden om det kan antas att arbetstagarens arbetsförmåga är "
                      "nedsatt i minst 60 dagar. Försäkringskassan kan begära in planen.").runs[0].italic = True

    doc.add_heading("1. Uppgifter", level=1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [
        ("Arbetstagare", "P."),
        ("Personnummer", "XXXXXX-XXXX"),
        ("Befattning", "Ventilationsmontör, heltid, anställd sedan 2014"),
        ("Arbetsgivare", "Norra Skånes Plåt & Ventilation AB, Hässleholm"),
        ("Närmaste chef", "Arbetsledare Stefan"),
        ("Sjukskriven från", "2025-03-03 (100 %)"),
        ("Planen upprättad", "2025-03-28, i samråd med arbetstagaren"),
        ("Kontaktperson Försäkringskassan", "Handläggare, lokalt försäkringscenter (via kundcenter)"),
    ]:
        cs = t.add_row().cells
        cs[0].text = ""
        cs[0].paragraphs[0].add_run(a).bold = True
        set_cell_shading(cs[0], "EDEDED")
        cs[1].text = b

    doc.add_heading("2. Arbetsförmåga och begränsningar", level=1)
    doc.add_paragraph("P. opererades för diskbråck i ländryggen 2025-03-05. Enligt läkarintyget från "
                      "Vårdcentralen Hässleholm bedöms arbetsförmågan vara helt nedsatt till och med "
                      "2025-04-13. P. bör därefter undvika tunga lyft över 10 kg, arbete i framåtböjd "
                      "ställning och arbete på stege under minst åtta veckor.")
    doc.add_paragraph("P:s vanliga arbetsuppgifter innebär montage av kanaler och aggregat, ofta på stege "
                      "eller i trånga vindsutrymmen, vilket inte är möjligt under rehabiliteringstiden.")

    doc.add_heading("3. Åtgärder för återgång i arbete", level=1)
    at = doc.add_table(rows=1, cols=4)
    at.style = "Table Grid"
    for c, txt in zip(at.rows[0].cells, ("Åtgärd", "Ansvarig", "Från", "Till")):
        c.text = ""
        c.paragraphs[0].add_run(txt).bold = True
        set_cell_shading(c, "D9D9D9")
    set_repeat_header(at.rows[0])
    for row in [
        ("Arbetstid 25 % (förmiddagar) med arbetsuppgifter i lagret: beställningar, plock av mindre "
         "detaljer, mottagning av gods. Inga lyft över 10 kg.", "Arbetsledare Stefan", "2025-04-14", "2025-05-04"),
        ("Arbetstid 50 %. Som ovan samt arbetsberedning och materialplanering för montagelagen.",
         "Arbetsledare Stefan", "2025-05-05", "2025-06-01"),
        ("Arbetstid 75 %. Montagearbete i markplan tillsammans med kollega, ingen stege.",
         "Arbetsledare Stefan", "2025-06-02", "2025-06-29"),
        ("Ergonomisk genomgång av arbetsplatsen i lagret och lyftteknik.",
         "Företagshälsovården (fysioterapeut)", "2025-04-14", "2025-04-30"),
        ("Höj- och sänkbart arbetsbord i lagret köps in.", "VD", "2025-04-10", ""),
        ("P. fortsätter träningsprogrammet från fysioterapeuten på vårdcentralen.", "P.", "pågår", ""),
    ]:
        cs = at.add_row().cells
        for c, v in zip(cs, row):
            c.text = v

    doc.add_heading("4. Arbetstagarens synpunkter", level=1)
    doc.add_paragraph("P. vill gärna börja arbeta så snart som möjligt, men är orolig för att pressa ryggen "
                      "för tidigt. Han tycker att förmiddagar passar bäst eftersom han tränar på "
                      "eftermiddagarna. P. vill på sikt tillbaka till montagearbetet.")

    doc.add_heading("5. Kontakter", level=1)
    doc.add_paragraph("Försäkringskassan har informerats om planen per telefon 2025-03-31. Arbetsgivaren "
                      "anmäler sjukfallet och ändrad omfattning till Försäkringskassan. P. ansöker själv om "
                      "sjukpenning för den del han är sjukskriven. Vid behov bokas avstämningsmöte med "
                      "Försäkringskassan och behandlande läkare.")

    doc.add_heading("6. Uppföljning", level=1)
    doc.add_paragraph("Uppföljningssamtal mellan P. och arbetsledare 2025-04-25 och 2025-05-23. Planen "
                      "revideras om läkarintyget ändras.")

    doc.add_heading("7. Underskrifter", level=1)
    sg = doc.add_table(rows=2, cols=2)
    sg.style = "Table Grid"
    sg.cell(0, 0).text = "Arbetstagare\n\n\n____________________\nP."
    sg.cell(0, 1).text = "Arbetsgivare\n\n\n____________________\nStefan, arbetsledare"
    sg.cell(1, 0).text = "Ort och datum: Hässleholm 2025-03-28"
    sg.cell(1, 1).text = "Ort och datum: Hässleholm 2025-03-28"
    doc.save(os.path.join(OUT, P + "08.docx"))


def fix_zip_times(path):
    """Rewrite a .docx with fixed zip timestamps so repeated runs give identical bytes."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 2, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    make_01()
    make_02()
    make_03()
    make_04()
    make_05()
    make_06()
    make_07()
    make_08()
    for fn in sorted(os.listdir(OUT)):
        if fn.endswith(".docx"):
            fix_zip_times(os.path.join(OUT, fn))
    print("done")
