"""Small builders for Documents in tests: plans written as blocks, without files."""

from __future__ import annotations

import json
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

from sipcheck.checklist.loader import load_checklist
from sipcheck.checklist.model import Checklist
from sipcheck.documents.model import Block, BlockKind, Cell, Document, Location, table_text
from sipcheck.experts import assessments
from sipcheck.sections import Plan, find_sections

_table_counter = [0]


def heading(text: str, level: int = 1) -> Block:
    return Block(BlockKind.HEADING, text, Location(), level=level)


def para(text: str, bold: bool = False, list_item: bool = False) -> Block:
    return Block(BlockKind.PARAGRAPH, text, Location(), bold=bold, list_item=list_item)


def table(*rows: list[str] | tuple[str, ...]) -> Block:
    """A table from rows of cell texts; a one-cell row stands for a merged label row."""
    _table_counter[0] += 1
    number = _table_counter[0]
    cells = [[Cell(text, Location(table=number, row=r, cell=c))
              for c, text in enumerate(row, start=1)] for r, row in enumerate(rows, start=1)]
    return Block(BlockKind.TABLE, table_text(cells), Location(table=number), rows=cells)


def document(*blocks: Block) -> Document:
    numbered = []
    for index, block in enumerate(blocks, start=1):
        if block.kind is not BlockKind.TABLE and block.location == Location():
            block.location = Location(paragraph=index)
        numbered.append(block)
    return Document("plan.docx", "docx", blocks=numbered)


@cache
def checklist_named(name: str = "kvalitetskollen") -> Checklist:
    """Loading validates against the schema; once per test session is enough."""
    return load_checklist(name)


def plan_of(*blocks: Block, checklist: str = "kvalitetskollen") -> Plan:
    return find_sections(document(*blocks), checklist_named(checklist).vocabulary())


def section_texts(plan: Plan, section_id: str) -> list[str]:
    return [line.text for line in plan.value_lines(section_id)]


EXAMPLE_ROUNDS = Path(__file__).resolve().parents[1] / "examples" / "rounds"


def automatic_round(name: str = "2024-02") -> dict:
    """An example round as the review saved it, before any expert judged it (the committed
    example has two experts' answers: tests that add their own start from this)."""
    data = json.loads((EXAMPLE_ROUNDS / f"{name}.json").read_text("utf-8"))
    for plan in data["plans"]:
        for result in plan["criteria"]:
            result.pop("assessments", None)
            result.pop("resolution", None)
            assessments.settle(result)
    assessments.refresh(data)
    return data


def judged_round(reviewers: dict[str, dict[str, str]], plans: int = 2,
                 comment: str = "Insatserna saknar ansvarig verksamhet") -> dict:
    """The example round judged afresh on its first `plans` plans: each reviewer gives the
    automatic level everywhere except the {criterion: level} changes listed for them,
    and comments on each change."""
    from sipcheck.experts.assessments import Answer, apply

    data = automatic_round()
    for reviewer, changes in reviewers.items():
        answers = [Answer(plan["id"], result["id"], changes.get(result["id"], result["level"]),
                          reviewer, comment if result["id"] in changes else "")
                   for plan in data["plans"][:plans] for result in plan["criteria"]]
        data = apply(data, answers, time="2024-03-01T10:00:00+00:00")
    return data


class HtmlRows(HTMLParser):
    """Table rows of an HTML page as lists of cell texts."""

    def __init__(self) -> None:
        super().__init__()
        self.rows, self.row, self.cell = [], None, None

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self.row = []
        elif tag in ("td", "th") and self.row is not None:
            self.cell = []
        elif tag == "br" and self.cell is not None:
            self.cell.append("\n")

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self.cell is not None:
            self.row.append("".join(self.cell).strip())
            self.cell = None
        elif tag == "tr" and self.row is not None:
            self.rows.append(self.row)
            self.row = None

    def handle_data(self, data):
        if self.cell is not None:
            self.cell.append(data)


def html_rows(page: str) -> list[list[str]]:
    parser = HtmlRows()
    parser.feed(page)
    return parser.rows
