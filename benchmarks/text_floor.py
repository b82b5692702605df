"""The text floor: what reading the plans' text costs at the least, the second reference.

Every page's text through pypdfium2 (`get_text_range`), every .docx's `word/document.xml`
walked with lxml (the text of each `w:t`); sequential, in one process, nothing else: no
layout, no tables, no sections, no assessment. A review cannot read the plans for less,
so `cold --jobs 1 / text floor` says how much the rest of the work costs.

Run: .venv/bin/python benchmarks/text_floor.py CORPUS_FOLDER
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pypdfium2 as pdfium
from lxml import etree
from reference import read_all

W_T = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}t"


def extract(path: Path) -> list[str]:
    if path.suffix == ".pdf":
        pdf = pdfium.PdfDocument(str(path))
        try:
            texts = []
            for page in pdf:
                textpage = page.get_textpage()
                texts.append(textpage.get_text_range())
                textpage.close()
                page.close()
            return texts
        finally:
            pdf.close()
    with zipfile.ZipFile(path) as package:
        root = etree.fromstring(package.read("word/document.xml"))
    return [element.text or "" for element in root.iter(W_T)]


if __name__ == "__main__":
    read_all(extract)
