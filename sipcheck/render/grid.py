"""A table as plain cells (`Grid`), and the forms every report lays it out in.

Reports build their tables as `Grid`s of text, so a number can never differ between
formats: the terminal, Markdown, HTML and Word only lay the same cells out. Here are the
pieces every report shares: the grid, its narrow (stacked) form, its Markdown lines and a
terminal paragraph.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rich.text import Text


@dataclass
class Grid:
    key: str
    title: str
    headers: list[str]
    rows: list[list[str]]
    numeric: list[bool] = field(default_factory=list)  # right-aligned columns
    note: str = ""

    def __post_init__(self) -> None:
        if not self.numeric:
            self.numeric = [False] + [True] * (len(self.headers) - 1)


def stacked(grid: Grid, interval_header: str, p_header: str = "") -> Grid:
    """The same grid for narrow layouts (terminal, Word, HTML): each interval column goes
    under the share before it, and a bracketed interval or a test's name onto a line of
    its own. With `p_header`, each p-value column goes under the change before it instead,
    its test's name beside it, for layouts with many rounds side by side (HTML)."""
    headers, numeric = list(grid.headers), list(grid.numeric)
    rows = [list(row) for row in grid.rows]
    for header in (interval_header, p_header):
        for index in reversed(range(1, len(headers))):
            if header and headers[index] == header:
                headers[index - 1] += f"\n{headers[index]}"
                for row in rows:
                    row[index - 1] = f"{row[index - 1]}\n{row[index]}" if row[index] \
                        else row[index - 1]
                for column in (headers, numeric, *rows):
                    del column[index]
    marks = (" [",) if p_header else (" [", " (McNemar)", " (Fisher)")
    for row in rows:
        for index, cell in enumerate(row):
            for mark in marks:
                cell = cell.replace(mark, "\n" + mark[1:])
            row[index] = cell
    return Grid(grid.key, grid.title, headers, rows, numeric, grid.note)


def markdown_cell(text: str) -> str:
    """Text for one Markdown table cell: on one line, with `|` escaped."""
    return " ".join(str(text).split()).replace("|", "\\|")


def grid_markdown(grid: Grid, level: int = 2) -> list[str]:
    """The grid as a Markdown table under a heading of `level`, its note in italics."""
    out = [f"{'#' * level} {grid.title}", "",
           "| " + " | ".join(markdown_cell(h) for h in grid.headers) + " |",
           "|" + "|".join("--:" if right else "---" for right in grid.numeric) + "|"]
    out += ["| " + " | ".join(markdown_cell(c) for c in row) + " |" for row in grid.rows]
    if grid.note:
        out += ["", f"*{markdown_cell(grid.note)}*"]
    return out + [""]


def paragraph(text: str, style: str = "") -> Text:
    """A paragraph of a terminal report, followed by an empty line."""
    return Text(text + "\n", style=style)
