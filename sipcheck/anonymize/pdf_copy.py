"""A PDF plan as an anonymised Word copy with the same sections and tables.

The text of a PDF cannot be safely edited: it is drawn as glyphs, often in pieces, and a
name painted over may still be in the file. So the PDF is read as sipcheck reads it (a
`Document` of headings, paragraphs, list items and tables), each text is replaced, and
the blocks are written as a .docx that sipcheck reads back into the same blocks: headings
keep their level, a paragraph stays one paragraph with a line break wherever a line of it
stands on its own (a sentence wrapped over printed lines is joined, as sipcheck joins it
when it reads the PDF: `language.sentences.logical_lines`), bold labels stay bold, list
items stay list items, tables keep their rows and cells (a short row's last cell spans the
rest), and the PDF's running header and footer become the page header and footer.
Markdown would keep the text but not that a paragraph's lines belong together, which the
review uses. The copy says in its header that it is a text copy of the PDF.
"""

from __future__ import annotations

import io

import docx
from docx.shared import Pt

from sipcheck.anonymize import places
from sipcheck.anonymize.replacer import Replacer
from sipcheck.documents.model import Block, BlockKind, Document
from sipcheck.language.sentences import logical_lines

NOTE = "Anonymiserad textkopia av {name}: texten, rubrikerna och tabellerna ur PDF-filen."


def docx_copy(document: Document, replacer: Replacer, source: str) -> bytes:
    """The Word copy of a read PDF, every text replaced by `replacer`."""
    for block in document.blocks:
        for text in _texts(block):
            replacer.learn(text)
    copy = docx.Document()
    _clear_properties(copy)
    section = copy.sections[0]
    note = section.header.paragraphs[0]
    note.add_run(NOTE.format(name=source)).font.size = Pt(8)
    for block in document.blocks:
        place = places.page(block.location.page)
        if block.location.part in ("header", "footer"):
            part = section.header if block.location.part == "header" else section.footer
            _lines(part.add_paragraph(), replacer.replace(block.text, place), block.bold)
        elif block.is_table:
            _table(copy, block, replacer, place)
        elif block.kind is BlockKind.HEADING:
            copy.add_heading(replacer.replace(block.text, place), min(max(block.level or 1, 1), 9))
        else:
            style = "List Bullet" if block.list_item else None
            _lines(copy.add_paragraph(style=style), replacer.replace(block.text, place),
                   block.bold)
    buffer = io.BytesIO()
    copy.save(buffer)
    return buffer.getvalue()


def _texts(block: Block):
    if block.is_table:
        yield from (cell.text for row in block.rows for cell in row)
    else:
        yield block.text


def _lines(paragraph, text: str, bold: bool) -> None:
    """The text in one paragraph, a break between lines that stand on their own."""
    for index, line in enumerate(logical_lines(text)):
        run = paragraph.add_run(line)
        run.bold = bold or None
        if index:
            run._r.insert(0 if run._r.rPr is None else 1, run._r.makeelement(
                "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}br", {}))


def _table(copy, block: Block, replacer: Replacer, place) -> None:
    rows = [row for row in block.rows if row]
    if not rows:
        return
    width = max(len(row) for row in rows)
    table = copy.add_table(rows=len(rows), cols=width)
    table.style = "Table Grid"
    for row, cells in zip(table.rows, rows, strict=True):
        for column, cell in enumerate(cells):
            target = row.cells[column]
            if column == len(cells) - 1 and column < width - 1:
                target = target.merge(row.cells[width - 1])
            _lines(target.paragraphs[0], replacer.replace(cell.text, place), False)


def _clear_properties(copy) -> None:
    core = copy.core_properties
    for name in ("author", "last_modified_by", "title", "subject", "keywords", "comments",
                 "category"):
        setattr(core, name, "")
