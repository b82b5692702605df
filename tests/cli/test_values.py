"""Option values without pydantic (`sipcheck.cli.values`): every option of every command
gets Typer's own value or Typer's own error, and a review that prints JSON into a pipe
starts without pydantic and without Rich, while a review in a terminal shows its bar."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import typer
from conftest import REPO
from typer._coercion import build_runtime_param

from sipcheck.cli.app import app
from sipcheck.cli.values import _Plain, plain


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


def test_a_review_into_a_pipe_starts_without_pydantic_and_without_rich(tmp_path):
    """0.1 s of a warm review of 400 plans was pydantic building Typer's converters, and
    0.03 s Rich, for a bar no one sees and a help that is never shown."""
    script = ("import sys\nfrom sipcheck.cli.app import main\n"
              "try:\n    main()\nexcept SystemExit:\n    pass\n"
              "print(sorted(m for m in ('pydantic', 'rich', 'typer.rich_utils') "
              "if m in sys.modules), file=sys.stderr)\n")
    run = subprocess.run(
        [sys.executable, "-c", script, "review", str(REPO / "examples/plans/2024-02"),
         "--format", "json", "--jobs", "1", "--fail-under", "10"],
        capture_output=True, text=True, cwd=tmp_path, timeout=120,
        env={"SIPCHECK_CACHE_DIR": str(tmp_path / "cache"), "PATH": "/usr/bin:/bin",
             "HOME": str(tmp_path)})
    assert run.stdout.startswith("{")
    assert run.stderr.strip().splitlines()[-1] == "[]"


def test_a_review_in_a_terminal_shows_its_progress_bar(tmp_path):
    pexpect = pytest.importorskip("pexpect")
    env = {**os.environ, "COLUMNS": "100", "TERM": "xterm", "PYTHONIOENCODING": "utf-8",
           "SIPCHECK_CACHE_DIR": str(tmp_path / "cache")}
    for name in ("SIPCHECK_LANG", "NO_COLOR", "TTY_COMPATIBLE", "FORCE_COLOR"):
        env.pop(name, None)
    child = pexpect.spawn(sys.executable, ["-m", "sipcheck", "review",
                                           str(REPO / "examples/plans/2024-02"), "--jobs", "1"],
                          cwd=str(tmp_path), env=env, encoding="utf-8", timeout=120,
                          dimensions=(40, 100))
    child.expect("Läser planer")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus in (0, 1)


def test_help_and_usage_errors_still_get_typers_words_in_the_language(cli):
    assert "Alternativ" in cli("review", "--help").stdout
    assert "Options" in cli("review", "--help", "--lang", "en").stdout
    assert cli("review", "plans", "--fail-under", "1e3").stderr.splitlines()[1] == \
        "Fel: ogiltigt värde för --fail-under: värdet ska vara högst 100."
