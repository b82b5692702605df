"""`participants`: people named with their role and organisation.

Serves both "who took part" and "who holds overall responsibility". Each table row or
line of the section is one entry ("Kurator, elevhälsan Köping"; "Mamma"; "A. | BUP").

Options:
  section         section id or list of ids; or leave out and give `lines_matching`
  lines_matching  regular expressions selecting lines anywhere in the plan
                  ("huvudansvar") when the plan has no such section
  exclude         regular expressions; lines matching one, or standing behind a label
                  that matches one ("Antecknat av:"), name nobody ("vem som ska vara
                  huvudansvarig bestämdes inte")
  roles           regular expressions for a function ("kurator", "läkare")
  organisations   regular expressions for a unit or organisation ("BUP", "elevhälsan")
  relations       regular expressions for family and the person themself ("mamma",
                  "vårdnadshavare", "den enskilde"): they need no organisation
  sign_offs       regular expressions for a letter's closing line: below it, the writer's
                  function and unit (`roles`), which the plan's "jag" then has ("Jag är
                  den som håller ihop planen")
  self            regular expressions naming the person themself ("den enskilde",
                  "brukaren"), for `require: subject`
  require         complete  every entry is a relation, or has a role or a person and an
                            organisation, and there is at least one such entry (default)
                  any       at least one entry
                  person_and_org  at least one entry with a role or a person, and an
                            organisation
                  subject   the person the plan is about is among the entries and not
                            marked absent ("Kim | Den enskilde | Nej")

The person the plan is about, named by first name ("Kim"), counts as a relation: they
need no organisation. Their name is the one the plan keeps coming back to. Someone the
plan introduces once with function and unit ("Lina, som är din socialsekreterare på IFO
Hallstahammar") is named with both wherever an entry starts with their first name only
("Lina har huvudansvaret för planen").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sipcheck.language.clauses import main_clause
from sipcheck.language.function_words import FUNCTION_WORDS
from sipcheck.language.sentences import logical_lines, split_sentences
from sipcheck.privacy.names import first_names
from sipcheck.rules.base import Evidence, Finding, any_match, quote, section_option
from sipcheck.sections import Plan

# A person named by first name or initial first in the entry ("Kim, kurator", "A. | BUP"),
# and not a place followed by its kind ("Köpings kommun").
# A first name or an initial first in the entry; not a noun in its definite form opening a
# sentence ("Ansvaret för planen ligger hos …", "Socialtjänsten …"), nor a verb that opens
# a decision's clause ("Beslutades att socialtjänsten har huvudansvaret").
_PERSON = re.compile(r"^\W*(?![A-ZÅÄÖ][a-zåäöéü]{3,}(?:et|en)\b(?!-))"
                     r"[A-ZÅÄÖ](?:[a-zåäöéü]+|\.)(?!\w)(?!\s+(?:kommun|region|län|stad|att)\b)")
NARRATED_WORDS = 10
# A participants row marking someone as not present: "... | Nej", "... | ☐".
_ABSENT = re.compile(r"\|\s*(nej|☐|ej)\s*$", re.IGNORECASE)
# A cell that only answers: whether someone took part, ticked or not.
_ANSWER = re.compile(r"^\W*(ja|nej|ej|x|deltog|närvarande|frånvarande)?\W*$", re.IGNORECASE)


@dataclass
class Entry:
    text: str
    location: object
    role: bool
    organisation: bool
    relation: bool
    person: bool
    subject: bool = False

    @property
    def complete(self) -> bool:
        return self.relation or ((self.role or self.person) and self.organisation)


def entries_of(options: dict, plan: Plan) -> list[Entry]:
    texts: list[tuple[str, object]] = []
    prose: set[int] = set()  # entries from lines, where a narrating sentence is no entry
    exclude = options.get("exclude", [])
    sections = section_option(options)
    if sections:
        for section in plan.sections_for(sections):
            in_tables = set()
            for table in section.tables:
                for cells in table.rows:
                    in_tables.update(cell.location for cell in cells)
                    values = [plan.vocabulary.cell_value(c.text) for c in cells]
                    # a label cell beside an empty one ("Funktion | ") names nobody
                    joined = " | ".join(value for value in values
                                        if value and not plan.vocabulary.is_field_label(value))
                    if joined and not plan.vocabulary.is_placeholder(joined):
                        texts.append((joined, cells[0].location))
            lines = [line for line in plan.values(section.lines) if not (
                exclude and line.label and any_match(exclude, line.label))]
            for text, location in _row_lines(lines, in_tables):
                for part in _split_entries(text, options):
                    prose.add(len(texts))
                    texts.append((part, location))
    if options.get("lines_matching"):
        for line in plan.value_lines():
            if any_match(options["lines_matching"], line.full):
                texts.append((line.text, line.location))
    term_patterns = [p for group in ("roles", "organisations", "relations")
                     for p in options.get(group, [])]
    subject_pattern = plan.subject_pattern(tuple(term_patterns),
                                           titles=tuple(options.get("roles", [])))
    introduced = plan.introduced(tuple(options.get("roles", [])),
                                 tuple(options.get("organisations", [])))
    writer = plan.writer_role(tuple(options.get("sign_offs", ())),
                              tuple(options.get("roles", [])))
    entries = []
    for index, (text, location) in enumerate(texts):
        text = text.strip()
        if not text or plan.vocabulary.is_placeholder(text) or _ANSWER.match(text) or (
                exclude and any_match(exclude, text)):
            continue  # "Ja" from a "Deltog" column read apart from its row names nobody
        # "Jag är den som håller ihop planen" in minutes the socialsekreterare signs
        told = f"{text} {writer}" if writer and _FIRST_PERSON.search(text) else text
        organisation = any_match(options.get("organisations", []), told) is not None
        role = any_match(options.get("roles", []), told) is not None
        if index in prose and not (role and organisation) and _narrated(text):
            continue  # a sentence that tells, unless it names a function and its unit
            # ("Det gör Sara, socialsekreterare på Socialtjänsten Fagersta")
        if not (role and organisation) and _names_one_of(text, introduced):
            role = organisation = True  # "Lina", introduced as socialsekreterare på IFO
        relation = any_match(options.get("relations", []), text) is not None
        first_word = re.match(r"^\W*(\w+\.?)", text)
        told_of = first_word is not None and plan.vocabulary.is_part_word(first_word.group(1))
        if told_of and not (role or relation) and main_clause(text).tense is not None:
            # a sentence about a part of the plan or the meeting ("Huvudansvar för planen
            # ligger på kommunen.", "Mötet hölls på mottagningen."): nobody's entry
            continue
        # a capitalised first word names someone unless it is a term or a small word
        # ("Vi som deltog är överens …": nobody by name)
        person = _PERSON.search(text) is not None and not (first_word and (
            any_match(term_patterns, first_word.group(1))
            or first_word.group(1).lower() in FUNCTION_WORDS or told_of))
        is_subject = bool(subject_pattern and subject_pattern.search(text)) and not role
        entries.append(Entry(text, location, role, organisation,
                             (relation or is_subject) and not role, person, is_subject))
    return _without_captions(_units_below(entries))


def _without_captions(entries: list[Entry]) -> list[Entry]:
    """A unit named alone over people who each name their function and unit ("Timrå
    kommun" over "Maria, skolkurator, Elevhälsan Timrå kommun", "Oskar, mentor, …") heads
    their group: no participant of its own. A unit alone before another such, or last,
    is one (a list of units only)."""
    return [entry for index, entry in enumerate(entries)
            if not (_unit_only(entry) and index + 1 < len(entries)
                    and entries[index + 1].role and entries[index + 1].organisation)]


def _unit_only(entry: Entry) -> bool:
    return entry.organisation and not (entry.role or entry.person or entry.relation
                                       or entry.subject)


def _units_below(entries: list[Entry]) -> list[Entry]:
    """A person's unit on the line below their name and function ("Maria socialsekreterare"
    / "Socialtjänsten Kiruna, vuxenenheten"), as a box of contacts sets them: one entry."""
    merged: list[Entry] = []
    for entry in entries:
        before = merged[-1] if merged else None
        if before is not None and before.role and not before.organisation and \
                entry.organisation and not (entry.role or entry.person or entry.relation):
            merged[-1] = Entry(f"{before.text}, {entry.text}", before.location, True, True,
                               before.relation, before.person, before.subject)
        else:
            merged.append(entry)
    return merged


def _names_one_of(text: str, names: set[str]) -> bool:
    """Whether the entry is one of `names`: it names one of them, and nobody else by
    a capitalised name, at its start ("Lina", "Lina har huvudansvaret")."""
    first = re.match(r"^\W*([A-ZÅÄÖ][a-zåäöé]+)\b", text)
    return bool(first) and first.group(1) in names


def _row_lines(lines, in_tables: set) -> list[tuple[str, object]]:
    """Content lines as entries: the cells of one table row (a label's row "Tove |
    sjuksköterska | Psykosmottagningen") are one entry, joined by " | ", and a text
    export's entry wrapped onto the next line ("Maria, sjuksköterska, Psykiatrimottagningen
    / Fagersta"), or within a printed table's cell or paragraph, is one entry too."""
    entries: list[tuple[str, object]] = []
    previous = None
    for line in lines:
        if line.location in in_tables:
            continue
        where = line.location
        if previous is not None and where.row is not None and entries and \
                (where.table, where.row) == (previous.table, previous.row) and \
                where.cell != previous.cell:
            entries[-1] = (f"{entries[-1][0]} | {line.text}", entries[-1][1])
        elif previous is not None and entries and (
                rest := _goes_on(entries[-1][0], line.text, where, previous)) is not None:
            entries[-1] = (f"{entries[-1][0]} {line.text[:len(line.text) - len(rest)]}"
                           .rstrip(), entries[-1][1])
            if rest.strip():
                entries.append((rest.strip(), where))
        else:
            entries.append((line.text, where))
        previous = where
    return entries


def _goes_on(before: str, text: str, where, previous) -> str | None:
    """What is left of line `text` at `where` when it goes on with the entry `before` of
    the line at `previous` (None when it does not): in the same cell or paragraph, or on
    the next line of a text export (a list separated by semicolons that broke off inside
    an entry may have filled several lines)."""
    rest = _rest_after(before, text)
    if rest is None or where == previous:
        return rest
    adjacent = where.row is None and where.line is not None and previous.line is not None \
        and (previous.line == where.line - 1
             or (not rest and 0 < where.line - previous.line <= _WRAPPED_LINES))
    return rest if adjacent else None


def _rest_after(before: str, text: str) -> str | None:
    """What is left of the line `text` after the part that ends the entry `before` on
    the line above (None when the line does not go on with it): the whole line when the
    entry runs on, or its first words ("Köping." before the next person's sentence) when
    they end it."""
    if _runs_on(before):
        return ""
    end = _ENTRY_END.search(text)
    head = (text[:end.start()] if end else text).strip()
    if _wrapped_rest(head, before) and not _INITIAL.fullmatch(head):
        return text[end.end():] if end else ""
    return None


def _unwrapped(lines: list[str]) -> list[str]:
    """The logical lines of one text with an entry wrapped over a line break put back
    together (see `_rest_after`)."""
    joined: list[str] = []
    for line in lines:
        rest = _rest_after(joined[-1], line) if joined else None
        if rest is None:
            joined.append(line)
            continue
        joined[-1] = f"{joined[-1]} {line[:len(line) - len(rest)]}".rstrip()
        if rest.strip():
            joined.append(rest.strip())
    return joined


# where an entry's first words end: "Köping. Jonas, boendestödjare, …", not "R., pappa"
_ENTRY_END = re.compile(r"[.;](?=\s+[A-ZÅÄÖ]|\s*$)")
_INITIAL = re.compile(r"[A-ZÅÄÖ]")
_WRAPPED_LINES = 8  # a text export's list of people wraps over at most this many lines


def _wrapped_rest(text: str, before: str) -> bool:
    """Whether a line is the end of the entry above it, wrapped: a word or two that are
    neither a list of their own nor a first name ("Fagersta" after "…, Psykiatrimottagningen",
    but not "Ahmed" in a column of names), after an entry that names a unit with commas."""
    words = text.split()
    return 0 < len(words) <= 2 and "," not in text and "," in before and \
        not before.rstrip().endswith((".", ":", ";")) and text[:1].isupper() and \
        not any(word.strip(".()").casefold() in first_names() for word in words)


def _runs_on(before: str) -> bool:
    """Whether a list of people separated by semicolons goes on over the line break: the
    line above broke off inside an entry ("…; Johan, socialsekreterare, Ungdomsenheten" /
    "Sala; Maja, skolkurator, …")."""
    return ";" in before and not before.rstrip().endswith((";", ".", ":"))


def _narrated(text: str) -> bool:
    """A sentence that tells something ("E. deltog inte i mötet, han var trött") is no
    entry of a list of people, which names them ("Marie, biståndshandläggare, ÄO")."""
    if len(text.split()) < NARRATED_WORDS:
        return False
    clause = main_clause(text)
    return clause.tense is not None and "," not in clause.subject and \
        " och " not in f" {clause.subject} "


def _split_entries(text: str, options: dict) -> list[str]:
    """One line may list several people: "Kim, mamma, kurator och läkare". It is a list when
    two or more of its comma parts name a role or relation, unless it is short, opens with a
    name and ends with a unit: then the commas separate one person's name, roles and unit
    ("Tove, sjuksköterska och case manager, Psykiatriska mottagningen"). Names and roles by
    turns are a person a pair ("Sara, mamma, och Jonas, pappa")."""
    entries = []
    # "Maria, distriktssköterska, Vårdcentralen Surahammar. Henrik, allmänläkare, …": a
    # person a sentence, as a list of people is often written
    for chunk in [sentence for line in _unwrapped(logical_lines(text))
                  for c in line.split(";") for sentence in _people_sentences(c)]:
        people = options.get("roles", []) + options.get("relations", [])
        parts = [p.strip() for p in _outside_brackets(chunk, people) if p.strip()]
        units = options.get("organisations", [])
        if not parts:
            continue
        names = _first_names_listed(chunk)
        if names:
            entries.extend(names)  # "På mötet var ni båda, Malin, Jonas, Petra och Sofie."
            continue
        says_who = [any_match(people, p) is not None for p in parts]  # a role or relation
        named = sum(says_who)
        commas = [p.strip() for p in chunk.split(",")]
        if len(commas) >= 2 and all(any_match(people, role) for role in _AND.split(commas[0])) \
                and any_match(units, commas[1]) and not any(any_match(people, p)
                                                            for p in commas[1:]):
            entries.append(chunk)  # "Psykolog och arbetsterapeut, Habiliteringen": one unit's
            continue
        one_person = len(parts) <= 4 and named <= 2 and not any_match(people, parts[0]) \
            and any_match(units, parts[-1])
        if len(parts) >= 4 and len(parts) % 2 == 0 and all(
                role == (index % 2 == 1) for index, role in enumerate(says_who)):
            # names and roles by turns: "Sara, mamma, och Jonas, pappa", a person a pair
            entries.extend(f"{name}, {role}"
                           for name, role in zip(parts[::2], parts[1::2], strict=True))
        elif len(parts) >= 3 and named >= 2 and not one_person:
            entries.extend(parts)
        else:
            entries.append(chunk)
    return entries


# "Henrik, allmänläkare, …": a sentence that opens with a name and a comma
_NAME_COMMA = re.compile(r"^\W*[A-ZÅÄÖ][\w.-]*(?: [A-ZÅÄÖ][\w.-]*)?,\s")


def _people_sentences(chunk: str) -> list[str]:
    """`chunk` a sentence a person, when every sentence after the first opens with a name
    and a comma ("Patienten G. och hans hustru Inga. Maria, distriktssköterska, Vårdcentralen
    Surahammar. Henrik, allmänläkare, …"); else `chunk` whole."""
    sentences = split_sentences(chunk)
    if len(sentences) >= 2 and not any(s.rstrip().endswith("?") for s in sentences) and all(
            _NAME_COMMA.match(sentence) and _first_word(sentence) not in _NO_NAMES
            for sentence in sentences[1:]):
        return sentences
    return [chunk]


_NO_NAMES = FUNCTION_WORDS | {"ja", "nej"}  # "Ja, sa du på mötet": an answer, no name


def _first_word(text: str) -> str:
    return text.strip().split(maxsplit=1)[0].strip(",.").lower() if text.strip() else ""


_BARE_NAME = re.compile(r"[A-ZÅÄÖ][a-zåäöéü]+")
_INITIAL = re.compile(r"[A-ZÅÄÖ]\.?")  # "M." in "Närvarande: M., Karin, Johan"
NAMES_LISTED = 3  # first names in a row that make a sentence a list of who was there


def _first_names_listed(chunk: str) -> list[str]:
    """The first names (or initials) a sentence lists, when it is a list of them with at
    most one part that is not a name ("På mötet var ni båda, Malin, Jonas, Petra och
    Sofie.", "M., Karin, Johan, Leila, Tove"): each is someone who was there, with no
    function or unit. [] for any other sentence."""
    for sentence in split_sentences(chunk):
        parts = [part.strip(" !") for part in _LIST_PARTS.split(sentence)]
        names = [part.rstrip(".") if len(part) > 2 else part for part in parts
                 if _INITIAL.fullmatch(part) or (_BARE_NAME.fullmatch(part.rstrip("."))
                                                 and part.rstrip(".").casefold() in first_names())]
        if len(names) >= NAMES_LISTED and len(names) >= len(parts) - 1:
            return names
    return []


# "Barn och familj", "Vård och omsorg": a unit's name, no list of people
_UNIT_NAME_AND = re.compile(r"(?<![\w-])[A-ZÅÄÖ][a-zåäö]+\s*\Z")
_LOWER_AFTER = re.compile(r"\s+[a-zåäö]{3,}\b(?!,)")


def _unit_name_and(chunk: str, match: re.Match, people: list[str]) -> bool:
    """Whether "och" at `match` joins the words of a unit's name ("Barn och familj"), not
    two people ("Tilde och mamma Lena")."""
    after = _LOWER_AFTER.match(chunk, match.end())
    return bool(_UNIT_NAME_AND.search(chunk, 0, match.start()) and after
                and not any_match(people, after.group()))


def _outside_brackets(chunk: str, people: list[str]) -> list[str]:
    """`chunk` split at its commas and "och", but not inside brackets ("jag själv (Hanna,
    skolkurator på Brinkskolan)" is one person) nor in a unit's name ("Barn och familj
    IFO Sala")."""
    parts, depth, start = [], 0, 0
    for match in re.finditer(r"[()]|,|\boch\b", chunk):
        token = match.group()
        if token == "(":
            depth += 1
        elif token == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and not (token == "och" and _unit_name_and(chunk, match, people)):
            parts.append(chunk[start:match.start()])
            start = match.end()
    return [*parts, chunk[start:]]


_LIST_PARTS = re.compile(r",|\s+och\s+")
_BRACKETED = re.compile(r"\([^()]*\)")
_FIRST_PERSON = re.compile(r"(?<![\w-])(?:jag|mig)(?![\w-])", re.IGNORECASE)
_AND = re.compile(r"\s+och\s+")


def _is_subject(entry: Entry, options: dict) -> bool:
    """The person the plan is about: by name, or by a word for them ("patienten", "jag
    själv" in a plan written by the person), but not a professional's "jag själv (Hanna,
    skolkurator)" in minutes written by staff."""
    self_terms = options.get("self", [])
    # "du, mamma, Lina och Eva" in a plan written to the person: "du" is one of the list
    # ("Du (i början och i slutet av mötet)": what the brackets add is no part of it)
    named = entry.subject or (self_terms and not entry.role and any(
        any_match(self_terms, part) is not None
        for part in _LIST_PARTS.split(_BRACKETED.sub("", entry.text))))
    return bool(named) and not _ABSENT.search(entry.text)


def check(options: dict, plan: Plan) -> Finding:
    entries = entries_of(options, plan)
    require = options.get("require", "complete")

    def cite(selected: list[Entry]) -> list[Evidence]:
        return [Evidence(quote(e.text), e.location) for e in selected[:3]]

    if not entries:
        return Finding(False, [], "ingen person eller verksamhet anges",
                       "no person or unit is named")
    if require == "any":
        return Finding(True, cite(entries))
    if require == "subject":
        present = [e for e in entries if _is_subject(e, options)]
        if present:
            return Finding(True, cite(present))
        return Finding(False, [], "personen finns inte bland deltagarna",
                       "the person is not among the participants")
    if require == "person_and_org":
        good = [e for e in entries if (e.role or e.person) and e.organisation]
        if good:
            return Finding(True, cite(good))
        return Finding(False, cite(entries), "bara verksamhet, bara huvudman eller bara funktion",
                       "only an organisation, a principal or a function")
    lacking = [e for e in entries if not e.complete]
    if lacking or not any(e.organisation for e in entries):
        return Finding(False, cite(lacking or entries),
                       f"{len(lacking)} av {len(entries)} saknar funktion eller verksamhet",
                       f"{len(lacking)} of {len(entries)} lack a role or an organisation")
    return Finding(True, cite(entries))
