"""Tables in plans, read as an expert reads them.

A plan's tables are of many kinds: a form built as a table (a label cell and its value),
a table that only lays text out (a picture beside each paragraph, one cell around a whole
plan), label rows over values below (the county template), columns headed by section names,
and data tables of measures or participants, whose columns say what they hold wherever
the table stands. `TableReading` is the part of the section builder that tells them apart.
"""

from __future__ import annotations

import re

from sipcheck.documents.model import Block, BlockKind, Cell, Location, spread_down
from sipcheck.gather import GATHERED, table_section
from sipcheck.language.function_words import FUNCTION_WORDS
from sipcheck.language.sentences import logical_lines, split_sentences
from sipcheck.plan import Line, Section, TableView
from sipcheck.vocabulary import checkbox_value, key, label_core

# "Label: value"; not the colon of an abbreviation's ending ("S:s samtalskontakt", "SIP:en")
LABEL_LINE = re.compile(r"^\s*([^:\n]{2,70}?)\s*:(?!(?:s|n|en|et|na|ns|ar|er|arna|erna)\b)\s*(.*)$")
SHORT_WORDS = 12  # at most this many words in a label or a heading
LABEL_WORDS = 10
RECORD_ROWS = 4  # a record entry's header of fields is this small
_LAYOUT_LINES = 6  # a one-cell table with this many paragraphs is a box around text
CUE_COVERAGE = 0.5
# A journal entry's time stamp: "2024-10-15 15:44", "2024-10-15 kl. 15.44".
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2},?\s+(?:kl\.?\s*)?\d{1,2}[:.]\d{2}$")
_NUMBERING = re.compile(r"(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[a-zA-Z][.)])?")  # "", "3", "2.1", "b)"


class TableReading:
    """Table methods of the section builder (which provides `open`, `add`, `paragraph`,
    `current`, `sections` and `vocabulary`)."""

    def table(self, block: Block) -> None:
        outer = self.current
        rows = spread_down(block.rows)
        if self.is_layout_table(rows):
            for row in rows:
                for cell in row:
                    if self.vocabulary.cell_value(cell.text):
                        for text in cell.text.split("\n"):
                            self.paragraph(Block(BlockKind.PARAGRAPH, text, cell.location))
            return
        if len(rows) == 1 and rows[0] and _STAMP.match(rows[0][0].text.strip()):
            # a journal entry's header row ("2024-10-15 15:44 | Kurator Sara, Psykiatri-
            # mottagningen Sala"): when and by whom it was written, form above its text
            for cell in rows[0]:
                if cell.text.strip():
                    self.add(Line(cell.text.strip(), cell.location, heading=True))
            return
        fields = self.record_fields(rows)
        if fields:
            # a record entry's header ("Händelsedatum: … | Signerad av: … / Rubrik:
            # Överenskommelse"): its fields read as "Label: value" lines, so the keyword
            # names the section the entry's text is
            for text, location in fields:
                self.paragraph(Block(BlockKind.PARAGRAPH, text, location))
            return
        filled = [row for row in rows if any(c.text.strip() for c in row)]
        if filled and all(self.is_stacked_row(row) for row in filled):
            # boxes side by side, each its label over its value, and nothing else: a
            # summary row "Syfte / … | Mål / … | Uppföljning / …"
            for row in filled:
                self.stacked_fields([c for c in row if c.text.strip()])
            self.current = outer
            return
        column = self.heading_column(rows)
        if column is not None:
            self.headed_rows(rows, column)
            self.current = outer
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
        # (under a title across the table, "Plan per behovsområde", the header is below it)
        columns = [c.text.strip() for c in rows[1]] if len(rows) > 2 and \
            _width(rows[0]) == 1 and len(rows[1]) >= 3 else first
        measures = table_section(columns, self.vocabulary.gather, key) \
            if len(columns) >= 3 else None
        if measures and (columns is first or self.vocabulary.section_of(
                _first_text(rows[0])) != measures.section):
            # a header of columns such as "Behov | Mål | Insats | Ansvar | Tid" makes a
            # table of measures, though some of its column names also name sections
            self.attach(outer, rows, block.location)
            return
        if len(first) >= 3 and _width(rows[0]) >= 3 and _header_shaped(rows) and \
                not self.column_labels(rows[0]) and not any(
                    self.row_label(row, exact=True) for row in rows[1:]):
            # "Mål | Hur har det gått? | Fortsättning" over rows that name no section: a
            # header of columns, the first of which may name the section the table is
            # about; its cells are form
            named = self.vocabulary.section_of(first[0], min_coverage=CUE_COVERAGE)
            home = outer if named is None or named == outer.id else self.open(
                named, label_core(first[0]), block.location, "cell")
            self.attach(home, rows, block.location)
            self.current = outer if named is None else home
            return
        label_rows = {i for i, row in enumerate(rows)
                      if self.row_label(row, exact=i > 0, cues=i == 0 and _width(row) == 1)
                      is not None or self.is_stacked_row(row)}
        if not label_rows:
            self.attach(outer, rows, block.location)
            return
        column_mode = any(self.column_labels(rows[i]) for i in label_rows)
        if column_mode:
            self.columns(rows, block.location)
        else:
            self.label_rows(rows, label_rows, block.location)
        self.current = outer

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
        for row in rows[1:]:
            label, values = row[column], [c for c in row[column + 1:] if c.text.strip()]
            if not label.text.strip():
                for cell in values:  # no heading of its own: it goes on with the part above
                    self.cell_lines(cell.text.strip(), cell.location, None)
                continue
            self.field(label.text.strip(), label.location,
                       "\n".join(c.text.strip() for c in values),
                       values[-1].location if values else label.location)

    def record_fields(self, rows: list[list[Cell]]) -> list[tuple[str, Location]]:
        """The fields of a small table of "Label:" cells beside their values in which one
        label's value is a heading ("Rubrik: Överenskommelse", `heading_labels`), as
        "Label: value" lines; [] for any other table."""
        if len(rows) > RECORD_ROWS:
            return []
        fields: list[tuple[str, str, Location]] = []
        for row in rows:
            cells = [c for c in row if c.text.strip()]
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
            and not self.vocabulary.is_label(row[column].text, questions=False)
            and checkbox_value(row[column].text) is None
            for row in rows)]  # every cell a picture or a symbol, none empty, a label or
        # boxes to tick ("☐ Ja ☐ Nej" beside its label is a form's field)
        return bool(pictures) and any(len(cell.text.split("\n")) >= 2
                                      for row in rows for cell in row)

    def row_label(self, row: list[Cell], exact: bool = False, cues: bool = False) -> str | None:
        cells = [c for c in row if c.text.strip()]
        if not cells:
            return None
        first_line = cells[0].text.strip().split("\n")[0]
        if len(first_line.split()) > SHORT_WORDS:
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
        head = [c.text.strip() for c in rows[0] if c.text.strip()] if rows else []
        if len(head) >= 2 and self.is_header(head) and not any(
                self.vocabulary.section_of(text, exact=True) for text in head):
            return False  # columns headed "Funktion | Verksamhet": a list, not a form
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
            if self.is_stacked_row(cells):
                self.stacked_fields(cells)
                awaiting = None
                continue
            first = cells[0]
            text = first.text.strip()
            label, in_cell = split_label(text)
            if len(cells) == 1 and (awaiting is not None or not _label_shaped(text)) and not (
                    _label_shaped(text) and self.vocabulary.section_of(text, exact=True)):
                # (a part header across the width, "DEL 6 ANDRA AKTÖRER", is no value)
                self.cell_lines(text, first.location, awaiting)
                awaiting = None
                continue
            if len(cells) == 2 and not _label_shaped(label):
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
            self.field(label, first.location, value, cells[-1].location)
            awaiting = None if value or len(cells) == 1 else label

    def is_stacked_row(self, row: list[Cell]) -> bool:
        """Boxes side by side, each with its label above its value ("Datum för
        uppföljning / 2025-05-20 | Plats / Socialkontoret"), every label a known one."""
        cells = [c for c in row if c.text.strip()]
        return len(cells) >= 2 and all(_stacked(c.text) for c in cells) and all(
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
              value_location: Location) -> None:
        """A form's field: its label opens a section (named by alias or cues, or unnamed)
        and its value is that section's content; a field of the entries of the open
        section ("Ansvarig", "När" under "Insats") stays in it."""
        section_id = self.vocabulary.section_of(label)
        if section_id is not None or not self.vocabulary.is_record_field(self.current.id,
                                                                         label):
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
            end = index + 1  # the rows up to the next label row are this one's
            while end < len(rows) and end not in label_rows:
                end += 1
            if self.is_stacked_row(cells):
                self.stacked_fields(cells)
                if end > index + 1:
                    self.attach(self.current, rows[index + 1:end], where)
                index = end
                continue
            first = cells[0]
            label, in_cell = split_label(first.text.strip())
            section = self.open(
                self.row_label(row, exact=index > 0, cues=index == 0 and _width(row) == 1),
                label_core(label).rstrip(":").strip(), first.location, "cell")
            self.add(Line(label, first.location, heading=True), section)
            if in_cell.strip():
                self.cell_lines(in_cell.strip(), first.location, label, section)
            rest = [c for c in row if c is not first]
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

    def unanswered(self, row: list[Cell], headed: bool = False) -> bool:
        """A form's question left unanswered: a label cell ("Den enskilde deltog i mötet",
        "Huvudansvarig:") beside an empty value, a placeholder or nothing ticked. Under a
        header row (`headed`) a placeholder is only an empty column ("Patient | –")."""
        if len(row) != 2 or not _label_shaped(row[0].text.strip()):
            return False
        label, value = row[0].text.strip(), row[1].text.strip()
        boxes = checkbox_value(value)
        if boxes is not None:
            return not boxes[1]
        if value and not headed:
            # "Planen skickas till | Klicka här för att ange text.": a field the template
            # left to fill in, whatever its label says
            return self.vocabulary.is_placeholder(value)
        if value and not self.vocabulary.is_placeholder(value):
            return False
        return label.endswith(("?", ":")) or self.known_label(label)

    def is_header(self, cells: list[str]) -> bool:
        """A header row: short cells without digits, most of them known labels, and no
        checkbox (a row with boxes to tick is a question, not a header)."""
        if not cells or not all(_header_like(text) for text in cells) or \
                any(checkbox_value(text) is not None for text in cells):
            return False
        labels = sum(1 for text in cells if self.vocabulary.is_label(text))
        if len(cells) == 2:
            return labels == 2  # "Övrigt | Inget." is a label and its value
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

    def continued(self, header: list[str]) -> Section | None:
        """The section of an earlier table with the same header row: a table continued
        on the next page, its header repeated, goes on where it began, whatever stands
        between (a record print's page header, a form table that closed its own sections).
        The earlier table may have had a title row above its header."""
        shape = _shape(header)
        if len([cell for cell in shape if cell]) < 2:
            return None
        for section in reversed(self.sections):
            for table in section.tables:
                heads = [table.header] if table.header else []
                heads += [[cell.text for cell in row] for row in table.rows[:2]]
                if any(_shape(head) == shape for head in heads):
                    return section
        return None

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
        home = self.continued([c.text for c in rows[0]])
        if home is not None and home is not section:
            section = home  # the rest of a table that began on an earlier page
        if home is not None or (self.is_header(first) and (len(rows) > 1 or len(first) > 1)) \
                or _header_shaped(rows):
            header = [c.text.strip() for c in rows[0]]
            section = home or self.table_home(section, header, where)
            if caption is not None:
                self.cell_lines(caption[0].text.strip(), caption[0].location, None, section)
            for cell in rows[0]:
                if cell.text.strip():
                    self.add(Line(cell.text.strip(), cell.location, heading=True), section)
            spread = _by_grid(rows[0], max(len(row) for row in rows))
            if spread is not None:
                # a header cell over two columns ("Insats" over "Vad | Hur ofta"): the
                # header by the columns below it, and the row of sub-headers read into it
                header = spread
                below = [c.text.strip() for c in rows[1]] if len(rows) > 1 else []
                if len(below) == len(header) and self.is_header(
                        [text for text in below if text]):
                    for cell in rows[1]:
                        if cell.text.strip():
                            self.add(Line(cell.text.strip(), cell.location, heading=True),
                                     section)
                    header = [sub or top for sub, top in zip(below, header, strict=True)]
                    rows = rows[1:]
            # a header repeated where the table continues on the next page is no row
            rows = _unwrapped([row for row in rows[1:]
                               if [c.text.strip() for c in row] != header])
        # a question nobody answered ("Finns inga andra aktörer | ☐ Ja") is no row of it
        headed = header is not None
        section.tables.append(TableView(header, [row for row in rows
                                                 if not self.unanswered(row, headed)], where))
        for row in rows:
            if self.unanswered(row, headed):
                self.add(Line(row[0].text.strip(), row[0].location, heading=True), section)
                continue
            for position, cell in enumerate(row):
                if self.vocabulary.is_field_label(cell.text):
                    # "Namn | Jonas | Mötesdatum | 2025-02-11": labels beside their values
                    self.add(Line(cell.text.strip(), cell.location, heading=True), section)
                elif len(row) == 1 and header is None and self.is_box(cell.text):
                    # a box across the table, its label over its value ("Hur har den
                    # enskilde varit delaktig?" / "Tomas deltog på mötet."): the label is
                    # form, the value is the part's content
                    label, value = split_label(cell.text.strip())
                    self.add(Line(label, cell.location, heading=True), section)
                    self.cell_lines(value, cell.location, label, section, split=False)
                elif cell.text.strip():
                    label = header[position] if header and position < len(header) else None
                    self.cell_lines(cell.text.strip(), cell.location, label or None, section,
                                    split=False)

    def is_box(self, text: str) -> bool:
        """A cell that is one form box: a known label or the template's hint over a value."""
        label = split_label(text.strip())[0]
        return _stacked(text) and checkbox_value(label) is None and (
            self.known_label(label) or self.vocabulary.is_placeholder(label))


def _by_grid(cells: list[Cell], width: int) -> list[str] | None:
    """A header row with a cell across several columns, by the columns of the rows below:
    each cell's text over every grid column up to the next cell's. None for a header with
    a cell for each column, or whose cells have no grid places."""
    places = [cell.location.cell for cell in cells]
    if len(cells) >= width or None in places or places != sorted(set(places)) or \
            places[0] != 1 or places[-1] > width:
        return None
    texts = [""] * width
    for cell, start, end in zip(cells, places, [*places[1:], width + 1], strict=True):
        for column in range(start, end):
            texts[column - 1] = cell.text.strip()
    return texts


def _unwrapped(rows: list[list[Cell]]) -> list[list[Cell]]:
    """Data rows with a first cell wrapped onto a row of its own put back together: a row
    that fills only its first cell, under a row whose first cell broke off mid-phrase
    ("Ansökan om skuldsanering hos" / "Kronofogden"), goes on with that cell. A text print
    draws the wrapped words as a line of their own, and a capital does not make them a row."""
    kept: list[list[Cell]] = []
    for row in rows:
        above = kept[-1] if kept else None
        if above and len(row) == len(above) and row[0].text.strip() and \
                not any(c.text.strip() for c in row[1:]) and _broken_off(above[0].text):
            first = Cell(f"{above[0].text.rstrip()} {row[0].text.strip()}", above[0].location,
                         above[0].tables)
            kept[-1] = [first, *above[1:]]
            continue
        kept.append(row)
    return kept


def _broken_off(text: str) -> bool:
    """Whether a cell's text stops mid-phrase: on a small word that needs more after it
    ("hos", "och"), a hyphen or a comma."""
    words = text.split()
    return bool(words) and (words[-1].lower() in FUNCTION_WORDS or text.rstrip()[-1] in "-,")


def _shape(cells: list[str]) -> list[str]:
    return [" ".join(cell.split()).casefold() for cell in cells]


def split_label(text: str) -> tuple[str, str]:
    """A label cell's label and the value written below it in the same cell. A label wrapped
    over lines is one label: a line that ends with a small word ("Samtycke till SIP och")
    or is followed by one that starts in lower case ("… den / enskildes synpunkter")."""
    lines = text.split("\n")
    label = lines[0].strip()
    rest = lines[1:]
    inline = LABEL_LINE.match(label)
    if inline and inline.group(2).strip() and len(inline.group(1).split()) <= LABEL_WORDS \
            and not inline.group(1)[-1:].isdigit():
        # "Samtycke: finns (se akt)": the label and its value on one line of the cell
        return inline.group(1).strip(), "\n".join([inline.group(2).strip(), *rest]).strip()
    while rest:
        following = rest[0].strip()
        last = label.split()[-1].lower() if label.split() else ""
        joined = f"{label} {following}"
        if not following or following.endswith(".") or label.endswith((":", "?")) or \
                len(joined.split()) > LABEL_WORDS:
            break  # a label that ends with a colon or a question mark is whole
        if last in FUNCTION_WORDS or following[:1].islower():
            label, rest = joined, rest[1:]
        else:
            break
    return label, "\n".join(rest).strip()


def _stacked(text: str) -> bool:
    """A cell that holds a field's label over its value ("Plats" over "Socialkontoret
    Hallstahammar")."""
    label, value = split_label(text.strip())
    hint = value.startswith(("(", "[")) and value.endswith((")", "]"))
    return bool(value) and not hint and _label_shaped(label) and \
        not label.endswith(":") and not any(ch.isdigit() for ch in label)


def _width(row: list[Cell]) -> int:
    """The cells of a row that hold text."""
    return sum(1 for cell in row if cell.text.strip())


def _first_text(row: list[Cell]) -> str:
    cells = [c for c in row if c.text.strip()]
    return cells[0].text.strip().split("\n")[0] if cells else ""


def _label_shaped(text: str) -> bool:
    """A form label: short, not a sentence ("Vem håller ihop planen?", "Samtycke:"), its
    hint in parentheses not counted ("Delaktighet (hur har personen deltagit, vad tycker
    personen?)")."""
    first = label_core(text.strip().split("\n")[0])
    return bool(first) and len(first.split()) <= LABEL_WORDS and len(first) <= 90 and \
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
    """Header cells have no digits and are short, or are template questions/labels; a
    hint in brackets is not counted ("Åtgärd (enligt plan 2025-01-15)")."""
    text = label_core(text)
    if any(ch.isdigit() for ch in text) or (text.rstrip().endswith(".") and
                                            len(text.split()) > 1):
        return False  # digits and sentences are values
    return len(text.split()) <= 8 or text.rstrip().endswith(("?", ":"))
