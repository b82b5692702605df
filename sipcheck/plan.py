"""The plan a document is read into: its sections, its lines, and what a line says.

`sections.find_sections` builds it; every rule reads it. A `Line` keeps the form label it
stood behind, a `Section` the heading it was found under and how that heading was written,
and `Plan.values` is the one place that decides which lines state something: no headings,
no empty fields, placeholders, references, template words or labels standing alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from sipcheck.documents.model import Cell, Document, Location
from sipcheck.language.names import NameTally, likely_subject
from sipcheck.text.patterns import alternatives_from_word_starts
from sipcheck.vocabulary import Vocabulary

TITLE_LINES = 3
_PERSON_NUMBER_ONLY = re.compile(r"^\W*(\d{2})?(\d{6}|ÅÅMMDD|X{6})[-+]?(\d{4}|X{4})\W*$")
_NUMBERED_LABEL = re.compile(r"\s+\d{1,2}\W*$")
_FIRST_WORD = re.compile(r"^\W*([A-ZÅÄÖ][a-zåäöé]*)(?![\w-])")
# A first name and what follows it ("Ingrid, …", "Karin (…"), a name after a space, and
# the bracket that closes a relation ("Karin (dotter)").
# "Ingrid, dotter", "Karin (dotter)", "Johan som är Vilmers mentor"
_NAME_THEN = re.compile(r"(?<!\w)([A-ZÅÄÖ][a-zåäöé]+)(\s*,\s*|\s*\(\s*|\s+som är\s+(?:\w+s\s+)?)")
_NAME_AFTER = re.compile(r"(?<=\s)([A-ZÅÄÖ][a-zåäöé]+)(?!\w)")
_CLOSES = re.compile(r"\s*\)")
_COMPOUND_START = re.compile(r"\w+-\s+(?:och|eller)\s+")
# "Lina, som är din socialsekreterare på IFO …": a name, a comma, what follows in the clause.
# "Lina, sjuksköterska, …", "Lina, som är …", "Maria som är socialsekreterare på IFO …"
_INTRODUCED = re.compile(
    r"(?<![\w.])(?P<name>[A-ZÅÄÖ][a-zåäöé]{1,20})"
    r"(?=(?:,\s+(?:som är\s+)?|\s+som är\s+)(?P<rest>[^.;:!?]{3,90}))")
# a list of people: "Therese, Maria som är socialsekreterare …" introduces Maria, not Therese
_NEXT_NAME = re.compile(r"[A-ZÅÄÖ][a-zåäöé]+(?:\s+som är\b|,)")
# "- jag, Maria, biståndshandläggare" among those present: the writer introduces herself
# ("Jag (kurator Elin) | lovar …" in a table where each party writes its own "jag" is not)
_SELF_INTRODUCED = re.compile(r"^\W*jag\s*,\s*[A-ZÅÄÖ][a-zåäöé]+\s*,\s*[^|]+$")
# A letter's closing stands among its last lines ("Vänliga hälsningar / Maria / …").
WRITER_TAIL = 12


@dataclass
class Line:
    """A line of text in a plan. `label` is the form label it stood behind, if any."""

    text: str
    location: Location
    label: str | None = None
    heading: bool = False  # the line is itself a heading or a bare label, not content
    ticked: bool = False  # the options ticked on a line of checkboxes ("Hemtjänst, Larm")
    # a heading within its section that names no section ("#### 1. Läkemedelsuppföljning"
    # under "### Insatser"): content of the section, and the name of what follows it
    subheading: bool = False

    @property
    def full(self) -> str:
        return f"{self.label}: {self.text}" if self.label else self.text


@dataclass
class TableView:
    """Table rows that belong to a section, with the header row when one was recognised."""

    header: list[str] | None
    rows: list[list[Cell]]
    location: Location


@dataclass
class Section:
    id: str | None
    heading: str
    location: Location
    lines: list[Line] = field(default_factory=list)
    tables: list[TableView] = field(default_factory=list)
    # How the heading was written: heading, bold, caps, question, label, cell.
    form: str = "heading"
    level: int = 0

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines if not line.heading)


@dataclass
class Plan:
    """A document read as a plan: its sections and every line in reading order."""

    document: Document
    sections: list[Section]
    lines: list[Line]
    vocabulary: Vocabulary
    # In a follow-up meeting's document, the lines under a label that gives this meeting's
    # date ("Datum för uppföljning: 2025-04-09"): where the plan states its own date.
    this_meeting: list[Line] = field(default_factory=list)

    def sections_for(self, ids: str | list[str] | None) -> list[Section]:
        """The sections with one of `ids`. When none of them says anything and the
        checklist gathers their content from elsewhere too (`gather`: measures,
        participants), a section whose heading joins the wanted one's name to its own
        ("Mål och insatser", read as the goals) stands in for it: the measures are written
        there."""
        if ids is None:
            return list(self.sections)
        wanted = frozenset((ids,) if isinstance(ids, str) else ids)
        memo = self.__dict__.setdefault("_sections_for", {})
        asked = (wanted, len(self.sections))  # (a gathered section may be added later)
        if asked not in memo:
            found = [s for s in self.sections if s.id in wanted]
            gathered = wanted & {rule.section for rule in self.vocabulary.gather}
            if gathered and not any(self.values(s.lines) for s in found if s.id in gathered):
                found += [s for s in self.sections if s.id is not None and s.id not in wanted
                          and gathered & self.vocabulary.sections_in(s.heading)]
            memo[asked] = found
        return list(memo[asked])

    def value_lines(self, section_ids: str | list[str] | None = None) -> list[Line]:
        """Content lines (no headings, no placeholders) of the given sections, or of the
        whole plan when `section_ids` is None. Rules ask for the same sections again and
        again: worked out once per plan and set of sections (as `sections_for`)."""
        wanted = section_ids if section_ids is None or isinstance(section_ids, str) \
            else tuple(section_ids)
        memo = self.__dict__.setdefault("_value_lines", {})
        asked = (wanted, len(self.sections), len(self.lines))
        if asked not in memo:
            source = self.lines if section_ids is None else [
                line for section in self.sections_for(section_ids) for line in section.lines]
            memo[asked] = self.values(source)
        return list(memo[asked])

    def values(self, lines: list[Line]) -> list[Line]:
        """The lines that state something: no headings, no empty fields or placeholders, no
        label standing alone ("Samtycke till SIP", "Namn")."""
        states = self.__dict__.setdefault("_states", {})
        kept = []
        for line in lines:
            said = states.get(id(line))
            if said is None:
                said = states[id(line)] = not line.heading and self._says(line)
            if said:
                kept.append(line)
        return kept

    def _says(self, line: Line) -> bool:
        vocabulary = self.vocabulary
        bare = _NUMBERED_LABEL.sub("", line.text)  # "Insats 1" over its fields is a label
        return not (vocabulary.is_placeholder(line.text)
                    or (line.label and (vocabulary.is_form_text(line.full)
                                        or vocabulary.is_reference(line.full)))
                    or vocabulary.is_field_label(bare)
                    or ("|" in line.text and vocabulary.is_column_labels(line.text))
                    or (vocabulary.section_of(bare, exact=True) is not None
                        and not (line.label and line.text.rstrip().endswith("."))))

    def table_rows(self, section_ids: str | list[str] | None = None) -> list[Line]:
        """Each table row of the given sections as one line, cells joined by " | "."""
        rows = []
        for section in self.sections_for(section_ids):
            for table in section.tables:
                for cells in table.rows:
                    texts = [self.vocabulary.cell_value(c.text) for c in cells]
                    texts = [text for text in texts if text]
                    if texts:
                        rows.append(Line(" | ".join(texts), cells[0].location))
        return rows

    def names_of(self, patterns: tuple[str, ...]) -> re.Pattern | None:
        """A pattern for the first names the plan gives a party that one of `patterns`
        names (`named`), or None when it names none."""
        memo = self.__dict__.setdefault("_names_of", {})
        if patterns not in memo:
            names = self.named(patterns)
            memo[patterns] = re.compile(
                r"(?<!\w)(?:" + "|".join(sorted(map(re.escape, names))) + r")(?!\w)") \
                if names else None
        return memo[patterns]

    def named(self, patterns: tuple[str, ...]) -> frozenset[str]:
        """The first names the plan gives a party that one of `patterns` names: "Ingrid,
        dotter till E.", "Karin (dotter)", "syster Eva", "sonen Per", "Johan som är Vilmers
        mentor". A plan names a relative once, in the participants or the background, and
        then by name only ("Ingrid handlar åt sin pappa"). Worked out once per plan."""
        memo = self.__dict__.setdefault("_named", {})
        if patterns not in memo:
            at, ends = _parties(patterns)
            names = set()
            for text in self.texts:
                for match in _NAME_THEN.finditer(text):
                    # "Goran, budget- och skuldrådgivare": the party is the compound's end
                    compound = _COMPOUND_START.match(text, match.end())
                    party_match = at.match(text, compound.end() if compound else match.end())
                    if party_match and ("(" not in match.group(2) or _CLOSES.match(
                            text, party_match.end())):
                        names.add(match.group(1))  # "Ingrid, dotter", "Karin (dotter)"
                for match in _NAME_AFTER.finditer(text):
                    words = text[max(0, match.start() - 40):match.start()].split()[-3:]
                    joined = " ".join(words)
                    if words and ends.search(joined):
                        names.add(match.group(1))  # "syster Eva", "sonen Per"
            memo[patterns] = frozenset(names)
        return memo[patterns]

    def introduced(self, roles: tuple[str, ...], organisations: tuple[str, ...]) -> set[str]:
        """The first names the plan introduces with a function and a unit: "Lina, som är
        din socialsekreterare på IFO Hallstahammar", "Peter, läkare, Vårdcentralen Sala".
        Later "Lina har huvudansvaret" or a list "Lina, Peter och Sofia" names them fully,
        as a reader who has read the plan knows. Worked out once per plan."""
        memo = self.__dict__.setdefault("_introduced", {})
        if (roles, organisations) not in memo:
            role, unit = _any_of(roles), _any_of(organisations)
            names = set()
            for text in self.texts:
                for match in _INTRODUCED.finditer(text):
                    # the function right after the name, the unit with it or next: not a
                    # list of people ("Nora, mamma, pappa, behandlare BUP") nor a title
                    parts = match["rest"].split(",")
                    if _NEXT_NAME.match(match["rest"]):
                        continue
                    if roles and organisations and role.search(parts[0]) and \
                            unit.search(",".join(parts[:2])) and not role.search(match["name"]):
                        names.add(match["name"])
            memo[roles, organisations] = names
        return memo[roles, organisations]

    def opening_lines(self, count: int = TITLE_LINES) -> list[str]:
        """The first lines of the body, headings included: where a document says what it
        is ("Kallelse till SIP-möte", "Genomförandeplan")."""
        # (a letter's address block may carry the person's number, masked or not, or the
        # template's "[Namn]", "[Adress]": no title)
        body = [line for line in self.lines
                if line.location.part not in ("header", "footer") and line.text.strip()
                and not _PERSON_NUMBER_ONLY.match(line.text)
                and not self.vocabulary.is_placeholder(line.text)]
        # a letter's "Till: …", "Från: …" come before its title ("Remiss till BUP")
        chosen = {id(line) for line in body[:count]} | {
            id(line) for line in [line for line in body if not line.label][:count]}
        # the first line is the title, a colon in it or not ("Övningsfall 3: Elin, 15 år")
        return [line.full if index == 0 else line.text
                for index, line in enumerate(body) if id(line) in chosen]

    def first_header(self) -> list[str]:
        """The first page's running header (a Word file's headers, which have no page):
        where a printed document may name its kind ("FAGERSTA KOMMUN  SAMMANTRÄDESPROTOKOLL
        Sida 1")."""
        return [line.full for line in self.lines if line.location.part == "header"
                and line.location.page in (None, 1) and line.full.strip()]

    def heading_at(self, location: Location) -> str | None:
        """The heading of the section a line at `location` stands in; None before the first
        heading (the preamble) or for a place no line has."""
        headings = self.__dict__.get("_headings")
        if headings is None:
            headings = {}
            for section in self.sections:
                for line in section.lines:
                    headings.setdefault(line.location, section.heading or None)
            self.__dict__["_headings"] = headings
        return headings.get(location)

    def found_ids(self) -> set[str]:
        return {s.id for s in self.sections if s.id}

    @cached_property
    def texts(self) -> list[str]:
        """The text of every content line, for whole-plan analyses."""
        return [line.text for line in self.value_lines()]

    def writer_role(self, sign_offs: tuple[str, ...], titles: tuple[str, ...]) -> str | None:
        """The function (and the unit below it) of a professional who writes the plan in
        the first person, as the plan gives it: an e-mail or a letter of minutes that ends
        "Vänliga hälsningar / Maria / Biståndshandläggare, Äldreomsorgen", or a list of those
        present with "jag, Maria, biståndshandläggare". Its "jag" is that professional
        ("Jag fattar beslut om utökningen senast 2024-10-25"), not the person. None when
        no such writer is named, or no `sign_offs` or `titles` are given.
        `sign_offs` are patterns for a closing line, `titles` for a function."""
        if not (sign_offs and titles):
            return None
        memo = self.__dict__.setdefault("_writer", {})
        if (sign_offs, titles) not in memo:
            title = re.compile("|".join(f"(?:{t})" for t in titles), re.IGNORECASE)
            closing = [re.compile(p, re.IGNORECASE) for p in sign_offs]
            texts = [line.text.strip() for line in self.lines]
            role = None
            for index, text in enumerate(texts):
                if _SELF_INTRODUCED.match(text):
                    if title.search(text):
                        role = text.split(",", 2)[-1].strip()  # "biståndshandläggare, …"
                elif index >= len(texts) - WRITER_TAIL and any(
                        p.search(text) for p in closing):
                    signed = next((i for i in range(index + 1, min(index + 4, len(texts)))
                                   if title.search(texts[i])), None)
                    if signed is not None:  # the function and the line below it, the unit
                        role = " ".join(texts[signed:signed + 2])
            memo[sign_offs, titles] = role
        return memo[sign_offs, titles]

    def follows_open_question(self, line: Line) -> bool:
        """Whether `line` comes right after a form's check question left unanswered ("5.
        Finns behov av insatser från andra aktörer?" with no box ticked): a question there
        is the form's own follow-up prompt ("Vilka, och vad ska de göra?"), asked of whoever
        fills the form in, not of the meeting."""
        return id(line) in self._after_open_questions

    @cached_property
    def _after_open_questions(self) -> frozenset[int]:
        return frozenset(id(after) for before, after in zip(self.lines, self.lines[1:],
                                                              strict=False)
                         if before.label and before.label.rstrip().endswith("?")
                         and not before.text.strip())

    @cached_property
    def _name_tally(self) -> NameTally:
        return NameTally.of(self.texts)

    def _person_field_name(self) -> str | None:
        """The first word of the person's own field ("Person: Lina, 45 år" gives "Lina",
        `person_sections`), when it begins with a capital: a name the plan gives as the
        person's."""
        lines = self.value_lines(self.vocabulary.person_sections) \
            if self.vocabulary.person_sections else []
        first = _FIRST_WORD.match(lines[0].text) if lines else None
        return first.group(1) if first else None

    def subject_pattern(self, exclude: tuple[str, ...] = (),
                        titles: tuple[str, ...] = ()) -> re.Pattern | None:
        """A pattern for the name of the person the plan is about (see `likely_subject`),
        leaving out words that match one of `exclude` (roles, organisations) and names
        mostly written with one of `titles` after them ("Kim, ssk"). Several rules ask for
        it; it is worked out once per plan and set of exclusions. "G:s make" names G's
        husband, not G."""
        memo = self.__dict__.setdefault("_subjects", {})
        if (exclude, titles) not in memo:
            ruled_out = [re.compile(pattern, re.IGNORECASE) for pattern in exclude]
            title_patterns = [re.compile(pattern, re.IGNORECASE) for pattern in titles]
            titled = (lambda words: any(pattern.search(words) for pattern in title_patterns)) \
                if titles else None
            # a form's own word ("Start", "Tid", "Insats") is never the person's name
            name = likely_subject(self._name_tally, exclude=lambda word: any(
                pattern.search(word) for pattern in ruled_out)
                or self.vocabulary.is_field_label(word), titled=titled,
                given=self._person_field_name())
            initial = r"\.?" if name and len(name) == 1 else ""  # "K." is the initial K
            memo[exclude, titles] = re.compile(
                rf"(?<!\w){re.escape(name)}(?!\w|:\w){initial}") if name else None
        return memo[exclude, titles]


@lru_cache(maxsize=64)
def _parties(patterns: tuple[str, ...]) -> tuple[re.Pattern, re.Pattern]:
    """For `Plan.named`, compiled once per checklist, not once per plan: the party at a
    place and the party ending a few words.

    Names are found first with plain patterns, then the party beside each is checked where
    it stands: one scan with the party list at every position of every line costs a plan's
    review a tenth of its time. Each party is asked from a word's start (the same first
    match, `text.patterns`); the words before a name from each of their starts (the three
    starts of "hennes äldre syster", not every character: the start of the text or after
    a space, as the words are joined by single spaces), in one search."""
    party = alternatives_from_word_starts(patterns)
    return _any_of(patterns), re.compile(rf"(?:^|(?<= ))(?i:{party})\Z")


@lru_cache(maxsize=64)
def _any_of(patterns: tuple[str, ...]) -> re.Pattern:
    """Any of `patterns`, case-insensitively, each from a word's start; compiled once."""
    return re.compile(alternatives_from_word_starts(patterns), re.IGNORECASE)
