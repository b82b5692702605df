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
from sipcheck.gather import GATHERED, gather, table_section
from sipcheck.language.clauses import introduces_speech
from sipcheck.language.function_words import FUNCTION_WORDS
from sipcheck.language.names import likely_subject
from sipcheck.language.sentences import logical_lines
from sipcheck.vocabulary import Vocabulary, checkbox_value, key, label_core

_LABEL_LINE = re.compile(r"^\s*([^:\n]{2,70}?)\s*:\s*(.*)$")
_SHORT_WORDS = 12
_SHORT_CHARS = 100
_NUMBERED = re.compile(r"^\s*\d{1,2}[a-z]?(?:\.\d{1,2})*[.)]?\s+\w")
_NUMBERED_WORDS = 8
_LABEL_WORDS = 10
_LAYOUT_LINES = 6  # a one-cell table with this many paragraphs is a box around text
_QUOTES = "”“\"'«»’"
TITLE_LINES = 3
_PROSE_WORDS = 8  # a sentence this long is prose, not an entry of a list
# A line that is a heading only by its wording must have most of its content words
# explained by a section's cues ("När ses vi igen?"), not just one of them.
CUE_COVERAGE = 0.5
LIST_COVERAGE = 0.75


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
        """The lines that state something: no headings, no empty fields or placeholders, no
        label standing alone ("Samtycke till SIP", "Namn")."""
        states = self.__dict__.setdefault("_states", {})
        kept = []
        for line in lines:
            said = states.get(id(line))
            if said is None:
                said = states[id(line)] = not line.heading and self._says(line)
            if said:
                kept.append(line)
        return kept

    def _says(self, line: Line) -> bool:
        vocabulary = self.vocabulary
        return not (vocabulary.is_placeholder(line.text)
                    or (line.label and vocabulary.is_form_text(line.full))
                    or vocabulary.is_field_label(line.text)
                    or vocabulary.section_of(line.text, exact=True) is not None)

    def table_rows(self, section_ids: str | list[str] | None = None) -> list[Line]:
        """Each table row of the given sections as one line, cells joined by " | "."""
        rows = []
        for section in self.sections_for(section_ids):
            for table in section.tables:
                for cells in table.rows:
                    texts = [self.vocabulary.cell_value(c.text) for c in cells]
                    texts = [text for text in texts if text]
                    if texts:
                        rows.append(Line(" | ".join(texts), cells[0].location))
        return rows

    def opening_lines(self, count: int = TITLE_LINES) -> list[str]:
        """The first lines of the body, headings included: where a document says what it
        is ("Kallelse till SIP-möte", "Genomförandeplan")."""
        return [line.text for line in self.lines
                if line.location.part not in ("header", "footer") and line.text.strip()][:count]

    def heading_at(self, location: Location) -> str | None:
        """The heading of the section a line at `location` stands in; None before the first
        heading (the preamble) or for a place no line has."""
        headings = self.__dict__.get("_headings")
        if headings is None:
            headings = {}
            for section in self.sections:
                for line in section.lines:
                    headings.setdefault(line.location, section.heading or None)
            self.__dict__["_headings"] = headings
        return headings.get(location)

    def found_ids(self) -> set[str]:
        return {s.id for s in self.sections if s.id}

    @cached_property
    def texts(self) -> list[str]:
        """The text of every content line, for whole-plan analyses."""
        return [line.text for line in self.value_lines()]

    def subject_pattern(self, exclude: tuple[str, ...] = ()) -> re.Pattern | None:
        """A pattern for the name of the person the plan is about (see `likely_subject`),
        leaving out words that match one of `exclude` (roles, organisations). Several rules
        ask for it; it is worked out once per plan and set of exclusions. "G:s make" names
        G's husband, not G."""
        memo = self.__dict__.setdefault("_subjects", {})
        if exclude not in memo:
            ruled_out = [re.compile(pattern, re.IGNORECASE) for pattern in exclude]
            name = likely_subject(self.texts, exclude=lambda word: any(
                pattern.search(word) for pattern in ruled_out))
            initial = r"\.?" if name and len(name) == 1 else ""  # "K." is the initial K
            memo[exclude] = re.compile(rf"(?<!\w){re.escape(name)}(?!\w|:\w){initial}") \
                if name else None
        return memo[exclude]


_STRENGTH = {"heading": 3, "bold": 2, "caps": 2, "numbered": 2, "question": 1, "plain": 1,
             "label": 1, "cell": 1, "prose": 1}


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
        boxes = checkbox_value(text)
        if boxes is not None:
            self.checkbox_line(*boxes, text, location)
            return
        form, level = self.heading_form(text, block)
        if form:
            section_id = self.heading_section(text, form)
            if section_id or self.ends_current(form, level):
                self.open(section_id, label_core(text).rstrip(":").strip(), location, form,
                          level)
                self.add(Line(text, location, heading=True))
                return
            self.add(Line(text, location))  # a sub-heading stays content of its section
            return
        match = _LABEL_LINE.match(text)
        if match and self.is_label_line(match):
            self.label_line(match.group(1).strip(), match.group(2).strip(), location)
            return
        if self.ends_list(text, block):
            self.open(None, "", location, "prose")
        self.add(Line(text, location))

    def ends_list(self, text: str, block: Block) -> bool:
        """A paragraph of prose after a label's list of short entries ("Närvarande:" and a
        name per line) is no longer that list: minutes go on with their notes."""
        if self.current.form != "label" or block.list_item or \
                len(text.split()) < _PROSE_WORDS or not text.rstrip().endswith((".", "!")):
            return False
        values = [line for line in self.current.lines if not line.heading and line.text]
        return bool(values) and all(len(line.text.split()) <= _SHORT_WORDS for line in values)

    def label_line(self, label: str, value: str, location: Location) -> None:
        """A "Label: value" line. A label that names a section opens it; a label with an
        empty value, a placeholder or nothing ticked is form, not content."""
        if value and self.vocabulary.is_heading_label(label):
            # a heading, and its section holds "Label: value" lines as content
            self.open(self.vocabulary.section_of(value), label_core(value), location, "bold")
            self.add(Line(value, location, label=label, heading=True))
            return
        section_id = self.vocabulary.section_of(label)
        empty = not value or self.vocabulary.is_placeholder(value)
        if section_id is None and self.vocabulary.is_record_field(self.current.id, label):
            # "Ansvarig: Mats" under "Så här gör vi: …": a field of what stands above it
            self.add(Line(value, location, label=label, heading=empty))
            return
        if section_id or self.current.form == "label":
            target = self.open(section_id, label_core(label), location, "label")
            self.add(Line(value, location, label=label, heading=empty), target)
            return
        self.add(Line(value, location, label=label, heading=empty))

    def checkbox_line(self, label: str, ticked: str, text: str, location: Location) -> None:
        """A line of checkbox options: only what is ticked is content ("Samtycke: ☒ Muntligt
        ☐ Skriftligt" says "Muntligt"); with nothing ticked the line is all form."""
        label = label.rstrip(":").strip()
        if label:
            self.label_line(label, ticked, location)
        elif ticked:
            self.add(Line(ticked, location))
        else:
            self.add(Line(text, location, heading=True))

    def heading_section(self, text: str, form: str) -> str | None:
        """The section a heading names. A line that is a heading only by its wording (a plain
        line, a question, a numbered list line) must be explained mostly by the cues; a
        heading style, bold or capitals already say it is a heading."""
        coverage = {"question": CUE_COVERAGE, "plain": LIST_COVERAGE, "numbered": LIST_COVERAGE}
        return self.vocabulary.section_of(text, min_coverage=coverage.get(form, 0.0))

    def heading_form(self, text: str, block: Block) -> tuple[str | None, int]:
        if block.kind is BlockKind.HEADING:
            return "heading", block.level or 1
        short = len(text) <= _SHORT_CHARS and len(text.split()) <= _SHORT_WORDS
        if not short:
            return None, 0
        if block.list_item or _NUMBERED.match(text):
            # "2. Syfte med SIP": a numbered heading, which readers may see as a list item;
            # a list line is a heading only when a section's words explain nearly all of it
            if len(text.split()) <= _NUMBERED_WORDS and not text.endswith((".", ",", ";")) \
                    and self.vocabulary.section_of(text, min_coverage=LIST_COVERAGE):
                return "numbered", 0
            return None, 0
        if text.endswith("?"):
            weak = self.vocabulary.section_of(text, min_coverage=CUE_COVERAGE)
            return ("question", 0) if weak else (None, 0)
        if _LABEL_LINE.match(text) and not text.rstrip().endswith(":"):
            return None, 0  # "Label: value" is handled as a label line
        if block.bold:
            return "bold", 0
        letters = [c for c in text if c.isalpha()]
        if len(letters) >= 3 and sum(c.isupper() for c in letters) >= 0.8 * len(letters) \
                and not text.endswith("."):
            return "caps", 0
        if "\n" not in block.text.strip() and not text.rstrip(_QUOTES).endswith((".", ":", "!")) \
                and text[:1] not in _QUOTES and len(text.split()) <= _NUMBERED_WORDS and \
                self.vocabulary.section_of(text, min_coverage=LIST_COVERAGE):
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

    def is_label_line(self, match: re.Match) -> bool:
        label, value = match.group(1), match.group(2).strip()
        if introduces_speech(label):
            return False  # "S. säger: ”Jag vill …”" is the person speaking
        if re.search(r"\w[.!?]\s+\w", label):
            return False  # "Fortsatt hemtjänst. Ansvar: …": a sentence ends before the colon
        # Not "kl. 13:00" or "Tid 10:30": a label never ends in a digit. A long label is
        # still one when its field is left blank ("Om nej, skäl och hur …: ______").
        limit = _LABEL_WORDS + 4 if self.vocabulary.is_placeholder(value) else 8
        return len(label.split()) <= limit and not label[-1:].isdigit()

    # -- tables -----------------------------------------------------------------------
    def table(self, block: Block) -> None:
        outer = self.current
        rows = block.rows
        if self.is_layout_table(rows):
            for row in rows:
                for cell in row:
                    if self.vocabulary.cell_value(cell.text):
                        for text in cell.text.split("\n"):
                            self.paragraph(Block(BlockKind.PARAGRAPH, text, cell.location))
            return
        if self.is_form_table(rows):
            self.form_rows(rows)
            self.current = outer
            return
        # Label rows: the first row may be a label written freely ("Syfte med mötet", or
        # a merged title cell named by cues); further rows must name a section exactly, so
        # that a data row such as "Uppföljning av medicinering" in an interventions table
        # is not taken for one.
        first = [c.text.strip() for c in rows[0]] if rows else []
        if len(first) >= 3 and table_section(first, self.vocabulary.gather, key):
            # a header of columns such as "Behov | Mål | Insats | Ansvar | Tid" makes a
            # table of measures, though some of its column names also name sections
            self.attach(outer, rows, block.location)
            return
        label_rows = {i for i, row in enumerate(rows)
                      if self.row_label(row, exact=i > 0, cues=i == 0 and _width(row) == 1)
                      is not None}
        if not label_rows:
            self.attach(outer, rows, block.location)
            return
        column_mode = any(self.column_labels(rows[i]) for i in label_rows)
        if column_mode:
            self.columns(rows, block.location)
        else:
            self.label_rows(rows, label_rows, block.location)
        self.current = outer

    def is_layout_table(self, rows: list[list[Cell]]) -> bool:
        """A table that only lays text out: one cell holding a whole plan, or a picture or
        symbol beside each piece of text ("[bild: en kalender] | När ses vi igen? …"). Its
        text is read as paragraphs, headings and all."""
        if not rows or any(len(row) > 2 for row in rows):
            return False
        if len(rows) == 1 and len(rows[0]) == 1:
            return len(rows[0][0].text.split("\n")) >= _LAYOUT_LINES
        if not all(len(row) == 2 for row in rows):
            return False
        pictures = [column for column in (0, 1) if all(
            row[column].text.strip() and not self.vocabulary.cell_value(row[column].text)
            for row in rows)]  # every cell a picture or a symbol, none empty
        return bool(pictures) and any(len(cell.text.split("\n")) >= 2
                                      for row in rows for cell in row)

    def row_label(self, row: list[Cell], exact: bool = False, cues: bool = False) -> str | None:
        cells = [c for c in row if c.text.strip()]
        if not cells:
            return None
        first_line = cells[0].text.strip().split("\n")[0]
        if len(first_line.split()) > _SHORT_WORDS:
            return None
        if first_line.endswith("."):
            exact = True  # a sentence is a value, not a label ("Samtycke finns.")
        return self.vocabulary.section_of(first_line, exact=exact, cues=cues,
                                          min_coverage=CUE_COVERAGE)

    def is_form_table(self, rows: list[list[Cell]]) -> bool:
        """A form built as a table: labels down the left, each value to its right ("Vem
        håller ihop planen? | Kurator, BUP"), part headers across the width. Most rows of
        two cells open with a label, and at least two of those labels name a section (one
        will do when every row is a label and its value)."""
        pairs = [row for row in rows if _width(row) == 2 and not self.is_header(
            [c.text.strip() for c in row if c.text.strip()])]
        wider = [row for row in rows if _width(row) > 2]
        if len(pairs) < 2 or len(wider) > len(pairs) // 3:
            return False
        labelled = [row for row in pairs if _label_shaped(_first_text(row))]
        named = [row for row in labelled
                 if self.vocabulary.section_of(_first_text(row), min_coverage=CUE_COVERAGE)]
        if wider or len(labelled) < len(pairs):
            return len(labelled) * 10 >= len(pairs) * 7 and len(named) >= 2
        return len(named) >= 1  # every row a label and its value

    def form_rows(self, rows: list[list[Cell]]) -> None:
        """Reads a form table row by row: a label and its value open a section (named by
        alias or cues, or unnamed), a part header across the width opens one, and a cell
        across the width under a label with an empty value is that label's value."""
        awaiting: str | None = None  # a label whose value comes in the row below
        for row in rows:
            cells = [c for c in row if c.text.strip()]
            if not cells:
                continue
            if len(cells) > 2:
                self.attach(self.current, [row], cells[0].location)
                awaiting = None
                continue
            first = cells[0]
            text = first.text.strip()
            label, in_cell = split_label(text)
            if len(cells) == 1 and (awaiting is not None or not _label_shaped(text)):
                self.cell_lines(text, first.location, awaiting)
                awaiting = None
                continue
            if len(cells) == 2 and not _label_shaped(label):
                for cell in cells:
                    self.cell_lines(cell.text.strip(), cell.location, None)
                continue
            section_id = self.vocabulary.section_of(label)
            self.open(section_id, label_core(label).rstrip(":").strip(), first.location,
                      "cell")
            self.add(Line(label, first.location, heading=True))
            value = "\n".join(part for part in (in_cell.strip(), *(
                c.text.strip() for c in cells[1:])) if part)
            if value:
                self.cell_lines(value, cells[-1].location, label)
            awaiting = None if value or len(cells) == 1 else label

    def cell_lines(self, text: str, location: Location, label: str | None,
                   section: Section | None = None, split: bool = True) -> None:
        """A value cell as content lines of a section (the open one by default): each
        logical line (or the whole cell), with only the ticked options of checkboxes, and
        empty or placeholder values as form."""
        for part in logical_lines(text) if split else [text]:
            boxes = checkbox_value(part)
            if boxes is not None:
                part = " ".join(p for p in boxes if p)
                if not boxes[1]:
                    self.add(Line(part or text, location, label=label, heading=True), section)
                    continue
            empty = self.vocabulary.is_placeholder(part)
            self.add(Line(part, location, label=label, heading=empty), section)

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
            label, in_cell = split_label(first.text.strip())
            section = self.open(
                self.row_label(row, exact=index > 0, cues=index == 0 and _width(row) == 1),
                label_core(label).rstrip(":").strip(), first.location, "cell")
            self.add(Line(label, first.location, heading=True), section)
            if in_cell.strip():
                self.cell_lines(in_cell.strip(), first.location, label, section)
            rest = [c for c in row if c is not first]
            end = index + 1
            while end < len(rows) and end not in label_rows:
                end += 1
            if any(c.text.strip() for c in rest):
                for cell in rest:
                    if self.vocabulary.is_label(cell.text, questions=False):
                        self.add(Line(cell.text.strip(), cell.location, label=label,
                                      heading=True), section)
                    else:
                        self.cell_lines(cell.text.strip(), cell.location, label, section,
                                        split=False)
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

    def unanswered(self, row: list[Cell]) -> bool:
        """A form's question left unanswered: a label cell ("Den enskilde deltog i mötet",
        "Huvudansvarig:") beside an empty value, a placeholder or nothing ticked."""
        if len(row) != 2 or not _label_shaped(row[0].text.strip()):
            return False
        label, value = row[0].text.strip(), row[1].text.strip()
        boxes = checkbox_value(value)
        if boxes is not None:
            return not boxes[1]
        if value and not self.vocabulary.is_placeholder(value):
            return False
        return label.endswith(("?", ":")) or self.vocabulary.is_label(label) or \
            self.vocabulary.section_of(label, min_coverage=CUE_COVERAGE) is not None

    def is_header(self, cells: list[str]) -> bool:
        """A header row: short cells without digits, most of them known labels, and no
        checkbox (a row with boxes to tick is a question, not a header)."""
        if not cells or not all(_header_like(text) for text in cells) or \
                any(checkbox_value(text) is not None for text in cells):
            return False
        labels = sum(1 for text in cells if self.vocabulary.is_label(text))
        return labels * 2 >= len(cells)

    def table_home(self, section: Section, header: list[str], where: Location) -> Section:
        """The section a table with this header belongs to: the one its columns name (see
        `gather.table_section`), unless it already stands there or where such a table may
        stand; then `section` itself."""
        rule = table_section(header, self.vocabulary.gather, key)
        if rule is None or section.id == rule.section or section.id in rule.table_stays_in:
            return section
        home = Section(rule.section, section.heading, where, form=GATHERED)
        self.sections.append(home)
        return home

    def attach(self, section: Section, rows: list[list[Cell]], where: Location) -> None:
        """Adds table rows to a section: a header row of labels, then value lines per cell."""
        rows = [row for row in rows if any(c.text.strip() for c in row)]
        if not rows:
            return
        header = None
        caption = None
        if len(rows) > 2 and _width(rows[0]) == 1 and len(rows[0]) < len(rows[1]) and \
                _header_shaped(rows[1:]):
            # a title across the table ("Mål 1: …") over its header row and rows
            caption, rows = rows[0], rows[1:]
        first = [c.text.strip() for c in rows[0] if c.text.strip()]
        if (self.is_header(first) and (len(rows) > 1 or len(first) > 1)) or \
                _header_shaped(rows):
            header = [c.text.strip() for c in rows[0]]
            section = self.table_home(section, header, where)
            if caption is not None:
                self.cell_lines(caption[0].text.strip(), caption[0].location, None, section)
            for cell in rows[0]:
                if cell.text.strip():
                    self.add(Line(cell.text.strip(), cell.location, heading=True), section)
            # a header repeated where the table continues on the next page is no row
            rows = [row for row in rows[1:] if [c.text.strip() for c in row] != header]
        section.tables.append(TableView(header, rows, where))
        for row in rows:
            if self.unanswered(row):
                self.add(Line(row[0].text.strip(), row[0].location, heading=True), section)
                continue
            for position, cell in enumerate(row):
                if self.vocabulary.is_field_label(cell.text):
                    # "Namn | Jonas | Mötesdatum | 2025-02-11": labels beside their values
                    self.add(Line(cell.text.strip(), cell.location, heading=True), section)
                elif cell.text.strip():
                    label = header[position] if header and position < len(header) else None
                    self.cell_lines(cell.text.strip(), cell.location, label or None, section,
                                    split=False)


def split_label(text: str) -> tuple[str, str]:
    """A label cell's label and the value written below it in the same cell. A label wrapped
    over lines is one label: a line that ends with a small word ("Samtycke till SIP och")
    or is followed by one that starts in lower case ("… den / enskildes synpunkter")."""
    lines = text.split("\n")
    label = lines[0].strip()
    rest = lines[1:]
    inline = _LABEL_LINE.match(label)
    if inline and inline.group(2).strip() and len(inline.group(1).split()) <= _LABEL_WORDS \
            and not inline.group(1)[-1:].isdigit():
        # "Samtycke: finns (se akt)": the label and its value on one line of the cell
        return inline.group(1).strip(), "\n".join([inline.group(2).strip(), *rest]).strip()
    while rest:
        following = rest[0].strip()
        last = label.split()[-1].lower() if label.split() else ""
        joined = f"{label} {following}"
        if not following or following.endswith(".") or label.endswith((":", "?")) or \
                len(joined.split()) > _LABEL_WORDS:
            break  # a label that ends with a colon or a question mark is whole
        if last in FUNCTION_WORDS or following[:1].islower():
            label, rest = joined, rest[1:]
        else:
            break
    return label, "\n".join(rest).strip()


def _width(row: list[Cell]) -> int:
    """The cells of a row that hold text."""
    return sum(1 for cell in row if cell.text.strip())


def _first_text(row: list[Cell]) -> str:
    cells = [c for c in row if c.text.strip()]
    return cells[0].text.strip().split("\n")[0] if cells else ""


def _label_shaped(text: str) -> bool:
    """A form label: short, not a sentence ("Vem håller ihop planen?", "Samtycke:")."""
    first = text.strip().split("\n")[0]
    return bool(first) and len(first.split()) <= _LABEL_WORDS and len(first) <= 90 and \
        not first.endswith((".", ",", ";"))


def _header_shaped(rows: list[list[Cell]]) -> bool:
    """A header row by its shape: two or more short cells without digits over rows that
    hold dates, numbers or longer text ("Aktivitet | Utförare | Tidsram")."""
    first = [c.text.strip() for c in rows[0] if c.text.strip()]
    if len(first) < 2 or len(rows) < 2 or not all(
            _header_like(text) and not text.endswith(".") and len(text.split()) <= 5
            for text in first):
        return False
    longest = max(len(text.split()) for text in first)
    return any(any(ch.isdigit() for ch in c.text) or len(c.text.split()) > longest
               for row in rows[1:] for c in row)


def _header_like(text: str) -> bool:
    """Header cells have no digits and are short, or are template questions/labels."""
    if any(ch.isdigit() for ch in text) or (text.rstrip().endswith(".") and
                                            len(text.split()) > 1):
        return False  # digits and sentences are values
    return len(text.split()) <= 8 or text.rstrip().endswith(("?", ":"))


def find_sections(document: Document, vocabulary: Vocabulary) -> Plan:
    """Reads a document as a plan. Pure: the same document gives the same plan."""
    builder = _Builder(document, vocabulary)
    for block in document.blocks:
        if block.location.part in ("header", "footer", "footnote", "endnote"):
            # Page headers and footers repeat on every page, notes stand apart from the
            # text they annotate: they belong to no section.
            builder.add(Line(block.text, block.location), builder.preamble)
            continue
        if block.kind is BlockKind.TABLE:
            builder.table(block)
        else:
            builder.paragraph(block)
    sections = [s for s in builder.sections if s.lines or s.id]
    plan = Plan(document, sections, builder.lines, vocabulary)
    for group in gather(sections, plan.values, vocabulary.gather):
        section = Section(group.section, group.heading, group.location, form=GATHERED)
        section.lines = [Line(text, location, label=label)
                         for text, location, label in group.sentences]
        sections.append(section)
    return plan
