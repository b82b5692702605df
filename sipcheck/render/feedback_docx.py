"""Feedback to a plan's team as a Word document, to send or print for the follow-up meeting.

Uses the house style every sipcheck document shares (`docx_helpers`: A4, margins, font
size, document properties, page numbers in the footer), so they all look alike.
Pure: returns the .docx as bytes; the CLI writes it.
"""

from __future__ import annotations

from sipcheck.render.docx_helpers import docx_bytes, new_document
from sipcheck.render.feedback_sentences import worded
from sipcheck.render.html_environment import css_colour
from sipcheck.text.evidence import quoted


def feedback_docx(data: dict) -> bytes:
    data = worded(data)
    w = data["words"]
    document = new_document(data["title"], data["lang"])
    document.add_heading(data["title"], level=0)
    for label, value in data["facts"]:
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{label}: ").bold = True
        paragraph.add_run(value)
    document.add_paragraph(data["intro"])
    for notice in data["notices"]:
        _coloured(document.add_paragraph().add_run(notice["text"]), "red").bold = True
    for section in data["sections"]:
        document.add_heading(section["heading"], level=1)
        if section["intro"]:
            document.add_paragraph().add_run(section["intro"]).italic = True
        for item in section["criteria"]:
            _criterion(document, item, w)
    return docx_bytes(document)


def _criterion(document, item: dict, w: dict) -> None:
    level = item["level"]
    heading = document.add_heading(level=2)
    _coloured(heading.add_run(f"{level['symbol']} {level['label']}"), level["color"])
    heading.add_run(f" – {item['title']}")
    if item["statutory_missing"]:
        paragraph = document.add_paragraph()
        _coloured(paragraph.add_run(f"§ {w['statutory_missing']}. "), "red").bold = True
        paragraph.add_run(w["statutory_note"])
    elif item["statutory"]:
        document.add_paragraph().add_run(f"§ {w['statutory_note']}").italic = True
    _labelled(document, w["decided"], item["decided"])
    if item["reason"]:
        _labelled(document, w["reason"], item["reason"])
    if item["guidance"]:
        _labelled(document, w["guidance"], item["guidance"])
    document.add_paragraph().add_run(w["evidence"]).bold = True
    for evidence in item["evidence"]:
        paragraph = document.add_paragraph(style="List Bullet")
        paragraph.add_run(quoted(evidence["text"]) + " ")
        paragraph.add_run(f"({evidence['where']})").italic = True
    if not item["evidence"]:
        document.add_paragraph().add_run(w["no_evidence"]).italic = True
    if item["comments"]:
        document.add_paragraph().add_run(w["comments"]).bold = True
    for comment in item["comments"]:
        paragraph = document.add_paragraph(style="List Bullet")
        paragraph.add_run(comment["reviewer"]).bold = True
        settled = f" {w['settled']}" if comment["settled"] else ""
        date = f", {comment['date']}" if comment["date"] else ""
        paragraph.add_run(f"{settled} ({comment['level']['symbol']} "
                          f"{comment['level']['label']}{date}): ")
        paragraph.add_run(comment["comment"])


def _labelled(document, label: str, text: str) -> None:
    paragraph = document.add_paragraph()
    paragraph.add_run(f"{label}: ").bold = True
    paragraph.add_run(text)


def _coloured(run, colour: str):
    from docx.shared import RGBColor

    css = css_colour(colour)
    if css.startswith("#") and len(css) == 7:
        run.font.color.rgb = RGBColor.from_string(css[1:].upper())
    return run
