#!/usr/bin/env python
"""Generate the f20b batch of fictional, anonymized SIP documents into plans/.

Run with python generate_b.py
Deterministic: fixed texts and dates, no randomness.
"""
import datetime
import io
import os
import shutil
import zipfile
import subprocess
import textwrap

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = os.path.dirname(os.path.abspath(__file__))
PLANS = os.path.join(HERE, "plans")
BUILD = os.path.join(HERE, "build")
PREFIX = "f20b"
LO_PROFILE = "file:///tmp/lo-f20b"


FIXED_DT = datetime.datetime(2025, 5, 1, 9, 0, 0)


def save_docx(doc, path):
    """Save with fixed core properties and zip timestamps so reruns give identical bytes."""
    cp = doc.core_properties
    cp.author = "Handläggare"
    cp.last_modified_by = "Handläggare"
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zi = zipfile.ZipInfo(item.filename, date_time=(2025, 5, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


# ----------------------------------------------------------------- helpers
def set_cell_border(cell, sz=6, color="000000", edges=("top", "left", "bottom", "right")):
    tcPr = cell._tc.get_or_add_tcPr()
    borders = tcPr.find(qn("w:tcBorders"))
    if borders is None:
        borders = OxmlElement("w:tcBorders")
        tcPr.append(borders)
    for edge in edges:
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), str(sz))
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), color)
        borders.append(el)


def shade_cell(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def mark_header_row(row):
    trPr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trPr.append(el)


def add_field(paragraph, instr):
    run = paragraph.add_run()
    f1 = OxmlElement("w:fldChar")
    f1.set(qn("w:fldCharType"), "begin")
    run._r.append(f1)
    run2 = paragraph.add_run()
    it = OxmlElement("w:instrText")
    it.set(qn("xml:space"), "preserve")
    it.text = instr
    run2._r.append(it)
    run3 = paragraph.add_run()
    f2 = OxmlElement("w:fldChar")
    f2.set(qn("w:fldCharType"), "separate")
    run3._r.append(f2)
    run4 = paragraph.add_run("1")
    run5 = paragraph.add_run()
    f3 = OxmlElement("w:fldChar")
    f3.set(qn("w:fldCharType"), "end")
    run5._r.append(f3)
    return run4


def set_normal_font(doc, name="Calibri", size=11):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = OxmlElement("w:rFonts")
        rpr.append(rfonts)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(a), name)


def bold_para(doc, text, size=None, space_before=6):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    p.paragraph_format.space_before = Pt(space_before)
    p.paragraph_format.space_after = Pt(2)
    return p


def kw_para(doc, keyword, text, size=10):
    """Record-system style: bold keyword followed by text in the same paragraph."""
    p = doc.add_paragraph()
    r = p.add_run(keyword + ": ")
    r.bold = True
    r.font.size = Pt(size)
    if text:
        r2 = p.add_run(text)
        r2.font.size = Pt(size)
    p.paragraph_format.space_after = Pt(4)
    return p


def soffice_pdf(src, outdir, fmt="pdf", infilter=None):
    cmd = [
        "soffice",
        f"-env:UserInstallation={LO_PROFILE}",
        "--headless",
    ]
    if infilter:
        cmd.append(f"--infilter={infilter}")
    cmd += [
        "--convert-to",
        fmt,
        "--outdir",
        outdir,
        src,
    ]
    env = dict(os.environ, SOURCE_DATE_EPOCH="1746090000")
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)


def normalize_pdf(path):
    """Replace LibreOffice's creation date and document ID with fixed values of the same length."""
    import re
    with open(path, "rb") as f:
        data = f.read()

    def fix_date(m):
        old = m.group(0)
        new = b"/CreationDate(D:20250501090000"
        return new + old[len(new):]

    data = re.sub(rb"/CreationDate\(D:\d{14}", fix_date, data)
    data = re.sub(rb"<[0-9A-F]{32}>", b"<" + b"0" * 32 + b">", data)
    data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, data)
    with open(path, "wb") as f:
        f.write(data)


def wrap(text, width=76, indent=""):
    out = []
    for para in text.split("\n"):
        if not para.strip():
            out.append("")
            continue
        out.extend(textwrap.wrap(para, width=width, subsequent_indent=indent, break_on_hyphens=False))
    return out


# ----------------------------------------------------------------- 01
def plan01():
    """Plan written to the person. Sala, young adult with ADHD and depression."""
    doc = Document()
    set_normal_font(doc, "Calibri", 11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    hp = sec.header.paragraphs[0]
    hp.text = "Samordnad individuell plan (SIP) – Sala kommun och Region Västmanland"
    hp.runs[0].font.size = Pt(8)
    hp.runs[0].font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = fp.add_run("Sida ")
    r.font.size = Pt(8)
    add_field(fp, "PAGE")

    t = doc.add_heading("Din plan, Alex", level=0)
    p = doc.add_paragraph()
    p.add_run("SIP – samordnad individuell plan").italic = True
    doc.add_paragraph(
        "Det här är din plan. Den är skriven till dig, så att du kan läsa vad vi kom "
        "överens om när vi träffades på Vårdcentralen Sala 2025-02-03. Vi träffades för "
        "att du ska få hjälp att komma igång med dagarna igen, sova bättre och hitta "
        "något att göra på dagtid, och för att vi som hjälper dig ska veta vad de andra "
        "gör så att du inte behöver berätta samma sak för alla."
    )

    doc.add_heading("Får vi prata med varandra om dig?", level=2)
    p = doc.add_paragraph()
    p.add_run("– Ja, sa du på mötet 2025-02-03.").bold = True
    doc.add_paragraph(
        "Det betyder att vi som står i planen får berätta för varandra det som behövs "
        "för att hjälpa dig. Du kan ändra dig när du vill. Säg det då till någon av oss."
    )

    doc.add_heading("Vi som var med", level=2)
    for name in ["Du", "Eva, din mamma", "Lina", "Johan", "Amir", "Sofia"]:
        doc.add_paragraph(name, style="List Bullet")

    doc.add_heading("Det här har vi pratat om", level=2)
    doc.add_paragraph(
        "Du har ADHD och har varit nedstämd sedan i höstas. Du sover ofta till mitt på "
        "dagen och är vaken på nätterna. Du slutade på lagret i Sala i augusti och har "
        "varit hemma sedan dess. Du bor hos din mamma. Vi pratade om de här frågorna:"
    )
    for q in [
        "Hur kan du få en bättre dygnsrytm, så att du orkar gå upp på morgonen?",
        "Behöver din ADHD-medicin ses över, eftersom du sa att den inte hjälper lika bra längre?",
        "Vad behöver du för att kunna börja på någon sysselsättning några dagar i veckan?",
    ]:
        doc.add_paragraph(q, style="List Number")

    doc.add_heading("Det här vill du", level=2)
    p = doc.add_paragraph()
    p.add_run(
        "– Jag vill kunna gå upp på morgonen och ha något att göra. Kanske ett jobb med "
        "händerna, typ snickeri eller med bilar. Och jag vill inte att mamma ska behöva "
        "väcka mig varje dag."
    ).italic = True
    doc.add_paragraph(
        "Du sa också att du inte vill sitta i stora grupper, och att det är lättare för "
        "dig om du får sms innan en tid i stället för brev."
    )

    doc.add_heading("Så här hjälper vi dig", level=2)
    rows = [
        ("Vad", "Vem", "När"),
        (
            "Samtal om sömn och dygnsrytm. Ni gör ett schema för veckan tillsammans.",
            "Sjuksköterska, Vårdcentralen Sala",
            "Varannan vecka från 2025-02-10",
        ),
        (
            "Läkarbesök där vi ser över din ADHD-medicin.",
            "Läkare, Psykiatrimottagningen Sala",
            "2025-03-05 kl. 10.30",
        ),
        (
            "Träning i att planera dagen, med påminnelser i mobilen.",
            "Arbetsterapeut, Psykiatrimottagningen Sala",
            "Första gången 2025-02-19",
        ),
        (
            "Ansökan om sysselsättning på Verkstan (arbetsträning med trä och reparationer).",
            "Handläggare, Vuxenenheten, Socialtjänsten Sala",
            "",
        ),
    ]
    table = doc.add_table(rows=len(rows), cols=3)
    table.style = "Table Grid"
    for i, row in enumerate(rows):
        for j, val in enumerate(row):
            c = table.cell(i, j)
            c.text = val
            if i == 0:
                c.paragraphs[0].runs[0].bold = True
                shade_cell(c, "DCE6F1")
    mark_header_row(table.rows[0])
    for row in table.rows:
        row.cells[0].width = Cm(7.5)
        row.cells[1].width = Cm(5)
        row.cells[2].width = Cm(3.5)

    doc.add_paragraph()
    doc.add_paragraph(
        "Du har också kontakt med Arbetsförmedlingen. Din mamma stöttar dig hemma."
    )

    doc.add_heading("Vem håller ihop planen?", level=2)
    doc.add_paragraph(
        "Socialtjänsten håller ihop planen. Om något inte fungerar, eller om du vill "
        "ändra något, kan du ringa dit via växeln."
    )

    doc.add_heading("Vi ses igen", level=2)
    p = doc.add_paragraph()
    p.add_run("Måndag 2025-04-14 kl. 13.00 på Vårdcentralen Sala. ").bold = True
    p.add_run("Då pratar vi om hur det har gått och om planen behöver ändras. Du får ett sms dagen innan.")

    out = os.path.join(PLANS, f"{PREFIX}-01.docx")
    save_docx(doc, out)


# ----------------------------------------------------------------- 02
def plan02():
    """Record-system print: boxed header table in the page header, keyword sections.
    Adult with psychosis and debts, Köping."""
    doc = Document()
    set_normal_font(doc, "Arial", 10)
    sec = doc.sections[0]
    sec.top_margin = Cm(4.0)
    sec.header_distance = Cm(0.8)
    sec.left_margin = sec.right_margin = Cm(2)
    hdr = sec.header
    hp = hdr.paragraphs[0]
    r = hp.add_run("Region Västmanland  ·  Journalutskrift  ·  Vårdjournal VJ 7.2")
    r.font.size = Pt(8)
    r.bold = True
    ht = hdr.add_table(rows=2, cols=3, width=Cm(17))
    ht.alignment = WD_TABLE_ALIGNMENT.CENTER
    labels = ["Personnummer", "Enhet", "Utskriftsdatum"]
    values = ["XXXXXX-XXXX", "Vuxenpsykiatrin Köping, öppenvårdsmottagning", "2025-03-18 14:02"]
    for j in range(3):
        c0 = ht.cell(0, j)
        c0.text = labels[j]
        c0.paragraphs[0].runs[0].font.size = Pt(7)
        c0.paragraphs[0].runs[0].font.color.rgb = RGBColor(0x44, 0x44, 0x44)
        c1 = ht.cell(1, j)
        c1.text = values[j]
        c1.paragraphs[0].runs[0].font.size = Pt(9)
        c1.paragraphs[0].runs[0].bold = True
        for c in (c0, c1):
            c.paragraphs[0].paragraph_format.space_after = Pt(1)
            c.paragraphs[0].paragraph_format.space_before = Pt(1)
            set_cell_border(c, sz=8)
            shade_cell(c, "F2F2F2") if c is c0 else None
    for row in ht.rows:
        row.cells[0].width = Cm(4)
        row.cells[1].width = Cm(9)
        row.cells[2].width = Cm(4)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = fp.add_run("Sida ")
    r.font.size = Pt(8)
    add_field(fp, "PAGE").font.size = Pt(8)
    r = fp.add_run(" (")
    r.font.size = Pt(8)
    add_field(fp, "NUMPAGES").font.size = Pt(8)
    r = fp.add_run(")")
    r.font.size = Pt(8)

    p = doc.add_paragraph()
    r = p.add_run("Anteckning: Samordnad individuell plan (SIP)")
    r.bold = True
    r.font.size = Pt(12)
    meta = [
        ("Anteckningsdatum", "2025-03-14"),
        ("Vårdkontakt", "Möte, SIP, Vuxenpsykiatrin Köping"),
        ("Dokumenterad av", "Sara, sjuksköterska/case manager"),
        ("Status", "Signerad 2025-03-17"),
    ]
    for k, v in meta:
        kw_para(doc, k, v, size=9)
    p = doc.add_paragraph("_" * 90)
    p.runs[0].font.size = Pt(6)

    kw_para(
        doc,
        "Bakgrund",
        "Patienten är en 34-årig man med diagnos paranoid schizofreni sedan 2019, "
        "inskriven vid mottagningen sedan 2021. Två slutenvårdstillfällen under 2024 "
        "(april och oktober), båda efter att medicineringen upphört och med förföljelse"
        "idéer riktade mot grannar. Bor ensam i hyreslägenhet i Köping. Har sedan 2023 "
        "ökande skulder, bl.a. obetalda hyror, elräkningar och sms-lån, och ärenden hos "
        "Kronofogden. Hyresvärden har skickat en varning om uppsägning i februari 2025. "
        "Patienten har ingen sysselsättning och vistas mest i lägenheten. Sporadisk "
        "kontakt med en syster i Arboga. Ingen känd pågående missbruksproblematik, "
        "uppger cannabis senast 2022.",
    )
    kw_para(
        doc,
        "Aktuellt",
        "Vid senaste besöket 2025-02-27 lugnare, sover bättre, tar sin medicin enligt "
        "egen uppgift. Fortsatt oro kring ekonomin och bostaden. Har inte öppnat post "
        "sedan jul. Ingen suicidrisk bedöms föreligga. Aptit och vikt oförändrade.",
    )
    kw_para(doc, "Syfte", "Samordning av insatser.")
    kw_para(doc, "Frågeställning", "")
    kw_para(
        doc,
        "Patientens mål",
        "Målet är att patienten ska få en stabil boendesituation och ordning på sin "
        "ekonomi samt undvika ny inläggning.",
    )
    kw_para(doc, "Delaktighet", "Patienten deltog i mötet.")
    kw_para(doc, "Samtycke", "Finns.")
    kw_para(
        doc,
        "Insatser",
        "Fortsatt kontakt enligt nuvarande upplägg. Stöd i vardagen vid behov. "
        "Ekonomin ses över. Bostadsfrågan bevakas.",
    )
    kw_para(
        doc,
        "Övriga aktörer",
        "Patienten har god man sedan 2024. Ärende hos Försäkringskassan gällande "
        "aktivitetsersättning pågår.",
    )
    kw_para(
        doc,
        "Huvudansvar för planen",
        "Sara, sjuksköterska och case manager, Vuxenpsykiatrin Köping öppenvårdsmottagning.",
    )
    kw_para(doc, "Uppföljning", "")
    p = kw_para(doc, "Deltagare", "")
    for d in [
        "Patienten",
        "Sara, sjuksköterska/case manager, Vuxenpsykiatrin Köping",
        "Henrik, överläkare, Vuxenpsykiatrin Köping",
        "Malin, socialsekreterare, Vuxenenheten, Individ- och familjeomsorgen Köpings kommun",
        "Jonas, boendestödjare, Socialpsykiatrin Köpings kommun",
        "Elin, budget- och skuldrådgivare, Köpings kommun",
    ]:
        q = doc.add_paragraph(d, style="List Bullet")
        q.runs[0].font.size = Pt(10)
    kw_para(
        doc,
        "Psykiskt status vid mötet",
        "Vaken, orienterad. Något avvaktande i kontakten men samarbetar. Talar "
        "sammanhängande, inga tecken på hallucinationer under samtalet. Stämningsläge "
        "neutralt. Förnekar suicidtankar.",
    )
    kw_para(
        doc,
        "Läkemedel",
        "Se aktuell läkemedelslista. Inga ändringar vid detta tillfälle.",
    )
    kw_para(
        doc,
        "Planering",
        "Se ovan. Anteckningen skickas till deltagarna efter signering.",
    )
    p = doc.add_paragraph("_" * 90)
    p.runs[0].font.size = Pt(6)
    # A second record note on the same print so the print runs to page 2
    p = doc.add_paragraph()
    r = p.add_run("Anteckning: Telefonkontakt")
    r.bold = True
    r.font.size = Pt(12)
    kw_para(doc, "Anteckningsdatum", "2025-03-17", size=9)
    kw_para(doc, "Dokumenterad av", "Sara, sjuksköterska/case manager", size=9)
    kw_para(
        doc,
        "Kontaktorsak",
        "Patienten ringer och frågar när han får SIP:en. Informeras om att den skickas "
        "hem när den är signerad. Låter lugn. Frågar också om tid för receptförnyelse, "
        "meddelas att läkaren förnyar recepten i samband med nästa ordinarie besök.",
    )
    kw_para(doc, "Bedömning", "Ingen akut åtgärd.")
    kw_para(doc, "Åtgärd", "Ingen.")
    p = doc.add_paragraph("_" * 90)
    p.runs[0].font.size = Pt(6)
    p = doc.add_paragraph()
    r = p.add_run("Anteckning: Administrativ")
    r.bold = True
    r.font.size = Pt(12)
    kw_para(doc, "Anteckningsdatum", "2025-03-18", size=9)
    kw_para(doc, "Dokumenterad av", "Sara, sjuksköterska/case manager", size=9)
    kw_para(doc, "Notering", "SIP-anteckning utskriven och skickad till patienten per post.")
    p = doc.add_paragraph()
    r = p.add_run("*** Slut på utskrift ***")
    r.font.size = Pt(8)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    src = os.path.join(BUILD, f"{PREFIX}-02.docx")
    save_docx(doc, src)
    soffice_pdf(src, BUILD)
    shutil.copyfile(os.path.join(BUILD, f"{PREFIX}-02.pdf"), os.path.join(PLANS, f"{PREFIX}-02.pdf"))
    normalize_pdf(os.path.join(PLANS, f"{PREFIX}-02.pdf"))


# ----------------------------------------------------------------- 03
def plan03():
    """Plain text from an LSS unit, Windows-1252, CRLF. Young man with autism, Arboga."""
    L = []
    L.append("ARBOGA KOMMUN – VÅRD OCH OMSORG – LSS")
    L.append("Gruppbostaden Ekbacken")
    L.append("Utskrift från verksamhetssystemet 2025-04-08")
    L.append("=" * 72)
    L.append("")
    L.append("SAMORDNAD INDIVIDUELL PLAN (SIP)")
    L.append("")
    L.append("Namn:            J.")
    L.append("Personnummer:    ÅÅMMDD-XXXX")
    L.append("Datum för möte:  2025-04-07")
    L.append("Plats:           Ekbacken, samlingsrummet")
    L.append("")
    L.append("SYFTE")
    L.append("Samordning.")
    L.append("")
    L.append("BAKGRUND")
    L += wrap(
        "J. är 26 år och har autism och lindrig intellektuell funktionsnedsättning. Han "
        "bor i gruppbostad enligt LSS 9 § 9 sedan 2021 och har daglig verksamhet enligt "
        "LSS 9 § 10 på Lilla gården. Sedan januari har J. varit alltmer orolig. Han har "
        "stannat hemma från daglig verksamhet två till tre dagar i veckan, sover dåligt "
        "och vaknar ofta vid tretiden, har gått ner ca 4 kg och har vid några tillfällen "
        "slagit sig själv i huvudet när det blivit för mycket ljud runt honom. Personalen "
        "har sett att oron ökade efter att gruppen på daglig verksamhet flyttades till en "
        "större lokal i december och efter att han fick börja åka samåkning i stället för "
        "att bli skjutsad. J. har inte haft kontakt med habiliteringen sedan 2022."
    )
    L.append("")
    L.append("FRÅGESTÄLLNINGAR")
    L.append("Diskutera läget.")
    L.append("")
    L.append("J:S DELAKTIGHET")
    L += wrap(
        "J. ville inte vara med på mötet. Möten med många personer han inte känner gör "
        "honom mycket stressad och han brukar då inte kunna svara på frågor. Kontaktman "
        "Ali gick igenom mötets frågor med J. dagen innan med hjälp av bildstöd och "
        "förmedlade J:s synpunkter på mötet: J. tycker att det är för mycket ljud i den "
        "nya lokalen, han vill inte åka samåkning med andra och han saknar hästarna. Han "
        "vill ha kvar Ali som kontaktman."
    )
    L.append("")
    L.append("J:S MÅL")
    L += wrap(
        'J. har sagt till Ali: "Jag vill jobba med hästarna igen. Och jag vill sova hela '
        'natten och inte vara rädd."'
    )
    L.append("")
    L.append("INSATSER")
    actions = [
        (
            "Flytt till mindre grupp på daglig verksamhet, stallgruppen på Lilla gården, "
            "fyra dagar i veckan",
            "Daglig verksamhet Arboga, enhetschef",
            "från 2025-05-05",
        ),
        (
            "Läkarbesök för bedömning av sömn, oro och viktnedgång, ev. läkemedel",
            "Läkare, Vårdcentralen Arboga",
            "2025-04-23",
        ),
        (
            "Handledning till personalen på Ekbacken och Lilla gården om bemötande, "
            "ljudmiljö och struktur, tre tillfällen",
            "Psykolog, Vuxenhabiliteringen Västerås",
            "start vecka 18",
        ),
        (
            "Veckoschema med bildstöd i lägenheten, vägning varannan söndag",
            "Kontaktman Ali, Gruppbostaden Ekbacken",
            "från 2025-04-14",
        ),
        (
            "Se över resorna till daglig verksamhet, enskild resa i stället för samåkning",
            "Kommunen",
            "maj 2025",
        ),
        (
            "Betalar J:s räkningar, lämnar fickpengar till J. varje fredag och ansöker om "
            "ny bostadsersättning",
            "God man Kerstin",
            "löpande, ansökan senast 2025-04-30",
        ),
        (
            "Hämtar J. varannan helg och åker med honom till stallet i Götlunda",
            "Mamma Britt",
            "varannan helg från 2025-04-12",
        ),
    ]
    for vad, vem, nar in actions:
        line = f"- Vad: {vad} / Vem: {vem} / När: {nar}"
        L += textwrap.wrap(line, width=76, subsequent_indent="  ", break_on_hyphens=False)
    L.append("")
    L.append("UPPFÖLJNING")
    L.append("Uppföljning i oktober 2025.")
    L.append("")
    L.append("=" * 72)
    L.append("Utskriften innehåller sekretessbelagda uppgifter.")
    text = "\r\n".join(L) + "\r\n"
    with open(os.path.join(PLANS, f"{PREFIX}-03.txt"), "wb") as f:
        f.write(text.encode("cp1252"))


# ----------------------------------------------------------------- 04
def plan04():
    """Minutes from a network meeting at psychiatry, numbered points. Discharge, Västerås."""
    doc = Document()
    set_normal_font(doc, "Times New Roman", 11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    hp = sec.header.paragraphs[0]
    hp.text = "Vuxenpsykiatrin Västerås, Avdelning 5\tMinnesanteckningar"
    hp.runs[0].font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.text = "Anteckningarna skickas till deltagarna och förs in i journalen."
    fp.runs[0].font.size = Pt(8)
    fp.runs[0].italic = True

    p = doc.add_paragraph()
    r = p.add_run("Minnesanteckningar – nätverksmöte/SIP inför utskrivning")
    r.bold = True
    r.font.size = Pt(14)
    p = doc.add_paragraph()
    p.add_run("Datum: ").bold = True
    p.add_run("2025-05-06 kl. 13.30–14.45\n")
    p.add_run("Plats: ").bold = True
    p.add_run("Samtalsrummet, Avdelning 5, Vuxenpsykiatrin Västerås\n")
    p.add_run("Gäller: ").bold = True
    p.add_run("A., 41 år")

    bold_para(doc, "1. Presentation", size=12, space_before=12)
    doc.add_paragraph("Närvarande:")
    for d in [
        "A.",
        "Lena, sjuksköterska, Avdelning 5, Vuxenpsykiatrin Västerås (antecknar)",
        "Mikael, överläkare, Avdelning 5, Vuxenpsykiatrin Västerås",
        "Peter, specialistläkare, Psykiatriska öppenvårdsmottagningen Västerås",
        "Hanna, sjuksköterska, Psykiatriska öppenvårdsmottagningen Västerås",
        "Emma, boendestödjare, Socialpsykiatrin, Västerås stad",
        "Farid, socialsekreterare, Vuxenenheten, Individ- och familjeomsorgen Västerås stad",
    ]:
        doc.add_paragraph(d, style="List Bullet")
    doc.add_paragraph("Alla presenterade sig och sin roll. Mötet hölls på avdelningen.")

    bold_para(doc, "2. Bakgrund", size=12, space_before=12)
    doc.add_paragraph(
        "A. har bipolär sjukdom typ 1 och vårdas sedan 2025-04-22 på Avdelning 5 efter ett "
        "maniskt skov. Inför inläggningen hade hon slutat ta sitt litium, sovit mycket lite "
        "under flera veckor och handlat på kredit för stora belopp. Hyran för april och maj "
        "är inte betald. Hon har tidigare haft kontakt med öppenvården men uteblivit från "
        "besök sedan december. A. bor ensam i hyreslägenhet på Bäckby."
    )
    doc.add_paragraph(
        "Syftet med mötet är att planera utskrivningen så att A. har stöd hemma från första "
        "dagen, att litiumbehandlingen och provtagningen följs upp efter utskrivning och att "
        "hyresfrågan är löst innan hon går hem, så att risken för ett nytt skov och en ny "
        "inläggning minskar."
    )

    bold_para(doc, "3. Frågor till mötet", size=12, space_before=12)
    for q in [
        "Hur ska A. få hjälp med att ta sin medicin och lämna litiumprover efter utskrivningen?",
        "Vem följer upp henne de första veckorna hemma, och hur ofta?",
        "Kan A. få ekonomiskt bistånd till hyran för april och maj?",
    ]:
        doc.add_paragraph(q, style="List Bullet")
    doc.add_paragraph("A. deltog i mötet.")

    bold_para(doc, "4. Överenskommelser", size=12, space_before=12)
    agreements = [
        "A. skrivs ut från Avdelning 5 fredag 2025-05-09. Överläkare Mikael skickar "
        "epikris och aktuell läkemedelslista till öppenvårdsmottagningen samma dag.",
        "Sjuksköterska Hanna på Psykiatriska öppenvårdsmottagningen träffar A. "
        "2025-05-14 kl. 09.00 för litiumprov och iordningställer därefter dosett "
        "varje vecka på mottagningen under maj och juni.",
        "Specialistläkare Peter på Psykiatriska öppenvårdsmottagningen har ett "
        "läkarbesök med A. 2025-05-20 för uppföljning av provsvar och dos.",
        "Boendestödjare Emma, Socialpsykiatrin Västerås stad, gör hembesök två gånger "
        "i veckan (måndag och torsdag) från 2025-05-12, med fokus på sömn, dygnsrytm "
        "och att öppna posten tillsammans.",
        "Socialsekreterare Farid, Vuxenenheten IFO Västerås stad, handlägger A:s "
        "ansökan om ekonomiskt bistånd för hyran för april och maj och fattar beslut "
        "senast 2025-05-08, så att beslutet finns innan utskrivningen.",
        "Sjuksköterska Lena, Avdelning 5, bokar tid för A:s första besök hos Hanna "
        "innan utskrivning och ger A. tiderna skriftligt 2025-05-09.",
    ]
    for i, a in enumerate(agreements, 1):
        p = doc.add_paragraph()
        p.add_run(f"4.{i}  ").bold = True
        p.add_run(a)
        p.paragraph_format.left_indent = Cm(0.8)
        p.paragraph_format.first_line_indent = Cm(-0.8)

    bold_para(doc, "5. Nästa möte", size=12, space_before=12)
    doc.add_paragraph(
        "Uppföljande SIP-möte tisdag 2025-06-17 kl. 10.00 på Psykiatriska "
        "öppenvårdsmottagningen Västerås."
    )
    bold_para(doc, "6. Övrigt", size=12, space_before=12)
    doc.add_paragraph("Inga övriga frågor.")
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(18)
    p.add_run("Vid anteckningarna\n").italic = True
    p.add_run("Lena, sjuksköterska, Avdelning 5")
    save_docx(doc, os.path.join(PLANS, f"{PREFIX}-04.docx"))


# ----------------------------------------------------------------- 05
def plan05():
    """Markdown plan for older woman with dementia, husband carer, Kungsör."""
    md = """# Samordnad individuell plan (SIP)

**Gäller:** M-L, 81 år
**Personnummer:** ÅÅMMDD-XXXX
**Datum:** 2025-03-11
**Plats:** Vårdcentralen Kungsör

---

## Bakgrund

M-L fick diagnosen Alzheimers sjukdom på minnesmottagningen i Köping i maj 2024. Hon bor
med sin make B., 84 år, i villa i Kungsör. Sedan i vintras har minnet blivit sämre. Hon
glömmer att äta när B. inte är hemma, har vid två tillfällen gått ut på kvällen och inte
hittat hem, och har slutat duscha. B. sköter hushållet och ger henne medicinerna, men han
har själv hjärtsvikt och säger att han sover dåligt och är mycket trött. Dottern bor i
Eskilstuna och hjälper till på helgerna.

Hemtjänsten har hittills kommit en gång i veckan för städning. Distriktssköterskan gjorde
hembesök 2025-03-04 och tog initiativ till SIP.

## Samtycke

M-L gav muntligt samtycke till att hemtjänsten, vårdcentralen och kommunens anhörigstöd
delar information med varandra och gör en gemensam plan. Det skedde vid distriktssköterskans
hembesök 2025-03-04, med B. närvarande. Samtycket är dokumenterat i journalen på
Vårdcentralen Kungsör och i hemtjänstens social dokumentation.

## M-L:s delaktighet

M-L deltog inte i mötet. Hon blir orolig och trött av att vara borta hemifrån och av samtal
där flera personer pratar samtidigt.

## Mål

Målet är att M-L ska kunna bo kvar hemma tillsammans med B. så länge som möjligt, äta
regelbundet och vara trygg, och att B. ska få avlastning så att han orkar.

## Insatser

| Insats | Ansvarig verksamhet | Ansvarig person/funktion | Start | Slut |
|---|---|---|---|---|
| Morgonhjälp med hygien, påklädning och frukost, alla dagar | Hemtjänst Kungsör norra | Undersköterska, kontaktman Anna | 2025-03-17 | Tills vidare |
| Dusch en gång i veckan (torsdag) | Hemtjänst Kungsör norra | Kontaktman Anna | 2025-03-20 | Tills vidare |
| Läkemedelsgenomgång och byte till dosförpackade läkemedel | Vårdcentralen Kungsör | Distriktssköterska Karin | 2025-03-18 | 2025-04-30 |
| Läkarbesök, uppföljning av demenssjukdomen och B:s frågor om oro på kvällarna | Vårdcentralen Kungsör | Distriktsläkare | 2025-05-06 | 2025-05-06 |
| Dagverksamhet för personer med demenssjukdom, tisdag och torsdag | Dagverksamheten Kungsör, äldreomsorgen | Biståndshandläggare Emir (beslut), enhetschef dagverksamheten | 2025-04-01 | Tills vidare |
| Trygghetslarm med GPS-funktion | Kungsörs kommun, larmcentralen | Biståndshandläggare Emir | 2025-03-24 | Tills vidare |
| Samtal och anhöriggrupp för B. | Anhörigstöd, Kungsörs kommun | Anhörigkonsulent | 2025-03-25 | 2025-06-30 |
| Handlar, lagar middag och ger M-L kvällsmedicinen | Närstående | B. (make) | 2025-03-11 | Tills vidare |
| Följer med M-L till läkarbesöket och skriver upp frågor innan | Närstående | B. (make) | 2025-05-06 | 2025-05-06 |
| Ringer M-L varje kväll och gör storhandling varannan lördag | Närstående | Dottern NN | 2025-03-15 | Tills vidare |

## Huvudansvar

Hemtjänst Kungsör norra.

## Uppföljning

Planen följs upp i september 2025.
"""
    with open(os.path.join(PLANS, f"{PREFIX}-05.md"), "w", encoding="utf-8") as f:
        f.write(md)


# ----------------------------------------------------------------- 06
def plan06():
    """Youth clinic plan, HTML -> LibreOffice PDF, sidebar box and action table. Fagersta."""
    html = """<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>SIP – Ungdomsmottagningen Fagersta</title>
<style>
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; }
h1 { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 15pt; color: #7a1f5c; margin-bottom: 2pt; }
h2 { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 11.5pt; color: #7a1f5c; margin-top: 12pt; margin-bottom: 3pt; }
.sub { color: #555555; font-size: 9pt; }
table.info td { padding: 2pt 8pt 2pt 0; font-size: 9.5pt; }
table.actions { border-collapse: collapse; width: 100%; }
table.actions th { background: #f3dbe9; border: 1px solid #7a1f5c; padding: 4pt; text-align: left; }
table.actions td { border: 1px solid #7a1f5c; padding: 4pt; vertical-align: top; }
td.side { background: #fdf3d7; border: 2px solid #d9a400; padding: 8pt; vertical-align: top; }
</style>
</head>
<body>
<p class="sub">Ungdomsmottagningen Fagersta · Region Västmanland och Fagersta kommun</p>
<h1>Samordnad individuell plan (SIP)</h1>
<table class="info">
<tr><td width="150"><b>Namn</b></td><td width="300">E.</td></tr>
<tr><td><b>Personnummer</b></td><td>ÅÅMMDD-XXXX</td></tr>
<tr><td><b>Datum för mötet</b></td><td>2025-01-15</td></tr>
<tr><td><b>Plats</b></td><td>Ungdomsmottagningen Fagersta</td></tr>
</table>

<table width="100%" cellspacing="0" cellpadding="0">
<tr>
<td width="62%" valign="top" style="padding-right:12pt">
<h2>Syfte</h2>
<p>Att få en gemensam bild.</p>

<h2>Frågeställningar</h2>
<p>Stämma av läget.</p>

<h2>Bakgrund</h2>
<p>E. är 18 år och går tredje året på samhällsprogrammet på gymnasiet i Fagersta. Hon har
haft kontakt med kurator på Ungdomsmottagningen sedan oktober 2024 för ångest och
självskadehandlingar (skär sig på armarna, senast i december). Under hösten var hon frånvarande
ungefär 40 procent av lektionerna, mest på måndagar och vid redovisningar. Hon har
sömnsvårigheter och har svårt att äta i skolmatsalen. Hon har inte tidigare haft kontakt
med psykiatrin.</p>

<h2>Samtycke</h2>
<p>Samtycke finns.</p>

<h2>Närvarande</h2>
<p>E., Sanna, Johan, Maria, Lotta</p>

<h2>Huvudansvarig för planen</h2>
<p>Kurator Sanna, Ungdomsmottagningen Fagersta</p>
</td>
<td width="38%" valign="top" bgcolor="#fdf3d7" class="side">
<h2 style="margin-top:0">Det här tycker jag</h2>
<p><i>”Jag vill ta studenten med min klass i juni 2026. Det är det viktigaste för mig.”</i></p>
<p><i>”Jag vill inte behöva berätta allt från början för nya personer hela tiden.”</i></p>
<p><i>”Det hjälper om lärarna vet innan att jag kan behöva gå ut ur klassrummet en stund,
så att jag inte behöver förklara.”</i></p>
<p><i>”Jag vill testa medicin mot ångesten, men jag vill inte bli trött av den.”</i></p>
<p class="sub">E. var med under hela mötet och skrev själv rutan tillsammans med Sanna.</p>
</td>
</tr>
</table>

<h2>Vad ska göras?</h2>
<table class="actions" width="100%" border="1" cellspacing="0" cellpadding="5" bordercolor="#7a1f5c">
<thead><tr><th width="50%" bgcolor="#f3dbe9" align="left">Vad</th><th width="30%" bgcolor="#f3dbe9" align="left">Vem</th><th width="20%" bgcolor="#f3dbe9" align="left">Klart när</th></tr></thead>
<tr><td>Anpassad studiegång: E. läser tre kurser i stället för fem under vårterminen,
och redovisningar görs enskilt med läraren.</td>
<td>Specialpedagog, Elevhälsan, gymnasiet i Fagersta</td><td>2025-01-27</td></tr>
<tr><td>Information till E:s lärare om att hon får lämna lektionen och gå till
elevhälsans rum utan att förklara.</td>
<td>Mentor, gymnasiet i Fagersta</td><td>2025-01-20</td></tr>
<tr><td>Stödsamtal om ångest och självskada, med färdighetsträning (KBT-inriktat).</td>
<td>Kurator Sanna, Ungdomsmottagningen Fagersta</td><td>Varannan vecka från vecka 4 till och med vecka 22</td></tr>
<tr><td>Bedömning av ångestsyndrom och ställningstagande till läkemedel.</td>
<td>Läkare, Psykiatrimottagningen Fagersta</td><td>2025-02-28</td></tr>
<tr><td>Uppföljning av sömn och ätande, vägning.</td>
<td>Skolsköterska, Elevhälsan, gymnasiet i Fagersta</td><td></td></tr>
</table>

<h2>Uppföljning</h2>
<p>Datum för uppföljning: ÅÅÅÅ-MM-DD</p>

<p class="sub" style="margin-top:18pt">Planen upprättad av kurator Sanna, Ungdomsmottagningen Fagersta.
Planen lämnas till E. och skickas till de verksamheter som står i planen.</p>
</body>
</html>
"""
    src = os.path.join(BUILD, f"{PREFIX}-06.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html)
    soffice_pdf(src, BUILD, fmt="pdf:writer_pdf_Export", infilter="HTML (StarWriter)")
    shutil.copyfile(os.path.join(BUILD, f"{PREFIX}-06.pdf"), os.path.join(PLANS, f"{PREFIX}-06.pdf"))
    normalize_pdf(os.path.join(PLANS, f"{PREFIX}-06.pdf"))


# ----------------------------------------------------------------- 07
def plan07():
    """Not a plan: social-services investigation report (SoL 11 kap. 1 §), Hallstahammar."""
    doc = Document()
    set_normal_font(doc, "Arial", 10.5)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    hp = sec.header.paragraphs[0]
    hp.text = "HALLSTAHAMMARS KOMMUN\tSocialförvaltningen\tSEKRETESS enl. OSL 26 kap. 1 §"
    for r in hp.runs:
        r.font.size = Pt(8)
    hp2 = sec.header.add_paragraph("Barn och familj, Individ- och familjeomsorgen")
    hp2.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = fp.add_run("Sida ")
    r.font.size = Pt(8)
    add_field(fp, "PAGE")

    p = doc.add_paragraph()
    r = p.add_run("UTREDNING ENLIGT SoL 11 kap. 1 §")
    r.bold = True
    r.font.size = Pt(14)
    p = doc.add_paragraph()
    r = p.add_run("Barnavårdsutredning")
    r.font.small_caps = True
    r.font.size = Pt(11)

    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    info = [
        ("Barn", "L., 9 år (ÅÅMMDD-XXXX) och S., 6 år (ÅÅMMDD-XXXX)"),
        ("Vårdnadshavare", "Mamma A-K och pappa NN (gemensam vårdnad)"),
        ("Utredning inledd", "2025-01-16"),
        ("Utredningen avslutad", "2025-04-10"),
    ]
    for i, (k, v) in enumerate(info):
        t.cell(i, 0).text = k
        t.cell(i, 0).paragraphs[0].runs[0].bold = True
        t.cell(i, 1).text = v

    def h(text):
        doc.add_heading(text, level=2)

    h("1. Aktualisering")
    doc.add_paragraph(
        "En orosanmälan kom 2025-01-14 från rektor på L:s skola i Hallstahammar. Skolan "
        "uppgav att L. under hösten haft hög frånvaro, ofta kommit till skolan utan frukost "
        "och utan ytterkläder anpassade efter vädret, och att han berättat för sin lärare att "
        "mamma \"ligger i sängen hela tiden\" och att han själv får lämna S. på förskolan. "
        "Förhandsbedömning gjordes 2025-01-15 och utredning inleddes 2025-01-16."
    )
    h("2. Utredningens genomförande")
    doc.add_paragraph(
        "Utredningen har genomförts enligt BBIC. Underlag: samtal med vårdnadshavarna "
        "tillsammans och var för sig (2025-01-22, 2025-02-05, 2025-03-12), barnsamtal med "
        "L. (2025-02-05 och 2025-03-12) och med S. (2025-02-05), hembesök 2025-02-19, "
        "referenssamtal med skolan, förskolan och barnhälsovården samt, med mammans "
        "medgivande, med hennes kontakt på Vuxenpsykiatrin Köping. Utdrag ur "
        "socialregistret och polisens belastningsregister har inhämtats."
    )
    h("3. Familjens situation")
    doc.add_paragraph(
        "Familjen bor i lägenhet i Hallstahammar. Föräldrarna separerade 2023. Barnen bor "
        "växelvis, men sedan hösten 2024 har de i praktiken bott mest hos mamman eftersom "
        "pappan arbetar skift i Västerås. Mamman har en depression och har varit "
        "sjukskriven sedan september 2024. Hon har kontakt med vuxenpsykiatrin och har "
        "påbörjat läkemedelsbehandling. Pappan har inte känt till hur mammans mående "
        "påverkat vardagen för barnen."
    )
    h("4. Barnens behov")
    doc.add_paragraph("Hälsa", style="List Bullet")
    doc.add_paragraph(
        "Båda barnen är friska enligt barnhälsovården och skolhälsovården. L. har ont i "
        "magen på morgnarna enligt skolsköterskan."
    )
    doc.add_paragraph("Utbildning", style="List Bullet")
    doc.add_paragraph(
        "L. hade 31 procent frånvaro under höstterminen. Han ligger efter i matematik och "
        "svenska. S. går i förskoleklass och har haft 18 procent frånvaro."
    )
    doc.add_paragraph("Känslo- och beteendemässig utveckling", style="List Bullet")
    doc.add_paragraph(
        "L. beskrivs som ansvarstagande och orolig. Han berättar i barnsamtal att han "
        "tänker på mamma när han är i skolan och vill vara hemma för att se att hon mår "
        "bra. S. beskrivs som glad och social men har svårt att somna."
    )
    doc.add_paragraph("Familj och sociala relationer", style="List Bullet")
    doc.add_paragraph(
        "Barnen har en god relation till båda föräldrarna och till sin mormor i Surahammar, "
        "som de träffar någon gång i månaden."
    )
    h("5. Barnens egen berättelse")
    doc.add_paragraph(
        "L. säger att det är \"jobbigt när mamma är ledsen\" och att han vill att det ska "
        "bli som förut. Han vill gärna vara mer hos pappa. S. säger att hon tycker om att "
        "vara på förskolan och att hon vill att mamma ska hämta henne ibland."
    )
    h("6. Vårdnadshavarnas synpunkter")
    doc.add_paragraph(
        "Mamman instämmer i att barnen har fått ta för stort ansvar och vill ha hjälp. "
        "Pappan är beredd att ha barnen mer hos sig och har ansökt om att gå ner till "
        "dagtid på sitt arbete. Båda vårdnadshavarna har tagit del av utredningen och "
        "lämnat synpunkter, som har förts in."
    )
    h("7. Risk- och skyddsfaktorer")
    doc.add_paragraph(
        "Riskfaktorer: förälder med psykisk ohälsa, hög skolfrånvaro, barn som tar "
        "vuxenansvar. Skyddsfaktorer: två engagerade föräldrar, god relation till mormor, "
        "fungerande förskola och skola som har uppmärksammat situationen."
    )
    h("8. Bedömning")
    doc.add_paragraph(
        "Socialtjänsten bedömer att L. och S. har behov av stöd för att få en trygg och "
        "förutsägbar vardag och för att L. ska kunna släppa det ansvar han tagit för sin "
        "mamma och sin syster. Föräldrarna bedöms ha vilja och förmåga att ta emot stöd. "
        "Behoven kan tillgodoses genom familjebehandling i öppenvård. Då både skolan och "
        "vuxenpsykiatrin är involverade kan en samordnad individuell plan bli aktuell; "
        "detta tas upp med familjen i samband med att insatsen startar."
    )
    h("9. Förslag till beslut")
    doc.add_paragraph(
        "Att bevilja L. och S. bistånd i form av familjebehandling genom Familjeteamet i "
        "Hallstahammar enligt 4 kap. 1 § SoL, fr.o.m. 2025-04-14 t.o.m. 2025-10-31."
    )
    doc.add_paragraph("Att utredningen därmed avslutas.")
    h("10. Kommunicering")
    doc.add_paragraph(
        "Utredningen har kommunicerats med vårdnadshavarna 2025-04-08. Vårdnadshavarna "
        "samtycker till insatsen."
    )
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(18)
    p.add_run("Hallstahammar 2025-04-10\n\n")
    p.add_run("Helena\nSocialsekreterare, Barn och familj")
    save_docx(doc, os.path.join(PLANS, f"{PREFIX}-07.docx"))


# ----------------------------------------------------------------- 08
def plan08():
    """Markdown follow-up of an earlier SIP. Surahammar, man with alcohol dependence and diabetes."""
    md = """# Uppföljning av SIP – N.

**Uppföljningsmöte:** 2025-06-10, Vårdcentralen Surahammar
**Ursprunglig plan:** Se SIP 2024-09-17
**Deltagare:** Lisa, Omar, Karin, Kim, Jenny

N. kom inte till mötet.

## Mål

Oförändrat, se tidigare plan.

## Status för åtgärderna i SIP 2024-09-17

| Nr | Åtgärd | Ansvarig | Tid | Status |
|---|---|---|---|---|
| 1 | Återfallsprevention med samtal, provtagning (PEth) och läkemedel | Sjuksköterska, Beroendemottagningen Västerås | Var 14:e dag, t.o.m. 2025-08-31 | Pågår. PEth-värdena har sjunkit sedan mars. Antabus avslutades 2025-03-04 efter läkarbedömning, Campral fortsätter. |
| 2 | Diabeteskontroller med HbA1c och fotundersökning | Diabetessköterska, Vårdcentralen Surahammar | Var tredje månad, nästa 2025-08-19 | Pågår. HbA1c har gått från 71 till 58. |
| 3 | Öppenvårdsprogram för alkoholberoende, 12 veckor | Behandlare, Mottagningen för beroende och missbruk, IFO Surahammar | 2024-10-01 – 2025-01-31 | Klart. Genomfört, 10 av 12 träffar. |
| 4 | Boendestöd med hjälp att handla och laga mat | Boendestödjare, Socialpsykiatrin Surahammars kommun | Två gånger i veckan t.o.m. 2025-09-30 | Pågår. Fungerar bra. |
| 5 | Ekonomiskt bistånd i väntan på sjukpenning | Socialsekreterare, Ekonomiskt bistånd, IFO Surahammar | 2024-09 – 2025-01 | Avslutat. Sjukpenning beviljad från 2025-01-01. |

## Nya åtgärder

| Nr | Åtgärd | Ansvarig | Tid |
|---|---|---|---|
| 6 | Kartläggning av arbetsförmåga och planering av arbetsträning inom kommunens arbetsmarknadsenhet | Arbetsförmedlingen, arbetsförmedlare | Första möte 2025-06-26 |
| 7 | Avstämningsmöte om sjukpenning och rehabiliteringsplan, med läkare från vårdcentralen | Försäkringskassan, handläggare | 2025-08-28 |

## Huvudansvar

Som tidigare.

## Nästa uppföljning

Vecka 40.
"""
    with open(os.path.join(PLANS, f"{PREFIX}-08.md"), "w", encoding="utf-8") as f:
        f.write(md)


def main():
    os.makedirs(PLANS, exist_ok=True)
    os.makedirs(BUILD, exist_ok=True)
    plan01()
    plan02()
    plan03()
    plan04()
    plan05()
    plan06()
    plan07()
    plan08()
    print("done:", sorted(os.listdir(PLANS)))


if __name__ == "__main__":
    main()
