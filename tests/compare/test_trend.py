"""`sipcheck trend`: shares per criterion over many rounds, as tables and a line chart."""

from __future__ import annotations

import csv
import io
import json

import pytest
from test_comparison import make_round

from sipcheck.compare.trend import series, trend_rounds
from sipcheck.render.compare_csv import trend_csv
from sipcheck.render.compare_markdown import trend_markdown

PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def round_files(tmp_path):
    """Four rounds of three plans; criterion a rises 0 → 1 → 2 → 3 of 3."""
    paths = []
    for index, letters in enumerate(["eee", "uee", "uue", "uuu"]):
        data = make_round(f"2024-0{index + 1}",
                          {f"x/{i}": f"{letter}d" for i, letter in enumerate(letters)})
        path = tmp_path / f"r{index}.json"
        path.write_text(json.dumps(data), "utf-8")
        paths.append(path)
    return paths


def test_trend_model(round_files):
    rounds = [json.loads(p.read_text("utf-8")) for p in round_files]
    trend = trend_rounds(rounds)
    assert trend["format"] == "sipcheck-trend/1"
    assert trend["pairs"] == [[0, 3]]
    a, b = series(trend)
    assert a["id"] == "a" and a["shares"] == [0, 1 / 3, 2 / 3, 1]
    assert a["intervals"][0][0] == 0.0 and a["intervals"][-1][1] == 1.0
    assert b["shares"] == [0, 0, 0, 0]
    change = trend["overall"]["criteria"][0]["changes"][0]
    assert change["change_pp"] == 100.0 and change["test"] == "mcnemar"
    assert change["p"] == pytest.approx(0.25)


def test_trend_table_markdown_csv(cli, round_files):
    run = cli("trend", *round_files)
    assert run.code == 0
    assert "Utveckling över omgångar" in run.stdout
    for text in ("0 % (0/3)", "33 % (1/3)", "67 % (2/3)", "100 % (3/3)", "↑ +100"):
        assert text in run.stdout
    rounds = [json.loads(p.read_text("utf-8")) for p in round_files]
    trend = trend_rounds(rounds)
    markdown = trend_markdown(trend, "sv")
    row = next(line for line in markdown.splitlines() if line.startswith("| Kriterium A"))
    assert "0 % (0/3) [0–56]" in row and "100 % (3/3) [44–100]" in row
    rows = [r for r in csv.DictReader(io.StringIO(trend_csv(trend, "en").lstrip("\ufeff")))
            if r["criterion"] == "a"]
    assert [r["share_percent"] for r in rows] == ["0", "33.33", "66.67", "100"]
    assert rows[-1]["change_from"] == "2024-01" and rows[-1]["test"] == "mcnemar"


def test_trend_png_html_docx_json(cli, round_files, tmp_path):
    png = tmp_path / "trend.png"
    assert cli("trend", *round_files, "-o", png).code == 0
    assert png.read_bytes().startswith(PNG)
    html = tmp_path / "trend.html"
    assert cli("trend", *round_files, "-o", html, "--lang", "en").code == 0
    page = html.read_text("utf-8")
    assert page.count("<svg") == 2 and "Trend over rounds" in page and 'lang="en"' in page
    docx = tmp_path / "trend.docx"
    assert cli("trend", *round_files, "-o", docx).code == 0
    from docx import Document

    document = Document(str(docx))
    assert len(document.inline_shapes) == 1
    assert any("100 % (3/3)" in cell.text for t in document.tables for r in t.rows
               for cell in r.cells)
    run = cli("trend", *round_files, "-f", "json")
    assert json.loads(run.stdout)["format"] == "sipcheck-trend/1"


def test_trend_png_needs_a_file(sipcheck_main, round_files):
    run = sipcheck_main("trend", *round_files, "--format", "png")
    assert run.code == 2 and "--output" in run.stderr


def test_trend_chart_is_deterministic(round_files):
    from sipcheck.render.compare_charts import trend_chart

    rounds = [json.loads(p.read_text("utf-8")) for p in round_files]
    first = trend_chart(trend_rounds(rounds), "sv", "svg").data
    assert first == trend_chart(trend_rounds(rounds), "sv", "svg").data
    assert first.startswith("<svg") and "viewBox" in first and 'width="' not in first[:200]
