"""`sipcheck agreement`: how well the automatic review and the experts agree.

Thin, like every command module: read the round file, compute
(`sipcheck.experts.agreement`), hand the result to a renderer, print or write it
(`output`). jinja2 and python-docx are imported only when a format needs them, so
`sipcheck --help` stays fast.
"""

from pathlib import Path
from typing import Annotated

import typer

from sipcheck.cli.options import ForceOption, LangOption, OutputOption, ReportFormat
from sipcheck.cli.output import check_output, emit, render, resolve_format
from sipcheck.cli.project import load, use_lang

RENDERERS = {"table": "sipcheck.render.agreement_terminal:agreement_view",
             "markdown": "sipcheck.render.agreement_markdown:agreement_markdown",
             "csv": "sipcheck.render.agreement_csv:agreement_csv",
             "html": "sipcheck.render.agreement_html:agreement_html",
             "docx": "sipcheck.render.agreement_docx:agreement_docx"}


def agreement(
    round_file: Annotated[Path, typer.Argument(
        metavar="OMGÅNG", help="Omgångsfil (sipcheck-round/1) med experternas bedömningar.",
        show_default=False)],
    output_format: Annotated[ReportFormat | None, typer.Option(
        "--format", "-f", help="table (standard), markdown, html, docx, csv eller json.",
        show_default=False)] = None,
    output: OutputOption = None,
    force: ForceOption = False,
    lang: LangOption = None,
) -> None:
    """Överensstämmelse mellan den automatiska granskningen och experterna.

    Per kriterium och för hela omgången: andel lika bedömningar och Cohens κ
    (kvadratiskt viktad) mellan den automatiska granskningen och varje granskare och
    mellan granskarna; för alla granskare tillsammans Krippendorffs α och, med minst tre
    granskare, Fleiss κ. Sist de bedömningar granskarna var oense om, med kommentarer.
    Bedöm först med sipcheck assess.
    """
    from sipcheck.experts.agreement import agreement as compute

    lang = use_lang(lang)
    fmt = resolve_format(output_format, output, ReportFormat)
    check_output(fmt, output, force)
    data = compute(load(round_file), lang, source=str(round_file))
    emit(render(RENDERERS, fmt, data, lang), fmt, output, force, lang)
