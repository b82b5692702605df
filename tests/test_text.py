"""The text module: both languages of every word table, one rounding rule for every number."""

from __future__ import annotations

import pytest

from sipcheck.text import SipcheckError, Text, in_lang, words
from sipcheck.text.evidence import quoted, where
from sipcheck.text.numbers import (
    counted,
    csv_number,
    decimal,
    interval,
    percent,
    pvalue,
    share,
    share_percent,
    signed,
)

TABLES = {name: table for name, table in vars(words).items()
          if name.isupper() and isinstance(table, dict)}


def test_the_tables_are_found():
    assert {"REVIEW", "STATUS", "COMPARE", "AGREEMENT", "AGREEMENT_STATISTICS",
            "AGREEMENT_NOTES", "FEEDBACK", "DOCUMENT", "JSON_TYPES"} <= set(TABLES)


@pytest.mark.parametrize("name", sorted(TABLES))
def test_both_languages_have_the_same_words(name):
    table = TABLES[name]
    assert set(table) == {"sv", "en"}
    sv, en = table["sv"], table["en"]
    if isinstance(sv, dict):
        assert sorted(sv) == sorted(en), set(sv) ^ set(en)
        assert all(sv.values()) and all(en.values())
    else:
        assert len(sv) == len(en)


def test_a_table_is_read_in_the_readers_language():
    assert words.words(words.REVIEW, "en")["plan"] == "Plan"
    assert words.words(words.REVIEW, "sv")["unit"] == "Enhet"
    assert words.words(words.REVIEW, "de") is words.REVIEW["sv"]


def test_text_and_its_error():
    said = Text("Filen finns inte.", "The file does not exist.")
    assert said.pick("sv") == said.sv and said.pick("en") == said.en
    assert said.pick("fr") == said.sv
    error = SipcheckError(said, details=[Text("rad 2: fel", "line 2: wrong")])
    assert str(error) == error.message == "Filen finns inte."
    assert error.details == ["rad 2: fel"]
    assert error.text("en") == "The file does not exist.\nline 2: wrong"
    assert error.exit_code == 2


def test_in_lang_falls_back_to_swedish_and_then_a_default():
    record = {"title": "Syfte", "title_en": "Purpose", "short": "Syfte", "short_en": ""}
    assert in_lang(record, "title", "en") == "Purpose"
    assert in_lang(record, "title", "sv") == "Syfte"
    assert in_lang(record, "short", "en") == "Syfte"
    assert in_lang({}, "short", "en", "syfte") == "syfte"


@pytest.mark.parametrize(("value", "sv", "en"), [
    (62.5, "63 %", "63%"), (62.4, "62 %", "62%"), (12.5, "13 %", "13%"), (0.5, "1 %", "1%"),
    (100, "100 %", "100%"), (None, "–", "–")])
def test_percent_rounds_half_up(value, sv, en):
    assert percent(value, "sv") == sv and percent(value, "en") == en


def test_a_share_and_its_interval():
    assert share_percent(0.625, "sv") == "63 %"
    assert share_percent(1 / 8, "en") == "13%"
    assert share(5 / 6, 5, 6, "sv") == "83 % (5/6)"
    assert share(None, 0, 0, "sv") == "–"
    assert interval([0.435, 0.975], "sv") == "44–98 %"
    assert interval([0.435, 0.975], "en", sign=False) == "44–98"
    assert interval(None, "sv") == "–"


def test_decimals_changes_and_p_values():
    assert percent(62.45, "sv", 1) == "62,5 %"
    assert decimal(-0.125, 2, "sv") == "−0,13"
    assert decimal(-0.004, 2, "en") == "0.00"
    assert decimal(7.0, 1, "sv", trim=True) == "7"
    assert signed(12.5, "sv") == "+13" and signed(-12.5, "sv") == "−13"
    assert signed(-0.4, "sv") == "0" and signed(2.25, "en", 1) == "+2.3"
    assert pvalue(0.0315, "sv") == "0,032" and pvalue(0.195, "en") == "0.20"
    assert pvalue(0.0004, "sv") == "< 0,001" and pvalue(None, "sv") == "–"


def test_numbers_for_a_spreadsheet():
    assert csv_number(62.5, 2, "sv") == "62,5"
    assert csv_number(-0.0001, 2, "en") == "0"
    assert csv_number(-1.25, 1, "en") == "-1.3"
    assert csv_number(15, 2, "sv") == "15"
    assert csv_number(None, 2, "sv") == ""


def test_counted():
    one, many = Text("fil", "file"), Text("filer", "files")
    assert counted(1, one, many, "sv") == "1 fil"
    assert counted(3, one, many, "en") == "3 files"


def test_evidence_is_cited_in_quotation_marks_with_its_place():
    assert quoted("Mio vill") == "”Mio vill”"
    assert quoted("”Jag vill”") == "”Jag vill”"
    assert where({"page": 2, "paragraph": 3}, "sv") == "sida 2, stycke 3"
    assert where({}, "en") == "whole plan"


# --- evidence, each quotation once -------------------------------------------------------


def test_a_sentence_quoted_inside_its_cell_is_shown_once_and_a_cut_quote_ends_before_the_next():
    from sipcheck.text.evidence import distinct

    cell = {"table": 5, "row": 2, "cell": 1}
    sentence = "Vi gör planen för att Berit ska kunna bo kvar hemma så länge som möjligt."
    items = [
        {"text": "Berit har en demenssjukdom. Hon glömmer att äta. Vi gör planen för att Berit "
                 "ska kunna bo…", "where": cell},
        {"text": sentence, "where": cell},
        {"text": "Berit har en demenssjukdom.", "where": cell},  # inside the first
        {"text": "Berit har en demenssjukdom.", "where": {"paragraph": 3}},  # another place
        {"text": sentence, "where": cell},  # the same again
    ]
    shown = distinct(items)
    assert [item["text"] for item in shown] == [
        "Berit har en demenssjukdom. Hon glömmer att äta. …", sentence,
        "Berit har en demenssjukdom."]
    assert shown[2]["where"] == {"paragraph": 3}


def test_details_never_show_the_same_quotation_twice(cli):
    """The example rounds quote sentences inside the cells they quote too."""
    import json
    import re

    from conftest import REPO

    from sipcheck.render.review_markdown import review_markdown

    for name in ("2024-02", "2024-09"):
        data = json.loads((REPO / "examples" / "rounds" / f"{name}.json").read_text("utf-8"))
        details = review_markdown(data, "sv", with_details=True)
        for line in details.splitlines():
            quotes = [(q.strip(" …"), place) for q, place in
                      re.findall(r"”([^”]+)” \(([^)]*)\)", line)]
            for index, (quote, place) in enumerate(quotes):
                assert not any(quote in other and place == where for other, where in
                               quotes[:index] + quotes[index + 1:]), (name, quote, place)
