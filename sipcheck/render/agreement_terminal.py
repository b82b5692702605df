"""The agreement report for the terminal, as a rich renderable (pure: the CLI prints it).

The per-criterion table groups each criterion's rows between rules, so a reader can follow
one criterion across its comparisons without the title repeated on every line.
"""

from __future__ import annotations

from rich import box
from rich.console import Group
from rich.table import Table
from rich.text import Text

from sipcheck.render import agreement_grids
from sipcheck.render import agreement_sentences as sentences
from sipcheck.render.grid import Grid, paragraph
from sipcheck.text.words import AGREEMENT, words


def grid_table(grid: Grid, short_columns: tuple[int, ...] = ()) -> Table:
    """A grid as a rich table; a new group starts at every row with a first cell. Numeric
    columns and `short_columns` are kept on one line."""
    table = Table(title=grid.title, title_justify="left", title_style="bold",
                  header_style="bold", box=box.SIMPLE_HEAD, caption=grid.note or None,
                  caption_justify="left")
    for column, (header, right) in enumerate(zip(grid.headers, grid.numeric, strict=True)):
        cells = [row[column] for row in grid.rows]
        # numbers, statistics and comparisons ("Automatisk – Anna") stay on one line;
        # titles, comments and remarks wrap
        whole = right or column in short_columns
        longest = max([len(cell) for cell in cells] + [len(header) if right else 4])
        table.add_column(header, justify="right" if right else "left", overflow="fold",
                         min_width=longest if whole else None)
    grouped = any(not row[0] for row in grid.rows)
    for index, row in enumerate(grid.rows):
        last_of_group = (grouped and index + 1 < len(grid.rows)
                         and bool(grid.rows[index + 1][0]))
        table.add_row(*[_styled(cell) for cell in row], end_section=last_of_group)
    return table


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
    parts += [grid_table(overall, (0, 1)), Text(""), grid_table(by_criterion, (1, 2)), Text("")]
    disagreements = agreement_grids.disagreement_grid(data, lang)
    if disagreements.rows:
        parts += [grid_table(disagreements, (2,)), Text("")]
    else:
        parts += [paragraph(w["disagreements"], "bold"),
                  paragraph(sentences.no_disagreements(data, lang))]
    parts.append(paragraph(w["notes"], "bold"))
    parts += [paragraph(f"• {line}", "dim") for line in sentences.notes(data, lang)]
    return Group(*parts)
