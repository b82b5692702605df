"""Replacing personal data inside Word's XML, where Word keeps its formatting.

Word cuts a paragraph's text into runs wherever formatting, spelling marks or editing
history say so, and "Anna Anders" + "son" is common. So a paragraph is read as a whole:
every w:t, tab and break whose nearest paragraph it is (content controls, hyperlinks and
fields inside it included; a text box is paragraphs of its own). The personal data found
in that text is mapped back to the runs it spans, and the placeholder is written into the
first of them: the run keeps its formatting, the others lose only the replaced characters.

Everything else that holds text (field codes, custom XML bound to content controls,
properties, link targets, attributes such as an image's description) is swept node by
node with the same replacer (`sweep`).
"""

from __future__ import annotations

import re
from urllib.parse import quote

from sipcheck.anonymize import places
from sipcheck.anonymize.replacer import Replacer
from sipcheck.text import Text

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
P, T, TBL, TXBX = W + "p", W + "t", W + "tbl", W + "txbxContent"
FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
# What a paragraph's text is made of besides w:t, as the reader reads it.
_CHARS = {W + "tab": " ", W + "ptab": " ", W + "br": "\n", W + "cr": "\n",
          W + "noBreakHyphen": "-"}
_INVISIBLE = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")
# Attribute values that are ids, sizes, colours or keywords, never personal data; a longer
# run of digits may be a personnummer written without its hyphen.
_NOT_TEXT = re.compile(r"[0-9A-Fa-f]{1,8}|-?\d{1,7}(?:\.\d+)?%?|[a-z][A-Za-z]*|rId\d+")
_ID_NAMES = ("rsid", "paraId", "textId", "durableId")


class Paragraph:
    """One w:p's text, and for each character the element and offset it comes from."""

    def __init__(self, p, pieces: list) -> None:
        self.p = p
        self.pieces = pieces
        chars: list[str] = []
        self.where: list[tuple[int, int]] = []
        for index, el in enumerate(pieces):
            if el.tag == T:
                for offset, char in enumerate(el.text or ""):
                    if char not in _INVISIBLE:
                        chars.append(char)
                        self.where.append((index, offset))
            else:
                chars.append(_CHARS[el.tag])
                self.where.append((index, 0))
        self.text = "".join(chars)

    def replace(self, replacer: Replacer, place: Text | None) -> None:
        spans = replacer.spans(self.text)
        if place is not None:
            replacer.count(spans, place)
        for span in reversed(spans):
            self._put(span.start, span.end, span.placeholder)

    def _put(self, start: int, end: int, placeholder: str) -> None:
        touched: dict[int, list[int]] = {}
        for index, offset in self.where[start:end]:
            touched.setdefault(index, []).append(offset)
        first = next((i for i in touched if self.pieces[i].tag == T), None)
        if first is None:
            return  # nothing to write into; the check of the copy will say so
        for index, offsets in touched.items():
            el = self.pieces[index]
            if el.tag != T:
                _remove(el)
                continue
            text = el.text or ""
            el.text = (text[:min(offsets)] + (placeholder if index == first else "")
                       + text[max(offsets) + 1:])
            el.set(XML_SPACE, "preserve")


def paragraphs(root) -> list[Paragraph]:
    """Every paragraph with text in a part, in document order."""
    found: dict = {}
    for el in root.iter(T, *_CHARS):
        owner = el.getparent()
        while owner is not None and owner.tag != P:
            owner = owner.getparent()
        if owner is not None:
            found.setdefault(owner, []).append(el)
    return [Paragraph(p, pieces) for p, pieces in found.items()]


def replace_paragraphs(root, replacer: Replacer, part_place: Text | None) -> None:
    """Replaces in every paragraph of a part; `part_place` is None for the body, where
    tables are numbered."""
    tables = {}
    if part_place is None:
        tables = {tbl: n for n, tbl in enumerate(
            (t for t in root.iter(TBL) if not any(a.tag == TBL for a in t.iterancestors())),
            start=1)}
    for paragraph in paragraphs(root):
        paragraph.replace(replacer, _place(paragraph.p, part_place, tables))


def learn_paragraphs(root, replacer: Replacer) -> None:
    for paragraph in paragraphs(root):
        replacer.learn(paragraph.text)


def _place(p, part_place: Text | None, tables: dict) -> Text | None:
    """Where a paragraph is; None in the copy of a text box kept for old versions of Word
    (mc:Fallback), which is replaced but not counted twice."""
    if any(ancestor.tag == FALLBACK for ancestor in p.iterancestors()):
        return None
    outermost = None
    for ancestor in p.iterancestors():
        if ancestor.tag == TXBX:
            return places.TEXTBOX
        if ancestor.tag == TBL:
            outermost = ancestor
    if part_place is not None:
        return part_place
    return places.table(tables[outermost]) if outermost in tables else places.BODY


def sweep(root, replacer: Replacer, place: Text, skip_runs: bool = True) -> None:
    """Replaces in every text node and attribute of a part; the runs' w:t were done by
    paragraph (`skip_runs`). Names only where known (see `Replacer.spans`). The part's
    texts are searched as one first, so a part without personal data (styles, theme,
    numbering: most of a .docx) costs one search, not one per node."""
    nodes = _nodes(root, skip_runs)
    if not replacer.spans(SEPARATOR.join(value for _, _, value in nodes), guess_names=False):
        return
    for el, name, value in nodes:
        new = replacer.replace(value, place, guess_names=False)
        if new == value:
            continue
        if name == "":
            el.text = new
        elif name == ".tail":
            el.tail = new
        else:
            el.set(name, quote(new, safe=":/?#=&.@-_~%") if name == "Target" else new)


def leftovers(root, replacer: Replacer) -> list[str]:
    """The kinds of personal data still anywhere in a finished part: paragraphs read whole
    as a reader reads them, every other text and attribute node by node."""
    texts = SEPARATOR.join(paragraph.text for paragraph in paragraphs(root))
    others = SEPARATOR.join(value for _, _, value in _nodes(root, True))
    return replacer.remains(texts) + replacer.remains(others, guess_names=False)


# Joins texts that are searched together: a line break for the patterns anchored at one,
# and a NUL no pattern crosses.
SEPARATOR = "\n\x00\n"


def _nodes(root, skip_runs: bool) -> list[tuple]:
    """(element, "" for its text, ".tail" or an attribute's name, value) of every text
    that may hold personal data: not the runs' w:t when they were replaced by paragraph
    (`skip_runs`), and no attribute that is an id, a size, a colour or a keyword."""
    found = []
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if el.text and not (skip_runs and el.tag == T):
            found.append((el, "", el.text))
        if el.tail and el.tail.strip():
            found.append((el, ".tail", el.tail))
        for name, value in el.attrib.items():
            if len(value) > 1 and not _NOT_TEXT.fullmatch(value) and not name.rsplit(
                    "}", 1)[-1].startswith(_ID_NAMES):
                found.append((el, name, value))
    return found


def _remove(el) -> None:
    parent = el.getparent()
    if parent is not None:
        parent.remove(el)
