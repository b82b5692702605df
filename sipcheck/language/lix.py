"""LIX, the Swedish readability index, and its reading bands.

Why this exists: a plan is written *with and for* the person, who must be able to read it;
reviewers flag plans written in officialese. LIX (Björnsson 1968) is the measure Swedish
readers and authorities know:

    LIX = words / sentences + 100 × long words / words

where a long word has more than 6 letters. Bands (SIP.md §4): under 30 very easy, 30–40 easy,
40–50 medium, 50–60 hard, over 60 very hard; a value exactly on a boundary belongs to the
harder band (40.0 is "medelsvår").

Words and sentences come from `sipcheck.language.sentences`: numbers (2024, 13.00) are not
words, a hyphenated word is one word, and a bullet line or table cell is a sentence. Only
sentences with at least one word are counted. Letters, not characters, make a word long:
"covid-19" has 5 letters, "KBT-behandling" 13.
"""

from __future__ import annotations

from dataclasses import dataclass

from sipcheck.language.sentences import split_sentences, words

__all__ = ["LONG_WORD_LETTERS", "Lix", "lix", "lix_band"]

LONG_WORD_LETTERS = 6  # a word with more letters than this is long


@dataclass(frozen=True)
class Lix:
    """The counts behind a LIX value; `value` is None when the text has no words."""

    words: int
    sentences: int
    long_words: int
    value: float | None


def lix(text: str) -> Lix:
    """LIX of `text`, rounded to one decimal."""
    tokens = words(text)
    if not tokens:
        return Lix(0, 0, 0, None)
    sentences = sum(1 for sentence in split_sentences(text) if words(sentence))
    # a word of no more characters than LONG_WORD_LETTERS cannot have more letters
    long_words = sum(1 for w in tokens if len(w) > LONG_WORD_LETTERS
                     and sum(c.isalpha() for c in w) > LONG_WORD_LETTERS)
    value = len(tokens) / sentences + 100 * long_words / len(tokens)
    return Lix(len(tokens), sentences, long_words, round(value, 1))


_BANDS = {
    "sv": ("mycket lättläst", "lättläst", "medelsvår", "svår", "mycket svår", "ingen text"),
    "en": ("very easy", "easy", "medium", "hard", "very hard", "no text"),
}


def lix_band(value: float | None, lang: str = "sv") -> str:
    """The reading band of a LIX value, in Swedish ("sv") or English ("en").

    Boundaries: <30, <40, <50, <60, else. None (a text without words) gives "ingen text" /
    "no text". An unknown `lang` falls back to Swedish.
    """
    names = _BANDS.get(lang, _BANDS["sv"])
    if value is None:
        return names[5]
    for index, limit in enumerate((30, 40, 50, 60)):
        if value < limit:
            return names[index]
    return names[4]
