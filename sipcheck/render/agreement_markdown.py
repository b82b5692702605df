"""The agreement report as Markdown, for a wiki, a ticket or the minutes of a workshop."""

from __future__ import annotations

from sipcheck.render import agreement_grids
from sipcheck.render import agreement_sentences as sentences
from sipcheck.render.grid import grid_markdown
from sipcheck.text.words import AGREEMENT, words


def agreement_markdown(data: dict, lang: str = "sv") -> str:
    w = words(AGREEMENT, lang)
    out = [f"# {w['title']}", ""]
    out += [f"- {line}" for line in sentences.front_lines(data, lang)] + [""]
    out += [f"## {w['summary']}", ""]
    out += [f"- {line}" for line in sentences.summary_lines(data, lang)] + [""]
    for grid in agreement_grids.grids(data, lang):
        out += grid_markdown(grid)
    disagreements = agreement_grids.disagreement_grid(data, lang)
    if disagreements.rows:
        out += grid_markdown(disagreements)
    else:
        out += [f"## {w['disagreements']}", "", sentences.no_disagreements(data, lang), ""]
    out += [f"## {w['notes']}", ""]
    out += [f"- {line}" for line in sentences.notes(data, lang)] + [""]
    return "\n".join(out)
