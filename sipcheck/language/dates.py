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


def best_precision(mentions: Iterable[DateMention]) -> Precision | None:
    """The most specific precision among `mentions`, or None when there are none."""
    return max((m.precision for m in mentions), default=None)


# --- vocabulary -------------------------------------------------------------------------------

_MONTHS = {
    "januari": 1, "februari": 2, "mars": 3, "april": 4, "maj": 5, "juni": 6, "juli": 7,
    "augusti": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
}
_MONTH_ABBR = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "okt": 10, "nov": 11, "dec": 12,
}
_FULL = "|".join(sorted(_MONTHS, key=len, reverse=True))
_ABBR = "|".join(sorted(_MONTH_ABBR, key=len, reverse=True))
_MONTH_ANY = rf"(?:(?P<full>{_FULL})\b(?!-\w)|(?P<abbr>{_ABBR})\b\.?)"

_NUMBER_WORDS = {
    "en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8,
    "nio": 9, "tio": 10, "elva": 11, "tolv": 12, "femton": 15, "tjugo": 20,
}
_NUM = (r"(?:\d+(?:[,.]\d+)?(?:\s*[-–]\s*\d+)?|ett\s+par|ett\s+fåtal|några|"
        + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + ")")
_UNIT = r"(?:dagar|dag|veckor|vecka|månader|månad|mån\.?|halvår|år|kvartal|terminer|termin)"
_ORDINAL = (r"(?:\d{1,2}:?[ae]|andra|tredje|fjärde|femte|sjätte|sjunde|åttonde|nionde|tionde|"
            r"tolfte)")
_YEAR4 = r"(?:19|20)\d{2}"

_WEEKDAY = (r"(?:(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?"
            r"|(?:mån|tis|ons|tors?|fre|lör|sön)\.?)")
# Words before a day that belong to it: "tisdag den 14 maj", "den 14/5", "ons 14/5".
# Looked for backwards from a match: an optional group at the start of every pattern would
# make the regex engine try it at every position of the text.
_DAY_PREFIX = re.compile(rf"(?<![\w.])(?:{_WEEKDAY}\s+(?:den\s+)?|den\s+)\Z", re.IGNORECASE)

_I = re.IGNORECASE
_S = r"[^\S\r\n]"  # white space within a line (includes the no-break space Word uses)

# --- day patterns -----------------------------------------------------------------------------

# (a date a cell wrapped after its hyphen, "2024-\n12-06" or "2024- 12-06", is one date)
_ISO = re.compile(
    rf"(?=\d)(?<![\d.,/:-])(?P<y>{_YEAR4})(?P<sep>[-/.])(?:(?<=-)[ \n](?=\d))?"
    r"(?P<m>\d{1,2})(?P=sep)(?:(?<=-)[ \n](?=\d))?"
    r"(?P<d>\d{1,2})(?!\d|[-/.]\d)", _I)
# "2024-09", "2024-09 – 2025-01": a year and a month, ISO style
_ISO_MONTH = re.compile(
    rf"(?=\d)(?<![\d.,/:+-])(?P<y>{_YEAR4})-(?P<m>0[1-9]|1[0-2])(?!\d|[-/.]\d|-[ \n]\d)")
_COMPACT = re.compile(
    rf"(?=\d)(?<![\d.,/:+])(?P<y>{_YEAR4})(?P<m>\d{{2}})(?P<d>\d{{2}})(?!\d)"
    r"(?![ ]?[-+][ ]?\d{4}(?!\d))", _I)
_DAY_MONTHNAME = re.compile(
    rf"(?=\d)(?<![\d.,/:-])(?:(?P<d0>\d{{1,2}})(?::?[ae])?{_S}*[-–]{_S}*)?"
    rf"(?P<d>\d{{1,2}})(?::?[ae])?{_S}*{_MONTH_ANY}"
    rf"(?:{_S}*,?{_S}*(?P<y>{_YEAR4})(?!\d)"
    rf"|{_S}*[-–]{_S}*(?P<yy>\d{{2}})(?!\d)(?!{_S}*(?:{_ABBR}|{_FULL})))?",
    _I)
_FRACTION_AFTER = re.compile(
    r"\s*-?\s*(?:%|(?:del|delar|dels|tid|tjänst|tjänster|dag|dagar|dagen|timme|timmar|tim|h"
    r"|procent|av)(?!\w))", _I)
_SLASH = re.compile(
    rf"(?=\d)(?<![\d.,/:])(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})"
    rf"(?:(?:\s+|/)(?P<y>{_YEAR4})|\s*[-–]\s*(?P<y2>{_YEAR4}|\d{{2}})|/(?P<yy>\d{{2}}))?"
    r"(?![\d/])", _I)
_DMY = re.compile(
    rf"(?=\d)(?<![\d.,/:])(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.(?P<y>{_YEAR4}|\d{{2}})"
    r"(?!\d)(?!\.\d)", _I)
_UNIT_TAIL = (r"(?!\s*(?:%|(?:procent|timmar|timme|tim|h|min|minuter|år|månader|månad|mån|veckor|"
              r"vecka|dagar|dag|gånger|ggr|km|mil|kg|st|poäng|p|liter|l|mg|ml|kr|kronor|tkr|"
              r"miljoner|milj)(?!\w)))")
_DM = re.compile(  # (not glued to a word: "SIP-appen v2.4" is a version)
    rf"(?=\d)(?<![\w.,/:])(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})(?!\d)(?!\.\d)"
    rf"(?:\s+(?P<y>{_YEAR4})(?!\d))?{_UNIT_TAIL}", _I)

# A clock time: not a date, but part of a day mention when adjacent to it.
_TIME = re.compile(
    r"(?=[kK\d])\b(?:kl\.?|klockan)\s*\d{1,2}(?:[.:]\d{2})?"
    r"(?:\s*[-–]\s*(?:kl\.?\s*)?\d{1,2}(?:[.:]\d{2})?)?(?!\d)"
    r"|(?<![\d.,])\d{1,2}[.:]\d{2}\s*[-–]\s*\d{1,2}[.:]\d{2}(?!\d)"
    r"|(?<![\d.,:])\d{1,2}:\d{2}(?!\d)", _I)
_TIME_AFTER = re.compile(
    r"[ \t]*,?[ \t]*(?:(?:kl\.?|klockan)[ \t]*\d{1,2}(?:[.:]\d{2})?|\d{1,2}[.:]\d{2})"
    r"(?:[ \t]*[-–][ \t]*(?:kl\.?[ \t]*)?\d{1,2}(?:[.:]\d{2})?)?(?!\d)", _I)
_TIME_BEFORE = re.compile(
    r"\b(?:kl\.?|klockan)[ \t]*\d{1,2}(?:[.:]\d{2})?"
    r"(?:[ \t]*[-–][ \t]*\d{1,2}(?:[.:]\d{2})?)?[ \t]*,?[ \t]*\Z", _I)
_PERSONNUMMER = re.compile(r"(?=\d)(?<!\d)(?:\d{8}|\d{6})[ ]?[-+][ ]?\d{4}(?!\d)")

# Words before a bare "d.m" that make it a section, a decimal or a clock time, not a date.
_NOT_DATE_BEFORE = frozenset({
    "kl", "kl.", "klockan", "avsnitt", "punkt", "kap", "kap.", "kapitel", "bilaga", "§",
    "version", "ver", "ver.", "sid", "sid.", "sida", "s.", "nr", "nr.", "tabell", "figur",
    "steg", "nivå", "ca", "ca.", "cirka", "c:a", "ungefär", "betyg", "mellan", "drygt",
    "knappt", "runt",
})
_WORD_BEFORE = re.compile(r"(\S+)\s*\Z")
_HEADING_AFTER = re.compile(r"[ \t]+[A-ZÅÄÖ][a-zåäö]")

# --- week, month, season, relative, vague -----------------------------------------------------

_COUNT_TAIL = (r"(?!\s*(?:gånger|gång|ggr|timmar|timme|tim|h|dagar|dag|min|minuter|st|pass)"
               r"(?!\w))")
_WEEK = re.compile(
    r"(?=[vV])\b(?P<kw>veckorna|veckan|vecka|v\.|v)\s*(?P<w>\d{1,2})(?!\d|[.,:]\d)"
    r"(?:\s*(?:[-–—]|till|och|&)\s*(?:(?:veckorna|vecka|v\.?)\s*)?(?P<w2>\d{1,2})"
    rf"(?!\d|[.,:]\d))?(?:{_S}*,?{_S}*(?P<y>{_YEAR4})(?!\d))?{_COUNT_TAIL}", _I)
_PER_BEFORE = re.compile(r"(?:\bi|\bper|\bgång|\bgånger|\bggr)\s*\Z", _I)

# Prepositions that belong to a month or season mention ("i december", "till hösten"),
# looked for backwards from the month or season word.
_PREP = (r"(?:i\s+(?:början|mitten|slutet)\s+av|(?:början|mitten|slutet)\s+av|senast\s+i"
         r"|till\s+och\s+med|fram\s+till|under\s+hela|fr\.o\.m\.?|t\.o\.m\.?|senast|från"
         r"|under|till|före|innan|inför|efter|över|runt|kring|i)")
_PREP_BEFORE = re.compile(rf"(?<![\w.])(?P<prep>{_PREP})\s+\Z", _I)
_MONTH = re.compile(
    rf"(?=[jfmasondJFMASOND])(?<![\w.])(?:(?P<full>{_FULL})\b"
    rf"(?:{_S}*[-–/]{_S}*(?:{_FULL})\b)?(?!-\w)"
    rf"(?:\s*,?\s*(?P<y>{_YEAR4})(?!\d)|\s*[-–]\s*(?P<yy>\d{{2}})(?!\d))?"
    rf"|(?P<abbr>{_ABBR})\.?\s+(?P<ay>{_YEAR4})(?!\d))", _I)

_SEASON_YEAR_TAIL = rf"(?:\s*,?\s*{_YEAR4}(?!\d)|\s*[-–]\s*\d{{2}}(?!\d))"
_SEASON = re.compile(
    r"(?=[vhsjpnmlVHSJPNML])(?<![\w.])(?:"
    r"(?:läsåret|läsår)(?:[ \t]+(?:19|20)\d{2}[/–-](?:(?:19|20)?\d{2}))?(?!\w)|"
    r"(?:vårterminen|höstterminen|vårtermin|hösttermin|sommarlovet|sommarlov|jullovet|jullov"
    r"|sportlovet|sportlov|påsklovet|påsklov|höstlovet|höstlov|våren|hösten|sommaren|vintern)"
    rf"(?!\w){_SEASON_YEAR_TAIL}?"
    rf"|(?:vår|höst|sommar|vinter){_SEASON_YEAR_TAIL}"
    r"|(?P<holiday>julen|julhelgen|jul|påsken|påsk|nyåret|nyår|midsommar)(?!\w)"
    r"|(?P<bare>höst|sommar|vinter|vår(?=\s*(?:[.,;:!?)\n]|\Z)))(?!\w)"
    r"|(?:HT|VT)[ \t]*[-–]?[ \t]*(?:(?:19|20)\d{2}|\d{2})(?!\d))", _I)

_RELATIVE_IN = re.compile(
    r"(?=[oiesOIES])(?<![\w.])(?:senast\s+)?(?:inom\s+loppet\s+av|om|inom|efter)\s+"
    r"(?:(?:ca\.?|cirka|c:a|ungefär|runt|drygt|knappt)\s+)?"
    rf"(?P<n>{_NUM})\s+(?P<u>{_UNIT}|v\.?(?!\s*\d)|veckor)(?!\w)", _I)  # "om 3 v"
_RELATIVE_NEXT = re.compile(
    r"(?=[unkfUNKF])(?<![\w.])(?:under\s+)?(?:nästa|nästkommande|kommande|följande|närmaste)\s+"
    r"(?P<u>veckorna|veckor|vecka|månaderna|månader|månad|året|år|terminen|termin|halvår"
    r"|kvartal)(?!\w)", _I)
_RELATIVE_REPEAT = re.compile(
    rf"(?=[vhkmåtdeftVHKMÅTDEFT\d])(?<![\w.])(?:varje|varannan|vartannat|var\s+{_ORDINAL})\s+"
    r"(?:dag|vecka|månad|år|halvår|kvartal|termin)(?!\w)"
    r"|(?<![\w.])var\s+(?:vecka|månad|termin|halvår|kvartal)(?!\w)"
    r"|(?<!\w)(?:halvårs|kvartals|månads|vecko|års|termins|dags)vis(?!\w)"
    r"|(?<![\w.])(?:en|ett|två|tre|fyra|fem|\d+)\s+(?:gånger|gång|ggr)\s*(?:per|i|om|/)\s*"
    r"(?:dagen|dag|veckan|vecka|månaden|månad|året|år|terminen|termin|halvåret|halvår"
    r"|kvartalet|kvartal)(?!\w)", _I)
# Recurring days: "varje fredag", "varannan tisdag", "tisdagar och fredagar", "dagligen",
# "varje morgon", "varje skoldag": a schedule, a time of its own kind (RELATIVE, no value).
_RELATIVE_WEEKDAY = re.compile(
    r"(?=[vpaådmtolsVPAÅDMTOLS])(?<![\w.])(?:"
    r"(?:varje|varannan|var\s+tredje|alla|på)\s+(?:mån|tis|ons|tors|fre|lör|sön)dag(?:ar|en)?"
    r"|(?:mån|tis|ons|tors|fre|lör|sön)dagar(?:na)?"
    r"|(?:varje|varannan)\s+(?:morgon|kväll|förmiddag|eftermiddag|natt|helg|vardag)"
    r"|(?:varje|alla)\s+(?:skol|arbets)dag(?:ar)?"  # "varje skoldag": the school's days
    r"|dagligen|veckovis|vardagar)(?!\w)", _I)
# A day set by an event of the plan: "på utskrivningsdagen", "vid hemgång", "före
# inflyttningen". A time of its own kind (RELATIVE, no value).
_RELATIVE_EVENT = re.compile(
    r"(?=[pfvisehuPFVISEHU])(?<![\w.])(?:(?:på|från|före|inför|innan|vid|senast|efter)\s+)?"
    r"(?:(?:utskrivnings|hemgångs|inflyttnings|hemkomst)dagen"
    r"|(?<=\s)(?:hemgång|hemgången|utskrivning|utskrivningen|hemkomsten|inflyttningen))(?!\w)",
    _I)
_VAGUE = re.compile(
    r"(?=[veglfksitpVEGLFKSITP])(?<![\w.])(?:vid\s+behov|efter\s+behov|v\.b\.|löpande|fortlöpande|kontinuerligt"
    r"|snarast(?:\s+möjligt)?|så\s+snart\s+som\s+möjligt|så\s+snart\s+det\s+går|inom\s+kort"
    r"|tills\s+vidare|på\s+sikt|vid\s+tillfälle)(?!\w)", _I)


# --- the finder -------------------------------------------------------------------------------

@dataclass
class _Candidate:
    start: int
    end: int
    precision: Precision
    value: date | None


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
    times = _Disjoint(m.span() for m in _TIME.finditer(text))
    _days(text, today, times, candidates)
    for match in _WEEK.finditer(text):
        if match["kw"].lower() == "veckan" and _PER_BEFORE.search(
                text, max(0, match.start() - 12), match.start()):
            continue  # "två gånger i veckan 3 timmar": a frequency, not week 3
        _week(match, today, candidates)
    for match in _MONTH.finditer(text):
        _month(text, match, today, candidates)
    for match in _ISO_MONTH.finditer(text):
        value = date(int(match["y"]), int(match["m"]), 1)
        candidates.append(_Candidate(match.start(), match.end(), Precision.MONTH, value))
    for match in _SEASON.finditer(text):
        _season(text, match, candidates)
    for match in _RELATIVE_IN.finditer(text):
        value = _offset(today, match.group("n"), match.group("u"))
        candidates.append(_Candidate(match.start(), match.end(), Precision.RELATIVE, value))
    for match in _RELATIVE_NEXT.finditer(text):
        value = _next(today, match.group("u"))
        candidates.append(_Candidate(match.start(), match.end(), Precision.RELATIVE, value))
    for match in _RELATIVE_REPEAT.finditer(text):
        candidates.append(_Candidate(match.start(), match.end(), Precision.RELATIVE, None))
    for match in _RELATIVE_WEEKDAY.finditer(text):
        candidates.append(_Candidate(match.start(), match.end(), Precision.RELATIVE, None))
    for match in _RELATIVE_EVENT.finditer(text):
        candidates.append(_Candidate(match.start(), match.end(), Precision.RELATIVE, None))
    for match in _VAGUE.finditer(text):
        candidates.append(_Candidate(match.start(), match.end(), Precision.VAGUE, None))

    personnummer = _Disjoint(m.span() for m in _PERSONNUMMER.finditer(text))
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

    for pattern in (_ISO, _COMPACT):
        for match in pattern.finditer(text):
            prefix = _before(text, match.start(), _DAY_PREFIX)
            add(match, int(match["y"]), int(match["m"]), int(match["d"]), prefix)
    for match in _DAY_MONTHNAME.finditer(text):
        prefix = _before(text, match.start(), _DAY_PREFIX)
        year = _year(match["y"] or match["yy"])
        add(match, year, _month_number(match), int(match["d0"] or match["d"]), prefix)
    for match in _SLASH.finditer(text):
        prefix = _before(text, match.start(), _DAY_PREFIX)
        year = _year(match["y"] or match["y2"] or match["yy"])
        day, month = int(match["d"]), int(match["m"])
        if not prefix and year is None:
            if match.group() == "24/7":
                continue  # "tillgänglig 24/7": around the clock
            if day < month and _FRACTION_AFTER.match(text, match.end()):
                continue  # "1/2 dag", "3/4-dels tjänst", "2/3 av tiden": a fraction
        add(match, year, month, day, prefix)
    for match in _DMY.finditer(text):
        prefix = _before(text, match.start(), _DAY_PREFIX)
        if len(match["y"]) == 2 and not prefix and not _bare_dotted_ok(text, match, times):
            continue
        add(match, _year(match["y"]), int(match["m"]), int(match["d"]), prefix)
    for match in _DM.finditer(text):
        prefix = _before(text, match.start(), _DAY_PREFIX)
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
    before = _WORD_BEFORE.search(text, max(0, start - 24), start)
    if before and before.group(1).lower() in _NOT_DATE_BEFORE:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    return not (not text[line_start:start].strip() and _HEADING_AFTER.match(text, end))


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
    after = _TIME_AFTER.match(text, cand.end)
    if after:
        cand.end = after.end()
    before = _TIME_BEFORE.search(text, max(0, cand.start - 40), cand.start)
    if before:
        cand.start = before.start()


def _month_number(match: re.Match[str]) -> int:
    if match["full"]:
        return _MONTHS[match["full"].lower()]
    return _MONTH_ABBR[match["abbr"].lower()]


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
    prep = _before(text, match.start(), _PREP_BEFORE)
    start = prep.start() if prep else match.start()
    out.append(_Candidate(start, match.end(), Precision.MONTH, value))


def _season(text: str, match: re.Match[str], out: list[_Candidate]) -> None:
    prep = _before(text, match.start(), _PREP_BEFORE)
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
    elif number in _NUMBER_WORDS:
        n = _NUMBER_WORDS[number]
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
    return [DateMention(text[c.start:c.end], c.start, c.end, c.precision, c.value) for c in kept]
