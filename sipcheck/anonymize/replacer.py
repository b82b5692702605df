"""Personal data in a text replaced by readable, numbered placeholders.

A reviewer must still be able to follow the plan: "[namn 1] ringer [namn 2]" reads, and
"[namn 1]" is the same person on every page. So each value gets a placeholder of its kind
and a number, the same number for the same person or number within one file:

- what `sipcheck.privacy.find` finds in the text itself, and every value the document's
  scan found elsewhere (a name under a "Namn" column is replaced in the body too);
- the surnames of every name found ("Andersson" alone), and for a person named with
  `--name`, every form of the name (`names.forms`), also possessive ("Karins" → "[namn 1]s");
- the same personnummer with or without century, or a phone number with +46, is one.

Values stay in memory; only kinds, counts and places (`places`) are ever shown.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sipcheck import privacy
from sipcheck.anonymize import names
from sipcheck.text import Text

# The word in a placeholder, per kind: "[personnummer 1]", "[e-post 2]". Always Swedish:
# it is part of the plan, which is Swedish, not a message to the user.
WORDS = {"personnummer": "personnummer", "samordningsnummer": "samordningsnummer",
         "telefon": "telefon", "epost": "e-post", "adress": "adress", "namn": "namn"}
# A placeholder, so that a second pass (or the scan of the copy) leaves it alone.
# Personal data has a digit, an @ or a capital letter; most of a .docx's nodes have none.
_MAYBE = re.compile(r"[\d@A-ZÅÄÖÉÜ]")
_WORD = "|".join(map(re.escape, WORDS.values()))
PLACEHOLDER = re.compile(rf"\[(?:{_WORD})(?: \d+)?\]s?")


@dataclass(frozen=True)
class Span:
    """A stretch of text to replace, and what to put there."""

    start: int
    end: int
    kind: str
    placeholder: str


def _key(text: str) -> str:
    """A value as it is compared: without spaces and full stops, in lower case."""
    return re.sub(r"[\s.]+", "", text).casefold()


def _identity(kind: str, value: str) -> str:
    """What makes two values the same: a personnummer's last ten digits, a phone number's
    digits from the leading 0."""
    digits = re.sub(r"\D", "", value)
    if kind in ("personnummer", "samordningsnummer"):
        return digits[-10:]
    if kind == "telefon":
        return "0" + digits[2:].lstrip("0") if value.lstrip().startswith("+") else digits
    return _key(value)


def _fragment(value: str) -> str:
    """A literal value as a pattern that also matches it with other spaces between words."""
    return r"\s+".join(re.escape(word) for word in value.split())


class Replacer:
    """Finds and replaces one file's personal data; counts replacements by kind and place."""

    def __init__(self, values: Mapping[str, str] | None = None,
                 persons: Iterable[str] = ()) -> None:
        self._known: dict[str, tuple[str, str]] = {}  # _key(value) -> (kind, identity)
        self._fragments: dict[str, None] = {}
        self._numbers: dict[str, dict[str, int]] = {}
        self._pattern: re.Pattern | None = None
        self.counts: Counter[tuple[str, Text]] = Counter()
        for person in persons:
            identity = _key(person)
            for form in names.forms(person):
                self._remember(form, "namn", identity)
        for value, kind in (values or {}).items():
            self.learn_value(value, kind)

    # --- what to look for ---------------------------------------------------------------

    def learn(self, text: str) -> None:
        """Remembers what the scanner finds in `text`, to replace it everywhere else too."""
        for match in privacy.find(text):
            self.learn_value(text[match.start:match.end], match.kind)

    def learn_value(self, value: str, kind: str) -> None:
        if _key(value) in self._known or not value.strip():
            return
        if kind != "namn":
            self._remember(value, kind, _identity(kind, value))
            return
        identity = _key(value)
        words = value.split()
        self._remember(value, kind, identity)
        self._remember(value.upper(), kind, identity)
        for surname in words[1:]:  # a first name alone is how anonymised plans speak
            if len(surname) > 1 and surname[0].isupper():
                self._remember(surname, kind, identity)
                self._remember(surname.upper(), kind, identity)

    def _remember(self, form: str, kind: str, identity: str) -> None:
        self._known.setdefault(_key(form), (kind, identity))
        if _fragment(form) not in self._fragments:
            self._fragments[_fragment(form)] = None
            self._pattern = None

    def _literals(self) -> re.Pattern | None:
        if self._pattern is None and self._fragments:
            alternatives = sorted(self._fragments, key=len, reverse=True)
            self._pattern = re.compile(
                r"(?<!\w)(?P<v>" + "|".join(alternatives) + r")(?P<s>[sS])?(?!\w)")
        return self._pattern

    # --- replacing ----------------------------------------------------------------------

    def placeholder(self, kind: str, identity: str) -> str:
        numbers = self._numbers.setdefault(kind, {})
        number = numbers.setdefault(identity, len(numbers) + 1)
        return f"[{WORDS[kind]} {number}]"

    def spans(self, text: str, guess_names: bool = True) -> list[Span]:
        """Where `text` holds personal data, in order, without overlaps. Without
        `guess_names`, a name counts only when it is known: the scanner's way of telling a
        name by its place in a line ("Anna Andersson, mamma") takes any two capitalised
        words for one, fine in a plan's text but not in a style's name ("Table Grid")."""
        found: list[Span] = []
        if not _MAYBE.search(text):
            return found
        for match in privacy.find(text):
            if match.kind == "namn" and not guess_names:
                continue
            value = text[match.start:match.end]
            kind, identity = self._known.get(_key(value)) or (
                match.kind, _key(value) if match.kind == "namn" else _identity(match.kind, value))
            found.append(Span(match.start, match.end, kind, self.placeholder(kind, identity)))
        pattern = self._literals()
        if pattern is not None:
            for match in pattern.finditer(text):
                kind, identity = self._known[_key(match["v"])]
                end, suffix = match.end("v"), ""
                if match["s"] and kind == "namn":
                    end, suffix = match.end(), "s"
                found.append(Span(match.start(), end, kind,
                                  self.placeholder(kind, identity) + suffix))
        found.sort(key=lambda span: (span.start, -span.end))
        kept: list[Span] = []
        for span in found:
            if (not kept or span.start >= kept[-1].end) and not PLACEHOLDER.fullmatch(
                    text[span.start:span.end]):
                kept.append(span)
        return kept

    def count(self, spans: list[Span], place: Text) -> None:
        for span in spans:
            self.counts[(span.kind, place)] += 1

    def replace(self, text: str, place: Text, guess_names: bool = True) -> str:
        """`text` with every finding replaced; counted at `place`."""
        spans = self.spans(text, guess_names)
        self.count(spans, place)
        for span in reversed(spans):
            text = text[:span.start] + span.placeholder + text[span.end:]
        return text

    def remains(self, text: str, guess_names: bool = True) -> list[str]:
        """The kinds of personal data still in `text` (for the check of a finished copy)."""
        return [span.kind for span in self.spans(text, guess_names)]

    def kinds(self) -> Counter[str]:
        """Replacements per kind, over all places."""
        return by_kind(self.counts)


def by_kind(counts: Counter) -> Counter[str]:
    """Counts by (kind, place) added up by kind."""
    total: Counter[str] = Counter()
    for (kind, _), count in counts.items():
        total[kind] += count
    return total
