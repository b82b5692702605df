"""What the JSON Schema cannot say about a checklist: that its names refer to something.

Levels named in rules, `otherwise`, definitions and examples must be defined; sections
named by checks must be listed under `sections`; `@terms` must exist; regular expressions
must compile; criterion and level ids must be unique. The checks read the resolved
checklist (after `extends`) and tolerate data the schema already complained about, so
schema and semantic problems are reported together.
"""

from __future__ import annotations

import re

from sipcheck.checklist.problems import Problem, Where, problem_at, suggestion
from sipcheck.checklist.regex_safety import SLOW_PATTERN, nested_quantifier
from sipcheck.text import Text

DEFAULT_LEVELS = [
    {"id": "uppfyllt", "label": "Uppfyllt", "label_en": "Fulfilled", "points": 2,
     "symbol": "✔", "color": "green"},
    {"id": "delvis", "label": "Delvis uppfyllt", "label_en": "Partly fulfilled", "points": 1,
     "symbol": "◐", "color": "yellow"},
    {"id": "ej_uppfyllt", "label": "Ej uppfyllt", "label_en": "Not fulfilled", "points": 0,
     "symbol": "✘", "color": "red"},
    {"id": "ej_tillampligt", "label": "Ej tillämpligt", "label_en": "Not applicable",
     "points": None, "symbol": "–", "color": "bright_black"},
]
# Options whose values are lists of regular expressions (and may name terms with '@').
PATTERN_OPTIONS = {"patterns", "near", "exclude", "generic", "who", "principal", "vague",
                   "later_than",
                   "lines_matching", "roles", "organisations", "relations", "self", "titles",
                   "sign_offs", "speakers"}


def items(value) -> list:
    return value if isinstance(value, list) else []


def mapping(value) -> dict:
    return value if isinstance(value, dict) else {}


def level_ids(data: dict) -> list[str]:
    return list(dict.fromkeys(lv["id"] for lv in items(data.get("levels")) or DEFAULT_LEVELS
                              if isinstance(lv, dict) and isinstance(lv.get("id"), str)))


class _Checker:
    def __init__(self, data: dict, where: Where) -> None:
        self.data, self.where = data, where
        self.problems: list[Problem] = []
        self.levels = level_ids(data)
        self.sections = list(mapping(data.get("sections")))
        self.terms = mapping(data.get("terms"))

    def add(self, path: tuple, message: Text, key: bool = False) -> None:
        self.problems.append(problem_at(self.where, path, message, key))

    def level(self, value, path: tuple, key: bool = False) -> None:
        if isinstance(value, str) and value not in self.levels:
            listed = ", ".join(self.levels)
            self.add(path, Text(f"nivån «{value}» är inte definierad; välj en av: {listed}.",
                                f"the level '{value}' is not defined; choose one of: "
                                f"{listed}."), key)

    def regex(self, pattern, path: tuple) -> None:
        if not isinstance(pattern, str):
            return
        try:
            re.compile(pattern)
        except re.error as exc:
            self.add(path, Text(f"det reguljära uttrycket «{pattern}» går inte att tolka: "
                                f"{exc.msg}.",
                                f"the regular expression '{pattern}' does not compile: {exc.msg}."))
            return
        if nested_quantifier(pattern):
            self.add(path, Text(SLOW_PATTERN.sv.format(pattern=pattern),
                                SLOW_PATTERN.en.format(pattern=pattern)))

    def run(self) -> list[Problem]:
        self.check_levels()
        for section, rule in mapping(self.data.get("gather")).items():
            self.patterns(mapping(rule), ("gather", section))
        for key in ("cues", "gather"):
            self.known_sections(key)
        for where, named in ((("not_a_plan", "core_sections"), items(mapping(
                self.data.get("not_a_plan")).get("core_sections"))),
                (("person_sections",), items(self.data.get("person_sections")))):
            for index, section in enumerate(named):
                if isinstance(section, str) and section not in self.sections:
                    self.add((*where, index), Text(
                        f"avsnittet «{section}» finns inte under sections.",
                        f"the section '{section}' is not defined under sections."))
        self.patterns({"form_text": self.data.get("form_text") or [],
                       "references": self.data.get("references") or [],
                       "example_rows": self.data.get("example_rows") or []}, ())
        not_a_plan = mapping(self.data.get("not_a_plan"))
        self.patterns({key: not_a_plan[key] for key in ("titles", "plan_titles")
                       if key in not_a_plan}, ("not_a_plan",))
        self.patterns(mapping(self.data.get("this_meeting")), ("this_meeting",))
        for name, patterns in self.terms.items():
            for index, pattern in enumerate(items(patterns)):
                self.regex(pattern, ("terms", name, index))
        seen: set[str] = set()
        for index, criterion in enumerate(items(self.data.get("criteria"))):
            if isinstance(criterion, dict):
                self.check_criterion(criterion, ("criteria", index), seen)
        return self.problems

    def known_sections(self, key: str) -> None:
        for section in mapping(self.data.get(key)):
            if section not in self.sections:
                self.add((key, section), Text(
                    f"avsnittet «{section}» finns inte under sections."
                    f"{suggestion(section, self.sections, 'sv')}",
                    f"the section '{section}' is not defined under sections."
                    f"{suggestion(section, self.sections, 'en')}"), key=True)

    def check_levels(self) -> None:
        seen: set[str] = set()
        raw = items(self.data.get("levels"))
        for index, level in enumerate(raw):
            if isinstance(level, dict) and level.get("id") in seen:
                self.add(("levels", index, "id"), Text(f"nivån «{level['id']}» finns redan.",
                                                       f"the level '{level['id']}' is defined "
                                                       "twice."))
            elif isinstance(level, dict) and isinstance(level.get("id"), str):
                seen.add(level["id"])
        if raw and not any(isinstance(lv, dict) and isinstance(lv.get("points"), int)
                           for lv in raw):
            self.add(("levels",), Text("minst en nivå måste ge poäng (points: 2).",
                                       "at least one level must give points (points: 2)."))

    def check_criterion(self, criterion: dict, base: tuple, seen: set[str]) -> None:
        ident = criterion.get("id")
        if isinstance(ident, str):
            if ident in seen:
                self.add((*base, "id"), Text(f"kriteriet «{ident}» finns redan.",
                                             f"the criterion '{ident}' is defined twice."))
            seen.add(ident)
        for index, rule in enumerate(items(criterion.get("rules"))):
            if isinstance(rule, dict):
                self.level(rule.get("level"), (*base, "rules", index, "level"))
                self.condition(rule.get("when"), (*base, "rules", index, "when"))
        self.level(criterion.get("otherwise"), (*base, "otherwise"))
        for key in ("definitions", "definitions_en"):
            for level_id in mapping(criterion.get(key)):
                self.level(level_id, (*base, key, level_id), key=True)
        for index, example in enumerate(items(criterion.get("examples"))):
            if isinstance(example, dict):
                self.level(example.get("level"), (*base, "examples", index, "level"))

    def condition(self, condition, path: tuple) -> None:
        if not isinstance(condition, dict):
            return
        for combinator in ("all", "any"):
            for index, child in enumerate(items(condition.get(combinator))):
                self.condition(child, (*path, combinator, index))
        if "not" in condition:
            self.condition(condition["not"], (*path, "not"))
        if "kind" not in condition:
            return
        for option in ("section", "skip_sections"):
            refs = condition.get(option, [])
            for index, ref in enumerate([refs] if isinstance(refs, str) else items(refs)):
                if isinstance(ref, str) and ref not in self.sections:
                    where = (*path, option) if isinstance(refs, str) else (*path, option, index)
                    self.add(where, Text(f"avsnittet «{ref}» finns inte under sections."
                                         f"{suggestion(ref, self.sections, 'sv')}",
                                         f"the section '{ref}' is not defined under sections."
                                         f"{suggestion(ref, self.sections, 'en')}"))
        self.patterns({k: v for k, v in condition.items() if k in PATTERN_OPTIONS}, path)

    def patterns(self, options: dict, path: tuple) -> None:
        """Every expression of `options` compiles, and every `@name` is a term list."""
        for option, value in options.items():
            for index, pattern in enumerate(items(value)):
                if isinstance(pattern, str) and pattern.startswith("@"):
                    name = pattern[1:]
                    if name not in self.terms:
                        self.add((*path, option, index),
                                 Text(f"termlistan «{name}» finns inte under terms."
                                      f"{suggestion(name, self.terms, 'sv')}",
                                      f"the term list '{name}' is not defined under terms."
                                      f"{suggestion(name, self.terms, 'en')}"))
                else:
                    self.regex(pattern, (*path, option, index))


def semantic_problems(data: dict, where: Where) -> list[Problem]:
    """Every reference in a (resolved) checklist that points at nothing."""
    return _Checker(data, where).run()
