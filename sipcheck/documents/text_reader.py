"""Plain-text and Markdown plans: decode robustly, then cut the text into blocks.

Text exports of SIP plans come out of journal systems and old Windows tools, so the
encoding is often Windows-1252 rather than UTF-8, and headings are often just lines in
CAPITALS or "Label:" lines. We do not decide here what is a heading in a .txt file (the
section finder does, from the wording); we only make sure such a line is its own block so
that it *can* act as one, instead of being glued to the text below it.

Markdown gets real structure (ATX/setext headings, lists, pipe tables) because the markup
says so explicitly. Inline markup is stripped: checks read words, not asterisks.

Lines are cleaned and export layouts (tab fields, "KEY=value" lines, drawn tables, front
matter) found by `text_layout`, which the PDF reader shares.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path

from sipcheck.documents.model import Block, BlockKind, Cell, Document, Location, failed, table_text
from sipcheck.documents.text_layout import (
    BRACKET_FIELD,
    ESCAPED_BREAK,
    KEY_FIELD,
    LABEL_MAX_WORDS,
    SEMICOLON_FIELD,
    SLASH_BREAK,
    TAB_FIELD,
    clean_line,
    clean_text,
    column_field,
    column_rule,
    front_matter,
    heading_shaped,
    semicolon_fields,
    tab_row,
    tab_table,
    text_table,
    value_column,
)

# Share of characters that may be control characters or U+FFFD before we call a file
# "not text". Real exports have none; a binary file renamed .txt has plenty.
MAX_BAD_CHAR_SHARE = 0.05
# A plan is a few pages; a text file this large is something else (and would cost time).
MAX_BYTES = 5_000_000

# A task list's item not yet done: "- [ ] Ansökan om trygghetslarm (Biståndshandläggare, v. 15)".
# One this long is a measure to do; a short one ("- [ ] Samtycke inhämtat") is a box not ticked.
_TASK = re.compile(r"^\[ \]\s+(\S.*)$")
TASK_WORDS = 6  # words outside brackets: "Samtycke inhämtat (muntligt/skriftligt, datum)" is 3
_BRACKETED = re.compile(r"\([^()]*\)")
# ("o " is Word's second-level bullet in Courier New, pasted as a letter)
_LIST_ITEM = re.compile(r"^(\s*)(?:[-*+•–—▪◦‣·→⇒➔►▸✅👉📌🔹🔸➡▶]\ufe0f?|\d{1,3}[.)]|o(?= ))"
                        r"\s+(\S.*)$")
_DECORATION = re.compile(r"^\s*([-=_*~#+])\1{2,}\s*$")
# An e-mail reply quotes the earlier mail line by line: "> Syfte", "> > Insatser".
_QUOTED = re.compile(r"^[ \t]*(?:>[ \t]?)+")
QUOTED_LINES = 3  # fewer lines opening with ">" are no quoted mail ("> 18 år")
# A chat's export opens each message with its time and sender: "[2025-03-04 13:15] Anna
# (Socialtjänsten): …" (Teams), "Lisa 14:06: …" (a phone's messages).
_CHAT_PREFIX = re.compile(
    r"^[ \t]*(?:\[\d{4}-\d\d-\d\d[ T]\d{1,2}[:.]\d\d(?::\d\d)?\][ \t]*[^:\n]{1,60}?:"
    r"|[A-ZÅÄÖ][\w.-]*(?: [A-ZÅÄÖ][\w.-]*)? \d{1,2}[:.]\d\d:)[ \t]+")


def read_text(path: Path) -> Document:
    """Read a .txt plan: one block per paragraph, list items and label lines on their own."""
    text = _load(path, "txt")
    if isinstance(text, Document):
        return text
    lines = _unquoted(text.splitlines())
    builder = _Builder(width=_wrap_width(lines))
    column = value_column(lines)
    fields_by_semicolon = semicolon_fields(lines)
    tables = 0
    skip_to = 0
    for index, raw in enumerate(lines):
        number = index + 1
        if index < skip_to:
            continue
        if tab_row(raw) and index + 1 < len(lines) and tab_row(lines[index + 1]):
            builder.flush()
            tables += 1
            skip_to = tab_table(builder, lines, index, tables)
            continue
        if index + 1 < len(lines) and clean_line(raw) and column_rule(lines[index + 1]):
            builder.flush()
            tables += 1
            skip_to = text_table(builder, lines, index, tables)
            continue
        if not clean_line(raw) or _DECORATION.match(raw) or column_rule(raw):
            builder.flush()
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
            builder.single(number, raw, f"{clean_line(field.group(1))}: "
                                        f"{clean_line(field.group(2))}".rstrip())
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
        if builder.list_item and raw[:1].isspace() and (
                _indent(raw) > builder.indent or 0 < builder.indent == _indent(raw)):
            # a wrapped list item; under an item set in from the margin (a form's answer,
            # "      2) Fast mottagande …"), a line as far in goes on with it
            builder.add(number, raw, clean_line(raw))
            continue
        if builder.list_item and builder.lines and _wrapped(
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
        if _is_label(text_line, followed, first=not builder.lines) or (
                not builder.lines and heading_shaped(text_line, following)):
            builder.single(number, raw, text_line)
        else:
            builder.add(number, raw, text_line)
    builder.flush()
    return _finish(path, "txt", builder.blocks)


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
    index = front_matter(lines, builder)
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
        item = _LIST_ITEM.match(raw)
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

    def __init__(self, markdown: bool = False, width: int = 0) -> None:
        self.markdown = markdown
        self.width = width or WRAP_WIDTH  # how long a line is that was broken only when full
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
        texts = [t for _, _, t in self.lines if t]
        if self.list_item:
            # a list item wrapped onto indented lines is one line ("- Kurator på VUP träffar
            # / K. varannan tisdag"), and so are its fields after a slash ("- Vad: … /
            # / Vem: … / / När: …"), but a field under it keeps its own ("Ansvarig: …")
            # (under an item set in from the margin, a line as far in goes on with it)
            lazy = [0 < self.indent == _indent(r) and not _FIELD_START.match(t)
                    for _, r, t in self.lines if t]
            text = "".join(((" " if _wrapped(texts[i - 1], t, self.width)
                             or t.startswith("/ ") or lazy[i] else "\n")
                            if i else "") + t for i, t in enumerate(texts))
        else:
            text = "\n".join(texts)
        if text:
            raw = " ".join(r.strip() for _, r, _ in self.lines)
            marked = self.markdown and self.markup and not self.list_item
            bold = marked and _BOLD.match(raw) is not None
            italic = marked and not bold and _ITALIC.match(raw) is not None
            self.blocks.append(Block(BlockKind.PARAGRAPH, text,
                                     Location(line=self.lines[0][0]), bold=bold,
                                     list_item=self.list_item, italic=italic))
        self.lines, self.list_item, self.indent, self.markup = [], False, 0, True


_FIELD_START = re.compile(r"^[\w /().-]{1,30}:(\s|$)")
_TRAILING_HINT = re.compile(r"\s*\([^()]*\)$")
NARROW_LINES, MIN_WRAP_WIDTH = 10, 20  # lines to judge a text's width by; the narrowest
WRAP_WIDTH = 50  # characters: a line broken only because it was full is at least this long


def _wrap_width(lines: list[str]) -> int:
    """How long a line is that a text broke only because it was full: WRAP_WIDTH, or less
    in a narrow text (a text message wrapped at thirty characters), judged by its longer
    lines."""
    lengths = sorted(len(line.strip()) for line in lines if line.strip())
    if len(lengths) < NARROW_LINES:
        return WRAP_WIDTH
    longer = lengths[int(0.9 * (len(lengths) - 1))]
    return max(MIN_WRAP_WIDTH, min(WRAP_WIDTH, int(0.7 * longer)))


def _wrapped(line: str, following: str, width: int = WRAP_WIDTH) -> bool:
    """Whether `following` goes on with `line`, broken only because the line was full:
    a long line that ends mid-sentence, followed by no field ("Ansvarig: …") or box."""
    ended = _TRAILING_HINT.sub("", line.rstrip())  # "Vad vill du uppnå? (Skriv …)" is whole
    return bool(following) and len(line) >= width and \
        not ended.endswith((".", ":", "!", "?")) and not _LIST_ITEM.match(following) \
        and not _FIELD_START.match(following) and not following.startswith(("[", "☐", "☒"))


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


# --- Markdown ---------------------------------------------------------------------------

_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
_QUOTE = re.compile(r"^ {0,3}(?:>\s?)+")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_DEFINITION = re.compile(r"^:[ \t]+(\S.*)$")
TERM_WORDS = 4  # a definition list's term longer than this is no label but a measure
_SETEXT = re.compile(r"^ {0,3}(=|-)\1*[ \t]*$")
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_BOLD = re.compile(r"^(\*\*|__)(?!\s)((?:(?!\1).)+?)(?<!\s)\1:?$", re.S)
_ITALIC = re.compile(r"^([*_])(?![*_\s])((?:(?!\1).)+?)(?<![\s*_])\1$", re.S)
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
