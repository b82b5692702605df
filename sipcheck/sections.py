"""Section finding: turns a `Document` into a `Plan` of labelled sections.

A heading in a real plan may be a heading style, a bold short paragraph, a line in
CAPITALS, a question ("Varför gör vi denna plan?"), a "Label: value" line, or a label cell
in a table with its value to the right or below. This module recognises all of them and
names each section by the checklist's aliases, so rules can ask for "the purpose section"
without knowing the template the plan was written in.

Which headings end a section is the delicate part. A matched heading always starts a new
section. An unmatched heading ends the current section only when it is at least as strong
as the heading that opened it (a Heading 1 after a Heading 1, a bold line after a bold
line); weaker unmatched headings are sub-headings and stay part of the section.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from sipcheck.documents.model import Block, BlockKind, Cell, Document, Location
from sipcheck.language.names import likely_subject
from sipcheck.language.sentences import logical_lines
from sipcheck.vocabulary import Vocabulary

_LABEL_LINE = re.compile(r"^\s*([^:\n]{2,70}?)\s*:\s*(.*)$")
_SHORT_WORDS = 12
_SHORT_CHARS = 100


@dataclass
class Line:
    """A line of text in a plan. `label` is the form label it stood behind, if any."""

    text: str
    location: Location
    label: str | None = None
    heading: bool = False  # the line is itself a heading or a bare label, not content

    @property
    def full(self) -> str:
        return f"{self.label}: {self.text}" if self.label else self.text


@dataclass
class TableView:
    """Table rows that belong to a section, with the header row when one was recognised."""

    header: list[str] | None
    rows: list[list[Cell]]
    location: Location


@dataclass
class Section:
    id: str | None
    heading: str
    location: Location
    lines: list[Line] = field(default_factory=list)
    tables: list[TableView] = field(default_factory=list)
    # How the heading was written: heading, bold, caps, question, label, cell.
    form: str = "heading"
    level: int = 0

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines if not line.heading)


@dataclass
class Plan:
    """A document read as a plan: its sections and every line in reading order."""

    document: Document
    sections: list[Section]
    lines: list[Line]
    vocabulary: Vocabulary

    def sections_for(self, ids: str | list[str] | None) -> list[Section]:
        if ids is None:
            return list(self.sections)
        wanted = {ids} if isinstance(ids, str) else set(ids)
        return [s for s in self.sections if s.id in wanted]

    def value_lines(self, section_ids: str | list[str] | None = None) -> list[Line]:
        """Content lines (no headings, no placeholders) of the given sections, or of the
        whole plan when `section_ids` is None."""
        source = self.lines if section_ids is None else [
            line for section in self.sections_for(section_ids) for line in section.lines]
        return self.values(source)

    def values(self, lines: list[Line]) -> list[Line]:
        """The lines that state something: no headings, no empty fields or placeholders."""
        return [line for line in lines
                if not line.heading and not self.vocabulary.is_placeholder(line.text)]

    def table_rows(self, section_ids: str | list[str] | None = None) -> list[Line]:
        """Each table row of the given sections as one line, cells joined by " | "."""
        rows = []
        for section in self.sections_for(section_ids):
            for table in section.tables:
                for cells in table.rows:
                    texts = [c.text.strip() for c in cells if c.text.strip()]
                    if texts:
                        rows.append(Line(" | ".join(texts), cells[0].location))
        return rows

    def found_ids(self) -> set[str]:
        return {s.id for s in self.sections if s.id}

    @cached_property
    def texts(self) -> list[str]:
        """The text of every content line, for whole-plan analyses."""
        return [line.text for line in self.value_lines()]

    def subject_pattern(self, exclude: tuple[str, ...] = ()) -> re.Pattern | None:
        """A pattern for the name of the person the plan is about (see `likely_subject`),
        leaving out words that match one of `exclude` (roles, organisations). Several rules
        ask for it; it is worked out once per plan and set of exclusions."""
        memo = self.__dict__.setdefault("_subjects", {})
        if exclude not in memo:
            ruled_out = [re.compile(pattern, re.IGNORECASE) for pattern in exclude]
            name = likely_subject(self.texts, exclude=lambda word: any(
                pattern.search(word) for pattern in ruled_out))
            memo[exclude] = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)") if name else None
        return memo[exclude]


_STRENGTH = {"heading": 3, "bold": 2, "caps": 2, "question": 1, "plain": 1, "label": 1, "cell": 1}


class _Builder:
    """Walks the blocks once, keeping the open section."""

    def __init__(self, document: Document, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary
        self.document = document
        self.preamble = Section(None, "", Location(), form="preamble", level=99)
        self.sections: list[Section] = [self.preamble]
        self.lines: list[Line] = []
        self.current = self.preamble

    def open(self, section_id: str | None, heading: str, location: Location, form: str,
             level: int = 0) -> Section:
        section = Section(section_id, heading, location, form=form, level=level)
        self.sections.append(section)
        self.current = section
        return section

    def add(self, line: Line, section: Section | None = None) -> None:
        (section or self.current).lines.append(line)
        self.lines.append(line)

    # -- paragraphs -------------------------------------------------------------------
    def paragraph(self, block: Block) -> None:
        """Each logical line of a paragraph: printed line breaks inside a sentence are
        joined, so a wrapped PDF sentence is one line; "Label: value" lines stay apart."""
        raw_lines = block.text.split("\n")
        offset = 0
        for text in logical_lines(block.text):
            while offset < len(raw_lines) and not text.startswith(raw_lines[offset].strip()):
                offset += 1
            location = block.location
            if location.line is not None and offset:
                location = Location(**{**location.to_dict(), "line": location.line + offset})
            self.line(text, location, block)

    def line(self, text: str, location: Location, block: Block) -> None:
        form, level = self.heading_form(text, block)
        if form:
            section_id = self.vocabulary.section_of(text)
            if section_id or self.ends_current(form, level):
                self.open(section_id, text.rstrip(":").strip(), location, form, level)
                self.add(Line(text, location, heading=True))
                return
            self.add(Line(text, location))  # a sub-heading stays content of its section
            return
        match = _LABEL_LINE.match(text)
        if match and self.is_label_line(match):
            label, value = match.group(1).strip(), match.group(2).strip()
            section_id = self.vocabulary.section_of(label)
            if section_id or self.current.form == "label":
                target = self.open(section_id, label, location, "label")
                self.add(Line(value, location, label=label, heading=not value), target)
                return
            self.add(Line(value, location, label=label, heading=not value))
            return
        self.add(Line(text, location))

    def heading_form(self, text: str, block: Block) -> tuple[str | None, int]:
        if block.kind is BlockKind.HEADING:
            return "heading", block.level or 1
        short = len(text) <= _SHORT_CHARS and len(text.split()) <= _SHORT_WORDS
        if not short or block.list_item:
            return None, 0
        if text.endswith("?"):
            return ("question", 0) if self.vocabulary.section_of(text) else (None, 0)
        if _LABEL_LINE.match(text) and not text.rstrip().endswith(":"):
            return None, 0  # "Label: value" is handled as a label line
        if block.bold:
            return "bold", 0
        letters = [c for c in text if c.isalpha()]
        if len(letters) >= 3 and sum(c.isupper() for c in letters) >= 0.8 * len(letters):
            return "caps", 0
        if "\n" not in block.text.strip() and not text.endswith((".", ":")) and \
                self.vocabulary.section_of(text):
            return "plain", 0  # a heading written as plain text, alone on its line
        return None, 0

    def ends_current(self, form: str, level: int) -> bool:
        """Whether an unmatched heading closes the open section (see module docstring)."""
        current = self.current
        if form == "question" or current.form == "preamble":
            return form == "heading"
        if current.form == "heading" and form == "heading":
            return level <= current.level
        return _STRENGTH[form] >= _STRENGTH.get(current.form, 0)

    @staticmethod
    def is_label_line(match: re.Match) -> bool:
        label = match.group(1)
        # Not "kl. 13:00" or "Tid 10:30": a label never ends in a digit.
        return len(label.split()) <= 8 and not label[-1:].isdigit()

    # -- tables -----------------------------------------------------------------------
    def table(self, block: Block) -> None:
        outer = self.current
        rows = block.rows
        # Label rows: the first row may be a label written freely ("Syfte med mötet");
        # further rows must name a section exactly, so that a data row such as
        # "Uppföljning av medicinering" in an interventions table is not taken for one.
        label_rows = {i for i, row in enumerate(rows)
                      if self.row_label(row, exact=i > 0) is not None}
        if not label_rows:
            self.attach(outer, rows, block.location)
            return
        column_mode = any(self.column_labels(rows[i]) for i in label_rows)
        if column_mode:
            self.columns(rows, block.location)
        else:
            self.label_rows(rows, label_rows, block.location)
        self.current = outer

    def row_label(self, row: list[Cell], exact: bool = False) -> str | None:
        cells = [c for c in row if c.text.strip()]
        if not cells:
            return None
        first_line = cells[0].text.strip().split("\n")[0]
        return self.vocabulary.section_of(first_line, exact=exact)

    def column_labels(self, row: list[Cell]) -> list[tuple[int, str]]:
        found = [(i, self.vocabulary.section_of(c.text, exact=True)) for i, c in enumerate(row)]
        found = [(i, s) for i, s in found if s]
        return found if len(found) >= 2 else []

    def label_rows(self, rows: list[list[Cell]], label_rows: set[int], where: Location) -> None:
        before = min(label_rows)
        if before:
            self.attach(self.current, rows[:before], where)
        index = before
        while index < len(rows):
            row = rows[index]
            cells = [c for c in row if c.text.strip()]
            first = cells[0]
            label, _, in_cell = first.text.strip().partition("\n")
            section = self.open(self.row_label(row, exact=index > 0), label.rstrip(":").strip(),
                                first.location, "cell")
            self.add(Line(label, first.location, heading=True), section)
            if in_cell.strip():
                self.add(Line(in_cell.strip(), first.location, label=label), section)
            rest = [c for c in row if c is not first]
            end = index + 1
            while end < len(rows) and end not in label_rows:
                end += 1
            if any(c.text.strip() for c in rest):
                for cell in rest:
                    self.add(Line(cell.text.strip(), cell.location, label=label,
                                  heading=self.vocabulary.is_label(cell.text, questions=False)),
                             section)
                if end > index + 1:
                    self.attach(section, rows[index + 1:end], where)
            elif len(row) == 1 or end > index + 1:
                self.attach(section, rows[index + 1:end], where)
            index = end

    def columns(self, rows: list[list[Cell]], where: Location) -> None:
        header_index = next(i for i, row in enumerate(rows) if self.column_labels(row))
        if header_index:
            self.attach(self.current, rows[:header_index], where)
        header = rows[header_index]
        for column, section_id in self.column_labels(header):
            cell = header[column]
            section = self.open(section_id, cell.text.strip().rstrip(":"), cell.location, "cell")
            self.add(Line(cell.text.strip(), cell.location, heading=True), section)
            grid = cell.location.cell
            for row in rows[header_index + 1:]:
                for below in row:
                    if below.location.cell == grid and below.text.strip():
                        self.add(Line(below.text.strip(), below.location,
                                      label=cell.text.strip()), section)

    def is_header(self, cells: list[str]) -> bool:
        """A header row: short cells without digits, most of them known labels."""
        if not cells or not all(_header_like(text) for text in cells):
            return False
        labels = sum(1 for text in cells if self.vocabulary.is_label(text))
        return labels * 2 >= len(cells)

    def attach(self, section: Section, rows: list[list[Cell]], where: Location) -> None:
        """Adds table rows to a section: a header row of labels, then value lines per cell."""
        rows = [row for row in rows if any(c.text.strip() for c in row)]
        if not rows:
            return
        header = None
        first = [c.text.strip() for c in rows[0] if c.text.strip()]
        if self.is_header(first) and (len(rows) > 1 or len(first) > 1):
            header = [c.text.strip() for c in rows[0]]
            for cell in rows[0]:
                if cell.text.strip():
                    self.add(Line(cell.text.strip(), cell.location, heading=True), section)
            rows = rows[1:]
        section.tables.append(TableView(header, rows, where))
        for row in rows:
            for position, cell in enumerate(row):
                if cell.text.strip():
                    label = header[position] if header and position < len(header) else None
                    self.add(Line(cell.text.strip(), cell.location, label=label or None),
                             section)


def _header_like(text: str) -> bool:
    """Header cells have no digits and are short, or are template questions/labels."""
    if any(ch.isdigit() for ch in text):
        return False
    return len(text.split()) <= 8 or text.rstrip().endswith(("?", ":"))


def find_sections(document: Document, vocabulary: Vocabulary) -> Plan:
    """Reads a document as a plan. Pure: the same document gives the same plan."""
    builder = _Builder(document, vocabulary)
    for block in document.blocks:
        if block.location.part in ("header", "footer"):
            # Page headers and footers repeat on every page; they belong to no section.
            builder.add(Line(block.text, block.location), builder.preamble)
            continue
        if block.kind is BlockKind.TABLE:
            builder.table(block)
        else:
            builder.paragraph(block)
    sections = [s for s in builder.sections if s.lines or s.id]
    return Plan(document, sections, builder.lines, vocabulary)
