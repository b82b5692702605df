"""`sipcheck feedback`: the feedback for the team that wrote one plan.

Thin, like every command module: read the round file, let `sipcheck.experts.feedback`
gather what to say about the one plan asked for, hand it to a renderer, print or write. One
plan per call on purpose: the result goes to one team and must hold nothing about anyone
else's plan.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from sipcheck.cli.options import ForceOption, LangOption, OutputOption
from sipcheck.cli.output import check_output, emit, render, resolve_format
from sipcheck.cli.project import load, use_lang
from sipcheck.text import SipcheckError, Text


class FeedbackFormat(StrEnum):
    table = "table"
    markdown = "markdown"
    html = "html"
    docx = "docx"


RENDERERS = {"table": "sipcheck.render.feedback_terminal:feedback_view",
             "markdown": "sipcheck.render.feedback_markdown:feedback_markdown",
             "html": "sipcheck.render.feedback_html:feedback_html",
             "docx": "sipcheck.render.feedback_docx:feedback_docx"}


def feedback(
    round_file: Annotated[Path, typer.Argument(
        help="Omgångsfilen (sipcheck-round/1) som planen granskades i.", show_default=False)],
    plan: Annotated[list[str], typer.Option(
        "--plan", "-p", metavar="ID", show_default=False,
        help="Planens id i omgången, t.ex. arboga/sip-01 (en plan per körning).")],
    output_format: Annotated[FeedbackFormat | None, typer.Option(
        "--format", "-f", help="table (standard), markdown, html eller docx.",
        show_default=False)] = None,
    output: OutputOption = None,
    force: ForceOption = False,
    lang: LangOption = None,
) -> None:
    """Återkoppling till teamet som skrev en plan: nivå, belägg, experternas kommentarer
    och checklistans råd per kriterium, det som kan bli bättre först.

    Visar bara den planen: inga andra planers resultat och ingen sammanställning av
    omgången. Personuppgifter maskeras i all text.
    """
    from sipcheck.experts.feedback import feedback as build

    lang = use_lang(lang)
    if len(plan) != 1:
        raise SipcheckError(Text("Ange en plan per körning: återkopplingen går till ett team.",
                                 "Give one plan per run: the feedback goes to one team."))
    fmt = resolve_format(output_format, output, FeedbackFormat)
    check_output(fmt, output, force)
    data = build(load(round_file), plan[0], lang)
    emit(render(RENDERERS, fmt, data), fmt, output, force, lang)
