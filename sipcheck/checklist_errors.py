"""Checklist problems as `file:line:column: message`, in Swedish or English.

The people who maintain a checklist are SIP experts editing YAML by hand. A problem must
point at the line to change and say what is wrong in words they use, so jsonschema's
English errors are translated here and positioned through the YAML node tree.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

import yaml


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    column: int
    message: str
    message_en: str

    def text(self, lang: str = "sv") -> str:
        return f"{self.file}:{self.line}:{self.column}: " + (
            self.message_en if lang == "en" else self.message)


Path_ = tuple  # a path into the loaded data: keys and list indices


def positions(text: str) -> dict[Path_, tuple[int, int]]:
    """Line and column (1-based) of every key and value in a YAML document, by data path."""
    found: dict[Path_, tuple[int, int]] = {}
    root = yaml.compose(text, Loader=yaml.SafeLoader)

    def walk(node: yaml.Node, path: Path_) -> None:
        found.setdefault(path, (node.start_mark.line + 1, node.start_mark.column + 1))
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                child = (*path, key_node.value)
                found[(*child, "__key__")] = (key_node.start_mark.line + 1,
                                              key_node.start_mark.column + 1)
                walk(value_node, child)
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                walk(item, (*path, index))

    if root is not None:
        walk(root, ())
    return found


def locate(where: dict[Path_, tuple[int, int]], path: Path_, key: bool = False) -> tuple[int, int]:
    """The position of `path`, or of its nearest enclosing node that has one."""
    path = tuple(path)
    if key and (*path, "__key__") in where:
        return where[(*path, "__key__")]
    while path not in where and path:
        path = path[:-1]
    return where.get(path, (1, 1))


_TYPES_SV = {"string": "text", "integer": "ett heltal", "number": "ett tal",
             "boolean": "true eller false", "array": "en lista", "object": "en mappning (nycklar)",
             "null": "tomt (null)"}


def _type_words(expected: str | list[str], lang: str) -> str:
    names = [expected] if isinstance(expected, str) else list(expected)
    if lang == "en":
        return " or ".join(names)
    return " eller ".join(_TYPES_SV.get(name, name) for name in names)


def translate(error, where: dict[Path_, tuple[int, int]], file: str) -> Problem:
    """One jsonschema ValidationError as a positioned problem in both languages."""
    path = tuple(error.absolute_path)
    name = ".".join(str(p) for p in path) or "(roten)"
    validator, value = error.validator, error.validator_value
    line, column = locate(where, path)
    if validator == "additionalProperties":
        extra = sorted(set(error.instance) - set(error.schema.get("properties", {})))
        unknown = extra[0] if extra else "?"
        line, column = locate(where, (*path, unknown), key=True)
        close = difflib.get_close_matches(unknown, list(error.schema.get("properties", {})), 1)
        hint_sv = f" Menade du «{close[0]}»?" if close else ""
        hint_en = f" Did you mean '{close[0]}'?" if close else ""
        return Problem(file, line, column, f"okänd nyckel «{unknown}».{hint_sv}",
                       f"unknown key '{unknown}'.{hint_en}")
    if validator == "required":
        missing = error.message.split("'")[1] if "'" in error.message else str(value)
        return Problem(file, line, column, f"{name}: nyckeln «{missing}» saknas.",
                       f"{name}: the key '{missing}' is missing.")
    if validator == "type":
        return Problem(file, line, column, f"{name} ska vara {_type_words(value, 'sv')}.",
                       f"{name} must be {_type_words(value, 'en')}.")
    if validator in ("enum", "const"):
        options = value if isinstance(value, list) else [value]
        listed = ", ".join(str(o) for o in options)
        return Problem(file, line, column,
                       f"{name}: «{error.instance}» är inte tillåtet; välj en av: {listed}.",
                       f"{name}: '{error.instance}' is not allowed; choose one of: {listed}.")
    if validator in ("minimum", "exclusiveMinimum"):
        return Problem(file, line, column, f"{name} måste vara minst {value}.",
                       f"{name} must be at least {value}.")
    if validator in ("minItems", "minProperties"):
        return Problem(file, line, column, f"{name} får inte vara tom.",
                       f"{name} must not be empty.")
    if validator == "maxProperties":
        return Problem(file, line, column,
                       f"{name}: skriv bara en av all, any och not per villkor.",
                       f"{name}: write only one of all, any and not per condition.")
    if validator == "pattern":
        return Problem(file, line, column,
                       f"{name}: «{error.instance}» får bara innehålla små bokstäver a–z, "
                       "siffror och _ (och - i checklistans id).",
                       f"{name}: '{error.instance}' may only hold lower-case letters a-z, "
                       "digits and _ (and - in the checklist id).")
    return Problem(file, line, column, f"{name}: {error.message}", f"{name}: {error.message}")
