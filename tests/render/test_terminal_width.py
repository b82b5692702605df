"""Terminal reports fit the width they print at and never cut a cell's text.

Each report is printed at 80 and 120 columns (a narrow terminal, a wide one) and, through
the real command, into a pipe with and without `COLUMNS`: no line is wider than that,
and every word of every cell is printed whole somewhere (a table too wide for the
terminal used to be cropped on the right, so a remark read "odefinierat" cut to
"odefinie").
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys

import pytest
from conftest import REPO
from helpers import EXAMPLE_ROUNDS, judged_round
from rich.console import Console

from sipcheck.compare.comparison import compare_rounds
from sipcheck.experts.agreement import agreement
from sipcheck.render import agreement_grids
from sipcheck.render.agreement_terminal import agreement_view
from sipcheck.render.column_widths import words_of
from sipcheck.render.compare_grids import compare_grids
from sipcheck.render.compare_terminal import compare_view
from sipcheck.render.review_terminal import details
from sipcheck.rounds import dumps

THREE = {"Anna": {}, "Bo": {"syfte": "delvis"}, "Cecilia": {"enskildes_mal": "delvis"}}


def printed(renderable, width: int) -> str:
    console = Console(file=io.StringIO(), width=width, color_system=None)
    console.print(renderable)
    return console.file.getvalue()


def cell_words(grids) -> set[str]:
    return {word.replace("\u00a0", " ") for grid in grids for row in [grid.headers, *grid.rows]
            for cell in row for word in words_of(cell)}


def assert_fits_and_whole(out: str, width: int, expected: set[str]) -> None:
    assert max(len(line) for line in out.splitlines()) <= width
    flat = " ".join(out.split())
    tokens = set(out.split())
    missing = [word for word in expected if word not in tokens and word not in flat]
    assert not missing, f"cut or broken at {width} columns: {missing[:5]}"


@pytest.fixture(scope="module")
def three() -> dict:
    return agreement(judged_round(THREE))


@pytest.mark.parametrize("width", [80, 120])
def test_agreement_with_three_reviewers_shows_every_remark_whole(three, width):
    out = printed(agreement_view(three, "sv"), width)
    grids = [*agreement_grids.grids(three, "sv"), agreement_grids.disagreement_grid(three, "sv")]
    assert_fits_and_whole(out, width, cell_words(grids))
    assert grids[1].headers[-1] == "Anmärkning"
    remarks = {row[-1] for row in grids[1].rows if row[-1]}
    assert any("odefinierat" in remark for remark in remarks)
    for remark in remarks:  # each on a line of its own, as a numbered note
        assert any(line.strip().endswith("] " + remark) for line in out.splitlines())


@pytest.mark.parametrize("width", [80, 120])
def test_compare_by_unit_fits(width):
    rounds = [json.loads((EXAMPLE_ROUNDS / f"{name}.json").read_text("utf-8"))
              for name in ("2024-02", "2024-09")]
    comparison = compare_rounds(rounds, by_unit=True)
    out = printed(compare_view(comparison, "sv"), width)
    assert_fits_and_whole(out, width, cell_words(compare_grids(comparison, "sv")))


@pytest.mark.parametrize("width", [80, 120])
def test_review_details_fit_and_keep_every_reason_whole(width):
    round_data = json.loads((EXAMPLE_ROUNDS / "2024-09.json").read_text("utf-8"))
    out = printed(details(round_data, "sv"), width)
    reasons = {word for plan in round_data["plans"] for result in plan["criteria"]
               for word in words_of(result["reason"])}
    assert_fits_and_whole(out, width, reasons)


def _run(args: list[str], columns: str | None) -> str:
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "SIPCHECK_LANG")}
    if columns:
        env["COLUMNS"] = columns
    done = subprocess.run([sys.executable, "-m", "sipcheck", *args], cwd=REPO, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=60,
                          stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_redirected_reports_use_columns_or_80(tmp_path):
    """In a pipe or a file there is no terminal to ask: `COLUMNS` when it is set, else
    80 columns, never a fixed wide layout."""
    judged = tmp_path / "three.json"
    judged.write_text(dumps(judged_round(THREE)), "utf-8")
    rounds = [str(EXAMPLE_ROUNDS / f"{name}.json") for name in ("2024-02", "2024-09")]
    for args in (["agreement", str(judged)], ["compare", *rounds, "--by", "unit"],
                 ["review", str(REPO / "examples" / "plans" / "2024-09")]):
        out = _run(args, "100")
        assert max(len(line) for line in out.splitlines()) <= 100, args
    out = _run(["agreement", str(judged)], None)
    assert max(len(line) for line in out.splitlines()) <= 80
    assert "] odefinierat: alla gav samma nivå" in out
