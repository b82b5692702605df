"""A checklist as a Markdown handout: levels, then each criterion with its definitions and
guidance, for a workshop or a wiki."""

from __future__ import annotations

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
from sipcheck.render.grid import markdown_cell
from sipcheck.text import Text
from sipcheck.text.words import CHECKLIST, words


def checklist_markdown(checklist: Checklist, lang: str = "sv") -> str:
    """The checklist as a handout: levels, then each criterion with its definitions."""
    w = words(CHECKLIST, lang)
    yes, no = w["yes"], w["no"]
    title = Text(checklist.title, checklist.title_en).pick(lang)
    out = [f"# {title}", "", about(checklist, lang), ""]
    if checklist.description:
        out += [" ".join(checklist.description.split()), ""]
    out += [f"## {w['levels']}", "",
            f"| {w['level']} | {w['points']} |",
            "|---|--:|"]
    out += [f"| {level.symbol} {markdown_cell(level.name(lang))} | {points(level, lang)} |"
            for level in checklist.levels]
    for number, criterion in enumerate(checklist.criteria, start=1):
        out += ["", f"## {number}. {criterion.name(lang)}", "",
                f"{w['id']}: `{criterion.id}` · "
                f"{w['column']}: {criterion.short_name(lang)} · "
                f"{w['weight']}: {weight(criterion.weight, lang)} · "
                f"{w['statutory']}: {yes if criterion.statutory else no}"]
        defined = definitions(criterion, checklist, lang)
        if defined:
            out += ["", f"| {w['level']} | "
                        f"{w['what_it_takes']} |", "|---|---|"]
            out += [f"| {level.symbol} {markdown_cell(level.name(lang))} | {markdown_cell(text)} |"
                    for level, text in defined]
        if guidance(criterion, lang):
            out += ["", f"**{w['guidance']}:** {guidance(criterion, lang)}"]
    out += ["", f"## {w['sections']}", "", HEADING_MATCH.pick(lang), "",
            f"| {w['section']} | {w['aliases']} | {w['cues']} |", "|---|---|---|"]
    out += [f"| `{section}` | {markdown_cell('; '.join(aliases))} | "
            f"{markdown_cell('; '.join(cues))} |" for section, aliases, cues in sections(checklist)]
    return "\n".join(out) + "\n"
