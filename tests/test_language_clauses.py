"""Who acts in a sentence of minutes, and whether it is a plan or a report of the past."""

from __future__ import annotations

import pytest

from sipcheck.language.clauses import main_clause


@pytest.mark.parametrize(("sentence", "subject", "tense"), [
    ("Kuratorn på VUP träffar K. varannan tisdag från v. 40.", "Kuratorn på VUP", "present"),
    ("Mamma ska ringa skolan varje fredag.", "Mamma", "future"),
    ("Skolan har erbjudit anpassad studiegång.", "Skolan", "perfect"),
    ("Lina, som är din socialsekreterare, ser över boendet.",
     "Lina, som är din socialsekreterare", "present"),
    # words in brackets belong to the subject: "(jag)" is no verb, nor "(pappa hjälper till)"
    ("IFO Vuxen (jag) utreder Emils ansökan, beslut senast 2025-02-28.",
     "IFO Vuxen (jag)", "present"),
    # present forms that end like nouns ("dotter", "kalender")
    ("Kurator Sara möter K. varje måndag.", "Kurator Sara", "present"),
    ("Hemtjänsten sköter dosetten morgon och kväll.", "Hemtjänsten", "present"),
    # the past of a passive (fresh-68, fresh-73): what happened, no measure
    ("Mötet hölls på mottagningen.", "Mötet", "past"),
])
def test_the_words_before_the_verb_act(sentence, subject, tense):
    clause = main_clause(sentence)
    assert (clause.subject, clause.tense) == (subject, tense)


def test_a_noun_in_ter_is_no_verb():
    assert main_clause("Mamma och syster hjälper till hemma.").subject == "Mamma och syster"
