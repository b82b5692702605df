"""Option values without pydantic (`sipcheck.cli.values`): every option of every command
gets Typer's own value or Typer's own error. (A Typer without these converters is left to
convert on its own: then there is nothing here to test.)"""

from __future__ import annotations

from pathlib import Path

import pytest
import typer
from conftest import REPO

build_runtime_param = pytest.importorskip("typer._coercion").build_runtime_param

from sipcheck.cli.app import app  # noqa: E402
from sipcheck.cli.values import _Plain, plain  # noqa: E402


def _params():
    command = typer.main.get_command(app)
    plain(command)
    found = []

    def walk(group, path):
        for param in group.params:
            found.append((path or "sipcheck", param))
        for name, sub in getattr(group, "commands", {}).items():
            walk(sub, f"{path} {name}".strip())

    walk(command, "")
    return command, found


COMMAND, PARAMS = _params()
TRIED = {
    int: ["1", " 2 ", "0", "-1", "+3", "100", "101", "1.0", "1e3", "abc", "", "０", 4],
    float: ["50", "50.5", ".5", "-1", "101", "100", "1e3", "abc", "nan", "", 7.5],
    str: ["text", "", "åäö"],
    bool: [True, False],
    Path: ["plans", ".", "/no/such/folder", str(REPO / "README.md")],
}


def _tried(param) -> list:
    annotation = param.type_descriptor.annotation
    args = getattr(annotation, "__args__", None)
    if args:  # a list: one value, several, none
        inner = TRIED.get(args[0]) or [member.value for member in args[0]] + ["bogus"]
        return [tuple(inner[:1]), tuple(inner[:3]), ()]
    if annotation in TRIED:
        return TRIED[annotation]
    return [member.value for member in annotation] + [
        "bogus", str(list(annotation)[0].value).upper()]


def _answer(convert, value, param, ctx):
    try:
        return "value", convert(value, param=param, ctx=ctx)
    except typer.BadParameter as error:
        return "error", error.format_message()


def test_every_option_of_every_command_has_a_converter_without_pydantic():
    help_option = COMMAND.get_help_option(typer.Context(COMMAND))
    missing = [(path, param.name) for path, param in [*PARAMS, ("help", help_option)]
               if not isinstance(param._runtime_param, _Plain)]
    assert not missing


@pytest.mark.parametrize(("path", "param"), PARAMS,
                         ids=[f"{path}:{param.name}" for path, param in PARAMS])
def test_each_value_is_typers_own(path, param):
    ctx = typer.Context(COMMAND)
    typers_own = build_runtime_param(param.type_descriptor)
    for value in _tried(param):
        assert _answer(param._runtime_param._coerce_value, value, param, ctx) == \
            _answer(typers_own._coerce_value, value, param, ctx), (path, param.name, value)
