"""`sipcheck checklist …`: list, show, validate, test and start checklists; the schema and
the check kinds for those who write them."""

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from sipcheck.cli.options import LangOption
from sipcheck.cli.output import console, say
from sipcheck.cli.project import use_lang
from sipcheck.text import USAGE, SipcheckError, Text
from sipcheck.text.numbers import counted
from sipcheck.text.words import CHECKLIST, words

HELP = "Checklistor: lista, visa, validera, testa och skapa; JSON Schema och kontrolltyper."

ChecklistsArgument = Annotated[list[str], typer.Argument(
    help="Inbyggda checklistor (t.ex. kvalitetskollen) eller checklistfiler (.yaml).",
    metavar="CHECKLISTA...", show_default=False)]


def group(lang: LangOption = None) -> None:
    """Checklistor: lista, visa, validera, testa och skapa; JSON Schema och kontrolltyper."""


class ShowFormat(StrEnum):
    table = "table"
    markdown = "markdown"


def checklist_list(lang: LangOption = None) -> None:
    """Visa de inbyggda checklistorna."""
    from rich.table import Table

    from sipcheck.checklist.loader import load_checklist
    from sipcheck.checklist.sources import bundled_names

    lang = use_lang(lang)
    table = Table(header_style="bold")
    w = words(CHECKLIST, lang)
    table.add_column(w["name"])
    table.add_column(w["title"])
    table.add_column(w["criteria"], justify="right")
    for name in bundled_names():
        loaded = load_checklist(name)
        title = Text(loaded.title, loaded.title_en).pick(lang)
        if loaded.extends:
            title += Text(f" (bygger på {loaded.extends[0][:-5]})",
                          f" (extends {loaded.extends[0][:-5]})").pick(lang)
        table.add_row(name, title, str(len(loaded.criteria)))
    console().print(table)


def checklist_show(
    checklist: Annotated[str, typer.Argument(
        help="Inbyggd checklista (t.ex. kvalitetskollen) eller en checklistfil (.yaml).",
        metavar="CHECKLISTA", show_default=False)],
    output_format: Annotated[ShowFormat, typer.Option(
        "--format", "-f", help="table (för skärmen) eller markdown (att dela ut).")
    ] = ShowFormat.table,
    lang: LangOption = None,
) -> None:
    """Visa en checklista: kriterier, nivådefinitioner, vikter, lagkrav och råd."""
    from sipcheck.checklist.loader import load_checklist
    from sipcheck.render.checklist_markdown import checklist_markdown
    from sipcheck.render.checklist_terminal import checklist_table

    lang = use_lang(lang)
    loaded = load_checklist(checklist)
    if output_format is ShowFormat.markdown:
        sys.stdout.write(checklist_markdown(loaded, lang))
    else:
        console().print(checklist_table(loaded, lang))


def checklist_kinds(
    kind: Annotated[str | None, typer.Argument(metavar="TYP", help="En kontrolltyp, t.ex. date.",
                                               show_default=False)] = None,
    lang: LangOption = None,
) -> None:
    """Visa kontrolltyperna (kind) som regler kan använda, med alla alternativ."""
    from sipcheck.rules import MODULES

    use_lang(lang)
    if kind is not None and kind not in MODULES:
        raise SipcheckError(Text(f"Kontrolltypen «{kind}» finns inte. Typerna är: "
                                 f"{', '.join(MODULES)}.",
                                 f"There is no check kind '{kind}'. The kinds are: "
                                 f"{', '.join(MODULES)}."))
    for name, module in MODULES.items():
        if kind in (None, name):
            say(module.__doc__.strip() + "\n", stderr=False)


def checklist_schema(lang: LangOption = None) -> None:
    """Skriv ut checklistornas JSON Schema (för editorer och CI)."""
    use_lang(lang)
    from sipcheck.checklist.loader import schema

    sys.stdout.write(json.dumps(schema(), ensure_ascii=False, indent=2) + "\n")


class CheckFormat(StrEnum):
    text = "text"
    github = "github"
    json = "json"


CheckFormatOption = Annotated[CheckFormat, typer.Option(
    "--format", "-f", metavar="text|github|json",
    help="text: fil:rad:kolumn: meddelande (standard); github: anteckningar i GitHub "
         "Actions; json: ett JSON-dokument för andra verktyg.")]
QuietOption = Annotated[bool, typer.Option(
    "--quiet", "-q", help="Visa bara fel, en rad per fel. Så blir det också när utdata inte "
                          "går till en terminal (CI, en fil).")]


def _problems(file: str) -> tuple[str, list, object]:
    """(display name, findings, the resolved checklist or None) for one checklist."""
    from sipcheck.checklist.loader import resolve_checklist
    from sipcheck.checklist.sources import open_source
    from sipcheck.render.checklist_ci import error_finding, problem_finding

    try:
        name = open_source(file).name
        resolved = resolve_checklist(file)
    except SipcheckError as exc:
        return file, [error_finding(file, exc.said)], None
    return name, [problem_finding(problem) for problem in resolved.problems], resolved


def _print_findings(findings: list, fmt: CheckFormat, lang: str, title: str) -> None:
    for finding in findings:
        if fmt is CheckFormat.github:
            say(finding.github(lang, title), stderr=False)
        else:
            say(finding.text(lang))


def checklist_validate(files: ChecklistsArgument, output_format: CheckFormatOption =
                       CheckFormat.text, quiet: QuietOption = False,
                       lang: LangOption = None) -> None:
    """Validera checklistor, med det de ärver (extends).

    Slutkod 0 om alla är giltiga, annars 2; varje fel som fil:rad:kolumn: meddelande.
    """
    lang = use_lang(lang)
    checked = [_problems(file) for file in files]
    if output_format is CheckFormat.json:
        from sipcheck.render.checklist_ci import validate_json

        sys.stdout.write(validate_json([(name, found) for name, found, _ in checked], lang))
    else:
        quiet = quiet or not console().is_terminal or output_format is CheckFormat.github
        for name, findings, _ in checked:
            _print_findings(findings, output_format, lang, "sipcheck checklist validate")
            if not findings and not quiet:
                say(Text(f"{name}: giltig", f"{name}: valid").pick(lang), stderr=False)
    raise typer.Exit(USAGE if any(found for _, found, _ in checked) else 0)


def checklist_test(files: ChecklistsArgument, output_format: CheckFormatOption =
                   CheckFormat.text, quiet: QuietOption = False,
                   lang: LangOption = None) -> None:
    """Kör checklistornas exempel genom granskningen och visa vilka som får rätt nivå.

    Slutkod 0 om alla gör det, 1 om något exempel får fel nivå, 2 om en checklista är
    ogiltig. Utan terminal (i CI) eller med --quiet: bara de som får fel nivå, en rad var.
    """
    from sipcheck.checklist.examples import run_examples
    from sipcheck.checklist.loader import load_checklist
    from sipcheck.render.checklist_ci import example_finding

    lang = use_lang(lang)
    table = output_format is CheckFormat.text and not quiet and console().is_terminal
    code, checked = 0, []
    for file in files:
        name, problems, _ = _problems(file)
        if problems:
            code = USAGE
            checked.append((name, None, problems, []))
            if output_format is not CheckFormat.json:
                _print_findings(problems, output_format, lang, "sipcheck checklist test")
            continue
        loaded = load_checklist(file)
        results = run_examples(loaded)
        checked.append((name, loaded, [], results))
        failed = [result for result in results if not result.passed]
        if failed and code == 0:
            code = 1
        if output_format is CheckFormat.json:
            continue
        if table and results:
            from sipcheck.render.checklist_terminal import examples_table

            console().print(examples_table(loaded, results, lang))
        else:
            _print_findings([example_finding(loaded, result) for result in failed],
                            output_format, lang, "sipcheck checklist test")
        if not quiet and output_format is CheckFormat.text:
            say(_summary(loaded, results, lang), stderr=False)
    if output_format is CheckFormat.json:
        from sipcheck.render.checklist_ci import test_json

        sys.stdout.write(test_json(checked, lang))
    raise typer.Exit(code)


def _summary(loaded, results: list, lang: str) -> str:
    if not results:
        return Text(f"{loaded.source}: checklistan har inga exempel.",
                    f"{loaded.source}: the checklist has no examples.").pick(lang)
    failed = sum(not result.passed for result in results)
    passed = len(results) - failed
    failing = counted(failed, Text("underkänt", "fails"), Text("underkända", "fail"), lang)
    return Text(f"{loaded.source}: {passed} av {len(results)} exempel godkända, {failing}.",
                f"{loaded.source}: {passed} of {len(results)} examples pass, {failing}.").pick(lang)


def checklist_init(
    file: Annotated[Path, typer.Argument(metavar="FIL", help="Den nya checklistfilen (.yaml).",
                                         show_default=False)],
    extends: Annotated[str, typer.Option(
        "--extends", "-e", metavar="CHECKLISTA", help="Den inbyggda checklista den nya bygger på.")
    ] = "kvalitetskollen",
    force: Annotated[bool, typer.Option(
        "--force", help="Skriv över en befintlig fil.")] = False,
    lang: LangOption = None,
) -> None:
    """Skapa en egen checklista som bygger på en inbyggd.

    Med kommenterade exempel på allt som går att ändra.
    """
    from sipcheck.checklist.loader import resolve_checklist
    from sipcheck.checklist.sources import bundled_names
    from sipcheck.checklist.template import template
    from sipcheck.rounds import check_writable, write_atomic

    lang = use_lang(lang)
    if extends not in bundled_names():
        names = ", ".join(bundled_names())
        raise SipcheckError(Text(f"«{extends}» är ingen inbyggd checklista; välj en av: {names}.",
                                 f"'{extends}' is not a bundled checklist; choose one of: "
                                 f"{names}."))
    if file.suffix.lower() not in (".yaml", ".yml"):
        raise SipcheckError(Text(f"{file}: en checklista ska sluta på .yaml, t.ex. {file}.yaml.",
                                 f"{file}: a checklist must end in .yaml, e.g. {file}.yaml."))
    check_writable(file, force)
    write_atomic(file, template(file.name, file.stem, extends), force=force)
    resolved = resolve_checklist(str(file))
    for problem in resolved.problems:  # a bug, but say so in the user's terms
        say(problem.text(lang))
    if resolved.problems:
        raise typer.Exit(USAGE)
    say(Text(f"Skrev {file} (bygger på {extends}). Redigera den och kör sedan: sipcheck checklist "
             f"validate {file}",
             f"Wrote {file} (extends {extends}). Edit it, then run: sipcheck checklist validate "
             f"{file}").pick(lang), stderr=False)
    schema_file = file.parent / "checklist.schema.json"
    if not schema_file.exists():
        say(Text(f"För hjälp i editorn: sipcheck checklist schema > {schema_file}",
                 f"For help in the editor: sipcheck checklist schema > {schema_file}").pick(lang),
            stderr=False)
