"""Who a plan is about: the recurring first name, never a place or an organisation."""

from __future__ import annotations

import pytest

from sipcheck.language.names import likely_subject


@pytest.mark.parametrize(("texts", "expected"), [
    (["Kim behöver stöd i skolan.", "Mamma och Kim deltog.", "Kurator, elevhälsan Köping"],
     "Kim"),
    (["B. har svårt att sova.", "Vi ses igen. B. vill träffa kuratorn."], "B"),
    (["Berits dotter handlar.", "Hemtjänsten hjälper Berit med maten."], "Berit"),
    # Places stand after a unit or a preposition, or before "kommun": not the person.
    (["Kurator, elevhälsan Köping", "Psykolog, BUP Köping", "Köpings kommun ansvarar."], None),
    # Organisation names are capitalised too.
    (["Vuxenpsykiatrin ger stöd.", "Sjuksköterska, Vuxenpsykiatrin Sala"], None),
    # Pronouns and relations at the start of sentences are not names.
    (["Hon vill bo kvar.", "Hon har en katt.", "Mamma hjälper till.", "Mamma kör."], None),
    # A word also written in lower case is an ordinary word.
    (["Skolan ringer.", "Eleven går till skolan.", "Skolan ordnar lunch."], None),
    # An initial's genitive "S:s" is the initial's, not a lower-case word "s".
    (["S. var med på mötet.", "Maria är S:s samtalskontakt.", "S. vill ha brev."], "S"),
    # The first part of a compound that shares its end ("Budget- och skuldrådgivning") is
    # no word of its own: the person is the one named, not "Budget".
    (["Insats 3 – Budget- och skuldrådgivning", "Utförare: Budget- och skuldrådgivare",
      "Genomgång av skulder. Budget- och skuldrådgivningen ringer.", "Vi träffar P. i maj.",
      "P. deltog."],
     "P"),
])
def test_likely_subject(texts, expected):
    assert likely_subject(texts) == expected


def test_exclude_lets_the_caller_rule_out_known_terms():
    texts = ["Kajsa deltog.", "Kajsa är kurator."]
    assert likely_subject(texts) == "Kajsa"
    assert likely_subject(texts, exclude=lambda word: word == "Kajsa") is None


def test_a_status_word_or_a_form_word_first_on_every_line_is_no_name():
    # a portal print with no name in it: "Planerad" and "Start" open its lines
    assert likely_subject(["○ Planerad Första möte med skuldrådgivare",
                           "○ Planerad Psykopedagogisk grupp", "◷ Start 2025-02-03",
                           "◷ Start 2025-03-05"]) is None
    # a name only ever first in its sentence still counts when it does something
    assert likely_subject(["Kim vill gå i skolan.", "Kim tycker om att rita."]) == "Kim"


def test_a_name_introduced_with_a_profession_is_staff_not_the_person():
    # a plan written to E. names its kurator five times, twice with her profession
    texts = ["Med på mötet: du, mamma, Lina, Johan och Eva.",
             "Lina (kurator) träffar dig varje tisdag.",
             "Johan skickar en sammanfattning till Lina.",
             "Lina, som är kurator, håller ihop planen.",
             "Lina skickar en kallelse till dig och mamma."]
    titled = lambda words: "kurator" in words  # noqa: E731
    assert likely_subject(texts) == "Lina"
    assert likely_subject(texts, titled=titled) is None


def test_a_centre_named_more_often_than_the_person_is_no_name():
    # "Beroendecentrum" alone and before the town, on more lines than the person's initial
    texts = ["Plats: Beroendecentrum Södertälje",
             "R. har varit inskriven på Beroendecentrum Södertälje sedan mars 2025.",
             "Syftet är att Beroendecentrum och socialtjänsten ska enas om ordningen.",
             "R. vill helst träffa samma behandlare på Beroendecentrum varje gång.",
             "Återfallsprevention i grupp | Beroendecentrum, behandlare Jonas",
             "Läkarbedömning | Beroendecentrum, läkare",
             "R. deltog under hela mötet."]
    assert likely_subject(texts) == "R"
