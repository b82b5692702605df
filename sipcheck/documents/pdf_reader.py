"""PDF plans: the file, its pages and its characters; the rest is in two helpers.

This module opens the file, turns every failure into a status with a message for the
user, and walks the pages, taking the characters out of each with pdfium. What the
characters make up is worked out elsewhere: lines, paragraphs, headings and running
headers/footers in `pdf_layout`, ruled and unruled tables in `pdf_tables`.

Why pdfium: sipcheck reviews folders of hundreds of plans, and pdfplumber (pdfminer)
costs ~50 ms a page (far more on dense pages) while pdfium gives every character with its
box and font in a few ms. So all text comes from pdfium, and so do the ruling lines of
tables (`pdf_paths`); of pdfplumber only its table finder is used, on those lines (see
`pdf_tables`).
Filled-in form fields are flattened into the page first, because their values live in
annotations, not page text.
"""

from __future__ import annotations

import contextlib
import ctypes
import math
import warnings
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from sipcheck.documents.model import Document, Status, failed
from sipcheck.documents.pdf_columns import join_columns
from sipcheck.documents.pdf_hidden import annotation_blocks, metadata_blocks
from sipcheck.documents.pdf_layout import SPACE, Char, Page, Table, to_blocks
from sipcheck.documents.pdf_paths import page_edges
from sipcheck.documents.pdf_tables import (
    drawn_boxes,
    fill,
    page_paths,
    place,
    ruled_grids,
    sidebars,
    unruled_tables,
)

MAX_PAGES = 500  # beyond this a file is not a plan; refuse instead of spending minutes on it
_BOLD_NAMES = ("bold", "black", "heavy", "semibold", "demi")
_FORCE_BOLD = 1 << 18  # PDF font descriptor flag 19
# a mid grey, its red, green and blue within GREY_SPREAD of each other: labels printed grey
GREY_FROM, GREY_TO, GREY_SPREAD = 64, 192, 12
_ITALIC_NAMES = ("italic", "oblique")
_ITALIC_FLAG = 1 << 6  # PDF font descriptor flag 7

# FPDFText_GetTextObject with a plain address as result: the object is only a cache key
# (one font and one matrix per text object), and a bare int is much cheaper to hash.
_text_object_address = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int)(
    ctypes.cast(pdfium_c.FPDFText_GetTextObject, ctypes.c_void_p).value)
# FPDFText_GetLooseCharBox taking the box's address as a plain int: called for every
# character, it is cheaper without pypdfium2's argument checks (the same call).
_loose_char_box = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p)(
    ctypes.cast(pdfium_c.FPDFText_GetLooseCharBox, ctypes.c_void_p).value)


def read_pdf(path: Path) -> Document:
    """Read a PDF plan. Never raises for a bad file: the status and message say why."""
    try:
        return _read(path)
    except Exception as exc:  # noqa: BLE001 - one broken file must not stop a batch review
        return failed(path, "pdf",
                      f"PDF-filen kunde inte läsas ({type(exc).__name__}): exportera planen "
                      "på nytt som PDF eller Word.",
                      f"The PDF could not be read ({type(exc).__name__}): export the plan "
                      "again as PDF or Word.")


def _read(path: Path) -> Document:
    try:
        doc = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        if exc.err_code in (pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY):
            return failed(path, "pdf",
                          "PDF-filen är lösenordsskyddad: ta bort lösenordet eller exportera "
                          "planen på nytt utan lösenord.",
                          "The PDF is password-protected: remove the password or export the "
                          "plan again without one.")
        return _corrupt(path)
    except OSError as exc:
        return failed(path, "pdf", f"Filen kan inte öppnas ({exc.strerror}).",
                      f"The file cannot be opened ({exc.strerror}).")
    try:
        # A form that cannot be set up only means no fields to flatten; the text stays.
        with warnings.catch_warnings(), contextlib.suppress(pdfium.PdfiumError):
            warnings.simplefilter("ignore")
            doc.init_forms()
        count = len(doc)
        if count == 0:
            return _corrupt(path)
        if count > MAX_PAGES:
            result = failed(path, "pdf",
                            f"PDF-filen har {count} sidor; sipcheck läser högst {MAX_PAGES} "
                            "sidor per fil. Kontrollera att det är rätt fil, eller dela upp "
                            "den så att planen ligger i en egen fil.",
                            f"The PDF has {count} pages; sipcheck reads at most {MAX_PAGES} "
                            "pages per file. Check that it is the right file, or split it so "
                            "that the plan is a file of its own.")
            result.pages = count
            return result
        pages = []
        hidden = metadata_blocks(doc)
        for index in range(count):
            try:
                pages.append(_read_page(doc, index, hidden))
            except pdfium.PdfiumError:
                continue  # one broken page: read the others
        if not pages:
            return _corrupt(path)
    finally:
        doc.close()
    if not any(page.items for page in pages) and not _draws_anything(path):
        return _corrupt(path)  # no text and nothing drawn either: not "run OCR"
    if not any(page.items for page in pages):
        result = failed(path, "pdf",
                        "PDF-filen saknar textlager och ser ut att vara inskannad: kör "
                        "textigenkänning (OCR) eller exportera planen som PDF direkt från "
                        "systemet.",
                        "The PDF has no text layer and looks scanned: run text recognition "
                        "(OCR) or export the plan as PDF directly from the system.",
                        status=Status.NO_TEXT)
        result.pages = count
        return result
    return Document(str(path), "pdf", blocks=to_blocks(pages), pages=count, hidden=hidden)


def _draws_anything(path: Path) -> bool:
    """Whether any page draws something (a scanned image, lines): a PDF whose pages draw
    nothing at all is empty or damaged (a broken content stream), and OCR would not help."""
    try:
        doc = pdfium.PdfDocument(str(path))
    except (pdfium.PdfiumError, OSError):
        return False
    try:
        for index in range(min(len(doc), MAX_PAGES)):
            page = doc[index]
            try:
                if pdfium_c.FPDFPage_CountObjects(page.raw) > 0:
                    return True
            finally:
                page.close()
    except pdfium.PdfiumError:
        return False
    finally:
        doc.close()
    return False


def _corrupt(path: Path) -> Document:
    return failed(path, "pdf",
                  "PDF-filen är skadad eller inte en PDF: exportera planen på nytt.",
                  "The PDF is damaged or not a PDF: export the plan again.")


# --- one page ---------------------------------------------------------------------------

def _read_page(doc, index: int, hidden: list) -> Page:
    """Lines and tables of one page, in reading order; its annotations go to `hidden`."""
    page = doc[index]
    edges = None
    try:
        hidden.extend(annotation_blocks(page.raw, index + 1))
        if doc.formenv and pdfium_c.FPDFPage_GetAnnotCount(page.raw) > 0:
            # Tables are ruled by the page's own lines, not by the form fields' frames
            # that flattening draws in.
            edges = page_edges(page.raw)
            page = _flattened(doc, index, page)
        rotation = page.get_rotation()
        box = _box(page, rotation)
        textpage = page.get_textpage()
        try:
            runs = _runs(textpage, rotation)
        finally:
            textpage.close()
        tables: list[Table] = []
        ruled, squares, marks = page_paths(page.raw) if runs and rotation == 0 \
            else (False, [], [])
        if squares:
            runs = runs + drawn_boxes(squares, runs, marks)
        if ruled:
            grids = ruled_grids(*(edges if edges is not None else page_edges(page.raw)))
            if grids:
                outside, tables = fill(runs, grids)
                widened = sidebars(grids, tables, outside)
                runs, tables = (outside, tables) if widened is None else fill(runs, widened)
    finally:
        page.close()
    lines, unruled = unruled_tables(join_columns(runs))
    return Page(index + 1, place(lines, tables + unruled), box)


def _box(page, rotation: int) -> tuple[float, float] | None:
    """(bottom, top) of the page as displayed, in the same space as the character boxes,
    for telling the margins where running headers and footers stand."""
    try:
        left, bottom, right, top = page.get_bbox()
    except pdfium.PdfiumError:
        return None  # the page is still read; its lines just cannot be headers or footers
    _, _, bottom, top = _turn(left, right, bottom, top, rotation)
    return (bottom, top) if top > bottom else None


def _flattened(doc, index: int, page):
    """Filled-in form fields live in annotations, which pdfium's text page leaves out.
    Flattening draws them into the page (in memory only), so their values are read too."""
    try:
        page.flatten()
    except (pdfium.PdfiumError, RuntimeError):
        return page
    page.close()
    return doc[index]


def _runs(textpage, rotation: int) -> list[list[Char | None]]:
    """Characters in content order, cut where pdfium starts a new line. Boxes are turned
    into display orientation for rotated pages; text running sideways (margin notes) is
    left out."""
    raw = textpage.raw
    count = pdfium_c.FPDFText_CountChars(raw)
    text: str | list[str] = textpage.get_text_range() if count > 0 else ""
    if len(text) != count:  # pdfium's text view differs from its char list (an emoji)
        text = _chars(raw, count)
    rect = pdfium_c.FS_RECTF()
    box_address = ctypes.addressof(rect)
    page_address = ctypes.cast(raw, ctypes.c_void_p).value  # plain ints: cheaper per call
    fonts: dict[int, tuple[float, bool, bool, bool, bool]] = {}  # by text object
    weights: dict[int | None, tuple[bool, bool]] = {}  # (bold, italic), by font
    runs: list[list[Char | None]] = []
    run: list[Char | None] = []
    last: Char | None = None
    for i in range(count):
        ch = text[i]
        if not ch:
            continue  # the second half of a character beyond the BMP
        if ch in "\r\n":
            if run:
                runs.append(run)
            run, last = [], None
            continue
        # a space, or a character pdfium made up (no text object): a gap between words
        if ch.isspace() or not (address := _text_object_address(page_address, i)):
            if run and run[-1] is not SPACE:
                run.append(SPACE)
            continue
        font = fonts.get(address)
        if font is None:
            font = fonts[address] = _font(raw, i, rotation, weights)
        size, bold, upright, italic, muted = font
        if not upright:
            continue
        _loose_char_box(page_address, i, box_address)
        if rotation:
            char = Char(ch, *_turn(rect.left, rect.right, rect.bottom, rect.top, rotation),
                         size, bold, italic, muted)
        else:
            char = Char(ch, rect.left, rect.right, rect.bottom, rect.top, size, bold, italic,
                        muted)
        if size < 2:  # Type3 and odd fonts report no usable size: use the glyph box
            char.size = size = round((char.top - char.bottom) / 1.2, 1) or 1.0
        if last is not None and (char.top < last.bottom or char.bottom > last.top
                                 or char.x0 < last.x0 - size):
            runs.append(run)  # jumped to another line without pdfium saying so
            run = []
        run.append(char)
        last = char
    if run:
        runs.append(run)
    return [r for r in runs if any(c is not SPACE for c in r)]


def _chars(raw, count: int) -> list[str]:
    """Each of pdfium's characters by its index. A character beyond the BMP (an emoji,
    "📅") is two of them, a UTF-16 surrogate pair: the first index holds the character,
    the second nothing; a surrogate without its pair is U+FFFD, so no half character
    ever reaches a round file (which could not be written as UTF-8)."""
    units = [pdfium_c.FPDFText_GetUnicode(raw, i) for i in range(count)]
    chars = [""] * count
    index = 0
    while index < count:
        unit = units[index]
        if 0xD800 <= unit < 0xDC00 and index + 1 < count and 0xDC00 <= units[index + 1] < 0xE000:
            chars[index] = chr(0x10000 + ((unit - 0xD800) << 10) + (units[index + 1] - 0xDC00))
            index += 2
            continue
        chars[index] = "\ufffd" if 0xD800 <= unit < 0xE000 else chr(unit)
        index += 1
    return chars


def _font(raw, index: int, rotation: int,
          weights: dict[int | None, tuple[bool, bool]]) -> tuple[float, bool, bool, bool, bool]:
    """(size in points, bold, upright, italic, grey) of the text object that holds
    character `index`; `weights`: whether each font of the page is bold and whether it is
    italic, as far as found out (a page has a few fonts and hundreds of text objects)."""
    matrix = pdfium_c.FS_MATRIX()
    pdfium_c.FPDFText_GetMatrix(raw, index, matrix)
    # Word and others often set Tf 1 and scale with the text matrix: the real size is the
    # font size times the matrix's vertical scale.
    size = pdfium_c.FPDFText_GetFontSize(raw, index) * math.hypot(matrix.c, matrix.d)
    angle = math.degrees(math.atan2(matrix.b, matrix.a)) % 360
    upright = min(abs(angle - rotation), 360 - abs(angle - rotation)) < 10
    obj = pdfium_c.FPDFText_GetTextObject(raw, index)
    font = pdfium_c.FPDFTextObj_GetFont(obj)
    address = ctypes.cast(font, ctypes.c_void_p).value
    style = weights.get(address)
    if style is None:
        name = ctypes.create_string_buffer(256)
        pdfium_c.FPDFFont_GetBaseFontName(font, name, len(name))
        base = name.value.decode("latin-1").lower()
        flags = pdfium_c.FPDFFont_GetFlags(font)
        style = weights[address] = (
            any(word in base for word in _BOLD_NAMES)
            or pdfium_c.FPDFFont_GetWeight(font) >= 600
            or (flags != -1 and flags & _FORCE_BOLD != 0),
            any(word in base for word in _ITALIC_NAMES)
            or (flags != -1 and flags & _ITALIC_FLAG != 0))
    bold, italic = style
    # Word's "fake bold": a text object drawn filled and stroked
    bold = bold or pdfium_c.FPDFTextObj_GetTextRenderMode(obj) == \
        pdfium_c.FPDF_TEXTRENDERMODE_FILL_STROKE
    return round(size, 1), bold, upright, italic, _grey(obj)


def _grey(obj) -> bool:
    """Whether a text object is filled in a mid grey (as a record print sets its labels),
    neither black nor white nor a colour."""
    red, green, blue, alpha = (ctypes.c_uint() for _ in range(4))
    if not pdfium_c.FPDFPageObj_GetFillColor(obj, red, green, blue, alpha):
        return False
    shades = (red.value, green.value, blue.value)
    return max(shades) - min(shades) <= GREY_SPREAD and GREY_FROM <= red.value <= GREY_TO


def _turn(left, right, bottom, top, rotation):
    """(x0, x1, bottom, top) as the page is displayed; y grows upwards."""
    if rotation == 90:
        return bottom, top, -right, -left
    if rotation == 180:
        return -right, -left, -top, -bottom
    if rotation == 270:
        return -top, -bottom, left, right
    return left, right, bottom, top


