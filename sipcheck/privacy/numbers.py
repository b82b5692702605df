"""Personal data written with digits and signs: identity numbers, phone numbers, e-mail
and postal addresses, as people actually type them.

- personnummer / samordningsnummer: YYMMDD or YYYYMMDD, then `-`, `+`, an en dash, a dot,
  a space or nothing, then four digits; a real date (day + 60 for samordningsnummer). A
  valid check digit makes it certain. With a wrong check digit it is still a number a
  person can be found by (a typo, or a made-up last digit), so when it is written the way
  identity numbers are (with `-`, `+` or a dash) it is reported as *probable*; ten bare
  digits with a wrong check digit are left to the phone pattern.
- telefon: Swedish numbers in the usual shapes: 070-123 45 67, (070) 222 33 44,
  070 - 111 22 33, 070.123.45.67, 070/123 45 67, +46 (0)70 …, 0046 70 …; 8 to 10 digits
  counted from the leading 0. Times and dates (08.30-10.00, 2024-05-14) are not phones.
- epost, adress: e-mail addresses; a street and number in any case ("storgatan 12 B"), a
  postal code and town ("731 30 Köping", "SE-731 30 Köping", "731 32 KÖPING").
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator

from sipcheck.text.literals import plain_lower

_PNR = re.compile(
    r"(?<!\d)(?P<c>\d{2})?(?P<y>\d{2})(?P<m>\d{2})(?P<d>\d{2})"
    r"(?P<sep>[-+–—.]|[ \u00a0])?(?P<n>\d{3})(?P<k>\d)(?!\d|[-–.]\d)")
# (not "08:14", which goes on as a time: a date and time is no number; nor digits run on
# into letters, an identifier such as a calendar's UID "0010000000B7C1")
_PHONE = re.compile(
    r"(?<![\w+\-–./])"
    r"(?P<prefix>\+46[ \u00a0]*(?:\(0\)[ \u00a0]*)?|0046[ \u00a0]*|\(0\d{1,3}\)[ \u00a0]*|0)"
    r"\d(?:(?:[ \u00a0]?[-–./][ \u00a0]?|[ \u00a0])?\d){5,10}"
    r"(?!\d|[-–./:]\d|[^\W\d_])")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_STREET_WORDS = (r"(?:gatan|gata|vägen|väg|gränd|gränden|torget|torg|stigen|backen|allén|"
                 r"allé|leden|platsen|slingan|gången|liden|kroken)")
_STREET = re.compile(
    rf"(?<!\w)[A-ZÅÄÖÉa-zåäöé][a-zåäöé]+{_STREET_WORDS}"
    r"[ \u00a0]+\d{1,4}(?:[ \u00a0]?[A-Za-z](?!\w))?(?!\d|[-–/.]\d)", re.IGNORECASE)
# what every street address holds, looked for first in the line's small letters: a street
# word's end, a space, a digit (the address itself is tried from every word's start)
_STREET_END = re.compile(rf"{_STREET_WORDS}[ \u00a0]+\d")
# (a case's number, "Ärende #48213 SIP Jonas", is no postcode)
_POSTAL = re.compile(
    r"(?<![\d\-–#])(?:SE[-\s]?)?\d{3}[ \u00a0]?\d{2}(?![\d\-–])[ \u00a0]+"
    r"(?:[A-ZÅÄÖ][a-zåäöé]+|[A-ZÅÄÖ]{2,})(?!\w)")


def luhn_ok(digits: str) -> bool:
    total = 0
    for index, char in enumerate(digits):
        value = int(char) * (2 if index % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def identity_numbers(text: str) -> Iterator[tuple[str, int, int, bool]]:
    """(kind, start, end, probable) of every personnummer or samordningsnummer."""
    for match in _PNR.finditer(text):
        month, day = int(match["m"]), int(match["d"])
        if not 1 <= month <= 12:
            continue
        kind = "personnummer"
        if day > 60:
            day -= 60
            kind = "samordningsnummer"
        if match["c"] and match["c"] not in ("18", "19", "20"):
            continue
        year = int((match["c"] or "20") + match["y"])
        years = [year] if match["c"] else [year, year - 100]  # no century: 20xx or 19xx
        if not any(1 <= day <= calendar.monthrange(y, month)[1] for y in years):
            continue
        separator = match["sep"] or ""
        valid = luhn_ok(match["y"] + match["m"] + match["d"] + match["n"] + match["k"])
        if valid:
            yield kind, match.start(), match.end(), False
        elif separator in ("-", "+", "–", "—"):
            yield kind, match.start(), match.end(), True


def phones(text: str) -> Iterator[tuple[int, int]]:
    for match in _PHONE.finditer(text):
        found = match.group()
        prefix = match["prefix"]
        national = re.sub(r"\D", "", found)
        if prefix.startswith(("+46", "0046")):
            national = "0" + national[2 if prefix.startswith("+") else 4:]
            if national.startswith("00"):  # +46 (0)70: the (0) is not a digit of the number
                national = national[1:]
        if not 8 <= len(national) <= 10:
            continue
        signs = set(re.sub(r"[\d\s()+]", "", found[len(prefix):]))
        if signs & {".", "/"}:
            first = re.match(r"\d+", found if prefix == "0" else found[len(prefix):])
            if len(signs) > 1 or first is None or len(first.group()) < 3:
                continue  # 08.30-10.00, 12.45: a time, not a phone
        yield match.start(), match.end()


def emails(text: str) -> Iterator[tuple[int, int]]:
    for match in _EMAIL.finditer(text):
        yield match.start(), match.end()


def addresses(text: str) -> Iterator[tuple[int, int]]:
    lowered = plain_lower(text)
    street = lowered is None or _STREET_END.search(lowered) is not None
    for pattern in (_STREET, _POSTAL) if street else (_POSTAL,):
        for match in pattern.finditer(text):
            yield match.start(), match.end()
