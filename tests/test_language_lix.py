"""LIX readability: counts, value and bands."""

from __future__ import annotations

import pytest

from sipcheck.language.lix import Lix, lix, lix_band


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Jag(3) vill(4) gå(2) i(1) skolan(6) | Mamma(5) ska(3) följa(5) med(3) till(4) BUP(3)
        # | Vi(2) träffas(7) på(2) mottagningen(12) varje(5) vecka(5)
        # words 5 + 6 + 6 = 17, sentences 3, long (> 6 letters): träffas, mottagningen = 2
        # (skolan has exactly 6 letters: not long)
        # LIX = 17/3 + 100 * 2/17 = 5.667 + 11.765 = 17.431 -> 17.4
        ("Jag vill gå i skolan. Mamma ska följa med till BUP. "
         "Vi träffas på mottagningen varje vecka.", Lix(17, 3, 2, 17.4)),
        # Samordningsansvarig(19) verksamhet(10) ansvarar(8) för(3) uppföljning(11) av(2)
        # insatserna(10) enligt(6) överenskommelse(15)
        # words 9, sentences 1, long 6 (all but för, av, enligt)
        # LIX = 9/1 + 100 * 6/9 = 9 + 66.667 = 75.667 -> 75.7
        ("Samordningsansvarig verksamhet ansvarar för uppföljning av insatserna enligt "
         "överenskommelse.", Lix(9, 1, 6, 75.7)),
        # Bullet lines are sentences; numbers are not words:
        # "Insatser" | "Träffa kurator 2 gånger" | "Kontakt med BUP 2024-05-14"
        # words 1 + 3 + 3 = 7, sentences 3, long: Insatser(8), kurator(7), Kontakt(7) = 3
        # LIX = 7/3 + 100 * 3/7 = 2.333 + 42.857 = 45.190 -> 45.2
        ("Insatser\n- Träffa kurator 2 gånger\n- Kontakt med BUP 2024-05-14", Lix(7, 3, 3, 45.2)),
        # a sentence without words does not count: 3 words / 1 sentence + 0 = 3.0
        ("Jag vill hem. 2024-05-14.", Lix(3, 1, 0, 3.0)),
        # letters, not characters, make a word long:
        # KBT-behandling (13 letters) long, covid-19 (5 letters) not; t.ex (3) not
        # words 5 (Hon, har, KBT-behandling, t.ex, covid-19), sentences 1, long 1
        # LIX = 5/1 + 100 * 1/5 = 5 + 20 = 25.0
        ("Hon har KBT-behandling t.ex. covid-19.", Lix(5, 1, 1, 25.0)),
        # abbreviations do not split sentences: one sentence; words Vi, tar, t.ex, kontakt,
        # med, BUP, kl = 7 (13 is a number), long: kontakt (7 letters) = 1
        # LIX = 7/1 + 100 * 1/7 = 7 + 14.286 = 21.286 -> 21.3
        ("Vi tar t.ex. kontakt med BUP kl. 13.", Lix(7, 1, 1, 21.3)),
        # no words at all
        ("", Lix(0, 0, 0, None)),
        ("2024-05-14 13.00 | 12", Lix(0, 0, 0, None)),
    ],
)
def test_lix(text: str, expected: Lix) -> None:
    assert lix(text) == expected


@pytest.mark.parametrize(
    ("value", "sv", "en"),
    [
        (0.0, "mycket lättläst", "very easy"),
        (17.4, "mycket lättläst", "very easy"),
        (29.9, "mycket lättläst", "very easy"),
        (30.0, "lättläst", "easy"),
        (39.9, "lättläst", "easy"),
        (40.0, "medelsvår", "medium"),
        (45.2, "medelsvår", "medium"),
        (49.99, "medelsvår", "medium"),
        (50.0, "svår", "hard"),
        (59.9, "svår", "hard"),
        (60.0, "mycket svår", "very hard"),
        (75.7, "mycket svår", "very hard"),
        (None, "ingen text", "no text"),
    ],
)
def test_lix_band(value: float | None, sv: str, en: str) -> None:
    assert lix_band(value) == sv
    assert lix_band(value, "sv") == sv
    assert lix_band(value, lang="en") == en


def test_lix_band_unknown_language_falls_back_to_swedish() -> None:
    assert lix_band(45.0, "de") == "medelsvår"


def test_lix_of_an_officialese_plan_is_hard() -> None:
    result = lix("Samordningsansvarig verksamhet ansvarar för uppföljning av insatserna enligt "
                 "överenskommelse.")
    assert lix_band(result.value) == "mycket svår"
