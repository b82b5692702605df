"""A page's ruling lines as pdfplumber sees them, read from pdfium's path objects.

Ruled tables are found by pdfplumber's table finder (its default "lines" strategy: snap,
join, intersections, cells). What the finder is given are the page's edges, and those
pdfplumber gets by running pdfminer over the whole page, every character included: about
175 ms for a page with a table, most of a PDF's reading time. The same edges are in
pdfium's path objects, which the reader has open anyway, for a few ms. This module builds
them the way pdfminer and pdfplumber would, step by step, so that the finder sees the same
edges and the cells come out the same (`tests/documents/test_pdf_paths.py` holds that on
every test PDF):

- pdfminer splits a painted path at each `m` into subpaths, and classifies each by its
  operators and end points (Bézier control points are left out): one segment (`ml`,
  `mlh`) is a line, an axis-aligned closed quadrilateral (`mlllh`, `mllll`) a rectangle,
  anything else a curve; a closing `l` back to the start before `h` is dropped first.
  pdfium keeps a path as points (`re` and `h` become lines back to the start, flagged
  closing), from which the operators are recovered;
- coordinates: the object's matrix (forms' matrices too) applied as pdfminer applies the
  current transformation matrix, then pdfplumber's `top`/`bottom` measured down from the
  top of the MediaBox. pdfium holds numbers as 32-bit floats; they are rounded back to the
  seven digits such a float carries, which gives the content stream's own numbers;
- edges: a line's own edge (horizontal when top and bottom are equal, else vertical),
  a rectangle's four sides, a curve's chords; lines first, then rectangles, then curves,
  each in content order, as pdfplumber lists them.

Only pages drawn upright (rotation 0) are read here; the reader finds no ruled tables on
turned pages, as before.
"""

from __future__ import annotations

import ctypes
from itertools import pairwise

import pypdfium2.raw as pdfium_c

MAX_DEPTH = 8  # forms inside forms: deeper nesting is a crafted file, not a plan

_Matrix = tuple[float, float, float, float, float, float]
_IDENTITY: _Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def page_edges(page_raw) -> tuple[list[dict], float]:
    """The page's edges in pdfplumber's form (x0, x1, top, bottom, width, height,
    orientation, object_type), for pdfplumber's table finder, and the page's height in
    pdfplumber's frame, for turning the cells back."""
    corners = [ctypes.c_float() for _ in range(4)]  # left, bottom, right, top
    if pdfium_c.FPDFPage_GetMediaBox(page_raw, *corners):
        left, bottom, right, top = (_decimal(corner.value) for corner in corners)
    else:
        # The MediaBox is inherited from the page tree, which this call does not read;
        # the page's bounding box (the MediaBox, cut by a CropBox if there is one) does.
        # The frame only moves every edge alike, so it matters for rounding, not cells.
        box = pdfium_c.FS_RECTF()
        if not pdfium_c.FPDF_GetPageBoundingBox(page_raw, box):
            return [], 0.0
        left, bottom, right, top = (_decimal(value)
                                    for value in (box.left, box.bottom, box.right, box.top))
    x0, x1 = sorted((left, right))
    y0, y1 = sorted((bottom, top))
    # pdfminer measures from the MediaBox's corner (`PDFPageInterpreter.process_page`);
    # pdfplumber turns y downwards in its inverted MediaBox (`Page.__init__`).
    base = (1.0, 0.0, 0.0, 1.0, -x0, -y0)
    inverted_top, inverted_bottom = (y1 - y0) - y1, (y1 - y0) - y0
    frame = _Frame(inverted_bottom - inverted_top, inverted_top, x0)
    lines: list[dict] = []
    rects: list[dict] = []
    curves: list[dict] = []
    for points, matrix in _paths(page_raw, base):
        for kind, pts in _shapes(points, matrix):
            if kind == "line":
                lines.append(frame.line(pts))
            elif kind == "rect":
                rects.extend(frame.rect_sides(pts))
            else:
                curves.extend(frame.chords(pts))
    return lines + rects + curves, frame.height


class _Frame:
    """pdfplumber's page frame: how pdfminer's points become its top-down coordinates."""

    def __init__(self, height: float, top: float, left: float) -> None:
        self.height, self.top, self.left = height, top, left

    def _box(self, pts) -> dict:
        # LTCurve's bounding box (pdfminer), then `Page.process_object` (pdfplumber).
        xs, ys = [p[0] for p in pts], [p[1] for p in pts]
        x0, y0, x1, y1 = min(xs), min(ys), max(xs), max(ys)
        box = {"x0": x0, "x1": x1, "top": (self.height - y1) + self.top,
               "bottom": (self.height - y0) + self.top, "width": x1 - x0,
               "height": y1 - y0}
        if self.left != 0:
            box["x0"], box["x1"] = x0 + self.left, x1 + self.left
        return box

    def line(self, pts) -> dict:
        edge = self._box(pts)  # `utils.line_to_edge`
        edge["object_type"] = "line"
        edge["orientation"] = "h" if edge["top"] == edge["bottom"] else "v"
        return edge

    def rect_sides(self, pts) -> list[dict]:
        (x0, y0), (x1, y1) = pts[0], pts[2]
        rect = self._box([(x0, y0), (x1, y0), (x1, y1), (x0, y1)])  # LTRect
        top, bottom, left, right = (dict(rect, object_type="rect_edge") for _ in range(4))
        top.update(height=0, bottom=rect["top"], orientation="h")  # `utils.rect_to_edges`
        bottom.update(height=0, top=rect["top"] + rect["height"], orientation="h")
        left.update(width=0, x1=rect["x0"], orientation="v")
        right.update(width=0, x0=rect["x1"], orientation="v")
        return [top, bottom, left, right]

    def chords(self, pts) -> list[dict]:
        turned = [(p[0] + self.left, self.top + self.height - p[1])  # `Page.point2coord`
                  for p in pts]
        return [{"object_type": "curve_edge",  # `utils.curve_to_edges`
                 "x0": min(p0[0], p1[0]), "x1": max(p0[0], p1[0]),
                 "top": min(p0[1], p1[1]), "bottom": max(p0[1], p1[1]),
                 "width": abs(p0[0] - p1[0]), "height": abs(p0[1] - p1[1]),
                 "orientation": "v" if p0[0] == p1[0] else ("h" if p0[1] == p1[1] else None)}
                for p0, p1 in pairwise(turned)]


def _paths(parent, matrix: _Matrix, depth: int = 0, in_form: bool = False):
    """(points, matrix) of every path object, forms' contents in place, in content order.
    Points are (segment type, x, y, closes) in the path's own space."""
    count = (pdfium_c.FPDFFormObj_CountObjects if in_form else pdfium_c.FPDFPage_CountObjects)
    get = pdfium_c.FPDFFormObj_GetObject if in_form else pdfium_c.FPDFPage_GetObject
    own = pdfium_c.FS_MATRIX()
    for index in range(max(count(parent), 0)):
        obj = get(parent, index)
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind not in (pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_FORM):
            continue
        if not pdfium_c.FPDFPageObj_GetMatrix(obj, own):
            continue
        placed = _times((_decimal(own.a), _decimal(own.b), _decimal(own.c),
                         _decimal(own.d), _decimal(own.e), _decimal(own.f)), matrix)
        if kind == pdfium_c.FPDF_PAGEOBJ_FORM:
            if depth < MAX_DEPTH:
                yield from _paths(obj, placed, depth + 1, True)
            continue
        yield _points(obj), placed


def _points(path) -> list[tuple[int, float, float, bool]]:
    x, y = ctypes.c_float(), ctypes.c_float()
    points = []
    for index in range(max(pdfium_c.FPDFPath_CountSegments(path), 0)):
        segment = pdfium_c.FPDFPath_GetPathSegment(path, index)
        if not segment or not pdfium_c.FPDFPathSegment_GetPoint(segment, x, y):
            continue
        points.append((pdfium_c.FPDFPathSegment_GetType(segment), _decimal(x.value),
                       _decimal(y.value), bool(pdfium_c.FPDFPathSegment_GetClose(segment))))
    return points


def _shapes(points, matrix: _Matrix):
    """pdfminer's reading of a path (`PDFLayoutAnalyzer.paint_path`): ("line" | "rect" |
    "curve", points) for each subpath, points transformed by `matrix`."""
    subpath: list[tuple[str, tuple[float, float]]] = []
    for kind, x, y, closes in points:
        point = _apply(matrix, x, y)
        if kind == pdfium_c.FPDF_SEGMENT_MOVETO:
            if subpath:
                yield from _shape(subpath)
            subpath = [("m", point)]
            continue
        if not subpath:
            continue  # no path starts without a move; pdfminer ignores such a path too
        operator = "l" if kind == pdfium_c.FPDF_SEGMENT_LINETO else "c"
        subpath.append((operator, point))
        if closes:
            # `h`: pdfium draws a line back to the start (or flags the segment that ends
            # there); pdfminer keeps an `h` whose point is the start.
            if operator == "l" and point == subpath[0][1] and len(subpath) > 2:
                subpath[-1] = ("h", point)
            else:
                subpath.append(("h", subpath[0][1]))
    if subpath:
        yield from _shape(subpath)


def _shape(subpath):
    # A Bézier segment is three pdfium points; pdfminer keeps only its end point.
    ops: list[tuple[str, tuple[float, float]]] = []
    pending = 0
    for operator, point in subpath:
        if operator == "c":
            pending += 1
            if pending < 3:
                continue
            pending = 0
        ops.append((operator, point))
    shape = "".join(operator for operator, _ in ops)
    pts = [point for _, point in ops]
    if len(shape) > 3 and shape[-2:] == "lh" and pts[-2] == pts[0]:
        shape = shape[:-2] + "h"
        pts.pop()
    if shape in ("mlh", "ml"):
        yield "line", pts[:2]
    elif shape in ("mlllh", "mllll"):
        (x0, y0), (x1, y1), (x2, y2), (x3, y3), _ = pts
        if pts[0] == pts[4] and ((x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0)
                                 or (y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0)):
            yield "rect", pts
        else:
            yield "curve", pts
    else:
        yield "curve", pts


def _times(first: _Matrix, then: _Matrix) -> _Matrix:
    """`first` followed by `then` (pdfminer's `mult_matrix(first, then)`)."""
    a1, b1, c1, d1, e1, f1 = first
    a0, b0, c0, d0, e0, f0 = then
    return (a0 * a1 + c0 * b1, b0 * a1 + d0 * b1, a0 * c1 + c0 * d1, b0 * c1 + d0 * d1,
            a0 * e1 + c0 * f1 + e0, b0 * e1 + d0 * f1 + f0)


def _apply(matrix: _Matrix, x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = matrix  # pdfminer's `apply_matrix_pt`
    return a * x + c * y + e, b * x + d * y + f


def _decimal(value: float) -> float:
    """A 32-bit float back as the number it was written as (at most 7 digits)."""
    return float(f"{value:.7g}")
