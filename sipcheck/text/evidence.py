"""How a report cites a plan: the quotation in quotation marks, and where it stands.

Every report and the interactive assessment cite evidence the same way, so a reader who
has seen one recognises the other: ”Mio vill träffa samma person” (sida 2, stycke 3).
"""

from __future__ import annotations

from sipcheck.documents.model import Location
from sipcheck.text.words import REVIEW, words

_QUOTES = "”“\"«»'"


def quoted(text: str) -> str:
    """Evidence in quotation marks, unless the plan's own quotation marks already show it."""
    if text[:1] in _QUOTES and text[-1:] in _QUOTES:
        return text
    return f"”{text}”"


def where(location: dict | None, lang: str) -> str:
    """The place in the plan ('sida 2, tabell 1, rad 3'), or the whole plan."""
    text = Location.from_dict(location or {}).describe(lang)
    return text or words(REVIEW, lang)["where_whole"]
