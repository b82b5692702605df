"""Forms built as tables, read field by field.

A label cell beside its value ("Vem håller ihop planen? | Kurator, BUP"), boxes side by
side each with its label over its value, a record entry's small header of "Label:" cells,
a table of the plan's parts with a column of their headings, values written on lines with
their labels under them: each field opens the section its label names and its value is
that section's content.
`FormReading` holds these methods of the section builder; `section_tables.TableReading`
decides when a table is a form.
"""

from __future__ import annotations

import re

from sipcheck.documents.model import Cell, Location
from sipcheck.label_text import checkbox_value, label_core
from sipcheck.language.sentences import logical_lines, split_sentences
from sipcheck.plan import Line, Section
from sipcheck.table_shapes import (
    CUE_COVERAGE,
    filled,
    first_text,
    label_shaped,
    split_label,
    stacked,
    width,
)

RECORD_ROWS = 4  # a record entry's header of fields is this small
_NUMBERING = re.compile(r"(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[a-zA-Z][.)])?")  # "", "3", "2.1", "b)"


class FormReading:
    """Form methods of the section builder (which provides `open`, `add`, `attach`,
    `is_header`, `current` and `vocabulary`)."""

    def record_fields(self, rows: list[list[Cell]]) -> list[tuple[str, Location]]:
        """The fields of a small table of "Label:" cells beside their values in which one
        label's value is a heading ("Rubrik: Överenskommelse", `heading_labels`), as
        "Label: value" lines; [] for any other table."""
        if len(rows) > RECORD_ROWS:
            return []
        fields: list[tuple[str, str, Location]] = []
        for row in rows:
            cells = filled(row)
            index = 0
            while index < len(cells):
                label, value = split_label(cells[index].text.strip())
                if not label.endswith(":") and not value:
                    return []  # a cell that is no field
                if not value and index + 1 < len(cells) and \
                        not cells[index + 1].text.strip().endswith(":"):
                    index += 1
                    value = cells[index].text.strip()
                fields.append((label.rstrip(":").strip(), value, cells[index].location))
                index += 1
        if not any(value and self.vocabulary.is_heading_label(label)
                   for label, value, _ in fields):
            return []
        return [(f"{label}: {value}", location) for label, value, location in fields]

    def is_form_table(self, rows: list[list[Cell]]) -> bool:
        """A form built as a table: labels down the left, each value to its right ("Vem
        håller ihop planen? | Kurator, BUP"), part headers across the width. Most rows of
        two cells open with a label, and at least two of those labels name a section (one
        will do when every row is a label and its value)."""
        head = [c.text.strip() for c in rows[0] if c.text.strip()] if rows else []
        if len(head) >= 2 and self.is_header(head) and not any(
                self.vocabulary.section_of(text, exact=True) for text in head):
            return False  # columns headed "Funktion | Verksamhet": a list, not a form
        pairs = [row for row in rows if width(row) == 2 and not self.is_header(
            [c.text.strip() for c in row if c.text.strip()])]
        wider = [row for row in rows if width(row) > 2]
        if len(pairs) == 1 and not wider and all(
                row is pairs[0] or all("\n" not in c.text.strip() for c in row)
                for row in rows) and self.vocabulary.section_of(
                    split_label(filled(pairs[0])[0].text.strip())[0], exact=True):
            return True  # a part a table: its title across, one field by a section's name
        if len(pairs) < 2 or len(wider) > len(pairs) // 3:
            return False
        labelled = [row for row in pairs if label_shaped(first_text(row))]
        named = [row for row in labelled
                 if self.vocabulary.section_of(first_text(row), min_coverage=CUE_COVERAGE)]
        if wider or len(labelled) < len(pairs):
            return len(labelled) * 10 >= len(pairs) * 7 and len(named) >= 2
        return len(named) >= 1  # every row a label and its value

    def form_rows(self, rows: list[list[Cell]]) -> None:
        """Reads a form table row by row: a label and its value open a section (named by
        alias or cues, or unnamed), a part header across the width opens one, and a cell
        across the width under a label with an empty value is that label's value."""
        awaiting: str | None = None  # a label whose value comes in the row below
        part: str | None = None  # the section a part's title across the table named
        for row in rows:
            cells = filled(row)
            if not cells:
                continue
            if len(cells) > 2:
                self.attach(self.current, [row], cells[0].location)
                awaiting = None
                continue
            if self.is_stacked_row(cells):
                self.stacked_fields(cells)
                awaiting = None
                continue
            first = cells[0]
            text = first.text.strip()
            label, in_cell = split_label(text)
            if len(cells) == 1 and (awaiting is not None or not label_shaped(text)) and not (
                    label_shaped(text) and self.vocabulary.section_of(text, exact=True)):
                # (a part header across the width, "DEL 6 ANDRA AKTÖRER", is no value)
                self.cell_lines(text, first.location, awaiting)
                awaiting = None
                continue
            if len(cells) == 2 and not label_shaped(label):
                for cell in cells:
                    self.cell_lines(cell.text.strip(), cell.location, None)
                continue
            if len(row) == 2 and in_cell.strip() and all(
                    sentence.rstrip().endswith("?") or self.vocabulary.is_placeholder(sentence)
                    for sentence in split_sentences(in_cell)):
                # the template's question or hint under the label, its answer in the box
                # beside it ("Den enskildes medverkan / Deltar den enskilde? Om inte: …")
                in_cell = ""
            value = "\n".join(part for part in (in_cell.strip(), *(
                c.text.strip() for c in cells[1:])) if part)
            across = len(row) == 1  # a part's title across the table ("4. Insatser")
            self.field(label, first.location, value, cells[-1].location,
                       None if across else part)
            if across:
                part = self.current.id
            awaiting = None if value or len(cells) == 1 else label

    def is_paired(self, rows: list[list[Cell]]) -> bool:
        """A form laid out in pairs across the page, two or more labels a row each beside
        its value ("Huvudansvarig | Lisa, socialsekreterare | Nästa uppföljning | Efter
        sommaren"), one label at least a section's own name: no header of columns, though
        it names two sections."""
        texted = [row for row in rows if any(c.text.strip() for c in row)]
        if not texted or any(len(row) < 4 or len(row) % 2 for row in texted):
            return False
        known = named = 0
        for row in texted:
            for label, value in zip(row[::2], row[1::2], strict=True):
                text, answer = label.text.strip(), value.text.strip()
                if not text or not label_shaped(text) or any(c.isdigit() for c in text):
                    return False
                if answer and label_shaped(answer) and self.known_label(answer):
                    return False  # a header of labels only ("Namn | Funktion | …")
                known += self.known_label(text) or self.vocabulary.is_field_label(text)
                named += self.vocabulary.section_of(text, exact=True) is not None
        return named >= 1 and known * 2 >= sum(len(row) // 2 for row in texted)

    def paired_fields(self, rows: list[list[Cell]]) -> None:
        """Each label and the value beside it as a field of its own."""
        for row in rows:
            for label, value in zip(row[::2], row[1::2], strict=True):
                if label.text.strip():
                    self.field(label.text.strip(), label.location, value.text.strip(),
                               value.location)

    def is_stacked_row(self, row: list[Cell]) -> bool:
        """Boxes side by side, each with its label above its value ("Datum för
        uppföljning / 2025-05-20 | Plats / Socialkontoret"), every label a known one."""
        cells = filled(row)
        return len(cells) >= 2 and all(stacked(c.text) for c in cells) and all(
            self.known_label(split_label(c.text.strip())[0]) for c in cells)

    def known_label(self, label: str) -> bool:
        """A form's label or a section's name, by alias or mostly by cues."""
        return self.vocabulary.is_label(label) or \
            self.vocabulary.section_of(label, min_coverage=CUE_COVERAGE) is not None

    def stacked_fields(self, cells: list[Cell]) -> None:
        """Each box of a stacked row as a field of its own."""
        for cell in cells:
            label, value = split_label(cell.text.strip())
            self.field(label, cell.location, value, cell.location)

    def field(self, label: str, location: Location, value: str,
              value_location: Location, part: str | None = None,
              column: str | None = None) -> None:
        """A form's field: its label opens a section (named by alias or cues, or unnamed)
        and its value is that section's content; a field of the entries of the open
        section ("Ansvarig", "När" under "Insats") stays in it. Under a part's title across
        the table (`part`, "4. Insatser, ansvar och tidpunkt"), a label that names no
        section is a heading within that part ("Samtalsstöd", "God man"); a label that
        names a column of a section's tables (`column`, "Insats" in a table of the plan's
        parts) opens that section."""
        section_id = self.vocabulary.section_of(label) or column
        if section_id is not None or not self.vocabulary.is_record_field(self.current.id,
                                                                         label):
            if section_id is None and not self.vocabulary.is_field_label(label):
                section_id = part  # (a field of the document, "Datum", "Planen upprättad", is not)
            self.open(section_id, label_core(label).rstrip(":").strip(), location, "cell")
        self.add(Line(label, location, heading=True))
        if value:
            self.cell_lines(value, value_location, label)

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

    def is_box(self, text: str) -> bool:
        """A cell that is one form box: a known label or the template's hint over a value."""
        label = split_label(text.strip())[0]
        return stacked(text) and checkbox_value(label) is None and (
            self.known_label(label) or self.vocabulary.is_placeholder(label))

    def heading_column(self, rows: list[list[Cell]]) -> int | None:
        """The column whose header says it holds headings (`heading_labels`: "nr | Rubrik |
        Innehåll"), with content beside it and nothing but numbering before it: each row is
        then a part of the plan, its heading in that column. None for any other table."""
        if len(rows) < 2:
            return None
        header = [c.text.strip() for c in rows[0]]
        column = next((i for i, text in enumerate(header[:-1])
                       if text and self.vocabulary.is_heading_label(text)), None)
        if column is None:
            return None
        for row in rows[1:]:
            if len(row) == 1 and column == 0:
                continue  # a part's title across the table ("Insatser – vem gör vad")
            if len(row) != len(header) or not all(
                    _NUMBERING.fullmatch(c.text.strip()) for c in row[:column]):
                return None
        return column

    def headed_rows(self, rows: list[list[Cell]], column: int) -> None:
        """A table of a plan's parts, one a row: the header and the numbering are form, the
        heading cell opens a section and the cells after it are its content."""
        for cell in rows[0]:
            if cell.text.strip():
                self.add(Line(cell.text.strip(), cell.location, heading=True))
        part = None  # the part a title across the table opens ("4. Insatser, ansvar …")
        status = _status_columns(rows, column)
        for row in rows[1:]:
            if len(row) == 1:
                title = row[0].text.strip()
                part = self.vocabulary.section_of(title)
                self.field(title, row[0].location, "", row[0].location)
                continue
            label = row[column]
            values = [c for index, c in enumerate(row) if index > column
                      and index not in status and c.text.strip()]
            if not label.text.strip():
                for cell in values:  # no heading of its own: it goes on with the part above
                    self.cell_lines(cell.text.strip(), cell.location, None)
                continue
            # a measure's cells after its heading are one row ("Insats | what | who | when"),
            # read as a table's row is; a part's cells its text, line by line
            heading = label.text.strip()
            named = self.vocabulary.column_section(heading)
            measure = len(values) >= 2 and (
                named is not None or self.vocabulary.section_of(heading) is None)
            text = " | ".join(" ".join(c.text.split()) for c in values) if measure \
                else "\n".join(c.text.strip() for c in values)
            self.field(heading, label.location, text,
                       values[-1].location if values else label.location, part, named)

    def labels_under_values(self, rows: list[list[Cell]]):
        """[(value rows, label row)] of a form that writes each value on a line and its
        label in small type under the line ("Amir | XXXXXX-XXXX | 2025-03-11" over
        "Förnamn | Personnummer | Datum för SIP-mötet"), row after row: the first row holds
        values, every value row (or two, a value wrapped) has a row of labels under it, and
        the table ends with one. None for any other table."""
        def labels(row: list[Cell]) -> bool:
            # labels all, most of them known ("Typ av plan" beside "Samtycke till SIP")
            cells = filled(row)
            return len(cells) >= 2 and all(
                label_shaped(c.text) and "\n" not in c.text.strip()
                and not any(ch.isdigit() for ch in c.text) for c in cells) and 2 * sum(
                self.vocabulary.is_label(c.text, questions=False) for c in cells) >= len(cells)

        def value(cell: Cell) -> bool:  # no label beside the values ("Plats | Köping")
            first = cell.text.strip().split("\n")[0]
            return not self.vocabulary.is_label(first, questions=False)

        if len(rows) < 4 or labels(rows[0]) or not labels(rows[-1]):
            return None
        groups, values = [], []
        for row in rows:
            if not labels(row):
                if not all(value(cell) for cell in filled(row)):
                    return None
                values.append(row)
            elif not values or len(values) > 2:
                return None  # two rows of labels running, or no values above the labels
            else:
                groups.append((values, row))
                values = []
        return groups if len(groups) >= 2 else None

    def labels_below(self, values: list[list[Cell]], labels: list[Cell]) -> None:
        """Each label of a row with what is written above it in its column: a field."""
        for cell in labels:
            above = [other.text.strip() for row in values for other in row
                     if other.location.cell == cell.location.cell and other.text.strip()]
            if cell.text.strip():
                self.field(cell.text.strip(), cell.location, "\n".join(above),
                           cell.location)


def _status_columns(rows: list[list[Cell]], column: int) -> set[int]:
    """The columns of a table of parts that only say whether each part is done: headed by
    a question ("Klart? (ja/nej)") over answers of one word ("ja", "nej"). Such an answer
    is no part's content: a part with only "nej" beside it is empty."""
    return {index for index, cell in enumerate(rows[0]) if index > column
            and label_core(cell.text).rstrip().endswith("?")
            and all(len(row[index].text.split()) <= 1 for row in rows[1:] if index < len(row))}
