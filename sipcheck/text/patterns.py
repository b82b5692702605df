"""Whether a pattern means the same inside a join of several (`(?:a)|(?:b)|…`).

Asking whether any of several patterns matches a line is one search of them joined, not
one search each: `rules.matching.AnyOf` for a check's options, `vocabulary` for a
checklist's `form_text` and `references`. A backtracking engine finds a match of the join
exactly where one of its alternatives matches, unless a pattern refers to a group by number
or name, names one, or sets a flag for the whole pattern: such patterns are asked one by one.
"""

from __future__ import annotations

import re
from functools import lru_cache
from re import _constants as sre  # Python 3.11+, as the project requires
from re import _parser as sre_parser


@lru_cache(maxsize=512)  # the patterns a process is asking about now (trees are large)
def parsed(pattern: str):
    """`pattern` parsed as Python's `re` does (the checklists' syntax), or None when it does
    not parse: read once for every question asked of it here and in `text.literals`. The
    result is shared: never changed by its readers."""
    try:
        return sre_parser.parse(pattern)
    except (re.error, RecursionError, OverflowError):
        return None


def may_hold_posix_class(pattern: str) -> bool:
    """Whether `pattern` may hold a POSIX class ("[[:digit:]]"), which the `regex` engine
    reads as one class and Python's parser as a set of ":", "d", "i" …: what is read from
    the parse is then not the engine's pattern."""
    return "[:" in pattern and ":]" in pattern


def joinable(pattern: str) -> bool:
    """Whether `pattern` means the same inside `(?:…)|(?:…)`: it parses (as Python's `re`,
    whose syntax checklists use), refers to no group and names none, and sets no flag for
    the whole pattern."""
    tree = parsed(pattern)
    if tree is None:
        return False
    if tree.state.groupdict or tree.state.flags & ~sre.SRE_FLAG_UNICODE:
        return False
    return not any(op in (sre.GROUPREF, sre.GROUPREF_EXISTS) for op in _ops(tree))


def at_start(pattern: str) -> str | None:
    """`pattern` without its leading `^` when the whole pattern is anchored there
    ("^\\W*(lägg till|beskriv)\\b", not "^a|b"), else None. Such patterns asked together
    are one search at the line's start, `^(?:a)|(?:b)…`, instead of every alternative at
    every position of the line."""
    if not pattern.startswith("^") or not joinable(pattern):
        return None
    tree = parsed(pattern)
    if len(tree.data) < 2 or tree.data[0] != (sre.AT, sre.AT_BEGINNING) or \
            any(op == sre.BRANCH for op, _ in tree.data):
        return None
    return pattern[1:]


def _ops(items):
    """Every operator of a parsed pattern, nested ones too."""
    for op, value in items:
        yield op
        if isinstance(value, (list, tuple)):
            for part in value:
                if isinstance(part, sre_parser.SubPattern):
                    yield from _ops(part)
                elif isinstance(part, list):  # a branch's alternatives
                    for branch in part:
                        if isinstance(branch, sre_parser.SubPattern):
                            yield from _ops(branch)
        elif isinstance(value, sre_parser.SubPattern):
            yield from _ops(value)


@lru_cache(maxsize=4096)
def from_word_starts(pattern: str) -> str:
    """`pattern` with `\\b` before each of its alternatives that begins with a run of word
    characters without an upper bound (`\\w+`, `\\w{3,}`, or `\\w*` before a letter:
    "\\w*team(et)?\\b|\\w*sjukhus\\w*"), which the engine would otherwise try from every
    letter of every word. A line's first match is the same: a match that starts inside a
    word also matches from the word's start, which comes first, and such a match starts
    with a word character, so at a word's start. Only the first: a search that starts
    inside a word (the next match of `sub` or `finditer`) can find less."""
    if may_hold_posix_class(pattern):
        return pattern
    return "|".join(rf"\b{part}" if _WORD_RUN.match(part) else part
                    for part in _alternatives(pattern))


def alternatives_from_word_starts(patterns) -> str:
    """`patterns` as one alternation, `(?:a)|(?:b)`, each from its word starts
    (`from_word_starts`): one search for whether any of them matches, and where first."""
    return "|".join(f"(?:{from_word_starts(pattern)})" for pattern in patterns)


# a run of word characters without an upper bound that a match begins with: \w+, \w{3,},
# or \w* before a letter that must be there ("\w*team"; not "\w*\s+team", "\w*a?…")
_WORD_RUN = re.compile(r"\\w(?:\+|\{[1-9]\d*,\})\??|\\w(?:\*|\{0,\})\??[^\W\d_](?![?*{])")


def _alternatives(pattern: str) -> list[str]:
    """`pattern` split at its top-level `|` (none inside brackets, sets or after `\\`)."""
    parts, depth, start, index, in_set = [], 0, 0, 0, False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_set:
            in_set = char != "]"
        elif char == "[":
            in_set = True
            following = index + 1 + pattern.startswith("^", index + 1)
            if pattern.startswith("]", following):  # "[]…]", "[^]…]": "]" belongs to the set
                index = following
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:index])
            start = index + 1
        index += 1
    parts.append(pattern[start:])
    return parts
