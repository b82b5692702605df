"""Comparison and trend reports as Word documents a steering group can receive as is.

Title, the rounds and their dates, a short text naming the largest changes with their
exploratory p-values, the charts as images, the tables, the checklist's guidance for the
criteria that fell, how to read the numbers, and page numbers in the footer (a PAGE field
Word fills in). Pure: returns the .docx as bytes; the CLI writes it.
"""

from __future__ import annotations

from sipcheck import __version__
from sipcheck.render import compare_sentences as sentences
from sipcheck.render.compare_grids import compare_grids, trend_grids
from sipcheck.render.docx_helpers import add_chart, docx_bytes, new_document
from sipcheck.render.docx_table import add_grid, turn
from sipcheck.render.grid import stacked
from sipcheck.text import in_lang
from sipcheck.text.words import COMPARE, words


def compare_docx(comparison: dict, lang: str = "sv") -> bytes:
    from sipcheck.render import compare_charts as charts

    w = words(COMPARE, lang)
    document = new_document(w["title"], lang)
    _front(document, comparison, w["title"], lang)
    document.add_heading(w["summary"], level=1)
    for line in sentences.highlight_sentences(comparison, lang):
        document.add_paragraph(line, style="List Bullet")
    document.add_paragraph(sentences.exploratory_note(comparison, lang))
    document.add_heading(w["charts"], level=1)
    add_chart(document, charts.criteria_chart(comparison, lang, "png"),
           f"{w['chart_criteria']}: {w['interval']} (Wilson). {w['statutory_mark']}.", 1, lang)
    if len(comparison["units"]) > 1:
        add_chart(document, charts.units_chart(comparison, lang, "png"), w["units_caption"], 2,
               lang)
    document.add_heading(w["tables"], level=1)
    for grid in compare_grids(comparison, lang):
        add_grid(document, stacked(grid, w["interval"]))
    turn(document, "portrait")
    document.add_heading(w["guidance"], level=1)
    document.add_paragraph(sentences.guidance_heading(comparison, lang) + ".")
    reason = sentences.guidance_reason(comparison, lang)
    if reason:
        document.add_paragraph(reason)
    titles = {c["id"]: c for c in comparison["criteria"]}
    for item in (comparison.get("guidance") or {}).get("criteria", []):
        paragraph = document.add_paragraph(style="List Bullet")
        paragraph.add_run(in_lang(titles[item["id"]], "title", lang) + ": ").bold = True
        paragraph.add_run(item["guidance_en"] if lang == "en" else item["guidance"])
    document.add_heading(w["notes"], level=1)
    for line in sentences.pairing_notices(comparison, lang):
        document.add_paragraph(line)
    return docx_bytes(document)


def trend_docx(trend: dict, lang: str = "sv") -> bytes:
    from sipcheck.render import compare_charts as charts

    w = words(COMPARE, lang)
    document = new_document(w["trend_title"], lang)
    _front(document, trend, w["trend_title"], lang)
    add_chart(document, charts.trend_chart(trend, lang, "png"), w["trend_legend"], 1, lang)
    for grid in trend_grids(trend, lang):
        add_grid(document, stacked(grid, w["interval"]))
    turn(document, "portrait")
    document.add_heading(w["notes"], level=1)
    for line in sentences.pairing_notices(trend, lang):
        document.add_paragraph(line)
    document.add_paragraph(sentences.exploratory_note(trend, lang))
    return docx_bytes(document)


def _front(document, comparison: dict, title: str, lang: str) -> None:
    w = words(COMPARE, lang)
    document.add_heading(title, level=0)
    for line in sentences.round_lines(comparison, lang):
        document.add_paragraph(line, style="List Bullet")
    document.add_paragraph(sentences.basis_notice(comparison, lang))
    footnote = document.add_paragraph(f"{w['generated']} {__version__}.")
    footnote.runs[0].italic = True


