"""A narrow column of short facts beside a page's main text, read as a column of its own.

Record prints and designed plans put a sidebar down the left of the page (and some down the
right): "DATUM" over "2025-02-11", "DELTAGARE" over a name a line, "HUVUDANSVARIG" over a
function and a unit, while the plan's parts run down the wider column beside it. Joined line
by line across the page, a sidebar's label lands in the middle of a paragraph of the main
text ("DATUM Johan fick diagnosen …") and the plan's parts are read under the wrong
headings. Read as a column of its own, its labels head their own values and the main text
reads on undisturbed.

A sidebar is told from a form's label column by its baselines: a label beside its value
stands on the value's first line, while a sidebar's lines keep their own spacing and mostly
fall between the main text's lines. Nothing is split when no clear gutter runs down the
page beside the narrow column, when either side has only a few lines, or when the left lines
mostly stand on the right's lines (a two-column form, a table without borders).
"""

from __future__ import annotations

from sipcheck.documents.pdf_layout import SPACE, Char, Line, join_lines

SIDEBAR_SHARE = 0.4  # a sidebar is at most this share of the text's width
MIN_LINES = 4  # each side has at least this many runs of text beside the other
ALIGNED_SHARE = 0.5  # more of the left lines than this on the right's baselines: a form
GUTTER = 0.8  # font sizes of white between the sidebar's widest line and the main text


def join_columns(runs: list[list[Char | None]]) -> list[Line]:
    """The page's lines (`pdf_layout.join_lines`), with a sidebar's lines read as a column
    of their own: on the left, the lines above the sidebar first, then the sidebar top to
    bottom, then the rest of the page top to bottom; on the right ("Kontaktuppgifter /
    Deltagare" boxed beside the plan), the main text first, then the sidebar."""
    boxes = [_box(run) for run in runs]
    split = _sidebar(boxes)
    if split is not None:
        above, left = split
        head, side, rest = [], [], []
        for index, run in enumerate(runs):
            (head if index in above else side if index in left else rest).append(run)
        return join_lines(head) + join_lines(side) + join_lines(rest)
    # the same sidebar on the right: the page seen in a mirror
    split = _sidebar([(-x1, -x0, bottom, top, size) for x0, x1, bottom, top, size in boxes])
    if split is None:
        return join_lines(runs)
    _, right = split
    return join_lines([run for index, run in enumerate(runs) if index not in right]) + \
        join_lines([run for index, run in enumerate(runs) if index in right])


def _box(run: list[Char | None]) -> tuple[float, float, float, float, float]:
    """(x0, x1, bottom, top, size) of a run, from its first and last characters: a run is
    one line's characters from left to right (cheap: every page asks for every run)."""
    first = next(c for c in run if c is not SPACE)
    last = next(c for c in reversed(run) if c is not SPACE)
    return (first.x0, max(first.x1, last.x1), min(first.bottom, last.bottom),
            max(first.top, last.top), first.size or 1.0)


def _sidebar(boxes: list[tuple]) -> tuple[set[int], set[int]] | None:
    """(the indexes of the boxes above the sidebar, those of the sidebar's boxes), or None
    when the page has no sidebar."""
    if len(boxes) < 2 * MIN_LINES:
        return None
    left_edge = min(b[0] for b in boxes)
    width = max(b[1] for b in boxes) - left_edge
    if width <= 0:
        return None
    limit = left_edge + SIDEBAR_SHARE * width
    for gutter in sorted({b[1] for b in boxes if b[1] <= limit}, reverse=True):
        left = [b for b in boxes if b[1] <= gutter]
        if len(left) < MIN_LINES:
            continue
        bottom, top = min(b[2] for b in left), max(b[3] for b in left)
        beside = [b for b in boxes if b[1] > gutter and b[2] < top and b[3] > bottom]
        if any(b[0] < gutter + GUTTER * b[4] for b in beside):
            continue  # a line crosses where the gutter would run: no column there
        if len(beside) < MIN_LINES:
            return None
        aligned = sum(any(abs(b[2] - r[2]) < 0.3 * b[4] for r in beside) for b in left)
        if aligned > ALIGNED_SHARE * len(left):
            return None  # labels on their values' lines: a form, read across
        above = {i for i, b in enumerate(boxes) if b[1] > gutter and b[2] >= top}
        return above, {i for i, b in enumerate(boxes) if b[1] <= gutter}
    return None
