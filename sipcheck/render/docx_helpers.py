"""The Word document every report starts from, in one house style: A4 with margins, the
font size, document properties, "Sida N" in the footer, tables with a repeating header row
that span the text width, and figures with captions. python-docx is imported on first use.
"""

from __future__ import annotations

import io

from sipcheck.render.grid import Grid
from sipcheck.text.words import DOCUMENT, words

TEXT_WIDTH_CM = 16.0


MAX_HEIGHT_CM = 23.0


def new_document(title: str, lang: str):
    from docx import Document
    from docx.shared import Cm, Pt

    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin, section.bottom_margin = Cm(2.0), Cm(2.0)
    document.styles["Normal"].font.size = Pt(10.5)
    properties = document.core_properties
    properties.title = title
    properties.author = "sipcheck"
    properties.language = "en-GB" if lang == "en" else "sv-SE"
    _footer(section, words(DOCUMENT, lang))
    return document


def _footer(section, w: dict) -> None:
    """'Sida N' centred in the footer, N a PAGE field."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    paragraph = section.footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.add_run(f"{w['page']} ")
    _field(paragraph, "PAGE", "1")


def _field(paragraph, instruction: str, placeholder: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def char(kind: str):
        run = paragraph.add_run()
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        run._r.append(element)

    char("begin")
    run = paragraph.add_run()
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = f" {instruction} "
    run._r.append(text)
    char("separate")
    paragraph.add_run(placeholder)
    char("end")


def add_chart(document, chart, caption: str, number: int, lang: str) -> None:
    from docx.shared import Cm, Pt

    width = TEXT_WIDTH_CM
    if chart.height / chart.width * width > MAX_HEIGHT_CM:
        picture = {"height": Cm(MAX_HEIGHT_CM)}
    else:
        picture = {"width": Cm(width)}
    document.add_picture(io.BytesIO(chart.data), **picture)
    paragraph = document.add_paragraph()
    run = paragraph.add_run(f"{words(DOCUMENT, lang)['caption']} {number}. {caption}")
    run.italic = True
    run.font.size = Pt(9)


def _widths(grid: Grid) -> list[float]:
    """Column widths (cm) filling the text width: numbers get room for their longest line
    and longest header word, so none is split; the first column (criterion, round, unit),
    which may wrap, gets the rest."""
    def longest(index: int) -> int:
        lines = [line for row in grid.rows for line in row[index].split("\n")]
        header = grid.headers[index].split()
        return max([len(line) for line in lines] + [len(word) for word in header] + [3])

    widths = [0.0] + [0.19 * longest(i) + 0.45 for i in range(1, len(grid.headers))]
    first = max(TEXT_WIDTH_CM - sum(widths), 3.0, 0.0)
    widths[0] = min(first, 0.2 * longest(0) + 0.45)
    spare = TEXT_WIDTH_CM - sum(widths)
    if spare > 0:  # share what is left, so the table spans the text width
        widths = [width + spare / len(widths) for width in widths]
    else:
        widths = [width * TEXT_WIDTH_CM / sum(widths) for width in widths]
    return widths


def add_grid(document, grid: Grid) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    document.add_heading(grid.title, level=2)
    table = document.add_table(rows=1, cols=len(grid.headers))
    table.style = "Table Grid"
    header = table.rows[0]
    marker = OxmlElement("w:tblHeader")  # repeat the header row on every page
    marker.set(qn("w:val"), "true")
    header._tr.get_or_add_trPr().append(marker)
    for cell, text, right in zip(header.cells, grid.headers, grid.numeric, strict=True):
        _cell(cell, text, right, bold=True)
        shading = OxmlElement("w:shd")
        shading.set(qn("w:val"), "clear")
        shading.set(qn("w:fill"), "E8EEF4")
        cell._tc.get_or_add_tcPr().append(shading)
    for row in grid.rows:
        added = table.add_row()
        added._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))  # keep a row whole
        cells = added.cells
        for index, (cell, text) in enumerate(zip(cells, row, strict=True)):
            _cell(cell, text, grid.numeric[index], bold=index == 0)
    table.autofit = False
    for column, grid_column, width in zip(table.columns, table._tbl.tblGrid.gridCol_lst,
                                          _widths(grid), strict=True):
        grid_column.w = Cm(width)  # LibreOffice reads the grid, Word the cells
        for cell in column.cells:
            cell.width = Cm(width)
    if grid.note:
        paragraph = document.add_paragraph()
        run = paragraph.add_run(grid.note)
        run.italic = True
        run.font.size = Pt(8.5)
    else:
        document.add_paragraph()


def _cell(cell, text: str, right: bool, bold: bool = False) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    paragraph = cell.paragraphs[0]
    if right:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for index, line in enumerate(text.split("\n")):
        if index:
            paragraph.add_run().add_break()  # a line break inside the cell
        run = paragraph.add_run(line)
        run.font.size = Pt(8.5)
        run.bold = bold


def docx_bytes(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
