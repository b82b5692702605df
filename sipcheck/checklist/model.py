"""A checklist once loaded: its levels, its criteria with their rules, and their examples.

Only validated data becomes a `Checklist` (see `sipcheck.checklist.loader`); the engine and
the reports read these types and never the YAML.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported when first used: a warm review never finds sections
    from sipcheck.vocabulary import Vocabulary


@dataclass(frozen=True)
class Level:
    id: str
    label: str
    label_en: str
    points: int | None
    symbol: str
    color: str

    def name(self, lang: str = "sv") -> str:
        return self.label_en if lang == "en" else self.label


@dataclass
class Rule:
    level: str
    when: dict
    reason: str = ""
    reason_en: str = ""


@dataclass(frozen=True)
class Example:
    """A short plan and the level its criterion must give it (`sipcheck checklist test`)."""

    name: str
    level: str
    plan: str
    why: str = ""
    file: str = ""
    line: int = 0
    column: int = 0


@dataclass
class Criterion:
    id: str
    title: str
    title_en: str
    short: str
    short_en: str
    rules: list[Rule]
    otherwise: str
    weight: float = 1
    statutory: bool = False
    definitions: dict[str, str] = field(default_factory=dict)
    definitions_en: dict[str, str] = field(default_factory=dict)
    guidance: str = ""
    guidance_en: str = ""
    otherwise_reason: str = ""
    otherwise_reason_en: str = ""
    examples: list[Example] = field(default_factory=list)

    def name(self, lang: str = "sv") -> str:
        return self.title_en if lang == "en" else self.title

    def short_name(self, lang: str = "sv") -> str:
        return self.short_en if lang == "en" else self.short


@dataclass
class Checklist:
    id: str
    version: str
    title: str
    title_en: str
    levels: list[Level]
    sections: dict[str, list[str]]
    criteria: list[Criterion]
    field_labels: list[str]
    placeholders: list[str]
    min_sections: int
    source: str
    sha256: str
    description: str = ""
    extends: list[str] = field(default_factory=list)  # parents' names, nearest first
    cues: dict[str, list[str]] = field(default_factory=dict)  # section id -> cue phrases
    gather: dict[str, dict] = field(default_factory=dict)  # section id -> gather rule
    # Expressions for a template's own words: prompts, hints, instructions to the writer.
    form_text: list[str] = field(default_factory=list)
    heading_labels: list[str] = field(default_factory=list)  # "Sökord": its value heads
    # Sections whose value opens with the person's name ("Person: Lina, 45 år").
    person_sections: list[str] = field(default_factory=list)
    # Expressions for a table row's first cell that make the row the template's example.
    example_rows: list[str] = field(default_factory=list)
    references: list[str] = field(default_factory=list)  # "Se bilaga 1": nothing here
    # Expressions for the opening lines of documents that are no plans ("Kallelse till").
    other_documents: list[str] = field(default_factory=list)
    # Sections only a plan has: one with content makes a document a plan however few
    # sections were found (`not_a_plan.core_sections`).
    core_sections: list[str] = field(default_factory=list)
    # Expressions for the opening lines of a document that calls itself a plan.
    plan_titles: list[str] = field(default_factory=list)
    # A document from a follow-up meeting (`this_meeting.documents`) and the labels that
    # there name this meeting's date, not the next follow-up (`this_meeting.labels`).
    this_meeting: dict[str, list[str]] = field(default_factory=dict)

    def level(self, level_id: str) -> Level:
        return next(level for level in self.levels if level.id == level_id)

    @property
    def max_points(self) -> int:
        return max(level.points for level in self.levels if level.points is not None)

    def vocabulary(self) -> Vocabulary:
        """The matching tables for section finding, built once per checklist (every plan
        of a review uses the same)."""
        if "_vocabulary" not in self.__dict__:
            from sipcheck.vocabulary import Vocabulary

            self.__dict__["_vocabulary"] = Vocabulary(
                self.sections, self.field_labels, self.placeholders, self.cues, self.gather,
                self.form_text, self.references, self.heading_labels, self.plan_titles,
                self.this_meeting, self.example_rows, self.person_sections)
        return self.__dict__["_vocabulary"]
