#!/usr/bin/env python
"""Generate fictional, anonymized SIP documents (batch fresh-106a, Region Gotland).

Run with /work/batches/.venv/bin/python generate.py
Writes plans/f106a-01 ... f106a-08. Deterministic (fixed dates, no randomness).
"""
import datetime
import json
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
OUT = os.path.join(HERE, "plans")
PREFIX = "f106a"
LO_PROFILE = "file:///tmp/lo-f106a"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FIXED = datetime.datetime(2025, 3, 1, 9, 0, 0)


def path(n, ext):
    return os.path.join(OUT, f"{PREFIX}-{n:02d}.{ext}")


def fix_core(doc, author, title):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1


def normalize_docx(fn):
    """Rewrite the .docx zip with fixed timestamps so reruns give identical bytes."""
    import zipfile
    with zipfile.ZipFile(fn) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(fn, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def soffice_pdf(src, outdir):
    subprocess.run(
        ["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
         "--convert-to", "pdf", "--outdir", outdir, src],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


def set_cell_shading(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def mark_header_row(row):
    trPr = row._tr.get_or_add_trPr()
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trPr.append(th)


def add_page_number(par, with_total=True):
    def fld(instr):
        r = par.add_run()
        b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin"); r._r.append(b)
        r = par.add_run()
        it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr; r._r.append(it)
        r = par.add_run()
        s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate"); r._r.append(s)
        par.add_run("1")
        r = par.add_run()
        e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r._r.append(e)
    par.add_run("Sida ")
    fld(" PAGE ")
    if with_total:
        par.add_run(" (")
        fld(" NUMPAGES ")
        par.add_run(")")


# ---------------------------------------------------------------------------
# 01  Mail-merge .docx (MERGEFIELD complex fields), elderly man after hip fracture, Slite
# ---------------------------------------------------------------------------

def _fldchar(par, typ):
    r = par.add_run()
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), typ)
    r._r.append(fc)
    return r


def mergefield(par, name, value, fmt=True):
    """Write a merged MERGEFIELD as Word leaves it: begin / instr / separate / result / end."""
    _fldchar(par, "begin")
    r = par.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = f" MERGEFIELD {name} " + ("\\* MERGEFORMAT " if fmt else "")
    r._r.append(it)
    _fldchar(par, "separate")
    if value:
        lines = value.split("\n")
        for i, line in enumerate(lines):
            run = par.add_run(line)
            if i < len(lines) - 1:
                run.add_break()
    _fldchar(par, "end")


def plan01():
    doc = Document()
    fix_core(doc, "Region Gotland", "SIP - samordnad individuell plan")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "REGION GOTLAND\tSamordnad individuell plan (SIP)\t"
    hp.runs[0].font.size = Pt(9)
    hp2 = sec.header.add_paragraph()
    r = hp2.add_run("Socialförvaltningen / Hälso- och sjukvårdsförvaltningen")
    r.font.size = Pt(8)
    r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    fp = sec.footer.paragraphs[0]
    fr = fp.add_run("Mall: SIP_koppling_v3.dotx  ·  Dokumentet innehåller sekretessuppgifter (OSL 26 kap. 1 §, 25 kap. 1 §)  ·  ")
    fr.font.size = Pt(8)
    add_page_number(fp)

    values = {
        "Namn": "Gunnar",
        "Personnummer": "XXXXXX-XXXX",
        "Adress_ort": "Slite",
        "Motesdatum": "2025-02-12",
        "Motesplats": "I Gunnars hem, Slite",
        "Syfte": ("Att samordna hemtjänst, hemsjukvård och rehabilitering efter Gunnars "
                  "höftfraktur i januari, så att han kan bo kvar tryggt i sitt hus i Slite "
                  "och successivt klara mer av vardagen på egen hand."),
        "Bakgrund": ("Gunnar är 84 år och bor ensam i villa i Slite sedan hustrun dog 2022. "
                     "Han föll i hallen 2025-01-09 och opererades för höftfraktur på "
                     "ortopeden, Visby lasarett. Utskriven till korttidsboende 2025-01-21 och "
                     "hem 2025-02-10. Går med rollator inomhus, osäker i trappan till "
                     "källaren. Har smärta på nätterna och har tappat aptiten."),
        "Fragestallningar": "",
        "Enskildes_mal": ("Målet är att Gunnar ska kunna gå med rollator ut till brevlådan och "
                          "klara morgonhygienen själv före midsommar."),
        "Delaktighet": ("Gunnar deltog i mötet, som hölls hemma hos honom. Han framförde att "
                        "han vill att hemtjänsten kommer efter kl. 9 på morgonen, att han inte "
                        "vill flytta till säbo och att han helst vill ha samma personal så "
                        "långt det går."),
        "Samtycke": "",
        "Insats1": "Hjälp med morgonhygien, på- och avklädning och frukost, alla dagar",
        "Ansvarig1": "Hemtjänst Slite",
        "Tid1": "Från 2025-02-13",
        "Insats2": "Träningsprogram för gång, balans och trappa, hembesök",
        "Ansvarig2": "Fysioterapeut, kommunal rehab norra Gotland",
        "Tid2": "1 gång/vecka 2025-02-18 – 2025-04-29",
        "Insats3": "Läkemedelsgenomgång, översyn av smärtlindring och nutrition",
        "Ansvarig3": "Läkare, Hälsocentralen Slite",
        "Tid3": "",
        "Insats4": "Trygghetslarm (halsbandsmodell) installeras",
        "Ansvarig4": "Biståndshandläggare äldreomsorg",
        "Tid4": "Senast 2025-02-21",
        "Andra_aktorer": "",
        "Huvudansvarig": "Hemtjänst Slite",
        "Uppfoljning": "",
        "Deltagare": ("Gunnar, biståndshandläggare, distriktssköterska, fysioterapeut, "
                      "gruppledare hemtjänst"),
        "Upprattad_av": "Biståndshandläggare",
    }

    t = doc.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.LEFT
    tr = t.add_run("Samordnad individuell plan – SIP")
    tr.bold = True
    tr.font.size = Pt(16)
    sub = doc.add_paragraph()
    sr = sub.add_run("enligt 2 kap. 7 § SoL och 16 kap. 4 § HSL")
    sr.italic = True
    sr.font.size = Pt(9)

    # personuppgifter i en tabell med fält
    tbl = doc.add_table(rows=3, cols=4)
    tbl.style = "Table Grid"
    labels = [("Namn", "Namn", "Personnummer", "Personnummer"),
              ("Ort", "Adress_ort", "Mötesdatum", "Motesdatum"),
              ("Mötesplats", "Motesplats", None, None)]
    for i, (l1, f1, l2, f2) in enumerate(labels):
        c = tbl.rows[i].cells
        c[0].paragraphs[0].add_run(l1).bold = True
        set_cell_shading(c[0], "E7EEF5")
        if l2 is None:
            m = c[1].merge(c[3])
            mergefield(m.paragraphs[0], f1, values[f1])
        else:
            mergefield(c[1].paragraphs[0], f1, values[f1])
            c[2].paragraphs[0].add_run(l2).bold = True
            set_cell_shading(c[2], "E7EEF5")
            mergefield(c[3].paragraphs[0], f2, values[f2])

    def section(label, field):
        h = doc.add_paragraph()
        h.paragraph_format.space_before = Pt(10)
        h.paragraph_format.space_after = Pt(2)
        hr = h.add_run(label)
        hr.bold = True
        p = doc.add_paragraph()
        mergefield(p, field, values[field])

    section("Syfte med SIP", "Syfte")
    section("Bakgrund / nuvarande situation", "Bakgrund")
    section("Frågeställningar inför mötet", "Fragestallningar")
    section("Den enskildes mål", "Enskildes_mal")
    section("Den enskildes delaktighet och synpunkter", "Delaktighet")
    section("Samtycke till SIP och informationsöverföring", "Samtycke")

    h = doc.add_paragraph()
    h.paragraph_format.space_before = Pt(10)
    h.add_run("Insatser – vem gör vad och när").bold = True
    it = doc.add_table(rows=5, cols=3)
    it.style = "Table Grid"
    hdr = it.rows[0].cells
    for c, txt in zip(hdr, ["Insats", "Ansvarig verksamhet/funktion", "När"]):
        c.paragraphs[0].add_run(txt).bold = True
        set_cell_shading(c, "D9E2EC")
    mark_header_row(it.rows[0])
    for i in range(1, 5):
        c = it.rows[i].cells
        mergefield(c[0].paragraphs[0], f"Insats{i}", values[f"Insats{i}"])
        mergefield(c[1].paragraphs[0], f"Ansvarig{i}", values[f"Ansvarig{i}"])
        mergefield(c[2].paragraphs[0], f"Tid{i}", values[f"Tid{i}"])
    it.autofit = False
    for col, w in zip(it.columns, (Cm(7.0), Cm(5.0), Cm(4.6))):
        col.width = w
    for row in it.rows:
        row.cells[0].width = Cm(7.0)
        row.cells[1].width = Cm(5.0)
        row.cells[2].width = Cm(4.6)

    section("Andra aktörers insatser (t.ex. FK, AF, god man, närstående)", "Andra_aktorer")
    section("Huvudansvarig för planen", "Huvudansvarig")
    section("Uppföljning (datum)", "Uppfoljning")
    section("Deltagare på mötet", "Deltagare")

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(14)
    p.add_run("Planen upprättad av: ")
    mergefield(p, "Upprattad_av", values["Upprattad_av"])
    p.add_run(", Socialtjänsten Gotland, äldreomsorg")
    p2 = doc.add_paragraph()
    p2.add_run("Kopia till: den enskilde samt deltagande verksamheter.")
    p2.runs[0].font.size = Pt(9)
    doc.save(path(1, "docx"))
    normalize_docx(path(1, "docx"))


# ---------------------------------------------------------------------------
# 02  E-mail body converted from HTML (.txt, Windows-1252, CRLF); 19-year-old, substance use, Visby
# ---------------------------------------------------------------------------

def wrap(text, width=76, indent=""):
    out = []
    for para in text.split("\n"):
        if not para.strip():
            out.append("")
            continue
        out.extend(textwrap.wrap(para, width=width, initial_indent=indent,
                                 subsequent_indent=indent, break_on_hyphens=False) or [""])
    return out


def plan02():
    L = []
    L += ["Från: Socialtjänsten Gotland, vuxenenheten – Therese",
          "Skickat: den 11 mars 2025 16:47",
          "Till: Mottagningen för beroende Visby; Vuxenpsykiatrin Visby; "
          "Hälsocentralen Visby Norr",
          "Kopia: Arbetsmarknadsenheten Region Gotland",
          "Ämne: SIP J. – sammanfattning och plan från mötet 2025-03-11",
          "Prioritet: Hög",
          "Känslighet: Konfidentiellt",
          "", ""]
    body = (
        "Hej alla!\n"
        "Tack för ett bra möte i dag på Mottagningen för beroende. Här kommer planen som vi "
        "kom överens om, så att alla har samma underlag. J. har fått en utskrift med sig hem. "
        "Hör av er om något blivit fel så rättar jag innan den läggs in i akten.\n"
        "Mallen hittar ni som vanligt på intranätet<[länk]> under Samverkan > SIP.")
    L += wrap(body)
    L += ["", "* * *", ""]
    L += ["SAMORDNAD INDIVIDUELL PLAN (SIP)", "",
          "Personen: J., 19 år, Visby (pnr XXXXXX-XXXX)",
          "Mötesdatum: 2025-03-11 kl. 13.30–15.00",
          "Plats: Mottagningen för beroende, Visby", ""]
    L += ["Syfte med SIP:"]
    L += wrap("Samordning och en gemensam bild.")
    L += [""]
    L += ["Deltagare:"]
    for d in ["J. själv",
              "Therese, socialsekreterare, Socialtjänsten Gotland, vuxenenheten",
              "Ali, behandlare, Mottagningen för beroende Visby",
              "Karin, sjuksköterska, Vuxenpsykiatrin Visby",
              "Mattias, arbetskonsulent, Arbetsmarknadsenheten Region Gotland",
              "Distriktsläkare, Hälsocentralen Visby Norr (med via Teams, del av mötet)"]:
        L += wrap(d, indent="  - ")
    L += [""]
    L += ["Bakgrund i korthet:"]
    L += wrap("J. har använt cannabis dagligen sedan 16-årsåldern och dricker alkohol i "
              "perioder. Han bor i egen lägenhet i Visby sedan i höstas, har hyresskuld sedan "
              "december och har inte fullföljt gymnasiet. Han beskriver att han har svårt "
              "med koncentration och sömn sedan lågstadiet. Ingen pågående psykiatrisk "
              "kontakt.")
    L += [""]
    L += ["J:s egna mål och synpunkter:"]
    L += wrap("J. var med hela mötet och var tydlig med vad han vill: \u201dJag vill sluta "
              "röka på och få ett jobb, helst något med bilar. Och jag vill inte bli av med "
              "lägenheten.\u201d Han vill ha färre kontakter och helst träffa Ali och Therese "
              "samma dag så att han slipper åka in flera gånger. Han vill inte ha "
              "Antabus.")
    L += [""]
    L += ["Samtycke:"]
    L += wrap("Samtycke finns.")
    L += ["", "* * *", ""]
    L += ["INSATSER – VEM GÖR VAD OCH NÄR", ""]
    rows = [
        ("1.", "Behandlingssamtal (återfallsprevention, MI) varje tisdag, samt "
               "urinprov vid varje besök.",
         "Mottagningen för beroende Visby, behandlare Ali", "Start 2025-03-18"),
        ("2.", "Utredning av försörjning och hyresskuld, kontakt med hyresvärden om "
               "avbetalningsplan.",
         "Socialtjänsten Gotland, vuxenenheten, Therese", "Senast 2025-03-28"),
        ("3.", "Bedömning inför ev. ADHD-utredning, remiss skickas från "
               "hälsocentralen.",
         "Vuxenpsykiatrin Visby (bedömning), Hälsocentralen Visby Norr (remiss)", ""),
        ("4.", "Arbetsträning på verkstad via kommunens arbetsmarknadsinsats, "
               "20 tim/vecka.",
         "Arbetsmarknadsenheten Region Gotland, arbetskonsulent", "Från 2025-04-07"),
        ("5.", "Sömnråd och genomgång av läkemedel (ej beroendeframkallande).",
         "Hälsocentralen Visby Norr, distriktsläkare", "Besök 2025-03-20"),
    ]
    for nr, what, who, when in rows:
        first = wrap(what, width=72)
        L.append(f"  {nr} " + first[0])
        for extra in first[1:]:
            L.append("     " + extra)
        L += wrap("Ansvar: " + who, indent="     ")
        L += ["     När: " + when if when else "     När:"]
        L += [""]
    L += ["Huvudansvar för planen: Socialtjänsten", ""]
    L += ["Uppföljning: Vi ses igen för uppföljning vecka 19, kallelse kommer.", ""]
    L += ["* * *", ""]
    L += wrap("Kontakta mig gärna om ni har frågor om planen eller om något ändras för J. "
              "innan uppföljningen.")
    L += ["", "Vänliga hälsningar", "", "Therese",
          "Socialsekreterare | Vuxenenheten",
          "Socialförvaltningen | Region Gotland",
          "Tfn: via växeln",
          "www.gotland.se<[länk]>", ""]
    L += ["[Region Gotland logotyp]", ""]
    L += ["* * *", ""]
    disc = ("Detta e-postmeddelande och eventuella bifogade filer kan innehålla uppgifter som "
            "omfattas av sekretess enligt offentlighets- och sekretesslagen (2009:400). "
            "Meddelandet är endast avsett för den eller de adressater som anges ovan. Om du "
            "har fått meddelandet av misstag ber vi dig att omedelbart meddela avsändaren och "
            "därefter radera meddelandet och eventuella bilagor utan att kopiera, sprida eller "
            "på annat sätt använda innehållet. Observera att e-post som skickas till Region "
            "Gotland blir allmän handling och kan komma att lämnas ut, om inte uppgifterna "
            "omfattas av sekretess. Skicka därför inte känsliga personuppgifter, "
            "personnummer eller uppgifter om hälsa via vanlig e-post till oss – använd i "
            "stället säkra e-tjänster<[länk]>. Region Gotland behandlar personuppgifter "
            "enligt dataskyddsförordningen (GDPR). Läs mer om hur vi behandlar dina "
            "personuppgifter och om dina rättigheter på vår webbplats<[länk]>.\n"
            "This e-mail may contain confidential information. If you are not the intended "
            "recipient, please notify the sender and delete the message.")
    L += wrap(disc)
    L += [""]
    text = "\r\n".join(L) + "\r\n"
    with open(path(2, "txt"), "wb") as f:
        f.write(text.encode("cp1252"))


# ---------------------------------------------------------------------------
# 03  Markdown, questions and answers; 13-year-old with school refusal and anxiety, Hemse
# ---------------------------------------------------------------------------

def plan03():
    md = """# SIP för Lova (13 år)

*Samordnad individuell plan – upprättad 2025-01-30 i Hemse skola, konferensrummet*
*Dokumentet fört av elevhälsan, Hemse skola*

Personnummer: ÅÅMMDD-XXXX
Vårdnadshavare: mamma och pappa (gemensam vårdnad)

---

**F:** Vad är syftet med planen?

**S:** Lova har i stort sett inte varit i skolan sedan höstlovet och har svår oro på morgnarna. Syftet är att skolan, BUP och socialtjänsten ska dra åt samma håll så att Lova steg för steg kan komma tillbaka till skolan och få behandling för sin ångest, utan att familjen ska behöva samordna allt själv.

**F:** Vilka frågor behöver vi ta upp på mötet?

**S:** Läget i skolan och hemma.

**F:** Vad vill Lova själv uppnå?

**S:** –

**F:** Hur har Lova varit delaktig, och vad tycker hon?

**S:** Lova var inte med på mötet. I samtal med mamma dagen före berättade mamma att Lova vill gå kvar i sin klass, att hon inte vill byta skola och att idrottslektionerna och matsalen är det som känns värst.

**F:** Finns samtycke till SIP och till att vi pratar med varandra?

**S:** Ja. Båda vårdnadshavarna har skrivit under samtyckesblanketten för SIP och informationsutbyte mellan skola, BUP och socialtjänst, daterad 2025-01-27. Samtycket gäller till och med 2025-12-31.

**F:** Vad görs och av vem – och när?

**S:**

| Insats | Ansvarig | När |
|---|---|---|
| KBT för ångest och skolfrånvaro, 12 tillfällen, delvis med föräldrarna | Psykolog, BUP Visby | Varannan onsdag från 2025-02-12 |
| Anpassat schema: start kl. 9.30, ingen idrott t.o.m. påsklovet, lunch i lilla rummet | Mentor och rektor, Hemse skola | Från 2025-02-03 |
| Stegvis återgång, mentor möter Lova vid entrén varje morgon | Mentor, Hemse skola | Måndag–fredag från 2025-02-03 |
| Föräldrastöd i hemmet kring morgonrutiner | Familjebehandlare, Socialtjänsten Gotland, barn och familj | Torsdagar från 2025-02-06 |
| Hälsosamtal om sömn och magont, ev. kontakt med läkare | Skolsköterska, elevhälsan Hemse skola | 2025-02-05 |
| Bedömning av järnbrist (blodprov) | Distriktssköterska, Hälsocentralen Hemse | 2025-02-10 |

**F:** Vem har huvudansvaret för att planen hålls ihop?

**S:** Ulrika har huvudansvaret och kallar till uppföljningen.

**F:** Finns det andra som behöver göra något?

**S:** Mormor i Klintehamn är ett viktigt stöd för Lova och familjen. Försäkringskassan kan bli aktuellt längre fram.

**F:** När följer vi upp?

**S:** Tisdag 6 maj 2025 kl. 14.00, Hemse skola. Mamma och pappa har fått tiden.

---

*Planen skickas till vårdnadshavarna och till de verksamheter som har insatser.*
"""
    with open(path(3, "md"), "w", encoding="utf-8") as f:
        f.write(md)


# ---------------------------------------------------------------------------
# 04  Journal print PDF (fpdf2), three dated entries; adult with psychosis and debts, Visby
# ---------------------------------------------------------------------------

class JournalPDF(FPDF):
    def header(self):
        self.set_font("DejaVu", "B", 9)
        self.set_text_color(0)
        self.cell(95, 5, "Journalutskrift – Region Gotland", new_x="RIGHT", new_y="TOP")
        self.set_font("DejaVu", "", 8)
        self.cell(0, 5, f"Sida {self.page_no()} ({{nb}})", align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(95, 4, "Vuxenpsykiatrin Visby, öppenvårdsmottagning", new_x="RIGHT", new_y="TOP")
        self.cell(0, 4, "Utskriven 2025-03-24 08:55 av Kurator", align="R", new_x="LMARGIN", new_y="NEXT")
        self.cell(95, 4, "Patient: A.  ÅÅMMDD-XXXX", new_x="RIGHT", new_y="TOP")
        self.cell(0, 4, "Urval: Journaltext, Kurator, 2025-03-01 – 2025-03-24", align="R",
                  new_x="LMARGIN", new_y="NEXT")
        self.set_draw_color(0)
        self.line(self.l_margin, self.get_y() + 1, self.w - self.r_margin, self.get_y() + 1)
        self.ln(5)

    def footer(self):
        self.set_y(-12)
        self.set_font("DejaVu", "", 7)
        self.set_text_color(90)
        self.cell(0, 4, "Utskriften innehåller uppgifter som omfattas av sekretess enligt OSL 25 kap. 1 §. "
                        "Förvara oåtkomligt för obehöriga.", align="C")


def plan04():
    pdf = JournalPDF(format="A4")
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_auto_page_break(True, margin=16)
    pdf.set_margins(18, 12, 18)
    pdf.alias_nb_pages("{nb}")
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin

    entries = [
        ("2025-03-04 14:10 · Anteckning · Kurator", "Planering inför SIP", [
            (None, "Telefonsamtal med A. inför SIP-mötet. "
                   "Han har fått brev från Kronofogden om utmätning och är stressad. "
                   "Psykotiska symtom lugnare sedan depåinjektion infördes i januari."),
            ("Syfte:", "Att samordna stödet kring A:s ekonomi, boende och psykiatriska "
                       "behandling så att han kan behålla lägenheten i Visby och inte "
                       "försämras psykiskt av skulderna."),
            ("Frågeställningar:", "Hur ska skulden hos Kronofogden och hyresskulden "
                                  "hanteras, och vem hjälper A. med det? Behöver A. mer stöd "
                                  "i hemmet än i dag? Hur säkrar vi att depåinjektionerna "
                                  "blir av när han mår sämre?"),
            (None, "Kallelse skickas till socialtjänsten, god man och Försäkringskassan. "
                   "Möte bokat 2025-03-11 kl. 10 på mottagningen."),
        ], "Signerad: Kurator, Vuxenpsykiatrin Visby 2025-03-04 15:02"),
        ("2025-03-11 10:00 · SIP-möte · Kurator", "Samordnad individuell plan", [
            ("Närvarande:", "A., Karin, Jonas, Maja och undertecknad."),
            ("Samtycke:", "Finns sedan tidigare."),
            ("Delaktighet:", "A. deltog hela mötet. Han vill ha kvar sin lägenhet och "
                             "vill inte att pengarna sköts helt av någon annan, men tycker "
                             "att det är skönt att slippa räkningarna. Han vill fortsätta "
                             "med injektionerna på mottagningen, inte hemma."),
            ("Mål:", "Målet är att A. ska ha en stabil boendesituation och en "
                     "betalningsplan för skulderna inom ett år."),
            ("Insatser:", "1) Depåinjektion var 4:e vecka samt samtal, ssk "
                          "Vuxenpsykiatrin Visby, nästa 2025-03-25. "
                          "2) Kurator Vuxenpsykiatrin Visby hjälper A. att ansöka om "
                          "skuldsanering tillsammans med god man, ansökan klar 2025-04-15. "
                          "3) Socialtjänsten Gotland, socialpsykiatrin: bedömning av "
                          "boendestöd (praktiskt stöd med post, städning, inköp). "
                          "4) Handläggare försörjningsstöd, Socialtjänsten Gotland: "
                          "prövar bistånd till hyresskulden, beslut senast 2025-03-21."),
            ("Andra aktörer:", "God man tar över betalning av hyra och räkningar från "
                               "april och kontaktar hyresvärden om avbetalningsplan före "
                               "2025-03-31. Försäkringskassan (handläggare) utreder A:s "
                               "ansökan om aktivitetsersättning och återkommer med besked "
                               "om läkarintyg behövs. A. själv lämnar post från Kronofogden "
                               "till god man samma vecka som den kommer."),
            ("Huvudansvar:", "Kurator, Vuxenpsykiatrin Visby, håller ihop planen och "
                             "kallar till uppföljning."),
        ], "Signerad: Kurator, Vuxenpsykiatrin Visby 2025-03-11 13:40"),
        ("2025-03-18 09:30 · Anteckning · Kurator", "Komplettering SIP", [
            (None, "Besked från Socialtjänsten Gotland: försörjningsstöd till del av "
                   "hyresskulden beviljat. Bedömning av boendestöd pågår, handläggare "
                   "återkommer. God man bekräftar att autogiro för hyran är ordnat."),
            ("Insatser:", "Tillägg: A. erbjuds plats i mottagningens psykoedukativa grupp "
                          "om psykos, torsdagar kl. 13, start 2025-04-03, ansvarig ssk "
                          "Vuxenpsykiatrin Visby."),
            ("Uppföljning:", "Ny SIP-träff i maj, kallelse skickas ut av kurator."),
            (None, "Planen skickad till A. och deltagarna."),
        ], "Signerad: Kurator, Vuxenpsykiatrin Visby 2025-03-18 09:52"),
    ]

    def body_height(items):
        pdf.set_font("DejaVu", "", 9)
        h = 0
        for label, txt in items:
            if label:
                lines = pdf.multi_cell(W - 4 - 34, 4.6, txt, dry_run=True, output="LINES")
            else:
                lines = pdf.multi_cell(W - 4, 4.6, txt, dry_run=True, output="LINES")
            h += len(lines) * 4.6 + 1.8
        return h

    for head, title, items, sig in entries:
        h = 7 + 6 + body_height(items) + 9
        if pdf.get_y() + h > pdf.h - 16:
            pdf.add_page()
        x0, y0 = pdf.l_margin, pdf.get_y()
        # header band
        pdf.set_fill_color(226, 232, 240)
        pdf.set_font("DejaVu", "B", 9.5)
        pdf.set_xy(x0, y0)
        pdf.cell(W, 7, "  " + head, fill=True, new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(x0 + 2)
        pdf.set_font("DejaVu", "B", 9)
        pdf.cell(W - 4, 6, "Rubrik: " + title, new_x="LMARGIN", new_y="NEXT")
        for label, txt in items:
            pdf.set_x(x0 + 2)
            if label:
                pdf.set_font("DejaVu", "B", 9)
                yl = pdf.get_y()
                pdf.cell(34, 4.6, label, new_x="RIGHT", new_y="TOP")
                pdf.set_font("DejaVu", "", 9)
                pdf.multi_cell(W - 4 - 34, 4.6, txt, align="L", new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_font("DejaVu", "", 9)
                pdf.multi_cell(W - 4, 4.6, txt, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.8)
        pdf.set_draw_color(150)
        pdf.line(x0 + 2, pdf.get_y() + 1, x0 + W - 2, pdf.get_y() + 1)
        pdf.ln(2)
        pdf.set_x(x0 + 2)
        pdf.set_font("DejaVu", "", 8)
        pdf.set_text_color(60)
        pdf.cell(W - 4, 5, sig, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0)
        y1 = pdf.get_y() + 1.5
        pdf.set_draw_color(0)
        pdf.rect(x0, y0, W, y1 - y0)
        pdf.set_y(y1 + 5)
    pdf.set_creation_date(FIXED)
    pdf.output(path(4, "pdf"))


# ---------------------------------------------------------------------------
# 05  .docx, headings = plain paragraphs with w:outlineLvl, no heading style, no bold;
#     young adult with autism, LSS, Roma
# ---------------------------------------------------------------------------

def outline_par(doc, text, level, size=None):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    p.paragraph_format.space_after = Pt(3)
    p.paragraph_format.keep_with_next = True
    r = p.add_run(text)
    if size:
        r.font.size = Pt(size)
    pPr = p._p.get_or_add_pPr()
    ol = OxmlElement("w:outlineLvl")
    ol.set(qn("w:val"), str(level))
    # outlineLvl must come after keepNext/spacing in CT_PPr sequence; append then reorder
    pPr.append(ol)
    order = ["w:pStyle", "w:keepNext", "w:keepLines", "w:pageBreakBefore", "w:spacing",
             "w:ind", "w:jc", "w:outlineLvl", "w:rPr"]
    kids = sorted(list(pPr), key=lambda e: next((i for i, t in enumerate(order)
                                                 if e.tag == qn(t)), 99))
    for k in list(pPr):
        pPr.remove(k)
    for k in kids:
        pPr.append(k)
    return p


def plan05():
    doc = Document()
    fix_core(doc, "Socialförvaltningen", "SIP Emil")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Region Gotland\tSocialförvaltningen, LSS-enheten\t2025-04-08"
    for r in hp.runs:
        r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    add_page_number(fp, with_total=False)

    outline_par(doc, "Samordnad individuell plan (SIP)", 0, size=14)
    doc.add_paragraph("Namn: Emil\nPersonnummer: ÅÅMMDD-XXXX\nMötesdatum: 2025-04-08\n"
                      "Plats: Daglig verksamhet Roma, samlingsrummet")

    outline_par(doc, "Bakgrund", 1)
    doc.add_paragraph(
        "Emil är 23 år och har autism och lindrig intellektuell funktionsnedsättning. Han bor "
        "sedan september 2024 i gruppbostad enligt LSS 9 § 9 i Roma och har daglig "
        "verksamhet enligt LSS 9 § 10 på snickeriet i Roma. Personalen beskriver att Emil "
        "sover oroligt sedan flytten, vaknar flera gånger per natt och att det blivit fler "
        "utbrott på daglig verksamhet, oftast efter lunch. Han tar sedan tidigare melatonin "
        "som förskrivits av Hälsocentralen Roma. Kontakt med Habiliteringen Gotland avslutades "
        "2023.")

    outline_par(doc, "Syfte", 1)
    doc.add_paragraph("Samordning.")

    outline_par(doc, "Frågeställningar inför mötet", 1)
    doc.add_paragraph("")

    outline_par(doc, "Den enskildes mål", 1)
    doc.add_paragraph("")

    outline_par(doc, "Den enskildes delaktighet", 1)
    doc.add_paragraph("")

    outline_par(doc, "Samtycke", 1)
    doc.add_paragraph("")

    outline_par(doc, "Insatser", 1)
    ins = [
        ("Daglig verksamhet på snickeriet i Roma, 4 dagar/vecka, med anpassat schema "
         "(kortare pass efter lunch) och bildstöd för dagens moment.", "Kommunen", "Pågår"),
        ("Kartläggning av sömn med sömndagbok under 3 veckor, görs av personalen på "
         "gruppbostaden.", "Kommunen", "April"),
        ("Läkemedelsöversyn (melatonin, ev. annan sömnmedicinering) och läkarbesök.",
         "Regionen", ""),
        ("Ny remiss till Habiliteringen Gotland för bedömning av kommunikationsstöd och "
         "förebyggande arbete kring utbrotten.", "Regionen", "Under våren"),
    ]
    for i, (what, who, when) in enumerate(ins, 1):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.6)
        p.paragraph_format.first_line_indent = Cm(-0.6)
        p.add_run(f"{i}.\t{what}")
        p2 = doc.add_paragraph()
        p2.paragraph_format.left_indent = Cm(0.6)
        p2.add_run(f"Ansvarig: {who}     När: {when}")

    outline_par(doc, "Andra aktörer", 1)
    doc.add_paragraph("–")

    outline_par(doc, "Huvudansvarig", 1)
    doc.add_paragraph("–")

    outline_par(doc, "Uppföljning", 1)
    doc.add_paragraph("Vid behov.")

    outline_par(doc, "Deltagare", 1)
    for d in ["LSS-handläggare", "Personal daglig verksamhet", "Kontaktperson gruppbostad",
              "Sjuksköterska", "Arbetsterapeut"]:
        doc.add_paragraph(d, style="List Bullet")

    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(18)
    p.add_run("Antecknat av LSS-handläggare").italic = True
    doc.save(path(5, "docx"))
    normalize_docx(path(5, "docx"))


# ---------------------------------------------------------------------------
# 06  JSON export (.txt, UTF-8, CRLF); discharge from psychiatric inpatient care, Klintehamn
# ---------------------------------------------------------------------------

def plan06():
    data = {
        "exportformat": "SIP-JSON 1.2",
        "exporterad": "2025-04-15T07:41:12",
        "arende": {
            "arendetyp": "SIP",
            "arendenummer": "SIP-2025-0417",
            "status": "Upprättad",
            "skapad_av_enhet": "Psykiatriska slutenvården, Visby lasarett",
        },
        "enskild": {
            "namn": "M.",
            "personnummer": "XXXXXX-XXXX",
            "ort": "Klintehamn",
            "god_man": False,
        },
        "motesdatum": "2025-04-14",
        "motesform": "Fysiskt möte på avdelningen inför utskrivning",
        "syfte": "",
        "bakgrund": ("M. är 46 år och har varit inlagd på psykiatrisk avdelning sedan "
                     "2025-03-20 efter en svår depressiv episod med suicidtankar. Bor ensam i "
                     "lägenhet i Klintehamn, sjukskriven från arbete i butik sedan januari. "
                     "Planerad utskrivning 2025-04-16."),
        "fragestallningar": [],
        "enskildes_mal": None,
        "enskildes_synpunkter": ("Tycker att den nya medicinen gör honom trött på "
                                 "förmiddagarna och vill ta upp dosen med läkaren. Vill inte "
                                 "att hemtjänstens bil står utanför huset dagtid."),
        "samtycke": {
            "lamnat": True,
            "form": "Muntligt",
            "datum": "2025-04-14",
            "omfattning": "SIP och informationsöverföring mellan psykiatrin, hälsocentralen "
                          "och socialtjänsten",
            "kommentar": "Inhämtat av kurator på avdelningen",
        },
        "insatser": [
            {
                "vad": "Läkemedel i dosett, hemsjukvårdsbesök 2 ggr/vecka första månaden",
                "vem": "Distriktssköterska, Hälsocentralen Klintehamn",
                "nar": "Från 2025-04-17",
            },
            {
                "vad": "Återbesök läkare och sjuksköterska efter utskrivning, "
                       "suicidriskbedömning och uppföljning av medicinering",
                "vem": "Vuxenpsykiatrin Visby, öppenvårdsmottagningen",
                "nar": "2025-04-23 kl. 10.00",
            },
            {
                "vad": "Boendestöd 3 timmar/vecka: struktur i vardagen, inköp, post",
                "vem": "Socialtjänsten Gotland, socialpsykiatrin – boendestödet",
                "nar": "Start vecka 17",
            },
            {
                "vad": "Utredning av ansökan om hemtjänst (städning varannan vecka)",
                "vem": "Biståndshandläggare, Socialtjänsten Gotland",
                "nar": "Beslut senast 2025-04-30",
            },
        ],
        "huvudansvarig": {
            "namn": None,
            "funktion": "Samordnare",
            "enhet": "",
        },
        "andra_aktorer": [
            {
                "aktor": "Försäkringskassan",
                "atgard": "Handläggare bokar avstämningsmöte om sjukpenning och "
                          "återgång i arbete",
                "nar": "Maj 2025",
            },
            {
                "aktor": "Enskild (M.)",
                "atgard": "Kontaktar själv arbetsgivaren och meddelar "
                          "utskrivningsdatum",
                "nar": "Före 2025-04-18",
            },
        ],
        "uppfoljning": "2025-05-27",
        "deltagare": [],
        "bilagor": [],
        "signerad": {
            "av_funktion": "Kurator",
            "tidpunkt": "2025-04-14T15:06:00",
        },
    }
    text = json.dumps(data, ensure_ascii=False, indent=2)
    with open(path(6, "txt"), "wb") as f:
        f.write((text.replace("\n", "\r\n") + "\r\n").encode("utf-8"))


# ---------------------------------------------------------------------------
# 07  .docx with participants only in a signature table; elderly woman with dementia, Hemse
# ---------------------------------------------------------------------------

def plan07():
    doc = Document()
    fix_core(doc, "Region Gotland", "SIP Ingrid")
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    r = hp.add_run("Region Gotland – Samordnad individuell plan")
    r.font.small_caps = True
    r.font.size = Pt(9)
    hp.add_run("\t\tSekretess enligt OSL").font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    add_page_number(fp)

    doc.add_heading("Samordnad individuell plan", level=0)
    p = doc.add_paragraph()
    p.add_run("Gäller: ").bold = True
    p.add_run("Ingrid, ÅÅMMDD-XXXX, Hemse\n")
    p.add_run("Mötesdatum: ").bold = True
    p.add_run("2025-02-26\n")
    p.add_run("Plats: ").bold = True
    p.add_run("Hemma hos Ingrid")

    doc.add_heading("Bakgrund", level=1)
    doc.add_paragraph(
        "Ingrid är 81 år och bor ensam i sitt hus i Hemse. Hon fick diagnosen "
        "Alzheimers sjukdom på minnesmottagningen hösten 2024 och har sedan jul varit "
        "nedstämd och ätit dåligt. Hon har hemtjänst med tillsyn och inköp sedan "
        "november. Vid två tillfällen i januari har hon gått ut på kvällen och inte hittat "
        "hem; grannar har hjälpt henne. Dottern bor i Visby och besöker henne varje helg.")

    doc.add_heading("Syfte med planen", level=1)
    doc.add_paragraph(
        "Syftet är att Ingrid ska kunna bo kvar hemma i Hemse under trygga former trots "
        "tilltagande minnessvårigheter, och att hemtjänsten, hälsocentralen och "
        "äldrepsykiatrin har samma bild av hennes behov och inte ger olika besked till "
        "henne och dottern.")

    doc.add_heading("Frågeställningar", level=1)
    doc.add_paragraph("Diskutera läget och hur det fungerar hemma.")

    doc.add_heading("Ingrids egna mål", level=1)
    q = doc.add_paragraph()
    q.add_run("\u201dJag vill bo kvar i mitt hus så länge jag kan, och jag vill kunna gå "
              "till affären själv på förmiddagen.\u201d").italic = True

    doc.add_heading("Ingrids delaktighet och synpunkter", level=1)
    doc.add_paragraph(
        "Ingrid deltog i mötet, som hölls hemma hos henne, tillsammans med dottern. Hon "
        "var tydlig med att hon inte vill ha fler besök än nödvändigt och att hon inte vill "
        "ha kamera eller GPS-larm. Hon kan tänka sig att prova dagverksamhet om hon får åka "
        "dit med någon hon känner första gången.")

    doc.add_heading("Insatser", level=1)
    for s in ["Fortsatt stöd i hemmet vid behov.",
              "Fortsatt kontakt kring läkemedel och nedstämdhet.",
              "Se över om det finns behov av mer hjälp framöver, t.ex. dagverksamhet."]:
        doc.add_paragraph(s, style="List Bullet")

    doc.add_heading("Andra aktörer", level=1)
    doc.add_paragraph(
        "Inga andra aktörer (Försäkringskassan, god man eller liknande) är aktuella i "
        "nuläget.")

    doc.add_heading("Underskrifter", level=1)
    doc.add_paragraph("Vi som deltagit i mötet har tagit del av planen.")
    rows = [
        ("Ingrid", "Den enskilde"),
        ("Annika, dotter", "Närstående"),
        ("Sofia, biståndshandläggare", "Socialtjänsten Gotland, äldreomsorg"),
        ("Petra, undersköterska/gruppledare", "Hemtjänst Hemse"),
        ("Johan, distriktssköterska", "Hälsocentralen Hemse"),
        ("Elin, sjuksköterska", "Äldrepsykiatrin Visby"),
    ]
    t = doc.add_table(rows=len(rows) + 1, cols=3)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for c, txt in zip(t.rows[0].cells, ["Namnteckning", "Namnförtydligande", "Verksamhet"]):
        c.paragraphs[0].add_run(txt).bold = True
        set_cell_shading(c, "EDEDED")
    mark_header_row(t.rows[0])
    for i, (name, org) in enumerate(rows, 1):
        cells = t.rows[i].cells
        cells[0].paragraphs[0].add_run("")
        cells[1].paragraphs[0].add_run(name)
        cells[2].paragraphs[0].add_run(org)
        t.rows[i].height = Cm(1.1)
    t.autofit = False
    for col, w in zip(t.columns, (Cm(6.0), Cm(5.5), Cm(5.5))):
        col.width = w
    for row in t.rows:
        row.cells[0].width = Cm(6.0)
        row.cells[1].width = Cm(5.5)
        row.cells[2].width = Cm(5.5)
    doc.save(path(7, "docx"))
    normalize_docx(path(7, "docx"))


# ---------------------------------------------------------------------------
# 08  NOT a SIP: Arbetsförmedlingen "Din planering" (docx -> pdf via LibreOffice)
# ---------------------------------------------------------------------------

def plan08():
    doc = Document()
    fix_core(doc, "Arbetsförmedlingen", "Din planering")
    st = doc.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.0)
    hp = sec.header.paragraphs[0]
    hr = hp.add_run("Arbetsförmedlingen")
    hr.bold = True
    hr.font.size = Pt(12)
    hp.add_run("\t\tUtskriftsdatum 2025-03-19").font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fr = fp.add_run("Arbetsförmedlingen · Kontakta oss via kundtjänst eller logga in på Mina sidor "
                    "för att se din planering   ")
    fr.font.size = Pt(7.5)
    add_page_number(fp)

    t = doc.add_paragraph()
    tr = t.add_run("Din planering")
    tr.bold = True
    tr.font.size = Pt(20)
    doc.add_paragraph("Här ser du vad du och Arbetsförmedlingen har kommit överens om. "
                      "Planeringen är en del av ditt beslut om att vara inskriven. Du behöver "
                      "följa planeringen för att ha rätt till ersättning.")

    info = doc.add_table(rows=4, cols=2)
    info.style = "Table Grid"
    for i, (k, v) in enumerate([
            ("Namn", "Jonna"),
            ("Personnummer", "XXXXXX-XXXX"),
            ("Kontor", "Arbetsförmedlingen Visby (distans)"),
            ("Din arbetsförmedlare", "Hassan, arbetsförmedlare")]):
        info.rows[i].cells[0].paragraphs[0].add_run(k).bold = True
        set_cell_shading(info.rows[i].cells[0], "F2F2F2")
        info.rows[i].cells[1].paragraphs[0].add_run(v)

    doc.add_heading("Ditt mål", level=2)
    doc.add_paragraph("Arbete som lagerarbetare eller truckförare på Gotland, heltid. "
                      "Du kan tänka dig att pendla mellan Slite och Visby.")
    doc.add_heading("Det här har vi kommit fram till", level=2)
    doc.add_paragraph("Du har arbetat fyra år på lager i Slite och har B-körkort men saknar "
                      "truckkort. Du har hinder i form av ryggbesvär som gör att du inte kan "
                      "lyfta tungt hela dagar. Vi har bedömt att du står nära "
                      "arbetsmarknaden om du kompletterar med truckutbildning.")

    doc.add_heading("Dina aktiviteter", level=2)
    acts = [
        ("Söka arbete", "Du söker minst 6 arbeten per månad som matchar ditt mål.",
         "Löpande från 2025-03-19"),
        ("Aktivitetsrapport", "Du lämnar aktivitetsrapport på Mina sidor.",
         "Senast den 14:e varje månad"),
        ("Kundval Rusta och matcha", "Du väljer leverantör och deltar i träffarna. "
         "Leverantören hjälper dig med CV och ansökningar.", "Start senast 2025-04-07"),
        ("Arbetsmarknadsutbildning truck (A+B)", "Du deltar i utbildningen i Visby, "
         "3 veckor heltid.", "2025-05-05 – 2025-05-23"),
        ("Uppföljningssamtal", "Digitalt möte med din arbetsförmedlare.",
         "2025-04-16 kl. 09.30"),
    ]
    at = doc.add_table(rows=len(acts) + 1, cols=3)
    at.style = "Table Grid"
    for c, txt in zip(at.rows[0].cells, ["Aktivitet", "Beskrivning", "Datum"]):
        c.paragraphs[0].add_run(txt).bold = True
        set_cell_shading(c, "DCE6F0")
    mark_header_row(at.rows[0])
    for i, (a, b, d) in enumerate(acts, 1):
        c = at.rows[i].cells
        c[0].paragraphs[0].add_run(a)
        c[1].paragraphs[0].add_run(b)
        c[2].paragraphs[0].add_run(d)

    doc.add_heading("Det här gör du", level=2)
    for s in ["Söker arbete och lämnar aktivitetsrapport i tid.",
              "Håller kontakt med leverantören inom Rusta och matcha.",
              "Meddelar oss om du blir sjuk eller får arbete.",
              "Tar med läkarintyg om ryggbesvären till uppföljningssamtalet."]:
        doc.add_paragraph(s, style="List Bullet")
    doc.add_heading("Det här gör Arbetsförmedlingen", level=2)
    for s in ["Anvisar dig till arbetsmarknadsutbildning truck.",
              "Följer upp din planering 2025-04-16 och vid behov ändrar den.",
              "Bedömer om du behöver anpassning på grund av ryggbesvären."]:
        doc.add_paragraph(s, style="List Bullet")

    doc.add_heading("Bra att veta", level=2)
    doc.add_paragraph("Om du inte följer din planering kan det påverka din ersättning från "
                      "a-kassan. Du kan läsa mer om dina skyldigheter på Mina sidor. Du har "
                      "rätt att få planeringen förklarad för dig och att lämna synpunkter "
                      "på den.")
    tmp = os.path.join(HERE, "_tmp08")
    os.makedirs(tmp, exist_ok=True)
    src = os.path.join(tmp, f"{PREFIX}-08.docx")
    doc.save(src)
    soffice_pdf(src, OUT)
    shutil.rmtree(tmp)


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    plan01()
    plan02()
    plan03()
    plan04()
    plan05()
    plan06()
    plan07()
    plan08()
    print("done:", sorted(os.listdir(OUT)))
