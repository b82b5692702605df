"""PDF page geometry: characters into lines, lines into paragraphs and headings, and the
running headers and footers that repeat on every page.

A PDF has no paragraphs, only characters with boxes. Everything here is worked out from
those boxes and font sizes alone, as pure functions of plain data (`Char`, `Line`,
`Page`), so the rules can be read, tested and tuned without pdfium and without a file.
`pdf_reader` gets the characters out of the file; `pdf_tables` finds the tables.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sipcheck.documents.model import Block, BlockKind, Cell, Location, table_text
from sipcheck.documents.text_layout import clean_line, clean_text

GAP_FACTOR = 2.0  # a horizontal gap wider than this many font sizes separates columns
# a bold (or grey) label that opens the line, set apart from its plain text by more than a word's
# space ("Frågeställningar   Diskutera läget …", labels right-aligned in a column of their
# own), is a cell of its own too; so is a short one in a margin column far from its value,
# unless it is set larger than the value (a title with the place and date to its right)
LABEL_GAP = 0.6
PARAGRAPH_GAP = 1.3  # line distance above this times the usual line spacing: new paragraph
HEADING_RATIO = 1.15  # font size this much above body text (and >= 1 pt more): a heading
HEADING_MAX_WORDS = 10
LABEL_MAX_WORDS = 10  # a bold line this short is a label and gets its own block
MARGIN = 0.12  # running headers and footers stand in this share of the page, top or bottom
_BULLETS = ("•", "▪", "◦", "‣", "·", "-", "–", "*", "→", "►", "▸")
_PRIVATE = str.maketrans({"\uf0b7": "•", "\uf0a7": "▪", "\x02": "-", "\ufffe": ""})
# "3", "- 3 -", "Sida 3", "s. 3", "3 (5)", "3/5": a page number standing alone.
_PAGE_NUMBER = re.compile(r"[-–—]?\s*(?:(?:sida|sid\.?|s\.|page|p\.)\s*)?\d{1,3}"
                          r"(?:\s*\(\d{1,3}\)|\s*/\s*\d{1,3})?\s*[-–—]?", re.IGNORECASE)
_DIGITS = re.compile(r"\d+")

SPACE = None  # marker in a run of characters: a (real or generated) space


@dataclass(slots=True)
class Char:
    text: str
    x0: float
    x1: float
    bottom: float
    top: float
    size: float
    bold: bool
    italic: bool = False
    muted: bool = False  # set in grey, as a record print sets its labels


@dataclass(slots=True)
class Chunk:
    """Part of a line between wide gaps: a cell of an unruled table, or a column."""

    x0: float
    x1: float
    text: str
    label: bool = False  # a bold label set apart from the plain text after it


@dataclass
class Line:
    top: float
    bottom: float
    x0: float
    size: float
    bold: bool
    chunks: list[Chunk]
    count: int  # characters, to weight the body font size
    italic: bool = False

    @property
    def text(self) -> str:
        """The chunks' text; a bold label set apart from its text is written as one
        ("Syfte: Syftet med planen är …"), as a form would have it."""
        if len(self.chunks) > 1 and self.chunks[0].label and \
                not self.chunks[0].text.endswith((":", ".", "!", "?")):
            return f"{self.chunks[0].text}: " + " ".join(c.text for c in self.chunks[1:])
        return " ".join(chunk.text for chunk in self.chunks)


@dataclass
class Table:
    top: float
    rows: list[list[str | None]]  # None: covered by a merged cell
    # (row, column) of a cell merged down over the rows below it: how many it spans
    down: dict[tuple[int, int], int] = field(default_factory=dict)


@dataclass
class Page:
    number: int
    items: list[Line | Table] = field(default_factory=list)
    box: tuple[float, float] | None = None  # (bottom, top) of the page as displayed


# --- lines ------------------------------------------------------------------------------

def join_lines(runs: list[list[Char | None]]) -> list[Line]:
    """Runs that share a baseline joined into lines, sorted top to bottom."""
    groups: list[list[list[Char | None]]] = []
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


def _line(group: list[list[Char | None]], bottom: float, top: float) -> Line:
    chars: list[Char | None] = []
    runs = sorted(group, key=lambda r: next(c.x0 for c in r if c is not SPACE))
    if len(runs) > 1:
        runs = _place_symbols(runs)
    for run in runs:
        chars.extend(run + [SPACE])
    real = [c for c in chars if c is not SPACE]
    sizes = sorted(c.size for c in real)
    size = sizes[len(sizes) // 2] or 1.0
    chunks: list[Chunk] = []
    text: list[str] = []
    start = previous = None
    space = False
    for char in chars:
        if char is SPACE:
            space = True
            continue
        if previous is not None and not space and char.text.isdigit() and \
                _footnote_mark(char, previous, size):
            continue  # "vid behov.³": a footnote's number, no part of the sentence
        gap = char.x0 - previous.x1 if previous is not None else 0.0
        label = not chunks and start is not None and _set_apart(start, previous, char) and \
            LABEL_GAP * size < gap and previous.text != ":" and (
                gap <= GAP_FACTOR * size
                or (text.count(" ") < LABEL_MAX_WORDS and start.size <= char.size + 0.5))
        if previous is not None and (gap > GAP_FACTOR * size or label):
            chunks.append(_chunk(start, previous, text, label))
            text, start = [], None
        elif previous is not None and (space or char.x0 - previous.x1 > 0.3 * size):
            text.append(" ")
        if start is None:
            start = char
        text.append(char.text)
        previous, space = char, False
    chunks.append(_chunk(start, previous, text))
    return Line(top=top, bottom=bottom, x0=real[0].x0, size=size, bold=all(c.bold for c in real),
                chunks=[c for c in chunks if c.text], count=len(real),
                italic=all(c.italic for c in real))


def _set_apart(start: Char, previous: Char, char: Char) -> bool:
    """Whether the text from `start` to `previous` is set otherwise than `char` after it, as
    a label is: bold before plain, or grey before black (a record print's labels, right-
    aligned in a column of their own: "Syfte   Samordnad vårdplanering.")."""
    return (start.bold and previous.bold and not char.bold) or (
        start.muted and previous.muted and not char.muted)


def _footnote_mark(char: Char, previous: Char, size: float) -> bool:
    """A digit set small and raised right after a word or a full stop: the number of a
    footnote ("Stöd i vardagen vid behov.³" prints as "behov.3"), which would otherwise
    stick to the sentence and keep it from ending there."""
    return char.text.isdigit() and char.size <= 0.75 * size and \
        char.bottom >= previous.bottom + 0.25 * size and \
        (previous.text.isalpha() or previous.text in ".,;:!?)”\"" or previous.text.isdigit()
         and previous.size <= 0.75 * size)


SYMBOL_RUN = 2  # a run of at most this many characters inside another is set in a symbol font


def _place_symbols(runs: list[list[Char | None]]) -> list[list[Char | None]]:
    """Checkboxes and bullets a word processor set in a symbol font come as runs of their
    own after the line's text ("Samtycke: Muntligt Skriftligt ☒ ☐"): each such short run
    that stands inside another run goes in where it stands ("Samtycke: ☒ Muntligt ☐
    Skriftligt"), so a ticked box stays with its option, and a box left of the run's
    first option with it."""
    hosts = [run for run in runs if sum(c is not SPACE for c in run) > SYMBOL_RUN]
    placed = []
    for run in runs:
        real = [c for c in run if c is not SPACE]
        host = next((h for h in hosts if h is not run and len(real) <= SYMBOL_RUN and
                     _inside(real, h)), None)
        if host is None:
            placed.append(run)
            continue
        for char in real:
            at = next((i for i, c in enumerate(host) if c is not SPACE and c.x0 > char.x0),
                      len(host))
            host[at:at] = [SPACE, char, SPACE]
    return placed


def _inside(chars: list[Char], run: list[Char | None]) -> bool:
    """Some of `chars` stand within the run ("☒ ☐" as one run, the first box left of
    "Samtycke finns", the second between the options: both are the run's)."""
    real = [c for c in run if c is not SPACE]
    return bool(real) and any(real[0].x0 < c.x0 < real[-1].x1 for c in chars)


def _chunk(start: Char, end: Char, text: list[str], label: bool = False) -> Chunk:
    return Chunk(start.x0, end.x1, clean_line("".join(text).translate(_PRIVATE)), label)


# --- running headers and footers -----------------------------------------------------------

def _running(pages: list[Page], body: float) -> tuple[list[Block], list[Block]]:
    """Take the running headers and footers out of the pages: each distinct one is returned
    once as a block (at the first page it is on); lone page numbers are dropped.

    A candidate is a line in the top or bottom MARGIN of its page that stands apart from
    the body (see `_band`). It is running when its text, with digits made equal ("Sida 1
    av 3" = "Sida 2 av 3"), is a candidate in the same margin on at least half of the pages
    with text and on two or more, and surely apart from body text on one of them; then it
    is taken out of that margin on every page. Numbered headings atop each page ("Delmål
    1", "Delmål 2") are not running: a line in heading size only is when its text is the
    same on every page, like a letterhead. A line that is only a page number ("2", "- 2 -",
    "Sida 2", "2 (3)") is dropped from any margin. A document with one page of text is
    left as it is: there, nothing tells a header from the plan's own first line.
    """
    texted = [page for page in pages if page.items]
    if len(texted) < 2:
        return [], []
    found: dict[tuple[str, str], list[tuple[Page, Line, bool | None]]] = {}
    drop: set[int] = set()
    for page in texted:
        ordered = sorted(page.items, key=lambda item: -item.top)
        spacing = _line_spacing(page.items)
        band = _band(ordered, "header", page.box, spacing)
        band.update(_band(ordered[::-1], "footer", page.box, spacing))
        for item in page.items:
            part = _margin(item, page.box) if isinstance(item, Line) else None
            if part is None:
                continue
            if _PAGE_NUMBER.fullmatch(item.text):
                drop.add(id(item))
            else:
                shape = _shape(item.text)
                found.setdefault((part, shape), []).append((page, item, band.get(id(item))))
    out: dict[str, list[Block]] = {"header": [], "footer": []}
    for (part, _), hits in found.items():
        banded = [(page, line) for page, line, sure in hits if sure is not None]
        on = len({page.number for page, _ in banded})
        if on < 2 or 2 * on < len(texted) or not any(sure for _, _, sure in hits) or (
                any(_is_heading(line, body) for _, line in banded)
                and len({line.text for _, line in banded}) > 1):
            continue
        page, line, _ = hits[0]
        before = out[part][-1] if out[part] else None
        if before is not None and before.location.page == page.number and \
                before.bold == line.bold and (before.text.rstrip().endswith((",", ";", "–"))
                                              or line.text[:1].islower()):
            # the same footer's text wrapped onto its next line ("Deltagare vid mötet: …;
            # Anna," / "diabetessjuksköterska, …"): one paragraph, as it is printed
            before.text = f"{before.text}\n{line.text}"
        else:
            out[part].append(Block(BlockKind.PARAGRAPH, line.text,
                                   Location(page=page.number, part=part), bold=line.bold))
        drop.update(id(line) for _, line, _ in hits)
    if drop:
        for page in texted:
            page.items = [item for item in page.items if id(item) not in drop]
    out["header"].extend(_repeated_top(texted, body))
    return out["header"], out["footer"]


def _repeated_top(pages: list[Page], body: float) -> list[Block]:
    """A record print's header that runs deeper than the margin ("Region …",
    "Journalutskrift – …", "Patient: …", "Utskriven av: …" above every page's text, as
    lines or as a boxed table): the items every page starts with, the same text in the same
    order (digits made equal), taken out of each page and returned once. Lines count from
    two on, since one repeated first line may be the plan's own title on each page; a
    heading-size line only when its text is the same on every page ("Delmål 1", "Delmål 2"
    atop their pages are the plan's own)."""
    if len(pages) < 2:
        return []
    runs = [sorted(page.items, key=lambda item: -item.top) for page in pages]
    depth = 0
    while all(len(run) > depth + 1 for run in runs):
        items = [run[depth] for run in runs]
        texts = [_item_text(item) for item in items]
        if not _same_text(items, texts) or not texts[0].strip() or (
                any(isinstance(item, Line) and _is_heading(item, body) for item in items)
                and len(set(texts)) > 1):
            break
        depth += 1
    tables = sum(isinstance(item, Table) for item in runs[0][:depth])
    if depth < 2 and not tables:
        return []
    blocks = [Block(BlockKind.PARAGRAPH, _item_text(item),
                    Location(page=pages[0].number, part="header"),
                    bold=isinstance(item, Line) and item.bold)
              for item in runs[0][:depth]]
    for page, run in zip(pages, runs, strict=True):
        taken = {id(item) for item in run[:depth]}
        page.items = [item for item in page.items if id(item) not in taken]
    return blocks


def _same_text(items: list[Line | Table], texts: list[str]) -> bool:
    """The same running text on every page, digits made equal ("Sida 1 (2)", "Sida 2
    (2)"); a boxed header may take a line more or less into its box on one page, so
    tables need only share most of their words."""
    shapes = [_shape(text) for text in texts]
    if len(set(shapes)) == 1:
        return True
    if not all(isinstance(item, Table) for item in items):
        return False
    words = [set(shape.replace("|", " ").split()) for shape in shapes]
    return all(len(w & words[0]) >= 0.75 * len(w | words[0]) for w in words[1:])


def _shape(text: str) -> str:
    """A running line's text with digits made equal ("Sida 1 av 3" = "Sida 2 av 3")."""
    return _DIGITS.sub("#", " ".join(text.split())).casefold()


def _item_text(item: Line | Table) -> str:
    if isinstance(item, Line):
        return item.text
    return "\n".join(" | ".join(cell for cell in row if cell) for row in item.rows)


def _band(items: list[Line | Table], part: str, box, spacing: float) -> dict[int, bool]:
    """The lines at one edge of a page that stand apart from the body: {id: sure}.

    `items` run from that edge inwards. The band is the longest run of margin lines there
    that is followed by a paragraph gap, a change of font size or a table; text that merely
    starts at the top of the page runs on in the usual spacing and is no band. A line is
    surely apart when such a gap separates it from body text. When the only gap is before
    a line in the other margin (a page holding one short text and "Sida 2 av 2"), the text
    may be the body itself, so that is not sure.
    """
    band: dict[int, bool] = {}
    other = "footer" if part == "header" else "header"
    for k, item in enumerate(items[:-1]):
        if not isinstance(item, Line) or _margin(item, box) != part:
            break
        inner = items[k + 1]
        upper, lower = (item, inner) if part == "header" else (inner, item)
        if isinstance(inner, Table) or _apart(upper, lower, spacing):
            sure = isinstance(inner, Table) or _margin(inner, box) != other
            band.update({id(line): band.get(id(line), False) or sure for line in items[:k + 1]})
    return band


def _apart(upper: Line, lower: Line, spacing: float) -> bool:
    """Whether two lines, one above the other, belong to different blocks."""
    return ((upper.bottom - lower.bottom) / lower.size > spacing * PARAGRAPH_GAP
            or abs(upper.size - lower.size) >= 1.0)


def _margin(line: Line, box: tuple[float, float] | None) -> str | None:
    """"header" or "footer" for a line wholly in the top or bottom margin of its page."""
    if box is None:
        return None
    bottom, top = box
    edge = MARGIN * (top - bottom)
    if line.bottom >= top - edge:
        return "header"
    if line.top <= bottom + edge:
        return "footer"
    return None


# --- blocks -------------------------------------------------------------------------------

def to_blocks(pages: list[Page]) -> list[Block]:
    """The document's blocks: running headers first, then the pages, then the footers."""
    headers, footers = _running(pages, _body_size(_all_lines(pages)))
    lines = _all_lines(pages)  # without the headers and footers
    body = _body_size(lines)
    heading_sizes = sorted({round(line.size * 2) / 2 for line in lines
                            if _is_heading(line, body)}, reverse=True)
    levels = {size: min(k + 1, 6) for k, size in enumerate(heading_sizes)}
    blocks: list[Block] = headers
    tables = 0
    for page in pages:
        paragraph = 0
        spacing = _line_spacing(page.items)
        group: list[Line] = []
        for item in page.items + [None]:
            if group and (item is None or isinstance(item, Table)
                          or _breaks(group, item, body, spacing)):
                paragraph += 1
                blocks.append(_paragraph(group, page.number, paragraph, body, levels))
                group = []
            if isinstance(item, Table):
                tables += 1
                blocks.append(_table_block(item, page.number, tables))
            elif item is not None:
                group.append(item)
    return blocks + footers


def _all_lines(pages: list[Page]) -> list[Line]:
    return [item for page in pages for item in page.items if isinstance(item, Line)]


def _body_size(lines: list[Line]) -> float:
    """The font size most characters are set in (weighted median)."""
    total = sum(line.count for line in lines)
    seen = 0
    for line in sorted(lines, key=lambda line: line.size):
        seen += line.count
        if seen * 2 >= total:
            return line.size
    return 0.0


def _is_heading(line: Line, body: float) -> bool:
    return (line.size >= body * HEADING_RATIO and line.size - body >= 1.0
            and len(line.text.split()) <= HEADING_MAX_WORDS)


def _line_spacing(items) -> float:
    """Usual distance between lines of a paragraph, in font sizes (lower quartile of the
    distances on the page, so paragraph gaps do not count)."""
    lines = [item for item in items if isinstance(item, Line)]
    ratios = sorted((a.bottom - b.bottom) / b.size
                    for a, b in zip(lines, lines[1:], strict=False)
                    if abs(a.size - b.size) < 0.5 and 0.8 <= (a.bottom - b.bottom) / b.size <= 2.5)
    return ratios[len(ratios) // 4] if ratios else 1.2


def _breaks(group: list[Line], line: Line, body: float, spacing: float) -> bool:
    """Whether `line` starts a new block rather than continuing `group`."""
    last = group[-1]
    distance = (last.bottom - line.bottom) / line.size
    if distance < 0.3 or distance > spacing * PARAGRAPH_GAP:
        return True  # a paragraph gap, or back up the page to the next column
    if abs(last.size - line.size) >= 1.0 or _is_heading(last, body) != _is_heading(line, body):
        return True
    if _is_heading(line, body):
        return False  # a heading that wraps onto a second line
    if line.bold and not last.bold and line.text[:1].islower() and \
            not last.text.rstrip().endswith((".", ":", "!", "?")):
        return False  # "… ställningstagande till" over a bold "dosdispensering.": it goes on
    if last.italic != line.italic and not line.text[:1].islower():
        return True  # a template's hint in italics over the answer, or under it
    if line.bold and last.bold and _unfinished(last.text):
        return False  # "5. Finns behov … (t.ex. Försäkringskassan," over "Arbetsförmedlingen,
        # god man)?": no label ends in a comma or inside brackets
    if last.bold != line.bold or (line.bold and len(last.text.split()) <= LABEL_MAX_WORDS):
        return True  # a bold label stands alone; a long bold paragraph may wrap
    if _bullet(line.text) is not None:
        return True
    return _bullet(group[0].text) is not None and line.x0 <= group[0].x0 + 0.5 * line.size


def _unfinished(text: str) -> bool:
    """Whether a line stops inside its sentence: at a comma, or with a bracket still open."""
    text = text.rstrip()
    return text.endswith(",") or text.count("(") > text.count(")")


def _bullet(text: str) -> str | None:
    """The text of a list item without its bullet, or None if the line is no list item."""
    if len(text) > 2 and text[0] in _BULLETS and text[1] == " ":
        return text[2:]
    return None


def _paragraph(group: list[Line], page: int, number: int, body: float, levels) -> Block:
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
                 list_item=item is not None, italic=all(line.italic for line in group))


def _table_block(table: Table, page: int, number: int) -> Block:
    rows = []
    for r, row in enumerate(table.rows, 1):
        rows.append([Cell(clean_text((text or "").translate(_PRIVATE)),
                          Location(page=page, table=number, row=r, cell=c),
                          down=table.down.get((r - 1, c - 1), 0))
                     for c, text in enumerate(row, 1) if text is not None])
    return Block(BlockKind.TABLE, table_text(rows), Location(page=page, table=number),
                 rows=rows)
