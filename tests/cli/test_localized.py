"""Typer's own words in the user's language: usage errors with the next step, help
headings, placeholders named alike in every command and no Python type markers."""

from __future__ import annotations

import re

import pytest
import typer

from sipcheck.cli import help_en
from sipcheck.cli.app import app


def _commands(group, prefix: str = ""):
    yield prefix, group
    for name, command in group.commands.items():
        path = f"{prefix} {name}".strip()
        if hasattr(command, "commands"):
            yield from _commands(command, path)
        else:
            yield path, command


COMMANDS = list(_commands(typer.main.get_command(app)))
NAMES = {"PLANER...", "OMGÅNG", "OMGÅNGAR...", "CHECKLISTA", "CHECKLISTA...", "FIL", "TYP",
         "MAPP"}


@pytest.mark.parametrize(("args", "lines"), [
    (["review", "planer", "--bogus"],
     ["Användning: sipcheck review [ALTERNATIV] PLANER...",
      "Fel: okänt alternativ --bogus. Menade du --jobs?",
      "Hjälp: sipcheck review --help"]),
    (["compare", "a.json", "b.json", "--format", "xml"],
     ["Användning: sipcheck compare [ALTERNATIV] [OMGÅNGAR...]",
      "Fel: ogiltigt värde för --format: «xml» finns inte; välj en av: table, markdown, html, "
      "docx, csv, json.", "Hjälp: sipcheck compare --help"]),
    (["agreement"],
     ["Användning: sipcheck agreement [ALTERNATIV] OMGÅNG",
      "Fel: OMGÅNG saknas: omgångsfil (sipcheck-round/1) med experternas bedömningar.",
      "Hjälp: sipcheck agreement --help"]),
    (["review", "planer", "--save"], ["Fel: --save behöver ett värde."]),
    (["review", "planer", "--jobs", "0"],
     ["Användning: sipcheck review [ALTERNATIV] PLANER...",
      "Fel: ogiltigt värde för --jobs: värdet ska vara minst 1.",
      "Hjälp: sipcheck review --help"]),
    (["revew"],
     ["Användning: sipcheck [ALTERNATIV] KOMMANDO [ARGUMENT]...",
      "Fel: kommandot «revew» finns inte. Menade du review?", "Hjälp: sipcheck --help"]),
])
def test_usage_errors_in_swedish_with_the_next_step(cli, args, lines):
    run = cli(*args)
    assert run.code == 2
    assert run.stderr.splitlines() == lines


def test_usage_errors_in_english_from_the_option_the_environment_or_the_project(
        cli, tmp_path, monkeypatch):
    expected = ["Usage: sipcheck agreement [OPTIONS] ROUND",
                "Error: ROUND is missing: a round file (sipcheck-round/1) with the experts' "
                "judgements.", "Help: sipcheck agreement --help"]
    assert cli("agreement", "--lang", "en").stderr.splitlines() == expected
    assert cli("agreement", env={"SIPCHECK_LANG": "en"}).stderr.splitlines() == expected
    (tmp_path / "sipcheck.toml").write_text('lang = "en"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert cli("agreement").stderr.splitlines() == expected
    no_such = cli("review", "x", "--bogus", "--lang", "en").stderr.splitlines()
    assert no_such[1] == "Error: no such option --bogus. Did you mean --jobs?"


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_help_has_headings_in_the_language_and_no_type_markers(cli, lang):
    words = {"sv": ("Användning:", "Argument", "Alternativ", "Visa den här hjälpen"),
             "en": ("Usage:", "Arguments", "Options", "Show this help")}[lang]
    for path, command in COMMANDS:
        run = cli(*path.split(), "--help", "--lang", lang)
        assert run.code == 0, path
        text = run.stdout
        assert words[0] in text and words[2] in text and words[3] in text, path
        assert words[1] in text or not any(
            p.param_type_name == "argument" for p in command.params), path
        assert not re.search(r"<[a-z]\w*(\[\w+\])?( range)?>", text), (path, text)
        assert "{" not in text.split("\n\n")[0] + text.splitlines()[1], path
    assert "Review plans against a checklist" in cli("review", "--help", "--lang", "en").stdout
    assert "Granska planer mot en checklista" in cli("review", "--help").stdout


def test_arguments_are_named_alike_in_every_command(cli):
    """`{paths}`, `{OMGÅNG}` and `{round_file}` were three ways to name an argument."""
    for path, command in COMMANDS:
        for param in command.params:
            if param.param_type_name == "argument":
                usage = cli(*path.split(), "--help").stdout
                assert param.metavar in NAMES, (path, param.name, param.metavar)
                assert param.metavar.removesuffix("...") in usage


def test_every_command_and_parameter_has_its_english_help():
    missing, used = [], set()
    for path, command in COMMANDS:
        if help_en.english(path, "") is None:
            missing.append(path)
        for param in command.params:
            if help_en.english(path, param.name) is None:
                missing.append(f"{path} {param.name}")
            used.add((path, param.name))
        used.add((path, ""))
    assert not missing
    left_over = [(path, name) for path, table in help_en.COMMANDS.items() for name in table
                 if (path, name) not in used]
    assert not left_over


def test_lang_before_the_command_name_applies_to_the_command(cli):
    rounds = [f"examples/rounds/{name}.json" for name in ("2024-02", "2024-09")]
    from conftest import REPO

    run = cli("--lang", "en", "compare", *[REPO / r for r in rounds])
    assert run.code == 0 and run.stdout.startswith("Comparison of review rounds")
    assert cli("compare", *[REPO / r for r in rounds]).stdout.startswith(
        "Jämförelse av granskningsomgångar")  # not remembered from the run before


def test_help_paragraphs_wrap_at_the_terminal_and_keep_square_brackets(cli):
    # the docstring's own line breaks left "2: fel i" alone on a line, and Rich took
    # "[tool.sipcheck]" for markup and left it out
    review = cli("review", "--help", env={"COLUMNS": "80"}).stdout
    assert "2: fel i\n" not in review and "fel i användning" in " ".join(review.split())
    config = " ".join(cli("config", "--help").stdout.split())
    assert "[tool.sipcheck]" in config and "[units]" in config
