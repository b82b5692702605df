"""A checklist as a Markdown handout: levels, then each criterion with its definitions and
guidance, for a workshop or a wiki."""

from __future__ import annotations

from sipcheck.checklist.model import Checklist
from sipcheck.render.checklist_sentences import about, definitions, guidance, points, weight
from sipcheck.render.grid import markdown_cell
from sipcheck.text import Text


def checklist_markdown(checklist: Checklist, lang: str = "sv") -> str:
    """The checklist as a handout: levels, then each criterion with its definitions."""
    yes, no = Text("ja", "yes").pick(lang), Text("nej", "no").pick(lang)
    title = Text(checklist.title, checklist.title_en).pick(lang)
    out = [f"# {title}", "", about(checklist, lang), ""]
    if checklist.description:
        out += [" ".join(checklist.description.split()), ""]
    out += [f"## {Text('Nivåer', 'Levels').pick(lang)}", "",
            f"| {Text('Nivå', 'Level').pick(lang)} | {Text('Poäng', 'Points').pick(lang)} |",
            "|---|--:|"]
    out += [f"| {level.symbol} {markdown_cell(level.name(lang))} | {points(level, lang)} |"
            for level in checklist.levels]
    for number, criterion in enumerate(checklist.criteria, start=1):
        out += ["", f"## {number}. {criterion.name(lang)}", "",
                f"{Text('Id', 'Id').pick(lang)}: `{criterion.id}` · "
                f"{Text('Kolumn', 'Column').pick(lang)}: {criterion.short_name(lang)} · "
                f"{Text('Vikt', 'Weight').pick(lang)}: {weight(criterion.weight, lang)} · "
                f"{Text('Lagkrav', 'Statutory').pick(lang)}: {yes if criterion.statutory else no}"]
        defined = definitions(criterion, checklist, lang)
        if defined:
            out += ["", f"| {Text('Nivå', 'Level').pick(lang)} | "
                        f"{Text('Vad som krävs', 'What it takes').pick(lang)} |", "|---|---|"]
            out += [f"| {level.symbol} {markdown_cell(level.name(lang))} | {markdown_cell(text)} |"
                    for level, text in defined]
        if guidance(criterion, lang):
            out += ["", f"**{Text('Råd', 'Guidance').pick(lang)}:** {guidance(criterion, lang)}"]
    return "\n".join(out) + "\n"
