"""What a copy for reviewers must not carry besides the text: tracked changes, comments,
images.

- Tracked changes are accepted, as Word's "Accept all" does: deleted text, rows and moved-
  from text go, inserted text stays without its mark, and a deleted paragraph mark joins
  its paragraph to the next. The deleted text held personal data as often as the rest, and
  every change carries its author's name.
- Comments go: their marks here, their parts in `docx_package`.
- Pictures, charts, diagrams and embedded objects go (a photo, a scanned ID, a signature
  cannot be checked for personal data); each leaves the note "[bild borttagen]" where it
  stood. A text box is kept: its text is replaced like any other.
"""

from __future__ import annotations

from sipcheck.anonymize.docx_text import TXBX, XML_SPACE, P, W

R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
IMAGE_NOTE = "[bild borttagen]"

_RUN, _PPR, _RPR, _TR, _TRPR = W + "r", W + "pPr", W + "rPr", W + "tr", W + "trPr"
_DELETED = frozenset((W + "del", W + "moveFrom"))
_INSERTED = frozenset((W + "ins", W + "moveTo"))
_CHANGE_MARKS = frozenset(W + name for name in (
    "rPrChange", "pPrChange", "sectPrChange", "tblPrChange", "tblPrExChange", "trPrChange",
    "tcPrChange", "tblGridChange", "numberingChange", "cellIns", "cellDel", "cellMerge",
    "moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart", "moveToRangeEnd",
    "customXmlInsRangeStart", "customXmlInsRangeEnd", "customXmlDelRangeStart",
    "customXmlDelRangeEnd", "customXmlMoveFromRangeStart", "customXmlMoveFromRangeEnd",
    "customXmlMoveToRangeStart", "customXmlMoveToRangeEnd"))
_COMMENT_MARKS = frozenset(W + name for name in ("commentRangeStart", "commentRangeEnd"))
_GRAPHICS = (MC + "AlternateContent", W + "drawing", W + "pict", W + "object")


def accept_changes(root) -> int:
    """Accepts every tracked change in a part; returns how many there were."""
    changes = 0
    for row in [el.getparent().getparent() for el in root.iter(W + "del")
                if el.getparent().tag == _TRPR]:
        if row is not None and row.tag == _TR:
            _detach(row.getparent(), row)
            changes += 1
    for mark in [el for el in root.iter(W + "del") if el.getparent().tag == _RPR
                 and el.getparent().getparent().tag == _PPR]:
        p = mark.getparent().getparent().getparent()
        following = p.getnext()
        while following is not None and following.tag != P:
            following = following.getnext()
        if following is not None:
            anchor = following.find(_PPR)
            at = 0 if anchor is None else following.index(anchor) + 1
            for child in [c for c in p if c.tag != _PPR]:
                following.insert(at, child)
                at += 1
            _detach(p.getparent(), p)
        else:
            _detach(mark.getparent(), mark)
        changes += 1
    for el in list(root.iter(*_DELETED, *_INSERTED, *_CHANGE_MARKS)):
        parent = el.getparent()
        if parent is None or not _attached(el, root):
            continue
        changes += el.tag not in _CHANGE_MARKS or el.tag.endswith("Change")
        if el.tag in _INSERTED and parent.tag not in (_RPR, _TRPR):
            _unwrap(el)
        else:
            _detach(parent, el)
    return changes


def remove_comment_marks(root) -> None:
    """Comment ranges and references out of a part (the comments themselves are a part)."""
    for el in list(root.iter(*_COMMENT_MARKS, W + "commentReference")):
        parent = el.getparent()
        if el.tag == W + "commentReference" and parent.tag == _RUN and all(
                child.tag in (_RPR, el.tag) for child in parent):
            _detach(parent.getparent(), parent)
        else:
            _detach(parent, el)


def remove_graphics(root, gone: set[str]) -> int:
    """Replaces each picture, chart or object that uses a removed part (relationship ids in
    `gone`) by a note; in a shape with a text box only the picture fill goes. Returns the
    number of notes."""
    notes = 0
    for el in list(root.iter(*_GRAPHICS)):
        if not _attached(el, root) or (el.tag == _GRAPHICS[0] and el.getparent().tag != _RUN):
            continue
        uses = any(key.startswith(R) and value in gone
                   for node in el.iter() for key, value in node.attrib.items())
        if not uses or next(el.iter(TXBX), None) is not None:
            continue
        note = el.makeelement(W + "t", {XML_SPACE: "preserve"})
        note.text = IMAGE_NOTE
        el.getparent().replace(el, note)
        notes += 1
    for node in root.iter():
        for key in [k for k, v in node.attrib.items() if k.startswith(R) and v in gone]:
            del node.attrib[key]
    return notes


def _attached(el, root) -> bool:
    return any(ancestor is root for ancestor in el.iterancestors()) or el is root


def _detach(parent, el) -> None:
    if parent is not None and el is not None:
        parent.remove(el)


def _unwrap(el) -> None:
    """Puts an element's children where it stood."""
    parent = el.getparent()
    at = parent.index(el)
    for child in list(el):
        parent.insert(at, child)
        at += 1
    parent.remove(el)
