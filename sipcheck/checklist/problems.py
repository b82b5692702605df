"""Checklist problems as `file:line:column: message`, in Swedish or English.

The people who maintain a checklist are SIP experts editing YAML by hand. A problem must
point at the line to change and say what is wrong in words they use: PyYAML's syntax
errors and jsonschema's errors are translated here, positioned through the YAML node tree,
and name the place as a person finds it (`criteria[syfte].rules[2].when`, counting from 1).
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

import yaml

from sipcheck.text import Text
from sipcheck.text.words import JSON_TYPES, words


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    column: int
    message: Text

    def text(self, lang: str = "sv") -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.message.pick(lang)}"

    def as_text(self) -> Text:
        """The whole line, `file:line:column: message`, in both languages."""
        return Text(self.text("sv"), self.text("en"))


Path_ = tuple  # a path into the loaded data: keys and list indices (0-based)
Pos = tuple[str, int, int]  # file, line, column (1-based)
Where = dict[Path_, Pos]
KEY = "__key__"  # (*path, KEY) is the position of the key naming `path`


def positions(text: str) -> dict[Path_, tuple[int, int]]:
    """Line and column (1-based) of every key and value in a YAML text, by data path."""
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    return {path: pos[1:] for path, pos in node_positions(root, "").items()}


def node_positions(root: yaml.Node | None, file: str) -> Where:
    """Where every key and value of a composed YAML document is, by data path."""
    found: Where = {}

    def walk(node: yaml.Node, path: Path_, depth: int) -> None:
        found.setdefault(path, (file, node.start_mark.line + 1, node.start_mark.column + 1))
        if depth > 100:  # an anchor that contains itself
            return
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                child = (*path, key_node.value)
                found[(*child, KEY)] = (file, key_node.start_mark.line + 1,
                                        key_node.start_mark.column + 1)
                walk(value_node, child, depth + 1)
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                walk(item, (*path, index), depth + 1)

    if root is not None:
        walk(root, (), 0)
    return found


def locate(where: dict, path: Path_, key: bool = False) -> tuple:
    """The position of `path` (of its key with `key`), or of its nearest enclosing node:
    as stored in `where`, (file, line, column) or, from `positions`, (line, column)."""
    path = tuple(path)
    if key and (*path, KEY) in where:
        return where[(*path, KEY)]
    while path not in where and path:
        path = path[:-1]
    return where.get(path) or next(iter(where.values()), (1, 1))


def problem_at(where: Where, path: Path_, message: Text, key: bool = False) -> Problem:
    return Problem(*locate(where, path, key), message)


def human_path(path: Path_, data) -> str:
    """`criteria[syfte].rules[2].when` for ("criteria", 0, "rules", 1, "when"): criteria
    and levels by id, other list items counted from 1."""
    out, node = "", data
    for depth, part in enumerate(path):
        if isinstance(part, int):
            item = node[part] if isinstance(node, list) and part < len(node) else None
            label = str(part + 1)
            if depth == 1 and path[0] in ("criteria", "levels") and isinstance(item, dict) \
                    and isinstance(item.get("id"), str) and item["id"]:
                label = item["id"]
            out += f"[{label}]"
            node = item
        else:
            out += f".{part}" if out else str(part)
            node = node.get(part) if isinstance(node, dict) else None
    return out


def suggestion(word: str, options, lang: str) -> str:
    """' Menade du «x»?' for the nearest option, or ''."""
    close = difflib.get_close_matches(str(word), [str(o) for o in options], 1)
    if not close:
        return ""
    return f" Did you mean '{close[0]}'?" if lang == "en" else f" Menade du «{close[0]}»?"


# --- JSON Schema -----------------------------------------------------------------------------


def _type_words(expected: str | list[str], lang: str) -> str:
    names = [expected] if isinstance(expected, str) else list(expected)
    types = words(JSON_TYPES, lang)
    return (" or " if lang == "en" else " eller ").join(types.get(n, n) for n in names)


def schema_problems(errors, where: Where, data) -> list[Problem]:
    """Every jsonschema error, translated; alternatives (`oneOf`) as one problem."""
    out: list[Problem] = []
    for error in errors:
        out.extend(_translate_tree(error, where, data))
    return out


def translate(error, where: dict, file: str) -> list[Problem]:
    """A jsonschema error as problems, for a `where` from `positions` (line, column) and
    paths written with dots (`plans.0.criteria`): the form round files use. Of
    alternatives (`oneOf`: a score is null or an object), the problems of the one that
    came closest, not that the value is not null."""
    placed = {path: (file, *pos) for path, pos in where.items()}
    if not error.context:
        return translate_error(error, placed, None, dotted=True)
    leaves = _leaves(error)
    closest = [leaf for leaf in leaves if not (leaf.validator == "type"
                                               and leaf.absolute_path == error.absolute_path)]
    return [p for leaf in (closest or leaves[:1])
            for p in translate_error(leaf, placed, None, dotted=True)]


def _translate_tree(error, where: Where, data) -> list[Problem]:
    if not error.context:
        return translate_error(error, where, data)
    leaves = [leaf for leaf in _leaves(error)]
    if all(leaf.validator == "type" and leaf.absolute_path == error.absolute_path
           for leaf in leaves):
        types = [t for leaf in leaves for t in (
            [leaf.validator_value] if isinstance(leaf.validator_value, str)
            else leaf.validator_value)]
        return [_type_problem(tuple(error.absolute_path), types, where, data)]
    return [p for leaf in leaves for p in translate_error(leaf, where, data)]


def _leaves(error) -> list:
    if error.context:
        return [leaf for child in error.context for leaf in _leaves(child)]
    return [error]


def _type_problem(path: Path_, expected, where: Where, data, dotted: bool = False) -> Problem:
    name = ".".join(str(p) for p in path) if dotted else human_path(path, data)
    sv_name, en_name = name or "(roten)", name or "(root)"
    return problem_at(where, path, Text(f"{sv_name} ska vara {_type_words(expected, 'sv')}.",
                                        f"{en_name} must be {_type_words(expected, 'en')}."))


def translate_error(error, where: Where, data, dotted: bool = False) -> list[Problem]:
    """One jsonschema ValidationError as positioned problems in both languages."""
    path = tuple(error.absolute_path)
    name = ".".join(str(p) for p in path) if dotted else human_path(path, data)
    sv_name, en_name = name or "(roten)", name or "(root)"
    validator, value = error.validator, error.validator_value

    def at(message: Text) -> list[Problem]:
        return [problem_at(where, path, message)]

    if validator == "additionalProperties":
        allowed = list(error.schema.get("properties", {}))
        if set(allowed) == {"all", "any", "not"}:
            return at(Text(f"{sv_name}: nyckeln «kind» saknas (eller skriv all, any eller not).",
                           f"{en_name}: the key 'kind' is missing (or write all, any or not)."))
        extra = [k for k in error.instance if k not in allowed]
        return [problem_at(where, (*path, unknown),
                           Text(f"okänd nyckel «{unknown}».{suggestion(unknown, allowed, 'sv')}",
                                f"unknown key '{unknown}'.{suggestion(unknown, allowed, 'en')}"),
                           key=True) for unknown in extra]
    if validator == "required":
        missing = error.message.split("'")[1] if "'" in error.message else str(value)
        return at(Text(f"{sv_name}: nyckeln «{missing}» saknas.",
                       f"{en_name}: the key '{missing}' is missing."))
    if validator == "type":
        return [_type_problem(path, value, where, data, dotted)]
    if validator in ("enum", "const"):
        listed = ", ".join(str(o) for o in (value if isinstance(value, list) else [value]))
        return at(Text(f"{sv_name}: «{error.instance}» är inte tillåtet; välj en av: {listed}.",
                       f"{en_name}: '{error.instance}' is not allowed; choose one of: {listed}."))
    if validator == "minimum":
        return at(Text(f"{sv_name} måste vara minst {value}.",
                       f"{en_name} must be at least {value}."))
    if validator == "exclusiveMinimum":
        return at(Text(f"{sv_name} måste vara större än {value}.",
                       f"{en_name} must be greater than {value}."))
    if validator in ("minItems", "minProperties", "minLength"):
        return at(Text(f"{sv_name} får inte vara tom.", f"{en_name} must not be empty."))
    if validator == "maxLength":
        return at(Text(f"{sv_name} får vara högst {value} tecken («{error.instance}» har "
                       f"{len(error.instance)}).",
                       f"{en_name} may be at most {value} characters ('{error.instance}' has "
                       f"{len(error.instance)})."))
    if validator == "maxProperties":
        return at(Text(f"{sv_name}: skriv bara en av all, any och not per villkor.",
                       f"{en_name}: write only one of all, any and not per condition."))
    if validator == "pattern":
        dash_sv, dash_en = (", _ och -", ", _ and -") if "-" in value else (" och _", " and _")
        first_sv, first_en = ((", och börja med en bokstav", ", and start with a letter")
                              if value.startswith("^[a-z][") else ("", ""))
        return at(Text(f"{sv_name}: «{error.instance}» får bara innehålla små bokstäver a–z, "
                       f"siffror{dash_sv}{first_sv}.",
                       f"{en_name}: '{error.instance}' may only hold lower-case letters a-z, "
                       f"digits{dash_en}{first_en}."))
    return at(Text(f"{sv_name}: värdet passar inte formatet här.",
                   f"{en_name}: the value does not fit the format here."))
