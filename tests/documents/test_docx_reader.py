"""The .docx reader, on documents built here with python-docx plus raw OOXML."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml

from sipcheck.documents import read_document
from sipcheck.documents.docx_reader import MAX_COMPRESSION_RATIO, read_docx
from sipcheck.documents.model import BlockKind, Location, Status

NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "w14": "http://schemas.microsoft.com/office/word/2010/wordml",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "v": "urn:schemas-microsoft-com:vml",
}
DECLS = " ".join(f'xmlns:{prefix}="{uri}"' for prefix, uri in NS.items())
PLACEHOLDER = "Klicka eller tryck här för att ange text."


def xml(fragment: str):
    """Raw OOXML elements (any number) parsed with the namespaces above."""
    return list(parse_xml(f"<w:wrap {DECLS}>{fragment}</w:wrap>"))


def add_body(doc, fragment: str) -> None:
    """Append raw block-level content to the body, before its final w:sectPr."""
    anchor = doc.element.body.sectPr
    for el in xml(fragment):
        anchor.addprevious(el)


def add_inline(paragraph, fragment: str) -> None:
    for el in xml(fragment):
        paragraph._p.append(el)


def p(text: str) -> str:
    return f"<w:p><w:r><w:t xml:space='preserve'>{text}</w:t></w:r></w:p>"


def tc(text: str, props: str = "") -> str:
    return f"<w:tc><w:tcPr>{props}</w:tcPr>{p(text) if text else '<w:p/>'}</w:tc>"


def sdt(content: str, props: str = "") -> str:
    return f"<w:sdt><w:sdtPr>{props}</w:sdtPr><w:sdtContent>{content}</w:sdtContent></w:sdt>"


def read(doc, tmp_path, name: str = "plan.docx"):
    path = tmp_path / name
    doc.save(path)
    return read_docx(path)


def texts(document, kind=None) -> list[str]:
    return [b.text for b in document.blocks if kind is None or b.kind is kind]


def body(document):
    return [b for b in document.blocks if b.location.part is None]


# --- paragraphs: headings, bold, lists, text normalisation -------------------------------

def test_heading_styles_give_kind_level_and_style(tmp_path):
    doc = docx.Document()
    doc.add_heading("Samordnad individuell plan", 0)  # Title
    doc.add_heading("Syfte", 1)
    doc.add_paragraph("Vi vill samordna insatserna.")
    custom = doc.styles.add_style("Min rubrik", WD_STYLE_TYPE.PARAGRAPH)
    custom.base_style = doc.styles["Heading 2"]
    doc.add_paragraph("Mina mål", style="Min rubrik")
    doc.styles.element.append(xml(
        "<w:style w:type='paragraph' w:styleId='Rubrik1'><w:name w:val='Rubrik 1'/></w:style>")[0])
    add_body(doc, "<w:p><w:pPr><w:pStyle w:val='Rubrik1'/></w:pPr>"
                  "<w:r><w:t>Insatser</w:t></w:r></w:p>")
    add_body(doc, "<w:p><w:pPr><w:outlineLvl w:val='2'/></w:pPr>"
                  "<w:r><w:t>Uppföljning</w:t></w:r></w:p>")
    add_body(doc, "<w:p><w:pPr><w:pStyle w:val='Rubrik2'/></w:pPr>"  # not in styles.xml
                  "<w:r><w:t>Underskrifter</w:t></w:r></w:p>")
    result = read(doc, tmp_path)

    assert result.status is Status.OK
    got = [(b.kind, b.text, b.level, b.style, b.location.paragraph) for b in result.blocks]
    assert got == [
        (BlockKind.HEADING, "Samordnad individuell plan", 1, "Title", 1),
        (BlockKind.HEADING, "Syfte", 1, "Heading 1", 2),
        (BlockKind.PARAGRAPH, "Vi vill samordna insatserna.", None, "Normal", 3),
        (BlockKind.HEADING, "Mina mål", 2, "Min rubrik", 4),
        (BlockKind.HEADING, "Insatser", 1, "Rubrik 1", 5),
        (BlockKind.HEADING, "Uppföljning", 3, "Normal", 6),
        (BlockKind.HEADING, "Underskrifter", 2, "Rubrik2", 7),
    ]


def test_bold_short_paragraphs_via_run_style_and_character_style(tmp_path):
    doc = docx.Document()
    doc.add_paragraph().add_run("Bakgrund").bold = True
    label = doc.styles.add_style("Etikett", WD_STYLE_TYPE.PARAGRAPH)
    label.font.bold = True
    doc.add_paragraph("Huvudansvarig", style="Etikett")
    strong = doc.styles.add_style("Stark", WD_STYLE_TYPE.CHARACTER)
    strong.font.bold = True
    doc.add_paragraph().add_run("Nästa möte", style="Stark")
    mixed = doc.add_paragraph()
    mixed.add_run("Namn: ").bold = True
    mixed.add_run("Anna")
    doc.add_paragraph("Ej fet", style="Etikett").runs[0].bold = False
    spaced = doc.add_paragraph()
    spaced.add_run("Behov").bold = True
    spaced.add_run("   ")  # whitespace runs do not count
    result = read(doc, tmp_path)

    assert [(b.text, b.bold) for b in result.blocks] == [
        ("Bakgrund", True), ("Huvudansvarig", True), ("Nästa möte", True),
        ("Namn: Anna", False), ("Ej fet", False), ("Behov", True)]


def test_a_paragraph_typed_all_in_italics_is_italic(tmp_path):
    doc = docx.Document()
    hint = doc.add_paragraph().add_run("Vilka frågor behöver lösas på mötet? Formulera dem.")
    hint.italic = True
    hint.font.color.rgb = docx.shared.RGBColor(0x80, 0x80, 0x80)
    quoted = doc.add_paragraph()
    quoted.add_run("Kim sa: ")
    quoted.add_run("”Jag vill hem.”").italic = True
    both = doc.add_paragraph().add_run("Syfte")
    both.bold = both.italic = True
    result = read(doc, tmp_path)

    assert [(b.text, b.italic, b.bold) for b in result.blocks] == [
        ("Vilka frågor behöver lösas på mötet? Formulera dem.", True, False),
        ("Kim sa: ”Jag vill hem.”", False, False), ("Syfte", True, True)]


def test_list_items_by_numbering_or_list_style(tmp_path):
    doc = docx.Document()
    doc.add_paragraph("Skolan", style="List Bullet")
    add_body(doc, "<w:p><w:pPr><w:numPr><w:ilvl w:val='0'/><w:numId w:val='3'/></w:numPr>"
                  "</w:pPr><w:r><w:t>BUP</w:t></w:r></w:p>")
    doc.add_paragraph("Ingen lista")
    result = read(doc, tmp_path)
    assert [(b.text, b.list_item) for b in result.blocks] == [
        ("Skolan", True), ("BUP", True), ("Ingen lista", False)]


def test_line_breaks_tabs_and_spaces_inside_a_paragraph(tmp_path):
    doc = docx.Document()
    add_body(doc, "<w:p><w:r><w:t xml:space='preserve'>  Namn:\u00a0\u00a0Anna   </w:t>"
                  "<w:tab/><w:t>Andersson</w:t><w:br/><w:t xml:space='preserve'> Tel </w:t>"
                  "<w:cr/><w:t>070</w:t><w:noBreakHyphen/><w:t>123</w:t></w:r></w:p>")
    doc.add_paragraph("")  # empty paragraphs are not emitted
    result = read(doc, tmp_path)
    assert texts(result) == ["Namn: Anna Andersson\nTel\n070-123"]


def test_deleted_hidden_and_field_code_text_is_skipped(tmp_path):
    doc = docx.Document()
    add_body(doc, "<w:p><w:r><w:t xml:space='preserve'>Mötet hålls </w:t></w:r>"
                  "<w:del w:id='1' w:author='x'><w:r><w:delText>inte </w:delText></w:r></w:del>"
                  "<w:ins w:id='2' w:author='x'><w:r><w:t xml:space='preserve'>den 3 maj </w:t>"
                  "</w:r></w:ins>"
                  "<w:r><w:rPr><w:vanish/></w:rPr><w:t>DOLD ANVISNING </w:t></w:r>"
                  "<w:r><w:fldChar w:fldCharType='begin'/></w:r>"
                  "<w:r><w:instrText xml:space='preserve'> DATE \\@ yyyy </w:instrText></w:r>"
                  "<w:r><w:fldChar w:fldCharType='separate'/></w:r>"
                  "<w:r><w:t>2024</w:t></w:r><w:r><w:fldChar w:fldCharType='end'/></w:r></w:p>")
    assert texts(read(doc, tmp_path)) == ["Mötet hålls den 3 maj 2024"]


# --- content controls --------------------------------------------------------------------

def test_body_level_content_control_text_is_read(tmp_path):
    doc = docx.Document()
    doc.add_paragraph("Före")
    add_body(doc, sdt(p("Syfte") + p("Att samordna stödet kring Anna.")))
    doc.add_paragraph("Efter")
    result = read(doc, tmp_path)
    assert [(b.text, b.location) for b in result.blocks] == [
        ("Före", Location(paragraph=1)), ("Syfte", Location(paragraph=2)),
        ("Att samordna stödet kring Anna.", Location(paragraph=3)),
        ("Efter", Location(paragraph=4))]


def test_inline_content_control_inside_a_paragraph(tmp_path):
    doc = docx.Document()
    para = doc.add_paragraph("Namn: ")
    add_inline(para, sdt("<w:r><w:t>Anna Andersson</w:t></w:r>",
                         "<w:alias w:val='Namn'/><w:text/>"))
    add_inline(para, "<w:r><w:t xml:space='preserve'> (brukare)</w:t></w:r>")
    assert texts(read(doc, tmp_path)) == ["Namn: Anna Andersson (brukare)"]


def test_row_level_and_cell_level_content_controls(tmp_path):
    doc = docx.Document()
    row1 = sdt(f"<w:tr>{tc('Delmål')}{tc('Ansvarig')}</w:tr>")
    row2 = f"<w:tr>{tc('Gå i skolan')}{sdt(tc('Skolan'))}</w:tr>"
    add_body(doc, f"<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>{row1}{row2}</w:tbl>")
    table = read(doc, tmp_path).blocks[0]
    assert table.kind is BlockKind.TABLE
    assert [[(c.text, c.location) for c in row] for row in table.rows] == [
        [("Delmål", Location(table=1, row=1, cell=1)),
         ("Ansvarig", Location(table=1, row=1, cell=2))],
        [("Gå i skolan", Location(table=1, row=2, cell=1)),
         ("Skolan", Location(table=1, row=2, cell=2))]]
    assert table.text == "Delmål | Ansvarig\nGå i skolan | Skolan"


def test_content_control_inside_a_cell_wrapping_a_nested_table(tmp_path):
    doc = docx.Document()
    nested = f"<w:tbl><w:tr>{tc('Insats')}{tc('Vem')}</w:tr><w:tr>{tc('Stöd')}{tc('BUP')}</w:tr>" \
             "</w:tbl>"
    cell = f"<w:tc>{p('Planering')}{sdt(nested + p('Slut'))}</w:tc>"
    add_body(doc, f"<w:tbl><w:tr>{cell}</w:tr></w:tbl>")
    outer = read(doc, tmp_path).blocks[0]
    cell = outer.rows[0][0]
    assert cell.text == "Planering\nInsats | Vem\nStöd | BUP\nSlut"
    assert [c.text for c in cell.tables[0].rows[1]] == ["Stöd", "BUP"]
    assert cell.tables[0].rows[1][1].location == Location(table=2, row=2, cell=2)


def test_placeholder_text_of_unfilled_controls_counts_as_empty(tmp_path):
    doc = docx.Document()
    plc = "<w:showingPlcHdr/><w:text/>"
    placeholder_run = (f"<w:r><w:rPr><w:rStyle w:val='PlaceholderText'/></w:rPr>"
                       f"<w:t>{PLACEHOLDER}</w:t></w:r>")
    doc.add_paragraph("Övergripande mål")
    add_body(doc, sdt(p(PLACEHOLDER), plc))
    para = doc.add_paragraph("Datum: ")
    add_inline(para, sdt(placeholder_run, plc))
    add_body(doc, f"<w:tbl><w:tr>{tc('Huvudansvarig')}{sdt(tc(PLACEHOLDER), plc)}</w:tr>"
                  "</w:tbl>")
    result = read(doc, tmp_path)
    assert PLACEHOLDER not in result.text()
    assert texts(result) == ["Övergripande mål", "Datum:", "Huvudansvarig | "]
    assert [c.text for c in result.blocks[2].rows[0]] == ["Huvudansvarig", ""]


# --- checkboxes --------------------------------------------------------------------------

def w14_box(checked: bool, glyph: str | None) -> str:
    shown = f"<w:r><w:rPr><w:rFonts w:ascii='MS Gothic'/></w:rPr><w:t>{glyph}</w:t></w:r>" \
        if glyph else ""
    props = (f"<w14:checkbox><w14:checked w14:val='{int(checked)}'/>"
             "<w14:checkedState w14:val='2612' w14:font='MS Gothic'/>"
             "<w14:uncheckedState w14:val='2610' w14:font='MS Gothic'/></w14:checkbox>")
    return sdt(shown, props)


def legacy_box(checked: str) -> str:
    return ("<w:r><w:fldChar w:fldCharType='begin'><w:ffData><w:name w:val='Check1'/>"
            f"<w:enabled/><w:checkBox><w:sizeAuto/>{checked}</w:checkBox></w:ffData></w:fldChar>"
            "</w:r><w:r><w:instrText xml:space='preserve'> FORMCHECKBOX </w:instrText></w:r>"
            "<w:r><w:fldChar w:fldCharType='end'/></w:r>")


def sym_box(code: str) -> str:
    return f"<w:r><w:sym w:font='Wingdings' w:char='{code}'/></w:r>"


@pytest.mark.parametrize(("fragment", "expected"), [
    (w14_box(True, "☒"), "☒"),
    (w14_box(False, "☐"), "☐"),
    (w14_box(True, None), "☒"),  # no glyph shown: the checked state decides
    (w14_box(False, "\u2612"), "☒"),  # the glyph the reader sees wins
    (legacy_box("<w:default w:val='0'/><w:checked/>"), "☒"),
    (legacy_box("<w:default w:val='1'/>"), "☒"),
    (legacy_box("<w:default w:val='0'/>"), "☐"),
    (sym_box("F0FE"), "☒"), (sym_box("F078"), "☒"),
    (sym_box("F0A8"), "☐"), (sym_box("F06F"), "☐"),
])
def test_checkboxes_read_as_ballot_box_glyphs(tmp_path, fragment, expected):
    doc = docx.Document()
    para = doc.add_paragraph()
    add_inline(para, fragment)
    add_inline(para, "<w:r><w:t xml:space='preserve'> Samtycke finns</w:t></w:r>")
    assert texts(read(doc, tmp_path)) == [f"{expected} Samtycke finns"]


# --- text boxes, headers and footers -----------------------------------------------------

def test_text_box_in_alternate_content_is_read_once_after_its_paragraph(tmp_path):
    box = f"<w:txbxContent>{p('Barnets röst')}{p('Jag vill spela fotboll.')}</w:txbxContent>"
    drawing = (
        "<mc:AlternateContent><mc:Choice Requires='wps'><w:drawing><wp:anchor><wp:docPr id='1' "
        "name='Textruta 1'/><a:graphic><a:graphicData uri='http://schemas.microsoft.com/office/"
        f"word/2010/wordprocessingShape'><wps:wsp><wps:txbx>{box}</wps:txbx></wps:wsp>"
        "</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:shape><v:textbox>{box}</v:textbox></v:shape></w:pict>"
        "</mc:Fallback></mc:AlternateContent>")
    doc = docx.Document()
    para = doc.add_paragraph("Inledning")
    add_inline(para, f"<w:r>{drawing}</w:r>")
    doc.add_paragraph("Nuläge")
    result = read(doc, tmp_path)
    assert [(b.text, b.location) for b in result.blocks] == [
        ("Inledning", Location(paragraph=1)),
        ("Barnets röst", Location(paragraph=1, part="textbox")),
        ("Jag vill spela fotboll.", Location(paragraph=2, part="textbox")),
        ("Nuläge", Location(paragraph=2))]
    assert result.text().count("fotboll") == 1


def test_headers_and_footers_of_all_sections_first_and_deduplicated(tmp_path):
    doc = docx.Document()
    first = doc.sections[0]
    first.different_first_page_header_footer = True
    first.header.paragraphs[0].text = "SIP – Samordnad individuell plan"
    first.first_page_header.paragraphs[0].text = "Sekretess enligt OSL"
    first.footer.paragraphs[0].text = "Region Exempel"
    doc.add_paragraph("Syfte")
    second = doc.add_section()
    second.header.is_linked_to_previous = False
    second.header.paragraphs[0].text = "SIP – Samordnad individuell plan"  # same text again
    doc.add_paragraph("Underskrifter")
    result = read(doc, tmp_path)
    assert [(b.text, b.location.describe()) for b in result.blocks] == [
        ("SIP – Samordnad individuell plan", "sidhuvud, stycke 1"),
        ("Sekretess enligt OSL", "sidhuvud, stycke 2"),
        ("Syfte", "stycke 1"),
        ("Underskrifter", "stycke 2"),
        ("Region Exempel", "sidfot, stycke 1")]


# --- tables ------------------------------------------------------------------------------

def test_nested_tables_are_numbered_in_document_order(tmp_path):
    doc = docx.Document()
    outer = doc.add_table(rows=1, cols=2)
    outer.cell(0, 0).text = "Planering"
    inner = outer.cell(0, 1).add_table(rows=1, cols=2)
    inner.cell(0, 0).text, inner.cell(0, 1).text = "Delmål", "Insats"
    after = doc.add_table(rows=1, cols=1)
    after.cell(0, 0).text = "Underskrifter"
    result = read(doc, tmp_path)

    first, last = (b for b in result.blocks if b.kind is BlockKind.TABLE)
    cell = first.rows[0][1]
    assert cell.text == "Delmål | Insats"
    assert cell.location.describe() == "tabell 1, rad 1, cell 2"
    nested = cell.tables[0]
    assert nested.location == Location(table=2)
    assert nested.rows[0][1].location == Location(table=2, row=1, cell=2)
    assert last.location == Location(table=3)
    assert last.rows[0][0].location.describe("en") == "table 3, row 1, cell 1"


def test_merged_cells_are_emitted_once_at_their_grid_position(tmp_path):
    doc = docx.Document()
    table = doc.add_table(rows=3, cols=3)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "Kontaktuppgifter"  # gridSpan
    table.cell(0, 2).text = "Deltog"
    table.cell(1, 0).merge(table.cell(2, 0)).text = "Skolan"  # vMerge
    for row, col, text in ((1, 1, "Rektor"), (1, 2, "☒"), (2, 1, "Kurator"), (2, 2, "☐")):
        table.cell(row, col).text = text
    result = read(doc, tmp_path)
    rows = result.blocks[0].rows
    assert [[(c.text, c.location.cell) for c in row] for row in rows] == [
        [("Kontaktuppgifter", 1), ("Deltog", 3)],
        [("Skolan", 1), ("Rektor", 2), ("☒", 3)],
        [("Kurator", 2), ("☐", 3)]]
    assert result.text().count("Skolan") == 1
    assert [[c.down for c in row] for row in rows] == [[0, 0], [1, 0, 0], [0, 0]]


def test_a_cell_merged_down_knows_how_many_rows_it_spans(tmp_path):
    doc = docx.Document()
    table = doc.add_table(rows=4, cols=3)
    for col, text in enumerate(("Verksamhet", "Insats", "När")):
        table.cell(0, col).text = text
    table.cell(1, 0).merge(table.cell(3, 0)).text = "Fritids, Västra skolan"
    for row in (1, 2, 3):
        table.cell(row, 1).text = f"Insats {row}"
        table.cell(row, 2).text = f"Vecka {row + 40}"
    (block,) = read(doc, tmp_path).blocks
    assert [c.down for c in block.rows[1]] == [2, 0, 0]
    assert [len(row) for row in block.rows] == [3, 3, 2, 2]  # the text stands once


# --- files that cannot be read -----------------------------------------------------------

OLE2 = bytes.fromhex("D0CF11E0A1B11AE1")


@pytest.mark.parametrize(("content", "status", "words"), [
    (b"Det h\xe4r \xe4r ingen Word-fil.\n", Status.UNREADABLE, "skadad eller inte en riktig"),
    (bytes(range(256)) * 8, Status.UNREADABLE, "exportera/spara"),
    (b"PK\x03\x04" + b"\x00" * 200, Status.UNREADABLE, "skadad"),
    (OLE2 + b"\x00" * 512 + b"EncryptedPackage" + b"\x00" * 512, Status.UNREADABLE,
     "lösenordsskyddad: ta bort lösenordet i Word och spara på nytt"),
    (OLE2 + b"\x00" * 512 + "EncryptedPackage".encode("utf-16-le"), Status.UNREADABLE,
     "lösenordsskyddad"),
    (OLE2 + b"\x00" * 512 + "WordDocument".encode("utf-16-le"), Status.UNSUPPORTED,
     "spara som .docx"),
])
def test_files_that_are_not_docx_get_a_status_and_advice(tmp_path, content, status, words):
    path = tmp_path / "plan.docx"
    path.write_bytes(content)
    result = read_docx(path)
    assert (result.status, result.format, result.blocks) == (status, "docx", [])
    assert words in result.message
    assert result.message_en


def test_zip_without_a_document_part_is_reported_as_damaged(tmp_path):
    path = tmp_path / "plan.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
    result = read_docx(path)
    assert result.status is Status.UNREADABLE
    assert "skadad eller inte en riktig .docx-fil" in result.message


def test_document_with_only_an_empty_paragraph_has_no_text(tmp_path):
    doc = docx.Document()
    doc.add_paragraph("")
    result = read(doc, tmp_path)
    assert result.status is Status.NO_TEXT
    assert "innehåller ingen text, kanske bara inklistrade bilder eller en skanning" \
        in result.message


def test_zip_bomb_is_refused_before_it_is_unpacked(tmp_path):
    doc = docx.Document()
    doc.add_paragraph("Syfte")
    normal = tmp_path / "normal.docx"
    doc.save(normal)
    bomb = tmp_path / "bomb.docx"
    padding = b" " * (8 * 1024 * 1024)
    with zipfile.ZipFile(normal) as src, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "word/document.xml":
                data = data.replace(b"<w:body>", b"<w:body>" + padding, 1)
            dst.writestr(item.filename, data)
    info = zipfile.ZipFile(bomb).getinfo("word/document.xml")
    assert info.file_size / info.compress_size > MAX_COMPRESSION_RATIO
    assert bomb.stat().st_size < 100_000
    result = read_docx(bomb)
    assert result.status is Status.UNREADABLE
    assert "säkerhetsskäl" in result.message
    assert read_docx(normal).ok


def test_dispatcher_reads_docx_through_this_reader(tmp_path):
    doc = docx.Document()
    doc.add_heading("Planerad uppföljning", 1)
    buffer = io.BytesIO()
    doc.save(buffer)
    path = tmp_path / "Plan.DOCX"
    path.write_bytes(buffer.getvalue())
    result = read_document(path)
    assert result.ok
    assert result.blocks[0].kind is BlockKind.HEADING
    assert result.blocks[0].text == "Planerad uppföljning"


def _sectioned(tmp_path, parts: list[tuple[str, str]], title: str = "SIP – Erik, 40 år"):
    """A plan with every part in a section of its own, named only in the page header."""
    made = docx.Document()
    for number, (name, text) in enumerate(parts):
        section = made.sections[0] if number == 0 else made.add_section()
        section.header.is_linked_to_previous = False
        header = section.header
        header.paragraphs[0].text = title
        if name:
            header.add_paragraph(name)
        made.add_paragraph(text)
    path = tmp_path / "plan.docx"
    made.save(path)
    return read_docx(path)


def test_a_part_named_only_in_its_sections_page_header_gets_that_heading(tmp_path):
    doc = _sectioned(tmp_path, [
        ("Del 1 – Bakgrund och syfte", "Erik behöver ett eget boende och stöd i vardagen."),
        ("Del 3 – Insatser", "Omid, case manager, träffar Erik varje tisdag från 2025-05-06.")])
    body = [(b.kind, b.text) for b in doc.blocks if b.location.part != "header"]
    assert body == [
        (BlockKind.HEADING, "Del 1 – Bakgrund och syfte"),
        (BlockKind.PARAGRAPH, "Erik behöver ett eget boende och stöd i vardagen."),
        (BlockKind.HEADING, "Del 3 – Insatser"),
        (BlockKind.PARAGRAPH, "Omid, case manager, träffar Erik varje tisdag från 2025-05-06.")]
    heading = next(b for b in doc.blocks if b.text == "Del 3 – Insatser"
                   and b.kind is BlockKind.HEADING)
    assert heading.location.describe() == "sidhuvud för delen"


def test_a_header_every_section_shares_names_no_part(tmp_path):
    # a landscape section for the measures keeps the plan's title in its header
    doc = _sectioned(tmp_path, [("", "Erik behöver ett eget boende."),
                                ("", "Omid träffar Erik varje tisdag.")])
    assert not any(b.kind is BlockKind.HEADING for b in doc.blocks)
