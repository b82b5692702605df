"""Checklists: load a YAML checklist, resolve `extends`, validate it, build it.

A checklist is data, not code: levels, section aliases, and criteria whose rules map
checks (by `kind`) to levels. Loading validates everything a mistake could break (YAML
syntax and duplicate keys, the JSON Schema, levels, sections, terms, regular expressions,
ids, parents that are missing or form a cycle) and reports every problem at once as
`file:line:column`, so a broken checklist is refused before any plan is read.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from importlib.resources import files
from pathlib import Path

import yaml

from sipcheck.checklist.extends import Resolved, merge, standalone_problems
from sipcheck.checklist.model import Checklist, Criterion, Example, Level, Rule
from sipcheck.checklist.problems import (
    Problem,
    locate,
    node_positions,
    problem_at,
    schema_problems,
)
from sipcheck.checklist.semantics import DEFAULT_LEVELS, PATTERN_OPTIONS, semantic_problems
from sipcheck.checklist.sources import (
    Source,
    open_source,
    parent_source,
)
from sipcheck.checklist.yaml_limits import PYTHON, SHIPPED, YamlLimit, read_yaml
from sipcheck.checklist.yaml_problems import duplicate_keys, yaml_problem
from sipcheck.text import SipcheckError, Text, without_controls_in
from sipcheck.vocabulary import DEFAULT_PLACEHOLDERS

DEFAULT_CHECKLIST = "kvalitetskollen"


@cache
def schema() -> dict:
    """The checklist JSON Schema shipped in the package."""
    return json.loads((files("sipcheck.checklist") / "checklist.schema.json").read_text("utf-8"))


@cache
def _validator():
    from jsonschema import Draft202012Validator

    return Draft202012Validator(schema())


def resolve_source(name_or_path: str) -> tuple[str, str]:
    """(display name, YAML text) for a bundled checklist name or a file path."""
    source = open_source(name_or_path)
    return source.name, source.text


def resolve_checklist(name_or_path: str) -> Resolved:
    """A checklist with its parents merged in, and every problem in it or them."""
    return _resolve(open_source(name_or_path), ())


def validate_file(name_or_path: str) -> tuple[dict | None, list[Problem]]:
    """The resolved data and every problem of a checklist file or bundled name."""
    resolved = resolve_checklist(name_or_path)
    return resolved.data, resolved.problems


def validate_text(text: str, file: str) -> tuple[dict | None, list[Problem]]:
    """Parses and validates checklist text (relative `extends` start at `file`'s folder)."""
    resolved = _resolve(Source(file, text, str(Path(file).resolve()), Path(file).parent), ())
    return resolved.data, resolved.problems


_BUNDLED: dict[tuple[str, str], Resolved] = {}


def _resolve(source: Source, chain: tuple[tuple[str, str], ...],
             read: list[tuple[str, Source]] | None = None) -> Resolved:
    """Parse, check against the schema, merge into the parent, check the references.
    `chain` holds (key, name) of the checklists that extend this one, to find cycles;
    `read` gets (the `extends` value, the parent's source) of every parent read."""
    cache_key = (source.key, hashlib.sha256(source.text.encode("utf-8")).hexdigest())
    if source.folder is None and cache_key in _BUNDLED:
        return _BUNDLED[cache_key]
    data, root, problems = _parse(source)
    if data is None:
        return Resolved(None, {}, problems)
    where = node_positions(root, source.name)
    problems += schema_problems(_validator().iter_errors(data), where, data)
    resolved = Resolved(data, where)
    if isinstance(data.get("extends"), str) and data["extends"]:
        parent = _parent(data["extends"], source, (*chain, (source.key, source.name)), where,
                         read)
        if isinstance(parent, Problem):
            return Resolved(None, where, _ordered([*problems, parent], source.name))
        parent_name, parent = parent
        if parent.data is None:
            return Resolved(None, where, _ordered([*problems, *parent.problems], source.name))
        resolved = merge(parent, data, where, parent_name)
        problems += resolved.problems
    else:
        problems += standalone_problems(data, where)
    try:
        problems += semantic_problems(resolved.data, resolved.where)
    except (TypeError, KeyError, AttributeError, ValueError):
        if not problems:  # only data the schema already complained about may trip it
            raise
    resolved.problems = _ordered(problems, source.name)
    if resolved.problems:
        resolved.data = None
    elif source.folder is None:
        _BUNDLED[cache_key] = resolved
    return resolved


def _parent(value: str, child: Source, chain: tuple[tuple[str, str], ...],
            where, read: list[tuple[str, Source]] | None = None) -> tuple[str, Resolved] | Problem:
    """(name, resolved parent), or the problem at the child's `extends` line."""
    found = parent_source(value, child)
    if isinstance(found, Text):
        return problem_at(where, ("extends",), found)
    if read is not None:
        read.append((value, found))
    keys = [key for key, _ in chain]
    if found.key in keys:
        loop = " → ".join([name for _, name in chain[keys.index(found.key):]] + [found.name])
        return problem_at(where, ("extends",), Text(f"extends bildar en cirkel: {loop}.",
                                                    f"extends forms a cycle: {loop}."))
    return found.name, _resolve(found, chain, read)


def _parse(source: Source) -> tuple[dict | None, yaml.Node | None, list[Problem]]:
    """The data, the node tree (for positions) and syntax problems, from one parse."""
    def read(loader, root):
        problems = duplicate_keys(root, source.name)  # before `<<` merges rewrite it
        data = loader.construct_document(root) if root is not None else None
        return without_controls_in(data), root, problems  # "\e]0;…" reaches no terminal

    try:  # within the limits of characters, size, depth and aliases written out
        data, root, problems = read_yaml(
            source.text, read, SHIPPED if source.folder is None else PYTHON)
    except yaml.YAMLError as exc:
        return None, None, [yaml_problem(exc, source.text, source.name)]
    except YamlLimit as exc:
        return None, None, [Problem(source.name, exc.line, exc.column, exc.message)]
    # A file that is no checklist at all (not a mapping, or none of a checklist's keys) gets
    # one problem and nothing of its content echoed back as unknown keys.
    if not isinstance(data, dict) or not set(map(str, data)) & set(schema()["properties"]):
        return None, None, [Problem(
            source.name, 1, 1, Text("checklistan ska vara en YAML-mappning med nycklar som id, "
                                    "title och criteria.",
                                    "a checklist must be a YAML mapping with keys such as id, "
                                    "title and criteria."))]
    return data, root, problems


def _ordered(problems: list[Problem], first_file: str) -> list[Problem]:
    unique = list(dict.fromkeys(problems))
    return sorted(unique, key=lambda p: (p.file != first_file, p.file, p.line, p.column,
                                         p.message.sv))


def load_checklist(name_or_path: str = DEFAULT_CHECKLIST) -> Checklist:
    """Loads and validates a checklist; raises SipcheckError listing every problem."""
    return load_source(open_source(name_or_path))[0]


def load_source(source: Source, read: list[tuple[str, Source]] | None = None,
                ) -> tuple[Checklist, Resolved]:
    """`load_checklist` of a source, with what was resolved (`read`: see `_resolve`)."""
    resolved = _resolve(source, (), read)
    problems = resolved.problems
    if problems:
        raise SipcheckError(
            Text(f"Checklistan {source.name} är ogiltig ({len(problems)} fel):",
                 f"The checklist {source.name} is invalid ({len(problems)} "
                 f"{'problem' if len(problems) == 1 else 'problems'}):"),
            details=[p.as_text() for p in problems])
    return build(resolved.data, source.name, resolved), resolved


def build(data: dict, source: str, resolved: Resolved | None = None) -> Checklist:
    """A Checklist from validated (resolved) data."""
    terms = data.get("terms", {})
    levels = [Level(lv["id"], lv["label"], lv.get("label_en", lv["label"]), lv.get("points"),
                    lv.get("symbol", lv["label"][:1]), lv.get("color", "default"))
              for lv in data.get("levels") or DEFAULT_LEVELS]
    lowest = min((lv for lv in levels if lv.points is not None), key=lambda lv: lv.points)
    where = resolved.where if resolved else {}
    criteria = []
    for index, raw in enumerate(data["criteria"]):
        rules = [Rule(r["level"], _resolve_terms(r["when"], terms), r.get("reason", ""),
                      r.get("reason_en", "")) for r in raw["rules"]]
        short = raw.get("short", raw["id"])
        criteria.append(Criterion(
            id=raw["id"], title=raw["title"], title_en=raw.get("title_en", raw["title"]),
            short=short, short_en=raw.get("short_en", short),
            rules=rules, otherwise=raw.get("otherwise", lowest.id),
            weight=raw.get("weight", 1), statutory=raw.get("statutory", False),
            definitions=raw.get("definitions", {}), definitions_en=raw.get("definitions_en", {}),
            guidance=raw.get("guidance", ""), guidance_en=raw.get("guidance_en", ""),
            otherwise_reason=raw.get("otherwise_reason", ""),
            otherwise_reason_en=raw.get("otherwise_reason_en", ""),
            examples=_examples(raw, index, where, source)))
    return Checklist(
        id=data["id"], version=str(data.get("version", "")), title=data["title"],
        title_en=data.get("title_en", data["title"]), levels=levels,
        sections={k: list(v) for k, v in data.get("sections", {}).items()},
        criteria=criteria, field_labels=list(data.get("field_labels", [])),
        placeholders=list(data.get("placeholders", DEFAULT_PLACEHOLDERS)),
        min_sections=data.get("not_a_plan", {}).get("min_sections", 3), source=source,
        sha256=checklist_sha256(data), description=data.get("description", ""),
        extends=list(resolved.chain) if resolved else [],
        cues={k: list(v) for k, v in data.get("cues", {}).items()},
        gather={k: {option: _expand(list(v), terms) for option, v in rule.items()}
                for k, rule in data.get("gather", {}).items()},
        form_text=_expand(list(data.get("form_text", [])), terms),
        heading_labels=list(data.get("heading_labels", [])),
        person_sections=list(data.get("person_sections", [])),
        example_rows=_expand(list(data.get("example_rows", [])), terms),
        references=_expand(list(data.get("references", [])), terms),
        other_documents=_expand(list(data.get("not_a_plan", {}).get("titles", [])), terms),
        core_sections=list(data.get("not_a_plan", {}).get("core_sections", [])),
        plan_titles=_expand(list(data.get("not_a_plan", {}).get("plan_titles", [])), terms),
        this_meeting={key: _expand(list(patterns), terms)
                      for key, patterns in data.get("this_meeting", {}).items()})


def checklist_sha256(data: dict) -> str:
    """The hash of what judges plans: the resolved checklist without its examples."""
    judged = {**data, "criteria": [{k: v for k, v in c.items() if k != "examples"}
                                   for c in data["criteria"]]}
    canonical = json.dumps(judged, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _examples(raw: dict, index: int, where: dict, source: str) -> list[Example]:
    out = []
    for number, example in enumerate(raw.get("examples", []), start=1):
        file, line, column = locate(where, ("criteria", index, "examples", number - 1)) \
            if where else (source, 0, 0)
        out.append(Example(example.get("name") or f"{raw['id']}-{number}", example["level"],
                           example["plan"], example.get("why", ""), file, line, column))
    return out


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
