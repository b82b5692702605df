"""PDF plans: text in reading order, headings by font size, tables as cells.

Why pdfium first: sipcheck reviews folders of hundreds of plans, and pdfplumber (pdfminer)
costs ~50 ms a page (far more on dense pages) while pdfium gives every character with its
box and font in a few ms. So all text comes from pdfium. pdfplumber is opened only for
pages that draw ruling lines (a cheap look at pdfium's path objects decides), and only for
the grid: its `find_tables` (lines strategy) gives the cell boxes, and the cells are filled
with pdfium's characters, so every word is read by one engine and normalised one way.

Unruled tables (columns placed with tabs or absolute positions) are found from the pdfium
characters themselves: consecutive lines that split into chunks at wide gaps, with chunks
that line up in the same columns. We do not use pdfplumber's "text" strategy for these:
on typical plan layouts it invents empty rows between lines and cuts off words that stick
out of the column it guessed ("08-123 45" became "08-123"), and losing words is worse for
a review than missing structure.

Text inside a table is taken out of the paragraphs, so nothing is read twice, and each
table is placed among the paragraphs at its vertical position. Filled-in form fields are
flattened into the page first, because their values live in annotations, not page text.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import math
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from sipcheck.documents import failed
from sipcheck.documents.model import Block, BlockKind, Cell, Document, Location, Status, table_text
from sipcheck.documents.text_reader import clean_line, clean_text

MAX_PAGES = 500  # beyond this a file is not a plan; refuse instead of spending minutes on it
GAP_FACTOR = 2.0  # a horizontal gap wider than this many font sizes separates columns
PARAGRAPH_GAP = 1.3  # line distance above this times the usual line spacing: new paragraph
HEADING_RATIO = 1.15  # font size this much above body text (and >= 1 pt more): a heading
HEADING_MAX_WORDS = 10
LABEL_MAX_WORDS = 10  # a bold line this short is a label and gets its own block
MAX_PATHS = 5000  # path objects looked at per page when deciding whether to find tables
_BOLD_NAMES = ("bold", "black", "heavy", "semibold", "demi")
_FORCE_BOLD = 1 << 18  # PDF font descriptor flag 19
_BULLETS = ("•", "▪", "◦", "‣", "·", "-", "–", "*")
_PRIVATE = str.maketrans({"\uf0b7": "•", "\uf0a7": "▪", "\x02": "-", "\ufffe": ""})

# FPDFText_GetTextObject with a plain address as result: the object is only a cache key
# (one font and one matrix per text object), and a bare int is much cheaper to hash.
_text_object_address = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int)(
    ctypes.cast(pdfium_c.FPDFText_GetTextObject, ctypes.c_void_p).value)

SPACE = None  # marker in a run of characters: a (real or generated) space


@dataclass(slots=True)
class _Char:
    text: str
    x0: float
    x1: float
    bottom: float
    top: float
    size: float
    bold: bool


@dataclass(slots=True)
class _Chunk:
    """Part of a line between wide gaps: a cell of an unruled table, or a column."""

    x0: float
    x1: float
    text: str


@dataclass
class _Line:
    top: float
    bottom: float
    x0: float
    size: float
    bold: bool
    chunks: list[_Chunk]
    count: int  # characters, to weight the body font size

    @property
    def text(self) -> str:
        return " ".join(chunk.text for chunk in self.chunks)


@dataclass
class _Table:
    top: float
    rows: list[list[str | None]]  # None: covered by a merged cell


@dataclass
class _Page:
    number: int
    items: list[_Line | _Table] = field(default_factory=list)


def read_pdf(path: Path) -> Document:
    """Read a PDF plan. Never raises for a bad file: the status and message say why."""
    try:
        return _read(path)
    except Exception as exc:  # noqa: BLE001 - one broken file must not stop a batch review
        return failed(path, "pdf",
                      f"PDF-filen kunde inte läsas ({type(exc).__name__}): exportera planen "
                      "på nytt som PDF eller Word.",
                      f"The PDF could not be read ({type(exc).__name__}): export the plan "
                      "again as PDF or Word.")


def _read(path: Path) -> Document:
    try:
        doc = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        if exc.err_code in (pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY):
            return failed(path, "pdf",
                          "PDF-filen är lösenordsskyddad: ta bort lösenordet eller exportera "
                          "planen på nytt utan lösenord.",
                          "The PDF is password-protected: remove the password or export the "
                          "plan again without one.")
        return _corrupt(path)
    except OSError as exc:
        return failed(path, "pdf", f"Filen kan inte öppnas ({exc.strerror}).",
                      f"The file cannot be opened ({exc.strerror}).")
    plumber = _Plumber(path)
    try:
        # A form that cannot be set up only means no fields to flatten; the text stays.
        with warnings.catch_warnings(), contextlib.suppress(pdfium.PdfiumError):
            warnings.simplefilter("ignore")
            doc.init_forms()
        count = len(doc)
        if count == 0:
            return _corrupt(path)
        if count > MAX_PAGES:
            result = failed(path, "pdf",
                            f"PDF-filen har {count} sidor; sipcheck läser högst {MAX_PAGES} "
                            "sidor per fil. Kontrollera att det är rätt fil, eller dela upp "
                            "den så att planen ligger i en egen fil.",
                            f"The PDF has {count} pages; sipcheck reads at most {MAX_PAGES} "
                            "pages per file. Check that it is the right file, or split it so "
                            "that the plan is a file of its own.")
            result.pages = count
            return result
        pages = []
        for index in range(count):
            try:
                pages.append(_read_page(doc, index, plumber))
            except pdfium.PdfiumError:
                continue  # one broken page: read the others
        if not pages:
            return _corrupt(path)
    finally:
        plumber.close()
        doc.close()
    if not any(page.items for page in pages):
        result = failed(path, "pdf",
                        "PDF-filen saknar textlager och ser ut att vara inskannad: kör "
                        "textigenkänning (OCR) eller exportera planen som PDF direkt från "
                        "systemet.",
                        "The PDF has no text layer and looks scanned: run text recognition "
                        "(OCR) or export the plan as PDF directly from the system.",
                        status=Status.NO_TEXT)
        result.pages = count
        return result
    return Document(str(path), "pdf", blocks=_blocks(pages), pages=count)


def _corrupt(path: Path) -> Document:
    return failed(path, "pdf",
                  "PDF-filen är skadad eller inte en PDF: exportera planen på nytt.",
                  "The PDF is damaged or not a PDF: export the plan again.")


# --- one page ---------------------------------------------------------------------------

class _Plumber:
    """pdfplumber's view of the file, opened on the first page that needs it, if any.

    pdfminer is stricter than pdfium: when it cannot read a file that pdfium could, the
    pages simply get no ruled tables (their text is still read). We own the file handle,
    so it is closed even when pdfplumber fails half-way.
    """

    def __init__(self, path: Path) -> None:
        self.path, self.stream, self.pdf, self.broken = path, None, None, False

    def page(self, index: int):
        if self.broken:
            return None
        try:
            if self.pdf is None:
                import pdfplumber  # slow to import and to run: only for pages with rules

                logging.getLogger("pdfminer").setLevel(logging.ERROR)  # no warning floods
                self.stream = open(self.path, "rb")  # noqa: SIM115 - closed in close()
                self.pdf = pdfplumber.open(self.stream)
            return self.pdf.pages[index]
        except Exception:  # noqa: BLE001
            self.broken = True
            return None

    def close(self) -> None:
        try:
            if self.pdf is not None:
                self.pdf.close()
        except Exception:  # noqa: BLE001 - closing a half-read file may fail again
            pass
        finally:
            if self.stream is not None:
                self.stream.close()


def _read_page(doc, index: int, plumber: _Plumber) -> _Page:
    """Lines and tables of one page, in reading order."""
    page = doc[index]
    try:
        if doc.formenv and pdfium_c.FPDFPage_GetAnnotCount(page.raw) > 0:
            page = _flattened(doc, index, page)
        rotation = page.get_rotation()
        textpage = page.get_textpage()
        try:
            runs = _runs(textpage, rotation)
        finally:
            textpage.close()
        tables: list[_Table] = []
        if runs and rotation == 0 and _has_rules(page.raw):
            plumber_page = plumber.page(index)
            grids = _ruled_grids(plumber_page) if plumber_page is not None else []
            if grids:
                runs, tables = _fill(runs, grids)
    finally:
        page.close()
    lines, unruled = _unruled_tables(_lines(runs))
    return _Page(index + 1, _place(lines, tables + unruled))


def _flattened(doc, index: int, page):
    """Filled-in form fields live in annotations, which pdfium's text page leaves out.
    Flattening draws them into the page (in memory only), so their values are read too."""
    try:
        page.flatten()
    except (pdfium.PdfiumError, RuntimeError):
        return page
    page.close()
    return doc[index]


def _place(lines: list[_Line], tables: list[_Table]) -> list[_Line | _Table]:
    """Tables merged into the line sequence at their height. The lines keep their own
    order, which is top to bottom except where a second text column starts again."""
    items: list[_Line | _Table] = []
    pending = sorted(tables, key=lambda table: -table.top)
    for line in lines:
        while pending and pending[0].top > line.top:
            items.append(pending.pop(0))
        items.append(line)
    return items + pending


def _runs(textpage, rotation: int) -> list[list[_Char | None]]:
    """Characters in content order, cut where pdfium starts a new line. Boxes are turned
    into display orientation for rotated pages; text running sideways (margin notes) is
    left out."""
    raw = textpage.raw
    count = pdfium_c.FPDFText_CountChars(raw)
    text = textpage.get_text_range() if count > 0 else ""
    if len(text) != count:  # rare: pdfium's text view differs from its char list
        text = "".join(chr(pdfium_c.FPDFText_GetUnicode(raw, i)) for i in range(count))
    rect = pdfium_c.FS_RECTF()
    get_box = pdfium_c.FPDFText_GetLooseCharBox
    fonts: dict[int, tuple[float, bool, bool]] = {}
    runs: list[list[_Char | None]] = []
    run: list[_Char | None] = []
    last: _Char | None = None
    for i in range(count):
        ch = text[i]
        if ch in "\r\n":
            if run:
                runs.append(run)
            run, last = [], None
            continue
        address = _text_object_address(raw, i)
        if not address or ch.isspace():
            if run and run[-1] is not SPACE:
                run.append(SPACE)
            continue
        font = fonts.get(address)
        if font is None:
            font = fonts[address] = _font(raw, i, rotation)
        size, bold, upright = font
        if not upright:
            continue
        get_box(raw, i, rect)
        if rotation:
            char = _Char(ch, *_turn(rect.left, rect.right, rect.bottom, rect.top, rotation),
                         size, bold)
        else:
            char = _Char(ch, rect.left, rect.right, rect.bottom, rect.top, size, bold)
        if size < 2:  # Type3 and odd fonts report no usable size: use the glyph box
            char.size = size = round((char.top - char.bottom) / 1.2, 1) or 1.0
        if last is not None and (char.top < last.bottom or char.bottom > last.top
                                 or char.x0 < last.x0 - size):
            runs.append(run)  # jumped to another line without pdfium saying so
            run = []
        run.append(char)
        last = char
    if run:
        runs.append(run)
    return [r for r in runs if any(c is not SPACE for c in r)]


def _font(raw, index: int, rotation: int) -> tuple[float, bool, bool]:
    """(size in points, bold, upright) of the text object that holds character `index`."""
    matrix = pdfium_c.FS_MATRIX()
    pdfium_c.FPDFText_GetMatrix(raw, index, matrix)
    # Word and others often set Tf 1 and scale with the text matrix: the real size is the
    # font size times the matrix's vertical scale.
    size = pdfium_c.FPDFText_GetFontSize(raw, index) * math.hypot(matrix.c, matrix.d)
    angle = math.degrees(math.atan2(matrix.b, matrix.a)) % 360
    upright = min(abs(angle - rotation), 360 - abs(angle - rotation)) < 10
    obj = pdfium_c.FPDFText_GetTextObject(raw, index)
    font = pdfium_c.FPDFTextObj_GetFont(obj)
    name = ctypes.create_string_buffer(256)
    pdfium_c.FPDFFont_GetBaseFontName(font, name, len(name))
    flags = pdfium_c.FPDFFont_GetFlags(font)
    bold = (any(word in name.value.decode("latin-1").lower() for word in _BOLD_NAMES)
            or pdfium_c.FPDFFont_GetWeight(font) >= 600
            or (flags != -1 and flags & _FORCE_BOLD != 0)
            or pdfium_c.FPDFTextObj_GetTextRenderMode(obj)
            == pdfium_c.FPDF_TEXTRENDERMODE_FILL_STROKE)  # Word's "fake bold"
    return round(size, 1), bold, upright


def _turn(left, right, bottom, top, rotation):
    """(x0, x1, bottom, top) as the page is displayed; y grows upwards."""
    if rotation == 90:
        return bottom, top, -right, -left
    if rotation == 180:
        return -right, -left, -top, -bottom
    if rotation == 270:
        return -top, -bottom, left, right
    return left, right, bottom, top


def _has_rules(page_raw) -> bool:
    """Cheap test whether a page draws lines or boxes a table could be made of, so that
    pdfplumber only runs where it can find something."""
    horizontal = vertical = boxes = 0
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
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
                return False  # a drawing or a chart, where pdfplumber would take seconds
            pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top)
            width, height = right.value - left.value, top.value - bottom.value
            if width >= 10 and height < 3:
                horizontal += 1
            elif height >= 10 and width < 3:
                vertical += 1
            elif width >= 10 and height >= 5:
                boxes += 1
            if boxes >= 2 or (boxes and horizontal + vertical) or (
                    horizontal >= 2 and vertical >= 2):
                return True
    return False


def _ruled_grids(page) -> list[list[list[tuple | None]]]:
    """Cell boxes (x0, x1, bottom, top) of the tables pdfplumber finds from the ruling
    lines (its default "lines" strategy), converted to pdfium space: pdfplumber measures y
    downwards from the top of the MediaBox. None marks a grid position covered by a merged
    cell. Only the geometry is taken from pdfplumber; cell text comes from pdfium."""
    grids = []
    try:
        for table in page.find_tables():
            grid = [[None if cell is None else
                     (cell[0], cell[2], page.height - cell[3], page.height - cell[1])
                     for cell in row.cells] for row in table.rows]
            if sum(cell is not None for row in grid for cell in row) >= 2:
                grids.append(grid)  # (a frame around text is not a table)
    except Exception:  # noqa: BLE001 - pdfminer may choke where pdfium did not: keep text
        return []
    finally:
        page.close()
    return grids


def _fill(runs: list[list[_Char | None]], grids) -> tuple[list[list[_Char | None]],
                                                           list[_Table]]:
    """Characters inside a table's cells moved into those cells; the rest stays text."""
    frames = [(min(c[0] for c in cells), max(c[1] for c in cells),
               min(c[2] for c in cells), max(c[3] for c in cells))
              for cells in ([c for row in grid for c in row if c] for grid in grids)]
    outside: list[list[_Char | None]] = []
    pieces: dict[tuple[int, int, int], list[list[_Char | None]]] = {}
    for run in runs:
        piece: list[_Char | None] = []
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
        rows = [[None if cell is None else
                 "\n".join(line.text for line in _lines(_real(pieces.get((g, r, c), []))))
                 for c, cell in enumerate(row)] for r, row in enumerate(grid)]
        tables.append(_Table(frames[g][3], rows))
    return _real(outside), tables


def _cell(char: _Char, grids, frames) -> tuple[int, int, int] | None:
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


# --- lines ------------------------------------------------------------------------------

def _lines(runs: list[list[_Char | None]]) -> list[_Line]:
    """Runs that share a baseline joined into lines, sorted top to bottom."""
    groups: list[list[list[_Char | None]]] = []
    spans: list[tuple[float, float]] = []
    bounded = []
    for run in runs:
        chars = [c for c in run if c is not SPACE]
        bounded.append((max(c.top for c in chars), min(c.bottom for c in chars), run))
    bounded.sort(key=lambda b: -(b[0] + b[1]))
    for top, bottom, run in bounded:
        for k in range(len(groups) - 1, max(len(groups) - 4, -1), -1):
            g_bottom, g_top = spans[k]
            overlap = min(top, g_top) - max(bottom, g_bottom)
            if overlap >= 0.5 * min(top - bottom, g_top - g_bottom):
                groups[k].append(run)
                spans[k] = (min(bottom, g_bottom), max(top, g_top))
                break
        else:
            groups.append([run])
            spans.append((bottom, top))
    lines = [_line(group, *span) for group, span in zip(groups, spans, strict=True)]
    return [line for line in lines if line.chunks]


def _line(group: list[list[_Char | None]], bottom: float, top: float) -> _Line:
    chars: list[_Char | None] = []
    for run in sorted(group, key=lambda r: next(c.x0 for c in r if c is not SPACE)):
        chars.extend(run + [SPACE])
    real = [c for c in chars if c is not SPACE]
    sizes = sorted(c.size for c in real)
    size = sizes[len(sizes) // 2] or 1.0
    chunks: list[_Chunk] = []
    text: list[str] = []
    start = previous = None
    space = False
    for char in chars:
        if char is SPACE:
            space = True
            continue
        if previous is not None and char.x0 - previous.x1 > GAP_FACTOR * size:
            chunks.append(_chunk(start, previous, text))
            text, start = [], None
        elif previous is not None and (space or char.x0 - previous.x1 > 0.3 * size):
            text.append(" ")
        if start is None:
            start = char
        text.append(char.text)
        previous, space = char, False
    chunks.append(_chunk(start, previous, text))
    return _Line(top=top, bottom=bottom, x0=real[0].x0, size=size, bold=all(c.bold for c in real),
                 chunks=[c for c in chunks if c.text], count=len(real))


def _chunk(start: _Char, end: _Char, text: list[str]) -> _Chunk:
    return _Chunk(start.x0, end.x1, clean_line("".join(text).translate(_PRIVATE)))


# --- unruled tables -----------------------------------------------------------------------

def _unruled_tables(lines: list[_Line]) -> tuple[list[_Line], list[_Table]]:
    """Find runs of lines whose chunks stand in the same columns. Two-column prose (long
    chunks in exactly two columns) is not a table: it is returned as the left column's
    lines followed by the right column's."""
    kept: list[_Line] = []
    tables: list[_Table] = []
    i = 0
    while i < len(lines):
        end, spans, rows = _table_run(lines, i)
        if rows < 2:
            kept.append(lines[i])
            i += 1
            continue
        run = lines[i:end]
        if len(spans) == 2 and rows >= 3 and _is_prose(run):
            # One column usually runs on below the other: its last lines belong to it.
            while end < len(lines) and len(lines[end].chunks) == 1 and \
                    _column(spans, lines[end].chunks[0]) is not None and \
                    lines[end - 1].bottom - lines[end].top <= 2.5 * lines[end].size:
                end += 1
            kept.extend(_columns(lines[i:end], spans))
        else:
            tables.append(_Table(run[0].top, _grid(run, spans)))
        i = end
    return kept, tables


def _table_run(lines: list[_Line], i: int):
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
            if column is None or len(merged) != len(spans):
                break
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


def _column(spans, chunk: _Chunk) -> int | None:
    hits = [k for k, (x0, x1) in enumerate(spans) if chunk.x0 <= x1 and chunk.x1 >= x0]
    return hits[0] if len(hits) == 1 else None


def _grid(run: list[_Line], spans) -> list[list[str | None]]:
    """Rows of cell texts; a one-chunk line continues the cell above it."""
    rows: list[list[str]] = []
    for line in run:
        cells = [_column(spans, chunk) for chunk in line.chunks]
        if len(line.chunks) == 1 and rows:
            row = rows[-1]
        else:
            row = [""] * len(spans)
            rows.append(row)
        for column, chunk in zip(cells, line.chunks, strict=True):
            if column is not None:
                row[column] = f"{row[column]}\n{chunk.text}" if row[column] else chunk.text
    return rows


def _is_prose(run: list[_Line]) -> bool:
    words = sorted(len(chunk.text.split()) for line in run for chunk in line.chunks)
    return words[len(words) // 2] >= 5


def _columns(run: list[_Line], spans) -> list[_Line]:
    left, right = [], []
    for line in run:
        for chunk in line.chunks:
            part = _Line(line.top, line.bottom, chunk.x0, line.size, line.bold, [chunk],
                         len(chunk.text))
            (left if _column(spans, chunk) == 0 else right).append(part)
    return left + right


# --- blocks -------------------------------------------------------------------------------

def _blocks(pages: list[_Page]) -> list[Block]:
    lines = [item for page in pages for item in page.items if isinstance(item, _Line)]
    body = _body_size(lines)
    heading_sizes = sorted({round(line.size * 2) / 2 for line in lines
                            if _is_heading(line, body)}, reverse=True)
    levels = {size: min(k + 1, 6) for k, size in enumerate(heading_sizes)}
    blocks: list[Block] = []
    tables = 0
    for page in pages:
        paragraph = 0
        spacing = _line_spacing(page.items)
        group: list[_Line] = []
        for item in page.items + [None]:
            if group and (item is None or isinstance(item, _Table)
                          or _breaks(group, item, body, spacing)):
                paragraph += 1
                blocks.append(_paragraph(group, page.number, paragraph, body, levels))
                group = []
            if isinstance(item, _Table):
                tables += 1
                blocks.append(_table_block(item, page.number, tables))
            elif item is not None:
                group.append(item)
    return blocks


def _body_size(lines: list[_Line]) -> float:
    """The font size most characters are set in (weighted median)."""
    total = sum(line.count for line in lines)
    seen = 0
    for line in sorted(lines, key=lambda line: line.size):
        seen += line.count
        if seen * 2 >= total:
            return line.size
    return 0.0


def _is_heading(line: _Line, body: float) -> bool:
    return (line.size >= body * HEADING_RATIO and line.size - body >= 1.0
            and len(line.text.split()) <= HEADING_MAX_WORDS)


def _line_spacing(items) -> float:
    """Usual distance between lines of a paragraph, in font sizes (lower quartile of the
    distances on the page, so paragraph gaps do not count)."""
    lines = [item for item in items if isinstance(item, _Line)]
    ratios = sorted((a.bottom - b.bottom) / b.size
                    for a, b in zip(lines, lines[1:], strict=False)
                    if abs(a.size - b.size) < 0.5 and 0.8 <= (a.bottom - b.bottom) / b.size <= 2.5)
    return ratios[len(ratios) // 4] if ratios else 1.2


def _breaks(group: list[_Line], line: _Line, body: float, spacing: float) -> bool:
    """Whether `line` starts a new block rather than continuing `group`."""
    last = group[-1]
    distance = (last.bottom - line.bottom) / line.size
    if distance < 0.3 or distance > spacing * PARAGRAPH_GAP:
        return True  # a paragraph gap, or back up the page to the next column
    if abs(last.size - line.size) >= 1.0 or _is_heading(last, body) != _is_heading(line, body):
        return True
    if _is_heading(line, body):
        return False  # a heading that wraps onto a second line
    if last.bold != line.bold or (line.bold and len(last.text.split()) <= LABEL_MAX_WORDS):
        return True  # a bold label stands alone; a long bold paragraph may wrap
    if _bullet(line.text) is not None:
        return True
    return _bullet(group[0].text) is not None and line.x0 <= group[0].x0 + 0.5 * line.size


def _bullet(text: str) -> str | None:
    """The text of a list item without its bullet, or None if the line is no list item."""
    if len(text) > 2 and text[0] in _BULLETS and text[1] == " ":
        return text[2:]
    return None


def _paragraph(group: list[_Line], page: int, number: int, body: float, levels) -> Block:
    texts = [line.text for line in group]
    item = _bullet(texts[0])
    if item is not None:
        texts[0] = item
    location = Location(page=page, paragraph=number)
    bold = all(line.bold for line in group)
    if _is_heading(group[0], body):
        return Block(BlockKind.HEADING, " ".join(texts), location, bold=bold,
                     level=levels.get(round(group[0].size * 2) / 2, 1))
    return Block(BlockKind.PARAGRAPH, "\n".join(texts), location, bold=bold,
                 list_item=item is not None)


def _table_block(table: _Table, page: int, number: int) -> Block:
    rows = []
    for r, row in enumerate(table.rows, 1):
        rows.append([Cell(clean_text((text or "").translate(_PRIVATE)),
                          Location(page=page, table=number, row=r, cell=c))
                     for c, text in enumerate(row, 1) if text is not None])
    return Block(BlockKind.TABLE, table_text(rows), Location(page=page, table=number),
                 rows=rows)
