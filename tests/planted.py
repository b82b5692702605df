"""Plans with personal data planted in every place a file can hold it, for the tests of
`sipcheck anonymize` and `sipcheck sample`.

`everywhere_docx` puts a different value in each place of a Word document (body, a table
with a name split over runs, content controls, a text box with its VML fallback, header,
footer, a comment and its author, tracked insertions and deletions and their authors, a
deleted table row, a deleted paragraph mark, hidden text, a mailto link, custom XML,
document properties, an image and its description), so a test can say which place leaked.
`plant_outside` adds personal data to an existing plan only where the review does not judge
it (header, footer, properties, a comment, a tracked deletion), so its levels must not
change.
Every value is fiction; personnummer have valid check digits, or the scanner would not
take them for personnummer.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from pathlib import Path

import docx
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from fpdf import FPDF


def luhn(nine: str) -> str:
    total = 0
    for index, char in enumerate(nine):
        value = int(char) * (2 if index % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return str((10 - total % 10) % 10)


def pnr(date: str, number: str) -> str:
    """A personnummer YYMMDD-NNNC with a valid check digit."""
    return f"{date}-{number}{luhn(date + number)}"


PERSON = "Karin Lindqvist"
VALUES = {
    "body": pnr("850314", "123"),
    "table": "070-123 45 67",
    "table_email": "anna.andersson@example.se",
    "sdt": pnr("900101", "234"),
    "textbox": "08-765 432 10",
    "header": pnr("850314", "456"),
    "footer": "073-222 33 44",
    "comment": "070-999 88 77",
    "deleted": pnr("010203", "345"),
    "deleted_row": "070-404 40 40",
    "inserted": "076-555 66 77",
    "hidden": pnr("770707", "567"),
    "address": "Storgatan 12",
    "postal": "731 30 Köping",
    "link": "karin.lindqvist@example.se",
    "custom": pnr("660606", "678"),
    "property": pnr("550505", "789"),
}
NAMES = ["Anna Andersson", "Per Berg", PERSON, "Lindqvist", "Andersson"]
PEOPLE_IN_METADATA = ["Bo Bengtsson", "Lisa Lind", "Eva Ek", "Lars Lund", "Lindqvist Konsult AB",
                      "Foto av Karin"]
PLANTED = [*VALUES.values(), *NAMES, *PEOPLE_IN_METADATA]

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:v="urn:schemas-microsoft-com:vml"')


def png(width: int = 120, height: int = 60) -> bytes:
    """A small solid-red PNG, made without an imaging library."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + b"\xcc\x22\x22" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def _element(xml: str):
    return parse_xml(re.sub(r"^<([\w:]+)", rf"<\1 {NS}", xml, count=1))


def everywhere_docx(path: Path) -> None:
    """A SIP with personal data in every place a .docx can hold it."""
    document = docx.Document()
    core = document.core_properties
    core.author, core.last_modified_by = "Eva Ek", "Lars Lund"
    core.title, core.subject = f"SIP för {PERSON}", VALUES["property"]
    section = document.sections[0]
    section.header.paragraphs[0].text = f"SIP för {PERSON}, {VALUES['header']}"
    section.footer.paragraphs[0].text = f"K.L., mobil {VALUES['footer']}"
    document.add_heading("Samordnad individuell plan", level=1)
    planowner = document.add_paragraph("Planen tillhör: ")
    planowner._p.append(_element(
        f'<w:sdt><w:sdtPr><w:alias w:val="Namn"/></w:sdtPr><w:sdtContent><w:r><w:t>{PERSON}'
        "</w:t></w:r></w:sdtContent></w:sdt>"))
    document.element.body.insert(
        len(document.element.body) - 1, _element(
            '<w:sdt><w:sdtPr><w:alias w:val="Personnummer"/></w:sdtPr><w:sdtContent><w:p>'
            f'<w:r><w:t xml:space="preserve">Personnummer: {VALUES["sdt"]}</w:t></w:r></w:p>'
            "</w:sdtContent></w:sdt>"))
    document.add_heading("Syfte", level=1)
    document.add_paragraph(
        f"Karin behöver stöd för att gå i skolan. Karins mamma vill att KL får hjälp. "
        f"Karin bor på {VALUES['address']}, {VALUES['postal']}, pnr {VALUES['body']}.")
    document.add_heading("Deltagare", level=1)
    table = document.add_table(rows=3, cols=4)
    for row, values in enumerate([("Namn", "Roll", "Telefon", "E-post"),
                                  ("", "Mamma", VALUES["table"], VALUES["table_email"]),
                                  ("Per Berg", "Kurator, elevhälsan", "", "")]):
        for column, value in enumerate(values):
            table.cell(row, column).text = value
    removed = table.add_row()  # a row deleted with tracked changes on
    removed.cells[0].text, removed.cells[2].text = "Bo Bengtsson", VALUES["deleted_row"]
    removed._tr.get_or_add_trPr().append(_element(
        '<w:del w:id="904" w:author="Lisa Lind" w:date="2024-05-01T10:00:00Z"/>'))
    split = table.cell(1, 0).paragraphs[0]
    split.add_run("Anna Anders")
    split.add_run("son").bold = True
    paragraph = document.add_paragraph("Kontakt: ")
    paragraph._p.append(_textbox(f"Skolsköterska Per Berg, tel {VALUES['textbox']}"))
    commented = document.add_paragraph("Uppföljning sker i maj.")
    document.add_comment(commented.runs, text=f"Ring Bo på {VALUES['comment']}",
                         author="Bo Bengtsson", initials="BB")
    changed = document.add_paragraph("Mamma nås på ")
    changed._p.append(_element(
        f'<w:ins w:id="901" w:author="Lisa Lind" w:date="2024-05-01T10:00:00Z"><w:r><w:t>'
        f'{VALUES["inserted"]}</w:t></w:r></w:ins>'))
    changed._p.append(_element(
        f'<w:del w:id="902" w:author="Lisa Lind" w:date="2024-05-01T10:00:00Z"><w:r>'
        f'<w:delText xml:space="preserve"> (tidigare {VALUES["deleted"]})</w:delText></w:r>'
        "</w:del>"))
    joined = document.add_paragraph("Denna rad slogs ihop med nästa")
    joined._p.get_or_add_pPr().append(_element(
        '<w:rPr><w:del w:id="903" w:author="Lisa Lind" w:date="2024-05-01T10:00:00Z"/>'
        "</w:rPr>"))
    document.add_paragraph(" av handläggaren.")
    hidden = document.add_paragraph("Dold text: ")
    hidden.add_run(VALUES["hidden"]).font.hidden = True
    linked = document.add_paragraph("E-post: ")
    rel = document.part.relate_to(f"mailto:{VALUES['link']}", RT.HYPERLINK, is_external=True)
    linked._p.append(_element(f'<w:hyperlink r:id="{rel}"><w:r><w:t>Skicka e-post</w:t></w:r>'
                              "</w:hyperlink>"))
    document.add_picture(io.BytesIO(png()))
    document.inline_shapes[0]._inline.docPr.set("descr", f"Foto av {PERSON}")
    buffer = io.BytesIO()
    document.save(buffer)
    path.write_bytes(_with_parts(buffer.getvalue(), {
        "customXml/item9.xml": f"<sip><pnr>{VALUES['custom']}</pnr><namn>{PERSON}</namn></sip>",
    }, company="Lindqvist Konsult AB"))


def _textbox(text: str):
    """A DrawingML text box with its VML fallback, as Word writes one."""
    body = f"<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>"
    return _element(
        "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing>"
        '<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" '
        'relativeHeight="2" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0'
        '</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0'
        '</wp:posOffset></wp:positionV><wp:extent cx="3600000" cy="500000"/><wp:wrapTopAndBottom/>'
        '<wp:docPr id="77" name="Textruta 1"/><a:graphic><a:graphicData '
        'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
        '<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="3600000" '
        'cy="500000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        '<a:ln w="6350"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>'
        f"<wps:txbx>{body}</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic>"
        "</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>"
        '<v:shape style="width:283pt;height:39pt"><v:textbox>'
        f"{body}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>")


def _with_parts(data: bytes, parts: dict[str, str], company: str | None = None) -> bytes:
    """A .docx with more parts (custom XML) and a company in its extended properties."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "docProps/app.xml" and company:
                content = content.replace(b"</Properties>",
                                          f"<Company>{company}</Company></Properties>".encode())
            if info.filename == "word/_rels/document.xml.rels":
                content = content.replace(b"</Relationships>", b"".join(
                    f'<Relationship Id="rIdPlanted{n}" Type="http://schemas.openxmlformats.org/'
                    f'officeDocument/2006/relationships/customXml" Target="../{name}"/>'.encode()
                    for n, name in enumerate(parts)) + b"</Relationships>")
            copy.writestr(info, content)
        for name, text in parts.items():
            copy.writestr(name, text)
    return out.getvalue()


def plant_outside(source: Path, target: Path, number: int) -> list[str]:
    """`source` copied to `target` with personal data where no criterion looks (header,
    footer, properties, a comment, a tracked deletion); returns the planted values."""
    header, footer = pnr("850314", f"{number:03d}"), f"070-{number:03d} 11 22"
    deleted = pnr("920202", f"{number:03d}")
    document = docx.Document(str(source))
    document.core_properties.author = "Eva Ek"
    document.core_properties.title = f"SIP {header}"
    section = document.sections[0]
    section.header.add_paragraph(f"Personnummer {header}")
    section.footer.add_paragraph(f"Handläggare nås på {footer}")
    paragraph = next(p for p in document.paragraphs if p.runs)
    document.add_comment(paragraph.runs, text=f"Ring {footer}", author="Bo Bengtsson")
    paragraph._p.append(_element(
        f'<w:del w:id="990" w:author="Lisa Lind" w:date="2024-05-01T10:00:00Z"><w:r>'
        f"<w:delText>{deleted}</w:delText></w:r></w:del>"))
    document.save(str(target))
    return [header, footer, deleted, "Eva Ek", "Bo Bengtsson", "Lisa Lind"]


def planted_pdf(path: Path) -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=16)
    pdf.cell(0, 10, "Samordnad individuell plan", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=11)
    for line in (f"Planen tillhör: {PERSON}, {pnr('030303', '111')}",
                 "Syfte: Karin behöver stöd för att klara skolan.",
                 "Huvudansvarig:", "Per Berg, kurator, tel 021-12 34 56",
                 "Uppföljning: 2024-05-14"):
        pdf.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


PDF_PLANTED = [PERSON, pnr("030303", "111"), "Per Berg", "021-12 34 56", "Lindqvist"]

TEXT_PLAN = (
    "SAMORDNAD INDIVIDUELL PLAN\n\nPlanen tillhör: Karin Lindqvist\nPersonnummer: {pnr}\n\n"
    "SYFTE\nKarin behöver stöd. Karins pappa ringer på 0701234567.\n\n"
    "DELTAGARE\nPer Berg, kurator\nAnna Andersson, mamma, anna@example.se\n")
TEXT_PLANTED = [PERSON, pnr("040404", "222"), "0701234567", "Per Berg", "Anna Andersson",
                "anna@example.se", "Lindqvist", "Karins"]


def text_plan() -> str:
    return TEXT_PLAN.format(pnr=pnr("040404", "222"))


MARKDOWN_PLAN = (
    "# Samordnad individuell plan\n\n| Namn | Roll |\n|---|---|\n| Anna Andersson | mamma |\n"
    "| Karin Lindqvist | den enskilde |\n\n## Syfte\n\nKarin (K.L.) behöver stöd. "
    "Mejla **anna@example.se** eller ring 08-123 456 78.\n")
MARKDOWN_PLANTED = [PERSON, "Anna Andersson", "anna@example.se", "08-123 456 78", "K.L.",
                    "Lindqvist", "Andersson"]
