#!/usr/bin/env python3
"""Generate the f73a batch of fictional, anonymized Swedish SIP plans (and one non-plan).

Run with /work/batches/.venv/bin/python generate.py
Writes plans/f73a-01.docx ... plans/f73a-08.docx. Deterministic (fixed dates, no randomness).
"""
import datetime as dt
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm, RGBColor
from fpdf import FPDF
from fpdf.enums import TextMode

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "plans")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
NBSP5 = "\u00a0" * 5
LO_PROFILE = "file:///tmp/lo-f73a"


def fix_props(doc, author, title, when):
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = when
    cp.modified = when
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
    th = OxmlElement("w:tblHeader")
    th.set(qn("w:val"), "true")
    trPr.append(th)


def add_field_simple(paragraph, instr):
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


# ---------------------------------------------------------------------------
# 01  Old municipal template with legacy Word form fields (FORMTEXT)
# ---------------------------------------------------------------------------

def _run(text=None, bold=False):
    r = OxmlElement("w:r")
    if bold:
        rpr = OxmlElement("w:rPr")
        b = OxmlElement("w:b")
        rpr.append(b)
        r.append(rpr)
    if text is not None:
        t = OxmlElement("w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = text
        r.append(t)
    return r


def _fldchar(kind, ffdata=None):
    r = OxmlElement("w:r")
    fc = OxmlElement("w:fldChar")
    fc.set(qn("w:fldCharType"), kind)
    if ffdata is not None:
        fc.append(ffdata)
    r.append(fc)
    return r


def _ffdata(name, checkbox=False, maxlen=None):
    ff = OxmlElement("w:ffData")
    n = OxmlElement("w:name")
    n.set(qn("w:val"), name)
    ff.append(n)
    ff.append(OxmlElement("w:enabled"))
    coe = OxmlElement("w:calcOnExit")
    coe.set(qn("w:val"), "0")
    ff.append(coe)
    if checkbox:
        cb = OxmlElement("w:checkBox")
        cb.append(OxmlElement("w:sizeAuto"))
        d = OxmlElement("w:default")
        d.set(qn("w:val"), "0")
        cb.append(d)
        ff.append(cb)
    else:
        ti = OxmlElement("w:textInput")
        if maxlen:
            ml = OxmlElement("w:maxLength")
            ml.set(qn("w:val"), str(maxlen))
            ti.append(ml)
        ff.append(ti)
    return ff


def add_formtext(paragraph, name, value=None):
    """Legacy FORMTEXT field: begin(ffData) / instrText / separate / result / end."""
    p = paragraph._p
    p.append(_fldchar("begin", _ffdata(name)))
    r = OxmlElement("w:r")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " FORMTEXT "
    r.append(it)
    p.append(r)
    p.append(_fldchar("separate"))
    lines = [NBSP5] if not value else value.split("\n")
    for i, line in enumerate(lines):
        rr = OxmlElement("w:r")
        rpr = OxmlElement("w:rPr")
        rpr.append(OxmlElement("w:noProof"))
        rr.append(rpr)
        if i > 0:
            rr.append(OxmlElement("w:br"))
        t = OxmlElement("w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = line
        rr.append(t)
        p.append(rr)
    p.append(_fldchar("end"))


def add_formcheckbox(paragraph, name):
    p = paragraph._p
    p.append(_fldchar("begin", _ffdata(name, checkbox=True)))
    r = OxmlElement("w:r")
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = " FORMCHECKBOX "
    r.append(it)
    p.append(r)
    p.append(_fldchar("end"))


def plan01(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.2)
    hp = sec.header.paragraphs[0]
    hp.text = "NÄSSJÖ KOMMUN\tVård och omsorg\tBlankett VO 14 (rev. 2011)"
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = "Sekretess enligt OSL 26 kap. – förvaras i personakt"
    fp.runs[0].font.size = Pt(8)

    t = doc.add_paragraph()
    r = t.add_run("SAMORDNAD INDIVIDUELL PLAN (SIP)")
    r.bold = True
    r.font.size = Pt(15)
    sub = doc.add_paragraph()
    sr = sub.add_run("enligt 2 kap. 7 § SoL och 16 kap. 4 § HSL – fyll i grå fält, tabba mellan fälten")
    sr.italic = True
    sr.font.size = Pt(9)

    def inline(label, name, value=None):
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(3)
        p._p.append(_run(label + " ", bold=True))
        add_formtext(p, name, value)
        return p

    def block(label, name, value=None):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(8)
        p.paragraph_format.space_after = Pt(0)
        p._p.append(_run(label, bold=True))
        q = doc.add_paragraph()
        q.paragraph_format.left_indent = Cm(0.5)
        add_formtext(q, name, value)
        return q

    inline("Namn:", "Text1", "G.")
    inline("Personnummer:", "Text2", "ÅÅMMDD-XXXX")
    inline("Datum för mötet:", "Text3", "2025-03-12")
    inline("Plats:", "Text4", "Höglandssjukhuset Eksjö, ortopedavdelningen, dagrummet")
    inline("Sammankallande:", "Text5", "Biståndshandläggare, Nässjö kommun")

    block("1. Syfte med SIP", "Text6",
          "Att planera G:s hemgång från ortopeden till lägenheten i Nässjö efter höftfrakturen, så att "
          "hemtjänst, hemrehabilitering, hjälpmedel och läkemedelsgenomgång finns på plats från första "
          "dagen och alla vet vem som gör vad.")
    block("2. Frågeställningar inför mötet", "Text7", "Diskutera läget inför hemgång.")
    block("3. Bakgrund / nuläge", "Text8",
          "G. är 84 år och bor ensam i lägenhet på andra våningen med hiss. Han föll i köket 2025-02-28 "
          "och opererades för höftfraktur på Höglandssjukhuset. Går nu med rollator korta sträckor på "
          "avdelningen, behöver hjälp vid dusch och påklädning av strumpor. Tidigare helt självständig, "
          "har haft matlåda från kommunen sedan i höstas.\n"
          "G. var med på mötet vid sängen. Han vill inte ha trygghetslarm (\"jag har ju mobilen\") men "
          "gick med på att prova. Han vill att hemtjänsten kommer efter åtta på morgonen, inte tidigare, "
          "och att det helst är samma personal.")
    block("4. Den enskildes mål", "Text9")
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(8)
    p._p.append(_run("5. Samtycke inhämtat ", bold=True))
    add_formcheckbox(p, "Kontroll1")
    p._p.append(_run("   Hur/datum: ", bold=True))
    add_formtext(p, "Text10")

    hd = doc.add_paragraph()
    hd.paragraph_format.space_before = Pt(8)
    hd._p.append(_run("6. Insatser (vad – vem – när)", bold=True))
    insatser = [
        ("Hemtjänst morgon och kväll, hjälp med dusch två gånger i veckan, inköp en gång i veckan",
         "Hemtjänst Nässjö centrum", "Från hemgångsdagen 2025-03-17"),
        ("Hemrehabilitering: gångträning inne och i trapphuset, träningsprogram",
         "Fysioterapeut, Rehabenheten Nässjö kommun", "Första hembesök 2025-03-18"),
        ("Toalettförhöjning, duschpall och griptång levereras och provas",
         "Arbetsterapeut, Rehabenheten Nässjö kommun", "Före hemgång, senast 2025-03-14"),
        ("Läkemedelsgenomgång (blodförtunnande och smärtlindring)", "Regionen", None),
    ]
    for i, (vad, vem, nar) in enumerate(insatser, start=1):
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(0.5)
        p.paragraph_format.space_after = Pt(0)
        p._p.append(_run(f"Insats {i}: ", bold=True))
        add_formtext(p, f"Text{20 + i * 3}", vad)
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Cm(1.0)
        p.paragraph_format.space_after = Pt(0)
        p._p.append(_run("Ansvarig: ", bold=True))
        add_formtext(p, f"Text{21 + i * 3}", vem)
        p._p.append(_run("   När: ", bold=True))
        add_formtext(p, f"Text{22 + i * 3}", nar)

    block("7. Andra aktörers insatser (anhöriga, god man, FK, AF m.fl.)", "Text40", "Dottern stöttar.")
    inline("8. Huvudansvarig för planen:", "Text41", "Nässjö kommun")
    inline("9. Uppföljning (datum):", "Text42")
    block("10. Deltagare på mötet", "Text43",
          "Biståndshandläggare, sjuksköterska, fysioterapeut, arbetsterapeut, G. och hans dotter")
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(14)
    p._p.append(_run("Planen upprättad av: ", bold=True))
    add_formtext(p, "Text44", "Biståndshandläggare, Nässjö kommun")
    p._p.append(_run("   Datum: ", bold=True))
    add_formtext(p, "Text45", "2025-03-12")
    fix_props(doc, "Nässjö kommun", "SIP", dt.datetime(2025, 3, 12, 15, 2))
    doc.save(path)


# ---------------------------------------------------------------------------
# 02  Scanned, signed plan with invisible OCR text layer (fpdf2)
# ---------------------------------------------------------------------------

P02_PAGES = [
    [
        ("B", 13, "SAMORDNAD INDIVIDUELL PLAN (SIP)"),
        ("", 8, "Vuxenpsykiatrin Norrköping / Norrköpings kommun, Socialkontoret          Sida 1 (2)"),
        ("", 10, ""),
        ("", 10, "Namn: R.                                   Personnummer: XXXXXX-XXXX"),
        ("", 10, "Datum för möte: 2025-02-11                 Plats: Vuxenpsykiatrin Norrköping, mottagning 2"),
        ("", 10, ""),
        ("B", 11, "Syfte"),
        ("", 10, "Syftet med planen är att samordna stödet kring R:s psykos och hans skulder så att han kan"),
        ("", 10, "bo kvar i sin lägenhet och inte blir uppsagd, och att alla vet vem som gör vad efter"),
        ("", 10, "vinterns inläggning."),
        ("", 10, ""),
        ("B", 11, "Frågor inför mötet"),
        ("", 10, "- Hur ska hyresskulden hanteras så att hyresvärden inte säger upp kontraktet?"),
        ("", 10, "- Vem hjälper R. med post och räkningar mellan besöken?"),
        ("", 10, "- Behöver medicineringen ändras efter försämringen i december?"),
        ("", 10, ""),
        ("B", 11, "Nuläge"),
        ("", 10, "R. är 34 år och har diagnosen schizofreni sedan 2018. Han var inlagd pa avdelning 2 i"),
        ("", 10, "Norrköping i december 2024 efter att ha slutat med sin medicin. Efter utskrivningen far"),
        ("", 10, "han depåinjektion. Det finns en hyresskuld pa ca tre månadshyror och skulder hos"),
        ("", 10, "Kronofogden sedan tidigare. Han har god man sedan 2023 som sköter betalningarna men"),
        ("", 10, "posten har blivit liggande. R. deltog pa rnötet tillsammans med sin god man."),
        ("", 10, ""),
        ("B", 11, "Mal"),
        ("", 10, "Målet är att R. ska ha en stabil psykisk hälsa, betala hyran i tid och inte fa nya"),
        ("", 10, "skulder under 2025."),
        ("", 10, ""),
        ("B", 11, "Insatser"),
        ("", 10, "l. Depåinjektion var fjärde vecka och läkarbesök för uppföljning av medicinen."),
        ("", 10, "   Ansvarig: sjuksköterska och ansvarig läkare, Vuxenpsykiatrin Norrköping."),
        ("", 10, "   När: injektion var fjärde vecka, nästa 2025-02-25. Läkarbesök 2025-04-08."),
        ("", 10, "2. Boendestöd två gånger i veckan, gå igenom post och räkningar ti11sammans med R."),
        ("", 10, "   Ansvarig: boendestödjare, Boendestödsenheten, Norrköpings kommun."),
        ("", 10, "   När: start 2025-02-17, tisdagar och fredagar."),
        ("", 10, "3. Ansökan om ekonomiskt bistånd för hyresskulden prövas."),
        ("", 10, "   Ansvarig: socialsekreterare, Försörjningsstöd, Socialkontoret Norrköping."),
        ("", 10, "   När: beslut senast 2025-02-28."),
    ],
    [
        ("", 8, "Vuxenpsykiatrin Norrköping / Norrköpings kommun, Socialkontoret          Sida 2 (2)"),
        ("", 10, ""),
        ("", 10, "4. God man ansöker om skuldsanering hos Kronofogden och lägger upp autogiro för hyran."),
        ("", 10, "   Ansvarig: god man Mikael. När: ansökan senast 2025-03-31, autogiro från mars."),
        ("", 10, "5. R. tar själv med all post ti11 boendestödet varje tisdag."),
        ("", 10, "   Ansvarig: R. När: från 2025-02-18."),
        ("", 10, ""),
        ("B", 11, "Samtycke"),
        ("", 10, "R. har lämnat skriftligt samtycke pa blankett, undertecknad 2025-02-11 (bifogas)."),
        ("", 10, ""),
        ("B", 11, "Huvudansvar"),
        ("", 10, "Vuxenpsykiatrin Norrköping"),
        ("", 10, ""),
        ("B", 11, "Uppföljning"),
        ("", 10, "Ny uppföljning i september."),
        ("", 10, ""),
        ("B", 11, "Deltagare"),
        ("", 10, "R., Mikael, Lena, Johan, Sofia"),
        ("", 10, ""),
        ("B", 11, "Underskrifter"),
        ("", 10, "______________________          ______________________          ______________________"),
        ("", 10, "R.                              Mikael                          Lena"),
        ("", 10, ""),
        ("", 10, "______________________          ______________________"),
        ("", 10, "Johan                           Sofia"),
    ],
]


def plan02(path):
    pdf = FPDF(format="A4", unit="mm")
    pdf.set_creation_date(dt.datetime(2025, 2, 13, 9, 41, tzinfo=dt.timezone.utc))
    pdf.set_creator("Canon iR-ADV C5535 / OCR")
    pdf.set_producer("ScanFront PDF 3.1")
    pdf.set_auto_page_break(False)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    for page in P02_PAGES:
        pdf.add_page()
        # the "scanned image": a light grey page, slightly skewed margins
        pdf.set_fill_color(236, 236, 233)
        pdf.rect(0, 0, 210, 297, style="F")
        pdf.set_fill_color(228, 228, 224)
        pdf.rect(1.5, 0.8, 207.5, 295.8, style="F")
        pdf.text_mode = TextMode.INVISIBLE
        y = 22.0
        for style, size, line in page:
            pdf.set_font("DejaVu", style, size)
            if line:
                pdf.text(21.3, y, line)
            y += size * 0.55 + 1.6
        pdf.text_mode = TextMode.FILL
    pdf.output(path)


# ---------------------------------------------------------------------------
# 03  Text export with three-letter field codes (UTF-8, LF)
# ---------------------------------------------------------------------------

P03 = """\
SIP-EXPORT  Linköpings kommun, Socialförvaltningen  Utskrift 2025-08-27 09:14
----------------------------------------------------------------------------
PER: A., 16 år, XXXXXX-XXXX
DAT: 2025-08-26 kl. 13.00-14.30
PLA: Socialkontoret Linköping, Ungdomsenheten, rum 3
SYF: Samordning
FRÅ:
BAK: A. går första året på gymnasiet (samhällsprogrammet). Sedan i våras röker
BAK: hon cannabis flera gånger i veckan och dricker alkohol på helgerna. Hög
BAK: frånvaro under vårterminen, ca 40 %. Mamma kontaktade socialtjänsten i juni.
BAK: A. har tidigare haft kontakt med BUP Linköping för sömnproblem, avslutad 2024.
MÅL: "Jag vill sluta röka på och klara ettan utan att hoppa av."
MÅL: "Jag vill att mamma ska kunna lita på mig igen."
DLK: A. deltog hela mötet. Hon vill inte att skolan ska få veta resultaten av
DLK: urinproverna, bara om hon är på plats eller inte. Det accepterades av alla.
SAM: Samtycke finns.
INS: Motiverande samtal och KBT-inriktad behandling en gång i veckan.
ANS: Behandlare, Mini-Maria Linköping. Start v. 36, onsdagar kl. 15.
INS: Urinprov (drogtest) varannan vecka, resultat till A. och socialsekreterare.
ANS: Sjuksköterska, Mini-Maria Linköping. Varannan tisdag från 2025-09-02.
INS: Anpassad studieplan och närvarouppföljning, mentor ringer hem vid frånvaro.
ANS: Mentor och kurator, Elevhälsan, Stångåskolans gymnasium.
INS: Mamma följer med A. till Mini-Maria vid första och var fjärde behandlingsträff
INS: och tar kontakt med socialsekreteraren om hon är orolig under helger.
ANS: Mamma (vårdnadshavare). Från v. 36.
INS: Socialsekreteraren utreder behov av familjebehandling.
ANS: Socialsekreterare, Ungdomsenheten, Socialtjänsten Linköping. Klart 2025-10-03.
UPP: v. 42
DEL: A.
DEL: Mamma (vårdnadshavare)
DEL: Socialsekreterare Jonas, Ungdomsenheten, Socialtjänsten Linköping
DEL: Behandlare Karin, Mini-Maria Linköping (Region Östergötland)
DEL: Kurator Hanna, Elevhälsan, Stångåskolans gymnasium
----------------------------------------------------------------------------
Post 1 av 1
"""


def plan03(path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(P03)


# ---------------------------------------------------------------------------
# 04  Markdown with emoji headings
# ---------------------------------------------------------------------------

P04 = """\
# SIP – O.

**Datum:** 2025-04-08
**Plats:** Habiliteringen Värnamo, stora mötesrummet
**Skrivet av:** Elin

## 📝 Bakgrund

O. är 23 år och har autism och lindrig intellektuell funktionsnedsättning. Han bor sedan
2022 i Gruppbostaden Lärkan (LSS) och har daglig verksamhet på Gården fyra dagar i veckan.
Under vintern har han sovit dåligt, vaknat flera gånger per natt och haft fler utbrott på
boendet, särskilt efter lunch på daglig verksamhet. Han har gått upp 9 kg sedan i somras.

## ❓ Frågor

Diskutera läget.

## 💬 Önskemål

O. var med på mötet första halvtimmen och använde sina bildkort. Han visade att han trivs
med djuren på Gården men att det är för mycket ljud i matsalen. Han vill inte byta boende.
Han ville inte sitta kvar när vi pratade om vikten, och det var okej.

## 🎯 Mål

- "Jag vill jobba med djuren fler dagar." (O., med bildstöd)
- "Jag vill sova hela natten."

## ✅ Samtycke

O. skrev under samtyckesblanketten (skriftligt) tillsammans med kontaktpersonal på
boendet 2025-04-02, bildstödsversionen användes.

## 🧩 Insatser

| Insats | Vem | När |
|---|---|---|
| Sömnkartläggning med sömndagbok i 3 veckor, personal fyller i | Arbetsterapeut, Habiliteringen Värnamo | Start 2025-04-14 |
| Läkarbesök om sömn och vikt, blodprover | Läkare, Vårdcentralen Värnamo | 2025-05-06 |
| Lunch i mindre rum med två arbetskamrater, hörselkåpor finns | Handledare, Daglig verksamhet Gården, Värnamo kommun | Från 2025-04-22 |
| Utöka arbetet i djurstallet från två till tre förmiddagar | Handledare, Daglig verksamhet Gården, Värnamo kommun | Från 2025-05-05 |
| Bildschema för kvällsrutin och lugn aktivitet efter middagen | Kontaktpersonal, Gruppbostaden Lärkan, Värnamo kommun | Från 2025-04-14 |
| Genomgång av ångestdämpande medicin | Läkare, Psykiatrimottagningen Värnamo | 2025-05-20 |

## 🏠 Huvudansvar

Habiliteringen Värnamo

## 📅 Uppföljning

2025-10-15 kl. 13.30 på Gruppbostaden Lärkan.

## 👥 Med på mötet

- O.
- Elin
- Jonas
- Maja
- Ahmed
- Sara
"""


def plan04(path):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(P04)


# ---------------------------------------------------------------------------
# 05  docx with a real multi-level numbered list (numbering.xml, "1." / "1.1")
# ---------------------------------------------------------------------------

def _add_multilevel_numbering(doc, abs_id=90, num_id=90):
    numbering = doc.part.numbering_part.element
    an = OxmlElement("w:abstractNum")
    an.set(qn("w:abstractNumId"), str(abs_id))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "multilevel")
    an.append(mlt)
    for ilvl, text, left, hanging in ((0, "%1.", 425, 425), (1, "%1.%2", 992, 567)):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(ilvl))
        s = OxmlElement("w:start")
        s.set(qn("w:val"), "1")
        lvl.append(s)
        nf = OxmlElement("w:numFmt")
        nf.set(qn("w:val"), "decimal")
        lvl.append(nf)
        lt = OxmlElement("w:lvlText")
        lt.set(qn("w:val"), text)
        lvl.append(lt)
        lj = OxmlElement("w:lvlJc")
        lj.set(qn("w:val"), "left")
        lvl.append(lj)
        ppr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), str(left))
        ind.set(qn("w:hanging"), str(hanging))
        ppr.append(ind)
        lvl.append(ppr)
        an.append(lvl)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(an)
    else:
        numbering.append(an)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    ani = OxmlElement("w:abstractNumId")
    ani.set(qn("w:val"), str(abs_id))
    num.append(ani)
    numbering.append(num)
    return num_id


def _numbered(doc, text, ilvl, num_id, bold_prefix=None):
    p = doc.add_paragraph(style="List Paragraph")
    pPr = p._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), str(ilvl))
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numPr.append(il)
    numPr.append(ni)
    pPr.append(numPr)
    if bold_prefix:
        p.add_run(bold_prefix).bold = True
    p.add_run(text)
    p.paragraph_format.space_after = Pt(2)
    return p


def plan05(path):
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    num_id = _add_multilevel_numbering(doc)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Jönköpings kommun, Utbildningsförvaltningen – Elevhälsan Ekbackeskolan"
    hp.runs[0].font.size = Pt(8)

    doc.add_heading("Samordnad individuell plan (SIP)", level=1)
    p = doc.add_paragraph()
    p.add_run("Elev: ").bold = True
    p.add_run("E., åk 7, Ekbackeskolan     ")
    p.add_run("Personnummer: ").bold = True
    p.add_run("ÅÅMMDD-XXXX")
    p = doc.add_paragraph()
    p.add_run("Mötesdatum: ").bold = True
    p.add_run("2025-02-18, kl. 08.30–10.00, Ekbackeskolan, elevhälsans rum")

    doc.add_heading("Syfte", level=2)
    doc.add_paragraph("Att få en gemensam bild.")

    doc.add_heading("Frågeställningar", level=2)
    doc.add_paragraph("Hur kan E. komma tillbaka till skolan stegvis efter att ha varit hemma nästan "
                      "helt sedan jullovet?")
    doc.add_paragraph("Behöver BUP göra en fördjupad bedömning av ångesten, och vem tar kontakt med "
                      "vårdcentralen om sömnen?")

    doc.add_heading("Bakgrund", level=2)
    doc.add_paragraph(
        "E. är 13 år och går i åk 7. Under hösten ökade frånvaron successivt och sedan jullovet har han "
        "varit i skolan sex dagar. Han har ont i magen på morgnarna, sover dåligt och spelar på nätterna. "
        "Han har en pågående kontakt med BUP Jönköping sedan november 2024 (bedömningssamtal), där man "
        "ser social ångest. Familjen har ansökt om stöd hos socialtjänsten och en familjebehandlare har "
        "träffat familjen två gånger.")

    doc.add_heading("E:s delaktighet", level=2)
    doc.add_paragraph(
        "E. var inte med på mötet. Han har sagt till kurator att det känns för jobbigt att sitta i ett rum "
        "med många vuxna, vilket vi respekterar. Kurator träffade E. 2025-02-14 och förmedlade hans syn: "
        "morgnarna är värst, han vill börja med de lektioner där han känner läraren (svenska och bild) och "
        "han vill inte att klasskompisarna ska få veta varför han har varit borta.")

    doc.add_heading("Mål", level=2)
    doc.add_paragraph("Målet är att E. ska vara i skolan minst tre förmiddagar i veckan före sommarlovet "
                      "och att ångesten ska minska så att han kan sova på nätterna.")

    doc.add_heading("Åtgärder", level=2)
    measures = [
        ("KBT-behandling för social ångest, ca 10 samtal.",
         "Psykolog, BUP Jönköping", "Start 2025-03-03, måndagar kl. 15.00"),
        ("Anpassad skolgång: stegvis återgång, börjar med svenska och bild, eget arbetsrum vid behov, "
         "anpassade prov.", "Mentor och rektor, Ekbackeskolan", None),
        ("Kurator ringer E. på morgonen de dagar han ska komma och möter upp vid entrén.",
         "Kurator, Elevhälsan Ekbackeskolan", "Från v. 10, måndag–onsdag"),
        ("Familjebehandling i hemmet med fokus på morgonrutiner och skärmtid.",
         "Familjebehandlare, Barn och familj öppenvård, Socialtjänsten Jönköping", "Varannan torsdag från 2025-03-06"),
        ("Läkarbedömning av sömnen, ev. remiss vidare.", None, "2025-03-12"),
    ]
    for text, who, when in measures:
        _numbered(doc, text, 0, num_id)
        if who:
            _numbered(doc, who, 1, num_id, bold_prefix="Ansvarig: ")
        if when:
            _numbered(doc, when, 1, num_id, bold_prefix="Tid: ")

    doc.add_heading("Övrigt", level=2)
    doc.add_paragraph("Vårdnadshavarna är viktiga i arbetet och hålls informerade.")

    doc.add_heading("Huvudansvarig", level=2)
    doc.add_paragraph("Kurator Sara, Elevhälsan Ekbackeskolan, Jönköpings kommun")

    doc.add_heading("Uppföljning", level=2)
    doc.add_paragraph("Nästa SIP-möte 2025-04-22 kl. 14.00 på Ekbackeskolan.")
    fix_props(doc, "Elevhälsan", "SIP E.", dt.datetime(2025, 2, 18, 11, 20))
    doc.save(path)


# ---------------------------------------------------------------------------
# 06  docx with page header (Huvudansvarig / Nästa uppföljning) -> PDF via LibreOffice
# ---------------------------------------------------------------------------

def plan06(path_pdf):
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.top_margin = Cm(3.0)
    sec.header_distance = Cm(1.0)
    h = sec.header
    hp = h.paragraphs[0]
    hp.text = "Region Östergötland – SIP i samband med utskrivning"
    hp.runs[0].font.size = Pt(8)
    hp.runs[0].font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    hp2 = h.add_paragraph()
    r = hp2.add_run("Huvudansvarig: ")
    r.bold = True
    r.font.size = Pt(9)
    r = hp2.add_run("Kontaktsjuksköterska Maria, Psykiatrimottagningen Motala")
    r.font.size = Pt(9)
    hp3 = h.add_paragraph()
    r = hp3.add_run("Nästa uppföljning: ")
    r.bold = True
    r.font.size = Pt(9)
    r = hp3.add_run("2025-06-17 kl. 10.00, Psykiatrimottagningen Motala")
    r.font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fr = fp.add_run("Patient: S.   Sida ")
    fr.font.size = Pt(8)
    add_field_simple(fp, "PAGE")

    doc.add_heading("Samordnad individuell plan – SIP", level=1)
    tb = doc.add_table(rows=4, cols=2)
    tb.style = "Table Grid"
    rows = [("Namn", "S."), ("Personnummer", "XXXXXX-XXXX"),
            ("Mötesdatum", "2025-05-20 kl. 13.00–14.15 (Teams och avdelning 52)"),
            ("Inskriven", "Psykiatriska kliniken, avdelning 52, Universitetssjukhuset Linköping, sedan 2025-04-29")]
    for i, (a, b) in enumerate(rows):
        tb.cell(i, 0).text = a
        tb.cell(i, 0).paragraphs[0].runs[0].bold = True
        tb.cell(i, 1).text = b
        tb.cell(i, 0).width = Cm(4)
        tb.cell(i, 1).width = Cm(12)

    doc.add_heading("Syfte", level=2)
    doc.add_paragraph(
        "Syftet med planen är att S. ska kunna skrivas ut från avdelning 52 till sin lägenhet i Motala "
        "med ett samordnat stöd från psykiatrin och socialtjänsten redan första veckan, så att risken för "
        "ett nytt självmordsförsök och en ny inläggning minskar.")

    doc.add_heading("Deltagare", level=2)
    for txt in [
        "S.",
        "Överläkare Henrik, avdelning 52, Psykiatriska kliniken Linköping",
        "Sjuksköterska Amira, avdelning 52, Psykiatriska kliniken Linköping",
        "Kontaktsjuksköterska Maria, Psykiatrimottagningen Motala",
        "Psykolog Fredrik, Psykiatrimottagningen Motala",
        "Socialsekreterare Lotta, Vuxenenheten, Socialtjänsten Motala",
        "Boendestödjare Kim, Boendestöd, Motala kommun",
    ]:
        doc.add_paragraph(txt, style="List Bullet")
    doc.add_paragraph("S. deltog i mötet från avdelningen tillsammans med sjuksköterska Amira.")
    doc.add_paragraph("Samtycke finns.")

    doc.add_heading("Bakgrund och aktuell situation", level=2)
    doc.add_paragraph(
        "S. är 41 år och bor ensam i hyreslägenhet i Motala. Hon har en återkommande depression sedan "
        "tjugoårsåldern och har tidigare haft kontakt med Psykiatrimottagningen Motala 2019–2021. Under "
        "vintern blev hon successivt sämre, isolerade sig och slutade ta sin medicin. Hon lades in på "
        "avdelning 52 i slutet av april efter en överdos av receptbelagda läkemedel. Hon vårdades de första "
        "dagarna enligt LPT, som upphörde 2025-05-05; därefter frivillig vård.")
    doc.add_paragraph(
        "Under vårdtiden har stämningsläget förbättrats. Hon har fått ny antidepressiv medicin som hon "
        "tolererar väl, sömnen är bättre och hon har haft permissioner hem två gånger, senast 2025-05-16–"
        "2025-05-18, som gick bra enligt avdelningen. Hon har fortfarande svårt med initiativ, handlar "
        "sällan mat och har obetalda räkningar från vintern. Suicidriskbedömning 2025-05-19: måttlig risk, "
        "inga aktuella planer.")
    doc.add_paragraph(
        "Avdelningen bedömer att S. är utskrivningsklar 2025-05-23 under förutsättning att öppenvården "
        "och boendestödet startar direkt. Socialtjänsten har fattat beslut om boendestöd 2025-05-19.")

    doc.add_heading("Läkemedel vid utskrivning", level=2)
    lt = doc.add_table(rows=1, cols=3)
    lt.style = "Table Grid"
    hdr = lt.rows[0].cells
    for c, t in zip(hdr, ("Läkemedel", "Dos", "Kommentar")):
        c.text = t
        c.paragraphs[0].runs[0].bold = True
        shade(c, "D9E2F3")
    repeat_header(lt.rows[0])
    for row in [("Sertralin", "100 mg x 1", "Höjd 2025-05-06"),
                ("Mirtazapin", "15 mg till natten", "Vid sömnsvårigheter"),
                ("Propiomazin", "25 mg vid behov", "Max 7 tabletter, förskrivs i små förpackningar")]:
        cs = lt.add_row().cells
        for c, t in zip(cs, row):
            c.text = t
    doc.add_paragraph("Läkemedlen förskrivs för två veckor i taget under den första månaden.")

    doc.add_heading("Insatser", level=2)
    it = doc.add_table(rows=1, cols=3)
    it.style = "Table Grid"
    for c, t in zip(it.rows[0].cells, ("Insats", "Ansvarig", "När")):
        c.text = t
        c.paragraphs[0].runs[0].bold = True
        shade(c, "D9E2F3")
    repeat_header(it.rows[0])
    for row in [
        ("Läkemedelsgenomgång, recept för två veckor och utskrivningssamtal",
         "Överläkare, avdelning 52, Psykiatriska kliniken Linköping", "2025-05-22"),
        ("Överrapportering från avdelningen till öppenvården (skriftlig och muntlig)",
         "Sjuksköterska, avdelning 52", "Senast 2025-05-23"),
        ("Återbesök hos kontaktsjuksköterska, ny suicidriskbedömning",
         "Kontaktsjuksköterska, Psykiatrimottagningen Motala", "2025-05-27 kl. 09.00"),
        ("Telefonkontakt två gånger i veckan den första månaden",
         "Kontaktsjuksköterska, Psykiatrimottagningen Motala", "Tisdagar och fredagar 2025-05-27 – 2025-06-20"),
        ("Boendestöd tre gånger i veckan: struktur i vardagen, inköp, promenad, hjälp att sortera post",
         "Boendestödjare, Boendestöd, Motala kommun", "Från 2025-05-26, mån/ons/fre"),
        ("KBT-inriktade samtal vid depression, ca 12 tillfällen",
         "Psykolog, Psykiatrimottagningen Motala", "Första samtal 2025-06-04"),
        ("Utredning av behov av sysselsättning och ekonomisk rådgivning",
         "Socialsekreterare, Vuxenenheten, Socialtjänsten Motala", "Beslut senast 2025-06-13"),
        ("Läkarbesök för uppföljning av medicinering",
         "Läkare, Psykiatrimottagningen Motala", "2025-06-10"),
    ]:
        cs = it.add_row().cells
        for c, t in zip(cs, row):
            c.text = t
    for r_ in it.rows:
        r_.cells[0].width = Cm(7.5)
        r_.cells[1].width = Cm(5.5)
        r_.cells[2].width = Cm(4)

    doc.add_heading("Vid försämring", level=2)
    doc.add_paragraph(
        "Dagtid tar Psykiatrimottagningen Motala emot samma dag efter telefonkontakt via växeln. Kvällar "
        "och helger gäller Psykiatriska akutmottagningen, Universitetssjukhuset Linköping. Tecken på "
        "försämring som personalen ska vara uppmärksam på: S. drar sig undan, slutar svara i telefon, "
        "slutar äta eller pratar om att inte orka.")

    doc.add_heading("Information om informationsöverföring", level=2)
    doc.add_paragraph(
        "Psykiatriska kliniken skickar epikris och läkemedelslista till Psykiatrimottagningen Motala vid "
        "utskrivningen. Socialtjänsten får en kopia av denna plan. Planen förs in i journalen och i "
        "socialtjänstens akt.")
    doc.add_paragraph("Planen upprättad 2025-05-20 av sjuksköterska Amira, avdelning 52.")
    fix_props(doc, "Region Östergötland", "SIP S.", dt.datetime(2025, 5, 20, 15, 5))

    tmp = tempfile.mkdtemp(prefix="f73a-")
    try:
        src = os.path.join(tmp, "f73a-06.docx")
        doc.save(src)
        subprocess.run(["soffice", f"-env:UserInstallation={LO_PROFILE}", "--headless",
                        "--convert-to", "pdf", "--outdir", tmp, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.move(os.path.join(tmp, "f73a-06.pdf"), path_pdf)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------------------
# 07  Follow-up: table Mål | Hur det gick | Nytt mål, then short measures in prose
# ---------------------------------------------------------------------------

def plan07(path):
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(11)
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    hp = sec.header.paragraphs[0]
    hp.text = "Jönköpings kommun – Äldreomsorg\tUppföljning av SIP"
    hp.runs[0].font.size = Pt(8)

    doc.add_heading("Uppföljning av samordnad individuell plan", level=1)
    p = doc.add_paragraph()
    p.add_run("Namn: ").bold = True
    p.add_run("B., 67 år      ")
    p.add_run("Datum: ").bold = True
    p.add_run("2025-09-09      ")
    p.add_run("Plats: ").bold = True
    p.add_run("Vårdcentralen Huskvarna")
    p = doc.add_paragraph()
    p.add_run("Ursprunglig plan: ").bold = True
    p.add_run("2025-05-27")

    p = doc.add_paragraph()
    p.add_run("Syfte: ").bold = True
    p.add_run("Se tidigare plan.")

    p = doc.add_paragraph()
    p.add_run("Närvarande:").bold = True
    for txt in ["Biståndshandläggare Karin, Äldreomsorgen, Jönköpings kommun",
                "Undersköterska Ali, Hemtjänst Huskvarna norra",
                "Sjuksköterska Eva, Beroendemottagningen Jönköping",
                "Distriktssköterska Lina, Vårdcentralen Huskvarna"]:
        doc.add_paragraph(txt, style="List Bullet")
    doc.add_paragraph("B. deltog inte.")

    p = doc.add_paragraph()
    p.add_run("Samtycke: ").bold = True
    p.add_run("Oförändrat.")

    doc.add_heading("Måluppföljning", level=2)
    tbl = doc.add_table(rows=1, cols=3)
    tbl.style = "Table Grid"
    for c, t in zip(tbl.rows[0].cells, ("Mål", "Hur det gick", "Nytt mål")):
        c.text = t
        c.paragraphs[0].runs[0].bold = True
        shade(c, "E2EFDA")
    repeat_header(tbl.rows[0])
    rows = [
        ("B. ska minska sitt drickande till högst två dagar i veckan.",
         "Perioder utan alkohol i juni, två återfall i juli med fall i hemmet. Tre besök på "
         "Beroendemottagningen, B. uteblev från två.",
         "B. ska vara nykter minst fem dagar i veckan."),
        ("B. ska äta regelbundet och inte gå ner mer i vikt.",
         "Äter ungefär hälften av maten enligt hemtjänsten. Vikten stabil, 61 kg (2025-09-02).",
         "B. ska behålla vikten."),
        ("B. ska ta sina mediciner varje dag.",
         "Har missat doser vid återfallen, annars tagit dem.",
         "Oförändrat."),
        ("B. ska ha kontakt med sonen.",
         "Sonen har hälsat på någon gång i månaden.",
         "Som tidigare."),
    ]
    for row in rows:
        cs = tbl.add_row().cells
        for c, t in zip(cs, row):
            c.text = t
    for r_ in tbl.rows:
        r_.cells[0].width = Cm(7)
        r_.cells[1].width = Cm(10)
        r_.cells[2].width = Cm(7)

    doc.add_heading("Nya åtgärder", level=2)
    doc.add_paragraph(
        "Fortsatt kontakt kring alkoholen som tidigare. Stöd vid behov i hemmet. Eventuellt ny bedömning "
        "av minnet längre fram om det inte blir bättre. Sonen är informerad om planen.")
    p = doc.add_paragraph()
    p.add_run("Huvudansvar: ").bold = True
    p.add_run("Som tidigare.")
    p = doc.add_paragraph()
    p.add_run("Nästa uppföljning: ").bold = True
    p.add_run("Om ca tre månader.")
    p = doc.add_paragraph()
    p.add_run("Antecknat av: ").bold = True
    p.add_run("Karin, biståndshandläggare")
    fix_props(doc, "Äldreomsorgen", "Uppföljning SIP", dt.datetime(2025, 9, 9, 16, 0))
    doc.save(path)


# ---------------------------------------------------------------------------
# 08  NOT a SIP: agreement with a contact family
# ---------------------------------------------------------------------------

def plan08(path):
    doc = Document()
    doc.styles["Normal"].font.name = "Garamond"
    doc.styles["Normal"].font.size = Pt(11.5)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "LINKÖPINGS KOMMUN\tSocialförvaltningen, Barn och unga\tDnr SOC 2025-XXXX"
    hp.runs[0].font.size = Pt(8)
    for r in hp.runs:
        r.font.small_caps = True

    doc.add_heading("Avtal om kontaktfamilj", level=1)
    doc.add_paragraph("Uppdragsavtal enligt socialtjänstlagen mellan Linköpings kommun, "
                      "Socialförvaltningen, och nedanstående uppdragstagare.")

    def section(title, lines):
        p = doc.add_paragraph()
        p.paragraph_format.space_before = Pt(8)
        p.add_run(title).bold = True
        for ln in lines:
            doc.add_paragraph(ln)

    section("1. Uppdragstagare (kontaktfamilj)", [
        "Karin och Ola, bosatta i Linköping (adress finns i akten).",
        "Personnummer: XXXXXX-XXXX respektive XXXXXX-XXXX",
        "Telefon: 070-XXX XX XX",
    ])
    section("2. Barnet", [
        "N., 9 år, personnummer ÅÅMMDD-XXXX.",
        "Vårdnadshavare: mamma, som har ansökt om insatsen och godkänt valet av kontaktfamilj.",
    ])
    section("3. Uppdragets innehåll", [
        "Kontaktfamiljen tar emot N. för att ge honom avlastning, fritidsaktiviteter och en stabil vuxenkontakt "
        "utanför hemmet. Uppdraget utgår från beslut av socialnämndens delegat 2025-02-10.",
        "Kontaktfamiljen ska inte ge vård eller behandling och ansvarar inte för skolgång.",
    ])
    section("4. Omfattning och tider", [
        "☒ En helg per månad, fredag kl. 16.00 till söndag kl. 16.00",
        "☐ Varannan helg",
        "☒ En vardagskväll per månad efter överenskommelse med vårdnadshavaren",
        "Avtalsperiod: 2025-03-01 – 2025-12-31. Avtalet omprövas i samband med att beslutet omprövas.",
    ])
    section("5. Ersättning", [
        "Arvode: 1 850 kr per helg (skattepliktigt, pensionsgrundande).",
        "Omkostnadsersättning: 310 kr per dygn (skattefri enligt Skatteverkets schablon).",
        "Utbetalning sker månadsvis i efterskott efter inlämnad tidrapport.",
    ])
    section("6. Tystnadsplikt och övrigt", [
        "Uppdragstagarna har tystnadsplikt enligt 15 kap. 1 § SoL och ska anmäla till socialnämnden om de "
        "får kännedom om att ett barn far illa. Uppdragstagarna har lämnat utdrag ur belastningsregistret.",
        "Kontaktperson på socialförvaltningen: familjehemssekreterare, Barn och unga, nås via växeln.",
        "Uppsägning: en månads ömsesidig uppsägningstid.",
    ])
    section("7. Underskrifter", [
        "Linköping 2025-02-24",
        "",
        "_____________________________          _____________________________",
        "För socialnämnden: familjehemssekreterare          Uppdragstagare: Karin",
        "",
        "_____________________________",
        "Uppdragstagare: Ola",
    ])
    fix_props(doc, "Socialförvaltningen", "Avtal kontaktfamilj", dt.datetime(2025, 2, 24, 10, 0))
    doc.save(path)


def main():
    os.makedirs(OUT, exist_ok=True)
    plan01(os.path.join(OUT, "f73a-01.docx"))
    plan02(os.path.join(OUT, "f73a-02.pdf"))
    plan03(os.path.join(OUT, "f73a-03.txt"))
    plan04(os.path.join(OUT, "f73a-04.md"))
    plan05(os.path.join(OUT, "f73a-05.docx"))
    plan06(os.path.join(OUT, "f73a-06.pdf"))
    plan07(os.path.join(OUT, "f73a-07.docx"))
    plan08(os.path.join(OUT, "f73a-08.docx"))
    print("wrote", sorted(os.listdir(OUT)))


if __name__ == "__main__":
    main()
