"""Matching labels in plans against a checklist's sections: by alias, then by meaning.

Plans are written by hand in many templates: "Syfte:", "SYFTE", "2. Syfte med mötet",
"Varför gör vi denna plan?", "Uppfoljning" typed without å/ä/ö, "Andra aktörers åtgärder",
"Sveas delaktighet", "Huvudansvarig för planen (namn, funktion, verksamhet)". Everything
that compares a label with an alias goes through `key()` and `label_core()` (in
`label_text`), so case, diacritics variants, punctuation, numbering, hints in parentheses and
trailing colons or question marks never decide whether a section is found.

A heading that is in no alias list can still say what it is about in other words
("Sammankallande och huvudansvarig", "När ses vi igen?", "Vi som var med"). Each section
of the checklist may list *cues*: stems and phrases that identify it anywhere in a short
heading or label. How a label is matched, in order:

1. exactly an alias (after `label_core`);
2. an alias followed by a few more words ("Syfte med mötet"), or a possessive before it
   ("Sveas delaktighet");
3. by cues: every section whose cues occur in the label scores the letters of the cue words
   it matched; the highest score wins; on a tie, the section whose cue comes first in the
   label, and then the one listed first in the checklist. A cue word of four letters or
   more is a stem ("huvudansvar" matches "huvudansvarig"); shorter ones match whole words.

`match` also says how much of the label the cues explain (its content words, not "och",
"vi", "det"), so a line that only might be a heading (a plain line, a question) is taken
for one only when the cues explain most of it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import wraps
from itertools import takewhile

from sipcheck.gather import GatherRule
from sipcheck.label_text import FOLD, HINT, NUMBERING, checkbox_value, key, label_core
from sipcheck.language.function_words import FUNCTION_WORDS
from sipcheck.text.pattern_set import PatternSet

# the parts of a heading that joins two sections' names: "Mål och insatser", "Syfte /
# frågeställningar", "Ansvar & uppföljning"
_JOINED_PARTS = re.compile(r"\s+(?:och|samt|&)\s+|\s*[/,]\s*", re.IGNORECASE)

_CHECKBOX_ONLY = re.compile(r"^[\s☐☒☑✓✔✗✘xX\-–—_.…*/]*$")
# A dotted or ruled line to write on: "Underskrift ............".
_LEADER = re.compile(r"[.…_]{4,}")
# A field label inside a value: "____ Tid: ____" holds the empty field "Tid".
_EMPTY_FIELD_LABEL = re.compile(r"(?:^|\s)[A-Za-zÅÄÖåäö][\w/ -]{0,30}:(?=\s|$)")
# A value that is only a hint in parentheses: "(fylls i före mötet)", "[namn, funktion]".
_ONLY_HINT = re.compile(r"[(\[](?:[^()\[\]]|\([^()\[\]]*\))*[)\]]\W*")  # one nested ( ) too
# A hint in brackets at the end of a value, closed or wrapped to the next line.
_BRACKETED = re.compile(r"\[[^\[\]]*\]|\([^()]*\)")
_SPACES_LEFT = re.compile(r"^[ \t]+|(?<=\n)[ \t]+", re.MULTILINE)
_TRAILING_HINT = re.compile(r"\([^()]*\)?\W*$")
# An abbreviated word in a label: four letters or more and a full stop ("Frågest.", "Uppf.").
_ABBREVIATED = re.compile(r"(?<![\w.])([^\W\d_]{4,})\.(?!\w)")
# A cue word this long is a stem; shorter ones must match a whole word.
STEM_MIN = 4

# Extra words a label may carry after an alias of one or two words ("Syfte med mötet").
MAX_EXTRA_WORDS = 4

DEFAULT_PLACEHOLDERS = (
    "-", "–", "—", "x", "xx", "nn", "se ovan", "se nedan", "ej ifyllt", "ej ifylld",
    "klicka eller tryck här för att ange text", "klicka här för att ange text",
    "ange text", "text", "fyll i", "...", "…",
)


# Swedish endings of inflection and the usual derivations, up to three letters: "aktörers"
# for "aktörer", "insatserna" for "insatser", "huvudansvarig" for "huvudansvar" (not the
# name "Malin" for "mål").
_ENDINGS = frozenset({
    "", "s", "n", "t", "d", "a", "e", "r", "en", "et", "er", "ar", "or", "na", "ne", "ns",
    "ts", "es", "as", "ig", "ad", "at", "it", "ta", "da", "ga", "gt", "ens", "ets", "ers",
    "ars", "ors", "nas", "ade", "igt", "iga", "ern", "arn", "rna", "nde", "are", "ena", "ete",
})


def _inflected(words: list[str], alias: list[str]) -> bool:
    """Each word is the alias word or an inflection of it (`_ENDINGS`)."""
    return len(words) == len(alias) and all(
        word.startswith(base) and word[len(base):] in _ENDINGS
        for word, base in zip(words, alias, strict=True))








_FUNCTION_KEYS = frozenset(key_word for word in FUNCTION_WORDS
                           for key_word in [word.translate(FOLD)])


# Words for the document and its meeting, and "finns", say nothing of which part of it a heading
# names: "Varför finns planen?" is the purpose by "varför" alone.
_DOCUMENT_WORDS = frozenset({"sip", "plan", "planen", "planens", "finns", "mote", "motet",
                             "motets"})  # keys: å, ä, ö folded


REMEMBERED = 8192  # answers a vocabulary keeps per question before it starts afresh


def _remembered(method):
    """`method`'s answers kept per vocabulary: sections, rules and the next plan ask about
    the same labels again and again. At most REMEMBERED, so memory stays flat however
    many plans; the answers are plain values (a frozen `Match`, a bool), never shared
    mutable state."""
    store = f"_remembered_{method.__name__}"

    @wraps(method)
    def remembering(self, *args, **kwargs):
        answers = self.__dict__.setdefault(store, {})
        asked = (args, tuple(kwargs.items()))
        found = answers.get(asked, answers)
        if found is answers:
            if len(answers) >= REMEMBERED:
                answers.clear()
            found = answers[asked] = method(self, *args, **kwargs)
        return found
    return remembering


@dataclass(frozen=True)
class Match:
    """How a label was matched to a section: `by` "alias" or "cue", the alias or cues it
    matched (`term`), and the share of the label's content words they explain."""

    section: str
    by: str
    term: str
    coverage: float = 1.0


@dataclass
class Vocabulary:
    """Section aliases and cues, form field labels and placeholder values, from the
    checklist."""

    aliases: dict[str, list[str]]
    field_labels: list[str] = field(default_factory=list)
    placeholders: list[str] = field(default_factory=lambda: list(DEFAULT_PLACEHOLDERS))
    cues: dict[str, list[str]] = field(default_factory=dict)
    # How sentences of a section are recognised where the plan has no heading for them
    # (see `sipcheck.gather`): section id -> {patterns: [...], actors: [...]}.
    gathering: dict[str, dict] = field(default_factory=dict)
    # Expressions for a template's own words: a prompt with its hint ("Varför behövs en
    # plan? (beskriv situationen)"), an instruction ("Lägg till rader vid behov").
    form_text: list[str] = field(default_factory=list)
    # Expressions for a value that only points elsewhere ("Se bilaga 1", "Enligt kallelse").
    references: list[str] = field(default_factory=list)
    # Labels whose value is a heading: "Sökord: Planering" in a journal note.
    heading_labels: list[str] = field(default_factory=list)
    # Expressions for what calls a document a plan ("SIP", "samordnad individuell plan").
    plan_titles: list[str] = field(default_factory=list)
    # A follow-up meeting's document: `documents`, expressions for its opening lines
    # ("Uppföljning av SIP"); `labels`, expressions for the labels that there name this
    # meeting ("Datum för uppföljning"), not the next follow-up.
    this_meeting: dict[str, list[str]] = field(default_factory=dict)
    # Expressions for a table row's first cell that make the row the template's example
    # ("Exempel: Skolan | anpassad studiegång | mentor | ht 2025").
    example_rows: list[str] = field(default_factory=list)
    # Sections whose value opens with the person's name ("Person: Lina, 45 år").
    person_sections: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        order = list(dict.fromkeys([*self.aliases, *self.cues]))
        self._order = {section: index for index, section in enumerate(order)}
        self._cues = [(section, tuple(key(cue).split()), cue)
                      for section, cues in self.cues.items() for cue in cues if key(cue)]
        # Cues by their first word, so a label is compared only with the cues that can
        # begin at one of its words (there are hundreds of cues and thousands of labels).
        self._cues_by_first: dict[str, list[int]] = {}
        for index, (_, cue_words, _) in enumerate(self._cues):
            self._cues_by_first.setdefault(cue_words[0], []).append(index)
        pairs = [(key(alias), section) for section, names in self.aliases.items()
                 for alias in [section, *names]]
        # Longest alias first: the most specific wins ("planerad uppföljning" over "planering").
        self._aliases = sorted({p for p in pairs if p[0]}, key=lambda p: -len(p[0]))
        self._exact = {}
        self._aliases_by_first: dict[str, list[int]] = {}
        for index, (alias_key, section) in enumerate(self._aliases):
            self._exact.setdefault(alias_key, section)
            self._aliases_by_first.setdefault(alias_key.split()[0], []).append(index)
        # every word of an alias or a cue, for reading a label's abbreviations ("Frågest.")
        self._words = sorted({word for alias_key, _ in self._aliases for word in alias_key.split()}
                             | {word for _, cue_words, _ in self._cues for word in cue_words})
        self._known_words = frozenset(self._words)
        self._labels = sorted({key(label) for label in self.field_labels if key(label)},
                              key=len, reverse=True)
        self._placeholders = {key(p) for p in self.placeholders} | {""}
        self.gather = [GatherRule.of(section, data) for section, data in self.gathering.items()]
        self._form_text = PatternSet(self.form_text)
        self._references = PatternSet(self.references)
        self._example_rows = PatternSet(self.example_rows)
        self._heading_labels = {key(label) for label in self.heading_labels}
        self._plan_titles = [re.compile(rf"^\W*(?:{p})(?!-)", re.IGNORECASE)
                             for p in self.plan_titles]
        # "Uppföljning av SIP", "Uppföljning SIP – M.", "PM – samordnad planering"
        self._plan_words = [re.compile(rf"^\W*\w+ (?:av )?(?:{p})(?!-)|\s[–—-]\s+(?:{p})(?!-)",
                                       re.IGNORECASE) for p in self.plan_titles]
        self._record_fields = {section: {key(field) for field in data.get("record_fields", [])}
                               for section, data in self.gathering.items()}
        self._column_sections: dict[str, str] = {}  # a column name -> the first rule's section
        for rule in self.gather:
            for header in rule.table_headers:
                self._column_sections.setdefault(key(header), rule.section)
        self._placeholder_of: dict[str, bool] = {}  # every check asks again for each line
        self._meeting_documents = [re.compile(p, re.IGNORECASE)
                                   for p in self.this_meeting.get("documents", [])]
        self._meeting_labels = [re.compile(p, re.IGNORECASE)
                                for p in self.this_meeting.get("labels", [])]

    def section_of(self, label: str, exact: bool = False, cues: bool = True,
                   min_coverage: float = 0.0) -> str | None:
        """The section id a label names, or None (see `match`)."""
        found = self.match(label, exact, cues, min_coverage)
        return found.section if found else None

    def sections_in(self, heading: str) -> frozenset[str]:
        """The sections each part of a joined heading names by its own name ("Mål och
        insatser": goals and interventions), for a heading that joins two or more."""
        parts = _JOINED_PARTS.split(heading)
        if len(parts) < 2:
            return frozenset()
        return frozenset(section for part in parts
                         if (section := self.section_of(part, exact=True)) is not None)

    @_remembered
    def match(self, label: str, exact: bool = False, cues: bool = True,
              min_coverage: float = 0.0) -> Match | None:
        """How a label names a section (see the module docstring), or None. With `exact`,
        only an exact alias counts; cues count when they explain at least `min_coverage`
        of the label's content words."""
        label_key = self._unabbreviated(label, key(label_core(label)))
        if not label_key:
            return None
        if label_key in self._exact:
            return Match(self._exact[label_key], "alias", label_key)
        if exact:
            return None
        topic = self._topic(label_key)
        if topic:
            return topic
        alias = self._alias_match(label_key)
        if alias:
            return Match(alias[1], "alias", alias[0])
        if not cues or not self._cues:
            return None
        head, with_, _ = label_key.partition(" med ")
        if with_ and head:
            # "Insatser enligt planen med uppföljning": about what comes before "med"
            found = self._cue_match(head.split())
            if found and found.coverage >= min_coverage:
                return found
        found = self._cue_match(label_key.split())
        if found and found.coverage >= min_coverage:
            return found
        if found and "/" in label:
            # "Fast vårdkontakt / huvudansvarig för SIP": a label that joins two fields
            # with a slash names the section one of them is explained by
            for part in label.split("/"):
                part_key = key(label_core(part))
                found = self._cue_match(part_key.split()) if part_key else None
                if found and found.coverage >= min_coverage and len(part_key.split()) > 1:
                    return found
        return None

    def is_part_word(self, word: str) -> bool:
        """Whether `word` is a word of a section's alias or cue ("Huvudansvar", "Syfte",
        "Insatser"): a word of the plan's parts, never a person's name."""
        return key(word) in self._known_words

    def _unabbreviated(self, label: str, label_key: str) -> str:
        """The label's key with each abbreviated word written out as the shortest word of an
        alias or a cue it begins: a record print's narrow column shortens its labels
        ("Frågest.", "Huvudansv.", "Uppf." are "frågeställningar", "huvudansvar",
        "uppföljning"). An abbreviation is a word of four letters or more with a full stop
        that is no word of the vocabulary itself."""
        if "." not in label:
            return label_key
        short = {key(word) for word in _ABBREVIATED.findall(label)}
        if not short:
            return label_key
        words = []
        alone = len(label_key.split()) == 1  # "Samt." alone is no "samt" ("and")
        for word in label_key.split():
            if word in short and word not in self._known_words and (
                    alone or word not in _FUNCTION_KEYS):
                # the words it begins stand together in the sorted list, from where it would go
                longer = takewhile(lambda w, word=word: w.startswith(word),
                                   self._words[bisect.bisect_left(self._words, word):])
                word = min(longer, key=len, default=word)
            words.append(word)
        return " ".join(words)

    def _topic(self, label_key: str) -> Match | None:
        """"Uppföljning av insatser": a label "X av Y" is about Y when Y names a section
        of its own (the status of the interventions, not the plan's next follow-up)."""
        head, separator, rest = label_key.partition(" av ")
        if not separator or not rest or len(head.split()) > 2:
            return None
        found = self._exact.get(rest) or (self._alias_match(rest) or (None, None))[1]
        if found is None or found == (self._exact.get(head) or
                                      (self._alias_match(head) or (None, None))[1]):
            return None
        return Match(found, "alias", rest)

    def _cue_match(self, words: list[str]) -> Match | None:
        scores: dict[str, list] = {}
        for index, start in sorted(self._cue_starts(words).items()):
            section, cue_words, cue = self._cues[index]
            entry = scores.setdefault(section, [0, start, set(), []])
            span = set(range(start, start + len(cue_words)))
            if not span & entry[2]:
                entry[0] += sum(len(w) for w in cue_words)
                entry[1] = min(entry[1], start)
                entry[2] |= span
                entry[3].append(cue)
        if not scores:
            return None
        section, (_, _, covered, terms) = min(
            scores.items(), key=lambda item: (-item[1][0], item[1][1],
                                              self._order.get(item[0], len(self._order))))
        # Share of the label's words the cues explain, leaving out function words they
        # do not cover ("När ses vi igen?": "ses vi igen" explains it all) and initials,
        # which name the person ("Vad A. själv sa").
        counted = {i for i, word in enumerate(words) if len(word) > 1
                   and word not in _FUNCTION_KEYS and word not in _DOCUMENT_WORDS} | covered
        coverage = len(counted & covered) / len(counted)
        return Match(section, "cue", ", ".join(terms), coverage)

    def _cue_starts(self, words: list[str]) -> dict[int, int]:
        """Each cue found in `words` (by its index) with the first word it starts at."""
        starts: dict[int, int] = {}
        for start, word in enumerate(words):
            # a cue's first word is the word itself, or a stem of it (STEM_MIN letters on)
            for first in {word, *(word[:end] for end in range(STEM_MIN, len(word)))}:
                for index in self._cues_by_first.get(first, ()):
                    if index in starts:
                        continue
                    cue_words = self._cues[index][1]
                    if start + len(cue_words) <= len(words) and all(
                            _stem_match(words[start + i], w) for i, w in enumerate(cue_words)):
                        starts[index] = start
        return starts

    def _alias_match(self, label_key: str) -> tuple[str, str] | None:
        words = label_key.split()
        # the aliases whose first word the label's first (or, after a possessive, second)
        # word inflects, tried in the order of `_aliases`, longest first
        candidates = {index for word in words[:2]
                      for end in range(max(1, len(word) - 3), len(word) + 1)
                      for index in self._aliases_by_first.get(word[:end], ())}
        for index in sorted(candidates):
            alias_key, section = self._aliases[index]
            alias = alias_key.split()
            for start in (0, 1) if len(words) > len(alias) else (0,):
                if start and not words[0].endswith("s"):
                    continue  # only a possessive may precede: "Sveas delaktighet"
                if not _inflected(words[start:start + len(alias)], alias):
                    continue
                extra = len(words) - len(alias) - start
                if start and extra:
                    continue
                if len(alias) >= 3 or extra <= MAX_EXTRA_WORDS:
                    return alias_key, section
        return None

    def is_placeholder(self, value: str) -> bool:
        """True for an empty field or a stand-in ("-", "x", "Se ovan", ☐) that states nothing,
        several empty fields on one line ("____ Tid: ____ Plats: ____"), the template's own
        words (`form_text`), or a value that only points elsewhere (`references`)."""
        known = self._placeholder_of.get(value)
        if known is None:
            known = self._placeholder_of[value] = self._states_nothing(value)
        return known

    def is_reference(self, text: str) -> bool:
        """A value that only points elsewhere ("Se tidigare plan"), or the earlier plan's
        text under its label ("Tidigare: Syftet är att …"): `references`."""
        return self._references.found(text)

    def without_earlier_text(self, text: str) -> str:
        """`text` without the earlier plan's text set in brackets before the new ("[tidigare:
        Muntligt samtycke 2025-06-10.] Samtycke finns." says "Samtycke finns."): a bracketed
        part that is a reference (`references`, "tidigare: …") is no content of today's plan."""
        if ":" not in text or not ("[" in text or "(" in text):
            return text
        kept = _BRACKETED.sub(lambda part: "" if ":" in part.group() and self.is_reference(
            part.group()[1:-1]) else part.group(), text)
        return text if kept == text else _SPACES_LEFT.sub("", kept).replace("  ", " ")

    def _states_nothing(self, value: str) -> bool:
        if key(value) in self._placeholders or _CHECKBOX_ONLY.match(value) or \
                _ONLY_HINT.fullmatch(value.strip()):
            return True
        if self.is_form_text(value) or self.is_reference(value):
            return True
        if ":" in value:
            parts = [part for part in _EMPTY_FIELD_LABEL.split(value)]
            if all(key(part) in self._placeholders for part in parts):
                return True
        if _LEADER.search(value):
            # "Underskrift ........": a label over a dotted line left blank, maybe with the
            # template's hint after the dots ("........ (varför behövs en samordnad plan")
            rest = _LEADER.sub(" ", value).strip()
            rest = _TRAILING_HINT.sub("", rest).strip() if _LEADER.match(value.strip()) else rest
            return not rest or key(rest) in self._labels or \
                self.section_of(rest, exact=True) is not None
        return False

    def is_document_title(self, text: str, first: bool = False) -> bool:
        """A heading that begins by naming the document ("SIP – Planering inför
        hemgång", "Samordnad individuell plan vid utskrivning"), or, as the document's
        `first` heading, says what it is of it ("Uppföljning av SIP", "PM – samordnad
        planering för K."): the plan's title, no
        section of it, unless it is exactly one of the section names."""
        patterns = self._plan_titles + (self._plan_words if first else [])
        return any(p.search(text) for p in patterns) and \
            key(label_core(text)) not in self._exact

    def is_follow_up_document(self, opening_lines: list[str]) -> bool:
        """The document records a follow-up meeting ("Samordnad individuell plan –
        uppföljning"): one of its opening lines says so."""
        return any(p.search(line) for p in self._meeting_documents for line in opening_lines)

    def names_this_meeting(self, label: str) -> bool:
        """In a follow-up meeting's document, a label that gives this meeting's date
        ("Datum för uppföljning"), not the next follow-up's."""
        return any(p.search(label) for p in self._meeting_labels)

    def is_field_label(self, label: str) -> bool:
        """Exactly one of the template's field labels ("Ansvarig", "Datum", "Tid")."""
        return key(label_core(label)) in self._labels

    def is_column_labels(self, text: str) -> bool:
        """A line of two or more field labels and nothing else ("Namn Funktion
        Verksamhet", "Vem | Vad | När"): the header row of a table that was printed as
        lines, form over the entries below it and no heading of its own."""
        for parts in ([part for part in text.split("|") if part.strip()],
                      [part for part in re.split(r"\s{3,}", text.strip()) if part]):
            if len(parts) >= 2 and all(self.is_label(part, questions=False) for part in parts):
                # "Insats/åtgärd | Ansvarig (verksamhet/funktion) | Start | Klart", or the
                # same set in columns with spaces ("Insats / åtgärd    Ansvarig verksamhet")
                return True
        # "Insats Ansvarig verksamhet/ Från - till (vad ska göras) funktion": hints and
        # small words between the column names do not count
        words = [w for w in re.split(r"[\s|/,;:–-]+", HINT.sub(" ", text))
                 if w and key(w) not in _FUNCTION_KEYS]
        return len(words) >= 2 and all(key(word) in self._labels for word in words)

    def column_section(self, label: str) -> str | None:
        """The gathered section one of whose tables' columns `label` names exactly
        (`table_headers`: "Insats" a column of the interventions' tables), or None."""
        return self._column_sections.get(key(label_core(label)))

    def is_record_field(self, section: str | None, label: str) -> bool:
        """Whether `label` is a field of the entries of `section` ("Ansvarig", "När" under
        an intervention), not a field of its own (gather's `record_fields`)."""
        fields = self._record_fields.get(section or "")
        return bool(fields) and key(label_core(label)) in fields

    def is_actor_label(self, section: str | None, label: str) -> bool:
        """Whether `label` names one who acts in the entries of `section` (gather's
        `actors`): "Socialtjänsten Västerås, vuxenenheten: bedömer behov av boendestöd" under
        "Planering" is a measure with its who, not a field of its own."""
        rule = next((rule for rule in self.gather if rule.section == section), None)
        return rule is not None and any(p.search(label) for p in rule.compiled[1])

    @_remembered
    def is_form_text(self, text: str) -> bool:
        """The template's own words (`form_text`): a prompt with its hint, an instruction,
        numbered too ("1.1 Beskriv syftet med planen utifrån personens situation.")."""
        bare = NUMBERING.sub("", text, count=1)
        return self._form_text.found(text) or (bare != text and self._form_text.found(bare))

    def is_example_row(self, cells: list[str]) -> bool:
        """A table row the template filled in as an example (`example_rows`: its first
        filled cell opens "Exempel:"): all of it is form, its other cells too."""
        first = next((text for text in cells if text.strip()), "")
        return bool(first) and self._example_rows.found(first)

    def is_heading_label(self, label: str) -> bool:
        """A label whose value is a heading ("Sökord: Planering")."""
        return key(label) in self._heading_labels

    def cell_value(self, text: str) -> str:
        """What a table cell states: only its ticked options when it has checkboxes, and ""
        for an empty field, a placeholder or the template's own words."""
        boxes = checkbox_value(text)
        if boxes is not None:
            text = boxes[1]
        return "" if self.is_placeholder(text) else text.strip()

    @_remembered
    def is_label(self, text: str, questions: bool = True) -> bool:
        """True when a cell or line is a form label rather than a value: it names a known
        field or section, or is written as a label ("Datum:", and with `questions`, a
        template question such as "Vem skall göra?")."""
        stripped = text.strip()
        if not stripped or (stripped.endswith(".") and len(stripped.split()) >= 2):
            return False  # "Samtycke till SIP finns.": a sentence, not a label
        endings = (":", "?") if questions else (":",)
        if stripped.endswith(endings) and len(stripped.split()) <= 12:
            return True
        if self.section_of(stripped, cues=False):
            return True
        text_key = key(label_core(stripped))
        # "Datum för mötet" is a label; "Start 2025-02-03" is a label with its value
        return any(text_key == label or (text_key.startswith(label + " ")
                                         and not re.search(r"\d", text_key[len(label):]))
                   for label in self._labels) and len(text_key.split()) <= 6


def _stem_match(word: str, cue_word: str) -> bool:
    if len(cue_word) >= STEM_MIN:
        return word.startswith(cue_word)
    return word == cue_word
