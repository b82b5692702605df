"""What a table's cells and rows look like, before anything is asked of the checklist.

A label cell is short and no sentence; a header row is short cells without digits over
longer ones; a label may hold its value below it in the same cell; a cell wrapped onto a
row of its own broke off mid-phrase. The section builder's table reading
(`section_tables`, `section_forms`) decides with these what kind of table it has.
"""

from __future__ import annotations

import re

from sipcheck.documents.model import Cell
from sipcheck.label_text import label_core
from sipcheck.language.dates import Precision, find_dates, only_time
from sipcheck.language.function_words import FUNCTION_WORDS

# "Label: value"; not the colon of an abbreviation's ending ("S:s samtalskontakt", "SIP:en")
LABEL_LINE = re.compile(r"^\s*([^:\n]{2,70}?)\s*:(?!(?:s|n|en|et|na|ns|ar|er|arna|erna)\b)\s*(.*)$")
SHORT_WORDS = 12  # at most this many words in a label or a heading
LABEL_WORDS = 10
CUE_COVERAGE = 0.5
QUESTION_WORDS = 8  # a column headed by a question: "Hur vet vi att målet är nått?"


def by_grid(cells: list[Cell], width: int) -> list[str] | None:
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


def unwrapped(rows: list[list[Cell]]) -> list[list[Cell]]:
    """Data rows with a first cell wrapped onto a row of its own put back together: a row
    that fills only its first cell, under a row whose first cell broke off mid-phrase
    ("Ansökan om skuldsanering hos" / "Kronofogden"), goes on with that cell. A text print
    draws the wrapped words as a line of their own, and a capital does not make them a row."""
    kept: list[list[Cell]] = []
    for row in rows:
        above = kept[-1] if kept else None
        if above and len(row) == len(above) and row[0].text.strip() and \
                not any(c.text.strip() for c in row[1:]) and broken_off(above[0].text):
            first = Cell(f"{above[0].text.rstrip()} {row[0].text.strip()}", above[0].location,
                         above[0].tables)
            kept[-1] = [first, *above[1:]]
            continue
        kept.append(row)
    return kept


def broken_off(text: str) -> bool:
    """Whether a cell's text stops mid-phrase: on a small word that needs more after it
    ("hos", "och"), a hyphen or a comma."""
    words = text.split()
    return bool(words) and (words[-1].lower() in FUNCTION_WORDS or text.rstrip()[-1] in "-,")


def comparable(cells: list[str]) -> list[str]:
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


def stacked(text: str) -> bool:
    """A cell that holds a field's label over its value ("Plats" over "Socialkontoret
    Hallstahammar")."""
    label, value = split_label(text.strip())
    hint = value.startswith(("(", "[")) and value.endswith((")", "]"))
    return bool(value) and not hint and label_shaped(label) and \
        not label.endswith(":") and not any(ch.isdigit() for ch in label)


def filled(row: list[Cell]) -> list[Cell]:
    """The cells of a row that hold text."""
    return [cell for cell in row if cell.text.strip()]


def width(row: list[Cell]) -> int:
    """How many cells of a row hold text."""
    return len(filled(row))


def first_text(row: list[Cell]) -> str:
    cells = filled(row)
    return cells[0].text.strip().split("\n")[0] if cells else ""


def label_shaped(text: str) -> bool:
    """A form label: short, not a sentence ("Vem håller ihop planen?", "Samtycke:"), its
    hint in parentheses not counted ("Delaktighet (hur har personen deltagit, vad tycker
    personen?)")."""
    first = label_core(text.strip().split("\n")[0])
    return bool(first) and len(first.split()) <= LABEL_WORDS and len(first) <= 90 and \
        not first.endswith((".", ",", ";"))


def header_shaped(rows: list[list[Cell]]) -> bool:
    """A header row by its shape: two or more short cells without digits over rows that
    hold dates, numbers or longer text ("Aktivitet | Utförare | Tidsram"); a column may
    be headed by a question ("Mål | Hur vet vi att målet är nått? | Klart senast")."""
    first = [c.text.strip() for c in rows[0] if c.text.strip()]
    if len(first) < 2 or len(rows) < 2 or not all(
            header_like(text) and not text.endswith(".")
            and len(text.split()) <= (QUESTION_WORDS if text.endswith("?") else 5)
            for text in first):
        return False
    longest = max(len(text.split()) for text in first)
    return any(any(ch.isdigit() for ch in c.text) or len(c.text.split()) > longest
               for row in rows[1:] for c in row)


def timeline_header(cells: list[str]) -> bool:
    """The header of a plan drawn as a timeline ("Insats | Ansvarig | v. 10 | v. 11 | …"):
    words over the first columns, then two or more columns that are each nothing but a week
    or a month. The weeks' digits would make it a row of values for `header_shaped`."""
    times = sum(1 for text in cells if _week_or_month(text))
    words = [text for text in cells if not _week_or_month(text)]
    return times >= 2 and bool(words) and all(header_like(text) for text in words)


def _week_or_month(text: str) -> bool:
    return only_time(text) and all(m.precision in (Precision.WEEK, Precision.MONTH)
                                   for m in find_dates(text.strip()))


_ITEM_NUMBER = re.compile(r"(?<=[^\W\d_]) \d{1,2}$")


def header_like(text: str) -> bool:
    """Header cells have no digits and are short, or are template questions/labels; a
    hint in brackets is not counted ("Åtgärd (enligt plan 2025-01-15)")."""
    text = _ITEM_NUMBER.sub("", label_core(text))  # "Insats 1" is a label, numbered
    if any(ch.isdigit() for ch in text) or (text.rstrip().endswith(".") and
                                            len(text.split()) > 1):
        return False  # digits and sentences are values
    return len(text.split()) <= 8 or text.rstrip().endswith(("?", ":"))
