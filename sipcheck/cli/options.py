"""The options several commands share, declared once so they read and behave the same
everywhere: the output language, the report formats, `--output` and `--force`."""

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer


class Lang(StrEnum):
    sv = "sv"
    en = "en"


LangOption = Annotated[Lang | None, typer.Option(
    "--lang", envvar="SIPCHECK_LANG", metavar="sv|en", show_default=False,
    help="Språk i utdata: sv eller en (standard: projektets lang, annars sv).")]


class ReportFormat(StrEnum):
    """The formats of a report across rounds (compare, agreement)."""

    table = "table"
    markdown = "markdown"
    html = "html"
    docx = "docx"
    csv = "csv"
    json = "json"


OutputOption = Annotated[Path | None, typer.Option(
    "--output", "-o", metavar="FIL", help="Skriv rapporten till en fil (atomiskt). Formatet följer "
    "filändelsen om --format inte anges.", show_default=False)]
ForceOption = Annotated[bool, typer.Option("--force", help="Skriv över en befintlig fil.")]
