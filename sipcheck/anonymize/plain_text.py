"""Markdown and plain-text plans: the same file, the same encoding, the data replaced.

A text plan is replaced as one text, so a name split over a line break in a list is
still one name, and each replacement is counted on the line where it starts. The bytes
go back in the encoding the plan came in (UTF-8 with or without BOM, UTF-16,
Windows-1252), with its own line endings.
"""

from __future__ import annotations

import bisect

from sipcheck.anonymize import places
from sipcheck.anonymize.replacer import Replacer
from sipcheck.documents.text_blocks import decode_with_encoding
from sipcheck.text import SipcheckError, Text

_UNREADABLE = Text("Texten kunde inte avkodas.", "The text could not be decoded.")


def anonymize_text(data: bytes, replacer: Replacer) -> bytes:
    decoded = decode_with_encoding(data)
    if decoded is None:
        raise SipcheckError(_UNREADABLE)
    text, encoding, bom = decoded
    replacer.learn(text)
    spans = replacer.spans(text)
    starts = [0] + [index + 1 for index, char in enumerate(text) if char == "\n"]
    for span in spans:
        replacer.count([span], places.line(bisect.bisect_right(starts, span.start)))
    for span in reversed(spans):
        text = text[:span.start] + span.placeholder + text[span.end:]
    return bom + text.encode(encoding)


def leftovers(data: bytes, replacer: Replacer) -> list[tuple[str, Text]]:
    decoded = decode_with_encoding(data)
    if decoded is None:
        return []
    text = decoded[0]
    return [(span.kind, places.line(text.count("\n", 0, span.start) + 1))
            for span in replacer.spans(text)]
