"""Write one SIP plan in a given layout, from a simple content description.

A plan is described once, as a `Plan`: a title and an ordered list of sections, each a
(heading, content) pair. Content is one of

- `str`: running text; every line (split on "\\n") is one paragraph. "" is an empty field.
- `list[str]`: a bullet list, one string per item.
- `Table`: a header row and data rows of strings.
- `Checkbox`: a form checkbox with its label ("☒ Samtycke inhämtat").
- `PageBreak`: a forced page break (docx and PDF; ignored in text layouts). Heading unused.
- `tuple`: several of the above, in order, under the same heading.

A heading of "" writes the content without a heading line.

The same `Plan` can then be written in any of the layouts real plans come in:

- `write_county_template_docx`: the Stockholm county template, every section a label table
  whose first row is the merged label cell.
- `write_content_control_docx`: a Word template whose field values sit inside content controls
  (w:sdt, with w:alias/w:tag) at body level and in table cells, headings in Heading styles,
  `Checkbox` as a real w14:checkbox control.
- `write_free_docx`: a free Word document, bold short paragraphs (or Heading styles) as headings.
- `write_form_pdf`: a form print (Cosmic Link-like): bold "Label:" lines with values, tables ruled
  or unruled, empty labels still shown.
- `write_markdown`: a Markdown export.
- `write_text_cp1252`: a plain text export in Windows-1252 with CRLF line ends and CAPITALS
  headings.

Output is deterministic: document metadata dates are fixed, zip entries of .docx files get a
fixed timestamp, and PDFs a fixed creation date, so regenerating gives identical bytes.

Nothing here may look like real personal data: the plans are fiction, written with first names
or initials only, no personnummer, phone numbers, e-mail or street addresses.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import shutil
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

__all__ = [
    "CRITERIA",
    "Checkbox",
    "Expected",
    "PageBreak",
    "Plan",
    "Table",
    "copy_plan",
    "expected_yaml",
    "write_content_control_docx",
    "write_county_template_docx",
    "write_form_pdf",
    "write_free_docx",
    "write_markdown",
    "write_text_cp1252",
    "write_text_form",
]

FIXED_DATE = dt.datetime(2024, 1, 1, 8, 0, 0, tzinfo=dt.UTC)
PLACEHOLDER_TEXT = "Klicka eller tryck här för att ange text."
FONT_DIRS = ("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu",
             "/usr/share/fonts/TTF", "/Library/Fonts")


@dataclass
class Table:
    """A table: `header` cells, then `rows` of the same width.

    `form=True` marks a two-column form table (label | value on every row, no header row):
    `header` is then simply the first label/value pair, and the label column is bold.
    """

    header: list[str]
    rows: list[list[str]]
    form: bool = False

    def __post_init__(self) -> None:
        for row in self.rows:
            if len(row) != len(self.header):
                raise ValueError(f"row {row!r} has {len(row)} cells, header {len(self.header)}")


@dataclass
class Checkbox:
    """A form checkbox: ☒ when `checked`, ☐ otherwise."""

    label: str
    checked: bool = True

    @property
    def symbol(self) -> str:
        return "☒" if self.checked else "☐"


@dataclass
class PageBreak:
    """Start a new page here (docx and PDF)."""


Content = str | list[str] | Table | Checkbox | PageBreak | tuple


@dataclass
class Plan:
    """One plan: a title, ordered (heading, content) sections, optional page header/footer."""

    title: str
    sections: list[tuple[str, Content]]
    header: str | None = None
    footer: str | None = None
    author: str = "SIP"
    date: dt.datetime = field(default=FIXED_DATE)


def _parts(content: Content) -> list[Content]:
    """A section's content as a flat list of single parts."""
    if isinstance(content, tuple):
        flat: list[Content] = []
        for part in content:
            flat.extend(_parts(part))
        return flat
    return [content]


def _lines(text: str) -> list[str]:
    return text.split("\n")


# --------------------------------------------------------------------------- docx helpers


def _new_document(plan: Plan) -> docx.document.Document:
    document = docx.Document()
    props = document.core_properties
    props.author = plan.author
    props.last_modified_by = plan.author
    props.title = plan.title
    props.created = plan.date.replace(tzinfo=None)
    props.modified = plan.date.replace(tzinfo=None)
    props.last_printed = plan.date.replace(tzinfo=None)
    props.revision = 1
    props.language = "sv-SE"
    style = document.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    section = document.sections[0]
    if plan.header:
        section.header.paragraphs[0].text = plan.header
    if plan.footer:
        section.footer.paragraphs[0].text = plan.footer
    return document


def _save_docx(document: docx.document.Document, path: Path, date: dt.datetime) -> None:
    """Save with fixed zip timestamps so the bytes do not depend on when we ran."""
    buffer = io.BytesIO()
    document.save(buffer)
    buffer.seek(0)
    stamp = date.timetuple()[:6]
    out = io.BytesIO()
    with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=stamp)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(out.getvalue())


def _bold_paragraph(container, text: str, size: float | None = None):
    paragraph = container.add_paragraph()
    run = paragraph.add_run(text)
    run.bold = True
    if size:
        run.font.size = Pt(size)
    return paragraph


def _shade(cell, fill: str = "D9D9D9") -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def _set_cell_text(cell, text: str, bold: bool = False) -> None:
    """Write lines into a cell: the first into its existing paragraph, the rest appended."""
    lines = _lines(text)
    first = cell.paragraphs[0]
    run = first.add_run(lines[0])
    run.bold = bold
    for line in lines[1:]:
        paragraph = cell.add_paragraph()
        paragraph.add_run(line).bold = bold


def _page_break(document) -> None:
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _free_content(container, part: Content, table_style: str = "Table Grid") -> None:
    """Write one content part into a document or a cell, in plain python-docx terms."""
    if isinstance(part, str):
        for line in _lines(part):
            container.add_paragraph(line)
    elif isinstance(part, list):
        for item in part:
            container.add_paragraph(item, style="List Bullet")
    elif isinstance(part, Checkbox):
        container.add_paragraph(f"{part.symbol} {part.label}")
    elif isinstance(part, Table):
        table = container.add_table(rows=1 + len(part.rows), cols=len(part.header))
        table.style = table_style
        for r, row in enumerate([part.header, *part.rows]):
            for i, text in enumerate(row):
                bold = (i == 0) if part.form else (r == 0)
                _set_cell_text(table.rows[r].cells[i], text, bold=bold)
        container.add_paragraph()
    else:
        raise TypeError(f"unknown content {part!r}")


# --------------------------------------------------------------------- county template docx


def write_county_template_docx(plan: Plan, path: Path | str) -> Path:
    """The Stockholm county template: every section is a label table.

    The first row of each table is one merged cell holding the section's label (bold, grey).
    A `Table` section continues with its header row and data rows; text, bullets and
    checkboxes go into a single value cell below the label row.
    """
    path = Path(path)
    document = _new_document(plan)
    _bold_paragraph(document, plan.title, size=16)
    for heading, content in plan.sections:
        parts = _parts(content)
        if any(isinstance(p, PageBreak) for p in parts):
            _page_break(document)
            continue
        tables = [p for p in parts if isinstance(p, Table)]
        cols = len(tables[0].header) if tables else 1
        table = document.add_table(rows=1, cols=cols)
        table.style = "Table Grid"
        label_cell = table.rows[0].cells[0]
        if cols > 1:
            label_cell = label_cell.merge(table.rows[0].cells[-1])
        _set_cell_text(label_cell, heading, bold=True)
        _shade(label_cell)
        for part in parts:
            if isinstance(part, Table):
                header = table.add_row()
                for i, text in enumerate(part.header):
                    _set_cell_text(header.cells[i], text, bold=True)
                for row in part.rows:
                    cells = table.add_row().cells
                    for i, text in enumerate(row):
                        _set_cell_text(cells[i], text)
            else:
                cell = table.add_row().cells[0]
                if cols > 1:
                    cell = cell.merge(table.rows[-1].cells[-1])
                _fill_cell(cell, part)
        document.add_paragraph()
    _save_docx(document, path, plan.date)
    return path


def _fill_cell(cell, part: Content) -> None:
    first = cell.paragraphs[0]
    if isinstance(part, str):
        _set_cell_text(cell, part)
    elif isinstance(part, list):
        for i, item in enumerate(part):
            paragraph = first if i == 0 else cell.add_paragraph()
            paragraph.style = "List Bullet"
            paragraph.add_run(item)
    elif isinstance(part, Checkbox):
        first.add_run(f"{part.symbol} {part.label}")
    else:
        raise TypeError(f"unknown content {part!r}")


# -------------------------------------------------------------------- content-control docx


class _Ids:
    def __init__(self) -> None:
        self.next = 100200300

    def __call__(self) -> str:
        self.next += 7919
        return str(self.next)


def _tag_of(label: str) -> str:
    fold = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e"})
    words = "".join(c if c.isalnum() else " " for c in label.lower().translate(fold)).split()
    return "_".join(words[:5]) or "falt"


def _sdt_pr(alias: str, ids: _Ids, placeholder: bool = False):
    sdt_pr = OxmlElement("w:sdtPr")
    for name, value in (("w:alias", alias), ("w:tag", _tag_of(alias)), ("w:id", ids())):
        element = OxmlElement(name)
        element.set(qn("w:val"), value)
        sdt_pr.append(element)
    if placeholder:
        sdt_pr.append(OxmlElement("w:showingPlcHdr"))
    return sdt_pr


def _run(text: str, bold: bool = False, font: str | None = None):
    run = OxmlElement("w:r")
    if bold or font:
        r_pr = OxmlElement("w:rPr")
        if font:
            fonts = OxmlElement("w:rFonts")
            for attr in ("w:ascii", "w:eastAsia", "w:hAnsi"):
                fonts.set(qn(attr), font)
            fonts.set(qn("w:hint"), "eastAsia")
            r_pr.append(fonts)
        if bold:
            r_pr.append(OxmlElement("w:b"))
        run.append(r_pr)
    t = OxmlElement("w:t")
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    t.text = text
    run.append(t)
    return run


def _p(text: str, style: str | None = None):
    paragraph = OxmlElement("w:p")
    if style:
        p_pr = OxmlElement("w:pPr")
        p_style = OxmlElement("w:pStyle")
        p_style.set(qn("w:val"), style)
        p_pr.append(p_style)
        paragraph.append(p_pr)
    if text:
        paragraph.append(_run(text))
    return paragraph


def _block_sdt(alias: str, paragraphs: Sequence, ids: _Ids, placeholder: bool = False):
    """A block-level content control (w:sdt) wrapping whole paragraphs."""
    sdt = OxmlElement("w:sdt")
    sdt.append(_sdt_pr(alias, ids, placeholder))
    sdt_content = OxmlElement("w:sdtContent")
    for paragraph in paragraphs:
        sdt_content.append(paragraph)
    sdt.append(sdt_content)
    return sdt


def _text_sdt(alias: str, text: str, ids: _Ids, style: str | None = None):
    if not text.strip():
        return _block_sdt(alias, [_p(PLACEHOLDER_TEXT)], ids, placeholder=True)
    return _block_sdt(alias, [_p(line, style) for line in _lines(text)], ids)


def _checkbox_paragraph(box: Checkbox, ids: _Ids):
    """A paragraph with a run-level w14:checkbox content control followed by its label."""
    def w14(name: str):
        return OxmlElement(f"w14:{name}")

    sdt = OxmlElement("w:sdt")
    sdt_pr = _sdt_pr(box.label, ids)
    checkbox = w14("checkbox")
    checked = w14("checked")
    checked.set(qn("w14:val"), "1" if box.checked else "0")
    checkbox.append(checked)
    for name, code in (("checkedState", "2612"), ("uncheckedState", "2610")):
        state = w14(name)
        state.set(qn("w14:val"), code)
        state.set(qn("w14:font"), "MS Gothic")
        checkbox.append(state)
    sdt_pr.append(checkbox)
    sdt.append(sdt_pr)
    sdt_content = OxmlElement("w:sdtContent")
    sdt_content.append(_run(box.symbol, font="MS Gothic"))
    sdt.append(sdt_content)
    paragraph = OxmlElement("w:p")
    paragraph.append(sdt)
    paragraph.append(_run(" " + box.label))
    return paragraph


def _cell_sdt(cell, alias: str, text: str, ids: _Ids) -> None:
    """Put a cell's value inside a content control: w:tc/w:sdt/w:sdtContent/w:p."""
    tc = cell._tc
    for paragraph in list(tc.iterchildren(qn("w:p"))):
        tc.remove(paragraph)
    tc.append(_text_sdt(alias, text, ids))


def write_content_control_docx(plan: Plan, path: Path | str) -> Path:
    """A Word template filled in through content controls.

    Headings are Heading 1 (title) and Heading 2 (sections) paragraphs outside any control;
    every value is inside a w:sdt whose w:alias is the section heading (or the column header
    for table cells) and whose w:tag is a folded form of it. Empty values are placeholders
    (w:showingPlcHdr). A `Checkbox` is a w14:checkbox control with ☒/☐.
    python-docx's `Document.paragraphs` and `_Cell.paragraphs` see none of the values.
    """
    path = Path(path)
    ids = _Ids()
    document = _new_document(plan)
    document.add_heading(plan.title, level=1)
    body = document.element.body
    for heading, content in plan.sections:
        parts = _parts(content)
        if any(isinstance(p, PageBreak) for p in parts):
            _page_break(document)
            continue
        if heading:
            document.add_heading(heading, level=2)
        alias = heading or "Fält"
        for part in parts:
            sect_pr = body[-1]  # keep w:sectPr last
            if isinstance(part, str):
                sect_pr.addprevious(_text_sdt(alias, part, ids))
            elif isinstance(part, list):
                paragraphs = [_p(item, "ListBullet") for item in part]
                sect_pr.addprevious(_block_sdt(alias, paragraphs, ids))
            elif isinstance(part, Checkbox):
                sect_pr.addprevious(_checkbox_paragraph(part, ids))
            elif isinstance(part, Table):
                table = document.add_table(rows=1 + len(part.rows), cols=len(part.header))
                table.style = "Table Grid"
                for i, text in enumerate(part.header):
                    _set_cell_text(table.rows[0].cells[i], text, bold=True)
                for r, row in enumerate(part.rows, start=1):
                    for i, text in enumerate(row):
                        _cell_sdt(table.rows[r].cells[i], part.header[i], text, ids)
                document.add_paragraph()
            else:
                raise TypeError(f"unknown content {part!r}")
    _save_docx(document, path, plan.date)
    return path


# ----------------------------------------------------------------------------- free docx


def write_free_docx(plan: Plan, path: Path | str, headings: str = "bold",
                    inline_labels: bool = False) -> Path:
    """A free Word document.

    `headings="bold"`: the title and section headings are short paragraphs whose whole text is
    bold (no heading style). `headings="style"`: Heading 1/Heading 2 styles.
    `inline_labels=True`: a section whose content is one line of text is written as one
    paragraph, bold "Heading:" run followed by the value ("Syfte: Att ...").
    """
    if headings not in ("bold", "style"):
        raise ValueError("headings must be 'bold' or 'style'")
    path = Path(path)
    document = _new_document(plan)
    if headings == "style":
        document.add_heading(plan.title, level=1)
    else:
        _bold_paragraph(document, plan.title, size=15)
    for heading, content in plan.sections:
        parts = _parts(content)
        if any(isinstance(p, PageBreak) for p in parts):
            _page_break(document)
            continue
        one_line = len(parts) == 1 and isinstance(parts[0], str) and "\n" not in parts[0]
        if heading and inline_labels and one_line:
            paragraph = document.add_paragraph()
            label = heading if heading.endswith((":", "?")) else heading + ":"
            paragraph.add_run(label).bold = True
            if parts[0]:
                paragraph.add_run(" " + parts[0])
            continue
        if heading:
            if headings == "style":
                document.add_heading(heading, level=2)
            else:
                _bold_paragraph(document, heading)
        for part in parts:
            _free_content(document, part)
    _save_docx(document, path, plan.date)
    return path


# ------------------------------------------------------------------------------ form PDF


def _find_font(name: str) -> Path | None:
    for directory in FONT_DIRS:
        candidate = Path(directory) / name
        if candidate.is_file():
            return candidate
    try:
        import matplotlib

        candidate = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / name
        if candidate.is_file():
            return candidate
    except ImportError:
        pass
    return None


def write_form_pdf(plan: Plan, path: Path | str, ruled: bool = True,
                   labels: str = "inline", system: str = "Cosmic Link") -> Path:
    """A form print: a grey system line and page numbers on every page, the title, then

    `labels="inline"`: each section as a bold "Label:" followed by its value on the same line
    (an empty value leaves the label alone on its line); `labels="heading"`: each section
    heading bold on its own line, the value below. Tables are ruled (`ruled=True`, every cell
    bordered) or unruled (no lines at all, only a bold header row).
    DejaVu Sans is used when found (full Unicode); otherwise core Helvetica, latin-1 only.
    """
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    path = Path(path)
    regular, bold = _find_font("DejaVuSans.ttf"), _find_font("DejaVuSans-Bold.ttf")
    unicode_ok = bool(regular and bold)

    def clean(text: str) -> str:
        if unicode_ok:
            return text
        text = text.replace("☒", "[X]").replace("☐", "[ ]").replace("–", "-")
        text = text.replace("”", '"').replace("•", "-")
        return text.encode("latin-1", "replace").decode("latin-1")

    class FormPDF(FPDF):
        def header(self) -> None:
            self.set_font(family, "", 8)
            self.set_text_color(110, 110, 110)
            self.cell(0, 5, clean(f"{system} – Samordnad individuell plan (SIP)"),
                      new_x="LMARGIN", new_y="NEXT")
            self.set_text_color(0, 0, 0)
            self.ln(2)

        def footer(self) -> None:
            self.set_y(-12)
            self.set_font(family, "", 8)
            self.set_text_color(110, 110, 110)
            self.cell(0, 5, f"Sida {self.page_no()} av {{nb}}", align="R")
            self.set_text_color(0, 0, 0)

    pdf = FormPDF(format="A4")
    pdf.set_creation_date(plan.date)
    pdf.set_title(clean(plan.title))
    pdf.set_author(plan.author)
    pdf.set_creator(system)
    pdf.set_producer(system)
    if unicode_ok:
        family = "DejaVu"
        pdf.add_font(family, "", str(regular))
        pdf.add_font(family, "B", str(bold))
    else:
        family = "Helvetica"
    pdf.set_margins(18, 15, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    pdf.set_font(family, "B", 15)
    pdf.multi_cell(0, 8, clean(plan.title), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    line_h = 5.6

    for heading, content in plan.sections:
        parts = _parts(content)
        if any(isinstance(p, PageBreak) for p in parts):
            pdf.add_page()
            continue
        label = heading if heading.endswith((":", "?")) or not heading else heading + ":"
        inline_text = (labels == "inline" and len(parts) == 1 and isinstance(parts[0], str))
        if heading and inline_text:
            lines = _lines(parts[0])
            pdf.set_font(family, "B", 10)
            pdf.write(line_h, clean(label))
            pdf.set_font(family, "", 10)
            if lines[0]:
                pdf.write(line_h, " " + clean(lines[0]))
            pdf.ln(line_h)
            for line in lines[1:]:
                pdf.multi_cell(0, line_h, clean(line), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
            continue
        if heading:
            pdf.set_font(family, "B", 10 if labels == "inline" else 11.5)
            pdf.multi_cell(0, line_h + 0.6, clean(label if labels == "inline" else heading),
                           new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(family, "", 10)
        for part in parts:
            if isinstance(part, str):
                for line in _lines(part):
                    pdf.multi_cell(0, line_h, clean(line), new_x="LMARGIN", new_y="NEXT")
            elif isinstance(part, list):
                for item in part:
                    pdf.set_x(pdf.l_margin + 3)
                    pdf.multi_cell(0, line_h, clean(f"• {item}"), new_x="LMARGIN",
                                   new_y="NEXT")
            elif isinstance(part, Checkbox):
                pdf.multi_cell(0, line_h, clean(f"{part.symbol} {part.label}"),
                               new_x="LMARGIN", new_y="NEXT")
            elif isinstance(part, Table):
                pdf.ln(1)
                _pdf_table(pdf, part, ruled, clean, family, FontFace)
            else:
                raise TypeError(f"unknown content {part!r}")
        pdf.ln(2.5)

    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))
    return path


def _pdf_table(pdf, table: Table, ruled: bool, clean, family: str, font_face) -> None:
    pdf.set_font(family, "", 9)
    widths = _column_widths(table)
    heading_style = font_face(emphasis="BOLD", fill_color=(230, 230, 230) if ruled else None)
    with pdf.table(
        col_widths=widths,
        borders_layout="ALL" if ruled else "NONE",
        headings_style=heading_style,
        line_height=4.8,
        text_align="LEFT",
        first_row_as_headings=True,
        padding=1.2,
    ) as grid:
        for row in [table.header, *table.rows]:
            cells = grid.row()
            for text in row:
                cells.cell(clean(text))
    pdf.set_font(family, "", 10)


def _column_widths(table: Table) -> tuple[int, ...]:
    """Column weights from the text per column: wide enough for its longest word (a date
    must never wrap), otherwise in proportion to its longest cell, capped."""
    weights = []
    for i, head in enumerate(table.header):
        texts = [head, *(row[i] for row in table.rows)]
        longest_word = max(len(word) for text in texts for word in (text.split() or [""]))
        longest = max(len(text) for text in texts)
        weights.append(max(longest_word + 5, min(longest, 40)))
    return tuple(weights)


# ------------------------------------------------------------------- markdown and text


def write_markdown(plan: Plan, path: Path | str, headings: str = "hash") -> Path:
    """A Markdown export: `# title`, `## section` (or `**section**` lines with
    `headings="bold"`), '-' bullets, pipe tables, checkboxes as ☒/☐ lines. UTF-8."""
    path = Path(path)
    out = [f"# {plan.title}", ""]
    for heading, content in plan.sections:
        parts = _parts(content)
        if any(isinstance(p, PageBreak) for p in parts):
            continue
        if heading:
            out += [f"## {heading}" if headings == "hash" else f"**{heading}**", ""]
        for part in parts:
            if isinstance(part, str):
                for line in _lines(part):
                    out += [line, ""]
            elif isinstance(part, list):
                out += [f"- {item}" for item in part] + [""]
            elif isinstance(part, Checkbox):
                out += [f"{part.symbol} {part.label}", ""]
            elif isinstance(part, Table):
                out.append("| " + " | ".join(part.header) + " |")
                out.append("|" + "|".join("---" for _ in part.header) + "|")
                for row in part.rows:
                    cells = [cell.replace("\n", "<br>").replace("|", "/") for cell in row]
                    out.append("| " + " | ".join(cells) + " |")
                out.append("")
            else:
                raise TypeError(f"unknown content {part!r}")
    while out and out[-1] == "":
        out.pop()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return path


def write_text_cp1252(plan: Plan, path: Path | str, capitals: bool = True) -> Path:
    """A plain text export as older systems write it: Windows-1252, CRLF line ends, the
    title and headings in CAPITALS (with `capitals=True`) on their own lines, bullets as
    '- ', table rows as cells joined by ' | ', checkboxes as [X] / [ ]. Characters outside
    Windows-1252 raise, so a plan never silently loses text."""
    path = Path(path)
    title = plan.title.upper() if capitals else plan.title
    out = [title, "=" * len(title), ""]
    for heading, content in plan.sections:
        parts = _parts(content)
        if any(isinstance(p, PageBreak) for p in parts):
            continue
        if heading:
            out.append(heading.upper() if capitals else heading)
        for part in parts:
            if isinstance(part, str):
                out += _lines(part)
            elif isinstance(part, list):
                out += [f"- {item}" for item in part]
            elif isinstance(part, Checkbox):
                out.append(f"[{'X' if part.checked else ' '}] {part.label}")
            elif isinstance(part, Table):
                out.append(" | ".join(part.header))
                out += [" | ".join(cell.replace("\n", " ") for cell in row)
                        for row in part.rows]
            else:
                raise TypeError(f"unknown content {part!r}")
        out.append("")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes("\r\n".join(out).encode("cp1252"))
    return path


def write_text_form(plan: Plan, path: Path | str, encoding: str = "utf-8") -> Path:
    """A plain text form print: "Label: value" lines for one-line values, a "Label:" line
    followed by the lines of longer values, bullets as '* ', tables as 'cell; cell' rows.
    Empty fields keep their label. LF line ends."""
    path = Path(path)
    out = [plan.title, ""]
    for heading, content in plan.sections:
        parts = _parts(content)
        if any(isinstance(p, PageBreak) for p in parts):
            continue
        label = heading if heading.endswith((":", "?")) or not heading else heading + ":"
        if len(parts) == 1 and isinstance(parts[0], str) and "\n" not in parts[0]:
            out.append(f"{label} {parts[0]}".rstrip())
            continue
        if heading:
            out.append(label)
        for part in parts:
            if isinstance(part, str):
                out += ["  " + line for line in _lines(part)]
            elif isinstance(part, list):
                out += [f"  * {item}" for item in part]
            elif isinstance(part, Checkbox):
                out.append(f"  [{'X' if part.checked else ' '}] {part.label}")
            elif isinstance(part, Table):
                out += ["  " + "; ".join(row) for row in [part.header, *part.rows]]
            else:
                raise TypeError(f"unknown content {part!r}")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(("\n".join(out) + "\n").encode(encoding))
    return path


# ------------------------------------------------------------------------ expected levels

CRITERIA = ("syfte", "fragestallningar", "enskildes_mal", "delaktighet", "samtycke",
            "insatser", "ansvar", "huvudansvar", "andra_aktorer", "uppfoljning", "deltagare",
            "begriplighet")
LEVELS = {"U": "uppfyllt", "D": "delvis", "E": "ej_uppfyllt"}


@dataclass
class Expected:
    """The levels a human reviewer should give one plan, in `CRITERIA` order.

    `codes` is twelve letters separated by spaces, U (uppfyllt), D (delvis) or
    E (ej_uppfyllt); `notes` holds a one-line reason per non-obvious judgement.
    """

    codes: str
    notes: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        letters = self.codes.split()
        if len(letters) != len(CRITERIA) or any(c not in LEVELS for c in letters):
            raise ValueError(f"need {len(CRITERIA)} codes of U/D/E, got {self.codes!r}")
        unknown = set(self.notes) - set(CRITERIA)
        if unknown:
            raise ValueError(f"notes for unknown criteria: {sorted(unknown)}")

    def levels(self) -> dict[str, str]:
        return {c: LEVELS[code] for c, code in zip(CRITERIA, self.codes.split(), strict=True)}


def expected_yaml(header: str, entries: Sequence[tuple[str, str, Expected]]) -> str:
    """YAML text: a comment header, then per plan (key, description comment, levels)."""
    out = [f"# {line}".rstrip() for line in header.strip().splitlines()]
    for key_, description, expected in entries:
        out += ["", f"# {description}", f'"{key_}":']
        for criterion, level in expected.levels().items():
            note = expected.notes.get(criterion)
            line = f"  {criterion}: {level}"
            out.append(f"{line}  # {note}" if note else line)
    return "\n".join(out) + "\n"


def copy_plan(plan: Plan, **changes) -> Plan:
    """A deep copy of `plan` with some fields replaced (handy for variants)."""
    clone = copy.deepcopy(plan)
    for name, value in changes.items():
        setattr(clone, name, value)
    return clone


@dataclass
class Spec:
    """One corpus file: where it goes, how it is written, what a reviewer should find."""

    path: str
    layout: str
    summary: str
    plan: Plan
    expected: Expected
    write: Callable[..., Path]
    options: dict = field(default_factory=dict)

    @property
    def comment(self) -> str:
        return f"{self.layout}: {self.summary}" if self.summary else self.layout


def write_corpus(specs: list[Spec], folder: Path, header: str,
                 max_bytes: int | None = None) -> str:
    """Writes every plan of a corpus into `folder` (emptied first) and returns the text of
    its expected.yaml. Refuses a file over `max_bytes`: corpora stay small in the repo."""
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    for spec in specs:
        path = spec.write(spec.plan, folder / spec.path, **spec.options)
        if max_bytes is not None and path.stat().st_size >= max_bytes:
            raise SystemExit(f"{spec.path} is {path.stat().st_size} bytes, limit {max_bytes}")
    return expected_yaml(header, [(s.path, s.comment, s.expected) for s in specs])

