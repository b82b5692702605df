"""The command line: parse options, call the library, print, map errors to exit codes.

Nothing here decides a level or formats a report; that is the library's job. `main`
is the only place that catches `SipcheckError` (and anything unexpected), so no Python
traceback ever reaches a user.
"""

from __future__ import annotations

import json
import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from sipcheck import __version__
from sipcheck.errors import USAGE, SipcheckError, pick

app = typer.Typer(
    name="sipcheck", no_args_is_help=True, add_completion=False,
    pretty_exceptions_enable=False,
    help="Kvalitetsgranskning av samordnade individuella planer (SIP) mot en checklista.")
checklist_app = typer.Typer(no_args_is_help=True,
                            help="Checklistor: lista, visa JSON Schema och validera.")
app.add_typer(checklist_app, name="checklist")

_state = {"lang": "sv"}


class Lang(StrEnum):
    sv = "sv"
    en = "en"


class ReviewFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"
    markdown = "markdown"


LangOption = Annotated[Lang, typer.Option(
    "--lang", envvar="SIPCHECK_LANG", help="Språk i utdata: sv (standard) eller en.")]


def _console(stderr: bool = False) -> Console:
    return Console(stderr=stderr, highlight=False)


def _say(text: str, stderr: bool = True) -> None:
    """A message line, never wrapped: `file:line:column: …` must stay one line in CI logs."""
    _console(stderr=stderr).print(text, markup=False, soft_wrap=True)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"sipcheck {__version__}")
        raise typer.Exit()


@app.callback()
def _root(version: Annotated[bool, typer.Option(
        "--version", callback=_version, is_eager=True,
        help="Visa versionen och avsluta.")] = False) -> None:
    """Kvalitetsgranskning av samordnade individuella planer (SIP) mot en checklista."""


@app.command()
def review(
    paths: Annotated[list[Path], typer.Argument(
        help="Mappar eller filer med planer (.docx, .pdf, .md, .txt). Första undermappen "
             "är enheten.", show_default=False)],
    checklist: Annotated[str, typer.Option(
        "--checklist", "-c", help="Inbyggd checklista eller sökväg till en .yaml-fil.")
    ] = "kvalitetskollen",
    output_format: Annotated[ReviewFormat, typer.Option(
        "--format", "-f", help="Utdata: table, json, csv eller markdown.")
    ] = ReviewFormat.table,
    details: Annotated[bool, typer.Option(
        "--details", "-d", help="Visa nivå, belägg med plats och motivering per kriterium.")
    ] = False,
    save: Annotated[Path | None, typer.Option(
        "--save", help="Spara omgången som JSON-fil (omgångsfilen).", show_default=False)
    ] = None,
    force: Annotated[bool, typer.Option(
        "--force", help="Skriv över en befintlig fil vid --save.")] = False,
    round_name: Annotated[str | None, typer.Option(
        "--round", help="Omgångens namn, t.ex. 2024-09.", show_default=False)] = None,
    fail_under: Annotated[float | None, typer.Option(
        "--fail-under", min=0, max=100,
        help="Avsluta med kod 1 om någon plan har lägre poäng (procent).",
        show_default=False)] = None,
    lang: LangOption = Lang.sv,
) -> None:
    """Granska planer mot en checklista och visa resultatet.

    Slutkod 0: klart; 1: någon plan under --fail-under; 2: fel i användning eller
    checklista, eller något dokument kunde inte läsas (övriga granskas ändå).
    """
    from sipcheck.checklist import load_checklist
    from sipcheck.review import review_paths
    from sipcheck.rounds import check_writable, dumps, write_atomic

    _state["lang"] = lang
    loaded = load_checklist(checklist)
    if save is not None:
        check_writable(save, force)  # refuses before any plan is read
    with _progress(lang) as progress:
        round_data = review_paths(paths, loaded, round_name, lang, progress)
    out = _console()
    if output_format is ReviewFormat.json:
        sys.stdout.write(dumps(round_data))
    elif output_format is ReviewFormat.csv:
        from sipcheck.render.csv import review_csv

        sys.stdout.write(review_csv(round_data, lang))
    elif output_format is ReviewFormat.markdown:
        from sipcheck.render.markdown import review_markdown

        sys.stdout.write(review_markdown(round_data, lang, with_details=details))
    else:
        from sipcheck.render import terminal

        out.print(terminal.review_table(round_data, lang, out.width))
        out.print(terminal.legend(round_data, lang, out.width))
        problems = terminal.problems(round_data, lang)
        if problems is not None:
            out.print(problems)
        if details:
            out.print(terminal.details(round_data, lang))
    if save is not None:
        write_atomic(save, dumps(round_data), force=force)
        _say(pick(lang, f"Omgången sparades i {save}.", f"The round was saved to {save}."))
    raise typer.Exit(_exit_code(round_data, fail_under))


def _exit_code(round_data: dict, fail_under: float | None) -> int:
    if any(plan["status"] != "ok" for plan in round_data["plans"]):
        return USAGE
    if fail_under is not None and any(
            plan["score"] and plan["score"]["percent"] is not None
            and plan["score"]["percent"] < fail_under for plan in round_data["plans"]):
        return 1
    return 0


class _progress:
    """A progress bar on stderr while plans are read, shown only in a terminal."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.bar = None

    def __enter__(self):
        from rich.progress import Progress

        console = _console(stderr=True)
        self.bar = Progress(console=console, transient=True,
                            disable=not console.is_terminal)
        self.bar.start()
        self.task = self.bar.add_task(pick(self.lang, "Läser planer", "Reading plans"),
                                      total=None)
        return self.update

    def update(self, done: int, total: int, name: str) -> None:
        self.bar.update(self.task, completed=done, total=total)

    def __exit__(self, *exc) -> None:
        self.bar.stop()


@checklist_app.command("list")
def checklist_list(lang: LangOption = Lang.sv) -> None:
    """Visa de inbyggda checklistorna."""
    from rich.table import Table

    from sipcheck.checklist import bundled_names, load_checklist

    _state["lang"] = lang
    table = Table(header_style="bold")
    table.add_column(pick(lang, "Namn", "Name"))
    table.add_column(pick(lang, "Titel", "Title"))
    table.add_column(pick(lang, "Kriterier", "Criteria"), justify="right")
    for name in bundled_names():
        loaded = load_checklist(name)
        table.add_row(name, pick(lang, loaded.title, loaded.title_en), str(len(loaded.criteria)))
    _console().print(table)


@checklist_app.command("kinds")
def checklist_kinds(
    kind: Annotated[str | None, typer.Argument(help="En kontrolltyp, t.ex. date.",
                                               show_default=False)] = None,
) -> None:
    """Visa kontrolltyperna (kind) som regler kan använda, med alla alternativ."""
    from sipcheck.rules import MODULES

    if kind is not None and kind not in MODULES:
        raise SipcheckError(f"Kontrolltypen «{kind}» finns inte. Typerna är: "
                            f"{', '.join(MODULES)}.",
                            f"There is no check kind '{kind}'. The kinds are: "
                            f"{', '.join(MODULES)}.")
    for name, module in MODULES.items():
        if kind in (None, name):
            _say(module.__doc__.strip() + "\n", stderr=False)


@checklist_app.command("schema")
def checklist_schema() -> None:
    """Skriv ut checklistornas JSON Schema (för editorer och CI)."""
    from sipcheck.checklist import schema

    sys.stdout.write(json.dumps(schema(), ensure_ascii=False, indent=2) + "\n")


@checklist_app.command("validate")
def checklist_validate(
    files: Annotated[list[Path], typer.Argument(help="Checklistfiler (.yaml).",
                                                show_default=False)],
    lang: LangOption = Lang.sv,
) -> None:
    """Validera checklistfiler. Slutkod 0 om alla är giltiga, annars 2."""
    from sipcheck.checklist import resolve_source, validate_text

    _state["lang"] = lang
    invalid = 0
    for file in files:
        try:
            name, text = resolve_source(str(file))
        except SipcheckError as exc:
            _say(exc.text(lang))
            invalid += 1
            continue
        _, problems = validate_text(text, name)
        if problems:
            invalid += 1
            for problem in problems:
                _say(problem.text(lang))
        else:
            _say(pick(lang, f"{name}: giltig", f"{name}: valid"), stderr=False)
    raise typer.Exit(USAGE if invalid else 0)


def main() -> None:
    """Entry point: runs the app; turns sipcheck's errors into messages and exit codes."""
    try:
        app()
    except SipcheckError as exc:
        _say(exc.text(_state["lang"]))
        sys.exit(exc.exit_code)
    except Exception as exc:  # a bug: say so plainly, without a traceback
        if os.environ.get("SIPCHECK_DEBUG"):
            raise
        _say(pick(
            _state["lang"],
            f"Oväntat fel i sipcheck ({type(exc).__name__}: {exc}). Kör igen med "
            "SIPCHECK_DEBUG=1 för detaljer och rapportera felet.",
            f"Unexpected error in sipcheck ({type(exc).__name__}: {exc}). Run again with "
            "SIPCHECK_DEBUG=1 for details and report it."))
        sys.exit(USAGE)


if __name__ == "__main__":
    main()
