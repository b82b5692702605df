"""The agreement report as a Word document, in the house style of every sipcheck document
(`docx_helpers`: A4, title, tables with a repeating header row, page numbers), so the
reports look like one family. Pure: returns the .docx as bytes."""

from __future__ import annotations

from sipcheck import __version__
from sipcheck.render import agreement_grids
from sipcheck.render import agreement_sentences as sentences
from sipcheck.render.docx_helpers import docx_bytes, new_document
from sipcheck.render.docx_table import add_grid, turn
from sipcheck.text.words import AGREEMENT, words


def agreement_docx(data: dict, lang: str = "sv") -> bytes:
    w = words(AGREEMENT, lang)
    document = new_document(w["title"], lang)
    document.add_heading(w["title"], level=0)
    for line in sentences.front_lines(data, lang):
        document.add_paragraph(line, style="List Bullet")
    footnote = document.add_paragraph(f"{w['generated']} {__version__}.")
    footnote.runs[0].italic = True
    document.add_heading(w["summary"], level=1)
    for line in sentences.summary_lines(data, lang):
        document.add_paragraph(line, style="List Bullet")
    document.add_heading(w["tables"], level=1)
    for grid in agreement_grids.grids(data, lang):
        add_grid(document, grid)
    disagreements = agreement_grids.disagreement_grid(data, lang)
    if disagreements.rows:
        add_grid(document, disagreements)
    else:
        document.add_heading(w["disagreements"], level=2)
        document.add_paragraph(sentences.no_disagreements(data, lang))
    turn(document, "portrait")
    document.add_heading(w["notes"], level=1)
    for line in sentences.notes(data, lang):
        document.add_paragraph(line)
    return docx_bytes(document)
