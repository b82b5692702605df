"""The one shape every reader produces: a `Document` of blocks with locations.

Readers know file formats; nothing downstream does. Section finding, rules and reports
only ever see `Document`, so a plan exported as .docx, .pdf, .md or .txt is judged the
same way, and every piece of evidence can say where in the file it was found.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path


class Status(StrEnum):
    """Whether a file could be read. Only `ok` documents are scored."""

    OK = "ok"
    NO_TEXT = "no_text"  # no text layer (a scan): needs OCR
    UNREADABLE = "unreadable"  # empty, corrupt, password-protected
    UNSUPPORTED = "unsupported"  # a format sipcheck does not read (.doc, .odt, ...)
    TOO_LARGE = "too_large"  # over the memory or text budget of one document
    TIMEOUT = "timeout"  # over the time budget of one document


class BlockKind(StrEnum):
    HEADING = "heading"  # explicitly marked: a heading style, Markdown '#', PDF heading
    PARAGRAPH = "paragraph"  # a paragraph or a line; list items are paragraphs with list_item
    TABLE = "table"


@dataclass(frozen=True)
class Location:
    """Where a piece of text stands in its file. All numbers are 1-based.

    `part` names a region outside the body: "header", "footer", "textbox". `under` is the
    heading the text stood under, when evidence is reported (the plan's own words, so a
    reader sees which heading a section was found under).
    """

    page: int | None = None
    paragraph: int | None = None
    line: int | None = None
    table: int | None = None
    row: int | None = None
    cell: int | None = None
    part: str | None = None
    under: str | None = None

    def describe(self, lang: str = "sv") -> str:
        """Human wording, e.g. 'sida 2, tabell 1, rad 3, cell 2'."""
        words = _LOCATION_WORDS[lang if lang in _LOCATION_WORDS else "sv"]
        pieces = []
        if self.part:
            pieces.append(words.get(self.part, self.part))
        for name in ("page", "paragraph", "line", "table", "row", "cell"):
            value = getattr(self, name)
            if value is not None:
                pieces.append(f"{words[name]} {value}")
        text = ", ".join(pieces)
        if self.under:
            under = words["under"].format(self.under)
            text = f"{text} – {under}" if text else under
        return text

    def to_dict(self) -> dict[str, int | str]:
        return {k: v for k, v in self.__dict__.items() if v is not None}

    @classmethod
    def from_dict(cls, data: dict) -> Location:
        return cls(**{k: data[k] for k in cls.__dataclass_fields__ if k in data})


_LOCATION_WORDS = {
    "sv": {
        "page": "sida", "paragraph": "stycke", "line": "rad i texten", "table": "tabell",
        "row": "rad", "cell": "cell", "header": "sidhuvud", "footer": "sidfot",
        "section_header": "sidhuvud för delen",
        "textbox": "textruta", "comment": "kommentar", "deleted": "spårad borttagning",
        "hidden_text": "dold text", "struck_text": "genomstruken text",
        "properties": "dokumentegenskaper",
        "alt_text": "alternativtext", "footnote": "fotnot", "endnote": "slutnot",
        "annotation": "anteckning", "metadata": "metadata",
        "markup_comment": "kommentar i koden", "under": "under rubriken ”{}”",
    },
    "en": {
        "page": "page", "paragraph": "paragraph", "line": "line", "table": "table",
        "row": "row", "cell": "cell", "header": "header", "footer": "footer",
        "section_header": "the part's page header",
        "textbox": "text box", "comment": "comment", "deleted": "tracked deletion",
        "hidden_text": "hidden text", "struck_text": "struck-through text",
        "properties": "document properties",
        "alt_text": "alternative text", "footnote": "footnote", "endnote": "endnote",
        "annotation": "annotation", "metadata": "metadata",
        "markup_comment": "comment in the markup", "under": "under the heading “{}”",
    },
}


@dataclass
class Cell:
    """One table cell. A merged cell is emitted once, at its first grid position, so its
    text is not doubled; `down` is the number of rows below it that it spans (a Word cell
    merged downwards, "Fritids, Västra skolan" beside three measures), which are read with
    its text (`section_tables`). Nested tables inside the cell are in `tables`, and their
    text is also part of `text`."""

    text: str
    location: Location
    tables: list[Block] = field(default_factory=list)
    down: int = 0


@dataclass
class Block:
    """A heading, a paragraph or a table.

    `bold` is true when the whole paragraph text is bold (form labels, free documents that
    use bold short lines as headings); `italic` when it is all in italics (a template's hint,
    a quotation). `level` is the heading level (1 = top) for headings.
    For tables, `rows` holds the cells and `text` is the cell texts joined for search.
    """

    kind: BlockKind
    text: str
    location: Location
    level: int | None = None
    bold: bool = False
    list_item: bool = False
    style: str | None = None
    italic: bool = False
    rows: list[list[Cell]] = field(default_factory=list)

    @property
    def is_table(self) -> bool:
        return self.kind is BlockKind.TABLE


@dataclass
class Document:
    """A file read into blocks, or the reason it could not be read (`status`, `message`).

    `message` is a Swedish sentence for the user naming what is wrong and what to do;
    `message_en` is the same in English.
    """

    path: str
    format: str
    status: Status = Status.OK
    blocks: list[Block] = field(default_factory=list)
    message: str | None = None
    message_en: str | None = None
    pages: int | None = None
    # Things the user should know about a document that was read: (Swedish, English).
    warnings: list[tuple[str, str]] = field(default_factory=list)
    # Text that is part of the file but not of the plan as printed: comments, tracked
    # deletions, document properties, alternative text, PDF annotations and metadata.
    # Only the privacy scan reads it; each block's location names the part.
    hidden: list[Block] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.status is Status.OK

    def text(self) -> str:
        return "\n".join(block.text for block in self.blocks)


def table_text(rows: list[list[Cell]]) -> str:
    """The searchable text of a table: cells joined by ' | ', rows by newlines."""
    return "\n".join(" | ".join(cell.text for cell in row) for row in rows)


def spread_down(rows: list[list[Cell]]) -> list[list[Cell]]:
    """The rows as a reader sees them: a cell merged down over the rows below it (`down`)
    stands in each of them too, at its grid place, with that row's location. A merged
    "Verksamhet" cell beside three measures is each measure's unit; read once per table,
    the three rows would lack a cell and their columns would shift."""
    if not any(cell.down for row in rows for cell in row):
        return rows
    spread: list[list[Cell]] = []
    over: list[Cell] = []  # cells merged down from the rows read so far
    for row in rows:
        number = row[0].location.row if row else None
        here = [replace(cell, location=replace(cell.location, row=number), tables=[], down=0)
                for cell in over if number is not None and cell.location.row is not None
                and cell.location.row < number <= cell.location.row + cell.down]
        spread.append(sorted([*row, *here], key=lambda cell: cell.location.cell or 0)
                      if here else row)
        over.extend(cell for cell in row if cell.down)
    return spread


def failed(path: Path, fmt: str, message: str, message_en: str,
           status: Status = Status.UNREADABLE) -> Document:
    """A Document that could not be read, with the user-facing reason in both languages."""
    return Document(str(path), fmt, status, message=message, message_en=message_en)
