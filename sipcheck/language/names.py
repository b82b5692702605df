"""Who a plan is about: the first name it keeps coming back to.

Anonymised plans still call the person by a first name or an initial ("Kim", "B."). A
participants list that says "Kim" means the person took part; a bare "Kim" is the person,
not a professional missing an organisation. Swedish capitalises only proper nouns, so the
name is the capitalised word that appears most often mid-sentence and never in lower case.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable

_TOKEN = re.compile(r"[A-Za-zÅÄÖåäöÉéÜü]+")
_NOT_NAMES = frozenset({
    "jag", "du", "han", "hon", "hen", "vi", "ni", "de", "den", "det", "dem", "man", "mamma",
    "pappa", "sip", "mål", "min", "mitt", "mina", "kl", "om", "vid", "när", "efter", "inför",
})


def likely_subject(texts: Iterable[str],
                   exclude: Callable[[str], bool] | None = None) -> str | None:
    """The most frequent capitalised word seen mid-sentence and never in lower case."""
    counts: Counter[str] = Counter()
    mid_sentence: set[str] = set()
    lower: set[str] = set()
    for text in texts:
        for sentence in re.split(r"(?<=[.!?:|])\s+|\n", text):
            for index, token in enumerate(_TOKEN.findall(sentence)):
                if token.islower():
                    lower.add(token)
                elif token[0].isupper() and (len(token) == 1 or token[1:].islower()):
                    counts[token] += 1
                    if index:
                        mid_sentence.add(token)
    for token in list(counts):  # "Berits" is Berit's
        if token.endswith("s") and token[:-1] in counts:
            counts[token[:-1]] += counts.pop(token)
    candidates = [(n, token) for token, n in counts.items()
                  if n >= 2 and len(token) >= 2 and token in mid_sentence
                  and token.lower() not in lower and token.lower() not in _NOT_NAMES
                  and not (exclude and exclude(token))]
    return max(candidates)[1] if candidates else None
