"""Every comparison format shows the same numbers, and they are the round files' numbers.

The expected shares are counted here by hand from the example round files (plans, levels,
the best level by points), not taken from sipcheck's comparison, and then looked for in the
terminal table, Markdown, CSV, JSON, HTML and Word. One run per format, shared by the tests.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re

import pytest
from conftest import REPO
from helpers import HtmlRows

ROUNDS = REPO / "examples" / "rounds"
FILES = [ROUNDS / "2024-02.json", ROUNDS / "2024-09.json"]


def half_up(value: float) -> int:
    return int(math.floor(value + 0.5))


def expected_numbers() -> dict:
    """Per criterion title: per round (fulfilled, applicable); per round: mean, statutory."""
    rounds = [json.loads(path.read_text("utf-8")) for path in FILES]
    out = {"criteria": {}, "mean": [], "statutory": []}
    for data in rounds:
        points = {lv["id"]: lv["points"] for lv in data["checklist"]["levels"]}
        best = max((lv for lv in data["checklist"]["levels"] if lv["points"] is not None),
                   key=lambda lv: lv["points"])["id"]
        scored = [p for p in data["plans"] if p["score"] is not None]
        for criterion in data["checklist"]["criteria"]:
            levels = [r["level"] for p in scored for r in p["criteria"]
                      if r["id"] == criterion["id"]]
            applicable = [lv for lv in levels if points[lv] is not None]
            title = criterion["title"] + (" §" if criterion["statutory"] else "")
            out["criteria"].setdefault(title, []).append(
                (applicable.count(best), len(applicable)))
        percents = [p["score"]["percent"] for p in scored]
        out["mean"].append(round(sum(percents) / len(percents), 1))
        out["statutory"].append((sum(1 for p in scored if not p["statutory_missing"]),
                                 len(scored)))
    return out


def share_text(fulfilled: int, applicable: int) -> str:
    return f"{half_up(100 * fulfilled / applicable)} % ({fulfilled}/{applicable})"


@pytest.fixture(scope="module")
def expected() -> dict:
    numbers = expected_numbers()
    assert len(numbers["criteria"]) == 12
    return numbers


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> dict:
    """Each format once, through the real command line."""
    from typer.testing import CliRunner

    from sipcheck.cli.app import app

    folder = tmp_path_factory.mktemp("reports")
    runner = CliRunner()
    env = {"COLUMNS": "200", "NO_COLOR": "1", "TERM": "dumb", "SIPCHECK_LANG": None}
    out = {}
    for fmt in ("table", "markdown", "csv", "json", "html", "docx"):
        target = folder / f"report.{fmt}"
        args = ["compare", *map(str, FILES), "--by", "unit", "--format", fmt]
        if fmt in ("html", "docx"):
            args += ["--output", str(target)]
        result = runner.invoke(app, args, env=env)
        assert result.exit_code == 0, (fmt, result.stdout, result.stderr, result.exception)
        out[fmt] = target if fmt in ("html", "docx") else result.stdout
    return out


def test_terminal(reports, expected):
    text = reports["table"]
    for title, counts in expected["criteria"].items():
        line = next(line for line in text.splitlines() if line.strip().startswith(title)
                    and "(" in line)
        for fulfilled, applicable in counts:
            assert share_text(fulfilled, applicable) in line, (title, line)
    for mean in expected["mean"]:
        assert f"{mean:.1f} %".replace(".", ",") in text


def test_markdown(reports, expected):
    rows = [row for row in reports["markdown"].splitlines() if row.startswith("| ")]
    for title, counts in expected["criteria"].items():
        # the first such row is in the table of all plans, before the per-unit tables
        row = next(r for r in rows if r.split("|")[1].strip() == title and "(" in r)
        for fulfilled, applicable in counts:
            assert share_text(fulfilled, applicable) in row
    for (met, plans) in expected["statutory"]:
        assert share_text(met, plans) in reports["markdown"]


def test_csv(reports, expected):
    rows = list(csv.DictReader(io.StringIO(reports["csv"].lstrip("\ufeff")), delimiter=";"))
    rows = [r for r in rows if r["scope"] == "all"]
    for title, counts in expected["criteria"].items():
        found = [r for r in rows if r["criterion_title"] + (" §" if r["statutory"] == "1"
                                                            else "") == title]
        assert [(int(r["fulfilled"]), int(r["applicable"])) for r in found] == counts
        for row, (fulfilled, applicable) in zip(found, counts, strict=True):
            share = float(row["share_percent"].replace(",", "."))
            assert share == pytest.approx(100 * fulfilled / applicable, abs=0.005)
    statutory = [r for r in rows if r["criterion"] == "alla_lagkrav"]
    assert [float(r["mean_percent"].replace(",", ".")) for r in statutory] == expected["mean"]


def test_json(reports, expected):
    data = json.loads(reports["json"])
    titles = {c["id"]: c["title"] + (" §" if c["statutory"] else "") for c in data["criteria"]}
    for result in data["overall"]["criteria"]:
        counts = expected["criteria"][titles[result["id"]]]
        assert [(r["fulfilled"], r["applicable"]) for r in result["rounds"]] == counts
        assert [r["share"] for r in result["rounds"]] == [f / a for f, a in counts]
    assert [r["mean_percent"] for r in data["overall"]["rounds"]] == expected["mean"]
    assert [(r["statutory_met"], r["plans"]) for r in data["overall"]["rounds"]] == \
        expected["statutory"]


def test_html(reports, expected):
    page = reports["html"].read_text("utf-8")
    parser = HtmlRows()
    parser.feed(page)
    for title, counts in expected["criteria"].items():
        row = next(r for r in parser.rows  # a no-break space keeps § with its title
                   if r[0].replace("\u00a0", " ") == title and "(" in r[1])
        shares = [cell.split("\n")[0] for cell in row]  # the interval is under the share
        for fulfilled, applicable in counts:
            assert share_text(fulfilled, applicable) in shares
    # the criteria chart and the unit chart, each for a screen and for a phone
    assert page.count("<svg") == 4
    # Self-contained: nothing to fetch.
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//)""", page)
    assert "@import" not in page and "url(http" not in page and "<script" not in page


def test_docx(reports, expected):
    from docx import Document

    document = Document(str(reports["docx"]))
    assert len(document.inline_shapes) == 2  # criteria chart and unit chart
    cells = {}
    for table in document.tables:
        for row in table.rows:
            texts = [cell.text.replace("\u00a0", " ") for cell in row.cells]
            if texts[0] in expected["criteria"] and "(" in texts[1]:
                cells.setdefault(texts[0], texts)
    for title, counts in expected["criteria"].items():
        for fulfilled, applicable in counts:
            assert share_text(fulfilled, applicable) in "\n".join(cells[title])
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Jämförelse av granskningsomgångar" in text and "2024-02" in text
    assert "utforskande" in text and "procentenheter" in text
    footer = document.sections[0].footer._element.xml
    assert "PAGE" in footer and "fldChar" in footer
