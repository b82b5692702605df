"""Masking holds for generated personal data in every written form (Hypothesis): a
personnummer however it is punctuated, a phone number however it is grouped, a name from
the lists however it is cased, in whatever sentence; nothing of the value survives."""

from __future__ import annotations

import datetime
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from sipcheck.privacy import find, names, redact
from sipcheck.privacy.numbers import luhn_ok

SETTINGS = settings(max_examples=150, deadline=None)
SENTENCES = ["{}", "Pnr {}.", "Personnumret är {} enligt journalen.", "({})", "{}, mamma",
             "Uppgifter: {} – se bilaga", "Ring {} efter kl. 15.00 vecka 38."]
dates = st.dates(min_value=datetime.date(1910, 1, 1), max_value=datetime.date(2023, 12, 31))


def _with_check_digit(nine: str) -> str:
    return next(nine + str(k) for k in range(10) if luhn_ok(nine + str(k)))


@st.composite
def personnummer(draw):
    born = draw(dates)
    serial = f"{draw(st.integers(0, 999)):03d}"
    ten = _with_check_digit(born.strftime("%y%m%d") + serial)
    long = draw(st.booleans())
    head = born.strftime("%Y%m%d") if long else ten[:6]
    separator = draw(st.sampled_from(["-", "", " ", "–", ".", "+"] if not long else
                                     ["-", "", " ", "–"]))
    return head + separator + ten[6:]


@SETTINGS
@given(number=personnummer(), sentence=st.sampled_from(SENTENCES))
def test_every_written_form_of_a_personnummer_is_masked(number, sentence):
    shown = redact(sentence.format(number))
    assert re.sub(r"\D", "", number)[-10:] not in re.sub(r"\D", "", shown)
    assert "[personnummer]" in shown


@SETTINGS
@given(born=dates, serial=st.integers(0, 999), wrong=st.integers(1, 9),
       separator=st.sampled_from(["-", "–", "+"]))
def test_a_wrong_check_digit_is_still_a_probable_personnummer(born, serial, wrong, separator):
    ten = _with_check_digit(born.strftime("%y%m%d") + f"{serial:03d}")
    typo = ten[:9] + str((int(ten[9]) + wrong) % 10)
    (match,) = find(f"Pnr {typo[:6]}{separator}{typo[6:]}.")
    assert match.kind == "personnummer" and match.probable


@st.composite
def phone(draw):
    prefix = draw(st.sampled_from(["070", "072", "073", "076", "079"]))
    rest = "".join(str(draw(st.integers(0, 9))) for _ in range(7))
    groups = [rest[:3], rest[3:5], rest[5:]]
    style = draw(st.sampled_from(["plain", "spaces", "dash", "paren", "dots", "slash", "intl",
                                  "intl0", "spaced_dash"]))
    return {
        "plain": prefix + rest, "spaces": f"{prefix} {' '.join(groups)}",
        "dash": f"{prefix}-{' '.join(groups)}", "paren": f"({prefix}) {' '.join(groups)}",
        "dots": f"{prefix}.{'.'.join([rest[:3], rest[3:5], rest[5:]])}",
        "slash": f"{prefix}/{' '.join(groups)}", "intl": f"+46 {prefix[1:]} {' '.join(groups)}",
        "intl0": f"+46 (0){prefix[1:]} {' '.join(groups)}",
        "spaced_dash": f"{prefix} - {' '.join(groups)}",
    }[style]


@SETTINGS
@given(number=phone(), sentence=st.sampled_from(SENTENCES))
def test_every_written_form_of_a_phone_number_is_masked(number, sentence):
    shown = redact(sentence.format(number))
    digits = re.sub(r"\D", "", number)
    # "0701012999" is also a valid personnummer (2007-01-01, check digit right) and
    # "0701700007" a samordningsnummer: masked as one, it is masked all the same
    assert "[telefonnummer]" in shown or (
        ("[personnummer]" in shown or "[samordningsnummer]" in shown)
        and len(digits) == 10 and luhn_ok(digits))
    assert re.sub(r"\D", "", number)[-7:] not in re.sub(r"\D", "", shown)


FIRST = sorted(name for name in names.first_names() if name.isalpha())
LAST = sorted(name for name in names.surnames() if name.isalpha())
PROSE = ["Vi träffade {} i går.", "{} var med på mötet.", "Namn: {}", "Samtal med {} och Kim.",
         "Enligt {}, kurator, går det bättre."]


@SETTINGS
@given(first=st.sampled_from(FIRST), last=st.sampled_from(LAST),
       case=st.sampled_from([str.title, str.upper]), sentence=st.sampled_from(PROSE))
def test_a_full_name_from_the_lists_is_masked_in_prose(first, last, case, sentence):
    full = f"{case(first)} {case(last)}"
    shown = redact(sentence.format(full))
    assert case(last) not in shown and "[namn]" in shown


@SETTINGS
@given(first=st.sampled_from(FIRST), sentence=st.sampled_from(PROSE))
def test_a_first_name_alone_is_how_anonymised_plans_speak_and_is_kept(first, sentence):
    text = sentence.format(first.title())
    assert redact(text) == text
