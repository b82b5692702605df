"""Plain-text and Markdown plans: decode robustly, then cut the text into blocks.

Text exports of SIP plans come out of journal systems and old Windows tools, so the
encoding is often Windows-1252 rather than UTF-8, and headings are often just lines in
CAPITALS or "Label:" lines. We do not decide here what is a heading in a .txt file (the
section finder does, from the wording); we only make sure such a line is its own block so
that it *can* act as one, instead of being glued to the text below it.

Markdown gets real structure (ATX/setext headings, lists, pipe tables) because the markup
says so explicitly. Inline markup is stripped: checks read words, not asterisks.

`clean_line`/`clean_text` are also used by the PDF reader so every format normalises text
the same way (NFC, no soft hyphens, no non-breaking spaces, single spaces).
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path

from sipcheck.documents.model import Block, BlockKind, Cell, Document, Location, failed, table_text

# Share of characters that may be control characters or U+FFFD before we call a file
# "not text". Real exports have none; a binary file renamed .txt has plenty.
MAX_BAD_CHAR_SHARE = 0.05
# A plan is a few pages; a text file this large is something else (and would cost time).
MAX_BYTES = 5_000_000
LABEL_MAX_WORDS = 10
# A plain-text heading is at most this share of the length of the line below it.
HEADING_SHARE = 0.6

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
_LIST_ITEM = re.compile(r"^(\s*)(?:[-*+•–—▪◦‣·]|\d{1,3}[.)])\s+(\S.*)$")
_DECORATION = re.compile(r"^\s*([-=_*~#+])\1{2,}\s*$")


def clean_line(text: str) -> str:
    """One line as the checks should see it: NFC, no soft hyphens or zero-width marks,
    every kind of space turned into one ordinary space, stripped."""
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE)
    return _SPACES.sub(" ", text).strip()


def clean_text(text: str) -> str:
    """Multi-line text cleaned line by line; empty lines dropped, breaks kept as "\\n"."""
    return "\n".join(line for line in map(clean_line, text.splitlines()) if line)


def read_text(path: Path) -> Document:
    """Read a .txt plan: one block per paragraph, list items and label lines on their own."""
    text = _load(path, "txt")
    if isinstance(text, Document):
        return text
    builder = _Builder()
    lines = text.splitlines()
    tables = 0
    skip_to = 0
    for index, raw in enumerate(lines):
        number = index + 1
        if index < skip_to:
            continue
        if _tab_row(raw) and index + 1 < len(lines) and _tab_row(lines[index + 1]):
            builder.flush()
            tables += 1
            skip_to = _tab_table(builder, lines, index, tables)
            continue
        if index + 1 < len(lines) and clean_line(raw) and _column_rule(lines[index + 1]):
            builder.flush()
            tables += 1
            skip_to = _text_table(builder, lines, index, tables)
            continue
        if not clean_line(raw) or _DECORATION.match(raw) or _column_rule(raw):
            builder.flush()
            continue
        if (field := _TAB_FIELD.match(raw)) and not field.group(2).strip()[:1].islower():
            # an export's "Label<TAB>value" line: the label and its (maybe empty) value
            builder.single(number, raw, f"{clean_line(field.group(1))}: "
                                        f"{clean_line(field.group(2))}".rstrip())
            continue
        item = _LIST_ITEM.match(raw)
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
        if builder.list_item and raw[:1].isspace() and _indent(raw) > builder.indent:
            builder.add(number, raw, clean_line(raw))  # a wrapped list item
            continue
        if builder.list_item:
            builder.flush()
        text_line = clean_line(raw)
        following = clean_line(lines[index + 1]) if index + 1 < len(lines) else ""
        followed = bool(following)
        if _is_label(text_line, followed, first=not builder.lines) or (
                not builder.lines and _heading_shaped(text_line, following)):
            builder.single(number, raw, text_line)
        else:
            builder.add(number, raw, text_line)
    builder.flush()
    return _finish(path, "txt", builder.blocks)


def read_markdown(path: Path) -> Document:
    """Read a Markdown plan: headings, list items, pipe tables and paragraphs."""
    fmt = path.suffix.lower().lstrip(".") or "md"
    text = _load(path, fmt)
    if isinstance(text, Document):
        return text
    # Comments vanish but keep their newlines, so line numbers still match the file.
    # The privacy scan still reads them: a comment travels with the file.
    hidden = [Block(BlockKind.PARAGRAPH, clean_text(m.group()[4:].removesuffix("-->")),
                    Location(line=text.count("\n", 0, m.start()) + 1, part="markup_comment"))
              for m in _COMMENT.finditer(text) if clean_text(m.group()[4:].removesuffix("-->"))]
    text = _COMMENT.sub(lambda m: "\n" * m.group().count("\n"), text)
    lines = [_QUOTE.sub("", line) for line in text.splitlines()]
    builder = _Builder(markdown=True)
    tables = 0
    index = _front_matter(lines, builder)
    while index < len(lines):
        raw, number = lines[index], index + 1
        index += 1
        fence = _FENCE.match(raw)
        if fence:
            builder.flush()
            end = next((j for j in range(index, len(lines))
                        if lines[j].strip().startswith(fence.group(1))), len(lines))
            for j in range(index, end):
                builder.add(j + 1, lines[j], clean_line(lines[j]), markup=False)
            builder.flush()
            index = end + 1
            continue
        if not raw.strip():
            builder.flush()
            continue
        if index < len(lines) and _DEFINITION.match(lines[index]) and not _DEFINITION.match(raw):
            # a definition list ("Syfte" over ":   Gemensam planering."): the term is a label
            builder.single(number, raw, strip_inline(raw).rstrip(":") + ":")
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
        item = _LIST_ITEM.match(raw)
        if item:
            builder.flush()
            builder.add(number, raw, strip_inline(item.group(2)), list_item=True,
                        indent=len(item.group(1)))
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
        if _is_label(text_line, followed, first=not builder.lines) or (
                followed and _BOLD.match(raw.strip())):
            builder.single(number, raw, text_line)
        else:
            builder.add(number, raw, text_line)
    builder.flush()
    document = _finish(path, fmt, builder.blocks)
    document.hidden = hidden
    return document


# --- decoding ---------------------------------------------------------------------------

def _load(path: Path, fmt: str) -> str | Document:
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        return failed(path, fmt, f"Filen kan inte öppnas ({exc.strerror}).",
                      f"The file cannot be opened ({exc.strerror}).")
    if len(data) > MAX_BYTES:
        return failed(path, fmt, f"Filen är större än {MAX_BYTES // 1_000_000} MB och är "
                      "knappast en plan: kontrollera att det är rätt fil.",
                      f"The file is larger than {MAX_BYTES // 1_000_000} MB and hardly a plan: "
                      "check that it is the right file.")
    text = decode_bytes(data)
    if text is None:
        return failed(
            path, fmt,
            "Filen ser inte ut att vara en textfil (den innehåller binära data): kontrollera "
            "att det är rätt fil, eller exportera planen på nytt som text, Word eller PDF.",
            "The file does not look like a text file (it contains binary data): check that "
            "it is the right file, or export the plan again as text, Word or PDF.")
    if not text.strip():
        return failed(path, fmt, "Filen innehåller ingen text: exportera planen på nytt.",
                      "The file contains no text: export the plan again.")
    return text


def decode_bytes(data: bytes) -> str | None:
    """UTF-8 (with or without BOM), else Windows-1252, else Latin-1; None if not text.

    UTF-16 with a BOM (Notepad's "Unicode") is accepted too; otherwise a NUL byte means a
    binary file. Windows-1252 before Latin-1 because Swedish Windows exports use it and
    it maps 0x80-0x9F to real characters (–, ’, €) instead of control codes.
    """
    decoded = decode_with_encoding(data)
    return decoded[0] if decoded is not None else None


def decode_with_encoding(data: bytes) -> tuple[str, str, bytes] | None:
    """`decode_bytes`, and how to write the text back the same way: (text, encoding, BOM).
    `sipcheck anonymize` keeps a text plan in the encoding it came in."""
    bom = b""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        bom = data[:2]
        encoding = "utf-16-le" if bom == codecs.BOM_UTF16_LE else "utf-16-be"
        try:
            text = data[2:].decode(encoding)
        except UnicodeDecodeError:
            return None
    elif b"\x00" in data:
        return None
    elif data.startswith(codecs.BOM_UTF8):
        bom, encoding = codecs.BOM_UTF8, "utf-8"
        text = data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace")
    else:
        for encoding in ("utf-8", "cp1252", "latin-1"):
            try:
                text = data.decode(encoding)
                break
            except UnicodeDecodeError:
                continue
    bad = sum(1 for ch in text if ch == "\ufffd"
              or (unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f\v"))
    if bad > MAX_BAD_CHAR_SHARE * max(len(text.strip()), 1):
        return None
    return text, encoding, bom


# --- blocks -----------------------------------------------------------------------------

class _Builder:
    """Collects the lines of the current paragraph and turns them into blocks."""

    def __init__(self, markdown: bool = False) -> None:
        self.markdown = markdown
        self.blocks: list[Block] = []
        self.lines: list[tuple[int, str, str]] = []  # (line number, raw line, clean text)
        self.list_item = False
        self.indent = 0
        self.markup = True

    def add(self, number: int, raw: str, text: str, list_item: bool = False,
            indent: int = 0, markup: bool = True) -> None:
        if not self.lines:
            self.list_item, self.indent, self.markup = list_item, indent, markup
        self.lines.append((number, raw, text))

    def single(self, number: int, raw: str, text: str) -> None:
        """A line that must stand alone so it can act as a heading."""
        self.flush()
        self.add(number, raw, text)
        self.flush()

    def heading(self, number: int, text: str, level: int) -> None:
        if text:
            self.blocks.append(Block(BlockKind.HEADING, text, Location(line=number),
                                     level=level))

    def flush(self) -> None:
        text = "\n".join(t for _, _, t in self.lines if t)
        if text:
            bold = (self.markdown and self.markup and not self.list_item
                    and _BOLD.match(" ".join(r.strip() for _, r, _ in self.lines)) is not None)
            self.blocks.append(Block(BlockKind.PARAGRAPH, text,
                                     Location(line=self.lines[0][0]), bold=bold,
                                     list_item=self.list_item))
        self.lines, self.list_item, self.indent, self.markup = [], False, 0, True


def _finish(path: Path, fmt: str, blocks: list[Block]) -> Document:
    if not blocks:
        return failed(path, fmt, "Filen innehåller ingen text: exportera planen på nytt.",
                      "The file contains no text: export the plan again.")
    return Document(str(path), fmt, blocks=blocks)


def _tabs(raw: str) -> int:
    return len(raw) - len(raw.lstrip("\t"))


def _indent(raw: str) -> int:
    return len(raw) - len(raw.lstrip())


def _is_label(text: str, followed: bool, first: bool) -> bool:
    """A line that may be a heading and so must not be merged with its neighbours:
    a line in CAPITALS, or a short "Label:" line with text right below it."""
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) >= 2 and all(ch.isupper() for ch in letters):
        return len(text.split()) <= 2 * LABEL_MAX_WORDS
    return (followed and text.endswith(":") and len(text.split()) <= LABEL_MAX_WORDS
            and (first or text[0].isupper() or text[0].isdigit()))


# "Label<TAB>value": one tab run between a short label and the rest of the line (a value
# that goes on in lower case is a sentence with a tab in it, not a field).
_TAB_FIELD = re.compile(r"^\s*([^\t.!?]{1,60}?)[ ]*\t+([^\t]*)$")
_RULE_RUN = re.compile(r"[-=]{3,}")
_RULE_LINE = re.compile(r"^\s*[-=]{3,}(?:[ \t+|]+[-=]{3,})+[ \t+|]*$")


def _column_rule(line: str) -> list[tuple[int, int]] | None:
    """The columns of a rule under a text table's header ("-----+-----", "----  ----"):
    two or more runs of dashes, as (start, end) positions; None for any other line."""
    if not _RULE_LINE.match(line):
        return None
    return [m.span() for m in _RULE_RUN.finditer(line)]


def _text_cells(line: str, columns: list[tuple[int, int]]) -> list[str]:
    """A row of a text table cut into cells: at "|" when the row has them, else at the
    columns of the rule under the header."""
    if "|" in line:
        return [clean_line(part) for part in line.strip().strip("|").split("|")]
    starts = [start for start, _ in columns] + [len(line) + 1]
    return [clean_line(line[starts[i]:starts[i + 1]]) for i in range(len(columns))]


def _tab_row(line: str) -> bool:
    """A row of tab-separated cells: two tabs or more between its words (tabs that only
    indent an outline do not count)."""
    return line.strip().count("\t") >= 2


def _tab_table(builder: _Builder, lines: list[str], start: int, number: int) -> int:
    """Tab-separated rows, as a report tool exports them: a cell between each pair of tabs,
    until a line with fewer than two tabs. Returns the index after it."""
    rows: list[list[Cell]] = []
    index = start
    while index < len(lines) and _tab_row(lines[index]):
        r = len(rows) + 1
        rows.append([Cell(clean_line(text), Location(line=index + 1, table=number, row=r,
                                                     cell=c))
                     for c, text in enumerate(lines[index].strip().split("\t"), 1)])
        index += 1
    builder.blocks.append(Block(BlockKind.TABLE, table_text(rows),
                                Location(line=start + 1, table=number), rows=rows))
    return index


def _continues(cells: list[str], width: int) -> bool:
    """A text-table line that goes on with the row above: its first column is empty, or
    starts in lower case as a wrapped word does."""
    first = cells[0] if cells else ""
    return len(cells) <= width and (not first or first[:1].islower())


def _text_table(builder: _Builder, lines: list[str], start: int, number: int) -> int:
    """A table drawn in text: a header line, a rule of dashes per column, rows until a blank
    line. Returns the index after it."""
    columns = _column_rule(lines[start + 1]) or []
    rows: list[list[Cell]] = []
    index = start
    while index < len(lines):
        line = lines[index]
        if index == start + 1 or _column_rule(line):
            index += 1
            continue
        if index > start and not clean_line(line):
            break
        cells = _text_cells(line, columns)
        if rows and len(rows) > 1 and _continues(cells, len(rows[-1])):
            # a cell wrapped onto the next line: its words belong to the row above
            for cell, more in zip(rows[-1], cells, strict=False):
                if more:
                    cell.text = f"{cell.text} {more}".strip()
            index += 1
            continue
        r = len(rows) + 1
        rows.append([Cell(text, Location(line=index + 1, table=number, row=r, cell=c))
                     for c, text in enumerate(cells, 1)])
        index += 1
    builder.blocks.append(Block(BlockKind.TABLE, table_text(rows),
                                Location(line=start + 1, table=number), rows=rows))
    return index


def _front_matter(lines: list[str], builder: _Builder) -> int:
    """YAML front matter ("---" lines around "key: value" pairs), as an intranet or a
    static-site export writes it: each pair is a label line ("huvudansvarig: …"), the key's
    underscores read as spaces. Returns the index of the first line after it."""
    if not lines or lines[0].strip() != "---":
        return 0
    end = next((i for i in range(1, len(lines)) if lines[i].strip() in ("---", "...")), None)
    if end is None:
        return 0
    for index in range(1, end):
        key_value = _FRONT_MATTER_PAIR.match(lines[index])
        if key_value:
            value = key_value.group(2).strip().strip("\"'")
            builder.single(index + 1, lines[index],
                           f"{key_value.group(1).replace('_', ' ')}: {value}".rstrip())
    return end + 1


def _heading_shaped(text: str, following: str) -> bool:
    """A short line that opens a block, ends without punctuation and stands over a longer
    line: a heading written as plain text ("Syfte med samordnad individuell plan" over its
    paragraph). A wrapped paragraph's first line is as long as the lines after it."""
    return (bool(following) and len(text.split()) <= LABEL_MAX_WORDS
            and not text.endswith((".", ",", ";", "-", "–")) and text[:1].isupper()
            and len(text) <= HEADING_SHARE * len(following))


# --- Markdown ---------------------------------------------------------------------------

_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
_QUOTE = re.compile(r"^ {0,3}(?:>\s?)+")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_FRONT_MATTER_PAIR = re.compile(r"^([A-Za-zÅÄÖåäö_][\wÅÄÖåäö -]{0,40}):\s*(.*)$")
_DEFINITION = re.compile(r"^:[ \t]+(\S.*)$")
_SETEXT = re.compile(r"^ {0,3}(=|-)\1*[ \t]*$")
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_BOLD = re.compile(r"^(\*\*|__)(?!\s)((?:(?!\1).)+?)(?<!\s)\1:?$", re.S)
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


def _table(builder: _Builder, lines: list[str], start: int, number: int) -> int:
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
