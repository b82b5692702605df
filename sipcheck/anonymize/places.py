"""Where in a file a replacement was made, in words a user reads (never the value).

`sipcheck anonymize --dry-run` lists kinds, counts and these places; the places are coarser
than a review's evidence locations because they also name what a reader never shows
(document properties, links, comments)."""

from __future__ import annotations

from sipcheck.text import Text

BODY = Text("brödtext", "body text")
HEADER = Text("sidhuvud", "header")
FOOTER = Text("sidfot", "footer")
TEXTBOX = Text("textruta", "text box")
NOTES = Text("fotnoter och slutnoter", "footnotes and endnotes")
PROPERTIES = Text("dokumentegenskaper", "document properties")
LINKS = Text("länkar", "links")
OTHER = Text("övriga delar av filen", "other parts of the file")
# Places a reading of the file does not show, so only a search of its parts finds them.
UNREAD = frozenset((NOTES, PROPERTIES, LINKS, OTHER))


def table(number: int) -> Text:
    return Text(f"tabell {number}", f"table {number}")


def line(number: int) -> Text:
    return Text(f"rad {number}", f"line {number}")


def page(number: int | None) -> Text:
    return Text(f"sida {number}", f"page {number}") if number else BODY
