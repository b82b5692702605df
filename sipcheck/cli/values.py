"""Option values without pydantic: Typer's own values, a tenth of a second sooner.

Typer (0.29) turns every option's text into its value through a pydantic
TypeAdapter, built anew in every run for every option of the command: importing pydantic
and building the adapters took 0.1 s of a 0.45 s warm `sipcheck review`, more than
reading the 400 plans' results from the cache. sipcheck's options are plain: text, a
path, a number within bounds, a choice, a flag, or lists of these. For those,
`plain` gives Typer a converter of its own kind (Typer keeps one per parameter, built
when first needed) that answers for a value that is plainly right and hands anything
else to Typer's own: a wrong value gets Typer's answer and sipcheck's message for it,
exactly as before. An option of any other kind (a parser, a date, a clamped number) and
a Typer without these converters are left as they are.

tests/cli/test_values.py holds every option of every command to this: a converter from
here, and Typer's own value for every value tried.
"""

from __future__ import annotations

import re
from enum import Enum
from pathlib import Path
from typing import Any, get_args, get_origin

try:  # Typer's converter contract (Typer 0.29; older ones converted with Click's types)
    from typer._coercion import RuntimeParam, build_runtime_param
    from typer._param_types import coerce_cli_path
except ImportError:
    RuntimeParam = None

# numbers as a user types them; anything else ("1e3", "inf", "1,5") is Typer's to answer
_WRITTEN = {int: re.compile(r"\s*[+-]?[0-9]+\s*"),
            float: re.compile(r"\s*[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)\s*")}


def plain(command) -> None:
    """Give each plain parameter of `command` and its subcommands a converter without
    pydantic."""
    for sub in getattr(command, "commands", {}).values():
        plain(sub)
    for param in command.params:
        plain_param(param)


def plain_param(param) -> None:
    """A converter without pydantic for `param` if it is plain (and not converted yet)."""
    descriptor = getattr(param, "type_descriptor", None)
    if RuntimeParam is None or descriptor is None or \
            getattr(param, "_runtime_param", False) is not None:
        return
    convert = converter(descriptor.annotation, descriptor.parameter_info)
    if convert is not None:
        param._runtime_param = _Plain(descriptor.parameter_info, descriptor.annotation,
                                      convert)


def converter(annotation, info):
    """(value, param, ctx) -> the value, or None where Typer's own converter must answer;
    None for an annotation that is not plain."""
    if getattr(info, "parser", None) is not None or getattr(info, "click_type", None):
        return None
    if get_origin(annotation) is list:
        item = converter(get_args(annotation)[0], info) if get_args(annotation) else None
        return None if item is None else lambda value, param, ctx: _each(item, value, param,
                                                                          ctx)
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        if not info.case_sensitive:
            return None
        by_value = {member.value: member for member in annotation
                    if isinstance(member.value, str)}
        return lambda value, param, ctx: value if isinstance(value, annotation) else \
            None if ctx.token_normalize_func else by_value.get(value)
    if annotation is str:
        return lambda value, param, ctx: value if isinstance(value, str) else None
    if annotation is bool:
        return lambda value, param, ctx: value if isinstance(value, bool) else None
    if annotation in _WRITTEN and not info.clamp:
        return lambda value, param, ctx: _number(value, annotation, info)
    if annotation is Path and info.path_type in (None, Path):
        # Typer's own checks of the path (exists, readable, …) with its own messages
        return lambda value, param, ctx: coerce_cli_path(
            Path(value), info, path_type=Path, param=param, ctx=ctx) \
            if isinstance(value, (str, Path)) else None
    return None


def _each(item, value, param, ctx):
    values = [item(one, param, ctx)
              for one in (value if isinstance(value, (list, tuple)) else [value])]
    return None if any(one is None for one in values) else values


def _number(value, kind, info):
    """A number of `kind` written plainly, within the option's bounds, else None."""
    if type(value) is kind:
        number = value
    elif isinstance(value, str) and _WRITTEN[kind].fullmatch(value):
        number = kind(value)
    else:
        return None
    if (info.min is not None and number < info.min) or \
            (info.max is not None and number > info.max):
        return None
    return number


if RuntimeParam is not None:
    from dataclasses import dataclass

    @dataclass(frozen=True)
    class _Plain(RuntimeParam):
        """Typer's converter contract with a plain function; what the function does not
        answer for (None) goes to Typer's own converter."""

        convert: Any

        def _coerce_value(self, value, param, ctx):
            result = self.convert(value, param, ctx)
            if result is None:
                return build_runtime_param(param.type_descriptor)._coerce_value(
                    value, param=param, ctx=ctx)
            return result
