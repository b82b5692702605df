"""Whether any of a checklist's word lists matches a line: `form_text`, `references`,
`example_rows`.

The vocabulary asks this of nearly every line and cell of every plan (is it the template's
own words, a pointer elsewhere?), so it is asked the cheap way first:

- the patterns anchored at the line's start are joined into one search there
  (`^(?:a)|(?:b)`, `text.patterns.at_start`): most lines fail at the first character;
- the others are searched one by one: Python's engine tries every alternative of a join at
  every position of the line, so joined they cost half as much again as apart (measured on
  the benchmark's plans; a test for the strings each pattern needs, `text.literals`, cost
  as much as the searches it saved).

The answer is the one asking each pattern gives; only the work differs. The vocabulary
keeps `is_form_text`'s answers for the lines it was asked about last
(`vocabulary._remembered`); the other lists are asked seldom enough to go without.
"""

from __future__ import annotations

import re

from sipcheck.text.patterns import at_start


class PatternSet:
    """Patterns (checklist syntax, matched case-insensitively) for asking `found(text)`:
    does any of them match?"""

    __slots__ = ("_start", "_others")

    def __init__(self, patterns: list[str]) -> None:
        rests = [at_start(pattern) for pattern in patterns]
        starts = [rest for rest in rests if rest is not None]
        self._start = re.compile("^(?:" + "|".join(f"(?:{rest})" for rest in starts) + ")",
                                 re.IGNORECASE) if starts else None
        self._others = [re.compile(pattern, re.IGNORECASE)
                        for pattern, rest in zip(patterns, rests, strict=True) if rest is None]

    def found(self, text: str) -> bool:
        if self._start is not None and self._start.search(text):
            return True
        return any(pattern.search(text) for pattern in self._others)
