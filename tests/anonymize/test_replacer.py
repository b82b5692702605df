"""Placeholders: readable, numbered, the same for the same person; the forms of a name
given with --name; personal data in file names."""

from __future__ import annotations

import pytest
from planted import pnr

from sipcheck.anonymize import names
from sipcheck.anonymize.paths import anonymous_name
from sipcheck.anonymize.replacer import Replacer
from sipcheck.text import SipcheckError, Text

HERE = Text("här", "here")


def test_the_same_number_or_person_gets_the_same_placeholder():
    number = pnr("850314", "123")
    replacer = Replacer()
    text = (f"Pnr 19{number} och {number}; ring 070-123 45 67 eller +46 70 123 45 67, "
            "eller 08-555 666 77. Namn: Anna Andersson")
    assert replacer.replace(text, HERE) == (
        "Pnr [personnummer 1] och [personnummer 1]; ring [telefon 1] eller [telefon 1], "
        "eller [telefon 2]. Namn: [namn 1]")
    assert replacer.kinds() == {"personnummer": 2, "telefon": 3, "namn": 1}


def test_a_name_found_once_is_replaced_everywhere_and_its_surname_alone():
    replacer = Replacer({"Anna Andersson": "namn"})
    text = "Anna Andersson ringer. ANNA ANDERSSON, mamma. Anderssons hund. Anna kommer."
    assert replacer.replace(text, HERE) == (
        "[namn 1] ringer. [namn 1], mamma. [namn 1]s hund. Anna kommer.")


def test_the_persons_own_name_in_every_form():
    replacer = Replacer(persons=["Karin Lindqvist"])
    text = ("Karin vill. Karins mamma och KARIN LINDQVIST. K.L. och K. L. och KL. "
            "Lindqvist ringde. Karinbo och Kalle är andra ord.")
    assert replacer.replace(text, HERE) == (
        "[namn 1] vill. [namn 1]s mamma och [namn 1]. [namn 1] och [namn 1] och [namn 1]. "
        "[namn 1] ringde. Karinbo och Kalle är andra ord.")


def test_a_name_is_found_in_text_but_not_guessed_in_a_style_name():
    replacer = Replacer()
    assert replacer.replace("Anna Berg", HERE, guess_names=False) == "Anna Berg"
    assert replacer.replace("Anna Berg", HERE) == "[namn 1]"
    # the scanner knows Swedish names: two capitalised words alone are not one
    assert replacer.replace("Table Grid", HERE) == "Table Grid"


@pytest.mark.parametrize("bad", ["123", "Karin, 12", ""])
def test_a_name_that_is_no_name_is_refused(bad):
    with pytest.raises(SipcheckError, match="ser inte ut som ett namn"):
        names.parts(bad)


@pytest.mark.parametrize(("name", "expected"), [
    (f"sip-{pnr('850314', '123')}", "sip-[personnummer]"),
    ("karin_lindqvist-sip", "[namn]-sip"),
    ("SIP KL 2024-05-14", "SIP [namn] 2024-05-14"),
    ("sip-03", "sip-03"),
])
def test_file_names_lose_their_personal_data(name, expected):
    assert anonymous_name(name, ["Karin Lindqvist"]) == expected
