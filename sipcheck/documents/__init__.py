"""Readers: one per file format, each turning a file into the same `Document`.

`read_document` never raises for a bad file: it returns a Document whose status says
what was wrong, so one broken plan never stops the review of the others.
"""

from __future__ import annotations

from pathlib import Path

from sipcheck.documents.model import Block, BlockKind, Cell, Document, Location, Status, failed

__all__ = [
    "Block", "BlockKind", "Cell", "Document", "Location", "Status",
    "SUPPORTED_SUFFIXES", "read_document",
]

SUPPORTED_SUFFIXES = (".docx", ".pdf", ".md", ".markdown", ".txt")

# Formats a user may have in a plans folder that we recognise but do not read.
_UNSUPPORTED_HINTS = {
    ".doc": ("Äldre Word-format (.doc) läses inte: öppna filen i Word och spara som .docx.",
             "Legacy Word format (.doc) is not read: open it in Word and save as .docx."),
    ".odt": ("OpenDocument (.odt) läses inte: spara som .docx eller PDF.",
             "OpenDocument (.odt) is not read: save as .docx or PDF."),
    ".rtf": ("RTF läses inte: spara som .docx.", "RTF is not read: save as .docx."),
}
UNSUPPORTED_SUFFIXES = tuple(_UNSUPPORTED_HINTS)


# What a file's first bytes say it is, whatever its name says.
_MAGIC = ((b"%PDF", ".pdf"), (b"PK\x03\x04", ".docx"), (b"\xd0\xcf\x11\xe0", ".doc"))


def _sniff(path: Path) -> str | None:
    with path.open("rb") as handle:
        head = handle.read(1024)
    for magic, suffix in _MAGIC:
        if head.startswith(magic) or (magic == b"%PDF" and magic in head):
            return suffix
    return None


def _os_failure(path: Path, fmt: str, exc: OSError) -> Document:
    """A Swedish message for a file the operating system would not give us."""
    if isinstance(exc, FileNotFoundError):
        return failed(path, fmt, "Filen finns inte längre: den flyttades eller togs bort under "
                      "granskningen, eller är en länk till en fil som inte finns.",
                      "The file no longer exists: it was moved or removed during the review, "
                      "or is a link to a missing file.")
    if isinstance(exc, PermissionError):
        return failed(path, fmt, "Filen kan inte läsas: behörighet saknas. Be den som äger "
                      "filen om läsrätt, eller kopiera den till en egen mapp.",
                      "The file cannot be read: permission denied. Ask its owner for read "
                      "access, or copy it to a folder of your own.")
    return failed(path, fmt, f"Filen kan inte öppnas ({exc.strerror or exc}).",
                  f"The file cannot be opened ({exc.strerror or exc}).")


def read_document(path: Path) -> Document:
    """Read one file. Dispatches on what the file is (its first bytes), falling back on the
    suffix; a file whose suffix lies is read all the same, with a warning."""
    suffix = path.suffix.lower()
    fmt = suffix.lstrip(".")
    if suffix in _UNSUPPORTED_HINTS:
        sv, en = _UNSUPPORTED_HINTS[suffix]
        return Document(str(path), fmt, Status.UNSUPPORTED, message=sv, message_en=en)
    try:
        size = path.stat().st_size
        actual = _sniff(path) if size else None
    except OSError as exc:
        return _os_failure(path, fmt, exc)
    if size == 0:
        return failed(path, fmt, "Filen är tom (0 byte): exportera planen på nytt.",
                      "The file is empty (0 bytes): export the plan again.")
    if actual in (".pdf", ".docx") and actual != suffix and suffix in SUPPORTED_SUFFIXES:
        document = _read(path, actual)
        document.warnings.append((
            f"Filen är egentligen en {actual}-fil men heter {suffix}: byt filändelse.",
            f"The file is really a {actual} file but is named {suffix}: rename it."))
        return document
    return _read(path, suffix)


def _read(path: Path, suffix: str) -> Document:
    fmt = suffix.lstrip(".")
    try:
        return _dispatch(path, suffix, fmt)
    except OSError as exc:  # vanished or locked between the checks and the reading
        return _os_failure(path, fmt, exc)


def _dispatch(path: Path, suffix: str, fmt: str) -> Document:
    if suffix == ".docx":
        from sipcheck.documents.docx_reader import read_docx as reader
    elif suffix == ".pdf":
        from sipcheck.documents.pdf_reader import read_pdf as reader
    elif suffix in (".md", ".markdown"):
        from sipcheck.documents.markdown_reader import read_markdown as reader
    elif suffix == ".txt":
        from sipcheck.documents.text_reader import read_text as reader
    else:
        return Document(
            str(path), fmt, Status.UNSUPPORTED,
            message=f"Filformatet {suffix or '(utan ändelse)'} läses inte: spara planen som "
            ".docx, .pdf, .md eller .txt.",
            message_en=f"The format {suffix or '(no suffix)'} is not read: save the plan as "
            ".docx, .pdf, .md or .txt.",
        )
    return reader(path)
