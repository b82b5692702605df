"""Names of people: a first name and a surname together, in prose, in lists, after labels.

Anonymised plans call the person by a first name or an initial ("Kim", "B."), so a first
name alone is never reported. A full name is: a first name from the list of common Swedish
first names followed by a surname, "Vi träffade Anna Andersson i går". A surname is a name
from the list of common Swedish surnames, a word with a surname's ending (-son, -berg,
-ström, …), or any capitalised word after a particle ("von Platen", "af Ugglas", "de
Geer"). Words may carry diacritics (Müller, Łukasz, Noël), apostrophes (O'Brien) and
hyphens (Per-Olof, Lundgren-Ek), or be written in capitals (ANNA ANDERSSON). After a label
("Namn:", "Planen tillhör:"), two capitalised words are a name whatever the lists say;
opening a line of a list ("Anna Andersson, mamma"), when the first is a first name.

The lists (`first_names.txt`, `surnames.txt`) are the most common Swedish first names and
surnames from official statistics, as the Faker project keeps them; `tools/update_names.py`
writes them.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from importlib.resources import files

import regex

_WORD = r"(?:\p{Lu}['’])?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*"  # Anna, O'Brien, Per-Olof, Müller
_CAPS = r"\p{Lu}{2,}(?:-\p{Lu}{2,})*"  # ANNA, LUNDGREN-EK
PARTICLES = frozenset({"von", "af", "de", "van", "der", "den", "du", "da", "di", "la", "le",
                       "zu", "al", "el", "bin", "ibn", "del", "della", "dos"})
_SPACE = r"[ \t\u00a0]{1,2}"  # further apart, words stand in columns of their own
_TOKEN = regex.compile(rf"(?<![\p{{L}}\p{{N}}'’_-])(?:{_WORD}|{_CAPS})(?![\p{{L}}'’])")
_NEXT = regex.compile(rf"{_SPACE}(?P<word>{_WORD}|{_CAPS}|\p{{Ll}}+)(?![\p{{L}}'’])")
SURNAME_ENDINGS = ("son", "berg", "bergh", "ström", "lund", "gren", "qvist", "kvist", "quist",
                   "dahl", "holm", "blom", "stedt", "fors", "vall", "bäck", "strand", "sjö",
                   "löf", "ander")
# Words that make capitalised words an organisation, a place or a title, not a person.
NOT_A_NAME = regex.compile(
    r"psykiatri|mottagning|central|tjänst|skola|skolan|förvaltning|kommun|region|enhet|"
    r"boende|vård|omsorg|hälsa|kassa|förmedling|myndighet|klinik|sjukhus|habilitering|"
    r"verksamhet|team|gruppen|stöd|ombud|nämnd|län|stad|planen|mötet|syfte|uppföljning|"
    r"insats|deltagare|samtycke|huvudansvar|bakgrund|vecka|sida|mamma|pappa|mormor|morfar|"
    r"farmor|farfar|syster|bror|sköterska|läkare|kurator|handläggare|sekreterare|terapeut|"
    r"psykolog|pedagog|behandlare|närstående|anhörig|avd|nummer|personnr|datum|rektor|"
    r"mentor|lärare|samordnare|assistent|centrum|center|behandling|rehab|"
    r"^(?:den|det|och|för|på|i|son|dotter|make|maka|sambo|sonen|dottern|maken|makan|"
    r"sambon|hustrun|mannen|frun|barnbarnet|svärsonen|svärdottern)$",
    regex.IGNORECASE)
# A template's stand-in for a number or a date, never a surname: ÅÅMMDD, XXXX.
PLACEHOLDER = regex.compile(r"^(?:(?:Å{2,4}|Y{2,4})MMDD|X{2,}|N{2,})(?:-\S*)?$")
_NAME = rf"(?:{_WORD}|{_CAPS})(?:(?:{_SPACE}|-)(?:(?:{'|'.join(sorted(PARTICLES))}){_SPACE})*" \
        rf"(?:{_WORD}|{_CAPS}))+"
LABELLED = regex.compile(
    r"(?i:\b(?:namn|planen tillhör|planen gäller|den enskilde|elev|patient|brukare|"
    r"författare|senast sparad av|granskare|skapad av)\s*:\s*)"
    rf"(?P<name>{_NAME})")
# A full name opening a line of a list ("Anna Andersson, mamma, …", "Per Berg | Kurator").
# Words further apart than two spaces stand in columns of their own ("Annika      Bo").
LINE = regex.compile(rf"(?m)^[\s•*-]*(?P<name>{_WORD}[ \u00a0]{{1,2}}{_WORD})"
                     r"(?=\s*(?:,|\||\(|$))")


def _names(file: str) -> frozenset[str]:
    text = (files("sipcheck.privacy") / file).read_text("utf-8")
    return frozenset(line.strip().casefold() for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))


@cache
def first_names() -> frozenset[str]:
    return _names("first_names.txt")


@cache
def surnames() -> frozenset[str]:
    return _names("surnames.txt")


def _first(word: str) -> bool:
    """A first name, double ones too ("Anna-Karin"); a unit named with a name after a
    prefix ("Mini-Maria Västerås") is none."""
    return word.casefold().split("-")[0] in first_names()


def _surname(word: str) -> bool:
    folded = word.casefold().replace("’", "'")
    parts = folded.split("-")
    return any(part in surnames() or (len(part) > 4 and part.endswith(SURNAME_ENDINGS))
               or "'" in part for part in parts)


def full_names(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each first name + surname in running text."""
    for token in _TOKEN.finditer(text):
        if not _first(token.group()):
            continue
        end, position, words, particle = None, token.end(), 0, False
        while words < 3 and (following := _NEXT.match(text, position)):
            word = following["word"]
            if word in PARTICLES:
                particle = True
            elif word[0].isupper():
                words += 1
                if NOT_A_NAME.search(word):
                    break
                if particle or _surname(word):
                    end = following.end()
                particle = False
            else:
                break
            position = following.end()
        if end is not None:
            yield token.start(), end


def labelled_names(text: str) -> Iterator[tuple[int, int]]:
    for match in LABELLED.finditer(text):
        words = regex.split(r"[\s-]+", match["name"])
        if any(NOT_A_NAME.search(word) or PLACEHOLDER.match(word) for word in words) or (
                len({word.isupper() for word in words}) > 1):
            # "Författare: Socialtjänsten Köping", "Patient: Emir ÅÅMMDD-XXXX", and an
            # abbreviation before a place, "IFO Norberg": a unit, not a person
            continue
        if not regex.search(r"\s", match["name"]) and all(_first(word) for word in words):
            continue  # a double first name, "Per-Olof", is a first name
        if text[match.end("name"):match.end("name") + 1] == ":" and len(words) == 2:
            continue  # "Namn: Maja Upprättad: 2025-06-02": the next field's label, no surname
        if all(word.isupper() for word in words) and not _first(words[0]):
            # a label in capitals under "DEN ENSKILDE" ("VIKTORS DELAKTIGHET"): a name
            # in capitals begins with a first name ("ANNA ANDERSSON")
            continue
        yield match.start("name"), match.end("name")
    for match in LINE.finditer(text):
        first, last = match["name"].split()
        if _first(first) and not NOT_A_NAME.search(first) \
                and not NOT_A_NAME.search(last) \
                and not (_first(last) and not _surname(last)):
            # not "Enligt Kim, kurator", nor two people's first names ("Johan Sofia")
            yield match.start("name"), match.end("name")


_ID_WORD = regex.compile(r"\p{L}+")


def names_in_identifier(text: str) -> Iterator[tuple[int, int]]:
    """A first name and a surname from the lists in a file or folder name, in any case and
    joined by any separator ("karin_lundgren", "LUNDGREN-Karin" is not: first name first)."""
    words = list(_ID_WORD.finditer(text))
    for left, right in zip(words, words[1:], strict=False):
        gap = text[left.end():right.start()]
        if len(gap) == 1 and gap in " _-." and left.group().casefold() in first_names() \
                and right.group().casefold() in surnames():
            yield left.start(), right.end()
