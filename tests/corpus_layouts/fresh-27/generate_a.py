#!/usr/bin/env python3
"""Generate the f27a batch of fictional, anonymized SIP plans into plans/.

Run with python generate_a.py
Deterministic: fixed dates, no randomness, zip/PDF timestamps fixed.
"""
import datetime
import io
import os
import textwrap
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
PREFIX = "f27a"
FIXED_DT = datetime.datetime(2025, 3, 1, 12, 0, 0, tzinfo=datetime.timezone.utc)
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def path(n, ext):
    return os.path.join(OUT, f"{PREFIX}-{n:02d}.{ext}")


# ---------------------------------------------------------------- docx helpers

def new_doc(font="Calibri", size=11):
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
    cp = doc.core_properties
    cp.created = FIXED_DT.replace(tzinfo=None)
    cp.modified = FIXED_DT.replace(tzinfo=None)
    cp.last_modified_by = ""
    cp.author = ""
    return doc


def save_docx(doc, fn):
    """Save with fixed zip timestamps so the file is byte-identical each run."""
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    zin = zipfile.ZipFile(buf)
    with zipfile.ZipFile(fn, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 3, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


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


def cell_text(cell, text, bold=False, size=None, italic=False, color=None):
    """Replace cell content with text; '\n' becomes a line break inside one paragraph."""
    p = cell.paragraphs[0]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    parts = text.split("\n")
    for i, part in enumerate(parts):
        r = p.add_run(part)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
        if i < len(parts) - 1:
            r.add_break()
    return p


def set_col_widths(table, widths_cm):
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_cm):
        gc.set(qn("w:w"), str(int(Cm(w).twips)))
    table.autofit = False
    for row in table.rows:
        for i, w in enumerate(widths_cm):
            if i < len(row.cells):
                row.cells[i].width = Cm(w)


def para(doc_or_cell, text="", bold=False, size=None, italic=False, align=None,
         space_after=None, style=None):
    p = doc_or_cell.add_paragraph(style=style) if style else doc_or_cell.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    return p


def label_value(doc, label, value, space_after=4):
    p = doc.add_paragraph()
    r = p.add_run(label + " ")
    r.bold = True
    p.add_run(value)
    p.paragraph_format.space_after = Pt(space_after)
    return p


# =====================================================================
# 01  PDF, fpdf2: "VårdJournal 3" journal print, Sökord entries
#     Adult with schizophrenia and cannabis use, Köping
# =====================================================================

class JournalPDF(FPDF):
    def header(self):
        self.set_font("DV", "B", 11)
        self.cell(60, 6, "VårdJournal 3", new_x="RIGHT", new_y="TOP")
        self.set_font("DV", "", 8.5)
        self.cell(70, 6, "Region Västmanland", align="C", new_x="RIGHT", new_y="TOP")
        self.cell(0, 6, f"Sida {self.page_no()} ({{nb}})", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.cell(60, 4.5, "Journalutskrift – vald period", new_x="RIGHT", new_y="TOP")
        self.cell(70, 4.5, "Utskriftsdatum: 2024-10-16 08:47", align="C",
                  new_x="RIGHT", new_y="TOP")
        self.cell(0, 4.5, "Utskriven av: Emma, ssk", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.set_font("DV", "B", 9)
        self.cell(60, 5, "Daniel   ÅÅMMDD-XXXX", new_x="RIGHT", new_y="TOP")
        self.set_font("DV", "", 8.5)
        self.cell(0, 5, "Vårdenhet: Psykosmottagningen Köping, Vuxenpsykiatrin",
                  new_x="LMARGIN", new_y="NEXT")
        y = self.get_y() + 1
        self.set_line_width(0.4)
        self.line(self.l_margin, y, self.w - self.r_margin, y)
        self.set_line_width(0.2)
        self.ln(4)

    def footer(self):
        self.set_y(-14)
        self.set_font("DV", "", 7)
        self.set_text_color(90, 90, 90)
        self.multi_cell(0, 3.5,
                        "Journalhandling. Uppgifterna omfattas av sekretess enligt OSL 25 kap. 1 §. "
                        "Utskriften visar signerade anteckningar för valt urval och tidsperiod.",
                        align="L")
        self.set_text_color(0, 0, 0)


def j_entry_head(pdf, when, unit, author, typ, status):
    pdf.set_fill_color(225, 230, 238)
    pdf.set_font("DV", "B", 9.5)
    pdf.cell(0, 6, f"{when}   {unit}", border="LTR", fill=True,
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 8.5)
    pdf.cell(0, 5, f"{author}   |   Anteckningstyp: {typ}   |   {status}",
             border="LBR", fill=True, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)


def j_keyword(pdf, key, text):
    kw = 40
    x0 = pdf.l_margin
    # keep the keyword with at least two lines of its text
    if pdf.get_y() > pdf.h - pdf.b_margin - 12:
        pdf.add_page()
    y0 = pdf.get_y()
    pdf.set_font("DV", "B", 9)
    pdf.set_xy(x0, y0)
    pdf.cell(kw, 4.8, key)
    pdf.set_font("DV", "", 9)
    pdf.set_xy(x0 + kw, y0)
    pdf.multi_cell(pdf.w - pdf.r_margin - x0 - kw, 4.8, text, align="L",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.6)


def plan01():
    pdf = JournalPDF(format="A4")
    pdf.set_creation_date(FIXED_DT)
    pdf.add_font("DV", "", FONT)
    pdf.add_font("DV", "B", FONT_B)
    pdf.set_margins(16, 14, 16)
    pdf.set_auto_page_break(True, 18)
    pdf.alias_nb_pages()
    pdf.add_page()

    j_entry_head(pdf, "2024-10-15 13:00", "Psykosmottagningen Köping",
                 "Emma, Sjuksköterska", "SIP – samordnad individuell plan",
                 "Signerad 2024-10-15 16:42")
    K = [
        ("Kontaktorsak",
         "SIP-möte på mottagningen efter utskrivning från Psykiatriska kliniken Västerås "
         "2024-08-29. Mötet bokades på initiativ av mottagningen i samråd med "
         "socialpsykiatrin."),
        ("Deltagare",
         "Patienten. Emma, kontaktsjuksköterska, Psykosmottagningen Köping. Ahmed, "
         "överläkare, Psykosmottagningen Köping. Kim, behandlare, Beroendemottagningen "
         "Köping. Jonas, boendestödjare, Socialpsykiatrin Köpings kommun. Petra, "
         "biståndshandläggare, Vuxenenheten IFO Köpings kommun."),
        ("Samtycke", "Samtycke till SIP finns."),
        ("Bakgrund",
         "34-årig man med paranoid schizofreni sedan 2016. Bor ensam i hyreslägenhet i "
         "Köping. Har haft två inläggningar under 2024 (mars och augusti), båda gångerna "
         "efter att depåinjektionerna uteblivit och cannabisbruket ökat. Röker cannabis "
         "flera dagar i veckan enligt egen uppgift, periodvis dagligen. Ingen "
         "sysselsättning sedan 2021. Har haft boendestöd tidigare men tackade nej i våras. "
         "Sedan utskrivningen har pat tagit sina injektioner och varit i regelbunden "
         "kontakt med mottagningen, men har uteblivit vid två hembesök."),
        ("Syfte",
         "Att samordna psykiatrins, beroendevårdens och socialpsykiatrins insatser så att "
         "Daniel kan bo kvar i sin lägenhet efter utskrivningen i augusti och risken för en "
         "ny inläggning minskar."),
        ("Frågeställning",
         "Hur ska boendestödet läggas upp när Daniel inte vill ha besök på förmiddagarna? "
         "Kan samtalsbehandlingen för cannabisbruket ges i Köping i stället för i Västerås? "
         "Vem påminner om depåinjektionen om han inte kommer på bokad tid?"),
        ("Patientens syn",
         "Daniel deltog under hela mötet. Han säger att han mår bättre nu och att han inte "
         "vill bli inlagd igen. Han tycker att injektionerna är jobbiga men accepterar dem "
         "tills vidare. Han vill inte ha boendestöd före kl. 11 och vill hellre träffa "
         "beroendemottagningen i Köping än åka till Västerås, eftersom resorna blir för dyra. "
         "Han är tveksam till att helt sluta med cannabis men kan tänka sig att dra ner."),
        ("Mål",
         "Målet är att Daniel ska kunna bo kvar i egen lägenhet, ta sin depåmedicinering "
         "regelbundet och minska sitt cannabisbruk så att han inte behöver läggas in igen."),
        ("Insatser",
         "1. Depåinjektion var tredje vecka på Psykosmottagningen Köping samt stödsamtal i "
         "samband med injektionen.\n"
         "2. Boendestöd två gånger per vecka (tisdag och torsdag eftermiddag) med fokus på "
         "ekonomi, inköp, städning och att hålla tider.\n"
         "3. Samtalsbehandling med inriktning på cannabis (MI och återfallsprevention) på "
         "Beroendemottagningen Köping, i Köping enligt pat:s önskemål.\n"
         "4. Läkemedelsuppföljning med metabola kontroller (vikt, blodtryck, blodprover).\n"
         "5. Utredning av behov av sysselsättning, t.ex. daglig verksamhet enligt SoL på "
         "Kraftverket i Köping."),
        ("Ansvarig",
         "1. Kontaktsjuksköterska Emma, Psykosmottagningen Köping. Nästa injektion "
         "2024-10-22, därefter var tredje vecka. Emma ringer pat samma dag om han uteblir.\n"
         "2. Boendestödjare Jonas, Socialpsykiatrin Köpings kommun. Start torsdag "
         "2024-10-24.\n"
         "3. Behandlare Kim, Beroendemottagningen Köping. Remiss skickas, starttid är inte "
         "bestämd.\n"
         "4. Överläkare Ahmed, Psykosmottagningen Köping. Provtagning och läkarbesök "
         "2024-11-05.\n"
         "5. Biståndshandläggare Petra, Vuxenenheten IFO Köpings kommun. Hembesök för "
         "utredning 2024-10-30, beslut senast 2024-11-22."),
        ("Huvudansvar", "Vuxenpsykiatrin Köping har huvudansvar för planen."),
        ("Uppföljning",
         "Uppföljande SIP-möte 2024-12-10 kl. 13.00 på Psykosmottagningen Köping. "
         "Kallelse skickas av mottagningen."),
    ]
    for k, t in K:
        j_keyword(pdf, k, t)

    pdf.ln(3)
    j_entry_head(pdf, "2024-10-15 16:30", "Psykosmottagningen Köping",
                 "Emma, Sjuksköterska", "Administrativ anteckning",
                 "Signerad 2024-10-15 16:44")
    for k, t in [
        ("Åtgärd",
         "Kopia av SIP skickad till pat per post. Planen skickad till Socialpsykiatrin och "
         "Vuxenenheten via säker post. Remiss till Beroendemottagningen Köping skriven, "
         "signeras av överläkare."),
        ("Bokning", "Uppföljande SIP 2024-12-10 bokad i tidbok, lokal Samtalsrum 2."),
    ]:
        j_keyword(pdf, k, t)

    pdf.ln(3)
    j_entry_head(pdf, "2024-10-16 08:20", "Psykosmottagningen Köping",
                 "Ahmed, Läkare", "Läkaranteckning",
                 "Signerad 2024-10-16 08:35")
    for k, t in [
        ("Aktuellt",
         "Deltog vid SIP-möte igår. Pat lugn, adekvat, inga tecken på pågående psykotiska "
         "symtom vid mötet. Fortsatt depåbehandling enligt ordination."),
        ("Läkemedel", "Oförändrad ordination, se läkemedelslistan."),
        ("Planering", "Remiss till Beroendemottagningen Köping signerad. Läkarbesök 2024-11-05."),
    ]:
        j_keyword(pdf, k, t)

    pdf.output(path(1, "pdf"))


# =====================================================================
# 02  DOCX: "Samordnad plan vid utskrivning", geriatric ward, Sala
# =====================================================================

def plan02():
    doc = new_doc("Arial", 10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Region Västmanland\tGeriatriska kliniken, avd. 3 Sala\tUtskrivningsplanering"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Planen upprättas i samverkan mellan Region Västmanland och Sala kommun"
    fp.runs[0].font.size = Pt(7.5)

    h = doc.add_heading("Samordnad plan vid utskrivning", level=1)
    para(doc, "Upprättad 2025-03-11 vid planeringsmöte (videomöte) från avdelningen",
         italic=True, size=9, space_after=8)

    # fact box
    box = doc.add_table(rows=1, cols=1)
    box.style = doc.styles["Table Grid"]
    c = box.cell(0, 0)
    shade(c, "EAF1F8")
    facts = [
        ("Patient", "Elsa, 91 år, ÅÅMMDD-XXXX"),
        ("Inskriven", "2025-03-03, Geriatriska kliniken avd. 3, Sala"),
        ("Beräknad utskrivning", "2025-03-14 (fredag), hemtransport med taxi kl. 13"),
        ("Diagnoser", "Hjärtsvikt NYHA III med försämring, förmaksflimmer, lätt kognitiv svikt"),
        ("Boende före inskrivning", "Lägenhet i Sala centrum, 2 tr med hiss, bor ensam. "
                                    "Hemtjänst 1 gång/vecka (städ)."),
        ("Funktion vid utskrivning", "Går med rollator inomhus, behöver hjälp vid dusch och "
                                     "påklädning av strumpor. Viktuppgång 4 kg före inskrivning."),
    ]
    first = True
    for k, v in facts:
        p = c.paragraphs[0] if first else c.add_paragraph()
        first = False
        r = p.add_run(k + ": ")
        r.bold = True
        p.add_run(v)
        p.paragraph_format.space_after = Pt(2)

    para(doc, space_after=2)
    label_value(doc, "Fast vårdkontakt:",
                "Marie, distriktssköterska, Vårdcentralen Sala Väsby")
    label_value(doc, "Samordningsansvarig:",
                "Marie, distriktssköterska, Vårdcentralen Sala Väsby")
    label_value(doc, "Utskrivningsklar enligt läkare:", "2025-03-13")

    doc.add_heading("Patientens önskemål", level=2)
    para(doc, "Elsa var med på mötet från dagrummet tillsammans med sjuksköterskan på "
              "avdelningen. Hon sa: ”Jag vill hem till mitt eget och sova i min egen säng. "
              "Jag klarar mig med rollatorn om någon hjälper mig med duschen.” Hon vill "
              "inte ha besök tidigare än kl. 8 på morgonen och vill fortsätta laga sin "
              "egen lunch.", space_after=6)

    doc.add_heading("Planerade insatser efter utskrivning", level=2)
    bullets = [
        "Hemtjänsten Sala centrum ger hjälp morgon och kväll (påklädning, frukost, tillsyn, "
        "kvällsmat) med start på hemgångsdagen 2025-03-14, första besöket kl. 17. Biståndsbeslut "
        "fattas av biståndshandläggare Johan, Äldreomsorgen Sala kommun, senast 2025-03-13.",
        "Hemtjänsten hjälper Elsa med dusch två gånger per vecka (tisdag och fredag) från "
        "2025-03-18.",
        "Trygghetslarm installeras av kommunens larmgrupp senast 2025-03-13 så att det fungerar "
        "när Elsa kommer hem.",
        "Avdelningsläkaren uppdaterar läkemedelslistan och skickar epikris till Vårdcentralen "
        "Sala Väsby på utskrivningsdagen 2025-03-14.",
        "Distriktssköterska Marie, Vårdcentralen Sala Väsby, gör hembesök måndag 2025-03-17: "
        "vikt, ödem, blodtryck och genomgång av läkemedelslistan med Elsa.",
        "Kommunens hemsjukvård (sjuksköterska, Sala kommun) väger Elsa varje måndag från "
        "2025-03-24 och kontaktar vårdcentralen vid viktuppgång över 2 kg på en vecka.",
        "Läkare på Vårdcentralen Sala Väsby följer upp diuretikadosen och njurfunktionen "
        "(blodprov) vid mottagningsbesök 2025-03-25.",
        "Arbetsterapeut, Rehabenheten Sala kommun, gör hembesök under vecka 12 för bedömning "
        "av duschpall och toalettförhöjning.",
        "Sjuksköterska på Hjärtsviktsmottagningen, Västmanlands sjukhus Västerås, ringer Elsa "
        "2025-04-01 för fortsatt dosjustering av hjärtsviktsläkemedel.",
    ]
    for b in bullets:
        p = doc.add_paragraph(b, style="List Bullet")
        p.paragraph_format.space_after = Pt(3)

    doc.add_heading("Uppföljning", level=2)
    para(doc, "Planen följs upp vid ett hembesök inom två veckor efter hemkomsten. "
              "Distriktssköterskan kallar.", space_after=6)

    doc.add_heading("Deltagare", level=2)
    para(doc, "Elsa, Lena, Marie, Johan, Sofie, Anders", space_after=10)

    para(doc, "Planen är kommunicerad med patienten och skickad till berörda enheter i "
              "Lifecare SP 2025-03-11.", italic=True, size=8.5)
    save_docx(doc, path(2, "docx"))


# =====================================================================
# 03  Markdown: numbered capital headings, wide action table, Surahammar
# =====================================================================

def plan03():
    md = """# SAMORDNAD INDIVIDUELL PLAN (SIP)

**Namn:** Viktor  
**Personnummer:** ÅÅMMDD-XXXX  
**Datum för SIP-möte:** 2024-10-29  
**Plats:** Socialförvaltningen, Surahammars kommun  
**Dokumenterat av:** Nina, boendestödjare

---

## 1. BAKGRUND

Viktor är 20 år och har diagnosen autism (utredd på BUP 2017). Han gick ut gymnasiet
(IM-programmet) 2023 och har sedan dess i stort sett varit hemma. Sedan ett år bor han
i egen lägenhet i Surahammar. Han går sällan ut, handlar mest på nätterna och har
ingen sysselsättning. Han spelar dataspel stora delar av dygnet och har vänt på dygnet.
Under sommaren 2024 hade han perioder med nedstämdhet och sömnproblem och sökte då
Vårdcentralen Surahammar, som remitterade till vuxenpsykiatrin. Han har boendestöd
sedan augusti 2024 en gång i veckan.

## 2. SYFTE MED SIP

Syftet är att Viktor ska få ett samlat stöd från kommunen och vuxenpsykiatrin så att
han kan bryta sin isolering, få en fungerande dygnsrytm och hitta en sysselsättning som
passar honom. Planen ska också göra det tydligt för Viktor vem han ska vända sig till.

## 3. FRÅGESTÄLLNINGAR

Gå igenom nuläget och diskutera fortsatt stöd.

## 4. VIKTORS MÅL OCH ÖNSKEMÅL

> ”Jag vill ha någonstans att gå på dagarna, kanske en gång i veckan först, och träffa
> någon som gillar samma spel som jag. Jag vill kunna sova på nätterna igen.”

Viktor var med på hela mötet. Han ville sitta närmast dörren och ha pauser, vilket han
fick. Han sa att han inte vill ha fler än två nya personer att lära känna samtidigt och
att han helst vill ha kontakt via sms i stället för telefonsamtal.

## 5. DELTAGARE

- Viktor
- Nina, boendestödjare, Socialpsykiatrin Surahammars kommun
- Farid, LSS-handläggare, Myndighetsenheten Surahammars kommun
- Karl, arbetsterapeut, Träffpunkten Surahammars kommun
- Helena, sjuksköterska, Vuxenpsykiatriska mottagningen Västerås (deltog via Teams)
- Louise, distriktssköterska, Vårdcentralen Surahammar

## 6. INSATSER OCH ANSVAR

| Insats | Ansvarig verksamhet | Ansvarig person/funktion | Start | Slut |
|---|---|---|---|---|
| Utökat boendestöd till två gånger/vecka, fokus på dygnsrytm, inköp dagtid och att ta sig ut en kort promenad | Socialpsykiatrin, Surahammars kommun | Nina, boendestödjare | 2024-11-04 | 2025-04-30 |
| Prova-på-besök på Träffpunkten (spelgruppen onsdagar kl. 13–15), Karl möter Viktor vid entrén första gångerna | Träffpunkten, Surahammars kommun | Karl, arbetsterapeut | 2024-11-13 | Tills vidare |
| Utredning av rätt till kontaktperson enligt LSS 9 § 4 | Myndighetsenheten, Surahammars kommun | Farid, LSS-handläggare | 2024-11-01 | 2024-12-15 |
| Bedömning av sömn och nedstämdhet, ställningstagande till läkemedel | Vuxenpsykiatriska mottagningen Västerås | Läkare, vuxenpsykiatrin | 2024-11-19 | – |
| Samtalsbehandling (KBT) med inriktning på social ångest | Vuxenpsykiatriska mottagningen Västerås | Psykolog | – | – |
| Hälsokontroll (vikt, blodtryck, blodprover) | Vårdcentralen Surahammar | Louise, distriktssköterska | 2024-11-26 | 2024-11-26 |

Kommentar: Väntetiden till psykolog på vuxenpsykiatrin är i nuläget lång, någon starttid
för KBT kunde inte ges på mötet.

## 7. UPPFÖLJNING

Uppföljning i februari 2025. Datum bestäms senare.
"""
    with open(path(3, "md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# =====================================================================
# 04  DOCX child-friendly plan with emoji headings, Kungsör
# =====================================================================

def plan04():
    doc = new_doc("Calibri", 12)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    fp = sec.footer.paragraphs[0]
    fp.text = "SIP – samordnad individuell plan för barn | Kungsörs kommun och Region Västmanland"
    fp.runs[0].font.size = Pt(8)

    t = doc.add_heading("Min plan 🌈", level=0)
    para(doc, "Ella, 7 år  •  Mötet var tisdag 11 februari 2025", size=11, space_after=10)

    doc.add_heading("👋 Hej Ella!", level=1)
    para(doc, "Det här är din plan. Vi har skrivit den tillsammans med dig, mamma och pappa.")

    doc.add_heading("📖 Så här är det nu", level=1)
    para(doc, "Hemma pratar du med mamma, pappa och lillebror Leo. I skolan och på fritids "
              "är det svårt att prata, och då blir det jobbigt i magen. Du har gått till "
              "BUP sedan i höstas. Du är bra på att rita och att bygga med lego.")

    doc.add_heading("🤝 Varför har vi en plan?", level=1)
    para(doc, "För att samarbeta kring dig.")

    doc.add_heading("🙂 Det här är viktigt för mig", level=1)
    para(doc, "Ella var med på mötets första halvtimme med mamma och pappa. Hon ritade och "
              "visade med tummen upp eller ner vad hon tyckte, och viskade till mamma som "
              "skrev ner:", italic=True, size=10.5)
    for s in ["”Jag vill kunna viska till Lisa när jag behöver gå på toa.”",
              "”Jag vill inte att någon säger ’säg nåt då!’.”",
              "”Jag vill vara med Maja på rasten.”"]:
        doc.add_paragraph(s, style="List Bullet")

    doc.add_heading("✅ Får vi prata med varandra om dig?", level=1)
    para(doc, "Ja, sa mamma och pappa på mötet 2025-02-11. De skrev också under "
              "samtyckesblanketten samma dag. Då får skolan och BUP prata med varandra om dig.")

    doc.add_heading("🧩 Vem gör vad?", level=1)
    rows = [
        ("Vem", "Vad", "När"),
        ("Lisa, din fröken i 1B", "Du får använda bildkort och tumme upp/ner i stället för "
         "att prata. Ingen ska tvinga dig att prata.", "Från måndag 17 februari"),
        ("Hanna, psykolog på BUP Västerås", "Du och mamma eller pappa träffar Hanna. Ni leker "
         "och övar på att prata lite i taget, först med Hanna och sedan med Lisa.",
         "Varannan tisdag, första gången 25 februari"),
        ("Mamma och pappa", "Övar med dig i affären: du säger hej eller vinkar till den som "
         "sitter i kassan. De berättar för Hanna hur det går.", "Varje lördag"),
        ("Skolan", "Du får gå in i klassrummet lite före de andra på morgonen, så att det "
         "är lugnt när du kommer.", ""),
        ("Fritids", "En vuxen på fritids sitter med dig och Maja en stund varje eftermiddag "
         "och spelar spel utan att ni behöver prata.", "Från 17 februari, måndag–torsdag"),
    ]
    tb = doc.add_table(rows=len(rows), cols=3)
    tb.style = doc.styles["Table Grid"]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            cell_text(tb.cell(i, j), v, bold=(i == 0), size=11)
            if i == 0:
                shade(tb.cell(i, j), "FFE8A3")
    repeat_header(tb.rows[0])
    set_col_widths(tb, [4.2, 8.0, 4.2])

    para(doc, space_after=2)
    doc.add_heading("⭐ Den som håller ihop planen", level=1)
    para(doc, "Sara (kurator). Mamma och pappa ringer Sara om något behöver ändras.")

    doc.add_heading("👥 Vi som var med på mötet", level=1)
    para(doc, "Ella, mamma Anna, pappa Erik, Lisa (fröken), Sara (kurator), Hanna (psykolog)")

    doc.add_heading("🗓 När ses vi igen?", level=1)
    para(doc, "Tisdag 13 maj 2025 kl. 14.00 i skolans lilla grupprum. Du får gärna ta med en "
              "teckning!")
    save_docx(doc, path(4, "docx"))


# =====================================================================
# 05  TXT Windows-1252 CRLF: meeting minutes in prose, Västerås
# =====================================================================

def wrap(text, width=76):
    out = []
    for block in text.split("\n"):
        if not block.strip():
            out.append("")
        else:
            out.extend(textwrap.wrap(block, width=width, break_long_words=False,
                                     break_on_hyphens=False))
    return out


def plan05():
    t = """Protokoll fört vid SIP-möte den 8 oktober 2024, kl. 09.30–11.15
Plats: Vuxenenheten, IFO Västerås stad, sammanträdesrum Mälaren

Närvarande:
Linda, den enskilda
Maria, socialsekreterare, Vuxenenheten IFO Västerås stad
Johan, socialsekreterare, Barn- och familjeenheten IFO Västerås stad
Eva, kontaktsjuksköterska, Beroendecentrum Västerås, Region Västmanland
Sofia, psykolog, Allmänpsykiatriska mottagningen Västerås, Region Västmanland

Protokollförare: Maria

§ 1 Mötets öppnande
Maria hälsade alla välkomna och gick igenom hur mötet skulle gå till. Linda hade själv bett om att få ett gemensamt möte, eftersom hon upplever att hon får olika besked från olika håll och att hon inte orkar berätta samma sak flera gånger.

§ 2 Syfte och frågeställning
Syftet med planen är att Lindas beroendebehandling och behandlingen av hennes PTSD ska planeras i rätt ordning och att socialtjänstens insatser ska stödja henne så att umgänget med barnen kan utökas i takt med att hon blir stabil. Frågeställning inför mötet var en gemensam genomgång av läget.

§ 3 Lindas situation och önskemål
Linda är 38 år och har haft ett beroende av alkohol och bensodiazepiner sedan tjugoårsåldern. Hon har PTSD efter våld i en tidigare relation. Hennes två barn, 9 och 12 år, är sedan april 2024 placerade i familjehem i Hallstahammar enligt LVU. Linda har varit nykter sedan augusti och lämnar urinprov på Beroendecentrum. Hon bor i en andrahandslägenhet i Västerås som hon får behålla till sommaren. Linda sa på mötet: "Jag vill vara drogfri och kunna ha barnen hos mig varannan helg. Jag vill inte börja med traumabehandlingen förrän jag känner mig stabil, för då vet jag att jag börjar dricka igen." Hon vill gärna ha någon att prata med mellan besöken och önskar att träffarna med barnen ska vara på en neutral plats till en början.

§ 4 Insatser
Eva berättade att Linda sköter sin behandling väl. Sofia beskrev att traumafokuserad behandling ger bäst resultat när patienten har en stabil period av drogfrihet bakom sig, vilket stämmer med Lindas egen önskan. Johan berättade att barnen mår bra i familjehemmen och att de frågar efter sin mamma.

Beslut: Linda fortsätter med återfallsprevention på Beroendecentrum Västerås hos Eva, samtal en gång i veckan (onsdagar) och urinprov två gånger i veckan, som hittills. Eva ansvarar.

Beslut: Vuxenenheten beviljar Linda boendestöd en gång i veckan från och med den 21 oktober 2024, med fokus på ekonomi, struktur i vardagen och kontakten med hyresvärden. Maria fattar beslutet och beställer insatsen hos Boendestödet Västerås stad.

Beslut: Regionen erbjuder traumafokuserad behandling för PTSD när Linda har varit drogfri i tre månader.

Beslut: Johan, Barn- och familjeenheten, planerar umgänge varannan lördag tre timmar på Familjecentralen Viksäng med start den 19 oktober 2024, och informerar familjehemmen senast den 11 oktober.

Beslut: Linda kontaktar själv Försäkringskassan om sjukpenning senast den 18 oktober 2024. Maria hjälper henne att fylla i ansökan vid deras samtal den 15 oktober.

§ 5 Huvudansvar
Socialtjänsten har huvudansvaret för planen.

§ 6 Nästa möte
Nästa SIP-möte hålls i början av december. Kallelse skickas ut.

§ 7 Mötets avslutande
Linda sa att det kändes bra att alla hade hört samma sak och tackade för mötet.

Vid protokollet: Maria
Protokollet har lästs upp för Linda vid mötets slut.
"""
    lines = wrap(t, 78)
    data = ("\r\n".join(lines) + "\r\n").encode("cp1252")
    with open(path(5, "txt"), "wb") as f:
        f.write(data)


# =====================================================================
# 06  DOCX: municipal template = one big 2-col table with merged DEL headers
# =====================================================================

def plan06():
    doc = new_doc("Arial", 10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(1.8)
    sec.top_margin = Cm(1.6)
    hp = sec.header.paragraphs[0]
    hp.text = "NORBERGS KOMMUN\tVård och omsorg\tSIP"
    hp.runs[0].font.size = Pt(8)
    hp.runs[0].bold = True
    fp = sec.footer.paragraphs[0]
    fp.text = "Blankett SIP, Norbergs kommun, version 2023-05. Förvaras i personakt."
    fp.runs[0].font.size = Pt(7)

    p = para(doc, "SAMORDNAD INDIVIDUELL PLAN (SIP)", bold=True, size=14, space_after=2)
    para(doc, "enligt SoL 2 kap. 7 § och HSL 16 kap. 4 §", size=8, italic=True, space_after=6)

    tb = doc.add_table(rows=0, cols=2)
    tb.style = doc.styles["Table Grid"]
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER

    def part(title):
        r = tb.add_row()
        m = r.cells[0].merge(r.cells[1])
        cell_text(m, title, bold=True, size=10.5)
        shade(m, "BFBFBF")

    def field(label, value, lab_size=9):
        r = tb.add_row()
        cell_text(r.cells[0], label, bold=True, size=lab_size)
        shade(r.cells[0], "F2F2F2")
        cell_text(r.cells[1], value, size=10)
        return r

    part("DEL 1 BAKGRUND")
    field("Namn", "Bertil")
    field("Personnummer", "ÅÅMMDD-XXXX")
    field("Datum för SIP-möte", "2024-10-02")
    field("Plats", "Hembesök, Norberg")
    field("Bakgrund / nuvarande situation",
          "Bertil är 81 år och har Parkinsons sjukdom sedan 2015. Han bor med sin hustru Gun, "
          "79 år, i eget hus i Norberg. Under sommaren har Bertil fallit fyra gånger i hemmet, "
          "senast i september då han låg på golvet i en timme innan Gun fick upp honom med "
          "hjälp av en granne. Han har tilltagande stelhet på morgnarna och perioder med "
          "ofrivilliga rörelser på eftermiddagarna. Gun sköter i dag det mesta av hans "
          "omvårdnad och har själv ont i ryggen. Hemtjänst finns sedan maj med hjälp vid "
          "dusch en gång i veckan.")
    field("Samtycke till SIP", "☒ Ja   ☐ Nej")

    part("DEL 2 SYFTE, FRÅGESTÄLLNINGAR OCH MÅL")
    field("Syfte med planen",
          "Att samordna hemtjänst, hemsjukvård, rehab och Parkinsonvården så att Bertil kan "
          "bo kvar hemma utan nya fall och så att Gun får avlastning i omvårdnaden av honom.")
    field("Frågeställningar", "")
    field("Den enskildes mål",
          "Målet är att Bertil och Gun ska kunna bo kvar tillsammans i huset i Norberg så "
          "länge som möjligt.")
    field("Den enskildes delaktighet", "Bertil deltog i mötet.")

    part("DEL 3 DELTAGARE")
    r = tb.add_row()
    m = r.cells[0].merge(r.cells[1])
    cell_text(m, "Deltagare vid mötet (☒ = närvarande)", size=9, italic=True)
    nested = m.add_table(rows=1, cols=4)
    nested.style = doc.styles["Table Grid"]
    hdr = ["Namn", "Funktion", "Verksamhet", "Närvarande"]
    for j, h in enumerate(hdr):
        cell_text(nested.rows[0].cells[j], h, bold=True, size=9)
        shade(nested.rows[0].cells[j], "D9D9D9")
    people = [
        ("Bertil", "Den enskilde", "–", "☒"),
        ("Gun", "Hustru", "–", "☒"),
        ("Ingrid", "Biståndshandläggare", "Äldreomsorgen, Norbergs kommun", "☒"),
        ("Sanna", "Enhetschef", "Hemtjänsten Norberg", "☒"),
        ("Malin", "Arbetsterapeut", "Rehabenheten, Norbergs kommun", "☒"),
        ("Peter", "Distriktssköterska", "Vårdcentralen Norberg", "☒"),
        ("Karin", "Parkinsonsjuksköterska", "Neurologmottagningen, Västmanlands sjukhus Västerås",
         "☐"),
    ]
    for pr in people:
        rr = nested.add_row()
        for j, v in enumerate(pr):
            cell_text(rr.cells[j], v, size=9)
    set_col_widths(nested, [2.5, 4.0, 6.5, 2.3])
    m.add_paragraph().add_run("Karin hade lämnat skriftlig information inför mötet.").font.size = Pt(8.5)

    part("DEL 4 INSATSER")
    field("Insats 1",
          "Hemtjänst morgon och kväll: hjälp med uppstigning, påklädning, dusch och tillsyn.\n"
          "Ansvarig: Sanna, enhetschef Hemtjänsten Norberg.  Start: 2024-10-14")
    field("Insats 2",
          "Trygghetslarm med falldetektor.\n"
          "Ansvarig: Ingrid, biståndshandläggare Äldreomsorgen.  Start: 2024-10-07")
    field("Insats 3",
          "Växelvård på korttidsenheten i Norberg en vecka var fjärde vecka som avlastning "
          "för Gun.\nAnsvarig: Ingrid, biståndshandläggare Äldreomsorgen.  Start: 2024-11-04")
    field("Insats 4",
          "Hjälpmedel: rollator för inomhusbruk, höj- och sänkbar säng och greppstång vid "
          "sängen.\nAnsvarig: Malin, arbetsterapeut Rehabenheten.  Klart: vecka 43")
    field("Insats 5",
          "Översyn av Parkinsonmedicineringen och doseringstiderna med tanke på stelheten på "
          "morgonen.\nAnsvarig: Regionen.  Start: –")
    field("Insats 6",
          "Läkemedelsgenomgång och blodtryckskontroll (yrsel vid uppresning).\n"
          "Ansvarig: Peter, distriktssköterska Vårdcentralen Norberg.  Datum: 2024-10-22")
    field("Insatser av andra (närstående, god man, FK m.fl.)",
          "Gun fortsätter att dela Bertils läkemedel i dosett varje söndag och ringer "
          "hemtjänsten om han blir sämre. Dottern Eva följer med Bertil på besöken på "
          "Neurologmottagningen i Västerås, nästa gång 2024-11-12.")

    part("DEL 5 ANSVAR OCH UPPFÖLJNING")
    field("Huvudansvarig för planen", "Norbergs kommun")
    field("Uppföljning (datum)", "Vecka 48, 2024")
    field("Underskrift", "Ingrid, biståndshandläggare\n\n"
          "Planen har skickats till deltagarna 2024-10-04.")

    grid = tb._tbl.tblGrid.findall(qn("w:gridCol"))
    grid[0].set(qn("w:w"), str(int(Cm(4.6).twips)))
    grid[1].set(qn("w:w"), str(int(Cm(12.8).twips)))
    tb.autofit = False
    for row in tb.rows:
        if row.cells[0]._tc is not row.cells[1]._tc:
            row.cells[0].width = Cm(4.6)
            row.cells[1].width = Cm(12.8)
        else:
            row.cells[0].width = Cm(17.4)
    save_docx(doc, path(6, "docx"))


# =====================================================================
# 07  TXT UTF-8: follow-up export "Uppföljning av SIP", Arboga
# =====================================================================

def plan07():
    L = []
    L.append("=" * 72)
    L.append("UPPFÖLJNING AV SIP")
    L.append("Export från verksamhetssystem IFO Arboga kommun        2025-02-20 10:14")
    L.append("=" * 72)
    L.append("")
    kv = [
        ("Person", "Elias, ÅÅMMDD-XXXX"),
        ("Datum uppföljning", "2025-02-18"),
        ("Ursprunglig SIP", "2024-11-12"),
        ("Plats", "Gäddgårdsskolan, elevhälsans rum"),
        ("Deltagare", "Elias, Sanna (mamma), Jenny (mentor), Ahmed (kurator), Lena (BUP), "
                      "Oskar (socialsekreterare)"),
        ("Syfte", "Se tidigare plan"),
        ("Frågeställningar", "Oförändrat"),
        ("Huvudansvarig", "Se tidigare plan"),
        ("Mål", "Att Elias ska öka sin närvaro i skolan till minst 80 % under vårterminen "
                "2025 och klara godkänt i matematik och engelska i åk 8."),
    ]
    for k, v in kv:
        first = True
        for line in textwrap.wrap(v, 50):
            L.append(f"{(k + ':') if first else '':<22}{line}")
            first = False
    L.append("")
    L.append("Den enskildes synpunkter:")
    for line in textwrap.wrap(
            "Elias deltog på mötet tillsammans med mamma. Elias tycker att det går bättre "
            "sedan han började i den lilla mattegruppen, men säger att morgnarna fortfarande "
            "är svåra och att han inte vill ha idrott med hela klassen. Han vill att kuratorn "
            "fortsätter att möta honom vid entrén.", 72):
        L.append("  " + line)
    L.append("")
    L.append("Nuläge:")
    for line in textwrap.wrap(
            "Närvaron har ökat från 41 % under hösten till 68 % under perioden "
            "januari–februari. Frånvaron är främst första lektionen och idrott. Elias har "
            "fått medicin mot ADHD sedan december; mamma och Elias upplever att den hjälper "
            "under skoldagen.", 72):
        L.append("  " + line)
    L.append("")
    L.append("-" * 72)
    L.append("INSATSER FRÅN TIDIGARE PLAN")
    L.append("-" * 72)
    acts = [
        ("1", "Anpassad studiegång – matematik och engelska i liten grupp",
         "Mentor, Gäddgårdsskolan Arboga", "Fr.o.m. 2024-11-18",
         "Pågår",
         "Närvaron på lektionerna i liten grupp är nästan fullständig. Fortsätter resten "
         "av vårterminen."),
        ("2", "Morgonstöd – kuratorn möter Elias vid skolans entré kl. 08.15",
         "Kurator, Elevhälsan Gäddgårdsskolan", "Mån–fre fr.o.m. 2024-11-25",
         "Delvis genomförd",
         "Fungerar måndag och onsdag. Oförändrat i övrigt."),
        ("3", "Läkemedelsbehandling ADHD, dosjustering och uppföljning av effekt",
         "Läkare, BUP Västerås", "–",
         "Pågår",
         "Se tidigare plan."),
        ("4", "Anpassad idrottsundervisning i mindre grupp",
         "Rektor, Gäddgårdsskolan Arboga", "Fr.o.m. vecka 10",
         "Ej påbörjad",
         "Rektor undersöker om idrottsläraren kan ta en mindre grupp på fredagar."),
        ("5", "Samtal med socialsekreterare om stöd enligt SoL (kontaktperson)",
         "Socialsekreterare, Barn och familj IFO Arboga kommun", "2025-03-05",
         "Ej påbörjad",
         "Oförändrat."),
    ]
    for nr, ins, ans, tid, status, kom in acts:
        L.append("")
        first = True
        for line in textwrap.wrap(ins, 50):
            L.append(f"{('Insats ' + nr + ':') if first else '':<22}{line}")
            first = False
        L.append(f"  Ansvarig:           {ans}")
        L.append(f"  Tid:                {tid}")
        L.append(f"  Status:             {status}")
        first = True
        for line in textwrap.wrap(kom, 50):
            L.append(f"  {'Kommentar:' if first else '':<20}{line}")
            first = False
    L.append("")
    L.append("-" * 72)
    L.append("NYA INSATSER")
    L.append("-" * 72)
    L.append("Inga nya insatser.")
    L.append("")
    L.append("-" * 72)
    L.append(f"{'Övrigt:':<22}Oförändrat")
    L.append(f"{'Nästa uppföljning:':<22}–")
    L.append(f"{'Dokumenterat av:':<22}Oskar, socialsekreterare")
    L.append("=" * 72)
    with open(path(7, "txt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L) + "\n")


# =====================================================================
# 08  DOCX: empty printed template, only "Vid behov" in follow-up
# =====================================================================

def plan08():
    doc = new_doc("Arial", 10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    hdr = sec.header
    ht = hdr.add_table(rows=1, cols=2, width=Cm(17))
    cell_text(ht.cell(0, 0), "[LOGOTYP]  Region Västmanland", bold=True, size=9, color="1F4E79")
    c = ht.cell(0, 1)
    cell_text(c, "Kommunen  [LOGOTYP]", bold=True, size=9, color="1F4E79")
    c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp = sec.footer.paragraphs[0]
    fp.text = ("Gemensam blankett för Region Västmanland och länets kommuner. "
               "Fastställd 2022-09. Skriv ut och fyll i för hand eller digitalt.")
    fp.runs[0].font.size = Pt(7)

    para(doc, "SIP – samordnad individuell plan", bold=True, size=16, space_after=0)
    para(doc, "Enligt 2 kap. 7 § SoL och 16 kap. 4 § HSL", italic=True, size=8.5, space_after=8)

    def form_table(rows, widths=(5.5, 11.5)):
        t = doc.add_table(rows=0, cols=2)
        t.style = doc.styles["Table Grid"]
        for lab, val in rows:
            r = t.add_row()
            cell_text(r.cells[0], lab, bold=True, size=9)
            shade(r.cells[0], "F2F2F2")
            cell_text(r.cells[1], val, size=10)
        set_col_widths(t, widths)
        return t

    def sec_head(txt):
        p = para(doc, txt, bold=True, size=11, space_after=2)
        p.paragraph_format.space_before = Pt(10)
        return p

    sec_head("Uppgifter om den enskilde")
    form_table([
        ("Namn\n(den enskilde)", ""),
        ("Personnummer\n(ÅÅMMDD-XXXX)", ""),
        ("Vårdnadshavare / legal\nföreträdare (om aktuellt)", ""),
        ("Datum för mötet\n(ÅÅÅÅ-MM-DD)", ""),
        ("Plats för mötet", ""),
    ])

    sec_head("Samtycke")
    form_table([
        ("Samtycke till SIP\ninhämtat", "☐ Ja   ☐ Nej"),
        ("Form för samtycke", "☐ Muntligt   ☐ Skriftligt"),
        ("Den enskilde deltar\ni mötet", "☐ Ja   ☐ Nej"),
    ])

    sec_head("Syfte och frågeställningar")
    form_table([
        ("Syfte med SIP\n(varför ska planen upprättas?)", "\n\n"),
        ("Frågeställningar\n(vad ska mötet ta ställning till?)", "\n\n"),
        ("Den enskildes mål\n(med egna ord)", "\n\n"),
        ("Den enskildes synpunkter\n(om den enskilde inte deltar:\nhur har synpunkterna inhämtats?)",
         "\n\n"),
    ])

    sec_head("Deltagare")
    t = doc.add_table(rows=5, cols=4)
    t.style = doc.styles["Table Grid"]
    for j, h in enumerate(["Namn", "Funktion", "Verksamhet / organisation", "Närvarande"]):
        cell_text(t.cell(0, j), h, bold=True, size=9)
        shade(t.cell(0, j), "D9E2F3")
    repeat_header(t.rows[0])
    for i in range(1, 5):
        cell_text(t.cell(i, 3), "☐", size=10)
    set_col_widths(t, [3.8, 3.8, 6.6, 2.8])

    sec_head("Insatser")
    t = doc.add_table(rows=6, cols=4)
    t.style = doc.styles["Table Grid"]
    for j, h in enumerate(["Insats / åtgärd", "Ansvarig\n(verksamhet, funktion)",
                           "Start\n(datum)", "Slut /\nklart"]):
        cell_text(t.cell(0, j), h, bold=True, size=9)
        shade(t.cell(0, j), "D9E2F3")
    repeat_header(t.rows[0])
    set_col_widths(t, [7.0, 5.0, 2.5, 2.5])

    sec_head("Övrigt")
    form_table([
        ("Andra aktörers insatser\n(t.ex. FK, AF, god man,\nnärstående)", "\n\n"),
        ("Huvudansvarig för planen\n(namn, funktion, verksamhet)", ""),
        ("Uppföljning\n(datum, tid, plats)", "Vid behov"),
        ("Planen har delgetts\nden enskilde", "☐ Ja   ☐ Nej"),
    ])

    sec_head("Underskrifter")
    t = doc.add_table(rows=2, cols=2)
    t.style = doc.styles["Table Grid"]
    cell_text(t.cell(0, 0), "Den enskilde / vårdnadshavare\n\n\n______________________________",
              size=8.5)
    cell_text(t.cell(0, 1), "Huvudansvarig\n\n\n______________________________", size=8.5)
    cell_text(t.cell(1, 0), "Ort och datum\n\n", size=8.5)
    cell_text(t.cell(1, 1), "Namnförtydligande\n\n", size=8.5)
    save_docx(doc, path(8, "docx"))


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in (plan01, plan02, plan03, plan04, plan05, plan06, plan07, plan08):
        f()
    print("done:", sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()
