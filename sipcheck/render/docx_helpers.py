"""The Word document every report starts from, in one house style: A4 with margins, Arial
at 10.5 pt, document properties, "Sida N" in the footer, and figures with captions (tables
are laid out in `docx_table`). python-docx is imported on first use.
"""

from __future__ import annotations

import io

from sipcheck.text.words import DOCUMENT, words

TEXT_WIDTH_CM = 16.0


MAX_HEIGHT_CM = 23.0


def new_document(title: str, lang: str):
    from docx import Document
    from docx.shared import Cm, Pt

    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin, section.bottom_margin = Cm(2.0), Cm(2.0)
    normal = document.styles["Normal"]
    normal.font.size = Pt(10.5)
    _font(normal, "Arial")
    properties = document.core_properties
    properties.title = title
    properties.author = "sipcheck"
    properties.language = "en-GB" if lang == "en" else "sv-SE"
    _footer(section, words(DOCUMENT, lang))
    return document


def _font(style, name: str) -> None:
    """Arial for every script: Word has it, LibreOffice prints it as Liberation Sans with
    the same widths, and tables are measured to fit it (`docx_table`)."""
    from docx.oxml.ns import qn

    style.font.name = name
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for script in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(script), name)


def _footer(section, w: dict) -> None:
    """'Sida N' centred in the footer, N a PAGE field."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    paragraph = section.footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.add_run(f"{w['page']} ")
    _field(paragraph, "PAGE", "1")


def _field(paragraph, instruction: str, placeholder: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def char(kind: str):
        run = paragraph.add_run()
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        run._r.append(element)

    char("begin")
    run = paragraph.add_run()
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = f" {instruction} "
    run._r.append(text)
    char("separate")
    paragraph.add_run(placeholder)
    char("end")


def add_chart(document, chart, caption: str, number: int, lang: str) -> None:
    from docx.shared import Cm, Pt

    width = TEXT_WIDTH_CM
    if chart.height / chart.width * width > MAX_HEIGHT_CM:
        picture = {"height": Cm(MAX_HEIGHT_CM)}
    else:
        picture = {"width": Cm(width)}
    document.add_picture(io.BytesIO(chart.data), **picture)
    paragraph = document.add_paragraph()
    run = paragraph.add_run(f"{words(DOCUMENT, lang)['caption']} {number}. {caption}")
    run.italic = True
    run.font.size = Pt(9)


def docx_bytes(document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
