"""Initials a legend spells out, read as what they stand for.

A county's plans often name the people in a table of measures by their initials ("Vem: AS,
LB") and spell them out once, under the table or at the end: "Förkortningar: AS = Anna,
socialsekreterare, IFO Borås; LB = Lars, god man". An expert reads "AS" as Anna, the social
worker at IFO Borås; so does the review when each of the initials is followed by what the
legend says it is ("AS (Anna, socialsekreterare, IFO Borås)"), wherever they stand. This is
the document's own layout, the same in any checklist's plans, so it lives here.

A legend is one paragraph or cell with two entries or more, each two or three capitals, an
equals sign and what they stand for, the entries apart by semicolons or line breaks.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sipcheck.documents.model import Block, BlockKind, table_text

# "AS = Anna, socialsekreterare, IFO Borås vuxenenheten" up to the next entry or the end
_KEY = re.compile(r"(?<![\w-])([A-ZÅÄÖ]{2,3})\s*=\s*")
MIN_ENTRIES = 2
MAX_MEANING = 120  # characters an entry's meaning has at most (a legend, not prose)


def legend(text: str) -> dict[str, str]:
    """The legend's initials and what each stands for, or {} when `text` is no legend."""
    keys = list(_KEY.finditer(text))
    entries: dict[str, str] = {}
    for at, found in enumerate(keys):
        end = keys[at + 1].start() if at + 1 < len(keys) else len(text)
        meaning = text[found.end():end].strip().rstrip(";,.").strip()
        if not meaning or len(meaning) > MAX_MEANING or "=" in meaning:
            return {}
        entries[found.group(1)] = meaning
    return entries if len(entries) >= MIN_ENTRIES else {}


def spelled_out(blocks: list[Block]) -> list[Block]:
    """The blocks with each of a legend's initials followed by what they stand for
    ("AS" → "AS (Anna, socialsekreterare, IFO Borås)"), the legend itself as it was. The
    blocks themselves, unchanged, when the document has no legend."""
    found: dict[str, str] = {}
    legends: set[int] = set()
    for block in blocks:
        for text, holder in _texts(block):
            entries = legend(text)
            if entries:
                found.update(entries)
                legends.add(id(holder))
    if not found:
        return blocks
    key = r"(?<![\w-])(?:" + "|".join(map(re.escape, found)) + r")(?![\w-]|\s*[=(])"
    # initials listed together ("JN, AS och MK") are read as a list of whole entries,
    # apart by semicolons as a list of people with their functions is written
    together = re.compile(rf"{key}(?:\s*(?:,|&|/|\boch\b)\s*{key})*")
    single = re.compile(key)

    def expand(text: str) -> str:
        return together.sub(lambda m: "; ".join(
            f"{one} ({found[one]})" for one in single.findall(m.group(0))), text)

    return [_expanded(block, expand, legends) for block in blocks]


def _texts(block: Block):
    """(text, the block or cell that holds it) for a paragraph, or for each table cell."""
    if block.kind is BlockKind.TABLE:
        for row in block.rows:
            for cell in row:
                yield cell.text, cell
    else:
        yield block.text, block


def _expanded(block: Block, expand, legends: set[int]) -> Block:
    if block.kind is not BlockKind.TABLE:
        return block if id(block) in legends else replace(block, text=expand(block.text))
    rows = [[cell if id(cell) in legends else replace(cell, text=expand(cell.text))
             for cell in row] for row in block.rows]
    return replace(block, rows=rows, text=table_text(rows))
