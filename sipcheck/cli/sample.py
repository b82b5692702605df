"""`sipcheck sample POOL --per-unit N | --total N --seed S --out FOLDER`: a round's plans.

Thin: find the pool's plans, leave out those reviewed in earlier rounds, draw, check the
drawn plans for personal data (refused until anonymised), write the round's folder.
"""

from pathlib import Path
from typing import Annotated

import typer

from sipcheck.cli.options import LangOption
from sipcheck.cli.output import console, progress_bar, say
from sipcheck.cli.project import use_lang
from sipcheck.text import SipcheckError, Text


def sample(
    pool: Annotated[Path, typer.Argument(metavar="MAPP",
        help="Mappen med alla anonymiserade planer att dra från (en undermapp per enhet, "
             "eller en plans.csv).", show_default=False)],
    out: Annotated[Path, typer.Option(
        "--out", metavar="MAPP", help="Omgångens mapp (ny eller tom).", show_default=False)],
    per_unit: Annotated[int | None, typer.Option(
        "--per-unit", metavar="N", min=1,
        help="Antal planer per enhet.", show_default=False)] = None,
    total: Annotated[int | None, typer.Option(
        "--total", metavar="N", min=1, help="Antal planer totalt, jämnt fördelade på enheterna.",
        show_default=False)] = None,
    seed: Annotated[str | None, typer.Option(
        "--seed", metavar="FRÖ", help="Fröet som bestämmer dragningen: samma frö ger samma planer "
        "(utan frö väljs ett och visas).", show_default=False)] = None,
    exclude: Annotated[list[Path] | None, typer.Option(
        "--exclude", metavar="OMGÅNG",
        help="Omgångsfil (JSON) vars planer inte ska dras igen. Kan anges flera "
        "gånger.", show_default=False)] = None,
    link: Annotated[bool, typer.Option(
        "--link", help="Länka till planerna i poolen i stället för att kopiera dem.")
    ] = False,
    lang: LangOption = None,
) -> None:
    """Dra planer till en granskningsomgång, slumpvis per enhet och reproducerbart.

    Slutkod 0: klart; 1: någon dragen plan innehåller personuppgifter (inget skrevs); 2: fel
    i användning, för få planer eller en plan som inte kan läsas.
    """
    import secrets

    from sipcheck.discover import discover
    from sipcheck.sample import draw, round_folder

    lang = use_lang(lang)
    if (per_unit is None) == (total is None):
        raise SipcheckError(Text("Ange antingen --per-unit N eller --total N.",
                                 "Give either --per-unit N or --total N."))
    if not pool.is_dir():
        raise SipcheckError(Text(f"{pool} är ingen mapp: ange mappen med planer att dra från.",
                                 f"{pool} is not a folder: give the folder of plans to draw "
                                 "from."))
    round_folder.check_folder(out)
    chosen_seed = seed if seed is not None else str(secrets.randbelow(10**6))
    plans, left_out = round_folder.not_reviewed(discover([pool]), list(exclude or []))
    drawn = (draw.per_unit(plans, per_unit, chosen_seed) if per_unit is not None
             else draw.total(plans, total, chosen_seed))
    with progress_bar(Text("Kontrollerar dragna planer", "Checking drawn plans"),
                      lang) as progress:
        round_folder.check_drawn(drawn, progress)
    record = {"pool": str(pool), "seed": chosen_seed, "per_unit": per_unit, "total": total,
              "exclude": [str(path) for path in exclude or []]}
    round_folder.write_folder(drawn, out, link, record)
    units = len({plan.unit for plan in drawn})
    _table(drawn, lang)
    excluded = (Text(f" {left_out} planer från tidigare omgångar lämnades utanför.",
                     f" {left_out} plans from earlier rounds were left out.").pick(lang)
                if exclude else "")
    said_seed = "" if seed is not None else Text(
        f" Fröet var {chosen_seed}: samma planer dras igen med --seed {chosen_seed}.",
        f" The seed was {chosen_seed}: the same plans are drawn again with --seed "
        f"{chosen_seed}.").pick(lang)
    how = Text("länkades", "were linked") if link else Text("kopierades", "were copied")
    say(Text(f"{len(drawn)} planer från {units} enheter {how.sv} till {out}, med plans.csv "
             f"och {round_folder.RECORD}.",
             f"{len(drawn)} plans from {units} units {how.en} to {out}, with plans.csv and "
             f"{round_folder.RECORD}.").pick(lang) + excluded + said_seed)


def _table(drawn, lang: str) -> None:
    """The drawn plans: file, unit and date."""
    from rich.table import Table

    from sipcheck.sample.draw import NO_UNIT

    table = Table(header_style="bold")
    for title in (Text("Fil", "File"), Text("Enhet", "Unit"), Text("Datum", "Date")):
        table.add_column(title.pick(lang), overflow="fold")
    for plan in drawn:
        table.add_row(plan.file, plan.unit or NO_UNIT.pick(lang), plan.date or "–")
    console().print(table)
