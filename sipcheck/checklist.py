"""Checklists: load a YAML checklist, validate it against the JSON Schema, resolve it.

A checklist is data, not code: levels, section aliases, and criteria whose rules map
checks (by `kind`) to levels. Loading validates everything a mistake could break
(schema, unknown levels, unknown sections, unknown terms, regular expressions that do not
compile, duplicate ids) and reports every problem at once as `file:line:column`, so a
broken checklist is refused before any plan is read.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from pathlib import Path

import yaml

from sipcheck.checklist_errors import Problem, locate, positions, translate
from sipcheck.errors import SipcheckError
from sipcheck.vocabulary import DEFAULT_PLACEHOLDERS, Vocabulary

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
DEFAULT_CHECKLIST = "kvalitetskollen"
# Options whose values are lists of regular expressions (and may name terms with '@').
PATTERN_OPTIONS = {"patterns", "near", "exclude", "generic", "who", "principal", "vague",
                   "lines_matching", "roles", "organisations", "relations", "self"}


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

    def level(self, level_id: str) -> Level:
        return next(level for level in self.levels if level.id == level_id)

    @property
    def max_points(self) -> int:
        return max(level.points for level in self.levels if level.points is not None)

    @property
    def fulfilled(self) -> Level:
        """The best level: the one a criterion's share of fulfilling plans counts."""
        return max((lv for lv in self.levels if lv.points is not None), key=lambda lv: lv.points)

    def vocabulary(self) -> Vocabulary:
        return Vocabulary(self.sections, self.field_labels, self.placeholders)


@cache
def schema() -> dict:
    """The checklist JSON Schema shipped in the package."""
    return json.loads((files("sipcheck") / "schema" / "checklist.schema.json").read_text("utf-8"))


def bundled_names() -> list[str]:
    return sorted(p.name[:-5] for p in files("sipcheck.checklists").iterdir()
                  if p.name.endswith(".yaml"))


def resolve_source(name_or_path: str) -> tuple[str, str]:
    """(display name, YAML text) for a bundled checklist name or a file path."""
    if name_or_path in bundled_names():
        resource = files("sipcheck.checklists") / f"{name_or_path}.yaml"
        return f"{name_or_path}.yaml", resource.read_text("utf-8")
    path = Path(name_or_path)
    if not path.is_file():
        names = ", ".join(bundled_names())
        raise SipcheckError(
            f"Checklistan «{name_or_path}» finns inte. Ange en inbyggd checklista ({names}) "
            "eller sökvägen till en .yaml-fil.",
            f"The checklist '{name_or_path}' does not exist. Give a bundled checklist "
            f"({names}) or the path to a .yaml file.")
    try:
        return str(path), path.read_text("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise SipcheckError(f"{path}: checklistan kan inte läsas ({exc}).",
                            f"{path}: the checklist cannot be read ({exc}).") from exc


def validate_text(text: str, file: str) -> tuple[dict | None, list[Problem]]:
    """Parses and validates a checklist; returns the data and every problem found."""
    try:
        data = yaml.safe_load(text)
        where = positions(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        return None, [Problem(file, line, column, f"YAML-fel: {exc.problem}.",
                              f"YAML error: {exc.problem}.")]
    if not isinstance(data, dict):
        return None, [Problem(file, 1, 1, "checklistan ska vara en YAML-mappning med nycklar "
                              "som id, title och criteria.", "a checklist must be a YAML "
                              "mapping with keys such as id, title and criteria.")]
    from jsonschema import Draft202012Validator

    validator = Draft202012Validator(schema())
    problems = [translate(error, where, file) for error in _leaf_errors(validator, data)]
    if not problems:
        problems = _semantic_problems(data, where, file)
    return data, sorted(set(problems), key=lambda p: (p.line, p.column, p.message))


def _leaf_errors(validator, data) -> list:
    """The most specific schema errors: for if/then branches, the errors inside them."""
    found = []
    for error in validator.iter_errors(data):
        found.extend(_leaves(error))
    return found


def _leaves(error) -> list:
    if error.context:
        return [leaf for child in error.context for leaf in _leaves(child)]
    return [error]


def _semantic_problems(data: dict, where: dict, file: str) -> list[Problem]:
    problems: list[Problem] = []

    def add(path: tuple, sv: str, en: str, key: bool = False) -> None:
        line, column = locate(where, path, key=key)
        problems.append(Problem(file, line, column, sv, en))

    level_ids = [lv["id"] for lv in data.get("levels") or DEFAULT_LEVELS]
    sections = set(data.get("sections", {}))
    terms = data.get("terms", {})
    for name, patterns in terms.items():
        for index, pattern in enumerate(patterns):
            _check_regex(pattern, ("terms", name, index), add)
    seen: set[str] = set()
    for index, criterion in enumerate(data["criteria"]):
        base = ("criteria", index)
        if criterion["id"] in seen:
            add((*base, "id"), f"kriteriet «{criterion['id']}» finns redan.",
                f"the criterion '{criterion['id']}' is defined twice.")
        seen.add(criterion["id"])
        for rule_index, rule in enumerate(criterion["rules"]):
            if rule["level"] not in level_ids:
                add((*base, "rules", rule_index, "level"),
                    f"nivån «{rule['level']}» är inte definierad; välj en av: "
                    f"{', '.join(level_ids)}.",
                    f"the level '{rule['level']}' is not defined; choose one of: "
                    f"{', '.join(level_ids)}.")
            _check_condition(rule["when"], (*base, "rules", rule_index, "when"),
                             sections, terms, add)
        if "otherwise" in criterion and criterion["otherwise"] not in level_ids:
            add((*base, "otherwise"), f"nivån «{criterion['otherwise']}» är inte definierad.",
                f"the level '{criterion['otherwise']}' is not defined.")
        for key in ("definitions", "definitions_en"):
            for level_id in criterion.get(key, {}):
                if level_id not in level_ids:
                    add((*base, key, level_id), f"nivån «{level_id}» är inte definierad.",
                        f"the level '{level_id}' is not defined.", key=True)
    return problems


def _check_condition(condition: dict, path: tuple, sections: set, terms: dict, add) -> None:
    for combinator in ("all", "any"):
        for index, child in enumerate(condition.get(combinator, [])):
            _check_condition(child, (*path, combinator, index), sections, terms, add)
    if "not" in condition:
        _check_condition(condition["not"], (*path, "not"), sections, terms, add)
    if "kind" not in condition:
        return
    for option in ("section", "skip_sections"):
        refs = condition.get(option, [])
        for ref in [refs] if isinstance(refs, str) else refs:
            if ref not in sections:
                add((*path, option), f"avsnittet «{ref}» finns inte under sections.",
                    f"the section '{ref}' is not defined under sections.")
    for option, value in condition.items():
        if option not in PATTERN_OPTIONS or not isinstance(value, list):
            continue
        for index, pattern in enumerate(value):
            if pattern.startswith("@"):
                if pattern[1:] not in terms:
                    add((*path, option, index), f"termlistan «{pattern[1:]}» finns inte under "
                        "terms.", f"the term list '{pattern[1:]}' is not defined under terms.")
                continue
            _check_regex(pattern, (*path, option, index), add)


def _check_regex(pattern: str, path: tuple, add) -> None:
    try:
        re.compile(pattern)
    except re.error as exc:
        add(path, f"det reguljära uttrycket «{pattern}» går inte att tolka: {exc.msg}.",
            f"the regular expression '{pattern}' does not compile: {exc.msg}.")


def _resolve_terms(value, terms: dict):
    """Replaces '@name' items in pattern lists by the term list `name`."""
    if isinstance(value, dict):
        return {k: (_expand(v, terms) if k in PATTERN_OPTIONS and isinstance(v, list)
                    else _resolve_terms(v, terms)) for k, v in value.items()}
    if isinstance(value, list):
        return [_resolve_terms(item, terms) for item in value]
    return value


def _expand(patterns: list[str], terms: dict) -> list[str]:
    out: list[str] = []
    for pattern in patterns:
        out.extend(terms[pattern[1:]] if pattern.startswith("@") else [pattern])
    return out


def load_checklist(name_or_path: str = DEFAULT_CHECKLIST) -> Checklist:
    """Loads and validates a checklist; raises SipcheckError listing every problem."""
    file, text = resolve_source(name_or_path)
    data, problems = validate_text(text, file)
    if problems:
        raise SipcheckError(
            f"Checklistan {file} är ogiltig ({len(problems)} fel):",
            f"The checklist {file} is invalid ({len(problems)} "
            f"{'problem' if len(problems) == 1 else 'problems'}):",
            details=[p.text("sv") for p in problems], details_en=[p.text("en") for p in problems])
    return build(data, file)


def build(data: dict, source: str) -> Checklist:
    """A Checklist from validated data."""
    terms = data.get("terms", {})
    levels = [Level(lv["id"], lv["label"], lv.get("label_en", lv["label"]), lv.get("points"),
                    lv.get("symbol", lv["label"][:1]), lv.get("color", "default"))
              for lv in data.get("levels") or DEFAULT_LEVELS]
    lowest = min((lv for lv in levels if lv.points is not None), key=lambda lv: lv.points)
    criteria = []
    for raw in data["criteria"]:
        rules = [Rule(r["level"], _resolve_terms(r["when"], terms), r.get("reason", ""),
                      r.get("reason_en", "")) for r in raw["rules"]]
        criteria.append(Criterion(
            id=raw["id"], title=raw["title"], title_en=raw.get("title_en", raw["title"]),
            short=raw.get("short", raw["id"]), short_en=raw.get("short_en", raw.get("short",
                                                                                raw["id"])),
            rules=rules, otherwise=raw.get("otherwise", lowest.id),
            weight=raw.get("weight", 1), statutory=raw.get("statutory", False),
            definitions=raw.get("definitions", {}), definitions_en=raw.get("definitions_en", {}),
            guidance=raw.get("guidance", ""), guidance_en=raw.get("guidance_en", ""),
            otherwise_reason=raw.get("otherwise_reason", ""),
            otherwise_reason_en=raw.get("otherwise_reason_en", "")))
    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return Checklist(
        id=data["id"], version=str(data.get("version", "")), title=data["title"],
        title_en=data.get("title_en", data["title"]), levels=levels,
        sections={k: list(v) for k, v in data.get("sections", {}).items()},
        criteria=criteria, field_labels=list(data.get("field_labels", [])),
        placeholders=list(data.get("placeholders", DEFAULT_PLACEHOLDERS)),
        min_sections=data.get("not_a_plan", {}).get("min_sections", 3), source=source,
        sha256=hashlib.sha256(canonical.encode("utf-8")).hexdigest())
