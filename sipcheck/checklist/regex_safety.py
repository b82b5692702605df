"""Regular expressions that can take exponential time: refused when a checklist is read.

A backtracking engine (Python's `re`, and `regex`) tries every way a pattern can match
before it gives up. A repetition without an upper bound whose body holds another one, and
whose body can end with a character it can also begin with, can split one line of text
in exponentially many ways: `(a+)+$` or `(\\w+\\s?)+$` on 5,000 letters and a "!" never
end. `(\\W+\\w+){6,}` ("six more words") nests too, but a body that starts with a non-word
character and ends with a word character can be cut in only one way, and is allowed.

Characters are judged on a sample (ASCII and Swedish letters, digits, spaces, punctuation,
and every literal of the pattern), which is enough to tell word, space, digit and
punctuation classes apart. Patterns that slip past this check still stop: each search in
`rules.base.compile_pattern` has a time limit, and every document has a time budget.
"""

from __future__ import annotations

import re
from re import _constants as sre  # Python 3.11+

from sipcheck.text import Text
from sipcheck.text.patterns import parsed as parsed_pattern

SLOW_PATTERN = Text(
    "det reguljära uttrycket «{pattern}» har en upprepning inuti en upprepning, som kan ta "
    "hur lång tid som helst på en lång rad; skriv t.ex. (\\w+\\s?)+ som [\\w\\s]+ eller "
    "\\w+(\\s\\w+)*.",
    "the regular expression '{pattern}' repeats a repetition, which can take forever on a "
    "long line; write e.g. (\\w+\\s?)+ as [\\w\\s]+ or \\w+(\\s\\w+)*.")
# Beyond this an upper bound is as good as none for backtracking.
UNBOUNDED = 20
_SAMPLE = "abcxyzABCXYZåäöÅÄÖéü059_ \t\n.,!?-:;/()'\"@#+*"
_CATEGORIES = {
    sre.CATEGORY_WORD: r"\w", sre.CATEGORY_NOT_WORD: r"\W", sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_NOT_DIGIT: r"\D", sre.CATEGORY_SPACE: r"\s", sre.CATEGORY_NOT_SPACE: r"\S",
}
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT)


def nested_quantifier(pattern: str) -> bool:
    """True when the pattern has the shape of catastrophic backtracking (see above). A
    pattern that does not parse is reported elsewhere (False here)."""
    parsed = parsed_pattern(pattern)  # parsed once for this and the review's questions
    if parsed is None:
        return False
    sample = set(_SAMPLE) | {chr(v) for op, v in _flat(parsed) if op is sre.LITERAL}
    return _Checker(frozenset(sample)).walk(parsed, inside=False)


def _flat(items):
    for op, value in items:
        yield op, value
        if op in _REPEATS:
            yield from _flat(value[2])
        elif op is sre.SUBPATTERN:
            yield from _flat(value[-1])
        elif op is sre.BRANCH:
            for branch in value[1]:
                yield from _flat(branch)
        elif op is sre.IN:
            yield from value


def _inside(op, value) -> list:
    """The sub-sequences of a group, an alternation or a lookaround."""
    if op is sre.SUBPATTERN:
        return [value[-1]]
    if op is sre.BRANCH:
        return list(value[1])
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        return [value[1]]
    return []


class _Checker:
    def __init__(self, sample: frozenset[str]) -> None:
        self.sample = sample

    def walk(self, items, inside: bool) -> bool:
        """A nested, ambiguous repetition anywhere in `items`."""
        for op, value in items:
            if op in _REPEATS:
                _, high, body = value
                unbounded = high == sre.MAXREPEAT or high > UNBOUNDED
                if unbounded and self.has_repeat(body) and (
                        self.edge(body, first=True) & self.edge(body, first=False)
                        or self.only_a_repeat(body)):
                    return True
                if self.walk(body, inside or unbounded):
                    return True
            elif any(self.walk(inner, inside) for inner in _inside(op, value)):
                return True
            # POSSESSIVE_REPEAT and ATOMIC_GROUP never backtrack into themselves.
        return False

    def has_repeat(self, items) -> bool:
        for op, value in items:
            if op in _REPEATS and (value[1] == sre.MAXREPEAT or value[1] > 1):
                return True
            if op is sre.SUBPATTERN and self.has_repeat(value[-1]):
                return True
            if op is sre.BRANCH and any(self.has_repeat(b) for b in value[1]):
                return True
        return False

    def only_a_repeat(self, items) -> bool:
        """The body is one repetition (in groups, beside anchors and lookarounds), as in
        `((ab)*)*`: a text the inner one matches can be cut into outer rounds many ways."""
        solid = [(op, value) for op, value in items
                 if op in _REPEATS or op in (sre.SUBPATTERN, sre.BRANCH)
                 or self.element(op, value, True)[0]]
        if len(solid) != 1:
            return False
        op, value = solid[0]
        if op is sre.SUBPATTERN:
            return self.only_a_repeat(value[-1])
        return op in _REPEATS and (value[1] == sre.MAXREPEAT or value[1] > 1)

    def edge(self, items, first: bool) -> frozenset[str]:
        """The sample characters `items` can begin (or end) with."""
        found: set[str] = set()
        for op, value in (items if first else list(items)[::-1]):
            chars, nullable = self.element(op, value, first)
            found |= chars
            if not nullable:
                break
        return frozenset(found)

    def nullable(self, items) -> bool:
        return all(self.element(op, value, True)[1] for op, value in items)

    def element(self, op, value, first: bool) -> tuple[frozenset[str], bool]:
        """(characters it can begin or end with, whether it can match nothing)."""
        if op is sre.LITERAL:
            return frozenset(c for c in self.sample if c.lower() == chr(value).lower()), False
        if op is sre.NOT_LITERAL:
            return frozenset(c for c in self.sample if c.lower() != chr(value).lower()), False
        if op is sre.ANY:
            return frozenset(self.sample - {"\n"}), False
        if op is sre.IN:
            return self.in_set(value), False
        if op in _REPEATS or op is sre.POSSESSIVE_REPEAT:
            low, _, body = value
            return self.edge(body, first), low == 0 or self.nullable(body)
        if op in (sre.SUBPATTERN, sre.ATOMIC_GROUP):
            body = value[-1] if op is sre.SUBPATTERN else value
            return self.edge(body, first), self.nullable(body)
        if op is sre.BRANCH:
            branches = value[1]
            chars = frozenset().union(*(self.edge(b, first) for b in branches))
            return chars, any(self.nullable(b) for b in branches)
        return frozenset(), True  # anchors, lookarounds, backreferences: no own character

    def in_set(self, items) -> frozenset[str]:
        negate = any(op is sre.NEGATE for op, _ in items)
        hits = set()
        for char in self.sample:
            inside = False
            for op, value in items:
                if op is sre.LITERAL:
                    inside |= char.lower() == chr(value).lower()
                elif op is sre.RANGE:
                    inside |= value[0] <= ord(char.lower()) <= value[1] or \
                        value[0] <= ord(char.upper()) <= value[1]
                elif op is sre.CATEGORY:
                    inside |= bool(re.fullmatch(_CATEGORIES.get(value, "(?!)"), char))
            if inside != negate:
                hits.add(char)
        return frozenset(hits)
