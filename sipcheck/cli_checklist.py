"""`sipcheck checklist …`: list, show the schema and kinds, validate checklist files."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from sipcheck.cli_common import Lang, LangOption, app, console, say, state
from sipcheck.errors import USAGE, SipcheckError, pick

checklist_app = typer.Typer(no_args_is_help=True,
                            help="Checklistor: lista, visa JSON Schema och validera.")
app.add_typer(checklist_app, name="checklist")


@checklist_app.command("list")
def checklist_list(lang: LangOption = Lang.sv) -> None:
    """Visa de inbyggda checklistorna."""
    from rich.table import Table

    from sipcheck.checklist import bundled_names, load_checklist

    state["lang"] = lang
    table = Table(header_style="bold")
    table.add_column(pick(lang, "Namn", "Name"))
    table.add_column(pick(lang, "Titel", "Title"))
    table.add_column(pick(lang, "Kriterier", "Criteria"), justify="right")
    for name in bundled_names():
        loaded = load_checklist(name)
        table.add_row(name, pick(lang, loaded.title, loaded.title_en), str(len(loaded.criteria)))
    console().print(table)


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
            say(module.__doc__.strip() + "\n", stderr=False)


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

    state["lang"] = lang
    invalid = 0
    for file in files:
        try:
            name, text = resolve_source(str(file))
        except SipcheckError as exc:
            say(exc.text(lang))
            invalid += 1
            continue
        _, problems = validate_text(text, name)
        if problems:
            invalid += 1
            for problem in problems:
                say(problem.text(lang))
        else:
            say(pick(lang, f"{name}: giltig", f"{name}: valid"), stderr=False)
    raise typer.Exit(USAGE if invalid else 0)
