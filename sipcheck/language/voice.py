"""The person's own voice in a plan: first-person statements and quotations.

Why this exists: a SIP is drawn up *with* the person, and guidelines ask for their goals "in
their own words" ("Dina mål ska stå först"). Reviewers look for exactly two signs: sentences in
the first person ("Jag vill börja skolan igen", "Vi vill att B. får bo hemma" from the family)
and quotations ("B. säger: ”Jag vill ha en kompis”"). A goal written about the person
("Målet är att B. ska börja skolan") is not their voice.

`first_person` returns the sentences (see `sipcheck.language.sentences`) that contain jag, mig,
mej, min, mitt, mina, or the family's vi, oss, vår, vårt, våra, as whole words in any case. Not
first person, and skipped:
- "min" after a number: "30 min" is minutes;
- "mitt" as a preposition: "mitt i veckan", "mitt emot skolan";
- "vår" as the season: "i vår.", "till vår 2025", "i vår ska ...";
- questions (a sentence ending in "?"): template prompts such as "Övergripande mål, vad vill
  jag uppnå?" are not the person speaking;
- labels: up to three words, no final full stop or "!", whose only first-person words are
  possessives ("Mina mål", "Mitt mål:", "Vår plan"), and the template prompt "Det här vill vi
  ha svar på".

`quotations` returns the text *inside* quotation marks (the span excludes the marks): ”…”,
"…", “…”, «…», »…« and »…» with at least one word, and '…', ‘…’ or ’…’ only with two words
or more (a single quoted word in apostrophes is too often not a quotation). A quotation never
crosses a blank line.
"""

from __future__ import annotations

import re

from sipcheck.language.sentences import Span, sentence_spans, words

__all__ = ["Span", "addresses_the_person", "first_person", "quotations"]

_DU = re.compile(r"(?<![\w-])(?:du|dig|din|ditt|dina)(?![\w-])", re.IGNORECASE)
# A plan written to the person says "du" this often; then its "vi" are the writers.
DU_FORM_MIN = 4


def addresses_the_person(texts) -> bool:
    """Whether a plan is written to the person ("Du vill börja skolan igen", "Vi som
    hjälper dig"): then "vi" are the professionals writing it, not the person's family."""
    return sum(len(_DU.findall(text)) for text in texts) >= DU_FORM_MIN

_PRONOUN = re.compile(
    r"(?<![\w-])(?:jag|mig|mej|min|mitt|mina|vi|oss|vår|vårt|våra)(?!\w|-\w)", re.IGNORECASE)
_POSSESSIVES = frozenset({"min", "mitt", "mina", "vår", "vårt", "våra"})

_NUMBER_BEFORE = re.compile(r"\d[\d.,]*\s*\Z")
_MITT_PREPOSITION = re.compile(
    r"\s+(?:i|emot|på|under|över|framför|bakom|ute|uppe|inne|för)(?!\w)", re.IGNORECASE)
_SEASON_PREPOSITION_BEFORE = re.compile(
    r"(?:\bi|\btill|\bunder|\befter|\binför|\bnästa|\bförra|\bdenna|\bkommande|\bsenast)\s+\Z",
    re.IGNORECASE)
_SEASON_AFTER = re.compile(
    r"\s*(?:[.,;:!?)\]\n]|\Z|[-–]?\s*\d)"
    r"|\s+(?:ska|skall|kommer|har|är|blir|kan|och|så|när|planeras|behöver|börjar)(?!\w)",
    re.IGNORECASE)
_NUMBER_AFTER = re.compile(r"\s*[-–]?\s*\d")
_TEMPLATE_PROMPTS = frozenset({
    "det här vill vi ha svar på", "det här vill jag ha svar på", "detta vill vi ha svar på",
})
_TRAILING = re.compile(r"[\s.:;!]+\Z")


def first_person(text: str) -> list[Span]:
    """The sentences of `text` in the person's (or family's) own voice, in text order."""
    found: list[Span] = []
    for sentence in sentence_spans(text):
        body = sentence.text
        if body.rstrip("\"”’'») ").endswith("?"):
            continue
        pronouns = [m for m in _PRONOUN.finditer(body) if _is_pronoun(body, m)]
        if not pronouns or _is_label(body, pronouns):
            continue
        found.append(sentence)
    return found


def _is_pronoun(body: str, match: re.Match[str]) -> bool:
    word = match.group().lower()
    start, end = match.start(), match.end()
    if word == "min":
        return not _NUMBER_BEFORE.search(body, 0, start)
    if word == "mitt":
        return not _MITT_PREPOSITION.match(body, end)
    if word == "vår":
        if _NUMBER_AFTER.match(body, end):
            return False
        return not (_SEASON_PREPOSITION_BEFORE.search(body, 0, start)
                    and _SEASON_AFTER.match(body, end))
    return True


def _is_label(body: str, pronouns: list[re.Match[str]]) -> bool:
    normalised = " ".join(_TRAILING.sub("", body).lower().split())
    if normalised in _TEMPLATE_PROMPTS:
        return True
    if body.rstrip().endswith((".", "!")) or len(words(body)) > 3:
        return False
    return all(m.group().lower() in _POSSESSIVES for m in pronouns)


# Each alternative captures the inside of one kind of quotation; `(?:(?!\n\s*\n)[^X])` is any
# character but the closing mark, never crossing a blank line.
_QUOTE = re.compile(
    r"“(?P<en>(?:(?!\n\s*\n)[^“”]){1,2000}?)”"
    r"|”(?P<sv>(?:(?!\n\s*\n)[^”]){1,2000}?)”"
    r"|\"(?P<straight>(?:(?!\n\s*\n)[^\"]){1,2000}?)\""
    r"|«(?P<guillemet>(?:(?!\n\s*\n)[^«»]){1,2000}?)»"
    r"|»(?P<reversed>(?:(?!\n\s*\n)[^«»]){1,2000}?)[«»]"
    r"|(?<!\w)[‘'’](?P<single>[^‘'’\n]{1,600}?)[’'](?!\w)"
)


def quotations(text: str) -> list[Span]:
    """The quoted passages of `text`, in text order (the spans exclude the quotation marks)."""
    found: list[Span] = []
    for match in _QUOTE.finditer(text):
        group = match.lastgroup or ""
        start, end = match.span(group)
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        inside = text[start:end]
        needed = 2 if group == "single" else 1
        if len(words(inside)) >= needed:
            found.append(Span(inside, start, end))
    return found
