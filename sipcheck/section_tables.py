"""Tables in plans, read as an expert reads them.

A plan's tables are of many kinds: a form built as a table (a label cell and its value),
a table that only lays text out (a picture beside each paragraph, one cell around a whole
plan), label rows over values below (the county template), columns headed by section names,
and data tables of measures or participants, whose columns say what they hold wherever
the table stands. `TableReading` is the part of the section builder that tells them apart;
forms are read field by field by `section_forms.FormReading`, and what a cell or a row
looks like (a label, a header, a label over its value) is in `table_shapes`.
"""

from __future__ import annotations

import re

from sipcheck.documents.model import Block, BlockKind, Cell, Location, spread_down
from sipcheck.gather import GATHERED, names_columns, table_section
from sipcheck.label_text import checkbox_value, key, label_core
from sipcheck.plan import Line, Section, TableView
from sipcheck.section_forms import FormReading
from sipcheck.table_shapes import (
    CUE_COVERAGE,
    SHORT_WORDS,
    by_grid,
    comparable,
    filled,
    first_text,
    header_like,
    header_shaped,
    label_shaped,
    split_label,
    timeline_header,
    unwrapped,
    width,
)

_LAYOUT_LINES = 6  # a one-cell table with this many paragraphs is a box around text
TURNED_ROWS = 6  # a measure written down a table has a few fields
HEADER_WORDS = 4  # words of a column's name in a header row ("Hur gick det?")
# A journal entry's time stamp: "2024-10-15 15:44", "2024-10-15 kl. 15.44".
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2},?\s+(?:kl\.?\s*)?\d{1,2}[:.]\d{2}$")


class TableReading(FormReading):
    """Table methods of the section builder (which provides `open`, `add`, `paragraph`,
    `current`, `sections` and `vocabulary`)."""

    def table(self, block: Block) -> None:
        outer = self.current
        rows = spread_down(block.rows)
        if self.is_layout_table(rows):
            self.cell_paragraphs(rows)
            return
        if len(rows) == 1 and rows[0] and _STAMP.match(rows[0][0].text.strip()):
            # a journal entry's header row ("2024-10-15 15:44 | Kurator Sara, Psykiatri-
            # mottagningen Sala"): when and by whom it was written, form above its text
            for cell in rows[0]:
                if cell.text.strip():
                    self.add(Line(cell.text.strip(), cell.location, heading=True))
            return
        options = [c for row in rows for c in row if c.text.strip()]
        if options and all((boxes := checkbox_value(c.text.strip())) is not None and not boxes[0]
                           for c in options):
            # "☒ Hemtjänst | ☐ Korttidsplats" over more such rows: options to tick, each
            # read as a form's option is, none the label of the one beside it
            for cell in options:
                self.paragraph(Block(BlockKind.PARAGRAPH, cell.text.strip(), cell.location))
            return
        fields = self.record_fields(rows)
        if fields:
            # a record entry's header ("Händelsedatum: … | Signerad av: … / Rubrik:
            # Överenskommelse"): its fields read as "Label: value" lines, so the keyword
            # names the section the entry's text is
            for text, location in fields:
                self.paragraph(Block(BlockKind.PARAGRAPH, text, location))
            return
        texted = [row for row in rows if any(c.text.strip() for c in row)]
        if texted and all(self.is_stacked_row(row) for row in texted):
            # boxes side by side, each its label over its value, and nothing else: a
            # summary row "Syfte / … | Mål / … | Uppföljning / …"
            for row in texted:
                self.stacked_fields(filled(row))
            self.current = outer
            return
        under = self.labels_under_values(texted)
        if under is not None:
            # a form with each value written on a line and its label under the line
            for values, labels in under:
                self.labels_below(values, labels)
            self.current = outer
            return
        # (a spreadsheet's print has its title and a note in rows of one cell above the header)
        start = next((i for i, row in enumerate(rows) if len(filled(row)) >= 2), 0)
        column = self.heading_column(rows[start:])
        if column is not None:
            self.cell_paragraphs(rows[:start])
            self.headed_rows(rows[start:], column)
            self.current = outer
            return
        if self.is_form_table(rows):
            self.form_rows(rows)
            self.current = outer
            return
        if self.is_paired(rows):
            self.paired_fields(rows)
            self.current = outer
            return
        turned = self.turned(rows)
        if turned is not None:
            # a measure written down a table ("Vad | …", "Vem | …", "När | …"), one under
            # each actor's heading: its labels are the header a table of measures has
            # across its top, and each column after them one measure
            self.attach(outer, turned, block.location)
            return
        # Label rows: the first row may be a label written freely ("Syfte med mötet", or
        # a merged title cell named by cues); further rows must name a section exactly, so
        # that a data row such as "Uppföljning av medicinering" in an interventions table
        # is not taken for one.
        first = [c.text.strip() for c in rows[0]] if rows else []
        # (under a title across the table, "Plan per behovsområde", the header is below it)
        columns = [c.text.strip() for c in rows[1]] if len(rows) > 2 and \
            width(rows[0]) == 1 and len(rows[1]) >= 3 else first
        measures = table_section(columns, self.vocabulary.gather, key) \
            if len(columns) >= 3 else None
        if measures and (columns is first or self.vocabulary.section_of(
                first_text(rows[0])) != measures.section):
            # a header of columns such as "Behov | Mål | Insats | Ansvar | Tid" makes a
            # table of measures, though some of its column names also name sections
            self.attach(outer, rows, block.location)
            return
        if len(first) >= 3 and width(rows[0]) >= 3 and header_shaped(rows) and \
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
                      if self.row_label(row, exact=i > 0, cues=i == 0 and width(row) == 1)
                      is not None or self.is_stacked_row(row)}
        if not label_rows:
            if outer.form == "label" and self.label_block is not None and \
                    self.label_block is not block:
                # "Syfte: Samordning." and then the minutes in a table ("AL | Hälsar
                # välkommen …"): a label written with its value is no heading of the table
                outer = self.open(None, "", block.location, "prose")
            self.attach(outer, rows, block.location)
            return
        loose = self.labels_over_values(rows)
        # a row of labels is a header of columns only over values: over rows of fields of
        # their own ("Frågeställningar | Deltagare", both boxes empty, over "Samtycke / ☐
        # Muntligt … | Övriga aktörer / AF") it is a row of empty boxes
        column_mode = any(self.column_labels(rows[i], loose) and not all(
            below in label_rows for below in range(i + 1, len(rows))) for i in label_rows)
        if column_mode:
            self.columns(rows, block.location, loose)
        else:
            self.label_rows(rows, label_rows, block.location)
        self.current = outer

    def cell_paragraphs(self, rows: list[list[Cell]]) -> None:
        """The cells' text read as paragraphs, a line each: a table that only lays text
        out, or the title rows above a spreadsheet's header."""
        for row in rows:
            for cell in row:
                if self.vocabulary.cell_value(cell.text):
                    for text in cell.text.split("\n"):
                        self.paragraph(Block(BlockKind.PARAGRAPH, text, cell.location))

    def turned(self, rows: list[list[Cell]]) -> list[list[Cell]] | None:
        """A table of measures turned on its side: short labels down the first column that
        all name columns of one gathered section's tables (two at least: "Vad", "Vem",
        "När"; none a section's own name), values beside them. Its rows turned into
        columns, the labels first; None for any other table."""
        texted = [row for row in rows if any(c.text.strip() for c in row)]
        if not 2 <= len(texted) <= TURNED_ROWS or any(len(row) < 2 for row in texted):
            return None
        labels = [row[0].text.strip() for row in texted]
        if any(len(label.split()) > 3 or not label_shaped(label) or
               self.vocabulary.section_of(label, exact=True) for label in labels):
            return None
        rule = table_section(labels, self.vocabulary.gather, key)
        if rule is None or not names_columns(labels, rule, key):
            return None
        header = [c.text for c in filled(texted[0])]
        if len(header) >= 3 and names_columns(header, rule, key):
            return None  # "Insats | Ansvarig | När" over its one measure: a header across
        width_ = max(len(row) for row in texted)
        return [[row[column] for row in texted if column < len(row)]
                for column in range(width_)]

    def is_layout_table(self, rows: list[list[Cell]]) -> bool:
        """A table that only lays text out: one cell holding a whole plan (or two A5 pages
        printed side by side on one sheet, a cell each), or a picture or
        symbol beside each piece of text ("[bild: en kalender] | När ses vi igen? …"). Its
        text is read as paragraphs, headings and all."""
        if not rows or any(len(row) > 2 for row in rows):
            return False
        if len(rows) == 1 and all(len(cell.text.split("\n")) >= _LAYOUT_LINES
                                  for cell in rows[0]):
            return True  # one cell holding a whole plan, or two pages side by side
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

    @staticmethod
    def is_column_header(row: list[Cell]) -> bool:
        """A row with its first cell empty and two or more short names beside it."""
        names = [c.text.strip() for c in row[1:] if c.text.strip()]
        return bool(row) and not row[0].text.strip() and len(names) >= 2 and all(
            "\n" not in name and len(name.split()) <= HEADER_WORDS for name in names)

    def row_label(self, row: list[Cell], exact: bool = False, cues: bool = False) -> str | None:
        cells = filled(row)
        if not cells:
            return None
        first_line = cells[0].text.strip().split("\n")[0]
        found = self._label(first_line, exact, cues)
        if found is None and len(cells) == 1 and " / " in first_line:
            # a bilingual form's label across its columns, the translation after a slash:
            # "2. Syfte med planen / Purpose of the plan"
            found = self._label(first_line.split(" / ")[0], exact, cues)
        return found

    def _label(self, text: str, exact: bool, cues: bool) -> str | None:
        if len(text.split()) > SHORT_WORDS:
            return None
        if text.endswith("."):
            exact = True  # a sentence is a value, not a label ("Samtycke finns.")
        return self.vocabulary.section_of(text, exact=exact, cues=cues,
                                          min_coverage=CUE_COVERAGE)

    def column_labels(self, row: list[Cell], loose: bool = False) -> list[tuple[int, str]]:
        """The cells of a row that name sections, each with its section, when two or more
        do: exactly, or (`loose`, boxes two across with their labels over their values:
        "Samtycke inhämtat | Huvudansvarig verksamhet") by their words, every cell another
        section's."""
        if loose:
            named = [self.vocabulary.section_of(c.text, min_coverage=CUE_COVERAGE)
                     for c in row]
            if all(named) and len(set(named)) == len(named):
                return list(enumerate(named))
        found = [(i, self.vocabulary.section_of(c.text, exact=True)) for i, c in enumerate(row)]
        found = [(i, s) for i, s in found if s]
        return found if len(found) >= 2 else []

    @staticmethod
    def labels_over_values(rows: list[list[Cell]]) -> bool:
        """A row of short labels over one row of values, as wide: boxes side by side."""
        return len(rows) == 2 and len(rows[0]) == len(rows[1]) >= 2 and all(
            c.text.strip() and label_shaped(c.text) for c in rows[0]) and any(
            c.text.strip() for c in rows[1])

    def label_rows(self, rows: list[list[Cell]], label_rows: set[int], where: Location) -> None:
        before = min(label_rows)
        if before == 1 and self.is_column_header(rows[0]):
            # "  | Förra planen | Hur gick det? | Nytt beslut" over rows that each name a
            # part: the columns' names, form, not what the plan says ("Hur gick det?" is
            # no question for the meeting)
            for cell in filled(rows[0]):
                self.add(Line(cell.text.strip(), cell.location, heading=True), self.current)
        elif before:
            self.attach(self.current, rows[:before], where)
        index = before
        while index < len(rows):
            row = rows[index]
            cells = filled(row)
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
                self.row_label(row, exact=index > 0, cues=index == 0 and width(row) == 1),
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
                    elif self.other_box(cell, section):
                        # the next box's label and value in this field's cell, the field
                        # itself left empty ("Huvudansvarig för planen" beside "Nästa
                        # uppföljning / 2025-01-21 …"): that box's section
                        self.stacked_fields([cell])
                    else:
                        self.cell_lines(cell.text.strip(), cell.location, label, section,
                                        split=False)
                own = self.own_fields(row, rows[index + 1:end])
                if own > 0:
                    self.attach(section, rows[index + 1:index + 1 + own], where)
                if index + 1 + own < end:
                    # rows of a checklist's own ("Hemtjänst | ☒ | ☐ | …") after a field
                    # that is a section's ("Frågeställningar | ☒ | ☐ | Klarar G. …"):
                    # not that section's, read for what they say
                    self.attach(self.open(None, "", rows[index + 1 + own][0].location,
                                          "cell"), rows[index + 1 + own:end], where)
            elif len(row) == 1 or end > index + 1:
                self.attach(section, rows[index + 1:end], where)
            index = end

    def other_box(self, cell: Cell, section: Section) -> bool:
        """Whether a value cell is a box of another section's: a label naming that section
        exactly, over a value."""
        if not self.is_box(cell.text):
            return False
        named = self.vocabulary.section_of(split_label(cell.text.strip())[0], exact=True)
        return named is not None and named != section.id

    def own_fields(self, field: list[Cell], rows: list[list[Cell]]) -> int:
        """How many of `rows`, below a label row whose field is filled in, go on with it:
        those before the first row that is a field of its own, as wide as it, with a
        short label of no column of measures ("Hemtjänst", not "Ansvarig" nor a date) and
        a value."""
        for count, row in enumerate(rows):
            label = row[0].text.strip() if row else ""
            if len(row) == len(field) >= 2 and label_shaped(label) and header_like(label) \
                    and len(label.split()) <= SHORT_WORDS and \
                    any(c.text.strip() for c in row[1:]) and not any(
                        names_columns([label], rule, key) for rule in self.vocabulary.gather):
                return count
        return len(rows)

    def columns(self, rows: list[list[Cell]], where: Location, loose: bool = False) -> None:
        header_index = next(i for i, row in enumerate(rows) if self.column_labels(row, loose))
        if header_index:
            self.attach(self.current, rows[:header_index], where)
        header = rows[header_index]
        for column, section_id in self.column_labels(header, loose):
            cell = header[column]
            section = self.open(section_id, cell.text.strip().rstrip(":"), cell.location, "cell")
            self.add(Line(cell.text.strip(), cell.location, heading=True), section)
            grid = cell.location.cell
            for row in rows[header_index + 1:]:
                for below in row:
                    if below.location.cell == grid and below.text.strip():
                        self.add(Line(below.text.strip(), below.location,
                                      label=cell.text.strip()), section)

    def unanswered(self, row: list[Cell], headed: bool = False, blank: bool = False) -> bool:
        """A form's question left unanswered: a label cell ("Den enskilde deltog i mötet",
        "Huvudansvarig:") beside an empty value, a placeholder or nothing ticked. Under a
        header row (`headed`) a placeholder is only an empty column ("Patient | –"). In a
        form printed empty (`blank`: every row a label beside an empty box) any label is."""
        if len(row) != 2 or not label_shaped(row[0].text.strip()):
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
        return blank or label.endswith(("?", ":")) or self.known_label(label)

    def is_header(self, cells: list[str]) -> bool:
        """A header row: short cells without digits, most of them known labels, and no
        checkbox (a row with boxes to tick is a question, not a header)."""
        if not cells or not all(header_like(text) for text in cells) or \
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
        shape = comparable(header)
        if len([cell for cell in shape if cell]) < 2:
            return None
        for section in reversed(self.sections):
            for table in section.tables:
                heads = [table.header] if table.header else []
                heads += [[cell.text for cell in row] for row in table.rows[:2]]
                if any(comparable(head) == shape for head in heads):
                    return section
        return None

    def attach(self, section: Section, rows: list[list[Cell]], where: Location) -> None:
        """Adds table rows to a section: a header row of labels, then value lines per cell."""
        rows = [row for row in rows if any(c.text.strip() for c in row)]
        if not rows:
            return
        header = None
        caption = None
        if len(rows) > 2 and width(rows[0]) == 1 and len(rows[0]) < len(rows[1]) and \
                header_shaped(rows[1:]):
            # a title across the table ("Mål 1: …") over its header row and rows
            caption, rows = rows[0], rows[1:]
        first = [c.text.strip() for c in rows[0] if c.text.strip()]
        home = self.continued([c.text for c in rows[0]])
        if home is not None and home is not section and section.id is not None and \
                section.form == "heading" and not section.tables:
            # the same header under a part's own heading ("## Det här gör vi" over "Pappa |
            # Sonen", as under "## Våra mål"): that part's table, not the earlier one's rest
            home = None
        if home is not None and home is not section:
            section = home  # the rest of a table that began on an earlier page
        if home is not None or (self.is_header(first) and (len(rows) > 1 or len(first) > 1)) \
                or header_shaped(rows) or (len(rows) > 1 and timeline_header(first)):
            header = [c.text.strip() for c in rows[0]]
            section = home or self.table_home(section, header, where)
            if caption is not None:
                self.cell_lines(caption[0].text.strip(), caption[0].location, None, section)
            for cell in rows[0]:
                if cell.text.strip():
                    self.add(Line(cell.text.strip(), cell.location, heading=True), section)
            spread = by_grid(rows[0], max(len(row) for row in rows))
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
            rows = unwrapped([row for row in rows[1:]
                               if [c.text.strip() for c in row] != header])
        # a question nobody answered ("Finns inga andra aktörer | ☐ Ja") is no row of it,
        # nor is the template's example ("Exempel: Skolan | anpassad studiegång | mentor")
        headed = header is not None
        examples = {id(row) for row in rows
                    if self.vocabulary.is_example_row([c.text for c in row])}
        # a form printed empty: every row a label beside an empty box ("Gäller verksamheter |")
        blank = not headed and len(rows) >= 2 and all(
            len(row) == 2 and label_shaped(row[0].text.strip()) and not row[1].text.strip()
            for row in rows)
        section.tables.append(TableView(header, [
            row for row in rows if not self.unanswered(row, headed, blank)
            and id(row) not in examples], where))
        for row in rows:
            if id(row) in examples:
                for cell in row:
                    if cell.text.strip():
                        self.add(Line(cell.text.strip(), cell.location, heading=True), section)
                continue
            if self.unanswered(row, headed, blank):
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
