"""The agreement report as a Word document, in the house style of the comparison report
(A4, title, tables with a repeating header row, page numbers): its helpers are reused,
so the two documents look like one family. Pure: returns the .docx as bytes."""

from __future__ import annotations

from sipcheck import __version__
from sipcheck.render import agreement_words as aw
from sipcheck.render.docx_report import docx_bytes, grid_table, new_document


def agreement_docx(data: dict, lang: str = "sv") -> bytes:
    w = aw.words(lang)
    document = new_document(w["title"], lang)
    document.add_heading(w["title"], level=0)
    for line in aw.front_lines(data, lang):
        document.add_paragraph(line, style="List Bullet")
    footnote = document.add_paragraph(f"{w['generated']} {__version__}.")
    footnote.runs[0].italic = True
    document.add_heading(w["summary"], level=1)
    for line in aw.summary_lines(data, lang):
        document.add_paragraph(line, style="List Bullet")
    document.add_heading(w["tables"], level=1)
    for grid in aw.grids(data, lang):
        grid_table(document, grid)
    disagreements = aw.disagreement_grid(data, lang)
    if disagreements.rows:
        grid_table(document, disagreements)
    else:
        document.add_heading(w["disagreements"], level=2)
        document.add_paragraph(aw.no_disagreements(data, lang))
    document.add_heading(w["notes"], level=1)
    for line in aw.notes(data, lang):
        document.add_paragraph(line)
    return docx_bytes(document)
