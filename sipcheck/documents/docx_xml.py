"""WordprocessingML walking for the .docx reader: paragraphs, tables, text boxes.

One recursive pass over lxml elements in document order. Every container Word may wrap
content in (content controls, custom XML, smart tags, hyperlinks, insertions, simple
fields, markup-compatibility choices) is descended into; deleted text, field codes, hidden
text, placeholder text and mc:Fallback copies are skipped.
"""

from __future__ import annotations

import contextlib
import re

from sipcheck.documents.docx_styles import Styles, W, numbering_on, on, outline
from sipcheck.documents.model import Block, BlockKind, Cell, Location, table_text

W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"

BODY, P, PPR, PSTYLE, R, RPR, RSTYLE, T, TBL, TR, TC, TCPR, TRPR = (
    W + n for n in ("body", "p", "pPr", "pStyle", "r", "rPr", "rStyle", "t", "tbl", "tr",
                    "tc", "tcPr", "trPr"))
CAPS, SMALL_CAPS, ITALIC = W + "caps", W + "smallCaps", W + "i"
STRIKES = (W + "strike", W + "dstrike")  # text struck through, once or twice
SDT, SDT_PR, SDT_CONTENT, SECT_PR, VAL, B, VANISH, SYM, FLD_CHAR, FF_DATA = (
    W + n for n in ("sdt", "sdtPr", "sdtContent", "sectPr", "val", "b", "vanish", "sym",
                    "fldChar", "ffData"))
TAB, PTAB, BR, CR, NB_HYPHEN, DRAWING, PICT, OBJECT, TXBX_CONTENT, CUSTOM_XML = (
    W + n for n in ("tab", "ptab", "br", "cr", "noBreakHyphen", "drawing", "pict", "object",
                    "txbxContent", "customXml"))
GRID_SPAN, GRID_BEFORE, V_MERGE, H_MERGE, DEL, NUM_PR, NUM_ID, OUTLINE_LVL, STYLE = (
    W + n for n in ("gridSpan", "gridBefore", "vMerge", "hMerge", "del", "numPr", "numId",
                    "outlineLvl", "style"))
ALT, CHOICE, FALLBACK = MC + "AlternateContent", MC + "Choice", MC + "Fallback"
# Wrappers whose children are ordinary inline content.
INLINE_WRAPPERS = frozenset(W + n for n in (
    "hyperlink", "smartTag", "customXml", "ins", "moveTo", "fldSimple", "dir", "bdo"))
MATH = frozenset((M + "oMath", M + "oMathPara"))

CHECKED, UNCHECKED = "☒", "☐"
_CHECKED_GLYPHS = frozenset("☒☑✓✔✗✘⌧xX\uf0fe\uf078\uf0fd")
_UNCHECKED_GLYPHS = frozenset("☐□◻\uf0a8\uf06f")
# Wingdings code points (w:sym w:char, or plain text in a Wingdings font) that draw boxes.
_WINGDINGS_BOX = {0xFE: CHECKED, 0x78: CHECKED, 0xFD: CHECKED, 0xA8: UNCHECKED, 0x6F: UNCHECKED}

_TRANSLATE = str.maketrans({
    **dict.fromkeys("\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f"
                    "\u3000\t\f\v", " "),
    "\u00ad": None, "\u200b": None, "\u2011": "-",
    "\uf0fe": CHECKED, "\uf078": CHECKED, "\uf0fd": CHECKED,
    "\uf0a8": UNCHECKED, "\uf06f": UNCHECKED,
})
_SPACE_RUN = re.compile(r" {2,}")
_SPACE_AT_BREAK = re.compile(r" ?\n ?")
_NOWHERE = Location()
_TABLE_OF_CONTENTS = re.compile(r"(?:toc|innehållsförteckning|innehåll)\s*\d", re.IGNORECASE)


def clean(text: str) -> str:
    """Normalise spaces (not line breaks) and strip."""
    text = _SPACE_RUN.sub(" ", text.translate(_TRANSLATE))
    if "\n" in text:
        text = _SPACE_AT_BREAK.sub("\n", text)
    return text.strip()



def placeholder(sdt) -> bool:
    """True when a content control is showing its placeholder ("Klicka eller tryck här...")."""
    pr = sdt.find(SDT_PR)
    flag = pr.find(W + "showingPlcHdr") if pr is not None else None
    return flag is not None and on(flag)


def sym_glyph(sym) -> str:
    """A w:sym in the Wingdings font that draws a checkbox, as ☒ or ☐; others are dropped."""
    if sym.get(W + "font", "").strip().lower() != "wingdings":
        return ""
    try:
        code = int(sym.get(W + "char", ""), 16)
    except ValueError:
        return ""
    return _WINGDINGS_BOX.get(code & 0xFF, "") if code < 0x100 or code >> 8 == 0xF0 else ""


def find_boxes(el, out: list) -> None:
    """Text box contents under a drawing, never descending into mc:Fallback copies."""
    for child in el:
        tag = child.tag
        if tag == TXBX_CONTENT:
            out.append(child)
        elif tag != FALLBACK and isinstance(tag, str):
            find_boxes(child, out)


def choice(alt):
    """What to read of mc:AlternateContent: its first mc:Choice. mc:Fallback is a copy of the
    same content for old readers (reading both doubles every text box), used only when there
    is no Choice at all."""
    found = alt.find(CHOICE)
    return found if found is not None else alt.find(FALLBACK)


class _Inline:
    """What one paragraph collects: text pieces, text boxes to emit after it, whether all
    of its text is bold, and whether all of it is set in italics by the runs themselves (a
    template's grey hint typed in italics; italics from styles are not read)."""

    __slots__ = ("parts", "boxes", "bold", "italic", "seen", "check_bold", "style_bold",
                 "style_caps")

    def __init__(self, check_bold: bool, style_bold: bool, style_caps: bool = False) -> None:
        self.parts: list[str] = []
        self.boxes: list = []
        self.bold = self.italic = True
        self.seen = False
        self.check_bold, self.style_bold = check_bold, style_bold
        # Text formatted as capitals or small capitals is printed in capitals, and read so:
        # a heading set in small caps is a heading in capitals to the reader.
        self.style_caps = style_caps


def struck(rpr) -> bool:
    """Whether a run's properties strike it through (once or twice): a follow-up's ended
    measure, printed but no longer the plan; the privacy scan still reads it."""
    return rpr is not None and any((mark := rpr.find(tag)) is not None and on(mark)
                                   for tag in STRIKES)


class Walker:
    """Turns block-level content (a body, a header, a text box, a cell) into Blocks."""

    def __init__(self, styles: Styles) -> None:
        self.styles = styles
        self.counters: dict[str | None, list[int]] = {}  # part -> [paragraphs, tables]
        self.sections: list = []
        # where each of the body's sections ends: the number of blocks read by then
        self.section_ends: list[int] = []

    def blocks(self, parent, part: str | None, in_cell: bool, hidden: bool, out: list) -> None:
        for el in parent:
            tag = el.tag
            if tag == P:
                self.paragraph(el, part, in_cell, hidden, out)
            elif tag == TBL:
                out.append(self.table(el, part, hidden))
            elif tag == SDT:
                content = el.find(SDT_CONTENT)
                if content is not None:
                    self.blocks(content, part, in_cell, hidden or placeholder(el), out)
            elif tag in (CUSTOM_XML, W + "ins", W + "moveTo"):
                self.blocks(el, part, in_cell, hidden, out)
            elif tag == ALT and (inner := choice(el)) is not None:
                self.blocks(inner, part, in_cell, hidden, out)
            elif tag == SECT_PR:
                self.sections.append(el)
                if part is None:
                    self.section_ends.append(len(out))

    def _count(self, part: str | None, index: int) -> int:
        counts = self.counters.setdefault(part, [0, 0])
        counts[index] += 1
        return counts[index]

    def paragraph(self, p, part, in_cell: bool, hidden: bool, out: list) -> None:
        ppr = p.find(PPR)
        style_id = None
        ends_section = False
        if ppr is not None:
            if (ps := ppr.find(PSTYLE)) is not None:
                style_id = ps.get(VAL)
            if (sect := ppr.find(SECT_PR)) is not None:
                self.sections.append(sect)
                ends_section = part is None
        style = self.styles.para(style_id)
        if style.name and _TABLE_OF_CONTENTS.match(style.name):
            return  # a table of contents repeats the headings, with page numbers
        state = _Inline(not in_cell, style.bold, style.caps)
        if not hidden:
            self.inline(p, state)
        text = clean("".join(state.parts))
        if text and in_cell:
            out.append(Block(BlockKind.PARAGRAPH, text, _NOWHERE))
        elif text:
            level, list_item = style.level, style.list_item
            if ppr is not None:
                if (ol := ppr.find(OUTLINE_LVL)) is not None:
                    level = outline(ol) or None
                if (num := ppr.find(NUM_PR)) is not None and (n := numbering_on(num)) is not None:
                    list_item = n
            out.append(Block(
                BlockKind.HEADING if level else BlockKind.PARAGRAPH, text,
                Location(paragraph=self._count(part, 0), part=part), level=level,
                bold=state.bold and state.seen, list_item=list_item, style=style.name,
                italic=state.italic and state.seen))
        for box in state.boxes:
            self.blocks(box, part or "textbox", in_cell, hidden, out)
        if ends_section:
            self.section_ends.append(len(out))  # the section ends with this paragraph

    def inline(self, parent, state: _Inline) -> None:
        for el in parent:
            tag = el.tag
            if tag == R:
                self.run(el, state)
            elif tag in INLINE_WRAPPERS:
                self.inline(el, state)
            elif tag == SDT:
                self.inline_sdt(el, state)
            elif tag == ALT and (inner := choice(el)) is not None:
                self.inline(inner, state)
            elif tag in MATH:
                state.parts.extend(t.text for t in el.iter(M + "t") if t.text)

    def inline_sdt(self, sdt, state: _Inline) -> None:
        pr, content = sdt.find(SDT_PR), sdt.find(SDT_CONTENT)
        box = pr.find(W14 + "checkbox") if pr is not None else None
        if box is not None:
            state.parts.append(_checkbox(box, content))
        elif content is not None and not placeholder(sdt):
            self.inline(content, state)

    def run(self, r, state: _Inline) -> None:
        rpr = r.find(RPR)
        if rpr is not None and (v := rpr.find(VANISH)) is not None and on(v):
            return  # hidden text: not printed, not read
        if struck(rpr):
            return  # struck through: ended, or taken out of the plan
        parts = state.parts
        start = len(parts)
        self.run_items(r, rpr, state)
        if _caps(rpr, state.style_caps):
            parts[start:] = [part.upper() for part in parts[start:]]
        if (state.check_bold and (state.bold or state.italic) and len(parts) > start
                and "".join(parts[start:]).strip(" \n\t\u00a0☒☐")):
            state.seen = True
            if state.bold:
                state.bold = self.run_bold(rpr, state.style_bold)
            state.italic = state.italic and rpr is not None and \
                (italic := rpr.find(ITALIC)) is not None and on(italic)

    def run_items(self, parent, rpr, state: _Inline) -> None:
        """The pieces of one w:r, or of an mc:Choice inside it."""
        parts = state.parts
        for el in parent:
            tag = el.tag
            if tag == T:
                if text := el.text:
                    parts.append(_wingdings(text, rpr) if len(text) == 1 else text)
            elif tag in (TAB, PTAB):
                parts.append(" ")
            elif tag in (BR, CR):
                parts.append("\n")
            elif tag == NB_HYPHEN:
                parts.append("-")
            elif tag == SYM:
                parts.append(sym_glyph(el))
            elif tag == FLD_CHAR:
                if (ff := el.find(FF_DATA)) is not None:
                    parts.append(_form_field(ff))
            elif tag in (DRAWING, PICT, OBJECT):
                find_boxes(el, state.boxes)
            elif tag == ALT and (inner := choice(el)) is not None:
                self.run_items(inner, rpr, state)

    def run_bold(self, rpr, style_bold: bool) -> bool:
        if rpr is not None:
            if (b := rpr.find(B)) is not None:
                return on(b)
            if (rs := rpr.find(RSTYLE)) is not None:
                bold = self.styles.char_bold(rs.get(VAL, ""))
                if bold is not None:
                    return bold
        return style_bold

    def table(self, tbl, part: str | None, hidden: bool) -> Block:
        number = self._count(part, 1)
        rows: list[list[Cell]] = []
        row_no = 0
        started: dict[int, Cell] = {}  # by grid column: the cell a downward merge goes on from
        for tr, tr_hidden in unwrap(tbl, TR, hidden):
            trpr = tr.find(TRPR)
            if trpr is not None and trpr.find(DEL) is not None:
                continue  # a deleted row (tracked change)
            row_no += 1
            column = 1 + _int_val(trpr.find(GRID_BEFORE) if trpr is not None else None, 0)
            cells: list[Cell] = []
            for tc, tc_hidden in unwrap(tr, TC, tr_hidden):
                tcpr = tc.find(TCPR)
                span, below, beside = 1, False, False
                if tcpr is not None:
                    span = max(1, _int_val(tcpr.find(GRID_SPAN), 1))
                    below = _continues(tcpr.find(V_MERGE))
                    beside = _continues(tcpr.find(H_MERGE))
                if below and column in started:
                    started[column].down += 1  # the cell above spans this row too
                elif not (below or beside):
                    content: list[Block] = []
                    self.blocks(tc, part, True, tc_hidden, content)
                    cells.append(Cell(
                        "\n".join(b.text for b in content if b.text),
                        Location(table=number, row=row_no, cell=column, part=part),
                        [b for b in content if b.kind is BlockKind.TABLE]))
                    started[column] = cells[-1]
                if not below:
                    for covered in range(column + (not beside), column + span):
                        started.pop(covered, None)  # no merge goes on from above here
                column += span
            if cells:
                rows.append(cells)
        return Block(BlockKind.TABLE, table_text(rows), Location(table=number, part=part),
                     rows=rows)


def _continues(merge) -> bool:
    """Whether a cell's w:vMerge / w:hMerge goes on from the cell before it (no value or
    "continue") rather than starting a merge ("restart")."""
    return merge is not None and merge.get(VAL) != "restart"


def _caps(rpr, style_caps: bool) -> bool:
    if rpr is not None:
        for name in (CAPS, SMALL_CAPS):
            if (el := rpr.find(name)) is not None:
                return on(el)
    return style_caps


def unwrap(parent, want: str, hidden: bool):
    """Children tagged `want`, looking through content controls and custom XML around them."""
    for el in parent:
        tag = el.tag
        if tag == want:
            yield el, hidden
        elif tag == SDT:
            content = el.find(SDT_CONTENT)
            if content is not None:
                yield from unwrap(content, want, hidden or placeholder(el))
        elif tag == CUSTOM_XML:
            yield from unwrap(el, want, hidden)
        elif tag == ALT and (inner := choice(el)) is not None:
            yield from unwrap(inner, want, hidden)


def _int_val(el, default: int) -> int:
    if el is None:
        return default
    try:
        return int(el.get(VAL, default))
    except ValueError:
        return default


def _checkbox(box, content) -> str:
    """A w14:checkbox content control: the glyph it shows, else its checked state."""
    marks = {CHECKED: set(_CHECKED_GLYPHS), UNCHECKED: set(_UNCHECKED_GLYPHS)}
    for state, glyph in (("checkedState", CHECKED), ("uncheckedState", UNCHECKED)):
        el = box.find(W14 + state)
        with contextlib.suppress(AttributeError, TypeError, ValueError):
            marks[glyph].add(chr(int(el.get(W14 + "val"), 16)))
    if content is not None:
        for el in content.iter(T, SYM):
            shown = sym_glyph(el) if el.tag == SYM else (el.text or "").strip()
            for glyph, chars in marks.items():
                if shown and shown[0] in chars:
                    return glyph
    checked = box.find(W14 + "checked")
    return CHECKED if checked is not None and checked.get(W14 + "val") in ("1", "true") \
        else UNCHECKED


def _form_field(ff) -> str:
    """A legacy form field (w:ffData): checkbox glyph or the chosen drop-down entry."""
    box = ff.find(W + "checkBox")
    if box is not None:
        state = box.find(W + "checked")
        if state is None:
            state = box.find(W + "default")
        return CHECKED if state is not None and on(state) else UNCHECKED
    dd = ff.find(W + "ddList")
    if dd is not None:
        entries = [e.get(VAL, "") for e in dd.iterchildren(W + "listEntry")]
        chosen = _int_val(dd.find(W + "result"), _int_val(dd.find(W + "default"), 0))
        return entries[chosen] if 0 <= chosen < len(entries) else ""
    return ""


def _wingdings(char: str, rpr) -> str:
    """A one-letter run typed in a Wingdings font, drawn as a box, read as ☒ or ☐."""
    if ord(char) in _WINGDINGS_BOX and rpr is not None:
        fonts = rpr.find(W + "rFonts")
        if fonts is not None and any(
                v.strip().lower() == "wingdings" for v in fonts.attrib.values()):
            return _WINGDINGS_BOX[ord(char)]
    return char
