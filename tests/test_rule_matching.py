"""Patterns and labels answered once and remembered give the answers asked afresh would:
the first pattern in the checklist's order is the one quoted, patterns that cannot be
joined keep their meaning, and a remembered label answer depends on every argument."""

from __future__ import annotations

import pytest

from sipcheck.language.dates import find_dates
from sipcheck.rules import matching
from sipcheck.rules.base import _any_of, any_match, compile_pattern
from sipcheck.vocabulary import Vocabulary


def one_by_one(patterns, text):
    for pattern in patterns:
        found = compile_pattern(pattern).search(text)
        if found:
            return found
    return None


@pytest.mark.parametrize(("patterns", "text"), [
    # the later pattern matches earlier in the line: the first pattern is still quoted
    (["uppföljning", "insats"], "Insatser ses över vid uppföljning i maj."),
    (["(?<!\\w)god man(?!\\w)", "förvaltare"], "Förvaltare, inte god man."),
    (["(?<!\\w)god man(?!\\w)", "förvaltare"], "Godmanskap söks inte."),
    # a backreference and a named group mean something else inside a join
    (["(\\w+) och \\1", "mamma"], "pappa och pappa kommer"),
    (["(?P<vem>mamma|pappa) kommer", "syster"], "Syster och pappa kommer"),
    # a flag for the whole pattern
    (["(?s)ansvar.*plan", "samordnare"], "ansvar för\nplanen"),
    (["ansvarig", "(?s)ansvar.*plan"], "ansvar för\nplanen"),
    (["samordnare", "kurator"], "Ingen av dem nämns här."),
    # a line is answered "no" without a search only when it lacks what every match needs:
    # capitals, letters whose small form hides a match ("ſ" is an "s", "ς" a "σ", "İ" an
    # "i"), a POSIX class the `regex` engine reads otherwise than Python's parser
    (["\\w*team(et)?\\b|\\w*sjukhus\\w*", "kurator"], "Akademiska SJUKHUSET ringer"),
    (["\\w*team(et)?\\b|\\w*sjukhus\\w*", "kurator"], "Habiliteringen kallar"),
    (["skola\\w*", "förskola"], "ſkolan har kontakt"),
    (["σ"], "ς"),
    (["is\\b"], "BOSTADSFÖRMEDLİNG İS"),
    (["İ"], "in"),
    (["ΚΟΣ"], "ΚΟΣ"),  # a capital sigma at a word's end lowercases to "ς"
    (["[[:digit:]]x"], "rum 5x"),
    (["(?-i:Kim) (vill|sa)\\b"], "KIM VILL flytta"),
])
def test_any_match_quotes_what_one_pattern_at_a_time_would(patterns, text):
    expected = one_by_one(patterns, text)
    for _ in range(2):  # asked afresh, then remembered
        found = any_match(patterns, text)
        assert (found and (found.re.pattern, found.span())) == \
            (expected and (expected.re.pattern, expected.span()))


def test_patterns_that_change_meaning_when_joined_are_searched_one_by_one():
    assert _any_of(("(\\w+) och \\1", "mamma")).joined is None
    assert _any_of(("(?P<vem>mamma) kommer", "pappa")).joined is None
    assert _any_of(("(?s)ansvar.*plan", "pappa")).joined is None
    assert _any_of(("(?<!\\w)mamma(?!\\w)", "pappa|syster")).joined is not None


def test_remembered_answers_stay_few(monkeypatch):
    monkeypatch.setattr(matching, "REMEMBERED", 3)
    patterns = ("kurator", "samordnare")
    for number in range(10):
        any_match(list(patterns), f"rad {number} nämner kurator")
    assert len(_any_of(patterns).answers) <= 3
    assert any_match(list(patterns), "rad 0 nämner kurator").group() == "kurator"


def test_a_remembered_label_answer_depends_on_every_argument():
    words = Vocabulary({"purpose": ["syfte"], "lead": []},
                       cues={"lead": ["huvudansvar"]})
    assert words.section_of("Huvudansvarig") == "lead"
    assert words.section_of("Huvudansvarig", exact=True) is None  # cues do not count
    assert words.section_of("Huvudansvarig", cues=False) is None
    assert words.section_of("Huvudansvarig och samordnare", min_coverage=0.9) is None
    assert words.section_of("Huvudansvarig och samordnare") == "lead"
    assert words.is_label("Syfte") and not words.is_label("Syfte med mötet var att ses.")


def test_remembered_dates_are_the_callers_own():
    first = find_dates("Uppföljning 2024-05-14 och i september.")
    assert [m.text for m in first] == ["2024-05-14", "i september"]
    first.clear()  # a rule that changes its list changes no one else's
    assert [m.text for m in find_dates("Uppföljning 2024-05-14 och i september.")] == [
        "2024-05-14", "i september"]


@pytest.mark.parametrize(("form_text", "text", "expected"), [
    # "^a|b": only the first branch is anchored, "b" is found anywhere
    (["^\\W*beskriv|ange datum", "^\\W*fyll i"], "Här: ange datum för mötet", True),
    (["^\\W*beskriv|ange datum", "^\\W*fyll i"], "– Fyll i vem som gör vad", True),
    (["^\\W*beskriv", "^\\W*fyll i"], "Mamma ska fyll i blanketten", False),
    # one pattern anchored, one not: both are asked
    (["^\\W*beskriv", "\\(t\\.\\s?ex\\.?[^)]*\\)$"], "Mål (t.ex. skola)", True),
    (["(?s)^ange.*här", "^\\W*beskriv"], "ange\ntiden här", True),
])
def test_form_text_anchored_or_not_is_recognised_as_one_by_one(form_text, text, expected):
    words = Vocabulary({"purpose": ["syfte"]}, form_text=form_text)
    assert words.is_form_text(text) is expected
    assert any(compile_pattern(p).search(text) for p in form_text) is expected


def test_the_quick_no_never_hides_a_match_in_any_alphabet():
    # every letter with a case below U+2000 (Greek, Cyrillic, Latin with diacritics …) and
    # the odd ones ("ſ", "ß", "İ", "ı", the Kelvin sign …), in a pattern and in a line, in
    # each of its cases, inside a word and at its end (where "Σ" lowercases to "ς"):
    # whenever any_match says no match, the regex engine agrees
    import regex

    letters = [chr(c) for c in range(0x41, 0x2000) if chr(c).lower() != chr(c).upper()]
    letters += ["\u212a", "\u212b", "\u2126", "ſ", "ß", "ẞ", "İ", "ı", "ς", "ﬁ", "Ꭰ", "ꭰ"]
    kin: dict[str, set[str]] = {}  # letters by their folded first character: "i", "İ", "I"
    for letter in letters:
        kin.setdefault(letter.casefold()[0], set()).add(letter)
    for letter in letters:
        forms = {form for form in (letter, letter.lower(), letter.upper(), letter.title(),
                                   letter.casefold()) if len(form) == 1}
        forms |= kin[letter.casefold()[0]]
        for written in forms:
            for read in forms:
                for pattern, line in ((written + "s", read + "S"), ("x" + written, "X" + read),
                                      (written, "ab" + read + "c")):
                    engine = regex.compile(regex.escape(pattern), regex.IGNORECASE | regex.V0)
                    found = any_match([regex.escape(pattern)], line)
                    assert (found is None) == (engine.search(line) is None), (pattern, line)


@pytest.mark.parametrize(("patterns", "text"), [
    # alternatives that begin with a run of word characters are tried from a word's start
    # only: the first match of the line is the same as the pattern's own
    ([r"\w*team(et)?\b|\w*sjukhus\w*", "kurator"], "Kontakt med Barnteamet och sjukhuset."),
    ([r"\w*team(et)?\b|\w*sjukhus\w*", "kurator"], "Habiliteringsteamteamet kallar."),
    ([r"\w{3,}gruppen\b", r"\w+?stöd"], "Anhöriggruppen och boendestödet."),
    ([r"b|\w*team", "x"], "bteam"),
    ([r"[|\w*]x|\w*y", "z"], "|x och yy"),
    # a run that may be empty before what need not be a letter: searched as written (from
    # a word's start, " team" after the dash would not be found)
    ([r"\w*\s+team\b", "x"], "Stöd – team kommer."),
])
def test_a_word_start_search_finds_the_patterns_own_first_match(patterns, text):
    import regex

    own = next((found for found in (regex.search(p, text, regex.IGNORECASE | regex.V0)
                                    for p in patterns) if found), None)
    found = any_match(patterns, text)
    assert (found and (found.span(), found.group())) == (own and (own.span(), own.group()))


@pytest.mark.parametrize("words", [
    "hennes äldre syster", "syster", "och sonen", "Peters syster", "hans storasyster",
    "med god man", "mammas god man", "och mamma", "familjehemsmamma", "sin far",
    "till farbror", "systerns", "med sin son", "bonus-pappa", "mor- och farföräldrar",
])
def test_a_party_before_a_name_is_found_from_each_words_start_as_by_a_search(words):
    """`Plan.named` asks the words before a capitalised word whether a party ends them,
    from each word's start: one search gives the answer of a match from each start."""
    import re

    from sipcheck.plan import _parties
    from sipcheck.text.patterns import alternatives_from_word_starts

    patterns = (r"syster", r"sonen?", r"\w*mamma", r"god man", r"(?<!\w)far(?!\w)",
                r"\w+s syster", r"\w{3,}pappa", r"farbror|morbror")
    ends = re.compile(rf"(?i:{alternatives_from_word_starts(patterns)})\Z")
    starts = [0, *(index + 1 for index, char in enumerate(words) if char == " ")]
    from_each_start = any(ends.match(words, start) for start in starts)
    assert (_parties(patterns)[1].search(words) is not None) == from_each_start
