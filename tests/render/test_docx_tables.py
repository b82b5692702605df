"""Word tables are as wide as their content: no cell narrower than its longest word.

Every table of the agreement and compare reports is read back from the .docx: each
cell's width against the printed width of the longest word in it (at the cell's own font
size, bold where it is bold, with Word's cell margins), and each table's width against
the text width of the page it stands on. Then LibreOffice prints the same documents to
PDF: every word of every cell must come out whole, not broken over two lines, and no
page may be empty where the paper turns (skipped where LibreOffice is not installed).
"""

from __future__ import annotations

import io
import json
import shutil
import subprocess

import pytest
from docx import Document
from docx.oxml.ns import qn
from helpers import EXAMPLE_ROUNDS, automatic_round

from sipcheck.compare.comparison import compare_rounds
from sipcheck.compare.trend import trend_rounds
from sipcheck.experts.agreement import agreement
from sipcheck.experts.assessments import Answer, apply
from sipcheck.render.agreement_docx import agreement_docx
from sipcheck.render.column_widths import words_of
from sipcheck.render.compare_docx import compare_docx, trend_docx
from sipcheck.render.docx_table import text_width

CELL_MARGINS_PT = 2 * 5.4
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def _rounds() -> list[dict]:
    return [json.loads((EXAMPLE_ROUNDS / f"{name}.json").read_text("utf-8"))
            for name in ("2024-02", "2024-09")]


def _five_reviewers() -> dict:
    """Five reviewers who each disagree somewhere, with long comments: the widest
    disagreements table (plan, criterion, automatic, five reviewers, status)."""
    data = automatic_round()
    names = ["Anna", "Bo", "Cecilia", "Dragan", "Eira"]
    for index, name in enumerate(names):
        answers = []
        for plan in data["plans"][:3]:
            for number, result in enumerate(plan["criteria"]):
                level = result["level"]
                if number % 5 == index:
                    level = "delvis" if level != "delvis" else "uppfyllt"
                answers.append(Answer(plan["id"], result["id"], level, name,
                                      "Insatserna saknar ansvarig verksamhet och tidpunkt "
                                      "för uppföljning" if level != result["level"] else ""))
        data = apply(data, answers, time="2024-03-01T10:00:00+00:00")
    return data


@pytest.fixture(scope="module")
def documents() -> dict[str, bytes]:
    rounds = _rounds()
    return {
        "agreement": agreement_docx(agreement(rounds[0]), "sv"),
        "agreement-five": agreement_docx(agreement(_five_reviewers()), "en"),
        "compare": compare_docx(compare_rounds(rounds, by_unit=True), "sv"),
        "trend": trend_docx(trend_rounds([rounds[0], rounds[1], rounds[0], rounds[1]],
                                         ["2023-09", "2024-02", "2024-05", "2024-09"]), "en"),
    }


def _tables_with_room(document) -> list[tuple[object, float]]:
    """Each table with the text width (pt) of the section it stands in."""
    body = document.element.body
    found, waiting = [], []
    for child in body.iterchildren():
        if child.tag == qn("w:tbl"):
            waiting.append(child)
        section = child.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") if child.tag == qn("w:p") \
            else (child if child.tag == qn("w:sectPr") else None)
        if section is not None:
            found += [(table, _text_width(section)) for table in waiting]
            waiting = []
    return found


def _text_width(section) -> float:
    size = section.find(qn("w:pgSz"))
    margins = section.find(qn("w:pgMar"))
    twips = int(size.get(qn("w:w"))) - int(margins.get(qn("w:left"))) \
        - int(margins.get(qn("w:right")))
    return twips / 20


def _cells(table) -> list[tuple[float, list[tuple[str, float, bool]]]]:
    """(width pt, [(run text, size pt, bold)]) for every cell."""
    out = []
    for cell in table.iter(qn("w:tc")):
        width = int(cell.find(f"{qn('w:tcPr')}/{qn('w:tcW')}").get(qn("w:w"))) / 20
        runs = []
        for run in cell.iter(qn("w:r")):
            text = "".join(t.text or "" for t in run.iter(qn("w:t")))
            if not text:  # a line break
                continue
            properties = run.find(qn("w:rPr"))
            size = int(properties.find(qn("w:sz")).get(qn("w:val"))) / 2
            bold = properties.find(qn("w:b"))
            runs.append((text, size, bold is not None
                         and bold.get(qn("w:val"), "1") not in ("0", "false")))
        out.append((width, runs))
    return out


@pytest.mark.parametrize("name", ["agreement", "agreement-five", "compare", "trend"])
def test_no_cell_is_narrower_than_its_longest_word(documents, name):
    document = Document(io.BytesIO(documents[name]))
    tables = _tables_with_room(document)
    assert tables
    for table, room in tables:
        widths = [int(column.get(qn("w:w"))) / 20
                  for column in table.iter(qn("w:gridCol"))]
        assert sum(widths) <= room + 1, f"{name}: a table wider than its page"
        for width, runs in _cells(table):
            for text, size, bold in runs:
                for word in words_of(text):
                    needed = text_width(word, size, bold) + CELL_MARGINS_PT
                    assert needed <= width, f"{name}: «{word}» needs {needed:.0f} pt, " \
                                            f"its cell is {width:.0f} pt"


def test_a_table_too_wide_for_portrait_turns_its_page_and_the_next_page_turns_back(documents):
    document = Document(io.BytesIO(documents["agreement-five"]))
    rooms = [room for _, room in _tables_with_room(document)]
    assert rooms[0] < 500  # the overall table fits upright
    assert rooms[-1] > 600  # nine columns: plan, criterion, automatic, five reviewers, status
    last = document.sections[-1]
    assert last.page_width < last.page_height  # the notes after it are upright again


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_prints_every_word_of_every_cell_whole(documents, tmp_path):
    import pdfplumber

    for name, data in documents.items():
        (tmp_path / f"{name}.docx").write_bytes(data)
    subprocess.run([SOFFICE, f"-env:UserInstallation=file://{tmp_path}/profile", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path),
                    *[str(tmp_path / f"{name}.docx") for name in documents]],
                   check=True, capture_output=True, timeout=120)
    for name, data in documents.items():
        with pdfplumber.open(tmp_path / f"{name}.pdf") as pdf:
            pages = [page.extract_text().splitlines() for page in pdf.pages]
        assert all(len(page) > 1 for page in pages), f"{name}: a page with only its number"
        printed = [line for page in pages for line in page]
        document = Document(io.BytesIO(data))
        for table, _ in _tables_with_room(document):
            for _, runs in _cells(table):
                for text, _, _ in runs:
                    for word in words_of(text):
                        word = word.replace("\u00a0", " ")  # "95 %" holds together
                        assert any(word in line for line in printed), \
                            f"{name}: «{word}» is broken over two lines"
