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


def _body(text: str) -> str:
    return text.strip().removesuffix("…").strip()


def distinct(items: list[dict]) -> list[dict]:
    """The evidence as a reader should get it, each quotation once. The review may quote
    a whole table cell and, from the same place, a sentence in it: the sentence is shown
    once, inside the cell's quotation. A quotation cut short (…) that runs into a later
    one from the same place ends where the later one begins."""
    bodies = [_body(item["text"]) for item in items]
    out = []
    for index, item in enumerate(items):
        body = bodies[index]
        others = [other for other in range(len(items)) if other != index
                  and items[other].get("where") == item.get("where")]
        if any(body in bodies[other] and (len(bodies[other]) > len(body) or other < index)
               for other in others):
            continue  # inside another quotation from the same place, or the same again
        if item["text"].rstrip().endswith("…"):
            for other in others:
                start = body.find(bodies[other][:30]) if len(bodies[other]) >= 30 else -1
                if start > 0 and bodies[other] not in body:
                    item = {**item, "text": body[:start].rstrip() + " …"}
                    break
        out.append(item)
    return out
