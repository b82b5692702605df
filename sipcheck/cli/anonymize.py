"""`sipcheck anonymize SOURCE… --out FOLDER`: anonymised copies of plans for a review.

Thin: find the plans, name the copies and refuse before any work what may not be written,
anonymise (in several processes for a large folder), print a line per file, keep the
report with the copies. The exit code says whether every copy was made and found clean.
"""

from pathlib import Path
from typing import Annotated

import typer

from sipcheck.cli.options import ForceOption, LangOption
from sipcheck.cli.output import console, progress_bar, say
from sipcheck.cli.project import use_lang
from sipcheck.text import USAGE, SipcheckError, Text


def anonymize(
    sources: Annotated[list[Path], typer.Argument(metavar="PLANER...",
        help="Mappar eller filer med planer (.docx, .pdf, .md, .txt).", show_default=False)],
    out: Annotated[Path, typer.Option(
        "--out", metavar="MAPP",
        help="Mappen där de anonymiserade kopiorna skrivs (samma relativa sökvägar).",
        show_default=False)],
    name: Annotated[list[str] | None, typer.Option(
        "--name", metavar="NAMN",
        help="Personens namn, t.ex. \"Karin Lindqvist\": ersätts överallt, också "
        "förnamnet ensamt, i genitiv och som initialer. Kan anges flera gånger.",
        show_default=False)] = None,
    dry_run: Annotated[bool, typer.Option(
        "--dry-run", help="Skriv inget: visa vad som skulle ersättas (typ, antal, plats).")
    ] = False,
    force: ForceOption = False,
    lang: LangOption = None,
) -> None:
    """Gör anonymiserade kopior av planer inför en granskning.

    Personuppgifter ersätts med platshållare ("\\[namn 1]", "\\[personnummer 1]"); i .docx tas
    kommentarer, spårade ändringar, bilder och dokumentegenskaper bort, en PDF skrivs som
    ett Word-dokument. Varje kopia genomsöks igen. Slutkod 0: klart; 1: något finns kvar i en kopia;
    2: fel i användning, eller någon plan kunde inte anonymiseras (de andra görs ändå).
    """
    from sipcheck.anonymize import names, report
    from sipcheck.anonymize.files import anonymize_job
    from sipcheck.anonymize.paths import check_places, copy_paths, manifests
    from sipcheck.discover import discover
    from sipcheck.parallel import map_ordered
    from sipcheck.rounds import write_atomic

    lang = use_lang(lang)
    persons = list(name or [])
    for person in persons:
        names.parts(person)
    plan_files = discover(sources)
    copies = copy_paths(plan_files, out, persons)
    check_places(sources, out, plan_files, [path for _, path in copies])
    report_path = out / report.REPORT_NAME
    lists = manifests(sources, out, plan_files, copies, persons)
    if not dry_run:
        _check_free([path for _, path in copies] + [report_path, *lists], out, force)
    jobs = [(plan, relative, path) for plan, (relative, path) in zip(plan_files, copies,
                                                                       strict=True)]
    with progress_bar(Text("Anonymiserar", "Anonymising"), lang) as progress:
        done = [0]

        def arrived(index, outcome) -> None:
            done[0] += 1
            progress(done[0], len(jobs), outcome.target)

        outcomes = map_ordered(anonymize_job, jobs, (persons, dry_run, force), None, arrived)
    if dry_run:
        _dry_run_table(outcomes, lang)
    else:
        for outcome in outcomes:
            if outcome.problem is None:
                say(report.line(outcome, lang), stderr=False)
        for path, text in lists.items():
            write_atomic(path, text, force=True)
        write_atomic(report_path, report.report_csv(outcomes, lang), force=True)
    _summary(outcomes, out, report_path, dry_run, lang)


def _check_free(paths: list[Path], out: Path, force: bool) -> None:
    """Refuses, before any work, to write over files already in the output folder."""
    if out.exists() and not out.is_dir():
        raise SipcheckError(Text(f"{out} är en fil: ange en mapp med --out.",
                                 f"{out} is a file: give a folder with --out."))
    existing = [path for path in paths if path.exists()]
    if existing and not force:
        shown = ", ".join(str(path) for path in existing[:3])
        more = len(existing) - 3
        raise SipcheckError(Text(
            f"{shown}{f' och {more} till' if more > 0 else ''} finns redan. Välj en annan "
            "mapp med --out eller lägg till --force för att skriva över.",
            f"{shown}{f' and {more} more' if more > 0 else ''} already exist. Choose another "
            "folder with --out or add --force to overwrite."))


def _dry_run_table(outcomes, lang: str) -> None:
    from rich.table import Table

    from sipcheck import privacy

    table = Table(header_style="bold")
    for title in (Text("Fil", "File"), Text("Personuppgift", "Personal data"),
                  Text("Antal", "Count"), Text("Var", "Where")):
        table.add_column(title.pick(lang), overflow="fold")
    kinds = list(privacy.KINDS)
    for outcome in outcomes:
        order = list(dict.fromkeys(place for _, place in outcome.replaced))
        for (kind, place), count in sorted(outcome.replaced.items(), key=lambda item: (
                order.index(item[0][1]), kinds.index(item[0][0]))):
            table.add_row(outcome.source, privacy.KINDS[kind].pick(lang), str(count),
                          place.pick(lang))
    if table.row_count:
        console().print(table)
    from sipcheck.anonymize import report

    for outcome in outcomes:
        if outcome.problem is None:
            said = report.cleaned(outcome, lang)
            if said or outcome.note:
                say(f"{outcome.source}: " + "; ".join(
                    said + ([outcome.note.pick(lang)] if outcome.note else [])), stderr=False)


def _summary(outcomes, out: Path, report_path: Path, dry_run: bool, lang: str) -> None:
    from sipcheck.anonymize import report

    problems = [o for o in outcomes if o.problem is not None]
    left = [o for o in outcomes if o.problem is None and o.remaining]
    made = len(outcomes) - len(problems)
    for outcome in problems:
        say(f"{outcome.source}: {outcome.problem.pick(lang)}")
    for outcome in left:
        say(Text(f"{outcome.target}: kvar efter anonymiseringen: ",
                 f"{outcome.target}: still there after anonymisation: ").pick(lang)
            + report.remaining(outcome, lang))
    if dry_run:
        say(Text(f"Provkörning: inget skrevs. {made} av {len(outcomes)} planer kan anonymiseras.",
                 f"Dry run: nothing was written. {made} of {len(outcomes)} plans can be "
                 "anonymised.").pick(lang))
    else:
        say(Text(f"{made} av {len(outcomes)} planer anonymiserades till {out}; rapporten är "
                 f"{report_path}.",
                 f"{made} of {len(outcomes)} plans were anonymised into {out}; the report is "
                 f"{report_path}.").pick(lang))
    if left:
        say(Text("Personuppgifter finns kvar i kopiorna ovan: rätta dem för hand innan de "
                 "skickas.",
                 "Personal data remains in the copies above: correct them by hand before they "
                 "are sent.").pick(lang))
    raise typer.Exit(USAGE if problems else 1 if left else 0)
