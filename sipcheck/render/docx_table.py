"""A `Grid` as a Word table whose columns are as wide as their content needs.

Every column gets at least its longest word and at most its longest line
(`column_widths.fit`) within the text width of an A4 page. A table whose words do not fit
side by side is set half a point or a point smaller, then on a landscape page of its own,
so a word is never broken over two lines. Numbers never wrap at all.

Text is measured with DejaVu Sans, the font matplotlib ships (so it is always there),
while the document prints in Arial (Liberation Sans in LibreOffice, the same widths):
DejaVu Sans is the wider of the two, so a column wide enough for it is wide enough for
the page. The header row repeats on every page and a row is never split between pages.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from sipcheck.render.column_widths import fit, lines_of, spread, words_of
from sipcheck.render.grid import Grid

FONT_PT = 8.5
SMALLEST_PT = 6.5
# Word's and LibreOffice's default cell margins (0.19 cm each side), and a little more.
PADDING_PT = 2 * 5.4 + 2.0
PORTRAIT_PT = 16.0 / 2.54 * 72  # A4 with 2.5 cm margins
LANDSCAPE_PT = 24.7 / 2.54 * 72
# What a table tries, in order: a page turned for one table is a bigger change for the
# reader than print half a point smaller.
TRIES = [("portrait", 8.5), ("portrait", 8.0), ("portrait", 7.5),
         *(("landscape", size / 2) for size in range(17, 12, -1))]
PAGE = {"portrait": (21.0, 29.7), "landscape": (29.7, 21.0)}  # cm


@lru_cache(maxsize=2)
def _font(bold: bool):
    from matplotlib import get_data_path
    from matplotlib.ft2font import FT2Font

    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return FT2Font(str(Path(get_data_path()) / "fonts" / "ttf" / name))


@lru_cache(maxsize=4096)
def _advance(char: str, bold: bool) -> float:
    """The advance of one character at 1 pt, in points."""
    from matplotlib.ft2font import LoadFlags

    font = _font(bold)
    font.set_size(100, 72)
    return font.load_char(ord(char), flags=LoadFlags.NO_HINTING).linearHoriAdvance / 65536 / 100


def text_width(text: str, size: float, bold: bool = False) -> float:
    """How wide `text` prints on one line at `size` points, in points."""
    return size * sum(_advance(char, bold) for char in text)


def _extent(grid: Grid, column: int, size: float) -> tuple[float, float]:
    """(least, most) points the column needs: its longest word (a number's whole line),
    its longest line; the header in bold, and the first column, which is bold too."""
    cells = [(grid.headers[column], True)]
    cells += [(row[column], column == 0) for row in grid.rows]
    least = most = 0.0
    for text, bold in cells:
        for line in lines_of(text):
            whole = text_width(line, size, bold)
            most = max(most, whole)
            unbroken = grid.numeric[column] and not bold  # a figure stays on one line
            pieces = [line] if unbroken else words_of(line)
            least = max([least, *(text_width(word, size, bold) for word in pieces)])
    return least + PADDING_PT, most + PADDING_PT


def layout(grid: Grid) -> tuple[str, float, list[float]]:
    """(orientation, font size, column widths in points): the first of portrait at the
    normal size or a little smaller, then landscape, smaller only when it must be, in
    which every column's longest word fits."""
    columns = range(len(grid.headers))
    least: tuple[float, ...] = ()
    for orientation, size in TRIES:
        room = PORTRAIT_PT if orientation == "portrait" else LANDSCAPE_PT
        least, most = zip(*(_extent(grid, c, size) for c in columns), strict=True)
        widths = fit(list(least), list(most), room)
        if widths is not None:
            return orientation, size, spread(widths, room)
    # Nothing fits: share the page in proportion to what each column needs.
    return "landscape", SMALLEST_PT, [w * LANDSCAPE_PT / sum(least) for w in least]


def add_grid(document, grid: Grid) -> None:
    """The grid under a heading, with its note in small italics below."""
    from docx.shared import Pt

    orientation, size, widths = layout(grid)
    turn(document, orientation)
    document.add_heading(grid.title, level=2)
    _table(document, grid, size, widths)
    if grid.note:
        paragraph = document.add_paragraph()
        run = paragraph.add_run(grid.note)
        run.italic = True
        run.font.size = Pt(FONT_PT)
    else:
        document.add_paragraph()


def turn(document, orientation: str = "portrait") -> None:
    """Goes on on a new page in `orientation` unless the page is already that way round:
    a report calls it with "portrait" before text that follows its tables."""
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.shared import Cm

    current = document.sections[-1]
    if (current.page_width > current.page_height) == (orientation == "landscape"):
        return
    section = document.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE if orientation == "landscape" else \
        WD_ORIENT.PORTRAIT
    width, height = PAGE[orientation]
    section.page_width, section.page_height = Cm(width), Cm(height)


def _table(document, grid: Grid, size: float, widths: list[float]) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    table = document.add_table(rows=1, cols=len(grid.headers))
    table.style = "Table Grid"
    table.autofit = False
    layout_fixed = OxmlElement("w:tblLayout")  # the widths as given, not re-guessed
    layout_fixed.set(qn("w:type"), "fixed")
    table._tbl.tblPr.append(layout_fixed)
    header = table.rows[0]
    marker = OxmlElement("w:tblHeader")  # repeat the header row on every page
    marker.set(qn("w:val"), "true")
    header._tr.get_or_add_trPr().append(marker)
    for cell, text, right in zip(header.cells, grid.headers, grid.numeric, strict=True):
        _cell(cell, text, right, size, bold=True)
        shading = OxmlElement("w:shd")
        shading.set(qn("w:val"), "clear")
        shading.set(qn("w:fill"), "E8EEF4")
        cell._tc.get_or_add_tcPr().append(shading)
    for row in grid.rows:
        added = table.add_row()
        added._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))  # keep a row whole
        for index, (cell, text) in enumerate(zip(added.cells, row, strict=True)):
            _cell(cell, text, grid.numeric[index], size, bold=index == 0)
    for column, grid_column, width in zip(table.columns, table._tbl.tblGrid.gridCol_lst,
                                          widths, strict=True):
        grid_column.w = Pt(width)  # LibreOffice reads the grid, Word the cells
        for cell in column.cells:
            cell.width = Pt(width)


def _cell(cell, text: str, right: bool, size: float, bold: bool = False) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    paragraph = cell.paragraphs[0]
    if right:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for index, line in enumerate(lines_of(text)):
        if index:
            paragraph.add_run().add_break()  # a line break inside the cell
        run = paragraph.add_run(line)
        run.font.size = Pt(size)
        run.bold = bold
