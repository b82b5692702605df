"""`sipcheck feedback`: the feedback for the team that wrote one plan.

Thin, like every command module: read the round file, let `sipcheck.experts.feedback`
gather what to say about the one plan asked for, hand it to a renderer, print or write. One
plan per call on purpose: the result goes to one team and must hold nothing about anyone
else's plan.
"""

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from sipcheck.cli.options import ForceOption, LangOption
from sipcheck.cli.output import check_output, emit, render, resolve_format, say
from sipcheck.cli.project import load, use_lang
from sipcheck.text import SipcheckError, Text
from sipcheck.text.numbers import counted


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
    round_file: Annotated[Path, typer.Argument(metavar="OMGÅNG",
        help="Omgångsfilen (sipcheck-round/1) som planen granskades i.", show_default=False)],
    plan: Annotated[list[str] | None, typer.Option(
        "--plan", "-p", metavar="ID", show_default=False,
        help="Planens id i omgången, t.ex. arboga/sip-01 (en plan per körning).")] = None,
    every_plan: Annotated[bool, typer.Option(
        "--all", help="Återkoppling till varje plan i omgången, en fil per plan, i mappen som "
                      "anges med --output, med en förteckning.")] = False,
    output_format: Annotated[FeedbackFormat | None, typer.Option(
        "--format", "-f", help="table (standard), markdown, html eller docx.",
        show_default=False)] = None,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", metavar="FIL", show_default=False,
        help="Skriv återkopplingen till en fil (atomiskt), eller med --all till en mapp. "
             "Formatet följer filändelsen om --format inte anges.")] = None,
    force: ForceOption = False,
    lang: LangOption = None,
) -> None:
    """Återkoppling till teamet som skrev en plan.

    Nivå, belägg, experternas kommentarer och checklistans råd per kriterium, det som kan
    bli bättre först. Visar bara den planen: inga andra planers resultat och ingen
    sammanställning av omgången. Personuppgifter maskeras i all text. Med --all: ett
    dokument per plan och en förteckning.
    """
    from sipcheck.experts.feedback import feedback as build

    lang = use_lang(lang)
    if every_plan:
        if plan:
            raise SipcheckError(Text("Ange antingen --plan eller --all, inte båda.",
                                     "Give either --plan or --all, not both."))
        _every_plan(round_file, output_format, output, force, lang)
        return
    if not plan:
        raise SipcheckError(Text("Ange planen med --plan ID, t.ex. --plan arboga/sip-01, eller "
                                 "--all för en återkoppling till varje plan.",
                                 "Give the plan with --plan ID, e.g. --plan arboga/sip-01, or "
                                 "--all for feedback to every plan."))
    if len(plan) != 1:
        raise SipcheckError(Text("Ange en plan per körning: återkopplingen går till ett team.",
                                 "Give one plan per run: the feedback goes to one team."))
    fmt = resolve_format(output_format, output, FeedbackFormat)
    check_output(fmt, output, force)
    data = build(load(round_file), plan[0], lang)
    emit(render(RENDERERS, fmt, data), fmt, output, force, lang)


SUFFIX = {"docx": ".docx", "html": ".html", "markdown": ".md"}


def _every_plan(round_file: Path, chosen, folder: Path | None, force: bool, lang: str) -> None:
    """One document per plan that was read, in `folder`, and an index (index.csv) saying
    which file is which plan's, for the project leader who sends each team its own. Every
    file is checked before any is written: nothing is half done or overwritten."""
    from sipcheck.experts.feedback import feedback as build
    from sipcheck.render.feedback_index import feedback_index
    from sipcheck.rounds import check_writable, write_atomic, write_bytes_atomic

    if folder is None or folder.suffix:
        raise SipcheckError(Text("Ange mappen för återkopplingarna med --output, t.ex. --all "
                                 "--output aterkoppling/.",
                                 "Give the folder for the feedback with --output, e.g. --all "
                                 "--output feedback/."))
    if folder.exists() and not folder.is_dir():
        raise SipcheckError(Text(f"{folder} är en fil; ange en mapp med --output.",
                                 f"{folder} is a file; give a folder with --output."))
    fmt = str(chosen) if chosen is not None else "docx"
    if fmt not in SUFFIX:
        raise SipcheckError(Text("Med --all skrivs filer: välj --format docx, html eller "
                                 "markdown.",
                                 "With --all files are written: choose --format docx, html or "
                                 "markdown."))
    round_data = load(round_file)
    plans = [p for p in round_data["plans"] if p["score"] is not None]
    skipped = [p["id"] for p in round_data["plans"] if p["score"] is None]
    written = [(p, folder / (_file_name(p["id"]) + SUFFIX[fmt])) for p in plans]
    index = folder / "index.csv"
    for path in [*(path for _, path in written), index]:
        check_writable(path, force)
    for entry, path in written:
        report = render(RENDERERS, fmt, build(round_data, entry["id"], lang))
        if isinstance(report, bytes):
            write_bytes_atomic(path, report, force=force)
        else:
            write_atomic(path, report, force=force)
    write_atomic(index, feedback_index(round_data, written, skipped, lang), force=force)
    documents = counted(len(written), Text("återkoppling", "feedback document"),
                        Text("återkopplingar", "feedback documents"), lang)
    say(Text(f"{documents} sparades i {folder} (förteckning: {index}).",
             f"{documents} were saved in {folder} (index: {index}).").pick(lang))
    if skipped:
        say(Text(f"Ingen återkoppling till planer som inte kunde läsas: {', '.join(skipped)}.",
                 f"No feedback to plans that could not be read: {', '.join(skipped)}.").pick(lang))


def _file_name(plan_id: str) -> str:
    """A plan's id as a file name: koping/sip-01 -> koping-sip-01."""
    return "".join(c if c.isalnum() or c in "-_." else "-" for c in plan_id).strip("-.")
