#!/usr/bin/env python
# -*- coding: utf-8 -*-
"""Generates the f62b batch of SIP documents (Dalarna and Jämtland) into plans/.

Run: /work/batches/.venv/bin/python generate.py
Deterministic: fixed dates and texts; no randomness. Document 07 is converted with LibreOffice.
"""

# ======================================================================
# common
# ======================================================================
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn


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
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), font)
    for sec in doc.sections:
        sec.page_width = Cm(21.0)
        sec.page_height = Cm(29.7)
    doc.core_properties.author = "Ej angiven"
    doc.core_properties.title = ""
    return doc


def fixed_props(doc, title):
    import datetime
    cp = doc.core_properties
    cp.title = title
    cp.created = datetime.datetime(2025, 1, 1, 8, 0, 0)
    cp.modified = datetime.datetime(2025, 1, 1, 8, 0, 0)
    cp.last_modified_by = "Ej angiven"
    cp.revision = 1


def landscape(section):
    section.orientation = WD_ORIENT.LANDSCAPE
    w, h = section.page_width, section.page_height
    if w < h:
        section.page_width, section.page_height = h, w


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


def set_cell(cell, text, bold=False, size=None, italic=False, color=None):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if i > 0:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    return cell


def para(doc_or_cell, text="", bold=False, size=None, italic=False, align=None, space_after=None, small_caps=False):
    p = doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        r.font.small_caps = small_caps
        if size:
            r.font.size = Pt(size)
    if align:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def label_para(doc, label, value, size=None):
    p = doc.add_paragraph()
    r = p.add_run(label)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    r2 = p.add_run(value)
    if size:
        r2.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(3)
    return p


def header_text(section, left, right=None, size=8):
    hdr = section.header
    p = hdr.paragraphs[0]
    p.text = ""
    r = p.add_run(left)
    r.font.size = Pt(size)
    if right:
        r2 = p.add_run("\t\t" + right)
        r2.font.size = Pt(size)
    return p


def add_page_field(paragraph, size=8):
    """Adds 'Sida X (Y)' with PAGE / NUMPAGES fields."""
    def fld(instr):
        r = paragraph.add_run()
        r.font.size = Pt(size)
        b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin")
        i = OxmlElement("w:instrText"); i.set(qn("xml:space"), "preserve"); i.text = instr
        s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate")
        t = OxmlElement("w:t"); t.text = "1"
        e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end")
        r._r.append(b); r._r.append(i); r._r.append(s); r._r.append(t); r._r.append(e)
    r = paragraph.add_run("Sida "); r.font.size = Pt(size)
    fld("PAGE")
    r = paragraph.add_run(" ("); r.font.size = Pt(size)
    fld("NUMPAGES")
    r = paragraph.add_run(")"); r.font.size = Pt(size)


def sdt_placeholder(paragraph, placeholder="Klicka eller tryck här för att ange text.", tag="fält"):
    """Appends an empty plain-text content control showing its placeholder."""
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    alias = OxmlElement("w:alias"); alias.set(qn("w:val"), tag)
    tg = OxmlElement("w:tag"); tg.set(qn("w:val"), tag)
    sph = OxmlElement("w:showingPlcHdr")
    txt = OxmlElement("w:text")
    pr.append(alias); pr.append(tg); pr.append(sph); pr.append(txt)
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    col = OxmlElement("w:color"); col.set(qn("w:val"), "808080")
    rpr.append(col)
    t = OxmlElement("w:t"); t.text = placeholder
    r.append(rpr); r.append(t)
    content.append(r)
    sdt.append(pr); sdt.append(content)
    paragraph._p.append(sdt)


def col_widths(table, widths_cm):
    table.autofit = False
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)

# ======================================================================
# p01
# ======================================================================
# Plan 01: e-mail thread export (UTF-8, LF)
import textwrap

def quote(text, prefix="> "):
    out = []
    for line in text.split("\n"):
        out.append((prefix + line).rstrip() if line else prefix.rstrip())
    return "\n".join(out)

DRAFT = """Hej alla,

Tack för mötet igår. Här kommer ett utkast till planen som jag lovade.
Hör av er senast fredag om något behöver ändras, så skickar jag ut en
slutlig version efter det.

SIP - UTKAST

Datum för möte: 2025-04-08, Vuxenenheten Borlänge
Närvarande: Jonas, Karin, Lena, Mats (via Teams) och Eva
Syfte: Samordning.

Bakgrund
Jonas är 37 år och har varit sjukskriven på heltid sedan oktober 2024
för medelsvår depression. Han bor ensam i lägenhet i Borlänge och har
kontakt med Psykiatrimottagningen Borlänge sedan november. Han är
anställd som lagerarbetare men har inte varit på arbetsplatsen sedan i
höstas. Sedan januari finns en hyresskuld som oroar honom mycket.
Sjukpenningen har passerat dag 180 och FK ska pröva arbetsförmågan mot
hela arbetsmarknaden längre fram.

Jonas om sin situation
Jonas berättade att han sover dåligt, att dagarna flyter ihop och att
han skäms över skulden. Han tycker det är för tidigt att prata om
heltid men vill börja någonstans. Med hans egna ord:
"Jag vill orka gå upp på morgonen och kunna jobba lite igen, kanske 25
procent efter sommaren. Och jag vill få ordning på hyran så jag slipper
vara rädd för att bli av med lägenheten."

Insatser (utkast)
1. KBT hos psykolog, Psykiatrimottagningen Borlänge, 1 gång/vecka,
   start v. 17.
2. Läkaren på Psykiatrimottagningen ser över medicineringen.
3. Budget- och skuldrådgivning, Vuxenenheten, första tid 2025-04-23.
4. Boendestöd 2 timmar/vecka. Jonas ansöker med hjälp av Karin.
5. FK: avstämningsmöte med Jonas och arbetsgivaren.
6. Jonas: promenad varje dag och sömndagbok som han tar med till
   psykologen.

Uppföljning: 2025-05-20 kl. 13.30 på Vuxenenheten.

Hälsningar
Karin"""

REPLY_LENA = """Hej Karin,

Tack för utkastet! Några ändringar från psykiatrins sida:

- Psykologen kan tyvärr inte börja förrän måndag 2025-05-05, det är
  fullt i april.
- Läkartid för medicingenomgången är inte bokad än, jag återkommer när
  jag vet mer.

Mats sa också efter mötet att han inte kan den 20/5, så vi behöver nog
hitta en annan dag för uppföljningen.

Mvh Lena"""

FINAL = """Hej igen,

Tack för synpunkterna. Nedan är den plan vi är överens om, den ersätter
utkastet. Jonas var här på besök idag och vi gick igenom den tillsammans.
Han tycker att den stämmer och vill hellre börja med budgetrådgivningen
än med boendestödet, därför har vi bytt ordning på punkterna.

ÖVERENSKOMMEN PLAN 2025-04-14

1. Budget- och skuldrådgivning, Vuxenenheten Borlänge kommun.
   Första tid 2025-04-23, därefter varannan vecka.
2. KBT hos psykolog, Psykiatrimottagningen Borlänge, 1 gång/vecka.
   Start 2025-05-05.
3. Medicingenomgång hos läkare, Psykiatrimottagningen Borlänge.
   Tid bokas senare.
4. Boendestöd 2 timmar/vecka, boendestödsteamet Vuxenenheten. Ansökan
   lämnas in 2025-04-16 (Jonas och socialsekreterare), start tidigast
   2025-05-12 om beslut fattas.
5. Försäkringskassan: handläggaren kallar Jonas och arbetsgivaren till
   avstämningsmöte i juni inför eventuell arbetsträning på 25 procent
   efter semestern.
6. Jonas själv: promenad 30 minuter varje dag och sömndagbok som han
   tar med till psykologen.

Uppföljning: den 20/5 går inte för FK. Vi tar en ny tid i juni när Mats
vet sitt schema, jag skickar kallelse.

Hälsningar
Karin"""


def make_p01(path):
    msgs = []
    msgs.append(("Karin <[e-post borttagen]>",
                 "Lena <[e-post borttagen]>; Mats <[e-post borttagen]>; Eva <[e-post borttagen]>",
                 "Cc: Jonas <[e-post borttagen]>",
                 "Wed, 9 Apr 2025 08:14:32 +0200",
                 "SIP Jonas - utkast efter mötet 8/4",
                 DRAFT))
    lena = REPLY_LENA + "\n\n" + \
        "Den 9 apr. 2025 kl. 08:14 skrev Karin <[e-post borttagen]>:\n" + quote(DRAFT)
    msgs.append(("Lena <[e-post borttagen]>",
                 "Karin <[e-post borttagen]>",
                 "Cc: Mats <[e-post borttagen]>; Eva <[e-post borttagen]>",
                 "Thu, 10 Apr 2025 15:02:10 +0200",
                 "Re: SIP Jonas - utkast efter mötet 8/4",
                 lena))
    final = FINAL + "\n\n" + \
        "Den 10 apr. 2025 kl. 15:02 skrev Lena <[e-post borttagen]>:\n" + quote(lena)
    msgs.append(("Karin <[e-post borttagen]>",
                 "Lena <[e-post borttagen]>; Mats <[e-post borttagen]>; Eva <[e-post borttagen]>",
                 "Cc: Jonas <[e-post borttagen]>",
                 "Mon, 14 Apr 2025 16:47:55 +0200",
                 "Re: SIP Jonas - utkast efter mötet 8/4",
                 final))
    out = []
    out.append("Exporterad konversation: \"SIP Jonas - utkast efter mötet 8/4\" (3 meddelanden)")
    out.append("Exportdatum: 2025-04-15")
    out.append("=" * 72)
    for i, (fr, to, cc, date, subj, body) in enumerate(msgs, 1):
        out.append("")
        out.append(f"Meddelande {i} av {len(msgs)}")
        out.append(f"From: {fr}")
        out.append(f"To: {to}")
        out.append(cc)
        out.append(f"Date: {date}")
        out.append(f"Subject: {subj}")
        out.append("")
        out.append(body)
        out.append("")
        out.append("-" * 72)
    text = "\n".join(out) + "\n"
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)

# ======================================================================
# p02
# ======================================================================
# Plan 02: landscape docx, one big actor x topic table


def make_p02(path):
    doc = base_doc("Arial", 10)
    fixed_props(doc, "SIP Elias")
    sec = doc.sections[0]
    landscape(sec)
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin = Cm(1.5); sec.bottom_margin = Cm(1.5)
    hp = header_text(sec, "Falu kommun  |  Region Dalarna  |  Samordnad individuell plan (SIP)", size=8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_page_field(fp)

    p = para(doc, "Samordnad individuell plan – SIP", bold=True, size=16, space_after=2)
    p = para(doc, "Barn och unga, Falun", italic=True, size=10, space_after=8)

    label_para(doc, "Barn: ", "Elias, 13 år, åk 7. Personnummer: ÅÅMMDD-XXXX")
    label_para(doc, "Vårdnadshavare: ", "Mamma och pappa (gemensam vårdnad, bor växelvis)")
    label_para(doc, "Datum för mötet: ", "2025-03-11, kl. 14.00–15.30, Socialtjänsten Falun, Barn- och familjeenheten")
    label_para(doc, "Syfte: ", "Gemensam bild och samordning.")

    para(doc, "Frågor inför mötet", bold=True, space_after=2)
    para(doc, "Hur kan Elias komma tillbaka till skolan efter sportlovet, och vad behöver "
              "skolan ändra för att han ska orka hela dagar? Behöver ADHD-medicineringen ses över "
              "eftersom han somnar först efter midnatt och inte kommer upp på morgnarna?", space_after=6)

    para(doc, "Bakgrund", bold=True, space_after=2)
    para(doc, "Elias fick sin ADHD-diagnos på BUP Falun hösten 2023 och har medicinering sedan dess. "
              "Från höstterminen 2024 har frånvaron ökat och ligger nu på drygt 40 % (mest hela dagar "
              "måndag och fredag). Det har blivit fler konflikter hemma på morgnarna. Skolan har gjort en "
              "orosanmälan i januari och socialtjänsten har inlett en utredning enligt 11 kap. 1 § SoL, "
              "som nu är avslutad med beslut om familjebehandling. Elias var med på första delen av mötet "
              "tillsammans med mamma.", space_after=6)

    para(doc, "Planen – vem gör vad", bold=True, size=11, space_after=4)

    actors = ["Kommunen", "Regionen", "Skolan", "Familjen"]
    rows = [
        ("Mål", [
            "Att Elias och föräldrarna får stöd hemma så att morgnarna fungerar och konflikterna minskar.",
            "Att Elias medicinering fungerar över hela dagen och att han sover bättre.",
            "Att Elias är i skolan minst tre hela dagar i veckan före påsklovet och sedan ökar.",
            "Att Elias kommer iväg till skolan i tid och att det blir lugnare hemma.",
        ]),
        ("Insats", [
            "Familjebehandling i hemmet 1 gång/vecka, fokus på morgonrutiner och konflikthantering.",
            "Medicinuppföljning och bedömning av sömnen, ev. justering av dos och tidpunkt.",
            "Anpassat schema (börjar kl. 9.30 mån och fre), fast plats i studiehallen, elevhälsan kartlägger frånvaron vecka för vecka.",
            "Mamma väcker Elias 06.45 och följer honom till bussen. Pappa hämtar på torsdagar och går igenom veckans läxor.",
        ]),
        ("Vem", [
            "Familjebehandlare, Familjeteamet, Socialtjänsten Falun",
            "Regionen",
            "Mentor och skolkurator på Elias skola",
            "Mamma och pappa",
        ]),
        ("När", [
            "Start v. 12, 1 gång/vecka t.o.m. juni",
            "Läkarbesök 2025-03-25",
            "Från 2025-03-17",
            "Varje skoldag från 2025-03-17",
        ]),
    ]
    t = doc.add_table(rows=1 + len(rows), cols=5)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = t.rows[0]
    repeat_header(hdr)
    set_cell(hdr.cells[0], "", bold=True)
    shade(hdr.cells[0], "1F4E79")
    for i, a in enumerate(actors, 1):
        set_cell(hdr.cells[i], a, bold=True, color="FFFFFF")
        shade(hdr.cells[i], "1F4E79")
    for ri, (topic, vals) in enumerate(rows, 1):
        r = t.rows[ri]
        set_cell(r.cells[0], topic, bold=True)
        shade(r.cells[0], "DDEBF7")
        for ci, v in enumerate(vals, 1):
            set_cell(r.cells[ci], v)
    col_widths(t, [2.2, 6.2, 5.6, 6.2, 5.8])

    para(doc, "", space_after=2)
    p = doc.add_paragraph()
    r = p.add_run("Huvudansvarig för planen: "); r.bold = True
    sdt_placeholder(p, tag="Huvudansvarig")
    p = doc.add_paragraph()
    r = p.add_run("Uppföljning: "); r.bold = True
    r2 = p.add_run("ÅÅÅÅ-MM-DD"); r2.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
    p = para(doc, "Planen skrivs ut och lämnas till familjen.", italic=True, size=9)
    doc.save(path)

# ======================================================================
# p03
# ======================================================================
# Plan 03: TakeCare journal print (fpdf2)
from fpdf import FPDF

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONTM = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"


class TCPrint(FPDF):
    def header(self):
        self.set_font("dv", "B", 10)
        self.cell(40, 6, "TakeCare", border=0)
        self.set_font("dv", "", 9)
        self.cell(90, 6, "Journalutskrift – Journaltext", border=0, align="C")
        self.cell(0, 6, f"Sida {self.page_no()} ({{nb}})", border=0, align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.set_font("dv", "", 8)
        self.cell(130, 4.5, "Patient: [namn], XXXXXX-XXXX", border=0)
        self.cell(0, 4.5, "Utskrivet: 2025-03-06 11:05", border=0, align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.cell(130, 4.5, "Vårdenhet: Psykiatrimottagningen Ludvika, Region Dalarna", border=0)
        self.cell(0, 4.5, "Utskrivet av: Kurator", border=0, align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.set_line_width(0.4)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(4)

    def footer(self):
        self.set_y(-12)
        self.set_font("dv", "", 7)
        self.cell(0, 4, "Sekretess enligt OSL 25 kap.  Urval: Journaltext, Psykiatrimottagningen Ludvika, "
                  "2025-02-20 – 2025-03-06.", align="C")


ENTRIES = [
    ("2025-02-20 14:30", "Sjuksköterska, Psykiatrimottagningen Ludvika", "Mottagningsbesök",
     "Sjuksköterska [namn]", [
        ("Aktuellt", "Pat utskriven från psykiatrisk heldygnsvård i Säter 2025-02-14 efter drygt tre "
                     "veckors vårdtid. Inlagd efter allvarlig självskada (skärsår vä underarm som krävde "
                     "sutur på akuten i Falun). Kommer ensam till återbesöket. Uppger att hon sover 4–5 "
                     "timmar per natt och att självskadorna oftast skett sent på kvällen. Såret läkt."),
        ("Bedömning", "Ingen akut suicidrisk bedöms idag, se strukturerad suicidriskbedömning i "
                      "separat anteckning. Kvarstående risk för självskada, framför allt kvällar och helger."),
        ("Samtycke", "Pat informerad om vad en SIP är. Lämnar muntligt samtycke till att SIP upprättas "
                     "och till informationsutbyte mellan Psykiatrimottagningen Ludvika och Socialtjänsten "
                     "Ludvika, Vuxenenheten. Pat har även undertecknat blanketten \"Samtycke till SIP\" "
                     "2025-02-20, skannad till journalen."),
        ("Planering", "Kurator kallar till SIP-möte. Krisplan upprättas vid nästa besök."),
    ]),
    ("2025-02-24 09:05", "Kurator, Psykiatrimottagningen Ludvika", "Administrativ anteckning",
     "Kurator [namn]", [
        ("Planering", "Kallelse till SIP-möte 2025-03-04 kl. 09.00 skickad till pat och till "
                      "Socialtjänsten Ludvika, Vuxenenheten."),
    ]),
    ("2025-03-04 10:12", "Kurator, Psykiatrimottagningen Ludvika", "SIP",
     "Kurator [namn]", [
        ("Deltagare", "Pat, Linnea, Johan, Fatima och undertecknad."),
        ("Syfte", "Syftet med SIP är att samordna psykiatrins och socialtjänstens insatser efter "
                  "utskrivningen från heldygnsvården i Säter, så att pat inte själv behöver hålla ihop "
                  "sina kontakter under en period då risken för ny självskada bedöms som förhöjd."),
        ("Aktuellt", "Pat deltog under hela mötet. Var tystlåten men följde samtalet. Inga nya "
                     "självskador sedan utskrivningen enligt uppgift."),
        ("Planering", "Överenskomna insatser:\n"
                      "- Krisplan upprättas: sjuksköterska, Psykiatrimottagningen Ludvika, 2025-03-11.\n"
                      "- Färdighetsträning i grupp (DBT-inspirerad) 1 gång/vecka: psykolog, "
                      "Psykiatrimottagningen Ludvika, start 2025-03-18, 12 tillfällen.\n"
                      "- Läkarbedömning av sömnmedicineringen: läkare, Psykiatrimottagningen Ludvika, "
                      "2025-03-25.\n"
                      "- Boendestöd 2 gånger/vecka: handläggare, Socialtjänsten Ludvika Vuxenenheten, "
                      "fattar beslut senast 2025-03-12; boendestödjare startar 2025-03-17.\n"
                      "- Kvällar och helger: Psykiatriska akutmottagningen Falun nås dygnet runt via "
                      "växeln. Sjuksköterskan för in detta och tecken på försämring i krisplanen "
                      "2025-03-11, boendestödjaren går igenom krisplanen vid första besöket 2025-03-17."),
        ("Ansvar", "Huvudansvar för SIP: kurator (undertecknad), Psykiatrimottagningen Ludvika. "
                   "För boendestödet ansvarar Socialtjänsten Ludvika, Vuxenenheten."),
        ("Uppföljning", "Uppföljande SIP-möte 2025-05-13 kl. 13.00 på Psykiatrimottagningen Ludvika. "
                        "Kallelse skickas av kurator."),
    ]),
    ("2025-03-05 08:40", "Kurator, Psykiatrimottagningen Ludvika", "Administrativ anteckning",
     "Kurator [namn]", [
        ("Planering", "SIP-dokumentet skickat till pat per post och till Socialtjänsten Ludvika, "
                      "Vuxenenheten, via säker digital post."),
    ]),
    ("2025-03-06 10:30", "Sjuksköterska, Psykiatrimottagningen Ludvika", "Telefonkontakt",
     "Sjuksköterska [namn]", [
        ("Kontaktorsak", "Samtal från handläggare, Socialtjänsten Ludvika, Vuxenenheten."),
        ("Aktuellt", "Beslut om boendestöd 2 gånger/vecka fattat 2025-03-05. Första besök "
                     "2025-03-17 som planerat."),
        ("Planering", "Krisplan upprättas vid besök 2025-03-11 enligt SIP."),
    ]),
]


def make_p03(path):
    pdf = TCPrint(format="A4")
    pdf.add_font("dv", "", FONT)
    pdf.add_font("dv", "B", FONTB)
    pdf.set_creator("TakeCare Utskrift")
    pdf.set_producer("TakeCare")
    pdf.set_creation_date(__import__("datetime").datetime(2025, 3, 6, 11, 5, 0))
    pdf.alias_nb_pages("{nb}")
    pdf.set_margins(18, 14, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    pdf.set_font("dv", "B", 11)
    pdf.cell(0, 6, "Journaltext", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", "", 8.5)
    pdf.cell(0, 5, "Journalmall: Psykiatri öppenvård / SIP   Sortering: äldst först",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for ts, who, typ, sign, blocks in ENTRIES:
        if pdf.get_y() > 250:
            pdf.add_page()
        pdf.set_fill_color(225, 230, 238)
        pdf.set_font("dv", "B", 9.5)
        pdf.cell(0, 6, f"{ts}  {who}", border="TB", fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("dv", "", 8.5)
        pdf.cell(0, 4.5, f"Anteckningstyp: {typ}    Signerad: {sign}, {ts[:10]}",
                 new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        for kw, text in blocks:
            pdf.set_font("dv", "B", 9)
            pdf.cell(0, 5, f"Sökord: {kw}", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("dv", "", 9)
            pdf.set_x(pdf.l_margin + 5)
            pdf.multi_cell(pdf.w - pdf.l_margin - pdf.r_margin - 5, 4.6, text,
                           new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.8)
        pdf.ln(3)
    pdf.output(path)

# ======================================================================
# p04
# ======================================================================
# Plan 04: Markdown, easy Swedish, questions and answers written with the young person

TEXT = """# Min plan

**Samordnad individuell plan (SIP) – lätt svenska**

Den här planen skrev vi tillsammans med Ella på mötet **tisdag 23 september 2025**
på BUP Östersund. Ella är 17 år och går andra året på gymnasiet.
Det som står i *kursiv stil* är Ellas egna ord.

---

## Varför har vi det här mötet?

Vi har möte för att du, skolan, BUP och socialtjänsten ska göra en plan
tillsammans. Du har autism och mycket oro, och i våras slutade du gå till
skolan flera veckor. Planen ska hjälpa dig att kunna vara i skolan utan
panik, och alla ska veta vem som gör vad så att du inte behöver berätta
samma sak för många personer.

## Vad ska vi prata om idag?

Hur det går i skolan och hemma.

## Vad är viktigt för dig?

- *"Jag vill kunna gå i korridoren utan att få panik."*
- *"Jag vill klara matten och engelskan så jag kan gå ut med examen."*
- *"Jag vill ta körkort nästa sommar."*
- *"Jag vill inte att alla lärare ska prata om mig när jag inte är med."*

## Vad är svårt just nu?

- *"Rasterna. Det är för mycket ljud och folk överallt."*
- Att somna på kvällen. Ella ligger ofta vaken till två.
- Morgnarna. Ibland kommer Ella inte ut genom dörren.

## Får vi prata med varandra om dig?

Ja. Du sa ja på mötet den 23 september 2025. Mamma sa också ja.
Du vill att vi bara pratar om skolan och oron, inte om annat hemma.

## Vem hjälper dig?

| Vem | Vad gör de? | När? |
|---|---|---|
| Sara på BUP Östersund | Samtal med KBT för oron, varannan tisdag. Ni övar på det som är svårt, till exempel korridoren. | Första gången 7 oktober 2025 |
| Ahmed, din mentor på skolan | Fixar ett lugnt rum där du kan vara på rasterna. Ser till att du får ha hörlurar på lektionerna. | Klart senast vecka 41 |
| Specialpedagogen på skolan | Gör ett schema med bilder för veckan och en plan för matten. | Från 13 oktober 2025 |
| Socialtjänsten | En familjebehandlare kan komma hem och hjälpa till med morgnarna. | Vi vet inte när än |

## Vad gör du själv?

- *"Jag säger till Ahmed när det blir för mycket, i stället för att bara gå hem."*
- *"Jag provar att lägga undan mobilen klockan 23."*

## Vad gör mamma?

- Mamma kör dig till BUP varannan tisdag.
- Mamma påminner om medicinen på kvällen och ringer Ahmed om du är sjuk.

## Vem håller ihop planen?

BUP Östersund.

## Vilka var med?

Ella, mamma, Sara, Ahmed och Johanna.

## När ses vi igen?

Efter jullovet. Sara skickar en kallelse hem till dig.

---

*Planen finns i Ellas journal på BUP och en kopia har Ella och mamma fått med sig hem.*
"""


def make_p04(path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(TEXT)

# ======================================================================
# p05
# ======================================================================
# Plan 05: minutes with real Word numbering (numPr), "Att göra:" bullets with initials, legend


def _add_abstract(numbering, abs_id, fmt, text, indent, hanging, font=None):
    a = OxmlElement("w:abstractNum")
    a.set(qn("w:abstractNumId"), str(abs_id))
    mlt = OxmlElement("w:multiLevelType"); mlt.set(qn("w:val"), "hybridMultilevel")
    a.append(mlt)
    lvl = OxmlElement("w:lvl"); lvl.set(qn("w:ilvl"), "0")
    st = OxmlElement("w:start"); st.set(qn("w:val"), "1")
    nf = OxmlElement("w:numFmt"); nf.set(qn("w:val"), fmt)
    lt = OxmlElement("w:lvlText"); lt.set(qn("w:val"), text)
    jc = OxmlElement("w:lvlJc"); jc.set(qn("w:val"), "left")
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind"); ind.set(qn("w:left"), str(indent)); ind.set(qn("w:hanging"), str(hanging))
    ppr.append(ind)
    for el in (st, nf, lt, jc, ppr):
        lvl.append(el)
    if font:
        rpr = OxmlElement("w:rPr")
        rf = OxmlElement("w:rFonts")
        rf.set(qn("w:ascii"), font); rf.set(qn("w:hAnsi"), font); rf.set(qn("w:hint"), "default")
        rpr.append(rf)
        lvl.append(rpr)
    a.append(lvl)
    # abstractNum must come before any w:num
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(a)
    else:
        numbering.append(a)


def _add_num(numbering, num_id, abs_id):
    n = OxmlElement("w:num"); n.set(qn("w:numId"), str(num_id))
    an = OxmlElement("w:abstractNumId"); an.set(qn("w:val"), str(abs_id))
    n.append(an)
    numbering.append(n)


def _numbered(p, num_id):
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl"); il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId"); ni.set(qn("w:val"), str(num_id))
    numpr.append(il); numpr.append(ni)
    ppr.insert(0, numpr)


def make_p05(path):
    doc = base_doc("Calibri", 11)
    fixed_props(doc, "Minnesanteckningar SIP-möte")
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    header_text(sec, "Mora kommun – Vård och omsorg", "Minnesanteckningar", size=8)
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(fp)

    numbering = doc.part.numbering_part.element
    _add_abstract(numbering, 90, "decimal", "%1.", 360, 360)
    _add_abstract(numbering, 91, "bullet", "\u2013", 1080, 360)
    _add_num(numbering, 190, 90)
    _add_num(numbering, 191, 91)

    h = doc.add_paragraph()
    r = h.add_run("Minnesanteckningar – SIP-möte")
    r.bold = True; r.font.size = Pt(16)
    label_para(doc, "Datum: ", "2025-02-18, kl. 10.00–11.30")
    label_para(doc, "Plats: ", "Hemmet hos G. och K., Mora (MS deltog via Teams)")
    label_para(doc, "Gäller: ", "G., 81 år, ÅÅMMDD-XXXX")
    label_para(doc, "Mötets syfte: ", "Samordning.")
    label_para(doc, "Antecknat av: ", "ÅL")
    para(doc, "", space_after=2)

    def point(title, text):
        p = doc.add_paragraph()
        _numbered(p, 190)
        r = p.add_run(title); r.bold = True
        if text:
            p.add_run(" " + text)
        p.paragraph_format.space_after = Pt(2)
        return p

    def todo(items):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.63)
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run("Att göra:"); r.italic = True
        for it in items:
            q = doc.add_paragraph()
            _numbered(q, 191)
            q.add_run(it)
            q.paragraph_format.space_after = Pt(0)
        doc.add_paragraph().paragraph_format.space_after = Pt(2)

    def text(t):
        p = doc.add_paragraph(t)
        p.paragraph_format.left_indent = Cm(0.63)
        p.paragraph_format.space_after = Pt(4)
        return p

    point("Mötets öppnande.", "ÅL hälsade välkommen och alla presenterade sig. K. hade inför mötet "
          "ställt två frågor: kan G. få mer hjälp på kvällar och nätter, och finns det någon avlastning "
          "för honom så att han får sova?")
    point("Bakgrund.", "")
    text("G. fick diagnosen Alzheimers sjukdom på Hälsocentralen Mora 2023. Hon bor med sin make K. (84) "
         "i villa ca 1 mil utanför Mora centrum. Hemtjänst sedan hösten 2024 med morgonhjälp och "
         "tillsyn mitt på dagen, och hon går på dagverksamhet tisdagar och torsdagar. Sedan jul har G. varit orolig på kvällar och nätter, går upp flera "
         "gånger och har två gånger gått ut i januari. K. sover dåligt och säger att han inte orkar "
         "så länge till.")
    point("G:s synpunkter.", "")
    text("G. deltog inte i mötet. Hon blir förvirrad och ledsen när många personer är hemma samtidigt, "
         "och K. och ÅL bedömde att det var bättre att hon var på dagverksamheten under mötet. ÅL och "
         "K. pratade med G. om mötet dagen innan. K. framförde att G. vill bo kvar hemma och inte vill "
         "flytta till något boende, men att hon tycker om att vara på dagverksamheten.")
    point("Gemensamt mål.", "Att G. ska kunna bo kvar hemma med en trygg kväll och natt, och att K. "
          "ska orka fortsätta vara ett stöd för G.")
    point("Hemtjänst och dagverksamhet.", "Utökad hemtjänst kvällstid med besök kl. 20 och tillsyn "
          "en gång per natt via nattpatrullen.")
    todo(["ÅL fattar beslut om utökad hemtjänst kväll och natt, senast 2025-02-25.",
          "PK startar kvällsbesök och nattillsyn från 2025-03-03.",
          "PK ser till att samma personal går kvällspassen så långt det går, från 2025-03-03."])
    point("Trygghetslarm och GPS.", "Trygghetslarm finns. Diskuterades GPS-larm eftersom G. gått ut "
          "på natten. K. är positiv.")
    todo(["ÅL handlägger ansökan om GPS-larm, beslut senast 2025-03-04.",
          "AT (arbetsterapeut) gör hembesök och provar dörrlarm, 2025-03-06."])
    point("Läkemedel och hälsa.", "K. delar G:s mediciner själv i dag och det blir ibland fel. "
          "Läkemedelsgenomgång behövs, även för sömnen.")
    todo(["MS gör läkemedelsgenomgång på Hälsocentralen Mora 2025-03-12, K. följer med.",
          "AN ordnar dosdispenserade läkemedel efter läkemedelsgenomgången, klart 2025-03-21."])
    point("Stöd till K.", "K. vill gärna träffa andra i samma situation och behöver avlastning.")
    todo(["LB kontaktar K. om anhöriggrupp och samtalsstöd, senast 2025-02-28.",
          "ÅL och K. fyller i ansökan om växelvård (en vecka per månad) tillsammans 2025-03-04.",
          "K. fortsätter sköta inköp och följa med G. till Hälsocentralen, och anmäler sig till "
          "anhöriggruppen när LB hört av sig, senast 2025-03-14."])
    point("Övriga frågor.", "Inga.")

    para(doc, "", space_after=4)
    para(doc, "Närvarande och förkortningar", bold=True, space_after=2)
    legend = [
        ("ÅL", "biståndshandläggare, Äldreomsorgen, Mora kommun"),
        ("PK", "enhetschef, Hemtjänst Mora centrum"),
        ("AT", "arbetsterapeut, Rehab Mora kommun"),
        ("LB", "anhörigkonsulent, Anhörigstöd Mora kommun"),
        ("AN", "distriktssköterska, Hälsocentralen Mora, Region Dalarna"),
        ("MS", "läkare, Hälsocentralen Mora, Region Dalarna (via Teams)"),
        ("K.", "make till G."),
    ]
    t = doc.add_table(rows=0, cols=2)
    for ini, fn in legend:
        row = t.add_row()
        set_cell(row.cells[0], ini, bold=True, size=10)
        set_cell(row.cells[1], fn, size=10)
    col_widths(t, [1.5, 12])
    doc.save(path)

# ======================================================================
# p06
# ======================================================================
# Plan 06: whole plan in one two-column table, merged full-width section rows


def make_p06(path):
    doc = base_doc("Arial", 10)
    fixed_props(doc, "SIP uppföljning")
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    header_text(sec, "Region Jämtland Härjedalen  •  Strömsunds kommun", "SIP – uppföljning", size=8)
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_page_field(fp)

    content = [
        ("H", "SAMORDNAD INDIVIDUELL PLAN – UPPFÖLJNING"),
        ("R", "Namn", "B., 55 år"),
        ("R", "Personnummer", "XXXXXX-XXXX"),
        ("R", "Datum för uppföljningsmöte", "2025-05-20"),
        ("R", "Ursprunglig plan upprättad", "2024-11-12"),
        ("R", "Plats", "Hälsocentralen Strömsund"),
        ("H", "1. Deltagare"),
        ("R", "Deltagare vid mötet", "Oförändrat"),
        ("H", "2. Nuläge, syfte och frågeställningar"),
        ("R", "Nuläge sedan förra planen",
         "B. fick ett återfall i början av mars med flera dagars alkoholintag och var inlagd på "
         "medicinkliniken, Östersunds sjukhus, 2025-03-08 – 2025-03-14 på grund av försämrad "
         "leverfunktion och ascites. Levervärdena har förbättrats något vid provtagning i april. "
         "B. tar emot besök från boendestödet men har avböjt två besök i april. Han uteblev från "
         "återbesöket på Alkohol- och beroendemottagningen i april och har inte bokat ny tid."),
        ("R", "Syfte med planen", "Oförändrat"),
        ("R", "Frågeställningar", "Se ovan"),
        ("H", "3. Den enskildes mål, delaktighet och samtycke"),
        ("R", "Den enskildes mål", "Enligt tidigare plan"),
        ("R", "Delaktighet", "B. deltog inte."),
        ("R", "Samtycke",
         "Muntligt samtycke förnyat per telefon 2025-05-14 med distriktssköterska, "
         "Hälsocentralen Strömsund. Gäller till nästa uppföljning."),
        ("H", "4. Insatser – vad görs och av vem"),
        ("R2", "Insats", "Ansvarig / tidpunkt"),
        ("RI", "Fortsatt kontakt med Alkohol- och beroendemottagningen", "Regionen"),
        ("RI", "Fortsatt stöd från socialtjänsten", "Oförändrat"),
        ("RI", "Uppföljning av levern", "Enligt tidigare plan"),
        ("RI", "Stöd vid behov", "Socialtjänsten Strömsund, löpande"),
        ("H", "5. Andra aktörer"),
        ("R", "Andra aktörers insatser", "Enligt tidigare plan"),
        ("H", "6. Samordning och uppföljning"),
        ("R", "Huvudansvar för planen", "Hälsocentralen Strömsund"),
        ("R", "Nästa uppföljning", "Om ca tre månader. Kallelse skickas."),
        ("R", "Planen skickas till", "B. samt berörda enheter"),
        ("R", "Datum för plan", "2025-05-21"),
    ]
    t = doc.add_table(rows=len(content), cols=2)
    t.style = "Table Grid"
    for i, item in enumerate(content):
        row = t.rows[i]
        if item[0] == "H":
            c = row.cells[0].merge(row.cells[1])
            set_cell(c, item[1], bold=True, size=10.5, color="FFFFFF")
            shade(c, "2E5E4E")
            if i == 0:
                repeat_header(row)
        elif item[0] == "R2":
            set_cell(row.cells[0], item[1], bold=True, size=9)
            set_cell(row.cells[1], item[2], bold=True, size=9)
            shade(row.cells[0], "E2EFDA"); shade(row.cells[1], "E2EFDA")
        elif item[0] == "RI":
            set_cell(row.cells[0], item[1])
            set_cell(row.cells[1], item[2])
        else:
            set_cell(row.cells[0], item[1], bold=True)
            shade(row.cells[0], "F2F2F2")
            set_cell(row.cells[1], item[2])
    col_widths(t, [6.0, 11.0])
    doc.save(path)

# ======================================================================
# p07
# ======================================================================
# Plan 07: follow-up plan, finished measures struck through + "Klart", new measures listed below
import os, shutil, subprocess


def _struck(doc, text, done="Klart"):
    p = doc.add_paragraph(style="List Bullet")
    r = p.add_run(text)
    r.font.strike = True
    r2 = p.add_run("  " + done)
    r2.bold = True
    r2.font.color.rgb = RGBColor(0x37, 0x86, 0x3C)
    p.paragraph_format.space_after = Pt(2)
    return p


def build_docx(path):
    doc = base_doc("Liberation Sans", 10.5)
    fixed_props(doc, "Uppföljning SIP")
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    header_text(sec, "Krokoms kommun – Socialtjänsten, LSS-enheten", "SIP uppföljning", size=8)
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_field(fp)

    doc.add_heading("Uppföljning av samordnad individuell plan (SIP)", level=1)
    label_para(doc, "Namn: ", "Anton, 22 år")
    label_para(doc, "Personnummer: ", "ÅÅMMDD-XXXX")
    label_para(doc, "Datum för uppföljning: ", "2025-06-10")
    label_para(doc, "Ursprunglig plan: ", "2025-01-21")
    label_para(doc, "Frågeställningar: ", "Genomgång av planen och hur det har gått sedan sist.")

    doc.add_heading("Antons deltagande och samtycke", level=2)
    para(doc, "Anton deltog inte i mötet eftersom stora möten med många personer gör honom mycket "
              "stressad. Samtycke finns.", space_after=6)

    doc.add_heading("Insatser från planen 2025-01-21", level=2)
    para(doc, "Genomstruket = genomfört.", italic=True, size=9, space_after=2)
    _struck(doc, "Ansökan om daglig verksamhet enligt LSS 9 § 10 – LSS-handläggare, Socialtjänsten "
                 "Krokom, februari 2025.")
    _struck(doc, "Utredning av sömnsvårigheter – läkare, Hälsocentralen Krokom, mars 2025.")
    _struck(doc, "Kartläggning av fritidsintressen – kontaktperson LSS, april 2025.")
    _struck(doc, "Besök på två dagliga verksamheter tillsammans med boendestödjare – Boendestöd "
                 "Krokom, maj 2025.")
    p = doc.add_paragraph(style="List Bullet")
    p.add_run("Boendestöd i egen lägenhet 3 gånger/vecka (struktur, inköp, tvätt) – Boendestöd Krokom. "
              "Pågår, beslut gäller t.o.m. 2025-12-31.")
    p = doc.add_paragraph(style="List Bullet")
    p.add_run("Kontaktperson enligt LSS 9 § 4 varannan vecka – LSS-handläggare, Socialtjänsten Krokom. "
              "Pågår, beslut gäller t.o.m. 2025-12-31.")

    doc.add_heading("Nya insatser", level=2)
    new = [
        "Daglig verksamhet i gårdsgruppen, Krokom, tre dagar/vecka (tis, ons, fre). Introduktion med "
        "boendestödjare första veckan. Ansvar: enhetschef daglig verksamhet, Krokoms kommun. "
        "Start 2025-08-18.",
        "Bedömning av kognitiva hjälpmedel (bildschema för veckan, påminnelser i mobilen). Ansvar: "
        "arbetsterapeut, Habiliteringen Östersund, Region Jämtland Härjedalen. Hembesök 2025-09-04.",
        "Uppföljning av melatoninbehandlingen och sömndagboken. Ansvar: sjuksköterska, "
        "Hälsocentralen Krokom. Telefontid 2025-09-15.",
        "Kontaktperson utökas till varje vecka under hösten. Ansvar: LSS-handläggare, Socialtjänsten "
        "Krokom. Beslut senast 2025-07-01.",
        "Kontaktpersonen går igenom den här planen med Anton hemma, med bildstöd. Ansvar: "
        "kontaktperson LSS. Senast 2025-06-20.",
    ]
    for n in new:
        p = doc.add_paragraph(n, style="List Number")
        p.paragraph_format.space_after = Pt(3)

    doc.add_heading("Andra aktörer", level=2)
    para(doc, "God man finns och har fått information om planen. Anton har aktivitetsersättning "
              "från Försäkringskassan.", space_after=6)

    doc.add_heading("Samordning och nästa uppföljning", level=2)
    label_para(doc, "Huvudansvar för planen: ", "Emma, LSS-handläggare, Socialtjänsten Krokoms kommun")
    label_para(doc, "Nästa uppföljning: ", "2025-11-18 kl. 10.00, Krokoms kommunhus")
    doc.save(path)


def make_p07(pdf_path, workdir, profile):
    os.makedirs(workdir, exist_ok=True)
    base = os.path.splitext(os.path.basename(pdf_path))[0]
    docx_path = os.path.join(workdir, base + ".docx")
    build_docx(docx_path)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", "pdf", "--outdir", workdir, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
    shutil.move(os.path.join(workdir, base + ".pdf"), pdf_path)

# ======================================================================
# p08
# ======================================================================
# Document 08: NOT a plan - nursing home fall-risk and pressure-ulcer risk assessment (Senior alert style)


def make_p08(path):
    doc = base_doc("Calibri", 10.5)
    fixed_props(doc, "Riskbedömning Senior alert")
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    header_text(sec, "Östersunds kommun – Vård- och omsorgsförvaltningen", "Solbackens vård- och omsorgsboende", size=8)
    fp = sec.footer.paragraphs[0]; fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_page_field(fp)

    p = para(doc, "Riskbedömning – fall, trycksår, undernäring och munhälsa", bold=True, size=15, space_after=1)
    para(doc, "Förebyggande arbetssätt enligt Senior alert", italic=True, size=10, space_after=8)

    info = doc.add_table(rows=4, cols=4)
    info.style = "Table Grid"
    vals = [("Boende", "E-M., 88 år", "Personnummer", "ÅÅMMDD-XXXX"),
            ("Enhet", "Solbacken, avd. Björken", "Datum för bedömning", "2025-10-07"),
            ("Anledning", "☐ Inflyttning  ☒ Ordinarie omprövning  ☐ Förändrat tillstånd", "Föregående bedömning", "2025-04-09"),
            ("Bedömt av", "Sjuksköterska, undersköterska (kontaktman) och fysioterapeut, Solbacken", "Registrerat i Senior alert", "2025-10-08")]
    for r, (a, b, c, d) in enumerate(vals):
        set_cell(info.rows[r].cells[0], a, bold=True, size=9); shade(info.rows[r].cells[0], "EDEDED")
        set_cell(info.rows[r].cells[1], b, size=9)
        set_cell(info.rows[r].cells[2], c, bold=True, size=9); shade(info.rows[r].cells[2], "EDEDED")
        set_cell(info.rows[r].cells[3], d, size=9)
    col_widths(info, [2.6, 6.4, 3.6, 4.4])

    para(doc, "", space_after=2)
    para(doc, "Sammanställning av riskbedömning", bold=True, size=12, space_after=3)
    t = doc.add_table(rows=1, cols=4); t.style = "Table Grid"
    for i, h in enumerate(["Riskområde", "Instrument", "Poäng", "Bedömning"]):
        set_cell(t.rows[0].cells[i], h, bold=True, size=9.5); shade(t.rows[0].cells[i], "BDD7EE")
    repeat_header(t.rows[0])
    for row in [("Fall", "Downton Fall Risk Index (DFRI)", "5 av 11", "Risk (≥ 3 p)"),
                ("Trycksår", "Modifierad Nortonskala", "19 av 28", "Risk (≤ 20 p)"),
                ("Undernäring", "MNA-SF", "9 av 14", "Risk för undernäring (8–11 p)"),
                ("Munhälsa", "ROAG-J", "3 avvikelser", "Lätt ohälsa")]:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v, size=9.5)
    col_widths(t, [3.0, 5.5, 3.0, 5.5])

    para(doc, "", space_after=2)
    para(doc, "Fallrisk – Downton Fall Risk Index", bold=True, size=11, space_after=3)
    d = doc.add_table(rows=1, cols=3); d.style = "Table Grid"
    for i, h in enumerate(["Faktor", "Bedömning", "Poäng"]):
        set_cell(d.rows[0].cells[i], h, bold=True, size=9); shade(d.rows[0].cells[i], "EDEDED")
    for row in [("Tidigare fall", "☒ Ja (fall i rummet 2025-08-22, ingen fraktur)  ☐ Nej", "1"),
                ("Läkemedel", "☒ Lugnande/sömnmedel  ☒ Diuretika  ☐ Antihypertensiva  ☐ Antiparkinson  ☐ Antidepressiva", "2"),
                ("Sensoriska nedsättningar", "☒ Synnedsättning  ☐ Hörselnedsättning  ☐ Nedsatt känsel/funktion i extremitet", "1"),
                ("Mental status", "☒ Orienterad  ☐ Förvirrad", "0"),
                ("Gångförmåga", "☐ Normal  ☐ Säker med hjälpmedel  ☒ Osäker (med rollator)  ☐ Omöjlig", "1"),
                ("Summa", "", "5")]:
        cells = d.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v, size=9, bold=(row[0] == "Summa"))
    col_widths(d, [4.0, 11.5, 1.5])

    para(doc, "", space_after=2)
    para(doc, "Trycksårsrisk – Modifierad Nortonskala", bold=True, size=11, space_after=3)
    n = doc.add_table(rows=1, cols=3); n.style = "Table Grid"
    for i, h in enumerate(["Faktor", "Bedömning (1–4)", "Poäng"]):
        set_cell(n.rows[0].cells[i], h, bold=True, size=9); shade(n.rows[0].cells[i], "EDEDED")
    for row in [("Psykiskt status", "Lätt förvirrad ibland kvällstid", "3"),
                ("Fysisk aktivitet", "Går med hjälp", "2"),
                ("Rörlighet", "Något begränsad", "3"),
                ("Födointag", "Otillräckligt, äter ca halva portioner", "2"),
                ("Vätskeintag", "Otillräckligt ibland", "3"),
                ("Inkontinens", "Urininkontinens, använder inkontinensskydd", "3"),
                ("Allmäntillstånd", "Ganska gott", "3"),
                ("Summa", "", "19")]:
        cells = n.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v, size=9, bold=(row[0] == "Summa"))
    col_widths(n, [4.0, 11.5, 1.5])
    para(doc, "Hudinspektion: Rodnad som bleknar vid tryck över vänster häl. Sacrum u.a. Inget trycksår "
              "(kategori 0).", size=9.5, space_after=6)

    para(doc, "Förebyggande åtgärder", bold=True, size=12, space_after=3)
    a = doc.add_table(rows=1, cols=4); a.style = "Table Grid"
    for i, h in enumerate(["Riskområde", "Åtgärd", "Utförs av", "Start"]):
        set_cell(a.rows[0].cells[i], h, bold=True, size=9); shade(a.rows[0].cells[i], "BDD7EE")
    repeat_header(a.rows[0])
    for row in [
        ("Fall", "Sensormatta vid sängen nattetid, nattlampa tänd i badrummet.", "Undersköterskor, avd. Björken", "2025-10-08"),
        ("Fall", "Balans- och gångträning 2 gånger/vecka, kontroll av rollatorns höjd.", "Fysioterapeut", "2025-10-14"),
        ("Fall", "Höftskyddsbyxa dagtid, halkfria strumpor på natten.", "Kontaktman", "2025-10-08"),
        ("Fall", "Läkemedelsgenomgång med fokus på sömnmedel och diuretika.", "Sjuksköterska och läkare", "2025-10-21"),
        ("Trycksår", "Tryckfördelande madrass (byte från standardmadrass), hälavlastande kudde.", "Sjuksköterska beställer, arbetsterapeut provar ut", "2025-10-09"),
        ("Trycksår", "Lägesändring var tredje timme nattetid, dokumenteras i vändschema.", "Nattpersonal", "2025-10-08"),
        ("Trycksår", "Daglig inspektion av hälar och sacrum vid morgonhygien.", "Undersköterskor", "2025-10-08"),
        ("Undernäring", "Energiberikad kost, mellanmål kl. 21, vätskelista i tre dagar.", "Kontaktman och köket", "2025-10-08"),
        ("Undernäring", "Vägning en gång per månad (senaste 51,2 kg).", "Kontaktman", "2025-11-01"),
        ("Munhälsa", "Munvård morgon och kväll med eltandborste och fluorgel.", "Undersköterskor", "2025-10-08"),
    ]:
        cells = a.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v, size=9)
    col_widths(a, [2.4, 8.4, 3.8, 2.4])

    para(doc, "", space_after=2)
    label_para(doc, "Ny riskbedömning: ", "2025-12-09, eller tidigare vid förändrat tillstånd.")
    label_para(doc, "Information till boende/närstående: ", "☒ E-M. informerad muntligt  ☒ Dotter informerad per telefon 2025-10-08")
    label_para(doc, "Registrering i kvalitetsregister: ", "☒ Informerad om registrering i Senior alert, har inte motsatt sig")
    label_para(doc, "Signering: ", "Sjuksköterska, Solbackens vård- och omsorgsboende, 2025-10-08")
    doc.save(path)


def normalize_docx(path):
    """Rewrites a .docx zip with fixed entry timestamps so that runs are byte-identical."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    plans = os.path.join(here, "plans")
    os.makedirs(plans, exist_ok=True)
    make_p01(os.path.join(plans, "f62b-01.txt"))
    make_p02(os.path.join(plans, "f62b-02.docx"))
    make_p03(os.path.join(plans, "f62b-03.pdf"))
    make_p04(os.path.join(plans, "f62b-04.md"))
    make_p05(os.path.join(plans, "f62b-05.docx"))
    make_p06(os.path.join(plans, "f62b-06.docx"))
    make_p07(os.path.join(plans, "f62b-07.pdf"), os.path.join(here, "build"), "/tmp/lo-f62b")
    make_p08(os.path.join(plans, "f62b-08.docx"))
    for name in sorted(os.listdir(plans)):
        if name.endswith(".docx"):
            normalize_docx(os.path.join(plans, name))
    print("done:", sorted(os.listdir(plans)))


if __name__ == "__main__":
    main()
