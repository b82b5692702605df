"""Abbreviations in plan text, and which of them the text never explains.

Why this exists: a SIP is read by the person and their relatives, not only by professionals, and
plans are thick with agency shorthand (BUP, IFO, LSS, SoL, HVB, KBT, PO ...). Guidelines ask for
plain language; reviewers flag every abbreviation the reader is left to decode. `unexplained`
lists them, so a rule can say which ones to spell out.

An abbreviation is a known one (`KNOWN`, matched whatever its case: "SOL" is SoL) or any token of
2-6 capitals, optionally with single small letters inside (SoL, SiS, FoU), standing alone or at
the start or end of a hyphenated word ("KBT-behandling", "BUP:s", "BUPs"). Not abbreviations:
- plain capitalised words (one capital: "Bup", "Maj"),
- Roman numerals (II, IV, XII), and placeholders of one repeated letter (NN, XX, XXXX),
- everyday initialisms everyone reads (`EVERYDAY`: OK, TV, IT, SMS ...),
- words in a heading written in CAPITALS: a line whose letters are all capitals and that holds
  a word which is not a known abbreviation ("NÄSTA MÖTE", "UPPFÖLJNING MED BUP") is a heading
  and none of its tokens count. A line of known abbreviations only ("BUP / IFO") is not.

An abbreviation is explained when the text, anywhere:
- has it in parentheses right after a word in small letters: "barn- och ungdomspsykiatrin
  (BUP)" (not "BUP (VUP)");
- follows it with a parenthesis that starts with a word of 4+ letters containing a small
  letter: "BUP (barn- och ungdomspsykiatri)" (not "SoL (4 kap. 1 §)", not "BUP (2024)");
- defines it: "BUP = barn- och ungdomspsykiatrin";
- or, for a known abbreviation, contains its expansion in any case, with or without hyphens,
  and with any Swedish ending ("Försäkringskassan", "försäkringskassa", "barn och
  ungdomspsykiatri", "neuropsykiatriska funktionsnedsättningar").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache

__all__ = ["EVERYDAY", "KNOWN", "unexplained"]

KNOWN: dict[str, str] = {
    "ADHD": "attention deficit hyperactivity disorder",
    "AF": "Arbetsförmedlingen",
    "AME": "arbetsmarknadsenheten",
    "ASD": "autismspektrumtillstånd",
    "AST": "autismspektrumtillstånd",
    "BBIC": "Barns behov i centrum",
    "BUP": "barn- och ungdomspsykiatrin",
    "BVC": "barnavårdscentralen",
    "DBT": "dialektisk beteendeterapi",
    "EHT": "elevhälsoteamet",
    "EKB": "ensamkommande barn",
    "FK": "Försäkringskassan",
    "HSL": "hälso- och sjukvårdslagen",
    "HT": "höstterminen",
    "HVB": "hem för vård eller boende",
    "IFO": "individ- och familjeomsorgen",
    "IPS": "individuell placering och stöd",
    "KBT": "kognitiv beteendeterapi",
    "LARO": "läkemedelsassisterad rehabilitering vid opioidberoende",
    "LPT": "lagen om psykiatrisk tvångsvård",
    "LSS": "lagen om stöd och service till vissa funktionshindrade",
    "LVM": "lagen om vård av missbrukare i vissa fall",
    "LVU": "lagen med särskilda bestämmelser om vård av unga",
    "MVC": "mödravårdscentralen",
    "NPF": "neuropsykiatrisk funktionsnedsättning",
    "OCD": "tvångssyndrom",
    "PO": "personligt ombud",
    "PTSD": "posttraumatiskt stressyndrom",
    "SFI": "svenska för invandrare",
    "SIP": "samordnad individuell plan",
    "SiS": "Statens institutionsstyrelse",
    "SoL": "socialtjänstlagen",
    "SPSM": "Specialpedagogiska skolmyndigheten",
    "SÄBO": "särskilt boende",
    "UMO": "ungdomsmottagningen",
    "VC": "vårdcentralen",
    "VT": "vårterminen",
    "VUP": "vuxenpsykiatrin",
}

# Initialisms every reader knows; never reported.
EVERYDAY = frozenset({
    "OK", "TV", "IT", "PC", "SMS", "CV", "PDF", "USB", "WC", "GPS", "DVD", "OBS", "PS", "EU",
})

_UPPER = "A-ZÅÄÖÉÜ"
_LOWER = "a-zåäöéü"
# 2-6 capitals, small letters only singly between them; a trailing genitive/plural "s" allowed.
_TOKEN = re.compile(rf"(?<![\w])([{_UPPER}](?:[{_LOWER}]?[{_UPPER}]){{1,5}})(?:s)?(?!\w)")
_WORD = re.compile(r"[^\W\d_]+")
_ROMAN = re.compile(r"M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})\Z")
_LINE = re.compile(r"[^\n]*")
_HYPHENS = re.compile(r"\s*-\s*|\s+")


def unexplained(text: str, *, known: Mapping[str, str] | None = None,
                ignore: Iterable[str] = ()) -> list[str]:
    """Distinct abbreviations used in `text` and not explained in it, in order of first use.

    `known` replaces `KNOWN` (pass ``KNOWN | {...}`` to extend it); `ignore` names
    abbreviations never to report (e.g. ``{"SIP"}``), in addition to `EVERYDAY`.
    Known abbreviations are reported in their `known` spelling, others as written.
    """
    known = KNOWN if known is None else known
    canonical = {key.upper(): key for key in known}
    skip = {a.upper() for a in ignore} | EVERYDAY
    used: dict[str, None] = {}
    for line in _LINE.finditer(text):
        if _is_capitals_heading(line.group(), canonical):
            continue
        for match in _TOKEN.finditer(text, line.start(), line.end()):
            name = _abbreviation(match.group(1), canonical)
            if name and name.upper() not in skip:
                used.setdefault(name)
    if not used:
        return []
    flat = _flatten(text)
    return [name for name in used if not _explained(name, text, flat, known)]


def _abbreviation(token: str, canonical: dict[str, str]) -> str | None:
    if token.upper() in canonical:
        return canonical[token.upper()]
    if _ROMAN.match(token) or len(set(token)) == 1:
        return None
    return token


def _is_capitals_heading(line: str, canonical: dict[str, str]) -> bool:
    if any(c.islower() for c in line):  # most lines: known at their first small letter
        return False
    tokens = _WORD.findall(line)
    if not tokens:
        return False
    return any(t.upper() not in canonical and t.upper() not in EVERYDAY for t in tokens)


def _flatten(text: str) -> str:
    """Lower case, hyphens and runs of white space as one space: for expansion lookup."""
    return _HYPHENS.sub(" ", text.lower())


def _explained(name: str, text: str, flat: str, known: Mapping[str, str]) -> bool:
    return _defined(name, name in known, text) or (
        name in known and bool(_expansion_pattern(known[name]).search(flat)))


def _defined(name: str, any_case: bool, text: str) -> bool:
    """Whether the text explains `name` itself, in one of the three written forms:
    "... psykiatrin (BUP)", "BUP (barn- ...)", "BUP = barn- och ungdomspsykiatrin"."""
    bracketed, after_word, after_name = _definition_patterns(name, any_case)
    return bool(bracketed.search(text) and after_word.search(text)) or \
        bool(after_name.search(text))


@lru_cache(maxsize=1024)
def _definition_patterns(name: str, any_case: bool) -> tuple[re.Pattern[str], ...]:
    """(the name in brackets, the same after a word, the name before its explanation).
    The name in brackets is looked for first: the word before the bracket is tried from
    each small letter of the text, which the few texts with the bracket need."""
    escaped = re.escape(name)
    if any_case:  # "socialtjänstlagen (SOL)" explains SoL
        escaped = f"(?i:{escaped})"
    bracket = rf"\(\s*{escaped}\s*\)"
    return (
        re.compile(bracket),
        # (from the first small letter after a capital or a non-letter, its letters taken
        # at once: tried from each letter in turn, a long plan took milliseconds per name)
        re.compile(rf"(?<![{_LOWER}])[{_LOWER}][^\W\d_]*+[^\w\n(]{{0,3}}{bracket}"),
        re.compile(rf"(?<!\w){escaped}(?:s?\s*\(\s*(?=[^\W\d_]*[{_LOWER}])[^\W\d_]{{4,}}"
                   rf"|\s*=\s*[^\W\d_])"),
    )


@lru_cache(maxsize=1024)
def _expansion_pattern(expansion: str) -> re.Pattern[str]:
    """The expansion in `_flatten`ed text, tolerant of Swedish endings.

    Words of 6+ letters lose their last two letters and take any ending ("försäkringskass\\w*"
    finds Försäkringskassan and försäkringskassa); shorter words take up to two more letters.
    """
    parts = []
    for word in _flatten(expansion).split():
        if len(word) >= 6:
            parts.append(re.escape(word[:-2]) + r"\w*")
        elif len(word) <= 3:
            parts.append(re.escape(word))
        else:
            parts.append(re.escape(word) + r"\w{0,2}")
    return re.compile(r"(?<!\w)" + " ".join(parts) + r"(?!\w)")


for _expansion in KNOWN.values():  # compile the common case at import
    _expansion_pattern(_expansion)
del _expansion
