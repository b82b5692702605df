#!/usr/bin/env python3
"""Generate batch fresh-59a (prefix f59a-): eight test documents, seven SIP plans
from Örebro län and Värmland plus one non-plan (LSS application).
Run with /work/batches/.venv/bin/python generate.py  (calls soffice for f59a-06.pdf)."""
import datetime, zipfile, shutil, os, subprocess
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

FIXED = datetime.datetime(2025, 5, 6, 9, 0, 0)


def new_doc(author="", title=""):
    d = Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    return d


def save_docx(d, path):
    d.save(path)
    normalize_zip(path)


def normalize_zip(path):
    """Rewrite the zip with fixed timestamps so runs are byte-identical."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 5, 6, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    os.replace(tmp, path)


def set_cell_borders(cell, sz=8, color="000000"):
    tcPr = cell._tc.get_or_add_tcPr()
    borders = OxmlElement("w:tcBorders")
    for edge in ("top", "left", "bottom", "right"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), str(sz))
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), color)
        borders.append(el)
    tcPr.append(borders)


def shade(cell, fill="D9D9D9"):
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
    """Insert a simple field (PAGE, NUMPAGES)."""
    r = paragraph.add_run()
    f1 = OxmlElement("w:fldChar"); f1.set(qn("w:fldCharType"), "begin")
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr
    f2 = OxmlElement("w:fldChar"); f2.set(qn("w:fldCharType"), "separate")
    t = OxmlElement("w:t"); t.text = "1"
    f3 = OxmlElement("w:fldChar"); f3.set(qn("w:fldCharType"), "end")
    r._r.append(f1); r._r.append(it); r._r.append(f2); r._r.append(t); r._r.append(f3)
    return r


def cell_text(cell, text, bold=False, size=None):
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    return p


HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
os.makedirs(OUT, exist_ok=True)
P = "f59a-"


# ---------------------------------------------------------------------------
# 01  docx, every part a one-cell bordered box; woman 52, depression, Örebro
# ---------------------------------------------------------------------------
def plan01():
    d = new_doc(author="Vårdcentralen Varberga", title="SIP")
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "Region Örebro län • Örebro kommun\tSamordnad individuell plan\t"
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    rr = fp.add_run("Sida "); rr.font.size = Pt(8)
    add_field(fp, "PAGE").font.size = Pt(8)

    t = d.add_paragraph()
    r = t.add_run("Samordnad individuell plan (SIP)")
    r.bold = True; r.font.size = Pt(16)
    s = d.add_paragraph()
    r = s.add_run("Enligt 2 kap. 7 § SoL och 16 kap. 4 § HSL")
    r.italic = True; r.font.size = Pt(9)

    def box(title, lines):
        tb = d.add_table(rows=1, cols=1)
        tb.alignment = WD_TABLE_ALIGNMENT.CENTER
        c = tb.cell(0, 0)
        set_cell_borders(c, sz=8)
        c.width = Cm(16.5)
        p = c.paragraphs[0]
        rr = p.add_run(title); rr.bold = True
        for ln in lines:
            if isinstance(ln, tuple):  # (label, value) -> bold label
                q = c.add_paragraph()
                q.add_run(ln[0]).bold = True
                q.add_run(ln[1])
            elif ln.startswith("• "):
                q = c.add_paragraph(ln)
                q.paragraph_format.left_indent = Cm(0.5)
            else:
                c.add_paragraph(ln)
        d.add_paragraph().paragraph_format.space_after = Pt(2)

    box("Personuppgifter", [
        ("Namn: ", "Lena K."),
        ("Personnummer: ", "ÅÅMMDD-XXXX"),
        ("Folkbokförd: ", "Örebro kommun"),
        ("Kontakt: ", "nås via Vårdcentralen Varbergas växel"),
    ])
    box("Mötet", [
        ("Datum: ", "2025-02-11, kl. 13.30–15.00"),
        ("Plats: ", "Vårdcentralen Varberga, samtalsrum 2"),
        ("Typ av möte: ", "Första SIP-mötet"),
    ])
    box("Deltagare", [
        "Lena K.",
        "Eva (syster)",
        "Sofie",
        "Mikael",
        "Jonas",
        "Helena",
        "Anders",
    ])
    box("Syfte med planen", [
        "Lena har varit sjukskriven sedan december 2023 för depression och har kontakt "
        "med både vårdcentralen, socialtjänstens öppenvård, Försäkringskassan och "
        "Arbetsförmedlingen. Syftet med SIP är att alla som är inblandade ska arbeta åt "
        "samma håll så att Lena kan påbörja en stegvis återgång till arbete utan att "
        "behöva samordna kontakterna själv, och att ingen insats ska falla mellan stolarna "
        "när sjukpenningen omprövas.",
    ])
    box("Frågeställningar inför mötet", [""])
    box("Bakgrund och nuläge", [
        "Lena är 52 år och bor ensam i lägenhet i Örebro. Hon arbetade tidigare som "
        "undersköterska inom äldreomsorgen men sades upp i samband med en omorganisation "
        "2023 och blev sjukskriven kort därefter. Hon har en medelsvår depression och "
        "behandlas med antidepressiva läkemedel sedan februari 2024. Sömnen har blivit "
        "något bättre men hon beskriver fortfarande orkeslöshet, svårt att koncentrera sig "
        "och att hon drar sig undan socialt.",
        "Försäkringskassan har aviserat att rätten till sjukpenning prövas mot hela "
        "arbetsmarknaden från dag 365 och Lena är inskriven på Arbetsförmedlingen. Hon har "
        "en del obetalda räkningar och har haft kontakt med socialtjänstens öppenvård för "
        "stödsamtal under hösten.",
    ])
    box("Lenas egna mål", [
        "”Jag vill kunna börja jobba igen, kanske på halvtid till att börja med, och orka "
        "med vardagen utan att allt känns som en uppförsbacke. Jag vill också kunna träffa "
        "mina vänner igen.”",
    ])
    box("Lenas delaktighet och synpunkter", [
        "Lena deltog under hela mötet tillsammans med sin syster Eva som stöd. Lena "
        "berättade att hon är orolig för att bli av med sjukpenningen och inte klara "
        "ekonomin, och att hon vill ta det stegvis – hon tror inte att hon klarar mer än "
        "några timmar om dagen i början. Hon önskar att få träffa samma person på "
        "Arbetsförmedlingen hela tiden och att mötena inte läggs tidigt på morgonen.",
    ])
    box("Samtycke", ["Samtycke finns."])
    box("Insatser – vad, vem och när", [
        "• KBT-behandling, 10 tillfällen med inriktning på depression och aktivering. "
        "Ansvar: psykolog, Vårdcentralen Varberga. Start vecka 8, 2025.",
        "• Läkarbesök för uppföljning av medicinering och ställningstagande till fortsatt "
        "sjukskrivning. Ansvar: distriktsläkare, Vårdcentralen Varberga. 2025-03-04.",
        "• Rehabkoordinator håller kontakten med Försäkringskassan och bokar avstämningsmöte. "
        "Ansvar: rehabkoordinator, Vårdcentralen Varberga. Senast 2025-02-28.",
        "• Avstämningsmöte om arbetsförmåga och plan för återgång. Ansvar: handläggare, "
        "Försäkringskassan. 2025-03-18.",
        "• Kartläggning av arbetsförmåga och möjlighet till arbetsträning på deltid "
        "genom förstärkt stöd. Ansvar: arbetsförmedlare, Arbetsförmedlingen Örebro.",
        "• Stödsamtal varannan vecka samt hjälp att göra en budget och ta kontakt med "
        "budget- och skuldrådgivningen. Ansvar: behandlare, Öppenvården vuxen, "
        "socialtjänsten Örebro kommun. Från 2025-02-17.",
        "• Lena själv: promenad minst 20 minuter om dagen och att föra sömndagbok som hon "
        "tar med till psykologen. Från och med nu.",
        "• Eva (syster): följer med Lena till det första mötet på Arbetsförmedlingen.",
    ])
    box("Huvudansvar för planen", [
        "Rehabkoordinator, Vårdcentralen Varberga, Region Örebro län, är huvudansvarig och "
        "kallar till uppföljning.",
    ])
    box("Uppföljning", ["Planen följs upp vecka 20."])
    box("Planen är upprättad", [
        ("Datum: ", "2025-02-11"),
        ("Av: ", "rehabkoordinator, Vårdcentralen Varberga"),
        ("Kopia till: ", "Lena samt samtliga deltagare"),
    ])
    save_docx(d, os.path.join(OUT, P + "01.docx"))


# ---------------------------------------------------------------------------
# 02  fpdf2 landscape record print, six-column measures table; man 24, psychosis
# ---------------------------------------------------------------------------
def plan02():
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

    class Rec(FPDF):
        def header(self):
            self.set_font("DejaVu", "", 7.5)
            self.set_text_color(60, 60, 60)
            w = self.w - self.l_margin - self.r_margin
            self.cell(w / 3, 4, "Cosmic – Journalutskrift", align="L")
            self.cell(w / 3, 4, "Region Värmland • Vuxenpsykiatrin Karlstad", align="C")
            self.cell(w / 3, 4, f"Sida {self.page_no()} ({{nb}})", align="R",
                      new_x="LMARGIN", new_y="NEXT")
            self.cell(w / 3, 4, "Patient: XXXXXX-XXXX Jonatan", align="L")
            self.cell(w / 3, 4, "Vårddokumentation – Samordnad individuell plan", align="C")
            self.cell(w / 3, 4, "Utskriftsdatum: 2025-03-06 10:42", align="R",
                      new_x="LMARGIN", new_y="NEXT")
            self.set_draw_color(120, 120, 120)
            self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
            self.ln(4)
            self.set_text_color(0, 0, 0)

        def footer(self):
            self.set_y(-10)
            self.set_font("DejaVu", "", 7)
            self.set_text_color(90, 90, 90)
            self.cell(0, 4, "Utskriften är en kopia av journalhandling. Utskriven av: "
                      "sjuksköterska, Psykosmottagningen.", align="L")

    pdf = Rec(orientation="L", unit="mm", format="A4")
    pdf.set_creation_date(FIXED)
    pdf.set_title("Samordnad individuell plan")
    pdf.set_author("Cosmic")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONTB)
    pdf.set_margins(12, 10, 12)
    pdf.set_auto_page_break(True, 14)
    pdf.alias_nb_pages()
    pdf.add_page()
    W = pdf.w - 24

    def kv(label, value, lw=55):
        pdf.set_font("DejaVu", "B", 9)
        y = pdf.get_y()
        pdf.cell(lw, 5.5, label, border=1)
        pdf.set_font("DejaVu", "", 9)
        pdf.multi_cell(W - lw, 5.5, value, border=1, new_x="LMARGIN", new_y="NEXT")

    pdf.set_font("DejaVu", "B", 12)
    pdf.cell(0, 7, "Samordnad individuell plan (SIP)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 8.5)
    pdf.cell(0, 5, "Anteckningstyp: SIP  •  Vårdenhet: Psykosmottagningen, Vuxenpsykiatrin "
             "Karlstad  •  Status: Signerad 2025-03-06", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    kv("Mötesdatum", "2025-03-04 kl. 09.00–10.15")
    kv("Plats", "Psykosmottagningen, Vuxenpsykiatrin Karlstad")
    kv("Syfte", "Samordning av insatser.")
    kv("Deltagare", "Kontaktperson, överläkare, biståndshandläggare, boendestödjare, "
       "arbetsterapeut")
    kv("Patientens delaktighet", "Patienten deltog inte.")
    kv("Samtycke", "Samtycke finns.")
    kv("Aktuellt", "24-årig man med schizofreni, diagnos ställd 2023 efter första psykosepisod. "
       "Vårdades inneliggande på avd 12 i januari 2025 efter återinsjuknande i samband med "
       "utsatt medicin. Är nu stabilare på depåinjektion men har fortfarande negativa symtom "
       "med låg energi och svårt att få struktur på dagen. Bor i andrahandslägenhet i Kronoparken "
       "där kontraktet upphör 2025-04-30. Har ingen sysselsättning sedan han avbröt "
       "gymnasieutbildningen. Inget pågående missbruk, använde cannabis tidigare.")
    kv("Mål", "Målet är att Jonatan ska ha ett eget boende med stöd, en stabil psykisk hälsa "
       "utan nya inläggningar och en meningsfull sysselsättning några dagar i veckan.")
    pdf.ln(4)
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 6, "Insatser", new_x="LMARGIN", new_y="NEXT")

    rows = [
        ("Boende", "Eget boende med stöd när nuvarande kontrakt går ut",
         "Ansökan om boendestöd enligt SoL och utredning av behov av bostad med särskild "
         "service. Hembesök för bedömning av boendeförmåga.",
         "Biståndshandläggare, Socialpsykiatrin Karlstads kommun", "2025-03-10", "2025-05-20"),
        ("Boende", "",
         "Boendestöd 3 ggr/vecka: struktur i hemmet, inköp, tvätt, post och räkningar.",
         "Boendestödet, Socialpsykiatrin Karlstads kommun", "", "2025-05-20"),
        ("Sysselsättning", "Meningsfull dag, minst två dagar i veckan",
         "Introduktion på Träffpunkten, därefter prova arbetsinriktad daglig sysselsättning "
         "i kommunens regi. Boendestödjare följer med de första gångerna.",
         "Socialpsykiatrin Karlstads kommun, Träffpunkten", "", ""),
        ("Psykiatrisk behandling", "Stabilt mående, inga återinläggningar",
         "Fortsatt antipsykotisk läkemedelsbehandling med depåinjektion var 4:e vecka. "
         "Läkarbesök för utvärdering av effekt och biverkningar.",
         "Sjuksköterska och överläkare, Psykosmottagningen", "Pågår", "2025-05-20"),
        ("Psykoedukation", "",
         "Individuell psykoedukation om sjukdom, varningstecken och krisplan, 6 tillfällen.",
         "Kontaktperson, Psykosmottagningen", "2025-03-18", ""),
        ("Vardagsfunktion", "Fungerande dygnsrytm",
         "Aktivitetsbedömning (ADL) och stöd att lägga upp veckoschema med fasta tider för "
         "sömn, måltider och aktivitet.",
         "Arbetsterapeut, Vuxenpsykiatrin Karlstad", "April 2025", ""),
        ("Somatisk hälsa", "",
         "Metabol kontroll: vikt, midjemått, blodtryck, blodfetter och blodsocker med "
         "anledning av viktuppgång på läkemedel.",
         "Vårdcentralen Kronoparken", "", "Årlig kontroll"),
        ("Krisplan", "Veta vart han ska vända sig",
         "Krisplan upprättas och delas med boendestödet. Vid försämring kontakt med "
         "Psykosmottagningen dagtid, psykiatrisk akutmottagning övrig tid.",
         "Kontaktperson, Psykosmottagningen", "2025-04-01", "2025-05-20"),
    ]
    head = ("Behov", "Mål", "Insats", "Utförare", "Start", "Uppföljning")
    pdf.set_font("DejaVu", "", 8.5)
    pdf.set_draw_color(0, 0, 0)
    hstyle = FontFace(emphasis="BOLD", fill_color=(215, 215, 215))
    with pdf.table(col_widths=(29, 44, 90, 56, 22, 32), line_height=4.6,
                   headings_style=hstyle, repeat_headings=1, padding=1.2,
                   text_align="LEFT", first_row_as_headings=True) as table:
        r = table.row()
        for h in head:
            r.cell(h)
        for row in rows:
            r = table.row()
            for v in row:
                r.cell(v)
    pdf.ln(5)
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 6, "Uppföljning", new_x="LMARGIN", new_y="NEXT")
    kv("Nästa uppföljning", "2025-05-20 kl. 13.00, Psykosmottagningen, Vuxenpsykiatrin Karlstad")
    pdf.ln(3)
    pdf.set_font("DejaVu", "", 8.5)
    pdf.multi_cell(0, 4.5, "Signerad: 2025-03-06 av sjuksköterska, Psykosmottagningen. "
                   "Kontrasignerad: överläkare.", new_x="LMARGIN", new_y="NEXT")
    pdf.output(os.path.join(OUT, P + "02.pdf"))


# ---------------------------------------------------------------------------
# 03  txt UTF-8 CRLF, web-form export Fråga/Svar; boy 14, autism, school refusal
# ---------------------------------------------------------------------------
def plan03():
    import textwrap
    qa = [
        ("Datum för SIP-mötet", "2025-01-22"),
        ("Plats", "Västra skolan, Kumla – konferensrummet"),
        ("Barnets förnamn", "Elias"),
        ("Personnummer", "ÅÅMMDD-XXXX"),
        ("Ålder", "14 år"),
        ("Vårdnadshavare", "Mamma och pappa, gemensam vårdnad"),
        ("Deltagare på mötet",
         "Elias (första halvtimmen), mamma, pappa, mentor, skolkurator, rektor, "
         "specialpedagog, psykolog, familjebehandlare"),
        ("Syfte med SIP", "Att få en gemensam bild."),
        ("Vilka frågor vill ni ta upp på mötet?",
         "Hur kan Elias komma tillbaka till skolan stegvis och vem ansvarar för att "
         "hålla kontakten med hemmet de dagar han inte kommer? Behöver Elias en "
         "anpassad studiegång resten av vårterminen? Kan BUP:s behandling mot ångest "
         "samordnas med skolans plan så att exponeringen sker i skolmiljön?"),
        ("Beskriv kort situationen",
         "Elias går i åk 8 och har diagnosen autism sedan 2021. Sedan oktober 2024 har "
         "han varit borta från skolan allt mer och under december var han närvarande "
         "mindre än 20 %. Han beskriver att ljud och trängsel i korridorer och matsal "
         "gör honom utmattad och att han får ont i magen på morgonen. Hemma sitter han "
         "mycket vid datorn och dygnsrytmen har förskjutits. Föräldrarna upplever att "
         "det blir konflikter varje morgon och att de inte vet hur de ska göra."),
        ("Barnets egna mål (med barnets egna ord)",
         "Elias: \"Jag vill gå i skolan men inte i den stora klassen hela tiden. Jag "
         "vill kunna vara med på slöjden och teknik, och äta lunch någonstans där det "
         "är tyst.\""),
        ("Hur har barnet varit delaktigt?",
         "Elias var med den första halvtimmen tillsammans med sina föräldrar och "
         "berättade själv vad som är jobbigt i skolan. Han ville inte vara kvar när "
         "insatserna diskuterades. "
         "Han vill helst börja med en lektion om dagen och ha en och samma vuxen att "
         "gå till när han kommer till skolan."),
        ("Samtycke till samverkan (hur och när)", ""),
        ("Insatser – vad ska göras, vem ansvarar och när",
         "1) Anpassad studiegång med schema på 1–2 lektioner per dag i mindre grupp, "
         "utökas efter hand. Rektor, Västra skolan Kumla. Från 2025-02-03.\n"
         "2) Fast mottagande vuxen varje morgon och lugn plats för lunch. "
         "Specialpedagog, Västra skolan Kumla. Från 2025-02-03.\n"
         "3) Stödsamtal en gång i veckan på skolan. Skolkurator, elevhälsan Västra "
         "skolan. Start vecka 6.\n"
         "4) KBT med inriktning på ångest och skolfrånvaro, 12 tillfällen, delvis med "
         "exponering i skolmiljön. Psykolog, BUP Örebro. Första besök 2025-02-12.\n"
         "5) Föräldrastöd kring morgonrutiner och konflikter i hemmet, hembesök "
         "varannan vecka. Familjebehandlare, Socialtjänsten Kumla (IFO). Start "
         "2025-02-10.\n"
         "6) Mentor skickar veckoplanering till hemmet varje fredag. Mentor, "
         "Västra skolan Kumla. Från vecka 5."),
        ("Insatser från andra aktörer (t.ex. Försäkringskassan, föreningar, "
         "närstående)", ""),
        ("Vem har huvudansvar för planen?", "Skolkurator"),
        ("När ska planen följas upp?", "vecka 12"),
        ("Övrigt", "Elias vill att hans klasskamrater inte ska få veta varför han har "
         "annat schema. Skolan tar hänsyn till det."),
    ]
    out = []
    out.append("Export från e-tjänst: Samordnad individuell plan – barn och unga")
    out.append("Kumla kommun / Region Örebro län")
    out.append("Ärende-ID: SIP-2025-0047        Inskickat: 2025-01-23 14:02")
    out.append("=" * 72)
    out.append("")
    for q, a in qa:
        out.append(textwrap.fill("Fråga: " + q, 76, subsequent_indent="       "))
        if not a:
            out.append("Svar: ")
        else:
            first = True
            for para in a.split("\n"):
                w = textwrap.fill(para, 76,
                                  initial_indent="Svar: " if first else "      ",
                                  subsequent_indent="      ")
                out.append(w)
                first = False
        out.append("")
    out.append("-" * 72)
    out.append("Genererad automatiskt. Svaren har inte redigerats.")
    txt = "\r\n".join("\r\n".join(x.split("\n")) for x in out) + "\r\n"
    with open(os.path.join(OUT, P + "03.txt"), "wb") as f:
        f.write(txt.encode("utf-8"))


# ---------------------------------------------------------------------------
# 04  md, "Min SIP" written by the young person with her support worker
# ---------------------------------------------------------------------------
def plan04():
    md = """# Min SIP

*Skriven av mig, Alva, tillsammans med Sara. Senast ändrad 2025-03-27.*

Jag är 17 år och går andra året på gymnasiet i Arvika. Jag har anorexi sedan
ungefär två år och ångest som gör att jag ibland inte klarar att gå till skolan.
Den här planen är min. Personalen har skrivit sin del längst ner.

## Varför jag har en SIP

Jag har kontakt med väldigt många: ätstörningsteamet på BUP, vårdcentralen,
skolan och socialtjänsten. Jag vill att de pratar med varandra så att jag slipper
berätta samma sak fem gånger, och så att alla vet vad vi har kommit överens om och
det inte är jag som måste hålla reda på allt.

## Det här vill jag

- Jag vill klara att äta lunch i skolan utan att någon behöver sitta bredvid mig
  och räkna.
- Jag vill kunna gå på alla lektioner igen, i alla fall till sommarlovet.
- Jag vill börja spela handboll igen när läkaren säger att det är okej.
- Jag vill att mamma och jag ska bråka mindre om mat.

## Det här är viktigt för mig

- Att jag får vara med när man bestämmer saker om mig. Jag var med på hela mötet
  den 25 mars och sa vad jag tyckte.
- Att skolan inte säger något till klassen.
- Att jag får väga mig på BUP och inte hemma.
- Jag blir stressad av långa möten. Det var bra att vi tog en paus.

## Det här gör jag själv

- Jag äter enligt min måltidsplan, sex gånger om dagen, och skriver i appen vad
  jag har ätit.
- Jag säger till Sara eller kuratorn när ångesten blir för mycket, i stället för
  att stanna hemma.
- Jag tar med mig mellanmål till skolan varje dag.

## Det här hjälper mamma till med

- Mamma lagar middag och äter med mig varje kväll kl. 18.
- Mamma följer med på BUP-besöken varannan vecka.

## Vilka var med på mötet

Jag (Alva), mamma, Sara, Ahmed, Linnea och Johan. Pappa kunde inte komma men
har fått planen.

---

# Personalens del

**Möte:** 2025-03-25, Vårdcentralen Arvika
**Samtycke:** Samtycke finns.

## Insatser

| Insats | Vem | När |
|---|---|---|
| Behandling för ätstörning: vägning, måltidsplan, familjebaserad behandling | Ätstörningsteamet, BUP Värmland (Karlstad) | Varannan vecka, nästa 2025-04-08 |
| KBT för ångest, 10 tillfällen | Psykolog, ätstörningsteamet BUP Värmland | Start 2025-04-15 |
| Somatisk kontroll: puls, blodtryck, blodprover | Sjuksköterska, Vårdcentralen Arvika | Varje månad, nästa 2025-04-02 |
| Lunch i lugnt rum med skolsköterska tillgänglig, anpassat schema vid behov | Elevhälsan, gymnasiet i Arvika | Från 2025-03-31 |
| Stödsamtal och stöd kring skolnärvaro | Skolkurator, gymnasiet i Arvika | Varje tisdag |
| Stödperson: samtal och aktiviteter, hjälp att hålla ihop kontakterna | Öppenvården unga, Socialtjänsten Arvika | Pågår |
| Föräldrastöd till mamma | Familjebehandlare, Socialtjänsten Arvika | |

## Huvudansvar

Socialtjänsten Arvika.

## Uppföljning

Vi ses igen **2025-05-13 kl. 14.00** på Vårdcentralen Arvika. Alva och Sara går
igenom planen tillsammans innan dess.
"""
    with open(os.path.join(OUT, P + "04.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(md)


# ---------------------------------------------------------------------------
# 05  docx with heading styles; mother with substance use and newborn, Lindesberg
# ---------------------------------------------------------------------------
def plan05():
    d = new_doc(author="Socialtjänsten Lindesberg", title="SIP mor och barn")
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Lindesbergs kommun – Socialförvaltningen\t\tSIP"
    fp = sec.footer.paragraphs[0]
    fp.text = "Sekretess enligt OSL 26 kap. 1 § och 25 kap. 1 §"
    for p in (hp, fp):
        for r in p.runs:
            r.font.size = Pt(8)

    d.add_heading("Samordnad individuell plan", level=0)
    p = d.add_paragraph()
    p.add_run("Gäller: ").bold = True
    p.add_run("S., ÅÅMMDD-XXXX, och dottern E., född 2025-03-14")
    p = d.add_paragraph()
    p.add_run("Datum för möte: ").bold = True
    p.add_run("2025-04-09, Familjecentralen Lindesberg")

    d.add_heading("Deltagare", level=1)
    tb = d.add_table(rows=1, cols=3)
    tb.style = "Table Grid"
    for i, h in enumerate(("Namn/funktion", "Verksamhet", "Huvudman")):
        c = tb.rows[0].cells[i]
        c.text = ""
        c.paragraphs[0].add_run(h).bold = True
        shade(c, "E7E6E6")
    repeat_header(tb.rows[0])
    for row in [
        ("S. (mamma)", "", ""),
        ("Socialsekreterare Malin", "Barn och familj, Socialtjänsten Lindesberg", "Lindesbergs kommun"),
        ("Socialsekreterare Kerstin", "Vuxenenheten missbruk, Socialtjänsten Lindesberg", "Lindesbergs kommun"),
        ("Barnmorska Anna", "Barnmorskemottagningen (MVC) Lindesberg", "Region Örebro län"),
        ("BVC-sjuksköterska Petra", "BVC, Vårdcentralen Lindesberg", "Region Örebro län"),
        ("Sjuksköterska Tobias", "Beroendemottagningen Lindesberg", "Region Örebro län"),
        ("Bostadssamordnare Jenny", "Bostadsenheten, Socialtjänsten Lindesberg", "Lindesbergs kommun"),
    ]:
        cells = tb.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v

    d.add_heading("Syfte", level=1)
    d.add_paragraph("Samordning av insatser kring familjen.")

    d.add_heading("Frågeställningar", level=1)
    d.add_paragraph("Gå igenom läget och diskutera fortsatt planering.")

    d.add_heading("Bakgrund", level=1)
    d.add_paragraph(
        "S. är 29 år och fick sin första dotter E. i mars 2025. S. har ett långvarigt "
        "beroende av opioider och bensodiazepiner och har sedan graviditetsvecka 14 "
        "behandling med buprenorfin via Beroendemottagningen. Under graviditeten har "
        "urinproverna varit negativa sedan december 2024. En orosanmälan gjordes från "
        "förlossningen i Örebro och en utredning enligt 11 kap. 1 § SoL pågår hos "
        "Barn och familj. S. och E. bor för närvarande i en av kommunens "
        "träningslägenheter med korttidskontrakt till 2025-06-30, eftersom S:s tidigare "
        "lägenhet sades upp under hösten på grund av hyresskulder.")
    d.add_paragraph(
        "S. deltog på mötet tillsammans med E.")
    p = d.add_paragraph()
    p.add_run("Övergripande mål: ").bold = True
    p.add_run("Målet är att S. ska kunna ta hand om E. i ett eget boende, vara fortsatt "
              "drogfri och ha en stabil ekonomi.")

    d.add_heading("Samtycke", level=1)
    d.add_paragraph(
        "S. har lämnat skriftligt samtycke på kommunens blankett för samverkan inom SIP "
        "2025-04-02. Samtycket omfattar samtliga verksamheter i deltagarlistan och gäller "
        "till 2025-12-31.")

    d.add_heading("Insatser per behovsområde", level=1)
    areas = [
        ("Boende", [
            ("Mål: ", "S. och E. har ett eget boende med förstahandskontrakt."),
            ("Insats: ", "Ansökan om lägenhet via bostadsenheten och avbetalningsplan på "
                         "hyresskulden som krav för kontrakt."),
            ("Ansvarig: ", "Bostadssamordnare, Bostadsenheten, Socialtjänsten Lindesberg"),
            ("När: ", "Ansökan lämnas senast 2025-04-30"),
        ]),
        ("Föräldraskap", [
            ("Mål: ", "S. ska ha god kunskap om E:s behov och trygg anknytning ska främjas."),
            ("Insats: ", "Föräldrastöd enligt Vägledande samspel (ICDP), hembesök en "
                         "gång i veckan, samt slutförd utredning med beslut om fortsatta "
                         "insatser."),
            ("Ansvarig: ", "Socialsekreterare, Barn och familj, Socialtjänsten Lindesberg"),
            ("När: ", "Hembesök från 2025-04-14, utredningen klar senast 2025-07-09"),
            ("Insats: ", "Utökade hembesök från BVC enligt barnhälsovårdsprogrammet samt "
                         "screening för depression efter förlossning (EPDS)."),
            ("Ansvarig: ", "BVC-sjuksköterska, BVC Vårdcentralen Lindesberg"),
            ("När: ", "Hembesök 2025-04-16, EPDS vid 6–8 veckor"),
        ]),
        ("Hälsa", [
            ("Mål: ", "S. ska vara fortsatt drogfri och ha stabil psykisk hälsa."),
            ("Insats: ", "Fortsatt läkemedelsassisterad behandling med buprenorfin, "
                         "urinprover två gånger i veckan och samtal med kontaktsjuksköterska."),
            ("Ansvarig: ", "Sjuksköterska, Beroendemottagningen Lindesberg"),
            ("När: ", "Pågår, samtal varje onsdag"),
            ("Insats: ", "Eftervårdsbesök efter förlossningen och preventivmedelsrådgivning."),
            ("Ansvarig: ", "Barnmorska, Barnmorskemottagningen Lindesberg"),
            ("När: ", "2025-04-23"),
            ("Insats: ", "Öppenvårdsbehandling i grupp, återfallsprevention."),
            ("Ansvarig: ", "Behandlare, Vuxenenheten missbruk, Socialtjänsten Lindesberg"),
            ("När: ", "Start 2025-05-06, tisdagar"),
        ]),
        ("Ekonomi", [
            ("Mål: ", "S. ska ha en budget som går ihop och en plan för skulderna."),
            ("Insats: ", "Budget- och skuldrådgivning, genomgång av skulder och ansökan "
                         "om avbetalningsplan."),
            ("Ansvarig: ", "Budget- och skuldrådgivare, Lindesbergs kommun"),
            ("När: ", "Första besök 2025-04-22"),
        ]),
    ]
    for name, lines in areas:
        d.add_heading(name, level=2)
        for lab, val in lines:
            p = d.add_paragraph()
            p.paragraph_format.space_after = Pt(2)
            p.add_run(lab).bold = True
            p.add_run(val)

    d.add_heading("Huvudansvar", level=1)
    d.add_paragraph("Socialsekreterare Malin, Barn och familj, Socialtjänsten Lindesberg.")

    d.add_heading("Uppföljning", level=1)
    p = d.add_paragraph()
    p.add_run("Datum för uppföljning: ").bold = True

    d.add_paragraph()
    d.add_paragraph("Planen upprättad 2025-04-09. Kopia till S. och samtliga deltagare.")
    save_docx(d, os.path.join(OUT, P + "05.docx"))


# ---------------------------------------------------------------------------
# 06  PDF via LibreOffice from docx: follow-up of SIP; man 81, COPD, Kristinehamn
# ---------------------------------------------------------------------------
def plan06():
    d = new_doc(author="Vård och omsorg", title="Uppföljning av SIP")
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("KRISTINEHAMNS KOMMUN")
    r.bold = True; r.font.size = Pt(10)
    hp.add_run("\nVård- och omsorgsförvaltningen").font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Sida ").font.size = Pt(8)
    add_field(fp, "PAGE").font.size = Pt(8)
    fp.add_run(" av ").font.size = Pt(8)
    add_field(fp, "NUMPAGES").font.size = Pt(8)

    p = d.add_paragraph()
    r = p.add_run("Uppföljning av SIP"); r.bold = True; r.font.size = Pt(18)

    info = [
        ("Gäller", "Karl-Gustav, 81 år, ÅÅMMDD-XXXX"),
        ("Datum för uppföljningsmöte", "2025-05-06 kl. 10.00–11.00, i Karl-Gustavs hem"),
        ("Planen upprättades", "2025-01-28"),
        ("Närvarande", "Karl-Gustav, Birgitta (dotter), Lena, Johan, Maria"),
        ("Huvudansvar", "Se tidigare plan."),
    ]
    tb = d.add_table(rows=0, cols=2)
    tb.style = "Table Grid"
    for k, v in info:
        c = tb.add_row().cells
        c[0].text = ""
        c[0].paragraphs[0].add_run(k).bold = True
        shade(c[0], "F2F2F2")
        c[1].text = v
        c[0].width = Cm(5.5); c[1].width = Cm(10.5)

    def h(text):
        p = d.add_paragraph()
        p.paragraph_format.space_before = Pt(12)
        r = p.add_run(text); r.bold = True; r.font.size = Pt(12)

    h("Nuläge")
    d.add_paragraph(
        "Karl-Gustav har KOL stadium 3 och bor ensam i villa i Kristinehamn sedan hustrun "
        "gick bort 2022. Han vårdades på Centralsjukhuset Karlstad i nio dagar i mars på grund "
        "av en exacerbation med lunginflammation och kom hem 2025-03-28. Sedan dess har han "
        "varit tröttare, blir andfådd vid påklädning och har gått ner 3 kg. Han använder "
        "rollator inomhus och har inte varit ute själv sedan utskrivningen. Inga fall sedan "
        "förra mötet.")
    d.add_paragraph(
        "Karl-Gustav deltog på mötet. Han tycker att det fungerar bra med hemtjänsten men "
        "att det är jobbigt att det kommer ny personal hela tiden, och att morgonbesöket "
        "ofta kommer innan han hunnit ta sina inhalatorer och vila en stund. Han tycker att "
        "maten från matdistributionen är för mycket och att han slänger hälften.")
    d.add_paragraph(
        "Dottern Birgitta är informerad och hjälper till ibland.")

    h("Tidigare insatser")
    t2 = d.add_table(rows=1, cols=3)
    t2.style = "Table Grid"
    for i, x in enumerate(("Insats", "Status", "Kommentar")):
        c = t2.rows[0].cells[i]
        c.text = ""
        c.paragraphs[0].add_run(x).bold = True
        shade(c, "D9E2F3")
    repeat_header(t2.rows[0])
    rows = [
        ("Hjälp med påklädning morgon och kväll", "Pågår", "Fungerar, se önskemål om tid ovan."),
        ("Dusch en gång i veckan", "Pågår", "Tisdagar."),
        ("Trygghetslarm", "Genomförd", "Installerat 2025-02-05. Har inte behövt använda det."),
        ("Utprovning av rollator och duschpall", "Genomförd", ""),
        ("Genomgång av inhalationsteknik", "Genomförd", "Byte till annan inhalator i februari."),
        ("Matdistribution fem dagar i veckan", "Pågår", "Vill minska till tre dagar."),
        ("Andningsträning och fysisk träning", "Pågår", "Två gånger i veckan, hemprogram."),
        ("Ansökan om färdtjänst", "Ej påbörjad", "Blanketten har inte skickats."),
        ("Information om rökavvänjning", "Ej påbörjad", "Karl-Gustav vill inte i nuläget."),
    ]
    for row in rows:
        c = t2.add_row().cells
        for i, v in enumerate(row):
            c[i].text = v
    for row in t2.rows:
        row.cells[0].width = Cm(6.5); row.cells[1].width = Cm(2.8); row.cells[2].width = Cm(6.7)

    h("Nya insatser")
    for x in [
        "Bedömning av behov av syrgas i hemmet, mätning av syremättnad i vila och vid ansträngning.",
        "Läkemedelsgenomgång, särskilt vätskedrivande och sömntabletter.",
        "Morgonbesöket flyttas till efter kl. 08.30.",
        "Matdistributionen minskas till tre dagar i veckan, övriga dagar mellanmål och näringsdryck.",
        "Vaccination mot influensa och pneumokocker i höst.",
        "Ansökan om färdtjänst skickas.",
    ]:
        d.add_paragraph(x, style="List Bullet")

    h("Nästa uppföljning")
    p = d.add_paragraph()
    p.add_run("2025-09-09 kl. 10.00").bold = True
    p.add_run(" i Karl-Gustavs hem.")

    d.add_paragraph()
    d.add_paragraph("Antecknat av: Lena")
    docx_path = os.path.join(OUT, "_src-" + P + "06.docx")
    save_docx(d, docx_path)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-f59a", "--headless",
                    "--convert-to", "pdf", "--outdir", OUT, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=180)
    os.replace(os.path.join(OUT, "_src-" + P + "06.pdf"), os.path.join(OUT, P + "06.pdf"))
    os.remove(docx_path)


# ---------------------------------------------------------------------------
# 07  docx, half-filled template; man 45, alcohol, homelessness, Karlskoga
# ---------------------------------------------------------------------------
def add_empty_sdt(paragraph, placeholder="Klicka eller tryck här för att ange text."):
    """Append an empty plain-text content control showing its placeholder."""
    sdt = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    rpr = OxmlElement("w:rPr")
    rs = OxmlElement("w:rStyle"); rs.set(qn("w:val"), "PlaceholderText")
    rpr.append(rs); pr.append(rpr)
    al = OxmlElement("w:alias"); al.set(qn("w:val"), "Syfte"); pr.append(al)
    sid = OxmlElement("w:id"); sid.set(qn("w:val"), "-1834571266"); pr.append(sid)
    sh = OxmlElement("w:showingPlcHdr"); pr.append(sh)
    tx = OxmlElement("w:text"); pr.append(tx)
    sdt.append(pr)
    content = OxmlElement("w:sdtContent")
    r = OxmlElement("w:r")
    rpr2 = OxmlElement("w:rPr")
    col = OxmlElement("w:color"); col.set(qn("w:val"), "808080"); rpr2.append(col)
    r.append(rpr2)
    t = OxmlElement("w:t"); t.text = placeholder
    r.append(t)
    content.append(r)
    sdt.append(content)
    paragraph._p.append(sdt)


def plan07():
    d = new_doc(author="Vuxenenheten Karlskoga", title="Mall SIP vuxna")
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = ("Mall: Samordnad individuell plan – vuxna\tRegion Örebro län och länets "
               "kommuner\tVersion 2024-01")
    for r in hp.runs:
        r.font.size = Pt(7.5)
    fp = sec.footer.paragraphs[0]
    fp.text = "Spara ifylld plan i verksamhetssystemet. Ta bort hjälptexter innan utskrift."
    for r in fp.runs:
        r.font.size = Pt(7.5); r.italic = True

    p = d.add_paragraph()
    r = p.add_run("SAMORDNAD INDIVIDUELL PLAN (SIP)"); r.bold = True; r.font.size = Pt(15)

    def head(text):
        q = d.add_paragraph()
        q.paragraph_format.space_before = Pt(10)
        q.paragraph_format.space_after = Pt(2)
        rr = q.add_run(text); rr.bold = True; rr.font.size = Pt(11.5)

    def hint(text):
        q = d.add_paragraph()
        rr = q.add_run(text); rr.italic = True
        rr.font.color.rgb = RGBColor(0x80, 0x80, 0x80)
        return q

    def line(label, value):
        q = d.add_paragraph()
        q.paragraph_format.space_after = Pt(1)
        q.add_run(label).bold = True
        q.add_run(value)
        return q

    head("1. Personuppgifter")
    line("Namn: ", "Mikael")
    line("Personnummer: ", "ÅÅMMDD-XXXX")
    line("Boende: ", "Saknar egen bostad, övernattar på kommunens tillfälliga boende")
    line("Kommun: ", "Karlskoga")

    head("2. Mötesuppgifter")
    line("Datum: ", "2025-06-17")
    line("Plats: ", "Socialtjänsten Karlskoga, Vuxenenheten")
    line("Den enskilde närvarande: ", "Nej. Mikael deltog inte.")

    head("3. Deltagare")
    tb = d.add_table(rows=1, cols=3)
    tb.style = "Table Grid"
    for i, x in enumerate(("Namn", "Funktion", "Verksamhet/organisation")):
        c = tb.rows[0].cells[i]
        c.text = ""
        c.paragraphs[0].add_run(x).bold = True
        shade(c, "DEEAF6")
    repeat_header(tb.rows[0])
    for row in [
        ("Anders", "Socialsekreterare", "Vuxenenheten, Socialtjänsten Karlskoga"),
        ("Camilla", "Sjuksköterska", "Beroendemottagningen Karlskoga, Region Örebro län"),
        ("Peter", "Boendesamordnare", "Bostadsenheten, Karlskoga kommun"),
        ("Amir", "Distriktsläkare", "Vårdcentralen Karlskoga, Region Örebro län"),
        ("", "", ""),
        ("", "", ""),
    ]:
        c = tb.add_row().cells
        for i, v in enumerate(row):
            c[i].text = v

    head("4. Syfte med SIP")
    q = d.add_paragraph()
    add_empty_sdt(q)

    head("5. Frågeställningar inför mötet")
    hint("[Vilka frågor ska mötet besvara? Skriv gärna den enskildes egna frågor.]")

    head("6. Bakgrund och nuläge")
    d.add_paragraph(
        "Mikael är 45 år och har ett alkoholberoende sedan många år. Han blev vräkt från "
        "sin lägenhet i november 2024 efter hyresskulder och störningar och har sedan dess "
        "bott växelvis hos bekanta och på kommunens tillfälliga boende. Han har genomgått "
        "abstinensbehandling två gånger under våren, senast i maj, men återföll efter några "
        "veckor. Han har högt blodtryck och förhöjda levervärden och har missat flera "
        "provtagningar på vårdcentralen. Han har fortsatt kontakt med Beroendemottagningen "
        "Karlskoga och får stöd vid behov från Vuxenenheten.")

    head("7. Den enskildes mål")
    d.add_paragraph(
        "Mikael sa till sin socialsekreterare inför mötet: ”Jag vill ha ett eget kontrakt "
        "och slippa sova på boendet. Och jag vill kunna träffa min dotter igen utan att "
        "vara full.”")

    head("8. Samtycke")
    hint("[Ange hur och när samtycke till samverkan har inhämtats, t.ex. muntligt eller "
         "skriftligt och datum.]")

    head("9. Insatser (vad, vem, när)")
    d.add_paragraph("Se bilaga 2")

    head("10. Andra aktörers insatser")
    hint("[Försäkringskassan, Arbetsförmedlingen, god man, närstående, frivilligorganisationer "
         "m.fl. – vad gör de och när?]")

    head("11. Huvudansvarig för planen")
    hint("[Namn, funktion, verksamhet]")

    head("12. Uppföljning")
    line("Datum för uppföljning: ", "ÅÅÅÅ-MM-DD")
    line("Plats: ", "")

    head("13. Planen har upprättats av")
    hint("[Namn, funktion, datum]")
    save_docx(d, os.path.join(OUT, P + "07.docx"))


# ---------------------------------------------------------------------------
# 08  docx, NOT a plan: LSS application filled in by a guardian, Torsby
# ---------------------------------------------------------------------------
def plan08():
    d = new_doc(author="Torsby kommun", title="Ansökan om insats enligt LSS")
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    hp = sec.header.paragraphs[0]
    r = hp.add_run("TORSBY KOMMUN\t\tBlankett SOC 12")
    r.font.size = Pt(8); r.bold = True
    hp.add_run("\nSocialförvaltningen, LSS-handläggning").font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = ("Skicka ansökan till Socialförvaltningen, Torsby kommun. Personuppgifter "
               "behandlas enligt dataskyddsförordningen (GDPR).")
    for rr in fp.runs:
        rr.font.size = Pt(7)

    p = d.add_paragraph()
    r = p.add_run("Ansökan om insats enligt LSS"); r.bold = True; r.font.size = Pt(16)
    p = d.add_paragraph()
    r = p.add_run("Lag (1993:387) om stöd och service till vissa funktionshindrade")
    r.italic = True; r.font.size = Pt(9)

    def section(title):
        q = d.add_paragraph()
        q.paragraph_format.space_before = Pt(10)
        q.paragraph_format.space_after = Pt(3)
        rr = q.add_run(title); rr.bold = True; rr.font.small_caps = True; rr.font.size = Pt(12)

    def grid(rows, widths=None, bold_first=True):
        t = d.add_table(rows=0, cols=len(rows[0]))
        t.style = "Table Grid"
        for row in rows:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = ""
                par = cells[i].paragraphs[0]
                if "|" in v:
                    lab, val = v.split("|", 1)
                    rl = par.add_run(lab); rl.font.size = Pt(7.5)
                    par2 = cells[i].add_paragraph()
                    par2.add_run(val).font.size = Pt(10.5)
                else:
                    par.add_run(v).font.size = Pt(10.5)
        if widths:
            for row in t.rows:
                for i, w in enumerate(widths):
                    row.cells[i].width = Cm(w)
        return t

    section("1. Den ansökan gäller")
    grid([["Förnamn|Noah", "Personnummer|ÅÅMMDD-XXXX"],
          ["Adress|[adress], Torsby", "Telefon|070-XXX XX XX (mamma)"],
          ["Skola/förskola|Grundsärskolan, Torsby", "Språk/tolkbehov|Svenska, inget tolkbehov"]],
         widths=(8.5, 8.5))

    section("2. Ansökan görs av")
    d.add_paragraph("☐ Den enskilde själv     ☒ Vårdnadshavare     ☐ God man     ☐ Förvaltare     ☐ Ombud med fullmakt")
    grid([["Vårdnadshavare 1 – förnamn|Jenny (mamma)", "Telefon|070-XXX XX XX"],
          ["Vårdnadshavare 2 – förnamn|Daniel (pappa)", "Telefon|070-XXX XX XX"],
          ["Vårdnad|☒ Gemensam   ☐ Ensam", "Barnet bor|☒ Hos båda   ☐ Växelvis   ☐ Annat"]],
         widths=(8.5, 8.5))

    section("3. Personkrets (1 § LSS)")
    for x in ["☒ 1. Utvecklingsstörning, autism eller autismliknande tillstånd",
              "☐ 2. Betydande och bestående begåvningsmässigt funktionshinder efter hjärnskada i vuxen ålder",
              "☐ 3. Andra varaktiga fysiska eller psykiska funktionshinder"]:
        d.add_paragraph(x)
    p = d.add_paragraph()
    p.add_run("Diagnos/funktionsnedsättning: ").bold = True
    p.add_run("Autism och lindrig intellektuell funktionsnedsättning, utredd av "
              "Barn- och ungdomshabiliteringen Värmland 2022. ADHD under utredning.")

    section("4. Insats som ansökan gäller (9 § LSS)")
    for x in ["☐ Råd och stöd",
              "☐ Personlig assistans",
              "☐ Ledsagarservice",
              "☐ Kontaktperson",
              "☒ Avlösarservice i hemmet",
              "☒ Korttidsvistelse utanför det egna hemmet",
              "☐ Korttidstillsyn för skolungdom över 12 år",
              "☐ Boende i familjehem eller bostad med särskild service för barn eller ungdomar",
              "☐ Bostad med särskild service för vuxna",
              "☐ Daglig verksamhet"]:
        d.add_paragraph(x)
    p = d.add_paragraph()
    p.add_run("Omfattning som önskas: ").bold = True
    p.add_run("Korttidsvistelse en helg i månaden (fredag–söndag). Avlösarservice "
              "cirka 8 timmar i månaden, helst vardagskvällar.")

    section("5. Beskriv behovet")
    for txt in [
        "Noah är 9 år och behöver vuxenstöd i allt hela dygnet. Han har svårt med "
        "förändringar och får kraftiga utbrott när något inte blir som han tänkt sig, "
        "och han kan då slå sig själv eller springa iväg. Han sover dåligt och vaknar "
        "ofta vid 4–5 på morgonen. Han måste ha tillsyn hela tiden eftersom han inte "
        "förstår faror, t.ex. trafik och vatten.",
        "Vi har två yngre barn (3 och 6 år) som inte får den tid de behöver. Vi är båda "
        "väldigt trötta och har ingen släkt i närheten som kan avlasta. Mormor bor i "
        "Karlstad och kan hjälpa till några gånger per år. Vi tror att Noah skulle må bra "
        "av att lära känna en korttidsverksamhet med tydliga rutiner, och vi behöver "
        "kunna vila och vara med syskonen.",
        "Noah har kontakt med Barn- och ungdomshabiliteringen (arbetsterapeut och "
        "psykolog) och med BUP Karlstad för ADHD-utredningen.",
    ]:
        d.add_paragraph(txt)

    section("6. Bifogade handlingar")
    for x in ["☒ Utlåtande från Barn- och ungdomshabiliteringen Värmland",
              "☒ Psykologutlåtande (2022)",
              "☐ Läkarintyg",
              "☐ Fullmakt",
              "☐ Annat: ____________________"]:
        d.add_paragraph(x)

    section("7. Samtycke till att inhämta uppgifter")
    d.add_paragraph("☒ Vi samtycker till att handläggaren inhämtar de uppgifter som behövs "
                    "för utredningen från Barn- och ungdomshabiliteringen, BUP och skolan.")
    d.add_paragraph("☐ Vi samtycker inte. Vi lämnar själva de uppgifter som behövs.")

    section("8. Underskrift")
    grid([["Ort och datum|Torsby 2025-02-20", "Ort och datum|Torsby 2025-02-20"],
          ["Underskrift vårdnadshavare 1|Jenny", "Underskrift vårdnadshavare 2|Daniel"]],
         widths=(8.5, 8.5))
    d.add_paragraph()
    p = d.add_paragraph()
    r = p.add_run("Fylls i av kommunen:  Inkom datum: __________   Dnr: __________   "
                  "Handläggare: __________")
    r.font.size = Pt(8.5); r.italic = True
    save_docx(d, os.path.join(OUT, P + "08.docx"))


if __name__ == "__main__":
    for f in (plan01, plan02, plan03, plan04, plan05, plan06, plan07, plan08):
        f()
        print("done", f.__name__)
