"""`sipcheck scan PATH…`: the privacy scan alone, for checking a folder before it is shared."""

from pathlib import Path
from typing import Annotated

import typer

from sipcheck.cli.options import LangOption
from sipcheck.cli.output import console, say
from sipcheck.cli.project import use_lang
from sipcheck.text import USAGE, Text
from sipcheck.text.numbers import counted


def scan(
    paths: Annotated[list[Path], typer.Argument(metavar="PLANER...",
        help="Mappar eller filer med planer.", show_default=False)],
    lang: LangOption = None,
) -> None:
    """Sök efter personuppgifter (personnummer, telefon, e-post, adress, namn) i planer.

    Visar var, aldrig vad. Slutkod 0: inga hittades; 1: personuppgifter hittades; 2: något
    dokument kunde inte läsas (de andra genomsöks ändå).
    """
    from rich.table import Table

    from sipcheck import privacy
    from sipcheck.budget import Budget, OverBudget, bounded
    from sipcheck.budget import message as budget_message
    from sipcheck.discover import discover
    from sipcheck.documents import read_document
    from sipcheck.documents.model import Location

    lang = use_lang(lang)
    table = Table(header_style="bold")
    for title in (Text("Fil", "File").pick(lang), Text("Personuppgift", "Personal data").pick(lang),
                  Text("Var", "Where").pick(lang)):
        table.add_column(title, overflow="fold")
    with_pii, unreadable = set(), []
    plan_files = discover(paths)
    budget = Budget.from_environment()
    for plan_file in plan_files:
        shown = privacy.redact_name(plan_file.file, lang)
        if plan_file.refused:
            unreadable.append(f"{shown}: {Text(*plan_file.refused).pick(lang)}")
            continue
        try:
            with bounded(budget):
                document = read_document(plan_file.path)
                findings = privacy.scan(document) if document.ok else []
        except OverBudget as over:
            unreadable.append(f"{shown}: {budget_message(over.status, budget).pick(lang)}")
            continue
        if not document.ok:
            unreadable.append(f"{shown}: {Text(document.message, document.message_en).pick(lang)}")
            continue
        for finding in findings:
            with_pii.add(shown)
            kind = privacy.KINDS[finding.kind].pick(lang)
            if finding.probable:
                kind += Text(" (troligt, fel kontrollsiffra)",
                             " (probable, wrong check digit)").pick(lang)
            table.add_row(shown, kind, Location.describe(finding.location, lang) or "–")
    if with_pii:
        console().print(table)
        say(Text(f"Personuppgifter i {len(with_pii)} av {_files(len(plan_files), lang)}: "
                 "anonymisera dem innan mappen delas.",
                 f"Personal data in {len(with_pii)} of {_files(len(plan_files), lang)}: anonymise "
                 "them before the folder is shared.").pick(lang))
    else:
        say(Text(f"Inga personuppgifter hittades i {_files(len(plan_files), lang)}.",
                 f"No personal data found in {_files(len(plan_files), lang)}.").pick(lang),
            stderr=False)
    for line in unreadable:
        say(line)
    raise typer.Exit(USAGE if unreadable else 1 if with_pii else 0)


def _files(count: int, lang: str) -> str:
    return counted(count, Text("fil", "file"), Text("filer", "files"), lang)
