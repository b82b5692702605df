"""Word styles for the .docx reader: which paragraph styles are headings, lists or bold.

Plans mark headings with styles ("Heading 2", Swedish "Rubrik 2", a custom style based on
one of them, or an outline level), and form labels with bold styles. Resolving a style
means following its basedOn chain in styles.xml; this module does that once per template.
"""

from __future__ import annotations

import re

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
PPR, RPR, VAL, B, NUM_PR, NUM_ID, OUTLINE_LVL, STYLE = (
    W + n for n in ("pPr", "rPr", "val", "b", "numPr", "numId", "outlineLvl", "style"))
_FALSE = frozenset(("0", "false", "off", "none"))
_HEADING_NAME = re.compile(r"(?:heading|rubrik)\s*([1-9])")
_TITLE_NAMES = frozenset(("title", "rubrik"))
_LIST_NAME = re.compile(r"list|punktlista|numrerad\s*lista")


def on(el) -> bool:
    """An OOXML on/off property: present without w:val, or with a true value."""
    val = el.get(VAL)
    return val is None or val.lower() not in _FALSE


class ParaStyle:
    __slots__ = ("name", "level", "bold", "list_item", "caps")

    def __init__(self, name: str | None, level: int | None, bold: bool, list_item: bool,
                 caps: bool = False):
        self.name, self.level, self.bold, self.list_item = name, level, bold, list_item
        self.caps = caps  # the style prints its text in capitals or small capitals


class Styles:
    """styles.xml, indexed by style id; each style is read and resolved through its basedOn
    chain only when a paragraph or run first uses it, and memoised."""

    def __init__(self, root) -> None:
        self._elements: dict[str, object] = {}
        self._raw: dict[str, tuple] = {}
        self._para: dict[str | None, ParaStyle] = {}
        self._char: dict[str, bool | None] = {}
        self.default_para: str | None = None
        self.default_bold = False
        if root is None:
            return
        b = root.find(f"{W}docDefaults/{W}rPrDefault/{RPR}/{B}")
        self.default_bold = b is not None and on(b)
        for st in root.iterchildren(STYLE):
            sid = st.get(W + "styleId")
            if sid:
                self._elements.setdefault(sid, st)
                if st.get(W + "default") in ("1", "true") and \
                        st.get(W + "type") == "paragraph":
                    self.default_para = sid

    def _entry(self, sid: str) -> tuple | None:
        """(name, basedOn, own heading level, own bold, own numbering, own caps) of one
        style."""
        if sid in self._raw:
            return self._raw[sid]
        st = self._elements.get(sid)
        if st is None:
            return None
        name_el, based_el = st.find(W + "name"), st.find(W + "basedOn")
        name = name_el.get(VAL) if name_el is not None else None
        if name and name[0].islower():  # built-ins are stored as "heading 1"
            name = name[0].upper() + name[1:]
        based = based_el.get(VAL) if based_el is not None else None
        ppr, rpr = st.find(PPR), st.find(RPR)
        bold = level = numbered = caps = None
        if rpr is not None and (b := rpr.find(B)) is not None:
            bold = on(b)
        if rpr is not None:
            for tag in (W + "caps", W + "smallCaps"):
                if (el := rpr.find(tag)) is not None:
                    caps = on(el)
        keys = (sid.casefold(), (name or "").casefold())
        level = _name_level(keys)
        if ppr is not None:
            if level is None and (ol := ppr.find(OUTLINE_LVL)) is not None:
                level = outline(ol)
            if (num := ppr.find(NUM_PR)) is not None:
                numbered = numbering_on(num)
        if numbered is None and _list_name(keys):
            numbered = True
        self._raw[sid] = entry = (name, based, level, bold, numbered, caps)
        return entry

    def _chain(self, sid: str | None):
        seen: set[str] = set()
        while sid is not None and sid not in seen:
            seen.add(sid)
            entry = self._entry(sid)
            if entry is None:
                return
            yield entry
            sid = entry[1]

    def para(self, sid: str | None) -> ParaStyle:
        found = self._para.get(sid)
        if found is None and sid is not None and sid not in self._elements:
            # A style id the file never defines (some generators): judge by the id alone.
            base, keys = self.para(None), (sid.casefold(),)
            found = ParaStyle(sid, _name_level(keys) or None, base.bold,
                              base.list_item or _list_name(keys))
            self._para[sid] = found
        elif found is None:
            chain = list(self._chain(sid if sid is not None else self.default_para))
            level = next((e[2] for e in chain if e[2] is not None), 0)
            bold = next((e[3] for e in chain if e[3] is not None), self.default_bold)
            numbered = next((e[4] for e in chain if e[4] is not None), False)
            caps = next((e[5] for e in chain if e[5] is not None), False)
            found = ParaStyle(chain[0][0] if chain else sid, level or None, bold, numbered,
                              caps)
            self._para[sid] = found
        return found

    def char_bold(self, sid: str) -> bool | None:
        if sid not in self._char:
            self._char[sid] = next((e[3] for e in self._chain(sid) if e[3] is not None), None)
        return self._char[sid]


def _name_level(keys) -> int | None:
    """Heading level from a style id or name: "Heading 2", "Rubrik2", "Title", "Rubrik"."""
    for key in keys:
        if m := _HEADING_NAME.fullmatch(key):
            return int(m.group(1))
        if key in _TITLE_NAMES:
            return 1
    return None


def _list_name(keys) -> bool:
    return any(_LIST_NAME.match(key) for key in keys)


def outline(el) -> int:
    """w:outlineLvl 0..8 is heading level 1..9; 9 means body text (0 = explicitly none)."""
    try:
        value = int(el.get(VAL, "9"))
    except ValueError:
        return 0
    return value + 1 if 0 <= value < 9 else 0


def numbering_on(num_pr) -> bool | None:
    num_id = num_pr.find(NUM_ID)
    return None if num_id is None else num_id.get(VAL) != "0"
