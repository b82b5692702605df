"""Readers: one per file format, each turning a file into the same `Document`.

`read_document` never raises for a bad file: it returns a Document whose status says
what was wrong, so one broken plan never stops the review of the others.
"""

from __future__ import annotations

from pathlib import Path

from sipcheck.documents.model import Block, BlockKind, Cell, Document, Location, Status

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


def read_document(path: Path) -> Document:
    """Read one file. Dispatches on the suffix; lazy-imports the reader it needs."""
    suffix = path.suffix.lower()
    fmt = suffix.lstrip(".")
    if suffix in _UNSUPPORTED_HINTS:
        sv, en = _UNSUPPORTED_HINTS[suffix]
        return Document(str(path), fmt, Status.UNSUPPORTED, message=sv, message_en=en)
    try:
        size = path.stat().st_size
    except OSError as exc:
        return failed(path, fmt, f"Filen kan inte öppnas ({exc.strerror}).",
                      f"The file cannot be opened ({exc.strerror}).")
    if size == 0:
        return failed(path, fmt, "Filen är tom (0 byte): exportera planen på nytt.",
                      "The file is empty (0 bytes): export the plan again.")
    if suffix == ".docx":
        from sipcheck.documents.docx_reader import read_docx as reader
    elif suffix == ".pdf":
        from sipcheck.documents.pdf_reader import read_pdf as reader
    elif suffix in (".md", ".markdown"):
        from sipcheck.documents.text_reader import read_markdown as reader
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


def failed(path: Path, fmt: str, message: str, message_en: str,
           status: Status = Status.UNREADABLE) -> Document:
    """A Document that could not be read, with the user-facing reason in both languages."""
    return Document(str(path), fmt, status, message=message, message_en=message_en)
