"""A Mermaid Gantt chart in a Markdown plan, read as the measures it draws.

A wiki or a notes app draws a plan's time line as a fenced ```mermaid block: "section
Hemtjänst Borgholm norra" over its tasks, "Morgonhjälp dusch och påklädning :a1,
2025-03-03, 42d". Read as code, it is noise; read as the chart it is, each task is a
measure of its section (who carries it out, in this layout) with its start and its
length. `gantt_items` turns the block into one line per task, "Section: task, från
2025-03-03 i 42 dagar", in the chart's order; the chart's title is its caption.
"""

from __future__ import annotations

import re

_START = re.compile(r"^\s*gantt\s*$")
_KEYWORD = re.compile(r"^\s*(dateFormat|axisFormat|tickInterval|excludes|includes|weekday|"
                      r"todayMarker|inclusiveEndDates|topAxis|displayMode)\b", re.IGNORECASE)
_TITLE = re.compile(r"^\s*title\s+(.+?)\s*$")
_SECTION = re.compile(r"^\s*section\s+(.+?)\s*$")
_TASK = re.compile(r"^\s*([^:%][^:]*?)\s*:\s*(.*?)\s*$")
_DATE = re.compile(r"^\d{4}-\d\d-\d\d$")
_LENGTH = re.compile(r"^(\d+)\s*([dwhm])$", re.IGNORECASE)
_UNITS = {"d": ("dag", "dagar"), "w": ("vecka", "veckor"), "h": ("timme", "timmar"),
          "m": ("minut", "minuter")}


def gantt_items(code: list[str]) -> list[tuple[int, str, bool]] | None:
    """(index in `code`, text, whether it is a task) for the chart's title and each of its
    tasks; None when the fenced block is no Gantt chart."""
    first = next((index for index, line in enumerate(code) if line.strip()), None)
    if first is None or not _START.match(code[first]):
        return None
    items: list[tuple[int, str, bool]] = []
    section = ""
    for index, line in enumerate(code[first + 1:], start=first + 1):
        if not line.strip() or line.strip().startswith("%%") or _KEYWORD.match(line):
            continue
        title = _TITLE.match(line)
        if title:
            items.append((index, title.group(1), False))
            continue
        heading = _SECTION.match(line)
        if heading:
            section = heading.group(1)
            continue
        task = _TASK.match(line)
        if task:
            text = f"{task.group(1)}{_when(task.group(2))}"
            items.append((index, f"{section}: {text}" if section else text, True))
    return items


def _when(fields: str) -> str:
    """", från 2025-03-03 i 42 dagar" from a task's ":a1, 2025-03-03, 42d"; a milestone
    (length 0) is its day; a task that starts "after a1" has only its length."""
    start, length = "", ""
    for field in (part.strip() for part in fields.split(",")):
        if _DATE.match(field):
            start = field
        elif (found := _LENGTH.match(field)) is not None:
            count, unit = int(found.group(1)), found.group(2).lower()
            length = "" if count == 0 else f"{count} {_UNITS[unit][count != 1]}"
    if start and length:
        return f", från {start} i {length}"
    if start:
        return f", {start}"
    return f", i {length}" if length else ""
