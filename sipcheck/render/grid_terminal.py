"""A `Grid` in the terminal, laid out for the width it is printed at, never cut.

Rich shrinks a table that is too wide by cropping its right-hand columns, which is how a
remark came to read "odefinie". `GridView` lays a grid out when it is printed, for the
console's width (the terminal's, `COLUMNS`, or what the command chose for a file), and
picks the first layout in which every column gets at least its longest word
(`column_widths.fit`):

1. the table as it is, `whole` columns (names, statistics) on one line, if a remark in a
   `notes` column need not wrap;
2. the texts of `notes` columns as numbered notes under the table, a row's number in
   brackets after the cell before them (the same remark on many rows is one note);
3. with those notes, `whole` columns wrapped at their words too;
4. one table per group (rows that leave the first cell empty belong to the row above),
   the group's name as a heading;
5. each row as a short list of `header: value` lines.

Numbers never wrap. Pure: it renders, the CLI prints.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rich import box
from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, RenderResult
from rich.table import Table
from rich.text import Text

from sipcheck.render.column_widths import fit, lines_of, words_of
from sipcheck.render.grid import Grid

Styler = Callable[[str], Text]


def _plain(cell: str) -> Text:
    return Text(cell)


def _overhead(columns: int, boxed: bool = False) -> int:
    """What the table adds to its columns: two spaces between neighbours (a space of
    padding and the rule's blank separator), nothing at the edges; boxed, a space either
    side of each column, a line between them and one at each end."""
    return 3 * columns + 1 if boxed else 2 * (columns - 1)


@dataclass
class GridView:
    grid: Grid
    whole: tuple[int, ...] = ()  # columns kept on one line, besides the numeric ones
    notes: tuple[int, ...] = ()  # columns that may become numbered notes under the table
    style: Styler = _plain
    boxed: bool = False  # lines around every cell, for rows of long texts

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield from layout(self.grid, options.max_width, self.whole, self.notes, self.style,
                          self.boxed)


def _extent(grid: Grid, column: int, whole: tuple[int, ...]) -> tuple[int, int]:
    keep = grid.numeric[column] or column in whole
    least = most = max(cell_len(word) for word in words_of(grid.headers[column]) or [""])
    for cell in (row[column] for row in grid.rows):
        for line in lines_of(cell):
            most = max(most, cell_len(line))
            least = max([least, cell_len(line) if keep else 0,
                         *(cell_len(word) for word in words_of(line))])
    return least, max(most, cell_len(grid.headers[column]))


def _widths(grid: Grid, width: int, whole: tuple[int, ...],
            boxed: bool = False) -> list[int] | None:
    columns = range(len(grid.headers))
    room = width - _overhead(len(grid.headers), boxed)
    least, most = zip(*(_extent(grid, c, whole) for c in columns), strict=True)
    widths = fit(list(least), list(most), room)
    if widths is None:
        return None
    # whole characters: round down, then hand the spare ones to the widest wants
    out = [max(low, int(w)) for low, w in zip(least, widths, strict=True)]
    spare = room - sum(out)
    for index in sorted(columns, key=lambda c: most[c] - out[c], reverse=True):
        if spare <= 0:
            break
        if out[index] < most[index]:
            out[index] += 1
            spare -= 1
    return out


def _table(grid: Grid, widths: list[int], style: Styler, title: bool = True,
           boxed: bool = False) -> Table:
    frame = {"box": box.HEAVY_HEAD, "show_lines": True} if boxed else {
        "box": box.SIMPLE_HEAD, "padding": (0, 1, 0, 0), "pad_edge": False, "show_edge": False,
        "show_lines": any("\n" in cell for row in grid.rows for cell in row)}
    table = Table(title=grid.title if title else None, title_justify="left",
                  title_style="bold", header_style="bold", caption=grid.note or None,
                  caption_justify="left", **frame)
    for header, right, width in zip(grid.headers, grid.numeric, widths, strict=True):
        table.add_column(header, justify="right" if right else "left", width=width,
                         overflow="fold")
    grouped = any(not row[0] for row in grid.rows)
    for index, row in enumerate(grid.rows):
        last_of_group = grouped and index + 1 < len(grid.rows) and bool(grid.rows[index + 1][0])
        table.add_row(*[_shown(cell, style) for cell in row], end_section=last_of_group)
    return table


def _shown(cell: str, style: Styler) -> Text:
    """The cell as printed: a no-break space held its words together while the widths
    were found; the column is wide enough for them, so it prints as a plain space."""
    text = style(cell)
    text.plain = text.plain.replace("\u00a0", " ")
    return text


def _as_notes(grid: Grid, notes: tuple[int, ...]) -> tuple[Grid, list[str]]:
    """The grid without its `notes` columns: a row's note becomes a number in brackets
    after the cell before them, and the texts are listed once each, numbered."""
    listed: list[str] = []
    rows = []
    marked = max(min(notes) - 1, 0)
    for row in grid.rows:
        cells = list(row)
        for column in notes:
            if row[column]:
                if row[column] not in listed:
                    listed.append(row[column])
                cells[marked] += f" [{listed.index(row[column]) + 1}]"
        rows.append([cell for index, cell in enumerate(cells) if index not in notes])
    keep = [index for index in range(len(grid.headers)) if index not in notes]
    return Grid(grid.key, grid.title, [grid.headers[i] for i in keep], rows,
                [grid.numeric[i] and i != marked for i in keep], grid.note), listed


def _note_lines(listed: list[str], heading: str) -> list[Text]:
    if not listed:
        return []
    return [Text(heading, style="bold"),
            *(Text(f"[{number}] {text}") for number, text in enumerate(listed, start=1)),
            Text("")]


def _groups(grid: Grid) -> list[Grid]:
    """One grid per group: the rows from one with a first cell to the next."""
    groups: list[Grid] = []
    for row in grid.rows:
        if row[0] or not groups:
            groups.append(Grid(grid.key, row[0], grid.headers[1:], [], grid.numeric[1:]))
        groups[-1].rows.append(row[1:])
    return groups


def _records(grid: Grid, width: int, style: Styler) -> list:
    """Each row as `header: value` lines, the header column as narrow as it can be."""
    label = min(max(cell_len(h) for h in grid.headers) + 1, max(8, width // 3))
    parts: list = []
    group = ""
    for row in grid.rows:
        group = row[0] or group  # a row of a group is listed with the group's name
        row = [group, *row[1:]]
        table = Table(box=None, show_header=False, padding=(0, 1, 0, 0), pad_edge=False)
        table.add_column(width=label, overflow="fold", style="bold")
        table.add_column(width=max(8, width - label - 1), overflow="fold")
        for header, cell in zip(grid.headers, row, strict=True):
            if cell:
                table.add_row(header.replace("\n", " "), _shown(cell, style))
        parts += [table, Text("")]
    return parts


def layout(grid: Grid, width: int, whole: tuple[int, ...] = (), notes: tuple[int, ...] = (),
           style: Styler = _plain, boxed: bool = False) -> list:
    """The renderables that show `grid` within `width` columns (see the module's list)."""
    widths = _widths(grid, width, whole, boxed)
    if widths is not None and all(widths[c] >= _extent(grid, c, whole)[1] for c in notes):
        return [_table(grid, widths, style, boxed=boxed), Text("")]  # fits, and no remark wraps
    numbered, listed = _as_notes(grid, notes) if notes else (grid, [])
    heading = " / ".join(grid.headers[column] for column in notes)
    for kept in (whole, ()):
        widths = _widths(numbered, width, kept, boxed)
        if widths is not None:
            return [_table(numbered, widths, style, boxed=boxed), Text(""),
                    *_note_lines(listed, heading)]
    if any(not row[0] for row in grid.rows):
        groups = _groups(numbered)
        sized = [_widths(group, width, ()) for group in groups]
        if all(size is not None for size in sized):
            parts: list = [Text(grid.title, style="bold"), Text("")]
            for group, size in zip(groups, sized, strict=True):
                parts += [Text(group.title, style="bold"), _table(group, size, style, False),
                          Text("")]
            caption = [Text(grid.note, style="italic")] if grid.note else []
            return [*parts, *caption, *_note_lines(listed, heading)]
    caption = [Text(grid.note, style="italic"), Text("")] if grid.note else []
    return [Text(grid.title, style="bold"), Text(""), *_records(grid, width, style), *caption]
