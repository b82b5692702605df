"""The parts of a PDF that are not page text, for the privacy scan: annotations (sticky
notes, comments, their authors) and the document's metadata (author, title, subject,
keywords). They travel with the file when it is shared but are never plan text, so they
become Blocks whose location names the part (`annotation` with its page, `metadata`);
authors are written as "Författare: …", the form the scan reads as a labelled name.
"""

from __future__ import annotations

import contextlib
import ctypes

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from sipcheck.documents.model import Block, BlockKind, Location

_PEOPLE = ("Author",)


def _block(text: str, location: Location) -> Block | None:
    text = " ".join(text.split())
    return Block(BlockKind.PARAGRAPH, text, location) if text else None


def _string(annot, key: str) -> str:
    size = pdfium_c.FPDFAnnot_GetStringValue(annot, key.encode("ascii"), None, 0)
    if size <= 2:
        return ""
    buffer = ctypes.create_string_buffer(size)
    pdfium_c.FPDFAnnot_GetStringValue(annot, key.encode("ascii"),
                                      ctypes.cast(buffer, ctypes.POINTER(pdfium_c.FPDF_WCHAR)),
                                      size)
    return buffer.raw[:size - 2].decode("utf-16-le", "replace")


def annotation_blocks(page_raw, page_number: int) -> list[Block]:
    """The texts and authors of one page's annotations (not form fields' names)."""
    blocks = []
    for index in range(pdfium_c.FPDFPage_GetAnnotCount(page_raw)):
        annot = pdfium_c.FPDFPage_GetAnnot(page_raw, index)
        if not annot:
            continue
        try:
            widget = pdfium_c.FPDFAnnot_GetSubtype(annot) == pdfium_c.FPDF_ANNOT_WIDGET
            texts = [_string(annot, "Contents"), _string(annot, "Subj")]
            if not widget:  # a form field's T is its name; a comment's T is its author
                author = _string(annot, "T")
                texts.append(f"Författare: {author}" if author else "")
        finally:
            pdfium_c.FPDFPage_CloseAnnot(annot)
        location = Location(page=page_number, part="annotation")
        blocks += [b for b in (_block(text, location) for text in texts) if b is not None]
    return blocks


def metadata_blocks(doc) -> list[Block]:
    """The document information dictionary (Author, Title, Subject, Keywords, …)."""
    metadata: dict = {}
    with contextlib.suppress(pdfium.PdfiumError, ValueError, UnicodeDecodeError):
        metadata = doc.get_metadata_dict(skip_empty=True)
    blocks = []
    for key, value in metadata.items():
        if isinstance(value, str) and key not in ("CreationDate", "ModDate"):
            text = f"Författare: {value}" if key in _PEOPLE else value
            block = _block(text, Location(part="metadata"))
            if block is not None:
                blocks.append(block)
    return blocks
