"""`sipcheck compare` and `sipcheck trend`: reports across saved review rounds.

Thin, like every command module: read the round files, build the comparison
(`sipcheck.compare.comparison`), hand it to a renderer, print or write. matplotlib, jinja2 and
python-docx are imported only when a format needs them, so `sipcheck --help` stays fast.
"""

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from sipcheck.cli.options import ForceOption, LangOption, OutputOption, ReportFormat
from sipcheck.cli.output import check_output, emit, render, resolve_format, say
from sipcheck.cli.project import all_rounds, load, use_lang
from sipcheck.text import SipcheckError, Text


class TrendFormat(StrEnum):
    table = "table"
    markdown = "markdown"
    html = "html"
    docx = "docx"
    png = "png"
    csv = "csv"
    json = "json"


class By(StrEnum):
    unit = "unit"


COMPARE = {"table": "sipcheck.render.compare_terminal:compare_view",
           "markdown": "sipcheck.render.compare_markdown:compare_markdown",
           "csv": "sipcheck.render.compare_csv:compare_csv",
           "html": "sipcheck.render.compare_html:compare_html",
           "docx": "sipcheck.render.compare_docx:compare_docx"}
TREND = {"table": "sipcheck.render.compare_terminal:trend_view",
         "markdown": "sipcheck.render.compare_markdown:trend_markdown",
         "csv": "sipcheck.render.compare_csv:trend_csv",
         "html": "sipcheck.render.compare_html:trend_html",
         "docx": "sipcheck.render.compare_docx:trend_docx",
         "png": "sipcheck.render.compare_charts:trend_png"}

RoundsArgument = Annotated[list[Path] | None, typer.Argument(
    metavar="OMGÅNGAR...", show_default=False,
    help="Omgångsfiler (sipcheck-round/1), eller deras namn i projektets mapp för omgångar; "
         "utan: alla omgångar i den mappen.")]
KeepOrderOption = Annotated[bool, typer.Option(
    "--keep-order", help="Jämför omgångarna i den ordning de anges, inte i datumordning.")]
UnpairedOption = Annotated[bool, typer.Option(
    "--unpaired", help="Behandla omgångarna som oberoende urval (Fisher) även om plan-id "
    "återkommer, t.ex. när nya planer fått samma filnamn.")]


def compare(
    rounds: RoundsArgument = None,
    output_format: Annotated[ReportFormat | None, typer.Option(
        "--format", "-f", help="table (standard), markdown, html, docx, csv eller json.",
        show_default=False)] = None,
    output: OutputOption = None,
    force: ForceOption = False,
    by: Annotated[By | None, typer.Option(
        "--by", help="Visa också varje enhet (kommun/klinik) för sig: --by unit.",
        show_default=False)] = None,
    unpaired: UnpairedOption = False,
    keep_order: KeepOrderOption = False,
    lang: LangOption = None,
) -> None:
    """Jämför granskningsomgångar (äldst först) per kriterium, enhet och plan.

    Andel på varje nivå per omgång med Wilsons 95 %-intervall, förändring i
    procentenheter och utforskande p-värden (McNemar när samma planer granskats i båda
    omgångarna, Fisher annars). Medelpoäng och andel som uppfyller alla lagkrav.
    """
    from sipcheck.compare.comparison import attach_guidance, compare_rounds

    lang = use_lang(lang)
    fmt = resolve_format(output_format, output, ReportFormat)
    loaded, labels = _load(rounds, output, force, fmt, lang, keep_order)
    comparison = compare_rounds(loaded, labels, by_unit=by is By.unit, paired=not unpaired)
    if fmt != "table":
        attach_guidance(comparison, loaded)
    emit(render(COMPARE, fmt, comparison, lang), fmt, output, force, lang)


def trend(
    rounds: RoundsArgument = None,
    output_format: Annotated[TrendFormat | None, typer.Option(
        "--format", "-f", help="table (standard), markdown, html, docx, png, csv eller json.",
        show_default=False)] = None,
    output: OutputOption = None,
    force: ForceOption = False,
    unpaired: UnpairedOption = False,
    keep_order: KeepOrderOption = False,
    lang: LangOption = None,
) -> None:
    """Utvecklingen över många omgångar, som tabell och linjediagram.

    Andel som uppfyller varje kriterium per omgång, med Wilsons 95 %-intervall.
    """
    from sipcheck.compare.trend import trend_rounds

    lang = use_lang(lang)
    fmt = resolve_format(output_format, output, TrendFormat)
    loaded, labels = _load(rounds, output, force, fmt, lang, keep_order)
    emit(render(TREND, fmt, trend_rounds(loaded, labels, paired=not unpaired), lang), fmt,
          output, force, lang)


def _load(paths: list[Path] | None, output: Path | None, force: bool, fmt: str,
          lang: str, keep_order: bool = False) -> tuple[list[dict], list[str]]:
    """The rounds, oldest first: given in another order, they are put in date order and
    the user is told so (unless `keep_order`)."""
    from sipcheck.compare.comparison import default_labels, in_date_order, round_date

    paths = paths or all_rounds()
    if len(paths) < 2:
        raise SipcheckError(Text("Ange minst två omgångsfiler, äldst först, eller mappen med "
                                 'omgångar i sipcheck.toml (rounds = "omgangar").',
                                 "Give at least two round files, oldest first, or the folder of "
                                 'rounds in sipcheck.toml (rounds = "rounds").'))
    check_output(fmt, output, force)
    rounds = [load(path) for path in paths]
    labels = default_labels(rounds, [path.stem for path in paths])
    order = in_date_order(rounds)
    if order != list(range(len(rounds))):
        dated = ", ".join(labels[i] if round_date(rounds[i]) == labels[i]
                          else f"{labels[i]} ({round_date(rounds[i])})" for i in order)
        if keep_order:
            say(Text(f"Obs: omgångarna jämförs i den ordning de angavs, fast datumordningen är "
                     f"{dated}.",
                     f"Note: the rounds are compared in the order given, although their date "
                     f"order is {dated}.").pick(lang))
        else:
            say(Text(f"Omgångarna angavs inte i datumordning; de jämförs äldst först: {dated}. "
                     "Lägg till --keep-order för att jämföra dem i den ordning de angavs.",
                     f"The rounds were not given in date order; they are compared oldest first: "
                     f"{dated}. Add --keep-order to compare them in the order given.").pick(lang))
            rounds, labels = [rounds[i] for i in order], [labels[i] for i in order]
    return rounds, labels
