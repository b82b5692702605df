"""A checklist as a Markdown handout: levels, then each criterion with its definitions and
guidance, for a workshop or a wiki."""

from __future__ import annotations

from sipcheck.checklist.model import Checklist
from sipcheck.errors import pick
from sipcheck.render.checklist_sentences import about, definitions, guidance, points, weight
from sipcheck.render.grid import markdown_cell


def checklist_markdown(checklist: Checklist, lang: str = "sv") -> str:
    """The checklist as a handout: levels, then each criterion with its definitions."""
    yes, no = pick(lang, "ja", "yes"), pick(lang, "nej", "no")
    out = [f"# {pick(lang, checklist.title, checklist.title_en)}", "", about(checklist, lang), ""]
    if checklist.description:
        out += [" ".join(checklist.description.split()), ""]
    out += [f"## {pick(lang, 'Nivåer', 'Levels')}", "",
            f"| {pick(lang, 'Nivå', 'Level')} | {pick(lang, 'Poäng', 'Points')} |", "|---|--:|"]
    out += [f"| {level.symbol} {markdown_cell(level.name(lang))} | {points(level, lang)} |"
            for level in checklist.levels]
    for number, criterion in enumerate(checklist.criteria, start=1):
        out += ["", f"## {number}. {criterion.name(lang)}", "",
                f"{pick(lang, 'Id', 'Id')}: `{criterion.id}` · "
                f"{pick(lang, 'Kolumn', 'Column')}: {criterion.short_name(lang)} · "
                f"{pick(lang, 'Vikt', 'Weight')}: {weight(criterion.weight, lang)} · "
                f"{pick(lang, 'Lagkrav', 'Statutory')}: {yes if criterion.statutory else no}"]
        defined = definitions(criterion, checklist, lang)
        if defined:
            out += ["", f"| {pick(lang, 'Nivå', 'Level')} | "
                        f"{pick(lang, 'Vad som krävs', 'What it takes')} |", "|---|---|"]
            out += [f"| {level.symbol} {markdown_cell(level.name(lang))} | {markdown_cell(text)} |"
                    for level, text in defined]
        if guidance(criterion, lang):
            out += ["", f"**{pick(lang, 'Råd', 'Guidance')}:** {guidance(criterion, lang)}"]
    return "\n".join(out) + "\n"
