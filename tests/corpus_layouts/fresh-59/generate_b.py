#!/usr/bin/env python
"""Generate the f59b batch of test SIP documents into plans/.

Run with /work/batches/.venv/bin/python generate.py
Deterministic: fixed dates, no randomness. Calls soffice for f59b-06.pdf.
"""
import os
import shutil
import subprocess
import textwrap
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.shared import Pt, Cm, RGBColor, Emu
from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = Path(__file__).resolve().parent
OUT = HERE / "plans"
OUT.mkdir(exist_ok=True)
PREFIX = "f59b"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_I = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"


def fixed_core(doc, title, author):
    """Deterministic core properties."""
    import datetime as dt
    cp = doc.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = dt.datetime(2025, 2, 1, 9, 0, 0)
    cp.modified = dt.datetime(2025, 2, 1, 9, 0, 0)
    cp.revision = 1


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


def set_col_widths(table, widths):
    table.autofit = False
    grid = table._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths):
        gc.set(qn("w:w"), str(int(w.twips)))
    for row in table.rows:
        for i, w in enumerate(widths):
            row.cells[i].width = w


# ---------------------------------------------------------------------------
# 01  fpdf2, grey sidebar with facts, main text on the right
# ---------------------------------------------------------------------------
def plan01():
    facts = [
        ("Datum", "2025-02-11"),
        ("Plats", "Vuxenenheten, Sundsvalls kommun"),
        ("Deltagare", "Johan\nSara\nMikael\nEmma\nPer\nLina"),
        ("Huvudansvarig", "Socialsekreterare, Vuxenenheten, Individ- och familjeomsorgen, Sundsvalls kommun"),
        ("Nästa uppföljning", "2025-04-15 kl. 10.00"),
        ("Dnr", "IFO 2025/XXXX"),
    ]

    class P(FPDF):
        def header(self):
            # grey sidebar
            self.set_fill_color(226, 226, 226)
            self.rect(0, 0, 52, self.h, style="F")
            self.set_xy(8, 14)
            self.set_font("DejaVu", "B", 9)
            self.set_text_color(70, 70, 70)
            self.multi_cell(38, 4.5, "SIP\nSundsvalls kommun\nRegion Västernorrland", align="L", new_x="LMARGIN", new_y="NEXT")
            y = 40
            for label, value in facts:
                self.set_xy(8, y)
                self.set_font("DejaVu", "B", 8)
                self.set_text_color(90, 90, 90)
                self.cell(38, 4, label.upper(), new_x="LEFT", new_y="NEXT")
                self.set_x(8)
                self.set_font("DejaVu", "", 9)
                self.set_text_color(20, 20, 20)
                self.multi_cell(38, 4.4, value, align="L", new_x="LEFT", new_y="NEXT")
                y = self.get_y() + 5
            self.set_text_color(0, 0, 0)
            self.set_y(16)

        def footer(self):
            self.set_y(-13)
            self.set_x(62)
            self.set_font("DejaVu", "", 8)
            self.set_text_color(110, 110, 110)
            self.cell(0, 5, f"SIP Johan 2025-02-11  ·  Sida {self.page_no()} ({{nb}})", align="R")
            self.set_text_color(0, 0, 0)

    pdf = P(format="A4")
    pdf.set_creation_date(__import__("datetime").datetime(2025, 2, 11, 15, 0, 0, tzinfo=__import__("datetime").timezone.utc))
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_font("DejaVu", "I", FONT_I)
    pdf.set_margins(62, 16, 14)
    pdf.set_auto_page_break(True, margin=20)
    pdf.alias_nb_pages()
    pdf.add_page()

    def h1(t):
        pdf.set_font("DejaVu", "B", 16)
        pdf.multi_cell(0, 8, t, new_x="LMARGIN", new_y="NEXT")

    def h2(t):
        pdf.ln(3)
        pdf.set_font("DejaVu", "B", 11.5)
        pdf.set_text_color(40, 40, 40)
        pdf.multi_cell(0, 6, t, new_x="LMARGIN", new_y="NEXT")
        pdf.set_draw_color(170, 170, 170)
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
        pdf.set_text_color(0, 0, 0)
        pdf.ln(1.5)

    def p(t, style=""):
        pdf.set_font("DejaVu", style, 10)
        pdf.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    h1("Samordnad individuell plan (SIP)")
    pdf.set_font("DejaVu", "", 10)
    pdf.set_text_color(80, 80, 80)
    pdf.multi_cell(0, 5, "Johan, 35 år  ·  ÅÅMMDD-XXXX  ·  Upprättad 2025-02-11", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)

    h2("Bakgrund")
    p("Johan fick diagnosen ADHD 2019 vid Vuxenpsykiatrin Sundsvall och är ordinerad Elvanse, men tar "
      "medicinen oregelbundet. Han har ett tidigare amfetaminbruk och uppger att han är drogfri sedan "
      "augusti 2024, vilket stöds av provtagning hos frivården. Tingsrätten dömde honom i december 2024 "
      "till skyddstillsyn med särskild behandlingsplan för stöld och ringa narkotikabrott, och Frivården "
      "Sundsvall ansvarar för verkställigheten. Johan har skulder på ca 380 000 kr, huvudsakligen hos "
      "Kronofogden (gamla hyresskulder, sms-lån och skadestånd), och försörjs i dag av ekonomiskt bistånd. "
      "Han bor i egen lägenhet i Sundsvall och har kontakt med en bror i Härnösand.")

    h2("Syfte med planen")
    p("Syftet är att Johan ska få ett samlat stöd under skyddstillsynen så att ADHD-behandlingen, "
      "drogfriheten och arbetet med skulderna hänger ihop, och att frivården, socialtjänsten och "
      "psykiatrin inte ger honom motstridiga besked eller lägger tider som krockar med varandra.")

    h2("Johans egna mål")
    p("”Jag vill bli skuldfri, ha ett jobb och slippa åka in igen. Och jag vill komma ihåg att ta "
      "min medicin varje dag.”", "I")

    h2("Johans delaktighet")
    p("Johan deltog under hela mötet. Han tycker att han har för många möten på för många ställen och "
      "önskar att tiderna om möjligt läggs på samma veckodag. Han vill också att frivårdsinspektören och "
      "socialsekreteraren stämmer av med varandra innan de kontaktar honom, så att han slipper berätta "
      "samma sak två gånger.")

    h2("Samtycke")
    p("Samtycke finns.")

    h2("Insatser – vem gör vad och när")
    rows = [
        ("Insats", "Ansvarig", "När"),
        ("Läkarbesök: uppföljning och dosjustering av ADHD-medicin", "Läkare, Vuxenpsykiatrin Sundsvall", "2025-03-04"),
        ("Medicin i dosett, påminnelse via sms varje morgon", "Sjuksköterska, Vuxenpsykiatrin Sundsvall", "Från 2025-02-17"),
        ("Återfallsprevention i samtal enligt den särskilda behandlingsplanen", "Behandlare, Öppenvården Vuxenenheten, Sundsvalls kommun", "Varannan torsdag fr.o.m. 2025-02-20"),
        ("Övervakningssamtal och urinprov", "Frivårdsinspektör, Frivården Sundsvall (Kriminalvården)", "Varje vecka fr.o.m. 2025-02-12"),
        ("Genomgång av skulder, budget och stöd att ansöka om skuldsanering", "Budget- och skuldrådgivare, Sundsvalls kommun", "—"),
        ("Ekonomiskt bistånd, beslut per månad", "Socialsekreterare, Vuxenenheten", "Ansökan senast den 25:e varje månad"),
        ("Begära ut skuldsaldo från Kronofogden och ta med till skuldrådgivningen", "Johan", "Senast 2025-02-28"),
        ("Inskrivning och kartläggning av arbetsförmåga, bedömning av SIUS-stöd", "Arbetsförmedlare, Arbetsförmedlingen Sundsvall", "2025-03-10"),
    ]
    pdf.set_font("DejaVu", "", 9)
    pdf.set_draw_color(150, 150, 150)
    with pdf.table(col_widths=(62, 48, 34), line_height=4.6, repeat_headings=1,
                   headings_style=FontFace(emphasis="BOLD", fill_color=(235, 235, 235)),
                   text_align="LEFT", align="LEFT", width=134) as table:
        for r in rows:
            row = table.row()
            for c in r:
                row.cell(c)
    pdf.ln(2)

    h2("Övrigt")
    p("Johans bror har erbjudit sig att följa med till det första mötet hos budget- och "
      "skuldrådgivningen om Johan vill det. Johan tar själv ställning till det.")
    p("Planen skickas till samtliga deltagare och till Johan. Vid förändringar som påverkar flera "
      "aktörer, till exempel om skyddstillsynens villkor ändras, kallar den huvudansvariga till ett "
      "extra möte före den planerade uppföljningen.")

    pdf.output(str(OUT / f"{PREFIX}-01.pdf"))


# ---------------------------------------------------------------------------
# 02  docx, every part a numbered question in a "Nr | Fråga | Svar" table
# ---------------------------------------------------------------------------
def plan02():
    doc = Document()
    fixed_core(doc, "SIP Barn och unga", "BUP Härnösand")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2)
    hp = sec.header.paragraphs[0]
    hp.text = "Härnösands kommun  ·  Region Västernorrland\t\tSIP – barn och unga"
    hp.runs[0].font.size = Pt(8.5)
    fp = sec.footer.paragraphs[0]
    fp.text = "Mall: SIP frågeformulär, version 2023"
    fp.runs[0].font.size = Pt(8)

    t = doc.add_paragraph()
    r = t.add_run("Samordnad individuell plan – SIP")
    r.bold = True
    r.font.size = Pt(16)
    s = doc.add_paragraph()
    r = s.add_run("Frågorna besvaras tillsammans på mötet. Svaren skrivs i högra kolumnen.")
    r.italic = True
    r.font.size = Pt(9)

    rows = [
        ("1", "Vem gäller planen?",
         "Ella, 11 år (ÅÅMMDD-XXXX), går i åk 5 i Härnösand. Vårdnadshavare: mamma Karin och pappa "
         "Daniel, gemensam vårdnad. Föräldrarna separerade 2023 och Ella bor växelvis en vecka hos var "
         "och en, byte på måndagar."),
        ("2", "När och var hölls mötet?", "2025-01-28 kl. 14.00–15.30, BUP Härnösand."),
        ("3", "Vilka deltog?",
         "Ella (första halvtimmen)\nKarin, mamma\nDaniel, pappa\nMaria, psykolog, BUP Härnösand\n"
         "Fredrik, mentor och klasslärare, Ellas skola, Härnösands kommun\n"
         "Hanna, skolkurator, Elevhälsan, Härnösands kommun\n"
         "Jonas, socialsekreterare, Barn och familj, Härnösands kommun"),
        ("4", "Varför gör vi en SIP?", "Samordning av insatser."),
        ("5", "Vad behöver vi prata om idag?",
         "– Hur ska skolan göra de dagar Ella inte orkar gå in i klassrummet?\n"
         "– Kan BUP:s behandling och skolans anpassningar läggas upp så att de stödjer varandra, t.ex. "
         "med samma sätt att prata om oron?\n"
         "– Hur blir bytesdagarna (måndagar) lättare för Ella?"),
        ("6", "Hur har Ella varit med och vad tycker hon?",
         "Ella var med den första halvtimmen tillsammans med båda föräldrarna. Hon berättade att "
         "morgnarna är värst, särskilt på måndagar när hon byter hem, och att hon får ont i magen redan "
         "på söndagskvällen. Hon vill ha en bestämd vuxen att gå till på rasterna och vill inte att "
         "klasskamraterna ska få veta att hon går på BUP."),
        ("7", "Vad är målet?",
         "Målet är att Ella ska gå till skolan alla dagar och kunna vara kvar i klassrummet hela "
         "lektioner, och att oron ska minska så att hon kan sova i sin egen säng i båda hemmen."),
        ("8", "Vilka insatser behövs – vem gör vad och när?",
         "• KBT för ångest, ca 12 tillfällen varannan vecka – psykolog, BUP Härnösand, start 2025-02-04.\n"
         "• Senare start (kl. 9.00) på måndagar och en fast rastvärd som Ella vet vem det är – mentor, "
         "Ellas skola, från 2025-02-03.\n"
         "• Samtal med skolkurator en gång i veckan, onsdagar – skolkurator, Elevhälsan, från 2025-02-05.\n"
         "• Mentor och psykolog stämmer av hur anpassningarna fungerar – mentor och psykolog BUP, "
         "2025-02-26.\n"
         "• Bedömning av sömnen och eventuellt läkarbesök – Regionen."),
        ("9", "Vad gör andra, t.ex. föräldrar, Försäkringskassan, fritidsverksamhet?", ""),
        ("10", "Vem har huvudansvaret för planen?", ""),
        ("11", "När följer vi upp planen?", "Efter påsklovet. Kallelse skickas ut."),
    ]
    tbl = doc.add_table(rows=1, cols=3)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    hdr = tbl.rows[0]
    for c, txt in zip(hdr.cells, ("Nr", "Fråga", "Svar")):
        c.text = ""
        rr = c.paragraphs[0].add_run(txt)
        rr.bold = True
        shade(c, "D9E2F3")
    repeat_header(hdr)
    for nr, q, a in rows:
        cells = tbl.add_row().cells
        cells[0].text = nr
        cells[1].text = ""
        cells[1].paragraphs[0].add_run(q).bold = True
        lines = a.split("\n") if a else [""]
        cells[2].text = lines[0]
        for ln in lines[1:]:
            cells[2].add_paragraph(ln)
    set_col_widths(tbl, (Cm(1.1), Cm(5.4), Cm(10.5)))

    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Planen skickas till vårdnadshavarna och till alla som deltog.").font.size = Pt(9)
    doc.save(OUT / f"{PREFIX}-02.docx")


# ---------------------------------------------------------------------------
# 03  txt, Windows-1252, CRLF: journal note of the SIP meeting
# ---------------------------------------------------------------------------
def plan03():
    W = 76

    def wrap(t):
        return textwrap.wrap(t, W) if t else [""]

    L = []
    L.append("Region Västernorrland - Journalutskrift")
    L.append("Utskrivet: 2025-02-06 14:22".ljust(44) + "Utskrivet av: Distriktssköterska")
    L.append("=" * W)
    L.append("Patient:        Birgit, ÅÅMMDD-XXXX")
    L.append("Vårdenhet:      Hälsocentralen Kramfors")
    L.append("Journaltyp:     Distriktssköterskejournal")
    L.append("-" * W)
    L.append("")
    L.append("2025-02-05 13:30   Journalanteckning – SIP-möte")
    L.append("Kontakttyp:     Vårdplanering/SIP, besök på HC")
    L.append("Antecknad av:   Distriktssköterska, Hälsocentralen Kramfors")
    L.append("Signerad:       2025-02-06 09:12")
    L.append("")
    blocks = [
        ("Närvarande",
         ["Patienten, dottern Lena, biståndshandläggare, gruppledare, demenssjuksköterska, "
          "undertecknad distriktssköterska."]),
        ("Syfte",
         ["SIP-möte för att samordna stödet kring patienten i hemmet. Hemtjänsten och HC har under "
          "hösten sett ökad glömska, att patienten inte äter ordentligt och att hon vid flera besök varit "
          "påverkad av alkohol. Mötet ska ge en gemensam bild av hur patienten ska kunna bo kvar hemma "
          "på ett säkert sätt så länge det går."]),
        ("Samtycke",
         ["Pat. har vid hembesök 2025-01-22 muntligt samtyckt till SIP och till att HC, hemtjänsten "
          "och biståndsenheten utbyter information med varandra. Dottern var med vid hembesöket."]),
        ("Frågeställning",
         ["Räcker nuvarande hemtjänstinsatser för att pat. ska kunna bo kvar? Hur ska hemtjänstpersonalen "
          "göra när pat. är påverkad vid besöken, och vem ska de kontakta? Behöver pat. hjälp med "
          "ekonomin?"]),
        ("Aktuellt",
         ["Pat. 67 år, änka sedan 2021, bor ensam i villa utanför Kramfors. Alzheimers sjukdom "
          "diagnostiserad 2023 vid minnesmottagningen. Hemtjänst morgon och kväll sedan oktober 2024 "
          "(tillsyn, måltider, påminnelse om läkemedel). Dottern uppger att pat. köper vin varje vecka "
          "och hemtjänsten har vid flera tillfällen hittat tomma flaskor. Pat. har vid två tillfällen "
          "i januari inte öppnat för hemtjänsten. Vikt 58 kg, nedgång 4 kg sedan i somras. Obetalda "
          "räkningar har hittats i hallen."]),
        ("Delaktighet",
         ["Pat. deltog under mötets första del och lämnade sedan rummet tillsammans med dottern."]),
        ("Mål",
         ["Ej formulerat vid detta möte."]),
        ("Bedömning",
         ["Samtliga bedömer att nuvarande stöd inte räcker på sikt. Alkoholintaget bedöms förvärra "
          "förvirringen och fallrisken."]),
        ("Planering",
         ["Fortsatt hemtjänst enligt gällande beslut. Kommunen ser över om mer stöd behövs. "
          "Fortsatt kontakt med HC, Regionen. Alkoholfrågan tas upp vidare.",
          "Dottern finns med som stöd. God man kan bli aktuellt, diskuteras vidare."]),
        ("Uppföljning",
         ["Nytt SIP-möte 2025-04-08 kl. 13.30 på HC Kramfors. Kallelse skickas ut."]),
    ]
    for label, paras in blocks:
        L.append(f"Sökord: {label}")
        for i, ptxt in enumerate(paras):
            L.extend(wrap(ptxt))
        L.append("")
    L.append("-" * W)
    L.append("Signerad av: Distriktssköterska, Hälsocentralen Kramfors   2025-02-06 09:12")
    L.append("=" * W)
    L.append("Sida 1 av 1")
    text = "\r\n".join(L) + "\r\n"
    (OUT / f"{PREFIX}-03.txt").write_bytes(text.encode("cp1252"))


# ---------------------------------------------------------------------------
# 04  md, the plan as a timeline by week
# ---------------------------------------------------------------------------
def plan04():
    md = """# SIP – Viktor, 19 år

*Samordnad individuell plan · Örnsköldsviks kommun och Region Västernorrland · upprättad 2025-03-04*

## Inledning

Viktor hoppade av gymnasiet (El- och energiprogrammet, åk 2) i oktober 2024 och har sedan dess mest
varit hemma hos sin mamma i Örnsköldsvik. Han röker cannabis i princip dagligen, sover på dagarna och
har tappat kontakten med de flesta kompisarna från skolan. Det kommunala aktivitetsansvaret (KAA) har
haft kontakt med honom sedan november.

**Syftet med planen** är att Viktor under våren ska få en sammanhållen väg tillbaka till studier eller
arbete, där behandlingen för cannabisbruket, stödet från KAA och Arbetsförmedlingens insatser görs i
rätt ordning och inte krockar med varandra, så att han inte behöver hålla ihop alla kontakter själv.

Viktor var inte med på mötet. Till sin behandlare på Öppenvården Ung har han sagt:

> ”Jag vill sluta röka på och få ett jobb, helst med bilar. Och jag vill ta körkort innan jag fyller 20.”

Planen är upplagd vecka för vecka. Under varje vecka står vem som gör vad.

---

## Vecka 10

- **Öppenvården Ung, IFO Örnsköldsvik – behandlare:** första behandlingssamtal med Viktor (MI), därefter
  samtal en gång i veckan, tisdagar kl. 13.
- **Beroendemottagningen Örnsköldsvik, Region Västernorrland – sjuksköterska:** bedömningssamtal och
  urinprov, torsdag v. 10. Provtagning sedan varannan vecka.
- **KAA-samordnare, Örnsköldsviks kommun:** ringer Viktor och bokar en tid för att gå igenom vilka kurser
  som återstår för examen.

## Vecka 12

- **Viktor:** skriver in sig som arbetssökande hos Arbetsförmedlingen via webben senast måndag v. 12.
- **Arbetsförmedlingen Örnsköldsvik – arbetsförmedlare:** inskrivningsmöte och planeringssamtal,
  bedömning om Viktor kan ta del av *Rusta och matcha* eller en förberedande insats.
- **Hälsocentralen Centrum, Region Västernorrland – läkare:** besök för sömnproblemen och allmän
  hälsokontroll (blodprover).

## Vecka 14

- **Komvux Örnsköldsvik – studie- och yrkesvägledare:** vägledningssamtal om att läsa in resterande
  kurser på distans eller kombinera med praktik. KAA-samordnaren följer med.
- **Viktors mamma:** följer med till Komvux-samtalet och hjälper Viktor att ta fram betygen från gymnasiet.
- **Öppenvården Ung – behandlare:** fortsatta samtal varje vecka; återfallsplan skrivs tillsammans med Viktor.

## Vecka 16

- **Arbetsförmedlingen – arbetsförmedlare:** beslut om insats och start, t.ex. arbetsträning på verkstad.
- **Viktor:** anmäler sig till körkortsteori (handledarkurs med mamma) hos en trafikskola i Örnsköldsvik.
- **Beroendemottagningen – sjuksköterska:** sammanställer provsvar inför uppföljningen.

## Vecka 20 – uppföljning

Uppföljning av hela planen vecka 20. Då går vi igenom hur behandlingen, studieplanen och AF-insatsen
har fungerat och vad som behöver ändras inför sommaren.
"""
    (OUT / f"{PREFIX}-04.md").write_text(md, encoding="utf-8")


# ---------------------------------------------------------------------------
# 05  docx, foster care; measures table with unit abbreviations and legend
# ---------------------------------------------------------------------------
def plan05():
    doc = Document()
    fixed_core(doc, "SIP Noah", "Socialtjänsten Strömsund")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Strömsunds kommun\nSocialtjänsten, Barn- och familjeenheten"
    for r in hp.runs:
        r.font.size = Pt(8.5)
        r.font.color.rgb = RGBColor(0x44, 0x44, 0x44)
    fp = sec.footer.paragraphs[0]
    fp.text = "SIP Noah 2025-02-18 – sekretess enligt OSL 26 kap."
    fp.runs[0].font.size = Pt(8)

    doc.add_heading("Samordnad individuell plan (SIP)", level=1)

    def field(label, value):
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(2)
        p.add_run(label + ": ").bold = True
        p.add_run(value)

    field("Barn", "Noah, 13 år, ÅÅMMDD-XXXX")
    field("Vårdnadshavare", "Mamma, J.")
    field("Placering", "Familjehem i Strömsunds kommun enligt SoL 4 kap. 1 § sedan september 2023")
    field("Datum för mötet", "2025-02-18, socialkontoret i Strömsund")

    doc.add_heading("Bakgrund", level=2)
    doc.add_paragraph(
        "Noah placerades i familjehem hösten 2023 efter att ha levt med våld i hemmet under flera år. "
        "Mamma bor i Östersund och har umgänge med Noah. Noah har svårt att sova, har mardrömmar och blir "
        "lätt arg när vuxna höjer rösten. Under hösten 2024 hade han ca 40 % frånvaro från skolan (åk 7), "
        "mest måndagar och dagar efter umgänge. BUP Östersund gjorde en bedömning i december 2024 och ser "
        "tecken på PTSD; traumabehandling rekommenderas.")

    doc.add_heading("Syfte med SIP", level=2)
    doc.add_paragraph(
        "Syftet är att Noah ska få ett samordnat stöd mellan familjehemmet, skolan, BUP och socialtjänsten "
        "så att traumabehandlingen kan starta och han kan komma tillbaka till skolan efter höstens frånvaro. "
        "Mamma ska också veta vad som händer och ha en tydlig roll.")

    doc.add_heading("Frågeställningar", level=2)
    doc.add_paragraph("Genomgång av nuläget.")

    doc.add_heading("Noahs mål", level=2)
    doc.add_paragraph("Målet är att Noah ska gå i skolan alla dagar och kunna sova utan mardrömmar.")

    doc.add_heading("Noahs delaktighet", level=2)
    doc.add_paragraph(
        "Noah var inte med på mötet. Familjehemssekreteraren träffade Noah 2025-02-12; han sa då att han "
        "vill gå kvar i sin klass och att han inte vill byta behandlare på BUP en gång till. Han vill träffa "
        "mamma oftare men inte sova över hos henne.")

    doc.add_heading("Samtycke", level=2)
    doc.add_paragraph(
        "Mamma har gett skriftligt samtycke till SIP och till informationsutbyte mellan socialtjänsten, BUP "
        "och skolan (blankett undertecknad 2025-02-03). Noah har fått information om planen av "
        "familjehemssekreteraren.")

    doc.add_heading("Insatser", level=2)
    rows = [
        ("1", "Traumafokuserad KBT (TF-KBT), 12–16 tillfällen", "BUP", "Start 2025-03-05, onsdagar varannan vecka"),
        ("2", "Skjuts till och från BUP Östersund vid varje behandlingstillfälle", "FH", "Från 2025-03-05"),
        ("3", "Anpassad skoldag: start kl. 9.00 på måndagar, fast vuxen vid skolstart", "Sk", "Från 2025-02-24"),
        ("4", "Avstämning mentor–familjehem per telefon om veckan som gått", "Sk, FH", "Fredagar fr.o.m. v. 9"),
        ("5", "Umgänge med mamma varannan lördag, dagtid i Östersund", "BM, SoT", "Varannan lördag fr.o.m. 2025-03-01"),
        ("6", "Familjehemshandledning med fokus på trauma och bemötande", "SoT", "Månadsvis, nästa 2025-03-11"),
        ("7", "Föräldrasamtal för mamma kopplat till Noahs behandling", "BUP, BM", "Första 2025-03-12"),
        ("8", "Läkarbedömning av sömnen", "BUP", ""),
    ]
    tbl = doc.add_table(rows=1, cols=4)
    tbl.style = "Table Grid"
    for c, txt in zip(tbl.rows[0].cells, ("Nr", "Insats/åtgärd", "Ansvar", "När")):
        c.text = ""
        c.paragraphs[0].add_run(txt).bold = True
        shade(c, "E7E6E6")
    repeat_header(tbl.rows[0])
    for r in rows:
        cells = tbl.add_row().cells
        for c, txt in zip(cells, r):
            c.text = txt
    set_col_widths(tbl, (Cm(1.0), Cm(8.4), Cm(2.2), Cm(5.0)))
    leg = doc.add_paragraph()
    leg.paragraph_format.space_before = Pt(4)
    rr = leg.add_run("Förkortningar: ")
    rr.bold = True
    rr.font.size = Pt(8.5)
    rr = leg.add_run(
        "SoT = Socialtjänsten Strömsund, barn- och familjeenheten; "
        "BUP = BUP Östersund, Region Jämtland Härjedalen; Sk = Noahs skola, Strömsunds kommun "
        "(mentor och elevhälsa); FH = familjehemmet; BM = biologisk mamma.")
    rr.font.size = Pt(8.5)

    doc.add_heading("Övriga aktörer", level=2)
    doc.add_paragraph("Inga andra myndigheter (t.ex. Försäkringskassan) är aktuella i dag. Familjehemmets och "
                      "mammas åtaganden framgår av tabellen ovan.")

    doc.add_heading("Huvudansvar och uppföljning", level=2)
    field("Huvudansvarig för planen", "SoT")
    field("Uppföljning", "I maj, före skolavslutningen.")

    doc.save(OUT / f"{PREFIX}-05.docx")


# ---------------------------------------------------------------------------
# 06  html -> pdf via LibreOffice, bilingual headings
# ---------------------------------------------------------------------------
def plan06():
    html = """<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>SIP – S.</title>
<style>
  body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10.5pt; }
  h1, h2 { font-family: 'DejaVu Sans', Arial, sans-serif; }
  h1 { font-size: 17pt; margin-bottom: 2pt; }
  h2 { font-size: 12.5pt; margin-top: 14pt; margin-bottom: 3pt; border-bottom: 1px solid #999; }
  .en { color: #555555; font-weight: normal; font-style: italic; }
  p.sum { color: #333333; font-style: italic; margin-left: 12pt; }
  table.meta td { padding: 2pt 10pt 2pt 0; vertical-align: top; }
  blockquote { margin-left: 18pt; font-style: italic; }
</style>
</head>
<body>
<p style="font-size:8.5pt; color:#666666">Östersunds kommun · Region Jämtland Härjedalen</p>
<h1>Samordnad individuell plan (SIP) <span class="en">[Coordinated individual plan]</span></h1>

<h2>Personuppgifter <span class="en">[Personal details]</span></h2>
<table class="meta">
<tr><td><b>Namn</b> [Name]</td><td>S.</td></tr>
<tr><td><b>Födelsedatum</b> [Date of birth]</td><td>ÅÅMMDD-XXXX</td></tr>
<tr><td><b>Språk</b> [Language]</td><td>Tigrinja, läser även engelska. Tolk på plats.</td></tr>
<tr><td><b>Mötesdatum</b> [Date of meeting]</td><td>2025-01-30, socialtjänsten Östersund</td></tr>
</table>

<h2>Närvarande <span class="en">[Present]</span></h2>
<p>S., tolk (tigrinja), kurator, sjuksköterska, socialsekreterare, studievägledare.</p>

<h2>Syfte <span class="en">[Purpose]</span></h2>
<p>Samordning av insatser.</p>
<p class="sum">Coordination of support.</p>

<h2>Bakgrund <span class="en">[Background]</span></h2>
<p>S. är 40 år och kom till Sverige från Eritrea via Etiopien. Hon fick uppehållstillstånd i
september 2024 och anvisades till Östersund i november. Hon har två barn, 9 och 12 år, som bor
kvar hos hennes syster i Etiopien. S. har mardrömmar, sover 2–3 timmar per natt, har svårt att
koncentrera sig och undviker att gå ut när det är mörkt. Vid bedömning på hälsocentralen i
december framkom symtom som talar för PTSD. Hon har svårt att ta till sig undervisningen i
svenska och har mycket frånvaro.</p>
<p class="sum">Summary: You have had sleeping problems and nightmares since you came to Sweden.
The health centre thinks you may have PTSD (post-traumatic stress). It is hard for you to
concentrate in the Swedish classes.</p>

<h2>Mina mål <span class="en">[My goals]</span></h2>
<blockquote>”Jag vill kunna sova på nätterna och lära mig svenska så att jag kan arbeta som
undersköterska igen. Jag vill att mina barn ska få komma hit.”</blockquote>
<p class="sum">”I want to be able to sleep at night and learn Swedish so that I can work as an
assistant nurse again. I want my children to be able to come here.”</p>

<h2>Delaktighet <span class="en">[Participation]</span></h2>
<p>S. deltog i hela mötet med tolk. Hon önskar en kvinnlig behandlare och en kvinnlig tolk
framöver. Hon vill inte ha undervisning på kvällstid.</p>
<p class="sum">You took part in the whole meeting with an interpreter. You asked for a female
therapist and a female interpreter.</p>

<h2>Samtycke <span class="en">[Consent]</span></h2>
<p>Samtycke finns.</p>
<p class="sum">Consent is given.</p>

<h2>Planerade insatser <span class="en">[Planned support]</span></h2>
<ul>
<li>Fördjupad bedömning och traumafokuserad behandling med tolk.</li>
<li>Läkemedelsgenomgång och bedömning av sömnen.</li>
<li>Svenskundervisning i lägre studietakt, dagtid.</li>
<li>Stöd att hitta aktiviteter med andra kvinnor, t.ex. promenadgrupp.</li>
</ul>
<p class="sum">You will be offered an assessment and trauma treatment with an interpreter, help with
your sleep, Swedish classes at a slower pace in daytime, and activities with other women.</p>

<h2>Andra aktörer <span class="en">[Other agencies]</span></h2>
<p>Migrationsverket och Arbetsförmedlingen är också inblandade.</p>
<p class="sum">The Swedish Migration Agency and the Public Employment Service are also involved.</p>

<h2>Övrigt <span class="en">[Other]</span></h2>
<p>Planen har gåtts igenom muntligt med tolk och S. har fått en utskrift.</p>
<p class="sum">The plan was read to you with an interpreter and you have a printed copy.</p>
</body>
</html>
"""
    tmp = HERE / "build"
    tmp.mkdir(exist_ok=True)
    src = tmp / f"{PREFIX}-06.html"
    src.write_text(html, encoding="utf-8")
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file:///tmp/lo-{PREFIX}", "--headless",
         "--convert-to", "pdf:writer_web_pdf_Export", "--outdir", str(tmp), str(src)],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    shutil.move(str(tmp / f"{PREFIX}-06.pdf"), str(OUT / f"{PREFIX}-06.pdf"))


# ---------------------------------------------------------------------------
# 07  docx, parts placed as text boxes (wps:wsp with w:txbxContent)
# ---------------------------------------------------------------------------
WPS_NS = ('xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
          'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
          'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"')


def _run(text, bold=False, size=None, color=None):
    r = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    if bold:
        rpr.append(OxmlElement("w:b"))
    if color:
        c = OxmlElement("w:color")
        c.set(qn("w:val"), color)
        rpr.append(c)
    if size:
        sz = OxmlElement("w:sz")
        sz.set(qn("w:val"), str(int(size * 2)))
        rpr.append(sz)
    r.append(rpr)
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def _para(text, bold=False, size=9.5, color=None, after=60):
    p = OxmlElement("w:p")
    ppr = OxmlElement("w:pPr")
    sp = OxmlElement("w:spacing")
    sp.set(qn("w:after"), str(after))
    sp.set(qn("w:line"), "252")
    sp.set(qn("w:lineRule"), "auto")
    ppr.append(sp)
    p.append(ppr)
    p.append(_run(text, bold=bold, size=size, color=color))
    return p


_shape_id = [100]


def add_textbox(paragraph, x_cm, y_cm, w_cm, h_cm, paras, fill="FFFFFF", line="7F7F7F", name="Textruta"):
    """Anchor a text box (page-relative position) in the given paragraph."""
    _shape_id[0] += 1
    sid = _shape_id[0]
    emu = lambda v: int(Cm(v))
    xml = f"""
<w:r {WPS_NS}>
  <w:drawing>
    <wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="{251658240 + sid}"
               behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
      <wp:simplePos x="0" y="0"/>
      <wp:positionH relativeFrom="page"><wp:posOffset>{emu(x_cm)}</wp:posOffset></wp:positionH>
      <wp:positionV relativeFrom="page"><wp:posOffset>{emu(y_cm)}</wp:posOffset></wp:positionV>
      <wp:extent cx="{emu(w_cm)}" cy="{emu(h_cm)}"/>
      <wp:effectExtent l="0" t="0" r="0" b="0"/>
      <wp:wrapNone/>
      <wp:docPr id="{sid}" name="{name} {sid}"/>
      <wp:cNvGraphicFramePr/>
      <a:graphic>
        <a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
          <wps:wsp>
            <wps:cNvSpPr txBox="1"/>
            <wps:spPr>
              <a:xfrm><a:off x="0" y="0"/><a:ext cx="{emu(w_cm)}" cy="{emu(h_cm)}"/></a:xfrm>
              <a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
              <a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>
              <a:ln w="9525"><a:solidFill><a:srgbClr val="{line}"/></a:solidFill></a:ln>
            </wps:spPr>
            <wps:txbx><w:txbxContent/></wps:txbx>
            <wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="64008" rIns="91440" bIns="45720" anchor="t" anchorCtr="0">
              <a:noAutofit/>
            </wps:bodyPr>
          </wps:wsp>
        </a:graphicData>
      </a:graphic>
    </wp:anchor>
  </w:drawing>
</w:r>"""
    r = parse_xml(xml)
    content = r.find(".//" + qn("w:txbxContent"))
    for p in paras:
        content.append(p)
    paragraph._p.append(r)


def plan07():
    doc = Document()
    fixed_core(doc, "SIP Lars-Erik", "Hemrehab Åre")
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(1.5)
    sec.top_margin = Cm(1.2)
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(9.5)
    hp = sec.header.paragraphs[0]
    hp.text = "Åre kommun · Region Jämtland Härjedalen"
    hp.runs[0].font.size = Pt(8)
    anchor_p = doc.add_paragraph()

    def box(x, y, w, h, title, lines, fill="FFFFFF"):
        paras = [_para(title, bold=True, size=11, color="1F3864", after=80)]
        for ln in lines:
            paras.append(_para(ln))
        add_textbox(anchor_p, x, y, w, h, paras, fill=fill, name="Textruta")

    # title box
    add_textbox(anchor_p, 1.5, 2.0, 18.0, 2.3, [
        _para("SIP – Samordnad individuell plan", bold=True, size=18, color="1F3864", after=40),
        _para("Lars-Erik, 58 år  ·  ÅÅMMDD-XXXX", size=10.5, after=20),
        _para("Mötesdatum 2025-03-12, Hälsocentralen Järpen", size=10.5, after=0),
    ], fill="DEEAF6", line="1F3864", name="Rubrik")

    box(1.5, 4.7, 8.7, 5.6, "Deltagare", [
        "Maj, hustru",
        "Anna, arbetsterapeut, Hemrehab Åre kommun",
        "Tomas, fysioterapeut, Hemrehab Åre kommun",
        "Karin, biståndshandläggare, Åre kommun",
        "Sofia, logoped, Logopedmottagningen Östersunds sjukhus, Region Jämtland Härjedalen",
        "Helena, distriktssköterska, Hälsocentralen Järpen",
    ])
    box(10.8, 4.7, 8.7, 5.6, "Bakgrund", [
        "Vänstersidig hjärninfarkt 2024-12-20. Vårdad på strokeenheten, Östersunds sjukhus, därefter "
        "rehabavdelning. Utskriven till hemmet i Järpen 2025-02-10.",
        "Nedsatt kraft i höger arm och ben, går med rollator inomhus. Uttalad expressiv afasi, "
        "förstår det mesta men har svårt att hitta ord. Hemtjänst morgon och kväll sedan utskrivningen. "
        "Arbetade tidigare som snickare, sjukskriven.",
    ])
    box(1.5, 10.8, 18.0, 8.6, "Insatser – vem gör vad och när", [
        "• Hemrehabilitering med gång- och balansträning två gånger i veckan – fysioterapeut, "
        "Hemrehab Åre kommun – 2025-03-17 t.o.m. 2025-05-30.",
        "• ADL-träning i badrum och kök samt utprovning av hjälpmedel (duschpall, greppkranar, "
        "ramp vid ytterdörren) – arbetsterapeut, Hemrehab Åre kommun – hembesök 2025-03-14.",
        "• Logopedbehandling för afasi, en gång i veckan växelvis på mottagningen och via videolänk – "
        "logoped, Logopedmottagningen Östersunds sjukhus – start 2025-03-19.",
        "• Utökad hemtjänst med hjälp vid dusch en gång i veckan – biståndshandläggare, Åre kommun, "
        "beslut 2025-03-14; utförs av Hemtjänst Järpen från 2025-03-17.",
        "• Blodtryckskontroll och läkemedelsgenomgång (blodförtunnande, blodtryck) – distriktssköterska "
        "och läkare, Hälsocentralen Järpen – 2025-03-26.",
        "• Bedömning av körförmåga efter stroke – läkare, Hälsocentralen Järpen – 2025-04-23.",
    ])
    box(1.5, 19.9, 8.7, 3.0, "Huvudansvarig", [
        "Anna, arbetsterapeut, Hemrehab Åre kommun",
    ], fill="F2F2F2")
    box(10.8, 19.9, 8.7, 3.0, "Uppföljning", [
        "Vid behov, dock senast före sommaren.",
    ], fill="F2F2F2")
    box(1.5, 23.4, 18.0, 2.6, "Övrigt", [
        "Försäkringskassan är informerad. Maj stöttar i hemmet.",
    ])
    doc.save(OUT / f"{PREFIX}-07.docx")


# ---------------------------------------------------------------------------
# 08  docx, NOT a SIP: budget and debt counselling action plan
# ---------------------------------------------------------------------------
def plan08():
    doc = Document()
    fixed_core(doc, "Handlingsplan budget- och skuldrådgivning", "Budget- och skuldrådgivningen Kramfors")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Kramfors kommun\t\tBudget- och skuldrådgivningen"
    hp.runs[0].font.size = Pt(8.5)

    doc.add_heading("Handlingsplan – budget- och skuldrådgivning", level=1)

    def field(label, value):
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(2)
        p.add_run(label + ": ").bold = True
        p.add_run(value)

    field("Klient", "M., ÅÅMMDD-XXXX")
    field("Rådgivare", "Budget- och skuldrådgivare, Kramfors kommun")
    field("Första besök", "2025-01-21")
    field("Handlingsplanen upprättad", "2025-02-04")

    doc.add_heading("Nuläge", level=2)
    doc.add_paragraph(
        "M. är 44 år, ensamstående och arbetar 75 % som lokalvårdare. Nettoinkomst ca 17 900 kr/mån. "
        "M. har skulder hos Kronofogden på ca 214 000 kr (kreditkort, sms-lån, obetald elräkning) och "
        "ytterligare ca 36 000 kr hos inkassobolag som ännu inte gått till Kronofogden. Löneutmätning pågår "
        "sedan oktober 2024. M. söker hjälp för att få överblick och för att undersöka möjligheten till "
        "skuldsanering.")

    doc.add_heading("Mål med rådgivningen", level=2)
    doc.add_paragraph("Att M. får en realistisk budget, en samlad bild av skulderna och att en ansökan om "
                      "skuldsanering lämnas in om förutsättningar finns.")

    doc.add_heading("Åtgärder", level=2)
    rows = [
        ("1", "Hämta skuldsammanställning från Kronofogden och inkassobolagen", "M.", "2025-02-14"),
        ("2", "Upprätta hushållsbudget utifrån kontoutdrag tre månader bakåt", "Rådgivare och M.", "2025-02-18"),
        ("3", "Kontakta fordringsägare utanför Kronofogden om anstånd", "Rådgivare (med fullmakt)", "v. 8–9"),
        ("4", "Pröva om förutsättningar för skuldsanering finns", "Rådgivare", "2025-03-04"),
        ("5", "Ansökan om skuldsanering till Kronofogden", "M. med stöd av rådgivare", "Mars 2025"),
        ("6", "Inga nya krediter eller avbetalningsköp under processen", "M.", "Löpande"),
    ]
    tbl = doc.add_table(rows=1, cols=4)
    tbl.style = "Light Grid Accent 1"
    for c, txt in zip(tbl.rows[0].cells, ("Nr", "Åtgärd", "Ansvarig", "Klart")):
        c.text = txt
    for r in rows:
        cells = tbl.add_row().cells
        for c, txt in zip(cells, r):
            c.text = txt

    doc.add_heading("Övrigt", level=2)
    doc.add_paragraph(
        "M. har lämnat skriftlig fullmakt 2025-01-21 så att rådgivaren kan kontakta fordringsägare. "
        "Rådgivningen är kostnadsfri och frivillig. Vi har tystnadsplikt enligt offentlighets- och "
        "sekretesslagen.")
    field("Nästa besök", "2025-02-18 kl. 10.00")
    doc.save(OUT / f"{PREFIX}-08.docx")


if __name__ == "__main__":
    plan01()
    plan02()
    plan03()
    plan04()
    plan05()
    plan06()
    plan07()
    plan08()
    print("done:", sorted(os.listdir(OUT)))
