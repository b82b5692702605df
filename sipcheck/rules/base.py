"""What a check returns, and the helpers every check kind shares.

A check is a pure function `(options, plan) -> Finding`. It says whether its condition
holds and quotes the text that shows it. It never decides a level or points: the engine
does that from the checklist's rules, so the same check serves many criteria.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from sipcheck.documents.model import Location
from sipcheck.language.sentences import sentence_spans
from sipcheck.rules.matching import AnyOf
from sipcheck.sections import Line, Plan
from sipcheck.text.literals import Needed
from sipcheck.text.patterns import from_word_starts

MAX_QUOTE = 200


@dataclass(frozen=True)
class Evidence:
    """A quote from the plan (at most about 200 characters) and where it stands."""

    text: str
    location: Location

    def to_dict(self) -> dict:
        return {"text": self.text, "where": self.location.to_dict()}


@dataclass
class Finding:
    """The outcome of one check. `note` is a short Swedish remark for the reason sentence
    ("rubriken finns men är tom"); `note_en` is the same in English. `outside` says that
    the check found it outside the sections it was asked about (see `scope`)."""

    passed: bool
    evidence: list[Evidence] = field(default_factory=list)
    note: str = ""
    note_en: str = ""
    outside: bool = False


# A field's label left at the end of a printed line, its value on the next ("… i veckan.
# Ansvarig:"): form, never part of a quote.
_TRAILING_LABEL = re.compile(r"(?<=[.!?])\s+[A-ZÅÄÖ][\w/ -]{0,30}:\s*$")


def quote(text: str, limit: int = MAX_QUOTE) -> str:
    """Shortens a quote at a word boundary, marking the cut with '…'; a label the line
    ends with is left out."""
    text = _TRAILING_LABEL.sub("", " ".join(text.split()))
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut + "…"


def evidence_of(lines: list[Line], limit: int = 3) -> list[Evidence]:
    return [Evidence(quote(line.full), line.location) for line in lines[:limit]]


def sentence_at(text: str, position: int) -> str:
    """The sentence of `text` that holds `position`: the part of a long line to quote. A
    bracket on a line of its own goes with the sentence before it ("Krisplan delas med
    boendestödet" / "(med patientens medgivande).")."""
    spans = sentence_spans(text)
    for index, span in enumerate(spans):
        if span.start <= position < span.end:
            if span.text.startswith("(") and index:
                return text[spans[index - 1].start:span.end]
            return span.text
    return text


def evidence_at(line: Line, position: int) -> Evidence:
    """Evidence quoting the sentence of `line.full` at `position`, with the line's place."""
    return Evidence(quote(sentence_at(line.full, position)), line.location)


def section_option(options: dict) -> list[str] | None:
    """The `section` option as a list of section ids, or None for the whole plan."""
    value = options.get("section")
    if value is None:
        return None
    return [value] if isinstance(value, str) else list(value)


def scoped_lines(options: dict, plan: Plan) -> list[Line]:
    """Content lines a check looks at (see `scope`)."""
    return scope(options, plan)[0]


def scope(options: dict, plan: Plan) -> tuple[list[Line], bool]:
    """Content lines a check looks at: those of `section`, or of the whole plan less the
    sections named in `skip_sections` (e.g. a participants list when looking for actors).
    With `fallback`, a check whose sections are missing or empty looks at the whole plan
    instead: a plan says things where its writer put them (consent in the introduction,
    a purpose in the first paragraph). The flag says whether that happened."""
    sections = section_option(options)
    lines = plan.value_lines(sections)
    outside = False
    if sections is not None and not lines and options.get("fallback"):
        lines, outside = plan.value_lines(), True
    skip = options.get("skip_sections")
    if skip:
        skipped = {id(line) for line in plan.value_lines(skip)}
        lines = [line for line in lines if id(line) not in skipped]
    return lines, outside


PATTERN_SECONDS = 1.0  # one search of one line; real ones take microseconds


class PatternTimeout(Exception):
    """A checklist pattern that took more than PATTERN_SECONDS on one line of a plan."""

    def __init__(self, pattern: str) -> None:
        super().__init__(pattern)
        self.pattern = pattern


class _Bounded:
    """A checklist pattern whose searches stop after PATTERN_SECONDS, compiled when first
    used: most of an option's patterns are only ever asked through their joined search
    (`rules.matching.AnyOf`), and compiling one on the `regex` engine takes milliseconds,
    in every worker process. A text without any of the strings the pattern needs
    (`text.literals`) is answered without the engine: no match, nothing to replace."""

    __slots__ = ("pattern", "_compiled", "_first", "_needed")

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self._compiled = self._first = None
        self._needed = _UNKNOWN

    @property
    def compiled(self):
        if self._compiled is None:
            self._compiled = regex.compile(self.pattern, regex.IGNORECASE | regex.V0)
        return self._compiled

    @property
    def first(self):
        """The pattern for the first match of a line: the same match, its alternatives
        that begin with `\\w*` tried only from a word's start (`text.patterns.
        from_word_starts`; its `re.pattern` is that text)."""
        if self._first is None:
            searched = from_word_starts(self.pattern)
            self._first = self.compiled if searched == self.pattern else \
                regex.compile(searched, regex.IGNORECASE | regex.V0)
        return self._first

    def _absent(self, text: str) -> bool:
        if self._needed is _UNKNOWN:
            self._needed = Needed.of([self.pattern])
        return self._needed is not None and self._needed.absent(text)

    def search(self, text: str):
        if self._absent(text):
            return None
        try:
            return self.first.search(text, timeout=PATTERN_SECONDS)
        except TimeoutError:
            raise PatternTimeout(self.pattern) from None

    def sub(self, replacement: str, text: str) -> str:
        if self._absent(text):
            return text
        try:
            return self.compiled.sub(replacement, text, timeout=PATTERN_SECONDS)
        except TimeoutError:
            raise PatternTimeout(self.pattern) from None


_UNKNOWN = object()


@lru_cache(maxsize=4096)
def compile_pattern(pattern: str) -> _Bounded:
    """Patterns in checklists are matched case-insensitively, as plans capitalise freely.
    They run on the `regex` engine (the syntax of `re`), which can stop a search: one that
    backtracks for more than PATTERN_SECONDS raises PatternTimeout, and the plan gets the
    status `timeout` instead of hanging the review (validation refuses the usual shapes of
    such patterns, `checklist.regex_safety`; this catches the rest)."""
    return _Bounded(pattern)


def any_match(patterns: list[str], text: str) -> re.Match | None:
    """The match of the first of `patterns` that matches `text` (in list order), or None;
    the patterns are compiled and joined once per list (`rules.matching`)."""
    return _any_of(tuple(patterns)).search(text) if patterns else None


@lru_cache(maxsize=1024)
def _any_of(patterns: tuple[str, ...]) -> AnyOf:
    return AnyOf(patterns, [compile_pattern(pattern) for pattern in patterns], PATTERN_SECONDS)


def keyword_patterns(keywords: list[str]) -> list[str]:
    """Whole-word patterns for plain keywords ("god man" matches, "godmanskap" does not)."""
    return [rf"(?<!\w){re.escape(word)}(?!\w)" for word in keywords]
