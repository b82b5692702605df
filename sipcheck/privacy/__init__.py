"""Personal data in plans: find it, say where it is, and never repeat it.

Plans are supposed to be anonymised before review, but real exports slip: a personnummer
in a header, a phone number in the participants table, a name in a comment or in the
document's properties. A report that copied them to a steering group would be a
personal-data incident. So every document is scanned (its hidden parts too), each finding
is reported by kind and place but never by value, the review reads the document with
every finding masked, and every text that leaves sipcheck passes through `redact`:
evidence, file and folder names, plan ids, comments, messages from libraries.

What counts (the kinds are the problem codes `pii.<kind>`): see `numbers` for
personnummer, samordningsnummer, telefon, epost and adress (a personnummer with a wrong
check digit is reported as *probable*), and `names` for namn. A first name or an initial
alone ("Kim", "B.") is how anonymised plans speak of the person, and is not reported.

Masks are written in Swedish ("[personnummer]") in the masked document, so a cached
document serves both languages; `redact(text, "en")` shows them in English.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from sipcheck.documents.model import Block, Cell, Document, Location
from sipcheck.privacy import names, numbers
from sipcheck.text import Text, without_controls

KINDS = {
    "personnummer": Text("personnummer", "personal identity number"),
    "samordningsnummer": Text("samordningsnummer", "coordination number"),
    "telefon": Text("telefonnummer", "phone number"),
    "epost": Text("e-postadress", "e-mail address"),
    "adress": Text("postadress", "postal address"),
    "namn": Text("namn", "name"),
}
_ENGLISH = {f"[{sv}]": f"[{en}]" for sv, en in KINDS.values()}
_DIGIT = re.compile(r"\d")
_SWEDISH_MASK = re.compile("|".join(re.escape(mask) for mask in _ENGLISH))


@dataclass(frozen=True)
class Match:
    kind: str
    start: int
    end: int
    probable: bool = False


@dataclass(frozen=True)
class Finding:
    """Personal data found in a document: its kind and place, never its value. `probable`:
    a personnummer with a wrong check digit."""

    kind: str
    location: Location
    probable: bool = False

    @property
    def code(self) -> str:
        return f"pii.{self.kind}"

    def to_dict(self) -> dict:
        return {"kind": self.kind, "where": self.location.to_dict(), "probable": self.probable}

    @classmethod
    def from_dict(cls, data: dict) -> Finding:
        return cls(data["kind"], Location.from_dict(data["where"]), bool(data.get("probable")))


# Texts a review asks about again and again (a table's header and row labels joined to each
# of its cells, a template's labels in every plan, quotes redacted), with their findings: the
# last few thousand, in memory only, so memory stays flat however many plans.
_REMEMBERED = 4096
_FOUND: dict[str, tuple[Match, ...]] = {}


def find(text: str) -> list[Match]:
    """Every piece of personal data in `text`, in order, without overlaps."""
    found = _FOUND.get(text)
    if found is None:
        if len(_FOUND) >= _REMEMBERED:
            _FOUND.clear()
        found = _FOUND[text] = tuple(_find(text))
    return list(found)


def _find(text: str) -> list[Match]:
    found: list[Match] = []
    if "@" in text:
        found += [Match("epost", start, end) for start, end in numbers.emails(text)]
    if _DIGIT.search(text):  # numbers, phones and addresses all have digits
        found += [Match(kind, start, end, probable)
                  for kind, start, end, probable in numbers.identity_numbers(text)]
        found += [Match("telefon", start, end) for start, end in numbers.phones(text)]
        found += [Match("adress", start, end) for start, end in numbers.addresses(text)]
    if not text.islower():
        found += [Match("namn", start, end) for start, end in names.labelled_names(text)]
        found += [Match("namn", start, end) for start, end in names.full_names(text)]
    return _without_overlaps(found)


def _without_overlaps(found: list[Match]) -> list[Match]:
    found.sort(key=lambda m: (m.start, -m.end))
    result: list[Match] = []
    for match in found:
        if not result or match.start >= result[-1].end:
            result.append(match)
    return result


def _masked(text: str, matches: list[Match], lang: str) -> str:
    pieces, last = [], 0
    for match in matches:
        pieces += [text[last:match.start], f"[{KINDS[match.kind].pick(lang)}]"]
        last = match.end
    return "".join(pieces) + text[last:]


def redact(text: str, lang: str = "sv") -> str:
    """`text` with every piece of personal data replaced by its kind: "[personnummer]"
    (in English with `lang="en"`, also for masks already in the text), and without control
    characters (`text.without_controls`): what leaves sipcheck is safe to print."""
    text = without_controls(text)
    matches = find(text)
    if matches:
        text = _masked(text, matches, lang)
    if lang == "en" and "[" in text:
        text = _SWEDISH_MASK.sub(lambda m: _ENGLISH[m.group()], text)
    return text


def redact_name(text: str | None, lang: str = "sv") -> str | None:
    """A file name, folder (unit) name or plan id, masked: as `redact`, and also a first name
    and surname from the lists joined by `_`, `-` or `.`, in any case ("karin_lundgren")."""
    if not text:
        return text
    spaced = text.replace("_", " ")  # same length: "Karin_Lundgren_811218-9876"
    matches = find(spaced) + [Match("namn", start, end)
                              for start, end in names.names_in_identifier(text)]
    return redact(_masked(text, _without_overlaps(matches), "sv"), lang)


class Scan:
    """What a document holds of personal data: findings by place, and a redactor that also
    masks each found value wherever it appears again (a name found under a "Namn" column
    is masked in a quoted table row too). The values stay in memory, never in output."""

    def __init__(self, document: Document) -> None:
        self.findings: list[Finding] = []
        self._values: dict[str, str] = {}  # value -> kind
        seen: set[tuple[str, Location]] = set()
        for text, location in _texts(document):
            for match in find(text):
                self._values.setdefault(text[match.start:match.end], match.kind)
                if (match.kind, location) not in seen:
                    seen.add((match.kind, location))
                    self.findings.append(Finding(match.kind, location, match.probable))
        values = sorted(self._values, key=len, reverse=True)
        self._literal = re.compile("|".join(re.escape(v) for v in values)) if values else None

    @property
    def values(self) -> dict[str, str]:
        """Each value found, with its kind: for `sipcheck anonymize`, which replaces a value
        found in one place wherever else it appears. Kept in memory, never output."""
        return self._values

    def redact(self, text: str, lang: str = "sv") -> str:
        """`redact`, and every value found anywhere in the document masked by its kind."""
        return redact(self._mask(text), lang)

    def _mask(self, text: str) -> str:
        """The document's own text with its found values masked (no need to search it
        again: every text of the document was searched) and no control characters."""
        text = without_controls(text)
        if self._literal is not None:
            text = self._literal.sub(lambda m: f"[{KINDS[self._values[m.group()]].sv}]", text)
        return text

    def masked(self, document: Document) -> Document:
        """A copy of `document` with every finding masked (in Swedish) in every text, and
        without its hidden parts: what the review reads, and what the cache keeps."""
        return replace(document, blocks=[self._block(block) for block in document.blocks],
                       hidden=[])

    def _block(self, block: Block) -> Block:
        return replace(block, text=self._mask(block.text),
                       rows=[[self._cell(cell) for cell in row] for row in block.rows])

    def _cell(self, cell: Cell) -> Cell:
        return replace(cell, text=self._mask(cell.text),
                       tables=[self._block(table) for table in cell.tables])


def _texts(document: Document):
    """Every text of a document with its place; a table cell under a header cell is read
    as "header: value", so "Namn | Anna Andersson" counts as a labelled name."""
    for block in [*document.blocks, *document.hidden]:
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
