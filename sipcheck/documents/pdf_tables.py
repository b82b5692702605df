"""PDF tables, both kinds: ruled (drawn with lines) and unruled (columns set with tabs or
absolute positions), and their place among the page's lines.

Tables have the most rules of their own and are the only part that needs pdfplumber, so
they live apart from the file handling in `pdf_reader` and the text flow in `pdf_layout`.

Ruled tables: a cheap look at pdfium's path objects decides whether a page draws lines at
all; only then is pdfplumber's table finder asked, and only for the grid: given the
page's edges as pdfplumber would see them (`pdf_paths`, read from pdfium's path objects,
so pdfminer never runs), its "lines" strategy gives the cell boxes, and the cells are
filled with pdfium's characters, so every word is read by one engine and normalised one
way.

Unruled tables are found from the lines themselves: consecutive lines that split into
chunks at wide gaps, with chunks that line up in the same columns. We do not use
pdfplumber's "text" strategy for these: on typical plan layouts it invents empty rows
between lines and cuts off words that stick out of the column it guessed ("08-123 45"
became "08-123"), and losing words is worse for a review than missing structure.

Text inside a table is taken out of the paragraphs, so nothing is read twice, and each
table is placed among the paragraphs at its vertical position.
"""

from __future__ import annotations

import ctypes

import pypdfium2.raw as pdfium_c

from sipcheck.documents.pdf_layout import SPACE, Char, Chunk, Line, Table, join_lines

MAX_PATHS = 5000  # path objects looked at per page when deciding whether to find tables


_Box = tuple[float, float, float, float]  # left, right, bottom, top


def page_paths(page_raw) -> tuple[bool, list[_Box], list[_Box]]:
    """One cheap walk over a page's path objects: whether it draws lines or boxes a table
    could be made of, so that the table finder only runs where it can find something; the
    small empty squares it draws (left, right, bottom, top), the checkboxes of a form
    program ("□ Muntligt □ Skriftligt", see `drawn_boxes`); and the small strokes of one
    or two segments in a square's place, the lines of a cross or a tick drawn in a box."""
    horizontal = vertical = boxes = 0
    ruled = False
    squares: list[_Box] = []
    marks: list[_Box] = []
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    fill_mode, stroke = ctypes.c_int(), ctypes.c_int()
    stack = [(page_raw, pdfium_c.FPDFPage_CountObjects(page_raw), pdfium_c.FPDFPage_GetObject)]
    seen = 0
    while stack:
        parent, n, get = stack.pop()
        for i in range(n):
            obj = get(parent, i)
            kind = pdfium_c.FPDFPageObj_GetType(obj)
            if kind == pdfium_c.FPDF_PAGEOBJ_FORM:
                stack.append((obj, pdfium_c.FPDFFormObj_CountObjects(obj),
                              pdfium_c.FPDFFormObj_GetObject))
                continue
            if kind != pdfium_c.FPDF_PAGEOBJ_PATH:
                continue
            seen += 1
            if seen > MAX_PATHS:
                return ruled, [], []  # a drawing or a chart: the finder would take seconds
            pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top)
            width, height = right.value - left.value, top.value - bottom.value
            if width >= 10 and height < 3:
                horizontal += 1
            elif height >= 10 and width < 3:
                vertical += 1
            elif width >= 10 and height >= 5:
                boxes += 1
            ruled = ruled or boxes >= 2 or bool(boxes and horizontal + vertical) or (
                horizontal >= 2 and vertical >= 2)
            if BOX_SIDE[0] - 2 <= width <= BOX_SIDE[1] and abs(width - height) <= 1.5:
                pdfium_c.FPDFPath_GetDrawMode(obj, fill_mode, stroke)
                if stroke.value and not fill_mode.value:  # a filled one is a bullet
                    box = (left.value, right.value, bottom.value, top.value)
                    if pdfium_c.FPDFPath_CountSegments(obj) <= MARK_SEGMENTS:
                        marks.append(box)  # a stroke of a cross or a tick, no box
                    elif width >= BOX_SIDE[0]:
                        squares.append(box)
    return ruled, squares, marks


PAGE_SHARE = 0.9  # a cell this wide and tall a share of the page is its background
BOX_SIDE = (5.0, 14.0)  # points: the sides of a checkbox drawn as a small square
MARK_SEGMENTS = 3  # a stroke of a cross (a line: two) or a tick (three points)
_TICKS = frozenset("xX✓✔✗✘")


def drawn_boxes(squares: list[_Box], runs: list[list[Char | None]],
                marks: list[_Box] = ()) -> list[list[Char | None]]:
    """Checkboxes a form program drew as small empty squares beside its options
    (`page_paths`), as runs of one character each: "☐", or "☒" where a tick or a cross
    is written inside (that character becomes the box) or drawn inside (`marks`, the
    strokes of an X). Without them a row of options nobody ticked reads as a list of
    chosen words."""
    boxes: list[list[Char | None]] = []
    inside = [c for run in runs for c in run if c is not SPACE and c.text in _TICKS]
    for left, right, bottom, top in squares:
        tick = next((c for c in inside if left <= (c.x0 + c.x1) / 2 <= right
                     and bottom <= (c.bottom + c.top) / 2 <= top), None)
        if tick is not None:
            tick.text = "☒"
            continue
        drawn = any(left <= (m[0] + m[1]) / 2 <= right and bottom <= (m[2] + m[3]) / 2 <= top
                    for m in marks)
        boxes.append([Char("☒" if drawn else "☐", left, right, bottom, top, top - bottom,
                           False)])
    return boxes


def ruled_grids(edges: list[dict], height: float) -> list[list[list[tuple | None]]]:
    """Cell boxes (x0, x1, bottom, top) of the tables pdfplumber's table finder (its
    default "lines" strategy) finds from the page's ruling lines, read from pdfium's path
    objects (`pdf_paths.page_edges`: the edges and the page's height), converted back to
    pdfium space: pdfplumber measures y downwards from the top of the MediaBox. None marks
    a grid position covered by a merged cell."""
    from pdfplumber.table import TableFinder  # imported on the first page with rules

    if not edges:
        return []
    grids = []
    try:
        tables = TableFinder(_Edges(edges)).tables
    except Exception:  # noqa: BLE001 - lines the finder cannot make sense of: keep the text
        return []
    width = max(edge["x1"] for edge in edges)
    for table in tables:
        grid = [[None if cell is None else
                 (cell[0], cell[2], height - cell[3], height - cell[1])
                 for cell in row.cells] for row in table.rows]
        if is_table(grid, width, height):
            grids.append(grid)
    return grids


def is_table(grid: list[list[tuple | None]], width: float, height: float) -> bool:
    """Whether ruled cells make a table: two cells at least (a frame around text is none)
    and none nearly as large as the page (a page's background is none: a scan's grey page
    under its OCR text)."""
    return sum(cell is not None for row in grid for cell in row) >= 2 and not any(
        cell is not None and cell[1] - cell[0] >= PAGE_SHARE * width
        and cell[3] - cell[2] >= PAGE_SHARE * height for row in grid for cell in row)


HEADING_SIZE_STEP = 0.5  # points: a one-cell line this much larger or smaller is no cell
LABEL_WORDS = 6  # words of a label in a sidebar ("Insatser, ansvar och tid")
VALUE_WORDS = 4  # words on the first line of a value that wraps beside its label


def sidebars(grids, tables: list[Table], outside: list[list[Char | None]]):
    """The grids with each one-column grid of labels that has text beside it widened by a
    cell per row that reaches over that text; None when there is none. A record print
    shades its labels in a narrow column and sets each label's text to the right of it,
    with no line to close the row ("Insatser, ansvar och tid" in a grey box, the measures
    beside it): without the second cell every label is read without its text, and the
    text without its label. A column of pictures ("[bild: en kalender]") is no labels."""
    widened, changed = [], False
    for grid, table in zip(grids, tables, strict=True):
        cells = [row[0] for row in grid if len(row) == 1 and row[0]]
        labels = [row[0] for row in table.rows if len(row) == 1]
        if len(cells) < 2 or len(cells) != len(grid) or not all(
                label and len(label.split()) <= LABEL_WORDS and label[:1] not in "[("
                for label in labels):
            widened.append(grid)
            continue
        right = max(cell[1] for cell in cells)
        beside = [[c for run in outside for c in run if c is not SPACE and c.x0 >= right - 1
                   and cell[2] <= (c.bottom + c.top) / 2 <= cell[3]] for cell in cells]
        if sum(bool(chars) for chars in beside) < 2:
            widened.append(grid)
            continue
        edge = max(c.x1 for chars in beside for c in chars) + 1
        widened.append([[cell, (right, edge, cell[2], cell[3])] for cell in cells])
        changed = True
    return widened if changed else None


class _Edges:
    """What pdfplumber's `TableFinder` asks of a page with the lines strategy: its edges."""

    def __init__(self, edges: list[dict]) -> None:
        self.edges = edges


def fill(runs: list[list[Char | None]], grids) -> tuple[list[list[Char | None]],
                                                         list[Table]]:
    """Characters inside a table's cells moved into those cells; the rest stays text."""
    frames = [(min(c[0] for c in cells), max(c[1] for c in cells),
               min(c[2] for c in cells), max(c[3] for c in cells))
              for cells in ([c for row in grid for c in row if c] for grid in grids)]
    outside: list[list[Char | None]] = []
    pieces: dict[tuple[int, int, int], list[list[Char | None]]] = {}
    for run in runs:
        piece: list[Char | None] = []
        key = None
        for char in run:
            if char is not SPACE:
                where = _cell(char, grids, frames)
                if where != key and piece:
                    (outside if key is None else pieces.setdefault(key, [])).append(piece)
                    piece = []
                key = where
            piece.append(char)
        (outside if key is None else pieces.setdefault(key, [])).append(piece)
    tables = []
    for g, grid in enumerate(grids):
        rows = [[None if cell is None else _cell_text(pieces.get((g, r, c), []))
                 for c, cell in enumerate(row)] for r, row in enumerate(grid)]
        tables.append(Table(frames[g][3], rows, _merged_down(grid)))
    return _real(outside), tables


def _merged_down(grid) -> dict[tuple[int, int], int]:
    """The cells merged down over rows below them ("Nu (v. 36–37)" beside three measures):
    how many rows each spans, from the cell's box reaching below those rows' middles."""
    middles = [next(((box[2] + box[3]) / 2 for box in row if box), None) for row in grid]
    down = {}
    for r, row in enumerate(grid):
        for c, box in enumerate(row):
            spans = 0
            for below, middle in zip(grid[r + 1:], middles[r + 1:], strict=True):
                if box is None or c >= len(below) or below[c] is not None or middle is None \
                        or box[2] >= middle:
                    break
                spans += 1
            if spans:
                down[(r, c)] = spans
    return down


def _cell_text(pieces: list[list[Char | None]]) -> str:
    return "\n".join(line.text for line in join_lines(_real(pieces)))


def _cell(char: Char, grids, frames) -> tuple[int, int, int] | None:
    x = (char.x0 + char.x1) / 2
    y = (char.bottom + char.top) / 2
    for g, (x0, x1, bottom, top) in enumerate(frames):
        if x0 <= x <= x1 and bottom <= y <= top:
            for r, row in enumerate(grids[g]):
                for c, box in enumerate(row):
                    if box and box[0] <= x <= box[1] and box[2] <= y <= box[3]:
                        return g, r, c
    return None


def _real(runs):
    return [run for run in runs if any(c is not SPACE for c in run)]


# --- unruled tables -----------------------------------------------------------------------

def unruled_tables(lines: list[Line]) -> tuple[list[Line], list[Table]]:
    """Find runs of lines whose chunks stand in the same columns. Two-column prose (long
    chunks in exactly two columns) is not a table: it is returned as the left column's
    lines followed by the right column's."""
    kept: list[Line] = []
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        end, spans, rows = _table_run(lines, i)
        if rows < 2 and not _wrapped_field(lines[i:end], spans):
            kept.append(lines[i])
            i += 1
            continue
        run = lines[i:end]
        if len(spans) in (2, 3) and rows >= 3 and _is_prose(run, spans):
            # One column usually runs on below the other: its last lines belong to it.
            while end < len(lines) and len(lines[end].chunks) == 1 and \
                    _column(spans, lines[end].chunks[0]) is not None and \
                    lines[end - 1].bottom - lines[end].top <= 2.5 * lines[end].size:
                end += 1
            kept.extend(_columns(lines[i:end], spans))
        else:
            tables.append(Table(run[0].top, _grid(run, spans)))
        i = end
    return kept, tables


def _wrapped_field(run: list[Line], spans) -> bool:
    """One row is a table when it is a label beside a value that wraps below in the right
    column ("Mål   Målet är att Gösta ska kunna bo kvar" / "hemma med Inga."); a sidebar's
    last word beside a heading ("Östersund   Mål") is none."""
    return len(spans) == 2 and len(run) >= 2 and len(run[0].chunks) == 2 and \
        len(run[0].chunks[1].text.split()) >= VALUE_WORDS and \
        all(_column(spans, line.chunks[0]) == 1 for line in run[1:])


def _table_run(lines: list[Line], i: int):
    """(end index, column spans, number of multi-chunk rows) of a table starting at i."""
    if len(lines[i].chunks) < 2:
        return i + 1, [], 0
    spans = _merge([(c.x0, c.x1) for c in lines[i].chunks])
    columns, rows, end = len(lines[i].chunks), 1, i + 1
    while end < len(lines):
        line, previous = lines[end], lines[end - 1]
        if previous.bottom - line.top > 2.5 * line.size:
            break  # a paragraph gap: the table is over
        merged = _merge(spans + [(c.x0, c.x1) for c in line.chunks])
        if len(line.chunks) >= 2:
            if len(merged) != max(columns, len(line.chunks)):
                break
            columns, rows = len(merged), rows + 1
        else:
            column = _column(spans, line.chunks[0])
            # a line in another type than the table's first is the heading of what
            # follows, unless it goes on with a cell of the row above in that cell's
            # type: a value wrapped below its first line, under labels in small type
            continues = abs(line.size - previous.size) <= HEADING_SIZE_STEP and any(
                _column(spans, chunk) == column for chunk in previous.chunks)
            if column is None or len(merged) != len(spans) or (
                    abs(line.size - lines[i].size) > HEADING_SIZE_STEP and not continues):
                break
            if line.bold and not previous.bold and not lines[i].bold:
                break  # a bold line among plain rows: the heading of the part below
            following = end + 1 < len(lines) and len(lines[end + 1].chunks) >= 2 and len(
                _merge(merged + [(c.x0, c.x1) for c in lines[end + 1].chunks])) == len(merged)
            if column == 0 and not following:
                break  # text at the left margin after the table: a paragraph
        spans = merged
        end += 1
    return end, spans, rows


def _merge(intervals):
    """Union of x intervals, widened by a little so touching chunks do not split."""
    merged: list[tuple[float, float]] = []
    for x0, x1 in sorted(intervals):
        if merged and x0 <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(merged[-1][1], x1))
        else:
            merged.append((x0, x1))
    return merged


def _column(spans, chunk: Chunk) -> int | None:
    hits = [k for k, (x0, x1) in enumerate(spans) if chunk.x0 <= x1 and chunk.x1 >= x0]
    return hits[0] if len(hits) == 1 else None


def _grid(run: list[Line], spans) -> list[list[str | None]]:
    """Rows of cell texts; a one-chunk line continues the cell above it, in its type (one
    in another type under a row of labels in small type is a value of the row below)."""
    rows: list[list[str]] = []
    previous = None
    for line in run:
        cells = [_column(spans, chunk) for chunk in line.chunks]
        goes_on = previous is not None and abs(line.size - previous.size) <= HEADING_SIZE_STEP
        previous = line
        if len(line.chunks) == 1 and rows and goes_on:
            row = rows[-1]
        else:
            row = [""] * len(spans)
            rows.append(row)
        for column, chunk in zip(cells, line.chunks, strict=True):
            if column is not None:
                row[column] = f"{row[column]}\n{chunk.text}" if row[column] else chunk.text
    return rows


def _is_prose(run: list[Line], spans) -> bool:
    """Columns of running text: chunks mostly five words or more. A record print's
    labels beside their wrapped values ("Närvarande:", "Syfte:" left of whole paragraphs)
    are not: when every chunk of the left column is a word or three, it is a table of
    fields, read row by row."""
    words = sorted(len(chunk.text.split()) for line in run for chunk in line.chunks)
    labels = all(len(chunk.text.split()) <= 3 for line in run for chunk in line.chunks
                 if _column(spans, chunk) == 0)
    return words[len(words) // 2] >= 5 and not labels


def _columns(run: list[Line], spans) -> list[Line]:
    """The lines of columns of running text, a column after the other (a newspaper's
    layout: two or three columns)."""
    columns: list[list[Line]] = [[] for _ in spans]
    for line in run:
        for chunk in line.chunks:
            part = Line(line.top, line.bottom, chunk.x0, line.size, line.bold, [chunk],
                        len(chunk.text), line.italic)
            columns[_column(spans, chunk) or 0].append(part)
    return [part for column in columns for part in column]


# --- placing -----------------------------------------------------------------------------

def place(lines: list[Line], tables: list[Table]) -> list[Line | Table]:
    """Tables merged into the line sequence at their height. The lines keep their own
    order, which is top to bottom except where a second text column starts again."""
    items: list[Line | Table] = []
    pending = sorted(tables, key=lambda table: -table.top)
    for line in lines:
        while pending and pending[0].top > line.top:
            items.append(pending.pop(0))
        items.append(line)
    return items + pending

