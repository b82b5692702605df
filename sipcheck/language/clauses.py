"""Who acts in a Swedish sentence, and whether it says what happens or what happened.

Minutes and letters put agreements in prose: "Kuratorn på VUP träffar K. varannan tisdag
från v. 40", "Mamma ska ringa skolan varje fredag". Swedish main clauses put the finite verb
second, so the words before it name who acts ("Kuratorn på VUP"), and the verb's form says
whether it is a plan (present "träffar", future "ska ringa", "kommer att") or a report of
the past ("har erbjudit", "träffade", "var"). Heuristics over word forms, no dictionary: good
enough to tell an agreed measure from a background sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Finite verbs that open the predicate and say the tense themselves.
_FUTURE = frozenset({"ska", "skall", "kommer"})
_PRESENT_AUX = frozenset({"kan", "får", "bör", "måste", "vill", "tar", "gör", "är", "blir",
                          "finns", "behöver", "fortsätter", "ansvarar", "hjälper",
                          # present forms the -der/-ter rule below would take for nouns
                          # ("dotter", "kalender"): "Kurator möter K.", "IFO utreder …"
                          "möter", "sköter", "utreder", "leder", "bjuder", "erbjuder",
                          "bereder", "låter", "sätter"})
_PERFECT = frozenset({"har", "hade"})
_PAST = frozenset({"var", "blev", "gick", "fick", "tog", "sa", "sade", "gav", "kom", "såg",
                   "gjorde", "skulle", "kunde", "ville", "hade", "fanns", "bestämde",
                   "berättade", "träffade", "pratade",
                   # the past of a passive: "Mötet hölls på mottagningen."
                   "hölls", "gavs", "togs", "sågs", "gjordes"})
_WORD = re.compile(r"[^\W\d_][\w:.-]*", re.UNICODE)
# Words ending in -r that are no verbs: prepositions, adverbs, conjunctions, pronouns.
_NOT_VERBS = frozenset({"för", "efter", "över", "under", "mer", "eller", "där", "här", "när",
                        "hur", "emellertid", "dessutom", "bättre", "ur", "hos", "er", "ytterligare",
                        "kvar", "sedan", "senare", "tidigare", "mellan"})
# A participle after "har": "har erbjudit", "har träffat", "har gått", "har haft".
_PARTICIPLE = re.compile(r"(?:at|it|tt|dd|ått|ort|ett)$")
MAX_SUBJECT_WORDS = 10


@dataclass(frozen=True)
class Clause:
    """The words before the finite verb (`subject`), the verb, and the tense it shows:
    "present", "future", "past" or "perfect"; `tense` is None when no verb was found."""

    subject: str
    verb: str
    tense: str | None

    @property
    def planned(self) -> bool:
        """It says what is done or will be done, not what was done."""
        return self.tense in ("present", "future")


# An aside inside the subject: a relative clause ("Peter, som är din läkare på
# vårdcentralen, skickar …") or words in brackets ("IFO Vuxen (jag) utreder …").
_ASIDE = re.compile(r",\s+som\b[^,.;:!?]*,|\([^()]*\)")


def main_clause(sentence: str) -> Clause:
    """The subject and finite verb of a declarative sentence (see the module docstring). A
    relative clause between commas belongs to the subject ("Lina, som är din
    socialsekreterare, ser över …": the verb is "ser")."""
    matches = list(_WORD.finditer(sentence))
    words = [m.group() for m in matches]
    inside = [span for span in (m.span() for m in _ASIDE.finditer(sentence))]
    counted = 0
    for index, word in enumerate(words[1:], start=1):
        if any(start <= matches[index].start() < end for start, end in inside):
            continue
        counted += 1
        if counted > MAX_SUBJECT_WORDS:
            break
        bare = word.lower().strip(".:")
        tense = _tense(bare, word, words[index + 1:index + 5])
        if tense:
            subject = sentence[matches[0].start():matches[index].start()].rstrip(" ,")
            return Clause(subject, word, tense)
    return Clause(" ".join(words[:2]), "", None)


def _tense(bare: str, word: str, after: list[str]) -> str | None:
    if not word.islower():
        return None  # names and units are capitalised, verbs are not
    if bare in _FUTURE:
        return "future"
    if bare in _PERFECT:
        if any(_PARTICIPLE.search(w.lower()) and w.lower() != "fortsatt" for w in after):
            return "perfect"
        return "past" if bare == "hade" else "present"
    if bare in _PAST:
        return "past"
    if bare in _NOT_VERBS:
        return None
    if bare in _PRESENT_AUX:
        return "present"
    if len(bare) > 3 and bare.endswith(("ade", "dde", "tte")):
        return "past"
    if len(bare) > 2 and bare.endswith("r") and not bare.endswith(("are", "ter", "der")):
        return "present"
    return None


# Verbs that introduce what someone says: "Kim säger: ”…”" is a quotation, not a label.
_REPORTING = frozenset({"säger", "sa", "sade", "berättar", "berättade", "skriver", "skrev",
                        "svarar", "svarade", "tycker", "tyckte", "menar", "menade",
                        "uttrycker", "uttryckte", "önskar", "önskade", "frågar", "frågade"})


def introduces_speech(text: str) -> bool:
    """Whether `text` ends with a verb that introduces a quotation ("S. säger", "Mamma
    berättade")."""
    words = _WORD.findall(text)
    return len(words) >= 2 and words[-1].lower() in _REPORTING
