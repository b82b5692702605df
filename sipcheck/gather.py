"""Sections gathered by what sentences say, where a plan has no heading for them.

Minutes, letters and free documents put agreements in prose under "Anteckningar", "Övrigt"
or no heading at all: "Det bestämdes att kuratorn träffar Alva varannan vecka", "Mamma
ringer skolan varje fredag från v. 40". When a plan has no section of its own for a kind of
content, the sentences outside its recognised sections that state such content are gathered
into one, so every rule that reads that section reads them too, and the evidence says the
heading they stood under.

A table is placed by its columns the same way: a table of interventions under "Nästa
avstämning" is still the plan's interventions (`table_headers`), unless it stands in a section
where such a table belongs (`table_stays_in`, the other actors' measures).

What counts is the checklist's (`gather:`): per section, expressions for sentences that state
it (`patterns`, "det bestämdes att …"), for sentences that never do (`exclude`, "… bestämdes
inte"), and the actors (`actors`, "kurator", "BUP", "mamma")
whose sentences count when they say, in the present or future, what the actor does and when
("Kuratorn träffar K. varannan tisdag"). Sentences about the past ("Skolan har erbjudit …")
are background, not plans. After a sentence that says something was agreed ("Det bestämdes
att …", or only "Det här kom vi överens om."), the actors' sentences that follow, up to a
paragraph that states none, are agreements with or without a time, so that a measure nobody
gave a time shows as one. Minutes name the staff once with function and unit in the list of
participants ("Lina, sjuksköterska, Psykosmottagningen") and then by first name only ("Lina
ger depåinjektionen hemma var tredje vecka, första gången 2025-02-20"): with
`introduced_roles` and `introduced_units`, a first name the plan introduces so is an actor too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sipcheck.language.clauses import main_clause
from sipcheck.language.dates import find_dates, only_time
from sipcheck.language.function_words import FUNCTION_WORDS
from sipcheck.language.sentences import split_sentences
from sipcheck.text.patterns import from_word_starts

GATHERED = "gathered"  # the `form` of a section gathered by content
# How a sentence states a section's content (`GatherRule.states`).
AGREED, LEAD_IN, ACTOR = "agreed", "lead-in", "actor"
_WORD = re.compile(r"[^\W\d_]+")
_LEAD_IN_WORDS = frozenset({"följande", "detta", "här", "det", "dessa", "de", "nedan", "så"})


def _first_word(text: str) -> str:
    """"Lina" of "Lina, som är din socialsekreterare"."""
    found = _WORD.search(text)
    return found.group() if found else ""


def _content(text: str) -> bool:
    """Whether `text` has a word that says something, beyond function words."""
    return any(word.lower() not in FUNCTION_WORDS and word.lower() not in _LEAD_IN_WORDS
               for word in _WORD.findall(text))
_QUOTES = "”“\"«»'’"


@dataclass(frozen=True)
class GatherRule:
    """How the sentences of one section are recognised outside it."""

    section: str
    patterns: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    compiled: tuple = field(default=(), compare=False)
    table_headers: tuple[str, ...] = ()  # column names that make a table one of this section
    table_stays_in: tuple[str, ...] = ()  # sections such a table may stand in as it is
    # functions and units with which a plan introduces a first name that then acts alone
    introduced_roles: tuple[str, ...] = ()
    introduced_units: tuple[str, ...] = ()
    # relations with which a plan introduces a first name ("hans dotter Lena")
    introduced_relations: tuple[str, ...] = ()

    @classmethod
    def of(cls, section: str, data: dict) -> GatherRule:
        options = [tuple(data.get(name, ())) for name in ("patterns", "actors", "exclude")]
        return cls(section, *options, tuple(
            [re.compile(from_word_starts(p), re.IGNORECASE) for p in option]
            for option in options),
            *(tuple(data.get(name, ())) for name in (
                "table_headers", "table_stays_in", "introduced_roles", "introduced_units",
                "introduced_relations")))

    def acts(self, label: str) -> bool:
        """Whether a line's label names one of the actors ("Arbetsförmedlingen –
        arbetsförmedlare", "Viktors mamma")."""
        return any(pattern.search(label) for pattern in self.compiled[1])

    def states(self, sentence: str, names: frozenset[str] = frozenset(),
               undated: bool = False) -> tuple[str | None, str | None]:
        """How `sentence` states the section's content: (the part that states it, how).
        `how` is AGREED for a sentence a pattern matched (the whole sentence, less a
        lead-in the pattern matched at its start: "Närvarande var: …"), LEAD_IN for one
        that says only that what follows was agreed ("Det här kom vi överens om.",
        "Följande bestämdes:", stating nothing itself), ACTOR for an actor's planned
        measure, None for none of these. `names` are first names the plan introduced with
        a function and a unit; with `undated`, an actor's sentence counts without a time
        (it follows a sentence that says what was agreed)."""
        patterns, actors, exclude = self.compiled
        if any(p.search(sentence) for p in exclude) or sentence.lstrip()[:1] in _QUOTES:
            return None, None  # a quotation is someone's own words, not what was agreed
        for pattern in patterns:
            if match := pattern.search(sentence):
                rest = sentence[match.end():].strip(" :,–-")
                if not _content(sentence[:match.start()] + " " + rest) or \
                        sentence.rstrip().endswith(":"):
                    # ("Här är det vi bestämde på mötet i dag (12/11):" leads in too)
                    return None, LEAD_IN
                return (rest if match.start() == 0 and rest else sentence), AGREED
        if not actors and not names:
            return None, None
        clause = main_clause(sentence)
        if clause.planned and (any(p.search(clause.subject) for p in actors)
                               or _first_word(clause.subject) in names) and (
                undated or find_dates(sentence)):
            return sentence, ACTOR
        return None, None


def table_section(header: list[str], rules: list[GatherRule], key) -> GatherRule | None:
    """The rule whose `table_headers` name most of a table's header cells (two at least; on
    a tie the rule listed first): "Åtgärd | Verksamhet | Funktion | Start" is a table of
    interventions, "Namn | Funktion | Verksamhet | Deltog" one of participants.
    `key` is the label comparison form (`vocabulary.key`)."""
    cells = [cell for cell in header if cell and cell.strip()]
    scores = []
    for rule in rules:
        hits = sum(1 for cell in cells if _names_column(cell, rule, key))
        if hits >= 2:
            scores.append((hits, rule))
    scores.sort(key=lambda item: -item[0])  # stable: on a tie, the rule listed first
    return scores[0][1] if scores else None


def names_columns(cells: list[str], rule: GatherRule, key) -> bool:
    """Whether every one of `cells` names a column of `rule`'s tables ("Vad", "Vem", "När"
    down a table's first column: a measure written down, not across)."""
    return bool(cells) and all(_names_column(cell, rule, key) for cell in cells)


def _names_column(cell: str, rule: GatherRule, key) -> bool:
    words = [key(word) for word in rule.table_headers]
    return any(w.startswith(word) for w in key(cell).split() for word in words if word)


@dataclass
class Gathered:
    """Sentences of one kind found under one heading (or none): a section to add."""

    section: str
    heading: str
    location: object
    sentences: list[tuple[str, object, str | None]] = field(default_factory=list)


def gather(sections, values, rules: list[GatherRule], introduced=None,
           relatives=None) -> list[Gathered]:
    """For every rule whose section the plan lacks or has only empty, the sentences of the
    preamble and the unnamed sections that state its content, grouped by heading.
    `sections` are the plan's sections; `values(lines)` keeps a section's content lines;
    `introduced(roles, units)` the first names the plan introduces so (`Plan.introduced`),
    `relatives(relations)` those it introduces by relation (`Plan.named`)."""
    found: list[Gathered] = []
    for rule in rules:
        if any(values(s.lines) for s in sections if s.id == rule.section):
            continue
        names = frozenset(introduced(rule.introduced_roles, rule.introduced_units)) \
            if introduced and rule.introduced_roles and rule.introduced_units else frozenset()
        if relatives and rule.introduced_relations:
            # "hans dotter Lena", then "Lena handlar åt sin pappa …"
            names |= relatives(rule.introduced_relations)
        by_heading: dict[str, Gathered] = {}
        for section in sections:
            if section.id is not None:
                continue
            following = False  # after a lead-in, until a paragraph states nothing
            kept = {id(line) for line in values(section.lines)}
            # a timeline's heading ("Vecka 12"), the section's or a sub-heading in it
            when = section.heading if only_time(section.heading) else ""
            for line in section.lines:
                if line.subheading:
                    when = line.text.strip() if only_time(line.text) else ""
                if id(line) not in kept:
                    # "Det här bestämde vi:" read as a label over the list below it
                    if line.heading and line.label and not line.text.strip():
                        following = rule.states(line.label, names)[1] == LEAD_IN
                    continue
                if when and line.label and rule.acts(line.label):
                    # under "Vecka 12", "Viktor: skriver in sig …", "Arbetsförmedlingen –
                    # arbetsförmedlare: inskrivningsmöte …": an actor's measure, then
                    group = by_heading.setdefault(when, Gathered(rule.section, when,
                                                                 line.location))
                    group.sentences.append((line.text, line.location, line.label))
                    continue
                stated_here = False
                previous = False  # the sentence before, in this paragraph, was gathered
                for sentence in split_sentences(line.text):
                    stated, how = rule.states(sentence, names, undated=following)
                    if how == LEAD_IN:
                        following = stated_here = True
                        previous = False
                        continue
                    if stated:
                        stated_here = previous = True
                        following = following or how == AGREED
                        group = by_heading.setdefault(section.heading, Gathered(
                            rule.section, section.heading, section.location))
                        group.sentences.append((stated, line.location, line.label))
                    elif previous and how is None and find_dates(sentence):
                        # "Maja … går igenom kurserna med dig. Ni ses tisdag 10 december.":
                        # when it happens, told in the next sentence
                        group = by_heading[section.heading]
                        text, location, label = group.sentences[-1]
                        group.sentences[-1] = (f"{text} {sentence}", location, label)
                    else:
                        previous = False
                following = following and stated_here
        found.extend(by_heading.values())
    return found
