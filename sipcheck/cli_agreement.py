"""`sipcheck agreement`: how well the automatic review and the experts agree.

Thin, like every command module: read the round file, compute (`sipcheck.agreement`),
hand the result to a renderer, print or write it (`cli_output`). jinja2 and python-docx
are imported only when a format needs them, so `sipcheck --help` stays fast.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from sipcheck.cli_common import Lang, LangOption, app, state
from sipcheck.cli_output import ForceOption, OutputOption, check_output, emit, resolve_format


class AgreementFormat(StrEnum):
    table = "table"
    markdown = "markdown"
    html = "html"
    docx = "docx"
    csv = "csv"
    json = "json"


@app.command()
def agreement(
    round_file: Annotated[Path, typer.Argument(
        metavar="OMGÅNG", help="Omgångsfil (sipcheck-round/1) med experternas bedömningar.",
        show_default=False)],
    output_format: Annotated[AgreementFormat | None, typer.Option(
        "--format", "-f", help="table (standard), markdown, html, docx, csv eller json.",
        show_default=False)] = None,
    output: OutputOption = None,
    force: ForceOption = False,
    lang: LangOption = Lang.sv,
) -> None:
    """Överensstämmelse mellan den automatiska granskningen och experterna.

    Per kriterium och för hela omgången: andel lika bedömningar och Cohens κ
    (kvadratiskt viktad) mellan den automatiska granskningen och varje granskare och
    mellan granskarna; för alla granskare tillsammans Krippendorffs α och, med minst tre
    granskare, Fleiss κ. Sist de bedömningar granskarna var oense om, med kommentarer.
    Bedöm först med sipcheck assess.
    """
    from sipcheck.agreement import agreement as compute
    from sipcheck.rounds import load_round

    state["lang"] = lang
    fmt = resolve_format(output_format, output, AgreementFormat)
    check_output(fmt, output, force)
    data = compute(load_round(round_file), lang, source=str(round_file))
    emit(_render(data, fmt, lang), fmt, output, force, lang)


def _render(data: dict, fmt: str, lang: str):
    if fmt == "json":
        from sipcheck.rounds import dumps

        return dumps(data)
    if fmt == "csv":
        from sipcheck.render.agreement_csv import agreement_csv

        return agreement_csv(data, lang)
    if fmt == "markdown":
        from sipcheck.render.agreement_markdown import agreement_markdown

        return agreement_markdown(data, lang)
    if fmt == "html":
        from sipcheck.render.agreement_html import agreement_html

        return agreement_html(data, lang)
    if fmt == "docx":
        from sipcheck.render.agreement_docx import agreement_docx

        return agreement_docx(data, lang)
    from sipcheck.render.agreement_terminal import agreement_view

    return agreement_view(data, lang)
