"""The agreement report for the terminal, as a rich renderable (pure: the CLI prints it).

The per-criterion table groups each criterion's rows between rules, so a reader can follow
one criterion across its comparisons without the title repeated on every line. Every table
is laid out for the width it is printed at (`grid_terminal`), never cut.
"""

from __future__ import annotations

from rich.console import Group
from rich.text import Text

from sipcheck.render import agreement_grids
from sipcheck.render import agreement_sentences as sentences
from sipcheck.render.grid import Grid, paragraph
from sipcheck.render.grid_terminal import GridView
from sipcheck.text.words import AGREEMENT, words


def grid_view(grid: Grid, whole: tuple[int, ...] = ()) -> GridView:
    """A grid laid out for the terminal's width: numbers, statistics and comparisons
    ("Automatisk – Anna") in `whole` stay on one line, titles and comments wrap, and a
    remark becomes a numbered note under the table when the table would not fit."""
    remarks = {words(AGREEMENT, lang)["remark"] for lang in ("sv", "en")}
    last = len(grid.headers) - 1
    return GridView(grid, whole, (last,) if grid.headers[last] in remarks else (), _styled)


def _styled(cell: str) -> Text:
    if cell.startswith("odefinierat") or cell.startswith("undefined"):
        return Text(cell, style="yellow")
    return Text(cell)


def agreement_view(data: dict, lang: str = "sv") -> Group:
    w = words(AGREEMENT, lang)
    parts = [paragraph(w["title"], "bold")]
    parts += [Text(line) for line in sentences.front_lines(data, lang)]
    parts.append(Text(""))
    overall, by_criterion = agreement_grids.grids(data, lang)
    parts += [grid_view(overall, (0, 1)), grid_view(by_criterion, (1, 2))]
    disagreements = agreement_grids.disagreement_grid(data, lang)
    if disagreements.rows:
        parts.append(grid_view(disagreements, (2,)))
    else:
        parts += [paragraph(w["disagreements"], "bold"),
                  paragraph(sentences.no_disagreements(data, lang))]
    parts.append(paragraph(w["notes"], "bold"))
    parts += [paragraph(f"• {line}", "dim") for line in sentences.notes(data, lang)]
    return Group(*parts)
