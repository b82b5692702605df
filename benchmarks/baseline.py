"""The baseline the benchmark compares with: plain sequential extraction of every plan.

pdfplumber's extract_text and extract_tables on every page of every PDF, python-docx's
paragraph texts and table cell texts for every .docx; nothing else (no sections, no
assessment). This is what a straightforward tool would spend on reading alone.

Run: .venv/bin/python benchmarks/baseline.py CORPUS_FOLDER
"""

from __future__ import annotations

from pathlib import Path

import docx
import pdfplumber
from reference import read_all


def extract(path: Path) -> list[str]:
    if path.suffix == ".pdf":
        texts = []
        with pdfplumber.open(path) as pdf:
            for page in pdf.pages:
                texts.append(page.extract_text() or "")
                texts += [cell or "" for table in page.extract_tables() for row in table
                          for cell in row]
        return texts
    document = docx.Document(str(path))
    return [paragraph.text for paragraph in document.paragraphs] + [
        cell.text for table in document.tables for row in table.rows for cell in row.cells]


if __name__ == "__main__":
    read_all(extract)
