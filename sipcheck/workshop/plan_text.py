"""A plan's text as the reader saw it, masked, with a criterion's evidence marked in it.

The workshop shows the plan beside its judgement. The text comes from the same readers as
the review (`documents.read_document`), block by block: headings, paragraphs, list items,
tables cell by cell, headers and footers, page breaks of a PDF. Every text passes the
document's `privacy.Scan` first, exactly as evidence did when the round was made, so the
page shows what every report shows: "[personnummer]", never the number.

Evidence in a round says where it stands (`where`: page, paragraph, line, table, row,
cell, part) and quotes at most a sentence. `marked` finds the block or cell each `where`
names and, inside it, the quoted words; where the words cannot be found (the file changed
since the review, a quote cut with "…"), the whole block or cell is marked, and where the
place cannot be found either, the evidence is listed in the panel only.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sipcheck.documents import Block, BlockKind, Cell, Document
from sipcheck.privacy import Scan


@dataclass
class Piece:
    """A run of text; `mark` is the evidence number it belongs to (1-based), `anchor` the
    evidence numbers whose first mark starts here (the panel's links jump to them)."""

    text: str
    mark: int | None = None
    anchor: list[int] = field(default_factory=list)


@dataclass
class Shown:
    """One thing on the page: a heading, a paragraph, a list, a table, a page break or a
    part (header, footer, text box). `target` is the key evidence is located by."""

    kind: str
    text: str = ""
    target: str = ""
    level: int | None = None
    bold: bool = False
    part: str | None = None
    page: int | None = None
    items: list[Shown] = field(default_factory=list)  # a list's items
    rows: list[list[Shown]] = field(default_factory=list)  # a table's cells


@dataclass
class PlanText:
    """The shown plan and where each location of the document is shown."""

    shown: list[Shown]
    places: dict[tuple, str]  # a location's items -> the target that shows it
    lines: list[tuple[tuple, int, str]]  # (part and page, first line, target) of text blocks
    texts: dict[str, str]  # target -> its (masked) text
    row_cells: dict[str, list[str]]  # "t3r2" -> the targets of the row's cells


def _key(location: dict) -> tuple:
    """A place as a key: its coordinates, not the heading it stood under (`under`)."""
    return tuple(sorted((k, v) for k, v in location.items() if k != "under"))


def plan_text(document: Document, lang: str = "sv") -> PlanText:
    """The document as shown: masked with its own `Scan`, grouped into lists and pages."""
    scan = Scan(document)
    made = PlanText([], {}, [], {}, {})
    page = None
    items: list[Shown] = []
    for block in document.blocks:
        where = block.location
        if where.page is not None and where.page != page and not where.part:
            if page is not None:
                made.shown.append(Shown("page", page=where.page))
            page = where.page
        shown = _block(block, scan, lang, made)
        if shown.kind == "item":
            items.append(shown)
            continue
        if items:
            made.shown.append(Shown("list", items=items))
            items = []
        made.shown.append(shown)
    if items:
        made.shown.append(Shown("list", items=items))
    return made


def _block(block: Block, scan: Scan, lang: str, made: PlanText) -> Shown:
    target = f"b{len(made.texts) + 1}"
    location = block.location
    if block.kind is BlockKind.TABLE:
        shown = Shown("table", part=location.part, page=location.page)
        for row in block.rows:
            shown.rows.append([_cell(cell, scan, lang, made) for cell in row])
        if shown.rows and shown.rows[0]:  # evidence naming the whole table: its first cell
            made.places[_key(location.to_dict())] = shown.rows[0][0].target
        return shown
    text = scan.redact(block.text, lang)
    kind = "heading" if block.kind is BlockKind.HEADING else (
        "item" if block.list_item else "paragraph")
    shown = Shown(kind, text, target, level=block.level, bold=block.bold, part=location.part,
                  page=location.page)
    made.texts[target] = text
    made.places[_key(location.to_dict())] = target
    if location.line is not None:
        made.lines.append(((location.part, location.page), location.line, target))
    return shown


def _cell(cell: Cell, scan: Scan, lang: str, made: PlanText) -> Shown:
    target = f"b{len(made.texts) + 1}"
    text = scan.redact(cell.text, lang)
    made.texts[target] = text
    where = cell.location
    made.places[_key(where.to_dict())] = target
    row = f"{where.part or ''}p{where.page}t{where.table}r{where.row}"
    made.row_cells.setdefault(row, []).append(target)
    # A nested table's cells are shown as part of the cell they stand in.
    for nested in cell.tables:
        for inner in nested.rows:
            for inner_cell in inner:
                made.places.setdefault(_key(inner_cell.location.to_dict()), target)
    return Shown("cell", text, target)


def locate(plan: PlanText, where: dict | None) -> str | None:
    """The target that shows the place `where` names, or None (the whole plan, or a place
    this reading of the file does not have)."""
    if not where:
        return None
    found = plan.places.get(_key(where))
    if found or "line" not in where or "table" in where:
        return found
    scope = (where.get("part"), where.get("page"))
    before = [(line, target) for (place, line, target) in plan.lines
              if place == scope and line <= where["line"]]
    return max(before)[1] if before else None


def marked(plan: PlanText, evidence: list[dict]) -> tuple[dict[str, list[tuple]], list[bool]]:
    """Where each piece of evidence is marked: {target: [(start, end, number)]}, and for
    each piece whether it was found in the text at all."""
    marks: dict[str, list[tuple]] = {}
    found = []
    for number, item in enumerate(evidence, start=1):
        target = locate(plan, item.get("where"))
        if target is None:
            found.append(False)
            continue
        found.append(True)
        quote = item.get("text", "")
        span = find_quote(plan.texts[target], quote)
        row = next((cells for cells in plan.row_cells.values() if target in cells), [target])
        if span is None:  # a row is cited at its first cell, which may be empty
            span, target = next(((found_at, cell) for cell in row
                                 if (found_at := find_quote(plan.texts[cell], quote))),
                                (None, target))
        if span is None and " | " in quote:
            for cell in row:
                marks.setdefault(cell, []).append((0, len(plan.texts[cell]), number))
            continue
        start, end = span or (0, len(plan.texts[target]))
        marks.setdefault(target, []).append((start, end, number))
    return marks, found


_QUOTES = "”“\"«» "


def find_quote(text: str, quote: str) -> tuple[int, int] | None:
    """Where `quote` stands in `text`, ignoring how whitespace runs; a quote cut with "…"
    is looked for without it, then without quotation marks, and a "Label: value" quote
    also as its value alone."""
    wanted = " ".join(quote.split())
    if wanted.endswith("…"):
        wanted = wanted[:-1].rstrip()
    flat, at = [], []  # the text with whitespace runs as one space, and where each came from
    for index, char in enumerate(text):
        if char.isspace():
            if flat and flat[-1] != " ":
                flat.append(" ")
                at.append(index)
            continue
        flat.append(char)
        at.append(index)
    joined = "".join(flat)
    candidates = [wanted, wanted.strip(_QUOTES)]
    if ": " in wanted:
        candidates.append(wanted.split(": ", 1)[1].strip(_QUOTES))
    for candidate in candidates:
        position = joined.find(candidate)
        if candidate and position >= 0:
            return at[position], at[position + len(candidate) - 1] + 1
    return None


def pieces(text: str, marks: list[tuple]) -> list[Piece]:
    """`text` cut into plain and marked runs; overlapping marks are joined, and each
    evidence number is anchored where its first mark starts."""
    if not marks:
        return [Piece(text)]
    ordered = sorted(marks)
    result: list[Piece] = []
    position = 0
    spans: list[list] = []
    for start, end, number in ordered:
        if spans and start <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], end)
            spans[-1][2].append(number)
        else:
            spans.append([start, end, [number]])
    for start, end, numbers in spans:
        if start > position:
            result.append(Piece(text[position:start]))
        result.append(Piece(text[start:end], mark=numbers[0], anchor=sorted(set(numbers))))
        position = end
    if position < len(text):
        result.append(Piece(text[position:]))
    return result
