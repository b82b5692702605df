"""Matching labels in plans against a checklist's section aliases.

Plans are written by hand in many templates: "Syfte:", "SYFTE", "Syfte med mötet",
"Varför gör vi denna plan?", "Uppfoljning" typed without å/ä/ö, "Andra aktörers åtgärder",
"Sveas delaktighet". Everything that compares
a label with an alias goes through `key()`, so case, diacritics variants, punctuation and
trailing colons or question marks never decide whether a section is found.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

_FOLD = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", "è": "e", "ü": "u", "æ": "a",
                       "ø": "o", "á": "a", "à": "a"})
_NON_WORD = re.compile(r"[^\w]+")
_CHECKBOX_ONLY = re.compile(r"^[\s☐☒☑✓✔✗✘xX\-–—_.…*/]*$")

# Extra words a label may carry after an alias of one or two words ("Syfte med mötet").
MAX_EXTRA_WORDS = 4

DEFAULT_PLACEHOLDERS = (
    "-", "–", "—", "x", "xx", "nn", "se ovan", "se nedan", "ej ifyllt", "ej ifylld",
    "klicka eller tryck här för att ange text", "klicka här för att ange text",
    "ange text", "text", "fyll i", "...", "…",
)


def _inflected(words: list[str], alias: list[str]) -> bool:
    """Each word is the alias word or an inflection of it ("aktörers" for "aktörer",
    "insatserna" for "insatser"): at most three letters longer."""
    return len(words) == len(alias) and all(
        word.startswith(base) and len(word) - len(base) <= 3
        for word, base in zip(words, alias, strict=True))


@lru_cache(maxsize=1 << 14)  # rules ask for the same lines' keys again and again
def key(text: str) -> str:
    """The comparison form of a label: lower case, å/ä/ö folded, punctuation as spaces."""
    text = unicodedata.normalize("NFC", text).lower().translate(_FOLD)
    return " ".join(_NON_WORD.sub(" ", text).replace("_", " ").split())


@dataclass
class Vocabulary:
    """Section aliases, form field labels and placeholder values, from the checklist."""

    aliases: dict[str, list[str]]
    field_labels: list[str] = field(default_factory=list)
    placeholders: list[str] = field(default_factory=lambda: list(DEFAULT_PLACEHOLDERS))

    def __post_init__(self) -> None:
        pairs = [(key(alias), section) for section, names in self.aliases.items()
                 for alias in [section, *names]]
        # Longest alias first: the most specific wins ("planerad uppföljning" over "planering").
        self._aliases = sorted({p for p in pairs if p[0]}, key=lambda p: -len(p[0]))
        self._exact = {}
        for alias_key, section in self._aliases:
            self._exact.setdefault(alias_key, section)
        self._labels = sorted({key(label) for label in self.field_labels if key(label)},
                              key=len, reverse=True)
        self._placeholders = {key(p) for p in self.placeholders} | {""}
        self._placeholder_of: dict[str, bool] = {}  # every check asks again for each line

    def section_of(self, label: str, exact: bool = False) -> str | None:
        """The section id a label names, or None. Unless `exact`, a label may carry a few
        words after a short alias ("Syfte med mötet"), or any after a long one."""
        label_key = key(label)
        if not label_key:
            return None
        if label_key in self._exact or exact:
            return self._exact.get(label_key)
        words = label_key.split()
        for alias_key, section in self._aliases:
            alias = alias_key.split()
            for start in (0, 1) if len(words) > len(alias) else (0,):
                if start and not words[0].endswith("s"):
                    continue  # only a possessive may precede: "Sveas delaktighet"
                if not _inflected(words[start:start + len(alias)], alias):
                    continue
                extra = len(words) - len(alias) - start
                if start and extra:
                    continue
                if len(alias) >= 3 or extra <= MAX_EXTRA_WORDS:
                    return section
        return None

    def is_placeholder(self, value: str) -> bool:
        """True for an empty field or a stand-in ("-", "x", "Se ovan", ☐) that states nothing."""
        known = self._placeholder_of.get(value)
        if known is None:
            known = self._placeholder_of[value] = (
                key(value) in self._placeholders or bool(_CHECKBOX_ONLY.match(value)))
        return known

    def is_label(self, text: str, questions: bool = True) -> bool:
        """True when a cell or line is a form label rather than a value: it names a known
        field or section, or is written as a label ("Datum:", and with `questions`, a
        template question such as "Vem skall göra?")."""
        stripped = text.strip()
        if not stripped:
            return False
        endings = (":", "?") if questions else (":",)
        if stripped.endswith(endings) and len(stripped.split()) <= 12:
            return True
        if self.section_of(stripped):
            return True
        text_key = key(stripped)
        return any(text_key == label or text_key.startswith(label + " ")
                   for label in self._labels) and len(text_key.split()) <= 6
