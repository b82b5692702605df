"""Several checklist patterns asked one question, once: does any of them match this line?

A check's option (`patterns`, `exclude`, `near`, `who`, `roles` …) is a list of patterns,
and `rules.base.any_match` answers with the match of the first of them that matches, in
list order. Asked pattern by pattern, that is a search per pattern per line, for every
check and every plan: most of the rules' time, and most lines match none. `AnyOf` holds
one option's patterns compiled once per checklist and answers the same:

- one search of them all joined (`(?:a)|(?:b)|…`) says whether any matches, which for
  most lines is the whole answer: no. Only when it finds something are they searched one
  by one, in order, for the match the check quotes. Joined or not, a backtracking engine
  finds a match exactly where one of the alternatives matches, so the answer is the same;
  patterns whose meaning would change inside the join (backreferences and group numbers,
  named groups, flags for the whole pattern) and a joined search that runs out of time
  are searched one by one, as before, so a slow pattern is still named. In the join, an
  alternative that begins with `\\w*` starts at a word's start (`text.patterns.
  from_word_starts`): the same yes or no, without trying every letter as a start;
- a line that holds none of the strings every match of the patterns needs (`text.literals`:
  "team" or "sjukhus" for `\\w*team(et)?\\b|\\w*sjukhus\\w*`) is no match, without a search;
- the answers for the last few thousand lines are kept: checks ask about the same lines
  again (each `table_rows` check reads the rows anew), and memory stays flat.
"""

from __future__ import annotations

import regex

from sipcheck.text.literals import Needed
from sipcheck.text.patterns import alternatives_from_word_starts, joinable

REMEMBERED = 1024  # answers an AnyOf keeps (a plan's lines) before it starts afresh
_UNSEEN = object()


class AnyOf:
    """`patterns` (checklist syntax) with their compiled searches (`rules.base._Bounded`:
    a search that raises PatternTimeout after `seconds`)."""

    __slots__ = ("searches", "joined", "needed", "seconds", "answers")

    def __init__(self, patterns: tuple[str, ...], searches: list, seconds: float) -> None:
        self.searches, self.seconds = searches, seconds
        self.answers: dict[str, object] = {}
        self.needed = Needed.of(patterns)
        self.joined = None
        if len(patterns) > 1 and all(joinable(pattern) for pattern in patterns):
            try:
                self.joined = regex.compile(alternatives_from_word_starts(patterns),
                                            regex.IGNORECASE | regex.V0)
            except (regex.error, OverflowError, RecursionError):
                self.joined = None

    def search(self, text: str):
        """The match of the first pattern that matches `text`, or None."""
        found = self.answers.get(text, _UNSEEN)
        if found is _UNSEEN:
            if len(self.answers) >= REMEMBERED:
                self.answers.clear()
            found = self.answers[text] = self._search(text)
        return found

    def _search(self, text: str):
        if self.needed is not None and self.needed.absent(text):
            return None  # the line lacks every string the patterns need
        if self.joined is not None:
            try:
                if self.joined.search(text, timeout=self.seconds) is None:
                    return None
            except TimeoutError:
                pass  # one by one, so that the slow pattern is named
        for search in self.searches:
            match = search.search(text)
            if match:
                return match
        return None
