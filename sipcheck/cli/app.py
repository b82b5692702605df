"""The `sipcheck` command: the Typer app, every command in one list, and `main`.

A command is a plain function in the module of its area (`review`, `compare`, …); this is
the one place that makes it a command, so what `sipcheck --help` lists is what is written
here, in that order. `main` is the only place that catches `SipcheckError` (and anything
unexpected), so no Python traceback ever reaches a user. The commands' help, usage lines
and usage errors are in the user's language (`localized`).
"""

import gc
import os
import sys
from typing import Annotated

import typer

from sipcheck import __version__
from sipcheck.cli import (
    agreement,
    anonymize,
    assess,
    checklist,
    compare,
    feedback,
    review,
    sample,
    scan,
    settings,
    workshop,
)
from sipcheck.cli.localized import SipcheckCommand, SipcheckGroup
from sipcheck.cli.options import LangOption
from sipcheck.cli.output import say, state
from sipcheck.text import USAGE, SipcheckError, Text

# The commands, in the order `sipcheck --help` lists them.
COMMANDS = [review.review, agreement.agreement, assess.assess, workshop.workshop,
            compare.compare, compare.trend, feedback.feedback, scan.scan, anonymize.anonymize,
            sample.sample, settings.config]
# `sipcheck checklist …`, by the name typed after `checklist`.
CHECKLIST_COMMANDS = {
    "list": checklist.checklist_list,
    "show": checklist.checklist_show,
    "kinds": checklist.checklist_kinds,
    "schema": checklist.checklist_schema,
    "validate": checklist.checklist_validate,
    "test": checklist.checklist_test,
    "init": checklist.checklist_init,
}

app = typer.Typer(
    name="sipcheck", no_args_is_help=True, add_completion=False, cls=SipcheckGroup,
    pretty_exceptions_enable=False,
    help="Kvalitetsgranskning av samordnade individuella planer (SIP) mot en checklista.")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"sipcheck {__version__}")
        raise typer.Exit()


@app.callback()
def _root(version: Annotated[bool, typer.Option(
        "--version", callback=_version, is_eager=True,
        help="Visa versionen och avsluta.")] = False, lang: LangOption = None) -> None:
    """Kvalitetsgranskning av samordnade individuella planer (SIP) mot en checklista."""


for _command in COMMANDS:
    app.command(cls=SipcheckCommand)(_command)

checklist_app = typer.Typer(no_args_is_help=True, help=checklist.HELP, cls=SipcheckGroup)
checklist_app.callback()(checklist.group)
for _name, _command in CHECKLIST_COMMANDS.items():
    checklist_app.command(_name, cls=SipcheckCommand)(_command)
app.add_typer(checklist_app, name="checklist")


def main() -> None:
    """Entry point: runs the app; turns sipcheck's errors into messages and exit codes."""
    # What is imported by now lives as long as the process: the collector need not walk
    # it again in each full collection while a review builds its plans' entries (a warm
    # review of 400 plans, 0.02 s; each worker does the same, `parallel`).
    gc.freeze()
    try:
        app()
    except SipcheckError as exc:
        say(exc.text(state["lang"]))
        sys.exit(exc.exit_code)
    except OSError as exc:  # the disk is full, a folder vanished: not a bug
        if os.environ.get("SIPCHECK_DEBUG"):
            raise
        say(_os_error(exc).pick(state["lang"]))  # `say` masks any personal data in it
        sys.exit(USAGE)
    except Exception as exc:  # a bug: say so plainly, without a traceback
        if os.environ.get("SIPCHECK_DEBUG"):
            raise
        say(Text(f"Oväntat fel i sipcheck ({type(exc).__name__}: {exc}). Kör igen med "
                 "SIPCHECK_DEBUG=1 för detaljer och rapportera felet.",
                 f"Unexpected error in sipcheck ({type(exc).__name__}: {exc}). Run again with "
                 "SIPCHECK_DEBUG=1 for details and report it.").pick(state["lang"]))
        sys.exit(USAGE)


def _os_error(exc: OSError) -> Text:
    import errno

    where = f" ({exc.filename})" if exc.filename else ""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return Text(f"Disken är full{where}: gör plats och kör igen. Inget halvskrivet sparades.",
                    f"The disk is full{where}: free some space and run again. Nothing half "
                    "written was saved.")
    return Text(f"Filsystemet sa nej{where}: {exc.strerror or type(exc).__name__}.",
                f"The file system refused{where}: {exc.strerror or type(exc).__name__}.")


if __name__ == "__main__":
    main()
