"""Who a plan is about: the first name it keeps coming back to.

Anonymised plans still call the person by a first name or an initial ("Kim", "B."). A
participants list that says "Kim" means the person took part; a bare "Kim" is the person,
not a professional missing an organisation. Swedish capitalises only proper nouns, so the
name is the capitalised word that appears most often, at least once mid-sentence (a
sentence's first word is capitalised whatever it is; an initial counts anywhere), never in
lower case, and not as the second word of a longer name ("Kung Karls skola", "Region
Västmanland").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

_TOKEN = re.compile(r"[A-Za-zÅÄÖåäöÉéÜü]+")
_SHARED_END = re.compile(r"-\s+(?:och|eller|samt|resp\.?|respektive)\s")
_NOT_NAMES = frozenset({
    "jag", "du", "han", "hon", "hen", "vi", "ni", "de", "den", "det", "dem", "man", "mamma",
    "pappa", "sip", "mål", "min", "mitt", "mina", "kl", "om", "vid", "när", "efter", "inför",
})


# A place or unit name follows these ("i Köping", "BUP Köping", "elevhälsan Arboga").
_PLACE_BEFORE = frozenset({"i", "på", "från", "till", "inom", "hos", "vid", "BUP", "VUP", "IFO",
                           "LSS", "Region", "region"})
_UNIT_ENDINGS = ("en", "an", "et", "n")
# Parts of organisation names, which are capitalised too ("Vuxenpsykiatrin").
_ORGANISATION = re.compile(
    r"psykiatri|mottagning|central|tjänst|skola|skolan|förvaltning|kommun|region|enhet|boende|"
    r"vård|omsorg|hälsa|kassa|förmedling|myndighet|klinik|sjukhus|habilitering|verksamhet|"
    r"centrum|center",
    re.IGNORECASE)


# Verbs a name at the head of a sentence is seen with ("Kim vill", "Kim går", "Kim
# berättade"): modals and the endings of the present and past tense.
_VERBS = frozenset({"vill", "ska", "skall", "kan", "har", "är", "var", "får", "fick", "måste",
                    "bör", "skulle", "kommer", "blir", "blev", "sa", "sade", "gick", "tog"})


def _verb(word: str) -> bool:
    return word.islower() and (word in _VERBS or (len(word) > 3 and word.endswith(
        ("ar", "er", "ir", "or", "ur", "yr", "år", "de", "te"))))


def _initial(sentence: str, token: str) -> bool:
    """An anonymised initial: a single capital followed by a full stop ("B. ska börja")."""
    return len(token) == 1 and f"{token}." in sentence


# What follows a name after a comma: "Kim, ssk, Psykiatrisk öppenvård" gives "ssk".
# "Kim, ssk", "Lina (kurator)", "Lina, som är kurator", "Maria som är socialsekreterare"
_TITLE = re.compile(r"(?:\s*,\s*(?:som är\s+)?|\s*\(\s*|\s+som är\s+)([^,|()\n]{1,40})")


@dataclass
class NameTally:
    """What `likely_subject` counts of each capitalised word of a plan, counted once: the
    exclusions and the role test vary between the rules that ask, the counting does not."""

    counts: Counter[str] = field(default_factory=Counter)
    places: Counter[str] = field(default_factory=Counter)
    # the words after a comma that follow each token ("Kim, ssk" gives "ssk" for Kim)
    titles: dict[str, Counter[str]] = field(default_factory=dict)
    lower: set[str] = field(default_factory=set)
    inside: set[str] = field(default_factory=set)  # seen after a sentence's first word
    acting: set[str] = field(default_factory=set)  # seen with a verb after it ("Kim vill")

    @classmethod
    def of(cls, texts: Iterable[str]) -> NameTally:
        tally = cls()
        for text in texts:
            for sentence in re.split(r"(?<=[.!?:|])\s+|\n", text):
                tally._count(sentence)
        tally._join_possessives()
        return tally

    def _count(self, sentence: str) -> None:
        # "S:s", "BUP:s": the genitive's "s" after a colon is no word of its own (taken for
        # one, the lower-case "s" ruled out the initial S as the person's name)
        # "Budget- och skuldrådgivning", "Barn- och ungdomspsykiatrin": the first part of a
        # compound whose end is shared is no word of its own, and never a name
        matches = [match for match in _TOKEN.finditer(sentence)
                   if not (match.start() >= 2 and sentence[match.start() - 1] == ":"
                           and sentence[match.start() - 2].isalnum()
                           and match.group() in ("s", "ns", "es"))
                   and not _SHARED_END.match(sentence, match.end())]
        tokens = [match.group() for match in matches]
        for index, token in enumerate(tokens):
            if token.islower():
                self.lower.add(token)
            elif token[0].isupper() and (token[1:].islower() or _initial(sentence, token)):
                initial = _initial(sentence, token)
                self.counts[token] += 1
                title = _TITLE.match(sentence, matches[index].end())
                if title:
                    self.titles.setdefault(token, Counter())[title.group(1)] += 1
                if index or initial:
                    self.inside.add(token)
                if index + 1 < len(tokens) and _verb(tokens[index + 1]):
                    self.acting.add(token)
                before = tokens[index - 1] if index else ""
                after = tokens[index + 1] if index + 1 < len(tokens) else ""
                if before in _PLACE_BEFORE or before.endswith(_UNIT_ENDINGS) or \
                        _ORGANISATION.search(before) or \
                        after in ("kommun", "kommuns", "län", "stad") or (
                        not initial and before[:1].isupper() and len(before) > 1):
                    self.places[token] += 1  # also the second word of a name ("Kung Karls")

    def _join_possessives(self) -> None:
        for token in list(self.counts):  # "Berits" is Berit's
            if token.endswith("s") and token[:-1] in self.counts:
                base = token[:-1]
                self.counts[base] += self.counts.pop(token)
                self.places[base] += self.places.pop(token, 0)
                self.titles.setdefault(base, Counter()).update(self.titles.pop(token, {}))
                if token in self.inside:
                    self.inside.add(base)
                if token in self.acting:
                    self.acting.add(base)

    def roles(self, token: str, titled: Callable[[str], bool] | None) -> int:
        """How often `token` is written with a role after it."""
        if titled is None:
            return 0
        return sum(n for title, n in self.titles.get(token, {}).items() if titled(title))


def likely_subject(texts: Iterable[str] | NameTally,
                   exclude: Callable[[str], bool] | None = None,
                   titled: Callable[[str], bool] | None = None,
                   given: str | None = None) -> str | None:
    """The most frequent capitalised word (or initial, "B.") that appears at least twice, is
    never written in lower case, is not part of an organisation's name, and mostly does not
    stand where places do ("i Köping", "elevhälsan Arboga", "Köpings kommun"). With
    `titled`, a name written with a role after it at least once in three ("Kim, ssk",
    "Lina (kurator)", "Lina, som är kurator") is a professional's, not the person's: a
    record print signs every entry with one, a letter introduces its staff so. A name
    the plan `given`s as the person's (its person field: "Person: Lina, 45 år") is
    taken when it is such a word, however often the coordinator's is written. `texts`
    may be a plan's `NameTally`, counted once for all who ask."""
    tally = texts if isinstance(texts, NameTally) else NameTally.of(texts)
    candidates = [(n, token) for token, n in tally.counts.items()
                  if n >= 2 and tally.places[token] * 2 < n
                  and tally.roles(token, titled) * 3 < n
                  and not _ORGANISATION.search(token)
                  and token.lower() not in tally.lower and token.lower() not in _NOT_NAMES
                  and not (exclude and exclude(token))]
    if given is not None and any(token == given for _, token in candidates):
        return given
    # A name seen mid-sentence is surely one; a word only ever first in its sentence may
    # be any word ("Löpande", "Samordnad"), and is taken only when nothing else is there
    # and it is seen doing something ("Kim vill …"), not as a list's status ("Planerad
    # Första möte …") or a form's word before its value ("Start 2025-02-03").
    named = [(n, token) for n, token in candidates if token in tally.inside]
    if not named:
        named = [(n, token) for n, token in candidates
                 if token in tally.acting]
    return max(named)[1] if named else None
