"""Personal data in plans: find it, say where it is, and never repeat it.

Plans are supposed to be anonymised before review, but real exports slip: a personnummer
in a header, a phone number in the participants table. A report that copied them to a
steering group would be a personal-data incident. So every document is scanned, each
finding is reported by kind and place but never by value, and every text that leaves
sipcheck (evidence, file names, plan ids) passes through `redact`.

What counts (the kinds are the problem codes `pii.<kind>`):
- personnummer / samordningsnummer: YYMMDD-NNNC or YYYYMMDD-NNNC, `-` or `+`, with a real
  date (day + 60 for samordningsnummer) and a valid Luhn check digit;
- telefon: Swedish numbers (070-123 45 67, 08-123 456 78, +46 70 123 45 67);
- epost: e-mail addresses;
- adress: a street with a number ("Storgatan 12"), or a postal code with a town
  ("731 30 Köping");
- namn: a full name (two or more capitalised words) after a label such as "Namn:" or
  "Planen tillhör:" (or under such a column header), or opening a line of a list
  ("Anna Andersson, mamma"). A first name or an initial alone ("Kim", "B.") is how
  anonymised plans speak of the person, and is not reported.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from sipcheck.documents.model import Document, Location
from sipcheck.text import Text

KINDS = {
    "personnummer": Text("personnummer", "personal identity number"),
    "samordningsnummer": Text("samordningsnummer", "coordination number"),
    "telefon": Text("telefonnummer", "phone number"),
    "epost": Text("e-postadress", "e-mail address"),
    "adress": Text("postadress", "postal address"),
    "namn": Text("namn", "name"),
}

_PNR = re.compile(r"(?<!\d)(?P<c>\d{2})?(?P<y>\d{2})(?P<m>\d{2})(?P<d>\d{2})"
                  r"(?P<sep>[-+]?)(?P<n>\d{3})(?P<k>\d)(?![\d])")
_PHONE = re.compile(r"(?<![\w+])(?:\+46[\s-]?\(?0?\)?|0)(?:\d[\s-]?){6,9}\d(?![\d-])")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_STREET = re.compile(
    r"\b[A-ZÅÄÖ][a-zåäöé]+(?:gatan|vägen|gränd|gränden|torget|stigen|backen|allén|"
    r"plan|väg|gata|leden|platsen|slingan|vägen)\s+\d{1,4}\s?[A-Za-z]?\b")
_POSTAL = re.compile(r"(?<![\d-])\d{3}\s?\d{2}(?![\d-])\s+[A-ZÅÄÖ][a-zåäö]+")
_NAME_LABEL = re.compile(
    r"(?i:\b(?:namn|planen tillhör|planen gäller|den enskilde|elev|patient|brukare)\s*:\s*)"
    r"(?P<name>[A-ZÅÄÖ][a-zåäöé]+(?:[ -][A-ZÅÄÖ][a-zåäöé]+)+)")


# A full name opening a line of a list ("Anna Andersson, mamma, …", "Per Berg | Kurator").
_NAME_LINE = re.compile(
    r"(?m)^[\s•*-]*(?P<name>[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)? "
    r"[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?)(?=\s*(?:,|\||\(|$))")
# Words that make two capitalised words an organisation or a place, not a person.
_NOT_A_NAME = re.compile(
    r"psykiatri|mottagning|central|tjänst|skola|skolan|förvaltning|kommun|region|enhet|"
    r"boende|vård|omsorg|hälsa|kassa|förmedling|myndighet|klinik|sjukhus|habilitering|"
    r"verksamhet|team|gruppen|stöd|ombud|nämnd|län|stad|planen|mötet|syfte|uppföljning|"
    r"insats|deltagare|samtycke|huvudansvar|bakgrund|vecka|sida|mamma|pappa|mormor|morfar|"
    r"farmor|farfar|syster|bror|^(?:den|det|och|för|på|i|son|dotter|make|maka|sambo)$",
    re.IGNORECASE)


@dataclass(frozen=True)
class Match:
    kind: str
    start: int
    end: int


@dataclass(frozen=True)
class Finding:
    """Personal data found in a document: its kind and place, never its value."""

    kind: str
    location: Location

    @property
    def code(self) -> str:
        return f"pii.{self.kind}"


def _luhn_ok(digits: str) -> bool:
    total = 0
    for index, char in enumerate(digits):
        value = int(char) * (2 if index % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def _identity_kind(match: re.Match) -> str | None:
    """'personnummer', 'samordningsnummer' or None when the digits are no such number."""
    month, day = int(match["m"]), int(match["d"])
    if not 1 <= month <= 12:
        return None
    kind = "personnummer"
    if day > 60:
        day -= 60
        kind = "samordningsnummer"
    year = int((match["c"] or "20") + match["y"])
    years = [year] if match["c"] else [year, year - 100]  # without a century: 20xx or 19xx
    if not any(1 <= day <= calendar.monthrange(y, month)[1] for y in years):
        return None
    ten = match["y"] + match["m"] + match["d"] + match["n"] + match["k"]
    return kind if _luhn_ok(ten) else None


def find(text: str) -> list[Match]:
    """Every piece of personal data in `text`, in order, without overlaps."""
    found: list[Match] = []
    for match in _PNR.finditer(text):
        kind = _identity_kind(match)
        if kind:
            found.append(Match(kind, match.start(), match.end()))
    for match in _EMAIL.finditer(text):
        found.append(Match("epost", match.start(), match.end()))
    for match in _PHONE.finditer(text):
        if sum(ch.isdigit() for ch in match.group()) >= 8:
            found.append(Match("telefon", match.start(), match.end()))
    for pattern in (_STREET, _POSTAL):
        for match in pattern.finditer(text):
            found.append(Match("adress", match.start(), match.end()))
    for match in _NAME_LABEL.finditer(text):
        found.append(Match("namn", match.start("name"), match.end("name")))
    for match in _NAME_LINE.finditer(text):
        if not any(_NOT_A_NAME.search(word) for word in match["name"].split()):
            found.append(Match("namn", match.start("name"), match.end("name")))
    found.sort(key=lambda m: (m.start, -m.end))
    result: list[Match] = []
    for match in found:
        if not result or match.start >= result[-1].end:
            result.append(match)
    return result


def redact(text: str, lang: str = "sv") -> str:
    """`text` with every piece of personal data replaced by its kind: "[personnummer]"."""
    matches = find(text)
    if not matches:
        return text
    pieces, last = [], 0
    for match in matches:
        label = KINDS[match.kind].pick(lang)
        pieces += [text[last:match.start], f"[{label}]"]
        last = match.end
    return "".join(pieces) + text[last:]


class Scan:
    """What a document holds of personal data: findings by place, and a redactor that also
    masks each found value wherever it appears again (a name found under a "Namn" column
    is masked in a quoted table row too). The values stay in memory, never in output:
    `values` (each found value with its kind) is there for `sipcheck anonymize`, which
    replaces a value found in one place wherever else it appears."""

    def __init__(self, document: Document) -> None:
        self.findings: list[Finding] = []
        self.values: dict[str, str] = {}
        seen: set[tuple[str, Location]] = set()
        for text, location in _texts(document):
            for match in find(text):
                self.values.setdefault(text[match.start:match.end], match.kind)
                if (match.kind, location) not in seen:
                    seen.add((match.kind, location))
                    self.findings.append(Finding(match.kind, location))
        values = sorted(self.values, key=len, reverse=True)
        self._literal = re.compile("|".join(re.escape(v) for v in values)) if values else None

    def redact(self, text: str, lang: str = "sv") -> str:
        text = redact(text, lang)
        if self._literal is None:
            return text
        label = "personuppgift" if lang != "en" else "personal data"
        return self._literal.sub(f"[{label}]", text)


def _texts(document: Document):
    """Every text of a document with its place; a table cell under a header cell is read
    as "header: value", so "Namn | Anna Andersson" counts as a labelled name."""
    for block in document.blocks:
        if not block.rows:
            yield block.text, block.location
            continue
        header = [cell.text.strip() for cell in block.rows[0]]
        for row_index, row in enumerate(block.rows):
            for column, cell in enumerate(row):
                yield cell.text, cell.location
                if row_index and column < len(header) and header[column]:
                    yield f"{header[column]}: {cell.text}", cell.location
            label = row[0].text.strip() if len(row) > 1 else ""
            if label:
                for cell in row[1:]:
                    yield f"{label}: {cell.text}", cell.location


def scan(document: Document) -> list[Finding]:
    """Personal data in a document's blocks and table cells, one finding per kind and place."""
    return Scan(document).findings


def describe(findings: list[Finding], lang: str = "sv") -> str:
    """'2 personnummer, 1 telefonnummer': what was found, without any value."""
    counts: dict[str, int] = {}
    for finding in findings:
        counts[finding.kind] = counts.get(finding.kind, 0) + 1
    return ", ".join(f"{n} {KINDS[kind].pick(lang)}"
                     for kind, n in counts.items())
