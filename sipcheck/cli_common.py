"""What every command module shares: the Typer app, the language option, console output.

Commands live in one module per area (`cli.py` for review, `cli_checklist.py`, …), each
registering on `app`; `cli.main` is the entry point that maps errors to exit codes.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer
from rich.console import Console

app = typer.Typer(
    name="sipcheck", no_args_is_help=True, add_completion=False,
    pretty_exceptions_enable=False,
    help="Kvalitetsgranskning av samordnade individuella planer (SIP) mot en checklista.")

# The language of the running command, for messages printed by `main` after an error.
state = {"lang": "sv"}


class Lang(StrEnum):
    sv = "sv"
    en = "en"


LangOption = Annotated[Lang, typer.Option(
    "--lang", envvar="SIPCHECK_LANG", help="Språk i utdata: sv (standard) eller en.")]


def console(stderr: bool = False) -> Console:
    return Console(stderr=stderr, highlight=False)


def say(text: str, stderr: bool = True) -> None:
    """A message line, never wrapped: `file:line:column: …` must stay one line in CI logs."""
    console(stderr=stderr).print(text, markup=False, soft_wrap=True)
