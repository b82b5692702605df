"""Every command and every option a user can type is explained in the README (the way
sqlite-utils keeps its documentation honest): a new flag without a line of documentation
fails the suite."""

from __future__ import annotations

import re

import pytest
import typer
from conftest import REPO

from sipcheck.cli.app import app

README = (REPO / "README.md").read_text("utf-8")


def _commands(group, prefix: str = ""):
    for name, command in group.commands.items():
        yield f"{prefix}{name}", command
        if hasattr(command, "commands"):
            yield from _commands(command, f"{prefix}{name} ")


COMMANDS = list(_commands(typer.main.get_command(app)))


@pytest.mark.parametrize(("name", "command"), COMMANDS, ids=[name for name, _ in COMMANDS])
def test_every_command_and_option_is_in_the_readme(name, command):
    assert f"sipcheck {name}" in README or f"`{name.split()[-1]}`" in README, name
    missing = [option for param in command.params
               for option in param.opts
               if param.param_type_name == "option" and option.startswith("--")
               and option != "--help" and not re.search(re.escape(option) + r"(?![\w-])", README)]
    assert not missing, f"sipcheck {name}: {missing} are not in README.md"


def test_the_readme_lists_the_new_commands():
    assert {"review", "compare", "trend", "scan", "checklist", "assess", "agreement",
            "feedback"} <= {name.split()[0] for name, _ in COMMANDS}
