"""Swedish function words: the small words that carry no topic of their own.

A heading's topic sits in its content words ("När ses vi igen?" is about meeting again, not
about "vi"). Cue matching counts how much of a heading a cue explains over content words
only, so "Det här ska vi göra" is fully explained by the cue "ska vi göra".
"""

from __future__ import annotations

FUNCTION_WORDS = frozenset({
    "och", "eller", "men", "samt", "att", "som", "om", "när", "då", "där", "här", "det", "den",
    "de", "dem", "denna", "detta", "dessa", "en", "ett", "i", "på", "av", "för", "från",
    "till", "med", "utan", "hos", "vid", "över", "under", "efter", "före", "mellan", "mot",
    "genom", "inom", "är", "var", "vara", "varit", "blir", "blev", "bli", "har", "hade", "ha",
    "kan", "ska", "skall", "vill", "får", "måste", "bör", "vi", "ni", "jag", "du", "han",
    "hon", "hen", "man", "oss", "er", "mig", "dig", "sig", "vår", "vårt", "våra", "ert", "era",
    "min", "mitt", "mina", "din", "ditt", "dina", "sin", "sitt", "sina", "hans", "hennes",
    "hens", "deras", "inte", "också", "även", "så", "hur", "vad", "vem", "vilka", "vilken",
    "vilket", "varför",
})


def content_words(words: list[str]) -> list[str]:
    """The words of a heading that carry its topic (compared lower-case)."""
    return [word for word in words if word.lower() not in FUNCTION_WORDS]
