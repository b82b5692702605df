"""`sipcheck assess`: experts confirm or change the automatic levels of a saved round.

Interactive by default (`sipcheck.experts.session`); `--import` reads a filled-in CSV or
YAML file and `--export` writes one to fill in (`sipcheck.experts.answer_files`);
`--resolve` settles conflicts between experts; `--status` shows how far the experts have
come. Every change goes through `sipcheck.experts.assessments` and is written to the round
file atomically."""

import sys
from pathlib import Path
from typing import Annotated

import typer

from sipcheck.cli.options import LangOption
from sipcheck.cli.output import check_can_save, console, say
from sipcheck.cli.project import project, use_lang
from sipcheck.cli.project import round_file as project_round_file
from sipcheck.text import SipcheckError, Text
from sipcheck.text.numbers import counted


def assess(
    round_file: Annotated[Path, typer.Argument(metavar="OMGÅNG",
        help="Omgångsfilen (från sipcheck review --save). Varje svar sparas i den direkt.",
        show_default=False)],
    reviewer: Annotated[str | None, typer.Option(
        "--reviewer", "-r", metavar="NAMN",
        help="Ditt namn som granskare. Krävs för att bedöma och avgöra; "
        "vid --import fyller det tomma granskare-celler.", show_default=False)] = None,
    import_file: Annotated[Path | None, typer.Option(
        "--import", metavar="FIL",
        help="Läs in bedömningar från en ifylld .csv- eller .yaml-fil (plan, "
        "kriterium, nivå, granskare, kommentar). Allt eller inget läses in.",
        show_default=False)] = None,
    export_file: Annotated[Path | None, typer.Option(
        "--export", metavar="FIL",
        help="Skriv ett underlag att fylla i för hand (.csv för Excel eller "
        ".yaml), med förslagen och dina tidigare svar.", show_default=False)] = None,
    resolve: Annotated[bool, typer.Option(
        "--resolve", help="Avgör konflikter där granskare är oense (interaktivt, eller med "
        "--import för en fil med avgöranden).")] = False,
    plan: Annotated[str | None, typer.Option(
        "--plan", metavar="ID",
        help="Bedöm bara den här planen (plan-id).", show_default=False)] = None,
    criterion: Annotated[str | None, typer.Option(
        "--criterion", metavar="ID",
        help="Bedöm bara det här kriteriet (id).", show_default=False)] = None,
    revisit: Annotated[bool, typer.Option(
        "--all", help="Gå igenom alla bedömningar från början, också de du redan "
        "svarat på.")] = False,
    show_status: Annotated[bool, typer.Option(
        "--status", help="Visa hur långt granskarna har kommit och antalet konflikter.")
    ] = False,
    plans_folder: Annotated[Path | None, typer.Option(
        "--plans", metavar="MAPP", show_default=False,
        help="Mappen med planerna, om den inte är den som granskades (för o: öppna planen).")
    ] = None,
    force: Annotated[bool, typer.Option(
        "--force", help="Skriv över en befintlig fil vid --export.")] = False,
    lang: LangOption = None,
) -> None:
    """Bekräfta eller ändra den automatiska granskningens nivåer, en bedömning i taget.

    Visar kriteriet, vägledningen, beläggen, förslaget och var planen finns; Enter godtar
    förslaget, en siffra väljer en annan nivå (en kommentar kan stå efter den), k lägger
    till en kommentar, r godtar resten av planen, o öppnar planen. Varje svar sparas
    direkt, så ett avbrott (Ctrl-C) förlorar ingenting: kör samma kommando för att
    fortsätta där du slutade. Med flera granskare som är oense blir kriteriet en konflikt
    tills någon avgör den med --resolve.
    """
    from sipcheck.rounds import load_round

    lang = use_lang(lang)
    round_file = project_round_file(round_file)
    from sipcheck import privacy

    if reviewer and privacy.find(reviewer):  # the name is saved in the round and shown
        raise SipcheckError(Text("--reviewer ser ut att vara en personuppgift (för- och "
                                 "efternamn?); ange förnamn eller initialer, t.ex. --reviewer "
                                 "Anna.",
                                 "--reviewer looks like personal data (first and last name?); "
                                 "give a first name or initials, e.g. --reviewer Anna."))
    if import_file is not None and export_file is not None:
        raise SipcheckError(Text("Ange antingen --import eller --export, inte båda.",
                                 "Give either --import or --export, not both."))
    if export_file is not None:
        _export(round_file, export_file, reviewer, force, lang)
        return
    round_data = load_round(round_file)
    if show_status:
        from sipcheck.render.assess_status_terminal import status_table

        console().print(status_table(round_data, lang))
        return
    check_can_save(round_file)
    if import_file is not None:
        _import(round_file, round_data, import_file, reviewer, resolve, lang)
        return
    if not reviewer or not reviewer.strip():
        raise SipcheckError(
            Text("Ange ditt namn med --reviewer, t.ex. sipcheck assess omgang.json --reviewer "
                 "Anna.",
                 "Give your name with --reviewer, e.g. sipcheck assess round.json --reviewer "
                 "Anna."))
    _interactive(round_file, reviewer, plan, criterion, revisit, resolve, lang, plans_folder)


# What was read or saved, in the singular and the plural.
_JUDGEMENT = (Text("bedömning", "judgement"), Text("bedömningar", "judgements"))
_RESOLUTION = (Text("avgörande", "resolution"), Text("avgöranden", "resolutions"))
_ANSWER = (Text("svar", "answer"), Text("svar", "answers"))


def _export(round_file: Path, export_file: Path, reviewer: str | None, force: bool,
            lang: str) -> None:
    from sipcheck.experts.answer_files import export_answers
    from sipcheck.rounds import check_writable, load_round, write_bytes_atomic

    check_writable(export_file, force)
    round_data = load_round(round_file)
    write_bytes_atomic(export_file, export_answers(round_data, export_file, reviewer, lang),
                       force=force)
    say(Text(f"Underlaget sparades i {export_file}. Fyll i nivå (och kommentar) och läs in det "
             f"med: sipcheck assess {round_file} --import {export_file}",
             f"The form was saved to {export_file}. Fill in the level (and a comment) and read it "
             f"in with: sipcheck assess {round_file} --import {export_file}").pick(lang))


def _import(round_file: Path, round_data: dict, import_file: Path, reviewer: str | None,
            resolve: bool, lang: str) -> None:
    from sipcheck.experts import assessments
    from sipcheck.experts.answer_files import read_answers, read_file
    from sipcheck.rounds import update_round

    answers = read_answers(import_file, read_file(import_file), round_data, reviewer)
    if not answers:
        raise SipcheckError(Text(f"{import_file}: ingen rad har en ifylld nivå; inget lästes in.",
                                 f"{import_file}: no row has a level filled in; nothing was read."))
    written = update_round(round_file, lambda round_data: assessments.apply(
        round_data, answers, resolving=resolve, source=str(import_file)))
    experts = written["summary"]["experts"]
    names = sorted({a.reviewer.strip() for a in answers})
    read = counted(len(answers), *(_RESOLUTION if resolve else _JUDGEMENT), lang)
    say(Text(f"{read} lästes in från {import_file} ({', '.join(names)}).",
             f"{read} {'was' if len(answers) == 1 else 'were'} read from {import_file} "
             f"({', '.join(names)}).").pick(lang))
    _say_totals(experts, round_file, lang)


def _say_totals(experts: dict, round_file: Path, lang: str) -> None:
    conflicts = counted(experts["conflict"], Text("konflikt", "conflict"),
                        Text("konflikter", "conflicts"), lang)
    say(Text(f"Omgången: {experts['decided']} av {experts['judgements']} bedömningar avgjorda av "
             f"experter, {conflicts}.",
             f"The round: {experts['decided']} of {experts['judgements']} judgements decided by "
             f"experts, {conflicts}.").pick(lang))
    if experts["conflict"]:
        say(Text(f"Avgör konflikterna med: sipcheck assess {round_file} --resolve --reviewer NAMN",
                 f"Settle the conflicts with: sipcheck assess {round_file} --resolve --reviewer "
                 "NAME").pick(lang))


def _interactive(round_file: Path, reviewer: str, plan: str | None, criterion: str | None,
                 revisit: bool, resolve: bool, lang: str, plans_folder: Path | None) -> None:
    from sipcheck.experts.session import Session

    out = console()
    session = Session(round_file, reviewer, out, lambda prompt: out.input(prompt), lang=lang,
                      plan=plan, criterion=criterion, again=revisit, resolving=resolve,
                      plans=plans_folder, units=project().units)
    if not session.items:
        say(Text("Inga konflikter att avgöra." if resolve else "Inget att bedöma.",
                 "No conflicts to settle." if resolve else "Nothing to judge.").pick(lang),
            stderr=False)
        return
    if not revisit and not resolve and not session.remaining():
        say(Text(f"{reviewer} har redan bedömt alla {len(session.items)}. Lägg till --all för att "
                 "gå igenom dem igen.",
                 f"{reviewer} has already judged all {len(session.items)}. Add --all to go through "
                 "them again.").pick(lang), stderr=False)
        return
    outcome = session.run()
    one = outcome.answered == 1
    saved = counted(outcome.answered, *(_RESOLUTION if resolve else _ANSWER), lang) + \
        Text(" sparat" if one else " sparade", " saved").pick(lang)
    if outcome.interrupted or outcome.remaining:
        say(Text(f"{saved} i {round_file}; {outcome.remaining} kvar. Kör samma kommando för att "
                 "fortsätta.",
                 f"{saved} in {round_file}; {outcome.remaining} left. Run the same command to go "
                 "on.").pick(lang), stderr=False)
    else:
        say(Text(f"Klart: {saved} i {round_file}.", f"Done: {saved} in {round_file}.").pick(lang),
            stderr=False)
    from sipcheck.rounds import load_round

    _say_totals(load_round(round_file)["summary"]["experts"], round_file, lang)
    if outcome.interrupted:
        sys.exit(130)
