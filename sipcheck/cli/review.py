"""`sipcheck review`: read plans, judge them against a checklist, show or save the round.

Thin, like every command module: load the checklist (refused before any plan is read when
it is invalid), review, hand the round to a renderer, print; the exit code says whether
every plan was read, scored above `--fail-under` and free of personal data.
"""

import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from sipcheck.cli.options import LangOption
from sipcheck.cli.output import console, progress_bar, say
from sipcheck.cli.project import checklist_name, name_units, save_path, use_lang
from sipcheck.text import USAGE, Text


class ReviewFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"
    markdown = "markdown"


# Plans from which a review keeps their entries packed until the round is written
# (`sipcheck.plan_entries`): a county's thousands of plans in flat memory.
PACKED_FROM = 1000


def review(
    paths: Annotated[list[Path], typer.Argument(metavar="PLANER...",
        help="Mappar eller filer med planer (.docx, .pdf, .md, .txt). Första undermappen "
             "är enheten.", show_default=False)],
    checklist: Annotated[str | None, typer.Option(
        "--checklist", "-c", metavar="CHECKLISTA", show_default=False,
        help="Inbyggd checklista eller sökväg till en .yaml-fil (standard: projektets "
             "checklist, annars kvalitetskollen).")] = None,
    output_format: Annotated[ReviewFormat, typer.Option(
        "--format", "-f", help="Utdata: table, json, csv eller markdown.")
    ] = ReviewFormat.table,
    details: Annotated[bool, typer.Option(
        "--details", "-d", help="Visa nivå, belägg med plats och motivering per kriterium.")
    ] = False,
    save: Annotated[Path | None, typer.Option(
        "--save", metavar="FIL",
        help="Spara omgången som JSON-fil (omgångsfilen).", show_default=False)
    ] = None,
    force: Annotated[bool, typer.Option(
        "--force", help="Skriv över en befintlig fil vid --save.")] = False,
    round_name: Annotated[str | None, typer.Option(
        "--round", metavar="NAMN",
        help="Omgångens namn, t.ex. 2024-09.", show_default=False)] = None,
    fail_under: Annotated[float | None, typer.Option(
        "--fail-under", metavar="PROCENT", min=0, max=100,
        help="Avsluta med kod 1 om någon plan har lägre poäng (procent).",
        show_default=False)] = None,
    jobs: Annotated[int | None, typer.Option(
        "--jobs", "-j", metavar="N", min=1,
        help="Antal processer som läser planer samtidigt (standard: alla kärnor; 1: en i "
             "taget).", show_default=False)] = None,
    no_cache: Annotated[bool, typer.Option(
        "--no-cache", help="Läs om varje fil: använd inte cachen och spara inget i den.")
    ] = False,
    lang: LangOption = None,
) -> None:
    """Granska planer mot en checklista och visa resultatet.

    Slutkod 0: klart; 1: någon plan under --fail-under eller med personuppgifter; 2: fel i
    användning eller checklista, eller något dokument kunde inte läsas (övriga granskas ändå).
    """
    from sipcheck.discover import manifest_warnings
    from sipcheck.review import review_paths
    from sipcheck.rounds import check_writable, json_parts, write_atomic

    lang = use_lang(lang)
    loaded = _checklist(checklist_name(checklist), no_cache)
    if save is not None:
        save = save_path(save)
        check_writable(save, force)  # refuses before any plan is read
    for warning in manifest_warnings(paths):
        say(warning.pick(lang))
    with progress_bar(Text("Läser planer", "Reading plans"), lang) as progress:
        round_data = name_units(review_paths(paths, loaded, round_name, lang, progress,
                                             jobs=jobs, cache=not no_cache,
                                             packed_from=PACKED_FROM))
    if save is not None:
        # where the plans are, from the round file: `assess` opens a plan from there
        round_data["plans_folders"] = [
            Path(os.path.relpath(path.resolve(), save.resolve().parent)).as_posix()
            for path in paths]
    if output_format is ReviewFormat.json:
        for part in json_parts(round_data):
            sys.stdout.write(part)
    elif output_format is ReviewFormat.csv:
        from sipcheck.render.review_csv import review_csv

        sys.stdout.write(review_csv(round_data, lang))
    elif output_format is ReviewFormat.markdown:
        from sipcheck.render.review_markdown import review_markdown

        sys.stdout.write(review_markdown(round_data, lang, with_details=details))
    else:
        from sipcheck.render import review_terminal as terminal

        out = console()
        out.print(terminal.review_table(round_data, lang, out.width))
        out.print(terminal.legend(round_data, lang, out.width))
        problems = terminal.problems(round_data, lang)
        if problems is not None:
            out.print(problems)
        if details:
            out.print(terminal.details(round_data, lang))
    with_pii = sorted({plan["file"] for plan in round_data["plans"]
                       if any(p["code"].startswith("pii.") for p in plan["problems"])})
    if with_pii:
        say(Text("Personuppgifter hittades i dessa filer; anonymisera dem innan granskningen delas "
                 "(uppgifterna visas inte i rapporten): ",
                 "Personal data was found in these files; anonymise them before the review is "
                 "shared (the data is not shown in the report): ").pick(lang)
            + ", ".join(with_pii))
    if save is not None:
        write_atomic(save, json_parts(round_data), force=force)
        say(Text(f"Omgången sparades i {save}.", f"The round was saved to {save}.").pick(lang))
    raise typer.Exit(_exit_code(round_data, fail_under))


def _checklist(name: str, no_cache: bool):
    """The checklist, kept ready in the cache folder unless `--no-cache`
    (`sipcheck.checklist.kept`: loading it is most of a warm review's time)."""
    if no_cache:
        from sipcheck.checklist.loader import load_checklist

        return load_checklist(name)
    from sipcheck.cache import cache_dir, review_version
    from sipcheck.checklist.kept import load_checklist_kept

    return load_checklist_kept(name, cache_dir(), review_version())


def _exit_code(round_data: dict, fail_under: float | None) -> int:
    if any(plan["status"] != "ok" for plan in round_data["plans"]):
        return USAGE
    if any(problem["code"].startswith("pii.") for plan in round_data["plans"]
           for problem in plan["problems"]):
        return 1
    if fail_under is not None and any(
            plan["score"] and plan["score"]["percent"] is not None
            and plan["score"]["percent"] < fail_under for plan in round_data["plans"]):
        return 1
    return 0
