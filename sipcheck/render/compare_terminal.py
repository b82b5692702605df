"""Comparison and trend reports for the terminal, as rich renderables (pure: the CLI prints).

Arrows carry the direction for readers without colour; colour only repeats it.
"""

from __future__ import annotations

from rich.console import Group
from rich.text import Text

from sipcheck.render import compare_sentences as sentences
from sipcheck.render.compare_grids import compare_grids, trend_grids
from sipcheck.render.grid import Grid, paragraph, stacked
from sipcheck.render.grid_terminal import GridView
from sipcheck.text.words import COMPARE, words


def grid_view(grid: Grid, interval_header: str = "", p_header: str = "") -> GridView:
    """A grid stacked to fit a terminal (`grid.stacked`) and laid out for its width; the
    long p header becomes 'p*' with its meaning under the table."""
    grid = stacked(grid, interval_header)
    headers, note = grid.headers, grid.note
    if p_header and p_header in headers:
        headers = ["p*" if header == p_header else header for header in headers]
        note = "; ".join(part for part in (note, f"* {p_header}") if part)
    return GridView(Grid(grid.key, grid.title, headers, grid.rows, grid.numeric, note),
                    style=_styled)


def _styled(cell: str) -> Text:
    if cell.startswith(sentences.ARROWS["up"]):
        return Text(cell, style="green")
    if cell.startswith(sentences.ARROWS["down"]):
        return Text(cell, style="red")
    return Text(cell)


def compare_view(comparison: dict, lang: str = "sv") -> Group:
    w = words(COMPARE, lang)
    parts = [paragraph(w["title"], "bold"), paragraph(sentences.basis_notice(comparison, lang))]
    parts += [paragraph(line) for line in sentences.pairing_notices(comparison, lang)]
    parts += [grid_view(grid, w["interval"], w["p"]) for grid in compare_grids(comparison, lang)]
    parts.append(paragraph(w["largest"], "bold"))
    parts += [paragraph(f"• {line}") for line in sentences.highlight_sentences(comparison, lang)]
    parts.append(paragraph(sentences.exploratory_note(comparison, lang), "dim"))
    return Group(*parts)


def trend_view(trend: dict, lang: str = "sv") -> Group:
    w = words(COMPARE, lang)
    parts = [paragraph(w["trend_title"], "bold"), paragraph(sentences.basis_notice(trend, lang))]
    parts += [grid_view(grid, w["interval"], w["p"]) for grid in trend_grids(trend, lang)]
    parts += [paragraph(line, "dim") for line in sentences.pairing_notices(trend, lang)]
    parts.append(paragraph(sentences.exploratory_note(trend, lang), "dim"))
    return Group(*parts)
