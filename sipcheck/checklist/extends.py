"""`extends`: a checklist built on another one, and where each resolved value came from.

A county keeps its own file small: `extends: kvalitetskollen` (a bundled name) or
`extends: ./lan.yaml` (a path relative to the file), then only what differs:

- `criteria`: an inherited id changes only the keys written (a child's `rules` replaces the
  parent's rules, and the parent's examples of that criterion then no longer apply unless
  the child gives its own `examples`); `disable: true` removes the criterion; a new id is
  added last and needs `title` and `rules`.
- `sections`, `cues`, `terms`, `gather`: lists are extended (new aliases, new expressions);
  new names added.
- `field_labels`, `placeholders`, `form_text`, `references`, `heading_labels`,
  `example_rows`: extended.
  `levels`: merged by id. `not_a_plan`: merged.
- `id`, `title`, `title_en`, `version`, `description` are the child's own, never inherited.

Merging also maps every resolved path to the file, line and column it was written at, so
a problem found in the resolved checklist points into the file that caused it.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field

from sipcheck.checklist.problems import KEY, Problem, Where, problem_at, suggestion
from sipcheck.checklist.semantics import DEFAULT_LEVELS, items, mapping
from sipcheck.text import Text
from sipcheck.vocabulary import DEFAULT_PLACEHOLDERS

OWN_KEYS = ("id", "version", "title", "title_en", "description")


@dataclass
class Resolved:
    """A checklist after `extends`: its data, where each part was written, its problems."""

    data: dict | None
    where: Where = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    chain: list[str] = field(default_factory=list)  # parents' names, nearest first


class _Positions:
    """Builds the resolved `where` from the parent's and the child's."""

    def __init__(self, parent: Where, child: Where) -> None:
        self.out: Where = {}
        self.index = {"parent": _by_prefix(parent), "child": _by_prefix(child)}

    def graft(self, side: str, src: tuple, dst: tuple, skip: set | frozenset = frozenset()):
        for path, pos in self.index[side].get(src, ()):
            rest = path[len(src):]
            if not (rest and rest[0] in skip):
                self.out[dst + rest] = pos

    def point(self, side: str, src: tuple, dst: tuple) -> None:
        """Only the node itself and its key, not what is under it."""
        for path, pos in self.index[side].get(src, ()):
            rest = path[len(src):]
            if rest in ((), (KEY,)):
                self.out[dst + rest] = pos


def _by_prefix(where: Where) -> dict[tuple, list]:
    """Entries bucketed by their first one to three path parts (and the empty prefix)."""
    buckets: dict[tuple, list] = {}
    for path, pos in where.items():
        for size in range(0, min(len(path), 3) + 1):
            buckets.setdefault(path[:size], []).append((path, pos))
    return buckets


def merge(parent: Resolved, child: dict, child_where: Where, parent_name: str) -> Resolved:
    """The child's data laid over the (valid) resolved parent."""
    base = copy.deepcopy(parent.data)
    pos = _Positions(parent.where, child_where)
    problems: list[Problem] = []
    out: dict = {}
    pos.point("child", (), ())
    for key in OWN_KEYS:
        if key in child:
            out[key] = child[key]
            pos.graft("child", (key,), (key,))
    for key in ("sections", "terms", "cues"):
        if key in base or key in child:
            out[key] = _merge_lists(base.get(key, {}), child.get(key), key, pos)
    if "gather" in base or "gather" in child:
        pos.graft("parent", ("gather",), ("gather",))
        gathered = {name: dict(rule) for name, rule in mapping(base.get("gather")).items()}
        for name, rule in mapping(child.get("gather")).items():
            gathered[name] = _merge_lists(gathered.get(name, {}), rule, ("gather", name), pos)
        out["gather"] = gathered
    for key, default in (("field_labels", []), ("placeholders", list(DEFAULT_PLACEHOLDERS)),
                         ("form_text", []), ("references", []), ("heading_labels", []),
                         ("example_rows", []), ("person_sections", [])):
        if key in base or key in child:
            out[key] = _merge_list(base.get(key, default), child.get(key), (key,), pos)
    if "levels" in base or "levels" in child:
        out["levels"] = _merge_levels(base.get("levels") or copy.deepcopy(DEFAULT_LEVELS),
                                      child.get("levels"), pos, problems, child_where)
    for key in ("not_a_plan", "this_meeting"):
        if key in base or key in child:
            pos.graft("parent", (key,), (key,))
            pos.graft("child", (key,), (key,))
            out[key] = {**mapping(base.get(key)), **mapping(child.get(key))}
    out["criteria"] = _merge_criteria(items(base.get("criteria")), child.get("criteria"), pos,
                                      problems, child_where, parent_name)
    return Resolved(out, pos.out, problems, [parent_name, *parent.chain])


def standalone_problems(data: dict, where: Where) -> list[Problem]:
    """`disable` in a checklist that extends nothing has nothing to remove."""
    problems = []
    for index, criterion in enumerate(items(data.get("criteria"))):
        if isinstance(criterion, dict) and "disable" in criterion:
            name = criterion.get("id") if isinstance(criterion.get("id"), str) else index + 1
            problems.append(problem_at(
                where, ("criteria", index, "disable"),
                Text(f"criteria[{name}].disable: disable tar bort ett ärvt kriterium och gäller "
                     "bara i en checklista med extends; ta bort raden eller lägg till extends.",
                     f"criteria[{name}].disable: disable removes an inherited criterion and only "
                     "applies in a checklist with extends; remove the line or add extends."),
                key=True))
    return problems


def _merge_list(base: list, extra, path: tuple, pos: _Positions) -> list:
    pos.graft("parent", path, path)
    result = list(items(base))
    if extra is None:
        return result
    pos.point("child", path, path)
    for index, value in enumerate(items(extra)):
        if value not in result:
            pos.graft("child", (*path, index), (*path, len(result)))
            result.append(value)
    return result


def _merge_lists(base: dict, extra, key: str | tuple, pos: _Positions) -> dict:
    path = key if isinstance(key, tuple) else (key,)
    pos.graft("parent", path, path)
    result = {name: list(values) for name, values in mapping(base).items()}
    if extra is not None:
        pos.point("child", path, path)
    for name, values in mapping(extra).items():
        if name in result:
            result[name] = _merge_list(result[name], values, (*path, name), pos)
        else:
            pos.graft("child", (*path, name), (*path, name))
            result[name] = values
    return result


def _merge_levels(base: list, extra, pos: _Positions, problems: list[Problem],
                  child_where: Where) -> list:
    pos.graft("parent", ("levels",), ("levels",))
    result = [dict(level) for level in base]
    if extra is not None:
        pos.point("child", ("levels",), ("levels",))
    by_id = {level.get("id"): index for index, level in enumerate(result)}
    for index, level in enumerate(items(extra)):
        if not isinstance(level, dict) or not isinstance(level.get("id"), str):
            continue
        target = by_id.get(level["id"])
        if target is None:
            if "label" not in level:
                problems.append(problem_at(
                    child_where, ("levels", index),
                    Text(f"levels[{level['id']}]: nyckeln «label» saknas; en ny nivå behöver "
                         "label.",
                         f"levels[{level['id']}]: the key 'label' is missing; a new level needs a "
                         "label.")))
            target = by_id[level["id"]] = len(result)
            result.append({})
        result[target].update(level)
        pos.graft("child", ("levels", index), ("levels", target))
    return result


def _merge_criteria(base: list, extra, pos: _Positions, problems: list[Problem],
                    child_where: Where, parent_name: str) -> list:
    # Each entry: (data, parent index or None, child index or None, keys the child wrote)
    entries: list[list] = [[dict(c), index, None, set()] for index, c in enumerate(base)]
    by_id = {c.get("id"): index for index, c in enumerate(base)}
    inherited = [c.get("id") for c in base]
    seen: set[str] = set()

    def add(path: tuple, message: Text) -> None:
        problems.append(problem_at(child_where, path, message))

    for index, raw in enumerate(items(extra)):
        if not isinstance(raw, dict) or not isinstance(raw.get("id"), str):
            continue
        ident, here = raw["id"], ("criteria", index)
        if ident in seen:
            add((*here, "id"), Text(f"kriteriet «{ident}» finns redan.",
                                    f"the criterion '{ident}' is defined twice."))
            continue
        seen.add(ident)
        own = {k: v for k, v in raw.items() if k != "disable"}
        target = by_id.get(ident)
        if target is not None:
            entry = entries[target]
            if raw.get("disable") is True:
                entry[0] = None
                continue
            entry[0].update(own)
            if "rules" in raw and "examples" not in raw:
                entry[0].pop("examples", None)
            entry[2], entry[3] = index, set(raw)
            continue
        hint_sv, hint_en = (suggestion(ident, inherited, lang) for lang in ("sv", "en"))
        if raw.get("disable") is True:
            add(here, Text(f"criteria[{ident}]: kriteriet finns inte i {parent_name} och kan inte "
                           f"stängas av.{hint_sv}",
                           f"criteria[{ident}]: the criterion is not in {parent_name} and cannot "
                           f"be disabled.{hint_en}"))
            continue
        missing = [key for key in ("title", "rules") if key not in raw]
        if missing:
            keys = " och ".join(f"«{k}»" for k in missing)
            keys_en = " and ".join(f"'{k}'" for k in missing)
            add(here, Text(f"criteria[{ident}]: {'nycklarna' if len(missing) > 1 else 'nyckeln'} "
                           f"{keys} saknas. «{ident}» finns inte i {parent_name}, så det är ett "
                           "nytt kriterium, och ett nytt kriterium behöver title och "
                           f"rules.{hint_sv}",
                           f"criteria[{ident}]: the {'keys' if len(missing) > 1 else 'key'} "
                           f"{keys_en} {'are' if len(missing) > 1 else 'is'} missing. '{ident}' is "
                           f"not in {parent_name}, so it is a new criterion, and a new criterion "
                           f"needs a title and rules.{hint_en}"))
        entries.append([own, None, index, set(raw)])
    result = []
    for data, parent_index, child_index, written in entries:
        if data is None:
            continue
        dst = ("criteria", len(result))
        if parent_index is not None:
            pos.graft("parent", ("criteria", parent_index), dst, skip=written)
        if child_index is not None:
            pos.point("child", ("criteria", child_index), dst)
            for key in written:
                pos.graft("child", ("criteria", child_index, key), (*dst, key))
        result.append(data)
    return result
