"""What the .txt and the Markdown reader share: a text file's bytes decoded robustly, and
its lines gathered into blocks.

Text exports of SIP plans come out of journal systems and old Windows tools, so the
encoding is often Windows-1252 rather than UTF-8 (`decode_bytes`). A paragraph's lines
are joined where a line was broken only because it was full (`wrapped`), a list item's
wrapped lines with it; a line that may be a heading (`is_label`: in CAPITALS, or a short
"Label:" over text) stands alone, so that the section finder can take it as one, instead
of being glued to the text below it. What is a heading is not decided here.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from pathlib import Path

from sipcheck.documents.model import Block, BlockKind, Document, Location, failed
from sipcheck.documents.text_layout import LABEL_MAX_WORDS, indent_of

# Share of characters that may be control characters or U+FFFD before we call a file
# "not text". Real exports have none; a binary file renamed .txt has plenty.
MAX_BAD_CHAR_SHARE = 0.05
# A plan is a few pages; a text file this large is something else (and would cost time).
MAX_BYTES = 5_000_000

# ("o " is Word's second-level bullet in Courier New, pasted as a letter)
LIST_ITEM = re.compile(r"^(\s*)(?:[-*+•–—▪◦‣·→⇒➔►▸✅👉📌🔹🔸➡▶]\ufe0f?|\d{1,3}[.)]|o(?= ))"
                        r"\s+(\S.*)$")

BOLD = re.compile(r"^(\*\*|__)(?!\s)((?:(?!\1).)+?)(?<!\s)\1:?$", re.S)
ITALIC = re.compile(r"^([*_])(?![*_\s])((?:(?!\1).)+?)(?<![\s*_])\1$", re.S)


def load(path: Path, fmt: str) -> str | Document:
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


class Builder:
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
            lazy = [0 < self.indent == indent_of(r) and not _FIELD_START.match(t)
                    for _, r, t in self.lines if t]
            text = "".join(((" " if wrapped(texts[i - 1], t, self.width)
                             or t.startswith("/ ") or lazy[i] else "\n")
                            if i else "") + t for i, t in enumerate(texts))
        else:
            text = "\n".join(texts)
        if text:
            raw = " ".join(r.strip() for _, r, _ in self.lines)
            marked = self.markdown and self.markup and not self.list_item
            bold = marked and BOLD.match(raw) is not None
            italic = marked and not bold and ITALIC.match(raw) is not None
            self.blocks.append(Block(BlockKind.PARAGRAPH, text,
                                     Location(line=self.lines[0][0]), bold=bold,
                                     list_item=self.list_item, italic=italic))
        self.lines, self.list_item, self.indent, self.markup = [], False, 0, True


_FIELD_START = re.compile(r"^[\w /().-]{1,30}:(\s|$)")
_TRAILING_HINT = re.compile(r"\s*\([^()]*\)$")
NARROW_LINES, MIN_WRAP_WIDTH = 10, 20  # lines to judge a text's width by; the narrowest
WRAP_WIDTH = 50  # characters: a line broken only because it was full is at least this long


def wrap_width(lines: list[str]) -> int:
    """How long a line is that a text broke only because it was full: WRAP_WIDTH, or less
    in a narrow text (a text message wrapped at thirty characters), judged by its longer
    lines."""
    lengths = sorted(len(line.strip()) for line in lines if line.strip())
    if len(lengths) < NARROW_LINES:
        return WRAP_WIDTH
    longer = lengths[int(0.9 * (len(lengths) - 1))]
    return max(MIN_WRAP_WIDTH, min(WRAP_WIDTH, int(0.7 * longer)))


def wrapped(line: str, following: str, width: int = WRAP_WIDTH) -> bool:
    """Whether `following` goes on with `line`, broken only because the line was full:
    a long line that ends mid-sentence, followed by no field ("Ansvarig: …") or box."""
    ended = _TRAILING_HINT.sub("", line.rstrip())  # "Vad vill du uppnå? (Skriv …)" is whole
    return bool(following) and len(line) >= width and \
        not ended.endswith((".", ":", "!", "?")) and not LIST_ITEM.match(following) \
        and not _FIELD_START.match(following) and not following.startswith(("[", "☐", "☒"))


def finish(path: Path, fmt: str, blocks: list[Block]) -> Document:
    if not blocks:
        return failed(path, fmt, "Filen innehåller ingen text: exportera planen på nytt.",
                      "The file contains no text: export the plan again.")
    return Document(str(path), fmt, blocks=blocks)


def is_label(text: str, followed: bool, first: bool) -> bool:
    """A line that may be a heading and so must not be merged with its neighbours:
    a line in CAPITALS, or a short "Label:" line with text right below it."""
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) >= 2 and all(ch.isupper() for ch in letters):
        return len(text.split()) <= 2 * LABEL_MAX_WORDS
    # a web form's required field: "Syfte med planen*", "Mål (obligatoriskt)"
    return (followed and text.endswith((":", "*", "(obligatoriskt)"))
            and len(text.split()) <= LABEL_MAX_WORDS
            and (first or text[0].isupper() or text[0].isdigit()))
