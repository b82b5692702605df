"""A checklist on a workshop screen (`sipcheck checklist show`), and the results of its
examples (`sipcheck checklist test`), as rich renderables.

Pure: a Checklist (or example results) in, a renderable out; only the CLI prints.
"""

from __future__ import annotations

from rich import box
from rich.console import Group
from rich.table import Table
from rich.text import Text as RichText

from sipcheck.checklist.model import Checklist
from sipcheck.render.checklist_sentences import (
    HEADING_MATCH,
    about,
    definitions,
    guidance,
    points,
    sections,
    weight,
)
from sipcheck.text import Text
from sipcheck.text.words import CHECKLIST, words


def checklist_table(checklist: Checklist, lang: str = "sv") -> Group:
    """Levels, then one row per criterion: weight, statutory, level definitions, guidance."""
    w = words(CHECKLIST, lang)
    title = Text(checklist.title, checklist.title_en).pick(lang)
    head = RichText.assemble((title, "bold"), "\n", (about(checklist, lang), "dim"))
    levels = Table(box=box.SIMPLE_HEAD, header_style="bold",
                   title=w["levels"], title_justify="left")
    levels.add_column(w["level"])
    levels.add_column(w["points"], justify="right")
    for level in checklist.levels:
        levels.add_row(RichText(f"{level.symbol} {level.name(lang)}", style=level.color),
                       points(level, lang))
    table = Table(box=box.HEAVY_HEAD, show_lines=True, header_style="bold", expand=True)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column(w["criterion"], ratio=2)
    table.add_column(w["weight"], justify="right", no_wrap=True)
    table.add_column("§", justify="center", no_wrap=True)
    table.add_column(w["levels"], ratio=4)
    table.add_column(w["guidance"], ratio=3)
    for number, criterion in enumerate(checklist.criteria, start=1):
        name = RichText.assemble((criterion.name(lang), "bold"), "\n",
                             (f"{criterion.id} · {criterion.short_name(lang)}", "dim"))
        defined = RichText()
        for level, text in definitions(criterion, checklist, lang):
            if defined:
                defined.append("\n")
            defined.append(f"{level.symbol} {level.name(lang)}: ", style=f"bold {level.color}")
            defined.append(text)
        table.add_row(str(number), name, weight(criterion.weight, lang),
                      "§" if criterion.statutory else "", defined, guidance(criterion, lang))
    notes = RichText(Text("§ = lagkrav. Vikt = hur mycket kriteriet väger i planens poäng.",
                          "§ = statutory. Weight = how much the criterion counts in a plan's "
                          "score.").pick(lang),
        style="dim")
    return Group(head, levels, table, notes, sections_table(checklist, lang))


def sections_table(checklist: Checklist, lang: str = "sv") -> Group:
    """The sections a plan is read into: each one's aliases and cues, and how a heading is
    matched to them."""
    w = words(CHECKLIST, lang)
    table = Table(box=box.SIMPLE_HEAD, header_style="bold", expand=True,
                  title=w["sections"], title_justify="left")
    table.add_column(w["section"], no_wrap=True)
    table.add_column(w["aliases"], ratio=3)
    table.add_column(w["cues"], ratio=2)
    for section, aliases, cues in sections(checklist):
        table.add_row(section, "; ".join(aliases), "; ".join(cues))
    return Group(table, RichText(HEADING_MATCH.pick(lang), style="dim"))


def examples_table(checklist: Checklist, results: list, lang: str = "sv") -> Table:
    """One row per example: passed or not, criterion, example, expected and given level;
    for a failure, where the example is written and the engine's reason."""
    w = words(CHECKLIST, lang)
    passed = sum(result.passed for result in results)
    title = Text(f"{checklist.title}: {passed} av {len(results)} exempel godkända",
                 f"{checklist.title_en}: {passed} of {len(results)} examples pass").pick(lang)
    table = Table(title=title, header_style="bold", box=box.HEAVY_HEAD)
    table.add_column("", no_wrap=True)
    table.add_column(w["criterion"], no_wrap=True)
    table.add_column(w["example"], overflow="fold")
    table.add_column(w["expected"])
    table.add_column(w["got"])
    failures = any(not result.passed for result in results)
    if failures:
        table.add_column(w["reason"], ratio=1)
    names = {level.id: level for level in checklist.levels}

    def level_text(level_id: str) -> RichText:
        level = names.get(level_id)
        if level is None:
            return RichText(w["unreadable"])
        return RichText(f"{level.symbol} {level.name(lang)}", style=level.color)

    for result in results:
        ok = result.passed
        reason = ""
        if not ok:
            where = f"{result.example.file}:{result.example.line}: " if result.example.line \
                else ""
            reason = where + result.reason.pick(lang)
        cells = [RichText("✔" if ok else "✘", style="green" if ok else "bold red"),
                 result.criterion.id, result.example.name, level_text(result.example.level),
                 level_text(result.got)]
        table.add_row(*cells, *([reason] if failures else []))
    return table
