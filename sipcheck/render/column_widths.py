"""Column widths from a table's content and the room there is: the one rule the Word
tables (in points) and the terminal tables (in characters) share.

A column never gets less than its longest word: a word broken over two lines is how
"arboga/sip-01" came to print one letter per line. It never gets more than its longest
line needs. The room between is shared fairly (`fit`). When even the longest words do not fit,
`fit` says so (None) and the caller picks another layout: a landscape page, smaller
print, or a list instead of a table.
"""

from __future__ import annotations

import re

# A no-break space (in "83 %") or a narrow one holds a word together, as in print.
_BREAKS = re.compile(r"[ \t\n]+")


def words_of(text: str) -> list[str]:
    """The words a line may break between: split at spaces and line breaks only."""
    return [word for word in _BREAKS.split(text) if word]


def lines_of(text: str) -> list[str]:
    return text.split("\n")


def fit(minimums: list[float], maximums: list[float], room: float) -> list[float] | None:
    """Widths for columns that need at least `minimums` and at most `maximums`, within
    `room`; None when the minimums alone do not fit. When everything fits on one line
    each column gets its maximum (the caller may spread what is left). Otherwise the
    room is shared fairly: a column that wants no more than its share gets all it wants,
    so a short label is not wrapped to give a long comment one more character, and the
    columns left share the rest in proportion to what they want."""
    maximums = [max(low, high) for low, high in zip(minimums, maximums, strict=True)]
    if sum(minimums) > room:
        return None
    if sum(maximums) <= room:
        return list(maximums)
    widths = list(minimums)
    spare = room - sum(minimums)
    wants = [high - low for low, high in zip(minimums, maximums, strict=True)]
    waiting = sorted((index for index, want in enumerate(wants) if want > 0),
                     key=lambda index: wants[index])
    while waiting and wants[waiting[0]] <= spare / len(waiting):
        index = waiting.pop(0)
        widths[index] += wants[index]
        spare -= wants[index]
    total = sum(wants[index] for index in waiting)
    for index in waiting:
        widths[index] += spare * wants[index] / total
    return widths


def spread(widths: list[float], room: float) -> list[float]:
    """`widths` grown in proportion to fill `room` (a table spanning the text width)."""
    total = sum(widths)
    if total <= 0 or total >= room:
        return list(widths)
    return [width * room / total for width in widths]
