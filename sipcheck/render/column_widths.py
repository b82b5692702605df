"""Column widths from a table's content and the room there is: the one rule the Word
tables (in points) and the terminal tables (in characters) share.

A column never gets less than its longest word: a word broken over two lines is how
"arboga/sip-01" came to print one letter per line. It never gets more than its longest
line needs. The room between is shared out in proportion to how much more each column
could use, the way a browser lays out a table. When even the longest words do not fit,
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
    each column gets its maximum (the caller may spread what is left)."""
    maximums = [max(low, high) for low, high in zip(minimums, maximums, strict=True)]
    if sum(minimums) > room:
        return None
    if sum(maximums) <= room:
        return list(maximums)
    spare = room - sum(minimums)
    wants = [high - low for low, high in zip(minimums, maximums, strict=True)]
    total = sum(wants)
    return [low + spare * want / total for low, want in zip(minimums, wants, strict=True)]


def spread(widths: list[float], room: float) -> list[float]:
    """`widths` grown in proportion to fill `room` (a table spanning the text width)."""
    total = sum(widths)
    if total <= 0 or total >= room:
        return list(widths)
    return [width * room / total for width in widths]
