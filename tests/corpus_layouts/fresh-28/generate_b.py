#!/usr/bin/env python
"""Generate batch fresh-28b (prefix f28b): 7 fictional SIP plans + 1 non-SIP care plan.

Run with python generate_b.py
Deterministic: fixed dates, no randomness. Plan 3 is converted to PDF with LibreOffice.
"""
import os
import shutil
import subprocess
import textwrap
import datetime
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f28b"


def path(nn, ext):
    return os.path.join(OUT, f"{PREFIX}-{nn:02d}.{ext}")


# ---------------------------------------------------------------- helpers
def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def set_cell(cell, text, bold=False, size=None, italic=False):
    cell.text = ""
    p = cell.paragraphs[0]
    lines = text.split("\n") if text else [""]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    return cell


def repeat_header(row):
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
    it.text = instr
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t")
    t.text = "1"
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    for el in (f1, it, f2, t, f3):
        run._r.append(el)
    return run


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
    sec.page_width = Cm(21.0)
    sec.page_height = Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.2)
    sec.top_margin = Cm(2.0)
    sec.bottom_margin = Cm(2.0)
    return doc


def set_col_widths(table, widths_cm):
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            row.cells[i].width = Cm(w)


def wrap(text, width=76):
    out = []
    for para in text.split("\n"):
        if not para.strip():
            out.append("")
            continue
        indent = len(para) - len(para.lstrip(" "))
        sub = " " * indent
        if para.lstrip().startswith(("- ", "* ")):
            sub = " " * (indent + 2)
        out.extend(textwrap.wrap(para, width=width, subsequent_indent=sub,
                                 break_long_words=False, break_on_hyphens=False) or [""])
    return out


def write_text(p, text, newline="\n", encoding="utf-8", width=76):
    lines = wrap(text, width)
    with open(p, "w", encoding=encoding, newline="") as fh:
        fh.write(newline.join(lines) + newline)


# ---------------------------------------------------------------- plan 1
def plan01():
    """Record-system print saved as Word. Woman 44, depression, debts, FK. Surahammar."""
    doc = base_doc("Arial", 9.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.6)

    hdr = sec.header
    hp = hdr.paragraphs[0]
    r = hp.add_run("SAMSA – Samverkan vid in- och utskrivning / SIP")
    r.bold = True
    r.font.size = Pt(9)
    hp.add_run("\tUtskriftsdatum: 2025-02-19 14:07").font.size = Pt(8)
    hp2 = hdr.add_paragraph()
    rr = hp2.add_run("Region Västmanland / Surahammars kommun        Utskriven av: Maria, IFO Surahammar        Sida ")
    rr.font.size = Pt(8)
    add_page_field(hp2, "PAGE").font.size = Pt(8)
    hp2.add_run(" (").font.size = Pt(8)
    add_page_field(hp2, "NUMPAGES").font.size = Pt(8)
    hp2.add_run(")").font.size = Pt(8)

    ftr = sec.footer.paragraphs[0]
    fr = ftr.add_run("Dokumentet innehåller sekretessbelagda uppgifter (OSL 25 kap. 1 §, 26 kap. 1 §). "
                     "Utskrift ur SAMSA, ej styrd kopia.")
    fr.font.size = Pt(7)
    fr.italic = True

    t = doc.add_paragraph()
    tr = t.add_run("Samordnad individuell plan (SIP)")
    tr.bold = True
    tr.font.size = Pt(14)
    s = doc.add_paragraph()
    s.add_run("Planstatus: Upprättad   |   Planversion: 1   |   Ärende-ID: SIP-2025-0212").font.size = Pt(8)

    LBL = "D9D9D9"

    def grid(rows, widths):
        tb = doc.add_table(rows=0, cols=len(widths))
        tb.style = "Table Grid"
        for row in rows:
            cells = tb.add_row().cells
            i = 0
            for item in row:
                lab, val, span = item
                c = cells[i]
                if span > 1:
                    c = c.merge(cells[i + span - 1])
                if lab is not None:
                    c.text = ""
                    p = c.paragraphs[0]
                    rl = p.add_run(lab)
                    rl.bold = True
                    rl.font.size = Pt(7.5)
                    rl.font.color.rgb = RGBColor(0x40, 0x40, 0x40)
                    for j, line in enumerate(val.split("\n")):
                        pv = c.add_paragraph()
                        pv.add_run(line)
                i += span
        set_col_widths(tb, widths)
        return tb

    def section_bar(text):
        tb = doc.add_table(rows=1, cols=1)
        tb.style = "Table Grid"
        c = tb.rows[0].cells[0]
        set_cell(c, text, bold=True, size=9.5)
        shade(c, "BFBFBF")
        return tb

    section_bar("1. Personuppgifter och möte")
    grid([
        [("Namn", "[namn] (S.)", 2), ("Personnummer", "XXXXXX-XXXX", 1), ("Ålder", "44 år", 1)],
        [("Folkbokföringskommun", "Surahammar", 1), ("Mötesdatum", "2025-02-18", 1),
         ("Mötesplats", "Socialkontoret, Surahammar", 2)],
        [("Sammankallande enhet", "Vuxenenheten, IFO Surahammars kommun", 2),
         ("Initierad av", "Vårdcentralen Surahammar", 2)],
    ], [4.4, 4.4, 4.4, 4.4])
    doc.add_paragraph()

    section_bar("2. Samtycke")
    grid([
        [("Samtycke till SIP och informationsöverföring", "☐ Muntligt     ☐ Skriftligt", 2),
         ("Datum för samtycke", "", 1), ("Samtycke inhämtat av", "", 1)],
    ], [4.4, 4.4, 4.4, 4.4])
    doc.add_paragraph()

    section_bar("3. Syfte, bakgrund och frågeställningar")
    grid([
        [("Syfte med SIP",
          "Syftet är att S. ska få samlad hjälp med sin ekonomi och sin sjukskrivning så att hon inte "
          "själv behöver hålla ihop alla kontakter med vårdcentral, psykiatri, socialtjänst och "
          "Försäkringskassan, och att alla vet vem som gör vad när hennes mående svänger.", 4)],
        [("Bakgrund / nuläge",
          "S. är sjukskriven på heltid sedan september 2024 pga. medelsvår depression. Hon har "
          "behandlats på VC med läkemedel och remitterades i januari till Vuxenpsykiatrin Västerås "
          "för bedömning. Hon har skulder hos Kronofogden (ca 180 000 kr, främst hyresskuld och "
          "sms-lån) och har fått flera inkassokrav under hösten. Sjukpenningen har varit indragen en "
          "period i december i väntan på komplettering av läkarintyg. Hon bor ensam i hyresrätt, "
          "två vuxna barn som bor i Västerås. Arbetar som undersköterska inom hemtjänsten i "
          "Hallstahammar (anställningen kvarstår).", 4)],
        [("Frågeställningar inför mötet", "", 4)],
    ], [4.4, 4.4, 4.4, 4.4])
    doc.add_paragraph()

    section_bar("4. Den enskildes mål och delaktighet")
    grid([
        [("Den enskildes mål", "", 4)],
        [("Den enskildes delaktighet och synpunkter",
          "S. deltog på hela mötet. Hon berättar att breven från inkasso och FK tar all hennes ork och "
          "att hon inte öppnar posten längre. Hon tycker det är skönt att alla sitter i samma rum och "
          "vill helst ha en person att ringa till i stället för fem. Hon vill inte att arbetsgivaren "
          "får veta något om skulderna.", 4)],
    ], [4.4, 4.4, 4.4, 4.4])
    doc.add_paragraph()

    section_bar("5. Deltagare och ansvar")
    grid([
        [("Deltagare",
          "S. (den enskilde)\nMaria, socialsekreterare\nJenny, distriktssköterska\nAhmed, kurator\n"
          "Karin, handläggare\nLouise, budget- och skuldrådgivare", 2),
         ("Huvudansvarig för planen",
          "Maria, socialsekreterare, Vuxenenheten IFO Surahammars kommun", 2)],
    ], [4.4, 4.4, 4.4, 4.4])
    doc.add_paragraph()

    section_bar("6. Insatser / aktiviteter")
    at = doc.add_table(rows=1, cols=4)
    at.style = "Table Grid"
    hdrs = ["Aktivitet", "Utförare", "Tidsram", "Uppföljs av"]
    for i, h in enumerate(hdrs):
        set_cell(at.rows[0].cells[i], h, bold=True, size=8.5)
        shade(at.rows[0].cells[i], LBL)
    repeat_header(at.rows[0])
    rows = [
        ("Ansökan om ekonomiskt bistånd för mars (hyra och el) och genomgång av vilka räkningar som "
         "ska prioriteras.", "Socialsekreterare, Vuxenenheten IFO Surahammar", "Beslut senast 2025-03-07",
         "Socialsekreterare IFO"),
        ("Genomgång av samtliga skulder, kontakt med inkassobolag om avbetalningsplan, därefter "
         "bedömning om ansökan om skuldsanering hos Kronofogden.",
         "Budget- och skuldrådgivare, Surahammars kommun",
         "Första besök 2025-03-04, ansökan om skuldsanering senast 2025-05-30", "Budget- och skuldrådgivare"),
        ("Läkarbesök för uppföljning av antidepressiv medicinering och nytt läkarintyg till FK "
         "(sjukskrivningsperiod from 2025-03-01).", "Regionen",
         "Intyg senast 2025-02-28", "Distriktssköterska VC"),
        ("Bedömningssamtal på psykiatrisk öppenvårdsmottagning (remiss från VC), ställningstagande "
         "till KBT eller fortsatt behandling på VC.", "Läkare/psykolog, Vuxenpsykiatrin Västerås, öppenvårdsmottagning",
         "Bedömning inom 30 dagar från remiss, senast 2025-03-21", "Kurator VC"),
        ("Stödsamtal 1 gång/vecka, fokus på vardagsstruktur och sömn.",
         "Kurator, Vårdcentralen Surahammar", "Varje tisdag 2025-02-25 – 2025-05-27", "Kurator VC"),
        ("Avstämningsmöte med S., arbetsgivaren och vårdcentralen om sjukskrivning och möjlighet till "
         "arbetsträning.", "Handläggare, Försäkringskassan", "2025-04-02", "Handläggare FK"),
        ("S. samlar all oöppnad post och alla inkassobrev i en kasse och tar med till första besöket "
         "hos budget- och skuldrådgivaren.", "S. själv", "Till besöket 2025-03-04", "Budget- och skuldrådgivare"),
    ]
    for row in rows:
        cells = at.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v, size=8.5)
    set_col_widths(at, [7.2, 4.2, 3.4, 2.8])
    doc.add_paragraph()

    section_bar("7. Uppföljning")
    grid([
        [("Planerad uppföljning av SIP", "Efter sommaren, datum bestäms senare. Socialsekreterare skickar kallelse.", 3),
         ("Plan skickad till", "Samtliga deltagare", 1)],
    ], [4.4, 4.4, 4.4, 4.4])

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Senast ändrad: 2025-02-19 13:58 av Maria, IFO Surahammar").font.size = Pt(7.5)
    doc.save(path(1, "docx"))


# ---------------------------------------------------------------- plan 2
def plan02():
    """TXT export (UTF-8, CRLF): SIP vid utskrivning, man 27 after psychotic episode, Västerås."""
    text = """SIP VID UTSKRIVNING – PSYKIATRISK SLUTENVÅRD
Export från: Cosmic Link, Samordnad planering
Exportdatum: 2025-01-29 15:42
----------------------------------------------------------------------------

Patient: J.
Personnummer: XXXXXX-XXXX
Ålder: 27 år
Folkbokförd: Västerås
Vårdenhet: Psykiatriska kliniken Västerås, avdelning 45 (psykosvård)
Inskrivningsdatum: 2025-01-08
Beräknat utskrivningsdatum: 2025-01-31
Datum för SIP-möte: 2025-01-29
Upprättad av: Anna, sjuksköterska, avdelning 45

Bakgrund: J. vårdades inneliggande efter ett första psykosinsjuknande med paranoida tankar och hörselhallucinationer, inskriven via akutpsykiatrin efter att polisen hämtat honom i lägenheten. Under vårdtiden insatt på antipsykotisk medicinering med god effekt, sover bättre och är mindre rädd. Han har inte varit i kontakt med öppenvården tidigare. Bor ensam i hyreslägenhet på Bäckby, har hoppat av en YH-utbildning under hösten. Hyran för december och januari är obetald.

Mål: Målet är att J. ska kunna återgå till eget boende med stöd och så småningom komma igång med studier igen.

Delaktighet: J. deltog i mötet på avdelningen.

Samtycke: Muntligt samtycke till SIP och informationsöverföring mellan Region Västmanland och Västerås stad lämnat av J. till kontaktperson på avdelningen 2025-01-27.

Fast vårdkontakt: Erik, sjuksköterska, Psykosteamet, Psykiatrisk öppenvård Västerås

Samordningsansvarig: Linnea, kontaktperson, Socialpsykiatrin Västerås stad

Planerade insatser efter utskrivning:
- Hembesök av fast vårdkontakt 1 gång/vecka under de första fyra veckorna efter utskrivning, första besöket 2025-02-03. Ansvarig: Psykosteamet, Psykiatrisk öppenvård Västerås.
- Läkarbesök för uppföljning av medicinering och biverkningar 2025-02-13. Ansvarig: läkare, Psykosteamet.
- Boendestöd 3 tillfällen/vecka med fokus på dygnsrytm, matlagning och post, start vecka 6. Ansvarig: Boendestödet, Socialpsykiatrin Västerås stad.
- Ansökan om ekonomiskt bistånd för obetald hyra december–januari. Ansvarig: handläggare försörjningsstöd, Västerås stad.
- Kartläggning av möjlighet till sysselsättning/träffpunkt på dagtid. Ansvarig: Socialpsykiatrin.
- Psykoedukation om psykos, tidiga varningstecken och krisplan tas fram tillsammans med J. Ansvarig: fast vårdkontakt, Psykosteamet, klart senast 2025-02-28.

Läkemedel vid utskrivning: Enligt läkemedelslista i journal, läkemedel för 14 dagar med hem.

Uppföljning: Uppföljande SIP-möte om ca fyra veckor efter utskrivning, kallelse skickas av samordningsansvarig.

Plan upprättad: 2025-01-29
Signerad av: Anna, sjuksköterska, avdelning 45, Psykiatriska kliniken Västerås
"""
    write_text(path(2, "txt"), text, newline="\r\n", encoding="utf-8", width=78)


# ---------------------------------------------------------------- plan 3
def plan03():
    """Word document, headings in small caps, wide action table, converted to PDF. Man 86, Kungsör."""
    doc = base_doc("Cambria", 11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("Kungsörs kommun · Vård och omsorg\t\tSamordnad individuell plan")
    r.font.size = Pt(8)
    r.font.small_caps = True

    def sc_heading(text, size=13, space_before=12):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(space_before)
        p.paragraph_format.space_after = Pt(4)
        rr = p.add_run(text)
        rr.font.small_caps = True
        rr.bold = True
        rr.font.size = Pt(size)
        rr.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
        return p

    def para(text):
        p = doc.add_paragraph(text)
        p.paragraph_format.space_after = Pt(6)
        return p

    t = doc.add_paragraph()
    tr = t.add_run("Samordnad individuell plan")
    tr.font.small_caps = True
    tr.bold = True
    tr.font.size = Pt(20)
    tr.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    para("Gäller: A., 86 år, Kungsör   ·   Personnummer: ÅÅMMDD-XXXX\n"
         "Möte: 2025-03-11 kl. 13.30, i hemmet   ·   Plan nr 1")

    sc_heading("Närvarande")
    para("A., G., Sara, Mikael, Jonna, Therese")

    sc_heading("Syfte med planen")
    para("Syftet är att A. ska kunna bo kvar hemma tillsammans med sin fru G. trots att Parkinsons "
         "sjukdom har gått fram under vintern, och att G. ska få avlastning så att hon orkar vara "
         "anhörigvårdare. Hemtjänst, hemsjukvård, vårdcentral och neurologmottagningen behöver veta "
         "vad var och en gör, särskilt kring medicintider och fallrisk.")

    sc_heading("Bakgrund")
    para("A. har haft Parkinsons sjukdom sedan 2016 och följs av Neurologmottagningen i Västerås. "
         "Under vintern har han fallit tre gånger i hemmet, senast 2025-02-20 då han låg på golvet i "
         "badrummet i ca en timme innan G. fick upp honom med hjälp av grannen. Stelheten är värst på "
         "morgonen innan första dosen har verkat. Han har svårt att resa sig ur sängen och att klara "
         "duschen. G. är 83 år och sköter i dag all medicinering, matlagning och det mesta av den "
         "personliga omvårdnaden. Hon sover dåligt eftersom A. är uppe flera gånger per natt. "
         "Sonen P. bor i Eskilstuna och hälsar på varannan helg.")

    sc_heading("A:s och G:s syn")
    para("A. deltog på mötet tillsammans med G. och svarade själv på de flesta frågorna. A. säger "
         "att det viktigaste för honom är att få bo kvar i huset och att G. inte ska slita ut sig. "
         "Han vill inte flytta till korttidsboende igen efter erfarenheten i höstas, men kan tänka "
         "sig hjälp på morgonen. G. säger att hon vill fortsätta ta hand om A. men behöver kunna "
         "gå till kören på torsdagar och sova ostört några nätter.")

    sc_heading("Mål")
    para("Målet är att A. ska kunna bo kvar i hemmet så länge som möjligt, med färre fall, och att "
         "G:s belastning minskar.")

    # landscape section for the wide action table
    new = doc.add_section()
    new.orientation = WD_ORIENT.LANDSCAPE
    new.page_width, new.page_height = Cm(29.7), Cm(21.0)
    new.left_margin = new.right_margin = Cm(2.0)
    sc_heading("Insatser – vad, vem och när", space_before=0)
    tb = doc.add_table(rows=1, cols=3)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, h in enumerate(["Vad", "Vem", "Klart när"]):
        c = tb.rows[0].cells[i]
        set_cell(c, h, bold=True)
        c.paragraphs[0].runs[0].font.small_caps = True
        shade(c, "DCE6F1")
    repeat_header(tb.rows[0])
    rows = [
        ("Hemtjänst morgon kl. 07.30–08.15 alla dagar: hjälp upp ur sängen, dusch tisdag och fredag, "
         "frukost. Personalen ser till att morgondosen tas kl. 07.00 enligt dosett.",
         "Hemtjänst Kungsör norra (beslut av biståndshandläggare, Kungsörs kommun)", "Start 2025-03-17"),
        ("Hembesök av arbetsterapeut: bedömning av fallrisk, förhöjd toalettstol, duschpall, "
         "resningsstöd vid sängen och trygghetslarm med falllarm.",
         "Arbetsterapeut, Hemsjukvården Kungsörs kommun", "Bedömning 2025-03-20, hjälpmedel på plats senast 2025-04-04"),
        ("Avlösning i hemmet 4 timmar/vecka (torsdagar) så att G. kan gå till kören.",
         "Kommunen", "Från 2025-04-03"),
        ("Läkemedelsgenomgång med fokus på doseringstider, nattlig oro och blodtrycksfall vid "
         "uppresning.", "Distriktsläkare, Vårdcentralen Kungsör", "2025-03-26"),
        ("Telefonkontakt med Parkinsonsjuksköterska om justering av dosschema och om remiss till "
         "fysioterapeut för balansträning.", "Parkinsonsjuksköterska, Neurologmottagningen Västerås",
         "Telefontid 2025-03-18"),
        ("Samtal med anhörigkonsulent om anhörigstöd, anhöriggrupp och möjlighet till växelvård "
         "längre fram.", "Anhörigkonsulent, Kungsörs kommun", "Första samtal 2025-03-25"),
        ("G. för en enkel dagbok över fall, nattliga uppvaknanden och när A. blir stel, och tar med "
         "den till läkemedelsgenomgången.", "G. (hustru)", "Från i dag till 2025-03-26"),
        ("P. hjälper föräldrarna att ansöka om bostadstillägg hos Pensionsmyndigheten och följer med "
         "till läkarbesöket om G. vill.", "P. (son)", "Ansökan skickad senast 2025-04-15"),
    ]
    for row in rows:
        cells = tb.add_row().cells
        for i, v in enumerate(row):
            set_cell(cells[i], v, size=10)
    set_col_widths(tb, [12.5, 8.0, 5.2])

    sc_heading("Samordning och uppföljning")
    para("Samordningsansvar för planen: distriktssköterska.")
    para("Nästa uppföljning: 2025-05-20 kl. 13.30 i hemmet. Distriktssköterskan kallar.")
    p = doc.add_paragraph()
    rr = p.add_run("Planen skickas till A. och G. per post samt till samtliga som har insatser i planen.")
    rr.italic = True
    rr.font.size = Pt(9)

    docx_path = os.path.join(OUT, "_tmp_f28b-03.docx")
    doc.save(docx_path)
    lo_profile = "file:///tmp/lo-f28b"
    subprocess.run(["soffice", f"-env:UserInstallation={lo_profile}", "--headless",
                    "--convert-to", "pdf", "--outdir", OUT, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    os.replace(os.path.join(OUT, "_tmp_f28b-03.pdf"), path(3, "pdf"))
    os.remove(docx_path)


# ---------------------------------------------------------------- plan 4
def plan04():
    """DOCX written to the person in du-form. Girl 17, anxiety and school absence, Arboga."""
    doc = base_doc("Calibri", 12)
    sec = doc.sections[0]
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fr = fp.add_run("Samordnad individuell plan (SIP) · Arboga kommun och Region Västmanland")
    fr.font.size = Pt(8)
    fr.font.color.rgb = RGBColor(0x70, 0x70, 0x70)

    doc.add_heading("Din samordnade plan", level=0)
    p = doc.add_paragraph()
    p.add_run("För: ").bold = True
    p.add_run("E., 17 år")
    p.add_run("\nMöte: ").bold = True
    p.add_run("2025-03-04, Familjecentralen i Arboga")
    p.add_run("\nMed på mötet: ").bold = True
    p.add_run("du, mamma, Lina, Johan, Karin och Eva")

    doc.add_heading("Varför har vi det här mötet?", level=1)
    doc.add_paragraph(
        "Vi träffas för att du inte har kunnat gå till skolan sedan höstlovet och för att ångesten "
        "på morgnarna har blivit så stark att du ibland inte kommer ur sängen. Både skolan, BUP och "
        "socialtjänsten har kontakt med dig, och vi vill att det vi gör hänger ihop så att du inte "
        "behöver berätta samma sak för alla och så att ingen hjälp krockar med en annan.")
    doc.add_paragraph("Det här ville vi prata om idag:")
    for q in ["Hur kan du komma tillbaka till skolan i en takt som känns möjlig?",
              "Vad gör vi när ångesten är som värst på morgonen?",
              "Kan du få läsa vissa kurser hemifrån resten av vårterminen så att du inte tappar året?"]:
        doc.add_paragraph(q, style="List Bullet")

    doc.add_heading("Det här vill du", level=1)
    doc.add_paragraph(
        "Du berättade att du saknar dina kompisar men att det känns omöjligt att gå in i "
        "klassrummet när alla redan sitter där. Du vill inte byta skola. Du sa:")
    q = doc.add_paragraph()
    qr = q.add_run("”Jag vill klara andra året och kunna ta bussen till skolan själv igen. "
                   "Jag vill börja med en lektion i taget och inte behöva förklara varför jag varit borta.”")
    qr.italic = True
    q.paragraph_format.left_indent = Cm(1)
    doc.add_paragraph("Mamma tycker att det är bra att börja smått och vill gärna få veta "
                      "från skolan när du har varit där.")

    doc.add_heading("Det här ska hända", level=1)
    acts = [
        ("Lina (kurator) ", "träffar dig varje tisdag kl. 9.00 i elevhälsans rum, första gången 2025-03-11. "
         "Där går ni igenom veckan och bestämmer vilken lektion du ska gå på."),
        ("Karin (din mentor) ", "gör ett schema med anpassad närvaro, du börjar med svenska och engelska, "
         "och ordnar så att du kan komma in i klassrummet innan de andra. Klart till 2025-03-10."),
        ("Johan (psykolog, BUP Västerås) ", "fortsätter KBT med dig varannan vecka med fokus på ångesten "
         "på morgonen, nästa tid 2025-03-06. Han skickar en kort sammanfattning till Lina efter "
         "varje månad om du säger ok."),
        ("Läkaren på BUP Västerås ", "ser över din medicin på ett läkarbesök 2025-03-19."),
        ("Eva (socialsekreterare, Arboga kommun) ", "kontaktar dig och mamma om stödsamtal för "
         "familjen hos familjebehandlarna."),
    ]
    for who, what in acts:
        p = doc.add_paragraph(style="List Bullet")
        p.add_run(who).bold = True
        p.add_run(what)

    doc.add_heading("Vem håller ihop planen?", level=1)
    doc.add_paragraph("Lina, som är kurator, håller ihop planen. Det är henne du eller mamma hör av "
                      "er till om något inte fungerar eller om något behöver ändras. Hon bjuder in "
                      "till nästa möte.")

    doc.add_heading("Får vi prata med varandra om dig?", level=1)
    doc.add_paragraph("Du sa ja till att vi pratar med varandra om dig, muntligt på mötet 2025-03-04. "
                      "Mamma var också med och sa ja. Du kan ändra dig när du vill.")

    doc.add_heading("När ses vi igen?", level=1)
    doc.add_paragraph("Vi ses igen efter påsklovet. Lina skickar en kallelse till dig och mamma.")

    doc.save(path(4, "docx"))


# ---------------------------------------------------------------- plan 5
def plan05():
    """E-mail body (UTF-8) with minutes from SIP meeting. Young man 19, cannabis, Köping."""
    text = """Från: Jonas (IFO Köping, Barn och unga)
Skickat: den 25 september 2024 08:47
Till: SIP-deltagare K.
Ämne: Anteckningar SIP-möte 24/9 – K.

Hej!

Här kommer anteckningarna från gårdagens SIP-möte kring K. Säg till om jag har missat något eller skrivit fel så rättar jag innan det läggs in i akten.

Med på mötet var:
- K.
- Jonas, socialsekreterare, Barn och unga IFO Köping (jag)
- Mikaela, kurator, Vuxenpsykiatrisk mottagning (VUP) Köping
- Peter, sjuksköterska, Beroendemottagningen Västerås
- Lena, behandlare, Öppenvården Köping (Kompassen)
- Amir, KAA-samordnare, Köpings kommun

K. var med på mötet.

Kort om läget: K. har använt cannabis i stort sett dagligen sedan i våras, mest på kvällarna för att kunna sova. Han har inte gått klart gymnasiet (saknar betyg i flera kurser på El- och energiprogrammet) och har inte någon sysselsättning just nu. Han bor hemma. Det var en orosanmälan i juni efter ett polisingripande. Han har gått på två bedömningssamtal på VUP under augusti.

Det här bestämdes:
- Kurator på VUP träffar K. varannan tisdag från v. 40.
- Beroendemottagningen tar drogtester (urinprov) varje måndag, första gången 30/9, och Peter återkopplar resultatet till mig och Lena.
- Lena på Öppenvården erbjuder K. återfallsprevention (ÅP) i grupp eller enskilt, hon ringer honom för att boka.
- Läkare på VUP tar ställning till om det ska göras en neuropsykiatrisk utredning när K. har varit drogfri en period.
- Amir kollar möjligheten till praktikplats via KAA och hör av sig till K.
- Jag gör en ny bedömning av behovet av stöd från socialtjänsten inför nästa möte.

Huvudansvaret för planen ligger kvar hos socialtjänsten tills vidare, vi bestämmer på nästa möte vem som blir samordnare när Sara är tillbaka från sin ledighet.

Nästa möte blir någon gång i november, jag skickar ut förslag på tider.

Hälsningar
Jonas
Socialsekreterare, Barn och unga, IFO Köpings kommun
Nås via växeln
"""
    write_text(path(5, "txt"), text, newline="\n", encoding="utf-8", width=76)


# ---------------------------------------------------------------- plan 6
def plan06():
    """DOCX follow-up plan, one table per earlier action. Man 35, LSS + epilepsy, Skinnskatteberg."""
    doc = base_doc("Calibri", 11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.add_run("Skinnskattebergs kommun – Socialförvaltningen").bold = True
    hp.add_run("\tUppföljning SIP\t2025-05-07")
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.add_run("Sida ")
    add_page_field(fp, "PAGE")

    doc.add_heading("Uppföljning av samordnad individuell plan (SIP)", level=1)
    info = doc.add_table(rows=4, cols=2)
    info.style = "Table Grid"
    data = [("Namn", "M., 35 år"), ("Personnummer", "XXXXXX-XXXX"),
            ("Datum för uppföljningsmöte", "2025-05-07"),
            ("Ursprunglig plan upprättad", "2024-10-02")]
    for i, (a, b) in enumerate(data):
        set_cell(info.rows[i].cells[0], a, bold=True)
        shade(info.rows[i].cells[0], "EDEDED")
        set_cell(info.rows[i].cells[1], b)
    set_col_widths(info, [5.5, 11.0])

    def lbl(label, text):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(6)
        p.add_run(label).bold = True
        p.add_run(" " + text)

    lbl("Deltagare:", "M., god man, boendestödjare, kontaktperson på gruppbostaden, LSS-handläggare, "
        "distriktssköterska, epilepsisjuksköterska (via Teams)")
    lbl("Syfte:", "Se tidigare plan (2024-10-02).")
    lbl("Frågeställningar:", "Gå igenom läget sedan förra mötet.")
    lbl("Mål:", "Som tidigare.")
    lbl("Samtycke:", "Samtycke finns sedan tidigare SIP.")
    lbl("Delaktighet:", "M. deltog i början av mötet tillsammans med sin god man och kontaktpersonen "
        "från gruppbostaden.")
    lbl("Huvudansvarig:", "Som tidigare.")

    doc.add_heading("Uppföljning av tidigare insatser", level=2)

    earlier = [
        ("1. Anfallsdagbok", "Personal på gruppbostaden Solgården för anfallsdagbok varje dag och tar med den till "
         "neurologbesök.", "Kontaktperson, gruppbostaden Solgården (LSS), Skinnskattebergs kommun",
         "Löpande från 2024-10-07", "Pågår",
         "Fungerar bra. Sex anfall registrerade sedan januari, samtliga på kvällen. Dagboken skickades "
         "till neurologmottagningen inför besöket i mars."),
        ("2. Läkemedelsjustering epilepsi", "Neurologläkare justerar antiepileptisk behandling efter "
         "anfallsdagbok.", "Läkare, Neurologmottagningen Västerås", "Besök 2025-03-12", "Genomförd",
         "Dosen höjd i mars. Ny kontroll av blodprov görs på VC."),
        ("3. Daglig verksamhet", "M. deltar i daglig verksamhet enligt LSS 9 § 10, fyra dagar/vecka.",
         "Daglig verksamhet Verkstan, Skinnskattebergs kommun", "Som tidigare", "Pågår",
         "Som tidigare."),
        ("4. Ansökan om förlängd aktivitetsersättning", "God man ansöker om förlängd aktivitetsersättning "
         "hos Försäkringskassan och bifogar läkarutlåtande från VC.", "God man (Lars)",
         "Ansökan in senast 2025-06-15", "Pågår",
         "Läkarutlåtandet är beställt. God man skickar in ansökan när det kommit."),
        ("5. Läkarutlåtande till FK", "Läkarutlåtande om hälsotillstånd till Försäkringskassan.",
         "Distriktsläkare, Vårdcentralen Skinnskatteberg", "Klart senast 2025-05-30", "Ej påbörjad",
         "Läkartid bokad 2025-05-22."),
    ]
    for title, what, who, when, status, comment in earlier:
        tb = doc.add_table(rows=6, cols=2)
        tb.style = "Table Grid"
        top = tb.rows[0].cells[0].merge(tb.rows[0].cells[1])
        set_cell(top, title, bold=True)
        shade(top, "C6D9F1")
        for i, (a, b) in enumerate([("Insats", what), ("Ansvarig", who), ("Tidsram", when),
                                    ("Status", status), ("Kommentar", comment)], start=1):
            set_cell(tb.rows[i].cells[0], a, bold=True)
            set_cell(tb.rows[i].cells[1], b)
        set_col_widths(tb, [3.5, 13.0])
        doc.add_paragraph()

    doc.add_heading("Ny insats", level=2)
    tb = doc.add_table(rows=6, cols=2)
    tb.style = "Table Grid"
    top = tb.rows[0].cells[0].merge(tb.rows[0].cells[1])
    set_cell(top, "6. Handledning för personal om anfall och akutläkemedel (ny)", bold=True)
    shade(top, "D8E4BC")
    for i, (a, b) in enumerate([
            ("Insats", "Epilepsisjuksköterska håller handledning för personalen på Solgården om hur "
                       "kvällsanfallen ska observeras och när buckalt akutläkemedel ska ges. Ny "
                       "delegering för personalen efter handledningen."),
            ("Ansvarig", "Epilepsisjuksköterska, Neurologmottagningen Västerås; delegering: "
                         "sjuksköterska, Hemsjukvården Skinnskattebergs kommun"),
            ("Tidsram", "Handledning 2025-05-28 kl. 14.00 på Solgården, delegering klar senast 2025-06-06"),
            ("Status", "Ny"),
            ("Kommentar", "Bakgrund: två kvällsanfall i april där personalen var osäker på när "
                          "akutläkemedel skulle ges.")], start=1):
        set_cell(tb.rows[i].cells[0], a, bold=True)
        set_cell(tb.rows[i].cells[1], b)
    set_col_widths(tb, [3.5, 13.0])

    doc.add_paragraph()
    lbl("Nästa uppföljning:", "2025-11-12 kl. 10.00 på gruppbostaden Solgården. LSS-handläggaren kallar.")
    lbl("Antecknat av:", "LSS-handläggare, Skinnskattebergs kommun")
    doc.save(path(6, "docx"))


# ---------------------------------------------------------------- plan 7
def plan07():
    """Markdown with action table and bold labels. Boy 15, eating disorder, Sala."""
    text = """# Samordnad individuell plan – T., 15 år

**Datum för möte:** 2025-03-06

**Plats:** BUP-mottagningen Sala

**Kommun:** Sala

**Syfte:** Samordning.

**Bakgrund:** T. går i åk 9 på Ekebyskolan i Sala. Han har gått ner ca 9 kg sedan i höstas efter att ha börjat träna mycket och dra ner på maten. Han fick diagnosen anorexia nervosa på Ätstörningsteamet BUP Västerås i februari. Pulsen har varit låg och han har stått över fotbollsträningen sedan 2025-02-10 efter läkarens bedömning. Skolan har sett att han inte äter lunch och att han är trött och ofta fryser. Hemma har det blivit mycket konflikter kring maten.

**T:s mål:** ”Jag vill kunna spela fotboll med laget igen till sommaren och slippa bråka om maten hemma hela tiden.”

**Delaktighet:** T. deltog på mötet tillsammans med båda vårdnadshavarna. T. tycker att det är jobbigt att äta i matsalen när alla ser på och vill hellre äta i ett mindre rum med en vuxen han känner. Han vill inte att klasskompisarna ska få veta om diagnosen. Mamma och pappa vill ha tydligare besked från BUP om hur mycket han ska äta.

## Insatser

| Aktivitet | Utförare | Tidsram | Uppföljs av |
|---|---|---|---|
| Medicinska kontroller (vikt, puls, blodtryck) | Sjuksköterska, Ätstörningsteamet BUP Västerås | Varannan torsdag från 2025-03-13 | Läkare, Ätstörningsteamet BUP |
| Familjebaserad behandling (FBT), 1 gång/vecka | Psykolog, Ätstörningsteamet BUP Västerås | Start 2025-03-13, tills vidare | Läkare, Ätstörningsteamet BUP |
| Skollunch i mindre rum med elevassistent, elevassistenten ser till att hela portionen äts | Elevassistent, Ekebyskolan (rektors ansvar) | Varje skoldag från 2025-03-10 | Skolsköterska, Ekebyskolan |
| Mellanmål kl. 14.00 på skolan (med från hemmet) | T. själv, med påminnelse från mentor | Från 2025-03-10 | Mentor, Ekebyskolan |
| Befrielse från idrott och hälsa, anpassad uppgift i teori | Idrottslärare och rektor, Ekebyskolan | 2025-03-10 till 2025-04-11, därefter ny bedömning av BUP | Skolsköterska, Ekebyskolan |
| Föräldrarna lägger upp sex måltider per dag enligt matschemat från BUP och sitter med vid frukost och middag | Mamma och pappa (vårdnadshavare) | Från 2025-03-07 | Psykolog, Ätstörningsteamet BUP |
| T. skriver in måltider och mående i måltidsdagboken varje kväll och tar med den till FBT | T. själv | Från 2025-03-07 | Psykolog, Ätstörningsteamet BUP |
| Föräldrastödssamtal för att minska konflikterna hemma, även syskonens situation | Familjebehandlare, IFO Sala kommun | Första samtal 2025-03-18, sedan varannan vecka | Familjebehandlare, IFO Sala |

**Huvudansvarig för planen:** Ej utsett, tas upp på nästa möte.

**Uppföljning:** Vecka 16.

**Deltagare:** T., mamma, pappa, Helena, Omar, Britt, Sanna

*Planen upprättad 2025-03-06. Skickas till vårdnadshavare och deltagarna.*
"""
    with open(path(7, "md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


# ---------------------------------------------------------------- plan 8 (not a SIP)
def plan08():
    """DOCX Vårdplan from one psychiatric ward. Not a SIP."""
    doc = base_doc("Calibri", 11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.add_run("Region Västmanland · Psykiatriska kliniken Västerås · Avdelning 41").font.size = Pt(9)
    hp2 = sec.header.add_paragraph()
    hp2.add_run("Omvårdnadsdokumentation – utskrift 2024-11-14").font.size = Pt(8)

    doc.add_heading("Vårdplan", level=0)
    tb = doc.add_table(rows=3, cols=4)
    tb.style = "Table Grid"
    vals = [("Patient", "[namn], 52 år", "Personnummer", "ÅÅMMDD-XXXX"),
            ("Inskriven", "2024-11-08 (HSL, frivillig vård)", "Vårdplan upprättad", "2024-11-11"),
            ("Omvårdnadsansvarig ssk", "Fredrik", "Patientansvarig läkare", "Överläkare, avd 41")]
    for i, row in enumerate(vals):
        for j, v in enumerate(row):
            set_cell(tb.rows[i].cells[j], v, bold=(j % 2 == 0))
            if j % 2 == 0:
                shade(tb.rows[i].cells[j], "EDEDED")

    doc.add_heading("Vårdorsak", level=1)
    doc.add_paragraph("Patienten inskrevs via psykiatriska akutmottagningen med svår depressiv episod, "
                      "sömnstörning och uttalade suicidtankar utan konkreta planer. Har slutat äta "
                      "ordentligt de senaste veckorna. Tidigare frisk.")

    problems = [
        ("Omvårdnadsproblem 1: Risk för suicid",
         "Patienten uttrycker att hon inte ser någon mening och har tankar på att inte vilja leva.",
         "Patienten ska känna sig trygg på avdelningen och kunna berätta för personal när tankarna blir starkare.",
         ["Strukturerad suicidriskbedömning enligt rutin varje dag av ssk.",
          "Tillsyn var 15:e minut dag och natt tills läkare beslutar annat.",
          "Dagliga stödsamtal med kontaktperson, minst 20 minuter.",
          "Genomgång av rummet och ägodelar vid inskrivning och efter permission."]),
        ("Omvårdnadsproblem 2: Sömnstörning",
         "Sover 2–3 timmar per natt, vaknar tidigt med ångest.",
         "Sammanhängande sömn minst 5 timmar per natt inom en vecka.",
         ["Sömnregistrering varje natt.",
          "Vid behov-läkemedel enligt ordination, effekt utvärderas och dokumenteras.",
          "Fasta tider för uppstigning och vila, undvika sömn dagtid."]),
        ("Omvårdnadsproblem 3: Nedsatt nutrition",
         "Vikt 58 kg vid inskrivning, uppger viktnedgång ca 5 kg på en månad.",
         "Äter minst tre huvudmål per dag och viktnedgången avstannar.",
         ["Mat- och vätskeregistrering i tre dygn.",
          "Vägning en gång/vecka (måndagar).",
          "Dietistkonsult om fortsatt viktnedgång efter en vecka."]),
    ]
    for title, status, goal, acts in problems:
        doc.add_heading(title, level=1)
        p = doc.add_paragraph()
        p.add_run("Status: ").bold = True
        p.add_run(status)
        p = doc.add_paragraph()
        p.add_run("Mål: ").bold = True
        p.add_run(goal)
        p = doc.add_paragraph()
        p.add_run("Omvårdnadsåtgärder:").bold = True
        for a in acts:
            doc.add_paragraph(a, style="List Bullet")

    doc.add_heading("Patientens delaktighet", level=1)
    doc.add_paragraph("Vårdplanen är genomgången med patienten 2024-11-11. Patienten önskar att "
                      "kontaktpersonen är samma person så långt det går.")
    doc.add_heading("Utvärdering", level=1)
    doc.add_paragraph("Vårdplanen utvärderas på teamrond 2024-11-18 av omvårdnadsansvarig "
                      "sjuksköterska och läkare.")
    doc.save(path(8, "docx"))


FIXED = datetime.datetime(2025, 3, 1, 12, 0, 0)


def normalize_docx(p):
    """Fix core-property dates and zip timestamps so every run gives identical bytes."""
    d = Document(p)
    cp = d.core_properties
    cp.author = "SIP"
    cp.last_modified_by = "SIP"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    d.save(p)
    with zipfile.ZipFile(p) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(p, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, blob in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, blob)


def main():
    os.makedirs(OUT, exist_ok=True)
    for fn in (plan01, plan02, plan03, plan04, plan05, plan06, plan07, plan08):
        fn()
    for name in sorted(os.listdir(OUT)):
        if name.endswith(".docx"):
            normalize_docx(os.path.join(OUT, name))
    print("written:", sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()
