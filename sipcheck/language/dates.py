"""Time expressions in Swedish plan text, and how precise each one is.

Why this exists: a SIP must say *when* interventions start and the plan is followed up, and the
checklist judges how precisely: "2024-05-14 kl. 13.00" is a follow-up date, "vecka 38" and
"i december" are a plan, "till hösten" or "om tre månader" are an intention, and "vid behov",
"löpande" are no time at all. Reviewers count these by hand today; the rules need one function
that finds every time expression, grades it, and never mistakes a personnummer (19121212-1212)
for a date.

Besides days, weeks, months and seasons in words, it reads the forms plans take in tables:
an ISO month ("2024-09 – 2025-01"), a date a cell wrapped after its hyphen ("2024-\n12-06")
and a day set by the plan's own event ("på utskrivningsdagen", "före hemgång": RELATIVE).

`find_dates` returns `DateMention`s in text order, without overlaps: where two readings overlap
the more specific one wins ("den 14 maj 2024" is one day, not also a month). `Precision` orders
the grades: ``Precision.DAY > Precision.WEEK > ... > Precision.VAGUE`` (more specific is
greater; the members are listed from most to least specific), so a rule can ask
``best_precision(mentions) >= Precision.WEEK``.

``value`` is a `datetime.date` when the mention points at one:
- DAY: that day; the year from the text (two-digit years: 00-69 -> 20xx, 70-99 -> 19xx), else
  the year of `today`, else None;
- WEEK: Monday of the (first) ISO week, year as for DAY;
- MONTH: the first of the month, year as for DAY;
- RELATIVE: for one-off offsets and `today` given, the day they point at ("om tre månader" ->
  today + 3 months, "inom två veckor" -> the deadline, "nästa vecka" -> next Monday,
  "nästa månad" -> the 1st of next month); None for recurrences ("var tredje månad");
- SEASON and VAGUE: always None.
A year is never rolled forward: "i mars" written in November is March of `today`'s year.

Pure functions, stdlib ``re`` only, precompiled patterns; a 20-page plan takes milliseconds.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from functools import lru_cache

from sipcheck.language.date_patterns import (
    COMPACT,
    DAY_MONTHNAME,
    DAY_PREFIX,
    DM,
    DMY,
    FRACTION_AFTER,
    HEADING_AFTER,
    ISO,
    ISO_MONTH,
    MONTH,
    MONTH_ABBR,
    MONTHS,
    NOT_DATE_BEFORE,
    NUMBER_WORDS,
    PER_BEFORE,
    PERSONNUMMER,
    PREP_BEFORE,
    RELATIVE_EVENT,
    RELATIVE_IN,
    RELATIVE_NEXT,
    RELATIVE_REPEAT,
    RELATIVE_WEEKDAY,
    SEASON,
    SLASH,
    TIME,
    TIME_AFTER,
    TIME_BEFORE,
    VAGUE,
    WEEK,
    WORD_BEFORE,
)

__all__ = ["DateMention", "Precision", "best_precision", "find_dates"]


class Precision(StrEnum):
    """How precisely a mention fixes a time. Compares by specificity: DAY is the greatest."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    SEASON = "season"
    RELATIVE = "relative"
    VAGUE = "vague"

    @property
    def specificity(self) -> int:
        """5 for DAY down to 0 for VAGUE."""
        return _SPECIFICITY[self]

    def __lt__(self, other: object) -> bool:
        if isinstance(other, Precision):
            return self.specificity < other.specificity
        return NotImplemented

    def __le__(self, other: object) -> bool:
        if isinstance(other, Precision):
            return self.specificity <= other.specificity
        return NotImplemented

    def __gt__(self, other: object) -> bool:
        if isinstance(other, Precision):
            return self.specificity > other.specificity
        return NotImplemented

    def __ge__(self, other: object) -> bool:
        if isinstance(other, Precision):
            return self.specificity >= other.specificity
        return NotImplemented


_SPECIFICITY = {p: len(Precision) - 1 - i for i, p in enumerate(Precision)}


@dataclass(frozen=True)
class DateMention:
    """One time expression: ``text == source[start:end]``."""

    text: str
    start: int
    end: int
    precision: Precision
    value: date | None = None
    recurring: bool = False  # how often, not when: "en gång i veckan", "varje fredag"


def best_precision(mentions: Iterable[DateMention]) -> Precision | None:
    """The most specific precision among `mentions`, or None when there are none."""
    return max((m.precision for m in mentions), default=None)


# --- the finder -------------------------------------------------------------------------------

@dataclass
class _Candidate:
    start: int
    end: int
    precision: Precision
    value: date | None
    recurring: bool = False


def only_time(text: str) -> bool:
    """Whether `text` says nothing but a time ("Vecka 12", "Mars 2025", "2025-04-01"): a
    timeline's heading or column, under which each line or cell happens then."""
    text = text.strip()
    mentions = find_dates(text) if text else []
    return bool(mentions) and sum(m.end - m.start for m in mentions) >= len(text) - 2


def find_dates(text: str, today: date | None = None) -> list[DateMention]:
    """Every time expression in `text`, in text order, without overlaps.

    `today` supplies the year when the text gives none, and anchors relative values.
    """
    return list(_find_dates(text, today))


@lru_cache(maxsize=4096)  # the date, table_rows and gathering rules ask about a line again
def _find_dates(text: str, today: date | None) -> tuple[DateMention, ...]:
    candidates: list[_Candidate] = []
    times = _Disjoint(m.span() for m in TIME.finditer(text))
    _days(text, today, times, candidates)
    for match in WEEK.finditer(text):
        if match["kw"].lower() == "veckan" and PER_BEFORE.search(
                text, max(0, match.start() - 12), match.start()):
            continue  # "två gånger i veckan 3 timmar": a frequency, not week 3
        _week(match, today, candidates)
    for match in MONTH.finditer(text):
        _month(text, match, today, candidates)
    for match in ISO_MONTH.finditer(text):
        value = date(int(match["y"]), int(match["m"]), 1)
        candidates.append(_Candidate(match.start(), match.end(), Precision.MONTH, value))
    for match in SEASON.finditer(text):
        _season(text, match, candidates)
    for match in RELATIVE_IN.finditer(text):
        value = _offset(today, match.group("n"), match.group("u"))
        candidates.append(_Candidate(match.start(), match.end(), Precision.RELATIVE, value))
    for match in RELATIVE_NEXT.finditer(text):
        value = _next(today, match.group("u"))
        candidates.append(_Candidate(match.start(), match.end(), Precision.RELATIVE, value))
    for match in RELATIVE_REPEAT.finditer(text):
        candidates.append(_Candidate(match.start(), match.end(), Precision.RELATIVE, None, True))
    for match in RELATIVE_WEEKDAY.finditer(text):
        candidates.append(_Candidate(match.start(), match.end(), Precision.RELATIVE, None, True))
    for match in RELATIVE_EVENT.finditer(text):
        candidates.append(_Candidate(match.start(), match.end(), Precision.RELATIVE, None))
    for match in VAGUE.finditer(text):
        candidates.append(_Candidate(match.start(), match.end(), Precision.VAGUE, None))

    personnummer = _Disjoint(m.span() for m in PERSONNUMMER.finditer(text))
    if personnummer.starts:
        candidates = [c for c in candidates if not personnummer.overlaps(c.start, c.end)]
    return tuple(_resolve(text, candidates))


def _before(text: str, start: int, pattern: re.Pattern[str]) -> re.Match[str] | None:
    """`pattern` (anchored with \\Z) ending right where a match starts."""
    return pattern.search(text, max(0, start - 32), start)


def _days(text: str, today: date | None, times: _Disjoint, out: list[_Candidate]) -> None:
    found: list[_Candidate] = []

    def add(match: re.Match[str], year: int | None, month: int, day: int,
            prefix: re.Match[str] | None) -> None:
        if _real_day(year, month, day):
            start = prefix.start() if prefix else match.start()
            value = _day_value(year, month, day, today)
            found.append(_Candidate(start, match.end(), Precision.DAY, value))

    for pattern in (ISO, COMPACT):
        for match in pattern.finditer(text):
            prefix = _before(text, match.start(), DAY_PREFIX)
            add(match, int(match["y"]), int(match["m"]), int(match["d"]), prefix)
    for match in DAY_MONTHNAME.finditer(text):
        prefix = _before(text, match.start(), DAY_PREFIX)
        year = _year(match["y"] or match["yy"])
        add(match, year, _month_number(match), int(match["d0"] or match["d"]), prefix)
    for match in SLASH.finditer(text):
        prefix = _before(text, match.start(), DAY_PREFIX)
        year = _year(match["y"] or match["y2"] or match["yy"])
        day, month = int(match["d"]), int(match["m"])
        if not prefix and year is None:
            if match.group() == "24/7":
                continue  # "tillgänglig 24/7": around the clock
            if day < month and FRACTION_AFTER.match(text, match.end()):
                continue  # "1/2 dag", "3/4-dels tjänst", "2/3 av tiden": a fraction
        add(match, year, month, day, prefix)
    for match in DMY.finditer(text):
        prefix = _before(text, match.start(), DAY_PREFIX)
        if len(match["y"]) == 2 and not prefix and not _bare_dotted_ok(text, match, times):
            continue
        add(match, _year(match["y"]), int(match["m"]), int(match["d"]), prefix)
    for match in DM.finditer(text):
        prefix = _before(text, match.start(), DAY_PREFIX)
        if not prefix:
            if match["m"].startswith("0") and not match["y"]:
                continue  # "13.05" is more likely five past one than the 13th of May
            if not _bare_dotted_ok(text, match, times):
                continue
        add(match, _year(match["y"]), int(match["m"]), int(match["d"]), prefix)
    for cand in found:
        _extend_with_time(text, cand)
    out.extend(found)


def _bare_dotted_ok(text: str, match: re.Match[str], times: _Disjoint) -> bool:
    """Whether a "14.5" / "1.2.10" without "den" before it reads as a date."""
    start, end = match.start(), match.end()
    if times.overlaps(start, end):
        return False
    before = WORD_BEFORE.search(text, max(0, start - 24), start)
    if before and before.group(1).lower() in NOT_DATE_BEFORE:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    return not (not text[line_start:start].strip() and HEADING_AFTER.match(text, end))


def _real_day(year: int | None, month: int, day: int) -> bool:
    """No 31/2, no month 13; without a year, 29/2 counts (it exists in leap years)."""
    if not (1 <= month <= 12 and day >= 1):
        return False
    return day <= calendar.monthrange(year if year is not None else 2000, month)[1]


def _day_value(year: int | None, month: int, day: int, today: date | None) -> date | None:
    if year is None:
        year = today.year if today else None
    if year is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:  # 29/2 in a year taken from `today` that is not a leap year
        return None


def _extend_with_time(text: str, cand: _Candidate) -> None:
    after = TIME_AFTER.match(text, cand.end)
    if after:
        cand.end = after.end()
    before = TIME_BEFORE.search(text, max(0, cand.start - 40), cand.start)
    if before:
        cand.start = before.start()


def _month_number(match: re.Match[str]) -> int:
    if match["full"]:
        return MONTHS[match["full"].lower()]
    return MONTH_ABBR[match["abbr"].lower()]


def _year(text: str | None) -> int | None:
    if not text:
        return None
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 70 else 1900
    return year


def _week(match: re.Match[str], today: date | None, out: list[_Candidate]) -> None:
    week = int(match["w"])
    last = int(match["w2"]) if match["w2"] else week
    if not (1 <= week <= 53 and 1 <= last <= 53):
        return
    year = int(match["y"]) if match["y"] else (today.year if today else None)
    value = None
    if year is not None:
        try:
            value = date.fromisocalendar(year, week, 1)
        except ValueError:  # week 53 in a year with 52 weeks
            value = None
    out.append(_Candidate(match.start(), match.end(), Precision.WEEK, value))


def _month(text: str, match: re.Match[str], today: date | None,
           out: list[_Candidate]) -> None:
    month = _month_number(match)
    year = _year(match["y"] or match["yy"] or match["ay"])
    before = text[:match.start()].rstrip()
    if match["full"] and match["full"][0].isupper() and year is None and before and \
            (before[-1].isalpha() or before[-1] == ","):
        return  # Swedish writes months in small letters: "avlösning för Maj" names Maj
    if year is None and today:
        year = today.year
    value = date(year, month, 1) if year is not None else None
    prep = _before(text, match.start(), PREP_BEFORE)
    start = prep.start() if prep else match.start()
    out.append(_Candidate(start, match.end(), Precision.MONTH, value))


def _season(text: str, match: re.Match[str], out: list[_Candidate]) -> None:
    prep = _before(text, match.start(), PREP_BEFORE)
    if match["holiday"] and not prep:
        return  # "jul" alone is too often the month abbreviation; "innan jul" is Christmas
    if match["bare"] and not (prep and prep["prep"].lower() == "i"):
        return  # "i höst", "i vår." but not "höst" or "vår" alone
    start = prep.start() if prep else match.start()
    out.append(_Candidate(start, match.end(), Precision.SEASON, None))


def _add_months(day: date, months: int) -> date:
    year, index = divmod(day.month - 1 + months, 12)
    year += day.year
    month = index + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _offset(today: date | None, number: str, unit: str) -> date | None:
    if today is None:
        return None
    number = number.lower()
    if number.isdigit():
        n = int(number)
    elif number in NUMBER_WORDS:
        n = NUMBER_WORDS[number]
    else:
        return None  # "några", "ett par", "1-2", "1,5": no single day
    unit = unit.lower().rstrip(".")
    if unit.startswith("dag"):
        return today + timedelta(days=n)
    if unit.startswith("veck") or unit == "v":
        return today + timedelta(weeks=n)
    if unit.startswith("mån"):
        return _add_months(today, n)
    if unit == "halvår":
        return _add_months(today, 6 * n)
    if unit == "år":
        return _add_months(today, 12 * n)
    if unit == "kvartal":
        return _add_months(today, 3 * n)
    return None  # terminer: term dates differ


def _next(today: date | None, unit: str) -> date | None:
    if today is None:
        return None
    unit = unit.lower()
    if unit == "vecka":
        return today + timedelta(days=7 - today.weekday())
    if unit == "månad":
        return _add_months(today.replace(day=1), 1)
    if unit in ("år", "året"):
        return date(today.year + 1, 1, 1)
    return None


class _Disjoint:
    """Disjoint half-open intervals, sorted: overlap test and insertion in O(log n)."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        for start, end in spans:  # finditer order: sorted and disjoint
            self.starts.append(start)
            self.ends.append(end)

    def overlaps(self, start: int, end: int) -> bool:
        # Sorted disjoint intervals have sorted ends too: only the last one starting before
        # `end` can reach past `start`.
        index = bisect_left(self.starts, end) - 1
        return index >= 0 and self.ends[index] > start

    def add(self, start: int, end: int) -> None:
        index = bisect_left(self.starts, start)
        self.starts.insert(index, start)
        self.ends.insert(index, end)


def _resolve(text: str, candidates: list[_Candidate]) -> list[DateMention]:
    """Keep the most specific (then longest, then first) of overlapping candidates."""
    candidates.sort(key=lambda c: (-c.precision.specificity, c.start - c.end, c.start))
    kept: list[_Candidate] = []
    taken = _Disjoint()
    for cand in candidates:
        if not taken.overlaps(cand.start, cand.end):
            taken.add(cand.start, cand.end)
            kept.append(cand)
    kept.sort(key=lambda c: c.start)
    return [DateMention(text[c.start:c.end], c.start, c.end, c.precision, c.value, c.recurring)
            for c in kept]
