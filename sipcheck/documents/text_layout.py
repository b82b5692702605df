"""Plain text as exports lay it out: clean lines, and the layouts a text file draws.

Journal systems, e-services and report tools export plans as text with their own layout:
"Label<TAB>value" fields, labels in a column of their own with the values wrapped beside
them, tables drawn with a rule of dashes, with "+----+" borders or separated by tabs, cells
wrapped onto the next line, YAML front matter over a Markdown page, a heading on a short
line over its paragraph.
These functions find them; the text and Markdown readers build the blocks.
`clean_line`/`clean_text` are also used by the PDF reader so every format normalises text
the same way (NFC, no soft hyphens, no non-breaking spaces, single spaces).
"""

from __future__ import annotations

import csv
import re
import unicodedata

from sipcheck.documents.model import Block, BlockKind, Cell, Location, table_text

LABEL_MAX_WORDS = 10
# A plain-text heading is at most this share of the length of the line below it.
HEADING_SHARE = 0.6
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))

def clean_line(text: str) -> str:
    """One line as the checks should see it: NFC, no soft hyphens or zero-width marks,
    every kind of space turned into one ordinary space, stripped."""
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE)
    return _SPACES.sub(" ", text).strip()


def clean_text(text: str) -> str:
    """Multi-line text cleaned line by line; empty lines dropped, breaks kept as "\\n"."""
    return "\n".join(line for line in map(clean_line, text.splitlines()) if line)


# "[Syfte med planen]" or "[Datum]  ÅÅÅÅ-MM-DD": a form system's field in square brackets
# opening its line; not a checkbox ("[x]", "[ ]") nor a note after words ("… [kolla med BUP]").
BRACKET_FIELD = re.compile(r"^\s*\[([^\[\]]*[^\W\d_][^\[\]]*[^\W\d_][^\[\]]*)\]\s*(.*)$")

_FRONT_MATTER_PAIR = re.compile(r"^([A-Za-zÅÄÖåäö_][\wÅÄÖåäö -]{0,40}):\s*(.*)$")
_FRONT_MATTER_ITEM = re.compile(r"^\s*-\s+(.+)$")

# "Label<TAB>value": one tab run between a short label and the rest of the line (a value
# that goes on in lower case is a sentence with a tab in it, not a field).
TAB_FIELD = re.compile(r"^\s*([^\t.!?]{1,60}?)[ ]*\t+([^\t]*)$")
# "ANDRA_AKTÖRER=Arbetsförmedlingen …": an export's key in capitals, "=" and its value, a
# line break inside the value written as the two characters "\n".
KEY_FIELD = re.compile(r"^\s*([A-ZÅÄÖ][A-ZÅÄÖ0-9_]{1,40})=(.*)$"
                       # and a dotted key, "plan.insats.1.vem = Beroendeenheten …"
                       r"|^\s*([a-zåäö_]+(?:\.[a-zåäö0-9_]+)+)\s*=\s*(.*)$")
ESCAPED_BREAK = re.compile(r"\s*\\n\s*")
# "Insatser;1) Urinprov … / 2) Öppenvård …": a spreadsheet's two columns saved as text, the
# label, a semicolon and the value, whose line breaks the export wrote as " / " (after a
# sentence or before a numbered item; "Vårdnadshavare / god man" is no break).
SEMICOLON_FIELD = re.compile(r"^\s*([^;\t]{1,60}?)\s*;(.*)$")
SLASH_BREAK = re.compile(r"(?<=[.!?])\s+/\s+|\s+/\s+(?=\d{1,2}[.)]\s)")
SEMICOLON_SHARE = 0.6  # of a text's lines, "label;value" before it is read as such fields


def indent_of(raw: str) -> int:
    """How far a line is set in: its leading spaces and tabs."""
    return len(raw) - len(raw.lstrip())


def field_text(label: str, value: str) -> str:
    """An export's field as a form's line: "Syfte: Att samordna …", "Syfte:" when empty."""
    return f"{clean_line(label)}: {clean_line(value)}".rstrip()


# a case system's "Fältnamn = värde" lines, and a value cut at the field's length going on
# on a line of its own: "(forts.) … och berättar att han sover dåligt"
EQUALS_FIELD = re.compile(r"^\s*([^\W\d_][\w /().-]{0,40}?)\s+=(?:\s+(.*))?$")
CONTINUED = re.compile(r"^\s*\(?forts\.?\)?:?\s+(\S.*)$", re.IGNORECASE)


def equals_fields(lines: list[str]) -> bool:
    """Whether a text is a list of "Fältnamn = värde" lines: four at least, and with the
    values cut and continued ("(forts.) …") most of its lines."""
    texted = [line for line in lines if line.strip()]
    fields = [line for line in texted if (field := EQUALS_FIELD.match(line))
              and len(field.group(1).split()) <= LABEL_MAX_WORDS]
    continued = [line for line in texted if CONTINUED.match(line)]
    return len(fields) >= 4 and len(fields) + len(continued) >= SEMICOLON_SHARE * len(texted)


def semicolon_fields(lines: list[str]) -> bool:
    """Whether a text is a list of "label;value" lines (a spreadsheet saved as text): most
    of its lines, four at least, a short label and one semicolon."""
    texted = [line for line in lines if line.strip()]
    fields = [line for line in texted if line.count(";") == 1 and (
        field := SEMICOLON_FIELD.match(line)) and len(field.group(1).split()) <= LABEL_MAX_WORDS]
    return len(fields) >= 4 and len(fields) >= SEMICOLON_SHARE * len(texted)
_RULE_RUN = re.compile(r"[-=]{3,}")
_RULE_LINE = re.compile(r"^\s*[+|]?[-=]{3,}(?:[ \t+|]+[-=]{3,})+[ \t+|]*$")


def column_rule(line: str) -> list[tuple[int, int]] | None:
    """The columns of a rule under a text table's header ("-----+-----", "----  ----",
    "|====|====|" in a table drawn with its borders):
    two or more runs of dashes, as (start, end) positions; None for any other line."""
    if not _RULE_LINE.match(line):
        return None
    return [m.span() for m in _RULE_RUN.finditer(line)]


def _text_cells(line: str, columns: list[tuple[int, int]]) -> list[str]:
    """A row of a text table cut into cells: at "|" when the row has them, else at the
    columns of the rule under the header."""
    if "|" in line:
        return [clean_line(part) for part in line.strip().strip("|").split("|")]
    starts = [start for start, _ in columns] + [len(line) + 1]
    return [clean_line(line[starts[i]:starts[i + 1]]) for i in range(len(columns))]


def _tab_cells(line: str) -> list[str]:
    """A tab-separated line's cells; tabs that indent it are no cells, the empty cells at its
    end are ("Huvudansvar<TAB><TAB><TAB>": a field left empty)."""
    return line.lstrip().rstrip("\r\n ").split("\t")


def tab_row(line: str) -> bool:
    """A row of tab-separated cells: two tabs or more after its first words (tabs that only
    indent an outline do not count)."""
    return len(_tab_cells(line)) >= 3


def tab_table(builder, lines: list[str], start: int, number: int) -> int:
    """Tab-separated rows, as a report tool exports them: a cell between each pair of tabs,
    until a line with fewer than two tabs. Returns the index after it."""
    return _separated_table(builder, lines, start, number, _tab_cells, tab_row)


def _separated_table(builder, lines: list[str], start: int, number: int, cells_of,
                     goes_on, record=None) -> int:
    """An export's table whose cells a separator divides: a row a line (or a `record(lines,
    index)` of several: its text and the index after it), from `start` while
    `goes_on(row)`, its cells as `cells_of(row)` cuts them, a cell's line breaks kept.
    Returns the index after it."""
    record = record or (lambda lines, index: (lines[index], index + 1))
    rows: list[list[Cell]] = []
    index = start
    while index < len(lines):
        text, after = record(lines, index)
        if index > start and not goes_on(text):
            break
        r = len(rows) + 1
        rows.append([Cell("\n".join(clean_line(part) for part in value.split("\n")),
                          Location(line=index + 1, table=number, row=r, cell=c))
                     for c, value in enumerate(cells_of(text), 1)])
        index = after
    builder.blocks.append(Block(BlockKind.TABLE, table_text(rows),
                                Location(line=start + 1, table=number), rows=rows))
    return index


# A spreadsheet saved as comma-separated values: "Område,Insats,Ansvarig,Start,Slut" over
# rows whose values are quoted where they hold a comma ("…","Läkare, Psykosmottagningen …").
# Its header has three labels or more and no space after a comma, as a list in prose has.
# A Swedish spreadsheet separates with semicolons instead ("PlanId";"Del";"Innehåll"), and a
# quoted value may run over several lines.
_CSV_LABEL = re.compile(r"[^\W\d_][\w /().-]{0,40}")


def _delimiter(line: str) -> str:
    return ";" if line.count(";") > line.count(",") else ","


def csv_cells(line: str, delimiter: str = ",") -> list[str]:
    try:
        return next(csv.reader([line.strip().lstrip("\ufeff")], delimiter=delimiter), [])
    except csv.Error:
        return []


def csv_header(line: str) -> int:
    """The number of columns when `line` is a CSV table's header, else 0."""
    delimiter = _delimiter(line)
    cells = csv_cells(line, delimiter)
    if len(cells) < 3 or f"{delimiter} " in line or \
            not all(_CSV_LABEL.fullmatch(c.strip()) for c in cells):
        return 0
    return len(cells)


def csv_field(line: str) -> tuple[str, str] | None:
    """A CSV export's "Label,value" line (the plan's facts above its table): the label and
    its value, None for another line."""
    cells = csv_cells(line)
    if len(cells) == 2 and _CSV_LABEL.fullmatch(cells[0].strip()) and \
            not line.lstrip("\ufeff").startswith(f"{cells[0]}, "):
        return cells[0].strip(), cells[1].strip()
    return None


def _record(lines: list[str], index: int) -> tuple[str, int]:
    """A CSV row from `index` on, a quoted value's line breaks inside it: its text and the
    index after it."""
    text, end = lines[index], index + 1
    while text.count('"') % 2 and end < len(lines):
        text, end = f"{text}\n{lines[end]}", end + 1
    return text, end


def csv_table(builder, lines: list[str], start: int, number: int) -> int:
    """A CSV table: its header and every row with as many values, until another line.
    Returns the index after it."""
    delimiter, width = _delimiter(lines[start]), csv_header(lines[start])
    return _separated_table(builder, lines, start, number,
                            lambda row: csv_cells(row, delimiter),
                            lambda row: len(csv_cells(row, delimiter)) == width, _record)


def csv_table_at(lines: list[str], index: int) -> bool:
    """Whether a CSV table starts at `index`: a header, and a row below it as wide."""
    width = csv_header(lines[index])
    return bool(width) and index + 1 < len(lines) and \
        len(csv_cells(_record(lines, index + 1)[0], _delimiter(lines[index]))) == width


def _continues(cells: list[str], width: int) -> bool:
    """A text-table line that goes on with the row above: its first column is empty, or
    starts in lower case as a wrapped word does."""
    first = cells[0] if cells else ""
    return len(cells) <= width and (not first or first[:1].islower())


def text_table(builder, lines: list[str], start: int, number: int) -> int:
    """A table drawn in text: a header line, a rule of dashes per column, rows until a blank
    line. Returns the index after it."""
    columns = column_rule(lines[start + 1]) or []
    rows: list[list[Cell]] = []
    index = start
    while index < len(lines):
        line = lines[index]
        if index == start + 1 or column_rule(line):
            index += 1
            continue
        if index > start and not clean_line(line):
            break
        cells = _text_cells(line, columns)
        if rows and len(rows) > 1 and _continues(cells, len(rows[-1])):
            # a cell wrapped onto the next line: its words belong to the row above
            for cell, more in zip(rows[-1], cells, strict=False):
                if more:
                    cell.text = f"{cell.text} {more}".strip()
            index += 1
            continue
        r = len(rows) + 1
        rows.append([Cell(text, Location(line=index + 1, table=number, row=r, cell=c))
                     for c, text in enumerate(cells, 1)])
        index += 1
    builder.blocks.append(Block(BlockKind.TABLE, table_text(rows),
                                Location(line=start + 1, table=number), rows=rows))
    return index


# A case system's export written as YAML: "syfte: >" over the text set in below it, "insatser:"
# over "- insats: …" / "  ansvarig: …" items, "#" comments, keys in small letters with
# underscores ("enskilde_deltog: ja").
_YAML_KEY = re.compile(r"^(\s*)(-\s+)?([^\W\d][\w ]{0,40}?):(?:\s+(.*?))?\s*$")
_YAML_ITEM = re.compile(r"^(\s*)-\s+(\S.*)$")
YAML_KEYS = 8  # key lines a text has at least, most of its lines, before it is read so
_FOLDED = (">", "|", ">-", "|-")


def yaml_fields(lines: list[str]) -> list[tuple[int, str, str]] | None:
    """A text written as YAML, read as a form's lines: (line number, text, kind) for every
    key and list item: "heading" for a key over keys set in below it ("uppföljning:" over
    "datum: …"), "field" for "Label: value" (a key's folded text, ">", and a value wrapped
    onto lines set in further joined to it), "item" for a list's item, with the keys of an
    item's own ("- vad: … / vem: … / när: …") joined to it; "#" comments left out. None for
    any other text: a YAML export has most of its lines keys in small letters, some of them
    set in under another."""
    texted = [(i, line) for i, line in enumerate(lines)
              if line.strip() and not line.lstrip().startswith("#")]
    keys = [(i, m) for i, line in texted if (m := _YAML_KEY.match(line))]
    nested = any(not m.group(4) and i + 1 < len(lines) and indent_of(lines[i + 1]) >
                 indent_of(lines[i]) for i, m in keys)
    small = sum(1 for _, m in keys if m.group(3)[:1].islower())
    if len(keys) < YAML_KEYS or len(keys) < SEMICOLON_SHARE * len(texted) or not nested or \
            small < SEMICOLON_SHARE * len(keys):
        return None
    fields: list[tuple[int, str, str]] = []
    # the keys over keys, by indent: a key set in under one is named with it ("uppföljning"
    # over "datum: …" is "uppföljning datum: …"), as a dotted key is, but for the one key
    # that holds the whole export ("plan:")
    parents: list[tuple[int, str]] = []
    whole = sum(1 for i, _ in keys if not indent_of(lines[i])) == 1
    folded: int | None = None  # the indent of a key whose text is folded in below it
    item: int | None = None  # the indent of the list item whose keys are being read
    last = -1  # the indent of the last line read
    following = {i: texted[n + 1][1] for n, (i, _) in enumerate(texted[:-1])}
    for index, line in texted:
        indent = indent_of(line)
        key, listed = _YAML_KEY.match(line), _YAML_ITEM.match(line)
        if fields and (folded is not None and indent > folded or indent > last and not (
                key or listed)):
            at, text, kind = fields[-1]  # folded text, or a value wrapped onto this line
            fields[-1] = (at, f"{text} {clean_line(line)}", kind)
            continue
        folded = None
        if item is not None and indent <= item:
            item = None
        value = key.group(4) or "" if key else ""
        name = label = clean_line(key.group(3).replace("_", " ")) if key else ""
        if value in _FOLDED:
            folded, value = indent, ""
        if key and item is not None and not key.group(2):
            at, text, kind = fields[-1]  # a key of the list item above: "vem: …"
            fields[-1] = (at, f"{text} / {field_text(label, value)}", kind)
        elif key and key.group(2):
            item = indent
            fields.append((index + 1, field_text(label, value), "item"))
        elif key:
            below = following.get(index, "")
            deeper = not value and folded is None and indent_of(below) > indent
            parents = [(at, name) for at, name in parents if at < indent]
            if parents and not (whole and parents[-1][0] == 0 and len(parents) == 1):
                label = f"{parents[-1][1]} {label}"
            if deeper:
                parents.append((indent, name))
            fields.append((index + 1, label if deeper else field_text(label, value),
                           "heading" if deeper else "field"))
        elif listed:
            fields.append((index + 1, clean_line(listed.group(2)), "item"))
        else:
            fields.append((index + 1, clean_line(line), "field"))
        last = indent
    return fields


# A grid table, as pandoc, Emacs and tabulate draw one: "+------+------+" between the rows
# ("+======+" under the header), "| cell | cell |" lines between them, a row's cells
# wrapped over all the lines between two borders.
_GRID_BORDER = re.compile(r"^\s*\+(?:[-=:]{3,}\+){2,}\s*$")
GRID_LINE = re.compile(r"^\s*\|.*\|\s*$")


def grid_table_at(lines: list[str], index: int) -> bool:
    """Whether a grid table starts at `index`: a border over a line of cells."""
    return bool(_GRID_BORDER.match(lines[index])) and index + 1 < len(lines) and \
        bool(GRID_LINE.match(lines[index + 1]))


def grid_table(builder, lines: list[str], start: int, number: int) -> int:
    """A grid table from its top border: a row of cells between each two borders, each
    cell the words of its column on those lines. Returns the index after it."""
    rows: list[list[Cell]] = []
    pieces: list[list[str]] = []  # the row being read: each column's lines
    first = start
    index = start
    while index < len(lines):
        line = lines[index]
        if _GRID_BORDER.match(line) or not GRID_LINE.match(line):
            if pieces:
                r = len(rows) + 1
                rows.append([Cell(" ".join(filter(None, column)),
                                  Location(line=first + 1, table=number, row=r, cell=c))
                             for c, column in enumerate(pieces, 1)])
            pieces = []
            if not _GRID_BORDER.match(line):
                break
        else:
            cells = [clean_line(part) for part in line.strip()[1:-1].split("|")]
            if not pieces:
                pieces, first = [[] for _ in cells], index
            for column, text in zip(pieces, cells, strict=False):
                column.append(text)
        index += 1
    builder.blocks.append(Block(BlockKind.TABLE, table_text(rows),
                                Location(line=start + 1, table=number), rows=rows))
    return index


# "SYFTE                   Planera så att …" over "                        till sitt hus …":
# an export's fields with the labels in a column of their own, every value starting at one
# column and wrapping under it. A label is a few words a single space apart, in capitals or
# ending in a colon (not "Distriktssköterska      Hemsjukvården", a list in two columns);
# a value holds no wider gap (not "☐ Ja   ☐ Nej", nor a table's further columns).
_COLUMN_FIELD = re.compile(r"^(\S+(?: \S+){0,3})  +([^\s:](?:(?!   ).)*)$")
COLUMN_FIELDS = 4  # fields that must start their values at one column before it is one
COLUMN_LABEL_WORDS, LABEL_LINES = 4, 3  # words a label line may have; lines a label may wrap to
MIN_VALUE_COLUMN = 8


def value_column(lines: list[str]) -> int | None:
    """Where a text's field values start when its labels stand in a column of their own:
    the column at which at least COLUMN_FIELDS lines "Label   value" start their values and
    no other column starts as many; None when the text is not laid out so."""
    counts: dict[int, int] = {}
    for line in lines:
        field = _COLUMN_FIELD.match(line)
        if field and _column_label(field.group(1)):
            counts[field.start(2)] = counts.get(field.start(2), 0) + 1
    if not counts:
        return None
    column = max(counts, key=lambda c: (counts[c], -c))
    return column if counts[column] >= COLUMN_FIELDS and column >= MIN_VALUE_COLUMN else None


def _column_label(label: str) -> bool:
    return label.endswith(":") or (label.isupper() and not label.endswith((".", ",", ";")))


def column_field(lines: list[str], start: int,
                 column: int) -> tuple[str, list[str], int] | None:
    """The label, the value lines and the number of lines of a field at `start` whose value
    starts at `column` (see `value_column`): a label wrapped in its column ("Syfte med den
    samordnade" over "planen:") is one label, and the value's lines set in to the column go
    with it; None when the line opens no such field. A label alone on its line must wrap to be one
    ("Huvudansvarig/samordnare" over "för planen:", nothing beside them: an empty field)."""
    labels: list[str] = []
    values: list[str] = []
    index = start
    while index < len(lines) and len(labels) < LABEL_LINES:
        label, value = _label_and_value(lines[index], column)
        if not label:
            break
        labels.append(label)
        values += [value] if value else []
        index += 1
        if _column_label(label):
            break
    label = " ".join(labels)
    if not labels or not _column_label(label) or (not values and len(labels) == 1):
        return None
    for line in lines[index:]:
        if len(line) - len(line.lstrip(" ")) != column or not line.strip():
            break
        values.append(line.strip())
        index += 1
    return label.rstrip(":"), [clean_line(value) for value in values], index - start


def _label_and_value(line: str, column: int) -> tuple[str, str]:
    """A line's text in the label column and from the value column on; no label when the
    line does not start at the margin or its text runs across the column."""
    if not line[:1].strip() or "\t" in line:
        return "", ""
    head, tail = line[:column], line[column:]
    if tail.strip() and (not head.endswith("  ") or tail[:1] == " " or "   " in tail.strip()):
        return "", ""
    label = clean_line(head)
    if len(label.split()) > COLUMN_LABEL_WORDS or label.endswith((".", ";")):
        return "", ""
    return label, tail.strip()


def front_matter(lines: list[str], builder) -> int:
    """YAML front matter ("---" lines around "key: value" pairs), as an intranet or a
    static-site export writes it: each pair is a label line ("huvudansvarig: …"), the key's
    underscores read as spaces, and a list under a key is a list item a line. Returns the
    index of the first line after it."""
    if not lines or lines[0].strip() != "---":
        return 0
    end = next((i for i in range(1, len(lines)) if lines[i].strip() in ("---", "...")), None)
    if end is None:
        return 0
    for index in range(1, end):
        key_value = _FRONT_MATTER_PAIR.match(lines[index])
        item = _FRONT_MATTER_ITEM.match(lines[index])
        if key_value:
            value = key_value.group(2).strip().strip("\"'")
            builder.single(index + 1, lines[index],
                           f"{key_value.group(1).replace('_', ' ')}: {value}".rstrip())
        elif item:
            # a list under its key ("närvarande:" and "  - Kurator, BUP Västerås")
            builder.flush()
            builder.add(index + 1, lines[index], item.group(1).strip().strip("\"'"),
                        list_item=True)
            builder.flush()
    return end + 1


def heading_shaped(text: str, following: str) -> bool:
    """A short line that opens a block, ends without punctuation and stands over a longer
    line: a heading written as plain text ("Syfte med samordnad individuell plan" over its
    paragraph). A wrapped paragraph's first line is as long as the lines after it."""
    return (bool(following) and len(text.split()) <= LABEL_MAX_WORDS
            and not text.endswith((".", ",", ";", "-", "–")) and text[:1].isupper()
            and len(text) <= HEADING_SHARE * len(following))
