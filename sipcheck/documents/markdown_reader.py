"""Markdown plans: headings, lists, definition lists, pipe tables and paragraphs.

Markdown gets real structure (ATX and setext headings, lists, pipe tables) because the
markup says so explicitly. Inline markup is stripped (`strip_inline`): checks read words,
not asterisks. Comments vanish from the text but are kept for the privacy scan; front
matter is read by `text_layout`; the lines are gathered into blocks as a .txt's are
(`text_blocks`).
"""

from __future__ import annotations

import re
from pathlib import Path

from sipcheck.documents.gantt import gantt_items
from sipcheck.documents.model import Block, BlockKind, Cell, Document, Location, table_text
from sipcheck.documents.text_blocks import BOLD, LIST_ITEM, Builder, finish, is_label, load
from sipcheck.documents.text_layout import clean_line, clean_text, front_matter

# A task list's item not yet done: "- [ ] Ansökan om trygghetslarm (Biståndshandläggare, v. 15)".
# One this long is a measure to do; a short one ("- [ ] Samtycke inhämtat") is a box not ticked.
_TASK = re.compile(r"^\[ \]\s+(\S.*)$")
TASK_WORDS = 6  # words outside brackets: "Samtycke inhämtat (muntligt/skriftligt, datum)" is 3
_BRACKETED = re.compile(r"\([^()]*\)")

_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
_QUOTE = re.compile(r"^ {0,3}(?:>\s?)+")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_DEFINITION = re.compile(r"^:[ \t]+(\S.*)$")
TERM_WORDS = 4  # a definition list's term longer than this is no label but a measure
_SETEXT = re.compile(r"^ {0,3}(=|-)\1*[ \t]*$")
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_PIPE = re.compile(r"(?<!\\)\|")
_SEPARATOR_CELL = re.compile(r"^\s*:?-+:?\s*$")
_CODE = re.compile(r"(`+)(.+?)\1", re.S)
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~<])")
_INLINE = [
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # image -> alt text
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # link -> link text
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),  # reference link
    (re.compile(r"<((?:https?|mailto):[^>\s]+|[^@\s<>]+@[^@\s<>]+)>"), r"\1"),  # autolink
    (re.compile(r"<br\s*/?>", re.I), "\n"),
    (re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>"), ""),  # other HTML tags
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"~~(?=\S)(.+?)(?<=\S)~~"), r"\1"),
    (re.compile(r"(?<![\w*])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<![\w_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\w_])"), r"\1"),
]


def read_markdown(path: Path) -> Document:
    """Read a Markdown plan: headings, list items, pipe tables and paragraphs."""
    fmt = path.suffix.lower().lstrip(".") or "md"
    text = load(path, fmt)
    if isinstance(text, Document):
        return text
    # Comments vanish but keep their newlines, so line numbers still match the file.
    # The privacy scan still reads them: a comment travels with the file.
    hidden = [Block(BlockKind.PARAGRAPH, clean_text(m.group()[4:].removesuffix("-->")),
                    Location(line=text.count("\n", 0, m.start()) + 1, part="markup_comment"))
              for m in _COMMENT.finditer(text) if clean_text(m.group()[4:].removesuffix("-->"))]
    text = _COMMENT.sub(lambda m: "\n" * m.group().count("\n"), text)
    text = _HTML_TABLE.sub(_as_pipe_table, text)
    lines = [_QUOTE.sub("", line) for line in text.splitlines()]
    builder = Builder(markdown=True)
    tables = 0
    index = front_matter(lines, builder)
    while index < len(lines):
        raw, number = lines[index], index + 1
        index += 1
        fence = _FENCE.match(raw)
        if fence:
            builder.flush()
            end = next((j for j in range(index, len(lines))
                        if lines[j].strip().startswith(fence.group(1))), len(lines))
            chart = gantt_items(lines[index:end])
            if chart is not None:  # a Mermaid Gantt chart: its tasks as measures
                for offset, text, task in chart:  # (the title a caption over them)
                    builder.blocks.append(Block(
                        BlockKind.PARAGRAPH if task else BlockKind.HEADING, text,
                        Location(line=index + offset + 1), list_item=task,
                        level=0 if task else 4))
                index = end + 1
                continue
            for j in range(index, end):
                builder.add(j + 1, lines[j], clean_line(lines[j]), markup=False)
            builder.flush()
            index = end + 1
            continue
        if not raw.strip():
            builder.flush()
            continue
        if index < len(lines) and _DEFINITION.match(lines[index]) and not _DEFINITION.match(raw):
            # a definition list ("Syfte" over ":   Gemensam planering."): the term is a label;
            # a term that is a measure ("Urinprovskontroller två gånger i veckan" over ":
            # Ansvarig: …. När: …") is one line with its definition, as its fields are
            term = strip_inline(raw).rstrip(":")
            if len(term.split()) > TERM_WORDS:
                definition = _DEFINITION.match(lines[index]).group(1)
                builder.single(number, raw, f"{term}: {strip_inline(definition)}")
                index += 1
                continue
            builder.single(number, raw, term + ":")
            continue
        if definition := _DEFINITION.match(raw):
            builder.flush()
            raw = definition.group(1)
        heading = _ATX.match(raw)
        if heading:
            builder.flush()
            builder.heading(number, strip_inline(heading.group(2) or ""),
                            len(heading.group(1)))
            continue
        setext = _SETEXT.match(raw)
        if setext and builder.lines and not builder.list_item:
            first = builder.lines[0][0]
            title = " ".join(t for _, _, t in builder.lines if t)
            builder.lines = []
            builder.heading(first, title, 1 if setext.group(1) == "=" else 2)
            continue
        if _RULE.match(raw):
            builder.flush()
            continue
        if index < len(lines) and _is_table_start(raw, lines[index]):
            builder.flush()
            tables += 1
            index = _table(builder, lines, index - 1, tables)
            continue
        item = LIST_ITEM.match(raw)
        if item:
            builder.flush()
            text = strip_inline(item.group(2))
            task = _TASK.match(text)
            if task and len(_BRACKETED.sub(" ", task.group(1)).split()) >= TASK_WORDS:
                # "- [ ] Daglig vägning på morgonen … (Hemtjänst Hammerdal, från 2025-04-07)":
                # a task list's item to be done, a measure; not an option left unticked
                text = task.group(1)
            builder.add(number, raw, text, list_item=True, indent=len(item.group(1)))
            continue
        text_line = strip_inline(raw)
        if builder.list_item:  # indented or lazy continuation of the item
            builder.add(number, raw, text_line)
            continue
        following = lines[index] if index < len(lines) else ""
        if _SETEXT.match(following):
            builder.add(number, raw, text_line)  # the underline makes it a heading
            continue
        followed = bool(following.strip())
        if is_label(text_line, followed, first=not builder.lines) or (
                followed and BOLD.match(raw.strip())):
            builder.single(number, raw, text_line)
        else:
            builder.add(number, raw, text_line)
    builder.flush()
    document = finish(path, fmt, builder.blocks)
    document.hidden = hidden
    return document


# A wiki's export keeps its tables as HTML ("<table><tr><th>Namn</th>…"): read as the pipe
# table they show, in as many lines as the HTML took where it can, so line numbers still match.
_HTML_TABLE = re.compile(r"<table\b[^>]*>.*?</table>", re.S | re.I)
_HTML_ROW = re.compile(r"<tr\b[^>]*>(.*?)</tr>", re.S | re.I)
_HTML_CELL = re.compile(r"<t[hd]\b[^>]*>(.*?)</t[hd]>", re.S | re.I)


def _as_pipe_table(match: re.Match[str]) -> str:
    rows = [[" ".join(strip_inline(cell).split()).replace("|", "/")
             for cell in _HTML_CELL.findall(row)] for row in _HTML_ROW.findall(match.group())]
    rows = [row for row in rows if row]
    if not rows:
        return "\n" * match.group().count("\n")
    width = max(len(row) for row in rows)
    lines = [f"| {' | '.join(row + [''] * (width - len(row)))} |" for row in rows]
    lines.insert(1, "|" + "---|" * width)
    return "\n".join(lines) + "\n" * max(1, match.group().count("\n") + 1 - len(lines))


def strip_inline(text: str) -> str:
    """Markdown inline markup removed, text kept: **x**, _x_, `x`, [x](url), <br>, \\*."""
    kept: list[str] = []

    def keep(value: str) -> str:
        kept.append(value)
        return f"\ue000{len(kept) - 1}\ue001"

    # Code spans and escaped characters are literal text: park them before the markup
    # patterns run, so `a_b_c` or \* never lose characters.
    text = _CODE.sub(lambda m: keep(m.group(2).strip()), text)
    text = _ESCAPE.sub(lambda m: keep(m.group(1)), text)
    for pattern, replacement in _INLINE:
        text = pattern.sub(replacement, text)
    text = re.sub("\ue000(\\d+)\ue001", lambda m: kept[int(m.group(1))], text)
    return clean_text(text) if "\n" in text else clean_line(text)


def _cells(row: str) -> list[str]:
    row = row.strip()
    if row.startswith("|"):
        row = row[1:]
    if row.endswith("|") and not row.endswith("\\|"):
        row = row[:-1]
    return _PIPE.split(row)


def _is_table_start(header: str, separator: str) -> bool:
    if not _PIPE.search(header):
        return False
    parts = _cells(separator)
    return (all(_SEPARATOR_CELL.match(part) for part in parts)
            and len(parts) == len(_cells(header)))


def _table(builder: Builder, lines: list[str], start: int, number: int) -> int:
    """Parse the pipe table whose header is lines[start]; return the index after it."""
    rows: list[list[Cell]] = []
    body = [start] + list(range(start + 2, len(lines)))
    end = start + 2
    for index in body:
        line = lines[index]
        if index > start:
            if not line.strip() or not _PIPE.search(line):
                break
            end = index + 1
        r = len(rows) + 1
        rows.append([Cell(strip_inline(text),
                          Location(line=index + 1, table=number, row=r, cell=c))
                     for c, text in enumerate(_cells(line), 1)])
    builder.blocks.append(Block(BlockKind.TABLE, table_text(rows),
                                Location(line=start + 1, table=number), rows=rows))
    return end
