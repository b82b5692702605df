"""The words a checklist pattern cannot match without: a quick "no" before the search.

Most lines of a plan match none of a check's patterns, and a regular expression engine
learns that by trying every alternative at every position of the line. Most checklist
patterns cannot match unless the line holds one of a few literal strings:
`\\w*team(et)?\\b|\\w*sjukhus\\w*` needs "team" or "sjukhus", `<subject> (vill|sa)\\b`
the name and a space. `Needed` holds those strings for a list of patterns, and a line
that holds none of them (lowercased, as the patterns match case-insensitively) is
answered "no match" without the search; a line that holds one is searched as before. So
the answer is always the one the search gives: the strings are read from the pattern's
parsed form (Python's `re`, the checklists' syntax), and a pattern they cannot be read
from safely (no literal it must contain, syntax the parser reads otherwise than the
`regex` engine, letters whose lowercase hides a case-insensitive match) gets no quick
answer, nor does a line with such letters.
"""

from __future__ import annotations

import re
from re import _constants as sre  # Python 3.11+, as the project requires

from sipcheck.text.patterns import may_hold_posix_class, parsed

_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


class _Unsafe(Exception):
    """A letter whose case-insensitive matches its lowercase does not show ("ſ", "ß")."""


def _plain_case(text: str) -> bool:
    """Whether every character of `text` lowercases to one character, the one its other
    case lowercases to: then a case-insensitive match of two characters is equal lowercase
    ("ſ" matches "s" but lowercases to itself, "ß" uppercases to "SS", "İ" matches "i" but
    lowercases to two characters: not plain). A sigma lowercases by where it stands ("σ",
    at a word's end "ς"): never plain either."""
    if text.isascii():
        return True
    lowered = text.lower()
    return len(lowered) == len(text) and _SIGMAS.isdisjoint(text) and \
        lowered == text.upper().lower()


_SIGMAS = frozenset("Σσς")


def required(pattern: str) -> frozenset[str] | None:
    """Lowercase strings one of which every text `pattern` matches contains, or None when
    there are none to tell (or they cannot be told safely)."""
    if may_hold_posix_class(pattern):
        return None
    tree = parsed(pattern)
    if tree is None:
        return None
    try:
        found = _required(tree)
    except (RecursionError, _Unsafe):
        return None
    return frozenset(found) if found else None


def _required(items) -> set[str] | None:
    """The most telling set of the sequence `items`: a run of literal characters, or the
    set of one of its parts that every match goes through."""
    best: tuple[tuple[int, int], set[str]] | None = None
    run: list[str] = []

    def consider(strings: set[str] | None) -> None:
        nonlocal best
        if strings:
            rank = (min(map(len, strings)), -len(strings))  # longest shortest, fewest
            if best is None or rank > best[0]:
                best = (rank, strings)

    def run_ends() -> None:
        if run:
            consider({"".join(run)})
            run.clear()

    for op, value in items:
        if op is sre.LITERAL:
            character = chr(value)
            if not _plain_case(character):
                raise _Unsafe
            run.append(character.lower())
            continue
        run_ends()
        if op is sre.SUBPATTERN:
            consider(_required(value[3]))
        elif op is sre.ATOMIC_GROUP:
            consider(_required(value))
        elif op is sre.BRANCH:
            branches = [_required(branch) for branch in value[1]]
            if all(branches):
                consider(set().union(*branches))
        elif op in _REPEATS and value[0] >= 1:
            consider(_required(value[2]))
        # anything else (a class, a look-around, an anchor) needs no literal of its own
    run_ends()
    return best[1] if best else None


class Needed:
    """What one of several patterns needs: `absent(text)` is True only when none of them
    can match `text`. None from `of` when some pattern needs nothing to tell."""

    __slots__ = ("_search",)

    def __init__(self, strings: set[str]) -> None:
        # a string that holds another is needed only when that one is there anyway
        kept = sorted((s for s in strings if not any(o != s and o in s for o in strings)),
                      key=lambda s: (-len(s), s))
        self._search = re.compile("|".join(map(re.escape, kept))).search

    @classmethod
    def of(cls, patterns) -> Needed | None:
        strings: set[str] = set()
        for pattern in patterns:
            found = required(pattern)
            if found is None:
                return None
            strings |= found
        return cls(strings) if strings else None

    def absent(self, text: str) -> bool:
        """True when `text` holds none of the strings (so no pattern matches); False when
        it holds one, or has letters whose lowercase cannot be trusted."""
        lowered = plain_lower(text)
        return lowered is not None and self._search(lowered) is None


def plain_lower(text: str) -> str | None:
    """`text` in small letters where that keeps every case-insensitive match of it (a
    pattern in small letters matches the one where it matches the other), else None."""
    lowered = _LOWERED.get(text, _UNSEEN)
    if lowered is _UNSEEN:  # a line is asked by check after check: lowered once
        if len(_LOWERED) >= REMEMBERED:
            _LOWERED.clear()
        lowered = _LOWERED[text] = text.lower() if _plain_case(text) else None
    return lowered


REMEMBERED = 4096  # lines whose lowercase is kept (a plan's few hundred), then afresh
_LOWERED: dict[str, str | None] = {}
_UNSEEN = object()
