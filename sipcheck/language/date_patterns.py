"""The forms a time takes in Swedish plan text: month names and their abbreviations, number
words, weekdays, and the compiled patterns for days, weeks, months, seasons, relative times
and vague ones.

Why a module of its own: `dates` decides what a match means (how precise, which day, which of
two overlapping readings wins); these are only what a match looks like, written once and
compiled at import, so adding a form ("v. 38", "i slutet av maj") is a change here alone.
"""

from __future__ import annotations

import re

# --- vocabulary -------------------------------------------------------------------------------

MONTHS = {
    "januari": 1, "februari": 2, "mars": 3, "april": 4, "maj": 5, "juni": 6, "juli": 7,
    "augusti": 8, "september": 9, "oktober": 10, "november": 11, "december": 12,
}
MONTH_ABBR = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "okt": 10, "nov": 11, "dec": 12,
}
FULL = "|".join(sorted(MONTHS, key=len, reverse=True))
ABBR = "|".join(sorted(MONTH_ABBR, key=len, reverse=True))
MONTH_ANY = rf"(?:(?P<full>{FULL})\b(?!-\w)|(?P<abbr>{ABBR})\b\.?)"

NUMBER_WORDS = {
    "en": 1, "ett": 1, "två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8,
    "nio": 9, "tio": 10, "elva": 11, "tolv": 12, "femton": 15, "tjugo": 20,
}
NUM = (r"(?:\d+(?:[,.]\d+)?(?:\s*[-–]\s*\d+)?|ett\s+par|ett\s+fåtal|några|"
        + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")")
UNIT = r"(?:dagar|dag|veckor|vecka|månader|månad|mån\.?|halvår|år|kvartal|terminer|termin)"
ORDINAL = (r"(?:\d{1,2}:?[ae]|andra|tredje|fjärde|femte|sjätte|sjunde|åttonde|nionde|tionde|"
            r"tolfte)")
YEAR4 = r"(?:19|20)\d{2}"

WEEKDAY = (r"(?:(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?"
            r"|(?:mån|tis|ons|tors?|fre|lör|sön)\.?)")
# Words before a day that belong to it: "tisdag den 14 maj", "den 14/5", "ons 14/5".
# Looked for backwards from a match: an optional group at the start of every pattern would
# make the regex engine try it at every position of the text.
DAY_PREFIX = re.compile(rf"(?<![\w.])(?:{WEEKDAY}\s+(?:den\s+)?|den\s+)\Z", re.IGNORECASE)

_I = re.IGNORECASE
_S = r"[^\S\r\n]"  # white space within a line (includes the no-break space Word uses)

# --- day patterns -----------------------------------------------------------------------------

# (a date a cell wrapped after its hyphen, "2024-\n12-06" or "2024- 12-06", is one date)
ISO = re.compile(
    rf"(?=\d)(?<![\d.,/:-])(?P<y>{YEAR4})(?P<sep>[-/.])(?:(?<=-)[ \n](?=\d))?"
    r"(?P<m>\d{1,2})(?P=sep)(?:(?<=-)[ \n](?=\d))?"
    r"(?P<d>\d{1,2})(?!\d|[-/.]\d)", _I)
# "2024-09", "2024-09 – 2025-01": a year and a month, ISO style
ISO_MONTH = re.compile(
    rf"(?=\d)(?<![\d.,/:+-])(?P<y>{YEAR4})-(?P<m>0[1-9]|1[0-2])(?!\d|[-/.]\d|-[ \n]\d)")
COMPACT = re.compile(
    rf"(?=\d)(?<![\d.,/:+])(?P<y>{YEAR4})(?P<m>\d{{2}})(?P<d>\d{{2}})(?!\d)"
    r"(?![ ]?[-+][ ]?\d{4}(?!\d))", _I)
DAY_MONTHNAME = re.compile(
    rf"(?=\d)(?<![\d.,/:-])(?:(?P<d0>\d{{1,2}})(?::?[ae])?{_S}*[-–]{_S}*)?"
    rf"(?P<d>\d{{1,2}})(?::?[ae])?{_S}*{MONTH_ANY}"
    rf"(?:{_S}*,?{_S}*(?P<y>{YEAR4})(?!\d)"
    rf"|{_S}*[-–]{_S}*(?P<yy>\d{{2}})(?!\d)(?!{_S}*(?:{ABBR}|{FULL})))?",
    _I)
FRACTION_AFTER = re.compile(
    r"\s*-?\s*(?:%|(?:del|delar|dels|tid|tjänst|tjänster|dag|dagar|dagen|timme|timmar|tim|h"
    r"|procent|av)(?!\w))", _I)
SLASH = re.compile(
    rf"(?=\d)(?<![\d.,/:])(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})"
    rf"(?:(?:\s+|/)(?P<y>{YEAR4})|\s*[-–]\s*(?P<y2>{YEAR4}|\d{{2}})|/(?P<yy>\d{{2}}))?"
    r"(?![\d/])", _I)
DMY = re.compile(
    rf"(?=\d)(?<![\d.,/:])(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.(?P<y>{YEAR4}|\d{{2}})"
    r"(?!\d)(?!\.\d)", _I)
UNIT_TAIL = (r"(?!\s*(?:%|(?:procent|timmar|timme|tim|h|min|minuter|år|månader|månad|mån|veckor|"
              r"vecka|dagar|dag|gånger|ggr|km|mil|kg|st|poäng|p|liter|l|mg|ml|kr|kronor|tkr|"
              r"miljoner|milj)(?!\w)))")
DM = re.compile(  # (not glued to a word: "SIP-appen v2.4" is a version)
    rf"(?=\d)(?<![\w.,/:])(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})(?!\d)(?!\.\d)"
    rf"(?:\s+(?P<y>{YEAR4})(?!\d))?{UNIT_TAIL}", _I)

# A clock time: not a date, but part of a day mention when adjacent to it.
TIME = re.compile(
    r"(?=[kK\d])\b(?:kl\.?|klockan)\s*\d{1,2}(?:[.:]\d{2})?"
    r"(?:\s*[-–]\s*(?:kl\.?\s*)?\d{1,2}(?:[.:]\d{2})?)?(?!\d)"
    r"|(?<![\d.,])\d{1,2}[.:]\d{2}\s*[-–]\s*\d{1,2}[.:]\d{2}(?!\d)"
    r"|(?<![\d.,:])\d{1,2}:\d{2}(?!\d)", _I)
TIME_AFTER = re.compile(
    r"[ \t]*,?[ \t]*(?:(?:kl\.?|klockan)[ \t]*\d{1,2}(?:[.:]\d{2})?|\d{1,2}[.:]\d{2})"
    r"(?:[ \t]*[-–][ \t]*(?:kl\.?[ \t]*)?\d{1,2}(?:[.:]\d{2})?)?(?!\d)", _I)
TIME_BEFORE = re.compile(
    r"\b(?:kl\.?|klockan)[ \t]*\d{1,2}(?:[.:]\d{2})?"
    r"(?:[ \t]*[-–][ \t]*\d{1,2}(?:[.:]\d{2})?)?[ \t]*,?[ \t]*\Z", _I)
PERSONNUMMER = re.compile(r"(?=\d)(?<!\d)(?:\d{8}|\d{6})[ ]?[-+][ ]?\d{4}(?!\d)")

# Words before a bare "d.m" that make it a section, a decimal or a clock time, not a date.
NOT_DATE_BEFORE = frozenset({
    "kl", "kl.", "klockan", "avsnitt", "punkt", "kap", "kap.", "kapitel", "bilaga", "§",
    "version", "ver", "ver.", "sid", "sid.", "sida", "s.", "nr", "nr.", "tabell", "figur",
    "steg", "nivå", "ca", "ca.", "cirka", "c:a", "ungefär", "betyg", "mellan", "drygt",
    "knappt", "runt",
})
WORD_BEFORE = re.compile(r"(\S+)\s*\Z")
HEADING_AFTER = re.compile(r"[ \t]+[A-ZÅÄÖ][a-zåäö]")

# --- week, month, season, relative, vague -----------------------------------------------------

COUNT_TAIL = (r"(?!\s*(?:gånger|gång|ggr|timmar|timme|tim|h|dagar|dag|min|minuter|st|pass)"
               r"(?!\w))")
WEEK = re.compile(
    r"(?=[vV])\b(?P<kw>veckorna|veckan|vecka|v\.|v)\s*(?P<w>\d{1,2})(?!\d|[.,:]\d)"
    r"(?:\s*(?:[-–—]|till|och|&)\s*(?:(?:veckorna|vecka|v\.?)\s*)?(?P<w2>\d{1,2})"
    rf"(?!\d|[.,:]\d))?(?:{_S}*,?{_S}*(?P<y>{YEAR4})(?!\d))?{COUNT_TAIL}", _I)
PER_BEFORE = re.compile(r"(?:\bi|\bper|\bgång|\bgånger|\bggr)\s*\Z", _I)

# Prepositions that belong to a month or season mention ("i december", "till hösten"),
# looked for backwards from the month or season word.
PREP = (r"(?:i\s+(?:början|mitten|slutet)\s+av|(?:början|mitten|slutet)\s+av|senast\s+i"
         r"|till\s+och\s+med|fram\s+till|under\s+hela|fr\.o\.m\.?|t\.o\.m\.?|senast|från"
         r"|under|till|före|innan|inför|efter|över|runt|kring|i)")
PREP_BEFORE = re.compile(rf"(?<![\w.])(?P<prep>{PREP})\s+\Z", _I)
MONTH = re.compile(
    rf"(?=[jfmasondJFMASOND])(?<![\w.])(?:(?P<full>{FULL})\b"
    rf"(?:{_S}*[-–/]{_S}*(?:{FULL})\b)?(?!-\w)"
    rf"(?:\s*,?\s*(?P<y>{YEAR4})(?!\d)|\s*[-–]\s*(?P<yy>\d{{2}})(?!\d))?"
    rf"|(?P<abbr>{ABBR})\.?\s+(?P<ay>{YEAR4})(?!\d))", _I)

SEASON_YEAR_TAIL = rf"(?:\s*,?\s*{YEAR4}(?!\d)|\s*[-–]\s*\d{{2}}(?!\d))"
SEASON = re.compile(
    r"(?=[vhsjpnmlVHSJPNML])(?<![\w.])(?:"
    r"(?:läsåret|läsår)(?:[ \t]+(?:19|20)\d{2}[/–-](?:(?:19|20)?\d{2}))?(?!\w)|"
    r"(?:vårterminen|höstterminen|vårtermin|hösttermin|sommarlovet|sommarlov|jullovet|jullov"
    r"|sportlovet|sportlov|påsklovet|påsklov|höstlovet|höstlov|våren|hösten|sommaren|vintern)"
    rf"(?!\w){SEASON_YEAR_TAIL}?"
    rf"|(?:vår|höst|sommar|vinter){SEASON_YEAR_TAIL}"
    r"|(?P<holiday>julen|julhelgen|jul|påsken|påsk|nyåret|nyår|midsommar)(?!\w)"
    r"|(?P<bare>höst|sommar|vinter|vår(?=\s*(?:[.,;:!?)\n]|\Z)))(?!\w)"
    r"|(?:HT|VT)[ \t]*[-–]?[ \t]*(?:(?:19|20)\d{2}|\d{2})(?!\d))", _I)

RELATIVE_IN = re.compile(
    r"(?=[oiesOIES])(?<![\w.])(?:senast\s+)?(?:inom\s+loppet\s+av|om|inom|efter)\s+"
    r"(?:(?:ca\.?|cirka|c:a|ungefär|runt|drygt|knappt)\s+)?"
    rf"(?P<n>{NUM})\s+(?P<u>{UNIT}|v\.?(?!\s*\d)|veckor)(?!\w)", _I)  # "om 3 v"
RELATIVE_NEXT = re.compile(
    r"(?=[unkfUNKF])(?<![\w.])(?:under\s+)?(?:nästa|nästkommande|kommande|följande|närmaste)\s+"
    r"(?P<u>veckorna|veckor|vecka|månaderna|månader|månad|året|år|terminen|termin|halvår"
    r"|kvartal)(?!\w)", _I)
RELATIVE_REPEAT = re.compile(
    rf"(?=[vhkmåtdeftVHKMÅTDEFT\d])(?<![\w.])(?:varje|varannan|vartannat|var\s+{ORDINAL})\s+"
    r"(?:dag|vecka|månad|år|halvår|kvartal|termin)(?!\w)"
    r"|(?<![\w.])var\s+(?:vecka|månad|termin|halvår|kvartal)(?!\w)"
    r"|(?<!\w)(?:halvårs|kvartals|månads|vecko|års|termins|dags)vis(?!\w)"
    r"|(?<![\w.])(?:en|ett|två|tre|fyra|fem|\d+)\s+(?:gånger|gång|ggr)\s*(?:per|i|om|/)\s*"
    r"(?:dagen|dag|veckan|vecka|månaden|månad|året|år|terminen|termin|halvåret|halvår"
    r"|kvartalet|kvartal)(?!\w)", _I)
# Recurring days: "varje fredag", "varannan tisdag", "tisdagar och fredagar", "dagligen",
# "varje morgon", "varje skoldag": a schedule, a time of its own kind (RELATIVE, no value).
RELATIVE_WEEKDAY = re.compile(
    r"(?=[vpaådmtolsVPAÅDMTOLS])(?<![\w.])(?:"
    r"(?:varje|varannan|var\s+tredje|alla|på)\s+(?:mån|tis|ons|tors|fre|lör|sön)dag(?:ar|en)?"
    r"|(?:mån|tis|ons|tors|fre|lör|sön)dagar(?:na)?"
    r"|(?:varje|varannan)\s+(?:morgon|kväll|förmiddag|eftermiddag|natt|helg|vardag)"
    r"|(?:varje|alla)\s+(?:skol|arbets)dag(?:ar)?"  # "varje skoldag": the school's days
    r"|dagligen|veckovis|vardagar)(?!\w)", _I)
# A day set by an event of the plan: "på utskrivningsdagen", "vid hemgång", "före
# inflyttningen". A time of its own kind (RELATIVE, no value).
RELATIVE_EVENT = re.compile(
    r"(?=[pfvisehuPFVISEHU])(?<![\w.])(?:(?:på|från|före|inför|innan|vid|senast|efter)\s+)?"
    r"(?:(?:utskrivnings|hemgångs|inflyttnings|hemkomst)dagen"
    r"|(?<=\s)(?:hemgång|hemgången|utskrivning|utskrivningen|hemkomsten|inflyttningen))(?!\w)",
    _I)
VAGUE = re.compile(
    r"(?=[veglfksitpVEGLFKSITP])(?<![\w.])(?:vid\s+behov|efter\s+behov|v\.b\.|löpande|fortlöpande|kontinuerligt"
    r"|snarast(?:\s+möjligt)?|så\s+snart\s+som\s+möjligt|så\s+snart\s+det\s+går|inom\s+kort"
    r"|tills\s+vidare|på\s+sikt|vid\s+tillfälle)(?!\w)", _I)
