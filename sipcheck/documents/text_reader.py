"""Plain-text plans: one block per paragraph, list items and label lines on their own.

Headings in a .txt export are often just lines in CAPITALS or "Label:" lines; they are
made blocks of their own (`text_blocks`), and the section finder decides from their
wording whether they are headings. The layouts exports draw (tab fields, "KEY=value"
lines, drawn tables, labels in a column of their own) are found by `text_layout`, which
the PDF reader shares; an e-mail's quoted lines are read without their "> ", a chat
export's messages without their time and sender, a dictation's spoken commands
("ny rad", "punkt", "rubrik syfte") carried out (`dictation`), a case system's JSON
export read as its YAML export is (`json_export`).
"""

from __future__ import annotations

import re
from pathlib import Path

from sipcheck.documents.dictation import spoken_lines
from sipcheck.documents.json_export import json_lines
from sipcheck.documents.model import Block, BlockKind, Document, Location
from sipcheck.documents.text_blocks import (
    LIST_ITEM,
    Builder,
    finish,
    is_label,
    load,
    wrap_width,
    wrapped,
)
from sipcheck.documents.text_layout import (
    BRACKET_FIELD,
    CONTINUED,
    EQUALS_FIELD,
    ESCAPED_BREAK,
    GRID_LINE,
    KEY_FIELD,
    SEMICOLON_FIELD,
    SLASH_BREAK,
    TAB_FIELD,
    clean_line,
    column_field,
    column_rule,
    csv_field,
    csv_table,
    csv_table_at,
    equals_fields,
    field_text,
    grid_table,
    grid_table_at,
    heading_shaped,
    indent_of,
    semicolon_fields,
    tab_row,
    tab_table,
    text_table,
    value_column,
    yaml_fields,
)

_DECORATION = re.compile(r"^\s*([-=_*~#+])\1{2,}\s*$")
# A line framed by the same marks on both sides ("*** SYFTE ***", "--- Insatser ---",
# "** Vad L säger **"): a record system's or a typist's heading, whatever its words; a
# mail's "-----Ursprungligt meddelande-----", with no space inside its marks, is none.
_FRAMED = re.compile(
    r"^\s*([-=*~#])\1+[ \t]+([^-=*~#\s](?:[^*=~#]{0,60}[^-=*~#\s])?)[ \t]+\1{2,}\s*$")
# An e-mail reply quotes the earlier mail line by line: "> Syfte", "> > Insatser".
_QUOTED = re.compile(r"^[ \t]*(?:>[ \t]?)+")
QUOTED_LINES = 3  # fewer lines opening with ">" are no quoted mail ("> 18 år")
# A chat's export opens each message with its time and sender: "[2025-03-04 13:15] Anna
# (Socialtjänsten): …" (Teams), "Lisa 14:06: …" (a phone's messages).
_CHAT_PREFIX = re.compile(
    r"^[ \t]*(?:\[\d{4}-\d\d-\d\d[ T]\d{1,2}[:.]\d\d(?::\d\d)?\][ \t]*[^:\n]{1,60}?:"
    r"|[A-ZÅÄÖ][\w.-]*(?: [A-ZÅÄÖ][\w.-]*)? \d{1,2}[:.]\d\d:)[ \t]+")


# A form drawn with box-drawing characters ("┌───┐" / "│ Deltagare │" / "│ Gunnar; … │" /
# "└───┘"): read as the ASCII a text table is drawn with, each box's own border a break
# between blocks and its one-cell lines the label and value lines inside it; a box split
# into columns ("├───┬───┤") stays a text table.
_BOX_DRAWING = str.maketrans({**dict.fromkeys("│┃║", "|"), **dict.fromkeys("─━═", "-"),
                              **dict.fromkeys("┌┐└┘├┤┬┴┼╔╗╚╝╠╣╦╩╬╭╮╯╰", "+")})
_BOX_BORDER = re.compile(r"^\s*\+-{3,}\+\s*$")
_BOX_LINE = re.compile(r"^\s*\|([^|]*)\|\s*$")


def _unboxed(line: str) -> str:
    if "┬" in line and not any(joint in line for joint in "┼┴"):
        return ""  # the top border of a box's columns: the line under it is their header
    line = line.translate(_BOX_DRAWING)
    if _BOX_BORDER.match(line):
        return ""
    inside = _BOX_LINE.match(line)
    return inside.group(1).rstrip() if inside else line


def read_text(path: Path) -> Document:
    """Read a .txt plan: one block per paragraph, list items and label lines on their own."""
    text = load(path, "txt")
    if isinstance(text, Document):
        return text
    raw_lines = text.splitlines()
    asked = _quoted_questions(raw_lines)
    lines = [_unboxed(line) for line in _unquoted(raw_lines)]
    numbers = list(range(1, len(lines) + 1))  # each line's number in the file
    rewritten = spoken_lines(lines) or json_lines(lines)
    if rewritten is not None:  # a dictation's commands carried out, a JSON export as YAML
        lines, numbers = rewritten
    fields_by_yaml = yaml_fields(lines)
    if fields_by_yaml is not None:
        return _yaml_document(path, lines, fields_by_yaml, numbers)
    builder = Builder(width=wrap_width(lines))
    column = value_column(lines)
    fields_by_semicolon = semicolon_fields(lines)
    fields_by_equals = equals_fields(lines)
    csv_starts = {index for index in range(len(lines)) if csv_table_at(lines, index)}
    tables = 0
    skip_to = 0
    for index, raw in enumerate(lines):
        number = numbers[index]
        if index < skip_to:
            continue
        if index in asked:
            # a reply's quoted question over its answer: the heading of the answer, the
            # rest of what was quoted ("Hej, jag kunde inte vara med.") a paragraph above it
            builder.flush()
            said, questions = _questions(" ".join(map(clean_line, lines[index:asked[index]])))
            if said:
                builder.single(number, raw, said)
            builder.heading(number, questions, 2)
            skip_to = asked[index]
            continue
        if tab_row(raw) and index + 1 < len(lines) and tab_row(lines[index + 1]):
            builder.flush()
            tables += 1
            skip_to = tab_table(builder, lines, index, tables)
            continue
        if index in csv_starts:
            builder.flush()
            tables += 1
            skip_to = csv_table(builder, lines, index, tables)
            continue
        if csv_starts and (field := csv_field(raw)):
            # the facts a CSV export writes above its table: "Huvudansvarig,\"Amir, …\""
            builder.single(number, raw, f"{clean_line(field[0])}: {clean_line(field[1])}")
            continue
        if grid_table_at(lines, index):
            builder.flush()
            tables += 1
            skip_to = grid_table(builder, lines, index, tables)
            continue
        if index + 1 < len(lines) and clean_line(raw) and column_rule(lines[index + 1]) and \
                (GRID_LINE.match(raw) or not grid_table_at(lines, index + 1)):
            # (a heading over a grid table is no header of it: "INSATSER" over "+---+---+")
            builder.flush()
            tables += 1
            skip_to = text_table(builder, lines, index, tables)
            continue
        if not clean_line(raw) or _DECORATION.match(raw) or column_rule(raw):
            builder.flush()
            continue
        if _setext(raw, lines[index + 1] if index + 1 < len(lines) else ""):
            # "Gunnars egen syn" over "----------------": a heading however it is worded
            builder.flush()
            builder.heading(number, clean_line(raw), 1 if "=" in lines[index + 1] else 2)
            skip_to = index + 2
            continue
        if framed := _FRAMED.match(raw):
            builder.flush()
            builder.heading(number, clean_line(framed.group(2)), 2)
            continue
        if column and (field := column_field(lines, index, column)):
            # "SYFTE      Planera så att …" and its wrapped lines under the value's column
            label, values, length = field
            builder.flush()
            builder.add(number, raw, f"{label}: {values[0] if values else ''}".rstrip())
            for value in values[1:]:
                builder.add(number, raw, value)
            builder.flush()
            skip_to = index + length
            continue
        if field := BRACKET_FIELD.match(raw):
            # a form system's "[Syfte med planen]" over its lines: the field's label
            builder.single(number, raw, field_text(field.group(1), field.group(2)))
            continue
        if field := KEY_FIELD.match(raw):
            # an export's "ANDRA_AKTÖRER=…" line: its key a label, its value's escaped line
            # breaks ("… \\n …") lines of their own
            builder.flush()
            key, value = (field.group(1), field.group(2)) if field.group(1) else (
                field.group(3), field.group(4))
            # a dotted key without the name of the whole ("plan.insats.1.vem" is
            # "insats 1 vem")
            parts = key.split(".")
            label = " ".join(parts[1:] if len(parts) > 2 else parts).replace("_", " ")
            end = index
            while value.rstrip().endswith("\\") and end + 1 < len(lines):
                # a value continued on the next line after a backslash
                end += 1
                value = f"{value.rstrip()[:-1].rstrip()} {lines[end].strip()}"
            skip_to = max(skip_to, end + 1)
            first, *rest = (clean_line(part) for part in ESCAPED_BREAK.split(value))
            builder.single(number, raw, f"{label}: {first}".rstrip())
            for part in filter(None, rest):
                builder.single(number, raw, part)
            continue
        if fields_by_equals and (field := EQUALS_FIELD.match(raw)):
            # a case system's "Fältnamn = värde" line: the label and its value, which goes
            # on in the "(forts.) …" lines below it
            builder.flush()
            builder.add(number, raw, field_text(field.group(1), field.group(2) or ""))
            continue
        if fields_by_equals and (more := CONTINUED.match(raw)):
            builder.add(number, raw, clean_line(more.group(1)))
            continue
        if fields_by_semicolon and (field := SEMICOLON_FIELD.match(raw)):
            # a spreadsheet's "label;value" line: the label and its value, the value's
            # line breaks (" / ") lines of their own
            builder.flush()
            first, *rest = (clean_line(part) for part in SLASH_BREAK.split(field.group(2)))
            builder.single(number, raw, f"{clean_line(field.group(1))}: {first}".rstrip())
            for part in filter(None, rest):
                builder.single(number, raw, part)
            continue
        if (field := TAB_FIELD.match(raw)) and not field.group(2).strip()[:1].islower():
            # an export's "Label<TAB>value" line: the label and its (maybe empty) value
            builder.single(number, raw, field_text(field.group(1), field.group(2)))
            continue
        item = LIST_ITEM.match(raw)
        if item:
            builder.flush()
            builder.add(number, raw, clean_line(item.group(2)), list_item=True,
                        indent=len(item.group(1)))
            continue
        if raw.startswith("\t"):
            # an outline indented with tabs (a mind map's export): each line is an item,
            # and one over deeper lines stands alone, where it can be a heading
            builder.flush()
            deeper = index + 1 < len(lines) and _tabs(lines[index + 1]) > _tabs(raw)
            builder.add(number, raw, clean_line(raw), list_item=not deeper)
            builder.flush()
            continue
        if builder.list_item and raw[:1].isspace() and (
                indent_of(raw) > builder.indent or 0 < builder.indent == indent_of(raw)):
            # a wrapped list item; under an item set in from the margin (a form's answer,
            # "      2) Fast mottagande …"), a line as far in goes on with it
            builder.add(number, raw, clean_line(raw))
            continue
        if builder.list_item and builder.lines and wrapped(
                builder.lines[-1][2], clean_line(raw), builder.width):
            # an item a narrow text (a text message) wrapped without indenting: "2. Kuratorn
            # Jessica träffar dig" / "varje torsdag kl 13 från v. 47."
            builder.add(number, raw, clean_line(raw))
            continue
        if builder.list_item:
            builder.flush()
        text_line = clean_line(raw)
        following = clean_line(lines[index + 1]) if index + 1 < len(lines) else ""
        followed = bool(following)
        if is_label(text_line, followed, first=not builder.lines) or (
                not builder.lines and heading_shaped(text_line, following)):
            builder.single(number, raw, text_line)
        else:
            builder.add(number, raw, text_line)
    builder.flush()
    return finish(path, "txt", builder.blocks)


def _unquoted(lines: list[str]) -> list[str]:
    """The lines with an e-mail's quote marks taken off: a reply thread quotes the plan sent
    earlier ("> Syfte" / "> Sara har inte kommit iväg …"), and it is read as the plan it
    is; so with a chat's time and sender before each message ("[2025-03-04 13:15] Anna
    (Socialtjänsten): Frågeställningar: …"), which the plan's labels follow. Each line keeps
    its number."""
    for marks in (_QUOTED, _CHAT_PREFIX):
        if sum(1 for line in lines if marks.match(line)) >= QUOTED_LINES:
            lines = [marks.sub("", line) for line in lines]
    return lines


def _yaml_document(path: Path, lines: list[str], fields: list[tuple[int, str, str]],
                   numbers: list[int]):
    """A text written as YAML (`yaml_fields`): a key over keys a heading, a level deeper as
    they are set in further, each other key a line of its own, "Label: value", each list's
    item an item; its "#" comments are the export's, kept only for the privacy scan.
    `numbers`: each line's number in the file (a JSON export's lines are written anew)."""
    builder = Builder()
    for index, text, kind in fields:
        builder.flush()
        if kind == "heading":
            builder.heading(numbers[index - 1], text,
                            min(6, 1 + indent_of(lines[index - 1]) // 2))
            continue
        builder.add(numbers[index - 1], lines[index - 1], text, list_item=kind == "item")
        builder.flush()
    document = finish(path, "txt", builder.blocks)
    document.hidden.extend(
        Block(BlockKind.PARAGRAPH, clean_line(line.lstrip()[1:]),
              Location(line=number, part="markup_comment"))
        for number, line in enumerate(lines, 1) if line.lstrip().startswith("#"))
    return document


def _quoted_questions(lines: list[str]) -> dict[int, int]:
    """An e-mail that answers under each question it quotes ("> Vem har huvudansvaret?" /
    "Huvudansvaret ligger hos …"): where each quoted block that asks something starts, with
    where it ends. Only when two blocks or more are answered so; a reply over the whole
    plan it quotes has none."""
    blocks: dict[int, int] = {}
    if sum(1 for line in lines if _QUOTED.match(line)) < QUOTED_LINES:
        return blocks  # no quoted mail (see `_unquoted`)
    index = 0
    while index < len(lines):
        if not _QUOTED.match(lines[index]):
            index += 1
            continue
        end = index
        while end < len(lines) and _QUOTED.match(lines[end]):
            end += 1
        answer = next((line for line in lines[end:] if line.strip()), "")
        if "?" in " ".join(lines[index:end]) and answer and not _QUOTED.match(answer):
            blocks[index] = end
        index = end
    return blocks if len(blocks) >= 2 else {}


# a question ends at its question mark; a sentence at a full stop after a word, not after an
# initial or an abbreviation ("Var L. själv med?", "t.ex. FK")
_SENTENCE_END = re.compile(r"(?<=\?)\s+|(?<=[^\W\d]{3}[.!])\s+(?=[A-ZÅÄÖ])")


def _questions(text: str) -> tuple[str, str]:
    """A quoted block's own words and its questions: ("Hej, jag kunde inte vara med.",
    "Vad var syftet?")."""
    sentences = _SENTENCE_END.split(text.strip())
    asked = [sentence for sentence in sentences if sentence.endswith("?")]
    return " ".join(s for s in sentences if s not in asked), " ".join(asked)


# a heading underlined with "=" or "-" as long as it, as Markdown's setext headings are
_UNDERLINE = re.compile(r"^\s*(=|-)\1{2,}\s*$")
HEADING_WORDS = 10
# a field with its value ("UPPFÖLJNING...: 2024-12-16 kl 10.00 …") or a sentence over a rule
_FIELD_OR_SENTENCE = re.compile(r":\s+\S|[.:;,]$")


def _setext(line: str, below: str) -> bool:
    """Whether `line` is a heading underlined by `below`: a short line that is no list's
    item nor a row of columns, and a rule as long as it, give or take a few characters (a
    rule across the page under a print's header line is a rule, no underline)."""
    text = line.strip()
    return bool(text) and bool(_UNDERLINE.match(below)) and not LIST_ITEM.match(line) and \
        "   " not in text and len(text.split()) <= HEADING_WORDS and \
        not _FIELD_OR_SENTENCE.search(text) and \
        abs(len(below.strip()) - len(text)) <= max(2, 0.2 * len(text))


def _tabs(raw: str) -> int:
    return len(raw) - len(raw.lstrip("\t"))
